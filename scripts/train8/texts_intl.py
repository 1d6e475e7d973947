# Non-English texts. Same keys as texts_en.T; o = sender organisation (optional).
from texts_en import T

LABELS = {  # invitation, when, where, who/guests, organizer, join, yes, no, maybe
 "en": ("Invitation", "When", "Where", "Guests", "Organizer", "Join", "Yes", "No", "Maybe"),
 "de": ("Einladung", "Wann", "Wo", "Gäste", "Organisator", "Teilnehmen", "Ja", "Nein", "Vielleicht"),
 "fr": ("Invitation", "Quand", "Où", "Invités", "Organisateur", "Rejoindre", "Oui", "Non", "Peut-être"),
 "es": ("Invitación", "Cuándo", "Dónde", "Invitados", "Organizador", "Unirse", "Sí", "No", "Quizás"),
 "it": ("Invito", "Quando", "Dove", "Invitati", "Organizzatore", "Partecipa", "Sì", "No", "Forse"),
 "pt": ("Convite", "Quando", "Onde", "Convidados", "Organizador", "Participar", "Sim", "Não", "Talvez"),
 "nl": ("Uitnodiging", "Wanneer", "Waar", "Gasten", "Organisator", "Deelnemen", "Ja", "Nee", "Misschien"),
 "pl": ("Zaproszenie", "Kiedy", "Gdzie", "Goście", "Organizator", "Dołącz", "Tak", "Nie", "Może"),
 "ru": ("Приглашение", "Когда", "Где", "Гости", "Организатор", "Присоединиться", "Да", "Нет", "Возможно"),
 "el": ("Πρόσκληση", "Πότε", "Πού", "Προσκεκλημένοι", "Διοργανωτής", "Συμμετοχή", "Ναι", "Όχι", "Ίσως"),
 "ar": ("دعوة", "متى", "أين", "الضيوف", "المنظِّم", "انضمام", "نعم", "لا", "ربما"),
 "he": ("הזמנה", "מתי", "איפה", "אורחים", "מארגן", "הצטרפות", "כן", "לא", "אולי"),
 "zh": ("邀请", "时间", "地点", "参与者", "组织者", "加入", "是", "否", "可能"),
 "zt": ("邀請", "時間", "地點", "參與者", "主辦人", "加入", "是", "否", "也許"),
 "ja": ("招待", "日時", "場所", "ゲスト", "主催者", "参加", "はい", "いいえ", "未定"),
 "ko": ("초대", "일시", "장소", "참석자", "주최자", "참여", "예", "아니요", "미정"),
 "hi": ("आमंत्रण", "कब", "कहाँ", "अतिथि", "आयोजक", "जुड़ें", "हाँ", "नहीं", "शायद"),
 "th": ("คำเชิญ", "เมื่อ", "ที่ไหน", "ผู้เข้าร่วม", "ผู้จัด", "เข้าร่วม", "ใช่", "ไม่", "อาจจะ"),
}

I = {}

I["de"] = dict(spam={
 "legal": T("Abmahnung wegen Urheberrechtsverletzung - Az. {ref}",
   "Sehr geehrte Damen und Herren,\n\nwir zeigen an, dass wir die Interessen unserer Mandantin vertreten. Über Ihren "
   "Internetanschluss wurde ein urheberrechtlich geschütztes Werk öffentlich zugänglich gemacht. Zur Vermeidung "
   "eines gerichtlichen Verfahrens fordern wir Sie auf, bis zum Termin die beigefügte Unterlassungserklärung "
   "abzugeben und pauschal {amt} zu zahlen.\n\nMit freundlichen Grüßen\n{sname}\nRechtsanwalt",
   "Kanzleitermin", "Akte und Unterlassungserklärung", amt=(815, 1290), o="Kanzlei Brenner & Vogt"),
 "copy": T("Markenrechtsverletzung auf {rdom} - Stellungnahme erbeten",
   "Guten Tag,\n\nauf Ihrer Seite {rdom} werden Bilder und Produktbezeichnungen verwendet, die unserer Mandantin "
   "gehören. Die Beweissicherung (Screenshots) liegt bereit. Bitte prüfen Sie diese vor dem Telefontermin.",
   "Telefon", "Beweissicherung ansehen"),
 "soft": T("Lizenzprüfung {rorg}: Termin zur Selbstauskunft",
   "Sehr geehrte/r {rname},\n\nIhr Unternehmen wurde für eine Software-Lizenzprüfung ausgewählt. Bitte füllen "
   "Sie vor dem Termin die Selbstauskunft aus. Bei Nichtteilnahme behalten sich die Rechteinhaber rechtliche "
   "Schritte vor.", "Online", "Selbstauskunft"),
 "warr": T("Ihre KFZ-Versicherung: Beitragsrückerstattung {amt}",
   "Bei der Überprüfung Ihres Vertrags wurde eine Überzahlung von {amt} festgestellt. Bitte bestätigen Sie Ihre "
   "Bankverbindung bis zum genannten Termin, damit wir den Betrag erstatten können.", "", "Erstattung anfordern",
   amt=(84, 312)),
 "hr": T("Gehaltsanpassung {year} - persönliche Mitteilung",
   "Hallo {rname},\n\nim Rahmen der jährlichen Gehaltsrunde liegt Ihr persönliches Schreiben zur Gehaltsanpassung "
   "bereit. Bitte melden Sie sich mit Ihrem Firmenkonto an und bestätigen Sie den Erhalt vor dem Gespräch.\n\n"
   "Ihre Personalabteilung", "Personalabteilung", "Schreiben öffnen"),
}, ham={
 "legal": T("Mündliche Verhandlung {rorg} ./. Brenner GmbH - Az. {ref}",
   "Sehr geehrte/r {rname},\n\nder Termin zur mündlichen Verhandlung vor dem Landgericht steht fest. Wir treffen uns "
   "20 Minuten vorher vor dem Sitzungssaal. Ihr persönliches Erscheinen ist angeordnet.\n\nMit freundlichen Grüßen\n"
   "{sname}", "Landgericht, Saal 1.08", "", o="Kanzlei Hartmann Rechtsanwälte"),
 "copy": T("Bildlizenz für {rdom} - Abstimmung",
   "Hallo {rname},\n\ndanke für die schnelle Rückmeldung. Im Termin klären wir die Nutzungsrechte für die drei "
   "Fotos; unser Angebot für eine Jahreslizenz liegt bei {amt}.\n\nViele Grüße\n{sname}", "Telefon", "",
   amt=(240, 690)),
 "soft": T("Verlängerung Ihres Wartungsvertrags - Angebot {ref}",
   "Ihr Wartungsvertrag läuft in 30 Tagen aus. Das Verlängerungsangebot über {amt} finden Sie in Ihrem "
   "Kundenkonto. Gern besprechen wir die Lizenzanzahl im Termin.", "Microsoft Teams", "Kundenkonto",
   amt=(1200, 9800)),
 "warr": T("Inspektion und Ölwechsel - Kostenvoranschlag {amt}",
   "Ihr Fahrzeug ist zur Inspektion eingeplant. Kostenvoranschlag {amt} inkl. Öl und Filter. Ersatzwagen "
   "kostenlos.", "Autohaus Kramer, Werkstattannahme", "", amt=(240, 520)),
 "hr": T("Infoveranstaltung Betriebliche Altersvorsorge {year}",
   "Die Anmeldephase für die betriebliche Altersvorsorge läuft bis {when}. In der Infoveranstaltung stellen wir die "
   "neuen Tarife vor. Die Anmeldung erfolgt wie gewohnt im Mitarbeiterportal.", "Schulungsraum EG / Teams",
   "Mitarbeiterportal"),
})

