# -*- coding: utf-8 -*-
"""Hand-written spam texts for train6.  Placeholders: {rfirst} {sname} {sorg}
{url} {phone} {amt} {ref} {date} {rorg}."""

S = {}

S["compromised"] = [
    dict(l="en", s="Proposal Document - {sorg}", d="Hi,\n\n{sname} has shared a secure document with you via OneDrive for Business.\n\nDocument name: {sorg} - Project Proposal.pdf\n\nREVIEW DOCUMENT: {url}\n\nThis link will expire in 48 hours. Please do not share it.\n\nKind regards,\n{sname}\n{sorg}"),
    dict(l="en", s="RFP #{ref} - Request for Proposal", d="Good afternoon,\n\n{sorg} invites your company to submit a bid for the attached RFP. Due to the size of the tender pack it has been uploaded to our SharePoint.\n\nView RFP & Submit Bid: {url}\n\nClosing date: {date}\n\nRegards,\n{sname}\nProcurement | {sorg}"),
    dict(l="en", s="Payment Remittance Advice", sm="Remittance - {sorg}", d="Hello,\n\nPlease see remittance advice for payment released to your account today.\nAmount: {amt}\nReference: REM-{ref}\n\nView remittance: {url}\n\nThanks,\n{sname}\nAccounts Payable"),
    dict(l="en", s="{sname} shared \"Q3 Budget Review.xlsx\" with you", d="{sname} has invited you to view the following file:\n\nQ3 Budget Review.xlsx\n\nOpen: {url}\n\nSent from Dropbox. Please sign in with your work email to view."),
    dict(l="en", s="Updated contract for your review", d="Hi {rfirst},\n\nAs discussed, here is the updated agreement. I've put it on DocSend so you can review the redlines before our call.\n\n{url}\n\nLet me know if anything needs changing.\n\nBest,\n{sname}"),
    dict(l="en", s="Meeting: statement of account & open invoices", d="Dear valued partner,\n\nKindly review the attached statement and open invoices before our call. Document is password protected, use your email password to open.\n\n>> ACCESS STATEMENT <<\n{url}\n\n{sname}\nCredit Control\n{sorg}"),
    dict(l="en", s="NDA + meeting notes", d="hey {rfirst}, sending over the NDA and notes from last week. can you sign before thursday?\n\n{url}\n\nthx\n{sname}\n\nSent from my iPhone"),
    dict(l="en", s="ACH payment confirmation {ref}", d="Your ACH payment of {amt} has been processed. Please confirm your banking details in the secure portal to avoid delays.\n\n{url}\n\n{sname}\n{sorg} Finance"),
    dict(l="de", s="Angebot {sorg} – Dokument freigegeben", d="Hallo,\n\nanbei erhalten Sie unser aktuelles Angebot. Aus Sicherheitsgründen wurde die Datei über SharePoint freigegeben.\n\nDokument öffnen: {url}\n\nBitte melden Sie sich mit Ihrer geschäftlichen E-Mail-Adresse an.\n\nMit freundlichen Grüßen\n{sname}\n{sorg}"),
    dict(l="de", s="Zahlungsavis Rechnung Nr. {ref}", d="Sehr geehrte Damen und Herren,\n\nbitte finden Sie das Zahlungsavis zur heutigen Überweisung ({amt}) unter folgendem Link:\n\n{url}\n\nFreundliche Grüße\n{sname}\nBuchhaltung"),
    dict(l="fr", s="Document partagé : bon de commande n° {ref}", d="Bonjour,\n\nVeuillez trouver ci-joint notre bon de commande. Le fichier est hébergé sur OneDrive pour des raisons de taille.\n\nConsulter le document : {url}\n\nCordialement,\n{sname}\nService Achats – {sorg}"),
    dict(l="es", s="Propuesta comercial – {sorg}", d="Buenas tardes:\n\nLe comparto la propuesta que comentamos. Puede revisarla en el siguiente enlace seguro:\n\n{url}\n\nQuedo atento a sus comentarios.\n\nSaludos cordiales,\n{sname}"),
    dict(l="pt", s="Comprovante de pagamento – {sorg}", d="Olá,\n\nSegue o comprovante de pagamento referente à NF {ref} no valor de {amt}.\n\nVisualizar comprovante: {url}\n\nAtenciosamente,\n{sname}\nFinanceiro"),
    dict(l="it", s="Documento condiviso: offerta {ref}", d="Buongiorno,\n\nLe inoltro l'offerta aggiornata. Il documento è disponibile su SharePoint:\n\n{url}\n\nCordiali saluti\n{sname}\n{sorg}"),
    dict(l="nl", s="Factuur en betalingsoverzicht {sorg}", d="Goedemiddag,\n\nHierbij het betalingsoverzicht van deze maand. U kunt het document bekijken via onderstaande link.\n\n{url}\n\nMet vriendelijke groet,\n{sname}"),
    dict(l="pl", s="Zapytanie ofertowe nr {ref}", d="Dzień dobry,\n\nprzesyłamy zapytanie ofertowe wraz ze specyfikacją. Dokumenty udostępniono przez OneDrive:\n\n{url}\n\nProsimy o odpowiedź do {date}.\n\nPozdrawiam\n{sname}"),
    dict(l="tr", s="Teklif dosyası paylaşıldı – {sorg}", d="Merhaba,\n\nGüncel fiyat teklifimizi aşağıdaki bağlantıdan inceleyebilirsiniz:\n\n{url}\n\nİyi çalışmalar,\n{sname}"),
    dict(l="ja", s="【共有】お見積書のご確認のお願い", d="いつもお世話になっております。\n{sorg}の{sname}です。\n\nお見積書をOneDriveで共有いたしました。以下のリンクからご確認ください。\n\n{url}\n\n何卒よろしくお願いいたします。"),
    dict(l="id", s="Dokumen penawaran – {sorg}", d="Selamat siang,\n\nBerikut kami bagikan dokumen penawaran harga terbaru. Silakan buka melalui tautan berikut:\n\n{url}\n\nTerima kasih,\n{sname}"),
    dict(l="en", s="Shared: Purchase Order PO-{ref}.pdf", d="{sname} shared a file with you.\n\nPO-{ref}.pdf\n\nThis invite will only work for you and people with existing access.\n\nOpen\n{url}"),
]

