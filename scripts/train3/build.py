"""Turn compact scenario descriptions into message specs and render them."""

import datetime as dt

from common import arrival, at, mkev, pick_rcpt
from lib import rng_for, rstr, to_local
from mail import render

DEFAULT_TZ = {"en": ["America/New_York", "Europe/London", "America/Los_Angeles", "America/Chicago"],
              "de": ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich"], "fr": ["Europe/Paris", "Europe/Brussels"],
              "es": ["Europe/Madrid", "America/Mexico_City"], "it": ["Europe/Rome"], "pt": ["America/Sao_Paulo"],
              "nl": ["Europe/Amsterdam"], "pl": ["Europe/Warsaw"], "sv": ["Europe/Stockholm"],
              "tr": ["Europe/Istanbul"], "ru": ["Europe/Moscow"], "ja": ["Asia/Tokyo"],
              "zh": ["Asia/Shanghai", "Asia/Hong_Kong"], "ar": ["Asia/Riyadh", "Asia/Dubai", "Africa/Cairo"],
              "hi": ["Asia/Kolkata"], "id": ["Asia/Jakarta"]}

FIRST = ["James", "Maria", "Wei", "Fatima", "Olga", "Carlos", "Yuki", "Aisha", "Lars", "Sofia", "Kenji", "Amit",
         "Chloe", "Mateo", "Ingrid", "Tariq", "Nadia", "Pieter", "Zofia", "Emre", "Linh", "Grace", "Omar", "Hugo",
         "Sven", "Paula", "Raj", "Mia", "Ivan", "Lea", "Noah", "Elena", "Tom", "Sara", "Ali", "Jana", "Leo", "Ines"]
LAST = ["Miller", "Garcia", "Zhang", "Khan", "Petrova", "Lopez", "Sato", "Bello", "Nilsson", "Ricci", "Ito",
        "Patel", "Martin", "Silva", "Berg", "Haddad", "Novak", "Jansen", "Kowalska", "Kaya", "Nguyen", "Hughes",
        "Farouk", "Moreau", "Larsen", "Costa", "Iyer", "Keller", "Smirnov", "Roux", "Brown", "Rossi", "Wagner"]
DOMS = ["example.com", "example.org", "example.net", "mail.example", "post.example", "web.example", "inbox.example",
        "corp.example", "uni.example", "shop.example", "office.example", "home.example"]


def fake_people(rng, n, doms=None, rcpt_dom_share=0.0):
    out, seen = [], set()
    doms = doms or DOMS
    while len(out) < n:
        f, l = rng.choice(FIRST), rng.choice(LAST)
        sep = rng.choice([".", "", "_", "."])
        loc = f"{f.lower()}{sep}{l.lower()}" if rng.random() < .7 else f"{f[0].lower()}{l.lower()}{rng.randint(1, 99)}"
        d = "example.net" if rng.random() < rcpt_dom_share else rng.choice(doms)
        e = f"{loc}@{d}"
        if e in seen:
            continue
        seen.add(e)
        out.append((f"{f} {l}", e) if rng.random() < .6 else (None, e))
    return [dict(cn=n_, email=e) if n_ else dict(email=e) for n_, e in out]


GEN_PRODID_SPAM = ["-//sebbo.net//ical-generator//EN", "-//Google Inc//Google Calendar 70.9054//EN",
                   "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "-//hacksw/handcal//NONSGML v1.0//EN",
                   "-//ZContent.net//ZapCalLib 1.0//EN", "-//eluceo/ical//2.0/EN", "-//My calendar product//mxm.dk//",
                   "-//Apple Inc.//Mac OS X 10.15.7//EN", "-//{org}//Calendar//EN", "-//PHP//iCal//EN",
                   "-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN", "-//ical.marudot.com//iCal Event Maker", "ICS"]
GEN_PRODID_HAM = ["-//{org}//Online Booking {v}//EN", "-//{org}//Scheduler//EN", "-//{org}//NONSGML Calendar {v}//EN",
                  "-//sebbo.net//ical-generator//EN", "-//Spatie//IcalendarGenerator//EN", "-//eluceo/ical//2.0/EN",
                  "-//Sabre//Sabre VObject 4.5.4//EN", "-//ical4j//ical4j 3.2.14//EN", "-//{org}//{org} {v}//EN",
                  "-//Ximian//NONSGML Evolution Calendar//EN", "-//Twilio SendGrid//{org}//EN"]

SERVER = {"nextcloud", "sogo", "zimbra", "fastmail", "proton", "yahoo", "zoho", "kerio", "horde", "ox"}


