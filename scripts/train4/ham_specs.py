"""Ham message specifications for train4."""

RCPT = [("Anna Berger", "anna.berger@example.net"), ("Tom Walsh", "t.walsh@example.net"),
        ("Lucía Romero", "lucia.romero@example.net"), ("Jens Kühn", "jens.kuehn@example.net"),
        ("Priya Nair", "priya.nair@example.net"), ("Marc Dubois", "m.dubois@example.net"),
        ("Kenji Sato", "k.sato@example.net"), ("Olga Ivanova", "olga@example.net"),
        ("Mehmet Yilmaz", "mehmet.yilmaz@example.net"), ("Sofia Rossi", "sofia.rossi@example.net"),
        ("Pieter de Vries", "pieter@example.net"), ("Wei Zhang", "wei.zhang@example.net"), ("Ewa Nowak", "ewa.nowak@example.net"),
        ("João Silva", "joao.silva@example.net"), ("Fatima Haddad", "f.haddad@example.net"), ("Sam Carter", "sam.carter@example.net")]

_i = [0]

INT = {"dkim": "pass", "dkim_d": "example.net", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "ip": "2001:db8:40:10::25"}
GOOG = {"dkim": "pass", "spf": "pass", "dmarc": "pass"}


def H(cat, **kw):
    n = _i[0]
    _i[0] += 1
    r = RCPT[(n * 5 + 1) % len(RCPT)]
    d = dict(label="ham", cat=cat, to=r[1], to_name=r[0])
    d.update(kw)
    return d


def F(name, mail):
    return {"from": (name, mail)}