S["fake_update"] = [
    dict(l="en", s="Action required: update Zoom to join your scheduled meeting", d="Your Zoom client version is no longer supported for this meeting.\n\nTo join \"{title}\" please install the latest Zoom Workplace update (v6.{v}) before the meeting starts:\n\n{url}\n\nMeeting ID: {mid}\nPasscode: {pc}\n\nZoom Video Communications"),
    dict(l="en", s="Microsoft Teams: your client is out of date", d="You have been invited to a Microsoft Teams meeting.\n\nWe detected an outdated Teams client on your device. Audio and video will not work until you update.\n\nDownload the update: {url}\n\nMeeting ID: {mid}\nOrganizer: {sname}"),
    dict(l="en", s="Webex meeting — install required component", d="{sname} invites you to a Webex meeting.\n\nBefore joining, install the Webex Meeting Assistant plug-in:\n{url}\n\nMeeting number: {mid}\nPassword: {pc}"),
    dict(l="en", s="Skype meeting - plugin required", d="Join Skype Meeting\n\nThis is an online meeting for Skype for Business. To join you need the Skype Meetings App.\n\nInstall now: {url}\n\nTrouble joining? Try Skype Web App."),
    dict(l="en", s="Quarterly review (Zoom) - new client needed", d="Hi {rfirst},\n\nPlease make sure you run the newest Zoom client. IT has pushed a mandatory security update: {url}\n\nJoin Zoom Meeting\nhttps://zoom.us/j/{mid}\n\nThanks\n{sname}"),
    dict(l="en", s="Teams meeting: audio driver missing", d="[Microsoft Teams] Your device is missing the Teams audio driver required for this meeting.\n\nRun TeamsSetup_x64.msi: {url}\n\nIf you cannot install, contact your administrator."),
    dict(l="de", s="Teams-Besprechung: Bitte aktualisieren Sie Ihren Client", d="Sie wurden zu einer Microsoft Teams-Besprechung eingeladen.\n\nIhre Teams-Version ist veraltet. Bitte laden Sie vor Beginn der Besprechung das aktuelle Update herunter:\n\n{url}\n\nBesprechungs-ID: {mid}\nKennung: {pc}"),
    dict(l="fr", s="Réunion Zoom : mise à jour obligatoire du client", d="Bonjour {rfirst},\n\nVotre version de Zoom n'est plus compatible. Pour rejoindre la réunion, installez la mise à jour ici :\n\n{url}\n\nID de réunion : {mid}\nCode secret : {pc}"),
    dict(l="es", s="Reunión de Zoom: actualice la aplicación para unirse", d="Ha sido invitado a una reunión de Zoom.\n\nSu aplicación está desactualizada. Descargue la versión más reciente antes de la reunión:\n\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: {pc}"),
    dict(l="pt", s="Reunião no Teams – atualização necessária", d="Você foi convidado para uma reunião do Microsoft Teams.\n\nÉ necessário atualizar o aplicativo para participar:\n{url}\n\nID da reunião: {mid}"),
    dict(l="ru", s="Приглашение на встречу Zoom: требуется обновление клиента", d="Здравствуйте!\n\nДля участия во встрече необходимо обновить клиент Zoom до последней версии:\n\n{url}\n\nИдентификатор конференции: {mid}\nКод доступа: {pc}"),
    dict(l="ko", s="Zoom 회의 초대 – 최신 버전 설치 필요", d="회의에 참여하려면 최신 버전의 Zoom 클라이언트를 설치해야 합니다.\n\n다운로드: {url}\n\n회의 ID: {mid}\n암호: {pc}"),
    dict(l="vi", s="Cuộc họp Zoom: vui lòng cập nhật ứng dụng", d="Bạn được mời tham gia cuộc họp Zoom.\n\nPhiên bản Zoom của bạn đã cũ. Vui lòng tải bản cập nhật tại:\n{url}\n\nMã cuộc họp: {mid}"),
    dict(l="ar", s="اجتماع Teams: يلزم تحديث التطبيق", d="تمت دعوتك إلى اجتماع على Microsoft Teams.\n\nإصدار التطبيق لديك قديم. يرجى تنزيل التحديث قبل بدء الاجتماع:\n{url}\n\nمعرّف الاجتماع: {mid}"),
    dict(l="en", s="Invitation: Board sync @ {date}", d="Join with Zoom: {url}\n\nNOTE: guests must use Zoom desktop 6.x. Older clients will be blocked. Get it from the link above.\n\n-- {sname}"),
]

