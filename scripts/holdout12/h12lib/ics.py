# -*- coding: utf-8 -*-
"""iCalendar writer with per-client property order, parameters, folding and quirks."""
import re

from . import tz as TZ

# ------------------------------------------------------------------ escaping / lines


def esc(s, commas=True, semis=True):
    if s is None:
        return ""
    s = s.replace("\\", "\\\\")
    if semis:
        s = s.replace(";", "\\;")
    if commas:
        s = s.replace(",", "\\,")
    return s.replace("\r\n", "\n").replace("\n", "\\n")


def pval(v, force=False):
    v = str(v)
    if force or any(c in v for c in ':;,') or v != v.strip():
        return '"%s"' % v.replace('"', "'")
    return v


def line(name, value, params=()):
    p = "".join(";%s=%s" % (k, v) for k, v in params)
    return "%s%s:%s" % (name, p, value)


def fold_line(ln, mode="octets", limit=75):
    if mode == "none":
        return [ln]
    if mode == "chars":
        out = []
        while len(ln) > limit:
            out.append(ln[:limit])
            ln = " " + ln[limit:]
        out.append(ln)
        return out
    if mode == "split-utf8":
        # folds strictly every N octets, even inside a multi-byte sequence (sloppy generators)
        b = ln.encode("utf-8")
        out, first = [], True
        while len(b) > limit:
            cut = limit if first else limit - 1
            out.append(b[:cut])
            b = b[cut:]
            first = False
        out.append(b)
        return [("" if i == 0 else " ").encode() + x if False else x for i, x in enumerate(out)]
    # octet-based, respecting character boundaries
    out, cur, curlen, lim = [], "", 0, limit
    for ch in ln:
        n = len(ch.encode("utf-8"))
        if curlen + n > lim:
            out.append(cur)
            cur, curlen, lim = " ", 1, limit
        cur += ch
        curlen += n
    out.append(cur)
    return out


def serialize(lines, fold="octets", limit=75, eol="\r\n", cont=" "):
    """lines -> str (or bytes for split-utf8)"""
    if fold == "split-utf8":
        chunks = []
        for ln in lines:
            parts = fold_line(ln, "split-utf8", limit)
            chunks.append(parts[0] + b"".join((eol + cont).encode() + p for p in parts[1:]))
        return (eol.encode().join(chunks) + eol.encode())
    out = []
    for ln in lines:
        parts = fold_line(ln, fold, limit)
        if cont != " ":
            parts = [parts[0]] + [cont + p[1:] for p in parts[1:]]
        out.append(eol.join(parts))
    return eol.join(out) + eol


# ------------------------------------------------------------------ helpers

def u(d):
    return d.strftime("%Y%m%dT%H%M%SZ")


def loc(d):
    return d.strftime("%Y%m%dT%H%M%S")


def dt_params(ev, which, mode, tzname=None, quote_tz=False):
    d = ev.get(which)
    if d is None:
        return None
    if ev.get("allday"):
        return [("VALUE", "DATE")], d.strftime("%Y%m%d")
    tzid = ev.get("tz", "UTC")
    if mode == "utc" or tzid == "UTC":
        return [], u(TZ.to_utc(tzid, d) if tzid != "UTC" else d)
    if mode == "float":
        return [], loc(d)
    name = tzname or tzid
    return [("TZID", ('"%s"' % name) if quote_tz else name)], loc(d)


def google_dur(tr):
    m = re.match(r"^(-?)P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$", tr)
    if not m:
        return tr
    sign, d, h, mi, s = m.groups()
    return "%sP%sDT%sH%sM%sS" % (sign, d or 0, h or 0, mi or 0, s or 0)


def _attendees(ev):
    return ev.get("attendees") or []


def _text(name, val, params=(), commas=True):
    return line(name, esc(val, commas), params)


# ------------------------------------------------------------------ styles

