"""Spam specs for holdout2. Written independently of the other corpora."""

from people import c, nf, NORTHFIELD, BRANDT, RIVOIRE, HOSHINO, VANDIJK, HARZBERG, LAKESIDE

SPECS = []


def S(cat, layout, lang, y, frm, summary, desc="", auth="pass", **kw):
    d = dict(cat=cat, layout=layout, lang=lang, y=y, frm=frm, summary=summary, desc=desc, auth=auth)
    d.update(kw)
    SPECS.append(d)


_FIRST = ["anna", "ben", "carla", "dev", "erik", "fatima", "gus", "hana", "ivan", "jade", "kofi", "lena", "mo",
          "nina", "oscar", "paula", "quinn", "rosa", "sven", "tara", "umar", "vera", "will", "xia", "yusuf", "zoe"]
_LAST = ["smith", "ng", "garcia", "muller", "rossi", "kowalski", "tanaka", "okoro", "silva", "dubois", "jensen",
         "ali", "brown", "novak", "hughes", "kim"]
_DOMS = ["gmail.com", "yahoo.com", "outlook.com", "example.net", "example.com", "aol.com", "hotmail.com",
         "example.org", "icloud.com", "gmx.de"]


def crowd(n, seed):
    out, x = [], seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2 ** 31
        f, l, d = _FIRST[x % 26], _LAST[(x >> 5) % 16], _DOMS[(x >> 9) % 10]
        sep = "." if (x >> 13) % 3 else ""
        out.append(f"{f}{sep}{l}{(x >> 15) % 90 if (x >> 14) % 2 else ''}@{d}")
    return sorted(set(out))


def colleagues(n, seed, domain=NORTHFIELD):
    out, x = [], seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2 ** 31
        out.append(f"{_FIRST[x % 26]}.{_LAST[(x >> 5) % 16]}@{domain}")
    return sorted(set(out))


# ===========================================================================
# retail
S("retail", "icloud", "en", 2017, "Outlet Store <outletdeals0811@icloud.com>",
  "Black Friday Ray-Ban & Oakley $19.99 – 85% OFF",
  "BLACK FRIDAY SALE!! All sunglasses $19.99, free shipping worldwide. Only 3 days!\nShop now: www.rb-outlet-sale.example\nSale ends Nov 27",
  mo=11, day=22, tz="Asia/Shanghai", to=c("en", 0), alarms=["-PT15M"])
S("retail", "google", "en", 2019, "Clearance Center <clearancecenter.deals4u@gmail.com>",
  "Warehouse clearance – designer sunglasses from $19",
  "Final warehouse clearance this week only.\nPolarized designer frames from $19, 2 for $30.\n\nBrowse the catalogue: https://sites.google.com/view/frames-clearance-2019/home",
  to=c("en", 1), tz="America/Los_Angeles")
S("retail", "kit", "de", 2024, "Restposten Direkt <info@restposten-direkt24.example>",
  "Nur heute: Akku-Staubsauger der Premiumklasse für 1 €",
  "Lagerräumung! Die letzten 200 Geräte geben wir für nur 1 € ab – nur Versandkosten.\nJetzt sichern: https://firebasestorage.googleapis.com/v0/b/lager-aktion-7f2c1.appspot.com/o/index.html?alt=media",
  kit="html_cal", to=c("de", 0), auth="pass", prodid="-//Apple Inc.//Mac OS X 10.15.7//EN",
  body="", html='<html><body><a href="https://firebasestorage.googleapis.com/v0/b/lager-aktion-7f2c1.appspot.com/o/index.html?alt=media"><img src="https://i.ibb.co/7Jm4Xq2/vac.png" alt="Restposten"></a></body></html>\n')
S("retail", "google", "fr", 2023, "Maison Lumière <ventes@maison-lumiere-paris.example>",
  "Vente privée : sacs de créateurs jusqu'à -70 %",
  "Accès réservé aux membres pendant 48 h.\nSacs cuir, maroquinerie, montres : jusqu'à -70 %.\nVotre code d'accès : VIP-2023\nhttps://www.canva.com/design/DAFx3kPq2Lm/view",
  auth="gcal_foreign", to=c("fr", 0))
S("retail", "exchange", "es", 2022, "Descanso Premium <descanso.premium@outlook.es>",
  "Liquidación de colchones ergonómicos – últimas unidades",
  "Colchón viscoelástico 150x190 por solo 89 €, envío gratis.\nSolo quedan 37 unidades.\nPedidos: https://t.co/Qm8rZp2Lx1",
  to=c("es", 0))
S("retail", "kit", "it", 2025, "Offerte Flash <noreply@offerte-flash.example>",
  "Ultimi pezzi: smartwatch a 9,99 €",
  "Smartwatch impermeabile con cardiofrequenzimetro a 9,99 € invece di 129 €.\nOrdina su WhatsApp: https://wa.me/15555550147\nPagamento alla consegna.",
  kit="alt_cal", to=c("it", 0), auth="spf_only", xmailer=True)
S("retail", "google", "nl", 2024, "Proefpakket Actie <proefpakket.nl.actie@gmail.com>",
  "Gratis proefpakket huidverzorging – alleen €1,95 verzendkosten",
  "Probeer onze nieuwe anti-aging serie gratis.\nJe betaalt alleen €1,95 verzendkosten.\nBestel hier: https://linktr.ee/huidzorg.proef",
  to=c("nl", 0))
S("retail", "yahoo", "en", 2023, "Luggage Auction <unclaimed.luggage.auction@yahoo.com>",
  "Unclaimed airport suitcases from $2.99 – auction ends tonight",
  "Lost-baggage auction: sealed suitcases from international airports, contents unknown.\nStarting price $2.99. Only 14 left.\nBid now: https://bit.ly/3Luggage-Auction",
  to=c("en", 2), tz="America/New_York")
S("retail", "google", "pl", 2025, "Hurtownia Perfum <hurtownia.perfum.pl@gmail.com>",
  "Wyprzedaż magazynowa – oryginalne perfumy od 29 zł",
  "Likwidacja magazynu! Oryginalne perfumy markowe od 29 zł.\nDarmowa dostawa od 2 sztuk.\nKatalog: https://perfumy-wyprzedaz.pages.dev",
  to=c("pl", 0))

# ===========================================================================
# prize_survey
S("prize_survey", "kit", "nl", 2025, '"Klantenpanel NL" <nieuwsbrief@panel-onderzoek.example>',
  "Gefeliciteerd! U bent geselecteerd voor een cadeaubon van €500",
  "Beantwoord 5 korte vragen over uw winkelervaring en ontvang een cadeaubon t.w.v. €500.\nStart de enquête: https://docs.google.com/forms/d/e/1FAIpQLSc8kQz-panel-nl-2025/viewform",
  kit="empty", to=c("nl", 1), auth="pass", sent_by="kx92@panel-onderzoek.example")
S("prize_survey", "google", "de", 2024, "Kundenumfrage <umfrage.kundenservice.de@gmail.com>",
  "Kurze Umfrage – als Dankeschön ein Kaffeevollautomat",
  "Sie wurden zufällig für unsere Kundenumfrage ausgewählt.\nAls Dankeschön erhalten Sie einen Kaffeevollautomaten (Wert 899 €). Sie zahlen nur den Versand.\nZur Umfrage: https://forms.office.com/r/Ka7fQ2xUmf",
  to=c("de", 1))
S("prize_survey", "kit", "en", 2025, "Rewards Desk <desk@loyalty-points-center.example>",
  "Your 4,850 loyalty points expire tonight",
  "You have 4,850 unused points.\nRedeem them before midnight for a free gift of your choice.\nhttps://rewards-redeem.notion.site/Claim-4850-points-8a1f2c",
  kit="mixed_alt_att", to=c("en", 3), auth="pass", tz="America/Chicago")
S("prize_survey", "exchange", "fr", 2023, "Service Jeux <jeux-concours@cabinet-moreau.example>",
  "Félicitations, vous avez été tiré au sort",
  "Bonjour,\n\nVotre adresse a été tirée au sort lors de notre grand jeu annuel. Vous remportez un robot cuiseur.\nConfirmez votre adresse de livraison sous 48 h : https://jeu-annuel-gagnant.web.app/\n\nL'équipe Jeux",
  to=c("fr", 1), auth="pass")
S("prize_survey", "google", "es", 2024, "Encuestas Clientes <encuesta.clientes.es24@gmail.com>",
  "Encuesta de satisfacción: gana un iPhone 16",
  "Participa en nuestra encuesta de 30 segundos y entra en el sorteo de un iPhone 16 Pro.\nSolo hoy: https://encuesta-premio.vercel.app/?id=es24",
  to=c("es", 1), tz="Europe/Madrid")
S("prize_survey", "kit", "it", 2022, '"Premi Italia" <notifiche@premi-italia.example>',
  "Hai vinto! Ritira il tuo premio entro 48 ore",
  "Caro cliente, sei stato estratto per ricevere un buono spesa da 250 €.\nRitira qui entro 48 ore: https://tinyurl.com/premio-it-250",
  kit="octet", att_name="premio.ics", to=c("it", 1), auth="softfail_nodmarc",
  html='<html><body><center><a href="https://tinyurl.com/premio-it-250"><b>RITIRA IL TUO PREMIO</b></a></center></body></html>\n')
