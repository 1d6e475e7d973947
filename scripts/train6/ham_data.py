# -*- coding: utf-8 -*-
"""Hand-written legitimate invitation texts for train6."""

H = {}

H["outlook"] = [
    dict(l="en", t="Q3 forecast review", d="Hi all,\n\nLet's walk through the Q3 forecast before it goes to the board. Please bring your updated pipeline numbers.\n\nThanks,\n{sfirst}", loc="Conf Room 4B / Teams"),
    dict(l="en", t="1:1 {sfirst} / {rfirst}", d="", loc="Microsoft Teams Meeting"),
    dict(l="en", t="Project Falcon – kickoff", d="Agenda:\n1. Scope and timeline\n2. Roles\n3. Risks and open questions\n\nDeck will be shared in the channel beforehand.", loc="Harbour Room, 3rd floor"),
    dict(l="en", t="Contract renewal discussion – {sorg} / {rorg}", d="Hello {rfirst},\n\nAs agreed on the phone, sending an invite to go over the renewal terms. I'll bring our account manager.\n\nBest regards,\n{sname}", loc="Microsoft Teams Meeting"),
    dict(l="en", t="Interview debrief: Senior Data Engineer", d="Please submit your scorecards in the ATS before the debrief.", loc="Teams"),
    dict(l="en", t="Lunch & learn: accessibility basics", d="Grab lunch and join us for a 45 min intro to accessibility testing. Sandwiches provided in the kitchen area.", loc="Kitchen / Town Hall screen"),
    dict(l="de", t="Abstimmung Baustellenlogistik KW {kw}", d="Hallo zusammen,\n\nwie besprochen stimmen wir die Anlieferungen für die kommende Woche ab. Bitte die aktuellen Lieferscheine mitbringen.\n\nViele Grüße\n{sfirst}", loc="Besprechungsraum Elbe"),
    dict(l="de", t="Jahresgespräch {rfirst} {rlast}", d="Hallo {rfirst},\n\nhier die Einladung zu unserem Jahresgespräch. Den Vorbereitungsbogen findest du im Personalportal.\n\nLG {sfirst}", loc="Büro {sfirst}"),
    dict(l="fr", t="Point hebdo équipe commerciale", d="Bonjour à tous,\n\nPoint hebdomadaire habituel : chiffres de la semaine, relances clients et planning salons.\n\nBonne journée,\n{sfirst}", loc="Salle Garonne + Teams"),
    dict(l="es", t="Revisión de presupuesto obra Valdemoro", d="Hola {rfirst}:\n\nTe convoco para revisar el presupuesto actualizado con el jefe de obra. Trae por favor las mediciones.\n\nUn saludo,\n{sfirst}", loc="Oficina central, sala 2"),
    dict(l="it", t="Riunione avanzamento commessa {ref}", d="Buongiorno,\n\nfissiamo la riunione di avanzamento. Ordine del giorno: consegne, collaudi, fatturazione.\n\nSaluti\n{sfirst}", loc="Sala riunioni piano terra"),
    dict(l="nl", t="Overleg planning onderhoud Q4", d="Hoi {rfirst},\n\nZullen we de onderhoudsplanning voor Q4 doornemen? Ik heb de lijst met installaties bijgewerkt.\n\nGroet,\n{sfirst}", loc="Microsoft Teams-vergadering"),
    dict(l="pl", t="Spotkanie: przegląd umowy serwisowej", d="Dzień dobry,\n\nzapraszam na spotkanie dotyczące przedłużenia umowy serwisowej. Proszę o przygotowanie zestawienia zgłoszeń.\n\nPozdrawiam\n{sfirst}", loc="Sala konferencyjna A"),
    dict(l="ja", t="定例会議（営業部）", d="お疲れ様です。\n\n来週の定例会議のご案内です。各自、今月の進捗をご準備ください。\n\nよろしくお願いいたします。\n{sname}", loc="本社 5階 会議室B"),
    dict(l="ko", t="주간 업무 회의", d="안녕하세요.\n\n이번 주 업무 회의 일정입니다. 각 팀별 진행 상황을 공유해 주세요.\n\n감사합니다.\n{sname}", loc="본사 3층 대회의실"),
    dict(l="tr", t="Proje durum toplantısı", d="Merhaba,\n\nHaftalık proje durum toplantımıza davetlisiniz. Lütfen güncel iş planını getirin.\n\nSaygılarımla,\n{sname}", loc="Toplantı Odası 2"),
    dict(l="ar", t="اجتماع مراجعة الميزانية", d="السلام عليكم،\n\nندعوكم لحضور اجتماع مراجعة ميزانية الربع القادم. يرجى تجهيز الأرقام المحدثة.\n\nمع التحية،\n{sname}", loc="قاعة الاجتماعات الرئيسية"),
]

