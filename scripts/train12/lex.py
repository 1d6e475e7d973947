"""Small lexical helpers: phone numbers, money, junk and look-alike domains, URLs."""

CUR = {"en": ("$", ""), "de": ("", " €"), "fr": ("", " €"), "es": ("", " €"), "it": ("€ ", ""), "pt": ("R$ ", ""),
       "nl": ("€ ", ""), "pl": ("", " zł"), "ru": ("", " ₽"), "el": ("", " €"), "ar": ("", " ر.س"), "he": ("₪", ""),
       "zh": ("¥", ""), "zh-tw": ("NT$", ""), "ja": ("", "円"), "ko": ("", "원"), "hi": ("₹", ""), "th": ("", " บาท"),
       "tr": ("", " TL")}
DEC_COMMA = {"de", "fr", "es", "it", "pt", "nl", "pl", "ru", "el", "tr"}


def money(r, lang, lo, hi, cents=True, cur=None):
    v = r.uniform(lo, hi)
    if lang in ("ja", "ko"):
        s = "{:,}".format(int(v))
    elif cents:
        s = "%.2f" % v
        if lang in DEC_COMMA:
            s = s.replace(".", ",")
    else:
        s = "{:,}".format(int(v))
        if lang in DEC_COMMA:
            s = s.replace(",", ".")
    p, q = cur or CUR.get(lang, ("$", ""))
    return p + s + q


def phone(r, cc="us"):
    if cc == "us":
        return "+1 (%s) 555-01%02d" % (r.choice(["800", "833", "844", "855", "866", "877", "888", "213", "312", "646", "718"]), r.randint(0, 99))
    if cc == "us-plain":
        return "1-%s-555-01%02d" % (r.choice(["800", "833", "844", "855", "866", "877", "888"]), r.randint(0, 99))
    if cc == "uk":
        return r.choice(["+44 20 7946 0%03d", "+44 113 496 0%03d", "+44 7700 900%03d"]) % r.randint(0, 999)
    if cc == "de":
        return "+49 30 23125 %03d" % r.randint(0, 999)
    if cc == "fr":
        return "+33 1 99 00 %02d %02d" % (r.randint(0, 99), r.randint(0, 99))
    if cc == "au":
        return "+61 491 570 %03d" % r.randint(0, 999)
    codes = {"es": "+34 9%d", "it": "+39 02 %d", "nl": "+31 20 %d", "pt": "+351 21 %d", "br": "+55 11 9%d",
             "pl": "+48 22 %d", "ru": "+7 495 %d", "el": "+30 21 %d", "ar": "+966 5%d", "ae": "+971 5%d",
             "he": "+972 5%d", "zh": "+86 10 %d", "zh-tw": "+886 2 %d", "hk": "+852 %d", "ja": "+81 3 %d",
             "ko": "+82 2 %d", "hi": "+91 9%d", "th": "+66 2 %d", "tr": "+90 212 %d", "ng": "+234 80%d",
             "mx": "+52 55 %d", "at": "+43 1 %d", "ch": "+41 44 %d", "be": "+32 2 %d"}
    f = codes.get(cc, "+1 (%s) 555-01%%02d" % "800")
    return f % r.randint(1000000, 9999999) if "%d" in f else f


LANG_CC = {"en": "us", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl", "pl": "pl",
           "ru": "ru", "el": "el", "ar": "ar", "he": "he", "zh": "zh", "zh-tw": "zh-tw", "ja": "ja", "ko": "ko",
           "hi": "hi", "th": "th", "tr": "tr"}

JUNK_W1 = ["best", "top", "mega", "smart", "prime", "royal", "fast", "gold", "lucky", "happy", "shop", "deal", "win",
           "vip", "global", "secure", "easy", "pro", "trend", "nova", "luxe", "zen", "alpha", "bright"]
JUNK_W2 = ["outlet", "store", "sale", "deals", "market", "zone", "hub", "point", "center", "online", "world", "club",
           "bay", "mart", "depot", "plaza", "boutique", "express", "spot", "link"]
BAD_TLDS = ["top", "xyz", "shop", "online", "site", "icu", "click", "live", "store", "buzz", "cyou", "sbs", "rest",
            "monster", "cfd", "info", "biz", "life", "pw", "work", "fun", "space", "best", "today"]


def junk_domain(r, words=None):
    w = words or [r.choice(JUNK_W1), r.choice(JUNK_W2)]
    sep = r.choice(["", "", "-"])
    num = str(r.randint(1, 99)) if r.random() < 0.3 else ""
    return "%s%s%s%s.%s" % (w[0], sep, w[1], num, r.choice(BAD_TLDS))


def rand_domain(r):
    return "%s%s.%s" % (r.lower(r.randint(5, 9)).translate(str.maketrans("0123456789", "aeiouaeiou")),
                        r.choice(["", str(r.randint(1, 9))]), r.choice(BAD_TLDS + ["com", "net", "org", "co"]))


