# Hand-written legitimate invitation texts for holdout4 (including spam-looking traps).
# Same placeholders as texts_spam.py; {meet} is the meeting link of the platform.

HAM = {}

HAM['outlook'] = [
    dict(l='en', s='Q3 budget review', b='Hi all,\n\nLet\'s go through the Q3 numbers before the board pack is due. Please bring your department forecasts.\n\nAgenda:\n1. Actuals vs. plan\n2. Headcount changes\n3. Capex requests\n\nThanks,\n{sf}', loc='Conference Room 4B'),
    dict(l='en', s='1:1 {sf} / {rf}', b='Weekly catch-up. Feel free to add topics to our shared notes.', loc=''),
    dict(l='en', s='Project Falcon - kickoff', b='Hello team,\n\nThis is the kickoff for Project Falcon. We will introduce the scope, timeline and the RACI. Slides will be shared in the channel afterwards.\n\nBest regards,\n{sn}\nProgram Manager | {org}', loc='Main boardroom / Teams'),
    dict(l='en', s='Interview: Senior Data Engineer - candidate panel', b='Hi,\n\nPlease join the panel interview. CV and scorecard are in the hiring folder. Each interviewer covers one area (SQL, pipelines, system design, culture).\n\nThanks!\n{sf}', loc='Teams'),
    dict(l='de', s='Abstimmung Angebot Lindenhof – Technik & Vertrieb', b='Hallo zusammen,\n\nwie besprochen möchte ich das Angebot für die neue Fertigungslinie gemeinsam durchgehen, bevor es rausgeht. Bitte die Stücklisten vorher prüfen.\n\nViele Grüße\n{sn}', loc='Besprechungsraum Elbe, 2. OG'),
    dict(l='fr', s='Point hebdomadaire équipe projet', b='Bonjour à tous,\n\nPetit point d\'avancement hebdomadaire : planning, risques et points bloquants. Merci de mettre à jour le tableau de suivi avant la réunion.\n\nBonne journée,\n{sf}', loc='Salle Garonne'),
    dict(l='nl', s='Overleg planning Q4', b='Hoi allemaal,\n\nGraag willen we de planning voor het vierde kwartaal doornemen, inclusief de vakantieperiode en de oplevering bij de gemeente.\n\nGroet,\n{sf}', loc='Vergaderruimte De Linde'),
    dict(l='pl', s='Spotkanie: przegląd umowy serwisowej', b='Dzień dobry,\n\nzapraszam na spotkanie w sprawie przeglądu umowy serwisowej na przyszły rok. Proszę o przygotowanie uwag do załącznika nr 2.\n\nPozdrawiam\n{sn}', loc='Sala konferencyjna 1.12'),
    dict(l='ja', s='【定例】営業部 週次ミーティング', b='各位\n\nお疲れ様です。{sn}です。\n今週の営業部定例会議のご案内です。各自、案件の進捗を共有シートに記入しておいてください。\n\nよろしくお願いいたします。', loc='本社 3F 第2会議室'),
    dict(l='sv', s='Avstämning leverans etapp 2', b='Hej,\n\nVi behöver stämma av tidplanen för etapp 2 innan vi återkopplar till beställaren. Ta gärna med era uppdaterade kalkyler.\n\nMvh\n{sn}', loc='Rum Kebnekaise'),
]

