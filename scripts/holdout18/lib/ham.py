# -*- coding: utf-8 -*-
"""Legitimate calendar mail categories."""
import datetime as dt

from . import world, i18n
from .catlib import C, weekday_rrule
from .util import html_escape, to_local, slug

CATS = {}


def cat(name, n, langs, clients, desc):
    def deco(f):
        CATS[name] = dict(fn=f, n=n, langs=langs.split(), clients=clients.split(), desc=desc)
        return f
    return deco


def brand_org(c, name, domain, local):
    o = c.org(['corp'], name=name, local=local, domain=domain)
    return o


# =========================================================================== 1 travel
AIRLINES = [('Nordlys Air', 'nordlysair.com', 'NL'), ('Aurora Atlantic', 'aurora-atlantic.com', 'AA'), ('SkyMeridian', 'skymeridian.com', 'SM'),
            ('Pacifica Airways', 'pacifica-airways.com', 'PF'), ('Alpenjet', 'alpenjet.de', 'AJ'), ('Siam Horizon Air', 'siamhorizon.co.th', 'SH')]
RAIL = [('Westbahn Connect', 'westbahn-connect.example', 'ICE'), ('RailEuropa', 'raileuropa.example', 'TGV'), ('Shinkansen Reserve', 'jr-reserve.example', 'Nozomi')]
HOTELS = [('Hotel Seeblick', 'hotel-seeblick.de'), ('Harbourview Suites', 'harbourview-suites.com'), ('Casa Azul Boutique Hotel', 'casaazul-hotel.es'),
          ('Grand Hotel Vittoria', 'grandhotelvittoria.it'), ('Ryokan Hanaya', 'ryokan-hanaya.jp'), ('Baan Suan Resort', 'baansuan-resort.co.th'),
          ('Hotel Nordstjärnan', 'nordstjarnan.se'), ('City Inn Taipei', 'cityinn-taipei.com.tw')]
AIRPORTS = ['FRA', 'CDG', 'MAD', 'FCO', 'ARN', 'BKK', 'TPE', 'NRT', 'JFK', 'LHR', 'AMS', 'ORD', 'SFO', 'MUC', 'BCN', 'HND']
TRAVEL_T = {
    'en': [('Flight {fno} {a} → {b}', 'Booking reference: {pnr}\nPassenger: {pax}\nFlight {fno}, departs {a} {dep}, arrives {b}\nSeat {seat} · Economy · 1 checked bag\nTotal paid: {amount}\n\nOnline check-in opens 24 hours before departure.\nManage booking: https://www.{dom}/manage?pnr={pnr}\nCustomer service: {phone}'),
           ('Your stay at {hotel}', 'Confirmation number: {pnr}\nCheck-in: from 15:00 · Check-out: until 11:00\n{nights} nights, {room}\nTotal: {amount} (pay at property)\nFree cancellation until 48 hours before arrival.\n{hotel} · {phone}\nhttps://www.{dom}/reservation/{pnr}'),
           ('Train {fno}: {a} – {b}', 'Ticket code: {pnr}\nCoach {coach}, seat {seat}\nPrice: {amount}\nPlease show the QR code in the app or the PDF ticket on board.')],
    'de': [('Flug {fno} {a} → {b}', 'Buchungsnummer: {pnr}\nReisender: {pax}\nAbflug {a} {dep}, Ankunft {b}\nSitzplatz {seat} · 1 Aufgabegepäck\nGesamtpreis: {amount}\n\nOnline-Check-in ab 24 Stunden vor Abflug: https://www.{dom}/checkin\nService-Hotline: {phone}'),
           ('Ihre Reservierung im {hotel}', 'Reservierungsnummer: {pnr}\nAnreise ab 15:00 Uhr, Abreise bis 11:00 Uhr\n{nights} Nächte, {room}\nGesamtbetrag: {amount}\nKostenlose Stornierung bis 48 Stunden vor Anreise.\nTelefon: {phone}')],
    'fr': [('Votre voyage {a} – {b}', 'Référence de dossier : {pnr}\nTrain {fno}, voiture {coach}, place {seat}\nPrix : {amount}\nPrésentez votre e-billet à bord.\nService client : {phone}')],
    'ja': [('ご予約確認：{hotel}', '予約番号：{pnr}\nチェックイン 15:00 / チェックアウト 10:00\n{nights}泊・{room}\nお支払い合計：{amount}\nお問い合わせ：{phone}')],
    'es': [('Vuelo {fno} {a} → {b}', 'Localizador: {pnr}\nPasajero: {pax}\nSalida {a} {dep}\nAsiento {seat}\nImporte total: {amount}\nFacturación online 24 h antes: https://www.{dom}/checkin\nAtención al cliente: {phone}')],
    'it': [('Conferma prenotazione – {hotel}', 'Numero di conferma: {pnr}\nArrivo dalle 14:00, partenza entro le 11:00\n{nights} notti, {room}\nTotale: {amount}\nCancellazione gratuita fino a 72 ore prima.\nTel. {phone}')],
    'sv': [('Flyg {fno} {a} → {b}', 'Bokningsnummer: {pnr}\nResenär: {pax}\nAvgång {a} {dep}\nPlats {seat}\nTotalt betalt: {amount}\nKundtjänst: {phone}')],
    'th': [('ยืนยันการจองห้องพัก {hotel}', 'หมายเลขการจอง: {pnr}\nเช็คอิน 14:00 น. เช็คเอาท์ 12:00 น.\n{nights} คืน {room}\nยอดชำระ: {amount}\nติดต่อ: {phone}')],
    'zh-TW': [('訂房確認：{hotel}', '訂單編號：{pnr}\n入住 15:00／退房 11:00\n共 {nights} 晚，{room}\n總金額：{amount}\n聯絡電話：{phone}')],
}
ROOMS = {'en': ['Deluxe Double Room', 'Superior King', 'Twin Room, city view'], 'de': ['Doppelzimmer Seeseite', 'Einzelzimmer Komfort'],
         'ja': ['和室 10畳', 'ツインルーム'], 'it': ['Camera Matrimoniale Superior'], 'th': ['ห้องดีลักซ์ วิวสวน'], 'zh-TW': ['豪華雙人房']}


@cat('travel-booking', 14, 'de fr ja es it sv th zh-TW', 'booking booking booking booking booking booking booking custom custom custom outlook zimbra thunderbird exchange',
     'airline, rail and hotel confirmations (PUBLISH, codes, amounts, phone numbers)')
