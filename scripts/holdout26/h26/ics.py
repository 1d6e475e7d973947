"""iCalendar object builders, one per client family."""
import datetime as dt
import uuid

from .core import (ics_escape, fold_ics, f_utc, f_loc, f_date, vtimezone, utcoffset, TZ)


def cnq(name):
    if any(c in name for c in ':;,"'):
        return '"%s"' % name.replace('"', "'")
    return name


def to_utc(m, local):
    return local - dt.timedelta(minutes=utcoffset(m.tz, local))


def desc_text(m):
    return m.ics_desc if m.ics_desc is not None else m.desc


def _alarms(m, style):
    out = []
    for i, trig in enumerate(m.alarms):
        if style == "google":
            out += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                    "TRIGGER:" + trig, "END:VALARM"]
        elif style == "ms":
            out += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:" + trig,
                    "ACTION:DISPLAY", "END:VALARM"]
        elif style == "apple":
            u = str(uuid.UUID(int=m.rng.getrandbits(128))).upper()
            out += ["BEGIN:VALARM", "X-WR-ALARMUID:" + u, "UID:" + u, "TRIGGER:" + trig,
                    "DESCRIPTION:" + ics_escape(m.summary), "ACTION:DISPLAY", "END:VALARM"]
        elif style == "moz":
            out += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DURATION:" + trig,
                    "DESCRIPTION:Default Mozilla Description", "END:VALARM"]
        elif style == "spam":
            desc = m.alarm_desc[i % len(m.alarm_desc)] if m.alarm_desc else m.summary
            out += ["BEGIN:VALARM", "TRIGGER:" + trig, "ACTION:DISPLAY",
                    "DESCRIPTION:" + ics_escape(desc), "END:VALARM"]
        else:
            out += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:" + trig,
                    "DESCRIPTION:" + ics_escape(m.summary), "END:VALARM"]
    return out


def _dt(m, prop, local, mode, style=None):
    """mode: utc | tzid | float | date"""
    if m.allday or mode == "date":
        d = local.date() if isinstance(local, dt.datetime) else local
        return "%s;VALUE=DATE:%s" % (prop, f_date(d))
    if mode == "utc":
        return "%s:%s" % (prop, f_utc(to_utc(m, local)))
    if mode == "float":
        return "%s:%s" % (prop, f_loc(local))
    tzid = TZ[m.tz][5] if style == "ms" else m.tz
    return "%s;TZID=%s:%s" % (prop, tzid if " " not in tzid or style != "quote" else '"%s"' % tzid, f_loc(local))


def _end(m):
    if m.allday:
        return m.start + dt.timedelta(days=max(1, (m.end - m.start).days or 1))
    return m.end


def _attachments(m, style):
    out = []
    for a in m.attach:
        if style == "google":
            out.append("ATTACH;FILENAME=%s:%s" % (cnq(a.get("name", "Document")), a["url"]))
        elif style == "ms":
            out.append("ATTACH:%s" % a["url"])
        else:
            fm = a.get("fmttype")
            out.append("ATTACH%s:%s" % (";FMTTYPE=" + fm if fm else "", a["url"]))
    return out


def _conf(m, style):
    if not m.conf:
        return []
    c = m.conf
    if style == "google" and c.get("kind") == "meet":
        return ["X-GOOGLE-CONFERENCE:" + c["url"]]
    if style == "rfc7986":
        return ["CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=%s:%s" % (cnq(c.get("label", "Join")), c["url"])]
    return []


def _extra_events(m, builder):
    out = []
    for ev in m.extra_events:
        out += builder(ev)
    return out


def wrap(m, head, events, tzs=(), tail=()):
    lines = ["BEGIN:VCALENDAR"] + head + list(tzs) + events + list(tail) + ["END:VCALENDAR"]
    return lines


def rrule_line(m):
    return ["RRULE:" + m.rrule] if m.rrule else []


def partstat_for(m, a):
    return a.get("partstat", "NEEDS-ACTION")


