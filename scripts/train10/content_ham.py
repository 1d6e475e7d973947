# -*- coding: utf-8 -*-
"""Ham specifications for the train10 corpus.  All text written for this corpus (CC0).
Slots: {site} {dom} {org} {phone} {rname} {sname} {code} {ref} {rmail} {year} {nyear}"""


def S(lang, summ, body, **kw):
    d = dict(lang=lang, summ=summ, body=body)
    d.update(kw)
    return d


LAUNCH = [
    S('en', 'Members\' preview: Autumn collection + 20% off',
      'Hi {rname},\n\nAs a Trailhead Outfitters member you\'re invited to our autumn preview evening at the Market Street store. See the new waterproof '
      'range before it goes on sale, meet the gear team, and get 20% off everything on the night with your member card (code {code} online for 48 hours).\n\n'
      'Drinks from 6pm. RSVP not required, but let us know if you\'re bringing a friend.\n\nYou\'re receiving this because you joined Trailhead Rewards. '
      'Manage preferences: {site}/account/preferences',
      org='Trailhead Outfitters', dom='trailhead-outfitters.com', loc='Trailhead Outfitters, 214 Market Street', hour=18, dur=150, method='PUBLISH',
      d='Outdoor store member preview evening with discount code'),
    S('en', 'Launch evening: the new Meridian chronograph',
      'Dear {rname},\n\nThank you for registering for the launch of the Meridian chronograph at our boutique. The new reference will be presented by our '
      'watchmaker; retail price £4,250, with a limited first series of 150 pieces. Champagne reception, no obligation to purchase.\n\nParking is available '
      'at the Regent car park. If you can no longer attend, please call us on {phone}.\n\nKind regards,\n{sname}\nBoutique Manager',
      org='Harrington & Vale Jewellers', dom='harringtonvale.co.uk', loc='Harrington & Vale, 18 King Street', hour=18, dur=120, person=True,
      d='Jeweller watch launch evening the customer registered for'),
    S('en', 'Product launch webinar: Ledgerly 5.0 for existing customers',
      'Hello,\n\nYou\'re registered for the Ledgerly 5.0 launch webinar. We\'ll walk through the new bank-feed rules, multi-currency invoices and the revised '
      'pricing (existing customers keep their current plan price for 12 months; upgrades to Business are 30% off until the end of the quarter).\n\n'
      'Questions in advance: webinars@{dom}\n\nThe Ledgerly team',
      org='Ledgerly', dom='ledgerly-app.com', online=True, dur=60, method='PUBLISH', d='SaaS launch webinar for existing customers'),
    S('en', 'E-bike demo day – your test ride slot',
      'Hi {rname},\n\nThanks for booking a test ride at our e-bike demo day. Your slot: 20 minutes on the Commuter 500 (£2,199) and the Trail X (£3,499). '
      'Bring ID and closed shoes; helmets provided. 0% finance over 24 months is available on the day for approved customers.\n\nSee you soon,\nSpoke & Chain',
      org='Spoke & Chain Cycles', dom='spokeandchain.co.uk', loc='Spoke & Chain, Unit 4 Riverside Park', dur=20, flocal='spokeandchain.cycles',
      d='Bike shop demo day test-ride slot'),
    S('en', 'VIP shopping night – invitation for cardholders',
      'Dear {rname},\n\nAs a Westgate store cardholder, you\'re invited to our VIP shopping night: late opening until 10pm, 25% off fashion and home, '
      'live music and free gift wrapping. Show this invite or your card at the door.\n\nTerms apply; see {site}/vip-night\n\nWestgate Department Store',
      org='Westgate Department Store', dom='westgate-store.com', hour=18, dur=240, method='PUBLISH', d='Department store cardholder VIP night'),
    S('fr', 'Soirée de lancement : nouvelle collection printemps',
      'Bonjour {rname},\n\nMerci pour votre inscription à la soirée de lancement de notre collection printemps. Nos stylistes vous présenteront les nouveautés ; '
      'les membres du programme fidélité bénéficient de 15 % de remise le soir même.\n\nAdresse : 42 rue de la République, Lyon. Pour toute question : {phone}.\n\n'
      'À bientôt,\nL\'équipe Maison Clément',
      org='Maison Clément', dom='maison-clement.fr', loc='Maison Clément, 42 rue de la République, Lyon', hour=19, dur=120, d='French boutique launch evening'),
    S('it', 'Anteprima riservata ai clienti: nuova collezione orologi',
      'Gentile {rname},\n\nla ringraziamo per essersi registrato all\'anteprima della nuova collezione presso la nostra gioielleria. Prezzi a partire da 1.850 €; '
      'per i clienti registrati è prevista la personalizzazione gratuita dell\'incisione.\n\nPer modifiche: {phone}\n\nCordiali saluti,\nGioielleria Ferraresi',
      org='Gioielleria Ferraresi', dom='gioielleria-ferraresi.it', loc='Via Roma 15, Modena', hour=18, dur=120, d='Italian jeweller client preview'),
    S('ja', '新製品発表会のご案内（ご登録者様限定）',
      '{rname}様\n\nこの度は新製品発表会にご登録いただき、誠にありがとうございます。当日は新型ロボット掃除機の実演を行います。ご来場者様には会場限定価格（通常価格より15%オフ）'
      'でのご予約を承ります。\n\n会場：東京国際フォーラム ホールB5\nお問い合わせ：{phone}\n\n株式会社ミライ家電',
      org='ミライ家電', dom='mirai-kaden.co.jp', loc='東京国際フォーラム ホールB5', hour=13, dur=120, d='Japanese product launch for registrants'),
    S('zh', '会员专享：新品发布会暨品鉴活动邀请',
      '尊敬的{rname}会员：\n\n感谢您报名参加本季新品发布会。现场将展示全新智能手表系列，会员当日购买可享九折优惠并获赠表带一条。\n\n地点：上海市静安区南京西路1266号 3楼\n'
      '咨询电话：{phone}\n\n敬请准时光临。',
      org='汇科智能', dom='huike-smart.cn', loc='上海市静安区南京西路1266号 3楼', hour=14, dur=120, d='Chinese member launch event'),
    S('de', 'Einladung: Hausmesse mit Neuheiten und Messerabatt',
      'Sehr geehrte Frau / sehr geehrter Herr {rname},\n\nvielen Dank für Ihre Anmeldung zu unserer Hausmesse. Wir zeigen die neuen Akku-Werkzeuge der Serie 18V Pro; '
      'auf alle Bestellungen am Messetag gewähren wir 12 % Messerabatt. Für das leibliche Wohl ist gesorgt.\n\nAnfahrt und Parkplätze: {site}/hausmesse\n\n'
      'Mit freundlichen Grüßen\nWerkzeughandel Baumann GmbH',
      org='Werkzeughandel Baumann GmbH', dom='werkzeug-baumann.de', loc='Gewerbestraße 7, 74076 Heilbronn', hour=10, dur=360, d='German trade house fair for customers'),
]

STORE = [
    S('en', 'Eye examination – Brightsight Opticians',
      'Hi {rname},\n\nYour eye examination is confirmed. The standard eye test is £25 (free for NHS-eligible patients); an OCT scan can be added for £20. '
      'Please bring your current glasses and a list of any medication.\n\nNeed to change it? Call {phone} or reply to this email.\n\nBrightsight Opticians',
      org='Brightsight Opticians', dom='brightsight-opticians.co.uk', loc='Brightsight Opticians, 9 High Street', dur=30, d='Optician appointment with price'),
    S('en', 'Test drive: 2.0 Hybrid Touring – Lakeside Motors',
      'Hi {rname},\n\nThanks for booking a test drive. Your car will be ready at the front of the showroom. As discussed, the on-the-road price is $36,480 '
      'and we can offer 3.9% APR over 60 months (subject to approval). Please bring your driving licence.\n\n{sname}\nSales Executive\nDirect: {phone}',
      org='Lakeside Motors', dom='lakeside-motors.com', loc='Lakeside Motors, 1200 Shore Road', dur=45, person=True, d='Car dealer test drive with APR'),
    S('en', 'Design consultation – living room (Oak & Loom)',
      'Hello {rname},\n\nYour free in-store design consultation is booked. Our designer will go through the sofa and storage options you shortlisted '
      '(Harlow 3-seater $1,890, Brixton sideboard $1,120). Bring room measurements and photos if you can.\n\nOak & Loom',
      org='Oak & Loom Furniture', dom='oakandloom.com', loc='Oak & Loom, 55 Elm Avenue', dur=60, d='Furniture store design consultation'),
    S('en', 'Engagement ring viewing – private appointment',
      'Dear {rname},\n\nWe look forward to welcoming you for your private viewing. We have set aside the three diamonds you asked about (0.9–1.2 ct, '
      '$6,800–$11,400) in platinum settings. Complimentary resizing within 60 days.\n\nWarm regards,\nCarter & Rose Fine Jewellery\n{phone}',
      org='Carter & Rose Fine Jewellery', dom='carterrose-jewellery.com', loc='Carter & Rose, 300 Park Lane, Suite 2', dur=60, d='Jeweller ring viewing'),
    S('en', 'Tyre change appointment – reg {code}',
      'Your appointment for the seasonal tyre change is confirmed. Price: $89 for fitting and balancing (storage of your summer set: $60/season). '
      'Please arrive 10 minutes early.\n\nQuick Lane Tyres · {phone}',
      org='QuickLane Tyres', dom='quicklane-tyres.com', loc='QuickLane Tyres, 77 Industrial Way', dur=60, flocal='quicklanetyres', d='Tyre fitting appointment'),
    S('de', 'Termin Sehtest und Brillenberatung',
      'Hallo {rname},\n\nIhr Termin für den Sehtest mit anschließender Brillenberatung ist bestätigt. Der Sehtest ist kostenlos; Gleitsichtgläser gibt es '
      'diesen Monat ab 249 € pro Paar. Bitte bringen Sie Ihre aktuelle Brille mit.\n\nTerminänderung: {phone}\n\nIhr Team von Optik Brenner',
      org='Optik Brenner', dom='optik-brenner.de', loc='Optik Brenner, Hauptstraße 21, 88131 Lindau', dur=45, d='German optician appointment'),
    S('nl', 'Afspraak proefrit – Volt Hybrid',
      'Beste {rname},\n\nBedankt voor het inplannen van een proefrit. De auto staat klaar bij de showroom. Vanafprijs: € 34.995; private lease vanaf € 489 per maand '
      '(60 maanden, 10.000 km per jaar). Neem uw rijbewijs mee.\n\nMet vriendelijke groet,\n{sname}\nAutobedrijf Van Dijk',
      org='Autobedrijf Van Dijk', dom='autobedrijf-vandijk.nl', loc='Autobedrijf Van Dijk, Industrieweg 12, Amersfoort', dur=45, person=True, d='Dutch car dealer test drive'),
    S('el', 'Ραντεβού οφθαλμολογικού ελέγχου – Οπτικά Λάμψη',
      'Καλημέρα {rname},\n\nΤο ραντεβού σας για εξέταση όρασης επιβεβαιώθηκε. Η εξέταση κοστίζει 20 € και αφαιρείται από την αγορά γυαλιών. Αυτόν τον μήνα '
      'έκπτωση 30% στους φακούς επαφής.\n\nΓια αλλαγές: {phone}\n\nΟπτικά Λάμψη',
      org='Οπτικά Λάμψη', dom='optika-lampsi.gr', loc='Ερμού 45, Αθήνα', dur=30, d='Greek optician appointment'),
    S('pl', 'Potwierdzenie wizyty – salon meblowy',
      'Dzień dobry,\n\npotwierdzamy wizytę w naszym salonie. Projektant przygotuje wizualizację kuchni zgodnie z przesłanymi wymiarami. Orientacyjna wycena: '
      '18 900 zł z montażem; do końca miesiąca blaty kwarcowe 20% taniej.\n\nW razie zmian prosimy o kontakt: {phone}\n\nSalon Meble Wiśniewski',
      org='Meble Wiśniewski', dom='meble-wisniewski.pl', loc='ul. Długa 14, Kraków', dur=60, d='Polish furniture consultation'),
    S('ko', '시승 예약 확인 안내',
      '{rname} 고객님, 안녕하세요.\n\n요청하신 시승 예약이 확정되었습니다. 시승 차량: 하이브리드 SUV (판매가 4,290만원). 이번 달 계약 시 2.9% 저금리 할부가 가능합니다. '
      '운전면허증을 지참해 주세요.\n\n문의: {phone}\n한빛모터스 강남전시장',
      org='한빛모터스', dom='hanbit-motors.co.kr', loc='서울 강남구 도산대로 318', dur=60, d='Korean car test drive'),
]

