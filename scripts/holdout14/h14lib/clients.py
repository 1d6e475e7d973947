"""Renderers that imitate real calendar clients: iCalendar style and MIME layout.

render(m) -> (list of (header, value) written by the client, root MIME object)
"""
import datetime as dt
import re

from .util import (rstr, rb64, uuid4, pick, HEXU, HEXL, ALNUM, vtimezone, esc, esc_sloppy, pval, prop, join_ics,
                   ical_dt, ical_utc, ical_date, to_utc, utcoffset, tzabbr, TZ, Part, Multi, Embedded, addr,
                   hdr_text, rfc5322_date, rfc5322_date_padded, encode_text, strip_html, html_escape, html_text,
                   off_str, LONG_TZ_NAME, needs_enc)
from .i18n import LABELS, PREFIX, when_line, google_when, date_num
from .people import LANG_TAG

# ------------------------------------------------------------------ capabilities

CAPS = {
    "google": {"attach-drive", "meet"},
    "exchange": {"teams"},
    "outlook-desktop": {"altdesc", "teams"},
    "icloud": {"url", "attach"},
    "apple-mail": {"url", "attach"},
    "thunderbird": {"url", "attach", "altdesc"},
    "evolution": {"url", "attach"},
    "emclient": {"url", "altdesc"},
    "proton": set(),
    "zoom": {"zoom"},
    "nextcloud": {"attach", "url"},
    "zimbra": {"altdesc"},
    "yahoo": set(),
    "sogo": {"url", "attach"},
    "booking": {"url", "attach", "conference", "altdesc"},
    "handrolled": {"url", "attach", "conference", "altdesc"},
}


def normalize(m):
    caps = CAPS[m.client]
    for ev in m.events:
        extra = []
        if ev.url and "url" not in caps:
            if ev.url not in (ev.description or "") and ev.url != ev.location:
                extra.append(ev.url)
            ev.url = None
        if ev.attach:
            keep = []
            for uri, ft, fn in ev.attach:
                if "attach" in caps or ("attach-drive" in caps and "drive.google.com" in uri):
                    keep.append((uri, ft, fn))
                elif uri not in (ev.description or ""):
                    extra.append(("%s: " % fn if fn else "") + uri)
            ev.attach = keep
        if ev.conference and "conference" not in caps:
            for uri, label, feat in ev.conference:
                if not ev.location:
                    ev.location = uri
                elif uri not in (ev.description or "") and uri != ev.location:
                    extra.append(("%s: " % label if label else "") + uri)
            ev.conference = []
        if ev.alt_html and "altdesc" not in caps:
            if not ev.description:
                ev.description = strip_html(ev.alt_html)
            ev.alt_html = None
        if ev.online:
            kind, url = ev.online[0], ev.online[1]
            native = (kind == "teams" and "teams" in caps) or (kind == "meet" and "meet" in caps) or \
                     (kind == "zoom" and "zoom" in caps)
            if not native:
                if url not in (ev.description or "") and url != ev.location:
                    lab = {"teams": "Microsoft Teams", "meet": "Google Meet", "zoom": "Zoom",
                           "webex": "Webex", "goto": "GoTo Meeting"}.get(kind, "Online")
                    extra.append("%s: %s" % (lab, url))
                if not ev.location and kind in ("zoom", "webex", "goto", "teams"):
                    ev.location = url if kind != "teams" else "Microsoft Teams Meeting"
                ev.online = None
        if extra:
            ev.description = ((ev.description or "").rstrip() + "\n\n" if ev.description else "") + "\n".join(extra)


# ------------------------------------------------------------------ shared ics bits

def _utc(ev, d):
    return to_utc(d, ev.tz)


def dt_lines(ev, style, name="DTSTART", d=None):
    """style: utc | tzid | tzid-q (quoted) | win | win-q | floating | zimbra"""
    d = d if d is not None else (ev.start if name == "DTSTART" else ev.end)
    if ev.all_day:
        if isinstance(d, dt.datetime):
            d = d.date()
        return "%s;VALUE=DATE:%s" % (name, ical_date(d))
    if style == "utc" or ev.tz == "UTC" and style not in ("floating",):
        return "%s:%s" % (name, ical_utc(_utc(ev, d)))
    if style == "floating":
        return "%s:%s" % (name, ical_dt(d))
    if style in ("win", "win-q"):
        tzid = TZ[ev.tz][0]
        if style == "win-q":
            tzid = '"%s"' % tzid
        return "%s;TZID=%s:%s" % (name, tzid, ical_dt(d))
    if style in ("tzid-q", "zimbra"):
        return '%s;TZID="%s":%s' % (name, ev.tz, ical_dt(d))
    return "%s;TZID=%s:%s" % (name, ev.tz, ical_dt(d))


def needs_tz(ev, style):
    return not ev.all_day and ev.tz != "UTC" and style not in ("utc", "floating")


def alarm_block(al, style="plain"):
    L = ["BEGIN:VALARM"]
    trig = al.get("trigger", "-PT15M")
    if trig.startswith("abs:"):
        L.append("TRIGGER;VALUE=DATE-TIME:%s" % trig[4:])
    elif style == "exchange":
        L.append("TRIGGER;RELATED=START:%s" % trig)
    else:
        L.append("TRIGGER:%s" % trig)
    if style == "exchange":
        L = ["BEGIN:VALARM", "DESCRIPTION:REMINDER", L[1], "ACTION:DISPLAY"]
    elif style == "apple":
        u = al.get("uid", "X")
        L = ["BEGIN:VALARM", "X-WR-ALARMUID:%s" % u, "UID:%s" % u, L[1], "ATTACH;VALUE=URI:Chord",
             "ACTION:AUDIO"]
        if al.get("default"):
            L.append("X-APPLE-DEFAULT-ALARM:TRUE")
    else:
        L.append("ACTION:%s" % al.get("action", "DISPLAY"))
        if al.get("action", "DISPLAY") in ("DISPLAY", "EMAIL"):
            L.append("DESCRIPTION:%s" % esc(al.get("desc", "Reminder")))
        if al.get("action") == "EMAIL":
            L.append("SUMMARY:%s" % esc(al.get("summary", "Reminder")))
            if al.get("to"):
                L.append("ATTENDEE:mailto:%s" % al["to"])
        if al.get("repeat"):
            L.append("REPEAT:%d" % al["repeat"])
            L.append("DURATION:%s" % al.get("duration", "PT5M"))
    L.append("END:VALARM")
    return L


def cal_part_bytes(m, lines, width=75, cont=" ", mode="octets", eol="\r\n"):
    if "fold-bytes" in m.quirks:
        mode = "bytes"
    if "no-fold" in m.quirks:
        mode = "none"
    if "fold-chars" in m.quirks:
        mode = "chars"
    if "tab-fold" in m.quirks:
        cont = "\t"
    if "lf-ics" in m.quirks:
        eol = "\n"
    data = join_ics(lines, width=width, cont=cont, mode=mode, eol=eol)
    if m.cal_charset.lower() not in ("utf-8", "us-ascii"):
        try:
            data = data.decode("utf-8").encode(m.cal_charset)
        except Exception:
            m.cal_charset = "utf-8"
    return data


def ct_cal(m, cs="utf-8", quote_cs=False, order="cs-first", name=None, ctype="text/calendar"):
    """Build a text/calendar Content-Type honouring method quirks."""
    meth = m.method if m.ct_method == "same" else m.ct_method
    csv = '"%s"' % cs if quote_cs else cs
    parts = [ctype]
    if order == "cs-first":
        parts.append("charset=%s" % csv)
        if meth:
            parts.append("method=%s" % meth)
    else:
        if meth:
            parts.append("method=%s" % meth)
        parts.append("charset=%s" % csv)
    if name:
        parts.append('name="%s"' % name)
    return "; ".join(parts)


def safe_charset(text, cs):
    try:
        encode_text(text, cs)
        return cs
    except Exception:
        return "utf-8"


def tpart(text, subtype, cs, cte, extra_ct="", quote=False, order="ct-first", headers=None):
    cs = safe_charset(text, cs)
    data = encode_text(text, cs)
    if cs.lower() == "iso-2022-jp":
        cte = "7bit"
    elif cte == "7bit" and any(b > 127 for b in data):
        cte = "8bit"
    csv = '"%s"' % cs if quote else cs
    return Part("text/%s; charset=%s%s" % (subtype, csv, extra_ct), data, cte, headers=headers, order=order)


def cte_for_text(cs, pref):
    return pref


def sender_cs(m):
    return m.charset


def msgid_date(m):
    return m.sent


def hdr_date(m, padded=False):
    off = utcoffset(m.sender_tz, m.sent + dt.timedelta(minutes=TZ[m.sender_tz][1]))
    loc = (m.sent + dt.timedelta(minutes=off)).replace(tzinfo=dt.timezone(dt.timedelta(minutes=off)))
    return rfc5322_date_padded(loc) if padded else rfc5322_date(loc)


def H(m, text, mode="B", cs=None):
    cs = cs or "utf-8"
    cs = safe_charset(text, cs)
    return hdr_text(text, cs, mode)


def A(p, cs="utf-8", mode="B", quote=False, name_override=None):
    name = p["name"] if name_override is None else name_override
    if name:
        cs = safe_charset(name, cs)
    return addr(name, p["addr"], cs, mode, quote)


def to_header(m, cs="utf-8", mode="B", quote=False):
    lst = m.to if m.to is not None else [m.rcpt]
    return ", ".join(A(p, cs, mode, quote) if p.get("name") else p["addr"] for p in lst)


def prefix_subject(m, kind=0):
    return PREFIX.get(m.lang, PREFIX["en"])[kind]


def all_people(ev):
    return [a["p"] for a in ev.attendees]


def is_reply(m):
    return m.method == "REPLY"


def reply_att(m):
    """the attendee that replies (the sender)"""
    for a in m.ev.attendees:
        if a["p"]["addr"] == m.sender["addr"]:
            return a
    return {"p": m.sender, "role": "REQ-PARTICIPANT", "partstat": "ACCEPTED", "rsvp": False, "cutype": "INDIVIDUAL"}


def reply_kind(m):
    a = reply_att(m)
    return {"ACCEPTED": 1, "DECLINED": 2, "TENTATIVE": 3}.get(a["partstat"], 1)


def subj_default(m, sep=": "):
    ev = m.ev
    if m.subject:
        return m.subject
    if m.method == "REPLY":
        return prefix_subject(m, reply_kind(m)) + sep + ev.summary
    if m.method == "CANCEL":
        return prefix_subject(m, 4) + sep + ev.summary
    return ev.summary


# ------------------------------------------------------------------ Google Calendar

def google_prodid(m):
    return "-//Google Inc//Google Calendar 70.9054//EN"


def google_online_desc(m, ev):
    code = ev.online[1].rsplit("/", 1)[-1]
    sep = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    pin = "%d %d %d#" % (m.rng.randint(100, 999), m.rng.randint(100, 999), m.rng.randint(1000, 9999))
    if m.sent.year >= 2020:
        body = ("Join with Google Meet: %s\nOr dial: (US) +1 929-555-01%02d PIN: %s\nMore phone numbers: "
                "https://tel.meet/%s?pin=%s\n\nLearn more about Meet at: "
                "https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section." %
                (ev.online[1], m.rng.randint(0, 99), pin, code, rstr(m.rng, 13, "0123456789")))
    else:
        body = ("Join Hangouts Meet\n%s\n\nJoin by phone\n+1 929-555-01%02d (PIN: %s)\n\nView more phone numbers\n"
                "https://meet.google.com/tel/%s?pin=%s&hs=1\n\nPlease do not edit this section of the description." %
                (ev.online[1], m.rng.randint(0, 99), pin, code, rstr(m.rng, 13, "0123456789")))
    return sep + "\n" + body + "\n" + sep


