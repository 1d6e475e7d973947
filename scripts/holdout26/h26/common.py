"""Context and helper functions shared by the spam and ham scenario writers."""
import datetime as dt
import re

from .model import Msg
from .world import person, LANG, ORGW, RDOM, phone as _phone, latin

TLDS_BAD = ["com", "net", "info", "top", "xyz", "online", "site", "live", "shop", "store", "app", "click", "link",
            "support", "icu", "cfd", "sbs", "today", "co", "us", "help", "services", "cloud", "pro"]
WORDS = ["secure", "verify", "support", "billing", "account", "notice", "portal", "online", "service", "help",
         "center", "review", "alert", "update", "login", "auth", "access", "docs", "share", "files", "pay", "claim",
         "reward", "track", "delivery", "members", "connect", "mail", "id", "cloud"]

FREE_PROVIDERS = {"gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "me.com", "aol.com", "gmx.de",
                  "web.de", "t-online.de", "outlook.de", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "hotmail.es",
                  "yahoo.es", "outlook.es", "libero.it", "virgilio.it", "alice.it", "uol.com.br", "bol.com.br", "sapo.pt",
                  "ziggo.nl", "kpnmail.nl", "hotmail.nl", "wp.pl", "o2.pl", "interia.pl", "onet.pl", "telia.com",
                  "hotmail.se", "yandex.com.tr", "outlook.com.tr", "mail.ru", "yandex.ru", "rambler.ru", "bk.ru",
                  "ukr.net", "i.ua", "meta.ua", "yahoo.gr", "otenet.gr", "outlook.sa", "walla.co.il", "012.net.il",
                  "qq.com", "163.com", "126.com", "sina.com", "yahoo.com.tw", "hinet.net", "pchome.com.tw",
                  "yahoo.co.jp", "docomo.ne.jp", "nifty.com", "outlook.jp", "naver.com", "daum.net", "hanmail.net",
                  "rediffmail.com", "yahoo.co.in", "outlook.in", "hotmail.co.th", "yahoo.co.th"}


class D(dict):
    def __missing__(self, k):
        return "{" + k + "}"


def F(s, v):
    if s is None:
        return None
    return s.format_map(D(v))


def W(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "", latin(s))