def specs():
    L = []
    # ------------------------------------------------------------ doc_share
    L.append(H("doc_share", plat="o365", client="exchange16", tz="Europe/Berlin", lang_tag="de-DE", auth=INT,
               **F("Katrin Vogel", "katrin.vogel@example.net"),
               summary="Abstimmung Budget Q3",
               teams_url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2NmQ5YjAtN2Q0Zi00%40thread.v2/0?context=%7b%22Tid%22%3a%22b1f0c2de%22%7d",
               desc="Hallo zusammen,\n\nbitte schaut euch vorab die Planung an, ich habe die Zahlen aus dem Controlling eingearbeitet:\nhttps://examplenet.sharepoint.com/:x:/r/sites/Finance/Shared%20Documents/Budget/Q3_Budgetplanung.xlsx?d=w3f2a&csf=1&web=1\n\nWichtig sind v.a. die Reisekosten (Zeile 40ff).\n\nVG Katrin\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie auf Ihrem Computer, in der mobilen App oder im Raumgerät teil\nKlicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2NmQ5YjAtN2Q0Zi00%40thread.v2/0>\nBesprechungs-ID: 318 552 907 114\nPasscode: c7Hq3P\n________________________________________________________________________________",
               location="Microsoft Teams-Besprechung", when=(3, 10, 0), dur=60,
               attendees=[("Anna Berger", "anna.berger@example.net"), ("Jens Kühn", "jens.kuehn@example.net"), ("Controlling", "controlling@example.net")]))
    L.append(H("doc_share", plat="google", client="google", tz="America/Los_Angeles", auth=GOOG,
               **F("Dana Whitfield", "dana@northpeak-design.example"),
               meet="https://meet.google.com/xpk-rmfa-tqe",
               summary="Brand refresh - review round 2",
               desc="Deck is here, comments welcome before we meet:\nhttps://docs.google.com/presentation/d/1Qm7vR2xTzK9bWfPq0LsYhN3a8cE5dUj4/edit?usp=sharing\n\nAlso the copy doc: https://docs.google.com/document/d/1aZ0k3Lr9YwX2mN8bQvC7tP4sH6gJ1fE5/edit",
               when=(6, 13, 0), dur=45))
    L.append(H("doc_share", plat="o365", client="outlook", tz="America/New_York", auth={"dkim": "pass", "dkim_d": "brightwatercpa.example", "spf": "pass", "dmarc": "pass", "policy": "QUARANTINE"},
               **F("Rachel Kim", "rkim@brightwatercpa.example"),
               summary="Tax prep call - 2024 return",
               desc="Hi,\n\nAhead of our call I've uploaded your draft return to the client portal. You'll need to sign in with the password you set up last year.\n\nhttps://brightwatercpa.sharefile.com/d-s8f2a91c4b7d4\n\nIf you've forgotten it, use the reset link on the login page - don't email me your SSN please.\n\nThanks,\nRachel Kim, CPA",
               location="Phone - I'll call your mobile", when=(5, 15, 30), dur=30, arrival=(2025, 3, 4, 21, 10)))
    L.append(H("doc_share", plat="thunderbird", client="thunderbird", tz="Europe/Paris", lang_tag="fr", auth={"dkim": "none", "spf": "pass", "dmarc": "none"},
               **F("Julien Marchand", "julien@atelier-marchand.example"),
               summary="Relecture du contrat de maintenance",
               desc="Bonjour,\n\nComme convenu je vous propose ce créneau. Le contrat est sur notre Nextcloud :\nhttps://cloud.atelier-marchand.example/s/Kq3r8XnTmBz2Lfa\n(mot de passe envoyé par SMS)\n\nBonne journée,\nJulien", location="Visio – lien Jitsi : https://meet.jit.si/AtelierMarchand-Contrat", when=(2, 14, 0), dur=60))
    L.append(H("doc_share", plat="o365", client="exchange16", tz="Europe/London", lang_tag="en-GB", auth=INT,
               **F("Mark Davies", "mark.davies@example.net"),
               summary="Docs for review - vendor security questionnaire",
               desc="Hi both,\n\nI've shared the completed questionnaire from OneDrive - please check sections 4 and 7 before Thursday:\nhttps://examplenet-my.sharepoint.com/:w:/g/personal/mark_davies_example_net/EcX8_2nQpLlBrn4TqZbV1n0B3yQkw?e=Jf7k2m\n\nAccess is restricted to Example Net accounts.\n\nMark", location="Meeting room Thames / Teams", when=(2, 11, 0), dur=30,
               attendees=[("Tom Walsh", "t.walsh@example.net"), ("Priya Nair", "priya.nair@example.net")]))
    L.append(H("doc_share", plat="apple", client="apple", tz="Australia/Sydney", auth={"dkim": "pass", "dkim_d": "icloud.com", "spf": "pass", "dmarc": "pass", "policy": "QUARANTINE", "mailfrom": "icloud.com"},
               **F("Liam O'Connor", "liam.oconnor@icloud.com"),
               summary="Kitchen reno - site visit", body="Hey, locking in the site visit. Photos from last week are in the shared album, and the quote is in iCloud Drive:\nhttps://www.icloud.com/iclouddrive/0f3Kx9aZp2Lm#Quote_Kitchen_v3\nCheers, Liam",
               location="14 Harbour Rd, Manly", when=(4, 8, 30), dur=90))
    L.append(H("doc_share", plat="google", client="google", tz="Europe/Amsterdam", auth=GOOG, gprefix="Uitnodiging",
               **F("Sanne Visser", "sanne.visser@example.org"),
               meet="https://meet.google.com/gwd-ztqv-ncs",
               summary="Bestuursvergadering vereniging – stukken",
               desc="Hoi allemaal,\n\nDe stukken staan in de gedeelde map: https://drive.google.com/drive/folders/1xQa8RtmN2p7ZvLc0WbYe5KsHj3UfD9gO?usp=sharing\n\nGraag de jaarrekening vooraf lezen.\n\nGroet, Sanne (secretaris)", when=(8, 20, 0), dur=90))
    L.append(H("doc_share", plat="o365", client="outlook", tz="Asia/Tokyo", lang_tag="ja-JP", auth={"dkim": "pass", "dkim_d": "sakura-trading.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               **F("田中 美咲", "m.tanaka@sakura-trading.example"),
               summary="【打合せ】新製品カタログ校正",
               desc="佐藤様\n\nいつもお世話になっております。\nカタログの校正データをSharePointにアップロードしました。打合せ前にご確認いただけますと幸いです。\nhttps://sakuratrading.sharepoint.com/:b:/s/Marketing/EVx2kP9aQ1BLmZ3rT7nY0sIBd4gqw?e=aX9k2P\n\n田中", location="Teams 会議", when=(3, 14, 0), dur=60))

    # ------------------------------------------------------------ it_notice
    L.append(H("it_notice", plat="o365", client="exchange16", tz="America/New_York", auth=INT,
               **F("IT Service Desk", "servicedesk@example.net"),
               summary="Reminder: MFA re-enrolment drop-in session",
               desc="Hi all,\n\nAs announced on the intranet, everyone needs to re-register for MFA by the end of the month. Sign in at https://aka.ms/mfasetup with your example.net account, or come to the drop-in and we'll do it with you.\n\nWe will never ask you for your password or your codes.\n\nIT Service Desk | ext. 4400 | https://it.example.net/kb/mfa",
               location="IT bar, 2nd floor", when=(7, 12, 0), dur=60))
    L.append(H("it_notice", plat="o365", client="outlook", tz="Europe/Berlin", lang_tag="de-DE", auth=INT,
               **F("IT-Betrieb", "it-betrieb@example.net"),
               summary="Wartungsfenster: Update auf Teams (neu) – bitte Client installieren",
               desc="Liebe Kolleginnen und Kollegen,\n\nam Samstag wird der klassische Teams-Client abgeschaltet. Bitte installiert vorher das neue Teams über das Softwarecenter (Start > Softwarecenter > \"Microsoft Teams (neu)\") oder hier:\nhttps://software.example.net/apps/teams-new\n\nBei Fragen: Hotline 4711.\n\nEuer IT-Betrieb", location="", when=(4, 7, 0), dur=240))
    L.append(H("it_notice", plat="nextcloud", client="nextcloud", tz="Europe/Warsaw", lang_tag="pl", auth={"dkim": "pass", "dkim_d": "example.net", "spf": "pass", "dmarc": "pass", "policy": "QUARANTINE", "ip": "198.51.100.20"},
               nc_sender="nextcloud@example.net", **F("Dział IT", "it@example.net"),
               summary="Szkolenie: nowy klient VPN (instalacja)",
               desc="Cześć,\n\nzapraszamy na krótkie szkolenie z instalacji nowego klienta VPN. Instalator będzie dostępny na https://vpn.example.net/download – proszę go NIE pobierać z innych stron.\n\nZespół IT", location="Sala 2.14", when=(6, 9, 0), dur=45))
    L.append(H("it_notice", plat="google", client="google", tz="America/Chicago", auth=GOOG,
               **F("Helpdesk", "helpdesk@example.net"),
               summary="Laptop refresh appointment - bring your old device",
               desc="You're scheduled for your laptop swap. Please back up anything stored locally (Desktop, Downloads) to Google Drive before you come in, and make sure you know your password - you'll sign in on the new device in front of us.\n\nQuestions: https://help.example.net", location="IT depot, Building C", when=(9, 15, 0), dur=30))
    L.append(H("it_notice", plat="exchange", client="exchange", tz="Europe/London", auth={"dkim": "none", "spf": "pass", "dmarc": "pass", "policy": "NONE", "ip": "10.4.2.8"},
               exch_host="MAIL01.corp.example.net", exch_edge="EDGE02.corp.example.net",
               **F("Systems Team", "systems@example.net"),
               summary="Planned outage: password reset portal and VPN, Sat 06:00-10:00",
               desc="Please note the password self-service portal (https://passwordreset.example.net) and VPN will be unavailable during the window. If your password expires that weekend, change it before Friday.\n\nSystems Team", when=(5, 6, 0), dur=240, arrival=(2017, 5, 9, 14, 2)))
    L.append(H("it_notice", plat="o365", client="exchange16", tz="Europe/Madrid", lang_tag="es-ES", auth=INT,
               **F("Seguridad TI", "seguridad@example.net"),
               summary="Formación obligatoria: phishing y fraude del CEO",
               desc="Hola a todos,\n\nos convocamos a la formación anual. Veremos casos reales: correos que piden tarjetas regalo, cambios de IBAN de proveedores, falsas actualizaciones de Zoom... Recordad: nunca instaléis software desde un enlace recibido por correo.\n\nSeguridad TI", location="Auditorio / Teams", when=(10, 10, 0), dur=60))

    # ------------------------------------------------------------ finance_reminder
    L.append(H("finance_reminder", plat="google", client="google", tz="Europe/London", auth=GOOG,
               **F("", "household.accounts.lw@gmail.com"),
               summary="Rent £1,450 due - standing order check", rrule="FREQ=MONTHLY;BYMONTHDAY=1",
               desc="", when=(6, 9, 0), dur=30, alarms=[{"trigger": "-P1D"}]))
    L.append(H("finance_reminder", plat="o365", client="outlook", tz="Europe/Berlin", lang_tag="de-DE", auth=INT,
               **F("Lohnbuchhaltung", "lohn@example.net"),
               summary="Gehaltslauf November – Abgabe Stundenzettel", desc="Hallo,\n\nbitte die Stundenzettel bis 12 Uhr in Personio freigeben, sonst rutscht die Auszahlung in den Folgemonat.\n\nDanke!", when=(2, 9, 0), dur=15,
               alarms=[{"trigger": "-PT30M"}]))
    L.append(H("finance_reminder", plat="apple", client="ios", tz="America/New_York", auth={"dkim": "pass", "dkim_d": "icloud.com", "spf": "pass", "dmarc": "pass", "policy": "QUARANTINE", "mailfrom": "icloud.com"},
               **F("Chris Palmer", "chrispalmer@me.com"), body="",
               summary="Estimated tax Q3 payment $2,350 (IRS Direct Pay)", allday=True, when=(12, 0, 0),
               alarms=[{"trigger": "-P3D", "action": "DISPLAY"}, {"trigger": "-PT9H", "action": "AUDIO", "attach": "Chord"}]))
    L.append(H("finance_reminder", plat="thunderbird", client="thunderbird", tz="Europe/Amsterdam", lang_tag="nl", auth={"dkim": "pass", "dkim_d": "vve-zonnehof.example", "spf": "pass", "dmarc": "none"},
               **F("Penningmeester VvE Zonnehof", "penningmeester@vve-zonnehof.example"),
               summary="Ledenvergadering + servicekosten € 185,00 per kwartaal",
               desc="Beste bewoners,\n\nOp de agenda: verhoging servicekosten naar € 185,00 per kwartaal en het onderhoud van de lift. De begroting zit als bijlage bij de vorige mail.\n\nBetalen kan zoals altijd via automatische incasso, u hoeft niets te doen.", location="Buurthuis De Linde", when=(14, 19, 30), dur=120))
    L.append(H("finance_reminder", plat="spamkit", client="eluceo", tz="Europe/Paris", structure="mixed_alt_att", bstyle="php",
               auth={"dkim": "pass", "dkim_d": "syndic-lumiere.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               **F("Syndic Lumière", "no-reply@syndic-lumiere.example"),
               summary="Appel de fonds T1 : 642,30 € – échéance",
               body="Madame, Monsieur,\n\nL'appel de fonds du 1er trimestre (642,30 €) est disponible dans votre espace copropriétaire : https://syndic-lumiere.example/espace\n\nUn rappel est ajouté à votre agenda pour la date d'échéance.\n\nSyndic Lumière – gestion de copropriété",
               desc="Appel de fonds T1 : 642,30 €", allday=True, when=(20, 0, 0), ics_name="echeance.ics"))
    L.append(H("finance_reminder", plat="o365", client="exchange16", tz="America/Chicago", auth=INT,
               **F("Accounts Payable", "ap@example.net"),
               summary="Vendor payment run - approve invoices > $10,000",
               desc="Weekly payment run. Please approve pending invoices in Coupa before 2pm. Note: any change of bank details must be verified by phone with the vendor using the number on file, never the number in the email.", when=(1, 13, 0), dur=30, rrule="FREQ=WEEKLY;BYDAY=TH"))
    L.append(H("finance_reminder", plat="google", client="google", tz="America/Sao_Paulo", auth=GOOG, gprefix="Convite",
               **F("Contabilidade Lima", "contato@contabilidadelima.example"),
               summary="Entrega IRPF 2025 – documentos (R$ 350,00 honorários)",
               desc="Olá!\n\nLembrete da nossa reunião para a declaração do IR. Traga informes de rendimento, recibos médicos e o comprovante do pagamento dos honorários (R$ 350,00, via Pix para o CNPJ do escritório).\n\nAbraço,\nFernanda", location="Rua das Palmeiras, 220 – sala 12", when=(7, 10, 0), dur=60))

    # ------------------------------------------------------------ appointment
    L.append(H("appointment", plat="spamkit", client="doctolib", tz="Europe/Paris", structure="mixed_alt_att", bstyle="java",
               auth={"dkim": "pass", "dkim_d": "doctolib.fr", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "mailfrom": "mail.doctolib.fr"},
               **F("Doctolib", "no-reply@doctolib.fr"),
               summary="RDV Dr Claire Fontaine – Chirurgien-dentiste",
               body="Bonjour,\n\nVotre rendez-vous est confirmé.\n\nDr Claire Fontaine – Chirurgien-dentiste\n12 rue des Lilas, 69003 Lyon\n\nEn cas d'empêchement, pensez à annuler au moins 48h à l'avance depuis votre compte Doctolib.\n",
               desc="Dr Claire Fontaine – 12 rue des Lilas, 69003 Lyon", location="12 rue des Lilas, 69003 Lyon", when=(58, 9, 15), dur=30,
               alarms=[{"trigger": "-P1D"}, {"trigger": "-PT2H"}]))
    L.append(H("appointment", plat="icsonly", client="generic", prodid="-//Dental Clinic Manager//Reminders 3.2//EN", tz="Europe/London",
               auth={"dkim": "pass", "dkim_d": "smiledental.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               **F("Smile Dental Practice", "appointments@smiledental.example"),
               summary="Dental hygienist appointment", desc="Please arrive 5 minutes early. To rearrange call 0113 496 0123.", location="Smile Dental, 4 Park Row, Leeds",
               when=(61, 16, 40), dur=40, alarms=[{"trigger": "-P1D"}], use_tz=True))
    L.append(H("appointment", plat="apple", client="ios", tz="America/Los_Angeles", auth={"dkim": "pass", "dkim_d": "icloud.com", "spf": "pass", "dmarc": "pass", "policy": "QUARANTINE", "mailfrom": "icloud.com"},
               **F("Jenny Park", "jennypark@icloud.com"), body="",
               summary="Vet - Milo vaccines", location="Sunset Animal Clinic", when=(9, 17, 30), dur=30,
               alarms=[{"trigger": "-PT1H"}, {"trigger": "-P1D", "action": "DISPLAY"}]))
    L.append(H("appointment", plat="spamkit", client="generic", prodid="-//Termin-Online//Praxis//DE", tz="Europe/Berlin", structure="mixed_text_att", charset="iso-8859-1", cte="quoted-printable",
               auth={"dkim": "none", "spf": "pass", "dmarc": "none"},
               **F("Praxis Dr. med. Weber", "termine@praxis-weber.example"),
               summary="Ihr Termin: Vorsorgeuntersuchung",
               body="Sehr geehrte Patientin, sehr geehrter Patient,\n\nhiermit bestätigen wir Ihren Termin. Bitte bringen Sie Ihre Versichertenkarte mit.\nFalls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab: 030 23125 0111.\n\nMit freundlichen Grüßen\nIhr Praxisteam",
               desc="Bitte Versichertenkarte mitbringen.", location="Hauptstraße 12, 10827 Berlin", when=(45, 8, 10), dur=20, alarms=[{"trigger": "-P1D"}]))
    L.append(H("appointment", plat="google", client="google", tz="Europe/Istanbul", auth=GOOG, gprefix="Davet",
               **F("Ayşe Demir", "ayse.demir.kuafor@gmail.com"),
               summary="Saç kesimi + boya", desc="Randevunuz onaylandı. Gelemeyecekseniz lütfen bir gün önce haber verin. 0212 555 01 23", location="Ayşe Kuaför, Moda Cd. 41, Kadıköy", when=(5, 14, 0), dur=90, alarms=[{"trigger": "-PT3H"}]))
    L.append(H("appointment", plat="icsonly", client="generic", prodid="-//Garage Booking//Auto Service//EN", tz="America/Chicago", ics_cte="base64",
               auth={"dkim": "pass", "dkim_d": "lakeshore-auto.example", "spf": "pass", "dmarc": "none"},
               **F("Lakeshore Auto Service", "service@lakeshore-auto.example"),
               summary="Oil change & tire rotation - 2019 Honda CR-V", desc="Estimated cost $89.95. Drop-off from 7:30am.", location="Lakeshore Auto, 880 Lake St", when=(3, 8, 0), dur=120, alarms=[{"trigger": "-PT12H"}]))
    L.append(H("appointment", plat="thunderbird", client="thunderbird", tz="Europe/Rome", lang_tag="it", auth={"dkim": "pass", "dkim_d": "studiodentisticorossi.example", "spf": "pass", "dmarc": "none"},
               **F("Studio Dentistico Rossi", "segreteria@studiodentisticorossi.example"),
               summary="Controllo e pulizia denti", desc="Gentile paziente, le ricordiamo l'appuntamento. Per disdire chiami lo 06 1234 5678.", location="Via Nazionale 88, Roma", when=(30, 11, 0), dur=45,
               alarms=[{"trigger": "-P2D", "action": "EMAIL", "subj": "Promemoria appuntamento"}]))

    # ------------------------------------------------------------ exec_assistant
    L.append(H("exec_assistant", plat="o365", client="exchange16", tz="America/New_York", auth=INT, importance=True,
               **F("Linda Morales", "linda.morales@example.net"),
               summary="URGENT: CEO sync re: board pack (on behalf of Robert Hale)",
               desc="Hi Priya,\n\nRobert asked me to grab 20 minutes with you today before the board call - he needs the updated revenue bridge. Sorry for the short notice! If this slot doesn't work please call me on ext. 2210.\n\nThanks,\nLinda\nExecutive Assistant to Robert Hale, CEO", location="Robert's office (14th floor)", when=(0, 16, 0), dur=20,
               teams_url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ1MjAxNTgtZGE2%40thread.v2/0"))
    L.append(H("exec_assistant", plat="o365", client="outlook", tz="Europe/Berlin", lang_tag="de-DE", auth=INT, importance=True,
               **F("Sekretariat Geschäftsführung", "sekretariat.gf@example.net"),
               summary="Kurzfristig: Termin mit Dr. Brandt – Vertragsfreigabe",
               desc="Liebe Frau Berger,\n\nDr. Brandt bittet Sie heute noch zu einem kurzen Termin wegen der Freigabe des Rahmenvertrags. Bitte die unterschriebene Version aus DocuWare mitbringen.\n\nViele Grüße\nMonika Schulz\nAssistenz der Geschäftsführung", location="Büro GF, 5. OG", when=(0, 17, 0), dur=15))
    L.append(H("exec_assistant", plat="google", client="google", tz="Europe/London", auth=GOOG,
               **F("Grace Okafor", "grace.okafor@example.net"), meet="https://meet.google.com/hyq-wuvt-pda",
               summary="Hold: Sarah / Tom - acquisition diligence (confidential)",
               desc="Tom - Sarah would like to speak to you this afternoon about the diligence workstream. Please keep this confidential for now; project name is \"Heron\". Data room access will come from Legal separately.\n\nGrace (EA to Sarah Jennings, CFO)", when=(0, 15, 0), dur=30))
    L.append(H("exec_assistant", plat="o365", client="exchange16", tz="Asia/Shanghai", lang_tag="zh-CN", auth=INT,
               **F("刘婷", "liu.ting@example.net"),
               summary="【紧急】王总约谈：供应商付款审批",
               desc="张伟，您好：\n\n王总希望今天下班前与您沟通一下本月供应商付款审批的情况，请准备好付款清单。如时间冲突请回复我调整。\n\n刘婷\n总经理助理", location="18楼小会议室", when=(0, 17, 30), dur=30))
    L.append(H("exec_assistant", plat="o365", client="outlook", tz="Europe/Paris", lang_tag="fr-FR", auth=INT,
               **F("Camille Roux", "camille.roux@example.net"),
               summary="Point rapide avec Philippe Garnier – disponibilités ?",
               desc="Bonjour Marc,\n\nPhilippe souhaiterait faire un point rapide avec vous demain matin sur le budget 2026. Je bloque ce créneau, dites-moi s'il ne vous convient pas.\n\nBien à vous,\nCamille – Assistante de direction", location="Bureau de Philippe", when=(1, 8, 45), dur=15))
    L.append(H("exec_assistant", plat="o365", client="exchange16", tz="Asia/Riyadh", lang_tag="ar-SA", auth=INT,
               **F("نورة العتيبي", "noura.alotaibi@example.net"),
               summary="اجتماع عاجل مع المدير التنفيذي",
               desc="الأستاذة فاطمة،\n\nيرغب المدير التنفيذي في عقد اجتماع قصير معك اليوم بخصوص عرض الشراكة. يرجى إحضار آخر نسخة من العقد.\n\nنورة\nمساعدة المدير التنفيذي", location="مكتب المدير التنفيذي", when=(0, 13, 0), dur=30))

    # ------------------------------------------------------------ booking_ics_only
    L.append(H("booking_ics_only", plat="icsonly", client="calendly", tz="America/New_York",
               auth={"dkim": "pass", "dkim_d": "calendly.com", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "mailfrom": "mail.calendly.com"},
               **F("Calendly", "notifications@calendly.com"), org=("Jordan Blake", "jordan@blakecoaching.example"),
               summary="30 Minute Meeting between Jordan Blake and Sam Carter",
               desc="Event Name: 30 Minute Meeting\n\nLocation: This is a Zoom web conference.\nhttps://us06web.zoom.us/j/83311902245?pwd=bXlRQ0tPd2F\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/9f2c1e7a-4b3d-4a61-9d2b\nReschedule: https://calendly.com/reschedulings/9f2c1e7a-4b3d-4a61-9d2b", location="https://us06web.zoom.us/j/83311902245?pwd=bXlRQ0tPd2F", when=(2, 11, 0), dur=30))
    L.append(H("booking_ics_only", plat="icsonly", client="generic", prodid="-//SimplyBook.me//Booking//EN", tz="Europe/Berlin", ics_cte="base64",
               auth={"dkim": "pass", "dkim_d": "yoga-mitte.example", "spf": "pass", "dmarc": "none"},
               **F("Yoga Mitte", "buchung@yoga-mitte.example"),
               summary="Vinyasa Flow (Level 2) – Buchung #40921", desc="Bitte eigene Matte mitbringen. Stornierung bis 12 h vorher kostenlos.", location="Yoga Mitte, Torstr. 101, Berlin", when=(3, 18, 30), dur=75))
    L.append(H("booking_ics_only", plat="icsonly", client="generic", prodid="-//Restaurant Reservations//TableBook 2.1//EN", tz="Europe/Madrid",
               auth={"dkim": "pass", "dkim_d": "casa-lola.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               **F("Casa Lola", "reservas@casa-lola.example"),
               summary="Reserva: mesa para 4 – Casa Lola", desc="Reserva confirmada a nombre de Lucía Romero, 4 personas. Si no puede venir, avísenos al 910 555 014.", location="Calle del Pez 14, Madrid", when=(4, 21, 0), dur=120, no_attendee=True))
    L.append(H("booking_ics_only", plat="icsonly", client="generic", prodid="-//Example Rail//Reiseauskunft 24.1//DE", tz="Europe/Berlin", ics_disp='attachment; filename="Reise.ics"',
               auth={"dkim": "pass", "dkim_d": "bahn.example", "spf": "pass", "dmarc": "pass", "policy": "REJECT"},
               **F("Reiseplanung", "buchungsbestaetigung@bahn.example"),
               summary="ICE 597 Berlin Hbf → München Hbf", desc="Wagen 9, Platz 71 (Fenster). Auftragsnummer: Q4K7PZ", location="Berlin Hbf", when=(11, 8, 34), dur=245, method="PUBLISH", no_attendee=True))
    L.append(H("booking_ics_only", plat="icsonly", client="generic", prodid="-//Tokyo Hair Salon//Reserve//JA", tz="Asia/Tokyo", ics_cte="base64",
               auth={"dkim": "pass", "dkim_d": "salon-hikari.example", "spf": "pass", "dmarc": "none"},
               **F("サロン光", "yoyaku@salon-hikari.example"),
               summary="ご予約確認：カット＋カラー", desc="ご予約ありがとうございます。変更・キャンセルは前日までにご連絡ください。", location="サロン光 渋谷店", when=(6, 15, 0), dur=120, method="PUBLISH"))
    L.append(H("booking_ics_only", plat="icsonly", client="generic", prodid="-//Padel Club//Court Booking//EN", tz="Europe/Amsterdam", nofold=True,
               auth={"dkim": "none", "spf": "pass", "dmarc": "none"},
               **F("Padel Club Haarlem", "noreply@padelhaarlem.example"),
               summary="Baan 3 gereserveerd – € 32,00 (betaald)", desc="Je reservering is bevestigd. Annuleren kan tot 24 uur van tevoren via de app: https://padelhaarlem.example/app/bookings/77120", location="Padel Club Haarlem, Baan 3", when=(2, 19, 0), dur=90))

    # ------------------------------------------------------------ meeting
    L.append(H("meeting", plat="o365", client="teams", tz="America/Los_Angeles", auth={"dkim": "pass", "dkim_d": "cobaltsoft.example", "spf": "pass", "dmarc": "pass", "policy": "REJECT"},
               **F("Ethan Brooks", "ethan.brooks@cobaltsoft.example"),
               teams_url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjZkNWE4OGEtZWY%40thread.v2/0",
               summary="Cobalt / Example Net - integration kickoff",
               desc="________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjZkNWE4OGEtZWY%40thread.v2/0>\nMeeting ID: 255 871 401 332\nPasscode: W9sZ3n\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n________________________________________________________________________________",
               location="Microsoft Teams Meeting", when=(7, 9, 0), dur=60,
               attendees=[("Wei Zhang", "wei.zhang@example.net"), ("Sam Carter", "sam.carter@example.net"), ("Ethan Brooks", "ethan.brooks@cobaltsoft.example"), ("Mina Patel", "mina.patel@cobaltsoft.example")]))
    L.append(H("meeting", plat="google", client="google", tz="Europe/Madrid", auth=GOOG, gprefix="Invitación",
               **F("Pablo Herrera", "pablo.herrera@example.net"), meet="https://meet.google.com/kfe-mvzt-qoa",
               summary="Retro sprint 42", desc="Traed vuestras notas del tablero. Esta vez sin portátiles abiertos 🙂", when=(1, 12, 30), dur=60,
               attendees=[("", "lucia.romero@example.net"), ("", "joao.silva@example.net"), ("", "m.dubois@example.net"), ("", "pablo.herrera@example.net")]))
    L.append(H("meeting", plat="apple", client="apple", tz="Europe/Berlin", auth={"dkim": "pass", "dkim_d": "example.org", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               **F("Jonas Richter", "jonas.richter@example.org"), body="",
               summary="Kaffee & Projektidee", location="Café Liebling, Raumerstr. 36", when=(2, 15, 30), dur=60))
    L.append(H("meeting", plat="thunderbird", client="thunderbird", tz="Europe/Moscow", lang_tag="ru", auth={"dkim": "pass", "dkim_d": "example.org", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               **F("Дмитрий Соколов", "d.sokolov@example.org"),
               summary="Обсуждение релиза 3.2", desc="Коллеги, давайте обсудим план релиза и оставшиеся баги. Ссылка на встречу: https://meet.jit.si/release-3-2-sync", location="https://meet.jit.si/release-3-2-sync", when=(1, 11, 0), dur=60))
    L.append(H("meeting", plat="nextcloud", client="nextcloud", tz="Europe/Amsterdam", auth={"dkim": "pass", "dkim_d": "fietsfabriek.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               nc_sender="cloud@fietsfabriek.example", **F("Pieter de Vries", "pieter@fietsfabriek.example"),
               summary="Overleg voorjaarscollectie", desc="Zie agenda in Talk. Ik neem de samples mee.", location="https://cloud.fietsfabriek.example/call/k9x2mq7b", when=(5, 10, 0), dur=60))
    L.append(H("meeting", plat="spamkit", client="zoom", tz="America/Chicago", structure="mixed_alt_att", bstyle="java",
               auth={"dkim": "pass", "dkim_d": "zoom.us", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "mailfrom": "zoom.us"},
               **F("Zoom", "no-reply@zoom.us"), reply_to="kelly.nguyen@prairiehealth.example", org=("Kelly Nguyen", "kelly.nguyen@prairiehealth.example"),
               summary="Prairie Health / Example Net - data sharing agreement",
               body="Kelly Nguyen is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/86219904417?pwd=V2hBdE1yQnRjbHJNZ3c9PQ\n\nMeeting ID: 862 1990 4417\nPasscode: 558120\n\n---\nOne tap mobile\n+13126266799,,86219904417#,,,,*558120# US (Chicago)\n",
               desc="https://us02web.zoom.us/j/86219904417?pwd=V2hBdE1yQnRjbHJNZ3c9PQ", location="https://us02web.zoom.us/j/86219904417?pwd=V2hBdE1yQnRjbHJNZ3c9PQ", when=(8, 14, 0), dur=45, ics_name="zoom.ics"))
    L.append(H("meeting", plat="spamkit", client="webex", tz="Europe/London", structure="mixed_alt_att", bstyle="java",
               auth={"dkim": "pass", "dkim_d": "webex.com", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "mailfrom": "webex.com"},
               **F("Alan Hughes", "messenger@webex.com"), reply_to="alan.hughes@thamesinsure.example", org=("Alan Hughes", "alan.hughes@thamesinsure.example"),
               summary="Renewal terms discussion",
               body="Alan Hughes invites you to join this Webex meeting.\n\nMeeting number (access code): 2641 118 0937\nMeeting password: Rn7qBx3\n\nJoin meeting: https://thamesinsure.webex.com/thamesinsure/j.php?MTID=m4f2c8a1d9b7e6\n\nJoin by phone: +44-20-7946-0011 United Kingdom Toll\n",
               desc="Join meeting: https://thamesinsure.webex.com/thamesinsure/j.php?MTID=m4f2c8a1d9b7e6", location="https://thamesinsure.webex.com/thamesinsure/j.php?MTID=m4f2c8a1d9b7e6", when=(4, 15, 0), dur=60))
    L.append(H("meeting", plat="exchange", client="exchange", tz="Europe/Warsaw", lang_tag="pl-PL", auth={"dkim": "none", "spf": "none", "dmarc": "none", "ip": "203.0.113.70"},
               exch_host="SRV-EX01.budmax.example", exch_edge="SRV-EX01.budmax.example",
               **F("Tomasz Lewandowski", "t.lewandowski@budmax.example"),
               summary="Spotkanie – odbiór techniczny hali", desc="Dzień dobry,\n\nzapraszam na odbiór techniczny. Proszę zabrać kaski.\n\nPozdrawiam\nTomasz Lewandowski\nKierownik budowy\ntel. 22 555 01 77", location="Plac budowy, ul. Przemysłowa 5", when=(6, 8, 0), dur=120, arrival=(2018, 4, 16, 7, 55)))
    L.append(H("meeting", plat="o365", client="exchange16", tz="Europe/Istanbul", lang_tag="tr-TR", auth=INT,
               **F("Mehmet Yılmaz", "mehmet.yilmaz@example.net"),
               summary="Haftalık satış toplantısı", desc="Merhaba arkadaşlar,\n\nBu haftaki rakamları birlikte değerlendirelim. Sunumu Teams kanalına yükledim.\n\nMehmet", location="Toplantı Odası 4", when=(2, 10, 0), dur=45, rrule="FREQ=WEEKLY;BYDAY=MO"))
    L.append(H("meeting", plat="google", client="google", tz="Asia/Kolkata", auth=GOOG,
               **F("Arjun Mehta", "arjun@tealbyte.example"), meet="https://meet.google.com/qbr-xtjd-wne",
               summary="Example Net <> Tealbyte: API quota & pricing", desc="Agenda:\n1. Current usage (we're at ~82% of quota)\n2. Pricing for the next tier - ₹2,40,000/yr quoted\n3. SSO", when=(3, 16, 30), dur=30))

    # ------------------------------------------------------------ webinar
    many = [("", f"attendee{n:03d}@example.net") for n in range(1, 41)]
    L.append(H("webinar", plat="spamkit", client="gotowebinar", tz="America/New_York", structure="mixed_alt_att", bstyle="java",
               auth={"dkim": "pass", "dkim_d": "gotowebinar.com", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "mailfrom": "gotowebinar.com"},
               **F("Summit Analytics", "customercare@gotowebinar.com"), org=("Summit Analytics", "events@summitanalytics.example"), reply_to="events@summitanalytics.example",
               summary="Webinar: Forecasting with messy data",
               body="Thank you for registering for \"Forecasting with messy data\".\n\nPlease send your questions, comments and feedback to: events@summitanalytics.example\n\nHow To Join The Webinar\nhttps://global.gotowebinar.com/join/6628144115021937411/802118533\n\nBefore joining, be sure to check system requirements to avoid any connection issues.",
               desc="https://global.gotowebinar.com/join/6628144115021937411/802118533", when=(21, 13, 0), dur=60, method="PUBLISH", no_attendee=True))
    L.append(H("webinar", plat="o365", client="teams", tz="Europe/Berlin", lang_tag="de-DE", auth=INT,
               **F("Interne Kommunikation", "kommunikation@example.net"), attendees=many,
               teams_url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA4ZDI2MTQtMjA%40thread.v2/0",
               summary="All-Hands Q4 (Live-Event)", desc="Liebe Kolleginnen und Kollegen,\n\nunser Quartals-All-Hands. Fragen könnt ihr vorab über Slido stellen: https://app.sli.do/event/kQ4allhands\n\nEure Interne Kommunikation", location="Microsoft Teams Meeting", when=(9, 16, 0), dur=60))
    L.append(H("webinar", plat="google", client="google", tz="UTC", auth=GOOG,
               **F("OpenInfra Study Group", "studygroup.openinfra@gmail.com"), attendees=many[:25], meet="https://meet.google.com/nfr-pqzd-ayx",
               summary="Study group: eBPF deep dive", desc="Open session, no recording. Slides: https://github.com/example-org/ebpf-notes", when=(15, 17, 0), dur=90))
    L.append(H("webinar", plat="spamkit", client="eventbrite", tz="Europe/London", structure="mixed_alt_att", bstyle="java",
               auth={"dkim": "pass", "dkim_d": "eventbrite.com", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "mailfrom": "bounce.eventbrite.com"},
               **F("Eventbrite", "noreply@order.eventbrite.com"), org=("Leeds Digital Meetup", "hello@leedsdigital.example"),
               summary="Your tickets for Leeds Digital Meetup #58",
               body="You're going to Leeds Digital Meetup #58!\n\nOrder #8819204455 - 1 x Free ticket\n\nThe Tetley, Hunslet Road, Leeds\nDoors 6pm. Pizza provided.\n\nView event: https://www.eventbrite.co.uk/e/leeds-digital-meetup-58-tickets-771204889117",
               desc="https://www.eventbrite.co.uk/e/leeds-digital-meetup-58-tickets-771204889117", location="The Tetley, Hunslet Road, Leeds", when=(24, 18, 0), dur=150, method="PUBLISH", no_attendee=True))
    L.append(H("webinar", plat="spamkit", client="generic", prodid="-//Zoom Video Communications//Webinar//EN", tz="Asia/Tokyo", structure="mixed_alt_att", bstyle="java", charset="iso-2022-jp", cte="7bit",
               auth={"dkim": "pass", "dkim_d": "zoom.us", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "mailfrom": "zoom.us"},
               **F("日本クラウド協会", "no-reply@zoom.us"), org=("日本クラウド協会", "seminar@cloud-kyokai.example"),
               summary="【ウェビナー】生成AI時代のセキュリティ対策",
               body="ご登録ありがとうございます。\n\n以下のリンクからご参加ください。\nhttps://us06web.zoom.us/w/81120993344?tk=aBcD1234\n\nパスコード: 224466",
               desc="https://us06web.zoom.us/w/81120993344?tk=aBcD1234", when=(18, 15, 0), dur=90, method="PUBLISH", no_attendee=True))

    # ------------------------------------------------------------ series
    L.append(H("series", plat="google", client="google", tz="America/New_York", auth=GOOG,
               **F("Westfield U10 Soccer", "westfield.u10.coach@gmail.com"), rrule="FREQ=WEEKLY;BYDAY=TU,TH",
               summary="U10 practice", desc="Bring water and shin guards. If it's raining hard check the group chat by 4pm.", location="Westfield Park, Field 3", when=(2, 17, 30), dur=75))
    L.append(H("series", plat="thunderbird", client="thunderbird", tz="Europe/Berlin", lang_tag="de", auth={"dkim": "none", "spf": "pass", "dmarc": "none"},
               **F("Chor Kreuzberg", "vorstand@chor-kreuzberg.example"), rrule="FREQ=WEEKLY;BYDAY=WE",
               summary="Chorprobe", desc="Jeden Mittwoch. Noten bitte mitbringen.", location="Gemeindesaal Heilig-Kreuz", when=(1, 19, 30), dur=120))
    L.append(H("series", plat="o365", client="exchange16", tz="Europe/London", lang_tag="en-GB", auth=INT, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
               **F("Priya Nair", "priya.nair@example.net"), summary="1:1 Priya / Tom", desc="Standing fortnightly 1:1.", location="", when=(4, 14, 0), dur=30))
    L.append(H("series", plat="nextcloud", client="nextcloud", tz="Europe/Paris", auth={"dkim": "pass", "dkim_d": "ecole-jaures.example", "spf": "pass", "dmarc": "none"},
               nc_sender="ent@ecole-jaures.example", **F("École Jean Jaurès", "direction@ecole-jaures.example"), rrule="FREQ=WEEKLY;BYDAY=MO,TU,TH,FR",
               summary="Garderie du soir", desc="Inscription à la garderie 16h30-18h. Tarif 2,10 € / soir facturé mensuellement.", location="École Jean Jaurès", when=(3, 16, 30), dur=90))
    L.append(H("series", plat="apple", client="ios", tz="America/Sao_Paulo", auth={"dkim": "pass", "dkim_d": "icloud.com", "spf": "pass", "dmarc": "pass", "policy": "QUARANTINE", "mailfrom": "icloud.com"},
               **F("Marina Costa", "marinacosta@icloud.com"), body="", rrule="FREQ=MONTHLY;BYDAY=1SA",
               summary="Clube do livro 📚", location="Livraria da Vila – Vila Madalena", when=(10, 10, 0), dur=120))

    # ------------------------------------------------------------ forwarded
    L.append(H("forwarded", plat="o365", client="outlook", tz="Europe/London", lang_tag="en-GB",
               auth={"dkim": "none", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               **F("Helen Moore", "helen.moore@example.net"),
               summary="FW: Supplier audit - Brightline Foods",
               subject="FW: Supplier audit - Brightline Foods",
               desc="Tom - forwarding as you'll cover for me, I'm on leave.\n\n-----Original Appointment-----\nFrom: Ian Fletcher <ian.fletcher@brightlinefoods.example>\nSent: Monday\nTo: Helen Moore\nSubject: Supplier audit - Brightline Foods\nWhen: see below\nWhere: Brightline Foods, Unit 7\n\nHi Helen, confirming the audit visit. Please bring the HACCP checklist.",
               org=("Ian Fletcher", "ian.fletcher@brightlinefoods.example"), location="Brightline Foods, Unit 7", when=(9, 9, 30), dur=180))
    L.append(H("forwarded", plat="google", client="google", tz="America/Chicago",
               auth={"dkim": "fail", "dkim_d": "google.com", "dkim_why": "signature verification failed", "spf": "fail", "dmarc": "fail", "policy": "REJECT", "arc": "pass", "mailfrom": "lists.example.org", "ip": "198.51.100.5"},
               return_path="users-bounces@lists.example.org", helo="lists.example.org",
               list_headers=["List-Id: Chicago Rust Users <users.lists.example.org>", "List-Unsubscribe: <https://lists.example.org/mailman/options/users>", "Precedence: list"],
               **F("Kevin Liu", "kevin.liu.rust@gmail.com"), summary="Rust meetup: async in practice", desc="Talk + Q&A. Hosted at the library, 2nd floor. Please RSVP on the list thread.",
               location="Harold Washington Library, Room 2N", when=(17, 18, 30), dur=120))
    L.append(H("forwarded", plat="apple", client="apple", tz="Europe/Amsterdam", auth={"dkim": "none", "spf": "pass", "dmarc": "none"},
               **F("Lotte Smit", "lotte@smitfamilie.example"), body="Ha Pieter, zie onderstaande uitnodiging van de school, doorgestuurd van mama's mail.\n\n--- Doorgestuurd bericht ---\nVan: Basisschool De Regenboog\nOnderwerp: Ouderavond groep 6",
               subject="Fwd: Ouderavond groep 6", summary="Ouderavond groep 6", org=("Basisschool De Regenboog", "info@deregenboog.example"), location="Aula", when=(12, 19, 0), dur=90))
    L.append(H("forwarded", plat="google", client="google", tz="Europe/Berlin", auth={"dkim": "pass", "dkim_d": "example.net", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "mailfrom": "example.net", "ip": "198.51.100.20", "rp_local": "jens.kuehn", "sel": "mail2019"},
               to="anna.berger@example.net", to_name="Anna Berger", auth_from_dom="example.net", return_path="jens.kuehn@example.net", helo="mail.example.net", attendees=[("Jens Kühn", "jens.kuehn@example.net")],
               **F("Sven Brauer", "sven.brauer@kanzlei-brauer.example"),
               summary="Mandantengespräch Erbschaft", desc="Bitte Testament und Grundbuchauszug mitbringen.", location="Kanzlei Brauer, Friedrichstr. 44", when=(6, 10, 0), dur=60,
               wrap_forward={"from": ("Jens Kühn", "jens.kuehn@example.net"), "subject": "Fwd: Einladung: Mandantengespräch Erbschaft",
                             "note": "Anna, kannst du mich begleiten? Termin hängt an.\n\nJens", "inner_to": "jens.kuehn@example.net"}))

    # ------------------------------------------------------------ reply_cancel
    L.append(H("reply_cancel", plat="o365", client="exchange16", tz="America/New_York", method="REPLY", auth=INT, to="priya.nair@example.net", to_name="Priya Nair",
               **F("Sam Carter", "sam.carter@example.net"), org=("Priya Nair", "priya.nair@example.net"), subject="Accepted: Q3 pipeline review",
               summary="Q3 pipeline review", desc="", body="", when=(3, 10, 0), dur=60, no_html=True))
    L.append(H("reply_cancel", plat="google", client="google", tz="Europe/London", method="CANCEL", auth=GOOG, gprefix="Cancelled event",
               **F("Oscar Lindqvist", "oscar@northwind-partners.example"), summary="Coffee chat", desc="Sorry, something came up - will rebook next week.", when=(1, 10, 0), dur=30, seq=1))
    L.append(H("reply_cancel", plat="o365", client="outlook", tz="Europe/Paris", lang_tag="fr-FR", method="CANCEL", auth=INT,
               **F("Camille Roux", "camille.roux@example.net"), subject="Annulé : Comité de pilotage ERP",
               summary="Comité de pilotage ERP", desc="Le comité est annulé, les décisions seront prises par mail.", when=(2, 14, 0), dur=90, seq=2))
    L.append(H("reply_cancel", plat="thunderbird", client="thunderbird", tz="Europe/Rome", lang_tag="it", method="REPLY", partstat="DECLINED",
               auth={"dkim": "pass", "dkim_d": "example.org", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               **F("Giulia Conti", "giulia.conti@example.org"), org=("Sofia Rossi", "sofia.rossi@example.net"), to="sofia.rossi@example.net", to_name="Sofia Rossi",
               subject="Rifiutato: Cena di fine anno", summary="Cena di fine anno", desc="", body="Giulia Conti ha rifiutato l'invito.", when=(20, 20, 0), dur=180))
    L.append(H("reply_cancel", plat="apple", client="ios", tz="America/Los_Angeles", method="REPLY", partstat="TENTATIVE",
               auth={"dkim": "pass", "dkim_d": "icloud.com", "spf": "pass", "dmarc": "pass", "policy": "QUARANTINE", "mailfrom": "icloud.com"},
               **F("Jenny Park", "jennypark@icloud.com"), org=("Sam Carter", "sam.carter@example.net"), to="sam.carter@example.net", to_name="Sam Carter", subject="Invitation Maybe: Board game night",
               summary="Board game night", body="", when=(5, 19, 0), dur=180))
    L.append(H("reply_cancel", plat="icsonly", client="generic", prodid="-//Doctolib//Doctolib Calendar 1.0//FR", tz="Europe/Paris", method="CANCEL",
               auth={"dkim": "pass", "dkim_d": "doctolib.fr", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "mailfrom": "mail.doctolib.fr"},
               **F("Doctolib", "no-reply@doctolib.fr"), summary="RDV annulé – Kinésithérapeute", desc="Votre rendez-vous a été annulé à votre demande.", when=(9, 17, 0), dur=30, seq=1))

    # ------------------------------------------------------------ more clients / languages
    L.append(H("meeting", plat="spamkit", client="yahoo", tz="America/Chicago", structure="alt_cal", bstyle="other",
               auth={"dkim": "pass", "dkim_d": "yahoo.com", "sel": "s2048", "spf": "pass", "dmarc": "pass", "policy": "REJECT", "mailfrom": "yahoo.com"},
               **F("Barb Kowalczyk", "barb.kowalczyk55@yahoo.com"), summary="Church bake sale setup",
               body="Hi all, we need a few hands to set up tables. Bring a folding chair if you have one! Barb", desc="Bring a folding chair if you have one.",
               location="St. Mary's parish hall", when=(9, 8, 0), dur=120, xmailer="YahooMailCalendar"))
    L.append(H("meeting", plat="spamkit", client="zoho", tz="Asia/Kolkata", structure="mixed_alt_att", bstyle="java",
               auth={"dkim": "pass", "dkim_d": "zohomail.in", "spf": "pass", "dmarc": "none", "mailfrom": "zohomail.in"},
               **F("Ravi Iyer", "ravi@iyer-associates.example"), summary="GST filing review - Q2",
               body="Dear Sir/Madam,\n\nPlease find the calendar invite for the GST reconciliation review. Kindly keep the purchase register ready.\n\nRegards,\nRavi Iyer\nIyer & Associates, Chartered Accountants",
               desc="Kindly keep the purchase register ready.", location="Office, 3rd floor, MG Road", when=(4, 11, 0), dur=60, ics_name="invite.ics"))
    L.append(H("meeting", plat="thunderbird", client="sogo", tz="Europe/Paris", ua="SOGoMail 5.8.0", lang_tag="fr",
               auth={"dkim": "pass", "dkim_d": "univ-exemple.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               **F("Nathalie Perrin", "nathalie.perrin@univ-exemple.example"), summary="Jury de soutenance – M2 Informatique",
               desc="Bonjour,\n\nLe jury se réunira salle B204. Les mémoires sont sur l'ENT.\n\nCordialement,\nN. Perrin", location="Bâtiment B, salle B204", when=(16, 9, 0), dur=240))
    L.append(H("meeting", plat="spamkit", client="lotus", tz="Europe/Rome", structure="mixed_text_att", bstyle="other", charset="iso-8859-1", cte="quoted-printable",
               auth={"dkim": "none", "spf": "pass", "dmarc": "none", "ip": "203.0.113.88"},
               **F("Marco Greco", "marco.greco@meccanica-greco.example"), summary="Riunione fornitori - consegne dicembre",
               body="Buongiorno,\n\nè convocata la riunione per le consegne di dicembre. Si prega di confermare la presenza.\n\nCordiali saluti\nMarco Greco\nUfficio Acquisti", desc="Riunione fornitori",
               location="Sala riunioni piano terra", when=(6, 10, 30), dur=60, arrival=(2016, 11, 14, 9, 12), xmailer="Lotus Notes Release 9.0.1FP8 October 10, 2016",
               tls=None))
    L.append(H("meeting", plat="thunderbird", client="kde", tz="Europe/Berlin", ua="KMail/5.24.3 (Linux/6.6.9; KDE/5.113.0; x86_64)", lang_tag="de",
               auth={"dkim": "pass", "dkim_d": "posteo.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               **F("Felix Hartmann", "felix.hartmann@posteo.example"), summary="Vereinstreffen LUG – Vorbereitung Linux-Tag",
               desc="Wer bringt den Beamer mit? Themenliste im Pad: https://pad.example.org/p/lug-linuxtag", location="Hackspace, Hinterhof", when=(7, 19, 0), dur=150))
    L.append(H("meeting", plat="thunderbird", client="evolution", tz="America/New_York", ua="Evolution 3.50.2",
               auth={"dkim": "fail", "dkim_d": "gnome-users.example", "dkim_why": "signature expired", "spf": "pass", "dmarc": "fail", "policy": "NONE"},
               **F("Ray Sullivan", "ray@gnome-users.example"), summary="Board meeting (monthly)",
               desc="Minutes from last time are on the wiki.", location="irc / jitsi", when=(5, 20, 0), dur=60, rrule="FREQ=MONTHLY;BYDAY=2WE"))
    L.append(H("doc_share", plat="o365", client="outlook", tz="Europe/Lisbon", lang_tag="pt-PT", auth={"dkim": "pass", "dkim_d": "example.net", "spf": "pass", "dmarc": "pass", "policy": "REJECT"},
               **F("João Silva", "joao.silva@example.net"), summary="Revisão do relatório anual",
               desc="Olá a todos,\n\nO rascunho está no OneDrive, deixem comentários diretamente no documento:\nhttps://examplenet-my.sharepoint.com/:w:/g/personal/joao_silva_example_net/EfR2aQ7m0XlGm4k8bQ?e=4Tq1Zs\n\nObrigado,\nJoão", location="Sala Tejo", when=(3, 15, 0), dur=60))
    L.append(H("appointment", plat="spamkit", client="generic", prodid="-//Clinic//Patient Portal 4//ZH", tz="Asia/Shanghai", structure="mixed_text_att", charset="gb2312", cte="base64",
               auth={"dkim": "pass", "dkim_d": "hospital-portal.example", "spf": "pass", "dmarc": "none"},
               **F("预约中心", "yuyue@hospital-portal.example"), summary="预约成功：口腔科 李医生",
               body="您好，您已成功预约口腔科李医生门诊。请提前15分钟到达并携带身份证。如需取消请提前一天在公众号操作。",
               desc="请携带身份证，提前15分钟到达。", location="门诊楼三层口腔科", when=(14, 9, 30), dur=20, alarms=[{"trigger": "-P1D"}]))
    L.append(H("finance_reminder", plat="thunderbird", client="thunderbird", tz="Europe/Moscow", comp="VTODO", lang_tag="ru",
               auth={"dkim": "pass", "dkim_d": "example.org", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               **F("Ирина Смирнова", "irina.smirnova@example.org"), summary="Оплатить аренду офиса – 85 000 ₽",
               desc="Счёт от арендодателя пришёл, оплатить до 5-го числа.", when=(4, 12, 0), dur=0, alarms=[{"trigger": "-P1D"}]))
    L.append(H("booking_ics_only", plat="icsonly", client="generic", prodid="-//Booking Engine//Hotel Reservations 7.3//EN", tz="Europe/Istanbul", allday=True, method="PUBLISH",
               auth={"dkim": "pass", "dkim_d": "hotel-bosphorus.example", "spf": "pass", "dmarc": "pass", "policy": "QUARANTINE"},
               **F("Hotel Bosphorus", "reservations@hotel-bosphorus.example"), summary="Rezervasyon / Reservation #HB-22817 (2 gece / nights)",
               desc="Check-in 14:00, check-out 12:00. Toplam / Total: 4.800 TL (otelde ödenecek / pay at hotel).", location="Hotel Bosphorus, Karaköy, İstanbul", when=(40, 0, 0), no_attendee=True))
    L.append(H("appointment", plat="icsonly", client="generic", prodid="-//Riverside Medical//Patient Appointments 3//EN", tz="Europe/London", ics_cte="quoted-printable", method="PUBLISH",
               auth={"dkim": "pass", "dkim_d": "gp-surgery.example", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               **F("Riverside Medical Practice", "noreply@gp-surgery.example"), summary="Flu vaccination – Riverside Medical Practice",
               desc="Please wear short sleeves. Reply CANCEL to 07700 900123 if you can't make it.", location="Riverside Medical Practice", when=(19, 10, 20), dur=10, no_attendee=True,
               alarms=[{"trigger": "-PT2H"}], use_tz=True))
    L.append(H("series", plat="o365", client="outlook", tz="Asia/Dubai", lang_tag="ar-AE", auth=INT, rrule="FREQ=WEEKLY;BYDAY=SU;COUNT=12",
               **F("فاطمة حداد", "f.haddad@example.net"), summary="اجتماع الفريق الأسبوعي", desc="مراجعة المهام الأسبوعية والمستجدات.", location="قاعة الاجتماعات 2", when=(3, 9, 0), dur=30))

    # ------------------------------------------------------------ quirky but legitimate
    L.append(H("booking_ics_only", plat="icsonly", client="generic", prodid="-//Escola de Idiomas//Agenda//PT", tz="America/Sao_Paulo", no_uid=True, ics_charset="ISO-8859-1", ics_cte="quoted-printable",
               auth={"dkim": "none", "spf": "pass", "dmarc": "none"}, tls=None,
               **F("Escola de Idiomas Atlântico", "agenda@escola-atlantico.example"), summary="Aula experimental de inglês", desc="Traga um caderno. Dúvidas: (11) 5550-1234.",
               location="Av. Paulista, 900 - 5º andar", when=(5, 19, 0), dur=60, nofold=True))
    L.append(H("meeting", plat="o365", client="outlook", tz="America/New_York", nofold=True, auth={"dkim": "pass", "dkim_d": "hudsonriver-bank.example", "spf": "pass", "dmarc": "pass", "policy": "REJECT"},
               **F("Marcus Reid", "marcus.reid@hudsonriver-bank.example"), summary="Treasury services onboarding - wire & ACH setup",
               desc="Hi Sam,\n\nFollowing up on our call - this session covers the wire transfer templates and ACH limits for your account. Please have your admin tokens ready. We will never ask you to share passwords or one-time codes.\n\nMarcus Reid\nRelationship Manager, Treasury Services", location="Conference call - dial-in in the invite", when=(6, 11, 0), dur=60))

    # ------------------------------------------------------------ more traps
    L.append(H("it_notice", plat="google", client="google", tz="Europe/Rome", auth={"dkim": "pass", "dkim_d": "example.net", "sel": "google", "spf": "pass", "dmarc": "pass", "policy": "QUARANTINE"}, gprefix="Invito",
               **F("Supporto IT", "supporto.it@example.net"), summary="Migrazione a Webex: installazione del client (15 min)",
               desc="Ciao a tutti,\n\nda lunedì le riunioni esterne passano a Webex. Installate il client dal portale aziendale:\nhttps://software.example.net/webex\n\nSe il portale chiede le credenziali, usate il solito login Google aziendale. Chi ha problemi può passare in questo slot.\n\nSupporto IT", location="Sala Verdi", when=(3, 11, 30), dur=15))
    L.append(H("doc_share", plat="apple", client="apple", tz="America/Chicago", auth={"dkim": "pass", "dkim_d": "example.com", "spf": "pass", "dmarc": "pass", "policy": "NONE"},
               **F("Megan Fox-Hall", "megan@example.com"), body="Here's the link to the wedding photos folder, the planner wants our picks before we meet:\nhttps://www.dropbox.com/scl/fi/7x2k9qrzv1m3b0a8c4d5e/Wedding-shortlist?rlkey=q8w7e6r5t4y3u2i1o0p9&dl=0\n\nxx Megan",
               summary="Photo picks w/ planner", location="Planner's studio, 221 W Ohio St", when=(9, 17, 0), dur=60))
    L.append(H("exec_assistant", plat="google", client="google", tz="Europe/Madrid", auth={"dkim": "pass", "dkim_d": "example.net", "sel": "google", "spf": "pass", "dmarc": "pass", "policy": "REJECT"}, gprefix="Invitación",
               **F("Elena Vidal", "elena.vidal@example.net"), meet="https://meet.google.com/wpo-kfrb-hzm",
               summary="URGENTE: revisión contrato Grupo Alcázar con Javier",
               desc="Lucía, Javier necesita 30 minutos contigo hoy para revisar el contrato con Grupo Alcázar antes de firmarlo. Ojo: cualquier cambio de cuenta bancaria del proveedor lo verificamos por teléfono, no por correo.\n\nElena (asistente de dirección)", when=(0, 13, 0), dur=30))
    L.append(H("finance_reminder", plat="o365", client="exchange16", tz="Asia/Tokyo", lang_tag="ja-JP", auth=INT, rrule="FREQ=MONTHLY;BYMONTHDAY=25",
               **F("人事部 給与担当", "kyuyo@example.net"), summary="給与振込日（25日）・給与明細の確認",
               desc="各位\n\n毎月25日は給与振込日です。給与明細は社内ポータル（https://portal.example.net/payslip）でご確認ください。\n\n人事部", allday=False, when=(8, 9, 0), dur=15))
    L.append(H("booking_ics_only", plat="icsonly", client="generic", prodid="-//Example Air//Check-in Reminder 2.0//EN", tz="Europe/Amsterdam", method="PUBLISH", ics_cte="base64", no_attendee=True,
               auth={"dkim": "pass", "dkim_d": "example-air.example", "spf": "pass", "dmarc": "pass", "policy": "REJECT"},
               **F("Example Air", "noreply@example-air.example"), summary="Vlucht EA1441 Amsterdam → Lissabon (boekingscode 7QXKLM)",
               desc="Online inchecken opent 30 uur voor vertrek: https://www.example-air.example/checkin?pnr=7QXKLM", location="Amsterdam Schiphol (AMS)", when=(33, 7, 15), dur=175,
               alarms=[{"trigger": "-PT3H"}]))
    return L