S["bec"] = [
    dict(l="en", s="Are you available?", d="{rfirst},\n\nAre you available? I need you to complete a task for me discreetly. I'm in a meeting and can't talk, reply by email only.\n\n{sname}\nSent from my iPad"),
    dict(l="en", s="Quick task", d="Hi {rfirst}, I need a favor. Can you get some gift cards for a few clients today? I will reimburse you. Let me know how soon you can do it.\n\nThanks\n{sname}"),
    dict(l="en", s="Urgent wire transfer - confidential", d="{rfirst},\n\nWe are finalising a confidential acquisition and I need you to process a wire of {amt} today. Legal will send the beneficiary details. Please keep this between us until the announcement.\n\nRegards,\n{sname}\nCEO"),
    dict(l="en", s="Staff appreciation - gift cards", d="Hello {rfirst},\n\nI want to surprise some of the staff with gift cards. I need 8 Apple gift cards of $200 each. Scratch the back and send me pictures of the codes. It's urgent.\n\n{sname}"),
    dict(l="en", s="Need your cell number", d="Please send me your cell number, I have a quick request.\n\n{sname}\nSent from mobile"),
    dict(l="en", s="Change of bank details for payroll", d="Hi,\n\nI recently changed my bank and would like my salary to be paid into the new account before the next payroll. Can you let me know the form I need to fill?\n\nThanks,\n{sname}"),
    dict(l="de", s="Dringend – kurze Aufgabe", d="Hallo {rfirst},\n\nsind Sie gerade am Platz? Ich brauche kurzfristig Ihre Unterstützung bei einer vertraulichen Zahlung. Ich sitze in einem Termin und kann nicht telefonieren. Bitte antworten Sie nur per E-Mail.\n\n{sname}\nGeschäftsführung"),
    dict(l="fr", s="Virement urgent – confidentiel", d="Bonjour {rfirst},\n\nJ'ai besoin que vous traitiez un virement international aujourd'hui dans le cadre d'une opération confidentielle. Êtes-vous disponible ? Merci de ne pas en parler pour l'instant.\n\n{sname}\nPrésident"),
    dict(l="es", s="¿Estás disponible?", d="{rfirst}, ¿estás en la oficina? Necesito que me ayudes con algo urgente y confidencial. Respóndeme por aquí.\n\n{sname}\nEnviado desde mi iPhone"),
    dict(l="it", s="Richiesta urgente", d="Ciao {rfirst},\n\nho bisogno che tu gestisca un pagamento urgente per un fornitore estero. Sei disponibile adesso? Sono in riunione, scrivimi solo per email.\n\n{sname}"),
    dict(l="nl", s="Ben je beschikbaar?", d="Hoi {rfirst},\n\nBen je even beschikbaar? Ik heb een dringende taak voor je die vandaag afgerond moet worden. Ik zit in een vergadering, mail me even.\n\n{sname}"),
    dict(l="pl", s="Pilne – przelew", d="Dzień dobry {rfirst},\n\nczy jest Pani/Pan dostępna? Potrzebuję pilnie zlecić przelew do kontrahenta. Sprawa poufna.\n\n{sname}\nPrezes Zarządu"),
]

