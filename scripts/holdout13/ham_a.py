# -*- coding: utf-8 -*-
"""Ham categories, part 1.  All wording written for holdout13."""

CATS = {}

CATS['travel-booking'] = dict(
    desc='Airline, rail, ferry, hotel and car-rental confirmations (PUBLISH, codes, amounts, phone numbers)',
    k=['org'], rk='any', lead=(5, 60), yr=(2016, 2026), att=(0, 0), m='PUBLISH',
    entries=[
        dict(l='en', k='org', cl=['booking'], fn='Skyvale Airways', fl='no-reply', fd='skyvale-airways.example', tz='America/New_York', h=7, mi=45,
             s='Your trip confirmation - booking reference {pnr}', t='Flight SV{n3} BOS-SEA',
             d='Booking reference: {pnr}\nPassenger: {rn}\nFlight SV{n3}, Boston (BOS) 07:45 - Seattle (SEA) 11:02\n'
               'Seat 14C, Main Cabin, 1 checked bag included\nTotal paid: USD 412.60 (Visa ending {n4})\n\n'
               'Manage your booking: https://www.skyvale-airways.example/manage?pnr={pnr}\n'
               'Reservations: +1 (800) 555-0134', loc='Boston Logan International Airport (BOS), Terminal B',
             dur=257, pl=dict(url='https://www.skyvale-airways.example/manage?pnr={pnr}'), o=dict(fname='SV-{pnr}.ics', color='#0b3d91', ics=dict(prodid='-//Skyvale Airways//Itinerary 4.2//EN',
                                                                          attendees=False)),
             dsc='Airline e-ticket confirmation with PNR, fare and phone number'),
        dict(l='en', k='org', cl=['booking'], fn='Northline Rail', fl='tickets', fd='northlinerail.example', tz='America/New_York',
             s='eTicket: Boston South Station to New York Penn, {date}', t='Train 2153 Boston -> New York',
             d='Reservation number {ref}\nTrain 2153 departs Boston South Station {time}, arrives New York Penn Station\n'
               'Business class, car 4 seat 7A\nFare: $148.00\nShow this eTicket on your phone when boarding.\n'
               'Questions: 1-800-555-0177', loc='Boston South Station', dur=222,
             pl=dict(url='https://www.northlinerail.example/trips/{ref}'),
             o=dict(ics=dict(prodid='-//Northline Rail//eTicket//EN', tzmode='utc', attendees=False)),
             dsc='Rail eTicket with reservation number and fare'),
        dict(l='en', k='org', cl=['esp', 'booking'], fn='StayNest', fl='reservations', fd='staynest.example', tz='America/New_York',
             s='Booking confirmed: Harbor Inn Portland - 2 nights', t='Harbor Inn Portland (check-in)',
             d='Confirmation number: {n9}\nPIN: {n4}\nCheck-in: from 15:00, check-out: until 11:00\n2 nights, 1 Queen Room\n'
               'Total price: $412.80 (pay at the property)\nFree cancellation until 2 days before arrival.\n'
               'Property phone: +1 207 555 0148', loc='Harbor Inn, 18 Commercial St, Portland, ME', allday=True, dur=2 * 1440,
             pl=dict(url='https://secure.staynest.example/mybooking?bn={n9}&pin={n4}'),
             o=dict(ics=dict(prodid='-//StayNest//Booking Calendar//EN', attendees=False)),
             dsc='Hotel booking confirmation with PIN and price (all-day PUBLISH)'),
        dict(l='en', k='org', cl=['outlook16', 'exchange'], m='REQUEST', fn='{sn}', rk='org',
             t='Itinerary - Lisbon offsite (please hold)',
             d='Hi {rf},\n\nAs requested I have booked the team flights for the Lisbon offsite.\n'
               'Outbound TP{n3} on {date}, 10:15, confirmation {pnr}. Hotel: Casa Alfama, 3 nights, EUR 186/night '
               'paid by company card.\nPlease accept so it lands in your calendar. Itinerary PDF on the travel '
               'portal.\n\nBest,\n{sn}\nTravel desk',
             dsc='Corporate travel agent sending an itinerary hold'),
        dict(l='en', k='org', cl=['esp', 'booking', 'handrolled'], fn='Redline Car Rental', fl='noreply', fd='redline-rentals.example', tz='America/Los_Angeles',
             s='Your rental pickup at SFO - confirmation {code}', t='Car pickup - SFO Rental Center',
             d='Confirmation: {code}\nVehicle class: Intermediate SUV (Toyota RAV4 or similar)\nPickup: SFO Rental '
               'Center, Level 3\nEstimated total: $286.40 incl. taxes\nRoadside assistance: +1 (888) 555-0161',
             loc='SFO Rental Car Center, 780 N McDonnell Rd, San Francisco, CA', dur=30,
             dsc='Car-rental pickup reminder'),
        dict(l='de', k='org', cl=['booking'], fn='Nordbahn Reisen', fl='buchung', fd='nordbahn-reisen.example',
             s='Ihre Fahrkarte: Hamburg Hbf → München Hbf', t='ICE 583 Hamburg Hbf → München Hbf',
             d='Auftragsnummer: {ref}\nHinfahrt am {date} ab {time}, Hamburg Hbf Gleis 13\nWagen 7, Platz 55 (Fenster)\n'
               'Preis: 89,90 € (Flexpreis)\nBitte halten Sie die BahnCard beim Einstieg bereit.\nService-Nummer: 030 23125 {n3}',
             loc='Hamburg Hbf', dur=347, dsc='German rail ticket with order number and price'),
        dict(l='fr', k='org', cl=['booking', 'esp', 'outlook16', 'thunderbird'], fn='Hôtel des Tilleuls', fl='reservation', fd='hotel-des-tilleuls.example',
             s='Confirmation de réservation – Hôtel des Tilleuls, Annecy', t='Séjour Hôtel des Tilleuls',
             d='Numéro de réservation : {ref}\nArrivée à partir de 15h, départ avant 11h\nChambre double vue lac, '
               '2 nuits, petit-déjeuner inclus\nMontant : 318,00 € (acompte de 95,40 € réglé)\n'
               'Téléphone de l\'hôtel : 04 50 99 00 {n2}', loc='12 rue des Tilleuls, 74000 Annecy', allday=True,
             dur=2 * 1440, dsc='French hotel confirmation with deposit'),
        dict(l='ja', k='org', cl=['booking', 'handrolled'], fn='みどりトラベル', fl='info', fd='midori-travel.example',
             s='【予約確認】新幹線 東京→新大阪', t='のぞみ{n2}号 東京→新大阪',
             d='予約番号：{ref}\n{date} {time} 東京駅発 → 新大阪駅着\n7号車 12番A席（指定席）\n料金：14,720円（決済済み）\n'
               'お問い合わせ：03-5555-{n4}', loc='東京駅', dur=150,
             o=dict(tool='javamail', legacy_cs=True), dsc='Japanese bullet-train reservation'),
        dict(l='zht', k='org', cl=['booking', 'esp'], fn='青雲航空', cs='big5', fl='noreply', fd='qingyun-air.example',
             s='訂位確認：台北 → 東京（成田）', t='QY{n3} 台北(TPE) → 東京(NRT)',
             d='訂位代號：{pnr}\n旅客：{rn}\n{date} {time} 桃園機場第二航廈出發\n經濟艙 32A，含託運行李 23 公斤\n'
               '票價總額：NT$ 12,860\n客服專線：+886 2 5555 {n4}', loc='臺灣桃園國際機場 第二航廈', dur=195,
             dsc='Traditional-Chinese flight booking'),
        dict(l='th', k='org', cl=['booking', 'esp', 'outlook16'], fn='Chiang Mai Riverside Hotel', fl='booking',
             fd='cm-riverside-hotel.example',
             s='ยืนยันการจองห้องพัก – เชียงใหม่ 3 คืน', t='เข้าพัก Chiang Mai Riverside Hotel',
             d='หมายเลขการจอง: {ref}\nเช็คอิน 14:00 น. / เช็คเอาท์ 12:00 น.\nห้อง Deluxe 3 คืน รวมอาหารเช้า\n'
               'ยอดชำระ: 5,850 บาท\nโทร: 053 555 {n3}', loc='Chiang Mai', allday=True, dur=3 * 1440,
             dsc='Thai hotel booking'),
        dict(l='tr', k='org', cl=['booking', 'handrolled'], fn='Gökada Hava Yolları', fl='bilet', fd='gokada-air.example',
             s='Rezervasyon onayı: İstanbul – Antalya', t='GK{n3} İstanbul (SAW) – Antalya (AYT)',
             d='PNR: {pnr}\nYolcu: {rn}\n{date} {time} Sabiha Gökçen kalkış\nKoltuk 18F, 15 kg bagaj\n'
               'Toplam: 1.849,00 TL\nÇağrı merkezi: 0850 555 {n2} {n2}', loc='Sabiha Gökçen Havalimanı', dur=75,
             o=dict(tool='dotnet', msgid=True), dsc='Turkish flight booking'),
        dict(l='el', k='org', cl=['booking', 'esp', 'handrolled'], fn='Aigaio Ferries', fl='tickets', fd='aigaio-ferries.example',
             s='Επιβεβαίωση κράτησης: Πειραιάς – Νάξος', t='Πλοίο Πειραιάς → Νάξος',
             d='Κωδικός κράτησης: {ref}\nΑναχώρηση {date} {time} από Πειραιά (Πύλη Ε7)\n2 επιβάτες, 1 ΙΧ\n'
               'Σύνολο: 187,50 €\nΠαρακαλούμε να βρίσκεστε στο λιμάνι 30 λεπτά νωρίτερα.', loc='Λιμάνι Πειραιά, Πύλη Ε7',
             dur=330, dsc='Greek ferry booking'),
    ])

