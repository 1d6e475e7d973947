# -*- coding: utf-8 -*-
"""Client renderers: each imitates the MIME layout and iCalendar style of one
family of calendar software.  Input is the message context `m` built by gen.py.
"""
import datetime as dt
import uuid

from lib_mime import (CRLF, Part, leaf, multipart, addr, hdr_text, html_escape, encodable, is_ascii)
from lib_ical import (vtimezone, esc, prop, pq, serialize, d_local, d_utc, d_date, to_utc, from_utc,
                      offset_minutes, ZONES)
from lib_transport import rfc_date, Tx
from data_common import CHROME, LANG_TAG, SUBJ_PREFIX_FW, SUBJ_PREFIX_FWD_G

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def ch(m):
    return CHROME.get(m["lang"], CHROME["en"]) if m.get("chrome_local", True) else CHROME["en"]


def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))


def uid4(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def _h12(t):
    h = t.hour % 12 or 12
    s = "%d" % h if t.minute == 0 else "%d:%02d" % (h, t.minute)
    return s + ("am" if t.hour < 12 else "pm")


def when_text(m, style="google"):
    ev = m["ev"]
    s, e, lang = ev["start"], ev["end"], m["lang"]
    tzn = ZONES[ev["tz"]][3] if offset_minutes(ev["tz"], s) == ZONES[ev["tz"]][0] else (ZONES[ev["tz"]][4] or ZONES[ev["tz"]][3])
    if ev.get("allday"):
        if lang in ("en",) or style == "en":
            return "%s %s %d, %d" % (WD[s.weekday()], MON[s.month - 1], s.day, s.year)
        return s.strftime("%d.%m.%Y")
    if lang == "en" or style == "en":
        return "%s %s %d, %d %s \u2013 %s (%s)" % (WD[s.weekday()], MON[s.month - 1], s.day, s.year, _h12(s), _h12(e), tzn)
    if lang in ("ja", "zh", "zh-tw"):
        return "%d年%d月%d日 %02d:%02d～%02d:%02d (%s)" % (s.year, s.month, s.day, s.hour, s.minute, e.hour, e.minute, tzn)
    if lang == "ko":
        return "%d년 %d월 %d일 %02d:%02d~%02d:%02d (%s)" % (s.year, s.month, s.day, s.hour, s.minute, e.hour, e.minute, tzn)
    return "%02d.%02d.%d %02d:%02d\u2013%02d:%02d (%s)" % (s.day, s.month, s.year, s.hour, s.minute, e.hour, e.minute, tzn)


def linkify_html(text):
    out = []
    for line in text.split("\n"):
        words = []
        for w in line.split(" "):
            if w.startswith("http://") or w.startswith("https://"):
                words.append('<a href="%s">%s</a>' % (html_escape(w), html_escape(w)))
            else:
                words.append(html_escape(w))
        out.append(" ".join(words))
    return "<br>\n".join(out)


def html_desc(m):
    ev = m["ev"]
    if ev.get("html"):
        return ev["html"]
    return linkify_html(ev.get("desc") or "")


# ------------------------------------------------------------------ ICS
def dt_lines(m, mode):
    """Return (DTSTART, DTEND/DUE) content lines according to mode."""
    ev = m["ev"]
    out = []
    names = ("DTSTART", "DUE" if ev.get("vtodo") else "DTEND")
    for nm, val in zip(names, (ev["start"], ev["end"])):
        if val is None:
            continue
        if ev.get("allday"):
            out.append(nm + ";VALUE=DATE:" + d_date(val))
        elif mode == "utc":
            out.append(nm + ":" + d_utc(to_utc(ev["tz"], val)))
        elif mode == "win":
            out.append(nm + ";TZID=" + ZONES[ev["tz"]][5] + ":" + d_local(val))
        elif mode == "winq":
            out.append(nm + ";TZID=" + pq(ZONES[ev["tz"]][5]) + ":" + d_local(val))
        elif mode == "tzq":
            out.append(nm + ";TZID=" + pq(ev["tz"]) + ":" + d_local(val))
        elif mode == "floating":
            out.append(nm + ":" + d_local(val))
        else:
            out.append(nm + ";TZID=" + ev["tz"] + ":" + d_local(val))
    return out


def needs_tz(ev, mode):
    return not ev.get("allday") and mode in ("tz", "win", "winq", "tzq")


def stamp(m, which="sent"):
    return d_utc(m[which])


def attendee_lines(m, style):
    out = []
    ev = m["ev"]
    for a in m["attendees"]:
        nm, em = a["name"], a["email"]
        ps, role = a.get("partstat", "NEEDS-ACTION"), a.get("role", "REQ-PARTICIPANT")
        rsvp = a.get("rsvp", ps == "NEEDS-ACTION")
        cut = a.get("cutype", "INDIVIDUAL")
        if style == "google":
            cn = nm if (a.get("is_org") or a.get("gname")) else em
            params = [("CUTYPE", cut), ("ROLE", role), ("PARTSTAT", ps)]
            if rsvp:
                params.append(("RSVP", "TRUE"))
            params += [("CN", pq(cn) if any(c in cn for c in ",;:") else cn), ("X-NUM-GUESTS", "0")]
            out.append(prop("ATTENDEE", "mailto:" + em, *params))
        elif style in ("outlook", "exchange"):
            params = [("ROLE", role), ("PARTSTAT", ps)] if style == "exchange" else [("CN", qn(nm or em))]
            if style == "exchange":
                if rsvp:
                    params.append(("RSVP", "TRUE"))
                params.append(("CN", qn(nm or em)))
            else:
                if rsvp:
                    params.append(("RSVP", "TRUE"))
            out.append(prop("ATTENDEE", "mailto:" + em, *params))
        elif style == "apple":
            params = [("CN", pq(nm or em)), ("CUTYPE", cut), ("EMAIL", pq(em)), ("PARTSTAT", ps)]
            if a.get("is_org"):
                params.append(("ROLE", "CHAIR"))
            else:
                params.append(("ROLE", role))
                if rsvp:
                    params.append(("RSVP", "TRUE"))
            out.append(prop("ATTENDEE", "mailto:" + em, *params))
        elif style == "thunderbird":
            params = [("RSVP", "TRUE" if rsvp else "FALSE")]
            if nm:
                params.append(("CN", qn(nm)))
            params += [("PARTSTAT", ps), ("ROLE", "CHAIR" if a.get("is_org") else role)]
            out.append(prop("ATTENDEE", "mailto:" + em, *params))
        elif style == "nextcloud":
            params = [("CN", qn(nm or em)), ("CUTYPE", cut), ("PARTSTAT", ps), ("ROLE", role)]
            if rsvp:
                params.append(("RSVP", "TRUE"))
            if a.get("lang"):
                params.append(("LANGUAGE", a["lang"]))
            out.append(prop("ATTENDEE", "mailto:" + em, *params))
        elif style == "zimbra":
            params = [("CN", qn(nm or em)), ("ROLE", role), ("PARTSTAT", ps)]
            if rsvp:
                params.append(("RSVP", "TRUE"))
            out.append(prop("ATTENDEE", "mailto:" + em, *params))
        elif style == "sogo":
            params = [("PARTSTAT", ps), ("RSVP", "TRUE" if rsvp else "FALSE"), ("ROLE", role)]
            if nm:
                params.append(("CN", qn(nm)))
            out.append(prop("ATTENDEE", "mailto:" + em, *params))
        else:  # generic / handrolled / yahoo
            params = []
            if nm:
                params.append(("CN", qn(nm)))
            params += [("ROLE", role), ("PARTSTAT", ps)]
            if rsvp:
                params.append(("RSVP", "TRUE"))
            out.append(prop("ATTENDEE", ("mailto:" if not a.get("MAILTO") else "MAILTO:") + em, *params))
    return out


def qn(n):
    if any(c in n for c in ",;:\""):
        return pq(n.replace('"', "'"))
    return n


def organizer_line(m, style):
    nm, em = m["org"]
    if style == "apple":
        return prop("ORGANIZER", "mailto:" + em, ("CN", pq(nm or em)), ("EMAIL", pq(em)))
    if style == "thunderbird":
        return prop("ORGANIZER", "mailto:" + em, ("RSVP", "TRUE"), ("CN", qn(nm)), ("PARTSTAT", "ACCEPTED"), ("ROLE", "CHAIR")) if nm else prop("ORGANIZER", "mailto:" + em)
    if nm:
        return prop("ORGANIZER", "mailto:" + em, ("CN", qn(nm)))
    return prop("ORGANIZER", "mailto:" + em)


def extra_text_props(m, style, lang_param=None):
    """LOCATION / URL / ATTACH / CONFERENCE lines (present only if set)."""
    ev = m["ev"]
    sl = ev.get("sloppy")
    L = []
    if ev.get("loc"):
        if lang_param:
            L.append(prop("LOCATION", esc(ev["loc"], sl), ("LANGUAGE", lang_param)))
        else:
            L.append(prop("LOCATION", esc(ev["loc"], sl)))
    return L


def link_props(m, style):
    ev = m["ev"]
    L = []
    if ev.get("url"):
        L.append(prop("URL", ev["url"], ("VALUE", "URI")) if style in ("apple", "generic2") else prop("URL", ev["url"]))
    for a in ev.get("attach", []):
        uri, fmt, fn = a
        ps = []
        if style == "google" and fn:
            ps.append(("FILENAME", qn(fn)))
        if fmt:
            ps.append(("FMTTYPE", fmt))
        if style != "google" and fn:
            ps.append(("X-FILENAME", qn(fn)))
        L.append(prop("ATTACH", uri, *ps))
    for c in ev.get("conf", []):
        L.append(prop("CONFERENCE", c, ("VALUE", "URI"), ("FEATURE", "VIDEO"), ("LABEL", qn(ev.get("conf_label", "Join meeting")))))
    return L


def alarm_lines(m, style):
    ev = m["ev"]
    L = []
    for trig in ev.get("alarms", []):
        if style == "google":
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:" + trig, "END:VALARM"]
        elif style in ("outlook",):
            L += ["BEGIN:VALARM", "TRIGGER:" + trig, "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"]
        elif style == "exchange":
            L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:" + trig, "ACTION:DISPLAY", "END:VALARM"]
        elif style == "apple":
            u = uid4(m["rng"], True)
            L += ["BEGIN:VALARM", "X-WR-ALARMUID:" + u, "UID:" + u, "TRIGGER:" + trig, "ATTACH;VALUE=URI:Chord",
                  "ACTION:AUDIO", "END:VALARM"]
        elif style == "thunderbird":
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DURATION:" + trig, "DESCRIPTION:Default Mozilla Description",
                  "END:VALARM"]
        elif style == "zimbra":
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=START:" + trig, "DESCRIPTION:Reminder", "END:VALARM"]
        else:
            desc = ev.get("alarm_desc") or ev["summary"]
            L += ["BEGIN:VALARM", "TRIGGER:" + trig, "ACTION:DISPLAY", "DESCRIPTION:" + esc(desc, ev.get("sloppy")), "END:VALARM"]
    return L


