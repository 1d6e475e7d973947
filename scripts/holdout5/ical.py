# SPDX-License-Identifier: CC0-1.0
# holdout5: iCalendar object rendering in the manner of several real producers.
import datetime as dt

from core import ical_escape, ical_utc, ical_local, ical_date, ical_text, tzinfo, hexid, uuid4, UTC
from i18n import vtimezone, WINTZ

PRODIDS = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "Microsoft Exchange Server 2010",
    "outlook16": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "apple": "-//Apple Inc.//macOS 14.4.1//EN",
    "ios": "-//Apple Inc.//iPhone OS 17.4.1//EN",
    "icloudweb": "-//Apple Inc.//iCloud Web Calendar 2403B17//EN",
    "tbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "nextcloud": "-//IDN nextcloud.com//Calendar app 4.7.6//EN",
    "sabre": "-//Sabre//Sabre VObject 4.5.4//EN",
    "zimbra": "Zimbra-Calendar-Provider",
    "sogo": "-//Inverse inc./SOGo 5.10.0//EN",
    "fastmail": "-//CyrusIMAP.org/Cyrus 3.11.0-alpha0-312-g2d9c1f0b7-fm-20240322.001-g2d9c1f0b//EN",
    "proton": "-//Proton AG//WebCalendar 5.0.28.3//EN",
    "yahoo": "-//Yahoo! Inc.//Yahoo Calendar//EN",
    "zoho": "-//Zoho Corporation//Zoho Calendar//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "calendly": "-//Calendly//Calendly 2.0//EN",
    "eventbrite": "-//Eventbrite//Eventbrite Event//EN",
    "icalgen": "-//sebbo.net//ical-generator//EN",
    "pyical": "-//My calendar product//mxm.dk//",
    "icsjs": "-//Adam Gibbons//agibbons.com//ICS: iCalendar Generator",
    "icsjs2": "adamgibbons/ics",
    "ical4j": "-//Ben Fortuna//iCal4j 3.2.14//EN",
    "icalnet": "-//github.com/ical-org/ical.net//NONSGML ical.net 4.0//EN",
    "spatie": "spatie/icalendar-generator",
    "eluceo": "-//eluceo/ical//2.0/EN",
    "php": "-//hacksw/handcal//NONSGML v1.0//EN",
    "ddday": "-//ddaysoftware.com//NONSGML DDay.iCal 1.0//EN",
    "evolution": "-//Ximian//NONSGML Evolution Calendar//EN",
    "kde": "-//K Desktop Environment//NONSGML KOrganizer 5.24.5//EN",
    "lotus": "-//Lotus Development Corporation//NONSGML Notes 12.0//EN",
    "exchange2016": "Microsoft Exchange Server 2016",
    "horde": "-//The Horde Project//Horde iCalendar Library//EN",
    "teamup": "-//Teamup Solutions AG//Teamup Calendar//EN",
    "doctolib": "-//Doctolib//Doctolib//FR",
    "booking": "-//Booking.com//Reservation//EN",
    "hubspot": "-//HubSpot//Meetings//EN",
    "mailchimp": "-//Mailchimp//Events//EN",
    "cvent": "-//Cvent//Cvent Event//EN",
    "webex": "-//Cisco Systems Inc.//Webex//EN",
    "gotoweb": "-//GoTo Technologies//GoTo Webinar//EN",
    "bare": "-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN",
    "davx": "-//bitfire web engineering//DAVx5 4.3.16-ose ical4j/3.2.14 (at.techbee.jtx)//EN",
    "empty": None,
}


def param_q(v):
    if any(c in v for c in ',;:'):
        return '"%s"' % v.replace('"', "'")
    return v


def fmt_dt(name, d, ev, allday=False):
    mode = ev.get("tzmode", "utc")
    if allday or mode == "date":
        return "%s;VALUE=DATE:%s" % (name, ical_date(d))
    if mode == "utc":
        aware = d.replace(tzinfo=tzinfo(ev["tz"])) if d.tzinfo is None else d
        return "%s:%s" % (name, ical_utc(aware))
    if mode == "floating":
        return "%s:%s" % (name, ical_local(d))
    tzid = ev.get("tzid_label") or (WINTZ.get(ev["tz"], ev["tz"]) if mode == "win" else ev["tz"])
    q = param_q(tzid) if mode == "win" and ev.get("quote_tzid") else tzid
    return "%s;TZID=%s:%s" % (name, q, ical_local(d))


