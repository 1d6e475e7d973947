"""Client renderers: each turns a Msg into (client headers, content-type, body bytes)."""
import datetime as dt
import html as H
import re

from common import (R, pick, chance, hexs, alnum, digits, uuid4, b64, ical_utc, ical_local, ics_escape,
                    ics_escape_sloppy, ics_join, encode_body, ew, addr, boundary, rfc2822_date, can_encode,
                    UTC)
from i18n import lab, when_str, LANG_TAG, LEGACY

URL_RE = re.compile(r"(https?://[^\s<>\"]+|www\.[^\s<>\"]+)")


# ---------------------------------------------------------------- helpers
def htmlize(text, link=True):
    out = []
    for line in text.split("\n"):
        e = H.escape(line)
        if link:
            e = URL_RE.sub(lambda mo: '<a href="%s">%s</a>' % (mo.group(1) if mo.group(1).startswith("http") else "http://" + mo.group(1), mo.group(1)), e)
        out.append(e)
    return "<br>\n".join(out)


def cn_param(name, quote=False):
    if name is None:
        return ""
    if quote or any(c in name for c in ':;,"'):
        return '"%s"' % name.replace('"', "'")
    return name


def part(ctype, body, cte, disp=None, extra=(), order="ct-first"):
    hdr = []
    if order == "ct-first":
        hdr.append("Content-Type: " + ctype)
        if disp:
            hdr.append("Content-Disposition: " + disp)
        hdr.extend(extra)
        hdr.append("Content-Transfer-Encoding: " + cte)
    else:   # cte first (Apple Mail)
        hdr.append("Content-Transfer-Encoding: " + cte)
        if disp:
            hdr.append("Content-Disposition: " + disp)
        hdr.append("Content-Type: " + ctype)
        hdr.extend(extra)
    return "\r\n".join(hdr).encode() + b"\r\n\r\n" + body


def multipart(bnd, parts, preamble=None):
    out = b""
    if preamble:
        out += preamble.encode() + b"\r\n\r\n"
    for p in parts:
        out += b"--" + bnd.encode() + b"\r\n" + p + b"\r\n"
    out += b"--" + bnd.encode() + b"--\r\n"
    return out


def mp_ct(sub, bnd, quote=True, extra=""):
    return 'multipart/%s; boundary=%s%s' % (sub, '"%s"' % bnd if quote else bnd, extra)


def text_part(text, subtype, charset, cte, params="", order="ct-first", disp=None, quote_cs=True):
    if not can_encode(text, charset):
        charset = "utf-8"
    body, cte = encode_body(text, charset, cte)
    cs = '"%s"' % charset if quote_cs else charset
    return part("text/%s; charset=%s%s" % (subtype, cs, params), body, cte, disp=disp, order=order)


def cal_part(ics, method, charset="utf-8", cte="base64", name=None, ctype="text/calendar", disp=None,
             quote_cs=True, order="ct-first", extra_params=""):
    from common import codec_of
    data = ics.encode("utf-8" if not charset or charset.lower() in ("utf-8", "us-ascii") else codec_of(charset), errors="replace")
    from common import b64_encode, qp_encode
    if cte == "7bit" and any(b > 127 for b in data):
        cte = "base64"
    if cte == "base64":
        body = b64_encode(data).encode()
    elif cte == "quoted-printable":
        body = qp_encode(data).encode()
    else:
        body = data
        if body.endswith(b"\r\n"):
            body = body[:-2]
    cs = '"%s"' % charset if quote_cs else charset
    ct = "%s; charset=%s" % (ctype, cs) if charset else ctype
    if method:
        ct += "; method=%s" % method
    if name:
        ct += '; name="%s"' % name
    ct += extra_params
    return part(ct, body, cte, disp=disp, order=order)


def pick_charset(m, legacy_ok):
    if legacy_ok and m.lang in LEGACY and chance(0.7 if m.lang != "en" else 0.4):
        return pick(LEGACY[m.lang])
    return "utf-8"


def att_line(a, style, method):
    name, email = a["name"], a["email"]
    ps = a.get("partstat", "NEEDS-ACTION")
    role = a.get("role", "REQ-PARTICIPANT")
    rsvp = a.get("rsvp", "TRUE")
    if style == "google":
        p = "ATTENDEE;CUTYPE=%s;ROLE=%s;PARTSTAT=%s;" % (a.get("cutype", "INDIVIDUAL"), role, ps)
        if rsvp == "TRUE":
            p += "RSVP=TRUE;"
        p += "CN=%s;X-NUM-GUESTS=0:mailto:%s" % (cn_param(name or email), email)
    elif style == "outlook":
        p = "ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s:mailto:%s" % (role, ps, rsvp, cn_param(name or email), email)
    elif style == "apple":
        p = 'ATTENDEE;CN="%s";CUTYPE=INDIVIDUAL;EMAIL="%s";PARTSTAT=%s;ROLE=%s%s:mailto:%s' % (
            (name or email).replace('"', ""), email, ps, role, ";RSVP=TRUE" if rsvp == "TRUE" else "", email)
    elif style == "thunderbird":
        p = "ATTENDEE;RSVP=%s;%sPARTSTAT=%s;ROLE=%s:mailto:%s" % (rsvp, ("CN=%s;" % cn_param(name)) if name else "", ps, role, email)
    elif style in ("zimbra", "sogo"):
        p = "ATTENDEE;%sROLE=%s;PARTSTAT=%s;RSVP=%s:mailto:%s" % (("CN=%s;" % cn_param(name, style == "zimbra")) if name else "", role, ps, rsvp, email)
    elif style == "sabre":
        p = "ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;PARTSTAT=%s;ROLE=%s;RSVP=%s:mailto:%s" % (cn_param(name or email), ps, role, rsvp, email)
    elif style == "yahoo":
        p = "ATTENDEE;CN=%s;PARTSTAT=%s;ROLE=%s;RSVP=%s:mailto:%s" % (cn_param(name or email), ps, role, rsvp, email)
    else:   # custom / booking
        v = a.get("fmt", R.randrange(4))
        if v == 0:
            p = "ATTENDEE;CN=%s;RSVP=TRUE:mailto:%s" % (cn_param(name or email, True), email)
        elif v == 1:
            p = "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:MAILTO:%s" % (cn_param(name or email), email)
        elif v == 2:
            p = "ATTENDEE:mailto:%s" % email
        else:
            p = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=%s;X-NUM-GUESTS=0:mailto:%s" % (cn_param(name or email), email)
    return p


def dt_lines(ev, style, utc=False, tzname=None):
    if ev.allday:
        s, e = ev.start.strftime("%Y%m%d"), ev.end.strftime("%Y%m%d")
        return ["DTSTART;VALUE=DATE:" + s, "DTEND;VALUE=DATE:" + e]
    if utc or ev.tz is None:
        if ev.tz is None:   # floating time
            return ["DTSTART:" + ical_local(ev.start), "DTEND:" + ical_local(ev.end)]
        return ["DTSTART:" + ical_utc(ev.tz.to_utc(ev.start)), "DTEND:" + ical_utc(ev.tz.to_utc(ev.end))]
    name = tzname or ev.tz.tzid
    q = '"%s"' % name if style == "zimbra-q" else name
    return ["DTSTART;TZID=%s:%s" % (q, ical_local(ev.start)), "DTEND;TZID=%s:%s" % (q, ical_local(ev.end))]


def alarm_lines(ev, style):
    out = []
    for (trig, action, desc) in ev.alarms:
        out.append("BEGIN:VALARM")
        if style == "apple":
            out += ["X-WR-ALARMUID:" + uuid4(True), "UID:" + uuid4(True), "TRIGGER:" + trig, "DESCRIPTION:" + ics_escape(desc or "Reminder"),
                    "ACTION:" + action]
        elif style == "outlook":
            out += ["DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:" + trig, "ACTION:" + action]
        elif style == "google":
            out += ["ACTION:" + action, "DESCRIPTION:" + ics_escape(desc or "This is an event reminder"), "TRIGGER:" + trig]
        else:
            out += ["ACTION:" + action, "TRIGGER:" + trig, "DESCRIPTION:" + ics_escape(desc or "Reminder")]
        if action == "EMAIL":
            out.append("SUMMARY:" + ics_escape(desc or "Reminder"))
            out.append("ATTENDEE:mailto:" + (ev.attendees[0]["email"] if ev.attendees else "x@example.com"))
        out.append("END:VALARM")
    return out


def media_lines(ev, esc):
    out = []
    if ev.url:
        out.append("URL:" + ev.url if not chance(0.3) else "URL;VALUE=URI:" + ev.url)
    for (uri, fmt, fn) in ev.attach:
        p = "ATTACH"
        if fmt:
            p += ";FMTTYPE=" + fmt
        if fn:
            p += ";FILENAME=" + fn if not chance(0.5) else ";X-FILENAME=" + fn
        out.append(p + ":" + uri)
    for (uri, label) in ev.conference:
        out.append("CONFERENCE;VALUE=URI;FEATURE=VIDEO,AUDIO;LABEL=%s:%s" % (cn_param(label), uri))
    if ev.xaltdesc:
        out.append("X-ALT-DESC;FMTTYPE=text/html:" + ev.xaltdesc.replace("\r\n", "").replace("\n", ""))
    return out