def rrule_lines(m):
    ev = m["ev"]
    L = []
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    for x in ev.get("exdate", []):
        L.append("EXDATE;TZID=%s:%s" % (ev["tz"], d_local(x)))
    return L


def google_uid(rng):
    return alnum(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789") + "@google.com"


def exchange_uid(rng, t):
    ft = int((t.timestamp() + 11644473600) * 10 ** 7)
    return ("040000008200E00074C5B7101A82E00800000000" + ("%016X" % ft)[8:] + ("%08X" % (ft & 0xffffffff))
            + "00000000000000001000000" + hexs(rng, 34, True))


def vcal_head(m, prodid, order="pvcm", method=None, extra=()):
    ev = m["ev"]
    meth = ev.get("method") if method is None else method
    L = ["BEGIN:VCALENDAR"]
    for c in order:
        if c == "p":
            L.append("PRODID:" + prodid)
        elif c == "v":
            L.append("VERSION:2.0")
        elif c == "c":
            L.append("CALSCALE:GREGORIAN")
        elif c == "m" and meth:
            L.append("METHOD:" + meth)
    L.extend(extra)
    return L


def ics_google(m):
    ev, rng = m["ev"], m["rng"]
    mode = "tz" if ev.get("rrule") else "utc"
    L = vcal_head(m, "-//Google Inc//Google Calendar 70.9054//EN", "pvcm")
    if needs_tz(ev, mode):
        L += vtimezone(ev["tz"], "google")
    comp = "VTODO" if ev.get("vtodo") else "VEVENT"
    L.append("BEGIN:" + comp)
    L += dt_lines(m, mode)
    L += rrule_lines(m)
    L.append("DTSTAMP:" + stamp(m))
    L.append(organizer_line(m, "google"))
    L.append("UID:" + ev["uid"])
    L += attendee_lines(m, "google")
    if ev.get("meet"):
        L.append("X-GOOGLE-CONFERENCE:" + ev["meet"])
    L += link_props(m, "google")
    L.append("X-MICROSOFT-CDO-OWNERAPPTID:%d" % ev["ownerapptid"])
    L.append("CREATED:" + stamp(m, "created"))
    d = ev.get("desc") or ""
    if ev.get("meet"):
        d = (d + "\n\n" if d else "") + google_meet_block(m)
    L.append("DESCRIPTION:" + esc(d))
    L.append("LAST-MODIFIED:" + stamp(m, "sent"))
    L.append("LOCATION:" + esc(ev.get("loc") or ""))
    L.append("SEQUENCE:%d" % ev.get("seq", 0))
    L.append("STATUS:" + ev.get("status", "CONFIRMED"))
    L.append("SUMMARY:" + esc(ev["summary"]))
    L.append("TRANSP:OPAQUE")
    L += ev.get("xprops", [])
    L += alarm_lines(m, "google")
    L.append("END:" + comp)
    L += extra_events(m, "google")
    L.append("END:VCALENDAR")
    return L


SEP_G = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"


def google_meet_block(m):
    ev = m["ev"]
    pin = "%d" % m["rng"].randint(100000000, 999999999)
    return (SEP_G + "\nJoin with Google Meet: " + ev["meet"] + "\nOr dial: (US) +1 650-555-01%02d PIN: %s#\n"
            "More phone numbers: https://tel.meet/%s?pin=%s\n\nLearn more about Meet at: "
            "https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n" % (
                m["rng"].randint(10, 99), pin, ev["meet"].rsplit("/", 1)[-1], pin) + SEP_G)


def extra_events(m, style):
    """Additional components for multi-event calendars."""
    ev = m["ev"]
    L = []
    for x in ev.get("more", []):
        comp = "VTODO" if x.get("vtodo") else "VEVENT"
        L.append("BEGIN:" + comp)
        if style == "google":
            L.append("DTSTART:" + d_utc(to_utc(ev["tz"], x["start"])))
            L.append("DTEND:" + d_utc(to_utc(ev["tz"], x["end"])))
        elif x.get("allday"):
            L.append("DTSTART;VALUE=DATE:" + d_date(x["start"]))
            L.append("DTEND;VALUE=DATE:" + d_date(x["end"]))
        else:
            L.append("DTSTART;TZID=%s:%s" % (ev["tz"], d_local(x["start"])))
            L.append(("DUE" if x.get("vtodo") else "DTEND") + ";TZID=%s:%s" % (ev["tz"], d_local(x["end"])))
        L.append("DTSTAMP:" + stamp(m))
        L.append("UID:" + x["uid"])
        L.append("SUMMARY:" + esc(x["summary"]))
        if x.get("desc"):
            L.append("DESCRIPTION:" + esc(x["desc"]))
        if x.get("loc"):
            L.append("LOCATION:" + esc(x["loc"]))
        if x.get("url"):
            L.append("URL:" + x["url"])
        L.append("END:" + comp)
    return L


def outlook_html(m, teams=False):
    body = html_desc(m)
    if teams:
        body += teams_html(m)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n</body>\n</html>\n') % (
        LANG_TAG.get(m["lang"], "en-US")[:2].upper(), body)


def teams_text(m):
    ev = m["ev"]
    t = ev["teams"]
    return ("\n\n________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting<%s>\n"
            "Meeting ID: %s\nPasscode: %s\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s>\n"
            "________________________________________________________________________________\n") % (
        t["url"], t["id"], t["pwd"], t["oid"])


def teams_html(m):
    t = m["ev"]["teams"]
    return ('<div style="width:100%%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">'
            '________________________________________________________________________________</span></div>\n'
            '<div class="me-email-text" lang="en-US" style="color:#252424;font-family:\'Segoe UI\',\'Helvetica Neue\',Helvetica,Arial,sans-serif;">\n'
            '<div style="margin-top:24px;margin-bottom:20px;"><span style="font-size:24px;color:#252424">Microsoft Teams meeting</span></div>\n'
            '<div style="margin-bottom:20px;"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold">'
            '<span style="font-size:14px;color:#252424">Join on your computer, mobile app or room device</span></div>\n'
            '<a class="me-email-headline" href="%s" target="_blank" rel="noreferrer noopener" style="font-size:14px;'
            'font-family:\'Segoe UI Semibold\',\'Segoe UI\',\'Helvetica Neue\',Helvetica,Arial,sans-serif;text-decoration:underline;color:#6264a7;">'
            'Click here to join the meeting</a></div>\n<div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px">'
            '<span data-tid="meeting-code" style="font-size:14px;color:#252424;">Meeting ID: <span style="font-size:16px;color:#252424;">%s</span></span><br>'
            '<span style="font-size:14px;color:#252424;">Passcode: </span><span style="font-size:16px;color:#252424;">%s</span></div></div>\n'
            '</div>\n') % (html_escape(t["url"]), t["id"], t["pwd"])


