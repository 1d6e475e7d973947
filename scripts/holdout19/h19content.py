"""Turns a (label, category, language, text entry, client) plan item into an event, a sender and a recipient."""
import datetime as dt
import re
import unicodedata
import uuid

from h19util import fill, UTC, utc_to_local, local_to_utc
from h19ident import (NAMES, ORGS, LANG_TZ, FREE_SMTP, alnum, hexrand, person, first_name, b64rand)
import h19send

CAL = ["google", "exchange", "outlook", "icloud", "thunderbird", "nextcloud", "zimbra", "yahoo", "sogo", "tool", "mailman"]
CORP = ["google", "exchange", "outlook", "thunderbird", "nextcloud", "zimbra", "sogo"]
PERS = ["google", "icloud", "yahoo", "thunderbird", "outlook", "exchange", "nextcloud"]
SVC = ["booking", "tool", "google", "exchange", "outlook", "zimbra", "nextcloud", "sogo"]

SPAM_CLIENTS = {
    "retail-sale-wave": CAL, "prize-survey-giftcard": CAL + ["booking"], "crypto-investment": CAL + ["zoom"],
    "dating-sextortion": CAL, "fee-scam": CAL + ["booking"], "credential-phish": CAL + ["booking"],
    "callback-scam": CAL + ["booking"], "fake-update-clickfix": CAL + ["zoom"],
    "bec": ["google", "exchange", "outlook", "icloud", "thunderbird", "zimbra", "yahoo", "sogo", "tool"],
    "advance-fee": CAL, "task-job-scam": CAL + ["zoom"],
    "doc-share-compromised": ["google", "exchange", "outlook", "thunderbird", "nextcloud", "zimbra", "sogo", "tool", "mailman"],
    "nagging-payload": CAL, "mass-invite": [c for c in CAL if c != "mailman"],
}


def allowed_clients(label, cat, T):
    ex = T.get("ex", {})
    if ex.get("zoom"):
        return ["zoom"]
    if ex.get("list"):
        return ["mailman"]
    if label == "spam":
        return SPAM_CLIENTS[cat]
    if ex.get("teams"):
        return ["exchange"]
    if ex.get("meet"):
        return ["google"]
    if cat == "reply-cancel":
        return ["google", "exchange", "outlook", "icloud", "thunderbird", "nextcloud", "zimbra", "yahoo", "sogo"]
    if cat == "forwarded-invite":
        return ["exchange", "outlook", "thunderbird", "icloud", "zimbra", "sogo", "yahoo"]
    if ex.get("brand"):
        return SVC
    if ex.get("internal"):
        return CORP
    if ex.get("personal_biz"):
        return ["google", "icloud", "yahoo", "outlook", "thunderbird"]
    if cat in ("community-series", "personal-family"):
        return PERS + ["tool", "mailman"] if cat == "community-series" else PERS
    if ex.get("mass") is not None:
        return ["google", "exchange", "outlook", "zimbra", "tool", "nextcloud", "sogo", "booking"]
    return CORP + ["tool", "icloud", "yahoo"]


# ------------------------------------------------------------------ small generators
TLDS = ["top", "xyz", "online", "site", "shop", "click", "info", "live", "icu", "cfd", "sbs", "buzz", "com", "net",
        "co", "app", "store", "support", "lat", "vip", "pro", "life", "world"]