CATS['appointment-booking'] = dict(
    desc='Doctor, dentist, restaurant, garage and service-visit bookings from scheduling systems',
    k=['org'], rk='free', lead=(1, 30), yr=(2016, 2026), att=(0, 0),
    entries=[
        dict(l='en', k='org', cl=['booking', 'google', 'exchange'], fn='Northfield Dental Care', fl='appointments', fd='northfield-dental.example', tz='America/New_York',
             s='Appointment confirmed: {date} at {time}', t='Dental cleaning - Dr. Patel',
             d='Hi {rf},\nYour appointment with Dr. Priya Patel (hygiene visit) is confirmed.\nPlease arrive 10 minutes '
               'early and bring your insurance card. Need to reschedule? Call (617) 555-0192 or reply to this email.\n'
               'Estimated patient portion: $35.00', loc='Northfield Dental Care, 220 Elm St, Suite 4', dur=60, m='REQUEST',
             o=dict(ics=dict(prodid='-//DentalDesk//Scheduler 7.1//EN')),
             dsc='Dental appointment confirmation with phone and amount'),
        dict(l='en', k='org', cl=['booking', 'esp'], fn='TableKeeper', fl='reservations', fd='tablekeeper.example', tz='America/Chicago',
             s='Reservation confirmed at Osteria Lupa for 4', t='Dinner at Osteria Lupa (4 people)',
             d='Your table for 4 at Osteria Lupa is confirmed for {date} at {time}.\nConfirmation #{n6}\n'
               'A credit card hold of $25 per person applies to no-shows.\nRestaurant: (312) 555-0140',
             loc='Osteria Lupa, 1437 W Randolph St, Chicago', h=(18, 20), dur=120, m='PUBLISH',
             pl=dict(url='https://www.tablekeeper.example/r/{tok}'),
             dsc='Restaurant reservation with no-show hold wording'),
        dict(l='en', k='org', cl=['handrolled'], fn='Riverside Physio', fl='frontdesk', fd='riverside-physio.example', tz='Europe/London',
             s='Reminder: your physiotherapy session tomorrow', t='Physiotherapy - session 4 of 8',
             d='Dear {rf},\nThis is a reminder of your session with Mark tomorrow at {time}.\nCancellations less than '
               '24 hours in advance are charged at the full rate ($95).\nRiverside Physio - 0161 496 0{n3}',
             loc='Riverside Physio, Unit 3, Mill Lane', dur=45, lead=(1, 1), m='REQUEST',
             o=dict(tool='phpmailer', ics=dict(prodid='-//Riverside Physio//Booking//EN', calscale=False)),
             dsc='Small-practice PHP booking reminder'),
        dict(l='en', k='org', cl=['booking', 'esp', 'exchange', 'outlook16', 'google'], fn='Meridian HVAC Services', fl='dispatch', fd='meridianhvac.example', tz='America/Los_Angeles',
             s='Technician visit scheduled - work order {ref}', t='HVAC maintenance visit',
             d='Work order {ref}\nTechnician: Luis R.\nArrival window: 8:00 - 10:00 AM\nService: annual furnace '
               'tune-up ($129.00, membership price)\nPlease ensure access to the furnace and thermostat.\n'
               'Dispatch: (503) 555-0117', loc='{raddr}', h=(8, 8), dur=120, m='REQUEST',
             dsc='Home-service technician appointment'),
        dict(l='en', k='org', cl=['google', 'gmailweb'], fn='{sn}', rk='free', m='REQUEST', fd='pineridge-vet.example',
             t='Max - annual vaccination',
             d='Hi {rf}, booking Max in for his annual boosters with Dr. Chen. Please bring his vaccination card. '
               'Reply or call us on (720) 555-0183 if the time does not work.\nPine Ridge Vet Clinic',
             loc='Pine Ridge Vet Clinic, 41 Ridge Rd', dur=30, dsc='Vet clinic booking sent from its Workspace calendar'),
        dict(l='de', k='org', cl=['booking', 'esp', 'handrolled'], fn='Praxistermin24', fl='noreply', fd='praxistermin24.example',
             s='Terminbestätigung: Hausarztpraxis Lindenhof', t='Termin Hausarztpraxis Lindenhof',
             d='Guten Tag {rn},\nIhr Termin bei Dr. med. Sabine Koch ist bestätigt.\nBitte bringen Sie Ihre '
               'Versichertenkarte mit. Absagen bitte bis 24 Stunden vorher über den Link in Ihrem Konto oder telefonisch '
               'unter 030 23125 {n3}.', loc='Hausarztpraxis Lindenhof, Lindenstraße 12', dur=15, m='PUBLISH',
             dsc='German doctor-scheduler confirmation'),
        dict(l='fr', k='org', cl=['booking', 'outlook16', 'zimbra'], fn='Clinique des Iris', fl='rdv', fd='cliniquedesiris.fr',
             s='Confirmation de votre rendez-vous', t='Consultation – Dr Moreau (ophtalmologie)',
             d='Bonjour {rf},\nVotre rendez-vous est confirmé. Merci de vous présenter 15 minutes avant avec votre carte '
               'Vitale et votre ordonnance.\nEn cas d\'empêchement : 01 99 00 {n2} {n2}', loc='Clinique des Iris, bâtiment B',
             dur=30, m='PUBLISH', dsc='French clinic appointment'),
        dict(l='es', k='org', cl=['booking', 'esp', 'handrolled'], fn='ITV Centro Norte', fl='citas', fd='itv-centronorte.example',
             s='Cita confirmada: inspección técnica de vehículos', t='Cita ITV – {plate}',
             d='Matrícula: {plate}\nLocalizador: {ref}\nImporte: 41,50 € (pago en la estación)\nTraiga la ficha técnica y '
               'el permiso de circulación.', loc='Estación ITV Centro Norte, nave 2', dur=30, m='PUBLISH',
             dsc='Spanish vehicle-inspection appointment'),
        dict(l='he', k='org', cl=['booking', 'handrolled'], fn='מרפאת השקד', fl='tor', fd='mirpaat-hashaked.co.il',
             s='תזכורת לתור: מרפאת השקד', t='תור לרופא משפחה – ד״ר כהן',
             d='שלום {rf},\nזוהי תזכורת לתור שלך. לביטול או שינוי יש להתקשר למספר 03-5555{n3}.\nנא להגיע 10 דקות לפני.',
             loc='מרפאת השקד, קומה 2', dur=15, m='REQUEST', o=dict(tool='python'),
             dsc='Hebrew clinic appointment reminder'),
        dict(l='ko', k='org', cl=['booking', 'esp', 'google'], fn='서울밝은치과', fl='noreply', fd='seoul-dental.kr',
             s='[서울밝은치과] 예약 확인 안내', t='스케일링 예약',
             d='{rf}님, 예약이 확정되었습니다.\n진료 내용: 스케일링\n변경 및 취소: 02-555-{n4}', loc='서울밝은치과 3층',
             dur=30, m='PUBLISH', dsc='Korean dental booking'),
        dict(l='pl', k='org', cl=['booking', 'handrolled'], fn='Przychodnia Zdrowie Plus', fl='rejestracja',
             fd='przychodnia-zdrowie-plus.pl',
             s='Potwierdzenie wizyty', t='Wizyta: lekarz rodzinny',
             d='Dzień dobry,\npotwierdzamy wizytę u lek. Anny Nowak. Prosimy o zabranie dowodu osobistego. '
               'Odwołanie wizyty: 22 555 {n2} {n2}.', loc='Przychodnia Zdrowie Plus, gab. 12', dur=20, m='REQUEST',
             o=dict(tool='dotnet'), dsc='Polish clinic booking'),
    ])

