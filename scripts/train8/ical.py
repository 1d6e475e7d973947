"""iCalendar writers imitating the property order, folding and quirks of real clients."""
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc

# IANA -> (std offset min, dst offset min or None, rule, std name, dst name, windows name)
TZ = {
    "Europe/London": (0, 60, "EUUK", "GMT", "BST", "GMT Standard Time"),
    "Europe/Lisbon": (0, 60, "EUUK", "WET", "WEST", "GMT Standard Time"),
    "Europe/Berlin": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Rome": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Amsterdam": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Paris": (60, 120, "EU", "CET", "CEST", "Romance Standard Time"),
    "Europe/Madrid": (60, 120, "EU", "CET", "CEST", "Romance Standard Time"),
    "Europe/Warsaw": (60, 120, "EU", "CET", "CEST", "Central European Standard Time"),
    "Europe/Athens": (120, 180, "EUE", "EET", "EEST", "GTB Standard Time"),
    "Europe/Moscow": (180, None, None, "MSK", None, "Russian Standard Time"),
    "America/New_York": (-300, -240, "US", "EST", "EDT", "Eastern Standard Time"),
    "America/Chicago": (-360, -300, "US", "CST", "CDT", "Central Standard Time"),
    "America/Los_Angeles": (-480, -420, "US", "PST", "PDT", "Pacific Standard Time"),
    "America/Mexico_City": (-360, None, None, "CST", None, "Central Standard Time (Mexico)"),
    "America/Sao_Paulo": (-180, None, None, "-03", None, "E. South America Standard Time"),
    "Asia/Dubai": (240, None, None, "+04", None, "Arabian Standard Time"),
    "Asia/Riyadh": (180, None, None, "+03", None, "Arab Standard Time"),
    "Asia/Jerusalem": (120, 180, "IL", "IST", "IDT", "Israel Standard Time"),
    "Asia/Shanghai": (480, None, None, "CST", None, "China Standard Time"),
    "Asia/Taipei": (480, None, None, "CST", None, "Taipei Standard Time"),
    "Asia/Tokyo": (540, None, None, "JST", None, "Tokyo Standard Time"),
    "Asia/Seoul": (540, None, None, "KST", None, "Korea Standard Time"),
    "Asia/Kolkata": (330, None, None, "IST", None, "India Standard Time"),
    "Asia/Bangkok": (420, None, None, "+07", None, "SE Asia Standard Time"),
    "Australia/Sydney": (600, 660, "AU", "AEST", "AEDT", "AUS Eastern Standard Time"),
}

RULES = {  # (dst start: month, byday, local time), (std start ...)
    "EU": ((3, "-1SU", "020000", "19810329"), (10, "-1SU", "030000", "19961027")),
    "EUUK": ((3, "-1SU", "010000", "19810329"), (10, "-1SU", "020000", "19961027")),
    "EUE": ((3, "-1SU", "030000", "19810329"), (10, "-1SU", "040000", "19961027")),
    "US": ((3, "2SU", "020000", "20070311"), (11, "1SU", "020000", "20071104")),
    "AU": ((10, "1SU", "020000", "20081005"), (4, "1SU", "030000", "20080406")),
    "IL": ((3, "FR;BYMONTHDAY=23,24,25,26,27,28,29", "020000", "20130329"), (10, "-1SU", "020000", "20131027")),
}


