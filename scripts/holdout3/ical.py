"""iCalendar serialisation in the dialects of real producers.

An event is a plain dict (see new_event); each dialect decides property order,
parameter style, date-time form and vendor X- properties.
"""
import datetime as dt
from lib import (TZ, vtimezone, icsdt, icsutc, icsdate, ical_escape, local_to_utc, render_ics,
                 hexs, alnum, uuid4)


def new_event(**kw):
    ev = dict(method="REQUEST", kind="VEVENT", uid=None, seq=0, stamp=None, created=None, modified=None,
              start=None, end=None, tz="UTC", allday=False, summary="", desc=None, location=None, url=None,
              org=None, sentby=None, atts=[], rrule=None, exdate=[], alarms=[], status="CONFIRMED",
              transp="OPAQUE", cls=None, priority=None, x=[], lang="en-US", conf=None, recid=None,
              alt_desc=None, categories=None, due=None, duration=None, rsvp=True, geo=None, attach=[],
              partstat_self=None, comment=None, calx=[], request_status=None, organizer_params=None,
              no_end=False, tzid_override=None, extra_components=[])
    ev.update(kw)
    return ev


def _utc(ev, d):
    if ev["tz"] in (None, "UTC"):
        return d
    return local_to_utc(ev["tz"], d)


def dtprop(ev, name, d, mode, windows=False, tzid_quote=False):
    """mode: tzid | utc | floating. Returns a content line."""
    if d is None:
        return None
    if ev["allday"]:
        return "%s;VALUE=DATE:%s" % (name, icsdate(d))
    if ev["tz"] is None:
        return "%s:%s" % (name, icsdt(d))
    if mode == "utc" or ev["tz"] == "UTC":
        return "%s:%s" % (name, icsutc(_utc(ev, d)))
    tzid = ev["tzid_override"] or (TZ[ev["tz"]][0] if windows else ev["tz"])
    if tzid_quote or " " in tzid and windows is None:
        tzid = '"%s"' % tzid
    return "%s;TZID=%s:%s" % (name, tzid, icsdt(d))


def _att(a, style):
    cn, email = a.get("cn"), a["email"]
    role = a.get("role", "REQ-PARTICIPANT")
    ps = a.get("partstat", "NEEDS-ACTION")
    rsvp = a.get("rsvp", "TRUE")
    cut = a.get("cutype", "INDIVIDUAL")
    name = "ATTENDEE"
    cnp = None
    if cn:
        cnp = 'CN="%s"' % cn if any(c in cn for c in ",;:") or style in ("apple",) else "CN=%s" % cn
    if style == "google":
        p = ["CUTYPE=" + cut, "ROLE=" + role, "PARTSTAT=" + ps, "RSVP=" + rsvp, cnp or "CN=" + email, "X-NUM-GUESTS=0"]
        return name + ";" + ";".join(p) + ":mailto:" + email
    if style == "outlook":
        p = ["ROLE=" + role, "PARTSTAT=" + ps, "RSVP=" + rsvp] + ([cnp] if cnp else [])
        return name + ";" + ";".join(p) + ":mailto:" + email
    if style == "apple":
        p = ([cnp] if cnp else []) + ["CUTYPE=" + cut, "EMAIL=" + email, "PARTSTAT=" + ps, "ROLE=" + role] + \
            (["RSVP=" + rsvp] if ps == "NEEDS-ACTION" else [])
        return name + ";" + ";".join(p) + ":mailto:" + email
    if style == "lightning":
        p = ["RSVP=" + rsvp] + ([cnp] if cnp else []) + ["PARTSTAT=" + ps, "ROLE=" + role]
        return name + ";" + ";".join(p) + ":mailto:" + email
    if style == "sabre":
        p = ([cnp] if cnp else []) + ["CUTYPE=" + cut, "PARTSTAT=" + ps, "ROLE=" + role, "RSVP=" + rsvp] + \
            (["LANGUAGE=" + a["lang"]] if a.get("lang") else []) + (["SCHEDULE-STATUS=1.1"] if a.get("sched") else [])
        return name + ";" + ";".join(p) + ":mailto:" + email
    if style == "zimbra":
        p = ([cnp] if cnp else []) + ["ROLE=" + role, "PARTSTAT=" + ps, "RSVP=" + rsvp]
        return name + ";" + ";".join(p) + ":mailto:" + email
    if style == "bare":
        return name + (";" + cnp if cnp else "") + ":mailto:" + email
    if style == "upper":
        return name + (";" + cnp if cnp else "") + ";RSVP=" + rsvp + ":MAILTO:" + email
    # generic
    p = ["CUTYPE=" + cut, "ROLE=" + role, "PARTSTAT=" + ps] + ([cnp] if cnp else [])
    return name + ";" + ";".join(p) + ":mailto:" + email