I["fr"] = dict(spam={
 "char": T("Appel d'urgence : séisme - chaque don compte",
   "Chers amis,\n\nDes milliers de familles dorment dehors. Un don de {amt} permet de fournir une tente et de l'eau "
   "potable. Vos dons sont doublés jusqu'à minuit.\n\nMerci pour votre générosité.", "", "Je fais un don",
   amt=(20, 50)),
 "legal": T("Convocation - audience du tribunal judiciaire (dossier {ref})",
   "Madame, Monsieur,\n\nVous êtes convoqué(e) à l'audience mentionnée ci-dessus. À défaut de comparution, un "
   "jugement pourra être rendu par défaut. Les pièces du dossier sont consultables sur le portail sécurisé.\n\n"
   "Le greffe", "Tribunal judiciaire, salle 4", "Consulter le dossier"),
 "pharm": T("Votre consultation minceur en ligne",
   "Votre téléconsultation est confirmée. Traitement amaigrissant livré chez vous sans ordonnance préalable. "
   "Premier mois {amt}.", "Visio", "Commencer", amt=(79, 149)),
 "vm": T("Nouveau message vocal de {phone}",
   "Vous avez reçu un nouveau message vocal (durée 0:3{n}). Connectez-vous pour l'écouter.", "", "Écouter"),
 "loan": T("Rachat de crédits : votre étude gratuite",
   "Bonjour {rname},\n\nRegroupez vos crédits et réduisez vos mensualités jusqu'à 60 %. Votre rendez-vous avec un "
   "conseiller est réservé. Réponse de principe immédiate.", "Téléphone", "Mon étude"),
}, ham={
 "char": T("Gala de bienfaisance {year}",
   "Nous avons le plaisir de vous convier à notre dîner de gala au profit de la recherche sur les maladies rares. "
   "Participation {amt} par personne, tenue de soirée.", "Pavillon Royal, Paris 16e", "Billetterie",
   amt=(150, 300)),
 "legal": T("Audience de plaidoirie - RG {ref}",
   "Bonjour {rname},\n\nL'audience de plaidoirie est fixée à la date ci-dessous. Je vous propose de nous retrouver "
   "30 minutes avant devant la salle.\n\nBien cordialement,\n{sname}\nAvocat", "Tribunal judiciaire, 2e chambre", "",
   o="Cabinet Lemoine Avocats"),
 "pharm": T("Rendez-vous vaccination grippe",
   "Votre vaccination contre la grippe est programmée. Pensez à apporter votre carte Vitale et le bon de prise en "
   "charge.", "Pharmacie du Centre", ""),
 "vm": T("Rappel suite à votre message vocal",
   "Bonjour {rname}, merci pour votre message. Je vous rappelle à l'heure indiquée. En cas d'empêchement : {phone}.",
   "Téléphone", ""),
 "loan": T("Rendez-vous prêt immobilier",
   "Votre rendez-vous avec votre conseiller est confirmé. Merci d'apporter vos 3 derniers bulletins de salaire et "
   "votre dernier avis d'imposition. Montant du projet : {amt}.", "Agence bancaire", "",
   amt=(150000, 400000)),
})

