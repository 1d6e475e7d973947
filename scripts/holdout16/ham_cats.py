# -*- coding: utf-8 -*-
"""Legitimate calendar mail for holdout16, including the hard look-alike traps."""
from datetime import timedelta, datetime

import people
import tz as TZ
from common import (set_arrival, ev_time, event, att, org_of, rcpt_att, identity, person, local_part, make_rcpt,
                    money, code, other_org, random_people_emails, L, ORGS)
from content import pick, fill, put_url, URLTOK, set_list, F
from clients import legacy_for_lang, when_text
from util import rid, ALNUM, LOWALNUM, HEX, HEXU, uuid

HAM_SCRIPT_QUIRKS = ['no_method', 'nofold', 'charfold', 'no_mime_method', 'unescaped', 'no_dtstamp']


def inner(c):
    return c.client_inner if c.client == 'mlist' else c.client


def ham_spec(c, events, method='REQUEST', **kw):
    rng = c.rng
    cl = inner(c)
    if isinstance(events, dict):
        events = [events]
    q = set()
    spec = dict(method=method, events=events, quirks=q)
    if cl == 'script' and rng.random() < 0.6:
        q.add(rng.choice(HAM_SCRIPT_QUIRKS))
        if rng.random() < 0.3:
            spec['charset'] = legacy_for_lang(c, 0.5)
    if cl == 'transactional' and rng.random() < 0.2:
        q.add(rng.choice(['no_method', 'nofold', 'no_dtstamp']))
    spec.update(kw)
    c.spec = spec
    for ev in events:
        for k in ('summary', 'desc', 'location'):
            if ev.get(k) and URLTOK in ev[k]:
                ev[k] = put_url(ev[k], kw.get('_url', ''))
    spec.pop('_url', None)
    return spec


def S(c, **kw):
    d = dict(rfirst=c.rcpt['first'], rname=c.rcpt['name'], rlast=c.rcpt['last'], remail=c.rcpt['email'],
             rorg=c.rcpt.get('org') or c.rcpt['domain'])
    d.update(kw)
    return d


def service(c, name, domain, lp='noreply', esp=None, **kw):
    s = identity(c, 'org', person(c.rng, c.lang), domain=domain, lp=lp, name=name, **kw)
    s['kind'] = 'brand'
    if esp:
        s['esp'] = esp
    return s


def tx_brand(c, name, domain, prodid, ics_name='event.ics', color='#003580', footer='', **kw):
    b = dict(name=name, prodid=prodid, uid_domain=domain, ics_name=ics_name, color=color, footer=footer,
             uid_style=kw.pop('uid_style', 'numeric'), boundary=kw.pop('boundary', c.rng.choice(['sg', 'ses', 'other'])))
    b.update(kw)
    return b


def city_time(c, tzname, days, hour, dur, weekday_only=False):
    return ev_time(c, tzname, days=days, hour=hour, dur=dur, weekday_only=weekday_only)


def esp_pick(rng):
    return rng.choice(['ses', 'sendgrid', 'mailgun', 'postmark', 'sparkpost'])


# ====================================================================== 1 travel bookings (airline, rail)

AIRLINES_EN = [('Aurora Airways', 'aurora-airways.com', 'AW'), ('Skylark Air', 'skylarkair.com', 'SY'), ('Meridian Atlantic', 'meridian-atlantic.com', 'MQ')]
ROUTES_EN = [('London Heathrow (LHR)', 'New York JFK (JFK)', 'Europe/London', 7 * 60 + 55), ('Chicago O\'Hare (ORD)', 'Denver (DEN)', 'America/Chicago', 170),
             ('Boston Logan (BOS)', 'Lisbon (LIS)', 'America/New_York', 400), ('Manchester (MAN)', 'Malaga (AGP)', 'Europe/London', 170),
             ('Sydney (SYD)', 'Auckland (AKL)', 'Australia/Sydney', 185)]

T_TRAVEL = {
    'airline': dict(s='Flight {flight} {orig} – {dest}', d='Booking reference: {pnr}\nPassenger: {rname}\nFlight {flight}, {date}\nDeparture {orig} {dep} – arrival {dest} {arr}\nSeat {seat}, Economy Light, 1 x 23 kg checked bag\nE-ticket: {eticket}\nTotal paid: {cur}{amount}\n\nOnline check-in opens 30 hours before departure: {url}\nCustomer service: {phone}'),
    'rail': dict(s='Train {train} {orig} → {dest}', d='Order number: {order}\nCoach {coach}, seat {seat}\nPrice: {cur}{amount} (Advance Single, not refundable)\nShow the QR code in the app or the PDF attached to your confirmation e-mail.\nManage booking: {url}\nHelp: {phone}'),
    'agency': dict(s='Your trip to {destcity}', d='Thank you for booking with {brand}!\nBooking number: {order}\nOutbound and return flights are shown as separate calendar entries.\nAll prices include taxes and fees. Total charged: {cur}{amount}.\nYour itinerary and receipt: {url}\nQuestions? Call {phone} (24/7).'),
    'personal': dict(s='✈️ {dest} – {flight}', d='Booking ref {pnr} ({brand}). Seats {seat} and the one next to it.\nLeaving home at {leave}, taxi booked.\nCheck-in link: {url}'),
    'desk': dict(s='Travel: {flight} {orig}-{dest}', d='Your travel has been booked by Corporate Travel Services.\nRecord locator: {pnr}\nAirline: {brand}, flight {flight}\nHotel: not requested\nPlease do not reply to this message. For changes contact the travel desk on {phone} or travel@{rdomain}.\nCost centre charged: {cc}'),
    'de': dict(s='Ihre Fahrt {orig} → {dest}', d='Auftragsnummer: {order}\nZug {train}, Wagen {coach}, Platz {seat}\nPreis: {amount} € (Sparpreis, zuggebunden)\nIhr Ticket finden Sie in der App oder unter {url}\nService-Hotline: {phone}'),
    'fr': dict(s='Votre voyage {orig} → {dest}', d='Référence de dossier : {pnr}\nTrain {train}, voiture {coach}, place {seat}\nPrix total : {amount} €\nVotre e-billet est disponible dans votre espace client : {url}\nBon voyage !'),
    'ja': dict(s='【搭乗のご案内】{flight}便 {orig}→{dest}', d='ご予約番号：{pnr}\nご搭乗者：{rname} 様\n{flight}便 {date}\n出発 {orig} {dep} → 到着 {dest} {arr}\n座席：{seat}\nお支払金額：{amount}円\nオンラインチェックインはこちら：{url}\nお問い合わせ：{phone}'),
    'zh': dict(s='航班行程：{flight} {orig}—{dest}', d='订单号：{order}\n乘机人：{rname}\n航班：{flight} {date}\n{orig} {dep} 起飞，{dest} {arr} 到达\n座位：{seat}\n票价合计：￥{amount}\n请于起飞前45分钟完成值机。网上值机：{url}\n客服电话：{phone}'),
    'th': dict(s='ยืนยันการจองเที่ยวบิน {flight}', d='รหัสการจอง: {pnr}\nผู้โดยสาร: {rname}\nเที่ยวบิน {flight} {date}\nออกเดินทาง {orig} {dep} ถึง {dest} {arr}\nยอดชำระ: {amount} บาท\nเช็คอินออนไลน์: {url}\nศูนย์บริการลูกค้า: {phone}'),
    'es': dict(s='Tren a {destcity} 🚄', d='Te paso los billetes para que los tengas en el calendario.\nLocalizador: {pnr}\nTren {train}, coche {coach}, plazas {seat}\nImporte: {amount} €\nSi hay cambios se consultan en {url}'),
}


def travel(c):
    rng = c.rng
    cl = inner(c)
    lang = c.lang
    tzname = c.rcpt['tz']
    pnr = code(rng, 6)
    phone = people.phone(rng, people.L[lang]['phone'])
    if lang == 'en':
        kind = {'transactional': ['airline', 'rail', 'agency'][c.lang_idx % 3], 'google': 'personal', 'apple': 'personal', 'outlook': 'desk'}[cl]
    else:
        kind = lang
    sl = S(c, pnr=pnr, phone=phone, seat='%d%s' % (rng.randint(3, 38), rng.choice('ABCDEF')), eticket='%03d-%010d' % (rng.randint(100, 999), rng.randint(10 ** 9, 10 ** 10 - 1)),
           order=str(rng.randint(10 ** 8, 10 ** 9)), coach=rng.randint(1, 14), train=rng.choice(['ICE', 'IC', 'TGV', 'AVE', 'LNER']) + ' ' + str(rng.randint(100, 999)),
           cur=rng.choice(['$', '£', '€']), amount=money(rng, 38, 780), leave='%d:%02d' % (rng.randint(4, 8), rng.choice([0, 15, 30, 45])),
           cc=str(rng.randint(1000, 9999)), rdomain=c.rcpt['domain'])
    if kind in ('airline', 'personal', 'desk', 'agency'):
        an, ad, ac = rng.choice(AIRLINES_EN)
        orig, dest, tzname, dur = rng.choice(ROUTES_EN)
        sl.update(brand=an, flight='%s %d' % (ac, rng.randint(10, 2999)), orig=orig, dest=dest, destcity=dest.split(' (')[0].split(' ')[0])
    elif kind == 'rail':
        an, ad = 'Northern Crown Rail', 'northerncrownrail.co.uk'
        orig, dest, tzname, dur = rng.choice([('London Kings Cross', 'York', 'Europe/London', 115), ('Edinburgh', 'Newcastle', 'Europe/London', 90)])
        sl.update(brand=an, orig=orig, dest=dest, destcity=dest)
    elif kind == 'de':
        an, ad = 'Nordlicht Bahn', 'nordlicht-bahn.de'
        orig, dest, tzname, dur = 'Leipzig Hbf', rng.choice(['Köln Hbf', 'Hamburg Hbf', 'München Hbf']), 'Europe/Berlin', rng.choice([190, 230, 275])
        sl.update(orig=orig, dest=dest)
    elif kind == 'fr':
        an, ad = 'Ligne Azur', 'ligne-azur.fr'
        orig, dest, tzname, dur = 'Lyon Part-Dieu', rng.choice(['Marseille St-Charles', 'Paris Gare de Lyon', 'Montpellier St-Roch']), 'Europe/Paris', rng.choice([100, 120, 115])
        sl.update(orig=orig, dest=dest)
    elif kind == 'ja':
        an, ad = '東都エアライン', 'toto-air.co.jp'
        orig, dest, tzname, dur = '東京（羽田）', rng.choice(['福岡', '札幌（新千歳）', '那覇']), 'Asia/Tokyo', rng.choice([110, 95, 160])
        sl.update(orig=orig, dest=dest, flight='TA%d' % rng.randint(100, 999), amount='{:,}'.format(rng.randint(12000, 48000)))
    elif kind == 'zh':
        an, ad = '云海航空', 'yunhai-air.com.cn'
        orig, dest, tzname, dur = '上海虹桥', rng.choice(['成都天府', '广州白云', '西安咸阳']), 'Asia/Shanghai', rng.choice([170, 140, 150])
        sl.update(orig=orig, dest=dest, flight='YH%d' % rng.randint(1000, 9999), amount='{:,}'.format(rng.randint(600, 2600)))
    elif kind == 'th':
        an, ad = 'สยามสกาย แอร์', 'siamsky-air.co.th'
        orig, dest, tzname, dur = 'กรุงเทพฯ (DMK)', rng.choice(['เชียงใหม่ (CNX)', 'ภูเก็ต (HKT)']), 'Asia/Bangkok', rng.choice([70, 85])
        sl.update(orig=orig, dest=dest, flight='SY%d' % rng.randint(100, 999), amount='{:,}'.format(rng.randint(1200, 4800)))
    elif kind == 'es':
        an, ad = 'Ferrovías del Sur', 'ferroviasdelsur.es'
        orig, dest, tzname, dur = 'Madrid Puerta de Atocha', 'Sevilla Santa Justa', 'Europe/Madrid', 155
        sl.update(orig=orig, dest=dest, destcity='Sevilla', seat='%d%s y %d%s' % (7, 'A', 7, 'B'))
    st, en = city_time(c, tzname, (5, 60), (6, 19), dur)
    sl.update(date=people.fmt_date(lang, st), dep='%02d:%02d' % (st.hour, st.minute), arr='%02d:%02d' % (en.hour, en.minute))
    url = 'https://www.%s/%s' % (ad, rng.choice(['checkin?pnr=%s&ln=%s' % (pnr, c.rcpt['person']['llast'].upper()), 'my-booking/%s' % pnr, 'manage?ref=%s' % pnr]))
    t = dict(T_TRAVEL[kind])
    sl2 = dict(sl)
    sl2['url'] = url
    summ, desc = F(t['s'], sl2), F(t['d'], sl2)
    loc = sl['orig']
    if kind in ('personal', 'desk', 'es', 'zh'):
        # shared by a person
        if cl == 'google':
            p = person(rng, lang)
            identity(c, 'free', p)
        elif cl == 'apple':
            identity(c, 'free', person(rng, lang))
        else:
            identity(c, 'org', person(rng, lang), domain=c.rcpt['domain'] if c.rcpt['org'] else other_org(c)[1], lp='travel.desk', name='Corporate Travel')
        ev = event(c, summ, desc, st, en, tzname, location=loc, attendees=[att(c.sender, partstat='ACCEPTED'), rcpt_att(c)])
        ham_spec(c, ev, 'REQUEST')
        c.desc = '%s itinerary shared via %s (%s)' % (an, cl, lang)
        return
    service(c, an, ad, lp=rng.choice(['noreply', 'booking', 'no-reply', 'confirmation']), esp=esp_pick(rng))
    ev = event(c, summ, desc, st, en, tzname, location=loc, organizer=dict(name=an, email=c.sender['email']),
               attendees=[att(c.rcpt['email'], c.rcpt['name'], partstat=rng.choice(['ACCEPTED', 'NEEDS-ACTION']), rsvp=False)] if rng.random() < 0.6 else [],
               uid='%s-%s@%s' % (pnr, rid(rng, 6, '0123456789'), ad), status='CONFIRMED', transp='OPAQUE')
    evs = [ev]
    if kind == 'agency':
        st2, en2 = st + timedelta(days=rng.randint(4, 12)), en + timedelta(days=rng.randint(4, 12))
        ev['summary'] = 'Outbound: ' + sl['flight'] + ' ' + sl['orig'] + ' – ' + sl['dest']
        ev2 = event(c, 'Return: %s %d %s – %s' % (sl['flight'].split()[0], rng.randint(10, 2999), sl['dest'], sl['orig']), desc, st2, st2 + (en - st), tzname,
                    location=sl['dest'], organizer=ev['organizer'], attendees=list(ev['attendees']), uid='%s-R@%s' % (pnr, ad), status='CONFIRMED')
        evs.append(ev2)
    if rng.random() < 0.5:
        ev['alarms'] = [dict(trigger=timedelta(hours=-rng.choice([3, 24])), desc=summ)]
    body = desc.replace(url, url) + '\n'
    ham_spec(c, evs, rng.choice(['PUBLISH', 'PUBLISH', 'REQUEST']), subject={'airline': 'Your booking confirmation %s' % pnr, 'rail': 'Your e-ticket: %s' % sl['order'],
                                                                              'agency': 'Itinerary %s – %s' % (sl['order'], sl.get('destcity', ''))}.get(kind, summ),
             body=body, brand=tx_brand(c, an, ad, rng.choice(['-//%s//Booking Engine 3.2//EN' % (an if an.isascii() else ad.split('.')[0]), '-//%s//NONSGML Itinerary//EN' % ad, '-//Sabre//Trip//EN']),
                                       rng.choice(['booking.ics', 'itinerary.ics', 'flight.ics', 'ticket.ics']), footer='%s · %s' % (an, phone)))
    if lang == 'ja':
        c.spec['charset'] = rng.choice(['iso-2022-jp', 'utf-8'])
    if lang == 'zh':
        c.spec['charset'] = rng.choice(['gb2312', 'utf-8'])
    c.desc = '%s booking confirmation (%s)' % (an, lang)


