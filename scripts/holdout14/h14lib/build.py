"""Generic scenario builder: turns a compact item description into a filled Msg."""
import datetime as dt

from .util import pick, rstr, html_escape, html_text, HEXL, ALNUM, uuid4
from .people import harvested_list, colleagues, person, NAMES
from .i18n import when_line, date_num, ampm
from .clients import PRESETS

SHARED_PRESETS = ["handcal", "icalnet", "icspy", "pyical", "ical4j", "icalgen", "spatie", "eluceo", "fakeoutlook",
                  "noprodid", "barecal", "ical4jweb"]


def org_name(domain):
    base = domain.split(".")[0]
    return " ".join(w.capitalize() for w in base.replace("_", "-").split("-"))


def lookalike(domain, rng):
    base, rest = domain.split(".", 1)
    t = rng.choice(["dup", "swap", "suffix", "tld", "hyphen"])
    if t == "dup" and len(base) > 3:
        i = rng.randrange(1, len(base) - 1)
        b = base[:i] + base[i] + base[i:]
    elif t == "swap" and len(base) > 4:
        i = rng.randrange(1, len(base) - 2)
        b = base[:i] + base[i + 1] + base[i] + base[i + 2:]
    elif t == "suffix":
        b = base + rng.choice(["-group", "-inc", "-ltd", "-corp", "-gmbh" if rest.endswith("de") else "-co",
                               "-payments", "-finance"])
    elif t == "hyphen" and "-" in base:
        b = base.replace("-", "")
    else:
        b = base
        rest = rng.choice(["com", "net", "co", "org", "cc", "us", "biz"]) if rest != "com" else rng.choice(
            ["net", "co", "org", "com.co", "cc"])
    if b == base and rest == domain.split(".", 1)[1]:
        b = base + "s"
    return "%s.%s" % (b, rest)


def brand_html(title, paras, button=None, url=None, color="#0b5cad", footer=None, logo=None, lang="en",
               rtl=False, extra_rows=None):
    d = ' dir="rtl"' if rtl else ""
    rows = "".join('<tr><td style="padding:6px 24px;font-size:15px;line-height:1.5;color:#333">%s</td></tr>' %
                   (p if p.startswith("<") else html_text(p)) for p in paras)
    if extra_rows:
        rows += "".join(
            '<tr><td style="padding:4px 24px;font-size:14px;color:#333"><b>%s</b> %s</td></tr>' % (html_escape(k),
                                                                                                  html_escape(v))
            for k, v in extra_rows)
    btn = ""
    if button and url:
        btn = ('<tr><td style="padding:18px 24px"><a href="%s" style="background:%s;color:#ffffff;padding:12px 22px;'
               'border-radius:4px;text-decoration:none;font-weight:bold;display:inline-block">%s</a></td></tr>' %
               (html_escape(url), color, html_escape(button)))
    foot = ('<tr><td style="padding:18px 24px;font-size:11px;color:#888">%s</td></tr>' % html_text(footer)) if footer \
        else ""
    head = ('<tr><td style="background:%s;padding:16px 24px;color:#fff;font-size:20px;font-weight:bold">%s</td></tr>'
            % (color, html_escape(logo))) if logo else ""
    return ('<!DOCTYPE html><html lang="%s"%s><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>'
            '<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif"><table role="presentation" '
            'width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center"><table role="presentation" width="600" '
            'style="background:#ffffff;margin:20px 0" cellpadding="0" cellspacing="0">%s<tr><td style="padding:20px 24px '
            '6px;font-size:20px;color:#111">%s</td></tr>%s%s%s</table></td></tr></table></body></html>' % (
                lang, d, html_escape(title), head, html_escape(title), rows, btn, foot))