I["es"] = dict(spam={
 "loan": T("Préstamo aprobado: hasta {amt} sin aval",
   "Hola {rname},\n\nTu préstamo personal está preaprobado. Sin papeleo, dinero en 24 horas. Confirma tus datos "
   "antes de que caduque la oferta.", "", "Confirmar préstamo", amt=(3000, 30000)),
 "visa": T("Cita garantizada para visado - últimas plazas",
   "Las citas en el consulado están agotadas, pero nuestra agencia le garantiza una cita en 7 días. Tarifa de "
   "gestión {amt}.", "", "Reservar cita", amt=(120, 350)),
 "cas": T("Tu bono del 200% te espera",
   "Deposita hoy y recibe un 200% hasta {amt} + 100 giros gratis. Oferta válida solo hasta el final de este "
   "evento. +18.", "Casino online", "Reclamar bono", amt=(500, 1500)),
 "rent": T("Visita piso céntrico - envío de llaves",
   "Hola,\n\nestoy trabajando en el extranjero, así que la entrega de llaves se hace por mensajería. Tras el pago de "
   "la fianza ({amt}) mediante el enlace seguro, recibirás las llaves.\n\nUn saludo,\n{sname}", "Centro",
   "Pago seguro", amt=(700, 1500)),
 "qr": T("Multa de aparcamiento pendiente",
   "Se ha emitido una denuncia de {amt} para su vehículo. Escanee el código QR adjunto para pagar con un 50% de "
   "descuento.", "Servicio Municipal de Aparcamiento", "", amt=(40, 90)),
}, ham={
 "loan": T("Cita con su gestor: préstamo personal",
   "Su cita con su gestor está confirmada. Importe solicitado: {amt}. Traiga DNI y las dos últimas nóminas.",
   "Oficina bancaria", "", amt=(6000, 25000)),
 "visa": T("Cita en el centro de solicitud de visados",
   "Su cita está confirmada. Traiga su pasaporte, el formulario impreso y el justificante de pago.",
   "Centro de Solicitud de Visados", "Gestionar cita"),
 "cas": T("Noche de póker para socios",
   "Torneo mensual de póker del club. Inscripción {amt}; lo recaudado va a la escuela de fútbol.",
   "Sede del club", "", amt=(15, 30)),
 "rent": T("Visita: piso 3 dormitorios",
   "Visita confirmada con {sname}, de {sorg}. Precio {amt}/mes.", "{street}", "", amt=(900, 1800)),
 "qr": T("Tus entradas: concierto",
   "Gracias por tu compra {ref}. Muestra el código QR en la entrada. Apertura de puertas una hora antes.",
   "Palacio de Deportes", "Mis entradas"),
})

I["it"] = dict(spam={
 "warr": T("Rinnovo polizza auto: tariffa bloccata",
   "Gentile cliente,\n\nla sua polizza RC auto è in scadenza. Abbiamo bloccato per lei una tariffa di {amt}/anno. "
   "Confermi i dati della carta entro l'appuntamento.", "", "Conferma tariffa", amt=(290, 690)),
 "cas": T("Giri gratis in scadenza stasera",
   "{rname}, i tuoi 100 giri gratis ti aspettano. Nessun deposito richiesto.", "", "Gioca ora"),
 "rent": T("Appartamento al mare - conferma bonifico",
   "La sua richiesta è stata accettata. Effettui il bonifico entro 24 ore per bloccare l'appartamento; pagando "
   "fuori dalla piattaforma ha il 10% di sconto.", "Villa Aurora", "Dettagli prenotazione"),
 "pay": T("Aggiornamento IBAN per lo stipendio",
   "Buongiorno,\n\nho cambiato banca: potete aggiornare il mio IBAN prima del prossimo cedolino? Vi mando i dati "
   "durante la chiamata. Grazie,\n{sname}", "Telefono", ""),
 "vm": T("Nuovo messaggio in segreteria",
   "Hai ricevuto un messaggio vocale da {phone}. Accedi per ascoltarlo.", "", "Ascolta"),
}, ham={
 "warr": T("Tagliando auto - preventivo {amt}",
   "Il suo veicolo è prenotato per il tagliando. Preventivo {amt}. Auto sostitutiva disponibile.",
   "Officina Rossi", "", amt=(180, 450)),
 "cas": T("Serata di gala del circolo",
   "Serata a tema casinò per i soci, con fiches di gioco e cena. Quota {amt}.", "Circolo del Tennis", "",
   amt=(40, 80)),
 "rent": T("Visita immobile",
   "Visita confermata con l'agente {sname}. Prezzo richiesto {amt}.", "{street}", "", amt=(190000, 420000)),
 "pay": T("Chiusura paghe del mese",
   "Riunione del team paghe: controlli, variazioni, file bonifici.", "Sala riunioni 2", ""),
 "vm": T("Registrazione della riunione disponibile",
   "Ho aggiunto all'invito il link alla registrazione della riunione. Ci aggiorniamo alla stessa ora.",
   "Sala Orione / Teams", "Registrazione"),
})

I["pt"] = dict(spam={
 "cas": T("Bônus de 300% na sua primeira aposta",
   "Deposite hoje e ganhe 300% até {amt}. Oferta válida até o início do jogo.", "Ao vivo", "Resgatar bônus",
   amt=(500, 2000)),
 "loan": T("Empréstimo liberado: {amt} na conta hoje",
   "Olá {rname},\n\nseu crédito foi aprovado sem consulta ao SPC/Serasa. Pague apenas a taxa de liberação e "
   "receba em até 24 horas.", "", "Liberar crédito", amt=(5000, 50000)),
 "rich": T("Aula ao vivo: renda extra com IA",
   "Sua vaga para a aula gratuita está garantida. Vou mostrar como meus alunos faturam R$ 10 mil por mês com lojas "
   "criadas por IA.", "Online", "Entrar na aula"),
 "pharm": T("Sua consulta de emagrecimento online",
   "Consulta confirmada. Receita e entrega em casa sem sair do sofá. Primeiro mês {amt}.", "Vídeo",
   "Iniciar consulta", amt=(199, 399)),
 "copy": T("Violação de direitos autorais - imagens em {rdom}",
   "Olá,\n\nsou fotógrafo profissional e encontrei minhas fotos no seu site sem autorização. Reuni os links e "
   "capturas de tela. Vamos conversar antes de eu registrar a denúncia.", "Chamada", "Ver imagens"),
}, ham={
 "cas": T("Noite do bingo beneficente do clube",
   "Bingo dos sócios com prêmios doados. Cartela {amt}.", "Sede social", "", amt=(10, 20)),
 "loan": T("Reunião com seu gerente: financiamento",
   "Sua reunião sobre o financiamento imobiliário está confirmada. Valor do imóvel {amt}.", "Agência",
   "", amt=(300000, 800000)),
 "rich": T("Defesa de dissertação de mestrado",
   "Defesa pública da dissertação de {sname}. Banca: Profa. Dra. Souza, Prof. Dr. Lima.", "Auditório do Instituto",
   ""),
 "pharm": T("Vacinação contra gripe - agendamento",
   "Seu agendamento para a vacina está confirmado. Leve documento com foto e carteira de vacinação.",
   "Farmácia", ""),
 "copy": T("Licenciamento de fotos para o site",
   "Reunião para fechar a licença das fotos usadas em {rdom}. Valor {amt} por imagem/ano.", "Chamada", "",
   amt=(200, 500)),
})