PHARMA = [
    S('en', 'Flu vaccination – Northside Pharmacy',
      'Hi {rname},\n\nYour flu vaccination appointment is booked. The vaccine is free for eligible patients; otherwise the price is £16.99. Please wear a '
      'short-sleeved top and arrive 5 minutes early. If you feel unwell on the day, call us on {phone} to rebook.\n\nNorthside Pharmacy',
      org='Northside Pharmacy', dom='northside-pharmacy.co.uk', loc='Northside Pharmacy, 3 Station Road', dur=15, d='Pharmacy flu jab with price'),
    S('en', 'Dietitian appointment – initial assessment',
      'Dear {rname},\n\nThis confirms your initial assessment with {sname}, registered dietitian. The session is 60 minutes and costs $140 (receipts '
      'provided for insurance). Please complete the 3-day food diary before your visit.\n\nCancellation policy: 24 hours\' notice.',
      org='Balanced Plate Nutrition', dom='balancedplate-nutrition.com', loc='Suite 210, 45 Wellness Drive', dur=60, d='Dietitian appointment'),
    S('en', 'Travel clinic: vaccinations before your trip',
      'Your travel clinic appointment is confirmed. Based on your itinerary (Thailand, Vietnam) the nurse will discuss hepatitis A, typhoid and Japanese '
      'encephalitis. Typical cost: $95–$320 depending on vaccines. Bring your vaccination record.\n\nCityCare Travel Health · {phone}',
      org='CityCare Travel Health', dom='citycare-travelhealth.com', loc='CityCare Clinic, 80 Main Street, 2nd floor', dur=30, d='Travel clinic vaccination'),
    S('en', 'Physiotherapy – follow-up session',
      'Hi {rname}, just a reminder of your follow-up physio session. Your plan covers 6 sessions at $85 each; this is session 3. Wear comfortable clothing.',
      org='Motion Physio', dom='motionphysio.com', loc='Motion Physio, 12 Bay Road', dur=45, flocal='motionphysio.clinic', d='Physio follow-up'),
    S('en', 'Weight management programme – group session 1',
      'Welcome to the 12-week weight management programme run by the hospital\'s dietetics team. Session 1 covers goal setting and portion sizes. The programme '
      'is free for referred patients. Parking validation at reception.',
      org='St Anne\'s Hospital Dietetics', dom='stannes-hospital.org', loc='Education Centre, Room 2', dur=90, method='PUBLISH', d='Hospital weight management group'),
    S('es', 'Cita confirmada: vacunación en farmacia',
      'Hola {rname}:\n\nTu cita para la vacuna de la gripe en nuestra farmacia está confirmada. Para mayores de 65 años es gratuita; en otro caso el precio es '
      'de 18 €. Trae tu tarjeta sanitaria.\n\nSi no puedes acudir, llámanos al {phone}.\n\nFarmacia Solmar',
      org='Farmacia Solmar', dom='farmacia-solmar.es', loc='Av. del Mar 22, Málaga', dur=15, d='Spanish pharmacy vaccination'),
    S('ar', 'تأكيد موعد: استشارة أخصائية التغذية',
      'مرحباً {rname}،\n\nتم تأكيد موعدك مع أخصائية التغذية في عيادتنا. مدة الجلسة 45 دقيقة ورسومها 350 درهماً، وتشمل قياس تكوين الجسم وخطة غذائية مخصصة.\n\n'
      'لإعادة الجدولة يرجى الاتصال على {phone}.\n\nعيادة النخبة الطبية',
      org='عيادة النخبة الطبية', dom='elite-clinic.ae', loc='برج النخيل، الطابق 5، دبي', dur=45, d='Arabic dietitian appointment'),
    S('th', 'ยืนยันนัดหมาย: ฉีดวัคซีนไข้หวัดใหญ่',
      'เรียน คุณ{rname}\n\nนัดหมายฉีดวัคซีนไข้หวัดใหญ่ของท่านได้รับการยืนยันแล้ว ค่าบริการ 650 บาท (รวมค่าแพทย์) กรุณานำบัตรประชาชนมาด้วย\n\nสอบถาม {phone}\nโรงพยาบาลสุขใจ',
      org='โรงพยาบาลสุขใจ', dom='sukjai-hospital.co.th', loc='อาคาร A ชั้น 2 โรงพยาบาลสุขใจ', dur=20, d='Thai hospital flu vaccine'),
    S('pt', 'Consulta com nutricionista confirmada',
      'Olá {rname},\n\nSua consulta com a nutricionista está confirmada. Valor: R$ 250,00 (aceitamos reembolso de convênio). Traga exames recentes, se tiver.\n\n'
      'Para remarcar: {phone}\n\nClínica Viva Bem',
      org='Clínica Viva Bem', dom='clinicavivabem.com.br', loc='Rua Augusta 1500, sala 42, São Paulo', dur=60, flocal='clinicavivabem', d='Brazilian nutritionist'),
    S('ru', 'Запись на приём к диетологу подтверждена',
      'Здравствуйте, {rname}!\n\nВаша запись на первичный приём к врачу-диетологу подтверждена. Стоимость консультации — 3 200 ₽, анализ состава тела — 900 ₽. '
      'Пожалуйста, возьмите с собой результаты последних анализов.\n\nПеренести запись: {phone}\n\nКлиника «Здоровье+»',
      org='Клиника «Здоровье+»', dom='zdorovie-plus.ru', loc='ул. Тверская, 18, Москва', dur=45, d='Russian dietitian appointment'),
]

HOMESURVEY = [
    S('en', 'Solar survey – as requested',
      'Hi {rname},\n\nThanks for requesting a solar quote. Our surveyor will visit to check the roof, fuse board and loft access. Based on your bills, a '
      '4.2 kWp system with a 5 kWh battery is likely to cost £7,900–£9,200 installed. There is no charge for the survey and no obligation.\n\n'
      'If you need to reschedule, call {phone} and quote reference {ref}.\n\nBrightRoof Solar',
      org='BrightRoof Solar', dom='brightroof-solar.co.uk', dur=90, d='Requested solar survey'),
    S('en', 'Smart meter installation – appointment confirmed',
      'Your smart meter installation is confirmed. An engineer will arrive between 8am and 12pm; the power will be off for about 30 minutes. There is no '
      'charge. Account number ending {code}.\n\nNeed to change? Call {phone} (Mon–Fri 8am–8pm).',
      org='Evergreen Energy', dom='evergreen-energy.co.uk', hour=8, dur=240, d='Utility smart meter installation'),
    S('en', 'Annual boiler service',
      'Hi {rname}, your annual boiler service is booked. The fixed price is $129 (includes safety certificate). Please make sure the boiler is accessible.',
      org='HeatWise Plumbing', dom='heatwise-plumbing.com', dur=60, flocal='heatwise.plumbing', d='Boiler service appointment'),
    S('en', 'Meter reading visit – Riverbend Water',
      'Dear customer,\n\nWe will be reading meters in your street next week. If your meter is inside, please allow access or submit a reading online at '
      '{site}/reading before the visit. Our staff carry photo ID; you can verify them on {phone}.',
      org='Riverbend Water', dom='riverbend-water.org', method='PUBLISH', allday=True, d='Water meter reading notice'),
    S('en', 'Heat pump feasibility survey',
      'Hello {rname},\n\nThank you for your enquiry. Our assessor will carry out a heat loss survey (about 2 hours). Typical installed cost for a home your size: '
      '$14,000–$18,500 before the $2,000 federal tax credit. The survey fee of $150 is refunded if you proceed.\n\nNorthwind Heating · {phone}',
      org='Northwind Heating & Air', dom='northwind-hvac.com', dur=120, d='Requested heat pump survey'),
    S('nl', 'Inspectie zonnepanelen – uw aanvraag',
      'Beste {rname},\n\nNaar aanleiding van uw offerteaanvraag komt onze adviseur langs voor een dakinspectie. Indicatie: 10 panelen, circa € 5.400 inclusief '
      'montage. De inspectie is kosteloos.\n\nVerzetten? Bel {phone} of gebruik de link in uw bevestigingsmail.\n\nZonneDak Installaties',
      org='ZonneDak Installaties', dom='zonnedak-installaties.nl', dur=60, d='Dutch requested solar inspection'),
    S('sv', 'Byte av elmätare – bokad tid',
      'Hej {rname},\n\nVi byter elmätare i ditt område. Vår montör kommer mellan 07.00 och 12.00. Strömmen bryts cirka 20 minuter. Bytet är kostnadsfritt.\n\n'
      'Frågor: {phone}\n\nVänliga hälsningar\nMälardalens Elnät',
      org='Mälardalens Elnät', dom='malardalens-elnat.se', hour=7, dur=300, d='Swedish meter replacement'),
    S('it', 'Sopralluogo caldaia richiesto',
      'Gentile {rname},\n\nconfermiamo il sopralluogo per la sostituzione della caldaia da lei richiesto. Preventivo indicativo: 2.300 € con detrazione del 65%. '
      'Il sopralluogo è gratuito.\n\nPer spostare l\'appuntamento: {phone}\n\nTermoidraulica Gallo',
      org='Termoidraulica Gallo', dom='termoidraulica-gallo.it', dur=60, d='Italian boiler survey'),
    S('pl', 'Odczyt licznika gazu – zawiadomienie',
      'Szanowni Państwo,\n\nuprzejmie informujemy o planowanym odczycie licznika gazu. Inkasent posiada identyfikator służbowy. Odczyt można również podać '
      'samodzielnie przez e-BOK: {site}/ebok.\n\nBiuro Obsługi Klienta: {phone}',
      org='Gazownia Miejska', dom='gazownia-miejska.pl', method='PUBLISH', allday=True, d='Polish gas meter reading notice'),
    S('de', 'Vor-Ort-Termin Wärmepumpe (Ihre Anfrage)',
      'Guten Tag {rname},\n\nvielen Dank für Ihre Anfrage. Unser Energieberater kommt zur Heizlastberechnung vorbei (ca. 2 Stunden). Richtpreis für Ihr Haus: '
      '24.000–29.000 € vor Förderung; die KfW-Förderung kann bis zu 70 % betragen.\n\nBei Rückfragen: {phone}\n\nMüller Haustechnik GmbH',
      org='Müller Haustechnik GmbH', dom='mueller-haustechnik.de', dur=120, d='German heat pump on-site visit'),
]