WD = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def align_rrule(ev):
    """Move DTSTART onto the first occurrence of its RRULE (clients do this when you create a series)."""
    import re as _re
    from .util import _nth_weekday
    r = dict(p.split("=", 1) for p in ev.rrule.split(";") if "=" in p)
    s, e = ev.start, ev.end
    dur = e - s
    d0 = s.date() if isinstance(s, dt.datetime) else s
    new = d0
    if r.get("FREQ") == "WEEKLY" and "BYDAY" in r:
        days = [WD.index(x[-2:]) for x in r["BYDAY"].split(",")]
        while new.weekday() not in days:
            new += dt.timedelta(days=1)
    elif r.get("FREQ") == "MONTHLY" and "BYDAY" in r:
        m_ = _re.match(r"(-?\d)([A-Z]{2})", r["BYDAY"])
        if m_:
            n, wd = int(m_.group(1)), WD.index(m_.group(2))
            y, mo = d0.year, d0.month
            cand = _nth_weekday(y, mo, wd, n)
            if cand < d0:
                y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
                cand = _nth_weekday(y, mo, wd, n)
            new = cand
    elif r.get("FREQ") == "MONTHLY" and "BYMONTHDAY" in r:
        md = int(r["BYMONTHDAY"].split(",")[0])
        y, mo = d0.year, d0.month
        if d0.day > md:
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        new = dt.date(y, mo, md)
    shift = new - d0
    ev.start = s + shift
    ev.end = ev.start + dur


def base_vars(c):
    m = c.m
    r = m.rcpt
    V = dict(first=r["first"], rname=r["name"], remail=r["addr"], rdom=c.rdom, company=org_name(c.rdom),
             rlocal=r["addr"].split("@")[0], phone=c.phone(), code=c.code(6), num=c.digits(8), btc=c.btc(),
             token=c.token(24), slug=c.slug(8), short=c.short(), year=m.arrival.year)
    V["rdom_look"] = lookalike(c.rdom, c.rng)
    return V


class F:
    def __init__(self, V):
        self.V = V

    def __call__(self, s):
        if s is None:
            return None
        if callable(s):
            return s(self.V)
        try:
            return s.format(**self.V)
        except (KeyError, IndexError, ValueError) as e:
            raise ValueError("format error %r in %r" % (e, s[:60]))


ROLE_LOCALS = ["noreply", "no-reply", "service", "support", "info", "notifications", "billing", "alerts",
               "customerservice", "team", "hello", "contact", "mail", "news", "security", "account"]
ROLE_MAP = [
    (("service desk", "it ", "it-", "helpdesk", "ict", "facilities"), ["servicedesk", "helpdesk", "it-support", "it"]),
    (("payroll",), ["payroll"]), (("accounts receivable", "credit control"), ["ar", "accounts", "credit.control"]),
    (("customer accounts",), ["customer.accounts", "accounts"]), (("billing",), ["billing", "invoices"]),
    (("events", "summit", "forum"), ["events", "registration", "info"]), (("support",), ["support", "help"]),
    (("reservations", "hotel"), ["reservations", "booking"]), (("hr", "talent", "recruit"), ["careers", "hr", "jobs"]),
    (("security", "fraud"), ["security", "alerts", "no-reply"]), (("ceo",), ["office", "ceo.office"]),
    (("delivery", "paket", "courier", "customs"), ["noreply", "tracking", "delivery"]),
]
TITLES = {"Mr", "Mrs", "Ms", "Dr", "Barr", "Esq", "Diplomat", "Prof"}
BRANDISH = {"Outlet", "Support", "Billing", "Service", "Services", "Team", "Desk", "Rewards", "Delivery", "Security",
            "Paket", "Mail", "Compliance", "Onboarding", "Academy", "Customs", "Toll", "Parking", "Administration",
            "Membership", "Meetings", "Unit", "Dept", "Claims", "Recovery", "Wallet", "Acquisition", "HR", "Online",
            "UK", "Fraud", "Prevention", "Defender", "Social", "Microsoft", "via", "Norton", "PayPal", "DocuSign",
            "Member", "Sparkasse", "Care", "Bank", "Booking", "Reservations", "Clinic", "Office", "Secretariat",
            "Notifications", "Calendar", "Events", "Registration", "Portal", "IT"}


