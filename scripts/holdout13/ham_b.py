# -*- coding: utf-8 -*-
"""Ham categories, part 2."""

CATS = {}

CATS['finance-reminder'] = dict(
    desc='Finance teams: payment reminders, close deadlines, payroll cut-offs, bank-detail fraud warnings',
    k=['org'], rk='same', lead=(1, 14), yr=(2016, 2026), att=(0, 0),
    entries=[
        dict(l='en', k='org', cl=['exchange'], fn='{sn}', att=('mass', 25, 90), rk='same',
             t='Month-end close: invoice submission deadline',
             d='Hi all,\n\nA reminder that all supplier invoices and expense claims for this month must be submitted '
               'in the finance portal by 5pm on {date}. Anything received later will roll into next month.\n\n'
               'Thanks,\n{sn}\nFinancial Controller', allday=True, dur=1440,
             dsc='Finance close deadline to a department'),
        dict(l='en', k='org', cl=['exchange', 'google'], fn='{sn}', att=('mass', 30, 120), rk='same',
             t='Reminder: verify any bank-detail change requests by phone',
             d='Team,\n\nWe are seeing an increase in fraudulent emails asking us to change supplier bank details or '
               'redirect payroll. Policy reminder:\n- Never change bank details based on an email alone.\n- Call the '
               'supplier back on the number in our vendor master, not the one in the email.\n- Urgent wire requests '
               'from executives must be confirmed in person or by phone.\n\n15-minute refresher in the AP team slot. '
               '\n\n{sn}', dur=15, dsc='Internal bank-change fraud warning (mentions urgent wires, bank details)'),
        dict(l='en', k='org', cl=['outlook16', 'thunderbird', 'applemail'], fn='{sn}', rk='org',
             t='Payment reminder - Invoice INV-{n4} due {date}',
             d='Dear {rf},\n\nThis is a friendly reminder that invoice INV-{n4} for $3,480.00 is due on {date}. '
               'Our bank details are unchanged and printed on the invoice. If payment has already been made, please '
               'disregard this note.\n\nKind regards,\n{sn}\nAccounts Receivable, {so}\nTel. (503) 555-01{n2}',
             allday=True, dur=1440, dsc='Vendor AR payment reminder with amount'),
        dict(l='en', k='org', cl=['handrolled'], fn='Finance System', fl='erp-noreply', rk='same',
             s='Payment run scheduled: supplier batch {n4}', t='Supplier payment run - batch {n4}',
             d='Payment batch {n4} (63 payments, total $248,310.55) is scheduled for execution on {date}.\n'
               'Approvers: please review in the ERP before 12:00. Batch report: https://erp.{sd}/web#action=payments&id={n4}',
             h=(12, 12), dur=30, m='REQUEST', o=dict(tool='python', with_html=True,
                                                   ics=dict(prodid='-//Odoo//Odoo 16.0//EN')),
             dsc='ERP-generated payment-run reminder with totals'),
        dict(l='en', k='org', cl=['google'], fn='{sn}', att=(10, 40), rk='same',
             t='Payroll cutoff - submit timesheets by Thursday',
             d='Hi everyone, payroll cutoff is Thursday at noon. Please submit and approve timesheets in the HR portal. '
               'Questions: payroll@{sd}', allday=True, dur=1440, dow=3, dsc='Payroll cutoff reminder'),
        dict(l='de', k='org', cl=['outlook16', 'thunderbird', 'exchange'], fn='{sn}', rk='org',
             t='Zahlungserinnerung: Rechnung {year}-{n4} fällig am {date}',
             d='Sehr geehrte Damen und Herren,\nwir erinnern freundlich an die Zahlung der Rechnung {year}-{n4} über '
               '1.845,60 €, fällig am {date}. Unsere Bankverbindung hat sich nicht geändert.\nMit freundlichen Grüßen\n{sn}',
             allday=True, dur=1440, dsc='German payment reminder stating bank details unchanged'),
        dict(l='fr', k='org', cl=['exchange', 'zimbra'], fn='{sn}', att=(10, 50), rk='same',
             t='Rappel : clôture des notes de frais',
             d='Bonjour à tous,\nLes notes de frais du mois doivent être saisies dans l\'outil avant le {date}. '
               'Merci de joindre les justificatifs.\nLe service comptabilité', allday=True, dur=1440,
             dsc='French expense-report deadline'),
        dict(l='es', k='org', cl=['exchange', 'google'], fn='{sn}', att=(8, 40), rk='same',
             t='Aviso: cambios de cuenta bancaria de proveedores',
             d='Equipo:\nRecordad que cualquier solicitud de cambio de cuenta bancaria de un proveedor debe verificarse '
               'por teléfono con el contacto habitual antes de actualizar el maestro. No respondáis a correos urgentes '
               'que pidan transferencias.\nSesión breve de 20 minutos.', dur=20,
             dsc='Spanish bank-change fraud warning'),
        dict(l='it', k='org', cl=['outlook16', 'thunderbird'], fn='{sn}', rk='org',
             t='Scadenza F24 – versamento IVA',
             d='Gentile {rf},\nle ricordo la scadenza del versamento IVA trimestrale tramite F24 il {date}. '
               'Il modello compilato è disponibile nell\'area clienti dello studio.\nCordiali saluti\n{sn}\n{so}',
             allday=True, dur=1440, dsc='Italian accountant tax deadline reminder'),
        dict(l='pt', k='org', cl=['exchange', 'google'], fn='{sn}', att=(10, 40), rk='same',
             t='Lembrete: fechamento da folha de pagamento',
             d='Pessoal,\no fechamento da folha é dia {date}. Lancem horas extras e ausências no sistema até às 12h.',
             allday=True, dur=1440, dsc='Portuguese payroll close reminder'),
        dict(l='el', k='org', cl=['exchange', 'outlook16'], fn='{sn}', rk='org',
             t='Υπενθύμιση: προθεσμία υποβολής ΦΠΑ',
             d='Καλησπέρα σας,\nσας υπενθυμίζουμε ότι η προθεσμία υποβολής της δήλωσης ΦΠΑ λήγει στις {date}. '
               'Παρακαλούμε να μας στείλετε τα παραστατικά του τριμήνου.\n{sn}', allday=True, dur=1440,
             dsc='Greek VAT deadline reminder'),
    ])