def attendee_line(a, style):
    em = a["email"]
    cn = a.get("cn")
    ps = a.get("partstat", "NEEDS-ACTION")
    role = a.get("role", "REQ-PARTICIPANT")
    rsvp = a.get("rsvp", "TRUE")
    cut = a.get("cutype", "INDIVIDUAL")
    if style == "google":
        p = "CUTYPE=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s;X-NUM-GUESTS=0" % (cut, role, ps, rsvp, param_q(cn or em))
    elif style in ("outlook",):
        p = "ROLE=%s;PARTSTAT=%s;RSVP=%s" % (role, ps, rsvp) + (";CN=%s" % param_q(cn) if cn else "")
    elif style in ("apple",):
        p = ("CN=%s;" % param_q(cn) if cn else "") + "CUTYPE=%s;EMAIL=%s;PARTSTAT=%s;ROLE=%s" % (cut, em, ps, role) + (";RSVP=TRUE" if rsvp == "TRUE" else "")
    elif style in ("tbird", "sabre"):
        p = ("CN=%s;" % param_q(cn) if cn else "") + "PARTSTAT=%s;ROLE=%s;RSVP=%s;CUTYPE=%s" % (ps, role, rsvp, cut)
        if style == "tbird":
            p = "RSVP=%s;PARTSTAT=%s;ROLE=%s" % (rsvp, ps, role) + (";CN=%s" % param_q(cn) if cn else "")
    elif style == "minimal":
        p = ("CN=%s" % param_q(cn)) if cn else ""
        return "ATTENDEE%s:mailto:%s" % ((";" + p) if p else "", em)
    else:
        p = ("CN=%s;" % param_q(cn) if cn else "") + "ROLE=%s;PARTSTAT=%s;RSVP=%s" % (role, ps, rsvp)
    if a.get("extra"):
        p += ";" + a["extra"]
    return "ATTENDEE;%s:mailto:%s" % (p, em)


def organizer_line(o, style):
    if not o:
        return None
    cn = o.get("cn")
    s = "ORGANIZER"
    if cn:
        s += ";CN=%s" % param_q(cn)
    if o.get("sent_by"):
        s += ';SENT-BY="mailto:%s"' % o["sent_by"]
    if style == "apple" and o.get("email"):
        s += ";EMAIL=%s" % o["email"]
    mailto = "mailto:" if style != "outlookcaps" else "MAILTO:"
    return "%s:%s%s" % (s, mailto, o["email"])


def render_ical(ev, style="generic"):
    """Return the iCalendar object as str (CRLF, folded) according to ev flags."""
    bad = ev.get("bad", set())
    prodid = ev.get("prodid")
    method = ev.get("method", "REQUEST")
    head = ["BEGIN:VCALENDAR"]
    order = ev.get("head_order", "pvcm")
    hmap = {"p": "PRODID:" + prodid if prodid else None, "v": "VERSION:2.0",
            "c": "CALSCALE:GREGORIAN" if ev.get("calscale", True) else None,
            "m": ("METHOD:" + method) if method else None}
    for k in order:
        if hmap.get(k):
            head.append(hmap[k])
    head += ev.get("cal_extra", [])
    mode = ev.get("tzmode", "utc")
    body = []
    if mode == "tzid" and "tzid_novtz" not in bad:
        body += vtimezone(ev["tz"], "olson")
    elif mode == "win" and "tzid_novtz" not in bad:
        body += vtimezone(ev["tz"], "outlook", WINTZ.get(ev["tz"], ev["tz"]))
    events = [ev] + ev.get("more_events", [])
    for e in events:
        body += vevent_lines(e if e is ev else dict(ev, **e), style, bad)
    lines = head + body
    if "no_end" not in bad:
        lines.append("END:VCALENDAR")
    eol = "\n" if "lf" in bad else "\r\n"
    nofold = "unfolded" in bad
    return ical_text(lines, nofold=nofold, eol=eol)


