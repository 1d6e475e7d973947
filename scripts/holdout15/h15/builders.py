"""Category builders: decide who sends what through which set-up, and fill the event(s)."""
import datetime as dt
import string

from . import transport as T
from .common import rand_token, rand_hex, rand_uuid, slug, html_escape, from_utc, to_utc, text_to_html, strip_accents
from .ics import SUPPORT
from .model import att, att_addr, default_start
from .people import Person, make_person, company, FREEMAIL, COMPANIES, RCPT_DOMAINS, random_name, NAMES, small_business_domain
from .util import (Bag, fill, wchoice, spam_url, docurl, ext_address, route, person_at, free_domain, random_local,
                   lookalike_brand_domain, lookalike_of, phone, money, set_tz, MS_FREE, LOWER)

MARK = "\x00URL\x00"
DMARK = "\x00DOC\x00"

GENERIC_PRODIDS_SPAM = [
    "-//hacksw/handcal//NONSGML v1.0//EN", "-//ABC Corporation//NONSGML My Product//EN",
    "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "-//Google Inc//Google Calendar 70.9054//EN",
    "-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN", "-//My calendar product//mxm.dk//",
    "-//iCalcreator//NONSGML iCalcreator 2.39.1//", "-//Calendar Labs//Calendar 1.0//EN", "-//adamgibbons//ics//EN",
    "-//Apple Inc.//Mac OS X 10.15.7//EN", "-//PHP//ICS Generator//EN", "-//Event//Invite//EN", "-//ZContent.net//Zap Calendar 1.0//EN",
    "-//Sabre//Sabre VObject 4.1.6//EN", "-//Mailer//Calendar//EN",
]
GENERIC_PRODIDS_HAM = [
    "-//TicketNest//Events 4.2//EN", "-//TalentFlow//Interview Scheduler 2.0//EN", "-//WebinarHub//Registration//EN",
    "-//SchoolCal//NONSGML School Calendar//EN", "-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN",
    "-//My calendar product//mxm.dk//", "-//iCalcreator//NONSGML iCalcreator 2.41.71//", "-//adamgibbons//ics//EN",
    "-//Sabre//Sabre VObject 4.4.2//EN", "-//SlotBook//Appointments 5.1//EN", "-//CaseDesk//Callback Scheduler//EN",
    "-//Kestrel Software//Events//EN", "-//Spatie//icalendar-generator//EN",
]


def rough_quirks(m, spam):
    rng = m.rng
    q = set()
    p = 0.45 if spam else 0.25
    for name, w in [("no-method", 1.0), ("nofold", 1.0), ("lf-ics", 0.7), ("unescaped", 0.8), ("no-vtimezone", 0.8),
                    ("charfold", 0.4), ("tabfold", 0.3), ("no-dtstamp", 0.4)]:
        if rng.random() < p * w * 0.5:
            q.add(name)
    if "nofold" in q:
        q.discard("charfold")
        q.discard("tabfold")
    if spam and rng.random() < 0.25:
        q.add("mismatch")
    if not spam and rng.random() < 0.04:
        q.add("mismatch")
    return q


def apply_generic(m, spam, prodids=None, booking=False):
    """Settings for booking/custom clients."""
    rng = m.rng
    if m.client not in ("booking", "custom"):
        return
    if m.prodid is None:
        m.prodid = rng.choice(prodids or (GENERIC_PRODIDS_SPAM if spam else GENERIC_PRODIDS_HAM))
    m.quirks |= rough_quirks(m, spam) if m.client == "custom" else (rough_quirks(m, spam) & {"no-method", "no-vtimezone", "nofold", "lf-ics"})
    m.gen_style = {"head": rng.choice(["pv", "vp"]), "calscale": rng.random() < 0.5,
                   "dt": rng.choice(["utc", "utc", "olson", "olson-q", "floating"] if spam else ["utc", "olson", "olson"]),
                   "created": rng.random() < 0.4, "transp": rng.random() < 0.4, "priority": rng.random() < 0.2,
                   "status": rng.random() < 0.7, "seq": rng.random() < 0.7, "xwrtz": rng.random() < 0.2}
    if booking:
        m.gen_style["dt"] = rng.choice(["utc", "olson"])
    if "mismatch" in m.quirks:
        m.ct_method = "PUBLISH" if m.method == "REQUEST" else "REQUEST"
    elif "no-method" in m.quirks and rng.random() < 0.5:
        m.ct_method = None
    m.lib = rng.choice(["phpmailer", "python", "dotnet", "java", "nodemailer", "symfony", "go", "swift"] + (["cdo"] if spam else []))
    m.layout = rng.choice(["mixed-alt", "mixed-alt", "mixed-text", "alt-cal", "mixed-html", "single-cal"] if spam else
                          ["mixed-alt", "mixed-alt", "mixed-alt", "alt-cal", "mixed-text"])


def remove_marker_lines(text, mark):
    return "\n".join(l for l in text.split("\n") if mark not in l).strip("\n")


def drive_link(rng):
    return "https://drive.google.com/open?id=%s" % rand_token(rng, 33, string.ascii_letters + string.digits + "-_")


def place(m, e, url, carriers, fname="Document.pdf", mark=MARK):
    """Put the payload link in one of the carriers the client can emit."""
    rng = m.rng
    sup = SUPPORT[m.client] | {"description"}
    opts = [(c, w) for c, w in carriers if c in sup] or [("description", 1)]
    c = wchoice(rng, opts)
    m.carrier = c
    if mark not in e["description"]:
        c = "description"
    if c == "description":
        e["description"] = e["description"].replace(mark, url)
        return c
    e["description"] = remove_marker_lines(e["description"], mark)
    if c == "location":
        e["location"] = url
    elif c == "url":
        e["url"] = url
    elif c == "attach":
        if m.client == "google":
            url = drive_link(rng)
            m.payload = url
        e["attach"].append((url, "application/pdf" if fname.endswith(".pdf") else "application/octet-stream", fname))
    elif c == "conference":
        e["conference"].append((url, "Join", "VIDEO,AUDIO"))
    elif c == "html":
        e["html"] = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML><BODY><P>%s</P><P><A HREF="%s">%s</A></P></BODY></HTML>'
                     % (html_escape(e["description"]).replace("\n", "<BR>"), html_escape(url),
                        rng.choice(["View details", "Open", "Click here", "Continue", "Review", "Confirm"])))
        if m.client == "outlook":
            m.sub = "desktop"
    return c


def fill_event(m, e, text, bag):
    e["summary"] = fill(text["s"], bag)
    e["description"] = fill(text.get("d", ""), bag) or ""
    if text.get("loc"):
        e["location"] = fill(text["loc"], bag)


def std_attendees(m, others=(), rsvp=True, org_in=True):
    org = m.organizer
    L = []
    if org_in:
        L.append(att(org, role="CHAIR" if m.client in ("icloud", "applecal") else "REQ-PARTICIPANT", partstat="ACCEPTED", rsvp=False))
    L.append(att(m.rcpt, rsvp=rsvp, name=m.rng.random() < 0.7))
    for o in others:
        if isinstance(o, tuple):
            L.append(att_addr(o[1], o[0] if m.rng.random() < 0.6 else ""))
        else:
            L.append(att(o))
    seen = set()
    m.attendees = []
    for a in L:
        if a["email"].lower() not in seen:
            seen.add(a["email"].lower())
            m.attendees.append(a)


def start_in(m, days, hours=(8, 18), weekend_ok=False):
    rng = m.rng
    loc = from_utc(m.tz, m.arrival)
    d = loc.date() + dt.timedelta(days=rng.randint(*days))
    if not weekend_ok:
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
    h = rng.randint(*hours)
    mi = rng.choice([0, 0, 0, 15, 30, 30, 45])
    s = dt.datetime(d.year, d.month, d.day, h, mi)
    if s <= loc and days[0] == 0:
        s = loc.replace(second=0, microsecond=0) + dt.timedelta(hours=rng.randint(1, 4))
        s = s.replace(minute=rng.choice([0, 30]))
    return s


def sender_lang(m):
    return m.lang if m.lang in NAMES else "en"


# ---------------------------------------------------------------------------
# SPAM
SPAM_INTENTS = {
    "retail-promo": {"free": 6, "compromised": 2, "lookalike": 1, "spoof": 1},
    "prize-survey": {"free": 4, "compromised": 2, "lookalike": 3, "spoof": 1},
    "crypto-investment": {"free": 4, "compromised": 1, "lookalike": 3, "spoof": 1},
    "dating-sextortion": {"free": 6, "compromised": 1, "spoof": 3},
    "fee-scam": {"free": 2, "compromised": 3, "lookalike": 4, "spoof": 2},
    "brand-phish": {"free": 3, "compromised": 4, "lookalike": 4, "spoof": 1},
    "callback-scam": {"free": 7, "compromised": 2, "lookalike": 1},
    "fake-update": {"free": 2, "compromised": 4, "lookalike": 3, "spoof": 1},
    "bec": {"free": 4, "lookalike": 3, "spoof": 2, "compromised": 2},
    "advance-fee": {"free": 7, "compromised": 2, "spoof": 1},
    "task-job-scam": {"free": 6, "compromised": 2, "lookalike": 2},
    "compromised-share": {"compromised": 9, "lookalike": 1},
    "nag-payload": {"free": 4, "compromised": 2, "spoof": 2, "lookalike": 1},
    "mass-invite": {"free": 5, "compromised": 3, "lookalike": 1},
}