def vevent_google(ev, o):
    L = ["BEGIN:VEVENT"]
    mode = "tzid" if (ev.get("rrule") or ev.get("recurrence_id")) else "utc"
    for w, n in (("start", "DTSTART"), ("end", "DTEND")):
        p = dt_params(ev, w, mode)
        if p:
            L.append(line(n, p[1], p[0]))
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    if ev.get("recurrence_id"):
        p = dt_params(dict(ev, start=ev["recurrence_id"]), "start", mode)
        L.append(line("RECURRENCE-ID", p[1], p[0]))
    L.append("DTSTAMP:" + u(ev["dtstamp"]))
    org = ev.get("organizer")
    if org:
        L.append(line("ORGANIZER", "mailto:" + org[1], [("CN", pval(org[0] or org[1]))]))
    L.append("UID:" + ev["uid"])
    for a in _attendees(ev):
        ps = [("CUTYPE", a.get("cutype", "INDIVIDUAL")), ("ROLE", a.get("role", "REQ-PARTICIPANT")),
              ("PARTSTAT", a.get("partstat", "NEEDS-ACTION"))]
        if a.get("rsvp", a.get("partstat", "NEEDS-ACTION") == "NEEDS-ACTION"):
            ps.append(("RSVP", "TRUE"))
        ps += [("CN", pval(a.get("name") or a["email"])), ("X-NUM-GUESTS", "0")]
        L.append(line("ATTENDEE", "mailto:" + a["email"], ps))
    for c in ev.get("conference", []):
        if "meet.google.com" in c[0]:
            L.append("X-GOOGLE-CONFERENCE:" + c[0])
    L.append("X-MICROSOFT-CDO-OWNERAPPTID:" + ev.get("ownerapptid", "-1"))
    L.append("CREATED:" + u(ev["created"]))
    L.append(_text("DESCRIPTION", ev.get("description") or ""))
    L.append("LAST-MODIFIED:" + u(ev["lastmod"]))
    L.append(_text("LOCATION", ev.get("location") or ""))
    L.append("SEQUENCE:%d" % ev.get("sequence", 0))
    L.append("STATUS:" + ev.get("status", "CONFIRMED"))
    L.append(_text("SUMMARY", ev.get("summary") or ""))
    L.append("TRANSP:" + ev.get("transp", "OPAQUE"))
    for uri, prm in ev.get("attach", []):
        ps = []
        if prm.get("FILENAME"):
            ps.append(("FILENAME", pval(prm["FILENAME"])))
        if prm.get("FMTTYPE"):
            ps.append(("FMTTYPE", prm["FMTTYPE"]))
        L.append(line("ATTACH", uri, ps))
    L += ev.get("extra", [])
    for al in ev.get("alarms", []):
        L += ["BEGIN:VALARM", "ACTION:" + al.get("action", "DISPLAY"),
              _text("DESCRIPTION", al.get("desc", "This is an event reminder")),
              "TRIGGER:" + google_dur(al["trigger"]), "END:VALARM"]
    L.append("END:VEVENT")
    return L


def vevent_exchange(ev, o):
    lang = o.get("langtag", "en-US")
    L = ["BEGIN:VEVENT"]
    org = ev.get("organizer")
    if org:
        L.append(line("ORGANIZER", "mailto:" + org[1], [("CN", pval(org[0] or org[1]))]))
    for a in _attendees(ev):
        ps = [("ROLE", a.get("role", "REQ-PARTICIPANT")), ("PARTSTAT", a.get("partstat", "NEEDS-ACTION"))]
        if a.get("rsvp", True) and o.get("method") != "REPLY":
            ps.append(("RSVP", "TRUE"))
        ps.append(("CN", pval(a.get("name") or a["email"])))
        L.append(line("ATTENDEE", "mailto:" + a["email"], ps))
    if ev.get("comment"):
        L.append(_text("COMMENT", ev["comment"], [("LANGUAGE", lang)]))
    if ev.get("description") is not None:
        L.append(_text("DESCRIPTION", ev["description"], [("LANGUAGE", lang)]))
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    if ev.get("recurrence_id"):
        p = dt_params(dict(ev, start=ev["recurrence_id"]), "start", "tzid", TZ.windows_name(ev.get("tz", "UTC")))
        L.append(line("RECURRENCE-ID", p[1], p[0]))
    L.append(_text("UID", ev["uid"], commas=False))
    L.append(_text("SUMMARY", ev.get("summary") or "", [("LANGUAGE", lang)]))
    wn = TZ.windows_name(ev.get("tz", "UTC"))
    for w, n in (("start", "DTSTART"), ("end", "DTEND")):
        p = dt_params(ev, w, "tzid", wn)
        if p:
            L.append(line(n, p[1], p[0]))
    L += ["CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + u(ev["dtstamp"]),
          "TRANSP:" + ev.get("transp", "OPAQUE"), "STATUS:" + ev.get("status", "CONFIRMED"),
          "SEQUENCE:%d" % ev.get("sequence", 0)]
    if ev.get("location") is not None:
        L.append(_text("LOCATION", ev["location"], [("LANGUAGE", lang)]))
    for uri, prm in ev.get("attach", []):
        L.append(line("ATTACH", uri, [("FMTTYPE", prm.get("FMTTYPE", "application/octet-stream"))] if prm.get("FMTTYPE") else []))
    if ev.get("url"):
        L.append("URL:" + ev["url"])
    busy = "TENTATIVE" if o.get("method") == "REQUEST" else "BUSY"
    if o.get("method") == "CANCEL":
        busy = "FREE"
    L += ["X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % ev.get("sequence", 0),
          "X-MICROSOFT-CDO-OWNERAPPTID:" + ev.get("ownerapptid", "2121111111"),
          "X-MICROSOFT-CDO-BUSYSTATUS:" + busy,
          "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if o.get("method") == "CANCEL" else "BUSY"),
          "X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if ev.get("allday") else "FALSE"),
          "X-MICROSOFT-CDO-IMPORTANCE:1",
          "X-MICROSOFT-CDO-INSTTYPE:" + ("1" if ev.get("rrule") else "0")]
    L += ev.get("extra", [])
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if o.get("year", 2024) >= 2020:
        L.append("X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT")
        L.append("X-MICROSOFT-ISRESPONSEREQUESTED:" + ("TRUE" if o.get("method") == "REQUEST" else "FALSE"))
    for al in ev.get("alarms", []):
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:" + al["trigger"],
              "ACTION:DISPLAY", "END:VALARM"]
    L.append("END:VEVENT")
    return L