S["phish"] = [
    dict(l="en", s="New voicemail from {phone} (0:47)", d="You received a new voice message.\n\nFrom: {phone}\nDuration: 00:47\nReceived: {date}\n\n> Play voice message: {url}\n\nMicrosoft 365 Voicemail Service"),
    dict(l="en", s="Password expires today for {remail}", d="The password for {remail} expires today.\n\nKeep current password: {url}\n\nIf you do not take action your account will be locked and you may lose access to email.\n\nIT Service Desk"),
    dict(l="en", s="DocuSign: Please review and sign \"{rorg} Compensation 2025\"", d="DocuSign\n\n{sname} sent you a document to review and sign.\n\nREVIEW DOCUMENT\n{url}\n\nDo Not Share This Email. This email contains a secure link to DocuSign."),
    dict(l="en", s="Adobe Acrobat Sign: agreement awaiting your signature", d="Please sign \"Service Agreement {ref}.pdf\"\n\n{sname} has sent you an agreement to sign.\n\nClick here to review and sign: {url}\n\nPowered by Adobe Acrobat Sign"),
    dict(l="en", s="Q4 payroll adjustments.xlsx", d="A file has been shared with you by HR.\n\nQ4 payroll adjustments.xlsx\n\nOpen in Excel Online: {url}\n\nYou are receiving this because you are listed as an affected employee."),
    dict(l="en", s="Mailbox storage full - 99.8%", d="Your mailbox is almost full.\n\n49.9 GB / 50 GB\n\nIncoming messages will be rejected after {date}. Increase storage for free:\n{url}"),
    dict(l="en", s="Google Drive: \"Salary review {year}\" shared with you", d="{sname} has shared a document with you\n\nSalary review {year}\n\nOpen in Docs: {url}\n\nGoogle LLC, 1600 Amphitheatre Parkway"),
    dict(l="en", s="MFA re-enrollment required", d="Due to a security policy update, all users must re-register their multi-factor authentication method by {date}.\n\nRe-enroll now: {url}\n\nFailure to comply will result in temporary account suspension."),
    dict(l="en", s="Secure message from HR: benefits enrollment closes", d="You have 1 secure message waiting.\n\nSubject: Benefits open enrollment – action required\n\nRead message: {url}\n\nThis message expires in 24h."),
    dict(l="en", s="Fax received: 3 pages", d="eFax Notification\n\nYou have a new fax document.\nPages: 3\nCaller ID: {phone}\n\nView fax: {url}"),
    dict(l="de", s="Ihr Kennwort läuft heute ab", d="Sehr geehrte/r {rfirst},\n\ndas Kennwort für Ihr Microsoft 365-Konto {remail} läuft heute ab. Um Ihr aktuelles Kennwort beizubehalten, bestätigen Sie bitte hier:\n\n{url}\n\nIhr IT-Support"),
    dict(l="fr", s="Nouveau message vocal de {phone}", d="Vous avez reçu un nouveau message vocal.\n\nDe : {phone}\nDurée : 00:32\n\nÉcouter le message : {url}\n\nService de messagerie vocale Microsoft"),
    dict(l="es", s="DocuSign: documento pendiente de firma", d="{sname} le envió un documento para revisar y firmar.\n\nREVISAR DOCUMENTO: {url}\n\nNo comparta este correo electrónico."),
    dict(l="pt", s="Sua senha expira hoje", d="Prezado(a) {rfirst},\n\nA senha da sua conta {remail} expira hoje. Para manter a mesma senha, clique abaixo:\n\n{url}\n\nEquipe de TI"),
    dict(l="it", s="Messaggio vocale ricevuto", d="Hai ricevuto un nuovo messaggio vocale (0:38).\n\nAscolta ora: {url}\n\nServizio Voicemail Microsoft 365"),
    dict(l="nl", s="Uw mailbox is bijna vol", d="Beste {rfirst},\n\nUw mailbox heeft de opslaglimiet bereikt. Nieuwe berichten worden geweigerd.\n\nExtra opslag activeren: {url}\n\nIT-afdeling"),
    dict(l="ru", s="Срок действия вашего пароля истекает", d="Уважаемый пользователь!\n\nСрок действия пароля для {remail} истекает сегодня. Чтобы сохранить текущий пароль, перейдите по ссылке:\n\n{url}\n\nСлужба поддержки"),
    dict(l="ja", s="パスワードの有効期限のお知らせ", d="{remail} 様\n\nご利用のアカウントのパスワードは本日で有効期限が切れます。\n引き続き現在のパスワードを使用するには、以下から手続きを行ってください。\n\n{url}\n\nシステム管理者"),
    dict(l="zh", s="您的邮箱即将停用", d="尊敬的用户：\n\n您的邮箱 {remail} 因长时间未验证将于今日停用。请立即点击以下链接完成验证：\n\n{url}\n\n系统管理员"),
]

S["callback"] = [
    dict(l="en", s="Your Norton 360 subscription has been renewed", d="Dear Customer,\n\nThank you for renewing your Norton 360 Total Protection.\n\nInvoice No: {ref}\nAmount charged: {amt}\nPayment method: Auto-debit\n\nIf you did not authorize this renewal, call our billing department within 24 hours: {phone}\n\nNorton Billing Team"),
    dict(l="en", s="McAfee Total Protection – auto-renewal invoice", d="Order ID: {ref}\nProduct: McAfee Total Protection (5 devices, 3 years)\nTotal: {amt}\n\nThe amount will be debited within 24 hrs. For cancellation & refund, contact {phone}"),
    dict(l="en", s="Geek Squad: service renewal confirmation", d="Hello {rfirst},\n\nYour Geek Squad Protection plan has been renewed for another year.\n\nInvoice #{ref}\nTotal: {amt}\n\nNot you? Call customer support immediately at {phone} (Mon–Sun, 24/7)."),
    dict(l="en", s="PayPal: You've got a money request", d="Invoice from Billing Department\n\nAmount due: {amt}\nNote from seller: We noticed unusual activity on your account. If you did not make this purchase, call PayPal at {phone} to cancel.\n\nView and pay invoice: {url}"),
    dict(l="en", s="Windows Defender: 5 threats found", d="WINDOWS DEFENDER ALERT\n\nYour computer is infected with 5 viruses (Trojan.Spyware). Your personal data is at risk.\n\nCall Windows Support immediately: {phone}\n\nDo not shut down your computer."),
    dict(l="en", s="Order confirmation #{ref}", d="Thank you for your order!\n\nApple iPhone 15 Pro Max 512GB - {amt}\nShipping: Express\n\nIf you didn't place this order, call us at {phone} to cancel and get a full refund."),
    dict(l="en", s="Your Prime membership has been renewed for {amt}", d="Hi,\n\nYour annual membership was renewed. Amount: {amt}\nTransaction ID: {ref}\n\nTo cancel renewal call {phone}"),
    dict(l="en", s="C0inbase: withdrawal of 0.4812 BTC requested", d="A withdrawal was requested from your account.\n\nAmount: 0.4812 BTC\nDestination: bc1q{ref}\n\nIf this was not you, call our security desk: {phone}"),
    dict(l="de", s="Ihr Abonnement wurde verlängert", d="Sehr geehrter Kunde,\n\nIhr Abonnement für Norton Security wurde automatisch verlängert.\nRechnungsnummer: {ref}\nBetrag: {amt}\n\nFalls Sie diese Verlängerung nicht veranlasst haben, rufen Sie uns an: {phone}"),
    dict(l="fr", s="Renouvellement de votre abonnement antivirus", d="Cher client,\n\nVotre abonnement McAfee a été renouvelé.\nMontant : {amt}\nN° de facture : {ref}\n\nPour annuler et être remboursé, appelez le {phone}."),
    dict(l="es", s="Confirmación de renovación – Geek Squad", d="Estimado cliente:\n\nSu plan de protección ha sido renovado por {amt}.\nFactura: {ref}\n\nSi no reconoce este cargo, llame al {phone}."),
    dict(l="it", s="Rinnovo automatico abbonamento", d="Gentile cliente,\n\nil suo abbonamento è stato rinnovato automaticamente.\nImporto: {amt}\nFattura n. {ref}\n\nPer annullare chiami il {phone}."),
    dict(l="pt", s="Fatura PayPal: pagamento pendente", d="Você recebeu uma fatura de {amt}.\n\nSe você não reconhece esta cobrança, ligue imediatamente para {phone}.\n\nNúmero da fatura: {ref}"),
    dict(l="en", s="N o r t o n  L i f e L o c k  invoice {ref}", d="N-o-r-t-o-n Renewal\nTotal: {amt}\nQuestions? Call: {phone}"),
    dict(l="en", s="Geek Squad - Invoice", d="HELP DESK: {phone}\n\nYour order has been processed. Amount {amt}. Call to dispute."),
]

