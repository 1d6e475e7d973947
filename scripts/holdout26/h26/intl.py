"""Non-English scenario texts.  Each entry names language, label and category; placeholders in
braces are filled by the category writers (see spam.common_v / ham.hv)."""

TEXTS = []


def E(lang, label, cat, s, d="", **kw):
    t = dict(lang=lang, label=label, cat=cat, s=s, d=d)
    t.update(kw)
    TEXTS.append(t)


S, H = "spam", "ham"

# ------------------------------------------------------------------ German
E("de", S, "bec", "Änderung unserer Bankverbindung", k="supplier",
  d="Sehr geehrte Damen und Herren,\nbitte beachten Sie, dass sich unsere Bankverbindung aufgrund einer Umstellung geändert hat. Bitte überweisen Sie alle offenen und künftigen Rechnungen ab sofort auf folgendes Konto:\nBank: {bank}\nIBAN: {iban}\nBIC: {bic}\nBitte bestätigen Sie die Änderung kurz per E-Mail.\nMit freundlichen Grüßen\n{name}\nBuchhaltung, {supplier}")
E("de", S, "fee-scam", "DHL: Ihre Sendung wartet – Zollgebühr offen", brand="DHL",
  d="Ihre Sendung {trk} konnte nicht zugestellt werden, da eine Zollgebühr von 2,99 EUR aussteht. Bitte begleichen Sie den Betrag innerhalb von 48 Stunden, sonst geht das Paket an den Absender zurück:\n{url}")
E("de", S, "credential-phish", "Sparkasse: Aktualisierung Ihres pushTAN-Verfahrens erforderlich", brand="Sparkasse",
  d="Sehr geehrte Kundin, sehr geehrter Kunde,\naufgrund neuer gesetzlicher Vorgaben muss Ihr pushTAN-Verfahren bis {date} neu registriert werden. Andernfalls wird Ihr Online-Banking-Zugang vorübergehend gesperrt.\nJetzt aktualisieren: {url}")
E("de", S, "task-job-scam", "Nebenjob im Homeoffice – bis zu 450 € pro Tag",
  d="Hallo! Wir suchen Mitarbeiter für einfache Online-Aufgaben (Bewertungen von Apps und Hotels). 1–2 Stunden täglich, tägliche Auszahlung. Melden Sie sich bei unserer Personalabteilung auf WhatsApp: {wa}")
E("de", H, "travel-booking", "Zug ICE {n} Hamburg Hbf – München Hbf", k="rail", brand="Bahnreisen Nord", dom="bahnreisen-nord.de",
  subj="Ihre Fahrkarte {pnr}",
  note="Guten Tag {rname},\nvielen Dank für Ihre Buchung.\nAuftragsnummer: {pnr}\nICE {n}, Wagen {coach}, Platz {seat}\nPreis: {amt} EUR\nBitte zeigen Sie bei der Kontrolle den QR-Code aus dem Anhang vor. Kundenservice: {phone}")
E("de", H, "medical-appointment", "Termin: Dr. {doc}", k="sched", brand="Terminfix", dom="terminfix.de",
  subj="Terminbestätigung – Praxis Dr. {doc}",
  note="Ihr Termin in der Praxis Dr. {doc} ist bestätigt.\nAdresse: {addr}\nBitte bringen Sie Ihre Versichertenkarte mit und kommen Sie 10 Minuten früher.\nFalls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab. Nicht abgesagte Termine können mit 40 € in Rechnung gestellt werden.\nTelefon der Praxis: {phone}")
E("de", H, "it-notice", "Wartungsfenster: Umstellung des E-Mail-Servers", allstaff=True,
  d="Liebe Kolleginnen und Kollegen,\nam Samstag zwischen 22:00 und 02:00 Uhr wird unser E-Mail-System auf die neue Plattform migriert. In diesem Zeitraum kann es zu Verzögerungen kommen. Sie müssen nichts tun.\nBei Fragen: IT-Service-Desk, Durchwahl {ext}.")
E("de", H, "list-copy", "Stammtisch der Linux User Group",
  d="Wie jeden Monat treffen wir uns im Gasthaus zur Post. Vorträge bitte im Wiki eintragen.")

# ------------------------------------------------------------------ French
E("fr", S, "fee-scam", "Avis de contravention – paiement sous 72h", brand="ANTAI",
  d="Votre véhicule a été contrôlé en excès de vitesse. Montant de l'amende forfaitaire : 135 €. Réglez avant le {date} pour éviter une majoration :\n{url}")
E("fr", S, "credential-phish", "Ameli : mise à jour de votre carte Vitale", brand="Ameli",
  d="Votre carte Vitale arrive à expiration. Afin de continuer à bénéficier de vos remboursements, veuillez mettre à jour vos informations : {url}")
E("fr", S, "crypto-investment", "Votre solde de {btcamt} BTC est disponible", brand="Bitvora",
  d="Félicitations ! Votre compte a atteint le seuil de retrait. Confirmez votre portefeuille sous 24 heures, sinon les fonds seront réaffectés : {url}")
E("fr", S, "advance-fee", "Proposition de don",
  d="Je suis Mme {name}, veuve atteinte d'un cancer en phase terminale. Je souhaite faire don de ma fortune de 850 000 € à une personne de confiance pour des œuvres caritatives. Contactez-moi à {priv}.")
E("fr", H, "hotel-restaurant-booking", "Réservation – {brand}", k="rest", brand="Le Petit Zinc", dom="lepetitzinc.fr",
  subj="Confirmation de votre réservation",
  note="Bonjour {rfirst},\nnous avons le plaisir de confirmer votre table pour {n} personnes.\nNous gardons la table 15 minutes. Pour annuler, merci d'appeler le {phone}. En cas de non-présentation, une empreinte bancaire de 20 € par personne sera débitée.")
