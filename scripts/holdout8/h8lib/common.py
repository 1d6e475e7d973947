"""Shared builders: events, attendees, links, phones, rendering."""
import datetime as dt
from .util import (R, pick, chance, hexid, alnum, digits, ruuid, tz, UTC, CRLF, fold_header, to_bytes)
from .ical import Event
from .people import LANG, person, free_addr, corp_addr, recipient, corp_domain, local_part, corp_local, STEMS
from .transport import trace, route_for, free_kind
from .clients import CLIENTS


class Fill(dict):
    def __missing__(self, k):
        raise KeyError("placeholder {%s} not filled" % k)


def fmt(s, F):
    return s.format_map(F) if s else s


def uid_for(client, dom="example.com"):
    if client == "google":
        return hexid(26) + "@google.com"
    if client in ("outlook", "outlook-desktop"):
        return "040000008200E00074C5B7101A82E00800000000" + hexid(16, True) + "0000000000000000100000000" + hexid(32, True)[:23]
    if client in ("icloud", "apple-mail"):
        return ruuid(True)
    if client in ("thunderbird", "nextcloud"):
        return ruuid()
    if client == "zoom":
        return "ZOOM" + digits(11)
    if client == "zimbra":
        return ruuid()
    if client == "sogo":
        return "%s-%s-%s-1@%s" % (hexid(4, True), hexid(8, True), hexid(1, True), dom)
    if client == "yahoo":
        return "%s@yahoo.com" % alnum(22)
    return pick([ruuid(), ruuid(True), hexid(32), "%s@%s" % (alnum(16), dom), digits(13) + "@" + dom,
                 "event-%s" % digits(10)])


def start_time(arrival, tzid, days=(1, 21), hours=(8, 9, 10, 11, 13, 14, 15, 16), mins=(0, 0, 0, 30, 15, 45)):
    la = arrival.astimezone(tz(tzid))
    d = la.date() + dt.timedelta(days=R.randint(*days))
    h = pick(hours)
    return dt.datetime(d.year, d.month, d.day, h, pick(mins), tzinfo=tz(tzid))


def att(pair, ps="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True, cutype="INDIVIDUAL", name=True):
    return dict(cn=pair[0] if name else None, addr=pair[1], partstat=ps, role=role, rsvp=rsvp, cutype=cutype)


def mk_event(client, arrival, tzid, organizer, attendees, summary, desc, loc=None, days=(1, 21), dur=60,
             start=None, hours=None, **kw):
    s = start or start_time(arrival, tzid, days, hours or (8, 9, 10, 11, 13, 14, 15, 16))
    ev = Event(uid=uid_for(client, organizer[1].split("@")[1] if organizer else "example.com"),
               summary=summary, desc=desc, location=loc, start=s, end=s + dt.timedelta(minutes=dur), tzid=tzid,
               organizer=organizer, attendees=attendees,
               dtstamp=arrival - dt.timedelta(seconds=R.randint(2, 40)))
    if client in ("google", "icloud", "apple-mail", "thunderbird", "nextcloud", "sogo"):
        ev["created"] = arrival - dt.timedelta(minutes=R.randint(1, 120))
    ev.update(kw)
    return ev


# ------------------------------------------------------------------ links, phones, codes
SPAM_TLDS = ["com", "net", "top", "xyz", "shop", "online", "site", "live", "click", "info", "icu", "support", "app",
             "co", "us", "store", "cfd", "sbs", "buzz", "lol", "rest", "help", "cloud", "services"]
WORDS = ["secure", "verify", "account", "login", "portal", "docs", "share", "update", "billing", "service", "center",
         "online", "auth", "my", "web", "review", "file", "cloud", "sign", "pay", "track", "delivery", "claim",
         "reward", "promo", "deal", "store", "outlet", "official", "support", "help", "case", "id"]


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s.lower() if c.isascii() and c.isalnum())


def lookalike_domain(brand):
    b = slug(brand)
    pat = pick(["{b}-{w}.{t}", "{w}-{b}.{t}", "{b}{w}.{t}", "{b}-{w}{n}.{t}", "{w}{b}-{w2}.{t}", "{bb}.{t}"])
    bb = b.replace("o", "0", 1) if "o" in b else b.replace("l", "1", 1) if "l" in b else b + "s"
    return pat.format(b=b, w=pick(WORDS), w2=pick(WORDS), t=pick(SPAM_TLDS), n=digits(2), bb=bb)


