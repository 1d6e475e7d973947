# -*- coding: utf-8 -*-
"""Legitimate calendar mail categories (CC0 1.0). Every text here was written for this corpus."""
import datetime as dt
import string

import lang as LG
from core import P
from mk import (bag, fill, kind_for, sender, event, att, message, custom_quirks, random_people, hide, conf, rcpt_first,
                future_local, uid)
from util import alnum, hexs, uid4, to_local


def T(c, EN, FX, **kw):
    if c.lang == 'en' or c.lang not in FX:
        t = bag(c, EN)
    else:
        t = tuple(x.replace(' – ', ' - ') if isinstance(x, str) else x for x in FX['zh_tw' if c.tw and 'zh_tw' in FX else c.lang])
    return tuple(fill(x, **kw) if isinstance(x, str) else x for x in t)


def colleagues(c, n, dom=None, lang=None):
    dom = dom or c.rcpt.domain
    out, seen = [], {c.rcpt.email, c.rcpt.name}
    tries = 0
    while len(out) < n and tries < 80:
        tries += 1
        p = c.person(dom, c.pick([lang or c.lang, lang or c.lang, 'en']))
        if p.email not in seen and p.name not in seen:
            seen.add(p.email)
            seen.add(p.name)
            out.append(p)
    return out


def ham_finish(c, m):
    if c.client == 'custom':
        custom_quirks(c, m)
    return m


# ==================================================================== travel-booking
AIRLINES = [('Nordhavn Air', 'nordhavnair.example', 'NH'), ('Skyline Pacific', 'skylinepacific.example', 'SP'),
            ('Kestrel Airways', 'kestrelairways.example', 'KW'), ('AeroLusa', 'aerolusa.example', 'AL'),
            ('Iberis Air', 'iberisair.example', 'IB'), ('Air Lumière', 'airlumiere.example', 'LU'),
            ('Sakura Skyways', 'sakuraskyways.example', 'SK'), ('Han River Air', 'hanriverair.example', 'HR'),
            ('Jade Crane Airlines', 'jadecrane.example', 'JC')]
AIRPORTS = ['JFK', 'LHR', 'FRA', 'CDG', 'AMS', 'MAD', 'FCO', 'HND', 'ICN', 'PVG', 'SIN', 'DXB', 'ORD', 'SFO', 'YYZ', 'LIS',
            'ATH', 'IST', 'BKK', 'DEL', 'WAW', 'TLV', 'GRU', 'SYD', 'BOS', 'SEA', 'MUC', 'ZRH', 'CPH', 'DUB']
STATIONS = {'de': [('Köln Hbf', 'München Hbf'), ('Hamburg Hbf', 'Berlin Hbf'), ('Frankfurt (Main) Hbf', 'Stuttgart Hbf')],
            'es': [('Madrid Puerta de Atocha', 'Sevilla Santa Justa'), ('Barcelona Sants', 'Madrid Chamartín')],
            'en': [('London Kings Cross', 'Edinburgh Waverley'), ('New York Penn Station', 'Washington Union Station'),
                   ('Manchester Piccadilly', 'London Euston')]}
TRAVEL_EN = [
    ('flight', "Flight {flight} {frm} → {to}", "Booking reference: {pnr}\nPassenger: {pax}\nSeat: {seat}  Cabin: Economy\nBaggage: 1 x 23 kg\nTotal paid: {amount}\nOnline check-in opens 24 hours before departure: {url}\nQuestions? Call us 24/7 at {phone}."),
    ('flight', "Your trip to {city}: {flight}", "Confirmation {pnr}. Departure terminal {term}. Please be at the gate 30 minutes before departure.\nManage your booking: {url}"),
    ('rail', "Train {train}: {frm} to {to}", "Booking reference {pnr}\nCoach {wagon}, seat {seat}\nYour e-ticket is attached to your confirmation email and available in the app.\nFare paid: {amount}\nChanges: {url}"),
    ('car', "Car rental pick-up – {city} airport", "Reservation {pnr}\nVehicle: Compact (VW Golf or similar)\nPick-up desk in arrivals hall. Please bring your driving licence and the credit card used for booking.\nEstimated total: {amount}\nHelpline: {phone}"),
    ('multi', "Itinerary {pnr}: {city}", "Your itinerary from {agency}. Outbound and return flights are included in this calendar file. Ticket number {ticket}."),
    ('ferry', "Ferry crossing – booking {pnr}", "Check-in closes 45 minutes before departure. Vehicle: car up to 5 m. Passengers: 2 adults.\nAmount paid: {amount}\nPhone: {phone}"),
]
TRAVEL_FX = {
    'zh_tw': ('flight', "航班 {flight} {frm} → {to}", "訂位代號：{pnr}\n座位：{seat}\n請於起飛前45分鐘抵達登機門。\n改票或退票：{url}\n客服電話：{phone}"),
    'de': ('rail', "Ihre Reise: ICE {train} {frm} → {to}", "Buchungsnummer: {pnr}\nWagen {wagon}, Platz {seat}\nFahrkarte und Reservierung finden Sie in der App.\nPreis: {amount}\nÄnderungen: {url}\nServicenummer: {phone}"),
    'fr': ('flight', "Vol {flight} {frm} → {to}", "Référence de réservation : {pnr}\nSiège : {seat}\nEnregistrement en ligne ouvert 30 h avant le départ : {url}\nBagage en soute : 1 x 23 kg\nMontant payé : {amount}"),
    'ja': ('flight', "フライト {flight} {frm} → {to}", "予約番号：{pnr}\n座席：{seat}\nオンラインチェックインは出発24時間前から可能です：{url}\nお問い合わせ：{phone}"),
    'zh': ('flight', "航班 {flight} {frm} → {to}", "订单号：{pnr}\n座位：{seat}\n请于起飞前45分钟到达登机口。\n改签或退票：{url}\n客服电话：{phone}"),
    'es': ('rail', "Tu viaje en tren: {frm} → {to}", "Localizador: {pnr}\nCoche {wagon}, plaza {seat}\nImporte: {amount}\nGestiona tu billete: {url}"),
    'ko': ('flight', "항공편 {flight} {frm} → {to}", "예약번호: {pnr}\n좌석: {seat}\n출발 24시간 전부터 모바일 체크인이 가능합니다: {url}\n고객센터: {phone}"),
}


def travel(c):
    air = c.pick(AIRLINES)
    if c.lang == 'ja':
        air = AIRLINES[6]
    if c.lang == 'ko':
        air = AIRLINES[7]
    if c.lang == 'zh':
        air = AIRLINES[8]
    a1, a2 = c.rng.sample(AIRPORTS, 2)
    st_pair = c.pick(STATIONS.get(c.lang, STATIONS['en']))
    pnr = c.code(6)
    typ, s, d = T(c, TRAVEL_EN, TRAVEL_FX)
    rail = typ == 'rail'
    opdom = air[1] if not rail else c.pick(['railnord.example', 'eurolink-rail.example', 'trenia.example'])
    vals = dict(flight='%s %d' % (air[2], c.rint(10, 1999)), frm=st_pair[0] if rail else a1, to=st_pair[1] if rail else a2, pnr=pnr,
                pax=c.rcpt.name.upper() if c.rcpt.name else c.rcpt.local.upper(), seat='%d%s' % (c.rint(3, 42), c.pick('ABCDEF')),
                amount=c.amount(60, 1400), url='https://www.%s/manage?pnr=%s&ln=%s' % (opdom, pnr, (c.rcpt.name or 'x').split()[-1].lower()),
                phone=c.phone(), city=c.pick(['Lisbon', 'Chicago', 'Tokyo', 'Berlin', 'Seoul', 'Toronto', 'Athens']),
                term=c.pick(['1', '2', '3', 'B', 'C', '5']), train=c.rint(100, 999), wagon=c.rint(1, 14),
                agency=c.pick(['TripNest Business Travel', 'Voyago Travel Management', 'your travel agency']), ticket=c.digits(13))
    s, d = fill(s, **vals), fill(d, **vals)
    typ2 = typ
    kind = kind_for(c, ['service', 'org'])
    if c.client == 'outlook' or typ == 'multi':
        agency_dom = c.pick(['tripnest.example', 'voyago-tm.example'])
        frm, orgp = sender(c, kind, who=(vals['agency'] if 'your' not in vals['agency'] else 'Travel Desk', 'itinerary'), domain=agency_dom)
    else:
        frm, orgp = sender(c, kind, who=(air[0] if not rail else opdom.split('.')[0].capitalize(), c.pick(['noreply', 'booking', 'confirmation', 'no-reply'])),
                           domain=opdom if c.client == 'custom' else ('mail.' + opdom if c.chance(0.5) else opdom))
    st, en, tz = c.when(3, 60, h0=6, h1=21, dur=(75, 135, 210, 480, 720))
    ev = event(c, s, d, st, en, tz, location=('%s' % vals['frm']) if typ != 'car' else vals['city'] + ' Airport',
               organizer=orgp, attendees=[att(c.rcpt, role='REQ-PARTICIPANT', partstat='ACCEPTED', rsvp=False)] if c.chance(0.4) else [],
               transp='TRANSPARENT' if c.chance(0.3) else None, categories=['Travel'] if c.chance(0.3) else None,
               klass=c.pick([None, 'PUBLIC', 'PRIVATE']))
    if typ == 'multi':
        back = dict(ev)
        back['uid'] = uid(c, opdom)
        bs = st + dt.timedelta(days=c.rint(3, 12))
        back.update(start=bs, end=bs + (en - st), summary='%s %d %s → %s' % (air[2], c.rint(10, 1999), a2, a1), location=a2,
                    alarms=[], attach=[], extra=[])
        ev['more'] = [back]
        ev['summary'] = '%s %d %s → %s' % (air[2], c.rint(10, 1999), a1, a2)
        subj_override = s
    ev['alarms'] = [dict(trigger=c.pick(['-PT3H', '-PT2H', '-P1D']), desc=s)] if c.chance(0.6) else []
    method = c.pick(['PUBLISH', 'PUBLISH', 'REQUEST'])
    m = message(c, frm, ev, method, no_alarm=True)
    if typ == 'multi':
        m['subject'] = s
    if c.client == 'custom':
        m['custom'] = dict(filename=c.pick(['%s.ics' % pnr, 'flight.ics', 'itinerary.ics', 'calendar.ics', 'ticket.ics']))
    if method == 'PUBLISH' and c.chance(0.3):
        m['ct_method'] = None
    m['desc_line'] = '%s booking confirmation %s (%s)' % ({'flight': 'airline', 'rail': 'rail', 'car': 'car rental', 'multi': 'travel agency',
                                                          'ferry': 'ferry'}[typ], pnr, c.lang)
    return ham_finish(c, m)


