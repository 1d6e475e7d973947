"""Shared pools and helpers for the category modules."""
from __future__ import annotations

import datetime as dt
import unicodedata

from dc_lib import Rng, rfc2822_date, slot, to_utc, to_local, boundary
from dc_ical import Att, Alarm, Ev, vcal
from dc_clients import generic_mail, google_mail, exchange_mail, icloud_mail, thunderbird_mail, outlook_inline, esc_html

FIRST = ["Anna", "Lukas", "Sophie", "Jan", "Marie", "Tom", "Emma", "Noah", "Lea", "Felix", "Clara", "Paul", "Julia",
         "David", "Sara", "Ben", "Laura", "Max", "Nina", "Elias", "Hannah", "Jonas", "Mia", "Leon", "Ines", "Pierre",
         "Camille", "Lucía", "Javier", "Giulia", "Marco", "Sanne", "Daan", "Aylin", "Mehmet", "Kasia", "Piotr",
         "Olga", "Dmitri", "Yuki", "Haruto", "Wei", "Li", "Fatima", "Omar", "Priya", "Arjun", "Grace", "Kwame",
         "Chloé", "Mateo", "Zoë", "Björn", "Astrid", "Joana", "Tiago", "Ewa", "Ruth", "Malik", "Ivy"]
LAST = ["Müller", "Schmidt", "Weber", "Fischer", "Becker", "Hoffmann", "Wagner", "Koch", "Richter", "Klein",
        "Wolf", "Neumann", "Schwarz", "Braun", "Zimmermann", "Dubois", "Martin", "Bernard", "García", "López",
        "Rossi", "Bianchi", "de Vries", "Jansen", "Yılmaz", "Kaya", "Nowak", "Kowalski", "Ivanova", "Petrov",
        "Tanaka", "Sato", "Wang", "Zhang", "Haddad", "Khan", "Sharma", "Okafor", "Mensah", "Silva", "Santos",
        "Lindqvist", "Berg", "O'Brien", "Smith", "Johnson", "Brown", "Miller", "Davis", "Nguyen", "Kim", "Park"]


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("'", "").replace(" ", "")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


SAFE_TOKEN = "abcdefghjkmnpqrstuvwxyz23456789"


def is_reserved(domain):
    d = domain.lower()
    return d.split(".")[-1] in ("example", "test", "invalid") or any(d == x or d.endswith("." + x) for x in ("example.com", "example.net", "example.org", "example.edu"))


def person(r, domain="example.net", style=None):
    f, l = r.choice(FIRST), r.choice(LAST)
    ff, ll = ascii_fold(f), ascii_fold(l)
    if not is_reserved(domain):
        # a real provider's domain: make the local part improbable so it cannot be someone's real address
        tok = r.alnum(5, SAFE_TOKEN)
        local = r.choice([f"{ff}.{ll[:1]}.{tok}", f"{ff}{ll[:2]}.{tok}", f"{ff}_{tok}", f"{ff[:1]}{ll}.{tok}"])
        return (f"{f} {l}", f"{local}@{domain}")
    style = style or r.choice(["f.l", "f.l", "fl", "f_l", "f", "fl1", "finit"])
    local = {"f.l": f"{ff}.{ll}", "fl": f"{ff}{ll}", "f_l": f"{ff}_{ll}", "f": f"{ff}{r.randint(1, 99)}",
             "fl1": f"{ff}.{ll}{r.randint(70, 99)}", "finit": f"{ff[0]}.{ll}"}[style]
    return (f"{f} {l}", f"{local}@{domain}")


def rcpt(r):
    n, e = person(r, "example.net")
    return (n if r.random() < 0.6 else "", e)


SPAM_TLDS = ["top", "xyz", "click", "shop", "icu", "sbs", "cfd", "online", "site", "buzz", "live", "store", "info", "cam", "rest", "bond", "lol"]
SYL = ["ka", "vo", "rin", "tex", "mo", "lu", "zen", "pra", "qui", "fel", "dor", "bix", "nal", "sto", "vex", "tur", "lam",
       "gro", "ple", "wan", "chi", "dus", "eno", "fra", "hel", "jor", "kru", "mir", "nex", "osk", "pyr", "quo"]


