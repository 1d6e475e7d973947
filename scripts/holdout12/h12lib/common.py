# -*- coding: utf-8 -*-
"""Scenario context (helpers for content writers) and the pipeline that turns a scenario into an .eml."""
import datetime as dt
import hashlib

from . import clients as C
from . import tz as TZ
from .l10n import PEOPLE, ORGS, FREEMAIL, LANG_TZ, L, LANG_TAG, date_fmt
from .transport import (PROV, prov, ip_for, ip6_for, dkim_sig, auth_results, mx_received, postfix_qid, chain)
from .util import (encoded_words, rhex, rHEX, ralnum, rdigits, ruuid, rb64, rlower, rfcdate, Part, addr, fold, fold_list, hdr_text,
                   text_part, encode_body, B64URL, html_text, is_ascii)

START = dt.datetime(2016, 1, 4, 0, 0)
END = dt.datetime(2026, 11, 27, 0, 0)

SECOND_LEVEL = ("co.uk", "ac.uk", "com.br", "co.jp", "ne.jp", "or.jp", "co.il", "com.tr", "co.th", "co.kr", "com.cn",
                "com.tw", "co.in", "com.au", "com.eg", "edu.pl", "net.il", "com.mx", "co.za", "org.uk")


def orgdom(d):
    d = d.lower()
    parts = d.split(".")
    if len(parts) >= 3 and ".".join(parts[-2:]) in SECOND_LEVEL:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def _h(s):
    return int(hashlib.sha1(s.encode()).hexdigest(), 16)


def policy_for(dom, override=None):
    if override is not None:
        return override or None
    if dom in PROV:
        return PROV[dom]["dmarc"]
    return [None, "p=NONE dis=NONE", "p=NONE sp=NONE dis=NONE", "p=QUARANTINE sp=QUARANTINE dis=NONE",
            "p=REJECT sp=REJECT dis=NONE", None, "p=QUARANTINE sp=NONE dis=NONE", "p=NONE dis=NONE"][_h(dom) % 8]


KIND_OK = {
    "google": ["consumer", "org", "lookalike"],
    "exchange": ["consumer", "org", "lookalike"],
    "outlook": ["org", "consumer", "lookalike", "spoof", "vps"],
    "icloud": ["consumer"],
    "applemail": ["consumer", "org", "lookalike"],
    "thunderbird": ["consumer", "org", "lookalike", "spoof", "vps"],
    "zoom": ["platform"],
    "nextcloud": ["org"],
    "zimbra": ["org"],
    "yahoo": ["consumer"],
    "sogo": ["org"],
    "transactional": ["esp"],
    "handrolled": ["org", "vps", "spoof", "lookalike"],
}

EXAMPLE_DOMS = ["example.net", "example.org", "example.com", "mail.example.net", "corp.example.com", "example.net"]