S("prize_survey", "google", "pt", 2024, "Clube de Vantagens <clubevantagens.premios@gmail.com>",
  "Parabéns! Você ganhou um vale-compras de R$ 1.000",
  "Seu CPF foi sorteado em nossa promoção de aniversário.\nResgate seu vale de R$ 1.000 aqui: https://sites.google.com/view/resgate-vale-1000\nVálido somente hoje.",
  to=c("pt", 0))
S("prize_survey", "kit", "sv", 2023, "Produkttest Sverige <info@produkttest-se.example>",
  "Grattis! Du har valts ut att testa en robotdammsugare",
  "Vi söker 50 testare i Sverige. Du får behålla produkten efter testet.\nSvara på tre frågor: https://produkttest-se.netlify.app",
  kit="alt_cal", to=c("sv", 0), auth="pass", prodid="-//ical.marudot.com//iCal Event Maker")
S("prize_survey", "yahoo", "en", 2018, "Winner Notification <visitor.award.dept@yahoo.com>",
  "Congratulations – you are today's lucky visitor!",
  "You have been selected as today's lucky visitor. Claim your $1,000 shopping voucher now.\nClaim: http://lucky-visitor-award.example/claim?id=88213",
  to=c("en", 4), tz="America/New_York")
S("prize_survey", "google", "tr", 2025, "Market Kampanya <market.kampanya.tr@gmail.com>",
  "Tebrikler! 2.500 TL market alışveriş çekiniz hazır",
  "Sadakat programımızın kazananları arasındasınız.\n2.500 TL değerindeki çekinizi almak için bilgilerinizi onaylayın: https://kampanya-cek.web.app",
  to=c("tr", 0))

# ===========================================================================
# crypto_investment
S("crypto_investment", "google", "en", 2024, "Airdrop Desk <airdrop.claims.desk@gmail.com>",
  "Airdrop claim window closes in 24h – 2,500 USDT allocated",
  "Your wallet was selected for the Season 3 community airdrop.\nAllocation: 2,500 USDT\nConnect your wallet to claim: https://www.google.com/url?q=https://claim-season3.pages.dev&sa=D\nUnclaimed tokens are redistributed after 24 hours.",
  to=c("en", 5), tz="Asia/Singapore", at="+20.5h")
S("crypto_investment", "kit", "en", 2023, "Hardware Wallet Security <security@wallet-firmware-notice.example>",
  "Mandatory firmware recall – verify your recovery phrase",
  "Due to a security flaw in batch 2023-Q1 devices, all owners must re-verify their recovery phrase before 30 June.\nVerification portal: https://ledger-recall.glitch.me\nFailure to verify may result in loss of funds.",
  kit="html_cal", to=c("en", 1), auth="pass", tz="Europe/London")
S("crypto_investment", "exchange", "de", 2024, "Dr. Markus Feld <m.feld@feld-vermoegen.example>",
  "Passives Einkommen mit KI-Trading – Ihr Erstgespräch",
  "Guten Tag,\n\nwie besprochen hier der Termin für Ihr kostenloses Erstgespräch. Unsere KI-Handelssoftware erzielte 2023 durchschnittlich 4,8 % pro Woche.\nMindesteinlage: 250 €\nVorab registrieren: https://ki-trading-start.webflow.io\n\nMit freundlichen Grüßen\nDr. Markus Feld",
  to=c("de", 2), auth="pass")
S("crypto_investment", "google", "ja", 2024, "資産運用サポート <shisan.unyou.support@gmail.com>",
  "【限定30名】AI投資セミナーのご案内 – 月利30%実績",
  "AIを活用した新しい資産運用セミナーを開催します。\n参加者限定で月利30%の運用ノウハウを公開。\nLINEで参加登録：https://line.me/ti/g2/aitousi2024\n※定員になり次第締め切ります",
  to=c("ja", 0))
S("crypto_investment", "kit", "ru", 2023, "Биржа Поддержка <support@birzha-vyvod.example>",
  "Вам начислено 0,87 BTC — подтвердите вывод",
  "На ваш аккаунт начислено 0,87 BTC по реферальной программе.\nДля вывода средств подтвердите личность в Telegram: https://t.me/vyvod_btc_support\nКомиссия за вывод 0,002 BTC.",
  kit="cal_only", to=c("ru", 0), auth="spf_only", ics_charset="utf-8")
S("crypto_investment", "google", "es", 2025, "Oro Digital <inversion.oro.digital@gmail.com>",
  "Inversión garantizada en oro digital – cupos limitados",
  "Rentabilidad fija del 12 % mensual respaldada en oro.\nSolo 20 cupos disponibles este mes.\nEscríbenos por WhatsApp: https://wa.me/15555550163",
  to=c("es", 0), tz="America/Mexico_City")
S("crypto_investment", "google", "en", 2025, "Vivian Chen <vivian.chen.trades@gmail.com>",
  "Coffee next week?",
  "Hi! It was so nice chatting the other day. As promised, I can show you the trading setup my uncle taught me – I made 38% last month on the platform. Let's go over it together, it only takes 15 min to open an account.\nhttps://app-globalmarkets.vercel.app/register?ref=vivian",
  to=c("en", 3), tz="Asia/Singapore")
S("crypto_investment", "exchange", "fr", 2024, "Service Client <serviceclient-plateforme@outlook.fr>",
  "Vos gains sur la plateforme ont atteint 12 480 €",
  "Bonjour,\n\nVotre portefeuille a généré 12 480 € de gains. Pour débloquer le retrait, des frais de conformité de 950 € doivent être réglés.\nContact conseiller : +33 1 99 00 41 27\n\nCordialement",
  to=c("fr", 0), infra="outlookcom", dkim_domains=[("outlook.fr", "selector1")])
S("crypto_investment", "kit", "it", 2025, "Studio Legale Recupero <recupero@tutela-investitori.example>",
  "Recupero fondi persi in criptovalute – consulenza gratuita",
  "Hai perso denaro con piattaforme di trading non autorizzate? Il nostro team ha recuperato oltre 3 milioni di euro per i clienti.\nPrenota la consulenza gratuita: https://recupero-fondi.typeform.com/to/Xk29aQ",
  kit="mixed_alt_att", to=c("it", 0), auth="pass")
S("crypto_investment", "google", "zh", 2024, "投资交流 <touzi.jiaoliu88@gmail.com>",
  "数字货币投资交流群邀请 – 每日稳定收益",
  "您好，诚邀您加入我们的数字货币投资交流群。\n导师每日免费分享交易信号，稳定收益。\n加入群组：https://t.me/+c9xWqK2bRzg0NjA1",
  to=c("zh", 0), tz="Asia/Shanghai")

# ===========================================================================
# romance_sextortion
S("romance_sextortion", "google", "en", 2023, "Jessica <jessy.lovelyy94@gmail.com>",
  "Hey, coffee date? 😘",
  "Hi handsome, I saw your profile and I think we'd get along really well. I'm new in town and a bit shy here.\nMy private pics are on my page, tell me what you think 🙈 https://linktr.ee/jessy.privat",
  to=c("en", 3), tz="America/Chicago")
S("romance_sextortion", "kit", "en", 2021, "Sam Carter <sam.carter@example.net>",
  "Your account has been hacked – read carefully",
  "I have access to your device for several months now. I installed a program on a website you visited and recorded you through your camera while you watched adult videos.\n\nTransfer 1350 USD in Bitcoin to this address: bc1qz8x3m2k9e7vdt4w6h0pl5n2ycfq8ar7u3sg9xk\nYou have 48 hours from the moment you open this invitation. If I do not receive the payment, the video goes to all your contacts.",
  kit="cal_only", to=c("en", 0), auth="fail", dmarc_policy="none", helo="vps31883.cloudhost.example")
S("romance_sextortion", "kit", "de", 2022, "Lukas Becker <lukas.becker@example.net>",
  "Letzte Warnung – Ihre Aufnahmen",
  "Ich habe Ihr Gerät gehackt und Videos von Ihnen aufgenommen. Überweisen Sie 1.200 € in Bitcoin an:\nbc1q4kx9m0t2w8ypz3r6v5n7c2d8f0h1j3l5q9s7u2\nSie haben 48 Stunden. Antworten ist zwecklos.",
  kit="alt_cal", to=c("de", 0), auth="softfail", dmarc_policy="none")
S("romance_sextortion", "google", "fr", 2024, "Chloé <chloe.seule.ce.soir@gmail.com>",
  "Je suis seule ce soir 😘",
  "Coucou, je suis juste à côté de chez toi. On se rencontre ce soir ?\nMes photos sont ici 😉 https://s.id/chloe-photos",
  to=c("fr", 1), tz="Europe/Paris", at="+5h")
S("romance_sextortion", "kit", "ru", 2023, "Катя <katya.ryadom@mail.ru>",
  "Познакомимся? Я рядом",
  "Привет! Я живу недалеко от тебя, давай познакомимся 💋\nМои фото здесь: https://t.me/katya_foto_ryadom",
  kit="alt_cal", to=c("ru", 1), infra="freemail", auth="pass", tz="Europe/Moscow")
S("romance_sextortion", "exchange", "es", 2024, "Soporte <soporte@talleres-guzman.example>",
  "Tengo acceso a tu cámara",
  "Hola. Tengo el control de tu dispositivo desde hace meses y grabé tus actividades. Envía 900 € en Bitcoin a bc1qp2h7w9xk3m5n8t0v4r6y1c3e5g7j9l2q4s6d8f y borraré todo. Tienes 2 días.",
  to=c("es", 1), auth="pass")