CATS['recruiting'] = dict(
    desc='Recruiters and hiring teams scheduling interviews',
    k=['org'], rk='free', lead=(2, 12), yr=(2016, 2026), att=(0, 2),
    entries=[
        dict(l='en', k='org', cl=['google'], fn='{sn}', meet=True, fd='kestrel-analytics.com',
             t='Interview: Senior Data Engineer - {so}',
             d='Hi {rf},\nLooking forward to speaking with you. This is a 45-minute technical conversation with '
               'our data platform lead. No preparation needed beyond your CV.\n\n{sn}, Talent Acquisition',
             dur=45, dsc='Recruiter interview via Google Calendar/Meet'),
        dict(l='en', k='org', cl=['exchange'], fn='{sn}', teams=True, fd='bluegate-software.com',
             t='Interview with {so} - round 2',
             d='Dear {rf},\n\nThank you for your time last week. We would like to invite you to a second interview with '
               'the hiring manager and a team member. The meeting will take place on Microsoft Teams.\n\nKind regards,\n{sn}',
             dur=60, dsc='Second-round interview on Teams'),
        dict(l='en', k='org', cl=['esp', 'booking'], fn='HireLoop Scheduling', fl='scheduling', fd='hireloop.example',
             m='REQUEST', s='Interview scheduled: Product Designer at {co}', t='Product Designer interview - {co}',
             d='Hi {rf},\nYour interview is confirmed. Panel: 3 interviewers. Join: {zoom}\nNeed to reschedule? '
               'Use the link in your candidate portal.', dur=60, dsc='Applicant-tracking system interview invite'),
        dict(l='en', k='org', cl=['zoom'], host=('{sn}', None), m='REQUEST',
             s='Phone screen - {so}', t='Phone screen - {so}',
             d='{sn} is inviting you to a scheduled Zoom meeting.\n\nTopic: Phone screen - {so}\nTime: {date} {time}\n\n'
               'Join Zoom Meeting\n{zoom}\n\nMeeting ID: {zid}\nPasscode: {n6}', dur=30,
             dsc='Zoom-scheduled recruiter screen'),
        dict(l='en', k='free', cl=['gmailweb', 'thunderbird', 'applemail'], att=(0, 0),
             s='Intro call re: Staff Accountant role', t='Intro call - Staff Accountant',
             d='Hi {rf},\nThanks for connecting. I\'m an independent recruiter working with a manufacturing client in '
               'your area (hybrid, $72-80k). Invite attached for a 20-minute call - I\'ll call you on the number on '
               'your CV. Happy to move it if needed.\n\nBest,\n{sn}', dur=20, dsc='Independent recruiter intro call'),
        dict(l='hi', k='org', cl=['exchange', 'google'], fn='{sn}', fd='ganga-infotech.in',
             t='साक्षात्कार निमंत्रण – {so}',
             d='प्रिय {rf},\nआपको सॉफ्टवेयर डेवलपर पद के लिए साक्षात्कार हेतु आमंत्रित किया जाता है। कृपया अपना पहचान पत्र साथ लाएं।\n{sn}, HR',
             dur=45, loc='{so}, Sector 62, Noida', dsc='Hindi interview invitation'),
        dict(l='zh', k='org', cl=['exchange', 'google'], fn='{sn}', fd='xinghe-tech.com.cn',
             t='面试邀请：{so} 前端工程师',
             d='{rn} 您好，\n感谢您投递我司前端工程师岗位。现邀请您参加技术面试，时长约60分钟。\n如需调整时间请回复本邮件。\n{sn}',
             dur=60, loc='腾讯会议 {n9}', dsc='Chinese interview invitation'),
        dict(l='pl', k='org', cl=['exchange', 'google'], fn='{sn}', fd='kowalski-transport.pl',
             t='Zaproszenie na rozmowę rekrutacyjną',
             d='Dzień dobry,\ndziękujemy za przesłanie CV. Zapraszamy na rozmowę online na stanowisko specjalisty ds. '
               'logistyki.\nPozdrawiam\n{sn}', teams=True, dur=45, dsc='Polish interview invitation'),
        dict(l='pt', k='org', cl=['google', 'exchange'], fn='{sn}', fd='construtora-ipe.com.br',
             t='Convite para entrevista – {so}',
             d='Olá {rf},\nGostaríamos de convidá-lo(a) para uma entrevista para a vaga de engenheiro(a) civil.\n'
               'Atenciosamente,\n{sn}', meet=True, dur=45, dsc='Portuguese interview invitation'),
        dict(l='ar', k='org', cl=['exchange', 'outlook16'], fn='{sn}', fd='alnakheel-trading.sa',
             t='دعوة لمقابلة عمل – {so}',
             d='السيد/ة {rn} المحترم/ة،\nيسرنا دعوتكم لإجراء مقابلة عمل لوظيفة محاسب. نرجو إحضار نسخة من السيرة الذاتية.\n'
               'مع التحية،\n{sn}', loc='{so} – الطابق الثالث', dur=45, dsc='Arabic interview invitation'),
    ])

