"""iCalendar writers imitating the output of several calendar clients."""
from h19util import (esc, f_utc, f_loc, f_date, local_to_utc, vtimezone, TZ, join_ics)
import datetime as dt


def _p(v):
    """quote a parameter value if needed"""
    if any(c in v for c in ',;:'):
        return '"%s"' % v.replace('"', '')
    return v


def dtl(ev, mode, name="DTSTART", val=None):
    if val is None:
        val = ev["start"] if name == "DTSTART" else ev["end"]
    if ev.get("allday"):
        return "%s;VALUE=DATE:%s" % (name, f_date(val))
    tz = ev["tz"]
    if mode == "utc":
        return "%s:%s" % (name, f_utc(local_to_utc(tz, val)))
    if mode == "float":
        return "%s:%s" % (name, f_loc(val))
    if mode == "tzid":
        return "%s;TZID=%s:%s" % (name, tz, f_loc(val))
    if mode == "tzidq":
        return '%s;TZID="%s":%s' % (name, tz, f_loc(val))
    if mode == "ms":
        return "%s;TZID=%s:%s" % (name, TZ[tz][0], f_loc(val))
    if mode == "msq":
        return '%s;TZID="%s":%s' % (name, TZ[tz][0], f_loc(val))
    raise ValueError(mode)


def endname(ev):
    return "DUE" if ev.get("comp") == "VTODO" else "DTEND"


def alarms(ev, style):
    L = []
    for i, (trig, action, desc) in enumerate(ev.get("alarms", [])):
        L.append("BEGIN:VALARM")
        if style == "ms":
            L += ["DESCRIPTION:" + esc(desc or "REMINDER"), "TRIGGER;RELATED=START:" + trig, "ACTION:" + action]
        elif style == "olk":
            L += ["TRIGGER:" + trig, "ACTION:" + action, "DESCRIPTION:" + esc(desc or "Reminder")]
        elif style == "apple":
            u = ev["_alarm_uids"][i % len(ev["_alarm_uids"])]
            L += ["ACTION:" + action, "DESCRIPTION:" + esc(desc or "Reminder"), "TRIGGER:" + trig,
                  "UID:" + u, "X-WR-ALARMUID:" + u]
        elif style == "moz":
            L += ["ACTION:" + action, "TRIGGER;VALUE=DURATION:" + trig,
                  "DESCRIPTION:" + esc(desc or "Default Mozilla Description")]
        elif style == "google":
            L += ["ACTION:" + action, "DESCRIPTION:" + esc(desc or "This is an event reminder"),
                  "TRIGGER:" + trig]
        elif style == "zimbra":
            L += ["ACTION:" + action, "TRIGGER;RELATED=START:" + trig, "DESCRIPTION:" + esc(desc or "Reminder")]
        else:
            L += ["TRIGGER:" + trig, "ACTION:" + action, "DESCRIPTION:" + esc(desc or "Reminder")]
        L.append("END:VALARM")
    return L


def tzblocks(ev, style):
    if ev.get("allday") or not ev.get("_needs_tz"):
        return []
    tzs = [ev["tz"]]
    for e in ev.get("more", []):
        if e["tz"] not in tzs and not e.get("allday"):
            tzs.append(e["tz"])
    L = []
    for t in tzs:
        L += vtimezone(t, style)
    return L


def _stat(ev, default="CONFIRMED"):
    if ev.get("method") == "CANCEL":
        return "CANCELLED"
    return ev.get("status", default)


