# SPDX-License-Identifier: CC0-1.0
# holdout5: shared helpers for the category modules (people, dates, links, phones, obfuscation, fill-in).
import datetime as dt
import string

from core import UTC, tzinfo, alnum, hexid, uuid4, b64url
from i18n import LANG, person, local_part, day_text, hm, when_text
from clients import M

CONSUMER_RCPT = ["post.example", "webmail.test", "inbox.example", "familia.example", "kotiposti.example"]

FREEMAIL = {
    "gmail.com": "gmail", "googlemail.com": "gmail", "outlook.com": "outlookcom", "hotmail.com": "outlookcom", "live.com": "outlookcom",
    "yahoo.com": "yahoo", "aol.com": "yahoo", "icloud.com": "icloud", "me.com": "icloud", "gmx.de": "gmx", "web.de": "gmx", "gmx.net": "gmx",
    "mail.ru": "mailru", "yandex.ru": "yandex", "naver.com": "naver", "qq.com": "qq", "163.com": "qq", "proton.me": "proton",
    "zohomail.com": "zoho", "yahoo.co.jp": "yahoo", "ukr.net": "gmx", "wp.pl": "gmx", "seznam.cz": "gmx", "libero.it": "gmx",
    "orange.fr": "gmx", "uol.com.br": "gmx", "daum.net": "naver", "rediffmail.com": "gmx",
}

LANG_FREEMAIL = {
    "de": ["gmx.de", "web.de", "gmail.com", "outlook.com"], "ru": ["mail.ru", "yandex.ru", "gmail.com"], "uk": ["ukr.net", "gmail.com"],
    "ko": ["naver.com", "gmail.com", "daum.net"], "zh": ["qq.com", "163.com", "gmail.com"], "ja": ["gmail.com", "yahoo.co.jp", "icloud.com"],
    "pl": ["wp.pl", "gmail.com", "outlook.com"], "cs": ["seznam.cz", "gmail.com"], "it": ["libero.it", "gmail.com", "outlook.com"],
    "fr": ["orange.fr", "gmail.com", "outlook.com"], "pt": ["gmail.com", "uol.com.br", "outlook.com"], "hi": ["gmail.com", "rediffmail.com", "outlook.com"],
}

CC = {"en": "1", "de": "49", "fr": "33", "es": "34", "it": "39", "nl": "31", "pt": "55", "pl": "48", "ru": "7", "tr": "90", "ja": "81",
      "zh": "86", "ko": "82", "ar": "966", "id": "62", "vi": "84", "sv": "46", "cs": "420", "ro": "40", "uk": "380", "hi": "91", "th": "66", "he": "972"}


def rand_dt(rng, start, end):
    a = start.timestamp()
    b = end.timestamp()
    return dt.datetime.fromtimestamp(a + rng.random() * (b - a), UTC).replace(microsecond=0)


def arrival(rng, y0, y1, m1=12):
    start = dt.datetime(y0, 1, 1, tzinfo=UTC)
    end = dt.datetime(y1, m1, 28, tzinfo=UTC) if (y1, m1) < (2026, 10) else dt.datetime(2026, 10, 30, 22, tzinfo=UTC)
    return rand_dt(rng, start, end)


def new_msg(label, cat, idx, lang, rng, years=(2016, 2026), months=None):
    m = M(label=label, cat=cat, idx=idx, lang=lang, rng=rng)
    m.arrival = arrival(rng, *years)
    if months:
        y = rng.randint(*years)
        mo = rng.choice(months)
        if (y, mo) > (2026, 10):
            y -= 1
        m.arrival = m.arrival.replace(year=y, month=mo, day=rng.randint(1, 28))
    m.sent = m.arrival - dt.timedelta(seconds=rng.randint(2, 95))
    # recipient
    rl = lang if rng.random() < 0.75 else rng.choice(list(LANG))
    p = person(rng, rl)
    m.rcpt = p
    if rng.random() < 0.06:
        dom = rng.choice(CONSUMER_RCPT)
        m.rcpt_addr = "%s%s%d@%s" % (p.first_lat, rng.choice([".", "_", ""]), rng.randint(1, 99), dom)
    else:
        m.rcpt_addr = "%s.%s@example.net" % (p.first_lat, p.last_lat)
    m.rcpt_name = p.display
    m.to = [(m.rcpt_name if rng.random() < 0.8 else None, m.rcpt_addr)]
    m.sender_tz = rng.choice(LANG[lang]["tz"])
    return m


