# -*- coding: utf-8 -*-
"""Legitimate wording. HP[category][lang] -> list of dicts."""

HP = {}

HP["transport-booking"] = {
    "en": [
        dict(kind="air", s="Flight {flt} {o} → {dst}", subj="Your booking confirmation {pnr} – {o} to {dst}",
             d="Booking reference: {pnr}\nFlight {flt}, {o} → {dst}\nDeparture {dep} (local time)\nSeat {seat}, {cls}\nTotal paid: {amt}\nCheck-in opens 24 hours before departure. Manage your booking: {link}\nCustomer service: {phone}"),
        dict(kind="air", s="{flt} {o}-{dst}", subj="E-ticket receipt {pnr}",
             d="Passenger: {name}\nTicket number: 125-{tkt}\n{flt} {o} {dep} → {dst}\nBaggage: 1 x 23kg\nFare: {amt} incl. taxes\nChanges: {link}"),
        dict(kind="rail", s="Train {o} → {dst}", subj="Your train tickets: {o} to {dst}",
             d="Booking reference {pnr}\nDeparture {dep}, coach {coach}, seat {seat}\nTicket type: Advance Single\nPrice: {amt}\nShow the barcode in the app or print your ticket: {link}"),
        dict(kind="air", s="Check-in open: {flt} to {dst}", subj="Check-in is now open for your flight to {dst}",
             d="Your flight {flt} departs {dep}.\nCheck in online and get your boarding pass: {link}\nBooking ref {pnr}"),
        dict(kind="rail", s="{brand} {flt}: {o} - {dst}", subj="{brand}: eTicket and receipt for your trip on {depd}",
             d="Reservation number {pnr}\nTrain {flt} {o} - {dst}\nDeparts {dep}\n1 Adult, Business Class\nTotal charged: {amt}\nCall {phone} for changes."),
    ],
    "de": [dict(kind="rail", s="Zug {flt}: {o} → {dst}", subj="Ihre Buchungsbestätigung (Auftrag {pnr})",
                d="Auftragsnummer: {pnr}\nHinfahrt am {depd}\nab {o} {dept}, an {dst}\nZug {flt}, Wagen {coach}, Platz {seat}\nGesamtpreis: {amt}\nIhr Ticket finden Sie in der App oder unter {link}")],
    "fr": [dict(kind="rail", s="Train {flt} {o} → {dst}", subj="Confirmation de votre voyage – référence {pnr}",
                d="Référence dossier : {pnr}\nAller le {depd}\n{o} {dept} → {dst}\nVoiture {coach}, place {seat}\nMontant payé : {amt}\nVos e-billets : {link}")],
    "es": [dict(kind="air", s="Vuelo {flt} {o} → {dst}", subj="Confirmación de su reserva {pnr}",
                d="Localizador: {pnr}\nVuelo {flt} {o} – {dst}\nSalida: {dep}\nAsiento {seat}\nImporte total: {amt}\nGestione su reserva: {link}\nAtención al cliente: {phone}")],
    "it": [dict(kind="rail", s="Treno {flt} {o} → {dst}", subj="Conferma acquisto biglietto – PNR {pnr}",
                d="Codice PNR: {pnr}\nPartenza {dep} da {o}\nArrivo a {dst}\nCarrozza {coach}, posto {seat}\nImporto: {amt}\nBiglietto: {link}")],
    "pt": [dict(kind="air", s="Voo {flt} {o} → {dst}", subj="Confirmação de reserva {pnr}",
                d="Código da reserva: {pnr}\nVoo {flt} de {o} para {dst}\nPartida: {dep}\nAssento {seat}\nValor total: {amt}\nFaça o check-in online: {link}")],
}

