"""Message builder for the train4 corpus (Python 3.11 stdlib only, deterministic).

Each message is described by a dict (see spam_specs.py / ham_specs.py); this
module turns it into an RFC 5322 message with the receiving MX's trace headers,
the sender's own headers in the style of the sending platform, and an
iCalendar object in the style of the producing client.
"""
import base64
import hashlib
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

CRLF = "\r\n"

# ---------------------------------------------------------------- helpers

def h(seed, n=16, alphabet="0123456789abcdef"):
    d = hashlib.sha256(seed.encode()).digest()
    out = []
    i = 0
    while len(out) < n:
        if i >= len(d):
            d = hashlib.sha256(d).digest()
            i = 0
        out.append(alphabet[d[i] % len(alphabet)])
        i += 1
    return "".join(out)


def b64blob(seed, n):
    raw = hashlib.sha512(seed.encode()).digest()
    while len(raw) * 4 // 3 < n:
        raw += hashlib.sha512(raw).digest()
    return base64.b64encode(raw).decode()[:n]


def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line, width=75):
    b = line.encode("utf-8")
    if len(b) <= width:
        return [line]
    out = []
    cur = b""
    limit = width
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur = b" " + cb
            limit = width
        else:
            cur += cb
    out.append(cur.decode("utf-8"))
    return out


def enc_header(s, charset="utf-8", q=False):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    try:
        s.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
    if charset.lower() == "iso-2022-jp":
        charset = "utf-8" if len(s) % 2 else "iso-2022-jp"
    hd = Header(s, charset, maxlinelen=76)
    v = hd.encode()
    if q and charset.lower() in ("utf-8", "iso-8859-1", "windows-1252", "iso-8859-2", "iso-8859-15"):
        # quoted-printable style encoded-word
        from email import charset as _cs
        c = _cs.Charset(charset)
        c.header_encoding = _cs.QP
        v = Header(s, c, maxlinelen=76).encode()
    return v.replace("\n", CRLF)


def addr(name, mail, charset="utf-8"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    except UnicodeEncodeError:
        return f"{enc_header(name, charset)} <{mail}>"


def b64lines(data, width=76):
    s = base64.b64encode(data).decode()
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width))


def qp(data):
    out = quopri.encodestring(data).decode("ascii")
    out = out.replace("\r\n", "\n").replace("\n", CRLF)
    return out


def encode_body(text, charset, cte):
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset, "replace")
    if cte == "base64":
        return b64lines(data)
    if cte == "quoted-printable":
        return qp(data)
    return data.decode(charset)


# ---------------------------------------------------------------- time zones

TZ_INFO = {
    # iana: (windows name, label)
    "Europe/Berlin": "W. Europe Standard Time",
    "Europe/Paris": "Romance Standard Time",
    "Europe/London": "GMT Standard Time",
    "Europe/Lisbon": "GMT Standard Time",
    "Europe/Amsterdam": "W. Europe Standard Time",
    "Europe/Warsaw": "Central European Standard Time",
    "Europe/Madrid": "Romance Standard Time",
    "Europe/Rome": "W. Europe Standard Time",
    "Europe/Istanbul": "Turkey Standard Time",
    "Europe/Moscow": "Russian Standard Time",
    "America/New_York": "Eastern Standard Time",
    "America/Chicago": "Central Standard Time",
    "America/Los_Angeles": "Pacific Standard Time",
    "America/Sao_Paulo": "E. South America Standard Time",
    "America/Mexico_City": "Central Standard Time (Mexico)",
    "Asia/Tokyo": "Tokyo Standard Time",
    "Asia/Shanghai": "China Standard Time",
    "Asia/Dubai": "Arabian Standard Time",
    "Asia/Riyadh": "Arab Standard Time",
    "Asia/Kolkata": "India Standard Time",
    "Australia/Sydney": "AUS Eastern Standard Time",
    "UTC": "UTC",
}

EU_RULES = ("BYDAY=-1SU;BYMONTH=3", "BYDAY=-1SU;BYMONTH=10")
US_RULES = ("BYDAY=2SU;BYMONTH=3", "BYDAY=1SU;BYMONTH=11")


def _offs(z, year):
    jan = datetime(year, 1, 15, 12, tzinfo=z).utcoffset()
    jul = datetime(year, 7, 15, 12, tzinfo=z).utcoffset()
    return jan, jul


