"""Renderers reproducing the MIME layout and iCalendar style of calendar clients.

Every renderer takes a message spec (dict) and a random generator and returns
(headers, Part).  Trace/authentication headers are added by gen.py."""
import datetime as dt
import html as htmlmod
import re

from common import (CRLF, TZ, Part, leaf, leaf_bytes, esc, esc_loose, prop, join_ics, icsdt, icsdate,
                    vtimezone, to_utc, tzabbr, hdr_word, addr, rfc2822, utc_offset, fold)
from people import loc, fmt_when, LANG_TAG

OLK_CAN = {"en": "Canceled", "de": "Abgesagt", "fr": "Annulé", "es": "Cancelado", "it": "Annullato",
           "pt": "Cancelado", "nl": "Geannuleerd", "pl": "Anulowane", "ru": "Отменено",
           "el": "Ακυρώθηκε", "ar": "تم الإلغاء", "he": "בוטל", "zh": "已取消", "zh-tw": "已取消",
           "ja": "キャンセル", "ko": "취소됨", "hi": "रद्द किया गया", "th": "ยกเลิกแล้ว", "tr": "İptal edildi"}

TEAMS = {
    "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device",
           "Click here to join the meeting", "Meeting ID", "Passcode"),
    "de": ("Microsoft Teams-Besprechung", "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil",
           "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID", "Kennung"),
    "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle",
           "Cliquez ici pour participer à la réunion", "ID de la réunion", "Code secret"),
    "es": ("Reunión de Microsoft Teams", "Unirse desde el equipo, la aplicación móvil o un dispositivo de sala",
           "Haga clic aquí para unirse a la reunión", "Id. de reunión", "Código de acceso"),
    "nl": ("Microsoft Teams-vergadering", "Deelnemen op uw computer, mobiele app of ruimteapparaat",
           "Klik hier om deel te nemen aan de vergadering", "Vergader-id", "Wachtwoordcode"),
    "it": ("Riunione di Microsoft Teams", "Partecipa da computer, app per dispositivi mobili o dispositivo della sala",
           "Fai clic qui per partecipare alla riunione", "ID riunione", "Passcode"),
    "pt": ("Reunião do Microsoft Teams", "Ingressar no computador, aplicativo móvel ou dispositivo de sala",
           "Clique aqui para participar da reunião", "ID da Reunião", "Senha"),
    "ja": ("Microsoft Teams 会議", "コンピューター、モバイル アプリケーション、またはルーム デバイスで参加する",
           "ここをクリックして会議に参加してください", "会議 ID", "パスコード"),
    "pl": ("Spotkanie w aplikacji Microsoft Teams", "Dołącz na komputerze, w aplikacji mobilnej lub na urządzeniu w sali",
           "Kliknij tutaj, aby dołączyć do spotkania", "Identyfikator spotkania", "Kod dostępu"),
}

MEET_SEP = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"


# ---------------------------------------------------------------------------
# helpers

def ev_times(ev):
    if ev.get("allday"):
        return ev["start"], ev["end"]
    return ev["start"], ev["end"]


def dt_props(ev, mode, key="DTSTART", val=None):
    """mode: utc | tzid | olk | olkq | zimbra | float"""
    d = val if val is not None else (ev["start"] if key == "DTSTART" else ev["end"])
    if ev.get("allday"):
        return "%s;VALUE=DATE:%s" % (key, icsdate(d))
    tz = ev["tz"]
    if mode == "utc":
        return "%s:%s" % (key, icsdt(to_utc(tz, d), True))
    if mode == "tzid":
        return "%s;TZID=%s:%s" % (key, tz, icsdt(d))
    if mode == "olk":
        return "%s;TZID=%s:%s" % (key, TZ[tz][0], icsdt(d))
    if mode == "olkq":
        return '%s;TZID="%s":%s' % (key, TZ[tz][0], icsdt(d))
    if mode == "zimbra":
        return '%s;TZID="%s":%s' % (key, tz, icsdt(d))
    return "%s:%s" % (key, icsdt(d))


def html_escape(s):
    return htmlmod.escape(s, quote=True)


URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def text_to_html(text, link_text=None):
    out = []
    for line in text.split("\n"):
        l = html_escape(line)
        l = URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), (link_text or {}).get(m.group(1), m.group(1))), l)
        out.append(l)
    return "<br>\n".join(out)


def when_str(spec, ev):
    s, e = ev["start"], ev["end"]
    if ev.get("allday"):
        return fmt_when(spec["lang"], s, e, "", True)
    return fmt_when(spec["lang"], s, e, tzabbr(ev["tz"], s))


def first(spec):
    return spec["events"][0]


def stamp(spec):
    return icsdt(spec["sent"], True)


def created(spec):
    return icsdt(spec["sent"] - dt.timedelta(minutes=spec.get("created_ago", 3)), True)


def mailto(a):
    return "mailto:" + a


def alarm_lines(al, style="generic", rng=None):
    L = ["BEGIN:VALARM"]
    trig = al.get("trigger", "-PT15M")
    act = al.get("action", "DISPLAY")
    desc = al.get("desc", "Reminder")
    if style == "google":
        L += ["ACTION:" + act, "DESCRIPTION:" + esc(desc), "TRIGGER:" + trig]
    elif style == "olk":
        L += ["DESCRIPTION:" + esc(desc), "TRIGGER;RELATED=START:" + trig, "ACTION:" + act]
    elif style == "apple":
        u = rng.uuid().upper() if rng else "0"
        L += ["ACTION:" + act, "DESCRIPTION:" + esc(desc), "TRIGGER:" + trig, "UID:" + u, "X-WR-ALARMUID:" + u]
    elif style == "moz":
        L += ["ACTION:" + act, "TRIGGER;VALUE=DURATION:" + trig, "DESCRIPTION:" + esc(desc)]
    else:
        L += ["TRIGGER:" + trig, "ACTION:" + act, "DESCRIPTION:" + esc(desc)]
        if al.get("repeat"):
            L += ["REPEAT:%d" % al["repeat"], "DURATION:" + al.get("duration", "PT5M")]
    L.append("END:VALARM")
    return L


def common_tail(ev):
    """Optional properties that any client may carry when a user or tool set them."""
    L = []
    if ev.get("url"):
        L.append("URL:" + ev["url"] if not ev.get("url_valuri") else "URL;VALUE=URI:" + ev["url"])
    for a in ev.get("attach", []):
        uri, fmt = a[0], a[1] if len(a) > 1 else None
        params = []
        if fmt:
            params.append(("FMTTYPE", fmt))
        if len(a) > 2 and a[2]:
            params.append(("FILENAME", a[2]))
        L.append(prop("ATTACH", uri, params))
    for c in ev.get("conference", []):
        L.append(prop("CONFERENCE", c[0], [("VALUE", "URI"), ("FEATURE", "AUDIO,VIDEO" if c[0].startswith("http") else "PHONE"),
                                           ("LABEL", c[1])]))
    for x in ev.get("extra", []):
        L.append(x)
    return L


