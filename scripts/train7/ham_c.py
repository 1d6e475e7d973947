# SPDX-License-Identifier: CC0-1.0
# train7 content: ham webinars/vendor demos, community series, work meetings, recruiting.
# Every text written for this corpus.


def R(lang, cl, frm, s, d=None, **kw):
    r = dict(lang=lang, cl=cl, frm=frm, s=s, **kw)
    if d is not None:
        r['d'] = d
    return r


ZOOM_EN = ("\n\nPlease submit any questions to: webinars@{dom}\n\nDate Time: {date} {time}\n\nJoin from PC, Mac, "
           "iPad, or Android: https://us06web.zoom.us/w/8{pin}55120?tk=Zk2bQ9xLw7vR4mP1&pwd=Rk9yS2hQd3ZxU1\n"
           "Passcode: 584021\n\nPhone one-tap: +16465550199,,8{pin}55120# US (New York)\n\nWebinar ID: 8{pin} 5512 0\n\n"
           "You can cancel your registration at any time.")

WEBINARS = [
    R('en', 'zoom', ('Zoom', 'no-reply@zoom.us'), 'State of Cloud Security 2025 Confirmation',
      "Hi {fn},\n\nThank you for registering for \"State of Cloud Security 2025\" hosted by Cirrus Defense. "
      "More than 900 security leaders have signed up - bring your questions for the live Q&A." +
      ZOOM_EN.replace('{dom}', 'cirrusdefense.example'), bulkdom='zoom.us', method='REQUEST',
      org=('Cirrus Defense Events', 'events@cirrusdefense.example'), loc='https://us06web.zoom.us/w/8{pin}55120',
      dur=60, era=(2024, 2025), tz='America/New_York'),
    R('en', 'm365', ('Jordan Blake', 'jordan.blake@acme-analytics.example'), 'Acme Analytics demo + exclusive pilot offer',
      "Hi {fn},\n\nThanks for your interest in Acme Analytics! As promised, here's the 45-minute demo tailored "
      "to your team's reporting workflow.\n\nWe'll cover:\n- Connecting your data warehouse (read-only)\n- "
      "Building the weekly KPI dashboard you described\n- Pricing, including our exclusive pilot offer: the first "
      "90 days free for up to 25 users, no credit card required\n\nFeel free to forward to anyone else who "
      "should join.\n\nBest,\nJordan Blake\nAccount Executive | Acme Analytics | (555) 0144-8120",
      teams=True, tz='America/Chicago'),
    R('en', 'google', ('Priya Nair', 'priya.nair@fieldwise.example'), 'Demo: Fieldwise for example.net',
      "Hi {fn},\n\nLooking forward to showing you Fieldwise. Since you're evaluating before Q1, we can extend "
      "our limited-time launch offer (20% off the first year) - I'll walk you through it at the end.\n\n"
      "Agenda: 10 min discovery, 25 min live demo, 10 min Q&A and next steps.\n\nPriya", meet=True,
      tz='America/Los_Angeles'),
    R('de', 'm365', ('Digitalverband Nord', 'veranstaltungen@digitalverband-nord.example'), 'Webinar: NIS2 – was Unternehmen jetzt tun müssen',
      "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Anmeldung zu unserem kostenlosen Webinar. Über 450 "
      "Teilnehmende haben sich bereits angemeldet.\n\nReferentin: Dr. Sabine Hartmann, Fachanwältin für IT-Recht\n"
      "Themen: Betroffenheit, Meldepflichten, Haftung der Geschäftsleitung\n\nDie Folien erhalten Sie im Anschluss "
      "per E-Mail.\n\nIhr Team vom Digitalverband Nord", teams=True, att=3, transp='TRANSPARENT'),
    R('fr', 'bulk', ('Club RH Lyon', 'evenements@clubrh-lyon.example'), 'Webinaire gratuit : recruter en 2026',
      "Bonjour {fn},\n\nVotre inscription au webinaire gratuit « Recruter en 2026 : tendances et outils » est "
      "confirmée. Plus de 300 professionnels RH seront connectés.\n\nLien de connexion : https://clubrh-lyon."
      "example/live/recruter2026\nUn replay sera disponible pendant 30 jours.\n\nÀ bientôt,\nL'équipe du Club RH",
      bulkdom='clubrh-lyon.example', loc='https://clubrh-lyon.example/live/recruter2026', method='REQUEST',
      clx=dict(bulk='mandrill'), dur=60),
    R('es', 'm365', ('Marta Gil', 'marta.gil@nubeiberica.example'), 'Demo exclusiva: migración a la nube',
      "Hola {fn},\n\nGracias por tu interés. Te envío la invitación para la demo personalizada. Al final te "
      "presentaré la oferta especial para nuevos clientes: migración gratuita de hasta 5 TB.\n\nUn saludo,\n"
      "Marta Gil\nNube Ibérica | +34 555 0131 770", teams=True),
    R('ja', 'bulk', ('クラウドDXセミナー事務局', 'seminar@cloud-dx.example'), '【参加登録完了】無料オンラインセミナーのご案内',
      "{ln} 様\n\nこの度は「生成AI活用の最前線」オンラインセミナーにお申し込みいただき、誠にありがとうございます。"
      "\n当日は約600名の方にご参加いただく予定です。\n\n視聴URL：https://cloud-dx.example/live/ai2025\n\n"
      "クラウドDXセミナー事務局", bulkdom='cloud-dx.example', loc='オンライン（視聴URLは本文参照）',
      method='REQUEST', dur=90),
    R('en', 'm365', ('Office of the CEO', 'ceo-office@example.net'), 'All-hands town hall (Q3)',
      "Hi everyone,\n\nPlease join the quarterly all-hands. We'll cover Q3 results, the new office opening and "
      "open Q&A. Submit questions anonymously in advance via the Forms link in the Teams chat.\n\nThe session "
      "will be recorded for those in other time zones.", teams=True, att=260, transp='TRANSPARENT',
      alarms=['-PT15M']),
    R('en', 'eventbrite', ('Eventbrite', 'noreply@order.eventbrite.com'), 'Your ticket for DevOpsDays Riverside (free)',
      "Order #{ref}\n\n1 x Community Ticket - FREE\n\nDevOpsDays Riverside\n{date}, 9:00 AM - 5:30 PM\n"
      "Riverside Convention Center, Hall B\n\nPlease bring a photo ID. Lunch and coffee are provided by our "
      "sponsors. Over 700 attendees expected!", bulkdom='eventbrite.com', loc='Riverside Convention Center, Hall B',
      hour=(9, 0), dur=510, tz='America/Chicago'),
    R('pt', 'zoom', ('Zoom', 'no-reply@zoom.us'), 'Confirmação do webinar: Finanças para PMEs',
      "Olá {fn},\n\nObrigado por se inscrever no webinar \"Finanças para PMEs: fluxo de caixa na prática\", "
      "promovido pela Contabiliza. Mais de 1.200 inscritos!\n\nData e hora: {date} {time}\n\nEntre pelo PC, Mac, "
      "iPad ou Android: https://us02web.zoom.us/w/8{pin}33771?tk=Qm8vN2xL&pwd=UkZ3a1pY\nSenha: 771204\n\nVocê "
      "pode cancelar sua inscrição a qualquer momento.", bulkdom='zoom.us', tz='America/Sao_Paulo',
      org=('Contabiliza Eventos', 'eventos@contabiliza.example'), loc='https://us02web.zoom.us/w/8{pin}33771'),
    R('en', 'google', ('Openfold Community', 'community@openfold.example'), 'Openfold community call: roadmap AMA',
      "Hi all,\n\nOur monthly community call is open to everyone on the users list. This month: roadmap AMA with "
      "the core maintainers, plus a preview of the free tier changes.\n\nNotes doc: https://docs.google.com/"
      "document/d/1Op3nF0ld9Rm8Qa7Ws6Ed5Rf/edit\n\nSee you there!", meet=True, att=120, transp='TRANSPARENT'),
    R('ko', 'bulk', ('데이터허브 세미나', 'seminar@datahub-kr.example'), '[무료 웨비나] 데이터 거버넌스 실무 전략 – 참가 확정',
      "{fn}님, 안녕하세요.\n\n무료 웨비나 '데이터 거버넌스 실무 전략' 참가 신청이 완료되었습니다. 현재 500명 이상이 "
      "신청하셨습니다.\n\n접속 링크: https://datahub-kr.example/webinar/live\n\n감사합니다.\n데이터허브 드림",
      bulkdom='datahub-kr.example', loc='온라인', method='REQUEST', dur=60, to=('Minjun', 'Kim')),
]