I["nl"] = dict(spam={
 "pay": T("Salarisrekening wijzigen vóór de volgende betaling",
   "Hoi,\n\nik ben van bank gewisseld. Kunnen we even bellen om mijn rekeningnummer aan te passen vóór de "
   "salarisrun? Graag vertrouwelijk.\n\n{sname}", "Telefoon", ""),
 "dom": T("Registratie van {brand} als domeinnaam door derde",
   "Geachte directie,\n\nwij ontvingen een aanvraag om {brand}.cn en {brand}.asia te registreren. Omdat dit uw "
   "merknaam betreft, willen wij eerst uw bevestiging ontvangen.", "", "Bezwaar indienen"),
 "rent": T("Bezichtiging appartement - sleutels per koerier",
   "Ik woon tijdelijk in het buitenland. Na betaling van de borg ({amt}) via de link ontvangt u de sleutels.",
   "Centrum", "Borg betalen", amt=(900, 1800)),
 "hr": T("Nieuw personeelshandboek - bevestiging verplicht",
   "Alle medewerkers moeten het nieuwe personeelshandboek lezen en bevestigen vóór de deadline.", "",
   "Bevestigen", hint="todo"),
 "char": T("Noodhulp overstromingen - doneer vandaag",
   "Uw gift van {amt} wordt vandaag verdubbeld. Help gezinnen die alles kwijt zijn.", "", "Doneer",
   amt=(15, 50)),
}, ham={
 "pay": T("Overleg salarisadministratie",
   "Wekelijks overleg: loonstroken, mutaties en de SEPA-testbatch.", "Vergaderruimte 3 / Teams", ""),
 "dom": T("Merkregistratie {brand} - bespreking",
   "Bespreking van de merkdepot-strategie voor {brand} in de Benelux en de EU. Kosten depot {amt}.",
   "{sorg}", "", amt=(244, 1050)),
 "rent": T("Bezichtiging: {street}",
   "Bezichtiging bevestigd met makelaar {sname}. Vraagprijs {amt} k.k.", "{street}", "",
   amt=(325000, 650000)),
 "hr": T("Informatiesessie pensioenregeling",
   "Toelichting op de nieuwe pensioenregeling en de keuzes die je moet maken.", "Auditorium", ""),
 "char": T("Benefietdiner voor het hospice",
   "Wij nodigen u graag uit voor ons jaarlijkse benefietdiner. Kaarten {amt} p.p.", "Kasteel De Haar", "",
   amt=(95, 175)),
})

I["pl"] = dict(spam={
 "rent": T("Mieszkanie do wynajęcia - klucze kurierem",
   "Dzień dobry,\n\nobecnie pracuję za granicą. Po wpłacie kaucji ({amt}) przez bezpieczny link kurier dostarczy "
   "klucze.\n\nPozdrawiam,\n{sname}", "Centrum", "Wpłać kaucję", amt=(2000, 4500)),
 "qr": T("Weryfikacja konta - zeskanuj kod",
   "Twoje konto zostanie zablokowane. Zeskanuj załączony kod QR telefonem, aby potwierdzić tożsamość.", "", ""),
 "loan": T("Pożyczka bez BIK - decyzja w 15 minut",
   "Masz przyznaną pożyczkę do {amt}. Potwierdź dane przed upływem terminu.", "", "Odbierz pieniądze",
   amt=(2000, 20000)),
 "soft": T("Faktura {ref}: odnowienie programu antywirusowego",
   "Dziękujemy za zamówienie. Subskrypcja została odnowiona automatycznie.\nKwota: {amt}\nJeśli nie "
   "autoryzowałeś odnowienia, anuluj w ciągu 24 godzin.", "", "Anuluj", amt=(299, 599)),
 "vm": T("Nieodebrane połączenie i wiadomość głosowa",
   "Masz nową wiadomość głosową od {phone}. Wiadomości są usuwane po 48 godzinach.", "", "Odsłuchaj"),
}, ham={
 "rent": T("Oglądanie mieszkania",
   "Potwierdzamy oglądanie z agentem {sname}. Cena {amt}.", "{street}", "", amt=(450000, 900000)),
 "qr": T("Twój bilet - mecz",
   "Twój e-bilet. Zeskanuj kod QR przy bramce.", "Stadion", ""),
 "loan": T("Spotkanie w sprawie kredytu hipotecznego",
   "Spotkanie z doradcą kredytowym. Kwota kredytu {amt}. Prosimy zabrać zaświadczenie o dochodach.",
   "Oddział banku", "", amt=(300000, 700000)),
 "soft": T("Przedłużenie licencji - rozmowa",
   "Licencja wygasa {when}. Oferta odnowienia {amt} netto.", "Teams", "", amt=(3000, 15000)),
 "vm": T("Oddzwonię w sprawie wiadomości",
   "Dziękuję za wiadomość głosową. Zadzwonię o wskazanej godzinie; w razie czego: {phone}.", "Telefon", ""),
})