# ==================================================================== hotel-restaurant
HOTELS = ['Hotel Marisol', 'The Alder House', 'Grand Hotel Vittoria', 'Harbour Lights Inn', 'Hotel Zeytin Bahçe', 'Baan Suan Resort',
          'Pension Aigaio', 'Casa do Largo', 'Riverside Suites', 'Hotel am Stadtpark']
RESTAURANTS = ['Trattoria da Enzo', 'Osteria Lupa', 'Bistro Quai 9', 'Sakura Table', 'The Copper Pot', 'Taverna Thalassa',
               'Ruen Thai Kitchen', 'Churrascaria Brasa', 'Mavi Balık Lokantası', 'La Pergola Nuova']
HOTEL_EN = [
    ('hotel', "Reservation confirmed – {hotel}", "Confirmation number: {code}\nCheck-in from 3:00 PM, check-out by 11:00 AM\n{nights} nights, 1 room, 2 adults\nTotal: {amount} (pay at property)\nFree cancellation until {date}.\nFront desk: {phone}\nManage reservation: {url}"),
    ('table', "Table for {n} at {restaurant}", "Your reservation is confirmed.\nReservation ID {code}\nWe hold tables for 15 minutes. To modify or cancel, use {url} or call {phone}."),
    ('spa', "Spa appointment – {hotel}", "Treatment: 60-minute massage\nPlease arrive 15 minutes early. Cancellations within 24 hours are charged in full ({amount}).\nQuestions: {phone}"),
    ('table', "Dinner reservation: {restaurant}", "Hi {first}, we look forward to welcoming you. Party size: {n}. Special requests: window table.\nDeposit paid: {amount}\nBooking ref {code}"),
    ('hotel', "Your stay at {hotel} – booking {code}", "Thank you for booking directly with us and enjoy 10% off at our restaurant during your stay.\nArrival: after 14:00\nParking: {amount} per night\nReception: {phone}"),
]
HOTEL_FX = {
    'it': ('hotel', "Prenotazione confermata – {hotel}", "Numero di conferma: {code}\nArrivo: dalle 15:00 – Partenza: entro le 11:00\nTotale: {amount} (pagamento in struttura)\nCancellazione gratuita fino a 48 ore prima.\nTel. {phone}"),
    'th': ('table', "ยืนยันการจองโต๊ะ – {restaurant}", "จำนวน {n} ท่าน\nหมายเลขการจอง: {code}\nหากต้องการเปลี่ยนแปลงหรือยกเลิก กรุณาโทร {phone}"),
    'el': ('hotel', "Επιβεβαίωση κράτησης – {hotel}", "Αριθμός κράτησης: {code}\nΆφιξη από 14:00, αναχώρηση έως 12:00.\nΣύνολο: {amount}\nΓια αλλαγές: {url} ή {phone}"),
    'pt': ('table', "Reserva confirmada: mesa para {n} no {restaurant}", "Código da reserva: {code}\nTolerância de 15 minutos. Para cancelar, acesse {url} ou ligue {phone}."),
    'tr': ('hotel', "Rezervasyon onayı – {hotel}", "Rezervasyon numarası: {code}\nGiriş: 14:00, çıkış: 12:00\nToplam tutar: {amount}\nÜcretsiz iptal: girişten 3 gün öncesine kadar.\nTel: {phone}"),
}


def hotel(c):
    h = c.pick(HOTELS)
    r = c.pick(RESTAURANTS)
    typ, s, d = T(c, HOTEL_EN, HOTEL_FX)
    slug = (h if typ != 'table' else r).lower().replace(' ', '').replace('ç', 'c').replace('ı', 'i').replace('à', 'a')[:16]
    platform = c.pick(['tabletime.example', 'bookabed.example', slug + '.example'])
    code = c.code(c.pick([6, 8, 10]), string.digits + string.ascii_uppercase)
    nights = c.rint(1, 6)
    vals = dict(hotel=h, restaurant=r, code=code, nights=nights, amount=c.amount(40, 1200), phone=c.phone(), n=c.rint(2, 8),
                first=rcpt_first(c), url='https://%s/r/%s' % (platform, alnum(c.rng, 10)), date=future_local(c, 5).strftime('%d %b %Y'))
    s, d = fill(s, **vals), fill(d, **vals)
    kind = kind_for(c, ['service', 'org'])
    frm, orgp = sender(c, kind, who=(h if typ != 'table' else (r if 'tabletime' not in platform else 'TableTime'), c.pick(['reservations', 'noreply', 'booking', 'info'])),
                       domain=platform if 'tabletime' in platform or c.client == 'custom' else slug + '.example')
    if typ == 'hotel':
        st, en, tz = c.when(5, 90, allday=True, dur=nights)
    else:
        st, en, tz = c.when(1, 30, h0=12 if typ == 'spa' else 18, h1=20, dur=(60, 90, 120))
    ev = event(c, s, d, st, en, tz, location=c.pick(['%s, %s' % (h if typ != 'table' else r, c.pick(['Via Garibaldi 12', '221 Harbour St', 'Rua das Flores 48', 'Sukhumvit Soi 11', 'Bağdat Cd. 212', 'Odos Ermou 30']))]),
               organizer=orgp, attendees=[att(c.rcpt, partstat='ACCEPTED', rsvp=False)] if c.chance(0.5) else [],
               allday=typ == 'hotel', transp='TRANSPARENT' if typ == 'hotel' else None)
    ev['alarms'] = [dict(trigger='-P1D')] if c.chance(0.4) else []
    m = message(c, frm, ev, c.pick(['PUBLISH', 'REQUEST', 'PUBLISH']), no_alarm=True)
    m['desc_line'] = '%s confirmation %s (%s)' % ({'hotel': 'hotel', 'table': 'restaurant', 'spa': 'spa'}[typ], code, c.lang)
    return ham_finish(c, m)


# ==================================================================== medical-appointment
PRACTICES = {'en': ['Ashgrove Dental Group', 'Riverside Family Medicine', 'Northgate Eye Clinic', 'Maple Street Pediatrics'],
             'nl': ['Huisartsenpraktijk De Linde', 'Tandartspraktijk Veendijk'], 'pl': ['Przychodnia Zdrowie Plus', 'Gabinet Stomatologiczny Uśmiech'],
             'he': ['מרפאת שיניים גבעתיים', 'מכון הלב רמת השרון'], 'de': ['Praxis Dr. Lorenz', 'Zahnarztpraxis am Markt'],
             'ar': ['عيادات الشفاء التخصصية', 'مركز الرعاية الطبية']}
DOCTORS = {'en': ['Dr. Patel', 'Dr. Nguyen', 'Dr. O’Brien', 'Dr. Alvarez'], 'nl': ['dr. Jansen', 'dr. Visser'], 'pl': ['lek. Anna Kowalska', 'dr n. med. Marek Lis'],
           'he': ['ד"ר כהן', 'ד"ר אבוטבול'], 'de': ['Dr. med. Lorenz', 'Dr. Hahn'], 'ar': ['د. سامي العلي', 'د. هدى منصور']}