INSURANCE = [
    S('en', 'Annual policy review – home & contents',
      'Hi {rname},\n\nAhead of your renewal on the 28th, I\'ve set up our annual review. Your current premium is $1,284/year; the insurer\'s renewal quote is $1,362. '
      'I\'ve also got two alternative quotes ($1,190 and $1,245) we can go through.\n\nTalk soon,\n{sname}\nSummit Insurance Brokers · {phone}',
      org='Summit Insurance Brokers', dom='summit-brokers.com', person=True, online=True, dur=30, d='Broker annual policy review'),
    S('en', 'Claim inspection visit – claim {ref}',
      'Dear {rname},\n\nFurther to your claim for water damage, our loss adjuster will visit to inspect the kitchen and hallway. Please keep any damaged items '
      'and receipts. Your excess on this policy is £250.\n\nClaims team: {phone}',
      org='Harbour Mutual Insurance', dom='harbourmutual.co.uk', dur=60, d='Insurance claim inspection visit'),
    S('en', 'Call with your health insurance adviser',
      'As requested, your adviser will call to go through the family plan options. Premiums discussed: $612/month (Silver) and $744/month (Gold).',
      org='ClearPath Health Plans', dom='clearpath-health.com', dur=30, d='Requested health insurance call'),
    S('en', 'Fleet insurance renewal meeting',
      'Agenda:\n1. Claims history (3 claims, total $18,400)\n2. Renewal terms – premium +6.5%\n3. Telematics discount (up to 12%)\n\n{sname}',
      org='Ridgeway Commercial Insurance', dom='ridgeway-commercial.com', person=True, online=True, dur=45, d='B2B fleet insurance renewal'),
    S('en', 'Life insurance – medical exam appointment',
      'Hi {rname}, as part of your application for $750,000 term cover, a paramedical examiner will visit your home. Please fast for 8 hours beforehand.',
      org='Pinnacle Life', dom='pinnacle-life.com', dur=45, d='Life insurance paramedical exam'),
    S('fr', 'Rendez-vous bilan assurance habitation',
      'Bonjour {rname},\n\nComme convenu, je vous propose de faire le point sur votre contrat habitation. Votre cotisation actuelle est de 412 € par an ; '
      'l\'ajout de la garantie panneaux solaires coûterait 38 € de plus.\n\nBien cordialement,\n{sname}\nAgence Lefort Assurances · {phone}',
      org='Lefort Assurances', dom='lefort-assurances.fr', person=True, dur=30, d='French insurance review'),
    S('es', 'Visita del perito – siniestro {ref}',
      'Estimado/a {rname}:\n\nLe confirmamos la visita del perito para valorar los daños por agua comunicados. Franquicia aplicable: 150 €. Tenga a mano las '
      'facturas de los bienes afectados.\n\nAtención al cliente: {phone}\n\nMutua Iberia Seguros',
      org='Mutua Iberia Seguros', dom='mutuaiberia.es', dur=60, d='Spanish claim adjuster visit'),
    S('he', 'פגישת חידוש ביטוח רכב',
      'שלום {rname},\n\nלקראת חידוש הפוליסה ב-1 לחודש, קבעתי לנו שיחה קצרה. הפרמיה הנוכחית: 4,850 ₪ לשנה; הצעת החידוש: 5,120 ₪. יש לי גם הצעה חלופית ב-4,690 ₪.\n\n'
      '{sname}\nסוכנות כהן ביטוחים · {phone}',
      org='כהן ביטוחים', dom='cohen-insurance.co.il', person=True, dur=30, d='Hebrew car insurance renewal'),
    S('ko', '보험 보장 분석 상담 (요청하신 일정)',
      '{rname} 고객님, 요청하신 보험 보장 분석 상담 일정을 안내드립니다. 현재 월 보험료 합계 287,000원 기준으로 중복 보장 여부를 확인해 드리겠습니다.\n\n담당 설계사 {sname} · {phone}',
      org='한화손해보험 대리점 미래지점', dom='mirae-agency.co.kr', person=True, dur=60, d='Korean insurance review requested'),
    S('hi', 'स्वास्थ्य बीमा नवीनीकरण – सलाहकार से मुलाकात',
      'नमस्ते {rname} जी,\n\nआपकी पॉलिसी का नवीनीकरण अगले महीने है। वर्तमान प्रीमियम ₹18,450 वार्षिक है; परिवार फ्लोटर में ₹10 लाख कवर के लिए नया प्रीमियम ₹21,300 होगा। '
      'हम विकल्पों पर चर्चा करेंगे।\n\n{sname}\nसुरक्षा इंश्योरेंस ब्रोकर्स · {phone}',
      org='Suraksha Insurance Brokers', dom='suraksha-brokers.in', person=True, dur=30, d='Hindi health insurance renewal meeting'),
]

TRAVEL = [
    S('en', 'Flight LX 1425 London – Zurich',
      'Booking reference: {code}\nPassenger: {rfull}\nFlight: LX 1425, economy (Light fare, 1 cabin bag)\nCheck-in opens 23 hours before departure.\n\n'
      'Manage your booking: {site}/manage?pnr={code}',
      org='Alpen Air', dom='alpenair-bookings.com', loc='London Heathrow (LHR) Terminal 2', dur=105, method='PUBLISH',
      extra=[('Flight LX 1430 Zurich – London', 5, 6, 110, 'Zurich (ZRH)')], d='Airline itinerary with return flight (two events)'),
    S('en', 'Hotel reservation – Harbourview Hotel',
      'Thank you for your reservation.\nConfirmation number: {ref}\nRoom: Superior King, non-refundable rate\nTotal: $642.60 incl. taxes (charged at booking)\n'
      'Check-in from 3:00 PM, check-out by 11:00 AM.\n\nQuestions? {phone}',
      org='Harbourview Hotel', dom='harbourview-hotel.com', loc='Harbourview Hotel, 1 Pier Street', hour=15, dur=60, method='PUBLISH', d='Hotel reservation'),
    S('en', 'Train: Manchester Piccadilly → London Euston',
      'Your e-ticket is ready. Coach C, seat 42 (forward facing, table). Advance Single £38.50. Show the QR code in the app or print at the station.',
      org='RailGo Tickets', dom='railgo-tickets.co.uk', loc='Manchester Piccadilly', dur=130, method='PUBLISH', d='Train e-ticket'),
    S('en', 'Car rental pick-up – Denver Airport',
      'Reservation {code}: Intermediate SUV or similar. Estimated total $318.44 for 4 days, unlimited mileage. Bring your licence and the card used for booking.',
      org='Mesa Car Rental', dom='mesa-carrental.com', loc='Denver International Airport, Rental Car Center', dur=30, method='PUBLISH', d='Car rental pick-up'),
    S('en', 'Food tour – Old Town (booking {ref})',
      'Hi {rname}! Your small-group food tour is booked for 2 people ($79 each, paid). Meet your guide by the fountain in Old Town Square. Tour lasts 3 hours, '
      'comfortable shoes recommended. Free cancellation up to 24h before.',
      org='Local Bites Tours', dom='localbites-tours.com', loc='Old Town Square fountain', dur=180, d='Food tour booking'),
    S('es', 'Vuelo IB 3170 Madrid – París (Orly)',
      'Localizador: {code}\nPasajero: {rfull}\nTarifa: Basic, 1 equipaje de mano\nEmbarque cerrado 20 minutos antes de la salida.\n\nGestiona tu reserva: {site}/reserva',
      org='Iberia Express Reservas', dom='vuelos-reservas-ibx.es', loc='Madrid-Barajas T4', dur=120, method='PUBLISH',
      extra=[('Vuelo IB 3171 París (Orly) – Madrid', 3, 5, 125, 'Paris Orly (ORY)')], d='Spanish flight itinerary'),
    S('el', 'Κράτηση ξενοδοχείου – Αριθμός επιβεβαίωσης {ref}',
      'Σας ευχαριστούμε για την κράτηση.\nΔωμάτιο: Δίκλινο με θέα θάλασσα, 3 νύχτες\nΣύνολο: 486 € (πληρωμή στο ξενοδοχείο)\nΔωρεάν ακύρωση έως 48 ώρες πριν.\n\n'
      'Επικοινωνία: {phone}',
      org='Ξενοδοχείο Αιγαίο', dom='aegeo-hotel.gr', loc='Ξενοδοχείο Αιγαίο, Νάξος', hour=14, dur=60, method='PUBLISH', d='Greek hotel booking'),
    S('ru', 'Поезд Москва — Санкт-Петербург, вагон 5, место 17',
      'Электронный билет оформлен.\nПоезд 752А «Сапсан», вагон 5, место 17.\nСтоимость: 4 890 ₽.\nПосадка по паспорту.\n\nВозврат и обмен: {site}/bilety',
      org='ЖД Билеты Онлайн', dom='zhd-bilety.ru', loc='Ленинградский вокзал', dur=240, method='PUBLISH', d='Russian train ticket'),
    S('th', 'ยืนยันการจองทัวร์ดำน้ำเกาะพีพี',
      'ขอบคุณที่จองทัวร์กับเรา\nหมายเลขการจอง: {ref}\nจำนวน 2 ท่าน ราคารวม 3,800 บาท (ชำระแล้ว)\nรถรับที่โรงแรมเวลา 07:30 น.\n\nติดต่อ {phone}',
      org='Andaman Sea Tours', dom='andamansea-tours.co.th', loc='รับที่โรงแรม', hour=7, dur=540, d='Thai diving tour booking'),
    S('zh-tw', '高鐵訂位成功通知：台北 → 左營',
      '訂位代號：{ref}\n車次：0609，標準車廂 7 車 12A\n票價：NT$1,490（已付款）\n請於發車前抵達月台。\n\n查詢或退票：{site}/order',
      org='高鐵訂票服務', dom='thsr-booking.example.tw', loc='台北車站', dur=95, method='PUBLISH', d='Taiwanese HSR booking'),
]