S("romance_sextortion", "yahoo", "en", 2019, "Sgt. Michael Rowland <michael.rowland.usarmy@yahoo.com>",
  "Hello dear, from Sgt. Michael",
  "Hello my dear, I am Sgt. Michael Rowland, currently on peacekeeping mission. I am a widower looking for an honest woman. I have a private box with my savings that I need a trusted person to receive. Please write me back at michael.rowland.usarmy@yahoo.com",
  to=c("en", 4), tz="America/New_York")
S("romance_sextortion", "google", "it", 2025, "Alessia <alessia.cerca.amici@gmail.com>",
  "Ciao, chattiamo?",
  "Ciao, ho trovato il tuo contatto e mi piacerebbe conoscerti meglio 💕 Sono più attiva su Telegram, scrivimi lì: https://t.me/alessia_chat_privata",
  to=c("it", 1))
S("romance_sextortion", "kit", "pl", 2023, "Piotr Nowak <p.nowak@example.net>",
  "Twoje urządzenie zostało zhakowane",
  "Mam dostęp do Twojego systemu i nagrania z kamery. Przelej 3000 zł w Bitcoin na adres bc1q9s8d7f6g5h4j3k2l1z0x9c8v7b6n5m4q3w2e1r. Masz 48 godzin.",
  kit="html_cal", to=c("pl", 0), auth="fail", dmarc_policy="none",
  html="<html><body><p>Mam dostęp do Twojego systemu.</p><p>Szczegóły w załączonym zaproszeniu.</p></body></html>\n")

# ===========================================================================
# advance_fee
S("advance_fee", "yahoo", "en", 2018, "Barr. Godwin Okafor <do-not-reply@yahoo.com>",
  "Inheritance claim – late Mr. Harold Whitfield (Ref: HW/2291)",
  "Attention Beneficiary,\nI am Barrister Godwin Okafor, personal attorney to the late Mr. Harold Whitfield who died with his family in a car accident. He left the sum of US$7,500,000.00 with no next of kin. As you share the same surname I wish to present you as beneficiary. Contact me via my private email: godwin.okafor.chambers@aol.com",
  method="CANCEL", ct_method="REQUEST", seq=1187, sent_by="godwin.okafor.chambers@aol.com",
  org="Barr. Godwin Okafor <godwin.okafor.chambers@aol.com>",
  att=crowd(40, 7), to=c("en", 1), alarms=["-PT30M"], tz="Africa/Lagos",
  subject="Cancelled: Inheritance claim - late Mr. Harold Whitfield (Ref: HW/2291)")
S("advance_fee", "google", "en", 2021, "UN Compensation Office <un.compensation.unit21@gmail.com>",
  "COVID-19 relief compensation payment release – file 0047/UN",
  "This is to inform you that your email was selected among beneficiaries of the COVID-19 relief compensation fund. Your payment of $850,000.00 is ready. Reconfirm your full name, address and phone number to the payment officer: paymentofficer.unrelief@outlook.com",
  to=c("en", 2))
S("advance_fee", "kit", "fr", 2020, "Mme Veuve Claire Lambert <claire.lambert.donation@laposte.net>",
  "Don humanitaire de 850 000 €",
  "Bonjour, je suis Mme Claire Lambert, atteinte d'un cancer en phase terminale. Je souhaite faire don de 850 000 € à une personne honnête pour des œuvres caritatives. Répondez-moi à claire.lambert.donation@laposte.net",
  kit="alt_cal", to=c("fr", 0), infra="freemail", auth="pass")
S("advance_fee", "exchange", "es", 2022, "Lic. Ramiro Castañeda <ramiro.castaneda.abogado@outlook.com>",
  "Herencia sin reclamar – asunto confidencial",
  "Estimado/a:\nSoy abogado internacional. Un cliente fallecido dejó 4,2 millones de dólares sin herederos. Comparte usted su apellido. Le propongo un reparto 50/50. Todo es legal y sin riesgo.\nEspero su respuesta confidencial.",
  to=c("es", 1), infra="outlookcom")
S("advance_fee", "kit", "de", 2019, "Herr Abdul Karimi <abdul.karimi@consultant-dubai.example>",
  "Geschäftsvorschlag – vertraulich",
  "Sehr geehrte/r Partner/in,\nich bin Bankdirektor und habe einen ruhenden Kontostand von 12,5 Mio. USD entdeckt. Ich benötige einen ausländischen Partner zur Überweisung. Sie erhalten 40 %.\nBitte antworten Sie vertraulich.",
  kit="cal_only", to=c("de", 1), auth="neutral", tz="Asia/Dubai")
S("advance_fee", "google", "en", 2024, "Dato' Lim Wei Sheng <limweisheng.holdings@gmail.com>",
  "Business proposal – 40% share",
  "Good day. I have a lucrative business proposal involving the transfer of dormant funds (USD 18.6M) from our bank in Kuala Lumpur. You will receive 40% for your assistance. Kindly reply with your direct phone number for details.",
  to=c("en", 5), tz="Asia/Singapore")
S("advance_fee", "kit", "pt", 2023, "Dr. Paulo Mendes <drpaulomendes@bol.com.br>",
  "Transferência de fundos – confidencial",
  "Prezado(a), sou gerente de contas e preciso de um parceiro estrangeiro para receber US$ 9,3 milhões de um cliente falecido. Sua parte será de 35%. Responda com seus dados completos.",
  kit="alt_cal", to=c("pt", 1), infra="freemail", auth="pass")
S("advance_fee", "yahoo", "en", 2017, "Western Union Dept <wu.paymentdept.atm@yahoo.com>",
  "ATM card valued $2.5M ready for dispatch",
  "Your ATM card valued $2,500,000.00 has been approved for dispatch. Send the delivery fee of $185 and your full details to the dispatch officer Mr. Ben Odili today.",
  to=c("en", 0), method="CANCEL", ct_method="REQUEST", seq=211, att=crowd(38, 99), tz="Africa/Lagos")
S("advance_fee", "google", "it", 2021, "Avv. Francesco Bellini <avv.francesco.bellini@gmail.com>",
  "Eredità del defunto Sig. Bruno Ferri",
  "Gentile Sig./Sig.ra, la contatto riguardo all'eredità del defunto Sig. Bruno Ferri, deceduto senza eredi. L'importo di 3.800.000 € può esserle trasferito legalmente in quanto porta lo stesso cognome. Mi contatti con urgenza.",
  to=c("it", 0))

# ===========================================================================
# invoice_refund
S("invoice_refund", "google", "de", 2024, "Erstattungsservice <erstattung.service.center@gmail.com>",
  "Rückerstattung ausstehend: 86,40 €",
  "Bei Ihrer letzten Abbuchung wurde ein zu hoher Betrag berechnet.\nErstattungsbetrag: 86,40 €\nBitte bestätigen Sie Ihre Bankverbindung innerhalb von 3 Tagen: https://erstattung-bestaetigen.web.app/de",
  to=c("de", 2))
S("invoice_refund", "kit", "fr", 2023, "Service Remboursement <remboursement@avis-client.example>",
  "Avis de remboursement – action requise",
  "Un remboursement de 64,20 € est en attente sur votre compte.\nPour le recevoir, confirmez vos coordonnées : https://remboursement-avis.netlify.app",
  kit="mixed_alt_att", to=c("fr", 1), auth="pass")
S("invoice_refund", "exchange", "en", 2023, "Accounts Receivable <ar@kestrel-supplies.example>",
  "Remittance advice – ACH payment 09/14",
  "Hello,\n\nPlease find the remittance advice for the ACH payment released today. Due to the file size it is shared via OneDrive.\nView remittance: https://1drv.ms/b/s!AqLr8Kz2mXp9gYd3kQ\n\nThanks,\nAccounts Receivable",
  to=nf("Olivia Grant", "o.grant"), auth="pass", tz="America/Chicago")
S("invoice_refund", "kit", "es", 2024, "Facturación <facturas@gestion-cobros.example>",
  "Factura pendiente #F-2024-3312",
  "Adjuntamos la factura pendiente de pago #F-2024-3312 por importe de 1.284,50 €.\nDescargar factura: https://www.dropbox.com/scl/fi/k2m9x1/F-2024-3312.pdf?dl=0",
  kit="alt_cal", to=c("es", 0), auth="pass_nodmarc")
S("invoice_refund", "kit", "it", 2022, "Rimborsi Online <rimborsi@assistenza-pagamenti.example>",
  "Rimborso di 112,30 € disponibile",
  "Gentile cliente, è disponibile un rimborso di 112,30 €. Per riceverlo inserisci i dati della carta: https://rimborso-disponibile.pages.dev",
  kit="html_cal", to=c("it", 1), auth="softfail", dmarc_policy="none",
  html='<html><body><p>Gentile cliente,</p><p>è disponibile un rimborso di <b>112,30 €</b>.</p><p><a href="https://rimborso-disponibile.pages.dev">Richiedi rimborso</a></p></body></html>\n')
S("invoice_refund", "google", "nl", 2025, "Incasso Afdeling <incasso.afdeling.nl@gmail.com>",
  "Betalingsherinnering – laatste aanmaning",
  "U heeft een openstaande factuur van €249,00. Bij uitblijven van betaling binnen 24 uur wordt de vordering uit handen gegeven.\nBetaal direct: https://betaling-herinnering.vercel.app",
  to=c("nl", 0))