MED_EN = [
    ("Appointment with {doctor}", "Your appointment at {practice} is confirmed.\nPlease arrive 10 minutes early and bring your insurance card and photo ID.\nTo cancel or reschedule, call {phone} at least 24 hours in advance or use the patient portal: {url}"),
    ("Dental cleaning – {practice}", "Reminder of your hygiene appointment. If you need to change it, reply C to the text message or call {phone}.\nCopay due at visit: {amount}"),
    ("Lab work (fasting) – {practice}", "Please do not eat for 8–10 hours before your blood test. Water is fine.\nCheck in at the front desk on the 2nd floor.\nQuestions: {phone}"),
    ("Telehealth visit with {doctor}", "Join your video visit 5 minutes early: {url}\nHave your medication list ready. If the video fails we will call you at the number on file."),
    ("Physical therapy – session {n} of 8", "Wear comfortable clothing. Reschedule: {phone}\nBalance due: {amount}"),
]
MED_FX = {
    'nl': ("Afspraak bij {doctor}", "U heeft een afspraak bij {practice}.\nKomt u 10 minuten van tevoren en neem uw verzekeringspas en legitimatie mee.\nVerhinderd? Meld u minimaal 24 uur vooraf af via {phone} of {url}."),
    'pl': ("Wizyta: {doctor} – {practice}", "Potwierdzamy wizytę. Prosimy o przybycie 10 minut wcześniej z dowodem osobistym.\nOdwołanie wizyty: {phone} lub {url}"),
    'he': ("תזכורת לתור: {doctor}", "נקבע לך תור ב{practice}.\nנא להגיע 10 דקות לפני המועד עם תעודה מזהה.\nלביטול או שינוי: {phone}"),
    'de': ("Termin: {doctor}, {practice}", "Ihr Termin wurde gebucht.\nBitte bringen Sie Ihre Versichertenkarte mit.\nAbsagen bitte spätestens 24 Stunden vorher unter {phone} oder online: {url}"),
    'ar': ("تأكيد موعد – {practice}", "تم حجز موعدك مع {doctor}.\nيرجى الحضور قبل الموعد بعشر دقائق وإحضار بطاقة التأمين.\nللإلغاء أو التعديل اتصل على {phone}"),
}


def medical(c):
    lg = c.lang if c.lang in PRACTICES else 'en'
    practice = c.pick(PRACTICES[lg])
    doctor = c.pick(DOCTORS[lg])
    portal = c.pick(['mypatientportal.example', 'termin-online.example', 'clinicbook.example'])
    s, d = T(c, MED_EN, MED_FX, doctor=doctor, practice=practice, phone=c.phone(), amount=c.amount(15, 60),
             url='https://%s/p/%s' % (portal, alnum(c.rng, 12)), n=c.rint(2, 7))
    pd = LG.ORGS.get(lg, LG.ORGS['en'])
    pdom = c.pick(['ashgrove-dental.example', 'riverside-fm.example', 'praxis-lorenz.example', 'delinde-huisarts.example',
                   'zdrowieplus.example', 'alshifa-clinics.example'])
    kind = kind_for(c, ['service', 'org'])
    frm, orgp = sender(c, kind, who=(practice, c.pick(['noreply', 'appointments', 'reception', 'termine'])),
                       domain=portal if c.client == 'custom' and c.chance(0.5) else pdom)
    st, en, tz = c.when(2, 40, h0=8, h1=17, dur=(15, 20, 30, 45), mins=(0, 15, 30, 45))
    ev = event(c, s, d, st, en, tz, location=practice + c.pick([', Suite 210', ', 2. OG', '', ', Room 4']), organizer=orgp,
               attendees=[att(c.rcpt, partstat=c.pick(['ACCEPTED', 'NEEDS-ACTION']), rsvp=False)] if c.chance(0.6) else [])
    ev['alarms'] = [dict(trigger=c.pick(['-P1D', '-PT2H', '-PT1H']))] if c.chance(0.7) else []
    m = message(c, frm, ev, c.pick(['PUBLISH', 'REQUEST']), no_alarm=True)
    m['desc_line'] = 'medical appointment confirmation (%s)' % c.lang
    return ham_finish(c, m)


# ==================================================================== vendor-webinar
VENDORS = [('Quillfeather Software', 'quillfeather.example'), ('Copperline Media', 'copperline.example'),
           ('Stratovia Cloud', 'stratovia.example'), ('Ledgerly', 'ledgerly.example'), ('Datacrest Analytics', 'datacrest.example'),
           ('Portwise Security', 'portwise.example')]
WEB_EN = [
    ("Free webinar: Cutting Kubernetes costs by 40%", "Thanks for registering! Join us live for a practical session with our solutions architects.\n\nJoin: {join}\n\nAll attendees receive an exclusive offer: 3 months free on the Team plan. Recording will be shared afterwards."),
    ("[Webinar] {year} State of Email Security – live Q&A", "You're registered. Add this to your calendar and join here: {join}\nCan't make it? Register anyway and we'll send the recording.\nTo unsubscribe from event reminders, click here: {unsub}"),
    ("Customer Summit {year} – Virtual Day 1", "Welcome! Keynote starts at the top of the hour. Your personal join link: {join}\nSpecial offer for attendees: 25% off certification vouchers this week only."),
    ("Product training: Getting started with {product}", "Session for new customers. Bring your questions. {join}\nMaterials: {docs}"),
    ("Partner briefing: Q{q} roadmap", "Confidential partner briefing. Please do not forward.\n{join}\nDial-in: {phone}, conference ID {cid}"),
    ("Roundtable: AI in finance teams (limited seats)", "Seats are limited to 40 participants. This session is free of charge and not recorded.\n{join}"),
]
WEB_FX = {
    'ja': ("【ウェビナー】クラウドコスト最適化の実践 – 参加登録完了", "ご登録ありがとうございます。当日は以下のリンクからご参加ください。\n{join}\n参加費無料。ご参加の皆様に特別割引クーポンをご案内します。"),
    'ko': ("[웨비나] 데이터 보안 트렌드 {year} – 등록 확인", "등록해 주셔서 감사합니다. 아래 링크로 입장하실 수 있습니다.\n{join}\n무료 웨비나이며 참석자 전원에게 발표 자료를 제공합니다."),
    'pt': ("Webinar gratuito: Automação de marketing para PMEs", "Obrigado por se inscrever! Link de acesso: {join}\nParticipantes ao vivo recebem 30% de desconto no plano anual."),
    'de': ("Einladung: Kostenloses Webinar – ERP-Migration in 90 Tagen", "Vielen Dank für Ihre Anmeldung.\nTeilnahme-Link: {join}\nExklusiv für Teilnehmende: Sonderkonditionen bis Monatsende."),
    'hi': ("वेबिनार: छोटे व्यवसायों के लिए GST अनुपालन", "पंजीकरण के लिए धन्यवाद। नीचे दिए गए लिंक से जुड़ें:\n{join}\nयह वेबिनार निःशुल्क है।"),
    'ru': ("Вебинар: «Импортозамещение ИТ-инфраструктуры» — подтверждение регистрации", "Спасибо за регистрацию! Ссылка для подключения: {join}\nУчастие бесплатное, запись будет доступна всем зарегистрированным."),
}


def webinar(c):
    vname, vdom = c.pick(VENDORS)
    ck = {'zoom': 'zoom', 'outlook': 'teams', 'google': 'meet'}.get(c.client, c.pick(['zoom', 'teams', 'webex']))
    join, kind_c = conf(c, ck)
    s, d = T(c, WEB_EN, WEB_FX, join=join, year=c.year, unsub='https://events.%s/unsubscribe?u=%s' % (vdom, alnum(c.rng, 16)),
             product=c.pick(['Ledger Sync', 'Portwise Gateway', 'Datacrest Studio']), docs='https://docs.%s/onboarding' % vdom,
             q=c.rint(1, 4), phone=c.phone(), cid=c.digits(9))
    kind = kind_for(c, ['org', 'service'])
    host = c.name()
    frm, orgp = sender(c, kind, who=c.pick([(vname + ' Events', 'events'), host, (vname, 'webinars')]), domain=vdom)
    st, en, tz = c.when(3, 30, h0=9, h1=17, dur=(45, 60, 90), tz=c.pick([c.tz, 'America/New_York', 'Europe/London']) if c.lang == 'en' else c.tz)
    big = c.chance(0.6)
    ppl = random_people(c, c.rint(150, 600) if big else c.rint(0, 3),
                        domains=['example.com', 'example.org', 'example.net', 'kestrelmech.example', 'harborview-analytics.example',
                                 'gmail.com', 'outlook.com', 'northmere-logistics.example', 'sw-auenfeld.example', c.rcpt.domain])
    at = [att(p, role=c.pick(['REQ-PARTICIPANT', 'OPT-PARTICIPANT']), rsvp=False) for p in ppl]
    at.insert(c.rint(0, len(at)), att(c.rcpt, rsvp=c.chance(0.5)))
    ev = event(c, s, d, st, en, tz, location=join if c.chance(0.6) else c.pick(['Online', 'Microsoft Teams Meeting', 'Zoom']),
               organizer=orgp, attendees=at, conference=join, conf_kind=kind_c)
    m = message(c, frm, ev, c.pick(['REQUEST', 'REQUEST', 'PUBLISH']))
    if c.client == 'zoom':
        m['method'] = 'PUBLISH'
        m['reply_to'] = orgp
    m['desc_line'] = 'vendor webinar with %d attendees and offer wording (%s)' % (len(at), c.lang)
    return ham_finish(c, m)