ADVISOR = [
    S('en', 'Mortgage meeting – remortgage options',
      'Hi {rname},\n\nThanks for getting in touch. For our meeting I\'ve prepared three options on a £285,000 balance: 5-year fixed at 4.29% (£1,548/month), '
      '2-year fixed at 4.64% and a tracker at base +0.59%. Product fees range from £0 to £999. Please bring your last three payslips.\n\n'
      '{sname}\nMortgage Adviser\nYour home may be repossessed if you do not keep up repayments on your mortgage.',
      org='Castlegate Building Society', dom='castlegate-bs.co.uk', person=True, loc='Castlegate Building Society, 10 Bridge Street', dur=60,
      d='Bank mortgage meeting with rates'),
    S('en', 'Quarterly portfolio review',
      'Dear {rname},\n\nAhead of our review: your portfolio returned 6.8% year to date (benchmark 5.9%), current value $1,214,560. We will discuss rebalancing '
      'towards short-duration bonds (yield ~4.7%) and your IRA contribution. Past performance is not a guarantee of future results.\n\n{sname}, CFP',
      org='Bellwether Wealth Partners', dom='bellwether-wealth.com', person=True, online=True, dur=60, d='Advisor portfolio review with figures'),
    S('en', 'Pension review with your financial planner',
      'Agenda: current pension pot (£186,400), projected income at 67, drawdown vs annuity, tax-free cash (25%). Fee for this review: included in your '
      'ongoing service (0.5% p.a.).',
      org='Fairway Financial Planning', dom='fairway-fp.co.uk', person=True, dur=60, d='Pension review'),
    S('en', 'Business loan discussion – equipment finance',
      'Hi {rname}, following your application, let\'s go through the term sheet: $180,000 over 5 years at 7.25% fixed, 1% arrangement fee, no early repayment '
      'charge after year 2.',
      org='Granite Community Bank', dom='granite-communitybank.com', person=True, online=True, dur=45, d='Bank business loan meeting'),
    S('en', 'Savings appointment at your branch',
      'Your appointment to open a fixed-term deposit is confirmed. Current rates: 12 months 4.10% AER, 24 months 3.85% AER. Bring photo ID and proof of address.',
      org='Meridian Savings Bank', dom='meridian-savings.com', loc='Meridian Savings Bank, Broad Street branch', dur=30, d='Branch savings appointment'),
    S('zh', '理财经理季度回顾会议',
      '{rname}您好：\n\n感谢您一直以来的信任。本次季度回顾将向您汇报：组合今年以来收益率4.6%，当前市值286万元；并讨论将部分资金配置到三年期大额存单（年利率2.35%）。'
      '理财非存款，产品有风险，投资须谨慎。\n\n{sname}\n客户经理',
      org='招华银行 私人银行部', dom='zhaohua-bank.cn', person=True, loc='招华银行 陆家嘴支行 8楼', dur=60, d='Chinese bank wealth review'),
    S('zh-tw', '房貸轉貸諮詢會議',
      '{rname} 您好：\n\n依您的需求，本行可提供房貸轉貸方案：貸款金額 NT$8,500,000，首年利率 2.06%，第二年起 2.185%，手續費 NT$5,000。會議時請攜帶身分證與最近的繳款紀錄。\n\n'
      '{sname}\n個人金融部 理財專員 · {phone}',
      org='國泰聯合銀行', dom='cathayunion-bank.com.tw', person=True, loc='信義分行 3樓', dur=60, d='Taiwanese mortgage refinance meeting'),
    S('ja', '資産運用のご相談（ご予約内容の確認）',
      '{rname}様\n\nご予約いただいた資産運用のご相談について確認のご連絡です。新NISAのつみたて投資枠（年120万円）と成長投資枠の活用、定期預金（1年もの 年0.125%）の'
      '満期後のご資金についてご説明いたします。\n\n担当：{sname}\n投資信託は元本保証ではありません。',
      org='みずなみ銀行', dom='mizunami-bank.co.jp', person=True, loc='みずなみ銀行 新宿支店 2階 相談ブース', dur=60, d='Japanese bank investment consult'),
    S('he', 'פגישת ייעוץ השקעות רבעונית',
      'שלום {rname},\n\nלקראת הפגישה: התיק שלך הניב 5.2% מתחילת השנה, שווי נוכחי 1,340,000 ₪. נדון בהגדלת רכיב האג"ח הקצר (תשואה כ-4.1%). '
      'ביצועי העבר אינם מבטיחים ביצועים עתידיים.\n\n{sname}\nיועץ השקעות, בנק אופק',
      org='בנק אופק', dom='bank-ofek.co.il', person=True, dur=60, d='Hebrew investment advisor meeting'),
    S('ar', 'اجتماع مراجعة المحفظة الاستثمارية',
      'السيد/السيدة {rname} المحترم،\n\nيسرنا تأكيد اجتماع مراجعة محفظتكم. بلغ عائد المحفظة منذ بداية العام 5.4%، وقيمتها الحالية 2,150,000 درهم. '
      'سنناقش الصكوك قصيرة الأجل بعائد يقارب 5.1%. الأداء السابق لا يضمن النتائج المستقبلية.\n\n{sname}\nمدير العلاقات، بنك الخليج الأول',
      org='بنك الخليج الأول', dom='gulffirst-bank.ae', person=True, dur=60, d='Arabic private bank review'),
]

BROKER = [
    S('en', 'Client webinar: Market outlook – rates, FX and gold',
      'Dear client,\n\nJoin our chief strategist for the quarterly market outlook: central bank path, EUR/USD and gold scenarios, and where we see value in '
      'short-dated bonds. Q&A at the end.\n\nCFDs are complex instruments and come with a high risk of losing money rapidly due to leverage. '
      '74% of retail investor accounts lose money when trading CFDs with this provider.',
      org='Northbridge Markets', dom='northbridge-markets.com', online=True, hour=17, dur=60, method='PUBLISH', d='Broker client webinar with risk warning'),
    S('en', 'Options basics for clients – live session',
      'You\'re registered for "Options basics": covered calls, cash-secured puts and how assignment works. This session is educational and not investment advice. '
      'Options involve risk and are not suitable for all investors.',
      org='Tidewater Brokerage', dom='tidewater-brokerage.com', online=True, hour=18, dur=60, d='Broker options education'),
    S('en', 'Spot bitcoin ETFs explained – client Q&A',
      'Hi {rname},\n\nThanks for registering. We\'ll cover how spot bitcoin ETFs work, fees (0.20%–0.25%), tax treatment and position sizing. '
      'Crypto assets are highly volatile; you could lose all of your investment.\n\nCobalt Invest client education',
      org='Cobalt Invest', dom='cobalt-invest.com', online=True, hour=18, dur=45, d='Broker crypto ETF Q&A'),
    S('en', 'Dividend season briefing for account holders',
      'Our research team reviews upcoming ex-dividend dates and yields (FTSE 100 average ~3.7%). Recording will be available in your client portal.',
      org='Albion Share Dealing', dom='albion-sharedealing.co.uk', online=True, hour=12, dur=45, method='PUBLISH', d='Broker dividend briefing'),
    S('en', 'Onboarding call – your new trading account',
      'Hi {rname},\n\nWelcome aboard. In this call we\'ll verify your documents, set up two-factor authentication and walk through order types. We will never '
      'ask for your password or ask you to transfer funds to a third party.\n\n{sname}\nClient Services · {phone}',
      org='Keystone Securities', dom='keystone-securities.com', person=True, online=True, dur=30, d='Broker onboarding call'),
    S('tr', 'Müşterilerimize özel webinar: Altın ve döviz görünümü',
      'Değerli müşterimiz,\n\nBaşekonomistimizin katılımıyla altın ve döviz piyasalarına ilişkin üç aylık görünüm webinarımıza davetlisiniz. Burada yer alan '
      'bilgiler yatırım danışmanlığı kapsamında değildir. Kaldıraçlı işlemler yüksek risk içerir.',
      org='Boğaziçi Yatırım', dom='bogazici-yatirim.com.tr', online=True, hour=18, dur=60, method='PUBLISH', d='Turkish broker webinar'),
    S('zh', '客户专享直播：下半年A股与港股策略',
      '尊敬的客户：\n\n诚邀您参加下半年投资策略直播，首席分析师将解读宏观环境、行业配置与估值水平。本直播内容仅供参考，不构成投资建议。市场有风险，投资需谨慎。',
      org='华信证券', dom='huaxin-securities.cn', online=True, hour=19, dur=60, method='PUBLISH', d='Chinese broker strategy livestream'),
    S('ru', 'Вебинар для клиентов: облигации в 2-м полугодии',
      'Уважаемый клиент!\n\nПриглашаем на вебинар о рынке облигаций: доходности ОФЗ, корпоративные выпуски, стратегии «лесенка». Не является индивидуальной '
      'инвестиционной рекомендацией. Доходность в прошлом не гарантирует доходности в будущем.',
      org='БКС-Инвест Партнёр', dom='invest-partner.ru', online=True, hour=19, dur=60, method='PUBLISH', d='Russian broker bond webinar'),
    S('vi', 'Hội thảo trực tuyến dành cho khách hàng: Triển vọng thị trường quý III',
      'Kính gửi Quý khách,\n\nCông ty trân trọng mời Quý khách tham dự hội thảo trực tuyến về triển vọng thị trường chứng khoán quý III. Nội dung chỉ mang tính '
      'tham khảo, không phải khuyến nghị đầu tư.\n\nHotline hỗ trợ: {phone}',
      org='Chứng khoán Sài Gòn Á Châu', dom='saigonachau-securities.vn', online=True, hour=15, dur=90, d='Vietnamese broker webinar'),
    S('id', 'Webinar nasabah: Strategi reksa dana semester II',
      'Yth. Nasabah,\n\nKami mengundang Anda ke webinar strategi reksa dana semester II bersama tim riset kami. Kinerja masa lalu tidak mencerminkan kinerja '
      'masa depan. Investasi melalui reksa dana mengandung risiko.\n\nPendaftaran: {site}/webinar',
      org='Nusantara Sekuritas', dom='nusantara-sekuritas.co.id', online=True, hour=15, dur=60, d='Indonesian broker webinar'),
]