E("fr", H, "community-series", "Répétition de la chorale", rr="FREQ=WEEKLY;BYDAY=MO", who="church",
  d="Tous les lundis à 20h à la salle paroissiale. Pensez à vos partitions ! Les nouveaux choristes sont les bienvenus.")
E("fr", H, "finance-reminder", "Relance : facture {inv} à échéance", internal=False,
  d="Bonjour,\nnous vous rappelons que la facture {inv} d'un montant de {amt} EUR arrive à échéance le {date}.\nNos coordonnées bancaires restent inchangées (IBAN {iban}). Attention : nous ne vous communiquerons jamais de changement de RIB par e-mail. En cas de doute, appelez-nous au {phone}.")
E("fr", H, "reply-cancel", "Point budget", k="REPLY", ps="DECLINED",
  comment="Désolé, je suis en congé ce jour-là. {a} peut me remplacer.")

# ------------------------------------------------------------------ Spanish
E("es", S, "prize-survey-lure", "¡Enhorabuena! Ha sido seleccionado para una tarjeta regalo de {amount} €", brand="Mercadona",
  d="Estimado cliente de {brand}:\nha sido elegido para participar en nuestra encuesta de 30 segundos. Complétela hoy y reciba su tarjeta regalo.\n{url}")
E("es", S, "crypto-investment", "Webinar privado: invierte 250 € y gana 3.000 € a la semana", webinar=True, brand="AlphaQuant",
  d="Plazas limitadas. Nuestros analistas te enseñan en directo cómo la inteligencia artificial opera por ti. Regístrate: {url}")
E("es", S, "bec", "Tarea urgente", k="gift",
  d="Hola {rfirst}, ¿estás disponible? Necesito que compres unas tarjetas regalo para unos clientes hoy mismo. Estoy en reuniones todo el día, respóndeme solo por correo.\n{ceo}")
E("es", S, "callback-scam", "Factura {code} – Norton 360 renovado", brand="Norton",
  d="Su suscripción se ha renovado automáticamente.\nImporte: 349,99 €\nSi no ha autorizado este cargo, llame a nuestro departamento de facturación: {phone}")
E("es", H, "travel-booking", "Vuelo {flt} {frm} – {to}", k="air", brand="Aerolínea Sol", dom="aerolineasol.es",
  subj="Confirmación de reserva {pnr}",
  note="Estimado/a {rname}:\nGracias por volar con {brand}.\nLocalizador: {pnr}\nNúmero de billete: {tkt}\nVuelo {flt} {frm} – {to}\nImporte total: {amt} EUR\nLa facturación online se abre 24 horas antes. Atención al cliente: {phone}")
E("es", H, "medical-appointment", "Cita: Dr. {doc}", k="sched", brand="CitaSalud", dom="citasalud.es",
  subj="Confirmación de su cita médica",
  note="Su cita con el Dr. {doc} ({spec}) está confirmada.\nDirección: {addr}\nTraiga su tarjeta sanitaria. Si no puede acudir, anule la cita con 24 horas de antelación llamando al {phone}.")
E("es", H, "personal-invite", "Cumpleaños de {a} 🎂",
  d="¡Nos vemos en casa a las 20:00! Trae algo de picar si quieres. Confirmadme si venís.")
E("es", H, "vendor-webinar-conference", "Webinar gratuito: ciberseguridad para pymes", k="zoom",
  subj="Confirmación: Webinar gratuito ciberseguridad para pymes",
  d="Gracias por registrarte. Sesión en directo con demostración y turno de preguntas. Oferta exclusiva para asistentes: 30 % de descuento en la licencia anual.")

# ------------------------------------------------------------------ Italian
E("it", S, "fee-scam", "Poste Italiane: pacco in giacenza", brand="Poste Italiane",
  d="Il tuo pacco {trk} è in giacenza per indirizzo incompleto. Per programmare una nuova consegna è richiesto un contributo di 1,99 €: {url}")
E("it", S, "doc-share-compromised", "{company} – documenti condivisi",
  d="Buongiorno,\n{sender} ha condiviso con lei dei documenti tramite OneDrive.\n\nOrdine_{n}.pdf\n\nApri: {url}\n\nCordiali saluti\n{sender}")
E("it", S, "prize-survey-lure", "Congratulazioni! Hai vinto un buono da {amount} €", brand="Esselunga",
  d="Caro cliente {brand}, sei stato selezionato per il nostro sondaggio annuale. Rispondi a 5 domande e ritira il tuo premio: {url}")
E("it", S, "dating-sextortion", "Ciao tesoro 😘",
  d="Sono Giulia, ho 27 anni e abito vicino a te. Ti ho visto online e vorrei conoscerti. Le mie foto private sono qui: {url}")
E("it", H, "hotel-restaurant-booking", "Soggiorno presso {brand}", k="hotel", brand="Hotel Bellavista", dom="hotelbellavista.it",
  subj="Conferma prenotazione {conf}",
  note="Gentile {rname},\nsiamo lieti di confermare la sua prenotazione.\nArrivo {ci}, partenza {co}, camera doppia con colazione, totale {amt} EUR.\nCancellazione gratuita fino a 3 giorni prima dell'arrivo. Tel. {phone}")
E("it", H, "work-meeting", "Riunione di avanzamento progetto {proj}",
  d="Ordine del giorno:\n- stato dei lavori\n- criticità\n- prossimi passi")
E("it", H, "recruiter", "Colloquio: {role} – {company}", conf="teams",
  d="Gentile {rfirst},\ngrazie per la candidatura. Incontrerà {a} (responsabile del team) per un colloquio di circa 45 minuti.")