# ==================================================================== community-series
COMM_EN = [
    ("Choir rehearsal", "Weekly rehearsal in the parish hall. Please bring the new scores. Coffee afterwards!", 'FREQ=WEEKLY;BYDAY=TH', 'St. Anne\'s parish hall'),
    ("U10 soccer practice", "Practice at Field 3. Bring water and shin guards. If it rains we'll message the group by 4pm.", 'FREQ=WEEKLY;BYDAY=TU,TH', 'Riverside Park Field 3'),
    ("Book club", "First Wednesday of every month. This month's pick is on the group chat. Free to join, bring a friend.", 'FREQ=MONTHLY;BYDAY=1WE', 'Library community room'),
    ("PTA monthly meeting", "Agenda: fundraiser update, spring fair volunteers, free uniform swap. All parents welcome.", 'FREQ=MONTHLY;BYDAY=2MO', 'School cafeteria'),
    ("Saturday morning run club", "Easy 5k loop, all paces welcome. Meet at the bandstand.", 'FREQ=WEEKLY;BYDAY=SA', 'Bandstand, Victoria Park'),
    ("Bible study group", "We continue with the Gospel of John. Snacks provided. Zoom link for those who can't come in person: {zoom}", 'FREQ=WEEKLY;BYDAY=WE', 'Fellowship room'),
    ("Scouts – weekly meeting", "Uniform please. Subs are $5 per month, cash or Venmo @{venmo}.", 'FREQ=WEEKLY;BYDAY=FR', 'Scout hut'),
]
COMM_FX = {
    'es': ("Ensayo del coro – todos los jueves", "Ensayo semanal en la parroquia. Traed las partituras nuevas. ¡Os esperamos!", 'FREQ=WEEKLY;BYDAY=TH', 'Parroquia San José'),
    'it': ("Allenamento pulcini – martedì e giovedì", "Campo comunale, ingresso da via Roma. Portare borraccia e parastinchi. Per assenze scrivete nel gruppo.", 'FREQ=WEEKLY;BYDAY=TU,TH', 'Campo comunale'),
    'pl': ("Spotkanie klubu książki", "Co miesiąc w pierwszą środę. W tym miesiącu rozmawiamy o nowej powieści. Kawa i ciasto jak zwykle!", 'FREQ=MONTHLY;BYDAY=1WE', 'Biblioteka miejska'),
    'el': ("Πρόβα χορωδίας – κάθε Τετάρτη", "Στην αίθουσα της ενορίας. Φέρτε τις παρτιτούρες. Καλή διάθεση!", 'FREQ=WEEKLY;BYDAY=WE', 'Αίθουσα ενορίας Αγίου Νικολάου'),
    'ar': ("حلقة تحفيظ القرآن الأسبوعية", "تقام الحلقة كل يوم سبت بعد صلاة العصر في قاعة المسجد. الدعوة عامة للأبناء من سن 8 سنوات.", 'FREQ=WEEKLY;BYDAY=SA', 'قاعة المسجد'),
}


def community(c):
    s, d, rr, loc = T(c, COMM_EN, COMM_FX, zoom=conf(c, 'zoom')[0], venmo='troop' + c.digits(3))
    kind = kind_for(c, ['free', 'free', 'org'])
    frm, orgp = sender(c, kind, who=c.name(), domain=c.pick(['stanne-parish.example', 'riverside-youthfc.example', 'pinecrest-pta.example'])
                       if kind == 'org' else None)
    st, en, tz = c.when(1, 10, h0=9 if 'SA' in rr else 17, h1=11 if 'SA' in rr else 19, dur=(60, 90, 120))
    members = random_people(c, c.rint(5, 45), domains=['gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'outlook.com',
                                                      c.freemail(), c.freemail(), c.rcpt.domain])
    at = [att(p) for p in members]
    at.insert(c.rint(0, len(at)), att(c.rcpt))
    ev = event(c, s, d, st, en, tz, location=loc, organizer=orgp, attendees=at, rrule=rr)
    if c.chance(0.25):
        ev['exdates'] = [st + dt.timedelta(days=7 * c.rint(3, 8))]
    m = message(c, frm, ev, 'REQUEST')
    m['desc_line'] = 'open-ended community series sent from %s (%s)' % (frm.domain, c.lang)
    if c.via_list:
        m['list'] = dict(name=c.pick(['parents', 'members', 'choir', 'club-announce']), domain=c.pick(['groups.example.org', 'lists.pinecrest-sd.example']),
                         title=c.pick(['Parents', 'Members', 'Choir', 'Club announcements']))
    return ham_finish(c, m)


# ==================================================================== it-notice
IT_EN = [
    ("Planned maintenance: email and calendar", "Dear colleagues,\nduring this window Exchange Online connectors will be reconfigured. Mail may be delayed by up to 30 minutes; nothing will be lost.\nChange ticket {ticket}. Questions: IT Service Desk, ext. {ext}."),
    ("Password expires in 7 days – change it on your device", "Your network password expires soon. Change it from a company laptop (Ctrl+Alt+Del > Change a password) or at {url} while on the VPN.\nIT will never ask for your password by email or phone."),
    ("MFA enrolment drop-in session", "We are switching to app-based multi-factor authentication. Bring your phone to this drop-in session, or follow the guide on the intranet: {url}"),
    ("VPN gateway upgrade", "The VPN will be unavailable during the maintenance window. Please save your work and disconnect before it starts. Status page: {url}"),
    ("Server room power test", "Facilities will run the annual generator test. Short outages of internal services are possible. Ticket {ticket}."),
    ("Laptop refresh – your appointment", "Please bring your current laptop and charger to the IT office (Room {room}). Back up local files to OneDrive beforehand. Expected duration: 45 minutes."),
]
IT_FX = {
    'zh_tw': ("系統維護通知：VPN 閘道升級", "各位同仁：本次維護期間VPN將無法連線，請提前儲存工作。如有問題請聯絡IT服務台 {phone}。"),
    'ru': ("Плановые работы: обновление почтового сервера", "Уважаемые коллеги! В указанное время почта и календарь будут недоступны. Сохраните работу заранее. Вопросы: {phone}, заявка {ticket}."),
    'zh': ("系统维护通知：VPN 网关升级", "各位同事：本次维护期间VPN将无法连接，请提前保存工作。如有问题请联系IT服务台 {phone}。"),
    'tr': ("Planlı bakım: Dosya sunucusu", "Bakım süresince ortak klasörlere erişilemeyecektir. Lütfen dosyalarınızı önceden kaydedin. Destek: {phone}"),
    'nl': ("Herinnering: wachtwoord verloopt over 7 dagen", "Je wachtwoord voor het netwerk verloopt binnenkort. Wijzig het via Ctrl+Alt+Del op een werkplek of via het selfserviceportaal {url}. Wij vragen nooit om je wachtwoord per mail."),
    'fr': ("Maintenance planifiée – messagerie", "La messagerie sera indisponible pendant l'intervention. Merci d'enregistrer vos brouillons. Contact : service informatique, poste {ext}."),
}


def it_notice(c):
    dom = c.rcpt.domain
    s, d = T(c, IT_EN, IT_FX, ticket='CHG%07d' % c.rint(1000, 9999999), ext=c.digits(4), phone=c.phone(), room=c.pick(['B.104', '2.17', 'G-12']),
             url='https://%s.%s/%s' % (c.pick(['it', 'intranet', 'selfservice', 'status', 'portal']), dom, c.pick(['password', 'mfa', 'status', 'kb/1042'])))
    frm, orgp = sender(c, 'org', who=c.pick([('IT Service Desk', 'servicedesk'), ('IT Operations', 'it-ops'), c.name()]), domain=dom,
                       policy=c.pick(['reject', 'quarantine', 'none']))
    st, en, tz = c.when(2, 14, h0=18, h1=22, dur=(60, 120, 240))
    staff = colleagues(c, c.rint(0, 6))
    at = [att(c.rcpt, role='OPT-PARTICIPANT', rsvp=False)] + [att(p, role='OPT-PARTICIPANT', rsvp=False) for p in staff]
    if c.chance(0.4):
        at.append(att(P('All Staff', 'allstaff@' + dom), cutype='GROUP', rsvp=False))
    ev = event(c, s, d, st, en, tz, location=c.pick(['', 'All sites', 'Data centre', 'Online']), organizer=orgp, attendees=at,
               transp='TRANSPARENT')
    m = message(c, frm, ev, 'REQUEST')
    m['desc_line'] = 'internal IT notice: %s (%s)' % (s[:40], c.lang)
    return ham_finish(c, m)


# ==================================================================== document-share
DOCS_EN = [
    ("Review: {proj} budget draft", "Hi all,\nahead of the meeting please skim the draft: {url}\nComments directly in the doc are easiest.\nThanks,\n{sender}"),
    ("Design review – {proj}", "Agenda:\n1. Walk through the mockups ({url})\n2. Open questions\n3. Next steps\nThe file is shared with everyone on the invite."),
    ("Contract redlines with legal", "Latest version with tracked changes: {url}\nPlease read sections 4 and 9 before we meet."),
    ("Q{q} board pack prep", "Shared folder with the draft slides and appendix: {url}\nDeadline for edits is the day before."),
    ("Lessons learned – {proj}", "Retro document is here: {url}\nAdd your notes anonymously if you prefer."),
]
DOCS_FX = {
    'de': ("Abstimmung Budgetentwurf {year}", "Hallo zusammen,\nanbei der Entwurf zur Vorbereitung: {url}\nBitte Kommentare direkt im Dokument.\nViele Grüße\n{sender}"),
    'ja': ("資料レビュー：{proj} 提案書", "お疲れ様です。事前に以下の資料をご確認ください。\n{url}\nコメントは資料に直接お願いします。"),
    'he': ("סקירת מסמך אפיון – {proj}", "היי, מצרף קישור למסמך לקראת הפגישה: {url}\nאשמח להערות עד יום רביעי."),
    'hi': ("समीक्षा बैठक: {proj} रिपोर्ट", "नमस्ते, कृपया बैठक से पहले रिपोर्ट देख लें: {url}\nधन्यवाद, {sender}"),
    'ko': ("{proj} 기획안 검토 회의", "안녕하세요. 회의 전에 아래 문서를 확인 부탁드립니다.\n{url}\n의견은 문서에 댓글로 남겨 주세요."),
}