HAM['google'] = [
    dict(l='en', s='Invitation: Design review – onboarding flow', b='Walkthrough of the new onboarding screens. Figma link is in the doc. Please leave comments before the meeting.'),
    dict(l='en', s='Invitation: Coffee chat with {sf}', b='Looking forward to catching up!'),
    dict(l='en', s='Invitation: Sprint planning (Sprint 42)', b='Backlog is groomed. Please estimate your tickets beforehand.\n\nJira board: {url}'),
    dict(l='en', s='Invitation: Board meeting – parent association', b='Agenda: fall fundraiser, playground repair quote, volunteer schedule. Minutes from last meeting attached in the shared folder.', loc='School library'),
    dict(l='es', s='Invitación: Reunión de coordinación obra Albarán', b='Hola a todos,\n\nRevisamos el avance de la obra y los pedidos pendientes de material. Traed las mediciones actualizadas.\n\nUn saludo,\n{sf}', loc='Oficina de obra, Calle Mayor 14'),
    dict(l='pt', s='Convite: Alinhamento semanal – equipe de logística', b='Pauta: status das entregas, indicadores da semana e escala de motoristas para o feriado.\n\nAbraço,\n{sf}'),
    dict(l='it', s='Invito: Riunione di redazione', b='Ciao a tutti,\n\nfacciamo il punto sul numero di novembre: articoli in chiusura, foto mancanti e pubblicità.\n\nA presto,\n{sf}'),
    dict(l='tr', s='Davet: Proje değerlendirme toplantısı', b='Merhaba,\n\nProjenin ilk aşamasını değerlendirmek ve sonraki adımları planlamak için toplanıyoruz. Sunumları paylaşılan klasöre yükleyebilirsiniz.\n\nİyi çalışmalar,\n{sf}'),
    dict(l='id', s='Undangan: Rapat koordinasi tim pemasaran', b='Halo tim,\n\nKita akan membahas rencana kampanye bulan depan dan pembagian tugas. Mohon siapkan laporan singkat masing-masing.\n\nTerima kasih,\n{sf}'),
    dict(l='vi', s='Lời mời: Họp giao ban tuần', b='Chào mọi người,\n\nHọp giao ban tuần này sẽ tập trung vào tiến độ dự án và kế hoạch tháng tới. Mọi người chuẩn bị báo cáo ngắn nhé.\n\nCảm ơn,\n{sf}'),
]

HAM['other_clients'] = [
    dict(l='en', s='Dinner at ours on Saturday?', b='Hi both, we\'d love to have you over. Nothing fancy, bring the kids! Let me know if anyone has allergies.\n\n{sf}', loc='14 Orchard Lane'),
    dict(l='en', s='Book club – "The Long Way Home"', b='Next meeting of the book club. {sf} is hosting this time. Please finish chapters 1-12.', loc='{sf}\'s place'),
    dict(l='en', s='Invitation: Volunteer shift – food bank', b='Thanks for signing up! Shift lead is {sn}. Wear closed shoes; gloves are provided.\nParking behind the building.', loc='Eastside Community Pantry, 220 Mill Rd'),
    dict(l='de', s='Einladung: Vereinssitzung Vorstand', b='Liebe Vorstandsmitglieder,\n\nhiermit lade ich zur nächsten Vorstandssitzung ein. Tagesordnung:\n1. Protokoll der letzten Sitzung\n2. Kassenbericht\n3. Sommerfest\n4. Verschiedenes\n\nViele Grüße\n{sn}', loc='Vereinsheim, Am Sportplatz 3'),
    dict(l='fr', s='Invitation : Réunion du conseil syndical', b='Bonjour,\n\nLa prochaine réunion du conseil syndical portera sur le devis de ravalement et le budget prévisionnel.\n\nCordialement,\n{sn}', loc='Local vélo, bâtiment B'),
    dict(l='cs', s='Pozvánka: schůzka k rekonstrukci kuchyně', b='Dobrý den,\n\nposílám pozvánku na schůzku s projektantem. Vezměte prosím s sebou rozměry a fotky stávající kuchyně.\n\nS pozdravem\n{sn}', loc='Showroom, Vinohradská 12'),
    dict(l='ru', cs='koi8-r', prof='zimbra', s='Приглашение: встреча выпускников', b='Дорогие одноклассники!\n\nПриглашаем всех на встречу выпускников. Просьба подтвердить участие до конца недели, чтобы забронировать столики.\n\n{sn}', loc='Кафе "Берёзка"'),
    dict(l='uk', s='Запрошення: нарада щодо ремонту під\'їзду', b='Шановні сусіди!\n\nЗапрошуємо на збори мешканців щодо ремонту під\'їзду та заміни вхідних дверей. Будуть представлені кошториси.\n\n{sn}', loc='Двір будинку №12'),
]