E("it", H, "support-callback", "Richiamata assistenza – pratica {case}", k="vendor",
  d="Come richiesto, un nostro tecnico la richiamerà al numero {rphone} per la pratica {case}. Se l'orario non va bene, risponda a questa e-mail.")

# ------------------------------------------------------------------ Portuguese
E("pt", S, "task-job-scam", "Vaga de meio período – trabalhe de casa",
  d="Olá! Encontramos seu currículo. Oferecemos trabalho remoto simples: avaliar produtos por 1 hora ao dia e ganhar de R$ 300 a R$ 900 por dia. Fale com nossa RH no WhatsApp: {wa}")
E("pt", S, "crypto-investment", "Seu saldo de {btcamt} BTC está liberado para saque", brand="CriptoVault",
  d="Prezado investidor, sua conta atingiu o limite de saque. Confirme sua carteira em até 24 horas: {url}")
E("pt", S, "fee-scam", "Correios: taxa de importação pendente", brand="Correios",
  d="Sua encomenda {trk} está retida aguardando o pagamento da taxa de R$ 39,90. Pague até {date} para evitar a devolução: {url}")
E("pt", S, "credential-phish", "Atualização obrigatória – Banco do Brasil", brand="Banco do Brasil",
  d="Prezado cliente, seu acesso ao internet banking será bloqueado. Atualize seu cadastro e token de segurança: {url}")
E("pt", H, "community-series", "Treino do time de futsal", rr="FREQ=WEEKLY;BYDAY=SA", who="club",
  d="Todo sábado às 9h na quadra da escola. Tragam água e caneleira!")
E("pt", H, "doc-share-colleague", "Revisão da proposta comercial", lk="gdoc",
  d="Pessoal, o rascunho está aqui: {link}\nComentem no documento antes da reunião.")
E("pt", H, "travel-booking", "Voo {flt} {frm} – {to}", k="air", brand="Voa Brasil", dom="voabrasil.com.br",
  subj="Sua reserva {pnr} está confirmada",
  note="Olá {rfirst},\nsua viagem está confirmada.\nCódigo da reserva: {pnr}\nBilhete: {tkt}\nValor total: R$ {amt}\nCheck-in online abre 48 horas antes. Central de atendimento: {phone}")
E("pt", H, "reply-cancel", "Reunião de planejamento", k="REPLY", ps="ACCEPTED", comment="Combinado, estarei lá.")

# ------------------------------------------------------------------ Dutch
E("nl", S, "credential-phish", "ING: uw betaalpas verloopt", brand="ING",
  d="Beste klant,\nuw betaalpas verloopt binnenkort. Vraag direct een nieuwe pas aan om blokkering te voorkomen: {url}")
E("nl", S, "bec", "Gewijzigde bankgegevens {supplier}", k="supplier",
  d="Geachte crediteurenadministratie,\nwegens een bankwissel zijn onze rekeninggegevens gewijzigd. Gelieve openstaande facturen voortaan te voldoen op:\nIBAN: {iban}\nt.n.v. {supplier}\nMet vriendelijke groet,\n{name}")
E("nl", S, "doc-share-compromised", "Offerte {yr} – graag uw reactie",
  d="Goedemiddag,\nhierbij de offerte zoals besproken. U kunt het document hier bekijken: {url}\nMet vriendelijke groet,\n{sender}")
E("nl", S, "fake-update-lure", "Teams-update vereist voor deelname", brand="Teams",
  d="Uw versie van Microsoft Teams wordt niet meer ondersteund. Installeer de update vóór de vergadering:\n{url}")
E("nl", H, "it-notice", "Uw wachtwoord verloopt over 7 dagen", pwd=True, allstaff=False,
  d="Uw netwerkwachtwoord verloopt op {date}. Wijzig het via Ctrl+Alt+Del of via het selfserviceportaal {portal}. IT zal u nooit per e-mail of telefoon om uw wachtwoord vragen.")
E("nl", H, "medical-appointment", "Controle bij de tandarts", k="dent", brand="Tandartspraktijk Zonnebloem", dom="tandarts-zonnebloem.nl",
  subj="Herinnering: uw afspraak",
  note="Beste {rfirst}, dit is een herinnering aan uw controle. Verhinderd? Bel {phone}. Bij afzeggen binnen 24 uur kunnen kosten in rekening worden gebracht.")
E("nl", H, "personal-invite", "Barbecue bij ons 🍖",
  d="Zaterdag vanaf 17:00. Neem zelf iets voor op de barbecue mee, wij zorgen voor drinken.")
E("nl", H, "forwarded-invite", "Workshop bij {company}",
  note="Hoi {rfirst}, kun jij hier ook bij zijn? Ik stuur de uitnodiging van {company} even door.")

# ------------------------------------------------------------------ Polish
E("pl", S, "fee-scam", "InPost: dopłata do przesyłki", brand="InPost",
  d="Twoja paczka {trk} oczekuje na dopłatę 2,49 zł. Opłać w ciągu 24 godzin, aby uniknąć zwrotu do nadawcy: {url}")
E("pl", S, "credential-phish", "PKO BP: wymagana weryfikacja konta", brand="PKO BP",
  d="Szanowny Kliencie, wykryliśmy nietypowe logowanie do Twojego konta. Potwierdź swoją tożsamość, aby uniknąć blokady: {url}")
E("pl", S, "crypto-investment", "Inwestuj w akcje Orlen od 1000 zł", brand="Orlen Invest",
  d="Nowy program inwestycyjny dla obywateli. Zyski do 15 000 zł miesięcznie. Doradca zadzwoni do Ciebie po rejestracji: {url}")