H["google"] = [
    dict(l="en", t="Coffee chat", d="Looking forward to catching up!", loc=""),
    dict(l="en", t="Design review: onboarding flow v2", d="Figma link in the doc. Please leave comments before the meeting.", loc=""),
    dict(l="en", t="{rfirst} <> {sfirst}: partnership intro", d="Intro call as discussed by email. 30 min.", loc=""),
    dict(l="en", t="Sprint planning", d="Backlog grooming + sprint 42 commitment.", loc=""),
    dict(l="en", t="Mum's birthday dinner", d="Table booked for 8. Don't be late this time :)", loc="Trattoria Sole, 14 Market St"),
    dict(l="en", t="Board game night", d="Bring snacks, I've got the games.", loc="{sfirst}'s place"),
    dict(l="de", t="Kennenlernen {sorg}", d="Kurzes Kennenlerngespräch wie per Mail besprochen.", loc=""),
    dict(l="fr", t="Réunion parents d'élèves – organisation kermesse", d="Ordre du jour : stands, planning des bénévoles, budget.", loc="École Jules Ferry, salle polyvalente"),
    dict(l="es", t="Llamada con proveedor de embalajes", d="Revisar muestras y plazos de entrega.", loc=""),
    dict(l="pt", t="Alinhamento semanal de marketing", d="Pauta: campanhas do mês, métricas e próximos passos.", loc=""),
    dict(l="it", t="Call di allineamento progetto sito web", d="Rivediamo insieme il wireframe e le tempistiche.", loc=""),
    dict(l="id", t="Rapat koordinasi tim", d="Agenda: evaluasi target bulan ini dan pembagian tugas.", loc=""),
    dict(l="vi", t="Họp nhóm dự án", d="Nội dung: cập nhật tiến độ và phân công công việc tuần tới.", loc=""),
    dict(l="zh", t="项目周会", d="议程：本周进展、风险、下周计划。", loc=""),
]

H["otherclients"] = [
    dict(c="apple", l="en", t="Dinner with the Hendersons", d="", loc="The Olive Tree\n22 Harbour Road"),
    dict(c="ios", l="de", t="Umzug helfen", d="Transporter ist ab 9 Uhr gemietet. Bitte feste Schuhe!", loc="Lindenstraße 12"),
    dict(c="fastmail", l="en", t="Book club – \"The Remains of the Day\"", d="We're on chapter 6 onwards. Wine welcome.", loc="Library café"),
    dict(c="proton", l="fr", t="Entretien – poste de chargé de communication", d="Bonjour,\n\nJe vous confirme notre entretien. Merci de vous présenter à l'accueil.", loc="12 rue des Lilas, Lyon"),
    dict(c="yahoo", l="es", t="Cumpleaños de la abuela", d="Comida familiar, cada uno trae un plato.", loc="Casa de la abuela"),
    dict(c="zoho", l="en", t="Vendor onboarding call", d="We'll go through the supplier portal and payment terms.", loc="Zoho Meeting"),
    dict(c="nextcloud", l="de", t="Vereinssitzung Vorstand", d="Tagesordnung:\n1. Kassenbericht\n2. Sommerfest\n3. Verschiedenes", loc="Vereinsheim"),
    dict(c="zimbra", l="fr", t="Comité de pilotage SI", d="Ordre du jour joint. Merci de confirmer votre présence.", loc="Salle du conseil"),
    dict(c="sogo", l="nl", t="Werkoverleg afdeling", d="Vaste agenda, zie intranet.", loc="Vergaderzaal 1.12"),
    dict(c="mozilla", l="pl", t="Przegląd kodu – moduł płatności", d="Omówimy zmiany w module płatności przed wdrożeniem.", loc="Jitsi: https://meet.jit.si/przeglad-kodu-{ref}"),
    dict(c="mozilla", l="ru", t="Созвон по проекту", d="Обсудим сроки и распределение задач.", loc="https://meet.jit.si/proekt-{ref}"),
    dict(c="apple", l="ja", t="歯医者", d="", loc="さくら歯科クリニック"),
    dict(c="zoho", l="ko", t="고객사 미팅", d="제안서 검토 및 일정 협의", loc="고객사 본사 2층"),
    dict(c="nextcloud", l="tr", t="Dernek yönetim kurulu toplantısı", d="Gündem: bütçe, etkinlik planı.", loc="Dernek merkezi"),
    dict(c="fastmail", l="it", t="Cena di classe – 20 anni dal diploma", d="Prenotato per 30 persone. Quota 35 €.", loc="Osteria del Ponte"),
    dict(c="proton", l="vi", t="Gặp mặt bàn kế hoạch", d="Thảo luận kế hoạch quý tới.", loc="Quán cà phê Cộng, Quận 1"),
]

