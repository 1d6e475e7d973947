"""Context object and helpers shared by the spam and ham category builders."""
import datetime as dt
import unicodedata
import re
from i18n import NAMES, TZ, CHARSETS, RCPT_DOMAINS, fmt_date
from mimekit import alnum, hexid, uuid4


class SafeDict(dict):
    def __missing__(self, k):
        return "{" + k + "}"


def fill(s, vals):
    if s is None:
        return None
    return s.format_map(SafeDict(vals))


TRANSLIT = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE", "đ": "d", "ı": "i",
                          "œ": "oe", "þ": "th"})


def latin(s):
    s = s.translate(TRANSLIT)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


ROMAN = {}


def person(rng, lang):
    d, fl, ll = _person(rng, lang)
    ROMAN[d] = (fl, ll)
    return d, fl, ll


def _person(rng, lang):
    firsts, lasts = NAMES.get(lang, NAMES["en"])
    f, l = rng.choice(firsts), rng.choice(lasts)
    if isinstance(f, tuple):
        (fn, fl), (ln, ll) = f, l
        if lang in ("zh", "zh-tw", "ja", "ko"):
            disp = ln + fn if lang != "ko" else ln + fn
        else:
            disp = f"{fn} {ln}"
        return disp, fl, ll
    return f"{f} {l}", latin(f), latin(l)


def local_part(rng, fl, ll, style=None):
    style = style or rng.choice(["f.l", "fl", "f_l", "fl99", "f", "fi.l", "l.f"])
    if style == "f.l":
        return f"{fl}.{ll}"
    if style == "fl":
        return f"{fl}{ll}"
    if style == "f_l":
        return f"{fl}_{ll}"
    if style == "fl99":
        return f"{fl}.{ll}{rng.randint(1, 99)}"
    if style == "f":
        return fl
    if style == "fi.l":
        return f"{fl[0]}.{ll}"
    return f"{ll}.{fl}"


WORDS = {
    "en": (["harbor", "summit", "cedar", "apex", "bluewater", "rivermark", "granite", "nova", "beacon", "orchard",
            "sterling", "atlas", "meridian", "copperleaf", "willow", "northstar", "lantern", "keystone", "silverline",
            "fieldstone", "brightwell", "oakridge", "tallpine", "redkite", "westbrook"],
           ["group", "partners", "labs", "consulting", "logistics", "media", "health", "systems", "solutions",
            "capital", "studio", "foods", "law", "design", "engineering", "supply", "analytics"],
           [".com", ".com", ".co", ".io", ".net", ".co.uk", ".us"]),
    "de": (["nordlicht", "bergblick", "stahlwerk", "lindenhof", "elbtal", "rheinfels", "sonnenhang", "waldrand",
            "brueckner", "hafenkante"], ["-gmbh", "-consulting", "-technik", "-logistik", "-bau", "-medien", ""],
           [".de", ".de", ".at", ".ch"]),
    "fr": (["rivedroite", "lavande", "beaumont", "clairval", "montblanc", "pontneuf"], ["-conseil", "-immobilier", "-sarl", "-avocats", ""],
           [".fr", ".fr", ".be"]),
    "es": (["solmar", "alameda", "puertoreal", "sierranevada", "olivar", "vientonorte"], ["-asesores", "-logistica", "-sl", ""],
           [".es", ".com.mx", ".es"]),
    "it": (["lagodicomo", "sanmarco", "fontanella", "vesuvio", "collinaverde"], ["-srl", "-studio", "-group", ""], [".it"]),
    "pt": (["marazul", "serraverde", "riodouro", "bomjardim", "costaluz"], ["-ltda", "-consultoria", "-lda", ""], [".com.br", ".pt"]),
    "nl": (["zeewind", "polderlicht", "grachtzicht", "molenwerf", "duinrand"], ["-bv", "-advies", "-groep", ""], [".nl", ".be"]),
    "pl": (["wislany", "tatrzanski", "bursztyn", "mazurek", "orlik"], ["-sp", "-uslugi", "-group", ""], [".pl", ".com.pl"]),
    "ru": (["sever", "volga", "uralstal", "baikal", "neva"], ["-group", "-trade", "-stroy", "-soft"], [".ru", ".ru", ".su"]),
    "el": (["aigaio", "olympos", "kritiki", "thessaly", "poseidon"], ["-ae", "-group", "-travel", ""], [".gr", ".com.gr"]),
    "ar": (["alnoor", "alsahraa", "najma", "alkhaleej", "almanar"], ["-trading", "-group", "-est", ""], [".sa", ".ae", ".com.eg"]),
    "he": (["galil", "negev", "karmel", "yarden", "arava"], ["-tech", "-group", "-ltd", ""], [".co.il", ".co.il"]),
    "zh": (["huaxin", "tianhe", "jinlong", "hengtai", "zhongyuan"], ["-tech", "-trade", "-group", ""], [".cn", ".com.cn", ".com"]),
    "zh-tw": (["yuanshan", "taihe", "fengyuan", "xinyi"], ["-tech", "-corp", ""], [".com.tw", ".tw"]),
    "ja": (["sakura", "fujimi", "midori", "asahi", "kawasaki-kogyo"], ["-shoji", "-tech", "-kk", ""], [".co.jp", ".jp", ".ne.jp"]),
    "ko": (["hanbit", "saerom", "daehan", "mirae", "hangang"], ["-soft", "-corp", "-tech", ""], [".co.kr", ".kr"]),
    "hi": (["ganga", "shree", "sahyadri", "kaveri", "himalaya"], ["-textiles", "-pharma", "-infotech", "-exports"], [".in", ".co.in"]),
    "th": (["siam", "chaopraya", "lanna", "rattana", "sukhothai"], ["-trading", "-group", "-co", ""], [".co.th", ".com"]),
    "tr": (["anadolu", "bosphorus", "egeli", "kapadokya", "marmara"], ["-lojistik", "-yazilim", "-insaat", "-ltd"], [".com.tr", ".com.tr"]),
}