# ====================================================================== 2 hotel and restaurant bookings

T_HOTEL = {
    'hotel_platform': dict(s='Your stay at {hotel}', d='Confirmation number: {conf}\nPIN: {pin}\nCheck-in: {date} (from 15:00)\nCheck-out: {date2} (until 11:00)\n1 x Double Room, breakfast included\nTotal price: {cur}{amount} (you pay at the property)\nFree cancellation until {canc}.\nProperty phone: {phone}\nManage your booking: {url}'),
    'restaurant_platform': dict(s='Reservation at {rest} – {n} guests', d='Your table for {n} is confirmed.\n{date}, {time}\n{rest}, {addr}\nWe hold tables for 15 minutes. To cancel or change, call {phone} or use {url}\nA card guarantee of {cur}25 per person applies to no-shows.'),
    'personal_en': dict(s='Dinner at {rest}', d='Booked for {n} at {time}, under my name. Confirmation {conf}.\nThey charge a no-show fee so let me know by Thursday if you can\'t make it!'),
    'hotel_shared': dict(s='Hotel in {city} – {hotel}', d='Booked two nights, confirmation {conf}, PIN {pin}. Paid {cur}{amount} already (non-refundable rate).\nAddress: {addr}\nTheir number: {phone}'),
    'it': dict(s='Prenotazione confermata – {hotel}', d='Numero di conferma: {conf}\nArrivo: {date} (dalle 14:00)\nPartenza: {date2} (entro le 10:30)\nCamera doppia con colazione\nTotale: {amount} € – tassa di soggiorno esclusa\nCancellazione gratuita fino al {canc}\nTel. struttura: {phone}\nGestisci la prenotazione: {url}'),
    'es': dict(s='Reserva confirmada en {rest}', d='¡Hola {rfirst}!\nTu reserva para {n} personas está confirmada.\nFecha: {date}, {time}\nDirección: {addr}\nSi no puedes venir, cancela en {url} o llámanos al {phone}.\n¡Te esperamos!'),
    'el': dict(s='Επιβεβαίωση κράτησης – {hotel}', d='Αριθμός κράτησης: {conf}\nΆφιξη: {date} από 14:00\nΑναχώρηση: {date2} έως 11:00\nΔίκλινο δωμάτιο με θέα θάλασσα, πρωινό\nΣύνολο: {amount} € (προκαταβολή 30% με κάρτα)\nΤηλέφωνο ξενοδοχείου: {phone}'),
    'tr': dict(s='Rezervasyon onayı – {hotel}', d='Rezervasyon numarası: {conf}\nGiriş: {date} (14:00\'ten itibaren)\nÇıkış: {date2} (12:00\'ye kadar)\nÇift kişilik oda, kahvaltı dahil\nToplam: {amount} TL\nÜcretsiz iptal: {canc} tarihine kadar\nOtel telefonu: {phone}\n{url}'),
    'pt': dict(s='Jantar de aniversário – {rest}', d='Reservei mesa para {n} pessoas às {time}, em nome de {sname}. Código da reserva {conf}.\nEndereço: {addr}\nEles cobram taxa de no-show, então me avisem até quinta!'),
    'ko': dict(s='[예약 확정] {hotel} 객실 예약 안내', d='예약번호: {conf}\n체크인: {date} 15:00 이후\n체크아웃: {date2} 11:00 이전\n디럭스 더블, 조식 포함\n결제 금액: {amount}원\n문의: {phone}\n예약 확인: {url}'),
}
HOTELS = {'en': ['The Marlowe Bath', 'Harbour Lights Hotel', 'Cedar Lodge Aspen', 'Kingsway Suites'], 'it': ['Hotel Villa Aurelia', 'Albergo Lago Blu'],
          'el': ['Ξενοδοχείο Αλκυόνη', 'Aegean Blue Suites'], 'tr': ['Ege Mavi Otel', 'Kapadokya Taş Konak'], 'ko': ['해운대 오션뷰 호텔', '제주 그린리조트']}
HOTEL_DOM = {'Hotel Villa Aurelia': 'villa-aurelia.it', 'Albergo Lago Blu': 'albergolagoblu.it', 'Ξενοδοχείο Αλκυόνη': 'alkyoni-hotel.gr',
             'Aegean Blue Suites': 'aegeanbluesuites.gr', 'Ege Mavi Otel': 'egemaviotel.com.tr', 'Kapadokya Taş Konak': 'kapadokyataskonak.com',
             '해운대 오션뷰 호텔': 'haeundae-oceanview.co.kr', '제주 그린리조트': 'jeju-greenresort.co.kr'}
RESTS = {'en': ['Ember & Oak', 'The Copper Kettle', 'Osteria Lucca', 'Saffron House'], 'es': ['Casa Lola', 'Taberna El Puerto'], 'pt': ['Bistrô Jabuticaba', 'Tasca do Largo']}


def hotel(c):
    rng = c.rng
    cl = inner(c)
    lang = c.lang
    tzname = c.rcpt['tz']
    if lang == 'en':
        kind = {'transactional': ['hotel_platform', 'restaurant_platform'][c.lang_idx % 2], 'apple': 'personal_en', 'yahoo': 'personal_en', 'google': 'hotel_shared'}[cl]
    else:
        kind = lang
    is_rest = kind in ('restaurant_platform', 'personal_en', 'es', 'pt')
    phone = people.phone(rng, people.L[lang]['phone'])
    hotel_n = rng.choice(HOTELS.get(lang, HOTELS['en']))
    rest = rng.choice(RESTS.get(lang, RESTS['en']))
    if is_rest:
        st, en = city_time(c, tzname, (1, 21), (18, 21), 150)
    else:
        d0, _ = city_time(c, tzname, (7, 90), (15, 15), 60)
        st = datetime(d0.year, d0.month, d0.day)
        en = st + timedelta(days=rng.randint(1, 5))
    conf = str(rng.randint(10 ** 9, 10 ** 10 - 1)) if not is_rest else code(rng, 8)
    canc = people.fmt_date(lang, st - timedelta(days=2), False)
    sp = person(rng, lang)
    addr = people.address(rng, lang)
    sl = S(c, hotel=hotel_n, rest=rest, conf=conf, pin=rid(rng, 4, '0123456789'), date=people.fmt_date(lang, st, False),
           date2=people.fmt_date(lang, en, False), cur=rng.choice(['$', '£', '€']), amount=money(rng, 180, 1400) if lang not in ('ko', 'tr') else '{:,}'.format(rng.randint(200, 900) * 1000 if lang == 'ko' else rng.randint(3000, 25000)),
           canc=canc, phone=phone, n=rng.randint(2, 8), time='%d:%02d' % (st.hour, st.minute), addr=addr, city=rng.choice(people.L['en']['cities']),
           sname=sp['name'])
    if kind in ('hotel_platform', 'restaurant_platform', 'it', 'es', 'el', 'tr', 'ko'):
        if kind == 'hotel_platform':
            bn, bd = 'Staynest', 'staynest.com'
        elif kind == 'restaurant_platform':
            bn, bd = 'TableLoop', 'tableloop.com'
        elif kind == 'es':
            bn, bd = 'MesaYa', 'mesaya.es'
        else:
            bn, bd = hotel_n, HOTEL_DOM[hotel_n]
        url = 'https://www.%s/%s' % (bd, rng.choice(['booking/%s?pin=%s' % (conf, sl['pin']), 'r/%s' % rid(rng, 10, ALNUM), 'manage/%s' % conf]))
        sl['url'] = url
        t = T_HOTEL[kind]
        summ, desc = F(t['s'], sl), F(t['d'], sl)
        service(c, bn, bd, lp=rng.choice(['noreply', 'reservations', 'booking', 'info']), esp=esp_pick(rng))
        if cl == 'script':
            c.sender['infra'] = 'webhost'
            c.sender['kind'] = 'org'
        ev = event(c, summ, desc, st, en, tzname, location=addr if is_rest else hotel_n + ', ' + addr, allday=not is_rest,
                   organizer=dict(name=bn, email=c.sender['email']), attendees=[att(c.rcpt['email'], c.rcpt['name'], partstat='ACCEPTED', rsvp=False)] if rng.random() < 0.5 else [],
                   uid='%s@%s' % (conf, bd))
        ham_spec(c, ev, 'PUBLISH', subject=summ, body=desc,
                 brand=tx_brand(c, bn, bd, rng.choice(['-//%s//Reservations 2.4//EN' % (bn if bn.isascii() else bd), '-//%s//EN' % bd, '-//WordPress - MotoPress Hotel Booking//EN']),
                                rng.choice(['reservation.ics', 'booking.ics', 'calendar.ics']), footer='%s · %s' % (bn, phone)),
                 prodid='-//WordPress - MotoPress Hotel Booking 4.%d//EN' % rng.randint(2, 11))
        if cl == 'script':
            c.spec['method'] = rng.choice(['PUBLISH', None])
            c.spec['subject'] = summ
            c.spec['charset'] = 'windows-1253' if lang == 'el' else c.spec.get('charset')
        if lang == 'ko' and rng.random() < 0.5:
            c.spec['charset'] = 'euc-kr'
        c.desc = '%s confirmation from %s (%s)' % ('restaurant reservation' if is_rest else 'hotel booking', bn, lang)
        return
    # personal sharing
    identity(c, 'free', sp)
    url = 'https://www.tableloop.com/r/%s' % rid(rng, 10, ALNUM)
    sl['url'] = url
    sl['rest'] = RESTS.get(lang, RESTS['en'])[c.lang_idx % len(RESTS.get(lang, RESTS['en']))]
    t = T_HOTEL[kind]
    summ, desc = F(t['s'], sl), F(t['d'], sl)
    ev = event(c, summ, desc, st, en, tzname, location=(rest if is_rest else hotel_n) + ', ' + addr, allday=not is_rest,
               attendees=[att(c.sender, partstat='ACCEPTED'), rcpt_att(c)] + ([att(person(rng, lang)['lfirst'] + '@' + rng.choice(L[lang]['free']))] if rng.random() < 0.5 else []))
    ham_spec(c, ev, 'REQUEST')
    c.desc = '%s shared by a friend (%s)' % ('restaurant reservation' if is_rest else 'hotel booking', lang)


# ====================================================================== 3 medical appointments

T_MED = {
    'en': [
        dict(s='Appointment with Dr. {doc} – {clinic}', d='Your appointment is confirmed.\n{date} at {time}\n{clinic}, {addr}\nPlease arrive 10 minutes early and bring your insurance card and photo ID.\nTo cancel or reschedule, call {phone} at least 24 hours in advance. Missed appointments may be charged ${fee}.\nManage appointment: {url}'),
        dict(s='Reminder: dental check-up and hygiene', d='Hi {rfirst}, this is a reminder of your check-up at {clinic} on {date} at {time}.\nReply C to confirm or call {phone} to change. A late-cancellation fee of ${fee} applies to appointments cancelled with less than 48 hours notice.'),
        dict(s='Occupational health assessment', d='Dear {rname},\nAs part of your onboarding, an occupational health assessment has been booked for you.\nLocation: {clinic}, {addr}\nPlease bring your vaccination record. If the time does not suit, reply to this invitation.\nPeople & Culture'),
        dict(s='{pet}: annual vaccination', d='Hi {rfirst}, {pet} is booked in for the annual booster and check-up with {doc}. Please bring the vaccination card. Parking behind the clinic.\n{clinic} – {phone}'),
        dict(s='Physiotherapy – {clinic}', d='Weekly sessions, 6 appointments as agreed. Please wear comfortable clothing.\nIf you need to cancel, please let me know 24 h ahead: {phone}\n{doc}'),
    ],
    'nl': dict(s='Afspraak {clinic}', d='Beste {rname},\nU heeft een afspraak op {date} om {time} bij {doc}.\nAdres: {addr}\nKunt u niet komen? Meld dit uiterlijk 24 uur van tevoren via {phone}, anders kunnen wij kosten in rekening brengen.'),
    'pl': dict(s='Wizyta: {clinic}', d='Potwierdzamy wizytę u lekarza {doc}\nTermin: {date}, godz. {time}\nAdres: {addr}\nProsimy zabrać dowód osobisty. W razie rezygnacji prosimy o kontakt: {phone}'),
    'de': dict(s='Ihr Termin in der {clinic}', d='Guten Tag {rname},\nhiermit bestätigen wir Ihren Termin am {date} um {time} Uhr.\nBitte bringen Sie Ihre Versichertenkarte mit.\nTermine, die nicht mindestens 24 Stunden vorher abgesagt werden, können privat in Rechnung gestellt werden.\nTel.: {phone}\nOnline absagen: {url}'),
    'he': dict(s='תזכורת לתור – {clinic}', d='שלום {rfirst},\nנקבע לך תור אצל ד"ר {doc} בתאריך {date} בשעה {time}.\nכתובת: {addr}\nלביטול או שינוי יש להתקשר למוקד: {phone}'),
    'ar': dict(s='تأكيد موعد – {clinic}', d='مرحباً {rfirst}،\nتم تأكيد موعدك مع الدكتور {doc} يوم {date} الساعة {time}.\nالعنوان: {addr}\nيرجى الحضور قبل الموعد بـ 15 دقيقة وإحضار بطاقة التأمين.\nللإلغاء أو التعديل: {phone}\n{url}'),
}
SCHEDULERS = {'en': ('CareSlot', 'careslot.com'), 'nl': ('AfspraakDirect', 'afspraakdirect.nl'), 'de': ('Terminfix', 'terminfix.de'),
              'ar': ('موعدي', 'mawidi-app.com')}