CATS['forwarded-invite'] = dict(
    desc='Invitations forwarded by a colleague, family member or assistant',
    k=['org'], rk='same', lead=(2, 14), yr=(2016, 2026), att=(0, 3),
    entries=[
        dict(l='en', k='org', cl=['exchange'], fwd='outlook', fn='{sn}', rk='same',
             t='Architecture review board',
             d='FYI - adding you since the payments service is on the agenda.\n\n-----Original Appointment-----\n'
               'From: {on}\nSent: {sentdate}\nTo: {on}; {sn}\nSubject: Architecture review board\nWhen: {when}\n'
               'Where: Microsoft Teams Meeting', teams=True, dsc='Outlook-forwarded meeting request (FW:)'),
        dict(l='en', k='free', cl=['gmailweb'], fwd='gmail', rk='free',
             s='Fwd: Invitation: Parent-teacher conference', t='Parent-teacher conference',
             d='Can you make this one? I have a work thing.\n\n---------- Forwarded message ---------\nFrom: {on} '
               '<{oe}>\nDate: {sentdate}\nSubject: Invitation: Parent-teacher conference\nTo: <{se}>\n\n'
               'You have been invited to the following event.', loc='Oak Hollow Elementary, Room 12',
             dsc='Parent forwarding a school invitation from Gmail with the .ics attached'),
        dict(l='en', k='org', cl=['thunderbird'], fwd='attach', rk='same', fn='{sn}',
             s='Fwd: Invitation: Vendor security assessment @ {date}', t='Vendor security assessment',
             d='Forwarding the original invite as attachment - can you cover this for me? I\'m out that week.',
             dsc='Original Google invitation forwarded as message/rfc822'),
        dict(l='en', k='free', cl=['applemail'], fwd='apple', rk='free',
             s='Fwd: Dinner reservation', t='Dinner at Marlowe', tz='America/Los_Angeles',
             d='Booked! See below.\n\nBegin forwarded message:\n\nFrom: Marlowe <reservations@marlowe-sf.example>\n'
               'Subject: Your reservation for 2\n\nTable for 2, confirmation {n6}. Call (415) 555-0138 to change.',
             loc='Marlowe, 500 Brannan St', h=(19, 19), dsc='Spouse forwarding a restaurant booking from Apple Mail'),
        dict(l='en', k='org', cl=['outlook16'], fwd='outlook', fn='{sn}', rk='same',
             t='Customer steering committee',
             d='Forwarding as discussed - please join for the first 30 minutes.\n\n-----Original Appointment-----\n'
               'From: {on}\nSent: {sentdate}\nSubject: Customer steering committee\nWhen: {when}\nWhere: Boardroom 2',
             loc='Boardroom 2', dsc='Forwarded meeting request from Outlook desktop'),
        dict(l='fr', k='org', cl=['exchange'], fwd='outlook', fn='{sn}', rk='same',
             t='Comité de pilotage – projet SIRH',
             d='Pour information, je te transfère l\'invitation.\n\n-----Rendez-vous d\'origine-----\nDe : {on}\n'
               'Envoyé : {sentdate}\nObjet : Comité de pilotage – projet SIRH\nQuand : {when}', teams=True,
             dsc='French forwarded meeting request'),
        dict(l='ru', k='free', cl=['gmailweb', 'thunderbird'], fwd='gmail', rk='free',
             s='Fwd: Приглашение: Родительское собрание', t='Родительское собрание',
             d='Посмотри, пожалуйста, сможешь ли ты пойти.\n\n---------- Пересылаемое сообщение ---------\nОт: {on} <{oe}>\n'
               'Дата: {sentdate}\nТема: Приглашение: Родительское собрание', loc='Школа № 57, кабинет 214',
             dsc='Russian forwarded school invitation'),
        dict(l='th', k='org', cl=['exchange', 'gmailweb'], fwd='gmail', fn='{sn}', rk='same',
             s='Fwd: คำเชิญ: ประชุมทบทวนงบประมาณ', t='ประชุมทบทวนงบประมาณ',
             d='ส่งต่อให้ครับ ช่วยเข้าร่วมแทนผมด้วย\n\n---------- ข้อความที่ส่งต่อ ---------\nจาก: {on} <{oe}>\n'
               'วันที่: {sentdate}', dsc='Thai forwarded budget meeting'),
        dict(l='ko', k='org', cl=['outlook16', 'exchange'], fwd='outlook', fn='{sn}', rk='same',
             t='분기 실적 보고회',
             d='참고로 전달드립니다. 참석 부탁드립니다.\n\n-----원래 약속-----\n보낸 사람: {on}\n보낸 날짜: {sentdate}\n'
               '제목: 분기 실적 보고회\n일시: {when}', loc='본사 7층 대회의실', dsc='Korean forwarded meeting request'),
    ])