CARRIERS_SPAM = [("description", 6), ("location", 2), ("url", 2), ("attach", 2), ("conference", 1), ("html", 2)]


def spam_intent(m):
    rng = m.rng
    w = dict(SPAM_INTENTS[m.category])
    if m.client in ("zoom",):
        w = {"service": 1}
    if m.client == "booking":
        w = {"lookalike": 3, "compromised": 2, "service": 1}
    if m.client == "yahoo":
        w = {k: v for k, v in w.items() if k in ("free", "spoof")} or {"free": 1}
    if m.client in ("nextcloud", "sogo", "zimbra") and "free" in w:
        w["compromised"] = w.get("compromised", 0) + w.pop("free") / 2.0
    return wchoice(rng, w)


def spam_sender(m, intent, brand=None, person_name=None, lang=None):
    """Create the From persona for a spam message according to intent and route it."""
    rng = m.rng
    lang = lang or sender_lang(m)
    if intent == "free" or (intent == "service" and m.client != "zoom"):
        dom = free_domain(rng, m.client, lang)
        if brand and rng.random() < 0.7:
            p = Person(brand, "%s@%s" % (random_local(rng, brand), dom), lang)
        else:
            p = make_person(rng, lang, dom, freemail=True)
            if person_name:
                p.name = person_name
        m.sorg = ""
        return route(m, intent if intent != "service" else "free", p)
    if intent == "service":  # zoom and similar hosted services
        p = make_person(rng, lang, free_domain(rng, "google", lang), freemail=True)
        if brand:
            p.name = brand
        return route(m, "service", p)
    if intent == "compromised":
        clang = lang if rng.random() < 0.7 else "en"
        org, dom = company(rng, clang)
        if rng.random() < 0.45:
            org, dom = small_business_domain(rng)
            clang = "en"
        p = person_at(rng, clang, dom)
        m.sorg = org
        if brand and m.category in ("brand-phish", "fee-scam", "prize-survey") and rng.random() < 0.5:
            p.name = brand
        return route(m, "compromised", p)
    if intent == "lookalike":
        if m.category == "bec" and rng.random() < 0.6:
            dom = lookalike_of(rng, m.rcpt.domain)
            org = getattr(m.rcpt, "org", "")
        elif brand:
            dom = lookalike_brand_domain(rng, brand_token(brand))
            org = brand
        else:
            dom = "%s%s%s" % (rng.choice(["north", "prime", "blue", "apex", "nova", "vertex", "summit", "silver", "alpha", "zen",
                                          "true", "bright", "quant", "meta", "orbit", "atlas", "lumen", "terra", "crest", "pulse"]),
                              rng.choice(["capital", "trade", "growth", "talent", "hire", "asset", "wealth", "labs", "markets",
                                          "jobs", "fx", "invest", "partners", "works", "staffing", "yield"]),
                              rng.choice([".com", ".io", ".co", ".net", ".online", ".group", ".ltd", ".pro", ".biz"]))
            org = dom.split(".")[0].title()
        p = person_at(rng, lang, dom, display=brand if brand and rng.random() < 0.7 else None,
                      local=rng.choice([None, "noreply", "info", "support", "notifications", "service", "billing"]))
        m.sorg = org
        return route(m, "lookalike", p)
    # spoof
    if m.category in ("bec", "dating-sextortion") and rng.random() < 0.7:
        if m.category == "dating-sextortion":
            p = Person(m.rcpt.name if rng.random() < 0.5 else "", m.rcpt.email, lang)
        else:
            p = person_at(rng, lang, m.rcpt.domain)
    else:
        org, dom = company(rng, lang)
        p = person_at(rng, lang, dom, display=brand)
        m.sorg = org
    env = rng.choice([None, "%s@%s" % (rand_token(rng, 8, LOWER), rng.choice(["mail-out%d.example" % rng.randint(1, 99), "bulk%s.example" % rand_token(rng, 3, LOWER), "vps%d.hostingprov.example" % rng.randint(10, 999)]))])
    route(m, "spoof", p, ("vps", {"env": env}))
    return m


BRAND_TOKEN = {"三井住友銀行": "smbc", "Τράπεζα Πειραιώς": "piraeus", "مصرف الراجحي": "alrajhi", "דואר ישראל": "israelpost",
               "แบรนด์เนม เอาท์เล็ท": "brandname", "京东会员中心": "jd-vip", "고객감사센터": "event-coupon", "خدمة العملاء": "carrefour-uae",
               "Госуслуги": "gosuslugi", "בנק לאומי": "leumi", "명품아웃렛": "luxury-outlet", "雷朋官方清仓": "rayban",
               "ブランドアウトレット": "brand-outlet", "ウォレットサポート": "wallet", "Apple サポート": "apple-support",
               "Εξυπηρέτηση Πελατών": "eshop", "e-Devlet Kapısı": "e-devlet", "Crédit Agricole": "credit-agricole",
               "Poste Italiane": "poste", "Intesa Sanpaolo": "intesa", "Marken-Outlet": "marken-outlet"}


def brand_token(brand):
    if brand in BRAND_TOKEN:
        return BRAND_TOKEN[brand]
    if all(ord(c) < 0x250 for c in brand):
        return strip_accents(brand)
    return "secure"


def bag_for(m):
    return Bag(m)


def spam_common(m, text, brand=None, days=(0, 4), dur=None, allday=None, url_kind="phish", carriers=None,
                others=0, fname="Document.pdf", method=None):
    rng = m.rng
    intent = spam_intent(m)
    spam_sender(m, intent, brand)
    bag = bag_for(m)
    if allday is None:
        allday = m.category in ("retail-promo", "prize-survey", "fee-scam", "advance-fee", "mass-invite") and rng.random() < 0.2
    if m.client == "teams":
        allday = False
    if allday:
        st = start_in(m, days)
        st = dt.datetime(st.year, st.month, st.day)
        e = m.ev(start=st, allday=True)
    else:
        e = m.ev(start=start_in(m, days, weekend_ok=True), duration=dur or rng.choice([15, 30, 30, 45, 60, 60, 120]))
    fill_event(m, e, text, bag)
    if MARK in e["description"]:
        url = spam_url(rng, url_kind, m.rcpt.email, brand_token(brand) if brand else "", year=m.arrival.year)
        m.payload = url
        place(m, e, url, carriers or CARRIERS_SPAM, fname=fill(fname, bag))
    others_l = [ext_address(rng) for _ in range(others)]
    std_attendees(m, others_l, org_in=m.client not in ("outlook", "teams", "zimbra"))
    m.method = method or wchoice(rng, {"REQUEST": 8, "PUBLISH": 2 if m.client in ("custom", "booking") else 0.0001})
    if rng.random() < 0.3:
        e["alarms"].append({"trigger": rng.choice(["-PT15M", "-PT30M", "-PT1H", "-P1D", "-PT5M"]), "desc": "Reminder"})
    apply_generic(m, True)
    if m.client in ("custom", "booking"):
        if rng.random() < 0.5:
            m.body_text = e["description"] + ("\n\n" + e["location"] if e["location"] else "") + ("\n" + e["url"] if e.get("url") else "")
        else:
            m.body_text = rng.choice(["You have been invited to an event. Please see the invitation attached.",
                                      "Please find the event details in the attached calendar invitation.",
                                      "Invitation: " + e["summary"], "", "Calendar event attached.",
                                      "Open the attachment to add this event to your calendar."])
    return e, bag, intent


def b_retail(m):
    rng = m.rng
    t = m.text
    e, bag, intent = spam_common(m, t, brand=t.get("brand"), days=(0, 3), url_kind="shop", others=rng.choice([0, 0, 3, 8, 15, 30]),
                                 carriers=[("description", 6), ("location", 2), ("url", 2), ("html", 1), ("attach", 0.5)])
    if rng.random() < 0.4:
        e["allday"] = True
        s = e["start"]
        e["start"] = dt.datetime(s.year, s.month, s.day)
        e["end"] = e["start"] + dt.timedelta(days=rng.choice([1, 1, 2, 3]))
    m.desc = "retail promo (%s)" % (t.get("brand") or "shop")


