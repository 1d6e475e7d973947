# -*- coding: utf-8 -*-
"""Legitimate calendar mail, including the kinds that look like spam."""
import datetime as dt

from h24base import base_M
from h24data import ORGS, LANGS
from h24spam import fill, pick_t, phone_intl, phone_us
from h24mime import Leaf, Multi, RFC822
from h24clients import TB, common_hdrs, body_leaf, render, when_text, text_to_html_p, build_ics
from h24transport import ralnum, rhex


def ham_sender(c, kind='person', org=None, name=None, local=None):
    """A legitimate sender appropriate to the client."""
    r = c.rng
    cl = c.client
    kw = {}
    p = c.person()
    if cl in ('icloud', 'yahoo') or (cl == 'apple' and kind == 'person' and r.random() < .6):
        dom = c.free_domain()
        return (name or p[0], local and '%s@%s' % (local, dom) or c.mk_email(p, dom, free=True)), kw
    if kind == 'free' and cl in ('thunderbird', 'zimbra', 'sogo', 'outlook', 'webapp'):
        dom = c.free_domain('thunderbird')
        kw['topts'] = {'host': 'mout.' + dom}
        kw['svc'] = 'own'
        return (name or p[0], c.mk_email(p, dom, free=True)), kw
    if kind == 'free' and cl in ('google', 'exchange'):
        dom = c.free_domain()
        return (name or p[0], c.mk_email(p, dom, free=True)), kw
    if kind == 'person' and cl in ('google', 'exchange') and (org is None) and r.random() < .6:
        dom = c.free_domain()
        return (name or p[0], c.mk_email(p, dom, free=True)), kw
    if kind == 'person' and cl == 'thunderbird' and org is None and r.random() < .5:
        dom = c.free_domain('thunderbird')
        kw['topts'] = {'host': 'mout.' + dom}
        kw['svc'] = 'own'
        return (name or p[0], c.mk_email(p, dom, free=True)), kw
    org = org or c.org()
    frm = (name or p[0], '%s@%s' % (local, org[1]) if local else c.mk_email(p, org[1], corp=True))
    if cl in ('outlook', 'thunderbird', 'apple', 'zimbra', 'sogo', 'nextcloud'):
        kw['svc'] = 'own'
        if r.random() < .2:
            kw['topts'] = {'nodkim': True}
    if cl == 'webapp':
        kw['svc'] = r.choice(['own', 'esp', 'esp'])
    if kw.get('svc') == 'own' and r.random() < .15:
        kw.setdefault('topts', {})['nodmarc'] = True
    if cl == 'nextcloud':
        kw['nc_host'] = r.choice(['cloud.', 'nextcloud.', 'nc.', 'files.']) + org[1]
    return frm, kw


def make(c, frm, kw, T, V, start, dur=60, **extra):
    summ = fill(T['sum'], V)
    body = fill(T['body'], V)
    loc = fill(T['loc'], V) if T.get('loc') else None
    subj = fill(T['subj'], V) if T.get('subj') else None
    kw = dict(kw)
    kw.update(extra)
    M = base_M(c, frm, summ, body, start, dur, loc, subj, **kw)
    r = c.rng
    if V.get('url') and c.client in ('webapp', 'apple', 'icloud', 'thunderbird', 'nextcloud', 'sogo') and r.random() < .55:
        M['ev']['url'] = V['url']
    if c.client == 'webapp' and r.random() < .25:
        M['ev']['xalt'] = '<html><body>%s</body></html>' % text_to_html_p(body)
    if c.client == 'webapp' and V.get('url') and r.random() < .2:
        M['ev']['attach'] = [(V['url'].split('?')[0].rstrip('/') + '/document.pdf', 'application/pdf', 'confirmation.pdf')]
    return M


def colleague(c, dom=None):
    p = c.person()
    return (p[0], c.mk_email(p, dom or c.rcpt_domain, corp=True))


# =========================================================== 1 travel bookings
AIRLINES = [('SkyHarbor Airways', 'skyharbor-air.com', 'SH'), ('Nordwind Air', 'nordwindair.example', 'NW'),
            ('Azure Coast Airlines', 'azurecoast.aero', 'AZ'), ('Trans-Meridian', 'transmeridian.aero', 'TM')]
TRAVEL_EN = [
    dict(kind='air', sum='Flight {fl} {dep} \u2192 {arr}', subj='Your e-ticket receipt - booking ref {pnr}',
         body='Thank you for booking with {airline}.\nBooking reference: {pnr}\nE-ticket number: {tkt}\nPassenger: {pax}\n\nFlight {fl}  {dep} \u2192 {arr}\nDeparts {dtime}, arrives {atime}\nCabin: Economy (Light) - 1 x 23 kg checked bag\nTotal paid: {amt}\n\nOnline check-in opens 24 hours before departure: {url}\nCustomer service: {phone}', loc='{dep} Airport, Terminal {term}'),
    dict(kind='hotel', sum='Stay at {hotel}', subj='Booking confirmed: {hotel}, {city} - confirmation {conf}',
         body='Your booking is confirmed. No payment needed today - you pay at the property.\nConfirmation number: {conf}\nPIN: {pin}\nCheck-in: {cin} (from 15:00)\nCheck-out: {cout} (until 11:00)\nTotal price: {amt} (incl. VAT, city tax payable at the hotel)\nFree cancellation until {freecancel}.\nManage your booking: {url}\nProperty phone: {phone}', loc='{hotel}, {street}, {city}'),
    dict(kind='rail', sum='Train {train} {dep} \u2192 {arr}', subj='Your tickets: {dep} to {arr} ({pnr})',
         body='Booking reference: {pnr}\nOutward: {train} departs {dep} {dtime}, arrives {arr} {atime}\nCoach {coach}, seat {seat}\nTicket type: Advance Single, non-refundable\nPrice: {amt}\nShow the barcode in the app or print your ticket: {url}', loc='{dep} station'),
    dict(kind='car', sum='Car rental pick-up - {city} Airport', subj='Reservation {conf} confirmed',
         body='Pick-up: {cin} 10:30, {city} Airport, desk in arrivals hall\nReturn: {cout} 10:00, same location\nCar group: compact (VW Golf or similar)\nPrepaid: {amt}\nPlease bring your driving licence and the credit card used for the booking. A security deposit will be blocked on the card.\nQuestions: {phone}', loc='{city} Airport - Rental Car Center'),
    dict(kind='agency', sum='TRAVEL: {dep} - {arr} ({fl})', subj='Itinerary for {pax} - trip to {arr}',
         body='Please find your updated itinerary below. Ticketed and confirmed.\nAir: {airline} {fl}, {dep} {dtime} - {arr} {atime}, booking ref {pnr}, e-ticket {tkt}\nHotel: {hotel}, confirmation {conf}\nTotal charged to company card: {amt}\nIn case of disruption call our 24/7 line {phone} and quote {pnr}.\nKind regards,\nCorporate Travel Desk', loc='{dep}'),
]
TRAVEL_OTHER = {
    'de': dict(kind='rail', sum='Zugfahrt {dep} \u2192 {arr}', subj='Ihre Buchung {pnr}: {dep} \u2013 {arr}',
               body='Vielen Dank für Ihre Buchung.\nAuftragsnummer: {pnr}\nHinfahrt: {train}, ab {dep} {dtime}, an {arr} {atime}\nWagen {coach}, Platz {seat} (Großraum, Fenster)\nPreis: {amt_eur}\nIhr Ticket ist personalisiert, bitte Ausweis mitführen.\nTicket öffnen: {url}', loc='{dep} Hbf'),
    'fr': dict(kind='hotel', sum='Séjour à {hotel}', subj='Confirmation de réservation n° {conf}',
               body='Bonjour,\nNous avons le plaisir de confirmer votre réservation.\nArrivée : {cin} à partir de 15 h\nDépart : {cout} avant 11 h\nMontant total : {amt_eur} (taxe de séjour non incluse)\nAnnulation gratuite jusqu\u2019au {freecancel}.\nGérer ma réservation : {url}\nTél. de l\u2019hôtel : {phone_l}', loc='{hotel}, {city}'),
    'ja': dict(kind='air', sum='{airline} {fl}便 {dep}→{arr}', subj='【ご予約確認】予約番号 {pnr}',
               body='この度はご予約いただき誠にありがとうございます。\n予約番号：{pnr}\n航空券番号：{tkt}\n{fl}便 {dep} {dtime} 発 → {arr} {atime} 着\n座席：普通席\nお支払い金額：{amt_jpy}\nオンラインチェックイン：{url}\nお問い合わせ：{phone_l}', loc='{dep}空港'),
    'zh': dict(kind='hotel', sum='入住 {hotel}', subj='预订确认：订单号 {conf}',
               body='尊敬的客人，您的预订已确认。\n订单号：{conf}\n入住：{cin} 14:00后\n离店：{cout} 12:00前\n房费合计：{amt_cny}（到店付款）\n{freecancel}前可免费取消。\n酒店电话：{phone_l}', loc='{hotel}'),
    'th': dict(kind='air', sum='เที่ยวบิน {fl} {dep} - {arr}', subj='ยืนยันการจอง {pnr}',
               body='ขอบคุณที่เลือกใช้บริการ {airline}\nรหัสการจอง: {pnr}\nเที่ยวบิน {fl} ออกเดินทาง {dtime} ถึง {atime}\nยอดชำระ: {amt_thb}\nเช็คอินออนไลน์: {url}', loc='{dep}'),
    'el': dict(kind='ferry', sum='Πλοίο {dep} \u2192 {arr}', subj='Επιβεβαίωση κράτησης {pnr}',
               body='Σας ευχαριστούμε για την κράτησή σας.\nΚωδικός κράτησης: {pnr}\nΑναχώρηση: {dep} {dtime}\nΆφιξη: {arr} {atime}\nΣύνολο: {amt_eur}\nΠαρακαλούμε να βρίσκεστε στο λιμάνι 30 λεπτά πριν.', loc='Λιμάνι {dep}'),
    'tr': dict(kind='air', sum='Uçuş {fl} {dep} - {arr}', subj='Rezervasyon onayı - PNR {pnr}',
               body='Rezervasyonunuz onaylanmıştır.\nPNR: {pnr}\nBilet no: {tkt}\nUçuş {fl}: {dep} {dtime} - {arr} {atime}\nToplam: {amt_try}\nOnline check-in: {url}', loc='{dep} Havalimanı'),
}
CITIES = {'en': [('London', 'Edinburgh'), ('New York JFK', 'Chicago O\'Hare'), ('Manchester', 'Dublin'), ('San Francisco', 'Seattle')],
          'de': [('Hamburg', 'München'), ('Köln', 'Berlin')], 'fr': [('Paris', 'Lyon')], 'ja': [('羽田', '福岡'), ('伊丹', '新千歳')],
          'zh': [('上海', '成都')], 'th': [('กรุงเทพฯ', 'เชียงใหม่')], 'el': [('Πειραιάς', 'Νάξος')], 'tr': [('İstanbul', 'İzmir')]}