def off(m):
    s = "+" if m >= 0 else "-"
    m = abs(m)
    return "%s%02d%02d" % (s, m // 60, m % 60)


def vtimezone(tzid, style="olson"):
    std, dst, rule, sn, dn, win = TZ[tzid]
    L = ["BEGIN:VTIMEZONE"]
    if style == "ms":
        L.append("TZID:" + win)
        if dst is None:
            L += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:" + off(std),
                  "TZOFFSETTO:" + off(std), "END:STANDARD"]
        else:
            (dm, dd, dt, _), (sm, sd, st, _) = RULES[rule]
            L += ["BEGIN:STANDARD", "DTSTART:16010101T" + st, "TZOFFSETFROM:" + off(dst),
                  "TZOFFSETTO:" + off(std), "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d" % (sd, sm),
                  "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T" + dt, "TZOFFSETFROM:" + off(std),
                  "TZOFFSETTO:" + off(dst), "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d" % (dd, dm),
                  "END:DAYLIGHT"]
        L.append("END:VTIMEZONE")
        return L
    L.append("TZID:" + tzid)
    if style in ("mozilla", "zimbra") or style == "olson":
        if style == "mozilla":
            L.append("X-LIC-LOCATION:" + tzid)
    if dst is None:
        L += ["BEGIN:STANDARD", "TZOFFSETFROM:" + off(std), "TZOFFSETTO:" + off(std), "TZNAME:" + sn,
              "DTSTART:19700101T000000", "END:STANDARD"]
    else:
        (dm, dd, dt, dstart), (sm, sd, st, sstart) = RULES[rule]
        L += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:" + off(std), "TZOFFSETTO:" + off(dst), "TZNAME:" + dn,
              "DTSTART:%sT%s" % (dstart, dt), "RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s" % (dm, dd), "END:DAYLIGHT",
              "BEGIN:STANDARD", "TZOFFSETFROM:" + off(dst), "TZOFFSETTO:" + off(std), "TZNAME:" + sn,
              "DTSTART:%sT%s" % (sstart, st), "RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s" % (sm, sd), "END:STANDARD"]
    L.append("END:VTIMEZONE")
    return L


def esc(s, commas=True):
    s = s.replace("\\", "\\\\").replace(";", "\\;")
    if commas:
        s = s.replace(",", "\\,")
    return s.replace("\r\n", "\\n").replace("\n", "\\n")


def utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def fold(lines, style="octet75", eol="\r\n"):
    out = []
    for ln in lines:
        if style == "none":
            out.append(ln)
            continue
        if style == "chars75":
            first = True
            while len(ln) > 75:
                out.append(ln[:75] if first else ln[:75])
                ln = " " + ln[75:]
                first = False
            out.append(ln)
            continue
        limit = 74 if style == "ms" else 75
        cont = "\t" if style == "tab" else " "
        b = ln.encode("utf-8")
        if len(b) <= limit:
            out.append(ln)
            continue
        cur, curlen, first = "", 0, True
        for ch in ln:
            cl = len(ch.encode("utf-8"))
            lim = limit if first else limit - 1
            if curlen + cl > lim:
                out.append(cur if first else cont + cur)
                cur, curlen, first = ch, cl, False
            else:
                cur += ch
                curlen += cl
        out.append(cur if first else cont + cur)
    return eol.join(out) + eol


def att_line(a, style):
    cn, email, part, role, rsvp = a
    if style == "google":
        return ("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s"
                % (role, part, rsvp, cn or email, email))
    if style == "ms":
        return "ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s:mailto:%s" % (role, part, rsvp, q(cn or email), email)
    if style == "apple":
        return ("ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=%s;ROLE=%s;RSVP=%s:mailto:%s"
                % (q(cn or email), email, part, role, rsvp, email))
    if style == "mozilla":
        return "ATTENDEE;RSVP=%s;CN=%s;PARTSTAT=%s;ROLE=%s:mailto:%s" % (rsvp, q(cn or email), part, role, email)
    if style == "nextcloud":
        return "ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;PARTSTAT=%s;ROLE=%s;RSVP=%s:mailto:%s" % (q(cn or email), part, role, rsvp, email)
    if style == "zimbra":
        return "ATTENDEE;CN=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s:mailto:%s" % (q(cn or email), role, part, rsvp, email)
    return "ATTENDEE;CN=%s;RSVP=%s:mailto:%s" % (q(cn or email), rsvp, email)


def q(cn):
    if any(c in cn for c in ',;:'):
        return '"%s"' % cn.replace('"', "")
    return cn