def vevent_outlook(ev, o):
    """Outlook desktop 'MIMEDIR' export: alphabetical property order."""
    lang = o.get("langshort", "en-us")
    wn = TZ.windows_name(ev.get("tz", "UTC"))
    P = []
    for a in _attendees(ev):
        ps = [("CN", pval(a.get("name") or a["email"], force=True))]
        if a.get("role") == "OPT-PARTICIPANT":
            ps.append(("ROLE", "OPT-PARTICIPANT"))
        if a.get("partstat") and a.get("partstat") != "NEEDS-ACTION":
            ps.append(("PARTSTAT", a["partstat"]))
        if a.get("rsvp", True) and o.get("method") == "REQUEST":
            ps.append(("RSVP", "TRUE"))
        P.append(("ATTENDEE", line("ATTENDEE", "mailto:" + a["email"], ps)))
    P.append(("CLASS", "CLASS:PUBLIC"))
    P.append(("CREATED", "CREATED:" + u(ev["created"])))
    if ev.get("description") is not None:
        P.append(("DESCRIPTION", _text("DESCRIPTION", ev["description"])))
    for w, n in (("start", "DTSTART"), ("end", "DTEND")):
        p = dt_params(ev, w, "tzid", wn, quote_tz=True)
        if p:
            P.append((n, line(n, p[1], p[0])))
    P.append(("DTSTAMP", "DTSTAMP:" + u(ev["dtstamp"])))
    P.append(("LAST-MODIFIED", "LAST-MODIFIED:" + u(ev["lastmod"])))
    if ev.get("location") is not None:
        P.append(("LOCATION", _text("LOCATION", ev["location"])))
    org = ev.get("organizer")
    if org:
        P.append(("ORGANIZER", line("ORGANIZER", "mailto:" + org[1], [("CN", pval(org[0] or org[1], force=True))])))
    P.append(("PRIORITY", "PRIORITY:5"))
    if ev.get("rrule"):
        P.append(("RRULE", "RRULE:" + ev["rrule"]))
    P.append(("SEQUENCE", "SEQUENCE:%d" % ev.get("sequence", 0)))
    P.append(("SUMMARY", _text("SUMMARY", ev.get("summary") or "", [("LANGUAGE", lang)])))
    P.append(("TRANSP", "TRANSP:" + ev.get("transp", "OPAQUE")))
    P.append(("UID", "UID:" + ev["uid"]))
    for uri, prm in ev.get("attach", []):
        P.append(("ATTACH", line("ATTACH", uri, [])))
    if ev.get("url"):
        P.append(("URL", "URL:" + ev["url"]))
    alt = ev.get("altdesc")
    if alt is not None:
        P.append(("X-ALT-DESC", _text("X-ALT-DESC", alt, [("FMTTYPE", "text/html")], commas=False)))
    P += [("X-MICROSOFT-CDO-BUSYSTATUS", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"),
          ("X-MICROSOFT-CDO-IMPORTANCE", "X-MICROSOFT-CDO-IMPORTANCE:1"),
          ("X-MICROSOFT-DISALLOW-COUNTER", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"),
          ("X-MS-OLK-AUTOFILLLOCATION", "X-MS-OLK-AUTOFILLLOCATION:FALSE"),
          ("X-MS-OLK-AUTOSTARTCHECK", "X-MS-OLK-AUTOSTARTCHECK:FALSE"),
          ("X-MS-OLK-CONFTYPE", "X-MS-OLK-CONFTYPE:0")]
    for x in ev.get("extra", []):
        P.append((x.split(":")[0].split(";")[0], x))
    P.sort(key=lambda t: t[0])
    L = ["BEGIN:VEVENT"] + [p[1] for p in P]
    for al in ev.get("alarms", []):
        L += ["BEGIN:VALARM", "TRIGGER:" + al["trigger"], "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"]
    L.append("END:VEVENT")
    return L


def vevent_apple(ev, o, r=None):
    L = ["BEGIN:VEVENT", "TRANSP:" + ev.get("transp", "OPAQUE")]
    p = dt_params(ev, "end", "tzid")
    if p:
        L.append(line("DTEND", p[1], p[0]))
    org = ev.get("organizer")
    if org:
        ps = []
        if org[0]:
            ps.append(("CN", pval(org[0], force=True)))
        ps.append(("EMAIL", pval(org[1], force=True)))
        L.append(line("ORGANIZER", "mailto:" + org[1], ps))
    L.append("UID:" + ev["uid"])
    L.append("DTSTAMP:" + u(ev["dtstamp"]))
    if ev.get("location"):
        L.append(_text("LOCATION", ev["location"]))
        if o.get("structured_location") and ev.get("geo"):
            L.append(line("X-APPLE-STRUCTURED-LOCATION", "geo:%s" % ev["geo"],
                          [("VALUE", "URI"), ("X-APPLE-RADIUS", "70"), ("X-TITLE", pval(ev["location"], True))]))
    if ev.get("description"):
        L.append(_text("DESCRIPTION", ev["description"]))
    if ev.get("url"):
        L.append(line("URL", ev["url"], [("VALUE", "URI")]))
    L.append("SEQUENCE:%d" % ev.get("sequence", 0))
    L.append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
    L.append(_text("SUMMARY", ev.get("summary") or ""))
    L.append("LAST-MODIFIED:" + u(ev["lastmod"]))
    L.append("CREATED:" + u(ev["created"]))
    p = dt_params(ev, "start", "tzid")
    L.append(line("DTSTART", p[1], p[0]))
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    for uri, prm in ev.get("attach", []):
        L.append(line("ATTACH", uri, [("VALUE", "URI")]))
    for a in _attendees(ev):
        ps = []
        if a.get("name"):
            ps.append(("CN", pval(a["name"], force=True)))
        ps += [("CUTYPE", "INDIVIDUAL"), ("EMAIL", pval(a["email"], force=True)),
               ("PARTSTAT", a.get("partstat", "NEEDS-ACTION")), ("ROLE", a.get("role", "REQ-PARTICIPANT"))]
        if a.get("partstat", "NEEDS-ACTION") == "NEEDS-ACTION":
            ps.append(("RSVP", "TRUE"))
        if a.get("schedstat"):
            ps.append(("SCHEDULE-STATUS", a["schedstat"]))
        L.append(line("ATTENDEE", "mailto:" + a["email"], ps))
    L += ev.get("extra", [])
    for al in ev.get("alarms", []):
        au = al.get("uid", "2E4F0E5C-0000-4000-8000-000000000000")
        L += ["BEGIN:VALARM", "X-WR-ALARMUID:" + au, "UID:" + au, "TRIGGER:" + al["trigger"]]
        if al.get("action", "AUDIO") == "AUDIO":
            L += ["ATTACH;VALUE=URI:Chord", "ACTION:AUDIO"]
        else:
            L += ["DESCRIPTION:" + esc(al.get("desc", "Reminder")), "ACTION:DISPLAY"]
        L += ["X-APPLE-DEFAULT-ALARM:TRUE"] if al.get("default") else []
        L.append("END:VALARM")
    L.append("END:VEVENT")
    return L


def vevent_thunderbird(ev, o):
    kind = ev.get("kind", "VEVENT")
    L = ["BEGIN:" + kind, "CREATED:" + u(ev["created"]), "LAST-MODIFIED:" + u(ev["lastmod"]),
         "DTSTAMP:" + u(ev["dtstamp"]), "UID:" + ev["uid"], _text("SUMMARY", ev.get("summary") or "")]
    org = ev.get("organizer")
    if org:
        ps = [("RSVP", "TRUE")]
        if org[0]:
            ps.append(("CN", pval(org[0])))
        ps += [("PARTSTAT", "ACCEPTED"), ("ROLE", "CHAIR")]
        L.append(line("ORGANIZER", "mailto:" + org[1], ps))
    for a in _attendees(ev):
        ps = [("RSVP", "TRUE" if a.get("rsvp", True) else "FALSE")]
        if a.get("name"):
            ps.append(("CN", pval(a["name"])))
        ps += [("PARTSTAT", a.get("partstat", "NEEDS-ACTION")), ("ROLE", a.get("role", "REQ-PARTICIPANT"))]
        L.append(line("ATTENDEE", "mailto:" + a["email"], ps))
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    if kind == "VTODO":
        if ev.get("start"):
            p = dt_params(ev, "start", "tzid")
            L.append(line("DTSTART", p[1], p[0]))
        p = dt_params(dict(ev, end=ev.get("due")), "end", "tzid")
        L.append(line("DUE", p[1], p[0]))
        L += ["STATUS:NEEDS-ACTION", "PERCENT-COMPLETE:0"]
        if ev.get("priority"):
            L.append("PRIORITY:%d" % ev["priority"])
    else:
        for w, n in (("start", "DTSTART"), ("end", "DTEND")):
            p = dt_params(ev, w, "tzid")
            if p:
                L.append(line(n, p[1], p[0]))
    if ev.get("description"):
        L.append(_text("DESCRIPTION", ev["description"]))
    if ev.get("location"):
        L.append(_text("LOCATION", ev["location"]))
    if ev.get("url"):
        L.append("URL:" + ev["url"])
    for uri, prm in ev.get("attach", []):
        L.append(line("ATTACH", uri, []))
    if kind == "VEVENT":
        L.append("TRANSP:" + ev.get("transp", "OPAQUE"))
    L.append("SEQUENCE:%d" % ev.get("sequence", 0))
    L += ev.get("extra", [])
    L += ["X-MOZ-SEND-INVITATIONS:TRUE", "X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE"]
    for al in ev.get("alarms", []):
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DURATION:" + al["trigger"],
              "DESCRIPTION:Default Mozilla Description", "END:VALARM"]
    L.append("END:" + kind)
    return L


def vevent_zimbra(ev, o):
    L = ["BEGIN:VEVENT", "UID:" + ev["uid"], _text("SUMMARY", ev.get("summary") or "")]
    if ev.get("location"):
        L.append(_text("LOCATION", ev["location"]))
    for a in _attendees(ev):
        ps = [("CN", pval(a.get("name") or a["email"])), ("ROLE", a.get("role", "REQ-PARTICIPANT")),
              ("PARTSTAT", a.get("partstat", "NEEDS-ACTION"))]
        if o.get("method") == "REQUEST":
            ps.append(("RSVP", "TRUE"))
        L.append(line("ATTENDEE", "mailto:" + a["email"], ps))
    org = ev.get("organizer")
    if org:
        L.append(line("ORGANIZER", "mailto:" + org[1], [("CN", pval(org[0] or org[1]))]))
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    for w, n in (("start", "DTSTART"), ("end", "DTEND")):
        p = dt_params(ev, w, "tzid", quote_tz=True)
        if p:
            L.append(line(n, p[1], p[0]))
    L += ["STATUS:" + ev.get("status", "CONFIRMED"), "CLASS:PUBLIC",
          "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "TRANSP:" + ev.get("transp", "OPAQUE"),
          "LAST-MODIFIED:" + u(ev["lastmod"]), "DTSTAMP:" + u(ev["dtstamp"]),
          "SEQUENCE:%d" % ev.get("sequence", 0)]
    if ev.get("description"):
        L.append(_text("DESCRIPTION", ev["description"]))
    if ev.get("url"):
        L.append("URL:" + ev["url"])
    for uri, prm in ev.get("attach", []):
        L.append(line("ATTACH", uri, []))
    L += ev.get("extra", [])
    for al in ev.get("alarms", []):
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=START:" + al["trigger"],
              "DESCRIPTION:Reminder", "END:VALARM"]
    L.append("END:VEVENT")
    return L


