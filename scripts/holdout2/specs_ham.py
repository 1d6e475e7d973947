"""Ham specs for holdout2, including the hard false-positive cases."""

from people import c, nf, NORTHFIELD, BRANDT, RIVOIRE, HOSHINO, VANDIJK, HARZBERG, LAKESIDE
from specs_spam import colleagues, crowd

SPECS = []


def H(cat, layout, lang, y, frm, summary, desc="", auth="pass", **kw):
    d = dict(cat=cat, layout=layout, lang=lang, y=y, frm=frm, summary=summary, desc=desc, auth=auth)
    d.update(kw)
    SPECS.append(d)


def mailer_body(*lines):
    return "\n".join(lines) + "\n"


# ===========================================================================
# internal_meeting
H("internal_meeting", "teams", "en", 2023, nf("Rebecca Stone", "r.stone"), "1:1 Rebecca / Sam",
  "Weekly check-in. Agenda in our shared OneNote.", to=nf("Sam Carter", "sam.carter"),
  rrule="FREQ=WEEKLY;BYDAY=TH", at=(3, "10:30"), dur=30)
H("internal_meeting", "teams", "en", 2024, nf("Jamie Fox", "j.fox"), "Sprint 42 planning",
  "Please groom your tickets before the session.\nBoard: https://northfield-eng.atlassian.example/jira/software/projects/PLAT/boards/7",
  to=nf("Sam Carter", "sam.carter"), att=colleagues(9, 42), rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", at=(4, "09:30"), dur=90)
H("internal_meeting", "exchange", "de", 2024, f"Dr. Frank Brandt <f.brandt@{BRANDT}>", "Budgetplanung 2025 – Abstimmung",
  "Hallo zusammen,\n\nwir stimmen die Budgetplanung 2025 ab (Personal, Software-Lizenzen, Fortbildung). Bitte bringt eure Zahlen mit.\n\nViele Grüße\nFrank Brandt",
  to=f"Anja Weber <a.weber@{BRANDT}>", att=[f"Jonas Keller <j.keller@{BRANDT}>"], loc="Besprechungsraum 2. OG",
  infra="postfix", auth="pass", dkim_domains=[(BRANDT, "mail")])
H("internal_meeting", "google", "fr", 2022, f"Claire Rivoire <claire@{RIVOIRE}>", "Point hebdo équipe",
  "Tour de table des projets en cours + planning de la semaine.", to=f"Hugo Martin <hugo@{RIVOIRE}>",
  att=colleagues(6, 8, RIVOIRE), rrule="FREQ=WEEKLY;BYDAY=MO", at=(2, "09:30"), dur=30, meet=True)
H("internal_meeting", "exchange", "ja", 2023, f"山本 直樹 <n.yamamoto@{HOSHINO}>", "第3四半期 業績レビュー",
  "各部門の第3四半期実績と第4四半期の見通しを共有します。資料は前日までに共有フォルダにアップロードしてください。",
  to=f"小林 真理 <m.kobayashi@{HOSHINO}>", att=colleagues(7, 19, HOSHINO), loc="本社 7F 大会議室")
H("internal_meeting", "teams", "en", 2021, nf("Office of the CEO", "ceo-office"), "All-hands Q2",
  "Quarterly all-hands: results, hiring update and Q&A with Martin. Submit questions anonymously via the form in the Teams channel.",
  to=nf("All Staff", "all-staff"), att_rcpt=False, att=[], dur=60, busy="BUSY")
H("internal_meeting", "google", "sv", 2019, "Karin Holm <karin.holm@lindgren-design.example>", "Fika & retro",
  "Vi kör retro på sprinten och fikar samtidigt. Ta med post-its!", to="Emma Lindqvist <emma.lindqvist@lindgren-design.example>",
  tz="Europe/Stockholm", dur=60)
H("internal_meeting", "outlook16", "en", 2018, "Paul Ashworth <paul@ashworth-surveyors.example>", "Offsite planning",
  "Let's pin down venue, dates and the agenda for the autumn offsite. I've shortlisted two places in the Lake District.",
  to="Karen Lowe <karen@ashworth-surveyors.example>", att=["Dev Patel <dev@ashworth-surveyors.example>"],
  infra="postfix", auth="spf_only", loc="Paul's office")
H("internal_meeting", "zimbra", "nl", 2017, f"Henk van Dijk <henk@{VANDIJK}>", "Teamoverleg planning",
  "Bespreken van de planning voor de feestdagen en de bezetting van het magazijn.", to=f"Joost van Dijk <joost@{VANDIJK}>",
  att=colleagues(5, 31, VANDIJK), loc="Kantine", infra="postfix", auth="temperror", dkim_domains=[(VANDIJK, "zimbra")])
H("internal_meeting", "teams", "en", 2025, nf("Security Team", "security"), "Post-incident review: phishing campaign 14 May",
  "Blameless review of last week's credential-phishing incident.\nTimeline, what worked, what didn't, and follow-ups (forced password resets, conditional access, user reporting button).\nPlease do not forward outside the company.",
  to=nf("Sam Carter", "sam.carter"), att=colleagues(8, 55), dur=60)
H("internal_meeting", "google", "en", 2024, f"Hugo Martin <hugo@{RIVOIRE}>", "Farewell drinks for Priya 🥂",
  "Priya's last day is Friday! Drinks at Le Comptoir from 6pm, first round on the studio. We're collecting for a gift – drop a few euros in the envelope at reception.",
  to=f"Claire Rivoire <claire@{RIVOIRE}>", att=colleagues(14, 71, RIVOIRE), loc="Le Comptoir, 12 rue des Arts", tz="Europe/Paris")
H("internal_meeting", "nextcloud", "fr", 2020, "Sophie Lemaire <sophie@cooperative-lemaire.example>", "Kick-off projet site web",
  "Lancement du projet : objectifs, planning, répartition des tâches.", to="Marie Dubois <marie@cooperative-lemaire.example>",
  att=["Paul Girard <paul@cooperative-lemaire.example>"], loc="Salle du premier étage", infra="postfix", auth="spf_only")

# ===========================================================================
# external_meeting
H("external_meeting", "outlook16", "en", 2022, "Anthony Reyes <areyes@bluewater-systems.example>", "Northfield / Bluewater – integration call",
  "Hi Sam,\n\nAs discussed, here's the invite for the integration call.\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/83315502211?pwd=S0dXbnlkT2p0Wk5aN3FwQmxJQT09\nMeeting ID: 833 1550 2211\nPasscode: 417209\n\nBest,\nAnthony",
  to=nf("Sam Carter", "sam.carter"), loc="https://us02web.zoom.us/j/83315502211", tz="America/Chicago", infra="m365")
H("external_meeting", "google", "en", 2024, "Nadia Flores <nadia@cloudmetric-analytics.example>", "CloudMetric demo + pricing walkthrough",
  "Thanks for your interest! We'll walk through the dashboard and the pricing tiers (Team $49/user/month, Business $89/user/month, volume discounts above 50 seats).",
  to=nf("Jamie Fox", "j.fox"), meet=True, tz="America/New_York")
H("external_meeting", "outlook16", "de", 2023, f"Notariat Dr. Seidel <termine@notariat-seidel.example>", "Beurkundung Kaufvertrag Grundstück Flur 12",
  "Sehr geehrte Damen und Herren,\n\nhiermit bestätigen wir den Beurkundungstermin. Der Kaufpreis von 385.000 € ist nach Eintragung der Auflassungsvormerkung fällig. Bitte bringen Sie gültige Ausweisdokumente mit.\n\nMit freundlichen Grüßen\nNotariat Dr. Seidel",
  to=f"Anja Weber <a.weber@{BRANDT}>", loc="Notariat Dr. Seidel, Marktstraße 4", infra="postfix", auth="pass_nodkim")
H("external_meeting", "exchange", "en", 2024, "Laura Kim <laura.kim@harlow-audit.example>", "Audit fieldwork kick-off – FY2024",
  "Hello Olivia,\n\nAhead of fieldwork, please have the following ready: bank statements and reconciliations for all accounts, the aged receivables and payables listings, the fixed asset register, and a sample of supplier invoices over £10,000.\n\nKind regards,\nLaura Kim\nAudit Manager",
  to=nf("Olivia Grant", "o.grant"), att=[nf("Martin Hale", "m.hale")], tz="Europe/London")
H("external_meeting", "google", "en", 2021, "Tom Baines <tom.baines.design@gmail.com>", "Website redesign – discovery call",
  "Hi Karen, looking forward to chatting about the new site. I'll share a short questionnaire after the call.", to=c("en", 4), meet=True)
H("external_meeting", "exchange", "fr", 2022, "Élodie Fournier <e.fournier@revue-design.example>", "Interview – portrait de l'atelier",
  "Bonjour Claire,\n\nComme convenu, voici l'invitation pour l'entretien destiné à notre numéro de printemps. Durée environ 45 minutes, un photographe passera la semaine suivante.\n\nBien à vous,\nÉlodie",
  to=f"Claire Rivoire <claire@{RIVOIRE}>", loc="Atelier Rivoire", dur=45)
H("external_meeting", "exchange", "es", 2024, "Marta Gil <mgil@suministros-levante.example>", "Renovación de contrato – precios 2025",
  "Hola,\n\nRevisaremos la propuesta de renovación con la nueva tarifa (incremento del 3,5 %) y las condiciones de pago a 60 días.\n\nUn saludo,\nMarta Gil",
  to=c("es", 1), tz="Europe/Madrid")
H("external_meeting", "outlook16", "en", 2019, "Greg Lawson <glawson@tidewater-partners.example>", "Quarterly partner review",
  "Webex details:\nhttps://tidewater.webex.com/tidewater/j.php?MTID=m8c2a4e1f0b9d7c6a5e4f3d2c1b0a9f8e\nMeeting number: 2634 118 4409\nPassword: QPR2019",
  to=nf("Martin Hale", "m.hale"), infra="m365", tz="America/New_York")
H("external_meeting", "google", "ja", 2024, f"鈴木 大輔 <d.suzuki@sakura-kikai.example>", "お打ち合わせ（新製品の仕様確認）",
  "いつもお世話になっております。新製品の仕様について確認させていただきたく、お打ち合わせのお時間をいただけますでしょうか。", to=f"小林 真理 <m.kobayashi@{HOSHINO}>",
  meet=True, tz="Asia/Tokyo")
H("external_meeting", "exchange", "it", 2023, "Luca Moretti <l.moretti@imballaggi-moretti.example>", "Riunione di allineamento fornitura Q3",
  "Buongiorno,\n\nvi invio l'invito per la riunione di allineamento sulle consegne del terzo trimestre.\n\nCordiali saluti\nLuca Moretti",
  to=c("it", 1), tz="Europe/Rome")

# ===========================================================================
# booking_service (prices, phone numbers, deposits, confirm/cancel links)
H("booking_service", "mailer", "en", 2024, "Studio Nova Hair <bookings@studionova-hair.example>", "Balayage + cut with Leah",
  "Balayage + cut with Leah. Total £145 (deposit £30 paid). Studio Nova Hair, 14 Mill Lane. Call 01632 960412 to change.",
  body=mailer_body("Hi Priya,", "", "Your appointment is confirmed.", "", "Service: Balayage + cut with Leah (approx. 3 h)",
                   "Price: £145.00 – deposit of £30.00 paid, £115.00 due on the day", "Where: Studio Nova Hair, 14 Mill Lane",
                   "", "Need to change? Reschedule or cancel up to 48 hours before at https://book.studionova-hair.example/manage/8K2PQ",
                   "or call us on 01632 960412. Late cancellations forfeit the deposit.", "", "See you soon!", "Studio Nova"),
  to=c("en", 2), kit="alt_cal", method="REQUEST", dur=180, esp="sendgrid.net", ics_style="saas")
H("booking_service", "mailer", "fr", 2023, "Le Petit Zinc <reservations@lepetitzinc.example>", "Réservation Le Petit Zinc – 4 pers.",
  "Table pour 4 personnes. Le Petit Zinc, 8 place du Marché. Tél. 01 99 00 37 45",
  body=mailer_body("Bonjour Julien,", "", "Votre réservation est confirmée : samedi, 4 personnes, 20h00.",
                   "En cas d'empêchement merci de nous prévenir au 01 99 00 37 45.",
                   "Modifier ma réservation : https://resa.lepetitzinc.example/r/4XK29", "", "À bientôt !"),
  to=c("fr", 1), kit="alt_cal", method="PUBLISH", at=(4, "20:00"), dur=120, infra="postfix", auth="spf_only",
  xmailer="PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)", ics_style="saas")
H("booking_service", "mailer", "de", 2024, "Autohaus Krämer Service <service@autohaus-kraemer.example>", "Werkstatttermin: Inspektion + HU",
  "Inspektion nach Herstellervorgaben inkl. HU. Kostenvoranschlag ca. 289,00 € zzgl. Material. Rückfragen: 030 555 01 73",
  body=mailer_body("Guten Tag Herr Hartmann,", "", "vielen Dank für Ihre Terminbuchung.", "",
                   "Leistung: Inspektion + Hauptuntersuchung", "Voraussichtliche Kosten: ca. 289,00 € zzgl. Material",
                   "Fahrzeugannahme: 07:30 Uhr, Abholung ab 16:00 Uhr", "",
                   "Termin verschieben: https://termine.autohaus-kraemer.example/buchung/77310",
                   "Telefon Serviceannahme: 030 555 01 73", "", "Ihr Autohaus Krämer"),
  to=c("de", 2), kit="alt_cal", at=(6, "07:30"), dur=510, esp="amazonses.com", ics_style="saas")
H("booking_service", "mailer", "en", 2022, "Locked In Escape Rooms <hello@lockedin-rooms.example>", "Escape room: The Vault (6 players)",
  "Booking #ER-20931. The Vault, 6 players. Total paid $112.00. Arrive 15 minutes early. Questions: (503) 555-0140",
  body=mailer_body("Booking #ER-20931 confirmed!", "", "Room: The Vault", "Players: 6", "Total paid: $112.00 (card ending 4821)",
                   "Please arrive 15 minutes early for the briefing.", "Questions? Text or call (503) 555-0140.",
                   "Waiver: https://lockedin-rooms.example/waiver/ER-20931"),
  to=c("en", 3), kit="alt_cal", tz="America/Los_Angeles", method="PUBLISH", esp="sendgrid.net", ics_style="saas")
H("booking_service", "mailer", "es", 2023, "Spa Agua Clara <citas@spa-aguaclara.example>", "Masaje descontracturante 60 min",
  "Masaje descontracturante 60 min – 65 €. Cancelación gratuita hasta 24 h antes. Tel. +34 910 555 014",
  body=mailer_body("Hola Sofía,", "", "Te confirmamos tu cita:", "Masaje descontracturante (60 min) – 65 €",
                   "Si necesitas cancelar, hazlo con 24 h de antelación: https://reservas.spa-aguaclara.example/c/Q83L",
                   "Teléfono: +34 910 555 014"),
  to=c("es", 0), kit="alt_cal", esp="mailgun.net", ics_style="saas")
H("booking_service", "mailer", "nl", 2024, "Yogaschool Zon <rooster@yogaschool-zon.example>", "Vinyasa Flow (10-rittenkaart)",
  "Vinyasa Flow, elke dinsdag. 10-rittenkaart €135, 3 lessen resterend.",
  body=mailer_body("Hoi Sanne,", "", "Je bent ingeschreven voor Vinyasa Flow op dinsdag.", "Saldo 10-rittenkaart: 3 lessen.",
                   "Afmelden kan tot 2 uur vooraf via https://yogaschool-zon.example/mijn-account"),
  to=c("nl", 1), kit="alt_cal", rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=3", at=(2, "19:30"), dur=75, esp="mcsv.net", ics_style="saas")
H("booking_service", "mailer", "it", 2022, "Foto Studio Luce <info@fotostudioluce.example>", "Servizio fotografico famiglia",
  "Servizio fotografico in esterno, 90 minuti. Totale 280 €, acconto 80 € versato. Tel. 02 555 0198",
  body=mailer_body("Ciao Giulia,", "", "confermiamo il servizio fotografico di famiglia.", "Totale: 280 € – acconto di 80 € già versato, saldo alla consegna delle foto.",
                   "In caso di pioggia vi contatteremo per spostare la data. Tel. 02 555 0198"),
  to=c("it", 0), kit="alt_cal", dur=90, loc="Parco Sempione, ingresso Arco della Pace", infra="postfix", auth="spf_only", ics_style="saas")
H("booking_service", "mailer", "pl", 2023, "Szkoła Jazdy Prawko <zapisy@prawko-szkola.example>", "Jazda szkoleniowa – 2 h",
  "Jazda szkoleniowa, 2 godziny. Instruktor: Marek. Opłata 180 zł na miejscu.",
  body=mailer_body("Dzień dobry,", "", "potwierdzamy jazdę szkoleniową (2 h) z instruktorem Markiem.",
                   "Opłata: 180 zł, płatne na miejscu kartą lub gotówką.", "Zbiórka: parking przy ul. Lipowej 5."),
  to=c("pl", 1), kit="alt_cal", dur=120, infra="postfix", auth="pass_nodmarc", ics_style="saas",
  xmailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")
H("booking_service", "mailer", "sv", 2021, "Tennisklubben Ekbacken <bokning@tk-ekbacken.example>", "Banbokning bana 3",
  "Bana 3, 60 min. Pris 220 kr (dras från klubbkonto).",
  body=mailer_body("Hej Olof!", "", "Din bokning av bana 3 är klar. Pris 220 kr dras från ditt klubbkonto.",
                   "Avboka senast 24 timmar innan: https://tk-ekbacken.example/bokning"),
  to=c("sv", 1), kit="ics_att", att_name="bokning.ics", plain_first=True, esp="sendgrid.net", ics_style="saas", method="PUBLISH")
H("booking_service", "mailer", "en", 2025, "Pawfect Grooming <appointments@pawfect-grooming.example>", "Full groom for Biscuit",
  "Full groom (medium dog). Total due at pickup: $85. Call (617) 555-0122 if running late.",
  body=mailer_body("Hi Tom,", "", "Biscuit is booked in for a full groom.", "Total due at pickup: $85.00",
                   "Drop-off 9:00am, we'll text when ready. Running late? Call (617) 555-0122.",
                   "Manage booking: https://pawfect-grooming.example/b/77FQ2"),
  to=c("en", 3), kit="alt_cal", at=(5, "09:00"), dur=180, tz="America/New_York", esp="amazonses.com", ics_style="saas")
H("booking_service", "exchange", "en", 2024, "Northfield Room Booking <roombooking@northfield-eng.example>", "Meeting room Aurora booked",
  "Your booking is confirmed.\nRoom: Aurora (12 seats, screen, VC)\nCatering: coffee and pastries for 10 (charged to cost centre 4410)\nTo cancel, decline this meeting.",
  to=nf("Sam Carter", "sam.carter"), loc="Aurora – Level 3", busy="BUSY",
  prodid="Microsoft Exchange Server 2010")
H("booking_service", "mailer", "ja", 2019, "料理教室ひまわり <yoyaku@ryouri-himawari.example>", "和食の基本クラス（受講料 4,500円）",
  "和食の基本クラス。受講料4,500円（当日現金払い）。エプロンをご持参ください。お問い合わせ：03-5555-0123",
  body=mailer_body("佐藤様", "", "ご予約ありがとうございます。", "クラス：和食の基本", "受講料：4,500円（当日現金払い）",
                   "持ち物：エプロン、ハンドタオル", "キャンセルは前日までにご連絡ください：03-5555-0123"),
  to=c("ja", 0), kit="alt_cal", tz="Asia/Tokyo", infra="postfix", auth="spf_only", ics_style="saas")

# ===========================================================================
# bulk_webinar
H("bulk_webinar", "zoom", "en", 2023, "Ledgerly Webinars <no-reply@zoom.us>", "Ledgerly Live: Month-end close in 5 days",
  "Join our product team for a live walkthrough. Free to attend.",
  body=mailer_body("Hi Olivia,", "", "Thank you for registering for \"Ledgerly Live: Month-end close in 5 days\".", "",
                   "Please submit any questions to: webinars@ledgerly.example", "",
                   "Join from PC, Mac, iPad, or Android: https://us06web.zoom.us/w/86120933412?tk=Xq1b2c3d4e5f6g7h8i9j0k",
                   "Passcode: 771204", "", "You can cancel your registration at any time."),
  to=nf("Olivia Grant", "o.grant"), tz="America/New_York", esp="sendgrid.net", att_rcpt=False, organizer=False,
  url="https://us06web.zoom.us/w/86120933412", method="PUBLISH", feedback="webinar",
  dkim_domains=[("zoom.us", "s1"), ("sendgrid.net", "smtpapi")])
H("bulk_webinar", "mailer", "en", 2024, "Harbor Bank Business <events@harborbank-business.example>", "Webinar: Mastering cash flow in 2025",
  "Free webinar for business customers. Topics: forecasting, invoice financing, managing overdraft limits.",
  body=mailer_body("You're registered!", "", "Mastering cash flow in 2025", "A free webinar for Harbor Bank business customers.",
                   "Topics: 13-week cash forecasting, invoice financing, managing your overdraft limit.", "",
                   "Join link (unique to you): https://events.harborbank-business.example/join/4Q8ZP2", "",
                   "Harbor Bank will never ask for your password or one-time codes."),
  to=nf("Olivia Grant", "o.grant"), kit="alt_cal", att_rcpt=False, method="PUBLISH", esp="amazonses.com", ics_style="saas")
H("bulk_webinar", "mailer", "de", 2022, "Hochschule Harzberg – Studienberatung <studienberatung@uni-harzberg.example>",
  "Online-Infotag Master Informatik",
  "Informationen zu Studieninhalten, Bewerbung und Finanzierung (BAföG, Stipendien).",
  body=mailer_body("Liebe Interessierte,", "", "vielen Dank für Ihre Anmeldung zum Online-Infotag.",
                   "Zugang: https://uni-harzberg.example/webconf/infotag-master", "Themen: Studieninhalte, Bewerbung, Finanzierung (BAföG, Stipendien)"),
  to=c("de", 0), kit="alt_cal", method="PUBLISH", att_rcpt=False, infra="postfix", exim=True, ics_style="saas")
H("bulk_webinar", "mailer", "en", 2024, "Grow with Maya <maya@growwithmaya.example>", "FREE Masterclass: 10k followers in 90 days",
  "Limited seats! Live masterclass + bonus template pack for everyone who stays to the end.",
  body=mailer_body("Hey Jo!", "", "You're IN for the FREE masterclass 🎉", "", "How I grew to 10k followers in 90 days (without ads)",
                   "Stay till the end for my bonus template pack (worth $97) – free for live attendees only!", "",
                   "Your link: https://live.growwithmaya.example/room/masterclass", "", "See you there,", "Maya",
                   "", "You're receiving this because you signed up at growwithmaya.example. Unsubscribe anytime."),
  to=c("en", 1), kit="alt_cal", method="PUBLISH", att_rcpt=False, esp="mcsv.net", ics_style="saas", tz="America/Los_Angeles")
H("bulk_webinar", "mailer", "fr", 2023, "Congrès DesignTech <programme@designtech-congres.example>", "Atelier : typographie variable",
  "Votre session du congrès DesignTech. Salle B2.",
  body=mailer_body("Bonjour Claire,", "", "Voici votre session inscrite au congrès DesignTech :", "Atelier : typographie variable – salle B2",
                   "Badge à retirer à l'accueil sur présentation de votre QR code."),
  to=f"Claire Rivoire <claire@{RIVOIRE}>", kit="alt_cal", method="PUBLISH", esp="sparkpostmail.com", ics_style="saas",
  loc="Palais des Congrès, salle B2")
H("bulk_webinar", "mailer", "en", 2025, "Orbit Audio <hello@orbit-audio.example>", "Orbit Live: launch event + giveaway",
  "Watch the launch live. Every live viewer is entered into our giveaway for one of 50 pairs of headphones.",
  body=mailer_body("The wait is almost over.", "", "Join us live for the launch of Orbit Pro 3.",
                   "Everyone watching live is automatically entered into our giveaway – 50 pairs up for grabs. No purchase necessary; terms at https://orbit-audio.example/giveaway-terms",
                   "", "Add to calendar and watch at https://orbit-audio.example/live"),
  to=c("en", 5), kit="alt_cal", method="PUBLISH", att_rcpt=False, esp="sendgrid.net", ics_style="saas")
H("bulk_webinar", "mailer", "en", 2021, "Westbrook Building Society <seminars@westbrook-bs.example>", "Planning for retirement – online seminar",
  "Free online seminar on pensions, ISAs and drawdown. No products will be sold.",
  body=mailer_body("Dear Mr Bell,", "", "Thank you for booking our free online seminar \"Planning for retirement\".",
                   "We'll cover pensions, ISAs and income drawdown. No products will be sold on the call.",
                   "Joining details: https://westbrook-bs.example/seminars/join?id=RT-0921", "",
                   "Westbrook Building Society will never ask you to move money or share security details."),
  to=c("en", 5), kit="alt_cal", method="PUBLISH", att_rcpt=False, esp="amazonses.com", ics_style="saas")
H("bulk_webinar", "mailer", "en", 2023, "Revenue Service Events <events@revenue-service.example>", "Webinar: completing your Self Assessment tax return",
  "Live webinar for the newly self-employed: registering, deadlines, payments on account, expenses.",
  body=mailer_body("You're booked on:", "Completing your Self Assessment tax return (for the newly self-employed)", "",
                   "Topics: registering, key deadlines, payments on account, allowable expenses.",
                   "Join: https://events.revenue-service.example/webinar/SA-101", "",
                   "We will never ask for bank details or offer a refund by email, text or calendar invitation."),
  to=c("en", 0), kit="alt_cal", method="PUBLISH", att_rcpt=False, esp="mailgun.net", ics_style="saas")
H("bulk_webinar", "mailer", "es", 2024, "Meetup Dev Madrid <noreply@devmadrid.example>", "Charla: Rust en producción",
  "Charla mensual de la comunidad. Entrada libre, pizza y bebidas.",
  body=mailer_body("¡Hola!", "", "Te has apuntado a: Rust en producción", "Lugar: Campus Norte, Aula 3", "Entrada libre, habrá pizza y bebidas.",
                   "Si no puedes venir, libera tu plaza: https://devmadrid.example/eventos/rust/rsvp"),
  to=c("es", 1), kit="alt_cal", method="PUBLISH", rrule="FREQ=MONTHLY;BYDAY=3TH", at=(9, "19:00"), esp="sendgrid.net",
  ics_style="saas", loc="Campus Norte, Aula 3")
H("bulk_webinar", "mailer", "en", 2022, "Kraken-free Exchange Team <events@coinharbor-exchange.example>", "Quarterly AMA with our CEO",
  "Ask us anything about the roadmap, custody and proof of reserves. Streamed on our site.",
  body=mailer_body("Hi Marcus,", "", "Our quarterly AMA is on. Topics: roadmap, custody, proof-of-reserves report.",
                   "Watch live: https://coinharbor-exchange.example/ama", "",
                   "Reminder: we will never DM you first, ask for your seed phrase or ask you to send crypto to \"verify\" your account."),
  to=c("en", 5), kit="alt_cal", method="PUBLISH", att_rcpt=False, esp="sparkpostmail.com", ics_style="saas")
H("bulk_webinar", "mailer", "it", 2024, "Ordine dei Medici – Formazione <ecm@formazione-medici.example>", "Webinar ECM: antibiotico-resistenza",
  "Corso ECM accreditato (3 crediti). Partecipazione gratuita per gli iscritti.",
  body=mailer_body("Gentile dottoressa,", "", "la sua iscrizione al webinar ECM \"Antibiotico-resistenza: aggiornamenti 2024\" è confermata.",
                   "Crediti ECM: 3", "Link di accesso: https://formazione-medici.example/aula/ecm-2024-17"),
  to=c("it", 0), kit="alt_cal", method="PUBLISH", att_rcpt=False, infra="postfix", auth="pass", ics_style="saas")
H("bulk_webinar", "teams", "en", 2020, nf("Internal Communications", "comms"), "Town hall: 2021 strategy (Teams Live Event)",
  "All employees are invited to the annual strategy town hall. Questions can be submitted in the Q&A panel during the event.",
  to=nf("All Staff", "all-staff"), att_rcpt=False, att=[], dur=90)

# ===========================================================================
# school_series
H("school_series", "google", "en", 2023, "Coach Mike Dunn <coachmike.swim@gmail.com>", "Swim squad – Juniors",
  "Regular training session. Please arrive 10 min early, bring goggles and a water bottle. Fees for the term ($120) can be paid at reception.",
  to=c("en", 0), rrule="FREQ=WEEKLY;BYDAY=TU,TH", at=(1, "17:00"), dur=60, loc="Riverside Aquatic Centre", tz="America/Chicago")
H("school_series", "google", "de", 2024, f"Frau Schneider <k.schneider@grundschule-lindenweg.example>", "Elternabend Klasse 4b",
  "Themen: Übertritt an die weiterführende Schule, Klassenfahrt (Kosten ca. 180 € pro Kind), Wahl der Elternvertretung.",
  to=c("de", 1), loc="Klassenzimmer 4b", at=(8, "19:30"), dur=90)
H("school_series", "icloud", "fr", 2022, "Nathalie Perrin <nathalie.perrin.piano@icloud.com>", "Cours de piano – Léa",
  "Cours hebdomadaire. Règlement trimestriel (240 €) par virement ou chèque.", to=c("fr", 0),
  rrule="FREQ=WEEKLY;BYDAY=WE", at=(2, "14:00"), dur=45, tz="Europe/Paris")
H("school_series", "google", "en", 2024, f"Timetables <timetables@{LAKESIDE}>", "Year 9 Chemistry – Lab 2",
  "Spring term timetable. Lab coats and goggles required.", to=f"Ella Hughes <ella.hughes@{LAKESIDE}>",
  rrule="FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20240328T235959Z", mo=1, day=3, at=(5, "10:40"), dur=50, loc="Lab 2",
  exdate=["20240212T104000", "20240214T104000"])
H("school_series", "google", "nl", 2025, "Trainer Bas <bas.jeugd.vvrood@gmail.com>", "Training JO10-2",
  "Training op het kunstgrasveld. Scheenbeschermers verplicht!", to=c("nl", 0), rrule="FREQ=WEEKLY;BYDAY=TU,TH",
  at=(1, "17:30"), dur=75, loc="Sportpark De Rode Weide, veld 3")
H("school_series", "mailer", "en", 2019, f"Lakeside School <noreply@{LAKESIDE}>", "Parent-teacher conference – Mr. Okafor (Math)",
  "Your 10-minute slot. Please wait outside room 14.",
  body=mailer_body("Dear Parent/Carer,", "", "Your parent-teacher conference slot is confirmed:", "Mr. Okafor (Mathematics) – Room 14, 10 minutes.",
                   "To change your slot, log in to the parent portal: https://parents.lakeside-school.example/conferences"),
  to=c("en", 4), kit="alt_cal", dur=10, esp="amazonses.com", ics_style="saas", method="PUBLISH")
H("school_series", "exchange", "de", 2021, f"Prof. Dr. Meike Albers <m.albers@{HARZBERG}>", "Vorlesung Lineare Algebra I",
  "Vorlesung im Wintersemester. Die Übungsblätter erscheinen jeweils montags im Lernportal.",
  to=f"LA1 Teilnehmende <la1-ws21@lists.{HARZBERG}>", att_rcpt=False, rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20220211T235959Z",
  mo=10, day=4, at=(1, "10:15"), dur=90, loc="Hörsaal H3", infra="postfix", exim=True, auth="pass", mta=f"mail.{HARZBERG}")
H("school_series", "mailer", "en", 2023, f"Lakeside School <office@{LAKESIDE}>", "School closed – staff training day",
  "No pupils in school. Breakfast and after-school clubs are also closed.",
  body=mailer_body("Dear Parents and Carers,", "", "A reminder that school is closed to pupils for staff training.",
                   "Breakfast club and after-school clubs will not run.", "", "Mrs K. Doyle", "Headteacher"),
  to=c("en", 4), kit="alt_cal", allday=1, method="PUBLISH", att_rcpt=False, infra="google", auth="pass",
  dkim_domains=[(LAKESIDE, "google")], ics_style="saas")
H("school_series", "google", "es", 2024, "AMPA Colegio San Jorge <ampa.sanjorge@gmail.com>", "Reunión de padres – 3º B",
  "Orden del día: excursión de fin de curso (aprox. 35 € por alumno), fiesta de graduación, turnos de comedor.",
  to=c("es", 0), at=(6, "17:30"), dur=60, loc="Salón de actos")
H("school_series", "thunderbird", "en", 2018, "Scout Leader Ann Hughes <ann.hughes@riverbend-scouts.example>", "Troop meeting",
  "Weekly troop meeting. Subs £3 per week.", to=c("en", 5), rrule="FREQ=WEEKLY;BYDAY=TU", at=(3, "18:30"), dur=90,
  exdate=["20181225T183000", "20190101T183000"], mo=11, loc="St Mark's Church Hall", auth="spf_only")

# ===========================================================================
# it_notice
H("it_notice", "teams", "en", 2024, nf("IT Service Desk", "it-servicedesk"), "Info session: new password policy (no more 90-day expiry)",
  "From 1 March, passwords no longer expire every 90 days. Instead we require 14+ character passphrases and MFA for all accounts.\nThis session explains what changes and how to reset your password via https://passwordreset.northfield-eng.example.\nIT will never ask you for your password.",
  to=nf("Sam Carter", "sam.carter"), att_rcpt=False, att=[nf("All Staff", "all-staff")], dur=30)
H("it_notice", "exchange", "en", 2023, nf("IT Operations", "itops"), "Planned maintenance: email unavailable Sat 22:00–02:00",
  "Email, calendar and Teams chat may be unavailable while we upgrade the mail gateway. No action required.",
  to=nf("All Staff", "all-staff"), att_rcpt=False, att=[], at=(5, "22:00"), dur=240, transp="TRANSPARENT", busy="FREE")
H("it_notice", "google", "en", 2022, f"IT Support <itsupport@{LAKESIDE}>", "MFA enrollment drop-in session",
  "Bring your phone. We'll help you set up the authenticator app for your school account. Accounts without MFA will be restricted from 1 November.",
  to=f"Staff <staff@{LAKESIDE}>", att_rcpt=False, att=colleagues(20, 88, LAKESIDE), loc="Library", dur=120)
H("it_notice", "exchange", "de", 2024, nf("IT-Servicedesk", "it-servicedesk"), "Neue Passwort-Richtlinie ab 1. März – Fragestunde",
  "Ab 1. März gilt: Passwörter mit mindestens 14 Zeichen, Anmeldung nur noch mit MFA. In der Fragestunde erklären wir das Vorgehen.\nIhr Passwort ändern Sie wie gewohnt unter https://passwordreset.northfield-eng.example.\nWir fragen Sie niemals per E-Mail nach Ihrem Passwort.",
  to=nf("Tobias Krüger", "t.krueger"), att_rcpt=False, att=[nf("Alle Mitarbeitenden DE", "alle-de")])
H("it_notice", "zimbra", "fr", 2021, "Service Informatique <dsi@mairie-saint-aubin.example>", "Migration de votre boîte mail",
  "Votre boîte mail sera migrée vers le nouveau serveur pendant ce créneau. Merci de fermer Thunderbird avant 18h. Votre mot de passe reste inchangé.",
  to="Julien Fabre <j.fabre@mairie-saint-aubin.example>", at=(3, "18:00"), dur=120, infra="postfix", auth="permerror")
H("it_notice", "teams", "en", 2025, nf("Workplace IT", "workplace-it"), "Laptop refresh – swap appointment",
  "Please bring your current laptop and charger. Back up anything stored locally (Desktop, Downloads) to OneDrive beforehand. Expect 45 minutes.",
  to=nf("Jamie Fox", "j.fox"), loc="IT Bar, Level 1", dur=45)
H("it_notice", "teams", "en", 2023, nf("Security Awareness", "security"), "Mandatory: phishing awareness training",
  "Mandatory annual training. We'll look at real examples: fake invoices, 'urgent wire' requests from the CEO, gift card requests, fake shared documents and calendar invitations with login links.\nRemember: never enter your password after clicking a link in an email or invitation. Report with the 'Report phishing' button.",
  to=nf("Olivia Grant", "o.grant"), att_rcpt=False, att=[nf("All Staff", "all-staff")], dur=45)
H("it_notice", "exchange", "en", 2020, f"Computing Services <cs-notify@{HARZBERG}>", "VPN certificate renewal window",
  "VPN certificates issued in 2019 expire this month. Renew during this window via the self-service portal https://vpn.uni-harzberg.example/renew. Connections with an expired certificate will be refused.",
  to=f"Lukas Becker <l.becker@{HARZBERG}>", infra="postfix", exim=True, auth="pass")
H("it_notice", "google", "en", 2025, f"IT Team <it@{RIVOIRE}>", "SSO cut-over: sign in once to verify your account",
  "Tonight we switch to single sign-on. Tomorrow morning, sign in once at https://sso.atelier-rivoire.example to verify your account is linked. Questions: #it-help on Slack.",
  to=f"Hugo Martin <hugo@{RIVOIRE}>", att_rcpt=False, att=colleagues(12, 4, RIVOIRE), at=(1, "09:00"), dur=15)
H("it_notice", "exchange", "ja", 2024, f"情報システム部 <it-info@{HOSHINO}>", "【お知らせ】基幹システム定期メンテナンス",
  "定期メンテナンスのため、下記時間帯は基幹システムおよびVPNがご利用いただけません。ご不便をおかけしますが、ご協力をお願いいたします。",
  to=f"小林 真理 <m.kobayashi@{HOSHINO}>", att_rcpt=False, att=[], at=(6, "20:00"), dur=360, transp="TRANSPARENT", busy="FREE")

# ===========================================================================
# forwarded
H("forwarded", "exchange", "en", 2024, nf("Jamie Fox", "j.fox"), "Board meeting prep",
  subject="FW: Board meeting prep", org=nf("Martin Hale", "m.hale"),
  body_desc="\n-----Original Appointment-----\nFrom: Martin Hale\nSent: Monday\nTo: Jamie Fox; Olivia Grant\nSubject: Board meeting prep\nWhere: Boardroom\n\nHi Sam – forwarding so you can present the infrastructure slides.\n",
  desc="Walk through the board pack: financials, infrastructure roadmap, hiring.", to=nf("Sam Carter", "sam.carter"),
  att=[nf("Jamie Fox", "j.fox"), nf("Olivia Grant", "o.grant")], loc="Boardroom")
H("forwarded", "fwd", "en", 2023, "Marcus Bell <marcus.bell.home@gmail.com>", "Fwd: Invitation: Housing association AGM",
  body="Fwd to my other address so it's in my work calendar.\n\n", infra="gmail_smtp", to=c("en", 5),
  inner=dict(layout="google", lang="en", frm="Greenacre Residents <greenacre.residents@gmail.com>", summary="Housing association AGM",
             desc="Annual general meeting. Agenda: accounts, service charge for next year (+4%), election of committee.",
             to="Marcus Bell <marcus.bell.home@gmail.com>", at=(10, "19:00")))
H("forwarded", "thunderbird", "en", 2022, "Tomasz Lewandowski <tomasz@openmaps-contrib.example>", "OpenMaps contributors call",
  "Monthly call. Notes: https://wiki.openmaps-contrib.example/Calls", to="openmaps-dev <dev@lists.openmaps-contrib.example>",
  delivered_to=c("en", 2), rrule="FREQ=MONTHLY;BYDAY=1WE",
  list=dict(name="openmaps-dev", addr="dev@lists.openmaps-contrib.example", tag="[openmaps-dev]", munge=False),
  auth="list_broken")
H("forwarded", "google", "en", 2021, "Elena Petrova <elena.petrova.hiking@gmail.com>", "Group hike – Ridge Trail",
  "Meet at the trailhead car park. Bring water and layers.", to="Ridge Walkers <ridge-walkers@googlegroups.com>",
  headers=["List-ID: <ridge-walkers.googlegroups.com>", "Mailing-list: list ridge-walkers@googlegroups.com; contact ridge-walkers+owners@googlegroups.com",
           "Precedence: list", "List-Post: <https://groups.google.com/group/ridge-walkers/post>, <mailto:ridge-walkers@googlegroups.com>"],
  from_hdr="'Elena Petrova' via Ridge Walkers <ridge-walkers@googlegroups.com>", auth="list_munged",
  rp="ridge-walkers+bncBD4@googlegroups.com", dkim_domains=[("googlegroups.com", "20230601")], att_rcpt=False,
  att=["Ridge Walkers <ridge-walkers@googlegroups.com>"], delivered_to=c("en", 3))
H("forwarded", "exchange", "en", 2024, "Anthony Reyes <areyes@bluewater-systems.example>", "Bluewater quarterly roadmap",
  "Roadmap preview for key partners.", to="Sam Carter <sam.carter@example.net>",
  infra="forwarder", fwd_host="mail.northfield-eng.example", orig_rcpt="sam.carter@northfield-eng.example",
  auth="fwd_srs", rp="SRS0=ab1c=QX=bluewater-systems.example=areyes@northfield-eng.example",
  pre_received=["ARC-Seal: i=1; a=rsa-sha256; d=northfield-eng.example; s=arc-2024; cv=none;\n\tb=" + "Q" * 40,
                "ARC-Authentication-Results: i=1; mail.northfield-eng.example;\n\tdkim=pass header.d=bluewater-systems.example;\n\tspf=pass smtp.mailfrom=bluewater-systems.example;\n\tdmarc=pass header.from=bluewater-systems.example"])
H("forwarded", "exchange", "de", 2023, nf("Tobias Krüger", "t.krueger"), "Workshop Datenschutz",
  subject="WG: Workshop Datenschutz – neue DSGVO-Leitlinien", org="Dr. Ines Walter <i.walter@datenschutz-walter.example>",
  body_desc="\n-----Ursprünglicher Termin-----\nVon: Dr. Ines Walter\nBetreff: Workshop Datenschutz\n\nZur Info – ich kann nicht, vielleicht magst du hingehen?\n",
  desc="Workshop zu den neuen Leitlinien, Auftragsverarbeitung und Löschkonzepten. Teilnahmegebühr wird von der Firma übernommen.",
  to=nf("Petra Lang", "p.lang"), att=[nf("Tobias Krüger", "t.krueger")])
H("forwarded", "exchange", "en", 2024, nf("Microsoft Outlook", "m.hale"), "Meeting Forward Notification: Supplier review",
  "Your meeting was forwarded.\nJamie Fox has forwarded your meeting request to additional recipients.\n\nMeeting: Supplier review\nRecipients: Sam Carter",
  subject="Meeting Forward Notification: Supplier review", method="REPLY", ct_method="REPLY", org=nf("Martin Hale", "m.hale"),
  to=nf("Martin Hale", "m.hale"), att_rcpt=False, att=[(f"Sam Carter", f"sam.carter@{NORTHFIELD}", "NEEDS-ACTION", "REQ-PARTICIPANT")],
  vevent_extra=["X-MS-OLK-FORWARDNOTIFICATION:TRUE"])
H("forwarded", "outlook16", "de", 2019, f"Lukas Becker <l.becker@{HARZBERG}>", "Promotionskolloquium M. Sander",
  "Kolloquium zur Dissertation von Maria Sander. Gäste willkommen.", to="Lukas Becker <lukas.becker@example.net>",
  infra="forwarder", fwd_host=f"mail.{HARZBERG}", orig_rcpt=f"l.becker@{HARZBERG}", auth="fwd_broken",
  loc="Senatssaal", att_rcpt=False, att=[f"Institut Physik <physik-alle@{HARZBERG}>"])
H("forwarded", "exchange", "fr", 2022, f"Hugo Martin <hugo@{RIVOIRE}>", "Comité de pilotage",
  subject="TR: Comité de pilotage – refonte identité", org="Bertrand Lenoir <b.lenoir@client-orion.example>",
  body_desc="\n-----Rendez-vous d'origine-----\nDe : Bertrand Lenoir\nObjet : Comité de pilotage\n\nClaire, je te transfère l'invitation du client.\n",
  desc="Validation des pistes créatives et du budget (phase 2 : 18 500 € HT).", to=f"Claire Rivoire <claire@{RIVOIRE}>",
  infra="google", auth="pass", dkim_domains=[(RIVOIRE, "google")])
H("forwarded", "fwd", "en", 2020, "Karen Lowe <karen.lowe@example.net>", "Fwd: Invitation: Book launch – 'The Quiet Coast'",
  body="Thought you'd like this one – shall we go together?\n\nKaren\n", fwd_client="tb", to=c("en", 1), infra="postfix",
  mta="smtp.example.net", auth="pass",
  inner=dict(layout="thunderbird", lang="en", frm="Fernhill Books <events@fernhill-books.example>",
             summary="Book launch – 'The Quiet Coast'",
             desc="Reading and signing with the author. Free entry, wine and nibbles. Books available to buy on the night.",
             to="Karen Lowe <karen.lowe@example.net>", loc="Fernhill Books, 3 Harbour Street", at=(12, "18:30")))

# ===========================================================================
# personal_freemail
H("personal_freemail", "google", "en", 2023, "Beth Howard <beth.howard82@gmail.com>", "🎉 Mia turns 7! 🎈",
  "Party at the trampoline park! Pizza after. No gifts needed, but if you'd like to, we're doing a £10 collection towards a new bike 🚲",
  to=c("en", 4), loc="Jump Zone, Unit 4 Riverside Park", at=(9, "14:00"), dur=120)
H("personal_freemail", "gmx", "de", 2024, "Stefan Krause <stefan.krause@gmx.de>", "Grillabend bei uns 🔥",
  "Wir werfen den Grill an! Jeder bringt was mit (Salat, Getränke). Ab 18 Uhr.", to=c("de", 2), at=(6, "18:00"), dur=240)
H("personal_freemail", "mailer", "it", 2022, "Nonna Rosa <rosa.ferri@libero.it>", "Pranzo della domenica",
  "Pranzo di famiglia da noi. Porto le lasagne, voi il dolce!", body="Ciao a tutti, vi aspetto domenica a pranzo!\nUn bacione\nNonna Rosa\n",
  to=c("it", 0), kit="mixed_alt_att", infra="freemail", mta="smtp-out.libero.it", auth="pass", ics_style="kit",
  prodid="-//Italiaonline//Libero Calendario//IT", at=(4, "12:30"), dur=180)
H("personal_freemail", "thunderbird", "fr", 2021, "Céline Morel <celine.morel@orange.fr>", "Apéro chez nous",
  "Petit apéro à la maison samedi, vers 19h. Venez comme vous êtes !", to=c("fr", 1), infra="freemail", mta="smtp.orange.fr",
  auth="pass", at=(3, "19:00"), dur=180)
H("personal_freemail", "yahoo", "en", 2019, "Jenna & Chris <jenna.chris.wedding@yahoo.com>", "Save the date – Jenna & Chris 💍",
  "We're getting married! Formal invitation to follow. Registry: https://registry.weddinglist.example/jenna-chris (no pressure!). RSVP by 1 March please.",
  to=c("en", 1), allday=1, at=(160, "00:00"), tz="America/New_York", alarms=[])
H("personal_freemail", "exchange", "en", 2024, "Danny Ruiz <danny.ruiz@outlook.com>", "Poker night ♠️",
  "Usual crew, $20 buy-in, bring snacks. Loser hosts next month 😄", to=c("en", 3), infra="outlookcom",
  dkim_domains=[("outlook.com", "selector1")], at=(5, "19:30"), dur=240, tz="America/Chicago")
H("personal_freemail", "google", "pl", 2023, "Agnieszka Wójcik <aga.wojcik.dom@gmail.com>", "Urodziny Zosi 🎂",
  "Zapraszamy na 5. urodziny Zosi! Będzie tort i animatorka. Prosimy o potwierdzenie do piątku.", to=c("pl", 1),
  at=(11, "15:00"), dur=180, loc="Sala zabaw Bajkolandia")
H("personal_freemail", "icloud", "ja", 2024, "高橋 彩 <aya.takahashi@icloud.com>", "誕生日会🎂",
  "ささやかですが、ケンの誕生日会をします。会費3,000円です。", to=c("ja", 1), at=(8, "18:30"), dur=150, tz="Asia/Tokyo",
  loc="イタリアン・トラットリア 渋谷")
H("personal_freemail", "exchange", "nl", 2025, "Ingrid Visser <ingrid.visser@outlook.com>", "Verjaardag oma 90 jaar!",
  "Oma wordt 90! Koffie en taart vanaf 14:00, daarna borrel. Cadeautip: bijdrage aan haar reisje naar Texel.", to=c("nl", 0),
  infra="outlookcom", dkim_domains=[("outlook.com", "selector1")], at=(14, "14:00"), dur=300)
H("personal_freemail", "exchange", "es", 2022, "Lucía Ortega <lucia.ortega@hotmail.com>", "Cumpleaños de Lucía 🎉",
  "¡Celebro mis 30! Cena y luego copas. Reservado para 12 personas, cada uno paga lo suyo (~30 €).", to=c("es", 1),
  infra="outlookcom", dkim_domains=[("hotmail.com", "selector1")], at=(10, "21:00"), dur=240)
H("personal_freemail", "icloud", "en", 2018, "Rob Turner <rob.turner@me.com>", "Moving day – van booked 🚚",
  "Van booked 8am–2pm. Pizza and beer on me for anyone who helps lift the sofa!", to=c("en", 0), at=(12, "08:00"), dur=360,
  loc="Old flat: 22 Elm Road")
H("personal_freemail", "google", "sv", 2020, "Johan Ek <johan.ek.privat@gmail.com>", "Utflykt till sjön",
  "Vi tar tåget 09:12 från Centralen. Ta med matsäck och badkläder!", to=c("sv", 0), at=(5, "09:00"), dur=480)

# ===========================================================================
# travel_ticket
H("travel_ticket", "mailer", "en", 2024, "Skyline Air <noreply@skyline-air.example>", "Flight SK 482 London (LHR) – Lisbon (LIS)",
  "Booking reference Q7TR4M. Flight SK 482. Check-in opens 24 h before departure.",
  body=mailer_body("Your booking is confirmed", "", "Booking reference: Q7TR4M", "SK 482  London Heathrow (LHR) → Lisbon (LIS)",
                   "Fare: Economy Light – total paid £138.40 (incl. taxes and charges)", "",
                   "Manage booking: https://skyline-air.example/manage?ref=Q7TR4M",
                   "Online check-in opens 24 hours before departure."),
  to=c("en", 2), kit="alt_cal", method="PUBLISH", dur=165, esp="amazonses.com", ics_style="saas", loc="London Heathrow Terminal 2")
H("travel_ticket", "mailer", "de", 2023, "Bahnreisen Buchung <buchung@bahnreisen.example>", "Hinfahrt Berlin Hbf → München Hbf",
  "Auftrag 4477219. ICE 1005, Wagen 7, Platz 64. Preis 59,90 €.",
  body=mailer_body("Ihre Buchungsbestätigung", "", "Auftragsnummer: 4477219", "Hinfahrt: Berlin Hbf → München Hbf, ICE 1005",
                   "Reservierung: Wagen 7, Platz 64", "Gesamtpreis: 59,90 €", "",
                   "Ihr Ticket finden Sie im Anhang sowie in der App."),
  to=c("de", 0), kit="plain_att", att_name="BAHN_Hinfahrt.ics", method="PUBLISH", plain_first=True, dur=240,
  infra="postfix", mta="mailout.bahnreisen.example", auth="pass", ics_style="saas", prodid="https://www.bahnreisen.example",
  organizer=False, att_rcpt=False)
H("travel_ticket", "mailer", "fr", 2022, "Hôtel des Remparts <reservation@hotel-remparts.example>", "Séjour Hôtel des Remparts",
  "Chambre double, 2 nuits, 238 € petit-déjeuner inclus. Taxe de séjour 2,20 €/nuit à régler sur place.",
  body=mailer_body("Bonjour Madame Dubois,", "", "Nous avons le plaisir de confirmer votre réservation :", "Chambre double supérieure – 2 nuits",
                   "Tarif : 238 € petit-déjeuner inclus (prépayé)", "Taxe de séjour : 2,20 € par nuit, à régler sur place",
                   "Arrivée à partir de 15h. Tél. réception : 01 99 00 18 62"),
  to=c("fr", 0), kit="alt_cal", allday=2, method="PUBLISH", esp="sendgrid.net", ics_style="saas")
H("travel_ticket", "mailer", "es", 2024, "RentaCar Sol <reservas@rentacar-sol.example>", "Recogida vehículo – Málaga Aeropuerto",
  "Reserva RS-88120. Depósito de 300 € en tarjeta de crédito a la recogida.",
  body=mailer_body("Hola Javier,", "", "Tu reserva RS-88120 está confirmada.", "Grupo C (Seat León o similar), 5 días – 164,50 €",
                   "Se bloqueará un depósito de 300 € en tu tarjeta de crédito al recoger el vehículo.",
                   "Mostrador: Terminal 3, planta 0."),
  to=c("es", 1), kit="alt_cal", method="PUBLISH", esp="mailgun.net", ics_style="saas", loc="Aeropuerto de Málaga, T3")
H("travel_ticket", "mailer", "it", 2023, "Traghetti Azzurri <biglietti@traghetti-azzurri.example>", "Napoli → Capri, corsa delle 08:35",
  "Biglietto n. TA-552901. 2 adulti, 47,20 €.",
  body=mailer_body("Gentile cliente,", "", "grazie per l'acquisto.", "Biglietto: TA-552901 – Napoli Molo Beverello → Capri",
                   "Passeggeri: 2 adulti – Totale 47,20 €", "Presentarsi all'imbarco 20 minuti prima della partenza."),
  to=c("it", 1), kit="ics_att", att_name="biglietto.ics", method="PUBLISH", at=(9, "08:35"), dur=50, esp="sparkpostmail.com",
  ics_style="saas", plain_first=True)
H("travel_ticket", "mailer", "en", 2025, "Nestaway Host Messages <automated@nestaway-stays.example>", "Your stay at Harbour Loft",
  "Check-in from 3pm. Door code is sent on the day of arrival. Host: Gemma.",
  body=mailer_body("Your stay at Harbour Loft is coming up!", "", "Check-in: from 3:00pm  ·  Checkout: 11:00am",
                   "Your door code will be sent on the morning of arrival.",
                   "Only pay and message through the app – never by bank transfer or off-platform links."),
  to=c("en", 0), kit="alt_cal", allday=3, method="PUBLISH", esp="sendgrid.net", ics_style="saas")
H("travel_ticket", "mailer", "pl", 2024, "BusLinia <bilety@buslinia.example>", "Kraków → Warszawa, 07:15",
  "Bilet BL-229103, miejsce 14. Cena 49 zł.",
  body=mailer_body("Dziękujemy za zakup biletu!", "", "Numer biletu: BL-229103", "Kraków MDA → Warszawa Zachodnia, odjazd 07:15",
                   "Miejsce: 14  ·  Cena: 49 zł"),
  to=c("pl", 0), kit="alt_cal", method="PUBLISH", at=(3, "07:15"), dur=285, esp="amazonses.com", ics_style="saas")
H("travel_ticket", "mailer", "en", 2019, "TripDesk Itineraries <plans@tripdesk.example>", "Itinerary: Chicago conference trip",
  "Flight, hotel and conference in one itinerary.",
  body=mailer_body("Your itinerary has been updated.", "", "Flight UA-style 1184 to ORD", "Hotel: Lakeshore Grand, 3 nights ($612.75 total)",
                   "Conference: DevSummit, badge pickup Hall A"),
  to=nf("Jamie Fox", "j.fox"), kit="alt_cal", method="PUBLISH", esp="sendgrid.net", ics_style="saas",
  extra_vevents=[{"summary": "Check in: Lakeshore Grand", "desc": "Confirmation 88123401. 3 nights.", "uid": None},
                 {"summary": "DevSummit – badge pickup", "desc": "Hall A", "uid": None}])
H("travel_ticket", "mailer", "en", 2023, "Arena Tickets <tickets@arena-tickets.example>", "The Lanterns – live at Westfield Arena",
  "Order 5521-8830. 2 × Standing £48.50. Doors 6:30pm. Do not share your QR codes.",
  body=mailer_body("You're going! 🎶", "", "Order 5521-8830", "The Lanterns – Westfield Arena", "2 × Standing – £97.00 + £6.20 fees",
                   "Doors 6:30pm. Your tickets are in the app. Do not share your QR codes – each can be scanned once."),
  to=c("en", 1), kit="alt_cal", method="PUBLISH", at=(40, "19:30"), dur=180, esp="sparkpostmail.com", ics_style="saas")
H("travel_ticket", "mailer", "ja", 2024, "旅のたまご ツアーデスク <tour@tabi-tamago.example>", "京都日帰りバスツアー（集合 8:00）",
  "予約番号 TT-30218。旅行代金 12,800円（お支払い済み）。",
  body=mailer_body("田中 健 様", "", "ご予約ありがとうございます。", "予約番号：TT-30218", "京都日帰りバスツアー　旅行代金 12,800円（お支払い済み）",
                   "集合：新宿駅西口 8:00"),
  to=c("ja", 1), kit="alt_cal", method="PUBLISH", at=(14, "08:00"), dur=720, tz="Asia/Tokyo", esp="amazonses.com", ics_style="saas")

# ===========================================================================
# finance_legit
H("finance_legit", "mailer", "en", 2023, "Harbor Bank <appointments@harborbank.example>", "Mortgage review with your adviser",
  "Your mortgage review appointment. Please have recent payslips and bank statements ready.",
  body=mailer_body("Dear Ms Lowe,", "", "Your mortgage review with Daniel Okoye is confirmed (video call).",
                   "Please have your last three payslips and bank statements to hand.",
                   "We'll send the video link on the day through your online banking inbox – we never send links to sign in.",
                   "To rearrange, call 0808 157 0123."),
  to=c("en", 4), kit="alt_cal", esp="amazonses.com", ics_style="saas", method="REQUEST", dur=60)
H("finance_legit", "outlook16", "de", 2024, "Steuerkanzlei Vogel <kanzlei@steuer-vogel.example>", "Besprechung Jahresabschluss 2023",
  "Sehr geehrte Frau Vogt,\n\nwir besprechen den Jahresabschluss und die voraussichtliche Steuerrückerstattung (ca. 2.400 €). Bitte bringen Sie die Belege zu Handwerkerleistungen mit.",
  to=c("de", 1), infra="postfix", auth="pass", loc="Kanzlei, Bahnhofstr. 9")
H("finance_legit", "teams", "en", 2022, nf("Olivia Grant", "o.grant"), "AR review: overdue invoices > 60 days",
  "Review the aged receivables report. Focus: 3 customers over 60 days, dunning letters, credit holds.",
  to=nf("Martin Hale", "m.hale"), att=[nf("Jamie Fox", "j.fox")], dur=45)
H("finance_legit", "exchange", "en", 2024, nf("Payroll", "payroll"), "Payroll cut-off – submit overtime and expenses",
  "Monthly reminder: overtime, expenses and bank detail changes must be in the HR portal by 12:00 today. Changes to bank details require a call-back verification with HR.",
  to=nf("All Staff", "all-staff"), att_rcpt=False, att=[], rrule="FREQ=MONTHLY;BYMONTHDAY=20", at=(2, "09:00"), dur=15,
  transp="TRANSPARENT", busy="FREE")
H("finance_legit", "google", "fr", 2021, "Cabinet Martel Expertise <rdv@martel-expertise.example>", "Rendez-vous bilan annuel",
  "Bilan annuel de la micro-entreprise : chiffre d'affaires, cotisations URSSAF, TVA. Honoraires : 180 € HT.",
  to=c("fr", 0), auth="gcal_foreign_nodmarc", tz="Europe/Paris")
H("finance_legit", "mailer", "es", 2023, "Seguros Horizonte <peritos@seguros-horizonte.example>", "Visita del perito – siniestro 2023/55812",
  "Visita del perito para valorar los daños por agua. Indemnización estimada según póliza.",
  body=mailer_body("Estimado cliente,", "", "Le confirmamos la visita del perito para el siniestro 2023/55812 (daños por agua).",
                   "Por favor, tenga a mano facturas o fotos de los bienes dañados.", "Teléfono de contacto: +34 910 555 077"),
  to=c("es", 0), kit="alt_cal", esp="mailgun.net", ics_style="saas")
H("finance_legit", "google", "en", 2020, "Maple Street Investment Club <maplestreet.invest.club@gmail.com>", "Monthly portfolio review",
  "Bring your spreadsheets! We'll review the index funds, vote on the Bitcoin ETF proposal and collect the monthly $50 contributions.",
  to=c("en", 5), rrule="FREQ=MONTHLY;BYDAY=2TH", at=(8, "19:00"), dur=120, loc="Community Library, Room B", tz="America/New_York")
H("finance_legit", "teams", "en", 2025, nf("Finance Team", "finance"), "Reminder: Q1 expense reports due",
  "Submit all Q1 expense reports with receipts in the expenses tool before Friday. Unsubmitted claims will roll into Q2.",
  to=nf("All Staff", "all-staff"), att_rcpt=False, att=[], dur=15, transp="TRANSPARENT", busy="FREE")

# ===========================================================================
# recruiting
H("recruiting", "mailer", "en", 2024, "Talent at Meridian Health <no-reply@hireflow.example>", "Interview: Senior Data Engineer – Meridian Health",
  "Video interview with the hiring panel (60 min). Link below.",
  body=mailer_body("Hi Sam,", "", "Thanks for confirming! Your interview for Senior Data Engineer is scheduled.",
                   "Panel: Grace Li (Engineering Manager), Omar Haddad (Staff Engineer)",
                   "Join: https://meet.hireflow.example/i/9XK2-PQ8L", "", "Need to reschedule? https://hireflow.example/candidate/reschedule/9XK2"),
  to=c("en", 0), kit="alt_cal", esp="sendgrid.net", ics_style="saas", reply_to="Grace Li <grace.li@meridian-health.example>")
H("recruiting", "google", "en", 2023, "Chloe Adams <chloe.adams.recruits@gmail.com>", "Intro call – Senior Backend Engineer (remote, $170–190k)",
  "Hi Tom, thanks for connecting on LinkedIn! Quick intro call about a fully remote Senior Backend role at a Series B fintech ($170–190k + equity). No prep needed.",
  to=c("en", 3), meet=True, tz="America/New_York", dur=30)
H("recruiting", "exchange", "de", 2022, "Personalabteilung Stadtwerke Rheinau <bewerbung@stadtwerke-rheinau.example>", "Vorstellungsgespräch Sachbearbeitung Finanzbuchhaltung",
  "Sehr geehrte Frau Vogt,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen. Bitte bringen Sie Ihre Zeugnisse mit. Fahrtkosten werden nicht erstattet.\n\nMit freundlichen Grüßen\nPersonalabteilung",
  to=c("de", 1), loc="Verwaltungsgebäude, Raum 112")
H("recruiting", "google", "fr", 2024, "Recrutement Studio Kairos <recrutement@studio-kairos.example>", "Entretien – Designer UX/UI",
  "Entretien avec la directrice artistique (45 min) puis présentation de votre portfolio.", to=c("fr", 1), meet=True, dur=45,
  auth="gcal_foreign")
H("recruiting", "teams", "en", 2025, nf("Talent Acquisition", "talent"), "Panel interview – Structural Engineer (candidate: A. Mensah)",
  "Interview pack and scorecard attached in the Teams chat. Please submit your feedback within 24 hours.",
  to=nf("Sam Carter", "sam.carter"), att=[nf("Rebecca Stone", "r.stone"), nf("Petra Lang", "p.lang")], dur=60)
H("recruiting", "mailer", "nl", 2021, "Stagebureau Deltaport <stages@deltaport-logistics.example>", "Assessmentdag stageplaatsen",
  "Assessmentdag voor de stageplaatsen. Stagevergoeding €550 per maand.",
  body=mailer_body("Beste Daan,", "", "Je bent uitgenodigd voor onze assessmentdag.", "Programma: casus, groepsopdracht en kennismaking.",
                   "De stagevergoeding bedraagt €550 per maand.", "Graag je ID meenemen."),
  to=c("nl", 0), kit="alt_cal", esp="mailgun.net", ics_style="saas", dur=360)
H("recruiting", "mailer", "en", 2024, "Codepair Interviews <interviews@codepair.example>", "Technical interview – pairing session",
  "90 min pairing exercise in the browser. No installation needed.",
  body=mailer_body("Your technical interview is booked.", "", "Format: 90 min pair-programming exercise in the browser.",
                   "Session link: https://codepair.example/session/ab12-cd34", "No installation needed; use Chrome or Firefox."),
  to=c("en", 5), kit="alt_cal", esp="amazonses.com", ics_style="saas", dur=90)
H("recruiting", "exchange", "en", 2019, f"Careers Service <careers@{HARZBERG}>", "Career fair – exhibitor slot confirmed",
  "Your company's stand at the international career fair. Stand B14. Setup from 8:00. Stand fee (€450) invoiced separately.",
  to=nf("Talent Acquisition", "talent"), infra="postfix", exim=True, auth="pass", allday=1, method="REQUEST")
H("recruiting", "exchange", "ja", 2023, f"人事部 採用担当 <saiyo@{HOSHINO}>", "一次面接のご案内（営業職）",
  "一次面接のご案内です。当日は履歴書と職務経歴書をご持参ください。交通費は支給いたしません。", to=c("ja", 1), loc="本社 5F 面接室")
H("recruiting", "google", "es", 2025, "Selección Grupo Altamira <seleccion@grupo-altamira.example>", "Entrevista – Técnico de mantenimiento",
  "Entrevista presencial con el jefe de planta. Salario según convenio.", to=c("es", 0), auth="pass", loc="Polígono Industrial Norte, nave 7")

# ===========================================================================
# community_list
H("community_list", "thunderbird", "en", 2022, "Dana Whitfield <dana@fossfin.example>", "FossFin community call",
  "Monthly community call. Agenda: release 2.4, CI migration, good first issues.\nhttps://meet.jit.si/FossFinCommunity",
  to="FossFin Dev <dev@lists.fossfin.example>", att_rcpt=False, rrule="FREQ=MONTHLY;BYDAY=2TU", method="PUBLISH",
  list=dict(name="FossFin Dev", addr="dev@lists.fossfin.example", tag="[FossFin-dev]", munge=True), auth="list_munged",
  dkim_domains=[("lists.fossfin.example", "list")], delivered_to=c("en", 2))
H("community_list", "gmx", "de", 2019, "Chorleitung Eva Brandl <eva.brandl@web.de>", "Chorprobe Kirchenchor St. Marien",
  "Probe für das Adventskonzert. Bitte Noten mitbringen.", to=c("de", 0), rrule="FREQ=WEEKLY;BYDAY=TH", at=(2, "19:30"),
  loc="Pfarrsaal St. Marien")
H("community_list", "mailer", "fr", 2023, "Association Quartier Vert <contact@quartier-vert.example>", "Grand nettoyage du quartier",
  "Rendez-vous place de la Fontaine. Gants et sacs fournis. Goûter offert !",
  body=mailer_body("Bonjour à toutes et à tous,", "", "Notre grand nettoyage de printemps aura lieu samedi matin.",
                   "Gants et sacs fournis, goûter offert à la fin !"),
  to=c("fr", 0), kit="alt_cal", method="PUBLISH", infra="postfix", auth="none", ics_style="saas", loc="Place de la Fontaine",
  xmailer="PHPMailer 5.2.27 (https://github.com/PHPMailer/PHPMailer)", utc_times=True)
H("community_list", "mailer", "en", 2024, "Harbourside Runners <events@harbourside-runners.example>", "Sunday long run – 18 km",
  "Meet at the lighthouse, 3 pace groups. Members free, guests £3.",
  body=mailer_body("You're going to Sunday long run – 18 km", "", "Meeting point: the lighthouse", "3 pace groups (5:00, 5:30, 6:00 /km)",
                   "Members free, guests £3 on the day.", "", "Can't make it? Update your RSVP: https://harbourside-runners.example/e/182"),
  to=c("en", 3), kit="alt_cal", method="PUBLISH", esp="sendgrid.net", ics_style="saas", at=(4, "08:00"))
H("community_list", "google", "it", 2021, "Club del Libro Aurora <clubdellibro.aurora@gmail.com>", "Club del libro – \"Il Gattopardo\"",
  "Discutiamo i capitoli 1–4. Porta qualcosa da sgranocchiare!", to=c("it", 1), rrule="FREQ=MONTHLY;BYDAY=-1WE",
  at=(7, "20:30"), loc="Biblioteca di quartiere")
H("community_list", "exchange", "de", 2024, "Freiwillige Feuerwehr Ortsteil Nord <wehrfuehrung@ff-nord.example>", "Übungsabend Atemschutz",
  "Übung Atemschutz und Funk. Einsatzkleidung mitbringen.", to=c("de", 2), rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
  at=(3, "19:00"), dur=150, loc="Gerätehaus Nord", infra="postfix", auth="spf_only")
H("community_list", "mailer", "en", 2025, "HackHarbor <team@hackharbor.example>", "HackHarbor 2025 – registration confirmed",
  "48-hour hackathon. $10,000 in prizes. Free entry, food provided.",
  body=mailer_body("You're registered for HackHarbor 2025! 🎉", "", "48 hours of building. $10,000 in prizes across 4 tracks.",
                   "Free entry – meals, snacks and caffeine provided.", "Bring a laptop, charger and photo ID.", "",
                   "Discord: https://discord.gg/hackharbor25"),
  to=c("en", 5), kit="alt_cal", method="PUBLISH", esp="mailgun.net", ics_style="saas", allday=2)
H("community_list", "mailer", "nl", 2020, "Buurttuin De Pluk <info@buurttuin-depluk.example>", "Werkochtend buurttuin",
  "Onkruid wieden en oogsten. Koffie staat klaar.",
  body="Hallo tuinders,\n\nZaterdag is er weer een werkochtend. Koffie staat klaar!\n\nGroet,\nDe Pluk\n",
  to=c("nl", 1), kit="alt_cal", method="PUBLISH", infra="postfix", auth="none", ics_style="saas", rrule="FREQ=MONTHLY;BYDAY=1SA")
H("community_list", "mailer", "en", 2023, "Brightwater Children's Charity <gala@brightwater-charity.example>", "Winter Gala 2023",
  "Black tie. Tickets £75 incl. three-course dinner. Auction and raffle in aid of the children's ward.",
  body=mailer_body("Thank you for booking the Winter Gala!", "", "Tickets: 2 × £75 (paid)",
                   "Black tie. Raffle tickets (£5) and silent auction on the night – all proceeds to the children's ward.",
                   "Registered charity no. 1234567 (example)."),
  to=c("en", 4), kit="alt_cal", method="PUBLISH", esp="mcsv.net", ics_style="saas", at=(30, "18:30"), dur=330)
H("community_list", "google", "es", 2024, "Intercambio Idiomas Valencia <intercambio.valencia@gmail.com>", "Intercambio de idiomas – jueves",
  "Inglés, francés, alemán y español. Consumición mínima en el bar.", to=c("es", 1), rrule="FREQ=WEEKLY;BYDAY=TH",
  at=(2, "20:00"), dur=120, loc="Bar La Pérgola", tz="Europe/Madrid")

# ===========================================================================
# itip_non_request (replies, cancellations, counters, updates, publishes)
H("itip_non_request", "google", "en", 2024, "Nadia Flores <nadia@cloudmetric-analytics.example>", "CloudMetric demo",
  "", method="REPLY",
  body="Nadia Flores has accepted this invitation.\n\nCloudMetric demo\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n",
  org=nf("Jamie Fox", "j.fox"), to=nf("Jamie Fox", "j.fox"), att_rcpt=False,
  att=[("Nadia Flores", "nadia@cloudmetric-analytics.example", "ACCEPTED", "REQ-PARTICIPANT")], alarms=[])
H("itip_non_request", "exchange", "en", 2023, "Laura Kim <laura.kim@harlow-audit.example>", "Audit close meeting",
  "", method="REPLY", subject="Declined: Audit close meeting", body_desc="Sorry, I'm travelling that day – could we do Thursday?\n",
  org=nf("Olivia Grant", "o.grant"), to=nf("Olivia Grant", "o.grant"), att_rcpt=False,
  att=[("Laura Kim", "laura.kim@harlow-audit.example", "DECLINED", "REQ-PARTICIPANT")], alarms=[])
H("itip_non_request", "exchange", "en", 2022, nf("Rebecca Stone", "r.stone"), "Design review – bridge deck",
  "The review is cancelled; we'll combine it with next week's session.", method="CANCEL", seq=2,
  to=nf("Sam Carter", "sam.carter"), alarms=[], status="CANCELLED")
H("itip_non_request", "google", "en", 2024, "Coach Mike Dunn <coachmike.swim@gmail.com>", "Swim squad – Juniors",
  "Pool closed for maintenance – no sessions until further notice.", method="CANCEL", seq=3,
  rrule="FREQ=WEEKLY;BYDAY=TU,TH", to=c("en", 0), tz="America/Chicago")
H("itip_non_request", "exchange", "en", 2023, "Anthony Reyes <areyes@bluewater-systems.example>", "Northfield / Bluewater – integration call",
  "", method="COUNTER", subject="New Time Proposed: Northfield / Bluewater – integration call",
  body_desc="Could we move this an hour later? I have a clash.\n", org=nf("Sam Carter", "sam.carter"), to=nf("Sam Carter", "sam.carter"),
  att_rcpt=False, att=[("Anthony Reyes", "areyes@bluewater-systems.example", "TENTATIVE", "REQ-PARTICIPANT")], alarms=[],
  tz="America/Chicago")
H("itip_non_request", "google", "fr", 2023, f"Claire Rivoire <claire@{RIVOIRE}>", "Point hebdo équipe",
  "Tour de table des projets en cours. Nouveau lieu : salle du 2e.", seq=4, to=f"Hugo Martin <hugo@{RIVOIRE}>",
  rrule="FREQ=WEEKLY;BYDAY=MO", at=(2, "09:30"), dur=30, loc="Salle du 2e étage")
H("itip_non_request", "icloud", "en", 2021, "Rob Turner <rob.turner@me.com>", "Moving day",
  "", method="REPLY", subject="Rob Turner has tentatively accepted your invitation", org=c("en", 0), to=c("en", 0),
  att_rcpt=False, att=[("Rob Turner", "rob.turner@me.com", "TENTATIVE", "REQ-PARTICIPANT")], alarms=[],
  body="Rob Turner has tentatively accepted your invitation to “Moving day”.\n")
H("itip_non_request", "thunderbird", "de", 2019, "Jonas Keller <j.keller@kanzlei-brandt.example>", "Mandantengespräch Müller",
  "", method="REPLY", subject="Angenommen: Mandantengespräch Müller", org=f"Anja Weber <a.weber@{BRANDT}>",
  to=f"Anja Weber <a.weber@{BRANDT}>", att_rcpt=False, att=[("Jonas Keller", f"j.keller@{BRANDT}", "ACCEPTED", "REQ-PARTICIPANT")],
  body="Jonas Keller hat diese Einladung angenommen.\n", infra="postfix", dkim_domains=[(BRANDT, "mail")], alarms=[])
H("itip_non_request", "exchange", "en", 2025, nf("Jamie Fox", "j.fox"), "Sprint 42 planning",
  "This occurrence is cancelled (public holiday).", method="CANCEL", seq=1, to=nf("Sam Carter", "sam.carter"),
  recurrence_id="RECURRENCE-ID;TZID=GMT Standard Time:20250505T093000", alarms=[], mo=4, day=28, at="2025-05-05 09:30",
  dur=90)
H("itip_non_request", "mailer", "en", 2020, nf("Rebecca Stone", "r.stone"), "Team holiday calendar 2021",
  "Bank holidays and office closures for 2021.", body="Hi all,\n\nAttached is next year's holiday calendar – import it into your calendar.\n\nRebecca\n",
  to=nf("All Staff", "all-staff"), kit="ics_att", att_name="holidays-2021.ics", plain_first=True, method="PUBLISH",
  allday=1, att_rcpt=False, organizer=False, infra="m365", dkim_domains=[(NORTHFIELD, "selector1")], ics_style="kit",
  prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", mo=12, day=10, at=(22, "00:00"),
  extra_vevents=[{"summary": "Office closed", "uid": None}, {"summary": "New Year's Day", "uid": None}])

# ===========================================================================
# health_appointment
H("health_appointment", "mailer", "en", 2024, "Bright Smile Dental <reminders@brightsmile-dental.example>", "Dental check-up and hygienist",
  "Check-up + hygienist (40 min). £25 fee for cancellations with less than 24 h notice. Call 01632 960 233.",
  body=mailer_body("Hi Jo,", "", "Reminder of your appointment: check-up and hygienist (40 min).",
                   "Please let us know at least 24 hours in advance if you can't attend – late cancellations are charged £25.",
                   "Call 01632 960 233 or reply CONFIRM to the text message we'll send the day before."),
  to=c("en", 1), kit="alt_cal", dur=40, esp="amazonses.com", ics_style="saas")
H("health_appointment", "mailer", "de", 2023, "Praxis Dr. Hoffmann via Terminfix <noreply@terminfix.example>", "Termin Hausarztpraxis Dr. Hoffmann",
  "Vorsorgeuntersuchung. Bitte Versichertenkarte mitbringen.",
  body=mailer_body("Guten Tag Frau Vogt,", "", "Ihr Termin bei Dr. med. Hoffmann ist bestätigt: Vorsorgeuntersuchung (Check-up 35).",
                   "Bitte bringen Sie Ihre Versichertenkarte mit und kommen Sie nüchtern.",
                   "Termin absagen: https://terminfix.example/termin/absagen/K8Q2"),
  to=c("de", 1), kit="alt_cal", dur=30, esp="sendgrid.net", ics_style="saas", at=(3, "08:15"))
H("health_appointment", "mailer", "fr", 2021, "Centre de vaccination Les Tilleuls <rdv@vaccination-tilleuls.example>", "Vaccination – 1re injection",
  "Munissez-vous de votre carte Vitale et d'une pièce d'identité.",
  body=mailer_body("Bonjour,", "", "Votre rendez-vous de vaccination (1re injection) est confirmé.",
                   "Munissez-vous de votre carte Vitale et d'une pièce d'identité. Le vaccin est gratuit."),
  to=c("fr", 1), kit="alt_cal", dur=15, esp="mailgun.net", ics_style="saas")
H("health_appointment", "google", "es", 2022, "Fisioterapia Marina <fisio.marina.citas@gmail.com>", "Sesión de fisioterapia – rodilla",
  "Sesión de 45 min. Tarifa 40 €, bono de 5 sesiones 180 €. Trae ropa cómoda.", to=c("es", 0), dur=45, tz="Europe/Madrid")
H("health_appointment", "mailer", "en", 2025, "Oakridge Vet Clinic <care@oakridge-vet.example>", "Annual vaccines for Biscuit",
  "Annual booster + health check. Estimated cost $92. Call (617) 555-0109 to reschedule.",
  body=mailer_body("Biscuit is due for annual vaccines!", "", "Appointment: annual booster + health check",
                   "Estimated cost: $92.00", "To reschedule call (617) 555-0109."),
  to=c("en", 3), kit="alt_cal", dur=30, esp="sendgrid.net", ics_style="saas", tz="America/New_York")
H("health_appointment", "mailer", "it", 2024, "Laboratorio Analisi Salus <prenotazioni@lab-salus.example>", "Prelievo del sangue – digiuno",
  "Presentarsi a digiuno da almeno 8 ore con impegnativa e tessera sanitaria. Ticket 36,15 €.",
  body=mailer_body("Gentile Sig. Rinaldi,", "", "le confermiamo la prenotazione per il prelievo.",
                   "Presentarsi a digiuno da almeno 8 ore con impegnativa e tessera sanitaria.", "Ticket: 36,15 €"),
  to=c("it", 1), kit="alt_cal", dur=15, infra="postfix", auth="pass", ics_style="saas", at=(4, "07:40"))
H("health_appointment", "mailer", "nl", 2023, "Optiek Helder <afspraak@optiek-helder.example>", "Oogmeting – gratis",
  "Gratis oogmeting (30 min). Neem uw huidige bril mee.",
  body=mailer_body("Beste Daan,", "", "Uw afspraak voor een gratis oogmeting is bevestigd.", "Neem uw huidige bril of lenzen mee."),
  to=c("nl", 0), kit="alt_cal", dur=30, esp="mcsv.net", ics_style="saas")
H("health_appointment", "zoom", "en", 2024, "Calm Path Therapy <no-reply@zoom.us>", "Therapy session (video)",
  "Your telehealth session. Session fee $140; receipts are emailed after each session.",
  body=mailer_body("Hi Priya,", "", "Your video session is confirmed.", "Join Zoom Meeting: https://us05web.zoom.us/j/81733019952?pwd=ZXh2b1",
                   "Session fee: $140 (card on file). Cancel at least 24 h ahead to avoid the fee."),
  to=c("en", 2), esp="sendgrid.net", dur=50, org="Calm Path Therapy <sessions@calmpath-therapy.example>",
  dkim_domains=[("zoom.us", "s1"), ("sendgrid.net", "smtpapi")], auth="pass_nodmarc")
H("health_appointment", "mailer", "pl", 2023, "Apteka Pod Lipami <szczepienia@apteka-podlipami.example>", "Szczepienie przeciw grypie",
  "Szczepienie w aptece. Koszt szczepionki 55 zł.",
  body=mailer_body("Dzień dobry,", "", "potwierdzamy termin szczepienia przeciw grypie.", "Koszt szczepionki: 55 zł. Prosimy zabrać dowód osobisty."),
  to=c("pl", 0), kit="alt_cal", dur=15, infra="postfix", auth="spf_only", ics_style="saas")
H("health_appointment", "mailer", "en", 2019, "Outpatients – St Aldhelm's Hospital <outpatients@st-aldhelms-hospital.example>", "Outpatient appointment – Orthopaedics",
  "Orthopaedic clinic, Level 2. Please bring a list of your medicines. To cancel, call 01632 960 871.",
  body=mailer_body("Dear Mr Hadley,", "", "You have an outpatient appointment in the Orthopaedic clinic (Level 2).",
                   "Please bring a list of your current medicines.", "If you cannot attend, call 01632 960 871 so we can offer the slot to someone else.",
                   "We will never ask you for payment or bank details."),
  to=c("en", 3), kit="ics_att", att_name="appointment.ics", plain_first=True, dur=20, infra="postfix", auth="pass", ics_style="saas",
  method="PUBLISH")

# ===========================================================================
# home_service (legit deliveries and visits: the look-alikes of parcel scams)
H("home_service", "mailer", "en", 2024, "Oakhouse Furniture Deliveries <deliveries@oakhouse-furniture.example>", "Your sofa delivery: 7am–11am",
  "Two-person delivery to room of choice. Nothing to pay. Track on the day.",
  body=mailer_body("Good news – your delivery is booked!", "", "Order: OH-441902 (3-seater sofa, sage)", "Time slot: 7:00–11:00",
                   "Nothing to pay on delivery.", "Track on the day: https://oakhouse-furniture.example/track/OH-441902",
                   "We will never ask for a fee to rebook a delivery."),
  to=c("en", 0), kit="alt_cal", dur=240, at=(6, "07:00"), esp="amazonses.com", ics_style="saas", method="PUBLISH")
H("home_service", "mailer", "de", 2023, "Glasfaser Nordnetz <termine@nordnetz-glasfaser.example>", "Techniker-Termin Glasfaseranschluss",
  "Installation des Glasfaseranschlusses. Zeitfenster 08:00–12:00. Bitte Zugang zum Keller ermöglichen.",
  body=mailer_body("Guten Tag Herr Becker,", "", "Ihr Techniker-Termin für den Glasfaseranschluss:", "Zeitfenster: 08:00–12:00 Uhr",
                   "Bitte sorgen Sie für Zugang zum Hausanschlussraum.", "Kundennummer: NN-2291045"),
  to=c("de", 0), kit="alt_cal", dur=240, at=(9, "08:00"), esp="sparkpostmail.com", ics_style="saas")
H("home_service", "mailer", "fr", 2022, "Chauffage Lambert <rdv@chauffage-lambert.example>", "Entretien annuel chaudière",
  "Entretien annuel obligatoire. Tarif contrat : 0 €. Hors contrat : 119 € TTC.",
  body=mailer_body("Bonjour Madame Dubois,", "", "Notre technicien passera pour l'entretien annuel de votre chaudière.",
                   "Créneau : 8h–12h. Intervention incluse dans votre contrat (sinon 119 € TTC)."),
  to=c("fr", 0), kit="alt_cal", dur=240, at=(10, "08:00"), infra="postfix", auth="pass", ics_style="saas")
H("home_service", "mailer", "en", 2025, "Parcelway <notifications@parcelway.example>", "Your parcel arrives tomorrow, 10:00–12:00",
  "Parcel PW7731029944GB from Northwind Books. Nothing to pay. Change delivery in the app.",
  body=mailer_body("Your parcel is on its way", "", "Tracking: PW7731029944GB (from Northwind Books)", "Expected: tomorrow, 10:00–12:00",
                   "There is nothing to pay. Parcelway will never ask you for a redelivery or customs fee by text, email or calendar invite.",
                   "Change delivery: open the Parcelway app."),
  to=c("en", 1), kit="alt_cal", dur=120, at=(1, "10:00"), esp="sendgrid.net", ics_style="saas", method="PUBLISH")
H("home_service", "mailer", "es", 2024, "Mudanzas Rápidas Levante <presupuestos@mudanzas-levante.example>", "Mudanza – confirmación de fecha",
  "Presupuesto aceptado: 890 € IVA incl. 50 % a la confirmación, resto el día de la mudanza.",
  body=mailer_body("Hola Sofía,", "", "Confirmamos la fecha de tu mudanza.", "Presupuesto aceptado: 890 € (IVA incluido).",
                   "Forma de pago: 50 % a la confirmación por transferencia a la cuenta que figura en la factura, 50 % el día de la mudanza.",
                   "Tel.: +34 910 555 031"),
  to=c("es", 0), kit="alt_cal", dur=480, at=(21, "08:00"), infra="postfix", auth="spf_only", ics_style="saas")
H("home_service", "google", "en", 2021, "Crystal Clear Windows <crystalclear.windows.uk@gmail.com>", "Window cleaning",
  "Monthly window clean. £18, pay by bank transfer or cash.", to=c("en", 4), rrule="FREQ=MONTHLY;BYDAY=1FR",
  at=(5, "10:00"), dur=60)
H("home_service", "mailer", "it", 2023, "Solare Adriatico <sopralluoghi@solare-adriatico.example>", "Sopralluogo impianto fotovoltaico",
  "Sopralluogo gratuito e senza impegno per il preventivo.",
  body=mailer_body("Gentile Sig.ra Ferri,", "", "confermiamo il sopralluogo gratuito per il preventivo del suo impianto fotovoltaico.",
                   "Il tecnico avrà bisogno di accedere al tetto o al sottotetto."),
  to=c("it", 0), kit="alt_cal", dur=90, esp="mailgun.net", ics_style="saas")
H("home_service", "mailer", "nl", 2024, "Witgoed Service Oost <planning@witgoed-oost.example>", "Reparatie wasmachine",
  "Monteur komt tussen 13:00 en 17:00. Voorrijkosten €65.",
  body=mailer_body("Beste mevrouw De Groot,", "", "De monteur komt tussen 13:00 en 17:00 uur.",
                   "Voorrijkosten: €65, reparatiekosten volgens offerte ter plaatse. Pinnen aan de deur is mogelijk."),
  to=c("nl", 1), kit="alt_cal", dur=240, at=(2, "13:00"), infra="postfix", auth="pass_nodmarc", ics_style="saas")

# the most recent messages (early 2026)
_Y2026 = {"Laptop refresh – swap appointment", "Your parcel arrives tomorrow, 10:00–12:00",
          "Panel interview – Structural Engineer (candidate: A. Mensah)", "Reminder: Q1 expense reports due",
          "Verjaardag oma 90 jaar!", "Sunday long run – 18 km"}
for _s in SPECS:
    if _s["summary"] in _Y2026:
        _s["y"] = 2026