def b_prize(m):
    t = m.text
    e, bag, intent = spam_common(m, t, brand=t.get("brand"), days=(0, 3), url_kind=m.rng.choice(["phish", "abuse", "short"]),
                                 others=m.rng.choice([0, 0, 5, 12]))
    m.desc = "reward/survey lure posing as %s" % (t.get("brand") or "prize desk")


def b_crypto(m):
    rng = m.rng
    t = m.text
    if m.client == "zoom":
        m.zoom_kind = "webinar"
    e, bag, intent = spam_common(m, t, brand=t.get("brand"), days=(1, 8), dur=rng.choice([45, 60, 90]),
                                 url_kind=rng.choice(["phish", "abuse", "chat"]), others=rng.choice([0, 0, 4, 20]))
    m.desc = "crypto/investment fraud"


def b_dating(m):
    rng = m.rng
    t = m.text
    e, bag, intent = spam_common(m, t, days=(0, 1), dur=rng.choice([30, 60, 120]), url_kind=rng.choice(["shop", "short", "abuse"]),
                                 carriers=[("description", 8), ("location", 2), ("url", 1)])
    if t.get("kind") == "sextortion":
        e["start"] = e["start"].replace(hour=rng.randint(6, 23))
        e["end"] = e["start"] + dt.timedelta(minutes=30)
        e["alarms"] = [{"trigger": "-PT0M", "desc": "Reminder"}]
    m.desc = "%s spam" % t.get("kind", "dating")


def b_fee(m):
    t = m.text
    e, bag, intent = spam_common(m, t, brand=t.get("brand"), days=(0, 2), url_kind=m.rng.choice(["phish", "phish", "short", "abuse"]),
                                 allday=m.rng.random() < 0.4 and m.client != "teams")
    m.desc = "fee/fine lure posing as %s" % t.get("brand")


def b_phish(m):
    rng = m.rng
    t = m.text
    fname = rng.choice(["Secure_Message.pdf", "Document.pdf", "Review.pdf", "Statement.pdf", "Verification.html"])
    e, bag, intent = spam_common(m, t, brand=t.get("brand"), days=(0, 3), url_kind=rng.choice(["phish", "phish", "abuse"]),
                                 carriers=[("description", 5), ("location", 2), ("url", 2), ("attach", 3), ("conference", 1), ("html", 2)],
                                 fname=fname)
    m.desc = "credential phishing (%s)" % t.get("brand")


def b_callback(m):
    rng = m.rng
    t = m.text
    e, bag, intent = spam_common(m, t, brand=t.get("brand"), days=(0, 1), dur=rng.choice([15, 30]), allday=rng.random() < 0.3 and m.client != "teams")
    if rng.random() < 0.4:
        e["location"] = bag["phone"]
    m.desc = "callback scam (%s)" % t.get("brand")


def b_fakeupdate(m):
    rng = m.rng
    t = m.text
    if t.get("kind") == "paste-mac":
        m.cmd_kind = "mac"
    e, bag, intent = spam_common(m, t, days=(0, 3), dur=rng.choice([30, 45, 60]), url_kind="download",
                                 carriers=[("description", 6), ("location", 1), ("url", 2), ("conference", 2), ("attach", 1)],
                                 fname="Setup.exe")
    e["online"] = False
    m.desc = "fake client update / paste-command lure"


def b_bec(m):
    rng = m.rng
    t = m.text
    kind = t.get("kind")
    intent = spam_intent(m)
    lang = sender_lang(m)
    ceo = random_name(rng, lang)
    if kind in ("ceo", "giftcard"):
        if intent == "free":
            dom = free_domain(rng, m.client, lang)
            fr, lr = ceo[3].replace(" ", ""), ceo[4].replace(" ", "")
            p = Person(ceo[0], "%s@%s" % (rng.choice([fr + lr, "ceo." + lr, fr + "." + lr + str(rng.randint(1, 99)), "office." + rand_token(rng, 4, LOWER)]).lower(), dom), lang)
            route(m, "free", p)
        elif intent == "lookalike":
            dom = lookalike_of(rng, m.rcpt.domain)
            p = person_at(rng, lang, dom)
            route(m, "lookalike", p)
        elif intent == "spoof":
            p = person_at(rng, lang, m.rcpt.domain)
            route(m, "spoof", p, ("vps", {"env": "%s@%s" % (rand_token(rng, 7, LOWER), rng.choice(["outbound-mail.example", "smtp-relay%d.example" % rng.randint(1, 9)]))}))
        else:
            spam_sender(m, "compromised")
        if rng.random() < 0.6 and m.frm.domain != m.rcpt.domain:
            m.reply_to = Person(m.frm.name, "%s@%s" % (slug(m.frm.name).replace(".", "") or "exec", rng.choice(["gmail.com", "outlook.com", "proton.me", "execs-mail.com"])))
    elif kind == "supplier":
        if intent in ("free", "spoof"):
            intent = "lookalike"
        org, odom = company(rng, lang)
        if intent == "lookalike":
            dom = lookalike_of(rng, odom)
        else:
            dom = odom
        p = person_at(rng, lang, dom)
        m.sorg = org
        route(m, intent, p)
    else:  # payroll
        if intent == "lookalike":
            intent = "free"
        dom = free_domain(rng, m.client, lang) if intent != "spoof" else m.rcpt.domain
        p = person_at(rng, lang, dom)
        route(m, intent if intent != "compromised" else "free", p, ("vps", {}) if intent == "spoof" else None)
    bag = bag_for(m)
    e = m.ev(start=start_in(m, (0, 1), hours=(8, 17)), duration=rng.choice([15, 15, 30]))
    fill_event(m, e, t, bag)
    std_attendees(m, org_in=m.client not in ("outlook", "teams", "zimbra"))
    m.method = "REQUEST"
    apply_generic(m, True)
    if m.client in ("custom", "booking"):
        m.body_text = e["description"]
    m.desc = "BEC (%s)" % kind


def b_advance(m):
    rng = m.rng
    t = m.text
    e, bag, intent = spam_common(m, t, days=(0, 6), dur=30, others=rng.choice([0, 0, 10, 40]))
    if rng.random() < 0.5:
        m.reply_to = Person(m.frm.name, "%s%d@%s" % (rand_token(rng, 6, LOWER), rng.randint(1, 99), rng.choice(["gmail.com", "outlook.com", "yahoo.com", "mail.com"])))
    m.desc = "advance-fee fraud"


def b_task(m):
    rng = m.rng
    t = m.text
    if m.client == "zoom":
        m.zoom_kind = "meeting"
    e, bag, intent = spam_common(m, t, days=(0, 5), dur=rng.choice([30, 60]), url_kind="chat",
                                 carriers=[("description", 6), ("location", 2), ("url", 1)], others=rng.choice([0, 0, 6]))
    m.desc = "task/job scam moving victim to messenger"


def b_compshare(m):
    rng = m.rng
    t = m.text
    lang = sender_lang(m)
    intent = spam_intent(m)
    if m.client == "zoom":
        intent = "service"
    org, dom = company(rng, lang if rng.random() < 0.8 else "en")
    if intent == "lookalike":
        dom = lookalike_of(rng, dom)
    p = person_at(rng, lang, dom)
    m.sorg = org
    route(m, intent if intent != "service" else "service", p)
    bag = bag_for(m)
    e = m.ev(start=start_in(m, (0, 4)), duration=rng.choice([30, 30, 60]))
    fill_event(m, e, t, bag)
    url = spam_url(rng, "share", m.rcpt.email, year=m.arrival.year)
    m.payload = url
    place(m, e, url, [("description", 6), ("attach", 3), ("url", 1), ("location", 1), ("html", 1)], fname=fill(t.get("fname", "Document.pdf"), bag))
    std_attendees(m, org_in=m.client not in ("outlook", "teams", "zimbra"))
    m.method = "REQUEST"
    apply_generic(m, True)
    if m.client in ("custom", "booking"):
        m.body_text = e["description"]
    m.desc = "document-share lure from partner mailbox (%s)" % intent


