"""Legitimate calendar mail categories (many deliberately spam-like)."""
import datetime as dt
import fake as F
import people as P
import util as U
from cb import (PICK, fill, set_times, mk_person, free_domain, note, attendees, org_of, use_esp, V, members, make_local)


def rcpt_domain(s):
    return s.rcpt['addr'].split('@')[1]


def ham_sender(s, internal=False, lang=None):
    """Person sender fitting s.kind: colleague (internal), partner organisation or free-mail friend."""
    rng = s.rng
    lang = lang or s.lang
    if s.kind == 'free':
        return mk_person(s, lang=lang, domain=free_domain(s, lang), free=True)
    if s.kind == 'service':
        p = mk_person(s, lang=lang, domain=org_of(s, lang)[1])
        return p
    if internal and s.rcpt_org or (internal and rng.random() < .8):
        return mk_person(s, lang=lang, domain=rcpt_domain(s))
    o = org_of(s, lang)
    s.sorg = o
    return mk_person(s, lang=lang, domain=o[1])


def brand_setup(s, name, domain, color='#0b5cad', prodid=None, footer=None, local='noreply'):
    s.brand = {'name': name, 'color': color, 'footer': footer or '%s · %s' % (name, domain)}
    s.frm = {'name': name, 'addr': '%s@%s' % (local, domain)}
    s.brand_domain = domain
    s.prodid = prodid or '-//%s//%s//EN' % (name, s.rng.choice(['Notifications 2.0', 'iCal Export', 'Scheduler', 'Calendar Feed 1.4']))
    use_esp(s, domain, list_unsub=False)


def maybe_todo(s, p=.5):
    if s.client in ('thunderbird', 'nextcloud', 'kit', 'sogo') and s.rng.random() < p:
        s.todo = True
        s.method = 'PUBLISH' if s.rng.random() < .5 else 'REQUEST'
        return True
    return False


# ============================================================ 1 travel: airline & rail
AIRLINES = {'en': [('Aurora Airways', 'aurora-airways.com', '#12355b'), ('Skyward Pacific', 'skywardpacific.com', '#0a6e6e'), ('Nordlys Air', 'nordlysair.no', '#b3122b')],
            'de': [('Nordbahn Reisen', 'nordbahn-reisen.de', '#c00000')], 'es': [('Iberalia', 'iberalia.es', '#d4001a')],
            'ja': [('さくら航空', 'sakura-air.co.jp', '#c2185b')], 'ko': [('한빛항공', 'hanbitair.co.kr', '#003a70')],
            'el': [('Hellas Sky', 'hellassky.gr', '#004b8d')]}
CITIES = {'en': [('New York JFK', 'London LHR'), ('Chicago ORD', 'Denver DEN'), ('San Francisco SFO', 'Seattle SEA'), ('Boston BOS', 'Dublin DUB'), ('Sydney SYD', 'Singapore SIN')],
          'de': [('Hamburg Hbf', 'München Hbf'), ('Köln Hbf', 'Berlin Hbf')], 'es': [('Madrid MAD', 'Lisboa LIS'), ('Barcelona BCN', 'Sevilla SVQ')],
          'ja': [('東京(羽田)', '福岡'), ('大阪(伊丹)', '札幌(新千歳)')], 'ko': [('서울/인천', '도쿄/나리타'), ('부산/김해', '제주')],
          'el': [('Αθήνα ATH', 'Θεσσαλονίκη SKG'), ('Αθήνα ATH', 'Ηράκλειο HER')]}
TRAVEL_EN = [
    ('Flight {fl} {dep} → {arr}', 'Booking reference: {pnr}\nPassenger: {rname}\nDeparture: {dep}, {time}, Terminal {term}\nArrival: {arr}\nSeat: {seat} · Baggage: 1 × 23 kg\nCheck in online from 24 hours before departure: {url}\nTotal paid: {amt}\nQuestions? Call us on {phone}.'),
    ('Train {tr}: {dep} – {arr}', 'Ticket number {code} · Coach {coach}, seat {seat}\nShow the QR code in the app or the attached PDF on board.\nFare paid: {amt}\nManage booking: {url}'),
    ('Trip to {arr}', 'Itinerary for {rname} (booking {pnr})\nOutbound and return flights are in this calendar file.\nFare: {amt} incl. taxes and fees.\nChanges: {url} or {phone}'),
    ('Flight home {fl}', 'Landing around {time} at {arr}. Could you pick me up? Booking ref {pnr} if you want to check the status: {url}'),
    ('Hold: {fl} {dep} – {arr} (please approve)', 'Travel desk has placed a hold on this flight for your trip. Fare {amt}, economy flex. Please approve in the travel portal by tomorrow noon or the hold expires: {url}\nTravel desk: {phone}'),
    ('Your upcoming trip: {dep} → {arr}', 'Hi {first}, your trip is coming up. Reservation code {pnr}. Online check-in opens 24 hours before departure. Upgrade offers for this flight start at {amt2}: {url}'),
]
TRAVEL_FX = {
    'de': ('Ihre Reise: {dep} → {arr}, Zug {tr}', 'Auftragsnummer: {pnr}\nWagen {coach}, Platz {seat}\nBitte halten Sie Fahrkarte und Ausweis bereit.\nPreis: {amt}\nBuchung verwalten: {url}\nService-Hotline: {phone}'),
    'es': ('Vuelo {fl} {dep} – {arr}', 'Localizador: {pnr}\nSalida: {time}\nAsiento: {seat}\nFacturación online 24 h antes: {url}\nImporte total: {amt}\nAtención al cliente: {phone}'),
    'ja': ('【予約確認】{fl}便 {dep} → {arr}', '予約番号：{pnr}\n出発：{time}\n座席：{seat}\nオンラインチェックイン：{url}\nお支払い金額：{amt}\nお問い合わせ：{phone}'),
    'ko': ('[예약 확인] {fl} {dep} → {arr}', '예약번호: {pnr}\n출발: {time}\n좌석: {seat}\n온라인 체크인: {url}\n결제 금액: {amt}\n고객센터: {phone}'),
    'el': ('Κράτηση πτήσης {fl} {dep} – {arr}', 'Κωδικός κράτησης: {pnr}\nΑναχώρηση: {time}\nΘέση: {seat}\nOnline check-in: {url}\nΣύνολο: {amt}\nΤηλέφωνο: {phone}'),
}


def travel(s):
    rng = s.rng
    set_times(s, days=(2, 60), hours=(6, 20), dur=(60, 300))
    al = rng.choice(AIRLINES.get(s.lang, AIRLINES['en']))
    dep, arr = rng.choice(CITIES.get(s.lang, CITIES['en']))
    code = ''.join(w[0] for w in P.latin(al[0]).split() if w[0].isalpha()).upper()[:2].ljust(2, 'X')
    V(s, fl='%s %d' % (code, rng.randint(100, 2999)), tr='%s %d' % (rng.choice(['ICE', 'IC', 'EC', 'RJ']), rng.randint(100, 999)),
      dep=dep, arr=arr, term=rng.choice(['1', '2', '3', '5', 'B']), seat='%d%s' % (rng.randint(3, 40), rng.choice('ABCDEF')),
      coach=rng.randint(1, 14), amt=F.money(rng, s.lang, 89, 1450), amt2=F.money(rng, s.lang, 39, 190), url='https://www.%s/manage?pnr=%s' % (al[1], F.pnr(rng)),
      phone=F.phone(rng, s.lang))
    t = PICK.pick(s, 'travel', TRAVEL_EN, TRAVEL_FX)
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    s.location = dep
    if s.kind == 'esp':
        brand_setup(s, al[0], al[1], al[2], rng.choice(['-//%s//Itinerary 2.1//EN' % al[0], '-//Amadeus//e-Travel Management//EN' if False else '-//Travelport//Itinerary//EN', None]))
        s.method = 'PUBLISH' if rng.random() < .7 else 'REQUEST'
        s.no_atts = s.method == 'PUBLISH'
        if rng.random() < .4:
            s.attach = [{'uri': 'https://www.%s/boardingpass/%s.pdf' % (al[1], U.hexs(rng, 16)), 'fmttype': 'application/pdf', 'filename': 'BoardingPass.pdf'}]
        s.alarms = ['-PT3H'] if rng.random() < .5 else []
    else:
        s.frm = ham_sender(s, internal=s.kind == 'corp')
        attendees(s, 0)
    if '{arr}' in t[0] and 'Trip' in t[0] or rng.random() < .2:
        back = s.start + dt.timedelta(days=rng.randint(3, 10), hours=rng.randint(-3, 5))
        s.more = [{'summary': fill(s, '{arr} → {dep}'), 'start': back, 'end': back + (s.end - s.start), 'location': arr}]
    note(s, 'travel booking / itinerary (%s)' % al[0])