def medical(c):
    rng = c.rng
    cl = inner(c)
    lang = c.lang
    tzname = c.rcpt['tz']
    o = rng.choice(ORGS[lang])
    docp = person(rng, lang)
    clinic = {'en': rng.choice(['Cedar Ridge Medical Group', 'Brookside Dental', 'Northgate Vets', 'Ardent Physio']), 'nl': 'Huisartsenpraktijk De Linde',
              'pl': 'Przychodnia Zdrowie', 'de': 'Praxis Dr. Albers', 'he': 'מרפאת השרון', 'ar': 'عيادات النخبة'}[lang]
    phone = people.phone(rng, people.L[lang]['phone'])
    st, en = city_time(c, tzname, (3, 45), (8, 17), rng.choice([15, 20, 30, 45]), weekday_only=True)
    sl = S(c, doc=docp['last'] if lang == 'en' else docp['name'], clinic=clinic, date=people.fmt_date(lang, st, False), time='%02d:%02d' % (st.hour, st.minute),
           addr=people.address(rng, lang), phone=phone, fee=rng.choice(['35', '50', '75']),
           pet=rng.choice(['Biscuit', 'Luna', 'Max', 'Pepper']))
    if lang == 'en':
        idx = {'transactional': c.lang_idx % 2, 'outlook': 2, 'google': 3, 'nextcloud': 4}[cl]
        t = T_MED['en'][idx]
        if idx == 1:
            sl['clinic'] = 'Brookside Dental'
        if idx == 3:
            sl['clinic'] = 'Northgate Vets'
        if idx == 4:
            sl['clinic'] = 'Ardent Physio'
    else:
        t = T_MED[lang]
    url = None
    if cl == 'transactional':
        bn, bd = SCHEDULERS.get(lang, SCHEDULERS['en'])
        url = 'https://%s/a/%s' % (bd, rid(rng, 12, ALNUM))
        sl['url'] = url
        service(c, '%s via %s' % (sl['clinic'], bn) if rng.random() < 0.5 else bn, bd, lp=rng.choice(['noreply', 'appointments', 'no-reply']), esp=esp_pick(rng))
    else:
        sl['url'] = 'https://%s/termine' % o[1]
        if cl == 'outlook':
            dom = {'en': 'cedarridgemed.org', 'he': 'sharon-clinic.co.il'}.get(lang, o[1])
            identity(c, 'org', person(rng, lang), domain=dom, lp=rng.choice(['appointments', 'reception', 'occhealth']) if lang == 'en' else 'tor',
                     name=rng.choice(['Reception', 'Appointments']) if lang == 'en' else sl['clinic'])
            if lang == 'en':
                if c.rcpt['org']:
                    internal_allowed(c)
                identity(c, 'org', person(rng, lang), domain=c.rcpt['domain'] if c.rcpt['org'] else 'ardenthp.com', lp='peopleandculture', name='People & Culture')
        elif cl == 'google':
            identity(c, 'org', person(rng, lang), domain='northgatevets.com', lp='frontdesk', name='Northgate Vets', ws_dkim=rng.random() < 0.5)
        elif cl == 'nextcloud':
            identity(c, 'org', docp, domain='ardent-physio.net', lp=docp['lfirst'], name=docp['name'])
            c.sender['app_host'] = 'cloud.ardent-physio.net'
        elif cl == 'script':
            identity(c, 'org', person(rng, lang), domain='przychodnia-zdrowie.pl', lp='rejestracja', name='Przychodnia Zdrowie', infra='webhost')
    summ, desc = F(t['s'], sl), F(t['d'], sl)
    ev = event(c, summ, desc, st, en, tzname, location=sl['clinic'] + ', ' + sl['addr'],
               attendees=[rcpt_att(c)] if cl not in ('transactional', 'script') else ([att(c.rcpt['email'], c.rcpt['name'], rsvp=False)] if rng.random() < 0.5 else []))
    if cl == 'nextcloud':
        ev['rrule'] = 'FREQ=WEEKLY;COUNT=6'
    if rng.random() < 0.6:
        ev['alarms'] = [dict(trigger=timedelta(hours=-24), desc=summ)]
    method = 'PUBLISH' if cl in ('transactional', 'script') else 'REQUEST'
    if cl == 'script' and lang == 'pl':
        c.rng.random()
    med_cs = {'pl': 'iso-8859-2', 'de': 'iso-8859-15'}.get(lang) if cl in ('script', 'transactional') else None
    ham_spec(c, ev, method, subject=summ, body=desc,
             brand=tx_brand(c, c.sender['name'], c.sender['domain'], '-//%s//Appointments//EN' % c.sender['domain'], 'appointment.ics', color='#0b7a75',
                            footer='This is an automated message from %s.' % c.sender['domain'] if lang == 'en' else ''))
    if med_cs:
        c.spec['charset'] = med_cs
    c.desc = 'medical/dental/vet appointment (%s, %s)' % (cl, lang)


# ====================================================================== 4 vendor webinars and conferences

T_WEB = {
    'en': [
        dict(s='Webinar: Cutting cloud costs by 30% with FinOps', d='Join our free live webinar with {speaker}. Seats are limited – register today and get our exclusive FinOps checklist.\nSpecial offer for attendees: 20% off the first year of {vendor} Cloud Insights.'),
        dict(s='{vendor} Summit {year} – Day 1 keynote', d='Welcome to {vendor} Summit {year}! Doors open at 8:30, keynote at 9:30 in Hall A.\nYour badge QR code is in the confirmation e-mail. Free Wi-Fi: SUMMIT-GUEST.\nAgenda: {url}'),
        dict(s='Q{q} All Hands', d='All colleagues are invited to the quarterly all-hands. We will cover results, the roadmap and Q&A with the leadership team.\nPlease join in person in the atrium or online.'),
        dict(s='Customer roadmap briefing (free for customers)', d='Hi {rfirst},\nAs a {vendor} customer you are invited to our quarterly roadmap briefing. No sales pitch, just what is coming next. Recording will be shared afterwards.\n{sname}, Customer Success'),
        dict(s='Your ticket: {vendor} Dev Day {year} – {city}', d='Order {order} – 1 x Early Bird ticket ({cur}{amount}).\nVenue: {venue}, {city}\nShow the QR code at the entrance.\nSpecial offer: 40% off workshop add-ons until Friday.\nManage your ticket: {url}'),
        dict(s='Meetup: Kubernetes & coffee #{n}', d='Free community meetup. Talks, coffee and snacks sponsored by {vendor}. Limited places – please RSVP so we can plan catering.\n{url}'),
    ],
    'de': dict(s='Webinar: NIS2 – was Unternehmen jetzt tun müssen', d='Kostenloses Live-Webinar mit unseren Expertinnen und Experten. Alle Teilnehmenden erhalten im Anschluss die Folien und ein exklusives Angebot für unseren Security-Check.'),
    'fr': dict(s='Salon {vendor} {year} – votre badge', d='Merci pour votre inscription gratuite !\nNuméro de badge : {order}\nLieu : {venue}, {city}\nPrésentez le QR code à l\'accueil. Offre spéciale exposants sur le site : {url}'),
    'ja': dict(s='【ウェビナー】生成AI活用セミナー（参加無料）', d='本セミナーは無料でご参加いただけます。\nご参加の方には、資料と特別割引クーポンを後日お送りします。\n当日はこのリンクからご参加ください。'),
    'ko': dict(s='[웨비나] {year} 클라우드 보안 트렌드 (무료)', d='안녕하세요, {vendor}입니다.\n무료 웨비나에 초대합니다. 참석자 전원에게 발표 자료와 특별 할인 혜택을 드립니다.\n아래 Teams 링크로 참여해 주세요.'),
    'pt': dict(s='Workshop gratuito: Excel avançado para finanças', d='Olá {rfirst}!\nVocê está convidado(a) para o nosso workshop online e gratuito. Participantes ganham uma oferta especial de 30% no curso completo.\nTraga suas dúvidas!'),
    'hi': dict(s='निःशुल्क वेबिनार: डिजिटल मार्केटिंग की मूल बातें', d='नमस्ते,\nहमारे निःशुल्क वेबिनार में आपका स्वागत है। सभी प्रतिभागियों को प्रमाणपत्र और विशेष छूट कूपन दिया जाएगा।'),
}
VENDORS = ['Kestrel Software', 'Northgate Analytics', 'Silverline Media', 'Tallis Engineering', 'Fenwick Biotech']


def webinar(c):
    rng = c.rng
    cl = inner(c)
    lang = c.lang
    vendor = rng.choice(VENDORS)
    vdom = dict(ORGS['en'])[vendor]
    sp = person(rng, lang)
    tzname = rng.choice(L[lang]['tz'])
    st, en = city_time(c, tzname, (3, 40), (9, 17), rng.choice([45, 60, 90]), weekday_only=True)
    sl = S(c, vendor=vendor, year=st.year, speaker=person(rng, 'en')['name'], q=(st.month - 1) // 3 + 1, sname=sp['name'],
           order=str(rng.randint(10 ** 7, 10 ** 8)), cur=rng.choice(['$', '€', '£']), amount=rng.choice(['99', '149', '249']),
           venue=rng.choice(['ExCeL', 'Messe Süd', 'Palais des Congrès', 'Convention Centre']), city=rng.choice(people.L[lang]['cities']),
           n=rng.randint(12, 48), url='https://events.%s/%s' % (vdom, rid(rng, 8, LOWALNUM)))
    if lang == 'en':
        idx = {'zoom': 0, 'outlook': [1, 2][c.lang_idx % 2 if c.lang_idx < 3 else 0], 'google': 3, 'transactional': 4, 'script': 5}[cl]
        t = T_WEB['en'][idx]
    else:
        idx = None
        t = T_WEB[lang]
    summ, desc = F(t['s'], sl), F(t['d'], sl)
    kw = {}
    atts = [rcpt_att(c)]
    if cl == 'zoom':
        host = identity(c, 'org', sp, domain=vdom if lang == 'en' else rng.choice(ORGS[lang])[1], name=vendor if lang == 'en' else sp['name'])
        c.sender = dict(host, email='no-reply@zoom.us', domain='zoom.us', kind='service')
        kw = dict(webinar=True, zoom_from_name=vendor if lang == 'en' else host['name'], webinar_contact=host['email'])
        org = org_of(host)
    elif cl == 'outlook':
        if idx == 2:
            # internal all-hands to the whole company
            make_rcpt_org(c)
            internal_allowed(c)
            identity(c, 'org', sp, org=(c.rcpt['org'], c.rcpt['domain']), lp='internal.comms', name='Internal Communications')
            n = rng.randint(180, 420)
            atts = [rcpt_att(c)] + [att(e) for e in random_people_emails(c, n, langs=[lang], domains=[c.rcpt['domain']])]
            kw['to'] = [(None, 'all-staff@' + c.rcpt['domain'])]
            kw['teams'] = True
        elif idx == 1:
            identity(c, 'org', sp, domain=vdom, lp='events', name='%s Events' % vendor)
            n = rng.randint(120, 300)
            atts = [rcpt_att(c)] + [att(e) for e in random_people_emails(c, n, free_share=0.05)]
            kw['to'] = [(None, 'events@' + vdom)]
        else:
            identity(c, 'org', sp, domain=rng.choice(ORGS[lang])[1], name=sp['name'])
            kw['teams'] = True
        org = org_of(c.sender)
    elif cl == 'google':
        identity(c, 'org', sp, domain=vdom if lang == 'en' else rng.choice(ORGS[lang])[1], name=sp['name'])
        org = org_of(c.sender)
        if rng.random() < 0.7:
            ev_meet = 'https://meet.google.com/%s-%s-%s' % (rid(rng, 3, 'abcdefghijklmnopqrstuvwxyz'), rid(rng, 4, 'abcdefghijklmnopqrstuvwxyz'), rid(rng, 3, 'abcdefghijklmnopqrstuvwxyz'))
            kw['_meet'] = ev_meet
        atts = [att(c.sender, partstat='ACCEPTED'), rcpt_att(c)] + [att(e) for e in random_people_emails(c, rng.randint(5, 40), free_share=0.1)]
    elif cl == 'transactional':
        bn, bd = ('Eventora', 'eventora.com') if lang == 'en' else ('Billetix', 'billetix.fr')
        service(c, '%s via %s' % (vendor, bn), bd, lp='tickets', esp=esp_pick(rng))
        org = dict(name=vendor, email='events@' + vdom)
        atts = [att(c.rcpt['email'], c.rcpt['name'], rsvp=False)]
        kw = dict(subject=summ, body=desc, brand=tx_brand(c, bn, bd, '-//%s//Tickets//EN' % bn, 'ticket.ics', color='#5b2a86',
                                                          footer='You received this because you registered for an event on %s.' % bn))
    else:  # script: wordpress events plugin
        identity(c, 'org', sp, domain='kestrel-linux.org', lp='wordpress', name='Kubernetes & Coffee', infra='webhost')
        org = dict(name='Kubernetes & Coffee', email='hello@kestrel-linux.org')
        kw = dict(subject='RSVP confirmed: ' + summ, body=desc, prodid='-//WordPress - MEC v7.%d//EN' % rng.randint(1, 14))
    ev = event(c, summ, desc, st, en, tzname, organizer=org, attendees=atts,
               location=rng.choice([None, sl['venue'] + ', ' + sl['city']]) if idx in (1, 4) or lang == 'fr' else None)
    if kw.get('_meet'):
        ev['google_meet'] = kw.pop('_meet')
    evs = [ev]
    if cl == 'transactional':
        e2 = dict(ev, start=ev['start'] + timedelta(days=1), end=ev['end'] + timedelta(days=1), uid=None)
        e2['summary'] = ev['summary'] + (' – Day 2' if lang == 'en' else ' – Jour 2')
        ev['summary'] = ev['summary'] + (' – Day 1' if lang == 'en' else ' – Jour 1')
        ev['uid'] = '%s-d1@%s' % (sl['order'], c.sender['domain'])
        e2['uid'] = '%s-d2@%s' % (sl['order'], c.sender['domain'])
        evs.append(e2)
    ham_spec(c, evs, 'PUBLISH' if cl in ('transactional',) else 'REQUEST', **kw)
    c.desc = 'vendor webinar / conference / all-hands invitation (%s, %s)' % (cl, lang)