def company_domain(rng, lang):
    a, b, t = WORDS.get(lang, WORDS["en"])
    w = rng.choice(a)
    suf = rng.choice(b)
    if lang == "en":
        suf = rng.choice(["", "-"]) + suf if rng.random() < 0.8 else ""
    return (w + suf + rng.choice(t)).replace("--", "-")


def org_name(domain):
    base = domain.split(".")[0]
    return " ".join(p.capitalize() for p in re.split(r"[-_]", base) if p)


SPAMMY_TLDS = [".top", ".shop", ".xyz", ".online", ".click", ".live", ".site", ".icu", ".store", ".buzz", ".info",
               ".cfd", ".sbs", ".life", ".pro", ".com", ".net", ".org", ".co", ".cc"]


def throwaway_domain(rng):
    syl = ["ka", "lo", "mi", "zen", "tor", "va", "qu", "rix", "bel", "nu", "dra", "pex", "sol", "vin", "xo", "ly"]
    w = "".join(rng.choice(syl) for _ in range(rng.randint(2, 4)))
    if rng.random() < 0.4:
        w += str(rng.randint(1, 999))
    return w + rng.choice(SPAMMY_TLDS)


def lookalike(rng, base_words, tlds=None):
    """Newly registered domain that borrows a brand or company name."""
    tlds = tlds or [".com", ".net", ".co", ".online", ".support", ".app", ".info", ".us", ".org", ".site"]
    a = rng.choice(base_words)
    b = rng.choice(["secure", "verify", "portal", "docs", "online", "service", "center", "help", "account", "cloud",
                    "notice", "billing", "auth", "signin", "files", "review", "id"])
    form = rng.randint(0, 3)
    if form == 0:
        return f"{a}-{b}{rng.choice(tlds)}"
    if form == 1:
        return f"{b}-{a}{rng.choice(tlds)}"
    if form == 2:
        return f"{a}{b}{rng.randint(1, 99)}{rng.choice(tlds)}"
    return f"{a}-{b}-{alnum(rng, 3, 'abcdefghijklmnopqrstuvwxyz')}{rng.choice(tlds)}"