# ============================================================ 2 hotel & restaurant
HOTELS = {'en': [('Harbourview Hotel', 'harbourviewhotel.com'), ('The Larch House', 'larchhouse.co.uk'), ('StayWise', 'staywise.com')],
          'fr': [('Hôtel des Arts', 'hoteldesarts-lyon.fr')], 'it': [('Trattoria da Enzo', 'trattoriadaenzo.it')], 'pt': [('Pousada Maré Alta', 'pousadamarealta.com.br')],
          'th': [('บ้านริมน้ำ รีสอร์ท', 'baanrimnam-resort.co.th')], 'zh': [('西湖雅居酒店', 'xihu-yaju-hotel.cn')], 'tr': [('Kapadokya Taş Otel', 'kapadokyatasotel.com.tr')]}
HOTEL_EN = [
    ('Reservation confirmed – {hotel}', 'Confirmation number: {code}\nGuest: {rname}\nCheck-in: from 3:00 pm · Check-out: by 11:00 am\nRoom: Deluxe King, non-smoking\nTotal: {amt} (pay at the property)\nFree cancellation until 48 hours before arrival.\nHotel phone: {phone}\nManage your booking: {url}', 'hotel'),
    ('Your table at {hotel}', 'Party of {n} · {date} at {time}\nPlease let us know if you are running late: {phone}\nA card is held to guarantee the booking; a no-show fee of $25 per person applies.\nChange or cancel: {url}', 'rest'),
    ('Booking confirmed: {hotel}', 'Thanks, {first}! Your stay is confirmed (booking {code}).\nSpecial offer for you: upgrade to a sea-view room for {amt2} per night – reply or call {phone}.\nYour booking: {url}', 'hotel'),
    ('Spa appointment – {hotel}', '60-minute massage for {rname}. Please arrive 15 minutes early. Cancellations less than 24 hours in advance are charged in full ({amt}).\nQuestions: {phone}', 'rest'),
    ('Dinner reservation – {hotel}', 'We look forward to welcoming you. Reservation {code} for {n} guests.\nTasting menu {amt} per person, wine pairing optional.\nDirections: {url}', 'rest'),
]
HOTEL_FX = {
    'fr': ('Réservation confirmée – {hotel}', 'Numéro de confirmation : {code}\nArrivée à partir de 15h00, départ avant 11h00\nChambre double, petit-déjeuner inclus\nMontant total : {amt} (à régler sur place)\nAnnulation gratuite jusqu’à 48 h avant l’arrivée.\nTél. : {phone}\nGérer ma réservation : {url}', 'hotel'),
    'it': ('Prenotazione tavolo – {hotel}', 'Tavolo per {n} persone, {date} alle {time}.\nIn caso di ritardo chiamateci al {phone}.\nModifica o annulla: {url}', 'rest'),
    'pt': ('Reserva confirmada – {hotel}', 'Código da reserva: {code}\nCheck-in a partir das 14h\nValor total: {amt}\nCancelamento gratuito até 3 dias antes.\nWhatsApp da recepção: {phone}\nSua reserva: {url}', 'hotel'),
    'th': ('ยืนยันการจอง – {hotel}', 'หมายเลขการจอง: {code}\nเช็คอินหลัง 14:00 น.\nราคารวม: {amt}\nยกเลิกฟรีก่อนเข้าพัก 3 วัน\nโทร: {phone}\nจัดการการจอง: {url}', 'hotel'),
    'zh': ('预订确认 – {hotel}', '订单号：{code}\n入住时间：14:00 以后\n房型：高级大床房（含早）\n总价：{amt}（到店支付）\n入住前48小时可免费取消。\n酒店电话：{phone}\n管理订单：{url}', 'hotel'),
    'tr': ('Rezervasyonunuz onaylandı – {hotel}', 'Rezervasyon no: {code}\nGiriş: 14:00 sonrası\nToplam tutar: {amt}\nÜcretsiz iptal: girişten 48 saat öncesine kadar.\nTelefon: {phone}\nRezervasyonu yönet: {url}', 'hotel'),
}


def hotel(s):
    rng = s.rng
    t = PICK.pick(s, 'hotel', HOTEL_EN, HOTEL_FX)
    h = rng.choice(HOTELS.get(s.lang, HOTELS['en']))
    if t[2] == 'hotel':
        set_times(s, days=(5, 90), allday=True)
        s.end = s.start + dt.timedelta(days=rng.randint(1, 6))
    else:
        set_times(s, days=(1, 20), hours=(12, 21), dur=(60, 150))
    V(s, hotel=h[0], n=rng.randint(2, 8), amt=F.money(rng, s.lang, 60, 900), amt2=F.money(rng, s.lang, 15, 60),
      url='https://%s/booking/%s' % (h[1], U.b64url(rng, 12)), phone=F.phone(rng, s.lang))
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    s.location = h[0]
    if s.kind == 'esp':
        plat = rng.choice([(h[0], h[1]), ('StayWise', 'staywise.com'), ('TableNow', 'tablenow.app')])
        brand_setup(s, plat[0], plat[1], rng.choice(['#003580', '#da3743', '#1b5e20']), '-//%s//Reservations//EN' % plat[0])
        s.method = rng.choice(['PUBLISH', 'PUBLISH', 'REQUEST'])
        s.no_atts = s.method == 'PUBLISH'
    else:
        s.frm = ham_sender(s)
        attendees(s, rng.choice([0, 1, 2]), same_domain=False)
    note(s, 'hotel / restaurant booking (%s)' % h[0])


# ============================================================ 3 medical appointments
MED_EN = [
    ('Appointment: Dr. {doc} – dental check-up', '{practice}\nPlease arrive 10 minutes early and bring your insurance card.\nTo reschedule call {phone}. Missed appointments without 24 hours\' notice may be charged $50.\nPatient portal: {url}'),
    ('Physiotherapy – session {k} of 6', '{practice} · Therapist: {doc}\nWear comfortable clothing. Your co-pay of {amt} is due at check-in.\nQuestions: {phone}'),
    ('Vaccination appointment – booking {code}', 'Please bring photo ID and your vaccination record. If you feel unwell on the day, please cancel online: {url}'),
    ('Reminder: annual eye exam', 'Hi {first}, this is a reminder of your eye exam with Dr. {doc} at {practice}. Reply C to confirm or call {phone}.'),
    ('Video visit with Dr. {doc}', 'Your telehealth appointment is confirmed. Join from a quiet place 5 minutes early:\n{url}\nIf the video fails, the clinic will call you at the number on file.'),
]
MED_FX = {
    'de': ('Termin: {practice} – Dr. {doc}', 'Ihr Termin ist bestätigt.\nBitte bringen Sie Ihre Versichertenkarte mit.\nAbsagen bitte spätestens 24 Stunden vorher unter {phone}, sonst können wir ein Ausfallhonorar berechnen.\nOnline verwalten: {url}'),
    'fr': ('Rendez-vous confirmé – Dr {doc}', '{practice}\nMerci de vous présenter 10 minutes avant avec votre carte Vitale.\nEn cas d’empêchement, annulez au moins 24 h à l’avance : {url}\nTél. : {phone}'),
    'nl': ('Afspraak huisarts – {doc}', 'Uw afspraak bij {practice} is bevestigd.\nVerhinderd? Meld u minimaal 24 uur van tevoren af via {phone}, anders kunnen wij de afspraak in rekening brengen.'),
    'pl': ('Wizyta: {practice} – lek. {doc}', 'Potwierdzamy wizytę. Prosimy zabrać dowód osobisty.\nOdwołanie wizyty: {phone} lub {url}'),
    'he': ('תזכורת: תור אצל ד"ר {doc}', '{practice}\nנא להגיע 10 דקות לפני התור עם תעודה מזהה.\nלביטול או שינוי: {phone}\n{url}'),
    'ar': ('تأكيد موعد – د. {doc}', '{practice}\nيرجى الحضور قبل الموعد بعشر دقائق مع بطاقة التأمين.\nللإلغاء أو التعديل اتصل على {phone}\n{url}'),
}
DOCS = {'en': ['Patel', 'Nguyen', 'Hughes', 'Okafor', 'Lindqvist'], 'de': ['Weber', 'Albrecht', 'Yilmaz'], 'fr': ['Martin', 'Benali'],
        'nl': ['Visser', 'de Groot'], 'pl': ['Nowicka', 'Lis'], 'he': ['לוין', 'כהן'], 'ar': ['سامي الخطيب', 'ريم العلي']}