def b_nag(m):
    rng = m.rng
    t = m.text
    e, bag, intent = spam_common(m, t, days=(0, 2), dur=rng.choice([5, 15, 30]), url_kind=rng.choice(["shop", "short", "abuse"]),
                                 carriers=[("description", 5), ("url", 2), ("location", 2)])
    kind = rng.choice(["daily-forever", "hourly", "far-future", "past-daily", "many-alarms"])
    if kind == "daily-forever":
        e["rrule"] = "FREQ=DAILY"
    elif kind == "hourly":
        e["rrule"] = rng.choice(["FREQ=HOURLY;INTERVAL=%d" % rng.choice([1, 2, 3]), "FREQ=MINUTELY;INTERVAL=30"])
    elif kind == "far-future":
        y = rng.choice([2099, 2088, 2120, 3000 if rng.random() < 0.2 else 2077])
        e["start"] = e["start"].replace(year=y)
        e["end"] = e["start"] + dt.timedelta(minutes=30)
        e["rrule"] = rng.choice([None, "FREQ=YEARLY"])
    elif kind == "past-daily":
        e["start"] = e["start"] - dt.timedelta(days=rng.randint(200, 3000))
        e["end"] = e["start"] + dt.timedelta(minutes=30)
        e["rrule"] = "FREQ=DAILY;COUNT=%d" % rng.choice([9999, 5000, 3650])
    if kind in ("many-alarms",) or rng.random() < 0.6:
        n = rng.randint(6, 40)
        e["alarms"] = [{"trigger": "-PT%dM" % (i * rng.choice([1, 5, 10]) + 1), "desc": e["summary"],
                        "action": "DISPLAY" if rng.random() < 0.85 else "AUDIO"} for i in range(n)]
        if rng.random() < 0.5:
            e["alarms"][0]["repeat"] = rng.choice([50, 99, 500])
            e["alarms"][0]["duration"] = "PT1M"
    else:
        e["alarms"] = [{"trigger": "-PT1M", "desc": e["summary"], "repeat": rng.choice([20, 100]), "duration": "PT5M"}]
    m.desc = "nagging payload (%s)" % kind


def b_mass(m):
    rng = m.rng
    t = m.text
    n = rng.randint(120, 480)
    e, bag, intent = spam_common(m, t, days=(2, 30), dur=rng.choice([60, 90, 120]), url_kind=rng.choice(["shop", "phish", "short", "abuse"]),
                                 others=n, carriers=[("description", 7), ("location", 2), ("url", 1)])
    if m.client not in ("google",) and rng.random() < 0.5:
        m.to = "undisclosed"
    elif m.client not in ("google",):
        m.to = "attendees"
    m.desc = "mass invitation to %d unrelated attendees" % n


SPAM_BUILDERS = {
    "retail-promo": b_retail, "prize-survey": b_prize, "crypto-investment": b_crypto, "dating-sextortion": b_dating,
    "fee-scam": b_fee, "brand-phish": b_phish, "callback-scam": b_callback, "fake-update": b_fakeupdate, "bec": b_bec,
    "advance-fee": b_advance, "task-job-scam": b_task, "compromised-share": b_compshare, "nag-payload": b_nag,
    "mass-invite": b_mass,
}


# ---------------------------------------------------------------------------
# HAM
def ham_sender(m, intent, lang=None, domain=None, display=None, org=None, local=None):
    rng = m.rng
    lang = lang or sender_lang(m)
    if m.client == "yahoo" and intent in ("internal", "corp", "smallbiz"):
        intent, domain = "free", None
    if m.client == "icloud" and intent in ("internal", "corp") and rng.random() < 0.5:
        intent, domain = "free", None
    if intent == "internal":
        p = person_at(rng, m.rcpt.lang if m.rcpt.lang in NAMES else lang, m.rcpt.domain, display=display, local=local)
        m.sorg = getattr(m.rcpt, "org", "")
        return route(m, "internal", p)
    if intent == "free":
        dom = free_domain(rng, m.client, lang)
        p = make_person(rng, lang, dom, freemail=True)
        if display:
            p.name = display
        return route(m, "free", p)
    if intent in ("corp", "smallbiz", "service"):
        if domain is None:
            org, domain = company(rng, lang)
        p = person_at(rng, lang, domain, display=display, local=local)
        m.sorg = org or domain
        return route(m, intent, p)
    raise ValueError(intent)


def ham_event(m, text, bag, start, duration=60, allday=False, **kw):
    e = m.ev(start=start, duration=duration, allday=allday, **kw)
    fill_event(m, e, text, bag)
    return e


def colleague_list(m, n, lang=None):
    rng = m.rng
    lang = lang or (m.rcpt.lang if m.rcpt.lang in NAMES else "en")
    return [person_at(rng, lang, m.rcpt.domain) for _ in range(n)]


def doc_kind_for(m):
    c = m.client
    if c == "google":
        return "gdocs"
    if c in ("outlook", "teams"):
        return "sharepoint"
    if c == "nextcloud":
        return "nextcloud"
    return m.rng.choice(["sharepoint", "gdocs", "dropbox", "box", "confluence", "notion", "nextcloud"])


def place_doc(m, e, url, fname):
    rng = m.rng
    if DMARK not in e["description"]:
        return
    if m.client == "google" and rng.random() < 0.5:
        e["description"] = remove_marker_lines(e["description"], DMARK) + ("\n(see attachment)" if rng.random() < 0.3 else "")
        e["attach"].append(("https://docs.google.com/document/d/%s/edit" % rand_token(rng, 44, string.ascii_letters + string.digits + "-_"),
                            "application/vnd.google-apps.document", fname))
        return
    if m.client in ("nextcloud", "thunderbird", "sogo") and rng.random() < 0.3:
        e["description"] = remove_marker_lines(e["description"], DMARK)
        e["attach"].append((url, "application/pdf", fname + ".pdf"))
        return
    e["description"] = e["description"].replace(DMARK, url)