def h_travel(c):
    r = c.rng
    T = pick_t(c, TRAVEL_EN, TRAVEL_OTHER)
    al = r.choice(AIRLINES)
    dep, arr = r.choice(CITIES.get(c.lang, CITIES['en']))
    start = c.start(7, 60, hours=(6, 7, 8, 11, 14, 17, 19), weekday=False)
    dur = r.choice([65, 80, 110, 135, 200])
    V = dict(airline=al[0], fl='%s %d' % (al[2], r.randint(100, 2999)), dep=dep, arr=arr, pnr=c.code(6), tkt='%s-%s' % (c.digits(3), c.digits(10)),
             pax=c.latin_name(c.rcpt_person).upper(), dtime=start.strftime('%H:%M'), atime=(start + dt.timedelta(minutes=dur)).strftime('%H:%M'),
             term=r.choice(['1', '2', '3', '5', 'B']), amt=r.choice(['£148.20', '$412.60', '€236.90', '$1,084.35', '£89.00']),
             amt_eur=r.choice(['89,90 €', '129,00 €', '412,50 €']), amt_jpy=r.choice(['18,460円', '24,900円']), amt_cny=r.choice(['¥1,268.00', '¥896.00']),
             amt_thb=r.choice(['2,450 บาท', '3,890 บาท']), amt_try=r.choice(['2.340 TL', '3.115 TL']),
             hotel=r.choice(['Hotel Lindenhof', 'The Granary Hotel', 'Harbourside Inn', 'Hôtel des Arts', 'Grand Plaza', 'Hotel Aurora']),
             city=arr, street=r.choice(['12 Quay Street', 'Marktplatz 4', '8 Rue Lafayette', '221 Pine Ave']), conf=c.digits(10), pin=c.digits(4),
             cin=start.strftime('%d/%m/%Y'), cout=(start + dt.timedelta(days=r.randint(1, 5))).strftime('%d/%m/%Y'),
             freecancel=(start - dt.timedelta(days=2)).strftime('%d/%m/%Y'), train=r.choice(['ICE 1005', 'LNER 1S12', 'TGV 6613', 'Avanti 1A14', 'Amtrak 171']),
             coach=r.choice(['C', '7', '12', 'B']), seat=r.randint(11, 88), phone=phone_us(c) if r.random() < .5 else phone_intl(c, 'en'),
             phone_l=phone_intl(c, c.lang), url='')
    kind = T['kind']
    org = {'air': (al[0], al[1]), 'agency': (al[0], al[1]),
           'hotel': r.choice([('Staylane', 'staylane.example'), ('Hotel Reservations', 'hotel-res.example')]),
           'car': r.choice([('DriveAway Rentals', 'driveaway-rentals.example'), ('Kerbside Car Hire', 'kerbside-carhire.co.uk')])}.get(kind, (al[0], al[1]))
    if kind == 'car':
        start = start.replace(hour=10, minute=30)
    if kind == 'rail':
        org = r.choice([('RailNova', 'railnova.example'), ('Northline Trains', 'northline-trains.co.uk')])
    if kind == 'ferry':
        org = ('Aegean Blue Lines', 'aegeanblue.gr')
    V['url'] = 'https://www.%s/%s?ref=%s' % (org[1], r.choice(['manage-booking', 'mybooking', 'checkin', 'tickets']), V['pnr'])
    if c.client in ('exchange', 'outlook', 'google', 'zimbra', 'thunderbird', 'icloud') and kind in ('air', 'agency', 'hotel', 'rail', 'car', 'ferry'):
        # travel agent / assistant books it into the calendar, or the traveller forwards it
        tm = ('Corporate Travel Desk', 'travel.' + c.rcpt_domain) if c.client in ('exchange', 'outlook', 'zimbra') else None
        if tm:
            frm, kw = ham_sender(c, 'org', org=(tm[0], c.rcpt_domain), name='Travel Desk' if c.lang == 'en' else None, local='travel')
        else:
            frm, kw = ham_sender(c, 'person')
        M = make(c, frm, kw, T, V, start, dur)
        M['subject'] = None
    else:
        frm = ('%s' % org[0], r.choice(['noreply', 'no-reply', 'booking', 'confirmation', 'reservations']) + '@' + r.choice(['', 'mail.', 'e.']) + org[1])
        kw = {'svc': r.choice(['esp', 'own'])}
        if kw['svc'] == 'esp' and r.random() < .4:
            kw['topts'] = {'misaligned': True, 'spf': r.choice(['softfail', 'neutral', 'softfail'])}
        M = make(c, frm, kw, T, V, start, dur)
        M['client'] = c.client
        M['method'] = r.choice(['PUBLISH', 'PUBLISH', 'REQUEST'])
        M['prodid'] = r.choice(['-//%s//Itinerary Service %d.%d//EN' % (org[0], r.randint(1, 6), r.randint(0, 9)),
                                '-//%s//Booking Confirmation//EN' % org[0], '-//Ben Fortuna//iCal4j 1.0//EN',
                                '-//%s//NONSGML v1.0//EN' % org[0].replace(' ', '')])
        M['layout'] = r.choice(['mixed_html_ics', 'mixed_alt_ics', 'mixed_html_ics'])
        M['ics_name'] = r.choice(['itinerary.ics', 'booking.ics', 'calendar.ics', 'reservation.ics', '%s.ics' % V['pnr']])
        M['show_rcpt'] = r.random() < .3
        M['ev']['no_organizer'] = r.random() < .4
        M['ev']['noalarm'] = True
        if r.random() < .5:
            M['xhdrs'] = [('X-Mailer', r.choice(['PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)', 'JavaMail', 'ASP.NET mailer']))]
    if kind == 'hotel':
        M['ev']['allday'] = True
        s0 = start.replace(hour=0, minute=0)
        M['ev']['start'] = s0
        M['ev']['end'] = s0 + dt.timedelta(days=r.randint(1, 4))
    M['desc_line'] = '%s booking confirmation (%s)' % (kind.capitalize(), org[0])
    return M


# =========================================================== 2 restaurant / doctor / services appointments
APPT_EN = [
    dict(sum='Table for {n} at {rest}', subj='Your reservation at {rest} is confirmed', org='{rest}',
         body='Hi {first},\nYour table for {n} is booked for {when}.\nConfirmation code: {code}\nA card guarantee of {fee} per person applies to no-shows or cancellations less than 24 hours ahead. We will hold your table for 15 minutes.\nNeed to change? Call {phone} or manage online: {url}', loc='{rest}, {street}'),
    dict(sum='Appointment: Dr. {doc}', subj='Appointment confirmation - {clinic}', org='{clinic}',
         body='Dear {first},\nThis confirms your appointment with Dr. {doc} on {when}.\nPlease arrive 10 minutes early and bring your insurance card and a photo ID.\nIf you need to cancel, please call {phone} at least 24 hours in advance. Missed appointments may be charged {fee}.\nPatient portal: {url}', loc='{clinic}, {street}'),
    dict(sum='Dental check-up and hygiene', subj='Reminder: your appointment at {clinic}', org='{clinic}',
         body='Reminder of your check-up and hygiene appointment. Reply C to confirm or call {phone}.\nDeposit paid: {fee}. Balance due on the day.', loc='{clinic}'),
    dict(sum='Service appointment - {car}', subj='Booking confirmed: vehicle service', org='{garage}',
         body='Vehicle: {car}, reg. {reg}\nWork: annual service + MOT\nEstimated cost: {amt}\nDrop-off at 08:15. Courtesy car requested.\nQuestions: {phone}', loc='{garage}, {street}'),
    dict(sum='Haircut with {stylist}', subj='See you soon at {salon}', org='{salon}',
         body='Booking ref {code}. Cut & blow dry with {stylist}. Price {amt}. Late cancellations (less than 24h) are charged in full.', loc='{salon}'),
]
APPT_OTHER = {
    'es': dict(sum='Reserva en {rest}', subj='Confirmación de su reserva', org='{rest}',
               body='Hola {first}:\nSu mesa para {n} personas está confirmada para el {when}.\nCódigo de reserva: {code}\nSi no puede venir, avísenos llamando al {phone_l}.', loc='{rest}, Madrid'),
    'it': dict(sum='Visita specialistica – Dott. {doc}', subj='Conferma prenotazione', org='{clinic}',
               body='Gentile {first},\nle confermiamo la visita con il Dott. {doc} il {when}.\nSi presenti 15 minuti prima con tessera sanitaria e impegnativa.\nPer disdire: {phone_l}.', loc='{clinic}, Milano'),
    'ko': dict(sum='{clinic} 진료 예약', subj='[{clinic}] 예약이 확정되었습니다', org='{clinic}',
               body='{first}님, 진료 예약이 확정되었습니다.\n일시: {when}\n예약번호: {code}\n변경 및 취소: {phone_l}', loc='{clinic}'),
    'he': dict(sum='תור למרפאה – ד"ר {doc}', subj='אישור זימון תור', org='{clinic}',
               body='שלום {first},\nנקבע לך תור אצל ד"ר {doc} בתאריך {when}.\nלביטול או שינוי התור יש להתקשר ל-{phone_l}.', loc='{clinic}'),
    'ar': dict(sum='موعد في {clinic}', subj='تأكيد الموعد', org='{clinic}',
               body='عزيزي/عزيزتي {first}،\nتم تأكيد موعدك مع الدكتور {doc} بتاريخ {when}.\nيرجى الحضور قبل الموعد بعشر دقائق.\nللإلغاء أو التعديل: {phone_l}', loc='{clinic}'),
    'pt': dict(sum='Consulta – Dra. {doc}', subj='Confirmação de agendamento', org='{clinic}',
               body='Olá {first},\nSua consulta com a Dra. {doc} está marcada para {when}.\nTraga documento com foto e carteirinha do convênio.\nPara remarcar: {phone_l}', loc='{clinic}, São Paulo'),
    'cs': dict(sum='Objednání – {garage}', subj='Potvrzení rezervace servisu', org='{garage}',
               body='Dobrý den,\npotvrzujeme termín servisu vašeho vozu {car} dne {when}.\nOrientační cena: 4 900 Kč.\nV případě změny volejte {phone_l}.', loc='{garage}'),
}