# ---------------------------------------------------------------- Google
def ics_google(m):
    L = []
    recurring = bool(m.rrule) or m.force_tz
    mode = "tzid" if recurring else "utc"
    head = ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if m.method:
        head.append("METHOD:" + m.method)
    tzs = vtimezone(m.tz, "google") if mode == "tzid" and not m.allday else []
    ev = ["BEGIN:VEVENT", _dt(m, "DTSTART", m.start, mode), _dt(m, "DTEND", _end(m), mode)]
    ev += rrule_line(m)
    ev.append("DTSTAMP:" + f_utc(m.dtstamp))
    ev.append("ORGANIZER;CN=%s:mailto:%s" % (cnq(m.org[0] or m.org[1]), m.org[1]))
    ev.append("UID:" + m.uid)
    for a in m.attendees:
        ev.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s" % (
            a.get("role", "REQ-PARTICIPANT"), partstat_for(m, a), "TRUE" if a.get("rsvp", True) else "FALSE",
            cnq(a.get("name") or a["addr"]), a["addr"]))
    ev += _attachments(m, "google")
    if m.year >= 2019:
        ev.append("X-MICROSOFT-CDO-OWNERAPPTID:%d" % m.rng.randint(-2147483647, 2147483647))
    ev.append("CREATED:" + f_utc(m.created))
    ev.append("DESCRIPTION:" + ics_escape(desc_text(m)))
    ev += _conf(m, "google")
    ev.append("LAST-MODIFIED:" + f_utc(m.dtstamp))
    ev.append("LOCATION:" + ics_escape(m.loc))
    ev.append("SEQUENCE:%d" % m.seq)
    ev.append("STATUS:" + m.status)
    ev.append("SUMMARY:" + ics_escape(m.summary))
    ev.append("TRANSP:" + m.transp)
    ev += m.xprops
    ev += _alarms(m, "google")
    ev.append("END:VEVENT")
    ev += _extra_events(m, lambda e: _simple_event(m, e, "utc"))
    return fold_ics(wrap(m, head, ev, tzs), m.fold_width or 75)


def _simple_event(m, e, mode):
    st, en = e["start"], e["end"]
    out = ["BEGIN:VEVENT"]
    if mode == "utc":
        out += ["DTSTART:" + f_utc(to_utc(m, st)), "DTEND:" + f_utc(to_utc(m, en))]
    elif mode == "date":
        out += ["DTSTART;VALUE=DATE:" + f_date(st), "DTEND;VALUE=DATE:" + f_date(en)]
    else:
        out += ["DTSTART;TZID=%s:%s" % (m.tz, f_loc(st)), "DTEND;TZID=%s:%s" % (m.tz, f_loc(en))]
    out += ["DTSTAMP:" + f_utc(m.dtstamp), "UID:" + e["uid"], "SUMMARY:" + ics_escape(e["summary"])]
    if e.get("loc"):
        out.append("LOCATION:" + ics_escape(e["loc"]))
    if e.get("desc"):
        out.append("DESCRIPTION:" + ics_escape(e["desc"]))
    if e.get("url"):
        out.append("URL:" + e["url"])
    out += e.get("xprops", [])
    out.append("END:VEVENT")
    return out


