"""Renderers that reproduce the MIME layout, headers and iCalendar style of calendar clients."""
import datetime as dt
import base64

from . import ical as I
from . import tz as TZ
from . import chrome as C
from . import routes
from .loc import fmt_date, LANG_TAG
from .mime import part, part_h, multipart, pick_cte
from .transport import rfc2822
from .util import (rtok, rhex, rdig, ruuid, B64, ALNUM, LOWDIG, LOWER, hdr_text, addr, encoded_words,
                   html_escape, linkify_html, wrap_text, is_ascii, b64_lines, can_encode)

GOOGLE_PRODID = "-//Google Inc//Google Calendar 70.9054//EN"


# ----------------------------------------------------------------------------------------- helpers
def _t(lang, key):
    return C.G.get(lang, C.G["en"])[key]


def subj_prefix(lang, idx):
    return C.SUBJ.get(lang, C.SUBJ["en"])[idx]


def reply_subject(m, ev, lang):
    meth = method_of(m)
    if meth == "REPLY":
        who = [a for a in ev["attendees"] if a.get("replying")][0]
        return "%s: %s" % (subj_prefix(lang, {"ACCEPTED": 3, "DECLINED": 4, "TENTATIVE": 5}[who["partstat"]]), ev["summary"])
    if meth == "CANCEL":
        return "%s: %s" % (subj_prefix(lang, 2), ev["summary"])
    return None


def when_text(lang, ev, google=True):
    s, e, z = ev["start"], ev["end"], ev["zone"]
    if ev.get("allday"):
        d = fmt_date(lang, s, with_time=False)
        if (e - s).days > 1:
            d += " - " + fmt_date(lang, e - dt.timedelta(days=1), with_time=False)
        return d
    a = TZ.abbr(z, s)
    if lang == "en":
        h2 = e.hour % 12 or 12
        et = ("%d%s" % (h2, "am" if e.hour < 12 else "pm")) if e.minute == 0 else ("%d:%02d%s" % (h2, e.minute, "am" if e.hour < 12 else "pm"))
        return "%s - %s (%s)" % (fmt_date(lang, s), et, a)
    return "%s - %02d:%02d (%s)" % (fmt_date(lang, s), e.hour, e.minute, a)


def when_long(lang, ev):
    if ev.get("allday"):
        return when_text(lang, ev)
    return when_text(lang, ev).rsplit(" (", 1)[0] + " " + TZ.LONGNAME.get(ev["zone"], ev["zone"])


def mailto(e):
    return "mailto:" + e


def boundary_google(rng):
    return "000000000000" + rhex(rng, 16)


def att_name(a):
    return a.get("name") or a["email"]


def alarm_lines(ev, style):
    L = []
    for al in ev.get("alarms", []):
        if isinstance(al, int):
            al = {"min": al}
        mn = al.get("min", 15)
        act = al.get("action", "DISPLAY")
        desc = al.get("desc")
        if style == "google":
            h, mi = divmod(mn, 60)
            d, h = divmod(h, 24)
            L += ["BEGIN:VALARM", "ACTION:" + act, "DESCRIPTION:" + I.esc(desc or "This is an event reminder"),
                  "TRIGGER:-P%dDT%dH%dM0S" % (d, h, mi), "END:VALARM"]
        elif style == "outlook":
            L += ["BEGIN:VALARM", "DESCRIPTION:" + I.esc(desc or "REMINDER"), "TRIGGER;RELATED=START:" + I.trig(mn),
                  "ACTION:DISPLAY", "END:VALARM"]
        elif style == "apple":
            L += ["BEGIN:VALARM", "X-WR-ALARMUID:" + al.get("uid", "ALARM"), "UID:" + al.get("uid", "ALARM"),
                  "TRIGGER:" + I.trig(mn), "ATTACH;VALUE=URI:Chord", "ACTION:AUDIO", "END:VALARM"]
        elif style == "raw":
            L.append("BEGIN:VALARM")
            if al.get("abs"):
                L.append("TRIGGER;VALUE=DATE-TIME:" + al["abs"])
            else:
                L.append("TRIGGER:" + I.trig(mn))
            if al.get("repeat"):
                L += ["REPEAT:%d" % al["repeat"], "DURATION:" + al.get("duration", "PT15M")]
            L.append("ACTION:" + act)
            L.append("DESCRIPTION:" + I.esc(desc or "Reminder"))
            if act == "EMAIL":
                L.append("SUMMARY:" + I.esc(al.get("summary") or desc or "Reminder"))
                if al.get("to"):
                    L.append("ATTENDEE:mailto:" + al["to"])
            L.append("END:VALARM")
        else:
            L += ["BEGIN:VALARM", "ACTION:" + act, "TRIGGER;RELATED=START:" + I.trig(mn),
                  "DESCRIPTION:" + I.esc(desc or "Default Mozilla Description" if style == "lightning" else desc or "Reminder"),
                  "END:VALARM"]
    return L


def rrule_lines(ev):
    L = []
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    for x in ev.get("exdate", []):
        L.append("EXDATE;TZID=%s:%s" % (ev["zone"], I.loc(x)))
    return L


def method_of(m):
    return m.get("method") or "REQUEST"


def encode_ics(text, m, default_cte="7bit", rng=None):
    """Choose transfer encoding for a calendar part: 7bit when ASCII with short lines, else as preferred."""
    try:
        text.encode("ascii")
        long_lines = any(len(l) > 990 for l in text.split("\n"))
        return ("7bit" if not long_lines else "quoted-printable")
    except UnicodeEncodeError:
        return default_cte


def mk_text_part(rng, text, m, sub="plain", charset=None, cte=None, extra_ct="", prefs=("quoted-printable", "base64")):
    cs = charset or m.get("charset", "utf-8")
    if not can_encode(text, cs):
        cs = "utf-8"
    c = cte or pick_cte(rng, text, cs, prefs)
    if c == "7bit" and not is_ascii(text):
        c = "8bit"
    ctl = 'text/%s; charset="%s"%s' % (sub, cs, extra_ct)
    return part(ctl, text, cs, c)


def cal_part(text, method, cte, name=None, charset="UTF-8", ctype="text/calendar", disp=None, keep_lf=False,
             quote_cs=True, extra=None, method_param=True):
    params = []
    if ctype == "text/calendar":
        params.append('charset="%s"' % charset if quote_cs else "charset=%s" % charset)
        if method_param and method:
            params.append("method=%s" % method)
    if name:
        params.append('name="%s"' % name)
    ctl = ctype + "; " + "; ".join(params) if params else ctype
    ex = list(extra or [])
    if disp:
        ex.append(disp)
    return part(ctl, text, "utf-8", cte, extra=ex, keep_lf=keep_lf)


def fold_mode(m, default="octet"):
    return m.get("fold") or default


def attendee_line(a, style, lang=None):
    n = a.get("name")
    ps = a.get("partstat", "NEEDS-ACTION")
    role = a.get("role", "REQ-PARTICIPANT")
    rsvp = "TRUE" if a.get("rsvp", True) else "FALSE"
    e = a["email"]
    if style == "google":
        P = [("CUTYPE", a.get("cutype", "INDIVIDUAL")), ("ROLE", role), ("PARTSTAT", ps), ("RSVP", rsvp),
             ("CN", n or e), ("X-NUM-GUESTS", "0")]
    elif style == "outlook":
        P = [("ROLE", role), ("PARTSTAT", ps), ("RSVP", rsvp), ("CN", n or e)]
    elif style == "apple":
        P = [("CN", n or e), ("CUTYPE", "INDIVIDUAL"), ("EMAIL", e), ("PARTSTAT", ps), ("ROLE", role), ("RSVP", rsvp)]
        if a.get("organizer"):
            P = [("CN", n or e), ("CUTYPE", "INDIVIDUAL"), ("EMAIL", e), ("PARTSTAT", "ACCEPTED"), ("ROLE", "CHAIR")]
    elif style == "lightning":
        P = [("RSVP", rsvp), ("CN", n or e), ("PARTSTAT", ps), ("ROLE", role)]
    elif style == "sabre":
        P = [("CN", n or e), ("CUTYPE", "INDIVIDUAL"), ("PARTSTAT", ps), ("ROLE", role), ("RSVP", rsvp)]
        if lang:
            P.append(("LANGUAGE", lang))
    elif style == "zimbra":
        P = [("CN", n or e), ("ROLE", role), ("PARTSTAT", ps), ("RSVP", rsvp)]
    else:
        P = [("ROLE", role), ("PARTSTAT", ps), ("RSVP", rsvp)]
        if n:
            P.insert(0, ("CN", n))
    if not n and style in ("outlook", "zimbra", "lightning", "sabre", "raw"):
        P = [p for p in P if not (p[0] == "CN" and p[1] == e)]
    return I.prop("ATTENDEE", mailto(e), P)


def organizer_line(m, style):
    n, e = m["organizer"]
    if style == "apple":
        return I.prop("ORGANIZER", mailto(e), [("CN", n), ("EMAIL", e)])
    if style == "sent-by" and m.get("sent_by"):
        return I.prop("ORGANIZER", mailto(e), [("CN", n), ("SENT-BY", '"mailto:%s"' % m["sent_by"])])
    return I.prop("ORGANIZER", mailto(e), [("CN", n)] if n else None)


def attendees_for(m, ev, style, include_org=False):
    L = []
    if m.get("method") == "REPLY":
        for a in ev.get("attendees", []):
            if a.get("replying"):
                L.append(attendee_line(a, style))
        return L
    if include_org:
        n, e = m["organizer"]
        L.append(attendee_line({"name": n, "email": e, "partstat": "ACCEPTED", "role": "REQ-PARTICIPANT", "organizer": True,
                                "rsvp": True}, style))
    for a in ev.get("attendees", []):
        L.append(attendee_line(a, style, a.get("lang")))
    return L


def desc_with(ev, extra):
    d = ev.get("description") or ""
    return (d + ("\n\n" if d else "") + extra) if extra else d


def std_headers(m, date_off=None, tzname=None, extra_from=None):
    return []


def to_header(m, charset=None, enc=None, limit=None, names=True):
    tos = m.get("to") or [(m["rcpt"]["name"], m["rcpt"]["addr"])]
    if limit:
        tos = tos[:limit]
    enc = enc or m.get("hdr_enc", "B")
    cs0 = charset or m.get("hdr_charset", "utf-8")

    def one(n, e):
        cs = cs0 if (not n or can_encode(n, cs0)) else "utf-8"
        return addr(n, e, cs, enc)
    if names:
        return ",\n\t".join(one(n, e) for n, e in tos) if len(tos) > 2 else ", ".join(one(n, e) for n, e in tos)
    return ", ".join(e for _, e in tos)


def fmt_subject(text, m, enc=None, charset=None):
    cs = charset or m.get("hdr_charset", "utf-8")
    if not can_encode(text, cs):
        cs = "utf-8"
    return "Subject: " + hdr_text(text, cs, enc or m.get("hdr_enc", "B"))


def from_hdr(name, email_, m, charset=None, enc=None):
    cs = charset or m.get("hdr_charset", "utf-8")
    if name and not can_encode(name, cs):
        cs = "utf-8"
    return addr(name, email_, cs, enc or m.get("hdr_enc", "B"))