def h_appt(c):
    r = c.rng
    T = pick_t(c, APPT_EN, APPT_OTHER)
    start = c.start(2, 30, hours=(8, 9, 10, 11, 14, 15, 16, 18, 19, 20))
    docp = c.person()
    V = dict(first=c.rcpt_person[0].split(' ')[0] if c.lang not in ('zh', 'ja', 'ko', 'zh-tw') else c.rcpt_person[0],
             n=r.randint(2, 8), rest=r.choice(['Osteria Lupa', 'The Brass Monkey', 'Casa Marisol', 'Sakura Garden', 'Le Petit Zinc']),
             code=c.code(6), fee=r.choice(['$25', '£20', '€30', '$50']), phone=phone_us(c) if r.random() < .5 else phone_intl(c, 'en'),
             phone_l=phone_intl(c, c.lang), doc=docp[0].split(' ')[-1] if c.lang not in ('ko', 'zh', 'ja') else docp[0],
             clinic=r.choice(['Riverside Family Practice', 'Maple Dental Care', 'Centro Médico Salud', 'Praxis am Park', 'City Eye Clinic']),
             street=r.choice(['14 High Street', '220 Oak Avenue', 'Calle Mayor 8', '5 Market Square']), url='',
             when=when_text({'lang': c.lang}, {'start': start, 'dur': 45, 'tz': c.tz}), car=r.choice(['Ford Focus', 'Škoda Octavia', 'Toyota Yaris', 'VW Golf']),
             reg=c.code(2) + c.digits(2) + ' ' + c.code(3), amt=r.choice(['£289.00', '$165.00', '€54.00', '£62']), garage=r.choice(['Autoservis Dvořák', 'Hillside Motors', 'Kwik Garage']),
             stylist=c.person('en')[0].split(' ')[0], salon=r.choice(['Studio Nine', 'Cut & Co', 'The Barber Room']))
    if c.lang == 'ko':
        V['clinic'] = r.choice(['서울밝은안과', '하나치과의원'])
    if c.lang == 'ar':
        V['clinic'] = 'عيادة النور'
    if c.lang == 'he':
        V['clinic'] = 'מרפאת השרון'
    org_name = fill(T['org'], V)
    dom = org_name.lower().replace(' ', '').replace('&', 'and').replace('.', '')
    dom = ''.join(ch for ch in dom if ch.isascii() and ch.isalnum()) or 'clinic' + c.digits(3)
    dom = dom[:20] + r.choice(['.com', '.co.uk', '.example', '.net'])
    V['url'] = 'https://%s/%s/%s' % (r.choice(['book.' + dom, dom, 'portal.' + dom]), r.choice(['manage', 'appointments', 'reservation']), c.tok(10))
    if c.client == 'webapp':
        frm = (org_name, r.choice(['noreply', 'appointments', 'bookings', 'info']) + '@' + dom)
        kw = {'svc': r.choice(['esp', 'own'])}
        if kw['svc'] == 'esp' and r.random() < .4:
            kw['topts'] = {'misaligned': True, 'spf': r.choice(['softfail', 'neutral'])}
        elif r.random() < .3:
            kw['topts'] = {'nodmarc': True}
        M = make(c, frm, kw, T, V, start, r.choice([30, 45, 60, 90, 120]))
        M['method'] = r.choice(['PUBLISH', 'REQUEST', None])
        M['prodid'] = r.choice(['-//TableMate//Reservations 2.4//EN', '-//TerminFix//Online Booking 3.2//EN', '-//ClinicFlow//Scheduler//EN',
                                '-//hacksw/handcal//NONSGML v1.0//EN', 'spatie/icalendar-generator', '-//Sabre//Sabre VObject 4.5.4//EN'])
        M['layout'] = r.choice(['mixed_html_ics', 'alt3', 'mixed_alt_ics', 'mixed_text_ics'])
        M['ics_name'] = r.choice(['appointment.ics', 'reservation.ics', 'termin.ics', 'event.ics'])
        M['ev']['no_organizer'] = r.random() < .5
    else:
        frm, kw = ham_sender(c, 'org', org=(org_name, dom), name=org_name, local=r.choice(['reception', 'info', 'frontdesk', 'bookings']))
        M = make(c, frm, kw, T, V, start, r.choice([30, 45, 60, 90]))
        if c.client in ('google', 'exchange', 'yahoo', 'icloud') and r.random() < .5:
            M['method'] = 'REQUEST'
    M['desc_line'] = 'Appointment/reservation confirmation (%s)' % org_name
    return M


# =========================================================== 3 vendor webinars and conferences
WEB_EN = [
    dict(sum='Webinar: {topic}', subj='You\'re registered: {topic}', body='Hi {first},\nThanks for registering for our free live webinar "{topic}".\nDate: {when}\nJoin link: {url}\nPasscode: {pc}\nCan\'t make it? Register anyway and we\'ll send you the recording plus an exclusive offer: 20% off the annual plan until the end of the month.\n\nThe {vendor} team'),
    dict(sum='{vendor} Summit {year}', subj='{vendor} Summit {year} - your free pass', body='Your free Expo pass for {vendor} Summit {year} is confirmed.\nBadge pick-up from 08:00 at the registration desk. Bring photo ID.\nAgenda and sessions: {url}\nLimited offer: upgrade to a Full Conference pass for just $199 (save $400) with code EARLY{code}.', loc='{venue}'),
    dict(sum='{vendor} product roadmap briefing (customers only)', subj='Invitation: {vendor} product roadmap briefing', body='Dear customer,\nYou are invited to our quarterly roadmap briefing. Over 500 customers typically attend, so questions will be handled via Q&A.\nJoin via {url}\nThis session is free for all customers on an active subscription.'),
    dict(sum='Office hours: {topic}', subj='Calendar hold: {topic}', body='Hi all - here is a calendar hold for next week\'s community office hours. Bring your questions! Recording and slides will be shared afterwards.\n{url}'),
]
WEB_OTHER = {
    'de': dict(sum='Webinar: {topic_de}', subj='Ihre Anmeldung: {topic_de}', body='Hallo {first},\nvielen Dank für Ihre Anmeldung zu unserem kostenlosen Webinar „{topic_de}".\nZugangslink: {url}\nKenncode: {pc}\nAls Teilnehmer erhalten Sie ein exklusives Angebot: 3 Monate gratis testen.'),
    'ja': dict(sum='【無料ウェビナー】{topic_ja}', subj='お申し込みありがとうございます：{topic_ja}', body='{first}様\nこの度は無料ウェビナーにお申し込みいただきありがとうございます。\n参加URL：{url}\nパスコード：{pc}\n参加者限定の特別キャンペーンもご案内いたします。'),
    'zh-tw': dict(sum='線上研討會：{topic_zh}', subj='報名成功：{topic_zh}', body='{first} 您好：\n感謝您報名參加免費線上研討會。\n連結：{url}\n密碼：{pc}\n參加者可獲得專屬優惠。'),
    'pl': dict(sum='Konferencja {vendor} {year}', subj='Potwierdzenie rejestracji – {vendor} {year}', body='Dziękujemy za rejestrację na konferencję {vendor} {year}.\nWstęp bezpłatny, liczba miejsc ograniczona.\nAgenda: {url}', loc='{venue}'),
    'hi': dict(sum='वेबिनार: {topic_hi}', subj='पंजीकरण की पुष्टि: {topic_hi}', body='नमस्ते {first},\nहमारे निःशुल्क वेबिनार के लिए पंजीकरण करने हेतु धन्यवाद।\nजुड़ने का लिंक: {url}\nपासकोड: {pc}'),
}