def vevent_nextcloud(ev, o):
    kind = ev.get("kind", "VEVENT")
    L = ["BEGIN:" + kind, "CREATED:" + u(ev["created"]), "DTSTAMP:" + u(ev["dtstamp"]),
         "LAST-MODIFIED:" + u(ev["lastmod"]), "SEQUENCE:%d" % ev.get("sequence", 0), "UID:" + ev["uid"]]
    if kind == "VTODO":
        p = dt_params(dict(ev, end=ev.get("due")), "end", "tzid")
        L.append(line("DUE", p[1], p[0]))
        L += ["STATUS:NEEDS-ACTION", "PERCENT-COMPLETE:0"]
    else:
        for w, n in (("start", "DTSTART"), ("end", "DTEND")):
            p = dt_params(ev, w, "tzid")
            if p:
                L.append(line(n, p[1], p[0]))
        L.append("STATUS:" + ev.get("status", "CONFIRMED"))
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    L.append(_text("SUMMARY", ev.get("summary") or ""))
    if ev.get("location"):
        L.append(_text("LOCATION", ev["location"]))
    if ev.get("description"):
        L.append(_text("DESCRIPTION", ev["description"]))
    if ev.get("url"):
        L.append("URL:" + ev["url"])
    for uri, prm in ev.get("attach", []):
        ps = [("FILENAME", pval(prm["FILENAME"]))] if prm.get("FILENAME") else []
        L.append(line("ATTACH", uri, ps))
    for uri, prm in ev.get("conference", []):
        L.append(line("CONFERENCE", uri, [("VALUE", "URI")] + [(k, pval(v)) for k, v in prm.items()]))
    org = ev.get("organizer")
    if org:
        L.append(line("ORGANIZER", "mailto:" + org[1], [("CN", pval(org[0] or org[1]))]))
    for a in _attendees(ev):
        ps = [("CN", pval(a.get("name") or a["email"])), ("CUTYPE", "INDIVIDUAL"),
              ("PARTSTAT", a.get("partstat", "NEEDS-ACTION")), ("ROLE", a.get("role", "REQ-PARTICIPANT")),
              ("RSVP", "TRUE"), ("LANGUAGE", o.get("langshort", "en"))]
        L.append(line("ATTENDEE", "mailto:" + a["email"], ps))
    L += ev.get("extra", [])
    for al in ev.get("alarms", []):
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=START:" + al["trigger"], "END:VALARM"]
    L.append("END:" + kind)
    return L