def _extras(e, lines):
    """Payload-carrying properties shared by every writer."""
    if e.get("url"):
        lines.append("URL:" + e["url"] if not e.get("url_param") else "URL;VALUE=URI:" + e["url"])
    for p, v in e.get("attach", []):
        lines.append("ATTACH" + p + ":" + v)
    if e.get("conference"):
        u, lab = e["conference"]
        lines.append("CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=%s:%s" % (esc(lab), u))
    for ln in e.get("xprops", []):
        lines.append(ln)


def _alarm(e, lines, style="std"):
    m = e.get("alarm")
    if m is None:
        return
    if style == "google":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT%dH%dM0S" % (m // 60, m % 60), "END:VALARM"]
    elif style == "ms":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT%dM" % m, "ACTION:DISPLAY",
                  "END:VALARM"]
    elif style == "apple":
        u = e["alarm_uid"]
        lines += ["BEGIN:VALARM", "X-WR-ALARMUID:" + u, "UID:" + u, "TRIGGER:-PT%dM" % m, "ATTACH;VALUE=URI:Chord",
                  "ACTION:AUDIO", "X-APPLE-DEFAULT-ALARM:TRUE", "ACKNOWLEDGED:" + utc(e["dtstamp"]), "END:VALARM"]
    else:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DURATION:-PT%dM" % m,
                  "DESCRIPTION:" + esc(e["summary"]), "END:VALARM"]


def _dt(e, key, style):
    dt = e[key]
    if e.get("allday"):
        return "%s;VALUE=DATE:%s" % ("DTSTART" if key == "start" else "DTEND", dt.strftime("%Y%m%d"))
    name = "DTSTART" if key == "start" else "DTEND"
    if style == "utc":
        return "%s:%s" % (name, utc(dt))
    if style == "floating":
        return "%s:%s" % (name, loc(dt))
    if style == "ms":
        return '%s;TZID=%s:%s' % (name, TZ[e["tz"]][5], loc(dt))
    if style == "zimbra":
        return '%s;TZID="%s":%s' % (name, e["tz"], loc(dt))
    return "%s;TZID=%s:%s" % (name, e["tz"], loc(dt))


def _more_events(e, style, tzstyle, uidfmt):
    out = []
    for i, (s, st, en, lc) in enumerate(e.get("more", [])):
        ee = dict(e, start=st, end=en, allday=False)
        out += ["BEGIN:VEVENT", "UID:" + uidfmt(i), "DTSTAMP:" + utc(e["dtstamp"]), _dt(ee, "start", tzstyle),
                _dt(ee, "end", tzstyle), "SUMMARY:" + esc(s)]
        if lc:
            out.append("LOCATION:" + esc(lc))
        if e.get("organizer"):
            out.append("ORGANIZER;CN=%s:mailto:%s" % (q(e["organizer"][0]), e["organizer"][1]))
        out += ["END:VEVENT"]
    return out


# ---------------------------------------------------------------- writers

def google(e):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", "METHOD:" + e["method"]]
    L += ["BEGIN:VEVENT", _dt(e, "start", "utc"), _dt(e, "end", "utc"), "DTSTAMP:" + utc(e["dtstamp"]),
          "ORGANIZER;CN=%s:mailto:%s" % (q(e["organizer"][0]), e["organizer"][1]), "UID:" + e["uid"]]
    for a in e["attendees"]:
        L.append(att_line(a, "google"))
    L.append(att_line((e["organizer"][0], e["organizer"][1], "ACCEPTED", "REQ-PARTICIPANT", "TRUE"), "google"))
    L.append("X-GOOGLE-CONFERENCE:" + e["meet"] if e.get("meet") else None)
    L.append("X-MICROSOFT-CDO-OWNERAPPTID:" + str(e["ownerid"]))
    L += ["CREATED:" + utc(e["created"]), "DESCRIPTION:" + esc(e["gdesc"]),
          "LAST-MODIFIED:" + utc(e["lastmod"]), "LOCATION:" + esc(e.get("location", "")),
          "SEQUENCE:%d" % e["seq"], "STATUS:CONFIRMED", "SUMMARY:" + esc(e["summary"]), "TRANSP:OPAQUE"]
    _extras(e, L)
    _alarm(e, L, "google")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return fold([x for x in L if x], "octet75")


