"""Glue between category content and client/sender set-up."""
from people import person, local_part, org, RCPT_DOMAINS
from lex import junk_domain, rand_domain, lookalike, company_lookalike

FREE_KIND = {"google": "gmail", "gmail": "gmail", "exchange": "outlookcom", "icloud": "icloud", "applemail": "icloud-smtp",
             "yahoo": "yahoo", "outlook": "gmail-smtp", "thunderbird": "gmail-smtp"}
ORG_KIND = {"google": "workspace", "exchange": "m365", "outlook": "selfhosted", "thunderbird": "selfhosted",
            "applemail": "selfhosted", "nextcloud": "selfhosted", "zimbra": "selfhosted", "sogo": "selfhosted",
            "custom": "esp"}


BAL = {}
CLIENTS = {"google", "gmail", "exchange", "outlook", "icloud", "applemail", "thunderbird", "zoom", "nextcloud", "zimbra",
           "yahoo", "sogo", "custom"}


def wchoice(r, w):
    if BAL and set(w) <= CLIENTS:
        # steer the client mix of this side towards the mix of the other side
        done = BAL["done"] + 1
        w = {c: x * ((BAL["target"].get(c, 0) * done / BAL["total"] + 0.5) / (BAL["cur"].get(c, 0) + 0.5)) ** 1.5
             for c, x in w.items()}
    items = list(w.items())
    tot = sum(x[1] for x in items)
    v = r.uniform(0, tot)
    for k, x in items:
        v -= x
        if v <= 0:
            return k
    return items[-1][0]


def setup(b, r, label, cat, desc, lang, client, dmode="org", rcpt=None, name=None, localpart=None,
          domain=None, orgname=None, y=(2016.0, 2026.9), kind=None, arrival=None, **kw):
    """dmode: free | org | compromised | lookalike | junk | spoof | given"""
    rc = rcpt or b.recipient(lang)
    if client == "zoom":
        host = b.sender("gmail" if dmode in ("free", "junk") else "workspace", lang, name=name, domain=domain)
        snd = {"kind": "zoom", "name": "Zoom", "addr": "no-reply@zoom.us", "domain": "zoom.us", "lang": lang}
        sp = b.spec(label, cat, desc, lang, client, snd, rc, arrival=arrival or b.arrival(*y), **kw)
        sp["frm"] = ("Zoom", "no-reply@zoom.us")
        sp["org_"] = (host["name"], host["addr"])
        sp["reply_to"] = sp["org_"]
        return sp
    if kind is None:
        if dmode == "free":
            kind = FREE_KIND.get(client, "gmail-smtp")
        elif dmode in ("org", "compromised", "lookalike", "junk", "given"):
            kind = ORG_KIND.get(client)
            if client in ("google",) and dmode == "free":
                kind = "gmail"
            if kind is None:
                kind = FREE_KIND[client]
            if client in ("outlook", "thunderbird", "applemail") and dmode in ("org", "compromised", "given"):
                kind = r.choice(["selfhosted", "hosting"])
            if client in ("outlook", "thunderbird", "custom") and dmode == "junk":
                kind = r.choice(["vps", "vps", "esp", "hosting"])
            if client == "custom" and dmode in ("org", "given"):
                kind = r.choice(["esp", "esp", "selfhosted"])
            if client == "custom" and dmode in ("compromised",):
                kind = r.choice(["hosting", "selfhosted"])
            if client == "custom" and dmode == "lookalike":
                kind = r.choice(["esp", "vps", "hosting", "selfhosted"])
        elif dmode == "spoof":
            kind = "spoof"
    if kind in ("gmail", "gmail-smtp", "outlookcom", "icloud", "icloud-smtp", "yahoo"):
        domain = None if dmode != "given" else domain
    elif domain is None:
        if dmode == "junk":
            domain = junk_domain(r) if r.random() < 0.6 else rand_domain(r)
        elif dmode == "lookalike":
            domain = kw.pop("lookalike_domain", None) or lookalike(r, kw.pop("brand", "secure"))
        elif dmode == "spoof":
            domain = kw.pop("spoof_domain", None) or rc["addr"].split("@")[1]
    kw.pop("brand", None)
    kw.pop("lookalike_domain", None)
    kw.pop("spoof_domain", None)
    if localpart is None and dmode in ("lookalike", "junk", "spoof") and kind not in ("gmail", "gmail-smtp", "outlookcom", "icloud", "icloud-smtp", "yahoo") and r.random() < 0.7:
        localpart = r.choice(["no-reply", "noreply", "notice", "billing", "support", "info", "service", "alerts", "account",
                              "notification", "admin", "mail", "secure", "help", "team", "contact"]) + (str(r.randint(1, 99)) if r.random() < 0.15 else "")
    snd = b.sender(kind, lang, name=name, localpart=localpart, domain=domain, orgname=orgname)
    sp = b.spec(label, cat, desc, lang, client, snd, rc, arrival=arrival or b.arrival(*y), **kw)
    sp["org_"] = (snd["name"], snd["addr"])
    if client == "icloud":
        sp["frm"] = (snd["name"], "noreply@email.apple.com")
        sp["reply_to"] = sp["org_"]
    if client == "nextcloud":
        host = "cloud." + snd["domain"] if r.random() < 0.6 else r.choice(["nc.", "owncloud.", "files.", "cloud."]) + snd["domain"]
        sp["nc_host"] = host
        sp["nc_name"] = r.choice(["Nextcloud", snd.get("org") or "Nextcloud", "Cloud"])
        sp["frm"] = ("%s via %s" % (snd["name"], sp["nc_name"]), "%s@%s" % (r.choice(["noreply", "nextcloud", "no-reply"]), snd["domain"]))
    if kind == "spoof" or kind == "vps":
        env = kw.get("env_from")
        if env is None and r.random() < 0.5:
            sp["env_from"] = "%s@%s" % (r.lower(r.randint(5, 10)), junk_domain(r) if r.random() < 0.5 else rand_domain(r))
    return sp


