"""Helpers shared by the spam and ham category generators."""
import datetime as dt
from common import R, pick, chance, hexs, alnum, digits, uuid4, TZS, slug
from model import (person, local_part, FREEMAIL, RCPT_DOMAINS, ORG_DOMAINS, TZ_OF, event_time)


class D(dict):
    def __missing__(self, k):
        return "{" + k + "}"


def fill(s, vals):
    if s is None:
        return None
    return s.format_map(D(vals))


# ------------------------------------------------------------ recipients
def set_rcpt(m, domain=None, n_extra=0, rlang=None):
    rlang = rlang or m.lang
    name, lf, ll = person(rlang)
    dom = domain or pick(RCPT_DOMAINS.get(rlang, RCPT_DOMAINS["en"]) + (RCPT_DOMAINS["en"][:3] if chance(0.2) else []))
    if chance(0.12):
        dom = pick(FREEMAIL.get(rlang, FREEMAIL["en"]))
    m.rcpt_name, m.rcpt = name, "%s@%s" % (local_part(lf, ll), dom)
    m.rcpt_dom = dom
    m.to = [(name if chance(0.6) else None, m.rcpt)]
    for _ in range(n_extra):
        nm, a, b = person(rlang)
        m.to.append((nm, "%s@%s" % (local_part(a, b), dom)))
    return m.rcpt


def coworker(m, dom=None):
    nm, a, b = person(m.lang)
    return (nm, "%s@%s" % (local_part(a, b), dom or m.rcpt.split("@")[1]))


# ------------------------------------------------------------ senders
def tz_for(lang):
    return TZS[pick(TZ_OF.get(lang, TZ_OF["en"]))]


def freemail_for(m):
    c, v = m.client, m.variant
    if c == "google":
        return "gmail.com"
    if c == "apple":
        return pick(["icloud.com", "icloud.com", "me.com"])
    if c == "yahoo":
        return pick(["yahoo.com", "yahoo.com", "ymail.com"]) if m.lang not in ("ja", "zh-tw", "hi", "th", "el", "es") else \
            {"ja": "yahoo.co.jp", "zh-tw": "yahoo.com.tw", "hi": "yahoo.co.in", "th": "yahoo.co.th", "el": "yahoo.gr", "es": "yahoo.es"}[m.lang]
    if c == "outlook":
        return pick(["outlook.com", "hotmail.com", "outlook.com"] + (["live.com", "hotmail.co.uk"] if m.lang == "en" else []))
    doms = [d for d in FREEMAIL.get(m.lang, FREEMAIL["en"]) if d not in ("gmail.com", "icloud.com", "outlook.com", "hotmail.com", "yahoo.com")]
    return pick(doms or ["mail.example.com"])


def set_sender(m, kind, name=None, domain=None, local=None, lang=None):
    """kind: free | org | lookalike | vps | spoof | esp.  Reconciles the wish with the chosen client."""
    lang = lang or m.lang
    c = m.client
    if c == "list":
        c = m.inner
    nm, lf, ll = person(lang)
    name = name if name is not None else nm
    if c == "yahoo":
        kind = "free"
    if c == "google" and kind == "spoof":
        kind = "free"
    if c == "apple":
        if kind == "free":
            m.variant = "icloud"
        else:
            m.variant = "mail"
    if c == "outlook":
        if kind == "free":
            m.variant = "outlookcom"
        elif kind in ("vps", "spoof"):
            m.variant = "desktop"
        elif m.variant is None:
            m.variant = pick(["o365"] * 6 + ["exchange"] * 2 + ["desktop"] * 2)
    if kind == "free":
        dom = domain if (domain and c not in ("google", "apple", "yahoo", "outlook")) else freemail_for(m)
        if c == "apple" and m.variant == "mail" and not domain:
            dom = pick(FREEMAIL.get(lang, FREEMAIL["en"]))
        setup = "freemail"
    else:
        dom = domain or pick(ORG_DOMAINS.get(lang, ORG_DOMAINS["en"]))
        setup = {"org": "legit", "lookalike": "lookalike", "vps": "vps", "spoof": "spoof", "esp": "esp", "compromised": "compromised"}[kind]
    if local is None:
        local = local_part(lf, ll) if setup in ("freemail", "legit", "compromised", "lookalike") else pick(
            ["info", "noreply", "support", "admin", "service", "notice", "contact", "billing", "no-reply"])
        if setup == "freemail" and chance(0.4):
            local = local_part(lf, ll, "fl9")
    m.from_name, m.from_email = name, "%s@%s" % (local, dom)
    m.setup = setup
    m.sender_tz = m.sender_tz or tz_for(lang)
    return m.from_email