class Ctx:
    def __init__(self, r, label, cat, idx, lang, client, base_client, arrival):
        self.r = r
        self.label, self.cat, self.i = label, cat, idx
        self.lang = lang
        self.client = client          # slot client (may be 'listmgr')
        self.bclient = base_client    # client that renders the message
        self.arrival = arrival        # naive UTC
        self.year = arrival.year
        self.tz = r.choice(LANG_TZ[lang])
        self.rcpt = None
        self.rcpt_org = None

    # ---- people / orgs
    def person(self, lang=None):
        return self.r.choice(PEOPLE[lang or self.lang])

    def people(self, n, lang=None):
        pool = list(PEOPLE[lang or self.lang])
        self.r.shuffle(pool)
        return pool[:n]

    def org(self, lang=None):
        return self.r.choice(ORGS[lang or self.lang])

    def first(self, display):
        if self.lang in ("zh", "zh-TW", "ko", "ja", "hu"):
            return display
        return display.split(" ")[0]

    def pick(self, seq):
        return self.r.choice(seq)

    def kind(self, prefs):
        ok = KIND_OK[self.bclient]
        for p in prefs:
            if p in ok:
                return p
        return ok[0]

    def freemail(self, lang=None):
        return self.r.choice(FREEMAIL[lang or self.lang])

    # ---- time
    def local_arrival(self):
        return TZ.to_local(self.tz, self.arrival)

    def at(self, days=(1, 21), hour=(9, 17), dur=60, minute=None, base=None):
        la = base or self.local_arrival()
        d = la.date() + dt.timedelta(days=self.r.randint(*days))
        m = minute if minute is not None else self.r.choice([0, 0, 0, 0, 15, 30, 30, 45])
        s = dt.datetime(d.year, d.month, d.day, self.r.randint(*hour), m)
        if days[0] == 0 and s <= la:
            s = s + dt.timedelta(days=1)
        return s, s + dt.timedelta(minutes=dur)

    def ev(self, summary, desc=None, loc=None, when=None, **kw):
        if when is None:
            when = self.at()
        e = dict(summary=summary, description=desc, location=loc, start=when[0], end=when[1], tz=self.tz)
        e.update(kw)
        return e

    # ---- numbers and tokens
    def ref(self, n=8, alpha=False):
        if alpha:
            return ralnum(self.r, n, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return rdigits(self.r, n)

    def money(self, lo, hi, step=1):
        v = self.r.randrange(lo, hi, step)
        return v

    def phone(self, cc="us"):
        r = self.r
        if cc == "us":
            return "+1 (%s) 555-01%02d" % (r.choice(["800", "833", "844", "855", "866", "877", "888", "808", "213", "646"]),
                                           r.randint(0, 99))
        if cc == "uk":
            return "+44 20 7946 0%03d" % r.randint(0, 999)
        d = lambda n: rdigits(r, n)
        table = {"de": lambda: "+49 30 %s %s" % (d(4), d(4)), "fr": lambda: "+33 1 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
                 "es": lambda: "+34 91 %s %s %s" % (d(3), d(2), d(2)), "it": lambda: "+39 02 %s %s" % (d(4), d(4)),
                 "nl": lambda: "+31 20 %s %s" % (d(3), d(4)), "pl": lambda: "+48 22 %s %s %s" % (d(3), d(2), d(2)),
                 "tr": lambda: "0850 %s %s %s" % (d(3), d(2), d(2)), "sv": lambda: "+46 8 %s %s %s" % (d(3), d(2), d(2)),
                 "ru": lambda: "8 800 %s-%s-%s" % (d(3), d(2), d(2)), "el": lambda: "+30 210 %s %s" % (d(3), d(4)),
                 "ar": lambda: "+971 4 %s %s" % (d(3), d(4)), "he": lambda: "*%s" % d(4),
                 "zh": lambda: "400-%s-%s" % (d(3), d(4)), "zh-TW": lambda: "0800-%s-%s" % (d(3), d(3)),
                 "ja": lambda: "0120-%s-%s" % (d(3), d(3)), "ko": lambda: "1588-%s" % d(4),
                 "hi": lambda: "1800 %s %s" % (d(3), d(4)), "th": lambda: "02-%s-%s" % (d(3), d(4)),
                 "pt": lambda: "0800 %s %s" % (d(3), d(4)), "au": lambda: "1300 %s %s" % (d(3), d(3))}
        return table.get(cc, lambda: "+1 (555) %s-%s" % (d(3), d(4)))()

    def mobile(self, cc):
        r = self.r
        return {"us": "+1 %03d 555 01%02d" % (r.randint(201, 989), r.randint(0, 99)),
                "uk": "+44 7700 900%03d" % r.randint(0, 999),
                "in": "+91 9%d%d%d%d%d %d%d%d%d%d" % tuple(r.randint(0, 9) for _ in range(10)),
                "ng": "+234 80%d %d%d%d %d%d%d%d" % tuple(r.randint(0, 9) for _ in range(8)),
                "tr": "+90 5%d%d %d%d%d %d%d %d%d" % tuple(r.randint(0, 9) for _ in range(9)),
                "br": "+55 11 9%d%d%d%d-%d%d%d%d" % tuple(r.randint(0, 9) for _ in range(8)),
                "th": "+66 8%d %d%d%d %d%d%d%d" % tuple(r.randint(0, 9) for _ in range(8)),
                "ae": "+971 5%d %d%d%d %d%d%d%d" % tuple(r.randint(0, 9) for _ in range(8)),
                "kr": "+82 10-%d%d%d%d-%d%d%d%d" % tuple(r.randint(0, 9) for _ in range(8)),
                "jp": "+81 90-%d%d%d%d-%d%d%d%d" % tuple(r.randint(0, 9) for _ in range(8)),
                "hk": "+852 %d%d%d%d %d%d%d%d" % tuple(r.randint(5, 9) if i == 0 else r.randint(0, 9) for i in range(8)),
                "id": "+62 812-%d%d%d%d-%d%d%d%d" % tuple(r.randint(0, 9) for _ in range(8)),
                }[cc]

    def btc(self):
        r = self.r
        if r.random() < 0.5:
            return "bc1q" + ralnum(r, 38, "023456789acdefghjklmnpqrstuvwxyz")
        return r.choice("13") + ralnum(r, 33, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")

    def tg(self, base):
        return base + "_" + ralnum(self.r, 4, "abcdefghijkmnopqrstuvwxyz0123456789")

    def slug(self, n=8):
        return ralnum(self.r, n, "abcdefghijklmnopqrstuvwxyz0123456789")

    # ---- domains and links
    def shady(self, *words, tlds=None):
        r = self.r
        tlds = tlds or [".top", ".xyz", ".shop", ".online", ".icu", ".click", ".store", ".live", ".site", ".com",
                        ".net", ".info", ".cfd", ".sbs", ".buzz", ".us"]
        w = [x for x in words if x]
        r.shuffle(w)
        sep = r.choice(["-", "", "-"])
        base = sep.join(w[:r.choice([2, 2, 3])]) if len(w) > 1 else w[0]
        if r.random() < 0.35:
            base += r.choice(["", "-", ""]) + r.choice(["24", "365", "online", "hub", "now", "app", "us", "co", "x"])
        return base + r.choice(tlds)

    def abuse_url(self):
        """links on legitimate hosting/doc services, as phishers use them"""
        r = self.r
        s = self.slug
        return r.choice([
            "https://%s.web.core.windows.net/?id=%s" % (s(12), s(10)),
            "https://pub-%s.r2.dev/index.html#%s" % (rhex(r, 32), s(6)),
            "https://%s.pages.dev/" % s(10),
            "https://%s.%s.workers.dev/" % (s(9), s(7)),
            "https://ipfs.io/ipfs/bafybei%s" % ralnum(r, 52, "abcdefghijklmnopqrstuvwxyz234567"),
            "https://docs.google.com/drawings/d/1%s/preview" % ralnum(r, 43, B64URL),
            "https://www.canva.com/design/DAG%s/view" % ralnum(r, 8),
            "https://%s.notion.site/%s" % (s(10), rhex(r, 32)),
            "https://forms.office.com/r/%s" % ralnum(r, 10),
            "https://%s.firebaseapp.com/" % s(12),
            "https://storage.googleapis.com/%s/index.html" % s(14),
            "https://sites.google.com/view/%s/home" % s(10),
            "https://%s.blob.core.windows.net/%s/index.html" % (s(10), s(6)),
            "https://%s.glitch.me/" % s(12),
            "https://%s.weebly.com/" % s(10),
            "https://%s.wixsite.com/%s" % (s(8), s(6)),
            "https://%s.framer.website/" % s(10),
            "https://%s.webflow.io/" % s(10),
            "https://dweb.link/ipfs/bafkrei%s" % ralnum(r, 52, "abcdefghijklmnopqrstuvwxyz234567"),
        ])

    def short_url(self):
        r = self.r
        return r.choice(["https://bit.ly/", "https://tinyurl.com/", "https://t.ly/", "https://rb.gy/", "https://is.gd/",
                         "https://cutt.ly/", "https://shorturl.at/"]) + ralnum(r, r.choice([6, 7, 8]))

    def meet(self):
        r = self.r
        return "https://meet.google.com/%s-%s-%s" % (rlower(r, 3), rlower(r, 4), rlower(r, 3))

    def zoom_url(self, dom="us02web.zoom.us"):
        r = self.r
        mid = "8%s" % rdigits(r, 10)
        return "https://%s/j/%s?pwd=%s" % (dom, mid, ralnum(r, 32)), "%s %s %s" % (mid[:3], mid[3:7], mid[7:])

    def teams_url(self):
        r = self.r
        if self.year >= 2025 and r.random() < 0.5:
            return "https://teams.microsoft.com/meet/%s?p=%s" % (rdigits(r, 14), ralnum(r, 16))
        return ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a"
                "%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (ralnum(r, 64, B64URL.replace("-", "").replace("_", "")),
                                                               ruuid(r), ruuid(r)))

    def webex_url(self, sub="meetings"):
        return "https://%s.webex.com/%s/j.php?MTID=m%s" % (sub, sub, rhex(self.r, 32))


# ------------------------------------------------------------------ sender resolution

def google_sel(y):
    return "20161025" if y < 2021 else ("20210112" if y < 2023 else "20230601")


def ms_names(r):
    reg = r.choice(["eurprd04", "eurprd07", "namprd02", "namprd11", "apcprd06", "gbrp265"])
    pfx = {"eurprd04": "AM0PR04", "eurprd07": "DB9PR07", "namprd02": "BN6PR02", "namprd11": "SA1PR11",
           "apcprd06": "SEZPR06", "gbrp265": "LO2P265"}[reg]
    n = r.randint(1000, 9999)
    mbx = "%sMB%d.%s.prod.outlook.com" % (pfx, n, reg)
    msgid = "%sMB%d%s@%s" % (pfx, n, rHEX(r, 34), mbx)
    edge = r.choice(["EUR05-DB8-obe", "EUR03-AM7-obe", "NAM12-BN8-obe", "NAM10-MW2-obe", "APC01-SG2-obe",
                     "GBR01-LO4-obe"])
    rdns = "mail-%s%s%s.outbound.protection.outlook.com" % (edge.split("-")[1].lower(), edge.split("-")[0].lower(),
                                                           r.choice(["on2071", "on2104", "olkn2011", "on2138", "on2059"]))
    return reg, mbx, msgid, edge + ".outbound.protection.outlook.com", rdns


def outlook_msgid(r, dom):
    return "%s01%s$%s$%s$@%s" % (rhex(r, 4), rhex(r, 6), rhex(r, 8), rhex(r, 8), dom)


HOSTERS = [("smtp.hostinger-mail.net", "postfix"), ("mail.kasserver-relay.de", "postfix"), ("smtp.ionos-out.net", "exim"),
           ("relay.ovh-mail.net", "postfix"), ("outbound.mailhostbox.com", "postfix"), ("smtp.strato-out.de", "exim"),
           ("mx-out.netcup-mail.de", "postfix"), ("smtp.aruba-out.it", "exim"), ("mail.bluehost-out.com", "exim"),
           ("smtp.one-mail.com", "postfix")]
VPS_HOSTS = ["vps-{h}.vps.ovh.net", "srv{n}.hostwinds.net", "{h}.contaboserver.net", "vmi{n}.contaboserver.net",
             "li{n}-{n2}.members.linode.com", "ec2-{a}-{b}-{c}-{d}.compute-1.amazonaws.com", "static.{n}.clients.your-server.de",
             "server{n}.hostkey.example", "{h}.vultrusercontent.com", "ip-{a}-{b}-{c}.ip.secureserver.net"]
VPS_JUNK = ["mailer", "notice", "info", "service", "alerts", "promo", "news", "secure", "support", "update"]