SELF_HOSTED = ('zimbra', 'sogo', 'nextcloud', 'thunderbird', 'script')


def internal_allowed(c):
    """Same-domain mail only traverses the inbound MX when the organisation runs its own mail servers
    (submission host relaying through the filtering MX). Cloud-hosted senders go to partners instead."""
    cl = inner(c)
    if cl in SELF_HOSTED:
        return True
    if cl == 'outlook':
        c.client_var = 'onprem'
        return True
    return False


def make_rcpt_org(c):
    t = 0
    while not c.rcpt.get('org') and t < 20:
        make_rcpt(c)
        t += 1


# ====================================================================== 5 school / church / club series

T_COMM = {
    'en': [
        dict(s='Choir practice', d="Hi all, rehearsals continue every Thursday at 7:30pm in the church hall. New members welcome – no audition! Bring your folder and a pencil."),
        dict(s='U10 football training', d='Training every Tuesday and Thursday, 5–6pm at {park}. Please bring water and shin pads.\nSubs are £3 per session, payable by bank transfer or cash to me.'),
        dict(s='Saturday parkrun + coffee', d='Meeting at the café by the lake at 8:45 for the 9:00 start. Coffee afterwards for anyone who wants.'),
        dict(s='Chess club', d='Weekly club night. Free for members, guests welcome (£2 at the door). Boards and clocks provided.'),
        dict(s='PTA meeting', d='Monthly PTA meeting in the school library. Agenda: summer fair, book fund, AOB.\nEveryone welcome – tea and biscuits provided.'),
    ],
    'es': dict(s='Clases de yoga en el centro cívico', d='Hola a todas, las clases de yoga siguen cada lunes y miércoles de 19:00 a 20:00. Cuota mensual 20 €, se paga en efectivo el primer día del mes. Traed esterilla.'),
    'it': dict(s='Prove del coro parrocchiale', d='Ciao a tutti, le prove del coro riprendono ogni giovedì alle 21 in canonica. Portate gli spartiti! Chi vuole unirsi è il benvenuto.'),
    'pl': dict(s='Trening drużyny U12', d='Treningi odbywają się w każdy wtorek i czwartek o 17:00 na boisku przy szkole. Składka miesięczna 80 zł, płatna przelewem na konto klubu do 10. dnia miesiąca.'),
    'ru': dict(s='Шахматный кружок', d='Занятия по субботам с 11:00 до 13:00 в библиотеке. Для детей от 7 лет, бесплатно. Приносите свои доски, если есть.'),
    'el': dict(s='Πρόβα χορωδίας', d='Καλησπέρα σε όλους! Οι πρόβες της χορωδίας γίνονται κάθε Τετάρτη στις 19:30 στην αίθουσα της ενορίας. Νέα μέλη ευπρόσδεκτα.'),
    'ar': dict(s='حلقة تحفيظ القرآن للأطفال', d='السلام عليكم، تستمر حلقة التحفيظ كل يوم سبت وثلاثاء بعد صلاة العصر في المسجد. الدعوة عامة والمشاركة مجانية.'),
    'he': dict(s='חוג שחמט לילדים', d='שלום להורים, החוג מתקיים בכל יום ראשון בשעה 16:30 במתנ"ס. עלות חודשית 150 ₪, תשלום בהעברה בנקאית או במזומן למדריך.'),
}
COMM_RULE = {'Choir practice': ('FREQ=WEEKLY;BYDAY=TH', 3, 19, 30, 90), 'U10 football training': ('FREQ=WEEKLY;BYDAY=TU,TH', 1, 17, 0, 60),
             'Saturday parkrun + coffee': ('FREQ=WEEKLY;BYDAY=SA', 5, 8, 45, 90), 'PTA meeting': ('FREQ=MONTHLY;BYDAY=1WE', 2, 19, 0, 90),
             'Chess club': ('FREQ=WEEKLY;BYDAY=MO', 0, 19, 0, 120), 'es': ('FREQ=WEEKLY;BYDAY=MO,WE', 0, 19, 0, 60),
             'it': ('FREQ=WEEKLY;BYDAY=TH', 3, 21, 0, 90), 'pl': ('FREQ=WEEKLY;BYDAY=TU,TH', 1, 17, 0, 90), 'ru': ('FREQ=WEEKLY;BYDAY=SA', 5, 11, 0, 120),
             'el': ('FREQ=WEEKLY;BYDAY=WE', 2, 19, 30, 90), 'ar': ('FREQ=WEEKLY;BYDAY=SA,TU', 5, 16, 0, 60), 'he': ('FREQ=WEEKLY;BYDAY=SU', 6, 16, 30, 60)}


def community(c):
    rng = c.rng
    cl = inner(c)
    lang = c.lang
    t = pick(c, T_COMM)
    key = t['s'] if lang == 'en' else lang
    rule, wd, h, m, dur = COMM_RULE[key]
    tzname = c.rcpt['tz']
    base = TZ.utc_to_local(tzname, c.arrival) + timedelta(days=rng.randint(1, 10))
    if rng.random() < 0.4:
        # the series already exists; a new member is added to it, DTSTART stays in the past
        base -= timedelta(days=rng.randint(30, 300))
    while base.weekday() != wd:
        base += timedelta(days=1)
    st = datetime(base.year, base.month, base.day, h, m)
    en = st + timedelta(minutes=dur)
    sl = S(c, park=rng.choice(['Victoria Park', 'the rec ground', 'Lime Street pitches']))
    summ, desc = F(t['s'], sl), F(t['d'], sl)
    sp = person(rng, lang)
    if cl == 'script':
        if lang == 'he':
            identity(c, 'org', sp, domain='matnas-ramat.org.il', lp='no-reply', name='מתנ"ס – מערכת חוגים', infra='webhost')
        else:
            identity(c, 'org', sp, domain='oakhurst-sd.org', lp='noreply', name='Oakhurst Elementary PTA', infra='webhost')
        org = org_of(c.sender)
    elif cl == 'sogo':
        identity(c, 'org', sp, domain='ks-orlik-torun.pl', name='%s (trener)' % sp['name'])
        org = org_of(c.sender)
    else:
        identity(c, 'free', sp)
        org = org_of(c.sender)
    n = rng.randint(6, 28)
    atts = [att(c.sender, partstat='ACCEPTED', role='CHAIR')] + [rcpt_att(c)] + [att(e) for e in random_people_emails(c, n, langs=[lang], free_share=0.85)]
    ev = event(c, summ, desc, st, en, tzname, organizer=org, attendees=atts, rrule=rule,
               location=rng.choice(['Church hall', 'School library', 'Community centre', None]) if lang == 'en' else None)
    kw = {}
    if cl == 'script':
        kw = dict(subject=summ, body=desc + '\n', calname=rng.choice(['Club calendar', 'PTA events']))
    ham_spec(c, ev, 'REQUEST', **kw)
    c.desc = 'open-ended recurring community/school/church series (%s, %s)' % (cl, lang)


# ====================================================================== 6 IT maintenance and password notices

T_IT = {
    'en': [
        dict(s='Planned maintenance: e-mail service', d='Dear colleagues,\nOn {date} between 22:00 and 02:00 the e-mail service will be unavailable due to a planned server upgrade. No action is required on your part.\nIT Service Desk – ext. {ext} – {itmail}'),
        dict(s='Password expiry reminder', d='Your network password will expire in 7 days. Please change it from your work laptop (Ctrl+Alt+Del > Change a password) or via the self-service portal on the intranet.\nIT will never ask for your password by e-mail or phone. If you receive such a request, report it to {itmail}.'),
        dict(s='MFA enrolment session', d='As announced, multi-factor authentication becomes mandatory on {date}. Join this 30-minute drop-in session to enrol your phone. Bring your university ID and your smartphone.\nIT Services'),
        dict(s='VPN client update – connect once before Friday', d='The new VPN client will be installed automatically through Software Center. If you work remotely, please connect to the VPN at least once before Friday so the update can be delivered.\nQuestions: {itmail}'),
        dict(s='Change window CHG{chg} – firewall upgrade', d='Scheduled change CHG{chg}: core firewall firmware upgrade.\nImpact: short interruptions to VPN and remote desktop (under 5 minutes).\nRollback plan in the change record. Contact the on-call engineer on {phone} if issues persist after the window.'),
    ],
    'de': dict(s='Wartungsarbeiten: Umstellung der Telefonanlage', d='Liebe Kolleginnen und Kollegen,\nam {date} zwischen 18:00 und 21:00 Uhr wird die Telefonanlage umgestellt. In dieser Zeit sind Festnetzanschlüsse nicht erreichbar.\nBei Fragen: IT-Servicedesk, Durchwahl {ext}'),
    'nl': dict(s='Let op: uw wachtwoord verloopt binnenkort', d='Beste collega,\nUw wachtwoord verloopt over 5 dagen. U kunt het wijzigen via Ctrl+Alt+Del op uw werkplek. De ICT-afdeling zal u nooit per e-mail om uw wachtwoord vragen.\nServicedesk: {ext}'),
    'zh': dict(s='系统维护通知：OA系统升级', d='各位同事：\n为提升系统性能，OA办公系统将于{date} 20:00至23:00进行升级维护，期间系统暂停使用。请提前保存好工作内容。\n信息技术部 分机{ext}'),
    'ru': dict(s='Плановые работы на почтовом сервере', d='Уважаемые коллеги!\n{date} с 22:00 до 02:00 будут проводиться плановые работы на почтовом сервере. Почта будет временно недоступна.\nОтдел ИТ, доб. {ext}'),
    'tr': dict(s='Planlı bakım çalışması – ERP sistemi', d='Değerli çalışma arkadaşlarımız,\n{date} tarihinde 19:00–23:00 saatleri arasında ERP sisteminde planlı bakım çalışması yapılacaktır. Bu süre içinde sisteme erişim sağlanamayacaktır.\nBilgi İşlem, dahili {ext}'),
}


def itnotice(c):
    rng = c.rng
    cl = inner(c)
    lang = c.lang
    make_rcpt_org(c)
    tzname = c.rcpt['tz']
    dom = c.rcpt['domain']
    t = pick(c, T_IT)
    if lang == 'en':
        t = dict(T_IT['en'][{'outlook': c.lang_idx % 2, 'zimbra': 2, 'sogo': 3, 'google': 4}[cl]])
    st, en = city_time(c, tzname, (2, 14), (18, 22), rng.choice([120, 240, 30]), weekday_only=False)
    if 'MFA' in t['s']:
        st, en = city_time(c, tzname, (2, 14), (10, 15), 30, weekday_only=True)
    itmail = rng.choice(['servicedesk', 'it-support', 'helpdesk']) + '@' + dom
    sl = S(c, date=people.fmt_date(lang, st, False), ext=rng.randint(2000, 7999), itmail=itmail, chg=rng.randint(10000, 99999),
           phone=people.phone(rng, people.L[lang]['phone']))
    summ, desc = F(t['s'], sl), F(t['d'], sl)
    sp = person(rng, lang)
    name = rng.choice(['IT Service Desk', 'IT Services', sp['name']]) if lang == 'en' else sp['name']
    if internal_allowed(c):
        identity(c, 'org', sp, org=(c.rcpt['org'], dom), lp=itmail.split('@')[0] if rng.random() < 0.6 else local_part(rng, sp, 'f.l'), name=name)
    else:
        # managed service provider that runs the customer's IT
        identity(c, 'org', sp, domain='bluebird-it.co.uk', lp='changes', name='Bluebird IT Services – Change Management')
    if cl == 'script':
        c.sender['infra'] = 'webhost'
        c.sender['host'] = 'oa.' + dom
    if cl == 'zimbra':
        c.sender['host'] = 'mail.' + dom
    kw = {}
    atts = [rcpt_att(c)]
    if rng.random() < 0.6:
        kw['to'] = [(None, rng.choice(['all-staff', 'alle', 'staff', 'everyone', 'employees']) + '@' + dom)]
        atts = [att(kw['to'][0][1], rng.choice(['All Staff', None]))]
    if 'MFA' in t['s'] and cl == 'outlook':
        kw['teams'] = True
    ev = event(c, summ, desc, st, en, tzname, attendees=atts, transp='TRANSPARENT' if 'MFA' not in t['s'] else 'OPAQUE',
               location=None if 'MFA' not in t['s'] else rng.choice(['Library, room 1.14', None]))
    if cl == 'script':
        kw.update(subject=summ, body=desc)
        if lang == 'zh':
            kw['charset'] = 'gbk'
    ham_spec(c, ev, 'REQUEST', **kw)
    c.desc = 'internal IT maintenance / password notice (%s, %s)' % (cl, lang)


# ====================================================================== 7 colleagues sharing documents with links