H["updates"] = [
    dict(k="update", l="en", t="Q3 forecast review", d="Moved by 30 min because of the all-hands. Same link.", loc="Conf Room 4B / Teams"),
    dict(k="cancel", l="en", t="Sprint retrospective", d="Cancelling this one – half the team is out. We'll fold it into next week's planning.", loc=""),
    dict(k="reply", l="en", t="Contract renewal discussion", d="", ps="ACCEPTED"),
    dict(k="reply", l="de", t="Abstimmung Baustellenlogistik", d="", ps="DECLINED", note="Bin an dem Tag auf der Baustelle in Leipzig."),
    dict(k="counter", l="en", t="Design review", d="Could we do 3pm instead? I have a dentist appointment in the morning.", loc=""),
    dict(k="update", l="fr", t="Comité de direction", d="Changement de salle : le comité aura lieu en salle Rhône.", loc="Salle Rhône"),
    dict(k="cancel", l="es", t="Reunión de seguimiento", d="Se cancela la reunión. Os envío nueva convocatoria.", loc=""),
    dict(k="reply", l="pt", t="Alinhamento semanal", d="", ps="TENTATIVE"),
    dict(k="update", l="ja", t="定例会議（営業部）", d="開始時刻を15時に変更しました。", loc="本社 5階 会議室A"),
    dict(k="cancel", l="it", t="Riunione avanzamento commessa", d="Riunione annullata, ci aggiorniamo via mail.", loc=""),
    dict(k="update", l="nl", t="Overleg planning onderhoud", d="Verplaatst naar donderdag ivm ziekte.", loc="Teams"),
    dict(k="reply", l="zh", t="项目周会", d="", ps="ACCEPTED"),
    dict(k="cancel", l="ko", t="주간 업무 회의", d="이번 주 회의는 취소되었습니다.", loc=""),
    dict(k="update", l="ar", t="اجتماع مراجعة الميزانية", d="تم تغيير موعد الاجتماع إلى الساعة الحادية عشرة.", loc="قاعة الاجتماعات الرئيسية"),
]

