"""iCalendar objects and the way different producers write them."""
from __future__ import annotations

import datetime as dt

from dc_lib import (TZ, WIN_LONG, esc, fmt_date, fmt_loc, fmt_utc, ics_text, qparam, to_local, vtimezone)


class Att:
    def __init__(self, email, cn=None, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True,
                 cutype="INDIVIDUAL", params=None, delegated_from=None):
        self.email, self.cn, self.role, self.partstat, self.rsvp = email, cn, role, partstat, rsvp
        self.cutype, self.params, self.delegated_from = cutype, params or [], delegated_from


class Alarm:
    def __init__(self, trigger="-PT15M", action="DISPLAY", description="Reminder", summary=None, repeat=None,
                 duration=None, attach=None, attendees=None, related=None, extra=None, trigger_value=None,
                 order=None):
        self.trigger, self.action, self.description, self.summary = trigger, action, description, summary
        self.repeat, self.duration, self.attach, self.attendees = repeat, duration, attach, attendees or []
        self.related, self.extra, self.trigger_value, self.order = related, extra or [], trigger_value, order

    def lines(self, style="generic"):
        trig_params = ""
        if self.related:
            trig_params += f";RELATED={self.related}"
        if self.trigger_value:
            trig_params += f";VALUE={self.trigger_value}"
        trig = f"TRIGGER{trig_params}:{self.trigger}"
        d = {
            "ACTION": f"ACTION:{self.action}",
            "TRIGGER": trig,
            "DESCRIPTION": f"DESCRIPTION:{esc(self.description)}" if self.description is not None else None,
            "SUMMARY": f"SUMMARY:{esc(self.summary)}" if self.summary is not None else None,
            "REPEAT": f"REPEAT:{self.repeat}" if self.repeat is not None else None,
            "DURATION": f"DURATION:{self.duration}" if self.duration else None,
            "ATTACH": self.attach if self.attach and self.attach.startswith("ATTACH") else (f"ATTACH:{self.attach}" if self.attach else None),
        }
        order = self.order or {
            "google": ["ACTION", "DESCRIPTION", "TRIGGER"],
            "exchange": ["DESCRIPTION", "TRIGGER", "ACTION"],
            "outlook16": ["TRIGGER", "ACTION", "DESCRIPTION"],
            "apple": ["TRIGGER", "ATTACH", "ACTION", "DESCRIPTION"],
            "thunderbird": ["ACTION", "TRIGGER", "DESCRIPTION"],
        }.get(style, ["ACTION", "TRIGGER", "REPEAT", "DURATION", "DESCRIPTION", "SUMMARY", "ATTACH"])
        for k in ["ACTION", "TRIGGER", "REPEAT", "DURATION", "DESCRIPTION", "SUMMARY", "ATTACH"]:
            if k not in order:
                order = order + [k]
        out = ["BEGIN:VALARM"]
        for k in order:
            if d.get(k):
                out.append(d[k])
        for a in self.attendees:
            out.append(f"ATTENDEE:mailto:{a}")
        out += self.extra
        out.append("END:VALARM")
        return out


