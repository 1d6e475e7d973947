# -*- coding: utf-8 -*-
"""Helpers shared by the spam and ham scenario writers."""
import datetime as dt

from .l10n import PEOPLE, ORGS, FREEMAIL
from .util import rhex, ralnum, rdigits, ruuid, rHEX


def att(name, email, **kw):
    d = dict(name=name, email=email)
    d.update(kw)
    return d


def rc_att(ctx, **kw):
    return att(ctx.rcpt[0], ctx.rcpt[1], **kw)


def sc_base(ctx, kind, name, local, domain=None, **kw):
    d = dict(kind=kind, name=name, local=local, domain=domain)
    d.update(kw)
    return d


def colleagues(ctx, n, domain, lang=None, exclude=()):
    out = []
    pool = list(PEOPLE[lang or ctx.lang])
    ctx.r.shuffle(pool)
    for nm, lc in pool:
        if len(out) >= n:
            break
        if lc in exclude:
            continue
        out.append(att(nm, "%s@%s" % (lc, domain)))
    return out


def strangers(ctx, n, langs=None):
    """random harvested addresses at many domains (for spam attendee lists)"""
    r = ctx.r
    out = []
    langs = langs or [ctx.lang, "en", "en"]
    for i in range(n):
        lg = r.choice(langs)
        nm, lc = r.choice(PEOPLE.get(lg, PEOPLE["en"]))
        style = r.random()
        if style < 0.3:
            lc = lc.replace(".", "") + str(r.randint(1, 99))
        elif style < 0.45:
            lc = lc.split(".")[0][0] + lc.split(".")[-1]
        elif style < 0.55:
            lc = r.choice(["info", "sales", "office", "contact", "admin", "hr", "accounts", "hello", "support"])
        if r.random() < 0.5:
            dom = r.choice(FREEMAIL.get(lg, FREEMAIL["en"]))
        elif r.random() < 0.5:
            dom = r.choice(ORGS.get(lg, ORGS["en"]))[1]
        else:
            dom = r.choice(["example.net", "example.org", "example.com", "mail.example.org", "example.net"])
        out.append(att(None if r.random() < 0.7 else nm, "%s@%s" % (lc, dom)))
    # unique
    seen, uniq = set(), []
    for a in out:
        if a["email"] not in seen:
            seen.add(a["email"])
            uniq.append(a)
    return uniq


def junk_local(ctx, hint=None):
    r = ctx.r
    if hint:
        base = hint.lower().replace(" ", r.choice([".", "", "_"]))
    else:
        nm, lc = r.choice(PEOPLE["en"])
        base = lc
    return base + r.choice(["", str(r.randint(1, 9999)), str(r.randint(70, 99)), ".%d" % r.randint(1, 999)])


