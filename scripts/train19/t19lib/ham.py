# -*- coding: utf-8 -*-
"""Legitimate calendar mail.  Every text here was written for this corpus."""
import datetime as dt

from . import langs
from .common import (custom_profile, ev, fill, org_person, other_people, phone, recipient, sender_for, spec, tz_for)
from .core import R, Obj, alnum, arrival, chance, digits, event_slot, hexs, org_of, person, pick, uuid4


def _brand_sender(client, lang, brand, domain, local='noreply', name=None):
    """A company system mailbox (booking engine, airline, practice)."""
    p = Obj(name=name or brand, addr='%s@%s' % (local, domain), domain=domain, kind='legit', role='brand')
    return p


def _org_sender(client, lang, org=None, name=None):
    if client in ('yahoo',):
        p = sender_for(client, lang, 'free', name=name)
    elif client == 'icloud' and chance(0.5):
        p = sender_for(client, lang, 'free', name=name)
    else:
        p = sender_for(client, lang, 'org', org=org, name=name)
    return p


def _finish(s, client, system=True):
    if client in ('thunderbird', 'applemail', 'zimbra', 'sogo', 'nextcloud') and chance(0.12):
        s.spf_soft = True   # small organisation with an incomplete SPF record; DKIM still aligns
    if client == 'custom':
        s.profile = s.profile or custom_profile('system')
        s.esp = s.esp if s.esp is not None else chance(0.6)
        r = R.random()
        if r < 0.15:
            s.method = None
        elif r < 0.22:
            s.method_param = pick(['', 'REQUEST'])
        if chance(0.08):
            s.quirks = {'lf'}
            s.profile['cal_cte'] = 'base64'
    return s


# ====================================================================== 1 travel
AIRLINES = [('Aurelia Airways', 'aurelia-air.example', 'AU'), ('SkyMeridian', 'skymeridian.example', 'SM'),
            ('Nordlys Air', 'nordlysair.test', 'NY'), ('Pacifica Airlines', 'pacifica-airlines.example', 'PF')]
TRAVEL_EN = [
    ('Flight {fl} {a} → {b}', 'Booking reference: {ref}\nPassenger: {pax}\nFlight {fl} departs {a} {t}. Check-in opens 24 hours before departure.\nSeat {seat}, 1 checked bag included.\nTotal paid: {cur}{amt}\nManage booking: https://{dom}/manage?ref={ref}\nCustomer service: {ph}'),
    ('Train {a} → {b} (coach {coach}, seat {seat})', 'Your e-ticket {ref}\nDeparture {a} {t}, platform announced 20 min before departure.\nFare paid: {cur}{amt}\nShow the QR code in the app or print the PDF: https://{dom}/tickets/{ref}'),
    ('Trip: {a} to {b} – itinerary', 'Hi {first},\nI booked your flights for the {b} visit. Outbound {fl} on {t}, confirmation {ref}. Hotel details follow separately.\nTravel desk'),
]
TRAVEL_L = {
    'de': ('Ihre Fahrt: {a} → {b}', 'Auftragsnummer: {ref}\nAbfahrt {a} {t}, Wagen {coach}, Platz {seat}.\nPreis: {amt} €\nIhre Fahrkarte finden Sie unter https://{dom}/buchung/{ref}\nService-Nummer: {ph}'),
    'fr': ('Votre voyage {a} → {b}', 'Référence de dossier : {ref}\nDépart {a} {t}, voiture {coach}, place {seat}.\nMontant payé : {amt} €\nVotre e-billet : https://{dom}/mon-voyage/{ref}'),
    'ja': ('ご予約確認：{fl}便 {a}→{b}', '予約番号：{ref}\nご搭乗者：{pax}様\n{fl}便 {a}発 {t}\n座席：{seat}\nお支払い金額：{amt}円\n予約の確認・変更：https://{dom}/reservation/{ref}'),
    'zh': ('订单确认：{a} → {b} {fl}', '订单号：{ref}\n乘车人：{pax}\n{a} {t} 开，{coach}车{seat}号\n票价：{amt}元\n请携带有效身份证件乘车。'),
    'ru': ('Электронный билет: {a} → {b}', 'Номер заказа: {ref}\nПоезд {fl}, отправление {a} {t}\nВагон {coach}, место {seat}\nСтоимость: {amt} ₽\nВозврат и обмен: https://{dom}/orders/{ref}'),
    'ar': ('تأكيد الحجز: الرحلة {fl} من {a} إلى {b}', 'رقم الحجز: {ref}\nالمسافر: {pax}\nالإقلاع: {a} {t}\nالمقعد: {seat}\nالمبلغ المدفوع: {amt} ريال\nإدارة الحجز: https://{dom}/manage/{ref}'),
    'it': ('Il tuo viaggio {a} → {b}', 'Codice prenotazione (PNR): {ref}\nTreno {fl}, partenza {a} {t}, carrozza {coach}, posto {seat}.\nImporto: {amt} €\nGestisci il viaggio: https://{dom}/viaggi/{ref}'),
}
CITIES = {'en': [('London Heathrow', 'Lisbon'), ('New York JFK', 'Chicago O\'Hare'), ('Sydney', 'Melbourne'), ('Boston', 'Denver')],
          'de': [('Berlin Hbf', 'München Hbf'), ('Hamburg Hbf', 'Köln Hbf')], 'fr': [('Paris Gare de Lyon', 'Lyon Part-Dieu'), ('Bordeaux', 'Paris Montparnasse')],
          'ja': [('東京(羽田)', '札幌(新千歳)'), ('大阪(伊丹)', '福岡')], 'zh': [('北京南', '上海虹桥'), ('广州南', '深圳北')],
          'ru': [('Москва', 'Санкт-Петербург'), ('Казань', 'Москва')], 'ar': [('الرياض', 'جدة'), ('دبي', 'القاهرة')], 'it': [('Milano Centrale', 'Roma Termini'), ('Firenze SMN', 'Napoli C.le')]}


def travel(lang, client, i):
    arr = arrival()
    tz = tz_for(lang)
    rc = recipient(lang)
    air = pick(AIRLINES)
    rail = {'de': ('RheinBahn Fernverkehr', 'rheinbahn-fv.example'), 'fr': ('Voyages Ferrovia', 'ferrovia-voyages.example'), 'ru': ('ЖД-Билет', 'zhd-bilet.example'),
            'zh': ('铁路购票', 'tielu-gp.example'), 'it': ('Italo Rapido', 'italorapido.test')}.get(lang)
    t = pick(TRAVEL_EN) if lang == 'en' else TRAVEL_L[lang]
    a, b = pick(CITIES[lang])
    brand, dom = (rail if rail and 'Train' not in t[0] else (air[0], air[1]))
    if lang == 'en' and 'Train' in t[0]:
        brand, dom = ('Albion Rail', 'albionrail.example')
    s0, e0 = event_slot(arr, tz, days=(3, 60), hours=(6, 20), dur=(75, 120, 150, 200, 95))
    kw = dict(fl=air[2] + ' ' + digits(3) if lang not in ('zh', 'ru', 'it', 'de', 'fr') else pick(['G', 'D', 'FR', 'ICE ', '']) + digits(3), a=a, b=b,
              ref=alnum(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), pax=rc.name, t=s0.strftime('%H:%M'), seat='%d%s' % (R.randint(1, 40), pick('ABCDEF')),
              cur=pick(['$', '£', '€']), amt='%d.%02d' % (R.randint(39, 780), R.randint(0, 99)), dom=dom, ph=phone(pick(['us', 'uk', 'de'])), first=rc.first,
              coach=R.randint(1, 14))
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    e = ev(summ, desc, a, s0, e0)
    if client == 'custom':
        snd = _brand_sender(client, lang, brand, dom, pick(['noreply', 'booking', 'tickets', 'no-reply']))
        method = pick(['PUBLISH', 'PUBLISH', 'REQUEST'])
        e.organizer = Obj(name=brand, addr=snd.addr)
        s = spec('ham', 'travel-booking', lang, client, '%s ticket/booking confirmation with reference and amount' % brand, snd, rc, arr, tz, [e], method=method,
                 subject=summ if chance(0.5) else None)
        s.events[0].attendees = [(rc, 'REQ-PARTICIPANT', 'ACCEPTED', False)] if chance(0.6) else []
        return _finish(s, client)
    # an assistant / travel desk / the traveller themself sending to a colleague or own work address
    o = org_of(lang)
    snd = _org_sender(client, lang, o) if chance(0.6) else sender_for(client, lang, 'free')
    s = spec('ham', 'travel-booking', lang, client, 'travel itinerary shared as invitation by assistant/traveller', snd, rc, arr, tz, [e])
    return _finish(s, client)