TOK = {
    "retail-sale-wave": ["outlet", "sale", "shop", "store", "deals", "clearance", "factory", "mall", "official", "brand", "style"],
    "prize-survey-giftcard": ["reward", "gift", "survey", "claim", "winner", "promo", "bonus", "prize", "member", "perks"],
    "crypto-investment": ["trade", "coin", "btc", "wallet", "ai", "quant", "capital", "invest", "fx", "chain", "yield"],
    "dating-sextortion": ["date", "meet", "love", "flirt", "chat", "local", "singles", "hot", "hookup"],
    "fee-scam": ["track", "parcel", "delivery", "toll", "pay", "redelivery", "customs", "post", "fine", "refund", "notice"],
    "credential-phish": ["secure", "login", "verify", "account", "auth", "sso", "portal", "id", "session", "update"],
    "fake-update-clickfix": ["update", "teams", "zoom", "download", "client", "meet", "app", "install", "patch", "cdn"],
    "doc-share-compromised": ["docs", "share", "file", "view", "cloud", "drive", "doc", "secure", "transfer"],
    "nagging-payload": ["casino", "spin", "rx", "keto", "slots", "bet", "pharma", "med", "fit"],
    "mass-invite": ["casino", "bonus", "bet", "rich", "cash", "win", "seo"],
    "task-job-scam": ["task", "job", "work", "earn", "mall", "hire", "remote"],
    "callback-scam": ["help", "support"], "bec": ["pay", "invoice"], "advance-fee": ["fund"],
}
BRAND_TOK = {"microsoft": ["office365", "msonline", "m365", "outlook", "microsoft-sso", "rnicrosoft", "ms-auth"],
             "docusign": ["docusign", "docsign", "dsign", "docu-sign", "esign"],
             "paypal": ["paypal", "paypa1", "pp-resolution", "paypal-case"],
             "adobe": ["adobe", "acrobat", "adobe-cloud", "pdf-share"], "dropbox": ["dropbox", "dbx", "drop-box"],
             "bank": ["secure-bank", "online-banking", "netbank", "bank-verify"], "gov": ["gov-refund", "tax-portal", "e-gov", "digid"],
             "amazon": ["amazon-jp", "amzn", "amazon-account"], "naver": ["naver-nid", "nid-naver", "naver-secure"]}