def freemail_sender(m, domain=None, p=None, style="dot"):
    rng = m.rng
    if domain is None:
        domain = rng.choice(LANG_FREEMAIL.get(m.lang, ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "gmail.com"]))
    p = p or person(rng, m.lang)
    lp = {"dot": "%s.%s" % (p.first_lat, p.last_lat), "num": "%s%s%d" % (p.first_lat, p.last_lat, rng.randint(1, 9999)),
          "init": "%s%s" % (p.first_lat[0], p.last_lat), "rand": alnum(rng, rng.randint(6, 12), "abcdefghijklmnopqrstuvwxyz0123456789")}[style]
    return p, lp + "@" + domain, FREEMAIL.get(domain, "gmail")


def set_sender(m, name, addr, infra, auth=("pass", "pass", "pass"), env=None, p="none"):
    m.from_name, m.from_addr, m.infra, m.auth = name, addr, infra, auth
    m.envelope_from = env or addr
    m.dmarc_p = p


def gcal_env(m):
    return "%s-calendar-server@calendar-server.bounces.google.com" % alnum(m.rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


# ------------------------------------------------------------------ events
def event(m, days=(1, 30), hour=(8, 18), dur=(30, 60, 90), tz=None, method="REQUEST", **kw):
    rng = m.rng
    tzn = tz or m.sender_tz
    local_arr = m.arrival.astimezone(tzinfo(tzn)).replace(tzinfo=None)
    d0 = local_arr.date() + dt.timedelta(days=rng.randint(*days) if isinstance(days, tuple) else days)
    if isinstance(hour, tuple):
        h = rng.randint(*hour)
    else:
        h = hour
    mi = rng.choice([0, 0, 0, 15, 30, 30, 45])
    start = dt.datetime(d0.year, d0.month, d0.day, h % 24, mi)
    du = rng.choice(dur) if isinstance(dur, (tuple, list)) else dur
    ev = dict(start=start, end=start + dt.timedelta(minutes=du), tz=tzn, method=method, dtstamp=m.sent, sequence=0, bad=m.bad)
    ev.update(kw)
    m.ev = ev
    return ev


def attendee(name, email, **kw):
    a = dict(cn=name, email=email)
    a.update(kw)
    return a


def org(name, email, **kw):
    o = dict(cn=name, email=email)
    o.update(kw)
    return o


# ------------------------------------------------------------------ links & phones
TLDS_SPAM = ["top", "xyz", "shop", "online", "site", "click", "live", "icu", "cfd", "sbs", "info", "com", "net", "support", "help", "store",
             "buzz", "rest", "life", "work", "link", "club", "vip", "pro", "us", "co", "me", "io", "app", "cloud"]


def spam_domain(rng, words, tlds=None):
    w = list(words)
    rng.shuffle(w)
    sep = rng.choice(["-", "", "-", "."]) if len(w) > 1 else ""
    base = sep.join(w[:rng.randint(1, min(3, len(w)))])
    if rng.random() < 0.35:
        base += str(rng.randint(1, 999))
    return "%s.%s" % (base.strip(".-"), rng.choice(tlds or TLDS_SPAM))


def hosted(rng, kind=None):
    k = kind or rng.choice(["firebase", "gcs", "webapp", "pages", "workers", "netlify", "vercel", "sites", "gforms", "msforms", "blob",
                            "ipfs", "github", "r2", "canva", "notion", "square", "weebly", "glitch", "s3", "dropbox", "docsend"])
    n = alnum(rng, rng.randint(6, 12), "abcdefghijklmnopqrstuvwxyz0123456789")
    f = rng.choice(["index", "secure", "doc", "view", "login", "invoice", "verify", "portal", "auth", "redirect", "file"])
    return {
        "firebase": "https://firebasestorage.googleapis.com/v0/b/%s-%s.appspot.com/o/%s.html?alt=media&token=%s" % (n, rng.randint(100, 999), f, uuid4(rng)),
        "gcs": "https://storage.googleapis.com/%s/%s.html" % (n, f), "webapp": "https://%s.web.app/%s" % (n, f),
        "pages": "https://%s.pages.dev/" % n, "workers": "https://%s.%s.workers.dev/" % (f, n), "netlify": "https://%s.netlify.app/" % n,
        "vercel": "https://%s-%s.vercel.app/" % (f, n), "sites": "https://sites.google.com/view/%s/home" % n,
        "gforms": "https://docs.google.com/forms/d/e/1FAIpQLS%s/viewform" % b64url(rng, 36)[:44],
        "msforms": "https://forms.office.com/r/%s" % alnum(rng, 10), "blob": "https://%s.blob.core.windows.net/$web/%s.html" % (n, f),
        "ipfs": "https://ipfs.io/ipfs/bafybei%s" % alnum(rng, 52, "abcdefghijklmnopqrstuvwxyz234567"),
        "github": "https://%s.github.io/%s/" % (n, f), "r2": "https://pub-%s.r2.dev/%s.html" % (hexid(rng, 32), f),
        "canva": "https://www.canva.com/design/DAG%s/view" % alnum(rng, 8), "notion": "https://%s.notion.site/%s" % (n, hexid(rng, 32)),
        "square": "https://%s.square.site/" % n, "weebly": "https://%s.weebly.com/" % n, "glitch": "https://%s.glitch.me/" % n,
        "s3": "https://%s.s3.amazonaws.com/%s.html" % (n, f),
        "dropbox": "https://www.dropbox.com/scl/fi/%s/%s.pdf?rlkey=%s&dl=0" % (alnum(rng, 25, "abcdefghijklmnopqrstuvwxyz0123456789"), f.capitalize(), alnum(rng, 25, "abcdefghijklmnopqrstuvwxyz0123456789")),
        "docsend": "https://docsend.com/view/%s" % alnum(rng, 16, "abcdefghijklmnopqrstuvwxyz0123456789"),
    }[k]


def short(rng, kind=None):
    k = kind or rng.choice(["bit.ly", "tinyurl.com", "t.ly", "cutt.ly", "is.gd", "rebrand.ly", "shorturl.at", "qrco.de", "s.id", "clck.ru", "t.cn", "vk.cc", "goo.su", "rb.gy"])
    return "https://%s/%s" % (k, alnum(rng, rng.choice([5, 6, 7, 8])))


def redirect(rng, target):
    import base64
    import urllib.parse
    k = rng.choice(["google", "bing", "youtube", "safelinks", "urldefense", "fb", "linkedin"])
    q = urllib.parse.quote(target, safe="")
    if k == "google":
        return "https://www.google.com/url?q=%s&sa=D&source=calendar&ust=%d&usg=AOvVaw%s" % (q, rng.randint(10 ** 15, 10 ** 16), alnum(rng, 22))
    if k == "bing":
        return "https://www.bing.com/ck/a?!&&p=%s&ptn=3&ver=2&hsh=3&fclid=%s&u=a1%s&ntb=1" % (hexid(rng, 64), uuid4(rng), base64.urlsafe_b64encode(target.encode()).decode().rstrip("="))
    if k == "youtube":
        return "https://www.youtube.com/redirect?event=comments&redir_token=%s&q=%s" % (alnum(rng, 40), q)
    if k == "safelinks":
        return "https://nam%02d.safelinks.protection.outlook.com/?url=%s&data=05%%7C02%%7C%%7C%s&sdata=%s&reserved=0" % (rng.randint(1, 12), q, hexid(rng, 32), alnum(rng, 40))
    if k == "urldefense":
        return "https://urldefense.com/v3/__%s__;!!%s$" % (target, alnum(rng, 30))
    if k == "fb":
        return "https://l.facebook.com/l.php?u=%s&h=AT%s" % (q, alnum(rng, 30))
    return "https://www.linkedin.com/redir/redirect?url=%s&urlhash=%s" % (q, alnum(rng, 4))


def phone(rng, kind="us"):
    x = rng.randint(100, 199)
    xx = "%02d" % (x - 100)
    if kind == "us":
        area = rng.choice(["800", "888", "877", "866", "844", "833", "212", "415", "646", "312"])
        return rng.choice(["+1 (%s) 555-01%s", "1-%s-555-01%s", "+1-%s-555-01%s", "(%s) 555-01%s", "%s.555.01%s"]) % (area, xx)
    if kind == "uk":
        return rng.choice(["01632 960%03d" % rng.randint(0, 999), "+44 1632 960%03d" % rng.randint(0, 999), "07700 900%03d" % rng.randint(0, 999),
                           "+44 7700 900%03d" % rng.randint(0, 999)])
    if kind == "fr":
        return rng.choice(["01 99 00 %02d %02d", "+33 1 99 00 %02d %02d"]) % (rng.randint(0, 99), rng.randint(0, 99))
    cc = CC.get(kind, "49")
    area = rng.choice(["30", "40", "89", "21", "11", "2", "3", "22", "61"])
    return "+%s %s 555 01%s" % (cc, area, xx)


def phone_for(rng, lang):
    if lang == "en":
        return phone(rng, rng.choice(["us", "us", "us", "uk"]))
    if lang == "fr":
        return phone(rng, "fr")
    return phone(rng, lang)


def wa_number(rng):
    if rng.random() < 0.6:
        return "1%s55501%02d" % (rng.choice(["202", "415", "646", "305"]), rng.randint(0, 99))
    return "447700900%03d" % rng.randint(0, 999)


# ------------------------------------------------------------------ obfuscation
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "B": "В", "E": "Е", "K": "К",
        "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х", "S": "Ѕ", "l": "ӏ"}
