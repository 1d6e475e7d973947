"""Scenario context: helpers used by the category builders."""
import datetime as dt

from .model import Event, Msg
from .util import rstr, rb64, pick, uuid4, ALNUM, HEXL, HEXU, TZ, to_utc, utcoffset
from . import people
from .people import person, free_person, rcpt as make_rcpt, LANG_TZ, FREEMAIL, NAMES

# which account kinds each client can carry
ACCT_CLIENTS = {
    "free": ["google", "exchange", "icloud", "apple-mail", "yahoo", "thunderbird", "outlook-desktop", "evolution",
             "emclient", "proton", "gmail-web", "zoom"],
    "corp": ["google", "exchange", "outlook-desktop", "apple-mail", "thunderbird", "zimbra", "nextcloud", "sogo",
             "evolution", "emclient", "zoom", "handrolled", "gmail-web"],
    "lookalike": ["google", "exchange", "outlook-desktop", "thunderbird", "handrolled", "booking", "nextcloud",
                  "emclient", "zimbra"],
    "spoof": ["outlook-desktop", "handrolled", "thunderbird", "emclient"],
    "vps": ["handrolled", "outlook-desktop", "thunderbird", "booking", "nextcloud", "evolution"],
    "service": ["booking", "zoom", "handrolled"],
}

ALL_CLIENTS = ["google", "exchange", "outlook-desktop", "icloud", "apple-mail", "thunderbird", "zoom", "nextcloud",
               "zimbra", "yahoo", "sogo", "booking", "handrolled", "evolution", "emclient", "proton"]

# the same target mix for both labels
TARGET = {"google": 27, "exchange": 25, "outlook-desktop": 13, "icloud": 8, "apple-mail": 8, "thunderbird": 9,
          "zoom": 5, "nextcloud": 5, "zimbra": 7, "yahoo": 7, "sogo": 4, "booking": 18, "handrolled": 16,
          "evolution": 2, "emclient": 3, "proton": 3, "gmail-web": 3}

FREE_BY_CLIENT = {
    "google": ["gmail.com"],
    "exchange": ["outlook.com", "hotmail.com"],
    "icloud": ["icloud.com", "me.com"],
    "yahoo": {"ja": ["yahoo.co.jp"], "el": ["yahoo.gr"], "es": ["yahoo.es"], "hi": ["yahoo.co.in"],
              "th": ["yahoo.co.th"], "*": ["yahoo.com", "yahoo.com", "aol.com"]},
    "proton": ["proton.me"],
    "gmail-web": ["gmail.com"],
}


def free_domain(rng, client, lang):
    if client in FREE_BY_CLIENT:
        v = FREE_BY_CLIENT[client]
        if isinstance(v, dict):
            return pick(rng, v.get(lang, v["*"]))
        return pick(rng, v)
    if client == "apple-mail":
        return pick(rng, ["icloud.com", "icloud.com", "me.com", "gmail.com"])
    # desktop clients: any provider of the language reachable by SMTP
    opts = [d for d in FREEMAIL.get(lang, FREEMAIL["en"])]
    return pick(rng, opts)


SHORTENERS = ["bit.ly", "tinyurl.com", "rb.gy", "cutt.ly", "t.ly", "is.gd", "shorturl.at", "s.id"]
FREEHOST = ["{a}.web.app", "{a}.firebaseapp.com", "{a}.pages.dev", "{a}.r2.dev", "{a}.netlify.app", "{a}.vercel.app",
            "{a}.webflow.io", "{a}.glitch.me", "{a}.weebly.com", "{a}.wixsite.com/{b}", "{a}.blogspot.com",
            "storage.googleapis.com/{a}", "{a}.blob.core.windows.net/$web", "ipfs.io/ipfs/bafybei{c}",
            "{a}.on.fleek.co", "{a}.surge.sh", "sites.google.com/view/{a}", "{a}.notion.site",
            "{a}.azurewebsites.net", "{a}.herokuapp.com", "{a}.replit.app"]