def spam_url(rng, cat, brand=None):
    r = rng.random()
    name = alnum(rng, rng.randint(6, 12), "abcdefghijklmnopqrstuvwxyz")
    if r < 0.33 and cat not in ("retail-sale-wave", "nagging-payload", "mass-invite"):
        return rng.choice([
            "https://storage.googleapis.com/%s/%s.html" % (name, alnum(rng, 8)),
            "https://%s.web.app/?ref=%s" % (name, alnum(rng, 6)),
            "https://%s.pages.dev/%s" % (name, alnum(rng, 10)),
            "https://pub-%s.r2.dev/%s.html" % (hexrand(rng, 32), alnum(rng, 6)),
            "https://%s.%s.workers.dev/" % (name, alnum(rng, 7, "abcdefghijklmnopqrstuvwxyz")),
            "https://ipfs.io/ipfs/bafybei%s" % alnum(rng, 52, "abcdefghijklmnopqrstuvwxyz234567"),
            "https://%s.blob.core.windows.net/%s/index.html" % (name, alnum(rng, 5)),
            "https://sites.google.com/view/%s" % name,
            "https://forms.gle/%s" % alnum(rng, 17, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ123456789"),
            "https://bit.ly/%s" % alnum(rng, 7, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ123456789"),
            "https://%s.wixsite.com/%s" % (name, alnum(rng, 6)),
            "https://%s.notion.site/%s-%s" % (name, alnum(rng, 6), hexrand(rng, 32)),
            "https://qrco.de/%s" % alnum(rng, 6, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ123456789"),
            "https://%s.firebaseapp.com/%s" % (name, alnum(rng, 5)),
        ])
    toks = BRAND_TOK.get(brand) or TOK.get(cat, ["web"])
    t1 = rng.choice(toks)
    t2 = rng.choice(TOK.get(cat, ["online"]) + ["online", "center", "hub", "us", "now", "24", "help"])
    if t1 == t2:
        t2 = "online"
    dom = rng.choice(["%s-%s", "%s%s", "%s-%s", "%s.%s"]) % (t1, t2) + "." + rng.choice(TLDS)
    path = rng.choice(["/%s" % alnum(rng, 8), "/?id=%s" % alnum(rng, 10), "/r/%s" % alnum(rng, 6),
                       "/%s/%s.php" % (alnum(rng, 4), rng.choice(["index", "login", "verify", "pay", "go"])),
                       "/#%s" % b64rand(rng, 18).replace("/", "_").replace("+", "-").rstrip("="), ""])
    return "https://" + dom + path


def phone(rng, lang, tollfree=False):
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if lang == "en":
        if tollfree or rng.random() < 0.5:
            return "+1 (%s) %s-%s" % (rng.choice(["888", "877", "866", "855", "844", "833"]), d(3), d(4))
        return rng.choice(["+1 (%s) 555-01%s" % (rng.choice(["212", "312", "415", "617", "206"]), d(2)),
                           "+44 20 7946 0%s" % d(3), "+44 161 496 0%s" % d(3)])
    F = {"de": lambda: "+49 %s %s" % (rng.choice(["30", "89", "40", "221", "69"]), d(7)),
         "fr": lambda: "+33 1 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
         "es": lambda: "+34 9%s %s %s %s" % (d(1), d(3), d(2), d(2)),
         "it": lambda: "+39 06 %s" % d(8), "pt": lambda: "+351 21 %s %s" % (d(3), d(4)),
         "nl": lambda: "+31 20 %s %s" % (d(3), d(4)), "pl": lambda: "+48 22 %s %s %s" % (d(3), d(2), d(2)),
         "ru": lambda: "8 800 %s-%s-%s" % (d(3), d(2), d(2)) if tollfree else "+7 495 %s-%s-%s" % (d(3), d(2), d(2)),
         "el": lambda: "+30 210 %s" % d(7), "ar": lambda: "+971 4 %s %s" % (d(3), d(4)),
         "he": lambda: "03-%s-%s" % (d(3), d(4)), "zh": lambda: "400-%s-%s" % (d(3), d(4)),
         "ja": lambda: "0120-%s-%s" % (d(3), d(3)) if tollfree else "03-%s-%s" % (d(4), d(4)),
         "ko": lambda: "1588-%s" % d(4) if tollfree else "02-%s-%s" % (d(4), d(4)),
         "hi": lambda: "+91 98%s %s" % (d(3), d(5)), "th": lambda: "02-%s-%s" % (d(3), d(4)),
         "tr": lambda: "+90 212 %s %s %s" % (d(3), d(2), d(2))}
    return F[lang]()


def mobile(rng, lang):
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    return rng.choice(["+1 (%s) %s-%s" % (d(3), d(3), d(4)), "+44 7%s %s" % (d(3), d(6)), "+62 8%s %s" % (d(2), d(8)),
                       "+234 80%s %s" % (d(2), d(6)), "+63 9%s %s" % (d(2), d(7)), "+27 7%s %s" % (d(1), d(7)),
                       "+44 7%s %s" % (d(3), d(6)), "+1 (%s) %s-%s" % (d(3), d(3), d(4))])


def _num(v, th, dec, decimals=2):
    s = "%.*f" % (decimals, v)
    ip, _, fp = s.partition(".")
    out = ""
    while len(ip) > 3:
        out = th + ip[-3:] + out
        ip = ip[:-3]
    out = ip + out
    return out + (dec + fp if decimals else "")


def amount(rng, lang, mag):
    lo, hi = {"fee": (1.2, 4.99), "mid": (39, 420), "big": (249, 899), "huge": (4800, 49000)}[mag]
    v = round(rng.uniform(lo, hi), 2)
    if lang == "en":
        return rng.choice(["$", "$", "£"]) + _num(v, ",", ".")
    if lang in ("de", "es", "it", "el", "pt"):
        return _num(v, ".", ",") + " €"
    if lang == "fr":
        return _num(v, "\u202f", ",") + " €"
    if lang == "nl":
        return "€ " + _num(v, ".", ",")
    if lang == "pl":
        return _num(v * 4.3, " ", ",") + " zł"
    if lang == "ru":
        return _num(v * 95, " ", ",", 0) + " ₽"
    if lang == "ar":
        return _num(v * 4, ",", ".", 0) + " درهم"
    if lang == "he":
        return "₪" + _num(v * 3.7, ",", ".", 0)
    if lang == "zh":
        return "¥" + _num(v * 7, ",", ".", 1 if mag != "fee" else 2)
    if lang == "ja":
        return _num(v * 150, ",", ".", 0) + "円"
    if lang == "ko":
        return _num(v * 1350, ",", ".", 0) + "원"
    if lang == "hi":
        return "₹" + _num(v * 83, ",", ".", 0)
    if lang == "th":
        return _num(v * 35, ",", ".", 0) + " บาท"
    if lang == "tr":
        return _num(v * 32, ".", ",") + " TL"
    return str(v)


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


TLD_BY_LANG = {"en": ["com", "co.uk", "com"], "de": ["de"], "fr": ["fr"], "es": ["es"], "it": ["it"], "pt": ["pt", "com.br"],
               "nl": ["nl"], "pl": ["pl"], "ru": ["ru"], "el": ["gr"], "ar": ["ae", "com.sa"], "he": ["co.il"],
               "zh": ["cn", "com.cn"], "ja": ["co.jp", "jp"], "ko": ["co.kr", "kr"], "hi": ["in", "co.in"],
               "th": ["co.th"], "tr": ["com.tr"]}
BRAND_DOM = {"さくら歯科クリニック": "sakura-dental.jp", "割烹 花月": "kappo-kagetsu.jp", "서울밝은안과": "seoul-eye.co.kr",
             "ТелекомСервис": "telecomservice.ru", "铁路出行": "tielu-chuxing.cn", "ब्रॉडबैंड सेवा": "broadbandseva.in",
             "จองที่พัก": "jongteepak.co.th", "โรงพยาบาลสุขภาพดี": "sukkapaphdee-hospital.co.th", "خدمة العملاء": "care-telecom.ae"}


def brand_domain(rng, brand, lang):
    if brand in BRAND_DOM:
        return BRAND_DOM[brand]
    s = slug(brand)
    if len(s) < 4:
        s = "svc-" + alnum(rng, 5)
    return "%s.%s" % (s, rng.choice(TLD_BY_LANG[lang]))


def lookalike(rng, dom):
    base, _, tld = dom.partition(".")
    ops = [lambda b: b.replace("l", "1", 1) if "l" in b else b + "s",
           lambda b: b.replace("m", "rn", 1) if "m" in b else b + "-group",
           lambda b: b + rng.choice(["-inc", "-ltd", "-group", "-pay", "-finance", "-invoices"]),
           lambda b: (b[:-2] + b[-1] + b[-2]) if len(b) > 4 else b + "x",
           lambda b: b.replace("-", "") if "-" in b else b + "-co"]
    b = rng.choice(ops)(base)
    t = rng.choice([tld, tld, "com", "co", "net", "com.co", "us"])
    if b == base and t == tld:
        b = base + "-eu"
    return "%s.%s" % (b, t)


def email_local(rng, lang, disp, local):
    return local


def recipient(rng, lang, corp=True, org=None):
    nm, loc = person(rng, lang)
    if org is None:
        if corp:
            org = rng.choice(ORGS[lang])
        else:
            org = (None, rng.choice(["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com"] +
                                    FREE_SMTP[lang]))
    dom = org[1]
    if dom in ("gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com") or org[0] is None:
        loc = loc.replace(".", rng.choice([".", "", "_"])) + rng.choice(["", "", str(rng.randint(1, 99))])
    return dict(name=nm, first=first_name(lang, nm), email="%s@%s" % (loc, dom), domain=dom, org=org[0])


def other_person(rng, lang, dom, exclude=()):
    nm, loc = person(rng, lang, exclude)
    return nm, "%s@%s" % (loc, dom)


def mass_addrs(rng, n, lang):
    out = set()
    doms = [o[1] for l in ORGS for o in ORGS[l]] + ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com",
                                                    "aol.com", "gmx.de", "mail.ru", "qq.com", "naver.com"]
    while len(out) < n:
        l = rng.choice(list(NAMES))
        nm, loc = rng.choice(NAMES[l])
        if rng.random() < 0.5:
            loc = loc.split(".")[0] + rng.choice([".", "_", ""]) + alnum(rng, rng.randint(1, 6), "abcdefghijklmnopqrstuvwxyz0123456789")
        out.add((None, "%s@%s" % (loc, rng.choice(doms))))
    return sorted(out, key=lambda x: x[1])


def wave_addrs(rng, n, rcpt):
    """spam-wave style: many addresses in the same domain, alphabetic neighbours"""
    out = []
    base = rcpt["email"].split("@")[0]
    for i in range(n):
        l = rng.choice(list(NAMES))
        nm, loc = rng.choice(NAMES[l])
        out.append((None, "%s%s@%s" % (loc.split(".")[0][:rng.randint(1, 6)], alnum(rng, rng.randint(2, 5)), rcpt["domain"])))
    return out