# --------------------------------------------------------------------------- google
def google(ev):
    mode = "tzid" if ev.get("rrule") else "utc"
    ev["_needs_tz"] = mode != "utc"
    L = ["BEGIN:VCALENDAR", "PRODID:" + ev.get("prodid", "-//Google Inc//Google Calendar 70.9054//EN"),
         "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if ev.get("method"):
        L.append("METHOD:" + ev["method"])
    L += tzblocks(ev, "google")
    for e in [ev] + ev.get("more", []):
        e.setdefault("tz", ev["tz"])
        L += ["BEGIN:VEVENT", dtl(e, mode), dtl(e, mode, "DTEND")]
        if e.get("rrule"):
            L.append("RRULE:" + e["rrule"])
        L.append("DTSTAMP:" + f_utc(ev["dtstamp"]))
        o = ev["org"]
        L.append("ORGANIZER;CN=%s:mailto:%s" % (_p(o[0] or o[1]), o[1]))
        L.append("UID:" + e["uid"])
        for a in ev.get("att", []):
            L.append("ATTENDEE;CUTYPE=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s" % (
                a.get("cutype", "INDIVIDUAL"), a.get("role", "REQ-PARTICIPANT"), a.get("ps", "NEEDS-ACTION"),
                "TRUE" if a.get("rsvp", True) else "FALSE", _p(a.get("cn") or a["email"]), a["email"]))
        if ev.get("meet"):
            L.append("X-GOOGLE-CONFERENCE:" + ev["meet"])
        L.append("X-MICROSOFT-CDO-OWNERAPPTID:" + ev.get("ownerid", "-1385240921"))
        for at in ev.get("attach", []):
            L.append("ATTACH;FILENAME=%s;FMTTYPE=%s:%s" % (_p(at["fname"]), at["fmt"], at["uri"]))
        L.append("CREATED:" + f_utc(ev["created"]))
        L.append("DESCRIPTION:" + esc(e.get("desc_full", e.get("desc", ""))))
        L.append("LAST-MODIFIED:" + f_utc(ev["lastmod"]))
        L.append("LOCATION:" + esc(e.get("loc", "")))
        L.append("SEQUENCE:%d" % ev.get("seq", 0))
        L.append("STATUS:" + _stat(ev))
        L.append("SUMMARY:" + esc(e["summary"]))
        L.append("TRANSP:" + ev.get("transp", "OPAQUE"))
        L += alarms(ev, "google")
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return join_ics(L)


# --------------------------------------------------------------------------- exchange
def exchange(ev):
    ev["_needs_tz"] = True
    lang = ev.get("mslang", "en-US")
    L = []
    if ev.get("method"):
        L.append("METHOD:" + ev["method"])
    L = ["BEGIN:VCALENDAR"] + L + ["PRODID:" + ev.get("prodid", "Microsoft Exchange Server 2010"), "VERSION:2.0"]
    L += tzblocks(ev, "ms")
    L.append("BEGIN:VEVENT")
    o = ev["org"]
    L.append("ORGANIZER;CN=%s:mailto:%s" % (_p(o[0] or o[1]), o[1]))
    for a in ev.get("att", []):
        if ev.get("method") == "REPLY":
            L.append("ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (a.get("ps"), _p(a.get("cn") or a["email"]), a["email"]))
        else:
            L.append("ATTENDEE;ROLE=%s;PARTSTAT=NEEDS-ACTION;RSVP=%s;CN=%s:mailto:%s" % (
                a.get("role", "REQ-PARTICIPANT"), "TRUE" if a.get("rsvp", True) else "FALSE",
                _p(a.get("cn") or a["email"]), a["email"]))
    if ev.get("comment"):
        L.append("COMMENT;LANGUAGE=%s:%s" % (lang, esc(ev["comment"])))
    if ev.get("method") not in ("REPLY",):
        L.append("DESCRIPTION;LANGUAGE=%s:%s" % (lang, esc(ev.get("desc_full", ev.get("desc", "")))))
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    L.append("UID:" + ev["uid"])
    L.append("SUMMARY;LANGUAGE=%s:%s" % (lang, esc(ev["summary"])))
    L.append(dtl(ev, "ms"))
    L.append(dtl(ev, "ms", "DTEND"))
    L.append("CLASS:PUBLIC")
    L.append("PRIORITY:%d" % (1 if ev.get("method") == "CANCEL" else ev.get("prio", 5)))
    L.append("DTSTAMP:" + f_utc(ev["dtstamp"]))
    L.append("TRANSP:" + ev.get("transp", "OPAQUE"))
    L.append("STATUS:" + _stat(ev))
    L.append("SEQUENCE:%d" % ev.get("seq", 0))
    L.append("LOCATION;LANGUAGE=%s:%s" % (lang, esc(ev.get("loc", ""))))
    L.append("X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % ev.get("seq", 0))
    L.append("X-MICROSOFT-CDO-OWNERAPPTID:" + ev.get("ownerid", "2122519871"))
    if ev.get("method") == "CANCEL":
        L += ["X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE"]
    elif ev.get("method") == "REPLY":
        L += ["X-MICROSOFT-CDO-REPLYTIME:" + f_utc(ev["dtstamp"])]
    else:
        L += ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"]
    L += ["X-MICROSOFT-CDO-ALLDAYEVENT:%s" % ("TRUE" if ev.get("allday") else "FALSE"),
          "X-MICROSOFT-CDO-IMPORTANCE:%d" % ev.get("importance", 1),
          "X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if ev.get("rrule") else 0)]
    if ev.get("teams"):
        L.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + ev["teams"])
        L.append("X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://scheduler.teams.microsoft.com/teams/v1/meetings/details?meetingId=" + ev.get("teams_id", "0"))
        L.append('X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % ev.get("teams_tid", "X"))
        L.append("X-MICROSOFT-ONLINEMEETINGCONFLINK:")
        L.append("X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}")
    if ev.get("html_ics"):
        L.append("X-ALT-DESC;FMTTYPE=text/html:" + esc(ev["html_ics"]))
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT"]
    if ev.get("method") == "REQUEST":
        L.append("X-MICROSOFT-ISRESPONSEREQUESTED:TRUE")
        L.append('X-MICROSOFT-LOCATIONS:[ { "DisplayName" : "%s"\\, "LocationAnnotation" : ""\\, "LocationSource" : 0\\, "Unresolved" : false\\, "LocationUri" : "" } ]'
                 % esc(ev.get("loc", "")).replace('"', "'") if ev.get("loc") else "X-MICROSOFT-LOCATIONS:[]")
        L += alarms(ev, "ms")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return join_ics(L)


# --------------------------------------------------------------------------- outlook desktop
def outlook(ev):
    ev["_needs_tz"] = True
    L = ["BEGIN:VCALENDAR", "PRODID:" + ev.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
         "VERSION:2.0"]
    if ev.get("method"):
        L.append("METHOD:" + ev["method"])
    L.append("X-MS-OLK-FORCEINSPECTOROPEN:TRUE")
    L += tzblocks(ev, "ms")
    L.append("BEGIN:VEVENT")
    for a in ev.get("att", []):
        L.append('ATTENDEE;CN="%s";RSVP=TRUE:mailto:%s' % ((a.get("cn") or a["email"]).replace('"', ''), a["email"]))
    L.append("CLASS:PUBLIC")
    L.append("CREATED:" + f_utc(ev["created"]))
    L.append("DESCRIPTION:" + esc(ev.get("desc_full", ev.get("desc", ""))))
    L.append(dtl(ev, "msq", "DTEND"))
    L.append("DTSTAMP:" + f_utc(ev["dtstamp"]))
    L.append(dtl(ev, "msq"))
    L.append("LAST-MODIFIED:" + f_utc(ev["lastmod"]))
    L.append("LOCATION:" + esc(ev.get("loc", "")))
    o = ev["org"]
    L.append('ORGANIZER;CN="%s":mailto:%s' % ((o[0] or o[1]).replace('"', ''), o[1]))
    L.append("PRIORITY:5")
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    L.append("SEQUENCE:%d" % ev.get("seq", 0))
    L.append("SUMMARY;LANGUAGE=%s:%s" % (ev.get("mslang", "en-us").lower(), esc(ev["summary"])))
    L.append("TRANSP:OPAQUE")
    L.append("UID:" + ev["uid"])
    if ev.get("html_ics"):
        L.append("X-ALT-DESC;FMTTYPE=text/html:" + esc(ev["html_ics"]))
    L += ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
          "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOFILLLOCATION:FALSE",
          "X-MS-OLK-AUTOSTARTCHECK:FALSE", "X-MS-OLK-CONFTYPE:0"]
    L += alarms(ev, "olk")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return join_ics(L)


# --------------------------------------------------------------------------- apple
def apple(ev):
    mode = "tzid"
    ev["_needs_tz"] = True
    L = ["BEGIN:VCALENDAR"]
    if ev.get("method"):
        L.append("METHOD:" + ev["method"])
    L += ["PRODID:" + ev.get("prodid", "-//Apple Inc.//macOS 14.4.1//EN"), "VERSION:2.0", "CALSCALE:GREGORIAN"]
    L += tzblocks(ev, "apple")
    comp = ev.get("comp", "VEVENT")
    L.append("BEGIN:" + comp)
    o = ev["org"]
    props = []
    for a in ev.get("att", []):
        props.append("ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=%s;ROLE=%s%s:mailto:%s" % (
            _p(a.get("cn") or a["email"]), a["email"], a.get("ps", "NEEDS-ACTION"),
            a.get("role", "REQ-PARTICIPANT"), ";RSVP=TRUE" if a.get("rsvp", True) else "", a["email"]))
    props.append("CREATED:" + f_utc(ev["created"]))
    if ev.get("desc"):
        props.append("DESCRIPTION:" + esc(ev["desc"]))
    props.append(dtl(ev, mode, endname(ev)))
    props.append("DTSTAMP:" + f_utc(ev["dtstamp"]))
    props.append(dtl(ev, mode))
    props.append("LAST-MODIFIED:" + f_utc(ev["lastmod"]))
    if ev.get("loc"):
        props.append("LOCATION:" + esc(ev["loc"]))
    props.append("ORGANIZER;CN=%s;EMAIL=%s:mailto:%s" % (_p(o[0] or o[1]), o[1], o[1]))
    if ev.get("rrule"):
        props.append("RRULE:" + ev["rrule"])
    props.append("SEQUENCE:%d" % ev.get("seq", 0))
    if ev.get("method") == "CANCEL":
        props.append("STATUS:CANCELLED")
    props.append("SUMMARY:" + esc(ev["summary"]))
    props.append("TRANSP:OPAQUE")
    props.append("UID:" + ev["uid"])
    if ev.get("url"):
        props.append("URL;VALUE=URI:" + ev["url"])
    for at in ev.get("attach", []):
        props.append("ATTACH;FILENAME=%s;FMTTYPE=%s;VALUE=URI:%s" % (_p(at["fname"]), at["fmt"], at["uri"]))
    props.append("X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal" if "iPhone" in ev.get("prodid", "") else
                 "X-APPLE-CREATOR-IDENTITY:com.apple.calendar")
    props.append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
    props.sort(key=lambda s: s.split(";")[0].split(":")[0])
    L += props
    L += alarms(ev, "apple")
    L += ["END:" + comp, "END:VCALENDAR"]
    return join_ics(L)


def calserver(ev):
    """iCloud server-generated iTIP copy"""
    ev = dict(ev)
    ev["prodid"] = "-//CALENDARSERVER.ORG//NONSGML Version 1//EN"
    return apple(ev)


# --------------------------------------------------------------------------- thunderbird
def moz(ev):
    ev["_needs_tz"] = True
    L = ["BEGIN:VCALENDAR", "PRODID:" + ev.get("prodid", "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"),
         "VERSION:2.0"]
    if ev.get("method"):
        L.append("METHOD:" + ev["method"])
    L += tzblocks(ev, "moz")
    comp = ev.get("comp", "VEVENT")
    L.append("BEGIN:" + comp)
    L += ["CREATED:" + f_utc(ev["created"]), "LAST-MODIFIED:" + f_utc(ev["lastmod"]),
          "DTSTAMP:" + f_utc(ev["dtstamp"]), "UID:" + ev["uid"], "SUMMARY:" + esc(ev["summary"])]
    o = ev["org"]
    L.append("ORGANIZER;RSVP=TRUE;CN=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s" % (_p(o[0] or o[1]), o[1]))
    for a in ev.get("att", []):
        L.append("ATTENDEE;RSVP=TRUE;CN=%s;PARTSTAT=%s;ROLE=%s:mailto:%s" % (
            _p(a.get("cn") or a["email"]), a.get("ps", "NEEDS-ACTION"), a.get("role", "REQ-PARTICIPANT"), a["email"]))
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    L.append(dtl(ev, "tzid"))
    L.append(dtl(ev, "tzid", endname(ev)))
    if comp == "VTODO":
        L += ["STATUS:NEEDS-ACTION", "PERCENT-COMPLETE:0"]
    if ev.get("method") == "CANCEL":
        L.append("STATUS:CANCELLED")
    if ev.get("desc"):
        L.append("DESCRIPTION:" + esc(ev["desc"]))
    if ev.get("loc"):
        L.append("LOCATION:" + esc(ev["loc"]))
    if ev.get("url"):
        L.append("URL:" + ev["url"])
    for at in ev.get("attach", []):
        L.append("ATTACH:" + at["uri"])
    if comp == "VEVENT":
        L.append("TRANSP:OPAQUE")
    L += ["X-MOZ-SEND-INVITATIONS:TRUE", "X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE",
          "SEQUENCE:%d" % ev.get("seq", 0), "X-MOZ-GENERATION:%d" % (ev.get("seq", 0) + 1)]
    L += alarms(ev, "moz")
    L += ["END:" + comp, "END:VCALENDAR"]
    return join_ics(L)


# --------------------------------------------------------------------------- nextcloud / sabre
def sabre(ev):
    ev["_needs_tz"] = True
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + ev.get("prodid", "-//Sabre//Sabre VObject 4.5.4//EN"),
         "CALSCALE:GREGORIAN"]
    if ev.get("method"):
        L.append("METHOD:" + ev["method"])
    L += tzblocks(ev, "sabre")
    comp = ev.get("comp", "VEVENT")
    L.append("BEGIN:" + comp)
    L += ["CREATED:" + f_utc(ev["created"]), "DTSTAMP:" + f_utc(ev["dtstamp"]),
          "LAST-MODIFIED:" + f_utc(ev["lastmod"]), "SEQUENCE:%d" % (ev.get("seq", 0) + 2), "UID:" + ev["uid"],
          dtl(ev, "tzid"), dtl(ev, "tzid", endname(ev)),
          "STATUS:" + ("NEEDS-ACTION" if comp == "VTODO" else _stat(ev)), "SUMMARY:" + esc(ev["summary"])]
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    if ev.get("loc"):
        L.append("LOCATION:" + esc(ev["loc"]))
    if ev.get("desc"):
        L.append("DESCRIPTION:" + esc(ev["desc"]))
    if ev.get("url"):
        L.append("URL:" + ev["url"])
    for at in ev.get("attach", []):
        L.append("ATTACH;FILENAME=%s;FMTTYPE=%s:%s" % (_p(at["fname"]), at["fmt"], at["uri"]))
    for a in ev.get("att", []):
        L.append("ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;PARTSTAT=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE;LANGUAGE=%s:mailto:%s" % (
            _p(a.get("cn") or a["email"]), a.get("ps", "NEEDS-ACTION"), ev.get("lang2", "en"), a["email"]))
    o = ev["org"]
    L.append("ORGANIZER;CN=%s:mailto:%s" % (_p(o[0] or o[1]), o[1]))
    L += alarms(ev, "sabre")
    L += ["END:" + comp, "END:VCALENDAR"]
    return join_ics(L)


# --------------------------------------------------------------------------- zimbra
def zimbra(ev):
    ev["_needs_tz"] = True
    L = ["BEGIN:VCALENDAR", "X-WR-CALNAME:" + ev.get("calname", "Calendar"),
         "PRODID:Zimbra-Calendar-Provider", "VERSION:2.0"]
    if ev.get("method"):
        L.append("METHOD:" + ev["method"])
    L += tzblocks(ev, "zimbra")
    L.append("BEGIN:VEVENT")
    L += ["UID:" + ev["uid"], "SUMMARY:" + esc(ev["summary"])]
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    if ev.get("loc"):
        L.append("LOCATION:" + esc(ev["loc"]))
    for a in ev.get("att", []):
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE:mailto:%s" % (
            _p(a.get("cn") or a["email"]), a.get("ps", "NEEDS-ACTION"), a["email"]))
    o = ev["org"]
    L.append("ORGANIZER;CN=%s:mailto:%s" % (_p(o[0] or o[1]), o[1]))
    L += [dtl(ev, "tzidq"), dtl(ev, "tzidq", "DTEND"), "STATUS:" + _stat(ev), "CLASS:PUBLIC",
          "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "TRANSP:OPAQUE", "LAST-MODIFIED:" + f_utc(ev["lastmod"]),
          "DTSTAMP:" + f_utc(ev["dtstamp"]), "SEQUENCE:%d" % ev.get("seq", 0)]
    if ev.get("desc_full") or ev.get("desc"):
        L.append("DESCRIPTION:" + esc(ev.get("desc_full", ev.get("desc"))))
    if ev.get("html_ics"):
        L.append("X-ALT-DESC;FMTTYPE=text/html:" + esc(ev["html_ics"]))
    L += alarms(ev, "zimbra")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return join_ics(L)