CATS['mailing-list-copy'] = dict(
    desc='Invitations distributed through mailing lists (modified subject/footer, author DKIM broken)',
    k=['free'], rk='free', lead=(3, 21), yr=(2016, 2026), att=(0, 0),
    entries=[
        dict(l='en', k='org', cl=['list'], inner='thunderbird', lst=('dev-announce', 'mailman3', 'Project dev-announce'),
             t='Release planning call - 2.8',
             d='Hi all, we\'ll go through the 2.8 milestone and open blockers. Jitsi link: https://meet.jit.si/proj-release-28\n'
               'Agenda: https://wiki.{sd}/Release_2.8', dsc='Open-source project list copy (Mailman 3)'),
        dict(l='en', k='free', cl=['list'], inner='gmailweb', lst=('hiking-club', 'googlegroups', 'Valley Hiking Club'),
             s='Saturday hike: Ridge Loop (7 mi)', t='Ridge Loop hike', dow=5, lead=(2, 6),
             d='Meet at the trailhead lot at 8:00. Moderate pace, ~1,500 ft gain. Bring water and layers. '
               'Carpool sign-up: {doc}', loc='Ridge Loop Trailhead', h=(8, 8), dur=300,
             o=dict(ics_style='google'), dsc='Hiking club invite via Google Groups'),
        dict(l='en', k='free', cl=['list'], inner='applemail', lst=('neighborhood', 'mailman2', 'Elm Street Neighbors'), mo=[4, 5, 6],
             s='Block party planning', t='Block party planning meeting',
             d='Let\'s meet at my place to plan the summer block party - permits, grills, music. Kids welcome.',
             loc='14 Elm St (porch)', h=(18, 18), dsc='Neighborhood list copy (Mailman 2)'),
        dict(l='en', k='org', cl=['list'], inner='outlook16', lst=('pydata-local', 'mailman3', 'PyData Local'),
             s='Meetup: Time series forecasting in practice', t='PyData meetup: time series forecasting',
             d='Talk by Dr. Nguyen on forecasting with gradient boosting, followed by pizza. Free, RSVP on the meetup '
               'page so we can order enough food.', loc='Lanternworks office, 3rd floor', h=(18, 18), dur=150,
             dsc='Tech meetup list copy'),
        dict(l='en', k='org', cl=['list'], inner='google', lst=('lab-group', 'googlegroups', 'Chen Lab'),
             t='Journal club', rr='FREQ=WEEKLY;BYDAY=FR', h=(15, 15),
             d='This week: Sarah presents the CRISPR off-target paper. Papers folder: {doc}', loc='Room 4.112',
             dsc='Google Calendar invitation sent to a Google Group'),
        dict(l='en', k='free', cl=['list'], inner='yahoo', lst=('astro-society', 'mailman2', 'Astronomy Society'),
             s='Star party this Saturday', t='Star party - Dark Sky Park', dow=5, lead=(1, 5),
             d='Weather looks clear. Bring red flashlights only. Telescopes available for beginners.',
             loc='Dark Sky Park, north lot', h=(20, 20), dur=240, dsc='Astronomy society list copy'),
        dict(l='es', k='free', cl=['list'], inner='gmailweb', lst=('vecinos-centro', 'googlegroups', 'Vecinos del Centro'),
             s='Reunión de la comunidad de vecinos', t='Reunión de vecinos',
             d='Orden del día: cuotas, ascensor y limpieza. Se ruega asistencia.', loc='Portal 3, bajo',
             dsc='Spanish residents list copy'),
        dict(l='nl', k='free', cl=['list'], inner='thunderbird', lst=('ouderraad', 'mailman3', 'Ouderraad De Linde'),
             t='Vergadering ouderraad', d='Agenda: schoolreisje, kerstmarkt, kascontrole. Koffie staat klaar.',
             loc='Basisschool De Linde, teamkamer', h=(20, 20), dsc='Dutch parents-council list copy'),
        dict(l='el', k='free', cl=['list'], inner='thunderbird', lst=('linux-gr', 'mailman2', 'Linux Users Greece'),
             t='Μηνιαία συνάντηση μελών',
             d='Θέμα: containers στην πράξη. Μετά την ομιλία, μπύρες στο γνωστό μέρος.', loc='Hackerspace, Αθήνα',
             h=(19, 19), dsc='Greek user-group list copy'),
        dict(l='tr', k='free', cl=['list'], inner='gmailweb', lst=('oss-istanbul', 'googlegroups', 'OSS Istanbul'),
             s='Aylık buluşma: Rust ile sistem programlama', t='OSS İstanbul aylık buluşma',
             d='Konuşmacı: Deniz Yıldız. Katılım ücretsiz, lütfen form üzerinden kayıt olun: {doc}',
             loc='Kadıköy, Moda Sahne fuaye', h=(19, 19), dsc='Turkish open-source meetup list copy'),
    ])