S("invoice_refund", "kit", "en", 2023, "Apple <no_reply@appleid-receipts.example>",
  "Your receipt from Apple – iCloud+ 2TB $64.99",
  "Receipt\nORDER ID: MQ8Z2K4LP\niCloud+ with 2 TB storage (Annual) $64.99\nIf you did not authorise this purchase, cancel here within 24 hours: https://apple-receipt-cancel.web.app",
  kit="html_cal", to=c("en", 1), auth="pass",
  html='<html><body style="font-family:-apple-system,Helvetica"><h2>Receipt</h2><p>iCloud+ with 2 TB storage (Annual) <b>$64.99</b></p><p><a href="https://apple-receipt-cancel.web.app">Report a problem</a></p></body></html>\n')
S("invoice_refund", "exchange", "pl", 2024, "Dział Księgowości <ksiegowosc@biuro-rachunkowe-lipa.example>",
  "Faktura VAT do zapłaty – termin mija dziś",
  "Dzień dobry,\n\nprzesyłamy fakturę VAT nr 2024/11/0457 na kwotę 3 812,40 zł. Termin płatności mija dziś.\nFaktura do pobrania: https://lipa-ksiegowosc-my.sharepoint.com/:b:/g/personal/ksiegowosc/EbX2kP9\n\nPozdrawiamy",
  to=c("pl", 1), auth="pass")
S("invoice_refund", "google", "en", 2022, "Refund Team <refund.team.support22@gmail.com>",
  "Amazon refund of $127.31 requires confirmation",
  "A refund of $127.31 for order 114-8823901-22 could not be processed.\nConfirm your payment method to receive it: https://storage.googleapis.com/refund-confirm-2291/index.html",
  to=c("en", 2), tz="America/New_York")

S("invoice_refund", "exchange", "en", 2025, "Jordan Blake <jordan.blake@fairweather-print.example>",
  "Invoice 24-1187 – updated copy",
  "Hi,\n\nApologies, the invoice we sent last week had the wrong PO number. Updated copy here (view only):\nhttps://fairweatherprint-my.sharepoint.com/:b:/g/personal/jordan_blake/Eb7Qw2\n\nThanks,\nJordan",
  to=nf("Olivia Grant", "o.grant"), auth="pass")

# ===========================================================================
# account_phish
S("account_phish", "kit", "en", 2023, "IT Service Desk <it-servicedesk@northfield-eng.example>",
  "Password expiry notice – action required",
  "Your password for sam.carter@northfield-eng.example expires today.\nKeep your current password: https://northfield-eng.ipfs.dweb.link/keep-password.html\nIT Service Desk",
  kit="alt_cal", to=nf("Sam Carter", "sam.carter"), auth="fail", dmarc_policy="quarantine")
S("account_phish", "kit", "en", 2022, "Mail Administrator <postmaster@mailbox-quota.example>",
  "Mailbox storage 99% full",
  "Your mailbox is 99% full (49.6 GB / 50 GB). Incoming messages will be rejected.\nUpgrade storage free of charge: https://mailbox-upgrade-portal.r2.dev/owa",
  kit="cal_only", to=c("en", 4), auth="pass")
S("account_phish", "google", "de", 2024, "Sicherheitsteam <sicherheitsteam.konto@gmail.com>",
  "Ihr Konto wird in 24 Stunden deaktiviert",
  "Wir haben ungewöhnliche Anmeldeversuche festgestellt. Bestätigen Sie Ihre Identität, sonst wird Ihr Konto deaktiviert.\nJetzt bestätigen: https://konto-bestaetigung.web.app",
  to=c("de", 0))
S("account_phish", "kit", "fr", 2023, "Support Messagerie <support@webmail-verif.example>",
  "Vérification de votre compte de messagerie",
  "Votre compte de messagerie doit être vérifié avant le 15 du mois. Sans vérification, il sera suspendu.\nVérifier maintenant : https://webmail-verification.wixsite.com/connexion",
  kit="mixed_alt_att", to=c("fr", 0), auth="pass")
S("account_phish", "google", "es", 2024, "Seguridad Bancaria <seguridad.bancaria.alertas@gmail.com>",
  "Actividad inusual en su cuenta bancaria",
  "Hemos detectado un acceso desde un dispositivo desconocido. Si no fue usted, verifique su identidad de inmediato: https://verificacion-cuenta.web.app\nSu banca online quedará bloqueada en 12 horas.",
  to=c("es", 1))
S("account_phish", "kit", "ja", 2024, "Amazon.co.jp <account-update@amazon-co-jp-notice.example>",
  "【重要】アカウント確認のお願い",
  "お客様のアカウントで異常なログインが検出されました。\n24時間以内にご本人確認をお願いいたします。\n確認はこちら：https://amazon-jp-kakunin.pages.dev\n確認が完了しない場合、アカウントは一時停止されます。",
  kit="html_cal", to=c("ja", 1), auth="pass", tz="Asia/Tokyo",
  html='<html><body><p>お客様のアカウントで異常なログインが検出されました。</p><p><a href="https://amazon-jp-kakunin.pages.dev">本人確認</a></p></body></html>\n')
S("account_phish", "google", "en", 2025, "Security Operations <secops@brightpath-consulting.example>",
  "MFA re-enrollment deadline – Friday",
  "All staff and partners must re-enroll their authenticator app before Friday 17:00.\nUse the enrollment portal: https://aka-mfa-enroll.azurewebsites.net/?tenant=partner\nAccounts not re-enrolled will be locked.",
  to=nf("Daniel Price", "d.price"), auth="pass", tz="Europe/London")
S("account_phish", "kit", "it", 2024, "Poste Italiane <avvisi@posteid-aggiornamento.example>",
  "Aggiornamento sicurezza PosteID",
  "Gentile cliente, il tuo PosteID è scaduto. Per continuare a usare i servizi aggiorna i dati entro oggi: https://posteid-aggiorna.netlify.app",
  kit="alt_cal", to=c("it", 0), auth="pass")
S("account_phish", "google", "pt", 2023, "Suporte Conta <suporte.conta.verificacao@gmail.com>",
  "Sua conta será bloqueada",
  "Identificamos pendências no cadastro da sua conta. Para evitar o bloqueio, atualize seus dados: https://atualizacao-cadastro.vercel.app",
  to=c("pt", 0), tz="America/Sao_Paulo")
S("account_phish", "kit", "en", 2024, "Netflix <info@account-billing-update.example>",
  "Payment declined – update billing details",
  "We couldn't process your last payment. Your membership will be paused in 48 hours.\nUpdate payment: https://nf-billing-update.web.app",
  kit="html_cal", to=c("en", 5), auth="pass",
  html='<html><body style="background:#000;color:#fff"><h1 style="color:#e50914">NETFLIX</h1><p>Your payment was declined.</p><a href="https://nf-billing-update.web.app" style="background:#e50914;color:#fff;padding:10px">Update payment</a></body></html>\n')
S("account_phish", "kit", "ru", 2023, "Администратор почты <admin@pochta-proverka.example>",
  "Подтвердите почтовый ящик",
  "Ваш почтовый ящик будет отключён через 24 часа из-за отсутствия подтверждения.\nПодтвердить: https://pochta-podtverdit.glitch.me",
  kit="cal_only", to=c("ru", 0), auth="none")

# ===========================================================================
# document_share
S("document_share", "exchange", "en", 2024, "Rachel Moore <r.moore@hollis-architects.example>",
  "Scanned document shared with you (2 pages)",
  "Rachel Moore shared a file with you.\n\nScan_0924_2pages.pdf\n\nOpen: https://hollisarchitects-my.sharepoint.com/:b:/g/personal/r_moore/EQk29sLx0aBHm2\n\nThis link will work for anyone.",
  to=nf("Olivia Grant", "o.grant"), auth="pass", tz="Europe/London")
S("document_share", "kit", "en", 2024, "DocuSign via HR <dse@docusign-hr-portal.example>",
  "Please review and sign: Q4 Bonus Agreement",
  "HR Department sent you a document to review and sign.\nQ4_Bonus_Agreement_2024.pdf\nREVIEW DOCUMENT: https://docsign-review.pages.dev/envelope?id=8f2c\nDo not share this email.",
  kit="html_cal", to=nf("Sam Carter", "sam.carter"), auth="pass",
  html='<html><body><div style="background:#1e4ca1;color:#fff;padding:20px">HR Department sent you a document to review and sign.</div><p><a href="https://docsign-review.pages.dev/envelope?id=8f2c">REVIEW DOCUMENT</a></p></body></html>\n')
S("document_share", "google", "de", 2023, "Hausverwaltung Richter <hausverwaltung.richter@gmail.com>",
  "Dokument zur Unterschrift: Mietvertrag_Nachtrag.pdf",
  "Sehr geehrte Mieter,\nbitte prüfen und unterschreiben Sie den Nachtrag zum Mietvertrag bis Freitag.\nDokument öffnen: https://drive.google.com/file/d/1xR9kPq2mZ7wLs0TnB4vC8yE/view?usp=sharing",
  to=c("de", 1))
S("document_share", "exchange", "fr", 2024, "Comptabilité <compta@fournitures-girard.example>",
  "Fichier partagé : Bon_de_commande_2024.pdf",
  "Bonjour,\n\nVeuillez trouver le bon de commande partagé via OneDrive.\nAccéder au fichier : https://onedrive.live.com/redir?resid=4A2F9C1B8E7D6A5B!118&authkey=!AKx9\n\nCordialement,\nService comptabilité",
  to=f"Claire Rivoire <claire@{RIVOIRE}>", auth="pass")