S["invoice"] = [
    dict(l="en", s="Your parcel is on hold: customs fee £2.99 unpaid", d="Royal Mail: Your parcel {ref} is being held at our depot because a customs fee of £2.99 has not been paid.\n\nPay now to arrange redelivery: {url}\n\nParcels not collected within 72 hours will be returned to sender."),
    dict(l="en", s="Delivery attempt failed - reschedule", d="We attempted to deliver your package today but no one was available.\n\nTracking: {ref}\n\nReschedule your delivery: {url}"),
    dict(l="en", s="Outstanding invoice INV-{ref} – final notice", d="Dear Sir/Madam,\n\nOur records show invoice INV-{ref} for {amt} is now 30 days overdue. To avoid collection fees please settle immediately.\n\nPay online: {url}\n\nAccounts Receivable"),
    dict(l="en", s="Tax refund approved: {amt}", d="HM Revenue & Customs\n\nAfter the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of {amt}.\n\nSubmit your refund request: {url}"),
    dict(l="en", s="Unpaid toll balance – avoid late fee", d="Your vehicle has an outstanding toll balance of $6.99. To avoid a late fee of $50.00 please pay by {date}:\n\n{url}"),
    dict(l="de", s="Ihr Paket konnte nicht zugestellt werden", d="Sehr geehrter Kunde,\n\nIhr Paket ({ref}) wartet auf die Zahlung der Zollgebühr in Höhe von 1,99 €.\n\nJetzt bezahlen: {url}\n\nIhr Paketdienst"),
    dict(l="fr", s="Colis en attente : frais de douane à régler", d="Votre colis n° {ref} est en attente. Des frais de douane de 2,99 € doivent être réglés avant la livraison.\n\nRégler maintenant : {url}"),
    dict(l="es", s="Su paquete está retenido en aduanas", d="Estimado cliente, su envío {ref} está retenido. Debe abonar 1,79 € en concepto de aranceles.\n\nPagar: {url}"),
    dict(l="pt", s="Sua encomenda está retida – taxa de importação", d="Olá! Sua encomenda {ref} aguarda pagamento da taxa de importação de R$ 39,90.\n\nRegularize aqui: {url}\n\nCaso não seja paga em 48h a encomenda será devolvida."),
    dict(l="pl", s="Przesyłka oczekuje na dopłatę", d="Twoja przesyłka {ref} oczekuje na dopłatę 2,50 zł. Zapłać, aby uniknąć zwrotu do nadawcy:\n\n{url}"),
    dict(l="id", s="Paket Anda tertahan di gudang", d="Paket Anda dengan nomor resi {ref} tertahan karena alamat tidak lengkap. Perbarui alamat dan bayar biaya Rp 15.000:\n\n{url}"),
    dict(l="tr", s="Kargonuz gümrükte bekliyor", d="Sayın müşterimiz, {ref} numaralı gönderiniz gümrük vergisi ödenmediği için bekletilmektedir. Ödeme: {url}"),
]