def local_from_name(name, rng):
    import re as _re
    words = [w for w in _re.findall(r"[A-Za-z]+", name) if w not in TITLES]
    low = name.lower()
    for keys, locs in ROLE_MAP:
        if any(k in low for k in keys):
            return rng.choice(locs)
    if any(w in BRANDISH for w in words) or not words or len(words) > 3 or len(words) < 2 and rng.random() < 0.5:
        return rng.choice(ROLE_LOCALS)
    words = [w.lower() for w in words]
    if len(words) == 1:
        return words[0]
    return rng.choice(["%s.%s" % (words[0], words[-1]), "%s%s" % (words[0][0], words[-1]), words[0],
                       "%s.%s" % (words[0][0], words[-1])])


def setup_sender(c, d, V, f):
    m = c.m
    acct = c.acct
    sname = f(d["sname"]) if "sname" in d else None
    if acct == "free":
        p = c.free(name=sname)
        if d.get("flocal"):
            p["addr"] = "%s@%s" % (f(d["flocal"]), p["addr"].split("@")[1])
        c.set_sender(p, "free")
        return
    doms = d.get("dom", {}).get(acct) or d.get("dom", {}).get("*")
    if doms is None:
        if acct == "corp":
            doms = V.get("partner_dom") or "mail.example.com"
        else:
            doms = V["rdom_look"]
    dom = f(pick(c.rng, doms) if isinstance(doms, list) else doms)
    loc = d.get("local", {}).get(acct) or d.get("local", {}).get("*")
    loc = f(pick(c.rng, loc) if isinstance(loc, list) else loc) if loc else None
    slang = d.get("slang") or c.lang
    if sname and not loc:
        loc = local_from_name(sname, c.rng)
    c.sender_at(dom, lang=slang, name=sname, local=loc, acct=acct)


def attendees(c, ev, spec, f):
    m = c.m
    rng = c.rng
    if spec in (None, "rcpt"):
        c.invite_rcpt(ev, name=rng.random() < 0.6)
        return
    if spec == "none":
        return
    kind = spec[0]
    if kind == "harvest":
        n = spec[1] if isinstance(spec[1], int) else rng.randint(*spec[1])
        lst = harvested_list(rng, n, spec[2] if len(spec) > 2 else None)
        pos = rng.randint(0, n)
        lst.insert(pos, dict(m.rcpt, name=""))
        for p in lst:
            if rng.random() < 0.7:
                p = dict(p, name="")
            ev.add_att(p)
    elif kind == "colleagues":
        n = spec[1] if isinstance(spec[1], int) else rng.randint(*spec[1])
        dom = f(spec[2]) if len(spec) > 2 else c.rdom
        lst = colleagues(rng, c.lang, dom, n)
        pos = rng.randint(0, n)
        lst.insert(pos, m.rcpt)
        for p in lst:
            ev.add_att(p, "REQ-PARTICIPANT" if rng.random() < 0.85 else "OPT-PARTICIPANT")
    elif kind == "plus":
        c.invite_rcpt(ev)
        for p in spec[1](c):
            ev.add_att(p)