def ev_org(sp):
    return sp.get("org_", sp["frm"])


def place(sp, ev, mode, url, label=None, fmt=None, fname=None):
    """Put a payload URL into the event in a client-plausible place."""
    if mode == "loc":
        ev["loc"] = url
    elif mode == "url":
        ev["url"] = url
    elif mode == "attach":
        ev.setdefault("attach", []).append((url, fmt or "application/pdf", fname))
    elif mode == "conf":
        ev.setdefault("conference", []).append((url, label or "Join"))
    elif mode == "xalt":
        ev["xalt"] = ('<html><body><p>%s</p><p><a href="%s">%s</a></p></body></html>'
                      % ((ev.get("desc") or "").replace("\n", "<br>"), url, label or "Open"))
    # desc placement is done by the caller through the text


PLACE_OK = {"google": ["desc", "loc", "attach"], "exchange": ["desc", "loc"], "outlook": ["desc", "loc", "attach"],
            "icloud": ["desc", "loc", "url", "attach"], "applemail": ["desc", "loc", "url", "attach"],
            "thunderbird": ["desc", "loc", "url", "attach"], "nextcloud": ["desc", "loc", "url", "attach"],
            "zimbra": ["desc", "loc"], "sogo": ["desc", "loc"], "yahoo": ["desc", "loc"], "zoom": ["desc"],
            "custom": ["desc", "loc", "url", "attach", "conf", "xalt"], "gmail": ["desc", "loc", "url", "attach", "conf", "xalt"]}


def pick_place(r, client, prefer=None):
    ok = PLACE_OK[client]
    if prefer:
        c = [p for p in prefer if p in ok]
        if c:
            return r.choice(c)
    return r.choice(ok)