def loc_summary_prefix(spec):
    m = spec.get("method", "REQUEST")
    if m == "CANCEL":
        return loc(spec["lang"], "can")
    if m == "REPLY":
        return loc(spec["lang"], {"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "ten"}[spec.get("partstat", "ACCEPTED")])
    if spec.get("update"):
        return loc(spec["lang"], "upd")
    return loc(spec["lang"], "inv")


def enc_subject(spec, s):
    return hdr_word(s, spec.get("hcs", "utf-8"), spec.get("hmode", "B"))


def fromhdr(spec, who=None):
    n, a = who or spec["frm"]
    return addr(n, a, spec.get("hcs", "utf-8"), spec.get("hmode", "B"))


def tohdr(spec):
    return ", ".join(addr(n, a, spec.get("hcs", "utf-8"), spec.get("hmode", "B")) for n, a in spec["to"])


def cal_part(spec, ics, method_param=True, name=None, cte=None, ctype="text/calendar", disp=None,
             quote_cs=True, eol=CRLF):
    """Wrap calendar text into a MIME leaf."""
    params = [("charset" if quote_cs else "!charset", spec.get("cal_cs", "utf-8") if quote_cs else spec.get("cal_cs", "UTF-8"))]
    mp = spec.get("ct_method", spec.get("method")) if method_param else None
    if mp:
        params.append(("!method", mp))
    if name:
        params.append(("name", name))
    headers = []
    if disp:
        headers.append(("Content-Disposition", disp))
    cte = cte or "base64"
    from common import codec
    data = ics.encode(codec(spec.get("cal_cs", "utf-8")), errors="replace")
    if eol != CRLF:
        data = data.replace(b"\r\n", b"\n")
    if cte == "base64":
        p = leaf_bytes(ctype, data, params, headers, "base64")
    elif cte == "quoted-printable":
        from common import qp_encode
        p = Part(ctype, params, [("Content-Transfer-Encoding", cte)] + headers,
                 (qp_encode(data) + CRLF).encode("ascii"))
    else:
        if any(b > 127 for b in data) and cte == "7bit":
            cte = "8bit"
        p = Part(ctype, params, [("Content-Transfer-Encoding", cte)] + headers, data)
    return p


def ics_text(spec, lines, mode="octet", width=75):
    q = spec.get("quirks", set())
    if "nofold" in q:
        mode = "none"
    elif "charfold" in q:
        mode = "char"
    return join_ics(lines, mode, width)


def vtz_for(spec, style, dtmode):
    if dtmode in ("utc", "float"):
        return []
    if "tz-missing" in spec.get("quirks", set()):
        return []
    seen = []
    for ev in spec["events"]:
        if not ev.get("allday") and ev["tz"] not in seen and ev["tz"] != "UTC":
            seen.append(ev["tz"])
    L = []
    for z in seen:
        L += vtimezone(z, style)
    return L


def method_lines(spec):
    if "no-method" in spec.get("quirks", set()) or not spec.get("method"):
        return []
    return ["METHOD:" + spec.get("ics_method", spec["method"])]


def rrule_lines(ev):
    L = []
    if ev.get("rrule"):
        L.append("RRULE:" + ev["rrule"])
    for ex in ev.get("exdate", []):
        L.append(ex)
    return L


def recur_id(ev, mode):
    if ev.get("recurid"):
        return [dt_props(ev, mode, "RECURRENCE-ID", ev["recurid"])]
    return []


def pick_dtmode(ev, default):
    return default


# ---------------------------------------------------------------------------
# Google Calendar

def google_ics(spec, rng):
    ev0 = first(spec)
    recurring = any(ev.get("rrule") for ev in spec["events"])
    mode = "tzid" if recurring else "utc"
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar %s//EN" % spec["g_ver"], "VERSION:2.0",
         "CALSCALE:GREGORIAN"] + method_lines(spec)
    if recurring:
        L += vtz_for(spec, "lic", mode)
    for ev in spec["events"]:
        L.append("BEGIN:VEVENT")
        L += [dt_props(ev, mode, "DTSTART"), dt_props(ev, mode, "DTEND")]
        L += rrule_lines(ev)
        L.append("DTSTAMP:" + stamp(spec))
        on, oa = ev["organizer"]
        L.append(prop("ORGANIZER", mailto(oa), [("CN", on or oa)]))
        L.append("UID:" + ev["uid"])
        L += recur_id(ev, mode)
        for (n, a, ps, role, rsvp) in ev["attendees"]:
            if spec.get("method") == "REPLY" and a != spec["frm"][1] and a != ev.get("replier"):
                continue
            L.append(prop("ATTENDEE", mailto(a), [("CUTYPE", "INDIVIDUAL"), ("ROLE", role), ("PARTSTAT", ps),
                                                 ("RSVP", "TRUE" if rsvp else "FALSE"), ("CN", n or a),
                                                 ("X-NUM-GUESTS", "0")]))
        if ev.get("meet"):
            L.append("X-GOOGLE-CONFERENCE:https://meet.google.com/" + ev["meet"])
        L.append("X-MICROSOFT-CDO-OWNERAPPTID:%s" % ev.setdefault("ownerapptid", str(-rng.randint(10**8, 2 * 10**9))))
        L.append("CREATED:" + created(spec))
        d = ev.get("desc", "")
        if ev.get("meet"):
            d = (d + "\n\n" if d else "") + MEET_SEP + "\nJoin with Google Meet: https://meet.google.com/%s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n" % ev["meet"] + MEET_SEP
        L.append("DESCRIPTION:" + esc(d))
        L.append("LAST-MODIFIED:" + stamp(spec))
        L.append("LOCATION:" + esc(ev.get("loc", "")))
        L.append("SEQUENCE:%d" % ev.get("seq", 0))
        L.append("STATUS:" + ev.get("status", "CONFIRMED"))
        L.append("SUMMARY:" + esc(ev["summary"]))
        L.append("TRANSP:" + ev.get("transp", "OPAQUE"))
        L += common_tail(ev)
        for al in ev.get("alarms", []):
            L += alarm_lines(al, "google")
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return ics_text(spec, L)


def google(spec, rng):
    lang = spec["lang"]
    ev = first(spec)
    spec.setdefault("g_ver", rng.choice(["70.9054", "70.9054", "70.9054"]))
    rcpt = spec["rcpt"]
    when = when_str(spec, ev)
    pre = loc_summary_prefix(spec)
    if spec.get("method") == "REPLY":
        subj = spec.get("subject") or "%s: %s @ %s (%s)" % (pre, ev["summary"], when, ev["organizer"][1])
    else:
        subj = spec.get("subject") or "%s: %s @ %s (%s)" % (pre, ev["summary"], when, rcpt)
    on, oa = ev["organizer"]
    eid = rng.b64(30).replace("+", "").replace("/", "").rstrip("=")[:38]
    view = "https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0" % (
        eid, rng.alnum(60), ev["tz"].replace("/", "%2F"), lang)
    new_style = spec["sent"].year >= 2021
    if spec.get("method") == "REPLY":
        who = spec["frm"][0] or spec["frm"][1]
        plain = "%s %s: %s\n\n%s\n%s\n" % (who, pre.lower() if lang == "en" else pre, ev["summary"], ev["summary"], when)
        plain += "\n%s\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n" % view
    elif new_style:
        plain = "%s\n%s\n" % (ev["summary"], when)
        if ev.get("meet"):
            plain += "\n%s Google Meet\nmeet.google.com/%s\n" % (loc(lang, "join"), ev["meet"])
        if ev.get("loc"):
            plain += "\n%s\n" % ev["loc"]
        if ev.get("desc"):
            plain += "\n%s\n" % ev["desc"]
        plain += "\n%s\n%s - %s\n" % (loc(lang, "guests"), on or oa, loc(lang, "org"))
        shown = [a for a in ev["attendees"] if a[1] != oa][:20]
        for n, a, *_ in shown:
            plain += "%s\n" % (n or a)
        if len(ev["attendees"]) > 21:
            plain += "... (%d)\n" % (len(ev["attendees"]) - 21)
        plain += "View all guest info %s\n\n" % view
        plain += "Reply for %s and view more details %s\n" % (rcpt, view)
        plain += "Your attendance is optional.\n\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
        plain += ("You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.\n\n"
                  "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.\n\n"
                  "Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    else:
        plain = "You have been invited to the following event.\n\n" if lang == "en" else ""
        plain += "%s: %s\n" % (loc(lang, "title"), ev["summary"])
        if ev.get("desc"):
            plain += ev["desc"] + "\n"
        plain += "%s: %s\n" % (loc(lang, "when"), when)
        if ev.get("loc"):
            plain += "%s: %s\n" % (loc(lang, "where"), ev["loc"])
        plain += "\nCalendar: %s\n%s:\n     * %s - %s\n" % (rcpt, loc(lang, "who"), on or oa, loc(lang, "org"))
        for n, a, *_ in [a for a in ev["attendees"] if a[1] != oa][:25]:
            plain += "     * %s\n" % (n or a)
        plain += "\n%s:  %s\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n" % (loc(lang, "details"), view)
        plain += ("You are receiving this courtesy email at the account %s because you are an attendee of this event.\n\n"
                  "To stop receiving future updates for this event, decline this event. Alternatively you can sign up for a Google account at https://calendar.google.com/calendar/ and control your notification settings for your entire calendar.\n\n"
                  "Forwarding this invitation could allow any recipient to send a response to the organizer and be added to the guest list, or invite others regardless of their own invitation status, or to modify your RSVP. Learn more at https://support.google.com/calendar/answer/37135#forwarding\n" % rcpt)
    if spec.get("note"):
        plain = spec["note"] + "\n\n" + plain
    h = ['<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>' % html_escape(pre),
         '<span itemprop="object" itemscope itemtype="http://schema.org/Event"><div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%%;font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td>',
         '<div style="padding:2px"><span itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Google Calendar"/></span><meta itemprop="eventId/googleCalendar" content="%s"/>' % eid,
         '<h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222"><span itemprop="name">%s</span></h3>' % html_escape(ev["summary"]),
         '<table cellpadding="0" cellspacing="0" border="0" summary="Event details"><tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">%s</td></tr>' % (loc(lang, "when"), html_escape(when))]
    if ev.get("loc"):
        h.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><span itemprop="location" itemscope itemtype="http://schema.org/Place"><span itemprop="name" class="notranslate">%s</span></span></td></tr>' % (loc(lang, "where"), text_to_html(ev["loc"])))
    h.append('</table></div>')
    if ev.get("desc"):
        h.append('<p style="color:#222;font-size:13px;margin:0"><span style="color:#888">%s</span><br/>%s</p>' % (loc(lang, "desc"), ev.get("desc_html") or text_to_html(ev["desc"])))
    h.append('<p style="color:#222;font-size:13px;margin:0"><a href="%s" style="color:#20c;white-space:nowrap" itemprop="url">%s &raquo;</a></p>' % (html_escape(view), loc(lang, "details")))
    h.append('</td></tr></table></div></span></span>')
    h.append('<p style="color:#888;font-size:11px;font-family:Arial,Sans-serif">Invitation from <a href="https://calendar.google.com/calendar/" target="_blank" style="">Google Calendar</a></p>')
    html = '<span itemscope itemtype="http://schema.org/EmailMessage">' + "".join(h) + "</span>"
    ics = google_ics(spec, rng)
    b1 = "000000000000" + rng.hex(16)
    b2 = "000000000000" + rng.hex(16)
    cs = "UTF-8"
    alt = Part("multipart/alternative", boundary=b2, children=[
        leaf("text/plain", plain, "UTF-8", "base64" if lang != "en" else rng.choice(["quoted-printable", "base64"]),
             extra_params=[("!format", "flowed"), ("!delsp", "yes")]),
        leaf("text/html", html, "UTF-8", "quoted-printable"),
        cal_part(spec, ics, cte="7bit" if all(ord(c) < 128 for c in ics) else rng.choice(["base64", "quoted-printable"])),
    ])
    alt.fold_boundary = False
    att = cal_part(spec, ics, method_param=False, name="invite.ics", ctype="application/ics",
                   disp='attachment; filename="invite.ics"')
    att.params = [("name", "invite.ics")]
    top = Part("multipart/mixed", boundary=b1, children=[alt, att])
    top.fold_boundary = False
    hs = []
    if "reply_to" in spec:
        hs.append(("Reply-To", fromhdr(spec, spec["reply_to"])))
    if spec.get("g_sender", True):
        hs.append(("Sender", "Google Calendar <calendar-notification@google.com>"))
    hs += [("Auto-Submitted", "auto-generated"),
           ("Message-ID", "<calendar-%s@google.com>" % rng.uuid()),
           ("Date", rfc2822(spec["sent"])),
           ("Subject", enc_subject(spec, subj)),
           ("From", fromhdr(spec)),
           ("To", tohdr(spec))]
    hs.insert(0, ("MIME-Version", "1.0"))
    return hs, top


# ---------------------------------------------------------------------------
# Microsoft Exchange / Outlook on the web / Teams

def olk_uid(rng):
    return ("040000008200E00074C5B7101A82E00800000000" + rng.HEX(16) + "00000000000000001000000" + rng.HEX(32))


def teams_block(spec, rng, ev):
    t = TEAMS.get(spec["lang"], TEAMS["en"])
    tid, oid = rng.uuid(), rng.uuid()
    url = ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d"
           % (rng.alnum(48), tid, oid))
    mid = "%s %s %s %s" % (rng.digits(3), rng.digits(3), rng.digits(3), rng.digits(3))
    pc = rng.alnum(6)
    ev["teams_url"] = url
    line = "_" * 80
    txt = "%s\n%s\n%s\n%s<%s>\n%s: %s\n%s: %s\n" % (line, t[0], t[1], t[2], url, t[3], mid, t[4], pc)
    txt += "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    txt += "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=%s>\n%s\n" % (
        oid, tid, rng.alnum(48), LANG_TAG[spec["lang"]], line)
    return txt, url