def travel(c):
    kind = c.pick(['air', 'air', 'hotel', 'hotel', 'rail'])
    if c.lang in ('ja', 'it', 'th', 'zh-TW'):
        kind = 'hotel'
    if c.lang == 'fr':
        kind = 'rail'
    if c.lang in ('sv', 'es'):
        kind = 'air'
    pnr = c.rng.alnum(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')
    a, b = c.rng.sample(AIRPORTS, 2)
    if kind == 'air':
        name, dom, code = c.pick(AIRLINES)
    elif kind == 'rail':
        name, dom, code = c.pick(RAIL)
        a, b = c.pick([('Paris Gare de Lyon', 'Lyon Part-Dieu'), ('Köln Hbf', 'Frankfurt (Main) Hbf'), ('London St Pancras', 'Bruxelles-Midi'), ('Marseille St-Charles', 'Nice Ville')])
    else:
        name, dom = c.pick(HOTELS)
        code = ''
    st, en = c.when(days=(5, 60), hours=(6, 20), dur=(60, 600))
    nights = c.rng.randint(1, 6)
    s = dict(fno=(code + str(c.rng.randint(100, 2999))) if kind != 'hotel' else '', a=a, b=b, pnr=pnr, pax=c.rcpt['name'], dep=to_local(c.ctx.sender_tz, st).strftime('%H:%M'),
             seat='%d%s' % (c.rng.randint(3, 38), c.pick('ABCDEF')), amount=c.money(60, 1400), dom=dom, phone=c.phone(), hotel=name,
             nights=nights, room=c.pick(ROOMS.get(c.lang, ROOMS['en'])), coach=c.rng.randint(1, 18))
    T = dict(TRAVEL_T)
    summ, desc = c.t(TRAVEL_T, s)
    if kind == 'hotel' and 'hotel' not in desc.lower() and '{hotel}' not in str(TRAVEL_T.get(c.lang, '')):
        pass
    org = brand_org(c, name, dom, c.pick(['noreply', 'booking', 'reservations', 'no-reply', 'confirmation']))
    if kind == 'hotel':
        sd, ed = c.allday(days=(7, 90), ndays=nights)
        e = c.ev(summ, desc, name + ', ' + c.pick(['Seestraße 12', 'Harbour Road 4', 'Calle Mayor 8', 'Via Roma 21', '2-5-1 Asakusa', 'Sukhumvit Soi 11', 'Strandvägen 7', 'Zhongshan N. Rd. 88']), (sd, ed), allday=True)
    else:
        e = c.ev(summ, desc, '%s → %s' % (a, b), (st, en))
    e['alarms'] = c.pick([[], ['-PT3H'], ['-P1D']])
    if c.chance(0.4):
        e['url'] = 'https://www.%s/manage/%s' % (dom, pnr)
    html = '<html><body style="font-family:Arial"><table width="600"><tr><td><h2>%s</h2><p>%s</p></td></tr></table></body></html>' % (html_escape(summ), html_escape(desc).replace('\n', '<br>'))
    return c.msg(org, [e], method=c.pick(['PUBLISH', 'PUBLISH', 'REQUEST']), no_rcpt_att=c.chance(0.5), subject=c.pick([summ, pnr + ' – ' + summ, summ + ' (' + pnr + ')']),
                 html_body=html, text_body=desc, brand_name=name, brand_slug=slug(name), uid_dom=dom)


# =========================================================================== 2 appointments
APPT_T = {
    'en': [('Appointment with Dr. {doc} – {practice}', 'Your appointment is confirmed.\nPlease arrive 10 minutes early and bring your insurance card.\nTo cancel or reschedule call {phone} at least 24 hours in advance.\nCancellation code: {code}'),
           ('Table for {n} at {rest}', 'Reservation confirmed for {n} guests.\nBooking ref {code}. A deposit of {amount} is held and refunded on arrival.\nQuestions: {phone}'),
           ('Car service – {garage}', 'Your {car} is booked for an annual service. Estimated cost {amount}. Courtesy car requested: no.\nCall {phone} if you need to change the slot.'),
           ('Haircut with {stylist}', 'See you soon at {salon}! Booking {code}. Need to change it? {phone}')],
    'nl': [('Afspraak bij de tandarts – {practice}', 'Uw afspraak is bevestigd.\nWilt u 5 minuten van tevoren aanwezig zijn? Afmelden kan tot 24 uur van tevoren via {phone}.\nReferentie: {code}')],
    'he': [('תור לד"ר {doc} – {practice}', 'התור שלך אושר.\nנא להגיע 10 דקות לפני המועד עם כרטיס קופת חולים.\nלביטול או שינוי: {phone}\nקוד: {code}')],
    'pl': [('Wizyta u lekarza – {practice}', 'Potwierdzamy wizytę u dr {doc}.\nProsimy o przybycie 10 minut wcześniej. Odwołanie wizyty: {phone}\nKod rezerwacji: {code}')],
    'cs': [('Rezervace stolu – {rest}', 'Potvrzujeme rezervaci pro {n} osoby. Číslo rezervace {code}.\nV případě změny volejte {phone}.')],
    'ko': [('[{practice}] 진료 예약 안내', '예약이 확정되었습니다.\n예약번호: {code}\n변경 및 취소는 {phone} 으로 연락 주세요.')],
    'pt': [('Consulta confirmada – {practice}', 'Sua consulta com Dr(a). {doc} está confirmada.\nChegue 15 minutos antes. Para remarcar: {phone}\nCódigo: {code}')],
    'de': [('Termin in der Praxis {practice}', 'Ihr Termin bei Dr. {doc} ist bestätigt.\nBitte bringen Sie Ihre Versichertenkarte mit. Absagen bitte spätestens 24 Stunden vorher unter {phone}.\nBuchungscode: {code}')],
}


@cat('appointment-booking', 12, 'nl he pl cs ko pt de', 'booking booking icloud yahoo custom custom nextcloud zimbra sogo google icloud outlook',
     'doctor, dentist, restaurant, garage and salon bookings')
def appt(c):
    doc = c.person()
    practice = c.pick(['Praxis am Markt', 'Riverside Family Practice', 'Tandartspraktijk Centrum', 'Clinica Vida', 'Medical Center ' + doc['last'], 'Gabinet Zdrowie', '서울 밝은 치과'])
    rest = c.pick(['Trattoria Da Gino', 'The Copper Pot', 'Restaurace U Lípy', 'Bistro Lumière', 'Sushi Kaito'])
    s = dict(doc=doc['last'], practice=practice, phone=c.phone(), code=c.rng.alnum(6).upper(), n=c.rng.randint(2, 8), rest=rest, amount=c.money(20, 380),
             garage=c.pick(['Autohaus Weber', 'Northside Motors', 'QuickFit Service']), car=c.pick(['Golf', 'Corolla', 'Model 3', 'Octavia', 'Focus']),
             stylist=c.person('en')['first'], salon=c.pick(['Studio Nine', 'Hair & Co', 'Blow Bar']))
    summ, desc = c.t(APPT_T, s)
    name = practice if practice in summ else rest if rest in summ else c.pick(['Doctolib', 'Treatwell', 'OpenTable', 'Zocdoc', 'Planity', 'Booksy'])
    dom = slug(name)[:20].strip('-') + '.' + c.pick(i18n.CCTLD[c.lang])
    if c.client in ('google', 'icloud'):
        org = c.org(['free', 'corp'], name=name, local=c.junk_local(name)[:20])
    else:
        org = c.org(['corp'], name=name, local=c.pick(['termine', 'booking', 'noreply', 'praxis', 'info', 'reservations']), domain=dom)
    e = c.ev(summ, desc, c.pick([name + ', ' + c.pick(['Hauptstraße 4', '12 Mill Lane', 'Kerkstraat 19', 'ul. Długa 7', 'Rua Augusta 150', 'Vinohradská 40']), name]),
             c.when(days=(1, 30), hours=(8, 18), dur=(15, 60)))
    e['alarms'] = c.pick([None, ['-P1D'], ['-PT2H'], []])
    return c.msg(org, [e], method=c.pick(['REQUEST', 'PUBLISH']) if c.client in ('booking', 'custom') else 'REQUEST', subject=None if c.client not in ('booking', 'custom') else summ,
                 brand_name=name, brand_slug=slug(name), text_body=desc)


# =========================================================================== 3 vendor webinars / conferences
WEB_T = {
    'en': [('Webinar: {topic}', 'Thanks for registering! Join us for a free 45-minute session on {topic}.\nSpeakers: {sp1} ({vendor}), {sp2}\nExclusive offer for attendees: 30% off the first year of {product}.\nAdd this event to your calendar so you don\'t miss it.'),
           ('{vendor} Summit {year} – your registration', 'You are registered for {vendor} Summit {year}. Keynote starts at 9:00. Free for customers; your badge will be available at registration desk B.\nAgenda: https://events.{dom}/summit{year}/agenda'),
           ('[Live demo] {product} – see what\'s new', 'Hi {name},\nyour seat is confirmed. Bring your questions – the first 100 attendees get a free trial extension.\nJoin link below.'),
           ('Free workshop: {topic}', 'Limited seats. We will cover best practices and a live Q&A. Can\'t make it? Register anyway and we\'ll send the recording.')],
    'de': [('Webinar: {topic}', 'Vielen Dank für Ihre Anmeldung! Kostenloses Webinar mit {sp1} ({vendor}).\nExklusives Angebot für Teilnehmende: 20 % Rabatt auf {product}.')],
    'ja': [('ウェビナー：{topic}', 'お申し込みありがとうございます。{vendor} の {sp1} が最新事例をご紹介します。参加無料。\n参加者限定の特別オファーもご用意しています。')],
    'fr': [('Webinaire : {topic}', 'Merci pour votre inscription ! Session gratuite de 45 minutes animée par {sp1} ({vendor}).\nOffre spéciale réservée aux participants.')],
    'es': [('Seminario web: {topic}', '¡Gracias por registrarte! Sesión gratuita con {sp1} de {vendor}. Los asistentes recibirán una oferta exclusiva de {product}.')],
    'ko': [('[웨비나] {topic}', '등록해 주셔서 감사합니다. {vendor}의 {sp1}이(가) 최신 사례를 소개합니다. 참가 무료, 참석자 전원에게 특별 할인 혜택을 드립니다.')],
}
VENDORS = [('Cloudvane', 'cloudvane.io', 'Cloudvane Analytics'), ('Stackwise', 'stackwise.com', 'Stackwise CI'), ('Datafjord', 'datafjord.com', 'Datafjord Warehouse'),
           ('SecureLoop', 'secureloop.com', 'SecureLoop XDR'), ('Pipelane', 'pipelane.io', 'Pipelane CRM')]
TOPICS = ['Zero-trust for mid-size companies', 'Cutting cloud costs by 30%', 'AI in customer support', 'GDPR and data retention in 2025',
          'Kubernetes observability', 'Modern payroll automation', 'Ransomware readiness']


@cat('vendor-webinar', 12, 'de ja fr es ko', 'zoom zoom zoom booking booking exchange google custom google outlook exchange google',
     'vendor webinars and conferences with many attendees and "free"/"offer" wording')
def webinar(c):
    vendor, dom, product = c.pick(VENDORS)
    s = dict(topic=c.pick(TOPICS), vendor=vendor, sp1=c.person()['name'], sp2=c.person('en')['name'], product=product, year=c.ctx.arrival.year + (c.ctx.arrival.month > 9),
             dom=dom, name=c.rfirst())
    summ, desc = c.t(WEB_T, s)
    host = c.person('en')
    org = c.org(['corp'], name=c.pick([vendor, vendor + ' Events', host['name']]), local=c.pick(['events', 'webinars', 'marketing', world.local_part(c.rng, host)]), domain=dom)
    st, en = c.when(days=(3, 40), hours=(9, 17), dur=(45, 90))
    e = c.ev(summ, desc, None, (st, en))
    if c.client == 'zoom':
        e['meeting'] = 'zoom'
    elif c.client in ('exchange', 'outlook'):
        e['meeting'] = 'teams'
    elif c.client == 'google':
        e['meeting'] = 'meet'
    else:
        e['url'] = 'https://events.%s/join/%s' % (dom, c.rng.alnum(10))
        e['location'] = c.pick(['Online', 'https://events.%s/join/%s' % (dom, c.rng.alnum(8))])
    if 'Summit' in summ:
        e['location'] = c.pick(['Messe Berlin, Hall 4', 'Moscone West, San Francisco', 'ExCeL London', 'Palais des Congrès, Paris'])
        e['meeting'] = None
        e['start'], e['end'] = c.allday(days=(20, 120), ndays=2)
        e['allday'] = True
    mass = c.pick([0, c.rng.randint(80, 400), 0])
    return c.msg(org, [e], mass=mass, no_rcpt_att=mass == 0 and c.chance(0.3), brand_name=vendor, brand_slug=slug(vendor), list={'name': 'customers', 'domain': 'lists.' + dom})


# =========================================================================== 4 community series
COMM_T = {
    'en': [('Choir rehearsal', 'Weekly rehearsal in the parish hall. Please bring your folder and a pencil. Parking behind the church.'),
           ('U10 football training', 'Training every Tuesday. Shin pads and water bottle please! If your child can\'t come, text me on {phone}.'),
           ('Book club', 'Monthly book club – this month: "{book}". Snacks welcome!'),
           ('PTA meeting', 'Parent–teacher association meeting, library room 2. Everyone welcome. Coffee from 6:45.'),
           ('Sunday service rota', 'Reminder for the welcome team. Thanks for volunteering!')],
    'pt': [('Ensaio do coral', 'Ensaio semanal no salão paroquial. Tragam a pasta de partituras. Qualquer dúvida: {phone}')],
    'es': [('Entrenamiento alevín', 'Entrenamiento todos los jueves. Traed espinilleras y agua. Si no podéis venir avisad al {phone}.')],
    'el': [('Πρόβα χορωδίας', 'Εβδομαδιαία πρόβα στην αίθουσα της ενορίας. Φέρτε τις παρτιτούρες σας.')],
    'hi': [('साप्ताहिक भजन संध्या', 'हर गुरुवार शाम को सामुदायिक भवन में भजन संध्या। सभी का स्वागत है। संपर्क: {phone}')],
    'ar': [('حلقة تحفيظ القرآن للأطفال', 'تذكير بموعد الحلقة الأسبوعية في المركز. يرجى الحضور قبل الموعد بعشر دقائق. للاستفسار: {phone}')],
    'it': [('Allenamento under 12', 'Allenamento ogni mercoledì al campo comunale. Portate borraccia e parastinchi. Per assenze scrivete al {phone}.')],
    'ru': [('Репетиция хора', 'Еженедельная репетиция в актовом зале. Не забудьте ноты. Вопросы — по телефону {phone}.')],
}


@cat('community-series', 12, 'pt es el hi ar it ru', 'google google google icloud icloud yahoo thunderbird nextcloud sogo zimbra exchange yahoo',
     'school, church and club series without end date, sent from free mail')
def community(c):
    leader = c.person()
    s = dict(phone=c.phone(), book=c.pick(['The Overstory', 'Klara and the Sun', 'Lessons in Chemistry', 'Pachinko']))
    summ, desc = c.t(COMM_T, s)
    org = c.org(['free', 'corp'], name=leader['name'], person=leader)
    st, en = c.when(days=(2, 10), hours=(16, 20), dur=(60, 120))
    wd = weekday_rrule(c.rng, st, c.ctx.sender_tz)
    rr = c.pick(['FREQ=WEEKLY;BYDAY=%s' % wd, 'FREQ=WEEKLY', 'FREQ=WEEKLY;WKST=MO;BYDAY=%s' % wd, 'FREQ=MONTHLY;BYDAY=2%s' % wd, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=%s' % wd])
    e = c.ev(summ, desc, c.pick(['Parish hall', 'Sports park, pitch 3', 'Community centre', 'School library', 'St. Mary\'s']), (st, en), rrule=rr)
    if c.chance(0.3):
        e['rrule'] = rr.replace('FREQ=WEEKLY', 'FREQ=WEEKLY;UNTIL=%s' % (st + dt.timedelta(days=c.rng.randint(60, 300))).strftime('%Y%m%dT%H%M%SZ'), 1) if False else rr
    parents = [{'name': None, 'addr': world.local_part(c.rng, c.person()) + '@' + c.pick(i18n.FREEMAIL[c.lang])} for _ in range(c.rng.randint(4, 25))]
    e['attendees'] = parents
    return c.msg(org, [e], list={'name': c.pick(['eltern', 'choir', 'members', 'parents-u10']), 'kind': 'ggroups'})


# =========================================================================== 5 IT notices
IT_T = {
    'en': [('Planned maintenance: {system}', 'Dear colleagues,\n{system} will be unavailable during this window for patching. Please save your work and log off before the start.\nNo action is needed otherwise.\nIT Operations – ticket {ticket}'),
           ('Reminder: your password expires in 7 days', 'Your network password will expire soon. Change it from any company PC with Ctrl+Alt+Del > Change a password, or at the self-service portal on the intranet.\nIT will never ask for your password by e-mail.'),
           ('MFA rollout – drop-in session', 'We are enabling multi-factor authentication for all staff. Join a 30-minute drop-in if you need help setting up the Authenticator app.'),
           ('Firewall change window', 'Network team will apply firewall rule changes (CHG{ticket}). Short VPN interruptions possible.')],
    'de': [('Geplante Wartung: {system}', 'Liebe Kolleginnen und Kollegen,\n{system} steht im angegebenen Zeitraum wegen Updates nicht zur Verfügung. Bitte speichern Sie Ihre Arbeit vorher.\nIhre IT – Ticket {ticket}')],
    'nl': [('Gepland onderhoud: {system}', 'Beste collega\'s,\n{system} is tijdens dit onderhoudsvenster niet beschikbaar. Sla je werk op en log tijdig af.\nIT Servicedesk – {ticket}')],
    'sv': [('Planerat underhåll: {system}', 'Hej alla,\n{system} kommer att vara otillgängligt under underhållsfönstret. Spara ditt arbete innan.\nIT-avdelningen – ärende {ticket}')],
    'tr': [('Planlı bakım: {system}', 'Değerli çalışma arkadaşlarımız,\n{system} bakım süresince kullanılamayacaktır. Lütfen çalışmalarınızı kaydedin.\nBilgi İşlem – {ticket}')],
    'zh': [('系统维护通知：{system}', '各位同事：\n{system} 将在此时间段内进行升级维护，期间无法使用，请提前保存工作。\n信息技术部 工单号 {ticket}')],
}


@cat('it-notice', 10, 'de nl sv tr zh', 'exchange exchange outlook zimbra sogo nextcloud google custom thunderbird outlook',
     'IT maintenance windows, password-expiry notices and MFA rollouts from internal IT')
def itnotice(c):
    co = c.rcpt['org'] or world.corp(c.rng, c.lang)
    dom = c.rcpt['domain'] if c.rcpt['org'] else co['domain']
    s = dict(system=c.pick(['SAP ERP', 'Exchange', 'the VPN gateway', 'SharePoint', 'the file server (\\\\fs01)', 'Jira', 'the ERP system']), ticket=c.rng.digits(7))
    summ, desc = c.t(IT_T, s)
    admin = c.person()
    org = c.org(['corp'], name=c.pick(['IT Service Desk', 'IT Operations', admin['name'], 'Servicedesk']), local=c.pick(['it', 'servicedesk', 'helpdesk', world.local_part(c.rng, admin)]), domain=dom)
    st, en = c.when(days=(1, 14), hours=(18, 22), dur=(60, 240))
    e = c.ev(summ, desc, c.pick(['Datacenter', 'Online', None, 'n/a']), (st, en), transp='TRANSPARENT', alarms=c.pick([None, []]))
    if 'MFA' in summ:
        e['meeting'] = 'teams' if c.client in ('exchange', 'outlook') else None
    staff = [{'name': None, 'addr': 'all-staff@' + dom, 'role': 'OPT-PARTICIPANT', 'rsvp': 'FALSE'}] if c.chance(0.6) else []
    e['attendees'] = staff
    return c.msg(org, [e], no_rcpt_att=bool(staff) and c.chance(0.5))


# =========================================================================== 6 document share
DOCS_T = {
    'en': [('Review: {doc}', 'Hi all,\nI\'ve put the draft of {doc} in our team folder: {link}\nPlease add comments before the meeting and we\'ll go through open points together.\nThanks,\n{me}'),
           ('{doc} – walkthrough', 'Quick walkthrough of the updated {doc}. Slides: {link}'),
           ('Sign-off {doc}', 'We need final sign-off on {doc}. The latest version is here: {link}. Redlines from legal are in the comments.')],
    'fr': [('Relecture : {doc}', 'Bonjour à tous,\nle brouillon de {doc} est dans le dossier partagé : {link}\nMerci d\'ajouter vos commentaires avant la réunion.\n{me}')],
    'pl': [('Przegląd dokumentu: {doc}', 'Cześć,\nwersja robocza {doc} jest w folderze zespołu: {link}\nProszę o uwagi przed spotkaniem.\n{me}')],
    'cs': [('Revize: {doc}', 'Ahoj,\nnávrh dokumentu {doc} je ve sdílené složce: {link}\nPřidejte prosím komentáře před schůzkou.\n{me}')],
    'ja': [('資料レビュー：{doc}', '皆さま\n{doc} のドラフトを共有フォルダに置きました：{link}\n会議までにコメントをお願いします。\n{me}')],
    'he': [('סקירת מסמך: {doc}', 'היי לכולם,\nהטיוטה של {doc} נמצאת בתיקייה המשותפת: {link}\nאשמח להערות לפני הפגישה.\n{me}')],
    'ru': [('Обсуждение документа: {doc}', 'Коллеги, добрый день!\nЧерновик {doc} лежит в общей папке: {link}\nПросьба оставить комментарии до встречи.\n{me}')],
}
DOCNAMES = {'en': ['Q3 board pack', 'API design doc v2', 'Vendor contract renewal', 'Marketing plan 2025', 'Incident post-mortem'],
            'fr': ['plan marketing T2', 'cahier des charges'], 'pl': ['specyfikacji projektu', 'budżetu 2025'], 'cs': ['rozpočtu 2025', 'specifikace'],
            'ja': ['第3四半期報告書', '提案書'], 'he': ['תוכנית העבודה', 'מסמך האפיון'], 'ru': ['бюджета на 2025 год', 'технического задания']}


@cat('document-share', 12, 'fr pl cs ja he ru', 'exchange exchange exchange google google outlook nextcloud zimbra thunderbird icloud sogo yahoo',
     'colleagues and partners sharing documents with links before a meeting')
def docs(c):
    me = c.person()
    co = c.rcpt['org'] or world.corp(c.rng, c.lang)
    dom = co['domain']
    host = c.pick(['sharepoint', 'gdocs', 'nextcloud', 'dropbox', 'box'])
    link = {'sharepoint': 'https://%s.sharepoint.com/:w:/r/sites/%s/Shared%%20Documents/%s.docx?d=w%s&csf=1&web=1' % (dom.split('.')[0].replace('-', ''), c.pick(['Team', 'Finance', 'Projects', 'Legal']), c.rng.alnum(8), c.rng.hexs(32)),
            'gdocs': 'https://docs.google.com/document/d/%s/edit?usp=sharing' % c.rng.alnum(44),
            'nextcloud': 'https://cloud.%s/s/%s' % (dom, c.rng.alnum(15)), 'dropbox': 'https://www.dropbox.com/scl/fi/%s/%s.pdf?rlkey=%s&dl=0' % (c.rng.alnum(21).lower(), c.rng.alnum(6), c.rng.alnum(25).lower()),
            'box': 'https://%s.app.box.com/s/%s' % (dom.split('.')[0], c.rng.alnum(32).lower())}[host]
    s = dict(doc=c.pick(DOCNAMES.get(c.lang, DOCNAMES['en'])), link=link, me=me['name'])
    summ, desc = c.t(DOCS_T, s)
    external = c.chance(0.35)
    org = c.org(['corp'] if not external else ['corp', 'free'], name=me['name'], person=me, domain=dom if not external else world.corp(c.rng, c.lang)['domain'])
    e = c.ev(summ, desc, c.pick([None, 'Room ' + c.pick(['2.14', 'Atlas', 'Orion', 'B-301'])]), c.when(days=(1, 10), hours=(9, 16), dur=(30, 60)))
    if c.client in ('exchange',) and c.chance(0.6):
        e['meeting'] = 'teams'
    elif c.client == 'google' and c.chance(0.6):
        e['meeting'] = 'meet'
    if c.chance(0.3):
        e['attach'] = [(link, None, None)]
    cols = [{'name': p['name'], 'addr': world.local_part(c.rng, p) + '@' + dom} for p in [c.person() for _ in range(c.rng.randint(1, 6))]]
    e['attendees'] = cols
    return c.msg(org, [e])


# =========================================================================== 7 finance
FIN_T = {
    'en': [('Month-end close: AP payment run', 'Reminder: invoices for this payment run must be approved in the ERP by {cut}. Anything approved later goes into next week\'s run.\nQuestions to accounts payable.'),
           ('Fraud awareness: supplier bank-detail changes', 'As discussed in the finance team meeting: we have seen fake "new bank details" e-mails. Never change supplier bank details based on an e-mail alone – always call the supplier back on the number in our master data. Short briefing for all AP staff.'),
           ('Invoice {inv} due {due}', 'Friendly reminder that invoice {inv} ({amount}) is due on {due}. If payment has already been made, please ignore this reminder. Bank details are unchanged.'),
           ('Payroll cut-off', 'Changes to overtime, expenses and bank details for this month\'s payroll must reach HR by {cut}. Bank detail changes are only accepted via the HR portal, never by e-mail.')],
    'de': [('Zahllauf Kreditoren', 'Erinnerung: Rechnungen für den Zahllauf müssen bis {cut} im ERP freigegeben sein.\nHinweis: Änderungen von Bankverbindungen nur nach telefonischer Rückbestätigung!')],
    'it': [('Scadenza fattura {inv}', 'Gentile cliente, le ricordiamo che la fattura {inv} di {amount} scade il {due}. Le coordinate bancarie restano invariate.')],
    'es': [('Cierre mensual: remesa de pagos', 'Recordatorio: las facturas deben estar aprobadas antes del {cut}. Nunca cambiéis datos bancarios de proveedores solo por correo electrónico.')],
    'ar': [('تذكير: موعد إقفال الرواتب', 'يرجى إرسال أي تعديلات على العمل الإضافي والمصروفات قبل {cut}. لا يتم قبول تغيير البيانات البنكية عبر البريد الإلكتروني.')],
    'el': [('Υπενθύμιση: λήξη τιμολογίου {inv}', 'Σας υπενθυμίζουμε ότι το τιμολόγιο {inv} ποσού {amount} λήγει στις {due}. Τα τραπεζικά στοιχεία παραμένουν ίδια.')],
    'zh': [('月末结账提醒', '请于{cut}前在系统中完成本期付款审批。供应商银行信息变更必须电话核实，切勿仅凭邮件修改。')],
}


@cat('finance-reminder', 12, 'de it es ar el zh', 'exchange exchange exchange outlook outlook google zimbra custom sogo yahoo thunderbird nextcloud',
     'payment-run and invoice reminders, payroll cut-offs and bank-detail fraud warnings')
def finance(c):
    co = c.rcpt['org'] or world.corp(c.rng, c.lang)
    due = (c.ctx.arrival + dt.timedelta(days=c.rng.randint(5, 20))).strftime('%d.%m.%Y')
    s = dict(cut=c.pick(['Wednesday 12:00', '15:00 on the 25th', 'Thursday noon']) if c.lang == 'en' else due, inv='%s-%s' % (c.pick(['INV', 'RE', 'FT', 'F']), c.rng.digits(6)), due=due,
             amount=c.money(300, 18000))
    summ, desc = c.t(FIN_T, s)
    p = c.person()
    supplier = 'due' in summ.lower() or 'scadenza' in summ.lower() or 'λήξη' in summ
    org = c.org(['corp'], name=c.pick([p['name'], 'Accounts Payable', 'Finance Team', 'Buchhaltung' if c.lang == 'de' else 'Finance']),
                local=c.pick([world.local_part(c.rng, p), 'finance', 'ap', 'accounting']), domain=(world.corp(c.rng, c.lang)['domain'] if supplier else co['domain']))
    e = c.ev(summ, desc, c.pick([None, 'Finance room', 'Teams']), c.when(days=(1, 10), hours=(9, 15), dur=(15, 45)))
    if c.client == 'exchange' and c.chance(0.5):
        e['meeting'] = 'teams'
    if supplier and c.client in ('custom',):
        e['comp'] = 'VTODO'
    return c.msg(org, [e], brand_name='Billing', brand_slug='billing')


# =========================================================================== 8 recruiters
REC_T = {
    'en': [('Interview: {role} – {company}', 'Hi {name},\nthanks for your time on the phone. As discussed, here is the invite for the technical interview with {hm} (hiring manager). It will take about 60 minutes.\nBest,\n{me}\nTalent Acquisition, {company}'),
           ('Intro call – {role} opportunity', 'Hi {name}, great to connect on LinkedIn. Booking a 20-minute intro call as agreed. Talk soon!\n{me}'),
           ('{company} | {role} | Panel interview', 'Your interview has been scheduled via our careers portal. Please have your ID ready. If you need to reschedule, use the link in your candidate account.')],
    'hi': [('साक्षात्कार: {role} – {company}', 'नमस्ते {name},\nफ़ोन पर बात करने के लिए धन्यवाद। तकनीकी साक्षात्कार का निमंत्रण संलग्न है।\n{me}')],
    'fr': [('Entretien : {role} – {company}', 'Bonjour {name},\nmerci pour notre échange. Voici l\'invitation pour l\'entretien avec {hm}. Durée : environ 1 heure.\n{me}')],
    'pt': [('Entrevista: {role} – {company}', 'Olá {name},\nobrigado pela conversa. Segue o convite para a entrevista com {hm}.\nAbraços,\n{me}')],
    'ko': [('[{company}] {role} 면접 안내', '{name}님 안녕하세요.\n통화 감사합니다. {hm} 팀장님과의 기술 면접 일정을 보내드립니다.\n{me} 드림')],
    'th': [('นัดสัมภาษณ์งาน: {role}', 'เรียนคุณ{name}\nขอบคุณที่สละเวลาคุยทางโทรศัพท์ ขอส่งนัดหมายสัมภาษณ์กับคุณ{hm}\n{me}')],
}


@cat('recruiter', 10, 'hi fr pt ko th', 'google google exchange booking icloud zoom outlook custom yahoo icloud',
     'recruiters and hiring teams scheduling interviews')
def recruiter(c):
    co = world.corp(c.rng, c.lang)
    me, hm = c.person(), c.person()
    s = dict(name=c.rfirst(), role=c.pick(['Senior Backend Engineer', 'Product Manager', 'Data Analyst', 'Finance Controller', 'UX Designer']),
             company=co['name'], hm=hm['name'], me=me['name'])
    summ, desc = c.t(REC_T, s)
    org = c.org(['corp', 'free'] if c.client not in ('yahoo', 'icloud') else ['free'], name=me['name'], person=me, domain=co['domain'])
    e = c.ev(summ, desc, None, c.when(days=(1, 12), hours=(9, 17), dur=(30, 60)))
    e['meeting'] = {'google': 'meet', 'exchange': 'teams', 'zoom': 'zoom', 'outlook': 'teams'}.get(c.client, c.pick(['zoom', None]))
    if c.client == 'booking':
        e['attendees'] = [{'name': hm['name'], 'addr': world.local_part(c.rng, hm) + '@' + co['domain']}]
    return c.msg(org, [e], brand_name=c.pick(['Greenhouse', 'Calendly', 'Lever', 'Workable']), brand_slug='ats')


# =========================================================================== 9 forwarded
FWD_T = {
    'en': [('FYI – can you join this instead of me?', 'Hi {name}, I\'m on leave that day. Could you attend for our team? Forwarding the invite below.'),
           ('Forwarding – relevant for you', 'Thought this session would be useful for you. Feel free to decline if not.'),
           ('Adding you to this', 'Adding {name} as discussed.')],
    'de': [('Kannst du für mich teilnehmen?', 'Hallo {name}, ich bin an dem Tag im Urlaub. Kannst du für unser Team teilnehmen? Einladung anbei.')],
    'es': [('¿Puedes ir en mi lugar?', 'Hola {name}, ese día estoy fuera. ¿Puedes asistir por el equipo? Te reenvío la invitación.')],
    'ja': [('代理出席のお願い', '{name}さん\n当日は休暇のため、代わりに出席していただけますか。招待を転送します。')],
    'tr': [('Benim yerime katılabilir misin?', 'Merhaba {name}, o gün izindeyim. Ekibimiz adına katılabilir misin? Daveti iletiyorum.')],
}
FWD_MEET = {'en': ['Supplier quality review', 'Customer onboarding kickoff', 'Security awareness training', 'Quarterly all-hands'],
            'de': ['Lieferantenbewertung Q3', 'Projekt-Kickoff'], 'es': ['Revisión de calidad', 'Reunión trimestral'],
            'ja': ['四半期レビュー会議', '品質会議'], 'tr': ['Kalite toplantısı', 'Proje başlangıç toplantısı']}


@cat('forwarded-invite', 10, 'de es ja tr', 'exchange exchange google google outlook thunderbird icloud zimbra yahoo sogo',
     'invitations forwarded by colleagues (organizer differs from sender)')
def forwarded(c):
    co = c.rcpt['org'] or world.corp(c.rng, c.lang)
    me = c.person()
    orig = c.person()
    odom = c.pick([co['domain'], world.corp(c.rng, c.lang)['domain']])
    intro = c.t(FWD_T, dict(name=c.rfirst()))[1]
    summ = c.pick(FWD_MEET.get(c.lang, FWD_MEET['en']))
    org = c.org(['corp', 'free'], name=me['name'], person=me, domain=co['domain'])
    e = c.ev(summ, intro + '\n\n' + c.pick(['Agenda to follow.', 'Dial-in details below.', '']), c.pick(['Room Atlas', 'Teams', 'Building 2, 3rd floor']),
             c.when(days=(2, 15), hours=(9, 16), dur=(30, 90)))
    e['attendees'] = [{'name': me['name'], 'addr': world.local_part(c.rng, me) + '@' + co['domain'], 'partstat': 'ACCEPTED'}]
    fwd = {'name': orig['name'], 'addr': world.local_part(c.rng, orig) + '@' + odom}
    ch = i18n.CHROME[c.ctx.ui_lang]
    subj = None
    if c.client != 'exchange' and c.client != 'outlook':
        subj = c.pick(['Fwd: ', 'Fw: ', ch['fw'] + ': ']) + ch['inv'] + ': ' + summ
    return c.msg(org, [e], fwd=fwd, intro=intro, subject=subj)


# =========================================================================== 10 mailing lists
ML_T = {
    'en': [('{proj} community call', 'Monthly community call. Agenda and notes: {link}\nEveryone is welcome; the call is recorded.'),
           ('{proj} WG interim meeting', 'Interim meeting of the working group. Drafts for discussion are linked in the agenda: {link}'),
           ('Department seminar: {talk}', 'Speaker: {sp}. Abstract and slides: {link}. Coffee at 15:45.')],
    'de': [('Stammtisch der {proj}-Nutzergruppe', 'Unser monatlicher Stammtisch. Themenvorschläge bitte ins Pad: {link}')],
    'fr': [('Séminaire du laboratoire : {talk}', 'Orateur : {sp}. Résumé : {link}')],
    'zh': [('{proj} 社区例会', '每月社区例会，议程与纪要：{link}\n欢迎大家参加。')],
    'ru': [('Семинар кафедры: {talk}', 'Докладчик: {sp}. Аннотация: {link}')],
    'pl': [('Spotkanie społeczności {proj}', 'Comiesięczne spotkanie. Agenda: {link}')],
    'nl': [('{proj} gebruikersbijeenkomst', 'Maandelijkse bijeenkomst. Agenda: {link}')],
}


@cat('mailing-list', 10, 'de fr zh ru pl nl', 'list list list list list list list list list list',
     'list copies of invitations (Mailman, Sympa, Google Groups) with broken original DKIM')
def mlist(c):
    proj = c.pick(['OpenMesh', 'libquark', 'Postgres Users Berlin', 'KiCad-EU', 'Rustacean Meetup', 'GeoSpatial SIG'])
    sp = c.person()
    s = dict(proj=proj, link=c.pick(['https://hackmd.io/%s' % c.rng.alnum(22), 'https://pad.%s.org/p/%s' % (slug(proj), c.rng.alnum(8)), 'https://wiki.%s.org/Meetings' % slug(proj)]),
             talk=c.pick(['Graph neural networks for traffic', 'Langlands in low rank', 'Soil carbon models', 'Typing the untyped']), sp=sp['name'])
    summ, desc = c.t(ML_T, s)
    p = c.person()
    org = c.org(['free', 'corp'], name=p['name'], person=p, domain=slug(proj) + '.org')
    st, en = c.when(days=(3, 20), hours=(14, 19), dur=(60, 90))
    e = c.ev(summ, desc, c.pick(['https://meet.jit.si/%s' % slug(proj), 'Room 0.12', 'Online']), (st, en))
    if c.chance(0.4):
        e['rrule'] = 'FREQ=MONTHLY;BYDAY=1%s' % weekday_rrule(c.rng, st, c.ctx.sender_tz)
    lname = slug(proj).split('-')[0] + c.pick(['-dev', '-users', '', '-announce', '-seminar'])
    ldom = c.pick(['lists.' + slug(proj) + '.org', 'lists.' + (c.rcpt['org']['domain'] if c.rcpt['org'] else 'uni-example.edu')])
    e['attendees'] = [{'name': None, 'addr': '%s@%s' % (lname, ldom), 'role': 'NON-PARTICIPANT' if c.chance(0.3) else 'REQ-PARTICIPANT'}]
    return c.msg(org, [e], no_rcpt_att=True, list={'name': lname, 'domain': ldom}, inner_client=c.pick(['google', 'thunderbird', 'exchange', 'outlook', 'zimbra', 'custom']))


# =========================================================================== 11 replies / cancellations
RC_T = {
    'en': [('Project sync', 'See you there.'), ('1:1', ''), ('Budget review', 'Sorry, I\'m travelling – can we move it?'), ('Team lunch', 'Count me in!')],
    'es': [('Reunión de seguimiento', 'Allí estaré.')], 'it': [('Riunione di avanzamento', 'Ci sarò.')], 'ja': [('定例ミーティング', '参加します。')],
    'ar': [('اجتماع متابعة المشروع', 'سأحضر إن شاء الله.')], 'el': [('Συνάντηση προόδου', 'Θα είμαι εκεί.')], 'ko': [('주간 회의', '참석하겠습니다.')],
    'sv': [('Avstämningsmöte', 'Jag kommer.')],
}


@cat('reply-cancel', 12, 'es it ja ar el ko sv', 'google google exchange exchange outlook outlook icloud thunderbird yahoo zimbra sogo nextcloud',
     'METHOD:REPLY answers to meetings the recipient organised and CANCEL notices for meetings they attend')
def replycancel(c):
    summ, note = c.t(RC_T, {})
    co = c.rcpt['org'] or world.corp(c.rng, c.lang)
    p = c.person()
    st, en = c.when(days=(1, 12), hours=(9, 16), dur=(30, 60))
    if c.chance(0.6):
        ps = c.pick(['ACCEPTED', 'ACCEPTED', 'DECLINED', 'TENTATIVE'])
        org = c.org(['corp', 'free'], name=p['name'], person=p, domain=co['domain'])
        e = c.ev(summ, None, c.pick(['Room 3.01', None, 'Teams']), (st, en))
        if c.chance(0.3):
            e['rrule'] = 'FREQ=WEEKLY;BYDAY=%s' % weekday_rrule(c.rng, st, c.ctx.sender_tz)
        e['extra'] = [('COMMENT', [], note)] if note and c.chance(0.5) else []
        return c.msg(org, [e], method='REPLY', partstat=ps, text_body=note)
    org = c.org(['corp', 'free'], name=p['name'], person=p, domain=co['domain'])
    e = c.ev(summ, c.pick(['Cancelled – we\'ll cover this in the monthly instead.', 'Sorry, need to cancel.', '']), c.pick(['Room 3.01', None]), (st, en), seq=c.rng.randint(1, 3), status='CANCELLED')
    e['priority'] = 1 if c.client in ('exchange', 'outlook') and c.chance(0.5) else None
    return c.msg(org, [e], method='CANCEL')


# =========================================================================== 12 personal / family
PERS_T = {
    'en': [('{kid}\'s birthday party 🎈', 'We\'re celebrating {kid} turning {age}! Cake, games and a bouncy castle. Let us know if you can make it.\nAddress: {addr}'),
           ('BBQ at ours', 'Bring a drink, we\'ll sort the food. Kids welcome. Ring {phone} if you get lost.'),
           ('Dinner with the Millers', 'Table booked at {rest}, 7:30. See you there x'),
           ('Wedding rehearsal', 'Rehearsal at the venue, then dinner. Dress casual. Venue: {addr}')],
    'ru': [('День рождения {kid} 🎉', 'Приглашаем на праздник! {kid} исполняется {age}. Адрес: {addr}. Ждём вас!')],
    'he': [('יום הולדת ל{kid} 🎂', 'חוגגים ל{kid} {age}! עוגה, משחקים והרבה כיף. כתובת: {addr}')],
    'hi': [('{kid} का जन्मदिन 🎉', '{kid} {age} साल का हो रहा है! आप सभी सादर आमंत्रित हैं। पता: {addr}')],
    'th': [('งานวันเกิด{kid} 🎂', 'ขอเชิญร่วมงานวันเกิดครบ {age} ปีของ{kid} ที่ {addr}')],
    'tr': [('{kid}\'in doğum günü 🎈', '{kid} {age} yaşına giriyor! Pasta ve oyunlar bizden. Adres: {addr}')],
    'pt': [('Churrasco lá em casa', 'Traga sua bebida, a carne é por nossa conta. Endereço: {addr}. Qualquer coisa, liga {phone}.')],
    'zh-TW': [('{kid}的生日派對 🎉', '{kid}要滿{age}歲了！歡迎大家來玩。地址：{addr}')],
}


@cat('personal-family', 12, 'ru he hi th tr pt zh-TW', 'google google google icloud icloud icloud yahoo yahoo exchange thunderbird nextcloud custom',
     'personal invitations between friends and family from free mail')
def personal(c):
    host = c.person()
    kid = c.person()['first']
    s = dict(kid=kid, age=c.rng.randint(2, 12), addr=c.pick(['14 Elm Grove', 'ул. Садовая, 12', 'רחוב הרצל 5', 'Rua das Flores 33', 'Bağdat Cd. 120', 'ซอยสุขุมวิท 24', '中山路 8 號', 'Sector 15, Noida', '22 Rue des Lilas']),
             phone=c.phone(), rest=c.pick(['Luigi\'s', 'The Anchor', 'Golden Dragon']))
    summ, desc = c.t(PERS_T, s)
    org = c.org(['free'] if c.client != 'custom' else ['corp'], name=host['name'], person=host,
                domain=c.pick(['evite-mail.example', 'invites.punchbowl.example']) if c.client == 'custom' else None)
    st, en = c.when(days=(3, 30), hours=(11, 19), dur=(120, 240))
    e = c.ev(summ, desc, s['addr'], (st, en))
    fam = [{'name': None if c.chance(0.5) else p['name'], 'addr': world.local_part(c.rng, p) + '@' + c.pick(i18n.FREEMAIL[c.lang])} for p in [c.person() for _ in range(c.rng.randint(1, 10))]]
    e['attendees'] = fam
    return c.msg(org, [e], brand_name='Evite', brand_slug='evite')


# =========================================================================== 13 support callbacks
SUP_T = {
    'en': [('Callback: case {case}', 'As requested, one of our engineers will call you on {phone_c} regarding case {case} ({issue}).\nIf the time doesn\'t suit, reply to this e-mail or call us on {phone}.'),
           ('Technician visit – order {case}', 'Your technician appointment for {issue} is confirmed. The technician will call 30 minutes before arrival. Support: {phone}'),
           ('Your advisor appointment', 'Thank you for booking a call with your personal advisor about {issue}. We will call you on the number you provided ({phone_c}). Reference {case}.')],
    'de': [('Rückruf zu Ihrem Anliegen {case}', 'Wie gewünscht ruft Sie unser Support unter {phone_c} zu Vorgang {case} ({issue}) an.\nPasst der Termin nicht? Antworten Sie auf diese E-Mail oder rufen Sie uns an: {phone}')],
    'ar': [('موعد اتصال من خدمة العملاء – {case}', 'بناءً على طلبكم، سيتصل بكم أحد موظفينا على الرقم {phone_c} بخصوص الطلب {case}. للتعديل: {phone}')],
    'cs': [('Zpětné volání – požadavek {case}', 'Dle vašeho požadavku vám zavoláme na číslo {phone_c} ohledně požadavku {case}. Změna termínu: {phone}')],
    'hi': [('कॉलबैक: अनुरोध {case}', 'आपके अनुरोध के अनुसार हमारे इंजीनियर आपको {phone_c} पर कॉल करेंगे। संदर्भ: {case}। सहायता: {phone}')],
    'fr': [('Rappel programmé – dossier {case}', 'Comme convenu, un conseiller vous rappellera au {phone_c} au sujet du dossier {case} ({issue}). Pour modifier : {phone}')],
}


@cat('support-callback', 10, 'de ar cs hi fr', 'booking yahoo exchange outlook custom zoom google zimbra custom exchange',
     'support callbacks and technician visits the customer really requested')
def support(c):
    vend = c.pick([('Fibernet', 'fibernet-isp.example'), ('Stackwise', 'stackwise.com'), ('Northgate Bank', 'northgate-bank.example'), ('Kesslers Haustechnik', 'kessler-haustechnik.de'),
                   ('Cloudvane', 'cloudvane.io')])
    s = dict(case=c.pick(['CS-', '#', 'SR', 'TKT-']) + c.rng.digits(7), phone_c=c.rcpt['p'] and c.phone(), phone=c.phone(),
             issue=c.pick(['router keeps disconnecting', 'licence transfer', 'mortgage renewal', 'boiler service', 'API rate limits']))
    summ, desc = c.t(SUP_T, s)
    agent = c.person()
    org = c.org(['corp'], name=c.pick([vend[0] + ' Support', agent['name'], vend[0]]), local=c.pick(['support', 'service', world.local_part(c.rng, agent)]), domain=vend[1])
    e = c.ev(summ, desc, c.pick(['Phone call', s['phone_c'], None]), c.when(days=(0, 5), hours=(9, 17), dur=(15, 30)))
    if c.client == 'zoom':
        e['meeting'] = 'zoom'
    return c.msg(org, [e], brand_name=vend[0], brand_slug=slug(vend[0]), subject=None if c.client not in ('booking', 'custom') else summ, text_body=desc)


# =========================================================================== 14 work meetings
WORK_T = {
    'en': [('Weekly project sync', 'Agenda:\n1. Status per workstream\n2. Risks\n3. AOB'), ('Sprint planning', 'Please groom your tickets beforehand.'),
           ('1:1 {a} / {b}', ''), ('Kick-off: {proj}', 'Welcome to the project! Short intro round, scope, timeline.'), ('Design review', 'We\'ll review the latest mock-ups.')],
    'it': [('Riunione settimanale di progetto', 'Ordine del giorno:\n1. Stato avanzamento\n2. Rischi\n3. Varie')],
    'nl': [('Wekelijkse projectoverleg', 'Agenda:\n1. Status\n2. Risico\'s\n3. Rondvraag')],
    'sv': [('Veckomöte projekt', 'Agenda:\n1. Status\n2. Risker\n3. Övrigt')],
    'th': [('ประชุมติดตามงานประจำสัปดาห์', 'วาระการประชุม:\n1. ความคืบหน้า\n2. ความเสี่ยง\n3. เรื่องอื่น ๆ')],
    'ko': [('주간 프로젝트 회의', '안건:\n1. 진행 현황\n2. 리스크\n3. 기타')],
    'el': [('Εβδομαδιαία σύσκεψη έργου', 'Ατζέντα:\n1. Πρόοδος\n2. Κίνδυνοι\n3. Διάφορα')],
}


@cat('work-meeting', 12, 'it nl sv th ko el', 'exchange exchange exchange google google zoom outlook thunderbird zimbra sogo nextcloud icloud',
     'ordinary internal and external meetings with Teams, Zoom or Meet links')
def work(c):
    co = c.rcpt['org'] or world.corp(c.rng, c.lang)
    me = c.person()
    s = dict(a=me['first'], b=c.rfirst(), proj=c.pick(['Atlas', 'Phoenix', 'Harbor', 'Nova']))
    summ, desc = c.t(WORK_T, s)
    ext = c.chance(0.3)
    org = c.org(['corp'], name=me['name'], person=me, domain=co['domain'] if not ext else world.corp(c.rng, c.lang)['domain'])
    st, en = c.when(days=(1, 10), hours=(8, 17), dur=(30, 60))
    e = c.ev(summ, desc, c.pick(['Room ' + c.pick(['Atlas', 'Orion', '2.14', 'Fjord']), None]), (st, en))
    e['meeting'] = {'exchange': 'teams', 'google': 'meet', 'zoom': 'zoom', 'outlook': c.pick(['teams', 'webex', None])}.get(c.client, c.pick([None, 'zoom', 'webex']))
    if c.chance(0.4):
        e['rrule'] = 'FREQ=WEEKLY;BYDAY=%s' % weekday_rrule(c.rng, st, c.ctx.sender_tz) + c.pick(['', ';COUNT=10', ';UNTIL=%s' % (st + dt.timedelta(days=120)).strftime('%Y%m%dT%H%M%SZ')])
    cols = [{'name': p['name'], 'addr': world.local_part(c.rng, p) + '@' + co['domain']} for p in [c.person() for _ in range(c.rng.randint(0, 7))]]
    e['attendees'] = cols
    return c.msg(org, [e])