def _org(ev, style):
    if not ev["org"]:
        return None
    cn, email = ev["org"]
    extra = ev["organizer_params"]
    if extra:
        return "ORGANIZER;" + extra + ":mailto:" + email
    sb = (';SENT-BY="mailto:%s"' % ev["sentby"]) if ev["sentby"] else ""
    if style == "google":
        return "ORGANIZER;CN=%s%s:mailto:%s" % (cn or email, sb, email)
    if style == "apple":
        return 'ORGANIZER;CN="%s";EMAIL=%s%s:mailto:%s' % (cn, email, sb, email) if cn else "ORGANIZER:mailto:" + email
    if style == "lightning":
        return "ORGANIZER;RSVP=FALSE;CN=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR%s:mailto:%s" % (cn, sb, email) if cn \
            else "ORGANIZER;RSVP=FALSE;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:" + email
    if style == "upper":
        return "ORGANIZER;CN=%s:MAILTO:%s" % (cn, email) if cn else "ORGANIZER:MAILTO:" + email
    if cn:
        q = '"%s"' % cn if any(c in cn for c in ",;:") else cn
        return "ORGANIZER;CN=%s%s:mailto:%s" % (q, sb, email)
    return "ORGANIZER%s:mailto:%s" % (sb, email)


def _text(name, val, lang=None, commas=True):
    if val is None:
        return None
    return "%s%s:%s" % (name, (";LANGUAGE=" + lang) if lang else "", ical_escape(val, commas))


def _alarm(al, style, rng=None):
    L = ["BEGIN:VALARM"]
    trig = al.get("trigger", "-PT15M")
    if isinstance(trig, dt.datetime):
        trig_line = "TRIGGER;VALUE=DATE-TIME:" + icsutc(trig)
    elif style == "outlook":
        trig_line = "TRIGGER;RELATED=START:" + trig
    elif style == "lightning":
        trig_line = "TRIGGER;VALUE=DURATION:" + trig
    elif style == "google" and trig.startswith("-PT") and trig.endswith("M"):
        trig_line = "TRIGGER:-P0DT0H%sM0S" % trig[3:-1]
    elif style == "zimbra":
        trig_line = "TRIGGER;RELATED=START:" + trig
    else:
        trig_line = "TRIGGER:" + trig
    act = al.get("action", "DISPLAY")
    desc = al.get("desc", {"google": "This is an event reminder", "outlook": "REMINDER", "apple": "Reminder",
                           "lightning": "Default Mozilla Description", "zimbra": "Reminder"}.get(style, "Reminder"))
    if style == "apple":
        L += ["X-WR-ALARMUID:" + al.get("uid", "A1B2C3D4-0000-0000-0000-000000000000"),
              "UID:" + al.get("uid", "A1B2C3D4-0000-0000-0000-000000000000"), trig_line,
              "DESCRIPTION:" + ical_escape(desc), "ACTION:" + act]
        if al.get("ack"):
            L.append("ACKNOWLEDGED:" + al["ack"])
    elif style == "outlook":
        L += ["DESCRIPTION:" + ical_escape(desc), trig_line, "ACTION:" + act]
    else:
        L += ["ACTION:" + act, trig_line if style != "google" else None, "DESCRIPTION:" + ical_escape(desc)]
        if style == "google":
            L = ["BEGIN:VALARM", "ACTION:" + act, "DESCRIPTION:" + ical_escape(desc), trig_line]
    if act == "AUDIO" and style != "outlook":
        L.append("ATTACH;VALUE=URI:" + al.get("sound", "Basso"))
    if act == "EMAIL":
        L.append("SUMMARY:" + ical_escape(al.get("summary", desc)))
        L.append("ATTENDEE:mailto:" + al.get("to", "nobody@example.net"))
    if al.get("repeat"):
        L += ["REPEAT:%d" % al["repeat"], "DURATION:" + al.get("duration", "PT5M")]
    L.append("END:VALARM")
    return [x for x in L if x]