def vps_host(r):
    t = r.choice(VPS_HOSTS)
    return t.format(h=rhex(r, 8), n=r.randint(1000, 99999), n2=r.randint(10, 250), a=r.randint(3, 99),
                    b=r.randint(1, 250), c=r.randint(1, 250), d=r.randint(1, 250))


def resolve_sender(sc, ctx):
    r = ctx.r
    client = sc["client"]
    if client == "exchange" and sc.get("kind") == "org" and "variant" not in sc:
        if r.random() < (0.35 if ctx.year < 2021 else 0.1):
            sc["variant"] = "onprem"
    if client == "applemail" and "variant" not in sc and r.random() < 0.45:
        sc["variant"] = "ios"
    kind = sc["kind"]
    name, local, dom = sc.get("name"), sc.get("local"), sc.get("domain")
    rcpt = sc["rcpt"][1]
    y = ctx.year
    info = {"rcpt": rcpt}
    dk = []
    fam = "generic"
    spf_res = "pass"
    env = None
    helo = rdns = ip = None
    msgid = None
    esmtp = "ESMTPS"
    if client == "zoom":
        host = sc["host"]
        sc["org_person"] = host
        frm = ("Zoom", "no-reply@zoom.us")
        env = "no-reply@zoom.us"
        n = r.randint(1, 30)
        helo = rdns = "mailout%d.zoom.us" % n
        dk = [("pass", "zoom.us", "zm1", "generic")]
        fam = "zoom"
        msgid = "%d.%d.%d@zoom.us" % (r.randint(10 ** 8, 2 * 10 ** 9), r.randint(10 ** 5, 10 ** 7),
                                      int(sc["t_send"].timestamp() * 1000))
    elif client == "google":
        if kind == "consumer":
            dom = "gmail.com"
        frm = (name, "%s@%s" % (local, dom))
        env = "%s%s@calendar-server.bounces.google.com" % (r.choice("123456789"), ralnum(r, 27, B64URL).replace("-", "x"))
        helo = rdns = "mail-sor-f%d.google.com" % r.randint(40, 80)
        sel = google_sel(y)
        if dom == "gmail.com":
            dk = [("pass", "gmail.com", sel, "google"), ("pass", "google.com", sel, "google")]
        else:
            dk = [("pass", dom, "google", "google"), ("pass", "google.com", sel, "google")]
        fam = "gmail"
        msgid = "calendar-%s@google.com" % ruuid(r)
        if sc.get("variant") == "gmail-fwd":
            env = frm[1]
            dk = dk[:1]
            msgid = "CA%s@mail.gmail.com" % ralnum(r, 44, B64URL).replace("_", "+")
    elif client == "exchange":
        reg, mbx, msgid, edge, ms_rdns = ms_names(r)
        if kind == "consumer":
            dom = dom or r.choice(["outlook.com", "hotmail.com", "outlook.com", "live.com"] +
                                  {"es": ["hotmail.es"], "tr": ["hotmail.com.tr"], "ar": ["outlook.sa"],
                                   "th": ["hotmail.co.th"]}.get(ctx.lang, []))
            fam = "o365c"
            dk = [("pass", dom, "selector1", "ms")]
        else:
            fam = "o365"
            if sc.get("variant") == "onprem":
                fam = "exch-onprem"
            elif _h(dom) % 3 == 0:
                tenant = dom.split(".")[0].replace("-", "")[:20]
                dk = [("pass", "%s.onmicrosoft.com" % tenant, "selector1-%s" % dom.replace(".", "-"), "ms")]
            else:
                dk = [("pass", dom, r.choice(["selector1", "selector2"]), "ms")]
        frm = (name, "%s@%s" % (local, dom))
        env = frm[1]
        if fam == "exch-onprem":
            helo = rdns = "mail.%s" % dom
            info["org_domain"] = "corp." + dom if r.random() < 0.5 else dom
            info["onprem_e1"] = "EXCH%02d.%s" % (r.randint(1, 4), info["org_domain"])
            msgid = "%s@%s" % (rHEX(r, 32), info["onprem_e1"])
            if r.random() < 0.4:
                dk = [("pass", dom, "s1", "generic")]
        else:
            helo, rdns = edge, ms_rdns
            info["ms_mbx"] = mbx
    elif client == "icloud":
        dom = dom if dom in ("icloud.com", "me.com", "mac.com") else r.choice(["icloud.com", "icloud.com", "me.com", "mac.com"])
        frm = (name, "%s@%s" % (local, dom))
        env = frm[1]
        helo = rdns = "p-west%d-cluster%d-host%d-snip4-%d.eps.apple.com" % (r.randint(1, 3), r.randint(1, 9),
                                                                          r.randint(1, 12), r.randint(1, 9))
        dk = [("pass", dom, "1a1hai", "generic")]
        fam = "icloud-server"
        msgid = "%d.%d.%d@p%02d-caldav.icloud.com" % (r.randint(10 ** 8, 2 * 10 ** 9), r.randint(1000, 99999),
                                                     int(sc["t_send"].timestamp() * 1000), r.randint(20, 70))
    elif client == "yahoo":
        dom = dom if (dom and ("yahoo" in dom or dom in ("aol.com", "ymail.com"))) else r.choice(
            ["yahoo.com", "yahoo.com", "ymail.com", "aol.com"] + {"es": ["yahoo.es"], "el": ["yahoo.gr"], "hi": ["yahoo.co.in"],
                                                                   "zh-TW": ["yahoo.com.tw"], "th": ["yahoo.co.th"],
                                                                   "fr": ["yahoo.fr"]}.get(ctx.lang, []))
        frm = (name, "%s@%s" % (local, dom))
        env = frm[1]
        dc = r.choice(["ne1", "bf2", "gq1"])
        helo = rdns = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (r.randint(300, 330), r.randint(10, 60), dc)
        dk = [("pass", dom, prov(dom)["sel"], "generic")]
        fam = "yahoo"
    elif client == "nextcloud":
        dom = dom
        sc["org_person"] = (name, "%s@%s" % (local, dom))
        nc = sc.get("nc_host") or r.choice(["cloud.%s", "nextcloud.%s", "nc.%s", "cloud.%s", "files.%s"]) % dom
        sc["nc_host"] = nc
        frm = (None, r.choice(["noreply@%s", "nextcloud@%s", "no-reply@%s"]) % (nc if r.random() < 0.4 else dom))
        env = frm[1]
        helo = rdns = nc
        if r.random() < 0.2:
            esmtp = "ESMTP"
        fam = r.choice(["local", "docker", "postfix"])
        info["host"] = nc
        info["app_host"] = r.choice(["nextcloud-app", "app", "nc_app_1"])
        if r.random() < 0.45:
            dk = [("pass", dom, r.choice(["default", "mail", "dkim", "2023"]), "generic")]
        if r.random() < 0.25:
            spf_res = "softfail"
        msgid = "%s@%s" % (rhex(r, 32), nc)
    elif client in ("zimbra", "sogo"):
        host = sc.get("mailhost") or ("%s.%s" % (r.choice(["mail", "zimbra", "webmail", "mx1"]) if client == "zimbra"
                                                else r.choice(["mail", "mx", "mail"]), dom))
        frm = (name, "%s@%s" % (local, dom))
        env = frm[1]
        helo = rdns = host
        info["host"] = host
        fam = "zimbra" if client == "zimbra" else "postfix"
        info["auth_user"] = frm[1]
        if client == "sogo" or r.random() < 0.6:
            sel = "dkim" if client == "sogo" else "%s-%s-%s-%s-%s" % (rHEX(r, 8), rHEX(r, 4), rHEX(r, 4), rHEX(r, 4), rHEX(r, 12))
            dk = [("pass", dom, sel, "generic")]
        if client == "zimbra":
            msgid = "%d.%d.%d.JavaMail.zimbra@%s" % (r.randint(10 ** 8, 2 * 10 ** 9), r.randint(10 ** 5, 10 ** 7),
                                                     int(sc["t_send"].timestamp() * 1000), dom)
            sc["client_ip"] = ip_for("zc" + frm[1])
        else:
            msgid = "%s-%s-%d-%s@%d" % (rhex(r, 4), rhex(r, 8), r.randint(1, 9), rhex(r, 8), r.randint(10 ** 8, 10 ** 9))
    elif client == "transactional":
        esp = sc.get("esp") or r.choice(["sendgrid", "ses", "mailgun", "postmark", "inhouse", "sendgrid", "ses"])
        sc["esp"] = esp
        frm = (name, "%s@%s" % (local, dom))
        rc = rcpt.replace("@", "=")
        if esp == "sendgrid":
            env = "bounces+%d-%s-%s@em%d.%s" % (r.randint(10 ** 6, 10 ** 8), rhex(r, 4), rc, r.randint(1000, 9999), dom)
            helo = rdns = "o%d.ptr%d.%s" % (r.randint(1, 9), r.randint(1000, 9999), dom)
            dk = [("pass", dom, "s1", "generic"), ("pass", "sendgrid.info", "smtpapi", "generic")]
            fam = "sendgrid"
            msgid = "%s@geopod-ismtpd-%d" % (ralnum(r, 22, B64URL), r.randint(1, 40))
        elif esp == "ses":
            region = r.choice(["eu-west-1", "us-east-1", "us-west-2", "eu-central-1", "ap-northeast-1"])
            env = ("0102018%s-%s-000000@%s.amazonses.com" % (rhex(r, 9), ruuid(r), region)) if r.random() < 0.6 \
                else "bounce@mail.%s" % dom
            helo = rdns = "a%d-%d.smtp-out.%s.amazonses.com" % (r.randint(8, 80), r.randint(1, 250), region)
            dk = [("pass", dom, rlower(r, 32), "generic"), ("pass", "amazonses.com", rlower(r, 32), "generic")]
            fam = "ses"
            info["ses_region"] = region
            msgid = "0102018%s-%s-000000@%s.amazonses.com" % (rhex(r, 9), ruuid(r), region)
        elif esp == "mailgun":
            env = "bounce+%s.%s-%s@mg.%s" % (rhex(r, 6), rhex(r, 6), rc, dom)
            helo = rdns = "m%d-%d.mailgun.net" % (r.randint(40, 240), r.randint(1, 250))
            dk = [("pass", "mg." + dom if r.random() < 0.5 else dom, r.choice(["krs", "k1", "mx", "pic"]), "generic"),
                  ("pass", "mailgun.org", "mg", "generic")]
            fam = "mailgun"
            msgid = "%s.%s@mg.%s" % (sc["t_send"].strftime("%Y%m%d%H%M%S"), rhex(r, 16), dom)
        elif esp == "postmark":
            env = "pm_bounces@pm-bounces.%s" % dom
            helo = rdns = "sc-ord-mta%d.mtasv.net" % r.randint(100, 200)
            dk = [("pass", dom, "%spm" % sc["t_send"].strftime("%Y%m%d"), "generic"), ("pass", "pm.mtasv.net", "pm20231010", "generic")]
            fam = "postmark"
            msgid = "%s@mtasv.net" % ruuid(r)
        else:
            env = r.choice(["bounce@%s", "noreply@%s", "mailer@%s"]) % dom
            helo = rdns = "%s.%s" % (r.choice(["mail", "mailout", "smtp-out", "mta1", "outbound"]), dom)
            dk = [("pass", dom, r.choice(["mail", "default", "k1", "s2048", "dkim2024"]), "generic")] if r.random() < 0.85 else []
            fam = r.choice(["postfix", "local", "docker"])
            info["host"] = helo
            msgid = "%s@%s" % (rhex(r, 24), dom)
    else:
        # SMTP-capable desktop/mobile clients and scripts: outlook, applemail, thunderbird, handrolled
        if kind == "consumer":
            dom = dom or ctx.freemail()
            frm = (name, "%s@%s" % (local, dom))
            env = frm[1]
            p = prov(dom)
            fam = p["fam"]
            if fam == "gmail":
                info["smtp_client"] = True
                helo = rdns = "mail-%s.google.com" % r.choice(["ej1-f46", "wr1-f44", "pl1-f180", "qt1-f171", "lj1-f171"])
                dk = [("pass", dom, google_sel(y), "google")]
            elif fam == "o365c":
                reg, mbx, _, edge, ms_rdns = ms_names(r)
                helo, rdns = edge, ms_rdns
                info["ms_mbx"] = mbx
                dk = [("pass", dom, "selector1", "ms")]
            elif fam == "yahoo":
                info["smtp_client"] = True
                helo = rdns = "sonic%d-%d.consmr.mail.ne1.yahoo.com" % (r.randint(300, 330), r.randint(10, 60))
                dk = [("pass", dom, p["sel"], "generic")]
            elif fam == "icloud":
                helo = rdns = "ms%d.icloud.com" % r.randint(10, 99) if False else \
                    "st43p00im-ztdg%s.me.com" % rHEX(r, 8)
                dk = [("pass", dom, "1a1hai", "generic")]
            else:
                h = p.get("host") or ("smtp." + dom)
                helo = rdns = h
                info["host"] = h
                if p["sel"]:
                    dk = [("pass", dom, p["sel"], "generic")]
                if fam == "generic":
                    fam = r.choice(["generic", "postfix"])
        elif kind in ("org", "lookalike"):
            frm = (name, "%s@%s" % (local, dom))
            env = frm[1]
            mode = sc.get("org_mail") or r.choice(["hoster", "hoster", "own", "o365"] if client == "applemail"
                                                  else ["hoster", "own", "hoster"])
            if client == "handrolled":
                mode = sc.get("org_mail") or r.choice(["own", "webapp", "webapp", "hoster"])
            if mode == "o365":
                reg, mbx, _, edge, ms_rdns = ms_names(r)
                helo, rdns = edge, ms_rdns
                info["ms_mbx"] = mbx
                fam = "o365"
                dk = [("pass", dom, "selector1", "ms")]
            elif mode == "webapp":
                if r.random() < 0.2:
                    esmtp = "ESMTP"
                h = sc.get("app_host") or "%s.%s" % (r.choice(["web01", "www", "app", "portal", "booking", "srv1"]), dom)
                helo = rdns = h
                info["host"] = h
                fam = r.choice(["local", "docker"])
                if r.random() < 0.55:
                    dk = [("pass", dom, r.choice(["default", "mail", "x", "k1"]), "generic")]
            elif mode == "own":
                if r.random() < 0.15:
                    esmtp = "ESMTP"
                h = "mail.%s" % dom
                helo = rdns = h
                info["host"] = h
                info["auth_user"] = frm[1]
                fam = r.choice(["postfix", "exim"])
                if r.random() < 0.75:
                    dk = [("pass", dom, r.choice(["default", "mail", "dkim", "s1", "2022", "key1"]), "generic")]
            else:
                h, f = r.choice(HOSTERS)
                helo = rdns = h
                info["host"] = h
                info["auth_user"] = frm[1]
                fam = f
                if r.random() < 0.7:
                    dk = [("pass", dom, r.choice(["default", "s1", "hostingermail1", "dkim", "mail"]), "generic")]
            if kind == "lookalike" and not dk and r.random() < 0.7:
                dk = [("pass", dom, r.choice(["default", "mail", "s1"]), "generic")]
        elif kind == "spoof":
            frm = (name, "%s@%s" % (local, dom))
            vh = vps_host(r)
            helo = r.choice([vh, "localhost", "WIN-%s" % rHEX(r, 11), "mail." + dom, "[%s]" % ip_for(vh)])
            rdns = vh if r.random() < 0.7 else "unknown"
            ip = ip_for(vh)
            if r.random() < 0.55:
                env = frm[1]
                spf_res = r.choice(["softfail", "fail", "softfail", "neutral"])
            else:
                jd = sc.get("env_domain") or ctx.shady(r.choice(VPS_JUNK), ctx.slug(5), tlds=[".com", ".net", ".xyz", ".info"])
                env = "%s@%s" % (r.choice(["bounce", "return", "mail", "info", ctx.slug(6)]), jd)
                spf_res = r.choice(["pass", "none", "neutral"])
            fam = "vps"
            info["host"] = vh
            info["vps_style"] = r.choice(["local", "none", "oe", "helo"])
            esmtp = r.choice(["ESMTP", "ESMTPS", "SMTP"]) if info["vps_style"] != "none" else "ESMTP"
        elif kind == "vps":
            dom = dom or ctx.shady(r.choice(VPS_JUNK), ctx.slug(5))
            frm = (name, "%s@%s" % (local, dom))
            env = frm[1]
            vh = vps_host(r)
            helo = r.choice(["mail." + dom, vh, dom])
            rdns = vh if r.random() < 0.6 else ("mail." + dom if r.random() < 0.5 else "unknown")
            ip = ip_for(vh)
            spf_res = r.choice(["pass", "pass", "none", "neutral", "softfail"])
            if r.random() < 0.35:
                dk = [("pass", dom, r.choice(["default", "mail", "s1", "dkim"]), "generic")]
            fam = "vps"
            info["host"] = vh
            info["vps_style"] = r.choice(["local", "none", "helo"])
            esmtp = r.choice(["ESMTP", "ESMTPS"])
        else:
            raise ValueError((client, kind))
        if client == "outlook":
            msgid = outlook_msgid(r, dom)
        elif client == "applemail":
            msgid = "%s@%s" % (ruuid(r).upper(), dom)
        elif client == "thunderbird":
            msgid = "%s@%s" % (ruuid(r), dom)
        else:
            lib = sc.get("tx", {}).get("lib", "phpmailer")
            host = info.get("host", dom)
            msgid = {"phpmailer": "%s@%s" % (ralnum(r, 43), host),
                     "python": "%d.%d.%d@%s" % (int(sc["t_send"].timestamp() * 100), r.randint(1000, 99999),
                                                r.randint(10 ** 18, 10 ** 19), host.split(".")[0]),
                     "nodemailer": "%s@%s" % (ruuid(r), dom),
                     "java": "%d.%d.%d@%s" % (r.randint(10 ** 8, 2 * 10 ** 9), r.randint(10 ** 3, 10 ** 6),
                                              int(sc["t_send"].timestamp() * 1000), host),
                     "bulk": "%s$%s@%s" % (rHEX(r, 12), rHEX(r, 8), dom),
                     "none": None}.get(lib, "%s@%s" % (rhex(r, 32), dom))
    if helo is None:
        helo = rdns = "mail." + frm[1].split("@")[1]
    if ip is None:
        ip = ip_for(helo) if r.random() < 0.85 or fam in ("vps",) else ip6_for(helo)
    if fam == "gmail":
        info["gmail_host"] = helo
    if fam in ("gmail", "o365", "o365c") and r.random() < 0.3:
        ip = ip6_for(helo + str(r.random()))
    sc.setdefault("org_person", frm)
    sc["from"] = (sc.get("from_display_override", frm[0]), frm[1])
    sc["env"] = env
    sc["helo"], sc["rdns"], sc["ip"] = helo, rdns, ip
    sc["dk"] = dk
    sc["spf_res"] = spf_res
    sc["fam"], sc["fam_info"] = fam, info
    sc["esmtp"] = esmtp
    if msgid is not None or "msgid" not in sc:
        sc["msgid"] = msgid