def exchange(e, desktop=False):
    lang = e.get("mslang", "en-US")
    if desktop:
        L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:" + e["method"], "X-MS-OLK-FORCEINSPECTOROPEN:TRUE"]
        L += vtimezone(e["tz"], "ms")
        L += ["BEGIN:VEVENT"]
        for a in e["attendees"]:
            L.append(att_line(a, "ms"))
        L += ["CLASS:PUBLIC", "CREATED:" + utc(e["created"]), "DESCRIPTION:" + esc(e["desc"]),
              _dt(e, "end", "ms"), "DTSTAMP:" + utc(e["dtstamp"]), _dt(e, "start", "ms"),
              "LAST-MODIFIED:" + utc(e["lastmod"]), "LOCATION:" + esc(e.get("location", "")),
              "ORGANIZER;CN=%s:mailto:%s" % (q(e["organizer"][0]), e["organizer"][1]), "PRIORITY:5",
              "SEQUENCE:%d" % e["seq"], "SUMMARY;LANGUAGE=%s:%s" % (lang.split("-")[0], esc(e["summary"])),
              "TRANSP:OPAQUE", "UID:" + e["uid"]]
        _extras(e, L)
        if e.get("html"):
            L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(e["html"], commas=False))
        L += ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOFILLLOCATION:FALSE",
              "X-MS-OLK-AUTOSTARTCHECK:FALSE", "X-MS-OLK-CONFTYPE:0"]
        _alarm(e, L, "ms")
        L += ["END:VEVENT", "END:VCALENDAR"]
        return fold(L, "ms")
    L = ["BEGIN:VCALENDAR", "METHOD:" + e["method"], "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += vtimezone(e["tz"], "ms")
    L += ["BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % (q(e["organizer"][0]), e["organizer"][1])]
    for a in e["attendees"]:
        L.append(att_line(a, "ms"))
    L += ["DESCRIPTION;LANGUAGE=%s:%s" % (lang, esc(e["desc"])), "UID:" + e["uid"],
          "SUMMARY;LANGUAGE=%s:%s" % (lang, esc(e["summary"])), _dt(e, "start", "ms"), _dt(e, "end", "ms"),
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + utc(e["dtstamp"]), "TRANSP:OPAQUE", "STATUS:CONFIRMED",
          "SEQUENCE:%d" % e["seq"], "LOCATION;LANGUAGE=%s:%s" % (lang, esc(e.get("location", "")))]
    _extras(e, L)
    L += ["X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % e["seq"], "X-MICROSOFT-CDO-OWNERAPPTID:%d" % e["ownerid"],
          "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:%s" % ("TRUE" if e.get("allday") else "FALSE"),
          "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if e.get("teams"):
        L += ["X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:",
              "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s"
              % (e["organizer"][1], e["teams_id"], e["teams_oid"], e["teams_tid"]),
              "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + e["teams"],
              'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"rid":0\\,"mid":0\\,"uid":null\\,"private":true\\,"type":0}' % e["teams_id"]]
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
          "X-MICROSOFT-LOCATIONS:[{\"DisplayName\":\"%s\"\\,\"LocationAnnotation\":\"\"\\,\"LocationUri\":\"\"\\,\"LocationStreet\":\"\"\\,\"LocationCity\":\"\"\\,\"LocationState\":\"\"\\,\"LocationCountry\":\"\"\\,\"LocationPostalCode\":\"\"\\,\"LocationFullAddress\":\"\"}]"
          % esc(e.get("location", ""), commas=False).replace('"', '\\"')]
    _alarm(e, L, "ms")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return fold(L, "ms")


def apple(e):
    L = ["BEGIN:VCALENDAR", "METHOD:" + e["method"], "VERSION:2.0", "PRODID:" + e["prodid"], "CALSCALE:GREGORIAN"]
    L += vtimezone(e["tz"])
    L += ["BEGIN:VEVENT", "TRANSP:OPAQUE", _dt(e, "end", "tz"),
          "ORGANIZER;CN=%s;EMAIL=%s:mailto:%s" % (q(e["organizer"][0]), e["organizer"][1], e["organizer"][1]),
          "UID:" + e["uid"], "DTSTAMP:" + utc(e["dtstamp"])]
    if e.get("location"):
        L.append("LOCATION:" + esc(e["location"]))
    if e.get("desc"):
        L.append("DESCRIPTION:" + esc(e["desc"]))
    _extras(e, L)
    L += ["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "SEQUENCE:%d" % e["seq"], "SUMMARY:" + esc(e["summary"]),
          "LAST-MODIFIED:" + utc(e["lastmod"]), "CREATED:" + utc(e["created"]), _dt(e, "start", "tz")]
    for a in e["attendees"]:
        L.append(att_line(a, "apple"))
    _alarm(e, L, "apple")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return fold(L, "octet75")


def mozilla(e):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0",
         "METHOD:" + e["method"]]
    L += vtimezone(e["tz"], "mozilla")
    comp = "VTODO" if e.get("todo") else "VEVENT"
    L += ["BEGIN:" + comp, "CREATED:" + utc(e["created"]), "LAST-MODIFIED:" + utc(e["lastmod"]),
          "DTSTAMP:" + utc(e["dtstamp"]), "UID:" + e["uid"], "SUMMARY:" + esc(e["summary"]),
          "ORGANIZER;RSVP=TRUE;CN=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s" % (q(e["organizer"][0]), e["organizer"][1])]
    for a in e["attendees"]:
        L.append(att_line(a, "mozilla"))
    if e.get("todo"):
        L += ["DUE;TZID=%s:%s" % (e["tz"], loc(e["start"])), "STATUS:NEEDS-ACTION"]
    else:
        L += [_dt(e, "start", "tz"), _dt(e, "end", "tz"), "TRANSP:OPAQUE"]
    L += ["X-MOZ-SEND-INVITATIONS:TRUE", "X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE", "SEQUENCE:%d" % e["seq"]]
    if e.get("desc"):
        L.append("DESCRIPTION:" + esc(e["desc"]))
    if e.get("location"):
        L.append("LOCATION:" + esc(e["location"]))
    _extras(e, L)
    if e.get("alarm") is not None:
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DURATION:-PT%dM" % e["alarm"],
              "DESCRIPTION:Mozilla Standardbeschreibung" if e.get("lang") == "de" else "DESCRIPTION:Default Mozilla Description",
              "END:VALARM"]
    L += ["END:" + comp, "END:VCALENDAR"]
    return fold(L, "octet75")