def org_person(m, dom, lang=None):
    nm, lf, ll = person(lang or m.lang)
    return nm, "%s@%s" % (local_part(lf, ll), dom)


# ------------------------------------------------------------ event scaffolding
def base_event(m, summary, description="", location="", method="REQUEST", days=(1, 21), hours=(8, 17),
               dur=(30, 60), allday=False, organizer=None, attendees=None, tzid=None):
    ev = m.ev
    ev.method = method
    ev.summary = summary
    ev.description = description
    ev.location = location
    event_time(m, days=days, hours=hours, dur=dur, allday=allday, tzid=tzid)
    ev.organizer = organizer if organizer is not None else (m.from_name, m.from_email)
    if attendees is None:
        attendees = [{"name": n, "email": e} for (n, e) in m.to]
    ev.attendees = attendees
    ev.uid = make_uid(m)
    return ev


def make_uid(m):
    c = m.inner if m.client == "list" else m.client
    if c == "google":
        return alnum(26, "abcdefghijklmnopqrstuvwxyz0123456789") + "@google.com"
    if c == "outlook":
        return "040000008200E00074C5B7101A82E00800000000" + hexs(16, True) + "01000000000000000100000" + hexs(33, True)
    if c == "apple":
        return uuid4(True)
    if c == "thunderbird":
        return uuid4()
    if c == "zimbra":
        return uuid4()
    if c == "sogo":
        return "%s-%s-%d-%s" % (hexs(4, True), hexs(8, True), R.randrange(1, 9), hexs(8, True))
    if c == "nextcloud":
        return uuid4().upper() if chance(0.5) else uuid4()
    if c == "yahoo":
        return "%s@yahoo.com" % alnum(20)
    if c == "zoom":
        return "ZOOM%s@zoom.us" % digits(11) if chance(0.5) else "%s@zoom.us" % uuid4()
    return pick(["%s@%s" % (uuid4(), (m.from_email or "x@example.com").split("@")[1]), alnum(24), "%s%s" % (digits(10), hexs(6)),
                 "%d-%s@%s" % (R.randrange(10**5, 10**7), hexs(8), (m.from_email or "x@example.com").split("@")[1]), uuid4()])


def attendee(name, email, **kw):
    d = {"name": name, "email": email}
    d.update(kw)
    return d


def org_as_attendee(m):
    """Google, Apple and Sabre list the organizer as an accepted attendee."""
    ev = m.ev
    c = m.inner if m.client == "list" else m.client
    if ev.organizer and c in ("google", "apple", "nextcloud") and ev.method == "REQUEST":
        ev.attendees.insert(0, attendee(ev.organizer[0], ev.organizer[1], partstat="ACCEPTED",
                                        role="CHAIR" if c != "google" else "REQ-PARTICIPANT", rsvp="FALSE" if c != "google" else "TRUE"))


def default_alarm(m):
    c = m.inner if m.client == "list" else m.client
    if c == "google" and chance(0.7):
        m.ev.alarms = [("-P0DT0H%dM0S" % pick([10, 30]), "DISPLAY", "This is an event reminder")]
    elif c == "outlook" and chance(0.8):
        m.ev.alarms = [("-PT15M", "DISPLAY", None)]
    elif c == "apple" and chance(0.5):
        m.ev.alarms = [("-PT15M", "DISPLAY", "Reminder")]
    elif c in ("zimbra", "thunderbird") and chance(0.5):
        m.ev.alarms = [("-PT%dM" % pick([5, 15]), "DISPLAY", "Reminder")]


