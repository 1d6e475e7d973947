# SPDX-License-Identifier: CC0-1.0
# train7 content: spam romance, invoice, bec. Every text written for this corpus.
from obf import zw, homo, spaced, leet


def R(lang, cl, frm, s, d=None, **kw):
    r = dict(lang=lang, cl=cl, frm=frm, s=s, **kw)
    if d is not None:
        r['d'] = d
    return r


ROMANCE = [
    R('en', 'google', ('Linda Harper', 'lindaharper1968@gmail.com'), 'Hello dear, just wanted to say hi',
      "Hi {fn},\n\nI hope you don't mind me reaching out like this. I found your address on a business page and "
      "something told me to write. My name is Linda, I am 54, a widow for three years now since my husband passed "
      "of cancer. I live in Houston with my cat Biscuit and honestly the evenings are the hardest.\n\nI'm not looking "
      "for anything complicated, just a kind person to talk to. If you would like to know more about me please write "
      "to my private email lindaharper.1968@hotmail.com, I check it every night.\n\nWarm hugs,\nLinda",
      days=(0, 2), dur=30),
    R('en', 'icloud', ('Sgt. Mark Collins', 'mark.collins0719@icloud.com'), 'From a soldier far away',
      "Good day to you,\n\nI am Sgt. Mark Collins, US Army, currently on peacekeeping mission in Syria. I have "
      "been here 14 months and will be retiring soon. I lost my wife 5 years ago in a car accident and I have a "
      "daughter Emily who is 11 and stays with her nanny in Texas.\n\nI am looking for an honest woman to spend the "
      "rest of my life with. We are not allowed to use phones much here but I can email. Kindly write me on "
      "mark.collins.usarmy@gmail.com so we can know each other better.\n\nGod bless,\nMark",
      era=(2016, 2021)),
    R('en', 'yahoo', ('Daniel Whitmore', 'danwhitmore_eng@yahoo.com'), 'hi there :)',
      "hi {fn}, I hope you are having a good day. I am Daniel, offshore structural engineer, currently working on "
      "a platform in the North Sea for 6 months contract. internet is very slow out here so I mostly use whatsapp. "
      "I am a widower, my son is in boarding school in Aberdeen. I would love to talk with a caring person, send me "
      "a message on whatsapp +44 7700 900417 and tell me about yourself. Daniel",
      era=(2017, 2019)),
    R('de', 'google', ('Svetlana Orlova', 'svetlana.orlova.88@gmail.com'), 'Hallo, ich bin Svetlana 🌷',
      "Hallo {fn},\n\nentschuldige, dass ich einfach so schreibe. Ich bin Svetlana, 36 Jahre, komme aus Sankt "
      "Petersburg und arbeite als Krankenschwester. Meine Freundin hat einen Mann aus Deutschland geheiratet und "
      "ist sehr glücklich, deshalb suche ich auch hier.\n\nIch mag Natur, Kochen und ehrliche Menschen. Wenn du "
      "Lust hast zu schreiben, findest du mich bei Telegram: @svetlana_herz88. Ich freue mich auf deine Antwort!\n\n"
      "Küsschen, Sveta"),
    R('fr', 'webatt', ('Natalia K.', 'natalia.kovaleva91@mail.ru'), 'Bonjour mon cher',
      "Bonjour mon cher {fn},\n\nJe m'appelle Natalia, j'ai 33 ans et j'habite à Kazan. J'ai trouvé ton adresse "
      "sur un site de rencontre et j'ai décidé de t'écrire car tu as l'air d'un homme sérieux. Je parle un peu "
      "français, j'ai appris à l'école, excuse mes fautes.\n\nJe cherche un homme gentil pour une relation "
      "sérieuse, l'âge n'est pas important pour moi. Écris-moi à natalia.kazan91@mail.ru et je t'enverrai mes "
      "photos.\n\nJe t'embrasse, Natalia", cs='utf-8'),
    R('es', 'google', ('Valeria Restrepo', 'valeria.restrepo.mdz@gmail.com'), 'Hola guapo 😘 ¿hablamos?',
      "Hola {fn}, ¿cómo estás? Soy Valeria, tengo 29 años y vivo en Medellín. Vi tu perfil y me pareciste muy "
      "interesante. Soy enfermera, me encanta bailar salsa y cocinar, pero me siento un poco sola últimamente.\n\n"
      "No uso mucho el correo, mejor escríbeme por WhatsApp al +57 555 0163 284 y te mando fotos. Besitos 💋"),
    R('it', 'olcom', ('Elena Marchetti', 'elena.marchetti1972@hotmail.com'), 'Un saluto da una persona sola',
      "Ciao {fn},\n\nmi chiamo Elena, ho 52 anni e sono vedova da quattro anni. Vivo a Ginevra per lavoro, sono "
      "medico e passo molte ore in ospedale. Non ho figli e la sera la casa è troppo silenziosa.\n\nNon so "
      "perché ti scrivo, forse il destino. Se ti fa piacere conoscermi, rispondimi al mio indirizzo personale "
      "elena.marchetti.ge@outlook.com. Ti racconterò tutto di me.\n\nUn abbraccio sincero,\nElena"),
    R('pt', 'google', ('Ricardo Almeida', 'ricardo.almeida.invest@gmail.com'), 'Proposta discreta para você',
      "Oi {fn}, tudo bem?\n\nSou Ricardo, 58 anos, empresário do ramo de exportação em São Paulo. Sou viúvo e "
      "tenho pouco tempo livre, por isso procuro uma companhia discreta e carinhosa para jantares e viagens.\n\n"
      "Ofereço uma mesada de R$ 6.000 por mês, sem compromisso sério. Se tiver interesse, me chama no Telegram "
      "@ricardo_paidoce que explico tudo. Não respondo por aqui.\n\nAbraço"),
    R('en', 'google', ('Richard Vance', 'rich.vance.sd@gmail.com'), 'Weekly allowance - no strings',
      "Hello sweetheart,\n\nI'm Richard, 61, retired surgeon living between Miami and Monaco. My schedule is "
      "busy and I have no time for dating apps. I'm looking for a sugar baby to chat with and occasionally meet. "
      "I pay a weekly allowance of $2,500 just for your time and honesty.\n\nIf this sounds good text me on "
      "Telegram @richvance_sd (only there, I don't check this email). First allowance can be sent today.\n\nRichard",
      meet=False),
    R('en', 'bare', ('', '{to}'), 'Your account was hacked - read carefully',
      "Hello!\n\nI am a hacker who has access to your operating system. I also have full access to your account.\n\n"
      "I've been watching you for a few months now. The fact is that you were infected with malware through an "
      "adult site that you visited. I made a video showing how you satisfy yourself in the left half of the "
      "screen, and in the right half you see the video that you watched.\n\nWith one click of the mouse, I can "
      "send this video to all your emails and contacts on social networks.\n\nIf you want to prevent this, "
      "transfer the amount of $1450 to my bitcoin address (if you do not know how to do this, write to Google: "
      "\"Buy Bitcoin\").\n\nMy bitcoin address (BTC Wallet) is: bc1qz7w4x0e2k9m3p5r8t6y1u4i7o0a2s5d8f3g6h9\n\n"
      "After receiving the payment, I will delete the video and you will never hear me again. I give you 50 hours "
      "(more than 2 days) to pay. I have a notice reading this letter, and the timer will work when you see this "
      "letter.", infra='spambot', auth='spoofsoft', env='info@{y}mail-fast.ru', noorg=False, days=(2, 2), dur=15,
      alarms=['-PT1H', '-P1D'], era=(2018, 2026)),
    R('de', 'lib', ('Sicherheitshinweis', 'support@mail-konto-pruefung.de'), 'Ich habe Zugriff auf Ihr Gerät',
      "Hallo,\n\nich muss Ihnen leider mitteilen, dass ich vor einigen Monaten Zugriff auf Ihr Gerät erhalten "
      "habe. Über einen Trojaner konnte ich Ihre Kamera und Ihren Bildschirm aufzeichnen, auch beim Besuch "
      "bestimmter Webseiten für Erwachsene.\n\nIch habe ein Video zusammengeschnitten. Wenn Sie nicht möchten, "
      "dass Ihre Familie und Kollegen es bekommen, überweisen Sie 1.200 EUR in Bitcoin an folgende Adresse:\n\n"
      "bc1q8h3kd0w2m6t9y4r1x7c5v0b3n8q2p6z9l4s1e7\n\nSie haben 48 Stunden. Antworten bringt nichts, diese Adresse "
      "wird nicht gelesen. Nach Zahlung wird alles gelöscht.", auth='pass', days=(1, 1), hour=(9, 0)),
    R('en', 'icloud', ('Kristina', 'kristina.lovely24@icloud.com'), 'Kristina sent you 3 private photos 📷',
      "Hey you! I uploaded some new pics just for you 😉 They're private so you need to sign up free to see them "
      "(takes 30 sec):\n\nhttps://bit.ly/kristina-pics24\n\nI'm online tonight, don't make me wait 💕",
      loc='https://bit.ly/kristina-pics24', era=(2016, 2020)),
    R('ru', 'yandex', ('Катя', 'katya.solnyshko87@yandex.ru'), 'Привет! Давай познакомимся',
      "Привет, {fn}!\n\nМеня зовут Катя, мне 37 лет, живу в Новосибирске, работаю бухгалтером. Разведена, детей "
      "нет. Устала от одиночества и решила попробовать познакомиться с хорошим человеком.\n\nЕсли тебе интересно, "
      "напиши мне на почту katyusha.nsk87@mail.ru - там пришлю свои фото и расскажу о себе больше. Буду ждать!\n\n"
      "Катя", cs='koi8-r', hcs='koi8-r', cte='8bit', clx=dict(plain_cte='8bit', html_cte='8bit')),
    R('ja', 'google', ('美咲', 'misaki.hoshino.0612@gmail.com'), 'はじめまして、美咲です',
      "{ln}さん、はじめまして。\n\n突然のメールごめんなさい。美咲といいます。32歳、都内で看護師をしています。"
      "友達の紹介であなたのアドレスを知りました。\n\n最近、仕事ばかりで寂しい毎日です…。もしよかったらお話し相手に"
      "なってもらえませんか？\nLINEのほうが早く返信できます。ID: misaki_0612\n\n待ってますね♡"),
    R('zh', 'icloud', ('晓雪', 'xiaoxue_1993@icloud.com'), '寂寞的夜晚，想找个人聊聊',
      "你好，我是晓雪，26岁，在深圳工作。一个人在外地打拼，晚上下班后总觉得很孤单。\n\n想认识一个成熟稳重的哥哥，"
      "可以聊天，也可以见面喝杯咖啡。加我微信：xx_lonely1993，备注“日历”我就知道是你啦～",
      era=(2016, 2017), cs='utf-8'),
    R('pl', 'gmailatt', ('Anna Kowalska', 'anna.kowalska.wdowa@gmail.com'), 'Dzień dobry, mam nadzieję, że nie przeszkadzam',
      "Dzień dobry {fn},\n\nnazywam się Anna, mam 49 lat i od dwóch lat jestem wdową. Mieszkam obecnie w Londynie, "
      "gdzie pracuję jako farmaceutka. Szukam kogoś, z kim mogłabym porozmawiać wieczorami, może coś więcej w "
      "przyszłości.\n\nJeśli masz ochotę, napisz do mnie prywatnie: anna.k.london@outlook.com. Odpiszę na pewno.\n\n"
      "Pozdrawiam serdecznie,\nAnia", b="Zaproszenie w załączniku. Pozdrawiam, Ania\n"),
    R('tr', 'olcom', ('Selin', 'selin.yalniz1990@hotmail.com'), 'Merhaba canım, tanışabilir miyiz?',
      "Merhaba {fn},\n\nBen Selin, 34 yaşındayım, İzmir'de yaşıyorum. Boşandıktan sonra kimseyle görüşmedim ama "
      "artık yalnızlıktan sıkıldım. Samimi, güvenilir bir arkadaş arıyorum.\n\nBuradan pek yazamıyorum, WhatsApp'tan "
      "yaz bana: +90 555 0142 178. Fotoğraflarımı orada gönderirim :)\n\nSevgiler, Selin", cs='windows-1254',
      hcs='windows-1254'),
    R('en', 'olcom', ('Michael Brandt', 'michael.brandt.civileng@outlook.com'), 'A little about me',
      "Hello {fn},\n\nThank you for taking a moment to read this. I am Michael, 57, a civil engineer from Denver, "
      "currently on a contract in Istanbul building a bridge for a Turkish company. Divorced, one son at "
      "university. I love hiking, old movies and good coffee.\n\nI would like to get to know you as a friend first "
      "and see where it goes. Please reply to my personal address michael.brandt57@gmail.com as this work account "
      "will be closed after the project.\n\nKind regards,\nMichael"),
    R('en', 'lib', ('Ms. Charlotte', 'charlotte@discreet-ladies-meet.com'), 'Private invitation',
      None, altdesc=("<html><body><p style='font-family:Georgia'>Hi {fn},</p><p>Mature lady (47) seeks a "
                     "<b>discreet</b> gentleman for occasional meetings. No strings, no drama. I am real and "
                     "verified.</p><p>Reply to my private email: <a href='mailto:charlotte.priv47@proton.me'>"
                     "charlotte.priv47@proton.me</a></p><p>xx Charlotte</p></body></html>"),
      b="Invitation attached.\n", auth='pass', clx=dict(fam='outlook', prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', tzs='windows')),
    R('nl', 'google', ('Sophie van Dam', 'sophie.vandam.94@gmail.com'), 'Hoi! Zin in een praatje?',
      "Hoi {fn}! 😊\n\nIk ben Sophie, 30, woon in Utrecht. Klinkt misschien raar maar ik zag je naam op LinkedIn "
      "en dacht: waarom niet. Ik zoek gewoon iemand om mee te kletsen en wie weet een drankje te doen.\n\n"
      "Ik zit meer op Snapchat: sophie.vdam94, stuur me een berichtje!\n\nXx Sophie"),
    R('en', 'google', ('Emma', 'emma.sweet.22x@gmail.com'), homo('Are you single? I am online now'),
      zw("Hey handsome 😍 I'm Emma, 24, new in your city. Looking for fun tonight, no strings. See my profile and "
         "chat with me here:") + "\n\nhttps://tinyurl.com/emma-near-you\n\n" + zw("Only 2 km away from you!"),
      att=35, era=(2019, 2026), loc='https://tinyurl.com/emma-near-you'),
    R('ar', 'gmailatt', ('مدام رنا', 'madam.rana.hamdan@gmail.com'), 'تحية طيبة من قلب وحيد',
      "مرحباً {fn}،\n\nاسمي رنا، أرملة عمري ٤٥ عاماً، أعيش حالياً في دبي بعد وفاة زوجي رحمه الله. أبحث عن رجل "
      "صادق وطيب القلب للتعارف بهدف الزواج إن شاء الله.\n\nإذا كنت مهتماً، راسلني على واتساب: ‎+971 555 0127 46‎ "
      "ولا تتأخر عليّ.\n\nمع خالص التحية،\nرنا", b="السلام عليكم، أرسلت لك دعوة. رنا\n", tz='Asia/Dubai'),
]

INVOICE = [
    R('en', 'lib', ('DHL Express', 'noreply@dhl-parcel-fees.com'), 'DHL: Your shipment is on hold - customs fee due',
      "Dear customer,\n\nYour shipment {ref} is being held at our distribution center because an import duty of "
      "USD 2.99 has not been paid.\n\nTo release your package please pay the outstanding amount within 48 hours:\n"
      "https://dhl-parcel-fees.com/release?awb={ref}\n\nIf payment is not received the item will be returned to "
      "sender.\n\nDHL Express Customer Service", loc='DHL Service Point', url='https://dhl-parcel-fees.com/release?awb={ref}',
      era=(2019, 2026)),
    R('en', 'google', ('E-ZPass Toll Services', 'tollservices.notice.us@gmail.com'), 'Unpaid toll balance: $4.35',
      "E-ZPass Notice of Unpaid Toll\n\nOur records show an unpaid toll of $4.35 on your account. To avoid a "
      "late fee of $50.00 and possible suspension of your vehicle registration, please settle the balance by "
      "{date}.\n\nPay now: https://ezpass-tolls-paynow.click/us\n\nThank you for driving safely.",
      era=(2023, 2026), tz='America/New_York', alarms=['-P1D']),
    R('de', 'm365', ('Buchhaltung Brandner GmbH', 'buchhaltung@brandner-handel.onmicrosoft.com'),
      'Zahlungserinnerung: Rechnung RE-2024-0317 überfällig',
      "Sehr geehrte Damen und Herren,\n\nleider konnten wir für unsere Rechnung RE-2024-0317 über 3.482,60 EUR "
      "bislang keinen Zahlungseingang feststellen. Die Rechnung sowie den Kontoauszug finden Sie im Kundenportal:\n\n"
      "https://rechnungsportal-brandner.online/dokument/RE-2024-0317\n\nBitte begleichen Sie den offenen Betrag bis "
      "zum {date}. Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben als "
      "gegenstandslos.\n\nMit freundlichen Grüßen\nBuchhaltung\nBrandner Handel GmbH", teams=False, era=(2021, 2026)),
    R('fr', 'google', ('ANTAI - Service Amendes', 'antai.avis.contravention@gmail.com'),
      'Avis de contravention en attente de paiement',
      "Madame, Monsieur,\n\nNous vous informons qu'un avis de contravention (n° {ref}) est en attente de "
      "règlement. Montant : 35,00 €. En l'absence de paiement avant le {date}, le montant sera majoré à 75,00 €.\n\n"
      "Régler en ligne : https://antai-paiement-amende.top/fr\n\nAgence Nationale de Traitement Automatisé des "
      "Infractions", era=(2022, 2026)),
    R('fr', 'icsonly', ('Colissimo', 'suivi@colissimo-livraison-fr.info'), 'Colissimo : frais de réexpédition 1,99 €',
      "Votre colis n'a pas pu être livré faute de frais de réexpédition (1,99 €). Programmez une nouvelle "
      "livraison ici : https://colissimo-livraison-fr.info/suivi/{code}", loc='https://colissimo-livraison-fr.info/suivi/{code}'),
    R('es', 'yahoo', ('Correos', 'correos.envios.es@yahoo.com'), 'Su envío está retenido en aduana',
      "Estimado/a cliente:\n\nSu envío con número de seguimiento ES{ref}PO está retenido en aduanas. Para "
      "continuar con la entrega debe abonar la tasa de 1,79 €.\n\nAbone aquí: https://correos-aduana-pago.xyz/es\n\n"
      "Si no se efectúa el pago en 72 horas el paquete será devuelto.\n\nCorreos", era=(2017, 2019),
      cs='iso-8859-15', hcs='iso-8859-15'),
    R('it', 'lib', ('Poste Italiane', 'notifiche@poste-it-giacenza.com'), 'Pacco in giacenza - azione richiesta',
      "Gentile cliente,\n\nil suo pacco è in giacenza presso il centro di smistamento. Per procedere alla consegna "
      "è necessario confermare l'indirizzo e pagare le spese di spedizione di 2,50 €.\n\nConferma ora: "
      "https://poste-it-giacenza.com/conferma?id={code}\n\nPoste Italiane", era=(2020, 2026)),
    R('nl', 'm365', ('Incassobureau Van Leeuwen', 'dossier@vanleeuwen-incasso.nl'),
      'Laatste aanmaning: achterstallige energierekening',
      "Geachte heer/mevrouw,\n\nNamens uw energieleverancier zijn wij belast met de incasso van een openstaande "
      "vordering van € 287,40 (dossiernummer {ref}). Ondanks eerdere herinneringen is dit bedrag nog niet "
      "voldaan.\n\nVoorkom extra incassokosten en afsluiting: bekijk uw dossier en betaal via iDEAL:\n"
      "https://mijndossier-vanleeuwen.com/{code}\n\nMet vriendelijke groet,\nAfdeling Invordering"),
    R('pt', 'gmailatt', ('Receita Federal', 'restituicao.receita.gov@gmail.com'), 'Restituição do IRPF liberada',
      "Prezado(a) contribuinte,\n\nInformamos que sua restituição do Imposto de Renda no valor de R$ 1.847,32 "
      "está disponível para resgate. Para receber, confirme seus dados bancários até {date}:\n\n"
      "https://restituicao-irpf-consulta.online/\n\nReceita Federal do Brasil", tz='America/Sao_Paulo'),
    R('en', 'bulk', ('Domain Listing Services', 'notices@domain-registry-listing.com'),
      'Domain Name Expiration Notice: example.net',
      "DOMAIN NAME: example.net\nATTN: {name}\n\nDomain Name Expiration Notice\n\nYour search engine submission "
      "for example.net is due to expire. Failure to complete your listing by {date} may result in the loss of "
      "online visibility, making it difficult for customers to find you on the web.\n\nService period: 12 months\n"
      "Amount: $86.00\n\nProcess payment: https://domain-registry-listing.com/secure/checkout?d=example.net\n\n"
      "This notice is not a bill. This is an optional offer for search engine submission services. We do not "
      "register or renew domain names.", bulkdom='domain-registry-listing.com', clx=dict(bulk='sendgrid')),
    R('en', 'olkbare', ('Accounts Receivable', 'accounts@brightline-supply.co'), 'Invoice INV-40912 - FINAL REMINDER',
      "Hi,\n\nPlease note invoice INV-40912 for GBP 6,240.00 is now 21 days overdue. Kindly arrange payment today "
      "to our updated account to avoid suspension of your credit terms:\n\nBrightline Supply Co Ltd\nSort code: "
      "40-11-62\nAccount: 31926819\nRef: INV-40912\n\nSend remittance advice to this email once done.\n\n"
      "Regards,\nClaire Hudson\nCredit Control", auth='pass', infra='vps', tz='Europe/London'),
    R('en', 'google', ('HMRC Refunds', 'hmrc.refund.notice@gmail.com'), 'You are eligible for a tax refund',
      "HM Revenue & Customs\n\nAfter the last annual calculation of your fiscal activity we have determined that "
      "you are eligible to receive a tax refund of £264.82.\n\nPlease submit the tax refund request and allow us "
      "3-5 working days to process it:\nhttps://hmrc-taxrefund-claim.com/gov.uk/{code}\n\nReference: {ref}",
      tz='Europe/London', era=(2016, 2022)),
    R('pl', 'gmailatt', ('InPost', 'inpost.powiadomienia@gmail.com'), 'Dopłata do przesyłki 1,99 zł',
      "Twoja przesyłka nie mogła zostać dostarczona do Paczkomatu z powodu nieopłaconej dopłaty 1,99 zł. "
      "Opłać teraz, aby odebrać paczkę: https://inpost-doplata24.pl-paczka.top/{code}",
      b="Szczegóły w załączniku.\n", cs='iso-8859-2', hcs='iso-8859-2'),
    R('ru', 'webatt', ('ЖКХ Расчётный центр', 'rascheti.zhkh@mail.ru'), 'Уведомление о задолженности по ЖКУ',
      "Уважаемый абонент!\n\nПо вашему лицевому счёту {ref} образовалась задолженность за жилищно-коммунальные "
      "услуги в размере 8 742,15 руб. В случае неоплаты до {date} будет произведено ограничение подачи "
      "электроэнергии.\n\nПроверить и оплатить: https://gosuslugi-zhku-oplata.ru/lk\n\nРасчётный центр",
      cs='windows-1251', hcs='windows-1251'),
    R('tr', 'lib', ('PTT Kargo', 'bilgi@ptt-kargo-takip.net'), 'Gönderiniz gümrükte bekliyor',
      "Sayın müşterimiz,\n\n{ref} numaralı gönderiniz gümrük ücreti (24,90 TL) ödenmediği için bekletilmektedir. "
      "Teslimatın yapılabilmesi için ödemeyi 24 saat içinde yapınız:\n\nhttps://ptt-kargo-takip.net/odeme\n\n"
      "PTT A.Ş.", cs='iso-8859-9', hcs='iso-8859-9'),
    R('ja', 'google', ('ETC利用照会サービス', 'etc.meisai.info@gmail.com'), '【重要】ETC利用料金未払いのお知らせ',
      "ETCサービスをご利用いただきありがとうございます。\n\nお客様のETC利用料金（3,480円）が未払いとなっております。"
      "{date}までにお支払いが確認できない場合、ETCカードのご利用を停止させていただきます。\n\n"
      "お支払いはこちら：https://etc-meisai-jp.top/pay\n\nETC利用照会サービス事務局", era=(2023, 2026)),
    R('en', 'zoho', ('City Water Billing', 'billing.citywater@zohomail.com'), 'Past due: service disconnection scheduled',
      "NOTICE OF DISCONNECTION\n\nAccount: {ref}\nAmount past due: $187.22\nScheduled disconnection: {date}\n\n"
      "To avoid interruption of your water service, pay the past-due balance online: "
      "https://citywater-billpay.online/account/{ref}\n\nA $45 reconnection fee applies after disconnection.",
      tz='America/Chicago'),
    R('en', 'icsonly', ('USPS', 'tracking@usps-redelivery-info.com'), 'USPS',
      "USPS: Your package could not be delivered due to an incomplete address. Update your details within 12 "
      "hours: https://usps-redelivery-info.com/us/{code} . Redelivery fee: $0.30",
      loc='https://usps-redelivery-info.com/us/{code}', noorg=True, auth='pass', tzmode='utc'),
    R('en', 'bulk', ('Kessler Roofing LLC', 'invoicing@kesslerroofing-billing.com'),
      'Invoice 1043 from Kessler Roofing LLC - $4,870.00',
      "Kessler Roofing LLC sent you an invoice.\n\nInvoice 1043\nBalance due: $4,870.00\nDue date: {date}\n\n"
      "Dear customer, please find the invoice for the completed work. Pay securely online with card or bank "
      "transfer.\n\nReview and pay: https://kesslerroofing-billing.com/inv/1043?c={code}\n\nThanks for your "
      "business!", bulkdom='kesslerroofing-billing.com', clx=dict(bulk='mailgun'), tz='America/Denver'),
    R('sv', 'google', ('PostNord', 'postnord.kundservice.se@gmail.com'), 'Ditt paket väntar – betala tullavgift',
      "Hej,\n\nDitt paket ({ref}) väntar på tullklarering. En avgift på 29 kr måste betalas innan leverans kan "
      "ske.\n\nBetala här: https://postnord-tull-se.shop/betala\n\nMed vänliga hälsningar,\nPostNord"),
    R('cs', 'lib', ('Česká pošta', 'info@ceskaposta-doplatek.cz'), 'Doplatek cla k zásilce',
      "Vážený zákazníku,\n\nvaše zásilka č. RR{ref}CZ čeká na doplatek cla ve výši 49 Kč. Bez uhrazení bude "
      "zásilka vrácena odesílateli.\n\nZaplatit: https://ceskaposta-doplatek.cz/platba/{code}\n\nČeská pošta, s.p.",
      cs='iso-8859-2', hcs='iso-8859-2'),
    R('id', 'gmailatt', ('J&T Express', 'jnt.express.notifikasi@gmail.com'), 'Paket Anda tertahan di gudang',
      "Pelanggan yth,\n\nPaket Anda dengan nomor resi JP{ref} tertahan karena alamat tidak lengkap dan biaya "
      "pengiriman ulang Rp 12.000 belum dibayar.\n\nSilakan perbarui data dan lakukan pembayaran di: "
      "https://jnt-cek-resi.top/id/{code}\n\nTerima kasih,\nJ&T Express Indonesia", tz='Asia/Jakarta'),
]

BEC = [
    R('en', 'google', ('Robert Hayes', 'ceo.roberthayes@gmail.com'), 'Quick task',
      "{fn}, are you at your desk? I need you to handle something for me discreetly. I'm in back to back meetings "
      "and can't take calls. Reply to this email as soon as you see it.\n\nRobert\nSent from my iPhone",
      days=(0, 0), dur=15, reply_to=('Robert Hayes', 'rhayes.office@gmail.com')),
    R('en', 'lib', ('Catherine Moore', 'c.moore@examp1e.net'), 'Urgent - wire before cutoff today',
      "Hi {fn},\n\nWe need to process an urgent payment to a new supplier before today's cutoff. This is related to "
      "the acquisition we are finalising, so please keep it confidential until the announcement.\n\nAmount: "
      "USD 48,750.00\nI'll send you the beneficiary details once you confirm you can process it now.\n\nThanks,\n"
      "Catherine Moore\nChief Financial Officer", auth='pass', infra='vps', days=(0, 0), hour=(16, 0),
      xmailer='Microsoft Outlook 16.0'),
    R('en', 'google', ('Jennifer Walsh', 'jen.walsh.director@gmail.com'), 'Gift cards for clients',
      "Hi {fn},\n\nI need you to pick up some gift cards for a few clients today, it's a surprise so please keep "
      "it between us. Get 6 Apple gift cards, $200 each. Scratch the back, take clear pictures of the codes and "
      "email them to me. I'll reimburse you by end of day.\n\nLet me know when you are on it.\nJennifer"),
    R('en', 'm365', ('{fn} {ln}', 'payroll-update@example-net.co'), 'Direct deposit change before next payroll',
      "Hello HR,\n\nI changed banks recently and would like my salary paid into my new account starting with the "
      "next payroll. Can you let me know what details you need from me or update it directly?\n\nNew bank: "
      "Chime\nRouting: 031101279\nAccount: 8820 0417 5531\n\nThank you so much,\n{fn}", auth='pass',
      to=('Laura', 'Mitchell')),
    R('de', 'webatt', ('Dr. Thomas Reinhardt', 'reinhardt.t.vorstand@web.de'), 'Vertraulich: Projekt Falke',
      "Guten Tag {fn},\n\nich benötige kurzfristig Ihre Unterstützung bei einer vertraulichen Transaktion im "
      "Rahmen einer Firmenübernahme (Projekt „Falke“). Die Angelegenheit unterliegt strikter Geheimhaltung – bitte "
      "sprechen Sie vorerst mit niemandem im Haus darüber, auch nicht telefonisch.\n\nIn Kürze meldet sich RA "
      "Dr. Weiß von der beauftragten Kanzlei bei Ihnen. Bitte bestätigen Sie mir per E-Mail, dass Sie heute "
      "verfügbar sind.\n\nMit freundlichen Grüßen\nThomas Reinhardt\nVorstandsvorsitzender", cs='windows-1252',
      hcs='windows-1252'),
    R('fr', 'lib', ('Service Comptabilité – Laurent Fournitures', 'comptabilite@laurent-fournitures-sas.fr'),
      'Changement de coordonnées bancaires',
      "Bonjour,\n\nSuite à un audit interne, nous vous informons du changement de nos coordonnées bancaires. Merci "
      "de mettre à jour vos fichiers fournisseurs et d'effectuer les prochains règlements sur le compte suivant :\n\n"
      "Titulaire : LAURENT FOURNITURES SAS\nIBAN : LT12 3250 0417 8821 5530\nBIC : REVOLT21\n\nLe RIB signé est "
      "disponible sur demande. Les factures en attente (total 18 420,00 €) sont à régler sur ce nouveau compte.\n\n"
      "Cordialement,\nMarine Lefort\nService Comptabilité", auth='pass', infra='vps'),
    R('es', 'olcom', ('Alejandro Ruiz', 'alejandro.ruiz.direccion@outlook.com'), '¿Estás disponible?',
      "Hola {fn}, ¿estás en la oficina? Necesito que me hagas un favor urgente, estoy en una reunión y no puedo "
      "hablar por teléfono. Respóndeme por aquí.\n\nAlejandro"),
    R('it', 'webatt', ('Avv. Marco Bellini', 'avv.marcobellini@libero.it'), 'Bonifico urgente - riservato',
      "Buongiorno {fn},\n\nsu indicazione del nostro Amministratore Delegato le scrivo in merito a un'operazione "
      "riservata che deve essere conclusa entro oggi. Le chiedo di predisporre un bonifico di 37.500,00 EUR; le "
      "coordinate le riceverà a breve.\n\nLa prego di non discuterne con i colleghi fino alla comunicazione "
      "ufficiale.\n\nCordiali saluti\nAvv. Marco Bellini", cs='iso-8859-1', hcs='iso-8859-1'),
    R('nl', 'google', ('Pieter de Groot', 'p.degroot.dga@gmail.com'), 'Ben je op kantoor?',
      "Hoi {fn},\n\nBen je vandaag op kantoor? Ik heb een kleine opdracht die snel moet gebeuren. Ik zit de hele "
      "middag in overleg, dus mail me even terug.\n\nGroet,\nPieter"),
    R('en', 'olk', ('Harbor Freight Solutions - Accounts', 'accounts@harborfreight-solutions.co'),
      'Updated remittance details - effective immediately',
      "Dear valued partner,\n\nPlease be advised that Harbor Freight Solutions has moved its banking to a new "
      "institution. Effective immediately, all payments for outstanding and future invoices should be remitted "
      "to:\n\nBank: Metro Commercial Bank\nAccount name: Harbor Freight Solutions Ltd\nAccount: 7710 4428 9015\n"
      "ABA: 026073150\n\nKindly confirm receipt of this notice by replying with the name of the person updating "
      "your vendor file. Our previous account will no longer accept deposits.\n\nBest regards,\nNancy Brooks\n"
      "Accounts Receivable Manager", auth='selfdkim', tz='America/Chicago'),
    R('en', 'yahoo', ('Barrister James Okoro', 'do-not-reply@yahoo.com'), 'Inheritance of late relative',
      "ATTENTION: BENEFICIARY\n\nI am Barrister James Okoro, personal attorney to late Engr. Paul {ln}, who died "
      "in a car crash along with his wife and only daughter. He left the sum of US$8.5 Million with a finance "
      "company here in Lome, Togo. I have searched for his relatives and since you share the same surname I want "
      "to present you as next of kin so the fund can be released to you. We will share 50/50.\n\nContact me on "
      "my private email: barr.jamesokoro@outlook.com with your full name, phone and address.",
      method='CANCEL', ctmethod='REQUEST', seq=1377, att=40, sentby='jamesokoro.chambers@yahoo.com',
      org=('Barrister James Okoro', 'jamesokoro.chambers@yahoo.com'), era=(2017, 2018), alarms=['-PT30M'],
      mal='method_mismatch', subj='Cancelled: Inheritance of late relative'),
    R('en', 'google', ('UN Compensation Office', 'uncompensation.unit@gmail.com'), 'Payment Approval Notification',
      "Dear Beneficiary,\n\nThis is to inform you that the United Nations, in conjunction with the World Bank, "
      "has approved your compensation payment of $1,500,000.00 USD as one of the scam victims. Your payment has "
      "been loaded to an ATM card which will be delivered to you by courier.\n\nTo receive it, reconfirm your "
      "full name, address, phone and a copy of your ID to our payment officer Mr. David Mensah, email: "
      "dmensah.paymentunit@outlook.com\n\nNote: delivery fee of $250 applies.", att=22),
    R('pt', 'gmailatt', ('Dr. Fernando Costa', 'dr.fernandocosta.adv@gmail.com'), 'Herança não reclamada - urgente',
      "Prezado(a) {fn},\n\nSou o advogado Fernando Costa, de Lisboa. Um cliente meu, falecido sem herdeiros "
      "diretos, deixou um depósito de 4,2 milhões de euros. Como o senhor(a) tem o mesmo sobrenome, proponho "
      "apresentá-lo como beneficiário. Tudo será feito legalmente e dividiremos o valor.\n\nResponda com seu "
      "nome completo e telefone para: fernandocosta.escritorio@outlook.pt\n\nAtenciosamente,\nDr. Fernando Costa",
      b="Bom dia, segue convite com os detalhes.\n"),
    R('ru', 'webatt', ('Адвокат Сергей Ветров', 'vetrov.advokat@mail.ru'), 'Наследство вашего родственника',
      "Здравствуйте, {fn}!\n\nЯ адвокат Сергей Ветров. Мой клиент, гражданин с вашей фамилией, скончался в "
      "прошлом году и оставил на счёте в банке 2 700 000 евро без завещания. Банк готов выплатить средства "
      "ближайшему родственнику. Предлагаю оформить вас как наследника, сумму разделим.\n\nДля начала пришлите "
      "ФИО, телефон и копию паспорта на vetrov.s.lawyer@yandex.ru", cs='koi8-r', hcs='koi8-r'),
    R('ar', 'google', ('الشيخ عبدالله المنصوري', 'sheikh.almansouri.inv@gmail.com'), 'عرض استثماري سري',
      "السيد/السيدة {fn} المحترم،\n\nأتواصل معك بخصوص فرصة استثمارية سرية بقيمة ١٢ مليون دولار أمريكي أرغب في "
      "نقلها خارج البلاد عبر شريك موثوق. ستحصل على نسبة ٣٠٪ مقابل استلام الأموال في حسابك.\n\nأرجو الرد على بريدي "
      "الخاص: almansouri.private@outlook.com مع رقم هاتفك للتواصل.\n\nمع التحية", tz='Asia/Dubai'),
    R('zh', 'webatt', ('王总', 'wangzong_caiwu@163.com'), '在吗？有急事',
      "小{fn}，在吗？\n\n我现在在外面开会，不方便接电话。有个紧急的事情需要你处理，先加一下我的QQ：2957013846，"
      "备注财务。加了之后发消息给我。\n\n王", cs='gb2312', hcs='gb2312'),
    R('ja', 'webatt', ('代表取締役 佐藤', 'sato.daihyo.office@yahoo.co.jp'), '至急対応のお願い',
      "{ln}さん\n\nお疲れ様です。今、社内にいますか？\n業務の件で至急お願いしたいことがあります。"
      "LINEグループを作成して、QRコードをこちらのメールに送ってください。グループには私だけを入れてください。\n\n"
      "この件は社内の他の人には伝えないでください。\n\n佐藤", cs='iso-2022-jp', hcs='iso-2022-jp',
      clx=dict(plain_cte='7bit')),
    R('ko', 'webatt', ('대표이사 김영호', 'ceo.kimyoungho@naver.com'), '지금 자리에 계신가요?',
      "{fn}님, 지금 사무실에 계신가요?\n\n급하게 처리해야 할 업무가 있습니다. 제가 회의 중이라 통화는 어렵고 "
      "메일로 답장 부탁드립니다. 이 건은 당분간 다른 직원들에게 공유하지 말아주세요.\n\n김영호 드림",
      cs='euc-kr', hcs='euc-kr'),
    R('en', 'lib', ('Mark Ellison', 'm.ellison@exarnple.net'), 'Invoice approval needed today',
      "Hi {fn},\n\nI've approved the attached invoice from Delmar Consulting for the Q3 advisory work. Please "
      "schedule payment today, they've been chasing and I promised it would go out this week.\n\nInvoice "
      "portal: https://delmar-consult-invoices.com/view/DC-2291\n\nThanks,\nMark", auth='pass', infra='vps',
      att=[('Mark Ellison', 'm.ellison@exarnple.net', 'ACCEPTED'), 'TO']),
    R('en', 'google', ('David Kim', 'davidkim.exec.office@gmail.com'), 'Available?',
      "Are you available? I need your cell number, will text you the details.", days=(0, 0), dur=15),
    R('de', 'lib', ('Kurz & Partner Logistik', 'rechnung@kurz-partner-logistik.de'), 'Änderung unserer Bankverbindung',
      "Sehr geehrte Damen und Herren,\n\nbitte beachten Sie, dass sich unsere Bankverbindung ab sofort geändert "
      "hat. Zahlungen auf das bisherige Konto können nicht mehr zugeordnet werden.\n\nNeue Bankverbindung:\n"
      "Kontoinhaber: Kurz & Partner Logistik GmbH\nIBAN: DE89 3704 0044 0532 0130 00\nBIC: COBADEFFXXX\n\n"
      "Bitte bestätigen Sie kurz die Änderung in Ihrem System.\n\nMit freundlichen Grüßen\nSabine Kurz\n"
      "Finanzbuchhaltung", auth='pass', infra='vps', xmailer='Microsoft Outlook 16.0'),
    R('en', 'olcom', ('Mr. Ibrahim Ouedraogo', 'ibrahim.ouedraogo.bank@hotmail.com'), 'Confidential business proposal',
      "Dear Friend,\n\nI am Mr. Ibrahim Ouedraogo, a senior manager with a bank here in Ouagadougou, Burkina Faso. "
      "I discovered a dormant account with a balance of US$14.2 million belonging to a foreign customer who died "
      "without next of kin. I need a trustworthy foreign partner to stand as beneficiary. You will receive 40% "
      "of the total sum.\n\nIf interested, reply with your full names, country, age, occupation and direct "
      "telephone number. Keep this absolutely confidential.\n\nRegards,\nIbrahim Ouedraogo", att=18,
      era=(2016, 2021)),
]

CATS = {('spam', 'romance'): ROMANCE, ('spam', 'invoice'): INVOICE, ('spam', 'bec'): BEC}
