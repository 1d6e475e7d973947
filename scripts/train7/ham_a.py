# SPDX-License-Identifier: CC0-1.0
# train7 content: ham payment reminders, partner shares, IT notices. Every text written for this corpus.


def R(lang, cl, frm, s, d=None, **kw):
    r = dict(lang=lang, cl=cl, frm=frm, s=s, **kw)
    if d is not None:
        r['d'] = d
    return r


PAYMENT = [
    R('en', 'google', ('Mom', 'carol.whitfield58@gmail.com'), 'Property tax 2nd installment due',
      "Hi sweetie,\n\nJust putting this on the family calendar so we don't forget like last year. The second "
      "installment of the property tax for the lake house is $1,842.16 and it has to be in by Friday or they add "
      "the 10% penalty.\n\nI can drop a check at the county office on Thursday, or you can pay it online with the "
      "parcel number from the blue folder. Let me know which so we don't pay it twice!\n\nLove, Mom",
      allday=True, to=('James', 'Whitfield'), tz='America/Chicago', alarms=['-P1D']),
    R('en', 'gmailatt', ('Tom Hargreaves', 'tom.hargreaves77@gmail.com'), "Dad's care home fee - March",
      "Hi both,\n\nReminder that Dad's care home invoice for March came in at £3,450. Split three ways that's "
      "£1,150 each, due on the 1st. Same account as before (Ashgrove House, ref WHIT-0412).\n\nI've attached a "
      "calendar reminder. Shout if money's tight this month and I'll cover and you can sort me later.\n\nTom",
      b="Hi both,\n\nReminder that Dad's care home invoice for March came in at £3,450 - that's £1,150 each, due "
      "on the 1st, same account as before (Ashgrove House, ref WHIT-0412). Calendar reminder attached.\n\nTom\n",
      to=('Tom', 'Hargreaves'), tz='Europe/London', allday=True),
    R('de', 'webatt', ('Helmut Krämer', 'helmut.kraemer@gmx.de'), 'Nebenkostenabrechnung 2024 – Nachzahlung',
      "Hallo Frau Hoffmann,\n\nanbei wie jedes Jahr die Nebenkostenabrechnung für Ihre Wohnung in der "
      "Lindenstraße 12. Für 2024 ergibt sich eine Nachzahlung von 214,37 €, hauptsächlich wegen der gestiegenen "
      "Heizkosten.\n\nBitte überweisen Sie den Betrag bis zum 15. auf mein bekanntes Konto (IBAN DE02 1203 0000 "
      "0000 2020 51, Verwendungszweck „NK 2024 Hoffmann“). Den Termin habe ich Ihnen als Erinnerung angehängt.\n\n"
      "Bei Fragen rufen Sie mich gerne an.\n\nViele Grüße\nHelmut Krämer", to=('Katrin', 'Hoffmann'), allday=True,
      cs='windows-1252', hcs='windows-1252',
      b="Hallo Frau Hoffmann,\n\nanbei die Nebenkostenabrechnung 2024 (Nachzahlung 214,37 €, bitte bis zum 15. "
        "auf das bekannte Konto) und ein Termin als Erinnerung.\n\nViele Grüße\nHelmut Krämer\n"),
    R('fr', 'webatt', ('Trésorier AS Villeneuve', 'tresorier.asvilleneuve@orange.fr'), 'Rappel : cotisation saison 2025/2026',
      "Bonjour à tous,\n\nPetit rappel : la cotisation annuelle du club (120 € par enfant, 200 € pour deux) est à "
      "régler avant la reprise des entraînements. Chèque à l'ordre de l'AS Villeneuve ou virement (RIB sur "
      "demande). Les licences ne seront pas envoyées à la ligue sans paiement.\n\nJe serai au stade samedi matin "
      "de 10h à 12h pour les retardataires.\n\nSportivement,\nDidier, trésorier", allday=False, hour=(10, 0), dur=120,
      att=18, tz='Europe/Paris'),
    R('es', 'google', ('Administración Comunidad Arce 14', 'admin.comunidadarce14@gmail.com'), 'Recordatorio: cuota de comunidad y derrama',
      "Buenas tardes vecinos,\n\nOs recuerdo que este mes, además de la cuota ordinaria de 85 €, se pasa el primer "
      "plazo de la derrama del ascensor (140 €). El cargo se hará por domiciliación el día 5. Quien pague por "
      "transferencia, por favor indicad piso y letra en el concepto.\n\nCualquier duda, me llamáis al 655 501 "
      "234.\n\nUn saludo,\nPilar (administradora)", att=12, allday=True),
    R('en', 'icloud', ('Sarah', 'sarah.lindqvist.home@icloud.com'), 'Car insurance renewal',
      "Renewal for both cars is $614 this time (up from $560). Due on the 12th. Before we pay, can you call Mike "
      "at the agency - (555) 0142-7730 - and ask if the multi-policy discount was applied? I think it wasn't.",
      to=('Sarah', 'Lindqvist'), tz='America/New_York', allday=True),
    R('en', 'yahoo', ('Joe Ramirez - Green Lawn Care', 'greenlawn.joe@yahoo.com'), 'Invoice 2041 - October mowing',
      "Hi Mr. Brennan,\n\nThanks again for your business this season. Invoice 2041 for October (4 mows + leaf "
      "cleanup) comes to $180.00. You can pay by check at the next visit or Venmo @greenlawn-joe.\n\nI put our "
      "last visit of the year on your calendar - weather permitting.\n\nJoe\n(555) 0118-4402",
      to=('Michael', 'Brennan'), tz='America/Chicago', hour=(8, 0), dur=60),
    R('it', 'webatt', ('Studio Amm.ne Condominiale Ferri', 'studioferri.condomini@libero.it'), 'Promemoria rata condominiale',
      "Gentili condòmini,\n\nvi ricordo che entro fine mese va versata la seconda rata condominiale (230,00 € per "
      "le unità di tipo A, 185,00 € per il tipo B). Estremi per il bonifico invariati.\n\nL'assemblea ordinaria si "
      "terrà nella data indicata nell'invito, presso la sala del condominio.\n\nCordiali saluti\nRag. Paolo Ferri",
      att=16, hour=(18, 30), dur=90, cs='iso-8859-15', hcs='iso-8859-15', clx=dict(plain_cte='quoted-printable')),
    R('pt', 'google', ('Ana Souza', 'ana.souza.fam@gmail.com'), 'Lembrete: IPVA 2026 vence dia 20',
      "Oi mãe,\n\nColoquei na agenda o vencimento do IPVA do carro: R$ 1.284,50 em cota única até dia 20 (com "
      "desconto). Se preferir parcelar são 3x de R$ 449,12. O boleto está no app do Detran, vou te mandar o print "
      "pelo zap.\n\nBeijos", to=('Beatriz', 'Carvalho'), allday=True, era=(2025, 2026)),
    R('nl', 'google', ('Bram Jansen', 'bram.jansen.thuis@gmail.com'), 'Voorlopige aanslag IB betalen',
      "Hoi Eva,\n\nDe Belastingdienst heeft de voorlopige aanslag gestuurd: € 312 bijbetalen, termijn verloopt "
      "eind van de maand. Ik heb het in de agenda gezet. Betalen via iDEAL met het betalingskenmerk op de brief "
      "(ligt op het bureau).\n\nXx Bram", to=('Eva', 'Bakker'), allday=True),
    R('pl', 'webatt', ('Krzysztof Lis', 'krzysztof.lis@wp.pl'), 'Przypomnienie: czynsz za mieszkanie',
      "Dzień dobry Pani Marto,\n\nprzypominam o czynszu za kolejny miesiąc: 2300 zł + media 240 zł, płatne do "
      "10. dnia miesiąca na to samo konto co zwykle. W tytule proszę wpisać adres i miesiąc.\n\nPrzy okazji: w "
      "czwartek o 17:00 przyjdzie hydraulik sprawdzić bojler, czy ktoś będzie w domu?\n\nPozdrawiam\nKrzysztof Lis",
      to=('Marta', 'Nowak'), hour=(17, 0), cs='iso-8859-2', hcs='iso-8859-2'),
    R('ja', 'webatt', ('佐藤 和子', 'kazuko.sato1960@yahoo.co.jp'), '町内会費の集金について',
      "皆様\n\nいつもお世話になっております。今年度の町内会費（年額3,000円）の集金を下記の日程で行います。\n"
      "当日ご不在の方は、班長の佐藤までお届けいただくか、お知らせください。\n\n集金日時：{date} 午前10時〜12時\n\n"
      "三丁目第二班 班長 佐藤", att=10, hour=(10, 0), dur=120, cs='iso-2022-jp', hcs='iso-2022-jp',
      clx=dict(plain_cte='7bit')),
    R('en', 'olcom', ('Hannah Kowalczyk', 'hannah.k.tutoring@outlook.com'), 'March tutoring invoice + next session',
      "Hi Daniel,\n\nHere's the invoice for March: 8 sessions x $40 = $320. Interac e-transfer to this email is "
      "easiest (auto-deposit is on), or cash at the next session is fine too.\n\nNext session is below - we'll "
      "do the practice exam.\n\nThanks!\nHannah", to=('Daniel', 'Okafor'), tz='America/Toronto', hour=(16, 30)),
    R('en', 'm365', ('Rita Moreno, CPA', 'rita@morenotax.example'), 'Reminder: Q3 estimated tax payment ($3,250)',
      "Hi Kevin,\n\nFriendly reminder that your Q3 federal estimated payment of $3,250 is due on the 15th. You "
      "can pay through IRS Direct Pay using the voucher amounts in the letter we sent in April. State payment "
      "($780) is due the same day.\n\nIf your income changed a lot this year, let's talk before you pay - I've "
      "held 20 minutes for a quick call.\n\nRita Moreno, CPA\nMoreno Tax & Bookkeeping | (555) 0107-3388",
      to=('Kevin', 'Nguyen'), tz='America/Los_Angeles', dur=20),
    R('en', 'bulk', ('Harbourside Insurance', 'renewals@harbourside-insurance.example'), 'Your home policy renews soon',
      "Dear Mr Hargreaves,\n\nYour home insurance policy HS-{ref} renews on {date}. Your renewal premium is "
      "£412.60, payable in full or in 12 monthly instalments of £35.88 by Direct Debit.\n\nYou don't need to do "
      "anything if you're happy to renew. To make changes, log in to your account at https://my.harbourside-"
      "insurance.example or call us on 01632 960245 (Mon-Fri 8am-8pm).\n\nHarbourside Insurance",
      to=('Tom', 'Hargreaves'), bulkdom='harbourside-insurance.example', allday=True, tz='Europe/London',
      method='PUBLISH'),
    R('de', 'tb', ('Steuerbüro Albrecht', 'kanzlei@steuerbuero-albrecht.example'), 'Erinnerung: USt-Vorauszahlung Q3',
      "Sehr geehrter Herr Wagner,\n\nwir möchten Sie an die Umsatzsteuer-Vorauszahlung für das 3. Quartal "
      "erinnern. Fällig am 10.10., Betrag laut übermittelter Voranmeldung: 1.874,20 €. Das Finanzamt zieht den "
      "Betrag per SEPA-Lastschrift ein, bitte sorgen Sie für ausreichende Deckung.\n\nMit freundlichen Grüßen\n"
      "Steuerbüro Albrecht\nTel. 030 5550 1824", to=('Stefan', 'Wagner'), allday=True, auth='selfdkim',
      tz='Europe/Berlin'),
    R('fr', 'google', ('Julien Moreau', 'julien.moreau.perso@gmail.com'), 'Taxe foncière : échéance le 15',
      "Coucou,\n\nJe te mets l'échéance de la taxe foncière dans l'agenda : 1 236 € cette année. Je préfère qu'on "
      "paie en ligne sur impots.gouv avant le 15 plutôt que d'attendre le prélèvement, comme ça on a 5 jours de "
      "plus.\n\nBisous", to=('Camille', 'Durand'), allday=True),
    R('en', 'icloud', ('Olivia', 'olivia.grant03@icloud.com'), 'WATER BILL!!',
      "Mom the water bill is overdue, $96.40. There's a $10 late fee if it's not paid by the date below. I can "
      "Venmo you my half lol", to=('Olivia', 'Grant'), allday=True, tz='America/Denver'),
    R('sv', 'google', ('Ebba Lindgren', 'ebba.lindgren.familj@gmail.com'), 'Påminnelse: förskoleavgiften',
      "Hej!\n\nGlöm inte att förskoleavgiften för mars (1 688 kr) ska vara betald senast den sista. OCR-numret "
      "finns på fakturan i Kivra. Jag har lagt in det i kalendern.\n\nKram /E", to=('Oskar', 'Nyström'), allday=True),
    R('tr', 'google', ('Apartman Yönetimi', 'lale.apt.yonetim@gmail.com'), 'Hatırlatma: Aidat ödemesi',
      "Sayın komşularımız,\n\nBu ayın aidatı 1.500 TL olup ayın 10'una kadar yönetim hesabına yatırılması "
      "gerekmektedir. Açıklama kısmına daire numaranızı yazmayı unutmayınız.\n\nAyrıca asansör bakımı için ayın "
      "ilk cumartesi günü saat 11:00'de kısa bir toplantı yapılacaktır.\n\nSaygılarımızla,\nYönetim", att=20,
      hour=(11, 0), dur=60),
    R('cs', 'webatt', ('Jana Horáková', 'jana.horakova@seznam.cz'), 'Připomínka: platba za kroužek',
      "Dobrý den,\n\nposílám připomínku platby za keramický kroužek na 2. pololetí: 2 400 Kč, splatnost do konce "
      "měsíce. Číslo účtu a variabilní symbol najdete v přihlášce. Termín první hodiny je v pozvánce.\n\nDěkuji,\n"
      "Jana Horáková", att=9, hour=(15, 30), cs='iso-8859-2', hcs='iso-8859-2'),
    R('en', 'google', ('Ms. Adler Piano Studio', 'adlerpianostudio@gmail.com'), 'Spring term fee + recital date',
      "Hello families,\n\nSpring term tuition is $450 (15 lessons), due at the first lesson of the term. Checks "
      "payable to Rachel Adler, or Zelle to this email.\n\nOur spring recital is on the date in this invite, "
      "community hall, 2pm. Students should arrive 30 minutes early.\n\nThank you!\nRachel Adler", att=14,
      hour=(14, 0), dur=120, tz='America/New_York'),
    R('ru', 'webatt', ('Ирина Кузнецова', 'irina.kuznetsova78@mail.ru'), 'Напоминание: оплатить садик',
      "Дима, привет!\n\nНапоминаю: до 10-го нужно оплатить садик за месяц, 6 800 руб. Квитанция в приложении "
      "Госуслуг. И не забудь, что в пятницу в 18:00 родительское собрание.\n\nЦелую", to=('Dmitry', 'Volkov'),
      hour=(18, 0), cs='utf-8'),
    R('en', 'bulk', ('BrightGrid Energy', 'billing@brightgrid-energy.example'), 'Your electricity bill is ready',
      "Hi Marcus,\n\nYour bill for the period ending {date} is ready.\n\nAmount due: $148.22\nDue date: {d2}\n"
      "Account: {ref}\n\nAutoPay is on - we'll charge your card ending 4417 on the due date. Questions? Call "
      "(555) 0100-2200.\n\nBrightGrid Energy", to=('Marcus', 'Bell'), bulkdom='brightgrid-energy.example',
      allday=True, method='PUBLISH', tz='America/New_York', clx=dict(bulk='ses')),
]