H["webinar"] = [
    dict(p="zoom", l="en", t="Webinar: Scaling PostgreSQL for analytics", d="Thank you for registering for \"Scaling PostgreSQL for analytics\".\n\nPlease submit any questions to: events@{pdom}\n\nJoin from a PC, Mac, iPad, or Android: https://us06web.zoom.us/w/{mid}?tk={tk}\nPasscode: {pc}\n\nYou can cancel your registration at any time."),
    dict(p="gotowebinar", l="en", t="Payroll compliance update 2025", d="You're registered! Add this webinar to your calendar.\n\nJoin webinar: https://attendee.gotowebinar.com/join/{num}/{num2}\nWebinar ID: {mid}\n\nSystem requirements: Windows 10+, macOS 11+"),
    dict(p="on24", l="en", t="Virtual summit: Cloud security in practice", d="Thank you for registering. Your personal link:\nhttps://event.on24.com/wcc/r/{num}/{tk}\n\nThe event will be available on demand after the live session."),
    dict(p="eventbrite", l="en", t="Startup Breakfast Meetup #{n}", d="Your order #{num} for 1 x General Admission (Free).\n\nDoors open 8:00. Coffee & pastries provided.", loc="The Foundry, 5 Canal Street"),
    dict(p="meetup", l="en", t="Python User Group: testing with pytest", d="You're going! 84 members are attending.\n\nTalks: property-based testing, fixtures in depth.", loc="Copperleaf Software office, 2nd floor"),
    dict(p="luma", l="en", t="AI Product Builders Night", d="You're registered for AI Product Builders Night. Show your QR code at check-in.", loc="Warehouse 9, Dock Road"),
    dict(p="zoom", l="de", t="Webinar: Neues aus dem Steuerrecht 2025", d="Vielen Dank für Ihre Anmeldung.\n\nTeilnahme über PC, Mac, iPad oder Android: https://us02web.zoom.us/w/{mid}?tk={tk}\nKenncode: {pc}"),
    dict(p="eventbrite", l="fr", t="Salon de l'emploi numérique", d="Votre commande n° {num} : 1 billet Entrée libre.\n\nPensez à apporter plusieurs CV.", loc="Parc des expositions, Hall 3"),
    dict(p="teams", l="es", t="Jornada técnica: eficiencia energética en edificios", d="Gracias por inscribirse. Enlace para unirse al evento en directo de Teams:\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_{tk}%40thread.v2/0"),
    dict(p="webex", l="pt", t="Webinar: Gestão de frotas com telemetria", d="Obrigado por se inscrever!\n\nNúmero do evento: {mid}\nSenha: {pc}\nEntrar: https://{pdomsub}.webex.com/{pdomsub}/j.php?MTID=m{tk}"),
    dict(p="zoom", l="ja", t="ウェビナー：製造業のDX最前線", d="ご登録ありがとうございます。\n\n参加URL：https://us06web.zoom.us/w/{mid}?tk={tk}\nパスコード：{pc}"),
    dict(p="meetup", l="pl", t="Meetup: Frontend Kraków #{n}", d="Bierzesz udział! Zapisanych: 120 osób.\n\nPizza i napoje zapewnia sponsor.", loc="Hub Centrum, ul. Długa 7"),
    dict(p="luma", l="id", t="Jakarta Tech Talks: Data Engineering", d="Kamu terdaftar! Tunjukkan kode QR saat registrasi.", loc="Co-working Menteng Lt. 3"),
    dict(p="on24", l="ru", t="Вебинар: автоматизация складской логистики", d="Спасибо за регистрацию! Ссылка для участия:\nhttps://event.on24.com/wcc/r/{num}/{tk}"),
]

