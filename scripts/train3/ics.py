"""iCalendar rendering in the styles of several real producers."""

import datetime as dt

from lib import (exchange_uid, google_uid, ical_escape, ics_dt, ics_utc, rhex, ruuid, serialize_ics, to_utc,
                 vtimezone, WINDOWS_TZ)


def _dtprop(name, ev, value, tzstyle, quote_tzid=False):
    """DTSTART/DTEND/RECURRENCE-ID/EXDATE in the event's time model."""
    tz = ev.get("tz", "UTC")
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return f"{name};VALUE=DATE:{value.strftime('%Y%m%d')}"
    if tz == "UTC":
        return f"{name}:{ics_utc(value)}"
    if tz == "floating":
        return f"{name}:{ics_dt(value)}"
    zone = ev["tz_utc_src"] if tz == "UTC*" else tz
    tzid = WINDOWS_TZ[zone] if tzstyle == "windows" else zone
    if ev.get("tzid_override"):
        tzid = ev["tzid_override"]
    if quote_tzid or ev.get("quote_tzid"):
        tzid = f'"{tzid}"'
    return f"{name};TZID={tzid}:{ics_dt(value)}"


def _start_end(ev):
    """Return start/end values in the representation the event uses (local or UTC)."""
    s, e = ev["start"], ev.get("end")
    if ev.get("tz") == "UTC" and ev.get("zone") and isinstance(s, dt.datetime):
        s = to_utc(ev["zone"], s)
        e = to_utc(ev["zone"], e) if e else None
    return s, e


def _tx(s, ev):
    return ical_escape(s, commas=not ev.get("no_comma_escape"))


def _att_line(a, style):
    cn = a.get("cn")
    em = a["email"]
    role = a.get("role", "REQ-PARTICIPANT")
    ps = a.get("partstat", "NEEDS-ACTION")
    rsvp = a.get("rsvp", "TRUE")
    cut = a.get("cutype", "INDIVIDUAL")
    cnq = (f'"{cn}"' if cn and any(c in cn for c in ',;:') else cn) if cn else None
    if style == "google":
        return (f"ATTENDEE;CUTYPE={cut};ROLE={role};PARTSTAT={ps};RSVP={rsvp};CN={cnq or em};"
                f"X-NUM-GUESTS=0:mailto:{em}")
    if style == "exchange":
        return f"ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP={rsvp};CN={cnq or em}:mailto:{em}"
    if style == "outlook":
        return f"ATTENDEE;CN={chr(34) + (cn or em) + chr(34)};RSVP={rsvp}:mailto:{em}"
    if style == "apple":
        extra = f";RSVP={rsvp}" if ps == "NEEDS-ACTION" else ""
        return (f"ATTENDEE;CN={cnq or em};CUTYPE={cut};EMAIL={em};PARTSTAT={ps};ROLE={role}{extra}:mailto:{em}")
    if style == "mozilla":
        return f"ATTENDEE;RSVP={rsvp};PARTSTAT={ps};ROLE={role};CUTYPE={cut};CN={cnq or em}:mailto:{em}"
    if style == "sabre":
        lang = f";LANGUAGE={a['lang']}" if a.get("lang") else ""
        sa = ";SCHEDULE-STATUS=1.1" if a.get("sched") else ""
        return f"ATTENDEE;CN={cnq or em};CUTYPE={cut};PARTSTAT={ps};ROLE={role};RSVP={rsvp}{lang}{sa}:mailto:{em}"
    if style == "zimbra":
        return f"ATTENDEE;CN={cnq or em};ROLE={role};PARTSTAT={ps};RSVP={rsvp}:mailto:{em}"
    if style == "lower":
        return f"ATTENDEE;CN={cnq or em};RSVP={rsvp.lower()}:MAILTO:{em}"
    if style == "bare":
        return f"ATTENDEE:mailto:{em}"
    # generic
    return f"ATTENDEE;CN={cnq or em};ROLE={role};PARTSTAT={ps};RSVP={rsvp}:mailto:{em}"


