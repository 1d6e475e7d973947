"""Turn hand-written item descriptions into complete message specs and render them."""
import datetime as dt
import re

from . import loc as LOC
from . import tz as TZ
from . import clients as CL
from . import routes
from .brands import brand as get_brand
from .transport import mx_block, rfc2822
from .mime import multipart, part
from .util import (rtok, rhex, rdig, ruuid, ALNUM, LOWDIG, LOWER, iban, btc_addr, usdt_addr, eth_addr, slug,
                   addr as fmt_addr, is_ascii)

CLIENTS = ["google", "outlook", "icloud", "thunderbird", "zoom", "nextcloud", "zimbra", "yahoo", "sogo", "booking", "list", "handrolled"]
QUOTA = {"google": 27, "outlook": 30, "icloud": 14, "thunderbird": 11, "zoom": 8, "nextcloud": 7, "zimbra": 8, "yahoo": 6,
         "sogo": 5, "booking": 20, "list": 11, "handrolled": 13}
assert sum(QUOTA.values()) == 160

# what each client can carry
SUPPORT = {
    "google": {"attach", "meet"}, "outlook": {"xalt", "teams", "msoattach"}, "icloud": {"url", "attach"},
    "thunderbird": {"url", "attach", "vtodo"}, "zoom": set(), "nextcloud": {"attach", "vtodo"}, "zimbra": {"xalt", "vtodo"},
    "yahoo": set(), "sogo": {"url"}, "booking": {"url", "conf", "xalt", "attach", "multi", "binattach", "raw", "quirks"},
    "list": {"url", "attach", "vtodo", "raw", "multi", "conf"},
    "handrolled": {"url", "conf", "xalt", "attach", "binattach", "multi", "vtodo", "raw", "quirks"},
}
KIND_CLIENTS = {
    "free": ["google", "outlook", "icloud", "yahoo", "thunderbird"],
    "org": ["google", "outlook", "zimbra", "sogo", "nextcloud", "thunderbird", "icloud", "handrolled"],
    "compromised": ["google", "outlook", "zimbra", "sogo", "nextcloud", "thunderbird", "icloud"],
    "lookalike": ["google", "outlook", "thunderbird", "handrolled", "booking", "zoom", "nextcloud", "zimbra"],
    "spoof": ["handrolled", "outlook", "thunderbird", "booking", "icloud", "zoom"],
    "vps": ["handrolled", "outlook", "thunderbird", "booking", "zimbra", "nextcloud", "sogo"],
    "service": ["booking", "handrolled"],
    "zoomsvc": ["zoom"],
}


def needs_of(it):
    n = set()
    ev = it
    if it.get("url"):
        n.add("url")
    if it.get("conf"):
        n.add("conf")
    if it.get("xalt"):
        n.add("xalt")
    if it.get("attach"):
        if any(a.get("binary") is not None for a in it["attach"]):
            n.add("binattach")
        elif not all("drive.google.com" in a.get("uri", "") or "docs.google.com" in a.get("uri", "") for a in it["attach"]):
            n.add("attach")
    if it.get("component") == "VTODO":
        n.add("vtodo")
    if it.get("events"):
        n.add("multi")
    if it.get("quirks"):
        n.add("quirks")
    if it.get("raw"):
        n.add("raw")
    return n


def allowed_clients(it):
    if it.get("clients"):
        cands = list(it["clients"])
    else:
        cands = list(KIND_CLIENTS[it["kind"]])
        if it.get("listable"):
            cands.append("list")
    need = needs_of(it)
    out = []
    for c in cands:
        sup = SUPPORT[c]
        if c == "google" and it.get("attach") and "attach" in need:
            continue
        if need - sup - {"meet", "teams"}:
            continue
        out.append(c)
    if not out:
        raise ValueError("no client for item %r (needs %s)" % (it.get("d"), need))
    return out


def allocate(items, rng):
    """Assign a client to every item so that each label hits the same per-client quota.
    Greedy start (most constrained first), then augmenting paths move items from over- to under-full clients."""
    rem = dict(QUOTA)
    allowed = {i: allowed_clients(items[i]) for i in range(len(items))}
    order = sorted(range(len(items)), key=lambda i: (len(allowed[i]), rng.random()))
    res = {}
    for i in order:
        al = allowed[i]
        best = max(al, key=lambda c: (rem[c], rng.random()))
        res[i] = best
        rem[best] -= 1
    for _ in range(1000):
        over = [c for c in CLIENTS if rem[c] < 0]
        under = [c for c in CLIENTS if rem[c] > 0]
        if not over:
            break
        # BFS from over-full clients through "item in c1 may move to c2" edges
        from collections import deque
        prev = {}
        dq = deque()
        for c in over:
            prev[c] = None
            dq.append(c)
        found = None
        while dq and not found:
            c1 = dq.popleft()
            cand = [i for i in res if res[i] == c1]
            rng.shuffle(cand)
            for i in cand:
                for c2 in allowed[i]:
                    if c2 in prev:
                        continue
                    prev[c2] = (c1, i)
                    if c2 in under:
                        found = c2
                        break
                    dq.append(c2)
                if found:
                    break
        if not found:
            raise RuntimeError("client quotas infeasible (%s): over=%s under=%s" % (items[0]["cat"], over, under))
        c = found
        while prev[c] is not None:
            c1, i = prev[c]
            res[i] = c
            c = c1
        rem = dict(QUOTA)
        for i in res:
            rem[res[i]] -= 1
    return res


# ----------------------------------------------------------------------------------------- slots
SLOT_RE = re.compile(r"\{([a-z_0-9]+)\}")


def fill(text, slots):
    if text is None:
        return None
    if isinstance(text, (list, tuple)):
        return type(text)(fill(t, slots) for t in text)
    if isinstance(text, dict):
        return {k: fill(v, slots) for k, v in text.items()}
    if not isinstance(text, str):
        return text

    def rep(mo):
        k = mo.group(1)
        return str(slots[k]) if k in slots else mo.group(0)
    for _ in range(3):
        new = SLOT_RE.sub(rep, text)
        if new == text:
            break
        text = new
    return text


YEAR_W = {2016: 6, 2017: 7, 2018: 8, 2019: 9, 2020: 10, 2021: 10, 2022: 11, 2023: 11, 2024: 12, 2025: 12, 2026: 10}


def rand_arrival(rng, years):
    """Arrival time in [years]; more recent years are somewhat more likely (as in any mailbox archive)."""
    y0, y1 = years
    ys = [y for y in range(y0, y1 + 1) if y in YEAR_W]
    y = rng.choices(ys, weights=[YEAR_W[y] for y in ys])[0]
    start = dt.datetime(y, 1, 1)
    end = min(dt.datetime(y, 12, 31, 23, 59), dt.datetime(2026, 11, 28, 23, 0))
    t = start + dt.timedelta(seconds=rng.randint(0, int((end - start).total_seconds())))
    return t


def pick_person_addr(rng, lang, domain=None, style=None):
    p = LOC.person(rng, lang)
    d = domain
    lp = LOC.local_part(rng, p, style)
    return p, "%s@%s" % (lp, d)


