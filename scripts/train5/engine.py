"""Message builder for the train5 calendar corpus (stdlib only, deterministic)."""
import base64, hashlib, quopri, random, datetime as dt

D = dt.datetime
TD = dt.timedelta

# ---------------------------------------------------------------- helpers
def h(seed, n=16):
    return hashlib.sha256(str(seed).encode()).hexdigest()[:n]

def uuid_from(seed, upper=False):
    x = hashlib.md5(str(seed).encode()).hexdigest()
    u = f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"
    return u.upper() if upper else u

def rfc2822(d, off="+0000"):
    days = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
    mons = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
    return f"{days[d.weekday()]}, {d.day} {mons[d.month-1]} {d.year} {d:%H:%M:%S} {off}"

def shift_off(d, off):
    sign = 1 if off[0] == "+" else -1
    return d + TD(hours=sign*int(off[1:3]), minutes=sign*int(off[3:5]))

def ew(text, cs="utf-8", enc="B"):
    """RFC 2047 encoded word(s); pure ASCII returned as is."""
    try:
        text.encode("ascii"); return text
    except UnicodeEncodeError:
        pass
    pycs = PYCS.get(cs.lower(), cs)
    words, cur = [], ""
    for ch in text:
        cand = cur + ch
        if len(base64.b64encode(cand.encode(pycs, "replace"))) > 44 and cur:
            words.append(cur); cur = ch
        else:
            cur = cand
    if cur: words.append(cur)
    out = []
    for w in words:
        b = w.encode(pycs, "replace")
        if enc == "B":
            out.append(f"=?{cs}?B?{base64.b64encode(b).decode()}?=")
        else:
            q = "".join(chr(c) if (48 <= c < 58 or 65 <= c < 91 or 97 <= c < 123) else ("_" if c == 32 else f"={c:02X}") for c in b)
            out.append(f"=?{cs}?Q?{q}?=")
    return "\r\n ".join(out)

PYCS = {"iso-2022-jp": "iso2022_jp", "tis-620": "tis_620", "ks_c_5601-1987": "euc_kr"}

def encode_body(text, cs="utf-8", cte="quoted-printable"):
    pycs = PYCS.get(cs.lower(), cs)
    raw = text.replace("\r\n", "\n").encode(pycs, "replace")
    if cte == "base64":
        return base64.encodebytes(raw).decode().replace("\n", "\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode().replace("\n", "\r\n")
    if cte == "8bit" or cte == "7bit":
        return raw.decode("ascii").replace("\n", "\r\n") if pycs.startswith("iso2022") else raw.decode("utf-8" if pycs.lower() in ("utf-8", "utf8") else "latin-1").replace("\n", "\r\n")
    raise ValueError(cte)

def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def fold(line, width=75):
    b = line.encode("utf-8")
    if len(b) <= width: return [line]
    out, cur, first = [], b"", True
    for ch in line:
        cb = ch.encode("utf-8")
        lim = width if first else width - 1
        if len(cur) + len(cb) > lim:
            out.append(cur.decode()); cur = cb; first = False
        else:
            cur += cb
    out.append(cur.decode())
    return [out[0]] + [" " + x for x in out[1:]]

# ---------------------------------------------------------------- time zones
VTZ = {
 "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "3", "10"),
 "Europe/Paris": ("+0100", "+0200", "CET", "CEST", "3", "10"),
 "Europe/Madrid": ("+0100", "+0200", "CET", "CEST", "3", "10"),
 "Europe/Rome": ("+0100", "+0200", "CET", "CEST", "3", "10"),
 "Europe/Amsterdam": ("+0100", "+0200", "CET", "CEST", "3", "10"),
 "Europe/Warsaw": ("+0100", "+0200", "CET", "CEST", "3", "10"),
 "Europe/Prague": ("+0100", "+0200", "CET", "CEST", "3", "10"),
 "Europe/Stockholm": ("+0100", "+0200", "CET", "CEST", "3", "10"),
 "Europe/Lisbon": ("+0000", "+0100", "WET", "WEST", "3", "10"),
 "Europe/London": ("+0000", "+0100", "GMT", "BST", "3", "10"),
 "Europe/Athens": ("+0200", "+0300", "EET", "EEST", "3", "10"),
 "Europe/Kiev": ("+0200", "+0300", "EET", "EEST", "3", "10"),
 "Europe/Istanbul": ("+0300", None, "+03", None, None, None),
 "Europe/Moscow": ("+0300", None, "MSK", None, None, None),
 "America/New_York": ("-0500", "-0400", "EST", "EDT", "3", "11"),
 "America/Chicago": ("-0600", "-0500", "CST", "CDT", "3", "11"),
 "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT", "3", "11"),
 "America/Sao_Paulo": ("-0300", None, "-03", None, None, None),
 "America/Mexico_City": ("-0600", None, "CST", None, None, None),
 "Asia/Tokyo": ("+0900", None, "JST", None, None, None),
 "Asia/Seoul": ("+0900", None, "KST", None, None, None),
 "Asia/Shanghai": ("+0800", None, "CST", None, None, None),
 "Asia/Taipei": ("+0800", None, "CST", None, None, None),
 "Asia/Kolkata": ("+0530", None, "IST", None, None, None),
 "Asia/Jakarta": ("+0700", None, "WIB", None, None, None),
 "Asia/Bangkok": ("+0700", None, "+07", None, None, None),
 "Asia/Ho_Chi_Minh": ("+0700", None, "+07", None, None, None),
 "Asia/Jerusalem": ("+0200", "+0300", "IST", "IDT", "3", "10"),
 "Asia/Riyadh": ("+0300", None, "+03", None, None, None),
 "Asia/Dubai": ("+0400", None, "+04", None, None, None),
 "Africa/Cairo": ("+0200", None, "EET", None, None, None),
}
WINTZ = {"Europe/Berlin": "W. Europe Standard Time", "Europe/Paris": "Romance Standard Time",
         "Europe/Madrid": "Romance Standard Time", "Europe/Rome": "W. Europe Standard Time",
         "Europe/Amsterdam": "W. Europe Standard Time", "Europe/Warsaw": "Central European Standard Time",
         "Europe/Prague": "Central Europe Standard Time", "Europe/Stockholm": "W. Europe Standard Time",
         "Europe/London": "GMT Standard Time", "Europe/Athens": "GTB Standard Time",
         "Europe/Kiev": "FLE Standard Time", "Europe/Istanbul": "Turkey Standard Time",
         "Europe/Moscow": "Russian Standard Time", "America/New_York": "Eastern Standard Time",
         "America/Chicago": "Central Standard Time", "America/Los_Angeles": "Pacific Standard Time",
         "Asia/Tokyo": "Tokyo Standard Time", "Asia/Seoul": "Korea Standard Time",
         "Asia/Shanghai": "China Standard Time", "Asia/Kolkata": "India Standard Time",
         "Europe/Lisbon": "GMT Standard Time", "Asia/Jerusalem": "Israel Standard Time",
         "Asia/Bangkok": "SE Asia Standard Time", "Asia/Jakarta": "SE Asia Standard Time",
         "America/Sao_Paulo": "E. South America Standard Time", "Asia/Riyadh": "Arab Standard Time",
         "Asia/Ho_Chi_Minh": "SE Asia Standard Time", "Asia/Taipei": "Taipei Standard Time",
         "Asia/Dubai": "Arabian Standard Time", "Africa/Cairo": "Egypt Standard Time",
         "America/Mexico_City": "Central Standard Time (Mexico)"}