def compute_auth(sc):
    """Apply overrides and compute DMARC."""
    a = sc.get("auth", {})
    dk = [list(x) for x in sc["dk"]]
    if a.get("dkim") and dk:
        dk[0][0] = a["dkim"]
    if a.get("drop_dkim"):
        dk = []
    spf = a.get("spf", sc["spf_res"])
    from_dom = sc["from"][1].split("@")[1].lower()
    env_dom = sc["env"].split("@")[1].lower()
    aligned = any(x[0] == "pass" and orgdom(x[1]) == orgdom(from_dom) for x in dk) or \
        (spf == "pass" and orgdom(env_dom) == orgdom(from_dom))
    pol = policy_for(from_dom, sc.get("dmarc_policy"))
    if pol is None:
        dm = ("none", None, from_dom)
    else:
        dm = ("pass" if aligned else "fail", pol, from_dom)
        if not aligned and "p=REJECT" in pol:
            dm = ("fail", pol.replace("dis=NONE", "dis=REJECT") if False else pol, from_dom)
    sc["dk_final"], sc["spf_final"], sc["dmarc_final"] = dk, spf, dm


# ------------------------------------------------------------------ list managers

def list_wrap(sc, top, ctx):
    r = ctx.r
    lst = sc["list"]
    flavor = lst["flavor"]
    lname, ldom = lst["name"], lst["domain"]
    laddr = "%s@%s" % (lname, ldom)
    orig_from = sc["from"]
    from_dom = orig_from[1].split("@")[1]
    pol = policy_for(from_dom, sc.get("dmarc_policy"))
    munge = pol is not None and ("QUARANTINE" in pol or "REJECT" in pol)
    if flavor != "googlegroups":
        top.headers = [h for h in top.headers if not h.startswith("Sender:")]
    hs = top.headers
    # subject prefix
    if lst.get("prefix", flavor != "googlegroups"):
        for i, h in enumerate(hs):
            if h.startswith("Subject:"):
                hs[i] = fold("Subject", "[%s] " % lname + hdr_text(sc["subject_final"], "UTF-8"))
    newh = []
    if flavor == "googlegroups":
        newh += ["X-Original-Sender: %s" % orig_from[1],
                 "X-Original-Authentication-Results: gmr-mx.google.com;\r\n       dkim=pass header.i=@%s;\r\n       "
                 "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                 % (from_dom, sc["env"], sc["ip"], sc["env"]),
                 "Precedence: list", "Mailing-list: list %s; contact %s+owners@googlegroups.com" % (laddr, lname),
                 "List-ID: <%s.googlegroups.com>" % lname, "X-Spam-Checked-In-Group: %s" % laddr,
                 "X-Google-Group-Id: %d" % r.randint(10 ** 11, 10 ** 12),
                 "List-Post: <https://groups.google.com/group/%s/post>, <mailto:%s>" % (lname, laddr),
                 "List-Help: <https://groups.google.com/support/>, <mailto:%s+help@googlegroups.com>" % lname,
                 "List-Archive: <https://groups.google.com/group/%s" % lname + ">",
                 "List-Unsubscribe: <mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/%s/subscribe>" % (r.randint(10 ** 11, 10 ** 12), lname)]
        env = "%s+bncB%s@googlegroups.com" % (lname, ralnum(r, 40, B64URL).replace("-", "A"))
        helo = rdns = "mail-yb1-f%d.google.com" % r.randint(180, 200)
        dks = [("pass", "googlegroups.com", google_sel(ctx.year), "google")] + \
              [("fail", x[1], x[2], x[3]) for x in sc["dk_final"]]
        if munge:
            newfrom = ("'%s' via %s" % (orig_from[0] or orig_from[1], lst.get("title", lname)), laddr)
        else:
            newfrom = None
        spf_mf = env
        foot = ("-- \nYou received this message because you are subscribed to the Google Groups \"%s\" group.\n"
                "To unsubscribe from this group and stop receiving emails from it, send an email to %s+unsubscribe@googlegroups.com.\n"
                "To view this discussion visit https://groups.google.com/d/msgid/%s/%s." % (lst.get("title", lname), lname, lname,
                                                                                        sc["msgid"].replace("@", "%40")))
        _add_footer(top, foot, r)
        hs = top.headers
    else:
        ver = {"mailman2": "2.1.%d" % r.choice([29, 34, 36, 39]), "mailman3": "3.3.%d" % r.choice([4, 8, 9]),
               "sympa": "6.2.%d" % r.choice([60, 70, 72])}[flavor]
        if flavor == "sympa":
            newh += ["X-Loop: %s" % laddr, "X-Sequence: %d" % r.randint(100, 9999), "Errors-To: %s-owner@%s" % (lname, ldom),
                     "Precedence: list", "Precedence: bulk", "Sender: %s-request@%s" % (lname, ldom),
                     "X-no-archive: yes", "List-Id: <%s.%s>" % (lname, ldom),
                     "List-Help: <mailto:sympa@%s?subject=help>" % ldom,
                     "List-Subscribe: <mailto:sympa@%s?subject=subscribe%%20%s>" % (ldom, lname),
                     "List-Unsubscribe: <mailto:sympa@%s?subject=unsubscribe%%20%s>" % (ldom, lname),
                     "List-Post: <mailto:%s>" % laddr, "List-Owner: <mailto:%s-request@%s>" % (lname, ldom),
                     "List-Archive: <https://%s/sympa/arc/%s>" % (ldom, lname)]
            env = "%s-owner@%s" % (lname, ldom)
        else:
            title = lst.get("title", lname)
            newh += ["X-BeenThere: %s" % laddr, "X-Mailman-Version: %s" % ver, "Precedence: list",
                     H_list("List-Id", "%s <%s.%s>" % (hdr_text(title), lname, ldom)),
                     "List-Unsubscribe: <https://%s/mailman/options/%s>,\r\n <mailto:%s-request@%s?subject=unsubscribe>"
                     % (ldom, lname, lname, ldom) if flavor == "mailman2" else
                     "List-Unsubscribe: <mailto:%s-leave@%s>" % (lname, ldom),
                     "List-Archive: <https://%s/pipermail/%s/>" % (ldom, lname) if flavor == "mailman2" else
                     "Archived-At: <https://%s/archives/list/%s/message/%s/>" % (ldom, laddr, rHEX(r, 32)),
                     "List-Post: <mailto:%s>" % laddr,
                     "List-Help: <mailto:%s-request@%s?subject=help>" % (lname, ldom),
                     "List-Subscribe: <https://%s/mailman/listinfo/%s>,\r\n <mailto:%s-request@%s?subject=subscribe>"
                     % (ldom, lname, lname, ldom) if flavor == "mailman2" else
                     "List-Subscribe: <mailto:%s-join@%s>" % (lname, ldom)]
            if flavor == "mailman3":
                newh += ["Message-ID-Hash: %s" % rHEX(r, 32), "X-Message-ID-Hash: %s" % rHEX(r, 32),
                         "X-MailFrom: %s" % sc["env"],
                         "X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; "
                         "member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; "
                         "max-size; news-moderation; no-subject; digests; suspicious-header"]
            env = "%s-bounces@%s" % (lname, ldom) if flavor == "mailman2" else \
                "%s-bounces+%s@%s" % (lname, sc["rcpt"][1].replace("@", "="), ldom)
            newh += ["Errors-To: %s-bounces@%s" % (lname, ldom), "Sender: \"%s\" <%s-bounces@%s>" % (lname, lname, ldom)]
        helo = rdns = lst.get("host", "lists." + ldom if not ldom.startswith("lists.") else ldom)
        dks = [("fail", x[1], x[2], x[3]) for x in sc["dk_final"]]
        if flavor == "mailman3" and r.random() < 0.5:
            dks.insert(0, ("pass", ldom, "mm", "generic"))
        newfrom = ("%s via %s" % (orig_from[0] or orig_from[1].split("@")[0], lname), laddr) if munge else None
        spf_mf = env
        foot = lst.get("footer") or ("_______________________________________________\n%s mailing list\n%s\n"
                                     "https://%s/mailman/listinfo/%s" % (lname, laddr, ldom, lname))
        _add_footer(top, foot, r)
        hs = top.headers
    if newfrom:
        for i, h in enumerate(top.headers):
            if h.startswith("From:"):
                top.headers[i] = fold("From", addr(*newfrom))
        if not any(h.startswith("Reply-To:") for h in top.headers):
            top.headers.append(fold("Reply-To", addr(*orig_from)))
        from_final = newfrom[1]
    else:
        from_final = orig_from[1]
    # the list server's own Received lines go on top of the original chain
    t = sc["t_send"]
    lh = helo
    lrec = ["Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s"
            % (lh, lh, rHEX(r, 10), rfcdate(t + dt.timedelta(seconds=2))),
            "Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
            % (sc["helo"], sc["rdns"], sc["ip"], lh, rHEX(r, 10), laddr, rfcdate(t + dt.timedelta(seconds=1)))] \
        if flavor != "googlegroups" else \
        ["Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%s;\r\n        %s"
         % (rhex(r, 4), rhex(r, 3), rhex(r, 3), rhex(r, 4), rhex(r, 16), rhex(r, 8), r.randint(1, 9),
            t.strftime("%Y%m%d"), rfcdate(t + dt.timedelta(seconds=2))),
         "Received: from %s (%s [%s])\r\n        by gmr-mx.google.com with ESMTPS id %s.%d.%s\r\n        for <%s>\r\n"
         "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        %s"
         % (sc["helo"], sc["rdns"], sc["ip"], rhex(r, 16), r.randint(1, 9), t.strftime("%Y.%m.%d"), laddr,
            rfcdate(t + dt.timedelta(seconds=1)))]
    sc["env_orig"] = sc["env"]
    sc["list_headers"] = newh
    sc["list_received"] = lrec
    sc["env"] = spf_mf
    sc["helo"], sc["rdns"] = helo, rdns
    sc["ip"] = ip_for(helo)
    sc["dk_list"] = dks
    sc["spf_final"] = "pass"
    fd = from_final.split("@")[1]
    pol2 = policy_for(fd, sc.get("dmarc_policy") if fd == from_dom else None)
    aligned = any(x[0] == "pass" and orgdom(x[1]) == orgdom(fd) for x in dks) or orgdom(spf_mf.split("@")[1]) == orgdom(fd)
    sc["dmarc_final"] = ("none", None, fd) if pol2 is None else ("pass" if aligned else "fail", pol2, fd)
    return top