def _recur(ev, mode, windows=False):
    L = []
    if ev["rrule"]:
        L.append("RRULE:" + ev["rrule"])
    for x in ev["exdate"]:
        L.append(dtprop(ev, "EXDATE", x, mode, windows))
    return L


def ical(ev, dialect, rng, prodid=None, tzstyle=None, opts=None):
    """Serialise to a list of unfolded content lines."""
    o = opts or {}
    m = ev["method"]
    kind = ev["kind"]
    tzkey = ev["tz"] if ev["tz"] in TZ else None
    L = []
    S = ev["stamp"]
    cr = ev["created"] or S
    lm = ev["modified"] or S
    lang = ev["lang"]

    def add(*xs):
        for x in xs:
            if x is not None:
                L.append(x)

    if dialect == "google":
        mode = o.get("mode", "tzid" if ev["rrule"] else "utc")
        add("BEGIN:VCALENDAR", "PRODID:" + (prodid or "-//Google Inc//Google Calendar 70.9054//EN"),
            "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:" + m if m else None)
        if tzkey and mode == "tzid":
            L += vtimezone(tzkey, "google")
        add("BEGIN:" + kind, dtprop(ev, "DTSTART", ev["start"], mode), dtprop(ev, "DTEND", ev["end"], mode))
        L += _recur(ev, mode)
        add("DTSTAMP:" + icsutc(S), _org(ev, "google"), "UID:" + ev["uid"])
        if ev["recid"]:
            add(dtprop(ev, "RECURRENCE-ID", ev["recid"], mode))
        for a in ev["atts"]:
            add(_att(a, "google"))
        if ev["conf"]:
            add("X-GOOGLE-CONFERENCE:" + ev["conf"])
        if o.get("cdo"):
            add("X-MICROSOFT-CDO-OWNERAPPTID:%d" % o["cdo"])
        add("CREATED:" + icsutc(cr), _text("DESCRIPTION", ev["desc"] or ""),
            "LAST-MODIFIED:" + icsutc(lm), _text("LOCATION", ev["location"] or ""),
            "SEQUENCE:%d" % ev["seq"], "STATUS:" + ev["status"], _text("SUMMARY", ev["summary"]),
            "TRANSP:" + ev["transp"])
        L += ev["x"]
        for al in ev["alarms"]:
            L += _alarm(al, "google")
        add("END:" + kind)
        for c in ev["extra_components"]:
            L += c
        add("END:VCALENDAR")
        return L

    if dialect in ("outlook", "outlook_mimedir"):
        win = True
        mode = o.get("mode", "tzid")
        if dialect == "outlook":
            add("BEGIN:VCALENDAR", "METHOD:" + m if m else None,
                "PRODID:" + (prodid or "Microsoft Exchange Server 2010"), "VERSION:2.0")
        else:
            add("BEGIN:VCALENDAR", "PRODID:" + (prodid or "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
                "VERSION:2.0", "METHOD:" + m if m else None, "X-MS-OLK-FORCEINSPECTOROPEN:TRUE")
        if tzkey and mode == "tzid":
            L += vtimezone(tzkey, "windows")
        add("BEGIN:" + kind, _org(ev, "outlook"))
        for a in ev["atts"]:
            add(_att(a, "outlook"))
        if dialect == "outlook_mimedir":
            add("CLASS:PUBLIC", "CREATED:" + icsutc(cr))
        add(_text("DESCRIPTION", ev["desc"] if ev["desc"] is not None else "\n", lang))
        if dialect == "outlook":
            add("UID:" + ev["uid"])
            if ev["recid"]:
                add(dtprop(ev, "RECURRENCE-ID", ev["recid"], mode, win))
            add(_text("SUMMARY", ev["summary"], lang), dtprop(ev, "DTSTART", ev["start"], mode, win),
                dtprop(ev, "DTEND", ev["end"], mode, win))
            L += _recur(ev, mode, win)
            add("CLASS:" + (ev["cls"] or "PUBLIC"), "PRIORITY:%d" % (ev["priority"] or 5), "DTSTAMP:" + icsutc(S),
                "TRANSP:" + ev["transp"], "STATUS:" + ev["status"], "SEQUENCE:%d" % ev["seq"],
                _text("LOCATION", ev["location"] or "", lang))
            if ev["comment"]:
                add(_text("COMMENT", ev["comment"], lang))
            add("X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % ev["seq"])
            if o.get("cdo"):
                add("X-MICROSOFT-CDO-OWNERAPPTID:%d" % o["cdo"])
            add("X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if ev["transp"] == "TRANSPARENT" else "TENTATIVE"),
                "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if ev["transp"] == "TRANSPARENT" else "BUSY"),
                "X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if ev["allday"] else "FALSE"),
                "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if ev["rrule"] else 0))
            if ev["conf"]:
                add("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + ev["conf"], "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:"
                    "https://scheduler.teams.microsoft.com/teams/%s/%s/19_meeting_%s@thread.v2/0"
                    % (uuid4(rng), uuid4(rng), alnum(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
                    "X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting_%s@thread.v2\"\\,\"rid\":0\\,\"mid\":0\\,\"uid\":null\\,\"private\":true\\,\"type\":0}" % alnum(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                    "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:organizer@example.org\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s" % (alnum(rng, 24), hexs(rng, 32), hexs(rng, 32)),
                    "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}")
            add("X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE")
            if o.get("locations", True):
                add("X-MICROSOFT-LOCATIONS:[]" if not ev["location"] else
                    '[ { "DisplayName" : "%s"\\, "LocationAnnotation" : ""\\, "LocationSource" : 0\\, '
                    '"Unresolved" : true\\, "LocationType" : 0\\, "LocationUri" : "" } ]' % ev["location"].replace(",", "\\,")
                    if False else "X-MICROSOFT-LOCATIONS:[]")
        else:
            add(dtprop(ev, "DTEND", ev["end"], mode, win), "DTSTAMP:" + icsutc(S),
                dtprop(ev, "DTSTART", ev["start"], mode, win))
            L += _recur(ev, mode, win)
            add("LAST-MODIFIED:" + icsutc(lm), _text("LOCATION", ev["location"] or "", lang),
                "PRIORITY:%d" % (ev["priority"] or 5), "SEQUENCE:%d" % ev["seq"],
                _text("SUMMARY", ev["summary"], lang), "TRANSP:" + ev["transp"], "UID:" + ev["uid"])
            if ev["alt_desc"]:
                add('X-ALT-DESC;FMTTYPE=text/html:' + ical_escape(ev["alt_desc"]))
            add("X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
                "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOFILLLOCATION:FALSE",
                "X-MS-OLK-CONFTYPE:0")
        L += ev["x"]
        for al in ev["alarms"]:
            L += _alarm(al, "outlook")
        add("END:" + kind)
        for c in ev["extra_components"]:
            L += c
        add("END:VCALENDAR")
        return L

    if dialect == "apple":
        mode = o.get("mode", "tzid")
        add("BEGIN:VCALENDAR", "METHOD:" + m if m else None, "VERSION:2.0",
            "PRODID:" + (prodid or "-//Apple Inc.//macOS 13.4.1//EN"), "CALSCALE:GREGORIAN")
        if tzkey and mode == "tzid":
            L += vtimezone(tzkey, "apple")
        add("BEGIN:" + kind)
        if ev["atts"] and o.get("att_first", True):
            for a in ev["atts"]:
                add(_att(a, "apple"))
        add("CREATED:" + icsutc(cr), "DTEND" and dtprop(ev, "DTEND", ev["end"], mode))
        L += _recur(ev, mode)
        add("DTSTAMP:" + icsutc(S), "LAST-MODIFIED:" + icsutc(lm),
            _text("LOCATION", ev["location"]), _text("DESCRIPTION", ev["desc"]),
            _org(ev, "apple"), "SEQUENCE:%d" % ev["seq"],
            dtprop(ev, "DTSTART", ev["start"], mode), _text("SUMMARY", ev["summary"]),
            "TRANSP:" + ev["transp"], "UID:" + ev["uid"],
            "URL;VALUE=URI:" + ev["url"] if ev["url"] else None,
            "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC" if o.get("travel") else None)
        if ev["atts"] and not o.get("att_first", True):
            for a in ev["atts"]:
                add(_att(a, "apple"))
        L += ev["x"]
        for al in ev["alarms"]:
            al = dict(al)
            al.setdefault("uid", uuid4(rng, True))
            L += _alarm(al, "apple")
        add("END:" + kind)
        for c in ev["extra_components"]:
            L += c
        add("END:VCALENDAR")
        return L

    if dialect in ("lightning", "sabre", "cyrus", "proton", "zimbra", "generic", "sloppy"):
        mode = o.get("mode", "tzid")
        cal_head = {
            "lightning": ["PRODID:" + (prodid or "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"), "VERSION:2.0",
                          "METHOD:" + m if m else None],
            "sabre": ["VERSION:2.0", "PRODID:" + (prodid or "-//IDN nextcloud.com//Calendar app 4.5.2//EN"),
                      "CALSCALE:GREGORIAN", "METHOD:" + m if m else None],
            "cyrus": ["VERSION:2.0", "PRODID:" + (prodid or "-//CyrusIMAP.org/Cyrus 3.9.0-alpha0-1108-g3a29173c6-fm-20231219.001-g3a29173c//EN"),
                      "METHOD:" + m if m else None],
            "proton": ["VERSION:2.0", "PRODID:" + (prodid or "-//Proton AG//WebCalendar 5.0.27.4//EN"),
                       "METHOD:" + m if m else None, "CALSCALE:GREGORIAN"],
            "zimbra": ["METHOD:" + m if m else None, "PRODID:" + (prodid or "Zimbra-Calendar-Provider"), "VERSION:2.0"],
            "generic": ["VERSION:2.0", "PRODID:" + (prodid or "-//Example//Booking//EN"), "CALSCALE:GREGORIAN",
                        "METHOD:" + m if m else None],
            "sloppy": ["PRODID:" + (prodid or "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"), "VERSION:2.0",
                       "METHOD:" + m if m else None],
        }[dialect]
        if o.get("no_version"):
            cal_head = [x for x in cal_head if x and not x.startswith("VERSION")]
        add("BEGIN:VCALENDAR", *cal_head)
        L += ev["calx"]
        tzs = {"zimbra": "zimbra", "lightning": "olson", "sabre": "olson", "cyrus": "olson", "proton": "olson",
               "generic": "olson", "sloppy": "olson"}[dialect]
        tz_after = dialect == "sabre" and o.get("tz_after", True)
        if tzkey and mode == "tzid" and not tz_after and not o.get("no_vtimezone"):
            L += vtimezone(tzkey, tzstyle or tzs)
        add("BEGIN:" + kind)
        attstyle = {"lightning": "lightning", "sabre": "sabre", "cyrus": "sabre", "proton": "generic",
                    "zimbra": "zimbra", "generic": o.get("attstyle", "generic"), "sloppy": o.get("attstyle", "bare")}[dialect]
        orgstyle = {"lightning": "lightning", "sloppy": o.get("orgstyle", "plain")}.get(dialect, "plain")
        commas = not o.get("no_comma_escape")
        if dialect == "lightning":
            add("CREATED:" + icsutc(cr), "LAST-MODIFIED:" + icsutc(lm), "DTSTAMP:" + icsutc(S),
                "UID:" + ev["uid"], _text("SUMMARY", ev["summary"]), _org(ev, orgstyle))
            for a in ev["atts"]:
                add(_att(a, attstyle))
            L += _recur(ev, mode)
            add(dtprop(ev, "DTSTART", ev["start"], mode), dtprop(ev, "DTEND", ev["end"], mode),
                _text("DESCRIPTION", ev["desc"]), _text("LOCATION", ev["location"]),
                "URL:" + ev["url"] if ev["url"] else None, "SEQUENCE:%d" % ev["seq"],
                "TRANSP:" + ev["transp"] if o.get("transp") else None,
                "X-MOZ-SEND-INVITATIONS:TRUE", "X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE")
            if ev["kind"] == "VTODO" and ev["due"]:
                add(dtprop(ev, "DUE", ev["due"], mode), "STATUS:NEEDS-ACTION")
        elif dialect == "zimbra":
            add("UID:" + ev["uid"], _text("SUMMARY", ev["summary"]))
            if ev["location"]:
                add(_text("LOCATION", ev["location"]))
            for a in ev["atts"]:
                add(_att(a, attstyle))
            add(_org(ev, orgstyle), dtprop(ev, "DTSTART", ev["start"], mode), dtprop(ev, "DTEND", ev["end"], mode))
            L += _recur(ev, mode)
            add("STATUS:" + ev["status"], "CLASS:" + (ev["cls"] or "PUBLIC"),
                "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "TRANSP:" + ev["transp"],
                "LAST-MODIFIED:" + icsutc(lm), "DTSTAMP:" + icsutc(S), "SEQUENCE:%d" % ev["seq"],
                _text("DESCRIPTION", ev["desc"]))
            if ev["alt_desc"]:
                add("X-ALT-DESC;FMTTYPE=text/html:" + ical_escape(ev["alt_desc"]))
        else:
            order = o.get("order", ["CREATED", "DTSTAMP", "LAST-MODIFIED", "SEQUENCE", "UID", "DTSTART", "DTEND",
                                    "RRULE", "STATUS", "SUMMARY", "DESCRIPTION", "LOCATION", "URL", "ORGANIZER",
                                    "ATTENDEE", "TRANSP", "CLASS", "PRIORITY", "CATEGORIES", "DUE"])
            for k in order:
                if k == "CREATED" and not o.get("no_created"):
                    add("CREATED:" + icsutc(cr))
                elif k == "DTSTAMP" and not o.get("no_dtstamp"):
                    add("DTSTAMP:" + (icsutc(S) if not o.get("dtstamp_local") else icsdt(S)))
                elif k == "LAST-MODIFIED" and not o.get("no_lm"):
                    add("LAST-MODIFIED:" + icsutc(lm))
                elif k == "SEQUENCE" and (ev["seq"] or not o.get("no_seq0")):
                    add("SEQUENCE:%d" % ev["seq"])
                elif k == "UID" and ev["uid"] is not None and not o.get("no_uid"):
                    add("UID:" + ev["uid"])
                elif k == "DTSTART":
                    add(dtprop(ev, "DTSTART", ev["start"], mode))
                    if ev["recid"]:
                        add(dtprop(ev, "RECURRENCE-ID", ev["recid"], mode))
                elif k == "DTEND":
                    if ev["duration"]:
                        add("DURATION:" + ev["duration"])
                    elif not ev["no_end"]:
                        add(dtprop(ev, "DTEND", ev["end"], mode))
                elif k == "RRULE":
                    L += _recur(ev, mode)
                elif k == "STATUS" and ev["status"]:
                    add("STATUS:" + ev["status"])
                elif k == "SUMMARY":
                    add(_text("SUMMARY", ev["summary"], commas=commas))
                elif k == "DESCRIPTION":
                    add(_text("DESCRIPTION", ev["desc"], commas=commas))
                elif k == "LOCATION":
                    add(_text("LOCATION", ev["location"], commas=commas))
                elif k == "URL" and ev["url"]:
                    add("URL:" + ev["url"])
                elif k == "ORGANIZER":
                    add(_org(ev, orgstyle))
                elif k == "ATTENDEE":
                    for a in ev["atts"]:
                        add(_att(a, attstyle))
                elif k == "TRANSP" and ev["transp"] and not o.get("no_transp"):
                    add("TRANSP:" + ev["transp"])
                elif k == "CLASS" and ev["cls"]:
                    add("CLASS:" + ev["cls"])
                elif k == "PRIORITY" and ev["priority"] is not None:
                    add("PRIORITY:%d" % ev["priority"])
                elif k == "CATEGORIES" and ev["categories"]:
                    add("CATEGORIES:" + ev["categories"])
                elif k == "DUE" and ev["due"]:
                    add(dtprop(ev, "DUE", ev["due"], mode))
            if ev["comment"]:
                add(_text("COMMENT", ev["comment"]))
            if ev["request_status"]:
                add("REQUEST-STATUS:" + ev["request_status"])
            if ev["geo"]:
                add("GEO:%s" % ev["geo"])
            for a in ev["attach"]:
                add(a)
        L += ev["x"]
        for al in ev["alarms"]:
            L += _alarm(al, {"lightning": "lightning", "zimbra": "zimbra"}.get(dialect, "generic"))
        add("END:" + kind)
        for c in ev["extra_components"]:
            L += c
        if tzkey and mode == "tzid" and tz_after and not o.get("no_vtimezone"):
            L += vtimezone(tzkey, "olson")
        if not o.get("no_end_vcal"):
            add("END:VCALENDAR")
        return L
    raise ValueError(dialect)


def ics_text(ev, dialect, rng, prodid=None, width=75, eol="\r\n", nofold=False, **opts):
    tzstyle = opts.pop("tzstyle", None)
    return render_ics(ical(ev, dialect, rng, prodid, tzstyle, opts), width=width, eol=eol, nofold=nofold)
