# -*- coding: utf-8 -*-
"""Small generators for invented URLs, phone numbers, amounts and codes."""

B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
AN = "abcdefghijklmnopqrstuvwxyz0123456789"
AU = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
AM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def tok(rng, n=10, chars=AN):
    return "".join(rng.choice(chars) for _ in range(n))


def code(rng, n=6, chars="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(rng.choice(chars) for _ in range(n))


def btc(rng):
    return "bc1q" + "".join(rng.choice(B32) for _ in range(38))


def eth(rng):
    return "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))


def usdt_trc(rng):
    return "T" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789") for _ in range(33))


PHONE = {
    "us": lambda r: "+1 (%d) 555-01%02d" % (r.choice([202, 312, 415, 646, 713, 888, 877, 866, 844, 833, 855]), r.randint(0, 99)),
    "tollfree": lambda r: "+1-%d-555-%04d" % (r.choice([888, 877, 866, 844, 833, 855]), r.randint(100, 199)),
    "uk": lambda r: "+44 20 7946 0%03d" % r.randint(0, 999),
    "de": lambda r: "+49 30 %d %d" % (r.randint(100, 999), r.randint(1000, 9999)),
    "fr": lambda r: "+33 1 %02d %02d %02d %02d" % tuple(r.randint(10, 99) for _ in range(4)),
    "es": lambda r: "+34 91 %03d %02d %02d" % (r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)),
    "it": lambda r: "+39 02 %04d %04d" % (r.randint(1000, 9999), r.randint(1000, 9999)),
    "pt": lambda r: "+55 11 9%04d-%04d" % (r.randint(1000, 9999), r.randint(1000, 9999)),
    "nl": lambda r: "+31 20 %03d %04d" % (r.randint(100, 999), r.randint(1000, 9999)),
    "pl": lambda r: "+48 22 %03d %02d %02d" % (r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)),
    "tr": lambda r: "+90 212 %03d %02d %02d" % (r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)),
    "ru": lambda r: "+7 495 %03d-%02d-%02d" % (r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)),
    "el": lambda r: "+30 210 %03d %04d" % (r.randint(100, 999), r.randint(1000, 9999)),
    "ar": lambda r: "+966 11 %03d %04d" % (r.randint(100, 999), r.randint(1000, 9999)),
    "he": lambda r: "+972 3-%03d-%04d" % (r.randint(100, 999), r.randint(1000, 9999)),
    "zh": lambda r: "+86 10 %04d %04d" % (r.randint(1000, 9999), r.randint(1000, 9999)),
    "zh-tw": lambda r: "+886 2 %04d %04d" % (r.randint(1000, 9999), r.randint(1000, 9999)),
    "ja": lambda r: "03-%04d-%04d" % (r.randint(1000, 9999), r.randint(1000, 9999)),
    "ko": lambda r: "02-%03d-%04d" % (r.randint(100, 999), r.randint(1000, 9999)),
    "hi": lambda r: "+91 22 %04d %04d" % (r.randint(1000, 9999), r.randint(1000, 9999)),
    "th": lambda r: "+66 2 %03d %04d" % (r.randint(100, 999), r.randint(1000, 9999)),
    "en": lambda r: "+1 (%d) 555-01%02d" % (r.choice([202, 312, 415, 617, 646, 713, 206]), r.randint(0, 99)),
}


def phone(rng, kind="en"):
    return PHONE.get(kind, PHONE["en"])(rng)


def mobile(rng, kind="en"):
    if kind in ("en", "us"):
        return "+1 %d 555 01%02d" % (rng.choice([347, 929, 917, 213]), rng.randint(0, 99))
    return phone(rng, kind)


CUR = {"en": ("$", "{s}{a}"), "de": ("€", "{a} {s}"), "fr": ("€", "{a} {s}"), "es": ("€", "{a} {s}"), "it": ("€", "{a} {s}"),
       "pt": ("R$", "{s} {a}"), "nl": ("€", "{s} {a}"), "pl": ("zł", "{a} {s}"), "tr": ("TL", "{a} {s}"), "ru": ("₽", "{a} {s}"),
       "el": ("€", "{a} {s}"), "ar": ("ر.س", "{a} {s}"), "he": ("₪", "{s}{a}"), "zh": ("¥", "{s}{a}"), "zh-tw": ("NT$", "{s}{a}"),
       "ja": ("円", "{a}{s}"), "ko": ("원", "{a}{s}"), "hi": ("₹", "{s}{a}"), "th": ("บาท", "{a} {s}")}