def render_google(m):
    rng = m.rng
    ev = m.ev
    gcs_new = m.sent.year >= 2021
    eid = rb64(rng, 60).replace("+", "").replace("/", "")
    uid_core = rstr(rng, 26)
    L = ["BEGIN:VCALENDAR", "PRODID:%s" % google_prodid(m), "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:%s" % m.method]
    used_tz = []
    for e in m.events:
        if e.rrule and needs_tz(e, "tzid") and e.tz not in used_tz:
            used_tz.append(e.tz)
    for tz in used_tz:
        L += vtimezone(tz, "olson")
    for e in m.events:
        st = "tzid" if e.rrule else "utc"
        desc = e.description or ""
        if e.online and e.online[0] == "meet":
            desc = (desc + "\n\n" if desc else "") + google_online_desc(m, e)
        L.append("BEGIN:VEVENT")
        L.append(dt_lines(e, st, "DTSTART"))
        L.append(dt_lines(e, st, "DTEND"))
        if e.rrule:
            L.append("RRULE:%s" % e.rrule)
        for x in e.exdates:
            L.append("EXDATE;TZID=%s:%s" % (e.tz, ical_dt(x)))
        L.append("DTSTAMP:%s" % ical_utc(m.dtstamp))
        L.append("ORGANIZER;CN=%s:mailto:%s" % (pval(e.organizer["name"] or e.organizer["addr"]),
                                                e.organizer["addr"]))
        L.append("UID:%s%s@google.com" % (uid_core, ("_R%s" % ical_dt(e.start)) if e.recurrence_id else ""))
        if e.recurrence_id:
            L.append("RECURRENCE-ID;TZID=%s:%s" % (e.tz, ical_dt(e.recurrence_id)))
        atts = list(e.attendees)
        if m.method == "REQUEST" and not any(a["p"]["addr"] == e.organizer["addr"] for a in atts):
            atts.insert(0, {"p": e.organizer, "role": "REQ-PARTICIPANT", "partstat": "ACCEPTED", "rsvp": True,
                            "cutype": "INDIVIDUAL"})
        for a in atts:
            if m.method == "REPLY" and a["p"]["addr"] != m.sender["addr"]:
                continue
            cn = a["p"]["name"] if a["p"].get("known", True) and a["p"]["addr"].split("@")[1] in (
                "gmail.com", e.organizer["addr"].split("@")[1]) and a["p"]["name"] else a["p"]["addr"]
            L.append("ATTENDEE;CUTYPE=%s;ROLE=%s;PARTSTAT=%s;%sCN=%s;X-NUM-GUESTS=0:mailto:%s" % (
                a["cutype"], a["role"], a["partstat"], "RSVP=TRUE;" if m.method != "REPLY" else "",
                pval(cn), a["p"]["addr"]))
        if e.online and e.online[0] == "meet" and gcs_new:
            L.append("X-GOOGLE-CONFERENCE:%s" % e.online[1])
        L.append("X-MICROSOFT-CDO-OWNERAPPTID:%d" % rng.randint(-2147483647, 2147483647))
        L.append("CREATED:%s" % ical_utc(m.created))
        L.append("DESCRIPTION:%s" % esc(desc))
        L.append("LAST-MODIFIED:%s" % ical_utc(m.dtstamp))
        L.append("LOCATION:%s" % esc(e.location))
        L.append("SEQUENCE:%d" % e.sequence)
        L.append("STATUS:%s" % ("CANCELLED" if m.method == "CANCEL" else e.status))
        L.append("SUMMARY:%s" % esc(e.summary))
        L.append("TRANSP:%s" % e.transp)
        for uri, ft, fn in e.attach:
            L.append("ATTACH;FILENAME=%s;FMTTYPE=%s:%s" % (pval(fn), ft, uri))
        for al in e.alarms:
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:%s" % al.get("trigger", "-P0DT0H30M0S").replace("-PT30M", "-P0DT0H30M0S"), "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = cal_part_bytes(m, L)

    # ---- subject
    us = m.lang == "en" and m.sender_tz.startswith("America")
    when = google_when(ev, us)
    tzab = "" if ev.all_day else " (%s)" % tzabbr(ev.tz, ev.start)
    if gcs_new and ev.tz in ("Europe/Berlin", "Europe/Paris") and not ev.all_day:
        tzab = " (%s)" % tzabbr(ev.tz, ev.start)
    ptxt = PREFIX.get(m.lang, PREFIX["en"])
    shown_rcpt = m.to[0]["addr"] if m.to else m.rcpt["addr"]
    if m.subject:
        subj = m.subject
    elif m.method == "REPLY":
        a = reply_att(m)
        subj = "%s: %s @ %s%s (%s)" % (ptxt[reply_kind(m)], ev.summary, when, tzab, ev.organizer["addr"])
    elif m.method == "CANCEL":
        subj = "%s: %s @ %s%s (%s)" % ("Cancelled event" if m.lang == "en" else ptxt[4], ev.summary, when, tzab,
                                       shown_rcpt)
    elif ev.sequence > 0:
        subj = "%s: %s @ %s%s (%s)" % (ptxt[5], ev.summary, when, tzab, shown_rcpt)
    else:
        subj = "%s: %s @ %s%s (%s)" % (ptxt[0], ev.summary, when, tzab, shown_rcpt)

    # ---- bodies
    lab = LABELS.get(m.lang, LABELS["en"])
    view = "https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=1" % (
        eid, rb64(rng, 64).replace("+", "").replace("/", ""), ev.tz.replace("/", "%2F"), m.lang)
    desc = ev.description or ""
    if m.method == "REPLY":
        a = reply_att(m)
        verb = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}[a["partstat"]]
        txt = "%s has %s this invitation.\n\n%s\n%s\n" % (m.sender["name"] or m.sender["addr"], verb, ev.summary,
                                                          when_line(ev, "en"))
        if ev.comment:
            txt += "\n%s\n" % ev.comment
        txt += "\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are subscribed to calendar notifications. To stop receiving these emails, go to https://calendar.google.com/calendar/r/settings, select this calendar and change \"Other notifications\".\n"
    elif gcs_new:
        txt = "%s\n%s\n%s\n\n" % (ev.summary, when_line(ev, m.lang),
                                  LONG_TZ_NAME.get(ev.tz, ev.tz) if not ev.all_day else "")
        if m.method == "CANCEL":
            txt = "This event has been cancelled.\n\n" + txt
        if ev.online and ev.online[0] == "meet":
            txt += "Join with Google Meet\n%s\n\n" % ev.online[1]
        if ev.location:
            txt += "%s\n%s\n\n" % (lab[1] if m.lang != "en" else "Location", ev.location)
        if desc:
            txt += desc.strip() + "\n\n"
        txt += "%s\n%s\n%s\n\n" % ("Organiser" if not us else "Organizer", ev.organizer["name"],
                                   ev.organizer["addr"])
        txt += "Guests\n"
        shown = [ev.organizer] + [a["p"] for a in ev.attendees if a["p"]["addr"] != ev.organizer["addr"]]
        for p in shown[:12]:
            txt += "%s%s\n" % (p["name"] or p["addr"], " - organiser" if p is ev.organizer else "")
            if p["name"]:
                txt += "%s\n" % p["addr"]
        if len(shown) > 12:
            txt += "View all guest info %s\n" % view
        txt += "\nReply for %s and view more details %s\nYour attendance is optional.\n\n~~//~~\n" % (
            m.rcpt["addr"], view)
        txt += ("Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this "
                "email because you are an attendee on the event. To stop receiving future updates for this event, "
                "decline this event.\n\nForwarding this invitation could allow any recipient to send a response to "
                "the organiser, be added to the guest list, invite others regardless of their own invitation status "
                "or modify your RSVP.\n\nLearn more https://support.google.com/calendar/answer/37135#forwarding\n")
    else:
        txt = ("You have been invited to the following event.\n\nTitle: %s\n" % ev.summary)
        if desc:
            txt += desc.strip() + "\n"
        txt += "When: %s %s\n" % (google_when(ev, True), LONG_TZ_NAME.get(ev.tz, ev.tz))
        if ev.location:
            txt += "Where: %s\n" % ev.location
        txt += "Calendar: %s\nWho:\n" % m.rcpt["addr"]
        shown = [ev.organizer] + [a["p"] for a in ev.attendees if a["p"]["addr"] != ev.organizer["addr"]]
        for p in shown[:25]:
            txt += "     * %s%s\n" % (p["name"] or p["addr"], " - organizer" if p is ev.organizer else "")
        txt += ("\nEvent details:  %s\n\nInvitation from Google Calendar: https://www.google.com/calendar/\n\n"
                "You are receiving this courtesy email at the account %s because you are an attendee of this event.\n\n"
                "To stop receiving future updates for this event, decline this event. Alternatively you can sign up "
                "for a Google account at https://www.google.com/calendar/ and control your notification settings for "
                "your entire calendar.\n\nForwarding this invitation could allow any recipient to modify your RSVP "
                "response. Learn more at https://support.google.com/calendar/answer/37135#forwarding\n" %
                (view, m.rcpt["addr"]))
    html = google_html(m, ev, view, desc, txt)
    b1 = "000000000000" + rstr(rng, 16, HEXL)
    b2 = "000000000000" + rstr(rng, 16, HEXL)
    alt = Multi("alternative", b2, [
        Part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', txt.encode("utf-8"), "base64"),
        Part('text/html; charset="UTF-8"', html.encode("utf-8"), "quoted-printable"),
        Part('text/calendar; charset="UTF-8"; method=%s' % m.method, ics,
             "7bit" if all(b < 128 for b in ics) else "base64"),
    ])
    root = Multi("mixed", b1, [alt, Part('application/ics; name="invite.ics"', ics, "base64", headers=[
        ("Content-Disposition", 'attachment; filename="invite.ics"')])])
    if m.method == "REPLY":
        root = Multi("mixed", b1, [alt, Part('application/ics; name="invite.ics"', ics, "base64", headers=[
            ("Content-Disposition", 'attachment; filename="invite.ics"')])])
    cs = "utf-8"
    hs = []
    hs.append(("MIME-Version", "1.0"))
    if m.reply_to:
        hs.append(("Reply-To", A(m.reply_to)))
    else:
        hs.append(("Reply-To", A(m.sender)))
    hs.append(("Sender", "Google Calendar <calendar-notification@google.com>"))
    hs.append(("Auto-Submitted", "auto-generated"))
    hs.append(("Message-ID", "<%s@google.com>" % rstr(rng, 28, HEXL)))
    hs.append(("Date", hdr_date(m)))
    hs.append(("Subject", H(m, subj)))
    hs.append(("From", A(m.sender)))
    hs.append(("To", to_header(m)))
    hs.append(("Content-Type", root.ctype))
    return hs, root


def google_html(m, ev, view, desc, txt):
    btn = ""
    if m.method == "REQUEST":
        for lab, rst in (("Yes", 1), ("No", 2), ("Maybe", 3)):
            btn += ('<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=%d" '
                    'style="display:inline-block;padding:6px 12px;border:1px solid #dadce0;border-radius:4px;'
                    'color:#1a73e8;text-decoration:none">%s</a> ' % (view.split("eid=")[1].split("&")[0], rst, lab))
    body = ['<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office"><head><title></title><meta http-equiv="X-UA-Compatible" '
            'content="IE=edge"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" '
            'content="width=device-width, initial-scale=1"></head><body style="background-color:#FFFFFF">',
            '<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
            'itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>'
            '<span itemprop="object" itemscope itemtype="http://schema.org/Event"><meta itemprop="eventStatus" '
            'content="http://schema.org/EventScheduled"/></span></span>' % html_escape(
                "Invitation from %s" % (m.sender["name"] or m.sender["addr"])),
            '<div style="font-family:Roboto,Helvetica,Arial,sans-serif;max-width:600px">',
            '<h2 style="font-size:22px;font-weight:400;color:#3c4043">%s</h2>' % html_escape(ev.summary),
            '<div style="color:#3c4043;font-size:14px">%s</div>' % html_escape(when_line(ev, m.lang)),
            ]
    if ev.online and ev.online[0] == "meet":
        body.append('<div><a href="%s" style="color:#fff;background:#1a73e8;padding:8px 16px;border-radius:4px;'
                    'text-decoration:none">Join with Google Meet</a></div>' % html_escape(ev.online[1]))
    if ev.location:
        body.append('<div style="margin-top:12px"><b>Location</b><br><span>%s</span></div>' % html_text(ev.location))
    if desc:
        body.append('<div style="margin-top:12px;white-space:pre-wrap">%s</div>' % html_text(desc.strip()))
    for uri, ft, fn in ev.attach:
        body.append('<div><a href="%s">%s</a></div>' % (html_escape(uri), html_escape(fn)))
    body.append('<div style="margin-top:12px"><b>Guests</b><br>%s</div>' % "<br>".join(
        html_escape(a["p"]["name"] or a["p"]["addr"]) for a in ev.attendees[:15]))
    if btn:
        body.append('<div style="margin-top:16px">Reply for <b>%s</b><br>%s</div>' % (html_escape(m.rcpt["addr"]),
                                                                                        btn))
    body.append('<div style="margin-top:24px;color:#70757a;font-size:12px">Invitation from <a href='
                '"https://calendar.google.com/calendar/">Google Calendar</a><br><br>You are receiving this email '
                'because you are an attendee on the event.</div></div></body></html>')
    return "\n".join(body)


# ------------------------------------------------------------------ Microsoft Exchange / Outlook / Teams

def ms_uid(rng, when):
    ft = int((when - dt.datetime(1601, 1, 1)).total_seconds() * 10 ** 7)
    fth = "%016X" % ft
    fth = "".join(fth[i:i + 2] for i in range(14, -2, -2))
    return "040000008200E00074C5B7101A82E00800000000%s000000000000000010000000%s" % (fth, rstr(rng, 32, HEXU))


def teams_block(m, ev, html=False):
    rng = m.rng
    url = ev.online[1]
    mid = "%d %d %d %d" % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999),
                           rng.randint(100, 999))
    pc = rstr(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789")
    line = "_" * 80
    if m.sent.year < 2021:
        t = ("\n%s\nJoin Microsoft Teams Meeting<%s>\n+1 323-555-01%02d   United States, Los Angeles (Toll)\n"
             "Conference ID: %d#\nLocal numbers<https://dialin.teams.microsoft.com/%s>\nLearn more about Teams"
             "<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n%s\n" % (
                 line, url, rng.randint(0, 99), rng.randint(100000000, 999999999), uuid4(rng), line))
    else:
        t = ("\n%s\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join "
             "the meeting<%s>\nMeeting ID: %s\nPasscode: %s\nDownload Teams<https://www.microsoft.com/en-us/"
             "microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
             "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/"
             "?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=en-US>\n%s\n" % (
                 line, url, mid, pc, uuid4(rng), uuid4(rng), rb64(rng, 48).replace("/", "").replace("+", ""), line))
    return t


def teams_url(rng):
    return ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22"
            "%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (rb64(rng, 48).replace("/", "").replace("+", ""), uuid4(rng),
                                                      uuid4(rng)))


def exchange_html(m, body_txt, lang_tag):
    parts = ['<html>', '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
             '<meta name="Generator" content="Microsoft Exchange Server">',
             '<!-- converted from text --><style><!-- .EmailQuote { margin-left: 1pt; padding-left: 4pt; '
             'border-left: #800000 2px solid; } --></style>', '</head>', '<body>']
    font = "Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif" if m.sent.year >= 2024 \
        else "Calibri, Helvetica, sans-serif"
    parts.append('<div style="font-family: %s; font-size: 12pt; color: rgb(0, 0, 0);" class="elementToProof">' % font)
    parts.append(html_text(body_txt.strip()))
    parts.append('</div>')
    parts += ['</body>', '</html>']
    return "\n".join(parts)


def ms_region(rng):
    return pick(rng, [("eurprd", "EUR"), ("namprd", "NAM"), ("apcprd", "APC"), ("gbrprd", "GBR"),
                      ("ausprd", "AUS"), ("jpnprd", "JPN"), ("inbprd", "IND")])


def exchange_host(rng, reg=None):
    reg = reg or ms_region(rng)
    pfx = {"eurprd": ["AM6PR", "DB9PR", "VI1PR", "PA4PR", "AS8PR", "DU0PR"], "namprd": ["BN6PR", "SJ0PR", "MW4PR",
                                                                                       "CH3PR", "DM6PR", "PH0PR"],
           "apcprd": ["SG2PR", "TYZPR", "KL1PR", "SEZPR"], "gbrprd": ["LO2P", "CWLP", "LO4P"],
           "ausprd": ["SY4PR", "ME3PR"], "jpnprd": ["TYCPR", "OS3PR"], "inbprd": ["PN3PR", "MA0PR"]}[reg[0]]
    p = pick(rng, pfx)
    num = "%02d" % rng.randint(1, 15)
    host = "%s%sMB%d" % (p, num, rng.randint(1000, 9999))
    return host, "%s.%s%s.prod.outlook.com" % (host, reg[0], num)