def b_h_travel(m):
    rng = m.rng
    t = m.text
    lang = m.lang
    kind = t["kind"]
    VEND = {
        "flight": {"en": ("Skylark Airways", "skylark-air.com"), "zh": ("祥云航空", "xiangyun-air.cn"), "ko": ("한빛항공", "hanbit-air.co.kr"),
                   "tr": ("Anatolian Wings", "anatolianwings.com.tr")},
        "hotel": {"en": ("Staybright Hotels", "staybright.com"), "fr": ("Hôtels Lumière", "hotels-lumiere.fr"), "th": ("Siam Stay", "siamstay.co.th")},
        "rail": {"en": ("Albion Rail", "albionrail.co.uk"), "de": ("Nordbahn Fernverkehr", "nordbahn-reisen.de"), "ja": ("ひかり旅行センター", "hikari-travel.jp"),
                 "it": ("Italo Ferrovie Veloci", "ferroviaveloce.it")},
        "car": {"en": ("Drivewise Rentals", "drivewise-rent.com")},
        "itinerary": {"en": ("Corporate Travel Desk", "globetrek-travel.com")},
    }
    vname, vdom = VEND[kind].get(lang) or list(VEND[kind].values())[0]
    m.sorg = vname
    if kind == "itinerary":
        ham_sender(m, "corp", domain=vdom, org=vname)
    else:
        p = Person(vname, rng.choice(["noreply", "no-reply", "booking", "reservations", "confirmation", "info"]) + "@" + rng.choice(["", "mail.", "email."]) + vdom, lang)
        route(m, "service", p)
        if m.client not in ("booking", "custom", "zoom"):
            # travel agents and small hotels send from an ordinary mailbox
            AG = {"en": ("Globetrek Travel", "globetrek-travel.com"), "de": ("Reisebüro Sonnenschein", "reisebuero-sonnenschein.de"),
                  "ja": ("みどり旅行", "midori-ryoko.jp"), "ko": ("하나투어링", "hana-touring.co.kr"), "zh": ("环宇旅行社", "huanyu-travel.cn"),
                  "it": ("Agenzia Viaggi Sole", "viaggisole.it"), "tr": ("Boğaz Turizm", "bogazturizm.com.tr")}
            if kind != "hotel":
                vname, vdom = AG.get(lang, AG["en"])
                m.sorg = vname
            p2 = person_at(rng, lang, vdom)
            p2.name = "%s – %s" % (p2.name, vname) if rng.random() < 0.6 else p2.name
            m.organizer = None
            route(m, "corp", p2)
    CITIES = {
        "en": [("London", "LHR"), ("New York", "JFK"), ("Chicago", "ORD"), ("Dublin", "DUB"), ("Edinburgh", "EDI"), ("Toronto", "YYZ"), ("Boston", "BOS")],
        "zh": [("北京", "PEK"), ("上海", "PVG"), ("深圳", "SZX"), ("成都", "CTU")], "ko": [("서울/인천", "ICN"), ("부산", "PUS"), ("제주", "CJU")],
        "tr": [("İstanbul", "IST"), ("Ankara", "ESB"), ("İzmir", "ADB")], "de": [("Hamburg Hbf", ""), ("München Hbf", ""), ("Köln Hbf", ""), ("Berlin Hbf", "")],
        "ja": [("東京", ""), ("新大阪", ""), ("名古屋", ""), ("京都", "")], "it": [("Milano Centrale", ""), ("Roma Termini", ""), ("Napoli Centrale", "")],
        "fr": [("Paris", "CDG"), ("Lyon", "LYS")], "th": [("กรุงเทพฯ", "BKK"), ("เชียงใหม่", "CNX")],
    }
    cities = CITIES.get(lang, CITIES["en"])
    a, b = rng.sample(cities, 2)
    bag = bag_for(m)
    bag.update(from_city=a[0], from_code=a[1] or a[0][:3].upper(), to_city=b[0], to_code=b[1] or b[0][:3].upper(),
               flight="%s%d" % (rand_token(rng, 2, string.ascii_uppercase), rng.randint(10, 2999)),
               amount=money(rng, lang, m.tz, 60, 1400), url="https://%s/manage/%s" % (vdom, rand_token(rng, 10)),
               phone=phone(rng, lang, tz=m.tz))
    days = (3, 60) if rng.random() < 0.8 else (60, 200)
    if kind == "hotel":
        st = start_in(m, days, weekend_ok=True)
        n = rng.randint(1, 5)
        bag["nights"] = str(n)
        st = dt.datetime(st.year, st.month, st.day)
        e = ham_event(m, t, bag, st, allday=True, end=st + dt.timedelta(days=n))
        e["location"] = bag["hotel"] + ", " + bag["address"]
    elif kind == "car":
        st = start_in(m, days, weekend_ok=True).replace(hour=10, minute=0)
        e = ham_event(m, t, bag, st, duration=60)
    else:
        st = start_in(m, days, hours=(6, 20), weekend_ok=True)
        dur = rng.randint(70, 520)
        bag["dep_time"] = "%02d:%02d" % (st.hour, st.minute)
        en = st + dt.timedelta(minutes=dur)
        bag["arr_time"] = "%02d:%02d" % (en.hour, en.minute)
        e = ham_event(m, t, bag, st, duration=dur)
        if kind in ("flight", "itinerary"):
            e["location"] = "%s (%s)" % (a[0], a[1]) if a[1] else a[0]
        else:
            e["location"] = a[0]
    e["transp"] = "TRANSPARENT" if kind == "hotel" else "OPAQUE"
    e["alarms"] = [{"trigger": rng.choice(["-PT3H", "-P1D", "-PT2H"]), "desc": "Reminder"}] if rng.random() < 0.6 else []
    m.method = rng.choice(["PUBLISH", "PUBLISH", "PUBLISH", "REQUEST", None])
    if m.method == "REQUEST":
        std_attendees(m, org_in=False)
    else:
        m.attendees = [att(m.rcpt, role="REQ-PARTICIPANT", partstat="ACCEPTED", rsvp=False)] if rng.random() < 0.5 else []
    if m.method is None:
        m.quirks.add("no-method")
        m.method = "PUBLISH"
    m.subject = fill(t.get("subj"), bag) if m.client in ("booking", "custom") else None
    apply_generic(m, False, prodids=["-//%s//%s//EN" % (vname, rng.choice(["Itinerary 3.1", "Booking Engine", "Reservations 2.4", "NONSGML Confirmation"])),
                                     "-//%s//NONSGML v1.0//EN" % slug(vname)], booking=True)
    if m.client in ("booking", "custom"):
        greet = {"en": "Dear %s,\n\nthank you for booking with %s.\n\n", "de": "Guten Tag %s,\n\nvielen Dank für Ihre Buchung bei %s.\n\n",
                 "fr": "Bonjour %s,\n\nmerci d'avoir réservé avec %s.\n\n", "ja": "%s 様\n\n%sをご利用いただきありがとうございます。\n\n",
                 "zh": "尊敬的%s：\n\n感谢您选择%s。\n\n", "it": "Gentile %s,\n\ngrazie per aver prenotato con %s.\n\n",
                 "ko": "%s님,\n\n%s을(를) 이용해 주셔서 감사합니다.\n\n", "tr": "Sayın %s,\n\n%s'i tercih ettiğiniz için teşekkür ederiz.\n\n",
                 "th": "เรียนคุณ%s\n\nขอบคุณที่จองกับ %s\n\n"}.get(lang, "Dear %s,\n\nthank you for booking with %s.\n\n")
        m.body_text = greet % (m.rcpt.name, vname) + e["description"] + "\n\n" + \
            {"en": "The attached calendar file adds this booking to your calendar.", "de": "Mit der angehängten Kalenderdatei können Sie die Reise in Ihren Kalender übernehmen."}.get(lang, "") + \
            "\n\n%s | %s\n" % (vname, bag["phone"])
        m.attach_name = rng.choice(["booking.ics", "reservation.ics", "itinerary.ics", "%s.ics" % bag["pnr"]])
    m.desc = "%s confirmation from %s" % (kind, vname)


VENUE_DOM = {"Οδοντιατρείο Παππά": "odontiatreio-pappa.gr", "บ้านสวนสปา": "baansuanspa.co.th", "ศาลาสปา": "salaspa.co.th"}


def venue_domain(rng, name, lang, tz):
    if name in VENUE_DOM:
        return VENUE_DOM[name]
    base = "-".join(w for w in slug(name.replace("&", " ")).split(".") if w not in ("the", "dr", "co", "am", "des", "la", "de")) or "praxis"
    tld = {"de": {"Europe/Vienna": "at", "Europe/Zurich": "ch"}.get(tz, "de"), "fr": "be" if tz == "Europe/Brussels" else "fr",
           "es": {"America/Bogota": "com.co", "America/Argentina/Buenos_Aires": "com.ar"}.get(tz, "es"),
           "pt": "com.br" if tz == "America/Sao_Paulo" else "pt", "pl": "pl", "el": "gr", "th": "co.th", "it": "it", "nl": "nl",
           "en": {"Europe/London": "co.uk", "Australia/Sydney": "com.au", "America/Toronto": "ca", "Europe/Dublin": "ie"}.get(tz, "com")}.get(lang, "com")
    return "%s.%s" % (base, tld)


def b_h_appointment(m):
    rng = m.rng
    t = m.text
    lang = m.lang
    kind = t.get("kind")
    bag = bag_for(m)
    VENUES = {"salon": {"en": ["The Hair Lounge", "Studio Bella", "Cut & Colour Co."], "th": ["บ้านสวนสปา", "ศาลาสปา"]},
              "car": {"en": ["Northside Auto Care", "Meridian Motors Service", "Kwik Tyre & Lube"]}}
    if kind in ("dentist", "gp"):
        vname = bag["clinic"]
    elif kind in VENUES:
        vname = rng.choice(VENUES[kind].get(lang, VENUES[kind]["en"]))
    else:
        vname = bag["venue"]
    bag["venue"] = vname
    bag["clinic"] = vname
    clinic_dom = venue_domain(rng, vname, lang, m.tz)
    sched = rng.random() < 0.6 and m.client in ("booking", "custom")
    if sched:
        vend = {"restaurant": ("TableMate", "tablemate.io"), "salon": ("BookMyChair", "bookmychair.app"),
                "car": ("SlotBook", "slotbook-mail.com")}.get(kind) or rng.choice([("SlotBook", "slotbook-mail.com"), ("MedAgenda", "medagenda-notify.eu")])
        p = Person(vname, "noreply@" + vend[1], lang)
        route(m, "service", p)
        m.prodid = "-//%s//Appointments//EN" % vend[0]
        m.sorg = vend[0]
    else:
        intent = "smallbiz" if m.client not in ("google", "yahoo", "icloud") else "free"
        if m.client in ("google",) and rng.random() < 0.5:
            intent = "corp"
        ham_sender(m, intent if intent != "free" else "free", domain=None if intent == "free" else clinic_dom, display=vname,
                   local=rng.choice({"de": ["termine", "praxis", "info"], "es": ["reservas", "recepcion", "info"], "pl": ["rejestracja", "recepcja"],
                                     "fr": ["secretariat", "contact", "rdv"], "pt": ["marcacoes", "geral"], "el": ["info", "grammateia"],
                                     "th": ["booking", "info"]}.get(lang, ["reception", "info", "bookings", "frontdesk"])))
    st = start_in(m, (1, 30), hours=(8, 18) if kind != "restaurant" else (18, 21), weekend_ok=kind in ("restaurant", "salon"))
    e = ham_event(m, t, bag, st, duration={"restaurant": 120, "salon": 120, "car": 240}.get(kind, rng.choice([20, 30, 45])))
    if not e["location"]:
        e["location"] = "%s, %s" % (vname, bag["address"])
    if "\x00URL\x00" in e["description"]:
        e["description"] = e["description"].replace("\x00URL\x00", "https://%s/a/%s" % (m.frm.domain if sched else clinic_dom, rand_token(rng, 12)))
    e["alarms"] = [{"trigger": "-P1D", "desc": "Reminder"}] if rng.random() < 0.5 else []
    m.method = rng.choice(["REQUEST", "PUBLISH", "PUBLISH"])
    if m.method == "REQUEST":
        std_attendees(m, org_in=m.client not in ("outlook", "teams", "zimbra"))
    else:
        m.attendees = []
    apply_generic(m, False, booking=True)
    if m.client in ("booking", "custom"):
        m.body_text = e["description"] + "\n\n" + e["location"] + "\n"
        m.attach_name = rng.choice(["appointment.ics", "termin.ics", "reservation.ics", "invite.ics"])
    m.desc = "%s appointment confirmation" % kind