S["prize"] = [
    dict(l="en", s="Congratulations {rfirst}! You've been selected", d="Congratulations!\n\nYou have been selected to receive a $1,000 gift card as part of our loyalty program. Only 3 rewards left today.\n\nClaim your reward: {url}"),
    dict(l="en", s="Your 4,850 loyalty points expire today", d="Dear member,\n\nYour 4,850 reward points will expire at midnight. Redeem them now for exclusive gifts:\n\n{url}"),
    dict(l="en", s="Complete our 30-second survey – get $100", d="We value your opinion! Answer 5 quick questions about your recent shopping experience and receive a $100 voucher.\n\nStart survey: {url}"),
    dict(l="en", s="You won an iPhone 15 Pro!", d="You are today's lucky visitor! Confirm your shipping details and pay only $1.95 shipping to receive your iPhone 15 Pro.\n\n{url}"),
    dict(l="en", s="Costc0 Anniversary Gift", d="To celebrate our anniversary, we're giving away 500 gift baskets. Take the survey to claim yours:\n{url}"),
    dict(l="en", s="Pending reward: $750 Walmart gift card", d="Your reward is pending activation. Claim before {date}.\n{url}"),
    dict(l="de", s="Herzlichen Glückwunsch! Sie wurden ausgewählt", d="Herzlichen Glückwunsch!\n\nSie wurden ausgewählt, an unserer Kundenumfrage teilzunehmen. Als Dankeschön erhalten Sie einen Gutschein im Wert von 500 €.\n\nJetzt teilnehmen: {url}"),
    dict(l="fr", s="Vos points fidélité expirent aujourd'hui", d="Cher client,\n\nVous avez 3 200 points fidélité qui expirent aujourd'hui. Convertissez-les en cadeau :\n\n{url}"),
    dict(l="es", s="¡Enhorabuena! Has ganado un premio", d="¡Enhorabuena! Ha sido seleccionado como ganador de nuestro sorteo mensual. Reclame su premio antes de que caduque:\n\n{url}"),
    dict(l="it", s="Sondaggio clienti – premio garantito", d="Gentile cliente, partecipa al nostro breve sondaggio e ricevi un premio garantito del valore di 100 €.\n\n{url}"),
    dict(l="nl", s="Gefeliciteerd! U bent geselecteerd", d="Gefeliciteerd! U bent geselecteerd voor een gratis cadeaubon van € 500. Vul de korte enquête in:\n\n{url}"),
    dict(l="ar", s="مبروك! لقد ربحت جائزة", d="مبروك!\n\nلقد تم اختيارك للفوز ببطاقة هدية بقيمة 1000 ريال. اضغط على الرابط لاستلام جائزتك:\n\n{url}"),
    dict(l="ru", s="Вы выиграли приз!", d="Поздравляем! Вы стали победителем ежемесячного розыгрыша. Чтобы получить приз, подтвердите данные:\n\n{url}"),
]

S["crypto"] = [
    dict(l="en", s="Your Bitcoin wallet received 0.42 BTC", d="Incoming transfer confirmed: 0.42 BTC (≈ {amt}).\n\nTo withdraw the funds, verify your wallet within 24 hours:\n{url}"),
    dict(l="en", s="AI trading bot – 3,800% returns in 30 days", d="Our AI-powered trading platform made members 3,800% in 30 days. Start with just $250. Limited spots.\n\nJoin now: {url}\nSupport on Telegram: {tg}"),
    dict(l="en", s="Private signals group – invite", d="You've been added to our VIP crypto signals group. 95% accuracy. Daily 10x calls.\n\nAccept invite: {tg}"),
    dict(l="en", s="USDT balance ready for withdrawal", d="Dear user, your account holds 12,480 USDT from the airdrop program. Complete KYC to withdraw:\n{url}"),
    dict(l="en", s="Webinar: passive income with AI trading", d="Live webinar: how ordinary people earn $1,500/day with automated trading. Reserve your seat:\n{url}\n\nQuestions? WhatsApp: {wa}"),
    dict(l="de", s="KI-Trading: Ihr Konto wurde aktiviert", d="Glückwunsch! Ihr Konto bei unserer KI-Handelsplattform ist aktiviert. Ihr Berater ruft Sie an. Erste Einzahlung: 250 €.\n\n{url}"),
    dict(l="es", s="Inversión en criptomonedas – plazas limitadas", d="Gane hasta 5.000 € al mes con nuestro robot de inversión. Sin experiencia.\n\nRegístrese: {url}"),
    dict(l="pt", s="Renda extra com robô de trade", d="Ganhe R$ 3.000 por dia com nosso robô de trade automático! Vagas limitadas.\n\nCadastre-se: {url}\nWhatsApp: {wa}"),
    dict(l="ru", s="Криптовалюта: пассивный доход от 3000$ в месяц", d="Присоединяйтесь к закрытому клубу инвесторов. Сигналы, обучение, поддержка 24/7.\n\n{tg}"),
    dict(l="zh", s="加入我们的投资群 – 每日稳定收益", d="专业分析师带队，每日推送数字货币信号，月收益30%以上。\n\n添加群：{tg}\n名额有限！"),
    dict(l="tr", s="Kripto kazanç fırsatı", d="Yapay zeka destekli işlem botumuzla günde 5.000 TL kazanın. Hemen kaydolun:\n{url}"),
    dict(l="vi", s="Đầu tư tiền ảo – lợi nhuận 30%/tháng", d="Tham gia nhóm đầu tư tiền ảo với lợi nhuận ổn định 30% mỗi tháng.\n\nĐăng ký: {url}\nTelegram: {tg}"),
    dict(l="id", s="Investasi kripto – untung setiap hari", d="Dapatkan penghasilan Rp 5 juta per hari dengan robot trading AI. Daftar sekarang:\n{url}"),
]