# --------------------------------------------------------------------------- yahoo
def yahoo(ev):
    ev["_needs_tz"] = False
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + ev.get("prodid", "-//Yahoo! Inc.//Yahoo! Calendar//EN")]
    if ev.get("method"):
        L.append("METHOD:" + ev["method"])
    L.append("BEGIN:VEVENT")
    L.append("SUMMARY:" + esc(ev["summary"]))
    if ev.get("desc"):
        L.append("DESCRIPTION:" + esc(ev["desc"]))
    if ev.get("loc"):
        L.append("LOCATION:" + esc(ev["loc"]))
    L += [dtl(ev, "utc"), dtl(ev, "utc", "DTEND")]
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    L.append("UID:" + ev["uid"])
    o = ev["org"]
    L.append("ORGANIZER;CN=%s:mailto:%s" % (_p(o[0] or o[1]), o[1]))
    for a in ev.get("att", []):
        L.append("ATTENDEE;CN=%s;PARTSTAT=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (
            _p(a.get("cn") or a["email"]), a.get("ps", "NEEDS-ACTION"), a["email"]))
    L += ["DTSTAMP:" + f_utc(ev["dtstamp"]), "SEQUENCE:%d" % ev.get("seq", 0), "STATUS:" + _stat(ev),
          "CLASS:PUBLIC", "TRANSP:OPAQUE", "X-YAHOO-YID:" + ev.get("yid", "user"),
          "X-YAHOO-USER-STATUS:BUSY", "X-YAHOO-EVENT-STATUS:BUSY"]
    L += alarms(ev, "plain")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return join_ics(L)