B2BMEET = [
    S('en', 'Product demo: FieldOps scheduling (booked via your request)',
      'Hi {rname},\n\nThanks for booking a demo through our website. Based on your form: 35 field technicians, currently using spreadsheets. I\'ll show '
      'dispatch, route optimisation and the mobile app. Pricing starts at $29/user/month; annual plans are 15% off.\n\nTo reschedule use the link in your '
      'confirmation email.\n\n{sname}\nAccount Executive',
      org='FieldOps', dom='fieldops-software.com', person=True, online=True, dur=45, d='Demo the recipient booked via scheduling link'),
    S('en', 'Intro call re: your quote request (packaging)',
      'Following your quote request for 20,000 printed mailer boxes: unit price $0.84 at 20k, $0.71 at 50k, lead time 3 weeks. Happy to go through options.',
      org='Crestline Packaging', dom='crestline-packaging.com', person=True, online=True, dur=30, d='Supplier call after quote request'),
    S('en', 'Discovery call – {rname} / Brightlane',
      'Scheduled via Brightlane booking page.\n\nAgenda: goals for the website rebuild, timeline, budget range ($15k–$25k) you mentioned.\n\nJoin link in location.',
      org='Brightlane Studio', dom='brightlane-studio.com', person=True, online=True, dur=30, d='Agency discovery call booked by recipient'),
    S('en', 'Renewal discussion – SecureVault licences',
      'Hi {rname},\n\nYour 120 SecureVault licences renew on the 30th. Current price $8.40/user/month; the renewal quote is $8.90 with a 3-year option at $8.10. '
      'Let\'s review usage and any changes.\n\n{sname}, Customer Success',
      org='SecureVault', dom='securevault-cloud.com', person=True, online=True, dur=30, d='Existing vendor renewal call'),
    S('en', 'Onsite visit – warehouse racking survey',
      'As agreed on the phone, our engineer will measure the warehouse for the pallet racking quote. Please arrange access to bays 3–6 and a safety induction.',
      org='Apex Storage Systems', dom='apexstorage-systems.com', person=True, dur=120, d='Requested onsite B2B survey'),
    S('de', 'Demo-Termin: Zeiterfassung für Ihr Team',
      'Hallo {rname},\n\nvielen Dank für Ihre Terminbuchung über unsere Website. Wie im Formular angegeben: 48 Mitarbeitende, zwei Standorte. Ich zeige Ihnen '
      'Schichtplanung und DATEV-Export. Preise ab 4,50 € pro Nutzer und Monat.\n\nViele Grüße\n{sname}',
      org='Zeitwerk Software GmbH', dom='zeitwerk-software.de', person=True, online=True, dur=45, d='German SaaS demo booked by recipient'),
    S('hi', 'डेमो कॉल: इन्वेंटरी सॉफ्टवेयर (आपके अनुरोध पर)',
      'नमस्ते {rname} जी,\n\nहमारी वेबसाइट पर डेमो बुक करने के लिए धन्यवाद। आपने बताया था कि आपके 3 गोदाम हैं। मैं स्टॉक ट्रैकिंग और GST बिलिंग दिखाऊँगा। '
      'कीमत ₹1,499 प्रति उपयोगकर्ता प्रति माह से शुरू।\n\n{sname}',
      org='StockSaathi', dom='stocksaathi.in', person=True, online=True, dur=45, d='Hindi demo booked by recipient'),
    S('vi', 'Cuộc gọi tư vấn giải pháp kế toán (theo yêu cầu của anh/chị)',
      'Chào anh/chị {rname},\n\nCảm ơn anh/chị đã đặt lịch qua website. Theo thông tin đăng ký, công ty có 25 nhân viên. Em sẽ giới thiệu phần mềm kế toán và '
      'hóa đơn điện tử; giá từ 3.500.000đ/năm.\n\n{sname}',
      org='KeToanSo', dom='ketoanso.vn', person=True, online=True, dur=30, d='Vietnamese demo booked'),
    S('pl', 'Spotkanie: oferta na serwis klimatyzacji (Państwa zapytanie)',
      'Dzień dobry,\n\nw nawiązaniu do zapytania ofertowego proponuję spotkanie w sprawie serwisu 14 jednostek klimatyzacji. Wstępna cena: 3 800 zł netto rocznie.\n\n'
      'Pozdrawiam,\n{sname}',
      org='KlimaSerwis', dom='klimaserwis-krakow.pl', person=True, online=True, dur=30, d='Polish supplier meeting after RFQ'),
    S('sv', 'Demo: bokningssystem för er klinik',
      'Hej {rname},\n\nTack för att du bokade en demo via vår webbplats. Jag visar onlinebokning, SMS-påminnelser och kassaintegration. Pris från 590 kr/månad per behandlare.\n\n'
      'Hälsningar\n{sname}',
      org='Bokamera Pro', dom='bokamera-pro.se', person=True, online=True, dur=30, d='Swedish demo booked'),
]

AWARD = [
    S('en', 'Regional Business Awards {year} – finalists\' evening',
      'Dear {rname},\n\nCongratulations again on being named a finalist in the Customer Service category. Your two complimentary finalist tickets are confirmed; '
      'additional guest tickets are £85 + VAT. Dress code: black tie. Winners are announced on the night.\n\nChamber of Commerce Events Team\n{phone}',
      org='Northshire Chamber of Commerce', dom='northshire-chamber.org.uk', loc='The Grand Hall, Civic Centre', hour=18, dur=300, days=(20, 45),
      d='Legit business awards finalists evening (recipient entered)'),
    S('en', 'Your ticket: Industry Excellence Awards gala',
      'Ticket holder: {rfull}\nTable 14, seat 6\nOrder {ref} – 1 x standard ticket $275.00 (paid)\n\nDoors 6:30pm, dinner 7:30pm. Please bring this email or your QR code.',
      org='American Logistics Association', dom='amlogistics-assoc.org', loc='Hyatt Regency Ballroom', hour=18, dur=300, method='PUBLISH', days=(15, 60),
      d='Awards gala ticket purchased'),
    S('en', 'Student prize-giving ceremony',
      'We are pleased to confirm that {rname} will receive the Dean\'s Prize for academic excellence. Guests: up to 2. Please arrive by 2:15pm for seating.',
      org='Westmoor University', dom='westmoor.ac.uk', loc='Great Hall, Westmoor University', hour=14, dur=120, days=(10, 30), d='University prize ceremony'),
    S('en', 'Judging panel – Startup Awards shortlist review',
      'Hi {rname},\n\nThank you for agreeing to judge this year\'s Startup Awards. We\'ll review the 12 shortlisted entries (scoring sheet attached to your judge '
      'portal). Judges receive complimentary gala tickets.\n\n{sname}\nAwards Coordinator',
      org='TechBay Startup Awards', dom='techbay-awards.org', person=True, online=True, dur=90, d='Awards judging panel meeting'),
    S('en', 'Long-service awards lunch',
      'You are warmly invited to the long-service awards lunch recognising colleagues with 10, 20 and 30 years of service. Please confirm dietary requirements with HR.',
      org='Haverford County Council', dom='haverford-council.gov.example', loc='Council Chamber', hour=12, dur=150, d='Internal long-service awards'),
    S('fr', 'Cérémonie de remise des prix – Trophées de l\'Artisanat',
      'Bonjour {rname},\n\nFélicitations : votre entreprise est finaliste des Trophées de l\'Artisanat. La participation est gratuite pour les finalistes '
      '(2 places) ; les places supplémentaires sont à 45 €.\n\nChambre de Métiers · {phone}',
      org='Chambre de Métiers et de l\'Artisanat', dom='cma-region.example.fr', loc='Hôtel de Région, salle des congrès', hour=18, dur=180, days=(20, 40),
      d='French crafts awards finalist'),
    S('ar', 'دعوة حفل توزيع جوائز التميز الأكاديمي',
      'يسرنا دعوتكم لحضور حفل توزيع جوائز التميز الأكاديمي، حيث سيتم تكريم {rname} عن فئة البحث العلمي. يرجى الحضور قبل الموعد بثلاثين دقيقة.',
      org='جامعة الخليج للعلوم', dom='gulf-sciences-univ.ae', loc='مسرح الجامعة الرئيسي', hour=18, dur=150, days=(14, 40), d='Arabic academic award ceremony'),
    S('el', 'Τελετή απονομής βραβείων – πρόσκληση φιναλίστ',
      'Αγαπητέ/ή {rname},\n\nΣυγχαρητήρια για την επιλογή σας στους φιναλίστ των Βραβείων Καινοτομίας. Η συμμετοχή είναι δωρεάν για φιναλίστ (2 θέσεις).\n\n'
      'Επιμελητήριο · {phone}',
      org='Επιμελητήριο Πειραιά', dom='epimelitirio-pir.example.gr', loc='Πειραιώς 100, Αίθουσα Εκδηλώσεων', hour=19, dur=180, days=(20, 40),
      d='Greek innovation awards finalist'),
    S('he', 'טקס הענקת פרסי המצוינות – הזמנה',
      'שלום {rname},\n\nשמחים להזמינך לטקס הענקת פרסי המצוינות של האיגוד. כמועמד/ת בשלב הגמר, ההשתתפות ללא עלות עבורך ועבור מלווה אחד.\n\nצוות האירועים · {phone}',
      org='איגוד מהנדסי התוכנה', dom='software-eng-assoc.org.il', loc='מרכז הכנסים, תל אביב', hour=19, dur=180, days=(14, 45),
      d='Hebrew association awards'),
    S('ko', '올해의 우수 협력사 시상식 초청',
      '{rname}님께,\n\n귀사가 올해의 우수 협력사로 선정되어 시상식에 초청드립니다. 참석 인원은 2명까지이며 별도 비용은 없습니다. 참석 여부를 회신해 주시기 바랍니다.\n\n구매본부 드림',
      org='대한중공업 구매본부', dom='daehan-heavy.co.kr', loc='본사 대강당', hour=15, dur=120, days=(14, 40), d='Korean supplier award ceremony'),
]