def b_h_webinar(m):
    rng = m.rng
    t = m.text
    lang = m.lang
    vendor = t.get("vendor")
    if vendor:
        dom = dict(sum(COMPANIES.values(), [])).get(vendor) or slug(vendor).replace(".", "") + ".com"
    else:
        dom = m.rcpt.domain
    bag = bag_for(m)
    big = rng.random() < 0.35
    if vendor is None:
        ham_sender(m, "internal", display=rng.choice(["Internal Communications", "CEO Office", None]))
    elif m.client == "zoom":
        p = person_at(rng, lang, dom, display=vendor)
        route(m, "service", p)
        m.zoom_kind = "webinar"
    elif m.client in ("booking", "custom"):
        p = Person(vendor, rng.choice(["events", "webinars", "noreply", "marketing"]) + "@" + rng.choice(["", "mail.", "e."]) + dom, lang)
        route(m, "service", p, ("esp", {}))
    else:
        ham_sender(m, "corp", domain=dom, org=vendor)
    m.sorg = vendor or getattr(m.rcpt, "org", "")
    st = start_in(m, (3, 35), hours=(9, 17))
    e = ham_event(m, t, bag, st, duration=rng.choice([45, 60, 60, 90, 240 if "Summit" in t["s"] else 60]))
    if vendor and "\x00URL\x00" in e["description"]:
        e["description"] = e["description"].replace("\x00URL\x00", "https://events.%s/summit" % dom)
    e["online"] = "Summit" not in t["s"]
    if "Summit" in t["s"]:
        e["location"] = bag["venue"]
    if vendor and rng.random() < 0.5:
        e["description"] += "\n\n" + {"en": "Unsubscribe from event invitations: https://%s/preferences" % dom}.get(lang, "https://%s/unsubscribe" % dom)
    n = rng.randint(150, 420) if big else rng.randint(0, 3)
    others = [ext_address(rng) for _ in range(n)] if vendor else colleague_list(m, n)
    std_attendees(m, others, org_in=m.client not in ("outlook", "teams", "zimbra"))
    if big and m.client not in ("google", "zoom"):
        m.to = "undisclosed" if rng.random() < 0.5 else "attendees"
    m.method = "REQUEST" if m.client not in ("booking", "custom") or rng.random() < 0.5 else "PUBLISH"
    apply_generic(m, False)
    if m.client in ("booking", "custom"):
        m.body_text = "Hi %s,\n\n%s\n\n%s\n" % (m.rcpt.first, e["description"], "Add it to your calendar with the attached invitation.")
    m.desc = "vendor/organisation webinar or event%s" % (" with %d attendees" % n if big else "")