HP["hotel-booking"] = {
    "en": [
        dict(s="Stay at {hotel}", subj="Booking confirmed: {hotel}, {city}",
             d="Confirmation number: {pnr}\nPIN: {pin}\nCheck-in: {depd} (from 15:00)\nCheck-out: {outd} (until 11:00)\n1 x Double Room, breakfast included\nTotal price: {amt} – pay at the property\nFree cancellation until {canc}\nProperty phone: {phone}\nManage booking: {link}"),
        dict(s="{hotel} – reservation {pnr}", subj="Your reservation at {hotel}",
             d="Dear {name},\nThank you for choosing {hotel}. We look forward to welcoming you on {depd}.\nRoom: King Deluxe, 2 nights\nRate: {amt} per night, incl. taxes\nGuaranteed with card ending {last4}.\nFront desk: {phone}"),
        dict(s="Airbnb: stay in {city}", subj="Reservation confirmed – you're going to {city}!",
             d="Your host {host} is expecting you.\nCheck-in {depd} after 16:00, checkout {outd} by 10:00.\nConfirmation code {pnr}\nTotal (USD): {amt}\nGet directions and message your host in the app: {link}"),
        dict(s="Conference hotel – {hotel}", subj="Group booking {pnr} – {hotel}",
             d="Your room in the conference block has been reserved.\nArrival {depd}, departure {outd}\nDeposit charged: {amt}\nPlease contact reservations at {phone} for any changes."),
        dict(s="{hotel}: upcoming stay", subj="Your stay is 3 days away – {hotel}",
             d="Confirmation {pnr}\nOnline check-in is now available and saves you time at the desk: {link}\nParking: {amt} per night."),
    ],
    "fr": [dict(s="Séjour à {hotel}", subj="Votre réservation est confirmée – {hotel}",
                d="Numéro de confirmation : {pnr}\nArrivée : {depd} à partir de 15h\nDépart : {outd} avant 11h\nChambre double, petit-déjeuner inclus\nMontant : {amt} – paiement sur place\nAnnulation gratuite jusqu'au {canc}\nTél. de l'établissement : {phone}")],
    "es": [dict(s="Estancia en {hotel}", subj="Reserva confirmada: {hotel}",
                d="Número de confirmación: {pnr}\nEntrada: {depd} desde las 14:00\nSalida: {outd}\nHabitación doble estándar\nPrecio total: {amt}\nCancelación gratuita hasta el {canc}\nTeléfono del hotel: {phone}")],
    "it": [dict(s="Soggiorno presso {hotel}", subj="Conferma prenotazione n. {pnr}",
                d="Gentile {name},\nla sua prenotazione è confermata.\nArrivo: {depd}\nPartenza: {outd}\nCamera matrimoniale con colazione\nTotale: {amt}\nTassa di soggiorno da pagare in struttura.\nTel. {phone}")],
    "pt": [dict(s="Hospedagem no {hotel}", subj="Sua reserva está confirmada – {hotel}",
                d="Código da reserva: {pnr}\nCheck-in: {depd} a partir das 14h\nCheck-out: {outd} até 12h\nValor total: {amt}\nCancelamento gratuito até {canc}\nTelefone: {phone}")],
    "nl": [dict(s="Verblijf in {hotel}", subj="Bevestiging van uw reservering {pnr}",
                d="Bevestigingsnummer: {pnr}\nInchecken: {depd} vanaf 15:00\nUitchecken: {outd} voor 11:00\nTweepersoonskamer incl. ontbijt\nTotaalprijs: {amt}\nGratis annuleren tot {canc}\nTelefoon accommodatie: {phone}")],
}