def vevent_sogo(ev, o):
    L = ["BEGIN:VEVENT", "UID:" + ev["uid"], _text("SUMMARY", ev.get("summary") or "")]
    if ev.get("location"):
        L.append(_text("LOCATION", ev["location"]))
    L += ["CLASS:PUBLIC", "X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:YES", "CREATED:" + u(ev["created"]),
          "DTSTAMP:" + u(ev["dtstamp"]), "LAST-MODIFIED:" + u(ev["lastmod"])]
    for w, n in (("start", "DTSTART"), ("end", "DTEND")):
        p = dt_params(ev, w, "tzid")
        if p:
            L.append(line(n, p[1], p[0]))
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    L.append("TRANSP:" + ev.get("transp", "OPAQUE"))
    if ev.get("description"):
        L.append(_text("DESCRIPTION", ev["description"]))
    if ev.get("url"):
        L.append("URL:" + ev["url"])
    for uri, prm in ev.get("attach", []):
        L.append(line("ATTACH", uri, []))
    org = ev.get("organizer")
    if org:
        L.append(line("ORGANIZER", "mailto:" + org[1], [("CN", pval(org[0] or org[1]))]))
    for a in _attendees(ev):
        ps = [("PARTSTAT", a.get("partstat", "NEEDS-ACTION")), ("ROLE", a.get("role", "REQ-PARTICIPANT")),
              ("CN", pval(a.get("name") or a["email"])), ("RSVP", "TRUE")]
        L.append(line("ATTENDEE", "mailto:" + a["email"], ps))
    L.append("SEQUENCE:%d" % ev.get("sequence", 0))
    L += ev.get("extra", [])
    for al in ev.get("alarms", []):
        L += ["BEGIN:VALARM", "TRIGGER;VALUE=DURATION:" + al["trigger"], "ACTION:DISPLAY",
              "DESCRIPTION:" + esc(ev.get("summary") or ""), "END:VALARM"]
    L.append("END:VEVENT")
    return L