def zoom(e):
    L = ["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:" + e["method"], "CLASS:PUBLIC"]
    L += vtimezone(e["tz"])
    L += ["BEGIN:VEVENT", "DTSTAMP:" + utc(e["dtstamp"]), _dt(e, "start", "tz"), _dt(e, "end", "tz"),
          "SUMMARY:" + esc(e["summary"]), "UID:" + e["uid"], "TZID:" + e["tz"],
          "DESCRIPTION:" + esc(e["desc"]), "LOCATION:" + esc(e.get("location", ""))]
    if e.get("organizer_in_zoom"):
        L.append("ORGANIZER;CN=%s:mailto:%s" % (q(e["organizer"][0]), e["organizer"][1]))
        for a in e["attendees"]:
            L.append(att_line(a, "zimbra"))
    _extras(e, L)
    L += ["BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
          "END:VEVENT"]
    L += _more_events(e, "zoom", "tz", lambda i: "%s-%d" % (e["uid"], i + 2))
    L += ["END:VCALENDAR"]
    return fold(L, "octet75")


def nextcloud(e):
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "CALSCALE:GREGORIAN", "PRODID:" + e["prodid"], "METHOD:" + e["method"]]
    L += vtimezone(e["tz"])
    L += ["BEGIN:VEVENT", "CREATED:" + utc(e["created"]), "DTSTAMP:" + utc(e["dtstamp"]),
          "LAST-MODIFIED:" + utc(e["lastmod"]), "SEQUENCE:%d" % e["seq"], "UID:" + e["uid"],
          _dt(e, "start", "tz"), _dt(e, "end", "tz"), "STATUS:CONFIRMED", "SUMMARY:" + esc(e["summary"])]
    if e.get("location"):
        L.append("LOCATION:" + esc(e["location"]))
    if e.get("desc"):
        L.append("DESCRIPTION:" + esc(e["desc"]))
    L.append("ORGANIZER;CN=%s:mailto:%s" % (q(e["organizer"][0]), e["organizer"][1]))
    for a in e["attendees"]:
        L.append(att_line(a, "nextcloud") .replace(":mailto:", ";LANGUAGE=%s:mailto:" % e.get("lang", "en")))
    _extras(e, L)
    _alarm(e, L)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return fold(L, "octet75")


