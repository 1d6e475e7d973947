"""Turns one spec dict into the bytes of one RFC 5322 message (CRLF)."""

import datetime as dt
import html as htmlmod
import re
from email.utils import parseaddr

from engine import (UTC, TZ, Rand, b64, qp, encword, addr, fold_header, text_to_html, esc,
                    ics_join, fmt_utc, fmt_local, vtimezone, to_local, from_local, rfc2822,
                    tz_abbr, tz_offset, crlf_bytes)
from i18n import when_text, G, TB, ICLOUD, TEAMS, OUTLOOK_PFX, LANG_TZ, LANG_TAG

MX = "mx.example.net"

FREEMAIL = {"gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "outlook.com",
            "hotmail.com", "live.com", "gmx.de", "gmx.net", "web.de", "icloud.com", "me.com",
            "mail.ru", "yandex.ru", "libero.it", "orange.fr", "aol.com", "proton.me", "qq.com",
            "163.com", "wp.pl", "seznam.cz", "t-online.de", "hotmail.fr", "outlook.es", "bol.com.br",
            "uol.com.br", "naver.com", "yahoo.co.jp", "laposte.net", "free.fr", "zoho.com"}


def dom(a):
    return a.rsplit("@", 1)[-1].lower()


def org_dom(d):
    parts = d.split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "com") and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    if d.endswith(".example.com") or d.endswith(".example.net") or d.endswith(".example.org"):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


# ---------------------------------------------------------------------------
# context

class Ctx:
    pass


def parse_person(s):
    name, a = parseaddr(s)
    return name, a


def build_ctx(spec, key):
    r = Rand(key)
    c = Ctx()
    c.key = key
    c.r = r
    spec = dict(spec)
    c.spec = spec
    if spec["layout"] in ("kit", "plain"):
        if "utc_times" not in spec and not spec.get("allday"):
            spec["utc_times"] = r.random() < 0.5
        if "prodid" not in spec:
            spec["prodid"] = r.choice(KIT_PRODIDS)
        if "method" not in spec and r.random() < 0.3:
            spec["method"] = "PUBLISH"
            if "att_name" not in spec:
                spec["att_name"] = "Appointment.ics"
    c.lang = spec.get("lang", "en")
    c.layout = spec["layout"]
    c.tz = spec.get("tz") or LANG_TZ.get(c.lang, "Europe/London")
    c.rtz = spec.get("rtz") or c.tz
    # arrival time
    y = spec["y"]
    mo = spec.get("mo") or r.randint(1, 12)
    day = spec.get("day") or r.randint(1, 28)
    if y == 2026 and "mo" not in spec:
        mo = r.randint(1, 4)
    hour = spec.get("hour", r.choice([7, 8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17, 19, 21, 23, 2, 4]))
    naive = dt.datetime(y, mo, day, hour, r.randint(0, 59), r.randint(0, 59))
    c.sent = from_local(c.tz, naive)
    c.arrive = c.sent + dt.timedelta(seconds=r.randint(2, 40))
    # people
    c.from_name, c.from_addr = parse_person(spec["frm"])
    to = spec.get("to") or "Sam Carter <sam.carter@example.net>"
    c.to_list = [parse_person(t) for t in (to if isinstance(to, list) else [to])]
    c.rcpt_name, c.rcpt = c.to_list[0]
    org = spec.get("org")
    c.org_name, c.org_addr = parse_person(org) if org else (c.from_name, c.from_addr)
    c.attendees = []
    for a in spec.get("att", []):
        if isinstance(a, tuple):
            c.attendees.append(a)
        else:
            n, e = parse_person(a)
            c.attendees.append((n, e, "NEEDS-ACTION", "REQ-PARTICIPANT"))
    if spec.get("att_rcpt", True):
        present = {e.lower() for _, e, _, _ in c.attendees}
        for n, e in c.to_list:
            if e.lower() not in present:
                c.attendees.append((n, e, "NEEDS-ACTION", "REQ-PARTICIPANT"))
    c.method = spec.get("method", "REQUEST")
    c.ct_method = spec.get("ct_method", c.method)
    c.summary = spec.get("summary", "")
    c.desc = spec.get("desc", "")
    c.location = spec.get("loc", "")
    c.seq = spec.get("seq", 0)
    # event time
    c.allday = spec.get("allday")
    at = spec.get("at")
    ev_tz = spec.get("etz", c.tz)
    c.etz = ev_tz
    if at is None:
        at = (r.choice([1, 2, 2, 3, 5, 6, 7, 9, 13]), r.choice(["09:00", "09:30", "10:00", "11:00", "13:30", "14:00", "15:00", "16:00"]))
    if isinstance(at, str) and at.startswith("+"):
        hours = float(at[1:-1]) if at.endswith("h") else float(at[1:]) * 24
        c.start = c.arrive + dt.timedelta(hours=hours)
        c.start = c.start.replace(microsecond=0)
        c.start_local = to_local(ev_tz, c.start)
    elif isinstance(at, tuple):
        days, hm = at
        base = to_local(ev_tz, c.arrive).date() + dt.timedelta(days=days)
        hh, mm = map(int, hm.split(":"))
        c.start_local = dt.datetime.combine(base, dt.time(hh, mm))
        c.start = from_local(ev_tz, c.start_local)
    else:  # absolute local "YYYY-mm-dd HH:MM"
        c.start_local = dt.datetime.strptime(at, "%Y-%m-%d %H:%M")
        c.start = from_local(ev_tz, c.start_local)
    rr = spec.get("rrule") or ""
    m = re.search(r"BYDAY=([^;]+)", rr)
    if m and isinstance(at, tuple) and not c.allday:
        codes = {re.sub(r"[^A-Z]", "", x) for x in m.group(1).split(",")}
        names = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
        n = 0
        while names[c.start_local.weekday()] not in codes and n < 7:
            c.start_local += dt.timedelta(days=1)
            n += 1
        c.start = from_local(ev_tz, c.start_local)
    dur = spec.get("dur", 60 if c.layout not in ("google",) else r.choice([30, 60, 60]))
    c.end = c.start + dt.timedelta(minutes=dur)
    c.end_local = to_local(ev_tz, c.end)
    c.uid = spec.get("uid")
    c.dtstamp = c.sent - dt.timedelta(seconds=r.randint(0, 3))
    c.created = c.sent - dt.timedelta(seconds=r.randint(5, 900))
    return c


# ---------------------------------------------------------------------------
# iCalendar

def dt_lines(c, style):
    s = c.spec
    if c.allday:
        d0 = c.start_local.date()
        d1 = d0 + dt.timedelta(days=c.allday)
        return [f"DTSTART;VALUE=DATE:{d0:%Y%m%d}", f"DTEND;VALUE=DATE:{d1:%Y%m%d}"]
    if s.get("utc_times") or style in ("kit_utc",):
        return [f"DTSTART:{fmt_utc(c.start)}", f"DTEND:{fmt_utc(c.end)}"]
    if s.get("floating"):
        return [f"DTSTART:{fmt_local(c.start_local)}", f"DTEND:{fmt_local(c.end_local)}"]
    tzid = TZ[c.etz][4] if style in ("exchange", "outlook16") else c.etz
    q = f'"{tzid}"' if style == "outlook16" else tzid
    return [f"DTSTART;TZID={q}:{fmt_local(c.start_local)}", f"DTEND;TZID={q}:{fmt_local(c.end_local)}"]


def alarm_lines(c, style):
    s = c.spec
    alarms = s.get("alarms")
    if alarms is None:
        alarms = {"google": ["-P0DT0H30M0S"] if c.r.random() < 0.5 else [], "exchange": ["-PT15M"],
                  "outlook16": ["-PT15M"], "thunderbird": ["-PT15M"], "icloud": ["-PT30M"]}.get(style, [])
    out = []
    for a in alarms:
        if isinstance(a, str):
            a = {"trigger": a}
        out.append("BEGIN:VALARM")
        act = a.get("action", "DISPLAY")
        trig = a["trigger"]
        if style == "exchange" and not trig.startswith(";"):
            out.append(f"DESCRIPTION:{esc(a.get('desc', 'REMINDER'))}")
            out.append(f"TRIGGER;RELATED=START:{trig}")
        else:
            if style == "icloud":
                out.append(f"UID:{c.r.uuid(True)}")
                out.append(f"X-WR-ALARMUID:{c.r.uuid(True)}")
            out.append(f"TRIGGER{trig}" if trig.startswith(";") else f"TRIGGER:{trig}")
            out.append(f"DESCRIPTION:{esc(a.get('desc', 'This is an event reminder' if style == 'google' else 'Reminder'))}")
        out.append(f"ACTION:{act}")
        if "repeat" in a:
            out += [f"REPEAT:{a['repeat']}", f"DURATION:{a.get('duration', 'PT5M')}"]
        if act == "EMAIL":
            out.append(f"SUMMARY:{esc(a.get('summary', c.summary))}")
            for e in a.get("to", [c.rcpt]):
                out.append(f"ATTENDEE:mailto:{e}")
        out.append("END:VALARM")
    return out


def rec_lines(c, ov=None):
    s = c.spec
    out = []
    if ov:
        return out
    if s.get("rrule"):
        out.append("RRULE:" + s["rrule"])
    for ex in s.get("exdate", []):
        out.append(ex if ":" in ex else f"EXDATE;TZID={c.etz}:{ex}")
    for rd in s.get("rdate", []):
        out.append(rd)
    return out