def _add_footer(top, foot, r):
    fp = text_part(foot, "text/plain", "us-ascii" if is_ascii(foot) else "utf-8",
                   "7bit" if is_ascii(foot) else "quoted-printable", extra_headers=["Content-Disposition: inline"])
    hs = top.headers
    ct_idx = [i for i, h in enumerate(hs) if h.lower().startswith("content-type:")][0]
    if "multipart/mixed" in hs[ct_idx]:
        top.parts.append(fp)
    else:
        mime = ("content-type", "content-transfer-encoding", "content-disposition")
        inner = Part([h for h in hs if h.lower().startswith(mime)], body=top.body, parts=top.parts,
                     boundary=top.boundary, preamble=None)
        b = "===============%d==" % r.randint(10 ** 18, 10 ** 19)
        top.headers = [h for h in hs if not h.lower().startswith(mime)] + \
            ['Content-Type: multipart/mixed; boundary="%s"' % b]
        top.parts, top.boundary, top.body, top.preamble = [inner, fp], b, b"", None


def H_list(name, value):
    return fold(name, value)


# ------------------------------------------------------------------ forward as attachment / Gmail web forward

def render_fwd_rfc822(sc, inner_bytes, ctx):
    """outer message (Thunderbird/Outlook/Apple style) carrying the original invitation as message/rfc822"""
    r = ctx.r
    cl = sc["client"]
    note = sc.get("body") or ""
    if cl == "thunderbird":
        b = "------------" + ralnum(r, 24)
    elif cl == "outlook":
        b = "----=_NextPart_000_%04X_01%s.%s" % (r.randint(1, 0x3F), rHEX(r, 6), rHEX(r, 8))
    else:
        b = "Apple-Mail=_" + ruuid(r).upper()
    p1 = text_part(note, "text/plain", "UTF-8" if cl == "thunderbird" else "utf-8",
                   "7bit" if is_ascii(note) else ("8bit" if cl == "thunderbird" else "quoted-printable"), cs_quote=False)
    fn = sc["fwd_name"] + ".eml"
    if is_ascii(fn):
        p2h = ['Content-Type: message/rfc822; name="%s"' % fn, 'Content-Disposition: attachment; filename="%s"' % fn]
    elif cl == "outlook":
        ew = " ".join(encoded_words(fn, "utf-8", "B"))
        p2h = ['Content-Type: message/rfc822;\r\n\tname="%s"' % ew, 'Content-Disposition: attachment;\r\n\tfilename="%s"' % ew]
    else:
        import urllib.parse
        pe = urllib.parse.quote(fn.encode("utf-8"), safe="")
        p2h = ["Content-Type: message/rfc822;\r\n name*=UTF-8''%s" % pe,
               "Content-Disposition: attachment;\r\n filename*=UTF-8''%s" % pe]
    p2 = Part(p2h, inner_bytes)
    hs = ["Message-ID: <%s>" % sc["msgid"], "Date: " + rfcdate(sc["t_send"]), "MIME-Version: 1.0"]
    if cl == "thunderbird":
        v = C._pick_year(C.TB, ctx.year)[1]
        hs.append("User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%s.0) Gecko/20100101 Thunderbird/%s"
                  % (min(int(v.split(".")[0]), 128), v))
    hs += [C.HL("To", sc["to"]), C.H("From", addr(*sc["from"])), C.subj(sc),
           'Content-Type: multipart/mixed; boundary="%s"' % b]
    if cl == "outlook":
        hs += ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: " + LANG_TAG.get(sc["lang"], "en-us").lower()]
    if cl == "applemail":
        hs += ["X-Mailer: Apple Mail (2.3774.500.171.1.1)"]
    return Part(hs, parts=[p1, p2], boundary=b, preamble="This is a multi-part message in MIME format." if cl != "applemail" else None)