def meet_link(m, kind=None):
    c = m.inner if m.client == "list" else m.client
    kind = kind or {"google": "meet", "outlook": "teams" if m.variant in ("o365", None) else None, "zoom": "zoom"}.get(c)
    if kind == "meet":
        return "https://meet.google.com/%s-%s-%s" % (alnum(3, "abcdefghijklmnopqrstuvwxyz"), alnum(4, "abcdefghijklmnopqrstuvwxyz"), alnum(3, "abcdefghijklmnopqrstuvwxyz"))
    if kind == "teams":
        return "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (alnum(48), uuid4(), uuid4())
    if kind == "zoom":
        mid = digits(11)
        m.ev.meet_id = mid
        return "https://%s.zoom.us/j/%s?pwd=%s" % (pick(["us02web", "us04web", "us06web", "zoom", "us05web"]), mid, alnum(32))
    if kind == "webex":
        return "https://%s.webex.com/%s/j.php?MTID=m%s" % (pick(["meetings", "company"]), "meet", hexs(32))
    return None


# ------------------------------------------------------------ URL and phone factories
TLDS_BAD = ["top", "xyz", "shop", "online", "click", "icu", "live", "site", "info", "cfd", "sbs", "buzz", "quest", "lat", "rest", "cyou", "mom", "pro"]


def rnd_word():
    return pick(["secure", "verify", "portal", "account", "update", "online", "support", "service", "docs", "share", "view",
                 "sign", "auth", "login", "access", "review", "cloud", "file", "notice", "center", "help", "pay", "track"])


def bad_domain(hint=""):
    h = slug(hint)[:14] if hint else pick(["mx", "ms", "dc", "o365", "sh", "pp", "acc", "web", "my", "e"])
    form = R.randrange(5)
    if form == 0:
        return "%s-%s-%s.%s" % (h, rnd_word(), rnd_word(), pick(TLDS_BAD))
    if form == 1:
        return "%s%s.%s" % (h, digits(R.choice([2, 3, 4])), pick(TLDS_BAD))
    if form == 2:
        return "%s.%s-%s.com" % (rnd_word(), h, rnd_word())
    if form == 3:
        return "%s.%s" % (alnum(R.randrange(6, 11), "abcdefghijklmnopqrstuvwxyz0123456789"), pick(TLDS_BAD))
    return "%s-%s.%s" % (rnd_word(), h, pick(["com", "net", "org", "co", "app", "io"]))


def abused_url():
    k = R.randrange(16)
    if k == 0:
        return "https://sites.google.com/view/%s-%s/home" % (rnd_word(), alnum(6).lower())
    if k == 1:
        return "https://forms.gle/%s" % alnum(17)
    if k == 2:
        return "https://storage.googleapis.com/%s-%s/index.html" % (rnd_word(), alnum(8).lower())
    if k == 3:
        return "https://%s-%s.web.app/?id=%s" % (rnd_word(), alnum(5).lower(), alnum(10))
    if k == 4:
        return "https://%s-%s.pages.dev/" % (rnd_word(), alnum(6).lower())
    if k == 5:
        return "https://%s.%s.workers.dev/%s" % (alnum(7).lower(), alnum(8).lower(), alnum(6))
    if k == 6:
        return "https://pub-%s.r2.dev/%s.html" % (hexs(32), rnd_word())
    if k == 7:
        return "https://docs.google.com/presentation/d/e/2PACX-%s/pub" % alnum(60)
    if k == 8:
        return "https://1drv.ms/o/s!%s" % alnum(30)
    if k == 9:
        return "https://ipfs.io/ipfs/bafybei%s" % alnum(52, "abcdefghijklmnopqrstuvwxyz234567")
    if k == 10:
        return "https://%s.blob.core.windows.net/%s/index.html#%s" % (alnum(10).lower(), rnd_word(), alnum(12))
    if k == 11:
        return "https://%s.notion.site/%s-%s" % (alnum(9).lower(), rnd_word().capitalize(), hexs(32))
    if k == 12:
        return "https://%s.my.canva.site/" % alnum(10).lower()
    if k == 13:
        return "https://www.dropbox.com/scl/fi/%s/%s.pdf?rlkey=%s&dl=0" % (alnum(21).lower(), rnd_word(), alnum(25).lower())
    if k == 14:
        return "https://%s.wixsite.com/%s" % (alnum(8).lower(), rnd_word())
    return "https://%s.firebaseapp.com/%s" % (alnum(12).lower(), alnum(8))