# ---------------------------------------------------------------- iCalendar per style
def ics(m, style, ev=None, top=True):
    """Build the VCALENDAR text."""
    ev = ev or m.ev
    method = ev.method
    eol = "\r\n"
    fold_mode = "octet"
    esc = ics_escape
    q = m.quirks
    stamp = m.arrival - dt.timedelta(seconds=R.randrange(5, 300))
    created = ev.created or (stamp - dt.timedelta(minutes=R.randrange(0, 90)))
    if "nofold" in q:
        fold_mode = "none"
    elif "charfold" in q:
        fold_mode = "char"
    if "noescape" in q:
        esc = ics_escape_sloppy
    cal = ["BEGIN:VCALENDAR"]
    prodid = m.prodid or {
        "google": "-//Google Inc//Google Calendar 70.9054//EN",
        "outlook": "Microsoft Exchange Server 2010",
        "apple": "-//Apple Inc.//Mac OS X 10.15.7//EN",
        "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
        "zimbra": "Zimbra-Calendar-Provider",
        "sabre": "-//Sabre//Sabre VObject 4.4.2//EN",
        "sogo": "-//Inverse inc./SOGo 5.8.0//EN",
        "yahoo": "-//Yahoo! Inc.//Yahoo! Calendar//EN",
        "zoom": "-//zoom.us//iCalendar Event//EN",
    }.get(style, "-//Example Corp//Calendar 1.0//EN")
    allev = [ev] + list(ev.extra_events)
    recurring = any(e.rrule for e in allev)
    # header
    if style == "google":
        cal += ["PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN"]
        if method:
            cal.append("METHOD:" + method)
    elif style == "outlook":
        if method:
            cal.append("METHOD:" + method)
        cal += ["PRODID:" + prodid, "VERSION:2.0"]
    elif style == "apple":
        cal += ["VERSION:2.0"]
        if method:
            cal.append("METHOD:" + method)
        cal += ["PRODID:" + prodid, "CALSCALE:GREGORIAN"]
    elif style == "thunderbird":
        cal += ["PRODID:" + prodid, "VERSION:2.0"]
        if method:
            cal.append("METHOD:" + method)
    elif style == "zimbra":
        cal += ["X-WR-CALNAME:Calendar"] if chance(0.2) else []
        cal += ["PRODID:" + prodid, "VERSION:2.0"]
        if method:
            cal.append("METHOD:" + method)
    else:
        if "version-late" in q:
            cal += ["PRODID:" + prodid]
            if method and "nomethod" not in q:
                cal.append("METHOD:" + method)
            cal.append("VERSION:2.0")
        else:
            cal += ["VERSION:2.0", "PRODID:" + prodid]
            if style in ("sabre", "custom", "booking", "zoom") and chance(0.4):
                cal.append("CALSCALE:GREGORIAN")
            if method and "nomethod" not in q:
                cal.append("METHOD:" + method)
        if ev.x_wr_calname:
            cal.append("X-WR-CALNAME:" + esc(ev.x_wr_calname))
    # time zones
    use_utc = style in ("zoom",) or (style == "google" and not recurring) or m.brand and m.brand.get("utc") \
        or (style == "custom" and "utc" in q)
    tzname = None
    if ev.tz and not ev.allday and not use_utc and "floating" not in q:
        if style == "outlook":
            tzname = ev.tz.win
            cal += ev.tz.vtimezone("windows")
        elif style in ("thunderbird", "apple", "sabre"):
            cal += ev.tz.vtimezone("olson-lic")
        elif "notzblock" in q:
            pass
        else:
            cal += ev.tz.vtimezone("olson")
    for i, e in enumerate(allev):
        cal += vevent(m, e, style, esc, stamp, created, use_utc, tzname, i)
    cal.append("END:VCALENDAR")
    if "lf" in q:
        eol = "\n"
    return ics_join(cal, fold_mode=fold_mode, eol=eol, limit=75 if "fold76" not in q else 76)