# ----------------------------------------------------------------------------------------- Google
def render_google(rng, m):
    lang = m["lang"]
    ev = m["ev"]
    meth = method_of(m)
    sn, se = m["sender"]["name"], m["sender"]["addr"]
    r = m["rcpt"]
    eid = base64.b64encode(("%s %s" % (ev["uid"].split("@")[0], r["addr"])).encode()).decode().rstrip("=")
    tok = rtok(rng, 44, ALNUM)
    ctz = ev["zone"].replace("/", "%2F")
    view = "https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0" % (eid, tok, ctz, lang if lang != "zh" else "zh_CN")
    meet = ev.get("meet")
    # subject
    wt = when_text(lang, ev)
    if meth == "CANCEL":
        subj = "%s: %s @ %s (%s)" % (subj_prefix(lang, 2), ev["summary"], wt, r["addr"])
    elif meth == "REPLY":
        who = [a for a in ev["attendees"] if a.get("replying")][0]
        idx = {"ACCEPTED": 3, "DECLINED": 4, "TENTATIVE": 5}[who["partstat"]]
        subj = "%s: %s @ %s (%s)" % (subj_prefix(lang, idx), ev["summary"], wt, r["addr"])
    else:
        subj = "%s: %s @ %s (%s)" % (subj_prefix(lang, 1 if ev.get("sequence", 0) > 0 else 0), ev["summary"], wt, r["addr"])
    if m.get("subject_override"):
        subj = m["subject_override"]
    # description in calendar
    d = ev.get("description") or ""
    if meet:
        sep = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
        block = "%s\n%s: %s\n" % (sep, _t(lang, "meet"), meet)
        if ev.get("meet_phone"):
            block += "Or dial: %s PIN: %s#\nMore phone numbers: https://tel.meet/%s?pin=%s\n" % (ev["meet_phone"], ev["meet_pin"], meet.rsplit("/", 1)[1], ev["meet_pin"])
        block += "\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n" + sep
        d = (d + "\n\n" if d else "") + block
    # ---- ics
    L = ["BEGIN:VCALENDAR", "PRODID:" + GOOGLE_PRODID, "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:" + meth]
    use_tz = bool(ev.get("rrule"))
    if use_tz and not ev.get("allday"):
        L += TZ.vtimezone(ev["zone"], "libical")
    L.append("BEGIN:VEVENT")
    mode = "tzid" if use_tz else "utc"
    L.append(I.dtline("DTSTART", ev["start"], ev["zone"], mode, allday=ev.get("allday")))
    L.append(I.dtline("DTEND", ev["end"], ev["zone"], mode, allday=ev.get("allday")))
    L += rrule_lines(ev)
    L.append("DTSTAMP:" + I.utc(ev["dtstamp"]))
    L.append(organizer_line(m, "google"))
    L.append("UID:" + ev["uid"])
    if meth == "REPLY":
        L += attendees_for(m, ev, "google")
    else:
        L += attendees_for(m, ev, "google", include_org=True)
    if meet:
        L.append("X-GOOGLE-CONFERENCE:" + meet)
    L.append("X-MICROSOFT-CDO-OWNERAPPTID:%d" % ev.get("owner_apptid", -rng.randint(10 ** 8, 2 * 10 ** 9)))
    if meth == "REPLY" and ev.get("comment"):
        L.append("COMMENT:" + I.esc(ev["comment"]))
    L.append("CREATED:" + I.utc(ev["created"]))
    L.append("DESCRIPTION:" + I.esc(d))
    L.append("LAST-MODIFIED:" + I.utc(ev["dtstamp"] - dt.timedelta(seconds=rng.randint(1, 59))))
    L.append("LOCATION:" + I.esc(ev.get("location") or ""))
    L.append("SEQUENCE:%d" % ev.get("sequence", 0))
    L.append("STATUS:" + ("CANCELLED" if meth == "CANCEL" else "CONFIRMED"))
    L.append("SUMMARY:" + I.esc(ev["summary"]))
    L.append("TRANSP:" + ev.get("transp", "OPAQUE"))
    for a in ev.get("attach", []):
        L.append(I.prop("ATTACH", a["uri"], [("FILENAME", a.get("filename")), ("FMTTYPE", a.get("fmttype"))]))
    if meth == "REQUEST":
        L += alarm_lines(ev, "google")
    L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = I.render(L, "octet")
    # ---- text
    g = C.G.get(lang, C.G["en"])
    if meth == "REPLY":
        who = [a for a in ev["attendees"] if a.get("replying")][0]
        key = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentative"}[who["partstat"]]
        head = g[key].format(who=who.get("name") or who["email"])
        if ev.get("comment"):
            head += '\n\n"%s"' % ev["comment"]
    elif meth == "CANCEL":
        head = g["canceled"]
    else:
        head = g["updated"] if ev.get("sequence", 0) > 0 else g["invited"]
    T = [head, "", "%s: %s" % (g["title"], ev["summary"])]
    if d and ev.get("description"):
        T += [ev["description"], ""]
    T += ["%s: %s" % (g["when"], when_long(lang, ev))]
    if meet:
        T += ["%s: %s" % (g["joining"], g["meet"]), meet, ""]
    if ev.get("location"):
        T += ["%s: %s" % (g["where"], ev["location"])]
    on, oe = m["organizer"]
    T += ["%s: %s" % (g["calendar"], r["addr"]), "%s:" % g["who"], "     * %s - %s" % (on or oe, g["organizer"])]
    for a in ev.get("attendees", [])[:40]:
        T.append("     * %s" % (a.get("name") or a["email"]))
    if len(ev.get("attendees", [])) > 40:
        T.append("     * ... (%d)" % len(ev["attendees"]))
    T += ["", "%s:  " % g["details"], view, "", "%s: https://calendar.google.com/calendar/" % g["footer"], ""]
    if meth == "REPLY":
        T += ["You are receiving this email at the account %s because you are subscribed for invitation replies on calendar %s." % (r["addr"], r["addr"]), "",
              "To stop receiving these emails, go to https://calendar.google.com/calendar/r/settings and change your notification settings for this calendar.", "",
              g["forwarding"]]
    else:
        T += [g["receiving"].format(email=r["addr"]), "", g["stop"], "", g["forwarding"]]
    text = "\n".join(T)
    # ---- html
    rsvp = "https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=RSTX&tok=%s&ctz=%s&hl=%s&es=0" % (eid, tok, ctz, lang)
    H = ['<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>' % html_escape(head),
         '<span itemprop="object" itemscope itemtype="http://schema.org/Event"><div style="">',
         '<table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%;font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td>',
         '<meta itemprop="eventStatus" content="http://schema.org/EventScheduled"/>',
         '<h4 style="padding:6px 0;margin:0 0 4px 0;font-family:Arial,Sans-serif;font-size:13px;line-height:1.4;border:1px Solid #fff;background:#fff;color:#090;font-weight:normal"><strong>%s</strong></h4>' % html_escape(head),
         '<div style="padding:2px"><span itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Google Calendar"/></span>',
         '<meta itemprop="eventId/googleCalendar" content="%s"/>' % ev["uid"].split("@")[0],
         '<h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222"><span itemprop="name">%s</span></h3>' % html_escape(ev["summary"]),
         '<table cellpadding="0" cellspacing="0" border="0" summary="Event details">']
    if ev.get("description"):
        H.append('<tr><td colspan="2" style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#222"><span itemprop="description">%s</span></td></tr>' % (ev["description"] if m.get("desc_is_html") else linkify_html(ev["description"])))
    H.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap;width:90px" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><time itemprop="startDate" datetime="%s"></time><time itemprop="endDate" datetime="%s"></time>%s</td></tr>' % (
        g["when"], I.utc(TZ.to_utc(ev["zone"], ev["start"])), I.utc(TZ.to_utc(ev["zone"], ev["end"])), html_escape(when_long(lang, ev))))
    if meet:
        H.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap;width:90px" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><a href="%s" style="color:#20c;white-space:nowrap">%s</a><div>%s</div></td></tr>' % (
            g["joining"], meet, g["meet"], meet.replace("https://", "")))
    if ev.get("location"):
        H.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap;width:90px" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><span itemprop="location" itemscope itemtype="http://schema.org/Place"><span itemprop="name" class="notranslate">%s</span><span dir="ltr"> (<a href="https://www.google.com/maps/search/%s?hl=%s" style="color:#20c;white-space:nowrap" target="_blank" itemprop="map">map</a>)</span></span></td></tr>' % (
            g["where"], html_escape(ev["location"]), html_escape(ev["location"].replace(" ", "+")), lang))
    H.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap;width:90px" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">%s</td></tr>' % (g["calendar"], r["addr"]))
    guests = "".join('<li><span class="notranslate">%s</span>%s</li>' % (html_escape(x), y) for x, y in
                     [(m["organizer"][0] or m["organizer"][1], '<span style="font-size:11px;color:#888"> - %s</span>' % g["organizer"])] +
                     [(a.get("name") or a["email"], "") for a in ev.get("attendees", [])[:40]])
    H.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap;width:90px" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><ul style="padding:0 0 0 14px;margin:0">%s</ul><a href="%s" style="color:#20c">%s</a></td></tr>' % (g["who"], guests, view.replace("action=VIEW", "action=VIEW&amp;guests=1").replace("&", "&amp;").replace("&amp;amp;", "&amp;"), g["guests"]))
    if ev.get("attach"):
        H.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap;width:90px" valign="top"><div><i style="font-style:normal">%s</i></div></td><td>%s</td></tr>' % (
            g["attach"], "".join('<div><a href="%s">%s</a></div>' % (html_escape(a["uri"]), html_escape(a.get("filename") or a["uri"])) for a in ev["attach"])))
    H.append('</table></div>')
    if meth == "REQUEST":
        H.append('<p style="color:#222;font-size:13px;margin:0"><span style="color:#888">%s<wbr>: </span><span class="notranslate">%s</span></p>' % (g["reply"].split("{")[0].strip(), r["addr"]))
        H.append('<table cellspacing="0" cellpadding="0" border="0"><tr>%s<td><a href="%s" style="color:#20c;font-size:13px">%s&nbsp;&raquo;</a></td></tr></table>' % (
            "".join('<td style="padding-right:6px"><a href="%s" style="color:#20c;font-size:13px">%s</a></td>' % (rsvp.replace("RSTX", str(i)).replace("&", "&amp;"), lbl) for i, lbl in ((1, g["yes"]), (3, g["maybe"]), (2, g["no"]))),
            view.replace("&", "&amp;"), g["more"]))
    H.append('</td></tr><tr><td style="background-color:#f6f6f6;color:#888;border-top:1px Solid #ccc;font-family:Arial,Sans-serif;font-size:11px"><p>%s <a href="https://calendar.google.com/calendar/" target="_blank" style="">Google Calendar</a></p><p>%s</p><p>%s</p><p>%s</p></td></tr></table></div></span></span>' % (
        html_escape(g["footer"].replace("Google Calendar", "").strip(": ")), html_escape(g["receiving"].format(email=r["addr"])), html_escape(g["stop"]), html_escape(g["forwarding"])))
    html = "\n".join(H)
    b1, b2 = boundary_google(rng), boundary_google(rng)
    alt = multipart(b2, [
        part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "utf-8", "base64"),
        part('text/html; charset="UTF-8"', html, "utf-8", "quoted-printable"),
        part('text/calendar; charset="UTF-8"; method=%s' % meth, ics, "utf-8", encode_ics(ics, m, "base64")),
    ])
    body = multipart(b1, [
        ('Content-Type: multipart/alternative; boundary="%s"\n\n' % b2).encode() + alt,
        part('application/ics; name="%s"' % ("invite.ics" if meth != "REPLY" else "invite.ics"), ics, "utf-8", "base64",
             extra=['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    hs = []
    if meth in ("REQUEST", "CANCEL"):
        hs.append("Reply-To: " + from_hdr(sn, se, m))
    hs += ["Sender: Google Calendar <calendar-notification@google.com>", "Auto-Submitted: auto-generated"]
    hs += ["Message-ID: <calendar-%s@google.com>" % ruuid(rng), "Date: " + rfc2822(m["sent"], 0), fmt_subject(subj, m),
           "From: " + from_hdr(sn, se, m), "To: " + r["addr"],
           'Content-Type: multipart/mixed; boundary="%s"' % b1]
    hs.insert(0, "MIME-Version: 1.0")
    route = routes.build(rng, m, "google")
    return hs, body, route


# ----------------------------------------------------------------------------------------- Outlook / Exchange
def outlook_uid(rng, t):
    ft = int((t.replace(tzinfo=dt.timezone.utc).timestamp() + 11644473600) * 10 ** 7)
    h = ft.to_bytes(8, "little").hex().upper()
    return "040000008200E00074C5B7101A82E00800000000" + h + "0000000000000000100000003" + rhex(rng, 31, upper=True)


def teams_block(rng, lang, ev):
    T = C.TEAMS.get(lang, C.TEAMS["en"])
    tid = "19%%3ameeting_%s%%40thread.v2" % rtok(rng, 48, ALNUM)
    tenant = ruuid(rng)
    oid = ruuid(rng)
    url = "https://teams.microsoft.com/l/meetup-join/%s/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (tid, tenant, oid)
    mid = "%d %d %d %d" % (rng.randint(200, 499), rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999))
    pc = rtok(rng, 6, ALNUM)
    line = "_" * 80
    txt = ("%s\n%s\n%s\n%s<%s>\n%s: %s\n%s: %s\n%s<https://www.microsoft.com/%s/microsoft-teams/download-app> | %s<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n%s<https://aka.ms/JoinTeamsMeeting> | %s<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=%s&messageId=0&language=%s>\n%s"
           % (line, T[0], T[1], T[2], url, T[3], mid, T[4], pc, T[5], LANG_TAG.get(lang, "en-us").lower(), T[6], T[7], T[8], oid, tenant, tid.replace("%3a", "_").replace("%40", "@"), LANG_TAG.get(lang, "en-US"), line))
    html = ('<div style="width:100%%;height:20px;"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">%s</span></div>'
            '<div class="me-email-text" lang="%s" style="color:#252424;font-family:\'Segoe UI\',\'Helvetica Neue\',Helvetica,Arial,sans-serif;">'
            '<div style="margin-top:24px;margin-bottom:20px;"><span style="font-size:24px;color:#252424">%s</span></div>'
            '<div style="margin-bottom:20px;"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">%s</span></div>'
            '<a class="me-email-headline" style="font-size:14px;font-family:\'Segoe UI Semibold\',\'Segoe UI\',\'Helvetica Neue\',Helvetica,Arial,sans-serif;text-decoration:underline;color:#6264a7;" href="%s" target="_blank" rel="noreferrer noopener">%s</a></div>'
            '<div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px"><span class="me-email-text-secondary" style="font-size:14px;color:#616161">%s: </span><span class="me-email-text" style="font-size:14px;color:#252424">%s</span><br><span class="me-email-text-secondary" style="font-size:14px;color:#616161">%s: </span><span class="me-email-text" style="font-size:14px;color:#252424">%s</span></div></div>'
            '<div style="margin-bottom:24px;max-width:532px;"><a href="https://www.microsoft.com/microsoft-teams/download-app" style="font-size:14px;color:#6264a7" target="_blank">%s</a> | <a href="https://www.microsoft.com/microsoft-teams/join-a-meeting" style="font-size:14px;color:#6264a7" target="_blank">%s</a></div>'
            '<div style="margin-top:24px;margin-bottom:6px;"><a href="https://aka.ms/JoinTeamsMeeting" class="me-email-link" style="font-size:14px;text-decoration:underline;color:#6264a7;">%s</a> | <a href="https://teams.microsoft.com/meetingOptions/?organizerId=%s&amp;tenantId=%s" style="font-size:14px;color:#6264a7">%s</a></div></div>'
            '<div style="width:100%%;height:20px;"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">%s</span></div>'
            % (line, LANG_TAG.get(lang, "en-US"), T[0], T[1], url, T[2], T[3], mid, T[4], pc, T[5], T[6], T[7], oid, tenant, T[8], line))
    return url, txt, html, tid, tenant, oid


def word_html(body_html, lang, extra="", charset="utf-8"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n%s</body>\n</html>\n'
            % (LANG_TAG.get(lang, "en-US"), body_html, extra))


def paras_html(text):
    out = []
    for ln in text.split("\n"):
        if ln.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % linkify_html(ln).replace("<br>\n", ""))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def render_outlook(rng, m):
    lang = m["lang"]
    ev = m["ev"]
    meth = method_of(m)
    s = m["sender"]
    r = m["rcpt"]
    variant = m.get("variant") or "exo"
    desktop = variant in ("desktop", "vps-desktop")
    teams = ev.get("teams")
    note = ev.get("description") or ""
    tb_txt = tb_html = None
    if teams and meth == "REQUEST":
        url, tb_txt, tb_html, tid, tenant, oid = teams_block(rng, lang, ev)
        ev.setdefault("location", "Microsoft Teams Meeting" if lang == "en" else C.TEAMS.get(lang, C.TEAMS["en"])[0])
    text = note + (("\n\n" if note else "") + tb_txt + "\n" if tb_txt else "\n")
    if meth == "REPLY":
        text = ev.get("comment") or ""
    elif meth == "CANCEL" and not note:
        text = ""
    html_inner = paras_html(note) + ("\n" + tb_html if tb_html else "")
    hcs = m.get("charset", "utf-8")
    html = word_html(html_inner, lang, charset=hcs)
    if not can_encode(html, hcs):
        hcs = "utf-8"
        html = word_html(html_inner, lang)
    # ---- calendar
    L = ["BEGIN:VCALENDAR"]
    if desktop:
        L += ["PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:" + meth,
              "X-MS-OLK-FORCEINSPECTOROPEN:TRUE"]
    else:
        L += ["METHOD:" + meth, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    tzid = TZ.winname(ev["zone"])
    if not ev.get("allday") or True:
        L += TZ.vtimezone(ev["zone"], "outlook")
    L.append("BEGIN:VEVENT")
    lt = LANG_TAG.get(lang, "en-US")
    uid = ev.get("ms_uid") or outlook_uid(rng, ev["created"])
    dmode = "tzid"
    if desktop:
        # alphabetical property order of Outlook's MIMEDIR writer
        P = []
        if meth != "REPLY":
            P += attendees_for(m, ev, "outlook")
        else:
            P += attendees_for(m, ev, "outlook")
        P.append("CLASS:" + ev.get("cls", "PUBLIC"))
        P.append("CREATED:" + I.utc(ev["created"]))
        P.append(I.prop("DESCRIPTION", I.esc(text.replace("\n", "\n")))) if text else None
        P.append(I.dtline("DTEND", ev["end"], ev["zone"], dmode, tzid=tzid, allday=ev.get("allday")))
        P.append("DTSTAMP:" + I.utc(ev["dtstamp"]))
        P.append(I.dtline("DTSTART", ev["start"], ev["zone"], dmode, tzid=tzid, allday=ev.get("allday")))
        P.append("LAST-MODIFIED:" + I.utc(ev["dtstamp"]))
        if ev.get("location"):
            P.append("LOCATION:" + I.esc(ev["location"]))
        P.append(organizer_line(m, "outlook"))
        P.append("PRIORITY:%d" % ev.get("priority", 5))
        P += rrule_lines(ev)
        P.append("SEQUENCE:%d" % ev.get("sequence", 0))
        P.append(I.prop("SUMMARY", I.esc(ev["summary"]), [("LANGUAGE", lang if lang != "zh-TW" else "zh-tw")]))
        P.append("TRANSP:" + ev.get("transp", "OPAQUE"))
        P.append("UID:" + uid)
        xalt = ev.get("xalt")
        if xalt is None and note and rng.random() < 0.7:
            xalt = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" CONTENT="MS Exchange Server version rmj.rmm.rup.rpr">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n<!-- Converted from text/rtf format -->\n\n' + "".join('<P DIR=LTR><SPAN LANG="%s"><FONT FACE="Calibri">%s</FONT></SPAN></P>\n' % (lt, html_escape(x)) for x in note.split("\n") if x.strip()) + "\n</BODY>\n</HTML>"
        if xalt:
            P.append(I.prop("X-ALT-DESC", I.esc(xalt), [("FMTTYPE", "text/html")]))
        P += ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MS-OLK-AUTOFILLLOCATION:FALSE", "X-MS-OLK-CONFTYPE:0"]
        P = [p for p in P if p]
        L += P
        if meth == "REQUEST" and ev.get("alarms", [15]):
            L += alarm_lines(ev if ev.get("alarms") else dict(ev, alarms=[15]), "outlook")
    else:
        if meth == "REPLY":
            L.append(organizer_line(m, "outlook"))
            L += attendees_for(m, ev, "outlook")
            if ev.get("comment"):
                L.append(I.prop("COMMENT", I.esc(ev["comment"]), [("LANGUAGE", lt)]))
        else:
            L.append(organizer_line(m, "sent-by" if m.get("sent_by") else "outlook"))
            L += attendees_for(m, ev, "outlook")
            L.append(I.prop("DESCRIPTION", I.esc(text), [("LANGUAGE", lt)]))
        L += rrule_lines(ev)
        L.append("UID:" + uid)
        if ev.get("recurrence_id"):
            L.append("RECURRENCE-ID;TZID=%s:%s" % (I.pval(tzid), I.loc(ev["recurrence_id"])))
        L.append(I.prop("SUMMARY", I.esc(ev["summary"]), [("LANGUAGE", lt)]))
        L.append(I.dtline("DTSTART", ev["start"], ev["zone"], dmode, tzid=tzid, allday=ev.get("allday")))
        L.append(I.dtline("DTEND", ev["end"], ev["zone"], dmode, tzid=tzid, allday=ev.get("allday")))
        L += ["CLASS:" + ev.get("cls", "PUBLIC"), "PRIORITY:%d" % ev.get("priority", 5), "DTSTAMP:" + I.utc(ev["dtstamp"]),
              "TRANSP:" + ev.get("transp", "OPAQUE"), "STATUS:" + ("CANCELLED" if meth == "CANCEL" else "CONFIRMED"),
              "SEQUENCE:%d" % ev.get("sequence", 0)]
        if meth != "REPLY":
            L.append(I.prop("LOCATION", I.esc(ev.get("location") or ""), [("LANGUAGE", lt)]))
        L += ["X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % ev.get("sequence", 0),
              "X-MICROSOFT-CDO-OWNERAPPTID:%d" % ev.get("owner_apptid", rng.randint(-2 ** 31, 2 ** 31)),
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if meth == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if meth == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if ev.get("allday") else "FALSE"),
              "X-MICROSOFT-CDO-IMPORTANCE:%d" % ev.get("importance", 1),
              "X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if ev.get("rrule") else 0)]
        if teams and meth == "REQUEST":
            L += ["X-MICROSOFT-SKYPETEAMSMEETINGURL:" + url,
                  'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"%s"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % tid.replace("%3a", ":").replace("%40", "@"),
                  "X-MICROSOFT-ONLINEMEETINGCONFLINK:", "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:"]
        else:
            L += ["X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:", "X-MICROSOFT-ONLINEMEETINGCONFLINK:"]
        L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
        if ev.get("location") and meth == "REQUEST":
            L.append('X-MICROSOFT-LOCATIONS:[{"DisplayName":"%s"\\,"LocationAnnotation":""\\,"LocationSource":0\\,"Unresolved":false\\,"LocationUri":""}]' % I.esc(ev["location"]).replace('"', '\\"'))
        if meth == "REQUEST":
            L += alarm_lines(ev if ev.get("alarms") else dict(ev, alarms=[15]), "outlook")
    L += ["END:VEVENT", "END:VCALENDAR"]
    ics = I.render(L, fold_mode(m, "octet"))
    # ---- subject
    subj = m.get("subject") or ev["summary"]
    if meth == "REPLY":
        who = [a for a in ev["attendees"] if a.get("replying")][0]
        R = C.OUTLOOK_REPLY.get(lang, C.OUTLOOK_REPLY["en"])
        subj = "%s: %s" % ({"ACCEPTED": R[0], "DECLINED": R[1], "TENTATIVE": R[2]}[who["partstat"]], ev["summary"])
    elif meth == "CANCEL":
        subj = "%s: %s" % (C.OUTLOOK_REPLY.get(lang, C.OUTLOOK_REPLY["en"])[3], ev["summary"])
    elif meth == "COUNTER":
        subj = "%s: %s" % (C.OUTLOOK_REPLY.get(lang, C.OUTLOOK_REPLY["en"])[4], ev["summary"])
    # ---- mime
    sent = m["sent"]
    if desktop:
        tdx = "%08X" % rng.getrandbits(32)
        bnd = "----=_NextPart_000_%04X_01DA%04X.%s" % (rng.randint(0, 0xffff), rng.randint(0, 0xffff), tdx)
    else:
        bnd = None
    cs = m.get("charset", "utf-8")
    textcte = "base64" if not desktop else ("quoted-printable" if cs == "utf-8" or rng.random() < 0.6 else "8bit")
    parts = [mk_text_part(rng, text or " ", m, "plain", cte=textcte if not is_ascii(text) else "7bit"),
             part('text/html; charset="%s"' % hcs, html, hcs, ("base64" if not desktop else "quoted-printable") if hcs.lower() != "iso-2022-jp" else "7bit"),
             part('text/calendar; charset="utf-8"; method=%s' % meth, ics, "utf-8", "base64" if not desktop else encode_ics(ics, m, "quoted-printable"))]
    site, prdfmt = rng.choice([("AM", "eurprd%02d"), ("DB", "eurprd%02d"), ("VI", "eurprd%02d"), ("PA", "eurprd%02d"), ("DU", "eurprd%02d"),
                               ("BN", "namprd%02d"), ("CY", "namprd%02d"), ("SJ", "namprd%02d"), ("DM", "namprd%02d"), ("MW", "namprd%02d"),
                               ("SG", "apcprd%02d"), ("TY", "apcprd%02d"), ("PU", "apcprd%02d")])
    srvname = "%s%dPR%02dMB%d" % (site, rng.randint(0, 9), rng.randint(1, 20), rng.randint(1000, 9999))
    prd = prdfmt % rng.randint(1, 9 if prdfmt.startswith("eur") else 20)
    m["exo_srv"] = "%s.%s.prod.outlook.com" % (srvname, prd)
    if not desktop:
        mid_long = "%s%s" % (srvname, rhex(rng, 24, upper=True))
        bnd = "_000_%s%s%s_" % (mid_long, srvname, prd[:4])
    if m.get("mso_attach"):
        # Outlook puts attachments of a meeting request as MIME parts after the alternative
        inner = multipart(bnd, parts)
        b2 = "_004_" + bnd[5:]
        outer_parts = [('Content-Type: multipart/alternative;\n\tboundary="%s"\n\n' % bnd).encode() + inner]
        for a in m["mso_attach"]:
            outer_parts.append(part('%s; name="%s"' % (a["ctype"], a["filename"]), None, None, "base64",
                                    extra=['Content-Description: %s' % a["filename"], 'Content-Disposition: attachment; filename="%s"; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"' % (a["filename"], len(a["data"]), rfc2822(sent, 0), rfc2822(sent, 0))],
                                    raw=b64_lines(a["data"]).encode()))
        body = multipart(b2, outer_parts)
        ctype = 'multipart/mixed;\n\tboundary="%s"' % b2
        has_att = "yes"
    else:
        body = multipart(bnd, parts)
        ctype = 'multipart/alternative;\n\tboundary="%s"' % bnd
        has_att = ""
    fname, femail = s["name"], s["addr"]
    if m.get("sent_by"):
        pass
    hs = ["From: " + from_hdr(fname, femail, m), "To: " + to_header(m)]
    if m.get("cc"):
        hs.append("CC: " + ", ".join(from_hdr(n, e, m) for n, e in m["cc"]))
    hs.append(fmt_subject(subj, m))
    if not desktop:
        hs.append("Thread-Topic: " + hdr_text(ev["summary"], "utf-8"))
    hs.append("Thread-Index: " + rtok(rng, 6, ALNUM) + rtok(rng, 24, B64) + "==")
    off = m["off"] if desktop else 0
    hs.append("Date: " + rfc2822(sent, off))
    if desktop:
        hs.append("Message-ID: <%s$%s$%s$@%s>" % (rhex(rng, 12), rhex(rng, 8), rhex(rng, 8), s["domain"]))
        hs += ["MIME-Version: 1.0", "Content-Type: " + ctype, "X-Mailer: Microsoft Outlook 16.0", "Content-Language: " + lt.lower()]
    else:
        hs.append("Message-ID:\n <%s@%s>" % (mid_long, m["exo_srv"]))
        hs += ["Accept-Language: %s, en-US" % lt if lt != "en-US" else "Accept-Language: en-US",
               "Content-Language: " + lt, "X-MS-Has-Attach: " + has_att, "X-MS-TNEF-Correlator:"]
        if variant != "onprem":
            hs += ["msip_labels:", "x-ms-exchange-calendar-series-instance-id: " + rtok(rng, 60, B64) + "==",
                   "x-ms-publictraffictype: Email", "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (srvname, srvname),
                   "x-ms-office365-filtering-correlation-id: " + ruuid(rng),
                   "x-microsoft-antispam: BCL:0;ARA:13230031|1800799015|366007|376005|38070700009;"]
        hs += ["Content-Type: " + ctype, "MIME-Version: 1.0"]
        if variant != "onprem":
            hs += ["X-OriginatorOrg: " + s["domain"],
                   "X-MS-Exchange-CrossTenant-originalarrivaltime: %s" % sent.strftime("%d %b %Y %H:%M:%S.") + "%04d (UTC)" % rng.randint(0, 9999),
                   "X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
                   "X-MS-Exchange-CrossTenant-id: " + ruuid(rng),
                   "X-MS-Exchange-Transport-CrossTenantHeadersStamped: " + srvname]
    infra = m.get("infra") or ("outlookcom" if s["kind"] == "free" else "exo")
    route = routes.build(rng, m, infra)
    return hs, body, route


# ----------------------------------------------------------------------------------------- Apple
def render_apple(rng, m):
    lang = m["lang"]
    ev = m["ev"]
    meth = method_of(m)
    s = m["sender"]
    r = m["rcpt"]
    server = m.get("variant") == "server"
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:" + meth]
    if server:
        L.insert(2, "PRODID:-//CALENDARSERVER.ORG//NONSGML Version 1//EN")
    else:
        yv = m["sent"].year
        osv = m.get("apple_os") or rng.choice({2016: ["Mac OS X 10.11.6", "iPhone OS 10.1.1"], 2017: ["Mac OS X 10.12.6", "iPhone OS 11.1"],
                                               2018: ["Mac OS X 10.13.6", "iPhone OS 12.0.1"], 2019: ["Mac OS X 10.14.6", "iPhone OS 13.2"],
                                               2020: ["Mac OS X 10.15.7", "iPhone OS 14.2"], 2021: ["macOS 11.6", "iPhone OS 15.1"],
                                               2022: ["macOS 12.6", "iPhone OS 16.1"], 2023: ["macOS 13.6.3", "iPhone OS 17.1"],
                                               2024: ["macOS 14.4.1", "iPhone OS 17.4.1"]}.get(yv, ["macOS 15.1", "iPhone OS 18.1"]))
        m["apple_os"] = osv
        L.insert(1, "PRODID:-//Apple Inc.//%s//EN" % osv)
        L.insert(3, "CALSCALE:GREGORIAN")
    if not ev.get("allday"):
        L += TZ.vtimezone(ev["zone"], "apple", lang)
    L.append("BEGIN:VEVENT")
    if server:
        L.append("UID:" + ev["uid"])
        L.append(I.dtline("DTSTART", ev["start"], ev["zone"], "tzid", allday=ev.get("allday")))
        L.append(I.dtline("DTEND", ev["end"], ev["zone"], "tzid", allday=ev.get("allday")))
        L += rrule_lines(ev)
        L += attendees_for(m, ev, "apple", include_org=meth != "REPLY")
        L.append("CREATED:" + I.utc(ev["created"]))
        if ev.get("description"):
            L.append("DESCRIPTION:" + I.esc(ev["description"]))
        L.append("DTSTAMP:" + I.utc(ev["dtstamp"]))
        if ev.get("location"):
            L.append("LOCATION:" + I.esc(ev["location"]))
        L.append(organizer_line(m, "apple"))
        L.append("SEQUENCE:%d" % ev.get("sequence", 0))
        if meth == "CANCEL":
            L.append("STATUS:CANCELLED")
        L.append("SUMMARY:" + I.esc(ev["summary"]))
        L.append("TRANSP:OPAQUE")
        if ev.get("url"):
            L.append("URL;VALUE=URI:" + ev["url"])
        L.append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
        if ev.get("location") and rng.random() < 0.3:
            L.append('X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="%s";X-APPLE-RADIUS=70;X-TITLE="%s":geo:%.6f,%.6f' % (
                ev["location"].replace('"', "'"), ev["location"].split(",")[0].replace('"', "'"), rng.uniform(-40, 60), rng.uniform(-120, 140)))
    else:
        L.append("CREATED:" + I.utc(ev["created"]))
        L.append("UID:" + ev["uid"])
        L += rrule_lines(ev)
        L.append(I.dtline("DTEND", ev["end"], ev["zone"], "tzid", allday=ev.get("allday")))
        L.append("TRANSP:OPAQUE")
        L.append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
        L.append("SUMMARY:" + I.esc(ev["summary"]))
        if ev.get("location"):
            L.append("LOCATION:" + I.esc(ev["location"]))
        L.append(I.dtline("DTSTART", ev["start"], ev["zone"], "tzid", allday=ev.get("allday")))
        L.append("DTSTAMP:" + I.utc(ev["dtstamp"]))
        L.append(organizer_line(m, "apple"))
        L += attendees_for(m, ev, "apple", include_org=meth != "REPLY")
        L.append("SEQUENCE:%d" % ev.get("sequence", 0))
        if ev.get("url"):
            L.append("URL;VALUE=URI:" + ev["url"])
        if ev.get("description"):
            L.append("DESCRIPTION:" + I.esc(ev["description"]))
    for a in ev.get("attach", []):
        L.append(I.prop("ATTACH", a["uri"], [("FILENAME", a.get("filename")), ("FMTTYPE", a.get("fmttype")),
                                             ("MANAGED-ID", a.get("managed")), ("SIZE", a.get("size"))]))
    if meth == "REQUEST":
        als = ev.get("alarms") or []
        L += alarm_lines(dict(ev, alarms=[dict(min=(a if isinstance(a, int) else a.get("min", 15)), uid=ruuid(rng, True)) for a in als]), "apple")
    L += ["END:VEVENT", "END:VCALENDAR"]
    ics = I.render(L, fold_mode(m, "octet"))
    if server:
        # iCloud web-generated mail
        name = s["name"]
        url = "https://www.icloud.com/calendar/?invite=%s" % rtok(rng, 40, ALNUM)
        head = {"en": "%s has invited you to “%s”" , "de": "%s hat dich zu „%s“ eingeladen", "fr": "%s vous a invité(e) à « %s »",
                "es": "%s te ha invitado a “%s”", "ja": "%sさんから「%s」に招待されました", "zh": "%s邀请您参加“%s”",
                "ko": "%s님이 '%s'에 초대했습니다", "it": "%s ti ha invitato a “%s”", "pt": "%s convidou você para “%s”"}.get(lang, "%s has invited you to “%s”") % (name, ev["summary"])
        txt = "%s\n\n%s\n%s\n%s\n\n%s\n\n%s: %s\n" % (head, ev["summary"], when_long(lang, ev), ev.get("location") or "", ev.get("description") or "",
                                                 "Accept / Decline / Maybe" if lang == "en" else "RSVP", url)
        html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0;padding:0;font-family:-apple-system,Helvetica Neue,Helvetica,Arial,sans-serif;">'
                '<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center"><table width="540" cellpadding="0" cellspacing="0">'
                '<tr><td style="padding:32px 0 8px;font-size:21px;font-weight:600;color:#111">%s</td></tr>'
                '<tr><td style="font-size:17px;color:#333;padding:4px 0">%s</td></tr><tr><td style="font-size:14px;color:#666">%s</td></tr>'
                '<tr><td style="font-size:14px;color:#666">%s</td></tr><tr><td style="font-size:14px;color:#333;padding:12px 0">%s</td></tr>'
                '<tr><td style="padding:16px 0"><a href="%s&amp;rsvp=accept" style="color:#0070c9">Accept</a> &nbsp; <a href="%s&amp;rsvp=maybe" style="color:#0070c9">Maybe</a> &nbsp; <a href="%s&amp;rsvp=decline" style="color:#0070c9">Decline</a></td></tr>'
                '<tr><td style="font-size:11px;color:#888;padding:24px 0">iCloud is a service provided by Apple. <a href="https://www.apple.com/legal/privacy/" style="color:#888">Privacy Policy</a></td></tr>'
                '</table></td></tr></table></body></html>' % (html_escape(head), html_escape(ev["summary"]), html_escape(when_long(lang, ev)),
                                                              html_escape(ev.get("location") or ""), linkify_html(ev.get("description") or ""), url, url, url))
        b1 = "Apple-Mail=_%s" % ruuid(rng, True)
        b2 = "Apple-Mail=_%s" % ruuid(rng, True)
        alt = multipart(b2, [part('text/plain; charset="utf-8"', txt, "utf-8", "quoted-printable"),
                             part('text/html; charset="utf-8"', html, "utf-8", "quoted-printable")])
        body = multipart(b1, [('Content-Type: multipart/alternative; boundary="%s"\n\n' % b2).encode() + alt,
                              cal_part(ics, meth, "base64", name="invite.ics", disp='Content-Disposition: attachment; filename="invite.ics"')])
        subj = m.get("subject") or reply_subject(m, ev, lang) or ({"en": "Invitation from %s: %s", "de": "Einladung von %s: %s", "fr": "Invitation de %s : %s",
                                     "es": "Invitación de %s: %s", "ja": "%sさんからの招待: %s", "zh": "来自 %s 的邀请：%s", "ko": "%s님의 초대: %s",
                                     "it": "Invito da %s: %s", "pt": "Convite de %s: %s"}.get(lang, "Invitation from %s: %s") % (name, ev["summary"]))
        hs = ["From: " + from_hdr(name, "noreply@email.apple.com", m), "Reply-To: " + from_hdr(name, s["addr"], m),
              "To: " + r["addr"], fmt_subject(subj, m), "Date: " + rfc2822(m["sent"], 0),
              "Message-ID: <%s@email.apple.com>" % ruuid(rng, True), "MIME-Version: 1.0",
              'Content-Type: multipart/mixed; boundary="%s"' % b1, "X-Apple-Action: Calendar-Invitation"]
        route = routes.build(rng, m, "icloud")
        return hs, body, route
    # Calendar.app sends through Mail
    note = {"en": "", "de": "", "fr": ""}.get(lang, "")
    txt = ev.get("mailnote") or note
    b1 = "Apple-Mail=_%s" % ruuid(rng, True)
    subj = m.get("subject") or reply_subject(m, ev, lang) or ev["summary"]
    parts = []
    if txt:
        parts.append(mk_text_part(rng, txt, m, "plain"))
    parts.append(cal_part(ics, meth, encode_ics(ics, m, "quoted-printable") if rng.random() < 0.5 else "base64",
                          name="iCal-%s.ics" % m["sent"].strftime("%Y%m%d-%H%M%S"), quote_cs=False,
                          disp='Content-Disposition: attachment;\n\tfilename=iCal-%s.ics' % m["sent"].strftime("%Y%m%d-%H%M%S")))
    body = multipart(b1, parts)
    ver = {2016: "3251", 2017: "3273", 2018: "3445.9.1", 2019: "3445.104.11", 2020: "3608.120.23.2.4", 2021: "3654.120.0.1.13",
           2022: "3696.120.41.1.1", 2023: "3731.700.6", 2024: "3774.500.171.1.1"}.get(m["sent"].year, "3826.200.121")
    ios = "iPhone" in m.get("apple_os", "") if m.get("apple_os") else rng.random() < 0.3
    hs = ["From: " + from_hdr(s["name"], s["addr"], m), 'Content-Type: multipart/mixed;\n\tboundary="%s"' % b1,
          "Mime-Version: 1.0 (%s)" % ("1.0" if ios else "Mac OS X Mail 16.0 \\(%s\\)" % ver),
          fmt_subject(subj, m), "Date: " + rfc2822(m["sent"], m["off"]),
          "Message-Id: <%s@%s>" % (ruuid(rng, True), s["domain"]), "To: " + to_header(m),
          "X-Mailer: " + ("iPhone Mail (%s)" % {2016: "14B100", 2017: "15B93", 2018: "16A404", 2019: "17B84", 2020: "18B92", 2021: "19B74",
                                                  2022: "20B82", 2023: "21B74", 2024: "21E236"}.get(m["sent"].year, "22B83") if ios else "Apple Mail (2.%s)" % ver)]
    if hs[2].startswith("Mime-Version: 1.0 (1.0)"):
        hs[2] = "Mime-Version: 1.0 (1.0)"
    infra = m.get("infra") or "icloudsmtp"
    route = routes.build(rng, m, infra)
    return hs, body, route


# ----------------------------------------------------------------------------------------- Thunderbird
def render_thunderbird(rng, m):
    lang = m["lang"]
    ev = m["ev"]
    meth = method_of(m)
    s = m["sender"]
    r = m["rcpt"]
    T = C.THUNDER.get(lang, C.THUNDER["en"])
    comp = ev.get("component", "VEVENT")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0", "METHOD:" + meth]
    modern = m["sent"].year >= 2022
    if not ev.get("allday"):
        L += TZ.vtimezone(ev["zone"], "lightning" if modern else "libical", year=ev["start"].year)
    L.append("BEGIN:" + comp)
    L.append("CREATED:" + I.utc(ev["created"]))
    L.append("LAST-MODIFIED:" + I.utc(ev["dtstamp"]))
    L.append("DTSTAMP:" + I.utc(ev["dtstamp"]))
    L.append("UID:" + ev["uid"])
    L.append("SUMMARY:" + I.esc(ev["summary"]))
    L.append(organizer_line(m, "lightning"))
    L += attendees_for(m, ev, "lightning")
    L += rrule_lines(ev)
    if comp == "VTODO":
        L.append(I.dtline("DTSTART", ev["start"], ev["zone"], "tzid", allday=ev.get("allday")))
        L.append(I.dtline("DUE", ev["end"], ev["zone"], "tzid", allday=ev.get("allday")))
        L.append("STATUS:NEEDS-ACTION")
        L.append("PERCENT-COMPLETE:0")
    else:
        L.append(I.dtline("DTSTART", ev["start"], ev["zone"], "tzid", allday=ev.get("allday")))
        L.append(I.dtline("DTEND", ev["end"], ev["zone"], "tzid", allday=ev.get("allday")))
        if meth == "CANCEL":
            L.append("STATUS:CANCELLED")
        L.append("TRANSP:" + ev.get("transp", "OPAQUE"))
    if ev.get("location"):
        L.append("LOCATION:" + I.esc(ev["location"]))
    if ev.get("description"):
        L.append("DESCRIPTION:" + I.esc(ev["description"]))
    if ev.get("url"):
        L.append("URL:" + ev["url"])
    for a in ev.get("attach", []):
        L.append(I.prop("ATTACH", a["uri"], [("FILENAME", a.get("filename")), ("FMTTYPE", a.get("fmttype"))]))
    if ev.get("categories"):
        L.append("CATEGORIES:" + ",".join(ev["categories"]))
    L.append("SEQUENCE:%d" % ev.get("sequence", 0))
    L.append("X-MOZ-SEND-INVITATIONS:TRUE")
    L.append("X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE")
    if ev.get("alarms"):
        L.append("X-MOZ-GENERATION:%d" % rng.randint(1, 4))
        L += alarm_lines(ev, "lightning")
    L += ["END:" + comp, "END:VCALENDAR"]
    ics = I.render(L, fold_mode(m, "octet"))
    # text
    att_s = ", ".join((a.get("name") + " <%s>" % a["email"]) if a.get("name") else a["email"] for a in ev.get("attendees", [])[:30])
    txt = "%s\n\n%s: %s\n%s: %s\n%s: %s\n%s: %s\n" % (T[6], T[1], when_long(lang, ev), T[2], ev.get("location") or "", T[3],
                                                      (s["name"] + " <%s>" % s["addr"]) if s["name"] else s["addr"], T[4], att_s)
    if ev.get("description"):
        txt += "\n%s:\n%s\n" % (T[5], ev["description"])
    if ev.get("mailnote"):
        txt = ev["mailnote"] + "\n\n" + txt
    b1 = "------------" + rtok(rng, 24, ALNUM)
    b2 = "------------" + rtok(rng, 24, ALNUM)
    cs = m.get("charset", "utf-8")
    txtcte = "8bit" if not is_ascii(txt) else "7bit"
    if not can_encode(txt, cs):
        cs = "utf-8"
    calcte = "8bit" if not is_ascii(ics) else "7bit"
    if rng.random() < 0.3:
        calcte = "base64" if calcte == "8bit" else calcte
    alt = multipart(b2, [part("text/plain; charset=%s" % cs.upper() if cs.lower() == "utf-8" else "text/plain; charset=%s" % cs, txt, cs, txtcte),
                         part("text/calendar; method=%s; charset=UTF-8" % meth, ics, "utf-8", calcte)])
    body = multipart(b1, [('Content-Type: multipart/alternative;\n boundary="%s"\n\n' % b2).encode() + alt,
                          part('application/ics; name="invite.ics"', ics, "utf-8", "base64",
                               extra=['Content-Disposition: attachment; filename="invite.ics"'])],
                     preamble="This is a multi-part message in MIME format.")
    pref = {"REQUEST": T[0], "CANCEL": C.SUBJ.get(lang, C.SUBJ["en"])[2], "REPLY": None}.get(meth, T[0])
    if meth == "REPLY":
        who = [a for a in ev["attendees"] if a.get("replying")][0]
        pref = C.SUBJ.get(lang, C.SUBJ["en"])[{"ACCEPTED": 3, "DECLINED": 4, "TENTATIVE": 5}[who["partstat"]]]
    subj = m.get("subject") or "%s: %s" % (pref, ev["summary"])
    yv = m["sent"].year
    tbver = m.get("tbver") or rng.choice({2016: ["45.8.0", "45.5.1"], 2017: ["52.5.2", "52.4.0"], 2018: ["52.9.1", "60.3.0"],
                                          2019: ["60.9.1", "68.2.2"], 2020: ["68.12.0", "78.5.1"], 2021: ["78.14.0", "91.3.2"],
                                          2022: ["91.13.0", "102.5.0"], 2023: ["102.15.1", "115.4.2"], 2024: ["115.9.0", "115.16.0"]}.get(yv, ["128.3.1", "128.8.0"]))
    hs = ["Message-ID: <%s@%s>" % (ruuid(rng), s["domain"]), "Date: " + rfc2822(m["sent"], m["off"]), "MIME-Version: 1.0"]
    if int(tbver.split(".")[0]) >= 91:
        hs.append("User-Agent: Mozilla Thunderbird")
    else:
        hs.append("User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%s) Gecko/20100101\n Thunderbird/%s" % (tbver.split(".")[0] + ".0", tbver))
    hs += ["Content-Language: " + LANG_TAG.get(lang, "en-US"), "From: " + from_hdr(s["name"], s["addr"], m),
           "To: " + to_header(m), fmt_subject(subj, m), 'Content-Type: multipart/mixed;\n boundary="%s"' % b1]
    infra = m.get("infra") or ("freesmtp" if s["kind"] == "free" else "postfix")
    route = routes.build(rng, m, infra)
    return hs, body, route


# ----------------------------------------------------------------------------------------- Zoom
def render_zoom(rng, m):
    lang = m["lang"]
    ev = m["ev"]
    s = m["sender"]
    r = m["rcpt"]
    meth = m.get("method") or "REQUEST"
    import re as _re
    zoomurl = ev.get("zoom_url") or "https://us0%dweb.zoom.us/j/%s?pwd=%s" % (rng.randint(2, 6), rdig(rng, 11), rtok(rng, 32, ALNUM))
    found = _re.search(r"https://[a-z0-9.]*zoom\.us/j/\S+", ev.get("description") or "")
    if found:
        zoomurl = found.group(0)
    invite_mode = s["domain"] == "zoom.us" and m.get("reply_to") and meth == "REQUEST"
    if invite_mode and "Zoom" not in (ev.get("description") or ""):
        host = m["reply_to"][0]
        mid_ = rdig(rng, 11)
        pc = rdig(rng, 6)
        ev["description"] = ("%s is inviting you to a scheduled Zoom meeting.\n\nTopic: %s\nTime: %s %s\n\nJoin Zoom Meeting\n%s\n\n"
                             "Meeting ID: %s %s %s\nPasscode: %s\n\n%s" % (
                                 host, ev["summary"], fmt_date("en", ev["start"]), TZ.LONGNAME.get(ev["zone"], ev["zone"]), zoomurl,
                                 mid_[:3], mid_[3:7], mid_[7:], pc, ev.get("description") or ""))
    if invite_mode and not m.get("subject"):
        m["subject"] = "%s is inviting you to a scheduled Zoom meeting" % m["reply_to"][0]
    L = ["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:" + meth]
    if meth == "PUBLISH":
        L.append("CLASS:PUBLIC")
    L += TZ.vtimezone(ev["zone"], "tzurl")
    L += ["BEGIN:VEVENT", "DTSTAMP:" + I.utc(ev["dtstamp"]),
          I.dtline("DTSTART", ev["start"], ev["zone"], "tzid"), I.dtline("DTEND", ev["end"], ev["zone"], "tzid"),
          "SUMMARY:" + I.esc(ev["summary"]), "UID:" + ev["uid"], "TZID:" + ev["zone"]]
    L += rrule_lines(ev)
    L.append("DESCRIPTION:" + I.esc(ev.get("description") or ""))
    L.append("LOCATION:" + I.esc(ev.get("location") or zoomurl))
    if meth == "REQUEST":
        L.append(organizer_line(m, "raw"))
        L += attendees_for(m, ev, "raw")
    L += ["BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = I.render(L, "octet")
    html = ev.get("zoom_html") or ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Zoom</title></head><body style="background:#f4f4f4;margin:0;font-family:Lato,Helvetica,Arial,sans-serif">'
                                   '<table align="center" width="600" style="background:#fff"><tr><td style="padding:24px"><img src="https://st1.zoom.us/static/6.3.24381/image/new/ZoomLogo_112x25.png" alt="Zoom" width="112" height="25"></td></tr>'
                                   '<tr><td style="padding:0 24px;font-size:16px;color:#232333">%s</td></tr>'
                                   '<tr><td style="padding:24px"><a href="%s" style="background:#0e71eb;color:#fff;padding:12px 24px;border-radius:8px;text-decoration:none">%s</a></td></tr>'
                                   '<tr><td style="padding:0 24px 24px;font-size:12px;color:#747487">%s</td></tr>'
                                   '<tr><td style="padding:24px;font-size:11px;color:#747487;border-top:1px solid #ededf4">Copyright &copy;%d Zoom Communications, Inc. All rights reserved.<br>55 Almaden Blvd, San Jose, CA 95113</td></tr></table></body></html>'
                                   % (linkify_html(ev.get("mailnote") or ev.get("description") or ""), html_escape(ev.get("zoom_link") or zoomurl),
                                      html_escape(ev.get("zoom_button") or "Join"), html_escape(ev.get("zoom_small") or "Add to: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar"), m["sent"].year))
    tsm = int(m["sent"].replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
    b1 = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), tsm)
    b2 = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), tsm)
    txt = ev.get("zoom_text") or (ev.get("mailnote") or ev.get("description") or "")
    alt = multipart(b2, [mk_text_part(rng, txt, m, "plain", cte="quoted-printable" if not is_ascii(txt) else "7bit"),
                         part('text/html; charset=UTF-8', html, "utf-8", "quoted-printable")])
    body = multipart(b1, [('Content-Type: multipart/alternative; \n\tboundary="%s"\n\n' % b2).encode() + alt,
                          part('text/calendar; charset=UTF-8; method=%s; name=iCalendar.ics' % meth, ics, "utf-8", "base64",
                               extra=["Content-Disposition: attachment; filename=iCalendar.ics"])])
    fname = s.get("display") or s.get("name") or "Zoom"
    hs = ["Date: " + rfc2822(m["sent"], 0, "UTC"), "From: " + from_hdr(fname, s["addr"], m)]
    if m.get("reply_to"):
        hs.append("Reply-To: " + from_hdr(m["reply_to"][0], m["reply_to"][1], m))
    hs += ["To: " + r["addr"], "Message-ID: <%d.%d.%d@%s>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), tsm, s["domain"]),
           fmt_subject(m.get("subject") or ev["summary"], m), "MIME-Version: 1.0", 'Content-Type: multipart/mixed; \n\tboundary="%s"' % b1]
    infra = m.get("infra") or ("zoom" if s["domain"] == "zoom.us" else "postfix")
    route = routes.build(rng, m, infra)
    return hs, body, route