def build(label, cat, i, d):
    key = f"{label}/{cat}/{i:03d}"
    rng = rng_for(key)
    d = dict(d)
    lang = d.get("lang", "en")
    years = d.get("years", (2019, 2025))
    arr = d.get("arrival") or arrival(rng, years[0], years[-1], months=d.get("months"))
    rc = d.get("rcpt") or pick_rcpt(rng, lang)
    first = rc[0].split()[0] if rc[0] and " " in rc[0] else (rc[0] or "")
    wx = str(rng.randint(1000, 99999))
    for k in ("summ", "desc", "text", "html", "subj"):
        if isinstance(d.get(k), str):
            d[k] = d[k].replace("{r}", rc[1]).replace("{n}", first).replace("{w}", wx)
    if d.get("fr") and d["fr"][1] == "x":
        d["fr"] = (d["fr"][0], rstr(rng, rng.randint(6, 10), "abcdefghijklmnopqrstuvwxyz") + str(rng.randint(1, 999)) + "@icloud.com")
    zone = d.get("tz") or rng.choice(DEFAULT_TZ.get(lang, DEFAULT_TZ["en"]))
    w = d.get("when")
    if w is None:
        w = (rng.choice([0, 1, 1, 2, 3]), rng.choice([9, 10, 11, 13, 14, 15, 16]), rng.choice([0, 0, 15, 30, 45]))
    days, hh, mm = w
    start = at(arr, zone, days, hh, mm, weekday=d.get("weekday"))
    loc_arr = to_local(zone, arr)
    if start <= loc_arr and not d.get("past_ok"):
        start += dt.timedelta(days=1)
    plat = d["plat"]
    org = d.get("org", d.get("fr"))
    if org == "RCPT":
        org = rc
    others = d.get("others", [])
    if isinstance(others, int):
        others = fake_people(rng, others, d.get("other_doms"), d.get("rcpt_dom_share", 0.0))
    uidkind = {"google": "google", "o365": "exchange", "outlookcom": "exchange", "onprem": "exchange",
               "outlook_desktop": "exchange", "icloud": "apple", "apple_mail": "apple", "thunderbird": "mozilla",
               "nextcloud": "nextcloud", "zimbra": "zimbra"}.get(plat, "generic")
    tzmode = d.get("tzmode") or ("utc" if plat == "google" and not d.get("rrule") and rng.random() < .6 else "tz")
    ev = None
    if not d.get("no_event"):
        ev = mkev(rng, arr, zone=zone, start=start, dur_min=d.get("dur", 60), summary=d["summ"], desc=d.get("desc"),
                  loc=d.get("loc"), org=org, rcpt=None if d.get("no_rcpt_att") else rc, others=others,
                  uidkind=uidkind, uid=d.get("uid"), method=d.get("method", "REQUEST"), seq=d.get("seq", 0),
                  tzmode=tzmode, alarms=d.get("alarms", ()), rrule=d.get("rrule"), allday=d.get("allday", False),
                  org_as_attendee=d.get("org_att", plat in ("google", "apple_mail", "icloud", "thunderbird")),
                  rcpt_partstat=d.get("rcpt_partstat", "NEEDS-ACTION"), **d.get("ev", {}))
        if d.get("meet"):
            from links import meet_url
            ev["meet"] = meet_url(rng)
        if d.get("rcpt_first") and ev["attendees"]:
            ev["attendees"].insert(0, ev["attendees"].pop())
        if callable(d.get("ev_fn")):
            d["ev_fn"](ev, rng, arr, zone)
    if ev is not None and plat == "generic" and not d.get("m", {}).get("ics_style"):
        sld = (d["fr"][1].split("@")[-1].split(".")[0]).replace("-", " ").title()
        if not ev.get("prodid"):
            pool = GEN_PRODID_SPAM if label == "spam" else GEN_PRODID_HAM
            pid = rng.choice(pool)
            ev["prodid"] = pid.replace("{org}", sld).replace("{v}", f"{rng.randint(1, 9)}.{rng.randint(0, 20)}")
        ev.setdefault("order", rng.choice(["a", "b"]))
        ev.setdefault("summary_first", rng.random() < .3)
        ev.setdefault("calscale", rng.random() < .4)
        ev.setdefault("att_style", rng.choice(["generic", "generic", "sabre", "lower", "bare"] if label == "spam" else ["generic", "generic", "sabre", "zimbra"]))
        if rng.random() < .25:
            ev.setdefault("no_seq", True)
        if label == "spam" and rng.random() < .2:
            ev.setdefault("fold_width", 0)
    auth = d.get("auth")
    if auth is None:
        x = rng.random()
        if label == "ham":
            auth = "pass" if x < .78 else rng.choice(["nodkim", "nodmarc", "none", "forwarded", "dkimfail", "softfail"])
        else:
            auth = "pass" if x < .7 else rng.choice(["nodkim", "nodmarc", "softfail", "fail", "none", "neutral", "mixed"])
        if plat in ("google", "icloud", "outlookcom", "yahoo") and auth not in ("pass", "nodkim"):
            auth = "pass"
    m = dict(key=key, rng=rng, arrival=arr, rcpt=rc, from_=d.get("fr"), subject=d.get("subj"), ev=ev,
             auth=auth, lang_tag=d.get("lang_tag"), ui_lang=d.get("ui", "en"), tz_sender=zone)
    if d.get("text") is not None:
        m["text"] = d["text"]
    if d.get("html") is not None:
        m["html"] = d["html"]
    if plat == "google":
        m["platform"] = "google"
    elif plat in ("o365", "outlookcom", "onprem"):
        m["platform"] = "microsoft"
        m["ms_kind"] = plat
        m["teams"] = d.get("teams", False)
        m["lang_tag"] = d.get("lang_tag") or {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT",
                                              "nl": "nl-NL", "pl": "pl-PL", "sv": "sv-SE", "pt": "pt-BR", "tr": "tr-TR",
                                              "ru": "ru-RU", "ja": "ja-JP", "zh": "zh-CN", "ar": "ar-SA", "hi": "en-IN",
                                              "id": "id-ID"}.get(lang, "en-US")
    elif plat in SERVER:
        m["platform"] = "server"
        m["server"] = plat
    else:
        m["platform"] = plat
    if m["subject"] is None and plat not in ("google", "icloud") and plat not in SERVER:
        m["subject"] = d["summ"]
    if m.get("lang_tag") is None:
        m.pop("lang_tag")
    m.update(d.get("m", {}))
    if callable(d.get("m_fn")):
        d["m_fn"](m, rng, arr, zone)
    return key + ".eml", render(m)