class Ev:
    def __init__(self, **kw):
        self.uid = kw.get("uid")
        self.summary = kw.get("summary", "")
        self.description = kw.get("description")
        self.location = kw.get("location")
        self.start = kw.get("start")          # naive UTC datetime, or local date for all-day
        self.end = kw.get("end")
        self.duration = kw.get("duration")
        self.tz = kw.get("tz")                # None -> UTC with Z
        self.floating = kw.get("floating", False)
        self.all_day = kw.get("all_day", False)
        self.organizer = kw.get("organizer")  # (name, email) or dict
        self.sent_by = kw.get("sent_by")
        self.org_params = kw.get("org_params", [])
        self.attendees = kw.get("attendees", [])
        self.seq = kw.get("seq", 0)
        self.status = kw.get("status", "CONFIRMED")
        self.transp = kw.get("transp", "OPAQUE")
        self.cls = kw.get("cls")
        self.prio = kw.get("prio")
        self.alarms = kw.get("alarms", [])
        self.rrule = kw.get("rrule")
        self.exdates = kw.get("exdates", [])
        self.rdates = kw.get("rdates", [])
        self.recurrence_id = kw.get("recurrence_id")
        self.url = kw.get("url")
        self.attach = kw.get("attach", [])    # list of raw ATTACH lines
        self.x_alt_desc = kw.get("x_alt_desc")
        self.categories = kw.get("categories")
        self.comment = kw.get("comment")
        self.created = kw.get("created")
        self.last_modified = kw.get("last_modified")
        self.dtstamp = kw.get("dtstamp")
        self.extra = kw.get("extra", [])
        self.lang = kw.get("lang")
        self.conference = kw.get("conference", [])
        self.geo = kw.get("geo")
        self.escape_commas = kw.get("escape_commas", True)
        self.raw_description = kw.get("raw_description", False)

    # -- helpers
    def dtv(self, name, when, style, tzid_style=None):
        if when is None:
            return None
        if self.all_day:
            d = when.date() if isinstance(when, dt.datetime) else when
            return f"{name};VALUE=DATE:{fmt_date(d)}"
        if self.floating:
            return f"{name}:{fmt_loc(to_local(self.tz, when) if self.tz else when)}"
        if not self.tz or (self.tz == "UTC" and style not in ("exchange", "exchange_upper")):
            return f"{name}:{fmt_utc(when)}"
        loc = to_local(self.tz, when)
        tzs = tzid_style or {"exchange": "windows", "exchange_upper": "windows", "outlook16": "windows_q", "exchange_long": "winlong"}.get(style, "olson")
        if tzs == "windows":
            tzid = TZ[self.tz][5]
        elif tzs == "windows_q":
            tzid = f'"{TZ[self.tz][5]}"'
        elif tzs == "winlong":
            tzid = f'"{WIN_LONG.get(TZ[self.tz][5], TZ[self.tz][5])}"'
        else:
            tzid = self.tz
        return f"{name};TZID={tzid}:{fmt_loc(loc)}"

    def org_line(self, style):
        if not self.organizer:
            return None
        name, email = self.organizer
        params = []
        if name:
            if style in ("outlook16",):
                params.append(("CN", f'"{name}"'))
            else:
                params.append(("CN", qparam(name)))
        if self.sent_by:
            params.append(("SENT-BY", f'"mailto:{self.sent_by}"'))
        params += self.org_params
        mt = "MAILTO" if style == "exchange_upper" else "mailto"
        return "ORGANIZER" + "".join(f";{k}={v}" for k, v in params) + f":{mt}:{email}"

    def att_line(self, a, style):
        p = []
        cn = a.cn if a.cn is not None else (a.email if style in ("google", "exchange") else None)
        if style == "google":
            p = [("CUTYPE", a.cutype), ("ROLE", a.role), ("PARTSTAT", a.partstat), ("RSVP", "TRUE" if a.rsvp else "FALSE"),
                 ("CN", qparam(cn)), ("X-NUM-GUESTS", "0")]
        elif style in ("exchange", "exchange_upper"):
            p = [("ROLE", a.role), ("PARTSTAT", a.partstat), ("RSVP", "TRUE" if a.rsvp else "FALSE")]
            if cn:
                p.append(("CN", qparam(cn)))
        elif style == "outlook16":
            p = [("CN", f'"{cn or a.email}"'), ("RSVP", "TRUE" if a.rsvp else "FALSE")]
        elif style == "apple":
            p = ([("CN", qparam(cn))] if cn else []) + [("CUTYPE", a.cutype), ("EMAIL", a.email), ("PARTSTAT", a.partstat),
                                                        ("ROLE", a.role)] + ([("RSVP", "TRUE")] if a.rsvp else [])
        elif style == "thunderbird":
            p = [("RSVP", "TRUE" if a.rsvp else "FALSE")] + ([("CN", qparam(cn))] if cn else []) + [
                ("PARTSTAT", a.partstat), ("CUTYPE", a.cutype), ("ROLE", a.role)]
        elif style == "bare":
            p = []
        else:
            p = [("ROLE", a.role), ("PARTSTAT", a.partstat)] + ([("RSVP", "TRUE")] if a.rsvp else []) + (
                [("CN", qparam(cn))] if cn else [])
        if a.delegated_from:
            p.append(("DELEGATED-FROM", f'"mailto:{a.delegated_from}"'))
        p += a.params
        mt = "MAILTO" if style == "exchange_upper" else "mailto"
        return "ATTENDEE" + "".join(f";{k}={v}" for k, v in p) + f":{mt}:{a.email}"

    def text(self, name, value, lang=None):
        if value is None:
            return None
        v = value if self.raw_description else esc(value, self.escape_commas)
        return f"{name}{';LANGUAGE=' + lang if lang else ''}:{v}"

    def lines(self, style="generic", order=None, stamp=None):
        stamp = self.dtstamp or stamp
        L = {}
        L["UID"] = f"UID:{self.uid}"
        L["DTSTAMP"] = f"DTSTAMP:{fmt_utc(stamp)}" if stamp else None
        L["DTSTART"] = self.dtv("DTSTART", self.start, style)
        L["DTEND"] = self.dtv("DTEND", self.end, style) if self.end is not None else None
        L["DURATION"] = f"DURATION:{self.duration}" if self.duration else None
        lang = self.lang if style in ("exchange", "exchange_upper", "outlook16") else None
        L["SUMMARY"] = self.text("SUMMARY", self.summary, lang)
        L["DESCRIPTION"] = self.text("DESCRIPTION", self.description, lang)
        L["LOCATION"] = self.text("LOCATION", self.location if self.location is not None else ("" if style in ("google", "exchange") else None), lang)
        L["ORGANIZER"] = self.org_line(style)
        L["ATTENDEE"] = [self.att_line(a, style) for a in self.attendees]
        L["SEQUENCE"] = f"SEQUENCE:{self.seq}" if self.seq is not None else None
        L["STATUS"] = f"STATUS:{self.status}" if self.status else None
        L["TRANSP"] = f"TRANSP:{self.transp}" if self.transp else None
        L["CLASS"] = f"CLASS:{self.cls}" if self.cls else None
        L["PRIORITY"] = f"PRIORITY:{self.prio}" if self.prio is not None else None
        L["RRULE"] = f"RRULE:{self.rrule}" if self.rrule else None
        L["EXDATE"] = [self.dtv("EXDATE", d, style) for d in self.exdates]
        L["RDATE"] = [self.dtv("RDATE", d, style) for d in self.rdates]
        L["RECURRENCE-ID"] = self.dtv("RECURRENCE-ID", self.recurrence_id, style) if self.recurrence_id else None
        L["URL"] = (self.url if self.url.startswith("URL") else f"URL:{self.url}") if self.url else None
        L["ATTACH"] = list(self.attach)
        L["X-ALT-DESC"] = f"X-ALT-DESC;FMTTYPE=text/html:{esc(self.x_alt_desc, False)}" if self.x_alt_desc else None
        L["CATEGORIES"] = f"CATEGORIES:{self.categories}" if self.categories else None
        L["COMMENT"] = self.text("COMMENT", self.comment) if self.comment else None
        L["CREATED"] = f"CREATED:{fmt_utc(self.created)}" if self.created else None
        L["LAST-MODIFIED"] = f"LAST-MODIFIED:{fmt_utc(self.last_modified)}" if self.last_modified else None
        L["CONFERENCE"] = list(self.conference)
        L["GEO"] = f"GEO:{self.geo}" if self.geo else None
        L["EXTRA"] = list(self.extra)
        L["VALARM"] = [ln for a in self.alarms for ln in a.lines(style)]
        if order is None:
            order = ORDERS.get(style) or ORDERS.get(style.replace("_upper", ""), ORDERS["generic"])
        out = ["BEGIN:VEVENT"]
        used = set()
        for k in order:
            used.add(k)
            v = L.get(k)
            if v is None:
                continue
            if isinstance(v, list):
                out += [x for x in v if x]
            else:
                out.append(v)
        for k, v in L.items():
            if k in used or v is None or v == []:
                continue
            if isinstance(v, list):
                out += [x for x in v if x]
            else:
                out.append(v)
        out.append("END:VEVENT")
        return out