def spam_link(brand="", kind=None, email=None):
    kind = kind or pick(["lookalike", "lookalike", "hosting", "shortener", "lookalike", "hosting"])
    r = alnum(R.randint(6, 12)).lower()
    tok = alnum(R.randint(10, 32))
    if kind == "lookalike":
        dom = lookalike_domain(brand or pick(WORDS))
        path = pick(["/", "/login", "/verify/", "/s/", "/c/", "/r/", "/claim", "/index.php", "/?id=", "/auth/"])
        u = "https://%s%s%s" % (pick(["", "www.", "secure.", "login.", "app."]), dom, path)
        if u.endswith("=") or u.endswith("/"):
            u += tok if chance(0.7) else ""
        if email and chance(0.5):
            u += ("&" if "?" in u else "?") + pick(["e=", "email=", "u="]) + email
        return u
    if kind == "hosting":
        return pick([
            "https://%s.web.app/%s" % (r, pick(["", "index.html", "?p=" + tok])),
            "https://%s.pages.dev/%s" % (r, pick(["", "s/" + tok])),
            "https://storage.googleapis.com/%s/%s.html" % (r, alnum(8).lower()),
            "https://%s.blob.core.windows.net/$web/index.html" % r,
            "https://docs.google.com/forms/d/e/1FAIpQLS%s/viewform" % alnum(44),
            "https://sites.google.com/view/%s" % r,
            "https://%s.my.canva.site/" % r,
            "https://%s.notion.site/%s" % (r, alnum(32).lower()),
            "https://forms.office.com/r/%s" % alnum(10),
            "https://ipfs.io/ipfs/Qm%s" % alnum(44),
            "https://pub-%s.r2.dev/%s.html" % (hexid(32), r),
            "https://%s.weebly.com/" % r,
            "https://%s.netlify.app/" % r,
        ])
    if kind == "shortener":
        return pick(["https://bit.ly/%s" % alnum(7), "https://t.co/%s" % alnum(10), "https://tinyurl.com/%s" % alnum(8).lower(),
                     "https://cutt.ly/%s" % alnum(8), "https://rb.gy/%s" % alnum(6).lower(), "https://is.gd/%s" % alnum(6)])
    return "https://%s.%s/%s" % (r, pick(SPAM_TLDS), tok)


def phone(lang, tollfree=False):
    """Fictional-range numbers where such ranges exist."""
    if lang == "en":
        if tollfree or chance(0.6):
            return pick(["+1 (%s) 555-01%02d", "1-%s-555-01%02d", "+1 %s 555 01%02d"]) % (
                pick(["800", "833", "844", "855", "866", "877", "888"]), R.randint(0, 99))
        return pick(["020 7946 0%03d" % R.randint(0, 999), "0808 157 0%03d" % R.randint(0, 999),
                     "+44 7700 900%03d" % R.randint(0, 999), "+61 491 570 %03d" % R.randint(100, 999),
                     "(%s) 555-01%02d" % (pick(["212", "312", "415", "617", "206"]), R.randint(0, 99))])
    cc = {"de": "+49 30 ", "fr": "+33 1 ", "es": "+34 91 ", "it": "+39 02 ", "pt": "+55 11 ", "nl": "+31 20 ",
          "pl": "+48 22 ", "ru": "+7 495 ", "el": "+30 21 ", "ar": "+971 4 ", "he": "+972 3-", "zh": "+86 10 ",
          "ja": "03-", "ko": "02-", "hi": "+91 22 ", "th": "02-"}[lang]
    return cc + pick(["%s %s" % (digits(4), digits(4)), "%s %s" % (digits(3), digits(4)), "%s-%s" % (digits(4), digits(4))])


def wa(lang="en"):
    return pick(["+44 7700 900%03d" % R.randint(0, 999), "+1 (%s) 555-01%02d" % (pick(["213", "646", "305"]), R.randint(0, 99)),
                 "wa.me/447700900%03d" % R.randint(0, 999), "+61 491 570 %03d" % R.randint(100, 999)])


def tg():
    return "@" + pick(["hr", "mentor", "support", "anna", "kevin", "admin", "jobs", "manager", "lisa", "crypto"]) + \
        pick(["_", "", "."]) + pick(["team", "work", "official", "pro", "desk", "hr", alnum(4).lower()]) + digits(R.choice([0, 2, 3]))


def btc():
    return "bc1q" + "".join(R.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38)) if chance(0.6) else \
        "1" + alnum(33).replace("0", "x").replace("O", "y").replace("I", "z").replace("l", "k")


def money(lang, lo=20, hi=900):
    v = R.randint(lo, hi) + R.choice([0, 0.5, 0.99, 0.25])
    cur = {"en": pick(["$", "£", "A$", "C$"]), "de": "€", "fr": "€", "es": "€", "it": "€", "pt": pick(["R$", "€"]),
           "nl": "€", "pl": "zł", "ru": "₽", "el": "€", "ar": pick(["SAR", "AED", "EGP"]), "he": "₪", "zh": "¥",
           "ja": "¥", "ko": "₩", "hi": "₹", "th": "฿"}[lang]
    if lang in ("ja", "ko"):
        return "%s%s" % (cur, "{:,}".format(int(v * 100)))
    if cur in ("$", "£", "A$", "C$", "R$", "¥", "₹", "฿"):
        return "%s%s" % (cur, "{:,.2f}".format(v))
    s = "{:,.2f}".format(v).replace(",", " ").replace(".", ",")
    return "%s %s" % (s, cur)


def pnr():
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def render(m, route):
    root = m["custom_root"] if m.get("client") == "custom" else CLIENTS[m["client"]](m)
    tr = trace(route, m["rcpt"][1], m["arrival"])
    s = CRLF.join(fold_header(n, v) for n, v in tr) + CRLF + root.render()
    return to_bytes(s)