# --------------------------------------------------------------------------- sogo
def sogo(ev):
    ev["_needs_tz"] = True
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + ev.get("prodid", "-//Inverse inc./SOGo 5.9.1//EN")]
    if ev.get("method"):
        L.append("METHOD:" + ev["method"])
    L += tzblocks(ev, "sabre")
    L.append("BEGIN:VEVENT")
    L += ["UID:" + ev["uid"], "SUMMARY:" + esc(ev["summary"])]
    if ev.get("loc"):
        L.append("LOCATION:" + esc(ev["loc"]))
    L += ["CLASS:PUBLIC", "X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:NO", "TRANSP:OPAQUE"]
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    L += [dtl(ev, "tzid"), dtl(ev, "tzid", "DTEND")]
    o = ev["org"]
    L.append("ORGANIZER;CN=%s:mailto:%s" % (_p(o[0] or o[1]), o[1]))
    for a in ev.get("att", []):
        L.append("ATTENDEE;PARTSTAT=%s;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CN=%s:mailto:%s" % (
            a.get("ps", "NEEDS-ACTION"), _p(a.get("cn") or a["email"]), a["email"]))
    L += ["CREATED:" + f_utc(ev["created"]), "DTSTAMP:" + f_utc(ev["dtstamp"]),
          "LAST-MODIFIED:" + f_utc(ev["lastmod"]), "SEQUENCE:%d" % ev.get("seq", 0)]
    if ev.get("method") == "CANCEL":
        L.append("STATUS:CANCELLED")
    if ev.get("desc"):
        L.append("DESCRIPTION:" + esc(ev["desc"]))
    if ev.get("url"):
        L.append("URL:" + ev["url"])
    L += alarms(ev, "plain")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return join_ics(L)