# ----------------------------------------------------------------------------------------- Nextcloud
def render_nextcloud(rng, m):
    lang = m["lang"]
    ev = m["ev"]
    meth = method_of(m)
    s = m["sender"]
    r = m["rcpt"]
    N = C.NEXTCLOUD.get(lang, C.NEXTCLOUD["en"])
    comp = ev.get("component", "VEVENT")
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sabre//Sabre VObject %s//EN" % rng.choice(["4.4.2", "4.5.1", "4.5.4", "4.3.0"]),
         "CALSCALE:GREGORIAN", "METHOD:" + meth]
    if not ev.get("allday"):
        L += TZ.vtimezone(ev["zone"], "plain")
    L += ["BEGIN:" + comp, "CREATED:" + I.utc(ev["created"]), "DTSTAMP:" + I.utc(ev["dtstamp"]),
          "LAST-MODIFIED:" + I.utc(ev["dtstamp"]), "SEQUENCE:%d" % (ev.get("sequence", 0) + 2), "UID:" + ev["uid"]]
    L.append(I.dtline("DTSTART", ev["start"], ev["zone"], "tzid", allday=ev.get("allday")))
    L.append(I.dtline("DUE" if comp == "VTODO" else "DTEND", ev["end"], ev["zone"], "tzid", allday=ev.get("allday")))
    L += rrule_lines(ev)
    L.append("STATUS:" + ("CANCELLED" if meth == "CANCEL" else ("NEEDS-ACTION" if comp == "VTODO" else "CONFIRMED")))
    L.append("SUMMARY:" + I.esc(ev["summary"]))
    if ev.get("location"):
        L.append("LOCATION:" + I.esc(ev["location"]))
    if ev.get("description"):
        L.append("DESCRIPTION:" + I.esc(ev["description"]))
    for a in ev.get("attach", []):
        L.append(I.prop("ATTACH", a["uri"], [("FMTTYPE", a.get("fmttype")), ("FILENAME", a.get("filename")),
                                             ("X-NC-FILE-ID", a.get("ncid", rdig(rng, 5))), ("X-NC-HAS-PREVIEW", "true")]))
    L.append(organizer_line(m, "raw"))
    L += attendees_for(m, ev, "sabre")
    L += alarm_lines(ev, "plain")
    L += ["END:" + comp, "END:VCALENDAR"]
    ics = I.render(L, "octet")
    title = N[0].format(name=s["name"], title=ev["summary"])
    host = m.get("nc_host") or "cloud." + s["domain"]
    tok = rtok(rng, 15, ALNUM)
    acc = "https://%s/index.php/apps/dav/invitation/accept/%s" % (host, rtok(rng, 60, ALNUM))
    dec = "https://%s/index.php/apps/dav/invitation/decline/%s" % (host, rtok(rng, 60, ALNUM))
    more = "https://%s/index.php/apps/dav/invitation/options/%s" % (host, rtok(rng, 60, ALNUM))
    rows = [(N[2], when_long(lang, ev)), (N[3], ev.get("location") or ""), (N[4], ev.get("description") or ""),
            (N[7], "%s <%s>" % (s["name"], s["addr"])),
            (N[6], ", ".join(a.get("name") or a["email"] for a in ev.get("attendees", [])[:25]))]
    rows = [x for x in rows if x[1]]
    txt = title + "\n\n" + "\n".join("%s %s" % x for x in rows) + "\n\n%s: %s\n%s: %s\n%s: %s\n\n--\n%s – %s\n" % (
        N[8], acc, N[9], dec, N[10], more, m.get("nc_name", "Nextcloud"), "a safe home for all your data")
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" lang="%s" xml:lang="%s" style="-webkit-font-smoothing:antialiased;background:#fff!important"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"><title></title></head>'
            '<body style="-moz-box-sizing:border-box;-ms-text-size-adjust:100%%;-webkit-box-sizing:border-box;-webkit-font-smoothing:antialiased;-webkit-text-size-adjust:100%%;Margin:0;background:#fff!important;box-sizing:border-box;color:#0a0a0a;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Roboto,Oxygen-Sans,Ubuntu,Cantarell,\'Helvetica Neue\',Arial,sans-serif;font-size:16px;font-weight:400;line-height:1.3;margin:0;min-width:100%%;padding:0;text-align:left;width:100%%!important">'
            '<table class="body" style="background:#fff;border-collapse:collapse;height:100%%;width:100%%"><tr><td class="center" align="center" valign="top"><center data-parsed="" style="min-width:580px;width:100%%">'
            '<table align="center" class="wrapper header float-center" style="Margin:0 auto;background:#fff;width:100%%"><tr><td class="wrapper-inner"><table align="center" class="container has-shadow" style="width:150px"><tr><td><div style="background-color:%s;border-radius:10px;padding:20px;"><img class="logo float-center" src="https://%s/core/img/logo/logo.png?v=%s" alt="%s" align="center" style="width:150px"></div></td></tr></table></td></tr></table>'
            '<table class="row description"><tr><th class="small-12 large-12 columns first last"><p class="text-center" style="font-size:20px;font-weight:600;color:#000">%s</p></th></tr></table>'
            '<table class="row"><tr><td><table>%s</table></td></tr></table>'
            '<table class="row"><tr><td><a href="%s" style="background:#00679e;color:#fff;padding:10px 20px;border-radius:8px;text-decoration:none">%s</a> <a href="%s" style="color:#545454;padding:10px 20px;text-decoration:none">%s</a></td></tr><tr><td><a href="%s">%s</a></td></tr></table>'
            '<table class="wrapper footer" align="center"><tr><td class="text-center" style="color:#6c6c6c;font-size:13px">%s – a safe home for all your data<br>This is an automatically sent email, please do not reply.</td></tr></table>'
            '</center></td></tr></table></body></html>' % (LANG_TAG.get(lang, "en"), LANG_TAG.get(lang, "en"), m.get("nc_color", "#0082c9"), host, rhex(rng, 8), m.get("nc_name", "Nextcloud"), html_escape(title),
                                                            "".join('<tr><td style="color:#6c6c6c;padding-right:10px;vertical-align:top">%s</td><td>%s</td></tr>' % (html_escape(a), linkify_html(b)) for a, b in rows),
                                                            acc, N[8], dec, N[9], more, N[10], html_escape(m.get("nc_name", "Nextcloud"))))
    b1 = rtok(rng, 8, ALNUM) + "-" + rtok(rng, 4, ALNUM)  # symfony mailer style boundaries
    b1 = "_=_swift_%d_%s_=_" % (rng.randint(10 ** 9, 2 * 10 ** 9), rhex(rng, 32)) if m["sent"].year < 2022 else rtok(rng, 8, ALNUM)
    b2 = "_=_swift_%d_%s_=_" % (rng.randint(10 ** 9, 2 * 10 ** 9), rhex(rng, 32)) if m["sent"].year < 2022 else rtok(rng, 8, ALNUM)
    alt = multipart(b2, [part("text/plain; charset=utf-8", txt, "utf-8", "quoted-printable"),
                         part("text/html; charset=utf-8", html, "utf-8", "quoted-printable")])
    body = multipart(b1, [('Content-Type: multipart/alternative; boundary="%s"\n\n' % b2).encode() + alt,
                          part("text/calendar; method=%s; charset=utf-8; name=event.ics" % meth, ics, "utf-8", "base64",
                               extra=["Content-Disposition: attachment; name=event.ics; filename=event.ics"])])
    fromaddr = m.get("nc_from") or "nextcloud@" + (host if host.count(".") >= 2 and rng.random() < 0.5 else s["domain"])
    subj = m.get("subject") or reply_subject(m, ev, lang) or "%s: %s" % (N[1], ev["summary"])
    hs = ["Message-ID: <%s@%s>" % (rhex(rng, 32), host), "Date: " + rfc2822(m["sent"], m["off"]),
          fmt_subject(subj, m), "From: " + from_hdr("%s via %s" % (s["name"], m.get("nc_name", "Nextcloud")), fromaddr, m),
          "Reply-To: " + from_hdr(s["name"], s["addr"], m), "To: " + from_hdr(r["name"], r["addr"], m),
          "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="%s"' % b1]
    if m["sent"].year >= 2022:
        hs.insert(0, "X-Mailer: Symfony Mailer" if False else "Auto-Submitted: auto-generated")
    m["sender"] = dict(s, addr=fromaddr, domain=fromaddr.split("@")[1]) if m.get("nc_from_domain_auth") else s
    infra = m.get("infra") or "postfix"
    saved = m["sender"]
    m["sender"] = dict(s, addr=fromaddr, domain=fromaddr.split("@")[1])
    route = routes.build(rng, m, infra)
    m["sender"] = saved
    return hs, body, route


# ----------------------------------------------------------------------------------------- Zimbra
def render_zimbra(rng, m):
    lang = m["lang"]
    ev = m["ev"]
    meth = method_of(m)
    s = m["sender"]
    r = m["rcpt"]
    Z = C.ZIMBRA.get(lang, C.ZIMBRA["en"])
    comp = ev.get("component", "VEVENT")
    L = ["BEGIN:VCALENDAR", "X-WR-CALNAME:%s" % ev["summary"] if False else None, "PRODID:Zimbra-Calendar-Provider",
         "VERSION:2.0", "METHOD:" + meth]
    L = [x for x in L if x]
    if not ev.get("allday"):
        L += TZ.vtimezone(ev["zone"], "zimbra")
    L.append("BEGIN:" + comp)
    L.append("UID:" + ev["uid"])
    L += rrule_lines(ev)
    L += attendees_for(m, ev, "zimbra")
    L.append(organizer_line(m, "outlook"))
    L.append(I.dtline("DTSTART", ev["start"], ev["zone"], "tzid", allday=ev.get("allday")))
    L.append(I.dtline("DUE" if comp == "VTODO" else "DTEND", ev["end"], ev["zone"], "tzid", allday=ev.get("allday")))
    L.append("STATUS:" + ("CANCELLED" if meth == "CANCEL" else ("NEEDS-ACTION" if comp == "VTODO" else "CONFIRMED")))
    L.append("CLASS:PUBLIC")
    L.append("X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY")
    L.append("TRANSP:OPAQUE")
    L.append("SUMMARY:" + I.esc(ev["summary"]))
    if ev.get("location"):
        L.append("LOCATION:" + I.esc(ev["location"]))
    if ev.get("description"):
        L.append("DESCRIPTION:" + I.esc(ev["description"]))
    if ev.get("xalt") or (ev.get("description") and rng.random() < 0.5):
        xalt = ev.get("xalt") or "<html><body id='htmlmode'><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\"><div>%s</div></div></body></html>" % linkify_html(ev.get("description"))
        L.append(I.prop("X-ALT-DESC", I.esc(xalt), [("FMTTYPE", "text/html")]))
    L += ["LAST-MODIFIED:" + I.utc(ev["dtstamp"]), "DTSTAMP:" + I.utc(ev["dtstamp"]), "SEQUENCE:%d" % ev.get("sequence", 0)]
    if meth == "REQUEST":
        L += alarm_lines(ev if ev.get("alarms") else dict(ev, alarms=[5]), "plain")
    L += ["END:" + comp, "END:VCALENDAR"]
    ics = I.render(L, "octet")
    inv = "\n".join("%s <%s>" % (a.get("name") or a["email"], a["email"]) if a.get("name") else a["email"] for a in ev.get("attendees", [])[:40])
    txt = "%s\n\n%s: %s \n%s: \"%s\" <%s> \n\n%s%s: %s \n \n%s: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s\n" % (
        Z[0], Z[1], ev["summary"], Z[2], s["name"], s["addr"], ("%s: %s \n" % (Z[3], ev["location"])) if ev.get("location") else "",
        Z[4], when_long(lang, ev), Z[5], inv.replace("\n", "; "), ev.get("description") or "")
    html = "<html><body id='htmlmode'><h3>%s</h3>\n\n<p>\n<table border='0'>\n<tr><th align=left>%s:</th><td>%s </td></tr>\n<tr><th align=left>%s:</th><td>&quot;%s&quot; &lt;%s&gt; </td></tr>\n%s</table>\n<p>\n<table border='0'>\n<tr><th align=left>%s:</th><td>%s </td></tr>\n</table>\n<p>\n<table border='0'>\n<tr><th align=left>%s:</th><td>%s </td></tr>\n</table>\n<div>*~*~*~*~*~*~*~*~*~*</div><br>%s</body></html>" % (
        html_escape(Z[0]), Z[1], html_escape(ev["summary"]), Z[2], html_escape(s["name"]), s["addr"],
        ("<tr><th align=left>%s:</th><td>%s </td></tr>\n" % (Z[3], html_escape(ev["location"]))) if ev.get("location") else "",
        Z[4], html_escape(when_long(lang, ev)), Z[5], html_escape(inv).replace("\n", "; "), ev.get("xalt_body") or linkify_html(ev.get("description") or ""))
    b = "=_%s-%s-%s-%s-%s" % (rhex(rng, 8), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 12))
    cs = m.get("charset", "utf-8")
    body = multipart(b, [mk_text_part(rng, txt, m, "plain", charset=cs, cte="quoted-printable" if not is_ascii(txt) else "7bit"),
                         mk_text_part(rng, html, m, "html", charset=cs, cte="quoted-printable" if not is_ascii(html) else "7bit"),
                         part("text/calendar; charset=utf-8; method=%s; name=meeting.ics" % meth, ics, "utf-8",
                              "7bit" if is_ascii(ics) else "quoted-printable")])
    zv = m.get("zver") or rng.choice(["8.8.15_GA_4581", "9.0.0_GA_4546", "8.8.12_GA_3794", "10.0.7_GA_4662"])
    subj = m.get("subject") or ev["summary"]
    if meth == "CANCEL":
        subj = "%s: %s" % ({"en": "Cancelled", "de": "Abgesagt", "fr": "Annulé"}.get(lang, "Cancelled"), ev["summary"])
    elif meth == "REPLY":
        subj = reply_subject(m, ev, lang)
    hs = ["Date: " + rfc2822(m["sent"], m["off"], m.get("tzabbr")), "From: " + from_hdr(s["name"], s["addr"], m),
          "To: " + to_header(m), "Message-ID: <%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 6, 10 ** 7), int(m["sent"].replace(tzinfo=dt.timezone.utc).timestamp() * 1000), s["domain"]),
          fmt_subject(subj, m), "MIME-Version: 1.0", 'Content-Type: multipart/alternative; \n\tboundary="%s"' % b,
          "X-Mailer: Zimbra %s (ZimbraWebClient - %s)" % (zv, rng.choice(["FF124 (Win)", "GC122 (Win)", "GC120 (Mac)", "FF115 (Linux)"]) + "/" + zv),
          "Thread-Topic: " + hdr_text(ev["summary"], "utf-8"), "Thread-Index: " + rtok(rng, 28, B64) + "=="]
    infra = m.get("infra") or "zimbra"
    route = routes.build(rng, m, infra)
    return hs, body, route


