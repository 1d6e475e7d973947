# -*- coding: utf-8 -*-
"""Legitimate calendar mail builders.  All wording invented for this corpus.  CC0 1.0."""
import datetime as dt

from build import (base_msg, make_event, when, fill, phone, att_list, colleagues, account, org_pick, uid_for)
from finish import sender_for, finalize, spam_kit_quirks
from common import alnum, hexs, digits, person, ORGS, RCPT_DOMAINS, uuid4, LANG_INFO, from_utc, slug, TZ, name_domain

A = 'abcdefghijklmnopqrstuvwxyz'


def meet_url(ctx):
    r = ctx.rng
    return 'https://meet.google.com/%s-%s-%s' % (alnum(r, 3, A), alnum(r, 4, A), alnum(r, 3, A))


def hstd(ctx, m, e, subject=None, body=None, html=None, method='REQUEST', prodid=None, flavours=None):
    m['method'] = method
    if ctx.inner == 'lib' and ctx.rng.random() < 0.2:
        m['quirks'].add(ctx.rng.choice(['no_method', 'fold_none', 'fold_wide', 'no_vtimezone']))
    finalize(ctx, m, subject=subject, body=body, html=html, prodid=prodid, lib_flavours=flavours)
    return m


def brand_sender(ctx, m, name, domain, local='no-reply', prefer='saas'):
    """Booking-system style sender: ESP for saas client, own server for lib/others."""
    r = ctx.rng
    if ctx.inner == 'saas':
        m['sender'] = account(ctx, 'esp', name=name, domain=domain, local=local,
                              dmarc=r.choice(['REJECT', 'QUARANTINE', 'NONE']))
    else:
        m['sender'] = sender_for(ctx, [('corp', 1)], domains={'corp': domain}, local=local,
                                 dmarc=r.choice(['REJECT', 'QUARANTINE', 'NONE']))
        m['sender']['name'] = name
        m['sender']['dkim'] = True
    return m['sender']


# ================================================================ 1. airline bookings
AIR = {
    'en': [('Northstar Airways', 'northstar-airways.com'), ('Pacific Crest Airlines', 'pacificcrest-air.com'),
           ('Skylark Regional', 'skylarkregional.co.uk')],
    'de': [('Alpina Air', 'alpina-air.de')], 'ja': [('さくら航空', 'sakura-airlines.co.jp')],
    'ar': [('طيران الواحة', 'oasis-airways.ae')], 'tr': [('Boğaziçi Havayolları', 'bogazici-air.com.tr')],
    'ko': [('한빛항공', 'hanbit-air.co.kr')],
}
AIRPORTS = {'en': [('LHR', 'London Heathrow'), ('JFK', 'New York JFK'), ('ORD', 'Chicago O\'Hare'), ('SFO', 'San Francisco'),
                   ('DUB', 'Dublin'), ('SYD', 'Sydney'), ('EDI', 'Edinburgh'), ('BOS', 'Boston Logan')],
            'de': [('MUC', 'München'), ('FRA', 'Frankfurt'), ('HAM', 'Hamburg'), ('PMI', 'Palma de Mallorca')],
            'ja': [('HND', '東京(羽田)'), ('ITM', '大阪(伊丹)'), ('CTS', '札幌(新千歳)'), ('FUK', '福岡')],
            'ar': [('DXB', 'دبي'), ('RUH', 'الرياض'), ('CAI', 'القاهرة'), ('AMM', 'عمّان')],
            'tr': [('IST', 'İstanbul'), ('ESB', 'Ankara Esenboğa'), ('ADB', 'İzmir'), ('AYT', 'Antalya')],
            'ko': [('ICN', '인천'), ('GMP', '김포'), ('CJU', '제주'), ('PUS', '부산')]}
AIR_T = {
    'en': dict(subj='Your booking confirmation {pnr} - {frm} to {to}', summ='Flight {fl} {frm_c} → {to_c}',
               desc='Booking reference: {pnr}\nPassenger: {pax}\nFlight {fl}  {frm} ({frm_c}) → {to} ({to_c})\n'
                    'Departure: {dep}  Arrival: {arr}\nSeat: {seat}  Cabin: Economy\nFare paid: {cur}{amt} (incl. taxes '
                    'and fees)\n\nOnline check-in opens 24 hours before departure: {url}\nManage booking: {url2}\n'
                    'Questions? Call us on {ph}.'),
    'de': dict(subj='Buchungsbestätigung {pnr} – {frm} nach {to}', summ='Flug {fl} {frm_c} → {to_c}',
               desc='Buchungscode: {pnr}\nReisende/r: {pax}\nFlug {fl} {frm} → {to}\nAbflug: {dep}  Ankunft: {arr}\n'
                    'Sitzplatz: {seat}\nGezahlter Betrag: {amt} € inkl. Steuern und Gebühren\n\nOnline-Check-in ab 30 '
                    'Stunden vor Abflug: {url}\nServicehotline: {ph}'),
    'ja': dict(subj='【{al}】ご予約確認（予約番号：{pnr}）', summ='{al} {fl}便 {frm}→{to}',
               desc='ご予約ありがとうございます。\n予約番号：{pnr}\nお名前：{pax} 様\n便名：{fl}  {frm} → {to}\n'
                    '出発：{dep}  到着：{arr}\n座席：{seat}\nお支払い金額：{amt}円\n\nオンラインチェックイン：{url}\n'
                    'お問い合わせ：{ph}'),
    'ar': dict(subj='تأكيد الحجز {pnr} - {frm} إلى {to}', summ='الرحلة {fl} {frm_c} → {to_c}',
               desc='رقم الحجز: {pnr}\nالمسافر: {pax}\nالرحلة {fl} من {frm} إلى {to}\nالمغادرة: {dep}  الوصول: {arr}\n'
                    'المقعد: {seat}\nالمبلغ المدفوع: {amt} درهم\n\nتسجيل الوصول عبر الإنترنت: {url}\nمركز الاتصال: {ph}'),
    'tr': dict(subj='Rezervasyon onayı {pnr} - {frm} → {to}', summ='{fl} sefer {frm_c} → {to_c}',
               desc='Rezervasyon kodu (PNR): {pnr}\nYolcu: {pax}\nUçuş {fl}: {frm} → {to}\nKalkış: {dep}  Varış: {arr}\n'
                    'Koltuk: {seat}\nÖdenen tutar: {amt} TL\n\nOnline check-in: {url}\nÇağrı merkezi: {ph}'),
    'ko': dict(subj='[{al}] 예약 확인 안내 (예약번호 {pnr})', summ='{al} {fl} {frm}→{to}',
               desc='예약번호: {pnr}\n탑승객: {pax}\n항공편: {fl} {frm} → {to}\n출발: {dep}  도착: {arr}\n좌석: {seat}\n'
                    '결제 금액: {amt}원\n\n온라인 체크인: {url}\n고객센터: {ph}'),
}