CATS['vendor-webinar'] = dict(
    desc='Vendor webinars, conferences and partner briefings, often with "free"/"offer" wording or many attendees',
    k=['org'], rk='org', lead=(3, 30), yr=(2016, 2026), att=(0, 0),
    entries=[
        dict(l='en', k='org', cl=['zoom'], yr=(2020, 2026),
             s='Webinar Registration Approved: Scaling Postgres - Free Live Workshop',
             t='Scaling Postgres - Free Live Workshop',
             d='Hi {rf},\n\nThank you for registering for "Scaling Postgres - Free Live Workshop".\n\nPlease submit any '
               'questions to: devrel@{sd}\n\nDate Time: {date} {time}\n\nJoin from PC, Mac, Linux, iOS or Android: '
               '{zoomw}\nPasscode: {n6}\n\nOr One tap mobile :\n    US: +16465550123,,{zid}#\n\nYou can cancel your '
               'registration at any time.', host=('Bluegate Software DevRel', 'devrel'), m='PUBLISH',
             dsc='Zoom webinar registration with "free" in the title'),
        dict(l='en', k='org', cl=['esp'], fn='CloudOps Summit', fl='events', fd='cloudops-summit.example', m='PUBLISH', tz='America/Los_Angeles',
             s='Your free expo pass for CloudOps Summit - add to calendar', t='CloudOps Summit 2025 - Expo Hall',
             d='Your registration is confirmed. Badge ID: {ref}\nExpo pass (free) - keynotes, expo hall, lightning talks.\n'
               'Special offer: upgrade to a full conference pass with 30% off until {date}: '
               'https://cloudops-summit.example/upgrade?code=EXPO30\nVenue: Moscone West, San Francisco',
             loc='Moscone West, 800 Howard St, San Francisco', allday=True, dur=2 * 1440,
             pl=dict(url='https://cloudops-summit.example/agenda'),
             o=dict(hdrs=[('List-Unsubscribe', '<https://cloudops-summit.example/unsubscribe?u={tok}>'),
                          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]),
             dsc='Conference expo pass with discount offer, marketing platform'),
        dict(l='en', k='org', cl=['exchange'], fn='{sn}', att=('mass', 180, 320), m='REQUEST', fd='lanternworks.io',
             t='Quarterly Partner Update - {so}',
             d='Dear partners,\n\nPlease join our quarterly partner update. Agenda: product roadmap, new partner '
               'discounts (up to 25% on renewals this quarter), and Q&A with the leadership team.\n\nA recording will be '
               'shared afterwards.\n\nBest regards,\n{sn}\nPartner Programs', teams=True,
             dsc='Partner briefing sent to hundreds of external attendees from Microsoft 365'),
        dict(l='en', k='org', cl=['google'], fn='{sn}', m='REQUEST', att=(2, 6), fd='kestrel-analytics.com',
             t='Product demo: {so} 5.0 (free trial inside)',
             d='Hi {rf},\nThanks for your interest. I\'ll walk through the new dashboards and alerting. After the demo '
               'you get a 30-day free trial, and we have an introductory offer for teams under 50 seats.\n\n{sn}',
             meet=True, dsc='Vendor sales demo via Google Calendar with trial/offer wording'),
        dict(l='en', k='org', cl=['zoom'], yr=(2020, 2026),
             s='Confirmation: Tax changes for small businesses - free CPE webinar',
             t='Tax changes for small businesses (1 CPE credit)',
             d='Hi {rf},\n\nThank you for registering for the free CPE webinar.\n\nDate Time: {date} {time}\n\n'
               'Join from a PC, Mac, iPad, iPhone or Android device:\n    Please click this URL to join. {zoomw}\n'
               'Note: This link should not be shared with others; it is unique to you.\n\nAdd to Calendar | '
               'Add to Google Calendar | Add to Yahoo Calendar', host=('Saltmarsh & Reyes LLP', 'events'), m='PUBLISH',
             dsc='Professional-education webinar via Zoom'),
        dict(l='en', k='org', cl=['esp', 'google'], fn='Lanternworks Events', fl='webinars', fd='lanternworks.io', m='PUBLISH', tz='America/Los_Angeles',
             s='Reminder: "Zero Trust in Practice" starts in 24 hours', t='Zero Trust in Practice (live webinar)',
             d='Hi {rf},\nYour seat is confirmed. Join link: https://events.lanternworks.io/live/{tok}\n'
               'Can\'t make it? Register anyway and we\'ll send the recording.\n\nThis is a free webinar. '
               'Lanternworks, 500 Market St, San Francisco, CA', dur=60,
             pl=dict(conf=[('https://events.lanternworks.io/live/{tok}', 'Join webinar')],
                     url='https://events.lanternworks.io/zero-trust-in-practice'),
             o=dict(hdrs=[('List-Unsubscribe', '<mailto:unsubscribe@lanternworks.io?subject=unsub-{n6}>')]),
             dsc='Webinar reminder from a marketing platform'),
        dict(l='de', k='org', cl=['exchange', 'esp'], fn='{so}', m='REQUEST', yr=(2024, 2024), fd='brenner-partner.de',
             t='Kostenloses Webinar: E-Rechnung ab 2025 – was Unternehmen jetzt tun müssen',
             d='Sehr geehrte Damen und Herren,\nwir laden Sie herzlich zu unserem kostenlosen Webinar zur '
               'E-Rechnungspflicht ein. Im Anschluss erhalten Sie ein exklusives Angebot für unser Umstellungspaket.\n'
               'Einwahl: {teamsurl}\nMit freundlichen Grüßen\n{sn}', dsc='German free webinar invitation with offer'),
        dict(l='ja', k='org', cl=['esp', 'zoom'], fn='{so}', m='PUBLISH', fd='kitakaze-soft.co.jp',
             s='【無料ウェビナー】クラウド会計 導入事例セミナー 参加登録完了', t='クラウド会計 導入事例セミナー',
             d='{rn} 様\nこの度はお申し込みいただきありがとうございます。\n参加URL：{zoomw}\n'
               '※本セミナーは無料です。参加特典として初年度20%オフのご案内がございます。',
             host=('北風ソフト セミナー事務局', 'seminar'), dsc='Japanese free seminar registration'),
        dict(l='pt', k='org', cl=['zoom', 'esp'], fn='{so}', m='PUBLISH', fd='agencia-maresia.com.br',
             s='Inscrição confirmada: Webinar gratuito – LGPD na prática', t='LGPD na prática (webinar gratuito)',
             d='Olá {rf},\nSua inscrição no webinar gratuito foi confirmada.\nLink de acesso: {zoomw}\n'
               'Vagas limitadas – participe ao vivo e ganhe certificado.', host=('Agência Maresia', 'eventos'),
             dsc='Portuguese free webinar'),
        dict(l='zh', k='org', cl=['esp', 'booking', 'exchange'], fn='{so}', m='PUBLISH', fd='xinghe-tech.com.cn',
             s='【免费直播】跨境电商合规讲座 报名成功', t='跨境电商合规讲座（免费直播）',
             d='{rn} 您好，\n您已成功报名本次免费直播讲座。\n直播链接：https://live.xinghe-tech.com.cn/room/{n6}\n'
               '参会即可领取合规自查清单。', dsc='Chinese free livestream registration'),
        dict(l='ru', k='org', cl=['esp', 'thunderbird', 'exchange', 'outlook16'], fn='ИТ-Консалтинг', m='PUBLISH',
             fd='it-konsalting.example.ru',
             s='Регистрация подтверждена: бесплатный вебинар «Переход на новую редакцию 1С»',
             t='Вебинар «Переход на новую редакцию 1С»',
             d='Здравствуйте, {rf}!\nВы зарегистрированы на бесплатный вебинар. Ссылка на трансляцию придёт за час до '
               'начала. Участникам – скидка 15% на услуги по переходу.', dsc='Russian free webinar registration'),
    ])