# ----------------------------------------------------------------------------------------- Yahoo
def render_yahoo(rng, m):
    lang = m["lang"]
    ev = m["ev"]
    meth = method_of(m)
    s = m["sender"]
    r = m["rcpt"]
    L = ["BEGIN:VCALENDAR", "PRODID:-//Yahoo! Inc.//Yahoo! Calendar//EN", "VERSION:2.0", "METHOD:" + meth]
    L += ["BEGIN:VEVENT", "UID:" + ev["uid"], "SUMMARY:" + I.esc(ev["summary"])]
    if ev.get("description"):
        L.append("DESCRIPTION:" + I.esc(ev["description"]))
    if ev.get("location"):
        L.append("LOCATION:" + I.esc(ev["location"]))
    L += ["CLASS:PUBLIC", I.dtline("DTSTART", ev["start"], ev["zone"], "utc", allday=ev.get("allday")),
          I.dtline("DTEND", ev["end"], ev["zone"], "utc", allday=ev.get("allday"))]
    L += rrule_lines(ev) if not ev.get("rrule") else ["RRULE:" + ev["rrule"]]
    L += ["DTSTAMP:" + I.utc(ev["dtstamp"]), "SEQUENCE:%d" % ev.get("sequence", 0), "STATUS:CONFIRMED",
          "TRANSP:OPAQUE", organizer_line(m, "raw")]
    L += attendees_for(m, ev, "raw")
    L += ["X-YAHOO-YID:%s" % s["addr"].split("@")[0], "X-YAHOO-USER-STATUS:BUSY", "X-YAHOO-EVENT-STATUS:BUSY"]
    L += alarm_lines(ev, "raw")
    L += ["END:VEVENT", "END:VCALENDAR"]
    ics = I.render(L, "octet")
    txt = "%s\n\n%s\n%s\n%s\n\n%s\n" % (ev["summary"], when_long(lang, ev), ev.get("location") or "", ev.get("description") or "",
                                      "Yahoo Calendar")
    html = ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            '<div style="font-size:18px;font-weight:bold">%s</div><div>%s</div><div>%s</div><div dir="ltr" style="margin-top:10px">%s</div>'
            '<div style="margin-top:14px;color:#6e7780">%s</div></div></body></html>' % (
                rhex(rng, 8), html_escape(ev["summary"]), html_escape(when_long(lang, ev)), html_escape(ev.get("location") or ""),
                linkify_html(ev.get("description") or ""), "Yahoo Calendar"))
    ts = int(m["sent"].replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
    b1 = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 2 * 10 ** 9), ts)
    b2 = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 2 * 10 ** 9), ts)
    alt = multipart(b2, [mk_text_part(rng, txt, m, "plain", charset="UTF-8", cte="7bit" if is_ascii(txt) else "quoted-printable"),
                         part("text/html; charset=UTF-8", html, "utf-8", "7bit" if is_ascii(html) else "quoted-printable"),
                         part("text/calendar; charset=UTF-8; method=%s" % meth, ics, "utf-8", "7bit" if is_ascii(ics) else "quoted-printable")])
    body = multipart(b1, [("Content-Type: multipart/alternative; \n\tboundary=\"%s\"\n\n" % b2).encode() + alt,
                          part("application/ics; name=invite.ics", ics, "utf-8", "base64", extra=["Content-Disposition: attachment; filename=invite.ics"])])
    subj = m.get("subject") or reply_subject(m, ev, lang) or "%s: %s" % (subj_prefix(lang, 0), ev["summary"])
    hs = ["Date: " + rfc2822(m["sent"], 0, "UTC"), "From: " + from_hdr(s["name"], s["addr"], m), "To: " + to_header(m),
          "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 6, 10 ** 7), ts),
          fmt_subject(subj, m), "MIME-Version: 1.0", 'Content-Type: multipart/mixed; \n\tboundary="%s"' % b1,
          "X-Mailer: WebService/1.1.%d %s" % (rng.randint(20000, 23000), rng.choice(["YMailNorrin", "AolMailNorrin", "YahooMailIosMobile"]))]
    route = routes.build(rng, m, "yahoo")
    return hs, body, route