H["booking"] = [
    dict(p="airline", l="en", t="Flight NW 482 London (LHR) → Lisbon (LIS)", d="Booking reference: {pnr}\nPassenger: {rname}\nFlight NW 482 – departs 07:45 Terminal 5, arrives 10:20\nSeat 14C, 1 checked bag 23 kg\nTotal paid: £186.40\n\nOnline check-in opens 24 hours before departure.\nManage booking: https://www.northwind-air.example/manage?pnr={pnr}\nCustomer service: {phone}"),
    dict(p="rail", l="de", t="Zugfahrt Hamburg Hbf → München Hbf", d="Auftragsnummer: {pnr}\nICE 585, Abfahrt 08:24 Gl. 13, Ankunft 14:17\nWagen 7, Platz 61 (Fenster)\nPreis: 79,90 €\n\nIhr Ticket finden Sie in der App."),
    dict(p="hotel", l="fr", t="Réservation Hôtel des Tilleuls – 2 nuits", d="Numéro de confirmation : {pnr}\nArrivée : à partir de 15h00\nChambre double supérieure, petit-déjeuner inclus\nMontant total : 238,00 € (payable sur place)\nTél. : {phone}\n\nAnnulation gratuite jusqu'à 48h avant l'arrivée."),
    dict(p="carrental", l="en", t="Car rental pick-up – Compact (VW Golf or similar)", d="Confirmation: {pnr}\nPick-up: Airport desk, Terminal 2\nReturn: same location, full tank\nEstimated total: $312.58 incl. taxes\n\nPlease bring your driving licence and the credit card used for booking."),
    dict(p="restaurant", l="es", t="Reserva en Casa Lucio – 4 personas", d="Su reserva está confirmada.\nLocalizador: {pnr}\nSi no puede acudir, cancele en: https://reservas.casalucio.example/c/{pnr}\nTel.: {phone}", loc="Calle Mayor 21, Madrid"),
    dict(p="cinema", l="en", t="Cinema: Dune: Part Two – Screen 3", d="Booking ref {pnr}\n2 x Adult, seats G11–G12\nTotal £26.50\n\nShow this email or the QR code at the door.", loc="Riverside Cinema, Screen 3"),
    dict(p="airline", l="pt", t="Voo GX 1204 São Paulo (GRU) → Recife (REC)", d="Localizador: {pnr}\nPassageiro: {rname}\nEmbarque: 06:10, portão a confirmar\nValor total: R$ 1.048,37\n\nCheck-in online disponível 48h antes."),
    dict(p="hotel", l="it", t="Prenotazione Hotel Belvedere – 3 notti", d="Codice prenotazione: {pnr}\nCamera doppia vista lago\nTotale: 420,00 € (tassa di soggiorno esclusa)\nTel. {phone}"),
    dict(p="rail", l="nl", t="Treinreis Amsterdam Centraal → Brussel-Zuid", d="Boekingscode: {pnr}\nVertrek 09:16, aankomst 11:08\nKlasse 2, stoel 45\nPrijs: € 49,00"),
    dict(p="airline", l="ja", t="ANA便 羽田 → 福岡", d="予約番号：{pnr}\n搭乗者：{rname} 様\n出発 10:30 羽田空港 第2ターミナル\n座席 23A\nお支払い金額：23,450円"),
    dict(p="hotel", l="zh", t="酒店预订确认 – 外滩江景酒店", d="订单号：{pnr}\n入住：15:00后\n房型：高级大床房\n总价：¥1,280\n联系电话：{phone}"),
    dict(p="restaurant", l="tr", t="Rezervasyon: Deniz Restoran – 2 kişi", d="Rezervasyon kodunuz: {pnr}\nGelemeyecekseniz lütfen bizi arayın: {phone}", loc="Kordon Boyu No:14, İzmir"),
    dict(p="carrental", l="ar", t="تأكيد حجز سيارة", d="رقم الحجز: {pnr}\nالاستلام: مطار الملك خالد، الصالة 5\nالمبلغ الإجمالي: 845 ريال\nللاستفسار: {phone}"),
    dict(p="rail", l="ko", t="KTX 서울 → 부산", d="예약번호: {pnr}\n열차 KTX 105, 08:00 출발\n6호차 12A\n운임: 59,800원"),
]