def render_exchange(m):
    rng = m.rng
    ev = m.ev
    lang_tag = LANG_TAG.get(m.lang, "en-US")
    host, fqdn = exchange_host(rng)
    m.ms_host = (host, fqdn)
    desc = (ev.description or "").strip()
    body_txt = desc + "\n\n" if desc else ""
    if ev.online and ev.online[0] == "teams" and m.method in ("REQUEST",):
        body_txt += teams_block(m, ev)
        if not ev.location:
            ev.location = "Microsoft Teams Meeting"
    if m.method == "REPLY":
        body_txt = (ev.comment or "") + ("\n" if ev.comment else "")
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % m.method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    tzs = []
    for e in m.events:
        if needs_tz(e, "win") and e.tz not in tzs:
            tzs.append(e.tz)
    for tz in tzs:
        L += vtimezone(tz, "windows")
    uid = ms_uid(rng, m.created)
    for e in m.events:
        L.append("BEGIN:VEVENT")
        if m.method == "REPLY":
            a = reply_att(m)
            L.append("ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (a["partstat"], pval(a["p"]["name"] or a["p"]["addr"]),
                                                               a["p"]["addr"]))
            if e.comment:
                L.append("COMMENT;LANGUAGE=%s:%s" % (lang_tag, esc(e.comment)))
            L.append("SUMMARY;LANGUAGE=%s:%s" % (lang_tag, esc(subj_default(m))))
        else:
            L.append("ORGANIZER;CN=%s%s:mailto:%s" % (pval(e.organizer["name"] or e.organizer["addr"]),
                                                      (";SENT-BY=\"mailto:%s\"" % e.sent_by["addr"]) if e.sent_by else "",
                                                      e.organizer["addr"]))
            for a in e.attendees:
                if a["p"]["addr"] == e.organizer["addr"]:
                    continue
                L.append("ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s:mailto:%s" % (
                    a["role"], a["partstat"], "TRUE" if a["rsvp"] else "FALSE",
                    pval(a["p"]["name"] or a["p"]["addr"]), a["p"]["addr"]))
            L.append("DESCRIPTION;LANGUAGE=%s:%s" % (lang_tag, esc(body_txt)))
            if e.rrule:
                L.append("RRULE:%s" % e.rrule)
            L.append("UID:%s" % uid)
            L.append("SUMMARY;LANGUAGE=%s:%s" % (lang_tag, esc(subj_default(m) if m.method == "CANCEL" else e.summary)))
        if m.method == "REPLY":
            if e.rrule:
                L.append("RRULE:%s" % e.rrule)
            L.append("UID:%s" % uid)
        L.append(dt_lines(e, "win", "DTSTART"))
        L.append(dt_lines(e, "win", "DTEND"))
        L.append("CLASS:PUBLIC")
        L.append("PRIORITY:%d" % (1 if m.method == "CANCEL" else 5))
        L.append("DTSTAMP:%s" % ical_utc(m.dtstamp))
        L.append("TRANSP:%s" % e.transp)
        L.append("STATUS:%s" % ("CANCELLED" if m.method == "CANCEL" else e.status))
        L.append("SEQUENCE:%d" % e.sequence)
        if m.method != "REPLY":
            L.append("LOCATION;LANGUAGE=%s:%s" % (lang_tag, esc(e.location)))
        L.append("X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % e.sequence)
        L.append("X-MICROSOFT-CDO-OWNERAPPTID:%d" % rng.randint(-2147483647, 2147483647))
        busy = {"REQUEST": "TENTATIVE", "CANCEL": "FREE", "REPLY": "BUSY"}.get(m.method, "BUSY")
        L.append("X-MICROSOFT-CDO-BUSYSTATUS:%s" % busy)
        L.append("X-MICROSOFT-CDO-INTENDEDSTATUS:%s" % ("FREE" if e.transp == "TRANSPARENT" else "BUSY"))
        L.append("X-MICROSOFT-CDO-ALLDAYEVENT:%s" % ("TRUE" if e.all_day else "FALSE"))
        L.append("X-MICROSOFT-CDO-IMPORTANCE:%d" % (2 if m.method == "CANCEL" else 1))
        L.append("X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if e.rrule else 0))
        if e.online and e.online[0] == "teams" and m.method == "REQUEST":
            L.append("X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:")
            L.append("X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s" % (
                e.organizer["addr"], rb64(rng, 40).replace("/", "").replace("+", ""), rstr(rng, 32, HEXL),
                uuid4(rng)))
            L.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:%s" % e.online[1])
            L.append('X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % rb64(rng, 40).replace("/", "").replace("+", ""))
            L.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
        L.append("X-MICROSOFT-DONOTFORWARDMEETING:FALSE")
        L.append("X-MICROSOFT-DISALLOW-COUNTER:FALSE")
        if m.sent.year >= 2019 and e.location and m.method == "REQUEST":
            L.append('X-MICROSOFT-LOCATIONDISPLAYNAME:%s' % esc(e.location))
            L.append('X-MICROSOFT-LOCATIONSOURCE:None')
        if m.method == "REQUEST":
            for al in (e.alarms or [{"trigger": "-PT15M"}]):
                L += alarm_block(al, "exchange")
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = cal_part_bytes(m, L)
    subj = subj_default(m)
    b = "_000_%s%s_" % (host, rstr(rng, 32, HEXU))
    html = exchange_html(m, body_txt, lang_tag) if body_txt.strip() else \
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n</body>\n</html>\n'
    cs = "utf-8"
    parts = [Part('text/plain; charset="%s"' % ("utf-8" if needs_enc(body_txt) else "us-ascii"),
                  body_txt.encode("utf-8"), "base64" if needs_enc(body_txt) else "quoted-printable"),
             Part('text/html; charset="utf-8"', html.encode("utf-8"), "base64"),
             Part(ct_cal(m, "utf-8", quote_cs=True), ics, "base64")]
    root = Multi("alternative", b, parts)
    hs = [("From", A(m.sender, quote=False)), ("To", to_header(m))]
    if m.cc:
        hs.append(("CC", ", ".join(A(p) for p in m.cc)))
    hs += [("Subject", H(m, subj)), ("Thread-Topic", H(m, ev.summary)),
           ("Thread-Index", "AQH" + rb64(rng, 25) + "=="), ("Date", hdr_date(m)),
           ("Message-ID", "<%s%s@%s>" % (host, rstr(rng, 32, HEXU), fqdn)),
           ("Accept-Language", "%s, en-US" % lang_tag if lang_tag != "en-US" else "en-US"),
           ("Content-Language", lang_tag), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if ev.rrule:
        hs.append(("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + rb64(rng, 50) + "=="))
    hs += [("x-ms-publictraffictype", "Email"),
           ("x-ms-traffictypediagnostic", "%s:EE_MeetingMessage|%s:EE_" % (host, host.replace("MB", "MB0"))),
           ("x-ms-office365-filtering-correlation-id", uuid4(rng)),
           ("Content-Type", root.ctype), ("MIME-Version", "1.0")]
    if m.reply_to:
        hs.insert(2, ("Reply-To", A(m.reply_to)))
    return hs, root


def outlook_ver(m):
    y = m.sent.year
    return "16.0" if y >= 2016 else "15.0"


def render_outlook_desktop(m):
    rng = m.rng
    ev = m.ev
    lang_tag = LANG_TAG.get(m.lang, "en-US")
    lang2 = lang_tag.split("-")[0]
    desc = (ev.description or "").strip()
    body_txt = desc + "\n" if desc else ""
    if ev.online and ev.online[0] == "teams" and m.method == "REQUEST":
        body_txt += teams_block(m, ev)
        if not ev.location:
            ev.location = "Microsoft Teams Meeting"
    prodid = m.prodid or "-//Microsoft Corporation//Outlook %s MIMEDIR//EN" % outlook_ver(m)
    L = ["BEGIN:VCALENDAR", "PRODID:%s" % prodid, "VERSION:2.0"]
    if "no-method" not in m.quirks:
        L.append("METHOD:%s" % m.method)
    L.append("X-MS-OLK-FORCEINSPECTOROPEN:TRUE")
    tzs = []
    for e in m.events:
        if needs_tz(e, "win") and e.tz not in tzs:
            tzs.append(e.tz)
    for tz in tzs:
        L += vtimezone(tz, "windows")
    uid = ms_uid(rng, m.created)
    for e in m.events:
        props = []
        for a in e.attendees:
            if m.method == "REPLY" and a["p"]["addr"] != m.sender["addr"]:
                continue
            cn = a["p"]["name"] or a["p"]["addr"]
            if m.method == "REPLY":
                props.append('ATTENDEE;CN="%s";PARTSTAT=%s:mailto:%s' % (cn, a["partstat"], a["p"]["addr"]))
            else:
                props.append('ATTENDEE;CN="%s";%sRSVP=TRUE:mailto:%s' % (
                    cn, "ROLE=OPT-PARTICIPANT;" if a["role"] == "OPT-PARTICIPANT" else "", a["p"]["addr"]))
        props.append("CLASS:PUBLIC")
        props.append("CREATED:%s" % ical_utc(m.created))
        props.append("DESCRIPTION:%s" % esc(body_txt))
        props.append(dt_lines(e, "win-q", "DTEND"))
        props.append("DTSTAMP:%s" % ical_utc(m.dtstamp))
        props.append(dt_lines(e, "win-q", "DTSTART"))
        props.append("LAST-MODIFIED:%s" % ical_utc(m.dtstamp))
        props.append("LOCATION:%s" % esc(e.location))
        props.append('ORGANIZER;CN="%s":mailto:%s' % (e.organizer["name"] or e.organizer["addr"],
                                                      e.organizer["addr"]))
        props.append("PRIORITY:5")
        if e.rrule:
            props.append("RRULE:%s" % e.rrule)
        props.append("SEQUENCE:%d" % e.sequence)
        if m.method == "CANCEL":
            props.append("STATUS:CANCELLED")
        props.append("SUMMARY;LANGUAGE=%s:%s" % (lang2, esc(e.summary)))
        props.append("TRANSP:%s" % e.transp)
        props.append("UID:%s" % uid)
        if e.url:
            props.append("URL:%s" % e.url)
        html = e.alt_html
        if html is None and body_txt.strip():
            html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" '
                    'CONTENT="MS Exchange Server version rmj.rmm.rup.rpr">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n<!-- '
                    'Converted from text/rtf format -->\n\n<P DIR=LTR><SPAN LANG="%s"><FONT FACE="Calibri">%s</FONT>'
                    '</SPAN></P>\n\n</BODY>\n</HTML>' % (lang_tag, html_text(body_txt.strip())))
        if html:
            props.append("X-ALT-DESC;FMTTYPE=text/html:%s" % esc(html))
        props.append("X-MICROSOFT-CDO-BUSYSTATUS:%s" % ("FREE" if m.method == "CANCEL" else "BUSY"))
        props.append("X-MICROSOFT-CDO-IMPORTANCE:1")
        props.append("X-MICROSOFT-DISALLOW-COUNTER:FALSE")
        props.append("X-MS-OLK-AUTOFILLLOCATION:FALSE")
        props.append("X-MS-OLK-AUTOSTARTCHECK:FALSE")
        props.append("X-MS-OLK-CONFTYPE:%d" % (2 if (ev.online and ev.online[0] == "teams") else 0))
        L.append("BEGIN:VEVENT")
        L += props
        if m.method == "REQUEST":
            for al in (e.alarms or [{"trigger": "-PT15M"}]):
                L += ["BEGIN:VALARM", "TRIGGER:%s" % al.get("trigger", "-PT15M"), "ACTION:DISPLAY",
                      "DESCRIPTION:Reminder", "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = cal_part_bytes(m, L)
    cs = m.charset if m.charset else "utf-8"
    if cs == "us-ascii" and needs_enc(body_txt):
        cs = "utf-8"
    n = rstr(rng, 4, HEXU)
    bnd = "----=_NextPart_000_%s_01D%s.%s" % (n, rstr(rng, 5, HEXU), rstr(rng, 8, HEXU))
    html_body = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                 'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                 'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
                 'charset=%s"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                 '/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
                 'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:'
                 '"Calibri",sans-serif;}\n--></style></head><body lang=%s link="#0563C1" vlink="#954F72" '
                 'style=\'word-wrap:break-word\'><div class=WordSection1><p class=MsoNormal>%s<o:p></o:p></p></div>'
                 '</body></html>' % (cs, lang_tag, html_text(body_txt.strip()).replace("<br>\n", "<o:p></o:p></p>\n"
                                                                                        "<p class=MsoNormal>")))
    parts = [tpart(body_txt, "plain", cs, "quoted-printable", quote=True),
             tpart(html_body, "html", cs, "quoted-printable", quote=True),
             Part(ct_cal(m, "utf-8", quote_cs=True), ics, "base64")]
    root = Multi("alternative", bnd, parts)
    subj = subj_default(m)
    hcs = cs if cs not in ("us-ascii",) else "utf-8"
    hs = [("From", A(m.sender, hcs, "Q" if hcs.startswith("iso-8859") or hcs.startswith("windows") else "B",
                     quote=True)),
          ("To", to_header(m, hcs, quote=True))]
    if m.cc:
        hs.append(("Cc", ", ".join(A(p, hcs, quote=True) for p in m.cc)))
    if m.reply_to:
        hs.append(("Reply-To", A(m.reply_to, hcs)))
    hs += [("Subject", H(m, subj, "B", hcs)), ("Date", hdr_date(m)),
           ("Message-ID", "<%s01%s$%s$%s$@%s>" % (rstr(rng, 4, HEXL), rstr(rng, 6, HEXL), rstr(rng, 8, HEXL),
                                                rstr(rng, 8, HEXL), m.sender["addr"].split("@")[1])),
           ("MIME-Version", "1.0"), ("Content-Type", root.ctype),
           ("X-Mailer", m.xmailer or "Microsoft Outlook %s" % outlook_ver(m)),
           ("Thread-Index", "AQH" + rb64(rng, 22) + "=="), ("Content-Language", lang_tag)]
    return hs, root


# ------------------------------------------------------------------ Apple

APPLE_MAC = {2016: "Mac OS X 10.11.6", 2017: "Mac OS X 10.12.6", 2018: "Mac OS X 10.13.6", 2019: "Mac OS X 10.14.6",
             2020: "Mac OS X 10.15.7", 2021: "macOS 11.6", 2022: "macOS 12.6.1", 2023: "macOS 13.5.2",
             2024: "macOS 14.4.1", 2025: "macOS 15.3.2", 2026: "macOS 26.1"}
APPLE_IOS = {2016: "iPhone OS 10.1.1", 2017: "iPhone OS 11.1.2", 2018: "iPhone OS 12.1", 2019: "iPhone OS 13.2.3",
             2020: "iPhone OS 14.2", 2021: "iPhone OS 15.1", 2022: "iPhone OS 16.1.1", 2023: "iPhone OS 17.1.2",
             2024: "iPhone OS 17.5.1", 2025: "iPhone OS 18.4", 2026: "iPhone OS 26.1"}
APPLE_MAILVER = {2016: "3124", 2017: "3273", 2018: "3445.9.1", 2019: "3594.4.19", 2020: "3608.120.23.2.4",
                 2021: "3654.120.0.1.13", 2022: "3696.120.41.1.1", 2023: "3731.700.6", 2024: "3774.500.171.1.1",
                 2025: "3826.400.131.1.6", 2026: "3864.100.1"}
IOS_BUILD = {2016: "14B100", 2017: "15B202", 2018: "16B92", 2019: "17B111", 2020: "18B92", 2021: "19B74",
             2022: "20B101", 2023: "21B101", 2024: "21F90", 2025: "22E240", 2026: "23B85"}


def apple_ics(m, prodid, server=False):
    rng = m.rng
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % m.method, "VERSION:2.0", "PRODID:%s" % prodid]
    if not server:
        L.append("CALSCALE:GREGORIAN")
    tzs = []
    for e in m.events:
        if needs_tz(e, "tzid") and e.tz not in tzs:
            tzs.append(e.tz)
    for tz in tzs:
        L += vtimezone(tz, "apple")
    for e in m.events:
        uid = uuid4(rng, upper=True)
        L.append("BEGIN:VEVENT")
        L.append("TRANSP:%s" % e.transp)
        L.append(dt_lines(e, "tzid", "DTEND"))
        org = e.organizer
        L.append('ORGANIZER;CN="%s";EMAIL="%s":mailto:%s' % (org["name"], org["addr"], org["addr"]))
        L.append("UID:%s" % uid)
        L.append("DTSTAMP:%s" % ical_utc(m.dtstamp))
        if e.location:
            L.append("LOCATION:%s" % esc(e.location))
        if e.description:
            L.append("DESCRIPTION:%s" % esc(e.description))
        if e.url:
            L.append("URL;VALUE=URI:%s" % e.url)
        if e.struct_loc:
            t, adr, lat, lon = e.struct_loc
            L.append('X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="%s";X-APPLE-RADIUS=%d;X-TITLE="%s":geo:%s,%s' % (
                adr.replace("\n", "\\n"), rng.randint(70, 300), t, lat, lon))
        for uri, ft, fn in e.attach:
            L.append("ATTACH;FILENAME=%s;FMTTYPE=%s;MANAGED-ID=%d;SIZE=%d:%s" % (pval(fn), ft, rng.randint(10 ** 8, 10 ** 9),
                                                                               rng.randint(20000, 900000), uri))
        L.append("SEQUENCE:%d" % e.sequence)
        if e.rrule:
            L.append("RRULE:%s" % e.rrule)
        L.append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
        L.append("SUMMARY:%s" % esc(e.summary))
        L.append("LAST-MODIFIED:%s" % ical_utc(m.dtstamp))
        L.append("CREATED:%s" % ical_utc(m.created))
        L.append(dt_lines(e, "tzid", "DTSTART"))
        if m.method == "CANCEL":
            L.append("STATUS:CANCELLED")
        atts = list(e.attendees)
        if m.method != "REPLY" and not any(a["p"]["addr"] == org["addr"] for a in atts):
            atts.insert(0, {"p": org, "role": "CHAIR", "partstat": "ACCEPTED", "rsvp": False, "cutype": "INDIVIDUAL"})
        for a in atts:
            if m.method == "REPLY" and a["p"]["addr"] != m.sender["addr"]:
                continue
            L.append('ATTENDEE;CN="%s";CUTYPE=%s;EMAIL="%s";PARTSTAT=%s;ROLE=%s%s:mailto:%s' % (
                a["p"]["name"] or a["p"]["addr"], a["cutype"], a["p"]["addr"], a["partstat"], a["role"],
                ";RSVP=TRUE" if a["rsvp"] and m.method == "REQUEST" else "", a["p"]["addr"]))
        for al in e.alarms:
            al = dict(al)
            al["uid"] = uuid4(rng, upper=True)
            L += alarm_block(al, "apple")
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return L


def render_apple_mail(m):
    rng = m.rng
    ev = m.ev
    y = m.sent.year
    ios = rng.random() < 0.4
    prodid = m.prodid or "-//Apple Inc.//%s//EN" % (APPLE_IOS[y] if ios else APPLE_MAC[y])
    L = apple_ics(m, prodid)
    ics = cal_part_bytes(m, L)
    fn = "iCal-%s.ics" % m.sent.strftime("%Y%m%d-%H%M%S")
    cover = m.cover or ""
    cs = m.charset if m.charset not in ("utf-8",) else ("us-ascii" if not needs_enc(cover) else "utf-8")
    if not needs_enc(cover):
        cs = "us-ascii"
    b = "Apple-Mail=_%s" % uuid4(rng, upper=True)
    p1 = tpart(cover, "plain", cs, "7bit" if not needs_enc(cover) else "quoted-printable", order="cte-first")
    p2 = Part('text/calendar; charset=utf-8; method=%s; name="%s"' % (m.method, fn) if m.ct_method == "same" else
              ct_cal(m, "utf-8", name=fn), ics, "quoted-printable" if any(x > 127 for x in ics) else "7bit",
              headers=[("Content-Disposition", "attachment; filename=%s" % fn)], order="extra-first")
    root = Multi("mixed", b, [p1, p2])
    subj = m.subject or ("%s: %s" % (prefix_subject(m, 0), ev.summary) if m.method == "REQUEST" else subj_default(m))
    hs = [("From", A(m.sender, quote=True)), ("Content-Type", root.ctype)]
    if ios:
        hs += [("Content-Transfer-Encoding", "7bit"), ("Mime-Version", "1.0 (1.0)")]
    else:
        hs += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(%s\\))" % APPLE_MAILVER[y])]
    hs += [("Subject", H(m, subj)), ("Message-Id", "<%s@%s>" % (uuid4(rng, upper=True), m.sender["addr"].split("@")[1])),
           ("Date", hdr_date(m, padded=False)), ("To", to_header(m))]
    if m.reply_to:
        hs.append(("Reply-To", A(m.reply_to)))
    hs.append(("X-Mailer", "iPhone Mail (%s)" % IOS_BUILD[y] if ios else "Apple Mail (2.%s)" % APPLE_MAILVER[y]))
    return hs, root


def render_icloud(m):
    """Invitation emailed by the iCloud calendar server on behalf of an iCloud user."""
    rng = m.rng
    ev = m.ev
    L = apple_ics(m, "-//CALENDARSERVER.ORG//NONSGML Version 1//EN", server=True)
    ics = cal_part_bytes(m, L)
    org = ev.organizer
    lab = LABELS.get(m.lang, LABELS["en"])
    when = when_line(ev, m.lang, "(%s)" % tzabbr(ev.tz, ev.start) if not ev.all_day else None)
    base = "https://www.icloud.com/calendar/#/event-invitation/%s" % rb64(rng, 40).replace("/", "_").replace("+", "-")
    if m.method == "CANCEL":
        head = "%s has cancelled the event %s." % (org["name"], ev.summary)
    else:
        head = "%s has invited you to %s." % (org["name"], ev.summary) if m.lang == "en" else \
            "%s: %s — %s" % (prefix_subject(m, 0), ev.summary, org["name"])
    txt = "%s\n\n%s: %s\n" % (head, lab[0], when)
    if ev.location:
        txt += "%s: %s\n" % (lab[1], ev.location)
    if ev.description:
        txt += "\n%s\n" % ev.description.strip()
    if ev.url:
        txt += "\n%s\n" % ev.url
    if m.method == "REQUEST":
        txt += "\nAccept: %s&response=ACCEPTED\nMaybe: %s&response=TENTATIVE\nDecline: %s&response=DECLINED\n" % (
            base, base, base)
    txt += "\nInvitation from iCloud Calendar\n"
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '</head><body style="font-family:-apple-system,Helvetica Neue,Helvetica,Arial,sans-serif;color:#1d1d1f">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="560">'
            '<tr><td style="font-size:13px;color:#86868b">%s</td></tr><tr><td style="font-size:24px;font-weight:600;'
            'padding:12px 0">%s</td></tr><tr><td>%s</td></tr>%s%s<tr><td style="padding-top:20px">%s</td></tr>'
            '</table></td></tr></table></body></html>') % (
        html_escape(head), html_escape(ev.summary), html_escape(when),
        "<tr><td>%s</td></tr>" % html_escape(ev.location) if ev.location else "",
        "<tr><td style='padding-top:12px'>%s</td></tr>" % html_text(ev.description.strip()) if ev.description else "",
        " &nbsp; ".join('<a href="%s&amp;response=%s" style="color:#0071e3">%s</a>' % (base, r, t) for r, t in
                        (("ACCEPTED", "Accept"), ("TENTATIVE", "Maybe"), ("DECLINED", "Decline")))
        if m.method == "REQUEST" else "")
    bo = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(10 ** 8, 10 ** 9),
                                  int((m.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000))
    bi = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(10 ** 8, 10 ** 9),
                                  int((m.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000) + 1)
    alt = Multi("alternative", bi, [Part("text/plain; charset=UTF-8", txt.encode(), "quoted-printable"),
                                    Part("text/html; charset=UTF-8", html.encode(), "quoted-printable")], quote=False)
    cal = Part("text/calendar; charset=UTF-8; method=%s; name=invite.ics" % m.method, ics, "base64",
               headers=[("Content-Disposition", "attachment; filename=invite.ics")])
    root = Multi("mixed", bo, [alt, cal], quote=False)
    subj = m.subject or ("%s: %s" % (prefix_subject(m, 0), ev.summary) if m.method == "REQUEST" else subj_default(m))
    hs = [("Date", hdr_date(m)), ("From", A({"name": org["name"], "addr": "noreply@email.apple.com"})),
          ("Reply-To", A(org)), ("To", to_header(m)),
          ("Message-ID", "<%d.%d.%d@email.apple.com>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(100, 99999),
                                                         int((m.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000))),
          ("Subject", H(m, subj)), ("MIME-Version", "1.0"), ("Content-Type", root.ctype),
          ("X-Apple-Calendar-Invitation", "true"), ("X-Apple-Action", "CALENDAR_INVITATION")]
    return hs, root


# ------------------------------------------------------------------ Thunderbird / Lightning

TB_VER = {2016: ("45", "45.5.1"), 2017: ("52", "52.5.0"), 2018: ("60", "60.3.1"), 2019: ("68", "68.2.2"),
          2020: ("78", "78.5.0"), 2021: ("91", "91.3.2"), 2022: ("102", "102.5.0"), 2023: ("115", "115.4.2"),
          2024: ("115", "115.16.0"), 2025: ("128", "128.8.0"), 2026: ("140", "140.4.1")}


def render_thunderbird(m):
    rng = m.rng
    ev = m.ev
    y = m.sent.year
    rv, full = TB_VER[y]
    lab = LABELS.get(m.lang, LABELS["en"])
    L = ["BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0"]
    if "no-method" not in m.quirks:
        L.append("METHOD:%s" % m.method)
    tzs = []
    for e in m.events:
        if needs_tz(e, "tzid") and e.tz not in tzs:
            tzs.append(e.tz)
    for tz in tzs:
        L += vtimezone(tz, "lightning")
    for e in m.events:
        L.append("BEGIN:VEVENT" if e.component == "VEVENT" else "BEGIN:VTODO")
        L += ["CREATED:%s" % ical_utc(m.created), "LAST-MODIFIED:%s" % ical_utc(m.dtstamp),
              "DTSTAMP:%s" % ical_utc(m.dtstamp), "UID:%s" % uuid4(rng), "SUMMARY:%s" % esc(e.summary)]
        org = e.organizer
        L.append("ORGANIZER;RSVP=TRUE;CN=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s" % (pval(org["name"]), org["addr"]))
        atts = list(e.attendees)
        if m.method == "REQUEST" and not any(a["p"]["addr"] == org["addr"] for a in atts):
            atts.insert(0, {"p": org, "role": "CHAIR", "partstat": "ACCEPTED", "rsvp": True, "cutype": "INDIVIDUAL"})
        for a in atts:
            if m.method == "REPLY" and a["p"]["addr"] != m.sender["addr"]:
                continue
            cn = (";CN=%s" % pval(a["p"]["name"])) if a["p"]["name"] else ""
            L.append("ATTENDEE;RSVP=%s;PARTSTAT=%s;ROLE=%s%s:mailto:%s" % (
                "TRUE" if a["rsvp"] else "FALSE", a["partstat"], a["role"], cn, a["p"]["addr"]))
        if e.component == "VTODO":
            if e.start:
                L.append(dt_lines(e, "tzid", "DTSTART"))
            L.append(dt_lines(e, "tzid", "DUE", d=e.due))
            L.append("STATUS:NEEDS-ACTION")
        else:
            L.append(dt_lines(e, "tzid", "DTSTART"))
            L.append(dt_lines(e, "tzid", "DTEND"))
        if e.rrule:
            L.append("RRULE:%s" % e.rrule)
        if e.description:
            if e.alt_html and y >= 2023:
                import urllib.parse
                L.append('DESCRIPTION;ALTREP="data:text/html,%s":%s' % (
                    urllib.parse.quote(e.alt_html, safe=""), esc(e.description)))
            else:
                L.append("DESCRIPTION:%s" % esc(e.description))
        if e.location:
            L.append("LOCATION:%s" % esc(e.location))
        if e.url:
            L.append("URL:%s" % e.url)
        for uri, ft, fn in e.attach:
            L.append("ATTACH:%s" % uri)
        if m.method == "CANCEL":
            L.append("STATUS:CANCELLED")
        L += ["SEQUENCE:%d" % e.sequence, "TRANSP:%s" % e.transp]
        if m.method == "REQUEST":
            L += ["X-MOZ-SEND-INVITATIONS:TRUE", "X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE"]
        if e.alarms:
            L.append("X-MOZ-GENERATION:%d" % rng.randint(1, 4))
        for al in e.alarms:
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DURATION:%s" % al.get("trigger", "-PT15M"),
                  "DESCRIPTION:Default Mozilla Description", "END:VALARM"]
        L.append("END:VEVENT" if e.component == "VEVENT" else "END:VTODO")
    L.append("END:VCALENDAR")
    ics = cal_part_bytes(m, L)
    # body
    when = when_line(ev, m.lang, ev.tz) if ev.start else ""
    txt = ""
    if m.cover:
        txt += m.cover.strip() + "\n\n"
    txt += "%s: %s\n%s: %s\n" % ("Title" if m.lang == "en" else LABELS[m.lang][4].split()[0] if False else
                                 {"de": "Titel", "fr": "Titre", "es": "Título", "it": "Titolo", "pt": "Título",
                                  "nl": "Titel", "pl": "Tytuł", "ru": "Название", "el": "Τίτλος", "ar": "العنوان",
                                  "he": "כותרת", "zh": "标题", "ja": "件名", "ko": "제목", "hi": "शीर्षक",
                                  "th": "หัวข้อ", "tr": "Başlık"}.get(m.lang, "Title"), ev.summary, lab[0], when)
    if ev.location:
        txt += "%s: %s\n" % (lab[1], ev.location)
    txt += "%s: %s <%s>\n" % (lab[2], ev.organizer["name"], ev.organizer["addr"])
    if ev.attendees:
        txt += "%s:\n" % lab[3]
        for a in ev.attendees[:30]:
            txt += "%s\n" % (("%s <%s>" % (a["p"]["name"], a["p"]["addr"])) if a["p"]["name"] else a["p"]["addr"])
    if ev.description:
        txt += "\n%s:\n%s\n" % (lab[4], ev.description.strip())
    cs = m.charset or "utf-8"
    b1 = "------------" + rstr(rng, 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    b2 = "------------" + rstr(rng, 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    calcs = "UTF-8"
    alt = Multi("alternative", b2, [
        tpart(txt, "plain", cs if cs.lower() != "utf-8" else "UTF-8", "8bit"),
        Part(ct_cal(m, calcs, order="meth-first"), ics, "8bit" if any(x > 127 for x in ics) else "7bit")])
    root = Multi("mixed", b1, [alt, Part('application/ics; name="invite.ics"', ics, "base64", headers=[
        ("Content-Disposition", 'attachment; filename="invite.ics"')])],
        preamble="This is a multi-part message in MIME format.")
    subj = subj_default(m) if m.method != "REQUEST" else (m.subject or "%s: %s" % (prefix_subject(m, 0), ev.summary))
    if y >= 2023 and rng.random() < 0.6:
        ua = "Mozilla Thunderbird"
    else:
        osn = pick(rng, ["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15",
                         "X11; Ubuntu; Linux x86_64"])
        ua = "Mozilla/5.0 (%s; rv:%s.0) Gecko/20100101 Thunderbird/%s" % (osn, rv, full)
        if y <= 2018:
            ua += " Lightning/%s" % {2016: "4.7.5", 2017: "5.4.5", 2018: "6.2.3"}[y]
    hcs = cs if cs.lower() not in ("us-ascii",) else "utf-8"
    hs = [("Message-ID", "<%s@%s>" % (uuid4(rng), m.sender["addr"].split("@")[1])), ("Date", hdr_date(m)),
          ("MIME-Version", "1.0"), ("User-Agent", ua), ("Content-Language", LANG_TAG.get(m.lang, "en-US")),
          ("To", to_header(m, hcs))]
    if m.cc:
        hs.append(("Cc", ", ".join(A(p, hcs) for p in m.cc)))
    hs += [("From", A(m.sender, hcs))]
    if m.reply_to:
        hs.append(("Reply-To", A(m.reply_to, hcs)))
    hs += [("Subject", H(m, subj, "B", hcs)), ("Content-Type", root.ctype)]
    return hs, root


def render_evolution(m):
    rng = m.rng
    ev = m.ev
    y = m.sent.year
    L = ["BEGIN:VCALENDAR", "PRODID:-//Ximian//NONSGML Evolution Calendar//EN", "VERSION:2.0",
         "METHOD:%s" % m.method]
    old = y < 2019
    tzs = []
    for e in m.events:
        if needs_tz(e, "tzid") and e.tz not in tzs:
            tzs.append(e.tz)
    for tz in tzs:
        v = vtimezone(tz, "olson")
        if old:
            v = [x.replace("TZID:%s" % tz, "TZID:/freeassociation.sourceforge.net/%s" % tz) for x in v]
        L += v
    for e in m.events:
        L.append("BEGIN:VEVENT")
        L.append("UID:%s@%s" % (rstr(rng, 40, HEXL), pick(rng, ["localhost", "laptop", "workstation.lan", "nb-%s" %
                                                                 rstr(rng, 4, HEXL)])))
        L.append("DTSTAMP:%s" % ical_utc(m.dtstamp))
        s = dt_lines(e, "tzid", "DTSTART")
        en = dt_lines(e, "tzid", "DTEND")
        if old:
            s = s.replace("TZID=", "TZID=/freeassociation.sourceforge.net/")
            en = en.replace("TZID=", "TZID=/freeassociation.sourceforge.net/")
        L += [s, en, "SEQUENCE:%d" % (e.sequence + 1), "SUMMARY:%s" % esc(e.summary)]
        if e.location:
            L.append("LOCATION:%s" % esc(e.location))
        L += ["CLASS:PUBLIC", "TRANSP:%s" % e.transp]
        if e.description:
            L.append("DESCRIPTION:%s" % esc(e.description))
        if e.url:
            L.append("URL:%s" % e.url)
        mt = "MAILTO" if old else "mailto"
        L.append("ORGANIZER;CN=%s:%s:%s" % (pval(e.organizer["name"]), mt, e.organizer["addr"]))
        for a in e.attendees:
            L.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s;LANGUAGE=%s:%s:%s" % (
                a["role"], a["partstat"], pval(a["p"]["name"] or a["p"]["addr"]), m.lang, mt, a["p"]["addr"]))
        for uri, ft, fn in e.attach:
            L.append("ATTACH:%s" % uri)
        L += ["CREATED:%s" % ical_utc(m.created), "LAST-MODIFIED:%s" % ical_utc(m.dtstamp)]
        for al in e.alarms:
            L += ["BEGIN:VALARM", "X-EVOLUTION-ALARM-UID:%s" % rstr(rng, 40, HEXL), "ACTION:DISPLAY",
                  "TRIGGER;VALUE=DURATION;RELATED=START:%s" % al.get("trigger", "-PT15M"),
                  "DESCRIPTION:%s" % esc(e.summary), "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = cal_part_bytes(m, L)
    b = "=-" + rb64(rng, 20).replace("/", "a").replace("+", "b")
    cover = m.cover or ""
    parts = [tpart(cover, "plain", "UTF-8", "7bit", quote=True),
             Part(ct_cal(m, '"UTF-8"', name="meeting.ics").replace('charset="UTF-8"; method', 'charset="UTF-8"; method'),
                  ics, "8bit" if any(x > 127 for x in ics) else "7bit",
                  headers=[("Content-Disposition", 'inline; filename="meeting.ics"')])]
    root = Multi("mixed", b, parts)
    subj = m.subject or ev.summary if m.method == "REQUEST" else subj_default(m)
    hs = [("Subject", H(m, subj)), ("From", A(m.sender)), ("To", to_header(m)), ("Date", hdr_date(m)),
          ("Content-Type", root.ctype),
          ("X-Mailer", "Evolution %s" % {2016: "3.18.5.2-0ubuntu3", 2017: "3.22.6-1", 2018: "3.28.5-0ubuntu0.18.04.1",
                                         2019: "3.32.4-1", 2020: "3.36.5-0ubuntu1", 2021: "3.40.4-1",
                                         2022: "3.44.4-0ubuntu1", 2023: "3.48.4-1", 2024: "3.52.3-0ubuntu1",
                                         2025: "3.54.3-1", 2026: "3.58.1-1"}[y]),
          ("Message-ID", "<%s.camel@%s>" % (rstr(rng, 40, HEXL), m.sender["addr"].split("@")[1])),
          ("MIME-Version", "1.0")]
    return hs, root


def render_emclient(m):
    rng = m.rng
    ev = m.ev
    y = m.sent.year
    ver = {2016: "7.0.27943.0", 2017: "7.1.31849.0", 2018: "7.2.34062.0", 2019: "7.2.36908.0", 2020: "8.0.3499.0",
           2021: "8.2.1659.0", 2022: "9.1.2109.0", 2023: "9.2.2157.0", 2024: "10.0.3117.0", 2025: "10.1.4828.0",
           2026: "10.3.2011.0"}[y]
    L = ["BEGIN:VCALENDAR", "PRODID:-//eM Client/%s" % ver, "VERSION:2.0", "METHOD:%s" % m.method]
    tzs = []
    for e in m.events:
        if needs_tz(e, "tzid") and e.tz not in tzs:
            tzs.append(e.tz)
    for tz in tzs:
        L += vtimezone(tz, "minimal")
    for e in m.events:
        L.append("BEGIN:VEVENT")
        L += [dt_lines(e, "tzid", "DTSTART"), dt_lines(e, "tzid", "DTEND"), "SUMMARY:%s" % esc(e.summary),
              "UID:%s" % uuid4(rng)]
        if e.rrule:
            L.append("RRULE:%s" % e.rrule)
        if e.description:
            L.append("DESCRIPTION:%s" % esc(e.description))
        if e.alt_html:
            L.append("X-ALT-DESC;FMTTYPE=text/html:%s" % esc(e.alt_html))
        if e.location:
            L.append("LOCATION:%s" % esc(e.location))
        if e.url:
            L.append("URL:%s" % e.url)
        L.append('ORGANIZER;CN="%s":mailto:%s' % (e.organizer["name"], e.organizer["addr"]))
        for a in e.attendees:
            if m.method == "REPLY" and a["p"]["addr"] != m.sender["addr"]:
                continue
            L.append('ATTENDEE;CN="%s";PARTSTAT=%s;ROLE=%s%s:mailto:%s' % (
                a["p"]["name"] or a["p"]["addr"], a["partstat"], a["role"], ";RSVP=TRUE" if a["rsvp"] else "",
                a["p"]["addr"]))
        L += ["DTSTAMP:%s" % ical_utc(m.dtstamp), "SEQUENCE:%d" % e.sequence, "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
              "X-MICROSOFT-CDO-IMPORTANCE:1"]
        if m.method == "CANCEL":
            L.append("STATUS:CANCELLED")
        for al in e.alarms:
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:%s" % al.get("trigger", "-PT15M"),
                  "DESCRIPTION:Reminder", "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = cal_part_bytes(m, L)
    lab = LABELS.get(m.lang, LABELS["en"])
    txt = (m.cover.strip() + "\n\n" if m.cover else "") + "%s\n%s: %s\n" % (ev.summary, lab[0], when_line(ev, m.lang))
    if ev.location:
        txt += "%s: %s\n" % (lab[1], ev.location)
    if ev.description:
        txt += "\n" + ev.description.strip() + "\n"
    html = "<html><head><style type=\"text/css\">#x{font-family:Tahoma}</style></head><body>" + html_text(txt) + \
           "</body></html>"
    b = "------=_MB%s" % uuid4(rng, upper=True)
    cs = m.charset or "utf-8"
    root = Multi("alternative", b, [tpart(txt, "plain", cs, "quoted-printable"),
                                    tpart(html, "html", cs, "quoted-printable"),
                                    Part(ct_cal(m, "utf-8"), ics, "quoted-printable")])
    subj = m.subject or ("%s: %s" % (prefix_subject(m, 0), ev.summary) if m.method == "REQUEST" else subj_default(m))
    host = pick(rng, ["DESKTOP-%s" % rstr(rng, 7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                      "LAPTOP-%s" % rstr(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")])
    hs = [("From", A(m.sender, quote=True)), ("To", to_header(m, quote=True)), ("Subject", H(m, subj)),
          ("Date", hdr_date(m)), ("Message-Id", "<em%s@%s>" % (uuid4(rng), host))]
    if m.reply_to:
        hs.append(("Reply-To", A(m.reply_to)))
    hs += [("User-Agent", "eM_Client/%s" % ver), ("Mime-Version", "1.0"), ("Content-Type", root.ctype)]
    return hs, root


def render_proton(m):
    rng = m.rng
    ev = m.ev
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Proton AG//WebCalendar %s//EN" % pick(
        rng, ["4.12.3", "5.0.17", "5.0.31", "5.0.49"]), "METHOD:%s" % m.method]
    tzs = []
    for e in m.events:
        if needs_tz(e, "tzid") and e.tz not in tzs:
            tzs.append(e.tz)
    for tz in tzs:
        L += vtimezone(tz, "minimal")
    for e in m.events:
        L += ["BEGIN:VEVENT", "UID:%s@proton.me" % rb64(rng, 28).replace("/", "_").replace("+", "-"),
              "DTSTAMP:%s" % ical_utc(m.dtstamp), dt_lines(e, "tzid", "DTSTART"), dt_lines(e, "tzid", "DTEND"),
              "SEQUENCE:%d" % e.sequence, "ORGANIZER;CN=%s:mailto:%s" % (pval(e.organizer["name"]),
                                                                         e.organizer["addr"]),
              "SUMMARY:%s" % esc(e.summary)]
        if e.rrule:
            L.append("RRULE:%s" % e.rrule)
        if e.location:
            L.append("LOCATION:%s" % esc(e.location))
        if e.description:
            L.append("DESCRIPTION:%s" % esc(e.description))
        for a in e.attendees:
            if m.method == "REPLY" and a["p"]["addr"] != m.sender["addr"]:
                continue
            L.append("ATTENDEE;CN=%s;ROLE=%s;RSVP=TRUE;PARTSTAT=%s;X-PM-TOKEN=%s:mailto:%s" % (
                pval(a["p"]["name"] or a["p"]["addr"]), a["role"], a["partstat"], rstr(rng, 40, HEXL),
                a["p"]["addr"]))
        if m.method == "CANCEL":
            L.append("STATUS:CANCELLED")
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = cal_part_bytes(m, L)
    s = ev.start
    if m.method == "REQUEST":
        subj = m.subject or "Invitation for an event starting on %s" % when_line(ev, "en").split(" - ")[0]
        txt = "You are invited to %s\n%s" % (ev.summary, ("\n" + m.cover) if m.cover else "")
    else:
        subj = subj_default(m)
        txt = "%s\n" % subj
    b = "---------------------%s" % rstr(rng, 32, HEXL)
    root = Multi("mixed", b, [Part("text/plain;charset=utf-8", txt.encode(), "quoted-printable"),
                              Part('text/calendar; filename="invite.ics"; name="invite.ics"; method=%s' % m.method,
                                   ics, "base64", headers=[("Content-Disposition",
                                                            'attachment; filename="invite.ics"; name="invite.ics"')])],
                 quote=False)
    hs = [("Date", hdr_date(m)), ("To", to_header(m)), ("From", A(m.sender)), ("Subject", H(m, subj)),
          ("Message-ID", "<%s=@proton.me>" % rb64(rng, 86).replace("/", "_").replace("+", "-")),
          ("Feedback-ID", "%s:user:proton" % rb64(rng, 86).replace("/", "_").replace("+", "-") + "=="),
          ("X-Pm-Message-ID", rb64(rng, 86) + "=="), ("MIME-Version", "1.0"), ("Content-Type", root.ctype)]
    return hs, root


# ------------------------------------------------------------------ Zimbra

ZIMBRA_VER = {2016: "8.6.0_GA_1194", 2017: "8.7.11_GA_1854", 2018: "8.8.9_GA_3019", 2019: "8.8.12_GA_3794",
              2020: "8.8.15_GA_3953", 2021: "8.8.15_GA_4059", 2022: "9.0.0_GA_4273", 2023: "8.8.15_GA_4484",
              2024: "10.0.7_GA_4518", 2025: "10.1.4_GA_4200", 2026: "10.1.9_GA_4231"}


def render_zimbra(m):
    rng = m.rng
    ev = m.ev
    y = m.sent.year
    lab = LABELS.get(m.lang, LABELS["en"])
    org = ev.organizer
    when = when_line(ev, m.lang, "[%s]" % ev.tz if not ev.all_day else None)
    if m.method == "CANCEL":
        intro = "The following meeting has been cancelled:" if m.lang == "en" else PREFIX[m.lang][4] + ":"
    elif m.method == "REPLY":
        intro = "%s: %s" % (PREFIX[m.lang][reply_kind(m)], ev.summary)
    else:
        intro = "The following is a new meeting request:" if m.lang == "en" else lab[5] + ":"
    txt = "%s\n\nSubject: %s \nOrganizer: \"%s\" <%s> \n" % (intro, ev.summary, org["name"], org["addr"])
    if ev.location:
        txt += "\nLocation: %s \n" % ev.location
    txt += "Time: %s\n \nInvitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s" % (
        when, "; ".join(a["p"]["addr"] for a in ev.attendees[:40]), (ev.description or "").strip())
    html = ("<html><body id='htmlmode'><h3>%s</h3>\n\n<p>\n<table border='0'>\n<tr><th align=left>Subject:</th><td>%s "
            "</td></tr>\n<tr><th align=left>Organizer:</th><td>\"%s\" &lt;%s&gt; </td></tr>\n</table>\n<p>\n<table "
            "border='0'>\n<tr><th align=left>Location:</th><td>%s </td></tr>\n<tr><th align=left>Time:</th><td>%s </td>"
            "</tr>\n</table>\n<div>*~*~*~*~*~*~*~*~*~*</div><br>%s</body></html>" % (
                html_escape(intro), html_escape(ev.summary), html_escape(org["name"]), html_escape(org["addr"]),
                html_escape(ev.location), html_escape(when),
                ev.alt_html or html_text((ev.description or "").strip())))
    L = ["BEGIN:VCALENDAR", "X-WR-CALNAME:%s" % esc(ev.summary) if False else "PRODID:Zimbra-Calendar-Provider",
         "VERSION:2.0", "METHOD:%s" % m.method]
    tzs = []
    for e in m.events:
        if needs_tz(e, "zimbra") and e.tz not in tzs:
            tzs.append(e.tz)
    for tz in tzs:
        L += vtimezone(tz, "zimbra")
    for e in m.events:
        L += ["BEGIN:VEVENT", "UID:%s" % uuid4(rng)]
        if e.rrule:
            L.append("RRULE:%s" % e.rrule)
        L += ["SUMMARY:%s" % esc(e.summary)]
        if e.location:
            L.append("LOCATION:%s" % esc(e.location))
        for a in e.attendees:
            if m.method == "REPLY" and a["p"]["addr"] != m.sender["addr"]:
                continue
            L.append("ATTENDEE;CN=%s;ROLE=%s;PARTSTAT=%s%s:mailto:%s" % (
                pval(a["p"]["name"] or a["p"]["addr"]), a["role"], a["partstat"],
                ";RSVP=TRUE" if a["rsvp"] and m.method == "REQUEST" else "", a["p"]["addr"]))
        L.append("ORGANIZER;CN=%s:mailto:%s" % (pval(org["name"]), org["addr"]))
        L += [dt_lines(e, "zimbra", "DTSTART"), dt_lines(e, "zimbra", "DTEND"),
              "STATUS:%s" % ("CANCELLED" if m.method == "CANCEL" else e.status), "CLASS:PUBLIC",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "TRANSP:%s" % e.transp,
              "LAST-MODIFIED:%s" % ical_utc(m.dtstamp), "DTSTAMP:%s" % ical_utc(m.dtstamp),
              "SEQUENCE:%d" % e.sequence]
        if m.method != "REPLY":
            L.append("DESCRIPTION:%s" % esc(txt))
            L.append("X-ALT-DESC;FMTTYPE=text/html:%s" % esc(html))
        if m.method == "REQUEST":
            for al in (e.alarms or [{"trigger": "-PT5M"}]):
                L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=START:%s" % al.get("trigger", "-PT5M"),
                      "DESCRIPTION:Reminder", "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = cal_part_bytes(m, L)
    cs = m.charset or "utf-8"
    b = "=_%s" % uuid4(rng)
    root = Multi("alternative", b, [tpart(txt, "plain", cs, "quoted-printable"),
                                    tpart(html, "html", cs, "quoted-printable"),
                                    Part(ct_cal(m, cs if cs.lower() != "us-ascii" else "utf-8"), ics,
                                         "7bit" if all(x < 128 for x in ics) else "quoted-printable")])
    subj = subj_default(m)
    hcs = cs if cs.lower() != "us-ascii" else "utf-8"
    ms = int((m.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000)
    browser = pick(rng, ["FF%d (Win)" % rng.randint(100, 130), "GC%d (Win)" % rng.randint(100, 130),
                         "FF%d (Linux)" % rng.randint(100, 130), "GC%d (Mac)" % rng.randint(100, 130)])
    hs = [("Date", hdr_date(m)), ("From", A(m.sender, hcs)), ("To", to_header(m, hcs))]
    if m.reply_to:
        hs.append(("Reply-To", A(m.reply_to, hcs)))
    hs += [("Message-ID", "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 5,
                                                                                                           10 ** 7), ms,
                                                             m.sender["addr"].split("@")[1])),
           ("Subject", H(m, subj, "B", hcs)), ("MIME-Version", "1.0"), ("Content-Type", root.ctype),
           ("X-Originating-IP", "[198.51.100.%d]" % rng.randint(2, 250)),
           ("X-Mailer", "Zimbra %s (ZimbraWebClient - %s)/%s" % (ZIMBRA_VER[y], browser, ZIMBRA_VER[y])),
           ("Thread-Topic", H(m, ev.summary, "B", hcs)), ("Thread-Index", rb64(rng, 22) + "==")]
    return hs, root


# ------------------------------------------------------------------ Nextcloud (Sabre)

NC_VER = {2016: ("1.5.0", "10"), 2017: ("1.5.7", "12"), 2018: ("1.6.4", "14"), 2019: ("1.7.1", "17"),
          2020: ("2.0.4", "20"), 2021: ("2.3.4", "22"), 2022: ("3.5.3", "25"), 2023: ("4.4.5", "27"),
          2024: ("4.7.6", "29"), 2025: ("5.1.2", "31"), 2026: ("6.0.1", "32")}


def render_nextcloud(m):
    rng = m.rng
    ev = m.ev
    y = m.sent.year
    appv, ncv = NC_VER[y]
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//IDN nextcloud.com//Calendar app %s//EN" % appv,
         "CALSCALE:GREGORIAN", "METHOD:%s" % m.method]
    tzs = []
    for e in m.events:
        L += ["BEGIN:%s" % e.component, "CREATED:%s" % ical_utc(m.created), "DTSTAMP:%s" % ical_utc(m.dtstamp),
              "LAST-MODIFIED:%s" % ical_utc(m.dtstamp), "SEQUENCE:%d" % (e.sequence + 2), "UID:%s" % uuid4(rng)]
        if e.component == "VTODO":
            L.append(dt_lines(e, "tzid", "DUE", d=e.due))
            L.append("STATUS:NEEDS-ACTION")
        else:
            L += [dt_lines(e, "tzid", "DTSTART"), dt_lines(e, "tzid", "DTEND"),
                  "STATUS:%s" % ("CANCELLED" if m.method == "CANCEL" else e.status)]
        if e.rrule:
            L.append("RRULE:%s" % e.rrule)
        L.append("SUMMARY:%s" % esc(e.summary))
        if e.location:
            L.append("LOCATION:%s" % esc(e.location))
        if e.description:
            L.append("DESCRIPTION:%s" % esc(e.description))
        if e.url:
            L.append("URL:%s" % e.url)
        for uri, ft, fn in e.attach:
            L.append("ATTACH;FMTTYPE=%s;FILENAME=/%s;X-NC-FILE-ID=%d;X-NC-HAS-PREVIEW=false:%s" % (
                ft, pval(fn), rng.randint(1000, 999999), uri))
        L.append("ORGANIZER;CN=%s:mailto:%s" % (pval(e.organizer["name"]), e.organizer["addr"]))
        for a in e.attendees:
            if m.method == "REPLY" and a["p"]["addr"] != m.sender["addr"]:
                continue
            L.append("ATTENDEE;CN=%s;CUTYPE=%s;PARTSTAT=%s;ROLE=%s;RSVP=%s;LANGUAGE=%s:mailto:%s" % (
                pval(a["p"]["name"] or a["p"]["addr"]), a["cutype"], a["partstat"], a["role"],
                "TRUE" if a["rsvp"] else "FALSE", m.lang, a["p"]["addr"]))
        for al in e.alarms:
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=START:%s" % al.get("trigger", "-PT15M"),
                  "END:VALARM"]
        L.append("END:%s" % e.component)
        if needs_tz(e, "tzid") and e.tz not in tzs:
            tzs.append(e.tz)
    for tz in tzs:
        L += vtimezone(tz, "minimal")
    L.append("END:VCALENDAR")
    ics = cal_part_bytes(m, L)
    lab = LABELS.get(m.lang, LABELS["en"])
    title = {"REQUEST": "%s: %s" % (prefix_subject(m, 0), ev.summary), "CANCEL": "%s: %s" % (prefix_subject(m, 4),
                                                                                              ev.summary)}.get(
        m.method, subj_default(m))
    org = ev.organizer
    head = ("%s has invited you to »%s«" % (org["name"], ev.summary)) if m.lang == "en" else title
    rows = [(lab[0], when_line(ev, m.lang, "(%s)" % ev.tz) if ev.start else "")]
    if ev.location:
        rows.append((lab[1], ev.location))
    if ev.description:
        rows.append((lab[4], ev.description.strip()))
    rows.append((lab[2], "%s <%s>" % (org["name"], org["addr"])))
    if ev.attendees:
        rows.append((lab[3], ", ".join(a["p"]["name"] or a["p"]["addr"] for a in ev.attendees[:20])))
    txt = head + "\n\n" + "\n".join("%s: %s" % r for r in rows) + "\n\n"
    host = m.sender_host
    if m.method == "REQUEST":
        tok = rstr(rng, 32, ALNUM)
        txt += "Accept: https://%s/index.php/apps/dav/invitation/accept/%s\nDecline: https://%s/index.php/apps/dav/invitation/decline/%s\nMore options: https://%s/index.php/apps/dav/invitation/moreOptions/%s\n" % (
            host, tok, host, tok, host, tok)
    html = ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><table '
            'role="presentation" width="100%%"><tr><td align="center"><h1 style="font-size:20px">%s</h1><table>%s'
            '</table></td></tr></table><div style="color:#6d6d6d;font-size:12px">Nextcloud – a safe home for all '
            'your data</div></body></html>') % (m.lang, html_escape(title), html_escape(head), "".join(
        "<tr><td style='color:#6d6d6d'>%s</td><td>%s</td></tr>" % (html_escape(k), html_text(v)) for k, v in rows))
    b = rstr(rng, 8, ALNUM)
    alt = Multi("alternative", b, [Part("text/plain; charset=utf-8", txt.encode(), "quoted-printable"),
                                   Part("text/html; charset=utf-8", html.encode(), "quoted-printable")], quote=False)
    cal = Part(ct_cal(m, "UTF-8", name="event.ics"), ics, "base64",
               headers=[("Content-Disposition", "attachment; name=event.ics; filename=event.ics")])
    root = Multi("mixed", rstr(rng, 8, ALNUM), [alt, cal], quote=False)
    hs = [("Message-ID", "<%s@%s>" % (rstr(rng, 32, HEXL), host)), ("Date", hdr_date(m)),
          ("Subject", H(m, title)),
          ("From", A({"name": "%s via Nextcloud" % org["name"], "addr": m.nc_from})),
          ("Reply-To", A(org)), ("To", to_header(m)), ("MIME-Version", "1.0"),
          ("Content-Type", root.ctype), ("Auto-Submitted", "auto-generated")]
    return hs, root