# ----------------------------------------------------------------------------------------- SOGo
def render_sogo(rng, m):
    lang = m["lang"]
    ev = m["ev"]
    meth = method_of(m)
    s = m["sender"]
    r = m["rcpt"]
    ver = m.get("sogover") or rng.choice(["5.8.0", "5.10.0", "4.3.2", "5.9.1"])
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Inverse inc./SOGo %s//EN" % ver, "METHOD:" + meth]
    if not ev.get("allday"):
        L += TZ.vtimezone(ev["zone"], "plain")
    L += ["BEGIN:VEVENT", "UID:" + ev["uid"], "SUMMARY:" + I.esc(ev["summary"])]
    if ev.get("location"):
        L.append("LOCATION:" + I.esc(ev["location"]))
    L += ["CLASS:PUBLIC", "X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:NO", "TRANSP:OPAQUE"]
    L += attendees_for(m, ev, "raw")
    L.append(organizer_line(m, "outlook"))
    if ev.get("description"):
        L.append("DESCRIPTION:" + I.esc(ev["description"]))
    if ev.get("url"):
        L.append("URL:" + ev["url"])
    L += rrule_lines(ev)
    L += [I.dtline("DTSTART", ev["start"], ev["zone"], "tzid", allday=ev.get("allday")),
          I.dtline("DTEND", ev["end"], ev["zone"], "tzid", allday=ev.get("allday")),
          "CREATED:" + I.utc(ev["created"]), "DTSTAMP:" + I.utc(ev["dtstamp"]), "LAST-MODIFIED:" + I.utc(ev["dtstamp"]),
          "SEQUENCE:%d" % ev.get("sequence", 0)]
    if meth == "CANCEL":
        L.append("STATUS:CANCELLED")
    L += alarm_lines(ev, "plain")
    L += ["END:VEVENT", "END:VCALENDAR"]
    ics = I.render(L, "octet")
    head = {"en": "%s has invited you to %s.", "de": "%s hat Sie zu %s eingeladen.", "fr": "%s vous invite à %s.",
            "es": "%s te ha invitado a %s.", "it": "%s ti ha invitato a %s.", "nl": "%s heeft u uitgenodigd voor %s.",
            "pl": "%s zaprasza Cię na %s."}.get(lang, "%s has invited you to %s.") % (s["name"], ev["summary"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><p>%s</p>'
            '<table><tr><td>%s</td><td>%s</td></tr><tr><td>%s</td><td>%s</td></tr><tr><td>%s</td><td>%s</td></tr><tr><td>%s</td><td>%s</td></tr></table></body></html>' % (
                html_escape(head), "Title:", html_escape(ev["summary"]), "Organizer:", html_escape(s["name"]),
                "Start:", html_escape(fmt_date(lang, ev["start"])), "Description:", linkify_html(ev.get("description") or "")))
    b = "----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------" % (rng.randint(100, 99999), int(m["sent"].timestamp()), rng.randint(100000, 999999), rng.randint(0, 9))
    body = multipart(b, [part("text/html; charset=utf-8", html, "utf-8", "quoted-printable"),
                         part("text/calendar; method=%s; charset=utf-8" % meth, ics, "utf-8", "quoted-printable" if not is_ascii(ics) else "7bit",
                              extra=["Content-Disposition: inline; filename=\"invitation.ics\""] if False else [])])
    subj = m.get("subject") or reply_subject(m, ev, lang) or {"en": "Event Invitation: \"%s\"", "de": "Einladung zum Termin: \"%s\"", "fr": "Invitation : \"%s\"",
                                "es": "Invitación al evento: \"%s\"", "it": "Invito: \"%s\"", "nl": "Uitnodiging: \"%s\"",
                                "pl": "Zaproszenie: \"%s\""}.get(lang, "Event Invitation: \"%s\"") % ev["summary"]
    hs = ["Content-Type: multipart/mixed; boundary=\"%s\"" % b, "From: " + from_hdr(s["name"], s["addr"], m),
          "To: " + to_header(m), fmt_subject(subj, m), "Date: " + rfc2822(m["sent"], m["off"]), "MIME-Version: 1.0",
          "Message-Id: <%s-%s-%d-%s@%d>" % (rhex(rng, 3), rhex(rng, 8), rng.randint(1, 9), rhex(rng, 8), rng.randint(10 ** 8, 2 * 10 ** 9)),
          "X-Mailer: SOGoMail %s" % ver]
    infra = m.get("infra") or "postfix"
    route = routes.build(rng, m, infra)
    return hs, body, route


# ----------------------------------------------------------------------------------------- generic (booking / hand-rolled)
def generic_ics(rng, m, opts):
    """opts: prodid, method (None => omit), tzmode (tzid|utc|float|tzid-novtz), fold, eol, order, extra props..."""
    ev = m["ev"]
    evs = [ev] + m.get("events", [])
    L = ["BEGIN:VCALENDAR"]
    hdr = []
    if opts.get("version_first", True):
        hdr += ["VERSION:2.0", "PRODID:" + opts["prodid"]]
    else:
        hdr += ["PRODID:" + opts["prodid"], "VERSION:2.0"]
    if opts.get("calscale"):
        hdr.append("CALSCALE:GREGORIAN")
    if opts.get("method"):
        hdr.append("METHOD:" + opts["method"])
    hdr += opts.get("calprops", [])
    L += hdr
    tzmode = opts.get("tzmode", "utc")
    if tzmode == "tzid":
        L += TZ.vtimezone(ev["zone"], opts.get("tzstyle", "plain"))
    for e in evs:
        comp = e.get("component", "VEVENT")
        L.append("BEGIN:" + comp)
        P = []
        P.append("UID:" + e["uid"])
        P.append("DTSTAMP:" + I.utc(e["dtstamp"])) if not opts.get("no_dtstamp") else None
        tm = "tzid" if tzmode in ("tzid", "tzid-novtz") else tzmode
        P.append(I.dtline("DTSTART", e["start"], e["zone"], tm, allday=e.get("allday")))
        if e.get("use_duration"):
            P.append("DURATION:" + I.duration(int((e["end"] - e["start"]).total_seconds() // 60)))
        else:
            P.append(I.dtline("DUE" if comp == "VTODO" else "DTEND", e["end"], e["zone"], tm, allday=e.get("allday")))
        P.append("SUMMARY:" + I.esc(e["summary"]))
        if e.get("description") is not None:
            P.append("DESCRIPTION:" + I.esc(e["description"]))
        if e.get("location"):
            P.append("LOCATION:" + I.esc(e["location"]))
        if e.get("geo"):
            P.append("GEO:%.6f;%.6f" % e["geo"])
        if e.get("url"):
            P.append(("URL;VALUE=URI:" if opts.get("url_value") else "URL:") + e["url"])
        if m.get("organizer") and not opts.get("no_organizer"):
            P.append(organizer_line(m, "raw"))
        if not opts.get("no_attendees"):
            P += attendees_for(m, e, "raw")
        for c in e.get("conference", []):
            P.append(I.prop("CONFERENCE", c["uri"], [("VALUE", "URI"), ("FEATURE", c.get("feature", "VIDEO")), ("LABEL", c.get("label"))]))
        for a in e.get("attach", []):
            if a.get("binary") is not None:
                P.append(I.prop("ATTACH", base64.b64encode(a["binary"]).decode(), [("FMTTYPE", a.get("fmttype")), ("ENCODING", "BASE64"), ("VALUE", "BINARY"), ("X-FILENAME", a.get("filename"))]))
            else:
                P.append(I.prop("ATTACH", a["uri"], [("FMTTYPE", a.get("fmttype")), ("FILENAME", a.get("filename"))]))
        if e.get("xalt"):
            P.append(I.prop("X-ALT-DESC", I.esc(e["xalt"]), [("FMTTYPE", "text/html")]))
        if e.get("categories"):
            P.append("CATEGORIES:" + ",".join(I.esc(c) for c in e["categories"]))
        P += rrule_lines(e)
        if e.get("status", opts.get("status")):
            P.append("STATUS:" + e.get("status", opts.get("status")))
        if opts.get("seq", True):
            P.append("SEQUENCE:%d" % e.get("sequence", 0))
        if e.get("priority") is not None:
            P.append("PRIORITY:%d" % e["priority"])
        if e.get("cls"):
            P.append("CLASS:" + e["cls"])
        if e.get("transp"):
            P.append("TRANSP:" + e["transp"])
        P += e.get("extra", [])
        P += opts.get("evprops", [])
        P = [p for p in P if p]
        if opts.get("shuffle"):
            first = P[:1]
            rest = P[1:]
            rng.shuffle(rest)
            P = first + rest
        L += P
        L += alarm_lines(e, "raw")
        L.append("END:" + comp)
    L.append("END:VCALENDAR")
    return I.render(L, opts.get("fold", "octet"), eol="\n")


def render_booking(rng, m):
    """Transactional mail from booking/scheduling/ticketing systems (sent through an ESP or own MTA)."""
    lang = m["lang"]
    ev = m["ev"]
    s = m["sender"]
    r = m["rcpt"]
    b = m["brand"]
    meth = m.get("method", "PUBLISH") if "method" in m else "PUBLISH"
    q = set(m.get("quirks", []))
    if "no-method" in q:
        meth_ics = None
    else:
        meth_ics = meth
    opts = {"prodid": b.get("prodid") or "-//%s//%s//EN" % (b["name"], b.get("product", "Booking")), "method": meth_ics,
            "tzmode": b.get("tzmode", "utc"), "calscale": b.get("calscale", True), "fold": m.get("fold") or b.get("fold", "octet"),
            "no_attendees": b.get("no_attendees", meth == "PUBLISH"), "no_organizer": b.get("no_organizer", False),
            "url_value": b.get("url_value"), "status": "CONFIRMED", "calprops": b.get("calprops", []), "version_first": b.get("version_first", rng.random() < 0.5)}
    if opts["method"] is None:
        opts.pop("method")
    if m.get("button") and ev.get("description") is not None and b.get("link_in_ics", rng.random() < 0.6):
        ev["description"] = ev["description"] + "\n\n%s: %s" % m["button"]
    ics = generic_ics(rng, m, opts)
    html = m.get("html") or booking_html(rng, m)
    txt = m.get("text")
    if not txt:
        T = [m.get("body") or ev.get("description") or ""]
        if m.get("rows"):
            T.append("")
            T += ["%s: %s" % (k, v) for k, v in m["rows"]]
        if m.get("button"):
            T += ["", "%s: %s" % m["button"]]
        if b.get("footer"):
            T += ["", "--", b["footer"]]
        txt = "\n".join(T) + "\n"
    color = b.get("color", "#0b5cad")
    bnd = b.get("boundary") or ("----=_Part_%d_%d.%d" % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 12, 2 * 10 ** 12)))
    bnd2 = "b2_" + rhex(rng, 32)
    fname = b.get("ics_name", "event.ics")
    calct = b.get("cal_ctype", "text/calendar")
    ct_meth = meth
    if "method-mismatch" in q:
        ct_meth = "REQUEST" if meth == "PUBLISH" else "PUBLISH"
    calpart = cal_part(ics, ct_meth if b.get("method_param", True) else None, b.get("cal_cte", "base64"),
                       name=fname, ctype=calct, disp='Content-Disposition: attachment; filename="%s"' % fname,
                       keep_lf=b.get("lf_ics", False) or "lf-in-b64" in q, method_param=b.get("method_param", True) and "no-ct-method" not in q)
    cs = m.get("charset", "utf-8")
    alt = multipart(bnd2, [mk_text_part(rng, txt, m, "plain", charset=cs), mk_text_part(rng, html, m, "html", charset="utf-8" if not can_encode(html, cs) else cs)])
    body = multipart(bnd, [('Content-Type: multipart/alternative; boundary="%s"\n\n' % bnd2).encode() + alt, calpart])
    hs = ["From: " + from_hdr(b.get("from_name") or s["name"], s["addr"], m), "To: " + from_hdr(r["name"], r["addr"], m)]
    if m.get("reply_to"):
        hs.append("Reply-To: " + from_hdr(m["reply_to"][0], m["reply_to"][1], m))
    hs += [fmt_subject(m.get("subject") or ev["summary"], m), "Date: " + rfc2822(m["sent"], b.get("date_off", 0)),
           "Message-ID: <%s@%s>" % (b.get("msgid_fn", lambda: ruuid(rng))() if callable(b.get("msgid_fn")) else ruuid(rng), b.get("msgid_domain") or s["domain"]),
           "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="%s"' % bnd]
    hs += b.get("headers", [])
    infra = m.get("infra") or "esp"
    route = routes.build(rng, m, infra)
    return hs, body, route


def booking_html(rng, m):
    b = m["brand"]
    ev = m["ev"]
    lang = m["lang"]
    rows = m.get("rows") or []
    body = m.get("body") or ev.get("description") or ""
    color = b.get("color", "#0b5cad")
    trs = "".join('<tr><td style="padding:6px 12px;color:#666;font-size:13px;white-space:nowrap">%s</td><td style="padding:6px 12px;font-size:14px;color:#111">%s</td></tr>' % (html_escape(k), linkify_html(v)) for k, v in rows)
    btn = ""
    if m.get("button"):
        btn = '<tr><td style="padding:20px 24px"><a href="%s" style="background:%s;color:#ffffff;padding:12px 22px;border-radius:4px;text-decoration:none;font-weight:bold;display:inline-block">%s</a></td></tr>' % (html_escape(m["button"][1]), color, html_escape(m["button"][0]))
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>\n'
            '<body style="margin:0;padding:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f4f7"><tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">\n'
            '<tr><td style="background:%s;padding:18px 24px;color:#ffffff;font-size:20px;font-weight:bold;border-radius:6px 6px 0 0">%s</td></tr>\n'
            '<tr><td style="padding:24px;font-size:15px;line-height:1.5;color:#222">%s</td></tr>\n'
            '<tr><td style="padding:0 12px"><table role="presentation" cellpadding="0" cellspacing="0">%s</table></td></tr>\n%s\n'
            '<tr><td style="padding:18px 24px;font-size:11px;color:#888;border-top:1px solid #eee">%s</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n' % (lang, html_escape(m.get("subject") or ev["summary"]), color, html_escape(b.get("display") or b["name"]),
                                                            linkify_html(body), trs, btn, html_escape(b.get("footer") or "")))


def render_handrolled(rng, m):
    """Mail built by scripts, CRMs, PHP mailers, bulk tools: anything goes, including sloppy structure."""
    lang = m["lang"]
    ev = m["ev"]
    s = m["sender"]
    r = m["rcpt"]
    h = m.get("hand") or {}
    q = set(m.get("quirks", []))
    meth = m.get("method", "REQUEST")
    prodid = h.get("prodid") or (m.get("brand") or {}).get("prodid") or rng.choice([
        "-//hacksw/handcal//NONSGML v1.0//EN", "-//sebbo.net//ical-generator//EN", "-//Events Calendar//iCal4j 1.0//EN",
        "-//My calendar product//mxm.dk//", "-//Spatie//iCalendar Generator//EN", "-//ZContent.net//Zap Calendar 1.0//EN",
        "-//Mailer//Invite//EN", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"])
    opts = {"prodid": prodid, "method": None if "no-method" in q else meth,
            "tzmode": h.get("tzmode", "utc"), "calscale": h.get("calscale", False), "fold": h.get("fold", m.get("fold") or "octet"),
            "no_attendees": h.get("no_attendees", False), "no_organizer": h.get("no_organizer", False),
            "url_value": h.get("url_value"), "status": h.get("status"), "shuffle": h.get("shuffle"),
            "no_dtstamp": "no-dtstamp" in q, "seq": h.get("seq", True), "version_first": h.get("version_first", True),
            "evprops": h.get("evprops", []), "calprops": h.get("calprops", []), "tzstyle": h.get("tzstyle", "plain")}
    ics = generic_ics(rng, m, opts)
    ct_method = meth
    if "method-mismatch" in q:
        ct_method = h.get("ct_method") or ("PUBLISH" if meth == "REQUEST" else "REQUEST")
    keep_lf = "lf-in-b64" in q
    layout = h.get("layout", "alt")
    cs = m.get("charset", "utf-8")
    txt = m.get("text") if m.get("text") is not None else (ev.get("mailnote") or ev.get("description") or "")
    html = m.get("html")
    calname = h.get("ics_name", "invite.ics")
    cal_cte = h.get("cal_cte", "base64")
    if keep_lf:
        cal_cte = "base64"
    calpart = cal_part(ics, ct_method if "no-ct-method" not in q else None, cal_cte, name=calname if h.get("cal_name", True) else None,
                       charset=h.get("cal_charset", "utf-8"), ctype=h.get("cal_ctype", "text/calendar"),
                       disp=h.get("cal_disp", None if layout == "alt" else 'Content-Disposition: attachment; filename="%s"' % calname),
                       keep_lf=keep_lf, quote_cs=h.get("quote_cs", True), method_param="no-ct-method" not in q)
    bnd = h.get("boundary") or rng.choice(["b1_" + rhex(rng, 32), "=_" + rhex(rng, 32), "----=_NextPart_%s" % rhex(rng, 24),
                                           "===============%d==" % rng.randint(10 ** 18, 10 ** 19 - 1), "_----------=_%d" % rng.randint(10 ** 9, 2 * 10 ** 9)])
    parts = []
    if txt:
        parts.append(mk_text_part(rng, txt, m, "plain", charset=cs, cte=h.get("text_cte")))
    if html:
        parts.append(mk_text_part(rng, html, m, "html", charset="utf-8" if not can_encode(html, cs) else cs, cte=h.get("html_cte")))
    if layout == "single":
        # the whole message is the calendar object
        body = calpart.split(b"\n\n", 1)[1]
        ctl = calpart.split(b"\n\n", 1)[0].decode()
        top = ctl.split("\n")
    elif layout == "mixed":
        inner_b = "alt_" + rhex(rng, 20)
        if len(parts) > 1:
            alt = multipart(inner_b, parts)
            parts = [('Content-Type: multipart/alternative; boundary="%s"\n\n' % inner_b).encode() + alt]
        body = multipart(bnd, parts + [calpart], preamble=h.get("preamble"))
        top = ['Content-Type: multipart/mixed; boundary="%s"' % bnd]
    else:
        body = multipart(bnd, parts + [calpart], preamble=h.get("preamble"))
        top = ['Content-Type: multipart/alternative; boundary="%s"' % bnd]
    hs = ["Date: " + rfc2822(m["sent"], h.get("date_off", m["off"])), "From: " + from_hdr(s["name"], s["addr"], m)]
    if m.get("reply_to"):
        hs.append("Reply-To: " + from_hdr(m["reply_to"][0], m["reply_to"][1], m))
    if h.get("to_undisclosed"):
        hs.append("To: undisclosed-recipients:;")
    else:
        hs.append("To: " + to_header(m))
    hs.append(fmt_subject(m.get("subject") or ev["summary"], m))
    mid_dom = h.get("msgid_domain") or s["domain"]
    hs.append("Message-ID: <%s@%s>" % (h.get("msgid") or rhex(rng, 32), mid_dom))
    hs += h.get("headers", [])
    hs.append("MIME-Version: 1.0")
    hs += top
    infra = m.get("infra") or "vps"
    route = routes.build(rng, m, infra)
    return hs, body, route


RENDER = {"google": render_google, "outlook": render_outlook, "icloud": render_apple, "thunderbird": render_thunderbird,
          "zoom": render_zoom, "nextcloud": render_nextcloud, "zimbra": render_zimbra, "yahoo": render_yahoo,
          "sogo": render_sogo, "booking": render_booking, "handrolled": render_handrolled}