class Ctx:
    def __init__(self, m, acct):
        self.m = m
        self.rng = m.rng
        self.acct = acct
        self.lang = m.lang

    # ---------------------------------------------------------- people
    def person(self, lang=None, domain=None, style=None):
        return person(self.rng, lang or self.lang, domain, style)

    def free(self, lang=None, name=None, client=None):
        dom = free_domain(self.rng, client or self.m.client, lang or self.lang)
        p = person(self.rng, lang or self.lang, dom, style=pick(self.rng, ["f.l", "fl", "fl_num", "f_l", "fl_num"]))
        if name:
            p["name"] = name
        return p

    def set_sender(self, p, acct=None):
        self.m.sender = p
        if acct:
            self.m.acct = acct
        return p

    def sender_at(self, domain, lang=None, name=None, local=None, acct=None):
        p = person(self.rng, lang or self.lang, domain, style=pick(self.rng, ["f.l", "f", "fl_init", "f.l"]))
        if name is not None:
            p["name"] = name
        if local:
            p["addr"] = "%s@%s" % (local, domain)
        return self.set_sender(p, acct)

    @property
    def rcpt(self):
        return self.m.rcpt

    @property
    def rdom(self):
        return self.m.rcpt["addr"].split("@")[1]

    # ---------------------------------------------------------- time
    def at(self, days=(2, 20), hour=(9, 17), minutes=(0, 0, 0, 30, 30, 15, 45), dur=60, tz=None, allday=False,
           weekday_only=True):
        rng = self.rng
        tz = tz or self.m.sender_tz
        base = self.m.arrival + dt.timedelta(minutes=utcoffset(tz, self.m.arrival))
        for _ in range(20):
            d = (base + dt.timedelta(days=rng.randint(days[0], days[1]))).date()
            if not weekday_only or d.weekday() < 5:
                break
        if allday:
            return d, d + dt.timedelta(days=max(1, dur // 1440 if dur >= 1440 else 1)), tz
        h = rng.randint(hour[0], hour[1])
        s = dt.datetime(d.year, d.month, d.day, h, pick(rng, minutes))
        return s, s + dt.timedelta(minutes=dur), tz

    def ev(self, days=(2, 20), hour=(9, 17), dur=60, tz=None, allday=False, weekday_only=True, **kw):
        s, e, tz = self.at(days, hour, dur=dur, tz=tz, allday=allday, weekday_only=weekday_only)
        ev = Event(start=s, end=e, tz=tz, all_day=allday, organizer=kw.pop("organizer", self.m.sender), **kw)
        self.m.events.append(ev)
        return ev

    def invite_rcpt(self, ev, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", name=True):
        p = dict(self.m.rcpt)
        if not name:
            p["name"] = ""
        ev.add_att(p, role, partstat)
        return ev

    # ---------------------------------------------------------- random bits
    def code(self, n=6, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
        return rstr(self.rng, n, alphabet)

    def digits(self, n):
        return str(self.rng.randint(1, 9)) + rstr(self.rng, n - 1, "0123456789")

    def token(self, n=22):
        return rb64(self.rng, n).replace("/", "").replace("+", "")

    def slug(self, n=8):
        return rstr(self.rng, n, "abcdefghijklmnopqrstuvwxyz0123456789")

    def short(self):
        return "https://%s/%s" % (pick(self.rng, SHORTENERS), rstr(self.rng, self.rng.randint(5, 8),
                                                                      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"))

    def freehost(self, word=None, path=""):
        a = word or (pick(self.rng, ["secure", "doc", "portal", "view", "auth", "file", "cloud", "app", "my"]) + "-" +
                     self.slug(6))
        t = pick(self.rng, FREEHOST)
        host = t.format(a=a, b=self.slug(5), c=self.slug(40))
        return "https://%s/%s" % (host, path or pick(self.rng, ["", "index.html", "?e=%s" % self.rcpt["addr"],
                                                                 "#%s" % self.token(12), "login.html"]))

    def phone(self, region=None):
        rng = self.rng
        region = region or {"en": "us", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl",
                            "pl": "pl", "ru": "ru", "el": "gr", "ar": "ae", "he": "il", "zh": "cn", "ja": "jp",
                            "ko": "kr", "hi": "in", "th": "th", "tr": "tr"}.get(self.lang, "us")
        if region == "us":
            return pick(rng, ["+1 (%d) 555-01%02d", "+1-%d-555-01%02d", "1-%d-555-01%02d", "(%d) 555-01%02d"]) % (
                pick(rng, [800, 888, 877, 866, 844, 833, 213, 312, 646, 415, 702]), rng.randint(0, 99))
        if region == "uk":
            return pick(rng, ["+44 20 7946 0%03d", "020 7946 0%03d", "+44 7700 900%03d"]) % rng.randint(0, 999)
        if region == "de":
            return "+49 30 23125 %03d" % rng.randint(0, 999)
        if region == "fr":
            return "+33 1 99 00 %02d %02d" % (rng.randint(0, 99), rng.randint(0, 99))
        if region == "au":
            return "+61 2 5550 %04d" % rng.randint(0, 9999)
        pref = {"es": "+34 91 55", "it": "+39 06 555", "pt": "+351 21 555", "nl": "+31 20 555", "pl": "+48 22 555",
                "ru": "+7 495 555", "gr": "+30 21 0555", "ae": "+971 4 555", "il": "+972 3 555", "cn": "+86 10 5555",
                "jp": "+81 3 5555", "kr": "+82 2 555", "in": "+91 22 5555", "th": "+66 2 555", "tr": "+90 212 555",
                "sa": "+966 11 555", "br": "+55 11 5555"}[region]
        return "%s %s" % (pref, rstr(rng, 4, "0123456789"))

    def money(self, lo, hi, step=1):
        v = self.rng.randint(lo // step, hi // step) * step
        return v

    def fmt_amount(self, v, cur="USD", cents=True):
        c = self.rng.randint(0, 99) if cents else 0
        if cur == "USD":
            return "$%s.%02d" % ("{:,}".format(v), c) if cents else "$%s" % "{:,}".format(v)
        if cur == "GBP":
            return "£%s.%02d" % ("{:,}".format(v), c)
        if cur == "EUR":
            s = "{:,}".format(v).replace(",", ".")
            return "%s,%02d €" % (s, c) if cents else "%s €" % s
        return "%s %s" % ("{:,}".format(v), cur)

    def iban(self, cc="DE"):
        rng = self.rng
        lens = {"DE": 18, "GB": 18, "FR": 23, "ES": 20, "IT": 23, "NL": 14, "PL": 24, "PT": 21, "LT": 16, "GR": 23,
                "TR": 22, "AE": 19, "IL": 19, "BE": 12, "HU": 24, "EE": 16}
        if cc == "GB":
            bban = "%s%s" % (rstr(rng, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), rstr(rng, 14, "0123456789"))
        elif cc == "NL":
            bban = "%s%s" % (rstr(rng, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), rstr(rng, 10, "0123456789"))
        else:
            bban = rstr(rng, lens.get(cc, 18), "0123456789")
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        chk = 98 - int(num) % 97
        s = "%s%02d%s" % (cc, chk, bban)
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

    def btc(self):
        return "bc1q" + rstr(self.rng, 38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")

    def usdt(self):
        return "T" + rstr(self.rng, 33, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")

    def meet(self):
        r = self.rng
        a = rstr(r, 3, "abcdefghijklmnopqrstuvwxyz")
        return "https://meet.google.com/%s-%s-%s" % (a, rstr(r, 4, "abcdefghijklmnopqrstuvwxyz"),
                                                     rstr(r, 3, "abcdefghijklmnopqrstuvwxyz"))

    def teams(self):
        from .clients import teams_url
        return teams_url(self.rng)

    def zoom(self, webinar=False, host=None):
        from .clients import zoom_link
        return zoom_link(self.rng, webinar, host)[1]

    def drive(self):
        return "https://drive.google.com/file/d/1%s/view?usp=drive_web" % rb64(self.rng, 32).replace("/", "_").replace(
            "+", "-")

    def sharepoint(self, tenant, person_local=None):
        pl = (person_local or "user").replace(".", "_")
        return "https://%s-my.sharepoint.com/:b:/g/personal/%s_%s/E%s?e=%s" % (
            tenant, pl, tenant.replace("-", "_") + "_com", rb64(self.rng, 45).replace("/", "_").replace("+", "-"),
            rstr(self.rng, 6, ALNUM))