def vevent(m, ev, style, esc, stamp, created, use_utc, tzname, idx):
    q = m.quirks
    L = ["BEGIN:" + ev.kind]
    org = ev.organizer
    uid = ev.uid
    dts = dt_lines(ev, style, utc=use_utc or "floating" in q and False, tzname=tzname) if ev.kind == "VEVENT" or ev.start else []
    if "floating" in q and not ev.allday:
        dts = ["DTSTART:" + ical_local(ev.start), "DTEND:" + ical_local(ev.end)]
    if ev.kind == "VTODO":
        dts = [d.replace("DTEND", "DUE") for d in dts]
    if style == "zimbra" and dts and ";TZID=" in dts[0]:
        dts = [d.replace(";TZID=%s:" % ev.tz.tzid, ';TZID="%s":' % ev.tz.tzid) for d in dts]
    orgline = None
    if org:
        if style == "apple":
            orgline = 'ORGANIZER;CN="%s";EMAIL="%s":mailto:%s' % (org[0].replace('"', ""), org[1], org[1])
        elif style == "thunderbird":
            orgline = "ORGANIZER;CN=%s:mailto:%s" % (cn_param(org[0]), org[1])
        else:
            orgline = "ORGANIZER;CN=%s:mailto:%s" % (cn_param(org[0] or org[1], style == "zimbra"), org[1])
        if style in ("custom", "booking") and "mailto-upper" in q:
            orgline = orgline.replace("mailto:", "MAILTO:")
    atts = [att_line(a, style, ev.method) for a in ev.attendees]
    desc = esc(ev.description) if ev.description else None
    lang = LANG_TAG.get(m.lang, "en-US")
    summ = esc(ev.summary)
    loc = esc(ev.location) if ev.location else None
    stat = ev.status
    if style == "google":
        L += dts
        if ev.rrule:
            L.append("RRULE:" + ev.rrule)
        L.append("DTSTAMP:" + ical_utc(stamp))
        if orgline:
            L.append(orgline)
        L.append("UID:" + uid)
        if ev.recurrence_id:
            L.append("RECURRENCE-ID" + ev.recurrence_id)
        L += atts
        if ev.meet and "meet.google.com" in ev.meet:
            L.append("X-GOOGLE-CONFERENCE:" + ev.meet)
        L.append("X-MICROSOFT-CDO-OWNERAPPTID:" + str(R.choice([-1, 1]) * R.randrange(10**8, 2 * 10**9)))
        L.append("CREATED:" + ical_utc(created))
        L.append("DESCRIPTION:" + (desc or ""))
        L.append("LAST-MODIFIED:" + ical_utc(stamp))
        L.append("LOCATION:" + (loc or ""))
        L.append("SEQUENCE:%d" % ev.sequence)
        L.append("STATUS:" + stat)
        L.append("SUMMARY:" + summ)
        L.append("TRANSP:" + ev.transp)
        L += media_lines(ev, esc)
        L += ev.extra
        L += alarm_lines(ev, "google")
    elif style == "outlook":
        if orgline:
            L.append(orgline)
        L += atts
        if desc is not None:
            L.append("DESCRIPTION;LANGUAGE=%s:%s" % (lang, desc))
        if ev.rrule:
            L.append("RRULE:" + ev.rrule)
        L.append("UID:" + uid)
        if ev.recurrence_id:
            L.append("RECURRENCE-ID" + ev.recurrence_id)
        L.append("SUMMARY;LANGUAGE=%s:%s" % (lang, summ))
        L += dts
        L += ["CLASS:" + (ev.klass or "PUBLIC"), "PRIORITY:%d" % (ev.priority or 5), "DTSTAMP:" + ical_utc(stamp),
              "TRANSP:" + ev.transp, "STATUS:" + stat, "SEQUENCE:%d" % ev.sequence]
        L.append("LOCATION;LANGUAGE=%s:%s" % (lang, loc or ""))
        L += ["X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % ev.sequence,
              "X-MICROSOFT-CDO-OWNERAPPTID:%d" % R.randrange(-2 * 10**9, 2 * 10**9),
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("TENTATIVE" if ev.method == "REQUEST" else "FREE" if ev.method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if ev.method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if ev.allday else "FALSE"),
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if ev.rrule else 0)]
        if ev.meet and "teams.microsoft" in ev.meet:
            L += ["X-MICROSOFT-SKYPETEAMSMEETINGURL:" + ev.meet,
                  "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://scheduler.teams.microsoft.com/teamsforbusiness/" + uuid4(),
                  "X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting_%s@thread.v2\"\\,\"rid\":0\\,\"mid\":0\\,\"uid\":null\\,\"private\":true\\,\"type\":0}" % alnum(40),
                  "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2" % (org[1] if org else "x", alnum(30))]
        L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
        if ev.location:
            L.append("X-MICROSOFT-LOCATIONS:[ { \"DisplayName\" : \"%s\"\\, \"LocationAnnotation\" : \"\"\\, \"LocationSource\" : 0\\, \"Unresolved\" : false\\, \"LocationUri\" : \"\" } ]" % ev.location.replace('"', "").replace(",", "\\,").replace(";", "\\;"))
        L += media_lines(ev, esc)
        L += ev.extra
        L += alarm_lines(ev, "outlook")
    elif style == "apple":
        props = []
        props += atts
        props.append("CREATED:" + ical_utc(created))
        if desc:
            props.append("DESCRIPTION:" + desc)
        props += dts
        props.append("DTSTAMP:" + ical_utc(stamp))
        props.append("LAST-MODIFIED:" + ical_utc(stamp))
        if loc:
            props.append("LOCATION:" + loc)
        if orgline:
            props.append(orgline)
        if ev.rrule:
            props.append("RRULE:" + ev.rrule)
        props.append("SEQUENCE:%d" % ev.sequence)
        if ev.kind == "VTODO":
            props.append("STATUS:NEEDS-ACTION")
        props.append("SUMMARY:" + summ)
        props.append("TRANSP:" + ev.transp)
        props.append("UID:" + uid)
        if ev.recurrence_id:
            props.append("RECURRENCE-ID" + ev.recurrence_id)
        props += media_lines(ev, esc)
        props.append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
        props += ev.extra
        L += props
        L += alarm_lines(ev, "apple")
    elif style == "thunderbird":
        L += ["CREATED:" + ical_utc(created), "LAST-MODIFIED:" + ical_utc(stamp), "DTSTAMP:" + ical_utc(stamp),
              "UID:" + uid, "SUMMARY:" + summ]
        if ev.recurrence_id:
            L.append("RECURRENCE-ID" + ev.recurrence_id)
        if orgline:
            L.append(orgline)
        L += atts
        if ev.rrule:
            L.append("RRULE:" + ev.rrule)
        L += dts
        if stat and ev.method == "CANCEL":
            L.append("STATUS:CANCELLED")
        L.append("TRANSP:" + ev.transp)
        if ev.kind == "VTODO":
            L += ["STATUS:NEEDS-ACTION", "PERCENT-COMPLETE:0"]
        if loc:
            L.append("LOCATION:" + loc)
        if desc:
            L.append("DESCRIPTION:" + desc)
        L += media_lines(ev, esc)
        L.append("SEQUENCE:%d" % ev.sequence)
        L += ["X-MOZ-SEND-INVITATIONS:TRUE", "X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE"] if ev.method == "REQUEST" else []
        L += ev.extra
        L += alarm_lines(ev, "tb")
    elif style == "zimbra":
        L += ["UID:" + uid, "SUMMARY:" + summ]
        if ev.rrule:
            L.append("RRULE:" + ev.rrule)
        if loc:
            L.append("LOCATION:" + loc)
        L += atts
        if orgline:
            L.append(orgline)
        L += dts
        L += ["STATUS:" + stat, "CLASS:PUBLIC", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "TRANSP:" + ev.transp,
              "LAST-MODIFIED:" + ical_utc(stamp), "DTSTAMP:" + ical_utc(stamp), "SEQUENCE:%d" % ev.sequence]
        if desc:
            L.append("DESCRIPTION:" + desc)
        if ev.xaltdesc:
            L.append("X-ALT-DESC;FMTTYPE=text/html:" + ev.xaltdesc.replace("\n", ""))
        ev2 = ev.xaltdesc
        ev.xaltdesc = None
        L += media_lines(ev, esc)
        ev.xaltdesc = ev2
        L += ev.extra
        L += alarm_lines(ev, "zimbra")
    else:   # sabre/nextcloud, sogo, yahoo, zoom, booking, custom
        L.append("UID:" + uid)
        if style not in ("custom",) or "nodtstamp" not in q:
            L.append("DTSTAMP:" + ical_utc(stamp))
        if style in ("sabre", "sogo"):
            L += ["CREATED:" + ical_utc(created), "LAST-MODIFIED:" + ical_utc(stamp)]
        L.append("SUMMARY:" + summ)
        L += dts
        if ev.rrule:
            L.append("RRULE:" + ev.rrule)
        if loc:
            L.append("LOCATION:" + loc)
        if desc:
            L.append("DESCRIPTION:" + desc)
        if orgline:
            L.append(orgline)
        L += atts
        if ev.recurrence_id:
            L.append("RECURRENCE-ID" + ev.recurrence_id)
        if ev.priority:
            L.append("PRIORITY:%d" % ev.priority)
        if ev.klass:
            L.append("CLASS:" + ev.klass)
        if ev.categories:
            L.append("CATEGORIES:" + ev.categories)
        if ev.geo:
            L.append("GEO:" + ev.geo)
        if ev.contact:
            L.append("CONTACT:" + esc(ev.contact))
        if ev.kind == "VTODO":
            L.append("STATUS:NEEDS-ACTION")
        elif stat and style != "custom" or (style == "custom" and chance(0.6)):
            L.append("STATUS:" + stat)
        if style in ("sabre", "sogo", "yahoo", "zoom"):
            L.append("SEQUENCE:%d" % ev.sequence)
        if style in ("sogo", "yahoo", "booking") and chance(0.6):
            L.append("TRANSP:" + ev.transp)
        L += media_lines(ev, esc)
        L += ev.extra
        L += alarm_lines(ev, style)
    L.append("END:" + ev.kind)
    return L


# ---------------------------------------------------------------- body text pieces
def when_of(m, lang=None, ev=None):
    ev = ev or m.ev
    lang = lang or m.lang
    tzname = ev.tz.sabb if ev.tz and lang == "en" else (ev.tz.tzid if ev.tz else "")
    if ev.tz and ev.tz.rule and ev.tz.offset_at_utc(ev.tz.to_utc(ev.start)) != ev.tz.std and lang == "en":
        tzname = ev.tz.dabb
    return when_str(ev.start, ev.end, tzname, lang, ev.allday)


def guests_of(ev, limit=12):
    g = []
    if ev.organizer:
        g.append((ev.organizer[0], ev.organizer[1], True))
    for a in ev.attendees:
        if ev.organizer and a["email"] == ev.organizer[1]:
            continue
        g.append((a["name"], a["email"], False))
    return g[:limit], len(g)


def teams_block(m, ev, year):
    meet = ev.meet
    mid = " ".join(digits(3) for _ in range(4))
    if year >= 2022:
        t = ("\n" + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             "Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\n"
             "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
             "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
             "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=en-US>\n"
             % (meet, mid, alnum(6), uuid4(), uuid4(), alnum(40)) + "_" * 80 + "\n")
    else:
        t = ("\n\nJoin Microsoft Teams Meeting<%s>\nLearn more about Teams<https://aka.ms/JoinTeamsMeeting> | "
             "Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s>\n" % (meet, uuid4(), uuid4()))
    return t


def zoom_block(ev):
    mid = ev.meet_id or digits(11)
    pw = digits(6)
    return ("\n\nJoin Zoom Meeting\n%s\n\nMeeting ID: %s %s %s\nPasscode: %s\n\n---\n\nOne tap mobile\n"
            "+16465588656,,%s#,,,,*%s# US (New York)\n\nDial by your location\n+1 646 558 8656 US (New York)\n\n"
            "Find your local number: https://us02web.zoom.us/u/k%s\n" % (ev.meet, mid[:3], mid[3:7], mid[7:], pw, mid, pw, alnum(8)))