LEET = {"o": "0", "O": "0", "i": "1", "I": "1", "e": "3", "E": "3", "a": "@", "s": "$", "S": "$", "l": "1"}


def zw(rng, w):
    out = ""
    for i, c in enumerate(w):
        out += c
        if i < len(w) - 1 and rng.random() < 0.6:
            out += rng.choice(ZW)
    return out


def homoglyph(rng, w):
    out = "".join(HOMO[c] if c in HOMO and rng.random() < 0.5 else c for c in w)
    if out == w:
        for i, c in enumerate(w):
            if c in HOMO:
                return w[:i] + HOMO[c] + w[i + 1:]
    return out


def spaced(rng, w):
    return rng.choice([" ", ".", " ", "-", "_"]).join(w) if rng.random() < 0.8 else " ".join(w)


def leet(rng, w):
    out = "".join(LEET[c] if c in LEET and rng.random() < 0.6 else c for c in w)
    if out == w:
        for i, c in enumerate(w):
            if c in LEET:
                return w[:i] + LEET[c] + w[i + 1:]
    return out


# ------------------------------------------------------------------ fill-in
NONLATIN = ("ru", "uk", "ja", "zh", "ko", "ar", "he", "hi", "th")


def _latin_mismatch(m):
    return m.rcpt.lang in NONLATIN and m.lang != m.rcpt.lang