S("document_share", "kit", "en", 2023, "Voice Message <voicemail@pbx-notify.example>",
  "New voicemail (0:43) from +1 202-555-0178",
  "You received a new voice message.\nFrom: +1 202-555-0178\nDuration: 0:43\nListen: https://voicemail-play.workers.dev/msg/4431",
  kit="alt_cal", to=nf("Daniel Price", "d.price"), auth="pass_nodmarc", tz="America/New_York")
S("document_share", "google", "es", 2024, "Recursos Humanos <rrhh.nominas.empresa@gmail.com>",
  "Le han compartido un archivo: Nómina_Octubre.xlsx",
  "Se ha compartido con usted el archivo Nómina_Octubre.xlsx.\nAbrir en Hojas de cálculo: https://docs.google.com/spreadsheets/d/1aZk29Qp0LmX7wT3/edit?usp=sharing\nEl archivo contiene información salarial confidencial.",
  to=c("es", 0))
S("document_share", "kit", "nl", 2025, "Beveiligde Berichten <noreply@beveiligd-bericht.example>",
  "U heeft een beveiligd bericht ontvangen",
  "Er staat een beveiligd bericht voor u klaar.\nOpen het bericht via: https://beveiligd-bericht.netlify.app/lezen?id=7731\nHet bericht verloopt over 48 uur.",
  kit="mixed_alt_att", to=f"Joost van Dijk <joost@{VANDIJK}>", auth="pass")
S("document_share", "kit", "en", 2022, "Dropbox Transfer <no-reply@dropbox-transfer-notice.example>",
  "Project_Specs_Final.zip (34 MB) was sent to you",
  "Mark Ellis sent you files with Dropbox Transfer.\nProject_Specs_Final.zip – 34 MB\nDownload: https://dropbox-transfer-download.web.app/t/Project_Specs_Final\nExpires in 7 days.",
  kit="html_cal", to=nf("Olivia Grant", "o.grant"), auth="pass",
  html='<html><body><p>Mark Ellis sent you files</p><p><a href="https://dropbox-transfer-download.web.app/t/Project_Specs_Final">Download</a></p></body></html>\n')
S("document_share", "exchange", "it", 2023, "Ufficio Acquisti <acquisti@ferramenta-bassi.example>",
  "Documento condiviso tramite OneDrive",
  "Buongiorno,\nvi condividiamo l'ordine aggiornato.\nApri: https://ferramentabassi-my.sharepoint.com/:x:/g/personal/acquisti/Ek2mZ91\nSaluti",
  to=c("it", 1), auth="pass")
S("document_share", "google", "en", 2025, "Adobe Acrobat <proposal.review.acrobat@gmail.com>",
  "Proposal_Revised.pdf awaiting your review",
  "A PDF has been shared with you for review: Proposal_Revised.pdf\nOpen in Acrobat: https://acrobat-review-share.webflow.io/file/Proposal_Revised\nSecured by Adobe Document Cloud",
  to=c("en", 0))

# ===========================================================================
# parcel_fee
S("parcel_fee", "kit", "nl", 2025, '"PostNL-bezorging" <newsletters.qtrk@bezorg-update.example>',
  "Uw pakket kon niet worden bezorgd – €1,99 verzendkosten",
  "Wij hebben geprobeerd uw pakket te bezorgen. Er staan nog €1,99 verzendkosten open.\nPlan een nieuwe bezorging: https://pakket-bezorging.web.app/nl",
  kit="empty", to=c("nl", 0), auth="pass", subject="Uw pakket kon niet worden bezorgd\t.4418273",
  sent_by="TsQwe@bezorg-update.example")
S("parcel_fee", "kit", "de", 2024, "Zollabwicklung <zoll@sendung-zollamt.example>",
  "Zollgebühr ausstehend: 2,99 € für Sendung DE7731904412",
  "Für Ihre Sendung DE7731904412 ist eine Einfuhrabgabe von 2,99 € fällig. Ohne Zahlung wird die Sendung zurückgeschickt.\nJetzt bezahlen: https://zoll-sendung.pages.dev/de",
  kit="alt_cal", to=c("de", 2), auth="pass")
S("parcel_fee", "google", "en", 2023, "USPS Delivery <usps.redelivery.center@gmail.com>",
  "USPS: Package held at facility – update address",
  "Your package could not be delivered due to an incomplete address. It is being held at our facility.\nUpdate your address within 12 hours: https://usps-redelivery.vercel.app\nA $1.45 redelivery fee applies.",
  to=c("en", 3), tz="America/New_York")
S("parcel_fee", "kit", "fr", 2024, "Colissimo <suivi@colis-reexpedition.example>",
  "Frais de réexpédition 1,79 € – colis en attente",
  "Votre colis n'a pas pu être livré. Des frais de réexpédition de 1,79 € sont nécessaires.\nReprogrammer : https://colis-reexpedition.netlify.app",
  kit="mixed_alt_att", to=c("fr", 1), auth="pass")
S("parcel_fee", "google", "es", 2024, "Correos Envíos <correos.envios.aviso@gmail.com>",
  "Su envío está retenido en aduana",
  "Su envío ES2024118833 está retenido. Pague las tasas de 2,99 € para liberarlo: https://correos-tasas.web.app",
  to=c("es", 0))
S("parcel_fee", "kit", "it", 2023, "Poste Spedizioni <info@giacenza-pacco.example>",
  "Il tuo pacco è in giacenza",
  "Il tuo pacco è in giacenza presso il nostro centro. Per la riconsegna paga 1,99 €: https://giacenza-pacco.pages.dev",
  kit="octet", att_name="consegna.ics", to=c("it", 0), auth="pass",
  html='<html><body><p>Il tuo pacco è in giacenza.</p><a href="https://giacenza-pacco.pages.dev">Programma la consegna</a></body></html>\n')
S("parcel_fee", "kit", "pl", 2024, "InPost Powiadomienia <powiadomienia@paczka-doplata.example>",
  "Dopłata 1,50 zł do przesyłki",
  "Twoja przesyłka czeka na dopłatę 1,50 zł. Opłać w ciągu 24 godzin: https://paczka-doplata.web.app",
  kit="alt_cal", to=c("pl", 1), auth="pass")
S("parcel_fee", "google", "en", 2022, "Royal Mail Redelivery <rm.redelivery.uk@gmail.com>",
  "Royal Mail: £2.99 redelivery fee",
  "We missed you! To arrange redelivery of your parcel, please pay the £2.99 fee: https://royalmail-redeliver.web.app\nParcels not rescheduled within 72 hours are returned to sender.",
  to=c("en", 4))
S("parcel_fee", "kit", "cs", 2025, "Doručovací služba <info@zasilka-doplatek.example>",
  "Zásilka čeká na doplatek 39 Kč",
  "Vaše zásilka nemohla být doručena. Uhraďte doplatek 39 Kč: https://zasilka-doplatek.pages.dev",
  kit="mixed_alt_att", to=c("cs", 0), auth="pass")

# ===========================================================================
# callback (payload is a phone number, no link)
S("callback", "google", "en", 2023, "Kevin Marsh <kevinmarsh@tenbyhill.example>",
  "Hey: Your auto-renewal is complete",
  "Invoice No: GKS-88123019\nHelpline: +1 (202) 555-0134\n\nHey,\nYour 3 year Geek Squad protection plan has been renewed. The amount of USD 389.99 will be debited within 24 hours.\nIf you did not authorise this, call our billing desk at +1 (202) 555-0134 immediately.\n\nRegards,\nBilling Team",
  auth="gcal_foreign", to=c("en", 0), tz="Asia/Singapore", at="+19h")
S("callback", "google", "en", 2024, "Order Desk <angela.brooks@fairmead-trust.example>",
  "Order confirmation: MacBook Air – $1,249.00",
  "Order ID: MBA-22918-US\nTotal: $1,249.00\nShipping to: Dallas, TX\n\nIf you did not place this order, call +1 (312) 555-0187 to cancel within 24 hours.",
  auth="gcal_foreign_nodmarc", to=c("en", 2), tz="America/Chicago")
S("callback", "kit", "en", 2024, "PayPal <service@paypal-receipt-center.example>",
  "You sent a payment of $749.00 USD to CoinDesk Trading",
  "Transaction ID: 7HX29381KL0042218\nAmount: $749.00 USD (Bitcoin purchase)\n\nIf you don't recognise this transaction, contact PayPal support at +1 (808) 555-0119.",
  kit="html_cal", to=c("en", 5), auth="pass",
  html='<html><body style="font-family:Arial"><h2 style="color:#003087">PayPal</h2><p>You sent $749.00 USD to CoinDesk Trading</p><p>Questions? Call <b>+1 (808) 555-0119</b></p></body></html>\n')
S("callback", "google", "de", 2024, "Abo-Service <abo.service.verlaengerung@gmail.com>",
  "Ihr Abo wurde verlängert: 349,99 €",
  "Rechnungsnr.: DE-4471-2291\nIhr Jahresabo (Virenschutz Premium, 5 Geräte) wurde automatisch verlängert. Betrag: 349,99 €.\nStornierung nur telefonisch innerhalb von 24 Stunden: +44 7700 900 482",
  to=c("de", 0))