def build(c, d):
    m = c.m
    rng = c.rng
    V = base_vars(c)
    f = F(V)
    if d.get("pre"):
        V.update(d["pre"](c, V) or {})
    setup_sender(c, d, V, f)
    V.update(sname=m.sender["name"], semail=m.sender["addr"], sfirst=m.sender.get("first", m.sender["name"]),
             sdom=m.sender["addr"].split("@")[1])
    if d.get("vars"):
        V.update(d["vars"](c, V) or {})
    w = d.get("when", {})
    ev = c.ev(days=w.get("days", (2, 21)), hour=w.get("hour", (9, 17)), dur=w.get("dur", 60),
              tz=w.get("tz"), allday=w.get("allday", False), weekday_only=w.get("weekday_only", True))
    V["when"] = when_line(ev, m.lang)
    V["date"] = date_num(ev.start, m.lang)
    V["time"] = ("%02d:%02d" % (ev.start.hour, ev.start.minute) if m.lang != "en" else ampm(ev.start, False)) \
        if not ev.all_day else ""
    if d.get("vars2"):
        V.update(d["vars2"](c, V, ev) or {})
    ev.summary = f(d["summary"])
    ev.description = f(d.get("body", ""))
    ev.location = f(d.get("loc", "")) or ""
    ev.url = f(d.get("url"))
    ev.attach = [(f(u), t, f(n)) for u, t, n in d.get("attach", [])]
    ev.conference = [(f(u), f(l), ft) for u, l, ft in d.get("conf", [])]
    ev.alt_html = f(d.get("alt"))
    if d.get("online"):
        kind = d["online"]
        url = {"teams": c.teams, "meet": c.meet, "zoom": c.zoom}.get(kind, lambda: None)()
        if d.get("online_url"):
            url = f(d["online_url"])
        ev.online = (kind, url)
    if d.get("rrule"):
        ev.rrule = f(d["rrule"])
        align_rrule(ev)
    ev.alarms = list(d.get("alarms", []))
    if d.get("transp"):
        ev.transp = d["transp"]
    if d.get("status"):
        ev.status = d["status"]
    if d.get("categories"):
        ev.categories = f(d["categories"])
    if d.get("priority") is not None:
        ev.priority = d["priority"]
    m.method = d.get("method", "REQUEST")
    if m.method == "PUBLISH?":
        m.method = "PUBLISH" if m.client in ("booking", "handrolled", "outlook-desktop", "thunderbird") else "REQUEST"
    tpl = m.client in ("handrolled", "booking")
    if d.get("ct_method", "same") != "same" and tpl:
        m.ct_method = d["ct_method"]
    m.quirks = set(d.get("quirks", [])) if tpl else set()
    m.subject = f(d.get("subj"))
    m.cover = f(d.get("cover"))
    if d.get("html"):
        m.html = f(d["html"])
    elif d.get("brand") and m.client in ("booking", "handrolled"):
        b = d["brand"]
        m.html = brand_html(f(b.get("title", d["summary"])), [f(p) for p in b.get("paras", [])], f(b.get("button")),
                            f(b.get("url")), b.get("color", "#0b5cad"), f(b.get("footer")), f(b.get("logo")),
                            m.lang, m.lang in ("ar", "he"),
                            [(f(k), f(v)) for k, v in b.get("rows", [])])
    if d.get("text"):
        m.text = f(d["text"])
    if d.get("reply_to"):
        rt = d["reply_to"]
        m.reply_to = rt(c, V) if callable(rt) else {"name": m.sender["name"], "addr": f(rt)}
    if m.method != "PUBLISH" or d.get("att_publish"):
        attendees(c, ev, d.get("att"), f)
    if d.get("to"):
        m.to = d["to"](c, V)
    if m.client == "handrolled" and d.get("service") and not m.service:
        svc_ = d["service"]
        m.service = dict(svc_(c, V)) if callable(svc_) else dict(svc_)
    if m.client == "booking" and not m.service:
        svc = d.get("service")
        m.service = dict(svc(c, V)) if callable(svc) else dict(svc or {})
        m.service.setdefault("preset", pick(rng, SHARED_PRESETS[1:]))
        if "style" not in m.service:
            m.service["style"] = dict(PRESETS[m.service["preset"]])
            if m.service.get("prodid"):
                m.service["style"]["prodid"] = m.service["prodid"]
        if c.acct in ("vps", "spoof"):
            m.service["infra"] = "vps" if c.acct == "vps" else "spoof"
        elif c.acct == "lookalike":
            m.service.setdefault("infra", pick(rng, ["esp", "vps"]))
    if m.client == "handrolled":
        m.preset = d.get("preset") or pick(rng, SHARED_PRESETS)
    if d.get("charset"):
        cs = d["charset"]
        if isinstance(cs, list):
            legacy = [x for x in cs if x.lower() != "utf-8"]
            m.charset = pick(rng, legacy) if legacy and rng.random() < 0.75 else pick(rng, cs)
        else:
            m.charset = cs
    if d.get("cal_charset"):
        m.cal_charset = d["cal_charset"]
    if d.get("list"):
        m.wrapper = "list"
        m.listinfo = d["list"](c, V) if callable(d["list"]) else dict(d["list"])
    if d.get("infra"):
        m.infra_override = d["infra"]
    if "dkim" in d:
        m.corp_dkim = d["dkim"]
        m.vps_dkim = d["dkim"]
    if d.get("spf"):
        m.corp_spf = d["spf"]
        m.vps_spf = d["spf"]
    if d.get("fill"):
        d["fill"](c, ev, V)
    return V
