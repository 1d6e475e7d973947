# -*- coding: utf-8 -*-
"""Tiny helpers shared by the content modules."""


def I(lang, client, setup, s, d="", **kw):
    kw.update(lang=lang, client=client, setup=setup, s=s, d=d)
    return kw


def C(name, desc, items, fill=None, **kw):
    kw.update(name=name, desc=desc, items=items, fill=fill)
    return kw


class _SD(dict):
    def __missing__(self, k):
        return "{" + k + "}"


def F(s, V):
    return s.format_map(_SD(V)) if isinstance(s, str) else s


def slug(domain):
    return domain.split(".")[0].replace("-", "")


def lookalike(rng, domain):
    base = domain.split(".")[0]
    tld = rng.choice(["com", "net", "co", "org", "us", "com.co"])
    c = rng.choice(["swap", "inc", "dash", "il", "rn", "double"])
    if c == "swap" and len(base) > 4:
        i = rng.randint(1, len(base) - 3)
        b = base[:i] + base[i + 1] + base[i] + base[i + 2:]
    elif c == "inc":
        b = base + rng.choice(["-inc", "-group", "-llc", "corp", "-hq"])
    elif c == "dash":
        b = base.replace("-", "") if "-" in base else base[:len(base) // 2] + "-" + base[len(base) // 2:]
    elif c == "il" and "l" in base:
        b = base.replace("l", "I".lower().replace("i", "i"), 1).replace("l", "1", 0)
        b = base.replace("l", "i", 1)
    elif c == "rn" and "m" in base:
        b = base.replace("m", "rn", 1)
    else:
        i = rng.randint(1, len(base) - 2)
        b = base[:i] + base[i] + base[i:]
    return b + "." + tld


def php(**kw):
    g = dict(prodid="-//{scompany}//NONSGML Calendar//EN", layout="alt", boundary="phpmailer", tcte="quoted-printable",
             ccte="8bit", xhdrs=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")],
             hdr_order=["Date", "To", "From", "Subject", "Message-ID", "X", "MIME-Version", "CT"], mid="<{hex}@{dom}>",
             dtmode="utc", date="local")
    g.update(kw)
    return g


def pylib(**kw):
    g = dict(prodid="-//My calendar product//mxm.dk//", layout="single", boundary="python", ccte="base64",
             hdr_order=["CT", "MIME-Version", "Subject", "From", "To", "Date", "Message-ID"], mid="<{num}.{ts}@{dom}>",
             dtmode="tz", order="pv", status=False, date="local")
    g.update(kw)
    return g


def node(**kw):
    g = dict(prodid="-//sebbo.net//ical-generator//EN", layout="alt", boundary="nodemailer", tcte="quoted-printable",
             ccte="base64", hdr_order=["CT", "From", "To", "Subject", "Message-ID", "Date", "MIME-Version"],
             mid="<{uuid}@{dom}>", dtmode="utc", order="vpm", date="utc")
    g.update(kw)
    return g


def dotnet(**kw):
    g = dict(prodid="-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN", layout="mixed", boundary="dotnet",
             tcte="quoted-printable", ccte="base64", ct_name="invite.ics", disp='attachment; filename="invite.ics"',
             hdr_order=["MIME-Version", "From", "To", "Date", "Subject", "CT"], mid=None, dtmode="tz", order="pvm",
             date="local")
    g.update(kw)
    return g


def bulk(**kw):
    g = dict(prodid="-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN", layout="mixed-flat", boundary="bulk",
             tcte="8bit", ccte="7bit", hdr_order=["From", "Subject", "To", "Date", "MIME-Version", "CT", "X", "Message-ID"],
             mid="<{hex}@{dom}>", dtmode="floating", order="pvm", status=False, seq=False, date="local", shuffle=True)
    g.update(kw)
    return g


def esp(brand, fname="booking.ics", **kw):
    g = dict(prodid="-//%s//Reservations//EN" % brand, layout="mixed", boundary="esp", tcte="quoted-printable",
             ccte="base64", ct_name=fname, disp='attachment; filename="%s"' % fname,
             ct_cal='text/calendar; charset="{cs}"; method=PUBLISH; name="%s"' % fname,
             hdr_order=["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "CT", "X"],
             mid="<{hex}@{dom}>", dtmode="utc", order="pvcm", attendees=False, date="utc",
             xhdrs=[("List-Unsubscribe", "<https://{sdomain}/u/{tok2}>, <mailto:unsubscribe@{sdomain}?subject={tok}>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Feedback-ID", "{n6}:{n4}:transactional:esp")])
    g.update(kw)
    return g