H["appointment"] = [
    dict(p="calendly", l="en", t="30 Minute Meeting between {rname} and {sname}", d="Event Name: 30 Minute Meeting\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/{tk}\nReschedule: https://calendly.com/reschedulings/{tk}"),
    dict(p="doctor", l="fr", t="Rendez-vous Dr {slast} – médecin généraliste", d="Votre rendez-vous est confirmé.\n\nMerci de vous munir de votre carte Vitale et de votre ordonnance.\nEn cas d'empêchement, annulez au moins 24h à l'avance.\nCabinet : {phone}"),
    dict(p="dentist", l="en", t="Dental check-up & hygiene", d="Your appointment with {sorg} is confirmed.\n\nPlease arrive 10 minutes early. Cancellations with less than 24 hours notice may be charged £25.\nCall us on {phone}."),
    dict(p="salon", l="de", t="Termin: Haarschnitt & Farbe", d="Ihr Termin bei {sorg} ist bestätigt.\nDauer: ca. 2 Std.\nPreis ab 89 €\nAbsage bitte bis 24 Std. vorher unter {phone}."),
    dict(p="carservice", l="nl", t="APK + onderhoudsbeurt", d="Uw afspraak bij {sorg} is bevestigd.\nKenteken: {plate}\nGeschatte kosten: € 245,00\nBreng de sleutels af bij de receptie."),
    dict(p="bank", l="es", t="Cita con su gestor – hipoteca", d="Estimado/a {rfirst}:\n\nLe confirmamos su cita con su gestor para revisar las condiciones de la hipoteca. Traiga DNI y las tres últimas nóminas.\n\nOficina: {phone}"),
    dict(p="gov", l="de", t="Termin Bürgeramt: Personalausweis beantragen", d="Vorgangsnummer: {pnr}\nBitte mitbringen: biometrisches Passfoto, alter Ausweis, Gebühr 37,00 € (EC-Karte).\nBitte erscheinen Sie pünktlich."),
    dict(p="doctor", l="it", t="Visita specialistica – cardiologia", d="Gentile {rfirst},\nle ricordiamo la visita prenotata. Portare impegnativa e tessera sanitaria.\nPer disdire: {phone}"),
    dict(p="calendly", l="pt", t="Consultoria financeira – 45 min", d="Agendado com {sname}.\nPara cancelar ou remarcar: https://calendly.com/cancellations/{tk}"),
    dict(p="salon", l="pl", t="Wizyta: manicure hybrydowy", d="Potwierdzamy wizytę w salonie {sorg}.\nCena: 120 zł\nOdwołanie: {phone}"),
    dict(p="doctor", l="ru", t="Приём у терапевта", d="Вы записаны на приём. Пожалуйста, возьмите паспорт и полис ОМС. Отмена записи: {phone}"),
    dict(p="gov", l="vi", t="Lịch hẹn làm hộ chiếu", d="Mã hồ sơ: {pnr}\nVui lòng mang theo CCCD và ảnh 4x6.\nLệ phí: 200.000 đồng"),
    dict(p="dentist", l="ar", t="موعد عيادة الأسنان", d="تم تأكيد موعدك. يرجى الحضور قبل الموعد بعشر دقائق.\nللإلغاء: {phone}"),
    dict(p="carservice", l="id", t="Servis berkala mobil", d="Booking servis Anda sudah dikonfirmasi.\nNo. polisi: {plate}\nEstimasi biaya: Rp 850.000"),
]

H["finance"] = [
    dict(l="en", t="Self assessment tax return – deadline", d="Reminder from {sorg}: your self assessment return and any balance due must be filed by 31 January. Estimated balance: £1,842.60. Please send your bank statements by the end of this month.\n\nQuestions: {phone}"),
    dict(l="de", t="Fälligkeit Umsatzsteuer-Voranmeldung", d="Sehr geehrte/r {rfirst},\n\nbitte denken Sie an die Umsatzsteuer-Voranmeldung für das laufende Quartal. Unterlagen bitte bis zum 5. an unsere Kanzlei.\n\nMit freundlichen Grüßen\n{sname}\n{sorg}"),
    dict(l="en", t="Direct debit: electricity bill £84.21", d="Your next payment of £84.21 will be collected on or just after this date from the account ending 4471.\nAccount number: {ref}\nNo action is needed."),
    dict(l="fr", t="Échéance cotisation assurance habitation", d="Votre cotisation annuelle de 312,45 € sera prélevée à cette date.\nContrat n° {ref}\nVotre conseiller : {phone}"),
    dict(l="es", t="Pago trimestral cuota colegio", d="Les recordamos que el pago de la cuota del segundo trimestre (465,00 €) se cargará en su cuenta en esta fecha.\nSecretaría: {phone}"),
    dict(l="nl", t="Termijnbetaling zorgverzekering", d="Uw premie van € 138,95 wordt op deze datum geïncasseerd.\nPolisnummer: {ref}"),
    dict(l="ja", t="住民税（第3期）納付期限", d="住民税 第3期分の納付期限です。\n納付額：28,400円\n口座振替の方は手続き不要です。"),
    dict(l="pt", t="Vencimento IPVA – parcela 2/3", d="Lembrete: a 2ª parcela do IPVA vence nesta data. Valor: R$ 612,30.\nPague pelo app do seu banco com o código RENAVAM."),
    dict(l="tr", t="Kredi kartı son ödeme tarihi", d="Dönem borcunuz: 4.215,60 TL\nAsgari ödeme: 1.686,24 TL\nSon ödeme tarihi bu gündür."),
    dict(l="it", t="Scadenza F24 – acconto IRPEF", d="Promemoria dal suo commercialista: versamento acconto IRPEF di 1.120,00 € tramite F24.\nStudio: {phone}"),
]

