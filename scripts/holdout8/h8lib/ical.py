"""iCalendar rendering in the style of various producers."""
import datetime as dt
from .util import (R, pick, chance, fold, ics_escape, ics_escape_loose, icsutc, icslocal, icsdate,
                   tz, UTC, ruuid, hexid, digits, CRLF)

# olson -> (windows name, std abbrev, dst abbrev, std offset min, dst offset min, rule)
TZ = {
    "Europe/Berlin": ("W. Europe Standard Time", "CET", "CEST", 60, 120, "eu"),
    "Europe/Paris": ("Romance Standard Time", "CET", "CEST", 60, 120, "eu"),
    "Europe/Madrid": ("Romance Standard Time", "CET", "CEST", 60, 120, "eu"),
    "Europe/Rome": ("W. Europe Standard Time", "CET", "CEST", 60, 120, "eu"),
    "Europe/Amsterdam": ("W. Europe Standard Time", "CET", "CEST", 60, 120, "eu"),
    "Europe/Zurich": ("W. Europe Standard Time", "CET", "CEST", 60, 120, "eu"),
    "Europe/Vienna": ("W. Europe Standard Time", "CET", "CEST", 60, 120, "eu"),
    "Europe/Stockholm": ("W. Europe Standard Time", "CET", "CEST", 60, 120, "eu"),
    "Europe/Warsaw": ("Central European Standard Time", "CET", "CEST", 60, 120, "eu"),
    "Europe/Prague": ("Central Europe Standard Time", "CET", "CEST", 60, 120, "eu"),
    "Europe/London": ("GMT Standard Time", "GMT", "BST", 0, 60, "eu"),
    "Europe/Dublin": ("GMT Standard Time", "GMT", "IST", 0, 60, "eu"),
    "Europe/Lisbon": ("GMT Standard Time", "WET", "WEST", 0, 60, "eu"),
    "Europe/Athens": ("GTB Standard Time", "EET", "EEST", 120, 180, "eu"),
    "Europe/Istanbul": ("Turkey Standard Time", "+03", None, 180, None, None),
    "Europe/Moscow": ("Russian Standard Time", "MSK", None, 180, None, None),
    "Asia/Jerusalem": ("Israel Standard Time", "IST", "IDT", 120, 180, "il"),
    "Asia/Dubai": ("Arabian Standard Time", "+04", None, 240, None, None),
    "Asia/Riyadh": ("Arab Standard Time", "+03", None, 180, None, None),
    "Africa/Cairo": ("Egypt Standard Time", "EET", None, 120, None, None),
    "Asia/Shanghai": ("China Standard Time", "CST", None, 480, None, None),
    "Asia/Taipei": ("Taipei Standard Time", "CST", None, 480, None, None),
    "Asia/Hong_Kong": ("China Standard Time", "HKT", None, 480, None, None),
    "Asia/Tokyo": ("Tokyo Standard Time", "JST", None, 540, None, None),
    "Asia/Seoul": ("Korea Standard Time", "KST", None, 540, None, None),
    "Asia/Kolkata": ("India Standard Time", "IST", None, 330, None, None),
    "Asia/Bangkok": ("SE Asia Standard Time", "+07", None, 420, None, None),
    "Asia/Singapore": ("Singapore Standard Time", "+08", None, 480, None, None),
    "America/New_York": ("Eastern Standard Time", "EST", "EDT", -300, -240, "us"),
    "America/Chicago": ("Central Standard Time", "CST", "CDT", -360, -300, "us"),
    "America/Denver": ("Mountain Standard Time", "MST", "MDT", -420, -360, "us"),
    "America/Los_Angeles": ("Pacific Standard Time", "PST", "PDT", -480, -420, "us"),
    "America/Toronto": ("Eastern Standard Time", "EST", "EDT", -300, -240, "us"),
    "America/Sao_Paulo": ("E. South America Standard Time", "-03", None, -180, None, None),
    "America/Mexico_City": ("Central Standard Time (Mexico)", "CST", None, -360, None, None),
    "Australia/Sydney": ("AUS Eastern Standard Time", "AEST", "AEDT", 600, 660, "au"),
}