def h_webinar(c):
    r = c.rng
    vendor = r.choice(['Cloudrise', 'Datavane', 'Ledgerly', 'Opsgrid', 'Brightmetrics', 'Fernweh Analytics', 'Quillstack'])
    vdom = vendor.lower() + r.choice(['.io', '.com', '.example'])
    T = pick_t(c, WEB_EN, WEB_OTHER)
    start = c.start(3, 40, hours=(9, 10, 15, 16, 17))
    V = dict(vendor=vendor, topic=r.choice(['Zero-trust networking in practice', 'Month-end close in 3 days', 'Kubernetes cost control', 'GDPR for marketing teams', 'AI for customer support']),
             topic_de='Rechnungsworkflows automatisieren', topic_ja='請求書業務のデジタル化', topic_zh='中小企業的資安防護', topic_hi='छोटे व्यवसायों के लिए क्लाउड सुरक्षा',
             first=c.rcpt_person[0].split(' ')[0] if c.lang not in ('zh-tw', 'ja') else c.rcpt_person[0], when=when_text({'lang': c.lang}, {'start': start, 'dur': 60, 'tz': c.tz}),
             pc=c.digits(6), year=c.arrival.year + (1 if c.arrival.month > 9 else 0), code=c.digits(2), venue=r.choice(['ExCeL London', 'Messe Berlin, Halle 4', 'Moscone West, San Francisco', 'EXPO XXI Warszawa']),
             url='')
    if c.client == 'zoom':
        V['url'] = 'https://us0%dweb.zoom.us/w/%s?tk=%s' % (r.randint(2, 6), c.digits(11), c.tok(40))
    elif c.client in ('exchange', 'outlook'):
        V['url'] = 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0' % c.tok(40)
    else:
        V['url'] = 'https://events.%s/%s/%s' % (vdom, r.choice(['live', 'join', 'webinar', 'e']), c.tok(8))
    frm, kw = ham_sender(c, 'org', org=(vendor, vdom), name=r.choice(['%s Events' % vendor, '%s Webinars' % vendor, c.person()[0]]),
                         local=r.choice(['events', 'webinars', 'marketing', None]))
    if c.client == 'zoom':
        kw['zoom_host'] = vendor
    M = make(c, frm, kw, T, V, start, r.choice([45, 60, 90, 480]))
    if c.client == 'zoom':
        M['subject'] = None
    n = r.randint(0, 1) and r.randint(150, 700)
    if n and c.client != 'zoom':
        doms = ['example.com', 'example.org', 'example.net'] + [o[1] for l in ('en', 'de', 'fr', 'nl') for o in ORGS[l]]
        att = []
        for _ in range(n):
            p = c.person(r.choice(['en', 'de', 'fr', 'es', 'nl']))
            e = c.mk_email(p, r.choice(doms), corp=True)
            att.append((p[0], e))
        M['attendees'] = att
        M['desc_line'] = 'Vendor event with %d attendees (%s)' % (n, vendor)
    else:
        M['desc_line'] = 'Vendor webinar/conference registration (%s)' % vendor
    if c.client == 'exchange':
        M['ev']['teams'] = V['url']
    if c.client in ('webapp', 'nextcloud') and r.random() < .7:
        M['ev']['conference'] = (V['url'], r.choice(['Join webinar', 'Join', 'Livestream']), 'VIDEO')
    if c.client == 'webapp':
        M['prodid'] = r.choice(['-//%s//Events//EN' % vendor, '-//ON24//Webcast//EN', '-//Cvent//Attendee Hub//EN', '-//%s Inc//Marketing Automation 5.1//EN' % vendor])
        M['layout'] = r.choice(['mixed_html_ics', 'mixed_alt_ics'])
        M['xhdrs'] = [('List-Unsubscribe', '<https://go.%s/unsubscribe/%s>' % (vdom, c.tok(20))), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
    return M


# =========================================================== 4 school / church / club series (free mail, no end)
COMM_EN = [
    dict(sum='U11 football training', body='Hi parents, training every Tuesday 5:30-6:45pm at the rec ground. Please bring water, shin pads and a coat. Subs are $40 per term - bank transfer details from the treasurer, or cash to me. Free trial sessions for siblings!\nCoach {org}', loc='{venue}'),
    dict(sum='Sunday service & coffee', body='Weekly reminder for our Sunday service, followed by coffee and cake in the church hall. Everyone welcome, free entry. Donations via the plate or online: {url}', loc='{church}'),
    dict(sum='Book club', body='Monthly book club - first Thursday of the month. This month: "{book}". Bring a snack to share!', loc='{home}'),
    dict(sum='Choir rehearsal', body='Rehearsals continue every Wednesday. Please arrive 10 minutes early to warm up. Music folders are in the cupboard.', loc='{church}'),
    dict(sum='PTA meeting', body='Monthly PTA meeting - all parents welcome. Agenda: summer fair, offer of free uniform swap, fundraising totals. Minutes will be emailed afterwards.', loc='{school} library'),
]
COMM_OTHER = {
    'es': dict(sum='Entrenamiento alevín', body='Hola familias: entrenamiento todos los martes y jueves de 18:00 a 19:30. Cuota trimestral 45 € (Bizum al tesorero). ¡Traed agua!', loc='{venue}'),
    'pt': dict(sum='Ensaio do coral', body='Ensaios toda quarta-feira às 19h30. Entrada livre para novos membros!', loc='Igreja Matriz'),
    'ko': dict(sum='주일 예배 및 성경공부', body='매주 일요일 오전 11시 예배, 이후 점심 식사와 성경공부가 있습니다. 누구나 환영합니다.', loc='새소망교회 본당'),
    'ru': dict(sum='Тренировка по плаванию', body='Напоминание: тренировки каждую субботу в 10:00. Не забудьте шапочку и справку. Оплата за месяц — 3 000 руб. переводом тренеру.', loc='Бассейн «Олимп»'),
    'nl': dict(sum='Hockeytraining MB1', body='Beste ouders, training elke woensdag 16:30-17:45. Graag bidon en beschermers meenemen. Contributie graag vóór 1 oktober overmaken.', loc='Sportpark De Weide'),
    'he': dict(sum='חוג שחמט', body='חוג שחמט לילדים בכל יום שני בשעה 17:00. ההשתתפות חינם לחברי המתנ"ס.', loc='מתנ"ס השכונה'),
    'pl': dict(sum='Próba chóru', body='Próby w każdy czwartek o 19:00 w salce parafialnej. Zapraszamy nowe osoby – udział bezpłatny!', loc='Parafia św. Józefa'),
}


def h_community(c):
    r = c.rng
    T = pick_t(c, COMM_EN, COMM_OTHER)
    start = c.start(1, 14, hours=(10, 17, 18, 19), weekday=False)
    V = dict(venue=r.choice(['Hilltop Rec Ground', 'Campo Municipal Las Rozas', 'Westfield Park pitch 2']), org=c.rcpt_person[0].split(' ')[0],
             url='https://www.%s/give' % r.choice(['stmarkschurch.org.uk', 'gracecommunity.example', 'hopechapel.org']),
             church=r.choice(['St Mark\'s Church Hall', 'Grace Community Church', 'Hope Chapel']), book=r.choice(['The Overstory', 'Klara and the Sun', 'Lessons in Chemistry']),
             home=r.choice(['Jenny\'s house', '14 Elm Close', 'The Coffee Loft']), school=r.choice(['Oakfield Primary', 'Riverside Elementary']))
    frm, kw = ham_sender(c, 'free')
    if c.client == 'nextcloud':
        # a family / club's own Nextcloud
        fam = c.person()[2]
        kw = {'svc': 'own', 'nc_host': 'cloud.%s-family.example' % fam}
        frm = (frm[0], '%s@%s-family.example' % (c.person()[1], fam))
    M = make(c, frm, kw, T, V, start, r.choice([60, 75, 90, 120]))
    day = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][start.weekday()]
    M['ev']['rrule'] = r.choice(['FREQ=WEEKLY;BYDAY=%s' % day, 'FREQ=WEEKLY', 'FREQ=WEEKLY;WKST=MO;BYDAY=%s' % day,
                                 'FREQ=MONTHLY;BYDAY=1%s' % day, 'FREQ=WEEKLY;INTERVAL=1;BYDAY=%s' % day])
    n = r.randint(6, 40)
    M['attendees'] = [(lambda p: (p[0], c.mk_email(p, r.choice(['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'hotmail.com']), free=True)))(c.person()) for _ in range(n)]
    M['desc_line'] = 'Open-ended recurring community series from free mail (%d guests)' % n
    return M


# =========================================================== 5 IT notices (maintenance, password expiry, MFA)
IT_EN = [
    dict(sum='Planned maintenance: email and VPN unavailable', body='Dear colleagues,\nDuring the maintenance window the email service and VPN will be unavailable. Please save your work and log off before the start. No action is required otherwise.\nStatus page: {url}\nIT Service Desk, ext. {ext}'),
    dict(sum='Reminder: your password expires in 7 days', body='This is an automated reminder from IT. Your network password expires in 7 days.\nChange it on a domain-joined PC with Ctrl+Alt+Del > Change a password, or via the self-service portal on the intranet: {url}\nIT will never ask for your password by email or phone.'),
    dict(sum='MFA enrolment drop-in session', body='We are moving all staff to the Authenticator app. Drop by with your phone and we will set it up with you. Instructions are on the intranet: {url}'),
    dict(sum='Server patching window - Finance systems', body='Monthly patching of the finance application servers. Expect up to 30 minutes of downtime. Change ticket CHG{chg}.'),
    dict(sum='Laptop refresh - your appointment', body='Your new laptop is ready. Please bring your old device and charger to the IT desk. Migration takes about 45 minutes.\nTicket: RITM{chg}'),
]
IT_OTHER = {
    'de': dict(sum='Wartungsfenster: E-Mail und VPN nicht verfügbar', body='Liebe Kolleginnen und Kollegen,\nim Wartungsfenster sind E-Mail und VPN nicht erreichbar. Bitte speichern Sie Ihre Arbeit vorher. Es ist keine Aktion Ihrerseits erforderlich.\nIT-Servicedesk, Durchwahl {ext}'),
    'fr': dict(sum='Expiration de votre mot de passe', body='Votre mot de passe Windows expire dans 7 jours. Changez-le depuis un poste du domaine (Ctrl+Alt+Suppr) ou via le portail interne {url}.\nLa DSI ne vous demandera jamais votre mot de passe par e-mail.'),
    'ru': dict(sum='Плановые работы на серверах 1С', body='Коллеги, в указанное время будут проводиться плановые работы. Сервер 1С будет недоступен около часа. Заявка CHG{chg}.'),
    'ar': dict(sum='صيانة مجدولة للبريد الإلكتروني', body='الزملاء الأعزاء،\nستكون خدمة البريد الإلكتروني غير متاحة أثناء فترة الصيانة. لا يلزم اتخاذ أي إجراء.\nمكتب خدمة تقنية المعلومات، تحويلة {ext}'),
    'zh': dict(sum='系统维护通知：邮件服务暂停', body='各位同事：\n维护期间邮件和VPN服务将暂停，请提前保存工作。如有疑问请联系IT服务台，分机{ext}。'),
}


def h_itnotice(c):
    r = c.rng
    T = pick_t(c, IT_EN, IT_OTHER)
    org_dom = c.rcpt_domain
    start = c.start(1, 14, hours=(18, 19, 20, 21, 22, 9, 12), weekday=False)
    V = dict(url='https://%s.%s/%s' % (r.choice(['intranet', 'status', 'it', 'servicedesk']), org_dom, r.choice(['password', 'status', 'mfa', 'kb/1042'])),
             ext=r.randint(2000, 7999), chg=c.digits(7))
    frm, kw = ham_sender(c, 'org', org=('IT', org_dom), name=r.choice(['IT Service Desk', 'IT Operations', c.person()[0]]),
                         local=r.choice(['itsupport', 'servicedesk', 'it-operations', None]))
    if c.client == 'google':
        kw['svc'] = 'google'
    if c.client == 'exchange':
        kw['svc'] = 'o365'
    M = make(c, frm, kw, T, V, start, r.choice([60, 120, 180, 240]))
    M['show_rcpt'] = r.random() < .5
    if not M['show_rcpt']:
        M['to'] = [('All Staff', 'allstaff@' + org_dom)]
        M['attendees'] = [('All Staff', 'allstaff@' + org_dom)]
    M['ev']['status'] = 'CONFIRMED'
    if c.client == 'webapp':
        M['prodid'] = r.choice(['-//ServiceNow//Change Calendar//EN', '-//Atlassian//Jira Service Management//EN', '-//Freshservice//Maintenance//EN'])
        M['layout'] = 'mixed_alt_ics'
    M['desc_line'] = 'IT maintenance/password/MFA notice from own IT'
    return M


# =========================================================== 6 colleagues sharing documents
DOCM_EN = [
    dict(sum='Review: {doc}', body='Hi both,\nI\'ve put the draft in the shared folder so we can go through it together: {url}\nComments welcome beforehand - especially on section 3.\n{me}'),
    dict(sum='{proj} - weekly sync', body='Agenda + notes doc: {url}\nPlease add your updates before the call.'),
    dict(sum='Budget walkthrough', body='Sharing the budget workbook ahead of the meeting: {url}\n(view access for everyone in the org; ping me if it asks you to request access)'),
    dict(sum='Contract redlines with {partner}', body='Hi,\nAttached link is the latest redline from {partner}\'s counsel: {url}\nLet\'s agree our position before we go back to them.\nThanks,\n{me}'),
]
DOCM_OTHER = {
    'nl': dict(sum='Review: {doc}', body='Hoi allemaal,\nHet concept staat in de gedeelde map: {url}\nGraag vooraf opmerkingen toevoegen.\n{me}'),
    'it': dict(sum='Revisione offerta {partner}', body='Ciao,\nho caricato la bozza dell\'offerta nella cartella condivisa: {url}\nVediamola insieme giovedì.\n{me}'),
    'cs': dict(sum='Kontrola rozpočtu {proj}', body='Ahoj,\nrozpočet je ve sdílené složce: {url}\nProjdeme ho spolu na schůzce.\n{me}'),
    'tr': dict(sum='{proj} – haftalık toplantı', body='Merhaba,\ngündem ve notlar dokümanı: {url}\nLütfen toplantıdan önce güncellemelerinizi ekleyin.'),
    'el': dict(sum='Σχέδιο σύμβασης με {partner}', body='Καλημέρα,\nτο σχέδιο της σύμβασης βρίσκεται εδώ: {url}\nΑς το συζητήσουμε στη συνάντηση.\n{me}'),
    'ja': dict(sum='{proj} 定例会議', body='お疲れさまです。\n議事録と資料はこちらにあります：{url}\n事前にご確認ください。\n{me}'),
}


def h_docmeet(c):
    r = c.rng
    T = pick_t(c, DOCM_EN, DOCM_OTHER)
    dom = c.rcpt_domain
    me = c.person()
    frm = (me[0], c.mk_email(me, dom, corp=True))
    kw = {}
    if c.client in ('outlook', 'thunderbird', 'apple', 'zimbra', 'sogo', 'nextcloud'):
        kw['svc'] = 'own'
    if c.client == 'nextcloud':
        kw['nc_host'] = 'cloud.' + dom
    if c.client == 'google':
        url = 'https://docs.google.com/%s/d/1%s/edit?usp=sharing' % (r.choice(['document', 'spreadsheets', 'presentation']), c.tok(43))
    elif c.client in ('exchange', 'outlook'):
        t = dom.split('.')[0].replace('-', '')
        url = 'https://%s.sharepoint.com/:%s:/s/%s/E%s?e=%s' % (t, r.choice(['w', 'x', 'p', 'b']), r.choice(['Finance', 'Projects', 'Legal', 'Team']), c.tok(46), c.tok(6))
    elif c.client == 'nextcloud':
        url = 'https://%s/s/%s' % (kw['nc_host'], c.tok(15))
    else:
        url = 'https://files.%s/share/%s' % (dom, c.tok(12))
    V = dict(doc=r.choice(['Q3 board pack', 'Policy draft v4', 'Tender response', 'Annual report text']), url=url, me=me[0].split(' ')[0],
             proj=r.choice(['Atlas', 'Harbour', 'Lighthouse', 'Phoenix', 'Nordlicht']), partner=c.org(lang='en')[0])
    M = make(c, frm, kw, T, V, c.start(1, 10), r.choice([30, 45, 60]))
    M['attendees'] = [colleague(c) for _ in range(r.randint(1, 6))]
    if c.client == 'exchange' and r.random() < .6:
        M['ev']['teams'] = 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d' % (c.tok(40), c.uuid())
        M['ev']['location'] = 'Microsoft Teams Meeting'
    if c.client == 'google' and r.random() < .7:
        M['ev']['meet'] = 'https://meet.google.com/%s-%s-%s' % (c.tok(3).lower(), c.tok(4).lower(), c.tok(3).lower())
        M['ev']['attach'] = [(url, 'application/vnd.google-apps.document', V['doc'])]
    M['desc_line'] = 'Colleague meeting with shared-document link'
    return M


# =========================================================== 7 finance reminders and bank-detail warnings
FIN_EN = [
    dict(sum='Month-end close: AP payment run', body='Reminder: AP payment run cut-off is 12:00. Invoices not approved in the system by then will go in next week\'s run.\nReminder as always: we never change supplier bank details based on an email or phone call. Any change request must be verified by calling the supplier on the number already on file.'),
    dict(sum='Payroll cut-off', body='Payroll cut-off for this month. Please submit overtime and expense claims by the end of today. Bank detail changes for employees are only accepted through the HR portal with MFA - not by email.'),
    dict(sum='Invoice {inv} due - {client}', body='Hi,\nFriendly reminder that invoice {inv} for {amt} is due on {due}. Payment details are unchanged and are printed on the invoice. If you receive any message claiming our bank details have changed, please call us on {phone} before paying.\nThanks,\n{me}\nAccounts Receivable'),
    dict(sum='Fraud awareness: supplier bank-detail scams', body='15-minute briefing for everyone who handles payments. We have seen several fake "updated remittance details" requests this quarter. We will cover how to verify and who to escalate to.'),
    dict(sum='Quarterly VAT return review', body='Let\'s review the draft VAT return before submission. Figures are in the finance share. Payment of {amt} will be made by direct debit on {due}.'),
]
FIN_OTHER = {
    'fr': dict(sum='Clôture mensuelle : campagne de paiements', body='Rappel : la campagne de paiements fournisseurs est clôturée à 12 h. Rappel important : nous ne modifions jamais les coordonnées bancaires d\u2019un fournisseur sur simple e-mail. Toute demande doit être vérifiée par téléphone au numéro déjà connu.'),
    'es': dict(sum='Recordatorio: factura {inv} vence el {due}', body='Hola,\nle recordamos que la factura {inv} por importe de {amt_eur} vence el {due}. Nuestros datos bancarios no han cambiado. Si recibe un correo indicando lo contrario, llámenos antes de pagar al {phone_l}.\nUn saludo,\nAdministración'),
    'de': dict(sum='Zahllauf Kreditoren', body='Erinnerung: Zahllauf heute, Freigaben bitte bis 12 Uhr. Achtung: Änderungen von Bankverbindungen nur nach telefonischer Rückbestätigung mit der bekannten Nummer – niemals allein auf E-Mail-Basis.'),
    'pl': dict(sum='Zamknięcie miesiąca – przelewy', body='Przypomnienie: przelewy do dostawców wysyłamy dziś do 12:00. Nie zmieniamy numerów kont na podstawie samego e-maila – każdą zmianę potwierdzamy telefonicznie.'),
    'zh-tw': dict(sum='月結付款提醒', body='提醒：本月供應商付款截止時間為中午12點。若收到要求變更匯款帳戶的郵件，請務必以原有電話號碼向供應商確認，切勿直接更改。'),
}


def h_finance(c):
    r = c.rng
    T = pick_t(c, FIN_EN, FIN_OTHER)
    dom = c.rcpt_domain
    external = '{client}' in T['sum']
    org = c.org() if external else ('Finance', dom)
    frm, kw = ham_sender(c, 'org', org=org, name=None)
    V = dict(inv='INV-%s' % c.digits(5), client=c.rcpt_domain.split('.')[0].replace('-', ' ').title(), amt=r.choice(['£4,860.00', '$12,400.00', '€7.250,00', '$980.50']),
             amt_eur=r.choice(['3.480,00 €', '12.150,00 €']), due=(c.arrival + dt.timedelta(days=r.randint(5, 20))).strftime('%d/%m/%Y'),
             phone=phone_intl(c, 'en'), phone_l=phone_intl(c, c.lang), me=frm[0])
    M = make(c, frm, kw, T, V, c.start(1, 12, hours=(9, 10, 11, 14)), r.choice([15, 30, 60]))
    M['attendees'] = [colleague(c) for _ in range(r.randint(0, 8))]
    if c.client == 'webapp':
        M['prodid'] = r.choice(['-//Xero//Reminders//EN', '-//InvoiceNinja//Invoice Reminder//EN', '-//Sage//Payments//EN'])
        M['layout'] = 'mixed_html_ics'
        M['ev']['allday'] = True
    M['desc_line'] = 'Finance reminder / bank-detail fraud warning'
    return M


# =========================================================== 8 recruiters and interviews
REC_EN = [
    dict(sum='Interview: {role} - {company}', body='Hi {first},\nThank you for applying for the {role} position. I\'d like to invite you to a 45-minute video interview with {hm}, our Head of {dept}.\nJoin: {url}\nIf the time doesn\'t work, just pick another slot here: {sched}\nBest,\n{me}\nTalent Acquisition, {company}'),
    dict(sum='Intro call - {role} opportunity', body='Hi {first},\nGreat to connect on LinkedIn. As mentioned, I\'m recruiting for a {role} role with a client in {city} (hybrid, competitive salary + bonus). Sending a 20-minute slot for an intro call - happy to move it.\n{me}\n{agency}'),
    dict(sum='Second-round interview - {company}', body='Congratulations on progressing to the second round. This is an on-site interview with the team (about 2 hours). Please bring photo ID to reception. Travel expenses will be reimbursed.\n{me}', loc='{company}, {city} office'),
    dict(sum='Technical interview ({role})', body='Hi {first}, calendar invite for your technical interview. You will pair with one of our engineers in a shared coding environment; no preparation required. Link: {url}'),
]
REC_OTHER = {
    'hi': dict(sum='साक्षात्कार: {role} – {company}', body='नमस्ते {first},\n{role} पद के लिए आवेदन करने हेतु धन्यवाद। आपका ऑनलाइन साक्षात्कार निर्धारित किया गया है।\nलिंक: {url}\nशुभकामनाएँ,\n{me}'),
    'ru': dict(sum='Собеседование: {role}', body='Здравствуйте, {first}!\nПриглашаем вас на собеседование на позицию «{role}». Ссылка для подключения: {url}\nС уважением,\n{me}, HR'),
    'nl': dict(sum='Sollicitatiegesprek {role}', body='Beste {first},\nBedankt voor je sollicitatie. Graag nodigen we je uit voor een gesprek met het team.\nLink: {url}\nGroet,\n{me}'),
    'th': dict(sum='นัดสัมภาษณ์งาน ตำแหน่ง {role}', body='เรียน คุณ{first}\nขอบคุณที่สนใจร่วมงานกับเรา ขอเชิญสัมภาษณ์งานออนไลน์ตามวันเวลาที่ระบุ\nลิงก์: {url}\n{me}'),
}


def h_recruit(c):
    r = c.rng
    T = pick_t(c, REC_EN, REC_OTHER)
    company = c.org()
    agency = r.choice([('Harlow Search', 'harlowsearch.co.uk'), ('Peak Talent Partners', 'peaktalent.example'), ('Nexa Recruitment', 'nexa-recruit.com')])
    use_agency = '{agency}' in T['body']
    o = agency if use_agency else company
    frm, kw = ham_sender(c, 'org', org=o)
    if c.client in ('yahoo', 'icloud'):
        frm, kw = ham_sender(c, 'person')
    V = dict(first=c.rcpt_person[0].split(' ')[0] if c.lang not in ('zh',) else c.rcpt_person[0], role=r.choice(['Senior Data Analyst', 'Product Manager', 'Finance Controller', 'Backend Engineer', 'HR Business Partner']),
             company=company[0], hm=c.person()[0], dept=r.choice(['Data', 'Product', 'Finance', 'Engineering']), me=frm[0], agency=agency[0],
             city=r.choice(['London', 'Berlin', 'Amsterdam', 'Austin', 'Dublin']), url='', sched='https://%s/careers/schedule/%s' % (company[1], c.tok(12)))
    if c.client == 'google':
        V['url'] = 'https://meet.google.com/%s-%s-%s' % (c.tok(3).lower(), c.tok(4).lower(), c.tok(3).lower())
    elif c.client in ('exchange', 'outlook'):
        V['url'] = 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0' % c.tok(40)
    else:
        V['url'] = 'https://us0%dweb.zoom.us/j/%s?pwd=%s' % (r.randint(2, 6), c.digits(11), c.tok(32))
    M = make(c, frm, kw, T, V, c.start(2, 14, hours=(9, 10, 11, 14, 15, 16)), r.choice([20, 30, 45, 60, 120]))
    if c.client == 'google' and 'meet.google' in V['url']:
        M['ev']['meet'] = V['url']
    if c.client == 'exchange':
        M['ev']['teams'] = V['url']
    if c.client == 'zoom':
        M['zoom_host'] = company[0]
        M['subject'] = None
    if c.client in ('webapp', 'nextcloud') and r.random() < .6:
        M['ev']['conference'] = (V['url'], 'Join interview', 'AUDIO,VIDEO')
    if c.client == 'webapp':
        M['prodid'] = r.choice(['-//Greenhouse//Interview Scheduler//EN', '-//Lever//Interviews//EN', '-//Calendly//Calendly 1.0//EN', '-//SmartHire//ATS 2//EN'])
        M['layout'] = r.choice(['alt3', 'mixed_alt_ics'])
        M['method'] = 'REQUEST'
    M['desc_line'] = 'Recruiter/interview scheduling (%s)' % ('agency' if use_agency else 'employer')
    return M


# =========================================================== 9 forwarded invitations
FWD_EN = [
    dict(sum='{proj} kick-off', note='FYI - forwarding this as you should join too. Let me know if you can\'t make it.', inner='Kick-off for {proj}. Agenda to follow.'),
    dict(sum='Customer visit - {cust}', note='Can you cover this one for me? I\'m on leave that week.', inner='On-site visit to discuss the renewal. Parking available on site.'),
    dict(sum='Board dinner', note='Forwarding the invite from the chair\'s office - please add to your calendar.', inner='Dinner for board members and executive team. Dress code: business.'),
    dict(sum='Training: first aid refresher', note='fwd from HR, slots are limited', inner='Annual first-aid refresher. Lunch provided. Please bring comfortable clothes.'),
]
FWD_OTHER = {
    'it': dict(sum='Riunione kick-off {proj}', note='Ti inoltro l\'invito, dovresti partecipare anche tu.', inner='Kick-off del progetto {proj}. Seguirà l\'agenda.'),
    'ar': dict(sum='زيارة عميل – {cust}', note='أعيد توجيه الدعوة إليك، هل يمكنك الحضور بدلاً مني؟', inner='زيارة ميدانية لمناقشة تجديد العقد.'),
    'ko': dict(sum='{proj} 착수 회의', note='참고로 전달드립니다. 함께 참석 부탁드립니다.', inner='{proj} 프로젝트 착수 회의입니다. 안건은 추후 공유드리겠습니다.'),
    'el': dict(sum='Εκπαίδευση πρώτων βοηθειών', note='Σου προωθώ την πρόσκληση από το HR.', inner='Ετήσια επανεκπαίδευση πρώτων βοηθειών. Θα προσφερθεί γεύμα.'),
}


def h_forward(c):
    """A colleague forwards an invitation they received."""
    r = c.rng
    T = pick_t(c, FWD_EN, FWD_OTHER)
    V = dict(proj=r.choice(['Atlas', 'Meridian', 'Keystone', 'Nordstern']), cust=c.org(lang='en')[0])
    dom = c.rcpt_domain
    fw = c.person()
    fw_addr = (fw[0], c.mk_email(fw, dom, corp=True))
    orig_org = c.org()
    op = c.person()
    orig = (op[0], c.mk_email(op, orig_org[1], corp=True))
    start = c.start(3, 20)
    summ = fill(T['sum'], V)
    inner_text = fill(T['inner'], V)
    note = fill(T['note'], V)
    if c.client in ('exchange', 'outlook'):
        # Outlook "Forward" of a meeting: a new request with the original organizer
        kw = {'svc': 'o365' if c.client == 'exchange' else 'own'}
        M = base_M(c, fw_addr, summ, note, start, 60, r.choice(['Room 2.14', orig_org[0] + ' HQ', None]), None, **kw)
        M['org'] = orig
        M['subject'] = ('FW: ' if c.lang == 'en' else r.choice(['FW: ', 'WG: ', 'I: ', 'RV: ', 'TR: '])) + summ
        M['plain'] = '%s\n\n-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n\n%s' % (
            note, orig[0], orig[1], (c.arrival - dt.timedelta(days=2)).strftime('%A, %B %d, %Y %I:%M %p'), fw_addr[0], summ,
            when_text(M, M['ev']), M['ev'].get('location') or '', inner_text)
        M['ev']['description'] = M['plain']
        M['ev']['olk_sender'] = fw_addr if c.client == 'outlook' else None
        M['attendees'] = [(fw_addr[0], fw_addr[1], 'ACCEPTED')]
        M['desc_line'] = 'Outlook-forwarded meeting request from a colleague'
        return M
    # build the original invitation as received by the colleague
    inner_c_client = r.choice(['google', 'exchange', 'zimbra', 'thunderbird'])
    ic = type(c)(r, c.label, c.cat, c.lang, inner_c_client, c.arrival - dt.timedelta(hours=r.randint(3, 60)), c.idx, c.var)
    ic.rcpt = fw_addr
    ic.rcpt_domain = dom
    ikw = {}
    if inner_c_client in ('zimbra', 'thunderbird'):
        ikw['svc'] = 'own'
    iM = base_M(ic, orig, summ, inner_text, start, 60, r.choice(['Room 2.14', orig_org[0] + ' HQ', None]), None, **ikw)
    inner_bytes, _ = render(iM, r)
    ics, mp = build_ics(inner_c_client if inner_c_client != 'exchange' else 'exchange', iM, r, 'REQUEST')
    frm, kw = fw_addr, {}
    if c.client in ('thunderbird', 'apple', 'zimbra', 'sogo', 'nextcloud'):
        kw['svc'] = 'own'
    if c.client == 'google':
        kw['svc'] = 'google'
        kw['topts'] = {'gmail': True}
    M = base_M(c, frm, summ, note, start, 60, None, None, **kw)
    M['ev'] = iM['ev']
    isubj = iM.get('subject') or summ
    pre = {'en': 'Fwd: ', 'it': 'I: ', 'ar': 'Fwd: ', 'ko': 'Fwd: ', 'el': 'Fwd: '}.get(c.lang, 'Fwd: ')
    fwd_hdr = '---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s <%s>\n' % (
        orig[0], orig[1], (c.arrival - dt.timedelta(hours=5)).strftime('%a, %b %d, %Y at %I:%M %p'), isubj, fw_addr[0], fw_addr[1])

    def rf(M, S, rng, method):
        subj = pre + ('Invitation: ' + summ if inner_c_client == 'google' else summ)
        if c.client == 'thunderbird':
            att = RFC822(inner_bytes, disp='attachment; filename="%s.eml"' % summ.replace('"', ''))
            top = Multi('mixed', [body_leaf(note + '\n', 'plain', M), att], '------------' + ralnum(rng, 24))
            H = common_hdrs(M, S, rng, 'thunderbird', subj, extra_after=[('MIME-Version', '1.0'), ('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%s) Gecko/20100101 Thunderbird/%s' % (TB[c.arrival.year].rsplit('.', 1)[0], TB[c.arrival.year]))])
            return H, top
        txt = note + '\n\n' + fwd_hdr + '\n' + inner_text + '\n'
        html = '<div dir="ltr">%s<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div><br>%s</div></div>' % (
            note, fwd_hdr.replace('\n', '<br>'), inner_text)
        b1 = '000000000000' + rhex(rng, 16, False)
        b2 = '000000000000' + rhex(rng, 16, False)
        alt = Multi('alternative', [body_leaf(txt, 'plain', M), body_leaf(html, 'html', M, cte='quoted-printable')], b2)
        att = Leaf('application/ics; name="invite.ics"', ics, 'base64', disp='attachment; filename="invite.ics"',
                   extra_after=[('Content-ID', '<f_%s>' % rhex(rng, 9, False)), ('X-Attachment-Id', 'f_%s' % rhex(rng, 9, False))])
        top = Multi('mixed', [alt, att], b1)
        M2 = dict(M)
        H = common_hdrs(M2, S, rng, 'webapp', subj, extra_after=[])
        Hd = dict(H)
        Hd['Message-ID'] = '<CA%s@mail.gmail.com>' % ralnum(rng, 40)
        out = [('MIME-Version', '1.0'), ('References', iM.get('msgid') or '<%s@%s>' % (c.tok(20), orig_org[1])),
               ('In-Reply-To', None), ('From', Hd['From']), ('Date', Hd['Date']), ('Message-ID', Hd['Message-ID']),
               ('Subject', Hd['Subject']), ('To', Hd['To'])]
        if c.client == 'apple':
            out = [('From', Hd['From']), ('Content-Type', None), ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3774.500.171.1.1\\))'),
                   ('Subject', Hd['Subject']), ('Date', Hd['Date']), ('References', None), ('To', Hd['To']),
                   ('Message-Id', '<%s@%s>' % (c.uuid().upper(), dom)), ('X-Mailer', 'Apple Mail (2.3774.500.171.1.1)')]
        return out, top
    M['render_fn'] = rf
    M['desc_line'] = 'Invitation forwarded by a colleague (%s)' % ('as attachment' if c.client == 'thunderbird' else 'inline + invite.ics')
    return M


# =========================================================== 10 mailing-list copies
LIST_EN = [
    dict(sum='Monthly meetup: {topic}', body='Hi all,\nOur next meetup is on {when}. Talk: "{topic}" by {speaker}. Doors at 18:30, pizza sponsored by {sponsor}. Free, but please RSVP so we know numbers: {url}', loc='{venue}'),
    dict(sum='Working group call', body='Reminder of the fortnightly working group call. Agenda on the wiki: {url}\nDial-in details below. Everyone on the list is welcome.', loc='{url2}'),
    dict(sum='Release planning {ver}', body='Calendar invite for the release planning call for {ver}. Notes from last time are on the wiki. Anyone can join.', loc='{url2}'),
    dict(sum='Department seminar: {topic}', body='Speaker: {speaker}\nAbstract: {topic}. All welcome; coffee from 15:45.', loc='{venue}'),
]
LIST_OTHER = {
    'de': dict(sum='Stammtisch {topic_de}', body='Hallo zusammen,\nder nächste Stammtisch findet wie gewohnt statt. Thema: {topic_de}. Gäste willkommen!', loc='Gasthaus Krone'),
    'fr': dict(sum='Réunion du groupe de travail', body='Bonjour à tous,\nvoici l\u2019invitation pour la prochaine réunion du groupe de travail. Ordre du jour sur le wiki : {url}', loc='{url2}'),
    'cs': dict(sum='Seminář: {topic_cs}', body='Zveme vás na seminář katedry. Přednášející: {speaker}. Vstup volný.', loc='Posluchárna B2'),
    'ru': dict(sum='Встреча сообщества', body='Всем привет! Очередная встреча сообщества — доклад «{topic_ru}». Вход свободный, регистрация: {url}', loc='Коворкинг «Точка»'),
}


def h_list(c):
    r = c.rng
    T = pick_t(c, LIST_EN, LIST_OTHER)
    lst = r.choice([('devops-meetup', 'lists.techcommunity.example', 'DevOps Meetup'), ('wg-interop', 'lists.openstandards.example', 'Interop WG'),
                    ('seminar', 'listserv.univ-north.example', 'Dept Seminar'), ('members', 'mail.photoclub.example', 'Photo Club'),
                    ('dev', 'lists.libreproject.example', 'libreproject-dev')])
    start = c.start(3, 21, hours=(15, 16, 17, 18, 19))
    V = dict(topic=r.choice(['Observability on a budget', 'Postgres at scale', 'Reproducible builds', 'Bayesian methods in ecology']),
             topic_de='Heimautomation', topic_cs='Strojové učení v biologii', topic_ru='Асинхронный Python', speaker=c.person()[0],
             sponsor=r.choice(['Quillstack', 'Datavane', 'Opsgrid']), url='https://wiki.%s/%s' % (lst[1].split('.', 1)[1], c.tok(8)),
             url2='https://meet.jit.si/%s%s' % (lst[0].replace('-', ''), c.digits(4)), ver='v%d.%d' % (r.randint(1, 9), r.randint(0, 20)),
             venue=r.choice(['Room 1.01, Main Building', 'The Hub, 3rd floor', 'Lecture Theatre B']),
             when=when_text({'lang': c.lang}, {'start': start, 'dur': 90, 'tz': c.tz}))
    frm, kw = ham_sender(c, 'person')
    M = make(c, frm, kw, T, V, start, 90)
    M['list'] = dict(dom=lst[1], addr='%s@%s' % (lst[0], lst[1]), name=lst[2], tag=lst[0] if r.random() < .7 else None,
                     rewrite=r.random() < .4)
    M['show_rcpt'] = False
    M['to'] = [(None, M['list']['addr'])]
    M['attendees'] = [(lst[2], M['list']['addr'])]
    M['desc_line'] = 'Invitation received through mailing list %s (DKIM broken by list)' % lst[0]
    return M


# =========================================================== 11 replies / counters / cancellations
RC_EN = [
    dict(m='REPLY', ps='ACCEPTED', sum='{topic}', comment=''),
    dict(m='REPLY', ps='DECLINED', sum='{topic}', comment='Sorry, I\'m travelling that day - can we do Thursday?'),
    dict(m='REPLY', ps='TENTATIVE', sum='{topic}', comment='Might be 10 min late, coming from another meeting.'),
    dict(m='COUNTER', ps='TENTATIVE', sum='{topic}', comment='Could we move this one hour later?'),
    dict(m='CANCEL', ps='', sum='{topic}', comment='Cancelled on behalf of the organizer.'),
    dict(m='REPLY', ps='ACCEPTED', sum='{topic}', comment='See you there!'),
]
RC_OTHER = {
    'ja': dict(m='REPLY', ps='ACCEPTED', sum='{topic_ja}', comment='参加いたします。'),
    'zh': dict(m='REPLY', ps='DECLINED', sum='{topic_zh}', comment='抱歉，那天我出差，能改到周四吗？'),
    'tr': dict(m='REPLY', ps='TENTATIVE', sum='{topic_tr}', comment='Biraz gecikebilirim.'),
    'es': dict(m='CANCEL', ps='', sum='{topic_es}', comment='Cancelada en nombre del organizador.'),
    'pt': dict(m='REPLY', ps='ACCEPTED', sum='{topic_pt}', comment=''),
    'he': dict(m='REPLY', ps='DECLINED', sum='{topic_he}', comment='מצטער, אני בחופשה באותו שבוע.'),
}


def h_replycancel(c):
    r = c.rng
    T = pick_t(c, RC_EN, RC_OTHER)
    V = dict(topic=r.choice(['Q2 planning', 'Vendor review', 'Design critique', '1:1', 'Budget sign-off', 'Sprint retro']),
             topic_ja='四半期レビュー', topic_zh='项目周会', topic_tr='Bütçe toplantısı', topic_es='Revisión trimestral',
             topic_pt='Reunião de alinhamento', topic_he='פגישת תכנון רבעונית')
    summ = fill(T['sum'], V)
    method = T['m']
    # the recipient organised the meeting
    org = c.rcpt
    if c.client in ('yahoo', 'icloud'):
        frm, kw = ham_sender(c, 'person')
    elif method == 'CANCEL':
        # delegate/assistant cancels on behalf of the organizer (copy to organizer)
        frm = colleague(c)
        kw = {}
    else:
        ext = r.random() < .5
        if ext:
            frm, kw = ham_sender(c, 'person')
        else:
            frm, kw = colleague(c), {}
    if c.client in ('outlook', 'thunderbird', 'apple', 'zimbra', 'sogo', 'nextcloud') and frm[1].split('@')[1] not in ('icloud.com', 'me.com'):
        kw.setdefault('svc', 'own')
    if c.client == 'nextcloud':
        kw['nc_host'] = 'cloud.' + frm[1].split('@')[1]
    start = c.start(1, 14)
    M = base_M(c, frm, summ, T['comment'], start, r.choice([30, 60]), None, None, **kw)
    M['method'] = method
    M['org'] = org
    M['ev']['partstat'] = T['ps'] or 'ACCEPTED'
    M['ev']['comment'] = T['comment'] or None
    M['ev']['seq'] = r.choice([0, 0, 1, 2])
    M['ev']['noalarm'] = True
    M['ev']['description'] = None if method == 'REPLY' else T['comment']
    M['show_rcpt'] = method not in ('REPLY', 'CANCEL')
    if method == 'CANCEL':
        M['subject'] = None
        M['attendees'] = [colleague(c) for _ in range(r.randint(1, 4))]
        M['ev']['status'] = 'CANCELLED'
        M['ev']['seq'] = r.randint(1, 3)
    if method == 'COUNTER':
        M['ev']['start'] = start + dt.timedelta(hours=1)
        M['subject'] = 'New Time Proposed: ' + summ
    if method == 'REPLY' and c.client in ('google', 'outlook', 'exchange'):
        M['plain'] = T['comment'] or ''
    M['desc_line'] = '%s %s for a meeting the recipient organised' % (method, T['ps'] or '')
    M['desc_line'] = M['desc_line'].replace('  ', ' ')
    return M


# =========================================================== 12 friends and family
PERS_EN = [
    dict(sum='{name}\'s birthday BBQ \U0001F389', body='You\'re invited! Burgers, cake and games in the garden. Bring a chair if you have one. Kids welcome. RSVP so I know how many sausages to buy :)', loc='{addr}'),
    dict(sum='Dinner at ours', body='Finally! Come over around 7. I\'m making lasagne, you bring dessert?', loc='{addr}'),
    dict(sum='Mum\'s 70th - surprise!', body='Shh - it\'s a surprise. Please arrive by 12:30. We\'ve booked the back room. Contribution for the gift: £20 to my account if you can.', loc='{pub}'),
    dict(sum='Flights home for Christmas', body='Put this in your calendar so you don\'t forget to pick us up from the airport! Flight lands at {time}.', loc='Arrivals, Terminal 2'),
]
PERS_OTHER = {
    'ru': dict(sum='День рождения Маши \U0001F382', body='Приходите в субботу к 15:00! Будет торт и шашлыки. Дети приветствуются.', loc='Дача, СНТ «Березка»'),
    'el': dict(sum='Γιορτή του Γιώργου', body='Σας περιμένουμε στο σπίτι για φαγητό και κρασί! Φέρτε μόνο καλή διάθεση.', loc='Σπίτι μας'),
    'ar': dict(sum='عشاء عائلي', body='ندعوكم لتناول العشاء معنا يوم الجمعة بعد صلاة المغرب. نتطلع لرؤيتكم!', loc='منزل العائلة'),
    'hi': dict(sum='दिवाली मिलन', body='आप सभी सपरिवार आमंत्रित हैं! शाम 7 बजे से पूजा और भोजन।', loc='हमारा घर'),
    'th': dict(sum='งานทำบุญขึ้นบ้านใหม่', body='ขอเชิญมาร่วมงานทำบุญขึ้นบ้านใหม่ เริ่ม 7 โมงเช้า มีอาหารเลี้ยงหลังพิธี', loc='บ้านใหม่ หมู่บ้านสวนธน'),
    'zh-tw': dict(sum='同學會聚餐', body='好久不見！大家一起吃個飯吧，已訂好包廂。', loc='鼎泰豐 信義店'),
    'ko': dict(sum='엄마 생신 가족 모임', body='이번 주 토요일 저녁 6시, 식당 예약해 뒀어요. 늦지 마세요!', loc='한정식 고궁'),
    'pl': dict(sum='Grill u nas', body='Zapraszamy na grilla w sobotę od 16:00! Przynieście dobry humor.', loc='Ogródek u Kasi'),
}


def h_personal(c):
    r = c.rng
    T = pick_t(c, PERS_EN, PERS_OTHER)
    V = dict(name=r.choice(['Tom', 'Ellie', 'Sam', 'Ava']), addr=r.choice(['12 Willow Lane', '48 Harbour Road', 'Flat 3, 9 Elm Street']),
             pub=r.choice(['The Red Lion', 'The Crown & Anchor']), time=r.choice(['18:05', '21:40', '07:55']))
    frm, kw = ham_sender(c, 'person')
    start = c.start(2, 30, hours=(12, 13, 15, 18, 19), weekday=False)
    M = make(c, frm, kw, T, V, start, r.choice([120, 180, 240]))
    M['attendees'] = [(lambda p: (p[0], c.mk_email(p, r.choice(['gmail.com', 'icloud.com', 'yahoo.com', 'outlook.com']), free=True)))(c.person()) for _ in range(r.randint(0, 9))]
    M['desc_line'] = 'Personal invitation between friends/family'
    return M


# =========================================================== 13 support callbacks that were requested
SUP_EN = [
    dict(sum='Callback: case {case}', body='Hi {first},\nAs requested, one of our support engineers will call you at the number you provided (ending {last4}) at the time below regarding case {case}.\nWe will never ask for your password or for remote access you did not request.\nIf you need to reschedule reply to this email.\n{vendor} Support'),
    dict(sum='Support session: {product} onboarding', body='Thanks for booking an onboarding session. Your specialist will join via the link below and share their screen.\n{url}\nCase {case}'),
    dict(sum='Scheduled call with your account manager', body='Hi {first}, here is the call you booked through the customer portal. We\'ll call {phone}. Topic: renewal options and licence count.'),
    dict(sum='Technician visit - ticket {case}', body='Our engineer will visit between 08:00 and 12:00 to repair your broadband line. They will carry photo ID. No payment is due for this visit.', loc='{addr}'),
]
SUP_OTHER = {
    'fr': dict(sum='Rappel téléphonique – dossier {case}', body='Bonjour {first},\ncomme convenu, un conseiller vous rappellera au numéro indiqué (se terminant par {last4}) concernant le dossier {case}. Nous ne vous demanderons jamais votre mot de passe.\nLe service client {vendor}'),
    'es': dict(sum='Llamada programada – incidencia {case}', body='Hola {first}:\nun técnico le llamará en la franja indicada para revisar la incidencia {case}. No le pediremos contraseñas.'),
    'pt': dict(sum='Visita técnica – protocolo {case}', body='Olá {first},\nnosso técnico fará a visita no período da manhã. Ele estará identificado com crachá. Não há cobrança para esta visita.', loc='Endereço cadastrado'),
    'nl': dict(sum='Terugbelafspraak – ticket {case}', body='Beste {first},\nzoals afgesproken belt een medewerker u terug over ticket {case}. Wij vragen nooit om uw wachtwoord.'),
}


def h_support(c):
    r = c.rng
    T = pick_t(c, SUP_EN, SUP_OTHER)
    vendor = r.choice([('Opsgrid', 'opsgrid.io'), ('Ledgerly', 'ledgerly.com'), ('Fibrelink Broadband', 'fibrelink.example'), ('Brightmetrics', 'brightmetrics.com')])
    V = dict(first=c.rcpt_person[0].split(' ')[0], case=c.digits(8), last4=c.digits(4), vendor=vendor[0], product=vendor[0],
             url='https://%s.zoom.us/j/%s' % (vendor[1].split('.')[0], c.digits(11)), phone='+44 7700 900%s' % c.digits(3),
             addr=r.choice(['21 Beech Road', 'Unit 4, Harbour Park']))
    frm, kw = ham_sender(c, 'org', org=vendor, name='%s Support' % vendor[0], local=r.choice(['support', 'help', 'care']))
    M = make(c, frm, kw, T, V, c.start(0, 5, hours=(9, 10, 11, 13, 14, 15, 16)), r.choice([15, 30, 60, 240]))
    if c.client == 'zoom':
        M['zoom_host'] = vendor[0]
    if c.client == 'webapp' and 'zoom.us' in fill(T['body'], V) and r.random() < .7:
        M['ev']['conference'] = (V['url'], 'Join session', 'VIDEO,SCREEN')
    if c.client == 'webapp':
        M['prodid'] = r.choice(['-//Zendesk//Callback//EN', '-//Freshdesk//Appointments//EN', '-//%s//Support Scheduler//EN' % vendor[0]])
        M['layout'] = r.choice(['alt3', 'mixed_html_ics'])
        M['method'] = 'REQUEST'
    M['desc_line'] = 'Requested support callback/visit (%s)' % vendor[0]
    return M


# =========================================================== 14 ordinary work meetings
WM_EN = [
    dict(sum='{proj} steering committee', body='Quarterly steering committee. Papers will be circulated 3 days before.', loc='Boardroom, 4th floor'),
    dict(sum='Catch-up', body='Quick catch-up on next steps after the workshop.', loc=''),
    dict(sum='Supplier meeting - {partner}', body='Discuss delivery schedule and Q4 volumes with {partner}.', loc='Meeting room Oak'),
    dict(sum='Team lunch', body='End-of-quarter team lunch - company is paying!', loc='{rest}'),
]
WM_OTHER = {
    'it': dict(sum='Comitato di progetto {proj}', body='Riunione trimestrale del comitato. I documenti saranno inviati tre giorni prima.', loc='Sala riunioni 2'),
    'cs': dict(sum='Porada vedení', body='Pravidelná porada vedení. Program: rozpočet, personální záležitosti.', loc='Zasedačka 1. patro'),
    'he': dict(sum='פגישת צוות שבועית', body='עדכונים שוטפים ותכנון השבוע.', loc='חדר ישיבות גליל'),
    'tr': dict(sum='Tedarikçi toplantısı – {partner}', body='Teslimat planı ve 4. çeyrek hacimlerinin görüşülmesi.', loc='Toplantı odası A'),
    'zh': dict(sum='{proj}项目例会', body='每周项目例会，请提前更新进度表。', loc='3楼会议室'),
    'hi': dict(sum='साप्ताहिक टीम मीटिंग', body='इस सप्ताह की प्रगति और आगामी कार्यों पर चर्चा।', loc='कॉन्फ़्रेंस रूम 2'),
}


def h_work(c):
    r = c.rng
    T = pick_t(c, WM_EN, WM_OTHER)
    V = dict(proj=r.choice(['Atlas', 'Harbour', 'Lighthouse', 'Phoenix']), partner=c.org(lang='en')[0], rest=r.choice(['Dishoom', 'Pizza Pilgrims', 'Café Central']))
    ext = r.random() < .35
    if ext:
        frm, kw = ham_sender(c, 'org')
    else:
        frm = colleague(c)
        kw = {}
        if c.client in ('outlook', 'thunderbird', 'apple', 'zimbra', 'sogo', 'nextcloud'):
            kw['svc'] = 'own'
        if c.client == 'nextcloud':
            kw['nc_host'] = 'cloud.' + c.rcpt_domain
    M = make(c, frm, kw, T, V, c.start(1, 14), r.choice([30, 60, 90]))
    M['attendees'] = [colleague(c) for _ in range(r.randint(0, 10))]
    if c.client == 'exchange' and r.random() < .5:
        M['ev']['teams'] = 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0' % c.tok(40)
        M['ev']['teams_id'] = ' '.join(c.digits(3) for _ in range(4))
        M['ev']['teams_pw'] = c.tok(6)
    if c.client == 'google' and r.random() < .6:
        M['ev']['meet'] = 'https://meet.google.com/%s-%s-%s' % (c.tok(3).lower(), c.tok(4).lower(), c.tok(3).lower())
    if c.client == 'zoom':
        M['ev']['location'] = 'https://us0%dweb.zoom.us/j/%s?pwd=%s' % (r.randint(2, 6), c.digits(11), c.tok(32))
        M['zoom_host'] = frm[0]
        M['subject'] = None
    if r.random() < .15:
        M['ev']['rrule'] = 'FREQ=WEEKLY;BYDAY=%s' % ['MO', 'TU', 'WE', 'TH', 'FR'][M['ev']['start'].weekday() % 5]
    M['desc_line'] = 'Ordinary work meeting (%s)' % ('external' if ext else 'internal')
    return M


# =========================================================== 15 tasks (VTODO) and multi-event schedules
TASK_EN = [
    dict(kind='todo', sum='Submit expense report', body='Receipts for the Lisbon trip - deadline from finance.'),
    dict(kind='todo', sum='Renew domain and TLS certificate', body='Expires at the end of the month. Auto-renew is off for this one.'),
    dict(kind='multi', sum='Fixtures - {team}', body='Season fixtures exported from the league site.'),
    dict(kind='multi', sum='Term dates {year}', body='School term dates and INSET days.'),
]
TASK_OTHER = {
    'th': dict(kind='todo', sum='ส่งรายงานประจำเดือน', body='ส่งรายงานให้หัวหน้าภายในวันศุกร์'),
    'zh-tw': dict(kind='multi', sum='{year} 年度行事曆', body='公司年度重要日程，請匯入行事曆。'),
}


def h_tasks(c):
    r = c.rng
    T = pick_t(c, TASK_EN, TASK_OTHER)
    V = dict(team=r.choice(['Hilltop Harriers U12', 'Westfield Wanderers']), year=c.arrival.year)
    frm, kw = ham_sender(c, 'person' if T['kind'] == 'todo' else 'org')
    start = c.start(3, 20, hours=(9, 10, 17))
    M = make(c, frm, kw, T, V, start, 60)
    if T['kind'] == 'todo':
        M['ev']['todo'] = True
        M['ev']['todo_status'] = 'NEEDS-ACTION'
        M['ev']['prio'] = r.choice([1, 5, 9])
        M['method'] = 'REQUEST' if r.random() < .6 else 'PUBLISH'
        M['desc_line'] = 'Assigned task (VTODO)'
    else:
        evs = []
        for i in range(1, r.randint(4, 9)):
            s = start + dt.timedelta(days=7 * i)
            evs.append(dict(summary=fill(T['sum'], V) + ' #%d' % (i + 1), description=None, location=M['ev'].get('location'),
                            start=s, dur=90, tz=M['ev']['tz'], allday=T['sum'].startswith('Term') or c.lang == 'zh-tw'))
        if evs[0]['allday']:
            M['ev']['allday'] = True
            M['ev']['start'] = start.replace(hour=0, minute=0)
            for e in evs:
                e['start'] = e['start'].replace(hour=0, minute=0)
        M['events'] = evs
        M['method'] = 'PUBLISH'
        M['show_rcpt'] = False
        M['cal_x'] = ['X-WR-CALNAME:' + fill(T['sum'], V).replace(',', '\\,'), 'X-WR-TIMEZONE:' + M['ev']['tz']]
        M['desc_line'] = 'Multi-event published calendar (%d events)' % (len(evs) + 1)
    if c.client == 'webapp':
        M['prodid'] = r.choice(['-//LeagueHub//Fixtures Export//EN', '-//SchoolBase//Calendar//EN', '-//Ben Fortuna//iCal4j 1.0//EN'])
        M['layout'] = 'mixed_text_ics'
        M['ics_name'] = 'calendar.ics'
    return M


HAM_CATS = [
    ('travel-booking', h_travel, ['en'] * 7 + ['de', 'fr', 'ja', 'zh', 'th', 'el', 'tr'],
     dict(webapp=6, exchange=2, outlook=1, google=2, zimbra=1, icloud=1, thunderbird=1)),
    ('appointment-booking', h_appt, ['en'] * 5 + ['es', 'it', 'ko', 'he', 'ar', 'pt', 'cs'],
     dict(webapp=5, google=2, exchange=1, outlook=1, yahoo=1, apple=1, nextcloud=1, zimbra=1, icloud=1)),
    ('vendor-webinar', h_webinar, ['en'] * 7 + ['de', 'ja', 'zh-tw', 'pl', 'hi'],
     dict(zoom=4, exchange=2, google=2, webapp=2, outlook=1, nextcloud=1)),
    ('community-series', h_community, ['en'] * 5 + ['es', 'pt', 'ko', 'ru', 'nl', 'he', 'pl'],
     dict(google=3, icloud=3, yahoo=2, apple=2, thunderbird=1, nextcloud=1, exchange=1, sogo=1)),
    ('it-notice', h_itnotice, ['en'] * 5 + ['de', 'fr', 'ru', 'ar', 'zh'],
     dict(exchange=3, outlook=2, zimbra=2, sogo=2, nextcloud=1, google=1, webapp=1, thunderbird=1)),
    ('doc-share-meeting', h_docmeet, ['en'] * 5 + ['nl', 'it', 'cs', 'tr', 'el', 'ja'],
     dict(exchange=3, google=3, outlook=2, nextcloud=1, zimbra=1, thunderbird=1, apple=1, sogo=1)),
    ('finance-reminder', h_finance, ['en'] * 5 + ['fr', 'es', 'de', 'pl', 'zh-tw'],
     dict(exchange=3, outlook=2, google=2, zimbra=1, sogo=1, webapp=1, thunderbird=1)),
    ('recruiter-interview', h_recruit, ['en'] * 6 + ['hi', 'ru', 'nl', 'th'],
     dict(google=3, exchange=2, webapp=2, zoom=1, outlook=1, yahoo=1, apple=1, icloud=1)),
    ('forwarded-invite', h_forward, ['en'] * 5 + ['it', 'ar', 'ko', 'el'],
     dict(exchange=2, google=2, thunderbird=2, apple=1, outlook=2, zimbra=1)),
    ('mailing-list-copy', h_list, ['en'] * 6 + ['de', 'fr', 'cs', 'ru'],
     dict(google=2, thunderbird=2, exchange=1, nextcloud=1, sogo=1, zimbra=1, yahoo=1, apple=1, outlook=1, webapp=1)),
    ('reply-cancel', h_replycancel, ['en'] * 6 + ['ja', 'zh', 'tr', 'es', 'pt', 'he'],
     dict(google=2, exchange=2, outlook=2, apple=1, thunderbird=1, icloud=1, zimbra=1, sogo=1, yahoo=1, nextcloud=1)),
    ('personal-family', h_personal, ['en'] * 4 + ['ru', 'el', 'ar', 'hi', 'th', 'zh-tw', 'ko', 'pl'],
     dict(google=3, icloud=3, apple=2, yahoo=2, exchange=1, thunderbird=1, nextcloud=1)),
    ('support-callback', h_support, ['en'] * 5 + ['fr', 'es', 'pt', 'nl'],
     dict(webapp=3, exchange=2, google=1, zoom=2, zimbra=1, outlook=1, sogo=1)),
    ('work-meeting', h_work, ['en'] * 5 + ['it', 'cs', 'he', 'tr', 'zh', 'hi'],
     dict(exchange=3, google=2, outlook=2, zoom=1, zimbra=1, sogo=1, nextcloud=1, thunderbird=1, apple=1)),
    ('tasks-schedules', h_tasks, ['en'] * 4 + ['th', 'zh-tw'],
     dict(thunderbird=2, nextcloud=2, webapp=2, apple=1, google=1)),
]

CAT_DOC = {
    'travel-booking': 'Airline, rail, ferry, hotel and car-rental confirmations (booking codes, amounts, phone numbers, PUBLISH) and travel-desk invites',
    'appointment-booking': 'Restaurant, doctor, dentist, garage and salon bookings with codes, deposits and cancellation fees',
    'vendor-webinar': 'Vendor webinars and conferences, some with hundreds of attendees, "free"/"offer" wording',
    'community-series': 'School, church, club and sports series without end date, sent from free mail to many guests',
    'it-notice': 'Own IT department: maintenance windows, password-expiry reminders, MFA sessions',
    'doc-share-meeting': 'Colleagues\' meetings that link shared documents (Google Docs, SharePoint, Nextcloud)',
    'finance-reminder': 'Finance teams\' payment runs, invoice reminders and warnings about bank-detail fraud',
    'recruiter-interview': 'Recruiters\' intro calls and employers\' interview invitations',
    'forwarded-invite': 'Invitations forwarded by a colleague (Outlook forward, inline + invite.ics, or as attachment)',
    'mailing-list-copy': 'Invitations posted to mailing lists (subject tags, footers, broken DKIM, From rewriting)',
    'reply-cancel': 'METHOD:REPLY / COUNTER / CANCEL messages about meetings the recipient organised',
    'personal-family': 'Invitations between friends and family',
    'support-callback': 'Support callbacks, onboarding sessions and technician visits the recipient requested',
    'work-meeting': 'Ordinary internal and external work meetings (Teams, Meet, Zoom, rooms)',
    'tasks-schedules': 'Assigned VTODO tasks and multi-event published calendars (fixtures, term dates)',
}