E("pl", S, "doc-share-compromised", "Zamówienie {n} – dokumenty do wglądu",
  d="Dzień dobry,\nprzesyłam dokumenty do zamówienia. Dostęp: {url}\nPozdrawiam,\n{sender}")
E("pl", H, "work-meeting", "Cotygodniowe spotkanie zespołu", rr="FREQ=WEEKLY;BYDAY={wd}",
  d="Agenda:\n- status zadań\n- problemy\n- plan na kolejny tydzień")
E("pl", H, "finance-reminder", "Zamknięcie miesiąca", internal=True,
  d="Przypominam o terminach zamknięcia miesiąca. Rozliczenia kosztów proszę przesłać do 2. dnia roboczego.")
E("pl", H, "recruiter", "Rozmowa rekrutacyjna – {role}", conf="meet",
  d="Dzień dobry, dziękujemy za aplikację. Zapraszam na krótką rozmowę online. Jeśli termin nie pasuje, proszę o informację.")
E("pl", H, "hotel-restaurant-booking", "Pobyt w {brand}", k="hotel", brand="Hotel Wawel Residence", dom="wawelresidence.pl",
  subj="Potwierdzenie rezerwacji {conf}",
  note="Szanowni Państwo,\npotwierdzamy rezerwację: przyjazd {ci}, wyjazd {co}, pokój dwuosobowy ze śniadaniem, {amt} PLN.\nBezpłatne anulowanie do 48 godzin przed przyjazdem. Tel. {phone}")

# ------------------------------------------------------------------ Swedish
E("sv", S, "bec", "Ändring av lönekonto", k="payroll",
  d="Hej, jag har bytt bank och vill att lönen sätts in på mitt nya konto från och med denna månad. Vilka uppgifter behöver ni?\nMvh\n{emp}")
E("sv", S, "callback-scam", "Microsoft: din licens har förnyats", brand="Microsoft",
  d="Din Microsoft 365-prenumeration har förnyats.\nBelopp: 3 499 kr\nOm du inte godkänt köpet, ring vår support: {phone}")
E("sv", S, "fake-update-lure", "Zoom: obligatorisk uppdatering", brand="Zoom",
  d="Din Zoom-klient stöds inte längre. Ladda ner den senaste versionen innan mötet: {url}")
E("sv", S, "prize-survey-lure", "Grattis! Du har valts ut att få ett presentkort på {amount} kr", brand="ICA",
  d="Som trogen kund hos {brand} har du valts ut. Svara på tre frågor och hämta ditt presentkort: {url}")
E("sv", H, "community-series", "Innebandyträning", rr="FREQ=WEEKLY;BYDAY=TU", who="club",
  d="Varje tisdag kl 18 i sporthallen. Ta med vattenflaska!")
E("sv", H, "list-copy", "Styrelsemöte", d="Kvartalsvis styrelsemöte. Protokoll från förra mötet finns i arkivet.")
E("sv", H, "doc-share-colleague", "Genomgång: budgetunderlag", lk="sp",
  d="Hej! Underlaget finns här: {link}\nKommentera gärna innan mötet.")
E("sv", H, "personal-invite", "Kräftskiva hos oss 🦞",
  d="Välkomna på kräftskiva! Vi bjuder på kräftor och snaps, ta med gott humör.")

# ------------------------------------------------------------------ Turkish
E("tr", S, "prize-survey-lure", "Tebrikler! {amount} TL hediye çeki kazandınız", brand="Migros",
  d="Değerli {brand} müşterimiz, 30 saniyelik anketimizi tamamlayın ve hediye çekinizi alın: {url}")
E("tr", S, "retail-sale-wave", "Nike Air Max %80 indirim – sadece bugün", brand="Nike",
  d="Orijinal ürünler, ücretsiz kargo. Stoklar sınırlı: {url}")
E("tr", S, "task-job-scam", "Evden çalışma fırsatı – günlük 2.000 TL",
  d="Merhaba! Basit online görevler için ekip arkadaşı arıyoruz. Günde 1 saat, ödemeler günlük. WhatsApp: {wa}")
E("tr", S, "crypto-investment", "Hesabınızda {btcamt} BTC çekime hazır", brand="KriptoMax",
  d="Sayın yatırımcı, hesabınız çekim limitine ulaştı. 24 saat içinde cüzdanınızı onaylayın: {url}")
E("tr", H, "travel-booking", "Uçuş {flt} {frm} – {to}", k="air", brand="Anadolu Hava Yolları", dom="anadoluhava.com.tr",
  subj="Rezervasyon onayı {pnr}",
  note="Sayın {rname},\nrezervasyonunuz onaylandı.\nPNR: {pnr}\nBilet numarası: {tkt}\nToplam ücret: {amt} TL\nOnline check-in kalkıştan 24 saat önce açılır. Çağrı merkezi: {phone}")
E("tr", H, "vendor-webinar-conference", "Webinar: KOBİ'ler için bulut dönüşümü", k="teams",
  d="Kaydınız için teşekkürler! Katılımcılara özel teklif: yıllık lisansta %25 indirim. 400'den fazla katılımcı kayıt oldu.")
E("tr", H, "work-meeting", "Proje {proj} başlangıç toplantısı", partner=True,
  d="Merhaba, kapsam dokümanını toplantıdan önce incelemenizi rica ederim.")
E("tr", H, "forwarded-invite", "Tedarikçi denetimi",
  note="Bilginize – kalite ekibinden birinin katılması istendi, daveti iletiyorum.")