FAIR = [
    S('en', 'Your visitor badge – Packaging & Print Expo',
      'Hi {rname},\n\nThanks for registering for Packaging & Print Expo. Your free visitor badge is attached to this email (badge ID {ref}); show it on your '
      'phone at the entrance. 320 exhibitors, 40 seminars – the seminar programme is at {site}/seminars.\n\nFree registration closes the day before the show; '
      'on-site tickets are £35.',
      org='Packaging & Print Expo', dom='packprint-expo.co.uk', loc='ExCel London, Hall S3', hour=9, dur=480, method='PUBLISH', days=(10, 40),
      d='Trade fair visitor badge'),
    S('en', 'Meeting at booth B214 – MedTech Summit',
      'Hi {rname}, looking forward to meeting at our booth (B214) to continue the conversation about the pilot. I\'ll have the demo unit with me.\n\n{sname}',
      org='Clarion Diagnostics', dom='clarion-diagnostics.com', person=True, loc='MedTech Summit, Booth B214', dur=30, d='Meeting at trade-fair booth'),
    S('en', 'Exhibitor briefing – build-up and move-in times',
      'Dear exhibitor,\n\nThis briefing covers move-in schedules, badge collection, the exhibitor manual and health & safety. Your stand: Hall 2, D40 (18 m², shell scheme). '
      'Balance of invoice {ref} ($7,920) was received, thank you.',
      org='Great Lakes Food Expo', dom='greatlakes-foodexpo.com', online=True, dur=60, d='Exhibitor briefing from real organiser'),
    S('en', 'Conference pass: DataWorld {year}',
      'Order confirmation {ref}\n2-day conference pass – early bird $895 (paid)\nCheck-in opens at 8:00. Download the event app to build your agenda.',
      org='DataWorld Conference', dom='dataworld-conf.com', loc='Moscone Center West', hour=8, dur=600, method='PUBLISH', days=(20, 70), d='Conference pass purchase'),
    S('en', 'Trade fair travel group – meeting point',
      'For everyone travelling with the chamber delegation: meet at the hotel lobby at 8:15, shuttle to the fairground at 8:30. Bring your exhibitor passes.',
      org='Anglo-German Chamber Delegation', dom='chamber-delegations.org', loc='Hotel lobby, Messe Hotel', hour=8, dur=30, d='Trade delegation meeting point'),
    S('it', 'Biglietto visitatore – Fiera Macchine Agricole',
      'Gentile {rname},\n\ngrazie per la registrazione. Il suo biglietto gratuito (codice {ref}) è valido per un ingresso. Parcheggio P3 a 8 €/giorno.\n\nProgramma convegni: {site}/convegni',
      org='Fiera Agritec', dom='fiera-agritec.it', loc='Quartiere Fieristico, Padiglione 6', hour=9, dur=480, method='PUBLISH', days=(10, 40),
      d='Italian trade fair ticket'),
    S('nl', 'Afspraak op de beurs – stand 7.C12',
      'Beste {rname},\n\nLeuk dat we elkaar op de vakbeurs spreken. Ik laat u de nieuwe sorteermachine zien op stand 7.C12. Uw gratis toegangscode: {code}.\n\nGroet,\n{sname}',
      org='SortTech Benelux', dom='sorttech-benelux.nl', person=True, loc='Jaarbeurs Utrecht, Hal 7, stand C12', dur=30, d='Dutch booth meeting'),
    S('ja', '展示会 来場者登録完了のお知らせ',
      '{rname}様\n\n展示会への来場者登録が完了しました。受付番号：{ref}\n入場無料（事前登録制）。当日は登録証をスマートフォンでご提示ください。\n\nセミナー一覧：{site}/seminar',
      org='スマート工場EXPO事務局', dom='smartfactory-expo.jp', loc='東京ビッグサイト 東展示棟', hour=10, dur=420, method='PUBLISH', days=(10, 40),
      d='Japanese expo visitor registration'),
    S('pt', 'Credenciamento confirmado – Feira do Varejo',
      'Olá {rname},\n\nSeu credenciamento para a Feira do Varejo está confirmado (código {ref}). Entrada gratuita para profissionais do setor; apresente o QR code na entrada.\n\n'
      'Programação: {site}/programacao',
      org='Feira do Varejo', dom='feiradovarejo.com.br', loc='Expo Center Norte, Pavilhão Azul', hour=10, dur=480, method='PUBLISH', days=(10, 40),
      d='Brazilian retail fair registration'),
    S('tr', 'Fuar ziyaretçi kaydınız onaylandı',
      'Sayın {rname},\n\nFuar ziyaretçi kaydınız onaylanmıştır. Kayıt numarası: {ref}. Girişte QR kodunuzu göstermeniz yeterlidir. Ücretsiz servis otobüsleri saat 09:00\'dan itibaren çalışmaktadır.',
      org='Yapı Fuarı', dom='yapifuari-ist.com.tr', loc='İstanbul Fuar Merkezi, Salon 4', hour=10, dur=480, method='PUBLISH', days=(10, 40),
      d='Turkish fair registration'),
]

CONSULT = [
    S('en', 'Free initial consultation – family law',
      'Dear {rname},\n\nThank you for booking a free 30-minute initial consultation through our website. Please have any relevant documents to hand. '
      'If you decide to instruct us, our fixed fee for the first stage is £950 + VAT.\n\nHartley & Shaw Solicitors · {phone}',
      org='Hartley & Shaw Solicitors', dom='hartleyshaw-law.co.uk', online=True, dur=30, d='Law firm free consultation booked by recipient'),
    S('en', 'Tax planning consultation (booked online)',
      'Your complimentary 20-minute consultation is booked. We\'ll discuss your self-employment income and whether quarterly estimated payments make sense. '
      'Our return preparation fee starts at $350.',
      org='Oakridge CPA', dom='oakridge-cpa.com', person=True, online=True, dur=20, d='CPA free consultation'),
    S('en', 'Orthodontic consultation – free assessment',
      'Hi {rname}, thanks for booking your free orthodontic assessment. We\'ll take photos and discuss options; clear aligners typically cost $3,900–$5,800 '
      'with 0% financing over 24 months. Please arrive 10 minutes early to complete forms.',
      org='Bright Smiles Orthodontics', dom='brightsmiles-ortho.com', loc='Bright Smiles Orthodontics, 400 Center St', dur=45, d='Orthodontist free assessment'),
    S('en', 'Architect consultation – kitchen extension',
      'Thanks for getting in touch via the website. First meeting is free; we\'ll look at the space and talk through planning permission. Fee proposals follow by email.',
      org='Linden Architects', dom='linden-architects.com', person=True, dur=60, flocal='linden.architects', d='Architect free first meeting'),
    S('en', 'Financial planning intro call (you booked)',
      'Hi {rname}, thanks for scheduling an intro call. No cost, no obligation. We\'ll talk about your goals and how our flat-fee planning ($2,400/year) works.',
      org='Clearwater Planning', dom='clearwater-planning.com', person=True, online=True, dur=30, d='Fee-only planner intro call'),
    S('es', 'Primera consulta gratuita – abogados laboralistas',
      'Estimado/a {rname}:\n\nGracias por reservar su primera consulta gratuita a través de nuestra web. Traiga el contrato y las nóminas de los últimos meses. '
      'Si decide encargarnos el caso, le enviaremos presupuesto cerrado.\n\nRuiz & Navarro Abogados · {phone}',
      org='Ruiz & Navarro Abogados', dom='ruiznavarro-abogados.es', loc='C/ Serrano 41, 3º, Madrid', dur=30, d='Spanish lawyer free consultation'),
    S('ko', '무료 세무 상담 예약 확인',
      '{rname}님, 홈페이지를 통해 예약하신 무료 세무 상담(30분)이 확정되었습니다. 종합소득세 신고 관련 자료(원천징수영수증 등)를 지참해 주세요. 신고 대행 수수료는 15만원부터입니다.',
      org='한결 세무회계', dom='hangyeol-tax.co.kr', loc='서울 마포구 월드컵북로 120, 5층', dur=30, d='Korean tax consult booked'),
    S('th', 'ยืนยันนัดปรึกษาฟรีกับทนายความ',
      'เรียน คุณ{rname}\n\nขอบคุณที่จองเวลาปรึกษาฟรี 30 นาทีผ่านเว็บไซต์ของเรา กรุณาเตรียมเอกสารสัญญาที่เกี่ยวข้อง หากต้องการให้สำนักงานดำเนินการต่อ จะแจ้งค่าบริการเป็นลายลักษณ์อักษร\n\n'
      'สำนักงานกฎหมายธนากร · {phone}',
      org='สำนักงานกฎหมายธนากร', dom='thanakorn-law.co.th', online=True, dur=30, d='Thai lawyer free consultation'),
    S('sv', 'Kostnadsfri rådgivning – bokad via webben',
      'Hej {rname},\n\nTack för din bokning. Vi går igenom ditt bolån och din buffert. Rådgivningen är kostnadsfri och utan förpliktelser.\n\n{sname}\nPrivatrådgivare',
      org='Sparbanken Väst', dom='sparbanken-vast.example.se', person=True, online=True, dur=45, d='Swedish bank advice booked'),
    S('tr', 'Ücretsiz ön görüşme – mimarlık ofisi',
      'Merhaba {rname},\n\nWeb sitemiz üzerinden oluşturduğunuz ücretsiz ön görüşme randevunuz onaylanmıştır. Tadilat planınızı ve bütçenizi konuşacağız.\n\n{sname} · {phone}',
      org='Atölye Mimarlık', dom='atolye-mimarlik.com.tr', person=True, dur=45, flocal='atolye.mimarlik', d='Turkish architect consultation'),
]