PARTNER = [
    R('en', 'm365', ('Andrea Lowell', 'andrea.lowell@northwindlogistics.example'), 'Q3 Steering Committee',
      "Hi all,\n\nAgenda and pre-read for the Q3 steering committee are in our shared workspace:\n\n"
      "https://northwindlogistics.sharepoint.com/sites/ExampleNet-Partnership/Shared%20Documents/Steering/"
      "Q3_SteerCo_PreRead.pptx\n\n1. KPI review (10 min)\n2. Warehouse migration status (20 min)\n3. Contract "
      "renewal timeline (15 min)\n4. AOB\n\nPlease add comments directly in the deck before Tuesday.\n\nAndrea",
      teams=True, att=[('Andrea Lowell', 'andrea.lowell@northwindlogistics.example', 'ACCEPTED'), 'TO',
                       ('Chris Dempsey', 'chris.dempsey@example.net'), ('Priya Raman', 'priya.raman@example.net')]),
    R('en', 'google', ('Ben Foster', 'ben.foster@lumenanalytics.example'), 'Data sharing agreement - redline review',
      "Hi Priya,\n\nAs discussed, here's the redlined DSA in Google Docs. I've accepted your clause 4 edits and "
      "left two comments on retention:\n\nhttps://docs.google.com/document/d/1hT7kQ2xVbN9mLp4Rz8sWc3Yd6Fj0GuAe5oI/"
      "edit?usp=sharing\n\nLet's walk through the open points on this call.\n\nBen", meet=True,
      to=('Priya', 'Raman'), x=['ATTACH;FILENAME=DSA_v3_redline;FMTTYPE=application/vnd.google-apps.document:'
                                 'https://docs.google.com/document/d/1hT7kQ2xVbN9mLp4Rz8sWc3Yd6Fj0GuAe5oI/edit']),
    R('en', 'm365', ('Claire Whitby', 'claire.whitby@fernhillconsulting.example'), 'Workshop prep: process maps',
      "Hello both,\n\nAhead of Thursday's workshop I've shared the current-state process maps on OneDrive - "
      "you should both have edit access:\n\nhttps://fernhillconsulting-my.sharepoint.com/:f:/g/personal/"
      "claire_whitby_fernhillconsulting_example/EhK4vQ8mTzRpL2nB7sW1yX0B?e=Qz7mPk\n\nIf the link asks you to sign "
      "in, use your example.net account - it's shared to that address.\n\nBest,\nClaire", teams=True,
      tz='Europe/London'),
    R('de', 'm365', ('Markus Feld', 'markus.feld@feld-partner.example'), 'Abstimmung Vertragsentwurf Rahmenvertrag',
      "Hallo Herr Becker,\n\nden überarbeiteten Entwurf des Rahmenvertrags habe ich in unserem gemeinsamen "
      "Projektraum abgelegt:\n\nhttps://feldpartner.sharepoint.com/sites/Projekt-ExampleNet/Freigegebene%20"
      "Dokumente/Vertrag/Rahmenvertrag_Entwurf_v4.docx\n\nÄnderungen sind im Überarbeitungsmodus sichtbar. Lassen "
      "Sie uns die offenen Punkte (Haftung, Laufzeit) im Termin klären.\n\nBeste Grüße\nMarkus Feld",
      teams=True, to=('Jonas', 'Becker')),
    R('fr', 'google', ('Élise Martin', 'elise.martin@atelier-lumiere.example'), 'Point maquette site web',
      "Bonjour Julien,\n\nJe vous ai partagé les maquettes V2 sur Google Drive :\nhttps://drive.google.com/drive/"
      "folders/1PqR7sT2uV9wX4yZ0aB3cD6eF8gH1iJ5k?usp=sharing\n\nOn regarde ensemble les retours sur la page "
      "d'accueil et le parcours de commande.\n\nÀ jeudi,\nÉlise", meet=True, to=('Julien', 'Moreau')),
    R('en', 'google', ('Marta Ruiz', 'marta.ruiz@oakridgeuniversity.example'), 'Grant proposal - final read-through',
      "Hi team,\n\nFinal version of the proposal narrative is here (comment access for everyone on the "
      "invite):\n\nhttps://docs.google.com/document/d/1Xc9vB2nM4kL7pQ0rS3tU6wY8zA1bD5eF/edit\n\nBudget sheet: "
      "https://docs.google.com/spreadsheets/d/1Lm3nO5pQ7rS9tU1vW3xY5zA7bC9dE1fG/edit\n\nSubmission portal closes "
      "Friday 5pm, so this is our last pass.\n\nMarta", meet=True, att=7, tz='America/New_York'),
    R('nl', 'm365', ('Lotte Visser', 'lotte.visser@dijkstra-advies.example'), 'Review rapportage Q2',
      "Hoi Sanne,\n\nDe conceptrapportage staat klaar in de gedeelde map:\n\nhttps://dijkstraadvies.sharepoint."
      "com/:w:/s/KlantExampleNet/EXq2L8mP4vT7nR9sB1wY3zAB?e=mK4pLq\n\nZou je hoofdstuk 3 willen nalezen? Tijdens "
      "de call nemen we de opmerkingen door.\n\nGroet,\nLotte", teams=True, to=('Sanne', 'de Vries')),
    R('en', 'tb', ('Jonah Weiss', 'jonah@weissengineering.example'), 'Design review: pump station drawings',
      "Hi Tom,\n\nDrawings package rev C is on our Nextcloud share (password is the project number):\n"
      "https://cloud.weissengineering.example/s/Kq7PzR2mX9vTbL4\n\nPlease mark up anything on sheets 4-7 before "
      "the review.\n\nJonah", to=('Tom', 'Hargreaves'), auth='selfdkim', tz='Europe/London'),
    R('es', 'm365', ('Carlos Méndez', 'carlos.mendez@grupoandino.example'), 'Revisión del plan de proyecto',
      "Hola Javier,\n\nTe comparto el plan de proyecto actualizado en OneDrive:\n\nhttps://grupoandino-my.sharepoint."
      "com/:x:/g/personal/carlos_mendez_grupoandino_example/ERt5yU8iO1pA3sD6fG9hJ2kB?e=Wq3Rt7\n\nRevisamos hitos "
      "y recursos en la reunión.\n\nSaludos,\nCarlos", teams=True, to=('Javier', 'Navarro'), tz='America/Mexico_City'),
    R('en', 'm365', ('Gregory Lane', 'g.lane@hollisbrandt.example'), 'Closing call - execution versions',
      "Rachel,\n\nExecution versions of the SPA and disclosure letter are in the deal room folder:\n\n"
      "https://hollisbrandt.sharepoint.com/sites/ProjectCedar/Shared%20Documents/Execution/\n\nPlease confirm your "
      "signatories can be available for the closing call below. Signature pages will go out via DocuSign once "
      "everyone confirms.\n\nGregory Lane\nSenior Associate | Hollis & Brandt LLP\nT +1 (555) 0132-447",
      teams=True, to=('Rachel', 'Adler')),
    R('it', 'google', ('Francesca Moretti', 'francesca.moretti@studiomoretti.example'), 'Revisione bilancio provvisorio',
      "Ciao Marco,\n\nti ho condiviso il file del bilancio provvisorio su Google Sheets:\nhttps://docs.google.com/"
      "spreadsheets/d/1Qw2Er3Ty4Ui5Op6As7Df8Gh9Jk0Lz/edit?usp=sharing\n\nNella call vediamo insieme le voci dei "
      "ratei e risconti.\n\nA presto,\nFrancesca", meet=True, to=('Marco', 'Esposito')),
    R('pt', 'm365', ('Rafael Lima', 'rafael.lima@construtora-horizonte.example'), 'Alinhamento cronograma obra',
      "Bom dia Ana,\n\nSegue o cronograma atualizado no SharePoint da obra:\nhttps://construtorahorizonte."
      "sharepoint.com/sites/ObraExample/Documentos/Cronograma_rev7.xlsx\n\nNa reunião vamos revisar o atraso da "
      "etapa de fundação.\n\nAbs,\nRafael", teams=True, to=('Ana', 'Souza'), tz='America/Sao_Paulo'),
    R('en', 'google', ('Dana Whitaker', 'dana@whitakerpr.example'), 'Press release review',
      "Hi Emily,\n\nDraft press release is in the doc below - suggestion mode is on. The embargo date is in the "
      "header.\n\nhttps://docs.google.com/document/d/1Zx8Cv7Bn6Mq5Wr4Et3Yu2Io1Pa0Sd/edit\n\nThanks!\nDana",
      to=('Emily', 'Carter'), meet=True, tz='America/Los_Angeles'),
    R('pl', 'm365', ('Agnieszka Wójcik', 'a.wojcik@baltic-it.example'), 'Przegląd specyfikacji API',
      "Cześć Piotrze,\n\nspecyfikacja API (wersja 1.3) jest w naszym wspólnym folderze:\nhttps://balticit."
      "sharepoint.com/:w:/s/IntegracjaExample/EQz4Wm7Nx2Lp9Rt5Vb8Yc1AB?e=Fh2Kl9\n\nNa spotkaniu omówimy "
      "uwierzytelnianie i limity.\n\nPozdrawiam\nAgnieszka", teams=True, to=('Piotr', 'Zieliński'),
      cs='utf-8'),
    R('en', 'olk', ('Sanjay Mehta', 'sanjay.mehta@crestviewhealth.example'), 'Vendor assessment questionnaire walkthrough',
      "Hi Kevin,\n\nAs part of our annual vendor review, the security questionnaire is in our SharePoint (you "
      "should have received a separate sharing email):\n\nhttps://crestviewhealth.sharepoint.com/:x:/s/"
      "VendorRisk/EVm2Nb4Xc6Zl8Kj0Hg2Fd4SB?e=Pq9Wr2\n\nHappy to walk through any questions on this call. No "
      "need to fill it out beforehand.\n\nThanks,\nSanjay", to=('Kevin', 'Nguyen'), auth='selfdkim', altdesc=True,
      tz='America/Chicago'),
    R('ja', 'm365', ('山本 健', 'ken.yamamoto@sakura-systems.example'), '要件定義レビュー会議',
      "鈴木様\n\nいつもお世話になっております。さくらシステムズの山本です。\n\n要件定義書（第2版）を共有フォルダに格納しました。\n"
      "https://sakurasystems.sharepoint.com/:w:/s/ExampleNet/EYh7Tg5Rf3Ed1Ws9Qa7Zx5CB?e=Lk8Jh6\n\n会議にて"
      "ご確認いただけますと幸いです。\n\nよろしくお願いいたします。", teams=True, to=('Aoi', 'Suzuki')),
    R('en', 'm365', ('Fiona Grant', 'fiona.grant@tidewaterlogistics.example'), 'Quarterly Business Review',
      "Forwarding the QBR invite with the updated deck link - the old one had the wrong permissions.\n\n"
      "Deck: https://tidewaterlogistics.sharepoint.com/:p:/s/Accounts/EWs3Ed5Rf7Tg9Yh1Uj3Ik5OB?e=Zx7Cv9\n\nFiona",
      teams=True, wrap='olfw', fwd=('Liam Carter', 'liam.carter@tidewaterlogistics.example'),
      fwd_note="Hi Sarah, forwarding Fiona's invite as promised - the corrected deck link is in the body.\n\nLiam",
      fwd_infra='m365', to=('Sarah', 'Lindqvist')),
    R('sv', 'google', ('Johan Berg', 'johan.berg@nordkust-arkitekter.example'), 'Genomgång av ritningar',
      "Hej Ebba,\n\nRitningarna finns i vår delade mapp:\nhttps://drive.google.com/drive/folders/"
      "1Ab2Cd3Ef4Gh5Ij6Kl7Mn8Op9Qr0St?usp=sharing\n\nVi går igenom fasaderna och planlösningen på mötet.\n\n"
      "Hälsningar,\nJohan", meet=True, to=('Ebba', 'Lindgren')),
    R('en', 'nc', ('Rosa Albrecht', 'rosa@kiezkollektiv.example'), 'Funding report: final review',
      "Hi Aisha,\n\nThe final report for the foundation is on our cloud, you can comment directly in the "
      "document:\nhttps://cloud.kiezkollektiv.example/s/3nWq8LxPz2KvR7d\n\nSee you on the call,\nRosa",
      to=('Aisha', 'Bello'), auth='selfdkim', ncname='Kiezkollektiv Cloud', nchost='cloud.kiezkollektiv.example',
      tz='Europe/Berlin'),
    R('de', 'google', ('Anja Roth', 'anja.roth@roth-marketing.example'), 'Kampagnenplanung Q4 – Briefing',
      "Hallo Miriam,\n\nhier das Briefing-Dokument für die Q4-Kampagne:\nhttps://docs.google.com/presentation/d/"
      "1Hj7Kl9Zx2Cv4Bn6Mq8Wr0Et/edit?usp=sharing\n\nBitte vorab kurz reinschauen, dann können wir im Termin direkt "
      "in die Details.\n\nLG Anja", meet=True, to=('Miriam', 'Schulte'),
      x=['ATTACH;FILENAME=Q4 Briefing;FMTTYPE=application/vnd.google-apps.presentation:https://docs.google.com/'
         'presentation/d/1Hj7Kl9Zx2Cv4Bn6Mq8Wr0Et/edit']),
    R('en', 'm365', ('Leah Morgan', 'leah.morgan@bluepeakfinance.example'), 'Audit fieldwork kickoff',
      "Hi Laura,\n\nThe PBC (prepared by client) list is uploaded to the secure portal folder we set up for "
      "example.net:\n\nhttps://bluepeakfinance.sharepoint.com/sites/Audit-ExampleNet/Shared%20Documents/PBC/"
      "PBC_List_FY.xlsx\n\nWe'll go through timing and owners at the kickoff.\n\nLeah Morgan\nAudit Manager, "
      "BluePeak Finance", teams=True, to=('Laura', 'Mitchell'),
      att=[('Leah Morgan', 'leah.morgan@bluepeakfinance.example', 'ACCEPTED'), 'TO',
           ('Michael Brennan', 'michael.brennan@example.net'), ('Ravi Shah', 'ravi.shah@bluepeakfinance.example')]),
    R('ko', 'google', ('이서연', 'seoyeon.lee@hanbit-design.example'), '브랜드 가이드 검토 회의',
      "박지우님 안녕하세요,\n\n브랜드 가이드 초안을 구글 드라이브에 공유드렸습니다.\nhttps://drive.google.com/file/d/"
      "1Qa2Ws3Ed4Rf5Tg6Yh7Uj8Ik/view?usp=sharing\n\n회의 때 의견 나눠주시면 감사하겠습니다.\n\n이서연 드림",
      meet=True, to=('Jiwoo', 'Park')),
]