def render_gmail_fwd(sc, cal, ctx):
    r = ctx.r
    note = sc.get("body") or ""
    b1, b2 = C.boundary_google(r), C.boundary_google(r)
    p_plain = text_part(note, "text/plain", "UTF-8", "7bit" if is_ascii(note) else "base64", cs_quote=True)
    html = '<div dir="ltr">%s</div>' % html_text(note).replace("<br>\n", "<br>")
    p_html = text_part(html, "text/html", "UTF-8", "quoted-printable")
    alt = Part(['Content-Type: multipart/alternative; boundary="%s"' % b2], parts=[p_plain, p_html], boundary=b2)
    att = C.cal_part(cal, '; name="invite.ics"', "base64",
                     ['Content-Disposition: attachment; filename="invite.ics"', "Content-ID: <f_%s>" % ralnum(r, 9).lower(),
                      "X-Attachment-Id: f_%s" % ralnum(r, 9).lower()], ct="application/ics")
    hs = ["MIME-Version: 1.0", "References: <%s>" % sc["fwd_ref"], "In-Reply-To: <%s>" % sc["fwd_ref"],
          "From: " + addr(*sc["from"]), "Date: " + rfcdate(sc["t_send"]), "Message-ID: <%s>" % sc["msgid"],
          C.subj(sc), C.HL("To", sc["to"]), 'Content-Type: multipart/mixed; boundary="%s"' % b1]
    return Part(hs, parts=[alt, att], boundary=b1)