def vevent_yahoo(ev, o):
    L = ["BEGIN:VEVENT", _text("SUMMARY", ev.get("summary") or "")]
    if ev.get("description"):
        L.append(_text("DESCRIPTION", ev["description"]))
    if ev.get("location"):
        L.append(_text("LOCATION", ev["location"]))
    mode = "tzid" if ev.get("rrule") else "utc"
    for w, n in (("start", "DTSTART"), ("end", "DTEND")):
        p = dt_params(ev, w, mode)
        if p:
            L.append(line(n, p[1], p[0]))
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    L.append("UID:" + ev["uid"])
    org = ev.get("organizer")
    if org:
        L.append(line("ORGANIZER", "mailto:" + org[1], [("CN", pval(org[0] or org[1]))]))
    for a in _attendees(ev):
        L.append(line("ATTENDEE", "mailto:" + a["email"],
                      [("CN", pval(a.get("name") or a["email"])), ("PARTSTAT", a.get("partstat", "NEEDS-ACTION")),
                       ("ROLE", a.get("role", "REQ-PARTICIPANT")), ("RSVP", "TRUE")]))
    L += ["SEQUENCE:%d" % ev.get("sequence", 0), "STATUS:" + ev.get("status", "CONFIRMED"), "CLASS:PUBLIC",
          "TRANSP:" + ev.get("transp", "OPAQUE"), "DTSTAMP:" + u(ev["dtstamp"]),
          "CREATED:" + u(ev["created"]), "LAST-MODIFIED:" + u(ev["lastmod"])]
    if ev.get("url"):
        L.append("URL:" + ev["url"])
    L += ev.get("extra", [])
    for al in ev.get("alarms", []):
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:" + al["trigger"], "DESCRIPTION:Reminder", "END:VALARM"]
    L.append("END:VEVENT")
    return L


def vevent_zoom(ev, o):
    L = ["BEGIN:VEVENT", "DTSTAMP:" + u(ev["dtstamp"])]
    for w, n in (("start", "DTSTART"), ("end", "DTEND")):
        p = dt_params(ev, w, "tzid")
        if p:
            L.append(line(n, p[1], p[0]))
    L.append(_text("SUMMARY", ev.get("summary") or ""))
    L.append("UID:" + ev["uid"])
    L.append("TZID:" + ev.get("tz", "UTC"))
    L.append(_text("DESCRIPTION", ev.get("description") or ""))
    L.append(_text("LOCATION", ev.get("location") or ""))
    org = ev.get("organizer")
    if org and o.get("method") == "REQUEST":
        L.append(line("ORGANIZER", "mailto:" + org[1], [("CN", pval(org[0] or "Zoom"))]))
        for a in _attendees(ev):
            L.append(line("ATTENDEE", "mailto:" + a["email"],
                          [("CN", pval(a.get("name") or a["email"])), ("RSVP", "TRUE")]))
    if o.get("method") == "CANCEL":
        L.append("STATUS:CANCELLED")
    L += ev.get("extra", [])
    for al in ev.get("alarms", []):
        L += ["BEGIN:VALARM", "TRIGGER:" + al["trigger"], "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"]
    L.append("END:VEVENT")
    return L