def olk_html(body_html, lang):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
            '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (LANG_TAG[lang].upper(), body_html))


def olk_paras(text, link_text=None):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % text_to_html(para, link_text))
    return "\n".join(out)


def exchange_ics(spec, rng, body_for_desc):
    lang = spec["lang"]
    lt = LANG_TAG[lang]
    L = ["BEGIN:VCALENDAR"] + method_lines(spec) + ["PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += vtz_for(spec, "olk", "olk")
    for ev in spec["events"]:
        L.append("BEGIN:VEVENT")
        on, oa = ev["organizer"]
        params = [("CN", on or oa)]
        if ev.get("sentby"):
            params.append(("SENT-BY", "mailto:" + ev["sentby"]))
        L.append(prop("ORGANIZER", mailto(oa), params))
        for (n, a, ps, role, rsvp) in ev["attendees"]:
            if a == oa:
                continue
            if spec.get("method") == "REPLY" and a != spec["frm"][1]:
                continue
            pp = [("ROLE", role), ("PARTSTAT", ps)]
            if rsvp and spec.get("method") != "REPLY":
                pp.append(("RSVP", "TRUE"))
            pp.append(("CN", n or a))
            L.append(prop("ATTENDEE", mailto(a), pp))
        if spec.get("method") == "REPLY":
            L.append("COMMENT;LANGUAGE=%s:%s" % (lt, esc(spec.get("reply_comment", ""))) if spec.get("reply_comment") else "")
            L = [x for x in L if x]
        else:
            L.append("DESCRIPTION;LANGUAGE=%s:%s" % (lt, esc(body_for_desc)))
        L.append("UID:" + ev["uid"])
        L += recur_id(ev, "olk")
        L.append("SUMMARY;LANGUAGE=%s:%s" % (lt, esc(ev["summary"])))
        L += [dt_props(ev, "olk", "DTSTART"), dt_props(ev, "olk", "DTEND")]
        L += rrule_lines(ev)
        L += ["CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + stamp(spec), "TRANSP:" + ev.get("transp", "OPAQUE"),
              "STATUS:" + ("CANCELLED" if spec.get("method") == "CANCEL" else ev.get("status", "CONFIRMED")),
              "SEQUENCE:%d" % ev.get("seq", 0)]
        locv = ev.get("loc", "") or ("Microsoft Teams Meeting" if ev.get("teams_url") else "")
        L.append("LOCATION;LANGUAGE=%s:%s" % (lt, esc(locv)))
        L += common_tail(ev)
        busy = "FREE" if spec.get("method") == "CANCEL" else "TENTATIVE"
        L += ["X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % ev.get("seq", 0),
              "X-MICROSOFT-CDO-OWNERAPPTID:%d" % ev.setdefault("olk_owner", rng.randint(-2**31, 2**31 - 1)),
              "X-MICROSOFT-CDO-BUSYSTATUS:" + busy, "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if ev.get("allday") else "FALSE"),
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if ev.get("rrule") else 0)]
        if ev.get("teams_url"):
            L.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + ev["teams_url"])
            L.append("X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/%s/%s/19_meeting_%s@thread.v2/0" % (rng.uuid(), rng.uuid(), rng.alnum(40)))
            L.append("X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting_%s@thread.v2\"\\,\"private\":true\\,\"type\":0\\,\"mid\":0\\,\"rid\":0\\,\"uid\":null}" % rng.alnum(40))
            L.append("X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s" % (oa, rng.alnum(40), rng.hex(32), rng.hex(32)))
            L.append("X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}")
        L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
        if locv and spec["sent"].year >= 2019:
            L.append('X-MICROSOFT-LOCATIONS:[{"DisplayName":"%s"\\,"LocationAnnotation":""\\,"LocationSource":0\\,"Unresolved":false\\,"LocationUri":""}]' % esc(locv).replace('"', '\\"'))
        if spec.get("method") == "REQUEST":
            for al in ev.get("alarms") or [{"trigger": "-PT15M", "desc": "REMINDER"}]:
                L += alarm_lines(al, "olk")
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return ics_text(spec, L)


def exchange(spec, rng):
    lang = spec["lang"]
    ev = first(spec)
    body = spec.get("note") or ev.get("desc", "")
    link_text = spec.get("link_text")
    if spec.get("teams") and spec.get("method") == "REQUEST":
        tb, url = teams_block(spec, rng, ev)
        body = (body + "\n\n" if body else "\n") + tb
    desc_body = body
    m = spec.get("method")
    if m == "CANCEL":
        subj = "%s: %s" % (OLK_CAN[lang], ev["summary"])
    elif m == "REPLY":
        subj = "%s: %s" % (loc_summary_prefix(spec), ev["summary"])
    else:
        subj = ev["summary"]
    subj = spec.get("subject") or subj
    html_body = spec.get("html") or olk_paras(body, link_text)
    html = olk_html(html_body, lang)
    ics = exchange_ics(spec, rng, desc_body)
    host = spec.get("exo_host") or "%s%02dMB%04d" % (rng.choice(["AM0PR", "DB8PR", "PAXPR", "VI1PR", "CH2PR", "BN6PR", "SN4PR", "DM6PR", "PH0PR", "SY4PR", "TYZPR", "SG2PR"]), rng.randint(1, 9), rng.randint(1000, 9999))
    spec["exo_host"] = host
    region = {"AM": "eurprd", "DB": "eurprd", "PA": "eurprd", "VI": "eurprd", "CH": "namprd", "BN": "namprd", "SN": "namprd", "DM": "namprd", "PH": "namprd", "SY": "ausprd", "TY": "apcprd", "SG": "apcprd"}[host[:2]]
    spec["exo_fqdn"] = "%s.%s%02d.prod.outlook.com" % (host, region, rng.randint(1, 9))
    boundary = "_000_%s%s_" % (host, rng.HEX(16))
    parts = [leaf("text/plain", body if body.strip() else "\n", "utf-8", "base64"),
             leaf("text/html", html, "utf-8", "base64"),
             cal_part(spec, ics, cte="base64")]
    top = Part("multipart/alternative", boundary=boundary, children=parts)
    top.fold_boundary = True
    mid = "<%s%s@%s>" % (host, rng.HEX(24), spec["exo_fqdn"].upper().replace(".PROD.OUTLOOK.COM", ".prod.outlook.com"))
    ti = rng.b64(22 + 5 * rng.randint(0, 2))
    hs = [("From", fromhdr(spec)), ("To", tohdr(spec))]
    if spec.get("cc"):
        hs.append(("CC", ", ".join(addr(n, a, "utf-8") for n, a in spec["cc"])))
    hs += [("Subject", enc_subject(spec, subj)), ("Thread-Topic", enc_subject(spec, ev["summary"])),
           ("Thread-Index", ti), ("Date", rfc2822(spec["sent"])), ("Message-ID", mid),
           ("Accept-Language", "%s, en-US" % LANG_TAG[lang] if lang != "en" else "en-US"),
           ("Content-Language", LANG_TAG[lang]), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
           ("msip_labels", "")] if spec.get("msip") else [("Subject", enc_subject(spec, subj)),
           ("Thread-Topic", enc_subject(spec, ev["summary"])), ("Thread-Index", ti),
           ("Date", rfc2822(spec["sent"])), ("Message-ID", mid),
           ("Accept-Language", "%s, en-US" % LANG_TAG[lang] if lang != "en" else "en-US"),
           ("Content-Language", LANG_TAG[lang]), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if spec.get("infra") == "m365":
        hs += [("X-MS-Exchange-Organization-SCL", "1") if False else ("X-MS-PublicTrafficType", "Email"),
               ("X-MS-TrafficTypeDiagnostic", "%s:EE_|%s:EE_" % (host, host.replace("MB", "MB1")[:12])),
               ("X-MS-Office365-Filtering-Correlation-Id", rng.uuid()),
               ("X-MS-Exchange-CrossTenant-Network-Message-Id", rng.uuid()),
               ("X-MS-Exchange-CrossTenant-AuthSource", spec["exo_fqdn"]),
               ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
               ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", rfc2822(spec["sent"]).split(", ", 1)[1].replace(" +0000", "").replace(" ", " ") + "." + rng.digits(4) + " (UTC)"),
               ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Hosted"),
               ("X-MS-Exchange-CrossTenant-id", spec.setdefault("tenant", rng.uuid())),
               ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", host)]
        if spec.get("consumer"):
            hs.append(("X-OriginatorOrg", spec["frm"][1].split("@")[1]))
        else:
            hs.append(("X-OriginatorOrg", spec["frm"][1].split("@")[1]))
    hs.append(("MIME-Version", "1.0"))
    return hs, top


# ---------------------------------------------------------------------------
# Outlook desktop over plain SMTP (non-Exchange account)

def outlook_ics(spec, rng, desc):
    lang = spec["lang"]
    ver = spec.setdefault("olk_ver", "16.0")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook %s MIMEDIR//EN" % ver, "VERSION:2.0"]
    L += method_lines(spec)
    L.append("X-MS-OLK-FORCEINSPECTOROPEN:TRUE")
    L += vtz_for(spec, "olk", "olkq")
    for ev in spec["events"]:
        on, oa = ev["organizer"]
        L.append("BEGIN:VEVENT")
        for (n, a, ps, role, rsvp) in ev["attendees"]:
            if a == oa:
                continue
            if spec.get("method") == "REPLY" and a != spec["frm"][1]:
                continue
            pp = [("CN", '"%s"' % (n or a))]
            if spec.get("method") == "REPLY":
                pp.append(("PARTSTAT", ps))
            elif role != "REQ-PARTICIPANT":
                pp.append(("ROLE", role))
            if rsvp and spec.get("method") != "REPLY":
                pp.append(("RSVP", "TRUE"))
            L.append("ATTENDEE;" + ";".join("%s=%s" % p for p in pp) + ":" + mailto(a))
        L.append("CLASS:PUBLIC")
        L.append("CREATED:" + created(spec))
        L.append("DESCRIPTION:" + esc(desc))
        L.append(dt_props(ev, "olkq", "DTEND"))
        L.append("DTSTAMP:" + stamp(spec))
        L.append(dt_props(ev, "olkq", "DTSTART"))
        L.append("LAST-MODIFIED:" + stamp(spec))
        if ev.get("loc"):
            L.append("LOCATION:" + esc(ev["loc"]))
        L.append('ORGANIZER;CN="%s":%s' % (on or oa, mailto(oa)))
        L.append("PRIORITY:5")
        L += recur_id(ev, "olkq")
        L += rrule_lines(ev)
        L.append("SEQUENCE:%d" % ev.get("seq", 0))
        L.append("SUMMARY;LANGUAGE=%s:%s" % (LANG_TAG[lang].split("-")[0], esc(ev["summary"])))
        L.append("TRANSP:OPAQUE")
        L.append("UID:" + ev["uid"])
        L += common_tail(ev)
        alt = ev.get("xalt") or ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" CONTENT="MS Exchange Server version rmj.rmm.rup.rpr">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n<!-- Converted from text/rtf format -->\n\n'
                                 + "".join('<P DIR=LTR><SPAN LANG="%s"><FONT FACE="Calibri">%s</FONT></SPAN></P>\n' % (LANG_TAG[lang], html_escape(p)) for p in desc.split("\n") if p.strip())
                                 + "\n</BODY>\n</HTML>")
        L.append("X-ALT-DESC;FMTTYPE=text/html:" + esc(alt))
        L += ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOFILLLOCATION:FALSE",
              "X-MS-OLK-CONFTYPE:0"]
        if spec.get("method") == "REQUEST":
            for al in ev.get("alarms") or [{"trigger": "-PT15M", "desc": "Reminder"}]:
                L += ["BEGIN:VALARM", "TRIGGER:" + al.get("trigger", "-PT15M"), "ACTION:" + al.get("action", "DISPLAY"),
                      "DESCRIPTION:" + esc(al.get("desc", "Reminder"))]
                if al.get("repeat"):
                    L += ["REPEAT:%d" % al["repeat"], "DURATION:" + al.get("duration", "PT5M")]
                L.append("END:VALARM")
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return ics_text(spec, L)