# ---------------------------------------------------------------- GOOGLE
def google(m):
    ev = m.ev
    lb = lab(m.lang)
    year = m.arrival.year
    org = ev.organizer
    rc = m.rcpt
    when = when_of(m)
    method = ev.method
    if method == "CANCEL":
        subj = "%s: %s @ %s (%s)" % (lb["can"], ev.summary, when, rc)
    elif method == "REPLY":
        att = ev.attendees[0]
        word = {"ACCEPTED": lb["acc"], "DECLINED": lb["dec"], "TENTATIVE": lb["ten"]}[att["partstat"]]
        subj = "%s: %s @ %s" % (word, ev.summary, when) if m.lang != "en" else "%s: %s @ %s" % (
            "Invitation from Google Calendar" if False else word, ev.summary, when)
        subj += " (%s)" % rc
    elif ev.sequence > 0:
        subj = "%s: %s @ %s (%s)" % (lb["upd"], ev.summary, when, rc)
    else:
        subj = "%s: %s @ %s (%s)" % (lb["inv"], ev.summary, when, rc)
    eid = b64(24).replace("=", "").replace("/", "_").replace("+", "-")
    guests, ng = guests_of(ev)
    desc = ev.description or ""
    meetdesc = ""
    if ev.meet and "meet.google.com" in ev.meet:
        marker = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
        meetdesc = "\n\n%s\nJoin with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n%s" % (marker, ev.meet, marker)
        if ev.description is not None and "Join with Google Meet" not in ev.description:
            ev.description = (ev.description or "") + meetdesc
    if method == "REPLY":
        att = ev.attendees[0]
        pl = "%s %s.\n\n%s\n%s\n\n%s\n%s\n%s\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are subscribed to calendar notifications. To stop receiving these emails, go to https://calendar.google.com/calendar/r/settings, select this calendar, and change \"Other notifications\".\n" % (
            att["name"] or att["email"], {"ACCEPTED": "has accepted this invitation", "DECLINED": "has declined this invitation", "TENTATIVE": "has tentatively accepted this invitation"}[att["partstat"]],
            ev.summary, when, lb["org"].capitalize(), org[0] if org else "", org[1] if org else "")
    elif year < 2021:
        g = "\n".join("    * %s%s" % (n or e, " - %s" % lb["org"] if o else "") for (n, e, o) in guests)
        pl = ("You have been invited to the following event.\n\n" if m.lang == "en" else "") + \
            "%s: %s\n%s: %s\n" % (lb["title"], ev.summary, lb["when"], when)
        if ev.location:
            pl += "%s: %s\n" % (lb["where"], ev.location)
        if ev.meet and "meet.google.com" in ev.meet:
            pl += "Joining info: Join Hangouts Meet\n%s\n\n" % ev.meet
        pl += "%s: %s\n%s:\n%s\n" % (lb["cal"], rc, lb["who"], g)
        if ng > len(guests):
            pl += "    ... %d more\n" % (ng - len(guests))
        if desc:
            pl += "\n" + desc + "\n"
        pl += ("\nEvent details: https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=en&es=0\n\n"
               "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
               "You are receiving this courtesy email at the account %s because you are an attendee of this event.\n\n"
               "To stop receiving future updates for this event, decline this event. Otherwise you can sign up for a Google account at https://calendar.google.com/calendar/ and control your notification settings for your entire calendar.\n\n"
               "Forwarding this invitation could allow any recipient to send a response to the organizer and be added to the guest list, or invite others regardless of their own invitation status, or to modify your RSVP. Learn More: https://support.google.com/calendar/answer/37135#forwarding\n"
               % (eid, b64(30).replace("=", ""), ev.tz.tzid if ev.tz else "UTC", rc))
    else:
        pl = "%s\n%s\n" % (ev.summary, when)
        if ev.location:
            pl += ev.location + "\n"
        if desc:
            pl += "\n" + desc + "\n"
        if ev.meet and "meet.google.com" in ev.meet:
            pl += "\nJoin with Google Meet\n%s\n" % ev.meet
        pl += "\n%s\n%s\n%s\n" % (lb["org"].capitalize(), org[0] if org else "", org[1] if org else "")
        pl += "\n%s\n" % lb["who"] + "\n".join("%s%s\n%s" % (n or e, " - %s" % lb["org"] if o else "", e) for (n, e, o) in guests)
        pl += "\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=1\n" % (eid, b64(30).replace("=", ""), ev.tz.tzid if ev.tz else "UTC", m.lang)
        if method != "CANCEL":
            pl += "\n%s %s\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1&tok=%s&ctz=%s&hl=%s&es=1\n" % (lb["reply"], rc, eid, b64(30).replace("=", ""), ev.tz.tzid if ev.tz else "UTC", m.lang)
        if m.lang == "en":
            pl += ("\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
                   "You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.\n\n"
                   "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.\n\n"
                   "Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
        else:
            pl += "\nGoogle Calendar: https://calendar.google.com/calendar/\n"
    # html version
    hg = "".join('<div><span itemprop="attendee" itemscope itemtype="http://schema.org/Person"><span itemprop="name" class="notranslate">%s</span><meta itemprop="email" content="%s"/></span>%s</div>' % (H.escape(n or e), e, " - " + lb["org"] if o else "") for (n, e, o) in guests)
    hh = ('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>'
          '<span itemprop="object" itemscope itemtype="http://schema.org/Event"><div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%%;font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td>'
          '<meta itemprop="eventStatus" content="http://schema.org/EventScheduled"/><h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222"><span itemprop="name">%s</span></h3>'
          '<table style="display:inline-table" cellpadding="0" cellspacing="0" border="0" summary="Event details"><tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">%s</td></tr>'
          % (H.escape(ev.summary), H.escape(ev.summary), lb["when"], H.escape(when)))
    if ev.location:
        hh += '<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><span itemprop="location" itemscope itemtype="http://schema.org/Place"><span itemprop="name" class="notranslate">%s</span></span></td></tr>' % (lb["where"], htmlize(ev.location))
    hh += '<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">%s</td></tr></table>' % (lb["who"], hg)
    if desc:
        hh += '<div style="padding-bottom:15px;font-family:Arial,Sans-serif;font-size:13px;color:#222;white-space:pre-wrap!important;white-space:-moz-pre-wrap!important;white-space:-pre-wrap!important;white-space:-o-pre-wrap!important;white-space:pre;word-wrap:break-word">%s</div>' % htmlize(desc)
    if method not in ("CANCEL", "REPLY"):
        hh += '<p style="color:#222;font-size:13px;margin:0"><span style="color:#888">%s</span><wbr><strong><span itemprop="potentialaction" itemscope itemtype="http://schema.org/RsvpAction"><meta itemprop="attendance" content="http://schema.org/RsvpAttendance/Yes"/><span itemprop="handler" itemscope itemtype="http://schema.org/HttpActionHandler"><link itemprop="method" href="http://schema.org/HttpRequestMethod/GET"/><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=1&amp;tok=%s&amp;ctz=%s&amp;hl=en&amp;es=1" style="color:#20c;white-space:nowrap" itemprop="url">%s</a></span></span><span style="margin:0 0.4em;font-weight:normal"> - </span><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=3&amp;es=1" style="color:#20c;white-space:nowrap">%s</a><span style="margin:0 0.4em;font-weight:normal"> - </span><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=2&amp;es=1" style="color:#20c;white-space:nowrap">%s</a><span style="margin:0 0.4em;font-weight:normal"> - </span><a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid=%s&amp;es=1" style="color:#20c;white-space:nowrap">%s</a></strong></p>' % (
            lb["going"], eid, b64(30).replace("=", ""), ev.tz.tzid if ev.tz else "UTC", lb["yes"], eid, lb["maybe"], eid, lb["no"], eid, lb["more"])
    hh += '</td></tr><tr><td style="background-color:#f6f6f6;color:#888;border-top:1px Solid #ccc;font-family:Arial,Sans-serif;font-size:11px"><p>Invitation from <a href="https://calendar.google.com/calendar/" target="_blank" style="">Google Calendar</a></p><p>You are receiving this email at the account %s because you are an attendee on the event.</p></td></tr></table></div></span></span>' % H.escape(rc)
    html = "<html><head></head><body>%s</body></html>" % hh
    cal = ics(m, "google")
    b1, b2 = boundary("google"), boundary("google")
    fmt_pl = '; format=flowed; delsp=yes'
    alt = multipart(b2, [text_part(pl, "plain", "UTF-8", "base64" if not pl.isascii() else "7bit", fmt_pl),
                         text_part(html, "html", "UTF-8", "quoted-printable"),
                         cal_part(cal, method, "UTF-8", "7bit" if cal.isascii() else "base64")])
    parts = [part(mp_ct("alternative", b2), alt, "7bit")[:0] + ("Content-Type: " + mp_ct("alternative", b2)).encode() + b"\r\n\r\n" + alt]
    if method in ("REQUEST", "CANCEL", "PUBLISH") or chance(0.5):
        parts.append(cal_part(cal, None, None, "base64", name="invite.ics", ctype="application/ics",
                              disp='attachment; filename="invite.ics"'))
    body = multipart(b1, parts)
    hdrs = [("MIME-Version", "1.0")]
    if org and method != "REPLY":
        hdrs.append(("Reply-To", addr(org[0], org[1])))
    hdrs.append(("Sender", "Google Calendar <calendar-notification@google.com>"))
    if year >= 2019 and chance(0.5):
        hdrs.append(("Auto-Submitted", "auto-generated"))
    hdrs.append(("Message-ID", "<calendar-%s@google.com>" % uuid4()))
    hdrs.append(("Date", rfc2822_date(m.arrival - dt.timedelta(seconds=R.randrange(1, 4)), 0)))
    hdrs.append(("Subject", ew(subj)))
    fn, fe = m.from_name, m.from_email
    hdrs.append(("From", addr(fn, fe, quote=False)))
    hdrs.append(("To", ", ".join(addr(n, e, quote=False) if n else e for (n, e) in m.to) or m.rcpt))
    hdrs.append(("Content-Type", mp_ct("mixed", b1, quote=False)))
    return hdrs, body


# ---------------------------------------------------------------- OUTLOOK / EXCHANGE / TEAMS
def outlook_ids(m):
    pre = pick(["AM9PR07MB", "DB8PR03MB", "BN8PR12MB", "CH3PR11MB", "SJ0PR05MB", "PAXPR08MB", "VI1PR04MB", "MW4PR19MB", "DM6PR02MB", "TYCPR01MB"])
    host = pre + digits(4)
    region = {"AM9": "eurprd07", "DB8": "eurprd03", "BN8": "namprd12", "CH3": "namprd11", "SJ0": "namprd05",
              "PAX": "eurprd08", "VI1": "eurprd04", "MW4": "namprd19", "DM6": "namprd02", "TYC": "jpnprd01"}[pre[:3]]
    return host, region


def outlook_html(text, lang):
    paras = text.split("\n")
    ps = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (htmlize(p) if p.strip() else "&nbsp;") for p in paras)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (LANG_TAG.get(lang, "en-US").split("-")[0].upper() + "-" + LANG_TAG.get(lang, "en-US").split("-")[1], ps))


