"""Turns message specifications (plain dicts) into RFC 5322 iMIP messages.

A spec says who sent what through which infrastructure with which client; the engine
adds the delivery path (Received chain, Authentication-Results from mx.example.net),
builds the iCalendar object relative to the message's arrival time and lays out the
MIME structure the named client would use.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import string

from kit import (UTC, ZONES, Part, addr, enc_words, finish, fold_header, html_escape, ical_local,
                 ical_utc, ics_escape, ics_join, leaf, offset_min, rfc2822_date, text_to_html,
                 to_local, from_local, tz_abbrev, vtimezone)

MX = "mx.example.net"
FIRST = ["Anna", "Ben", "Chiara", "Daniel", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kateryna",
         "Lars", "Maya", "Nikolai", "Olga", "Pedro", "Quentin", "Rosa", "Sven", "Tamar", "Uma", "Viktor",
         "Wen", "Ximena", "Yusuf", "Zofia", "Amadou", "Bianca", "Carlos", "Dagny", "Emeka", "Fatima",
         "Giulia", "Hannah", "Ivan", "Jasmin", "Kwame", "Lucia", "Mateo", "Noor", "Oskar", "Priya"]
LAST = ["Andersen", "Brandt", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova",
        "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi",
        "Schmidt", "Tanaka", "Ueda", "Vasquez", "Weber", "Xu", "Yilmaz", "Zimmermann", "Abara", "Bauer",
        "Chen", "Delgado", "Engel", "Ferreira", "Gupta", "Horvat", "Ibrahim", "Jovanovic", "Keller"]


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.n = 0

    # -- random helpers ----------------------------------------------------
    def hex(self, n, upper=False):
        s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, chars=string.ascii_letters + string.digits):
        return "".join(self.rng.choice(chars) for _ in range(n))

    def lower(self, n):
        return self.alnum(n, string.ascii_lowercase + string.digits)

    def uuid(self, upper=False):
        h = self.hex(32, upper)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def b64junk(self, n):
        return self.alnum(n, string.ascii_letters + string.digits + "+/")

    def person(self, domain="example.net", style="first.last"):
        f, l = self.rng.choice(FIRST), self.rng.choice(LAST)
        if style == "first.last":
            a = f"{f}.{l}".lower()
        elif style == "flast":
            a = (f[0] + l).lower()
        else:
            a = f"{f.lower()}{l.lower()[:3]}{self.rng.randint(1, 99)}"
        return f"{f} {l}", f"{a}@{domain}"

    def staff(self):
        return self.person("example.net", self.rng.choice(["first.last", "first.last", "flast"]))

    def ip(self, net=None):
        net = net or self.rng.choice(["192.0.2", "198.51.100", "203.0.113"])
        return f"{net}.{self.rng.randint(2, 250)}"

    def ip6(self, pfx="2001:db8"):
        return f"{pfx}:{self.rng.randint(1, 0xffff):x}:{self.rng.randint(1, 0xffff):x}::{self.rng.randint(1, 0xff):x}"

    def arrival(self, y0=2016, y1=2026, hours=None):
        start = dt.datetime(y0, 1, 1, tzinfo=UTC)
        end = dt.datetime(y1, 12, 31, tzinfo=UTC) if y1 < 2026 else dt.datetime(2026, 6, 20, tzinfo=UTC)
        t = start + dt.timedelta(seconds=self.rng.randint(0, int((end - start).total_seconds())))
        if hours:  # keep to local working-ish hours (UTC approximation is fine here)
            t = t.replace(hour=self.rng.randint(*hours))
        return t

    def pick(self, seq):
        return self.rng.choice(seq)


# ---------------------------------------------------------------------------
# iCalendar

PRODIDS = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "outlook16": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "icloud": "-//Apple Inc.//iCloud Web Calendar 1.0//EN",
    "macos": "-//Apple Inc.//macOS 14.5//EN",
    "ios": "-//Apple Inc.//iPhone OS 17.4//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "nextcloud": "-//IDN nextcloud.com//Calendar app 4.7.4//EN",
    "sabre": "-//Sabre//Sabre VObject 4.5.4//EN",
    "zimbra": "Zimbra-Calendar-Provider",
    "horde": "-//The Horde Project//Horde iCalendar Library//EN",
    "sogo": "-//Inverse inc./SOGo 5.10.0//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco Systems, Inc.//Webex//EN",
    "ruby": "icalendar-ruby",
    "yahoo": "-//Yahoo! Inc.//Yahoo Calendar//EN",
    "fastmail": "-//Fastmail/2020.5/EN",
    "ical-net": "-//github.com/ical-org/ical.net//NONSGML ical.net 4.0//EN",
    "php": "-//Booking Engine//iCal 2.0//EN",
}


def uid_for(g, style, domain="example.com"):
    if style == "google":
        return g.lower(26) + "@google.com"
    if style in ("exchange", "outlook16"):
        return "040000008200E00074C5B7101A82E00800000000" + g.hex(16, True) + "000000000000000010000000" + g.hex(32, True)
    if style in ("icloud", "macos", "ios"):
        return g.uuid(True)
    if style == "zoom":
        return "ZOOM" + str(g.rng.randint(10 ** 10, 10 ** 11))
    if style == "ruby":
        return g.uuid()
    if style in ("nextcloud", "sabre", "thunderbird", "zimbra", "sogo"):
        return g.uuid()
    return f"{g.hex(24)}@{domain}"


def event_times(g, spec, arrival):
    """Compute (start, end, allday) from an event spec relative to arrival.

    keys: days (offset in days, may be fractional / negative), at=(h, m) local clock,
    minutes (offset in minutes, alternative to days), dur (minutes), allday, ndays,
    abs=(y, m, d, h, mi) absolute local start, tz.
    """
    tz = spec.get("tz", "UTC")
    zone = tz if tz in ZONES else "UTC"
    if spec.get("allday"):
        if "abs" in spec:
            d0 = dt.date(*spec["abs"][:3])
        else:
            d0 = (to_local(zone, arrival) + dt.timedelta(days=spec.get("days", 1))).date()
        return d0, d0 + dt.timedelta(days=spec.get("ndays", 1)), True
    if "abs" in spec:
        loc = dt.datetime(*spec["abs"])
        start = from_local(zone, loc) if zone != "UTC" else loc.replace(tzinfo=UTC)
    elif "minutes" in spec:
        start = arrival + dt.timedelta(minutes=spec["minutes"])
        if spec.get("round", True):
            start = start.replace(second=0) + dt.timedelta(minutes=(5 - start.minute % 5) % 5)
    else:
        loc = to_local(zone, arrival) + dt.timedelta(days=spec.get("days", 1))
        h, m = spec.get("at", (10, 0))
        loc = loc.replace(hour=h, minute=m, second=0, microsecond=0)
        start = from_local(zone, loc)
    end = start + dt.timedelta(minutes=spec.get("dur", 60))
    return start, end, False


def fmt_dt(prop, t, zone, floating=False):
    if isinstance(t, dt.date) and not isinstance(t, dt.datetime):
        return f"{prop};VALUE=DATE:{t.strftime('%Y%m%d')}"
    if floating:
        return f"{prop}:{ical_local(to_local(zone, t))}"
    if zone == "UTC":
        return f"{prop}:{ical_utc(t)}"
    return f"{prop};TZID={zone}:{ical_local(to_local(zone, t))}"


def build_ics(g, m, arrival):
    """m['ev'] -> iCalendar text (CRLF). Returns (text, info dict)."""
    ev = m["ev"]
    style = m.get("prodid_style", m.get("client_style", "generic"))
    prodid = ev.get("prodid") or PRODIDS.get(style, "-//Example Corp//Calendar 1.0//EN")
    method = m.get("method", "REQUEST")
    tz = ev.get("tz", "UTC")
    zone = tz if tz in ZONES else "UTC"
    tzstyle = "windows" if style in ("exchange", "outlook16") else ("google" if style == "google" else "olson")
    tzid = ZONES[zone][4] if tzstyle == "windows" else zone
    start, end, allday = event_times(g, ev, arrival)
    stamp = arrival - dt.timedelta(seconds=g.rng.randint(3, 90))
    uid = ev.get("uid") or uid_for(g, style, m.get("uid_domain", "example.com"))
    ev["_uid"] = uid
    ev["_start"], ev["_end"], ev["_allday"] = start, end, allday

    L = ["BEGIN:VCALENDAR"]
    head = [f"PRODID:{prodid}", "VERSION:2.0"]
    if style in ("exchange",):
        head = [f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    elif method:
        head += ["CALSCALE:GREGORIAN", f"METHOD:{method}"] if style in ("google", "icloud", "macos", "ios") else [f"METHOD:{method}"]
    if ev.get("no_method"):
        head = [h for h in head if not h.startswith("METHOD:")]
    L += head
    L += ev.get("cal_extra", [])
    if not allday and zone != "UTC" and not ev.get("floating") and not ev.get("no_vtimezone"):
        L += vtimezone(zone, tzstyle)

    def dtprop(p, t):
        if allday:
            return fmt_dt(p, t, zone)
        if ev.get("floating"):
            return fmt_dt(p, t, zone, floating=True)
        if zone == "UTC":
            return f"{p}:{ical_utc(t)}"
        return f"{p};TZID={tzid}:{ical_local(to_local(zone, t))}" if " " not in tzid else f'{p};TZID="{tzid}":{ical_local(to_local(zone, t))}' if style == "outlook16" else f"{p};TZID={tzid}:{ical_local(to_local(zone, t))}"

    if ev.get("rid_auto") and not allday:
        ev["recurrence_id"] = dtprop("RECURRENCE-ID", start)
    if ev.get("exdate_weeks") and not allday:
        ev["exdate"] = [dtprop("EXDATE", start + dt.timedelta(weeks=w)) for w in ev["exdate_weeks"]]
    events = ev.get("multi") or [None]
    for idx, variant in enumerate(events):
        E = ["BEGIN:VEVENT"]
        s, e = start, end
        if variant is not None:  # several VEVENTs (floods / multi-leg bookings)
            s = start + dt.timedelta(minutes=variant.get("shift", 0)) if not allday else start + dt.timedelta(days=variant.get("shift_days", 0))
            e = s + (end - start)
        org = ev.get("organizer")
        org_line = None
        if org:
            on, oa = org[0], org[1]
            params = ""
            if on:
                params += f";CN={_param(on)}"
            if len(org) > 2 and org[2]:
                params += f';SENT-BY="mailto:{org[2]}"'
            org_line = f"ORGANIZER{params}:mailto:{oa}"
        att_lines = []
        for a in ev.get("attendees", []):
            att_lines.append(attendee_line(a, style))
        desc = ev.get("desc")
        summary = ev.get("summary", "")
        if variant is not None and variant.get("summary"):
            summary = variant["summary"]
        lang = ev.get("lang")
        lp = f";LANGUAGE={lang}" if lang and style == "exchange" else ""
        body = []
        if style == "exchange":
            if org_line:
                body.append(org_line)
            body += att_lines
            if desc is not None:
                body.append(f"DESCRIPTION{lp}:{ics_escape(desc)}")
            body.append(f"UID:{uid}")
            if ev.get("recurrence_id"):
                body.append(ev["recurrence_id"])
            body.append(f"SUMMARY{lp}:{ics_escape(summary)}")
            body.append(dtprop("DTSTART", s))
            body.append(dtprop("DTEND", e))
            body += _rec(ev)
            body += [f"CLASS:{ev.get('class', 'PUBLIC')}", f"PRIORITY:{ev.get('priority', 5)}",
                     f"DTSTAMP:{ical_utc(stamp)}", f"TRANSP:{ev.get('transp', 'OPAQUE')}",
                     f"STATUS:{ev.get('status', 'CONFIRMED')}", f"SEQUENCE:{ev.get('seq', 0)}",
                     f"LOCATION{lp}:{ics_escape(ev.get('loc', ''))}"]
            body += ev.get("extra", [])
            busy = "FREE" if ev.get("transp") == "TRANSPARENT" else "BUSY"
            body += ["X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % ev.get("seq", 0),
                     "X-MICROSOFT-CDO-OWNERAPPTID:%d" % g.rng.randint(-2 ** 31, 2 ** 31 - 1),
                     "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", f"X-MICROSOFT-CDO-INTENDEDSTATUS:{busy}",
                     f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if allday else 'FALSE'}",
                     "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if ev.get("rrule") else 0)]
            if ev.get("teams"):
                body.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{ev['teams']}")
                body.append("X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://scheduler.teams.microsoft.com/teams/"
                            + g.uuid() + "/" + g.uuid() + "/19_meeting_" + g.alnum(40) + "@thread.v2/0")
                body.append("X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting_" + g.alnum(40) + "@thread.v2\",\"rid\":0,\"mid\":0,\"uid\":null,\"private\":true,\"type\":0}")
                body.append("X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:" + g.alnum(8) + "@example.com\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_" + g.alnum(20))
            body += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                     "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
                     "X-MICROSOFT-LOCATIONS:[]"]
        else:
            if style == "google":
                body.append(dtprop("DTSTART", s))
                body.append(dtprop("DTEND", e))
                body += _rec(ev)
                body.append(f"DTSTAMP:{ical_utc(stamp)}")
                if org_line:
                    body.append(org_line)
                body.append(f"UID:{uid}")
                if ev.get("recurrence_id"):
                    body.append(ev["recurrence_id"])
                body += att_lines
                body.append("X-MICROSOFT-CDO-OWNERAPPTID:%d" % g.rng.randint(-2 ** 31, 2 ** 31 - 1))
                body.append(f"CREATED:{ical_utc(stamp - dt.timedelta(seconds=g.rng.randint(5, 600)))}")
                body.append(f"DESCRIPTION:{ics_escape(desc or '')}")
                body.append(f"LAST-MODIFIED:{ical_utc(stamp)}")
                body.append(f"LOCATION:{ics_escape(ev.get('loc', ''))}")
                body.append(f"SEQUENCE:{ev.get('seq', 0)}")
                body.append(f"STATUS:{ev.get('status', 'CONFIRMED')}")
                body.append(f"SUMMARY:{ics_escape(summary)}")
                body.append(f"TRANSP:{ev.get('transp', 'OPAQUE')}")
                body += ev.get("extra", [])
            else:
                body.append(f"UID:{uid}")
                if ev.get("recurrence_id"):
                    body.append(ev["recurrence_id"])
                body.append(f"DTSTAMP:{ical_utc(stamp)}")
                if style not in ("ruby",):
                    body.append(f"CREATED:{ical_utc(stamp - dt.timedelta(seconds=g.rng.randint(5, 900)))}")
                    body.append(f"LAST-MODIFIED:{ical_utc(stamp)}")
                body.append(dtprop("DTSTART", s))
                if ev.get("use_duration"):
                    body.append(f"DURATION:PT{int((e - s).total_seconds() // 60)}M")
                elif not ev.get("no_end"):
                    body.append(dtprop("DTEND", e))
                body += _rec(ev)
                body.append(f"SUMMARY:{ics_escape(summary)}")
                if desc is not None:
                    body.append(f"DESCRIPTION:{ics_escape(desc)}")
                if ev.get("loc") is not None:
                    body.append(f"LOCATION:{ics_escape(ev.get('loc', ''))}")
                if org_line:
                    body.append(org_line)
                body += att_lines
                if ev.get("status") or style not in ("ruby", "php"):
                    body.append(f"STATUS:{ev.get('status', 'CONFIRMED')}")
                if "seq" in ev or style in ("thunderbird", "nextcloud", "sabre", "zimbra", "icloud", "macos", "ios", "sogo"):
                    body.append(f"SEQUENCE:{ev.get('seq', 0)}")
                if ev.get("transp"):
                    body.append(f"TRANSP:{ev['transp']}")
                if ev.get("class"):
                    body.append(f"CLASS:{ev['class']}")
                body += ev.get("extra", [])
        if ev.get("url"):
            body.append(f"URL:{ev['url']}")
        for c in ev.get("conference", []):
            body.append(c)
        for a in ev.get("attach", []):
            body.append(a)
        if ev.get("alt_desc"):
            body.append("X-ALT-DESC;FMTTYPE=text/html:" + ics_escape(ev["alt_desc"]))
        if ev.get("categories"):
            body.append("CATEGORIES:" + ",".join(ev["categories"]))
        for al in ev.get("alarms", []):
            body += alarm_lines(al, ev, style)
        E += body + ["END:VEVENT"]
        L += E
    L += ev.get("after_events", [])
    L.append("END:VCALENDAR")
    txt = ics_join(L, dofold=not ev.get("nofold"))
    if ev.get("lf_only"):
        txt = txt.replace("\r\n", "\n")
    return txt


def _param(v):
    if any(c in v for c in ':;,') or v != v.strip():
        return '"' + v.replace('"', "'") + '"'
    return v


def _rec(ev):
    out = []
    if ev.get("rrule"):
        out.append(f"RRULE:{ev['rrule']}")
    for x in ev.get("exdate", []):
        out.append(x)
    for x in ev.get("rdate", []):
        out.append(x)
    return out


def attendee_line(a, style):
    """a = (name, email[, partstat[, role[, extra params]]])"""
    name, email = a[0], a[1]
    ps = a[2] if len(a) > 2 and a[2] else "NEEDS-ACTION"
    role = a[3] if len(a) > 3 and a[3] else "REQ-PARTICIPANT"
    extra = a[4] if len(a) > 4 else ""
    cn = name or email
    if style == "google":
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={_param(cn)};"
                f"X-NUM-GUESTS=0{extra}:mailto:{email}")
    if style == "exchange":
        return f"ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={_param(cn)}{extra}:mailto:{email}"
    if style == "thunderbird":
        return f"ATTENDEE;CN={_param(cn)};EMAIL={email};CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE{extra}:mailto:{email}"
    if style in ("icloud", "macos", "ios"):
        return f"ATTENDEE;CN={_param(cn)};CUTYPE=INDIVIDUAL;EMAIL={email};PARTSTAT={ps};ROLE={role};RSVP=TRUE{extra}:mailto:{email}"
    return f"ATTENDEE;CN={_param(cn)};CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE{extra}:mailto:{email}"


def alarm_lines(al, ev, style):
    if isinstance(al, str):
        al = {"trigger": al}
    action = al.get("action", "DISPLAY")
    out = ["BEGIN:VALARM"]
    trig = al["trigger"]
    if trig.startswith("VALUE=DATE-TIME") or trig.startswith(";"):
        out.append("TRIGGER;" + trig.lstrip(";"))
    elif style == "exchange":
        out.append(f"TRIGGER;RELATED=START:{trig}")
    else:
        out.append(f"TRIGGER:{trig}")
    out.append(f"ACTION:{action}")
    if action in ("DISPLAY", "EMAIL"):
        out.append("DESCRIPTION:" + ics_escape(al.get("desc", "REMINDER" if style == "exchange" else "This is an event reminder")))
    if action == "EMAIL":
        out.append("SUMMARY:" + ics_escape(al.get("summary", ev.get("summary", ""))))
        for a in al.get("to", []):
            out.append(f"ATTENDEE:mailto:{a}")
    if action == "AUDIO" and al.get("attach"):
        out.append("ATTACH;FMTTYPE=audio/basic:" + al["attach"])
    if al.get("repeat"):
        out.append(f"REPEAT:{al['repeat']}")
        out.append(f"DURATION:{al.get('duration', 'PT5M')}")
    out += al.get("extra", [])
    out.append("END:VALARM")
    return out


# ---------------------------------------------------------------------------
# delivery path and authentication

def dkim_sig(g, d, s, t, headers="from:to:subject:date:message-id:mime-version:content-type"):
    b = g.b64junk(342)
    bl = "\n\t ".join([b[i:i + 68] for i in range(0, len(b), 68)])
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={int(t.timestamp())};\n"
            f"\th={headers};\n\tbh={g.b64junk(43)}=;\n\tb={bl}")


def auth_results(g, m, a, arrival, ip, helo):
    """Authentication-Results by mx.example.net. a: dict spf/dkim/dmarc plus domains."""
    era = "exim" if arrival.year < 2021 else "rspamd"
    parts = []
    for d in a.get("dkim", []):
        res, dom = d[0], d[1]
        sel = d[2] if len(d) > 2 else "s1"
        if res == "none":
            parts.append("dkim=none (message not signed)")
            continue
        note = {"pass": "", "fail": " (signature verification failed)" if era == "rspamd" else " (body hash did not verify)",
                "permerror": " (no key for signature)", "neutral": " (bad format)", "temperror": " (DNS timeout)"}.get(res, "")
        if era == "rspamd":
            parts.append(f"dkim={res}{note} header.d={dom} header.s={sel} header.b={g.alnum(8)}")
        else:
            parts.append(f"dkim={res}{note} header.d={dom} header.i=@{dom}")
    spf, sdom = a.get("spf", ("none", m.get("_envfrom", "").split("@")[-1]))
    if spf in ("pass",):
        note = f"({MX}: domain of {m.get('_envfrom')} designates {ip} as permitted sender)"
    elif spf == "softfail":
        note = f"({MX}: domain of transitioning {m.get('_envfrom')} does not designate {ip} as permitted sender)"
    elif spf == "fail":
        note = f"({MX}: domain of {m.get('_envfrom')} does not designate {ip} as permitted sender)"
    elif spf == "none":
        note = f"({MX}: {sdom} does not provide an SPF record)" if era == "rspamd" else "(no SPF record)"
    else:
        note = f"({MX}: {ip} is neither permitted nor denied by domain of {sdom})"
    parts.append(f"spf={spf} {note} smtp.mailfrom={m.get('_envfrom')}" + ("" if era == "rspamd" else f" smtp.helo={helo}"))
    dm, fdom = a.get("dmarc", ("none", m["_fromdom"]))
    pol = a.get("policy", {"pass": "none", "fail": "quarantine", "none": "none"}.get(dm, "none"))
    if dm == "none" and a.get("dmarc_none_reason", True):
        parts.append(f"dmarc=none reason=\"No policy\" header.from={fdom}" if era == "rspamd" else f"dmarc=none header.from={fdom}")
    elif era == "rspamd":
        parts.append(f"dmarc={dm} reason=\"{'SPF/DKIM aligned' if dm == 'pass' else 'No aligned SPF or DKIM'}\" header.from={fdom} (policy={pol})")
    else:
        parts.append(f"dmarc={dm} (p={pol.upper()} dis={'NONE' if dm == 'pass' else pol.upper()}) header.from={fdom}")
    for extra in a.get("extra", []):
        parts.append(extra)
    return "Authentication-Results: " + MX + ";\n\t" + ";\n\t".join(parts)


INFRA_DEFAULTS = {
    # name: (mx helo pattern, network)
}


def delivery(g, m, arrival):
    """Return (top_headers list, origin_date) for the delivery path of m."""
    infra = m.get("infra", "vps")
    rcpt = m["_rcpt"]
    envfrom = m.get("envfrom") or m["_from"][1]
    fromdom = m["_from"][1].split("@")[-1]
    m["_fromdom"] = fromdom
    tz = m.get("sender_tz", "UTC")
    H = []       # infrastructure hops below the mx hop (top first)
    sigs = []    # DKIM-Signature lines etc. placed after the hops
    t = arrival - dt.timedelta(seconds=g.rng.randint(1, 4))
    a = {}
    helo = ip = rdns = None
    qid = g.alnum(12, string.ascii_uppercase + string.digits)
    if infra in ("gcal", "gmail"):
        n = g.rng.randint(10, 99)
        ip = g.ip("198.51.100")
        host = g.pick(["mail-sor-f", "mail-yw1-f", "mail-qk1-f", "mail-pj1-f", "mail-oi1-f", "mail-wr1-f"]) + str(n)
        helo = rdns = f"{host}.google.com"
        sid = f"{g.alnum(10)}-{g.alnum(12)}.{g.rng.randint(1, 9)}"
        H.append(f"Received: by {helo} with SMTP id {sid}\n        for <{rcpt}>; {rfc2822_date(t, 'America/Los_Angeles', True)}")
        gmail_user = fromdom in ("gmail.com", "googlemail.com")
        if infra == "gcal":
            envfrom = m.get("envfrom") or m["_from"][1]
            if gmail_user:
                a = {"dkim": [("pass", "google.com", "20230601"), ("pass", "gmail.com", "20230601")],
                     "spf": ("pass", "gmail.com"), "dmarc": ("pass", "gmail.com"), "policy": "none"}
                sigs.append(dkim_sig(g, "google.com", "20230601", t, "to:from:subject:date:message-id:sender:reply-to:mime-version"))
                sigs.append(dkim_sig(g, "gmail.com", "20230601", t, "to:from:subject:date:message-id:sender:reply-to:mime-version"))
            else:
                ws = m.get("workspace_dkim", False)
                gd = f"{fromdom.replace('.', '-')}.20230601.gappssmtp.com"
                a = {"dkim": [("pass", "google.com", "20230601"), ("pass", fromdom if ws else gd, "google" if ws else "20230601")],
                     "spf": ("pass" if m.get("spf_ok") else "softfail", fromdom),
                     "dmarc": ("pass" if ws or m.get("spf_ok") else "fail", fromdom)}
                sigs.append(dkim_sig(g, "google.com", "20230601", t))
                sigs.append(dkim_sig(g, fromdom if ws else gd, "google" if ws else "20230601", t))
        else:
            if gmail_user:
                a = {"dkim": [("pass", "gmail.com", "20230601")], "spf": ("pass", "gmail.com"), "dmarc": ("pass", "gmail.com"), "policy": "none"}
                sigs.append(dkim_sig(g, "gmail.com", "20230601", t))
            else:
                a = {"dkim": [("pass", fromdom, "google")], "spf": ("pass", fromdom), "dmarc": ("pass", fromdom)}
                sigs.append(dkim_sig(g, fromdom, "google", t))
        sigs.append(f"X-Google-Smtp-Source: {g.b64junk(86)}")
        sigs.append(f"X-Received: by 2002:a05:{g.hex(4)}:{g.hex(4)}:b0:{g.hex(3)}:{g.hex(4)} with SMTP id {g.alnum(12)}mr{g.rng.randint(1000000, 9999999)}{g.lower(4)}.{g.rng.randint(10, 99)};\n        {rfc2822_date(t, 'America/Los_Angeles', True)}")
    elif infra in ("outlookcom", "o365"):
        ip = g.ip6("2001:db8:a03") if g.rng.random() < .6 else g.ip("203.0.113")
        region = g.pick(["EUR05", "EUR03", "NAM12", "NAM11", "APC01", "EUR01"])
        host = f"{region}-{g.pick(['VI1', 'AM6', 'DB5', 'BN8', 'CO1', 'SG2'])}-obe.outbound.protection.outlook.com"
        helo = host
        rdns = f"mail-{g.lower(12)}.outbound.protection.outlook.com"
        pr = f"{g.pick(['AS8PR', 'DU0PR', 'PAXPR', 'SJ0PR', 'BY5PR', 'TYZPR'])}0{g.rng.randint(1, 9)}MB{g.rng.randint(1000, 9999)}.{g.pick(['eurprd04', 'eurprd08', 'namprd11', 'namprd12', 'apcprd06'])}.prod.outlook.com"
        m["_exch_host"] = pr
        H.append(f"Received: from {pr} ({g.ip6()}) by\n {pr} ({g.ip6()}) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.{g.rng.randint(7000, 9400)}.{g.rng.randint(10, 40)}; {rfc2822_date(t)}")
        if infra == "outlookcom":
            d = fromdom if fromdom in ("outlook.com", "hotmail.com", "live.com", "outlook.de", "hotmail.fr", "msn.com") else "outlook.com"
            a = {"dkim": [("pass", d, "selector1")], "spf": ("pass", d), "dmarc": ("pass", d), "policy": "none"}
            sigs.append(dkim_sig(g, d, "selector1", t))
        else:
            tenant = m.get("tenant", fromdom.split(".")[0])
            if m.get("tenant_dkim", True):
                a = {"dkim": [("pass", fromdom, "selector1")], "spf": ("pass", fromdom), "dmarc": ("pass", fromdom)}
                sigs.append(dkim_sig(g, fromdom, "selector1", t))
            else:
                od = f"{tenant}.onmicrosoft.com"
                a = {"dkim": [("pass", od, "selector1-" + od.replace('.', '-'))], "spf": ("pass", fromdom), "dmarc": ("pass", fromdom)}
                sigs.append(dkim_sig(g, od, "selector1-" + od.replace('.', '-'), t))
        sigs.append(f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={g.b64junk(120)}")
        sigs.append(f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={fromdom}; dmarc=pass action=none header.from={fromdom};\n dkim=pass header.d={fromdom}; arc=none")
    elif infra == "icloud":
        ip = g.ip("192.0.2")
        helo = rdns = f"{g.pick(['rn2-txn-msbadger', 'st43p00im-ztdg', 'mr85p00im-hyfv', 'ms11p00im-qufo'])}{g.rng.randint(10000, 99999)}.me.com"
        d = "insideicloud.icloud.com" if "insideicloud" in m["_from"][1] else ("email.apple.com" if "apple.com" in fromdom else "icloud.com")
        envfrom = m.get("envfrom") or ("bounces@insideicloud.icloud.com" if d == "insideicloud.icloud.com" else m["_from"][1])
        a = {"dkim": [("pass", d, "insideicloud2048" if "inside" in d else "1a1hai")], "spf": ("pass", envfrom.split("@")[1]),
             "dmarc": ("pass", fromdom), "policy": "quarantine"}
        sigs.append(dkim_sig(g, d, "insideicloud2048" if "inside" in d else "1a1hai", t))
    elif infra == "yahoo":
        ip = g.ip("203.0.113")
        helo = rdns = f"sonic{g.rng.randint(300, 330)}-{g.rng.randint(1, 60)}.consmr.mail.{g.pick(['ne1', 'bf2', 'gq1'])}.yahoo.com"
        envfrom = m.get("envfrom") or "do-not-reply@yahoo.com"
        a = {"dkim": [("pass", "yahoo.com", "s2048")], "spf": ("pass", "yahoo.com"), "dmarc": ("pass", "yahoo.com"), "policy": "reject"}
        sigs.append(dkim_sig(g, "yahoo.com", "s2048", t))
        H.append(f"Received: from sonic.gate.mail.ne1.yahoo.com by sonic{g.rng.randint(300, 330)}.consmr.mail.ne1.yahoo.com with HTTP; {rfc2822_date(t)}")
    elif infra.startswith("esp"):
        esp = infra.split(":")[1] if ":" in infra else "sendgrid"
        ip = g.ip("198.51.100")
        if esp == "sendgrid":
            helo = rdns = f"o{g.rng.randint(1, 99)}.ptr{g.rng.randint(1000, 9999)}.{m.get('esp_dom', fromdom)}"
            H.append(f"Received: by filterdrecv-{g.hex(10)}-{g.lower(5)} with SMTP id filterdrecv-{g.hex(10)}-{g.lower(5)}-1-{g.hex(8, True)}-{g.rng.randint(1, 99)}\n        {t.strftime('%Y-%m-%d %H:%M:%S.%f')[:-3]} +0000 UTC m=+{g.rng.randint(100000, 999999)}.{g.rng.randint(100000000, 999999999)}")
            H.append(f"Received: from {g.lower(16)} (unknown)\n\tby geopod-ismtpd-{g.rng.randint(1, 40)} (SG) with HTTP\n\tid {g.alnum(22)}\n\tfor <{rcpt}>; {rfc2822_date(t)} (UTC)")
            envfrom = m.get("envfrom") or f"bounces+{g.rng.randint(1000000, 9999999)}-{g.hex(4)}-{rcpt.replace('@', '=')}@em{g.rng.randint(100, 9999)}.{fromdom}"
            dk = [("pass", fromdom, "s1"), ("pass", "sendgrid.info", "smtpapi")]
            extra_h = [f"X-SG-EID: {g.b64junk(120)}", f"X-SG-ID: {g.b64junk(80)}"]
        elif esp == "mailgun":
            helo = rdns = f"m{g.rng.randint(10, 250)}-{g.rng.randint(1, 250)}.mailgun.net"
            H.append(f"Received: from <unknown> (<unknown> []) by {g.hex(12)} with HTTP id\n {g.hex(24)}; {rfc2822_date(t)[:-5]}GMT")
            envfrom = m.get("envfrom") or f"bounce+{g.hex(6)}.{g.hex(6)}-{rcpt.replace('@', '=')}@{m.get('esp_dom', 'mg.' + fromdom)}"
            dk = [("pass", m.get("esp_dom", "mg." + fromdom), "k1")]
            extra_h = [f"X-Mailgun-Sending-Ip: {ip}", f"X-Mailgun-Sid: {g.b64junk(60)}"]
        elif esp == "ses":
            helo = rdns = f"a{g.rng.randint(8, 48)}-{g.rng.randint(1, 250)}.smtp-out.{g.pick(['amazonses.com', 'eu-west-1.amazonses.com', 'us-west-2.amazonses.com'])}"
            envfrom = m.get("envfrom") or f"0102{g.hex(12)}-{g.uuid()}-000000@{g.pick(['amazonses.com', 'eu-west-1.amazonses.com'])}"
            dk = [("pass", fromdom, g.lower(32)), ("pass", "amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")]
            extra_h = [f"Feedback-ID: ::1.us-east-1.{g.b64junk(43)}=:AmazonSES", f"X-SES-Outgoing: {t.strftime('%Y.%m.%d')}-{ip}"]
        elif esp == "mandrill":
            helo = rdns = f"mail{g.rng.randint(100, 199)}-{g.rng.randint(1, 40)}.suw{g.rng.randint(10, 41)}.mandrillapp.com"
            H.append(f"Received: from localhost (localhost [127.0.0.1])\n\tby {helo} (Mailchimp) with ESMTP id 4{g.alnum(14)}\n\tfor <{rcpt}>; {rfc2822_date(t)}")
            envfrom = m.get("envfrom") or f"bounce-md_{g.rng.randint(10000000, 99999999)}.{g.hex(24)}.v1-{g.hex(32)}@mandrillapp.com"
            dk = [("pass", fromdom, "mte1"), ("pass", "mandrillapp.com", "mandrill")]
            extra_h = [f"X-Mandrill-User: md_{g.rng.randint(10000000, 99999999)}", f"X-Report-Abuse: Please forward a copy of this message, including all headers, to abuse@mandrill.com"]
        elif esp == "hubspot":
            helo = rdns = f"{g.lower(3)}{g.rng.randint(1, 9)}.hubspotemail.net"
            envfrom = m.get("envfrom") or f"1axb{g.alnum(20)}@bf{g.rng.randint(1, 9)}{g.lower(1)}.hubspotemail.net"
            dk = [("pass", fromdom, "hs1"), ("pass", "hubspotemail.net", "hs2")]
            extra_h = ["X-HS-Cid: " + g.b64junk(30)]
        else:  # brevo / sparkpost / marketo style
            helo = rdns = f"mta-{g.rng.randint(10, 99)}-{g.rng.randint(1, 99)}.{esp}.example.com"
            envfrom = m.get("envfrom") or f"bounce-{g.hex(10)}@{m.get('esp_dom', 'bounce.' + fromdom)}"
            dk = [("pass", fromdom, "mkto1")]
            extra_h = []
        a = {"dkim": dk, "spf": ("pass", envfrom.split("@")[1]), "dmarc": ("pass", fromdom)}
        for d in dk:
            sigs.append(dkim_sig(g, d[1], d[2], t))
        sigs += extra_h
    elif infra == "internal":
        ip = "10.20.4." + str(g.rng.randint(10, 200))
        helo = rdns = "smtp-sub.example.net"
        client_ip = m.get("client_ip") or ("10.31." + str(g.rng.randint(0, 255)) + "." + str(g.rng.randint(2, 250)))
        H.append(f"Received: from [{client_ip}] ({m.get('client_rdns', 'unknown')} [{client_ip}])\n\t(Authenticated sender: {m['_from'][1].split('@')[0]})\n\tby smtp-sub.example.net (Postfix) with ESMTPSA id {g.alnum(10, string.ascii_uppercase + string.digits)}\n\tfor <{rcpt}>; {rfc2822_date(t, 'Europe/Berlin')}")
        a = {"dkim": [("pass", "example.net", "mail2023")], "spf": ("pass", "example.net"), "dmarc": ("pass", "example.net"), "policy": "reject",
             "extra": [f"auth=pass smtp.auth={m['_from'][1].split('@')[0]}"] if arrival.year >= 2021 else []}
        sigs.append(dkim_sig(g, "example.net", "mail2023", t))
    elif infra == "smallorg":
        ip = g.ip()
        host = m.get("helo") or f"mail.{fromdom}"
        helo = rdns = host
        H.append(f"Received: from [{m.get('client_ip', '192.168.1.' + str(g.rng.randint(2, 250)))}] (unknown [{g.ip('203.0.113')}])\n\tby {host} (Postfix) with ESMTPSA id {g.alnum(10, string.ascii_uppercase + string.digits)}\n\tfor <{rcpt}>; {rfc2822_date(t, tz)}")
        a = {"dkim": [("none", "")], "spf": (m.get("spf", "pass"), fromdom), "dmarc": ("none", fromdom)}
    elif infra == "compromised_site":
        ip = g.ip("203.0.113")
        host = m.get("helo") or f"web{g.rng.randint(1, 40)}.{g.pick(['sharedhost', 'webspace', 'cpanel-host'])}.example.com"
        helo = rdns = host
        envfrom = m.get("envfrom") or f"{g.lower(8)}@{host}"
        H.append(f"Received: from {g.lower(8)} by {host} with local (Exim 4.96)\n\t(envelope-from <{envfrom}>)\n\tid 1{g.alnum(5)}-{g.alnum(7)}-{g.alnum(2)}\n\tfor {rcpt}; {rfc2822_date(t, tz)}")
        a = {"dkim": [("none", "")], "spf": ("pass", host), "dmarc": ("fail" if m.get("spoof_dmarc_reject") else "none", fromdom)}
        sigs.append("X-PHP-Originating-Script: " + str(g.rng.randint(1000, 1100)) + ":" + g.pick(["class-phpmailer.php", "PHPMailer.php", "wp-mail.php", "x0.php"]))
    elif infra == "list":
        ip = g.ip("192.0.2")
        helo = rdns = m.get("list_host", "lists.example.org")
        H.append(f"Received: from {helo} (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTP id {g.alnum(10, string.ascii_uppercase + string.digits)};\n\t{rfc2822_date(t, tz)}")
        envfrom = m.get("envfrom") or f"{m.get('list_local', 'members')}-bounces@{helo.split('.', 1)[1] if helo.count('.') > 1 else helo}"
        a = {"dkim": [("fail", fromdom, "s2019"), ("pass", helo.split('.', 1)[1] if helo.count('.') > 1 else helo, "lists")],
             "spf": ("pass", envfrom.split("@")[1]), "dmarc": ("pass" if m.get("list_rewrites_from") else "fail", fromdom),
             "extra": ["arc=pass (i=1 spf=pass dkim=pass dmarc=pass)"]}
        sigs.append(dkim_sig(g, fromdom, "s2019", t))
    elif infra == "forwarder":
        # an outside mailbox provider forwards (SRS, ARC) to us
        fwd = m.get("fwd_host", "mail.forward.example.org")
        ip = g.ip("192.0.2")
        helo = rdns = fwd
        envfrom = f"SRS0={g.alnum(4)}={g.alnum(2)}={fromdom}={m['_from'][1].split('@')[0]}@{fwd.split('.', 1)[1]}"
        a = {"dkim": [(m.get("fwd_dkim", "pass"), fromdom, "sel1")], "spf": ("pass", fwd.split('.', 1)[1]),
             "dmarc": ("pass" if m.get("fwd_dkim", "pass") == "pass" else "fail", fromdom),
             "extra": [f"arc=pass (i=1 spf=pass spfdomain={fromdom} dkim=pass dkdomain={fromdom} dmarc=pass fromdomain={fromdom})"]}
        H.append(f"Received: from {fwd} by {fwd} with LMTP id {g.alnum(16)}; {rfc2822_date(t - dt.timedelta(seconds=3))}")
        sigs.append(f"ARC-Seal: i=1; a=rsa-sha256; t={int(t.timestamp())}; cv=none; d={fwd.split('.', 1)[1]}; s=arc-2022;\n\tb={g.b64junk(110)}")
        sigs.append(dkim_sig(g, fromdom, "sel1", t))
    else:  # vps / throwaway infrastructure
        ip = g.ip()
        helo = m.get("helo") or g.pick([f"{g.lower(6)}.{fromdom}", f"vps-{g.hex(8)}.cloud.example.org", f"ip-{ip.replace('.', '-')}.hosting.example.com",
                                       f"{g.hex(2)}.{g.hex(2)}.{g.hex(2)}.{g.hex(2)}", f"mail{g.rng.randint(1, 9)}.{fromdom}"])
        rdns = m.get("rdns") or (helo if "." in helo and not helo[0].isdigit() else f"ip-{ip.replace('.', '-')}.hosting.example.com")
        dk = m.get("dkim_dom", fromdom)
        a = {"dkim": [("pass", dk, "default")], "spf": ("pass", envfrom.split("@")[1]), "dmarc": ("pass", fromdom), "policy": "none"}
        if m.get("vps_signed", True):
            sigs.append(dkim_sig(g, dk, "default", t))
        else:
            a["dkim"] = [("none", "")]
            a["dmarc"] = ("none", fromdom)
        H.append(f"Received: from {helo} (127.0.0.1) by {helo} id {g.lower(12)} for <{rcpt}>; {rfc2822_date(t, tz)} (envelope-from <{envfrom}>)")
    m["_envfrom"] = envfrom
    # overrides
    for k in ("spf", "dkim", "dmarc", "policy", "extra"):
        if k in m.get("auth", {}):
            a[k] = m["auth"][k]
    # the mx hop
    tls = g.pick(["TLS1.3) tls TLS_AES_256_GCM_SHA384", "TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"])
    if arrival.year < 2021:
        mxhop = (f"Received: from {rdns} ([{ip}] helo={helo})\n\tby {MX} with esmtps ({tls}\n\t(Exim 4.92)\n"
                 f"\t(envelope-from <{envfrom}>)\n\tid 1{g.alnum(5)}-{g.alnum(6, string.ascii_uppercase + string.digits)}-{g.alnum(2)}\n\tfor {rcpt}; {rfc2822_date(arrival, 'Europe/Berlin')}")
    else:
        mxhop = (f"Received: from {helo} ({rdns} [{ip}])\n\t(using {tls.split(')')[0]} with cipher {tls.split()[-1]} (256/256 bits))\n"
                 f"\t(No client certificate requested)\n\tby {MX} (Postfix) with ESMTPS id 4{g.alnum(10, string.ascii_uppercase + string.digits)}\n"
                 f"\tfor <{rcpt}>; {rfc2822_date(arrival, 'Europe/Berlin')}")
    top = [f"Return-Path: <{envfrom}>", f"Delivered-To: {rcpt}"]
    if g.rng.random() < 0.5 or m.get("lmtp"):
        top.append(f"Received: from {MX}\n\tby imap2.example.net with LMTP\n\tid {g.b64junk(22)}\n\t(envelope-from <{envfrom}>)\n\tfor <{rcpt}>; {rfc2822_date(arrival + dt.timedelta(seconds=1), 'Europe/Berlin')}")
    top.append(auth_results(g, m, a, arrival, ip, helo))
    if arrival.year < 2021 and g.rng.random() < 0.6:
        res = a["spf"][0]
        top.append(f"Received-SPF: {res.capitalize()} ({MX}: {'domain of ' + envfrom + ' designates ' + ip + ' as permitted sender' if res == 'pass' else 'domain of ' + envfrom + ' does not designate ' + ip})\n\treceiver={MX}; client-ip={ip}; helo={helo}; envelope-from={envfrom}")
    top.append(mxhop)
    top += m.get("forged_hops", [])
    top += H
    top += sigs
    return top


# ---------------------------------------------------------------------------
# whole message

def render(g, m):
    """Render spec m into bytes."""
    arrival = m["arrival"]
    m["_rcpt"] = m.get("rcpt") or m["to"][0][1]
    m["_from"] = m["from"]
    top = delivery(g, m, arrival)
    sent = arrival - dt.timedelta(seconds=m.get("delay", g.rng.randint(2, 40)))
    m["_sent"] = sent
    from clients import CLIENTS
    client = CLIENTS[m.get("client", "generic")]
    headers, body_part = client(g, m, arrival)
    out = "\n".join(top + headers) + "\n"
    if isinstance(body_part, str):  # client produced complete header tail + body
        out += body_part
    else:
        out += body_part.render(["MIME-Version: 1.0"] if not m.get("no_mime_version") else [])
    return finish(out)