def short_url():
    return "https://%s/%s" % (pick(["bit.ly", "tinyurl.com", "t.ly", "rb.gy", "cutt.ly", "is.gd", "shorturl.at", "s.id"]), alnum(R.choice([6, 7, 8])))


def redirect_url(target):
    k = R.randrange(3)
    import urllib.parse as up
    if k == 0:
        return "https://www.google.com/url?q=%s&sa=D&source=calendar&usd=2&usg=AOvVaw%s" % (up.quote(target, safe=""), alnum(22))
    if k == 1:
        return "https://www.bing.com/ck/a?!&&p=%s&u=a1%s&ntb=1" % (hexs(64), alnum(40))
    return "https://l.%s/?u=%s" % (pick(["facebook.com", "instagram.com"]), up.quote(target, safe=""))


def spam_url(hint="", kind=None):
    kind = kind or pick(["bad", "bad", "abused", "abused", "short", "redirect"])
    if kind == "bad":
        path = pick(["/", "/login", "/%s" % alnum(8), "/?e=%s" % alnum(12), "/s/%s" % alnum(6), "/index.php?id=%s" % digits(6), "/%s/%s" % (rnd_word(), alnum(10))])
        return "https://%s%s" % (bad_domain(hint), path)
    if kind == "abused":
        return abused_url()
    if kind == "short":
        return short_url()
    return redirect_url("https://%s/%s" % (bad_domain(hint), alnum(8)))


def phone(country="US", fake=True):
    if country == "US":
        return pick(["+1 (%s) 555-01%s" % (pick(["888", "877", "866", "855", "844", "833"]), digits(2)),
                     "1-%s-555-01%s" % (pick(["888", "877", "866", "855", "844", "800"]), digits(2)),
                     "+1 %s 555 01%s" % (pick(["805", "213", "646", "302", "917"]), digits(2))])
    return {"UK": "+44 20 7946 0%s" % digits(3), "DE": "+49 30 %s %s" % (digits(4), digits(4)),
            "FR": "+33 1 %s %s %s %s" % (digits(2), digits(2), digits(2), digits(2)),
            "JP": "03-%s-%s" % (digits(4), digits(4)), "IN": "+91 %s %s" % (digits(5), digits(5)),
            "RU": "+7 (495) %s-%s-%s" % (digits(3), digits(2), digits(2)), "AU": "+61 2 %s %s" % (digits(4), digits(4))}.get(country, "+%s %s %s" % (digits(2), digits(3), digits(6)))


def wa_link():
    return pick(["https://wa.me/%s" % (pick(["1", "44", "852", "60", "234", "971", "91", "62"]) + digits(9)),
                 "https://chat.whatsapp.com/%s" % alnum(22), "https://t.me/%s" % pick(["+", ""]) + alnum(R.randrange(10, 17)),
                 "https://line.me/ti/p/~%s" % alnum(9).lower()])


def money(cur="USD"):
    a = R.choice([49, 89.99, 199, 299.99, 349, 399, 499, 749.99, 1250, 2499, 3870, 4999, 12450, 48600, 98500])
    return a