def outlook(spec, rng):
    lang = spec["lang"]
    ev = first(spec)
    body = spec.get("note") or ev.get("desc", "")
    m = spec.get("method")
    if m == "CANCEL":
        subj = "%s: %s" % (OLK_CAN[lang], ev["summary"])
    elif m == "REPLY":
        subj = "%s: %s" % (loc_summary_prefix(spec), ev["summary"])
    else:
        subj = ev["summary"]
    subj = spec.get("subject") or subj
    cs = spec.get("cs", "utf-8")
    html = olk_html(spec.get("html") or olk_paras(body, spec.get("link_text")), lang).replace("charset=utf-8", "charset=%s" % cs)
    ics = outlook_ics(spec, rng, body)
    t = spec["sent"]
    b = "----=_NextPart_000_%04X_01%s.%s" % (rng.randint(0, 0xffff), rng.HEX(6), rng.HEX(8))
    parts = [leaf("text/plain", body or " ", cs, spec.get("cte", "quoted-printable")),
             leaf("text/html", html, cs, spec.get("cte", "quoted-printable")),
             cal_part(spec, ics, cte=rng.choice(["quoted-printable", "base64"]), quote_cs=True)]
    top = Part("multipart/alternative", boundary=b, children=parts)
    top.fold_boundary = True
    dom = spec["frm"][1].split("@")[1]
    hs = [("From", fromhdr(spec)), ("To", tohdr(spec)), ("Subject", enc_subject(spec, subj)),
          ("Date", rfc2822(spec["sent"], spec.get("tzoff", 0))),
          ("Message-ID", "<%s$%s$%s@%s>" % (rng.hex(12), rng.hex(8), rng.hex(8), dom)),
          ("MIME-Version", "1.0"),
          ("X-Mailer", "Microsoft Outlook %s" % spec["olk_ver"]),
          ("Thread-Index", rng.b64(22)),
          ("Content-Language", LANG_TAG[lang].lower() if lang != "en" else "en-us")]
    return hs, top


# ---------------------------------------------------------------------------
# Apple: iCloud server notifications and Calendar.app via Mail

def apple_event_lines(spec, rng, ev, server):
    L = ["BEGIN:VEVENT"]
    on, oa = ev["organizer"]
    for (n, a, ps, role, rsvp) in ev["attendees"]:
        if spec.get("method") == "REPLY" and a != spec["frm"][1] and a != ev.get("replier"):
            continue
        pp = [("CN", n or a), ("CUTYPE", "INDIVIDUAL"), ("EMAIL", a), ("PARTSTAT", ps)]
        if a == oa:
            pp.append(("ROLE", "CHAIR"))
        else:
            pp.append(("ROLE", role))
            if rsvp:
                pp.append(("RSVP", "TRUE"))
        L.append(prop("ATTENDEE", mailto(a), pp))
    L.append("CREATED:" + created(spec))
    L.append(dt_props(ev, "tzid", "DTEND"))
    L.append("DTSTAMP:" + stamp(spec))
    L.append(dt_props(ev, "tzid", "DTSTART"))
    L.append("LAST-MODIFIED:" + stamp(spec))
    if ev.get("loc"):
        L.append("LOCATION:" + esc(ev["loc"]))
    if ev.get("desc"):
        L.append("DESCRIPTION:" + esc(ev["desc"]))
    L.append(prop("ORGANIZER", mailto(oa), [("CN", on or oa), ("EMAIL", oa)]))
    L += recur_id(ev, "tzid")
    L += rrule_lines(ev)
    L.append("SEQUENCE:%d" % ev.get("seq", 0))
    if spec.get("method") == "CANCEL":
        L.append("STATUS:CANCELLED")
    L.append("SUMMARY:" + esc(ev["summary"]))
    L.append("TRANSP:OPAQUE")
    L.append("UID:" + ev["uid"])
    if ev.get("url"):
        L.append("URL;VALUE=URI:" + ev["url"])
    ev2 = dict(ev)
    ev2["url"] = None
    L += common_tail(ev2)
    if ev.get("geo"):
        L.append('X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="%s";X-APPLE-RADIUS=70.58;X-TITLE="%s":geo:%s' % (esc(ev["loc"]), esc(ev["loc"].split("\n")[0]), ev["geo"]))
    L.append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
    for al in ev.get("alarms", []):
        L += alarm_lines(al, "apple", rng)
    L.append("END:VEVENT")
    return L


def apple_ics(spec, rng, server):
    prodid = "-//CALENDARSERVER.ORG//NONSGML Version 1//EN" if server else spec["apple_prodid"]
    L = ["BEGIN:VCALENDAR"] + method_lines(spec) + ["PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN"]
    L += vtz_for(spec, "apple", "tzid")
    for ev in spec["events"]:
        L += apple_event_lines(spec, rng, ev, server)
    L.append("END:VCALENDAR")
    return ics_text(spec, L)


def icloud(spec, rng):
    lang = spec["lang"]
    ev = first(spec)
    on, oa = ev["organizer"]
    when = when_str(spec, ev)
    pre = loc_summary_prefix(spec)
    subj = spec.get("subject") or "%s: %s" % (pre, ev["summary"])
    inv = loc(lang, "invited").format(n=on or oa, t=ev["summary"])
    plain = "%s\n\n%s\n%s\n" % (inv, ev["summary"], when)
    if ev.get("loc"):
        plain += "%s\n" % ev["loc"]
    if ev.get("desc"):
        plain += "\n%s\n" % ev["desc"]
    tok = rng.alnum(40)
    acc = "https://www.icloud.com/calendar/eventreply/?t=%s&r=ACCEPTED" % tok
    plain += "\n%s: %s\n%s: %s\n%s: %s\n" % (loc(lang, "yes"), acc, loc(lang, "no"), acc.replace("ACCEPTED", "DECLINED"),
                                              loc(lang, "maybe"), acc.replace("ACCEPTED", "TENTATIVE"))
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>%s</title></head><body style="font-family:-apple-system,Helvetica,Arial;margin:0;padding:0">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="520">'
            '<tr><td style="font-size:17px;padding:24px 0 8px 0">%s</td></tr>'
            '<tr><td style="font-size:22px;font-weight:600">%s</td></tr><tr><td style="color:#6e6e73;padding:6px 0">%s</td></tr>'
            '%s%s<tr><td style="padding:18px 0"><a href="%s" style="color:#0070c9">%s</a> &nbsp; <a href="%s" style="color:#0070c9">%s</a> &nbsp; <a href="%s" style="color:#0070c9">%s</a></td></tr>'
            '</table></td></tr></table></body></html>' % (
                html_escape(ev["summary"]), html_escape(inv), html_escape(ev["summary"]), html_escape(when),
                '<tr><td style="color:#6e6e73">%s</td></tr>' % text_to_html(ev["loc"]) if ev.get("loc") else "",
                '<tr><td style="padding-top:12px">%s</td></tr>' % (ev.get("desc_html") or text_to_html(ev["desc"])) if ev.get("desc") else "",
                acc, loc(lang, "yes"), acc.replace("ACCEPTED", "DECLINED"), loc(lang, "no"),
                acc.replace("ACCEPTED", "TENTATIVE"), loc(lang, "maybe")))
    ics = apple_ics(spec, rng, True)
    b1 = "Apple-Mail=_%s" % rng.uuid().upper()
    b2 = "Apple-Mail=_%s" % rng.uuid().upper()
    name = "iCal-%s-%s.ics" % (spec["sent"].strftime("%Y%m%d"), spec["sent"].strftime("%H%M%S"))
    alt = Part("multipart/alternative", boundary=b2, children=[
        leaf("text/plain", plain, "utf-8", "quoted-printable"), leaf("text/html", html, "utf-8", "quoted-printable")])
    calp = cal_part(spec, ics, name=name, disp='attachment; filename="%s"' % name, cte="quoted-printable")
    top = Part("multipart/mixed", boundary=b1, children=[alt, calp])
    hs = [("From", fromhdr(spec)), ("Reply-To", fromhdr(spec, spec.get("reply_to", ev["organizer"]))),
          ("To", tohdr(spec)), ("Subject", enc_subject(spec, subj)), ("Date", rfc2822(spec["sent"])),
          ("Message-ID", "<%s@email.apple.com>" % rng.uuid().upper()), ("MIME-Version", "1.0"),
          ("X-Apple-Calendar-Notification", "1") if False else ("Auto-Submitted", "auto-generated")]
    return hs, top