HAM['updates'] = [
    dict(l='en', k='update', s='Updated invitation: Vendor sync (time changed)', b='Moved by one hour because of the all-hands. Same dial-in.'),
    dict(l='en', k='cancel', s='Canceled: Marketing offsite planning', b='Hi all, cancelling this one - we\'ll pick it up in next week\'s staff meeting instead. Sorry for the short notice.'),
    dict(l='en', k='reply', ps='ACCEPTED', s='Accepted: Contract review with legal', b=''),
    dict(l='en', k='reply', ps='DECLINED', s='Declined: Friday social', b='Sorry, I\'m out of office that day.'),
    dict(l='en', k='counter', ps='TENTATIVE', s='New Time Proposed: Architecture review', b='Could we do it an hour later? I have a customer call that overlaps.'),
    dict(l='en', k='instance', s='Updated: Weekly standup (this occurrence only)', b='Today\'s standup moves to the small meeting room.'),
    dict(l='de', k='update', s='Aktualisiert: Projektbesprechung Stadtwerke', b='Hallo zusammen, der Termin wurde verschoben, da der Raum belegt ist. Neuer Ort siehe unten.', loc='Raum 2.07'),
    dict(l='de', k='reply', ps='ACCEPTED', s='Angenommen: Jahresgespräch', b=''),
    dict(l='es', k='cancel', s='Cancelada: Visita técnica a la nave', b='Hola, cancelamos la visita por la previsión de lluvia. Os propongo nueva fecha en cuanto pueda.'),
    dict(l='ko', k='update', s='업데이트된 초대: 분기 실적 회의', b='회의 시간이 변경되었습니다. 자료는 동일합니다.'),
    dict(l='he', k='cancel', s='בוטל: ישיבת צוות', b='שלום לכולם, הישיבה בוטלה השבוע. נתראה בשבוע הבא.'),
    dict(l='el', k='reply', ps='TENTATIVE', s='Αβέβαιο: Συνάντηση προϋπολογισμού', b='Θα προσπαθήσω να έρθω, ίσως καθυστερήσω λίγο.'),
]

HAM['webinars'] = [
    dict(l='en', s='You\'re registered: Cloud Cost Optimization Summit 2024', b='Hi {rf},\n\nThanks for registering for the Cloud Cost Optimization Summit. Add the event to your calendar and join using your personal link:\n\n{url}\n\nSessions include FinOps basics, a live demo and a customer panel. Attendance is free and a recording will be sent to all registrants.\n\nSee you there!\nThe {org} Events Team', loc='Online'),
    dict(l='en', s='Reminder: Webinar "Tax changes for small businesses" starts tomorrow', b='Hello,\n\nYour webinar starts tomorrow. Our experts will explain the new reporting thresholds and answer your questions live.\n\nJoin: {url}\n\nCan\'t make it? Register anyway and we will send you the recording and slides.', loc='Webinar'),
    dict(l='en', s='Confirmation: Annual Members\' Conference', b='Dear member,\n\nYour place at the Annual Members\' Conference is confirmed. Registration opens at 8:30, the keynote starts at 9:15. Lunch is included. Free parking is available on site.\n\nVenue: Riverside Convention Centre, Hall B\n\nManage your booking: {url}', loc='Riverside Convention Centre, Hall B'),
    dict(l='en', s='Live product training: Advanced reporting', b='Join our product specialists for a 45-minute hands-on training. Bring your questions!\n\nJoin link: {meet}\n\nThis session will be recorded.'),
    dict(l='zh', s='会议邀请：2024年度客户交流会', b='尊敬的客户：\n\n感谢您报名参加我司年度客户交流会。会议将介绍最新产品路线图，并设有问答环节。\n\n会议链接：{url}\n\n华宇科技 市场部'),
    dict(l='ja', s='【ご登録完了】オンラインセミナー「DX推進の最新事例」', b='{rn} 様\n\nこの度はセミナーにお申し込みいただき、誠にありがとうございます。\n当日は以下のURLよりご参加ください。\n\n{url}\n\n※参加費は無料です。資料は後日メールでお送りします。'),
    dict(l='pt', s='Inscrição confirmada: Congresso Regional de Contabilidade', b='Olá {rf},\n\nSua inscrição no congresso está confirmada. O credenciamento começa às 8h. Apresente o QR code enviado por e-mail na entrada.\n\nProgramação completa: {url}', loc='Centro de Convenções, Auditório 2'),
    dict(l='ar', s='تأكيد التسجيل: ندوة التحول الرقمي', b='عزيزي المشارك،\n\nشكراً لتسجيلك في ندوة التحول الرقمي. ستبدأ الندوة في الموعد المحدد عبر الرابط التالي:\n\n{url}\n\nمع أطيب التحيات،\nفريق الفعاليات'),
]