SUBS = [
    S('en', 'Your Notely Pro subscription renews in 7 days',
      'Hi {rname},\n\nJust a heads-up: your Notely Pro annual plan renews automatically in 7 days for $59.99 (plus applicable tax) on the card ending 4821.\n\n'
      'Nothing to do if you\'d like to continue. To change or cancel, visit {site}/account/billing before the renewal date. Questions? support@{dom} or {phone}.\n\n'
      'The Notely team',
      org='Notely', dom='notely-app.com', method='PUBLISH', allday=True, days=7, d='Real vendor renewal reminder with amount'),
    S('en', 'Domain renewal due: {dom_r}',
      'Your domain is set to auto-renew for 1 year at $18.99. Renewal date is in this calendar entry. Manage auto-renew in your control panel.',
      org='Hostwise', dom='hostwise-domains.com', method='PUBLISH', allday=True, days=14, todo=True, d='Registrar renewal VTODO'),
    S('en', 'Membership renewal – Riverside Fitness',
      'Hi {rname}, your annual membership renews on this date. New rate: $42/month (up from $39) due to our new pool hall. Freeze or cancel at reception or {phone}.',
      org='Riverside Fitness', dom='riverside-fitness.com', method='PUBLISH', allday=True, days=21, d='Gym membership renewal'),
    S('en', 'Licence renewal reminder – CAD Suite (3 seats)',
      'Your subscription for 3 seats of CAD Suite Professional ends on the date of this reminder. Renewal quote: $5,370.00 (3 x $1,790). '
      'Contact your reseller or our renewals team at {phone}.',
      org='Vectorline Software', dom='vectorline-software.com', method='PUBLISH', allday=True, days=30, d='Software licence renewal reminder'),
    S('en', 'Your magazine subscription: last issue',
      'Your subscription to The Garden Journal ends with the next issue. Renew for 12 issues at £39 (save 35% on the cover price) – code {code}.',
      org='The Garden Journal', dom='gardenjournal-subs.co.uk', method='PUBLISH', allday=True, days=10, d='Magazine subscription renewal'),
    S('fr', 'Renouvellement de votre abonnement Cloud Pro',
      'Bonjour {rname},\n\nVotre abonnement Cloud Pro sera renouvelé automatiquement à cette date pour 119,88 € TTC (9,99 €/mois). Vous pouvez le modifier ou '
      'le résilier à tout moment depuis votre espace client : {site}/compte. Service client : {phone}.',
      org='Nuage Pro', dom='nuagepro.fr', method='PUBLISH', allday=True, days=10, d='French SaaS renewal notice'),
    S('nl', 'Uw abonnement wordt verlengd',
      'Beste {rname},\n\nUw jaarabonnement wordt op deze datum automatisch verlengd voor € 79,00. Opzeggen kan tot de verlengdatum via Mijn Account ({site}/account).\n\n'
      'Klantenservice: {phone}',
      org='Boekenbox', dom='boekenbox.nl', method='PUBLISH', allday=True, days=14, d='Dutch subscription renewal'),
    S('hi', 'आपकी सदस्यता का नवीनीकरण – अनुस्मारक',
      'नमस्ते {rname},\n\nआपकी वार्षिक प्रीमियम सदस्यता इस तिथि पर ₹1,499 में स्वतः नवीनीकृत होगी। रद्द करने या बदलने के लिए {site}/account पर जाएँ। सहायता: {phone}',
      org='KhabarPlus', dom='khabarplus.in', method='PUBLISH', allday=True, days=7, d='Hindi subscription renewal reminder'),
    S('ja', '【ご案内】年間プラン更新日のお知らせ',
      '{rname}様\n\nご利用中の年間プランは、この日に自動更新されます（更新料金：13,200円・税込）。更新を希望されない場合は、マイページ（{site}/mypage）より更新日前日までにお手続きください。\n\n'
      'サポートセンター：{phone}',
      org='クラウド会計ミライ', dom='cloud-kaikei-mirai.jp', method='PUBLISH', allday=True, days=14, d='Japanese plan renewal notice'),
    S('pt', 'Renovação da sua assinatura',
      'Olá {rname},\n\nSua assinatura anual será renovada automaticamente nesta data por R$ 299,90. Para alterar a forma de pagamento ou cancelar, acesse {site}/conta.\n\n'
      'Central de atendimento: {phone}',
      org='EstudaMais', dom='estudamais.com.br', method='PUBLISH', allday=True, days=10, d='Brazilian subscription renewal'),
]

CLUB = [
    S('en', 'Players Club members\' night – slot tournament',
      'Hi {rname},\n\nAs a Gold tier Players Club member you\'re invited to our members\' night: free-entry slot tournament with a $10,000 prize pool, '
      'complimentary buffet and 2x tier points all evening. Bring your Players Club card.\n\nPlease gamble responsibly. Must be 21+. Help is available at {phone}.',
      org='Silver Creek Casino Resort', dom='silvercreek-casino.com', loc='Silver Creek Casino, Event Center', hour=19, dur=240, method='PUBLISH',
      d='Casino loyalty members night (real venue)'),
    S('en', 'Club championship – tee times published',
      'Tee times for the club championship are now published. Your group tees off from the 1st. Entry fee $40 (charged to member account).',
      org='Pinehurst Valley Golf Club', dom='pinehurstvalley-gc.com', loc='1st tee', hour=8, dur=300, d='Golf club championship'),
    S('en', 'Season ticket holders: open training session',
      'Dear {rname},\n\nSeason ticket holders are invited to an open training session at the stadium, followed by a Q&A with the head coach. Free entry with your '
      'season card; kids\' zone and food trucks available.',
      org='Rovers FC', dom='roversfc-tickets.co.uk', loc='Rovers Stadium, East Stand', hour=11, dur=180, method='PUBLISH', d='Football club members event'),
    S('en', 'Poker league night – round 6',
      'Round 6 of the members\' poker league. $20 buy-in (goes to the prize pot), no cash games. Snacks provided. Reply if you can\'t make it so we can balance tables.',
      org='Eastside Social Club', dom='eastside-socialclub.org', loc='Clubhouse, back room', hour=19, dur=240, flocal='eastside.socialclub', d='Social club poker league'),
    S('en', 'Racing club raceday – hospitality for members',
      'Members\' raceday: complimentary entry to the members\' enclosure, two-course lunch £45 (pre-book). Betting is optional; please gamble responsibly.',
      org='Downs Racing Club', dom='downs-racingclub.co.uk', loc='Members\' Enclosure', hour=12, dur=300, method='PUBLISH', d='Racing club members day'),
    S('ru', 'Клубный вечер для держателей карт — турнир по покеру',
      'Уважаемый {rname}!\n\nПриглашаем держателей клубных карт на турнир по спортивному покеру. Взнос 3 000 ₽, гарантированный призовой фонд 300 000 ₽. '
      'Вход строго с 18 лет по документу. Играйте ответственно.',
      org='Клуб «Рояль»', dom='club-royal.ru', loc='ул. Пречистенка, 12', hour=19, dur=300, method='PUBLISH', d='Russian club poker tournament'),
    S('el', 'Ιστιοπλοϊκός Όμιλος – ρεγκάτα μελών',
      'Αγαπητά μέλη,\n\nΗ ρεγκάτα μελών θα πραγματοποιηθεί το Σάββατο. Συμμετοχή 15 € ανά σκάφος. Ενημέρωση κυβερνητών στις 10:00 στη λέσχη.',
      org='Ιστιοπλοϊκός Όμιλος Βουλιαγμένης', dom='iov-sailing.example.gr', loc='Λέσχη Ομίλου', hour=10, dur=360, d='Greek sailing club regatta'),
    S('tr', 'Kulüp üyelerine özel: sezon açılış yemeği',
      'Değerli üyemiz {rname},\n\nSezon açılış yemeğimize davetlisiniz. Kişi başı 1.200 TL, üye hesabınıza yansıtılacaktır. Katılım için lütfen cuma gününe kadar dönüş yapınız.',
      org='Moda Deniz Kulübü', dom='modadenizkulubu.org.tr', loc='Kulüp restoranı', hour=20, dur=180, d='Turkish club dinner'),
    S('th', 'กิจกรรมสมาชิก: แข่งขันกอล์ฟประจำเดือน',
      'เรียนสมาชิก\n\nขอเชิญร่วมการแข่งขันกอล์ฟประจำเดือน ค่าสมัคร 1,500 บาท (รวมอาหารกลางวัน) ออกรอบเวลา 07:00 น.',
      org='สโมสรกอล์ฟรอยัลปาร์ค', dom='royalpark-golf.co.th', loc='สโมสรกอล์ฟรอยัลปาร์ค', hour=7, dur=360, method='PUBLISH', d='Thai golf club monthly'),
    S('pt', 'Noite dos sócios – jantar e bingo beneficente',
      'Olá {rname}!\n\nConvidamos todos os sócios para o jantar com bingo beneficente. Convite: R$ 80 por pessoa; toda a renda vai para a escolinha de futebol do clube.',
      org='Clube Atlético Vila Nova', dom='cavilanova.com.br', loc='Salão social do clube', hour=20, dur=240, d='Brazilian club charity bingo'),
]