def _org_line(ev, style):
    o = ev.get("organizer")
    if not o:
        return None
    cn, em = o
    sb = f';SENT-BY="mailto:{ev["sent_by"]}"' if ev.get("sent_by") else ""
    cnq = (f'"{cn}"' if cn and any(c in cn for c in ',;:') else cn) if cn else None
    if style == "apple":
        return f"ORGANIZER;CN={cnq or em};EMAIL={em}{sb}:mailto:{em}"
    if style == "mozilla":
        return f"ORGANIZER;RSVP=TRUE;CN={cnq or em};PARTSTAT=ACCEPTED;ROLE=CHAIR{sb}:mailto:{em}"
    if style == "outlook":
        return f'ORGANIZER;CN="{cn or em}"{sb}:mailto:{em}'
    if style == "lower":
        return f"ORGANIZER;CN={cnq or em}:MAILTO:{em}"
    if cn:
        return f"ORGANIZER;CN={cnq}{sb}:mailto:{em}"
    return f"ORGANIZER{sb}:mailto:{em}"


def _alarms(ev, style):
    out = []
    for al in ev.get("alarms", []):
        trig = al.get("trigger", "-PT15M")
        act = al.get("action", "DISPLAY")
        desc = al.get("desc", "Reminder")
        if style == "exchange":
            out += ["BEGIN:VALARM", f"DESCRIPTION:{_tx(desc, ev)}", f"TRIGGER;RELATED=START:{trig}",
                    f"ACTION:{act}", "END:VALARM"]
        elif style == "google":
            out += ["BEGIN:VALARM", f"ACTION:{act}", f"DESCRIPTION:{_tx(desc, ev)}", f"TRIGGER:{trig}"]
            if act == "EMAIL":
                out += ["SUMMARY:Alarm notification", f"ATTENDEE:mailto:{al.get('to', '')}"]
            out += ["END:VALARM"]
        elif style == "apple":
            u = al.get("uid") or "ALARM"
            out += ["BEGIN:VALARM", f"ACTION:{act}", f"DESCRIPTION:{_tx(desc, ev)}", f"TRIGGER:{trig}",
                    f"UID:{u}", f"X-WR-ALARMUID:{u}", "END:VALARM"]
        elif style == "mozilla":
            out += ["BEGIN:VALARM", f"ACTION:{act}", f"TRIGGER;VALUE=DURATION:{trig}",
                    f"DESCRIPTION:{_tx(desc, ev)}", "END:VALARM"]
        else:
            seq = ["BEGIN:VALARM", f"TRIGGER:{trig}", f"ACTION:{act}", f"DESCRIPTION:{_tx(desc, ev)}"]
            if al.get("repeat"):
                seq += [f"REPEAT:{al['repeat']}", f"DURATION:{al.get('duration', 'PT5M')}"]
            if act == "AUDIO" and al.get("attach"):
                seq += [f"ATTACH;VALUE=URI:{al['attach']}"]
            if act == "EMAIL":
                seq += [f"SUMMARY:{_tx(al.get('summary', desc), ev)}", f"ATTENDEE:mailto:{al.get('to', '')}"]
            out += seq + ["END:VALARM"]
    return out