def airline(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    al, dom = r.choice(AIR[ctx.lang])
    (fc, fn), (tc, tn) = r.sample(AIRPORTS[ctx.lang], 2)
    pnr = alnum(r, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')
    fl = '%s%d' % (alnum(r, 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), r.randint(100, 2999))
    atz = {'LHR': 'Europe/London', 'DUB': 'Europe/London', 'EDI': 'Europe/London', 'JFK': 'America/New_York',
           'BOS': 'America/New_York', 'ORD': 'America/Chicago', 'SFO': 'America/Los_Angeles', 'SYD': 'Australia/Sydney',
           'PMI': 'Europe/Berlin', 'AMM': 'Asia/Riyadh', 'CAI': 'Africa/Cairo', 'RUH': 'Asia/Riyadh', 'DXB': 'Asia/Dubai'}
    start, tz = when(ctx, 7, 80, hours=(6, 21), minutes=(0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55), weekend=True,
                     tz=atz.get(fc))
    dur = r.randint(55, 420)
    end = start + dt.timedelta(minutes=dur)
    cur = {'en': r.choice(['$', '£']), 'de': '', 'ja': '', 'ar': '', 'tr': '', 'ko': ''}[ctx.lang]
    amt = {'en': '%d.%02d' % (r.randint(89, 1400), r.randint(0, 99)), 'de': '%d,%02d' % (r.randint(69, 890), r.randint(0, 99)),
           'ja': '{:,}'.format(r.randint(9800, 58000)), 'ar': '{:,}'.format(r.randint(450, 3900)),
           'tr': '{:,}'.format(r.randint(1200, 9800)).replace(',', '.'), 'ko': '{:,}'.format(r.randint(68000, 520000))}[ctx.lang]
    sl = dict(al=al, pnr=pnr, fl=fl, frm=fn, to=tn, frm_c=fc, to_c=tc, pax=ctx.rcpt_name.upper() if ctx.lang == 'en' else ctx.rcpt_name,
              dep=start.strftime('%Y-%m-%d %H:%M'), arr=end.strftime('%H:%M'), seat='%d%s' % (r.randint(3, 38), r.choice('ABCDEF')),
              cur=cur, amt=amt, url='https://www.%s/checkin?pnr=%s' % (dom, pnr),
              url2='https://www.%s/manage/%s' % (dom, alnum(r, 16)),
              ph={'en': '+44 20 7946 %04d' % r.randint(0, 999) if cur == '£' else '+1 (800) 555-%04d' % r.randint(100, 199),
                  'de': '+49 69 %s' % digits(r, 8), 'ja': '0570-%s-%s' % (digits(r, 3), digits(r, 3)),
                  'ar': '+971 4 %s' % digits(r, 7), 'tr': '0850 %s %s %s' % (digits(r, 3), digits(r, 2), digits(r, 2)),
                  'ko': '1588-%s' % digits(r, 4)}[ctx.lang])
    T = AIR_T[ctx.lang]
    subj, summ, desc = fill(T['subj'], **sl), fill(T['summ'], **sl), fill(T['desc'], **sl)
    if ctx.inner in ('saas', 'lib'):
        brand_sender(ctx, m, al, dom, local=r.choice(['booking', 'noreply', 'reservations', 'no-reply']))
    else:
        # travel agency sending the itinerary from its own calendar
        on, odom = org_pick(ctx)
        m['sender'] = sender_for(ctx, [('corp', 1)], domains={'corp': odom})
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    e = make_event(ctx, m, summ, desc, start, dur, tz=tz, location='%s (%s)' % (fn, fc), organizer=org,
                   attendees=[dict(cn=ctx.rcpt_name, addr=ctx.rcpt, partstat='ACCEPTED' if ctx.inner == 'saas' else 'NEEDS-ACTION', rsvp=False)]
                   if r.random() < 0.6 or ctx.inner not in ('saas', 'lib') else [], uid='%s-%s-%s@%s' % (pnr, fl, start.strftime('%Y%m%d'), dom))
    e['alarms'] = [dict(trigger='-PT3H', desc='Flight %s' % fl)] if r.random() < 0.5 else []
    if ctx.inner in ('saas', 'lib') and r.random() < 0.5:
        back = start + dt.timedelta(days=r.randint(3, 16), hours=r.randint(-5, 5))
        fl2 = '%s%d' % (fl[:2], int(fl[2:]) + 1)
        make_event(ctx, m, fill(T['summ'], **dict(sl, fl=fl2, frm=tn, to=fn, frm_c=tc, to_c=fc)),
                   '%s\n%s' % (pnr, fill(T['summ'], **dict(sl, fl=fl2, frm=tn, to=fn, frm_c=tc, to_c=fc))), back, dur + r.randint(-20, 20),
                   tz=tz, location='%s (%s)' % (tn, tc), organizer=org, attendees=e['attendees'],
                   uid='%s-%s-%s@%s' % (pnr, fl2, back.strftime('%Y%m%d'), dom))
    m['saas_style'] = r.choice(['attach', 'ics'])
    m['ics_name'] = r.choice(['flight.ics', 'itinerary.ics', '%s.ics' % pnr])
    if ctx.inner == 'saas' or ctx.inner == 'lib':
        return hstd(ctx, m, e, subject=subj, body='%s\n\n%s\n' % (subj, desc), method='PUBLISH',
                    prodid='-//%s//Itinerary 4.2//EN' % al if all(ord(c) < 128 for c in al) else '-//%s//Itinerary//EN' % dom,
                    flavours=['java', 'dotnet', 'php'])
    e['desc'] = desc
    return hstd(ctx, m, e, subject=subj if ctx.inner not in ('google',) else None)


# ================================================================ 2. rail / coach
RAIL = {
    'en': [('Coastline Rail', 'coastlinerail.co.uk', ['London Paddington', 'Bristol Temple Meads', 'Cardiff Central', 'Exeter St Davids', 'Reading'], '£'),
           ('Meridian Rail', 'meridianrail.com', ['Boston South Station', 'New York Penn Station', 'Philadelphia 30th St', 'Washington Union Station'], '$')],
    'de': [('Südbahn Fernverkehr', 'suedbahn-fernverkehr.de', ['Köln Hbf', 'Frankfurt(Main) Hbf', 'Stuttgart Hbf', 'München Hbf', 'Mannheim Hbf'], '€')],
    'fr': [('Ligne Azur', 'ligne-azur.fr', ['Paris Gare de Lyon', 'Lyon Part-Dieu', 'Marseille Saint-Charles', 'Nice Ville'], '€')],
    'it': [('Freccia Nova', 'freccianova.it', ['Milano Centrale', 'Roma Termini', 'Firenze S.M.N.', 'Napoli Centrale', 'Bologna C.le'], '€')],
    'nl': [('Spoorlijn Noord', 'spoorlijnnoord.nl', ['Amsterdam Centraal', 'Utrecht Centraal', 'Groningen', 'Zwolle', 'Rotterdam Centraal'], '€')],
    'zh': [('铁路客户服务中心', 'rail-service.com.cn', ['北京南', '上海虹桥', '南京南', '杭州东', '济南西'], '¥')],
}
RAIL_T = {
    'en': dict(subj='Your e-ticket: {frm} to {to}, {day}', summ='Train {frm} → {to}',
               desc='Booking reference: {ref}\n{frm} {dep} → {to} {arr}\nCoach {coach}, seat {seat}\nTicket type: '
                    '{tt}\nTotal paid: {cur}{amt}\n\nShow the QR code in your app or print-at-home PDF. Download: {url}\n'
                    'Need to change your journey? {url2}'),
    'de': dict(subj='Ihre Fahrkarte: {frm} → {to} am {day}', summ='Zug {frm} → {to}',
               desc='Auftragsnummer: {ref}\n{frm} ab {dep} → {to} an {arr}\nWagen {coach}, Platz {seat}\n'
                    'Tarif: Flexpreis, 2. Klasse\nGesamtpreis: {amt} €\n\nIhr Online-Ticket: {url}\nFahrplanänderungen: {url2}'),
    'fr': dict(subj='Votre billet {frm} → {to} du {day}', summ='Train {frm} → {to}',
               desc='Référence de dossier : {ref}\nDépart {frm} à {dep}, arrivée {to} à {arr}\nVoiture {coach}, place '
                    '{seat}\nMontant payé : {amt} €\n\nVotre e-billet : {url}\nModifier ou échanger : {url2}'),
    'it': dict(subj='Biglietto {frm} - {to} del {day}', summ='Treno {frm} → {to}',
               desc='Codice biglietto (PNR): {ref}\nPartenza {frm} ore {dep} - arrivo {to} ore {arr}\nCarrozza {coach}, '
                    'posto {seat}\nImporto pagato: {amt} €\n\nScarica il biglietto: {url}\nCambio prenotazione: {url2}'),
    'nl': dict(subj='Je reisbevestiging: {frm} - {to}', summ='Trein {frm} → {to}',
               desc='Boekingsnummer: {ref}\n{frm} {dep} → {to} {arr}\nRijtuig {coach}, stoel {seat}\nBetaald: € {amt}\n\n'
                    'Je e-ticket: {url}\nReis wijzigen: {url2}'),
    'zh': dict(subj='订单 {ref} 出票成功（{frm}→{to}）', summ='{frm}→{to} G{train}次',
               desc='订单号：{ref}\n{day} G{train}次 {frm}站 {dep}开 → {to}站 {arr}到\n{coach}车{seat}号 二等座\n'
                    '票价：{amt}元\n\n请携带购票时所使用的有效身份证件原件乘车。改签或退票：{url2}'),
}


def rail(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    op, dom, stations, cur = r.choice(RAIL[ctx.lang])
    frm, to = r.sample(stations, 2)
    start, tz = when(ctx, 2, 50, hours=(6, 20), minutes=(2, 8, 14, 23, 31, 36, 44, 52), weekend=True,
                     tz={'Coastline Rail': 'Europe/London', 'Meridian Rail': 'America/New_York'}.get(op))
    dur = r.randint(45, 330)
    end = start + dt.timedelta(minutes=dur)
    ref = alnum(r, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') if ctx.lang != 'zh' else 'E' + digits(r, 9)
    amt = ('%d.%02d' % (r.randint(19, 240), r.randint(0, 99)))
    if ctx.lang in ('de', 'fr', 'it', 'nl'):
        amt = amt.replace('.', ',')
    sl = dict(frm=frm, to=to, day=start.strftime('%d.%m.%Y' if ctx.lang != 'en' else '%d %b %Y'), ref=ref,
              dep=start.strftime('%H:%M'), arr=end.strftime('%H:%M'), coach=r.randint(1, 16), seat=r.randint(1, 90),
              tt=r.choice(['Advance Single', 'Off-Peak Return', 'Anytime Day Single', 'Flex']), cur=cur, amt=amt,
              url='https://tickets.%s/%s.pdf' % (dom, alnum(r, 20)), url2='https://www.%s/booking/%s' % (dom, ref),
              train=r.randint(1, 999))
    T = RAIL_T[ctx.lang]
    subj, summ, desc = fill(T['subj'], **sl), fill(T['summ'], **sl), fill(T['desc'], **sl)
    brand_sender(ctx, m, op, dom, local=r.choice(['tickets', 'noreply', 'booking']))
    if ctx.inner not in ('saas', 'lib'):
        m['sender']['name'] = op
    org = dict(name=op, addr=m['sender']['addr'])
    e = make_event(ctx, m, summ, desc, start, dur, tz=tz, location=frm, organizer=org, attendees=[],
                   uid='%s-%d@%s' % (ref, r.randint(1, 4), dom))
    m['saas_style'] = r.choice(['attach', 'ics', 'inline'])
    m['saas_noorg'] = r.random() < 0.5
    return hstd(ctx, m, e, subject=subj, body='%s\n\n%s\n\n%s\n' % (subj, desc, op), method='PUBLISH',
                prodid='-//%s//Ticket Calendar//EN' % dom, flavours=['java', 'php', 'dotnet'])


# ================================================================ 3. hotel bookings
HOTEL_T = {
    'en': dict(subj='Booking confirmed: {hotel}, {ci} - {co}', summ='Stay at {hotel}',
               desc='Confirmation number: {conf}\nPIN: {pin}\n{hotel}\n{addr}\nCheck-in: {ci} (from 15:00)\nCheck-out: '
                    '{co} (until 11:00)\n{nights} nights, 1 room, {guests} guests\nTotal price: {cur}{amt} (pay at the '
                    'property)\nFree cancellation until {canc}.\n\nContact the property: {ph}\nManage your booking: {url}'),
    'es': dict(subj='Reserva confirmada: {hotel}', summ='Estancia en {hotel}',
               desc='Número de confirmación: {conf}\nPIN: {pin}\n{hotel}\n{addr}\nEntrada: {ci} (a partir de las 14:00)\n'
                    'Salida: {co} (hasta las 12:00)\nPrecio total: {amt} €\nCancelación gratuita hasta el {canc}.\n'
                    'Teléfono del alojamiento: {ph}\nGestionar reserva: {url}'),
    'el': dict(subj='Επιβεβαίωση κράτησης – {hotel}', summ='Διαμονή στο {hotel}',
               desc='Αριθμός επιβεβαίωσης: {conf}\nPIN: {pin}\n{hotel}, {addr}\nΆφιξη: {ci} (από 14:00)\nΑναχώρηση: {co} '
                    '(έως 11:00)\nΣύνολο: {amt} €\nΔωρεάν ακύρωση έως {canc}.\nΤηλέφωνο καταλύματος: {ph}\n{url}'),
    'th': dict(subj='ยืนยันการจองห้องพัก {hotel}', summ='เข้าพักที่ {hotel}',
               desc='หมายเลขยืนยัน: {conf}\nPIN: {pin}\n{hotel} {addr}\nเช็คอิน: {ci} (ตั้งแต่ 14:00 น.)\nเช็คเอาท์: {co} '
                    '(ก่อน 12:00 น.)\nราคารวม: {amt} บาท\nยกเลิกฟรีถึง {canc}\nโทรศัพท์ที่พัก: {ph}\n{url}'),
    'pt': dict(subj='Reserva confirmada: {hotel}', summ='Hospedagem - {hotel}',
               desc='Número de confirmação: {conf}\nPIN: {pin}\n{hotel}\n{addr}\nCheck-in: {ci} (a partir das 14h)\n'
                    'Check-out: {co} (até 12h)\nValor total: R$ {amt}\nCancelamento grátis até {canc}.\nTelefone: {ph}\n{url}'),
    'it': dict(subj='Prenotazione confermata: {hotel}', summ='Soggiorno presso {hotel}',
               desc='Numero di conferma: {conf}\nPIN: {pin}\n{hotel}\n{addr}\nCheck-in: {ci} (dalle 14:00)\nCheck-out: '
                    '{co} (entro le 10:30)\nPrezzo totale: {amt} €\nCancellazione gratuita fino al {canc}.\nTelefono '
                    'struttura: {ph}\nGestisci la prenotazione: {url}'),
}
HOTELS = {'en': [('The Harbour View Hotel', '14 Quay Street, Galway', '+353 91 %s'), ('Maple Lodge Inn', '220 Route 9, Lake George, NY', '+1 518 555 %s'),
                 ('Kingsgate House', '3 Kingsgate Rd, York', '+44 1904 %s')],
          'es': [('Hotel Mirador del Puerto', 'Calle del Muelle 12, Santander', '+34 942 %s')],
          'el': [('Ξενοδοχείο Γαλήνη', 'Παραλία Αγίας Άννας, Νάξος', '+30 22850 %s')],
          'th': [('บ้านสวนรีสอร์ท', 'ถนนนิมมานเหมินท์ เชียงใหม่', '+66 53 %s')],
          'pt': [('Pousada Recanto do Mar', 'Rua das Gaivotas 45, Paraty - RJ', '+55 24 %s')],
          'it': [('Albergo Villa Fiorita', 'Via dei Colli 8, Bellagio (CO)', '+39 031 %s')]}
STAY = [('StayFinder', 'stayfinder.com'), ('RoomSpot', 'roomspot.net'), ('Hotelia', 'hotelia-booking.com')]


def hotel(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    hname, haddr, hph = r.choice(HOTELS[ctx.lang])
    plat, pdom = r.choice(STAY)
    start, tz = when(ctx, 5, 90, hours=(15, 15), minutes=(0,), weekend=True)
    nights = r.randint(1, 7)
    co = start + dt.timedelta(days=nights)
    conf = digits(r, 10)
    amt = {'en': '{:,.2f}'.format(r.uniform(180, 1600)), 'es': '%d,%02d' % (r.randint(150, 900), r.randint(0, 99)),
           'el': '%d,00' % r.randint(160, 900), 'th': '{:,}'.format(r.randint(2400, 18000)), 'pt': '{:,}'.format(r.randint(600, 4200)).replace(',', '.') + ',00',
           'it': '%d,%02d' % (r.randint(200, 1400), r.randint(0, 99))}[ctx.lang]
    sl = dict(hotel=hname, addr=haddr, conf=conf, pin=digits(r, 4), ci=start.strftime('%d/%m/%Y'), co=co.strftime('%d/%m/%Y'),
              nights=nights, guests=r.randint(1, 4), cur=r.choice(['€', '£', '$']), amt=amt,
              canc=(start - dt.timedelta(days=2)).strftime('%d/%m/%Y'), ph=hph % digits(r, 4 if '555' in hph else 6),
              url='https://secure.%s/myreservations/%s?pincode=%s' % (pdom, conf, digits(r, 4)))
    T = HOTEL_T[ctx.lang]
    subj, summ, desc = fill(T['subj'], **sl), fill(T['summ'], **sl), fill(T['desc'], **sl)
    if ctx.inner in ('saas', 'lib'):
        brand_sender(ctx, m, plat, pdom, local=r.choice(['noreply', 'customer.service', 'reservations']))
        org = dict(name=plat, addr=m['sender']['addr'])
        att = [dict(cn=ctx.rcpt_name, addr=ctx.rcpt, partstat='ACCEPTED', rsvp=False)] if r.random() < 0.4 else []
    else:
        # small hotel's reception sends an invite from its own mailbox
        hd = name_domain(hname, ctx.lang, r, 'hotel')
        m['sender'] = sender_for(ctx, [('corp', 1)], domains={'corp': hd}, local=r.choice(['reception', 'info', 'booking']))
        m['sender']['name'] = hname
        org = dict(name=hname, addr=m['sender']['addr'])
        att = att_list(ctx, org, [])
        plat = hname
    allday = r.random() < 0.6
    e = make_event(ctx, m, summ, desc, start, nights * 1440 if allday else 60, tz=tz, location='%s, %s' % (hname, haddr),
                   organizer=org, attendees=att, allday=allday, uid='%s@%s' % (conf, pdom) if ctx.inner in ('saas', 'lib') else None)
    if not allday:
        e2 = make_event(ctx, m, summ.replace('Stay at', 'Check-out:'), 'Check-out %s' % hname, co.replace(hour=11), 30,
                        tz=tz, location=e['location'], organizer=org, attendees=att,
                        uid='%s-out@%s' % (conf, pdom)) if r.random() < 0.5 and ctx.inner in ('saas', 'lib') else None
    m['saas_style'] = r.choice(['attach', 'ics'])
    if ctx.inner in ('saas', 'lib'):
        return hstd(ctx, m, e, subject=subj, body='%s\n\n%s\n' % (subj, desc), method='PUBLISH',
                    prodid='-//%s//Reservations//EN' % plat, flavours=['php', 'java'])
    return hstd(ctx, m, e, subject=subj if ctx.inner in ('zimbra', 'outlook') and r.random() < 0.5 else None)


# ================================================================ 4. restaurant reservations
REST_T = {
    'en': dict(subj='Your reservation at {rest} is confirmed', summ='Dinner at {rest} ({n} people)',
               desc='{rest}\n{addr}\n{day} at {time}, party of {n}\nConfirmation #{conf}\n\nA card is required to hold '
                    'tables of 6 or more; a no-show fee of {cur}{fee} per person applies if you cancel less than 24 hours '
                    'before.\nNeed to change? Call {ph} or visit {url}'),
    'fr': dict(subj='Confirmation de votre réservation - {rest}', summ='Dîner - {rest} ({n} pers.)',
               desc='{rest}\n{addr}\nLe {day} à {time} pour {n} personnes\nRéférence : {conf}\n\nEn cas d\'empêchement, '
                    'merci de prévenir le restaurant au {ph}.\nModifier ou annuler : {url}'),
    'ja': dict(subj='【予約確定】{rest} {day} {time}', summ='{rest} ご予約（{n}名様）',
               desc='{rest}\n{addr}\n日時：{day} {time}\n人数：{n}名様\n予約番号：{conf}\nコース：季節のおまかせコース '
                    '{fee}円（税込）\n\nキャンセルは前日までにご連絡ください。当日キャンセルはコース料金の100%を頂戴します。\n'
                    'お問い合わせ：{ph}\n{url}'),
    'he': dict(subj='ההזמנה שלך ב{rest} אושרה', summ='ארוחה ב{rest} ({n} סועדים)',
               desc='{rest}\n{addr}\nתאריך: {day} בשעה {time}\nמספר סועדים: {n}\nמספר הזמנה: {conf}\n\nביטול עד 24 שעות '
                    'לפני ללא חיוב. לשינויים: {ph}\n{url}'),
    'es': dict(subj='Reserva confirmada en {rest}', summ='Cena en {rest} ({n} personas)',
               desc='{rest}\n{addr}\n{day} a las {time}, {n} personas\nLocalizador: {conf}\n\nSi no puedes venir, '
                    'avísanos en el {ph}.\nGestionar reserva: {url}'),
}
RESTS = {'en': [('Ember & Oak', '41 Market St, Portland, ME', '+1 207 555 %s'), ('The Copper Kettle', '9 Bridge Lane, Bath', '+44 1225 %s'),
                ('Saffron Table', '112 King St W, Toronto', '+1 416 555 %s')],
         'fr': [('Le Petit Zinc', '12 rue des Martyrs, 75009 Paris', '01 42 %s')],
         'ja': [('割烹 いしかわ', '東京都中央区銀座6-4-1', '03-%s')],
         'he': [('מסעדת הנמל', 'רחוב הנמל 8, תל אביב', '03-%s')],
         'es': [('Casa Lucio Taberna', 'Calle Mayor 33, Madrid', '91 %s')]}
RESPLAT = [('TableNow', 'tablenow.com'), ('DineBook', 'dinebook.io'), ('Reservia', 'reservia.eu')]


def restaurant(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    rest, addr, ph = r.choice(RESTS[ctx.lang])
    plat, pdom = r.choice(RESPLAT)
    start, tz = when(ctx, 1, 25, hours=(18, 21), minutes=(0, 15, 30, 45), weekend=True)
    n = r.randint(2, 9)
    sl = dict(rest=rest, addr=addr, day=start.strftime('%d/%m/%Y' if ctx.lang != 'ja' else '%Y年%m月%d日'),
              time=start.strftime('%H:%M'), n=n, conf=alnum(r, 7, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
              cur=r.choice(['$', '£']), fee={'ja': '{:,}'.format(r.choice([8800, 12100, 16500]))}.get(ctx.lang, r.choice(['25', '20', '30'])),
              ph=ph % (digits(r, 4) if '555' in ph else '%s %s' % (digits(r, 2), digits(r, 2)) if ctx.lang == 'fr' else digits(r, 4) + '-' + digits(r, 4) if ctx.lang == 'ja' else digits(r, 7)),
              url='https://www.%s/r/%s' % (pdom, alnum(r, 12)))
    T = REST_T[ctx.lang]
    subj, summ, desc = fill(T['subj'], **sl), fill(T['summ'], **sl), fill(T['desc'], **sl)
    if ctx.inner in ('saas', 'lib'):
        brand_sender(ctx, m, plat if r.random() < 0.5 else rest, pdom, local=r.choice(['reservations', 'noreply']))
        org = dict(name=rest, addr=m['sender']['addr'])
        att = []
    elif ctx.inner in ('google', 'yahoo', 'apple', 'outlook'):
        # the friend who booked forwards it as an invitation
        m['sender'] = sender_for(ctx, [('free', 3), ('corp', 1)])
        org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
        att = att_list(ctx, org, [(p['name'], '%s@%s' % (p['local'], r.choice(['gmail.com', 'outlook.com', 'yahoo.com']))) for p in [person(r, ctx.lang) for _ in range(r.randint(0, 4))]])
        desc = desc + '\n\n' + r.choice(['Booked it! See you there.', 'Table is booked, bring your appetite :)', 'Reserved.'])
    else:
        rd = name_domain(rest, ctx.lang, r, 'rest')
        m['sender'] = sender_for(ctx, [('corp', 1)], domains={'corp': rd}, local='reservations')
        m['sender']['name'] = rest
        org = dict(name=rest, addr=m['sender']['addr'])
        att = att_list(ctx, org, [])
    e = make_event(ctx, m, summ, desc, start, r.choice([90, 120, 150]), tz=tz, location='%s, %s' % (rest, addr),
                   organizer=org, attendees=att)
    m['saas_style'] = r.choice(['attach', 'ics', 'inline'])
    if ctx.inner in ('saas', 'lib'):
        return hstd(ctx, m, e, subject=subj, body='%s\n\n%s\n' % (subj, desc), method=r.choice(['PUBLISH', 'REQUEST']),
                    prodid='-//%s//Reservations 3.1//EN' % plat, flavours=['php', 'node'])
    return hstd(ctx, m, e)


# ================================================================ 5. medical appointments
MED_T = {
    'en': dict(subj='Appointment confirmation - {prac}', summ='{kind} with {doc}',
               desc='Your appointment is confirmed.\n\n{kind} with {doc}\n{prac}\n{addr}\n{day} at {time}\n\nPlease '
                    'arrive 10 minutes early and bring your insurance card and a photo ID. Co-pay is due at the time of '
                    'service.\nIf you need to cancel or reschedule, call {ph} at least 24 hours in advance; missed '
                    'appointments may be charged {cur}{fee}.\nManage appointment: {url}'),
    'de': dict(subj='Terminbestätigung: {prac}', summ='{kind} – {doc}',
               desc='Ihr Termin ist bestätigt.\n{kind} bei {doc}\n{prac}, {addr}\n{day}, {time} Uhr\n\nBitte bringen '
                    'Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte '
                    'mindestens 24 Stunden vorher ab: {ph} oder {url}'),
    'fr': dict(subj='Confirmation de votre rendez-vous', summ='RDV {kind} - {doc}',
               desc='Votre rendez-vous est confirmé.\n{kind} avec {doc}\n{addr}\nLe {day} à {time}\n\nPensez à '
                    'apporter votre carte Vitale. En cas d\'empêchement, annulez au moins 24h à l\'avance : {url}\n'
                    'Secrétariat : {ph}'),
    'nl': dict(subj='Bevestiging van uw afspraak', summ='Afspraak {kind} - {doc}',
               desc='Uw afspraak is bevestigd.\n{kind} bij {doc}\n{prac}, {addr}\n{day} om {time}\n\nNeem uw '
                    'legitimatiebewijs en zorgpas mee. Verhinderd? Meld dit 24 uur van tevoren via {ph}; anders kunnen '
                    'wij kosten in rekening brengen.\n{url}'),
    'pl': dict(subj='Potwierdzenie wizyty – {prac}', summ='Wizyta: {kind} – {doc}',
               desc='Potwierdzamy wizytę.\n{kind}, {doc}\n{prac}, {addr}\n{day}, godz. {time}\n\nProsimy o zabranie '
                    'dowodu osobistego. Odwołanie wizyty: {ph} lub {url}'),
    'he': dict(subj='אישור תור – {prac}', summ='תור: {kind} – {doc}',
               desc='התור שלך אושר.\n{kind} אצל {doc}\n{prac}, {addr}\n{day} בשעה {time}\n\nנא להגיע 10 דקות לפני '
                    'ולהביא תעודה מזהה. לביטול או שינוי: {ph} או {url}'),
}
MED = {'en': [('Oakmere Dental', ['Dental cleaning', 'Check-up', 'Filling'], 'Dr. %s'), ('Pinecrest Medical Group', ['Annual physical', 'Follow-up visit', 'Dermatology consult'], 'Dr. %s'),
              ('Riverside Physio', ['Physiotherapy session'], '%s, PT')],
       'de': [('Praxis Dr. Seidel', ['Kontrolluntersuchung', 'Vorsorge', 'Zahnreinigung'], 'Dr. med. %s')],
       'fr': [('Cabinet médical des Tilleuls', ['Consultation', 'Suivi', 'Vaccination'], 'Dr %s')],
       'nl': [('Huisartsenpraktijk De Linde', ['Consult', 'Controle'], 'dokter %s')],
       'pl': [('Przychodnia Zdrowie Plus', ['Konsultacja internistyczna', 'Kontrola', 'USG'], 'lek. %s')],
       'he': [('מרפאת כהן', ['בדיקה כללית', 'ביקורת', 'ייעוץ'], 'ד"ר %s')]}
MEDPLAT = [('CareSlot', 'careslot.com'), ('PatientHub', 'patienthub.health'), ('Termino', 'termino-med.eu')]


def medical(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    prac, kinds, dfmt = r.choice(MED[ctx.lang])
    dp = person(r, ctx.lang)
    doc = dfmt % (dp['last'] if ctx.lang not in ('he',) else dp['last'])
    plat, pdom = r.choice(MEDPLAT)
    start, tz = when(ctx, 2, 45, hours=(8, 17), minutes=(0, 10, 20, 30, 40, 50))
    addr = {'en': '%d %s' % (r.randint(10, 900), r.choice(['Elm Street, Suite 200', 'High Street', 'Maple Ave'])),
            'de': 'Lindenstraße %d, Auenbach' % r.randint(1, 80), 'fr': '%d avenue Jean-Jaurès, Villefranche' % r.randint(1, 80),
            'nl': 'Dorpsstraat %d, Zwolle' % r.randint(1, 80), 'pl': 'ul. Mickiewicza %d, Kraków' % r.randint(1, 80),
            'he': 'רחוב הרצל %d, חיפה' % r.randint(1, 80)}[ctx.lang]
    phs = {'en': '(555) 01%s-%s' % (digits(r, 1), digits(r, 4)), 'de': '0%s %s' % (digits(r, 4), digits(r, 6)),
           'fr': '04 %s %s %s %s' % (digits(r, 2), digits(r, 2), digits(r, 2), digits(r, 2)), 'nl': '038 %s %s' % (digits(r, 3), digits(r, 4)),
           'pl': '12 %s %s %s' % (digits(r, 3), digits(r, 2), digits(r, 2)), 'he': '04-%s' % digits(r, 7)}[ctx.lang]
    sl = dict(prac=prac, kind=r.choice(kinds), doc=doc, addr=addr, day=start.strftime('%d.%m.%Y' if ctx.lang != 'en' else '%A %d %B %Y'),
              time=start.strftime('%H:%M'), ph=phs, cur='$', fee=r.choice(['50', '75', '40']),
              url='https://www.%s/appointments/%s' % (pdom, alnum(r, 14)))
    T = MED_T[ctx.lang]
    subj, summ, desc = fill(T['subj'], **sl), fill(T['summ'], **sl), fill(T['desc'], **sl)
    if ctx.inner in ('saas', 'lib'):
        brand_sender(ctx, m, '%s via %s' % (prac, plat) if r.random() < 0.5 else prac, pdom, local=r.choice(['noreply', 'appointments', 'reminders']))
        org = dict(name=prac, addr=m['sender']['addr'])
        att = [dict(cn=ctx.rcpt_name, addr=ctx.rcpt, partstat='ACCEPTED', rsvp=False)] if r.random() < 0.5 else []
    else:
        pd_ = name_domain(prac, ctx.lang, r, 'clinic')
        m['sender'] = sender_for(ctx, [('corp', 1)], domains={'corp': pd_}, local=r.choice(['empfang', 'reception', 'secretariat', 'info', 'rejestracja']))
        m['sender']['name'] = prac
        org = dict(name=prac, addr=m['sender']['addr'])
        att = att_list(ctx, org, [])
    e = make_event(ctx, m, summ, desc, start, r.choice([15, 20, 30, 45, 60]), tz=tz, location='%s, %s' % (prac, addr),
                   organizer=org, attendees=att)
    e['alarms'] = [dict(trigger='-P1D', desc=summ)] if r.random() < 0.5 else e['alarms']
    m['saas_style'] = r.choice(['attach', 'ics', 'inline'])
    if ctx.inner in ('saas', 'lib'):
        return hstd(ctx, m, e, subject=subj, body='%s\n\n%s\n' % (subj, desc), method=r.choice(['PUBLISH', 'REQUEST']),
                    prodid='-//%s//Appointments//EN' % plat, flavours=['php', 'python', 'java'])
    return hstd(ctx, m, e)


# ================================================================ 6. vendor webinars and conferences
WEB_EN = [
    dict(summ='{vendor} Live: {topic}', desc='Thanks for registering for {vendor} Live!\n\nIn this free 45-minute '
         'session our product team will show {topic}. Stay until the end for an exclusive offer: attendees get 20% off '
         'the first year and a free migration workshop.\n\nAdd to your calendar and join here: {url}\nCan\'t make it? '
         'Register anyway and we\'ll send you the recording.\n\nUnsubscribe from event emails: {unsub}'),
    dict(summ='[Webinar] {topic} - with {vendor}', desc='You\'re in! Limited seats - join 5 minutes early.\n\nAgenda\n'
         '- Market update\n- Live demo\n- Q&A and special offer for attendees\n\nJoin link: {url}\nHosted by {vendor}. '
         'Questions: events@{vdom}'),
    dict(summ='{vendor} Summit {year} - Day 1 Keynote', desc='Welcome to {vendor} Summit {year}!\nKeynote starts at '
         'the main stage. Your badge QR code is in the app. Free lunch and an exclusive partner offer in the expo hall.\n'
         'Livestream: {url}\nFull agenda: https://summit.{vdom}/agenda'),
    dict(summ='Customer Town Hall: roadmap and pricing update', desc='Dear customer,\nJoin our quarterly town hall '
         'with {n} customers. We\'ll cover the roadmap, the new pricing tiers and a free upgrade offer for existing '
         'plans.\nTeams link below.\n{vendor} Customer Success'),
]
WEB_L = {
    'ja': dict(summ='【無料ウェビナー】{topic}', desc='お申し込みありがとうございます。\n{vendor}主催の無料オンライン'
               'セミナーのご案内です。参加者限定の特別オファーもご用意しています。\n参加URL：{url}\n当日はこちらから'
               'ご参加ください。', topic='クラウド会計で月次決算を早くする方法'),
    'zh': dict(summ='【免费直播】{topic}', desc='感谢您报名参加{vendor}线上研讨会！\n本次直播免费参加，名额有限，'
               '参会者可享受专属优惠。\n直播链接：{url}\n如有问题请联系 events@{vdom}', topic='制造业数字化转型实践'),
    'ko': dict(summ='[무료 웨비나] {topic}', desc='{vendor} 웨비나에 등록해 주셔서 감사합니다.\n참석자 전원에게 '
               '특별 할인 혜택을 드립니다. 선착순 마감.\n접속 링크: {url}', topic='AI로 고객 상담 자동화하기'),
    'pt': dict(summ='Webinar gratuito: {topic}', desc='Obrigado por se inscrever!\nNeste webinar gratuito da {vendor} '
               'vamos mostrar {topic}. Participantes ganham 30% de desconto no primeiro ano.\nLink de acesso: {url}',
               topic='como automatizar a emissão de notas fiscais'),
    'ru': dict(summ='Бесплатный вебинар: {topic}', desc='Спасибо за регистрацию!\nКомпания {vendor} приглашает на '
               'бесплатный вебинар. Участникам — специальное предложение и скидка 20%.\nСсылка для подключения: {url}',
               topic='как перейти на электронный документооборот'),
    'hi': dict(summ='निःशुल्क वेबिनार: {topic}', desc='पंजीकरण के लिए धन्यवाद!\n{vendor} के इस निःशुल्क वेबिनार में '
               'भाग लें। प्रतिभागियों के लिए विशेष ऑफ़र उपलब्ध है।\nजुड़ने का लिंक: {url}', topic='GST रिटर्न आसानी से कैसे भरें'),
}
VENDORS = [('Lumen Analytics', 'lumenanalytics.io'), ('Corvid Systems', 'corvidsys.com'), ('Brightlayer CRM', 'brightlayer-crm.com'),
           ('Stackwise', 'stackwise.dev'), ('Ferrovia Cloud', 'ferrovia.cloud'), ('Northwind Packaging', 'northwind-pack.com')]
TOPICS = ['what\'s new in release 7', 'zero-trust access in 30 minutes', 'automating month-end close', 'forecasting with '
          'your CRM data', 'cutting cloud costs by 30%', 'migrating from spreadsheets']


def webinar(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    vendor, vdom = r.choice(VENDORS)
    if ctx.lang != 'en':
        on, vdom = org_pick(ctx)
        vendor = on
    start, tz = when(ctx, 3, 30, hours=(9, 17), minutes=(0, 30))
    if ctx.lang == 'en':
        T = r.choice(WEB_EN)
        topic = r.choice(TOPICS)
    else:
        T = WEB_L[ctx.lang]
        topic = T['topic']
    n = r.randint(150, 600)
    sl = dict(vendor=vendor, vdom=vdom, topic=topic, year=start.year, n=n,
              url='https://events.%s/live/%s' % (vdom, alnum(r, 10)), unsub='https://events.%s/unsubscribe?u=%s' % (vdom, alnum(r, 18)))
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    host = person(r, ctx.lang)
    if ctx.inner == 'zoom':
        m['sender'] = account(ctx, 'zoom', name=vendor)
        org = dict(name=vendor, addr='events@%s' % vdom)
        zid = digits(r, 11)
        zurl = 'https://%s.zoom.us/w/%s?tk=%s' % (r.choice(['us02web', 'us06web', 'zoom']), zid, alnum(r, 43))
        e = make_event(ctx, m, summ, desc.replace(sl['url'], zurl), start, r.choice([45, 60, 90]), tz=tz, location=zurl,
                       organizer=org, attendees=[dict(cn=ctx.rcpt_name, addr=ctx.rcpt)])
        body = 'Hi %s,\n\nThank you for registering for "%s".\n\nPlease submit any questions to: events@%s\n\nDate Time: %s %s\n\n' \
               'Join from PC, Mac, Linux, iOS or Android: %s\nPasscode: %s\n\nOr One tap mobile :\n    +16469313860,,%s# US\n\n' \
               'Webinar ID: %s\n\nYou can cancel your registration at any time.\n' % (
                   ctx.rcpt_name.split()[0], summ, vdom, start.strftime('%b %d, %Y %I:%M %p'), tz, zurl, digits(r, 6), zid, zid)
        m['reply_to'] = (vendor, 'events@%s' % vdom)
        return hstd(ctx, m, e, subject='%s Confirmation' % summ, body=body)
    if ctx.inner == 'saas':
        brand_sender(ctx, m, '%s Events' % vendor, vdom, local='events')
    else:
        m['sender'] = sender_for(ctx, [('corp', 1)], domains={'corp': vdom}, pers=host)
        if r.random() < 0.4:
            m['sender']['name'] = '%s Events' % vendor
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    big = r.random() < 0.6 and ctx.inner not in ('saas',)
    others = []
    if big:
        for _ in range(n if r.random() < 0.5 else r.randint(60, 200)):
            p = person(r, ctx.lang if r.random() < 0.6 else 'en')
            others.append((None if r.random() < 0.5 else p['name'], '%s@%s' % (p['local'].replace('_', '.'), r.choice(
                [d for ds in RCPT_DOMAINS.values() for d in ds] + [o[1] for os_ in ORGS.values() for o in os_]))))
    att = att_list(ctx, org, others, rcpt_first=False)
    e = make_event(ctx, m, summ, desc, start, r.choice([45, 60, 90, 480]), tz=tz, organizer=org, attendees=att,
                   location=r.choice([sl['url'], 'Online', None]))
    if ctx.inner == 'outlook':
        e['teams'] = r.random() < 0.7
    if ctx.inner == 'google':
        e['meet'] = meet_url(ctx) if r.random() < 0.5 else None
    m['saas_style'] = r.choice(['attach', 'ics', 'inline'])
    if ctx.inner in ('saas', 'lib'):
        m['list_unsub'] = True
        m['extra_headers'] = ['List-Unsubscribe: <%s>' % sl['unsub'], 'List-Unsubscribe-Post: List-Unsubscribe=One-Click']
        return hstd(ctx, m, e, subject=summ, body=desc, method='REQUEST', prodid='-//%s//Events Platform//EN' % vendor.split()[0],
                    flavours=['php', 'node'])
    return hstd(ctx, m, e)


# ================================================================ 7. school / church / club series from free mail
COMM_EN = [
    dict(summ='U10 football training', desc='Weekly training at the rec ground. Bring shin pads and water. If it\'s '
         'raining heavily I\'ll text the parents group by 4pm.\nCoach {name}', rr='FREQ=WEEKLY;BYDAY={d}', loc='Victoria Park pitch 3'),
    dict(summ='Choir rehearsal', desc='Rehearsals continue as usual in the church hall. New singers always '
         'welcome - no audition needed!\nSubs £3 per week (free for under 18s).', rr='FREQ=WEEKLY;BYDAY={d}', loc='St Mary\'s Church Hall'),
    dict(summ='Book club', desc='Monthly book club. Next book: see the WhatsApp group. Everyone brings a snack. Host '
         'rotates - check the spreadsheet: {url}', rr='FREQ=MONTHLY;BYDAY=1{d}', loc='Rotating - see sheet'),
    dict(summ='PTA meeting', desc='Monthly PTA meeting in the school library. Agenda: spring fair, playground fund '
         '($1,240 raised so far!), volunteers for the book sale.\nChildcare provided in the gym.', rr='FREQ=MONTHLY;BYDAY=2{d}', loc='Lincoln Elementary Library'),
    dict(summ='Sunday league - home games', desc='Kick-off 10:30, be there by 10. Subs £5, pay {name} on the day or '
         'by bank transfer. Free drinks in the clubhouse after.', rr='FREQ=WEEKLY;BYDAY=SU', loc='Riverside Playing Fields'),
    dict(summ='Bible study group', desc='We\'re continuing our study of the Gospel of Mark. All welcome, bring a '
         'friend! Zoom link for those joining from home: {url}', rr='FREQ=WEEKLY;BYDAY={d}', loc='Grace Community Church, room 2'),
]
COMM_L = {
    'es': dict(summ='Entrenamiento alevín', desc='Entrenamiento todos los martes y jueves. Traed agua y espinilleras. '
               'Cuota mensual 20 € (Bizum a {name}).', rr='FREQ=WEEKLY;BYDAY=TU,TH', loc='Polideportivo Municipal'),
    'pl': dict(summ='Próba chóru parafialnego', desc='Próby co tydzień po wieczornej mszy. Zapraszamy nowe osoby!',
               rr='FREQ=WEEKLY;BYDAY={d}', loc='Salka parafialna'),
    'el': dict(summ='Πρόβα χορωδίας', desc='Εβδομαδιαία πρόβα της χορωδίας του συλλόγου. Νέα μέλη ευπρόσδεκτα!',
               rr='FREQ=WEEKLY;BYDAY={d}', loc='Πνευματικό Κέντρο Δήμου'),
    'ar': dict(summ='حلقة تحفيظ القرآن للأطفال', desc='الحلقة الأسبوعية للأطفال بعد صلاة العصر. يرجى إحضار المصحف '
               'والدفتر. للاستفسار: {name}', rr='FREQ=WEEKLY;BYDAY={d}', loc='قاعة المسجد الكبير'),
    'tw': dict(summ='社區太極拳練習', desc='每週固定練習，歡迎鄰居一起參加，免費，請穿輕便服裝。\n聯絡人：{name}',
               rr='FREQ=WEEKLY;BYDAY=SA', loc='社區活動中心前廣場'),
    'pt': dict(summ='Ensaio do coral', desc='Ensaio semanal do coral da paróquia. Tragam a pasta com as partituras. '
               'Novos cantores são bem-vindos!', rr='FREQ=WEEKLY;BYDAY={d}', loc='Salão paroquial'),
}
DAYC = ['MO', 'TU', 'WE', 'TH', 'FR']


def community(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    T = r.choice(COMM_EN) if ctx.lang == 'en' else COMM_L[ctx.lang]
    m['sender'] = sender_for(ctx, [('free', 8), ('edu', 1), ('corp', 1)])
    first = m['sender']['name'].split()[0]
    d = r.choice(DAYC)
    start, tz = when(ctx, 1, 14, hours=(17, 19), minutes=(0, 30))
    while start.weekday() != DAYC.index(d) and 'BYDAY={d}' in T['rr']:
        start += dt.timedelta(days=1)
    if 'SU' in T['rr'] and 'BYDAY={d}' not in T['rr']:
        while start.weekday() != 6:
            start += dt.timedelta(days=1)
        start = start.replace(hour=10, minute=30)
    if 'SA' in T['rr'] and 'BYDAY={d}' not in T['rr']:
        while start.weekday() != 5:
            start += dt.timedelta(days=1)
        start = start.replace(hour=7, minute=0)
    if r.random() < 0.3:
        # the series has been running for a while; the recipient was just added to it
        start -= dt.timedelta(weeks=r.randint(3, 40))
    sl = dict(name=first, url=r.choice(['https://docs.google.com/spreadsheets/d/%s/edit' % alnum(r, 44),
                                        'https://us02web.zoom.us/j/%s?pwd=%s' % (digits(r, 10), alnum(r, 32))]), d=d)
    summ, desc, rrule = fill(T['summ'], **sl), fill(T['desc'], **sl), fill(T['rr'], **sl)
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    members = []
    for _ in range(r.randint(3, 35)):
        p = person(r, ctx.lang)
        members.append((p['name'] if r.random() < 0.5 else None, '%s@%s' % (p['local'].replace('_', '.'),
                        r.choice(['gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com'] + LANG_INFO[ctx.lang][1]))))
    e = make_event(ctx, m, summ, desc, start, r.choice([60, 90, 120]), tz=tz, location=T['loc'], organizer=org,
                   attendees=att_list(ctx, org, members, rcpt_first=False), rrule=rrule)
    if ctx.inner == 'list':
        pass
    return hstd(ctx, m, e)


# ================================================================ 8. IT maintenance and password-expiry notices
IT_EN = [
    dict(summ='Planned maintenance: email and VPN unavailable', desc='Hi all,\nWe will be upgrading the mail servers '
         'and VPN concentrators during this window. Email, VPN and the intranet will be unavailable. No action is '
         'needed from you; please save your work before you leave.\nStatus page: {status}\nIT Service Desk - ext. {ext}'),
    dict(summ='Reminder: your password expires in {days} days', desc='Your network password expires in {days} days.\n'
         'Change it from a company laptop (Ctrl+Alt+Del > Change a password) or via the self-service portal: {sso}\n'
         'IT will never ask for your password by email or phone. If in doubt, call the Service Desk on ext. {ext}.'),
    dict(summ='Mandatory: MFA re-enrolment session', desc='We are moving all accounts to number-matching MFA. Please '
         'bring your phone to this 15-minute drop-in session or complete it yourself at {sso}/mfa before the deadline.\n'
         'Accounts not enrolled by then will be locked until you contact the Service Desk.'),
    dict(summ='Change window CHG{chg}: firewall firmware upgrade', desc='Change: CHG{chg}\nRisk: medium\nImpact: brief '
         'interruption of internet access (<5 min) at {site}\nBack-out plan: revert to previous firmware\nApprover: {appr}\n'
         'Bridge: {bridge}'),
    dict(summ='Laptop refresh - bring your device', desc='Your laptop is due for replacement. Please bring your current '
         'laptop and charger to IT room {room} at the time below. Expect 45 minutes. Back up any local files to OneDrive '
         'beforehand.'),
]
IT_L = {
    'de': dict(summ='Wartungsfenster: E-Mail und VPN nicht verfügbar', desc='Hallo zusammen,\nim angegebenen Zeitraum '
               'aktualisieren wir die Mailserver. E-Mail und VPN sind nicht erreichbar. Bitte speichern Sie Ihre Arbeit.\n'
               'Status: {status}\nIT-Servicedesk, Durchwahl {ext}'),
    'ru': dict(summ='Напоминание: срок действия пароля истекает через {days} дн.', desc='Коллеги, срок действия '
               'вашего пароля истекает через {days} дн. Смените пароль через портал самообслуживания: {sso}\nСлужба '
               'ИТ никогда не запрашивает пароль по почте или телефону. Вопросы — доб. {ext}.'),
    'ja': dict(summ='【計画停止】基幹システムメンテナンスのお知らせ', desc='各位\n下記日程にて基幹システムのメンテナンスを'
               '実施します。作業中は勤怠システムおよびファイルサーバーがご利用いただけません。\n状況確認：{status}\n'
               '情報システム部（内線{ext}）'),
    'zh': dict(summ='系统维护通知：邮件及VPN暂停服务', desc='各位同事：\n信息中心将于以下时间进行服务器升级，期间邮件、'
               'VPN及OA系统暂停使用，请提前保存工作。\n维护状态：{status}\n如有问题请联系IT服务台（分机{ext}）。'),
    'tr': dict(summ='Planlı bakım: e-posta ve VPN kesintisi', desc='Merhaba,\nBelirtilen saatlerde sunucu bakımı '
               'yapılacaktır. E-posta ve VPN erişimi olmayacaktır.\nDurum sayfası: {status}\nBT Destek, dahili {ext}'),
}


def itnotice(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    on, odom = org_pick(ctx)
    m['rcpt'] = ctx.rcpt
    T = r.choice(IT_EN) if ctx.lang == 'en' else IT_L[ctx.lang]
    sl = dict(status='https://status.%s' % odom, ext=digits(r, 4), days=r.choice([3, 5, 7, 14]), sso='https://sso.%s' % odom,
              chg=digits(r, 7), site=r.choice(['HQ', 'the warehouse', 'all branch offices']), appr=person(r, ctx.lang)['name'],
              bridge='https://%s/j/%s' % (r.choice(['teams.microsoft.com/l/meetup-join', 'meet.google.com', 'zoom.us']), alnum(r, 12)),
              room=r.choice(['B.104', '2.17', 'G12']))
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    if ctx.inner == 'lib':
        m['sender'] = sender_for(ctx, [('corp', 1)], domains={'corp': odom}, local=r.choice(['itsm', 'servicedesk', 'noreply-itsm']))
        m['sender']['name'] = r.choice(['IT Service Desk', 'ServiceNow', 'IT Change Management'])
    else:
        m['sender'] = sender_for(ctx, [('corp', 5), ('edu', 1)], domains={'corp': odom, 'edu': odom})
        if r.random() < 0.5:
            m['sender']['name'] = r.choice(['IT Service Desk', 'IT Operations', m['sender']['name'] + ' (IT)'])
    # recipients live at the organisation's domain
    m['rcpt'] = '%s@%s' % (ctx.rp['local'].replace('_', '.'), odom)
    ctx.rcpt = m['rcpt']
    m['to'] = [(None, 'all-staff@%s' % odom)] if r.random() < 0.5 else [(ctx.rcpt_name, ctx.rcpt)]
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    if 'expires' in summ or 'пароля' in summ:
        start, tz = when(ctx, sl['days'] - 1, sl['days'] - 1, hours=(9, 9), minutes=(0,))
        allday = True
    else:
        start, tz = when(ctx, 3, 20, hours=(18, 22), minutes=(0,), weekend=True)
        allday = False
    att = [dict(cn=org['name'], addr=org['addr'], partstat='ACCEPTED', rsvp=False),
           dict(cn=None, addr=m['to'][0][1], cutype='GROUP' if 'all-staff' in m['to'][0][1] else 'INDIVIDUAL', rsvp=False)]
    e = make_event(ctx, m, summ, desc, start, r.choice([120, 180, 240, 360]), tz=tz, organizer=org, attendees=att,
                   allday=allday, location=r.choice(['', 'Data centre', 'Online', None]), transp='TRANSPARENT', intended='FREE')
    if allday and ctx.inner in ('lib', 'thunderbird', 'nextcloud'):
        e['comp'] = 'VTODO'
        e['start'] = start
        e['end'] = start + dt.timedelta(hours=8)
        e.pop('transp', None)
    if ctx.inner == 'lib':
        return hstd(ctx, m, e, subject=summ, body=desc, prodid='-//ServiceNow//ITSM Calendar//EN', flavours=['java', 'python'])
    return hstd(ctx, m, e)


# ================================================================ 9. colleagues' meetings with document links
WORK_EN = [
    dict(summ='{proj} - weekly sync', desc='Agenda and notes in the shared doc: {doc}\nPlease update your status before '
         'the call.'),
    dict(summ='Review: {proj} budget draft v{v}', desc='Hi all, I\'ve shared the draft budget here: {doc}\nComments '
         'in the doc please, we\'ll go through open points in the meeting. Deadline for finance is Friday.'),
    dict(summ='Kick-off: {proj}', desc='Welcome to the project! Slides: {doc}\nWe will cover scope, timeline and '
         'roles. Please read the brief beforehand.\n\nThanks,\n{name}'),
    dict(summ='1:1 {a} / {b}', desc='Moving our 1:1 to this slot. Notes doc: {doc}'),
    dict(summ='Retro - sprint {v}', desc='Board: {doc}\nAdd your cards before we start (went well / to improve / '
         'actions).'),
    dict(summ='Contract walkthrough with legal', desc='We\'ll go through the redlines from {client}. Latest version: '
         '{doc}\nPlease don\'t forward outside the team.'),
]
WORK_L = {
    'fr': dict(summ='Point hebdo {proj}', desc='Bonjour à tous,\nL\'ordre du jour et les notes sont dans le document '
               'partagé : {doc}\nMerci de mettre à jour vos sujets avant la réunion.\n{name}'),
    'it': dict(summ='Revisione budget {proj}', desc='Ciao a tutti,\nho condiviso la bozza del budget qui: {doc}\n'
               'Commentate direttamente nel documento, grazie.\n{name}'),
    'nl': dict(summ='Kick-off {proj}', desc='Hoi allemaal,\nDe presentatie staat hier: {doc}\nWe bespreken scope, '
               'planning en rollen.\nGroet, {name}'),
    'ko': dict(summ='{proj} 주간 회의', desc='안녕하세요.\n회의 안건과 자료는 공유 문서에 정리해 두었습니다: {doc}\n'
               '회의 전에 각자 진행 상황을 업데이트해 주세요.\n{name} 드림'),
    'hi': dict(summ='{proj} – साप्ताहिक समीक्षा बैठक', desc='नमस्ते टीम,\nबैठक का एजेंडा और दस्तावेज़ यहाँ है: {doc}\n'
               'कृपया बैठक से पहले अपनी प्रगति अपडेट करें।\nधन्यवाद,\n{name}'),
    'ar': dict(summ='اجتماع متابعة مشروع {proj}', desc='السلام عليكم،\nجدول الأعمال والمستندات في الملف المشترك: {doc}\n'
               'يرجى تحديث حالة المهام قبل الاجتماع.\nمع التحية،\n{name}'),
}
PROJS = ['Atlas', 'Q3 launch', 'Website relaunch', 'ERP migration', 'Falcon', 'Northwind onboarding', 'Audit 2025',
         'Mobile app v3', 'Warehouse move', 'Horizon']


def work(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    on, odom = org_pick(ctx)
    same_org = r.random() < 0.7
    sp = person(r, ctx.lang)
    m['sender'] = sender_for(ctx, [('corp', 8), ('edu', 1)], domains={'corp': odom, 'edu': odom}, pers=sp)
    if same_org:
        m['rcpt'] = '%s@%s' % (ctx.rp['local'].replace('_', '.'), odom)
        ctx.rcpt = m['rcpt']
        m['to'] = [(ctx.rcpt_name, ctx.rcpt)]
    dom = m['sender']['addr'].split('@')[1]
    tenant = dom.split('.')[0].replace('-', '')
    doc = r.choice(['https://%s.sharepoint.com/:w:/r/sites/%s/_layouts/15/Doc.aspx?sourcedoc=%%7B%s%%7D&file=%s.docx&action=default' % (
                        tenant, r.choice(['Projects', 'Finance', 'Team']), uuid4(r).upper(), r.choice(['Agenda', 'Notes', 'Budget_draft'])),
                    'https://docs.google.com/document/d/%s/edit?usp=sharing' % alnum(r, 44),
                    'https://docs.google.com/presentation/d/%s/edit' % alnum(r, 44),
                    'https://%s.atlassian.net/wiki/spaces/%s/pages/%s' % (tenant, alnum(r, 3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), digits(r, 9)),
                    'https://cloud.%s/s/%s' % (dom, alnum(r, 15)),
                    'https://miro.com/app/board/%s=/' % alnum(r, 11)])
    proj = r.choice(PROJS)
    sl = dict(proj=proj, doc=doc, v=r.randint(2, 40), name=sp['name'].split()[0], a=sp['name'].split()[0],
              b=ctx.rcpt_name.split()[0], client=org_pick(ctx)[0])
    T = r.choice(WORK_EN) if ctx.lang == 'en' else WORK_L[ctx.lang]
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    att = att_list(ctx, org, colleagues(ctx, dom, r.randint(0, 8)), rcpt_first=False)
    start, tz = when(ctx, 1, 15, hours=(8, 16), minutes=(0, 0, 30, 15, 45))
    e = make_event(ctx, m, summ, desc, start, r.choice([30, 45, 60, 90]), tz=tz, organizer=org, attendees=att,
                   location=r.choice([None, 'Meeting room %s' % r.choice(['Aurora', '3.01', 'Lisbon', 'Big Room']), '']))
    if r.random() < 0.35:
        e['rrule'] = r.choice(['FREQ=WEEKLY;BYDAY=%s' % DAYC[start.weekday()] if start.weekday() < 5 else 'FREQ=WEEKLY',
                               'FREQ=WEEKLY;INTERVAL=2;BYDAY=%s' % DAYC[min(start.weekday(), 4)],
                               'FREQ=WEEKLY;UNTIL=%s' % (start + dt.timedelta(days=90)).strftime('%Y%m%dT235959Z')])
    if ctx.inner == 'outlook':
        e['teams'] = r.random() < 0.6
    if ctx.inner == 'google':
        e['meet'] = meet_url(ctx) if r.random() < 0.7 else None
        if r.random() < 0.3:
            e['extra'].append('ATTACH;FILENAME=%s;FMTTYPE=application/vnd.google-apps.document:%s' % (proj + ' notes', doc))
    if ctx.inner == 'zoom':
        pass
    return hstd(ctx, m, e)


# ================================================================ 10. finance: payment runs, reminders, bank-detail warnings
FIN_EN = [
    dict(summ='Payment run - invoice cut-off', desc='Reminder: invoices for this week\'s payment run must be approved in '
         'the AP system by 12:00. Anything received later goes in next week\'s run.\n\nReminder: we never change '
         'supplier bank details based on an email alone. Any change request must be verified by calling the supplier '
         'on a number we already hold.\nAccounts Payable'),
    dict(summ='Month-end close: deadlines', desc='Accruals due: day +2\nIntercompany recharges: day +3\nBank '
         'reconciliations: day +4\nReporting pack to {cfo}: day +6\nTemplates: {doc}'),
    dict(summ='Invoice {inv} due {due}', desc='Dear customer,\nThis is a courtesy reminder that invoice {inv} for '
         '{amt} falls due on {due}. Payment details are unchanged and are printed on the invoice. If you receive any '
         'message claiming our bank details have changed, please call us on {ph} before paying.\nCredit Control, {org}'),
    dict(summ='Fraud awareness: bank detail change requests', desc='Short session for finance and procurement teams. '
         'We have seen several fake "new bank details" emails impersonating suppliers this quarter. We\'ll walk through '
         'the call-back procedure and recent examples.'),
    dict(summ='Quarterly VAT return - review', desc='Draft VAT return for the quarter is in the finance folder: {doc}\n'
         'Payment of {amt} to be scheduled once approved. Please review before the meeting.'),
]
FIN_L = {
    'de': dict(summ='Zahllauf – Freigabeschluss', desc='Erinnerung: Rechnungen für den Zahllauf am Donnerstag bitte '
               'bis 12 Uhr freigeben.\nWichtig: Änderungen von Bankverbindungen werden nie allein per E-Mail '
               'übernommen – immer telefonisch beim Lieferanten unter bekannter Nummer verifizieren.\nKreditorenbuchhaltung'),
    'es': dict(summ='Cierre mensual: plazos', desc='Recordatorio de plazos del cierre:\n- Provisiones: día +2\n- '
               'Conciliaciones bancarias: día +4\nPlantillas: {doc}\nAtención: nunca cambiamos datos bancarios de '
               'proveedores solo por correo electrónico.'),
    'pl': dict(summ='Przypomnienie: termin płatności faktury {inv}', desc='Szanowni Państwo,\nuprzejmie przypominamy, '
               'że termin płatności faktury {inv} na kwotę {amt} upływa {due}. Nasz numer rachunku nie uległ zmianie. '
               'W razie otrzymania informacji o zmianie rachunku prosimy o kontakt telefoniczny: {ph}.\nDział księgowości'),
    'ru': dict(summ='Закрытие месяца: сроки', desc='Коллеги, напоминаю сроки закрытия месяца:\n- начисления: +2 раб. '
               'дня\n- сверка с банком: +4 раб. дня\nШаблоны: {doc}\nВнимание: реквизиты поставщиков меняем только '
               'после звонка по известному номеру.'),
    'tw': dict(summ='付款作業截止提醒', desc='各位同仁好，\n本週付款作業請於週四中午前完成簽核。\n提醒：供應商'
               '若以電子郵件通知變更匯款帳戶，請務必以既有電話號碼致電確認，切勿直接變更。\n財務部'),
}


def finance(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    on, odom = org_pick(ctx)
    T = r.choice(FIN_EN) if ctx.lang == 'en' else FIN_L[ctx.lang]
    sp = person(r, ctx.lang)
    due = (ctx.arrival + dt.timedelta(days=r.randint(3, 14)))
    sl = dict(cfo=person(r, ctx.lang)['name'], doc='https://%s.sharepoint.com/sites/Finance/Shared%%20Documents/Close' % odom.split('.')[0],
              inv='%s-%s' % (r.choice(['INV', 'FV', 'RE', 'F']), digits(r, 6)), due=due.strftime('%d.%m.%Y'),
              amt=r.choice(['€ 4.280,00', '$12,940.50', '£2,310.00', '18 450,00 zł', '₽ 146 000']), ph='+%s' % digits(r, 11), org=on)
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    if ctx.inner == 'lib':
        m['sender'] = sender_for(ctx, [('corp', 1)], domains={'corp': odom}, local=r.choice(['erp', 'accounts', 'ar']))
        m['sender']['name'] = r.choice(['Accounts Receivable', 'Credit Control', on])
    else:
        m['sender'] = sender_for(ctx, [('corp', 1)], domains={'corp': odom}, pers=sp)
    if 'Invoice' not in T['summ'] and 'faktury' not in T['summ']:
        m['rcpt'] = '%s@%s' % (ctx.rp['local'].replace('_', '.'), odom)
        ctx.rcpt = m['rcpt']
        m['to'] = [(ctx.rcpt_name, ctx.rcpt)]
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    att = att_list(ctx, org, colleagues(ctx, odom, r.randint(0, 6)))
    start, tz = when(ctx, 1, 12, hours=(9, 15), minutes=(0, 30))
    allday = 'Invoice' in T['summ'] or 'faktury' in T['summ']
    e = make_event(ctx, m, summ, desc, start, 30 if not allday else 1440, tz=tz, organizer=org, attendees=att, allday=allday)
    if r.random() < 0.3 and not allday:
        e['rrule'] = 'FREQ=WEEKLY;BYDAY=%s' % DAYC[min(start.weekday(), 4)]
    if ctx.inner == 'outlook':
        e['teams'] = r.random() < 0.4
    return hstd(ctx, m, e, subject=summ if ctx.inner == 'lib' else None, flavours=['java', 'dotnet', 'php'],
                prodid='-//%s ERP//Reminders//EN' % on.split()[0] if ctx.inner == 'lib' else None)


# ================================================================ 11. recruiters and interviews
REC_EN = [
    dict(summ='Interview: {role} - {comp}', desc='Hi {first},\nThanks for your time on the phone. As discussed, here '
         'is your first-round interview with {hm} ({hmt}). It will be a 45-minute video call covering your experience '
         'and a short case discussion. Salary range for the role is {sal}.\nJoin: {url}\nBest,\n{rec}'),
    dict(summ='{comp} | Technical interview ({role})', desc='Hello {first},\nYour technical interview is scheduled. '
         'Please have an IDE ready; you can use the language of your choice. No preparation needed beyond that.\n'
         'Interviewers: {hm}, {hm2}\nVideo link: {url}\nIf you need an accommodation, reply to this email.'),
    dict(summ='Exciting opportunity - quick intro call?', desc='Hi {first},\nI came across your profile and think you '
         'could be a great fit for a {role} role with one of our clients (remote-first, {sal}). I\'ve put a tentative '
         '20 minutes in - feel free to decline or propose another time.\n{rec}\n{agency}'),
    dict(summ='Final round: {comp} onsite', desc='Congratulations on reaching the final round!\nLocation: {addr}\nAsk '
         'for {rec} at reception. Travel expenses will be reimbursed (keep receipts).\nSchedule: 10:00 team, 11:00 '
         'hiring manager, 12:00 lunch with the team.'),
]
REC_L = {
    'hi': dict(summ='साक्षात्कार: {role} – {comp}', desc='नमस्ते {first},\nआपका पहला साक्षात्कार निर्धारित किया गया है। '
               'यह 45 मिनट का वीडियो कॉल होगा।\nलिंक: {url}\nशुभकामनाएँ,\n{rec}'),
    'he': dict(summ='ראיון עבודה: {role} – {comp}', desc='היי {first},\nשמחים להזמין אותך לראיון ראשון למשרת {role}. '
               'הראיון יתקיים בווידאו ויימשך כ-45 דקות.\nקישור: {url}\nבהצלחה,\n{rec}'),
    'th': dict(summ='นัดสัมภาษณ์งาน ตำแหน่ง {role}', desc='เรียนคุณ{first}\nขอบคุณที่สนใจร่วมงานกับ {comp} '
               'ทางบริษัทขอเรียนเชิญสัมภาษณ์ออนไลน์ตามวันเวลาดังกล่าว\nลิงก์: {url}\n{rec} ฝ่ายทรัพยากรบุคคล'),
    'zh': dict(summ='面试邀请：{role} - {comp}', desc='{first}您好：\n感谢您投递{comp}的{role}职位，现诚邀您参加第一轮'
               '视频面试，时长约45分钟。\n会议链接：{url}\n如需调整时间，请直接回复本邮件。\n{rec}'),
}
ROLES = {'en': ['Senior Data Engineer', 'Product Manager', 'Financial Analyst', 'Backend Developer', 'UX Researcher'],
         'hi': ['डेटा विश्लेषक', 'सॉफ़्टवेयर इंजीनियर'], 'he': ['מהנדס/ת תוכנה', 'מנהל/ת מוצר'],
         'th': ['นักวิเคราะห์ข้อมูล', 'วิศวกรซอฟต์แวร์'], 'zh': ['高级Java工程师', '产品经理']}


def recruiter(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    comp, cdom = org_pick(ctx)
    T = r.choice(REC_EN) if ctx.lang == 'en' else REC_L[ctx.lang]
    rp = person(r, ctx.lang)
    start, tz = when(ctx, 2, 14, hours=(9, 16), minutes=(0, 30))
    vurl = r.choice([meet_url(ctx), 'https://%s.zoom.us/j/%s?pwd=%s' % (r.choice(['us02web', 'us06web']), digits(r, 11), alnum(r, 32)),
                     'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0' % alnum(r, 40)])
    hmp = person(r, ctx.lang)
    sl = dict(first=ctx.rcpt_name.split()[0], role=r.choice(ROLES[ctx.lang]), comp=comp, hm=hmp['name'],
              hm2=person(r, ctx.lang)['name'], hmt=r.choice(['Head of Data', 'Engineering Manager', 'Finance Director']),
              sal=r.choice(['$140-165k', '£70-80k + bonus', '€75-90k']), url=vurl, rec=rp['name'],
              agency=r.choice(['Talentbridge Partners', 'Keystone Search', 'Halden Recruitment']),
              addr='%d %s' % (r.randint(1, 300), r.choice(['Canal Street', 'Market Square', 'Innovation Way'])))
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    if ctx.inner == 'saas':
        brand_sender(ctx, m, '%s Recruiting' % comp if r.random() < 0.5 else rp['name'], cdom if r.random() < 0.5 else 'hire.' + r.choice(['greenleaf-ats.com', 'teamtailor-mail.example', 'ats-mail.example']),
                     local=r.choice(['no-reply', 'recruiting', 'careers']))
        m['reply_to'] = (rp['name'], '%s@%s' % (rp['local'], cdom))
    elif ctx.inner == 'zoom':
        m['sender'] = account(ctx, 'zoom', name=rp['name'])
    else:
        agency = 'opportunity' in T['summ']
        m['sender'] = sender_for(ctx, [('corp', 6), ('free', 1)], domains={'corp': cdom}, pers=rp)
    org = dict(name=rp['name'], addr=m['sender']['addr'] if ctx.inner != 'zoom' else '%s@%s' % (rp['local'], cdom))
    att = att_list(ctx, org, [(sl['hm'], '%s@%s' % (hmp['local'].replace('_', '.'), cdom))])
    e = make_event(ctx, m, summ, desc, start, r.choice([30, 45, 60]), tz=tz, organizer=org, attendees=att,
                   location=vurl if r.random() < 0.5 else None)
    if ctx.inner == 'zoom':
        body = '%s is inviting you to a scheduled Zoom meeting.\n\nTopic: %s\nTime: %s %s\n\nJoin Zoom Meeting\n%s\n\nMeeting ID: %s\nPasscode: %s\n\n%s\n' % (
            rp['name'], summ, start.strftime('%b %d, %Y %I:%M %p'), tz, vurl, digits(r, 11), digits(r, 6), desc)
        m['zoom_type'] = 'meeting_invitation'
        m['reply_to'] = (rp['name'], org['addr'])
        return hstd(ctx, m, e, subject=summ, body=body)
    m['saas_style'] = 'inline'
    if ctx.inner == 'saas':
        return hstd(ctx, m, e, subject=summ, body=desc, prodid='-//Greenleaf ATS//Interview Scheduler//EN')
    return hstd(ctx, m, e)


# ================================================================ 12. forwarded invitations
FWD_NOTE = {
    'en': ['FYI - can you join this one instead of me?', 'Forwarding as discussed, you should be on this.',
           'Adding you - {org} asked for someone from your team.', 'See below, would be good if you could attend.'],
    'it': ['Ti inoltro l\'invito, riesci a partecipare tu al posto mio?'],
    'el': ['Σου προωθώ την πρόσκληση, μπορείς να συμμετάσχεις εσύ;'],
    'tr': ['Bilgine, benim yerime katılabilir misin?'],
    'ja': ['お疲れさまです。代わりに出席いただけますでしょうか。よろしくお願いします。'],
}
FWD_SUMM = {'en': ['Supplier QBR - {org}', 'Steering committee', 'Site visit planning', 'Board prep'],
            'it': ['Riunione trimestrale con {org}'], 'el': ['Συνάντηση με {org}'], 'tr': ['{org} ile proje toplantısı'],
            'ja': ['{org} 定例会議']}


def forwarded(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    on, odom = org_pick(ctx)          # forwarder's (and recipient's) organisation
    xon, xdom = org_pick(ctx)         # external organiser
    if xdom == odom:
        xon, xdom = r.choice(ORGS['en'])
    fp = person(r, ctx.lang)
    op = person(r, ctx.lang)
    m['sender'] = sender_for(ctx, [('corp', 6), ('free', 1)], domains={'corp': odom}, pers=fp)
    m['rcpt'] = '%s@%s' % (ctx.rp['local'].replace('_', '.'), odom if r.random() < 0.8 else ctx.rcpt_dom)
    ctx.rcpt = m['rcpt']
    m['to'] = [(ctx.rcpt_name, ctx.rcpt)]
    summ = fill(r.choice(FWD_SUMM[ctx.lang]), org=xon)
    note = fill(r.choice(FWD_NOTE[ctx.lang]), org=xon)
    start, tz = when(ctx, 2, 20, hours=(9, 16), minutes=(0, 30))
    orig_org = dict(name=op['name'], addr='%s@%s' % (op['local'].replace('_', '.'), xdom))
    desc_orig = r.choice(['Agenda to follow.', 'Dial-in details below.', 'Looking forward to seeing everyone.', ''])
    u = __import__('l10n').ui(ctx.lang)
    fw = ('-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n\n%s' % (
        op['name'], orig_org['addr'], (ctx.arrival - dt.timedelta(days=r.randint(1, 6))).strftime('%A, %B %d, %Y %I:%M %p'),
        fp['name'], summ, start.strftime('%A, %B %d, %Y %I:%M %p'), r.choice(['Microsoft Teams Meeting', 'Conference room B', 'Online']),
        desc_orig)) if ctx.inner in ('outlook', 'zimbra') else (
        '---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n\n%s' % (
            op['name'], orig_org['addr'], (ctx.arrival - dt.timedelta(days=r.randint(1, 6))).strftime('%a, %b %d, %Y at %I:%M %p'),
            summ, m['sender']['addr'], desc_orig))
    desc = note + '\n\n' + fw
    att = [dict(cn=op['name'], addr=orig_org['addr'], partstat='ACCEPTED', rsvp=False),
           dict(cn=fp['name'], addr=m['sender']['addr'], partstat='ACCEPTED')] + \
        [dict(cn=n, addr=a) for n, a in colleagues(ctx, xdom, r.randint(0, 4))] + [dict(cn=ctx.rcpt_name, addr=ctx.rcpt)]
    e = make_event(ctx, m, summ, desc, start, r.choice([30, 60, 90]), tz=tz, organizer=orig_org, attendees=att)
    if ctx.inner == 'outlook':
        e['sent_by'] = None
        m['subject'] = 'FW: ' + summ
    elif ctx.inner == 'google':
        m['subject'] = 'Fwd: Invitation: %s' % summ
    else:
        m['subject'] = r.choice(['Fwd: ', 'FW: ', 'WG: ' if ctx.lang == 'de' else 'Fw: ', 'I: ' if ctx.lang == 'it' else 'Fwd: ']) + summ
    return hstd(ctx, m, e)


# ================================================================ 13. mailing-list copies (broken DKIM)
LIST_T = {
    'en': [dict(summ='Monthly meetup: {topic}', desc='Hi all,\nOur next meetup is on! Talk: {topic}. Pizza sponsored by '
                '{spon}. Free entry, please RSVP so we can plan food.\nVenue: {venue}\nSee you there,\n{name}',
                lst='meetup-announce'),
           dict(summ='Working group call', desc='Agenda:\n1. Review open issues\n2. Draft {ver} release timeline\n3. AOB\n'
                'Dial-in: {url}\nMinutes will be posted to the list.', lst='wg-discuss'),
           dict(summ='Residents\' association AGM', desc='The AGM will be held in the community centre. Please bring '
                'questions for the council. Membership renewal (£5) can be paid on the night.', lst='residents'),
           dict(summ='Lab seminar: {topic}', desc='Speaker: {name}\nAbstract: We present recent results on {topic}. '
                'Coffee from 15:45.\nRoom {venue}', lst='seminars')],
    'fr': [dict(summ='Réunion mensuelle de l\'association', desc='Bonjour à tous,\nLa prochaine réunion aura lieu à la '
                'maison des associations. Ordre du jour : bilan financier, fête de quartier.\n{name}', lst='asso-info')],
    'ru': [dict(summ='Встреча сообщества: {topic}', desc='Всем привет!\nСледующая встреча пройдёт в коворкинге. '
                'Тема: {topic}. Вход свободный, регистрация обязательна.\n{name}', lst='community', topic='PostgreSQL 17')],
    'pt': [dict(summ='Reunião do grupo de trabalho', desc='Olá a todos,\nSegue o convite para a reunião mensal do '
                'grupo. Pauta: revisão das tarefas e próximos eventos.\n{url}\n{name}', lst='gt-voluntarios')],
    'th': [dict(summ='ประชุมชมรมประจำเดือน', desc='สวัสดีสมาชิกทุกท่าน\nขอเชิญประชุมชมรมประจำเดือน '
                'วาระ: สรุปกิจกรรมและแผนงานเดือนหน้า\n{name}', lst='club-members')],
}


def listcopy(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    T = r.choice(LIST_T[ctx.lang])
    m['sender'] = sender_for(ctx, [('free', 3), ('corp', 3), ('edu', 2)])
    sl = dict(topic=T.get('topic') or r.choice(['observability on a budget', 'Rust for embedded', 'graph databases', 'CRISPR screening']),
              spon=org_pick(ctx, 'en')[0], venue=r.choice(['Level 3, 20 Harbour St', 'B2.14', 'Tech Hub, Room 4']),
              name=m['sender']['name'].split()[0], ver=r.choice(['v2.4', '3.0', '1.12']),
              url='https://meet.jit.si/%s' % alnum(r, 16))
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    start, tz = when(ctx, 3, 25, hours=(12, 19), minutes=(0, 30))
    lhost = r.choice(['lists.%s' % r.choice(['opensource-hub.org', 'example.org', 'uni-research.example', 'citizens.example', 'osgeo-local.org']),
                      'mailman.%s' % r.choice(['fsf-local.example', 'linuxusers.example']), 'list.%s' % r.choice(['asso-quartier.example', 'clube.example'])])
    lname = T['lst']
    laddr = '%s@%s' % (lname, lhost)
    e = make_event(ctx, m, summ, desc, start, r.choice([60, 90, 120]), tz=tz, organizer=org,
                   attendees=[dict(cn=org['name'], addr=org['addr'], partstat='ACCEPTED', rsvp=False),
                              dict(cn=lname, addr=laddr, cutype='GROUP')])
    m['to'] = [(None, laddr)]
    m['list'] = dict(name=lname, host=lhost, addr=laddr, domain=lhost, bounces='%s-bounces@%s' % (lname, lhost),
                     sign=r.random() < 0.5, flavour=r.choice(['mm2', 'mm3', 'sympa']), munge=r.random() < 0.35)
    return hstd(ctx, m, e, subject=summ if ctx.inner == 'lib' else None)


# ================================================================ 14. replies / cancellations / counters
RC_SUMM = {'en': ['Design review', 'Quarterly planning', 'Vendor demo', 'Coffee catch-up', 'Budget sign-off', 'Hiring panel debrief'],
           'de': ['Projektbesprechung', 'Quartalsplanung'], 'ko': ['주간 업무 회의', '분기 계획 회의'],
           'ar': ['اجتماع التخطيط الربعي'], 'tw': ['專案進度會議'], 'nl': ['Projectoverleg', 'Kwartaalplanning'],
           'pl': ['Spotkanie projektowe', 'Planowanie kwartalne']}
RC_NOTE = {'en': ['Sorry, I\'m on leave that week.', 'See you there.', 'Might be 5 min late.', '', 'Could we do 30 min later?'],
           'de': ['Passt, bis dann.', 'Bin leider im Urlaub.'], 'ko': ['참석하겠습니다.', '그 주는 휴가입니다.'],
           'ar': ['سأحضر إن شاء الله.'], 'tw': ['會準時出席。'], 'nl': ['Helaas ben ik dan op vakantie.'],
           'pl': ['Będę.', 'Niestety jestem na urlopie.']}


def replycancel(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    on, odom = org_pick(ctx)
    kind = r.choice(['REPLY', 'REPLY', 'REPLY', 'CANCEL', 'COUNTER'] if ctx.inner in ('outlook',) else
                    ['REPLY', 'REPLY', 'CANCEL'])
    if ctx.inner in ('apple',) and kind == 'COUNTER':
        kind = 'REPLY'
    ap = person(r, ctx.lang)
    m['sender'] = sender_for(ctx, [('corp', 5), ('free', 2)], domains={'corp': odom}, pers=ap)
    m['rcpt'] = '%s@%s' % (ctx.rp['local'].replace('_', '.'), odom if m['sender']['kind'] == 'corp' else ctx.rcpt_dom)
    ctx.rcpt = m['rcpt']
    m['to'] = [(ctx.rcpt_name, ctx.rcpt)]
    summ = r.choice(RC_SUMM[ctx.lang])
    start, tz = when(ctx, 1, 20, hours=(9, 16), minutes=(0, 30))
    me = dict(name=ctx.rcpt_name, addr=ctx.rcpt)
    note = r.choice(RC_NOTE[ctx.lang])
    seq = r.choice([0, 0, 1, 2])
    if kind == 'REPLY':
        ps = r.choice(['ACCEPTED', 'ACCEPTED', 'DECLINED', 'TENTATIVE'])
        att = [dict(cn=ap['name'], addr=m['sender']['addr'], partstat=ps, rsvp=False)]
        e = make_event(ctx, m, summ, note if note else None, start, 60, tz=tz, organizer=me, attendees=att, seq=seq)
        e['alarms'] = []
        if ctx.inner == 'outlook':
            e['extra'].append('X-MICROSOFT-CDO-REPLYTIME:' + (ctx.arrival - dt.timedelta(seconds=30)).strftime('%Y%m%dT%H%M%SZ'))
        if ctx.inner in ('lib',) or ctx.inner not in ('google', 'outlook', 'thunderbird', 'apple', 'nextcloud', 'zimbra', 'sogo', 'yahoo'):
            pass
        pre = {'ACCEPTED': 'Accepted', 'DECLINED': 'Declined', 'TENTATIVE': 'Tentative'}[ps]
        m['note'] = note
        if ctx.inner in ('zimbra', 'sogo', 'nextcloud', 'yahoo', 'apple', 'lib', 'saas'):
            m['subject'] = '%s: %s' % (pre, summ)
            m['body_override'] = '%s %s.\n\n%s\n' % (ap['name'], {'ACCEPTED': 'has accepted your invitation', 'DECLINED': 'has declined your invitation',
                                                                  'TENTATIVE': 'has tentatively accepted your invitation'}[ps], note)
        if ctx.inner == 'outlook':
            m['body_override'] = note
        return hstd(ctx, m, e, method='REPLY')
    if kind == 'COUNTER':
        att = [dict(cn=ap['name'], addr=m['sender']['addr'], partstat='TENTATIVE', rsvp=False)]
        e = make_event(ctx, m, summ, note or 'Proposing a new time.', start + dt.timedelta(minutes=30), 60, tz=tz, organizer=me, attendees=att, seq=seq)
        e['alarms'] = []
        e['extra'].append('X-MS-OLK-ORIGINALSTART;TZID=%s:%s' % (TZ[tz][0], start.strftime('%Y%m%dT%H%M%S')))
        e['extra'].append('X-MS-OLK-ORIGINALEND;TZID=%s:%s' % (TZ[tz][0], (start + dt.timedelta(minutes=60)).strftime('%Y%m%dT%H%M%S')))
        m['body_override'] = note or 'Proposing a new time.'
        return hstd(ctx, m, e, method='COUNTER')
    # CANCEL: a colleague (or the recipient's delegate) cancels a meeting the recipient is in / co-owns
    att = [dict(cn=ap['name'], addr=m['sender']['addr'], partstat='ACCEPTED', rsvp=False), dict(cn=ctx.rcpt_name, addr=ctx.rcpt)] + \
        [dict(cn=n, addr=a) for n, a in colleagues(ctx, odom, r.randint(0, 5))]
    e = make_event(ctx, m, summ, r.choice(['Cancelled - we\'ll pick this up next month.', 'Moving this to email, thanks all.', note or '']),
                   start, 60, tz=tz, organizer=dict(name=ap['name'], addr=m['sender']['addr']), attendees=att,
                   seq=seq + 1, status='CANCELLED')
    e['alarms'] = []
    if r.random() < 0.4:
        e['rrule'] = 'FREQ=WEEKLY;BYDAY=%s' % DAYC[min(start.weekday(), 4)]
    return hstd(ctx, m, e, method='CANCEL')


# ================================================================ 15. friends and family
PERS_EN = [
    dict(summ='{kid}\'s {age}th birthday party 🎈', desc='Hi everyone! {kid} is turning {age} - we\'d love to see you! '
         'Bouncy castle in the garden, pizza at 1. No presents needed, just bring yourselves :)\nText me if you can\'t '
         'make it: {mob}', loc='{addr}'),
    dict(summ='Dinner at ours', desc='Come round for dinner! I\'m making lasagne. Bring a bottle if you like.', loc='{addr}'),
    dict(summ='Camping trip - Lake District', desc='Booked the campsite (paid £84 for 2 pitches, we can split later). '
         'Packing list in the shared note. Leaving Friday after work.', loc='Great Langdale Campsite'),
    dict(summ='Mum & Dad\'s 40th anniversary lunch', desc='Table booked for 14 at the Italian place. It\'s a surprise - '
         'don\'t say anything to Mum!! Chipping in £30 each for the gift, bank details: ask me.', loc='Trattoria Da Marco'),
    dict(summ='Game night', desc='Bringing Catan and Codenames. Snacks welcome!', loc='{addr}'),
]
PERS_L = {
    'el': dict(summ='Γενέθλια {kid}', desc='Σας περιμένουμε να γιορτάσουμε μαζί τα γενέθλια του {kid}! Φαγητό, μουσική '
               'και τούρτα. Πείτε μου αν θα έρθετε: {mob}', loc='Στο σπίτι μας'),
    'he': dict(summ='ארוחת שישי אצלנו', desc='היי משפחה! ארוחת שישי אצלנו השבוע, מתחילים ב-19:30. תביאו רק את עצמכם :)',
               loc='{addr}'),
    'hi': dict(summ='दिवाली पूजा और डिनर', desc='सभी को सादर आमंत्रण! शाम 7 बजे पूजा और उसके बाद डिनर। बच्चों के लिए '
               'फुलझड़ियाँ होंगी। कृपया आने की पुष्टि करें: {mob}', loc='{addr}'),
    'th': dict(summ='งานวันเกิด {kid}', desc='ชวนทุกคนมาฉลองวันเกิดน้อง{kid}ด้วยกันนะคะ มีอาหารและเค้ก '
               'ยืนยันการมาได้ที่ไลน์ค่ะ', loc='{addr}'),
    'tr': dict(summ='Pazar kahvaltısı', desc='Herkesi pazar kahvaltısına bekliyoruz! Gelirken sadece kendinizi getirin :)',
               loc='{addr}'),
    'ko': dict(summ='가족 모임 (할머니 생신)', desc='할머니 생신 가족 모임입니다. 식당 예약해 두었어요. 늦지 않게 와주세요!',
               loc='한정식집 송림'),
}


def personal(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    T = r.choice(PERS_EN) if ctx.lang == 'en' else PERS_L[ctx.lang]
    m['sender'] = sender_for(ctx, [('free', 9), ('corp', 1)])
    kid = person(r, ctx.lang)['first'] if ctx.lang not in ('zh', 'tw', 'ja', 'ko') else '민지'
    sl = dict(kid=kid, age=r.randint(4, 11), mob=r.choice(['07%s %s' % (digits(r, 3), digits(r, 6)), '+%s' % digits(r, 11)]),
              addr=r.choice(['12 Orchard Close', '44 Wellington Rd, flat 3', 'Λεωφόρος Κηφισίας 112' if ctx.lang == 'el' else 'our place',
                             'רחוב הזית 5' if ctx.lang == 'he' else 'home']))
    summ, desc, loc = fill(T['summ'], **sl), fill(T['desc'], **sl), fill(T['loc'], **sl)
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    fam = [(p['name'] if r.random() < 0.5 else None, '%s@%s' % (p['local'].replace('_', '.'), r.choice(['gmail.com', 'icloud.com', 'yahoo.com', 'hotmail.com'] + LANG_INFO[ctx.lang][1])))
           for p in [person(r, ctx.lang) for _ in range(r.randint(1, 12))]]
    start, tz = when(ctx, 3, 40, hours=(12, 19), minutes=(0, 30), weekend=True)
    camping = 'Camping' in summ
    e = make_event(ctx, m, summ, desc, start, 2 * 1440 if camping else r.choice([120, 180, 240]), tz=tz, location=loc,
                   organizer=org, attendees=att_list(ctx, org, fam, rcpt_first=False), allday=camping)
    return hstd(ctx, m, e)


# ================================================================ 16. support callbacks that were requested
SUP_EN = [
    dict(summ='Technician visit - case {case}', desc='Hi {first},\nAs agreed on the phone, our technician will visit '
         'between {t1} and {t2} to check your fibre connection. The technician will call you on your mobile about 30 '
         'minutes before arrival. No payment is due for this visit.\nReschedule: {url}\nSupport: {ph}\n{brand}'),
    dict(summ='Support session: {product} - ticket #{case}', desc='Hello {first},\nThanks for requesting a callback. '
         'Your support engineer {eng} will call you at the number on the ticket ({mob_masked}). If it\'s more '
         'convenient, you can join the screen-share instead: {url}\nWe will never ask for passwords or payment card '
         'details during a session.'),
    dict(summ='Callback from your mortgage adviser', desc='Dear {first},\nThank you for your request via online '
         'banking. {eng} will call you on the number ending {last4} at the time below to discuss your remortgage '
         'options. If you miss the call you can reach us on {ph} (number also on the back of your card).'),
    dict(summ='Insurance claim {case}: call with your claims handler', desc='Hi {first},\nYour claims handler {eng} '
         'will call you to go through the damage report and next steps. Please have photos and receipts to hand. Claim '
         'reference: {case}.\n{brand} Claims'),
]
SUP_L = {
    'es': dict(summ='Visita del técnico - incidencia {case}', desc='Hola {first},\nTal como acordamos, nuestro técnico '
               'pasará entre las {t1} y las {t2} para revisar la conexión de fibra. Te llamará 30 minutos antes.\n'
               'Cambiar la cita: {url}\nAtención al cliente: {ph}'),
    'ar': dict(summ='موعد اتصال من فريق الدعم - طلب رقم {case}', desc='مرحباً {first}،\nشكراً لطلبك معاودة الاتصال. '
               'سيتصل بك المهندس {eng} في الموعد المحدد. لن نطلب منك كلمة المرور أو بيانات البطاقة أبداً.\nالدعم: {ph}'),
    'hi': dict(summ='तकनीशियन विज़िट – शिकायत {case}', desc='नमस्ते {first},\nजैसा कि फ़ोन पर तय हुआ, हमारे तकनीशियन '
               '{t1} से {t2} के बीच आपके ब्रॉडबैंड कनेक्शन की जाँच के लिए आएँगे। कोई शुल्क नहीं लगेगा।\nसहायता: {ph}'),
    'th': dict(summ='นัดช่างเข้าตรวจสอบ เลขที่แจ้งซ่อม {case}', desc='เรียนคุณ{first}\nตามที่ได้นัดหมายไว้ '
               'ช่างจะเข้าตรวจสอบสัญญาณอินเทอร์เน็ตระหว่างเวลา {t1}–{t2} น. ช่างจะโทรแจ้งก่อนเข้าพื้นที่\nติดต่อ: {ph}'),
}
SUPBR = [('Clearwave Broadband', 'clearwave-broadband.co.uk'), ('Tidewater Credit Union', 'tidewatercu.org'),
         ('Corvid Systems Support', 'corvidsys.com'), ('Harbourline Insurance', 'harbourline-ins.com')]


def support(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    T = r.choice(SUP_EN) if ctx.lang == 'en' else SUP_L[ctx.lang]
    brand, bdom = r.choice(SUPBR) if ctx.lang == 'en' else org_pick(ctx)
    start, tz = when(ctx, 1, 10, hours=(8, 15), minutes=(0, 30))
    end = start + dt.timedelta(hours=r.choice([1, 2, 4]))
    ep = person(r, ctx.lang)
    sl = dict(first=ctx.rcpt_name.split()[0], case=r.choice(['CS', 'INC', '#', 'SR']) + digits(r, 7), t1=start.strftime('%H:%M'),
              t2=end.strftime('%H:%M'), url='https://support.%s/case/%s' % (bdom, alnum(r, 12)),
              ph=r.choice(['0800 %s %s' % (digits(r, 3), digits(r, 4)), '+1 (800) 555-01%s' % digits(r, 2), '+%s' % digits(r, 11)]),
              brand=brand, product=r.choice(['Corvid Backup', 'Ledgerly Accounts', 'NAS firmware']), eng=ep['name'],
              mob_masked='07*** ***%s' % digits(r, 3), last4=digits(r, 4))
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    if ctx.inner in ('saas', 'lib'):
        brand_sender(ctx, m, brand, bdom, local=r.choice(['support', 'noreply', 'appointments']))
        org = dict(name=brand, addr=m['sender']['addr'])
        att = [dict(cn=ctx.rcpt_name, addr=ctx.rcpt, partstat='ACCEPTED', rsvp=False)] if r.random() < 0.6 else []
    elif ctx.inner == 'zoom':
        m['sender'] = account(ctx, 'zoom', name=ep['name'])
        org = dict(name=ep['name'], addr='%s@%s' % (ep['local'], bdom))
        att = [dict(cn=ctx.rcpt_name, addr=ctx.rcpt)]
    else:
        m['sender'] = sender_for(ctx, [('corp', 1)], domains={'corp': bdom}, pers=ep)
        org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
        att = att_list(ctx, org, [])
    e = make_event(ctx, m, summ, desc, start, int((end - start).total_seconds() // 60), tz=tz, organizer=org, attendees=att,
                   location=r.choice([None, 'Phone call', 'Your address on file']))
    if ctx.inner == 'zoom':
        body = '%s is inviting you to a scheduled Zoom meeting.\n\nTopic: %s\nTime: %s %s\n\nJoin Zoom Meeting\nhttps://%s.zoom.us/j/%s?pwd=%s\n\n%s\n' % (
            ep['name'], summ, start.strftime('%b %d, %Y %I:%M %p'), tz, r.choice(['us02web', 'us06web']), digits(r, 11), alnum(r, 32), desc)
        m['zoom_type'] = 'meeting_invitation'
        m['reply_to'] = (ep['name'], org['addr'])
        return hstd(ctx, m, e, subject=summ, body=body)
    m['saas_style'] = r.choice(['attach', 'inline'])
    if ctx.inner in ('saas', 'lib'):
        return hstd(ctx, m, e, subject=summ, body=desc, method=r.choice(['REQUEST', 'PUBLISH']),
                    prodid='-//%s//Field Service Scheduling//EN' % brand.split()[0], flavours=['java', 'dotnet', 'php'])
    return hstd(ctx, m, e)


HAM_CATS = {
    'travel-airline': (airline, 'Airline booking confirmations and agency itineraries'),
    'travel-rail': (rail, 'Rail e-tickets with booking references'),
    'hotel-booking': (hotel, 'Hotel reservations via booking platforms or the property itself'),
    'restaurant-booking': (restaurant, 'Restaurant reservations (platforms, restaurants, friends who booked)'),
    'medical-appointment': (medical, 'Doctor, dentist and clinic appointments with phone numbers and fees'),
    'vendor-webinar': (webinar, 'Vendor webinars / conferences with many attendees and "free"/"offer" wording'),
    'community-series': (community, 'School, church and club series with no end date, mostly from free mail'),
    'it-notice': (itnotice, 'IT maintenance windows, password-expiry and MFA notices'),
    'work-meeting-docs': (work, 'Colleagues\' meetings with links to shared documents'),
    'finance-reminder': (finance, 'Payment runs, invoice reminders and bank-detail fraud warnings'),
    'recruiter-interview': (recruiter, 'Recruiters and interview scheduling'),
    'forwarded-invite': (forwarded, 'Invitations forwarded by a colleague'),
    'mailing-list-copy': (listcopy, 'Meeting announcements received through mailing lists (DKIM broken)'),
    'reply-cancel': (replycancel, 'REPLY / CANCEL / COUNTER messages for meetings the recipient is part of'),
    'personal-family': (personal, 'Invitations between friends and family'),
    'support-callback': (support, 'Support callbacks and technician visits the recipient requested'),
}