LIBS = [
    # (weight, profile)
    (3, {"prodid": "-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN", "boundary": "dotnet", "uidstyle": "uuid", "dtmode": "utc"}),
    (3, {"prodid": "-//kigkonsult.se iCalcreator 2.41.92//", "boundary": "php", "xmailer": "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", "uidstyle": "num", "dtmode": "tzid", "calscale": True, "hdr_order": "php"}),
    (3, {"prodid": "-//sebbo.net//ical-generator//EN", "boundary": "node", "uidstyle": "uuid", "dtmode": "utc"}),
    (2, {"prodid": "ics.py - http://git.io/lLljaA", "boundary": "py", "uidstyle": "uuid@", "dtmode": "utc"}),
    (2, {"prodid": "-//My calendar product//mxm.dk//", "boundary": "py", "uidstyle": "hex", "dtmode": "utc", "hdr_order": "py"}),
    (2, {"prodid": "-//hacksw/handcal//NONSGML v1.0//EN", "boundary": "php", "xmailer": "PHPMailer 5.2.27 (https://github.com/PHPMailer/PHPMailer)", "uidstyle": "uuid@", "dtmode": "float", "hdr_order": "php"}),
    (2, {"prodid": "-//Sabre//Sabre VObject 4.5.4//EN", "boundary": "php", "uidstyle": "uuid", "dtmode": "tzid", "calscale": True}),
    (2, {"prodid": "-//eluceo/ical//2.0/EN", "boundary": "php", "xmailer": "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)", "uidstyle": "hex", "dtmode": "utc", "calscale": False, "hdr_order": "php"}),
    (1, {"prodid": "-//arran4//Golang ICS Library", "boundary": "go", "uidstyle": "uuid", "dtmode": "utc"}),
    (1, {"prodid": "-//ABC Corporation//NONSGML My Product//EN", "boundary": "java", "uidstyle": "num", "dtmode": "utc"}),
    (1, {"prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "boundary": "dotnet", "uidstyle": "UUID", "dtmode": "tzid", "vtz_style": "olk"}),
    (1, {"prodid": "-//Google Inc//Google Calendar 70.9054//EN", "boundary": "sg", "uidstyle": "hex", "dtmode": "utc", "calscale": True}),
    (1, {"prodid": "-//Apple Inc.//Mac OS X 10.14.6//EN", "boundary": "java", "uidstyle": "UUID", "dtmode": "tzid", "vtz_style": "apple"}),
]
LAYOUTS = ["mixed-alt-ics", "mixed-html-ics", "alt-html-cal", "mixed-altcal-ics", "mixed-plain-ics", "alt-plain-cal", "single-cal"]
ESPX = {"sendgrid": None, "ses": None, "mailgun": None, "postmark": None, "sparkpost": None}


def custom_profile(r, side, vendor=None, prodid=None, layout=None):
    w = {i: x[0] for i, x in enumerate(LIBS)}
    base = dict(LIBS[wchoice(r, w)][1])
    if vendor and r.random() < 0.55:
        v = vendor.replace(" ", "")
        base["prodid"] = prodid or r.choice(["-//%s//%s %d.%d//EN" % (vendor, r.choice(["Booking", "Itinerary", "Calendar", "Events", "Notify", "Scheduler"]), r.randint(1, 9), r.randint(0, 9)),
                                             "-//%s//NONSGML %s//EN" % (v, r.choice(["Calendar Export", "ICS", "Mailer"])),
                                             "-//%s Inc//%s//EN" % (vendor, r.choice(["Calendar", "iCal Export"]))])
    elif prodid:
        base["prodid"] = prodid
    if layout is None:
        lw = {"mixed-alt-ics": 5, "mixed-html-ics": 4, "alt-html-cal": 4, "mixed-altcal-ics": 2, "mixed-plain-ics": 2,
              "alt-plain-cal": 1, "single-cal": 1 if side == "ham" else 2}
        layout = wchoice(r, lw)
    base["layout"] = layout
    base["att_name"] = r.choice(["invite.ics", "invite.ics", "event.ics", "calendar.ics", "meeting.ics", "appointment.ics",
                                 "%s.ics" % r.lower(8), "booking.ics", "iCal.ics", "reminder.ics"])
    base["att_ct"] = r.choice(["text/calendar", "text/calendar", "application/ics", "application/octet-stream"])
    base["cal_cte"] = r.choice(["base64", "base64", "7bit", "quoted-printable", "8bit"])
    base["cte"] = r.choice(["quoted-printable", "base64", "8bit", "7bit"])
    return base


def apply_custom_quirks(r, sp, side):
    q = sp["quirks"]
    p = {"ham": 0.18, "spam": 0.35}[side]
    pool = ["nofold", "tz-missing", "no-method", "charfold", "sloppy-escape", "no-dtstamp"]
    if side == "spam":
        pool += ["lf", "method-mismatch", "lf", "method-mismatch"]
    else:
        pool += ["lf"]
    while r.random() < p:
        q.add(r.choice(pool))
        p *= 0.5
    if "method-mismatch" in q:
        sp["ics_method"] = r.choice(["PUBLISH", "REQUEST", "PUBLISH"])
        sp["ct_method"] = "REQUEST" if sp["ics_method"] == "PUBLISH" else "PUBLISH"
    if "tz-missing" in q:
        sp["custom"]["dtmode"] = "tzid"
        sp["custom"]["vtz"] = False