def money(rng, lang, lo, hi, cents=True):
    s, f = CUR.get(lang, CUR["en"])
    scale = {"ja": 150, "ko": 1300, "ru": 90, "tr": 30, "th": 35, "hi": 80, "zh": 7, "zh-tw": 30, "pt": 5, "pl": 4,
             "ar": 3.75, "he": 3.7}.get(lang, 1)
    v = rng.uniform(lo, hi) * scale
    if cents and lang not in ("ja", "ko"):
        a = "%.2f" % v
        if lang in ("de", "fr", "es", "it", "pt", "nl", "pl", "ru", "el", "tr"):
            a = a.replace(".", ",")
    else:
        a = "{:,}".format(int(v))
    return f.format(s=s, a=a)


WORDS = ["secure", "verify", "portal", "account", "support", "update", "online", "service", "center", "access",
         "login", "auth", "billing", "review", "notice", "docs", "share", "files", "cloud", "client"]
TLDS_BAD = ["top", "xyz", "online", "shop", "click", "icu", "buzz", "live", "site", "info", "store", "sbs", "cfd", "rest",
            "cyou", "lat", "bond", "quest", "best", "com", "net", "org", "co", "app", "link", "support", "io"]


def bad_domain(rng, brand=None, words=None):
    w = words or WORDS
    b = brand or rng.choice(["acct", "my", "go", "help", "id", "e"])
    pattern = rng.choice(["{b}-{w}.{t}", "{w}-{b}.{t}", "{b}{w}{n}.{t}", "{b}-{w}-{w2}.{t}", "{w}.{b}-{w2}.{t}"])
    return pattern.format(b=b, w=rng.choice(w), w2=rng.choice(w), n=rng.randint(1, 99), t=rng.choice(TLDS_BAD))


def abuse_url(rng, kind=None):
    kind = kind or rng.choice(["gcs", "webapp", "pages", "r2", "sites", "forms", "short", "ipfs", "blob", "notion", "canva",
                               "docs", "sway", "firebase", "weebly", "wix", "glitch", "github"])
    t = tok
    return {
        "gcs": lambda: "https://storage.googleapis.com/%s/%s.html" % (t(rng, 12), t(rng, 8)),
        "webapp": lambda: "https://%s-%s.web.app/" % (t(rng, 6), t(rng, 5)),
        "pages": lambda: "https://%s.pages.dev/%s" % (t(rng, 9), t(rng, 6)),
        "r2": lambda: "https://pub-%s.r2.dev/%s.html" % (t(rng, 32, "0123456789abcdef"), t(rng, 7)),
        "sites": lambda: "https://sites.google.com/view/%s-%s/home" % (t(rng, 7), t(rng, 4)),
        "forms": lambda: "https://forms.gle/%s" % t(rng, 17, AM),
        "short": lambda: rng.choice(["https://bit.ly/", "https://t.ly/", "https://tinyurl.com/", "https://rb.gy/", "https://is.gd/"]) + t(rng, 7, AM),
        "ipfs": lambda: "https://ipfs.io/ipfs/bafybei%s?filename=index.html" % t(rng, 52, "abcdefghijklmnopqrstuvwxyz234567"),
        "blob": lambda: "https://%s.blob.core.windows.net/%s/index.html?sp=r&sig=%s" % (t(rng, 12), t(rng, 6), t(rng, 24, AM)),
        "notion": lambda: "https://%s.notion.site/%s-%s" % (t(rng, 8), t(rng, 8, AM), t(rng, 32, "0123456789abcdef")),
        "canva": lambda: "https://%s.my.canva.site/%s" % (t(rng, 9), t(rng, 6)),
        "docs": lambda: "https://docs.google.com/presentation/d/e/2PACX-1v%s/pub" % t(rng, 80, AM + "-_"),
        "sway": lambda: "https://sway.cloud.microsoft/%s?ref=Link" % t(rng, 16, AM),
        "firebase": lambda: "https://%s-%s.firebaseapp.com/#%s" % (t(rng, 7), t(rng, 5), t(rng, 10, AM)),
        "weebly": lambda: "https://%s%d.weebly.com/" % (t(rng, 8), rng.randint(1, 999)),
        "wix": lambda: "https://%s.wixsite.com/%s" % (t(rng, 9), t(rng, 6)),
        "glitch": lambda: "https://%s-%s.glitch.me/" % (t(rng, 6), t(rng, 6)),
        "github": lambda: "https://%s.github.io/%s/" % (t(rng, 8), t(rng, 5)),
    }[kind]()


def path(rng, words=("login", "verify", "session", "auth", "doc", "view", "pay", "claim", "track", "s", "r", "c")):
    return "/%s/%s" % (rng.choice(words), tok(rng, rng.randint(6, 22), AM))