def make_uid(c, style):
    if c.uid:
        return c.uid
    r = c.r
    if style == "google":
        return r.alnum(26, "abcdefghijklmnopqrstuv0123456789") + "@google.com"
    if style in ("exchange", "outlook16"):
        return ("040000008200E00074C5B7101A82E00800000000" + r.hex(16, True) + "000000000000000010000000" + r.hex(32, True))
    if style == "icloud":
        return r.uuid(True)
    if style == "thunderbird":
        return r.uuid()
    if style == "zoom":
        return f"ZOOM{r.randint(10**10, 10**11)}"
    if style in ("saas",):
        dom_ = c.spec.get("uid_domain", dom(c.from_addr))
        return f"{r.hex(24)}@{dom_}"
    if style == "yahoo":
        return r.alnum(32) + "@yahoo.com"
    return r.uuid()


def attendee_line(c, style, n, e, ps, role):
    if style == "google":
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={n or e};"
                f"X-NUM-GUESTS=0:mailto:{e}")
    if style == "exchange":
        cn = n or e
        return f"ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={cn}:mailto:{e}"
    if style == "outlook16":
        return f'ATTENDEE;CN="{n or e}";RSVP=TRUE:mailto:{e}'
    if style == "thunderbird":
        return f"ATTENDEE;RSVP=TRUE;CN={n or e};PARTSTAT={ps};ROLE={role}:mailto:{e}"
    if style == "icloud":
        return (f'ATTENDEE;CN="{n or e}";CUTYPE=INDIVIDUAL;EMAIL="{e}";PARTSTAT={ps};ROLE={role};'
                f"RSVP=TRUE:mailto:{e}")
    cnp = f";CN={n}" if n else ""
    return f"ATTENDEE{cnp};ROLE={role};PARTSTAT={ps};RSVP=TRUE:mailto:{e}"


def organizer_line(c, style):
    s = c.spec
    if s.get("organizer_raw"):
        return s["organizer_raw"]
    n, e = c.org_name, c.org_addr
    sent_by = f';SENT-BY="mailto:{s["sent_by"]}"' if s.get("sent_by") else ""
    if style == "icloud":
        return f'ORGANIZER;CN="{n}";EMAIL="{e}"{sent_by}:mailto:{e}'
    if style == "thunderbird":
        return f"ORGANIZER;RSVP=FALSE;CN={n};PARTSTAT=ACCEPTED;ROLE=CHAIR{sent_by}:mailto:{e}"
    if style == "outlook16":
        return f'ORGANIZER;CN="{n}"{sent_by}:mailto:{e}'
    cn = f";CN={n}" if n else (f";CN={e}" if style == "google" else "")
    return f"ORGANIZER{cn}{sent_by}:mailto:{e}"


KIT_PRODIDS = ["-//hacksw/handcal//NONSGML v1.0//EN", "icalendar-ruby", "-//ical.marudot.com//iCal Event Maker",
               "-//Apple Inc.//Mac OS X 10.15.7//EN", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
               "adamgibbons/ics", "-//Sabre//Sabre VObject 4.5.1//EN", "-//Google Inc//Google Calendar 70.9054//EN",
               "spatie/icalendar-generator", "-//Events Calendar//iCal4j 1.0//EN"]

PRODIDS = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "outlook16": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "icloud": "-//Apple Inc.//iOS 17.4//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "yahoo": "-//Yahoo! Inc.//Yahoo! Calendar//EN",
    "nextcloud": "-//Sabre//Sabre VObject 4.5.4//EN",
    "zimbra": "Zimbra-Calendar-Provider",
    "gmx": "-//1&1 Mail & Media GmbH/GMX Kalender Server 3.8//NONSGML//DE",
    "saas": "-//Example//Booking//EN",
    "kit": "-//hacksw/handcal//NONSGML v1.0//EN",
}