HP["restaurant-booking"] = {
    "en": [
        dict(s="Dinner at {rest}", subj="Your reservation at {rest} is confirmed",
             d="Party of {n} on {depd} at {dept}\nConfirmation #{code}\n{rest}, {addr}\nNeed to change? {link} or call {phone}\nA card is held for no-shows: $25 per guest."),
        dict(s="{rest} – table for {n}", subj="Reservation reminder: {rest} tomorrow",
             d="We're looking forward to seeing you tomorrow at {dept}.\nPlease reply C to confirm or call {phone} to cancel.\nSpecial occasion noted: birthday"),
        dict(s="Brunch – {rest}", subj="Booking confirmed – {rest}",
             d="Booking ref {code} for {n} guests.\nWe hold tables for 15 minutes.\nDeposit paid: {amt}\n{addr}"),
        dict(s="Tasting menu at {rest}", subj="Your prepaid reservation – {rest}",
             d="Thank you for your prepayment of {amt} for {n} guests (7-course tasting menu).\nDietary requirements: please reply to this email.\nDress code: smart casual."),
        dict(s="{rest} ({n} people)", subj="Table booked at {rest}",
             d="Date: {depd}\nTime: {dept}\nGuests: {n}\nBooked via the {rest} website. Manage: {link}"),
    ],
    "es": [dict(s="Cena en {rest}", subj="Reserva confirmada en {rest}",
                d="Mesa para {n} personas el {depd} a las {dept}.\nLocalizador: {code}\n{addr}\nPara cancelar llame al {phone}.")],
    "it": [dict(s="Cena da {rest}", subj="Prenotazione confermata – {rest}",
                d="Tavolo per {n} persone, {depd} ore {dept}.\nCodice: {code}\nIn caso di ritardo superiore a 15 minuti la preghiamo di avvisarci al {phone}.")],
    "pt": [dict(s="Jantar no {rest}", subj="Reserva confirmada – {rest}",
                d="Mesa para {n} pessoas em {depd} às {dept}.\nCódigo: {code}\n{addr}\nTelefone: {phone}")],
    "nl": [dict(s="Diner bij {rest}", subj="Uw reservering bij {rest}",
                d="Tafel voor {n} personen op {depd} om {dept}.\nReserveringsnummer: {code}\nWijzigen of annuleren: {link}")],
    "pl": [dict(s="Kolacja w {rest}", subj="Potwierdzenie rezerwacji – {rest}",
                d="Stolik dla {n} osób, {depd} godz. {dept}.\nNumer rezerwacji: {code}\nW razie zmian prosimy o kontakt: {phone}")],
}

HP["medical-appointment"] = {
    "en": [
        dict(s="Appointment: Dr. {doc}", subj="Appointment confirmation – {clinic}",
             d="Your appointment with Dr. {doc} is booked for {dep}.\n{clinic}, {addr}\nPlease arrive 10 minutes early and bring your insurance card.\nTo reschedule call {phone} at least 24 hours in advance. Missed appointments may be charged $50."),
        dict(s="Dental check-up & hygiene", subj="Reminder: dental appointment on {depd}",
             d="Hi {first}, this is a reminder of your check-up and hygiene visit at {dept}.\nReply YES to confirm or call {phone}.\n{clinic}"),
        dict(s="Vaccination appointment", subj="Your vaccination appointment is booked",
             d="Booking reference: {code}\nLocation: {clinic} pharmacy, {addr}\nPlease wear a short-sleeved top.\nCancel: {link}"),
        dict(s="Physiotherapy – {doc}", subj="Booking confirmed with {doc}",
             d="Initial assessment (45 min)\nFee: {amt} (receipt for your insurer provided)\nCancellation policy: 24 hours' notice.\n{addr}"),
        dict(s="Telehealth consultation", subj="Your video consultation on {depd}",
             d="Dr. {doc} will call you via the secure video link at {dept}:\n{link}\nIf the link doesn't work, we'll call {phone}."),
    ],
    "it": [dict(s="Visita specialistica – Dott. {doc}", subj="Promemoria appuntamento {clinic}",
                d="Gentile paziente, le ricordiamo l'appuntamento del {depd} ore {dept}.\nPortare impegnativa e tessera sanitaria.\nPer disdire: {phone}")],
    "pt": [dict(s="Consulta – Dr. {doc}", subj="Confirmação de consulta – {clinic}",
                d="Sua consulta está marcada para {depd} às {dept}.\nChegue com 15 minutos de antecedência e traga documento e carteirinha do convênio.\nDúvidas: {phone}")],
    "nl": [dict(s="Afspraak huisarts {doc}", subj="Bevestiging afspraak {clinic}",
                d="U heeft een afspraak op {depd} om {dept} bij {doc}.\nKunt u niet komen? Meld dit 24 uur van tevoren via {phone}.")],
    "pl": [dict(s="Wizyta: lek. {doc}", subj="Potwierdzenie wizyty – {clinic}",
                d="Termin wizyty: {depd}, godz. {dept}\nGabinet: {clinic}, {addr}\nOdwołanie wizyty: {phone}")],
    "ru": [dict(s="Приём у врача: {doc}", subj="Запись на приём подтверждена – {clinic}",
                d="Вы записаны на {depd} в {dept}.\nАдрес: {addr}\nПри себе иметь паспорт и полис ОМС.\nОтменить запись: {phone}")],
}