ORDERS = {
    "google": ["DTSTART", "DTEND", "RRULE", "EXDATE", "DTSTAMP", "ORGANIZER", "UID", "ATTENDEE", "RECURRENCE-ID",
               "EXTRA", "CREATED", "DESCRIPTION", "LAST-MODIFIED", "LOCATION", "SEQUENCE", "STATUS", "SUMMARY",
               "TRANSP", "ATTACH", "CONFERENCE", "VALARM"],
    "exchange": ["ORGANIZER", "ATTENDEE", "DESCRIPTION", "RRULE", "EXDATE", "UID", "RECURRENCE-ID", "SUMMARY",
                 "DTSTART", "DTEND", "CLASS", "PRIORITY", "DTSTAMP", "TRANSP", "STATUS", "SEQUENCE", "LOCATION",
                 "EXTRA", "X-ALT-DESC", "VALARM"],
    "outlook16": ["ATTENDEE", "CLASS", "CREATED", "DESCRIPTION", "DTEND", "DTSTAMP", "DTSTART", "LAST-MODIFIED",
                  "LOCATION", "ORGANIZER", "PRIORITY", "RRULE", "SEQUENCE", "SUMMARY", "TRANSP", "UID", "X-ALT-DESC",
                  "EXTRA", "VALARM"],
    "apple": ["UID", "SUMMARY", "LOCATION", "DESCRIPTION", "DTSTART", "DTEND", "RRULE", "LAST-MODIFIED", "ATTENDEE",
              "SEQUENCE", "DTSTAMP", "ORGANIZER", "URL", "EXTRA", "VALARM"],
    "macos": ["CREATED", "UID", "DTEND", "TRANSP", "EXTRA", "SUMMARY", "LAST-MODIFIED", "DTSTAMP", "DTSTART",
              "RRULE", "SEQUENCE", "ORGANIZER", "ATTENDEE", "DESCRIPTION", "LOCATION", "URL", "VALARM"],
    "thunderbird": ["CREATED", "LAST-MODIFIED", "DTSTAMP", "UID", "SUMMARY", "ORGANIZER", "ATTENDEE", "RRULE",
                    "DTSTART", "DTEND", "TRANSP", "LOCATION", "DESCRIPTION", "SEQUENCE", "EXTRA", "VALARM"],
    "generic": ["UID", "DTSTAMP", "DTSTART", "DTEND", "DURATION", "RRULE", "SUMMARY", "DESCRIPTION", "LOCATION",
                "ORGANIZER", "ATTENDEE", "SEQUENCE", "STATUS", "TRANSP", "CLASS", "URL", "EXTRA", "VALARM"],
    "ruby": ["DTSTAMP", "UID", "DTSTART", "DTEND", "CLASS", "CREATED", "DESCRIPTION", "LAST-MODIFIED", "LOCATION",
             "ORGANIZER", "ATTENDEE", "SUMMARY", "URL", "EXTRA", "VALARM"],
    "php": ["UID", "DTSTAMP", "ORGANIZER", "ATTENDEE", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "LOCATION",
            "X-ALT-DESC", "SEQUENCE", "STATUS", "EXTRA", "VALARM"],
    "sabre": ["UID", "DTSTAMP", "CREATED", "LAST-MODIFIED", "SUMMARY", "DTSTART", "DTEND", "RRULE", "LOCATION",
              "DESCRIPTION", "STATUS", "SEQUENCE", "ORGANIZER", "ATTENDEE", "EXTRA", "VALARM"],
}