S["dating"] = [
    dict(l="en", s="Hi dear, I saw your profile", d="Hello dear, I saw your profile and I think we have a lot in common. I'm Anna, 27, new in your city. Write me here, I have more photos: {url}"),
    dict(l="en", s="Someone near you wants to meet tonight", d="3 women within 5 km want to meet you tonight. See who is online:\n{url}"),
    dict(l="en", s="I recorded you", d="I know your password and I have installed malware on your device. I recorded you while you were watching adult websites. Send $1,450 in Bitcoin to the address below within 48 hours or the video will be sent to all your contacts.\n\nBTC: bc1q{ref}\n\nDon't reply, this mailbox is not monitored."),
    dict(l="en", s="private photos for you ;)", d="hey handsome, i made some private pics just for you... come see {url}"),
    dict(l="de", s="Hast du heute Abend Zeit?", d="Hallo, ich bin Lena, 29. Ich suche jemanden für ein Treffen ohne Verpflichtungen. Schreib mir hier: {url}"),
    dict(l="fr", s="Une femme près de chez vous vous a envoyé un message", d="Vous avez 1 nouveau message privé de Julie (31 ans, à 2 km).\n\nLire le message : {url}"),
    dict(l="ru", s="Познакомимся?", d="Привет! Меня зовут Катя, мне 26. Увидела твою анкету и решила написать. Мои фото здесь: {url}"),
    dict(l="ja", s="近くの女性からメッセージが届いています", d="あなたの近くにいる女性からメッセージが届いています。\n今すぐ確認する：{url}"),
    dict(l="pl", s="Mam twoje nagranie", d="Mam dostęp do twojego komputera i nagrałem cię kamerą. Zapłać 1200 USD w Bitcoin na adres bc1q{ref} w ciągu 48 godzin, inaczej wyślę nagranie wszystkim twoim kontaktom."),
    dict(l="es", s="Tengo un vídeo tuyo", d="Hackeé tu dispositivo hace meses. Tengo un vídeo comprometedor. Transfiere 1.300 USD en Bitcoin a bc1q{ref} en 2 días o lo enviaré a todos tus contactos."),
]

S["job"] = [
    dict(l="en", s="Remote position – $45/hour, flexible schedule", d="Hello {rfirst},\n\nOur HR team reviewed your profile and you have been shortlisted for a remote Data Entry position. Pay: $45/hour, 2–3 hours per day.\n\nTo schedule an interview, contact our recruiter on WhatsApp: {wa}"),
    dict(l="en", s="Inheritance claim – next of kin", d="Dear Friend,\n\nI am Barrister {sname}, personal attorney to the late engineer who died with his family in a car accident. He left a deposit of US$8.5 million and no next of kin. I propose to present you as beneficiary. Reply with your full name and phone number.\n\nYours faithfully,\n{sname}"),
    dict(l="en", s="Lottery winner notification", d="Your email address has won £850,000 in the International E-Mail Lottery draw. Ref: {ref}. Contact our claims agent to process your winnings: claims.agent@{ld}"),
    dict(l="en", s="Partnership proposal – transfer of funds", d="I am contacting you for a mutually beneficial business. I need a foreign partner to receive funds of $12.7M. You will receive 40%. Kindly reply for details."),
    dict(l="fr", s="Offre d'emploi – télétravail 300 € / jour", d="Bonjour,\n\nNous recrutons des assistants en ligne. Aucune expérience requise. Rémunération : 300 € par jour.\n\nContactez-nous sur WhatsApp : {wa}"),
    dict(l="es", s="Oferta de trabajo desde casa", d="Hola, somos una agencia de empleo. Buscamos personas para trabajo a tiempo parcial desde casa: 200 € al día. Escríbanos por WhatsApp: {wa}"),
    dict(l="it", s="Eredità non reclamata", d="Gentile {rfirst},\n\nsono l'avvocato {sname}. Un mio cliente deceduto ha lasciato un patrimonio di 4,2 milioni di euro senza eredi. La contatto perché condivide il cognome. Mi risponda per i dettagli."),
    dict(l="ar", s="شراكة تجارية سرية", d="السلام عليكم،\n\nأنا مدير مصرف وأحتاج إلى شريك أجنبي لتحويل مبلغ 15 مليون دولار. ستحصل على 40٪. يرجى الرد بالاسم الكامل ورقم الهاتف."),
    dict(l="id", s="Lowongan kerja online – gaji harian", d="Halo! Kami membuka lowongan kerja paruh waktu dari rumah. Penghasilan Rp 500.000 – Rp 2.000.000 per hari. Hubungi WhatsApp: {wa}"),
    dict(l="vi", s="Việc làm online – thu nhập 1 triệu/ngày", d="Chào bạn! Công ty chúng tôi tuyển cộng tác viên làm việc online, thu nhập 500k – 1 triệu mỗi ngày. Liên hệ Telegram: {tg}"),
]