T_DOCH = {
    'en': [
        dict(s='Review: Q{q} forecast', d="Hi team,\nI've put the draft forecast in SharePoint: {url}\nPlease add comments before the meeting.\nThanks, {sfirst}"),
        dict(s='Board pack walkthrough', d='Board pack draft: {url}\nPlease check your section, especially the numbers in the appendix.'),
        dict(s='Design review – landing page v2', d='Spec and Figma are attached. Let\'s go through the feedback from the usability sessions.'),
        dict(s='Contract redlines – {cp}', d='Attached the latest redlines (v4). Everything is in the shared folder: {url}\nMain open points: liability cap and payment terms.'),
        dict(s='Project kickoff – {proj}', d='Shared folder with the brief and timeline: {url}\nSee you there!'),
        dict(s='Prepare sprint review demo', d='Please update the demo notes and the release checklist before the review: {url}'),
    ],
    'fr': dict(s='Relecture du rapport annuel', d='Bonjour à tous,\nLe projet de rapport est disponible sur le SharePoint : {url}\nMerci d\'ajouter vos commentaires avant la réunion.\n{sfirst}'),
    'pl': dict(s='Omówienie oferty dla klienta', d='Cześć,\nwersja robocza oferty jest w folderze projektu: {url}\nProszę o uwagi przed spotkaniem.\n{sfirst}'),
    'ko': dict(s='분기 실적 보고서 검토 회의', d='안녕하세요,\n보고서 초안을 공유 드라이브에 올려두었습니다: {url}\n회의 전에 검토 부탁드립니다.\n{sname} 드림'),
    'th': dict(s='ประชุมทบทวนแผนการตลาด', d='สวัสดีครับทุกท่าน\nผมแชร์ไฟล์แผนการตลาดไว้ที่ลิงก์นี้ {url}\nรบกวนดูก่อนประชุมด้วยนะครับ\n{sfirst}'),
    'ja': dict(s='見積書レビュー打ち合わせ', d='お疲れ様です。\n見積書のドラフトを共有フォルダに格納しました。\n{url}\n打ち合わせ前にご確認をお願いします。\n{slast}'),
}


def docmeet(c):
    rng = c.rng
    cl = inner(c)
    lang = c.lang
    sp = person(rng, lang)
    internal = rng.random() < 0.5 and internal_allowed(c)
    if internal:
        make_rcpt_org(c)
        o = (c.rcpt['org'], c.rcpt['domain'])
    else:
        o = other_org(c, lang)
    identity(c, 'org', sp, org=o, name=sp['name'])
    dom = o[1]
    tenant = dom.split('.')[0].replace('-', '')
    if cl == 'outlook':
        url = 'https://%s.sharepoint.com/:x:/r/sites/%s/Shared%%20Documents/%s?d=w%s&csf=1&web=1&e=%s' % (
            tenant, rng.choice(['Finance', 'Projects', 'Legal', 'Sales']), rng.choice(['Forecast.xlsx', 'Report.docx', 'Proposal.docx']), rid(rng, 32, HEX), rid(rng, 6, ALNUM))
    elif cl == 'google':
        url = 'https://docs.google.com/%s/d/%s/edit?usp=sharing' % (rng.choice(['document', 'spreadsheets', 'presentation']), rid(rng, 44, ALNUM + '-_'))
    elif cl == 'nextcloud':
        url = 'https://cloud.%s/s/%s' % (dom, rid(rng, 15, ALNUM))
        c.sender['app_host'] = 'cloud.' + dom
    else:
        url = rng.choice(['https://files.%s/share/%s' % (dom, rid(rng, 12, ALNUM)), 'https://%s.sharepoint.com/:f:/s/Team/%s' % (tenant, rid(rng, 40, ALNUM + '-_'))])
    st, en = city_time(c, c.rcpt['tz'], (1, 10), (9, 16), rng.choice([30, 45, 60]), weekday_only=True)
    t = pick(c, T_DOCH)
    sl = S(c, url=url, sfirst=sp['first'], slast=sp['last'], sname=sp['name'], q=(st.month - 1) // 3 + 1, cp=other_org(c, lang)[0],
           proj=rng.choice(['Atlas', 'Harbour', 'Meridian', 'Bluebird']))
    summ, desc = F(t['s'], sl), F(t['d'], sl)
    others = [att(e) for e in random_people_emails(c, rng.randint(1, 6), langs=[lang], domains=[dom, c.rcpt['domain']])]
    ev = event(c, summ, desc, st, en, c.rcpt['tz'], attendees=[rcpt_att(c)] + others)
    if cl == 'google' and ('attached' in desc.lower() or rng.random() < 0.5):
        ev['attach'] = [dict(uri='https://drive.google.com/open?id=%s' % rid(rng, 33, ALNUM + '-_'), filename=rng.choice(['Landing page spec', 'Redlines v4.docx', 'Budget.xlsx']),
                             fmttype='application/vnd.google-apps.document')]
        ev['google_meet'] = 'https://meet.google.com/%s-%s-%s' % (rid(rng, 3, 'abcdefghijklmnopqrstuvwxyz'), rid(rng, 4, 'abcdefghijklmnopqrstuvwxyz'), rid(rng, 3, 'abcdefghijklmnopqrstuvwxyz'))
    if cl == 'nextcloud' and rng.random() < 0.6:
        ev['attach'] = [dict(uri=url, filename='/Projekt/%s' % rng.choice(['Angebot.pdf', 'Oferta.docx']), fmttype='application/pdf')]
    kw = {}
    if cl == 'outlook':
        kw['teams'] = rng.random() < 0.7
    if cl == 'thunderbird':
        ev['comp'] = 'VTODO'
        ev['status'] = 'NEEDS-ACTION'
        ev['priority'] = 5
        c.desc = 'task (VTODO) assigned by a colleague with a shared-document link (%s, %s)' % (cl, lang)
    ham_spec(c, ev, 'REQUEST', **kw)
    if cl != 'thunderbird':
        c.desc = 'colleague meeting with shared-document link (%s, %s)' % (cl, lang)


# ====================================================================== 8 finance reminders and bank-detail warnings

T_FIN = {
    'en': [
        dict(s='Reminder: invoice {inv} due {date}', d='Hi {rfirst},\nA friendly reminder that invoice {inv} for {cur}{amount} is due on {date}. Payment details are on the invoice as usual – our bank details have not changed.\nIf you have already paid, please ignore this.\nAccounts Receivable, {org}'),
        dict(s='Important: our bank details will never change by e-mail', d='Dear customer,\nWe are aware of fraudsters sending e-mails claiming that our bank details have changed. Our bank details have NOT changed. If you receive such a message, do not pay – call us on {phone} using the number on our website.\n{org} Finance'),
        dict(s='Payroll cut-off – expenses and overtime', d='Reminder: payroll cut-off for this month is {date} at 12:00. Expense claims and overtime submitted after the cut-off will be paid next month.\nPayroll team'),
        dict(s='Invoice {inv} is due in 3 days', d='Invoice {inv} from {org} for {cur}{amount} is due on {date}.\nView and pay online: {url}\nYou are receiving this reminder because {org} uses Ledgerly for invoicing.'),
        dict(s='VAT return – quarter end', d='VAT return and payment are due {date}. Could you send me the remaining purchase invoices by Friday? I\'ll file once I have them.\nThanks!'),
    ],
    'de': dict(s='Zahlungserinnerung Rechnung {inv}', d='Sehr geehrte Damen und Herren,\nwir möchten Sie freundlich an die Zahlung der Rechnung {inv} über {amount} € erinnern, fällig am {date}.\nBitte beachten Sie: Unsere Bankverbindung hat sich nicht geändert. Bei E-Mails mit angeblich neuen Kontodaten rufen Sie uns bitte unter {phone} an.\nMit freundlichen Grüßen\nBuchhaltung {org}'),
    'it': dict(s='Scadenza F24 – promemoria', d='Buongiorno,\nle ricordiamo che il {date} scade il pagamento dell\'F24 per un importo di {amount} €. Il modello è già disponibile nell\'area riservata dello studio.\nCordiali saluti,\n{org}'),
    'nl': dict(s='Let op: wijziging bankgegevens? Altijd eerst bellen', d='Beste relatie,\nOnlangs ontvingen enkele klanten valse e-mails namens ons met "nieuwe" bankgegevens. Onze bankgegevens zijn NIET gewijzigd. Twijfelt u? Bel ons op {phone}.\nMet vriendelijke groet,\n{org}'),
    'zh': dict(s='付款提醒：发票{inv}', d='您好，\n温馨提示：发票{inv}（金额￥{amount}）将于{date}到期，请按合同约定的账户付款。我司收款账户未发生变更，如收到变更通知请先电话核实：{phone}。\n财务部'),
    'hi': dict(s='भुगतान अनुस्मारक: चालान {inv}', d='नमस्ते {rfirst} जी,\nचालान {inv} (₹{amount}) की अंतिम तिथि {date} है। कृपया पहले की तरह उसी बैंक खाते में भुगतान करें – हमारे बैंक विवरण में कोई बदलाव नहीं हुआ है।\nलेखा विभाग, {org}'),
}


def finance(c):
    rng = c.rng
    cl = inner(c)
    lang = c.lang
    sp = person(rng, lang)
    o = other_org(c, lang)
    if lang == 'en':
        idx = {'outlook': [0, 1][c.lang_idx % 2], 'google': 2, 'transactional': 3, 'apple': 4}[cl]
        t = T_FIN['en'][idx]
    else:
        idx = None
        t = T_FIN[lang]
    tzname = c.rcpt['tz']
    st, en = city_time(c, tzname, (2, 20), (9, 10), 30, weekday_only=True)
    allday = rng.random() < 0.5
    if allday:
        st = datetime(st.year, st.month, st.day)
        en = st + timedelta(days=1)
    phone = people.phone(rng, people.L[lang]['phone'])
    sl = S(c, inv=rng.choice(['INV-', 'RE-', 'F', '']) + str(rng.randint(2019, 2026)) + '-' + rid(rng, 4, '0123456789'), date=people.fmt_date(lang, st, False),
           cur=rng.choice(['$', '£', '€']), amount='{:,.2f}'.format(rng.uniform(300, 24000)), phone=phone, org=o[0], url='')
    if idx == 2:
        make_rcpt_org(c)
        identity(c, 'org', sp, domain='paybridge-bureau.co.uk', lp='payroll', name='Payroll Services for %s' % c.rcpt['org'])
    elif idx == 3:
        sl['url'] = 'https://app.ledgerly.io/i/%s' % rid(rng, 16, ALNUM)
        service(c, '%s via Ledgerly' % o[0], 'ledgerly.io', lp='invoices', esp=esp_pick(rng))
    elif idx == 4:
        identity(c, 'free', sp)
    else:
        fin_lp = {'en': ['accounts', 'finance', 'ar', 'accounts.receivable'], 'de': ['buchhaltung', 'rechnungswesen'], 'it': ['amministrazione', 'contabilita'],
                  'nl': ['administratie', 'debiteuren'], 'zh': ['finance', 'caiwu'], 'hi': ['accounts', 'finance']}.get(lang, ['finance'])
        identity(c, 'org', sp, org=o, lp=rng.choice(fin_lp) if rng.random() < 0.5 else None,
                 name=sp['name'] if rng.random() < 0.5 else 'Accounts Receivable' if lang == 'en' else o[0])
    summ, desc = F(t['s'], sl), F(t['d'], sl)
    atts = [rcpt_att(c)]
    if idx == 2:
        atts = [att('all-staff@' + c.rcpt['domain'], 'All Staff')]
    ev = event(c, summ, desc, st, en, tzname, attendees=atts, allday=allday, transp='TRANSPARENT' if allday else 'OPAQUE')
    kw = {}
    if cl == 'transactional':
        kw = dict(subject=summ, body=desc, brand=tx_brand(c, 'Ledgerly', 'ledgerly.io', '-//Ledgerly//Invoice Reminder//EN', 'due-date.ics', color='#0f766e',
                                                          footer='Ledgerly Ltd, invoicing for small businesses.'))
    if idx == 2:
        kw['to'] = [(None, 'all-staff@' + c.rcpt['domain'])]
    if lang == 'zh':
        kw['charset'] = 'gb2312'
    ham_spec(c, ev, 'PUBLISH' if cl == 'transactional' else 'REQUEST', **kw)
    c.desc = 'finance reminder / bank-detail warning (%s, %s)' % (cl, lang)


# ====================================================================== 9 recruiters and interviews

T_REC = {
    'en': [
        dict(s='Interview: {role} – {org}', d='Hi {rfirst},\nThanks for your interest in the {role} role. This is a 45-minute video interview with {iname} (Engineering Manager). If you need to reschedule, just reply to this e-mail.\n{sname}, Talent Acquisition'),
        dict(s='Phone screen with {sname} ({org})', d='Hi {rfirst}, looking forward to our chat. I\'ll call you on the number from your CV ({rphone}). Approx. 30 minutes.\n{sname}'),
        dict(s='Interview confirmed: {role}', d='Your interview for {role} at {org} is confirmed.\nInterviewers: {iname}, {iname2}\nFormat: video call (link below). Please test your camera and microphone beforehand.\nNeed to reschedule? {url}'),
        dict(s='Coffee chat – {role} opportunity', d='Hi {rfirst}, as discussed on LinkedIn, here is a slot for a quick intro call about the {role} opening with my client. No preparation needed.\n{sname}\n{agency}'),
        dict(s='Second-round interview – {org}', d='Hi {rfirst},\ngreat news – the team would like to meet you for a second round. Agenda: 60 min technical deep-dive, 30 min with {iname2}.\nZoom details are below.\n{sname}'),
    ],
    'fr': dict(s='Entretien – {role}', d='Bonjour {rfirst},\nSuite à votre candidature au poste de {role}, nous avons le plaisir de vous convier à un entretien avec {iname}. Le lien de visioconférence figure dans l\'invitation.\nCordialement,\n{sname}, Ressources humaines'),
    'pt': dict(s='Entrevista – vaga de {role}', d='Olá {rfirst},\nObrigado pelo interesse na vaga de {role}. Sua entrevista com {iname} está agendada. O link da videochamada está no convite.\nAbraços,\n{sname} – Recrutamento'),
    'hi': dict(s='साक्षात्कार: {role} पद', d='नमस्ते {rfirst},\n{role} पद के लिए आपका साक्षात्कार निर्धारित किया गया है। कृपया समय से 5 मिनट पहले लिंक से जुड़ें।\nधन्यवाद,\n{sname}, मानव संसाधन'),
    'ar': dict(s='مقابلة عمل – وظيفة {role}', d='مرحباً {rfirst}،\nيسعدنا دعوتك لمقابلة عمل لوظيفة {role} مع {iname}. رابط الاجتماع مرفق في الدعوة.\nمع التحية،\n{sname} – الموارد البشرية'),
    'ru': dict(s='Собеседование: {role}', d='Здравствуйте, {rfirst}!\nПриглашаем вас на собеседование на позицию «{role}» с {iname}. Ссылка на видеовстречу — в приглашении.\nС уважением,\n{sname}, HR'),
}
ROLES = {'en': ['Senior Data Engineer', 'Product Designer', 'Finance Business Partner', 'Site Reliability Engineer'],
         'fr': ['Chef de projet digital', 'Comptable fournisseurs'], 'pt': ['Analista de Dados Pleno', 'Desenvolvedor Back-end'],
         'hi': ['सॉफ़्टवेयर इंजीनियर', 'अकाउंट मैनेजर'], 'ar': ['مهندس شبكات', 'محاسب أول'], 'ru': ['Ведущий аналитик', 'Backend-разработчик']}