COMMUNITY = [
    R('en', 'tb', ('Margaret Ellis', 'margaret.ellis@riversidechoir.example'), 'Choir rehearsals - autumn term',
      "Dear all,\n\nRehearsals resume on Thursdays, 7:30-9:30pm in the church hall. Subs for the term are £45 "
      "(concessions £30), payable to the treasurer by bank transfer or cash on the night.\n\nWe start with the "
      "Fauré Requiem - please bring pencils!\n\nMargaret", rrule='FREQ=WEEKLY;BYDAY=TH', hour=(19, 30), dur=120,
      loc="St Anne's Church Hall", wrap='list', list=('Riverside Choir', 'members@lists.riversidechoir.example',
                                                      'lists.riversidechoir.example'),
      auth='list', tz='Europe/London'),
    R('en', 'google', ('Coach Dave', 'coachdave.u10lions@gmail.com'), 'U10 Lions practice',
      "Practice every Tuesday and Thursday at 5:30. Bring water, shin guards and a ball (size 4). If practice "
      "is cancelled for weather I'll update this event by 3pm.\n\nDave (555) 0108-4471",
      rrule='FREQ=WEEKLY;BYDAY=TU,TH', hour=(17, 30), dur=75, loc='Lincoln Park field 3', att=18,
      tz='America/Chicago'),
    R('de', 'tb', ('Thomas Brandt', 'trainer.herren2@tsv-eichenau.example'), 'Training Herren 2 – ab sofort dienstags',
      "Hallo Jungs,\n\nab sofort trainieren wir dienstags und freitags auf dem Kunstrasen. Mitgliedsbeitrag für "
      "die Saison (96 €) bitte bis Monatsende an den Kassenwart.\n\nSportliche Grüße\nThomas",
      rrule='FREQ=WEEKLY;BYDAY=TU,FR', hour=(19, 0), dur=90, loc='Sportpark Eichenau, Kunstrasenplatz',
      wrap='list', list=('Herren 2', 'herren2@lists.tsv-eichenau.example', 'lists.tsv-eichenau.example'),
      auth='listnone'),
    R('fr', 'google', ('Paroisse Saint-Joseph', 'catechese.stjoseph@gmail.com'), 'Catéchisme – tous les mercredis',
      "Chers parents,\n\nLes séances de catéchisme reprennent tous les mercredis de 10h à 11h30 (hors vacances "
      "scolaires). Participation annuelle : 35 € (livret compris). Contact : Sœur Anne, 01 99 00 54 21.\n\n"
      "Bien fraternellement", rrule='FREQ=WEEKLY;BYDAY=WE', hour=(10, 0), dur=90, loc='Salle paroissiale',
      att=25),
    R('es', 'tb', ('AMPA CEIP Los Almendros', 'ampa@ceip-losalmendros.example'), 'Reunión AMPA – primer martes de cada mes',
      "Hola familias,\n\nLas reuniones del AMPA serán el primer martes de cada mes a las 17:00 en la biblioteca "
      "del cole. La cuota anual sigue siendo de 20 € por familia.\n\n¡Os esperamos!", rrule='FREQ=MONTHLY;BYDAY=1TU',
      hour=(17, 0), dur=60, loc='Biblioteca del colegio', wrap='list',
      list=('AMPA Familias', 'familias@listas.ceip-losalmendros.example', 'listas.ceip-losalmendros.example')),
    R('nl', 'icloud', ('Gemengd Koor Vox', 'koor.vox@icloud.com'), 'Repetities seizoen – elke maandag',
      "Beste zangers,\n\nWe repeteren weer elke maandagavond. Contributie dit seizoen € 120, graag overmaken voor "
      "1 oktober.\n\nTot maandag!", rrule='FREQ=WEEKLY;BYDAY=MO', hour=(20, 0), dur=120, loc='Buurthuis De Linde',
      att=30),
    R('en', 'google', ('Oakwood Elementary PTA', 'oakwood.pta.board@gmail.com'), 'PTA meeting - spring fundraiser planning',
      "Agenda: spring fundraiser, playground equipment quote ($2,400), volunteer sign-ups.\nChildcare provided "
      "in the gym.", wrap='fwd', fwd=('Mark Whitfield', 'mark.whitfield77@gmail.com'),
      fwd_note="Hon - can you make this one? I'm travelling. The treasurer wants the $2,400 playground quote approved.",
      to=('James', 'Whitfield'), loc='Oakwood Elementary library', hour=(18, 30), dur=90, att=45,
      tz='America/New_York'),
    R('en', 'google', ('Grace Community Church', 'office.gracecommunity@gmail.com'), 'Sunday service (livestream)',
      "Join us in person or online every Sunday. Livestream: https://www.youtube.com/@gracecommunity.example/live\n"
      "Giving: https://gracecommunity.example/give\n\nChurch office (555) 0187-2260",
      rrule='FREQ=WEEKLY;BYDAY=SU', hour=(10, 0), dur=90, loc='Grace Community Church, 500 Oak St', att=80,
      tz='America/Denver', transp='TRANSPARENT'),
    R('sv', 'google', ('IK Stjärnan Innebandy', 'ikstjarnan.innebandy@gmail.com'), 'Innebandyträning P12',
      "Hej föräldrar!\n\nTräning varje onsdag 18:00–19:30 i Sporthallen. Medlemsavgiften (650 kr) betalas via "
      "Swish till föreningen senast 30/9.\n\n/Tränarna", rrule='FREQ=WEEKLY;BYDAY=WE', hour=(18, 0), dur=90,
      loc='Sporthallen, Skolvägen 4', att=20),
    R('cs', 'webatt', ('SVJ Lipová 12', 'svj.lipova12@seznam.cz'), 'Schůze výboru SVJ - každý první čtvrtek',
      "Dobrý den,\n\nschůze výboru se konají každý první čtvrtek v měsíci v 18:30 v kočárkárně. Zálohy do fondu "
      "oprav (1 250 Kč měsíčně) zůstávají beze změny.\n\nS pozdravem\nvýbor SVJ", rrule='FREQ=MONTHLY;BYDAY=1TH',
      hour=(18, 30), dur=60, att=14, cs='iso-8859-2', hcs='iso-8859-2'),
    R('en', 'sogo', ('Riley Brooks', 'riley@hackspace-northside.example'), 'Open hack night - every Wednesday',
      "Open night is back! Every Wednesday from 7pm. Newcomers welcome; laser cutter induction is £10. "
      "Door code changes monthly - check the members wiki.", rrule='FREQ=WEEKLY;BYDAY=WE', hour=(19, 0),
      dur=180, loc='Northside Hackspace, Unit 4', wrap='list',
      list=('Northside Hackspace', 'discuss@lists.hackspace-northside.example', 'lists.hackspace-northside.example'),
      auth='list', tz='Europe/London'),
    R('pl', 'google', ('Orkiestra Dęta OSP', 'orkiestra.osp.dobczyce@gmail.com'), 'Próba orkiestry – piątki',
      "Cześć wszystkim,\n\npróby odbywają się w każdy piątek o 18:00 w remizie. Przed koncertem z okazji Święta "
      "Niepodległości dodatkowa próba w niedzielę – szczegóły wkrótce.\n\nKapelmistrz", rrule='FREQ=WEEKLY;BYDAY=FR',
      hour=(18, 0), dur=120, loc='Remiza OSP', att=35),
]