HP["vendor-webinar"] = {
    "en": [
        dict(s="Webinar: {topic}", subj="You're registered: {topic}",
             d="Thanks for registering! This webinar is free for all customers.\nJoin link (unique to you): {link}\nCan't make it? Register anyway and we'll send the recording.\nSpecial offer for attendees: 20% off annual plans."),
        dict(s="{conf} {year}", subj="Your {conf} {year} ticket",
             d="Order {code}\nFree Expo Pass\nVenue: {addr}\nDoors open 08:00. Bring this QR code: {link}\nAgenda and app: {link2}"),
        dict(s="Live demo: {topic}", subj="Reminder: live demo starts in 1 hour",
             d="Hi {first},\nThe session starts soon. Over 900 people have registered, so join a few minutes early.\n{link}\nQ&A with our product team at the end."),
        dict(s="Customer roundtable – {topic}", subj="Invitation: {topic} (free, limited seats)",
             d="Join 300+ peers for our quarterly customer roundtable.\nFree to attend; lunch provided.\nRSVP: {link}\nUnsubscribe from event invitations: {link2}"),
        dict(s="{conf}: Day 2 keynote", subj="Add to calendar: {conf} keynote",
             d="Stream the keynote live at {link}\nPromo code for on-demand content: FREEPASS"),
    ],
    "pt": [dict(s="Webinar: {topic}", subj="Inscrição confirmada: {topic}",
                d="Obrigado por se inscrever! O webinar é gratuito.\nLink de acesso: {link}\nOferta especial para participantes: 30% de desconto no plano anual.")],
    "nl": [dict(s="Webinar: {topic}", subj="Bevestiging van uw registratie",
                d="Bedankt voor uw aanmelding voor ons gratis webinar.\nDeelnemen: {link}\nKunt u niet? U ontvangt de opname achteraf.")],
    "pl": [dict(s="Webinar: {topic}", subj="Potwierdzenie rejestracji na webinar",
                d="Dziękujemy za rejestrację! Udział jest bezpłatny.\nLink do spotkania: {link}\nDla uczestników: specjalna oferta -20%.")],
    "ru": [dict(s="Вебинар: {topic}", subj="Вы зарегистрированы на вебинар",
                d="Спасибо за регистрацию! Участие бесплатное.\nСсылка для подключения: {link}\nЗапись будет отправлена всем зарегистрированным.")],
    "el": [dict(s="Διαδικτυακό σεμινάριο: {topic}", subj="Επιβεβαίωση εγγραφής",
                d="Ευχαριστούμε για την εγγραφή σας. Η συμμετοχή είναι δωρεάν.\nΣύνδεσμος: {link}")],
}

HP["community-series"] = {
    "en": [
        dict(s="Youth football training (U10)", d="Every Tuesday, bring water and shin pads. Subs are £3 per session, pay cash to Mike.\nPitch 2 behind the leisure centre.", loc="Riverside Park, Pitch 2"),
        dict(s="Choir rehearsal", d="Weekly rehearsal. New members welcome, no audition needed!\nWe're working on the Christmas programme.", loc="St Mary's Church Hall"),
        dict(s="Book club 📚", d="Monthly book club. This month: whatever we voted for in the group chat :)\nBring snacks if you can.", loc="Sarah's place"),
        dict(s="PTA meeting", d="Monthly Parent Teacher Association meeting. Agenda: bake sale, summer fair, playground fund.\nAll parents welcome.", loc="School library"),
        dict(s="Saturday parkrun + coffee", d="We meet at the start line at 8:50. Coffee afterwards at the café.", loc="Lakeside parkrun start"),
    ],
    "nl": [dict(s="Training JO11", d="Elke woensdag training. Graag op tijd en scheenbeschermers mee.", loc="Sportpark De Vliert, veld 3")],
    "pl": [dict(s="Próba chóru parafialnego", d="Cotygodniowa próba. Zapraszamy nowe osoby, nie trzeba znać nut!", loc="Salka parafialna")],
    "ru": [dict(s="Занятия шахматного кружка", d="Каждый четверг. Приносите свои доски, если есть. Новички приветствуются.", loc="Библиотека, 2 этаж")],
    "el": [dict(s="Πρόβα χορωδίας", d="Εβδομαδιαία πρόβα. Καλωσορίζουμε νέα μέλη!", loc="Αίθουσα ενορίας")],
    "ar": [dict(s="حلقة تحفيظ القرآن للأطفال", d="كل يوم سبت بعد صلاة العصر. الرجاء إحضار المصحف.", loc="قاعة المسجد")],
}