# --------------------------------------------------------------------------- zoom
def zoom(ev):
    ev["_needs_tz"] = True
    L = ["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:" + ev.get("method", "PUBLISH"), "CLASS:PUBLIC"]
    L += tzblocks(ev, "moz")
    L += ["BEGIN:VEVENT", "DTSTAMP:" + f_utc(ev["dtstamp"]), dtl(ev, "tzid"), dtl(ev, "tzid", "DTEND"),
          "SUMMARY:" + esc(ev["summary"]), "UID:" + ev["uid"], "TZID:" + ev["tz"],
          "DESCRIPTION:" + esc(ev.get("desc_full", ev.get("desc", ""))), "LOCATION:" + esc(ev.get("loc", ""))]
    if ev.get("org") and ev.get("zoom_org"):
        L.append("ORGANIZER;CN=%s:mailto:%s" % (_p(ev["org"][0]), ev["org"][1]))
    L += alarms(ev, "plain") or ["BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
                                 "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return join_ics(L)


# --------------------------------------------------------------------------- booking systems
def booking(ev):
    mode = ev.get("dtmode", "utc")
    ev["_needs_tz"] = mode in ("tzid", "tzidq")
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + ev.get("prodid", "-//Booking System//Reservations//EN")]
    if ev.get("calscale", True):
        L.append("CALSCALE:GREGORIAN")
    if ev.get("method"):
        L.append("METHOD:" + ev["method"])
    for x in ev.get("cal_extra", []):
        L.append(x)
    L += tzblocks(ev, "google")
    for e in [ev] + ev.get("more", []):
        e.setdefault("tz", ev["tz"])
        L.append("BEGIN:VEVENT")
        L.append("UID:" + e["uid"])
        L.append("DTSTAMP:" + f_utc(ev["dtstamp"]))
        L.append(dtl(e, mode))
        L.append(dtl(e, mode, "DTEND"))
        L.append("SUMMARY:" + esc(e["summary"]))
        if e.get("desc"):
            L.append("DESCRIPTION:" + esc(e["desc"]))
        if e.get("loc"):
            L.append("LOCATION:" + esc(e["loc"]))
        if e.get("geo"):
            L.append("GEO:%s;%s" % e["geo"])
        if ev.get("url"):
            L.append("URL:" + ev["url"])
        if ev.get("org"):
            L.append("ORGANIZER;CN=%s:mailto:%s" % (_p(ev["org"][0] or ev["org"][1]), ev["org"][1]))
        for a in ev.get("att", []):
            L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=%s:mailto:%s" % (
                _p(a.get("cn") or a["email"]), a.get("ps", "ACCEPTED"), a["email"]))
        L.append("STATUS:" + _stat(ev))
        L.append("TRANSP:" + ("TRANSPARENT" if e.get("allday") else "OPAQUE"))
        for x in ev.get("extra", []):
            L.append(x)
        L += alarms(ev, "plain")
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return join_ics(L)