def recruiting(c):
    rng = c.rng
    cl = inner(c)
    lang = c.lang
    sp = person(rng, lang)
    o = rng.choice(ORGS[lang] + ORGS['en'][:4] if lang == 'en' else ORGS[lang])
    if lang == 'en':
        idx = {'google': [3, 1][c.lang_idx % 2], 'outlook': 0, 'transactional': 2, 'zoom': 4}[cl]
        t = T_REC['en'][idx]
    else:
        idx = None
        t = T_REC[lang]
    tzname = c.rcpt['tz']
    st, en = city_time(c, tzname, (1, 12), (9, 17), rng.choice([30, 45, 60, 90]), weekday_only=True)
    ip1, ip2 = person(rng, lang), person(rng, lang)
    sl = S(c, role=rng.choice(ROLES[lang]), org=o[0], iname=ip1['name'], iname2=ip2['name'], sname=sp['name'],
           rphone=people.phone(rng, people.L[lang]['phone']), agency=rng.choice(['Harbour Talent Partners', 'Bluefield Recruitment']), url='')
    kw = {}
    if idx == 3:
        identity(c, 'org', sp, domain='harbourtalent.co.uk', name=sp['name'])
    elif idx == 2:
        sl['url'] = 'https://app.hirebeacon.com/reschedule/%s' % rid(rng, 20, ALNUM)
        service(c, '%s Recruiting' % o[0], 'hirebeacon.com', lp='no-reply', esp=esp_pick(rng))
    elif cl == 'zoom':
        host = identity(c, 'org', sp, org=o, name=sp['name'])
    elif cl == 'apple':
        identity(c, 'free', sp) if rng.random() < 0.4 else identity(c, 'org', sp, org=o, name=sp['name'])
    else:
        identity(c, 'org', sp, org=o, name=sp['name'])
    summ, desc = F(t['s'], sl), F(t['d'], sl)
    org = org_of(c.sender) if cl not in ('transactional',) else dict(name=sp['name'], email=local_part(rng, sp, 'f.l') + '@' + o[1])
    ev = event(c, summ, desc, st, en, tzname, organizer=org, attendees=[rcpt_att(c), att(local_part(rng, ip1, 'f.l') + '@' + o[1], sl['iname'])])
    if cl == 'google' and idx != 1:
        ev['google_meet'] = 'https://meet.google.com/%s-%s-%s' % (rid(rng, 3, 'abcdefghijklmnopqrstuvwxyz'), rid(rng, 4, 'abcdefghijklmnopqrstuvwxyz'), rid(rng, 3, 'abcdefghijklmnopqrstuvwxyz'))
    if cl == 'outlook':
        kw['teams'] = True
    if cl == 'zoom':
        c.sender = dict(c.sender, email='no-reply@zoom.us', domain='zoom.us', kind='service')
        kw['zoom_host'] = sp['name']
    if cl == 'apple':
        ev['location'] = rng.choice(['Zoom', 'Телемост', 'офис, переговорная 3'])
    if cl == 'transactional':
        kw.update(subject=summ, body=desc, brand=tx_brand(c, 'HireBeacon', 'hirebeacon.com', '-//HireBeacon//Interview Scheduler//EN', 'interview.ics', color='#1d4ed8',
                                                          footer='Sent by HireBeacon on behalf of %s.' % o[0]))
        ev['conference'] = [dict(uri='https://%s.zoom.us/j/%d' % (rng.choice(['us02web', 'us06web']), rng.randint(81000000000, 89999999999)), label='Video interview')]
    ham_spec(c, ev, 'REQUEST', **kw)
    c.desc = 'recruiter / interview invitation (%s, %s)' % (cl, lang)


# ====================================================================== 10 forwarded invitations

T_FWD = {
    'en': [
        dict(n='Hi {rfirst}, FYI – {ofirst} asked me to pass this on. Hope you can make it.\n{sfirst}', s='Supplier onboarding call – {oorg}', d='Agenda: introductions, onboarding checklist, portal access.\nDial-in details below.'),
        dict(n='Forwarding in case you want to join – it was useful last year.\n{sfirst}', s='Industry roundtable: supply chain resilience', d='Hosted by {oorg}. Light lunch provided. Please confirm attendance to the organiser.'),
        dict(n='{rfirst}, can you cover this one for me? I\'m off that week.\nThanks!\n{sfirst}', s='Quarterly review with {oorg}', d='Quarterly service review. Slides will be shared on the day.'),
        dict(n='See below – the AGM invite went to my old address. Can you add it to the calendar for both of us?\n{sfirst}', s='Residents\' association AGM', d='Annual general meeting. Agenda: accounts, election of committee, garden project.\nCommunity room, ground floor.'),
        dict(n='Passing this on from {ofirst}.\n{sfirst}', s='Working group: data retention policy', d='First meeting of the working group. Draft policy attached to the original e-mail.'),
    ],
    'es': dict(n='Hola {rfirst}, te reenvío la invitación de {oname}. ¿Te animas?\nUn abrazo, {sfirst}', s='Reunión de la comunidad de vecinos', d='Orden del día: cuentas del año, derrama del ascensor, ruegos y preguntas.\nPortal, planta baja.'),
    'tr': dict(n='Merhaba {rfirst}, {oname} toplantısını sana da iletiyorum, katılabilirsen iyi olur.\n{sfirst}', s='Tedarikçi değerlendirme toplantısı', d='Gündem: çeyrek performansı, teslimat süreleri, yeni sözleşme.'),
    'el': dict(n='Γεια σου {rfirst}, σου προωθώ την πρόσκληση του/της {oname}.\n{sfirst}', s='Συνάντηση συλλόγου γονέων', d='Θέματα: σχολική γιορτή, εκδρομή, οικονομικά.\nΑίθουσα εκδηλώσεων του σχολείου.'),
    'he': dict(n='היי {rfirst}, מעביר/ה אליך את ההזמנה של {oname}, אשמח אם תצטרף/י.\n{sfirst}', s='ישיבת ועד הבית', d='על סדר היום: תקציב שנתי, שיפוץ הלובי, שונות.\nבלובי בקומת הכניסה.'),
}


def forwarded(c):
    rng = c.rng
    cl = inner(c)
    lang = c.lang
    sp = person(rng, lang)
    op = person(rng, lang)
    oo = other_org(c, lang)
    t = pick(c, T_FWD)
    tzname = c.rcpt['tz']
    st, en = city_time(c, tzname, (3, 20), (9, 18), rng.choice([45, 60, 90]), weekday_only=True)
    sl = S(c, sfirst=sp['first'], ofirst=op['first'], oname=op['name'], oorg=oo[0])
    note, summ, desc = F(t['n'], sl), F(t['s'], sl), F(t['d'], sl)
    if cl in ('outlook', 'zimbra', 'sogo') and rng.random() < 0.7:
        make_rcpt_org(c)
        same = rng.random() < 0.5 and internal_allowed(c)
        identity(c, 'org', sp, org=(c.rcpt['org'], c.rcpt['domain']) if same else other_org(c, lang), name=sp['name'])
    else:
        identity(c, 'free', sp)
    oemail = '%s@%s' % (local_part(rng, op, 'f.l'), oo[1])
    orig_atts = [att(oemail, op['name'], partstat='ACCEPTED', role='CHAIR')] + [att(e) for e in random_people_emails(c, rng.randint(2, 9), langs=[lang], domains=[oo[1], c.sender['domain']])]
    orig_atts.append(att(c.sender, partstat='ACCEPTED'))
    orig_atts.append(rcpt_att(c))
    ev = event(c, summ, desc, st, en, tzname, organizer=dict(name=op['name'], email=oemail), attendees=orig_atts,
               location=rng.choice([None, oo[0], 'Microsoft Teams Meeting']))
    w = when_text(c, ev)
    ui = people.UI[lang]
    if cl == 'outlook':
        orig = '\n\n-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n\n%s' % (
            op['name'], oemail, people.fmt_date(lang, st - timedelta(days=rng.randint(2, 9))), c.sender['name'], summ, w, ev.get('location') or '', desc)
        kw = dict(body=note + orig, subject_prefix=ui['fwd'] + ' ')
        ev['seq'] = rng.choice([0, 1])
    else:
        orig = '\n\n---------- %s ----------\n%s: %s <%s>\n%s: %s\n%s: %s\n\n%s' % (
            'Forwarded message' if lang == 'en' else ui['fwd'].rstrip(':'), ui['org'].capitalize(), op['name'], oemail, ui['title'], summ, ui['when'], w, desc)
        kw = dict(body=note + orig, subject='%s %s' % ('Fwd:' if cl != 'zimbra' else 'Fwd:', summ))
    ham_spec(c, ev, 'REQUEST', **kw)
    c.desc = 'invitation forwarded by a colleague/friend; organiser is a third party (%s, %s)' % (cl, lang)


# ====================================================================== 11 mailing-list copies (broken DKIM)

T_ML = {
    'en': [
        dict(s='Community call – {month}', d='Agenda: release 3.2 status, CI migration, open floor.\nMeeting notes doc: {url}\nEveryone welcome, no need to RSVP.', l=('googlegroups', 'openatlas-dev', 'googlegroups.com', 'OpenAtlas developers')),
        dict(s='Street party planning meeting', d='Hi neighbours, planning meeting for the summer street party at no. 14. Bring ideas (and chairs)!', l=('googlegroups', 'elm-road-neighbours', 'googlegroups.com', 'Elm Road Neighbours')),
        dict(s='Chapter meeting & networking', d='Speaker: {speaker} on "Practical threat modelling". Free for members, $10 for non-members, pizza included.\nVenue: {venue}.', l=('mailman2', 'chapter', 'lists.infosec-pdx.org', 'PDX chapter')),
        dict(s='{wg} WG virtual interim meeting', d='The {wg} working group will hold a virtual interim meeting.\nAgenda and materials: {url}\nRemote participation details are in the calendar entry.', l=('mailman3', 'wg-' + 'xyz', 'lists.openatlas-project.org', 'Working group')),
        dict(s='Field trip: {place}', d='Meeting at the car park at 7:30. Scopes welcome. Trip leader: {speaker}.\nPlease reply to me (not the list) if you need a lift.', l=('mailman2', 'sightings', 'mail.birdwatch-norfolk.org.uk', 'Norfolk birders')),
        dict(s='Seminar: {topic}', d='Speaker: {speaker} ({univ})\nAbstract: we present recent results on {topic2}.\nRoom {room}; the talk will also be streamed: {url}', l=('sympa', 'seminaire-maths', 'listes.univ-valmont.fr', 'Séminaire de mathématiques')),
    ],
    'de': dict(s='Stammtisch Linux User Group', d='Hallo zusammen,\nder nächste Stammtisch findet wie immer im "Goldenen Hirsch" statt. Themen: Umzug des Servers, Install-Party im Herbst.\nGäste sind herzlich willkommen!', l=('mailman2', 'lug', 'lists.lug-lindenau.de', 'LUG Lindenau')),
    'fr': dict(s='Séminaire du laboratoire : {topic}', d='Bonjour à tous,\nLe prochain séminaire aura lieu en salle {room}. Intervenant : {speaker}.\nDiffusion en ligne : {url}', l=('sympa', 'seminaire-labo', 'listes.univ-valmont.fr', 'Séminaire du laboratoire')),
    'ru': dict(s='Семинар кафедры: {topic}', d='Коллеги, приглашаем на очередное заседание семинара кафедры. Докладчик: {speaker}.\nАудитория {room}. Трансляция: {url}', l=('mailman2', 'seminar', 'lists.seminar-math.ru', 'Семинар кафедры')),
    'ja': dict(s='【勉強会】Python もくもく会 #{n}', d='次回のもくもく会のお知らせです。\n参加費無料、途中参加・途中退出OKです。\n会場：コワーキングスペース 3F\n詳細：{url}', l=('googlegroups', 'pydata-meetup-jp', 'googlegroups.com', 'PyData Meetup')),
    'th': dict(s='ประชุมชมรมถ่ายภาพประจำเดือน', d='สวัสดีสมาชิกทุกท่าน\nประชุมประจำเดือนพร้อมแชร์ผลงาน ณ ห้องประชุมชั้น 2\nผู้ที่สนใจเข้าร่วมได้ฟรี', l=('googlegroups', 'bkk-photo-club', 'googlegroups.com', 'ชมรมถ่ายภาพกรุงเทพ')),
}