I["ru"] = dict(spam={
 "rich": T("Бесплатный вебинар: пассивный доход от 300 000 ₽ в месяц",
   "Здравствуйте, {rname}!\n\nВаше место на бесплатном вебинаре забронировано. Покажу пошаговую систему, "
   "которая приносит моим ученикам от 300 000 ₽ в месяц. Бонус только для тех, кто будет в прямом эфире.",
   "Онлайн", "Войти в эфир"),
 "cas": T("Ваш бонус 200% и 100 фриспинов",
   "Пополните счёт сегодня и получите 200% до {amt}. Предложение действует до конца события.", "Онлайн",
   "Получить бонус", amt=(10000, 50000)),
 "legal": T("Судебная повестка по делу № {ref}",
   "Вы вызываетесь в суд в качестве ответчика. В случае неявки дело будет рассмотрено без вашего участия. "
   "Материалы дела доступны в личном кабинете.", "Районный суд, зал 12", "Материалы дела"),
 "pharm": T("Ваша онлайн-консультация по снижению веса",
   "Консультация подтверждена. Препарат с доставкой без рецепта. Первый курс {amt}.", "Видео",
   "Начать", amt=(4900, 9900)),
 "dom": T("Заявка на регистрацию домена {brand}",
   "Уважаемый руководитель,\n\nмы получили заявку на регистрацию доменов {brand}.cn и {brand}.asia. "
   "Просим подтвердить, является ли заявитель вашим партнёром.", "", "Подтвердить"),
}, ham={
 "rich": T("Защита диссертации",
   "Публичная защита кандидатской диссертации {sname}. Приглашаются все желающие.", "Главный корпус, ауд. 214",
   ""),
 "cas": T("Турнир клуба по покеру",
   "Ежемесячный турнир для членов клуба. Взнос {amt}.", "Клуб", "", amt=(1000, 3000)),
 "legal": T("Судебное заседание по делу № {ref}",
   "Напоминаю о судебном заседании. Встречаемся за 20 минут у зала.", "Арбитражный суд, зал 5", ""),
 "pharm": T("Запись на вакцинацию",
   "Вы записаны на вакцинацию. Возьмите паспорт и полис ОМС.", "Поликлиника № 3", ""),
 "dom": T("Продление товарного знака {brand}",
   "Обсуждение продления регистрации товарного знака. Пошлина {amt}.", "Видеосвязь", "",
   amt=(20000, 40000)),
})

I["el"] = dict(spam={
 "char": T("Έκτακτη έκκληση: βοήθεια για τους πληγέντες",
   "Χιλιάδες οικογένειες έμειναν χωρίς σπίτι. Με {amt} δίνετε σκηνή και νερό σε μια οικογένεια.", "",
   "Κάντε δωρεά", amt=(20, 50)),
 "warr": T("Ανανέωση ασφάλειας αυτοκινήτου - κλείδωμα τιμής",
   "Η ασφάλειά σας λήγει. Κλειδώσαμε τιμή {amt}/έτος. Επιβεβαιώστε την κάρτα σας.", "", "Επιβεβαίωση",
   amt=(180, 450)),
 "hr": T("Αναθεώρηση μισθού {year} - εμπιστευτικό",
   "Η επιστολή αναπροσαρμογής μισθού σας είναι διαθέσιμη. Συνδεθείτε με τον εταιρικό σας λογαριασμό.", "",
   "Άνοιγμα επιστολής"),
 "visa": T("Εγγυημένο ραντεβού βίζας",
   "Τα ραντεβού είναι πλήρη, αλλά σας εξασφαλίζουμε ραντεβού σε 7 ημέρες. Αμοιβή {amt}.", "", "Κράτηση",
   amt=(120, 300)),
 "pay": T("Αλλαγή λογαριασμού μισθοδοσίας",
   "Καλησπέρα, άλλαξα τράπεζα. Μπορούμε να μιλήσουμε για να ενημερώσετε τον λογαριασμό μου πριν τη μισθοδοσία;",
   "Τηλέφωνο", ""),
}, ham={
 "char": T("Φιλανθρωπική βραδιά {year}",
   "Σας προσκαλούμε στη φιλανθρωπική μας βραδιά. Πρόσκληση {amt}.", "Ξενοδοχείο Μεγάλη Βρεταννία", "",
   amt=(80, 150)),
 "warr": T("Service αυτοκινήτου - κόστος {amt}",
   "Το όχημά σας έχει προγραμματιστεί για service. Εκτιμώμενο κόστος {amt}.", "Συνεργείο", "", amt=(150, 350)),
 "hr": T("Ενημέρωση για τις παροχές υγείας",
   "Παρουσίαση του νέου ομαδικού ασφαλιστηρίου υγείας.", "Αίθουσα συνεδριάσεων", ""),
 "visa": T("Ραντεβού στο προξενείο",
   "Το ραντεβού σας για έκδοση βίζας επιβεβαιώθηκε. Φέρτε διαβατήριο και φωτογραφίες.", "Προξενείο", ""),
 "pay": T("Κλείσιμο μισθοδοσίας μήνα",
   "Σύσκεψη ομάδας μισθοδοσίας.", "Αίθουσα 2", ""),
})