WORK = [
    R('en', 'm365', ('Chris Dempsey', 'chris.dempsey@example.net'), 'Platform team weekly sync',
      "Weekly sync for the platform team. Standing agenda:\n1. Incidents since last week\n2. Sprint board\n3. "
      "Blockers / asks\n\nNotes live in the team OneNote.", teams=True, rrule='FREQ=WEEKLY;BYDAY=MO', hour=(10, 0),
      dur=30, att=9),
    R('en', 'google', ('Ben Foster', 'ben.foster@lumenanalytics.example'), 'Data sharing agreement - redline review',
      None, method='REPLY', partstat='ACCEPTED', to=('Priya', 'Raman'),
      b="Ben Foster has accepted this invitation.\n\nInvitation from Google Calendar\n"),
    R('en', 'm365', ('Natasha Ivers', 'natasha.ivers@corvidsecurity.example'), 'Pen test scoping call', None,
      method='REPLY', partstat='DECLINED', b="Sorry, I'm on leave that week - Omar from my team will join instead.\n"),
    R('en', 'm365', ('Omar Haddad', 'omar.haddad@example.net'), 'Budget review FY26', "Could we push this an hour? "
      "I have the board prep right before.", method='COUNTER', hour=(15, 0), to=('Laura', 'Mitchell')),
    R('en', 'google', ('Dana Whitaker', 'dana@whitakerpr.example'), 'Press release review',
      method='CANCEL', seq=1, to=('Emily', 'Carter'), d="The client has pushed the announcement, so let's skip this one. I'll "
      "re-send once we have a new date.", tz='America/Los_Angeles'),
    R('de', 'm365', ('Stefan Wagner', 'stefan.wagner@example.net'), 'Jour fixe Vertrieb',
      "Hallo zusammen,\n\nwegen des Feiertags verschiebe ich den Jour fixe in dieser Woche auf Mittwoch. Die "
      "übrigen Termine bleiben unverändert.\n\nGruß\nStefan", teams=True, rrule='FREQ=WEEKLY;BYDAY=TU',
      rid=True, rid_shift=24, seq=2, att=7, hour=(9, 0)),
    R('fr', 'zimbra', ('Hélène Bertin', 'helene.bertin@univ-example.fr'), 'Comité de pilotage projet ARIANE',
      "Bonjour à tous,\n\nOrdre du jour :\n1. Validation du compte rendu précédent\n2. Avancement des lots 2 et 3\n"
      "3. Budget 2026\n\nSalle B204, visioconférence possible.\n\nHélène Bertin", loc='Salle B204', att=11,
      auth='selfdkim'),
    R('es', 'google', ('Carmen Ortega', 'carmen.ortega@distribuciones-sur.example'), 'Revisión trimestral', None,
      method='REPLY', partstat='TENTATIVE', to=('Javier', 'Navarro'),
      b="Carmen Ortega ha respondido \"Quizás\" a esta invitación.\n\nInvitación de Google Calendar\n"),
    R('en', 'tb', ('Oskar Nyström', 'oskar@nordicdata.example'), 'Architecture office hours',
      method='CANCEL', rid='only', rid_shift=0, rrule='FREQ=WEEKLY;BYDAY=TH', seq=3, auth='selfdkim',
      d="Cancelling this week's session only - half the team is at the conference.", tz='Europe/Stockholm'),
    R('en', 'm365', ('Laura Mitchell', 'laura.mitchell@example.net'), 'Vendor selection: final scoring',
      "Final scoring session for the CRM vendor selection. Please have your scorecards filled in the shared "
      "sheet before the meeting.", teams=True, wrap='olfw', fwd=('Michael Brennan', 'michael.brennan@example.net'),
      fwd_note="Kevin - forwarding this since you'll be covering for me. Scorecard link is in the Teams chat.",
      fwd_infra='m365', to=('Kevin', 'Nguyen'), att=6),
    R('ja', 'm365', ('鈴木 葵', 'aoi.suzuki@example.net'), '定例ミーティング（開発チーム）',
      "開発チームの定例ミーティングです。\n\n議題：\n1. 前週の振り返り\n2. 今週のタスク確認\n3. その他\n\n"
      "よろしくお願いします。", teams=True, rrule='FREQ=WEEKLY;BYDAY=WE', hour=(11, 0), dur=30, att=8),
    R('zh', 'm365', ('陈杰', 'chen.jie@example.net'), '项目周会：华东仓储系统',
      "各位好，\n\n本周项目周会安排如下：\n1. 上周进展回顾\n2. 接口联调问题\n3. 下阶段计划\n\n请提前更新任务看板。\n\n陈杰",
      teams=True, att=10, hour=(14, 0)),
    R('en', 'sogo', ('Prof. Helen Ward', 'h.ward@northfield-university.example'), 'Thesis committee meeting - K. Nguyen',
      "Dear committee members,\n\nThe draft chapters were circulated last week. Kevin will give a 20-minute "
      "progress presentation followed by discussion.\n\nRoom 3.104, Computer Science building.\n\nHelen",
      loc='CS 3.104', att=5, auth='selfdkim', to=('Kevin', 'Nguyen')),
    R('nl', 'nc', ('Eva Bakker', 'eva.bakker@stichting-groenhart.example'), 'Bestuursvergadering',
      "Beste bestuursleden,\n\nDe agenda en de jaarrekening staan in de gedeelde map op onze cloud. Graag vooraf "
      "doorlezen.\n\nGroet,\nEva", att=6, auth='selfdkim', ncname='Groenhart Cloud',
      nchost='cloud.stichting-groenhart.example', hour=(19, 30)),
    R('en', 'fastmail', ('Sam Okoye', 'sam@okoye-consulting.example'), 'Workshop debrief',
      "Quick debrief on Tuesday's workshop: what landed, what didn't, and the follow-up proposal. 30 minutes "
      "should do.\n\nSam", dur=30, tz='Europe/London'),
    R('uk', 'google', ('Андрій Бондаренко', 'andriy.bondarenko@example.net'), 'Планування спринту',
      "Привіт усім!\n\nПланування наступного спринту. Будь ласка, оновіть статуси задач до зустрічі.\n\nАндрій",
      meet=True, att=7, rrule='FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', hour=(10, 0)),
]