def doc_link(c, dom, name):
    cl = c.client
    t = dom.split('.')[0].replace('-', '')
    if cl == 'google':
        return 'https://docs.google.com/%s/d/%s/edit?usp=sharing' % (c.pick(['document', 'spreadsheets', 'presentation']),
                                                                     alnum(c.rng, 44, string.ascii_letters + string.digits + '-_'))
    if cl in ('outlook',):
        return 'https://%s.sharepoint.com/:w:/r/sites/%s/Shared%%20Documents/%s?d=w%s&csf=1&web=1' % (
            t, c.pick(['Finance', 'Projects', 'Legal', 'Team']), name.replace(' ', '%20'), hexs(c.rng, 32))
    if cl == 'nextcloud':
        return 'https://cloud.%s/s/%s' % (dom, alnum(c.rng, 15))
    return c.pick(['https://files.%s/share/%s' % (dom, alnum(c.rng, 12)), 'https://%s.sharepoint.com/:x:/g/%s' % (t, alnum(c.rng, 40)),
                   'https://cloud.%s/s/%s' % (dom, alnum(c.rng, 15))])


def doc_share(c):
    dom = c.rcpt.domain if c.chance(0.7) else c.org()[1]
    who = c.name()
    proj = c.pick(['Atlas', 'Harbour', 'Q3 launch', 'Nordlicht', 'Phoenix', 'Migration', 'Sakura'])
    fname = '%s %s.%s' % (proj, c.pick(['Budget', 'Plan', 'Review', 'Draft']), c.pick(['docx', 'xlsx', 'pptx']))
    url = doc_link(c, dom, fname)
    s, d = T(c, DOCS_EN, DOCS_FX, proj=proj, url=url, sender=who[0], q=c.rint(1, 4), year=c.year)
    frm, orgp = sender(c, 'org', who=who, domain=dom)
    st, en, tz = c.when(1, 14, h0=9, h1=16, dur=(30, 45, 60))
    staff = colleagues(c, c.rint(1, 8), dom if dom == c.rcpt.domain else None)
    at = [att(c.rcpt)] + [att(p) for p in staff]
    ck = {'outlook': 'teams', 'google': 'meet', 'zoom': 'zoom'}.get(c.client)
    cu, ckind = conf(c, ck) if ck else (None, None)
    ev = event(c, s, d, st, en, tz, location=c.pick(['', 'Room 3.12', 'Meeting room Oslo', 'Microsoft Teams Meeting' if ck == 'teams' else '']),
               organizer=orgp, attendees=at, conference=cu, conf_kind=ckind)
    if c.client == 'google' and c.chance(0.6):
        ev['attach'].append(dict(url=url, fmttype=c.pick(['application/vnd.google-apps.document', 'application/vnd.google-apps.spreadsheet']),
                                 filename=fname.rsplit('.', 1)[0]))
        ev['extra'].append('X-GOOGLE-DRIVE-ATTACHMENT:TRUE') if False else None
    elif c.chance(0.3):
        hide(c, m_stub(ev), url, fname, where=c.pick(['attach', 'url']), fname=fname)
    m = message(c, frm, ev, 'REQUEST')
    m['desc_line'] = 'colleague shares a document link with the meeting (%s)' % c.lang
    return ham_finish(c, m)


def m_stub(ev):
    return {'ev': ev}


# ==================================================================== finance-reminder
FIN_EN = [
    ("Reminder: month-end close – expense reports due", "Hi all, please submit expense reports and approve POs by {date}. Anything received later moves to next month's close.\nFinance Operations"),
    ("Important: we never change bank details by email", "Dear customer,\nwe are seeing an increase in invoice fraud. Our bank details have NOT changed. If you receive a message asking you to pay into a new account, do not pay – call your usual contact on {phone} to verify.\nAccounts Receivable, {org}"),
    ("Invoice {inv} due {date}", "Friendly reminder that invoice {inv} for {amount} is due on {date}. Please pay to the account shown on the invoice. If already paid, please ignore this reminder."),
    ("Payroll cut-off", "Timesheets and overtime must be approved by 12:00. Changes to bank details must be submitted in person or via the HR portal with MFA – never by email."),
    ("Quarterly VAT return – documents needed", "Please upload remaining purchase invoices to the shared folder by {date} so we can file on time.\n{org}"),
]
FIN_FX = {
    'fr': ("Rappel : clôture mensuelle et notes de frais", "Bonjour à tous, merci de saisir vos notes de frais avant le {date}. Les factures fournisseurs reçues après cette date seront traitées le mois suivant.\nLe service comptabilité"),
    'nl': ("Let op: wij wijzigen nooit bankgegevens per e-mail", "Beste relatie, wij zien een toename van fraudepogingen. Ontvangt u een verzoek om betalingen naar een nieuw rekeningnummer over te maken? Bel dan altijd eerst uw vaste contactpersoon op {phone}."),
    'ar': ("تذكير: موعد استحقاق الفاتورة رقم {inv}", "نود تذكيركم بأن الفاتورة رقم {inv} بمبلغ {amount} مستحقة بتاريخ {date}. يرجى التحويل إلى الحساب المعتاد المذكور في العقد. شكرًا لتعاونكم."),
    'pl': ("Przypomnienie: termin płatności VAT", "Przypominamy o terminie złożenia deklaracji i zapłaty VAT do {date}. Prosimy o przesłanie brakujących dokumentów do biura."),
}


def finance(c):
    org = c.org()
    internal = c.chance(0.5)
    dom = c.rcpt.domain if internal else org[1]
    due = future_local(c, c.rint(3, 20))
    s, d = T(c, FIN_EN, FIN_FX, date=due.strftime('%d.%m.%Y' if c.lang in ('de', 'pl', 'ru') else '%d/%m/%Y'), phone=c.phone(),
             org=org[0], inv=c.pick(['INV-', 'RE', 'F', '']) + c.digits(6), amount=c.amount(300, 25000))
    frm, orgp = sender(c, kind_for(c, ['org', 'service']), who=c.pick([('Finance Team', 'finance'), ('Accounts Receivable', 'ar'), c.name()]), domain=dom)
    st, en, tz = c.when(2, 20, h0=9, h1=15, dur=(15, 30))
    at = [att(c.rcpt, role='OPT-PARTICIPANT')] + [att(p, role='OPT-PARTICIPANT') for p in colleagues(c, c.rint(0, 12), dom)]
    ev = event(c, s, d, st, en, tz, location='', organizer=orgp, attendees=at, transp='TRANSPARENT', allday=c.chance(0.4))
    if ev['allday']:
        ev['start'] = ev['start'].replace(hour=0, minute=0)
        ev['end'] = ev['start'] + dt.timedelta(days=1)
    m = message(c, frm, ev, 'REQUEST')
    m['desc_line'] = 'finance payment reminder / bank-detail warning (%s)' % c.lang
    return ham_finish(c, m)


# ==================================================================== recruiter
REC_EN = [
    ("Interview: {role} – {company}", "Hi {first},\nthanks for your time so far. This is a 45-minute technical interview with {sender} and one engineer from the team.\nJoin: {join}\nIf you need to reschedule, reply to this invite or use {resched}."),
    ("Intro call – {role} opportunity", "Great to connect on LinkedIn. Looking forward to telling you more about the role. I'll call you at the number you shared; if you prefer video: {join}"),
    ("Final round – {company} (onsite)", "Schedule:\n10:00 Hiring manager\n11:00 System design\n12:00 Lunch with the team\nAddress: {address}\nPlease bring a photo ID for reception."),
    ("{company} | Phone screen with {sender}", "Booked via our scheduling tool. Need to change? {resched}\nWe'll cover: your background, the role, next steps."),
]
REC_FX = {
    'zh_tw': ("面試邀請：資深產品經理 - {company}", "您好，感謝您投遞履歷。面試將透過視訊會議進行，請提前5分鐘進入：{join}\n面試官：{sender}"),
    'hi': ("साक्षात्कार: सॉफ्टवेयर इंजीनियर – {company}", "नमस्ते {first}, आपके आवेदन के लिए धन्यवाद। तकनीकी साक्षात्कार का लिंक: {join}\nसाक्षात्कारकर्ता: {sender}"),
    'zh': ("面试邀请：高级产品经理 – {company}", "您好，感谢您投递简历。面试将通过视频会议进行，请提前5分钟进入：{join}\n面试官：{sender}"),
    'es': ("Entrevista: Analista de datos – {company}", "Hola {first}, gracias por tu interés. Te esperamos en la videollamada: {join}\nDuración aproximada: 45 minutos."),
    'ru': ("Собеседование: Backend-разработчик — {company}", "Здравствуйте, {first}! Приглашаем вас на техническое интервью. Ссылка: {join}\nИнтервьюер: {sender}"),
}