RESEARCH = [
    S('en', 'Research study session – memory and sleep (Study #{ref})',
      'Dear {rname},\n\nThank you for enrolling in our study on sleep and memory. Your session will take about 90 minutes. You will receive a $40 gift card '
      'at the end of the session. Please avoid caffeine after 2pm the day before.\n\nThis study has been approved by the University IRB (protocol 2023-118). '
      'Questions: {phone}',
      org='Cognitive Science Lab, Westfield University', dom='westfield-univ.edu', loc='Psychology Building, Room 214', dur=90, d='University paid study session'),
    S('en', 'User research interview – $75 thank-you',
      'Hi {rname}, thanks for signing up for a 45-minute interview about how you manage household bills. As a thank-you you\'ll receive a $75 voucher by email '
      'within 5 business days. The session will be recorded with your consent.',
      org='Ledgerly Research', dom='ledgerly-app.com', online=True, dur=45, d='UX research interview with incentive'),
    S('en', 'Screening visit – clinical trial {code}',
      'Dear {rname},\n\nThank you for your interest in our clinical trial. Your screening visit includes a health questionnaire, blood test and ECG (about 2.5 hours). '
      'Travel expenses up to £50 will be reimbursed and participants receive £300 on completion of all visits.',
      org='Northgate Clinical Research Unit', dom='northgate-cru.nhs.example.uk', loc='Clinical Research Unit, Level 3', dur=150, d='Clinical trial screening'),
    S('en', 'Focus group – grocery shopping habits',
      'You\'re confirmed for our focus group (8 participants, 2 hours). Incentive: $120 paid by e-transfer. Light dinner provided. Please bring photo ID.',
      org='Keystone Market Research', dom='keystone-mr.com', loc='Keystone Research Facility, 500 King St W', hour=18, dur=120, d='Paid focus group'),
    S('en', 'Diary study kickoff call',
      'Welcome to the two-week diary study. In the kickoff we\'ll show the app and answer questions. Compensation: $150 total after the final interview.',
      org='Fieldnote UX', dom='fieldnote-ux.com', online=True, dur=30, d='Diary study kickoff'),
    S('ar', 'موعد جلسة الدراسة البحثية',
      'عزيزي/عزيزتي {rname}،\n\nشكراً لتسجيلك في دراستنا حول عادات استخدام الهواتف الذكية. تستغرق الجلسة ساعة واحدة، وستحصل على قسيمة بقيمة 200 درهم. '
      'الدراسة معتمدة من لجنة أخلاقيات البحث في الجامعة.',
      org='مختبر أبحاث المستخدم – جامعة الإمارات', dom='uae-univ.example.ae', loc='مبنى كلية الحاسوب، قاعة 105', dur=60, d='Arabic university study'),
    S('vi', 'Lịch phỏng vấn nghiên cứu người dùng',
      'Chào {rname},\n\nCảm ơn bạn đã đăng ký tham gia phỏng vấn nghiên cứu về ứng dụng ngân hàng. Buổi phỏng vấn kéo dài 60 phút, bạn sẽ nhận phiếu quà tặng 500.000đ.',
      org='Insight Lab Việt Nam', dom='insightlab.vn', online=True, dur=60, d='Vietnamese user research'),
    S('sv', 'Studietillfälle – hörselstudie',
      'Hej {rname},\n\nTack för att du anmält dig till vår hörselstudie. Besöket tar cirka 2 timmar och du får 500 kr i ersättning (skattepliktig). '
      'Studien är godkänd av Etikprövningsmyndigheten.',
      org='Institutionen för klinisk vetenskap', dom='uni-norrland.example.se', loc='Audiologiska kliniken, plan 4', dur=120, d='Swedish research study'),
    S('zh-tw', '使用者研究訪談時間確認',
      '{rname} 您好：\n\n感謝您報名參加使用者訪談，訪談約 60 分鐘，完成後將致贈 NT$1,000 禮券。訪談內容僅供研究使用。',
      org='台大人因研究室', dom='ntu-hf.example.tw', loc='工學院綜合大樓 305 室', dur=60, d='Taiwanese user research'),
    S('he', 'מפגש מחקר – השתתפות בתשלום',
      'שלום {rname},\n\nתודה על ההרשמה למחקר בנושא קבלת החלטות. המפגש נמשך כשעה והתשלום הוא 80 ₪. המחקר אושר על ידי ועדת האתיקה של האוניברסיטה.',
      org='המעבדה לפסיכולוגיה קוגניטיבית', dom='univ-psych.example.ac.il', loc='בניין מדעי החברה, חדר 312', dur=60, d='Hebrew paid psychology study'),
]

TRAINING = [
    S('en', 'FREE webinar: Excel for finance teams (limited seats)',
      'Hi {rname},\n\nYou\'re registered! This free 60-minute webinar covers XLOOKUP, Power Query and building a rolling forecast. Over 900 people have signed up, '
      'so please join 5 minutes early. Can\'t make it? The recording will be emailed to all registrants.\n\nSpecial offer for attendees: 30% off our full '
      'certification course with code {code} (valid 72 hours).',
      org='FinSkills Academy', dom='finskills-academy.com', online=True, hour=12, dur=60, method='PUBLISH', d='Free training webinar with offer code'),
    S('en', 'Course starts Monday: Project Management Fundamentals',
      'Welcome to the 6-week course. Week 1 live session: scope and stakeholders. Course fee $390 (paid, receipt {ref}). Materials in the learning portal.',
      org='Lakeshore College Continuing Education', dom='lakeshore-college.edu', online=True, hour=18, dur=120, rrule='FREQ=WEEKLY;COUNT=6', d='Paid course weekly sessions'),
    S('en', 'Open day – MSc Data Science',
      'Thank you for registering for our postgraduate open day. Talks from the programme director, campus tours, and information on scholarships worth up to £5,000.',
      org='Kingsbridge University', dom='kingsbridge.ac.uk', loc='Main Building, Lecture Theatre 1', hour=10, dur=240, method='PUBLISH', d='University open day'),
    S('en', 'Workshop: First aid at work (2 days)',
      'Confirmed booking for 2 delegates. Price £190 + VAT per delegate. Lunch is provided. Certificates valid for 3 years.',
      org='SafeHands Training', dom='safehands-training.co.uk', loc='SafeHands Training Centre, Room 3', hour=9, dur=450, d='First aid course booking'),
    S('en', 'Live class: Beginner photography – early bird',
      'Hi {rname}! You grabbed one of the early-bird seats ($49 instead of $79). Bring your camera (any type). 24 students max; we\'ll shoot outdoors if the weather is good.',
      org='Frame & Light Studio', dom='frameandlight.studio', loc='Frame & Light Studio, 22 Mill Lane', hour=10, dur=180, flocal='frameandlight.studio', d='Photography class early-bird'),
    S('hi', 'निःशुल्क वेबिनार: डिजिटल मार्केटिंग की बुनियादी बातें',
      'नमस्ते {rname},\n\nआपका पंजीकरण सफल रहा। यह निःशुल्क वेबिनार 90 मिनट का है; 1,200 से अधिक प्रतिभागी पंजीकृत हैं। प्रतिभागियों के लिए पूर्ण पाठ्यक्रम पर 20% छूट (कोड {code})।',
      org='Skill India Learning Hub', dom='skilllearning-hub.in', online=True, hour=17, dur=90, method='PUBLISH', d='Hindi free webinar with offer'),
    S('zh', '公开课报名成功：Python数据分析入门',
      '{rname}您好：\n\n您已成功报名免费公开课，名额有限，请提前10分钟进入直播间。课后可领取课程资料；正式班学费2980元，公开课学员享早鸟价8折。',
      org='知行教育', dom='zhixing-edu.cn', online=True, hour=19, dur=90, method='PUBLISH', d='Chinese free open class with early-bird'),
    S('it', 'Corso di formazione: sicurezza sul lavoro (aggiornamento)',
      'Gentile {rname},\n\nconfermiamo l\'iscrizione al corso di aggiornamento sulla sicurezza (6 ore). Quota: 120 € + IVA, fattura già emessa. Attestato rilasciato al termine.',
      org='Formazione Sicura Srl', dom='formazionesicura.it', loc='Via Emilia 88, Bologna – Aula 2', hour=9, dur=360, d='Italian safety training'),
    S('vi', 'Xác nhận đăng ký khóa học tiếng Anh giao tiếp',
      'Chào {rname},\n\nBạn đã đăng ký thành công khóa tiếng Anh giao tiếp (24 buổi). Học phí 4.800.000đ, giảm 15% cho học viên đăng ký sớm. Buổi học đầu tiên miễn phí học thử.',
      org='Trung tâm Anh ngữ Sao Mai', dom='saomai-english.edu.vn', loc='123 Lê Lợi, Quận 1, TP.HCM', hour=18, dur=120, d='Vietnamese language course'),
    S('zh-tw', '免費線上講座：中小企業數位轉型',
      '{rname} 您好：\n\n感謝報名本次免費線上講座，目前已有 600 多位學員報名。講座結束後提供簡報下載，參與者可享進階課程早鳥優惠 NT$1,000 折扣。',
      org='數位創新學院', dom='digital-innovation.edu.tw', online=True, hour=14, dur=90, method='PUBLISH', d='Taiwanese free online seminar'),
]

CATEGORIES = [
    ('vendor-launch', LAUNCH), ('store-appointment', STORE), ('pharmacy-health', PHARMA), ('home-survey', HOMESURVEY),
    ('insurance-appointment', INSURANCE), ('travel-booking', TRAVEL), ('advisor-meeting', ADVISOR), ('broker-webinar', BROKER),
    ('b2b-booked-meeting', B2BMEET), ('award-ceremony', AWARD), ('trade-fair', FAIR), ('consultation-booked', CONSULT),
    ('subscription-notice', SUBS), ('club-member-event', CLUB), ('research-study', RESEARCH), ('training-webinar', TRAINING),
]

DESCRIPTIONS = {
    'vendor-launch': 'launches, previews and sales events for customers who signed up',
    'store-appointment': 'opticians, car dealers, furniture, jewellers, tyres (with prices)',
    'pharmacy-health': 'pharmacy vaccinations, dietitians, physio, travel clinics',
    'home-survey': 'requested solar/heat-pump surveys, meter readings, boiler service',
    'insurance-appointment': 'broker reviews, claim inspections, renewal meetings',
    'travel-booking': 'flights, hotels, trains, car rental, tours',
    'advisor-meeting': 'bank and investment-advisor meetings with figures and rates',
    'broker-webinar': 'broker webinars and onboarding for existing clients',
    'b2b-booked-meeting': 'B2B demos and calls the recipient booked or requested',
    'award-ceremony': 'award ceremonies the recipient is genuinely part of',
    'trade-fair': 'trade-fair badges, booth meetings, exhibitor briefings',
    'consultation-booked': 'free consultations the recipient booked (law, tax, health)',
    'subscription-notice': 'genuine renewal notices with amounts and support numbers',
    'club-member-event': 'casino loyalty, golf, football, sailing, social club events',
    'research-study': 'paid research studies and user interviews the recipient enrolled in',
    'training-webinar': 'courses and webinars with free/offer/limited-seat wording',
}