# ------------------------------------------------------------------ SOGo

def render_sogo(m):
    rng = m.rng
    ev = m.ev
    y = m.sent.year
    ver = {2016: "3.2.4", 2017: "3.2.10", 2018: "4.0.4", 2019: "4.1.1", 2020: "5.0.1", 2021: "5.2.0", 2022: "5.7.1",
           2023: "5.8.4", 2024: "5.10.0", 2025: "5.12.1", 2026: "5.12.4"}[y]
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Inverse inc./SOGo %s//EN" % ver, "METHOD:%s" % m.method]
    tzs = []
    for e in m.events:
        if needs_tz(e, "tzid") and e.tz not in tzs:
            tzs.append(e.tz)
    for tz in tzs:
        L += vtimezone(tz, "olson")
    for e in m.events:
        L += ["BEGIN:VEVENT", "UID:%s-%s-%s-%s" % (rstr(rng, 4, HEXU), rstr(rng, 8, HEXU), rstr(rng, 1, "123456789"),
                                                   rstr(rng, 8, HEXU)), "SUMMARY:%s" % esc(e.summary)]
        if e.location:
            L.append("LOCATION:%s" % esc(e.location))
        L += ["CLASS:PUBLIC", "X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:NO", "TRANSP:%s" % e.transp,
              dt_lines(e, "tzid", "DTSTART"), dt_lines(e, "tzid", "DTEND")]
        if e.rrule:
            L.append("RRULE:%s" % e.rrule)
        L.append("ORGANIZER;CN=%s:mailto:%s" % (pval(e.organizer["name"]), e.organizer["addr"]))
        for a in e.attendees:
            if m.method == "REPLY" and a["p"]["addr"] != m.sender["addr"]:
                continue
            L.append("ATTENDEE;PARTSTAT=%s;RSVP=TRUE;ROLE=%s;CN=%s:mailto:%s" % (
                a["partstat"], a["role"], pval(a["p"]["name"] or a["p"]["addr"]), a["p"]["addr"]))
        L += ["CREATED:%s" % ical_utc(m.created), "DTSTAMP:%s" % ical_utc(m.dtstamp),
              "LAST-MODIFIED:%s" % ical_utc(m.dtstamp), "SEQUENCE:%d" % e.sequence]
        if e.description:
            L.append("DESCRIPTION:%s" % esc(e.description))
        if e.url:
            L.append("URL:%s" % e.url)
        for uri, ft, fn in e.attach:
            L.append("ATTACH;VALUE=URI:%s" % uri)
        if m.method == "CANCEL":
            L.append("STATUS:CANCELLED")
        for al in e.alarms:
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DURATION:%s" % al.get("trigger", "-PT15M"),
                  "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = cal_part_bytes(m, L)
    lab = LABELS.get(m.lang, LABELS["en"])
    org = ev.organizer
    if m.method == "REQUEST":
        subj = m.subject or ('Event Invitation: "%s"' % ev.summary if m.lang == "en" else
                             '%s: "%s"' % (prefix_subject(m, 0), ev.summary))
        head = "%s has invited you to %s." % (org["name"], ev.summary) if m.lang == "en" else subj
    else:
        subj = subj_default(m)
        head = subj
    txt = "%s\n\n%s: %s\n" % (head, lab[0], when_line(ev, m.lang))
    if ev.location:
        txt += "%s: %s\n" % (lab[1], ev.location)
    if ev.description:
        txt += "%s:\n%s\n" % (lab[4], ev.description.strip())
    html = "<html><head><meta charset=\"utf-8\"></head><body><p>%s</p></body></html>" % html_text(txt)
    b = "----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------" % (rng.randint(1000, 99999), int(
        (m.sent - dt.datetime(1970, 1, 1)).total_seconds()), rng.randint(100000, 999999), rng.randint(0, 9))
    alt = Multi("alternative", b + "A", [Part("text/plain; charset=utf-8", txt.encode(), "quoted-printable"),
                                         Part("text/html; charset=utf-8", html.encode(), "quoted-printable")])
    cal = Part(ct_cal(m, "utf-8"), ics, "quoted-printable",
               headers=[("Content-Disposition", "inline; filename=\"calendar.ics\"")])
    root = Multi("mixed", b, [alt, cal])
    hs = [("Content-Type", root.ctype), ("From", A(m.sender)), ("To", to_header(m)),
          ("Subject", H(m, subj)), ("Date", hdr_date(m)),
          ("Message-ID", "<%s-%s-%s-%s@%s>" % (rstr(rng, 4, HEXL), rstr(rng, 8, HEXL), rstr(rng, 1, "123456789"),
                                               rstr(rng, 8, HEXL), m.sender["addr"].split("@")[1])),
          ("MIME-Version", "1.0"), ("User-Agent", "SOGoMail %s" % ver)]
    return hs, root