def b_h_community(m):
    rng = m.rng
    t = m.text
    lang = sender_lang(m)
    ham_sender(m, "free" if m.client not in ("nextcloud", "sogo", "zimbra", "booking", "custom", "outlook", "teams") else ("smallbiz" if m.client in ("nextcloud", "sogo", "zimbra", "booking", "custom") else "free"),
               domain=rng.choice(["lakesidecc.org", "riverside-fc.example", "oakfield-pta.org", "chorverein-harmonie.de", "parish-sjb.org"]) if m.client in ("nextcloud", "sogo", "zimbra", "booking", "custom") else None)
    bag = bag_for(m)
    st = start_in(m, (1, 10), hours=(17, 19) if t.get("kind") != "running" else (9, 9), weekend_ok=True)
    if t.get("kind") == "running":
        while st.weekday() != 5:
            st += dt.timedelta(days=1)
    e = ham_event(m, t, bag, st, duration=rng.choice([60, 90, 120]))
    wd = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][st.weekday()]
    kind = t.get("kind")
    if kind == "sport":
        other = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][(st.weekday() + 2) % 7]
        e["rrule"] = "FREQ=WEEKLY;BYDAY=%s,%s" % (wd, other) if rng.random() < .6 else "FREQ=WEEKLY;BYDAY=%s" % wd
    elif kind in ("school", "book"):
        e["rrule"] = rng.choice(["FREQ=MONTHLY;BYDAY=%d%s" % ((st.day - 1) // 7 + 1, wd), "FREQ=MONTHLY"])
    else:
        e["rrule"] = rng.choice(["FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=%s" % wd, "FREQ=WEEKLY;INTERVAL=1;BYDAY=%s" % wd])
    if rng.random() < 0.15:
        e["rrule"] += ";WKST=MO"
    n = rng.randint(4, 40)
    others = [ext_address(rng, lang) for _ in range(n)]
    std_attendees(m, others, org_in=m.client not in ("outlook", "teams", "zimbra"))
    m.method = "REQUEST"
    apply_generic(m, False)
    m.desc = "recurring community/club series without end date"


def b_h_itnotice(m):
    rng = m.rng
    t = m.text
    kind = t.get("kind")
    disp = {"en": "IT Service Desk", "de": "IT-Service", "ja": "情報システム部", "nl": "ICT Servicedesk", "ar": "قسم تقنية المعلومات", "cs": "IT oddělení"}.get(m.lang, "IT")
    if m.client in ("booking", "custom"):
        p = Person(disp, rng.choice(["servicedesk", "it-notify", "noreply-it", "itsm"]) + "@" + m.rcpt.domain, m.lang)
        route(m, "internal", p, ("esp", {}) if rng.random() < 0.5 else ("selfhosted", {}))
    else:
        ham_sender(m, "internal", display=disp if rng.random() < 0.5 else None,
                   local=rng.choice(["it", "servicedesk", "helpdesk", None]))
    bag = bag_for(m)
    if kind == "maintenance":
        st = start_in(m, (2, 12), hours=(20, 22), weekend_ok=True)
        dur = rng.choice([120, 180, 240])
    elif kind == "password":
        st = start_in(m, (6, 8), hours=(9, 9))
        dur = 15
    else:
        st = start_in(m, (2, 20), hours=(9, 16))
        dur = rng.choice([30, 45, 60])
    e = ham_event(m, t, bag, st, duration=dur)
    e["transp"] = "TRANSPARENT" if kind in ("maintenance", "password") else "OPAQUE"
    if kind == "password":
        e["alarms"] = [{"trigger": "-P1D", "desc": "Reminder"}]
    if kind in ("training", "mfa", "migration"):
        e["location"] = rng.choice(["Room 2.14", "IT room, ground floor", "Training room B", ""])
        e["online"] = not e["location"]
    n = rng.randint(0, 6) if kind in ("migration",) else rng.randint(30, 260)
    others = colleague_list(m, min(n, 40)) + [("", "%s@%s" % (rand_token(rng, 6, LOWER), m.rcpt.domain)) for _ in range(max(0, n - 40))]
    std_attendees(m, others, org_in=m.client not in ("outlook", "teams", "zimbra"))
    if n > 40 and m.client != "google":
        m.to = [Person({"de": "Alle Mitarbeitenden", "ar": "جميع الموظفين", "ja": "全社員", "nl": "Alle medewerkers",
                        "cs": "Všichni zaměstnanci"}.get(m.lang, rng.choice(["All Staff", "All employees", ""])),
                       rng.choice(["all-staff@", "all@", "everyone@"]) + m.rcpt.domain)]
    m.method = "REQUEST"
    apply_generic(m, False)
    m.desc = "internal IT notice (%s)" % kind


def b_h_docshare(m):
    rng = m.rng
    t = m.text
    lang = sender_lang(m)
    internal = rng.random() < 0.6
    if internal:
        ham_sender(m, "internal")
    else:
        ham_sender(m, "corp")
    bag = bag_for(m)
    st = start_in(m, (1, 10), hours=(9, 17))
    e = ham_event(m, t, bag, st, duration=rng.choice([30, 45, 60]))
    fname = fill(t.get("fname", "Document"), bag)
    dk = doc_kind_for(m)
    url = docurl(rng, dk, m.frm.domain if dk != "sharepoint" or not internal else m.rcpt.domain, fname)
    place_doc(m, e, url, fname)
    e["online"] = rng.random() < 0.6
    others = colleague_list(m, rng.randint(0, 5)) if internal else [person_at(rng, lang, m.frm.domain) for _ in range(rng.randint(0, 2))]
    std_attendees(m, others, org_in=m.client not in ("outlook", "teams", "zimbra"))
    m.method = "REQUEST"
    apply_generic(m, False)
    m.desc = "%s colleague meeting with shared document link" % ("internal" if internal else "external")


def b_h_finance(m):
    rng = m.rng
    t = m.text
    kind = t.get("kind")
    if kind == "invoice":
        ham_sender(m, "corp", display=None)
    else:
        ham_sender(m, "internal", display={"en": "Finance Team", "de": "Buchhaltung", "nl": "Financiële administratie"}.get(m.lang) if rng.random() < 0.4 else None)
    bag = bag_for(m)
    st = start_in(m, (1, 8), hours=(9, 12))
    e = ham_event(m, t, bag, st, duration=rng.choice([15, 30, 30]))
    e["transp"] = "TRANSPARENT" if rng.random() < 0.5 else "OPAQUE"
    others = colleague_list(m, rng.randint(2, 25)) if kind != "invoice" else []
    std_attendees(m, others, org_in=m.client not in ("outlook", "teams", "zimbra"))
    m.method = "REQUEST"
    apply_generic(m, False)
    m.desc = "finance team reminder (%s)" % kind


def b_h_recruiter(m):
    rng = m.rng
    t = m.text
    lang = sender_lang(m)
    org, dom = company(rng, lang)
    if m.client in ("booking", "custom"):
        ats = rng.choice([("TalentFlow", "talentflow-mail.com"), ("HireLoop", "hireloop.io"), ("Calendarly", "calendarly-mail.com")])
        p = Person(random_name(rng, lang)[0] + " (" + org + ")", "no-reply@" + ats[1], lang)
        route(m, "service", p)
        m.reply_to = person_at(rng, lang, dom)
        m.prodid = "-//%s//Interview Scheduler//EN" % ats[0]
        m.organizer = m.reply_to
    elif m.client == "zoom":
        p = person_at(rng, lang, dom)
        route(m, "service", p)
    else:
        ham_sender(m, "corp" if rng.random() < 0.8 else "free", domain=dom if True else None, org=org)
    m.sorg = org
    bag = bag_for(m)
    st = start_in(m, (1, 12), hours=(9, 17))
    e = ham_event(m, t, bag, st, duration=rng.choice([30, 45, 60, 180 if "loop" in t["s"] else 60]))
    e["online"] = "Onsite" not in t["s"] and "Phone" not in t["s"]
    if "Phone" in t["s"]:
        e["location"] = "Phone call"
    if "Onsite" in t["s"]:
        e["location"] = bag["address"]
    iv = person_at(rng, lang, dom, display=bag["interviewer"])
    std_attendees(m, [iv], org_in=m.client not in ("outlook", "teams", "zimbra"))
    m.method = "REQUEST"
    apply_generic(m, False)
    if m.client in ("booking", "custom"):
        m.body_text = e["description"]
    m.desc = "recruiter interview scheduling"


def b_h_forward(m):
    rng = m.rng
    t = m.text
    lang = sender_lang(m)
    # forwarder is a colleague; organizer is a third party
    orig_org = person_at(rng, lang, company(rng, lang)[1])
    m.organizer = orig_org
    if m.client in ("google", "yahoo", "icloud", "applecal", "thunderbird") and rng.random() < 0.5:
        ham_sender(m, "free" if m.client in ("yahoo", "icloud") else "internal")
    else:
        ham_sender(m, "internal")
    fwd = m.frm if m.frm.domain not in ("zoom.us",) else m.reply_to
    bag = bag_for(m)
    bag["sender"] = fwd.name if fwd else ""
    st = start_in(m, (2, 14), hours=(9, 17))
    e = ham_event(m, t, bag, st, duration=rng.choice([60, 90, 120, 240]))
    e["online"] = rng.random() < 0.5
    others = [person_at(rng, lang, orig_org.domain) for _ in range(rng.randint(0, 3))]
    m.attendees = [att(orig_org, partstat="ACCEPTED", rsvp=False)] + [att(o) for o in others]
    if fwd:
        m.attendees.append(att(fwd, partstat="ACCEPTED", rsvp=False))
    m.attendees.append(att(m.rcpt))
    note = fill(t.get("note", ""), bag)
    from .boiler import L as BL
    if m.client == "google":
        m.attendees = [a for a in m.attendees if a["email"] != m.rcpt.email]
        m.forward = {"by": fwd, "note": note}
        m.platform = ("gmail", {"workspace": fwd.domain not in ("gmail.com",)})
        m.method = "REQUEST"
        m.desc = "forwarded Google Calendar invitation (Gmail forward; organizer is a third party)"
        return
    if m.client in ("outlook", "teams"):
        m.subject = "%s: %s" % (BL(m.lang, "fw"), e["summary"])
        m.intro = note
    elif m.client in ("google", "yahoo", "applecal", "thunderbird", "icloud", "zimbra", "sogo", "nextcloud", "zoom"):
        m.subject = "%s: %s" % (BL(m.lang, "fwd"), e["summary"])
        m.intro = note + "\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nSubject: %s" % (orig_org.name, orig_org.email, e["summary"])
    else:
        m.subject = "Fwd: " + e["summary"]
        m.body_text = note + "\n\n-------- Original message --------\n" + e["summary"] + "\n" + e["description"]
    m.method = "REQUEST"
    apply_generic(m, False)
    m.desc = "forwarded invitation (organizer is a third party)"


def b_h_list(m):
    rng = m.rng
    t = m.text
    lang = sender_lang(m)
    intent = "free" if rng.random() < 0.5 else "corp"
    if m.client in ("booking", "custom", "zoom"):
        intent = "service" if m.client == "zoom" else "corp"
    ham_sender(m, intent)
    bag = bag_for(m)
    st = start_in(m, (2, 20), hours=(9, 19))
    e = ham_event(m, t, bag, st, duration=rng.choice([60, 60, 90]))
    if DMARK in e["description"]:
        e["description"] = e["description"].replace(DMARK, docurl(rng, rng.choice(["gdocs", "confluence", "notion"]), m.frm.domain, "agenda"))
    e["online"] = rng.random() < 0.6
    lname = t.get("list", "list")
    ldom = rng.choice(["lists.%s" % T.org_domain(m.frm.domain) if intent == "corp" else "lists.opencollective-hub.example",
                       "googlegroups.com", "lists.uni-%s.example" % rand_token(rng, 4, LOWER), "listserv.example.edu"])
    kind = "googlegroups" if ldom == "googlegroups.com" else rng.choice(["mailman", "mailman", "sympa"])
    laddr = "%s@%s" % (lname if kind != "googlegroups" else "%s-%s" % (lname, rand_token(rng, 4, LOWER)), ldom)
    m.attendees = [att(m.organizer, partstat="ACCEPTED", rsvp=False), att_addr(laddr, lname, rsvp=True)]
    m.to = [Person(lname, laddr)]
    m.via_list = {"addr": laddr, "domain": ldom, "kind": kind, "name": lname}
    m.method = "REQUEST"
    apply_generic(m, False)
    m.desc = "mailing-list copy (%s) of an invitation" % kind


def b_h_reply(m):
    rng = m.rng
    t = m.text
    lang = sender_lang(m)
    kind = t.get("kind")
    if kind.startswith("cancel"):
        kind = "accept"
    if m.client in ("outlook", "teams") and rng.random() < 0.3:
        kind = "room-decline"
    if m.client in ("booking", "custom"):
        kind = "booking-cancel"
    # the recipient organised the meeting
    m.organizer = m.rcpt
    bag = bag_for(m)
    if kind == "booking-cancel":
        vend = rng.choice([("Calendarly", "calendarly-mail.com"), ("SlotBook", "slotbook-mail.com"), ("MeetWise", "meetwise.app")])
        invitee = person_at(rng, lang, rng.choice(["gmail.com", company(rng, lang)[1]]))
        p = Person(vend[0], rng.choice(["notifications", "no-reply"]) + "@" + vend[1], lang)
        route(m, "service", p, ("esp", {}))
        m.prodid = "-//%s//Scheduling//EN" % vend[0]
        st = start_in(m, (1, 10))
        e = m.ev(start=st, duration=rng.choice([15, 30, 30, 45]))
        e["summary"] = {"en": "%s and %s" % (invitee.name, m.rcpt.name)}.get(m.lang, "%s / %s" % (invitee.name, m.rcpt.name))
        reason = rng.choice(["Sorry, something came up – I'll rebook next week.", "Double-booked, apologies.", "", "Need to reschedule."])
        e["description"] = "Cancelled by %s%s\n\nReschedule: https://%s/r/%s" % (invitee.name, (": \"%s\"" % reason) if reason else "", vend[1], rand_token(rng, 12))
        e["seq"] = 1
        e["organizer"] = m.rcpt
        m.attendees = [att(m.rcpt, partstat="ACCEPTED", rsvp=False), att(invitee, partstat="DECLINED", rsvp=False)]
        m.method = "CANCEL"
        m.subject = "Canceled: %s" % e["summary"]
        m.desc = "scheduling-system cancellation sent to the recipient as host/organizer"
        apply_generic(m, False)
        m.body_text = "Hi %s,\n\n%s\n\n%s\n" % (m.rcpt.first, e["summary"], e["description"])
        return
    if kind == "room-decline":
        room = rng.choice(["Board Room", "Room 4.01", "Konferenzraum Alster", "Meeting Room Oak", "Training Room B"])
        ham_sender(m, "internal", display=room, local="room-" + rand_token(rng, 4, LOWER))
        m.organizer = m.rcpt
        st = start_in(m, (1, 10))
        e = ham_event(m, t, bag, st, duration=60)
        e["comment"] = rng.choice(["Your request was declined because the resource is already booked for this time.",
                                   "This room is unavailable due to maintenance.", ""]) or None
        a = att(getattr(m, "person", m.frm), partstat="DECLINED", rsvp=False)
        a["cutype"] = "RESOURCE"
        m.attendees = [a]
        m.method = "REPLY"
        m.to = [m.rcpt]
        m.desc = "room resource declined a meeting the recipient organised (REPLY)"
        apply_generic(m, False)
        return
    if rng.random() < 0.5:
        ham_sender(m, "internal")
    else:
        ham_sender(m, "corp")
    m.organizer = m.rcpt
    st = start_in(m, (1, 10))
    e = ham_event(m, t, bag, st, duration=rng.choice([30, 60]))
    e["seq"] = rng.choice([0, 0, 1])
    ps = {"accept": "ACCEPTED", "decline": "DECLINED", "tentative": "TENTATIVE"}[kind]
    e["comment"] = fill(t.get("comment"), bag) or None
    m.attendees = [att(getattr(m, "person", m.frm), partstat=ps, rsvp=False)]
    m.method = "REPLY"
    m.to = [m.rcpt]
    m.desc = "METHOD:REPLY (%s) to the recipient as organizer" % ps.lower()
    apply_generic(m, False)


def b_h_personal(m):
    rng = m.rng
    t = m.text
    lang = sender_lang(m)
    if m.client in ("outlook", "teams", "zimbra", "nextcloud", "sogo", "booking", "custom"):
        intent = "free" if m.client in ("outlook", "teams") else "smallbiz"
        ham_sender(m, intent, domain=None if intent == "free" else "%s-family.example" % slug(random_name(rng, lang)[4] if lang in NAMES else "home"))
    else:
        ham_sender(m, "free")
    bag = bag_for(m)
    st = start_in(m, (2, 40), hours=(12, 19), weekend_ok=True)
    allday = "Camping" in t["s"] or "Wedding" in t["s"] or "save the date" in t["s"]
    if allday:
        st = dt.datetime(st.year, st.month, st.day)
        if "Wedding" in t["s"]:
            st += dt.timedelta(days=rng.randint(90, 300))
    e = ham_event(m, t, bag, st, duration=rng.choice([120, 180, 240]), allday=allday)
    if allday:
        e["end"] = st + dt.timedelta(days=2 if "Camping" in t["s"] else 1)
    if "\x00URL\x00" in e["description"]:
        e["description"] = e["description"].replace("\x00URL\x00", "https://www.%s-and-%s.example/wedding" % (rand_token(rng, 4, LOWER), rand_token(rng, 4, LOWER)))
    others = [ext_address(rng, lang) for _ in range(rng.randint(0, 8))]
    std_attendees(m, others, org_in=m.client not in ("outlook", "teams", "zimbra"))
    m.method = "REQUEST"
    apply_generic(m, False)
    m.desc = "personal invitation between friends/family"


def b_h_support(m):
    rng = m.rng
    t = m.text
    lang = sender_lang(m)
    vendor = rng.choice([c for c in COMPANIES["en"] if c[0] in ("Kestrel Software", "Pinecone Labs", "Northwind Traders", "Halcyon Media",
                                                                  "Brightwell Logistics", "Ambergate Insurance", "Silverline Accounting",
                                                                  "Elmstead Manufacturing", "Copperleaf Interiors")])
    bag = bag_for(m)
    bag["vendor"] = vendor[0]
    if m.client in ("booking", "custom", "zoom"):
        p = Person("%s Support" % vendor[0], rng.choice(["support", "noreply", "callbacks"]) + "@" + vendor[1], lang)
        route(m, "service", p, ("esp", {}) if m.client != "zoom" else None)
    else:
        ham_sender(m, "corp", domain=vendor[1], org=vendor[0], display=None)
    st = start_in(m, (0, 3), hours=(9, 17))
    e = ham_event(m, t, bag, st, duration=rng.choice([15, 30, 30]))
    if "\x00URL\x00" in e["description"]:
        e["description"] = e["description"].replace("\x00URL\x00", "https://support.%s/cases/%s" % (vendor[1], bag["ref"]))
    e["location"] = e["location"] or rng.choice(["Phone", bag["phone_rcpt"], ""])
    std_attendees(m, org_in=m.client not in ("outlook", "teams", "zimbra"))
    m.method = "REQUEST" if rng.random() < 0.7 else "PUBLISH"
    apply_generic(m, False)
    if m.client in ("booking", "custom"):
        m.body_text = e["description"]
    m.desc = "requested support callback with phone number"


def b_h_work(m):
    rng = m.rng
    t = m.text
    internal = rng.random() < 0.7 or m.client in ("nextcloud", "sogo")
    if m.client in ("booking", "custom"):
        internal = False
    if internal:
        ham_sender(m, "internal")
    elif m.client in ("booking", "custom"):
        org, dom = company(rng, sender_lang(m))
        p = person_at(rng, sender_lang(m), dom)
        route(m, "corp", p, ("esp", {}))
        m.sorg = org
    else:
        ham_sender(m, "corp")
    bag = bag_for(m)
    st = start_in(m, (1, 14), hours=(8, 17))
    e = ham_event(m, t, bag, st, duration=rng.choice([30, 30, 45, 60, 60, 90]))
    if t.get("rec"):
        wd = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][st.weekday()]
        e["rrule"] = rng.choice(["FREQ=WEEKLY;BYDAY=%s" % wd, "FREQ=WEEKLY;INTERVAL=2;BYDAY=%s" % wd,
                                 "FREQ=WEEKLY;UNTIL=%s;BYDAY=%s" % ((st + dt.timedelta(days=rng.randint(60, 200))).strftime("%Y%m%dT%H%M%SZ"), wd),
                                 "FREQ=WEEKLY;COUNT=%d;BYDAY=%s" % (rng.randint(6, 20), wd)])
    e["online"] = rng.random() < 0.7
    if not e["online"]:
        e["location"] = rng.choice(["Room 3.12", "Meeting room Harbour", "Konferenzraum 2", "Cafeteria", "会議室A", "Sala 1"])
    others = colleague_list(m, rng.randint(0, 8)) if internal else [person_at(rng, sender_lang(m), m.frm.domain) for _ in range(rng.randint(0, 3))]
    std_attendees(m, others, org_in=m.client not in ("outlook", "teams", "zimbra"))
    m.method = "REQUEST"
    # a few task assignments / multi-event calendars from clients that can express them
    if m.client in ("nextcloud", "thunderbird", "zimbra", "custom") and rng.random() < 0.4:
        due = st + dt.timedelta(days=rng.randint(1, 5))
        task = {"summary": {"en": "Prepare slides for " + e["summary"]}.get(m.lang, e["summary"] + " – TODO"),
                "description": "", "location": "", "start": None, "end": None, "tz": m.tz, "allday": False, "rrule": None,
                "exdate": [], "alarms": [], "status": "NEEDS-ACTION", "transp": "OPAQUE", "seq": 0, "cls": "PUBLIC",
                "priority": 5, "categories": None, "uid": None, "url": None, "attach": [], "conference": [], "html": None,
                "kind": "VTODO", "due": due, "extra": [], "created": e["created"], "dtstamp": e["dtstamp"],
                "recurrence_id": None, "organizer": None, "attendees": None, "geo": None, "contact": None, "comment": None}
        if rng.random() < 0.5:
            m.events.append(task)
        else:
            m.events = [task]
            m.desc_extra = "VTODO"
    elif m.client in ("custom",) and rng.random() < 0.5:
        e2 = m.ev(start=st + dt.timedelta(days=7), duration=60)
        e2["summary"] = e["summary"] + " (2)"
        e2["description"] = e["description"]
    apply_generic(m, False)
    m.desc = "%s work meeting%s" % ("internal" if internal else "external", " (VTODO)" if getattr(m, "desc_extra", "") else "")


HAM_BUILDERS = {
    "travel-booking": b_h_travel, "appointment-booking": b_h_appointment, "vendor-webinar": b_h_webinar,
    "community-series": b_h_community, "it-notice": b_h_itnotice, "doc-share-meeting": b_h_docshare,
    "finance-reminder": b_h_finance, "recruiter": b_h_recruiter, "forwarded-invite": b_h_forward,
    "list-copy": b_h_list, "organizer-reply": b_h_reply, "personal": b_h_personal,
    "support-callback": b_h_support, "work-meeting": b_h_work,
}