def vevent_lines(ev, style, bad):
    L = ["BEGIN:VEVENT"]
    allday = ev.get("tzmode") == "date"
    P = {}
    P["DTSTART"] = fmt_dt("DTSTART", ev["start"], ev, allday)
    if ev.get("end") is not None:
        P["DTEND"] = fmt_dt("DTEND", ev["end"], ev, allday)
    elif ev.get("duration"):
        P["DURATION"] = "DURATION:" + ev["duration"]
    P["DTSTAMP"] = "DTSTAMP:" + ical_utc(ev["dtstamp"])
    P["ORGANIZER"] = organizer_line(ev.get("organizer"), style)
    if "no_uid" not in bad:
        P["UID"] = "UID:" + ev["uid"]
    P["ATTENDEE"] = [attendee_line(a, style) for a in ev.get("attendees", [])]
    if ev.get("rrule"):
        P["RRULE"] = "RRULE:" + ev["rrule"]
    if ev.get("exdate"):
        P["EXDATE"] = [fmt_dt("EXDATE", x, ev, allday) for x in ev["exdate"]]
    if ev.get("recurrence_id") is not None:
        P["RECURRENCE-ID"] = fmt_dt("RECURRENCE-ID", ev["recurrence_id"], ev, allday)
    lang = ev.get("langparam")
    lp = (";LANGUAGE=" + lang) if lang else ""
    P["SUMMARY"] = "SUMMARY%s:%s" % (lp, ical_escape(ev.get("summary", ""))) if ev.get("summary") is not None else None
    if ev.get("description") is not None:
        P["DESCRIPTION"] = "DESCRIPTION%s:%s" % (lp, ical_escape(ev["description"]))
    if ev.get("location") is not None:
        P["LOCATION"] = "LOCATION%s:%s" % (lp, ical_escape(ev["location"]))
    if ev.get("url"):
        P["URL"] = "URL:" + ev["url"] if not ev.get("url_uri") else "URL;VALUE=URI:" + ev["url"]
    P["SEQUENCE"] = "SEQUENCE:%d" % ev.get("sequence", 0) if ev.get("sequence") is not None else None
    P["STATUS"] = "STATUS:" + ev["status"] if ev.get("status") else None
    P["TRANSP"] = "TRANSP:" + ev["transp"] if ev.get("transp") else None
    P["CLASS"] = "CLASS:" + ev["class"] if ev.get("class") else None
    P["PRIORITY"] = "PRIORITY:%d" % ev["priority"] if ev.get("priority") is not None else None
    P["CREATED"] = "CREATED:" + ical_utc(ev["created"]) if ev.get("created") else None
    P["LAST-MODIFIED"] = "LAST-MODIFIED:" + ical_utc(ev["created"]) if ev.get("created") else None
    P["ATTACH"] = ev.get("attach_lines", [])
    P["CONFERENCE"] = ev.get("conference_lines", [])
    P["CATEGORIES"] = "CATEGORIES:" + ev["categories"] if ev.get("categories") else None
    P["X"] = list(ev.get("x_lines", []))
    if ev.get("x_alt_desc"):
        P["X"].append("X-ALT-DESC;FMTTYPE=text/html:" + ev["x_alt_desc"].replace("\r\n", "").replace("\n", ""))
    if style == "google":
        order = ["DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "DTSTAMP", "ORGANIZER", "UID", "RECURRENCE-ID", "ATTENDEE", "X",
                 "CREATED", "DESCRIPTION", "LAST-MODIFIED", "LOCATION", "SEQUENCE", "STATUS", "SUMMARY", "TRANSP", "URL", "ATTACH", "CONFERENCE"]
    elif style == "outlook":
        order = ["ORGANIZER", "ATTENDEE", "DESCRIPTION", "RRULE", "EXDATE", "UID", "RECURRENCE-ID", "SUMMARY", "DTSTART", "DTEND", "DURATION",
                 "CLASS", "PRIORITY", "DTSTAMP", "TRANSP", "STATUS", "SEQUENCE", "LOCATION", "URL", "ATTACH", "CONFERENCE", "X"]
    elif style == "apple":
        order = ["CREATED", "UID", "DTEND", "DURATION", "TRANSP", "ATTENDEE", "SUMMARY", "LAST-MODIFIED", "DTSTAMP", "DTSTART", "RRULE",
                 "EXDATE", "RECURRENCE-ID", "LOCATION", "SEQUENCE", "ORGANIZER", "DESCRIPTION", "URL", "STATUS", "ATTACH", "CONFERENCE", "X"]
    elif style == "tbird":
        order = ["CREATED", "LAST-MODIFIED", "DTSTAMP", "UID", "SUMMARY", "ORGANIZER", "ATTENDEE", "RRULE", "EXDATE", "RECURRENCE-ID",
                 "DTSTART", "DTEND", "DURATION", "TRANSP", "STATUS", "SEQUENCE", "LOCATION", "DESCRIPTION", "URL", "CLASS", "ATTACH",
                 "CONFERENCE", "X"]
    else:
        order = ["UID", "DTSTAMP", "DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RECURRENCE-ID", "SUMMARY", "DESCRIPTION",
                 "LOCATION", "URL", "ORGANIZER", "ATTENDEE", "STATUS", "SEQUENCE", "TRANSP", "CLASS", "PRIORITY", "CREATED",
                 "LAST-MODIFIED", "CATEGORIES", "ATTACH", "CONFERENCE", "X"]
    for k in order + ["CATEGORIES"]:
        v = P.pop(k, None)
        if v is None:
            continue
        if isinstance(v, list):
            L += [x for x in v if x]
        else:
            L.append(v)
    for al in ev.get("alarms", []):
        L.append("BEGIN:VALARM")
        L.append("ACTION:" + al.get("action", "DISPLAY"))
        if al.get("description") is not None:
            L.append("DESCRIPTION:" + ical_escape(al["description"]))
        if al.get("summary"):
            L.append("SUMMARY:" + ical_escape(al["summary"]))
        if al.get("attendee"):
            L.append("ATTENDEE:mailto:" + al["attendee"])
        L.append("TRIGGER" + (";RELATED=START" if style == "outlook" else "") + ":" + al["trigger"])
        if al.get("repeat"):
            L.append("REPEAT:%d" % al["repeat"])
            L.append("DURATION:" + al.get("rduration", "PT5M"))
        if style == "apple":
            L.append("X-WR-ALARMUID:" + al.get("uid", "ALARM"))
        L.append("END:VALARM")
    L.append("END:VEVENT")
    return L