# --------------------------------------------------------------------------- hand-rolled tools
def tool(ev):
    q = ev.get("quirks", set())
    mode = "float" if "floating" in q else ev.get("dtmode", "utc")
    ev["_needs_tz"] = mode in ("tzid", "tzidq")
    commas = "noescape" not in q
    L = ["BEGIN:VCALENDAR"]
    hdr = ["VERSION:2.0", "PRODID:" + ev.get("prodid", "-//Calendar//EN")]
    if "prodid_first" in q:
        hdr.reverse()
    L += hdr
    if ev.get("ics_method") and "nomethod" not in q:
        L.append("METHOD:" + ev["ics_method"])
    for x in ev.get("cal_extra", []):
        L.append(x)
    L += tzblocks(ev, "google")
    evs = [ev] + ev.get("more", [])
    for e in evs:
        e.setdefault("tz", ev["tz"])
        comp = e.get("comp", ev.get("comp", "VEVENT"))
        L.append("BEGIN:" + comp)
        if "nouid" not in q:
            L.append("UID:" + e.get("uid", ev["uid"]))
        if "nodtstamp" not in q:
            L.append("DTSTAMP:" + f_utc(ev["dtstamp"]))
        L.append(dtl(e, mode))
        L.append(dtl(e, mode, "DUE" if comp == "VTODO" else "DTEND"))
        if e.get("rrule") or (e is ev and ev.get("rrule")):
            L.append("RRULE:" + (e.get("rrule") or ev["rrule"]))
        L.append("SUMMARY:" + esc(e["summary"], commas))
        if e.get("desc"):
            d = e["desc"]
            L.append("DESCRIPTION:" + (esc(d, commas) if "rawnl" not in q else d.replace("\n", "\\n")))
        if e.get("loc"):
            L.append("LOCATION:" + esc(e["loc"], commas))
        if ev.get("url"):
            L.append("URL:" + ev["url"])
        for at in ev.get("attach", []):
            if "fmt" in at:
                L.append("ATTACH;FMTTYPE=%s:%s" % (at["fmt"], at["uri"]))
            else:
                L.append("ATTACH:" + at["uri"])
        if ev.get("conf"):
            L.append("CONFERENCE;VALUE=URI;FEATURE=VIDEO,AUDIO;LABEL=%s:%s" % (_p(ev["conf"][1]), ev["conf"][0]))
        if ev.get("html_ics"):
            L.append("X-ALT-DESC;FMTTYPE=text/html:" + (esc(ev["html_ics"]) if "rawhtml" not in q else ev["html_ics"].replace("\n", "")))
        if ev.get("org"):
            L.append("ORGANIZER;CN=%s:mailto:%s" % (_p(ev["org"][0] or ev["org"][1]), ev["org"][1]))
        for a in ev.get("att", []):
            if "bare_att" in q:
                L.append("ATTENDEE:mailto:" + a["email"])
            else:
                L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % (
                    _p(a.get("cn") or a["email"]), a["email"]))
        if "nostatus" not in q:
            L.append("STATUS:" + _stat(ev))
        if ev.get("prio"):
            L.append("PRIORITY:%d" % ev["prio"])
        for x in ev.get("extra", []):
            L.append(x)
        L += alarms(ev, "plain")
        L.append("END:" + comp)
    L.append("END:VCALENDAR")
    width = 75
    sep = "\r\n "
    if "nofold" in q:
        width = 0
    elif "tabfold" in q:
        sep = "\r\n\t"
    elif "widefold" in q:
        width = 76 + 20
    eol = "\n" if "lf" in q else "\r\n"
    return join_ics(L, width, sep, eol)


STYLES = {"google": google, "exchange": exchange, "outlook": outlook, "apple": apple, "calserver": calserver,
          "moz": moz, "sabre": sabre, "zimbra": zimbra, "yahoo": yahoo, "sogo": sogo, "zoom": zoom,
          "booking": booking, "tool": tool}


def build(style, ev):
    return STYLES[style](ev)