def vevent_generic(ev, o):
    """Hand-rolled / library generators. o['order'] chooses a flavour."""
    kind = ev.get("kind", "VEVENT")
    flav = o.get("flavour", "plain")
    commas = o.get("escape_commas", True)
    mode = o.get("dtmode", "utc")
    tzname = o.get("tzname")
    items = {}
    items["UID"] = ["UID:" + ev["uid"]]
    items["DTSTAMP"] = ["DTSTAMP:" + u(ev["dtstamp"])] if not o.get("no_dtstamp") else []
    dts = []
    for w, n in (("start", "DTSTART"), ("end", "DTEND")):
        p = dt_params(ev, w, mode, tzname)
        if p:
            dts.append(line(n, p[1], p[0]))
    if kind == "VTODO" and ev.get("due"):
        p = dt_params(dict(ev, end=ev["due"]), "end", mode, tzname)
        dts = [d for d in dts if not d.startswith("DTEND")] + [line("DUE", p[1], p[0])]
    items["DT"] = dts
    items["RRULE"] = ["RRULE:" + ev["rrule"]] if ev.get("rrule") else []
    items["SUMMARY"] = [_text("SUMMARY", ev.get("summary") or "", commas=commas)]
    items["DESCRIPTION"] = [_text("DESCRIPTION", ev["description"], commas=commas)] if ev.get("description") else []
    items["LOCATION"] = [_text("LOCATION", ev["location"], commas=commas)] if ev.get("location") else []
    items["URL"] = [line("URL", ev["url"], [("VALUE", "URI")] if flav == "sabre" else [])] if ev.get("url") else []
    org = ev.get("organizer")
    orgl = []
    if org:
        ps = [("CN", pval(org[0]))] if org[0] else []
        orgl.append(line("ORGANIZER", "mailto:" + org[1], ps))
    items["ORGANIZER"] = orgl
    al = []
    for a in _attendees(ev):
        if flav == "minimal":
            al.append(line("ATTENDEE", "mailto:" + a["email"], [("CN", pval(a.get("name") or a["email"]))]
                           if a.get("name") else []))
        else:
            al.append(line("ATTENDEE", "mailto:" + a["email"],
                           [("ROLE", a.get("role", "REQ-PARTICIPANT")), ("PARTSTAT", a.get("partstat", "NEEDS-ACTION")),
                            ("RSVP", "TRUE"), ("CN", pval(a.get("name") or a["email"]))]))
    items["ATTENDEE"] = al
    st = []
    if ev.get("status"):
        st.append("STATUS:" + ev["status"])
    if "sequence" in ev:
        st.append("SEQUENCE:%d" % ev["sequence"])
    if kind == "VTODO":
        st += ["PRIORITY:%d" % ev.get("priority", 1)]
    items["STATUS"] = st
    items["ATTACH"] = [line("ATTACH", uri, [("FMTTYPE", prm["FMTTYPE"])] if prm.get("FMTTYPE") else [])
                       for uri, prm in ev.get("attach", [])]
    items["CONF"] = [line("CONFERENCE", uri, [("VALUE", "URI")] + [(k, pval(v)) for k, v in prm.items()])
                     for uri, prm in ev.get("conference", [])]
    items["ALT"] = ([_text("X-ALT-DESC", ev["altdesc"], [("FMTTYPE", "text/html")], commas=False)]
                    if ev.get("altdesc") else [])
    items["CLASS"] = ["CLASS:" + ev["klass"]] if ev.get("klass") else []
    items["TRANSP"] = ["TRANSP:" + ev["transp"]] if ev.get("transp") else []
    items["CATEGORIES"] = [_text("CATEGORIES", ev["categories"], commas=False)] if ev.get("categories") else []
    items["CREATED"] = ["CREATED:" + u(ev["created"]), "LAST-MODIFIED:" + u(ev["lastmod"])] if o.get("created") else []
    items["EXTRA"] = ev.get("extra", [])
    orders = {
        "plain": ["UID", "DTSTAMP", "DT", "RRULE", "SUMMARY", "DESCRIPTION", "LOCATION", "URL", "ORGANIZER",
                  "ATTENDEE", "STATUS", "CLASS", "TRANSP", "CATEGORIES", "ATTACH", "CONF", "ALT", "CREATED", "EXTRA"],
        "sabre": ["UID", "DTSTAMP", "CREATED", "SUMMARY", "DT", "RRULE", "LOCATION", "DESCRIPTION", "URL",
                  "ORGANIZER", "ATTENDEE", "STATUS", "TRANSP", "CLASS", "ATTACH", "CONF", "ALT", "EXTRA"],
        "pyical": ["SUMMARY", "DT", "DTSTAMP", "UID", "RRULE", "CLASS", "CREATED", "DESCRIPTION", "LOCATION",
                   "ORGANIZER", "ATTENDEE", "STATUS", "TRANSP", "URL", "ATTACH", "CONF", "ALT", "CATEGORIES", "EXTRA"],
        "icsjs": ["UID", "SUMMARY", "DTSTAMP", "DT", "RRULE", "DESCRIPTION", "URL", "LOCATION", "STATUS",
                  "CATEGORIES", "ORGANIZER", "ATTENDEE", "ATTACH", "CONF", "ALT", "CLASS", "TRANSP", "EXTRA"],
        "minimal": ["DT", "SUMMARY", "DESCRIPTION", "LOCATION", "URL", "UID", "DTSTAMP", "ORGANIZER", "ATTENDEE",
                    "STATUS", "ATTACH", "CONF", "ALT", "CLASS", "TRANSP", "CATEGORIES", "RRULE", "EXTRA"],
    }
    L = ["BEGIN:" + kind]
    for k in orders.get(flav, orders["plain"]):
        L += items[k]
    for a in ev.get("alarms", []):
        trig = a["trigger"]
        tl = ("TRIGGER;VALUE=DATE-TIME:" + trig[1:]) if trig.startswith("@") else ("TRIGGER:" + trig)
        L += ["BEGIN:VALARM", tl, "ACTION:" + a.get("action", "DISPLAY"),
              _text("DESCRIPTION", a.get("desc", "Reminder"), commas=commas)]
        if a.get("repeat"):
            L += ["REPEAT:%d" % a["repeat"], "DURATION:" + a.get("duration", "PT5M")]
        L.append("END:VALARM")
    L.append("END:" + kind)
    return L