def outlook(m):
    ev = m.ev
    v = m.variant or "o365"
    year = m.arrival.year
    method = ev.method
    lb = lab(m.lang)
    body_text = m.note if m.note else (ev.description or "")
    if ev.meet and "teams.microsoft" in ev.meet:
        tb = teams_block(m, ev, year)
        body_text = (body_text or "") + "\n" + tb
    elif ev.meet and "zoom.us" in ev.meet:
        body_text = (body_text or "") + zoom_block(ev)
    if method != "REPLY":
        ev.description = body_text
    if method == "REPLY":
        subj = m.subject or "%s: %s" % (lb["acc"], ev.summary)
    elif method == "CANCEL":
        subj = m.subject or ("Canceled: " if m.lang == "en" else lb["can"] + ": ") + ev.summary
    else:
        subj = m.subject or ev.summary
    if v == "desktop":
        m.prodid = m.prodid or "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
        if not ev.xaltdesc and chance(0.7) and body_text:
            ev.xaltdesc = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\\n<HTML>\\n<HEAD>\\n<META NAME="Generator" CONTENT="MS Exchange Server version rmj.rmm.rup.rpr">\\n<TITLE></TITLE>\\n</HEAD>\\n<BODY>\\n<P DIR=LTR><SPAN LANG="%s"><FONT FACE="Calibri">%s</FONT></SPAN></P>\\n</BODY>\\n</HTML>' % (
                LANG_TAG.get(m.lang, "en-US"), H.escape(body_text).replace("\n", "<BR>").replace(",", "\\,").replace(";", "\\;"))
    cal = ics(m, "outlook")
    charset = pick_charset(m, v in ("desktop", "exchange") or (m.lang in ("ja", "ko", "zh", "zh-tw", "ru", "th", "el", "he", "ar") and m.arrival.year < 2022)) if m.charset == "utf-8" else m.charset
    b = boundary("outlook")
    parts = [text_part(body_text or " ", "plain", charset, pick(["quoted-printable", "base64"]) if charset != "iso-2022-jp" else "7bit"),
             text_part(outlook_html(body_text or "", m.lang), "html", "utf-8", pick(["quoted-printable", "base64"])),
             cal_part(cal, method, "utf-8", "base64")]
    if method == "REPLY":
        parts = [text_part(m.note or " ", "plain", charset, "quoted-printable"), cal_part(cal, method, "utf-8", "base64")]
    body = multipart(b, parts)
    host, region = outlook_ids(m)
    m.ol_host = (host, region)
    hdrs = [("From", addr(m.from_name, m.from_email, quote=False)),
            ("To", ", ".join(addr(n, e, quote=False) if n else e for (n, e) in m.to))]
    if m.cc:
        hdrs.append(("CC", ", ".join(addr(n, e, quote=False) for (n, e) in m.cc)))
    hdrs.append(("Subject", ew(subj)))
    if v != "desktop":
        hdrs.append(("Thread-Topic", ew(ev.summary)))
        hdrs.append(("Thread-Index", "A" + b64(21)[:-1] + "=="))
    date = rfc2822_date(m.arrival - dt.timedelta(seconds=R.randrange(2, 40)), m.sender_tz)
    hdrs.append(("Date", date))
    if v == "desktop":
        hdrs.append(("Message-ID", "<%s$%s$%s@%s>" % (digits(3) + hexs(9), hexs(8), hexs(8), m.from_email.split("@")[1])))
        hdrs.append(("MIME-Version", "1.0"))
        hdrs.append(("Content-Type", mp_ct("alternative", b, quote=True)))
        hdrs.append(("X-Mailer", pick(["Microsoft Outlook 16.0", "Microsoft Outlook 15.0", "Microsoft Office Outlook 12.0"])))
        hdrs.append(("Thread-Index", "A" + b64(21)[:-1] + "=="))
        hdrs.append(("Content-Language", LANG_TAG.get(m.lang, "en-US").lower()))
        hdrs.append(("Content-Class", "urn:content-classes:calendarmessage"))
        return hdrs, body
    if v == "exchange":
        hdrs.append(("Message-ID", "<%s@%s>" % (hexs(32), pick(["EXCH01", "MBX02", "SRV-EX16", "EX2019-01"]) + "." + m.from_email.split("@")[1])))
    else:
        hdrs.append(("Message-ID", "<%s%s@%s.%s.prod.outlook.com>" % (host, hexs(16).upper(), host, region)))
    hdrs += [("Accept-Language", "%s, en-US" % LANG_TAG.get(m.lang, "en-US") if m.lang != "en" else "en-US"),
             ("Content-Language", LANG_TAG.get(m.lang, "en-US")),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if v != "exchange":
        hdrs += [("x-ms-publictraffictype", "Email"),
                 ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_MeetingMessage" % (host, host[:5] + "PR" + digits(2) + "MB" + digits(4))),
                 ("x-ms-office365-filtering-correlation-id", uuid4())]
        if method == "REQUEST":
            hdrs.append(("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + alnum(8) + "AAAAAAAAAAAAAAAAAAAAAA"))
    hdrs.append(("Content-Type", mp_ct("alternative", b, quote=True)))
    hdrs.append(("MIME-Version", "1.0"))
    if v != "exchange":
        dom = m.from_email.split("@")[1]
        hdrs += [("X-OriginatorOrg", dom),
                 ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
                 ("X-MS-Exchange-CrossTenant-AuthSource", "%s.%s.prod.outlook.com" % (host, region)),
                 ("X-MS-Exchange-CrossTenant-Network-Message-Id", uuid4()),
                 ("X-MS-Exchange-CrossTenant-originalarrivaltime", m.arrival.strftime("%d %b %Y %H:%M:%S.") + digits(4) + " (UTC)"),
                 ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
                 ("X-MS-Exchange-CrossTenant-id", uuid4()),
                 ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", host)]
    return hdrs, body


# ---------------------------------------------------------------- APPLE (iCloud server mail, or Mail.app)
def apple(m):
    ev = m.ev
    v = m.variant or "icloud"
    lb = lab(m.lang)
    method = ev.method
    cal = ics(m, "apple")
    stamp = m.arrival.strftime("%Y%m%d-%H%M%S")
    if v == "icloud":
        org = ev.organizer
        when = when_of(m)
        if method == "REQUEST":
            subj = "%s: %s" % (lb["inv"], ev.summary) if chance(0.6) else ev.summary
        elif method == "CANCEL":
            subj = "%s: %s" % (lb["can"], ev.summary)
        else:
            subj = m.subject or ev.summary
        intro = lb["invited"].format(n=org[0] if org else m.from_name) if method == "REQUEST" else ""
        pl = "%s\n\n%s\n%s\n%s\n" % (intro, ev.summary, when, ev.location or "")
        if ev.description:
            pl += "\n" + ev.description + "\n"
        pl += "\n%s: %s\n" % (lb["org"].capitalize(), org[0] if org else "")
        html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>'
                '<body style="font-family:-apple-system,Helvetica Neue,Helvetica,Arial,sans-serif;">'
                '<div style="max-width:560px;margin:0 auto;"><p style="font-size:17px;color:#1d1d1f;">%s</p>'
                '<h2 style="font-size:22px;margin:8px 0;">%s</h2><p style="color:#6e6e73;">%s<br>%s</p><div style="font-size:14px;">%s</div>'
                '<p style="font-size:12px;color:#86868b;">iCloud</p></div></body></html>'
                % (H.escape(intro), H.escape(ev.summary), H.escape(when), htmlize(ev.location or ""), htmlize(ev.description or "")))
        b1, b2 = boundary("apple"), boundary("apple")
        alt = multipart(b2, [text_part(pl, "plain", "utf-8", "quoted-printable"), text_part(html, "html", "utf-8", "quoted-printable")])
        body = multipart(b1, [("Content-Type: " + mp_ct("alternative", b2)).encode() + b"\r\n\r\n" + alt,
                              cal_part(cal, method, "utf-8", "quoted-printable", name="iCal-%s.ics" % stamp,
                                       disp='attachment; filename="iCal-%s.ics"' % stamp)])
        hdrs = [("From", addr(m.from_name, m.from_email, quote=True)), ("To", ", ".join(addr(n, e) if n else e for (n, e) in m.to)),
                ("Subject", ew(subj)), ("Date", rfc2822_date(m.arrival - dt.timedelta(seconds=R.randrange(1, 20)), m.sender_tz)),
                ("Message-ID", "<%s@%s>" % (uuid4(True), pick(["icloud.com", "me.com"]))),
                ("MIME-Version", "1.0"), ("Content-Type", mp_ct("mixed", b1, quote=True))]
        if chance(0.5):
            hdrs.insert(4, ("X-Apple-Calendar-Invitation", "1"))
        return hdrs, body
    # Mail.app attaching an invitation
    charset = pick_charset(m, True) if m.charset == "utf-8" else m.charset
    b = boundary("apple")
    txt = m.note or ""
    parts = [text_part(txt or "\n", "plain", charset, "quoted-printable" if not txt.isascii() else "7bit", order="cte-first", quote_cs=False),
             cal_part(cal, method, "utf-8", "quoted-printable", name="iCal-%s.ics" % stamp, order="cte-first",
                      disp='attachment; filename="iCal-%s.ics"' % stamp, quote_cs=False)]
    body = multipart(b, parts)
    build = pick(["3731.700.6", "3774.300.61.1.2", "3696.120.41.1.1", "3654.120.0.1.13", "3445.104.11"])
    hdrs = [("From", addr(m.from_name, m.from_email)), ("Content-Type", mp_ct("mixed", b)),
            ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(%s\\))" % build),
            ("Subject", ew(m.subject or ev.summary, charset if can_encode(m.subject or ev.summary, charset) else "utf-8")),
            ("Date", rfc2822_date(m.arrival - dt.timedelta(seconds=R.randrange(3, 60)), m.sender_tz)),
            ("Message-Id", "<%s@%s>" % (uuid4(True), m.from_email.split("@")[1])),
            ("To", ", ".join(addr(n, e) if n else e for (n, e) in m.to)), ("X-Mailer", "Apple Mail (2.%s)" % build)]
    return hdrs, body


# ---------------------------------------------------------------- THUNDERBIRD
def thunderbird(m):
    ev = m.ev
    lb = lab(m.lang)
    method = ev.method
    cal = ics(m, "thunderbird")
    when = when_of(m)
    guests, ng = guests_of(ev, 40)
    if method == "REPLY":
        a = ev.attendees[0]
        word = {"ACCEPTED": lb["acc"], "DECLINED": lb["dec"], "TENTATIVE": lb["ten"]}[a["partstat"]]
        subj = "%s: %s" % (word, ev.summary)
        pl = "%s\n" % (m.note or "%s: %s" % (word, ev.summary))
    else:
        subj = "%s: %s" % (lb["can"] if method == "CANCEL" else lb["upd"] if ev.sequence else lb["inv"], ev.summary)
        pl = "%s: %s\n%s: %s\n" % (lb["title"], ev.summary, lb["when"], when)
        if ev.location:
            pl += "%s: %s\n" % (lb["where"], ev.location)
        pl += "%s:\n%s\n" % (lb["who"], "\n".join("%s <%s>%s" % (n or e, e, " (%s)" % lb["org"] if o else "") for (n, e, o) in guests))
        if ev.description:
            pl += "\n%s:\n%s\n" % (lb["desc"], ev.description)
    charset = pick_charset(m, m.arrival.year < 2020 and m.lang in ("ja", "zh", "zh-tw", "ko", "ru", "pl", "el"))
    if charset.lower() == "shift_jis":
        charset = "ISO-2022-JP"
    b1, b2 = boundary("thunderbird"), boundary("thunderbird")
    alt = multipart(b2, [text_part(pl, "plain", charset if charset != "utf-8" else "UTF-8", ("8bit" if chance(0.6) else "quoted-printable") if charset.upper() != "ISO-2022-JP" else "7bit", quote_cs=False),
                         cal_part(cal, method, "UTF-8", "8bit" if chance(0.5) else "base64", quote_cs=False)])
    body = multipart(b1, [("Content-Type: " + mp_ct("alternative", b2)).encode() + b"\r\n\r\n" + alt,
                          cal_part(cal, None, None, "base64", name="invite.ics", ctype="application/ics",
                                   disp='attachment; filename="invite.ics"', quote_cs=False)],
                     preamble="This is a multi-part message in MIME format.")
    ver = pick(["52.9.1", "60.9.1", "68.12.0", "78.14.0", "91.13.1", "102.15.1", "115.6.0", "128.3.1"])
    gecko = ver.split(".")[0] + ".0"
    hdrs = [("Message-ID", "<%s@%s>" % (uuid4(), m.from_email.split("@")[1])),
            ("Date", rfc2822_date(m.arrival - dt.timedelta(seconds=R.randrange(2, 30)), m.sender_tz)),
            ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s" % (pick(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15"]), gecko, ver)),
            ("Content-Language", LANG_TAG.get(m.lang, "en-US")),
            ("To", ", ".join(addr(n, e, quote=False) if n else e for (n, e) in m.to)),
            ("From", addr(m.from_name, m.from_email, quote=False)),
            ("Subject", ew(subj)),
            ("Content-Type", mp_ct("mixed", b1))]
    return hdrs, body