def build_ics(c, style=None):
    s = c.spec
    style = style or s.get("ics_style") or {
        "google": "google", "exchange": "exchange", "teams": "exchange", "outlook16": "outlook16",
        "thunderbird": "thunderbird", "icloud": "icloud", "zoom": "zoom", "saas": "saas",
        "yahoo": "yahoo", "nextcloud": "nextcloud", "zimbra": "zimbra", "gmx": "gmx", "kit": "kit",
        "plain": "kit", "mailer": "saas"}.get(c.layout, "kit")
    c.ics_style = style
    prodid = s.get("prodid") or PRODIDS.get(style, PRODIDS["kit"])
    if style == "saas" and not s.get("prodid"):
        prodid = (f"-//{org_dom(dom(c.from_addr))}//{c.r.choice(['Bookings', 'Notifications', 'Calendar', 'Events'])} "
                  f"{c.r.randint(1, 5)}.{c.r.randint(0, 9)}//EN")
    L = ["BEGIN:VCALENDAR"]
    if style == "exchange":
        L += [f"METHOD:{c.method}", f"PRODID:{prodid}", "VERSION:2.0"]
    elif style == "google":
        L += [f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{c.method}"]
    elif style == "outlook16":
        L += [f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{c.method}", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE"]
    else:
        L += [f"PRODID:{prodid}", "VERSION:2.0"]
        if style in ("icloud", "nextcloud", "saas", "zoom", "yahoo", "gmx"):
            L.append("CALSCALE:GREGORIAN")
        if c.method:
            L.append(f"METHOD:{c.method}")
    L += s.get("cal_extra", [])
    tz_needed = not (c.allday or s.get("utc_times") or s.get("floating") or style == "kit_utc")
    if tz_needed and not s.get("no_vtimezone"):
        L += vtimezone(c.etz, "windows" if style in ("exchange", "outlook16") else "iana")
    events = [None] + [dict(e, _idx=i) for i, e in enumerate(s.get("extra_vevents", []))]
    for ov in events:
        L += vevent_lines(c, style, ov)
    L += s.get("cal_tail", [])
    L.append("END:VCALENDAR")
    text = ics_join(L)
    if s.get("ics_mangle"):
        text = s["ics_mangle"](text)
    return text


def vevent_lines(c, style, ov=None):
    s = dict(c.spec)
    if ov:
        s.update(ov)
    summary = s.get("summary", c.summary)
    desc = s.get("desc", c.desc)
    if s.get("ics_desc") is not None:
        desc = s["ics_desc"]
    loc = s.get("loc", c.location)
    if ov is None:
        uid = make_uid(c, style)
        c.uid = uid
    elif ov.get("uid") == "SAME":
        uid = c.uid
    elif ov.get("uid"):
        uid = ov["uid"]
    else:
        keep, c.uid = c.uid, None
        uid = make_uid(c, style)
        c.uid = keep
    atts = []
    if s.get("attendees_in_ics", True):
        for (n, e, ps, role) in c.attendees:
            atts.append(attendee_line(c, style, n, e, ps, role))
    if style == "google" and s.get("org_as_attendee", True) and c.method == "REQUEST":
        atts.insert(0 if c.r.random() < 0.5 else len(atts),
                    attendee_line(c, style, c.org_name or c.org_addr, c.org_addr, "ACCEPTED", "REQ-PARTICIPANT"))
    lang = LANG_TAG.get(c.lang, "en-US")
    E = ["BEGIN:VEVENT"]
    recid = [s["recurrence_id"]] if s.get("recurrence_id") else []
    dtl = dt_lines(c, style) if not (ov and ov.get("dt")) else ov["dt"]
    if ov and recid and "{rid}" in recid[0]:
        occ = c.start_local + dt.timedelta(days=7)
        recid = [recid[0].replace("{rid}", fmt_local(occ))]
        tzq = c.etz
        dtl = [f"DTSTART;TZID={tzq}:{fmt_local(occ)}",
               f"DTEND;TZID={tzq}:{fmt_local(occ + (c.end_local - c.start_local))}"]
    if ov and not recid and not ov.get("dt"):
        shift = dt.timedelta(days=ov.get("shift_days", ov.get("_idx", 0) + 1))
        if c.allday:
            d0 = c.start_local.date() + shift
            dtl = [f"DTSTART;VALUE=DATE:{d0:%Y%m%d}", f"DTEND;VALUE=DATE:{d0 + dt.timedelta(days=c.allday):%Y%m%d}"]
        else:
            dtl = [ln[:ln.rindex(":") + 1] + (fmt_utc(c.start + shift) if ln.endswith("Z") and "DTSTART" in ln else
                                               fmt_utc(c.end + shift) if ln.endswith("Z") else
                                               fmt_local((c.start_local if "DTSTART" in ln else c.end_local) + shift))
                   for ln in dtl]
    if s.get("no_dtend"):
        dtl = dtl[:1]
    stamp = f"DTSTAMP:{fmt_utc(c.dtstamp)}"
    D = f"DESCRIPTION:{esc(desc)}" if desc is not None else None
    extra = s.get("vevent_extra", [])
    if ov and "vevent_extra" in ov:
        extra = ov["vevent_extra"]
    status = s.get("status", "CANCELLED" if c.method == "CANCEL" else "CONFIRMED")
    if style == "google":
        E += dtl + [stamp, organizer_line(c, style), f"UID:{uid}"] + recid + atts
        E += [f"X-MICROSOFT-CDO-OWNERAPPTID:{c.r.randint(-2**31, 2**31 - 1)}", f"CREATED:{fmt_utc(c.created)}"]
        E += [D or "DESCRIPTION:", f"LAST-MODIFIED:{fmt_utc(c.dtstamp)}", f"LOCATION:{esc(loc)}"]
        E += rec_lines(c, ov)
        E += [f"SEQUENCE:{c.seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
        E += extra + alarm_lines(c, style)
    elif style == "exchange":
        E += [organizer_line(c, style)] + atts
        E += [f"DESCRIPTION;LANGUAGE={lang}:{esc(desc or '')}"] + rec_lines(c, ov)
        E += [f"UID:{uid}"] + recid + [f"SUMMARY;LANGUAGE={lang}:{esc(summary)}"] + dtl
        E += ["CLASS:PUBLIC", "PRIORITY:5", stamp, f"TRANSP:{s.get('transp', 'OPAQUE')}", f"STATUS:{status}",
              f"SEQUENCE:{c.seq}", f"LOCATION;LANGUAGE={lang}:{esc(loc)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{c.seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{c.r.randint(-2**31, 2**31 - 1)}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{s.get('busy', 'TENTATIVE')}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if c.allday else 'FALSE'}", "X-MICROSOFT-CDO-IMPORTANCE:1",
              f"X-MICROSOFT-CDO-INSTTYPE:{1 if s.get('rrule') else (3 if s.get('recurrence_id') else 0)}"]
        E += extra
        E += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-LOCATIONS:[]" if not loc else
              '\x00RAW' + "X-MICROSOFT-LOCATIONS:[{\"DisplayName\":\"" + loc[:30].replace(",", "\\,") + "\"}]"]
        E += alarm_lines(c, style)
    elif style == "outlook16":
        E += atts + ["CLASS:PUBLIC", f"CREATED:{fmt_utc(c.created)}", D or "DESCRIPTION:\\n"]
        E += [dtl[-1]] if len(dtl) > 1 else []
        E += [stamp, dtl[0], f"LAST-MODIFIED:{fmt_utc(c.dtstamp)}", f"LOCATION:{esc(loc)}",
              organizer_line(c, style), "PRIORITY:5"] + rec_lines(c, ov)
        E += [f"SEQUENCE:{c.seq}", f"SUMMARY;LANGUAGE={lang[:2]}:{esc(summary)}", "TRANSP:OPAQUE", f"UID:{uid}"] + recid
        E += extra + ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                      "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                      "X-MS-OLK-AUTOSTARTCHECK:FALSE", "X-MS-OLK-CONFTYPE:0"]
        E += alarm_lines(c, style)
    elif style == "thunderbird":
        E += [f"CREATED:{fmt_utc(c.created)}", f"LAST-MODIFIED:{fmt_utc(c.dtstamp)}", stamp, f"UID:{uid}"] + recid
        E += [f"SUMMARY:{esc(summary)}", organizer_line(c, style)] + atts + rec_lines(c, ov) + dtl
        if loc:
            E.append(f"LOCATION:{esc(loc)}")
        if desc:
            E.append(D)
        E += [f"SEQUENCE:{c.seq}", "TRANSP:OPAQUE", "X-MOZ-SEND-INVITATIONS:TRUE",
              "X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE"] + extra
        E += alarm_lines(c, style)
    elif style == "icloud":
        E += [f"CREATED:{fmt_utc(c.created)}", f"DTEND;TZID={c.etz}:{fmt_local(c.end_local)}"
              if not c.allday else dtl[1], f"UID:{uid}", f"DTSTAMP:{fmt_utc(c.dtstamp)}"] + recid
        E += [f"SUMMARY:{esc(summary)}"]
        if desc:
            E.append(D)
        if loc:
            E.append(f"LOCATION:{esc(loc)}")
        E += rec_lines(c, ov) + [dtl[0] if not c.allday else dtl[0], f"SEQUENCE:{c.seq}", organizer_line(c, style)]
        E += atts + extra + ["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "TRANSP:OPAQUE"]
        E += alarm_lines(c, style)
    else:  # kit, saas, zoom, yahoo, nextcloud, zimbra, gmx, kit_utc
        E += [f"UID:{uid}"] + recid + [stamp] + dtl + rec_lines(c, ov)
        if style in ("nextcloud", "zimbra", "gmx", "yahoo"):
            E.append(f"CREATED:{fmt_utc(c.created)}")
        E.append(f"SUMMARY:{esc(summary)}")
        if desc is not None and desc != "":
            E.append(D)
        if loc:
            E.append(f"LOCATION:{esc(loc)}")
        if s.get("url"):
            E.append(f"URL:{s['url']}")
        if c.org_addr and s.get("organizer", True):
            E.append(organizer_line(c, style))
        E += atts
        if style in ("zimbra", "yahoo", "nextcloud", "gmx", "saas", "zoom"):
            E += [f"STATUS:{status}", f"SEQUENCE:{c.seq}"]
        if style == "zimbra":
            E += ["X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "TRANSP:OPAQUE",
                  "CLASS:PUBLIC", "X-MICROSOFT-DISALLOW-COUNTER:TRUE"]
        E += extra + alarm_lines(c, style)
    if ov and ov.get("replace_lines"):
        E = ov["replace_lines"]
    E.append("END:VEVENT")
    return E


# ---------------------------------------------------------------------------
# body text per layout

def google_body(c):
    g = G.get(c.lang, G["en"])
    w = when_text(c, c.lang, style="google")
    view = (f"https://calendar.google.com/calendar/event?action=VIEW&eid={c.r.alnum(60)}"
            f"&tok={c.r.alnum(72)}&ctz={c.etz.replace('/', '%2F')}&hl={c.lang}&es=0")
    meet = c.spec.get("meet")
    if meet is True:
        meet = f"https://meet.google.com/{c.r.alnum(3, 'abcdefghijkmnopqrstuvwxyz')}-{c.r.alnum(4, 'abcdefghijkmnopqrstuvwxyz')}-{c.r.alnum(3, 'abcdefghijkmnopqrstuvwxyz')}"
    c.meet_url = meet
    desc = c.spec.get("body_desc", c.desc)
    if c.sent.year < 2021:
        lines = [g["invited_old"], "", f"{g['title']}: {c.summary}"]
        if desc:
            lines.append(desc)
        lines.append(f"{g['when']}: {w}")
        if c.location:
            lines.append(f"{g['where']}: {c.location}")
        if meet:
            lines.append(f"{g['joining']}: {g['join_meet']}\n{meet}")
        lines += [f"{g['calendar']}: {c.rcpt}", f"{g['who']}:", f"     * {c.org_addr} - {g['organizer'].lower()}"]
        for n, e, _, _ in c.attendees[:25]:
            lines.append(f"     * {e}")
        lines += ["", f"{g['details']}: {view}", "", f"{g['from_gcal']}: https://calendar.google.com/calendar/",
                  "", g["footer_old"].format(rcpt=c.rcpt)]
        return "\n".join(lines) + "\n"
    lines = [c.summary, w, ""]
    if meet:
        lines += [g["join_meet"], meet, ""]
    if c.location:
        lines += [c.location, ""]
    if desc:
        lines += [desc, ""]
    lines += [g["organizer"], c.org_name or c.org_addr, c.org_addr, "", g["guests"]]
    lines.append(f"{c.org_name or c.org_addr} - {g['organizer'].lower()}")
    for n, e, _, _ in c.attendees[:25]:
        lines.append(n or e)
    lines += [f"{g['view_all']} {view.replace('VIEW', 'VIEW&ep=GUESTS' if False else 'VIEW')}", "",
              f"{g['reply_for'].format(rcpt=c.rcpt)} {view}", "", "~~//~~",
              f"{g['from_gcal']}: https://calendar.google.com/calendar/", "", g["receiving"], "",
              g["forwarding"], "", f"{g['learn_more']} https://support.google.com/calendar/answer/37135#forwarding"]
    return "\n".join(lines) + "\n"


def google_html(c, plain):
    body = htmlmod.escape(plain).replace("\n", "<br>\n")
    body = re.sub(r"(https?://[^\s<]+)", r'<a href="\1" style="color:#1a73e8">\1</a>', body)
    return ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title>\n'
            '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
            '<style>body, html { font-family: Roboto, Helvetica, Arial, sans-serif; }</style></head>\n'
            f'<body><div itemscope itemtype="http://schema.org/EmailMessage"><span itemprop="name" '
            f'style="display:none">{htmlmod.escape(c.summary)}</span></div>\n'
            f'<table role="presentation" style="width:100%"><tr><td style="font-size:14px;color:#3c4043">\n'
            f"{body}</td></tr></table></body></html>\n")


def teams_block(c):
    t = TEAMS.get(c.lang, TEAMS["en"])
    mid = c.r.randint(100, 999), c.r.randint(100, 999), c.r.randint(100, 999), c.r.randint(100, 999)
    c.teams_url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{c.r.alnum(48)}%40thread.v2/0?context="
                   f"%7b%22Tid%22%3a%22{c.r.uuid()}%22%2c%22Oid%22%3a%22{c.r.uuid()}%22%7d")
    return ("\n" + "_" * 80 + "\n" + t["title"] + "\n" + t["join"] + "\n" + f"{t['click']}<{c.teams_url}>\n"
            + f"{t['id']}: {mid[0]} {mid[1]} {mid[2]} {mid[3]}\n{t['pass']}: {c.r.alnum(6)}\n"
            + f"{t['learn']}<https://aka.ms/JoinTeamsMeeting> | {t['options']}<https://teams.microsoft.com/meetingOptions/>\n"
            + "_" * 80 + "\n")


