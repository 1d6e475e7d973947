"""Builds message models from category specs and variants."""
import datetime as dt
import string

from . import core as C
from . import clients as K
from . import pools as P


def V(l, t, d, s=None, loc=None, o=None, **kw):
    opts = dict(o or {})
    opts.update(kw)
    return dict(l=l, t=t, d=d, s=s, loc=loc, o=opts)


# which sender kinds each client can carry
COMPAT = {
    "google": {"free", "org", "new", "compromised"},
    "outlook": {"free", "org", "new", "compromised", "spoof"},
    "apple": {"free", "org", "new", "compromised", "vps"},
    "thunderbird": {"free", "org", "new", "compromised", "vps", "spoof"},
    "zoom": {"free", "org", "new", "compromised"},
    "nextcloud": {"org", "compromised", "new", "vps"},
    "zimbra": {"org", "compromised", "new"},
    "yahoo": {"free"},
    "sogo": {"org", "compromised", "new"},
    "booking": {"org", "new", "spoof", "compromised"},
    "list": {"free", "org", "new", "compromised", "vps"},
    "handrolled": {"org", "new", "vps", "spoof", "free", "compromised"},
}


class SafeDict(dict):
    def __missing__(self, k):
        raise KeyError("missing placeholder %s" % k)


def fill(text, ctx):
    if text is None:
        return None
    return string.Formatter().vformat(text, (), SafeDict(ctx))


def person(rng, lang):
    import unicodedata

    def asc(x):
        return "".join(c for c in unicodedata.normalize("NFKD", x) if ord(c) < 128).lower().replace(" ", "").replace("'", "")
    if lang in P.PAIRED:
        f, l, fr, lr = rng.choice(P.PAIRED[lang])
        full = (l + f) if lang in ("zh", "zh-tw", "ja", "ko") else (f + " " + l)
        if lang == "ko":
            full = l + f
    else:
        fn, ln = P.NAMES[lang]
        f, l = rng.choice(fn), rng.choice(ln)
        fr, lr = asc(f), asc(l)
        full = f + " " + l
    pat = rng.choice(["%s.%s", "%s%s", "%s_%s", "%.1s%s", "%s.%.1s", "%.1s.%s"])
    if lang in ("zh",) and rng.random() < 0.4:
        local = lr + fr + str(rng.randint(1, 999))
    else:
        local = pat % (fr, lr)
    return f, full, local


def rand_domain(rng, stem=None):
    w = P.WORDS
    stem = stem or rng.choice(["nova", "apex", "blue", "prime", "smart", "zen", "lumen", "orbit", "vita", "nexa",
                               "quanta", "terra", "alto", "kairo", "mira"])
    pat = rng.choice(["%s-%s", "%s%s", "%s-%s-%d", "%s%s%d"])
    if pat.count("%") == 3:
        base = pat % (stem, rng.choice(w), rng.randint(1, 99))
    else:
        base = pat % (stem, rng.choice(w))
    return base + "." + rng.choice(P.BAD_TLDS)


def slug(s):
    import unicodedata
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128).lower()
    return "".join(c if c.isalnum() else "-" for c in s).strip("-").replace("--", "-")


def lookalike(rng, dom):
    base, tld = dom.rsplit(".", 1) if dom.count(".") == 1 else (dom.split(".")[0], "com")
    tricks = [lambda b: b.replace("l", "1", 1) if "l" in b else b + "s",
              lambda b: b.replace("rn", "m") if "rn" in b else b.replace("m", "rn", 1) if "m" in b else b + "-inc",
              lambda b: b + "-group", lambda b: b + "s", lambda b: b.replace("-", ""), lambda b: b[:-1] + b[-1] * 2,
              lambda b: b.replace("o", "0", 1) if "o" in b else b + "-co", lambda b: b + "-payments"]
    nb = rng.choice(tricks)(base)
    if nb == base:
        nb = base + "-llc"
    return nb + "." + rng.choice(["com", "co", "net", tld, "org", "us", "online"])


# ----------------------------------------------------------------------------
def spam_url(rng, brand="", email=""):
    b = slug(brand).split("-")[0] if brand else rng.choice(["secure", "offer", "claim", "portal"])
    tok = K.alnum(rng, rng.randint(6, 14), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    kinds = [
        lambda: "https://%s/%s" % (rand_domain(rng, b), rng.choice(["", "login", "claim", "verify", "?id=" + tok,
                                                                    "s/" + tok, "index.php?u=" + tok])),
        lambda: "https://%s.%s/%s" % (rng.choice(["www", "app", "m", "go", "account"]), rand_domain(rng, b), tok),
        lambda: "https://storage.googleapis.com/%s-%s/index.html#%s" % (b, K.alnum(rng, 6), email or tok),
        lambda: "https://%s-%s.web.app/" % (b, K.alnum(rng, 5)),
        lambda: "https://%s.pages.dev/%s" % (K.alnum(rng, 9), tok),
        lambda: "https://pub-%s.r2.dev/%s.html" % (K.hexs(rng, 32), tok),
        lambda: "https://%s.blob.core.windows.net/%s/index.html" % (K.alnum(rng, 12), K.alnum(rng, 6)),
        lambda: "https://sites.google.com/view/%s-%s" % (b, K.alnum(rng, 5)),
        lambda: "https://bit.ly/%s" % tok[:7],
        lambda: "https://t.co/%s" % tok[:10],
        lambda: "https://%s.weebly.com/" % (b + K.alnum(rng, 4)),
        lambda: "https://docs.google.com/forms/d/e/1FAIpQL%s/viewform" % K.alnum(rng, 40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"),
        lambda: "https://%s.%s/%s" % (K.alnum(rng, 10), rng.choice(["top", "xyz", "cfd", "sbs", "icu"]), tok),
        lambda: "https://qrco.de/%s" % tok[:6],
        lambda: "https://www.canva.com/design/DAF%s/view" % K.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
    ]
    return rng.choice(kinds)()


def hidden_placement(rng, ev, url, mode, lang, label_text=None):
    """Move a payload URL into some calendar property instead of the description."""
    if mode == "location":
        ev["location"] = url
    elif mode == "url":
        ev["url"] = url
    elif mode == "attach":
        ev.setdefault("attach", []).append(dict(uri=url, fmttype=rng.choice(["text/html", "application/pdf", None]),
                                                filename=rng.choice(["Invoice.pdf", "document.html", None, "Details.pdf",
                                                                     "Secure_Message.html"])))
    elif mode == "conference":
        ev.setdefault("conference", []).append(dict(uri=url, label=label_text or "Join"))
    elif mode == "altdesc":
        ev["alt_desc"] = ('<html><body><p>%s</p><p><a href="%s" style="background:#0a66c2;color:#fff;padding:10px '
                          '18px;text-decoration:none;border-radius:4px">%s</a></p></body></html>' % (
                              K.html_esc(ev.get("description", "").split("\n")[0]), url, K.html_esc(label_text or
                                                                                                  "Open")))


def strip_url_lines(text, url):
    out = []
    for ln in text.split("\n"):
        if url in ln:
            rest = ln.replace(url, "").strip(" :：→-")
            if rest:
                out.append(rest)
            continue
        out.append(ln)
    return "\n".join(out).strip()