PRACTICES = {'en': ['Maple Ridge Dental', 'Eastside Physio', 'Brookfield Family Practice', 'ClearView Eye Care'],
             'de': ['Praxis am Markt', 'Zahnarztpraxis Lindenhof'], 'fr': ['Cabinet médical des Tilleuls'], 'nl': ['Huisartsen Oost'],
             'pl': ['Przychodnia Zdrowie'], 'he': ['מרפאת שקד'], 'ar': ['عيادة النور']}


def medical(s):
    rng = s.rng
    set_times(s, days=(1, 40), hours=(8, 17), dur=[15, 20, 30, 45, 60])
    pr = rng.choice(PRACTICES.get(s.lang, PRACTICES['en']))
    dom = rng.choice(['mapleridge-dental.com', 'praxis-am-markt.de', 'clinic-booking.example', 'alnoor-clinic.ae', 'shaked-med.co.il']) if False else None
    V(s, doc=rng.choice(DOCS.get(s.lang, DOCS['en'])), practice=pr, k=rng.randint(2, 5), amt=F.money(rng, s.lang, 15, 40),
      phone=F.phone(rng, s.lang))
    sched = rng.choice([('DocPlanner', 'docplanner-mail.example'), ('CarePoint Scheduling', 'carepoint-scheduling.com'), (pr, U.alnum(rng, 1, 'abcdefghijklmnopqrstuvwxyz') + 'practice.example')])
    V(s, url='https://%s/appointments/%s' % (sched[1], U.b64url(rng, 16)))
    t = PICK.pick(s, 'medical', MED_EN, MED_FX)
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    s.location = pr
    if 'session' in t[0]:
        s.rrule = 'FREQ=WEEKLY;COUNT=6'
    if s.kind == 'esp':
        brand_setup(s, sched[0], sched[1], '#00a19a')
        s.method = rng.choice(['PUBLISH', 'REQUEST', 'PUBLISH'])
        s.no_atts = s.method == 'PUBLISH'
        s.alarms = ['-P1D'] if rng.random() < .5 else ['-PT2H']
    else:
        s.frm = ham_sender(s)
        if s.kind == 'free':
            s.frm['name'] = pr
        attendees(s, 0)
    note(s, 'medical / dental appointment booking')


# ============================================================ 4 vendor webinars and conferences
WEB_EN = [
    ('Webinar: Cloud Cost Optimisation – Live Demo', 'Thanks for registering, {first}!\nThis free 45-minute session shows how teams cut their cloud bill by 30%. Attendees get an exclusive offer: 3 months free on annual plans (valid until {date}).\nJoin link below. Can\'t make it? Register anyway and we\'ll send the recording.', 'webinar'),
    ('{conf} – your registration is confirmed', 'Badge pickup opens at 8:00 in Hall A. More than 1,200 attendees and 80 sessions this year.\nUse code EARLYBIRD for 20% off workshop add-ons. Agenda and app: {url}', 'conf'),
    ('Free workshop: Introduction to Kubernetes', 'Hands-on, beginner friendly, free of charge. Bring a laptop; we provide lab accounts.\nSeats are limited – if you can no longer attend, please release your seat: {url}', 'webinar'),
    ('Product launch livestream', 'You are invited to our spring launch event. Big announcements, live Q&A and a limited-time launch offer for existing customers.\nWatch: {url}', 'webinar'),
    ('Customer Advisory Board – Q{q} session', 'Thank you for being part of our CAB. Agenda: roadmap preview, pricing changes, open discussion. This invitation is sent to all {n} board members.', 'meeting'),
    ('Office hours: ask our engineers anything', 'Monthly open session for customers. Bring your questions about the API, SSO and billing. Recording and slides will be shared afterwards.', 'webinar'),
]
WEB_FX = {
    'de': ('Kostenloses Webinar: DSGVO-konforme Cloud-Telefonie', 'Vielen Dank für Ihre Anmeldung!\nIn 45 Minuten zeigen wir Live-Demos und ein exklusives Angebot für Teilnehmende (gültig bis {date}).\nDen Zugangslink finden Sie unten.', 'webinar'),
    'pt': ('Webinar gratuito: automação de marketing', 'Obrigado pela inscrição! Participantes ao vivo recebem uma oferta especial de 30% de desconto no plano anual.\nLink de acesso: {url}', 'webinar'),
    'ko': ('[웨비나] 클라우드 보안 전략 2025', '등록해 주셔서 감사합니다. 무료 웨비나이며 참석자 전원에게 발표 자료를 드립니다.\n접속 링크: {url}', 'webinar'),
    'zh': ('免费线上研讨会：企业数据治理实践', '感谢您的报名！本次研讨会免费参加，现场观众可获得专属优惠。\n参会链接：{url}', 'webinar'),
    'hi': ('निःशुल्क वेबिनार: छोटे व्यवसायों के लिए GST अपडेट', 'पंजीकरण के लिए धन्यवाद। लाइव सत्र में भाग लेने वालों को विशेष छूट मिलेगी।\nलिंक: {url}', 'webinar'),
}


def webinar(s):
    rng = s.rng
    set_times(s, days=(3, 45), hours=(9, 17), dur=[45, 60, 60, 90])
    vend = rng.choice([('Cloudwise', 'cloudwise.io'), ('Datapond', 'datapond.com'), ('Ledgerly', 'ledgerly.com'), ('Orbit CRM', 'orbitcrm.com'), ('Kestrel Analytics', 'kestrel-analytics.com')])
    conf = rng.choice(['DevSummit Europe 2025', 'Data & AI Forum', 'OpenInfra Days', 'FinOps Live', 'Retail Tech Expo'])
    V(s, conf=conf, n=rng.randint(40, 300), url='https://events.%s/%s' % (vend[1], U.b64url(rng, 10)))
    t = PICK.pick(s, 'webinar', WEB_EN, WEB_FX)
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    if t[2] == 'conf':
        set_times(s, days=(20, 120), allday=True)
        s.end = s.start + dt.timedelta(days=rng.randint(1, 3))
        s.location = rng.choice(['Messe Berlin, Hall A', 'Lisbon Congress Centre', 'Moscone West, San Francisco', 'ExCeL London'])
    if s.client == 'zoom':
        s.frm = {'name': vend[0], 'addr': 'events@' + vend[1]}
        s.org = {'name': vend[0] + ' Events', 'addr': 'events@' + vend[1]}
    elif s.kind == 'esp':
        brand_setup(s, vend[0] + ' Events', vend[1], '#5b2c83', local='events')
        s.method = rng.choice(['REQUEST', 'PUBLISH'])
    else:
        s.frm = ham_sender(s, lang=s.lang)
        s.frm['name'] = '%s (%s)' % (s.frm['name'], vend[0]) if rng.random() < .4 else s.frm['name']
    if s.client == 'outlook':
        s.conf = F.teams(rng)
    elif s.client == 'google':
        s.conf = F.meet(rng)
    elif s.client != 'zoom' and t[2] != 'conf':
        s.conf = rng.choice([F.zoomconf(rng), F.webex(rng, vend[0].lower().split()[0])])
        s.location = s.conf['url']
    if t[2] != 'webinar' or rng.random() < .5:
        s.atts = [dict(s.rcpt, ps='NEEDS-ACTION', rsvp='TRUE', role='OPT-PARTICIPANT')] + members(s, rng.randint(80, 450), 0.8)
        rng.shuffle(s.atts)
    note(s, 'vendor webinar / conference invitation (%s)' % vend[0])