# ====================================================================== 2 hotel / restaurant
HOTEL_EN = [
    ('Reservation at {place} – {n} guests', 'Thank you for your reservation at {place}.\nDate: {d} at {t}\nParty size: {n}\nConfirmation: {ref}\nNeed to change? Call us at {ph} or use https://{dom}/r/{ref}\nA credit card guarantee of ${dep} per person applies to no-shows.'),
    ('Your stay at {place}: {d}', 'Booking number: {ref}\nCheck-in from 15:00, check-out until 11:00.\n{n} nights, total price: ${amt} (pay at the property)\nFree cancellation until 48h before arrival.\nProperty phone: {ph}'),
    ('Table for {n} – {place}', 'We look forward to welcoming you!\n{place}, {addr}\nReservation code {ref}. Special offer: a free glass of prosecco with your booking.\nTo cancel reply to this email or call {ph}.'),
]
HOTEL_L = {
    'es': ('Reserva en {place} – {n} personas', 'Gracias por reservar en {place}.\nFecha: {d} a las {t}\nLocalizador: {ref}\nPara modificar llame al {ph}.'),
    'pt': ('Sua reserva no {place}', 'Número da reserva: {ref}\nCheck-in: {d} a partir das 14h\nTotal: R$ {amt}\nCancelamento grátis até 48 horas antes. Telefone: {ph}'),
    'el': ('Κράτηση στο {place}', 'Αριθμός κράτησης: {ref}\nΆφιξη: {d}, {n} διανυκτερεύσεις\nΣύνολο: {amt} €\nΤηλέφωνο ξενοδοχείου: {ph}'),
    'th': ('ยืนยันการจองห้องพัก {place}', 'หมายเลขการจอง: {ref}\nเช็คอิน: {d} หลัง 14:00 น.\nจำนวน {n} คืน ราคารวม {amt} บาท\nติดต่อโรงแรม: {ph}'),
    'ko': ('{place} 예약 확정 안내', '예약번호: {ref}\n일시: {d} {t}\n인원: {n}명\n변경 및 취소: {ph}'),
    'tr': ('{place} rezervasyon onayı', 'Rezervasyon kodu: {ref}\nTarih: {d} saat {t}\nKişi sayısı: {n}\nDeğişiklik için: {ph}'),
}
PLACES = {'en': ['The Copper Kettle', 'Harbour View Hotel', 'Osteria Lumi', 'Maple & Stone Bistro', 'Seaside Inn Brighton'],
          'es': ['Casa Paloma', 'Restaurante El Olivo'], 'pt': ['Hotel Mar Azul', 'Pousada das Flores'], 'el': ['Ξενοδοχείο Αιγαίο', 'Hotel Kyma'],
          'th': ['โรงแรมริมน้ำ', 'Baan Suan Resort'], 'ko': ['한옥스테이 소담', '레스토랑 온기'], 'tr': ['Boğaz Balık Evi', 'Otel Lale']}