HP["it-notice"] = {
    "en": [
        dict(s="Planned maintenance: email and VPN unavailable", d="Dear colleagues,\nOn {depd} between {dept} and 23:00 we will upgrade the mail servers and VPN gateways. Services will be unavailable during this window.\nNo action is required. Questions: servicedesk@{dom} or ext. 4400.\nIT Operations"),
        dict(s="Password expiry reminder", d="Your network password will expire in 7 days.\nTo change it, press Ctrl+Alt+Del on a company laptop and choose 'Change a password', or use the self-service portal on the intranet.\nIT will never ask for your password by email or phone.\nIT Service Desk"),
        dict(s="Windows update window – laptops", d="Monthly patch deployment. Please leave your laptop powered on and connected to the network overnight. A restart may be required.\nChange ref {code}"),
        dict(s="MFA enrolment drop-in session", d="IT will be in the canteen to help you set up the authenticator app on your phone. Bring your phone and laptop. Enrolment is mandatory by the end of the month."),
        dict(s="Phishing awareness training (mandatory)", d="30-minute session. Learn how to spot fake invitations, invoices and login pages. Attendance will be recorded.\nTeams link in this invite."),
    ],
    "pl": [dict(s="Prace serwisowe: niedostępność poczty", d="Szanowni Państwo,\nw dniu {depd} w godz. {dept}–23:00 planowane są prace serwisowe. Poczta i VPN będą niedostępne.\nDział IT")],
    "ru": [dict(s="Плановые работы: недоступность почты", d="Коллеги, добрый день!\n{depd} с {dept} до 23:00 будут проводиться плановые работы. Почта и VPN будут недоступны.\nИТ-отдел")],
    "el": [dict(s="Προγραμματισμένη συντήρηση συστημάτων", d="Αγαπητοί συνάδελφοι,\nστις {depd} από {dept} έως 23:00 θα γίνει αναβάθμιση των διακομιστών email. Οι υπηρεσίες δεν θα είναι διαθέσιμες.\nΤμήμα Πληροφορικής")],
    "ar": [dict(s="صيانة مجدولة للبريد الإلكتروني", d="الزملاء الأعزاء،\nستتم صيانة خوادم البريد يوم {depd} من الساعة {dept} حتى 23:00. لن تتوفر الخدمة خلال هذه الفترة.\nقسم تقنية المعلومات")],
    "he": [dict(s="תזכורת: הסיסמה שלך תפוג בעוד 7 ימים", d="יש להחליף את הסיסמה דרך Ctrl+Alt+Del במחשב החברה או בפורטל השירות העצמי באינטרנט הפנימי.\nמחלקת IT לעולם לא תבקש את סיסמתך.")],
}

HP["colleague-doc-share"] = {
    "en": [
        dict(s="Review: {ref}", d="Hi all,\nDraft is here, comments in the doc please by Thursday:\n{link}\nWe'll go through open points in this slot.\nThanks,\n{sender}"),
        dict(s="Budget walkthrough", d="I've shared the FY budget workbook with everyone on the invite.\n{link}\nTab 'Summary' is the one to look at."),
        dict(s="Design review – {ref}", d="Figma file: {link}\nPlease leave comments before the meeting."),
        dict(s="Contract redlines", d="Legal's redlines are in the shared folder:\n{link}\nLet's agree on the open clauses."),
        dict(s="Sprint planning", d="Board: {link}\nPlease update your tickets before the meeting."),
    ],
    "ru": [dict(s="Обсуждение отчёта", d="Коллеги, черновик отчёта по ссылке, комментарии прямо в документе:\n{link}\nОбсудим на встрече.")],
    "el": [dict(s="Ανασκόπηση προσφοράς", d="Καλησπέρα σε όλους,\nτο αρχείο είναι εδώ: {link}\nΣχόλια μέχρι την Πέμπτη.")],
    "ar": [dict(s="مراجعة العرض التقديمي", d="مرحباً،\nشاركت العرض على الرابط التالي، يرجى إضافة ملاحظاتكم قبل الاجتماع:\n{link}")],
    "he": [dict(s="סקירת מסמך דרישות", d="היי,\nהטיוטה כאן: {link}\nאשמח להערות לפני הפגישה.")],
    "zh": [dict(s="季度报告评审", d="各位好，\n报告草稿已共享，请在会前在文档中批注：\n{link}")],
}