def recruiter(c):
    org = c.org()
    who = c.name()
    ck = {'zoom': 'zoom', 'outlook': 'teams', 'google': 'meet'}.get(c.client, c.pick(['zoom', 'teams', 'meet']))
    join, kind_c = conf(c, ck)
    sched = c.pick(['schedule.%s' % org[1], 'hire-scheduler.example', 'interviews.%s' % org[1]])
    s, d = T(c, REC_EN, REC_FX, role=c.pick(['Senior Data Engineer', 'Product Designer', 'Account Executive', 'Backend Developer']),
             company=org[0], first=rcpt_first(c), sender=who[0], join=join, resched='https://%s/r/%s' % (sched, alnum(c.rng, 10)),
             address=c.pick(['14 Harbour Row, Floor 6', '350 Market St, Suite 900', 'Friedrichstraße 120, 4. OG']))
    kind = kind_for(c, ['org', 'service'])
    frm, orgp = sender(c, kind, who=who, domain=org[1] if kind != 'service' or c.chance(0.5) else 'hire-scheduler.example')
    st, en, tz = c.when(2, 14, h0=9, h1=17, dur=(30, 45, 60))
    rc = P(c.rcpt.name, c.rcpt.email)
    at = [att(rc)] + [att(p) for p in colleagues(c, c.rint(0, 2), org[1])]
    ev = event(c, s, d, st, en, tz, location=join if c.chance(0.5) else '', organizer=orgp, attendees=at, conference=join, conf_kind=kind_c)
    m = message(c, frm, ev, 'REQUEST')
    if c.client == 'zoom':
        m['reply_to'] = orgp
    m['desc_line'] = 'recruiter interview scheduling (%s)' % c.lang
    return ham_finish(c, m)


# ==================================================================== forwarded-invite
FWD_EN = [("Quarterly planning – sales", "Forwarding this – I think you should join, we'll cover your region."),
          ("Vendor demo: warehouse scanners", "FYI, can you attend in my place? I'm travelling."),
          ("All-hands Q&A", "Not sure you got this one, forwarding just in case."),
          ("Steering committee", "Adding you as discussed. Slides will follow."),
          ("Customer workshop prep", "See below – please join if you can, we need someone from ops.")]
FWD_FX = {'pt': ("Planejamento trimestral – vendas", "Oi, segue o convite da reunião, acho que vale a pena você participar."),
          'th': ("ประชุมสรุปโครงการประจำเดือน", "ส่งต่อคำเชิญประชุมให้นะครับ เผื่อคุณสนใจเข้าร่วม"),
          'tr': ("Proje durum toplantısı", "Bilginize, toplantı davetini iletiyorum. Katılabilirsen iyi olur."),
          'it': ("Riunione di avanzamento lavori", "Ciao, ti inoltro l'invito, sarebbe utile la tua presenza.")}


def forwarded(c):
    if c.client == 'apple':
        c.variant = 'apple_mail'
    if c.client == 'google':
        c.variant = 'gmail_smtp'
    title, note = T(c, FWD_EN, FWD_FX)
    dom = c.rcpt.domain
    orig_org = c.person(c.pick([dom, c.org()[1]]))
    fwd_who = c.name()
    frm, fwdp = sender(c, 'org' if c.client not in ('apple',) or c.chance(0.3) else 'free', who=fwd_who, domain=dom if c.client != 'apple' else None)
    st, en, tz = c.when(1, 14, h0=9, h1=16, dur=(30, 60))
    at = [att(fwdp, partstat='ACCEPTED')] + [att(p) for p in colleagues(c, c.rint(1, 6), dom)]
    ck = {'outlook': 'teams', 'google': 'meet'}.get(c.client)
    cu, ckind = conf(c, ck) if ck else (None, None)
    ev = event(c, title, c.pick(['', 'Agenda to follow.', 'Please review the attached figures beforehand.', 'Dial-in details below.']),
               st, en, tz, location=c.pick(['Room 2.04', 'HQ – Boardroom', '', 'Microsoft Teams Meeting' if ck == 'teams' else 'Online']),
               organizer=orig_org, attendees=at, conference=cu, conf_kind=ckind)
    m = message(c, frm, ev, 'REQUEST', note=note)
    L = c.L
    fw = {'en': 'FW', 'de': 'WG', 'fr': 'TR', 'es': 'RV', 'it': 'I', 'pt': 'ENC', 'tr': 'İLT', 'th': 'FW'}.get(c.lang, 'Fwd')
    if c.client == 'outlook':
        ev['attendees'].append(att(c.rcpt))
        m['subject'] = '%s: %s' % (fw, title)
        m['text'] = '%s\n\n-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n\n%s\n' % (
            note, orig_org.name, orig_org.email, (c.arrival - dt.timedelta(days=c.rint(1, 5))).strftime('%A, %B %d, %Y %I:%M %p'),
            '; '.join(a['p'].name or a['p'].email for a in at[:5]), title, LG.fmt_when(c.lang, st, en, tz), ev['location'],
            ev['description'])
    else:
        m['subject'] = 'Fwd: %s: %s' % (L['inv'], title)
        fwd_hdr = '---------- Forwarded message ---------' if c.client == 'google' else '-------- Forwarded Message --------'
        m['text'] = '%s\n\n%s\nFrom: %s <%s>\nDate: %s\nSubject: %s: %s\nTo: %s\n\n%s\n%s: %s\n%s\n' % (
            note, fwd_hdr, orig_org.name, orig_org.email, (c.arrival - dt.timedelta(days=c.rint(1, 5))).strftime('%a, %b %d, %Y at %I:%M %p'),
            L['inv'], title, fwdp.email, title, L['when'], LG.fmt_when(c.lang, st, en, tz), ev['description'])
        if c.client == 'google':
            c.setup.update(kind='gmail', host='mail-%s-f%d.google.com' % (c.pick(['wr1', 'ej1', 'pl1', 'qt1']), c.rint(41, 99)),
                           mailfrom=fwdp.email, dkim=[(fwdp.domain, 'google' if fwdp.domain != 'gmail.com' else '20230601', 'pass')],
                           spf='pass')
            m['html'] = '<div dir="ltr">%s<br><br><div class="gmail_quote">%s</div></div>\n' % (note, m['text'].replace('\n', '<br>\n'))
    m['desc_line'] = 'invitation forwarded by a colleague (%s)' % c.lang
    return ham_finish(c, m)


# ==================================================================== mailing-list
LIST_EN = [
    ("Seminar: {topic}", "Speaker: {speaker}\nAbstract: {abs}\nRoom 204, coffee from 15:45. All welcome.", 'seminar', 'Department seminars'),
    ("Community call – {proj}", "Monthly community call. Agenda in the wiki; add your items: {wiki}\nVideo: {join}", 'dev', '{proj} developers'),
    ("Meetup: {topic}", "Doors 18:30, talks 19:00. Pizza sponsored by our host. RSVP on the list so we can count.", 'meetup', 'City tech meetup'),
    ("Reading group", "This week: chapter 7. Bring questions. Online link for remote folks: {join}", 'readinggroup', 'Reading group'),
    ("Release planning – {proj} {ver}", "Let's freeze features for {ver}. Please triage your open PRs beforehand.\n{join}", 'devel', '{proj}-devel'),
]
LIST_FX = {
    'fr': ("Séminaire du laboratoire : {topic}", "Bonjour à tous, le prochain séminaire aura lieu en salle 204. Résumé : {abs}", 'seminaire', 'Séminaires du labo'),
    'el': ("Συνάντηση ομάδας χρηστών Linux", "Η μηνιαία συνάντηση θα γίνει στο πανεπιστήμιο, αίθουσα Β2. Θέμα: {topic}.", 'lug', 'Ομάδα χρηστών Linux'),
    'he': ("מפגש קהילה: {topic}", "מפגש הקהילה החודשי יתקיים בזום ובמשרדי החברה המארחת. כולם מוזמנים!", 'community', 'קהילת מפתחים'),
    'de': ("Stammtisch der Python User Group", "Hallo zusammen, wir treffen uns wieder im Vereinsheim. Thema: {topic}. Gäste willkommen!", 'pug', 'Python User Group'),
}


def mailing_list(c):
    proj = c.pick(['libfrobnicate', 'OpenHarbor', 'tidewater-db', 'Kestrel CMS', 'pyquill'])
    topic = c.pick(['Graph neural networks for logistics', 'Rust in embedded systems', 'Type hints in practice', 'Accessibility audits',
                    'Observability on a budget'])
    s, d, lname, ltitle = T(c, LIST_EN, LIST_FX, topic=topic, proj=proj, speaker=c.name('en')[0], ver='%d.%d' % (c.rint(1, 6), c.rint(0, 20)),
                            abs='We present recent results and open problems in %s.' % topic.lower() if c.lang == 'en' else topic,
                            wiki='https://wiki.%s.example/CommunityCall' % proj.lower().replace(' ', ''), join=conf(c, c.pick(['zoom', 'meet']))[0])
    ldom = c.pick(['lists.halden-univ.example', 'lists.%s.example' % proj.lower().replace(' ', ''), 'groups.example.org', 'lists.example.net'])
    kind = kind_for(c, ['free', 'org'])
    frm, orgp = sender(c, kind, who=c.name(), domain=c.pick(['halden-univ.example', c.org()[1]]) if kind == 'org' else None)
    st, en, tz = c.when(2, 21, h0=10, h1=19, dur=(60, 90))
    lp = P(ltitle, '%s@%s' % (lname, ldom))
    ev = event(c, s, d, st, en, tz, location=c.pick(['Room 204', 'Online', 'Vereinsheim', 'Hackerspace, 2nd floor']), organizer=orgp,
               attendees=[att(lp, cutype='GROUP')] + [att(p) for p in random_people(c, c.rint(0, 4))])
    m = message(c, frm, ev, 'REQUEST', to=[lp])
    m['list'] = dict(name=lname, domain=ldom, title=ltitle, prefix=lname if c.chance(0.5) else None,
                     kind='ggroups' if c.chance(0.3) else 'mailman')
    if m['list']['kind'] == 'ggroups':
        m['to'] = [P(ltitle, '%s@googlegroups.com' % lname)]
        ev['attendees'][0] = att(m['to'][0], cutype='GROUP')
    m['desc_line'] = 'event announcement received through a mailing list, DKIM broken (%s)' % c.lang
    return ham_finish(c, m)