I["ar"] = dict(spam={
 "visa": T("مقابلة اليانصيب: تم اختيارك",
   "تهانينا! تم اختيار طلبك في برنامج تأشيرات التنوع. لتأكيد موعد المقابلة يرجى دفع رسوم المعالجة {amt}.",
   "القسم القنصلي", "تأكيد الموعد", amt=(300, 900)),
 "char": T("نداء عاجل: إغاثة المتضررين من الفيضانات",
   "آلاف الأسر فقدت منازلها. تبرعك بمبلغ {amt} يوفر خيمة وماء لعائلة.", "", "تبرع الآن", amt=(50, 200)),
 "rich": T("ندوة مجانية: دخل 10 آلاف دولار شهرياً",
   "مقعدك في الندوة المجانية محجوز. سأشرح لك كيف يحقق طلابي دخلاً شهرياً كبيراً من المتاجر الإلكترونية.",
   "عبر الإنترنت", "انضم"),
 "qr": T("تحقق من حساب واتساب للأعمال",
   "سيتم تقييد حسابك. امسح رمز QR المرفق بهاتفك لمواصلة المراسلة.", "", ""),
 "pharm": T("استشارة إنقاص الوزن عبر الإنترنت",
   "تم تأكيد استشارتك. العلاج يصلك إلى المنزل دون وصفة. الشهر الأول {amt}.", "فيديو", "ابدأ",
   amt=(300, 700)),
}, ham={
 "visa": T("موعد مركز طلبات التأشيرة",
   "تم تأكيد موعدك. يرجى إحضار جواز السفر واستمارة الطلب المطبوعة.", "مركز طلبات التأشيرة", "إدارة الموعد"),
 "char": T("حفل خيري {year}",
   "يسرنا دعوتكم إلى حفلنا الخيري لدعم مستشفى الأطفال. التذكرة {amt}.", "فندق", "", amt=(300, 800)),
 "rich": T("مناقشة رسالة الدكتوراه",
   "مناقشة علنية لرسالة الدكتوراه للباحث {sname}. الدعوة عامة.", "قاعة المؤتمرات، الجامعة", ""),
 "qr": T("تذكرتك: مباراة",
   "تذكرتك الإلكترونية. امسح رمز QR عند البوابة.", "الاستاد", ""),
 "pharm": T("موعد التطعيم",
   "تم تأكيد موعد التطعيم. يرجى إحضار الهوية.", "الصيدلية", ""),
})

I["he"] = dict(spam={
 "hr": T("עדכון שכר {year} - מסמך אישי",
   "שלום {rname},\n\nמכתב עדכון השכר שלך זמין לצפייה. יש להתחבר עם חשבון העבודה ולאשר קבלה לפני הפגישה.\n\nמשאבי אנוש",
   "", "לצפייה במכתב"),
 "pay": T("עדכון פרטי חשבון בנק למשכורת",
   "היי, החלפתי בנק. אפשר לדבר רגע כדי לעדכן את החשבון לפני המשכורת הבאה? תודה, {sname}", "טלפון", ""),
 "vm": T("הודעה קולית חדשה מ-{phone}",
   "התקבלה הודעה קולית חדשה (0:4{n}). יש להתחבר כדי להאזין.", "", "האזנה"),
 "warr": T("חידוש ביטוח רכב - נעילת מחיר",
   "הביטוח שלך עומד לפוג. נעלנו עבורך מחיר של {amt} לשנה. אשר את פרטי הכרטיס.", "", "אישור",
   amt=(1800, 4200)),
 "copy": T("הפרת זכויות יוצרים באתר {rdom}",
   "שלום,\n\nאני צלם מקצועי ומצאתי את התמונות שלי באתר שלך ללא רשות. ריכזתי את הקישורים וצילומי המסך.",
   "שיחה", "לצפייה בתמונות"),
}, ham={
 "hr": T("מפגש הסבר על קרן השתלמות וביטוח בריאות",
   "מפגש הסבר על ההטבות החדשות. ההרשמה בפורטל העובדים כרגיל.", "חדר ישיבות 3", ""),
 "pay": T("סגירת משכורות לחודש",
   "ישיבת צוות שכר: בדיקות, שינויים וקובץ המס\"ב.", "חדר 2", ""),
 "vm": T("חזרה לשיחה בעקבות ההודעה הקולית",
   "תודה על ההודעה. אחזור אליך בשעה שנקבעה. אם לא מתאים: {phone}.", "טלפון", ""),
 "warr": T("טיפול שנתי לרכב - הצעת מחיר {amt}",
   "הרכב שלך רשום לטיפול שנתי. הצעת מחיר {amt}.", "מוסך", "", amt=(600, 1500)),
 "copy": T("רישוי תמונות לאתר",
   "פגישה לסגירת רישיון השימוש בתמונות באתר {rdom}.", "שיחה", ""),
})

I["zh"] = dict(spam={
 "dom": T("关于\"{brand}\"品牌及域名注册的确认",
   "尊敬的总经理：\n\n（如果您不是负责人，请转给公司CEO，谢谢。）\n\n我们是上海的域名注册审核机构。{when}我们收到"
   "\"恒远投资有限公司\"提交的申请，要注册\"{brand}\"网络关键词以及 {brand}.cn、{brand}.com.cn、{brand}.asia 等域名。"
   "经审核发现，该名称与贵公司商标相同。请在7个工作日内确认该公司是否为贵公司的经销商或合作伙伴。\n\n{sname}\n审核部",
   "上海", "确认"),
 "copy": T("贵网站 {rdom} 侵权通知",
   "您好，贵网站使用了我方客户拥有版权的图片。证据截图已整理，请在会议前查看。", "电话会议", "查看证据"),
 "soft": T("软件正版化审计通知 - {rorg}",
   "贵公司已被选中进行软件正版化合规审计。请在会议前完成自查表。", "线上", "自查表"),
 "rent": T("市中心公寓 - 快递寄送钥匙",
   "您好，我目前在国外工作。通过安全链接支付押金（{amt}）后，钥匙将快递给您。", "市中心", "支付押金",
   amt=(3000, 8000)),
 "rich": T("免费直播课：AI电商月入十万",
   "您的免费名额已锁定。直播中我会手把手教您如何用AI开店，学员月入十万不是梦。", "线上直播", "进入直播间"),
}, ham={
 "dom": T("商标续展：{brand}",
   "与代理人讨论{brand}商标续展及新增类别，官费约{amt}。", "会议室", "", amt=(300, 2000)),
 "copy": T("图片授权沟通会",
   "关于网站 {rdom} 使用的三张图片的授权事宜。", "腾讯会议", ""),
 "soft": T("软件许可续费沟通",
   "您的订阅将于{when}到期，续费报价{amt}。", "线上会议", "", amt=(8000, 60000)),
 "rent": T("看房预约",
   "已为您预约看房，经纪人：{sname}。", "{street}", ""),
 "rich": T("学术研讨会：分论坛报告",
   "您的报告安排在分论坛B，请提前上传幻灯片。", "学术交流中心报告厅", ""),
})