H["vendor"] = [
    dict(l="en", t="Demo: {sorg} platform for your team", d="Hi {rfirst},\n\nThanks for your interest! In this 30-minute demo I'll show the reporting module and answer pricing questions. We're currently offering a free 30-day trial and an exclusive onboarding bonus for teams signing this quarter.\n\nBest,\n{sname}\nAccount Executive, {sorg}"),
    dict(l="en", t="Interview: Backend Engineer – {sorg}", d="Hi {rfirst},\n\nThank you for applying. This is a 45-minute technical interview with two engineers. We'll also leave time for your questions about the offer, salary range and benefits.\n\nLooking forward to it,\n{sname}\nTalent Acquisition"),
    dict(l="en", t="Quarterly business review – {rorg} & {sorg}", d="Agenda:\n- Adoption metrics\n- Open support tickets\n- Renewal and loyalty discount options\n\n{sname}, Customer Success Manager"),
    dict(l="en", t="Product launch livestream: {sorg} 5.0", d="You're invited to our launch event. Early-bird customers get an exclusive upgrade offer and a free training seat."),
    dict(l="en", t="Offer call – {rfirst}", d="Hi {rfirst},\n\nGreat news – we'd like to walk you through your offer: base salary, signing bonus and start date. Please have your questions ready.\n\n{sname}, People Team"),
    dict(l="de", t="Produktdemo {sorg} – Zeiterfassung", d="Hallo {rfirst},\n\nvielen Dank für Ihr Interesse. In der Demo zeige ich Ihnen die Zeiterfassung und das Urlaubsmodul. Sie erhalten anschließend einen kostenlosen Testzugang für 14 Tage.\n\nBeste Grüße\n{sname}"),
    dict(l="fr", t="Entretien de recrutement – Comptable H/F", d="Bonjour {rfirst},\n\nSuite à votre candidature, nous avons le plaisir de vous convier à un entretien. Nous aborderons le poste, la rémunération et les avantages.\n\nCordialement,\n{sname}"),
    dict(l="es", t="Presentación de producto – oferta para clientes", d="Hola {rfirst}:\n\nTe invito a la presentación de nuestra nueva gama. Los clientes actuales tendrán un descuento exclusivo del 15 % y envío gratis.\n\nSaludos,\n{sname}"),
    dict(l="pt", t="Entrevista – Analista de Dados", d="Olá {rfirst}!\n\nConfirmamos sua entrevista com o time de dados. Vamos conversar sobre a vaga, salário e benefícios.\n\nAbraços,\n{sname}"),
    dict(l="it", t="Demo gratuita gestionale {sorg}", d="Buongiorno,\n\ncome concordato, le mostro il gestionale in una demo gratuita di 40 minuti.\n\nCordiali saluti\n{sname}"),
    dict(l="ko", t="제품 시연 – {sorg}", d="안녕하세요 {rfirst}님,\n\n요청하신 제품 시연 일정입니다. 무료 체험 및 도입 혜택도 안내드리겠습니다.\n\n감사합니다.\n{sname}"),
    dict(l="zh", t="面试邀请 – 产品经理", d="{rfirst}您好：\n\n感谢您投递简历，诚邀您参加面试。面试中将介绍岗位职责、薪资福利等。\n\n{sorg} 人力资源部"),
    dict(l="ru", t="Демонстрация CRM для отдела продаж", d="Добрый день!\n\nКак договаривались, проведём демонстрацию. Расскажем о бесплатном пробном периоде и специальных условиях.\n\n{sname}"),
    dict(l="tr", t="İş görüşmesi – Satış Uzmanı", d="Merhaba {rfirst},\n\nBaşvurunuz için teşekkür ederiz. Görüşmede pozisyon, maaş ve yan haklar hakkında bilgi vereceğiz.\n\n{sname}"),
]