WIN_LONG = {
    "W. Europe Standard Time": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Romance Standard Time": "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
    "Central European Standard Time": "(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb",
    "GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
    "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)",
    "Pacific Standard Time": "(UTC-08:00) Pacific Time (US & Canada)",
}


def off(m):
    s = "+" if m >= 0 else "-"
    m = abs(m)
    return "%s%02d%02d" % (s, m // 60, m % 60)


def vtimezone(olson, style="olson", tzname_style="abbr"):
    """style: olson (Google/Apple/Thunderbird...), windows (Exchange/Outlook)."""
    win, sabbr, dabbr, so, do, rule = TZ[olson]
    L = ["BEGIN:VTIMEZONE"]
    if style == "windows":
        L.append("TZID:" + win)
        if not rule:
            L += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:" + off(so),
                  "TZOFFSETTO:" + off(so), "END:STANDARD"]
        else:
            if rule == "eu":
                sd, dd = "-1SU;BYMONTH=10", "-1SU;BYMONTH=3"
            elif rule == "us":
                sd, dd = "1SU;BYMONTH=11", "2SU;BYMONTH=3"
            elif rule == "au":
                sd, dd = "1SU;BYMONTH=4", "1SU;BYMONTH=10"
            else:
                sd, dd = "-1SU;BYMONTH=10", "-1FR;BYMONTH=3"
            L += ["BEGIN:STANDARD", "DTSTART:16010101T%02d0000" % (3 if so >= 60 or rule == "us" else 2),
                  "TZOFFSETFROM:" + off(do), "TZOFFSETTO:" + off(so),
                  "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=" + sd, "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:" + off(so),
                  "TZOFFSETTO:" + off(do), "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=" + dd, "END:DAYLIGHT"]
        L.append("END:VTIMEZONE")
        return L
    L.append("TZID:" + olson)
    if style == "google":
        L.append("X-LIC-LOCATION:" + olson)
    if style == "mozilla":
        L.append("X-TZINFO:%s[%s]" % (olson, pick(["2019c", "2021a", "2022g", "2023c", "2024a", "2024b"])))
    if style == "apple":
        L.append("X-LIC-LOCATION:" + olson)

    def nm(abbr, mins):
        if tzname_style == "gmt":
            return "GMT" + ("%+03d:%02d" % (mins // 60, abs(mins) % 60) if mins else "+00:00")
        return abbr
    if not rule:
        L += ["BEGIN:STANDARD", "TZOFFSETFROM:" + off(so), "TZOFFSETTO:" + off(so),
              "TZNAME:" + nm(sabbr, so), "DTSTART:19700101T000000", "END:STANDARD"]
    else:
        if rule == "eu":
            dstart, drule = "19700329T%02d0000" % ((60 + so) // 60), "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
            sstart, srule = "19701025T%02d0000" % ((60 + do) // 60), "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
        elif rule == "us":
            dstart, drule = "19700308T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"
            sstart, srule = "19701101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"
        elif rule == "au":
            dstart, drule = "19701004T020000", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"
            sstart, srule = "19700405T030000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"
        else:
            dstart, drule = "19700327T020000", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR"
            sstart, srule = "19701025T020000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
        day = ["BEGIN:DAYLIGHT", "TZOFFSETFROM:" + off(so), "TZOFFSETTO:" + off(do),
               "TZNAME:" + nm(dabbr, do), "DTSTART:" + dstart, "RRULE:" + drule, "END:DAYLIGHT"]
        std = ["BEGIN:STANDARD", "TZOFFSETFROM:" + off(do), "TZOFFSETTO:" + off(so),
               "TZNAME:" + nm(sabbr, so), "DTSTART:" + sstart, "RRULE:" + srule, "END:STANDARD"]
        if style == "apple":
            # Calendar.app writes RRULE before DTSTART and alphabetical-ish order
            day = ["BEGIN:DAYLIGHT", "DTSTART:" + dstart, "RRULE:" + drule, "TZNAME:" + nm(dabbr, do),
                   "TZOFFSETFROM:" + off(so), "TZOFFSETTO:" + off(do), "END:DAYLIGHT"]
            std = ["BEGIN:STANDARD", "DTSTART:" + sstart, "RRULE:" + srule, "TZNAME:" + nm(sabbr, so),
                   "TZOFFSETFROM:" + off(do), "TZOFFSETTO:" + off(so), "END:STANDARD"]
        L += day + std if style in ("google", "apple", "sabre") else std + day
    L.append("END:VTIMEZONE")
    return L


class Event(dict):
    """Plain dict with defaults; keys documented in render_event."""

    def __init__(self, **kw):
        super().__init__(kind="VEVENT", summary="", desc=None, alt_html=None, location=None, url=None,
                         attach=[], conference=[], organizer=None, attendees=[], status="CONFIRMED",
                         seq=0, cls=None, priority=None, uid=None, created=None, dtstamp=None,
                         alarms=[], categories=None, x=[], recurrence_id=None, rrule=None, exdate=None,
                         start=None, end=None, allday=False, tzid=None, transp="OPAQUE", lang=None,
                         due=None, percent=None, geo=None, comment=None)
        self.update(kw)


def att_line(profile, a, method):
    """Render ATTENDEE in producer style. a: dict cn, addr, partstat, role, rsvp, cutype."""
    cn = a.get("cn") or a["addr"]
    ps = a.get("partstat", "NEEDS-ACTION")
    role = a.get("role", "REQ-PARTICIPANT")
    rsvp = "TRUE" if a.get("rsvp", True) else "FALSE"
    cu = a.get("cutype", "INDIVIDUAL")
    q = lambda s: '"%s"' % s if any(c in s for c in ",;:") else s
    if profile == "google":
        return "ATTENDEE;CUTYPE=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s" % (
            cu, role, ps, rsvp, q(cn), a["addr"])
    if profile in ("outlook", "exchange"):
        return "ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s:mailto:%s" % (role, ps, rsvp, q(cn), a["addr"])
    if profile in ("apple", "icloud"):
        return "ATTENDEE;CN=%s;CUTYPE=%s;EMAIL=%s;PARTSTAT=%s;ROLE=%s%s:mailto:%s" % (
            q(cn), cu, a["addr"], ps, role, ";RSVP=TRUE" if rsvp == "TRUE" and ps == "NEEDS-ACTION" else "",
            a["addr"])
    if profile == "mozilla":
        return "ATTENDEE;RSVP=%s;CN=%s;PARTSTAT=%s;ROLE=%s:mailto:%s" % (rsvp, q(cn), ps, role, a["addr"])
    if profile == "sabre":
        return "ATTENDEE;CN=%s;CUTYPE=%s;PARTSTAT=%s;ROLE=%s;RSVP=%s;LANGUAGE=%s;SCHEDULE-STATUS=1.1:mailto:%s" % (
            q(cn), cu, ps, role, rsvp, a.get("lang", "en"), a["addr"])
    if profile == "zimbra":
        return "ATTENDEE;CN=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s:mailto:%s" % (q(cn), role, ps, rsvp, a["addr"])
    if profile == "sogo":
        return "ATTENDEE;PARTSTAT=%s;RSVP=%s;ROLE=%s;CN=%s:mailto:%s" % (ps, rsvp, role, q(cn), a["addr"])
    if profile == "yahoo":
        return "ATTENDEE;CN=%s;PARTSTAT=%s;ROLE=%s;RSVP=%s:mailto:%s" % (q(cn), ps, role, rsvp, a["addr"])
    if profile == "plain":
        return "ATTENDEE;CN=%s:mailto:%s" % (q(cn), a["addr"])
    if profile == "bare":
        return "ATTENDEE:mailto:%s" % a["addr"]
    if profile == "upper":
        return "ATTENDEE;CN=%s;RSVP=TRUE:MAILTO:%s" % (q(cn), a["addr"])
    return "ATTENDEE;CN=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s:mailto:%s" % (q(cn), role, ps, rsvp, a["addr"])


def org_line(profile, o, sent_by=None):
    cn, addr = o
    q = lambda s: '"%s"' % s if any(c in s for c in ",;:") else s
    sb = ';SENT-BY="mailto:%s"' % sent_by if sent_by else ""
    if profile in ("apple", "icloud"):
        return "ORGANIZER;CN=%s;EMAIL=%s%s:mailto:%s" % (q(cn), addr, sb, addr)
    if profile == "mozilla":
        return "ORGANIZER;RSVP=TRUE;CN=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR%s:mailto:%s" % (q(cn), sb, addr)
    if profile == "upper":
        return "ORGANIZER;CN=%s:MAILTO:%s" % (q(cn), addr)
    if profile == "bare":
        return "ORGANIZER:mailto:%s" % addr
    if profile == "google" and not cn:
        return "ORGANIZER;CN=%s:mailto:%s" % (addr, addr)
    return "ORGANIZER;CN=%s%s:mailto:%s" % (q(cn or addr), sb, addr)


def dtprop(name, d, ev, timestyle, wintz=False):
    if d is None:
        return None
    if ev.get("allday"):
        return "%s;VALUE=DATE:%s" % (name, icsdate(d))
    if timestyle == "utc" or not ev.get("tzid"):
        if timestyle == "floating":
            return "%s:%s" % (name, icslocal(d))
        return "%s:%s" % (name, icsutc(d))
    tzid = ev["tzid"]
    loc = d.astimezone(tz(tzid))
    if wintz:
        return "%s;TZID=%s:%s" % (name, TZ[tzid][0], icslocal(loc))
    if timestyle == "quoted":
        return '%s;TZID="%s":%s' % (name, tzid, icslocal(loc))
    return "%s;TZID=%s:%s" % (name, tzid, icslocal(loc))


def render_alarm(profile, al, ev):
    trig = al.get("trigger", "-PT15M")
    act = al.get("action", "DISPLAY")
    desc = al.get("desc", "Reminder")
    if profile == "google":
        L = ["BEGIN:VALARM", "ACTION:" + act, "DESCRIPTION:" + ics_escape(desc), "TRIGGER:" + trig]
    elif profile in ("outlook", "exchange"):
        L = ["BEGIN:VALARM", "DESCRIPTION:" + ics_escape(desc), "TRIGGER;RELATED=START:" + trig, "ACTION:" + act]
    elif profile in ("apple", "icloud"):
        u = ruuid(True)
        L = ["BEGIN:VALARM", "ACTION:" + act, "DESCRIPTION:" + ics_escape(desc), "TRIGGER:" + trig,
             "UID:" + u, "X-WR-ALARMUID:" + u]
    else:
        L = ["BEGIN:VALARM", "TRIGGER:" + trig, "ACTION:" + act, "DESCRIPTION:" + ics_escape(desc)]
    if al.get("repeat"):
        L += ["REPEAT:%d" % al["repeat"], "DURATION:" + al.get("duration", "PT5M")]
    if act == "EMAIL" and al.get("attendee"):
        L += ["SUMMARY:" + ics_escape(al.get("summary", desc)), "ATTENDEE:mailto:" + al["attendee"]]
    if act == "AUDIO" and al.get("attach"):
        L += ["ATTACH;VALUE=URI:" + al["attach"]]
    L.append("END:VALARM")
    return L


def render_event(profile, ev, method, timestyle="tzid", esc=ics_escape, lang=None):
    """Return list of unfolded content lines for one component."""
    P = {}
    wintz = profile in ("outlook", "exchange")
    kind = ev.get("kind", "VEVENT")
    P["DTSTART"] = dtprop("DTSTART", ev["start"], ev, timestyle, wintz)
    if kind == "VTODO":
        P["DUE"] = dtprop("DUE", ev.get("due") or ev.get("end"), ev, timestyle, wintz)
    else:
        P["DTEND"] = dtprop("DTEND", ev.get("end"), ev, timestyle, wintz)
    if ev.get("rrule"):
        P["RRULE"] = "RRULE:" + ev["rrule"]
    if ev.get("exdate"):
        P["EXDATE"] = dtprop("EXDATE", ev["exdate"], ev, timestyle, wintz)
    if ev.get("recurrence_id"):
        P["RECURRENCE-ID"] = dtprop("RECURRENCE-ID", ev["recurrence_id"], ev, timestyle, wintz)
    P["DTSTAMP"] = "DTSTAMP:" + icsutc(ev["dtstamp"])
    if ev.get("created"):
        P["CREATED"] = "CREATED:" + icsutc(ev["created"])
        P["LAST-MODIFIED"] = "LAST-MODIFIED:" + icsutc(ev.get("modified") or ev["created"])
    if ev.get("organizer"):
        P["ORGANIZER"] = org_line(profile, ev["organizer"], ev.get("sent_by"))
    P["ATTENDEE"] = [att_line(profile, a, method) for a in ev.get("attendees", [])]
    P["UID"] = "UID:" + ev["uid"]
    lp = ";LANGUAGE=" + lang if (lang and wintz) else ""
    if ev.get("summary") is not None:
        P["SUMMARY"] = "SUMMARY%s:%s" % (lp, esc(ev["summary"]))
    if ev.get("desc") is not None:
        P["DESCRIPTION"] = "DESCRIPTION%s:%s" % (lp, esc(ev["desc"]))
    if ev.get("alt_html"):
        P["X-ALT-DESC"] = "X-ALT-DESC;FMTTYPE=text/html:" + esc(ev["alt_html"])
    if ev.get("location") is not None:
        P["LOCATION"] = "LOCATION%s:%s" % (lp, esc(ev["location"]))
    if ev.get("url"):
        P["URL"] = ("URL;VALUE=URI:" if profile in ("apple", "icloud") else "URL:") + ev["url"]
    P["ATTACH"] = []
    for params, val in ev.get("attach", []):
        P["ATTACH"].append("ATTACH%s:%s" % (params, val))
    P["CONFERENCE"] = []
    for label, uri in ev.get("conference", []):
        P["CONFERENCE"].append("CONFERENCE;VALUE=URI;FEATURE=VIDEO,AUDIO;LABEL=%s:%s" % (label, uri))
    P["SEQUENCE"] = "SEQUENCE:%d" % ev.get("seq", 0)
    if ev.get("status"):
        P["STATUS"] = "STATUS:" + ev["status"]
    if kind == "VEVENT" and ev.get("transp"):
        P["TRANSP"] = "TRANSP:" + ev["transp"]
    if ev.get("cls"):
        P["CLASS"] = "CLASS:" + ev["cls"]
    if ev.get("priority") is not None:
        P["PRIORITY"] = "PRIORITY:%d" % ev["priority"]
    if ev.get("categories"):
        P["CATEGORIES"] = "CATEGORIES:" + ev["categories"]
    if ev.get("geo"):
        P["GEO"] = "GEO:%.6f;%.6f" % ev["geo"]
    if ev.get("comment"):
        P["COMMENT"] = "COMMENT:" + esc(ev["comment"])
    if ev.get("percent") is not None:
        P["PERCENT-COMPLETE"] = "PERCENT-COMPLETE:%d" % ev["percent"]
    X = list(ev.get("x", []))
    alarms = []
    for al in ev.get("alarms", []):
        alarms += render_alarm(profile, al, ev)

    orders = {
        "google": ["DTSTART", "DTEND", "DUE", "RRULE", "EXDATE", "RECURRENCE-ID", "DTSTAMP", "ORGANIZER", "UID",
                   "ATTENDEE", "X", "CREATED", "DESCRIPTION", "LAST-MODIFIED", "LOCATION", "SEQUENCE",
                   "STATUS", "SUMMARY", "TRANSP", "URL", "ATTACH", "CONFERENCE", "X-ALT-DESC", "CLASS",
                   "PRIORITY", "CATEGORIES", "GEO", "COMMENT", "PERCENT-COMPLETE"],
        "exchange": ["ORGANIZER", "ATTENDEE", "DESCRIPTION", "RRULE", "EXDATE", "RECURRENCE-ID", "UID", "SUMMARY",
                     "DTSTART", "DTEND", "DUE", "CLASS", "PRIORITY", "DTSTAMP", "TRANSP", "STATUS", "SEQUENCE",
                     "LOCATION", "URL", "ATTACH", "CONFERENCE", "COMMENT", "X", "X-ALT-DESC", "CATEGORIES", "GEO",
                     "CREATED", "LAST-MODIFIED", "PERCENT-COMPLETE"],
        "apple": ["ATTACH", "ATTENDEE", "CATEGORIES", "CLASS", "COMMENT", "CONFERENCE", "CREATED", "DESCRIPTION",
                  "DTEND", "DUE", "DTSTAMP", "DTSTART", "EXDATE", "GEO", "LAST-MODIFIED", "LOCATION", "ORGANIZER",
                  "PERCENT-COMPLETE", "PRIORITY", "RECURRENCE-ID", "RRULE", "SEQUENCE", "STATUS", "SUMMARY",
                  "TRANSP", "UID", "URL", "X-ALT-DESC", "X"],
        "mozilla": ["CREATED", "LAST-MODIFIED", "DTSTAMP", "UID", "SUMMARY", "ORGANIZER", "ATTENDEE", "RRULE",
                    "EXDATE", "RECURRENCE-ID", "DTSTART", "DTEND", "DUE", "PERCENT-COMPLETE", "DESCRIPTION",
                    "LOCATION", "URL", "ATTACH", "CONFERENCE", "CATEGORIES", "CLASS", "PRIORITY", "STATUS",
                    "SEQUENCE", "TRANSP", "GEO", "COMMENT", "X-ALT-DESC", "X"],
        "sabre": ["CREATED", "DTSTAMP", "LAST-MODIFIED", "SEQUENCE", "UID", "DTSTART", "DTEND", "DUE", "RRULE",
                  "EXDATE", "RECURRENCE-ID", "STATUS", "SUMMARY", "LOCATION", "DESCRIPTION", "URL", "ATTACH",
                  "CONFERENCE", "CATEGORIES", "CLASS", "PRIORITY", "TRANSP", "ORGANIZER", "ATTENDEE", "GEO",
                  "COMMENT", "PERCENT-COMPLETE", "X-ALT-DESC", "X"],
        "zimbra": ["UID", "RRULE", "EXDATE", "RECURRENCE-ID", "SUMMARY", "LOCATION", "ATTENDEE", "ORGANIZER",
                   "DTSTART", "DTEND", "DUE", "STATUS", "CLASS", "X", "TRANSP", "LAST-MODIFIED", "DTSTAMP",
                   "SEQUENCE", "DESCRIPTION", "X-ALT-DESC", "URL", "ATTACH", "CONFERENCE", "CATEGORIES",
                   "PRIORITY", "GEO", "COMMENT", "CREATED", "PERCENT-COMPLETE"],
        "sogo": ["UID", "SUMMARY", "LOCATION", "CLASS", "X", "TRANSP", "DTSTART", "DTEND", "DUE", "RRULE", "EXDATE",
                 "RECURRENCE-ID", "CREATED", "DTSTAMP", "LAST-MODIFIED", "ORGANIZER", "ATTENDEE", "SEQUENCE",
                 "DESCRIPTION", "URL", "ATTACH", "CONFERENCE", "STATUS", "CATEGORIES", "PRIORITY", "GEO",
                 "COMMENT", "X-ALT-DESC", "PERCENT-COMPLETE"],
        "booking": ["UID", "DTSTAMP", "DTSTART", "DTEND", "DUE", "RRULE", "EXDATE", "RECURRENCE-ID", "SUMMARY",
                    "DESCRIPTION", "LOCATION", "GEO", "URL", "ATTACH", "CONFERENCE", "STATUS", "ORGANIZER",
                    "ATTENDEE", "SEQUENCE", "CLASS", "PRIORITY", "TRANSP", "CATEGORIES", "COMMENT", "CREATED",
                    "LAST-MODIFIED", "X-ALT-DESC", "PERCENT-COMPLETE", "X"],
        "spam": ["UID", "SUMMARY", "DESCRIPTION", "X-ALT-DESC", "DTSTART", "DTEND", "DUE", "RRULE", "EXDATE",
                 "RECURRENCE-ID", "LOCATION", "URL", "ATTACH", "CONFERENCE", "ORGANIZER", "ATTENDEE", "DTSTAMP",
                 "STATUS", "SEQUENCE", "CLASS", "PRIORITY", "TRANSP", "CATEGORIES", "GEO", "COMMENT", "CREATED",
                 "LAST-MODIFIED", "PERCENT-COMPLETE", "X"],
    }
    key = {"outlook": "exchange", "icloud": "apple", "yahoo": "booking", "zoom": "booking",
           "plain": "spam", "bare": "spam", "upper": "spam"}.get(profile, profile)
    order = ev.get("order") or orders.get(key, orders["booking"])
    if ev.get("shuffle"):
        order = order[:]
        R.shuffle(order)
    out = ["BEGIN:" + kind]
    for k in order:
        if k == "X":
            out += X
            continue
        v = P.get(k)
        if not v:
            continue
        if isinstance(v, list):
            out += v
        else:
            out.append(v)
    out += alarms
    out.append("END:" + kind)
    return out


def render_calendar(profile, prodid, method, events, tzstyle="olson", timestyle="tzid", header_extra=None,
                    fold_limit=75, fold_mode="utf8", esc=ics_escape, version_first=False, lang=None,
                    tz_after=False, calscale=True, lf=False, method_line=True, tzname_style="abbr",
                    include_tz=True):
    """Return the full iCalendar text (CRLF) for the given events."""
    H = ["BEGIN:VCALENDAR"]
    head = []
    if profile in ("outlook", "exchange"):
        head = (["METHOD:" + method] if method and method_line else []) + ["PRODID:" + prodid, "VERSION:2.0"]
    elif profile in ("apple", "icloud"):
        head = (["METHOD:" + method] if method and method_line else []) + ["PRODID:" + prodid, "VERSION:2.0"]
        if calscale:
            head.append("CALSCALE:GREGORIAN")
    elif profile == "sabre":
        head = ["VERSION:2.0"] + (["CALSCALE:GREGORIAN"] if calscale else []) + ["PRODID:" + prodid] + \
               (["METHOD:" + method] if method and method_line else [])
    elif profile == "zimbra":
        head = ["X-WR-CALNAME:Calendar"] if chance(0.2) else []
        head += ["PRODID:" + prodid, "VERSION:2.0"] + (["METHOD:" + method] if method and method_line else [])
    else:
        head = ["PRODID:" + prodid, "VERSION:2.0"]
        if version_first:
            head = ["VERSION:2.0", "PRODID:" + prodid]
        if calscale:
            head.append("CALSCALE:GREGORIAN")
        if method and method_line:
            head.append("METHOD:" + method)
    H += head
    if header_extra:
        H += header_extra
    tzs = []
    if include_tz and timestyle != "utc":
        for ev in events:
            t = ev.get("tzid")
            if t and not ev.get("allday") and t not in tzs:
                tzs.append(t)
    style = {"outlook": "windows", "exchange": "windows", "google": "google", "apple": "apple",
             "icloud": "apple", "mozilla": "mozilla", "sabre": "sabre"}.get(profile, tzstyle)
    if style == "windows" and profile not in ("outlook", "exchange"):
        style = "windows"
    TZL = []
    for t in tzs:
        TZL += vtimezone(t, style, tzname_style)
    body = []
    for ev in events:
        body += render_event(profile, ev, method, timestyle, esc, lang)
    H += (body + TZL) if tz_after else (TZL + body)
    H.append("END:VCALENDAR")
    sep = "\n " if lf else "\r\n "
    if fold_mode == "none":
        lines = H
    else:
        lines = [fold(l, fold_limit, sep, bytewise_sloppy=(fold_mode == "bytes")) for l in H]
    nl = "\n" if lf else "\r\n"
    return nl.join(lines) + nl