def zimbra(e):
    L = ["BEGIN:VCALENDAR", "X-WR-CALNAME:" + e.get("calname", "Calendar"), "PRODID:Zimbra-Calendar-Provider",
         "VERSION:2.0", "METHOD:" + e["method"]]
    L += vtimezone(e["tz"], "zimbra")
    comp = "VTODO" if e.get("todo") else "VEVENT"
    L += ["BEGIN:" + comp, "UID:" + e["uid"], "SUMMARY:" + esc(e["summary"])]
    if e.get("location"):
        L.append("LOCATION:" + esc(e["location"]))
    for a in e["attendees"]:
        L.append(att_line(a, "zimbra"))
    L.append("ORGANIZER;CN=%s:mailto:%s" % (q(e["organizer"][0]), e["organizer"][1]))
    if e.get("todo"):
        L += ['DUE;TZID="%s":%s' % (e["tz"], loc(e["start"])), "STATUS:NEEDS-ACTION", "PERCENT-COMPLETE:0"]
    else:
        L += [_dt(e, "start", "zimbra"), _dt(e, "end", "zimbra"), "STATUS:CONFIRMED"]
    L += ["CLASS:PUBLIC", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "TRANSP:OPAQUE",
          "LAST-MODIFIED:" + utc(e["lastmod"]), "DTSTAMP:" + utc(e["dtstamp"]), "SEQUENCE:%d" % e["seq"],
          "DESCRIPTION:" + esc(e["desc"])]
    if e.get("html"):
        L.append("X-ALT-DESC;FMTTYPE=text/html:" + esc(e["html"], commas=False))
    _extras(e, L)
    if e.get("alarm") is not None:
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=START:-PT%dM" % e["alarm"],
              "DESCRIPTION:Reminder", "END:VALARM"]
    L += ["END:" + comp, "END:VCALENDAR"]
    return fold(L, "octet75")