def hotel(lang, client, i):
    arr = arrival()
    tz = tz_for(lang)
    rc = recipient(lang)
    place = pick(PLACES[lang])
    dom = pick(['tablefor.example', 'staybooker.example', 'reservio-book.test', 'guestline-res.example'])
    t = pick(HOTEL_EN) if lang == 'en' else HOTEL_L[lang]
    hotel_ = 'stay' in t[0].lower() or 'Hotel' in place or lang in ('pt', 'el', 'th')
    s0, e0 = event_slot(arr, tz, days=(2, 45), hours=(12, 21) if not hotel_ else (14, 15), dur=(120, 90))
    kw = dict(place=place, n=R.randint(2, 8), d=s0.strftime('%d/%m/%Y' if lang != 'en' else '%b %d, %Y'), t=s0.strftime('%H:%M'), ref=alnum(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
              ph=phone(pick(['us', 'uk', 'es'])), dom=dom, dep=pick([20, 25, 30]), amt='{:,}'.format(R.randint(180, 2400)), addr='%d %s' % (R.randint(1, 200), pick(['High Street', 'Market Square', 'Harbour Road'])))
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    if hotel_:
        e = ev(summ, desc, place, s0.date(), (s0 + dt.timedelta(days=R.randint(1, 5))).date(), allday=True)
    else:
        e = ev(summ, desc, place + ', ' + kw['addr'], s0, e0)
    if client == 'custom':
        snd = _brand_sender(client, lang, place, dom, pick(['reservations', 'noreply', 'booking']), name='%s via %s' % (place, dom.split('.')[0]))
        e.organizer = Obj(name=place, addr=snd.addr)
        s = spec('ham', 'hotel-restaurant', lang, client, 'hotel/restaurant reservation confirmation (booking platform)', snd, rc, arr, tz, [e], method=pick(['PUBLISH', 'REQUEST', 'PUBLISH']),
                 subject=summ)
        s.events[0].attendees = [(rc, 'REQ-PARTICIPANT', 'ACCEPTED', False)]
        return _finish(s, client)
    pd = ''.join(ch for ch in place.lower() if ch.isascii() and ch.isalnum())[:14]
    if len(pd) < 4:
        pd = pick(['stay', 'hotel', 'dine', 'table']) + '-' + alnum(5).lower()
    snd = _org_sender(client, lang, (place, pd + '.example') if chance(0.5) else None, name=place if chance(0.5) else None)
    s = spec('ham', 'hotel-restaurant', lang, client, 'reservation sent as invitation by venue or organiser', snd, rc, arr, tz, [e])
    return _finish(s, client)


# ====================================================================== 3 medical
MED_EN = [
    ('Appointment: {doc} – {type}', 'Your appointment with {doc} is confirmed.\nPlease arrive 10 minutes early and bring your insurance card.\nTo cancel or reschedule call {ph} at least 24 hours in advance. Late cancellations may be charged ${fee}.\n{clinic}, {addr}'),
    ('Reminder: dental check-up on {d}', 'This is a reminder of your check-up and cleaning at {clinic}.\nReply C to confirm or call {ph}.\nCo-pay due at visit: ${fee}'),
    ('Video consultation with {doc}', 'Your telehealth visit is booked. Join from a quiet place 5 minutes before the start:\nhttps://{dom}/visit/{ref}\nQuestions: {ph}'),
]
MED_L = {
    'de': ('Termin bei {doc}', 'Ihr Termin in der {clinic} ist bestätigt.\nBitte bringen Sie Ihre Versichertenkarte mit.\nAbsagen bitte spätestens 24 Stunden vorher unter {ph}.\nhttps://{dom}/termine/{ref}'),
    'nl': ('Afspraak huisarts {d}', 'U heeft een afspraak bij {doc}, {clinic}.\nKunt u niet komen? Meld dit uiterlijk 24 uur van tevoren via {ph}.'),
    'he': ('תזכורת: תור ל{doc}', 'שלום {first},\nנקבע לך תור ב{clinic}.\nלביטול או שינוי: {ph}\nנא להגיע 10 דקות לפני המועד.'),
    'pl': ('Wizyta: {doc}', 'Potwierdzamy wizytę w {clinic}.\nW razie rezygnacji prosimy o kontakt: {ph}.\nhttps://{dom}/wizyty/{ref}'),
    'fr': ('Rendez-vous avec {doc}', 'Votre rendez-vous est confirmé au {clinic}.\nMerci de vous munir de votre carte Vitale.\nAnnulation au moins 24h à l\'avance : https://{dom}/rdv/{ref} ou au {ph}.'),
    'vi': ('Lịch khám với {doc}', 'Phòng khám {clinic} xác nhận lịch hẹn của bạn.\nVui lòng đến trước 15 phút. Đổi lịch: {ph}'),
}


def medical(lang, client, i):
    arr = arrival()
    tz = tz_for(lang)
    rc = recipient(lang)
    o = {'de': ('Praxis Dr. Albrecht', 'praxis-albrecht.example'), 'nl': ('Huisartsenpraktijk De Linde', 'hadelinde.test'),
         'he': ('מרכז רפואי השרון', 'hasharon-med.example'), 'pl': ('Przychodnia Zdrowie Plus', 'zdrowieplus.example'),
         'fr': ('Cabinet médical du Parc', 'cabinet-medical-parc.example'), 'vi': ('Phòng khám An Bình', 'anbinh-clinic.test')}.get(
        lang, pick([('Tallgrass Health Partners', 'tallgrasshealth.org'), ('Northgate Dental Group', 'northgatedental.example'),
                    ('Riverbend Family Clinic', 'riverbend-clinic.example')]))
    clinic = o[0]
    dom = pick(['praxisplaner.example', 'clinicbook.test', 'medslot.example'])
    docname = {'de': 'Dr. med. ' + person('de').last, 'fr': 'Dr ' + person('fr').last, 'nl': 'dokter ' + person('nl').last, 'pl': 'dr ' + person('pl').name,
               'he': 'ד"ר ' + person('he').last, 'vi': 'BS. ' + person('vi').name}.get(lang, 'Dr. ' + person('en').last)
    t = pick(MED_EN) if lang == 'en' else MED_L[lang]
    s0, e0 = event_slot(arr, tz, days=(1, 40), hours=(8, 17), dur=(15, 20, 30))
    kw = dict(doc=docname, type=pick(['annual physical', 'follow-up', 'vaccination', 'blood test']), ph=phone(pick(['us', 'uk'])) if lang == 'en' else phone({'de': 'de', 'fr': 'fr', 'nl': 'nl', 'vi': 'vn'}.get(lang, lang)),
              fee=pick([25, 40, 50]), clinic=clinic, addr='%d %s' % (R.randint(1, 300), pick(['Oak Street', 'Main St', 'Elm Avenue'])), d=s0.strftime('%d-%m-%Y'),
              dom=dom, ref=alnum(10), first=rc.first)
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    e = ev(summ, desc, clinic, s0, e0)
    if client == 'custom':
        snd = _brand_sender(client, lang, clinic, dom, pick(['noreply', 'termine', 'appointments']))
        e.organizer = Obj(name=clinic, addr=snd.addr)
        e.alarms = [{'trigger': '-P1D'}, {'trigger': '-PT2H'}] if chance(0.5) else []
        s = spec('ham', 'medical-appointment', lang, client, 'doctor/dentist appointment from scheduling system', snd, rc, arr, tz, [e], method=pick(['PUBLISH', 'REQUEST']),
                 subject=summ)
        s.events[0].attendees = [(rc, 'REQ-PARTICIPANT', 'ACCEPTED', False)] if chance(0.5) else []
        return _finish(s, client)
    snd = _org_sender(client, lang, (clinic, o[1]), name=pick([clinic, None]))
    s = spec('ham', 'medical-appointment', lang, client, 'practice staff sends appointment invitation', snd, rc, arr, tz, [e])
    return _finish(s, client)


# ====================================================================== 4 webinars / conferences
WEB_EN = [
    ('Webinar: {topic}', 'Thanks for registering! This free webinar covers {topic}.\nSpeakers: {sp1} and {sp2}\nAll attendees get a free 30-day trial and a special offer code at the end.\nJoin link: {j}\nCan\'t make it? Register anyway and we\'ll send the recording.'),
    ('{conf} – Day 1 keynote', 'Welcome to {conf}! The keynote starts at 9:00 in Hall A and is streamed at {j}.\nYour badge QR code is in the app. Limited offer: 20% off the workshop add-on for registered attendees.'),
    ('Customer Office Hours: {topic}', 'Open Q&A with our product team. Bring your questions!\n{j}\nPasscode: {pw}\nYou are receiving this because you registered on our website. Unsubscribe: https://{dom}/unsubscribe'),
]
WEB_L = {
    'de': ('Webinar: {topic}', 'Vielen Dank für Ihre Anmeldung zu unserem kostenlosen Webinar.\nReferent: {sp1}\nTeilnahmelink: {j}\nAlle Teilnehmenden erhalten im Anschluss ein exklusives Angebot.'),
    'ja': ('【ご登録完了】ウェビナー「{topic}」', '{first}様\nこの度は無料ウェビナーにお申し込みいただきありがとうございます。\n参加URL：{j}\nパスコード：{pw}\n参加者限定の特別オファーもご用意しています。'),
    'hi': ('वेबिनार: {topic}', 'पंजीकरण के लिए धन्यवाद!\nयह वेबिनार पूरी तरह मुफ़्त है।\nजुड़ने का लिंक: {j}\nसभी प्रतिभागियों को विशेष ऑफ़र मिलेगा।'),
    'zh': ('线上研讨会：{topic}', '感谢报名！本次研讨会免费参加。\n主讲人：{sp1}\n参会链接：{j}\n会后将提供限时优惠。'),
    'es': ('Webinar gratuito: {topic}', 'Gracias por registrarte.\nEnlace para unirte: {j}\nCódigo de acceso: {pw}\nAl final compartiremos una oferta especial para asistentes.'),
    'ko': ('[웨비나] {topic} 참가 안내', '{first}님, 무료 웨비나 신청이 완료되었습니다.\n접속 링크: {j}\n참가자 전원에게 특별 할인 쿠폰을 드립니다.'),
}
TOPICS = ['Kubernetes cost optimisation', 'Zero-trust networking in practice', 'Modern data stack 2025', 'Payroll compliance update', 'AI for customer support', 'Cloud backup strategies']


def webinar(lang, client, i):
    arr = arrival()
    tz = tz_for(lang)
    rc = recipient(lang)
    vendor = pick([('Cobalt Ridge Software', 'cobaltridge.io'), ('Quillon Analytics', 'quillon-analytics.com'), ('Stackfield Cloud', 'stackfield-cloud.example'),
                   ('Lumenix Security', 'lumenix-sec.test'), langs.ORGS[lang][0] if lang in langs.ORGS else ('Vendor', 'vendor.example')])
    topic = pick(TOPICS) if lang == 'en' or chance(0.5) else {'de': 'Digitalisierung im Mittelstand', 'ja': 'クラウド移行の実践', 'hi': 'डिजिटल मार्केटिंग की मूल बातें', 'zh': '企业数字化转型',
                                                             'es': 'Ciberseguridad para pymes', 'ko': '클라우드 비용 최적화'}.get(lang, pick(TOPICS))
    if client == 'zoom':
        j = 'https://us%02dweb.zoom.us/w/%s?tk=%s' % (R.randint(2, 6), digits(11), alnum(30))
    elif client == 'teams':
        j = '(Teams link below)'
    elif client == 'google':
        j = 'https://meet.google.com/%s-%s-%s' % (alnum(3).lower(), alnum(4).lower(), alnum(3).lower())
    else:
        j = 'https://%s/events/%s/join' % (pick(['eventhive.example', vendor[1], 'webcast-live.test']), alnum(8).lower())
    t = pick(WEB_EN) if lang == 'en' else WEB_L[lang]
    s0, e0 = event_slot(arr, tz, days=(3, 30), hours=(9, 17), dur=(45, 60, 90))
    kw = dict(topic=topic, sp1=person(lang).name, sp2=person('en').name, j=j, conf=pick(['DevSummit Europe', 'CloudNative Days', 'FinOps Forum', 'RetailTech Expo']),
              pw=alnum(6), dom=vendor[1], first=rc.first)
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    e = ev(summ, desc, 'Online' if 'Day 1' not in summ else pick(['Messe Hall A', 'ExCeL London, Hall A', 'Congress Center']), s0, e0)
    host = person(lang, vendor[1])
    host.name = pick([host.name, vendor[0] + ' Events', vendor[0]])
    n = R.choice([0, 120, 300, 450])
    if client == 'zoom':
        snd = host
        s = spec('ham', 'webinar-conference', lang, client, 'vendor webinar registration confirmation (Zoom)', snd, rc, arr, tz, [e], method=pick(['REQUEST', 'PUBLISH']),
                 subject=pick(['%s Confirmation', 'Confirmation: %s', '%s']) % summ)
        e.zoom_att = chance(0.4)
        e.zoom_org = chance(0.5)
        return _finish(s, client)
    if client == 'custom':
        snd = _brand_sender(client, lang, vendor[0], vendor[1], pick(['events', 'webinars', 'noreply', 'marketing']))
        s = spec('ham', 'webinar-conference', lang, client, 'vendor webinar/conference platform confirmation', snd, rc, arr, tz, [e], method=pick(['PUBLISH', 'REQUEST']), subject=summ)
        s.events[0].attendees = [(rc, 'REQ-PARTICIPANT', 'NEEDS-ACTION', True)]
        s.extra_headers = [('List-Unsubscribe', '<https://%s/unsubscribe?u=%s>' % (vendor[1], alnum(16)))]
        return _finish(s, client)
    snd = sender_for(client, lang, 'org', org=vendor, name=host.name) if client not in ('yahoo', 'icloud') else sender_for(client, lang, 'free')
    others = other_people(n, None, None) if n else []
    s = spec('ham', 'webinar-conference', lang, client, 'vendor webinar/conference invitation%s' % (' with %d attendees' % (n + 1) if n else ''), snd, rc, arr, tz, [e], others=others)
    return _finish(s, client)


# ====================================================================== 5 community series
COMM_EN = [
    ('Choir rehearsal', 'Weekly rehearsal in the parish hall. Please bring your folder and a water bottle. Coffee after!\n{who}'),
    ('U10 soccer practice', 'Practice every Tuesday and Thursday at the {place}. Shin guards are mandatory. Text {ph} if your child can\'t make it.'),
    ('Book club', 'We meet on the first Wednesday of every month. This month: "{book}". Bring a snack to share if you like.'),
    ('PTA meeting', 'Monthly PTA meeting in the school library. Agenda will be sent the week before. Everyone welcome, free childcare in room 12.'),
    ('Running group – Saturday long run', 'Meet at the {place}, 7:30 sharp. Pace groups 5:30/6:00/6:30. Free for members and guests.'),
]
COMM_L = {
    'it': ('Prove del coro', 'Prove settimanali nella sala parrocchiale. Portate lo spartito!\n{who}'),
    'pt': ('Reunião do grupo de jovens', 'Encontro toda sexta-feira no salão da igreja. Tragam um lanche para partilhar.'),
    'ru': ('Тренировка по волейболу', 'Каждый вторник и четверг в спортзале школы №14. Взнос 300 ₽ за занятие. Вопросы: {ph}'),
    'el': ('Μαθήματα χορού', 'Κάθε Δευτέρα στο πολιτιστικό κέντρο. Η συμμετοχή είναι δωρεάν για τα μέλη.'),
    'ar': ('حلقة تحفيظ القرآن', 'كل يوم سبت بعد صلاة العصر في المسجد. الدعوة عامة للجميع.'),
    'hi': ('योग कक्षा', 'हर रविवार सुबह 7 बजे पार्क में। सभी का स्वागत है, निःशुल्क।'),
}


def community(lang, client, i):
    arr = arrival()
    tz = tz_for(lang)
    rc = recipient(lang)
    t = pick(COMM_EN) if lang == 'en' else COMM_L[lang]
    kw = dict(who=person(lang).first, place=pick(['Riverside Park pavilion', 'Lincoln Field', 'community center']), ph=phone('us' if lang == 'en' else lang),
              book=pick(['The Overstory', 'Pachinko', 'Klara and the Sun', 'Circe']))
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    s0, e0 = event_slot(arr, tz, days=(1, 10), hours=(9, 19), dur=(60, 90, 120))
    rr = pick(['FREQ=WEEKLY', 'FREQ=WEEKLY;BYDAY=%s' % pick(['TU,TH', 'MO', 'WE', 'SA', 'FR']), 'FREQ=MONTHLY;BYDAY=1WE', 'FREQ=WEEKLY;INTERVAL=2', 'FREQ=MONTHLY;BYDAY=2TU'])
    e = ev(summ, desc, pick(['Parish hall', 'School gym', 'Community center', 'Library, room 2', '']), s0, e0, rrule=rr)
    if chance(0.3):
        e.exdate = True
    snd = sender_for(client, lang, 'free')
    others = other_people(R.randint(5, 40), lang, [pick(langs.FREEMAIL[lang]) for _ in range(3)])
    s = spec('ham', 'community-series', lang, client, 'club/school/church recurring series without end date from personal account', snd, rc, arr, tz, [e], others=others)
    return _finish(s, client)


# ====================================================================== 6 IT notices
IT_EN = [
    ('Planned maintenance: {sys} ({d})', 'The IT team will perform scheduled maintenance on {sys}. Expect up to {h} hours of downtime.\nNo action needed. Status page: https://status.{dom}\nQuestions: ext. {ext} or helpdesk@{dom}'),
    ('Your password expires in {n} days', 'Reminder: your network password expires soon. Change it from any company laptop (Ctrl+Alt+Del > Change password) or at https://passwordreset.{dom}\nIT will never ask you for your password.'),
    ('MFA enrollment session', 'All staff must enrol in multi-factor authentication by the end of the month. Drop-in session with IT in room {room}, or follow the guide on the intranet: https://intranet.{dom}/it/mfa'),
    ('Laptop refresh appointment', 'Please bring your current laptop and charger to the IT desk. Data will be migrated while you wait (approx. 45 min). Ticket {tk}.'),
]
IT_L = {
    'de': ('Wartungsfenster: {sys}', 'Am {d} finden Wartungsarbeiten an {sys} statt. Mit Ausfällen von bis zu {h} Stunden ist zu rechnen.\nStatus: https://status.{dom}\nIhre IT'),
    'fr': ('Expiration de votre mot de passe dans {n} jours', 'Votre mot de passe réseau expire bientôt. Modifiez-le depuis votre poste (Ctrl+Alt+Suppr) ou sur https://motdepasse.{dom}\nLe service informatique ne vous demandera jamais votre mot de passe.'),
    'pl': ('Prace serwisowe: {sys}', 'W dniu {d} zaplanowano prace serwisowe systemu {sys}. Przerwa potrwa do {h} godzin.\nDział IT'),
    'tr': ('Planlı bakım çalışması: {sys}', '{d} tarihinde {sys} sisteminde planlı bakım yapılacaktır. Yaklaşık {h} saat kesinti beklenmektedir.\nBilgi İşlem'),
    'he': ('תחזוקה מתוכננת: {sys}', 'ביום {d} תתבצע עבודת תחזוקה במערכת {sys}. צפויה השבתה של עד {h} שעות.\nמחלקת מערכות מידע'),
}


def itnotice(lang, client, i):
    arr = arrival()
    tz = tz_for(lang)
    o = org_of(lang)
    rc = person(lang, o[1], style='f.l')
    t = pick(IT_EN) if lang == 'en' else IT_L[lang]
    s0, e0 = event_slot(arr, tz, days=(2, 14), hours=(18, 22), dur=(120, 180, 240))
    kw = dict(sys=pick(['Exchange Online', 'VPN gateway', 'SAP ERP', 'file servers', 'Wi-Fi controllers', 'ERP', 'CRM']), d=s0.strftime('%d.%m.%Y'), h=R.randint(1, 6), dom=o[1],
              ext=digits(4), n=pick([3, 5, 7, 14]), room=R.randint(100, 420), tk='INC' + digits(7))
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    e = ev(summ, desc, pick(['', 'IT desk', 'Room %d' % kw['room'], 'Online']), s0, e0)
    if 'password' in summ.lower() or 'mot de passe' in summ.lower():
        e.allday = True
        e.start, e.end = s0.date(), s0.date() + dt.timedelta(days=1)
        e.alarms = [{'trigger': '-P1D'}]
    if client == 'custom':
        snd = Obj(name=pick(['IT Service Desk', 'ServiceDesk', 'IT-Helpdesk']), addr='%s@%s' % (pick(['servicedesk', 'it-noreply', 'helpdesk']), o[1]), domain=o[1], kind='legit')
        s = spec('ham', 'it-notice', lang, client, 'internal IT notice from ticket system', snd, rc, arr, tz, [e], method=pick(['REQUEST', 'PUBLISH']), subject=summ)
        s.esp = False
        return _finish(s, client)
    snd = _org_sender(client, lang, o, name=pick(['IT Service Desk', None, 'IT Operations']))
    others = other_people(R.choice([0, 30, 200]), lang, [o[1]])
    s = spec('ham', 'it-notice', lang, client, 'internal IT maintenance/password/MFA notice', snd, rc, arr, tz, [e], others=others)
    if client in ('outlook', 'teams') and others and chance(0.5):
        s.to = [Obj(name='All Staff', addr='allstaff@' + o[1])]
    return _finish(s, client)


# ====================================================================== 7 colleague meetings with documents
DOCM_EN = [
    ('Review: {doc}', 'Hi all,\nplease have a look at the draft before we meet: {link}\nComments directly in the doc are fine.\n{name}'),
    ('{proj} weekly sync', 'Agenda:\n1. Status\n2. Risks\n3. Next steps\nNotes doc: {link}'),
    ('Budget walk-through', 'I\'ll walk through the spreadsheet ({link}). Please check your department rows beforehand.\nThanks, {name}'),
    ('1:1 {first} / {name}', 'Our regular 1:1. Running notes: {link}'),
]
DOCM_L = {
    'nl': ('Overleg {proj}', 'Hoi allemaal,\nhet conceptdocument staat hier: {link}\nGraag vooraf doornemen.\nGroet, {name}'),
    'ja': ('{proj} 定例ミーティング', '皆さま\n資料はこちらです：{link}\n事前にご確認ください。\n{name}'),
    'ru': ('Обсуждение: {doc}', 'Коллеги, добрый день!\nЧерновик документа: {link}\nПросьба посмотреть до встречи.\n{name}'),
    'ko': ('{proj} 주간 회의', '안녕하세요,\n회의 자료 링크입니다: {link}\n미리 검토 부탁드립니다.\n{name} 드림'),
    'ar': ('اجتماع مراجعة: {doc}', 'الزملاء الأعزاء،\nيرجى الاطلاع على المسودة قبل الاجتماع: {link}\nمع التحية، {name}'),
    'vi': ('Họp dự án {proj}', 'Chào mọi người,\ntài liệu họp ở đây: {link}\nVui lòng xem trước.\n{name}'),
}


def docmeet(lang, client, i):
    arr = arrival()
    tz = tz_for(lang)
    o = org_of(lang)
    rc = person(lang, o[1], style='f.l')
    snd = _org_sender(client, lang, o)
    if client == 'google':
        link = 'https://docs.google.com/%s/d/%s/edit?usp=sharing' % (pick(['document', 'spreadsheets', 'presentation']), alnum(44))
    elif client in ('outlook', 'teams'):
        link = 'https://%s-my.sharepoint.com/:w:/g/personal/%s/%s' % (o[1].split('.')[0].split('-')[0], snd.addr.replace('@', '_').replace('.', '_'), alnum(40))
    elif client == 'nextcloud':
        link = 'https://cloud.%s/s/%s' % (o[1], alnum(15))
    else:
        link = 'https://wiki.%s/display/%s/%s' % (o[1], pick(['PROJ', 'OPS', 'FIN']), alnum(10))
    t = pick(DOCM_EN) if lang == 'en' else DOCM_L[lang]
    kw = dict(doc=pick(['Q3 roadmap', 'Vendor contract draft', 'Hiring plan', 'Migration runbook']), link=link, name=snd.name.split()[0] if snd.name else '',
              proj=pick(['Atlas', 'Phoenix', 'Nordlicht', 'Falcon', 'Orion']), first=rc.first)
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    s0, e0 = event_slot(arr, tz, days=(1, 10), hours=(9, 16))
    e = ev(summ, desc, pick(['', 'Room %s' % pick(['Oslo', 'Berlin', '3.14', 'A2']), 'Meeting room 2']), s0, e0)
    if 'weekly' in summ.lower() or chance(0.2):
        e.rrule = pick(['FREQ=WEEKLY;BYDAY=%s' % pick(['MO', 'TU', 'WE', 'TH']), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;COUNT=10'])
    if client == 'google':
        e.gmeet = True if chance(0.6) else None
    others = other_people(R.randint(0, 6), lang, [o[1]])
    if chance(0.3):
        e.attach = [(link, None)]
    s = spec('ham', 'doc-share-meeting', lang, client, 'colleague meeting with shared document link', snd, rc, arr, tz, [e], others=others)
    return _finish(s, client)


# ====================================================================== 8 finance reminders / bank-detail warnings
FIN_EN = [
    ('Invoice {inv} due {d}', 'Friendly reminder that invoice {inv} for ${amt} is due on {d}. Payment details are on the invoice as usual.\nIMPORTANT: our bank details have NOT changed. If you ever receive an email asking you to pay to a new account, call us on {ph} before paying.\nAccounts Receivable'),
    ('Month-end close – payroll cut-off', 'Reminder: payroll cut-off is {d} at noon. Submit overtime and expense claims in the portal before then. Changes to bank details must be made in person with HR and ID.'),
    ('Quarterly VAT return deadline', 'VAT return for Q{q} must be filed and paid by {d}. Please send remaining receipts to the finance mailbox.'),
    ('Fraud awareness: supplier bank changes', 'Short session for AP staff on verifying bank-detail change requests. Rule: always call back on a known number, never the one in the email.'),
]
FIN_L = {
    'de': ('Zahlungserinnerung Rechnung {inv}', 'Guten Tag,\nwir erinnern freundlich an die Rechnung {inv} über {amt} €, fällig am {d}.\nHinweis: Unsere Bankverbindung hat sich nicht geändert. Bei abweichenden Zahlungsaufforderungen bitte telefonisch unter {ph} rückfragen.\nBuchhaltung'),
    'it': ('Scadenza fattura {inv}', 'Gentile cliente,\nle ricordiamo la scadenza della fattura {inv} di {amt} € il {d}.\nAttenzione: le nostre coordinate bancarie NON sono cambiate.'),
    'es': ('Recordatorio de pago: factura {inv}', 'Le recordamos que la factura {inv} por {amt} € vence el {d}.\nNuestros datos bancarios no han cambiado; ante cualquier duda llame al {ph}.'),
    'th': ('แจ้งเตือนชำระเงิน ใบแจ้งหนี้ {inv}', 'เรียนลูกค้า\nใบแจ้งหนี้ {inv} จำนวน {amt} บาท ครบกำหนดวันที่ {d}\nบริษัทไม่มีนโยบายเปลี่ยนบัญชีรับเงินทางอีเมล'),
    'zh': ('付款提醒：發票{inv}', '您好，\n發票{inv}金額{amt}元，到期日{d}。\n提醒：本公司收款帳戶並未變更，如收到變更通知請來電確認：{ph}'),
}


def finance(lang, client, i):
    arr = arrival()
    tz = tz_for(lang)
    o = org_of(lang)
    rc = recipient(lang) if chance(0.5) else person(lang, o[1], style='f.l')
    t = pick(FIN_EN) if lang == 'en' else FIN_L[lang]
    s0, e0 = event_slot(arr, tz, days=(3, 25), hours=(9, 15), dur=(30,))
    kw = dict(inv='%d-%s' % (arr.year, digits(4)), amt='{:,.2f}'.format(R.uniform(300, 25000)), d=s0.strftime('%d.%m.%Y' if lang != 'en' else '%b %d'),
              ph=phone('us' if lang == 'en' else {'de': 'de', 'es': 'es'}.get(lang, lang)), q=R.randint(1, 4))
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    e = ev(summ, desc, '', s0, e0)
    if chance(0.5):
        e.allday = True
        e.start, e.end = s0.date(), s0.date() + dt.timedelta(days=1)
    if client == 'custom':
        snd = Obj(name=o[0] + ' Accounts', addr='%s@%s' % (pick(['invoices', 'billing', 'ar']), o[1]), domain=o[1], kind='legit')
        s = spec('ham', 'finance-reminder', lang, client, 'payment reminder from accounting system', snd, rc, arr, tz, [e], method=pick(['PUBLISH', 'REQUEST']), subject=summ,
                 zht=(lang == 'zh'))
        return _finish(s, client)
    snd = _org_sender(client, lang, o, name=pick([None, 'Accounts Receivable', 'Finance Team']))
    s = spec('ham', 'finance-reminder', lang, client, 'finance payment reminder / bank-detail warning', snd, rc, arr, tz, [e], others=other_people(R.randint(0, 4), lang, [o[1]]),
             zht=(lang == 'zh'))
    return _finish(s, client)


# ====================================================================== 9 recruiters
REC_EN = [
    ('Interview: {role} – {co}', 'Hi {first},\nthanks for your time on the phone. Here is the invite for the first interview with {hm} (Hiring Manager). Salary range as discussed.\n{j}\nBest,\n{rec}, Talent Acquisition'),
    ('{co} | Technical interview ({role})', 'This is a 60-minute pair-programming session. You can use any language. Join: {j}\nPlease reply if you need accommodations.'),
    ('Offer call with {co}', 'Great news! We\'d like to walk you through the offer. {j}\n{rec}'),
]
REC_L = {
    'fr': ('Entretien : {role} – {co}', 'Bonjour {first},\nsuite à notre échange, voici l\'invitation pour l\'entretien avec {hm}.\n{j}\nCordialement,\n{rec}'),
    'pt': ('Entrevista: {role} – {co}', 'Olá {first},\nsegue o convite para a entrevista com {hm}.\n{j}\nAbraço,\n{rec}'),
    'hi': ('साक्षात्कार: {role} – {co}', 'नमस्ते {first},\nआपका साक्षात्कार {hm} के साथ निर्धारित है।\n{j}\nधन्यवाद,\n{rec}'),
    'tr': ('Mülakat: {role} – {co}', 'Merhaba {first},\n{hm} ile görüşmeniz için davet ektedir.\n{j}\nSaygılarımla,\n{rec}'),
    'he': ('ראיון עבודה: {role} – {co}', 'שלום {first},\nמצורפת הזמנה לראיון עם {hm}.\n{j}\nבברכה,\n{rec}'),
}


def recruiter(lang, client, i):
    arr = arrival()
    tz = tz_for(lang)
    rc = recipient(lang) if chance(0.5) else person(lang, None)
    o = org_of(lang)
    rec = person(lang, o[1])
    if client == 'zoom':
        j = 'https://%s.zoom.us/j/%s?pwd=%s' % (o[1].split('.')[0].split('-')[0], digits(11), alnum(32))
    elif client == 'google':
        j = 'Google Meet link below'
    elif client == 'teams':
        j = 'Teams link below'
    else:
        j = 'https://%s/i/%s' % (pick(['hireflow.example', 'interviewdesk.test', 'meet.' + o[1]]), alnum(10))
    t = pick(REC_EN) if lang == 'en' else REC_L[lang]
    kw = dict(first=rc.first, role=pick(['Senior Backend Engineer', 'Product Designer', 'Data Analyst', 'Account Executive', 'DevOps Engineer']), co=o[0], hm=person(lang).name,
              j=j, rec=rec.name)
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    s0, e0 = event_slot(arr, tz, days=(1, 12), hours=(9, 17), dur=(30, 45, 60))
    e = ev(summ, desc, 'Online' if chance(0.7) else o[0], s0, e0)
    if client == 'google':
        e.gmeet = True
    if client == 'custom':
        snd = Obj(name='%s Recruiting' % o[0], addr='%s@%s' % (pick(['no-reply', 'recruiting', 'talent']), pick(['hireflow.example', o[1]])), domain=None, kind='legit')
        snd.domain = snd.addr.split('@')[1]
        e.organizer = rec
        s = spec('ham', 'recruiter-interview', lang, client, 'interview scheduled via applicant tracking system', snd, rc, arr, tz, [e], subject=summ, reply_to=rec)
        return _finish(s, client)
    snd = _org_sender(client, lang, o, name=rec.name)
    s = spec('ham', 'recruiter-interview', lang, client, 'recruiter sends interview invitation', snd, rc, arr, tz, [e], others=[Obj(name=kw['hm'], addr=person(lang, o[1]).addr)] if chance(0.5) else [])
    return _finish(s, client)


# ====================================================================== 10 forwarded invitations
FWD_NOTE = {'en': ['FYI – can you join this one?', 'Forwarding as discussed, you should be on this.', 'Please attend on my behalf.', 'See below, I think this is relevant for your team.'],
            'es': ['Te reenvío la invitación, ¿puedes asistir?'], 'el': ['Σου προωθώ την πρόσκληση, μπορείς να έρθεις;'], 'th': ['ส่งต่อคำเชิญนะครับ ช่วยเข้าร่วมแทนหน่อย'],
            'vi': ['Mình chuyển tiếp lời mời, bạn tham dự giúp nhé.'], 'nl': ['Ter info – kun jij hierbij aansluiten?']}


def forwarded(lang, client, i):
    arr = arrival()
    tz = tz_for(lang)
    o = org_of(lang)
    rc = person(lang, o[1], style='f.l')
    fwd = _org_sender(client, lang, o) if client not in ('google', 'yahoo', 'icloud') or chance(0.3) else sender_for(client, lang, 'free')
    if client == 'google':
        fwd = sender_for('google', lang, 'free') if chance(0.5) else _org_sender('google', lang, o)
    # original invitation from an external partner
    po = org_of(lang)
    inner_client = pick(['google', 'outlook', 'teams', 'zoom', 'thunderbird', 'zimbra'])
    iorg = sender_for(inner_client, lang, 'org', org=po)
    s0, e0 = event_slot(arr - dt.timedelta(days=1), tz, days=(2, 15), hours=(9, 16))
    summ = pick({'en': ['Partner workshop', 'Steering committee', 'Supplier QBR', 'Kick-off: joint project'], 'es': ['Reunión de seguimiento'], 'el': ['Συνάντηση συνεργατών'],
                 'th': ['ประชุมพันธมิตร'], 'vi': ['Họp đối tác'], 'nl': ['Overleg samenwerking']}[lang])
    e = ev(summ, pick(['Agenda to follow.', 'See attached deck.', '']), pick(['', 'Online', po[0]]), s0, e0)
    inner = spec('ham', 'x', lang, inner_client, '', iorg, fwd, arr - dt.timedelta(hours=R.randint(2, 48)), tz, [e])
    mode = pick(['inline', 'inline', 'rfc822'])
    fc = Obj(inner=inner, mode=mode, note=pick(FWD_NOTE[lang]))
    s = spec('ham', 'forwarded-invite', lang, client, 'colleague forwards a partner invitation (%s)' % mode, fwd, rc, arr, tz, [e], fwd=fc)
    if client == 'outlook':
        s.variant = pick(['desktop', 'm365'])
    return s


# ====================================================================== 11 mailing-list copies
LIST_EN = [
    ('{proj} community call', 'Monthly community call. Agenda and notes: https://{ldom}/wiki/CommunityCall\nEveryone is welcome, no registration needed.'),
    ('Board meeting – {assoc}', 'Members may attend as observers. Minutes of the last meeting are in the archive.'),
    ('Seminar: {talk}', 'Speaker: {sp} ({uni})\nAbstract: We present recent results on {talk}. Coffee and cookies from 15:45.'),
]
LIST_L = {
    'de': ('Vorstandssitzung {assoc}', 'Liebe Mitglieder,\ndie nächste Vorstandssitzung findet wie unten angegeben statt. Gäste sind willkommen.'),
    'fr': ('Réunion mensuelle – {assoc}', 'Bonjour à toutes et à tous,\nvoici l\'invitation à notre réunion mensuelle. Ordre du jour sur le wiki.'),
    'ru': ('Семинар: {talk}', 'Докладчик: {sp}\nПриглашаются все желающие.'),
    'ja': ('勉強会のお知らせ：{talk}', 'メーリングリストの皆さま\n次回の勉強会のご案内です。どなたでも参加できます。'),
    'pl': ('Spotkanie koła naukowego', 'Zapraszamy na kolejne spotkanie. Program w załączniku.'),
}


def listcopy(lang, client, i):
    arr = arrival()
    tz = tz_for(lang)
    rc = recipient(lang)
    ldom = pick(['lists.openfoundation.example', 'lists.uni-musterstadt.example', 'lists.hamradio-club.test', 'lists.freegeo.example', 'groups.cityorchestra.test'])
    lname = pick(['community', 'members', 'seminar', 'dev', 'board', 'announce'])
    t = pick(LIST_EN) if lang == 'en' else LIST_L[lang]
    kw = dict(proj=pick(['OpenGeo', 'Flux', 'Kestrel', 'Libretto']), ldom=ldom, assoc=pick(['Amateur Radio Club', 'Verein Freies Netz', 'Association Vélo Ville', 'Jazz Society']),
              talk=pick(['sparse graph embeddings', 'soil microbiomes', 'quantum error correction', 'urban heat islands']), sp=person(lang).name, uni=pick(['ETH', 'KU Leuven', 'TU Delft']))
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    s0, e0 = event_slot(arr, tz, days=(3, 20), hours=(10, 19))
    e = ev(summ, desc, pick(['Online', 'Room 1.23', 'https://meet.jit.si/%s%s' % (kw['proj'], alnum(6))]), s0, e0)
    snd = sender_for(client, lang, 'free' if client not in ('zimbra', 'sogo', 'nextcloud', 'custom') else 'org')
    laddr = '%s@%s' % (lname, ldom)
    others = [Obj(name=None, addr=laddr)]
    s = spec('ham', 'list-copy', lang, client, 'invitation relayed by mailing list (DKIM broken by list footer)', snd, rc, arr, tz, [e], others=others)
    s.to = [Obj(name=None, addr=laddr)]
    s.events[0].attendees = [(Obj(name=lname, addr=laddr), 'REQ-PARTICIPANT', 'NEEDS-ACTION', chance(0.3))]
    s.listinfo = dict(domain=ldom, addr=laddr, name=lname, tag=lname if chance(0.6) else None, munge=chance(0.35), mm3=chance(0.6), to_list=True)
    return _finish(s, client)


# ====================================================================== 12 replies / cancellations
RC_SUMM = {'en': ['Project kickoff', 'Design review', 'Quarterly planning', 'Coffee chat', 'Client demo prep'], 'it': ['Riunione di progetto'], 'ko': ['주간 회의'],
           'ar': ['اجتماع التخطيط'], 'zh': ['项目周会'], 'hi': ['टीम मीटिंग'], 'tr': ['Proje toplantısı']}


def replycancel(lang, client, i):
    arr = arrival()
    tz = tz_for(lang)
    o = org_of(lang)
    rc = person(lang, o[1], style='f.l')
    summ = pick(RC_SUMM[lang])
    s0, e0 = event_slot(arr, tz, days=(1, 14), hours=(9, 16))
    kind = pick(['REPLY', 'REPLY', 'REPLY', 'CANCEL'])
    if kind == 'REPLY':
        att = _org_sender(client, lang, o if chance(0.6) else org_of(lang))
        ps = pick(['ACCEPTED', 'ACCEPTED', 'DECLINED', 'TENTATIVE'])
        e = ev(summ, None, pick(['', 'Room 2']), s0, e0, partstat=ps, replier=att, seq=pick([0, 0, 1]))
        e.attendees = [(att, 'REQ-PARTICIPANT', ps, False)]
        e.organizer = rc
        s = spec('ham', 'reply-cancel', lang, client, 'attendee %s reply to meeting organised by recipient' % ps.lower(), att, rc, arr, tz, [e], method='REPLY', org=rc)
        if chance(0.4):
            s.note = pick({'en': ['See you there!', 'Sorry, I\'m out that day.', 'Might be 5 min late.'], 'it': ['Ci sarò.'], 'ko': ['참석하겠습니다.'], 'ar': ['سأحضر بإذن الله.'],
                           'zh': ['好的，准时参加。'], 'hi': ['मैं शामिल रहूँगा।'], 'tr': ['Katılacağım.']}[lang])
    else:
        orgp = _org_sender(client, lang, o)
        e = ev(summ, pick([None, 'Cancelled – will reschedule.']), '', s0, e0, seq=pick([1, 2]), status='CANCELLED')
        s = spec('ham', 'reply-cancel', lang, client, 'organiser cancels meeting the recipient accepted', orgp, rc, arr, tz, [e], method='CANCEL',
                 others=other_people(R.randint(0, 4), lang, [o[1]]))
    return _finish(s, client)


# ====================================================================== 13 personal invitations
PERS_EN = [
    ('{name}\'s birthday party 🎉', 'Come celebrate with us! Food and drinks provided, bring your swimsuit. RSVP so we know how many burgers to get :)'),
    ('Dinner at ours', 'Hey! Dinner on {d}? Nothing fancy, just pasta and wine. Kids welcome.'),
    ('BBQ in the garden', 'Weather looks good – BBQ from 4pm. Bring whatever you like to drink.'),
    ('Mum\'s 70th', 'Surprise lunch for Mum at {place}. Please don\'t mention it to her! Cost about $40 pp, I\'ll collect later.'),
    ('Wedding: {name} & {name2}', 'We are so happy to invite you to our wedding! Ceremony at 2pm, reception to follow. Details and gift list: https://{site}'),
]
PERS_L = {
    'ru': ('День рождения {name}', 'Приходите отмечать! Будет шашлык и торт. Напишите, если придёте.'),
    'el': ('Γιορτή του {name}', 'Σας περιμένουμε στο σπίτι για φαγητό και κρασί!'),
    'pt': ('Churrasco no sábado', 'Pessoal, churrasco lá em casa! Cada um traz a sua bebida.'),
    'vi': ('Sinh nhật {name}', 'Mời cả nhà đến dự tiệc sinh nhật nhé! Có bánh kem và lẩu.'),
    'he': ('ארוחת שישי אצלנו', 'מוזמנים לארוחת שישי! תביאו רק מצב רוח טוב.'),
    'th': ('ปาร์ตี้วันเกิด{name}', 'มาฉลองวันเกิดด้วยกันนะ มีอาหารและเค้ก'),
}


def personal(lang, client, i):
    arr = arrival()
    tz = tz_for(lang)
    rc = recipient(lang)
    snd = sender_for(client, lang, 'free')
    t = pick(PERS_EN) if lang == 'en' else PERS_L[lang]
    kw = dict(name=person(lang).first, name2=person(lang).first, d=pick(['Saturday', 'Friday']), place=pick(['The Olive Tree', 'Rosie\'s Café']),
              site=pick(['www.zola.example/wedding/', 'ourbigday.example/']) + alnum(6).lower())
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    s0, e0 = event_slot(arr, tz, days=(3, 60), hours=(12, 19), dur=(180, 240))
    e = ev(summ, desc, pick(['Our place', '12 Willow Lane', 'Home', '', kw['place']]), s0, e0)
    others = other_people(R.randint(1, 15), lang, langs.FREEMAIL[lang])
    s = spec('ham', 'personal-invite', lang, client, 'personal invitation between friends/family', snd, rc, arr, tz, [e], others=others)
    return _finish(s, client)


# ====================================================================== 14 requested support callbacks
SUP_EN = [
    ('Callback scheduled – case {case}', 'As requested, a support engineer will call you at {ph_c} during the window below.\nCase: {case}\nIf the time no longer suits you, reschedule here: https://{dom}/cases/{case}\nWe will never ask for passwords or remote access without an open case.'),
    ('Technician visit – order {case}', 'Your broadband installation is booked. The technician will call {ph_c} 30 minutes before arrival.\nReference {case}. Change appointment: {ph}'),
    ('Support session: {prod} onboarding', 'Thanks for your request. Your onboarding specialist {agent} will call you. Case {case}. Join link as backup: {j}'),
]
SUP_L = {
    'es': ('Llamada de soporte programada – caso {case}', 'Tal como solicitó, un técnico le llamará al {ph_c} en la franja indicada.\nCaso: {case}'),
    'ar': ('موعد اتصال الدعم الفني – طلب {case}', 'بناءً على طلبك، سيتصل بك أحد المختصين على الرقم {ph_c}.\nرقم الطلب: {case}'),
    'ja': ('サポートからの折り返しのご案内（受付番号 {case}）', 'お問い合わせありがとうございます。担当者より{ph_c}へお電話いたします。\n受付番号：{case}'),
    'ko': ('상담 예약 확인 – 접수번호 {case}', '요청하신 상담 전화가 아래 시간에 예정되어 있습니다.\n연락처: {ph_c}\n접수번호: {case}'),
    'it': ('Richiamata assistenza – pratica {case}', 'Come richiesto, un tecnico la richiamerà al numero {ph_c}.\nPratica: {case}'),
}


def support(lang, client, i):
    arr = arrival()
    tz = tz_for(lang)
    rc = recipient(lang)
    vendor = pick([('Cobalt Ridge Software', 'cobaltridge.io'), ('Fibrenet Broadband', 'fibrenet-bb.example'), ('Quillon Analytics', 'quillon-analytics.com'),
                   ('Helix Printers Support', 'helixprint.test')])
    t = pick(SUP_EN) if lang == 'en' else SUP_L[lang]
    kw = dict(case=pick(['CS', '', 'SR-']) + digits(8), ph_c=phone(pick(['us', 'uk'])) if lang == 'en' else phone({'es': 'es'}.get(lang, lang)), ph=phone('us'), dom=vendor[1],
              prod=vendor[0].split()[0], agent=person(lang).name, j='https://meet.%s/%s' % (vendor[1], alnum(8).lower()))
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    s0, e0 = event_slot(arr, tz, days=(0, 4), hours=(9, 17), dur=(30, 60, 120))
    e = ev(summ, desc, pick(['Phone', kw['ph_c'], '']), s0, e0)
    if client == 'custom':
        snd = _brand_sender(client, lang, vendor[0], vendor[1], pick(['support', 'noreply', 'service']))
        e.organizer = Obj(name=vendor[0] + ' Support', addr=snd.addr)
        s = spec('ham', 'support-callback', lang, client, 'requested support callback confirmation', snd, rc, arr, tz, [e], method=pick(['REQUEST', 'PUBLISH']), subject=summ)
        return _finish(s, client)
    snd = sender_for(client, lang, 'org', org=vendor, name=kw['agent']) if client not in ('yahoo', 'icloud') else sender_for(client, lang, 'free')
    s = spec('ham', 'support-callback', lang, client, 'support agent books the callback the customer asked for', snd, rc, arr, tz, [e])
    return _finish(s, client)


CATEGORIES = [
    ('travel-booking', travel, ['de', 'fr', 'ja', 'zh', 'ru', 'ar', 'it'], 6, ['custom', 'google', 'outlook', 'zimbra', 'icloud', 'yahoo', 'applemail', 'thunderbird']),
    ('hotel-restaurant', hotel, ['es', 'pt', 'el', 'th', 'ko', 'tr'], 5, ['custom', 'outlook', 'google', 'zimbra', 'sogo', 'yahoo', 'thunderbird', 'icloud']),
    ('medical-appointment', medical, ['de', 'nl', 'he', 'pl', 'fr', 'vi'], 5, ['custom', 'google', 'outlook', 'nextcloud', 'zimbra', 'sogo', 'icloud', 'thunderbird', 'zoom']),
    ('webinar-conference', webinar, ['de', 'ja', 'hi', 'zh', 'es', 'ko'], 7, ['zoom', 'teams', 'google', 'custom', 'outlook', 'icloud', 'applemail']),
    ('community-series', community, ['it', 'pt', 'ru', 'el', 'ar', 'hi'], 6, ['google', 'yahoo', 'icloud', 'outlook', 'nextcloud', 'thunderbird', 'applemail', 'sogo', 'zimbra', 'zoom']),
    ('it-notice', itnotice, ['de', 'fr', 'pl', 'tr', 'he'], 6, ['outlook', 'teams', 'google', 'zimbra', 'sogo', 'nextcloud', 'custom']),
    ('doc-share-meeting', docmeet, ['nl', 'ja', 'ru', 'ko', 'ar', 'vi'], 6, ['google', 'outlook', 'teams', 'nextcloud', 'zimbra', 'sogo', 'thunderbird', 'applemail', 'zoom']),
    ('finance-reminder', finance, ['de', 'it', 'es', 'th', 'zh'], 6, ['outlook', 'teams', 'google', 'zimbra', 'thunderbird', 'custom', 'nextcloud', 'applemail', 'yahoo']),
    ('recruiter-interview', recruiter, ['fr', 'pt', 'hi', 'tr', 'he'], 6, ['google', 'teams', 'outlook', 'zoom', 'custom', 'yahoo', 'icloud']),
    ('forwarded-invite', forwarded, ['es', 'el', 'th', 'vi', 'nl'], 6, ['google', 'outlook', 'thunderbird', 'applemail', 'yahoo']),
    ('list-copy', listcopy, ['de', 'fr', 'ru', 'ja', 'pl'], 6, ['google', 'outlook', 'thunderbird', 'zimbra', 'sogo', 'nextcloud', 'applemail', 'custom', 'yahoo', 'icloud']),
    ('reply-cancel', replycancel, ['it', 'ko', 'ar', 'zh', 'hi', 'tr'], 5, ['google', 'outlook', 'teams', 'icloud', 'applemail', 'thunderbird', 'zimbra', 'yahoo', 'sogo', 'nextcloud']),
    ('personal-invite', personal, ['ru', 'el', 'pt', 'vi', 'he', 'th'], 5, ['google', 'icloud', 'applemail', 'yahoo', 'outlook', 'thunderbird', 'nextcloud']),
    ('support-callback', support, ['es', 'ar', 'ja', 'ko', 'it'], 6, ['custom', 'outlook', 'google', 'zoom', 'teams', 'zimbra', 'thunderbird']),
]