STYLES = {
    "google": vevent_google, "exchange": vevent_exchange, "outlook": vevent_outlook,
    "apple": vevent_apple, "icloud": vevent_apple, "thunderbird": vevent_thunderbird,
    "zimbra": vevent_zimbra, "nextcloud": vevent_nextcloud, "sogo": vevent_sogo,
    "yahoo": vevent_yahoo, "zoom": vevent_zoom, "generic": vevent_generic,
}


def calendar(style, events, method, o):
    """Build the whole VCALENDAR as text (or bytes for split-utf8 folding)."""
    prodid = o["prodid"]
    L = ["BEGIN:VCALENDAR"]
    head = []
    if style == "exchange":
        head = (["METHOD:" + method] if method else []) + ["PRODID:" + prodid, "VERSION:2.0"]
    elif style == "outlook":
        head = ["PRODID:" + prodid, "VERSION:2.0"] + (["METHOD:" + method] if method else []) + \
               ["X-MS-OLK-FORCEINSPECTOROPEN:TRUE"]
    elif style in ("apple", "icloud"):
        head = (["METHOD:" + method] if method else []) + ["VERSION:2.0", "PRODID:" + prodid, "CALSCALE:GREGORIAN"]
    elif style == "google":
        head = ["PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN"] + (["METHOD:" + method] if method else [])
    elif style == "zimbra":
        head = ["X-WR-CALNAME:" + o["calname"]] if o.get("calname") else []
        head += ["PRODID:" + prodid, "VERSION:2.0"] + (["METHOD:" + method] if method else [])
    elif style == "zoom":
        head = ["PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN"] + (["METHOD:" + method] if method else []) \
               + ["CLASS:PUBLIC"]
    elif style == "thunderbird":
        head = ["PRODID:" + prodid, "VERSION:2.0"] + (["METHOD:" + method] if method else [])
    elif style == "nextcloud":
        head = ["VERSION:2.0", "PRODID:" + prodid, "CALSCALE:GREGORIAN"] + (["METHOD:" + method] if method else [])
    elif style == "sogo":
        head = ["VERSION:2.0", "PRODID:" + prodid] + (["METHOD:" + method] if method else [])
    elif style == "yahoo":
        head = ["PRODID:" + prodid, "VERSION:2.0"] + (["METHOD:" + method] if method else [])
    else:
        order = o.get("head_order", "vpm")
        parts = {"v": ["VERSION:2.0"], "p": ["PRODID:" + prodid] if prodid else [],
                 "m": (["METHOD:" + method] if method else []), "c": ["CALSCALE:GREGORIAN"]}
        for ch in order:
            head += parts[ch]
        head += o.get("cal_extra", [])
    L += head
    # time zones
    if o.get("vtimezone", True):
        tzs = []
        for ev in events:
            t = ev.get("tz", "UTC")
            if ev.get("allday") or t == "UTC" or t in tzs:
                continue
            if style in ("google", "yahoo") and not (ev.get("rrule") or ev.get("recurrence_id")):
                continue
            if style == "generic" and o.get("dtmode", "utc") != "tzid":
                continue
            tzs.append(t)
        tzstyle = {"exchange": "exchange", "outlook": "outlook", "apple": "apple", "icloud": "apple",
                   "zimbra": "zimbra", "google": "google", "thunderbird": "thunderbird", "sogo": "sogo"}.get(style, "olson")
        if style == "generic" and o.get("tzname"):
            tzs = []
        for t in tzs:
            L += TZ.vtimezone(t, tzstyle)
    fn = STYLES[style]
    for ev in events:
        L += fn(ev, o)
    L.append("END:VCALENDAR")
    return serialize(L, fold=o.get("fold", "octets"), limit=o.get("fold_limit", 75), eol=o.get("eol", "\r\n"),
                     cont=o.get("fold_cont", " "))