def yahoo(e):
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Yahoo//Yahoo Calendar//EN", "METHOD:" + e["method"],
         "BEGIN:VEVENT", "SUMMARY:" + esc(e["summary"]), "DESCRIPTION:" + esc(e.get("desc", "")),
         "LOCATION:" + esc(e.get("location", "")), "CLASS:PUBLIC", _dt(e, "start", "utc"), _dt(e, "end", "utc"),
         "DTSTAMP:" + utc(e["dtstamp"]), "UID:" + e["uid"], "SEQUENCE:%d" % e["seq"],
         "ORGANIZER;CN=%s;SENT-BY=\"mailto:%s\":mailto:%s" % (q(e["organizer"][0]), e["organizer"][1], e["organizer"][1])]
    for a in e["attendees"]:
        L.append("ATTENDEE;CN=%s;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (q(a[0] or a[1]), a[1]))
    _extras(e, L)
    L += ["STATUS:CONFIRMED", "X-YAHOO-YID:" + e["organizer"][1].split("@")[0],
          "X-YAHOO-USER-STATUS:BUSY", "X-YAHOO-EVENT-STATUS:BUSY", "END:VEVENT", "END:VCALENDAR"]
    return fold(L, "octet75")


def sogo(e):
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + e["prodid"], "METHOD:" + e["method"]]
    L += vtimezone(e["tz"])
    L += ["BEGIN:VEVENT", "UID:" + e["uid"], "SUMMARY:" + esc(e["summary"])]
    if e.get("location"):
        L.append("LOCATION:" + esc(e["location"]))
    L += ["CLASS:PUBLIC", "X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:YES", "TRANSP:OPAQUE",
          _dt(e, "start", "tz"), _dt(e, "end", "tz"), "DESCRIPTION:" + esc(e.get("desc", "")),
          "ORGANIZER;CN=%s:mailto:%s" % (q(e["organizer"][0]), e["organizer"][1])]
    for a in e["attendees"]:
        L.append(att_line(a, "zimbra"))
    _extras(e, L)
    L += ["CREATED:" + utc(e["created"]), "DTSTAMP:" + utc(e["dtstamp"]), "LAST-MODIFIED:" + utc(e["lastmod"]),
          "SEQUENCE:%d" % e["seq"], "END:VEVENT", "END:VCALENDAR"]
    return fold(L, "octet75")


def generic(e, q_):
    """Booking systems and hand-rolled generators. q_ is a dict of quirks."""
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + e["prodid"]]
    if q_.get("prodid_first"):
        L = ["BEGIN:VCALENDAR", "PRODID:" + e["prodid"], "VERSION:2.0"]
    if e.get("method") and not q_.get("no_method"):
        L.append("METHOD:" + e["method"])
    if q_.get("calscale"):
        L.append("CALSCALE:GREGORIAN")
    if q_.get("calname"):
        L.append("X-WR-CALNAME:" + esc(q_["calname"]))
    tzstyle = q_.get("dtstyle", "tz")
    if tzstyle == "tz":
        L += vtimezone(e["tz"])
    comp = "VTODO" if e.get("todo") else "VEVENT"
    cm = not q_.get("no_comma_escape")
    L += ["BEGIN:" + comp, "UID:" + e["uid"]]
    if not q_.get("no_dtstamp"):
        L.append("DTSTAMP:" + utc(e["dtstamp"]))
    if e.get("todo"):
        L.append("DUE:" + utc(e["start"]))
    else:
        L += [_dt(e, "start", tzstyle), _dt(e, "end", tzstyle)]
    L.append("SUMMARY:" + esc(e["summary"], cm))
    if e.get("desc"):
        L.append("DESCRIPTION:" + esc(e["desc"], cm))
    if e.get("location"):
        L.append("LOCATION:" + esc(e["location"], cm))
    if e.get("organizer"):
        L.append("ORGANIZER;CN=%s:mailto:%s" % (q(e["organizer"][0]), e["organizer"][1]))
    for a in e["attendees"]:
        L.append(att_line(a, q_.get("attstyle", "plain")))
    if e.get("html"):
        L.append("X-ALT-DESC;FMTTYPE=text/html:" + esc(e["html"], commas=False))
    _extras(e, L)
    if q_.get("status"):
        L.append("STATUS:" + q_["status"])
    if q_.get("seq"):
        L.append("SEQUENCE:0")
    _alarm(e, L)
    L.append("END:" + comp)
    L += _more_events(e, "generic", tzstyle, lambda i: "%s-%d" % (e["uid"], i + 2))
    L.append("END:VCALENDAR")
    return fold(L, q_.get("fold", "octet75"), q_.get("eol", "\r\n"))