CATS['reply-cancel'] = dict(
    desc='Replies (accept/decline/tentative/counter) to meetings the recipient organised, and cancellations',
    k=['org'], rk='org', lead=(1, 14), yr=(2016, 2026), att=(0, 0),
    entries=[
        dict(l='en', k='org', cl=['google'], m='REPLY', ps='ACCEPTED', t='Budget check-in',
             d=None, dsc='Google Calendar acceptance sent to the organiser'),
        dict(l='en', k='org', cl=['exchange'], m='REPLY', ps='DECLINED', t='Roadmap sync',
             comment='Sorry, I\'m travelling that day - can we do Thursday instead?',
             dsc='Exchange decline with comment'),
        dict(l='en', k='org', cl=['exchange', 'outlook16'], m='COUNTER', ps='TENTATIVE', t='Quarterly business review',
             comment='Could we push this by an hour? I have a customer call until 2.',
             dsc='Outlook new-time proposal (COUNTER)'),
        dict(l='en', k='free', cl=['icloud', 'applemail'], m='REPLY', ps='TENTATIVE', t='Neighbourhood watch meeting',
             rk='free', dsc='Apple tentative reply'),
        dict(l='en', k='org', cl=['thunderbird', 'zimbra', 'sogo'], m='CANCEL', t='Vendor demo',
             d='Sorry everyone, the vendor had to reschedule. New date to follow.', rk='org',
             dsc='Organiser cancellation (recipient was an attendee)'),
        dict(l='de', k='org', cl=['zimbra', 'exchange'], m='REPLY', ps='ACCEPTED', t='Jour fixe Vertrieb',
             dsc='German acceptance to organiser'),
        dict(l='ja', k='org', cl=['google', 'exchange'], m='REPLY', ps='DECLINED', t='週次定例',
             comment='申し訳ありません、出張のため欠席いたします。', dsc='Japanese decline'),
        dict(l='zh', k='org', cl=['exchange', 'google'], m='REPLY', ps='ACCEPTED', t='季度规划会议',
             dsc='Chinese acceptance'),
        dict(l='sv', k='org', cl=['nextcloud', 'sogo'], m='REPLY', ps='ACCEPTED', t='Styrelsemöte',
             dsc='Swedish acceptance via Nextcloud'),
        dict(l='ar', k='org', cl=['outlook16', 'exchange'], m='REPLY', ps='ACCEPTED', t='اجتماع متابعة المشروع',
             dsc='Arabic acceptance'),
        dict(l='he', k='org', cl=['exchange', 'google'], m='CANCEL', t='פגישת צוות שבועית', rk='same',
             d='הפגישה בוטלה השבוע בגלל החג.', dsc='Hebrew cancellation of a weekly meeting'),
    ])

CATS['personal-invite'] = dict(
    desc='Personal invitations between friends and family',
    k=['free'], rk='free', lead=(3, 40), yr=(2016, 2026), att=(2, 15),
    entries=[
        dict(l='en', k='free', cl=['google', 'icloud'], t='Mia\'s 7th birthday party',
             d='Bouncy castle + pizza! Please let us know about allergies. No gifts needed - just come and have fun.',
             loc='{raddr}', h=(14, 14), dur=180, dsc='Child birthday party invitation'),
        dict(l='en', k='free', cl=['icloud', 'applemail'], t='Dinner at ours', att=(1, 3), dow=5,
             d='Come over for dinner! Tom is making his famous lasagna. 7ish?', loc='Our place', h=(19, 19), dur=180,
             dsc='Dinner invitation between friends'),
        dict(l='en', k='free', cl=['applemail', 'icloud'], t='Thanksgiving at Grandma\'s', mo=[10, 11],
             d='Same as every year - bring a side dish. Sign-up sheet: {doc}', allday=True, dur=1440,
             dsc='Family holiday gathering'),
        dict(l='en', k='free', cl=['yahoo', 'outlook16', 'applemail', 'gmailweb'], t='Fishing trip - Lake Ouachita', att=(2, 4),
             d='Leaving 5am sharp. I have the boat, you bring bait and sandwiches. Licenses: {url}',
             u='https://www.agfc.example/licenses', h=(5, 5), dur=600, dsc='Friends fishing trip'),
        dict(l='es', k='free', cl=['google', 'icloud', 'yahoo'], t='Cumpleaños de Lucía',
             d='¡Lucía cumple 30! Cena y luego copas. Confirmad asistencia para reservar mesa.',
             loc='Restaurante La Tagliatella, Calle Mayor', h=(21, 21), dur=240, dsc='Spanish birthday dinner'),
        dict(l='it', k='free', cl=['google', 'yahoo', 'icloud'], t='Cena di classe – 20 anni dopo',
             d='Ci ritroviamo dopo 20 anni dalla maturità! Quota 35€ a testa da versare la sera stessa.',
             loc='Trattoria da Gino', h=(20, 20), dur=240, att=(15, 40), dsc='Italian class reunion'),
        dict(l='ru', k='free', cl=['google', 'thunderbird', 'yahoo', 'icloud'], t='День рождения Маши — дача',
             d='Ждём всех на даче! Шашлыки, баня. Кто на машине — напишите, организуем, кто кого везёт.',
             loc='СНТ «Берёзка», участок 14', h=(12, 12), dur=480, dsc='Russian birthday at the dacha'),
        dict(l='ar', k='free', cl=['google', 'icloud'], t='عشاء عائلي بمناسبة العيد',
             d='كل عام وأنتم بخير! ندعوكم لعشاء العيد في بيت الوالد. نرجو تأكيد الحضور.', loc='بيت العائلة',
             h=(20, 20), dur=180, dsc='Arabic family Eid dinner'),
        dict(l='hi', k='free', cl=['google', 'gmailweb'], t='गृह प्रवेश पूजा – निमंत्रण',
             s='गृह प्रवेश पूजा – निमंत्रण', d='हमारे नए घर के गृह प्रवेश पर आप सपरिवार सादर आमंत्रित हैं। पूजा के बाद भोजन की व्यवस्था है।',
             loc='{raddr}', h=(10, 10), dur=300, dsc='Hindi housewarming puja invitation'),
        dict(l='th', k='free', cl=['google', 'icloud'], t='งานแต่งงาน – ขอเชิญร่วมเป็นเกียรติ',
             d='ขอเชิญร่วมเป็นเกียรติในงานมงคลสมรส พิธีรดน้ำสังข์เวลา 16:00 น. งานเลี้ยงฉลองเวลา 18:30 น.',
             loc='โรงแรมริมน้ำ กรุงเทพฯ', h=(16, 16), dur=360, att=(20, 60), dsc='Thai wedding invitation'),
        dict(l='ko', k='free', cl=['google', 'gmailweb', 'icloud'], s='동창회 모임 안내', t='동창회 모임',
             d='오랜만에 모입니다! 회비는 3만원입니다. 참석 여부 알려주세요.', loc='강남역 11번 출구 근처 식당',
             h=(19, 19), dur=180, att=(10, 30), dsc='Korean alumni gathering'),
    ])