def applemail(spec, rng):
    lang = spec["lang"]
    ev = first(spec)
    spec.setdefault("apple_prodid", "-//Apple Inc.//macOS 14.4.1//EN")
    ics = apple_ics(spec, rng, False)
    pre = loc_summary_prefix(spec)
    subj = spec.get("subject") or ("%s: %s" % (pre, ev["summary"]) if spec.get("method") != "REQUEST" else "%s: %s" % (loc(lang, "inv"), ev["summary"]))
    b = "Apple-Mail=_%s" % rng.uuid().upper()
    note = spec.get("note")
    children = []
    if note:
        children.append(leaf("text/plain", note, spec.get("cs", "utf-8"), spec.get("cte", "quoted-printable")))
    else:
        children.append(Part("text/plain", [("!charset", "us-ascii")], [("Content-Transfer-Encoding", "7bit")], b"\r\n"))
    nm = {"REQUEST": "iCal_request.ics", "REPLY": "iCal_reply.ics", "CANCEL": "iCal_cancel.ics"}.get(spec.get("method"), "invite.ics")
    calp = cal_part(spec, ics, name=nm, disp='attachment;\r\n\tfilename=%s' % nm, cte="quoted-printable")
    children.append(calp)
    top = Part("multipart/mixed", boundary=b, children=children)
    top.fold_boundary = False
    hs = [("From", fromhdr(spec)), ("Content-Type", None), ("Mime-Version", "1.0 (%s)" % spec.get("apple_mver", "Mac OS X Mail 16.0 \\(3774.500.171.1.1\\)").replace("\\", "")),
          ("Subject", enc_subject(spec, subj)), ("Date", rfc2822(spec["sent"], spec.get("tzoff", 0))),
          ("Message-Id", "<%s@%s>" % (rng.uuid().upper(), spec["frm"][1].split("@")[1])),
          ("To", tohdr(spec)), ("X-Mailer", spec.get("apple_xmailer", "Apple Mail (2.3774.500.171.1.1)"))]
    hs = [h for h in hs if h[1] is not None]
    return hs, top


# ---------------------------------------------------------------------------
# Thunderbird / Lightning

def moz_ics(spec, rng):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0"]
    L += method_lines(spec)
    L += vtz_for(spec, "lic", "tzid")
    for ev in spec["events"]:
        on, oa = ev["organizer"]
        comp = "VTODO" if ev.get("todo") else "VEVENT"
        L += ["BEGIN:" + comp, "CREATED:" + created(spec), "LAST-MODIFIED:" + stamp(spec), "DTSTAMP:" + stamp(spec),
              "UID:" + ev["uid"], "SUMMARY:" + esc(ev["summary"])]
        L.append(prop("ORGANIZER", mailto(oa), [("RSVP", "TRUE"), ("CN", on or oa), ("PARTSTAT", "ACCEPTED"), ("ROLE", "CHAIR")]))
        for (n, a, ps, role, rsvp) in ev["attendees"]:
            if spec.get("method") == "REPLY" and a != spec["frm"][1]:
                continue
            pp = [("RSVP", "TRUE" if rsvp else "FALSE")]
            if n:
                pp.append(("CN", n))
            pp += [("PARTSTAT", ps if a != oa else "ACCEPTED"), ("ROLE", "CHAIR" if a == oa else role)]
            L.append(prop("ATTENDEE", mailto(a), pp))
        L += rrule_lines(ev)
        L += recur_id(ev, "tzid")
        if ev.get("todo"):
            L.append(dt_props(ev, "tzid", "DTSTART"))
            L.append(dt_props(ev, "tzid", "DUE", ev["end"]))
            L.append("STATUS:NEEDS-ACTION")
        else:
            L += [dt_props(ev, "tzid", "DTSTART"), dt_props(ev, "tzid", "DTEND")]
        if ev.get("desc"):
            L.append("DESCRIPTION:" + esc(ev["desc"]))
        if ev.get("loc"):
            L.append("LOCATION:" + esc(ev["loc"]))
        L += common_tail(ev)
        if spec.get("method") == "CANCEL":
            L.append("STATUS:CANCELLED")
        L += ["SEQUENCE:%d" % ev.get("seq", 0), "TRANSP:OPAQUE", "X-MOZ-SEND-INVITATIONS:TRUE",
              "X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE"]
        if ev.get("seq"):
            L.append("X-MOZ-GENERATION:%d" % (ev["seq"] + 1))
        for al in ev.get("alarms", []):
            L += alarm_lines(al, "moz")
        L.append("END:" + comp)
    L.append("END:VCALENDAR")
    return ics_text(spec, L)


def thunderbird(spec, rng):
    lang = spec["lang"]
    ev = first(spec)
    on, oa = ev["organizer"]
    pre = loc_summary_prefix(spec)
    subj = spec.get("subject") or "%s: %s" % (pre, ev["summary"])
    plain = ""
    if spec.get("note"):
        plain += spec["note"] + "\n\n"
    plain += "%s: %s\n%s: %s\n" % (loc(lang, "title"), ev["summary"], loc(lang, "when"), when_str(spec, ev))
    if ev.get("loc"):
        plain += "%s: %s\n" % (loc(lang, "where"), ev["loc"])
    plain += "%s: %s <%s>\n%s:\n" % (loc(lang, "org").capitalize(), on, oa, loc(lang, "guests"))
    for n, a, *_ in ev["attendees"][:30]:
        plain += "%s <%s>\n" % (n, a) if n else "%s\n" % a
    if ev.get("desc"):
        plain += "\n%s:\n%s\n" % (loc(lang, "desc"), ev["desc"])
    ics = moz_ics(spec, rng)
    b1 = "------------" + rng.alnum(24)
    b2 = "------------" + rng.alnum(24)
    cs = spec.get("cs", "UTF-8")
    alt = Part("multipart/alternative", boundary=b2, children=[
        leaf("text/plain", plain, cs, spec.get("cte", "8bit")),
        cal_part(spec, ics, cte="8bit" if any(ord(c) > 127 for c in ics) else "7bit")])
    att = cal_part(spec, ics, method_param=False, name="invite.ics", ctype="application/ics",
                   disp='attachment; filename="invite.ics"')
    att.params = [("name", "invite.ics")]
    top = Part("multipart/mixed", boundary=b1, children=[alt, att])
    top.fold_boundary = False
    if spec.get("rfc822_wrap"):
        top = Part("multipart/mixed", boundary=b1, children=[
            leaf("text/plain", spec.get("note", ""), "UTF-8", "8bit", extra_params=[("!format", "flowed")]),
            spec["rfc822_wrap"]])
        top.fold_boundary = False
    ver = spec.get("tb_ver", "115.9.0")
    plat = spec.get("tb_plat", "Windows NT 10.0; Win64; x64")
    ua = "Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s" % (plat, ver.split(".")[0] + ".0", ver)
    if spec.get("tb_old"):
        ua = "Mozilla/5.0 (%s; rv:52.0) Gecko/20100101 Thunderbird/52.9.1 Lightning/5.4.9" % plat
    hs = [("Message-ID", "<%s@%s>" % (rng.uuid(), spec["frm"][1].split("@")[1])),
          ("Date", rfc2822(spec["sent"], spec.get("tzoff", 0))), ("MIME-Version", "1.0"), ("User-Agent", ua),
          ("Content-Language", LANG_TAG[lang].split("-")[0] if lang != "en" else "en-US"),
          ("From", fromhdr(spec)), ("To", tohdr(spec)), ("Subject", enc_subject(spec, subj))]
    return hs, top


# ---------------------------------------------------------------------------
# Zoom