HAM['bookings'] = [
    dict(org=('Harbourview', 'harbourview-hotels.example'), l='en', s='Your reservation is confirmed – {org} Hotel, conf. {ref}', b='Dear {rn},\n\nThank you for your booking.\n\nConfirmation number: {ref}\nRoom: Deluxe King, non-smoking\nTotal: {amt} (paid at the property)\nCheck-in from 15:00, check-out until 11:00\n\nNeed to change or cancel? Free cancellation until 48 hours before arrival. Call us at {phone}.\n\nWe look forward to welcoming you!', amt=(180, 950), allday=True, loc='{org} Hotel, 88 Harbour Street', reffmt='{D}{D}{D}{D}{D}{D}{D}{D}{D}'),
    dict(org=('Northwind Air', 'northwind-air.example'), l='en', s='Flight confirmation – booking reference {ref}', b='Booking reference: {ref}\nPassenger: {rn}\nFlight: NW 482, departure 07:45, arrival 10:20\nSeat: 14C\nFare paid: {amt}\n\nOnline check-in opens 24 hours before departure: {url}\n\nBaggage: 1 x 23 kg included.', amt=(120, 780), reffmt='{A}{A}{A}{D}{A}{A}'),
    dict(org=('Bistro Marigold', 'bistro-marigold.example'), l='en', s='Table for 4 confirmed – Saturday', b='Hi {rf}, your table is booked.\nParty size: 4\nReservation #: {ref}\n\nA credit card guarantee of {amt} per person applies for no-shows. To modify, call {phone}.', amt=(20, 40), loc='Bistro Marigold'),
    dict(org=('Swiftcar Rentals', 'swiftcar.example'), l='en', s='Car rental confirmation {ref}', b='Pickup: Airport Terminal 2, desk 5\nVehicle: compact (VW Golf or similar)\nEstimated total: {amt}\nConfirmation: {ref}\n\nPlease bring your driving licence and the credit card used for booking.', amt=(150, 600)),
    dict(org=('โรงแรมหาดทรายแก้ว', 'haadsaikaew-resort.example'), l='th', s='ยืนยันการจองห้องพัก หมายเลข {ref}', b='เรียน คุณ{rn}\n\nขอบคุณที่จองห้องพักกับเรา\nหมายเลขการจอง: {ref}\nประเภทห้อง: ดีลักซ์ วิวทะเล\nยอดชำระ: {amt}\nเช็คอินหลัง 14:00 น.\n\nติดต่อโรงแรม: {phone}', amt=(2500, 9000), allday=True),
    dict(org=('Agriturismo Le Querce', 'lequerce.example'), l='it', s='Conferma prenotazione n. {ref}', b='Gentile {rn},\n\nla sua prenotazione è confermata.\nNumero: {ref}\nImporto totale: {amt}\nCheck-in dalle 14:00\n\nPer modifiche chiami il {phone}.\n\nCordiali saluti', amt=(200, 900), allday=True, loc='Agriturismo Le Querce'),
    dict(org=('Anadolu Ekspres Turizm', 'anadolu-ekspres.example'), l='tr', s='Rezervasyon onayı: {ref}', b='Sayın {rn},\n\nOtobüs biletiniz onaylandı.\nPNR: {ref}\nKoltuk: 17\nÜcret: {amt}\n\nKalkıştan 30 dakika önce peronda olmanız rica olunur.', amt=(400, 1200)),
    dict(org=('Ακτοπλοΐα Κυκλάδων', 'aktoploia-kyklades.example'), l='el', s='Επιβεβαίωση κράτησης {ref}', b='Αγαπητέ/ή {rn},\n\nη κράτησή σας για το πλοίο επιβεβαιώθηκε.\nΚωδικός: {ref}\nΣύνολο: {amt}\n\nΠαρακαλούμε να βρίσκεστε στο λιμάνι μία ώρα πριν από την αναχώρηση.', amt=(60, 300), loc='Λιμάνι Πειραιά, Πύλη Ε2'),
]