def _cached(m, key, fn):
    c = m.__dict__.setdefault("_fillcache", {})
    if key not in c:
        c[key] = fn()
    return c[key]


class _F:
    def __init__(self, fn):
        self.fn = fn

    def __format__(self, spec):
        return self.fn(spec)

    def __str__(self):
        return self.fn("")


class Fill(dict):
    """Lazy mapping for str.format_map: {first}, {rand:100-900}, {ref:8}, {zw:PayPal}, {url}, {phone} ..."""

    def __init__(self, m, **extra):
        super().__init__()
        self.m = m
        self.extra = extra

    def __missing__(self, key):
        m = self.m
        rng = m.rng
        if key in self.extra:
            v = self.extra[key]
            return _F(lambda spec, v=v: v) if not callable(v) else _F(v)
        ev = getattr(m, "ev", None)
        simple = {
            "first": lambda s: m.rcpt.first if not _latin_mismatch(m) else m.rcpt.first_lat.capitalize(),
            "name": lambda s: m.rcpt.display if not _latin_mismatch(m) else m.rcpt.latin, "email": lambda s: m.rcpt_addr,
            "user": lambda s: m.rcpt_addr.split("@")[0], "domain": lambda s: m.rcpt_addr.split("@")[1],
            "sname": lambda s: m.from_name or "", "sfirst": lambda s: (m.from_name or "").split(" ")[0],
            "url": lambda s: m.link, "url2": lambda s: getattr(m, "link2", m.link), "phone": lambda s: m.phone,
            "day": lambda s: day_text(m.lang, ev["start"]), "time": lambda s: hm(ev["start"], m.lang),
            "when": lambda s: when_text(m.lang, ev["start"], ev.get("end")),
            "year": lambda s: str(m.arrival.year), "rcptdomain": lambda s: m.rcpt_addr.split("@")[1],
            "deadline": lambda s: day_text(m.lang, (m.arrival + dt.timedelta(days=int(s or 2))).date()),
            "rand": lambda s: str(rng.randint(*map(int, s.split("-")))),
            "ref": lambda s: alnum(rng, int(s or 8), string.ascii_uppercase + string.digits),
            "bref": lambda s: _cached(m, "bref" + s, lambda: alnum(rng, int(s or 6), "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "digits": lambda s: "".join(rng.choice(string.digits) for _ in range(int(s or 6))),
            "hex": lambda s: hexid(rng, int(s or 8)), "lower": lambda s: alnum(rng, int(s or 8), string.ascii_lowercase + string.digits),
            "zw": lambda s: zw(rng, s), "hg": lambda s: homoglyph(rng, s), "sp": lambda s: spaced(rng, s), "l33t": lambda s: leet(rng, s),
            "pick": lambda s: rng.choice(s.split("|")),
            "money": lambda s: "%d.%02d" % (rng.randint(*map(int, s.split("-"))), rng.choice([0, 0, 49, 90, 95, 99, rng.randint(1, 98)])),
            "moneyc": lambda s: ("%d,%02d" % (rng.randint(*map(int, s.split("-"))), rng.choice([0, 0, 49, 90, 95, 99, rng.randint(1, 98)]))),
        }
        if key in simple:
            return _F(simple[key])
        raise KeyError(key)


def fill(m, text, **extra):
    if text is None:
        return None
    return text.format_map(Fill(m, **extra))


WD = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def align_rrule(ev):
    """Move DTSTART onto the first occurrence of its RRULE, as calendar clients do."""
    rr = ev.get("rrule")
    if not rr:
        return
    parts = dict(p.split("=", 1) for p in rr.split(";") if "=" in p)
    start = ev["start"]
    dur = (ev["end"] - start) if ev.get("end") is not None else None
    freq = parts.get("FREQ")
    new = start
    if freq == "WEEKLY" and "BYDAY" in parts:
        days = [WD.index(d[-2:]) for d in parts["BYDAY"].split(",")]
        for k in range(7):
            cand = start + dt.timedelta(days=k)
            if cand.weekday() in days:
                new = cand
                break
    elif freq == "MONTHLY" and "BYMONTHDAY" in parts:
        d = int(parts["BYMONTHDAY"].split(",")[0])
        y, mo = start.year, start.month
        if start.day > d:
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        new = start.replace(year=y, month=mo, day=d)
    elif freq == "MONTHLY" and "BYDAY" in parts:
        spec = parts["BYDAY"]
        n, wd = int(spec[:-2]), WD.index(spec[-2:])
        y, mo = start.year, start.month
        for _ in range(3):
            first = start.replace(year=y, month=mo, day=1)
            off = (wd - first.weekday()) % 7
            cand = first + dt.timedelta(days=off + 7 * (n - 1))
            if cand.month == mo and cand.date() >= start.date():
                new = cand
                break
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    ev["start"] = new
    if dur is not None:
        ev["end"] = new + dur