def zoom(spec, rng):
    lang = spec["lang"]
    ev = first(spec)
    mid = spec.setdefault("zoom_id", rng.digits(11))
    host = spec.setdefault("zoom_host", "us%02dweb.zoom.us" % rng.choice([2, 4, 5, 6]))
    url = ev.get("zoom_url") or "https://%s/j/%s?pwd=%s" % (host, mid, rng.alnum(32))
    L = ["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    L += method_lines(spec)
    L.append("CLASS:PUBLIC")
    L += vtz_for(spec, "lic", "tzid")
    for e in spec["events"]:
        L += ["BEGIN:VEVENT", "DTSTAMP:" + stamp(spec), dt_props(e, "tzid", "DTSTART"), dt_props(e, "tzid", "DTEND"),
              "SUMMARY:" + esc(e["summary"]), "UID:" + e["uid"], "TZID:" + e["tz"],
              "DESCRIPTION:" + esc(e.get("desc", "")), "LOCATION:" + (e.get("loc") or url)]
        L += rrule_lines(e)
        on, oa = e["organizer"]
        if spec.get("zoom_org"):
            L.append(prop("ORGANIZER", mailto(oa), [("CN", on)]))
        L += common_tail(e)
        L += alarm_lines({"trigger": "-PT10M", "desc": "Reminder"}, "generic")
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = ics_text(spec, L)
    body = spec.get("html_body") or text_to_html(ev.get("desc", ""))
    html = ('<!DOCTYPE html><html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0;background:#f4f4f6">'
            '<table role="presentation" width="100%%" style="max-width:600px;margin:0 auto;background:#fff;font-family:Lato,Helvetica,Arial,sans-serif">'
            '<tr><td style="padding:24px"><img src="https://st1.zoom.us/static/6.3.11/image/new/ZoomLogo_112x25.png" alt="Zoom" width="112"></td></tr>'
            '<tr><td style="padding:0 24px 24px 24px;font-size:14px;color:#232333">%s</td></tr>'
            '<tr><td style="padding:0 24px 24px 24px"><a href="%s" style="background:#0e72ed;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">%s</a></td></tr>'
            '<tr><td style="padding:16px 24px;font-size:12px;color:#747487">Copyright &copy;%d Zoom Video Communications, Inc. All rights reserved.</td></tr>'
            '</table></body></html>' % (lang, body, html_escape(url), loc(lang, "join"), spec["sent"].year))
    b1 = "----=_Part_%d_%d.%d" % (rng.randint(10**5, 10**7), rng.randint(10**8, 2 * 10**9), int(spec["sent"].timestamp() * 1000))
    top = Part("multipart/mixed", boundary=b1, children=[
        leaf("text/html", html, "UTF-8", "quoted-printable"),
        cal_part(spec, ics, name="iCalendar.ics", disp='attachment; filename="iCalendar.ics"', cte="base64")])
    subj = spec.get("subject") or ev["summary"]
    hs = [("Date", rfc2822(spec["sent"])), ("From", fromhdr(spec)),
          ("Reply-To", fromhdr(spec, spec.get("reply_to", ev["organizer"]))),
          ("To", tohdr(spec)), ("Message-ID", "<%s.%s.%d@zoom.us>" % (rng.hex(8), rng.hex(4), int(spec["sent"].timestamp()))),
          ("Subject", enc_subject(spec, subj)), ("MIME-Version", "1.0"), ("X-ZM-EMAIL-TYPE", spec.get("zm_type", "webinar_registration"))]
    return hs, top


# ---------------------------------------------------------------------------
# Nextcloud (Sabre/VObject iMIP)

def nextcloud(spec, rng):
    lang = spec["lang"]
    ev = first(spec)
    on, oa = ev["organizer"]
    ver = spec.setdefault("nc_ver", "4.6.4")
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//IDN nextcloud.com//Calendar app %s//EN" % ver, "CALSCALE:GREGORIAN"]
    L += method_lines(spec)
    L += vtz_for(spec, "lic", "tzid")
    for e in spec["events"]:
        L += ["BEGIN:VEVENT", "CREATED:" + created(spec), "DTSTAMP:" + stamp(spec), "LAST-MODIFIED:" + stamp(spec),
              "SEQUENCE:%d" % e.get("seq", 2), "UID:" + e["uid"], dt_props(e, "tzid", "DTSTART"), dt_props(e, "tzid", "DTEND"),
              "STATUS:" + ("CANCELLED" if spec.get("method") == "CANCEL" else e.get("status", "CONFIRMED")),
              "SUMMARY:" + esc(e["summary"])]
        if e.get("loc"):
            L.append("LOCATION:" + esc(e["loc"]))
        if e.get("desc"):
            L.append("DESCRIPTION:" + esc(e["desc"]))
        L += rrule_lines(e)
        L += common_tail(e)
        L.append(prop("ORGANIZER", mailto(oa), [("CN", on or oa)]))
        for (n, a, ps, role, rsvp) in e["attendees"]:
            if a == oa:
                continue
            if spec.get("method") == "REPLY" and a != spec["frm"][1] and a != e.get("replier"):
                continue
            pp = ([("CN", n)] if n else []) + [("CUTYPE", "INDIVIDUAL"), ("PARTSTAT", ps), ("ROLE", role),
                                                ("RSVP", "TRUE" if rsvp else "FALSE"), ("LANGUAGE", lang)]
            L.append(prop("ATTENDEE", mailto(a), pp))
        for al in e.get("alarms", []):
            L += alarm_lines(al)
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = ics_text(spec, L)
    pre = loc_summary_prefix(spec)
    subj = spec.get("subject") or "%s: %s" % (pre, ev["summary"])
    inv = loc(lang, "invited").format(n=on, t=ev["summary"])
    plain = "%s\n\n%s: %s\n%s: %s\n" % (inv, loc(lang, "title"), ev["summary"], loc(lang, "when"), when_str(spec, ev))
    if ev.get("loc"):
        plain += "%s: %s\n" % (loc(lang, "where"), ev["loc"])
    if ev.get("desc"):
        plain += "%s: %s\n" % (loc(lang, "desc"), ev["desc"])
    base = "https://" + spec["nc_host"]
    tok = rng.alnum(32)
    plain += "\n%s: %s/index.php/apps/dav/invitation/accept/%s\n%s: %s/index.php/apps/dav/invitation/decline/%s\n" % (
        loc(lang, "yes"), base, tok, loc(lang, "no"), base, tok)
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table style="font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif" width="100%%"><tr><td><h2>%s</h2>'
            '<p>%s</p><table>%s</table><p><a href="%s/index.php/apps/dav/invitation/accept/%s">%s</a> &middot; '
            '<a href="%s/index.php/apps/dav/invitation/decline/%s">%s</a></p><p style="color:#767676">%s &ndash; %s</p></td></tr></table></body></html>' % (
                html_escape(inv), html_escape(ev["summary"]),
                "".join("<tr><td>%s</td><td>%s</td></tr>" % (html_escape(k), text_to_html(v)) for k, v in
                        [(loc(lang, "when"), when_str(spec, ev)), (loc(lang, "where"), ev.get("loc", "")), (loc(lang, "desc"), ev.get("desc", ""))] if v),
                base, tok, loc(lang, "yes"), base, tok, loc(lang, "no"), html_escape(spec.get("nc_name", "Nextcloud")),
                "a safe home for all your data"))
    swift = spec["sent"].year < 2023
    b1 = ("_=_swift_%d_%s_=_" % (int(spec["sent"].timestamp()), rng.hex(32))) if swift else rng.alnum(8)
    b2 = ("_=_swift_%d_%s_=_" % (int(spec["sent"].timestamp()), rng.hex(32))) if swift else rng.alnum(8)
    alt = Part("multipart/alternative", boundary=b2, children=[leaf("text/plain", plain, "utf-8", "quoted-printable"),
                                                                leaf("text/html", html, "utf-8", "quoted-printable")])
    calp = cal_part(spec, ics, name="event.ics", disp="attachment; filename=event.ics" if not swift else None,
                    cte="base64" if swift else "quoted-printable")
    top = Part("multipart/mixed", boundary=b1, children=[alt, calp])
    dom = spec["nc_host"]
    hs = [("Message-ID", "<%s@%s>" % (rng.hex(32), dom)), ("Date", rfc2822(spec["sent"])),
          ("Subject", enc_subject(spec, subj)), ("From", fromhdr(spec)), ("Reply-To", fromhdr(spec, ev["organizer"])),
          ("To", tohdr(spec)), ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-generated")]
    return hs, top


# ---------------------------------------------------------------------------
# Zimbra

def zimbra(spec, rng):
    lang = spec["lang"]
    ev = first(spec)
    on, oa = ev["organizer"]
    L = ["BEGIN:VCALENDAR", "X-WR-CALNAME:%s" % loc(lang, "inv"), "PRODID:Zimbra-Calendar-Provider", "VERSION:2.0"]
    L += method_lines(spec)
    L += vtz_for(spec, "zimbra", "zimbra")
    for e in spec["events"]:
        L += ["BEGIN:VEVENT", "UID:" + e["uid"], "SUMMARY:" + esc(e["summary"])]
        for (n, a, ps, role, rsvp) in e["attendees"]:
            if a == oa:
                continue
            if spec.get("method") == "REPLY" and a != spec["frm"][1]:
                continue
            L.append(prop("ATTENDEE", mailto(a), ([("CN", n)] if n else []) + [("ROLE", role), ("PARTSTAT", ps)] + ([("RSVP", "TRUE")] if rsvp else [])))
        L.append(prop("ORGANIZER", mailto(oa), [("CN", on)]))
        L += [dt_props(e, "zimbra", "DTSTART"), dt_props(e, "zimbra", "DTEND")]
        L += rrule_lines(e)
        L += ["STATUS:" + ("CANCELLED" if spec.get("method") == "CANCEL" else "CONFIRMED"), "CLASS:PUBLIC",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "TRANSP:OPAQUE", "LAST-MODIFIED:" + stamp(spec),
              "DTSTAMP:" + stamp(spec), "SEQUENCE:%d" % e.get("seq", 0)]
        if e.get("loc"):
            L.append("LOCATION:" + esc(e["loc"]))
        if e.get("desc"):
            L.append("DESCRIPTION:" + esc(e["desc"]))
        L += common_tail(e)
        for al in e.get("alarms") or [{"trigger": "-PT5M", "desc": "Reminder"}]:
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=START:" + al.get("trigger", "-PT5M"),
                  "DESCRIPTION:" + esc(al.get("desc", "Reminder")), "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = ics_text(spec, L)
    lab = {"en": ("The following is a new meeting request:", "Subject", "Organizer", "Time", "Invitees"),
           "de": ("Folgendes ist eine neue Besprechungsanfrage:", "Betreff", "Organisator", "Zeit", "Eingeladene"),
           "fr": ("Voici une nouvelle demande de réunion :", "Objet", "Organisateur", "Heure", "Invités"),
           "it": ("Questa è una nuova richiesta di riunione:", "Oggetto", "Organizzatore", "Ora", "Invitati"),
           "es": ("La siguiente es una nueva solicitud de reunión:", "Asunto", "Organizador", "Hora", "Invitados"),
           "pt": ("A seguir está uma nova solicitação de reunião:", "Assunto", "Organizador", "Horário", "Convidados"),
           "ru": ("Новый запрос на встречу:", "Тема", "Организатор", "Время", "Приглашенные"),
           "pl": ("Oto nowa prośba o spotkanie:", "Temat", "Organizator", "Czas", "Zaproszeni"),
           "tr": ("Aşağıdaki yeni bir toplantı isteğidir:", "Konu", "Düzenleyen", "Saat", "Davetliler")}.get(lang)
    if lab is None:
        lab = ("%s:" % loc(lang, "inv"), loc(lang, "title"), loc(lang, "org"), loc(lang, "when"), loc(lang, "guests"))
    if spec.get("method") == "CANCEL":
        lab = (OLK_CAN[lang] + ":",) + lab[1:]
    t0 = "%s \n\n%s: %s \n%s: \"%s\" <%s> \n\n" % (lab[0], lab[1], ev["summary"], lab[2], on, oa)
    if ev.get("loc"):
        t0 += "%s: %s \n" % (loc(lang, "where"), ev["loc"])
    t0 += "%s: %s\n \n%s: \n\n%s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s\n" % (
        lab[3], when_str(spec, ev), lab[4], "; ".join(a for _, a, *_ in ev["attendees"] if a != oa), ev.get("desc", ""))
    if spec.get("note"):
        t0 = spec["note"] + "\n\n" + t0
    html = "<html><body id='htmlmode'><h3>%s</h3>\n<p>\n<table border='0'>\n<tr><th align=left>%s:</th><td>%s </td></tr>\n<tr><th align=left>%s:</th><td>&quot;%s&quot; &lt;%s&gt; </td></tr>\n</table>\n<p>\n<table border='0'>\n<tr><th align=left>%s:</th><td>%s </td></tr>\n</table>\n<div>*~*~*~*~*~*~*~*~*~*</div><br>%s</body></html>" % (
        html_escape(lab[0]), lab[1], html_escape(ev["summary"]), lab[2], html_escape(on), oa, lab[3],
        html_escape(when_str(spec, ev)), ev.get("desc_html") or text_to_html(ev.get("desc", "")))
    b = "=_%s" % rng.uuid()
    top = Part("multipart/alternative", boundary=b, children=[
        leaf("text/plain", t0, spec.get("cs", "utf-8"), "quoted-printable"),
        leaf("text/html", html, spec.get("cs", "utf-8"), "quoted-printable"),
        cal_part(spec, ics, name="meeting.ics", cte="7bit" if all(ord(c) < 128 for c in ics) else "quoted-printable")])
    zv = spec.get("zimbra_ver", "8.8.15_GA_4581")
    dom = spec["frm"][1].split("@")[1]
    hs = [("Date", rfc2822(spec["sent"], spec.get("tzoff", 0))), ("From", fromhdr(spec)), ("To", tohdr(spec)),
          ("Message-ID", "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10**8, 2 * 10**9), rng.randint(10**6, 10**8), int(spec["sent"].timestamp() * 1000), dom)),
          ("Subject", enc_subject(spec, spec.get("subject") or ev["summary"])), ("MIME-Version", "1.0"),
          ("X-Mailer", "Zimbra %s (ZimbraWebClient - FF%d (%s)/%s)" % (zv, rng.choice([115, 121, 125]), rng.choice(["Win", "Linux", "Mac"]), zv)),
          ("Thread-Index", rng.b64(20)), ("Thread-Topic", enc_subject(spec, ev["summary"]))]
    return hs, top


# ---------------------------------------------------------------------------
# Yahoo

def yahoo(spec, rng):
    lang = spec["lang"]
    ev = first(spec)
    on, oa = ev["organizer"]
    L = ["BEGIN:VCALENDAR", "PRODID:-//Yahoo! Inc.//Yahoo! Calendar//EN", "VERSION:2.0"] + method_lines(spec)
    L += vtz_for(spec, "lic", "tzid")
    for e in spec["events"]:
        L += ["BEGIN:VEVENT", "UID:" + e["uid"], "DTSTAMP:" + stamp(spec), "SUMMARY:" + esc(e["summary"]),
              dt_props(e, "tzid", "DTSTART"), dt_props(e, "tzid", "DTEND")]
        L += rrule_lines(e)
        if e.get("desc"):
            L.append("DESCRIPTION:" + esc(e["desc"]))
        if e.get("loc"):
            L.append("LOCATION:" + esc(e["loc"]))
        L.append(prop("ORGANIZER", mailto(oa), [("CN", on)]))
        for (n, a, ps, role, rsvp) in e["attendees"]:
            if a == oa:
                continue
            L.append(prop("ATTENDEE", mailto(a), [("ROLE", role), ("PARTSTAT", ps), ("RSVP", "TRUE" if rsvp else "FALSE")] + ([("CN", n)] if n else [])))
        L += common_tail(e)
        L += ["SEQUENCE:%d" % e.get("seq", 0), "CLASS:PUBLIC", "TRANSP:OPAQUE"]
        for al in e.get("alarms", []):
            L += alarm_lines(al)
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = ics_text(spec, L)
    subj = spec.get("subject") or "%s: %s" % (loc_summary_prefix(spec), ev["summary"])
    inv = loc(lang, "invited").format(n=on, t=ev["summary"])
    plain = "%s\n\n%s\n%s\n%s\n\n%s\n" % (inv, ev["summary"], when_str(spec, ev), ev.get("loc", ""), ev.get("desc", ""))
    if spec.get("note"):
        plain = spec["note"] + "\n\n" + plain
    html = '<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div>%s</div><div><b>%s</b></div><div>%s</div><div>%s</div><div><br></div><div>%s</div></div></body></html>' % (
        rng.hex(8), html_escape(inv), html_escape(ev["summary"]), html_escape(when_str(spec, ev)), text_to_html(ev.get("loc", "")),
        spec.get("note_html") or ev.get("desc_html") or text_to_html(ev.get("desc", "")))
    b = "----=_Part_%d_%d.%d" % (rng.randint(10**5, 10**7), rng.randint(10**8, 2 * 10**9), int(spec["sent"].timestamp() * 1000))
    top = Part("multipart/alternative", boundary=b, children=[
        leaf("text/plain", plain, "UTF-8", "quoted-printable"), leaf("text/html", html, "UTF-8", "quoted-printable"),
        cal_part(spec, ics, cte="quoted-printable")])
    top.fold_boundary = True
    hs = [("Date", rfc2822(spec["sent"])), ("From", fromhdr(spec)), ("Reply-To", fromhdr(spec, ev["organizer"])),
          ("To", tohdr(spec)),
          ("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10**8, 2 * 10**9), rng.randint(10**5, 10**7), int(spec["sent"].timestamp() * 1000))),
          ("Subject", enc_subject(spec, subj)), ("MIME-Version", "1.0"),
          ("X-Mailer", "WebService/1.1.%d YMailNorrin" % rng.choice([21952, 22077, 22205]))]
    return hs, top


# ---------------------------------------------------------------------------
# SOGo

def sogo(spec, rng):
    lang = spec["lang"]
    ev = first(spec)
    on, oa = ev["organizer"]
    ver = spec.setdefault("sogo_ver", "5.10.0")
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Inverse inc./SOGo %s//EN" % ver] + method_lines(spec)
    L += vtz_for(spec, "lic", "tzid")
    for e in spec["events"]:
        L += ["BEGIN:VEVENT", "UID:" + e["uid"], "SUMMARY:" + esc(e["summary"])]
        if e.get("loc"):
            L.append("LOCATION:" + esc(e["loc"]))
        L += ["CLASS:PUBLIC", "X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:YES", "TRANSP:OPAQUE",
              dt_props(e, "tzid", "DTSTART"), dt_props(e, "tzid", "DTEND")]
        L += rrule_lines(e)
        L.append(prop("ORGANIZER", mailto(oa), [("CN", on)]))
        for (n, a, ps, role, rsvp) in e["attendees"]:
            if a == oa:
                continue
            L.append(prop("ATTENDEE", mailto(a), [("PARTSTAT", ps), ("ROLE", role)] + ([("CN", n)] if n else []) + [("RSVP", "TRUE")]))
        L += ["CREATED:" + created(spec), "DTSTAMP:" + stamp(spec), "LAST-MODIFIED:" + stamp(spec)]
        if e.get("desc"):
            L.append("DESCRIPTION:" + esc(e["desc"]))
        L += common_tail(e)
        L.append("SEQUENCE:%d" % e.get("seq", 0))
        for al in e.get("alarms", []):
            L += alarm_lines(al)
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    ics = ics_text(spec, L)
    m = spec.get("method")
    subj = spec.get("subject") or ('Event Invitation: "%s"' % ev["summary"] if lang == "en" else '%s: "%s"' % (loc(lang, "inv"), ev["summary"]))
    if m == "CANCEL":
        subj = spec.get("subject") or 'Event Cancelled: "%s"' % ev["summary"]
    inv = loc(lang, "invited").format(n=on, t=ev["summary"])
    plain = "%s\n\n%s: %s\n%s: %s\n%s\n" % (inv, loc(lang, "when"), when_str(spec, ev), loc(lang, "where"), ev.get("loc", ""), ev.get("desc", ""))
    if spec.get("note"):
        plain = spec["note"] + "\n\n" + plain
    b = "----=_=-_OpenGroupware_org_NGMime-%d-%d.%06d-%d------" % (rng.randint(100, 99999), int(spec["sent"].timestamp()), rng.randint(0, 999999), rng.randint(0, 40))
    top = Part("multipart/alternative", boundary=b, children=[
        leaf("text/plain", plain, spec.get("cs", "utf-8"), "quoted-printable"),
        cal_part(spec, ics, cte="quoted-printable")])
    top.fold_boundary = True
    dom = spec["frm"][1].split("@")[1]
    hs = [("Subject", enc_subject(spec, subj)), ("From", fromhdr(spec)), ("To", tohdr(spec)),
          ("Date", rfc2822(spec["sent"], spec.get("tzoff", 0))), ("MIME-Version", "1.0"),
          ("Message-Id", "<%s-%s-%s-%s@%s>" % (rng.HEX(3), rng.HEX(8), rng.HEX(2), rng.HEX(8), dom)),
          ("X-Mailer", "SOGoMail %s" % ver)]
    return hs, top


# ---------------------------------------------------------------------------
# Custom / hand-rolled (booking engines, ESP templates, spam kits)

def custom_ics(spec, rng):
    c = spec["custom"]
    L = ["BEGIN:VCALENDAR"]
    head = [("VERSION", "VERSION:2.0"), ("PRODID", "PRODID:" + c["prodid"])]
    if c.get("prodid_first"):
        head.reverse()
    L += [h[1] for h in head]
    if c.get("calscale"):
        L.append("CALSCALE:GREGORIAN")
    L += method_lines(spec)
    for x in c.get("cal_x", []):
        L.append(x)
    dtm = c.get("dtmode", "utc")
    if dtm == "tzid" and c.get("vtz", True):
        L += vtz_for(spec, c.get("vtz_style", "lic"), dtm)
    for e in spec["events"]:
        comp = "VTODO" if e.get("todo") else "VEVENT"
        on, oa = e["organizer"]
        P = {}
        P["UID"] = ["UID:" + e["uid"]]
        if "no-dtstamp" not in spec.get("quirks", set()):
            P["DTSTAMP"] = ["DTSTAMP:" + stamp(spec)]
        if e.get("todo"):
            P["DTSTART"] = [dt_props(e, dtm, "DTSTART")]
            P["DTEND"] = [dt_props(e, dtm, "DUE", e["end"])]
        else:
            P["DTSTART"] = [dt_props(e, dtm, "DTSTART")]
            P["DTEND"] = [dt_props(e, dtm, "DTEND")] if not e.get("duration") else ["DURATION:" + e["duration"]]
        ef = esc_loose if "sloppy-escape" in spec.get("quirks", set()) else esc
        P["SUMMARY"] = ["SUMMARY:" + ef(e["summary"])]
        if e.get("desc") is not None:
            P["DESCRIPTION"] = ["DESCRIPTION:" + ef(e["desc"])]
        if e.get("loc"):
            P["LOCATION"] = ["LOCATION:" + ef(e["loc"])]
        if on is not None or oa:
            P["ORGANIZER"] = [prop("ORGANIZER", mailto(oa), [("CN", on)] if on else [])]
        att = []
        for (n, a, ps, role, rsvp) in e["attendees"]:
            pp = ([("CN", n)] if n else []) + ([("ROLE", role)] if c.get("att_role", True) else []) + [("PARTSTAT", ps)]
            if rsvp:
                pp.append(("RSVP", "TRUE"))
            att.append(prop("ATTENDEE", mailto(a), pp))
        P["ATTENDEE"] = att
        P["STATUS"] = ["STATUS:" + ("CANCELLED" if spec.get("method") == "CANCEL" else e.get("status", "CONFIRMED"))]
        P["SEQUENCE"] = ["SEQUENCE:%d" % e.get("seq", 0)]
        P["RRULE"] = rrule_lines(e)
        P["TAIL"] = common_tail(e)
        if e.get("xalt"):
            P["TAIL"].append("X-ALT-DESC;FMTTYPE=text/html:" + esc(e["xalt"]))
        if e.get("cls"):
            P["TAIL"].append("CLASS:" + e["cls"])
        if e.get("prio"):
            P["TAIL"].append("PRIORITY:%d" % e["prio"])
        if e.get("cats"):
            P["TAIL"].append("CATEGORIES:" + e["cats"])
        if e.get("transp"):
            P["TAIL"].append("TRANSP:" + e["transp"])
        P["ALARM"] = []
        for al in e.get("alarms", []):
            P["ALARM"] += alarm_lines(al)
        order = c.get("order") or ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "LOCATION",
                                   "ORGANIZER", "ATTENDEE", "STATUS", "SEQUENCE", "RRULE", "TAIL", "ALARM"]
        L.append("BEGIN:" + comp)
        for k in order:
            L += P.get(k, [])
        for k in P:
            if k not in order:
                L += P[k]
        L.append("END:" + comp)
    L.append("END:VCALENDAR")
    return ics_text(spec, L, width=c.get("fold_width", 75))


def custom(spec, rng):
    c = spec["custom"]
    lang = spec["lang"]
    ev = first(spec)
    ics = custom_ics(spec, rng)
    eol = "\n" if "lf" in spec.get("quirks", set()) else CRLF
    cs = spec.get("cs", "utf-8")
    html = c.get("html")
    plain = c.get("plain")
    layout = c.get("layout", "mixed-html-ics")
    attname = c.get("att_name", "invite.ics")
    attct = c.get("att_ct", "text/calendar")
    bstyle = c.get("boundary", "php")
    t = int(spec["sent"].timestamp())

    def bnd():
        if bstyle == "php":
            return "b1_" + rng.alnum(43) if spec["sent"].year >= 2019 else "b1_" + rng.hex(32)
        if bstyle == "py":
            return "===============%019d==" % rng.randint(10**17, 10**19 - 1)
        if bstyle == "java":
            return "----=_Part_%d_%d.%d" % (rng.randint(10**5, 10**7), rng.randint(10**8, 2 * 10**9), t * 1000 + rng.randint(0, 999))
        if bstyle == "dotnet":
            return "--boundary_%d_%s" % (rng.randint(0, 9), rng.uuid())
        if bstyle == "node":
            return "--_NmP-%s-Part_1" % rng.hex(16)
        if bstyle == "go":
            return rng.hex(60)
        if bstyle == "sg":
            return rng.hex(64)
        return "=_" + rng.hex(32)

    calcte = c.get("cal_cte", "base64") if eol == CRLF else "base64"
    mp = c.get("ct_method", True)
    calp = lambda **kw: cal_part(spec, ics, eol=eol, cte=kw.pop("cte", calcte), method_param=kw.pop("mp", mp), **kw)
    if layout == "single-cal":
        top = calp()
    elif layout == "alt-plain-cal":
        top = Part("multipart/alternative", boundary=bnd(), children=[leaf("text/plain", plain, cs, c.get("cte", "quoted-printable")), calp()])
    elif layout == "alt-html-cal":
        ch = []
        if plain:
            ch.append(leaf("text/plain", plain, cs, c.get("cte", "quoted-printable")))
        ch.append(leaf("text/html", html, cs, c.get("cte", "quoted-printable")))
        ch.append(calp())
        top = Part("multipart/alternative", boundary=bnd(), children=ch)
    elif layout == "mixed-alt-ics":
        alt = Part("multipart/alternative", boundary=bnd(), children=[leaf("text/plain", plain, cs, c.get("cte", "quoted-printable")),
                                                                      leaf("text/html", html, cs, c.get("cte", "quoted-printable"))])
        top = Part("multipart/mixed", boundary=bnd(), children=[alt, calp(name=attname, ctype=attct, disp='attachment; filename="%s"' % attname, mp=mp and attct == "text/calendar")])
    elif layout == "mixed-plain-ics":
        top = Part("multipart/mixed", boundary=bnd(), children=[leaf("text/plain", plain, cs, c.get("cte", "quoted-printable")),
                                                                calp(name=attname, ctype=attct, disp='attachment; filename="%s"' % attname, mp=mp and attct == "text/calendar")])
    elif layout == "mixed-altcal-ics":
        alt = Part("multipart/alternative", boundary=bnd(), children=[leaf("text/html", html, cs, c.get("cte", "quoted-printable")), calp()])
        top = Part("multipart/mixed", boundary=bnd(), children=[alt, calp(name=attname, ctype=attct, disp='attachment; filename="%s"' % attname, mp=False)])
    else:  # mixed-html-ics
        top = Part("multipart/mixed", boundary=bnd(), children=[leaf("text/html", html, cs, c.get("cte", "quoted-printable")),
                                                                calp(name=attname, ctype=attct, disp='attachment; filename="%s"' % attname, mp=mp and attct == "text/calendar")])
    if c.get("cal_only_params"):
        pass
    subj = spec.get("subject") or ev["summary"]
    mid_dom = c.get("mid_domain") or spec["frm"][1].split("@")[1]
    mids = {"php": "<%s@%s>" % (rng.alnum(43) if spec["sent"].year >= 2019 else rng.hex(32), mid_dom),
            "py": "<%d.%d.%d@%s>" % (t, rng.randint(1000, 99999), rng.randint(10**17, 10**19), mid_dom),
            "java": "<%d.%d.%d@%s>" % (rng.randint(10**8, 2 * 10**9), rng.randint(10**5, 10**7), t * 1000, mid_dom),
            "dotnet": "<%s@%s>" % (rng.uuid(), mid_dom), "node": "<%s-%s-%s@%s>" % (rng.hex(8), rng.hex(4), rng.hex(12), mid_dom),
            "go": "<%s@%s>" % (rng.hex(24), mid_dom), "sg": "<%s@%s>" % (rng.alnum(22), mid_dom)}
    mid = mids.get(bstyle, "<%s@%s>" % (rng.hex(20), mid_dom))
    hs = []
    order = c.get("hdr_order", "std")
    core = [("Date", rfc2822(spec["sent"], spec.get("tzoff", 0))), ("From", fromhdr(spec)), ("To", tohdr(spec)),
            ("Subject", enc_subject(spec, subj)), ("Message-ID", mid)]
    if spec.get("reply_to"):
        core.append(("Reply-To", fromhdr(spec, spec["reply_to"])))
    if order == "php":
        hs = [core[0], core[2], core[1]] + ([core[5]] if len(core) > 5 else []) + [core[3], core[4]]
    elif order == "py":
        hs = [core[3], core[1], core[2], core[0], core[4]] + core[5:]
    else:
        hs = core
    if c.get("xmailer"):
        hs.append(("X-Mailer", c["xmailer"]))
    hs.append(("MIME-Version", "1.0"))
    for h in c.get("headers", []):
        hs.append(h)
    return hs, top


RENDER = {"google": google, "exchange": exchange, "outlook": outlook, "icloud": icloud, "applemail": applemail,
          "thunderbird": thunderbird, "zoom": zoom, "nextcloud": nextcloud, "zimbra": zimbra, "yahoo": yahoo,
          "sogo": sogo, "custom": custom}


# ---------------------------------------------------------------------------
# Gmail web client: a normal mail with an .ics attached (forwards, hand-made invites)

def gmail(spec, rng):
    lang = spec["lang"]
    ev = first(spec)
    from clients import custom_ics
    if "custom" not in spec:
        spec["custom"] = rng.choice([
            {"prodid": "-//Google Inc//Google Calendar 70.9054//EN", "dtmode": "utc", "calscale": True},
            {"prodid": "-//Apple Inc.//iPhone OS 17.4.1//EN", "dtmode": "tzid", "vtz_style": "apple", "uidstyle": "UUID"},
            {"prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "dtmode": "tzid", "vtz_style": "olk", "uidstyle": "UUID"},
            {"prodid": "-//Apple Inc.//Mac OS X 10.15.7//EN", "dtmode": "tzid", "vtz_style": "apple", "uidstyle": "UUID"}])
    ics = spec.get("ics_text") or custom_ics(spec, rng)
    note = spec.get("note") or first(spec).get("desc") or ""
    html = spec.get("html") or '<div dir="ltr">%s</div>\r\n' % text_to_html(note, spec.get("link_text")).replace("<br>\n", "<br>")
    b1 = "000000000000" + rng.hex(16)
    b2 = "000000000000" + rng.hex(16)
    alt = Part("multipart/alternative", boundary=b2, children=[
        leaf("text/plain", note, "UTF-8", "quoted-printable" if lang == "en" else "base64"),
        leaf("text/html", html, "UTF-8", "quoted-printable" if lang == "en" else "base64")])
    alt.fold_boundary = False
    fid = "f_" + rng.lower(9)
    nm = spec.get("att_name", "invite.ics")
    att = cal_part(spec, ics, method_param=spec.get("att_method", False), name=nm, ctype=spec.get("att_ct", "application/ics"),
                   disp='attachment; filename="%s"' % nm)
    att.headers += [("Content-ID", "<%s>" % fid), ("X-Attachment-Id", fid)]
    att.params = [(k, v) for k, v in att.params if k != "charset" or spec.get("att_ct", "application/ics") == "text/calendar"]
    kids = [alt, att]
    if spec.get("rfc822"):
        kids = [alt, spec["rfc822"]]
    top = Part("multipart/mixed", boundary=b1, children=kids)
    top.fold_boundary = False
    hs = [("MIME-Version", "1.0"), ("From", fromhdr(spec)), ("Date", rfc2822(spec["sent"], spec.get("tzoff", 0))),
          ("Message-ID", "<CA%s%s@mail.gmail.com>" % (rng.choice(["+", "", "J", "K", "L"]), rng.alnum(50, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=") )),
          ("Subject", enc_subject(spec, spec.get("subject") or ev["summary"])), ("To", tohdr(spec))]
    if spec.get("cc"):
        hs.append(("Cc", ", ".join(addr(n, a) for n, a in spec["cc"])))
    return hs, top


RENDER["gmail"] = gmail