# ------------------------------------------------------------------ finalisation

DEFAULT_ALARM = {"google": ["-PT30M", "-PT10M"], "exchange": ["-PT15M"], "outlook": ["-PT15M"], "applemail": ["-PT15M", None],
                 "icloud": [None, "-PT30M"], "thunderbird": [None, "-PT15M"], "zimbra": ["-PT5M", "-PT15M"],
                 "nextcloud": ["-PT10M", None], "sogo": [None, "-PT15M"], "yahoo": [None], "zoom": ["-PT10M"],
                 "transactional": [None], "handrolled": [None]}


def uid_for(client, r, sc, ev):
    if client == "google":
        return "%s@google.com" % ralnum(r, 26, "abcdefghijklmnopqrstuvwxyz0123456789")
    if client in ("exchange", "outlook"):
        return "040000008200E00074C5B7101A82E00800000000%s000000000000000010000000%s" % (rHEX(r, 16), rHEX(r, 32))
    if client in ("applemail", "icloud"):
        return ruuid(r).upper()
    if client in ("thunderbird", "zimbra", "nextcloud"):
        return ruuid(r)
    if client == "sogo":
        return "%s-%s-%s-%s" % (rHEX(r, 4), rHEX(r, 8), rHEX(r, 2), rHEX(r, 8))
    if client == "yahoo":
        return "%s@yahoo.com" % ruuid(r)
    if client == "zoom":
        return "ZOOM%s" % rdigits(r, 11)
    dom = sc["from"][1].split("@")[1]
    return r.choice(["%s@%s" % (ruuid(r), dom), "%s@%s" % (rhex(r, 32), dom), "%s" % ruuid(r),
                     "%s-%s@%s" % (sc["t_send"].strftime("%Y%m%dT%H%M%S"), rdigits(r, 6), dom)])


def prepare_events(sc, ctx):
    r = ctx.r
    client = sc["client"]
    method = sc.get("method", "REQUEST")
    dtstamp = sc["t_send"].astimezone(dt.timezone.utc).replace(tzinfo=None)
    rc = sc["rcpt"]
    for n, ev in enumerate(sc["events"]):
        ev.setdefault("uid", uid_for(client, r, sc, ev))
        ev.setdefault("dtstamp", dtstamp)
        ev.setdefault("created", dtstamp - dt.timedelta(minutes=r.randint(2, 60 * 24 * (3 if ctx.label == "ham" else 1))))
        ev.setdefault("lastmod", dtstamp - dt.timedelta(seconds=r.randint(1, 50)))
        ev.setdefault("ownerapptid", str(r.randint(-2 ** 31, 2 ** 31)) if client == "google" else str(r.randint(10 ** 9, 2 ** 31)))
        if "organizer" not in ev:
            ev["organizer"] = sc["org_person"]
        if "attendees" not in ev:
            ev["attendees"] = [dict(name=rc[0], email=rc[1])]
        if ev.get("organizer") and method in ("REQUEST", "CANCEL") and client in ("google", "applemail", "icloud") \
                and not any(a["email"] == ev["organizer"][1] for a in ev["attendees"]) and not sc.get("no_org_attendee"):
            role = "CHAIR" if client in ("applemail", "icloud") else "REQ-PARTICIPANT"
            ev["attendees"].insert(0, dict(name=ev["organizer"][0], email=ev["organizer"][1], partstat="ACCEPTED",
                                           role=role, rsvp=False))
        if "alarms" not in ev:
            a = r.choice(DEFAULT_ALARM.get(client, [None]))
            ev["alarms"] = [dict(trigger=a)] if a and method == "REQUEST" else []
        if method == "CANCEL":
            ev["status"] = "CANCELLED"
            ev.setdefault("sequence", 1)