def company_lookalike(rng, domain):
    """Typo-squat of a real correspondent's domain (BEC)."""
    name, _, tld = domain.partition(".")
    tricks = []
    if "l" in name:
        tricks.append(name.replace("l", "I", 1).lower().replace("i", "l", 0) if False else name.replace("l", "1", 1))
    if "m" in name:
        tricks.append(name.replace("m", "rn", 1))
    if "o" in name:
        tricks.append(name.replace("o", "0", 1))
    tricks += [name + "-" + rng.choice(["group", "inc", "invoice", "finance", "hq"]), name[:-1] if len(name) > 5 else name + "s",
               name + name[-1], name.replace("-", "") if "-" in name else name + "-co"]
    n = rng.choice(tricks)
    t = rng.choice(["." + tld, "." + tld, ".com", ".net", ".co", ".org"])
    return n + t


FREEMAIL = {
    "google": ["gmail.com"],
    "outlook": ["outlook.com", "hotmail.com", "outlook.com", "live.com"],
    "apple": ["icloud.com", "icloud.com", "me.com"],
    "yahoo": ["yahoo.com", "yahoo.com", "ymail.com"],
}
TB_FREEMAIL = {"de": ["gmx.de", "web.de"], "ru": ["mail.ru", "yandex.ru"], "fr": ["orange.fr", "free.fr"],
               "it": ["libero.it"], "pl": ["wp.pl"], "ko": ["naver.com", "hanmail.net"], "zh": ["qq.com", "163.com"],
               "hi": ["rediffmail.com", "gmail.com"], "ja": ["gmail.com", "yahoo.co.jp"]}
ISP_MAIL = {"en": "mail.cablelink.example", "de": "kabelnord-mail.de", "fr": "webmail-rhone.fr", "es": "correo-sur.es",
            "it": "posta-adria.it", "pt": "mail-atlantico.pt", "nl": "kpnet-mail.nl", "pl": "poczta-wisla.pl",
            "ru": "pochta-sever.ru", "el": "mail-aigaio.gr", "ar": "mail-alnoor.sa", "he": "mail-galil.co.il",
            "zh": "mail.huabei-net.cn", "zh-tw": "ms.hinet-like.com.tw", "ja": "mail.ocn-like.ne.jp",
            "ko": "mail.hanmir-like.co.kr", "hi": "mail.bsnl-like.co.in", "th": "mail.tot-like.co.th",
            "tr": "posta.ttnet-like.com.tr"}

CAP = {
    "google": ["free", "owned", "compromised", "lookalike"],
    "outlook": ["free", "owned", "compromised", "lookalike", "spoof", "vps"],
    "apple": ["free", "owned", "compromised", "lookalike", "spoof", "vps"],
    "yahoo": ["free"],
    "zoom": ["free", "owned", "compromised", "lookalike"],
    "nextcloud": ["owned", "compromised", "lookalike"],
    "zimbra": ["owned", "compromised", "free"],
    "sogo": ["owned", "compromised"],
    "thunderbird": ["owned", "free", "compromised", "lookalike", "spoof", "vps"],
    "booking": ["esp", "lookalike", "owned"],
    "custom": ["owned", "compromised", "lookalike", "vps", "spoof", "free", "esp"],
}