HAM['appointments'] = [
    dict(l='en', s='Appointment confirmed: Dental cleaning with Dr. {sf}', b='Hi {rf},\n\nYour appointment at {org} is confirmed.\n\nPlease arrive 10 minutes early and bring your insurance card. To reschedule or cancel, call {phone} at least 24 hours in advance or use {url}.'),
    dict(l='en', s='Confirmed: 30 Minute Meeting between {sn} and {rn}', b='Event Type: 30 Minute Meeting\nInvitee: {rn}\nInvitee Email: {rl}@{rd}\nLocation: This is a Zoom web conference. {meet}\n\nQuestions: "Discuss the renovation quote"', meet='zoom'),
    dict(org=('Studio Nine', 'studionine-hair.example'), l='en', s='Your haircut is booked', b='See you soon! Service: Cut & blow-dry with {sf}. Price: {amt}.\nCancellation policy: please cancel at least 12 hours in advance, late cancellations may be charged.', amt=(35, 80), loc='Studio Nine, 5 Market Street'),
    dict(org=('Ridgeway Motors', 'ridgeway-motors.example'), l='en', s='Vehicle service appointment', b='Your car service is scheduled.\nVehicle: registration on file\nWork: annual inspection + oil change\nEstimate: {amt}\n\nCourtesy shuttle available, call {phone}.', amt=(120, 400)),
    dict(l='nl', s='Bevestiging afspraak tandarts', b='Beste {rn},\n\nHierbij bevestigen wij uw afspraak bij {org}. Verhinderd? Meld u dan minimaal 24 uur van tevoren af via {phone}.\n\nMet vriendelijke groet'),
    dict(l='pl', s='Potwierdzenie wizyty – Przychodnia Zdrowie Plus', b='Dzień dobry,\n\npotwierdzamy wizytę u lekarza rodzinnego. Prosimy o zabranie dokumentu tożsamości. W razie rezygnacji prosimy o kontakt: {phone}.'),
    dict(l='ar', s='تأكيد موعدك في العيادة', b='مرحباً {rn}،\n\nتم تأكيد موعدك. يرجى الحضور قبل الموعد بعشر دقائق وإحضار بطاقة التأمين. لإلغاء الموعد أو تغييره يرجى الاتصال على {phone}.'),
    dict(l='ko', s='예약 확인: 푸른숲 치과 정기 검진', b='{rn}님, 예약이 확정되었습니다.\n방문 10분 전까지 도착해 주세요. 예약 변경은 {phone}로 연락 주시기 바랍니다.'),
]

HAM['bills'] = [
    dict(l='en', s='Reminder: Q3 estimated tax payment due', b='This is a reminder that your third-quarter estimated tax payment of {amt} is due. Pay online through the tax portal or by check. Contact our office at {phone} with questions.\n\n{org}', amt=(800, 6500)),
    dict(l='en', s='Your statement is ready – payment due {day}', b='Hello {rf},\n\nYour monthly statement is available. Minimum payment: {amt}. Pay by the due date to avoid a late fee. Log in to online banking to view it: {url}\n\nThis reminder was added to your calendar at your request.', amt=(25, 300)),
    dict(l='en', s='Property tax installment due', b='Second installment of property tax: {amt}. Payment can be made at the town hall or by bank transfer with reference {ref}.', amt=(900, 3800)),
    dict(l='de', s='Erinnerung: Abgabe Umsatzsteuer-Voranmeldung', b='Hallo {rf},\n\nbitte denken Sie an die Umsatzsteuer-Voranmeldung. Die Zahllast beträgt voraussichtlich {amt}. Belege bitte bis drei Tage vorher hochladen.\n\nIhre Kanzlei', amt=(1200, 9000)),
    dict(l='cs', s='Splatnost faktury za elektřinu', b='Upozorňujeme na splatnost zálohy za elektřinu ve výši {amt}. Variabilní symbol: {ref}.', amt=(1500, 4800), reffmt='{D}{D}{D}{D}{D}{D}{D}{D}{D}{D}'),
    dict(l='sv', s='Påminnelse: Deklarationen ska vara inne', b='Hej {rf}! Glöm inte att lämna in deklarationen senast idag. Eventuell kvarskatt: {amt}.', amt=(1000, 12000)),
]