# ------------------------------------------------------------------ Yahoo

def render_yahoo(m):
    rng = m.rng
    ev = m.ev
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Yahoo Inc//Yahoo Calendar//EN", "METHOD:%s" % m.method]
    tzs = []
    for e in m.events:
        if needs_tz(e, "tzid") and e.tz not in tzs:
            tzs.append(e.tz)
    for tz in tzs:
        L += vtimezone(tz, "minimal")
    for e in m.events:
        L += ["BEGIN:VEVENT", "UID:%s" % rstr(rng, 32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
              "DTSTAMP:%s" % ical_utc(m.dtstamp),
              "ORGANIZER;CN=%s;SENT-BY=\"mailto:%s\":mailto:%s" % (pval(e.organizer["name"]), e.organizer["addr"],
                                                                  e.organizer["addr"])]
        for a in e.attendees:
            if m.method == "REPLY" and a["p"]["addr"] != m.sender["addr"]:
                continue
            L.append("ATTENDEE;CN=%s;PARTSTAT=%s;ROLE=%s;RSVP=TRUE:mailto:%s" % (
                pval(a["p"]["name"] or a["p"]["addr"]), a["partstat"], a["role"], a["p"]["addr"]))
        L.append("SUMMARY:%s" % esc(e.summary))
        if e.description:
            L.append("DESCRIPTION:%s" % esc(e.description))
        L.append("LOCATION:%s" % esc(e.location))
        L += [dt_lines(e, "tzid", "DTSTART"), dt_lines(e, "tzid", "DTEND")]
        if e.rrule:
            L.append("RRULE:%s" % e.rrule)
        L += ["CLASS:PUBLIC", "TRANSP:%s" % e.transp, "SEQUENCE:%d" % e.sequence,
              "STATUS:%s" % ("CANCELLED" if m.method == "CANCEL" else "CONFIRMED"),
              "X-YAHOO-YID:%s" % m.sender["addr"].split("@")[0], "X-YAHOO-EVENT-STATUS:BUSY"]
        for al in e.alarms:
            L += ["BEGIN:VALARM", "ACTION:EMAIL", "TRIGGER:%s" % al.get("trigger", "-PT30M"),
                  "DESCRIPTION:%s" % esc(e.summary), "SUMMARY:Reminder", "ATTENDEE:mailto:%s" % e.organizer["addr"],
                  "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = cal_part_bytes(m, L)
    lab = LABELS.get(m.lang, LABELS["en"])
    txt = "%s\n\n%s: %s\n" % (ev.summary, lab[0], when_line(ev, m.lang, "(%s)" % tzabbr(ev.tz, ev.start)))
    if ev.location:
        txt += "%s: %s\n" % (lab[1], ev.location)
    if ev.description:
        txt += "\n%s\n" % ev.description.strip()
    html = ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">%s</div></div></body>'
            '</html>' % (rstr(rng, 8, HEXL), html_text(txt)))
    ms = int((m.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000)
    b1 = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 2 * 10 ** 9), ms)
    b2 = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 2 * 10 ** 9), ms)
    alt = Multi("alternative", b2, [Part("text/plain; charset=UTF-8", txt.encode(), "quoted-printable"),
                                    Part("text/html; charset=UTF-8", html.encode(), "quoted-printable"),
                                    Part(ct_cal(m, "UTF-8"), ics, "7bit" if all(x < 128 for x in ics) else
                                         "quoted-printable")])
    root = Multi("mixed", b1, [alt, Part("application/ics; name=invite.ics", ics, "base64", headers=[
        ("Content-Disposition", "attachment; filename=invite.ics")])])
    subj = m.subject or ("%s: %s" % (prefix_subject(m, 0), ev.summary) if m.method == "REQUEST" else subj_default(m))
    hs = [("Date", hdr_date(m)), ("From", A(m.sender)), ("To", to_header(m))]
    if m.reply_to:
        hs.append(("Reply-To", A(m.reply_to)))
    hs += [("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 5, 10 ** 7),
                                                        ms)),
           ("Subject", H(m, subj)), ("MIME-Version", "1.0"), ("Content-Type", root.ctype),
           ("X-Mailer", "WebService/1.1.%d YMailNorrin" % rng.randint(20000, 23000))]
    return hs, root