CATS['support-callback'] = dict(
    desc='Support callbacks and sessions that the customer requested (phone numbers, case numbers)',
    k=['org'], rk='any', lead=(0, 5), yr=(2016, 2026), att=(0, 0),
    entries=[
        dict(l='en', k='org', cl=['esp', 'booking', 'google', 'exchange'], fn='Bluegate Support', fl='support', fd='bluegate-software.com',
             m='REQUEST', s='Your support callback is scheduled - Case #{case}', t='Support callback - Case #{case}',
             d='Hi {rf},\nAs requested, an engineer will call you at the time below regarding case #{case} '
               '("License activation fails"). If we miss you, call us back at +1 (877) 555-0146 and quote the case '
               'number.\nBluegate Software Support', dur=30, pl=dict(url='https://support.bluegate-software.com/cases/{case}'), dsc='Requested vendor support callback with phone number'),
        dict(l='en', k='org', cl=['handrolled'], fn='Coastline Fiber', fl='care', fd='coastline-fiber.example',
             m='PUBLISH', s='Callback requested: Internet service', t='Coastline Fiber callback',
             d='Thanks for contacting Coastline Fiber. A technician will call you on the number ending {n2}{n2} within '
               'the window below. Ticket {ref}. To change the time, call 1-888-555-0109.', dur=120,
             o=dict(tool='dotnet', with_html=True, msgid=True, ics=dict(prodid='-//Coastline Fiber//CRM//EN')),
             dsc='ISP CRM callback confirmation'),
        dict(l='en', k='org', cl=['exchange'], fn='{sn}', rk='org', teams=True,
             t='Support session: case {case} - remote troubleshooting',
             d='Hi {rf},\n\nAs agreed on the phone, let\'s do a remote session to collect logs from the failing sync '
               'job. I\'ll ask you to share your screen; no software installation is required beyond Teams.\n\n'
               'Case {case}\n{sn}\nSupport Engineer, {so}', dur=60, dsc='Vendor engineer remote session'),
        dict(l='en', k='org', cl=['zoom'], host=('{sn}', None), m='REQUEST', rk='org',
             s='Onboarding call with {so} support', t='Onboarding call with {so} support',
             d='{sn} is inviting you to a scheduled Zoom meeting.\n\nTopic: Onboarding call\nTime: {date} {time}\n\n'
               'Join Zoom Meeting\n{zoom}\n\nMeeting ID: {zid}\nPasscode: {n6}', dur=45,
             dsc='Customer onboarding call via Zoom'),
        dict(l='en', k='org', cl=['google'], fn='{sn}', rk='any',
             t='Billing question - call back',
             d='Hi {rf}, thanks for your message about the duplicate charge. I\'ll call you at (555) 010-{n4} at this '
               'time; if that doesn\'t suit, reply with a better slot. Ref {ref}.\n{sn}, Billing, {so}', dur=15,
             dsc='Billing team callback the customer asked for'),
        dict(l='fr', k='org', cl=['booking', 'esp', 'exchange', 'zimbra'], fn='Service Client Atelier Verlaine', fl='sav',
             fd='atelier-verlaine.fr', m='REQUEST', s='Rappel programmé – demande SAV n° {case}',
             t='Rappel SAV n° {case}',
             d='Bonjour {rf},\nUn conseiller vous rappellera au créneau ci-dessous au sujet de votre demande n° {case}. '
               'Pour modifier le rendez-vous : 01 99 00 {n2} {n2}.', dur=30, dsc='French after-sales callback'),
        dict(l='pt', k='org', cl=['esp', 'handrolled'], fn='Suporte Maresia', fl='suporte', fd='agencia-maresia.com.br',
             m='REQUEST', s='Retorno agendado – chamado #{case}', t='Retorno do suporte – chamado #{case}',
             d='Olá {rf},\nConforme solicitado, nossa equipe ligará para você no horário abaixo. Chamado #{case}.',
             dur=30, o=dict(tool='nodemailer'), dsc='Portuguese support callback'),
        dict(l='tr', k='org', cl=['exchange', 'esp'], fn='{sn}', rk='any',
             t='Destek görüşmesi planlandı – Talep No {case}',
             d='Merhaba {rf},\ntalebiniz üzerine destek ekibimiz sizi aşağıdaki saatte arayacaktır. Talep No: {case}.',
             dur=30, dsc='Turkish support call'),
        dict(l='zht', k='org', cl=['booking', 'handrolled'], fn='圓山設計 客服中心', fl='service',
             fd='yuanshan-design.com.tw', m='PUBLISH', s='客服回電預約確認', t='客服回電（案件 {case}）',
             d='{rn} 您好：\n已為您安排客服回電，案件編號 {case}。如需更改時間請來電 (02) 5555-{n4}。', dur=30,
             o=dict(tool='phpmailer', legacy_cs=True), dsc='Traditional-Chinese service callback'),
        dict(l='sv', k='org', cl=['esp', 'booking', 'google', 'outlook16'], fn='Nordkust Bygg Kundtjänst', fl='kundtjanst',
             fd='nordkust-bygg.se', m='REQUEST', s='Återuppringning bokad – ärende {case}', t='Återuppringning – ärende {case}',
             d='Hej {rf},\nvi ringer dig enligt tiden nedan angående ärende {case}. Vill du ändra tid, ring 08-555 {n3} {n2}.',
             dur=30, dsc='Swedish customer-service callback'),
    ])