class Ctx:
    def __init__(self, rng, lang, label, cat, arrival, t, rcpt_dom=None, named=None):
        self.rng, self.lang, self.label, self.cat, self.arrival, self.t = rng, lang, label, cat, arrival, t or {}
        p = person(rng, lang if rng.random() < 0.85 or lang != "en" else rng.choice(["de", "fr", "es", "en"]))
        dom = rcpt_dom or rng.choice(RDOM.get(lang, RDOM["en"]))
        p.addr = "%s@%s" % (p.local(rng, rng.choice(["f.l", "f.l", "fl", "f"])), dom)
        p.domain = dom
        if named is None:
            named = rng.random() < (0.85 if label == "ham" else 0.25)
        p.name_disp = p.name if named else ""
        self.rcpt = p
        self.v = D()
        self.year = arrival.year

    def cs(self, legacy=0.65):
        cands = LANG.get(self.lang, LANG["en"])[1]
        leg = [x for x in cands if x != "utf-8"]
        if leg and self.rng.random() < legacy:
            return self.rng.choice(leg)
        return "utf-8"

    def move_rcpt(self, dom, named=True):
        p = self.rcpt
        p.domain = dom
        p.addr = "%s@%s" % (p.local(self.rng, self.rng.choice(["f.l", "f.l", "fl", "f"])), dom)
        if named:
            p.name_disp = p.name
        return p

    # people / domains
    def p(self, lang=None):
        return person(self.rng, lang or self.lang)

    def orgdom(self, lang=None):
        lang = lang or self.lang
        rng = self.rng
        w = rng.choice(ORGW.get(lang, ORGW["en"]))
        if lang == "en":
            w += rng.choice(["", "-group", "-partners", "labs", "-consulting", "-logistics", "health", "-systems", "-capital", "-foods"])
        tld = rng.choice(LANG.get(lang, LANG["en"])[3])
        return "%s.%s" % (w, tld)

    def orgname(self, dom):
        base = dom.split(".")[0].replace("-", " ")
        return " ".join(x.capitalize() for x in base.split())

    def free(self, p=None, dom=None):
        rng = self.rng
        p = p or self.p()
        dom = dom or rng.choice(LANG.get(self.lang, LANG["en"])[2])
        return (p.name, "%s@%s" % (p.local(rng), dom))

    def addr(self, p, dom, style=None):
        return (p.name, "%s@%s" % (p.local(self.rng, style or self.rng.choice(["f.l", "f.l", "fl", "f"])), dom))

    def junk_local(self):
        rng = self.rng
        a = "abcdefghijklmnopqrstuvwxyz"
        return rng.choice([
            "".join(rng.choice(a) for _ in range(rng.randint(5, 9))) + str(rng.randint(10, 9999)),
            "%s%s%d" % (rng.choice(["info", "sale", "promo", "offer", "vip", "club", "team", "news"]),
                        rng.choice(["", ".", "_"]), rng.randint(1, 999)),
            "".join(rng.choice(a + "0123456789") for _ in range(rng.randint(8, 14)))])

    def look(self, brand, tlds=None):
        rng = self.rng
        b = slug(brand)
        w, w2 = rng.choice(WORDS), rng.choice(WORDS)
        t = rng.choice(tlds or TLDS_BAD)
        return rng.choice(["%s-%s.%s" % (b, w, t), "%s-%s.%s" % (w, b, t), "%s%s.%s" % (b, w, t),
                           "%s-%s-%s.%s" % (b, w, w2, t), "my%s-%s.%s" % (b, w, t), "%s%d.%s" % (b, rng.randint(2, 365), t)])

    def typo(self, dom):
        rng = self.rng
        name, rest = dom.split(".", 1)
        ops = []
        if "l" in name:
            ops.append(name.replace("l", "I", 1).lower().replace("i", "l", 0))
        if "o" in name:
            ops.append(name.replace("o", "0", 1))
        if "m" in name:
            ops.append(name.replace("m", "rn", 1))
        if "i" in name:
            ops.append(name.replace("i", "l", 1))
        ops.append(name + rng.choice(["-inc", "-group", "-corp", "s", "-co"]))
        ops.append(name[:len(name) // 2] + name[len(name) // 2] + name[len(name) // 2:])
        if "-" in name:
            ops.append(name.replace("-", "", 1))
        n = rng.choice(ops).lower()
        if n == name:
            n = name + "-llc"
        return n + "." + rng.choice([rest, rest, "com", "co", "net"])

    def path(self, n=None):
        rng = self.rng
        a = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        return "".join(rng.choice(a) for _ in range(n or rng.randint(6, 14)))

    def url(self, kind="look", brand="account", tlds=None):
        rng = self.rng
        p = self.path()
        if kind == "look":
            d = self.look(brand, tlds)
            return rng.choice(["https://%s/%s" % (d, p), "https://%s/?id=%s" % (d, p), "https://www.%s/%s/%s" % (d, rng.choice(["login", "verify", "claim", "secure", "s"]), p),
                               "https://%s/%s?e=%s" % (d, rng.choice(["auth", "session", "r"]), self.rcpt.addr.replace("@", "%40"))])
        if kind == "abuse":
            return rng.choice([
                "https://sites.google.com/view/%s/home" % p.lower(),
                "https://storage.googleapis.com/%s/%s.html" % (p.lower(), self.path(6).lower()),
                "https://%s.web.app/?u=%s" % (p.lower(), self.path(8)),
                "https://%s-%s.pages.dev/" % (slug(brand)[:10], p.lower()[:6]),
                "https://pub-%s.r2.dev/%s.html" % (self.path(32).lower(), self.path(5).lower()),
                "https://forms.gle/%s" % self.path(17),
                "https://docs.google.com/presentation/d/e/2PACX-1v%s/pub" % self.path(40),
                "https://%s.notion.site/%s-%s" % (p.lower(), slug(brand).capitalize(), self.path(32).lower()),
                "https://www.canva.com/design/DAG%s/%s/view" % (self.path(8), self.path(22)),
                "https://%s.blob.core.windows.net/$web/index.html#%s" % (p.lower()[:12], self.rcpt.addr),
                "https://bit.ly/%s" % self.path(7), "https://tinyurl.com/%s" % self.path(8).lower(),
                "https://%s.wixsite.com/%s" % (p.lower()[:10], slug(brand)), "https://t.ly/%s" % self.path(5),
                "https://%s.firebaseapp.com/%s" % (p.lower()[:12], self.path(6)),
                "https://1drv.ms/b/s!A%s?e=%s" % (self.path(30), self.path(6)),
                "https://www.dropbox.com/scl/fi/%s/%s.pdf?rlkey=%s&dl=0" % (self.path(21).lower(), slug(brand), self.path(25).lower()),
            ])
        if kind == "shop":
            d = "%s%s.%s" % (slug(brand), rng.choice(["-outlet", "-sale", "store", "-official", "-clearance", "deals", "-us", "-eu", "outletonline"]),
                             rng.choice(["shop", "store", "top", "com", "online", "xyz", "vip", "net"]))
            return rng.choice(["https://www.%s/" % d, "https://%s/?ref=%s" % (d, self.path(6)), "http://%s" % d])
        return "https://%s/%s" % (self.look(brand), p)

    def phone(self, tollfree=False, lang=None):
        return _phone(self.rng, lang or self.lang, tollfree)

    def btc(self):
        a = "023456789acdefghjklmnpqrstuvwxyz"
        return "bc1q" + "".join(self.rng.choice(a) for _ in range(38))

    def iban(self, cc=None):
        rng = self.rng
        cc = cc or rng.choice(["GB", "DE", "NL", "PT", "LT", "ES", "IE", "BE", "PL", "FR"])
        n = {"GB": 22, "DE": 22, "NL": 18, "PT": 25, "LT": 20, "ES": 24, "IE": 22, "BE": 16, "PL": 28, "FR": 27}.get(cc, 22)
        body = "".join(str(rng.randint(0, 9)) for _ in range(n - 2))
        if cc in ("GB", "NL", "IE"):
            body = body[:2] + rng.choice(["REVO", "MONZ", "BUNQ", "ABNA", "BARC", "AIBK"]) + body[6:]
        s = cc + body
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

    def code(self, n=6, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
        return "".join(self.rng.choice(alpha) for _ in range(n))

    def many(self, n, lang_mix=True):
        """harvested-looking address list"""
        rng = self.rng
        doms = ["example.com", "example.net", "example.org", "mail.example.com", "corp.example.net", "uni.example.edu",
                "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "gmx.de", "web.de",
                "mail.ru", "qq.com", "naver.com", "libero.it", "orange.fr", "wp.pl", "harborview.example", "shop.example",
                "clinic.example.org", "city.example.gov"]
        out, seen = [], set()
        langs = ["en", "de", "fr", "es", "it", "pl", "nl"]
        while len(out) < n:
            p = person(rng, rng.choice(langs) if lang_mix else self.lang)
            a = "%s@%s" % (p.local(rng), rng.choice(doms))
            if a in seen:
                continue
            seen.add(a)
            out.append({"name": "" if rng.random() < 0.7 else p.name, "addr": a})
        if rng.random() < 0.5:
            out.sort(key=lambda x: x["addr"])
        return out

    def msg(self, **kw):
        m = Msg(label=self.label, cat=self.cat, lang=self.lang, rng=self.rng, arrival=self.arrival, rcpt=self.rcpt,
                rcpt_addr=self.rcpt.addr)
        m.set(**kw)
        return m

    def text(self, m, v, defaults):
        """merge scenario text (self.t) with defaults, format with v and set on m"""
        t = dict(defaults)
        t.update({k: x for k, x in self.t.items() if x is not None})
        v = D(v)
        v.setdefault("rfirst", self.rcpt.first)
        v.setdefault("rname", self.rcpt.name)
        v.setdefault("rcpt", self.rcpt.addr)
        v.setdefault("rdom", self.rcpt.domain)
        summary = F(t.get("s", ""), v)
        m.set(summary=summary, desc=F(t.get("d", ""), v) or "")
        if t.get("subj"):
            m.set(subject=F(t["subj"], v))
        if t.get("loc") is not None:
            m.set(loc=F(t["loc"], v))
        if t.get("note") is not None:
            m.set(note=F(t["note"], v))
        if t.get("comment") is not None:
            m.set(comment=F(t["comment"], v))
        return t


# ------------------------------------------------------------------ sender / client wiring
def isfree(dom):
    return dom in FREE_PROVIDERS


def infra_for(rng, dom, org_choices=(("postfix", 4), ("exim", 2), ("m365", 3), ("gmail", 2))):
    if dom in ("gmail.com",):
        return "gmail"
    if dom.startswith("outlook.") or dom.startswith("hotmail."):
        return "outlookcom"
    if dom.startswith("yahoo."):
        return "yahoo"
    if dom in ("icloud.com", "me.com"):
        return "icloud"
    if isfree(dom):
        return "postfix"
    return W(rng, list(org_choices))


def wire(m, c, client, frm, kind="pass", variant=None, org=None):
    """Attach a client + sender identity to a message, keeping them coherent.
    kind: pass | spoof | spoof-soft | spoof-none | nodkim | vps-none"""
    rng = c.rng
    dom = frm[1].split("@")[1]
    m.set(client=client, frm=frm, auth=kind)
    if org:
        m.set(org=org)
    if client == "outlook":
        if variant is None:
            if dom.startswith("outlook.") or dom.startswith("hotmail."):
                variant = "outlookcom"
            elif c.lang != "en":
                variant = W(rng, [("m365", 4), ("teams", 2), ("olk", 3), ("exchange", 2)])
            else:
                variant = W(rng, [("m365", 5), ("teams", 3), ("olk", 2), ("exchange", 1)])
        m.set(variant=variant)
        if variant == "olk":
            m.set(smtp_infra=infra_for(rng, dom, (("postfix", 3), ("exim", 2))))
        if variant in ("m365", "teams") and rng.random() < 0.3:
            m.set(onms=True)
    elif client == "apple":
        if variant is None:
            variant = "server" if dom in ("icloud.com", "me.com") and rng.random() < 0.6 else "mailapp"
        m.set(variant=variant)
        if variant == "mailapp":
            m.set(smtp_infra=infra_for(rng, dom))
    elif client in ("thunderbird", "nextcloud", "sogo", "mailfwd"):
        m.set(variant=variant)
        if not m.smtp_infra:
            m.set(smtp_infra=infra_for(rng, dom, (("postfix", 4), ("exim", 2))))
    elif client == "tool":
        m.set(variant=variant or rng.choice(["phpmailer", "nodemailer", "pymime", "mixedhtml", "bare"]))
    else:
        m.set(variant=variant)
    if client == "nextcloud":
        host = m.nc_host or "cloud." + dom
        m.set(nc_host=host, nc_from=m.nc_from or rng.choice(["nextcloud@", "noreply@", "no-reply@"]) + (host if rng.random() < 0.5 else dom))
        if m.nc_from.split("@")[1] != dom:
            m.set(smtp_host=host)
    if kind not in ("pass", "dkimfail") and client != "tool" and m.smtp_infra is None and client not in ("google", "outlook", "apple", "yahoo", "zoom"):
        m.set(smtp_infra="vps")
    return m


def tool_cfg(c, spam=True, **over):
    rng = c.rng
    if spam:
        prodid = rng.choice(["-//hacksw/handcal//NONSGML v1.0//EN", "-//sebbo.net//ical-generator//EN", "ics.py - http://git.io/lLljaA",
                             "-//Events Manager//EN", "-//PHP//iCal Generator 1.0//EN", "-//Company//Calendar//EN",
                             "-//ABC Corporation//NONSGML My Product//EN", "-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN",
                             "-//Google Inc//Google Calendar 70.9054//EN", "-//Apple Inc.//Mac OS X 10.14.6//EN", None,
                             "-//icalendar-ruby//EN", "-//Ical.Net//NONSGML ical.net 4.0//EN", "-//MailerPro//Invite 2.3//EN",
                             "-//python-icalendar//EN", "-//Zoho Corporation//Zoho Calendar//EN"])
    else:
        prodid = rng.choice(["-//sebbo.net//ical-generator//EN", "-//Ical.Net//NONSGML ical.net 4.0//EN", "-//icalendar-ruby//EN",
                             "-//python-icalendar//EN", "-//PHP//iCal Generator 1.0//EN"])
    cfg = {"prodid": prodid, "tz": rng.choice(["utc", "utc", "tzid", "float"]), "calscale": rng.random() < 0.5,
           "attendee": rng.choice(["full", "plain", "full", "upper", "none"]), "organizer": rng.random() < 0.85,
           "fold": rng.choice([75, 75, 75, 0, 72]) if spam else 75, "esc_commas": rng.random() < 0.8 or not spam}
    if spam:
        r = rng.random()
        if r < 0.12:
            cfg["method"] = None
        elif r < 0.22:
            cfg["method"] = "PUBLISH"
        if rng.random() < 0.12:
            cfg["cont"] = "\t"
        if rng.random() < 0.1:
            cfg["lf_b64"] = True
        if rng.random() < 0.15:
            cfg["no_end"] = True
        if rng.random() < 0.15:
            cfg["duration"] = True
        if rng.random() < 0.1:
            cfg["raw8_subject"] = True
    elif c.lang != "en" and rng.random() < 0.3:
        cfg["raw8_subject"] = True
    cfg.update(over)
    return cfg


def rel(c, days, hour=None):
    return days


def fmt_money(rng, lo, hi, dec=True):
    v = rng.uniform(lo, hi)
    return ("%.2f" % v) if dec else "{:,}".format(int(v))


def make_fwd(c, m, orig_frm, orig_client="outlook", summary=None, desc=None):
    """Build the original invitation that m forwards (for mailfwd / Outlook FW)."""
    from .model import Msg, finalize
    from . import ics as I
    rng = c.rng
    om = Msg(label=c.label, cat=c.cat, lang=c.lang, rng=rng, arrival=c.arrival - dt.timedelta(hours=rng.randint(2, 96)),
             rcpt=c.rcpt, rcpt_addr=m.frm[1], client=orig_client, frm=orig_frm, summary=summary or m.summary,
             desc=m.desc if desc is None else desc, loc=m.loc, url=m.url, attach=m.attach, variant="m365")
    om.set(attendees=[{"name": m.frm[0], "addr": m.frm[1]}])
    finalize(om)
    om.tenant_guid = om.user_guid = "00000000-0000-0000-0000-000000000000"
    om.ms_lang = "en-US"
    oics = I.ics_google(om) if orig_client == "google" else I.ics_ms(om)
    m.set(start=om.start, end=om.end, tz=om.tz)
    m.set(fwd={"org": om.frm, "sent": om.date_utc, "subject": ("Invitation: " if orig_client == "google" else "") + om.summary,
               "body": om.desc or om.summary, "ics": oics, "msgid": "<%s@%s>" % (c.path(20), orig_frm[1].split("@")[1]),
               "att": om.attendees})
    return m