S("callback", "kit", "fr", 2023, "Service Facturation <facturation@renouvellement-licence.example>",
  "Renouvellement antivirus 299,99 € – appelez pour annuler",
  "Votre licence antivirus a été renouvelée pour 3 ans. Montant prélevé : 299,99 €.\nPour annuler et être remboursé, appelez le 01 99 00 52 18.",
  kit="cal_only", to=c("fr", 0), auth="pass")
S("callback", "yahoo", "en", 2022, "Total Protection Billing <billing.totalprotect@yahoo.com>",
  "McAfee Total Protection renewal – 3 years $449.00",
  "Your subscription has been renewed successfully for 3 years. Amount: $449.00\nFor refund or cancellation call toll free +1-888-555-0162",
  to=c("en", 1), tz="America/New_York")
S("callback", "google", "es", 2025, "Departamento de Cargos <alerta.cargos.tarjeta@gmail.com>",
  "Cargo de 499,00 € en su tarjeta",
  "Se ha realizado un cargo de 499,00 € en su tarjeta por una suscripción anual.\nSi no reconoce este cargo llame al +44 7700 900 317 para anularlo.",
  to=c("es", 1))
S("callback", "kit", "en", 2019, "Windows Support <support@license-expired-alert.example>",
  "Your Windows license has expired",
  "WARNING: Your computer license has expired and your files are at risk.\nCall Microsoft certified support now: +1-855-555-0148 (toll free)",
  kit="cal_only", to=c("en", 3), auth="none", alarms=["-PT0M"])
S("callback", "google", "it", 2024, "Assistenza Abbonamenti <assistenza.abbonamenti.it@gmail.com>",
  "Rinnovo abbonamento premium: 289,00 €",
  "Il tuo abbonamento premium è stato rinnovato per 289,00 €.\nSe desideri annullare, chiama il servizio clienti al +44 7700 900 266 entro 24 ore.",
  to=c("it", 1))
S("callback", "google", "en", 2025, "Account Security <mason.pierce@ridgefield-acad.example>",
  "Withdrawal of 0.42 BTC initiated",
  "A withdrawal of 0.42 BTC (≈ $26,300) to an external wallet was initiated from your account.\nIf this wasn't you, call our security line now to freeze the transfer: +1 (415) 555-0176",
  auth="gcal_foreign", to=c("en", 4), tz="America/Los_Angeles")

# ===========================================================================
# government_tax
S("government_tax", "google", "en", 2022, "IRS Refund Unit <irs.refund.unit22@gmail.com>",
  "Tax refund $1,274.50 pending",
  "After the last annual calculation of your fiscal activity we determined that you are eligible to receive a tax refund of $1,274.50.\nSubmit the refund request: https://irs-refund-request.web.app",
  to=c("en", 0), tz="America/New_York")
S("government_tax", "kit", "en", 2023, "HMRC <noreply@hmrc-rebate-online.example>",
  "You are due a tax rebate of £438.20",
  "HM Revenue & Customs\nYou are eligible for a tax rebate of £438.20. Please claim it within 5 working days.\nhttps://hmrc-taxrebate.pages.dev/claim",
  kit="alt_cal", to=c("en", 4), auth="pass")
S("government_tax", "kit", "fr", 2024, "impots.gouv <ne-pas-repondre@dgfip-remboursement.example>",
  "Remboursement d'impôt de 327,60 €",
  "Après calcul de votre dernière déclaration, vous pouvez bénéficier d'un remboursement de 327,60 €.\nFaites votre demande : https://impots-remboursement.netlify.app",
  kit="mixed_alt_att", to=c("fr", 1), auth="pass")
S("government_tax", "google", "de", 2024, "Steuererstattung BZSt <bzst.erstattung.info@gmail.com>",
  "Bundeszentralamt für Steuern: Steuererstattung 612,00 €",
  "Sie haben Anspruch auf eine Steuererstattung von 612,00 €. Bitte bestätigen Sie Ihre Bankverbindung im Online-Formular: https://bzst-erstattung.web.app",
  to=c("de", 1))
S("government_tax", "kit", "es", 2023, "Agencia Tributaria <notificaciones@aeat-reembolso.example>",
  "Agencia Tributaria: reembolso pendiente",
  "Tiene un reembolso pendiente de 289,45 €. Acceda a su expediente: https://aeat-reembolso.vercel.app",
  kit="html_cal", to=c("es", 0), auth="pass",
  html='<html><body><p><b>Agencia Tributaria</b></p><p>Tiene un reembolso pendiente de 289,45 €.</p><a href="https://aeat-reembolso.vercel.app">Acceder</a></body></html>\n')
S("government_tax", "kit", "it", 2025, "Agenzia delle Entrate <avvisi@agenzia-avvisi.example>",
  "Avviso di pagamento – sanzione non versata",
  "Risulta una sanzione amministrativa non versata di 148,00 €. Regolarizza entro 5 giorni per evitare maggiorazioni: https://avviso-pagamento.pages.dev",
  kit="alt_cal", to=c("it", 0), auth="pass")
S("government_tax", "google", "en", 2024, "Toll Services <tollservices.notice@gmail.com>",
  "Unpaid toll $4.15 – late fee tomorrow",
  "Our records show an unpaid toll of $4.15. To avoid a $50.00 late fee, pay today: https://ezpass-tollpay.vercel.app",
  to=c("en", 2), tz="America/New_York")
S("government_tax", "kit", "pt", 2024, "Receita Federal <comunicado@receita-regularizacao.example>",
  "CPF irregular – regularize hoje",
  "Consta pendência em seu CPF. Regularize hoje para evitar bloqueio: https://receita-regularizar.web.app\nValor da multa: R$ 187,40",
  kit="alt_cal", to=c("pt", 1), auth="pass", tz="America/Sao_Paulo")
S("government_tax", "kit", "ja", 2025, "国税庁 <info@nta-nouzei.example>",
  "【国税庁】未納税金のお知らせ",
  "あなたの所得税に未納があります。期限までにお支払いがない場合、財産差し押さえの手続きに入ります。\n納付はこちら：https://nta-nouzei.pages.dev",
  kit="html_cal", to=c("ja", 0), auth="pass", tz="Asia/Tokyo",
  html='<html><body><p>【国税庁】未納税金のお知らせ</p><a href="https://nta-nouzei.pages.dev">納付手続き</a></body></html>\n')

# ===========================================================================
# bec_ceo (short, no link, reply-to outside)
S("bec_ceo", "exchange", "en", 2023, "Martin Hale <martin.hale.ceo@outlook.com>",
  "Quick favor",
  "Are you at your desk? I need you to handle something for me discreetly. I'm in meetings all day so email is best.\n\nMartin\nSent from my iPhone",
  to=nf("Olivia Grant", "o.grant"), infra="outlookcom", dkim_domains=[("outlook.com", "selector1")])
S("bec_ceo", "kit", "en", 2022, "Martin Hale <martin.hale@northfield-eng.example>",
  "Urgent wire – vendor payment today",
  "Olivia, we need to get the vendor payment of $48,600 out today before cut-off. Banking details to follow. Please keep this between us until the deal is announced.\nMartin",
  kit="cal_only", to=nf("Olivia Grant", "o.grant"), auth="fail", dmarc_policy="none",
  reply_to="Martin Hale <m.hale.office@proton.me>")
S("bec_ceo", "google", "de", 2024, "Dr. Frank Brandt <dr.frank.brandt.kanzlei@gmail.com>",
  "Vertrauliche Akquisition – bitte nur mit mir abstimmen",
  "Hallo Frau Weber, wir befinden uns in einer vertraulichen Übernahme. Ich brauche heute noch Ihre Unterstützung bei einer Überweisung. Bitte sprechen Sie mit niemandem darüber. Sind Sie erreichbar?",
  to=f"Anja Weber <a.weber@{BRANDT}>")
S("bec_ceo", "exchange", "fr", 2021, "Philippe Rivoire <p.rivoire.direction@outlook.fr>",
  "Opération confidentielle",
  "Bonjour Claire, je vous contacte pour une opération financière confidentielle (rachat d'une société). Un avocat va vous contacter. Merci de rester discrète, je compte sur vous.\nPhilippe",
  to=f"Claire Rivoire <claire@{RIVOIRE}>", infra="outlookcom", dkim_domains=[("outlook.fr", "selector1")])
S("bec_ceo", "google", "en", 2023, "Martin Hale <martinhale.office@gmail.com>",
  "Gift cards for client appreciation",
  "I need you to pick up 8 Apple gift cards of $200 each for client appreciation. Scratch the back and send me the codes by email. I'll reimburse you this evening. Can you do it within the hour?",
  to=nf("Jamie Fox", "j.fox"))
S("bec_ceo", "exchange", "en", 2024, "Daniel Price <daniel.price.home@outlook.com>",
  "Direct deposit update before Friday",
  "Hi, I changed banks recently and need my direct deposit updated before this Friday's payroll. What details do you need from me? I'd appreciate it if it can be done today.\nThanks, Daniel",
  to=nf("Payroll", "payroll"), infra="outlookcom", dkim_domains=[("outlook.com", "selector1")])
S("bec_ceo", "google", "es", 2024, "Carlos Méndez (Director) <direccion.cmendez@gmail.com>",
  "Necesito tu ayuda urgente",
  "Hola, estoy en una reunión y no puedo hablar. Necesito que realices un pago urgente a un proveedor hoy. ¿Me confirmas que estás disponible?",
  to=c("es", 1))
