# -*- coding: utf-8 -*-
"""Turn a scenario + client + arrival date into a concrete message description."""
import base64
import datetime as dt
import re

from . import core, world, auth
from .world import latin

SPAM_TLDS = ["com", "com", "net", "info", "online", "top", "xyz", "co", "shop", "support", "app", "site",
             "live", "click", "icu", "cfd", "sbs", "pro", "org", "us", "io"]
HAM_TLDS = ["example", "example", "example", "com", "com", "net", "org", "io", "co", "app", "online"]
CC_TLD = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "com.br", "nl": "nl", "pl": "pl", "ru": "ru",
          "el": "gr", "ar": "sa", "he": "co.il", "zh": "cn", "ja": "co.jp", "ko": "co.kr", "hi": "in",
          "th": "co.th", "en": "co.uk"}

WORDS = ["secure", "verify", "support", "account", "online", "portal", "help", "care", "service", "center",
         "update", "login", "auth", "id", "info", "notice", "pay", "billing", "access", "docs", "cloud", "team"]


class M:
    """Plain attribute bag describing one message."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


class Fill(dict):
    def __missing__(self, key):
        raise KeyError("unknown placeholder {%s}" % key)


def slug(name):
    s = latin(name)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


# --------------------------------------------------------------------- URLs
def _rand_word(rng):
    return rng.choice(["nova", "prime", "zen", "vista", "alpha", "luma", "axis", "orbit", "pulse", "terra",
                       "quant", "vertex", "delta", "hyper", "nexa", "opti", "fluxo", "mira", "sola", "kairo"])


def brand_domain(rng, brand, lang):
    b = brand.lower().replace(" ", "")
    pat = rng.randint(0, 6)
    w = rng.choice(WORDS)
    tld = rng.choice(SPAM_TLDS)
    if pat == 0:
        base = "%s-%s" % (b, w)
    elif pat == 1:
        base = "%s-%s" % (w, b)
    elif pat == 2:
        base = "%s%s%d" % (b, w, rng.randint(1, 99))
    elif pat == 3:
        base = "%s-%s-%s" % (b, w, rng.choice(WORDS))
    elif pat == 4:
        base = "my%s-%s" % (b, w)
    elif pat == 5:
        base = "%s%s" % (b, rng.choice(["-" + lang, "-global", "-intl", "-us", "-eu", "hq", "24"]))
    else:
        base = "%s-%s" % (_rand_word(rng), w)
    return "%s.%s" % (base, tld)


def spam_url(rng, uk, brand, lang, email_addr, year):
    p = lambda n=8: core.alnum(rng, n, "abcdefghijklmnopqrstuvwxyz0123456789")
    brand = brand or "secure"
    e64 = base64.b64encode(email_addr.encode()).decode().rstrip("=")
    if uk == "shop":
        tld = rng.choice(["shop", "store", "top", "xyz", "com", "online", "site", "club", "vip", "sale"])
        host = "%s%s.%s" % (brand, rng.choice(["-outlet", "-sale", "store", "-official", "-clearance", "deals", "-uk", "-de"]), tld)
        return "https://%s/%s" % (host, rng.choice(["?cid=%s" % p(6), "sale/%s" % p(5), "index.php?u=%s" % p(10), ""]))
    if uk == "lure":
        opts = [
            lambda: "https://%s/claim?id=%s" % (brand_domain(rng, brand, lang), p(12)),
            lambda: "https://sites.google.com/view/%s-%s/home" % (brand, p(6)),
            lambda: "https://%s-%s.web.app/?r=%s" % (brand, p(5), p(6)),
            lambda: "https://bit.ly/%s" % core.alnum(rng, 7),
            lambda: "https://%s.%s/survey/%s" % (p(7), rng.choice(["top", "click", "live"]), p(6)),
        ]
        return rng.choice(opts)()
    if uk == "crypto":
        opts = [
            lambda: "https://%s/login?ref=%s" % (brand_domain(rng, brand + "trade", lang), p(6)),
            lambda: "https://app.%s%s.com/register?inv=%s" % (_rand_word(rng), rng.choice(["capital", "fx", "coin", "exch", "markets"]), p(6)),
            lambda: "https://%s-%s.pages.dev/" % (_rand_word(rng), rng.choice(["defi", "mining", "invest"])),
        ]
        return rng.choice(opts)()
    if uk == "dating":
        return "https://%s%s.%s/?p=%s&s=%s" % (rng.choice(["hot", "local", "secret", "sweet", "night", "meet"]),
                                               rng.choice(["girls", "dates", "match", "flirt", "hookup"]),
                                               rng.choice(["date", "love", "club", "fun", "xyz", "top"]), p(6), p(4))
    if uk == "fee":
        opts = [
            lambda: "https://%s/track?id=%s" % (brand_domain(rng, brand, lang), p(10)),
            lambda: "https://%s.%s-%s.top/%s" % (brand, rng.choice(["delivery", "pay", "toll", "redeliver"]), p(4), p(6)),
            lambda: "https://%s-%s.com/pay/%s" % (brand, rng.choice(["tollservices", "redelivery", "customs", "payment"]), p(8)),
        ]
        return rng.choice(opts)()
    if uk == "phish":
        opts = [
            lambda: "https://%s/%s/?email=%s" % (brand_domain(rng, brand, lang), rng.choice(["auth", "login", "signin", "verify", "secure"]), email_addr),
            lambda: "https://pub-%s.r2.dev/%s.html#%s" % (core.hexid(rng, 32), brand, email_addr),
            lambda: "https://storage.googleapis.com/%s-%s/index.html#%s" % (brand, p(6), e64),
            lambda: "https://%s-%s.%s.workers.dev/?e=%s" % (brand, p(5), p(6), e64),
            lambda: "https://ipfs.io/ipfs/bafybei%s/#%s" % (core.alnum(rng, 50, "abcdefghijklmnopqrstuvwxyz234567"), email_addr),
            lambda: "https://www.google.com/url?q=https://%s/%s&sa=D&source=calendar" % (brand_domain(rng, brand, lang), p(8)),
            lambda: "https://%s.firebaseapp.com/?u=%s" % (brand + "-" + p(5), e64),
        ]
        return rng.choice(opts)()
    if uk == "file":
        fname = rng.choice(["Teams_Setup_%d.%d.msi" % (rng.randint(1, 25), rng.randint(0, 9)),
                            "ZoomInstallerFull_upd.zip", "WebexPlugin_x64.exe", "ChromeUpdate.zip",
                            "MeetingClient_Update.msi", "AudioDevice_Update.msix"])
        opts = [
            lambda: "https://%s/download/%s" % (brand_domain(rng, brand, lang), fname),
            lambda: "https://www.dropbox.com/scl/fi/%s/%s?rlkey=%s&dl=1" % (p(21), fname, p(25)),
            lambda: "https://%s-%s-%s.trycloudflare.com/%s" % (_rand_word(rng), p(5), p(4), fname),
            lambda: "https://github.com/%s/%s/releases/download/v%d.%d/%s" % (p(9), rng.choice(["updater", "client", "setup"]), rng.randint(1, 4), rng.randint(0, 9), fname),
        ]
        return rng.choice(opts)()
    if uk == "share":
        opts = [
            lambda: "https://%s-my.sharepoint.com/:b:/g/personal/%s/E%s?e=%s" % (p(9), p(10), core.alnum(rng, 40), core.alnum(rng, 6)),
            lambda: "https://docs.google.com/drawings/d/1%s/preview" % core.alnum(rng, 43),
            lambda: "https://www.canva.com/design/DAF%s/view" % core.alnum(rng, 8),
            lambda: "https://%s.notion.site/Document-%s" % (p(8), core.hexid(rng, 32)),
            lambda: "https://forms.office.com/r/%s" % core.alnum(rng, 10),
            lambda: "https://app.box.com/s/%s" % p(32),
            lambda: "https://1drv.ms/b/s!A%s" % core.alnum(rng, 24),
            lambda: "https://%s.%s/%s/?doc=%s" % (p(8), rng.choice(["com", "net", "online", "cloud"]), rng.choice(["share", "viewer", "docs", "secure"]), e64),
        ]
        return rng.choice(opts)()
    if uk == "ad":
        opts = [
            lambda: "https://%s.%s/?ref=cal%s" % (p(7), rng.choice(["top", "xyz", "online", "com", "vip", "bet", "life"]), p(4)),
            lambda: "https://t.ly/%s" % core.alnum(rng, 5),
            lambda: "https://%s%s.com/go/%s" % (_rand_word(rng), rng.choice(["promo", "offer", "bonus", "deal"]), p(6)),
            lambda: "https://linktr.ee/%s%s" % (_rand_word(rng), p(3)),
        ]
        return rng.choice(opts)()
    if uk == "event":
        return "https://%s-%s-%d.%s/%s" % (rng.choice(["world", "global", "intl", "euro"]),
                                           rng.choice(["materials", "science", "nursing", "engineering", "medicine", "expo", "fair"]),
                                           year + 1, rng.choice(["org", "com", "net", "events"]),
                                           rng.choice(["registration", "speakers", "form", "register.php"]))
    return "https://%s/%s" % (brand_domain(rng, brand, lang), p(6))


def meet_url(rng, flavour):
    p = lambda n=8: core.alnum(rng, n, "abcdefghijklmnopqrstuvwxyz")
    if flavour == "teams":
        return ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d"
                % (core.alnum(rng, 48), core.uuid4(rng), core.uuid4(rng)))
    if flavour == "meet":
        return "https://meet.google.com/%s-%s-%s" % (p(3), p(4), p(3))
    if flavour == "zoom":
        return "https://%szoom.us/j/%d?pwd=%s" % (rng.choice(["", "us02web.", "us06web.", "us04web."]),
                                                 rng.randint(81000000000, 89999999999), core.alnum(rng, 32))
    if flavour == "webex":
        return "https://%s.webex.com/%s/j.php?MTID=m%s" % (p(6), p(6), core.hexid(rng, 32))
    if flavour == "jitsi":
        return "https://meet.jit.si/%s%s" % (p(6).capitalize(), p(6).capitalize())
    return "https://%s/call/%s" % (flavour, p(8))


def doc_url(rng, domain, client):
    p = lambda n=8: core.alnum(rng, n)
    tenant = domain.split(".")[0].replace("-", "")
    if client in ("google",):
        return "https://docs.google.com/%s/d/1%s/edit?usp=sharing" % (rng.choice(["document", "spreadsheets", "presentation"]), core.alnum(rng, 43))
    if client == "nextcloud":
        return "https://cloud.%s/s/%s" % (domain, core.alnum(rng, 15))
    opts = [
        lambda: "https://%s.sharepoint.com/:x:/r/sites/%s/Shared%%20Documents/%s?d=w%s&csf=1&web=1" % (
            tenant, rng.choice(["Finance", "Projects", "Team", "Operations"]), rng.choice(["Draft.xlsx", "Plan.docx", "Review.pptx"]), core.hexid(rng, 32)),
        lambda: "https://%s-my.sharepoint.com/:w:/g/personal/%s/E%s?e=%s" % (tenant, core.alnum(rng, 10, "abcdefghijklmnopqrstuvwxyz_"), p(40), p(6)),
        lambda: "https://www.dropbox.com/scl/fi/%s/%s?rlkey=%s&dl=0" % (core.alnum(rng, 21), rng.choice(["draft_v3.pdf", "notes.docx"]), core.alnum(rng, 25)),
        lambda: "https://docs.google.com/document/d/1%s/edit" % core.alnum(rng, 43),
        lambda: "https://intranet.%s/docs/%d" % (domain, rng.randint(1000, 99999)),
    ]
    return rng.choice(opts)()


# --------------------------------------------------------------------- identities
def make_person(rng, lang, domain, style=None):
    disp, fl, ll = world.person(rng, lang)
    return dict(name=disp, email="%s@%s" % (world.localpart(rng, fl, ll, style), domain), domain=domain,
                first=disp.split(" ")[0] if lang not in world.FAMILY_FIRST else disp, latin_first=fl, latin_last=ll)


def typo_domain(rng, domain):
    """Look-alike of a domain: letter swap, doubled letter, extra word or other TLD."""
    parts = domain.split(".")
    label = parts[0]
    rest = ".".join(parts[1:])
    k = rng.randint(0, 5)
    if k == 0 and "l" in label:
        label = label.replace("l", "I" if False else "1", 1)
    elif k == 1 and len(label) > 4:
        i = rng.randint(1, len(label) - 3)
        label = label[:i] + label[i + 1] + label[i] + label[i + 2:]
    elif k == 2:
        i = rng.randint(1, len(label) - 2)
        label = label[:i] + label[i] + label[i:]
    elif k == 3:
        label = label + rng.choice(["-inc", "-group", "-ltd", "-corp", "hq", "-mail"])
    elif k == 4 and "m" in label:
        label = label.replace("m", "rn", 1)
    else:
        rest = rng.choice(["co", "net", "com", "org", "cc"]) if rest != "com" else "co"
    return "%s.%s" % (label.lower(), rest)


ROMAN = {"江南小館": "jiangnan-xiaoguan", "鮨 まつもと": "sushi-matsumoto", "みなとクリニック": "minato-clinic",
         "Ξενοδοχείο Ακρογιάλι": "akrogiali-hotel", "畅行旅行": "changxing-travel", "طيران الواحة": "oasis-air",
         "عيادة الابتسامة": "smile-dental", "Клиника Здоровье": "klinika-zdorovie", "ТехноСервис": "technoservis",
         "مجموعة النخبة": "elite-group", "华美科技": "huamei-tech", "미래테크": "mirae-tech",
         "Kolej Bałtycka": "kolej-baltycka", "Voa Brasil Linhas Aéreas": "voabrasil"}


def org_for(rng, lang, name=None):
    """Return (display org name, domain)."""
    if name:
        s = ROMAN.get(name) or slug(name)
        if len(s) < 4 or any(ord(c) > 127 for c in s):
            i = rng.randrange(len(world.ORG_DOMAINS[lang]))
            return name, world.ORG_DOMAINS[lang][i]
        tld = rng.choice(HAM_TLDS + [CC_TLD.get(lang, "com")])
        s = s.replace("-llp", "").replace("-ltd", "")
        if len(s) > 22:
            s = "-".join(s.split("-")[:2])
        return name, "%s.%s" % (s, tld)
    i = rng.randrange(len(world.ORG_STEMS[lang]))
    return world.ORG_STEMS[lang][i], world.ORG_DOMAINS[lang][i]


# --------------------------------------------------------------------- fill values
def fill_values(m):
    rng, lang = m.rng, m.lang
    d = Fill()
    d["rname"] = m.rcpt["first"]
    d["rname_full"] = m.rcpt["name"]
    d["rorg"] = m.rcpt.get("org") or m.rcpt["domain"]
    d["rdomain"] = m.rcpt["domain"]
    d["sname"] = m.sender["name"]
    d["sorg"] = m.sender.get("org") or m.sender["domain"]
    d["email"] = m.rcpt["email"] if m.label == "ham" else m.reply_email
    d["phone"] = world.phone(rng, lang, tollfree=(m.cat == "CB"))
    d["wa"] = world.mobile(rng, lang if lang != "en" else rng.choice(["en", "en", "hi"]))
    d["tg"] = "@" + rng.choice(["hr_", "manager_", "support_", "", "coach_", "anna_", "lisa", "mentor_"]) + \
        core.alnum(rng, rng.randint(4, 8), "abcdefghijklmnopqrstuvwxyz0123456789")
    d["ref"] = rng.choice([
        lambda: "%d" % rng.randint(10000000, 99999999),
        lambda: "%s-%d" % (core.alnum(rng, 2, "ABCDEFGHJKLMNPQRSTUVWXYZ"), rng.randint(100000, 999999)),
        lambda: core.alnum(rng, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
    ])()
    d["code"] = core.alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    d["amount"] = world.money(rng, lang, 40, 900, locale=m.locale)
    d["wallet"] = "bc1q" + core.alnum(rng, 38, "023456789acdefghjklmnpqrstuvwxyz")
    country = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT", "el": "GR",
               "en": "GB"}.get(lang, "DE")
    if m.label == "spam" and rng.random() < 0.45:
        country = rng.choice(["LT", "IE", "CY", "BE", "GB"])
    d["iban"] = world.iban(rng, country)
    d["pw"] = rng.choice(["summer2019", "Buster!23", "qwerty123", "iloveyou88", "Passw0rd!", "monkey77"])
    d["date"] = m.ev_start_local.strftime("%d/%m/%Y") if lang != "en" else m.ev_start_local.strftime("%B %d")
    d["time"] = m.ev_start_local.strftime("%H:%M")
    d["host"] = m.cmd_host
    d["url"] = m.payload_url
    d["meet"] = m.meet or ""
    d["doc"] = m.doc or ""
    d["portal"] = m.portal or ""
    return d


def fill(text, values):
    if not text:
        return text
    return text.format_map(values)