HP["finance-reminder"] = {
    "en": [
        dict(s="Month-end close: AP payment run", d="Reminder: invoices for this payment run must be approved in the system by 12:00.\nIMPORTANT: we will never change supplier bank details based on an email. Any request to change bank details must be verified by phone using the number on file.\nFinance Operations"),
        dict(s="Invoice {code} due – {org}", d="Hello,\nA friendly reminder that invoice {code} for {amt} is due on {depd}. Payment details are on the invoice; they have not changed.\nIf you have already paid, please disregard.\nAccounts Receivable"),
        dict(s="Expense reports deadline", d="All expense reports for this month must be submitted by Friday. Late submissions roll to next month's payroll."),
        dict(s="Warning: fake bank-detail change requests", d="Several suppliers have reported fraudulent emails asking to update our bank details. Our details have NOT changed. Please call your usual contact before making any change. Short briefing in this slot."),
        dict(s="Quarterly VAT return", d="Reminder to file the VAT return and pay {amt} by {depd}. Workings are in the finance share."),
    ],
    "el": [dict(s="Υπενθύμιση πληρωμής τιμολογίου {code}", d="Καλημέρα,\nυπενθυμίζουμε ότι το τιμολόγιο {code} ύψους {amt} λήγει στις {depd}. Τα τραπεζικά μας στοιχεία δεν έχουν αλλάξει.")],
    "ar": [dict(s="تذكير: موعد استحقاق الفاتورة {code}", d="مرحباً،\nنذكركم بأن الفاتورة {code} بقيمة {amt} تستحق في {depd}. بياناتنا البنكية لم تتغير، ولن نطلب تغييرها عبر البريد الإلكتروني.")],
    "he": [dict(s="תזכורת: תשלום חשבונית {code}", d="שלום,\nתזכורת שחשבונית {code} על סך {amt} לתשלום עד {depd}.\nשימו לב: פרטי הבנק שלנו לא השתנו. כל בקשה לשינוי יש לאמת בטלפון.")],
    "zh": [dict(s="付款提醒：发票{code}", d="您好，\n发票{code}（金额{amt}）将于{depd}到期。我司银行账户信息未发生变更，如收到变更通知请电话核实。")],
    "ja": [dict(s="月末締め：支払処理のお知らせ", d="各位\n今月の支払処理の承認期限は{depd} 12:00です。\n※振込先口座の変更依頼をメールのみで受け付けることはありません。必ず電話で確認してください。\n経理部")],
}

HP["recruiter"] = {
    "en": [
        dict(s="Interview: {role} – {org}", d="Hi {first},\nThanks for applying. This is a 45-minute video interview with {sender} (Engineering Manager) and me.\nVideo link in the invite. Let me know if you need to reschedule.\nBest,\n{rec}\nTalent Acquisition, {org}"),
        dict(s="Phone screen – {role}", d="Looking forward to our call. I'll call you on the number from your application.\n{rec}"),
        dict(s="Onsite interview – {org}", d="Agenda:\n10:00 Welcome\n10:15 Technical interview\n11:30 Team lunch\nPlease bring photo ID for reception. Travel expenses will be reimbursed."),
        dict(s="Intro call: {role} opportunity", d="Hi {first}, great connecting on LinkedIn. As promised, a quick intro call about the {role} role with my client.\n{rec}, {org}"),
        dict(s="Offer discussion", d="Let's go through the offer details and answer your questions."),
    ],
    "ar": [dict(s="مقابلة عمل: {role}", d="مرحباً {first}،\nشكراً لتقديمك. ستكون المقابلة عبر الفيديو لمدة 45 دقيقة.\nمع التحية،\n{rec}")],
    "he": [dict(s="ראיון עבודה: {role}", d="היי {first},\nתודה על הפנייה. הראיון יתקיים בווידאו, כ-45 דקות.\nבהצלחה,\n{rec}")],
    "zh": [dict(s="面试邀请：{role}", d="{first}您好，\n感谢您投递简历。面试为视频面试，约45分钟，会议链接见邀请。\n{rec}")],
    "ja": [dict(s="一次面接のご案内（{role}）", d="{first}様\nこの度はご応募いただきありがとうございます。オンライン面接（約45分）をお願いいたします。\n{rec}")],
    "ko": [dict(s="면접 안내: {role}", d="{first}님 안녕하세요,\n지원해 주셔서 감사합니다. 화상 면접은 약 45분 진행됩니다.\n{rec} 드림")],
}