# ---------------------------------------------------------------- ZIMBRA
def zimbra(m):
    ev = m.ev
    lb = lab(m.lang)
    method = ev.method
    cal = ics(m, "zimbra")
    when = when_of(m)
    guests, _ = guests_of(ev, 30)
    if method == "CANCEL":
        head = "The following meeting has been cancelled:" if m.lang == "en" else lb["can"] + ":"
        subj = "%s: %s" % ("Cancelled" if m.lang == "en" else lb["can"], ev.summary)
    elif method == "REPLY":
        a = ev.attendees[0]
        word = {"ACCEPTED": "Accept", "DECLINED": "Decline", "TENTATIVE": "Tentative"}[a["partstat"]] if m.lang == "en" else \
            {"ACCEPTED": lb["acc"], "DECLINED": lb["dec"], "TENTATIVE": lb["ten"]}[a["partstat"]]
        head = "%s %s" % (a["name"] or a["email"], "has accepted your invitation." if a["partstat"] == "ACCEPTED" else "has replied to your invitation.")
        subj = "%s: %s" % (word, ev.summary)
    else:
        head = "The following is a new meeting request:" if m.lang == "en" else lb["inv"] + ":"
        subj = m.subject or ev.summary
    org = ev.organizer
    pl = "%s\n\nSubject: %s \nOrganizer: \"%s\" <%s> \n\n%s: %s \n%s: %s \n \nInvitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s\n" % (
        head, ev.summary, org[0] if org else "", org[1] if org else "", "Location" if m.lang == "en" else lb["where"],
        ev.location or "", "Time" if m.lang == "en" else lb["when"], when,
        "; ".join('"%s" <%s>' % (n, e) if n else e for (n, e, o) in guests if not o), ev.description or "")
    html = "<html><body id='htmlmode'><h3>%s</h3>\n<p>\n<table border='0'>\n<tr><th align=left>Subject:</th><td>%s </td></tr>\n<tr><th align=left>Organizer:</th><td>\"%s\" &lt;%s&gt; </td></tr>\n</table>\n<p>\n<table border='0'>\n<tr><th align=left>Location:</th><td>%s </td></tr>\n<tr><th align=left>Time:</th><td>%s </td></tr>\n</table>\n<div>*~*~*~*~*~*~*~*~*~*</div><br><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\">%s</div></body></html>" % (
        H.escape(head), H.escape(ev.summary), H.escape(org[0] if org else ""), org[1] if org else "", H.escape(ev.location or ""), H.escape(when), htmlize(ev.description or ""))
    b = boundary("zimbra")
    body = multipart(b, [text_part(pl, "plain", "utf-8", "quoted-printable" if not pl.isascii() else "7bit"),
                         text_part(html, "html", "utf-8", "quoted-printable"),
                         cal_part(cal, method, "utf-8", "7bit" if cal.isascii() else "quoted-printable")])
    zv = pick(["8.8.15_GA_4484", "8.8.12_GA_3794", "9.0.0_GA_4546", "10.0.6_GA_4613", "8.7.11_GA_1854"])
    hdrs = [("Date", rfc2822_date(m.arrival - dt.timedelta(seconds=R.randrange(1, 10)), m.sender_tz)),
            ("From", addr(m.from_name, m.from_email)), ("To", ", ".join(addr(n, e) if n else e for (n, e) in m.to)),
            ("Message-ID", "<%s.%d.%d.JavaMail.zimbra@%s>" % (digits(9), R.randrange(100, 99999), R.randrange(10**12, 10**13), m.from_email.split("@")[1])),
            ("Subject", ew(subj)), ("MIME-Version", "1.0"), ("Content-Type", mp_ct("alternative", b)),
            ("X-Originating-IP", "[%s]" % pick(["10.0.0.%d" % R.randrange(2, 250), "192.168.1.%d" % R.randrange(2, 250)])),
            ("X-Mailer", "Zimbra %s (ZimbraWebClient - %s)/%s)" % (zv, pick(["FF120 (Win)", "GC119 (Linux)", "GC112 (Mac)", "FF115 (Linux)"]), zv)),
            ("Thread-Topic", ew(ev.summary)), ("Thread-Index", b64(18).rstrip("="))]
    return hdrs, body