def free_provider(rng, client, lang):
    if client == "google":
        return "gmail.com"
    if client == "outlook":
        return rng.choice({"de": ["outlook.de", "hotmail.de"], "fr": ["hotmail.fr", "outlook.fr"], "es": ["hotmail.es", "outlook.es"],
                           "it": ["hotmail.it", "outlook.it"], "ja": ["outlook.jp", "hotmail.co.jp"]}.get(lang, ["outlook.com", "hotmail.com", "live.com"]))
    if client == "icloud":
        return rng.choice(["icloud.com", "icloud.com", "me.com", "mac.com"])
    if client == "yahoo":
        return rng.choice({"es": ["yahoo.es"], "fr": ["yahoo.fr"], "de": ["yahoo.de"], "zh-TW": ["yahoo.com.tw"], "el": ["yahoo.gr"],
                           "en": ["yahoo.com", "yahoo.com", "aol.com", "ymail.com", "yahoo.co.uk"], "hi": ["yahoo.co.in"], "th": ["yahoo.co.th"],
                           "vi": ["yahoo.com.vn"]}.get(lang, ["yahoo.com"]))
    opts = [d for d in LOC.FREEMAIL.get(lang, LOC.FREEMAIL["en"]) if d not in ("outlook.com", "hotmail.com", "icloud.com", "me.com", "yahoo.com")]
    return rng.choice(opts or ["gmx.net"])


RCPT_EXTRA = {
    "en": ["example.net", "mailbox.example.org", "thefosters.net", "hartfamily.org", "jmwconsulting.com", "riverbendvets.com"],
    "de": ["example.de", "familie-krueger.de", "lindner-it.de"], "fr": ["example.fr", "cabinet-dupre.fr"],
    "es": ["example.es", "asesoria-lopez.es"], "it": ["example.it"], "pt": ["example.com.br"], "nl": ["example.nl"],
    "pl": ["example.pl"], "tr": ["example.com.tr"], "ru": ["example.ru"], "el": ["example.gr"], "ar": ["example.sa"],
    "he": ["example.co.il"], "zh": ["example.cn"], "zh-TW": ["example.com.tw"], "ja": ["example.jp"], "ko": ["example.kr"],
    "hi": ["example.in"], "th": ["example.co.th"], "vi": ["example.vn"],
}


def make_rcpt(rng, lang, kind="any"):
    r = rng.random()
    if kind == "org" or (kind == "any" and r < 0.55):
        org, dom = rng.choice(LOC.ORGS[lang])
        p, a = pick_person_addr(rng, lang, dom, rng.choice(["f.l", "finit", "initl", "f.l"]))
        return {"name": p["display"], "first": p["first"], "last": p["last"], "addr": a, "domain": dom, "org": org, "person": p}
    if kind == "free" or r < 0.8:
        dom = rng.choice(LOC.FREEMAIL[lang])
        p, a = pick_person_addr(rng, lang, dom)
        return {"name": p["display"], "first": p["first"], "last": p["last"], "addr": a, "domain": dom, "org": None, "person": p}
    dom = rng.choice(RCPT_EXTRA[lang])
    p, a = pick_person_addr(rng, lang, dom)
    return {"name": p["display"], "first": p["first"], "last": p["last"], "addr": a, "domain": dom, "org": None, "person": p}


def mass_addresses(rng, n, exclude=()):
    out = []
    seen = set(exclude)
    langs = ["en"] * 6 + LOC.LANGS
    while len(out) < n:
        lg = rng.choice(langs)
        p = LOC.person(rng, lg)
        if rng.random() < 0.7:
            dom = rng.choice(LOC.FREEMAIL[lg])
        else:
            dom = rng.choice(LOC.ORGS[lg])[1]
        a = "%s@%s" % (LOC.local_part(rng, p), dom)
        if a in seen:
            continue
        seen.add(a)
        out.append((None if rng.random() < 0.6 else p["display"], a))
    return out


def typo_domain(rng, d):
    name, _, tld = d.partition(".")
    k = rng.random()
    if k < 0.25 and "l" in name:
        i = name.index("l")
        return name[:i] + "I" .lower().replace("i", "1") + name[i + 1:] + "." + tld if False else name[:i] + "ll" + name[i + 1:] + "." + tld
    if k < 0.5 and len(name) > 5:
        i = rng.randint(1, len(name) - 3)
        if name[i] != name[i + 1]:
            return name[:i] + name[i + 1] + name[i] + name[i + 2:] + "." + tld
    if k < 0.7:
        return name + "-" + rng.choice(["group", "corp", "inc", "hq"]) + "." + tld
    if k < 0.85:
        return name + "." + rng.choice(["com.co", "co", "net", "us", "cc"])
    return name.replace("o", "0", 1) + "." + tld if "o" in name else name + "s." + tld


def gen_domain(rng, words=None):
    tld = rng.choice([".com", ".net", ".online", ".site", ".top", ".xyz", ".shop", ".info", ".live", ".click", ".icu", ".cfd", ".sbs", ".com", ".net"])
    k = rng.random()
    if k < 0.45:
        syl = ["ka", "lo", "mi", "ver", "ta", "no", "ri", "zen", "bel", "co", "da", "fi", "nu", "sol", "tri", "vo", "lux", "mar", "pel", "qui"]
        name = "".join(rng.choice(syl) for _ in range(rng.randint(2, 4)))
        if rng.random() < 0.4:
            name += rng.choice(["mail", "media", "hub", "net", "group", "trade", "tech", "labs"])
        return name + tld
    w = words or ["secure", "portal", "online", "service", "account", "verify", "help", "center", "info", "update", "client", "docs",
                  "mail", "notify", "cloud", "global", "smart", "prime", "express", "direct"]
    a = rng.choice(w)
    b = rng.choice([x for x in w if x != a] + [rtok(rng, 4, LOWER), str(rng.randint(1, 99))])
    return "%s%s%s%s" % (a, rng.choice(["-", "", "-"]), b, tld)