# ============================================================ 5 school / church / club series without end
COMM_EN = [
    ('Choir rehearsal', 'Weekly rehearsal in the parish hall. Please bring your folder and a pencil. Coffee afterwards!', 'FREQ=WEEKLY;BYDAY=TH'),
    ('U10 soccer practice', 'Practice at Riverside Field, pitch 3. Shin guards and water bottle please. If practice is cancelled because of weather we will text the group.', 'FREQ=WEEKLY;BYDAY=TU,TH'),
    ('Book club', 'We meet on the second Thursday of every month. This month: whatever you are reading – bring a recommendation. Snacks welcome.', 'FREQ=MONTHLY;BYDAY=2TH'),
    ('Parent council meeting', 'Open to all parents. Agenda goes out the week before. Free childcare in the gym.', 'FREQ=MONTHLY;BYDAY=1MO'),
    ('Youth group', 'Games, pizza and a short talk. Ages 11–16. Free; donations for the summer camp welcome.', 'FREQ=WEEKLY;BYDAY=FR'),
    ('Running club – Saturday long run', 'Meet at the park gate. Three pace groups, everyone welcome, no membership fee.', 'FREQ=WEEKLY;BYDAY=SA'),
]
COMM_FX = {
    'es': ('Ensayo del coro', 'Ensayo semanal en el salón parroquial. Traed la carpeta de partituras. ¡Gracias!', 'FREQ=WEEKLY;BYDAY=WE'),
    'pl': ('Próba chóru', 'Cotygodniowa próba w sali parafialnej. Prosimy o punktualność.', 'FREQ=WEEKLY;BYDAY=TU'),
    'el': ('Πρόβα χορωδίας', 'Εβδομαδιαία πρόβα στην αίθουσα της ενορίας. Φέρτε τις παρτιτούρες σας.', 'FREQ=WEEKLY;BYDAY=MO'),
    'he': ('חוג קריאה', 'נפגשים בכל יום שלישי השני בחודש. מביאים המלצה על ספר וכיבוד קל.', 'FREQ=MONTHLY;BYDAY=2TU'),
    'th': ('ซ้อมฟุตบอลเด็ก', 'ซ้อมทุกวันเสาร์ที่สนามโรงเรียน กรุณานำขวดน้ำมาด้วย', 'FREQ=WEEKLY;BYDAY=SA'),
    'hi': ('योग कक्षा', 'हर रविवार सुबह पार्क में निःशुल्क योग कक्षा। अपनी चटाई साथ लाएँ।', 'FREQ=WEEKLY;BYDAY=SU'),
}


def community(s):
    rng = s.rng
    set_times(s, days=(1, 14), hours=(7, 19), dur=[60, 90, 120])
    t = PICK.pick(s, 'community', COMM_EN, COMM_FX)
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    s.rrule = t[2]
    s.location = rng.choice(['Parish hall', 'Riverside Field', 'Community centre, room 2', 'School gym', 'Library meeting room', 'Park gate'])
    s.frm = ham_sender(s)
    attendees(s, 0)
    if rng.random() < .6:
        s.atts += members(s, rng.randint(8, 45), 0.1)
    note(s, 'community / school / club series without end date')


# ============================================================ 6 IT maintenance & password expiry
IT_EN = [
    ('Scheduled maintenance: email service', 'On {date} between 22:00 and 02:00 we will upgrade the mail servers. Expect brief interruptions; no action is required.\nStatus page: {url}\nIT Service Desk, ext. 4357'),
    ('Your password expires in 7 days', 'Your network password expires on {date}. Change it from any company laptop with Ctrl+Alt+Del → Change a password, or at the self-service portal: {url}\nIT will never ask you for your password by email or phone.'),
    ('MFA enrolment session', 'All staff must enrol in multi-factor authentication by the end of the month. Drop-in help session in the training room, or follow the guide on the intranet: {url}'),
    ('Planned network outage – Building B', 'The core switch in Building B will be replaced. Wired and Wi-Fi access will be unavailable for about 2 hours. Save your work beforehand.'),
    ('Laptop refresh – your appointment', 'Please bring your current laptop and charger to the IT bar. Make sure OneDrive sync is complete before you come. Ticket: {code}'),
    ('Security awareness training (mandatory)', 'The annual training is due. It takes about 25 minutes and can be completed any time before {date}: {url}'),
]
IT_FX = {
    'de': ('Wartungsfenster: E-Mail-Server', 'Am {date} zwischen 22:00 und 02:00 Uhr aktualisieren wir die Mailserver. Es kann zu kurzen Unterbrechungen kommen.\nStatus: {url}\nIhr IT-Servicedesk'),
    'fr': ('Votre mot de passe expire bientôt', 'Votre mot de passe réseau expire le {date}. Changez-le depuis le portail libre-service : {url}\nLe service informatique ne vous demandera jamais votre mot de passe par e-mail.'),
    'nl': ('Gepland onderhoud – VPN', 'Op {date} voeren we onderhoud uit aan de VPN-omgeving. Thuiswerken is die avond niet mogelijk tussen 20:00 en 23:00.'),
    'ru': ('Плановые работы: почтовый сервер', '{date} с 22:00 до 02:00 будет проводиться обновление почтовых серверов. Возможны кратковременные перерывы.\nСтатус: {url}'),
    'ja': ('【情報システム部】パスワード有効期限のお知らせ', 'パスワードの有効期限は {date} です。社内ポータルから変更してください：{url}\nメールや電話でパスワードを尋ねることはありません。'),
}


def itnotice(s):
    rng = s.rng
    set_times(s, days=(1, 14), hours=(9, 22), dur=[30, 60, 120, 240])
    rd = rcpt_domain(s)
    V(s, url='https://%s.%s/%s' % (rng.choice(['status', 'password', 'intranet', 'selfservice', 'it']), rd, rng.choice(['', 'reset', 'mfa', 'help/kb0012'])))
    t = PICK.pick(s, 'it', IT_EN, IT_FX)
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    if s.kind == 'esp':
        brand_setup(s, 'IT Service Desk', 'servicedesk.' + rd if rng.random() < .5 else rd, '#333333', '-//ServiceNow//Change Calendar//EN' if False else '-//ITSM Suite//Change Calendar 7.1//EN', local='servicedesk')
        s.method = 'PUBLISH'
        s.no_atts = True
    else:
        p = mk_person(s, domain=rd)
        s.frm = {'name': rng.choice(['IT Service Desk', 'IT Operations', p['name']]), 'addr': rng.choice(['it-servicedesk', 'helpdesk', 'it', 'noc']) + '@' + rd if rng.random() < .6 else p['addr']}
        attendees(s, rng.choice([0, 3, 8]))
        if rng.random() < .4:
            s.to = [{'name': 'All Staff', 'addr': 'allstaff@' + rd}]
            s.atts = [{'name': 'All Staff', 'addr': 'allstaff@' + rd, 'ps': 'NEEDS-ACTION', 'rsvp': 'FALSE'}]
    s.location = rng.choice(['', 'IT bar, 2nd floor', 'Training room', 'Online'])
    if 'training' in t[0].lower() and maybe_todo(s, .9):
        pass
    s.kind = s.kind if s.kind != 'free' else 'corp'
    note(s, 'internal IT maintenance / password notice')


# ============================================================ 7 colleagues sharing documents
DOCM_EN = [
    ('Review: Q{q} budget draft', 'Hi all,\nthe draft is here: {url}\nPlease add comments before the meeting so we can focus on open points.\nThanks!'),
    ('Design review – new onboarding flow', 'Figma file: {url}\nWe will walk through the flows and decide on the copy. Prototype link is in the file.'),
    ('Contract walkthrough with Legal', 'Latest version with tracked changes: {url}\nPlease read sections 4 and 9 beforehand.'),
    ('Sprint planning', 'Backlog: {url}\nPlease estimate your tickets before the session.'),
    ('Board deck dry-run', 'Deck (v7): {url}\nWe have 30 minutes; 2 minutes per section.'),
    ('Kick-off: website relaunch', 'Agenda and requirements doc: {url}\nFeel free to forward to anyone I missed.'),
]
DOCM_FX = {
    'de': ('Abstimmung Angebot {scompany}', 'Hallo zusammen,\ndas Angebot liegt hier: {url}\nBitte vorab kurz drüberschauen.\nDanke!'),
    'it': ('Revisione bozza contratto', 'Ciao a tutti,\necco la bozza aggiornata: {url}\nAggiungete i commenti prima della riunione, grazie.'),
    'pl': ('Przegląd budżetu Q{q}', 'Cześć,\nwersja robocza jest tutaj: {url}\nProszę o komentarze przed spotkaniem.'),
    'tr': ('Teklif dosyası gözden geçirme', 'Merhaba,\ndosya burada: {url}\nToplantıdan önce yorumlarınızı ekleyebilirseniz seviniriz.'),
    'el': ('Ανασκόπηση προϋπολογισμού', 'Καλησπέρα σε όλους,\nτο προσχέδιο είναι εδώ: {url}\nΠαρακαλώ σχολιάστε πριν τη συνάντηση.'),
}