H["series"] = [
    dict(l="en", t="U11 football training", d="Bring water, shin pads and boots. Parents please collect on time.", loc="Riverside Park pitches", rr="FREQ=WEEKLY;BYDAY=TU,TH"),
    dict(l="en", t="Sunday service – choir warm-up", d="", loc="St Mary's Church hall", rr="FREQ=WEEKLY;BYDAY=SU"),
    dict(l="de", t="Chorprobe", d="Wir proben weiter an der Weihnachtsmotette.", loc="Gemeindehaus", rr="FREQ=WEEKLY;BYDAY=WE"),
    dict(l="fr", t="Entraînement natation", d="Bonnet obligatoire.", loc="Piscine municipale", rr="FREQ=WEEKLY;BYDAY=MO,TH"),
    dict(l="es", t="Clase de yoga", d="Traed esterilla.", loc="Centro cívico, sala 3", rr="FREQ=WEEKLY;BYDAY=TU"),
    dict(l="nl", t="Hockeytraining JO12", d="", loc="Sportpark De Weide", rr="FREQ=WEEKLY;BYDAY=WE"),
    dict(l="pl", t="Próba zespołu", d="", loc="Dom Kultury, sala 12", rr="FREQ=WEEKLY;BYDAY=FR"),
    dict(l="ja", t="少年野球 練習", d="水筒とグローブを忘れずに。", loc="市民グラウンド", rr="FREQ=WEEKLY;BYDAY=SA"),
    dict(l="id", t="Pengajian rutin", d="", loc="Masjid Al-Ikhlas", rr="FREQ=WEEKLY;BYDAY=TH"),
    dict(l="en", t="Parish council meeting", d="Minutes of the previous meeting are on the noticeboard.", loc="Village hall", rr="FREQ=MONTHLY;BYDAY=1MO"),
]

H["itmaint"] = [
    dict(l="en", t="Planned maintenance: Microsoft 365 tenant migration", d="Dear colleagues,\n\nDuring this window email may be delayed. After the migration you will be asked to sign in again and confirm MFA in the Authenticator app. IT will never ask you for your password by email or phone.\n\nIT Operations"),
    dict(l="en", t="Mandatory security awareness training", d="This year's training covers phishing, password hygiene and MFA fatigue attacks. Please complete the e-learning module in the LMS before the session.\n\nInformation Security Team"),
    dict(l="de", t="Wartungsfenster: Update Teams-Client und VPN", d="Liebe Kolleginnen und Kollegen,\n\nim Wartungsfenster verteilen wir automatisch das Update des Teams-Clients und des VPN-Clients. Bitte lassen Sie Ihre Geräte eingeschaltet und angemeldet. Sie müssen nichts selbst installieren.\n\nIhre IT"),
    dict(l="fr", t="Maintenance planifiée messagerie", d="Bonjour,\n\nUne maintenance de la messagerie aura lieu. Le service peut être interrompu pendant 2 heures. Aucune action de votre part n'est nécessaire. Le service informatique ne vous demandera jamais votre mot de passe.\n\nDSI"),
    dict(l="en", t="Password manager rollout – training session", d="We're moving everyone to the company password manager. Bring your laptop; we'll set up the browser extension and MFA together."),
    dict(l="es", t="Ventana de mantenimiento ERP", d="El ERP no estará disponible durante la actualización. Por favor guarde su trabajo antes del inicio.\n\nDepartamento de Sistemas"),
    dict(l="nl", t="Uitrol nieuwe laptops – afspraak", d="Je nieuwe laptop staat klaar. Neem je oude laptop en voeding mee. We zetten samen MFA opnieuw op."),
    dict(l="zh", t="系统维护通知：邮件服务器升级", d="各位同事：\n\n邮件服务器将于维护窗口内升级，期间可能无法收发邮件。升级后请重新登录并完成多因素认证。IT部门不会通过邮件索取您的密码。\n\n信息技术部"),
]

H["forwarded"] = [
    dict(k="fw_outlook", l="en", t="Supplier audit – site visit"),
    dict(k="rfc822", l="de", t="Betriebsversammlung"),
    dict(k="list", l="en", t="OWASP chapter meeting – November"),
    dict(k="icsonly", l="en", t="Shift roster – week {kw}"),
    dict(k="list", l="fr", t="Réunion du bureau de l'association"),
    dict(k="rfc822", l="es", t="Junta de vecinos"),
]