def lookalike(r, brand):
    b = brand.lower().replace(" ", "")
    opts = [
        "%s-%s.com" % (b, r.choice(["secure", "support", "verify", "account", "billing", "docs", "online", "services", "portal", "notice"])),
        "%s%s.%s" % (b, r.choice(["-login", "-auth", "-id", "365", "-mail", "-help", "-center"]), r.choice(["com", "net", "co", "app", "online", "live"])),
        "%s.%s-%s.%s" % (r.choice(["account", "secure", "login", "my"]), b, r.choice(["verify", "notice", "check", "service"]), r.choice(["com", "info", "top", "site"])),
        "%s%s.com" % (b.replace("o", "0", 1) if "o" in b else b.replace("i", "1", 1) if "i" in b else b + "s", r.choice(["", "-inc", "-team"])),
        "%s-%s.%s" % (r.choice(["my", "go", "get", "e"]), b, r.choice(["com", "net", "org", "info", "help"])),
    ]
    return r.choice(opts)


def company_lookalike(r, domain):
    name, tld = domain.split(".", 1)
    opts = []
    if len(name) > 5:
        i = r.randint(1, len(name) - 2)
        opts.append(name[:i] + name[i + 1:] + "." + tld)          # drop a letter
        opts.append(name[:i] + name[i] + name[i:] + "." + tld)     # double a letter
    opts.append(name.replace("l", "I", 1).lower() if False else name.replace("m", "rn", 1) + "." + tld)
    opts.append(name + "." + r.choice(["co", "net", "org", "us", "com.co", "cam"]) if tld != "co" else name + ".com")
    opts.append(name + "-" + r.choice(["inc", "group", "corp", "ltd", "hq"]) + "." + tld)
    opts.append(name.replace("-", "") + "." + tld if "-" in name else name[:3] + "-" + name[3:] + "." + tld)
    o = [x for x in opts if x != domain]
    return r.choice(o)


def hosted_url(r, kind=None):
    kind = kind or r.choice(["gcs", "workers", "pages", "webapp", "r2", "blob", "ipfs", "firebase", "azureweb", "notion", "forms", "canva", "s3"])
    p = r.lower(8)
    if kind == "gcs":
        return "https://storage.googleapis.com/%s-%s/%s.html" % (r.lower(6), r.lower(4), r.choice(["index", "view", "doc", "secure", "auth"]))
    if kind == "workers":
        return "https://%s.%s.workers.dev/%s" % (r.lower(7), r.lower(6), r.choice(["", "?id=" + r.hex(12), "auth", "v/" + r.lower(6)]))
    if kind == "pages":
        return "https://%s-%s.pages.dev/" % (r.lower(6), r.lower(5))
    if kind == "webapp":
        return "https://%s-%s.web.app/%s" % (r.lower(6), r.digits(4), r.choice(["", "#" + r.lower(6), "login"]))
    if kind == "r2":
        return "https://pub-%s.r2.dev/%s.html" % (r.hex(32), r.lower(6))
    if kind == "blob":
        return "https://%s.blob.core.windows.net/%s/%s.html" % (r.lower(10), r.lower(5), r.lower(8))
    if kind == "ipfs":
        return "https://ipfs.io/ipfs/bafybei%s" % r.lower(52)
    if kind == "firebase":
        return "https://%s-%s.firebaseapp.com/" % (r.lower(7), r.lower(4))
    if kind == "azureweb":
        return "https://%s-%s.azurewebsites.net/%s" % (r.lower(6), r.lower(5), r.lower(5))
    if kind == "notion":
        return "https://%s.notion.site/%s-%s" % (r.lower(8), r.choice(["Document", "Shared-File", "Invoice", "Secure-View"]), r.hex(32))
    if kind == "forms":
        return "https://docs.google.com/forms/d/e/1FAIpQLS%s/viewform" % r.alnum(50)
    if kind == "canva":
        return "https://www.canva.com/design/DAF%s/%s/view" % (r.alnum(8), r.alnum(22))
    return "https://%s.s3.%s.amazonaws.com/%s.html" % (r.lower(9), r.choice(["us-east-1", "eu-west-2", "ap-south-1"]), r.lower(7))


def short_url(r):
    return r.choice(["https://bit.ly/%s", "https://t.ly/%s", "https://tinyurl.com/%s", "https://is.gd/%s",
                     "https://rb.gy/%s", "https://cutt.ly/%s", "https://shorturl.at/%s"]) % r.alnum(r.randint(5, 8))


def track_path(r):
    return r.choice(["/?id=%s" % r.hex(10), "/r/%s" % r.alnum(10), "/%s/%s" % (r.lower(4), r.alnum(12)),
                     "/c/%s?u=%s" % (r.alnum(8), r.hex(8)), "/landing?ref=cal&uid=%s" % r.digits(7), "/l/%s" % r.alnum(14)])


def btc(r):
    return "bc1q" + r.lower(38)


def eth(r):
    return "0x" + r.hex(40)


def iban(r, cc="DE"):
    lens = {"DE": 18, "GB": 18, "FR": 23, "ES": 20, "IT": 23, "NL": 14, "BE": 12, "PT": 21, "PL": 24, "LT": 16, "HK": 12, "AE": 19, "JP": 12}
    n = lens.get(cc, 18)
    if cc == "NL":
        return "NL%02d %s %s %s %s" % (r.randint(10, 99), r.choice(["ABNA", "INGB", "RABO", "BUNQ", "KNAB"]), r.digits(4), r.digits(4), r.digits(2))
    if cc == "GB":
        return "GB%02d %s %s %s %s %s" % (r.randint(10, 99), r.choice(["BARC", "LOYD", "MIDL", "REVO", "MONZ"]), r.digits(4), r.digits(4), r.digits(4), r.digits(2))
    d = r.digits(n)
    s = cc + "%02d" % r.randint(10, 99) + d
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