I["ja"] = dict(spam={
 "dom": T("【重要】「{brand}」ドメイン登録申請の確認",
   "ご担当者様\n\n弊社は上海のドメイン登録審査センターです。このたび第三者より「{brand}」のネットキーワードおよび "
   "{brand}.cn、{brand}.asia 等のドメイン登録申請がありました。貴社の商標と一致するため、申請者が貴社の取引先か"
   "どうかご確認ください。", "", "確認する"),
 "legal": T("訴訟提起予告通知（事件番号 {ref}）",
   "貴殿に対する未払金請求について、期日までにご連絡がない場合は法的手続きに移行します。訴状の写しは以下から"
   "ご確認ください。", "", "書類を確認"),
 "qr": T("【要対応】多要素認証の再登録",
   "多要素認証の有効期限が近づいています。添付のQRコードをスマートフォンで読み取って再登録してください。",
   "情報システム部", ""),
 "copy": T("著作権侵害のご連絡（{rdom}）",
   "貴サイトで当社の写真が無断使用されています。証拠資料をご確認のうえ、打ち合わせにご参加ください。",
   "オンライン", "証拠資料"),
 "pay": T("給与振込口座の変更について",
   "お疲れ様です。銀行を変更しましたので、次回の給与支払い前に振込口座を変更したいです。少しお時間ください。\n{sname}",
   "電話", ""),
}, ham={
 "dom": T("商標更新のご相談：{brand}",
   "{brand}の商標権更新についてのご相談です。印紙代は{amt}です。", "弊所会議室", "", amt=(43600, 87200)),
 "legal": T("口頭弁論期日のご案内（事件番号 {ref}）",
   "口頭弁論期日が決まりました。開廷30分前に法廷前でお待ち合わせください。", "地方裁判所 第5法廷", ""),
 "qr": T("入場QRコード：コンサート",
   "チケットのQRコードを入場ゲートでご提示ください。開場は開演1時間前です。", "ホール", "マイチケット"),
 "copy": T("写真利用許諾の打ち合わせ",
   "{rdom}でご利用の写真3点の利用許諾についての打ち合わせです。", "オンライン", ""),
 "pay": T("給与締め処理の確認",
   "今月の給与締め処理の確認会議です。", "会議室B", ""),
})

I["ko"] = dict(spam={
 "cas": T("첫 입금 300% 보너스",
   "오늘 입금하시면 최대 {amt} 300% 보너스를 드립니다. 이벤트 종료 전까지만 유효합니다.", "온라인",
   "보너스 받기", amt=(500000, 2000000)),
 "visa": T("비자 인터뷰 예약 보장 서비스",
   "대사관 예약이 마감되었지만 저희가 7일 내 예약을 보장합니다. 수수료 {amt}.", "", "예약하기",
   amt=(150000, 400000)),
 "loan": T("무담보 대출 승인 안내",
   "{rname}님, 최대 {amt}까지 대출이 승인되었습니다. 기한 내 본인 확인을 완료해 주세요.", "",
   "대출 받기", amt=(5000000, 30000000)),
 "pharm": T("비대면 다이어트 상담 예약",
   "상담이 확정되었습니다. 처방전 없이 집으로 배송해 드립니다. 첫 달 {amt}.", "화상", "상담 시작",
   amt=(99000, 199000)),
 "soft": T("소프트웨어 라이선스 감사 안내 - {rorg}",
   "귀사가 소프트웨어 라이선스 감사 대상으로 선정되었습니다. 회의 전 자가진단서를 작성해 주십시오.", "온라인",
   "자가진단서"),
}, ham={
 "cas": T("골프 클럽 챔피언십 티타임",
   "클럽 챔피언십 1라운드 티타임 안내입니다.", "골프클럽", ""),
 "visa": T("비자 신청 센터 방문 예약",
   "예약이 확정되었습니다. 여권과 신청서를 지참해 주십시오.", "비자신청센터", ""),
 "loan": T("주택담보대출 상담 예약",
   "대출 상담이 예약되었습니다. 대출 희망 금액 {amt}. 재직증명서를 지참해 주세요.", "지점", "",
   amt=(100000000, 500000000)),
 "pharm": T("독감 예방접종 예약",
   "예방접종이 예약되었습니다. 신분증을 지참해 주세요.", "약국", ""),
 "soft": T("라이선스 갱신 미팅",
   "구독 갱신일은 {when}입니다. 갱신 견적 {amt}.", "Teams", "", amt=(3000000, 20000000)),
})