def junk_domain(r, tld=None):
    """A throwaway-looking domain.  Half under example.{com,net,org}, half random syllables on spam TLDs."""
    word = "".join(r.choice(SYL) for _ in range(r.randint(2, 3)))
    if r.random() < 0.5:
        return f"{word}{r.choice(['', '-', ''])}{r.choice(['mail', 'news', 'info', 'shop', 'promo', 'deals', 'app', 'srv', ''])}.example.{r.choice(['com', 'net', 'org'])}"
    return f"{word}{r.choice(['', '', str(r.randint(1, 99)), '-' + r.choice(SYL)])}.{tld or r.choice(SPAM_TLDS)}"


def junk_local(r):
    return r.choice([r.letters(r.randint(5, 9)), f"{r.choice(['info', 'news', 'service', 'support', 'promo', 'noreply', 'contact', 'admin', 'team'])}{r.choice(['', '.' + r.letters(4), str(r.randint(1, 999))])}",
                     f"{r.choice(FIRST).lower()}{r.letters(3)}{r.randint(10, 99)}", f"newsletters.{r.letters(4, True)}"])


def freemail_addr(r, dom=None, name=None):
    dom = dom or r.choice(["gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "aol.com", "gmx.com", "mail.com", "proton.me"])
    base = name or r.choice(FIRST) + r.choice(LAST)
    base = ascii_fold(base)
    if is_reserved(dom):
        return f"{base}{r.choice(['', '.', '_'])}{r.randint(1, 9999)}@{dom}"
    return f"{base}{r.choice(['', '.', '_'])}{r.alnum(5, SAFE_TOKEN)}@{dom}"


SHORT = ["bit.ly", "tinyurl.com", "cutt.ly", "is.gd", "t.ly", "rb.gy", "shorturl.at", "s.id", "t.co", "ow.ly", "rebrand.ly", "qrco.de", "tiny.cc"]


def short_url(r):
    h = r.choice(SHORT)
    return f"https://{h}/{r.alnum(r.randint(5, 8), 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}"


def phish_url(r, brand="microsoft", kind=None):
    b = brand.lower().replace(" ", "")
    kind = kind or r.choice(["sub", "hyphen", "ip", "short", "cloud", "redirect", "punycode", "at", "path"])
    tok = r.urlsafe(r.randint(10, 24))
    if kind == "sub":
        return f"https://{b}.com.{r.choice(['secure-login', 'account-verify', 'auth-session', 'id-check'])}.{r.choice(SPAM_TLDS)}/{r.choice(['login', 'signin', 'verify', 'session'])}?id={tok}"
    if kind == "hyphen":
        return f"https://{b}-{r.choice(['support', 'billing', 'secure', 'helpdesk', 'account', 'verify'])}-{r.randint(10, 99)}.{r.choice(SPAM_TLDS)}/{r.choice(['', 'index.php', 'auth/', 'portal/'])}?{r.choice(['e', 'u', 'ref'])}={tok}"
    if kind == "ip":
        return f"http://{r.ip()}{r.choice(['', ':8080', ':8443'])}/{r.choice(['owa', b, 'secure', 'webmail'])}/{r.choice(['index.html', 'login.php', ''])}"
    if kind == "short":
        return short_url(r)
    if kind == "cloud":
        return r.choice([f"https://{b}-{r.letters(6)}.web.app/{tok}", f"https://storage.googleapis.com/{r.letters(8)}/{b}.html#{tok}",
                         f"https://{r.letters(10)}.blob.core.windows.net/$web/index.html?{tok}", f"https://pub-{r.hexs(32)}.r2.dev/{b}.html",
                         f"https://{r.letters(8)}-{r.letters(5)}.workers.dev/?e={tok}", f"https://ipfs.io/ipfs/bafybei{r.alnum(52, 'abcdefghijklmnopqrstuvwxyz234567')}#{tok}",
                         f"https://firebasestorage.googleapis.com/v0/b/{r.letters(9)}.appspot.com/o/{b}.html?alt=media",
                         f"https://{r.letters(7)}.pages.dev/{b}/", f"https://docs.google.com/drawings/d/1{r.urlsafe(43)}/preview",
                         f"https://forms.gle/{r.alnum(17, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ123456789')}",
                         f"https://sites.google.com/view/{b}-{r.letters(6)}/home"])
    if kind == "redirect":
        tgt = f"{b}-{r.letters(5)}.{r.choice(SPAM_TLDS)}/{tok}"
        return r.choice([f"https://www.google.com/url?q=https://{tgt}&sa=D&source=calendar&usg=AOvVaw{r.urlsafe(22)}",
                         f"https://www.bing.com/ck/a?!&&p={r.hexs(40)}&u=a1aHR0cHM6Ly8{r.urlsafe(20)}&ntb=1",
                         f"https://t.{r.letters(6)}.example.com/r/?id={r.hexs(8)}&url=https%3A%2F%2F{tgt.replace('/', '%2F')}",
                         f"https://l.facebook.com/l.php?u=https%3A%2F%2F{tgt.replace('/', '%2F')}&h=AT{r.urlsafe(20)}"])
    if kind == "punycode":
        p = {"paypal": "xn--pypal-4ve.com", "apple": "xn--pple-43d.com", "microsoft": "xn--micrsoft-qbh.com",
             "amazon": "xn--amazn-mye.com", "coinbase": "xn--coinbas-nbh.com", "google": "xn--gogle-jye.com",
             "netflix": "xn--netflx-5za.com", "docusign": "xn--docusgn-ffb.com"}.get(b, "xn--" + b[:6] + "-" + r.alnum(3) + ".com")
        return f"https://{p}/{r.choice(['signin', 'account', 'verify', 'login'])}?session={tok}"
    if kind == "at":
        return f"https://{b}.com@{r.choice([r.ip(), b + '-' + r.letters(4) + '.' + r.choice(SPAM_TLDS)])}/{r.choice(['login', 'x', 'auth'])}?{tok}"
    return f"https://{r.choice(['www.', ''])}{junk_domain(r)}/{b}/{r.choice(['login', 'verify', 'secure', 'update'])}/{tok}"


def us_phone(r, style=None):
    a = r.choice(["800", "888", "877", "866", "855", "844", "833"])
    n = f"01{r.randint(0, 99):02d}"
    style = style or r.choice(["paren", "dash", "dot", "space", "plus", "plus1dash"])
    return {"paren": f"+1 ({a}) 555-{n}", "dash": f"1-{a}-555-{n}", "dot": f"{a}.555.{n}", "space": f"1 {a} 555 {n}",
            "plus": f"+1 {a} 555 {n}", "plus1dash": f"+1-{a}-555-{n}"}[style]


def uk_phone(r):
    return f"0{r.choice(['20 7946 0', '161 496 0', '113 496 0', '1632 960 '])}{r.randint(0, 999):03d}"


def de_phone(r):
    return f"+49 {r.choice(['30', '40', '69', '89', '221'])} {r.randint(100, 999)} {r.randint(100, 999)}-{r.randint(10, 99)}"


def fr_phone(r):
    return f"01 99 00 {r.randint(10, 99)} {r.randint(10, 99)}"


def money(r, cur="$", lo=49, hi=899, sep="."):
    v = r.randint(lo * 100, hi * 100) / 100
    s = f"{v:,.2f}"
    if sep == ",":
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{cur}{s}" if cur in ("$", "£", "USD $", "US$", "R$ ") else f"{s} {cur}"


# ---------------------------------------------------------------------------- spam ICS producers
SPAM_PRODIDS = {
    "php": ["-//hacksw/handcal//NONSGML v1.0//EN", "-//Company//Event Calendar//EN", "-//Google Inc//Google Calendar 70.9054//EN",
            "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "-//Events//Calendar 1.0//EN", "-//ZContent.net//Zap Calendar 1.0//EN"],
    "ruby": ["icalendar-ruby"],
    "python": ["-//My calendar product//mxm.dk//", "-//collective//icalendar//6.0.1//EN", "-//Example//Python iCal//EN"],
    "node": ["-//sebbo.net//ical-generator//EN", "-//ical-generator//EN"],
    "dotnet": ["-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN", "-//ical.net//NONSGML ical.net 5.0//EN"],
    "exfake": ["Microsoft Exchange Server 2010"],
    "yahoo": ["//Yahoo//Calendar//EN", "-//Yahoo! Inc.//Yahoo Calendar//EN"],
}


def spam_event(r, arr, *, summary, description=None, organizer, attendee, tz=None, days=None, hour=None, minute=None,
               dur_min=None, location=None, alarms=None, uid=None, url=None, x_alt=None, seq=0, extra=None,
               all_day=False, rrule=None, status="CONFIRMED", attach=None, attendees=None, categories=None,
               start=None, end=None, transp=None, cls=None, escape_commas=True, prio=None):
    tz = tz or r.choice(["Europe/Paris", "America/New_York", "Europe/London", "Asia/Shanghai", "UTC", "America/Los_Angeles", "Europe/Berlin"])
    if start is None:
        days = r.choice([0, 0, 1, 1, 2, 3]) if days is None else days
        hour = r.randint(8, 20) if hour is None else hour
        minute = r.choice([0, 0, 15, 30, 45]) if minute is None else minute
        _, start = slot(arr, tz if tz != "UTC" else "Europe/London", days, hour, minute)
    if end is None:
        end = start + dt.timedelta(minutes=dur_min or r.choice([30, 60, 60, 90, 120]))
    if all_day:
        loc = to_local(tz if tz != "UTC" else "Europe/London", start)
        start = dt.datetime(loc.year, loc.month, loc.day)
        end = start + dt.timedelta(days=1)
    atts = attendees if attendees is not None else ([Att(attendee[1], cn=attendee[0] or None)] if attendee else [])
    return Ev(uid=uid or r.choice([r.uuid4(), r.uuid4().upper(), r.hexs(32), f"{r.hexs(16)}@{organizer[1].split('@')[-1]}"]),
              summary=summary, description=description, location=location, start=start, end=end, tz=None if tz == "UTC" else tz,
              organizer=organizer, attendees=atts, alarms=alarms or [], url=url, x_alt_desc=x_alt, seq=seq, extra=extra or [],
              all_day=all_day, rrule=rrule, status=status, attach=attach or [], categories=categories, transp=transp,
              cls=cls, escape_commas=escape_commas, prio=prio)


def html_promo(r, title, paras, button=None, link=None, color=None, footer=None, lang="en", hidden=None, img=None):
    color = color or r.choice(["#e60023", "#0070ba", "#ff9900", "#1a73e8", "#16a34a", "#6d28d9", "#111111", "#d4145a"])
    v = r.randint(0, 3)
    ps = "".join(f"<p style=\"margin:0 0 14px 0\">{p}</p>\n" for p in paras)
    btn = f'<p style="text-align:center"><a href="{esc_html(link)}" style="background:{color};color:#ffffff;padding:14px 28px;border-radius:6px;text-decoration:none;font-weight:bold;display:inline-block">{button}</a></p>\n' if button and link else ""
    hid = f'<div style="display:none;max-height:0;overflow:hidden;font-size:1px;color:#ffffff">{hidden}</div>\n' if hidden else ""
    im = f'<p><a href="{esc_html(link)}"><img src="{img}" width="560" alt="{esc_html(title)}" style="display:block;border:0"></a></p>\n' if img and link else ""
    foot = f'<p style="font-size:11px;color:#888888">{footer}</p>' if footer else ""
    if v == 0:
        return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{esc_html(title)}</title></head>\n<body style="background:#f4f4f4;font-family:Arial,Helvetica,sans-serif">\n{hid}<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n<table width="600" cellpadding="24" style="background:#ffffff"><tr><td>\n<h1 style="color:{color};font-size:24px">{title}</h1>\n{im}{ps}{btn}{foot}\n</td></tr></table>\n</td></tr></table>\n</body></html>'
    if v == 1:
        return f'<html>\n<body>\n{hid}<div style="font-family:Verdana,sans-serif;font-size:14px">\n<b>{title}</b><br><br>\n{ps}{btn}{im}<br>{foot}\n</div>\n</body>\n</html>'
    if v == 2:
        return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>{hid}<center><table style="max-width:620px;border:1px solid #dddddd"><tr><td style="background:{color};color:#fff;padding:12px;font-size:20px">{title}</td></tr><tr><td style="padding:20px">{im}{ps}{btn}</td></tr><tr><td>{foot}</td></tr></table></center></body></html>'
    return f'<div dir="ltr">{hid}{im}<div>{title}</div><div><br></div>{"".join("<div>" + p + "</div><div><br></div>" for p in paras)}{btn}{foot}</div>'


def strip_tags(h):
    import re
    import html as H
    t = re.sub(r"<(style|script)[^>]*>.*?</\1>", "", h, flags=re.S)
    t = re.sub(r"<br\s*/?>", "\n", t)
    t = re.sub(r"</p>|</div>|</tr>|</h1>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = H.unescape(t)
    return "\n".join(x.strip() for x in t.split("\n") if x.strip())