HAM['vendor_recruiting'] = [
    dict(l='en', s='Product demo: {org} analytics platform (free trial included)', b='Hi {rf},\n\nThanks for your interest! In this 30-minute demo we\'ll show live dashboards and answer questions about pricing. Your free 14-day trial will be activated after the call, no credit card required.\n\nJoin: {meet}\n\nBest,\n{sn}\nAccount Executive, {org}'),
    dict(l='en', s='Offer discussion – {sn} / {rn}', b='Hi {rf},\n\nCongratulations again on making it through the interviews! Let\'s get on a call to walk through the offer: base salary, sign-on bonus, equity and benefits. I\'ll send the written offer letter right after.\n\nBest,\n{sn}\nTalent Acquisition, {org}'),
    dict(l='en', s='Launch event: meet the new X200 series', b='You\'re invited to the launch of our new X200 series. Exclusive launch discount of 20% for attendees and a free accessory bundle with every pre-order.\n\nRSVP: {url}'),
    dict(l='en', s='Intro call: partnership opportunity', b='Hi {rf},\n\nAs discussed at the trade fair, here is a slot for a short intro call. I\'d like to understand your requirements and see if our logistics service is a fit. No obligation!\n\nCheers,\n{sn}'),
    dict(l='fr', s='Entretien – poste de chargé(e) de clientèle', b='Bonjour {rf},\n\nSuite à votre candidature, nous avons le plaisir de vous convier à un entretien. Le poste est proposé en CDI, salaire selon profil, avec prime annuelle et télétravail partiel.\n\nCordialement,\n{sn}\nRessources humaines'),
    dict(l='ru', s='Презентация новой версии платформы', b='Добрый день!\n\nПриглашаем вас на онлайн-презентацию новой версии нашей платформы. Участникам – бесплатный пробный период на 30 дней и скидка на годовую подписку.\n\nС уважением,\n{sn}'),
    dict(l='zh', s='面试邀请：高级软件工程师', b='{rn} 您好：\n\n感谢您投递简历。诚邀您参加第二轮技术面试。薪资面议，另有年终奖金和股票期权。\n\n如时间不便请回复邮件调整。\n\n{sn}\n人力资源部'),
    dict(l='id', s='Undangan demo produk dan uji coba gratis', b='Halo {rf},\n\nTerima kasih atas minat Anda. Kami mengundang Anda untuk demo produk secara online. Setelah demo, Anda mendapatkan uji coba gratis selama 30 hari.\n\nSalam,\n{sn}'),
]

HAM['series'] = [
    dict(l='en', s='U10 soccer practice', b='Practice every Tuesday. Bring water, shin guards and a ball. Parents: please check the team app for cancellations due to weather.', loc='Field 3, Northgate Park', rr='FREQ=WEEKLY;BYDAY=TU'),
    dict(l='en', s='Choir rehearsal', b='Weekly choir rehearsal. New members always welcome!', loc='St. Brendan\'s Church hall', rr='FREQ=WEEKLY;BYDAY=TH'),
    dict(l='en', s='Parent-teacher association meeting', b='Monthly PTA meeting. Childcare is provided in the gym.', loc='Tallowmere Elementary cafeteria', rr='FREQ=MONTHLY;BYDAY=2WE'),
    dict(l='it', s='Allenamento under 12', b='Allenamento settimanale. Portare borraccia e scarpe da calcetto.', loc='Campo sportivo comunale', rr='FREQ=WEEKLY;BYDAY=MO,TH'),
    dict(l='uk', s='Недільна школа', b='Заняття недільної школи для дітей 6–12 років.', loc='Парафіяльний зал', rr='FREQ=WEEKLY;BYDAY=SU'),
    dict(l='he', s='חוג שחמט', b='מפגש שבועי של חוג השחמט. להביא לוח אם יש.', loc='מתנ"ס שכונתי', rr='FREQ=WEEKLY;BYDAY=WE'),
    dict(l='vi', s='Sinh hoạt câu lạc bộ cầu lông', b='Sinh hoạt hàng tuần của câu lạc bộ. Nhớ mang vợt và giày thể thao.', loc='Nhà thi đấu quận', rr='FREQ=WEEKLY;BYDAY=SA'),
]