CATS['business-meeting'] = dict(
    desc='Ordinary internal and client meetings (Teams, Meet, Zoom, rooms), including large all-hands',
    k=['org'], rk='same', lead=(1, 21), yr=(2016, 2026), att=(1, 8),
    entries=[
        dict(l='en', k='org', cl=['exchange'], fn='{sn}', teams=True, rr='FREQ=WEEKLY;BYDAY=TU',
             t='Weekly sync - Platform team', d='Standing agenda: incidents, roadmap, asks. Notes in the channel wiki.',
             dur=30, dsc='Recurring Teams meeting'),
        dict(l='en', k='org', cl=['google'], fn='{sn}', rk='org', meet=True,
             t='Client kickoff: {ro} website',
             d='Kickoff for the website redesign. Agenda: goals, stakeholders, timeline, content migration. '
               'Brief: {doc}', dur=60, dsc='Client kickoff via Google Meet'),
        dict(l='en', k='org', cl=['exchange'], fn='{sn}', teams=True, att=('mass', 220, 400), mo=[6, 7],
             t='Company All-Hands - Q2',
             d='Join the leadership team for our quarterly all-hands: results, customer wins, and open Q&A. '
               'Submit questions in advance: https://forms.office.com/r/{tok}', dur=60,
             dsc='All-hands with hundreds of internal attendees'),
        dict(l='en', k='org', cl=['outlook16', 'thunderbird'], fn='{sn}', att=(10, 30),
             t='Lunch & learn: Excel tips',
             d='Bring your lunch! 30 minutes of pivot tables and XLOOKUP, then questions.', loc='Kitchen / Room 2A',
             h=(12, 12), dur=45, dsc='Lunch and learn'),
        dict(l='en', k='org', cl=['sogo', 'zimbra'], fn='{sn}', att=(2, 4), rdom=['tallowcreek.edu', 'staff.example.edu'],
             t='Thesis committee meeting', d='Chapter 3 draft circulated last week. Please come with comments.',
             loc='Science Building, Room 311', dur=90, dsc='University committee meeting'),
        dict(l='en', k='org', cl=['nextcloud'], fn='{sn}', att=(4, 9),
             t='Board meeting - {so}', d='Papers will be shared in the board folder a week before. Quorum is 5.',
             loc='Community Hall, meeting room', h=(18, 18), dur=120, dsc='Non-profit board meeting'),
        dict(l='de', k='org', cl=['zimbra', 'thunderbird'], fn='{sn}',
             t='Projektbesprechung Umbau Halle 3',
             d='Themen: Bauzeitenplan, Brandschutz, Abstimmung mit dem Statiker. Pläne liegen im Projektordner.',
             loc='Baucontainer Halle 3', dur=90, dsc='German project meeting'),
        dict(l='es', k='org', cl=['exchange'], fn='{sn}', teams=True,
             t='Reunión de seguimiento – proyecto ERP',
             d='Revisamos el estado de la migración, incidencias abiertas y próximos hitos.', dur=60,
             dsc='Spanish project follow-up'),
        dict(l='ja', k='org', cl=['exchange'], fn='{sn}', rr='FREQ=WEEKLY;BYDAY=MO', loc='本社 5F 会議室A',
             t='定例会議（営業部）', d='今週の案件進捗と来週の予定を共有します。', dur=60, dsc='Japanese weekly meeting'),
        dict(l='zh', k='org', cl=['google', 'exchange'], fn='{sn}', rr='FREQ=WEEKLY;BYDAY=TH',
             t='项目周会', d='同步各模块进度与风险，请提前更新任务看板。', dur=60, meet=True, dsc='Chinese weekly project meeting'),
        dict(l='ru', k='org', cl=['thunderbird', 'yahoo', 'outlook16'], fn='{sn}',
             t='Совещание по бюджету', d='Обсуждаем бюджет на следующий квартал. Материалы — в общей папке.',
             loc='Переговорная 3', dur=60, dsc='Russian budget meeting'),
        dict(l='nl', k='org', cl=['google', 'exchange'], fn='{sn}', t='Kwartaaloverleg',
             d='Bespreking kwartaalcijfers en planning. Stukken volgen.', meet=True, dur=90, dsc='Dutch quarterly meeting'),
    ])