# ------------------------------------------------------------------ Zoom

ZOOM_HOSTS = ["us02web.zoom.us", "us04web.zoom.us", "us06web.zoom.us", "zoom.us", "eu01web.zoom.us"]


def zoom_link(rng, webinar=False, host=None):
    mid = "%d" % rng.randint(81000000000, 89999999999)
    host = host or pick(rng, ZOOM_HOSTS)
    if webinar:
        return mid, "https://%s/w/%s?tk=%s" % (host, mid, rb64(rng, 43).replace("/", "_").replace("+", "-"))
    return mid, "https://%s/j/%s?pwd=%s" % (host, mid, rb64(rng, 32).replace("/", "").replace("+", ""))


def render_zoom(m):
    """Zoom meeting invitation or webinar registration confirmation sent by Zoom."""
    rng = m.rng
    ev = m.ev
    webinar = m.method == "PUBLISH"
    if ev.online and ev.online[0] == "zoom":
        url = ev.online[1]
        mid = re.findall(r"/[jw]/(\d+)", url)
        mid = mid[0] if mid else "%d" % rng.randint(81000000000, 89999999999)
    else:
        mid, url = zoom_link(rng, webinar)
    fmid = "%s %s %s" % (mid[:3], mid[3:7], mid[7:])
    pc = "%06d" % rng.randint(0, 999999)
    host = m.zoom_host
    invite = ("%s is inviting you to a scheduled Zoom meeting.\n\nTopic: %s\nTime: %s\n\nJoin Zoom Meeting\n%s\n\n"
              "Meeting ID: %s\nPasscode: %s\n\n---\n\nOne tap mobile\n+1646555%04d,,%s#,,,,*%s# US\n\n"
              "Join instructions\nhttps://%s/meetings/%s/invitations?signature=%s\n") % (
        host["name"], ev.summary, when_line(ev, "en", ev.tz), url, fmid, pc, rng.randint(100, 199), mid, pc,
        url.split("/")[2], mid, rb64(rng, 40).replace("/", "").replace("+", ""))
    if webinar:
        txt = ("Hi %s,\n\nThank you for registering for \"%s\".\n\nPlease submit any questions to: %s\n\n"
               "Date Time: %s\n\nJoin from PC, Mac, Linux, iOS or Android: %s\n    Passcode: %s\n\n"
               "Add to Calendar: https://%s/webinar/tZ%s/ics?icsToken=%s\n\n%s\nYou can cancel your registration at "
               "any time.\n") % (m.rcpt["first"], ev.summary, host["addr"], when_line(ev, "en", ev.tz), url, pc,
                                  url.split("/")[2], rb64(rng, 30).replace("/", "").replace("+", ""),
                                  rb64(rng, 60).replace("/", "").replace("+", ""), (ev.description or "").strip())
        desc = ("Join from PC, Mac, Linux, iOS or Android: %s\nPasscode: %s\n\n%s" % (url, pc,
                                                                                      (ev.description or "").strip()))
    else:
        txt = invite + ("\n" + ev.description.strip() + "\n" if ev.description else "")
        desc = txt
    L = ["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:%s" % m.method, "CLASS:PUBLIC"]
    if needs_tz(ev, "tzid"):
        L += vtimezone(ev.tz, "minimal")
    L += ["BEGIN:VEVENT", "DTSTAMP:%s" % ical_utc(m.dtstamp), dt_lines(ev, "tzid", "DTSTART"),
          dt_lines(ev, "tzid", "DTEND"), "SUMMARY:%s" % esc(ev.summary),
          "UID:%s-%s@2001:db8:0:0:%s:%s:%s:%seth0-R" % (ical_utc(m.dtstamp), mid, rstr(rng, 3, HEXL),
                                                        rstr(rng, 4, HEXL), rstr(rng, 4, HEXL), rstr(rng, 4, HEXL)),
          "TZID:%s" % ev.tz, "DESCRIPTION:%s" % esc(desc), "LOCATION:%s" % url]
    if not webinar:
        L.append("ORGANIZER;CN=%s:mailto:%s" % (pval(host["name"]), host["addr"]))
        for a in ev.attendees:
            L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (pval(a["p"]["name"] or a["p"]["addr"]),
                                                                                 a["p"]["addr"]))
    L += ["BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT",
          "END:VCALENDAR"]
    ics = cal_part_bytes(m, L)
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Lato,Helvetica,Arial,sans-serif"><table width="600" align="center"><tr><td>'
            '<img src="https://st1.zoom.us/static/6.3.20142/image/new/ZoomLogo.png" alt="Zoom" width="90"></td></tr>'
            '<tr><td style="font-size:14px;color:#232333">%s</td></tr></table></body></html>' % html_text(txt))
    b1 = rstr(rng, 28, HEXL)
    b2 = rstr(rng, 28, HEXL)
    alt = Multi("alternative", b2, [Part("text/plain; charset=UTF-8", txt.encode(), "quoted-printable"),
                                    Part("text/html; charset=UTF-8", html.encode(), "quoted-printable")])
    root = Multi("mixed", b1, [alt, Part("text/calendar; charset=UTF-8; method=%s; name=\"%s.ics\"" % (
        m.method, "webinar" if webinar else "meeting"), ics, "base64", headers=[
        ("Content-Disposition", "attachment; filename=\"%s.ics\"" % ("webinar" if webinar else "meeting"))])])
    if webinar:
        subj = m.subject or "%s Confirmation" % ev.summary
    else:
        subj = m.subject or "Invitation: %s" % ev.summary
    hs = [("Date", hdr_date(m)), ("From", A({"name": host.get("display", "Zoom"), "addr": "no-reply@zoom.us"})),
          ("Reply-To", A(host)), ("To", to_header(m)),
          ("Message-ID", "<%s@zoom.us>" % rstr(rng, 22, ALNUM)), ("Subject", H(m, subj)), ("MIME-Version", "1.0"),
          ("Content-Type", root.ctype), ("X-Zoom-Mail-Type", "webinar_registration" if webinar else "meeting_invite")]
    return hs, root