# ---------------------------------------------------------------- YAHOO
def yahoo(m):
    ev = m.ev
    lb = lab(m.lang)
    cal = ics(m, "yahoo")
    when = when_of(m)
    org = ev.organizer
    subj = m.subject or "%s: %s" % (lb["inv"], ev.summary)
    pl = "%s\n\n%s\n%s\n%s\n\n%s\n\n%s: %s\n" % (lb["invited"].format(n=org[0] if org else m.from_name), ev.summary, when,
                                                ev.location or "", ev.description or "", lb["org"].capitalize(), org[1] if org else "")
    html = '<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">%s</div><h2>%s</h2><div>%s</div><div>%s</div><br><div>%s</div></div></body></html>' % (
        H.escape(lb["invited"].format(n=org[0] if org else m.from_name)), H.escape(ev.summary), H.escape(when), htmlize(ev.location or ""), htmlize(ev.description or ""))
    b = boundary("yahoo")
    body = multipart(b, [text_part(pl, "plain", "UTF-8", "quoted-printable" if not pl.isascii() else "7bit", quote_cs=False),
                         text_part(html, "html", "UTF-8", "quoted-printable", quote_cs=False),
                         cal_part(cal, ev.method, "UTF-8", "7bit" if cal.isascii() else "base64", quote_cs=False)])
    hdrs = [("Date", rfc2822_date(m.arrival - dt.timedelta(seconds=R.randrange(1, 10)), m.sender_tz)),
            ("From", addr(m.from_name, m.from_email, quote=False)),
            ("To", ", ".join(addr(n, e, quote=False) if n else e for (n, e) in m.to)),
            ("Message-ID", "<%d.%d@mail.yahoo.com>" % (R.randrange(10**8, 10**9), R.randrange(10**8, 10**9))),
            ("Subject", ew(subj)), ("MIME-Version", "1.0"), ("Content-Type", mp_ct("alternative", b, quote=False)),
            ("X-Mailer", "WebService/1.1.%d YMailNorrin" % R.randrange(15000, 23000))]
    return hdrs, body


# ---------------------------------------------------------------- NEXTCLOUD (Sabre iMIP)
def nextcloud(m):
    ev = m.ev
    lb = lab(m.lang)
    cal = ics(m, "sabre")
    when = when_of(m)
    org = ev.organizer
    method = ev.method
    if method == "CANCEL":
        subj = "%s: %s" % (lb["can"], ev.summary)
    elif method == "REPLY":
        a = ev.attendees[0]
        subj = "%s: %s" % ({"ACCEPTED": lb["acc"], "DECLINED": lb["dec"], "TENTATIVE": lb["ten"]}[a["partstat"]], ev.summary)
    else:
        subj = "%s: %s" % (lb["inv"] if not ev.sequence else lb["upd"], ev.summary)
    pl = "%s\n\n%s: %s\n%s: %s\n" % (lb["invited"].format(n=org[0] if org else m.from_name) if method == "REQUEST" else subj,
                                     lb["title"], ev.summary, lb["when"], when)
    if ev.location:
        pl += "%s: %s\n" % (lb["where"], ev.location)
    if ev.description:
        pl += "%s: %s\n" % (lb["desc"], ev.description)
    pl += "\n--\n%s\n" % ((m.brand["name"] if m.brand else "Nextcloud") + (" - a safe home for all your data" if m.lang == "en" else ""))
    if not getattr(m, "nc_from", None):
        odom = (org[1] if org else m.from_email).split("@")[1]
        from model import FREEMAIL
        if odom in sum(FREEMAIL.values(), []):
            host = pick(["cloud.nc-hosting.example", "c%02d.nextcloud-hosting.example.net" % R.randrange(1, 40), "my.cloudbox.example.org"])
        else:
            host = "cloud." + odom
        m.brand = m.brand or {"name": "Nextcloud", "host": host}
        m.nc_from = "noreply@" + m.brand["host"]
    m.from_email = m.nc_from
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title></head><body>'
            '<table style="border:0;width:100%%;" cellspacing="0" cellpadding="0"><tr><td style="padding:40px 0;"><h1 style="font-size:20px;">%s</h1>'
            '<table><tr><td style="color:#767676">%s</td><td>%s</td></tr><tr><td style="color:#767676">%s</td><td>%s</td></tr><tr><td style="color:#767676">%s</td><td>%s</td></tr><tr><td style="color:#767676">%s</td><td>%s</td></tr></table>'
            '</td></tr></table></body></html>' % (H.escape(pl.split("\n")[0]), lb["title"], H.escape(ev.summary), lb["when"], H.escape(when),
                                                 lb["where"], htmlize(ev.location or ""), lb["desc"], htmlize(ev.description or "")))
    b1, b2 = boundary("symfony"), boundary("symfony")
    alt = multipart(b2, [text_part(pl, "plain", "utf-8", "quoted-printable", quote_cs=False),
                         text_part(html, "html", "utf-8", "quoted-printable", quote_cs=False)])
    body = multipart(b1, [("Content-Type: " + mp_ct("alternative", b2, quote=False)).encode() + b"\r\n\r\n" + alt,
                          cal_part(cal, method, "utf-8", "base64" if chance(0.5) else "quoted-printable", quote_cs=False,
                                   name="event.ics", disp='attachment; name="event.ics"; filename="event.ics"')])
    host = m.brand["host"] if m.brand else "cloud." + m.from_email.split("@")[1]
    inst = m.brand["name"] if m.brand else "Nextcloud"
    hdrs = [("Message-ID", "<%s@%s>" % (hexs(32), host)), ("Date", rfc2822_date(m.arrival - dt.timedelta(seconds=R.randrange(1, 5)), m.sender_tz)),
            ("Subject", ew(subj)),
            ("From", addr("%s via %s" % (org[0] if org else m.from_name, inst), m.nc_from, quote=False)),
            ("Reply-To", addr(org[0] if org else m.from_name, org[1] if org else m.from_email, quote=False)),
            ("To", ", ".join(addr(n, e, quote=False) if n else e for (n, e) in m.to)),
            ("MIME-Version", "1.0"), ("Content-Type", mp_ct("mixed", b1, quote=False))]
    return hdrs, body


# ---------------------------------------------------------------- SOGo
def sogo(m):
    ev = m.ev
    lb = lab(m.lang)
    cal = ics(m, "sogo")
    when = when_of(m)
    org = ev.organizer
    method = ev.method
    if m.lang == "fr":
        subj = 'Invitation à un événement : "%s"' % ev.summary if method == "REQUEST" else 'Événement annulé : "%s"' % ev.summary
    elif m.lang == "en":
        subj = 'Event Invitation: "%s"' % ev.summary if method == "REQUEST" else 'Event Cancelled: "%s"' % ev.summary
    else:
        subj = '%s: "%s"' % (lb["inv"] if method == "REQUEST" else lb["can"], ev.summary)
    if method == "REPLY":
        a = ev.attendees[0]
        subj = '%s: "%s"' % ({"ACCEPTED": lb["acc"], "DECLINED": lb["dec"], "TENTATIVE": lb["ten"]}[a["partstat"]], ev.summary)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family: Arial, sans-serif;">'
            '<p>%s</p><table><tr><td><b>%s</b></td><td>%s</td></tr><tr><td><b>%s</b></td><td>%s</td></tr><tr><td><b>%s</b></td><td>%s</td></tr></table>'
            '<p>%s</p></body></html>' % (H.escape(lb["invited"].format(n=org[0] if org else m.from_name)), lb["title"], H.escape(ev.summary),
                                          lb["when"], H.escape(when), lb["where"], htmlize(ev.location or ""), htmlize(ev.description or "")))
    b = boundary("generic")
    body = multipart(b, [text_part(html, "html", "utf-8", "quoted-printable"),
                         cal_part(cal, method, "utf-8", "quoted-printable")])
    ver = pick(["5.8.0", "5.9.1", "4.3.2", "5.10.0", "3.2.10"])
    hdrs = [("From", addr(org[0] if org else m.from_name, m.from_email)),
            ("To", ", ".join(addr(n, e) if n else e for (n, e) in m.to)),
            ("Subject", ew(subj)), ("Date", rfc2822_date(m.arrival - dt.timedelta(seconds=R.randrange(1, 5)), m.sender_tz)),
            ("Message-ID", "<%s@%s>" % (hexs(24) + "-" + hexs(8), m.from_email.split("@")[1])),
            ("MIME-Version", "1.0"), ("Content-Type", mp_ct("mixed", b)), ("X-Mailer", "SOGoMail %s" % ver)]
    m.prodid = m.prodid or "-//Inverse inc./SOGo %s//EN" % ver
    return hdrs, body