S["retail"] = [
    dict(l="zh", s="Ray-Ban太阳眼镜 特价 $19.99", d="Ray-Ban太阳眼镜 清仓特价 $19.99 全场包邮\n{url}", short=True),
    dict(l="en", s="Michael Kors Bags 90% OFF", d="Michael Kors Bags 90% OFF Black Friday Sale {url}", short=True),
    dict(l="en", s="UGG Boots Clearance $29.99", d="UGG Boots Clearance Sale only $29.99 Free Shipping: {url}", short=True),
    dict(l="zh", s="双11特价 名牌手表 1折起", d="双11 名牌手表 1折起 限时抢购 {url}", short=True),
    dict(l="en", s="Oakley Sunglasses Sale 2016", d="Oakley & Ray-Ban Sunglasses Only $19.99 Today!! {url}", short=True),
    dict(l="zh", s="Nike Air Max 超低价 ¥199", d="Nike Air Max 2016新款 超低价 ¥199 {url}\nNike跑鞋 清仓", short=True),
    dict(l="en", s="Cheap meds online - no prescription", d="V1agra 100mg x 30 pills $39\nC1alis 20mg x 20 pills $45\nNo prescription needed. Discreet shipping.\n{url}"),
    dict(l="de", s="Potenzmittel ohne Rezept – diskreter Versand", d="Potenzmittel ohne Rezept bestellen. Diskreter Versand aus der EU, Zahlung per Rechnung.\n{url}"),
    dict(l="ko", s="명품 시계 특가 90% 할인", d="명품 시계 특가 세일 90% 할인 무료배송 {url}", short=True),
    dict(l="pt", s="Tênis 80% OFF – só hoje", d="Tênis originais com 80% de desconto. Só hoje! Frete grátis: {url}", short=True),
]

S["nagging"] = [
    dict(l="en", s="REMINDER: Claim your reward", d="Your reward is still waiting: {url}"),
    dict(l="en", s="!!! ACCOUNT SUSPENDED – ACT NOW !!!", d="Your account will be deleted. Verify: {url}"),
    dict(l="en", s="Daily profit alert", d="Your daily crypto profit is ready: {url}"),
    dict(l="de", s="Letzte Erinnerung: Gewinn abholen", d="Ihr Gewinn verfällt! Jetzt abholen: {url}"),
    dict(l="es", s="Recordatorio: su premio caduca", d="Su premio caduca pronto: {url}"),
    dict(l="en", s="Team Sync", d="Team sync – see details: {url}", mass=True),
    dict(l="zh", s="免费领取 iPhone 名额", d="免费领取名额即将结束 {url}", mass=True),
    dict(l="en", s="Exclusive invitation", d="You are invited. RSVP: {url}", mass=True),
]

S["cal_only"] = [
    dict(l="en", s="Invitation", d="Your Apple ID has been locked for security reasons. Unlock: {url}", body=""),
    dict(l="en", s="Meeting", d="Congratulations! You have been chosen to receive a $500 gift card. Claim: {url}", body="See attached."),
    dict(l="fr", s="Invitation", d="Votre compte bancaire a été suspendu. Réactivez-le ici : {url}", body=""),
    dict(l="ja", s="お知らせ", d="Amazonアカウントが一時停止されました。こちらから確認してください：{url}", body=""),
    dict(l="ko", s="일정", d="고객님의 택배가 보류 중입니다. 주소 확인: {url}", body=""),
    dict(l="en", s="Fwd: schedule", d="Norton renewal of $399.99 processed. Call {phone} to cancel.", body="Hi,\n\nthanks for the coffee last week, see you soon.\n"),
]

# additional English variants (the plan trims over-represented languages first)
S["compromised"] += [
    dict(l="en", s="Signed agreement - please countersign", d="Hi {rfirst},\n\nThe agreement has been signed on our side. Please countersign at your earliest convenience so we can release the first payment.\n\nView & countersign: {url}\n\n{sname}\n{sorg}"),
    dict(l="en", s="Updated wire instructions - invoice {ref}", d="Hello,\n\nPlease note our banking details have changed for invoice {ref}. The updated instructions are in the secure document below; kindly update your vendor records before the next payment run.\n\n{url}\n\nRegards,\n{sname}\nFinance | {sorg}"),
]
S["fake_update"] += [dict(l="en", s="Your meeting host requires the latest Zoom client", d="The host has enabled a security setting that requires Zoom 6.x or later.\n\nUpdate and join: {url}\n\nMeeting ID: {mid}")]
S["bec"] += [dict(l="en", s="Vendor payment - process today", d="{rfirst},\n\nI need you to process a payment to a new vendor today, it's time sensitive. Are you at your desk? I'll send the invoice once you confirm.\n\n{sname}")]
S["callback"] += [dict(l="en", s="Receipt for your purchase – {amt}", d="Thank you for your purchase.\n\nItem: Annual Security Suite (Family)\nAmount: {amt}\nOrder: {ref}\n\nIf you do not recognise this payment please call {phone} within 24 hours to request a refund.")]
S["invoice"] += [dict(l="en", s="Final reminder: unpaid vehicle registration fee", d="Our records indicate the registration renewal fee for your vehicle remains unpaid. Avoid a penalty of $75 by paying before {date}:\n\n{url}")]
S["prize"] += [dict(l="en", s="You have 1 unclaimed reward", d="Hi {rfirst}, you have 1 unclaimed reward waiting in your account. It expires in 24 hours.\n\nClaim now: {url}")]
S["crypto"] += [dict(l="en", s="Profit withdrawal pending: 2.18 ETH", d="Your trading account has a pending profit withdrawal of 2.18 ETH. Pay the network fee to release the funds:\n\n{url}\n\nAccount manager on WhatsApp: {wa}")]
S["dating"] += [dict(l="en", s="New match! Sophie sent you a wink", d="Sophie, 28, sent you a wink and wants to chat. She is online now.\n\nReply to Sophie: {url}")]
S["job"] += [dict(l="en", s="Mystery shopper assignment – $300 per task", d="Congratulations, you have been selected as a mystery shopper in your area. Each assignment pays $300. A cheque will be mailed to you for the first evaluation.\n\nReply with your name, address and phone number to start.")]