def fmt_off(td):
    m = int(td.total_seconds() // 60)
    sign = "+" if m >= 0 else "-"
    m = abs(m)
    return f"{sign}{m // 60:02d}{m % 60:02d}"


def vtimezone(iana, year, style):
    """Return VTIMEZONE lines. style: 'olson' (tzid=iana) or 'windows'."""
    z = ZoneInfo(iana)
    tzid = TZ_INFO.get(iana, iana) if style == "windows" else iana
    jan, jul = _offs(z, year)
    L = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if style == "olson" and iana != "UTC":
        L.append(f"X-LIC-LOCATION:{iana}")
    if jan == jul:
        abbr = datetime(year, 1, 15, tzinfo=z).tzname()
        L += ["BEGIN:STANDARD", "DTSTART:16010101T000000" if style == "windows" else "DTSTART:19700101T000000",
              f"TZOFFSETFROM:{fmt_off(jan)}", f"TZOFFSETTO:{fmt_off(jan)}"]
        if style != "windows" and abbr and not abbr[0] in "+-":
            L.append(f"TZNAME:{abbr}")
        L.append("END:STANDARD")
    else:
        south = jan > jul
        std, dst = (jul, jan) if south else (jan, jul)
        rules = US_RULES if iana.startswith("America/") and iana != "America/Sao_Paulo" else EU_RULES
        if iana == "Australia/Sydney":
            rules = ("BYDAY=1SU;BYMONTH=10", "BYDAY=1SU;BYMONTH=4")
        if iana == "America/Sao_Paulo":
            rules = ("BYDAY=1SU;BYMONTH=11", "BYDAY=3SU;BYMONTH=2")
        dst_rule, std_rule = rules
        if style == "windows":
            L += ["BEGIN:STANDARD", "DTSTART:16010101T030000" if rules == EU_RULES else "DTSTART:16010101T020000",
                  f"TZOFFSETFROM:{fmt_off(dst)}", f"TZOFFSETTO:{fmt_off(std)}",
                  f"RRULE:FREQ=YEARLY;INTERVAL=1;{std_rule}", "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010101T020000",
                  f"TZOFFSETFROM:{fmt_off(std)}", f"TZOFFSETTO:{fmt_off(dst)}",
                  f"RRULE:FREQ=YEARLY;INTERVAL=1;{dst_rule}", "END:DAYLIGHT"]
        else:
            sn = datetime(year, 7 if south else 1, 15, tzinfo=z).tzname()
            dn = datetime(year, 1 if south else 7, 15, tzinfo=z).tzname()
            L += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{fmt_off(std)}", f"TZOFFSETTO:{fmt_off(dst)}",
                  f"TZNAME:{dn}", "DTSTART:19700329T020000" if rules == EU_RULES else "DTSTART:19700308T020000",
                  f"RRULE:FREQ=YEARLY;{dst_rule}", "END:DAYLIGHT",
                  "BEGIN:STANDARD", f"TZOFFSETFROM:{fmt_off(dst)}", f"TZOFFSETTO:{fmt_off(std)}",
                  f"TZNAME:{sn}", "DTSTART:19701025T030000" if rules == EU_RULES else "DTSTART:19701101T020000",
                  f"RRULE:FREQ=YEARLY;{std_rule}", "END:STANDARD"]
    L.append("END:VTIMEZONE")
    return L, tzid


def utc(dt):
    return dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


# ---------------------------------------------------------------- platforms

PRODIDS = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "exchange16": "Microsoft Exchange Server 2010",
    "outlookcom": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//macOS 13.4//EN",
    "ios": "-//Apple Inc.//iPhone OS 17.1//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "nextcloud": "-//IDN nextcloud.com//Calendar app 4.6.5//EN",
    "sabre": "-//Sabre//Sabre VObject 4.5.4//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "teams": "Microsoft Exchange Server 2010",
    "webex": "-//Cisco//Webex Meetings//EN",
    "calendly": "-//Calendly//Calendly//EN",
    "eventbrite": "-//Eventbrite//Event Calendar//EN",
    "gotowebinar": "-//GoTo//GoToWebinar//EN",
    "doctolib": "-//Doctolib//Doctolib Calendar 1.0//FR",
    "ical_net": "-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN",
    "phpkit": "-//hacksw/handcal//NONSGML v1.0//EN",
    "ics_js": "-//Adam Gibbons//agibbons.com//ICS Generator//EN",
    "eluceo": "-//eluceo/ical//2.0/EN",
    "lotus": "-//Lotus Development Corporation//NONSGML Notes 9.0.1//EN",
    "evolution": "-//Ximian//NONSGML Evolution Calendar//EN",
    "kde": "-//K Desktop Environment//NONSGML KOrganizer 5.24.3//EN",
    "yahoo": "-//Yahoo! Inc.//Yahoo Calendar//EN",
    "zoho": "-//Zoho Corporation//Zoho Calendar//EN",
    "sogo": "-//Inverse inc./SOGo 5.8.0//EN",
    "none": None,
}