# ------------------------------------------------------------------ template senders (booking systems, scripts, tools)

PRESETS = {
    # name: dict of style knobs
    "handcal": dict(prodid="-//hacksw/handcal//NONSGML v1.0//EN", head=["VERSION", "PRODID"], method=False,
                    dt="utc", org="MAILTO-CN", att="none", esc="sloppy", fold="none", mime="alt-text-html-cal",
                    mailer="phpmailer", cal_ctype="text/calendar", cal_cte="7bit"),
    "icalnet": dict(prodid="-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN", head=["PRODID", "VERSION",
                                                                                          "METHOD"],
                    dt="tzid", tzblock=True, org="CN", att="cn-rsvp", esc="full", fold="octets", mime="mixed-html-att",
                    mailer="dotnet", cal_ctype="text/calendar", cal_cte="base64", fname="invite.ics"),
    "icspy": dict(prodid="ics.py - http://git.io/lLljaA", head=["VERSION", "PRODID"], method=False, dt="utc",
                  org="CN", att="plain", esc="full", fold="none", mime="mixed-text-att", mailer="python",
                  cal_ctype="text/calendar", cal_cte="base64", fname="event.ics"),
    "pyical": dict(prodid="-//My calendar product//mxm.dk//", head=["VERSION", "PRODID", "METHOD"], dt="tzid-notz",
                   org="CN", att="cn-rsvp", esc="full", fold="octets", mime="mixed-html-att", mailer="python",
                   cal_ctype="text/calendar", cal_cte="base64", fname="invite.ics"),
    "ical4j": dict(prodid="-//Ben Fortuna//iCal4j 1.0//EN", head=["PRODID", "VERSION", "CALSCALE", "METHOD"],
                   dt="tzid", tzblock=True, org="CN", att="cn-rsvp", esc="full", fold="octets",
                   mime="alt-html-cal", mailer="javamail", cal_ctype="text/calendar", cal_cte="7bit"),
    "icalgen": dict(prodid="-//sebbo.net//ical-generator//EN", head=["VERSION", "PRODID", "METHOD", "NAME",
                                                                     "X-WR-CALNAME"],
                    dt="utc", org="CN", att="cn-rsvp", esc="full", fold="octets", mime="nodemailer",
                    mailer="nodemailer", cal_ctype="text/calendar", cal_cte="7bit", fname="invite.ics"),
    "spatie": dict(prodid="spatie/icalendar-generator", head=["VERSION", "PRODID", "METHOD"], dt="tzid",
                   tzblock=True, org="CN", att="cn", esc="full", fold="octets", mime="mixed-html-att",
                   mailer="symfony", cal_ctype="text/calendar", cal_cte="base64", fname="invite.ics"),
    "eluceo": dict(prodid="-//eluceo/ical//2.0/EN", head=["PRODID", "VERSION", "CALSCALE", "METHOD"], dt="utc",
                   org="CN", att="none", esc="full", fold="octets", mime="mixed-html-att", mailer="phpmailer",
                   cal_ctype="application/ics", cal_cte="base64", fname="booking.ics"),
    "fakeoutlook": dict(prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", head=["PRODID", "VERSION",
                                                                                           "METHOD"],
                        dt="utc", org="CN", att="cn-rsvp", esc="sloppy", fold="chars", mime="alt-html-cal",
                        mailer="fakeoutlook", cal_ctype="text/calendar", cal_cte="base64"),
    "noprodid": dict(prodid=None, head=["VERSION", "METHOD"], dt="floating", org="plain", att="plain", esc="sloppy",
                     fold="none", mime="mixed-html-att", mailer="none", cal_ctype="application/octet-stream",
                     cal_cte="base64", fname="invitation.ics"),
    "barecal": dict(prodid="-//Calendar Labs//Calendar 1.0//EN", head=["PRODID", "VERSION", "CALSCALE", "METHOD"],
                    dt="utc", org="CN", att="cn-rsvp", esc="full", fold="octets", mime="cal-only",
                    mailer="none", cal_ctype="text/calendar", cal_cte="7bit"),
    "ical4jweb": dict(prodid="-//Events Calendar//iCal4j 1.0//EN", head=["PRODID", "VERSION", "CALSCALE", "METHOD",
                                                                          "X-WR-CALNAME", "X-WR-TIMEZONE"],
                      dt="tzid", tzblock=True, org="CN", att="none", esc="full", fold="octets", mime="mixed-html-att",
                      mailer="javamail", cal_ctype="text/calendar", cal_cte="base64", fname="event.ics"),
}