def mlist(c):
    rng = c.rng
    cl = inner(c)
    lang = c.lang
    t = pick(c, T_ML)
    kind, lname, ldom, ldesc = t.pop('l')
    if lname == 'wg-xyz':
        lname = 'wg-' + rng.choice(['lamps', 'dnsops', 'calext', 'mailmaint'])
    sp = person(rng, lang)
    if cl in ('google',):
        identity(c, 'free', sp) if rng.random() < 0.6 else identity(c, 'org', sp, org=rng.choice(ORGS[lang]), name=sp['name'])
    elif cl in ('nextcloud',):
        identity(c, 'org', sp, domain='msu-physics.ru', name=sp['name'])
        c.sender['app_host'] = 'cloud.msu-physics.ru'
    elif cl == 'script':
        identity(c, 'org', sp, domain='greyhaven.edu', lp='events', name='Greyhaven Events', infra='webhost')
    elif cl == 'apple':
        identity(c, 'free', sp)
    else:
        identity(c, 'org', sp, org=rng.choice(ORGS[lang] if lang in ORGS else ORGS['en']), name=sp['name'])
    tzname = rng.choice(L[lang]['tz'])
    st, en = city_time(c, tzname, (3, 25), (10, 19), rng.choice([60, 90, 120]), weekday_only=lang != 'en' or rng.random() < 0.6)
    url = rng.choice(['https://hackmd.io/%s' % rid(rng, 22, ALNUM), 'https://meet.jit.si/%s' % rid(rng, 12, ALNUM),
                      'https://%s/%s' % (ldom if ldom != 'googlegroups.com' else 'openatlas-project.org', rid(rng, 8, LOWALNUM))])
    sl = S(c, month=people.MONTHS['en'][st.month - 1], url=url, speaker=person(rng, lang)['name'], venue=rng.choice(['Library meeting room B', 'Cedar Hall']),
           wg=lname.split('-')[-1].upper(), place=rng.choice(['Titchwell Marsh', 'Cley next the Sea']), topic=rng.choice({'en': ['Sparse spectral methods', 'Random walks on groups'],
                                                                                                                     'fr': ['Méthodes spectrales', 'Marches aléatoires'],
                                                                                                                     'ru': ['Спектральные методы', 'Случайные блуждания']}.get(lang, ['Topic'])),
           topic2='graph limits', univ='Greyhaven University', room=rng.choice(['B-214', '1.03', '305']), n=rng.randint(20, 80))
    summ, desc = F(t['s'], sl), F(t['d'], sl)
    laddr = '%s@%s' % (lname, ldom)
    ev = event(c, summ, desc, st, en, tzname, attendees=[att(c.sender, partstat='ACCEPTED'), dict(name=ldesc, email=laddr, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp=True, cutype='GROUP')],
               location=sl['venue'] if 'Chapter' in summ else None)
    if rng.random() < 0.4:
        ev['rrule'] = rng.choice(['FREQ=MONTHLY;BYDAY=2TH', 'FREQ=WEEKLY;INTERVAL=2', 'FREQ=MONTHLY;COUNT=6'])
    kw = {}
    if cl == 'script':
        kw = dict(subject=summ, body=desc)
    ham_spec(c, ev, 'REQUEST', **kw)
    set_list(c, kind, lname, ldom, ldesc, prefix=ldesc.split()[0] if kind in ('mailman2', 'sympa') and rng.random() < 0.6 else None)
    c.desc = 'meeting invitation received as a mailing-list copy (%s list, inner %s, %s)' % (kind, cl, lang)


# ====================================================================== 12 replies and cancellations

T_RC = {
    'en': [
        dict(s='Project sync', m='REPLY', p='ACCEPTED', cm=None),
        dict(s='1:1 {rfirst} / {sfirst}', m='REPLY', p='DECLINED', cm="Sorry, I'm on leave that week – can we move it?"),
        dict(s='Quarterly planning', m='CANCEL', cm='Apologies, we need to cancel – the budget numbers are not ready. I will send a new invite.'),
        dict(s='Lunch & learn: accessibility basics', m='REPLY', p='TENTATIVE', cm='Might be a few minutes late.'),
        dict(s='Client call – {oorg}', m='CANCEL', cm='Client asked to postpone to next month.'),
        dict(s='Interview debrief', m='REPLY', p='ACCEPTED', cm=None),
    ],
    'nl': dict(s='Overleg projectplanning', m='REPLY', p='DECLINED', cm='Ik ben er helaas niet bij, ik zit die dag bij een klant.'),
    'pl': dict(s='Spotkanie zespołu', m='REPLY', p='ACCEPTED', cm='Będę 5 minut spóźniony.'),
    'zh': dict(s='项目周会', m='REPLY', p='DECLINED', cm='抱歉，那天我出差。'),
    'ko': dict(s='주간 업무 회의', m='REPLY', p='ACCEPTED', cm='참석하겠습니다.'),
    'tr': dict(s='Bütçe toplantısı', m='CANCEL', cm='Toplantıyı iptal etmek zorundayım, yeni tarih için tekrar davet göndereceğim.'),
    'it': dict(s='Riunione di avanzamento', m='CANCEL', cm='Annullo la riunione, ci aggiorniamo la prossima settimana.'),
}


def replycancel(c):
    rng = c.rng
    cl = inner(c)
    lang = c.lang
    t = pick(c, T_RC)
    sp = person(rng, lang)
    oo = other_org(c, lang)
    internal = rng.random() < 0.4 and internal_allowed(c)
    if internal:
        make_rcpt_org(c)
    if cl in ('google', 'apple', 'yahoo') and rng.random() < 0.5:
        identity(c, 'free', sp)
    else:
        identity(c, 'org', sp, org=(c.rcpt['org'], c.rcpt['domain']) if internal and c.rcpt['org'] else oo, name=sp['name'])
    sl = S(c, sfirst=sp['first'], oorg=oo[0])
    summ = F(t['s'], sl)
    tzname = c.rcpt['tz']
    st, en = city_time(c, tzname, (1, 14), (9, 16), rng.choice([30, 60]), weekday_only=True)
    m = t['m']
    if m == 'REPLY':
        ps = t['p']
        rc = dict(name=c.rcpt['name'], email=c.rcpt['email'])
        ev = event(c, summ, None, st, en, tzname, organizer=rc, attendees=[att(c.sender, partstat=ps)], seq=rng.choice([0, 0, 1]))
        if t.get('cm'):
            ev['comment'] = t['cm']
        ev['uid'] = None
        ham_spec(c, ev, 'REPLY', reply_partstat=ps, body=t.get('cm') or '', to=[(c.rcpt['name'], c.rcpt['email'])])
        c.desc = 'attendee reply (%s) to a meeting the recipient organised (%s, %s)' % (ps.lower(), cl, lang)
    else:
        others = [att(e) for e in random_people_emails(c, rng.randint(1, 5), langs=[lang], domains=[c.sender['domain'], c.rcpt['domain']])]
        ev = event(c, summ, t.get('cm'), st, en, tzname, attendees=[rcpt_att(c)] + others, seq=rng.choice([1, 2, 3]), status='CANCELLED')
        if rng.random() < 0.3:
            ev['rrule'] = 'FREQ=WEEKLY;BYDAY=%s' % ['MO', 'TU', 'WE', 'TH', 'FR'][st.weekday() if st.weekday() < 5 else 0]
        ham_spec(c, ev, 'CANCEL', body=t.get('cm') or '')
        c.desc = 'meeting cancellation from the organiser (%s, %s)' % (cl, lang)


# ====================================================================== 13 personal invitations between friends and family

T_PERS = {
    'en': [
        dict(s="{kid}'s 7th birthday party 🎈", d='Bouncy castle, pizza and cake! Please RSVP by Friday so we know numbers.\nAddress: {addr}\nCall me if you get lost: {phone}'),
        dict(s='BBQ at ours', d="Bring drinks if you like, we've got the food covered. Kids and dogs welcome!"),
        dict(s='Weekend at the lake house', d='Keys are with the neighbour (no. 12). Bring bedding and food for Saturday night, we will do a big shop on Friday.'),
        dict(s='Wedding: {a} & {b}', d='Ceremony at 2pm, reception to follow at the same venue. Dress code: garden party.\nAccommodation list and directions: {url}'),
        dict(s="Dinner for Mum's birthday", d="Booked {rest} for 7pm, table under {sfirst}. Don't mention it to her – it's a surprise!"),
    ],
    'ar': dict(s='عزومة إفطار', d='أهلاً بكم جميعاً، الإفطار عندنا يوم الجمعة إن شاء الله. لا تحضروا شيئاً، فقط أنفسكم!\nالعنوان: {addr}'),
    'hi': dict(s='दीदी की शादी – मेहंदी', d='प्यारे परिवार, मेहंदी की रस्म शाम 6 बजे से है।\nपता: {addr}\nज़रूर आइए!'),
    'th': dict(s='งานวันเกิดคุณแม่', d='ทานข้าวเย็นด้วยกันที่ร้าน {rest} เวลา 18:30 น. ใครมาได้บ้างบอกด้วยนะ'),
    'el': dict(s='Γιορτή του {kid}', d='Σας περιμένουμε στο σπίτι για φαγητό και κρασί! Φέρτε μόνο καλή διάθεση.\n{addr}'),
    'pt': dict(s='Churrasco de domingo', d='Galera, churrasco lá em casa no domingo a partir das 13h. Cada um traz sua bebida!\n{addr}'),
    'es': dict(s='Cena de cumpleaños de {kid}', d='¡Hola! Hemos reservado en {rest} a las 21:30. Avisad si venís para confirmar el número.'),
    'ru': dict(s='День рождения {kid}', d='Приглашаем вас на день рождения! Ждём к 15:00, будет торт и конкурсы для детей.\nАдрес: {addr}'),
}
KIDS = {'en': ['Mia', 'Leo', 'Ava', 'Noah'], 'el': ['Νίκου', 'Γιάννη'], 'es': ['Lucía', 'Pablo'], 'ru': ['Маши', 'Саши']}


def personal(c):
    rng = c.rng
    cl = inner(c)
    lang = c.lang
    sp = person(rng, lang)
    if cl == 'nextcloud':
        identity(c, 'org', sp, domain='%s-family.net' % sp['llast'], lp=sp['lfirst'], name=sp['name'])
        c.sender['app_host'] = 'cloud.%s-family.net' % sp['llast']
    else:
        identity(c, 'free', sp)
    t = pick(c, T_PERS)
    tzname = c.rcpt['tz']
    far = 'Wedding' in t['s']
    st, en = city_time(c, tzname, (150, 420) if far else (4, 40), (12, 19), rng.choice([120, 180, 240]) if not far else 600, weekday_only=False)
    want = {'pt': 6, 'ar': 4}.get(lang) if not far else None
    if 'BBQ' in t['s']:
        want = 5
    if want is not None:
        while st.weekday() != want:
            st += timedelta(days=1)
            en += timedelta(days=1)
    allday = 'lake house' in t['s']
    if allday:
        st = datetime(st.year, st.month, st.day)
        while st.weekday() != 4:
            st += timedelta(days=1)
        en = st + timedelta(days=3)
    a, b = person(rng, lang), person(rng, lang)
    sl = S(c, kid=rng.choice(KIDS.get(lang, KIDS['en'])), addr=people.address(rng, lang),
           phone=people.phone(rng, people.L[lang]['phone'] if lang != 'en' else 'us'), a=a['first'], b=b['first'],
           url='https://www.wedsite.example/%s-and-%s' % (a['lfirst'], b['lfirst']),
           rest=rng.choice({'th': ['ร้านบ้านสวน', 'ครัวคุณยาย'], 'es': ['Casa Lola', 'La Pergola']}.get(lang, ['Osteria Lucca', 'Saffron House', 'The Copper Kettle'])),
           sfirst=sp['first'])
    summ, desc = F(t['s'], sl), F(t['d'], sl)
    n = rng.randint(2, 18)
    atts = [att(c.sender, partstat='ACCEPTED'), rcpt_att(c)] + [att(e) for e in random_people_emails(c, n, langs=[lang], free_share=0.9)]
    ev = event(c, summ, desc, st, en, tzname, attendees=atts, allday=allday,
               location=sl['addr'] if rng.random() < 0.5 and not allday else None)
    ham_spec(c, ev, 'REQUEST')
    c.desc = 'personal invitation between friends/family (%s, %s)' % (cl, lang)


# ====================================================================== 14 support callbacks that were requested

T_SUP = {
    'en': [
        dict(s='Your callback is scheduled – case {case}', d='Hi {rfirst},\nAs requested, a member of our support team will call you at {rphone} on {date} between {t1} and {t2}.\nCase number: {case}\nTo reschedule, reply to this e-mail or call {phone}.\nWe will never ask for your password or payment details on the phone.'),
        dict(s='Engineer visit – broadband installation {order}', d='Your engineer will visit {addr} on {date}, 8am–12pm.\nOrder {order}. Someone over 18 needs to be at home.\nNeed to change the appointment? Call {phone} or reply to this e-mail.'),
        dict(s='Support session: {product} migration (ticket #{case})', d='Hi {rfirst},\nas discussed in ticket #{case}, here is the screen-sharing session to finish the migration. Please have admin access to the old server ready.\n{sname}, Support Engineer'),
        dict(s='Onboarding call – your {product} account', d='Hi {rfirst}, welcome aboard! This call is to set up SSO and import your users, as you requested in the sign-up form.\n{sname}\nCustomer Success'),
        dict(s='IT callback – ticket {case}', d='Hello {rfirst},\nyou asked for a call back about your printer issue (ticket {case}). I will phone your desk extension at the time below.\n{sname}, IT Service Desk'),
    ],
    'ja': dict(s='【折り返しのご連絡】お問い合わせ番号 {case}', d='{rlast} 様\nお問い合わせいただきありがとうございます。ご希望の日時にサポート担当よりご連絡いたします。\n日時：{date} {t1}〜{t2}\nお電話番号：{rphone}\n※弊社からパスワードをお伺いすることはございません。'),
    'ko': dict(s='[상담 예약] 고객센터 전화 상담 안내', d='{rname}님, 요청하신 전화 상담이 예약되었습니다.\n일시: {date} {t1}\n상담 번호: {case}\n변경을 원하시면 {phone}로 연락 주세요.'),
    'ar': dict(s='موعد زيارة الفني – طلب رقم {case}', d='عزيزي {rfirst}،\nبناءً على طلبك، سيقوم الفني بزيارتك يوم {date} بين {t1} و {t2} لتركيب الجهاز.\nللاستفسار: {phone}'),
    'he': dict(s='שיחה חוזרת מנציג שירות – פנייה {case}', d='שלום {rfirst},\nבהתאם לבקשתך, נציג יחזור אליך בתאריך {date} בין השעות {t1}-{t2} למספר {rphone}.\nמספר פנייה: {case}'),
}