def build_ics(m, arrival):
    """m: message spec. Returns iCalendar text (CRLF) and metadata."""
    client = m.get("client", "generic")
    prodid = m.get("prodid") or PRODIDS.get(client) or PRODIDS["phpkit"]
    y = arrival.year
    if not m.get("prodid"):
        if client == "apple":
            prodid = "-//Apple Inc.//" + {2016: "Mac OS X 10.12.1", 2017: "Mac OS X 10.13.1", 2018: "Mac OS X 10.14", 2019: "Mac OS X 10.15",
                                           2020: "macOS 11.1", 2021: "macOS 12.0.1", 2022: "macOS 13.0", 2023: "macOS 14.1",
                                           2024: "macOS 15.1", 2025: "macOS 15.5"}.get(y, "macOS 26.1") + "//EN"
        elif client == "ios":
            prodid = "-//Apple Inc.//" + {2016: "iPhone OS 10.1.1", 2017: "iPhone OS 11.1", 2018: "iPhone OS 12.1", 2019: "iPhone OS 13.2",
                                           2020: "iPhone OS 14.2", 2021: "iPhone OS 15.1", 2022: "iPhone OS 16.1", 2023: "iPhone OS 17.1",
                                           2024: "iPhone OS 18.1", 2025: "iPhone OS 18.5"}.get(y, "iPhone OS 26.1") + "//EN"
        elif client == "nextcloud":
            prodid = "-//Nextcloud calendar v1.7.1" if y < 2020 else "-//IDN nextcloud.com//Calendar app 3.4.2//EN" if y < 2023 else prodid
    method = m.get("method", "REQUEST")
    iana = m.get("tz", "UTC")
    z = ZoneInfo(iana)
    arr_local = arrival.astimezone(z)
    days, hour, minute = m.get("when", (2, 10, 0))
    start = (arr_local + timedelta(days=days)).replace(hour=hour, minute=minute, second=0, microsecond=0)
    if days == 0 and start < arr_local:
        start = (arr_local + timedelta(hours=1)).replace(minute=0 if minute == 0 else 30, second=0, microsecond=0)
    dur = timedelta(minutes=m.get("dur", 60))
    end = start + dur
    allday = m.get("allday", False)
    seed = m["path"]
    stamp = arrival - timedelta(seconds=m.get("stamp_lag", 7))
    win = client in ("outlook", "exchange", "exchange16", "outlookcom", "teams")
    L = ["BEGIN:VCALENDAR"]
    if client == "google":
        L += [f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    elif win:
        L += [f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    elif prodid is None:
        L += ["VERSION:2.0", f"METHOD:{method}"]
    else:
        L += [f"PRODID:{prodid}", "VERSION:2.0"]
        if method:
            L.append(f"METHOD:{method}")
        if client in ("apple", "ios"):
            L.insert(2, "CALSCALE:GREGORIAN")
    if m.get("xwr"):
        L.append(f"X-WR-CALNAME:{esc(m['xwr'])}")
    use_tz = m.get("use_tz", client not in ("phpkit", "ics_js", "eluceo", "zoom", "none", "generic") and not allday)
    tzid = None
    if use_tz and iana != "UTC":
        tzl, tzid = vtimezone(iana, start.year, "windows" if win else "olson")
        L += tzl
    comp = m.get("comp", "VEVENT")
    L.append(f"BEGIN:{comp}")
    uid = m.get("uid")
    if not uid:
        if client == "google":
            uid = h(seed, 26, "abcdefghijklmnopqrstuv0123456789") + "@google.com"
        elif win:
            uid = "040000008200E00074C5B7101A82E00800000000" + h(seed, 16).upper() + "0000000000000000100000000" + h(seed + "u", 30).upper()
        elif client in ("apple", "ios", "thunderbird", "nextcloud", "sabre", "evolution", "kde", "sogo"):
            x = h(seed, 32).upper()
            uid = f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"
        elif client in ("zoom",):
            uid = "ZOOM" + h(seed, 11, "0123456789")
        else:
            uid = h(seed, 20) + "@" + m.get("uid_host", m["from"][1].split("@")[1])
    props = []
    org = m.get("org", m["from"])
    if win:
        props.append(f"ORGANIZER;CN={org[0]}:mailto:{org[1]}" if org[0] else f"ORGANIZER:mailto:{org[1]}")
    atts = list(m.get("attendees") or [(m.get("to_name", ""), m["to"])])
    if m["to"] not in [x[1] for x in atts] and not m.get("wrap_forward"):
        atts.insert(min(2, len(atts)), (m.get("to_name", ""), m["to"]))
    att_lines = []
    for i, (an, am) in enumerate(atts):
        ps = "ATTENDEE"
        if win:
            ps += ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
            if an:
                ps += f";CN={an}"
        elif client == "google":
            ps += ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
            ps += f";CN={an or am}"
            ps += ";X-NUM-GUESTS=0"
        elif client in ("phpkit", "ics_js", "eluceo", "generic", "none"):
            ps += ";RSVP=TRUE" if i % 2 == 0 else ""
            if an:
                ps += f";CN=\"{an}\""
        else:
            if an:
                ps += f";CN=\"{an}\"" if " " in an else f";CN={an}"
            ps += ";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE"
            if client in ("apple", "ios"):
                ps += ";CUTYPE=INDIVIDUAL;EMAIL=" + am
        att_lines.append(f"{ps}:mailto:{am}")
    if m.get("method") == "REPLY":
        # the sender is the attendee replying
        att_lines = [f"ATTENDEE;PARTSTAT={m.get('partstat', 'ACCEPTED')};CN={m['from'][0]}:mailto:{m['from'][1]}"]
    if m.get("no_attendee"):
        att_lines = []
    if win:
        props += att_lines
        props.append(f"DESCRIPTION;LANGUAGE={m.get('lang_tag', 'en-US')}:{esc(m.get('desc', ''))}")
        props.append(f"UID:{uid}")
        props.append(f"SUMMARY;LANGUAGE={m.get('lang_tag', 'en-US')}:{esc(m['summary'])}")
        if tzid:
            props += [f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}"]
        else:
            props += [f"DTSTART:{utc(start)}", f"DTEND:{utc(end)}"]
        if m.get("rrule"):
            props.append(f"RRULE:{m['rrule']}")
        props += ["CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utc(stamp)}", "TRANSP:OPAQUE",
                  "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED",
                  f"SEQUENCE:{m.get('seq', 0)}"]
        if m.get("location") is not None:
            props.append(f"LOCATION;LANGUAGE={m.get('lang_tag', 'en-US')}:{esc(m['location'])}")
        props += ["X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % m.get("seq", 0),
                  "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                  "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:%d" % m.get("importance", 1),
                  "X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if m.get("rrule") else 0)]
        if m.get("teams_url"):
            props.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{m['teams_url']}")
            props.append("X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null,\"OnlineMeetingProvider\":3}")
        props += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
        if client in ("exchange16", "outlookcom", "teams"):
            props.append("X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT")
            props.append("X-MICROSOFT-ISRESPONSEREQUESTED:TRUE")
    else:
        if client == "google":
            if allday:
                props += [f"DTSTART;VALUE=DATE:{start:%Y%m%d}", f"DTEND;VALUE=DATE:{end + timedelta(days=1):%Y%m%d}"]
            elif tzid:
                props += [f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}"]
            else:
                props += [f"DTSTART:{utc(start)}", f"DTEND:{utc(end)}"]
            if m.get("rrule"):
                props.append(f"RRULE:{m['rrule']}")
            props += [f"DTSTAMP:{utc(stamp)}", f"ORGANIZER;CN={org[1]}:mailto:{org[1]}", f"UID:{uid}"]
            props += att_lines
            if m.get("meet"):
                props.append(f"X-GOOGLE-CONFERENCE:{m['meet']}")
            props += [f"X-MICROSOFT-CDO-OWNERAPPTID:-{h(seed, 9, '0123456789')}",
                      f"CREATED:{utc(stamp - timedelta(minutes=3))}",
                      f"DESCRIPTION:{esc(m.get('desc', ''))}",
                      f"LAST-MODIFIED:{utc(stamp)}",
                      f"LOCATION:{esc(m.get('location') or '')}",
                      f"SEQUENCE:{m.get('seq', 0)}", "STATUS:CONFIRMED" if method != "CANCEL" else "STATUS:CANCELLED",
                      f"SUMMARY:{esc(m['summary'])}", "TRANSP:OPAQUE"]
        else:
            order = m.get("order")
            base = {}
            base["UID"] = f"UID:{uid}"
            base["DTSTAMP"] = f"DTSTAMP:{utc(stamp)}"
            if allday:
                base["DTSTART"] = f"DTSTART;VALUE=DATE:{start:%Y%m%d}"
                base["DTEND"] = f"DTEND;VALUE=DATE:{start + timedelta(days=1):%Y%m%d}"
            elif tzid:
                base["DTSTART"] = f"DTSTART;TZID={tzid}:{loc(start)}"
                base["DTEND"] = f"DTEND;TZID={tzid}:{loc(end)}"
            else:
                base["DTSTART"] = f"DTSTART:{utc(start)}"
                base["DTEND"] = f"DTEND:{utc(end)}"
            if m.get("no_dtend"):
                base.pop("DTEND")
            if comp == "VTODO":
                base.pop("DTEND", None)
                base["DUE"] = f"DUE:{utc(end)}"
            base["SUMMARY"] = f"SUMMARY:{esc(m['summary'])}"
            if m.get("desc"):
                base["DESCRIPTION"] = f"DESCRIPTION:{esc(m['desc'])}"
            if m.get("location"):
                base["LOCATION"] = f"LOCATION:{esc(m['location'])}"
            if m.get("url"):
                base["URL"] = f"URL:{m['url']}" if client not in ("apple", "ios") else f"URL;VALUE=URI:{m['url']}"
            if not m.get("no_organizer"):
                on = org[0]
                if on and (" " in on or "," in on):
                    on = f'"{on}"'
                base["ORGANIZER"] = f"ORGANIZER;CN={on}:mailto:{org[1]}" if on else f"ORGANIZER:mailto:{org[1]}"
            if m.get("rrule"):
                base["RRULE"] = f"RRULE:{m['rrule']}"
            base["SEQUENCE"] = f"SEQUENCE:{m.get('seq', 0)}"
            if method == "CANCEL":
                base["STATUS"] = "STATUS:CANCELLED"
            elif client in ("thunderbird", "nextcloud", "sabre", "apple", "ios", "sogo", "zoom", "calendly", "doctolib", "webex"):
                base["STATUS"] = "STATUS:CONFIRMED"
            if client in ("apple", "ios", "thunderbird", "nextcloud", "sogo", "evolution", "kde"):
                base["CREATED"] = f"CREATED:{utc(stamp - timedelta(minutes=11))}"
                base["LAST-MODIFIED"] = f"LAST-MODIFIED:{utc(stamp)}"
            if client in ("apple", "ios"):
                base["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR"] = "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"
                base["TRANSP"] = "TRANSP:OPAQUE"
            if client == "thunderbird":
                base["X-MOZ-SEND-INVITATIONS"] = "X-MOZ-SEND-INVITATIONS:TRUE"
                base["X-MOZ-GENERATION"] = "X-MOZ-GENERATION:1"
            if client == "zoom":
                base["X-ZOOM"] = f"X-ZOOM-MEETING-ID:{m.get('zoom_id', h(seed, 11, '0123456789'))}"
            if m.get("priority"):
                base["PRIORITY"] = f"PRIORITY:{m['priority']}"
            if m.get("class"):
                base["CLASS"] = f"CLASS:{m['class']}"
            if m.get("categories"):
                base["CATEGORIES"] = f"CATEGORIES:{m['categories']}"
            for k, v in (m.get("xprops") or {}).items():
                base[k] = f"{k}:{v}"
            keys = list(base.keys())
            if order == "shuffle":
                random.Random(seed).shuffle(keys)
            elif order == "alpha":
                keys.sort()
            elif client in ("apple", "ios"):
                pri = ["CREATED", "DTEND", "DTSTAMP", "DTSTART", "LAST-MODIFIED", "LOCATION", "ORGANIZER", "SEQUENCE", "SUMMARY", "UID"]
                keys.sort(key=lambda k: (pri.index(k) if k in pri else 50, k))
            for k in keys:
                props.append(base[k])
                if k in ("ORGANIZER",) and not m.get("att_at_end"):
                    props += att_lines
                    att_lines_done = True
            if "ORGANIZER" not in base or m.get("att_at_end"):
                props += att_lines
    if m.get("no_uid"):
        props = [p for p in props if not p.startswith("UID:")]
    if m.get("extra_props"):
        props += m["extra_props"]
    for al in m.get("alarms", []):
        props.append("BEGIN:VALARM")
        trig = al.get("trigger", "-PT15M")
        if client == "google":
            props += ["ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", f"TRIGGER:{trig}"]
        elif win:
            props += [f"TRIGGER:{trig}", "ACTION:DISPLAY", "DESCRIPTION:Reminder"]
        else:
            props += [f"ACTION:{al.get('action', 'DISPLAY')}"]
            if al.get("action") == "AUDIO":
                props.append("ATTACH;VALUE=URI:" + al.get("attach", "Basso"))
            else:
                props.append(f"DESCRIPTION:{esc(al.get('desc', m['summary']))}")
            if al.get("action") == "EMAIL":
                props.append(f"SUMMARY:{esc(al.get('subj', m['summary']))}")
                props.append(f"ATTENDEE:mailto:{m['to']}")
            props.append(f"TRIGGER{';RELATED=START' if al.get('related') else ''}:{trig}")
            if al.get("repeat"):
                props += [f"REPEAT:{al['repeat']}", "DURATION:PT5M"]
            if client in ("apple", "ios"):
                x = h(seed + trig, 32).upper()
                props += [f"UID:{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}", f"X-WR-ALARMUID:{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"]
        props.append("END:VALARM")
    L += props
    if not m.get("drop_end_event"):
        L.append(f"END:{comp}")
    if not m.get("drop_end_cal"):
        L.append("END:VCALENDAR")
    out = []
    nofold = m.get("nofold", False)
    for line in L:
        out += [line] if nofold else fold(line)
    text = CRLF.join(out) + CRLF
    return text, start, end, uid


# ---------------------------------------------------------------- message

MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def google_when(start, end, iana):
    def t(d):
        s = d.strftime("%I:%M%p").lstrip("0").lower().replace(":00", "")
        return s
    off = fmt_off(start.utcoffset())
    gmt = "GMT" + (off[:3] + ":" + off[3:] if off != "+0000" else "")
    return f"{DAYS_EN[start.weekday()]} {start.day} {MONTHS_EN[start.month - 1]} {start.year} {t(start)} - {t(end)} ({gmt})"


def boundary(style, seed):
    if style == "google":
        return "000000000000" + h(seed + "b", 12)
    if style in ("outlook", "exchange", "outlookcom", "teams"):
        return f"_000_{h(seed, 4).upper()}PR{h(seed + 'x', 2)}MB{h(seed + 'y', 4)}EURP_"
    if style == "apple":
        x = h(seed, 32).upper()
        return f"Apple-Mail={x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"
    if style == "thunderbird":
        return "------------" + h(seed, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    if style == "java":
        return f"----=_Part_{h(seed, 5, '0123456789')}_{h(seed + 'j', 9, '0123456789')}.{h(seed + 'k', 13, '0123456789')}"
    if style == "php":
        return "b1_" + h(seed, 32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if style == "sabre":
        return "=_" + h(seed, 32)
    if style == "dotnet":
        return "--boundary_" + h(seed, 1, "0123456789") + "_" + h(seed + "n", 8) + "-" + h(seed + "m", 4) + "-" + h(seed + "o", 4) + "-" + h(seed + "p", 4) + "-" + h(seed + "q", 12)
    return "=_NextPart_" + h(seed, 20)


def part(ctype, body_text, charset="utf-8", cte="7bit", extra=None, method=None, name=None, disp=None, raw_bytes=None):
    hd = []
    ct = ctype
    if ctype.startswith("text/"):
        ct += f'; charset="{charset}"' if charset else ""
    if method:
        ct += f"; method={method}"
    if name:
        ct += f'; name="{name}"'
    hd.append(f"Content-Type: {ct}")
    if disp:
        hd.append(f"Content-Disposition: {disp}")
    hd.append(f"Content-Transfer-Encoding: {cte}")
    if extra:
        hd += extra
    if raw_bytes is not None:
        body = b64lines(raw_bytes) if cte == "base64" else raw_bytes.decode("utf-8")
    else:
        body = encode_body(body_text, charset or "us-ascii", cte)
    return CRLF.join(hd) + CRLF + CRLF + body


def multipart(sub, parts, b, preamble=None):
    out = []
    if preamble:
        out.append(preamble)
    for p in parts:
        out.append(f"--{b}" + CRLF + p)
    return (CRLF.join(out) + CRLF + f"--{b}--" + CRLF), f'multipart/{sub}; boundary="{b}"'
