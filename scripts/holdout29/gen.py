#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""holdout29 generator: writes a labelled corpus of calendar-invitation mail.

usage: python3 gen.py [OUTDIR]     (default: out/ beside this file)

Deterministic: every message draws from its own random.Random seeded with
its label, category and index.  Python 3 standard library only.
"""
import collections
import copy
import datetime as dt
import os
import random
import re
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib_mime import CRLF, fold_header, addr, hdr_text, is_ascii  # noqa: E402
from lib_ical import LANG_TZ, UTC, from_utc, to_utc, ZONES  # noqa: E402
from lib_transport import build_trace  # noqa: E402
from lib_clients import (BUILDERS, build_exchange, google_uid, exchange_uid, uid4, alnum, hexs, when_text,  # noqa: E402
                         date_hdr)
from lib_infra import make_tx, apply_list, build_forward, tx_gmail, tx_freeprov, tx_own, tx_microsoft  # noqa: E402
from data_common import (NAMES, RCPT_DOMAINS, FREEMAIL, FREEMAIL_BY_LANG, LEGACY_CS, LANG_NAME, person,  # noqa: E402
                         local_part, SUBJ_PREFIX_FW)
import lib_fake as fk  # noqa: E402

import data_spam  # noqa: E402
import data_ham  # noqa: E402

SEED = "holdout29"
START = dt.datetime(2016, 1, 4, tzinfo=UTC)
END = dt.datetime(2026, 11, 27, tzinfo=UTC)


class SafeDict(dict):
    def __missing__(self, k):
        return "{" + k + "}"


def F(s, V):
    if not isinstance(s, str):
        return s
    for _ in range(3):
        n = s.format_map(SafeDict(V))
        if n == s:
            break
        s = n
    return s


COMPANY_PARTS = (["north", "blue", "silver", "oak", "river", "summit", "harbor", "pine", "stone", "bright", "cedar", "lake",
                  "iron", "maple", "crest", "alder", "granite", "willow", "falcon", "meridian", "copper", "birch"],
                 ["field", "gate", "line", "works", "point", "bridge", "wood", "view", "path", "ridge", "haven", "vale"],
                 ["logistics", "consulting", "partners", "group", "systems", "labs", "media", "capital", "health",
                  "foods", "legal", "design", "energy", "tech"])
LANG_TLD = {"en": ["com", "co.uk", "com.au", "ca", "io", "us"], "de": ["de", "at", "ch"], "fr": ["fr", "be"], "es": ["es", "com.mx"],
            "it": ["it"], "pt": ["pt", "com.br"], "nl": ["nl"], "pl": ["pl"], "tr": ["com.tr"], "ru": ["ru"], "el": ["gr"],
            "ar": ["sa", "ae", "com.eg"], "he": ["co.il"], "zh": ["cn", "com.cn"], "zh-tw": ["com.tw"], "ja": ["co.jp", "jp"],
            "ko": ["co.kr"], "hi": ["in", "co.in"], "th": ["co.th"]}


def company_domain(rng, lang):
    a, b, c = COMPANY_PARTS
    pat = rng.choice(["{a}{b}", "{a}{b}-{c}", "{a}-{c}", "{a}{b}{c}"])
    return pat.format(a=rng.choice(a), b=rng.choice(b), c=rng.choice(c)) + "." + rng.choice(LANG_TLD.get(lang, ["com"]))


def company_name(domain):
    base = domain.split(".")[0]
    if base in ("example", "mail", "corp"):
        base = domain.split(".")[1] if domain.count(".") > 1 else base
    return " ".join(w.capitalize() for w in base.replace("_", "-").split("-"))


def rand_time(rng, y1, y2):
    a = max(START, dt.datetime(y1, 1, 1, tzinfo=UTC))
    b = min(END, dt.datetime(y2, 12, 31, 23, tzinfo=UTC))
    t = a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))
    return t.replace(microsecond=0)


def pick_charsets(rng, lang, client, it):
    legacy = LEGACY_CS.get(lang, ["utf-8"])
    tcs, ccs = "utf-8", "utf-8"
    if client == "outlook":
        if rng.random() < 0.6:
            tcs = rng.choice(legacy)
    elif client in ("o365", "teams"):
        if lang in ("ja", "ko", "zh", "zh-tw", "ru", "th", "he", "ar", "el", "pl", "tr") and rng.random() < 0.45:
            tcs = legacy[0] if lang not in ("ko",) else "ks_c_5601-1987"
        elif rng.random() < 0.15:
            tcs = legacy[-1]
    elif client == "booking":
        if rng.random() < 0.3:
            tcs = rng.choice(legacy)
    elif client == "handrolled":
        if rng.random() < 0.5:
            tcs = rng.choice(legacy)
        if rng.random() < 0.35 and lang not in ("hi",):
            ccs = rng.choice([c for c in legacy if not c.startswith("iso-2022")] or ["utf-8"])
    if it.get("cs"):
        tcs = it["cs"]
    if it.get("ccs"):
        ccs = it["ccs"]
    if tcs == "us-ascii":
        tcs = "iso-8859-1" if rng.random() < 0.5 else "us-ascii"
    hcs = "UTF-8" if tcs.lower() in ("utf-8", "us-ascii") else tcs
    if hcs.lower() in ("iso-2022-jp", "ks_c_5601-1987", "gb2312", "big5", "koi8-r", "windows-1251", "iso-8859-1", "iso-8859-2"):
        hcs = hcs
    return tcs, ccs, hcs


def teams_info(rng):
    thread = alnum(rng, 48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    tid, oid = uid4(rng), uid4(rng)
    url = ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d"
           % (thread, tid, oid))
    return dict(url=url, id="%d %03d %03d %03d" % (rng.randint(100, 499), rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 999)),
                pwd=alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"), tid=tid, oid=oid, thread=thread)


def zoom_info(rng):
    mid = "%d %04d %04d" % (rng.randint(810, 999), rng.randint(0, 9999), rng.randint(0, 9999))
    pwd = alnum(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    return dict(id=mid, pwd="%06d" % rng.randint(0, 999999),
                url="https://us%02dweb.zoom.us/j/%s?pwd=%s" % (rng.choice([2, 4, 5, 6]), mid.replace(" ", ""), pwd))


def make_person_addr(rng, lang, domain, style=None):
    f, l, full = person(rng, lang)
    return f, l, full, "%s@%s" % (local_part(f, l, lang, rng, style), domain)


def freemail_for(rng, client, lang):
    if client == "google":
        return "gmail.com"
    if client in ("o365", "teams", "outlook"):
        return rng.choice(FREEMAIL["outlook"])
    if client in ("apple", "icloud"):
        return rng.choice(FREEMAIL["apple"])
    if client == "yahoo":
        return "yahoo.co.jp" if lang == "ja" and rng.random() < 0.6 else ("yahoo.com.tw" if lang == "zh-tw" else rng.choice(FREEMAIL["yahoo"]))
    return rng.choice(FREEMAIL_BY_LANG.get(lang, FREEMAIL_BY_LANG["en"]))


def extract_addr(v):
    mm = re.search(r"<([^>]+)>", v or "")
    return mm.group(1) if mm else (v or "").strip()


def build_message(label, cat, idx, it):
    rng = random.Random("%s|%s|%s|%03d" % (SEED, label, cat["name"], idx))
    lang = it["lang"]
    client = it["client"]
    setup = it["setup"]
    m = dict(rng=rng, lang=lang, label=label, cat=cat["name"], client=client, setup=setup)
    y1, y2 = it.get("years", cat.get("years", (2016, 2026)))
    if client == "teams":
        y1 = max(y1, 2018)
    if client == "zoom":
        y1 = max(y1, 2017)
    arrival = rand_time(rng, y1, y2)
    # daytime bias for the sender
    tz = it.get("tz") or rng.choice(LANG_TZ.get(lang, LANG_TZ["en"]))
    loc_arr = from_utc(tz, arrival)
    if not it.get("night") and (loc_arr.hour < 7 or loc_arr.hour > 20):
        arrival = arrival + dt.timedelta(hours=(rng.randint(8, 18) - loc_arr.hour) % 24)
        if arrival > END:
            arrival -= dt.timedelta(days=1)
    m["arrival"] = arrival
    m["sent"] = arrival - dt.timedelta(seconds=rng.randint(1, 45))
    m["created"] = m["sent"] - dt.timedelta(minutes=rng.randint(2, 60 * 24 * 4))
    m["sender_tz"] = tz

    # ---- recipient
    rlang = it.get("rlang", lang)
    rf, rl, rfull = person(rng, rlang)
    if it.get("rdom"):
        rdom = it["rdom"]
    else:
        pool = RCPT_DOMAINS.get(rlang, RCPT_DOMAINS["en"])
        rdom = rng.choice(pool if rng.random() < 0.75 or rlang == "en" else RCPT_DOMAINS["en"])
    if it.get("rloc"):
        remail = "%s@%s" % (it["rloc"], rdom)
    else:
        remail = "%s@%s" % (local_part(rf, rl, rlang, rng), rdom)
    m["rcpt"] = (rfull if not it.get("rloc") or it.get("rname_keep") else "", remail)
    m["rcpt_domain"] = rdom
    m["deliver_to"] = remail

    # ---- values for templates
    sf, sl, sfull = person(rng, it.get("slang", lang))
    V = dict(rname=rf, rlast=rl, rfull=rfull, remail=remail, rdomain=rdom, rcompany=company_name(rdom), rlocal=remail.split("@")[0],
             sname=sfull, sfirst=sf, slast=sl, year=str(from_utc(tz, arrival).year), tok=fk.tok(rng, 12),
             tok2=fk.tok(rng, 24, fk.AM), n4=str(rng.randint(1000, 9999)), n6=str(rng.randint(100000, 999999)),
             code=fk.code(rng, 6), ref=fk.code(rng, 8, "0123456789"))
    V["mobile"] = fk.mobile(rng, lang)
    V["phone"] = fk.phone(rng, lang)
    V["btc"] = fk.btc(rng)
    m["V"] = V
    m["it"] = it
    m["tz"] = tz

    # ---- event times
    off = it.get("off", cat.get("off", (1, 21)))
    days = rng.randint(*off) if isinstance(off, tuple) else off
    base = from_utc(tz, arrival)
    sdate = (base + dt.timedelta(days=days)).date()
    if it.get("weekday", True) and not it.get("allday") and days > 1:
        while sdate.weekday() >= 5 and cat.get("weekdays", True):
            sdate += dt.timedelta(days=1)
    hour = it.get("hour", rng.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17]))
    minute = it.get("minute", rng.choice([0, 0, 0, 0, 30, 30, 15, 45]))
    start = dt.datetime(sdate.year, sdate.month, sdate.day, hour, minute)
    dur = it.get("dur", cat.get("dur", rng.choice([30, 30, 45, 60, 60, 60, 90])))
    end = start + dt.timedelta(minutes=dur)
    allday = it.get("allday", False)
    if allday:
        start = start.date()
        end = start + dt.timedelta(days=it.get("days", 1))
    ev = dict(start=start, end=end, tz=tz, allday=allday, method=it.get("method", cat.get("method", "REQUEST")),
              seq=it.get("seq", 0), alarms=list(it.get("alarms", cat.get("alarms", ["-PT15M"] if rng.random() < 0.5 else []))),
              ownerapptid=rng.randint(-2147483647, 2147483647) if client == "google" else rng.randint(100000000, 2147483647),
              status=it.get("status", "CONFIRMED"))
    if "mparam" in it:
        ev["mparam"] = it["mparam"]
    if it.get("vtodo"):
        ev["vtodo"] = True
    if it.get("rrule"):
        ev["rrule"] = it["rrule"]
    if it.get("fold"):
        ev["fold"] = it["fold"]
    if it.get("sloppy"):
        ev["sloppy"] = True
    m["ev"] = ev

    # ---- category-specific values (URLs, phones, recurrence ...)
    if cat.get("fill"):
        cat["fill"](rng, m, V, it)
    for k, v in it.get("v", {}).items():
        V[k] = F(v, V) if isinstance(v, str) else v

    # ---- sender identity
    sdom = F(it.get("dom") or V.get("dom") or "", V)
    if setup == "free":
        sdom = it.get("dom") or freemail_for(rng, client, lang)
    elif setup in ("corp", "compromised") and not sdom:
        sdom = company_domain(rng, lang)
    elif not sdom:
        sdom = fk.bad_domain(rng)
    V["sdomain"] = sdom
    V["sslug"] = sdom.split(".")[0].replace("-", "")
    V["scompany"] = F(it.get("scompany", company_name(sdom)), V)
    if it.get("fa"):
        semail = F(it["fa"], V)
    else:
        sty = rng.choice(["f.l", "f.l", "fil", "f", "fl", "f_l"]) if setup in ("corp", "compromised", "lookalike", "esp") else None
        semail = "%s@%s" % (local_part(sf, sl, it.get("slang", lang), rng, sty), sdom)
    V["semail"] = semail
    fname = F(it.get("fn", "{sname}"), V)
    m["frm"] = (fname, semail)
    org = (F(it["on"], V) if it.get("on") else fname, F(it["oa"], V) if it.get("oa") else semail)
    m["org"] = org
    V["oname"], V["oemail"] = org

    # ---- texts
    ev["summary"] = F(it["s"], V)
    ev["desc"] = F(it.get("d", ""), V)
    if it.get("h"):
        ev["html"] = F(it["h"], V)
    for k in ("loc", "url"):
        if it.get(k):
            ev[k] = F(it[k], V)
    ev["attach"] = [(F(a[0], V), a[1], F(a[2], V) if len(a) > 2 else None) for a in it.get("att", [])]
    ev["conf"] = [F(c, V) for c in it.get("conf", [])]
    if it.get("conf_label"):
        ev["conf_label"] = F(it["conf_label"], V)
    ev["xprops"] = [F(x, V) for x in it.get("x", [])] + ev.get("xprops", [])
    if it.get("meet"):
        ev["meet"] = "https://meet.google.com/%s-%s-%s" % (fk.tok(rng, 3, "abcdefghijklmnopqrstuvwxyz"), fk.tok(rng, 4, "abcdefghijklmnopqrstuvwxyz"),
                                                         fk.tok(rng, 3, "abcdefghijklmnopqrstuvwxyz"))
    if client == "teams":
        ev["teams"] = teams_info(rng)
        if it.get("teams_url"):
            ev["teams"]["url"] = F(it["teams_url"], V)
    if client == "zoom" or it.get("zoom"):
        ev["zoom"] = zoom_info(rng)
        if it.get("zoom_url"):
            ev["zoom"]["url"] = F(it["zoom_url"], V)
    for k in ("subj", "body_note", "body_text", "body_html", "reply_note", "fwd_note", "inner_subject"):
        if it.get(k) is not None:
            m[k] = F(it[k], V)
    if it.get("reply_to"):
        m["reply_to"] = F(it["reply_to"], V)
    if it.get("more"):
        more = []
        for j, x in enumerate(it["more"]):
            xs = start if not allday else dt.datetime(start.year, start.month, start.day, 9, 0)
            st = (xs if isinstance(xs, dt.datetime) else dt.datetime(xs.year, xs.month, xs.day)) + dt.timedelta(days=x.get("d", 7 * (j + 1)))
            st = st.replace(hour=x.get("hour", st.hour))
            more.append(dict(summary=F(x["s"], V), desc=F(x.get("desc", ""), V), loc=F(x.get("loc", ""), V), url=F(x.get("url", ""), V),
                             start=st, end=st + dt.timedelta(minutes=x.get("dur", dur)), vtodo=x.get("vtodo", False),
                             uid=uid4(rng) + ("@" + sdom if client not in ("google",) else ""), allday=x.get("allday", False)))
            if x.get("allday"):
                more[-1]["start"] = st.date()
                more[-1]["end"] = st.date() + dt.timedelta(days=1)
        ev["more"] = more

    # ---- UID
    if it.get("uid"):
        ev["uid"] = F(it["uid"], V)
    elif client == "google":
        ev["uid"] = google_uid(rng)
    elif client in ("o365", "teams", "outlook"):
        ev["uid"] = exchange_uid(rng, m["created"])
    elif client in ("apple", "icloud"):
        ev["uid"] = uid4(rng, True)
    elif client == "sogo":
        ev["uid"] = "%s-%s-%d-%s" % (hexs(rng, 4, True), "%X" % int(m["created"].timestamp()), rng.randint(1, 9), hexs(rng, 8, True))
    elif client == "yahoo":
        ev["uid"] = "%s@yahoo.com" % hexs(rng, 32)
    elif client == "zoom":
        ev["uid"] = "ZOOM%s" % ev["zoom"]["id"].replace(" ", "")
    else:
        ev["uid"] = uid4(rng)
    if ev.get("method") == "CANCEL":
        ev["status"] = "CANCELLED"
        ev["seq"] = max(1, ev.get("seq", 1))

    # ---- attendees
    atts = []
    rcpt_att = dict(name=m["rcpt"][0] if client != "google" else "", email=remail, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True)
    org_att = dict(name=org[0], email=org[1], partstat="ACCEPTED", role="REQ-PARTICIPANT", rsvp=False, is_org=True)
    meth = ev["method"]
    if meth == "REPLY":
        # recipient organised; sender answers
        st = it.get("reply_status", "ACCEPTED")
        m["reply_status"] = st
        m["org"] = (m["rcpt"][0], remail)
        atts = [dict(name=fname, email=semail, partstat=st, role="REQ-PARTICIPANT", rsvp=False)]
    else:
        if client in ("google", "apple", "icloud", "thunderbird") and not it.get("no_org_att"):
            atts.append(org_att)
        if not it.get("no_rcpt_att"):
            atts.append(rcpt_att)
        n_oth = it.get("others", cat.get("others", 0))
        if isinstance(n_oth, tuple):
            n_oth = rng.randint(*n_oth)
        odoms = it.get("other_doms") or ([rdom] if rng.random() < 0.6 else [rdom] + RCPT_DOMAINS.get(rlang, RCPT_DOMAINS["en"]))
        seen = {remail, org[1]}
        for _ in range(n_oth):
            ol = it.get("olang", rlang)
            if ol == "mix":
                ol = rng.choice(list(NAMES.keys()))
            f2, l2, full2 = person(rng, ol)
            d2 = rng.choice(odoms)
            e2 = "%s@%s" % (local_part(f2, l2, ol, rng, rng.choice(["f.l", "fl", "fil", "f_l", "fl99"])), d2)
            if e2 in seen:
                e2 = e2.replace("@", "%d@" % rng.randint(2, 99))
            if e2 in seen:
                continue
            seen.add(e2)
            atts.append(dict(name=full2 if client != "google" else "", email=e2, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True))
        if client == "google":
            for a in atts:
                if a.get("is_org"):
                    a["rsvp"] = False
    if it.get("att_hook"):
        it["att_hook"](rng, m, atts)
    m["attendees"] = atts
    if it.get("to_all") and len(atts) > 1:
        m["to_hdr"] = (", " + CRLF + " ").join(a["email"] for a in atts if not a.get("is_org"))
    if it.get("to_hdr"):
        m["to_hdr"] = F(it["to_hdr"], V)

    # ---- charsets
    tcs, ccs, hcs = pick_charsets(rng, lang, client, it)
    m["cs_text"], m["cs_cal"], m["hdr_cs"] = tcs, ccs, hcs
    m["chrome_local"] = it.get("chrome_local", rng.random() < 0.7)

    # ---- client knobs
    for k in ("gen", "nc_host", "nc_name", "nc_from", "esp", "dkim_dom", "dkim_sel", "env_from", "env_dom", "mta_host", "ms_dkim",
              "tenant", "infra", "spoof_badsig", "dmarc_none", "spf", "list", "dkim", "vps_host", "olver", "sogover", "cc_hdr"):
        if k in it:
            m[k] = copy.deepcopy(it[k]) if isinstance(it[k], (dict, list)) else (F(it[k], V) if isinstance(it[k], str) else it[k])
    if isinstance(m.get("gen"), dict):
        g = m["gen"]
        for k in ("prodid", "mid_dom", "ct_cal", "disp", "ct_name"):
            if k in g:
                g[k] = F(g[k], V)
        if "xhdrs" in g:
            g["xhdrs"] = [(n, F(v, V)) for n, v in g["xhdrs"]]
    if client == "nextcloud":
        host = m.get("nc_host") or "cloud." + sdom
        m["nc_host"] = host
        m["frm"] = (fname, m.get("nc_from") or "noreply@" + (host if rng.random() < 0.5 else sdom))
    if client == "zoom":
        m["frm"] = (fname, "no-reply@zoom.us")

    # ---- render
    wrap = it.get("wrap")
    outer_client = client
    if wrap in ("fwd-gmail", "fwd-822", "fwd-outlook"):
        root, tx, outer_client = render_forward(rng, m, it, V)
    else:
        root = BUILDERS[client](m)
        tx = make_tx(rng, m)
        if wrap == "list":
            root, tx = apply_list(rng, m, root, tx)
    from_dom = extract_addr(root.get("From")).split("@")[-1]
    trace = build_trace(rng, tx, remail, arrival, from_dom)
    data = b"".join((fold_header(n, v) + CRLF).encode("ascii") for n, v in trace) + root.render()
    info = dict(client=outer_client, lang=lang, infra=m.get("infra_kind"), cs=tcs, ccs=ccs, year=arrival.year,
                wrap=wrap or "", meth=ev["method"] or "none")
    return data, info


def render_forward(rng, m, it, V):
    """Inner invitation sent to the forwarder, then forwarded to the recipient."""
    lang = m["lang"]
    fw = it.get("fwd_by", {})
    fdom = F(fw.get("dom", ""), V) or (m["rcpt_domain"] if fw.get("same_dom", True) else company_domain(rng, lang))
    ff, fl, ffull = person(rng, fw.get("lang", lang))
    femail = F(fw["addr"], V) if fw.get("addr") else "%s@%s" % (local_part(ff, fl, fw.get("lang", lang), rng), fdom)
    m_in = dict(m)
    m_in["rcpt"] = (ffull, femail)
    m_in["deliver_to"] = femail
    m_in["rng"] = rng
    m_in["attendees"] = [dict(a, email=femail, name=ffull) if a["email"] == m["rcpt"][1] else a for a in m["attendees"]]
    m_in["sent"] = m["sent"] - dt.timedelta(hours=rng.randint(1, 72), minutes=rng.randint(0, 59))
    m_in["ev"] = m["ev"]
    style = it["wrap"]
    if style == "fwd-outlook":
        ev = m["ev"]
        on, oe = m["org"]
        pre = SUBJ_PREFIX_FW.get(lang, "FW:")
        blk = ("\n\n-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n\n" % (
            on, oe, date_hdr(m_in), ffull, ev["summary"], when_text(m, "en"), ev.get("loc") or ""))
        m2 = dict(m)
        m2["frm"] = (ffull, femail)
        m2["ev"] = dict(ev, desc=(m.get("fwd_note", "") + blk + (ev.get("desc") or "")))
        m2["subj"] = "%s %s" % (pre, ev["summary"])
        m2["attendees"] = m_in["attendees"] + [dict(name=m["rcpt"][0], email=m["rcpt"][1], partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True)]
        root = build_exchange(m2, m["client"] == "teams")
        m2["setup"] = "corp"
        tx = tx_microsoft(rng, m2, femail.split("@")[1] in ("outlook.com", "hotmail.com"))
        return root, tx, "o365-fwd"
    inner = BUILDERS[m["client"]](m_in)
    m_in["inner_text"] = m["ev"].get("desc")
    m_out = dict(m)
    m_out["frm"] = (ffull, femail)
    m_out["sender_tz"] = m["sender_tz"]
    if style == "fwd-gmail":
        root = build_forward(rng, m_out, m_in, inner, "gmail")
        tx = tx_gmail(rng, m_out)
        return root, tx, "gmail-fwd"
    root = build_forward(rng, m_out, m_in, inner, "rfc822")
    fd = femail.split("@")[1]
    tx = tx_freeprov(rng, m_out) if fd in FREEMAIL_BY_LANG.get(lang, []) + FREEMAIL_BY_LANG["en"] + ["gmx.de", "web.de"] else tx_own(rng, m_out)
    return root, tx, "thunderbird-fwd"


def main():
    out = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, "out")
    t0 = time.time()
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rows = []
    stats = collections.defaultdict(collections.Counter)
    cats_table = {"spam": [], "ham": []}
    for label, mod in (("spam", data_spam), ("ham", data_ham)):
        for cat in mod.CATS:
            d = os.path.join(out, label, cat["name"])
            os.makedirs(d, exist_ok=True)
            cats_table[label].append((cat["name"], len(cat["items"]), cat["desc"]))
            for i, it in enumerate(cat["items"], 1):
                data, info = build_message(label, cat, i, it)
                rel = "%s/%s/%03d.eml" % (label, cat["name"], i)
                with open(os.path.join(out, rel), "wb") as f:
                    f.write(data)
                desc = it.get("desc") or cat["desc"]
                rows.append((rel, label, cat["name"], "%s [%s, %s]" % (desc, LANG_NAME.get(it["lang"], it["lang"]), info["client"])))
                for k in ("client", "lang", "infra", "cs", "ccs", "year", "wrap", "meth"):
                    stats[(label, k)][info[k]] += 1
    with open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        for r in rows:
            f.write("\t".join(x.replace("\t", " ") for x in r) + "\n")
    write_readme(out, cats_table, stats)
    el = time.time() - t0
    print("wrote %d messages to %s in %.1fs" % (len(rows), out, el))
    if os.environ.get("H29_STATS"):
        for key in sorted(stats):
            print(key, dict(sorted(stats[key].items(), key=lambda kv: str(kv[0]))))


def write_readme(out, cats_table, stats):
    L = ["# holdout29 - sealed exam corpus of calendar invitations", "",
         "A labelled test corpus for a calendar anti-spam filter: %d spam and %d ham RFC 5322 messages, each carrying at least "
         "one iCalendar object (VEVENT or VTODO). Every message is written as the receiving MX `mx.example.net` (Postfix) "
         "stores it: Return-Path, Delivered-To, Authentication-Results and the MX's own Received line on top, followed by the "
         "sender side's trace, DKIM-Signature(s) and the sending client's own headers and MIME layout." % (
             sum(n for _, n, _ in cats_table["spam"]), sum(n for _, n, _ in cats_table["ham"])), "",
         "All content (texts, names, companies, domains, numbers, links) is invented. Domains are reserved (`.example`, "
         "`.test`, `example.com/.net/.org`) or plausible-fictional; big brand names appear only in text and in look-alike "
         "domains; IP addresses come from the documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and "
         "2001:db8::/32. Signatures and hashes are random bytes, not real cryptographic signatures.", "",
         "Layout: `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`, `labels.tsv` (path, label, category, description).",
         "", "Generated by `gen.py` (deterministic, Python 3 standard library only); verified by `check.py`.", ""]
    for label in ("spam", "ham"):
        L += ["## %s categories" % label.capitalize(), "", "| category | count | what it is |", "|---|---:|---|"]
        for name, n, desc in cats_table[label]:
            L.append("| %s | %d | %s |" % (name, n, desc))
        L.append("| **total** | **%d** | |" % sum(n for _, n, _ in cats_table[label]))
        L.append("")
    L += ["## Languages", "", "| language | spam | ham |", "|---|---:|---:|"]
    langs = sorted(set(stats[("spam", "lang")]) | set(stats[("ham", "lang")]), key=lambda x: (x != "en", LANG_NAME.get(x, x)))
    for lg in langs:
        L.append("| %s | %d | %d |" % (LANG_NAME.get(lg, lg), stats[("spam", "lang")][lg], stats[("ham", "lang")][lg]))
    css = sorted(set(stats[("spam", "cs")]) | set(stats[("ham", "cs")]) | set(stats[("spam", "ccs")]) | set(stats[("ham", "ccs")]))
    L += ["", "Charsets declared on text and calendar parts: " + ", ".join(css) + ". Transfer encodings: 7bit, 8bit, "
          "quoted-printable and base64. Calendar parts are mostly UTF-8; a few hand-rolled ones use legacy charsets.", "",
          "## Sending software", "", "Both labels are spread over the same clients and services in similar proportions "
          "(the client alone says nothing about the label).", "", "| client / service | spam | ham |", "|---|---:|---:|"]
    names = {"google": "Google Calendar", "o365": "Exchange Online / Outlook (OWA, new Outlook)", "teams": "Exchange Online with Teams meeting",
             "outlook": "Outlook desktop over SMTP (MIMEDIR)", "apple": "Apple Calendar.app via Mail", "icloud": "iCloud calendar server",
             "thunderbird": "Thunderbird / Lightning", "zoom": "Zoom", "nextcloud": "Nextcloud Calendar", "zimbra": "Zimbra",
             "yahoo": "Yahoo Calendar", "sogo": "SOGo", "booking": "booking / transactional systems via ESPs",
             "handrolled": "scripts and libraries (PHP, Python, Node, .NET, bulk tools)", "gmail-fwd": "Gmail forward",
             "o365-fwd": "Outlook forward of a meeting", "thunderbird-fwd": "forward as attachment (message/rfc822)"}
    cl = sorted(set(stats[("spam", "client")]) | set(stats[("ham", "client")]), key=lambda c: (-(stats[("spam", "client")][c] + stats[("ham", "client")][c]), c))
    for c in cl:
        L.append("| %s | %d | %d |" % (names.get(c, c), stats[("spam", "client")][c], stats[("ham", "client")][c]))
    L += ["", "Some messages of both labels pass through mailing-list managers (Mailman, Sympa, Google Groups; original DKIM "
          "broken) or are forwarded. Arrival dates run from January 2016 to November 2026; event dates are set relative to "
          "arrival.", "",
          "## Licence", "", "CC0 1.0 Universal (public domain dedication). Everything in this corpus was written or generated "
          "by the author of gen.py; no message was copied from anywhere.", ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