I["hi"] = dict(spam={
 "visa": T("कनाडा वर्क परमिट - आपका प्रोफ़ाइल शॉर्टलिस्ट हुआ",
   "प्रिय आवेदक,\n\nआपका प्रोफ़ाइल वर्क परमिट के लिए चुना गया है। मूल्यांकन कॉल से पहले {amt} प्रोसेसिंग फ़ीस जमा करें।",
   "फ़ोन", "दस्तावेज़ अपलोड करें", amt=(15000, 45000)),
 "rich": T("फ्री वेबिनार: घर बैठे हर महीने ₹1 लाख",
   "आपकी सीट पक्की है। मैं आपको दिखाऊँगा कि मेरे छात्र ऑनलाइन स्टोर से हर महीने ₹1 लाख कैसे कमाते हैं।",
   "ऑनलाइन", "जुड़ें"),
 "char": T("बाढ़ पीड़ितों के लिए आपात अपील",
   "हज़ारों परिवार बेघर हो गए हैं। आपका {amt} का दान एक परिवार को राशन देगा।", "", "दान करें",
   amt=(500, 2000)),
 "hr": T("वेतन संशोधन {year} - गोपनीय",
   "आपका वेतन संशोधन पत्र तैयार है। कंपनी खाते से लॉग इन करके देखें।", "", "पत्र खोलें"),
 "legal": T("अदालत का समन - केस संख्या {ref}",
   "आपको अदालत में उपस्थित होने का निर्देश दिया जाता है। केस के दस्तावेज़ सुरक्षित पोर्टल पर उपलब्ध हैं।",
   "ज़िला न्यायालय", "दस्तावेज़ देखें"),
}, ham={
 "visa": T("वीज़ा आवेदन केंद्र में अपॉइंटमेंट",
   "आपका अपॉइंटमेंट कन्फ़र्म है। पासपोर्ट और आवेदन पत्र साथ लाएँ।", "वीज़ा आवेदन केंद्र", ""),
 "rich": T("पीएचडी थीसिस डिफ़ेंस",
   "{sname} की पीएचडी थीसिस का सार्वजनिक डिफ़ेंस। सभी आमंत्रित हैं।", "सेमिनार हॉल, विश्वविद्यालय", ""),
 "char": T("चैरिटी डिनर {year}",
   "बच्चों के अस्पताल के लिए हमारे वार्षिक चैरिटी डिनर में आपका स्वागत है। टिकट {amt}।", "होटल", "",
   amt=(2000, 5000)),
 "hr": T("हेल्थ इंश्योरेंस नामांकन सत्र",
   "नई ग्रुप हेल्थ पॉलिसी पर जानकारी सत्र।", "कॉन्फ़्रेंस रूम", ""),
 "legal": T("सुनवाई की तारीख - केस {ref}",
   "सुनवाई की अगली तारीख तय हुई है। कृपया 30 मिनट पहले पहुँचें।", "ज़िला न्यायालय, कोर्ट नं. 4", ""),
})

I["th"] = dict(spam={
 "vm": T("ข้อความเสียงใหม่จาก {phone}",
   "คุณได้รับข้อความเสียงใหม่ (0:3{n}) กรุณาเข้าสู่ระบบเพื่อฟัง", "", "ฟังข้อความ"),
 "qr": T("ยืนยันบัญชีของคุณ - สแกน QR",
   "บัญชีของคุณจะถูกระงับ กรุณาสแกนคิวอาร์โค้ดที่แนบมาด้วยโทรศัพท์เพื่อยืนยันตัวตน", "", ""),
 "dom": T("การขอจดทะเบียนโดเมน {brand}",
   "เรียนผู้บริหาร\n\nเราได้รับคำขอจดทะเบียนโดเมน {brand}.cn และ {brand}.asia กรุณายืนยันว่าผู้ขอเป็นคู่ค้าของท่านหรือไม่",
   "", "ยืนยัน"),
 "warr": T("ต่ออายุประกันรถยนต์ - ล็อกราคา",
   "ประกันของคุณใกล้หมดอายุ เราล็อกเบี้ยไว้ให้ {amt} ต่อปี กรุณายืนยันบัตร", "", "ยืนยัน",
   amt=(6000, 15000)),
 "soft": T("ใบแจ้งหนี้ {ref}: ต่ออายุแอนตี้ไวรัส",
   "การสมัครสมาชิกของคุณต่ออายุอัตโนมัติแล้ว จำนวนเงิน {amt} หากไม่ได้ทำรายการ กรุณายกเลิกภายใน 24 ชั่วโมง", "",
   "ยกเลิก", amt=(2500, 4900)),
}, ham={
 "vm": T("นัดโทรกลับตามข้อความเสียง",
   "ขอบคุณสำหรับข้อความเสียง จะโทรกลับตามเวลานัด หากไม่สะดวกโทร {phone}", "โทรศัพท์", ""),
 "qr": T("บัตรเข้างาน - สแกน QR ที่ทางเข้า",
   "กรุณาแสดงคิวอาร์โค้ดที่ทางเข้างาน", "ศูนย์การประชุม", ""),
 "dom": T("ปรึกษาการจดเครื่องหมายการค้า {brand}",
   "นัดปรึกษาเรื่องการจดเครื่องหมายการค้า {brand} ค่าธรรมเนียม {amt}", "สำนักงาน", "", amt=(1000, 9000)),
 "warr": T("นัดเช็กระยะรถยนต์ - ค่าใช้จ่าย {amt}",
   "รถของคุณนัดเข้าเช็กระยะ ค่าใช้จ่ายประมาณ {amt}", "ศูนย์บริการ", "", amt=(2500, 6000)),
 "soft": T("นัดคุยต่ออายุไลเซนส์",
   "ไลเซนส์หมดอายุ {when} ใบเสนอราคา {amt}", "Teams", "", amt=(30000, 150000)),
})

SHORT = {
 "dom": "brand-domain-registration", "legal": "legal-summons", "copy": "copyright-complaint",
 "vm": "voicemail-recording", "hr": "hr-benefits-lure", "pay": "payroll-diversion", "char": "charity-relief",
 "loan": "loan-debt-relief", "warr": "warranty-insurance", "cas": "casino-betting", "pharm": "pharma-supplement",
 "qr": "qr-verify", "visa": "visa-immigration", "rent": "rental-property", "soft": "software-licence",
 "rich": "get-rich-webinar",
}