class Ctx:
    def __init__(self, rng, label, cat, lang, client, base_client, arrival, idx):
        self.rng, self.label, self.cat, self.lang = rng, label, cat, lang
        self.client, self.base, self.arrival, self.idx = client, base_client, arrival, idx
        self.tz = rng.choice(TZ.get(lang, TZ["en"]))
        self.rname, fl, ll = person(rng, lang)
        dom = rng.choice(RCPT_DOMAINS[lang] if rng.random() < 0.8 else RCPT_DOMAINS["en"])
        self.rdomain = dom
        self.rcpt = f"{local_part(rng, fl, ll)}@{dom}"
        self.rfirst = self.rname.split(" ")[0] if lang not in ("zh", "zh-tw", "ja", "ko") else self.rname
        self.spec = {}

    # ---------------------------------------------------------------- identities
    def kind_for(self, prefs):
        cap = CAP[self.base]
        for k in prefs:
            if k in cap:
                return k
        return cap[0]

    def identity(self, prefs, name=None, domain=None, local=None, lang=None, org_domain=None, comp_domain=None):
        """Choose a sender identity compatible with the client.  Returns (name, addr, kind)."""
        rng = self.rng
        lang = lang or self.lang
        kind = self.kind_for(prefs)
        if name is None:
            name, fl, ll = person(rng, lang)
        elif name in ROMAN:
            fl, ll = ROMAN[name]
        else:
            fl, ll = latin(name.split(" ")[0]) or "info", latin(name.split(" ")[-1]) or "office"
        lp = local or local_part(rng, fl, ll)
        if kind == "free":
            if self.base in FREEMAIL:
                d = rng.choice(FREEMAIL[self.base])
                if self.base == "yahoo" and lang == "ja":
                    d = "yahoo.co.jp"
            elif self.base == "thunderbird" or self.base == "custom":
                d = rng.choice(TB_FREEMAIL.get(lang, ["gmail.com"]))
            elif self.base == "zimbra":
                d = ISP_MAIL.get(lang, ISP_MAIL["en"])
            else:
                d = "gmail.com"
            if local is None:
                lp = local_part(rng, fl, ll, rng.choice(["f.l", "fl99", "fl", "f_l"]))
                if rng.random() < 0.3:
                    lp += str(rng.randint(1, 9999))
            addr = f"{lp}@{d}"
        elif kind == "compromised" and self.label == "spam":
            d = comp_domain or company_domain(rng, lang)
            addr = f"{lp}@{d}"
        else:
            d = domain or org_domain or company_domain(rng, lang)
            addr = f"{lp}@{d}"
        self.spec["sender_kind"] = kind
        # variants
        if self.base == "outlook":
            if kind == "free":
                self.spec["variant"] = "outlookcom"
            elif kind in ("spoof", "vps"):
                self.spec["variant"] = "desktop"
            else:
                self.spec["variant"] = "desktop" if rng.random() < 0.2 else "exo"
        elif self.base == "apple":
            self.spec["variant"] = rng.choice(["ios", "mac", "icloudweb"]) if kind == "free" else "mac"
        return name, addr, kind

    def ev_time(self, days=(1, 21), hours=(8, 19), dur=(30, 90), minute_step=30, allday=False):
        rng = self.rng
        from zoneinfo import ZoneInfo
        local_arr = self.arrival.astimezone(ZoneInfo(self.tz)).replace(tzinfo=None)
        d = local_arr.date() + dt.timedelta(days=rng.randint(*days))
        if allday:
            s = dt.datetime(d.year, d.month, d.day)
            return s, s + dt.timedelta(days=1)
        h = rng.randint(*hours)
        m = rng.choice(range(0, 60, minute_step))
        s = dt.datetime(d.year, d.month, d.day, h, m)
        du = rng.randrange(dur[0], dur[1] + 1, 15) if dur[1] > dur[0] else dur[0]
        return s, s + dt.timedelta(minutes=du)