def lookalike_of(ctx, domain):
    r = ctx.r
    from .common import orgdom
    domain = orgdom(domain)
    name, tld = domain.split(".", 1)
    tricks = []
    if "l" in name:
        i = name.index("l")
        tricks.append(name[:i] + "1" + name[i + 1:] + "." + tld)
        tricks.append(name[:i] + "i" + name[i + 1:] + "." + tld)
    if "-" in name:
        tricks.append(name.replace("-", "") + "." + tld)
    else:
        tricks.append(name[:len(name) // 2] + "-" + name[len(name) // 2:] + "." + tld)
    if "m" in name:
        tricks.append(name.replace("m", "rn", 1) + "." + tld)
    if "o" in name:
        tricks.append(name.replace("o", "0", 1) + "." + tld)
    tricks.append(name + r.choice(["-group", "-corp", "-inc", "-invoices", "-ltd", "s"]) + "." + tld)
    tricks.append(name + "." + r.choice(["com.co", "co", "net", "com", "us", "org"]) if tld != "com" else name + ".co")
    if len(name) > 5:
        j = r.randint(1, len(name) - 2)
        if name[j] != name[j + 1] and name[j].isalpha() and name[j + 1].isalpha():
            tricks.append(name[:j] + name[j + 1] + name[j] + name[j + 2:] + "." + tld)
    return r.choice(tricks)


# ---------------------------------------------------------------- sender-software presets for scripts / ESPs

BOOKING_PRODIDS = [
    ("-//ical.net//NONSGML ical.net 4.0//EN", "plain"), ("-//Sabre//Sabre VObject 4.5.4//EN", "sabre"),
    ("-//sebbo.net//ical-generator//EN", "icsjs"), ("ics.py - http://git.io/lLljaA", "icsjs"),
    ("-//My calendar product//mxm.dk//", "pyical"), ("-//hacksw/handcal//NONSGML v1.0//EN", "minimal"),
    ("-//eluceo/ical//2.0/EN", "plain"), ("-//Events Calendar//iCal4j 1.0//EN", "plain"),
    ("-//Plone.org//NONSGML plone.app.event//EN", "pyical"), ("-//Django//ical//EN", "pyical"),
    ("-//Spatie//iCalendar Generator//EN", "plain"), ("-//Ximian//NONSGML Evolution Calendar//EN", "plain"),
]
SPAM_PRODIDS = [
    ("-//ABC Corporation//NONSGML My Product//EN", "minimal"), ("-//hacksw/handcal//NONSGML v1.0//EN", "minimal"),
    ("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "plain"), ("-//Apple Inc.//Mac OS X 10.9//EN", "plain"),
    ("-//Google Inc//Google Calendar 70.9054//EN", "plain"), ("Microsoft Exchange Server 2010", "plain"),
    ("-//Company//Product//EN", "minimal"), (None, "minimal"), ("-//ical.net//NONSGML ical.net 4.0//EN", "plain"),
    ("-//sebbo.net//ical-generator//EN", "icsjs"), ("-//My calendar product//mxm.dk//", "pyical"),
]


def lib_boundaries(r, lib, t):
    if lib == "phpmailer":
        return "b1_" + ralnum(r, 32), "b2_" + ralnum(r, 32)
    if lib == "python":
        return ("===============%019d==" % r.randint(10 ** 18, 10 ** 19 - 1),
                "===============%019d==" % r.randint(10 ** 18, 10 ** 19 - 1))
    if lib == "nodemailer":
        h = rhex(r, 16)
        return "--_NmP-%s-Part_1" % h, "--_NmP-%s-Part_2" % h
    if lib == "java":
        ms = int(t.timestamp() * 1000)
        return ("----=_Part_%d_%d.%d" % (r.randint(1, 99999), r.randint(10 ** 8, 2 * 10 ** 9), ms),
                "----=_Part_%d_%d.%d" % (r.randint(1, 99999), r.randint(10 ** 8, 2 * 10 ** 9), ms))
    if lib == "dotnet":
        return "--boundary_%d_%s" % (r.randint(0, 3), ruuid(r)), "--boundary_%d_%s" % (r.randint(0, 3), ruuid(r))
    if lib == "bulk":
        return ("----=_NextPart_000_%04X_01%s.%s" % (r.randint(1, 0x3F), rHEX(r, 6), rHEX(r, 8)),
                "----=_NextPart_001_%04X_01%s.%s" % (r.randint(1, 0x3F), rHEX(r, 6), rHEX(r, 8)))
    if lib == "sendgrid":
        return rhex(r, 32 + 32)[:60], rhex(r, 60)
    if lib == "mailgun":
        return rhex(r, 32), rhex(r, 32)
    if lib == "postmark":
        return "mk3-" + rhex(r, 32), "mk3-" + rhex(r, 32)
    return "=_" + rhex(r, 32), "=_" + rhex(r, 32)


def tx_preset(ctx, sc, role="booking", lib=None, method="PUBLISH", prodid=None, flavour=None, **over):
    """configure sc['tx'] for transactional / handrolled renderers"""
    r = ctx.r
    client = ctx.bclient
    if lib is None:
        if client == "transactional":
            lib = {"sendgrid": "sendgrid", "mailgun": "mailgun", "postmark": "postmark"}.get(sc.get("esp"), None) or \
                r.choice(["java", "nodemailer", "python", "phpmailer", "dotnet"])
        else:
            lib = r.choice(["phpmailer", "python", "nodemailer", "java", "bulk"] if role == "spam"
                           else ["phpmailer", "python", "nodemailer", "java", "dotnet"])
    if prodid is None:
        prodid, fl = r.choice(SPAM_PRODIDS if role == "spam" else BOOKING_PRODIDS)
        flavour = flavour or fl
    flavour = flavour or "plain"
    b1, b2 = lib_boundaries(r, lib, ctx.arrival)
    headers = []
    if lib == "phpmailer":
        headers.append("X-Mailer: PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % r.choice(
            ["5.2.27", "6.1.6", "6.5.0", "6.8.1", "6.9.1"] if ctx.year >= 2018 else ["5.2.14", "5.2.22"]))
    elif lib == "bulk":
        headers.append("X-Mailer: " + r.choice(["Microsoft Outlook Express 6.00.2900.5512", "Microsoft Office Outlook 12.0",
                                               "Atomic Mail Sender 9.5", "Sendblaster 4", "The Bat! (v9.4.5) Professional",
                                               "Foxmail 7.2.25.228[cn]", "Microsoft Outlook 16.0"]))
    elif lib == "java" and r.random() < 0.3:
        headers.append("X-Mailer: JavaMail")
    layout = r.choice(["mixed", "mixed", "alt3", "html+att"])
    ics = dict(flavour=flavour, dtmode=r.choice(["utc", "utc", "tzid", "tzid"]), fold="octets")
    if role == "spam":
        ics["fold"] = r.choice(["octets", "none", "chars", "octets", "split-utf8"])
        ics["escape_commas"] = r.random() < 0.6
        if r.random() < 0.2:
            ics["dtmode"] = "float"
    else:
        ics["fold"] = r.choice(["octets", "octets", "octets", "chars", "none"])
        ics["escape_commas"] = r.random() < 0.85
    tx = dict(style="generic", prodid=prodid, ics=ics, layout=layout, fname=r.choice(["invite.ics", "event.ics",
                                                                                    "calendar.ics", "meeting.ics"]),
              lib=lib, b1=b1, b2=b2, headers=headers, cal_cte=r.choice(["base64", "base64", "7bit", "quoted-printable"]),
              text_cte=r.choice(["quoted-printable", "quoted-printable", "base64", "8bit"]))
    if lib == "python":
        tx["text_cte"] = "base64"
        tx["cal_cte"] = "base64"
    for k, v in over.items():
        if k in ("fold", "dtmode", "escape_commas", "tzname", "head_order", "no_dtstamp", "cal_extra", "vtimezone",
                 "created"):
            ics[k] = v
        else:
            tx[k] = v
    sc["tx"] = tx
    sc["method"] = method
    return tx


ESP_HEADERS = {
    "sendgrid": lambda r: [],
    "mailgun": lambda r: [],
}


def list_unsub(ctx, dom):
    r = ctx.r
    return ["List-Unsubscribe: <https://%s/unsubscribe?u=%s>, <mailto:unsubscribe@%s?subject=%s>"
            % (dom, ralnum(r, 24), dom, ralnum(r, 10)), "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