# ------------------------------------------------------------------ Russian
E("ru", S, "dating-sextortion", "Личное видео – {rfirst}", sext=True,
  d="Я получил доступ к вашему устройству и записал видео через камеру. Переведите {usd} USD в биткоинах на кошелёк {btc} в течение 48 часов, иначе видео получат все ваши контакты.")
E("ru", S, "advance-fee", "Наследство – требуется ваше согласие",
  d="Я адвокат {name}. Мой покойный клиент оставил вклад в размере 7,2 млн долларов без наследников. Предлагаю оформить вас наследником, доход делим 50/50. Пишите на {priv}.")
E("ru", S, "mass-invite", "Бизнес-форум {yr2}: участие бесплатно",
  d="Приглашаем руководителей на форум по развитию бизнеса. Количество мест ограничено, регистрация: {url}")
E("ru", S, "nagging-payload", "Казино: ваш бонус 500%", nag="daily",
  d="Заберите бонус и 200 фриспинов прямо сейчас: {url}")
E("ru", H, "it-notice", "Плановые работы на сервере 1С", allstaff=True,
  d="Уважаемые коллеги!\nВ субботу с 20:00 до 23:00 будет недоступна база 1С в связи с обновлением. Просьба сохранить документы заранее. Служба ИТ, доб. {ext}.")
E("ru", H, "work-meeting", "Планёрка по проекту {proj}", rr="FREQ=WEEKLY;BYDAY={wd}",
  d="Повестка:\n- статус работ\n- риски\n- следующие шаги")
E("ru", H, "reply-cancel", "Совещание с поставщиком", k="CANCEL",
  d="К сожалению, совещание отменяется. Новую дату сообщу дополнительно.")
E("ru", H, "list-copy", "Семинар: {topic}", d="Докладчик: {a}. Аннотация на сайте кафедры. Начало в 16:00, ауд. 305.")

# ------------------------------------------------------------------ Ukrainian
E("uk", S, "task-job-scam", "Віддалена робота – до 1500 грн на день",
  d="Вітаю! Шукаємо людей для простих онлайн-завдань. 1 година на день, виплати щодня. Пишіть у Telegram {tg}")
E("uk", S, "credential-phish", "Приват24: підтвердіть дані для отримання виплати", brand="Privat24",
  d="Вам нараховано державну допомогу 6500 грн. Для зарахування підтвердіть дані картки: {url}")
E("uk", S, "doc-share-compromised", "Договір поставки – на підпис",
  d="Добрий день!\nНадсилаю договір для ознайомлення та підпису: {url}\nЗ повагою,\n{sender}")
E("uk", S, "bec", "Конфіденційно", k="wire",
  d="{rfirst}, потрібно терміново провести оплату {amt} EUR сьогодні. Деталі надішле наш юрист {lawyer}. Прошу нікому не говорити до оголошення.\n{ceo}")
E("uk", H, "personal-invite", "День народження {a} 🎉", d="Чекаємо вас у суботу о 18:00 у нас удома. Буде смачно!")
E("uk", H, "community-series", "Недільна школа", rr="FREQ=WEEKLY;BYDAY=SU", who="church",
  d="Щонеділі о 10:00 у парафіяльній залі. Для дітей 6–12 років.")
E("uk", H, "doc-share-colleague", "Обговорення кошторису", lk="nc", d="Файл кошторису в нашій хмарі: {link}")
E("uk", H, "support-callback", "Зворотний дзвінок: звернення {case}", k="vendor",
  d="Як ви просили, наш інженер зателефонує вам на номер {rphone} щодо звернення {case}.")

# ------------------------------------------------------------------ Greek
E("el", S, "retail-sale-wave", "Γυαλιά Ray-Ban -90% – μόνο σήμερα", brand="Ray-Ban",
  d="Επίσημο outlet, δωρεάν αποστολή. Παραγγείλτε τώρα: {url}")
E("el", S, "fee-scam", "ΕΛΤΑ: εκκρεμεί πληρωμή τελών για το δέμα σας", brand="ELTA",
  d="Το δέμα σας {trk} παραμένει στην αποθήκη. Πληρώστε 1,99 € για επαναποστολή: {url}")
E("el", S, "bec", "Νέος τραπεζικός λογαριασμός – {supplier}", k="supplier",
  d="Αγαπητοί συνεργάτες,\nσας ενημερώνουμε ότι ο τραπεζικός μας λογαριασμός άλλαξε. Παρακαλούμε οι πληρωμές να γίνονται στο IBAN {iban}.\nΜε εκτίμηση,\n{name}")
E("el", S, "mass-invite", "Διεθνές Συνέδριο Ιατρικής {yr2} – υποβολή περιλήψεων",
  d="Αγαπητέ συνάδελφε, σας προσκαλούμε να υποβάλετε περίληψη. Έγκαιρη εγγραφή: {url}")
E("el", H, "hotel-restaurant-booking", "Διαμονή στο {brand}", k="hotel", brand="Hotel Aigaio", dom="hotel-aigaio.gr",
  subj="Επιβεβαίωση κράτησης {conf}",
  note="Αγαπητέ/ή {rname},\nεπιβεβαιώνουμε την κράτησή σας: άφιξη {ci}, αναχώρηση {co}, δίκλινο με πρωινό, σύνολο {amt} EUR.\nΔωρεάν ακύρωση έως 3 ημέρες πριν. Τηλ. {phone}")
E("el", H, "medical-appointment", "Ραντεβού: Δρ. {doc}", k="sched", brand="DocBook", dom="docbook.gr",
  subj="Επιβεβαίωση ραντεβού",
  note="Το ραντεβού σας με τον/την Δρ. {doc} επιβεβαιώθηκε. Παρακαλούμε προσέλθετε 10 λεπτά νωρίτερα. Για ακύρωση καλέστε στο {phone}.")