HAM['it_security'] = [
    dict(l='en', s='Mandatory: Security awareness training (phishing & MFA)', b='Hi all,\n\nAs part of our annual compliance, all staff must attend this 45-minute session. Topics: recognizing phishing, password managers, why we never ask for your password, and setting up MFA on Microsoft 365.\n\nIT will NEVER ask you to verify your account through a link in an email.\n\nIT Security Team', loc='Microsoft Teams Meeting'),
    dict(l='en', s='Planned maintenance: Microsoft 365 tenant migration', b='Hello,\n\nDuring this window mailboxes will be migrated. You may be asked to sign in again and re-register MFA on your phone. Please also install the latest Teams client update from the Company Portal beforehand (not from links in emails).\n\nServicedesk: ext. 4400', loc='N/A'),
    dict(l='en', s='Laptop refresh - please bring your device', b='Your new laptop is ready. Please back up local files to OneDrive before the appointment. Your password stays the same.', loc='IT Service Desk, ground floor'),
    dict(l='de', s='Wartungsfenster: Passwort-Reset und MFA-Umstellung', b='Liebe Kolleginnen und Kollegen,\n\nim angegebenen Zeitraum stellen wir die Anmeldung auf Multi-Faktor-Authentifizierung um. Bitte halten Sie Ihr Diensthandy bereit. Die IT fragt Sie niemals per E-Mail nach Ihrem Passwort.\n\nIhre IT-Abteilung'),
    dict(l='ja', s='【必須】情報セキュリティ研修のご案内', b='社員各位\n\n年次の情報セキュリティ研修を実施します。フィッシングメールの見分け方、パスワード管理、多要素認証（MFA）について説明します。\n\n情報システム部'),
]

HAM['forwarded'] = [
    dict(l='en', s='Neighborhood watch meeting', b='Hi neighbours,\n\nOur quarterly neighborhood watch meeting. Officer Daniels will join to talk about recent car break-ins.\n\n{sn}', loc='Community room, Oak Street library', fwdnote='Forwarding in case you didn\'t get it - the list has been flaky.', list='oakstreet-residents'),
    dict(l='en', s='Alumni networking evening', b='Dear alumni,\n\nJoin us for drinks and networking. Free entry for members, please RSVP via {url}.', fwdnote='Thought you might be interested!', list='alumni-news'),
    dict(l='en', s='Team offsite - logistics call', b='Quick call to sort out travel, rooms and the agenda for the offsite.', fwdnote='FYI - can you cover for me in this one?', list='ops-team'),
    dict(l='en', s='Invitation: Hackathon kickoff', b='Teams of up to 4. Pizza provided. Register your team at {url}.', fwdnote='see below', list='eng-all'),
    dict(l='es', s='Convocatoria: asamblea de la asociación de vecinos', b='Estimados vecinos:\n\nOs convocamos a la asamblea ordinaria. Orden del día: cuentas anuales, obras del portal y ruegos y preguntas.\n\nLa Junta', loc='Salón de actos del centro cívico', fwdnote='Te reenvío la convocatoria, no sé si te ha llegado.', fwdprefix='RV: ', list='vecinos'),
    dict(l='th', s='เชิญประชุมคณะกรรมการหมู่บ้าน', b='เรียนสมาชิกทุกท่าน\n\nขอเชิญประชุมคณะกรรมการหมู่บ้านประจำเดือน เพื่อพิจารณางบประมาณซ่อมถนน', loc='ศาลาหมู่บ้าน', fwdnote='ส่งต่อให้นะครับ', list='muban'),
    dict(l='sv', s='Inbjudan: Föräldramöte åk 4', b='Hej alla föräldrar!\n\nVälkomna till föräldramöte. Vi går igenom höstens schema och klassresan.\n\nMvh\n{sn}', loc='Klassrum 4B', fwdnote='Vidarebefordrar, ifall du inte fått den.', fwdprefix='VB: ', list='klass4b'),
    dict(l='pl', s='Zaproszenie: zebranie wspólnoty mieszkaniowej', b='Szanowni Państwo,\n\nzapraszamy na coroczne zebranie wspólnoty. W programie: sprawozdanie finansowe i plan remontów.\n\nZarząd', loc='Świetlica, budynek A', fwdnote='Przesyłam dalej.', fwdprefix='PD: ', list='wspolnota'),
]