RECRUITING = [
    R('en', 'bulk', ('Northwind Careers', 'no-reply@hire.northwindlogistics.example'), 'Interview confirmed: Senior Data Engineer',
      "Hi {fn},\n\nYour interview for Senior Data Engineer at Northwind Logistics is confirmed.\n\nFormat: video "
      "(Microsoft Teams), 60 minutes\nInterviewers: Andrea Lowell (Hiring Manager), Sam Patel (Staff Engineer)\n\n"
      "The salary range for this role is $145,000-$170,000 plus bonus. If you need any accommodations, reply to "
      "this email.\n\nNorthwind Talent Team", bulkdom='hire.northwindlogistics.example',
      conf='https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWL{code}%40thread.v2/0', tz='America/Chicago'),
    R('en', 'calendly', ('Calendly', 'notifications@calendly.com'), 'New Event: Intro call with Maya (Recruiter)',
      "Hi {fn},\n\nA new event has been scheduled.\n\nEvent Type: 20-min intro call\nInvitee: Maya Thornton, "
      "Technical Recruiter at Brightside Health\n\nMaya will call you at the number you provided. Looking forward "
      "to telling you more about the role!", bulkdom='calendly.com', dur=20,
      org=('Maya Thornton', 'maya.thornton@brightsidehealth.example'), tz='America/New_York'),
    R('en', 'google', ('Alex Rivera', 'alex.rivera@quanta-robotics.example'), 'Onsite interview - Quanta Robotics',
      "Hi {fn},\n\nWe're excited to host you onsite! Schedule:\n9:30 Welcome with Alex (recruiting)\n10:00 "
      "Technical deep dive\n11:00 Systems design\n12:00 Lunch with the team\n13:00 Hiring manager\n\nWe'll "
      "reimburse travel up to $150 - keep your receipts. Parking is validated at reception.\n\nAlex",
      loc='Quanta Robotics, 2200 Innovation Way', hour=(9, 30), dur=240, tz='America/Los_Angeles'),
    R('de', 'm365', ('Julia Neumann', 'julia.neumann@kessler-maschinenbau.example'), 'Vorstellungsgespräch: Projektleiter/in Automatisierung',
      "Sehr geehrte/r {fn} {ln},\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem ersten "
      "Gespräch per Teams ein. Gesprächspartner sind Herr Dr. Kessler (Bereichsleitung) und ich.\n\nBitte "
      "nennen Sie uns bei dieser Gelegenheit Ihre Gehaltsvorstellung und Ihre Kündigungsfrist.\n\nMit freundlichen "
      "Grüßen\nJulia Neumann\nPersonalabteilung", teams=True, to=('Miriam', 'Schulte')),
    R('fr', 'google', ('Claire Dumas', 'claire.dumas@talentis-conseil.example'), 'Entretien – poste de contrôleur de gestion',
      "Bonjour {fn},\n\nSuite à notre échange téléphonique, je vous confirme l'entretien avec notre client pour le "
      "poste de contrôleur de gestion (CDI, 55-60 k€ bruts annuels). L'entretien durera environ une heure.\n\n"
      "Bien à vous,\nClaire Dumas\nCabinet Talentis – 01 99 00 63 27", meet=True, to=('Nicolas', 'Lefèvre')),
    R('es', 'm365', ('Recursos Humanos Grupo Andino', 'seleccion@grupoandino.example'), 'Entrevista final – Analista de datos',
      "Hola {fn},\n\nNos alegra comunicarte que has pasado a la fase final del proceso. Te proponemos una "
      "entrevista con la directora del área. Si te encaja el horario, acepta la invitación.\n\nUn saludo,\n"
      "Equipo de Selección", teams=True, tz='America/Mexico_City', to=('Javier', 'Navarro')),
    R('en', 'm365', ('Olivia Grant', 'olivia.grant@example.net'), 'Offer call - Platform Engineer',
      "Hi Marcus,\n\nGreat news - the team would like to make you an offer. Let's talk through the details "
      "(base, equity, start date) on this call, and I'll send the written offer through our HR system right "
      "after.\n\nOlivia\nTalent Acquisition, example.net", teams=True, to='marcus.bell@homemail.test',
      toname='Marcus', to_disp='Marcus Bell', dur=30),
    R('pt', 'zoom', ('Zoom', 'no-reply@zoom.us'), 'Entrevista: Desenvolvedor(a) Backend - Horizonte Tech',
      "Olá {fn},\n\nSua entrevista técnica com a Horizonte Tech foi agendada.\n\nData e hora: {date} {time}\n"
      "Entrar na reunião Zoom: https://us05web.zoom.us/j/8{pin}90412?pwd=a1B2c3D4e5\nID da reunião: 8{pin} 9041 2\n"
      "Senha: 903312\n\nAté lá!", bulkdom='zoom.us', tz='America/Sao_Paulo',
      org=('Renata Costa', 'renata.costa@horizonte-tech.example'), loc='https://us05web.zoom.us/j/8{pin}90412'),
]

CATS = {('ham', 'webinars_vendor'): WEBINARS, ('ham', 'community_series'): COMMUNITY,
        ('ham', 'work_meetings'): WORK, ('ham', 'recruiting'): RECRUITING}