E("el", H, "finance-reminder", "Προθεσμία υποβολής ΦΠΑ", internal=True,
  d="Η δήλωση ΦΠΑ του τριμήνου πρέπει να υποβληθεί έως τις 10 του μήνα. Στείλτε τα παραστατικά στο λογιστήριο.")
E("el", H, "recruiter", "Συνέντευξη: {role}", conf="meet",
  d="Καλησπέρα {rfirst}, ευχαριστούμε για το ενδιαφέρον σας. Η συνέντευξη θα διαρκέσει περίπου 45 λεπτά.")

# ------------------------------------------------------------------ Arabic
E("ar", S, "advance-fee", "تعويض مالي بقيمة 1.5 مليون دولار",
  d="تمت الموافقة على صرف تعويض مالي باسمك من قبل لجنة التعويضات الدولية. يرجى التواصل مع مسؤول الدفع {name} على البريد {priv} مع إرسال اسمك الكامل ورقم هاتفك.")
E("ar", S, "prize-survey-lure", "مبروك! لقد ربحت بطاقة هدايا بقيمة {amount} ريال", brand="Carrefour",
  d="عميلنا العزيز، تم اختيارك للمشاركة في استبيان قصير. أكمل الاستبيان واستلم جائزتك: {url}")
E("ar", S, "mass-invite", "المؤتمر الدولي للتمريض {yr2}",
  d="يسعدنا دعوتكم لتقديم ملخص بحثي والمشاركة كمتحدث. التسجيل المبكر: {url}")
E("ar", S, "task-job-scam", "فرصة عمل من المنزل – دخل يومي",
  d="مرحباً! نبحث عن موظفين لمهام بسيطة عبر الإنترنت، ساعة واحدة يومياً وأرباح يومية. تواصل مع الموارد البشرية عبر واتساب: {wa}")
E("ar", H, "travel-booking", "رحلة {flt} {frm} – {to}", k="air", brand="Golden Gulf Airways", dom="goldengulfair.com",
  subj="تأكيد الحجز {pnr}",
  note="عزيزي {rname}،\nتم تأكيد حجزك.\nرقم الحجز: {pnr}\nرقم التذكرة: {tkt}\nالمبلغ الإجمالي: {amt} ريال\nيفتح تسجيل الوصول عبر الإنترنت قبل 24 ساعة. مركز الاتصال: {phone}")
E("ar", H, "work-meeting", "اجتماع متابعة المشروع {proj}", d="جدول الأعمال:\n- حالة العمل\n- العوائق\n- الخطوات القادمة")
E("ar", H, "personal-invite", "عشاء عائلي 🌙", d="ندعوكم لتناول العشاء معنا يوم الجمعة بعد صلاة المغرب.")
E("ar", H, "vendor-webinar-conference", "ندوة مجانية: التحول الرقمي", k="zoom", subj="تأكيد التسجيل: ندوة مجانية التحول الرقمي",
  d="شكراً لتسجيلك. عرض خاص للحضور: خصم 30% على الاشتراك السنوي.")

# ------------------------------------------------------------------ Hebrew
E("he", S, "credential-phish", "בנק לאומי: החשבון שלך הוגבל", brand="Leumi",
  d="זיהינו פעילות חריגה בחשבונך. יש לאמת את פרטיך תוך 24 שעות: {url}")
E("he", S, "bec", "משימה דחופה", k="gift",
  d="היי {rfirst}, את/ה זמין/ה? אני צריך שתקנה כמה כרטיסי מתנה ללקוח היום. אני בפגישות, תענה רק במייל.\n{ceo}")
E("he", S, "callback-scam", "PayPal: בוצע תשלום של ₪1,890", brand="PayPal",
  d="אם לא ביצעת את התשלום הזה, התקשר מיד למחלקת האבטחה: {phone}")
E("he", S, "fake-update-lure", "נדרש עדכון Zoom לפני הפגישה", brand="Zoom",
  d="גרסת Zoom שלך אינה נתמכת עוד. הורד את העדכון: {url}")
E("he", H, "community-series", "חוג כדורסל", rr="FREQ=WEEKLY;BYDAY=MO", who="club", d="כל יום שני ב-17:00 באולם הספורט של בית הספר.")
E("he", H, "finance-reminder", "תזכורת: חשבונית {inv}", internal=False,
  d="שלום,\nזוהי תזכורת לתשלום חשבונית {inv} על סך {amt} ₪ עד {date}.\nפרטי הבנק שלנו לא השתנו. לעולם לא נודיע על שינוי פרטי חשבון במייל – במקרה של ספק התקשרו {phone}.")
E("he", H, "reply-cancel", "ישיבת צוות", k="REPLY", ps="TENTATIVE", comment="ייתכן שאאחר בכמה דקות.")
E("he", H, "support-callback", "שיחה חוזרת מהתמיכה – פנייה {case}", k="vendor",
  d="כפי שביקשת, טכנאי יתקשר אליך למספר {rphone} בנוגע לפנייה {case}.")

# ------------------------------------------------------------------ Chinese (Simplified)
E("zh", S, "retail-sale-wave", "雷朋太阳镜 1折清仓 全场包邮", brand="Ray-Ban",
  d="雷朋官方特卖，限时抢购，全场99元起，货到付款：{url}")
E("zh", S, "mass-invite", "【诚邀】{yr2}国际医学大会 征稿通知", d="尊敬的专家：诚邀您投稿并担任分会场讲者，早鸟注册即将截止：{url}")
E("zh", S, "task-job-scam", "兼职刷单 日结300-800元", d="在家手机操作，每天1-2小时，佣金日结。添加客服Telegram：{tg}")
E("zh", S, "nagging-payload", "【澳门娱乐城】注册送888元", nag="minutely", d="首存即送100%彩金，立即注册：{url}")
E("zh", H, "vendor-webinar-conference", "云原生技术沙龙 第{n}期（免费）", k="meetup",
  d="两场技术分享 + 自由交流，现场提供茶歇。请提前报名，名额有限。")