# ==================================================================== reply-cancel
RC_TITLES = {'en': ['Weekly sync', 'Budget review', '1:1', 'Project kickoff', 'Hiring debrief', 'Vendor call', 'Design crit'],
             'ja': ['週次定例ミーティング'], 'ko': ['주간 업무 회의'], 'ru': ['Еженедельная планёрка'], 'zh': ['项目周会'],
             'es': ['Revisión de presupuesto'], 'pl': ['Przegląd sprintu'], 'zh_tw': ['專案週會']}
RC_COMMENTS = {'en': ['', 'Running 5 min late.', 'Sorry, I have a clash – can we move it?', 'Will join from the train.', ''],
               'ja': ['申し訳ありませんが、出張のため欠席します。'], 'ko': ['해당 시간에 외부 미팅이 있어 참석이 어렵습니다.'], 'ru': ['Буду, спасибо.'],
               'zh': ['我会准时参加。'], 'es': ['Llegaré unos minutos tarde.'], 'pl': ['Niestety nie dam rady, jestem na urlopie.'],
               'zh_tw': ['我會準時參加。']}


def reply_cancel(c):
    lk = 'zh_tw' if c.tw else c.lang
    title = c.pick(RC_TITLES[lk])
    comment = c.pick(RC_COMMENTS[lk])
    typ = c.pick(['reply', 'reply', 'reply', 'cancel_delegate', 'cancel'])
    dom = c.rcpt.domain
    st, en, tz = c.when(1, 14, h0=9, h1=16, dur=(30, 60))
    if typ == 'reply':
        other_dom = dom if c.chance(0.6) else c.org()[1]
        kind = kind_for(c, ['org', 'free'])
        frm, me = sender(c, kind, who=c.name(), domain=other_dom if kind != 'free' else None)
        ps = c.pick(['ACCEPTED', 'ACCEPTED', 'DECLINED', 'TENTATIVE'])
        if 'unable' in comment or 'clash' in comment or '欠席' in comment or '어렵' in comment or 'nie dam' in comment:
            ps = 'DECLINED'
        a = att(me, partstat=ps, rsvp=False)
        ev = event(c, title, '', st, en, tz, location=c.pick(['', 'Room 1.10', 'Teams']), organizer=c.rcpt, attendees=[a],
                   sequence=c.pick([0, 0, 1]))
        if comment:
            ev['extra'].append('COMMENT:' + comment.replace(',', '\\,'))
        m = message(c, frm, ev, 'REPLY', note=comment, no_alarm=True)
        if c.client == 'outlook':
            m['text'] = comment + '\n' if comment else '\n'
        m['desc_line'] = 'METHOD:REPLY (%s) to a meeting the recipient organised (%s)' % (ps.lower(), c.lang)
    else:
        if typ == 'cancel_delegate':
            frm, asst = sender(c, 'org', who=c.name(), domain=dom)
            org = c.rcpt
            ev = event(c, title, comment if comment and c.chance(0.5) else '', st, en, tz, organizer=org,
                       attendees=[att(p) for p in colleagues(c, c.rint(1, 5), dom)], status='CANCELLED', sequence=c.rint(1, 3))
            ev['extra'].append('X-SENT-BY:mailto:' + asst.email) if False else None
            m = message(c, frm, ev, 'CANCEL', to=[c.rcpt], no_alarm=True)
            m['desc_line'] = 'cancellation sent by a delegate for the recipient\'s own meeting (%s)' % c.lang
        else:
            kind = kind_for(c, ['org', 'free'])
            frm, org = sender(c, kind, who=c.name(), domain=c.pick([dom, c.org()[1]]) if kind != 'free' else None)
            ev = event(c, title, '', st, en, tz, organizer=org, attendees=[att(c.rcpt)] + [att(p) for p in colleagues(c, c.rint(0, 4))],
                       status='CANCELLED', sequence=c.rint(1, 3))
            m = message(c, frm, ev, 'CANCEL', no_alarm=True)
            m['desc_line'] = 'METHOD:CANCEL of a meeting the recipient attends (%s)' % c.lang
    ev['alarms'] = []
    return ham_finish(c, m)


# ==================================================================== personal
PERS_EN = [
    ("{name}'s 40th birthday 🎉", "Come celebrate! Drinks and food from 7. Parking on the street is free after 6pm. Text me at {phone} if you get lost."),
    ("BBQ at ours", "Bring something for the grill if you like, we've got the drinks. Kids welcome!"),
    ("Dinner with the Hendersons", "Reservation under my name. I'll send the address closer to the day."),
    ("Movie night 🍿", "Voting on the film in the group chat. Free popcorn, obviously."),
    ("Baby shower for {name}", "Gift registry: {url}\nPlease don't tell her, it's a surprise!"),
    ("Wedding: {name} & {name2}", "Ceremony at 2pm, reception to follow. Dress code: garden formal. RSVP by replying to this invite."),
    ("Mom's flight lands", "Flight arrives at 3:40pm. Can someone pick her up? I'm stuck at work."),
]
PERS_FX = {
    'el': ("Γενέθλια της Ελένης 🎂", "Σας περιμένουμε στο σπίτι μας για τούρτα και κρασί! Φέρτε καλή διάθεση."),
    'ar': ("عشاء عائلي بمناسبة العيد", "يسعدنا حضوركم لتناول العشاء في بيت العائلة. لا تنسوا إحضار الأطفال!"),
    'th': ("งานวันเกิดคุณแม่", "ทานข้าวเย็นร่วมกันที่ร้านอาหารใกล้บ้าน ใครมาได้บอกด้วยนะ จะได้จองโต๊ะ"),
    'hi': ("दिवाली पार्टी 🪔", "इस बार दिवाली हमारे घर पर मनाएंगे! रात 7 बजे से। मिठाई हमारी तरफ़ से।"),
    'it': ("Grigliata da Marco", "Sabato grigliata in giardino! Portate qualcosa da bere. Se piove ci spostiamo in taverna."),
    'pt': ("Chá de bebê da Ana 👶", "Venha comemorar com a gente! A lista de presentes está no link: {url}"),
}


def personal(c):
    n1, n2 = c.name()[0].split()[0], c.name()[0].split()[0]
    s, d = T(c, PERS_EN, PERS_FX, name=n1, name2=n2, phone=c.phone(),
             url='https://www.%s/registry/%s' % (c.pick(['babylist.example', 'giftlist.example', 'amazon.example']), alnum(c.rng, 10)))
    kind = kind_for(c, ['free', 'free', 'org'])
    frm, orgp = sender(c, kind, who=c.name(), domain=c.org()[1] if kind == 'org' else None)
    st, en, tz = c.when(3, 30, h0=12, h1=20, dur=(120, 180, 240))
    fam = random_people(c, c.rint(0, 12), domains=['gmail.com', 'yahoo.com', 'icloud.com', 'hotmail.com', c.freemail(), c.rcpt.domain])
    at = [att(c.rcpt)] + [att(p, partstat=c.pick(['NEEDS-ACTION', 'ACCEPTED'])) for p in fam]
    ev = event(c, s, d, st, en, tz, location=c.pick(['Our place', '12 Elm Grove', 'Parque da Cidade', 'Μαρούσι', 'Home', '']),
               organizer=orgp, attendees=at)
    m = message(c, frm, ev, 'REQUEST')
    m['desc_line'] = 'personal invitation between friends/family (%s)' % c.lang
    return ham_finish(c, m)


# ==================================================================== support-callback
SUP_EN = [
    ("Callback scheduled – case {ticket}", "As requested, one of our support engineers will call you at the number on your account. To reschedule, use {url} or call {phone}. We will never ask for passwords or remote access you did not request."),
    ("Your support appointment with {vendor}", "Topic: {topic}\nWe'll call you at the time below. Please have your order number handy.\nManage appointment: {url}"),
    ("Technician visit – ticket {ticket}", "Our technician will arrive within the 2-hour window. Please ensure someone over 18 is present. Questions: {phone}"),
    ("Screen-share session – case {ticket}", "Join the session you requested: {join}\nSession code will be given by the engineer on the call."),
]
SUP_FX = {
    'th': ("นัดหมายโทรกลับ – เคส {ticket}", "ตามที่คุณได้ขอไว้ เจ้าหน้าที่จะโทรกลับไปที่หมายเลขที่ลงทะเบียนไว้ หากต้องการเปลี่ยนเวลา โทร {phone}"),
    'tr': ("Geri arama randevunuz – Talep {ticket}", "Talebiniz üzerine teknik destek ekibimiz sizi belirtilen saatte arayacaktır. Randevuyu değiştirmek için: {url}"),
    'nl': ("Terugbelafspraak – ticket {ticket}", "Zoals gevraagd bellen wij u op het opgegeven tijdstip terug over uw storingsmelding. Schikt het niet? Wijzig de afspraak via {url}."),
    'ru': ("Обратный звонок по заявке {ticket}", "Вы запросили обратный звонок. Специалист свяжется с вами в указанное время. Перенести звонок можно по телефону {phone}."),
}