CATS['community-series'] = dict(
    desc='School, church, sports-club and community series, often open-ended, often from free mail',
    k=['free'], rk='free', lead=(2, 14), yr=(2016, 2026), att=(3, 25),
    entries=[
        dict(l='en', k='free', cl=['google', 'yahoo', 'icloud'], rr='FREQ=MONTHLY;BYDAY=2TU', h=(19, 19), dur=90, mo=[8, 9],
             t='Oak Hollow PTA monthly meeting',
             d='Hi all, setting up our monthly PTA meetings for the year. Library, 7pm, childcare provided. '
               'Agenda and minutes in the shared folder: {doc}', loc='Oak Hollow Elementary - Library',
             dsc='PTA monthly series with no end date from a Gmail account'),
        dict(l='en', k='free', cl=['yahoo'], rr='FREQ=WEEKLY;BYDAY=WE', h=(19, 19), dur=75,
             t='Wednesday Bible study',
             d='We\'re continuing through the Gospel of Mark. Coffee from 6:45. All welcome, bring a friend!',
             loc='Grace Community Church - Fellowship Hall', dsc='Weekly church study, open-ended, Yahoo'),
        dict(l='en', k='org', cl=['handrolled'], fn='St. Brendan\'s Parish', mo=[3, 4], dow=3, fl='office', fd='stbrendans-parish.example',
             m='PUBLISH', s='Holy Week & Easter schedule', t='Holy Thursday - Mass of the Lord\'s Supper',
             d='Join us for the Holy Week liturgies. Free parking at the school lot.', loc='St. Brendan\'s Church',
             pl=dict(url='https://stbrendans-parish.example/events/holy-week/'),
             more=[dict(days=1, t='Good Friday - Celebration of the Passion', h=15), dict(days=2, t='Easter Vigil', h=20),
                   dict(days=3, t='Easter Sunday Masses', h=9)], h=(19, 19), att=(0, 0),
             o=dict(tool='phpmailer', ics=dict(prodid='-//St. Brendan\'s Parish - ECPv6.3.1//NONSGML v1.0//EN',
                                                calname='St. Brendan\'s Parish', attendees=False)),
             dsc='Parish events-calendar plugin sending a multi-event PUBLISH'),
        dict(l='en', k='free', cl=['icloud', 'applemail'], rr='FREQ=WEEKLY;BYDAY=TU,TH', h=(17, 17), dur=75,
             t='U10 Tigers soccer practice',
             d='Practice Tues/Thurs at Field 3. Shin guards + water bottle. Text me if your kid can\'t make it.',
             loc='Riverside Park Field 3', dsc='Youth soccer practice series from an iCloud coach'),
        dict(l='en', k='free', cl=['thunderbird', 'gmailweb', 'yahoo'], rr='FREQ=MONTHLY;BYDAY=-1TH', h=(19, 19),
             s='Book club - next meetings', t='Book club',
             d='Next up: "The Remains of the Day". Hosting rotates - see the sheet: {doc}', loc='Rotating - see sheet',
             dsc='Book club monthly series'),
        dict(l='es', k='free', cl=['google', 'icloud', 'gmailweb'], rr='FREQ=WEEKLY;BYDAY=TU,TH', h=(7, 7), dur=60,
             t='Entrenamiento club de running',
             d='Salimos desde la fuente del parque a las 7:00. Ritmo suave los martes, series los jueves. ¡Traed agua!',
             loc='Parque del Retiro – Puerta de Alcalá', dsc='Spanish running-club series, open-ended'),
        dict(l='it', k='free', cl=['google', 'yahoo', 'thunderbird', 'icloud'], rr='FREQ=WEEKLY;BYDAY=FR', h=(21, 21), dur=90, mo=[10, 11],
             t='Coro parrocchiale – prove settimanali',
             d='Prove ogni venerdì alle 21 in sala parrocchiale. Portate gli spartiti della Messa di Natale.',
             loc='Sala parrocchiale San Martino', dsc='Italian parish choir weekly rehearsals'),
        dict(l='nl', k=['free', 'org'], cl=['google', 'nextcloud'], rr='FREQ=WEEKLY;BYDAY=WE', h=(17, 17), dur=75,
             fd='hockeyclub-de-vlieger.nl', t='Hockeytraining JO12-2',
             d='Training op veld 2. Scheenbeschermers en bitje verplicht. Afmelden via de app.',
             loc='Sportpark De Vlieger, veld 2', dsc='Dutch hockey-club training series'),
        dict(l='pl', k='free', cl=['google', 'thunderbird', 'outlook16', 'gmailweb'], h=(18, 18), dur=120,
             t='Zebranie wspólnoty mieszkaniowej',
             d='Zapraszam wszystkich właścicieli na zebranie. Porządek obrad: sprawozdanie finansowe, remont dachu, '
               'wybór zarządu. Prosimy o obecność lub pełnomocnictwo.', loc='Świetlica, ul. Lipowa 7',
             dsc='Polish residents-association meeting from free mail'),
        dict(l='ar', k='free', cl=['google', 'gmailweb'], rr='FREQ=WEEKLY;BYDAY=SA', h=(17, 17), dur=60,
             t='حلقة تحفيظ القرآن الأسبوعية',
             d='تذكير بحلقة التحفيظ الأسبوعية بعد صلاة العصر. نرجو من أولياء الأمور الحرص على حضور الأبناء في الموعد.',
             loc='مسجد النور – القاعة الصغيرة', dsc='Arabic weekly Quran class series'),
        dict(l='sv', k='free', cl=['google', 'icloud', 'outlook16'], rr='FREQ=WEEKLY;BYDAY=MO', h=(19, 19), dur=120, mo=[9, 10, 11],
             t='Körövning – S:t Mikaels kyrkokör',
             d='Vi övar inför adventskonserten. Ta med noterna. Fika efteråt!', loc='S:t Mikaels kyrka, församlingssalen',
             dsc='Swedish church-choir weekly rehearsal'),
    ])