def build_conf(sc, ctx):
    t = sc.get("conf_type")
    r = ctx.r
    if not t:
        return
    if t == "meet":
        sc["conf"] = dict(type="meet", url=sc.get("conf_url") or ctx.meet())
    elif t == "teams":
        sc["conf"] = dict(type="teams", url=sc.get("conf_url") or ctx.teams_url(),
                          id="%s %s %s %s" % (rdigits(r, 3), rdigits(r, 3), rdigits(r, 3), rdigits(r, 3)),
                          pwd=ralnum(r, 6), tid=ruuid(r), oid=ruuid(r), mtg=ralnum(r, 44),
                          opts="https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=%s"
                          % (ruuid(r), ruuid(r), ralnum(r, 44), LANG_TAG.get(sc["lang"], "en-US")))
    elif t == "zoom":
        url, mid = ctx.zoom_url(sc.get("zoom_dom", r.choice(["us02web.zoom.us", "us06web.zoom.us", "zoom.us"])))
        sc["conf"] = dict(type="zoom", url=sc.get("conf_url") or url, id=mid, pwd=ralnum(r, 6), pwd_num=rdigits(r, 6),
                          dial="646 555 0%03d" % r.randint(100, 199))


LEGACY_BY_CLIENT = {
    "outlook": {"en": ["us-ascii", "iso-8859-1", "windows-1252"], "de": ["iso-8859-1", "windows-1252"],
                "fr": ["iso-8859-1", "windows-1252"], "es": ["iso-8859-1", "windows-1252"], "it": ["iso-8859-1"],
                "pt": ["iso-8859-1", "windows-1252"], "nl": ["iso-8859-1", "windows-1252"], "sv": ["iso-8859-1"],
                "pl": ["iso-8859-2"], "tr": ["iso-8859-9", "windows-1254"], "ru": ["koi8-r", "windows-1251"],
                "el": ["iso-8859-7"], "ar": ["windows-1256"], "he": ["windows-1255"], "zh": ["gb2312"], "zh-TW": ["big5"],
                "ja": ["iso-2022-jp"], "ko": ["ks_c_5601-1987"], "th": ["windows-874"]},
}


def choose_charset(sc, ctx):
    from .l10n import LEGACY_CHARSETS
    r = ctx.r
    cl = sc["client"]
    lg = ctx.lang
    if sc.get("charset"):
        return
    if cl == "outlook":
        opts = LEGACY_BY_CLIENT["outlook"].get(lg)
        if opts and r.random() < 0.85:
            sc["charset"] = r.choice(opts)
    elif cl == "exchange":
        sc["legacy_cs"] = r.random() < (0.65 if ctx.year < 2021 else 0.3)
    elif cl == "applemail":
        opts = LEGACY_CHARSETS.get(lg) or []
        if opts and r.random() < 0.7:
            sc["charset"] = opts[0] if lg != "ru" else "windows-1251"
    elif cl == "thunderbird" and ctx.year < 2021:
        opts = LEGACY_CHARSETS.get(lg) or []
        if opts and r.random() < 0.8:
            sc["charset"] = r.choice(opts)
    elif cl in ("transactional", "handrolled"):
        opts = LEGACY_CHARSETS.get(lg) or []
        p = 0.7 if lg in ("ja", "ko", "zh", "zh-TW") else 0.55
        if opts and r.random() < p:
            sc["charset"] = r.choice(opts)
            if cl == "transactional" and lg == "ja":
                sc["charset"] = "iso-2022-jp"


def finalize(sc, ctx):
    """scenario -> bytes"""
    r = ctx.r
    la = ctx.arrival
    delay = dt.timedelta(seconds=r.randint(2, 40))
    t_send_utc = la - delay
    stz = sc.get("send_tz", ctx.tz)
    sc["t_send"] = TZ.aware(stz, TZ.to_local(stz, t_send_utc))
    sc["year"] = ctx.year
    sc["r"] = r
    sc["lang"] = ctx.lang
    sc["rcpt"] = sc.get("rcpt") or ctx.rcpt
    if ctx.bclient == "handrolled" and sc["kind"] not in KIND_OK["handrolled"]:
        sc["kind"] = "vps"
    resolve_sender(sc, ctx)
    if sc.get("fix_attendee"):
        ps = sc.get("reply_partstat") or "ACCEPTED"
        if sc.get("method") == "COUNTER":
            ps = "TENTATIVE"
        for ev in sc["events"]:
            ev["attendees"] = [dict(name=sc["from"][0], email=sc["from"][1], partstat=ps, rsvp=False)]
    build_conf(sc, ctx)
    prepare_events(sc, ctx)
    if "to" not in sc:
        ev0 = sc["events"][0]
        if sc["client"] in ("exchange", "outlook", "thunderbird", "zimbra", "sogo", "applemail") and ev0.get("attendees"):
            org = (ev0.get("organizer") or (None, ""))[1]
            sc["to"] = [(a.get("name"), a["email"]) for a in ev0["attendees"] if a["email"] != org] or [sc["rcpt"]]
        else:
            sc["to"] = [sc["rcpt"]]
    if sc.get("list"):
        # organiser invited the list address
        pass
    if sc.get("subject"):
        sc["subject_final"] = sc["subject"]
    choose_charset(sc, ctx)
    client = sc["client"]
    if sc.get("fwd_rfc822"):
        inner = sc["fwd_inner"]
        top = render_fwd_rfc822(sc, inner, ctx)
    elif sc.get("variant") == "gmail-fwd":
        cal = C.calendar_text(sc, "google", "-//Google Inc//Google Calendar 70.9054//EN", sc.get("method", "REQUEST"))
        top = render_gmail_fwd(sc, cal, ctx)
    else:
        top = C.RENDER[client](sc)
    if sc.get("msgid_set"):
        sc["msgid"] = sc["msgid_set"]
    compute_auth(sc)
    if sc.get("list"):
        top = list_wrap(sc, top, ctx)
    return assemble(sc, top, ctx)


def assemble(sc, top, ctx):
    r = ctx.r
    t_arr = ctx.arrival
    rcpt = sc["rcpt"][1]
    t_send = sc["t_send"]
    info = dict(sc["fam_info"])
    info["rcpt"] = rcpt if not sc.get("list") else "%s@%s" % (sc["list"]["name"], sc["list"]["domain"])
    rec, extra = chain(r, sc["fam"], t_send + dt.timedelta(seconds=r.randint(0, 2)), sc.get("env_orig") or sc["env"], info)
    if sc["fam"] == "exch-onprem" and sc.get("msgid") is None:
        sc["msgid"] = "%s@%s" % (rHEX(r, 32), info.get("onprem_host", "EXCH01." + sc["from"][1].split("@")[1]))
        top.headers = [h if not h.startswith("Message-ID:") else "Message-ID:\r\n <%s>" % sc["msgid"] for h in top.headers]
    ts = int(t_send.timestamp())
    sigs, out_dk = [], []
    for res, d, s_, style in (sc["dk_list"] if "dk_list" in sc else sc["dk_final"]):
        hdr, b = dkim_sig(r, d, s_, ts, style, rcpt.split("@")[1])
        sigs.append(hdr)
        out_dk.append((res, d, s_, b))
    ar = auth_results(out_dk, (sc["spf_final"], sc["env"], sc["ip"]), sc["dmarc_final"])
    qid = postfix_qid(r)
    mx = mx_received(sc["helo"], sc["rdns"], sc["ip"], rcpt, t_arr, qid, sc.get("esmtp", "ESMTPS"))
    trace = ["Return-Path: <%s>" % sc["env"], "Delivered-To: %s" % rcpt, ar, mx]
    side = []
    if sc.get("list"):
        side += sc["list_received"]
    if sc["fam"] in ("o365", "o365c") and ctx.year >= 2019:
        side += ["ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=" + rb64(r, 256)[:72],
                 "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001; "
                 "h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
                 "X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh=%s\r\n b=%s"
                 % (rb64(r, 32), rb64(r, 256)[:72]),
                 "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; arc=none"]
    side += sigs
    side += extra
    side += rec
    if sc.get("list"):
        side += sc["list_headers"]
    hdr_block = "\r\n".join(trace + side) + "\r\n"
    data = hdr_block.encode("ascii") + top.render()
    return data