# ---------------------------------------------------------------- ZOOM
def zoom(m):
    ev = m.ev
    lb = lab(m.lang)
    m.prodid = m.prodid or "-//zoom.us//iCalendar Event//EN"
    cal = ics(m, "zoom")
    when = when_of(m)
    subj = m.subject or ("%s Confirmation" % ev.summary)
    pl = m.note or ""
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;padding:0;background:#f4f4f4"><table width="100%%" style="max-width:600px;margin:0 auto;background:#fff;font-family:Lato,Helvetica,Arial,sans-serif;"><tr><td style="padding:24px"><img src="https://st1.zoom.us/static/6.3.0/image/new/ZoomLogo.png" alt="Zoom" width="90"><div style="font-size:14px;color:#232333;line-height:22px">%s</div><p style="font-size:12px;color:#747487">%s</p></td></tr></table></body></html>' % (htmlize(pl), H.escape(when))
    b1, b2 = boundary("java"), boundary("java")
    alt = multipart(b2, [text_part(pl, "plain", "UTF-8", "quoted-printable", quote_cs=False), text_part(html, "html", "UTF-8", "quoted-printable", quote_cs=False)])
    fname = pick(["iCalendar.ics", "meeting.ics", "zoom_%s.ics" % digits(11)])
    body = multipart(b1, [("Content-Type: " + mp_ct("alternative", b2, quote=False)).encode() + b"\r\n\r\n" + alt,
                          cal_part(cal, ev.method, "UTF-8", "base64", ctype="text/calendar", name=fname, quote_cs=False,
                                   disp='attachment; filename="%s"' % fname)])
    hdrs = [("Date", rfc2822_date(m.arrival - dt.timedelta(seconds=R.randrange(1, 5)), 0)),
            ("From", addr(m.from_name, m.from_email, quote=False)),
            ("Reply-To", addr(ev.organizer[0], ev.organizer[1], quote=False) if ev.organizer else "no-reply@zoom.us"),
            ("To", ", ".join(addr(n, e, quote=False) if n else e for (n, e) in m.to)),
            ("Message-ID", "<%s@%s>" % (alnum(22), pick(["zoom.us", "mailer.zoom.us"]))),
            ("Subject", ew(subj)), ("MIME-Version", "1.0"), ("Content-Type", mp_ct("mixed", b1, quote=False))]
    return hdrs, body


# ---------------------------------------------------------------- BOOKING systems and hand-rolled generators
def generic(m, style):
    """Booking platforms (style='booking') and hand-rolled scripts (style='custom')."""
    ev = m.ev
    br = m.brand or {}
    q = m.quirks
    method = ev.method
    cal = ics(m, style)
    charset = m.charset if m.charset != "utf-8" else pick_charset(m, style == "custom" or br.get("legacy"))
    mailer = m.mailer or br.get("mailer") or pick(["PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)", "PHPMailer 5.2.27 (https://github.com/PHPMailer/PHPMailer)",
                                                    "Nodemailer (6.9.7; +https://nodemailer.com/; SES/1.0.0)", "Swift Mailer", "python-requests", None, None])
    bstyle = {"PHP": "php", "Node": "nodemailer", "Swift": "symfony", "python": "python"}.get(str(mailer).split("Mailer")[0][:5].strip(), "generic")
    if mailer and mailer.startswith("PHPMailer"):
        bstyle = "php"
    elif mailer and mailer.startswith("Nodemailer"):
        bstyle = "nodemailer"
    text = m.note or ev.description or ""
    html = m.note_html
    layout = br.get("layout") or pick(["alt+cal", "mixed-alt+att", "mixed-text+att", "cal-only", "alt-html-cal"])
    if "cal-only" in q:
        layout = "cal-only"
    ctype_method = method
    if "methodmismatch" in q:
        ctype_method = {"REQUEST": "PUBLISH", "PUBLISH": "REQUEST", "CANCEL": "REQUEST", None: "REQUEST"}.get(method, "REQUEST")
    if "nomethod" in q and "methodmismatch" not in q:
        ctype_method = "REQUEST" if chance(0.5) else None
    cal_cte = br.get("cal_cte") or pick(["base64", "base64", "7bit", "8bit", "quoted-printable"])
    if "lf" in q:
        cal_cte = "base64"
    cal_cs = "utf-8" if "calcharset" not in q else charset
    fname = br.get("ics_name") or m.ics_filename or pick(["invite.ics", "event.ics", "calendar.ics", "meeting.ics", "appointment.ics", "booking.ics"])
    tcte = pick(["quoted-printable", "base64", "8bit"]) if charset != "iso-2022-jp" else "7bit"
    if html is None and layout in ("alt-html-cal", "mixed-alt+att", "alt+cal"):
        html = "<html><body>%s</body></html>" % htmlize(text) if "<" not in text[:1] else text
    b1, b2 = boundary(bstyle), boundary(bstyle)

    def calp(disp=None, ctype="text/calendar", name=None):
        data = cal
        p = cal_part(data, ctype_method if ctype == "text/calendar" else None, cal_cs, cal_cte, ctype=ctype, name=name, disp=disp)
        if ctype != "text/calendar":
            p = p.replace(b"; charset=\"%s\"" % cal_cs.encode(), b"")
        return p
    if layout == "alt+cal":
        body = multipart(b1, [text_part(text, "plain", charset, tcte), text_part(html, "html", charset, tcte), calp()])
        ct = mp_ct("alternative", b1)
    elif layout == "alt-html-cal":
        body = multipart(b1, [text_part(html, "html", charset, tcte), calp()])
        ct = mp_ct("alternative", b1)
    elif layout == "mixed-alt+att":
        alt = multipart(b2, [text_part(text, "plain", charset, tcte), text_part(html, "html", charset, tcte)])
        att_ct = pick(["application/ics", "text/calendar", "application/octet-stream"])
        body = multipart(b1, [("Content-Type: " + mp_ct("alternative", b2)).encode() + b"\r\n\r\n" + alt,
                              calp(disp='attachment; filename="%s"' % fname, ctype=att_ct, name=fname)])
        ct = mp_ct("mixed", b1)
    elif layout == "mixed-text+att":
        body = multipart(b1, [text_part(text, "plain", charset, tcte),
                              calp(disp='attachment; filename="%s"' % fname, ctype="text/calendar", name=fname)])
        ct = mp_ct("mixed", b1)
    else:   # bare text/calendar message
        data = cal
        if cal_cte == "base64":
            from common import b64_encode
            body = b64_encode(data.encode("utf-8")).encode()
            body += b"\r\n"
        else:
            body = data.encode("utf-8")
            cal_cte2 = "8bit" if not data.isascii() else "7bit"
            cal_cte = cal_cte2
        ct = "text/calendar; charset=utf-8" + ("; method=%s" % ctype_method if ctype_method else "")
        if chance(0.3):
            ct += '; name="%s"' % fname
    subj = m.subject or ev.summary
    scs = charset if can_encode(subj, charset) else "utf-8"
    hdrs = []
    order = br.get("hdr_order") or pick(["a", "b", "c"])
    date = rfc2822_date(m.arrival - dt.timedelta(seconds=R.randrange(1, 90)), m.sender_tz if chance(0.7) else 0)
    mid_dom = br.get("mid_domain") or m.from_email.split("@")[1]
    mid = pick(["<%s@%s>" % (alnum(32), mid_dom), "<%s.%s@%s>" % (digits(10), hexs(12), mid_dom), "<%s@%s>" % (uuid4(), mid_dom)])
    frm = addr(m.from_name, m.from_email, scs, pick(["B", "Q"]))
    to = ", ".join(addr(n, e, scs) if n else e for (n, e) in m.to) if m.to else m.rcpt
    H1 = [("Date", date), ("From", frm), ("To", to), ("Subject", ew(subj, scs, pick(["B", "Q"]))), ("Message-ID", mid)]
    if order == "b":
        H1 = [H1[3], H1[1], H1[2], H1[0], H1[4]]
    elif order == "c":
        H1 = [H1[1], H1[2], H1[3], H1[4], H1[0]]
    hdrs += H1
    if m.reply_to:
        hdrs.append(("Reply-To", m.reply_to))
    if mailer:
        hdrs.append(("X-Mailer", mailer))
    hdrs += m.extra_headers
    hdrs.append(("MIME-Version", "1.0"))
    hdrs.append(("Content-Type", ct))
    if layout == "cal-only":
        hdrs.append(("Content-Transfer-Encoding", cal_cte))
    return hdrs, body


def booking(m):
    return generic(m, "booking")


def custom(m):
    return generic(m, "custom")


RENDER = {"google": google, "outlook": outlook, "apple": apple, "thunderbird": thunderbird, "zimbra": zimbra,
          "yahoo": yahoo, "nextcloud": nextcloud, "sogo": sogo, "zoom": zoom, "booking": booking, "custom": custom}