CATS['it-notice'] = dict(
    desc='IT maintenance windows, password-expiry and certificate notices from real IT departments',
    k=['org'], rk='same', lead=(1, 10), yr=(2016, 2026), att=(0, 0),
    entries=[
        dict(l='en', k='org', cl=['exchange'], fn='IT Service Desk', fl='servicedesk', att=('mass', 120, 260),
             t='Scheduled maintenance: email outage Saturday 22:00-02:00',
             d='Hello all,\n\nOn Saturday night we will migrate the mail gateway. Email and Teams chat may be unavailable '
               'between 22:00 and 02:00. No action is needed on your side. If you experience issues on Monday, '
               'open a ticket at https://servicedesk.{sd}/ or call ext. 4400.\n\nIT Service Desk',
             h=(22, 22), dur=240, busy='FREE', dow=5, dsc='Internal maintenance window sent to the whole staff'),
        dict(l='en', k='org', cl=['handrolled'], fn='Password Self-Service', fl='noreply',
             s='Your password expires in 7 days', t='Password expires - {re}',
             d='Your network password for {re} expires on {date}.\nChange it from any company computer with '
               'Ctrl+Alt+Del > Change a password, or at https://passwordreset.{sd}/ (VPN required).\n'
               'IT will never ask you for your password by email or phone.', allday=True, dur=1440, m='PUBLISH',
             o=dict(tool='python', ics=dict(prodid='-//corp-it//pwexpiry.py//EN', attendees=False)),
             dsc='Genuine internal password-expiry reminder generated by a script'),
        dict(l='en', k='org', cl=['zimbra'], fn='University IT', fl='it-announce', att=('mass', 60, 150),
             rdom=['tallowcreek.edu', 'staff.example.edu'],
             t='Planned downtime: webmail upgrade',
             d='Webmail will be unavailable on Sunday from 06:00 to 10:00 while we upgrade the mail platform. '
               'Mail sent during the window will be delivered afterwards. Status page: https://status.{sd}/',
             h=(6, 6), dur=240, dow=6, dsc='University webmail downtime notice'),
        dict(l='en', k='org', cl=['google'], fn='{sn}', rk='same', att=(5, 30),
             t='VPN certificate renewal - action required by Friday',
             d='Hi team, the VPN client certificates expire next week. Please open the Self Service portal and click '
               '"Renew VPN profile" before Friday. Instructions: https://wiki.{sd}/it/vpn-renewal\nPing #it-help with '
               'questions.', dur=30, dsc='Workspace IT reminder with internal links'),
        dict(l='en', k='org', cl=['outlook16'], fn='{sn}', rk='org',
             t='Server patching window - {ro}',
             d='Hi {rf},\nPer our maintenance agreement we will apply the monthly Windows updates to your servers on '
               'Thursday 19:00-21:00. Expect two reboots of FS01 and APP02. Contact me on 0161 496 0{n3} if this '
               'clashes with anything.\n\nRegards,\n{sn}\n{so}', h=(19, 19), dur=120, dow=3,
             dsc='Managed-service provider patching notice to a client'),
        dict(l='de', k='org', cl=['exchange', 'zimbra'], fn='IT-Abteilung', fl='it', att=('mass', 40, 120),
             t='Wartungsarbeiten am ERP-System am Wochenende',
             d='Liebe Kolleginnen und Kollegen,\nam Samstag zwischen 8:00 und 14:00 Uhr ist das ERP-System wegen '
               'Wartungsarbeiten nicht erreichbar. Bitte speichern Sie offene Vorgänge am Freitag.\nIhre IT',
             h=(8, 8), dur=360, dow=5, dsc='German ERP maintenance notice'),
        dict(l='fr', k='org', cl=['exchange', 'sogo'], fn='DSI', fl='dsi', att=('mass', 40, 150),
             t='Maintenance programmée : migration de la messagerie',
             d='Bonjour à tous,\nLa messagerie sera migrée dans la nuit de vendredi à samedi. Aucune action n\'est '
               'requise. Vos mots de passe restent inchangés. Le support reste joignable au poste 5555.\nLa DSI',
             h=(21, 21), dur=480, dow=4, dsc='French mail migration notice'),
        dict(l='ru', k='org', cl=['exchange', 'thunderbird'], fn='ИТ-отдел', fl='it', att=(10, 60),
             t='Плановые работы: обновление 1С и перезагрузка серверов',
             d='Коллеги, в субботу с 10:00 до 14:00 будет недоступна 1С в связи с обновлением. Просьба закрыть '
               'документы до пятницы 18:00.', h=(10, 10), dur=240, dow=5, dsc='Russian server maintenance notice'),
        dict(l='ko', k='org', cl=['exchange', 'handrolled'], fn='전산팀', fl='it', allday=True, dur=1440,
             t='[전산팀] 비밀번호 변경 주기 안내 (90일)',
             d='보안 정책에 따라 90일마다 비밀번호를 변경해야 합니다. 사내 포털에서 변경하시기 바랍니다. '
               '전산팀은 절대로 메일로 비밀번호를 묻지 않습니다.', o=dict(tool='javamail'),
             dsc='Korean password-rotation reminder'),
        dict(l='hi', k='org', cl=['exchange', 'google'], fn='IT हेल्पडेस्क', fl='helpdesk', att=(20, 80),
             t='सर्वर रखरखाव सूचना – शनिवार रात 11 बजे से',
             d='सभी सहकर्मियों को सूचित किया जाता है कि शनिवार रात 11 बजे से रविवार सुबह 3 बजे तक ईमेल सर्वर का रखरखाव होगा। '
               'इस दौरान ईमेल उपलब्ध नहीं रहेगा।', h=(23, 23), dur=240, dow=5, dsc='Hindi server maintenance notice'),
        dict(l='it', k='org', cl=['exchange', 'zimbra', 'nextcloud'], fn='Servizi IT', fl='it', att=(20, 80),
             t='Intervento di manutenzione programmata – rete Wi-Fi',
             d='Gentili colleghi,\ngiovedì dalle 18 alle 20 la rete Wi-Fi della sede sarà interrotta per la '
               'sostituzione degli access point. La rete cablata resterà attiva.', h=(18, 18), dur=120, dow=3,
             dsc='Italian Wi-Fi maintenance notice'),
    ])