S("bec_ceo", "kit", "it", 2025, "Giorgio Bassi <g.bassi@ferramenta-bassi.example>",
  "Riservato – bonifico estero",
  "Ciao, ho bisogno che tu disponga un bonifico estero oggi stesso per chiudere un accordo riservato. Ti invio i dettagli appena mi confermi. Non parlarne con nessuno.",
  kit="alt_cal", to=c("it", 1), auth="softfail", reply_to="Giorgio Bassi <giorgio.bassi.ceo@proton.me>")
S("bec_ceo", "google", "nl", 2025, "Henk van Dijk <henk.vandijk.directie@gmail.com>",
  "Ben je beschikbaar? Korte vraag",
  "Hoi Joost, ben je even beschikbaar? Ik heb je hulp nodig met een dringende betaling. Ik zit in een overleg, dus alleen mailen.",
  to=f"Joost van Dijk <joost@{VANDIJK}>")

# ===========================================================================
# ics_only_payload (the body looks harmless; the lure lives only in the .ics)
S("ics_only_payload", "kit", "en", 2024, "Nora Blake <nora.blake@amberline-advisory.example>",
  "Q3 review",
  "",
  ics_desc="Your Microsoft 365 password expires today. Keep your current password here: https://m365-keep-password.pages.dev/?u=sam",
  body="Hi,\n\nPlease see the meeting invitation attached.\n\nBest,\nNora\n", kit="alt_cal",
  to=nf("Sam Carter", "sam.carter"), auth="pass")
S("ics_only_payload", "thunderbird", "en", 2025, "Leo Hart <leo.hart@harborline-logistics.example>",
  "Project sync",
  "Agenda attached.",
  vevent_extra=["ATTACH;FMTTYPE=application/pdf:https://storage.googleapis.com/shared-agenda-2025/Agenda_Project_Sync.pdf.html"],
  to=nf("Olivia Grant", "o.grant"), auth="pass")
S("ics_only_payload", "kit", "de", 2024, "Terminservice <termin@termin-info.example>",
  "Termin",
  "", url="https://konto-sicherheit-de.web.app/login",
  body="Guten Tag,\n\nanbei Ihr Termin.\n", kit="html_cal", html="<html><body><p>Guten Tag,</p><p>anbei Ihr Termin.</p></body></html>\n",
  to=c("de", 1), auth="pass")
S("ics_only_payload", "exchange", "en", 2023, "Chris Dalton <chris.dalton@peakridge-partners.example>",
  "Catch up",
  "", loc="https://zoom-us-meeting.web.app/j/84412990213?pwd=cXk",
  body_desc="", to=nf("Daniel Price", "d.price"), auth="pass")
S("ics_only_payload", "kit", "en", 2024, "Events Team <events@northbay-events.example>",
  "Quarterly planning",
  "Quarterly planning session.",
  vevent_extra=["X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Quarterly planning session.</p><p><a href=\"https://sharepoint-docs-view.web.app/Q3plan\">Open the planning deck (sign in required)</a></p></body></html>"],
  body="Quarterly planning session.\n", kit="alt_cal", to=nf("Jamie Fox", "j.fox"), auth="pass")
S("ics_only_payload", "kit", "en", 2025, "Calendar <calendar@cal-notify.example>",
  "Reminder",
  "Reminder",
  alarms=[{"trigger": "-PT5M", "desc": "Your device is infected with 3 viruses. Call Apple Support now: +1 (786) 555-0193"},
          {"trigger": "PT0S", "desc": "URGENT: call +1 (786) 555-0193 to remove viruses"}],
  body="", html="<html><body></body></html>\n", kit="html_cal", to=c("en", 5), auth="pass")
S("ics_only_payload", "google", "en", 2024, "Hannah Price <hannahprice.events@gmail.com>",
  "Team lunch",
  "Team lunch at the usual place.",
  rrule="FREQ=WEEKLY;COUNT=4",
  extra_vevents=[{"recurrence_id": "RECURRENCE-ID;TZID=America/New_York:{rid}", "summary": "Team lunch – ACTION REQUIRED",
                  "desc": "Lunch vouchers: confirm your payroll login to receive them https://payroll-vouchers.vercel.app",
                  "uid": "SAME"}],
  to=c("en", 1), tz="America/New_York")
S("ics_only_payload", "thunderbird", "fr", 2024, "Lucie Garnier <lucie.garnier@studio-garnier.example>",
  "Déjeuner d'équipe",
  "Déjeuner d'équipe vendredi, on réserve pour 8.",
  ics_desc="Investissement crypto garanti 15 % par mois. Inscrivez-vous avant vendredi : https://t.me/crypto_rendement_fr",
  to=f"Claire Rivoire <claire@{RIVOIRE}>", auth="pass")
S("ics_only_payload", "kit", "en", 2025, "Meeting Bot <noreply@meet-scheduler.example>",
  "Weekly stand-up",
  "Weekly stand-up",
  vevent_extra=["CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Join:https://teams-join-meeting.pages.dev/l/meetup-join/19%3a8fa2"],
  body="Weekly stand-up\n", kit="alt_cal", to=nf("Sam Carter", "sam.carter"), auth="pass_nodmarc")
S("ics_only_payload", "kit", "en", 2023, "Billing Department <billing@acct-notice.example>",
  "Statement",
  "",
  organizer_raw="ORGANIZER;CN=\"Billing Dept - call +1 (302) 555-0158 to dispute $799 charge\":mailto:billing@acct-notice.example",
  att=[("Refund approved - call +1 302 555 0158", "sam.carter@example.net", "NEEDS-ACTION", "REQ-PARTICIPANT")], att_rcpt=False,
  body="", kit="cal_only", to=c("en", 0), auth="pass")

# ===========================================================================
# nagging (recurrence and alarms are the payload)
S("nagging", "kit", "en", 2024, "Security Center <alerts@device-security-alert.example>",
  "⚠ Virus detected – call support",
  "Your iPhone is infected. Call +1 (786) 555-0121 now to remove the threat.",
  rrule="FREQ=DAILY", alarms=["PT0S", "-PT1M"], kit="cal_only", to=c("en", 0), auth="pass",
  at=(0, "08:00"), dur=15)
S("nagging", "google", "en", 2023, "Crypto Signals VIP <cryptosignals.vip.alerts@gmail.com>",
  "🚀 BUY SIGNAL – join VIP now",
  "Join our VIP group for 10x signals: https://t.me/vip_signals_pump",
  rrule="FREQ=HOURLY;COUNT=500", alarms=["PT0S"], to=c("en", 3), dur=5, at="+1h")
S("nagging", "kit", "de", 2024, "Gewinnbenachrichtigung <info@gewinn-hinweis.example>",
  "Ihr Gewinn wartet!",
  "Sie haben ein Smartphone gewonnen. Jetzt abholen: https://gewinn-abholen.web.app",
  alarms=[{"trigger": f"-PT{m}M", "desc": "Ihr Gewinn wartet!"} for m in (0, 1, 2, 5, 10, 15, 30, 60, 120, 240)],
  kit="alt_cal", to=c("de", 2), auth="pass")
S("nagging", "kit", "fr", 2025, "Rappel Livraison <rappel@livraison-rappel.example>",
  "Votre colis attend : frais 1,99 €",
  "Payez les frais de 1,99 € : https://colis-rappel.pages.dev",
  allday=30, alarms=[{"trigger": "-PT0M", "repeat": 20, "duration": "PT30M", "desc": "Colis en attente – frais 1,99 €"}],
  kit="mixed_alt_att", to=c("fr", 0), auth="pass")