HP["forwarded-invite"] = {
    "en": [
        dict(s="Quarterly business review", d="Agenda to follow.", fw="FYI – can you join this instead of me?"),
        dict(s="Vendor onboarding call", d="Intro call with the implementation team.", fw="Forwarding as discussed – please attend."),
        dict(s="Board prep", d="Prep session for next week's board meeting.", fw="Adding you, {first}."),
        dict(s="Customer workshop", d="Half-day workshop at the customer site.", fw="See below, you're needed for the afternoon part."),
        dict(s="All-hands", d="Company all-hands, Q&A with leadership.", fw="You weren't on the original list."),
    ],
    "he": [dict(s="פגישת היכרות עם הספק", d="פגישת התנעה לפרויקט.", fw="מעביר אליך, תוכל להצטרף במקומי?")],
    "zh": [dict(s="项目启动会", d="讨论项目范围和时间表。", fw="转发给你，请代我参加。")],
    "ja": [dict(s="定例会議", d="進捗確認と課題の共有。", fw="転送します。代わりに出席をお願いできますか。")],
    "ko": [dict(s="분기 실적 검토 회의", d="분기 실적 및 계획 공유.", fw="전달합니다. 대신 참석 부탁드려요.")],
    "hi": [dict(s="ग्राहक कार्यशाला", d="ग्राहक के साथ आधे दिन की कार्यशाला।", fw="आपको भी शामिल होना है, कृपया देखें।")],
}

HP["list-copy"] = {
    "en": [
        dict(s="Monthly community call", d="Agenda: release status, open PRs, roadmap. Notes doc: {link}\nEveryone is welcome, no registration needed."),
        dict(s="Working group meeting", d="Draft agenda posted to the wiki: {link}\nDial-in details below."),
        dict(s="Local user group meetup", d="Talks: 'Observability on a budget' and lightning talks. Free pizza, sponsored by our host.\nRSVP not required."),
        dict(s="Release planning", d="Let's agree on the freeze date and the blocker list.\n{link}"),
        dict(s="Department seminar", d="Speaker: Prof. {sender}. Abstract on the department site: {link}"),
    ],
    "zh": [dict(s="社区月度例会", d="议题：版本进展、路线图讨论。会议记录：{link}\n欢迎所有人参加。")],
    "ja": [dict(s="勉強会のお知らせ", d="今月のテーマ：テスト自動化。参加自由です。\n資料：{link}")],
    "ko": [dict(s="커뮤니티 정기 모임", d="이번 달 발표: 관측 가능성 실무. 누구나 참석 가능합니다.\n{link}")],
    "hi": [dict(s="मासिक सामुदायिक बैठक", d="एजेंडा: रिलीज़ स्थिति और रोडमैप। नोट्स: {link}")],
    "th": [dict(s="ประชุมชุมชนประจำเดือน", d="วาระ: สถานะรีลีส และแผนงาน\nเอกสาร: {link}")],
}

HP["reply-cancel"] = {
    "en": [dict(s="Project sync"), dict(s="1:1 {first} / {sender}"), dict(s="Budget review"),
           dict(s="Team lunch"), dict(s="Customer call prep")],
    "ja": [dict(s="週次ミーティング")],
    "ko": [dict(s="주간 회의")],
    "hi": [dict(s="टीम बैठक")],
    "th": [dict(s="ประชุมทีมประจำสัปดาห์")],
    "de": [dict(s="Abstimmung Projektplan")],
}