IT = [
    R('en', 'm365', ('IT Service Desk', 'servicedesk@example.net'), 'Action required: Update Zoom to 6.x by Friday',
      "Hello {fn},\n\nZoom will stop supporting client versions older than 6.0 on our account next week. If "
      "your Zoom shows a version below 6.0 (Zoom > About), please update before Friday:\n\n- Windows/Mac: open "
      "Zoom, click your profile picture > Check for Updates\n- Managed laptops will also be updated automatically "
      "by Software Center during the window below.\n\nWe will never ask you to download installers from links "
      "in external emails. If in doubt, open a ticket at https://servicedesk.example.net.\n\nIT Service Desk",
      showas='FREE', transp='TRANSPARENT', att=3, era=(2024, 2026)),
    R('en', 'm365', ('IT Security', 'it-security@example.net'), 'MFA enrollment drop-in session',
      "Hi all,\n\nFrom next month, multi-factor authentication (MFA) will be required for all example.net "
      "accounts. If you haven't registered the Microsoft Authenticator app yet, join one of our drop-in "
      "sessions. Bring your phone; it takes about 10 minutes.\n\nYou can also self-enroll at "
      "https://aka.ms/mfasetup while signed in with your work account.\n\nIT will never ask you for your "
      "password or an MFA code.\n\nIT Security Team", teams=True, att=40, loc='Room 2.11 / Teams'),
    R('en', 'm365', ('IT Operations', 'it-ops@example.net'), 'Maintenance: Teams desktop client update (Sat 22:00-02:00)',
      "During this maintenance window we will push the new Microsoft Teams client to all managed Windows "
      "devices. Please leave your laptop powered on and connected. You may be asked to restart Teams on Monday "
      "morning. No action is needed otherwise.\n\nIf you use a personal device, you can update via the Teams "
      "app: Settings > About Teams.\n\nIT Operations", transp='TRANSPARENT', att=5, hour=(22, 0), dur=240),
    R('de', 'm365', ('IT-Service', 'it-service@example.net'), 'Wartungsfenster: Update VPN-Client (GlobalProtect 6.2)',
      "Liebe Kolleginnen und Kollegen,\n\nam kommenden Wochenende wird der VPN-Client auf allen verwalteten "
      "Geräten auf GlobalProtect 6.2 aktualisiert. Während des Wartungsfensters ist keine VPN-Verbindung "
      "möglich.\n\nNach dem Update werden Sie einmalig aufgefordert, sich neu anzumelden und die MFA-Anfrage in "
      "der Authenticator-App zu bestätigen. Ihr Passwort bleibt unverändert.\n\nBei Fragen: Durchwahl -4400\n\n"
      "Ihr IT-Service", transp='TRANSPARENT', att=6, hour=(20, 0), dur=300),
    R('fr', 'm365', ('Support Informatique', 'support-info@example.net'), 'Migration vers le nouvel Outlook',
      "Bonjour à tous,\n\nLe nouvel Outlook pour Windows sera activé pour votre service à la date ci-dessous. "
      "Une session de présentation de 30 minutes est prévue sur Teams pour découvrir les changements (dossiers, "
      "règles, signatures).\n\nAucune action n'est requise : vos e-mails, votre calendrier et vos contacts sont "
      "conservés.\n\nLe support informatique", teams=True, att=30, dur=30),
    R('es', 'm365', ('Soporte TI', 'soporte.ti@example.net'), 'Obligatorio: formación de concienciación sobre phishing',
      "Hola {fn}:\n\nComo cada año, la formación de concienciación sobre seguridad es obligatoria para todo el "
      "personal. Dura unos 25 minutos y puedes hacerla desde el portal interno de formación (KnowBe4) o en esta "
      "sesión en directo.\n\nRecuerda: nunca te pediremos tu contraseña ni códigos MFA por correo o teléfono.\n\n"
      "Equipo de Soporte TI", teams=True, att=25),
    R('nl', 'm365', ('ICT Servicedesk', 'servicedesk@example.net'), 'Nieuw wachtwoordbeleid – geen actie nodig',
      "Beste collega,\n\nPer de datum hieronder passen we het wachtwoordbeleid aan: wachtwoorden verlopen niet "
      "meer elke 90 dagen, maar moeten minimaal 14 tekens lang zijn. Bij je volgende wijziging geldt de nieuwe "
      "eis. Je hoeft nu niets te doen.\n\nVragen? Bel de servicedesk op toestel 2000.\n\nICT Servicedesk",
      allday=True, transp='TRANSPARENT', att=4),
    R('en', 'bulk', ('ServiceNow - example.net IT', 'example-it@service-now.com'), 'CHG0041877: Email gateway certificate renewal',
      "Change CHG0041877 has been scheduled.\n\nShort description: Renewal of TLS certificate on inbound mail "
      "gateway mx.example.net\nPlanned start: {date} {time}\nPlanned end: {date} {time2}\nImpact: Low - mail "
      "may be delayed by up to 5 minutes\nAssignment group: Messaging\n\nYou are receiving this because you are "
      "on the CAB distribution list.\n\nView change: https://examplenet.service-now.com/change_request.do?"
      "sysparm_query=number=CHG0041877", bulkdom='service-now.com', method='REQUEST', att=9, hour=(21, 0), dur=60,
      clx=dict(bulk='ses'), nolist=True),
    R('en', 'google', ('Campus IT', 'it-help@lakeshore-college.example'), 'Duo MFA token replacement - bring your old fob',
      "Faculty and staff who still use hardware Duo tokens: the old fobs expire at the end of the term. Stop by "
      "the IT help desk during the hours in this invite to swap it for a new one, or switch to Duo Mobile on "
      "your phone at https://duo.lakeshore-college.example/enroll.\n\nQuestions: x5500\n\nCampus IT",
      att=60, tz='America/Chicago', dur=240, hour=(10, 0)),
    R('pl', 'm365', ('Dział IT', 'it@example.net'), 'Aktualizacja systemu Windows 11 24H2',
      "Dzień dobry,\n\nw terminie podanym w zaproszeniu na laptopy służbowe zostanie zainstalowana aktualizacja "
      "Windows 11 24H2. Instalacja potrwa około godziny i wymaga ponownego uruchomienia. Prosimy zapisać pracę i "
      "nie wyłączać komputera.\n\nDział IT", transp='TRANSPARENT', att=5, hour=(18, 0), dur=90, era=(2024, 2026),
      cs='iso-8859-2', hcs='iso-8859-2'),
    R('ja', 'm365', ('情報システム部', 'josys@example.net'), '【メンテナンス】ウイルス対策ソフト更新のお知らせ',
      "各位\n\nお疲れ様です。情報システム部です。\n\n下記日時に社用PCのウイルス対策ソフトの定義ファイルおよび"
      "エンジンの更新を実施します。作業中はPCの電源を入れたままにしてください。再起動を求められる場合があります。\n\n"
      "ご不明な点は内線3300までお問い合わせください。", transp='TRANSPARENT', att=8, hour=(19, 0), dur=120),
    R('en', 'olk', ('Dave Morris', 'dave@morrisfamilydental.example'), 'Server updates tonight - please log off',
      "Hi team,\n\nI'll be installing updates on the practice server and the front desk PCs tonight after "
      "close. Please log off (don't just lock) before you leave, and save anything open in Dentrix. The "
      "imaging software will also get its update, so you'll need to re-enter your PIN tomorrow morning.\n\n"
      "Thanks,\nDave (IT)\n(555) 0129-6610", att=7, auth='self', hour=(19, 0), dur=180, tz='America/New_York'),
    R('sv', 'm365', ('IT-support', 'it-support@example.net'), 'Byte av lösenordshanterare – utbildning',
      "Hej!\n\nVi byter till en ny lösenordshanterare för alla medarbetare. Under utbildningen visar vi hur du "
      "importerar dina sparade lösenord och aktiverar tvåstegsverifiering.\n\nIngen förberedelse behövs.\n\n"
      "Vänliga hälsningar\nIT-support", teams=True, att=22),
    R('en', 'fastmail', ('Noah Patel', 'noah@patel-and-co.example'), 'Reminder: update your laptop before the audit',
      "Hi everyone,\n\nOur insurer's cyber audit is next week. Before then, please:\n1. Install all pending "
      "macOS / Windows updates and restart\n2. Make sure your password manager is unlocked with a passphrase, "
      "not a PIN\n3. Confirm 2FA is on for your email (Settings > Privacy & Security)\n\nI'll come round during "
      "the slot below to check each laptop - takes 5 minutes.\n\nNoah", att=6, auth='pass', tz='Europe/London'),
    R('it', 'm365', ('Servizi IT', 'servizi.it@example.net'), 'Attivazione autenticazione a due fattori',
      "Ciao {fn},\n\nentro la data indicata è necessario attivare l'autenticazione a due fattori sul tuo account "
      "aziendale. Se hai bisogno di aiuto, partecipa a questa sessione online: ti guideremo passo passo "
      "nell'installazione dell'app Microsoft Authenticator.\n\nNon condividere mai i codici con nessuno, "
      "nemmeno con il supporto IT.\n\nServizi IT", teams=True, att=18),
    R('en', 'm365', ('IT Service Desk', 'servicedesk@example.net'), 'Canceled: Zoom Rooms firmware update (Room 4.02)',
      "The firmware update for the Zoom Room in 4.02 has been postponed because the vendor pulled the release. "
      "The room is bookable as normal. We'll send a new invite once a fixed version is out.",
      method='CANCEL', seq=2, att=4, transp='TRANSPARENT'),
]

CATS = {('ham', 'payment_reminders'): PAYMENT, ('ham', 'partner_shares'): PARTNER, ('ham', 'it_notices'): IT}