def _nth_sunday(y, m, n):
    if n > 0:
        d = D(y, m, 1); d += TD(days=(6 - d.weekday()) % 7); return d + TD(weeks=n - 1)
    d = D(y, m + 1, 1) - TD(days=1) if m < 12 else D(y, 12, 31)
    return d - TD(days=(d.weekday() - 6) % 7)

def utc_offset(tz, local):
    std, dst, _, _, dm, sm = VTZ[tz]
    if not dst: return std
    if sm == "11":
        a, b = _nth_sunday(local.year, 3, 2), _nth_sunday(local.year, 11, 1)
    else:
        a, b = _nth_sunday(local.year, 3, -1), _nth_sunday(local.year, 10, -1)
    return dst if a.replace(hour=2) <= local < b.replace(hour=2) else std

def vtimezone(tz, style, tzid):
    std, dst, sn, dn, dm, sm = VTZ[tz]
    L = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if style == "google": L.append(f"X-LIC-LOCATION:{tz}")
    if dst:
        L += ["BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}"]
        if style != "ms": L.append(f"TZNAME:{sn}")
        L += ["DTSTART:16011028T030000" if style == "ms" else "DTSTART:19701025T030000",
              f"RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH={sm}" if sm == "10" else f"RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH={sm}",
              "END:STANDARD", "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}"]
        if style != "ms": L.append(f"TZNAME:{dn}")
        L += ["DTSTART:16010325T020000" if style == "ms" else "DTSTART:19700329T020000",
              f"RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH={dm}" if sm == "10" else f"RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH={dm}",
              "END:DAYLIGHT"]
    else:
        L += ["BEGIN:STANDARD", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}",
              "DTSTART:19700101T000000", "END:STANDARD"]
    L.append("END:VTIMEZONE")
    return L

# ---------------------------------------------------------------- iCalendar
PRODID = {
 "google": "-//Google Inc//Google Calendar 70.9054//EN",
 "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
 "exchange": "Microsoft Exchange Server 2010",
 "apple": "-//Apple Inc.//Mac OS X 10.15.7//EN",
 "ios": "-//Apple Inc.//iPhone OS 16.4.1//EN",
 "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
 "nextcloud": "-//IDN nextcloud.com//Calendar app 4.6.2//EN",
 "zimbra": "Zimbra-Calendar-Provider",
 "sogo": "-//Inverse inc./SOGo 5.10.0//EN",
 "zoom": "-//zoom.us//iCalendar Event//EN",
 "calendly": "-//Calendly//Calendly Event//EN",
 "eventbrite": "-//Eventbrite//Eventbrite Calendar//EN",
 "webex": "-//Cisco Webex//Webex Meetings//EN",
 "teams": "Microsoft Exchange Server 2010",
 "yandex": "-//Yandex LLC//Yandex Calendar//EN",
 "mailru": "-//Mail.Ru Group//Calendar//RU",
 "naver": "-//NAVER Corp.//NAVER Calendar//KO",
 "qq": "-//Tencent//QQMail Calendar 1.0//CN",
 "roundcube": "-//Roundcube 1.6.5//Sabre VObject 4.5.4//EN",
 "horde": "-//The Horde Project//Horde iCalendar Library//EN",
 "lotus": "-//Lotus Development Corporation//NONSGML Notes 9.0//EN",
 "gmx": "-//1&1 Mail & Media GmbH//Kalender//DE",
 "evolution": "-//Ximian//NONSGML Evolution Calendar//EN",
 "kde": "-//K Desktop Environment//NONSGML KOrganizer 5.24.3//EN",
 "doctolib": "-//Doctolib//Doctolib Calendar//FR",
 "booking": "-//Booking Platform//Appointments 2.1//EN",
 "phpkit": "-//hacksw/handcal//NONSGML v1.0//EN",
 "icspy": "-//ics.py - http://git.io/lLljaA//EN",
 "icalnet": "-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN",
 "sendinblue": "-//Sendinblue//Event//EN",
 "none": None,
}