# ----------------------------------------------------------------------------------------- resolve
def resolve(it, label, client, rng):
    lang = it["lang"]
    m = {"label": label, "category": it["cat"], "desc": it["d"], "lang": lang, "client": client}
    years = it.get("yr") or (2016, 2026)
    if client == "zoom" and years[0] < 2019:
        years = (2019, max(years[1], 2020))
    if (it.get("teams") and client == "outlook") or (it.get("meet") and client == "google"):
        years = (max(years[0], 2018), years[1])
    if client == "list" and False:
        pass
    arrival = rand_arrival(rng, years)
    zone = it.get("zone") or rng.choice(LOC.ZONES_FOR[lang])
    m["zone"] = zone
    m["arrival"] = arrival
    lag = dt.timedelta(seconds=rng.randint(2, 150))
    if client == "list":
        lag += dt.timedelta(seconds=rng.randint(10, 900))
    sent = arrival - lag
    m["sent"] = sent
    m["off"] = TZ.offset_at_utc(zone, sent)
    m["tzabbr"] = TZ.abbr(zone, TZ.to_local(zone, sent))
    if client == "list":
        k0 = it["kind"]
        inner_opts = {"free": ["google", "thunderbird", "thunderbird", "outlook", "yahoo", "icloud"],
                      "org": ["thunderbird", "outlook", "zimbra", "google", "handrolled", "sogo"],
                      "compromised": ["thunderbird", "outlook", "zimbra", "google"],
                      "lookalike": ["handrolled", "thunderbird", "outlook"]}.get(k0, ["handrolled", "thunderbird", "outlook"])
        m["inner_client"] = it.get("inner") or rng.choice(inner_opts)
    eff_client = m.get("inner_client") or client
    # ---- recipient
    rc = it.get("rcpt_kind", "any")
    rcpt = make_rcpt(rng, it.get("rlang", lang), rc)
    m["rcpt"] = rcpt
    # ---- sender
    kind = it["kind"]
    s = {"kind": kind}
    if kind == "free":
        prov = it.get("provider") or free_provider(rng, eff_client, lang)
        p = LOC.person(rng, it.get("slang", lang))
        lp = it.get("fl") or LOC.local_part(rng, p, rng.choice(["f.l", "fl", "f_l", "fl2", "fl2", "initl", "l.f"]))
        s.update(name=it.get("fn") or p["display"], addr="%s@%s" % (lp, prov), domain=prov, provider=prov, person=p)
    elif kind in ("org", "compromised"):
        if it.get("org") == "same":
            org, dom = rcpt["org"] or rng.choice(LOC.ORGS[lang])[0], rcpt["domain"] if rcpt["org"] else None
            if dom is None:
                org, dom = rng.choice(LOC.ORGS[lang])
                rcpt = make_rcpt(rng, lang, "org")
                rp = rcpt["person"]
                rcpt.update(domain=dom, org=org, addr="%s@%s" % (LOC.local_part(rng, rp, "f.l"), dom))
                m["rcpt"] = rcpt
        elif it.get("dom"):
            org, dom = it.get("orgname", it["dom"]), it["dom"]
        else:
            pool = [o for o in LOC.ORGS[it.get("slang", lang)] if o[1] != rcpt["domain"]]
            org, dom = rng.choice(pool)
        p = LOC.person(rng, it.get("slang", lang))
        lp = it.get("fl") or LOC.local_part(rng, p, rng.choice(["f.l", "finit", "initl", "f.l", "f_l"]))
        s.update(name=it.get("fn") or p["display"], addr="%s@%s" % (lp, dom), domain=dom, org=org, person=p)
    elif kind == "lookalike":
        dom = it["dom"] if it["dom"] != "RLOOK" else typo_domain(rng, rcpt["domain"])
        p = LOC.person(rng, it.get("slang", lang))
        lp = it.get("fl") or rng.choice(["noreply", "no-reply", "notification", "info", "support", "service", "mail", "admin", "alerts"])
        if it["dom"] == "RLOOK" and not it.get("fl"):
            lp = LOC.local_part(rng, p, rng.choice(["f.l", "finit", "initl"]))
        s.update(name=it.get("fn") or p["display"], addr="%s@%s" % (lp, dom), domain=dom, org=it.get("orgname"), person=p)
        s["dmarc"] = it.get("dmarc", "NONE")
    elif kind == "spoof":
        dom = it["dom"] if it["dom"] != "RCPT" else rcpt["domain"]
        p = LOC.person(rng, it.get("slang", lang))
        lp = it.get("fl") or rng.choice(["noreply", "service", "security", "accounts", "billing"])
        if it["dom"] == "RCPT":
            lp = it.get("fl") or LOC.local_part(rng, p, "f.l")
            if lp == "RCPTLOCAL":
                lp = rcpt["addr"].split("@")[0]
                s["self"] = True
        s.update(name=it.get("fn") or (p["display"] if not s.get("self") else rcpt["name"]), addr="%s@%s" % (lp, dom), domain=dom, person=p)
        s["env_domain"] = it.get("env_domain") or gen_domain(rng)
        s["dmarc"] = it.get("dmarc") or rng.choice(["NONE", "NONE", "QUARANTINE"])
        s["spf"] = rng.choice(["pass", "pass", "softfail", "none"])
        s["vps_dkim"] = rng.random() < 0.4
    elif kind == "vps":
        dom = it.get("dom") or gen_domain(rng)
        p = LOC.person(rng, it.get("slang", lang))
        lp = it.get("fl") or rng.choice(["info", "noreply", "contact", "team", "hello", "events", LOC.local_part(rng, p)])
        s.update(name=it.get("fn") or p["display"], addr="%s@%s" % (lp, dom), domain=dom, person=p)
        s["vps_dkim"] = it.get("vps_dkim", rng.random() < 0.5)
        s["dmarc"] = it.get("dmarc")
    elif kind == "service":
        b = get_brand(it["brand"]) if isinstance(it.get("brand"), str) else dict(it["brand"])
        m["brand"] = b
        s.update(name=b.get("from_name") or b["name"], addr=it.get("from_addr") or b["sender"], domain=(it.get("from_addr") or b["sender"]).split("@")[1],
                 org=b["name"])
        s["dmarc"] = b.get("dmarc", "REJECT")
    elif kind == "zoomsvc":
        s.update(name="Zoom", addr="no-reply@zoom.us", domain="zoom.us", display=it.get("fn") or "Zoom")
    s.update({k: it[k] for k in ("nodkim", "gws_nodkim") if k in it})
    if kind in ("org", "compromised") and "nodkim" not in it:
        # plenty of legitimate (and hijacked) small-organisation servers do not sign, or publish no DMARC record
        s["nodkim"] = rng.random() < 0.3
        if rng.random() < 0.25:
            s["dmarc_none"] = True
        if rng.random() < 0.12:
            s["gws_nodkim"] = True
        r = rng.random()
        if r < 0.08:
            s["spf"] = "none"
        elif r < 0.13:
            s["spf"] = "softfail"
    if s.get("person") and s["person"].get("display") == rcpt["name"] and not s.get("self"):
        for _ in range(10):
            p2 = LOC.person(rng, it.get("slang", lang))
            if p2["display"] != rcpt["name"]:
                break
        if s["name"] == s["person"]["display"]:
            s["name"] = p2["display"]
        s["person"] = p2
    m["sender"] = s
    # ---- event times
    local_sent = TZ.to_local(zone, sent)
    when = it.get("when", "week")
    if when == "now":
        st = local_sent + dt.timedelta(minutes=rng.randint(20, 240))
    elif when == "soon":
        st = local_sent + dt.timedelta(days=rng.randint(0, 3), hours=rng.randint(1, 8))
    elif when == "month":
        st = local_sent + dt.timedelta(days=rng.randint(14, 60))
    elif when == "far":
        st = local_sent + dt.timedelta(days=rng.randint(700, 3600))
    elif when == "past":
        st = local_sent - dt.timedelta(days=rng.randint(1, 12))
    elif isinstance(when, tuple):
        st = local_sent + dt.timedelta(days=rng.randint(*when))
    else:
        st = local_sent + dt.timedelta(days=rng.randint(1, 16))
    hr = it.get("hour")
    if hr is None:
        hr = rng.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17])
        mn = it.get("minute", rng.choice([0, 0, 0, 0, 30, 30, 15, 45]))
    else:
        mn = it.get("minute", 0)
    if when != "now":
        st = st.replace(hour=hr, minute=mn, second=0, microsecond=0)
    else:
        st = st.replace(minute=(st.minute // 15) * 15, second=0, microsecond=0)
    dow = it.get("dow")
    nth = None
    if dow is None and it.get("rrule") and "BYDAY=" in it["rrule"]:
        raw = it["rrule"].split("BYDAY=")[1].split(";")[0].split(",")[0]
        code = raw.lstrip("-0123456789")
        dow = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].index(code)
        if raw[:1].isdigit():
            nth = int(raw[:-2])
    weekday_default = label == "ham" and it["cat"] not in ("personal", "community-series", "travel-booking", "list-copy")
    if it.get("rrule") and "BYMONTHDAY=" in it["rrule"] and when not in ("now",):
        md = int(it["rrule"].split("BYMONTHDAY=")[1].split(";")[0])
        while st.day != md:
            st += dt.timedelta(days=1)
    if dow is not None and when not in ("now",):
        while st.weekday() != dow or (nth and (st.day - 1) // 7 + 1 != nth):
            st += dt.timedelta(days=1)
    elif (it.get("weekday") or (weekday_default and it.get("weekday") is not False)) and when not in ("now",):
        while st.weekday() >= 5:
            st += dt.timedelta(days=1)
    dur = it.get("dur", rng.choice([30, 30, 45, 60, 60, 60, 90]))
    allday = it.get("allday", False)
    if allday:
        st = st.replace(hour=0, minute=0)
        en = st + dt.timedelta(days=it.get("days", 1))
    else:
        en = st + dt.timedelta(minutes=dur)
    # ---- slots
    amt = it.get("amt")
    slots = {}
    slots.update(rfirst=rcpt["first"], rlast=rcpt["last"], rname=rcpt["name"], remail=rcpt["addr"], rdomain=rcpt["domain"],
                 rorg=rcpt["org"] or rcpt["domain"], ruser=rcpt["addr"].split("@")[0])
    sp = s.get("person") or {"first": s["name"], "last": "", "display": s["name"]}
    slots.update(sfirst=sp["first"], slast=sp["last"], sname=s["name"], semail=s["addr"], sdomain=s["domain"], sorg=s.get("org") or s["domain"])
    slots.update(date=LOC.fmt_date(lang, st, with_time=not allday), day=LOC.fmt_date(lang, st, with_time=False),
                 time="%02d:%02d" % (st.hour, st.minute), year=str(st.year), nextyear=str(st.year + 1),
                 sentday=LOC.fmt_date(lang, local_sent, with_time=False), month=LOC.MONTHS.get(lang, LOC.MONTHS["en"])[st.month - 1] if lang in LOC.MONTHS else str(st.month),
                 enddate=LOC.fmt_date(lang, en, with_time=not allday))
    if amt:
        lo, hi = amt[:2]
        cur = amt[2] if len(amt) > 2 else None
        v = rng.randint(lo, hi)
        if len(amt) > 3 and amt[3] == "cents":
            v = v + rng.randint(1, 99) / 100.0
        slots["amount"] = LOC.money(lang if cur is None else (lang if cur != "$" else "en"), v, cur)
        slots["amount_raw"] = str(v)
        v2 = rng.randint(lo, hi)
        slots["amount2"] = LOC.money(lang if cur is None else (lang if cur != "$" else "en"), v2, cur)
    slots.update(code=rtok(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), pnr=rtok(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ"),
                 ref="%s-%d-%05d" % (rng.choice(["INV", "REF", "CASE", "ORD", "TKT"]), st.year, rng.randint(100, 99999)),
                 num=rdig(rng, 9), num6=rdig(rng, 6), pin=rdig(rng, 6), tok=rtok(rng, 24, ALNUM), tok8=rtok(rng, 8, LOWDIG),
                 tok12=rtok(rng, 12, LOWDIG), hex=rhex(rng, 32), id=str(rng.randint(10 ** 7, 10 ** 9)),
                 btc=btc_addr(rng), usdt=usdt_addr(rng), eth=eth_addr(rng),
                 iban=iban(rng, it.get("iban_cc", {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT", "tr": "TR",
                                                   "el": "GR", "he": "IL", "ar": "AE"}.get(lang, "GB"))),
                 phone=it.get("phone_fixed") or (LOC.tollfree_us(rng) if it.get("tollfree") else LOC.phone(rng, lang)),
                 phone2=LOC.phone(rng, lang), tg="@" + rng.choice(["support", "help", "hr", "vip", "desk", "admin", "mentor", "coach"]) + "_" + rtok(rng, 5, LOWDIG),
                 wa="+%s %s" % (rng.choice(["44 7700 900", "1 (555) 01", "62 812 5550", "91 98765 0", "234 803 555", "7 999 555"]), rdig(rng, 3)),
                 meet="%s-%s-%s" % (rtok(rng, 3, LOWER), rtok(rng, 4, LOWER), rtok(rng, 3, LOWER)),
                 zoomid="%d %d %d" % (rng.randint(800, 999), rng.randint(1000, 9999), rng.randint(1000, 9999)),
                 rnd=rtok(rng, 5, LOWDIG), q=str(rng.randint(1, 4)), rnd2=rtok(rng, 7, LOWDIG), n2=str(rng.randint(2, 9)), n3=str(rng.randint(11, 99)))
    for k, v in it.get("slots", {}).items():
        slots[k] = v(rng) if callable(v) else v
    for k in ("u", "u2", "u3"):
        if it.get(k):
            slots[{"u": "url", "u2": "url2", "u3": "url3"}[k]] = fill(it[k], slots)
    m["slots"] = slots
    F = lambda x: fill(x, slots)
    # ---- event
    ev = {"summary": F(it["summary"]), "description": F(it.get("body")), "location": F(it.get("loc")), "url": F(it.get("url")),
          "start": st, "end": en, "zone": zone, "allday": allday, "rrule": F(it.get("rrule")),
          "alarms": it.get("alarms", []), "attach": F(it.get("attach", [])), "conference": F(it.get("conf", [])),
          "xalt": F(it.get("xalt")), "sequence": it.get("seq", 0), "component": it.get("component", "VEVENT"),
          "categories": it.get("categories"), "priority": it.get("priority"), "cls": it.get("cls"), "transp": it.get("transp"),
          "mailnote": F(it.get("mailnote")), "comment": F(it.get("comment")), "extra": F(it.get("extra", []))}
    ev = {k: v for k, v in ev.items() if v is not None}
    if it.get("desc_override") is not None:
        ev["description"] = F(it["desc_override"])
    # conferencing links that the client adds by default in many organisations (independent of the label)
    auto_meth = it.get("method", "REQUEST")
    if auto_meth == "REQUEST" and not it.get("allday") and "meet" not in it and "teams" not in it and it["cat"] not in ("mass-invite",):
        r = rng.random()
        if client == "google" and kind in ("org", "compromised", "free", "lookalike") and arrival.year >= 2019 and r < 0.55:
            it = dict(it, meet=True)
        elif client == "outlook" and kind in ("org", "compromised", "lookalike") and arrival.year >= 2019 and r < 0.6:
            it = dict(it, teams=True)
        elif client in ("outlook", "google", "thunderbird", "icloud", "zimbra", "sogo", "nextcloud") and kind in ("org", "compromised", "free") \
                and arrival.year >= 2020 and r < 0.75 and not it.get("loc"):
            zhost = rng.choice(["us02web.zoom.us", "us04web.zoom.us", "us06web.zoom.us", "zoom.us"])
            it = dict(it, loc="https://%s/j/%s?pwd=%s" % (zhost, rdig(rng, 11), rtok(rng, 32, ALNUM)))
    if it.get("meet") and client == "google":
        ev["meet"] = "https://meet.google.com/" + slots["meet"]
        if rng.random() < 0.5:
            ev["meet_phone"] = "(US) +1 %s-555-01%02d" % (rng.choice(["347", "650", "929", "585"]), rng.randint(0, 99))
            ev["meet_pin"] = rdig(rng, 9)
    if it.get("teams"):
        ev["teams"] = True
    ev["dtstamp"] = sent - dt.timedelta(seconds=rng.randint(0, 20))
    ev["created"] = ev["dtstamp"] - (dt.timedelta(minutes=rng.randint(1, 3000)) if label == "ham" else dt.timedelta(seconds=rng.randint(5, 600)))
    # uid by client
    ev["uid"] = it.get("uid") or uid_for(rng, client, s, m)
    m["ev"] = ev
    # extra events (multi-event calendars)
    m["events"] = []
    for j, x in enumerate(it.get("events", [])):
        off_days = x.get("offset", (j + 1) * 7)
        e2 = dict(ev)
        e2.update(summary=F(x.get("summary", it["summary"])), description=F(x.get("body", it.get("body"))),
                  location=F(x.get("loc", it.get("loc"))), url=F(x.get("url", it.get("url"))),
                  start=st + dt.timedelta(days=off_days), end=en + dt.timedelta(days=off_days), alarms=x.get("alarms", it.get("alarms", [])),
                  uid=uid_for(rng, client, s, m), rrule=F(x.get("rrule")), attach=[], conference=[], xalt=None)
        m["events"].append(e2)
    # ---- organizer / attendees
    org_name = it.get("org_cn", s["name"])
    org_addr = s["addr"]
    if it.get("organizer"):
        org_name, org_addr = F(it["organizer"])
    m["organizer"] = (F(org_name), org_addr)
    att = it.get("att", "rcpt")
    attendees = []
    to = [(rcpt["name"], rcpt["addr"])]
    if att in ("rcpt", "team", "few") or att.startswith("mass") or att.startswith("team"):
        attendees.append({"name": rcpt["name"] if rng.random() < 0.75 or client == "outlook" else None, "email": rcpt["addr"],
                          "partstat": "NEEDS-ACTION", "role": "REQ-PARTICIPANT", "rsvp": True})
    if att.startswith("team"):
        n = int(att.split(":")[1]) if ":" in att else rng.randint(2, 6)
        used = {rcpt["name"], s["name"]}
        tries = 0
        while n > 0 and tries < 60:
            tries += 1
            p = LOC.person(rng, lang)
            if p["display"] in used:
                continue
            used.add(p["display"])
            n -= 1
            if kind == "free":
                d = rng.choice(LOC.FREEMAIL[lang] + [s["domain"]])
                a = "%s@%s" % (LOC.local_part(rng, p, rng.choice(["f.l", "fl", "fl2", "f_l"])), d)
            else:
                d = rcpt["domain"] if kind in ("org",) and it.get("org") == "same" else (s["domain"] if rng.random() < 0.5 else rcpt["domain"])
                a = "%s@%s" % (LOC.local_part(rng, p, "f.l"), d)
            if a in (rcpt["addr"], s["addr"]):
                continue
            attendees.append({"name": p["display"], "email": a, "partstat": rng.choice(["NEEDS-ACTION", "NEEDS-ACTION", "ACCEPTED"]),
                              "role": rng.choice(["REQ-PARTICIPANT", "REQ-PARTICIPANT", "OPT-PARTICIPANT"]), "rsvp": True})
            to.append((p["display"], a))
    if att.startswith("mass"):
        n = int(att.split(":")[1])
        for nm, a in mass_addresses(rng, n, (rcpt["addr"],)):
            attendees.append({"name": nm, "email": a, "partstat": "NEEDS-ACTION", "role": "REQ-PARTICIPANT", "rsvp": True})
        rng.shuffle(attendees)
        if it.get("mass_to"):
            to = [(a["name"], a["email"]) for a in attendees]
    if att == "bcc":
        to = [(None, s["addr"])] if rng.random() < 0.5 else [(rcpt["name"], rcpt["addr"])]
        if it.get("to_self"):
            to = [(None, s["addr"])]
    if att.startswith("dl:"):
        _, dlname, dllocal = att.split(":")
        dla = "%s@%s" % (dllocal, rcpt["domain"])
        attendees = [{"name": dlname, "email": dla, "partstat": "NEEDS-ACTION", "role": "REQ-PARTICIPANT", "rsvp": True}]
        to = [(dlname, dla)]
    if att == "none":
        pass
    m["attendees_spec"] = att
    ev["attendees"] = attendees
    for e2 in m["events"]:
        e2["attendees"] = attendees
    if it.get("fwd"):
        fw = F(it["fwd"])
        op = LOC.person(rng, lang)
        odom = s["domain"] if kind == "org" else rng.choice(LOC.ORGS[lang])[1]
        oaddr = "%s@%s" % (LOC.local_part(rng, op, "f.l"), odom)
        m["organizer"] = (op["display"], oaddr)
        atts = [{"name": s["name"], "email": s["addr"], "partstat": "ACCEPTED", "role": "REQ-PARTICIPANT", "rsvp": True}]
        for _ in range(rng.randint(1, 4)):
            p2 = LOC.person(rng, lang)
            atts.append({"name": p2["display"], "email": "%s@%s" % (LOC.local_part(rng, p2, "f.l"), odom),
                         "partstat": rng.choice(["NEEDS-ACTION", "ACCEPTED"]), "role": "REQ-PARTICIPANT", "rsvp": True})
        if client == "outlook" and rng.random() < 0.6:
            atts.append({"name": rcpt["name"], "email": rcpt["addr"], "partstat": "NEEDS-ACTION", "role": "REQ-PARTICIPANT", "rsvp": True})
        ev["attendees"] = atts
        lbl = FWD_LABELS.get(lang, FWD_LABELS["en"])
        sent_orig = TZ.to_local(zone, sent) - dt.timedelta(days=rng.randint(1, 6), minutes=rng.randint(1, 600))
        if client == "outlook":
            block = "%s\n%s: %s\n%s: %s\n%s: %s\n%s: %s\n%s: %s\n%s: %s" % (
                lbl[0], lbl[1], op["display"], lbl[2], LOC.fmt_date(lang, sent_orig), lbl[3], "; ".join(a["name"] for a in atts[:4]),
                lbl[4], ev["summary"], lbl[5], LOC.fmt_date(lang, st), lbl[6], ev.get("location") or "")
        else:
            block = "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s" % (
                op["display"], oaddr, LOC.fmt_date(lang, sent_orig), ev["summary"], ", ".join(a["email"] for a in atts[:4]))
        ev["description"] = fw["note"] + "\n\n" + block + ("\n\n" + ev["description"] if ev.get("description") else "")
        if client != "outlook":
            ev["mailnote"] = fw["note"] + "\n\n" + block
        m["subject"] = "%s: %s" % (fw["prefix"], ev["summary"])
        to = [(rcpt["name"], rcpt["addr"])]
    if it.get("to_override"):
        to = F(it["to_override"])
    m["to"] = to
    if it.get("cc"):
        m["cc"] = F(it["cc"])
    # ---- method & misc
    m["method"] = it.get("method", "REQUEST" if client not in ("booking",) else (m.get("brand", {}).get("method") or "PUBLISH"))
    if "method" in it and it["method"] is None:
        m["method"] = None
    if m["method"] == "REPLY":
        # the sender is an attendee replying to the recipient, who organised the meeting
        m["organizer"] = (rcpt["name"], rcpt["addr"])
        ps = it.get("partstat", "ACCEPTED")
        ev["attendees"] = [{"name": s["name"], "email": s["addr"], "partstat": ps, "replying": True, "role": "REQ-PARTICIPANT", "rsvp": False}]
        ev["sequence"] = it.get("seq", rng.choice([0, 0, 1]))
    if m["method"] == "CANCEL":
        ev["sequence"] = it.get("seq", rng.randint(1, 3))
        if it.get("org_is_rcpt"):
            # a co-organiser with edit rights deleted the recipient's event; the service notifies every guest, owner included
            m["organizer"] = (rcpt["name"], rcpt["addr"])
            ev["attendees"] = [{"name": s["name"], "email": s["addr"], "partstat": "ACCEPTED", "role": "REQ-PARTICIPANT", "rsvp": True}] + [
                a for a in ev["attendees"] if a["email"] != rcpt["addr"]]
    if it.get("subject"):
        m["subject"] = F(it["subject"])
    m["body"] = F(it.get("mailbody"))
    m["text"] = F(it.get("text"))
    m["html"] = F(it.get("html"))
    m["rows"] = F(it.get("rows"))
    m["button"] = F(it.get("button"))
    m["quirks"] = it.get("quirks", [])
    m["hand"] = F(it.get("hand", {}))
    m["reply_to"] = F(it.get("reply_to"))
    m["fold"] = it.get("fold")
    m["variant"] = it.get("variant")
    m["infra"] = it.get("infra")
    m["desc_is_html"] = it.get("desc_is_html")
    if it.get("mso_attach"):
        m["mso_attach"] = it["mso_attach"]
    if it.get("nc"):
        m.update(F(it["nc"]))
    # ---- charset choices
    # ---- per-client sender/infra adjustments
    adjust_for_client(rng, m, it)
    m["charset"], m["hdr_charset"], m["hdr_enc"] = pick_charsets(rng, m, it)
    return m


def uid_for(rng, client, s, m):
    if client == "google":
        return rtok(rng, 26, "abcdefghijklmnopqrstuv0123456789") + "@google.com"
    if client == "outlook":
        return CL.outlook_uid(rng, m["sent"])
    if client == "icloud":
        return ruuid(rng, True)
    if client in ("thunderbird", "nextcloud"):
        return ruuid(rng)
    if client == "zimbra":
        return ruuid(rng)
    if client == "sogo":
        return "%s-%s-%d-%s" % (rhex(rng, 4, True), rhex(rng, 8, True), rng.randint(1, 9), rhex(rng, 8, True))
    if client == "yahoo":
        return "%s-%s@yahoo.com" % (rhex(rng, 16), rdig(rng, 10))
    if client == "zoom":
        return "ZOOM%s" % rdig(rng, 11)
    k = rng.random()
    if k < 0.25:
        return "%s@%s" % (rhex(rng, 13), s["domain"])
    if k < 0.5:
        return ruuid(rng)
    if k < 0.75:
        return "%s-%s@%s" % (m["sent"].strftime("%Y%m%dT%H%M%S"), rdig(rng, 5), s["domain"])
    return rhex(rng, 32)


def pick_charsets(rng, m, it):
    lang = m["lang"]
    c = m["client"]
    if it.get("charset"):
        cs = it["charset"]
        return cs, cs, it.get("hdr_enc", "B")
    legacy = LOC.LEGACY[lang]
    yr = m["sent"].year
    if c == "list":
        c = m.get("inner_client") or c
    western = lang in ("en", "de", "fr", "es", "it", "pt", "nl")
    honors = c in ("outlook", "thunderbird", "handrolled", "booking", "zimbra") or (c == "icloud" and m.get("variant") != "server")
    if it.get("prefer_cs") and honors:
        cs = it["prefer_cs"]
        return cs, cs, "B" if not western else "Q"
    p_legacy = {"thunderbird": 0.5 if yr < 2020 else 0.15, "handrolled": 0.4, "booking": 0.25, "zimbra": 0.05}.get(c, 0.0)
    if c == "outlook":
        if m.get("variant") in ("desktop", "vps-desktop"):
            p_legacy = 0.35 if western else 0.65
        else:
            p_legacy = 0.05 if western else 0.4
    if c == "icloud" and m.get("variant") != "server":
        p_legacy = {"ja": 0.8, "zh": 0.5, "zh-TW": 0.5, "ko": 0.5, "ru": 0.4}.get(lang, 0.25)
    if rng.random() < p_legacy and legacy != ["utf-8"]:
        cs = rng.choice(legacy)
        enc = "Q" if lang in ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr") and rng.random() < 0.6 else "B"
        return cs, cs, enc
    enc = "Q" if lang in ("de", "fr", "es", "it", "pt", "nl", "pl", "tr", "vi") and rng.random() < 0.4 else "B"
    return "utf-8", "utf-8", enc


def adjust_for_client(rng, m, it):
    c = m["client"]
    s = m["sender"]
    k = s["kind"]
    if c == "outlook":
        if not m.get("variant"):
            if k in ("spoof", "vps"):
                m["variant"] = "desktop"
            elif k == "free":
                m["variant"] = "exo"
            elif m["ev"].get("xalt"):
                m["variant"] = "desktop"
            else:
                m["variant"] = rng.choice(["exo", "exo", "exo", "desktop", "onprem"] if k == "org" else ["exo", "exo", "desktop"])
        if not m.get("infra"):
            if k == "free":
                m["infra"] = "outlookcom"
            elif k in ("spoof", "vps"):
                m["infra"] = "vps"
            elif m["variant"] == "onprem":
                m["infra"] = "onprem"
            elif m["variant"] == "desktop":
                # Outlook's own MIMEDIR output only leaves the client on non-Exchange (SMTP/IMAP) accounts
                m["infra"] = "postfix"
            else:
                m["infra"] = "exo"
        if m["infra"] == "exo":
            m["variant"] = m["variant"] if m["variant"] != "onprem" else "exo"
    elif c == "icloud":
        if it.get("fwd"):
            m["variant"] = "mail"
        if not m.get("variant"):
            if k == "free" and s["domain"] in ("icloud.com", "me.com", "mac.com"):
                m["variant"] = rng.choice(["server", "server", "mail"])
            else:
                m["variant"] = "mail"
        if not m.get("infra"):
            if m["variant"] == "server":
                m["infra"] = "icloud"
            elif k == "free":
                m["infra"] = "icloudsmtp"
            elif k in ("spoof", "vps"):
                m["infra"] = "vps"
            else:
                m["infra"] = rng.choice(["postfix", "exo"])
    elif c == "thunderbird":
        if not m.get("infra"):
            m["infra"] = {"free": "freesmtp", "spoof": "vps", "vps": "vps"}.get(k, "postfix")
    elif c == "zoom":
        if k in ("org", "compromised", "free", "lookalike") and s["domain"] != "zoom.us" and not it.get("zoom_mimic"):
            # "invite by e-mail" from the Zoom web portal: sent by Zoom on behalf of the host
            m["reply_to"] = (s["name"], s["addr"])
            m["sender"] = dict(s, addr="no-reply@zoom.us", domain="zoom.us", display=s["name"])
            m["infra"] = "zoom"
        if not m.get("infra"):
            m["infra"] = "zoom" if s["domain"] == "zoom.us" else ("vps" if k in ("spoof", "vps") else rng.choice(["postfix", "esp-sendgrid"]))
    elif c == "nextcloud":
        if not m.get("infra"):
            m["infra"] = "vps" if k in ("vps", "spoof") else "postfix"
        if k == "free" and not m.get("nc_host"):
            m["nc_host"] = rng.choice(["cloud.hostingfreunde.de", "nc.mycloudbox.net", "my.cloudspace.eu"])
            m["nc_from"] = "noreply@" + m["nc_host"]
    elif c in ("zimbra",):
        if not m.get("infra"):
            m["infra"] = "vps" if k in ("vps", "spoof") else "zimbra"
    elif c == "sogo":
        if not m.get("infra"):
            m["infra"] = "vps" if k in ("vps", "spoof") else "postfix"
    elif c == "booking":
        m["local_submit"] = True
        if not m.get("brand"):
            if it.get("bbrand"):
                m["brand"] = dict(it["bbrand"])
            else:
                nm = it.get("fn") or s.get("org") or rng.choice(["Events", "Notifications", "Online Appointments", "Reservations", "Calendar Service"])
                m["brand"] = {"name": nm, "domain": s["domain"],
                              "prodid": rng.choice(["-//Events Calendar//iCal4j 1.0//EN", "-//Booking Calendar//EN", "-//Appointments 2.4//EN",
                                                    "-//%s//Calendar//EN" % nm, "-//Spatie//iCalendar Generator//EN", "-//Calendar Labs//EN",
                                                    "-//WebCal//Scheduler 3.0//EN"]),
                              "color": rng.choice(["#1a73e8", "#0b5cad", "#444444", "#00796b", "#c62828", "#6a1b9a"])}
        if not m.get("infra"):
            if k in ("spoof", "vps"):
                m["infra"] = "vps"
            else:
                esp = m["brand"].get("esp", rng.choice(["sendgrid", "ses", "mailgun", "postfix"]))
                m["infra"] = "postfix" if esp == "postfix" else "esp-" + esp
    elif c == "handrolled":
        if not m.get("infra"):
            m["infra"] = {"free": "freesmtp", "spoof": "vps", "vps": "vps", "org": rng.choice(["webhost", "postfix"]),
                          "compromised": "webhost", "lookalike": rng.choice(["postfix", "vps", "esp"]), "service": "esp"}.get(k, "vps")
        if m["infra"] == "esp" and not m.get("brand"):
            pass
    elif c == "google":
        m["infra"] = "google"


FWD_LABELS = {
    "en": ("-----Original Appointment-----", "From", "Sent", "To", "Subject", "When", "Where"),
    "de": ("-----Ursprünglicher Termin-----", "Von", "Gesendet", "An", "Betreff", "Wann", "Wo"),
    "es": ("-----Cita original-----", "De", "Enviado el", "Para", "Asunto", "Cuándo", "Dónde"),
    "ru": ("-----Исходная встреча-----", "От", "Отправлено", "Кому", "Тема", "Когда", "Где"),
    "ar": ("-----الموعد الأصلي-----", "من", "تاريخ الإرسال", "إلى", "الموضوع", "متى", "أين"),
    "ko": ("-----원래 약속-----", "보낸 사람", "보낸 날짜", "받는 사람", "제목", "날짜", "위치"),
    "zh": ("-----原始约会-----", "发件人", "发送时间", "收件人", "主题", "时间", "地点"),
}


# ----------------------------------------------------------------------------------------- list wrapper
LISTS = [
    dict(lang="en", name="announce", domain="lists.halden.ac.uk", host="lists.halden.ac.uk", label="Halden staff announcements", sw="mailman2"),
    dict(lang="en", name="members", domain="lists.riverside-astro.org", host="mail.riverside-astro.org", label="Riverside Astronomy Club members", sw="mailman3"),
    dict(lang="en", name="devel", domain="lists.openkestrel.org", host="lists.openkestrel.org", label="OpenKestrel development", sw="mailman3"),
    dict(lang="de", name="vorstand", domain="lists.tsv-ahrberg.de", host="lists.tsv-ahrberg.de", label="TSV Ahrberg Vorstand", sw="mailman2"),
    dict(lang="fr", name="labo-info", domain="listes.univ-valmont.fr", host="listes.univ-valmont.fr", label="Informations du laboratoire", sw="sympa"),
    dict(lang="ja", name="seminar", domain="ml.toho-sys.co.jp", host="ml.toho-sys.co.jp", label="seminar", sw="mailman2"),
    dict(lang="en", name="sunday-league", domain="googlegroups.com", host="mail-sor-f%d.google.com", label="Sunday League", sw="ggroups"),
    dict(lang="en", name="residents", domain="lists.orchardlane.net", host="lists.orchardlane.net", label="Orchard Lane residents", sw="mailman2"),
    dict(lang="tr", name="ekip", domain="lists.anadoluyazilim.com.tr", host="lists.anadoluyazilim.com.tr", label="Ekip duyuruları", sw="mailman3"),
    dict(lang="el", name="syllogos", domain="lists.aigaio-shipping.gr", host="lists.aigaio-shipping.gr", label="Σύλλογος εργαζομένων", sw="mailman2"),
    dict(lang="ru", name="community", domain="lists.sevalliance.ru", host="lists.sevalliance.ru", label="Сообщество", sw="mailman3"),
    dict(lang="en", name="parents-3b", domain="googlegroups.com", host="mail-sor-f%d.google.com", label="Parents 3B", sw="ggroups"),
]


def render_list(rng, m, it):
    cand = [x for x in LISTS if x.get("lang") == m["lang"]] or [x for x in LISTS if x.get("lang") == "en"]
    if it.get("mlist_name"):
        cand = [x for x in LISTS if x["name"] == it["mlist_name"]]
    L = dict(it.get("mlist") or rng.choice(cand))
    if L["sw"] == "ggroups":
        L["host"] = L["host"] % rng.randint(40, 99)
    m["list"] = L
    listaddr = "%s@%s" % (L["name"], L["domain"])
    # the invitation was addressed to the list
    for a in m["ev"]["attendees"]:
        if a["email"] == m["rcpt"]["addr"]:
            a["email"] = listaddr
            a["name"] = L["label"] if L["sw"] != "ggroups" else None
    m["to"] = [(None, listaddr)]
    inner_client = m["inner_client"]
    m2 = dict(m)
    m2["client"] = inner_client
    m2["rcpt"] = dict(m["rcpt"], addr=listaddr, domain=L["domain"])
    m2["ev"]["uid"] = uid_for(rng, inner_client, m["sender"], m)
    adjust_for_client(rng, m2, it)
    if inner_client == "google":
        m2["rcpt"] = dict(m2["rcpt"])
    hs, body, inner_route = CL.RENDER[inner_client](rng, m2)
    # list modifications
    subj_tag = it.get("tag", rng.random() < 0.6)
    new_hs = []
    for h in hs:
        if h.startswith("Subject: ") and subj_tag and L["sw"] != "ggroups":
            v = h[len("Subject: "):]
            h = "Subject: [%s] %s" % (L["name"], v)
        if h.lower().startswith("content-type:") or h.lower().startswith("mime-version"):
            continue
        new_hs.append(h)
    ctype_inner = [h for h in hs if h.lower().startswith("content-type:")][0]
    footer_txt = "_______________________________________________\n%s mailing list\n%s\n%s\n" % (
        L["label"], listaddr, "https://%s/mailman/listinfo/%s" % (L["domain"], L["name"]) if L["sw"] == "mailman2" else
        "To unsubscribe send an email to %s-leave@%s" % (L["name"], L["domain"]) if L["sw"] == "mailman3" else
        "https://%s/sympa/info/%s" % (L["domain"], L["name"]))
    munge = False
    if L["sw"] == "ggroups":
        footer_txt = ("-- \nYou received this message because you are subscribed to the Google Groups \"%s\" group.\n"
                      "To unsubscribe from this group and stop receiving emails from it, send an email to %s+unsubscribe@googlegroups.com.\n"
                      "To view this discussion on the web visit https://groups.google.com/d/msgid/%s/%s.\n" % (L["label"], L["name"], L["name"], rtok(rng, 30, ALNUM)))
        munge = True
    elif L["sw"] == "mailman3" and rng.random() < 0.5:
        munge = True
    elif m["sender"].get("dmarc") in ("REJECT", "QUARANTINE") or m["sender"]["domain"] in ("yahoo.com", "aol.com", "icloud.com"):
        munge = True
    L["munge"] = munge
    L["resign"] = L["sw"] == "ggroups" or (L["sw"] == "mailman3" and rng.random() < 0.8)
    b = "===============%d==" % rng.randint(10 ** 18, 10 ** 19 - 1)
    inner_part = (ctype_inner + "\nMIME-Version: 1.0\n\n").encode() + body
    body2 = multipart(b, [inner_part, part('text/plain; charset="%s"' % ("us-ascii" if is_ascii(footer_txt) else "utf-8"), footer_txt, "utf-8", "7bit" if is_ascii(footer_txt) else "8bit",
                                            extra=["MIME-Version: 1.0", "Content-Disposition: inline"])])
    lh = []
    if munge:
        fname = m["sender"]["name"]
        new_hs = [h for h in new_hs if not h.startswith("From: ")]
        if L["sw"] == "ggroups":
            lh.append("From: " + fmt_addr("'%s' via %s" % (fname, L["label"]), listaddr) if is_ascii(fname) else "From: " + CL.from_hdr("%s via %s" % (fname, L["label"]), listaddr, m))
            lh.append("X-Original-Sender: " + m["sender"]["addr"])
            lh.append("X-Original-Authentication-Results: mx.google.com;\n       dkim=pass header.i=@%s;\n       spf=pass smtp.mailfrom=%s;\n       dmarc=pass (p=%s) header.from=%s" % (
                m["sender"]["domain"], m["sender"]["addr"], m["sender"].get("dmarc") or "NONE", m["sender"]["domain"]))
            lh.append("Reply-To: " + CL.from_hdr(fname, m["sender"]["addr"], m))
        else:
            lh.append("From: " + CL.from_hdr("%s via %s" % (fname, L["label"] if L["sw"] != "mailman2" else L["name"]), listaddr, m))
            lh.append("Reply-To: " + CL.from_hdr(fname, m["sender"]["addr"], m))
            lh.append("Cc: " + CL.from_hdr(fname, m["sender"]["addr"], m))
    if L["sw"] == "ggroups":
        lh += ["Precedence: list", "Mailing-list: list %s@googlegroups.com; contact %s+owners@googlegroups.com" % (L["name"], L["name"]),
               "List-ID: <%s.googlegroups.com>" % L["name"], "X-Spam-Checked-In-Group: %s@googlegroups.com" % L["name"],
               "X-Google-Group-Id: %s" % rdig(rng, 12),
               "List-Post: <https://groups.google.com/group/%s/post>, <mailto:%s@googlegroups.com>" % (L["name"], L["name"]),
               "List-Help: <https://groups.google.com/support/>, <mailto:%s+help@googlegroups.com>" % L["name"],
               "List-Archive: <https://groups.google.com/group/%s/>" % L["name"],
               "List-Unsubscribe: <mailto:googlegroups-manage+%s+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/%s/subscribe>" % (rdig(rng, 12), L["name"])]
    else:
        lh += ["X-BeenThere: %s" % listaddr]
        if L["sw"].startswith("mailman"):
            lh.append("X-Mailman-Version: %s" % ("2.1.39" if L["sw"] == "mailman2" else "3.3.9"))
        lh += ["Precedence: list", "List-Id: %s <%s.%s>" % (CL.hdr_text(L["label"]) if is_ascii(L["label"]) else CL.hdr_text(L["label"]), L["name"], L["domain"])]
        if L["sw"] == "sympa":
            lh += ["List-Unsubscribe: <mailto:sympa@%s?subject=unsubscribe%%20%s>" % (L["domain"], L["name"]),
                   "List-Archive: <https://%s/sympa/arc/%s>" % (L["domain"], L["name"]), "List-Post: <mailto:%s>" % listaddr,
                   "List-Owner: <mailto:%s-request@%s>" % (L["name"], L["domain"])]
        else:
            lh += ["List-Unsubscribe: <https://%s/mailman/options/%s>,\n <mailto:%s-request@%s?subject=unsubscribe>" % (L["domain"], L["name"], L["name"], L["domain"]),
                   "List-Archive: <https://%s/pipermail/%s/>" % (L["domain"], L["name"]), "List-Post: <mailto:%s>" % listaddr,
                   "List-Help: <mailto:%s-request@%s?subject=help>" % (L["name"], L["domain"]),
                   "List-Subscribe: <https://%s/mailman/listinfo/%s>,\n <mailto:%s-request@%s?subject=subscribe>" % (L["domain"], L["name"], L["name"], L["domain"]),
                   "Errors-To: %s-bounces+%s@%s" % (L["name"], m["rcpt"]["addr"].replace("@", "="), L["domain"]),
                   "Sender: \"%s\" <%s-bounces+%s@%s>" % (L["name"], L["name"], m["rcpt"]["addr"].replace("@", "="), L["domain"])]
    hs_final = new_hs + lh + ["MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="%s"' % b]
    route = routes.list_route(rng, m, inner_route)
    m["inner_client"] = inner_client
    return hs_final, body2, route


# ----------------------------------------------------------------------------------------- assemble
def assemble(rng, m, it):
    if m["client"] == "list":
        hs, body, route = render_list(rng, m, it)
    else:
        hs, body, route = CL.RENDER[m["client"]](rng, m)
    rc = m["rcpt"]["addr"]
    dl = it.get("delivered_to") or rc
    top = mx_block(rng, route["env_from"], rc, dl, route["helo"], route["rdns"], route["ip"], m["arrival"], route["auth"], route.get("tls", True))
    head = top + route["upstream"] + route.get("client_headers", []) + hs
    for x in m.get("extra_headers", []):
        head.append(x)
    data = ("\n".join(head) + "\n\n").encode("utf-8") + body
    if not data.endswith(b"\n"):
        data += b"\n"
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data, route