# ------------------------------------------------------------------ fictional phone numbers
def phone(rng, lang, tollfree=False):
    if lang == "en" or tollfree:
        if rng.random() < 0.75:
            p = f"({rng.choice(['800', '888', '877', '866', '844', '855'])}) 555-01{rng.randint(0, 99):02d}" if tollfree or rng.random() < 0.5 \
                else f"({rng.choice(['212', '312', '415', '617', '702', '503'])}) 555-01{rng.randint(0, 99):02d}"
            return rng.choice(["+1 ", "1-", "", "+1 "]) + p
        return f"+44 1632 960{rng.randint(0, 999):03d}"
    return {
        "de": lambda: f"+49 30 23125{rng.randint(0, 999):03d}", "fr": lambda: f"01 99 00 {rng.randint(10, 99)} {rng.randint(10, 99)}",
        "es": lambda: f"+34 91 555 {rng.randint(10, 99)} {rng.randint(10, 99)}", "it": lambda: f"+39 02 5550 {rng.randint(1000, 9999)}",
        "pt": lambda: f"+55 11 5550-{rng.randint(1000, 9999)}", "nl": lambda: f"020 555 {rng.randint(1000, 9999)}",
        "pl": lambda: f"+48 22 555 {rng.randint(10, 99)} {rng.randint(10, 99)}", "ru": lambda: f"+7 (495) 555-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        "el": lambda: f"+30 210 555 {rng.randint(1000, 9999)}", "ar": lambda: f"+966 11 555 {rng.randint(1000, 9999)}",
        "he": lambda: f"03-555-{rng.randint(1000, 9999)}", "zh": lambda: f"+86 10 5550 {rng.randint(1000, 9999)}",
        "zh-tw": lambda: f"02-5550-{rng.randint(1000, 9999)}", "ja": lambda: f"03-5550-{rng.randint(1000, 9999)}",
        "ko": lambda: f"02-555-{rng.randint(1000, 9999)}", "hi": lambda: f"+91 22 5550 {rng.randint(1000, 9999)}",
        "th": lambda: f"02 555 {rng.randint(1000, 9999)}", "tr": lambda: f"+90 212 555 {rng.randint(10, 99)} {rng.randint(10, 99)}",
    }.get(lang, lambda: f"+1 (212) 555-01{rng.randint(0, 99):02d}")()


def mobile(rng, lang):
    return {
        "en": f"+1 {rng.choice(['347', '929', '646', '213'])} 555 01{rng.randint(0, 99):02d}",
        "hi": f"+91 98{rng.randint(100, 999)} 5{rng.randint(1000, 9999)}", "ar": f"+966 5{rng.randint(0, 9)} 555 {rng.randint(1000, 9999)}",
        "zh": f"+86 1{rng.choice(['38', '59', '86'])} 5550 {rng.randint(1000, 9999)}", "ko": f"010-5555-{rng.randint(1000, 9999)}",
        "th": f"08{rng.randint(1, 9)}-555-{rng.randint(1000, 9999)}", "es": f"+34 6{rng.randint(10, 99)} 555 {rng.randint(100, 999)}",
        "pt": f"+55 11 9{rng.randint(5000, 5999)}-{rng.randint(1000, 9999)}", "tr": f"+90 5{rng.randint(30, 59)} 555 {rng.randint(10, 99)} {rng.randint(10, 99)}",
    }.get(lang, f"+44 7700 900{rng.randint(0, 999):03d}")


def money(rng, lang, lo, hi, decimals=True):
    v = rng.uniform(lo, hi)
    cur = {"en": "$", "de": "€", "fr": "€", "es": "€", "it": "€", "pt": "R$", "nl": "€", "pl": "zł", "ru": "₽",
           "el": "€", "ar": "ر.س", "he": "₪", "zh": "¥", "zh-tw": "NT$", "ja": "¥", "ko": "₩", "hi": "₹", "th": "฿",
           "tr": "₺"}.get(lang, "$")
    scale = {"ru": 90, "ja": 150, "ko": 1300, "hi": 83, "th": 35, "tr": 32, "zh": 7, "zh-tw": 31, "pl": 4, "pt": 5,
             "he": 3.7, "ar": 3.75}.get(lang, 1)
    v *= scale
    if lang in ("ja", "ko") or not decimals or scale > 20:
        s = f"{int(v):,}"
    else:
        s = f"{v:,.2f}"
    if lang in ("de", "es", "it", "pt", "nl", "el", "tr", "pl", "ru", "fr"):
        s = s.replace(",", "X").replace(".", ",").replace("X", "." if lang not in ("fr", "pl", "ru") else "\u00a0")
    if cur in ("$", "¥", "₩", "₹", "NT$", "R$", "₪"):
        return cur + s
    return s + " " + cur


def btc_addr(rng):
    return "bc1q" + alnum(rng, 38, "023456789acdefghjklmnpqrstuvwxyz")


def short_id(rng, n=6):
    return alnum(rng, n, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