# ---------------------------------------------------------------- Microsoft
def ics_ms(m, olk=False):
    head = []
    if m.method:
        head.append("METHOD:" + m.method)
    head += ["PRODID:" + (m.prodid or ("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN" if olk
                                      else "Microsoft Exchange Server 2010")), "VERSION:2.0"]
    if olk:
        head += ["X-MS-OLK-FORCEINSPECTOROPEN:TRUE"]
    tzs = [] if m.allday else vtimezone(m.tz, "ms")
    lang = m.ms_lang
    ev = ["BEGIN:VEVENT"]
    if m.method != "REPLY":
        ev.append("ORGANIZER;CN=%s:mailto:%s" % (cnq(m.org[0] or m.org[1]), m.org[1]))
    for a in m.attendees:
        ev.append("ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s:mailto:%s" % (
            a.get("role", "REQ-PARTICIPANT"), partstat_for(m, a), "TRUE" if a.get("rsvp", True) else "FALSE",
            cnq(a.get("name") or a["addr"]), a["addr"]))
    if m.method == "REPLY":
        ev.append("ORGANIZER;CN=%s:mailto:%s" % (cnq(m.org[0] or m.org[1]), m.org[1]))
        if m.comment:
            ev.append("COMMENT;LANGUAGE=%s:%s" % (lang, ics_escape(m.comment)))
    if m.method not in ("REPLY",):
        ev.append("DESCRIPTION;LANGUAGE=%s:%s" % (lang, ics_escape(desc_text(m))))
    ev += rrule_line(m)
    ev.append("UID:" + m.uid)
    if m.method != "REPLY":
        ev.append("SUMMARY;LANGUAGE=%s:%s" % (lang, ics_escape(m.summary)))
    else:
        ev.append("SUMMARY;LANGUAGE=%s:%s" % (lang, ics_escape(m.subject_prefix_reply + m.summary)))
    if m.allday:
        ev += [_dt(m, "DTSTART", m.start, "date"), _dt(m, "DTEND", _end(m), "date")]
    else:
        ev += [_dt(m, "DTSTART", m.start, "tzid", "ms"), _dt(m, "DTEND", _end(m), "tzid", "ms")]
    ev += ["CLASS:" + m.klass, "PRIORITY:%d" % m.priority, "DTSTAMP:" + f_utc(m.dtstamp),
           "TRANSP:" + m.transp, "STATUS:" + m.status, "SEQUENCE:%d" % m.seq]
    if m.method != "REPLY":
        ev.append("LOCATION;LANGUAGE=%s:%s" % (lang, ics_escape(m.loc)))
    ev += _attachments(m, "ms")
    ev += ["X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % m.seq]
    if m.method != "REPLY":
        ev.append("X-MICROSOFT-CDO-OWNERAPPTID:%d" % m.rng.randint(-2147483647, 2147483647))
        ev.append("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE")
    else:
        ev.append("X-MICROSOFT-CDO-BUSYSTATUS:BUSY")
    ev += ["X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if m.transp == "TRANSPARENT" else "BUSY"),
           "X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if m.allday else "FALSE"),
           "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if m.rrule else 0)]
    if m.teams_url and m.method != "REPLY":
        ev.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + m.teams_url)
        ev.append("X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/%s/%s/19_meeting_%s@thread.v2/0"
                  % (m.tenant_guid, m.user_guid, m.teams_thread))
        ev.append("X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting_%s@thread.v2\"\\,\"private\":true\\,\"type\":0\\,\"mid\":0\\,\"rid\":0\\,\"uid\":null}" % m.teams_thread)
        ev.append("X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s" % (
            m.org[1], m.teams_thread, m.user_guid, m.tenant_guid))
        ev.append("X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}")
    if olk:
        ev += ["X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOFILLLOCATION:FALSE", "X-MS-OLK-CONFTYPE:0"]
        if m.rng.random() < 0.5:
            ev.append("X-MS-OLK-SENDER:mailto:" + m.frm[1])
    else:
        ev += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
        if m.year >= 2020:
            ev += ["X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
        if m.loc and m.year >= 2019 and m.method != "REPLY":
            ev.append('X-MICROSOFT-LOCATIONS:[ { "DisplayName" : "%s"\\, "LocationAnnotation" : ""\\, "LocationSource" : 0\\, "Unresolved" : false\\, "LocationUri" : "" } ]'
                      % m.loc.replace('"', "'").replace(",", "\\,").replace(";", "\\;"))
    if m.xalt and olk:
        ev.append("X-ALT-DESC;FMTTYPE=text/html:" + ics_escape(m.xalt.replace("\n", "")))
    ev += m.xprops
    if m.method not in ("REPLY", "CANCEL"):
        ev += _alarms(m, "ms")
    ev.append("END:VEVENT")
    return fold_ics(wrap(m, head, ev, tzs), m.fold_width or 75)


# ---------------------------------------------------------------- Apple
def ics_apple(m, server=False):
    if server:
        head = ["VERSION:2.0", "PRODID:-//CALENDARSERVER.ORG//NONSGML Version 1//EN"]
        if m.method:
            head.append("METHOD:" + m.method)
    else:
        head = []
        if m.method:
            head.append("METHOD:" + m.method)
        head += ["VERSION:2.0", "PRODID:" + m.apple_prodid, "CALSCALE:GREGORIAN"]
    tzs = [] if m.allday else vtimezone(m.tz, "apple")
    ev = ["BEGIN:VEVENT"]
    for a in ([{"name": m.org[0], "addr": m.org[1], "partstat": "ACCEPTED", "role": "CHAIR", "rsvp": False,
                "org": True}] if m.method != "REPLY" else []) + m.attendees:
        if a.get("org"):
            ev.append('ATTENDEE;CN="%s";CUTYPE=INDIVIDUAL;EMAIL="%s";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s' % (
                (a["name"] or a["addr"]).replace('"', ""), a["addr"], a["addr"]))
        else:
            ev.append('ATTENDEE;CN="%s";CUTYPE=INDIVIDUAL;EMAIL="%s";PARTSTAT=%s;ROLE=%s%s:mailto:%s' % (
                (a.get("name") or a["addr"]).replace('"', ""), a["addr"], partstat_for(m, a),
                a.get("role", "REQ-PARTICIPANT"), ";RSVP=TRUE" if a.get("rsvp", True) else "", a["addr"]))
    ev.append("CREATED:" + f_utc(m.created))
    ev.append("DESCRIPTION:" + ics_escape(desc_text(m)))
    ev.append(_dt(m, "DTEND", _end(m), "tzid"))
    ev.append(_dt(m, "DTSTART", m.start, "tzid"))
    ev.append("DTSTAMP:" + f_utc(m.dtstamp))
    ev.append("LAST-MODIFIED:" + f_utc(m.dtstamp))
    if m.loc:
        ev.append("LOCATION:" + ics_escape(m.loc))
    ev.append('ORGANIZER;CN="%s";EMAIL="%s":mailto:%s' % ((m.org[0] or m.org[1]).replace('"', ""), m.org[1], m.org[1]))
    ev += rrule_line(m)
    ev += ["SEQUENCE:%d" % m.seq, "SUMMARY:" + ics_escape(m.summary), "TRANSP:" + m.transp, "UID:" + m.uid]
    if m.url:
        ev.append("URL;VALUE=URI:" + m.url)
    ev += _attachments(m, "apple")
    ev += ["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"]
    if m.status == "CANCELLED":
        ev.append("STATUS:CANCELLED")
    ev += m.xprops
    ev += _alarms(m, "apple")
    ev.append("END:VEVENT")
    ev += _extra_events(m, lambda e: _simple_event(m, e, "tzid"))
    return fold_ics(wrap(m, head, ev, tzs), m.fold_width or 75)


# ---------------------------------------------------------------- Mozilla
def ics_moz(m):
    head = ["PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0"]
    if m.method:
        head.append("METHOD:" + m.method)
    tzs = [] if m.allday else vtimezone(m.tz, "moz")
    ev = ["BEGIN:VEVENT", "CREATED:" + f_utc(m.created), "LAST-MODIFIED:" + f_utc(m.dtstamp),
          "DTSTAMP:" + f_utc(m.dtstamp), "UID:" + m.uid, "SUMMARY:" + ics_escape(m.summary)]
    ev.append("ORGANIZER;RSVP=TRUE;CN=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s" % (cnq(m.org[0] or m.org[1]), m.org[1]))
    for a in m.attendees:
        ev.append("ATTENDEE;RSVP=%s;CN=%s;PARTSTAT=%s;ROLE=%s:mailto:%s" % (
            "TRUE" if a.get("rsvp", True) else "FALSE", cnq(a.get("name") or a["addr"]), partstat_for(m, a),
            a.get("role", "REQ-PARTICIPANT"), a["addr"]))
    ev += rrule_line(m)
    ev += [_dt(m, "DTSTART", m.start, "tzid"), _dt(m, "DTEND", _end(m), "tzid")]
    if m.loc:
        ev.append("LOCATION:" + ics_escape(m.loc))
    if desc_text(m):
        ev.append("DESCRIPTION:" + ics_escape(desc_text(m)))
    if m.url:
        ev.append("URL:" + m.url)
    ev += _attachments(m, "moz")
    if m.status == "CANCELLED":
        ev.append("STATUS:CANCELLED")
    ev += ["SEQUENCE:%d" % m.seq, "TRANSP:" + m.transp, "X-MOZ-SEND-INVITATIONS:TRUE",
           "X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE"]
    if m.seq:
        ev.append("X-MOZ-GENERATION:%d" % (m.seq + 1))
    ev += m.xprops
    ev += _alarms(m, "moz")
    ev.append("END:VEVENT")
    return fold_ics(wrap(m, head, ev, tzs), m.fold_width or 75)


# ---------------------------------------------------------------- Sabre / Nextcloud, SOGo, Zimbra, Yahoo
def ics_generic(m, flavour):
    if flavour == "sabre":
        head = ["VERSION:2.0", "PRODID:-//Sabre//Sabre VObject %s//EN" % m.sabre_ver, "CALSCALE:GREGORIAN"]
        tzstyle = "olson"
    elif flavour == "sogo":
        head = ["VERSION:2.0", "PRODID:-//Inverse inc./SOGo %s//EN" % m.sogo_ver]
        tzstyle = "olson"
    elif flavour == "zimbra":
        head = ["X-WR-CALNAME:Calendar", "PRODID:Zimbra-Calendar-Provider", "VERSION:2.0"]
        tzstyle = "olson"
    else:  # yahoo
        head = ["PRODID:-//Yahoo//Yahoo Calendar//EN", "VERSION:2.0"]
        tzstyle = "olson"
    if m.method:
        head.append("METHOD:" + m.method)
    tzs = [] if m.allday else vtimezone(m.tz, tzstyle)
    ev = ["BEGIN:VEVENT"]
    if flavour == "zimbra":
        ev.append("UID:" + m.uid)
        ev.append("SUMMARY:" + ics_escape(m.summary))
        for a in m.attendees:
            ev.append("ATTENDEE;CN=%s;ROLE=%s;PARTSTAT=%s;RSVP=TRUE:mailto:%s" % (
                cnq(a.get("name") or a["addr"]), a.get("role", "REQ-PARTICIPANT"), partstat_for(m, a), a["addr"]))
        ev.append("ORGANIZER;CN=%s:mailto:%s" % (cnq(m.org[0] or m.org[1]), m.org[1]))
        ev += ["DTSTART" + _dt(m, "", m.start, "tzid")[0:], "DTEND" + _dt(m, "", _end(m), "tzid")]
        ev += rrule_line(m)
        ev += ["STATUS:" + m.status, "CLASS:" + m.klass, "X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if m.allday else "FALSE"),
               "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "TRANSP:" + m.transp, "LAST-MODIFIED:" + f_utc(m.dtstamp),
               "DTSTAMP:" + f_utc(m.dtstamp), "SEQUENCE:%d" % m.seq]
        if m.loc:
            ev.insert(3, "LOCATION:" + ics_escape(m.loc))
        if desc_text(m):
            ev.append("DESCRIPTION:" + ics_escape(desc_text(m)))
    else:
        ev += ["UID:" + m.uid, "DTSTAMP:" + f_utc(m.dtstamp)]
        if flavour == "sabre":
            ev.append("CREATED:" + f_utc(m.created))
            ev.append("LAST-MODIFIED:" + f_utc(m.dtstamp))
            ev.append("SEQUENCE:%d" % m.seq)
        ev += [_dt(m, "DTSTART", m.start, "tzid"), _dt(m, "DTEND", _end(m), "tzid")]
        ev += rrule_line(m)
        ev.append("SUMMARY:" + ics_escape(m.summary))
        if m.loc:
            ev.append("LOCATION:" + ics_escape(m.loc))
        if desc_text(m):
            ev.append("DESCRIPTION:" + ics_escape(desc_text(m)))
        if m.url:
            ev.append("URL;VALUE=URI:" + m.url if flavour == "sabre" else "URL:" + m.url)
        ev.append("STATUS:" + m.status)
        ev.append("TRANSP:" + m.transp)
        if flavour == "sogo":
            ev += ["CLASS:" + m.klass, "SEQUENCE:%d" % m.seq, "X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:YES"]
        elif flavour == "yahoo":
            ev += ["CLASS:" + m.klass, "SEQUENCE:%d" % m.seq, "X-YAHOO-YID:%s" % m.org[1].split("@")[0]]
        ev.append("ORGANIZER;CN=%s:mailto:%s" % (cnq(m.org[0] or m.org[1]), m.org[1]))
        for a in m.attendees:
            ev.append("ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;PARTSTAT=%s;ROLE=%s;RSVP=TRUE:mailto:%s" % (
                cnq(a.get("name") or a["addr"]), partstat_for(m, a), a.get("role", "REQ-PARTICIPANT"), a["addr"]))
    ev += _attachments(m, flavour)
    ev += _conf(m, "rfc7986" if flavour == "sabre" else "")
    ev += m.xprops
    ev += _alarms(m, "generic")
    ev.append("END:VEVENT")
    return fold_ics(wrap(m, head, ev, tzs), m.fold_width or 75)


# ---------------------------------------------------------------- Zoom
def ics_zoom(m):
    head = ["PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if m.method:
        head.append("METHOD:" + m.method)
    tzs = vtimezone(m.tz, "olson")
    ev = ["BEGIN:VEVENT", "DTSTAMP:" + f_utc(m.dtstamp), _dt(m, "DTSTART", m.start, "tzid"),
          _dt(m, "DTEND", _end(m), "tzid"), "SUMMARY:" + ics_escape(m.summary), "UID:" + m.uid,
          "TZID:" + m.tz, "DESCRIPTION:" + ics_escape(desc_text(m)), "LOCATION:" + ics_escape(m.loc),
          "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT"]
    ev = ev[:-6] + m.xprops + ev[-6:]
    return fold_ics(wrap(m, head, ev, tzs), m.fold_width or 75)


# ---------------------------------------------------------------- booking engines / hand-rolled tools
def ics_tool(m):
    """Configurable generic writer for booking engines, web apps and spam tools.
    m.tool: dict(prodid, method, tz ('utc'|'tzid'|'float'), order, fold, esc_commas, extra_head,
                 attendee ('full'|'plain'|'none'), organizer (bool), eol)"""
    t = m.tool
    head = []
    if t.get("prodid") is not None:
        head.append("PRODID:" + t["prodid"])
    head.append("VERSION:2.0")
    if t.get("calscale"):
        head.append("CALSCALE:GREGORIAN")
    meth = t.get("method", m.method)
    if meth:
        if t.get("method_first"):
            head.insert(0, "METHOD:" + meth)
        else:
            head.append("METHOD:" + meth)
    head += t.get("extra_head", [])
    mode = t.get("tz", "utc")
    tzs = vtimezone(m.tz, t.get("tzstyle", "olson")) if mode == "tzid" and not m.allday else []
    commas = t.get("esc_commas", True)
    ev = ["BEGIN:" + m.comp, "UID:" + m.uid, "DTSTAMP:" + f_utc(m.dtstamp)]
    if m.comp == "VTODO":
        ev.append(_dt(m, "DTSTART", m.start, mode))
        ev.append(_dt(m, "DUE", _end(m), mode))
    else:
        ev.append(_dt(m, "DTSTART", m.start, mode))
        if not t.get("no_end"):
            if t.get("duration"):
                mins = int((m.end - m.start).total_seconds() // 60)
                ev.append("DURATION:PT%dM" % mins)
            else:
                ev.append(_dt(m, "DTEND", _end(m), mode))
    ev += rrule_line(m)
    ev.append("SUMMARY:" + ics_escape(m.summary, commas))
    d = desc_text(m)
    if d:
        ev.append("DESCRIPTION:" + ics_escape(d, commas))
    if m.loc:
        ev.append("LOCATION:" + ics_escape(m.loc, commas))
    if m.url:
        ev.append("URL:" + m.url)
    if m.geo:
        ev.append("GEO:%s" % m.geo)
    if t.get("organizer", True) and m.org:
        if m.org[0]:
            ev.append("ORGANIZER;CN=%s:mailto:%s" % (cnq(m.org[0]), m.org[1]))
        else:
            ev.append("ORGANIZER:mailto:%s" % m.org[1])
    att = t.get("attendee", "full")
    for a in m.attendees:
        if att == "full":
            ev.append("ATTENDEE;CN=%s;ROLE=%s;PARTSTAT=%s;RSVP=TRUE:mailto:%s" % (
                cnq(a.get("name") or a["addr"]), a.get("role", "REQ-PARTICIPANT"), partstat_for(m, a), a["addr"]))
        elif att == "plain":
            ev.append("ATTENDEE;RSVP=TRUE:mailto:%s" % a["addr"])
        elif att == "upper":
            ev.append("ATTENDEE;RSVP=TRUE:MAILTO:%s" % a["addr"])
    if m.status and t.get("status", True):
        ev.append("STATUS:" + m.status)
    if t.get("seq", True):
        ev.append("SEQUENCE:%d" % m.seq)
    if m.categories:
        ev.append("CATEGORIES:" + ",".join(m.categories))
    if m.comp == "VTODO":
        ev.append("PRIORITY:%d" % m.priority)
    ev += _attachments(m, "tool")
    ev += _conf(m, "rfc7986" if t.get("conference") else "")
    if m.xalt:
        ev.append("X-ALT-DESC;FMTTYPE=text/html:" + m.xalt.replace("\n", "").replace(",", "\\," if commas else ","))
    ev += m.xprops
    ev += _alarms(m, "spam" if m.alarm_desc else "generic")
    ev.append("END:" + m.comp)
    ev += _extra_events(m, lambda e: _simple_event(m, e, mode if mode != "tzid" else "tzid"))
    lines = wrap(m, head, ev, tzs)
    return fold_ics(lines, t.get("fold", 75), t.get("cont", " "), t.get("eol", "\r\n"))