S("nagging", "google", "en", 2022, "Trading Academy <trading.academy.daily@gmail.com>",
  "Daily profit session – 3,000/day",
  "Learn the system that makes $3,000/day: https://trading-academy-free.webflow.io",
  rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20321231T235959Z", to=c("en", 5))
S("nagging", "kit", "es", 2024, "Aviso Importante <aviso@cuenta-bloqueo.example>",
  "Su cuenta será bloqueada",
  "Verifique su cuenta ahora: https://verificar-ahora.web.app",
  rrule="FREQ=MINUTELY;INTERVAL=30;COUNT=200", alarms=["PT0S"], kit="cal_only", to=c("es", 1), auth="pass",
  dur=10, at="+0.5h")
S("nagging", "kit", "en", 2023, "Reward Center <reward@prize-reminders.example>",
  "Claim your reward",
  "Your $750 reward is still unclaimed: https://reward-claim-now.pages.dev",
  rdate=["RDATE;VALUE=DATE-TIME:" + ",".join(f"2023{m:02d}{d:02d}T090000Z" for m in range(6, 12) for d in (3, 10, 17, 24))],
  kit="alt_cal", to=c("en", 2), auth="pass", mo=5, day=20, utc_times=True, alarms=["-PT10M"])
S("nagging", "kit", "it", 2025, "Notifica Urgente <notifica@urgente-avviso.example>",
  "Pagamento in sospeso",
  "Completa il pagamento di 1,99 €: https://pagamento-sospeso.web.app",
  rrule="FREQ=DAILY;INTERVAL=1", no_dtend=True, alarms=["PT0S", "PT1H", "PT2H"], kit="html_cal",
  html='<html><body><a href="https://pagamento-sospeso.web.app">Paga ora</a></body></html>\n', to=c("it", 0), auth="pass")

# ===========================================================================
# obfuscation
S("obfuscation", "kit", "en", 2024, "P\u200ba\u200by\u200bP\u200ba\u200bl <service@pp-resolution.example>",
  "Y\u200bour acc\u200bount has be\u200ben lim\u200bited",
  "We've limited your a\u200bccount. Re\u200bstore access: https://pp-resolution-center.web.app\nC\u200ball +1 (888) 555-0110 if you need h\u200belp.",
  kit="alt_cal", to=c("en", 1), auth="pass")
S("obfuscation", "kit", "en", 2023, "\u0410\u0440\u0440le Support <support@xn--pple-43d.example>",
  "\u0410\u0440\u0440le ID locked",
  "Your \u0410\u0440\u0440le ID has been locked for security reasons. Unlock: https://xn--pple-43d.example/unlock",
  kit="mixed_alt_att", to=c("en", 3), auth="pass")
S("obfuscation", "kit", "ru", 2024, "Служба поддержки <support@bank-podderzhka.example>",
  "Блокировка карты",
  "Ваша карта заблокирована. Для разблокировки перейдите: https://karta-razblokirovka.pages.dev",
  kit="alt_cal", ics_charset="koi8-r", cal_cte="base64", to=c("ru", 1), auth="pass")
S("obfuscation", "kit", "en", 2025, "Shipping Notice <notice@ship-status.example>",
  "Delivery attempt failed",
  "Pay the $2.15 redelivery fee: https://redelivery-fee.web.app",
  kit="octet", att_name="Delivery_Details.ics", ct_method="PUBLISH", method="REQUEST", to=c("en", 4), auth="pass",
  html='<html><body><p>Delivery attempt failed. See attachment.</p></body></html>\n')
S("obfuscation", "kit", "nl", 2024, '"Energie Aanbieding" <info@energie-korting.example>',
  "Uw energierekening kan €480 lager",
  "Bespaar tot €480 per jaar. Vergelijk nu: https://energie-vergelijk.web.app",
  kit="pdf_ics", att_name="Aanbod.ics", att_filename="Aanbod_2024.ics", to=c("nl", 1), auth="pass",
  html='<html><body><img src="https://i.ibb.co/energie.png" alt="Aanbod"></body></html>\n')
S("obfuscation", "kit", "en", 2024, "Microsoft 365 <no-reply@m365-secure-msg.example>",
  "Encrypted message received",
  "Open your encrypted message: https://login.microsoftonline.com@203.0.113.44/owa/?msg=8821",
  kit="alt_cal", to=nf("Olivia Grant", "o.grant"), auth="pass")
S("obfuscation", "kit", "en", 2023, "Prize Office <office@winner-notice.example>",
  "C-l-a-i-m your $1000 reward",
  "C l a i m  y o u r  $1 0 0 0  r e w a r d\nvisit: winner-claim [dot] pages [dot] dev / r / 1000\n(copy into your browser)",
  kit="cal_only", to=c("en", 2), auth="pass",
  ics_mangle=lambda t: t.replace("DESCRIPTION:", "DESCRIPTION;ENCODING=QUOTED-PRINTABLE:", 1))
S("obfuscation", "kit", "en", 2025, "IT Helpdesk <helpdesk@northfield-eng.example>",
  "Mailbox re-validation",
  "Re-validate your mailbox before 18:00: https://nf-mailbox-validate.web.app",
  kit="alt_cal", to=nf("Jamie Fox", "j.fox"), auth="fail", dmarc_policy="none",
  forged_headers=["Authentication-Results: mx.example.net;\n\tdkim=pass header.d=northfield-eng.example header.s=selector1;\n\tspf=pass smtp.mailfrom=helpdesk@northfield-eng.example;\n\tdmarc=pass header.from=northfield-eng.example",
                  "Received: from NF-EXCH01.northfield-eng.example (10.1.2.15) by\n NF-EXCH02.northfield-eng.example (10.1.2.16) with Microsoft SMTP Server id 15.1.2507.39"])
S("obfuscation", "kit", "de", 2024, "=?utf-8?b?U3Bhcmthc3Nl?= <info@sicherheit-konto.example>",
  "Sicherheitsüberprüfung erforderlich",
  "Bitte bestätigen Sie Ihre Daten: https://%73%69%63%68%65%72%68%65%69%74-%6b%6f%6e%74%6f.web.app/",
  kit="ics_att", att_name="Termin\u202efdp.ics", att_filename="Termin\u202efdp.ics", to=c("de", 0), auth="pass",
  subject_raw="=?iso-8859-1?q?Sicherheits=FCberpr=FCfung?= =?utf-8?b?IGVyZm9yZGVybGljaA==?=",
  html='<html><body><p>Bitte öffnen Sie die Anlage.</p></body></html>\n', from_hdr="=?utf-8?b?U3Bhcmthc3Nl?= <info@sicherheit-konto.example>")

# ===========================================================================
# compromised_internal (real accounts of the recipient's own or partner organisations)
S("compromised_internal", "teams", "en", 2024, "Emily Shaw <e.shaw@northfield-eng.example>",
  "Updated employee handbook – please acknowledge",
  "Hi all,\n\nHR has published the updated employee handbook. Please review and acknowledge by end of day:\nhttps://nfeng-handbook-my.sharepoint.com/:b:/g/personal/hr/Ee8Kx2LmQ\n\nThanks,\nEmily",
  to=nf("Sam Carter", "sam.carter"), att=colleagues(35, 11), auth="pass")
S("compromised_internal", "google", "en", 2023, "Prof. Alan Reed <a.reed@stu.uni-harzberg.example>",
  "Part-time remote assistant – $400/week",
  "Dear students,\nI am looking for a part-time personal assistant (remote, 5 hrs/week, $400 weekly). Tasks include errands and purchases. Interested students should send their private email and phone number to alanreed.assist@gmail.com.\nProf. Alan Reed",
  to=f"Students <students-all@{HARZBERG}>", att=colleagues(45, 23, "stu." + HARZBERG), auth="pass")
S("compromised_internal", "exchange", "en", 2024, "Accounts – Kestrel Supplies <accounts@kestrel-supplies.example>",
  "Revised bank details for invoices",
  "Dear customer,\n\nPlease note that we have changed our bank. All open and future invoices must be paid to the new account below from today.\nIBAN: GB33 BUKB 2020 1555 5555 55\nPlease confirm receipt.\n\nKind regards,\nAccounts team",
  to=nf("Olivia Grant", "o.grant"), auth="pass")
S("compromised_internal", "google", "en", 2025, "Priya Shah <priya.shah@atelier-rivoire.example>",
  "Shared: Salary adjustments 2025.xlsx",
  "I've shared the salary adjustments for 2025 with you. Please review before our call.\nhttps://docs-share-salary.web.app/Salary_adjustments_2025.xlsx",
  to=f"Claire Rivoire <claire@{RIVOIRE}>", att=colleagues(12, 5, RIVOIRE), auth="pass")
S("compromised_internal", "google", "en", 2024, "Mrs. Karen Doyle <k.doyle@lakeside-school.example>",
  "Urgent: school trip payment due today",
  "Dear parents,\nThe balance for the Year 6 residential trip (£185) must be paid today or your child's place will be released. Pay online: https://school-trip-payments.vercel.app/lakeside\nMrs Doyle",
  to="Year 6 Parents <y6-parents@lakeside-school.example>", att=crowd(30, 61), auth="pass")
S("compromised_internal", "exchange", "en", 2023, "IT Helpdesk <helpdesk@northfield-eng.example>",
  "Mailbox migration tonight – revalidate",
  "Hello,\n\nTonight we migrate all mailboxes to the new server. Revalidate your account before 17:00 or you may lose email:\nhttps://nf-mail-migration.pages.dev/login\n\nIT Helpdesk",
  to=nf("Jamie Fox", "j.fox"), att=colleagues(50, 77), auth="pass")
S("compromised_internal", "exchange", "de", 2025, "Petra Lang <p.lang@northfield-eng.example>",
  "Gehaltserhöhung 2025 – Dokument",
  "Hallo zusammen,\n\ndas Dokument zu den Gehaltsanpassungen 2025 liegt bereit. Bitte bis morgen gegenzeichnen:\nhttps://northfieldeng-my.sharepoint.com.gehalt-2025.example/dok\n\nViele Grüße\nPetra",
  to=nf("Tobias Krüger", "t.krueger"), att=colleagues(28, 3), auth="pass")
S("compromised_internal", "exchange", "en", 2022, "Greg Palmer <g.palmer@marlow-civils.example>",
  "RE: Project timeline – updated files",
  "Hi,\n\nFollowing up on our thread, the updated drawings and timeline are in the shared folder. You'll need to sign in with your work email to view.\nhttps://marlowcivils-my.sharepoint.com.files-view.example/Timeline_v7\n\nCheers,\nGreg",
  to=nf("Daniel Price", "d.price"), auth="pass")

# the most recent messages (early 2026)
_Y2026 = {"Airdrop claim window closes in 24h – 2,500 USDT allocated", "Your 4,850 loyalty points expire tonight",
          "MFA re-enrollment deadline – Friday", "Invoice 24-1187 – updated copy", "Weekly stand-up",
          "Ben je beschikbaar? Korte vraag", "Zásilka čeká na doplatek 39 Kč", "Withdrawal of 0.42 BTC initiated"}
for _s in SPECS:
    if _s["summary"] in _Y2026:
        _s["y"] = 2026