def docmeet(s):
    rng = s.rng
    set_times(s, days=(1, 10), hours=(9, 16), dur=[30, 45, 60])
    s.frm = ham_sender(s, internal=True)
    fd = s.frm['addr'].split('@')[1]
    ten = fd.split('.')[0].replace('-', '')
    url = rng.choice(['https://%s.sharepoint.com/:x:/r/sites/Finance/Shared%%20Documents/Budget_Q%d.xlsx?d=w%s&csf=1&web=1' % (ten, rng.randint(1, 4), U.hexs(rng, 32)),
                      'https://docs.google.com/document/d/%s/edit?usp=sharing' % U.b64url(rng, 44),
                      'https://www.figma.com/file/%s/Onboarding-v3' % U.b64url(rng, 22),
                      'https://%s.atlassian.net/jira/software/projects/WEB/boards/%d' % (ten, rng.randint(2, 40)),
                      'https://www.dropbox.com/scl/fi/%s/Board_Deck_v7.pptx?rlkey=%s&dl=0' % (U.alnum(rng, 21), U.alnum(rng, 25)),
                      'https://%s/s/%s' % (rng.choice(['cloud.' + fd, 'nextcloud.' + fd]), U.b64url(rng, 15))])
    V(s, url=url, scompany=org_of(s)[0])
    t = PICK.pick(s, 'docm', DOCM_EN, DOCM_FX)
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    attendees(s, rng.randint(1, 6))
    if s.client == 'outlook':
        s.conf = F.teams(rng)
    elif s.client == 'google':
        s.conf = F.meet(rng)
    elif rng.random() < .4:
        s.location = rng.choice(['Room 3.14', 'Meeting room Oslo', {'de': 'Besprechungsraum 2', 'it': 'Sala riunioni 2', 'pl': 'Sala 204', 'tr': 'Toplantı odası 3', 'el': 'Αίθουσα 2'}.get(s.lang, 'Room 2B'), F.zoomconf(rng)['url']])
    if rng.random() < .3:
        s.attach = [{'uri': url, 'fmttype': None, 'filename': None}]
    note(s, 'colleague meeting with shared document link')


# ============================================================ 8 finance: payment reminders, bank-detail warnings
FIN_EN = [
    ('Payment reminder: invoice {code} due {date}', 'This is a friendly reminder that invoice {code} for {amt} is due on {date}. Our payment details are unchanged.\nPlease note: we will never change our bank details by email. If you receive such a request, call us on {phone} before paying.'),
    ('Month-end close – AP cut-off', 'All supplier invoices must be approved in the system by 3 pm. Payments run the next morning. Questions: {phone}'),
    ('Quarterly VAT payment due', 'Reminder to transfer the VAT payment of {amt} to the tax office by {date}. Reference as usual.'),
    ('Expense reports due Friday', 'Please submit all expenses for this month by Friday so they are included in the next payroll run.'),
    ('Warning: fake bank-detail change requests', 'We have received reports of e-mails impersonating our suppliers and asking for updated bank details. Do not change any payee data based on an e-mail; always verify by calling the supplier on a known number. Short briefing for the AP team.'),
    ('Annual audit kickoff', 'The auditors start on site next week. PBC list and document request: {url}\nPlease upload only via the secure portal.'),
]
FIN_FX = {
    'de': ('Zahlungserinnerung: Rechnung {code}', 'Freundliche Erinnerung: Die Rechnung {code} über {amt} ist am {date} fällig. Unsere Bankverbindung bleibt unverändert.\nWir ändern unsere Bankdaten niemals per E-Mail – bei Rückfragen bitte unter {phone} anrufen.'),
    'nl': ('Herinnering: btw-aangifte', 'De btw-aangifte over het afgelopen kwartaal moet uiterlijk {date} worden ingediend. Bedrag volgens concept: {amt}.'),
    'fr': ('Alerte : fausses demandes de changement de RIB', 'Nous avons reçu des e-mails frauduleux demandant la modification des coordonnées bancaires de fournisseurs. Ne modifiez jamais un RIB sur la base d’un e-mail : vérifiez toujours par téléphone. Point rapide avec l’équipe comptable.'),
    'it': ('Promemoria scadenza F24', 'Ricordiamo il versamento F24 di {amt} entro il {date}. Coordinate invariate.'),
    'zh': ('付款提醒：发票 {code}', '发票 {code}（金额 {amt}）将于 {date} 到期。我司银行账户信息未变更。\n如收到任何更改银行账户的邮件，请先致电 {phone} 核实。'),
}


def finance(s):
    rng = s.rng
    set_times(s, days=(1, 20), hours=(9, 16), dur=[15, 30, 30, 60])
    V(s, amt=F.money(rng, s.lang, 240, 48000), phone=F.phone(rng, s.lang))
    t = PICK.pick(s, 'fin', FIN_EN, FIN_FX)
    s.summary = fill(s, t[0])
    internal = 'invoice' not in t[0].lower() and 'Rechnung' not in t[0] and '发票' not in t[0]
    V(s, url='https://audit-portal.%s/request/%s' % (org_of(s, 'en')[1], U.b64url(rng, 10)))
    s.desc = fill(s, t[1])
    if s.kind == 'esp':
        o = org_of(s)
        brand_setup(s, o[0] + ' Accounts', o[1], '#2e7d32', local='accounts')
        s.method = 'PUBLISH'
        s.no_atts = True
    else:
        s.frm = ham_sender(s, internal=internal)
        attendees(s, rng.choice([0, 0, 2, 4]))
    if rng.random() < .3:
        s.allday = True
        s.start = dt.datetime(s.start.year, s.start.month, s.start.day)
        s.end = s.start + dt.timedelta(days=1)
    maybe_todo(s, .35)
    note(s, 'finance reminder / payment or bank-detail warning')


# ============================================================ 9 recruiters and interviews
REC_EN = [
    ('Interview: Senior Data Engineer – {scompany}', 'Hi {first},\nthank you for your time so far. This is your interview with the hiring manager and a senior engineer (60 minutes). No preparation needed beyond your CV.\nIf the time does not work, reply and I will find another slot.\n{sname}, Talent Acquisition'),
    ('Phone screen with {sname}', 'Looking forward to our chat about the Product Manager role. I will call you on the number you provided. 30 minutes.'),
    ('Onsite interview schedule – {scompany}', 'Please see the schedule for your onsite day. Reception will have a visitor badge ready. Travel costs will be reimbursed (keep receipts).'),
    ('Technical assessment debrief', 'We will go through your take-home exercise together. Please have the repository open.'),
    ('Coffee chat – open roles at {scompany}', 'Hi {first}, great to connect on LinkedIn. Here is the invite for a 20-minute informal chat. No pressure at all.'),
]
REC_FX = {
    'fr': ('Entretien – {scompany}', 'Bonjour {first},\nmerci pour votre candidature. Voici l’invitation pour l’entretien avec la responsable du recrutement (45 minutes).\nBien cordialement,\n{sname}'),
    'pt': ('Entrevista – vaga de Analista Financeiro', 'Olá {first}, tudo bem? Segue o convite para a entrevista com o gestor da área. Qualquer dúvida, estou à disposição.\n{sname}'),
    'hi': ('साक्षात्कार आमंत्रण – {scompany}', 'नमस्ते {first}, आपके आवेदन के लिए धन्यवाद। कृपया इस समय पर ऑनलाइन साक्षात्कार में शामिल हों।\n{sname}, HR'),
    'ko': ('[면접 안내] {scompany} 백엔드 개발자', '{first}님 안녕하세요. 1차 면접 일정을 안내드립니다. 일정 변경이 필요하시면 회신 부탁드립니다.\n{sname} 드림'),
    'ar': ('دعوة لمقابلة عمل – {scompany}', 'مرحباً {first}، نشكرك على اهتمامك بالوظيفة. يسعدنا دعوتك لمقابلة مع مدير القسم.\n{sname}'),
}