def thunderbird_body(c):
    t = TB.get(c.lang, TB["en"])
    lines = [t["invited"], "", f"{t['title']}: {c.summary}", f"{t['when']}: {when_text(c, c.lang, 'plain')}"]
    if c.location:
        lines.append(f"{t['where']}: {c.location}")
    lines.append(f"{t['organizer']}: {c.org_name} <{c.org_addr}>" if c.org_name else f"{t['organizer']}: {c.org_addr}")
    lines.append(f"{t['attendees']}:")
    for n, e, _, _ in c.attendees:
        lines.append(f"    {n} <{e}>" if n else f"    {e}")
    if c.desc:
        lines += ["", f"{t['description']}:", c.desc]
    return "\n".join(lines) + "\n"


def icloud_body(c):
    t = ICLOUD.get(c.lang, ICLOUD["en"])
    tok = "2_" + c.r.alnum(70, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    base = f"https://www.icloud.com/calendar/eventreply/{t['loc']}/?t={tok}&p=p{c.r.randint(20, 70)}&cc={t['cc']}#reply="
    lines = [t["invited"].format(name=c.org_name or c.org_addr, summary=c.summary), "",
             f"{t['when']}:  {when_text(c, c.lang, 'plain')}", ""]
    if c.location:
        lines += [f"{t['where']}:  {c.location}", ""]
    if c.spec.get("body_desc", c.desc):
        lines += [c.spec.get("body_desc", c.desc), ""]
    lines += [f"{t['invitees']}:  {t['you']}", "", f"{t['reply']}:  ",
              f"{t['accept']} – {base}accept", f"{t['decline']} – {base}decline", f"{t['maybe']} – {base}tentative",
              "", "", "---", t["footer"]]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# MIME parts

def part(ctype, body, cte="7bit", extra=None, charset=None):
    hdr = [f"Content-Type: {ctype}"]
    hdr += extra or []
    if cte:
        hdr.append(f"Content-Transfer-Encoding: {cte}")
    return "\n".join(hdr) + "\n\n" + body


def enc_body(text, cte, charset="utf-8"):
    if cte == "base64":
        return b64(crlf_bytes(text, charset))
    if cte == "quoted-printable":
        return qp(text, charset)
    return text if text.endswith("\n") else text + "\n"


def multipart(kind, parts, boundary, preamble=""):
    out = preamble + ("\n" if preamble else "")
    for p in parts:
        out += f"--{boundary}\n{p}"
        if not out.endswith("\n"):
            out += "\n"
    out += f"--{boundary}--\n"
    return f"multipart/{kind}; boundary=\"{boundary}\"", out


def cal_part(c, ics, cte="base64", name=None, charset="utf-8", disp=None, ctype="text/calendar",
             method=True, quote_cs=True):
    params = []
    if ctype == "text/calendar":
        cs = f'charset="{charset}"' if quote_cs else f"charset={charset}"
        params.append(cs)
        if method and c.ct_method:
            params.append(f"method={c.ct_method}")
    if name:
        params.append(f'name="{name}"')
    ct = ctype + ("; " + "; ".join(params) if params else "")
    extra = []
    if disp:
        extra.append(f"Content-Disposition: {disp}" + (f'; filename="{name}"' if name and "filename" not in disp else ""))
    return part(ct, enc_body(ics, cte, charset if ctype == "text/calendar" else "utf-8"), cte, extra)


# ---------------------------------------------------------------------------
# layouts: each returns (headers list, content-type, body)

def subject_for(c):
    s = c.spec
    if s.get("subject"):
        return s["subject"]
    L = c.layout
    if L == "google":
        g = G.get(c.lang, G["en"])
        if c.method == "REPLY" and c.attendees:
            n, e, ps, _ = c.attendees[0]
            word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentatively Accepted"}.get(ps, "Updated")
            return f"{word}: {c.summary} @ {when_text(c, c.lang)} ({c.org_name or c.org_addr})"
        pfx = {"REQUEST": g["upd"] if c.seq else g["subj"], "CANCEL": g["canc"]}.get(c.method, g["subj"])
        return f"{pfx}: {c.summary} @ {when_text(c, c.lang)} ({c.rcpt})"
    if L in ("exchange", "teams", "outlook16", "zimbra"):
        o = OUTLOOK_PFX.get(c.lang, OUTLOOK_PFX["en"])
        if c.method == "CANCEL":
            return f"{o['canc']}: {c.summary}"
        return f"{o['upd']}: {c.summary}" if c.seq else c.summary
    if L in ("thunderbird", "nextcloud", "gmx"):
        t = TB.get(c.lang, TB["en"])
        return f"{t['subj']}: {c.summary}"
    if L == "icloud":
        t = ICLOUD.get(c.lang, ICLOUD["en"])
        return t["invited"].format(name=c.org_name or c.org_addr, summary=c.summary)
    if L == "yahoo":
        return f"Invitation: {c.summary}"
    return c.summary


def body_plain(c):
    s = c.spec
    if "body" in s:
        return s["body"]
    if c.layout == "google":
        return google_body(c)
    if c.layout in ("thunderbird", "nextcloud", "gmx"):
        return thunderbird_body(c)
    if c.layout == "icloud":
        return icloud_body(c)
    if c.layout == "teams":
        return (s.get("body_desc") or "") + c.desc + "\n"
    bd = s.get("body_desc", c.desc) or ""
    if bd.startswith("\n-----"):
        bd = bd + "\n" + c.desc
    return bd + "\n"


def layout_parts(c):
    """Return (content-type, body, extra headers)."""
    s = c.spec
    r = c.r
    L = c.layout
    if L == "teams":
        c.teams_text = teams_block(c)
        c.spec = s = dict(s)
        s["desc"] = (c.desc + "\n" if c.desc else "") + c.teams_text
        c.desc = s["desc"]
        s.setdefault("vevent_extra", []).append("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + c.teams_url)
        s["vevent_extra"].append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    plain = body_plain(c)
    ics = build_ics(c)
    c.ics_text = ics
    html = s.get("html")
    extra = []
    if L == "google":
        html = html or google_html(c, plain)
        att_name = s.get("att_name", "invite.ics")
        alt_t, alt_b = multipart("alternative", [
            part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', enc_body(plain, "base64"), "base64"),
            part('text/html; charset="UTF-8"', enc_body(html, "quoted-printable"), "quoted-printable"),
            cal_part(c, ics, cte=s.get("cal_cte", "quoted-printable"), charset="UTF-8"),
        ], r.boundary("google"))
        parts = [f"Content-Type: {alt_t}\n\n{alt_b}"]
        if not s.get("no_app_ics"):
            parts.append(cal_part(c, ics, cte="base64", name=att_name, ctype="application/ics",
                                  disp="attachment"))
        return multipart("mixed", parts, r.boundary("google")) + (extra,)
    if L in ("exchange", "teams", "outlook16", "zimbra", "yahoo"):
        html = html or text_to_html(plain, "font-family:Calibri,Arial,sans-serif;font-size:11pt")
        cs_plain = s.get("plain_charset", "us-ascii" if _ascii(plain) else "utf-8")
        cal_cte = s.get("cal_cte", "base64" if L in ("exchange", "teams", "yahoo") else "8bit")
        parts = [part(f'text/plain; charset="{cs_plain}"', enc_body(plain, "quoted-printable", cs_plain), "quoted-printable"),
                 part(f'text/html; charset="{cs_plain}"', enc_body(html, "quoted-printable", cs_plain), "quoted-printable"),
                 cal_part(c, ics, cte=cal_cte)]
        if s.get("structure") == "cal_only":
            return (f'text/calendar; method={c.ct_method};\n\tcharset="utf-8"', enc_body(ics, cal_cte), extra)
        b = r.boundary("exchange") if L in ("exchange", "teams") else r.boundary("other")
        return multipart("alternative", parts, b) + (extra,)
    if L in ("thunderbird", "nextcloud", "gmx"):
        html_parts = []
        if L != "thunderbird":
            html_parts = [part('text/html; charset=UTF-8', enc_body(html or text_to_html(plain), "quoted-printable"),
                               "quoted-printable")]
        alt = [part("text/plain; charset=UTF-8; format=flowed", enc_body(plain, "8bit" if L == "thunderbird" else "quoted-printable"),
                    "8bit" if L == "thunderbird" else "quoted-printable")] + html_parts
        alt.append(cal_part(c, ics, cte="8bit" if L == "thunderbird" else "quoted-printable", charset="UTF-8",
                            quote_cs=False))
        alt_t, alt_b = multipart("alternative", alt, r.boundary("thunderbird"))
        parts = [f"Content-Type: {alt_t}\n\n{alt_b}"]
        fn = {"thunderbird": "invite.ics", "nextcloud": "event.ics", "gmx": "termin.ics"}[L]
        parts.append(cal_part(c, ics, cte="base64", name=fn, ctype="application/ics", disp="attachment"))
        return multipart("mixed", parts, r.boundary("thunderbird"),
                         "This is a multi-part message in MIME format.") + (extra,)
    if L == "icloud":
        html = html or text_to_html(plain, "font-family:-apple-system,Helvetica,sans-serif;font-size:14px")
        alt_t, alt_b = multipart("alternative", [
            part("text/plain; charset=UTF-8", enc_body(plain, "quoted-printable"), "QUOTED-PRINTABLE",
                 ["Content-Disposition: inline"]),
            part("text/html; charset=UTF-8", enc_body(html, "quoted-printable"), "QUOTED-PRINTABLE",
                 ["Content-Disposition: inline"])], r.boundary("apple"))
        fn = f"iCal-{to_local(c.tz, c.sent):%Y%m%d-%H%M%S}.ics"
        calp = part(f"text/calendar; method={c.ct_method}", enc_body(ics, "quoted-printable"), "QUOTED-PRINTABLE",
                    [f"Content-Disposition: attachment; filename={fn}"])
        return multipart("mixed", [f"Content-Type: {alt_t}\n\n{alt_b}", calp], r.boundary("apple")) + (extra,)
    if L in ("saas", "zoom"):
        html = html or text_to_html(plain)
        alt = []
        if not s.get("html_only"):
            alt.append(part('text/plain; charset="utf-8"', enc_body(plain, "quoted-printable"), "quoted-printable"))
        alt.append(part('text/html; charset="utf-8"', enc_body(html, "quoted-printable"), "quoted-printable"))
        alt_t, alt_b = multipart("alternative", alt, r.boundary("other"))
        fn = s.get("att_name", "invite.ics")
        ctype = s.get("att_type", "text/calendar")
        calp = cal_part(c, ics, cte=s.get("cal_cte", "base64"), name=fn, ctype=ctype,
                        disp=s.get("att_disp", "attachment"), method=ctype == "text/calendar")
        return multipart("mixed", [f"Content-Type: {alt_t}\n\n{alt_b}", calp], r.boundary("other")) + (extra,)
    if L == "fwd":
        inner_spec = dict(s["inner"])
        t_in = c.sent - dt.timedelta(minutes=s.get("inner_age_min", 95))
        itz = inner_spec.get("tz") or LANG_TZ.get(inner_spec.get("lang", "en"), "Europe/London")
        loc_in = to_local(itz, t_in)
        inner_spec.update(y=loc_in.year, mo=loc_in.month, day=loc_in.day, hour=loc_in.hour)
        ic = build_ctx(inner_spec, c.key + ":inner")
        ic.env_from_header = ic.from_addr
        if ic.layout == "icloud":
            ic.env_from_header = "noreply@insideicloud.icloud.com"
        ict, ibody, _ = layout_parts(ic)
        ihdrs = layout_headers(ic, subject_for(ic), ict)
        inner_txt = "\n".join(ihdrs) + "\n\n" + ibody
        fname = (s.get("fwd_name") or re.sub(r"[^\w .-]", "", ic.summary)[:60] or "Forwarded message") + ".eml"
        note = part('text/plain; charset="UTF-8"; format=flowed', enc_body(plain, "8bit"), "8bit")
        msgp = part(f'message/rfc822; name="{fname}"', inner_txt, None,
                    [f'Content-Disposition: attachment; filename="{fname}"'])
        c.ics_text = ic.ics_text
        return multipart("mixed", [note, msgp], r.boundary("thunderbird" if s.get("fwd_client") == "tb" else "google")) + (extra,)
    # kits and plain
    kit = s.get("kit", "html_cal")
    fn = s.get("att_name", "invite.ics")
    cal_cte = s.get("cal_cte", "base64")
    if html is None and "body" in s:
        html = text_to_html(plain)
    if kit == "cal_only" or L == "plain":
        cs = s.get("ics_charset", "utf-8")
        ct = f'text/calendar; charset="{cs}"; method={c.ct_method}' if c.ct_method else f'text/calendar; charset="{cs}"'
        return ct, enc_body(ics, cal_cte if cal_cte != "base64" or s.get("force_b64") else "8bit", cs), extra
    if kit == "html_cal":
        parts = [part('text/html; charset="UTF-8"', enc_body(html or "<html><body></body></html>\n", "quoted-printable"),
                      "quoted-printable"),
                 cal_part(c, ics, cte=cal_cte, name=fn, disp="attachment", charset=s.get("ics_charset", "utf-8"))]
        return multipart("mixed", parts, r.boundary(s.get("boundary", "php"))) + (extra,)
    if kit == "alt_cal":
        parts = []
        if not s.get("html_only"):
            parts.append(part('text/plain; charset="UTF-8"', enc_body(plain, "quoted-printable"), "quoted-printable"))
        parts.append(part('text/html; charset="UTF-8"', enc_body(html or text_to_html(plain), "quoted-printable"), "quoted-printable"))
        parts.append(cal_part(c, ics, cte=cal_cte, charset=s.get("ics_charset", "utf-8")))
        return multipart("alternative", parts, r.boundary(s.get("boundary", "other"))) + (extra,)
    if kit in ("mixed_alt_att", "empty"):
        if kit == "empty":
            plain, html = s.get("body", " \n"), s.get("html", "<html><body></body></html>\n")
        alt_t, alt_b = multipart("alternative", [
            part('text/plain; charset="UTF-8"', enc_body(plain, "quoted-printable"), "quoted-printable"),
            part('text/html; charset=UTF-8', enc_body(html or text_to_html(plain), "8bit"), "8bit")],
            r.alnum(20))
        parts = [f"Content-Type: {alt_t}\n\n{alt_b}",
                 cal_part(c, ics, cte=cal_cte, charset="utf-8"),
                 cal_part(c, ics, cte="base64", name=fn, ctype="application/ics", disp="attachment")]
        return multipart("mixed", parts, r.alnum(55)) + (extra,)
    if kit in ("octet", "pdf_ics", "plain_att", "ics_att"):
        ctype = {"octet": "application/octet-stream", "pdf_ics": "application/pdf", "plain_att": "text/plain",
                 "ics_att": "application/ics"}[kit]
        first = (part('text/html; charset="UTF-8"', enc_body(html, "quoted-printable"), "quoted-printable")
                 if html and not s.get("plain_first") else
                 part('text/plain; charset="UTF-8"', enc_body(plain, "quoted-printable"), "quoted-printable"))
        body = ics if not s.get("att_payload") else s["att_payload"]
        extra_p = [f"Content-Disposition: attachment; filename=\"{s.get('att_filename', fn)}\""]
        if ctype == "text/plain":
            calp = part(f"text/plain; charset=UTF-8; name={fn}", enc_body(body, "quoted-printable"),
                        "quoted-printable", extra_p)
        else:
            calp = part(f'{ctype}; name="{fn}"', b64(crlf_bytes(body)), "base64", extra_p)
        return multipart("mixed", [first, calp], r.boundary(s.get("boundary", "php"))) + (extra,)
    raise ValueError(f"unknown kit {kit}")


def _ascii(t):
    try:
        t.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------------------
# transport: Received chain + DKIM signatures + Authentication-Results

def default_infra(c):
    fd = dom(c.env_from_header)
    L = c.layout
    if c.spec.get("infra"):
        return c.spec["infra"]
    if L == "google":
        return "google"
    if L in ("exchange", "teams"):
        return "outlookcom" if fd in ("outlook.com", "hotmail.com", "live.com", "outlook.es", "hotmail.fr") else "m365"
    if L == "icloud":
        return "icloud"
    if L == "yahoo":
        return "yahoo"
    if L in ("saas", "zoom"):
        return "esp"
    if L == "gmx" or fd in ("gmx.de", "gmx.net", "web.de"):
        return "gmx"
    if fd in ("gmail.com", "googlemail.com"):
        return "gmail_smtp"
    if fd in ("outlook.com", "hotmail.com", "live.com"):
        return "outlookcom"
    if fd in FREEMAIL:
        return "freemail"
    if L in ("kit", "plain"):
        return "vps"
    if L == "mailer":
        return "esp"
    return "postfix"


def pacific(t):
    return rfc2822(t, "America/Los_Angeles", paren=True)


def received_chain(c, infra):
    r = c.r
    s = c.spec
    t0 = c.sent
    t1 = c.arrive
    fd = dom(c.env_from_header)
    if infra in ("list", "forwarder"):
        c.arrive = t1 = c.sent + dt.timedelta(seconds=r.randint(35, 140))
    ip = r.ip()
    qid = r.alnum(11, "0123456789ABCDEF")
    rc = c.rcpt
    lines = []

    def mx_line(helo, rdns, ip_):
        name = f"{helo} ({rdns} [{ip_}])" if rdns else f"{helo} (unknown [{ip_}])"
        return (f"Received: from {name}\n\tby {MX} (Postfix) with ESMTPS id {qid}\n\tfor <{rc}>; "
                f"{rfc2822(t1, 'Europe/London')}")

    if infra in ("google", "gmail_smtp"):
        host = f"mail-{r.choice(['wr1', 'ej1', 'pl1', 'qk1', 'yw1', 'lf1', 'oa1', 'ua1'])}-f{r.randint(41, 199)}.google.com"
        lines.append(mx_line(host, host, ip))
        lines.append(f"Received: by {host} with SMTP id {r.hex(10)}so{r.randint(1000000, 9999999)}.{r.randint(1, 9)}\n"
                     f"        for <{rc}>; {pacific(t0 + dt.timedelta(seconds=1))}")
        if infra == "gmail_smtp":
            lines.append(f"Received: from [192.168.{r.randint(0, 2)}.{r.randint(2, 250)}] ([{r.ip()}])\n"
                         f"        by smtp.gmail.com with ESMTPSA id {r.alnum(26)}\n"
                         f"        for <{rc}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
                         f"        {pacific(t0)}")
    elif infra in ("m365", "outlookcom"):
        reg = r.choice([("eur05", "EUR05", "eurprd05"), ("nam12", "NAM12", "namprd12"), ("eur03", "EUR03", "eurprd03"),
                        ("apc01", "APC01", "apcprd01"), ("nam04", "NAM04", "namprd04")])
        sfx = "olkn" if infra == "outlookcom" else "on"
        outer = f"mail-{reg[0][:3]}{r.randint(10, 99)}{reg[0]}{sfx}{r.randint(2000, 2199)}.outbound.protection.outlook.com"
        helo = f"{reg[1]}-{r.choice(['DB8', 'AM6', 'VI1', 'BN8', 'CO1', 'SG2'])}-obe.outbound.protection.outlook.com"
        lines.append(mx_line(helo, outer, ip))
        srv1 = f"{r.alnum(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}PR{r.randint(10, 99)}MB{r.randint(1000, 9999)}.{reg[2]}.prod.outlook.com"
        srv2 = f"{r.alnum(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}PR{r.randint(10, 99)}MB{r.randint(1000, 9999)}.{reg[2]}.prod.outlook.com"
        lines.append(f"Received: from {srv1} ({r.ip(True)}) by\n {srv2} ({r.ip(True)}) with\n Microsoft SMTP Server "
                     f"(version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{r.randint(7000, 9400)}.{r.randint(10, 40)}; "
                     f"{rfc2822(t0 + dt.timedelta(seconds=1), 'Europe/London').replace('+0100', '+0000')}")
        lines.append(f"Received: from {srv1}\n ([{r.ip(True)}]) by {srv1}\n ([{r.ip(True)}]) with mapi id "
                     f"15.20.{r.randint(7000, 9400)}.{r.randint(10, 40)}; {rfc2822(t0, 'Europe/London').replace('+0100', '+0000')}")
    elif infra == "icloud":
        host = f"st43p00im-ztfb{r.randint(10000000, 99999999)}.me.com"
        lines.append(mx_line(host, host, ip))
        lines.append(f"Received: from email.apple.com (unknown [{r.ip()}])\n\tby {host} (Postfix) with ESMTPS id {r.hex(12, True)}\n"
                     f"\tfor <{rc}>; {rfc2822(t0, 'Europe/London')}")
    elif infra == "yahoo":
        host = f"sonic{r.randint(300, 330)}-{r.randint(1, 40)}.consmr.mail.{r.choice(['ne1', 'bf2', 'gq1', 'ir2'])}.yahoo.com"
        lines.append(mx_line(host, host, ip))
        lines.append(f"Received: from sonic.gate.mail.ne1.yahoo.com by {host} with HTTP; {rfc2822(t0, 'UTC' if False else 'Europe/London')}")
    elif infra == "esp":
        esp = s.get("esp", r.choice(["sendgrid.net", "amazonses.com", "mailgun.net", "sparkpostmail.com", "mcsv.net"]))
        c.esp = esp
        host = {"sendgrid.net": f"o{r.randint(1, 30)}.ptr{r.randint(1000, 9999)}.{fd}",
                "amazonses.com": f"a{r.randint(8, 48)}-{r.randint(10, 250)}.smtp-out.{r.choice(['eu-west-1', 'us-east-1', 'eu-central-1'])}.amazonses.com",
                "mailgun.net": f"m{r.randint(40, 240)}-{r.randint(10, 99)}.mailgun.net",
                "sparkpostmail.com": f"mta-{r.randint(10, 99)}-{r.randint(1, 9)}.sparkpostmail.com",
                "mcsv.net": f"mail{r.randint(10, 190)}.atl{r.randint(11, 81)}.mcsv.net"}[esp]
        lines.append(mx_line(host, host, ip))
        if esp == "sendgrid.net":
            lines.append(f"Received: by filterdrecv-{r.hex(10)}-{r.alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789')} with SMTP id "
                         f"filterdrecv-{r.hex(10)}.{r.randint(1, 40)}-{r.hex(8)}-{r.randint(10, 99)}\n\t{rfc2822(t0, 'UTC' if False else 'Europe/London')}")
        elif esp == "amazonses.com":
            pass
        else:
            lines.append(f"Received: from [{r.ip()}] by {host} with HTTP; {rfc2822(t0, 'Europe/London')}")
    elif infra == "gmx":
        host = "mout.gmx.net" if "gmx" in fd else "mout.web.de"
        lines.append(mx_line(host, host, ip))
        lines.append(f"Received: from [192.168.178.{r.randint(20, 60)}] ([{r.ip()}]) by mail.gmx.net (mrgmx{r.randint(100, 110)}\n"
                     f" [{r.ip()}]) with ESMTPSA (Nemesis) id 1M{r.alnum(14)}; {rfc2822(t0, 'Europe/Berlin')}")
    elif infra == "freemail":
        host = s.get("mta", f"mx-out{r.randint(1, 9)}.{fd}")
        lines.append(mx_line(host, host, ip))
        lines.append(f"Received: from [10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 250)}] by {host}\n"
                     f"\twith ESMTPA id {r.hex(16)}; {rfc2822(t0, c.tz)}")
    elif infra == "vps":
        helo = s.get("helo") or r.choice([f"vps{r.randint(1000, 99999)}.{s.get('vps_dom', 'cloudhost.example')}",
                                           f"mail.{fd}", f"srv{r.randint(1, 99)}.{fd}",
                                           f"{r.hex(8)}.{s.get('vps_dom', 'vm.example.com')}"])
        rdns = None if r.random() < 0.3 else helo
        lines.append(mx_line(helo, rdns, ip))
        if r.random() < 0.6:
            lines.append(f"Received: from localhost (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTPA id {r.hex(10, True)}\n"
                         f"\tfor <{rc}>; {rfc2822(t0, c.tz)}")
    elif infra == "list":
        lh = s.get("list_host", "lists." + fd)
        lines.append(mx_line(lh, lh, ip))
        lines.append(f"Received: from {lh} (localhost [127.0.0.1])\n\tby {lh} (Postfix) with ESMTP id {r.hex(10, True)};\n"
                     f"\t{rfc2822(t0 + dt.timedelta(seconds=20), c.tz)}")
        ofd = dom(c.from_addr)
        lines.append(f"Received: from mail.{ofd} (mail.{ofd} [{r.ip()}])\n\tby {lh} (Postfix) with ESMTPS id {r.hex(10, True)}\n"
                     f"\tfor <{s.get('list_addr', 'list@' + lh)}>; {rfc2822(t0, c.tz)}")
    elif infra == "forwarder":
        fh = s.get("fwd_host", "mail." + dom(c.rcpt_orig if hasattr(c, 'rcpt_orig') else c.rcpt))
        lines.append(mx_line(fh, fh, ip))
        lines.append(f"Received: from {s.get('orig_host', 'mail-out.' + dom(c.from_addr))} ([{r.ip()}])\n\tby {fh} with ESMTPS id {r.alnum(12)}\n"
                     f"\tfor <{s.get('orig_rcpt', c.rcpt)}>; {rfc2822(t0, c.tz)}")
    else:  # postfix / exim on an organisation's own server
        host = s.get("mta", f"mail.{org_dom(fd)}")
        lines.append(mx_line(host, host, ip))
        if s.get("exim"):
            lines.append(f"Received: from [10.{r.randint(0, 9)}.{r.randint(0, 255)}.{r.randint(2, 250)}] (helo=ws{r.randint(10, 99)}.{org_dom(fd)})\n"
                         f"\tby {host} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97)\n"
                         f"\t(envelope-from <{c.mailfrom}>)\n\tid 1{r.alnum(5)}-{r.alnum(8)}-{r.alnum(2)}\n"
                         f"\tfor {rc}; {rfc2822(t0, c.tz)}")
        else:
            lines.append(f"Received: from [10.{r.randint(0, 9)}.{r.randint(0, 255)}.{r.randint(2, 250)}] (unknown [10.{r.randint(0, 9)}.{r.randint(0, 255)}.{r.randint(2, 250)}])\n"
                         f"\t(Authenticated sender: {c.mailfrom.split('@')[0]})\n\tby {host} (Postfix) with ESMTPSA id {r.hex(10, True)}\n"
                         f"\tfor <{rc}>; {rfc2822(t0, c.tz)}")
    c.client_ip = ip
    return lines


def dkim_sig(c, d, sel, headers="from:to:subject:date:message-id:mime-version:content-type"):
    r = c.r
    b = r.b64s(256)
    b = "\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70))
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={sel};\n"
            f"\tt={int(c.sent.timestamp())}; h={headers};\n\tbh={r.b64s(32)};\n\tb={b}")


def default_dkim_domains(c, infra):
    fd = dom(c.env_from_header)
    if infra == "google":
        if fd in ("gmail.com", "googlemail.com"):
            return [("google.com", "20230601")]
        return [("google.com", "20230601"), (fd, "google")]
    if infra == "gmail_smtp":
        return [("gmail.com", "20230601")]
    if infra == "m365":
        return [(fd, "selector1")]
    if infra == "outlookcom":
        return [("outlook.com", "selector1")] if fd == "outlook.com" else [(fd, "selector1")]
    if infra == "icloud":
        return [("icloud.com", "1a1hai")]
    if infra == "yahoo":
        return [(fd, "s2048")]
    if infra == "esp":
        esp = getattr(c, "esp", "sendgrid.net")
        return [(fd, "s1"), (esp, "smtpapi" if "sendgrid" in esp else "mx")]
    if infra == "gmx":
        return [(fd, "s1024-ionos" if False else "s29768273")]
    if infra == "freemail":
        return [(fd, "mail")]
    if infra == "list":
        return [(dom(c.from_addr), "default")]
    return [(fd, "default")]


def auth_results(c, infra):
    s = c.spec
    r = c.r
    a = s.get("auth", "pass")
    fd = dom(c.env_from_header)
    mf = c.mailfrom
    mfd = dom(mf)
    sigs = s.get("dkim_domains") or default_dkim_domains(c, infra)
    if isinstance(a, str):
        spec_a = {
            "pass": dict(spf="pass", dkim="pass", dmarc="pass"),
            "pass_nodkim": dict(spf="pass", dkim="none", dmarc="pass"),
            "pass_nodmarc": dict(spf="pass", dkim="pass", dmarc="none"),
            "spf_only": dict(spf="pass", dkim="none", dmarc="none"),
            "dkim_only": dict(spf="none", dkim="pass", dmarc="pass"),
            "none": dict(spf="none", dkim="none", dmarc="none"),
            "softfail": dict(spf="softfail", dkim="none", dmarc="fail"),
            "softfail_nodmarc": dict(spf="softfail", dkim="none", dmarc="none"),
            "neutral": dict(spf="neutral", dkim="none", dmarc="none"),
            "fail": dict(spf="fail", dkim="none", dmarc="fail"),
            "fail_dkimfail": dict(spf="fail", dkim="fail", dmarc="fail"),
            "gcal_foreign": dict(spf="softfail", dkim="pass", dmarc="fail"),
            "gcal_foreign_nodmarc": dict(spf="neutral", dkim="pass", dmarc="none"),
            "fwd_broken": dict(spf="fail", dkim="fail", dmarc="fail", arc="pass"),
            "fwd_srs": dict(spf="pass", dkim="pass", dmarc="pass", arc="pass"),
            "list_broken": dict(spf="pass", dkim="fail", dmarc="fail"),
            "list_munged": dict(spf="pass", dkim="pass", dmarc="pass"),
            "esp_unaligned": dict(spf="pass", dkim="pass", dmarc="fail"),
            "esp_unaligned_nodmarc": dict(spf="pass", dkim="pass", dmarc="none"),
            "temperror": dict(spf="pass", dkim="temperror", dmarc="pass"),
            "permerror": dict(spf="permerror", dkim="pass", dmarc="pass"),
            "dkim_fail_spf_pass": dict(spf="pass", dkim="fail", dmarc="pass"),
        }[a]
    else:
        spec_a = a
    policy = s.get("dmarc_policy") or ("reject" if fd in ("gmail.com", "yahoo.com", "google.com", "icloud.com",
                                                          "outlook.com", "hotmail.com", "paypal.com") else
                                       r.choice(["none", "none", "quarantine", "reject"]))
    res = []
    dk = spec_a["dkim"]
    if dk == "none" or not sigs:
        res.append("dkim=none")
    else:
        for i, (d, sel) in enumerate(sigs):
            rr = dk
            if a == "gcal_foreign" or a == "gcal_foreign_nodmarc":
                rr = "pass"
            if a == "esp_unaligned" or a == "esp_unaligned_nodmarc":
                rr = "pass"
            extra = " reason=\"signature verification failed\"" if rr == "fail" else ""
            extra = " reason=\"body hash did not verify\"" if rr == "fail" and i == 0 else extra
            res.append(f"dkim={rr}{extra} header.d={d} header.s={sel} header.b={r.b64s(6)[:8]}")
    spf = spec_a["spf"]
    ipx = c.client_ip
    spf_txt = {
        "pass": f"(mx.example.net: domain of {mf} designates {ipx} as permitted sender)",
        "softfail": f"(mx.example.net: domain of transitioning {mf} does not designate {ipx} as permitted sender)",
        "fail": f"(mx.example.net: domain of {mf} does not designate {ipx} as permitted sender)",
        "neutral": f"(mx.example.net: {ipx} is neither permitted nor denied by domain of {mf})",
        "none": f"(mx.example.net: domain of {mf} has no SPF policy when checking {ipx})",
        "permerror": f"(mx.example.net: permanent error in processing during lookup of {mf}: too many DNS lookups)",
    }[spf]
    res.append(f"spf={spf} {spf_txt} smtp.mailfrom={mf}")
    dm = spec_a["dmarc"]
    if dm == "none":
        res.append(f"dmarc=none (no DMARC record) header.from={fd}" if r.random() < 0.5 else f"dmarc=none header.from={fd}")
    else:
        res.append(f"dmarc={dm} (p={policy.upper()} sp={policy.upper()} dis={'NONE' if dm == 'pass' or policy == 'none' else policy.upper()}) header.from={fd}")
    if spec_a.get("arc"):
        res.append(f"arc={spec_a['arc']} (i=1 spf=pass spfdomain={dom(s.get('orig_mailfrom', c.from_addr))} "
                   f"dkim=pass dkdomain={dom(c.from_addr)} dmarc=pass fromdomain={dom(c.from_addr)})")
    hdr = f"Authentication-Results: {MX};\n\t" + ";\n\t".join(res)
    sig_hdrs = [] if dk == "none" and a not in ("gcal_foreign", "gcal_foreign_nodmarc") else [dkim_sig(c, d, sel) for d, sel in sigs]
    if dk == "none":
        sig_hdrs = []
    return hdr, sig_hdrs


def default_mailfrom(c, infra):
    s = c.spec
    if s.get("rp"):
        return s["rp"]
    fd = dom(c.env_from_header)
    r = c.r
    if infra == "esp":
        esp = getattr(c, "esp", "sendgrid.net")
        a = s.get("auth", "pass")
        if a in ("esp_unaligned", "esp_unaligned_nodmarc"):
            return {"sendgrid.net": f"bounces+{r.randint(10**6, 10**7)}-{r.hex(4)}={c.rcpt.replace('@', '=')}@sendgrid.net",
                    "amazonses.com": f"{r.hex(16)}-{r.uuid()}-000000@amazonses.com",
                    "mailgun.net": f"bounce+{r.hex(6)}.{r.hex(6)}-{c.rcpt.replace('@', '=')}@mailgun.net",
                    "sparkpostmail.com": f"msprvs1=1{r.alnum(10)}=bounces-{r.randint(100, 999)}@sparkpostmail.com",
                    "mcsv.net": f"bounce-mc.us{r.randint(1, 21)}_{r.randint(10**7, 10**8)}.{r.randint(10**5, 10**6)}-{r.hex(10)}@mail{r.randint(10, 190)}.atl{r.randint(11, 81)}.mcsv.net"}[esp]
        return f"bounces+{r.randint(10**6, 10**7)}-{r.hex(4)}@em{r.randint(100, 9999)}.{org_dom(fd)}"
    if infra == "list":
        return s.get("list_addr", "list@lists.example.org").replace("@", "-bounces@")
    if infra == "icloud":
        return "bounces@insideicloud.icloud.com" if c.layout == "icloud" else c.env_from_header
    return c.env_from_header


# ---------------------------------------------------------------------------
# message assembly

def message_id(c):
    r = c.r
    s = c.spec
    if s.get("msgid"):
        return s["msgid"]
    L = c.layout
    fd = dom(c.env_from_header)
    if L == "google":
        return f"<calendar-{r.uuid()}@google.com>"
    if L in ("exchange", "teams"):
        p = f"{r.alnum(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}PR{r.randint(10, 99)}MB{r.randint(1000, 9999)}"
        reg = r.choice(["eurprd05", "namprd12", "eurprd03", "apcprd01", "namprd04"])
        return f"<{p}{r.hex(30, True)}@{p}.{reg}.prod.outlook.com>"
    if L == "icloud":
        return f"<{r.randint(10**9, 10**10)}.{r.randint(10**19, 10**20)}.JavaMail.email@email.apple.com>"
    if L == "yahoo":
        return f"<{r.randint(10**8, 10**9)}.{r.randint(10**6, 10**7)}@mail.yahoo.com>"
    if L == "thunderbird":
        return f"<{r.uuid()}@{fd}>"
    if L in ("saas", "zoom"):
        return f"<{r.uuid()}@{s.get('msgid_dom', org_dom(fd))}>"
    if fd in ("gmail.com", "googlemail.com") and L != "google":
        return f"<CA{r.alnum(46, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=')}@mail.gmail.com>"
    if L in ("kit", "plain", "mailer", "fwd"):
        return r.choice([f"<{r.alnum(32)}@{fd}>", f"<{r.hex(40)}@{s.get('helo', fd)}>",
                         f"<{r.randint(10**9, 10**10)}.{r.hex(8)}@{fd}>"])
    return f"<{r.hex(12)}{r.hex(8)}$@{fd}>" if L == "outlook16" else f"<{r.uuid()}@{fd}>"


def layout_headers(c, subject, ct):
    s = c.spec
    r = c.r
    L = c.layout
    H = []
    to_hdr = ", ".join(addr(n, e) for n, e in c.to_list) if not s.get("to_hdr") else s["to_hdr"]
    from_hdr = s.get("from_hdr") or addr(c.from_name, c.env_from_header)
    date = rfc2822(c.sent, "Europe/London" if L in ("google", "exchange", "teams") else c.tz)
    if L in ("google", "exchange", "teams"):
        date = rfc2822(c.sent, "Europe/London")
        off = tz_offset("Europe/London", c.sent)
        if off:
            date = rfc2822(c.sent - dt.timedelta(0), "Europe/London")
        # Google and Exchange Online stamp the Date header in UTC
        d_ = c.sent
        date = d_.strftime("%a, %d %b %Y %H:%M:%S +0000")
    if s.get("date_hdr"):
        date = s["date_hdr"]
    subj = encword(subject) if s.get("subject_raw") is None else s["subject_raw"]
    if L == "google":
        if not s.get("no_reply_to"):
            H.append(f"Reply-To: {addr(c.org_name, c.org_addr)}")
        H.append(f"Sender: {s.get('sender_hdr', 'Google Calendar <calendar-notification@google.com>')}")
        H += [f"Message-ID: {message_id(c)}", f"Date: {date}", fold_header("Subject", subj), f"From: {from_hdr}",
              f"To: {to_hdr}"]
    elif L in ("exchange", "teams"):
        H += [f"From: {from_hdr}", f"To: {to_hdr}"]
        if s.get("cc"):
            H.append("CC: " + s["cc"])
        H += [fold_header("Subject", subj), fold_header("Thread-Topic", encword(s.get("topic", c.summary))),
              f"Thread-Index: {r.b64s(22)}", f"Date: {date}", f"Message-ID: {message_id(c)}",
              "Accept-Language: " + ", ".join(dict.fromkeys([LANG_TAG.get(c.lang, 'en-US'), "en-US"])), f"Content-Language: {LANG_TAG.get(c.lang, 'en-US')}",
              "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    else:
        H += [f"Date: {date}", f"From: {from_hdr}", f"To: {to_hdr}"]
        if s.get("cc"):
            H.append("Cc: " + s["cc"])
        if s.get("reply_to"):
            H.append(f"Reply-To: {s['reply_to']}")
        if L == "icloud":
            H.append(f"Reply-To: 2_{r.alnum(60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}@imip.me.com")
        H += [f"Message-ID: {message_id(c)}", fold_header("Subject", subj)]
        if L == "thunderbird":
            H.insert(0, f"User-Agent: {s.get('ua', 'Mozilla Thunderbird')}")
            H.append(f"Content-Language: {LANG_TAG.get(c.lang, 'en-US')}")
        if L == "outlook16":
            H += ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: {r.b64s(22)}",
                  f"Content-Language: {LANG_TAG.get(c.lang, 'en-US')[:2]}"]
        if L == "zimbra":
            H += [f"X-Mailer: Zimbra 8.8.15_GA_{r.randint(4000, 4600)} (ZimbraWebClient - FF{r.randint(90, 120)} (Linux)/8.8.15_GA_{r.randint(4000, 4600)})",
                  f"Thread-Topic: {encword(c.summary)}", f"Thread-Index: {r.b64s(14)}"]
        if L == "icloud":
            H += ["X-Business-Group: iCloud", f"X-EmailType-Id: {r.randint(700000, 800000)}", "X-Attach-Flag: Y"]
        if L == "yahoo":
            H.append(f"X-Mailer: WebService/1.1.{r.randint(20000, 23000)} YMailNorrin")
        if L == "nextcloud":
            H.append("X-Mailer: Nextcloud")
        if L in ("saas", "zoom") and not s.get("no_unsub"):
            fd = dom(c.env_from_header)
            H.append(f"List-Unsubscribe: <https://{s.get('unsub_host', 'email.' + org_dom(fd))}/unsubscribe/{r.alnum(40)}>,"
                     f" <mailto:unsubscribe-{r.hex(12)}@{org_dom(fd)}>")
            H.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
            H.append(f"Feedback-ID: {r.randint(10, 999)}:{r.randint(10**5, 10**6)}:{s.get('feedback', 'notify')}:{getattr(c, 'esp', 'esp').split('.')[0]}")
        if L in ("kit", "plain", "mailer") and s.get("xmailer", L != "mailer" and r.random() < 0.5):
            xm = s.get("xmailer")
            if xm is True or xm is None:
                xm = r.choice(["PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
                               "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)", "Microsoft Outlook Express 6.00.2900.5512",
                               "Nodemailer (6.9.8; +https://nodemailer.com/; SES/1.0.0)", "Foxmail 7.2.25.228[cn]"])
            H.append(f"X-Mailer: {xm}")
    H += s.get("headers", [])
    H += ["MIME-Version: 1.0", f"Content-Type: {ct}"]
    return H


def render(spec, key):
    c = build_ctx(spec, key)
    s = c.spec
    c.env_from_header = c.from_addr
    if s.get("from_hdr"):
        c.env_from_header = parseaddr(s["from_hdr"])[1] or c.from_addr
    if c.layout == "icloud" and not s.get("from_hdr"):
        c.env_from_header = "noreply@insideicloud.icloud.com"
    lst = s.get("list")
    if lst and lst.get("munge"):
        c.env_from_header = lst["addr"]
    ct, body, extra = layout_parts(c)
    s = c.spec
    subject = subject_for(c)
    if lst:
        subject = f"{lst['tag']} {subject}" if lst.get("tag") else subject
        footer = lst.get("footer", f"_______________________________________________\n{lst['name']} mailing list\n"
                                   f"{lst['addr']}\nhttps://{lst['addr'].split('@')[1]}/mailman/listinfo/{lst['addr'].split('@')[0]}\n")
        if ct.startswith("multipart/"):
            b = re.search(r'boundary="([^"]+)"', ct).group(1)
            body = body.replace(f"--{b}--\n", f"--{b}\n" + part('text/plain; charset="us-ascii"', footer + "\n", "7bit",
                                                               ["Content-Disposition: inline"]) + f"--{b}--\n")
    hdrs = layout_headers(c, subject, ct)
    if lst:
        la = lst["addr"]
        lhost = la.split("@")[1]
        lname = la.split("@")[0]
        if lst.get("munge"):
            hdrs = [h for h in hdrs if not h.startswith("From:")]
            hdrs.insert(0, f"From: {addr(c.from_name + ' via ' + lst['name'], la)}")
            hdrs.insert(1, f"Reply-To: {addr(c.from_name, c.from_addr)}")
        hdrs = hdrs[:-2] + [f"List-Id: {lst['name']} <{lname}.{lhost}>",
                            f"List-Unsubscribe: <https://{lhost}/mailman/options/{lname}>, <mailto:{lname}-request@{lhost}?subject=unsubscribe>",
                            f"List-Archive: <https://{lhost}/pipermail/{lname}/>", f"List-Post: <mailto:{la}>",
                            f"List-Help: <mailto:{lname}-request@{lhost}?subject=help>", "Precedence: list",
                            f"Errors-To: {lname}-bounces@{lhost}", f"Sender: \"{lst['name']}\" <{lname}-bounces@{lhost}>"] + hdrs[-2:]
        s.setdefault("infra", "list")
        s.setdefault("list_host", lhost)
        s.setdefault("list_addr", la)
    infra = default_infra(c)
    if infra == "esp":
        c.esp = s.get("esp", c.r.choice(["sendgrid.net", "amazonses.com", "mailgun.net", "sparkpostmail.com", "mcsv.net"]))
        s["esp"] = c.esp
    if s.get("delivered_to"):
        c.rcpt = parse_person(s["delivered_to"])[1]
    c.mailfrom = "<placeholder>"
    recv = received_chain(c, infra)
    c.mailfrom = default_mailfrom(c, infra)
    recv = received_chain(Ctx.__new__(Ctx) if False else c, infra) if False else recv
    # the Postfix/Exim org line mentions the envelope sender; fix placeholder
    recv = [x.replace("<placeholder>", c.mailfrom).replace("placeholder", c.mailfrom.split("@")[0]) for x in recv]
    ar, sigs = auth_results(c, infra)
    top = [f"Return-Path: <{c.mailfrom}>", f"Delivered-To: {c.rcpt}", ar] + recv[:1]
    if s.get("pre_received"):
        top += s["pre_received"]
    top += recv[1:]
    if s.get("forged_headers"):
        top += s["forged_headers"]
    top += sigs
    head = "\n".join(top + hdrs)
    msg = head + "\n\n" + body
    if s.get("post_mangle"):
        msg = s["post_mangle"](msg)
    return crlf_bytes(msg, "utf-8")