def ics(s, arrival, style):
    """Return iCalendar text (CRLF) for spec s."""
    r = s["_rng"]
    method = s.get("method", "REQUEST")
    tz = s.get("tz", "Europe/Berlin")
    ms = style in ("outlook", "exchange", "teams")
    tzid = WINTZ.get(tz, tz) if ms else tz
    days, hhmm = s.get("when", (7, "10:00"))
    hh, mm = map(int, hhmm.split(":"))
    local = (arrival + TD(days=days)).replace(hour=hh, minute=mm, second=0)
    dur = s.get("dur", 60)
    end = local + TD(minutes=dur)
    allday = s.get("allday")
    stamp = arrival - TD(minutes=r.randint(1, 40))
    q = s.get("quirks", set())
    L = ["BEGIN:VCALENDAR"]
    pid = s.get("prodid", PRODID.get(style, PRODID["phpkit"]))
    head = []
    if pid: head.append(f"PRODID:{pid}")
    head.append("VERSION:2.0")
    if style in ("google", "thunderbird", "apple", "ios", "nextcloud"): head.append("CALSCALE:GREGORIAN")
    if method: head.append(f"METHOD:{method}")
    if ms: head = [h for h in head if not h.startswith("METHOD")]; head = ([f"METHOD:{method}"] if method else []) + head
    if style == "google" and s.get("calname"): head.append(f"X-WR-CALNAME:{s['calname']}")
    L += head
    if "Z" != tz and not allday and not ("no_vtimezone" in q):
        L += vtimezone(tz, "ms" if ms else ("google" if style == "google" else "std"), tzid)
    def dtv(name, d):
        if allday: return f"{name};VALUE=DATE:{d:%Y%m%d}"
        if tz == "Z":
            off = "+0000"
            return f"{name}:{d:%Y%m%dT%H%M%S}Z"
        if "floating" in q: return f"{name}:{d:%Y%m%dT%H%M%S}"
        if style == "google" and r.random() < .5:
            u = shift_off(d, "-" + utc_offset(tz, d)[1:] if utc_offset(tz, d)[0] == "+" else "+" + utc_offset(tz, d)[1:])
            return f"{name}:{u:%Y%m%dT%H%M%S}Z"
        return f"{name};TZID={tzid}:{d:%Y%m%dT%H%M%S}"
    E = ["BEGIN:" + s.get("comp", "VEVENT")]
    uid = s.get("uid") or {
        "google": lambda: h(s["_id"], 26) + "@google.com",
        "outlook": lambda: "040000008200E00074C5B7101A82E00800000000" + h(s["_id"], 16).upper() + "01000000000000000100000000" + h(s["_id"]+"x", 24).upper(),
        "apple": lambda: uuid_from(s["_id"], True), "ios": lambda: uuid_from(s["_id"], True),
        "zoom": lambda: "ZOOM" + str(int(h(s["_id"], 10), 16))[:11],
        "nextcloud": lambda: uuid_from(s["_id"]) ,
    }.get("outlook" if ms else style, lambda: uuid_from(s["_id"]) + ("" if r.random() < .5 else "@" + s["frm"][1].split("@")[1]))()
    org = s.get("organizer", s["frm"])
    if not org[0]: org = (org[1], org[1])
    to = s["to"]
    body = []
    if ms:
        org_l = f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"
    elif style == "google":
        org_l = f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"
    else:
        org_l = f"ORGANIZER;CN=\"{org[0]}\":mailto:{org[1]}" if r.random() < .4 else f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"
    atts = []
    if method != "PUBLISH" and not s.get("no_attendee"):
        others = s.get("attendees", [])
        extra = s.get("n_attendees", 0)
        if method == "REPLY":
            atts.append(f"ATTENDEE;PARTSTAT={s.get('partstat','ACCEPTED')};CN={s['frm'][0] or s['frm'][1]}:mailto:{s['frm'][1]}")
        else:
            for nm, ad in [(to[0] or to[1] + "@example.net", to[1] + "@example.net")] + list(others):
                if style == "google":
                    atts.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ad};X-NUM-GUESTS=0:mailto:{ad}")
                elif ms:
                    atts.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={nm}:mailto:{ad}")
                else:
                    atts.append(f"ATTENDEE;CN=\"{nm}\";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CUTYPE=INDIVIDUAL:mailto:{ad}")
            for i in range(extra):
                ad = s.get("att_fmt", "user{0}@example.net").format(i + 1 + r.randint(0, 3) * 0, h(s["_id"] + str(i), 6))
                atts.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ad}")
            if style == "google":
                atts.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={org[1]};X-NUM-GUESTS=0:mailto:{org[1]}")
    seq = s.get("seq", 1 if method == "CANCEL" else 0)
    desc = s.get("desc", "")
    lang = s.get("lang", "en")
    lp = f";LANGUAGE={s.get('langtag', lang)}" if ms and lang else ""
    if ms:
        body += [org_l] + atts + ([f"DESCRIPTION{lp}:{esc(desc)}"] if desc else []) + [f"UID:{uid}",
                 f"SUMMARY{lp}:{esc(s['summary'])}", dtv("DTSTART", local), dtv("DTEND", end),
                 "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp:%Y%m%dT%H%M%S}Z", "TRANSP:OPAQUE",
                 "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED", f"SEQUENCE:{seq}"]
        if s.get("loc") is not None: body.append(f"LOCATION{lp}:{esc(s['loc'])}")
        if s.get("rrule"): body.insert(len(atts) + 2, f"RRULE:{s['rrule']}")
        body += [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{int(h(s['_id'],7),16)}",
                 "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                 f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if allday else 'FALSE'}", "X-MICROSOFT-CDO-IMPORTANCE:1",
                 "X-MICROSOFT-CDO-INSTTYPE:" + ("1" if s.get("rrule") else "0"),
                 "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
        if s.get("teams"): body.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + s["url"])
        if s.get("loc"): body.append(f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(s['loc'])}" if r.random() < .5 else "X-MICROSOFT-LOCATIONS:[]")
    else:
        pre = [dtv("DTSTART", local), dtv("DTEND", end) if not s.get("use_duration") else f"DURATION:PT{dur//60}H{dur%60}M" if dur % 60 else f"DURATION:PT{dur//60}H"]
        if s.get("rrule"): pre.append(f"RRULE:{s['rrule']}")
        pre.append(f"DTSTAMP:{stamp:%Y%m%dT%H%M%S}Z")
        if "no_org" not in q: pre.append(org_l)
        if "no_uid" not in q: pre.append(f"UID:{uid}")
        pre += atts
        if style == "google": pre.append(f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(h(s['_id'],7),16)}")
        pre.append(f"CREATED:{stamp - TD(minutes=r.randint(0, 900)):%Y%m%dT%H%M%S}Z")
        if desc: pre.append(f"DESCRIPTION:{esc(desc)}")
        pre.append(f"LAST-MODIFIED:{stamp:%Y%m%dT%H%M%S}Z")
        if s.get("loc"): pre.append(f"LOCATION:{esc(s['loc'])}")
        pre.append(f"SEQUENCE:{seq}")
        pre.append("STATUS:CANCELLED" if method == "CANCEL" else ("STATUS:TENTATIVE" if s.get("tentative") else "STATUS:CONFIRMED"))
        pre.append(f"SUMMARY:{esc(s['summary'])}")
        if s.get("url") and style not in ("google",) and r.random() < .6: pre.append(f"URL:{s['url']}")
        pre.append("TRANSP:OPAQUE")
        if style == "apple" or style == "ios": pre.append(f"X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
        if style == "zoom" or s.get("conf"): pre.append(f"X-ZOOM-CONFERENCE:{s.get('url','')}" if style == "zoom" else f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{s['conf']}")
        if style == "thunderbird": pre.append("X-MOZ-SEND-INVITATIONS:TRUE")
        if style == "nextcloud": pre.append("X-NC-GROUP-ID:" + h(s["_id"], 8))
        for k in s.get("xprops", []): pre.append(k)
        if "shuffle" in q: r.shuffle(pre)
        body += pre
    for a in s.get("alarms", []):
        trig = a if isinstance(a, str) else f"-PT{a}M" if a < 60 or a % 60 else f"-PT{a//60}H" if a < 1440 or a % 1440 else f"-P{a//1440}D"
        if a == 0: trig = "-PT0M" if r.random() < .5 else "PT0S"
        body += ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{'REMINDER' if ms else esc(s['summary'])}", f"TRIGGER{';RELATED=START' if ms else ''}:{trig}"]
        if s.get("alarm_repeat"): body += [f"REPEAT:{s['alarm_repeat']}", "DURATION:PT5M"]
        if style == "apple": body.append(f"X-WR-ALARMUID:{uuid_from(s['_id']+str(a), True)}")
        body.append("END:VALARM")
    E += body + ["END:" + s.get("comp", "VEVENT")]
    L += E
    if "no_end_vcal" not in q: L.append("END:VCALENDAR")
    out = []
    for line in L:
        out += [line] if "nofold" in q else fold(line)
    nl = "\n" if "lf" in q else "\r\n"
    return nl.join(out) + nl, local

# ---------------------------------------------------------------- MIME
def leaf(ctype, body, cs=None, cte="7bit", extra=()):
    return ("leaf", ctype, body, cs, cte, list(extra))

def multi(sub, parts, bnd):
    return ("multi", sub, parts, bnd)

def render(node):
    """Return (header_lines, body_text) for node."""
    if node[0] == "leaf":
        _, ctype, body, cs, cte, extra = node
        ct = ctype + (f'; charset="{cs}"' if cs and '"' not in ctype and r_quote(ctype) else (f"; charset={cs}" if cs else ""))
        hl = [("Content-Type", ct)] + ([("Content-Transfer-Encoding", cte)] if cte else []) + extra
        if isinstance(body, bytes): body = body.decode("ascii")
        return hl, body
    _, sub, parts, bnd = node
    out = []
    for p in parts:
        hl, b = render(p)
        out.append(f"--{bnd}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in hl) + "\r\n" + b.rstrip("\r\n") + "\r\n")
    return [("Content-Type", f'multipart/{sub}; boundary="{bnd}"')], "".join(out) + f"--{bnd}--\r\n"

def r_quote(ctype):
    return "method=" not in ctype or True

def text_to_html(text, style, spam=False, r=None):
    import html as H, re
    parts = []
    for para in text.split("\n\n"):
        p = H.escape(para)
        p = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', p)
        parts.append(p.replace("\n", "<br>"))
    if style == "outlook":
        inner = "".join(f'<p class="MsoNormal">{p}<o:p></o:p></p>\r\n' for p in parts)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">\r\n'
                '<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\r\n</head>\r\n'
                '<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">\r\n' + inner + '</div>\r\n</body>\r\n</html>\r\n')
    if spam:
        col = r.choice(["#0078d4", "#d32f2f", "#1a73e8", "#ffb900", "#2e7d32", "#6a1b9a"])
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Segoe UI,Arial\">\r\n"
                + f'<table width="600" align="center" style="border-top:4px solid {col}"><tr><td>\r\n'
                + "".join(f"<p>{p}</p>\r\n" for p in parts) + "</td></tr></table></body></html>\r\n")
    return "<html><body>\r\n" + "".join(f"<div>{p}</div><br>\r\n" for p in parts) + "</body></html>\r\n"

# ---------------------------------------------------------------- envelope
def SEL(s, via):
    if s.get("selector"): return s["selector"]
    r = random.Random(s["_id"] + "sel")
    return {"google": "20230601", "gws": "google", "o365": r.choice(["selector1", "selector2"]), "outlookcom": "selector1",
            "icloud": "1a1hai", "exchange": "dkim"}.get(via) or r.choice(["s1", "default", "mail", "k1", "s2048", "dkim", "x", "mx", "smtp", "202311"])

def HL(via):
    return {"google": "mime-version:reply-to:sender:message-id:date:subject:from:to", "gws": "mime-version:reply-to:sender:message-id:date:subject:from:to",
            "o365": "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
            "outlookcom": "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
            "icloud": "From:Content-Type:Mime-Version:Subject:Date:Message-Id:To"}.get(via, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")

AUTHV = {"p": "pass", "f": "fail", "n": "none", "s": "softfail", "t": "temperror", "r": "permerror", "q": "neutral"}

def ip_for(seed):
    n = int(h(seed, 6), 16)
    net = ["192.0.2", "198.51.100", "203.0.113"][n % 3]
    return f"{net}.{n % 250 + 3}"

def build(s, idx):
    r = random.Random(f"train5-{s['label']}-{s['cat']}-{idx}")
    s["_rng"] = r; s["_id"] = f"{s['label']}{s['cat']}{idx}"
    y = s.get("year", 2016 + idx % 11)
    mo = s.get("month", r.randint(1, 12 if y < 2026 else 10))
    arrival = D(y, mo, r.randint(1, 28), r.randint(0, 23) if s["label"] == "spam" else r.randint(6, 19), r.randint(0, 59), r.randint(0, 59))
    if s.get("_arrival"): arrival = s["_arrival"]
    days0 = s.get("when", (7, "10:00"))[0]
    if s.get("day"): arrival = arrival.replace(day=s["day"])
    if "wd" in s: arrival += TD(days=(s["wd"] - (arrival + TD(days=days0)).weekday()) % 7)
    if "eday" in s:
        while (arrival + TD(days=days0)).day != s["eday"]: arrival += TD(days=1)
    via = s.get("via", "google")
    style = s.get("style", {"google": "google", "gws": "google", "o365": "outlook", "outlookcom": "outlook", "exchange": "exchange",
                            "icloud": "apple", "kit": "phpkit"}.get(via, "thunderbird"))
    cs = s.get("cs", "utf-8"); cte = s.get("cte", "quoted-printable")
    frm = s["frm"]; to = s["to"]; rcpt = to[1] + "@example.net"
    fdom = frm[1].split("@")[1]
    s["_arrival_out"] = arrival
    ical, local = ics(s, arrival, style)
    soff = s.get("off", utc_offset(s.get("tz", "Europe/Berlin"), arrival) if s.get("tz", "Z") != "Z" else "+0000")
    sent = arrival - TD(seconds=r.randint(2, 240))
    date_hdr = rfc2822(shift_off(sent, soff), soff)
    method = s.get("method", "REQUEST")
    spam = s["label"] == "spam"
    # ---- body parts
    body = s.get("body", s.get("desc", ""))
    html = s.get("html") or text_to_html(body, "outlook" if style in ("outlook", "exchange") else style, spam, r)
    b1 = "----=_Part_" + h(s["_id"] + "a", 12)
    b2 = "----=_Part_" + h(s["_id"] + "b", 12)
    if via in ("google", "gws"):
        b1 = "000000000000" + h(s["_id"] + "a", 16); b2 = "000000000000" + h(s["_id"] + "b", 16)
    elif style in ("outlook", "exchange"):
        b1 = "_000_" + h(s["_id"], 20).upper() + "_"; b2 = "_001_" + h(s["_id"], 20).upper() + "_"
    elif via == "icloud":
        b1 = "Apple-Mail=_" + uuid_from(s["_id"] + "a", True); b2 = "Apple-Mail=_" + uuid_from(s["_id"] + "b", True)
    calcs = s.get("calcs", "UTF-8" if style in ("google",) else "utf-8")
    calcte = s.get("calcte", "base64" if style in ("outlook", "exchange", "google") else r.choice(["7bit", "8bit", "base64", "quoted-printable"]))
    if calcte == "7bit":
        try: ical.encode("ascii")
        except UnicodeEncodeError: calcte = "8bit"
    def calbody(cte_):
        if cte_ == "base64": return base64.encodebytes(ical.encode("utf-8")).decode().replace("\n", "\r\n")
        if cte_ == "quoted-printable": return quopri.encodestring(ical.encode("utf-8")).decode().replace("\r\n", "\n").replace("\n", "\r\n")
        return ical
    mparam = f"; method={method}" if method else ""
    cal_inline = leaf(f"text/calendar{mparam}", calbody(calcte), calcs, calcte)
    fname = s.get("fname", "invite.ics")
    cal_att = leaf(f'application/ics; name="{fname}"', calbody("base64"), None, "base64",
                   [("Content-Disposition", f'attachment; filename="{fname}"')])
    plain = leaf("text/plain", encode_body(body, cs, cte), cs, cte)
    hcs = cs if cs.lower() not in ("iso-2022-jp",) else "utf-8"
    hcte = cte if cte in ("quoted-printable", "base64") else "quoted-printable"
    htmlp = leaf("text/html", encode_body(html, hcs, hcte), hcs, hcte)
    mime = s.get("mime", {"google": "google", "gws": "google", "o365": "outlook", "outlookcom": "outlook", "exchange": "outlook", "icloud": "apple", "kit": "html_att"}.get(via, "tb"))
    if mime == "google":
        tree = multi("mixed", [multi("alternative", [plain, htmlp, cal_inline], b2), cal_att], b1)
    elif mime == "outlook":
        tree = multi("alternative", [plain, htmlp, cal_inline], b1)
    elif mime == "apple":
        att = leaf(f'text/calendar; name="{fname}"{mparam}', calbody("quoted-printable"), "utf-8", "quoted-printable",
                   [("Content-Disposition", f'attachment; filename="{fname}"')])
        tree = multi("mixed", [plain, att], b1)
    elif mime == "tb":
        tree = multi("mixed", [multi("alternative", [plain, cal_inline], b2), cal_att], b1)
    elif mime == "plain_cal":
        tree = multi("alternative", [plain, cal_inline], b1)
    elif mime == "html_att":
        att = leaf(f'text/calendar; name="{fname}"{mparam}', calbody("base64"), "utf-8", "base64",
                   [("Content-Disposition", f'attachment; filename="{fname}"')])
        tree = multi("mixed", [htmlp, att], b1)
    elif mime == "html_cal_alt":
        tree = multi("alternative", [htmlp, cal_inline], b1)
    elif mime == "alt_att":
        tree = multi("mixed", [multi("alternative", [plain, htmlp], b2), cal_att], b1)
    elif mime == "ics_only":
        tree = leaf(f"text/calendar{mparam}", calbody(s.get("calcte", "7bit") if s.get("calcte") else ("8bit" if any(ord(c) > 127 for c in ical) else "7bit")), "utf-8", s.get("calcte", "8bit" if any(ord(c) > 127 for c in ical) else "7bit"))
    elif mime == "octet":
        att = leaf(f'application/octet-stream; name="{fname}"', calbody("base64"), None, "base64",
                   [("Content-Disposition", f'attachment; filename="{fname}"')])
        tree = multi("mixed", [plain, att], b1)
    elif mime == "forward":
        inner = s["inner"]
        tree = multi("mixed", [plain, ("leaf", "message/rfc822", inner, None, None, [("Content-Disposition", 'attachment; filename="forwarded message.eml"')] if r.random() < .5 else [])], b1)
    else:
        raise ValueError(mime)
    mh, mbody = render(tree)
    # ---- sender side headers
    subj = s["subj"]
    scs = s.get("subjcs", cs if cs.lower() != "utf-8" else "UTF-8")
    subj_h = ew(subj, scs, s.get("subjenc", "B" if r.random() < .7 else "Q"))
    def addr(n, a):
        if not n: return a
        try: n.encode("ascii"); return f'"{n}" <{a}>' if any(c in n for c in ",.@()") else f"{n} <{a}>"
        except UnicodeEncodeError: return f"{ew(n, scs, 'B')} <{a}>"
    auth = s.get("auth", "ppp")
    dk, sp, dm = (AUTHV[c] for c in auth)
    if dm == "softfail": dm = "fail"
    mailfrom = s.get("mailfrom") or {"google": "calendar-server.bounces.google.com", "gws": "calendar-server.bounces.google.com",
                                     }.get(via, fdom)
    if "@" not in mailfrom: mailfrom = ("bounce-" + h(s["_id"], 10) + "@" + mailfrom) if via not in ("google", "gws") else "3" + h(s["_id"], 20) + "@" + mailfrom
    dkd = s.get("dkim_d", {"google": "google.com", "icloud": "icloud.com"}.get(via, mailfrom.split("@")[1]))
    host = s.get("host") or {"google": "mail-sor-f%d.google.com" % r.randint(40, 99), "gws": "mail-sor-f%d.google.com" % r.randint(40, 99),
            "o365": f"mail-{r.choice(['db8eur05','am6eur05','fra01','he1eur04','nam12','bn8nam11','jpn01','apc01'])}on20{r.randint(600,730)}.outbound.protection.outlook.com",
            "outlookcom": f"{r.choice(['eur05','nam10','apc01','bra01'])}-{r.choice(['vi1','db8','sn1','sg2'])}-obe.outbound.protection.outlook.com",
            "icloud": f"st43p00im-zteg{r.randint(10000,99999)}.me.com", "kit": r.choice(["vps", "srv", "server", "mail", "host"]) + str(r.randint(1, 9999)) + "." + fdom}.get(via, "mail." + mailfrom.split("@")[1])
    ip = s.get("ip", ip_for(s["_id"]))
    mta = "Postfix" if arrival.year < 2022 else "Postfix"
    qid = h(s["_id"] + "q", 12).upper()
    ar = f"mx.example.net;\r\n\tdkim={dk}"
    if dk != "none": ar += f" header.d={dkd} header.s={SEL(s, via)} header.b={base64.b64encode(bytes.fromhex(h(s['_id']+'b', 6))).decode()}"
    if dk == "fail": ar += " (body hash did not verify)" if r.random() < .5 else " reason=\"signature verification failed\""
    ar += f";\r\n\tspf={sp} (mx.example.net: domain of {mailfrom} {'designates' if sp == 'pass' else 'does not designate'} {ip} as permitted sender) smtp.mailfrom={mailfrom}"
    hfd = fdom
    ar += f";\r\n\tdmarc={dm}" + (f" (p={s.get('dmarc_p','NONE')} sp={s.get('dmarc_p','NONE')} dis={'NONE' if dm == 'pass' else 'QUARANTINE' if s.get('dmarc_p') == 'QUARANTINE' else 'NONE'})" if dm != "none" else "") + f" header.from={hfd}"
    if s.get("arc"): ar += ";\r\n\tarc=pass (i=1 spf=pass spfdomain=" + mailfrom.split("@")[1] + " dkim=pass dkdomain=" + dkd + ")"
    ts = rfc2822(arrival, "+0000") + " (UTC)"
    trace = [("Return-Path", f"<{mailfrom}>"), ("Delivered-To", rcpt), ("Authentication-Results", ar),
             ("Received", f"from {host} ({host} [{ip}])\r\n\tby mx.example.net ({mta}) with ESMTPS id {qid}\r\n\tfor <{rcpt}>; {ts}")]
    if r.random() < .3 and arrival.year > 2018:
        trace.insert(3, ("X-Spam-Status", f"No, score={r.uniform(-3, 4.5):.1f} required=5.0"))
    own = []
    msgid = s.get("msgid") or {"google": f"<{h(s['_id']+'m', 28)}@google.com>", "gws": f"<{h(s['_id']+'m', 28)}@google.com>",
             "o365": f"<{r.choice(['DB8','AM6','FR3','VI1','PAXP','BN8','TYAP'])}PR0{r.randint(1,9)}MB{r.randint(1000,9999)}{h(s['_id'],6).upper()}@{r.choice(['EURPRD01','NAMPRD12','JPNPRD01'])}.prod.outlook.com>",
             "icloud": f"<{uuid_from(s['_id']+'m', True)}@icloud.com>"}.get(via, f"<{h(s['_id']+'m', 20)}@{fdom}>")
    if dk in ("pass", "fail"):
        own.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d={dkd}; s={SEL(s, via)}; t={int(sent.replace(tzinfo=dt.timezone.utc).timestamp())};\r\n        h={HL(via)};\r\n        bh={base64.b64encode(bytes.fromhex(h(s['_id']+'bh', 64))).decode()};\r\n        b={base64.b64encode(bytes.fromhex(h(s['_id']+'sig', 64)*2)).decode()}"))
    if via in ("google", "gws"):
        own += [("Received", f"by mail-sor-f{r.randint(40,99)}.google.com with SMTP id {h(s['_id'],10)}sor{r.randint(1000,9999)}.{r.randint(0,9)}\r\n        for <{rcpt}>\r\n        (Google Transport Security);\r\n        {rfc2822(shift_off(sent, utc_offset('America/Los_Angeles', sent)), utc_offset('America/Los_Angeles', sent))} ({'PDT' if utc_offset('America/Los_Angeles', sent) == '-0700' else 'PST'})"),
                ("MIME-Version", "1.0"), ("Reply-To", frm[1]), ("Sender", s.get("gsender", "Google Calendar <calendar-notification@google.com>")),
                ("Auto-Submitted", "auto-generated"), ("Message-ID", msgid), ("Date", rfc2822(sent, "+0000")),
                ("Subject", subj_h), ("From", addr(frm[0], frm[1])), ("To", rcpt)]
    elif via in ("o365", "outlookcom"):
        own += [("Received", f"from {r.choice(['DB8PR05','AM6PR04','VI1PR07','BN8PR12','TYAPR01'])}MB{r.randint(1000,9999)}.{r.choice(['eurprd05','namprd12','jpnprd01'])}.prod.outlook.com\r\n ([fe80::{h(s['_id'],4)}:{h(s['_id']+'z',4)}]) by {r.choice(['DB8PR05','AM6PR04','VI1PR07'])}MB{r.randint(1000,9999)}.prod.outlook.com\r\n ([fe80::{h(s['_id']+'y',4)}%5]) with mapi id 15.20.{r.randint(5000,8000)}.{r.randint(10,40)}; {rfc2822(sent, '+0000')}"),
                ("From", addr(frm[0], frm[1])), ("To", addr(to[0], rcpt)), ("Subject", subj_h),
                ("Thread-Topic", subj_h), ("Thread-Index", base64.b64encode(bytes.fromhex(h(s['_id']+'t', 44))).decode()),
                ("Date", date_hdr), ("Message-ID", msgid), ("Accept-Language", s.get("acl", "en-US")), ("Content-Language", s.get("acl", "en-US")),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("X-MS-Exchange-Organization-SCL", str(s.get("scl", -1 if not spam else r.choice([-1, 1, 5])))),
                ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", f"{sent:%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
                ("MIME-Version", "1.0")]
    elif via == "exchange":
        own += [("Received", f"from {s.get('exhost','EXCH01')}.{fdom} (10.{r.randint(0,250)}.{r.randint(0,250)}.{r.randint(2,250)}) by {s.get('exhost','EXCH01')}.{fdom}\r\n (10.{r.randint(0,250)}.0.{r.randint(2,250)}) with Microsoft SMTP Server (TLS) id 15.1.{r.randint(1000,2500)}.{r.randint(3,20)}; {date_hdr}"),
                ("From", addr(frm[0], frm[1])), ("To", addr(to[0], rcpt)), ("Subject", subj_h), ("Thread-Topic", subj_h),
                ("Thread-Index", base64.b64encode(bytes.fromhex(h(s['_id']+'t', 44))).decode()), ("Date", date_hdr),
                ("Message-ID", msgid), ("Accept-Language", s.get("acl", "de-DE, en-US")), ("Content-Language", s.get("acl", "de-DE").split(",")[0]),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("x-originating-ip", f"[10.{r.randint(0,250)}.{r.randint(0,250)}.{r.randint(2,250)}]"),
                ("MIME-Version", "1.0")]
    elif via == "icloud":
        own += [("Received", f"from [192.168.{r.randint(0,10)}.{r.randint(2,250)}] (unknown [{ip_for(s['_id']+'c')}])\r\n\tby {host} (Postfix) with ESMTPSA id {h(s['_id'],10).upper()}\r\n\tfor <{rcpt}>; {rfc2822(sent,'+0000')} (UTC)"),
                ("From", addr(frm[0], frm[1])), ("Content-Type", None), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.300.61.1.2\\))"),
                ("Subject", subj_h), ("Date", date_hdr), ("Message-Id", msgid), ("To", rcpt), ("X-Mailer", "iPhone Mail (20E252)" if style == "ios" else "Apple Mail (2.3774.300.61.1.2)")]
    else:
        # generic: webmail providers, own servers, ESPs, spam kits
        cip = ip_for(s["_id"] + "client")
        pats = [f"from {s.get('helo', 'localhost')} (localhost [127.0.0.1])\r\n\tby {host} ({s.get('smta', 'Postfix')}) with {s.get('proto','ESMTP')} id {h(s['_id']+'r',10).upper()}\r\n\tfor <{rcpt}>; {date_hdr}",
                f"from [192.168.{r.randint(0,3)}.{r.randint(2,200)}] (unknown [{cip}])\r\n\t(Authenticated sender: {frm[1]})\r\n\tby {host} ({s.get('smta', 'Postfix')}) with {s.get('proto','ESMTPSA')} id {h(s['_id']+'r',10).upper()};\r\n\t{date_hdr}",
                f"from [{cip}] (helo=[10.0.{r.randint(0,9)}.{r.randint(2,200)}])\r\n\tby {host} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.9{r.randint(4,7)})\r\n\t(envelope-from <{mailfrom}>)\r\n\tid 1{h(s['_id']+'e',5)}-00{r.randint(10,99)}Xa-{h(s['_id']+'f',2).upper()}; {date_hdr}",
                f"by {host} (Postfix, from userid {r.choice([33, 48, 1000, 0])})\r\n\tid {h(s['_id']+'r',10).upper()}; {date_hdr}"]
        if spam and via == "kit": rcv = pats[r.choice([0, 3, 3, 2])]
        else: rcv = pats[r.choice([0, 1, 1, 2])]
        rcv = s.get("rcv") or rcv
        own.append(("Received", rcv))
        hdrs = [("Date", date_hdr), ("From", addr(frm[0], frm[1])), ("To", addr(to[0] if r.random() < .6 else "", rcpt)),
                ("Message-ID", msgid), ("Subject", subj_h), ("MIME-Version", "1.0")]
        if s.get("shuffle_hdr", spam): r.shuffle(hdrs)
        own += hdrs
        if s.get("xmailer"): own.append(("X-Mailer", s["xmailer"]))
        if s.get("ua"): own.append(("User-Agent", s["ua"]))
    for k, v in s.get("headers", []):
        own.append((k, v))
    # insert content-type
    ctv = mh[0][1]
    if ("Content-Type", None) in own:
        i = own.index(("Content-Type", None)); own[i] = ("Content-Type", ctv); own[i+1:i+1] = mh[1:]
    else:
        own += [("Content-Type", ctv)] + mh[1:]
    out = "".join(f"{k}: {v}\r\n" if v != "" else f"{k}:\r\n" for k, v in trace + own) + "\r\n" + mbody
    out = out.replace("\r\n", "\n").replace("\n", "\r\n")
    try:
        return out.encode("ascii")
    except UnicodeEncodeError:
        return out.encode("latin-1") if (cte == "8bit" and cs.lower() != "utf-8") else out.encode("utf-8")

def inner_msg(s, idx):
    """Build an inner message (for forwards) without receiving trace."""
    raw = build(dict(s), idx).decode("utf-8", "replace")
    # strip the four trace headers
    lines = raw.split("\r\n\r\n", 1)
    hdr, body = lines
    import re
    blocks = re.split(r"\r\n(?=[^ \t])", hdr)
    keep = [b for b in blocks if not b.split(":")[0] in ("Return-Path", "Delivered-To", "Authentication-Results", "X-Spam-Status") and not (b.startswith("Received") and "mx.example.net" in b)]
    return "\r\n".join(keep) + "\r\n\r\n" + body