def gen_ics(m, st):
    rng = m.rng
    prodid = m.prodid or st.get("prodid")
    L = ["BEGIN:VCALENDAR"]
    ev0 = m.ev
    for h in st.get("head", ["VERSION", "PRODID", "METHOD"]):
        if h == "VERSION":
            L.append("VERSION:2.0")
        elif h == "PRODID" and prodid:
            L.append("PRODID:%s" % prodid)
        elif h == "CALSCALE":
            L.append("CALSCALE:GREGORIAN")
        elif h == "METHOD" and st.get("method", True) and "no-method" not in m.quirks:
            L.append("METHOD:%s" % m.method)
        elif h == "NAME":
            L.append("NAME:%s" % esc(st.get("calname") or ev0.summary))
        elif h == "X-WR-CALNAME":
            L.append("X-WR-CALNAME:%s" % esc(st.get("calname") or ev0.summary))
        elif h == "X-WR-TIMEZONE":
            L.append("X-WR-TIMEZONE:%s" % ev0.tz)
    if "method-late" in m.quirks:
        L.append("METHOD:%s" % m.method)
    dts = st.get("dt", "utc")
    escf = esc if st.get("esc") == "full" else esc_sloppy
    if st.get("tzblock") and dts == "tzid":
        tzs = []
        for e in m.events:
            if needs_tz(e, "tzid") and e.tz not in tzs:
                tzs.append(e.tz)
        for tz in tzs:
            L += vtimezone(tz, "minimal")
    uid_dom = m.sender["addr"].split("@")[1]
    for e in m.events:
        L.append("BEGIN:%s" % e.component)
        uf = st.get("uid", "auto")
        if "no-uid" not in m.quirks:
            if uf == "auto":
                uf = pick(rng, ["uuid", "hexdom", "num"])
            L.append("UID:%s" % {"uuid": uuid4(rng), "hexdom": "%s@%s" % (rstr(rng, 32, HEXL), uid_dom),
                                 "num": "%d-%d@%s" % (rng.randint(10 ** 5, 10 ** 8), rng.randint(1, 9999),
                                                      uid_dom)}[uf])
        if "no-dtstamp" not in m.quirks:
            L.append("DTSTAMP:%s" % ical_utc(m.dtstamp))
        dstyle = "tzid" if dts == "tzid-notz" else dts
        if e.component == "VTODO":
            L.append(dt_lines(e, dstyle, "DUE", d=e.due))
            if e.start:
                L.append(dt_lines(e, dstyle, "DTSTART"))
        else:
            L.append(dt_lines(e, dstyle, "DTSTART"))
            if e.end is not None:
                L.append(dt_lines(e, dstyle, "DTEND"))
        if e.rrule:
            L.append("RRULE:%s" % e.rrule)
        L.append("SUMMARY:%s" % escf(e.summary))
        if e.description:
            L.append("DESCRIPTION:%s" % escf(e.description))
        if e.alt_html:
            L.append("X-ALT-DESC;FMTTYPE=text/html:%s" % escf(e.alt_html))
        if e.location:
            L.append("LOCATION:%s" % escf(e.location))
        if e.geo:
            L.append("GEO:%s;%s" % e.geo)
        if e.url:
            L.append("URL%s:%s" % (";VALUE=URI" if rng.random() < 0.5 else "", e.url))
        for uri, ft, fn in e.attach:
            L.append("ATTACH;FMTTYPE=%s:%s" % (ft, uri) if ft else "ATTACH:%s" % uri)
        for uri, label, feat in e.conference:
            L.append("CONFERENCE;VALUE=URI;FEATURE=%s%s:%s" % (feat or "VIDEO", (";LABEL=%s" % pval(label)) if label
                                                                else "", uri))
        og = st.get("org", "CN")
        if e.organizer and og != "none":
            o = e.organizer
            if og == "MAILTO-CN":
                L.append("ORGANIZER;CN=%s:MAILTO:%s" % (o["name"] or o["addr"], o["addr"]))
            elif og == "plain":
                L.append("ORGANIZER:mailto:%s" % o["addr"])
            else:
                L.append("ORGANIZER;CN=%s:mailto:%s" % (pval(o["name"] or o["addr"]), o["addr"]))
        at = st.get("att", "cn-rsvp")
        if at != "none" and m.method != "PUBLISH":
            for a in e.attendees:
                p = a["p"]
                if at == "plain":
                    L.append("ATTENDEE:mailto:%s" % p["addr"])
                elif at == "cn":
                    L.append("ATTENDEE;CN=%s:mailto:%s" % (pval(p["name"] or p["addr"]), p["addr"]))
                else:
                    L.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s" % (
                        a["role"], a["partstat"], pval(p["name"] or p["addr"]), p["addr"]))
        if e.categories:
            L.append("CATEGORIES:%s" % e.categories)
        if e.klass:
            L.append("CLASS:%s" % e.klass)
        if e.priority is not None:
            L.append("PRIORITY:%d" % e.priority)
        L.append("STATUS:%s" % ("CANCELLED" if m.method == "CANCEL" else e.status))
        if st.get("seq", True):
            L.append("SEQUENCE:%d" % e.sequence)
        if e.transp and st.get("transp", True):
            L.append("TRANSP:%s" % e.transp)
        for name, params, val in e.extra:
            L.append(prop(name, val, params))
        for al in e.alarms:
            L += alarm_block(al)
        L.append("END:%s" % e.component)
    L.append("END:VCALENDAR")
    fold = st.get("fold", "octets")
    return cal_part_bytes(m, L, mode=fold if fold != "octets" else "octets")


def default_html(m):
    ev = m.ev
    lab = LABELS.get(m.lang, LABELS["en"])
    rows = "<tr><td><b>%s</b></td><td>%s</td></tr>" % (html_escape(lab[0]), html_escape(when_line(ev, m.lang)))
    if ev.location:
        rows += "<tr><td><b>%s</b></td><td>%s</td></tr>" % (html_escape(lab[1]), html_text(ev.location))
    return ("<html><head><meta charset=\"utf-8\"></head><body><h2>%s</h2><table>%s</table><p>%s</p></body></html>" %
            (html_escape(ev.summary), rows, html_text((ev.description or "").strip())))


def render_template(m, st):
    rng = m.rng
    ev = m.ev
    ics = gen_ics(m, st)
    if "lf-ics" in m.quirks and st.get("cal_cte") not in ("base64",):
        st = dict(st)
        st["cal_cte"] = "base64"
    html = m.html or default_html(m)
    txt = m.text if getattr(m, "text", None) else strip_html(html)
    cs = m.charset or "utf-8"
    if st.get("mailer") in ("python", "nodemailer", "dotnet", "symfony") or m.client == "booking":
        cs = "utf-8" if cs.lower() in ("us-ascii",) else cs
    cal_cte = st.get("cal_cte", "base64")
    if cal_cte == "7bit" and any(x > 127 for x in ics) and "7bit-8bit" not in m.quirks:
        cal_cte = "8bit" if rng.random() < 0.5 else "quoted-printable"
    calcs = m.cal_charset or "utf-8"
    fname = st.get("fname")
    ctype = st.get("cal_ctype", "text/calendar")
    if ctype == "text/calendar":
        cct = ct_cal(m, calcs, name=fname, order=pick(rng, ["cs-first", "meth-first"]))
    else:
        cct = '%s; name="%s"' % (ctype, fname or "invite.ics")
    if cal_cte == "base64" and "lf-ics" in m.quirks:
        import base64 as _b
        s = _b.b64encode(ics).decode()
        cal_body = "\n".join(s[i:i + 76] for i in range(0, len(s), 76))
        # bare LF between base64 lines inside a CRLF message is converted on the wire; keep CRLF on the
        # outside, the decoded calendar keeps its bare LF line ends
        cal_body = cal_body.replace("\n", "\r\n") + "\r\n"
        calpart = Part(cct, cal_body, "base64")
    else:
        calpart = Part(cct, ics, cal_cte)
    if fname and st.get("mime") not in ("cal-only",):
        disp = "attachment" if st.get("mime") in ("mixed-html-att", "mixed-text-att", "nodemailer") else "inline"
        calpart.headers.append(("Content-Disposition", '%s; filename="%s"' % (disp, fname)))
    mailer = st.get("mailer", "none")
    ms = int((m.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000)
    if mailer == "phpmailer":
        bnd = ["b1_%s" % rstr(rng, 32 if m.sent.year < 2020 else 43, ALNUM), "b2_%s" % rstr(rng, 32, ALNUM)]
    elif mailer == "python":
        bnd = ["===============%019d==" % rng.randint(10 ** 17, 10 ** 19 - 1),
               "===============%019d==" % rng.randint(10 ** 17, 10 ** 19 - 1)]
    elif mailer == "javamail":
        bnd = ["----=_Part_%d_%d.%d" % (i, rng.randint(10 ** 8, 2 * 10 ** 9), ms) for i in (0, 1)]
    elif mailer == "nodemailer":
        bnd = ["--_NmP-%s-Part_%d" % (rstr(rng, 16, HEXL), i) for i in (1, 2)]
    elif mailer == "dotnet":
        g = uuid4(rng)
        bnd = ["--boundary_%d_%s" % (i, g) for i in (0, 1)]
    elif mailer == "symfony":
        bnd = [rstr(rng, 8, ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in (0, 1)]
    elif mailer == "fakeoutlook":
        bnd = ["----=_NextPart_000_%s_01D%s.%s" % (rstr(rng, 4, HEXU), rstr(rng, 5, HEXU), rstr(rng, 8, HEXU)),
               "----=_NextPart_001_%s_01D%s.%s" % (rstr(rng, 4, HEXU), rstr(rng, 5, HEXU), rstr(rng, 8, HEXU))]
    else:
        bnd = ["=_%s" % rstr(rng, 32, HEXL), "=_%s" % rstr(rng, 32, HEXL)]
    if cs.lower() not in ("utf-8", "us-ascii"):
        html = html.replace('charset="utf-8"', 'charset="%s"' % cs).replace("charset=utf-8", "charset=%s" % cs)
    pyhdr = [("MIME-Version", "1.0")] if mailer == "python" else []
    tcte = "quoted-printable" if mailer not in ("python", "dotnet") else "base64"
    if mailer == "phpmailer" and rng.random() < 0.4:
        tcte = "8bit"
    ph = tpart(html, "html", cs, tcte, headers=list(pyhdr))
    pt = tpart(txt, "plain", cs, tcte, headers=list(pyhdr))
    if mailer == "python":
        calpart.headers = pyhdr + calpart.headers
    mime = st.get("mime")
    if mime == "alt-text-html-cal":
        root = Multi("alternative", bnd[0], [pt, ph, calpart])
    elif mime == "alt-html-cal":
        root = Multi("alternative", bnd[0], [ph, calpart])
    elif mime == "mixed-html-att":
        root = Multi("mixed", bnd[0], [Multi("alternative", bnd[1], [pt, ph]), calpart])
    elif mime == "mixed-text-att":
        root = Multi("mixed", bnd[0], [pt, calpart])
    elif mime == "nodemailer":
        att = Part('application/ics; name="%s"' % (fname or "invite.ics"), ics, "base64",
                   headers=[("Content-Disposition", 'attachment; filename="%s"' % (fname or "invite.ics"))])
        calpart.headers = [h for h in calpart.headers if h[0] != "Content-Disposition"]
        root = Multi("mixed", bnd[0], [Multi("alternative", bnd[1], [pt, ph, calpart]), att])
    elif mime == "cal-only":
        root = calpart
    else:
        root = Multi("mixed", bnd[0], [Multi("alternative", bnd[1], [pt, ph]), calpart])
    # files attached by the sender (pdf etc.)
    if m.files and isinstance(root, Multi):
        if root.subtype != "mixed":
            root = Multi("mixed", bnd[1] + "m", [root])
        for fn, ct, data in m.files:
            root.parts.append(Part('%s; name="%s"' % (ct, fn), data, "base64",
                                   headers=[("Content-Disposition", 'attachment; filename="%s"' % fn)]))
    subj = m.subject or subj_default(m)
    from_p = m.from_override if getattr(m, "from_override", None) else m.sender
    hcs = cs if cs.lower() not in ("us-ascii",) else "utf-8"
    hs = []
    if mailer == "phpmailer":
        hs += [("Date", hdr_date(m, padded=False)), ("To", to_header(m, hcs)), ("From", A(from_p, hcs))]
        if m.reply_to:
            hs.append(("Reply-To", A(m.reply_to)))
        hs += [("Subject", H(m, subj, "B", hcs)), ("Message-ID", "<%s@%s>" % (rstr(rng, 43, ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                                                                   m.sender["addr"].split("@")[1])),
               ("X-Mailer", "PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % pick(
                   rng, ["5.2.22", "5.2.27", "6.0.7", "6.1.8", "6.5.0", "6.8.1", "6.9.1"]
                   if m.sent.year >= 2019 else ["5.2.14", "5.2.16", "5.2.22"])), ("MIME-Version", "1.0")]
    elif mailer == "python":
        hs += [("Content-Type", root.ctype), ("MIME-Version", "1.0"), ("Subject", H(m, subj, "B", hcs)),
               ("From", A(from_p, hcs)), ("To", to_header(m, hcs))]
        if m.reply_to:
            hs.append(("Reply-To", A(m.reply_to)))
        hs += [("Date", hdr_date(m)),
               ("Message-ID", "<%d.%d.%d@%s>" % (int(ms // 1000), rng.randint(1000, 99999), rng.randint(10 ** 17,
                                                                                                      10 ** 18),
                                                 m.sender_host))]
    elif mailer == "dotnet":
        hs += [("MIME-Version", "1.0"), ("From", A(from_p, hcs, quote=True)), ("To", to_header(m, hcs, quote=True))]
        if m.reply_to:
            hs.append(("Reply-To", A(m.reply_to, quote=True)))
        hs += [("Date", hdr_date(m, padded=True)), ("Subject", H(m, subj, "B", hcs))]
    elif mailer == "nodemailer":
        hs += [("Content-Type", root.ctype), ("From", A(from_p, hcs)), ("To", to_header(m, hcs))]
        if m.reply_to:
            hs.append(("Reply-To", A(m.reply_to)))
        hs += [("Subject", H(m, subj, "B", hcs)), ("Message-ID", "<%s@%s>" % (uuid4(rng), m.sender["addr"].split("@")[1])),
               ("Date", hdr_date(m)), ("MIME-Version", "1.0")]
    elif mailer == "fakeoutlook":
        hs += [("From", A(from_p, hcs, quote=True)), ("To", to_header(m, hcs, quote=True)), ("Subject", H(m, subj, "B", hcs)),
               ("Date", hdr_date(m)), ("Message-ID", "<%s01%s$%s$%s$@%s>" % (
                   rstr(rng, 4, HEXL), rstr(rng, 6, HEXL), rstr(rng, 8, HEXL), rstr(rng, 8, HEXL),
                   m.sender["addr"].split("@")[1])), ("MIME-Version", "1.0"),
               ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + rb64(rng, 22) + "==")]
        if m.reply_to:
            hs.append(("Reply-To", A(m.reply_to)))
    else:
        hs += [("From", A(from_p, hcs)), ("To", to_header(m, hcs)), ("Subject", H(m, subj, "B", hcs)), ("Date", hdr_date(m))]
        if m.reply_to:
            hs.append(("Reply-To", A(m.reply_to)))
        hs += [("Message-ID", "<%s.%s@%s>" % (rstr(rng, 16, HEXL), rstr(rng, 8, HEXL), m.sender_host)),
               ("MIME-Version", "1.0")]
    if not any(h[0] == "Content-Type" for h in hs):
        hs.append(("Content-Type", root.ctype))
        if isinstance(root, Part):
            hs.append(("Content-Transfer-Encoding", root.cte))
    if m.xmailer:
        hs = [h for h in hs if h[0] != "X-Mailer"] + [("X-Mailer", m.xmailer)]
    return hs, root


def render_booking(m):
    st = dict(m.service.get("style") or PRESETS[m.service.get("preset", "ical4jweb")])
    if m.service.get("prodid"):
        st["prodid"] = m.service["prodid"]
    return render_template(m, st)


def render_handrolled(m):
    st = dict(PRESETS[m.preset])
    if m.service and m.service.get("prodid") and st.get("prodid"):
        st["prodid"] = m.service["prodid"]
    return render_template(m, st)


RENDERERS = {
    "google": render_google, "exchange": render_exchange, "outlook-desktop": render_outlook_desktop,
    "icloud": render_icloud, "apple-mail": render_apple_mail, "thunderbird": render_thunderbird,
    "evolution": render_evolution, "emclient": render_emclient, "proton": render_proton, "zoom": render_zoom,
    "nextcloud": render_nextcloud, "zimbra": render_zimbra, "yahoo": render_yahoo, "sogo": render_sogo,
    "booking": render_booking, "handrolled": render_handrolled,
}


def render(m):
    normalize(m)
    return RENDERERS[m.client](m)