E("zh", H, "it-notice", "系统维护通知：邮件服务器升级", allstaff=True,
  d="各位同事：本周六 22:00 至次日 02:00 进行邮件系统升级，期间邮件可能延迟。如有问题请联系IT服务台，分机 {ext}。")
E("zh", H, "doc-share-colleague", "季度汇报材料评审", lk="sp", d="材料已上传：{link}\n请在会前添加批注。")
E("zh", H, "forwarded-invite", "客户培训：{topic}", note="转发给你，这个培训只发给了部门经理，你也参加一下。")

# ------------------------------------------------------------------ Chinese (Traditional)
E("zh-TW", S, "retail-sale-wave", "UGG 雪靴 2折特賣 最後一天", brand="UGG", d="正品保證，全館免運，數量有限：{url}")
E("zh-TW", S, "callback-scam", "Apple 訂閱已續訂 NT$3,290", brand="Apple",
  d="您的 iCloud+ 方案已自動續訂。如非本人操作，請立即致電客服取消：{phone}")
E("zh-TW", S, "dating-sextortion", "嗨～今晚有空嗎？", d="我是小雅，剛搬來你附近，想認識你。我的私密照片在這裡：{url}")
E("zh-TW", S, "doc-share-compromised", "報價單 – 請於會前確認", d="您好，\n報價單已放在雲端，請點擊查看：{url}\n謝謝\n{sender}")
E("zh-TW", H, "medical-appointment", "門診預約：{doc} 醫師", k="sched", brand="Guahao Online", dom="guahao-online.com.tw",
  subj="掛號成功通知", note="您已成功預約 {doc} 醫師門診。請攜帶健保卡並提前10分鐘報到。如需取消請來電 {phone}。")
E("zh-TW", H, "hotel-restaurant-booking", "入住 {brand}", k="hotel", brand="日月潭湖畔飯店", dom="lakeside-hotel.com.tw",
  subj="訂房確認 {conf}",
  note="{rname} 您好，\n您的訂房已確認：入住 {ci}，退房 {co}，雙人房含早餐，總金額 NT$ {amt}。\n入住前3天可免費取消。電話：{phone}")
E("zh-TW", H, "recruiter", "面試邀請：{role}", conf="teams", d="{rfirst} 您好，感謝您應徵 {role} 職位，面試約60分鐘。")
E("zh-TW", H, "list-copy", "開源社群月會", d="每月例行社群會議，議程請見 wiki，歡迎大家參加。")

# ------------------------------------------------------------------ Japanese
E("ja", S, "dating-sextortion", "今夜会えませんか？", d="はじめまして、ゆいです。近くに住んでいます。プロフィール写真はこちら：{url}")
E("ja", S, "retail-sale-wave", "COACH バッグ 80%OFF 本日限り", brand="COACH", d="正規品アウトレット、送料無料。在庫限り：{url}")
E("ja", S, "fake-update-lure", "Teams 更新のお願い（会議参加前に）", brand="Teams",
  d="お使いの Teams のバージョンはサポートが終了しました。会議に参加する前に更新してください：{url}")
E("ja", S, "credential-phish", "Amazon：お支払い方法の確認が必要です", brand="Amazon",
  d="お客様のアカウントでお支払い方法に問題が発生しました。24時間以内に情報を更新してください：{url}")
E("ja", H, "travel-booking", "のぞみ{n}号 東京 → 新大阪", k="rail", brand="Nippon Rail Net", dom="nipponrailnet.jp",
  subj="予約完了のお知らせ {pnr}",
  note="{rname} 様\nご予約ありがとうございます。\n予約番号：{pnr}\n{coach}号車 {seat}番\n料金：{amt} 円\nお問い合わせ：{phone}")
E("ja", H, "hotel-restaurant-booking", "{brand} ご宿泊", k="hotel", brand="旅館さくら", dom="ryokan-sakura.jp",
  subj="ご予約確認 {conf}",
  note="{rname} 様\nこの度はご予約いただき誠にありがとうございます。\nチェックイン：{ci} 15:00\nチェックアウト：{co} 10:00\n料金：{amt} 円（現地払い）\nキャンセルは3日前まで無料です。TEL {phone}")
E("ja", H, "work-meeting", "定例ミーティング", rr="FREQ=WEEKLY;BYDAY={wd}", d="議題：\n・進捗報告\n・課題\n・次回までのタスク")
E("ja", H, "reply-cancel", "打ち合わせ：{proj}", k="REPLY", ps="ACCEPTED", comment="承知しました。よろしくお願いいたします。")

# ------------------------------------------------------------------ Korean
E("ko", S, "prize-survey-lure", "축하합니다! {amount}만원 상품권 당첨", brand="Coupang",
  d="쿠팡 고객님, 30초 설문에 참여하시고 상품권을 받아가세요: {url}")
E("ko", S, "dating-sextortion", "오빠 오늘 시간 돼? 😘", d="안녕, 나 지은이야. 근처에 사는데 만나고 싶어. 내 사진은 여기: {url}")
E("ko", S, "doc-share-compromised", "견적서 공유드립니다",
  d="안녕하세요,\n요청하신 견적서를 공유드립니다. 아래 링크에서 확인 부탁드립니다: {url}\n감사합니다.\n{sender}")