def ics_exchange(m, teams=False):
    ev, rng = m["ev"], m["rng"]
    lt = LANG_TAG.get(m["lang"], "en-US")
    L = vcal_head(m, m.get("prodid") or "Microsoft Exchange Server 2010", "mpv")
    if not ev.get("allday"):
        L += vtimezone(ev["tz"], "outlook")
    comp = "VTODO" if ev.get("vtodo") else "VEVENT"
    L.append("BEGIN:" + comp)
    L.append(organizer_line(m, "exchange"))
    L += attendee_lines(m, "exchange")
    d = ev.get("desc") or ""
    if teams:
        d += teams_text(m)
    L.append(prop("DESCRIPTION", esc(d), ("LANGUAGE", lt)))
    L += rrule_lines(m)
    L.append("UID:" + ev["uid"])
    L.append(prop("SUMMARY", esc(ev["summary"]), ("LANGUAGE", lt)))
    L += dt_lines(m, "win")
    L.append("CLASS:PUBLIC")
    L.append("PRIORITY:5")
    L.append("DTSTAMP:" + stamp(m))
    L.append("TRANSP:OPAQUE")
    L.append("STATUS:" + ev.get("status", "CONFIRMED"))
    L.append("SEQUENCE:%d" % ev.get("seq", 0))
    loc = "Microsoft Teams Meeting" if teams and not ev.get("loc") else ev.get("loc")
    if loc:
        L.append(prop("LOCATION", esc(loc), ("LANGUAGE", lt)))
    L += link_props(m, "exchange")
    L.append("X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % ev.get("seq", 0))
    L.append("X-MICROSOFT-CDO-OWNERAPPTID:%d" % ev["ownerapptid"])
    L.append("X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if ev.get("method") == "CANCEL" else "TENTATIVE"))
    L.append("X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if ev.get("allday") else "BUSY"))
    L.append("X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if ev.get("allday") else "FALSE"))
    L.append("X-MICROSOFT-CDO-IMPORTANCE:%d" % ev.get("importance", 1))
    L.append("X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if ev.get("rrule") else 0))
    if teams:
        t = ev["teams"]
        L.append("X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:")
        L.append("X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s;gruu;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s"
                 % (m["org"][1], t["thread"], t["oid"], t["tid"]))
        L.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + t["url"])
        L.append('X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % t["thread"])
        L.append("X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://scheduler.teams.microsoft.com/teams/%s/%s/19_meeting_%s@thread.v2/0"
                 % (t["tid"], t["oid"], t["thread"]))
    L.append("X-MICROSOFT-DONOTFORWARDMEETING:FALSE")
    L.append("X-MICROSOFT-DISALLOW-COUNTER:FALSE")
    L.append("X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT")
    L.append("X-MICROSOFT-ISRESPONSEREQUESTED:" + ("TRUE" if ev.get("method") == "REQUEST" else "FALSE"))
    if teams:
        L.append("X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting")
        L.append("X-MICROSOFT-LOCATIONSOURCE:None")
        L.append('X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams Meeting"\\,"LocationAnnotation":""\\,"LocationSource":0\\,"Unresolved":false\\,"LocationUri":""}]')
    elif loc:
        L.append('X-MICROSOFT-LOCATIONS:[{"DisplayName":"%s"\\,"LocationAnnotation":""\\,"LocationSource":0\\,"Unresolved":false\\,"LocationUri":""}]'
                 % esc(loc).replace('"', "'"))
    L += ev.get("xprops", [])
    if ev.get("method") == "REQUEST":
        L += alarm_lines(m, "exchange")
    L.append("END:" + comp)
    L += extra_events(m, "exchange")
    L.append("END:VCALENDAR")
    return L


def ics_outlook(m):
    """Outlook desktop sending over SMTP (MIMEDIR, alphabetical properties)."""
    ev, rng = m["ev"], m["rng"]
    ver = m.get("olver", "16.0")
    L = vcal_head(m, "-//Microsoft Corporation//Outlook %s MIMEDIR//EN" % ver, "pvm", extra=["X-MS-OLK-FORCEINSPECTOROPEN:TRUE"])
    if not ev.get("allday"):
        L += vtimezone(ev["tz"], "outlook")
    comp = "VTODO" if ev.get("vtodo") else "VEVENT"
    L.append("BEGIN:" + comp)
    L += attendee_lines(m, "outlook")
    L.append("CLASS:PUBLIC")
    L.append("CREATED:" + stamp(m, "created"))
    L.append("DESCRIPTION:" + esc(ev.get("desc") or ""))
    dts = dt_lines(m, "winq")
    L.append(dts[1] if len(dts) > 1 else dts[0])
    L.append("DTSTAMP:" + stamp(m))
    L.append(dts[0])
    L.append("LAST-MODIFIED:" + stamp(m))
    if ev.get("loc"):
        L.append("LOCATION:" + esc(ev["loc"]))
    L.append(organizer_line(m, "outlook"))
    L.append("PRIORITY:5")
    L += rrule_lines(m)
    L.append("SEQUENCE:%d" % ev.get("seq", 0))
    L.append(prop("SUMMARY", esc(ev["summary"]), ("LANGUAGE", LANG_TAG.get(m["lang"], "en-US")[:2])))
    L.append("TRANSP:OPAQUE")
    L.append("UID:" + ev["uid"])
    L += link_props(m, "outlook")
    alt = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" CONTENT="MS Exchange Server version '
           '16.0.17328.20124">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n<!-- Converted from text/rtf format -->\n\n<P DIR=LTR><SPAN LANG="%s">'
           '<FONT FACE="Calibri">%s</FONT></SPAN></P>\n\n</BODY>\n</HTML>' % (LANG_TAG.get(m["lang"], "en-US")[:2], html_desc(m)))
    L.append(prop("X-ALT-DESC", esc(alt), ("FMTTYPE", "text/html")))
    L.append("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE")
    L.append("X-MICROSOFT-CDO-IMPORTANCE:%d" % ev.get("importance", 1))
    L.append("X-MICROSOFT-DISALLOW-COUNTER:FALSE")
    L.append("X-MS-OLK-AUTOFILLLOCATION:FALSE")
    L.append("X-MS-OLK-AUTOSTARTCHECK:FALSE")
    L.append("X-MS-OLK-CONFTYPE:0")
    L += ev.get("xprops", [])
    L += alarm_lines(m, "outlook")
    L.append("END:" + comp)
    L += extra_events(m, "outlook")
    L.append("END:VCALENDAR")
    return L


def ics_apple(m, server=False):
    ev, rng = m["ev"], m["rng"]
    prodid = "-//CALENDARSERVER.ORG//NONSGML Version 1//EN" if server else m.get("prodid", "-//Apple Inc.//macOS 14.4.1//EN")
    L = vcal_head(m, prodid, "mvpc" if not server else "vmpc")
    if not ev.get("allday"):
        L += vtimezone(ev["tz"], "apple")
    comp = "VTODO" if ev.get("vtodo") else "VEVENT"
    L.append("BEGIN:" + comp)
    L.append("TRANSP:OPAQUE")
    dts = dt_lines(m, "tz")
    if len(dts) > 1:
        L.append(dts[1])
    L.append(organizer_line(m, "apple"))
    L.append("UID:" + ev["uid"])
    L.append("DTSTAMP:" + stamp(m))
    if ev.get("loc"):
        L.append("LOCATION:" + esc(ev["loc"]))
    L.append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
    if ev.get("desc"):
        L.append("DESCRIPTION:" + esc(ev["desc"]))
    L += link_props(m, "apple")
    L.append("SEQUENCE:%d" % ev.get("seq", 0))
    L += attendee_lines(m, "apple")
    L += rrule_lines(m)
    L.append("SUMMARY:" + esc(ev["summary"]))
    L.append("LAST-MODIFIED:" + stamp(m))
    L.append(dts[0])
    L.append("CREATED:" + stamp(m, "created"))
    L += ev.get("xprops", [])
    L += alarm_lines(m, "apple")
    L.append("END:" + comp)
    L += extra_events(m, "apple")
    L.append("END:VCALENDAR")
    return L


def ics_thunderbird(m):
    ev = m["ev"]
    L = vcal_head(m, "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "pvm")
    if not ev.get("allday"):
        L += vtimezone(ev["tz"], "thunderbird")
    comp = "VTODO" if ev.get("vtodo") else "VEVENT"
    L.append("BEGIN:" + comp)
    L.append("CREATED:" + stamp(m, "created"))
    L.append("LAST-MODIFIED:" + stamp(m))
    L.append("DTSTAMP:" + stamp(m))
    L.append("UID:" + ev["uid"])
    L.append("SUMMARY:" + esc(ev["summary"]))
    L.append(organizer_line(m, "thunderbird"))
    L += attendee_lines(m, "thunderbird")
    L += rrule_lines(m)
    L.append("X-MOZ-RECEIVED-SEQUENCE:%d" % ev.get("seq", 0) if False else "X-MOZ-SEND-INVITATIONS:TRUE")
    L.append("X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE")
    L += dt_lines(m, "tz")
    if ev.get("vtodo"):
        L.append("STATUS:NEEDS-ACTION")
        L.append("PERCENT-COMPLETE:0")
    if ev.get("desc"):
        L.append("DESCRIPTION:" + esc(ev["desc"]))
    if ev.get("loc"):
        L.append("LOCATION:" + esc(ev["loc"]))
    L += link_props(m, "thunderbird")
    L.append("SEQUENCE:%d" % ev.get("seq", 0))
    L.append("X-MOZ-GENERATION:%d" % (ev.get("seq", 0) + 1))
    L += ev.get("xprops", [])
    L += alarm_lines(m, "thunderbird")
    L.append("END:" + comp)
    L += extra_events(m, "thunderbird")
    L.append("END:VCALENDAR")
    return L


def ics_zoom(m):
    ev = m["ev"]
    L = vcal_head(m, "-//zoom.us//iCalendar Event//EN", "pvcm", extra=["CLASS:PUBLIC"])
    L += vtimezone(ev["tz"], "olson")
    L.append("BEGIN:VEVENT")
    L.append("DTSTAMP:" + stamp(m))
    L += dt_lines(m, "tz")
    L.append("SUMMARY:" + esc(ev["summary"]))
    L += rrule_lines(m)
    L.append("UID:" + ev["uid"])
    L.append("TZID:" + ev["tz"])
    L.append("DESCRIPTION:" + esc(ev.get("desc") or ""))
    L.append("LOCATION:" + esc(ev.get("loc") or ev["zoom"]["url"]))
    if ev.get("method") == "REQUEST":
        L.append(organizer_line(m, "generic"))
        L += attendee_lines(m, "generic")
    L += link_props(m, "zoom")
    L += ev.get("xprops", [])
    L += ["BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"]
    L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return L


def ics_nextcloud(m):
    ev = m["ev"]
    L = vcal_head(m, m.get("prodid", "-//IDN nextcloud.com//Calendar app 4.6.5//EN"), "pcvm")
    comp = "VTODO" if ev.get("vtodo") else "VEVENT"
    L.append("BEGIN:" + comp)
    L.append("CREATED:" + stamp(m, "created"))
    L.append("DTSTAMP:" + stamp(m))
    L.append("LAST-MODIFIED:" + stamp(m))
    L.append("SEQUENCE:%d" % (ev.get("seq", 0) + 2))
    L.append("UID:" + ev["uid"])
    L += dt_lines(m, "tz")
    L += rrule_lines(m)
    L.append("STATUS:" + ev.get("status", "CONFIRMED"))
    L.append("SUMMARY:" + esc(ev["summary"]))
    if ev.get("loc"):
        L.append("LOCATION:" + esc(ev["loc"]))
    if ev.get("desc"):
        L.append("DESCRIPTION:" + esc(ev["desc"]))
    L += link_props(m, "nextcloud")
    L.append(organizer_line(m, "nextcloud"))
    L += attendee_lines(m, "nextcloud")
    L += ev.get("xprops", [])
    L += alarm_lines(m, "generic")
    L.append("END:" + comp)
    L += extra_events(m, "nextcloud")
    if not ev.get("allday"):
        L += vtimezone(ev["tz"], "olson")
    L.append("END:VCALENDAR")
    return L


def ics_zimbra(m):
    ev = m["ev"]
    L = vcal_head(m, "Zimbra-Calendar-Provider", "vpm")
    if not ev.get("allday"):
        L += vtimezone(ev["tz"], "zimbra")
    comp = "VTODO" if ev.get("vtodo") else "VEVENT"
    L.append("BEGIN:" + comp)
    L.append("UID:" + ev["uid"])
    L.append("SUMMARY:" + esc(ev["summary"]))
    if ev.get("desc"):
        L.append("DESCRIPTION:" + esc(ev["desc"]))
    if ev.get("loc"):
        L.append("LOCATION:" + esc(ev["loc"]))
    L += link_props(m, "zimbra")
    L += attendee_lines(m, "zimbra")
    L.append(organizer_line(m, "zimbra"))
    L += rrule_lines(m)
    L += dt_lines(m, "tzq")
    L.append("STATUS:" + ev.get("status", "CONFIRMED"))
    L.append("CLASS:PUBLIC")
    L.append("X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY")
    L.append("TRANSP:OPAQUE")
    L.append("LAST-MODIFIED:" + stamp(m))
    L.append("DTSTAMP:" + stamp(m))
    L.append("SEQUENCE:%d" % ev.get("seq", 0))
    if ev.get("html") or ev.get("desc"):
        alt = "<html><body id='htmlmode'>" + html_desc(m) + "</body></html>"
        L.append(prop("X-ALT-DESC", esc(alt), ("FMTTYPE", "text/html")))
    L += ev.get("xprops", [])
    L += alarm_lines(m, "zimbra")
    L.append("END:" + comp)
    L += extra_events(m, "zimbra")
    L.append("END:VCALENDAR")
    return L


def ics_sogo(m):
    ev = m["ev"]
    L = vcal_head(m, "-//Inverse inc./SOGo %s//EN" % m.get("sogover", "5.9.1"), "vpm")
    if not ev.get("allday"):
        L += vtimezone(ev["tz"], "olson")
    comp = "VTODO" if ev.get("vtodo") else "VEVENT"
    L.append("BEGIN:" + comp)
    L.append("UID:" + ev["uid"])
    L.append("SUMMARY:" + esc(ev["summary"]))
    if ev.get("loc"):
        L.append("LOCATION:" + esc(ev["loc"]))
    L.append("CLASS:PUBLIC")
    L.append("X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:YES")
    if ev.get("desc"):
        L.append("DESCRIPTION:" + esc(ev["desc"]))
    L += link_props(m, "sogo")
    L.append("TRANSP:OPAQUE")
    L += rrule_lines(m)
    L += dt_lines(m, "tz")
    L.append(organizer_line(m, "sogo"))
    L += attendee_lines(m, "sogo")
    L.append("CREATED:" + stamp(m, "created"))
    L.append("DTSTAMP:" + stamp(m))
    L.append("LAST-MODIFIED:" + stamp(m))
    L.append("SEQUENCE:%d" % ev.get("seq", 0))
    L += ev.get("xprops", [])
    L += alarm_lines(m, "generic")
    L.append("END:" + comp)
    L += extra_events(m, "sogo")
    L.append("END:VCALENDAR")
    return L


def ics_yahoo(m):
    ev = m["ev"]
    L = vcal_head(m, "-//Yahoo! Inc.//Yahoo! Calendar//EN", "pvm")
    if not ev.get("allday"):
        L += vtimezone(ev["tz"], "olson")
    L.append("BEGIN:VEVENT")
    L.append("UID:" + ev["uid"])
    L.append("SEQUENCE:%d" % ev.get("seq", 0))
    L.append("DTSTAMP:" + stamp(m))
    L.append("SUMMARY:" + esc(ev["summary"]))
    L += dt_lines(m, "tz")
    L += rrule_lines(m)
    if ev.get("loc"):
        L.append("LOCATION:" + esc(ev["loc"]))
    if ev.get("desc"):
        L.append("DESCRIPTION:" + esc(ev["desc"]))
    L += link_props(m, "yahoo")
    L.append(organizer_line(m, "generic"))
    L += attendee_lines(m, "generic")
    L.append("CLASS:PUBLIC")
    L.append("STATUS:" + ev.get("status", "CONFIRMED"))
    L.append("TRANSP:OPAQUE")
    L += ev.get("xprops", [])
    L += alarm_lines(m, "generic")
    L.append("END:VEVENT")
    L += extra_events(m, "yahoo")
    L.append("END:VCALENDAR")
    return L


def ics_generic(m):
    """Booking engines, libraries and hand-rolled tools.  m['gen'] holds knobs."""
    ev = m["ev"]
    g = m.get("gen", {})
    sl = ev.get("sloppy")
    order = g.get("order", "pvcm")
    L = vcal_head(m, g.get("prodid", "-//Events//Calendar 1.0//EN"), order, extra=g.get("head_extra", []))
    mode = g.get("dtmode", "utc")
    if g.get("vtz", True) and needs_tz(ev, mode) and mode != "win":
        L += vtimezone(ev["tz"], g.get("tzstyle", "olson"))
    comp = "VTODO" if ev.get("vtodo") else "VEVENT"
    L.append("BEGIN:" + comp)
    body = []
    body.append(("UID", "UID:" + ev["uid"]))
    body.append(("DTSTAMP", "DTSTAMP:" + stamp(m)))
    for line in dt_lines(m, mode):
        body.append(("DT", line))
    for line in rrule_lines(m):
        body.append(("RRULE", line))
    body.append(("SUMMARY", "SUMMARY:" + esc(ev["summary"], sl)))
    if ev.get("desc") is not None and ev.get("desc") != "":
        body.append(("DESCRIPTION", "DESCRIPTION:" + esc(ev["desc"], sl)))
    if ev.get("html"):
        body.append(("ALT", prop("X-ALT-DESC", esc(ev["html"], sl), ("FMTTYPE", "text/html"))))
    if ev.get("loc"):
        body.append(("LOCATION", "LOCATION:" + esc(ev["loc"], sl)))
    for line in link_props(m, "generic"):
        body.append(("LINK", line))
    if m["org"] and g.get("organizer", True):
        body.append(("ORGANIZER", organizer_line(m, "generic")))
    if g.get("attendees", True):
        for line in attendee_lines(m, "generic"):
            body.append(("ATTENDEE", line))
    if g.get("status", True):
        body.append(("STATUS", "STATUS:" + ev.get("status", "CONFIRMED")))
    if g.get("seq", True):
        body.append(("SEQUENCE", "SEQUENCE:%d" % ev.get("seq", 0)))
    for x in g.get("ev_extra", []):
        body.append(("X", x))
    for x in ev.get("xprops", []):
        body.append(("X", x))
    if g.get("shuffle"):
        m["rng"].shuffle(body)
    L += [b for _, b in body]
    L += alarm_lines(m, "generic")
    L.append("END:" + comp)
    L += extra_events(m, "generic")
    L.append("END:VCALENDAR")
    return L


# ------------------------------------------------------------------ header helpers
def local_off(m, when=None):
    z = m.get("sender_tz", m["ev"]["tz"])
    t = when or m["sent"]
    return offset_minutes(z, from_utc(z, t)), z


def date_hdr(m, style="local"):
    if style == "utc":
        return rfc_date(m["sent"], 0)
    if style == "utc-paren":
        return rfc_date(m["sent"], 0, "UTC")
    off, z = local_off(m)
    if style == "local-paren":
        zn = ZONES[z][3] if off == ZONES[z][0] else (ZONES[z][4] or ZONES[z][3])
        return rfc_date(m["sent"], off, zn if zn[0] not in "+-" else None)
    return rfc_date(m["sent"], off)


def fmt_from(m, name=None, email=None, mode="B"):
    nm, em = m["frm"]
    nm = name if name is not None else nm
    em = email or em
    return addr(nm, em, m.get("hdr_cs", "UTF-8"), mode)


def fmt_to(m, mode="B", quote="auto"):
    if m.get("to_hdr"):
        return m["to_hdr"]
    nm, em = m["rcpt"]
    return addr(nm, em, m.get("hdr_cs", "UTF-8"), mode, quote)


def subj(m, text, mode="B"):
    return hdr_text(text, m.get("hdr_cs", "UTF-8"), mode)


def cal_text(m, lines, style):
    f = m["ev"].get("fold") or {}
    width = f.get("width", 75)
    mode = f.get("mode", "octets")
    cont = f.get("cont", " ")
    cs = m.get("cs_cal", "utf-8")
    return serialize(lines, width, cs, mode, cont)


def method_param(m):
    ev = m["ev"]
    mp = ev.get("mparam", ev.get("method"))
    return ("; method=" + mp) if mp else ""


# ------------------------------------------------------------------ wrappers
def build_google(m):
    rng, ev, c, lang = m["rng"], m["ev"], ch(m), m["lang"]
    meth = ev.get("method", "REQUEST")
    whn = when_text(m)
    rn, re_ = m["rcpt"]
    if meth == "REPLY":
        st = m.get("reply_status", "ACCEPTED")
        pre = c["acc"] if st == "ACCEPTED" else c["dec"]
        subject = "%s: %s @ %s (%s)" % (pre, ev["summary"], whn, re_)
    elif meth == "CANCEL":
        subject = "%s: %s @ %s (%s)" % (c["canc"], ev["summary"], whn, re_)
    else:
        subject = "%s: %s @ %s (%s)" % (c["upd"] if ev.get("seq", 0) else c["inv"], ev["summary"], whn, re_)
    subject = m.get("subj") or subject
    eid = alnum(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    tok = alnum(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    old = m["sent"].year < 2022
    on, oe = m["org"]
    # plain text
    T = []
    if meth == "REPLY":
        T.append("%s %s" % (m["frm"][0] or m["frm"][1], "has accepted this invitation." if m.get("reply_status", "ACCEPTED") == "ACCEPTED" else "has declined this invitation."))
        T.append("")
        T.append(ev["summary"])
        T.append(whn)
    elif old:
        T += [c["invited"], "", "Title: " + ev["summary"]]
        if ev.get("desc"):
            T.append(ev["desc"])
        T.append("%s: %s" % (c["when"], whn))
        if ev.get("loc"):
            T.append("%s: %s" % (c["where"], ev["loc"]))
        T.append("%s: %s" % (c["cal"], re_))
        T.append("%s:" % c["who"])
        T.append("     * %s - %s" % (on, c["org"]))
        for a in m["attendees"][:40]:
            if a["email"] != oe:
                T.append("     * " + (a["email"]))
        T.append("")
        T.append("Event details: https://www.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0" % (eid, tok, ev["tz"], lang[:2]))
    else:
        T.append("%s %s" % (on, "has invited you to an event" if lang == "en" else c["invtxt"]))
        T.append(ev["summary"])
        T.append(whn)
        if ev.get("loc"):
            T.append(ev["loc"])
        if ev.get("desc"):
            T.append("")
            T.append(ev["desc"])
        if ev.get("meet"):
            T += ["", "Join with Google Meet", ev["meet"].replace("https://", "")]
        T += ["", "Guests", "%s - %s" % (on, c["org"])]
        for a in m["attendees"][:40]:
            if a["email"] != oe:
                T.append(a["email"])
        if len(m["attendees"]) > 41:
            T.append("View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s" % (eid, tok))
        T += ["", "Reply for %s" % re_, c["yes"],
              "https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1&tok=%s&ctz=%s&hl=%s&es=0" % (eid, tok, ev["tz"], lang[:2]),
              c["no"], "https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=2&tok=%s&ctz=%s&hl=%s&es=0" % (eid, tok, ev["tz"], lang[:2]),
              c["maybe"], "https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=3&tok=%s&ctz=%s&hl=%s&es=0" % (eid, tok, ev["tz"], lang[:2])]
    T += ["", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
          "You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.",
          "", "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, "
          "invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(T) + "\n"
    H = ['<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from %s"/></span>'
         % html_escape(on),
         '<div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%;font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;">',
         '<tr><td><div style="padding:2px"><h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222"><span itemprop="name">%s</span></h3></div>' % html_escape(ev["summary"]),
         '<div style="padding-bottom:15px;font-family:Arial,Sans-serif;font-size:14px;color:#222">%s</div>' % html_desc(m),
         '<table cellpadding="0" cellspacing="0" border="0" summary="Event details"><tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">%s</td></tr>' % (html_escape(c["when"]), html_escape(whn))]
    if ev.get("loc"):
        H.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><span itemprop="location" itemscope itemtype="http://schema.org/Place"><span itemprop="name" class="notranslate">%s</span></span></td></tr>'
                 % (html_escape(c["where"]), html_escape(ev["loc"])))
    H.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><table cellspacing="0" cellpadding="0"><tr><td style="padding-right:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222"><span class="notranslate">%s</span><span style="font-size:11px;color:#888"> - %s</span></td></tr>'
             % (html_escape(c["who"]), html_escape(on), html_escape(c["org"])))
    for a in m["attendees"][:40]:
        if a["email"] != oe:
            H.append('<tr><td style="padding-right:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222"><span class="notranslate">%s</span></td></tr>' % html_escape(a["email"]))
    H.append('</table></td></tr></table></td></tr>')
    H.append('<tr><td style="background-color:#f6f6f6;color:#888;border-top:1px Solid #ccc;font-family:Arial,Sans-serif;font-size:11px"><p>Invitation from <a href="https://calendar.google.com/calendar/" target="_blank" style="">Google Calendar</a></p>'
             '<p>You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.</p></td></tr></table></div></span>')
    html = "\n".join(H) + "\n"
    ics = cal_text(m, ics_google(m), "google")
    base = "000000000000" + hexs(rng, 16)
    b1, b2 = base, "000000000000" + base[12:22] + hexs(rng, 6)
    tcte = "7bit" if is_ascii(text) else "base64"
    p_txt = leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "UTF-8", tcte, cs_case="upper")
    p_html = leaf('text/html; charset="UTF-8"', html, "UTF-8", "quoted-printable", cs_case="upper")
    mp = method_param(m)
    ccte = "7bit" if is_ascii(ics) else "base64"
    p_cal = leaf('text/calendar; charset="UTF-8"' + mp, ics, "UTF-8", ccte, cs_case="upper")
    p_att = leaf('application/ics; name="invite.ics"', ics, "UTF-8", "base64",
                 extra=[("Content-Disposition", 'attachment; filename="invite.ics"')],
                 order=("Content-Type", "Content-Disposition", "Content-Transfer-Encoding"))
    alt = multipart("multipart/alternative", b2, [p_txt, p_html, p_cal])
    root = multipart("multipart/mixed", b1, [alt, p_att])
    hdrs = [("MIME-Version", "1.0"),
            ("Reply-To", fmt_from(m)),
            ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ("Auto-Submitted", "auto-generated"),
            ("Message-ID", "<calendar-%s@google.com>" % uid4(rng)),
            ("Date", date_hdr(m, "utc")),
            ("Subject", subj(m, subject)),
            ("From", fmt_from(m)),
            ("To", fmt_to(m))]
    if m.get("cc_hdr"):
        hdrs.append(("Cc", m["cc_hdr"]))
    root.headers = hdrs + root.headers
    return root


def build_exchange(m, teams=False):
    rng, ev, lang = m["rng"], m["ev"], m["lang"]
    host = m.get("exch_host") or ("%s%02dPR%02dMB%04d" % (rng.choice(["AM", "DB", "VI", "PA", "BN", "CH", "SN", "SY", "TY", "HK", "SG", "PH"]),
                                                         rng.randint(0, 9), rng.randint(1, 9), rng.randint(1000, 9999)))
    m["exch_host"] = host
    region = {"AM": "eurprd", "DB": "eurprd", "VI": "eurprd", "PA": "eurprd", "BN": "namprd", "CH": "namprd",
              "SN": "namprd", "SY": "ausprd", "TY": "jpnprd", "HK": "apcprd", "SG": "apcprd", "PH": "namprd"}[host[:2]]
    fqdn = "%s.%s%02d.prod.outlook.com" % (host, region, rng.randint(1, 9))
    m["exch_fqdn"] = fqdn
    meth = ev.get("method", "REQUEST")
    subject = ev["summary"]
    if meth == "CANCEL":
        subject = {"de": "Abgesagt: ", "fr": "Annulé : ", "es": "Cancelado: ", "ja": "キャンセル: ", "pt": "Cancelado: ",
                   "nl": "Geannuleerd: ", "it": "Annullato: "}.get(lang, "Canceled: ") + subject
    elif meth == "REPLY":
        acc = m.get("reply_status", "ACCEPTED") == "ACCEPTED"
        subject = ({"de": "Angenommen: ", "fr": "Accepté : ", "es": "Aceptado: ", "ja": "承諾: ", "ko": "수락됨: ", "tr": "Kabul Edildi: ",
                    "pt": "Aceito: "}.get(lang, "Accepted: ") if acc else
                   {"de": "Abgelehnt: ", "fr": "Refusé : ", "es": "Rechazado: ", "ja": "辞退: ", "ko": "거절됨: ", "tr": "Reddedildi: ",
                    "pt": "Recusado: "}.get(lang, "Declined: ")) + subject
    elif ev.get("seq", 0) > 0:
        subject = {"de": "Aktualisiert: ", "fr": "Mis à jour : ", "es": "Actualizado: "}.get(lang, "Updated: ") + subject
    subject = m.get("subj") or subject
    text = (ev.get("desc") or "") + (teams_text(m) if teams else "")
    if meth == "REPLY":
        text = m.get("reply_note", "")
    html = outlook_html(m, teams) if meth != "REPLY" else outlook_html(dict(m, ev=dict(ev, desc=m.get("reply_note", ""), html=None)))
    ics = cal_text(m, ics_exchange(m, teams), "exchange")
    b = "_000_%s%s%s_" % (host, hexs(rng, 24, True), host[:4])
    tcs = m.get("cs_text", "utf-8")
    tcte = "quoted-printable" if is_ascii(text) or rng.random() < 0.4 else "base64"
    if tcs.lower().startswith("iso-2022"):
        tcte = "7bit"
    p_txt = leaf('text/plain; charset="{cs}"', text, tcs, tcte)
    if encodable(html, tcs):
        html = html.replace("charset=utf-8", "charset=" + tcs)
    p_html = leaf('text/html; charset="{cs}"', html, tcs if encodable(html, tcs) else "utf-8", "quoted-printable" if tcte != "7bit" else "base64")
    p_cal = leaf('text/calendar; charset="utf-8"' + method_param(m), ics, "utf-8", "base64")
    root = multipart("multipart/alternative", b, [p_txt, p_html, p_cal])
    ct = root.headers[0]
    ti = "AQH" + alnum(rng, 25, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="
    hdrs = [("From", fmt_from(m)), ("To", fmt_to(m))]
    if m.get("cc_hdr"):
        hdrs.append(("CC", m["cc_hdr"]))
    hdrs += [("Subject", subj(m, subject)), ("Thread-Topic", subj(m, ev["summary"])), ("Thread-Index", ti),
             ("Date", date_hdr(m, "utc")),
             ("Message-ID", "<%s%s@%s>" % (host, hexs(rng, 28, True), fqdn)),
             ("Accept-Language", LANG_TAG.get(lang, "en-US") + (", en-US" if lang != "en" else "")),
             ("Content-Language", LANG_TAG.get(lang, "en-US")),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if meth in ("REQUEST", "CANCEL") and not ev.get("vtodo"):
        hdrs.append(("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + alnum(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="))
    hdrs += [("x-ms-publictraffictype", "Email"),
             ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (host, host[:2] + "8PR%02dMB%04d" % (rng.randint(1, 9), rng.randint(1000, 9999)))),
             ("x-ms-office365-filtering-correlation-id", uid4(rng)),
             ct, ("MIME-Version", "1.0"),
             ("X-OriginatorOrg", m["frm"][1].split("@")[1]),
             ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
             ("X-MS-Exchange-CrossTenant-Network-Message-Id", uid4(rng)),
             ("X-MS-Exchange-CrossTenant-id", m.setdefault("tenant_id", uid4(rng))),
             ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", host[:2] + "8PR%02dMB%04d" % (rng.randint(1, 9), rng.randint(1000, 9999)))]
    root.headers = hdrs
    return root


def build_outlook_smtp(m):
    """Outlook desktop with a POP/IMAP/SMTP account."""
    rng, ev, lang = m["rng"], m["ev"], m["lang"]
    ver = m.setdefault("olver", "16.0" if m["sent"].year >= 2016 else "15.0")
    meth = ev.get("method", "REQUEST")
    subject = m.get("subj") or ev["summary"]
    text = ev.get("desc") or ""
    ts = "%08x" % int(m["sent"].timestamp())
    part_id = "%04X" % rng.randint(0, 0xff)
    ft = "01D" + hexs(rng, 5, True) + "." + hexs(rng, 8, True)
    b = "----=_NextPart_000_%s_%s" % (part_id, ft)
    tcs = m.get("cs_text", "utf-8")
    tcte = "7bit" if tcs.lower().startswith("iso-2022") else "quoted-printable"
    p_txt = leaf('text/plain;\r\n\tcharset="{cs}"', text, tcs, tcte)
    html = outlook_html(m)
    if encodable(html, tcs):
        html = html.replace("charset=utf-8", "charset=" + tcs)
    p_html = leaf('text/html;\r\n\tcharset="{cs}"', html, tcs if encodable(html, tcs) else "utf-8",
                  "quoted-printable" if tcte != "7bit" else "base64")
    ics = cal_text(m, ics_outlook(m), "outlook")
    p_cal = leaf('text/calendar;\r\n\tmethod=%s;\r\n\tcharset="utf-8"' % (ev.get("mparam", meth) or meth), ics, "utf-8", "base64")
    root = multipart("multipart/alternative", b, [p_txt, p_html, p_cal])
    root.headers = [("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % b)]
    dom = m["frm"][1].split("@")[1]
    hdrs = [("From", fmt_from(m)), ("To", fmt_to(m))]
    hdrs += [("Subject", subj(m, subject)), ("Date", date_hdr(m)),
             ("Message-ID", "<%s$%s$%s$@%s>" % ("0000" + hexs(rng, 8) + ts[:0], hexs(rng, 8), hexs(rng, 8), dom)),
             ("MIME-Version", "1.0")] + root.headers + [
        ("X-Mailer", "Microsoft Outlook %s" % ver),
        ("Thread-Index", "Ad" + alnum(rng, 26, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
        ("Content-Language", LANG_TAG.get(lang, "en-US").split("-")[0] if rng.random() < 0.5 else LANG_TAG.get(lang, "en-us").lower())]
    root.headers = hdrs
    return root


def apple_boundary(rng):
    return "Apple-Mail=_" + uid4(rng, True)


def build_apple_mail(m):
    rng, ev = m["rng"], m["ev"]
    ver = m.setdefault("applever", apple_versions(m["sent"].year))
    m["prodid"] = "-//Apple Inc.//%s//EN" % ver[0]
    ics = cal_text(m, ics_apple(m), "apple")
    b = apple_boundary(rng)
    fn = "iCal-%s.ics" % from_utc(m.get("sender_tz", ev["tz"]), m["sent"]).strftime("%Y%m%d-%H%M%S")
    text = m.get("body_note", "")
    tcs = "us-ascii" if is_ascii(text) else m.get("cs_text", "utf-8")
    p_txt = leaf("text/plain;\r\n\tcharset={cs}", text + "\n", tcs,
                 "7bit" if is_ascii(text) else "quoted-printable",
                 order=("Content-Transfer-Encoding", "Content-Type"))
    ccte = "7bit" if is_ascii(ics) else rng.choice(["quoted-printable", "base64"])
    p_cal = leaf('text/calendar;\r\n\tx-unix-mode=0644;\r\n\tname="%s"%s;\r\n\tcharset=utf-8' % (fn, (";\r\n\tmethod=" + ev.get("mparam", ev.get("method"))) if ev.get("mparam", ev.get("method")) else ""),
                 ics, "utf-8", ccte,
                 extra=[("Content-Disposition", "attachment;\r\n\tfilename=" + fn)],
                 order=("Content-Disposition", "Content-Type", "Content-Transfer-Encoding"))
    parts = [p_txt, p_cal]
    root = Part([], parts=parts, boundary=b)
    subject = m.get("subj") or ev["summary"]
    hdrs = [("From", fmt_from(m)),
            ("Content-Type", 'multipart/mixed;\r\n\tboundary="%s"' % b),
            ("Mime-Version", "1.0 (Mac OS X Mail %s \\(%s\\))" % (ver[1], ver[2])),
            ("Subject", subj(m, subject, "Q" if rng.random() < 0.5 else "B")),
            ("Date", date_hdr(m)),
            ("Message-Id", "<%s@%s>" % (uid4(rng, True), m["frm"][1].split("@")[1])),
            ("To", fmt_to(m)),
            ("X-Mailer", "Apple Mail (%s)" % ver[2])]
    root.headers = hdrs
    return root


def apple_versions(y):
    table = {2016: ("Mac OS X 10.11.6", "9.3", "3124"), 2017: ("Mac OS X 10.12.6", "10.3", "3273"),
             2018: ("Mac OS X 10.13.6", "11.5", "3445.9.1"), 2019: ("Mac OS X 10.14.6", "12.4", "3445.104.11"),
             2020: ("Mac OS X 10.15.7", "13.4", "3608.120.23.2.4"), 2021: ("macOS 11.6", "14.0", "3654.120.0.1.13"),
             2022: ("macOS 12.6", "16.0", "3696.120.41.1.1"), 2023: ("macOS 13.5.2", "16.0", "3731.700.6"),
             2024: ("macOS 14.4.1", "16.0", "3774.500.171.1.1"), 2025: ("macOS 15.3.2", "16.0", "3826.400.131.1.6"),
             2026: ("macOS 26.1", "16.0", "3864.100.1.1.5")}
    return table.get(y, table[2024])


def build_icloud(m):
    rng, ev, c, lang = m["rng"], m["ev"], ch(m), m["lang"]
    ics = cal_text(m, ics_apple(m, server=True), "apple")
    on = m["org"][0] or m["org"][1]
    whn = when_text(m)
    if ev.get("method") == "CANCEL":
        subject = "%s: %s" % (c["canc"], ev["summary"])
    else:
        subject = "%s: %s" % (c["inv"], ev["summary"])
    subject = m.get("subj") or subject
    T = ["%s %s \u201c%s\u201d" % (on, c["invtxt"], ev["summary"]), "", whn]
    if ev.get("loc"):
        T.append(ev["loc"])
    if ev.get("desc"):
        T += ["", ev["desc"]]
    T += ["", "%s:" % c["who"], "%s (%s)" % (on, c["org"])]
    for a in m["attendees"][:30]:
        if not a.get("is_org"):
            T.append(a["name"] or a["email"])
    T += ["", "%s / %s / %s" % (c["yes"], c["maybe"], c["no"])]
    text = "\n".join(T) + "\n"
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;">'
            '<div style="max-width:600px;margin:0 auto"><p style="font-size:13px;color:#8e8e93">%s %s</p><h2 style="font-size:22px;margin:4px 0">%s</h2>'
            '<p style="font-size:15px">%s</p>%s<div style="font-size:14px;color:#333">%s</div>'
            '<p><a href="https://www.icloud.com/calendar/" style="color:#0070c9">%s</a> &middot; <a href="https://www.icloud.com/calendar/" style="color:#0070c9">%s</a> &middot; '
            '<a href="https://www.icloud.com/calendar/" style="color:#0070c9">%s</a></p></div></body></html>\n') % (
        html_escape(on), html_escape(c["invtxt"]), html_escape(ev["summary"]), html_escape(whn),
        ('<p style="font-size:15px">%s</p>' % html_escape(ev["loc"])) if ev.get("loc") else "", html_desc(m),
        c["yes"], c["maybe"], c["no"])
    b1, b2 = apple_boundary(rng), apple_boundary(rng)
    p_txt = leaf("text/plain; charset={cs}", text, "utf-8", "quoted-printable")
    p_html = leaf("text/html; charset={cs}", html, "utf-8", "quoted-printable")
    p_cal = leaf('text/calendar; charset=utf-8%s; name="invite.ics"' % method_param(m), ics, "utf-8",
                 "base64" if not is_ascii(ics) or rng.random() < 0.5 else "7bit",
                 extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])
    alt = multipart("multipart/alternative", b2, [p_txt, p_html])
    root = multipart("multipart/mixed", b1, [alt, p_cal])
    hdrs = [("From", fmt_from(m)), ("To", fmt_to(m)), ("Subject", subj(m, subject)), ("Date", date_hdr(m, "utc")),
            ("Message-Id", "<%s@icloud.com>" % uid4(rng, True)), ("MIME-Version", "1.0")] + root.headers + [
        ("X-Apple-Calendar-Invitation", "true") if False else ("X-Mailer", "iCloud MailServer")]
    hdrs = [h for h in hdrs if h]
    root.headers = hdrs
    return root


def tb_boundary(rng):
    return "------------" + alnum(rng, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def tb_ua(y):
    if y <= 2017:
        return "Mozilla/5.0 (Windows NT 10.0; WOW64; rv:52.0) Gecko/20100101 Thunderbird/52.%d.0 Lightning/5.4" % (y - 2015)
    if y <= 2019:
        return "Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101 Thunderbird/60.9.0 Lightning/6.2.9"
    if y <= 2021:
        return "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.14.0"
    if y <= 2023:
        return "Mozilla/5.0 (X11; Linux x86_64; rv:102.0) Gecko/20100101 Thunderbird/102.15.1"
    return "Mozilla Thunderbird"


def build_thunderbird(m):
    rng, ev, lang = m["rng"], m["ev"], m["lang"]
    c = ch(m)
    meth = ev.get("method", "REQUEST")
    if meth == "REPLY":
        pre = "Accepted" if m.get("reply_status", "ACCEPTED") == "ACCEPTED" else "Declined"
        subject = "%s: %s" % (pre, ev["summary"])
        text = "%s %s\n" % (m["frm"][0] or m["frm"][1], "has accepted your event invitation." if pre == "Accepted" else "has declined your event invitation.")
    else:
        subject = "%s: %s" % (c["inv"] if meth != "CANCEL" else c["canc"], ev["summary"])
        T = ["%s: %s" % ("Title" if lang == "en" else c["inv"], ev["summary"]),
             "%s: %s" % ("Organizer" if lang == "en" else c["org"].capitalize(), m["org"][0] or m["org"][1]), "",
             "%s: %s" % (c["when"], when_text(m))]
        if ev.get("loc"):
            T.append("%s: %s" % (c["where"], ev["loc"]))
        T += ["", "%s:" % ("Attendees" if lang == "en" else c["who"])]
        for a in m["attendees"][:50]:
            T.append("%s <%s>" % (a["name"], a["email"]) if a["name"] else a["email"])
        if ev.get("desc"):
            T += ["", "%s:" % c["desc"], ev["desc"]]
        text = "\n".join(T) + "\n"
    subject = m.get("subj") or subject
    ics = cal_text(m, ics_thunderbird(m), "thunderbird")
    b1, b2 = tb_boundary(rng), tb_boundary(rng)
    p_txt = leaf("text/plain; charset={cs}; format=flowed", text, "UTF-8", "7bit" if is_ascii(text) else "8bit", cs_case="upper")
    p_cal = leaf("text/calendar; method=%s; charset={cs}" % (ev.get("mparam", meth) or meth), ics, "UTF-8",
                 "7bit" if is_ascii(ics) else "8bit", cs_case="upper")
    alt = multipart("multipart/alternative", b2, [p_txt, p_cal])
    p_att = leaf('application/ics; name="invite.ics"', ics, "UTF-8", "base64",
                 extra=[("Content-Disposition", 'attachment; filename="invite.ics"')],
                 order=("Content-Type", "Content-Disposition", "Content-Transfer-Encoding"))
    root = multipart("multipart/mixed", b1, [alt, p_att])
    root.preamble = "This is a multi-part message in MIME format."
    dom = m["frm"][1].split("@")[1]
    hdrs = root.headers + [("Message-ID", "<%s@%s>" % (uid4(rng), dom)), ("Date", date_hdr(m)), ("MIME-Version", "1.0"),
                           ("User-Agent", tb_ua(m["sent"].year))]
    if m["sent"].year >= 2020:
        hdrs.append(("Content-Language", LANG_TAG.get(lang, "en-US")))
    hdrs += [("To", fmt_to(m)), ("From", fmt_from(m)), ("Subject", subj(m, subject))]
    root.headers = hdrs
    return root


def build_zoom(m):
    rng, ev = m["rng"], m["ev"]
    z = ev["zoom"]
    on = m["org"][0]
    webinar = ev.get("method") == "PUBLISH"
    rn = m["rcpt"][0] or m["rcpt"][1].split("@")[0]
    if webinar:
        subject = m.get("subj") or "%s Confirmation" % ev["summary"]
        T = ["Hi %s," % rn, "", "Thank you for registering for %s." % ev["summary"], ""]
    else:
        subject = m.get("subj") or "%s is inviting you to a scheduled Zoom meeting" % on
        T = ["%s is inviting you to a scheduled Zoom meeting." % on, ""]
    if ev.get("desc"):
        T += [ev["desc"], ""]
    T += ["Topic: %s" % ev["summary"], "Time: %s" % when_text(m, "en"), "", "Join Zoom Meeting" if not webinar else "Please click the link below to join the webinar:",
          z["url"], "", "Meeting ID: %s" % z["id"], "Passcode: %s" % z["pwd"], "", "---", "", "One tap mobile",
          "+16469313860,,%s#,,,,*%s# US" % (z["id"].replace(" ", ""), z["pwd"]), "", "Join by SIP",
          "\u2022 %s@zoomcrc.com" % z["id"].replace(" ", ""), ""]
    if webinar:
        T += ["You can cancel your registration at any time.", "", "Add to Calendar(.ics) | Add to Google Calendar | Add to Yahoo Calendar"]
    text = "\n".join(T) + "\n"
    html = ("<html><head><meta charset=\"UTF-8\"></head><body style=\"font-family:Lato,Helvetica,Arial,sans-serif\">"
            "<table width=\"100%%\" style=\"max-width:600px\"><tr><td><img src=\"https://st1.zoom.us/static/6.3.14/image/new/ZoomLogo_110_25.png\" alt=\"zoom\"></td></tr>"
            "<tr><td style=\"font-size:14px;line-height:22px\">%s</td></tr></table></body></html>\n") % linkify_html(text)
    ev_desc_save = ev.get("desc")
    ics = cal_text(m, ics_zoom(m), "zoom")
    jid = rng.randint(100000, 999999)
    ts = int(m["sent"].timestamp() * 1000)
    b1 = "----=_Part_%d_%d.%d" % (jid, rng.randint(100000000, 999999999), ts)
    b2 = "----=_Part_%d_%d.%d" % (jid + 1, rng.randint(100000000, 999999999), ts)
    p_txt = leaf("text/plain; charset={cs}", text, "UTF-8", "quoted-printable", cs_case="upper")
    p_html = leaf("text/html; charset={cs}", html, "UTF-8", "quoted-printable", cs_case="upper")
    alt = multipart("multipart/alternative", b2, [p_txt, p_html])
    p_cal = leaf('text/calendar; charset=UTF-8%s; name=iCalendar.ics' % method_param(m), ics, "UTF-8", "base64",
                 extra=[("Content-Disposition", "attachment; filename=iCalendar.ics")])
    root = multipart("multipart/mixed", b1, [alt, p_cal])
    hdrs = [("Date", date_hdr(m, "utc-paren")), ("From", addr(on, "no-reply@zoom.us", m.get("hdr_cs", "UTF-8"))),
            ("Reply-To", addr(on, m["org"][1], m.get("hdr_cs", "UTF-8"))), ("To", fmt_to(m)),
            ("Message-ID", "<%d.%d.%d@zoom.us>" % (rng.randint(100000000, 999999999), rng.randint(10000, 99999), ts)),
            ("Subject", subj(m, subject)), ("MIME-Version", "1.0")] + root.headers + [
        ("X-Zoom-Type", "webinar_registration" if webinar else "meeting_invitation") if False else ("Auto-Submitted", "auto-generated")]
    root.headers = hdrs
    return root


def build_nextcloud(m):
    rng, ev, lang = m["rng"], m["ev"], m["lang"]
    c = ch(m)
    on = m["org"][0] or m["org"][1]
    meth = ev.get("method", "REQUEST")
    subject = m.get("subj") or "%s: %s" % (c["inv"] if meth == "REQUEST" else c["canc"], ev["summary"])
    whn = when_text(m)
    T = ["%s %s \"%s\"" % (on, c["invtxt"], ev["summary"]), "", "%s: %s" % (c["when"], whn)]
    if ev.get("loc"):
        T.append("%s: %s" % (c["where"], ev["loc"]))
    if ev.get("desc"):
        T.append("%s: %s" % (c["desc"], ev["desc"]))
    T.append("")
    T.append("--")
    T.append("%s - a safe home for all your data" % m.get("nc_name", "Nextcloud"))
    text = "\n".join(T) + "\n"
    rows = "".join('<tr><td style="padding:4px 8px;color:#767676">%s</td><td style="padding:4px 8px">%s</td></tr>' % (html_escape(k), v)
                   for k, v in [(c["when"], html_escape(whn)), (c["where"], html_escape(ev.get("loc") or "")),
                                (c["desc"], html_desc(m))] if v)
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>'
            '</head><body><table class="body" style="width:100%%"><tr><td><center><table style="max-width:600px"><tr><td style="background-color:#0082c9;padding:20px">'
            '<img src="https://%s/core/img/logo/logo.png" alt="%s"/></td></tr><tr><td><h1 style="font-size:20px">%s</h1>'
            '<table>%s</table></td></tr></table></center></td></tr></table></body></html>\n') % (
        m.get("nc_host", "cloud.example"), html_escape(m.get("nc_name", "Nextcloud")), html_escape(T[0]), rows)
    ics = cal_text(m, ics_nextcloud(m), "nextcloud")
    swift = m["sent"].year < 2023
    if swift:
        ts = int(m["sent"].timestamp())
        b1 = "_=_swift_%d_%s_=_" % (ts, hexs(rng, 32))
        b2 = "_=_swift_%d_%s_=_" % (ts, hexs(rng, 32))
        mid = "<%s@swift.generated>" % hexs(rng, 32)
    else:
        b1 = alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
        b2 = alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
        mid = "<%s@%s>" % (hexs(rng, 32), m.get("nc_host", "cloud.example"))
    p_txt = leaf("text/plain; charset={cs}", text, "utf-8", "quoted-printable")
    p_html = leaf("text/html; charset={cs}", html, "utf-8", "quoted-printable")
    alt = multipart("multipart/alternative", b2, [p_txt, p_html])
    p_cal = leaf("text/calendar; method=%s; charset={cs}" % (ev.get("mparam", meth) or meth), ics, "utf-8",
                 "quoted-printable" if swift else "base64",
                 extra=[("Content-Disposition", 'attachment; filename=event.ics')] if not swift else ())
    root = multipart("multipart/mixed", b1, [alt, p_cal])
    nc_from = m.get("nc_from", "noreply@" + m.get("nc_host", "cloud.example"))
    fromname = "%s via %s" % (on, m.get("nc_name", "Nextcloud"))
    hdrs = [("Message-ID", mid), ("Date", date_hdr(m, "utc")), ("Subject", subj(m, subject)),
            ("From", addr(fromname, nc_from, "UTF-8", "Q" if swift else "B")),
            ("Reply-To", addr(m["org"][0], m["org"][1], "UTF-8")), ("To", fmt_to(m)), ("MIME-Version", "1.0")] + root.headers
    if not swift:
        hdrs.append(("Auto-Submitted", "auto-generated"))
    root.headers = hdrs
    return root


def build_zimbra(m):
    rng, ev, lang = m["rng"], m["ev"], m["lang"]
    meth = ev.get("method", "REQUEST")
    on, oe = m["org"]
    subject = m.get("subj") or ev["summary"]
    if meth == "CANCEL":
        subject = m.get("subj") or "Cancelled: " + ev["summary"]
    T = ["The following is a new meeting request:" if meth == "REQUEST" else "The following meeting has been cancelled:", "",
         "Subject: %s " % ev["summary"], 'Organizer: "%s" <%s> ' % (on, oe), ""]
    if ev.get("loc"):
        T.append("Location: %s " % ev["loc"])
    T.append("Time: %s " % when_text(m, "en"))
    T.append(" ")
    T.append("Invitees: %s " % "; ".join(a["email"] for a in m["attendees"][:60]))
    T += ["", "", "*~*~*~*~*~*~*~*~*~*", "", ev.get("desc") or ""]
    text = "\n".join(T) + "\n"
    html = ("<html><body id='htmlmode'><h3>%s</h3>\n\n<p>\n<table border='0'>\n<tr><th align=left>Subject:</th><td>%s </td></tr>\n"
            "<tr><th align=left>Organizer:</th><td>\"%s\" &lt;%s&gt; </td></tr>\n</table>\n<p>\n<table border='0'>\n"
            "<tr><th align=left>Location:</th><td>%s </td></tr>\n<tr><th align=left>Time:</th><td>%s </td></tr>\n</table>\n"
            "<p>\n<table border='0'>\n<tr><th align=left>Invitees:</th><td>%s </td></tr>\n</table>\n<div>*~*~*~*~*~*~*~*~*~*</div><br>%s</body></html>\n") % (
        T[0], html_escape(ev["summary"]), html_escape(on), oe, html_escape(ev.get("loc") or ""), when_text(m, "en"),
        "; ".join(a["email"] for a in m["attendees"][:60]), html_desc(m))
    ics = cal_text(m, ics_zimbra(m), "zimbra")
    b = "=_" + uid4(rng)
    cte = "quoted-printable" if not is_ascii(text) else "7bit"
    p_txt = leaf("text/plain; charset={cs}", text, "utf-8", cte)
    p_html = leaf("text/html; charset={cs}", html, "utf-8", "quoted-printable")
    p_cal = leaf("text/calendar; charset={cs}; method=%s; name=meeting.ics" % (ev.get("mparam", meth) or meth), ics, "utf-8",
                 "7bit" if is_ascii(ics) else "quoted-printable")
    root = multipart("multipart/alternative", b, [p_txt, p_html, p_cal])
    dom = oe.split("@")[1] if m["frm"][1] == oe else m["frm"][1].split("@")[1]
    ver = "8.8.15_GA_4581" if m["sent"].year < 2022 else ("9.0.0_GA_4546" if m["sent"].year < 2025 else "10.1.4_GA_4200")
    browser = rng.choice(["GC122 (Win)", "FF115 (Linux)", "GC120 (Mac)", "FF102 (Win)", "GC131 (Win)"])
    hdrs = [("Date", date_hdr(m, "local-paren")), ("From", fmt_from(m)), ("To", fmt_to(m)),
            ("Message-ID", "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(1000000, 999999999), rng.randint(100000, 9999999),
                                                              int(m["sent"].timestamp() * 1000), dom)),
            ("Subject", subj(m, subject)), ("MIME-Version", "1.0")] + root.headers + [
        ("X-Originating-IP", "[10.%d.%d.%d]" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))),
        ("X-Mailer", "Zimbra %s (ZimbraWebClient - %s/%s)" % (ver, browser, ver)),
        ("Thread-Index", alnum(rng, 12, "abcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
        ("Thread-Topic", subj(m, ev["summary"]))]
    root.headers = hdrs
    return root


def build_yahoo(m):
    rng, ev = m["rng"], m["ev"]
    c = ch(m)
    subject = m.get("subj") or "%s: %s" % (c["inv"], ev["summary"])
    whn = when_text(m)
    T = ["%s %s:" % (m["org"][0] or m["org"][1], c["invtxt"]), "", ev["summary"], whn]
    if ev.get("loc"):
        T.append(ev["loc"])
    if ev.get("desc"):
        T += ["", ev["desc"]]
    text = "\n".join(T) + "\n"
    html = ('<html><head></head><body><div class="ydp" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            '<div><b>%s</b></div><div>%s</div><div>%s</div><div><br></div><div>%s</div></div></body></html>\n') % (
        html_escape(ev["summary"]), html_escape(whn), html_escape(ev.get("loc") or ""), html_desc(m))
    ics = cal_text(m, ics_yahoo(m), "yahoo")
    ts = int(m["sent"].timestamp() * 1000)
    b = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999), ts)
    p_txt = leaf("text/plain; charset={cs}", text, "UTF-8", "quoted-printable", cs_case="upper")
    p_html = leaf("text/html; charset={cs}", html, "UTF-8", "quoted-printable", cs_case="upper")
    p_cal = leaf("text/calendar; charset={cs}%s" % method_param(m), ics, "UTF-8", "7bit" if is_ascii(ics) else "base64", cs_case="upper")
    root = multipart("multipart/alternative", b, [p_txt, p_html, p_cal])
    hdrs = [("Date", date_hdr(m, "utc-paren")), ("From", fmt_from(m)), ("To", fmt_to(m)),
            ("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(100000000, 2147483647), rng.randint(100000, 9999999), ts)),
            ("Subject", subj(m, subject)), ("MIME-Version", "1.0")] + root.headers + [
        ("X-Mailer", "WebService/1.1.%d YMailNorrin" % rng.choice([9956, 14602, 18832, 20983, 21952, 22645]))]
    root.headers = hdrs
    return root


def build_sogo(m):
    rng, ev = m["rng"], m["ev"]
    on = m["org"][0] or m["org"][1]
    meth = ev.get("method", "REQUEST")
    s, e = ev["start"], ev["end"]
    subject = m.get("subj") or ('Event Invitation: "%s"' % ev["summary"] if meth == "REQUEST" else 'Event Cancelled: "%s"' % ev["summary"])
    html = ('<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n'
            '<p>%s has invited you to %s.<br/><br/>\nStart: %s<br/>\nEnd: %s<br/>%s%s</p>\n</body>\n</html>\n') % (
        html_escape(on), html_escape(ev["summary"]), s.strftime("%A, %B %d, %Y %H:%M"), e.strftime("%A, %B %d, %Y %H:%M"),
        ("<br/>\nLocation: %s" % html_escape(ev["loc"])) if ev.get("loc") else "",
        ("<br/><br/>\nDescription: %s" % html_desc(m)) if ev.get("desc") else "")
    ics = cal_text(m, ics_sogo(m), "sogo")
    b = "----=_=-_OpenGroupware_org_NGMime-%d-%d.%06d-%d------" % (rng.randint(1000, 99999), int(m["sent"].timestamp()), rng.randint(0, 999999), rng.randint(1, 40))
    p_html = leaf("text/html; charset={cs}", html, "utf-8", "quoted-printable")
    p_cal = leaf("text/calendar; method=%s; charset={cs}" % (ev.get("mparam", meth) or meth), ics, "utf-8", "quoted-printable")
    root = multipart("multipart/mixed", b, [p_html, p_cal])
    hdrs = root.headers + [("From", fmt_from(m)), ("To", fmt_to(m)), ("Subject", subj(m, subject, "Q")),
                           ("Date", date_hdr(m)), ("Message-ID", "<%s-%s-%s@%s>" % (hexs(rng, 6), hexs(rng, 8), hexs(rng, 8), m["frm"][1].split("@")[1])),
                           ("MIME-Version", "1.0"), ("X-Mailer", "SOGoMail %s" % m.get("sogover", "5.9.1"))]
    root.headers = hdrs
    return root


def build_generic(m):
    """Booking engines (esp) and hand-rolled tools; layout driven by m['gen']."""
    rng, ev = m["rng"], m["ev"]
    g = m.get("gen", {})
    ics = cal_text(m, ics_generic(m), "generic")
    lf = g.get("lf_ics", False)
    if lf:
        ics = ics.replace("\r\n", "\n")
    layout = g.get("layout", "mixed")
    text = m.get("body_text") if m.get("body_text") is not None else (ev.get("desc") or "")
    html = m.get("body_html")
    tcs = m.get("cs_text", "utf-8")
    ccs = m.get("cs_cal", "utf-8")
    tcte = g.get("tcte", "quoted-printable")
    if tcs.lower().startswith("iso-2022"):
        tcte = "7bit"
    ccte = g.get("ccte", "base64")
    bstyle = g.get("boundary", "plain")
    def bnd():
        if bstyle == "nodemailer":
            return "--_NmP-%s-Part_%d" % (hexs(rng, 16), rng.randint(1, 3))
        if bstyle == "phpmailer":
            return "b1_" + alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        if bstyle == "dotnet":
            return "--boundary_%d_%s" % (rng.randint(0, 9), uid4(rng))
        if bstyle == "python":
            return "===============%019d==" % rng.randint(10 ** 17, 10 ** 19 - 1)
        if bstyle == "java":
            return "----=_Part_%d_%d.%d" % (rng.randint(1000, 999999), rng.randint(100000000, 999999999), int(m["sent"].timestamp() * 1000))
        if bstyle == "esp":
            return hexs(rng, 60)
        if bstyle == "bulk":
            return "=_" + hexs(rng, 32, True)
        return "----=_NextPart_" + hexs(rng, 12, True)
    ctname = g.get("ct_name")
    cdisp = g.get("disp")
    mp = method_param(m)
    ct_cal = g.get("ct_cal", "text/calendar; charset=\"{cs}\"" + mp + ((';\r\n name="%s"' % ctname) if ctname else ""))
    cal_extra = []
    if cdisp:
        cal_extra.append(("Content-Disposition", cdisp))
    p_cal = leaf(ct_cal, ics, ccs, ccte, extra=cal_extra, lf_only=lf)
    if layout == "single":
        root = p_cal
    else:
        parts_alt = []
        if text is not None and g.get("text", True):
            parts_alt.append(leaf('text/plain; charset="{cs}"', text, tcs, tcte))
        if html:
            parts_alt.append(leaf('text/html; charset="{cs}"', html, tcs if encodable(html, tcs) else "utf-8",
                                  g.get("hcte", tcte if tcte != "7bit" else "base64")))
        if layout == "alt":
            root = multipart("multipart/alternative", bnd(), parts_alt + [p_cal])
        elif layout == "mixed-flat":
            root = multipart("multipart/mixed", bnd(), parts_alt + [p_cal])
        else:  # mixed with nested alternative
            body = parts_alt[0] if len(parts_alt) == 1 else multipart("multipart/alternative", bnd(), parts_alt)
            root = multipart("multipart/mixed", bnd(), [body, p_cal])
            for extra_att in g.get("more_att", []):
                root.parts.append(extra_att)
    subject = m.get("subj") or ev["summary"]
    hdrs = []
    order = g.get("hdr_order", ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "CT", "X"])
    mid_dom = g.get("mid_dom") or m["frm"][1].split("@")[1]
    midfmt = g.get("mid", "<{hex}@{dom}>") or "<{hex}@{dom}>"
    mid = midfmt.replace("{hex}", hexs(rng, 32)).replace("{dom}", mid_dom).replace("{uuid}", uid4(rng)).replace(
        "{ts}", str(int(m["sent"].timestamp()))).replace("{num}", str(rng.randint(10 ** 8, 10 ** 10)))
    for h in order:
        if h == "From":
            hdrs.append(("From", fmt_from(m, mode=g.get("ew", "B"))))
        elif h == "To":
            hdrs.append(("To", fmt_to(m, g.get("ew", "B"), g.get("toquote", "auto"))))
        elif h == "Subject":
            hdrs.append(("Subject", subj(m, subject, g.get("ew", "B"))))
        elif h == "Date":
            hdrs.append(("Date", date_hdr(m, g.get("date", "utc"))))
        elif h == "Message-ID" and g.get("mid", "") is not None:
            hdrs.append((g.get("mid_name", "Message-ID"), mid))
        elif h == "MIME-Version":
            hdrs.append(("MIME-Version", "1.0"))
        elif h == "CT":
            hdrs += root.headers
        elif h == "X":
            hdrs += g.get("xhdrs", [])
        elif h == "Reply-To" and m.get("reply_to"):
            hdrs.append(("Reply-To", m["reply_to"]))
    if m.get("reply_to") and "Reply-To" not in order:
        hdrs.append(("Reply-To", m["reply_to"]))
    root.headers = hdrs
    return root


BUILDERS = {
    "google": build_google, "o365": lambda m: build_exchange(m, False), "teams": lambda m: build_exchange(m, True),
    "outlook": build_outlook_smtp, "apple": build_apple_mail, "icloud": build_icloud, "thunderbird": build_thunderbird,
    "zoom": build_zoom, "nextcloud": build_nextcloud, "zimbra": build_zimbra, "yahoo": build_yahoo, "sogo": build_sogo,
    "booking": build_generic, "handrolled": build_generic,
}