CATS['tasks-and-deadlines'] = dict(
    desc='VTODO assignments and multi-event schedules (exam timetables, fixtures, milestones, collection days)',
    k=['org'], rk='any', lead=(3, 30), yr=(2016, 2026), att=(0, 0),
    entries=[
        dict(l='en', k='org', cl=['thunderbird'], fn='{sn}', rk='same', todo=True, att=(1, 1), mo=[3, 4],
             t='Submit expense report (March)', d='Receipts scanned to the finance share, please.',
             dsc='Assigned VTODO from Thunderbird'),
        dict(l='en', k='org', cl=['handrolled'], fn='Registrar\'s Office', fl='registrar', m='PUBLISH', fd='tallowcreek.edu', mo=[4, 5, 11, 12],
             s='Your final exam timetable', t='CS 201 - Data Structures (final)',
             d='Bring your student ID. No electronic devices.', loc='Hall B',
             pl=dict(url='https://registrar.tallowcreek.edu/exams/my-timetable'),
             more=[dict(days=2, t='MATH 221 - Linear Algebra (final)', loc='Gym'),
                   dict(days=4, t='PHYS 150 - Mechanics (final)', loc='Hall A'),
                   dict(days=7, t='ENG 110 - Academic Writing (final)', loc='Room 104')],
             o=dict(tool='javamail', ics=dict(prodid='-//Tallow Creek College//Exam Scheduler//EN',
                                               attendees=False, calname='Final exams')),
             dsc='University multi-event exam timetable'),
        dict(l='en', k='org', cl=['nextcloud'], fn='{sn}', rk='same', todo=True, att=(1, 1),
             t='Renew TLS certificates for mail and web',
             d='Certificates expire at the end of the month; renew and restart services. Checklist in the wiki.',
             dsc='Nextcloud task assignment (VTODO)'),
        dict(l='en', k='org', cl=['esp', 'booking'], fn='Metro Sunday League', fl='fixtures', mo=[2, 3], dow=6,
             fd='metro-sunday-league.example', m='PUBLISH', s='Fixtures: Spring season', t='Harriers vs Rovers',
             d='Kick-off 10:30. Referee fees payable on the day ($20 per team).', loc='Greenway Park Pitch 2',
             pl=dict(url='https://metro-sunday-league.example/fixtures/spring'),
             more=[dict(days=7, t='Rovers vs United'), dict(days=14, t='Harriers vs Athletic'),
                   dict(days=21, t='Harriers vs United')], h=(10, 10),
             dsc='Sports league fixture list'),
        dict(l='pl', k='org', cl=['handrolled', 'booking'], fn='Dziekanat', fl='dziekanat', m='PUBLISH', fd='wydzial.uczelnia-przyklad.edu.pl', mo=[12, 1],
             s='Harmonogram egzaminów – sesja zimowa', t='Egzamin: Analiza matematyczna',
             d='Prosimy o zabranie legitymacji.', loc='Aula A',
             more=[dict(days=3, t='Egzamin: Fizyka'), dict(days=6, t='Egzamin: Programowanie')],
             dsc='Polish exam timetable'),
        dict(l='el', k='org', cl=['handrolled', 'booking'], fn='Γραμματεία', fl='grammateia', m='PUBLISH', fd='cs.panepistimio-paradeigma.gr',
             s='Προθεσμίες υποβολής εργασιών', t='Παράδοση 1ης εργασίας', allday=True, dur=1440,
             d='Η υποβολή γίνεται μέσω της πλατφόρμας.',
             more=[dict(days=14, t='Παράδοση 2ης εργασίας'), dict(days=28, t='Τελική παρουσίαση')],
             dsc='Greek assignment deadlines'),
        dict(l='zht', k='org', cl=['handrolled', 'booking'], fn='{sn}', m='PUBLISH',
             s='專案里程碑時程', t='里程碑一：需求凍結', allday=True, dur=1440,
             d='請各組依時程完成交付。',
             more=[dict(days=21, t='里程碑二：系統整合測試'), dict(days=42, t='里程碑三：正式上線')],
             dsc='Traditional-Chinese project milestones'),
        dict(l='ko', k='org', cl=['sogo', 'thunderbird'], fn='{sn}', rk='same', todo=True, att=(1, 1),
             t='분기 보고서 작성', d='지난 분기 실적 자료를 정리해 주세요.', dsc='Korean assigned task'),
        dict(l='it', k='org', cl=['handrolled', 'esp'], fn='Comune di Valfonda', fl='ambiente', m='PUBLISH',
             s='Calendario raccolta differenziata', t='Raccolta carta e cartone', allday=True, dur=1440,
             d='Esporre i contenitori entro le ore 6.',
             more=[dict(days=2, t='Raccolta plastica'), dict(days=4, t='Raccolta organico'),
                   dict(days=7, t='Raccolta vetro')],
             dsc='Municipal waste-collection calendar'),
    ])