E("ko", S, "mass-invite", "무료 주식 리딩방 초대 📈", d="적중률 92%! 선착순 500명 무료 입장: {tg}")
E("ko", H, "community-series", "성가대 연습", rr="FREQ=WEEKLY;BYDAY=WE", who="church", d="매주 수요일 저녁 8시, 교육관 2층. 악보 지참 부탁드립니다.")
E("ko", H, "vendor-webinar-conference", "무료 웨비나: 중소기업 클라우드 전환", k="zoom", subj="등록 확인: 무료 웨비나 중소기업 클라우드 전환",
  d="등록해 주셔서 감사합니다. 참석자 전용 혜택: 연간 라이선스 30% 할인.")
E("ko", H, "forwarded-invite", "고객사 워크숍", note="{rfirst}님, 이 회의도 같이 참석해 주실 수 있을까요? {company}에서 온 초대장 전달드립니다.")
E("ko", H, "medical-appointment", "진료 예약: {doc} 원장", k="sched", brand="Medi Yeyak", dom="medi-yeyak.co.kr",
  subj="진료 예약 확인", note="{doc} 원장님 진료가 예약되었습니다. 10분 전까지 내원해 주세요. 취소는 {phone}으로 연락 바랍니다.")

# ------------------------------------------------------------------ Hindi
E("hi", S, "advance-fee", "आपके नाम पर 2.5 करोड़ रुपये की लॉटरी",
  d="बधाई हो! आपका ईमेल अंतरराष्ट्रीय लकी ड्रॉ में चुना गया है। राशि प्राप्त करने के लिए प्रोसेसिंग शुल्क ₹12,500 जमा करें और {priv} पर संपर्क करें।")
E("hi", S, "task-job-scam", "घर से काम – रोज़ ₹3000 कमाएं",
  d="नमस्ते! YouTube वीडियो लाइक करके रोज़ कमाई करें। भुगतान रोज़। हमारे HR से WhatsApp पर संपर्क करें: {wa}")
E("hi", S, "callback-scam", "Amazon ऑर्डर: iPhone 15 Pro ₹1,39,900", brand="Amazon",
  d="आपका ऑर्डर सफलतापूर्वक दर्ज हो गया है। यदि आपने यह ऑर्डर नहीं किया है, तो तुरंत कॉल करें: {phone}")
E("hi", S, "fee-scam", "India Post: आपका पार्सल रुका हुआ है", brand="India Post",
  d="पता अधूरा होने के कारण आपका पार्सल {trk} डिलीवर नहीं हो सका। ₹25 शुल्क जमा करके पता अपडेट करें: {url}")
E("hi", H, "recruiter", "साक्षात्कार: {role}", conf="zoom",
  d="नमस्ते {rfirst}, {role} पद के लिए आवेदन करने हेतु धन्यवाद। साक्षात्कार लगभग 45 मिनट का होगा।")
E("hi", H, "personal-invite", "दिवाली मिलन समारोह 🪔", d="शनिवार शाम 7 बजे हमारे घर पर। परिवार सहित आइए!")
E("hi", H, "support-callback", "सपोर्ट कॉलबैक: केस {case}", k="vendor", d="आपके अनुरोध पर हमारे इंजीनियर आपको {rphone} पर कॉल करेंगे।")
E("hi", H, "it-notice", "नियोजित रखरखाव: नेटवर्क अपग्रेड", allstaff=True,
  d="प्रिय सहकर्मियों, शनिवार रात 10 बजे से 2 बजे तक नेटवर्क उपलब्ध नहीं रहेगा। कृपया अपना काम पहले सेव कर लें। IT हेल्पडेस्क: {ext}")

# ------------------------------------------------------------------ Thai
E("th", S, "dating-sextortion", "สวัสดีค่ะ คืนนี้ว่างไหม 😘", d="หนูชื่อมายด์ อายุ 24 อยู่ใกล้ๆ คุณ อยากรู้จักค่ะ ดูรูปหนูได้ที่นี่: {url}")
E("th", S, "nagging-payload", "เครดิตฟรี 500 บาท สมัครเลย", nag="alarms", d="คาสิโนออนไลน์ ฝากถอนออโต้ รับโบนัส 100%: {url}")
E("th", S, "retail-sale-wave", "รองเท้า Adidas ลด 80% วันนี้วันเดียว", brand="Adidas", d="ของแท้ ส่งฟรีทั่วประเทศ สินค้ามีจำนวนจำกัด: {url}")
E("th", S, "advance-fee", "เงินบริจาคจากมูลนิธิ 500,000 ดอลลาร์",
  d="ท่านได้รับเลือกให้รับเงินบริจาค กรุณาติดต่อเจ้าหน้าที่ {name} ที่อีเมล {priv} พร้อมแจ้งชื่อและเบอร์โทรศัพท์")
E("th", H, "doc-share-colleague", "ทบทวนร่างข้อเสนอโครงการ", lk="gdoc", d="ร่างเอกสารอยู่ที่นี่: {link}\nช่วยใส่ความเห็นก่อนประชุมด้วยครับ")
E("th", H, "finance-reminder", "รอบจ่ายเงินประจำสัปดาห์", internal=True, rr="FREQ=WEEKLY;BYDAY=TH",
  d="โปรดส่งใบแจ้งหนี้ที่อนุมัติแล้วเข้าระบบภายในวันพฤหัสบดี 12:00 น.")
E("th", H, "forwarded-invite", "อบรม: {topic}", note="ส่งต่อให้นะครับ ทีมฝึกอบรมส่งให้เฉพาะผู้จัดการ")
E("th", H, "list-copy", "ประชุมชมรมผู้ใช้ Linux", d="ประชุมประจำเดือน ลงทะเบียนหัวข้อบรรยายในวิกิได้เลย")