CATS['doc-share-colleague'] = dict(
    desc='Colleagues and partners sharing documents with links in meeting invitations',
    k=['org'], rk='same', lead=(1, 7), yr=(2016, 2026), att=(1, 6),
    entries=[
        dict(l='en', k='org', cl=['google'], fn='{sn}', rk='same', meet=True, mo=[9, 10],
             t='Review: Q3 board deck',
             d='I\'ve put the draft in the shared drive - comments welcome before we meet. Mainly need eyes on the '
               'revenue bridge (slides 6-9).',
             pl=dict(attach=[('https://docs.google.com/presentation/d/{tok44}/edit?usp=drive_web',
                              'application/vnd.google-apps.presentation', 'Q3 Board Deck - DRAFT')]),
             dsc='Colleague sharing a Drive deck via Google Calendar attachment'),
        dict(l='en', k='org', cl=['exchange'], fn='{sn}', rk='org', teams=True,
             t='Contract redlines - walk-through',
             d='Hi {rf},\n\nOur redlines are in the SharePoint folder below. Most changes are in sections 7 and 12 '
               '(liability cap and termination). Let\'s walk through them together.\n\n'
               'https://{tenant}.sharepoint.com/:f:/s/Legal/{tok}?e={tok2}\n\nThanks,\n{sn}',
             dsc='Partner sharing SharePoint link for contract review'),
        dict(l='en', k='org', cl=['nextcloud'], fn='{sn}', rk='same',
             t='Budget 2025 - shared spreadsheet',
             d='Spreadsheet is in Nextcloud: https://{apphost}/s/{tok}\nPlease fill in your cost centre before the call.',
             pl=dict(attach=[('https://{apphost}/f/{n6}', 'application/vnd.oasis.opendocument.spreadsheet',
                              'Budget_2025.ods')]),
             dsc='Nextcloud share link for budget planning'),
        dict(l='en', k='org', cl=['outlook16'], fn='{sn}', rk='same',
             t='Design review - new onboarding flow',
             d='Figma file: https://www.figma.com/file/{tok}/Onboarding-v3\nFocus on the empty states and the '
               'error copy. 45 minutes should be enough.', dsc='Design review with Figma link'),
        dict(l='en', k='free', cl=['applemail', 'icloud'], rk='free', att=(3, 10),
             s='Photos from the offsite', t='Offsite photo sort-out', pl=dict(url='https://www.dropbox.com/scl/fo/{tok}/h?dl=0'),
             d='Hey! Dropped all the offsite photos here: https://www.dropbox.com/scl/fo/{tok}/h?rlkey={tok2}&dl=0\n'
               'Let\'s pick the best ones for the newsletter over coffee.', dsc='Dropbox folder shared between colleagues'),
        dict(l='en', k='org', cl=['thunderbird', 'sogo'], fn='{sn}', rk='same',
             s='Grant proposal draft - comments by Tuesday', t='Grant proposal - internal review',
             d='Draft v3 is on the group share: https://files.{sd}/groups/grants/2025/proposal_v3.docx\n'
               'Please add comments by Tuesday; we\'ll resolve them in this meeting.', dsc='Academic colleague sharing draft'),
        dict(l='nl', k='org', cl=['exchange', 'outlook16'], fn='{sn}', rk='org', teams=True,
             t='Offerte doornemen',
             d='Hoi {rf},\nDe offerte staat in SharePoint: https://{tenant}.sharepoint.com/:b:/s/Sales/{tok}\n'
               'Laten we hem samen doorlopen.\nGroet,\n{sn}', dsc='Dutch partner sharing a quote'),
        dict(l='sv', k='org', cl=['google', 'exchange'], fn='{sn}', rk='same',
             t='Genomgång av ritningar',
             d='Ritningarna ligger i den delade mappen: https://drive.google.com/drive/folders/{tok44}\n'
               'Titta gärna på plan 2 innan mötet.', meet=True, dsc='Swedish drawings review with Drive folder'),
        dict(l='ja', k='org', cl=['exchange', 'google'], fn='{sn}', rk='same',
             t='資料共有：来期予算案のレビュー',
             d='お疲れ様です。来期予算案をTeamsのファイルに格納しました。\n'
               'https://{tenant}.sharepoint.com/:x:/s/Keiri/{tok}\n事前にご確認いただけますと幸いです。', teams=True,
             dsc='Japanese budget review with SharePoint link'),
        dict(l='he', k='org', cl=['google', 'exchange'], fn='{sn}', rk='same',
             t='סקירת מסמך דרישות',
             d='היי, העליתי את מסמך הדרישות לתיקייה המשותפת: https://docs.google.com/document/d/{tok44}/edit\n'
               'אשמח להערות לפני הפגישה.', meet=True, dsc='Hebrew requirements doc review'),
        dict(l='tr', k='org', cl=['exchange', 'yahoo', 'google'], fn='{sn}', rk='org',
             t='Teklif dosyası incelemesi',
             d='Merhaba {rf},\nTeklif dosyasını paylaşılan klasöre yükledim: https://{tenant}.sharepoint.com/:f:/s/Teklif/{tok}\n'
               'Toplantıda birlikte üzerinden geçelim.', dsc='Turkish proposal file review'),
    ])