def render_ics(ev, style, rng, eol="\r\n", width=75):
    """Render an event (or several in ev['more']) to iCalendar text."""
    method = ev.get("method", "REQUEST")
    tz = ev.get("tz", "UTC")
    tzstyle = {"exchange": "windows", "outlook": "windows", "google": "google", "apple": "apple"}.get(style,
                                                                                                     "olson")
    prodid = ev.get("prodid")
    stamp = ev.get("dtstamp")
    created = ev.get("created", stamp - dt.timedelta(minutes=rng.randint(1, 90)))
    s, e = _start_end(ev)
    uid = ev.get("uid")
    summ, desc, loc = ev.get("summary", ""), ev.get("description"), ev.get("location")
    seq = ev.get("seq", 0)
    org = _org_line(ev, style)
    atts = [_att_line(a, style) for a in ev.get("attendees", [])]
    comp = "VTODO" if ev.get("vtodo") else "VEVENT"
    vtz = vtimezone(tz, tzstyle) if tz not in ("UTC", "floating") and not ev.get("no_vtimezone") else []
    if ev.get("extra_vtimezone"):
        vtz = vtz + ev["extra_vtimezone"]
    rr = [f"RRULE:{ev['rrule']}"] if ev.get("rrule") else []
    rid = [_dtprop("RECURRENCE-ID", ev, ev["recurrence_id"], tzstyle)] if ev.get("recurrence_id") else []
    exd = [_dtprop("EXDATE", ev, x, tzstyle) for x in ev.get("exdate", [])]
    xs = list(ev.get("x", []))
    al = _alarms(ev, style)
    dts = _dtprop("DTSTART", ev, s, tzstyle) if s is not None else None
    if ev.get("duration"):
        dte = f"DURATION:{ev['duration']}"
    elif ev.get("vtodo"):
        dte = _dtprop("DUE", ev, e, tzstyle) if e else None
    else:
        dte = _dtprop("DTEND", ev, e, tzstyle) if e is not None else None
    status = ev.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    transp = ev.get("transp", "OPAQUE")
    url = [f"URL:{ev['url']}"] if ev.get("url") else []
    L = []
    if style == "google":
        L = ["BEGIN:VCALENDAR", f"PRODID:{prodid or '-//Google Inc//Google Calendar 70.9054//EN'}", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}"] + vtz + ["BEGIN:VEVENT", dts, dte] + rr + exd + rid + [
            f"DTSTAMP:{ics_utc(stamp)}", org, f"UID:{uid}"] + atts
        if ev.get("x_owner", True):
            L.append(f"X-MICROSOFT-CDO-OWNERAPPTID:{ev.get('ownerapptid', rng.randint(-2 ** 31, 2 ** 31 - 1))}")
        L += [f"CREATED:{ics_utc(created)}", f"DESCRIPTION:{_tx(desc or '', ev)}",
              f"LAST-MODIFIED:{ics_utc(ev.get('lastmod', stamp - dt.timedelta(seconds=rng.randint(3, 40))))}",
              f"LOCATION:{_tx(loc or '', ev)}", f"SEQUENCE:{seq}", f"STATUS:{status}",
              f"SUMMARY:{_tx(summ, ev)}", f"TRANSP:{transp}"] + url + xs + al + ["END:VEVENT", "END:VCALENDAR"]
    elif style == "exchange":
        lang = ev.get("lang_tag", "en-US")
        L = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid or 'Microsoft Exchange Server 2010'}",
             "VERSION:2.0"] + vtz + ["BEGIN:VEVENT", org] + atts
        if ev.get("comment"):
            L.append(f"COMMENT;LANGUAGE={lang}:{_tx(ev['comment'], ev)}")
        if desc is not None:
            L.append(f"DESCRIPTION;LANGUAGE={lang}:{_tx(desc, ev)}")
        L += rr + exd + [f"UID:{uid}"] + rid + [f"SUMMARY;LANGUAGE={lang}:{_tx(summ, ev)}", dts, dte,
                                                f"CLASS:{ev.get('class', 'PUBLIC')}", f"PRIORITY:{ev.get('priority', 5)}",
                                                f"DTSTAMP:{ics_utc(stamp)}", f"TRANSP:{transp}", f"STATUS:{status}",
                                                f"SEQUENCE:{seq}"]
        if loc is not None:
            L.append(f"LOCATION;LANGUAGE={lang}:{_tx(loc, ev)}")
        busy = {"REQUEST": "TENTATIVE", "CANCEL": "FREE", "REPLY": "BUSY"}.get(method, "BUSY")
        L += [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{rng.randint(-2 ** 31, 2 ** 31)}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if method == 'CANCEL' else 'BUSY'}",
              f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if ev.get('allday') else 'FALSE'}",
              f"X-MICROSOFT-CDO-IMPORTANCE:{ev.get('importance', 1)}", "X-MICROSOFT-CDO-INSTTYPE:" + (
                  "1" if rr else "0")] + xs + [
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
        if ev.get("year", 2020) >= 2019:
            L += ["X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
        if ev.get("year", 2020) >= 2021:
            L.append("X-MICROSOFT-LOCATIONS:[]" if not loc else
                     f'X-MICROSOFT-LOCATIONS:[{{"DisplayName":"{loc}"\\,"LocationAnnotation":""\\,"LocationSource":0\\,"Unresolved":false\\,"LocationType":0\\,"LocationUri":""}}]')
        L += al + ["END:VEVENT", "END:VCALENDAR"]
    elif style == "outlook":
        props = [dts, dte, f"DTSTAMP:{ics_utc(stamp)}", f"CLASS:{ev.get('class', 'PUBLIC')}",
                 f"CREATED:{ics_utc(created)}", f"LAST-MODIFIED:{ics_utc(stamp)}", f"PRIORITY:5",
                 f"SEQUENCE:{seq}", f"SUMMARY;LANGUAGE={ev.get('lang_tag', 'en-us')}:{_tx(summ, ev)}",
                 f"TRANSP:{transp}", f"UID:{uid}", org] + atts + rr + rid
        if desc is not None:
            props.append(f"DESCRIPTION:{_tx(desc, ev)}")
        if loc is not None:
            props.append(f"LOCATION:{_tx(loc, ev)}")
        props += ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
                  "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOFILLLOCATION:FALSE",
                  "X-MS-OLK-CONFTYPE:0"] + xs
        props = sorted([p for p in props if p], key=lambda p: p.split(";")[0].split(":")[0])
        vtz_q = [v for v in vtz]
        L = ["BEGIN:VCALENDAR", f"PRODID:{prodid or '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'}",
             "VERSION:2.0", f"METHOD:{method}", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE"] + vtz_q + [
            "BEGIN:VEVENT"] + props + al + ["END:VEVENT", "END:VCALENDAR"]
    elif style == "apple":
        props = atts + [f"CREATED:{ics_utc(created)}"]
        if desc:
            props.append(f"DESCRIPTION:{_tx(desc, ev)}")
        props += [dte, f"DTSTAMP:{ics_utc(stamp)}", dts] + exd + [
            f"LAST-MODIFIED:{ics_utc(stamp)}"]
        if loc:
            props.append(f"LOCATION:{_tx(loc, ev)}")
        props += [org] + rid + rr + [f"SEQUENCE:{seq}"]
        if method == "CANCEL":
            props.append("STATUS:CANCELLED")
        props += [f"SUMMARY:{_tx(summ, ev)}", f"TRANSP:{transp}", f"UID:{uid}"] + url + xs + [
            "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"]
        L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "VERSION:2.0",
             f"PRODID:{prodid or '-//Apple Inc.//macOS 14.2.1//EN'}", "CALSCALE:GREGORIAN"] + vtz + [
            "BEGIN:VEVENT"] + props + al + ["END:VEVENT", "END:VCALENDAR"]
    elif style == "mozilla":
        L = ["BEGIN:VCALENDAR", f"PRODID:{prodid or '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN'}",
             "VERSION:2.0", f"METHOD:{method}"] + vtz + [
            "BEGIN:VEVENT", f"CREATED:{ics_utc(created)}", f"LAST-MODIFIED:{ics_utc(stamp)}",
            f"DTSTAMP:{ics_utc(stamp)}", f"UID:{uid}", f"SUMMARY:{_tx(summ, ev)}", org] + atts + rr + exd + rid + [
            dts, dte]
        if loc:
            L.append(f"LOCATION:{_tx(loc, ev)}")
        if desc:
            L.append(f"DESCRIPTION:{_tx(desc, ev)}")
        if method == "CANCEL":
            L.append("STATUS:CANCELLED")
        L += [f"SEQUENCE:{seq}", f"TRANSP:{transp}"] + url + xs
        if method != "REPLY":
            L += ["X-MOZ-SEND-INVITATIONS:TRUE", "X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE"]
        L += al + ["END:VEVENT", "END:VCALENDAR"]
    elif style == "zimbra":
        L = ["BEGIN:VCALENDAR", "X-WR-CALNAME:Calendar" if ev.get("calname") else None,
             f"PRODID:{prodid or 'Zimbra-Calendar-Provider'}", "VERSION:2.0", f"METHOD:{method}"] + [
                v for v in vtz if not v.startswith("X-LIC")] + [
            "BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY:{_tx(summ, ev)}"] + atts + [org, dts, dte] + rr + rid + [
            f"STATUS:{status}", f"CLASS:{ev.get('class', 'PUBLIC')}",
            "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", f"TRANSP:{transp}",
            f"LAST-MODIFIED:{ics_utc(stamp)}", f"DTSTAMP:{ics_utc(stamp)}", f"SEQUENCE:{seq}"]
        if loc:
            L.insert(L.index(f"SUMMARY:{_tx(summ, ev)}") + 1, f"LOCATION:{_tx(loc, ev)}")
        if desc:
            L.append(f"DESCRIPTION:{_tx(desc, ev)}")
        L += xs + al + ["END:VEVENT", "END:VCALENDAR"]
    elif style == "sabre":
        ev_lines = ["BEGIN:" + comp, f"CREATED:{ics_utc(created)}", f"DTSTAMP:{ics_utc(stamp)}",
                    f"LAST-MODIFIED:{ics_utc(stamp)}", f"SEQUENCE:{seq}", f"UID:{uid}", dts, dte] + rr + exd + rid + [
                       f"STATUS:{status}", f"SUMMARY:{_tx(summ, ev)}"]
        if loc:
            ev_lines.append(f"LOCATION:{_tx(loc, ev)}")
        if desc:
            ev_lines.append(f"DESCRIPTION:{_tx(desc, ev)}")
        ev_lines += [org] + atts + url + xs + al + ["END:" + comp]
        head = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid or '-//Sabre//Sabre VObject 4.5.4//EN'}",
                "CALSCALE:GREGORIAN", f"METHOD:{method}"]
        L = head + (ev_lines + vtz if ev.get("vtz_after") else vtz + ev_lines) + ["END:VCALENDAR"]
    else:  # generic: booking systems, scripts, spam kits
        order = ev.get("order", "a")
        head = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid or '-//ical-generator//EN'}"]
        if order == "b":
            head = ["BEGIN:VCALENDAR", f"PRODID:{prodid or '-//ical-generator//EN'}", "VERSION:2.0"]
        if ev.get("calscale"):
            head.append("CALSCALE:GREGORIAN")
        if method:
            head.append(f"METHOD:{method}")
        head += ev.get("cal_x", [])
        body = ["BEGIN:" + comp, f"UID:{uid}"]
        if not ev.get("no_dtstamp"):
            body.append(f"DTSTAMP:{ics_utc(stamp)}")
        body += [dts, dte] + rr + exd + rid
        if ev.get("summary_first"):
            body.insert(1, f"SUMMARY:{_tx(summ, ev)}")
        else:
            body.append(f"SUMMARY:{_tx(summ, ev)}")
        if desc is not None:
            body.append(f"DESCRIPTION:{_tx(desc, ev)}")
        if ev.get("html_desc"):
            body.append(f"X-ALT-DESC;FMTTYPE=text/html:{_tx(ev['html_desc'], ev)}")
        if loc is not None:
            body.append(f"LOCATION:{_tx(loc, ev)}")
        if org:
            body.append(_org_line(ev, ev.get("att_style", "generic")))
        body += [_att_line(a, ev.get("att_style", "generic")) for a in ev.get("attendees", [])]
        if "status" in ev or method == "CANCEL":
            body.append(f"STATUS:{status}")
        if ev.get("seq") is not None and not ev.get("no_seq"):
            body.append(f"SEQUENCE:{seq}")
        if ev.get("transp"):
            body.append(f"TRANSP:{transp}")
        if ev.get("priority"):
            body.append(f"PRIORITY:{ev['priority']}")
        if ev.get("categories"):
            body.append(f"CATEGORIES:{ev['categories']}")
        if ev.get("class"):
            body.append(f"CLASS:{ev['class']}")
        body += url + xs + al + ["END:" + comp]
        L = head + vtz + body + ["END:VCALENDAR"]
    L = [x for x in L if x]
    if ev.get("no_uid"):
        L = [x for x in L if not x.startswith("UID:")]
    for extra in ev.get("more", []):
        # additional VEVENTs (e.g. several instances) inserted before END:VCALENDAR
        sub = render_ics(dict(extra, method=None, no_vtimezone=True), style, rng, eol="\n", width=0)
        inner = sub.split("\n")
        i0 = inner.index("BEGIN:" + ("VTODO" if extra.get("vtodo") else "VEVENT"))
        i1 = len(inner) - 1 - inner[::-1].index("END:" + ("VTODO" if extra.get("vtodo") else "VEVENT"))
        L[-1:-1] = inner[i0:i1 + 1]
    if ev.get("raw_tail"):
        L[-1:-1] = ev["raw_tail"]
    if ev.get("drop_end"):
        L = L[:-1]
    return serialize_ics(L, eol=eol, width=ev.get("fold_width", width), cont=ev.get("fold_cont", " "))


def new_uid(rng, kind):
    if kind == "google":
        return google_uid(rng)
    if kind == "exchange":
        return exchange_uid(rng)
    if kind == "apple":
        return ruuid(rng, upper=True)
    if kind == "mozilla":
        return ruuid(rng)
    if kind == "zimbra":
        return ruuid(rng)
    if kind == "nextcloud":
        return ruuid(rng).upper() if rng.random() < .5 else rhex(rng, 8) + "-" + rhex(rng, 4) + ".ics"
    return ruuid(rng)