def support(c):
    vname, vdom = c.pick(VENDORS + [('Northmere Fibre', 'northmere-fibre.example'), ('Halcyon Appliances', 'halcyon-home.example')])
    ticket = c.pick(['#', 'CS-', 'SR', 'INC']) + c.digits(c.rint(6, 9))
    join = conf(c, c.pick(['zoom', 'teams', 'webex']))[0]
    s, d = T(c, SUP_EN, SUP_FX, ticket=ticket, url='https://support.%s/appointments/%s' % (vdom, alnum(c.rng, 12)), phone=c.phone(),
             vendor=vname, topic=c.pick(['Billing question', 'Router keeps disconnecting', 'Licence transfer', 'Warranty claim']), join=join)
    kind = kind_for(c, ['service', 'org'])
    frm, orgp = sender(c, kind, who=c.pick([(vname + ' Support', 'support'), c.name()]), domain=vdom if c.chance(0.6) else 'support.' + vdom)
    st, en, tz = c.when(0, 5, h0=9, h1=17, dur=(15, 30, 120))
    ev = event(c, s, d, st, en, tz, location=c.pick(['Phone', 'Phone call', '', join]), organizer=orgp, attendees=[att(c.rcpt)])
    m = message(c, frm, ev, c.pick(['REQUEST', 'PUBLISH']))
    if c.client == 'zoom':
        m['reply_to'] = orgp
    m['desc_line'] = 'support callback the customer asked for, ticket %s (%s)' % (ticket, c.lang)
    return ham_finish(c, m)


# ==================================================================== team-meeting
TEAM_EN = [
    ("Weekly team sync", "Standing agenda: wins, blockers, priorities for next week."),
    ("1:1 {a} / {b}", ""),
    ("Project kickoff – {proj}", "Agenda:\n1. Goals and scope\n2. Timeline\n3. Roles\nSee you there."),
    ("Quarterly business review", "Department leads please bring updated numbers. Slides in the team folder."),
    ("Sprint planning", "Backlog is groomed; please estimate your tickets before the meeting."),
    ("Offsite logistics", "Quick call to finalise venue and travel. Budget approved."),
]
TEAM_FX = {
    'zh_tw': ("季度業務檢討會議", "議程：1. 第三季業績 2. 下季目標 3. 問題討論。請提前準備各部門資料。"),
    'he': ("סטטוס שבועי – צוות פיתוח", "עדכונים קצרים מכל אחד, חסמים ותכנון לשבוע הבא."),
    'es': ("Reunión de arranque – proyecto {proj}", "Agenda:\n1. Objetivos\n2. Calendario\n3. Roles\nNos vemos en la sala Mediterráneo o por Teams."),
    'fr': ("Point hebdomadaire équipe", "Ordre du jour : avancement, risques, prochaines étapes."),
    'zh': ("季度业务回顾会议", "议程：1. 第三季度业绩 2. 下季度目标 3. 问题讨论。请提前准备各部门数据。"),
}


def team(c):
    dom = c.rcpt.domain
    who = c.name()
    s, d = T(c, TEAM_EN, TEAM_FX, proj=c.pick(['Atlas', 'Nordlicht', 'Mistral', 'Orion']), a=who[0].split()[0], b=rcpt_first(c))
    frm, orgp = sender(c, 'org', who=who, domain=dom)
    rec = c.chance(0.4)
    st, en, tz = c.when(1, 10, h0=9, h1=16, dur=(25, 30, 45, 60))
    ck = {'outlook': 'teams', 'google': 'meet', 'zoom': 'zoom'}.get(c.client)
    cu, ckind = conf(c, ck) if ck else (None, None)
    at = [att(c.rcpt)] + [att(p) for p in colleagues(c, c.rint(0, 9), dom)]
    ev = event(c, s, d + ('\n' if d else '') + (cu or '') if c.client not in ('outlook', 'google') and cu else d, st, en, tz,
               location=c.pick(['Room 4.01', 'Blue room', '', 'Microsoft Teams Meeting' if ckind in ('teams', 'skype') else 'Online']),
               organizer=orgp, attendees=at, conference=cu, conf_kind=ckind,
               rrule=c.pick(['FREQ=WEEKLY;BYDAY=%s' % c.pick(['MO', 'TU', 'WE', 'TH', 'FR']), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
                             'FREQ=WEEKLY;UNTIL=%d1231T235959Z;BYDAY=FR' % c.year]) if rec else None)
    m = message(c, frm, ev, 'REQUEST')
    m['desc_line'] = 'ordinary team meeting invitation (%s)' % c.lang
    return ham_finish(c, m)


CATS = {
    'travel-booking': dict(n=12, fn=travel, langs=['de', 'fr', 'ja', 'zh', 'es', 'ko'], clients={'custom': .6, 'outlook': .2, 'google': .1, 'zimbra': .05, 'thunderbird': .05},
                           title='Airline, rail, car-rental and agency itineraries (codes, amounts, phone numbers, PUBLISH)'),
    'hotel-restaurant': dict(n=11, fn=hotel, langs=['it', 'th', 'el', 'pt', 'tr'], clients={'custom': .6, 'google': .15, 'outlook': .15, 'yahoo': .05, 'apple': .05},
                             title='Hotel, restaurant and spa reservations'),
    'medical-appointment': dict(n=10, fn=medical, langs=['nl', 'pl', 'he', 'de', 'ar'], clients={'custom': .5, 'outlook': .2, 'google': .15, 'zimbra': .05, 'sogo': .05, 'nextcloud': .05},
                                title="Doctors', dentists' and clinics' appointment confirmations"),
    'vendor-webinar': dict(n=12, fn=webinar, langs=['ja', 'ko', 'pt', 'de', 'hi', 'ru'], clients={'zoom': .35, 'outlook': .3, 'google': .15, 'custom': .15, 'list': .05},
                           title='Vendor webinars and conferences with hundreds of attendees and free/offer wording'),
    'community-series': dict(n=11, fn=community, langs=['es', 'it', 'pl', 'el', 'ar'], clients={'google': .35, 'apple': .15, 'yahoo': .15, 'thunderbird': .1, 'outlook': .1, 'list': .1, 'nextcloud': .05},
                             title='School, church and club series without end date, mostly from free mail'),
    'it-notice': dict(n=10, fn=it_notice, langs=['ru', 'zh', 'tr', 'nl', 'fr'], clients={'outlook': .4, 'zimbra': .15, 'sogo': .1, 'nextcloud': .1, 'google': .2, 'thunderbird': .05},
                      title='IT maintenance windows, password-expiry and MFA notices'),
    'document-share': dict(n=11, fn=doc_share, langs=['de', 'ja', 'he', 'hi', 'ko'], clients={'outlook': .35, 'google': .3, 'nextcloud': .15, 'zimbra': .1, 'thunderbird': .05, 'sogo': .05},
                           title='Colleagues sharing documents with links'),
    'finance-reminder': dict(n=10, fn=finance, langs=['fr', 'nl', 'ar', 'pl'], clients={'outlook': .35, 'google': .2, 'zimbra': .1, 'sogo': .1, 'custom': .2, 'thunderbird': .05},
                             title='Finance payment reminders and bank-detail fraud warnings'),
    'recruiter': dict(n=10, fn=recruiter, langs=['hi', 'zh', 'es', 'ru'], clients={'google': .3, 'outlook': .25, 'zoom': .2, 'custom': .2, 'yahoo': .05},
                      title='Recruiters scheduling interviews'),
    'forwarded-invite': dict(n=10, fn=forwarded, langs=['pt', 'th', 'tr', 'it'], clients={'outlook': .4, 'google': .3, 'apple': .15, 'thunderbird': .15},
                             title='Invitations forwarded by colleagues'),
    'mailing-list': dict(n=10, fn=mailing_list, langs=['fr', 'el', 'he', 'de'], clients={'list': 1},
                         title='Mailing-list copies of event announcements (DKIM broken by the list)'),
    'reply-cancel': dict(n=12, fn=reply_cancel, langs=['ja', 'ko', 'ru', 'zh', 'es', 'pl'],
                         clients={'outlook': .3, 'google': .25, 'apple': .1, 'thunderbird': .1, 'zimbra': .08, 'sogo': .07, 'nextcloud': .05, 'yahoo': .05},
                         title='Replies and cancellations (METHOD:REPLY / CANCEL)'),
    'personal': dict(n=11, fn=personal, langs=['el', 'ar', 'th', 'hi', 'it', 'pt'], clients={'google': .35, 'apple': .3, 'yahoo': .15, 'thunderbird': .1, 'outlook': .1},
                     title='Personal invitations between friends and family'),
    'support-callback': dict(n=10, fn=support, langs=['th', 'tr', 'nl', 'ru'], clients={'custom': .45, 'outlook': .2, 'google': .15, 'zoom': .1, 'zimbra': .1},
                             title='Support callbacks and technician visits the customer requested'),
    'team-meeting': dict(n=10, fn=team, langs=['he', 'es', 'fr', 'zh'], clients={'outlook': .35, 'google': .3, 'zimbra': .08, 'sogo': .07, 'nextcloud': .07, 'thunderbird': .05, 'zoom': .04, 'apple': .04},
                         title='Ordinary work meetings'),
}