def recruiter(s):
    rng = s.rng
    set_times(s, days=(2, 14), hours=(9, 17), dur=[20, 30, 45, 60])
    o = org_of(s)
    s.sorg = o
    if s.kind == 'esp':
        brand_setup(s, rng.choice(['HireFlow', 'TalentCal', o[0] + ' Careers']), rng.choice(['hireflow.io', 'talentcal.com', 'careers.' + o[1]]), '#6a1b9a')
        s.frm['name'] = '%s via %s' % (mk_person(s)['name'], s.brand['name'])
        s.method = 'REQUEST'
    elif s.client == 'zoom':
        s.frm = mk_person(s, domain=o[1])
    else:
        s.frm = mk_person(s, domain=o[1]) if s.kind != 'free' else mk_person(s, domain=free_domain(s), free=True)
    V(s, sname=s.frm['name'].split(' via ')[0], scompany=o[0])
    t = PICK.pick(s, 'rec', REC_EN, REC_FX)
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    attendees(s, 0)
    if s.client == 'outlook':
        s.conf = F.teams(rng)
    elif s.client == 'google':
        s.conf = F.meet(rng)
    elif 'Onsite' in t[0]:
        s.location = o[0] + ', reception'
        base = s.start
        s.more = [{'summary': 'Interview %d' % (i + 2), 'start': base + dt.timedelta(minutes=60 * (i + 1)), 'end': base + dt.timedelta(minutes=60 * (i + 1) + 45)} for i in range(2)]
    elif rng.random() < .6:
        c = F.zoomconf(rng)
        s.location = c['url']
    note(s, 'recruiter / interview invitation')


# ============================================================ 10 forwarded invitations
FWD_EN = [
    ('Vendor demo – document management', 'Agenda: 30 min demo, 15 min Q&A.'),
    ('Team offsite planning', 'Let us collect ideas for the offsite. Bring suggestions for venues.'),
    ('Fire warden training', 'Mandatory for all floor wardens. Certificate valid for 3 years.'),
    ('Client call – renewal', 'Discuss renewal terms and the new SLA.'),
    ('Alumni networking evening', 'Drinks and short talks. Partners welcome.'),
]
FWD_FX = {
    'es': ('Formación en prevención de riesgos', 'Sesión obligatoria para el personal nuevo.'),
    'it': ('Riunione condominiale', 'Ordine del giorno: bilancio, lavori facciata, varie.'),
    'ru': ('Встреча с подрядчиком', 'Обсуждение сроков и сметы.'),
    'ja': ('取引先との打ち合わせ', '新製品の導入スケジュールについて'),
}
FWD_NOTE = {'en': ['FYI – can you join this one instead of me?', 'Forwarding as discussed.', 'See below, thought you would be interested.', 'Adding you – please attend if you can.'],
            'es': ['Te reenvío la convocatoria, ¿puedes ir tú?'], 'it': ['Ti inoltro l’invito, ci vediamo lì.'], 'ru': ['Пересылаю приглашение, сможешь подключиться?'],
            'ja': ['転送します。ご参加いただけますでしょうか。']}


def forwarded(s):
    rng = s.rng
    set_times(s, days=(2, 20), hours=(9, 17), dur=[30, 60, 90])
    t = PICK.pick(s, 'fwd', FWD_EN, FWD_FX)
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    orgp = mk_person(s, domain=org_of(s)[1])             # original organiser (partner org)
    fwder = ham_sender(s, internal=True)                 # colleague who forwards
    notetxt = rng.choice(FWD_NOTE.get(s.lang, FWD_NOTE['en'])) + '\n\n' + fwder['name'].split()[0]
    s.org = orgp
    s.atts = [dict(fwder, ps='ACCEPTED', rsvp='TRUE', role='REQ-PARTICIPANT'), dict(s.rcpt, ps='NEEDS-ACTION', rsvp='TRUE', role='REQ-PARTICIPANT')]
    if s.client == 'outlook':
        s.frm = fwder
        s.subject = 'FW: ' + s.summary if s.lang == 'en' else s.L['fwd'] + ' ' + s.summary
        s.body_text = ('%s\n\n-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n\n%s'
                       % (notetxt, orgp['name'], orgp['addr'], U.rfcdate(s.sent - dt.timedelta(days=rng.randint(1, 5)), s.soff or 0),
                          fwder['name'], s.summary, s.start.strftime('%A, %B %d, %Y %H:%M'), 'Microsoft Teams Meeting', s.desc))
        s.conf = F.teams(rng)
        s.fwd_style = 'outlook'
    else:
        style = {'thunderbird': 'thunderbird', 'apple': 'apple'}.get(s.client, 'thunderbird')
        s.frm = orgp
        s.fwd = {'style': style, 'from': fwder, 'note': notetxt, 'inner_client': rng.choice(['outlook', 'google', 'zimbra', 'thunderbird']),
                 'orig_subject_plain': s.summary}
        s.atts = [dict(fwder, ps='NEEDS-ACTION', rsvp='TRUE', role='REQ-PARTICIPANT')]
        if s.fwd['inner_client'] == 'google':
            s.conf = F.meet(rng)
    note(s, 'invitation forwarded by a colleague')


# ============================================================ 11 mailing-list copies
LIST_EN = [
    ('Monthly meetup – lightning talks', 'Five 5-minute talks, pizza sponsored by a local company. Sign-up sheet for talks is on the wiki.'),
    ('Faculty senate meeting', 'Agenda and minutes of the previous meeting are in the shared drive. Quorum needed – please attend.'),
    ('Working group call', 'Call for all list members. Draft document link in the previous thread. Dial-in details below.'),
    ('Club AGM and elections', 'Nominations close a week before. Annual subscription can be paid at the door.'),
    ('Release planning call', 'Open to all contributors. We will triage the milestone and pick a release date.'),
]
LIST_FX = {
    'de': ('Treffen der Fachschaft', 'Tagesordnung im Wiki. Alle sind herzlich eingeladen.'),
    'fr': ('Réunion de l’association', 'Ordre du jour : bilan de la kermesse, budget, questions diverses.'),
    'ru': ('Наблюдения в субботу', 'Встречаемся на площадке за городом, если будет ясно. Следите за прогнозом.'),
    'ja': ('第42回 勉強会のお知らせ', 'LT枠を募集中です。懇親会あり（会費制）。'),
    'el': ('Γενική συνέλευση συλλόγου', 'Η ημερήσια διάταξη έχει αναρτηθεί στην ιστοσελίδα.'),
}