def support(c):
    rng = c.rng
    cl = inner(c)
    lang = c.lang
    sp = person(rng, lang)
    tzname = c.rcpt['tz']
    st, en = city_time(c, tzname, (1, 6), (9, 16), rng.choice([30, 60, 120]), weekday_only=True)
    if lang == 'en':
        idx = {'transactional': 0, 'outlook': 1, 'zoom': 2, 'google': 3, 'zimbra': 4}[cl]
        t = T_SUP['en'][idx]
    else:
        idx = None
        t = T_SUP[lang]
    phone = people.phone(rng, people.L[lang]['phone'] if lang != 'en' else 'tollfree')
    sl = S(c, case=rid(rng, 8, '0123456789'), rphone=people.phone(rng, people.L[lang]['phone'] if lang != 'en' else 'us'), date=people.fmt_date(lang, st, False),
           t1='%02d:%02d' % (st.hour, st.minute), t2='%02d:%02d' % (en.hour, en.minute), phone=phone, order='BB' + rid(rng, 8, '0123456789'),
           addr=people.address(rng, lang), product=rng.choice(['Kestrel Backup', 'Northgate BI', 'Silverline DAM']),
           sname=sp['name'])
    summ, desc = F(t['s'], sl), F(t['d'], sl)
    kw = {}
    if cl == 'transactional':
        bn, bd = ('Brightline Broadband', 'brightline-broadband.co.uk') if lang == 'en' else ('한빛통신 고객센터', 'hanbit-telecom.co.kr')
        service(c, bn, bd, lp='support', esp=esp_pick(rng))
        kw = dict(subject=summ, body=desc, brand=tx_brand(c, bn, bd, '-//%s//Callback Scheduler//EN' % bn if lang == 'en' else '-//hanbit-telecom//CS//KO', 'callback.ics', color='#e4002b',
                                                          footer='%s · %s' % (bn, phone)))
        org = dict(name=bn, email=c.sender['email'])
        if lang == 'ko':
            kw['charset'] = rng.choice(['euc-kr', 'utf-8'])
    elif cl == 'outlook':
        o = ('Brightline Broadband', 'brightline-broadband.co.uk') if lang == 'en' else ('בזק-ליין שירות', 'zaklinet.co.il')
        identity(c, 'org', sp, domain=o[1], lp=rng.choice(['appointments', 'service']), name=o[0])
        org = org_of(c.sender)
    elif cl == 'zoom':
        vdom = 'kestrelsoft.io' if lang == 'en' else 'hokuto-sys.co.jp'
        host = identity(c, 'org', sp, domain=vdom, name=sp['name'])
        org = org_of(host)
        c.sender = dict(host, email='no-reply@zoom.us', domain='zoom.us', kind='service')
        kw['zoom_host'] = sp['name']
    elif cl == 'google':
        identity(c, 'org', sp, domain='northgate-analytics.io', name=sp['name'])
        org = org_of(c.sender)
        kw['_meet'] = 1
    elif cl == 'script':
        identity(c, 'org', sp, domain='alwaha-group.sa', lp='service', name='خدمة العملاء', infra='webhost')
        org = org_of(c.sender)
        kw = dict(subject=summ, body=desc)
    else:  # zimbra
        make_rcpt_org(c)
        identity(c, 'org', sp, org=(c.rcpt['org'], c.rcpt['domain']), name=sp['name'])
        org = org_of(c.sender)
    ev = event(c, summ, desc, st, en, tzname, organizer=org, attendees=[rcpt_att(c)])
    if kw.pop('_meet', None):
        ev['google_meet'] = 'https://meet.google.com/%s-%s-%s' % (rid(rng, 3, 'abcdefghijklmnopqrstuvwxyz'), rid(rng, 4, 'abcdefghijklmnopqrstuvwxyz'), rid(rng, 3, 'abcdefghijklmnopqrstuvwxyz'))
    ham_spec(c, ev, 'PUBLISH' if cl == 'transactional' else 'REQUEST', **kw)
    c.desc = 'support callback / technician visit the recipient asked for (%s, %s)' % (cl, lang)


# ====================================================================== 15 ordinary work meetings

T_WORK = {
    'en': [
        dict(s='Weekly ops sync', d='Standing agenda: incidents, capacity, upcoming changes.'),
        dict(s='Budget {y} kick-off', d='Kick-off for next year\'s budget cycle. Templates will be shared after the meeting.'),
        dict(s='Customer escalation – {oorg}', d='Need to agree on a recovery plan before we go back to the customer on Friday. Please bring the timeline.'),
        dict(s='Offsite planning', d='Let\'s pick dates and a venue. Options so far are in the doc I sent round last week.'),
        dict(s='Catch-up', d='Quick catch-up on the handover.'),
    ],
    'zh': dict(s='季度營運檢討會議', d='請各部門主管準備本季數據，會議地點：3樓大會議室。', cs='big5'),
    'it': dict(s='Riunione di reparto', d='Ordine del giorno: avanzamento progetti, ferie estive, varie ed eventuali.'),
    'pt': dict(s='Alinhamento semanal do projeto', d='Pauta: status das entregas, riscos e próximos passos.'),
    'pl': dict(s='Planowanie sprintu', d='Planowanie kolejnego sprintu. Proszę przejrzeć backlog przed spotkaniem.'),
}


def work(c):
    rng = c.rng
    cl = inner(c)
    lang = c.lang
    sp = person(rng, lang)
    internal = rng.random() < 0.5 and internal_allowed(c)
    if internal:
        make_rcpt_org(c)
        o = (c.rcpt['org'], c.rcpt['domain'])
    else:
        o = other_org(c, lang)
    if cl == 'zoom':
        host = identity(c, 'org', sp, org=o, name=sp['name'])
    else:
        identity(c, 'org', sp, org=o, name=sp['name'])
    if cl == 'nextcloud':
        c.sender['app_host'] = 'cloud.' + o[1]
    t = pick(c, T_WORK)
    big5 = t.pop('cs', None)
    if big5:
        c.rcpt['tz'] = 'Asia/Taipei'
    tzname = c.rcpt['tz']
    st, en = city_time(c, tzname, (1, 12), (8, 16), rng.choice([30, 45, 60, 90]), weekday_only=True)
    sl = S(c, y=st.year + 1, oorg=other_org(c, lang)[0])
    summ, desc = F(t['s'], sl), F(t['d'], sl)
    others = [att(e) for e in random_people_emails(c, rng.randint(1, 8), langs=[lang], domains=[o[1], c.rcpt['domain']])]
    ev = event(c, summ, desc, st, en, tzname, organizer=org_of(c.sender), attendees=[rcpt_att(c)] + others,
               location=rng.choice([None, 'Room 2.14', 'Meeting room Everest', '3F']))
    if rng.random() < 0.35:
        ev['rrule'] = 'FREQ=WEEKLY;BYDAY=%s' % ['MO', 'TU', 'WE', 'TH', 'FR'][st.weekday()]
    kw = {}
    if cl == 'outlook':
        kw['teams'] = rng.random() < 0.6
    if cl == 'google' and rng.random() < 0.7:
        ev['google_meet'] = 'https://meet.google.com/%s-%s-%s' % (rid(rng, 3, 'abcdefghijklmnopqrstuvwxyz'), rid(rng, 4, 'abcdefghijklmnopqrstuvwxyz'), rid(rng, 3, 'abcdefghijklmnopqrstuvwxyz'))
    if cl == 'zoom':
        c.sender = dict(c.sender, email='no-reply@zoom.us', domain='zoom.us', kind='service')
        kw['zoom_host'] = sp['name']
    if big5:
        kw['charset'] = big5
    ham_spec(c, ev, 'REQUEST', **kw)
    c.desc = 'ordinary work meeting (%s, %s)' % (cl, lang)


# ====================================================================== plan

def _cat(name, fn, desc, pairs, years=(2016, 2026)):
    return dict(name=name, fn=fn, desc=desc, langs=[p[0] for p in pairs], clients=[p[1] for p in pairs], years=years)


CATS = [
    _cat('travel-booking', travel, 'Airline, rail and travel-agency confirmations (codes, prices, phone numbers, PUBLISH) and shared itineraries',
         [('en', 'transactional'), ('en', 'transactional'), ('en', 'transactional'), ('en', 'google'), ('en', 'outlook'), ('en', 'apple'),
          ('de', 'transactional'), ('fr', 'transactional'), ('ja', 'transactional'), ('th', 'transactional'), ('zh', 'google'), ('es', 'apple')]),
    _cat('hotel-restaurant-booking', hotel, 'Hotel and restaurant reservations from booking platforms, small hotels and friends',
         [('en', 'transactional'), ('en', 'transactional'), ('it', 'transactional'), ('es', 'transactional'), ('tr', 'transactional'),
          ('ko', 'transactional'), ('en', 'apple'), ('pt', 'apple'), ('en', 'google'), ('en', 'yahoo'), ('el', 'script')]),
    _cat('medical-appointment', medical, "Doctor, dentist, vet and physiotherapy appointments from schedulers and practices",
         [('en', 'transactional'), ('en', 'transactional'), ('nl', 'transactional'), ('de', 'transactional'), ('ar', 'transactional'),
          ('en', 'outlook'), ('he', 'outlook'), ('en', 'google'), ('pl', 'script'), ('en', 'nextcloud')]),
    _cat('vendor-webinar-conference', webinar, 'Vendor webinars, conferences, meetups and all-hands with many attendees and "free"/"offer" wording',
         [('en', 'zoom'), ('de', 'zoom'), ('ja', 'zoom'), ('hi', 'zoom'), ('en', 'outlook'), ('en', 'outlook'), ('ko', 'outlook'),
          ('en', 'google'), ('pt', 'google'), ('en', 'transactional'), ('fr', 'transactional'), ('en', 'script')], years=(2018, 2026)),
    _cat('community-series', community, 'School, church, club and sports series without end date, mostly from free mail',
         [('en', 'google'), ('es', 'google'), ('ru', 'google'), ('ar', 'google'), ('en', 'google'), ('en', 'yahoo'), ('it', 'yahoo'),
          ('el', 'apple'), ('en', 'apple'), ('he', 'script'), ('en', 'script'), ('pl', 'sogo')]),
    _cat('it-notice', itnotice, 'IT maintenance windows, password-expiry and MFA/VPN notices from internal IT',
         [('en', 'outlook'), ('en', 'outlook'), ('de', 'outlook'), ('tr', 'outlook'), ('ru', 'zimbra'), ('en', 'zimbra'),
          ('nl', 'nextcloud'), ('en', 'sogo'), ('zh', 'script'), ('en', 'google')]),
    _cat('doc-share-meeting', docmeet, 'Colleagues and partners sharing documents (SharePoint, Drive, Nextcloud) for a meeting',
         [('en', 'outlook'), ('fr', 'outlook'), ('ja', 'outlook'), ('en', 'outlook'), ('en', 'google'), ('ko', 'google'), ('en', 'google'),
          ('pl', 'nextcloud'), ('th', 'zimbra'), ('en', 'sogo'), ('en', 'thunderbird')], years=(2018, 2026)),
    _cat('finance-reminder', finance, "Finance teams' payment reminders, payroll cut-offs and bank-detail fraud warnings",
         [('en', 'outlook'), ('de', 'outlook'), ('en', 'outlook'), ('zh', 'outlook'), ('en', 'google'), ('hi', 'google'),
          ('it', 'zimbra'), ('nl', 'thunderbird'), ('en', 'transactional'), ('en', 'apple')]),
    _cat('recruiting', recruiting, 'Recruiters, applicant-tracking systems and interview scheduling',
         [('en', 'google'), ('pt', 'google'), ('hi', 'google'), ('en', 'google'), ('en', 'outlook'), ('fr', 'outlook'), ('ar', 'outlook'),
          ('en', 'zoom'), ('ru', 'apple'), ('en', 'transactional')], years=(2017, 2026)),
    _cat('forwarded-invite', forwarded, 'Invitations forwarded by colleagues, friends or neighbours (organiser is a third party)',
         [('en', 'outlook'), ('tr', 'outlook'), ('en', 'outlook'), ('en', 'thunderbird'), ('el', 'thunderbird'), ('es', 'apple'),
          ('en', 'yahoo'), ('he', 'zimbra'), ('en', 'sogo')]),
    _cat('mailing-list-copy', mlist, 'Meeting invitations received through mailing lists (Google Groups, Mailman, Sympa) with broken DKIM',
         [('en', 'mlist.google'), ('en', 'mlist.google'), ('th', 'mlist.google'), ('ja', 'mlist.google'), ('en', 'mlist.outlook'),
          ('fr', 'mlist.outlook'), ('en', 'mlist.thunderbird'), ('de', 'mlist.thunderbird'), ('en', 'mlist.apple'), ('ru', 'mlist.nextcloud'),
          ('en', 'mlist.script')]),
    _cat('reply-cancel', replycancel, 'METHOD:REPLY answers to meetings the recipient organised, and METHOD:CANCEL notices',
         [('en', 'google'), ('zh', 'google'), ('en', 'google'), ('en', 'outlook'), ('nl', 'outlook'), ('tr', 'outlook'), ('en', 'apple'),
          ('it', 'apple'), ('pl', 'thunderbird'), ('ko', 'nextcloud'), ('en', 'sogo'), ('en', 'yahoo')]),
    _cat('personal-family', personal, 'Personal invitations between friends and family',
         [('en', 'apple'), ('el', 'apple'), ('es', 'apple'), ('en', 'apple'), ('ar', 'google'), ('hi', 'google'), ('en', 'google'),
          ('pt', 'google'), ('th', 'yahoo'), ('ru', 'thunderbird'), ('en', 'outlook'), ('en', 'nextcloud')]),
    _cat('support-callback', support, 'Support callbacks, technician visits and onboarding calls the recipient requested',
         [('en', 'transactional'), ('ko', 'transactional'), ('en', 'outlook'), ('he', 'outlook'), ('en', 'zoom'), ('ja', 'zoom'),
          ('en', 'google'), ('ar', 'script'), ('en', 'zimbra')], years=(2018, 2026)),
    _cat('work-meeting', work, 'Ordinary internal and external work meetings',
         [('en', 'outlook'), ('zh', 'outlook'), ('en', 'outlook'), ('en', 'google'), ('pt', 'google'), ('en', 'zoom'), ('it', 'sogo'),
          ('pl', 'nextcloud'), ('en', 'thunderbird')], years=(2019, 2026)),
]