HP["personal-invite"] = {
    "en": [
        dict(s="{host}'s 40th 🎉", d="Drinks and food from 7. No presents please, just bring yourselves!\nParking on the street.", loc="{addr}"),
        dict(s="BBQ at ours", d="Bring whatever you like to drink, we've got the grill covered.", loc="Our garden"),
        dict(s="Mum's birthday dinner", d="Table booked for 8 people. Don't tell her!", loc="{rest}"),
        dict(s="Hiking trip", d="Meet at the car park at 8. Bring lunch and proper shoes.", loc="Trailhead car park"),
        dict(s="Baby shower for Emma", d="Gift registry link in the group chat. Games and cake!", loc="{addr}"),
    ],
    "ko": [dict(s="민지 돌잔치", d="바쁘시겠지만 오셔서 축하해 주세요!", loc="{addr}")],
    "hi": [dict(s="दिवाली पूजा और रात्रिभोज", d="परिवार के साथ आइए! शाम 7 बजे पूजा, उसके बाद खाना।", loc="{addr}")],
    "th": [dict(s="งานวันเกิดแม่", d="กินข้าวเย็นกันที่ร้านนะ จองโต๊ะไว้แล้ว", loc="{rest}")],
    "de": [dict(s="Grillen bei uns", d="Bringt gerne was zu trinken mit, Würstchen und Salate haben wir.", loc="{addr}")],
    "fr": [dict(s="Anniversaire de Léo 🎂", d="Goûter à partir de 15h, les parents sont les bienvenus !", loc="{addr}")],
}

HP["support-callback"] = {
    "en": [
        dict(s="Support callback – case {code}", d="Hi {first},\nAs requested, one of our engineers will call you on {phone} regarding case {code}.\nIf the time doesn't suit, reply to this email or use the portal: {link}\n{org} Support"),
        dict(s="Technician visit – broadband", d="Your engineer appointment is booked.\nOrder ref {code}\nTime slot: {dept}-{dept2}\nSomeone over 18 must be at home. We'll text you when the engineer is on the way."),
        dict(s="Scheduled call with {org} Billing", d="You asked us to call you back about your bill. We'll call from {phone}. We will never ask for your full card number or password."),
        dict(s="Onboarding session – {org}", d="Thanks for booking a setup session. Your specialist {sender} will join via the link below.\n{link}"),
        dict(s="Boiler service visit", d="Annual service. Engineer arrives between {dept} and {dept2}. Please ensure access to the boiler and gas meter."),
    ],
    "hi": [dict(s="सहायता कॉल – केस {code}", d="नमस्ते {first},\nआपके अनुरोध पर हमारे इंजीनियर {phone} पर आपको कॉल करेंगे।\n{org} सहायता टीम")],
    "th": [dict(s="นัดช่างติดตั้งอินเทอร์เน็ต", d="เลขที่คำสั่ง {code}\nช่างจะเข้าไปติดตั้งในช่วงเวลา {dept}-{dept2} น.\nสอบถาม {phone}")],
    "de": [dict(s="Rückruf Kundenservice – Vorgang {code}", d="Guten Tag,\nwie gewünscht ruft Sie unser Support unter {phone} zurück.\nIhr {org}-Team")],
    "fr": [dict(s="Rendez-vous technicien – fibre", d="Commande {code}\nCréneau : {dept}-{dept2}\nUne personne majeure doit être présente.")],
    "es": [dict(s="Llamada de soporte – caso {code}", d="Hola {first},\nsegún lo solicitado, un técnico le llamará al {phone}.\nEquipo de soporte {org}")],
}

HP["work-meeting"] = {
    "en": [
        dict(s="Weekly team sync", d="Standing agenda: updates, blockers, AOB."),
        dict(s="Q{q} planning", d="Let's align on priorities for next quarter. Please bring your top 3."),
        dict(s="Catch-up", d="Quick catch-up on the migration."),
        dict(s="Client call – {org}", d="Status call with {org}. Dial-in below."),
        dict(s="Interview panel debrief", d="Debrief for the candidates we saw this week."),
    ],
    "th": [dict(s="ประชุมทีมประจำสัปดาห์", d="อัปเดตงาน ปัญหาที่ติดขัด และเรื่องอื่นๆ")],
    "de": [dict(s="Jour fixe Vertrieb", d="Agenda: Pipeline, offene Angebote, Sonstiges.")],
    "fr": [dict(s="Point hebdo équipe", d="Ordre du jour : avancement, points bloquants, divers.")],
    "es": [dict(s="Reunión de seguimiento", d="Revisamos el estado del proyecto y los próximos pasos.")],
    "it": [dict(s="Riunione settimanale", d="Aggiornamenti, criticità, varie ed eventuali.")],
}