def listcopy(s):
    rng = s.rng
    set_times(s, days=(3, 30), hours=(10, 20), dur=[60, 90, 120])
    t = PICK.pick(s, 'list', LIST_EN, LIST_FX)
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    if rng.random() < .5:
        c = rng.choice([F.zoomconf(rng), F.meet(rng), F.webex(rng, 'community')])
        s.desc += '\n\n' + c['url']
        s.location = c['url']
    s.frm = mk_person(s, domain=rng.choice([free_domain(s), org_of(s)[1]]))
    if s.frm['addr'].split('@')[1] in ('gmail.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'yahoo.com'):
        s.list_orig_kind = 'free'
    if rng.random() < .4:
        s.rrule = rng.choice(['FREQ=MONTHLY;BYDAY=3WE', 'FREQ=WEEKLY;BYDAY=TH', 'FREQ=MONTHLY;BYDAY=1TU'])
    note(s, 'invitation copy distributed by a mailing list (original DKIM broken)')


# ============================================================ 12 replies and cancellations
RSVP_EN = ['Project status review', 'Quarterly business review', 'Hiring committee', 'Design critique', 'Budget sign-off', 'Customer onboarding call']
RSVP_FX = {'de': 'Projektbesprechung', 'es': 'Reunión de seguimiento', 'nl': 'Werkoverleg', 'ko': '주간 회의', 'ar': 'اجتماع متابعة المشروع'}


def rsvp(s):
    rng = s.rng
    set_times(s, days=(1, 14), hours=(9, 17), dur=[30, 60], past=rng.random() < .2)
    s.summary = rng.choice(RSVP_EN) if s.lang == 'en' else RSVP_FX[s.lang]
    mode = rng.choice(['REPLY', 'REPLY', 'REPLY', 'CANCEL'])
    other = ham_sender(s, internal=rng.random() < .5)
    if mode == 'REPLY':
        # recipient organised the meeting; attendee answers
        s.method = 'REPLY'
        s.frm = other
        s.org = {'name': s.rcpt.get('name'), 'addr': s.rcpt['addr']}
        ps = rng.choice(['ACCEPTED', 'ACCEPTED', 'DECLINED', 'TENTATIVE'])
        s.atts = [dict(other, ps=ps, rsvp='FALSE', role='REQ-PARTICIPANT')]
        s.seq = rng.choice([0, 0, 1])
        s.desc = '' if rng.random() < .6 else rng.choice(['Sorry, I am travelling that week.', 'See you there.', 'Might be 5 minutes late.', 'Can we move it by 30 minutes?'])
        s.body_text = s.desc
        if rng.random() < .4:
            s.rrule = 'FREQ=WEEKLY;BYDAY=%s' % rng.choice(['MO', 'TU', 'WE', 'TH'])
        note(s, 'attendee %s reply to a meeting the recipient organised' % ps.lower())
    else:
        s.method = 'CANCEL'
        s.status = 'CANCELLED'
        s.seq = rng.randint(1, 3)
        s.frm = other
        attendees(s, rng.randint(0, 3))
        s.desc = rng.choice(['Cancelled – we will find a new date.', 'Sorry, need to cancel this one.', ''])
        if s.lang != 'en':
            s.desc = ''
        note(s, 'organiser cancelled a meeting the recipient attends')


# ============================================================ 13 friends and family
PERS_EN = [
    ("Mum's 60th birthday dinner", "Table booked for 12 at Luigi's. Dress nice-ish :) We're collecting for a present – details in the family chat."),
    ('Camping weekend', 'Lakeside site, pitch 14. I have the big tent; who brings the stove?'),
    ('Game night', 'Our place, 7ish. Bring snacks, we have drinks.'),
    ('Wedding: Sarah & Tom', 'Ceremony at 2pm, reception to follow. Save the date – formal invitations follow by post.'),
    ("Leo – dentist", 'Shared family calendar entry.'),
    ('Book Christmas flights', 'Prices go up after the 15th!'),
]
PERS_FX = {
    'pt': ('Churrasco de aniversário', 'Sábado lá em casa! Traga a família. Confirma até quinta?'),
    'ru': ('День рождения бабушки', 'Собираемся у родителей в 15:00. Подарок уже купили, скинемся потом.'),
    'ar': ('عشاء العائلة', 'العشاء عند خالتي يوم الجمعة بعد المغرب. لا تتأخروا!'),
    'he': ('ארוחת שישי אצל סבתא', 'מגיעים בשש וחצי. מי מביא קינוח?'),
    'tr': ('Doğum günü kutlaması', 'Cumartesi akşamı bizde buluşuyoruz. Pasta benden!'),
    'zht': ('家庭聚餐', '週六晚上六點在老地方，記得帶孩子一起來。'),
}


def personal(s):
    rng = s.rng
    t = PICK.pick(s, 'pers', PERS_EN, PERS_FX)
    if 'Camping' in t[0] or 'Wedding' in t[0]:
        set_times(s, days=(14, 120), allday=True)
        s.end = s.start + dt.timedelta(days=rng.randint(1, 3))
    else:
        set_times(s, days=(1, 40), hours=(10, 20), dur=[60, 120, 180])
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    s.frm = mk_person(s, domain=free_domain(s), free=True) if s.kind == 'free' or rng.random() < .7 else mk_person(s, domain=rng.choice(['hollowayfamily.example', 'familie-weber.example', 'famille-roux.fr']))
    fam = s.frm['addr'].split('@')[0].split('.')[-1]
    attendees(s, rng.choice([0, 1, 3, 6]), same_domain=False)
    if 'Book Christmas' in t[0]:
        maybe_todo(s, .9)
    if rng.random() < .3:
        s.alarms = ['-P1D']
    note(s, 'personal invitation between friends / family')


# ============================================================ 14 requested support callbacks
SUP_EN = [
    ('Callback: case {code} – {vendor} Support', 'As requested, a support engineer will call you on {phone} at the scheduled time. Please have your account number and the error message ready.\nCase: {code}'),
    ('Your requested call with a mortgage advisor', 'Thank you for booking a call. Your advisor will phone you on {phone}. We will never ask for your online banking password or one-time codes.'),
    ('Technician callback – broadband fault {code}', 'We have scheduled a call to troubleshoot your connection. If you miss the call we will try once more after 15 minutes.'),
    ('Onboarding call – {vendor}', 'Thanks for signing up! Your onboarding specialist will walk you through setup. Join link below, or we can call you at {phone}.'),
    ('Support session – remote assistance', 'Ticket {code}. At the start of the session we will send you a one-time session code from our support portal; only accept sessions started by our agent named in the ticket.'),
]
SUP_FX = {
    'fr': ('Rappel programmé – dossier {code}', 'Comme convenu, un conseiller vous rappellera au {phone} à l’heure indiquée. Aucune information bancaire ne vous sera demandée.'),
    'es': ('Llamada programada – incidencia {code}', 'Un técnico le llamará al {phone} a la hora indicada para revisar la avería.'),
    'ko': ('[상담 예약] 고객센터 콜백 안내', '요청하신 시간에 상담원이 {phone}(으)로 연락드릴 예정입니다. 접수번호: {code}'),
    'th': ('นัดหมายโทรกลับ – เรื่อง {code}', 'เจ้าหน้าที่จะโทรกลับที่หมายเลข {phone} ตามเวลาที่ท่านนัดหมายไว้'),
    'pl': ('Umówiona rozmowa z konsultantem', 'Zgodnie z prośbą konsultant zadzwoni pod numer {phone}. Numer zgłoszenia: {code}'),
}


def support(s):
    rng = s.rng
    set_times(s, days=(0, 5), hours=(9, 17), dur=[15, 30, 30, 45])
    vend = rng.choice([('Ledgerly', 'ledgerly.com'), ('Copperleaf Software', 'copperleaf.dev'), ('FibreNet', 'fibrenet-broadband.co.uk'), ('Orbit CRM', 'orbitcrm.com')])
    V(s, vendor=vend[0], phone=F.phone(rng, s.lang), code=F.code(rng, rng.choice(['CS-', 'INC', '#', ''])))
    t = PICK.pick(s, 'sup', SUP_EN, SUP_FX)
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    if s.kind == 'esp':
        brand_setup(s, vend[0] + ' Support', vend[1], '#0277bd', local='support')
        s.method = rng.choice(['REQUEST', 'PUBLISH'])
    elif s.client == 'zoom':
        s.frm = mk_person(s, domain=vend[1])
    else:
        s.frm = mk_person(s, domain=vend[1] if s.kind != 'free' else free_domain(s), free=s.kind == 'free')
    attendees(s, 0)
    s.location = V(s)['phone'] if rng.random() < .5 else ''
    note(s, 'support callback that the recipient requested')


# ============================================================ 15 ordinary work meetings
WORK_EN = [
    ('Weekly team sync', 'Standing agenda: wins, blockers, priorities for the week.', 'FREQ=WEEKLY;BYDAY=MO'),
    ('1:1 {sfirst} / {first}', 'Our regular catch-up.', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH'),
    ('Project kickoff – {project}', 'Goals, scope, roles, timeline. Please read the one-pager beforehand.', None),
    ('Lunch & learn: accessibility basics', 'Sandwiches provided. 40 minutes talk, 20 minutes Q&A.', None),
    ('Quarterly planning', 'Full-day planning for next quarter. Lunch is on us.', None),
    ('Interview panel prep', 'Align on the rubric before the candidate interviews.', None),
]
WORK_FX = {
    'ja': ('定例ミーティング', '今週の進捗と課題の共有', 'FREQ=WEEKLY;BYDAY=TU'),
    'zh': ('项目周会', '本周进展、问题与下周计划。', 'FREQ=WEEKLY;BYDAY=WE'),
    'zht': ('專案啟動會議', '請先閱讀專案說明文件。', None),
    'he': ('פגישת צוות שבועית', 'עדכונים, חסמים ותכנון לשבוע הקרוב.', 'FREQ=WEEKLY;BYDAY=SU'),
    'ru': ('Планёрка отдела', 'Статус задач и планы на неделю.', 'FREQ=WEEKLY;BYDAY=MO'),
}


def work(s):
    rng = s.rng
    set_times(s, days=(1, 10), hours=(8, 16), dur=[25, 30, 50, 60])
    s.frm = ham_sender(s, internal=True)
    V(s, sfirst=s.frm['name'].split()[0], project=rng.choice(['Atlas', 'Falcon', 'Harbor', 'Polaris', 'Mercury']))
    t = PICK.pick(s, 'work', WORK_EN, WORK_FX)
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    s.rrule = t[2]
    attendees(s, 0 if '1:1' in t[0] else rng.randint(2, 9))
    if s.client == 'outlook':
        s.conf = F.teams(rng)
    elif s.client == 'google':
        s.conf = F.meet(rng)
    elif s.client != 'zoom':
        s.location = rng.choice(['Room 4.12', 'Meeting room "Fjord"', 'Kitchen', F.zoomconf(rng)['url'], F.webex(rng, 'company')['url']])
    if 'Quarterly' in t[0]:
        s.start = s.start.replace(hour=9, minute=0)
        s.end = s.start.replace(hour=17)
    s.alarms = ['-PT15M'] if rng.random() < .5 else []
    note(s, 'ordinary work meeting')


# ============================================================ 16 service appointments (technicians, deliveries)
SVC_EN = [
    ('Boiler service visit', 'Your engineer will arrive between 8am and 12pm. Reference {code}. Please make sure someone aged 18+ is home. To rearrange call {phone}.'),
    ('Delivery slot: {date}, 8–12', 'Your order {code} will be delivered in the selected slot. The driver will call 30 minutes before arrival. Track: {url}'),
    ('Car service – {garage}', 'Annual service + MOT. Estimated cost {amt}. Courtesy car booked. Questions: {phone}'),
    ('Smart meter installation', 'Installation takes about 2 hours; power will be off briefly. Appointment ref {code}.'),
    ('Piano tuning', 'Tuning visit, approx. 90 minutes. Fee {amt}, payable on the day by card or transfer.'),
]
SVC_FX = {
    'de': ('Ablesetermin Heizkostenverteiler', 'Unser Monteur kommt zwischen 8 und 12 Uhr. Auftragsnummer {code}. Bei Verhinderung bitte unter {phone} melden.'),
    'nl': ('Afspraak monteur – cv-ketel', 'Onze monteur komt tussen 8:00 en 12:00. Referentie {code}. Verzetten: {phone}'),
    'tr': ('Kombi bakım randevusu', 'Teknisyenimiz 09:00–12:00 arasında gelecektir. Randevu no: {code}. Değişiklik için: {phone}'),
    'th': ('นัดช่างติดตั้งแอร์', 'ช่างจะเข้าไปติดตั้งระหว่างเวลา 9:00–12:00 น. หมายเลขงาน {code} สอบถาม {phone}'),
    'el': ('Ραντεβού τεχνικού – λέβητας', 'Ο τεχνικός θα έρθει μεταξύ 9:00 και 13:00. Αριθμός εντολής {code}. Αλλαγή ραντεβού: {phone}'),
}


def service(s):
    rng = s.rng
    set_times(s, days=(1, 21), hours=(8, 12), dur=[60, 120, 240])
    comp = rng.choice([('HomeHeat Services', 'homeheat-services.co.uk'), ('Quickdrop Deliveries', 'quickdrop.example.com'), ('Brandt Kfz', 'kfz-brandt.de'), ('GridSmart Energy', 'gridsmart-energy.com')])
    V(s, garage=comp[0], amt=F.money(rng, s.lang, 60, 480), phone=F.phone(rng, s.lang), code=F.code(rng, rng.choice(['', 'WO-', 'SR'])),
      url='https://track.%s/%s' % (comp[1], U.b64url(rng, 10)))
    t = PICK.pick(s, 'svc', SVC_EN, SVC_FX)
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    s.location = rng.choice(['', 'Home', '14 Elm Road', 'Werkstatt Brandt, Industriestr. 7'])
    if s.kind == 'esp':
        brand_setup(s, comp[0], comp[1], '#e65100', local='appointments')
        s.method = rng.choice(['PUBLISH', 'REQUEST'])
        s.no_atts = s.method == 'PUBLISH'
    else:
        s.frm = mk_person(s, domain=comp[1]) if s.kind != 'free' else mk_person(s, domain=free_domain(s), free=True)
        attendees(s, 0)
    note(s, 'technician / delivery / service appointment')


ALLC = ['google', 'outlook', 'apple', 'thunderbird', 'zoom', 'nextcloud', 'zimbra', 'yahoo', 'sogo', 'booking', 'list', 'kit']


def C(*exclude):
    return [c for c in ALLC if c not in exclude]


CATEGORIES = [
    dict(name='travel-booking', n=10, langs=['de', 'es', 'ja', 'ko', 'el'], fn=travel, clients=C('zoom', 'list'),
         desc='Airline and rail bookings and itineraries', kinds={'esp': 6, 'corp': 2, 'free': 2}),
    dict(name='hotel-restaurant', n=10, langs=['fr', 'it', 'pt', 'th', 'zh', 'tr'], fn=hotel, clients=C('zoom', 'list', 'zimbra', 'sogo'),
         desc='Hotel, restaurant and spa reservations', kinds={'esp': 6, 'corp': 2, 'free': 2}),
    dict(name='medical-appointment', n=10, langs=['de', 'fr', 'nl', 'pl', 'he', 'ar'], fn=medical, clients=C('zoom', 'list'),
         desc="Doctor, dentist and therapy appointments", kinds={'esp': 5, 'corp': 3, 'free': 1}),
    dict(name='webinar-conference', n=11, langs=['de', 'pt', 'ko', 'zh', 'hi'], fn=webinar, clients=C(), years=(2017, 2026),
         desc='Vendor webinars and conferences (free/offer wording, hundreds of attendees)', kinds={'corp': 4, 'esp': 3, 'service': 3}),
    dict(name='community-series', n=10, langs=['es', 'pl', 'el', 'he', 'th', 'hi'], fn=community, clients=C('zoom', 'booking'),
         desc='School, church and club series without end date, often from free mail', kinds={'free': 6, 'corp': 2}),
    dict(name='it-notice', n=10, langs=['de', 'fr', 'nl', 'ru', 'ja'], fn=itnotice, clients=C('zoom', 'yahoo', 'apple'),
         desc='IT maintenance windows, password-expiry and security-training notices', kinds={'corp': 6, 'esp': 2}),
    dict(name='docshare-meeting', n=10, langs=['de', 'it', 'pl', 'tr', 'el'], fn=docmeet, clients=C('booking'),
         desc='Colleagues sharing documents with links in meeting invitations', kinds={'corp': 7, 'free': 1, 'service': 1}),
    dict(name='finance-reminder', n=10, langs=['de', 'nl', 'fr', 'it', 'zh'], fn=finance, clients=C('zoom', 'list'),
         desc="Finance teams' payment reminders and bank-detail fraud warnings", kinds={'corp': 6, 'esp': 2, 'free': 1}),
    dict(name='recruiter-interview', n=9, langs=['fr', 'pt', 'hi', 'ko', 'ar'], fn=recruiter, clients=C('list', 'nextcloud', 'sogo'),
         desc='Recruiters and interview scheduling', kinds={'corp': 5, 'esp': 3, 'free': 1, 'service': 2}),
    dict(name='forwarded-invite', n=9, langs=['es', 'it', 'ru', 'ja'], fn=forwarded, clients=['outlook', 'thunderbird', 'apple', 'outlook', 'thunderbird'],
         desc='Invitations forwarded by a colleague', kinds={'corp': 5, 'free': 1}),
    dict(name='list-copy', n=10, langs=['de', 'fr', 'ru', 'ja', 'el'], fn=listcopy, clients=['list'],
         desc='Mailing-list copies of invitations (broken DKIM)', kinds={'list': 1}),
    dict(name='rsvp-reply-cancel', n=10, langs=['de', 'es', 'nl', 'ko', 'ar'], fn=rsvp, clients=C('zoom', 'booking', 'list'),
         desc='Replies to meetings the recipient organised, and cancellations', kinds={'corp': 5, 'free': 2}),
    dict(name='personal-family', n=11, langs=['pt', 'ru', 'ar', 'he', 'tr', 'zht'], fn=personal, clients=C('zoom', 'booking', 'zimbra', 'sogo', 'list'),
         desc='Personal invitations between friends and family', kinds={'free': 6, 'corp': 2}),
    dict(name='support-callback', n=10, langs=['fr', 'es', 'ko', 'th', 'pl'], fn=support, clients=C('list'),
         desc='Support callbacks and onboarding calls that were requested', kinds={'esp': 4, 'corp': 4, 'service': 2}),
    dict(name='work-meeting', n=10, langs=['ja', 'zh', 'zht', 'he', 'ru'], fn=work, clients=C('booking'),
         desc='Ordinary work meetings, 1:1s and team syncs', kinds={'corp': 8, 'free': 1, 'service': 2}),
    dict(name='service-appointment', n=10, langs=['de', 'nl', 'tr', 'th', 'el'], fn=service, clients=C('zoom', 'list', 'sogo', 'zimbra'),
         desc='Technician visits, delivery slots and other service appointments', kinds={'esp': 5, 'corp': 3, 'free': 1}),
]