PRODIDS = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "outlook16": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "apple": "-//CALENDARSERVER.ORG//NONSGML Version 1//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "ruby": "icalendar-ruby",
    "php": "-//hacksw/handcal//NONSGML v1.0//EN",
}


def vcal(events, method=None, style="generic", prodid=None, tz=None, tzstyle=None, head=None, extra=None,
         stamp=None, eol="\r\n", do_fold=True, order=None, calscale=True, version="2.0", tail_tz=False):
    """Return the text of a VCALENDAR.  head: explicit list of header lines (overrides the style defaults)."""
    prodid = prodid or PRODIDS.get(style, "-//Example Corp.//Calendar 1.0//EN")
    if head is None:
        if style == "google":
            head = [f"PRODID:{prodid}", f"VERSION:{version}", "CALSCALE:GREGORIAN"] + ([f"METHOD:{method}"] if method else [])
        elif style in ("exchange", "exchange_upper"):
            head = ([f"METHOD:{method}"] if method else []) + [f"PRODID:{prodid}", f"VERSION:{version}"]
        elif style == "outlook16":
            head = [f"PRODID:{prodid}", f"VERSION:{version}"] + ([f"METHOD:{method}"] if method else []) + ["X-MS-OLK-FORCEINSPECTOROPEN:TRUE"]
        elif style == "apple":
            head = [f"VERSION:{version}", f"PRODID:{prodid}"] + ([f"METHOD:{method}"] if method else [])
        elif style == "macos":
            head = ([f"METHOD:{method}"] if method else []) + [f"VERSION:{version}", f"PRODID:{prodid}", "CALSCALE:GREGORIAN"]
        elif style == "thunderbird":
            head = [f"PRODID:{prodid}", f"VERSION:{version}"] + ([f"METHOD:{method}"] if method else [])
        else:
            head = [f"VERSION:{version}", f"PRODID:{prodid}"] + (["CALSCALE:GREGORIAN"] if calscale else []) + ([f"METHOD:{method}"] if method else [])
    lines = ["BEGIN:VCALENDAR"] + head + (extra or [])
    tzb = []
    tzs = sorted({e.tz for e in events if e.tz and not e.all_day and not e.floating and (e.tz != "UTC" or style == "exchange")})
    for z in tzs:
        ts_ = tzstyle or {"exchange": "windows", "exchange_upper": "windows", "outlook16": "windows", "apple": "apple", "macos": "apple",
                          "thunderbird": "tb"}.get(style, "olson")
        if ts_ == "tb":
            ts_ = "plain"
        if ts_ == "none":
            continue
        block = vtimezone(z, ts_ if ts_ != "plain" else "olson")
        if ts_ == "plain":
            block = [b for b in block if not b.startswith("X-LIC")]
        if ts_ == "windows_q":
            block = vtimezone(z, "windows")
        tzb += block
    if not tail_tz:
        lines += tzb
    for e in events:
        lines += e.lines(style if style != "exchange_upper" else "exchange_upper", order=order, stamp=stamp)
    if tail_tz:
        lines += tzb
    lines.append("END:VCALENDAR")
    return ics_text(lines, do_fold=do_fold, eol=eol)
