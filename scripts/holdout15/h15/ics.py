"""iCalendar renderers, one per client family.  Each returns a list of *unfolded* content lines;
folding and line-ending choices are made by the caller (client MIME code)."""
import datetime as dt

from .common import (TZ, esc, esc_sloppy, ics_utc, ics_local, ics_date, to_utc, pparam, vtimezone_olson,
                     vtimezone_windows, rand_hex, rand_token, rand_uuid, html_escape, text_to_html)
from .model import utc_start, utc_end

LANGTAG = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-PT", "nl": "nl-NL",
           "pl": "pl-PL", "cs": "cs-CZ", "ru": "ru-RU", "el": "el-GR", "tr": "tr-TR", "ar": "ar-SA", "he": "he-IL",
           "zh": "zh-CN", "ja": "ja-JP", "ko": "ko-KR", "hi": "hi-IN", "th": "th-TH"}

# which optional payload carriers a client's own iCalendar writer can emit
SUPPORT = {
    "google": {"description", "location", "attach"},
    "outlook": {"description", "location", "html"},
    "teams": {"description", "location"},
    "icloud": {"description", "location", "url"},
    "applecal": {"description", "location", "url"},
    "thunderbird": {"description", "location", "url", "attach"},
    "zoom": {"description"},
    "nextcloud": {"description", "location", "url", "attach"},
    "zimbra": {"description", "location", "html"},
    "yahoo": {"description", "location"},
    "sogo": {"description", "location", "url", "attach"},
    "booking": {"description", "location", "url", "html"},
    "custom": {"description", "location", "url", "attach", "conference", "html"},
}


def dtline(name, e, key, style, m=None):
    v = e[key]
    if v is None:
        return None
    if e["allday"]:
        return "%s;VALUE=DATE:%s" % (name, ics_date(v))
    tz = e["tz"]
    if style == "utc":
        return "%s:%s" % (name, ics_utc(to_utc(tz, v)))
    if style == "olson":
        return "%s;TZID=%s:%s" % (name, tz, ics_local(v))
    if style == "olson-q":
        return '%s;TZID="%s":%s' % (name, tz, ics_local(v))
    if style == "win":
        return "%s;TZID=%s:%s" % (name, TZ[tz][4], ics_local(v))
    if style == "win-q":
        return '%s;TZID="%s":%s' % (name, TZ[tz][4], ics_local(v))
    return "%s:%s" % (name, ics_local(v))


def alarm_lines(a, style="std"):
    L = ["BEGIN:VALARM"]
    trig = a.get("trigger", "-PT15M")
    if trig.startswith("ABS:"):
        tl = "TRIGGER;VALUE=DATE-TIME:" + trig[4:]
    elif style == "ms":
        tl = "TRIGGER;RELATED=START:" + trig
    elif style == "moz":
        tl = "TRIGGER;VALUE=DURATION:" + trig
    else:
        tl = "TRIGGER:" + trig
    act = a.get("action", "DISPLAY")
    d = a.get("desc", "Reminder")
    if style == "ms":
        L += ["DESCRIPTION:" + esc(d), tl, "ACTION:" + act]
    elif style == "apple":
        L += ["ACTION:" + act, "DESCRIPTION:" + esc(d), tl]
        if a.get("uid"):
            L += ["UID:" + a["uid"], "X-WR-ALARMUID:" + a["uid"]]
    else:
        L += ["ACTION:" + act, tl, "DESCRIPTION:" + esc(d)]
    if a.get("repeat"):
        L += ["REPEAT:%d" % a["repeat"], "DURATION:" + a.get("duration", "PT5M")]
    if act == "EMAIL" and a.get("attendee"):
        L += ["SUMMARY:" + esc(a.get("summary", d)), "ATTENDEE:mailto:" + a["attendee"]]
    if act == "AUDIO" and style != "ms":
        L.append("ATTACH;VALUE=URI:Basso")
    L.append("END:VALARM")
    return L


def _org(m, e):
    return e.get("organizer") or m.organizer


def _atts(m, e):
    return e.get("attendees") if e.get("attendees") is not None else m.attendees


def _desc(e):
    return e.get("description") or ""


# ---------------------------------------------------------------------------
def google(m):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN"]
    if m.method:
        L.append("METHOD:" + m.method)
    tzs = []
    for e in m.events:
        if e["rrule"] and not e["allday"] and e["tz"] not in tzs:
            tzs.append(e["tz"])
    for tz in tzs:
        L += vtimezone_olson(tz, "google")
    for e in m.events:
        style = "olson" if e["rrule"] else "utc"
        L.append("BEGIN:VEVENT")
        L.append(dtline("DTSTART", e, "start", style))
        L.append(dtline("DTEND", e, "end", style))
        if e["rrule"]:
            L.append("RRULE:" + e["rrule"])
        for x in e["exdate"]:
            L.append("EXDATE;TZID=%s:%s" % (e["tz"], ics_local(x)))
        L.append("DTSTAMP:" + ics_utc(e["dtstamp"]))
        org = _org(m, e)
        L.append("ORGANIZER;CN=%s:mailto:%s" % (pparam(org.name or org.email), org.email))
        L.append("UID:" + e["uid"])
        for a in _atts(m, e):
            p = "ATTENDEE;CUTYPE=%s;ROLE=%s;PARTSTAT=%s" % (a["cutype"], a["role"], a["partstat"])
            if a["rsvp"] and a["partstat"] == "NEEDS-ACTION":
                p += ";RSVP=TRUE"
            p += ";CN=%s;X-NUM-GUESTS=0:mailto:%s" % (pparam(a["name"] or a["email"]), a["email"])
            L.append(p)
        if e.get("comment") and m.method == "REPLY":
            L.append("X-RESPONSE-COMMENT:" + esc(e["comment"]))
        for at in e["attach"]:
            L.append("ATTACH;FILENAME=%s;FMTTYPE=%s:%s" % (pparam(at[2]), at[1], at[0]))
        L.append("CREATED:" + ics_utc(e["created"]))
        d = _desc(e)
        if e.get("google_html"):
            d = text_to_html(d)
        if e.get("meet") and m.method in ("REQUEST", "PUBLISH"):
            d += ("\n\n" if d else "") + google_meet_block(e["meet"], m)
        if m.method == "REQUEST" and e.get("view_link", True):
            d += ("\n\n" if d else "") + "View your event at %s." % e.get("eid_link", "https://calendar.google.com/calendar/event?action=VIEW&eid=" + rand_token(m.rng, 60))
        L.append("DESCRIPTION:" + esc(d))
        L.append("LAST-MODIFIED:" + ics_utc(e["dtstamp"] - dt.timedelta(seconds=m.rng.randint(1, 40))))
        L.append("LOCATION:" + esc(e["location"] or ""))
        L.append("SEQUENCE:%d" % e["seq"])
        L.append("STATUS:" + ("CANCELLED" if m.method == "CANCEL" else e["status"]))
        L.append("SUMMARY:" + esc(e["summary"]))
        L.append("TRANSP:" + e["transp"])
        if e.get("meet"):
            L.append("X-GOOGLE-CONFERENCE:" + e["meet"])
        for a in e["alarms"]:
            L += alarm_lines(dict(a, desc="This is an event reminder", trigger=google_trigger(a.get("trigger", "-PT30M"))))
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return L


def google_trigger(t):
    import re
    mm = re.match(r"^-P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$", t)
    if not mm:
        return t
    d, h, mi, s = (int(x or 0) for x in mm.groups())
    return "-P%dDT%dH%dM%dS" % (d, h, mi, s)


def google_meet_block(url, m):
    sep = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    rng = m.rng
    if m.arrival.year < 2020:
        return "%s\nPlease do not edit this section of the description.\n\nThis event has a Hangouts video call.\nJoin: %s\n%s" % (
            sep, url, sep)
    return ("%s\nJoin with Google Meet: %s\nOr dial: (US) +1 %d-555-01%02d PIN: %d#\nMore phone numbers: "
            "https://tel.meet/%s?pin=%d\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
            "Please do not edit this section.\n%s") % (
        sep, url, rng.randint(201, 989), rng.randint(0, 99), rng.randint(100000000, 999999999),
        url.rsplit("/", 1)[-1], rng.randint(1000000000000, 9999999999999), sep)


# ---------------------------------------------------------------------------
def ms_uid(rng):
    return ("040000008200E00074C5B7101A82E00800000000" + rand_hex(rng, 16, True) + "000000000000000010000000" +
            rand_hex(rng, 32, True))


def teams_block(m, e, lang):
    rng = m.rng
    tid, oid = rand_uuid(rng), rand_uuid(rng)
    if m.arrival.year >= 2024 and rng.random() < 0.6:
        mid = "%d %d %d %d" % (rng.randint(100, 499), rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999))
        url = "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (
            rand_token(rng, 48), tid, oid)
        pas = rand_token(rng, 6)
    else:
        mid, pas = None, None
        url = "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (
            rand_token(rng, 48), tid, oid)
    e["teams_url"] = url
    e["teams_ids"] = (tid, oid)
    line = "_" * 80
    T = {
        "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the meeting",
               "Meeting ID", "Passcode", "Download Teams", "Join on the web", "Learn More", "Meeting options"),
        "de": ("Microsoft Teams-Besprechung", "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil",
               "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID", "Kennung", "Teams herunterladen",
               "Im Web beitreten", "Weitere Infos", "Besprechungsoptionen"),
        "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
               "Cliquez ici pour participer à la réunion", "ID de la réunion", "Code secret", "Télécharger Teams",
               "Rejoindre sur le web", "En savoir plus", "Options de réunion"),
        "es": ("Reunión de Microsoft Teams", "Unirse desde el ordenador, aplicación móvil o dispositivo de sala",
               "Haga clic aquí para unirse a la reunión", "Id. de reunión", "Código de acceso", "Descargar Teams",
               "Unirse en la web", "Más información", "Opciones de reunión"),
        "ja": ("Microsoft Teams 会議", "コンピュータ、モバイルアプリケーション、またはルームデバイスで参加する",
               "ここをクリックして会議に参加してください", "会議 ID", "パスコード", "Teams のダウンロード", "Web に参加",
               "詳細情報", "会議のオプション"),
    }.get(lang) or None
    if T is None:
        T = ("Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the meeting",
             "Meeting ID", "Passcode", "Download Teams", "Join on the web", "Learn More", "Meeting options")
    txt = "%s\n%s\n%s\n%s<%s>\n" % (line, T[0], T[1], T[2], url)
    if mid:
        txt += "%s: %s\n%s: %s\n" % (T[3], mid, T[4], pas)
    txt += ("%s<https://www.microsoft.com/en-us/microsoft-teams/download-app> | %s<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "%s<https://aka.ms/JoinTeamsMeeting> | %s<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=%s>\n%s") % (
        T[5], T[6], T[7], T[8], oid, tid, rand_token(rng, 40), LANGTAG.get(lang, "en-US"), line)
    e["teams_loc"] = {"de": "Microsoft Teams-Besprechung", "fr": "Réunion Microsoft Teams",
                      "es": "Reunión de Microsoft Teams", "ja": "Microsoft Teams 会議"}.get(lang, "Microsoft Teams Meeting")
    return txt


def exchange(m, teams=False):
    rng = m.rng
    lt = LANGTAG.get(m.lang, "en-US")
    if m.tw:
        lt = "zh-TW"
    L = ["BEGIN:VCALENDAR"]
    if m.method:
        L.append("METHOD:" + m.method)
    L += ["PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    tzs = []
    for e in m.events:
        if not e["allday"] and e["tz"] not in tzs:
            tzs.append(e["tz"])
    for tz in tzs:
        L += vtimezone_windows(tz)
    for e in m.events:
        L.append("BEGIN:VEVENT")
        org = _org(m, e)
        atts = _atts(m, e)
        if m.method == "REPLY":
            if org:
                L.append("ORGANIZER;CN=%s:mailto:%s" % (pparam(org.name or org.email), org.email))
            for a in atts:
                L.append("ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (a["partstat"], pparam(a["name"] or a["email"]), a["email"]))
            if e.get("comment"):
                L.append("COMMENT;LANGUAGE=%s:%s" % (lt, esc(e["comment"])))
            pref = {"ACCEPTED": "ol_acc", "DECLINED": "ol_dec", "TENTATIVE": "ol_tent"}[atts[0]["partstat"]]
            from .boiler import L as BL
            L.append("SUMMARY;LANGUAGE=%s:%s: %s" % (lt, BL(m.lang, pref, m.tw), esc(e["summary"])))
        else:
            if org:
                p = "ORGANIZER;CN=%s" % pparam(org.name or org.email)
                if e.get("sent_by"):
                    p += ';SENT-BY="mailto:%s"' % e["sent_by"]
                L.append(p + ":mailto:" + org.email)
            for a in atts:
                if org and a["email"] == org.email:
                    continue
                p = "ATTENDEE;ROLE=%s;PARTSTAT=%s" % (a["role"], a["partstat"])
                if a["rsvp"]:
                    p += ";RSVP=TRUE"
                if a.get("cutype") == "RESOURCE" or a.get("cutype") == "ROOM":
                    p += ";CUTYPE=RESOURCE"
                L.append(p + ";CN=%s:mailto:%s" % (pparam(a["name"] or a["email"]), a["email"]))
            d = _desc(e)
            if teams:
                d = (d + "\n\n" if d else "") + teams_block(m, e, m.lang)
            if m.method == "CANCEL" and e.get("cancel_note"):
                d = e["cancel_note"] + ("\n\n" + d if d else "")
            L.append("DESCRIPTION;LANGUAGE=%s:%s" % (lt, esc(d + "\n")))
            e["_ms_desc"] = d
            summ = e["summary"]
            if m.method == "CANCEL":
                from .boiler import L as BL
                summ = "%s: %s" % (BL(m.lang, "ol_canc", m.tw), summ)
            L.append("UID:" + e["uid"])
            L.append("SUMMARY;LANGUAGE=%s:%s" % (lt, esc(summ)))
        if m.method == "REPLY":
            L.append(dtline("DTSTART", e, "start", "win"))
            L.append(dtline("DTEND", e, "end", "win"))
            L.append("UID:" + e["uid"])
        else:
            L.append(dtline("DTSTART", e, "start", "win"))
            L.append(dtline("DTEND", e, "end", "win"))
        if e["rrule"]:
            L.append("RRULE:" + e["rrule"])
        L.append("CLASS:" + e["cls"])
        L.append("PRIORITY:%d" % (1 if m.method == "CANCEL" else (e["priority"] or 5)))
        L.append("DTSTAMP:" + ics_utc(e["dtstamp"]))
        L.append("TRANSP:" + ("TRANSPARENT" if m.method == "CANCEL" else e["transp"]))
        L.append("STATUS:" + ("CANCELLED" if m.method == "CANCEL" else e["status"]))
        L.append("SEQUENCE:%d" % e["seq"])
        loc = e["location"]
        if teams and not loc:
            loc = e.get("teams_loc", "Microsoft Teams Meeting")
        L.append("LOCATION;LANGUAGE=%s:%s" % (lt, esc(loc or "")))
        L.append("X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % e["seq"])
        if m.method == "REPLY":
            L.append("X-MICROSOFT-CDO-OWNER-CRITICAL-CHANGE:" + ics_utc(e["dtstamp"] - dt.timedelta(days=1)))
            L.append("X-MICROSOFT-CDO-ATTENDEE-CRITICAL-CHANGE:" + ics_utc(e["dtstamp"]))
        else:
            L.append("X-MICROSOFT-CDO-OWNERAPPTID:%d" % rng.randint(-2147483647, 2147483647))
        L.append("X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if m.method == "CANCEL" else ("BUSY" if m.method == "REPLY" else "TENTATIVE")))
        L.append("X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if m.method == "CANCEL" else "BUSY"))
        L.append("X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if e["allday"] else "FALSE"))
        L.append("X-MICROSOFT-CDO-IMPORTANCE:%d" % (2 if e.get("important") else 1))
        L.append("X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if e["rrule"] else 0))
        if teams and e.get("teams_url"):
            L.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + e["teams_url"])
            L.append("X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/%s/%s/19_meeting_%s@thread.v2/0" % (
                e["teams_ids"][0], e["teams_ids"][1], rand_token(rng, 48)))
            L.append('X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % rand_token(rng, 48))
            L.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
            L.append("X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s" % (
                m.organizer.email if m.organizer else "", rand_token(rng, 48), e["teams_ids"][1].replace("-", ""), e["teams_ids"][0].replace("-", "")))
        if m.method != "REPLY":
            L.append("X-MICROSOFT-DONOTFORWARDMEETING:FALSE")
            L.append("X-MICROSOFT-DISALLOW-COUNTER:FALSE")
            if m.arrival.year >= 2019:
                L.append("X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT")
                L.append("X-MICROSOFT-ISRESPONSEREQUESTED:%s" % ("TRUE" if m.method == "REQUEST" else "FALSE"))
            if m.arrival.year >= 2019 and loc:
                L.append('X-MICROSOFT-LOCATIONS:[{"DisplayName":"%s"\\,"LocationAnnotation":""\\,"LocationSource":0\\,"Unresolved":false\\,"LocationUri":""}]' % esc(loc).replace('"', "'"))
        if m.method == "REQUEST":
            for a in (e["alarms"] or [{"trigger": "-PT15M", "desc": "REMINDER"}]):
                L += alarm_lines(dict(a, desc=a.get("desc", "REMINDER")), "ms")
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return L


def outlook_desktop(m):
    """Outlook 2016+/365 desktop (MIMEDIR), properties in alphabetical order, X-MS-OLK-*."""
    rng = m.rng
    lt = LANGTAG.get(m.lang, "en-US").split("-")[0] if not m.tw else "zh-TW"
    ver = "16.0" if m.arrival.year >= 2016 else "15.0"
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook %s MIMEDIR//EN" % ver, "VERSION:2.0"]
    if m.method:
        L.append("METHOD:" + m.method)
    L.append("X-MS-OLK-FORCEINSPECTOROPEN:TRUE")
    tzs = []
    for e in m.events:
        if not e["allday"] and e["tz"] not in tzs:
            tzs.append(e["tz"])
    for tz in tzs:
        L += vtimezone_windows(tz)
    for e in m.events:
        L.append("BEGIN:VEVENT")
        org0 = _org(m, e)
        for a in _atts(m, e):
            if m.method != "REPLY" and org0 and a["email"] == org0.email:
                continue
            p = "ATTENDEE;CN=%s" % ('"%s"' % (a["name"] or a["email"]))
            if a["role"] != "REQ-PARTICIPANT":
                p += ";ROLE=" + a["role"]
            if a["rsvp"]:
                p += ";RSVP=TRUE"
            if m.method == "REPLY":
                p += ";PARTSTAT=" + a["partstat"]
            L.append(p + ":mailto:" + a["email"])
        if e.get("categories"):
            L.append("CATEGORIES:" + e["categories"])
        L.append("CLASS:" + e["cls"])
        L.append("CREATED:" + ics_utc(e["created"]))
        d = _desc(e)
        L.append("DESCRIPTION:" + esc(d + "\n"))
        L.append(dtline("DTEND", e, "end", "win-q"))
        L.append("DTSTAMP:" + ics_utc(e["dtstamp"]))
        L.append(dtline("DTSTART", e, "start", "win-q"))
        L.append("LAST-MODIFIED:" + ics_utc(e["dtstamp"]))
        if e["location"]:
            L.append("LOCATION:" + esc(e["location"]))
        org = _org(m, e)
        if org:
            L.append('ORGANIZER;CN="%s":mailto:%s' % (org.name or org.email, org.email))
        L.append("PRIORITY:%d" % (e["priority"] or 5))
        if e["rrule"]:
            L.append("RRULE:" + e["rrule"])
        L.append("SEQUENCE:%d" % e["seq"])
        L.append("SUMMARY;LANGUAGE=%s:%s" % (lt, esc(e["summary"])))
        L.append("TRANSP:" + e["transp"])
        L.append("UID:" + e["uid"])
        html = e.get("html") or ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n'
                                 '<META NAME="Generator" CONTENT="MS Exchange Server version rmj.rmm.rup.rpr">\n'
                                 '<TITLE></TITLE>\n</HEAD>\n<BODY>\n<!-- Converted from text/rtf format -->\n\n'
                                 '<P DIR=LTR><SPAN LANG="%s"><FONT FACE="Calibri">%s</FONT></SPAN></P>\n\n</BODY>\n</HTML>' % (
                                     lt, html_escape(d).replace("\n", "<BR>")))
        L.append("X-ALT-DESC;FMTTYPE=text/html:" + esc(html))
        L.append("X-MICROSOFT-CDO-BUSYSTATUS:BUSY")
        L.append("X-MICROSOFT-CDO-IMPORTANCE:1")
        L.append("X-MICROSOFT-DISALLOW-COUNTER:FALSE")
        L.append("X-MS-OLK-AUTOFILLLOCATION:FALSE")
        L.append("X-MS-OLK-AUTOSTARTCHECK:FALSE")
        L.append("X-MS-OLK-CONFTYPE:0")
        if m.method == "REQUEST":
            L.append("X-MS-OLK-SENDER;CN=%s:mailto:%s" % ('"%s"' % m.frm.name, m.frm.email)) if m.frm and m.organizer and m.frm.email != m.organizer.email else None
        for a in (e["alarms"] or [{"trigger": "-PT15M", "desc": "Reminder"}]):
            L += ["BEGIN:VALARM", "TRIGGER:" + a.get("trigger", "-PT15M"), "ACTION:" + a.get("action", "DISPLAY"),
                  "DESCRIPTION:" + esc(a.get("desc", "Reminder"))]
            if a.get("repeat"):
                L += ["REPEAT:%d" % a["repeat"], "DURATION:" + a.get("duration", "PT5M")]
            L.append("END:VALARM")
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return [x for x in L if x]


# ---------------------------------------------------------------------------
def apple(m, prodid, server=False):
    """Apple Calendar / iCloud: alphabetical properties, EMAIL= params, X-APPLE-*."""
    rng = m.rng
    L = ["BEGIN:VCALENDAR"]
    if m.method:
        L.append("METHOD:" + m.method)
    L += ["VERSION:2.0", "PRODID:" + prodid]
    if not server:
        L.append("CALSCALE:GREGORIAN")
    tzs = []
    for e in m.events:
        if not e["allday"] and e["tz"] not in tzs:
            tzs.append(e["tz"])
    for tz in tzs:
        L += vtimezone_olson(tz, "apple")
    for e in m.events:
        L.append("BEGIN:VEVENT")
        org = _org(m, e)
        props = []
        for a in _atts(m, e):
            p = "ATTENDEE;CN=%s;CUTYPE=%s;EMAIL=%s;PARTSTAT=%s;ROLE=%s" % (
                '"%s"' % (a["name"] or a["email"]), a["cutype"], '"%s"' % a["email"], a["partstat"], a["role"])
            if a["rsvp"] and a["partstat"] == "NEEDS-ACTION":
                p += ";RSVP=TRUE"
            if server and a["email"] != org.email:
                p += ";SCHEDULE-STATUS=1.1"
            props.append(("ATTENDEE", p + ":mailto:" + a["email"]))
        props.append(("CREATED", "CREATED:" + ics_utc(e["created"])))
        if e["description"]:
            props.append(("DESCRIPTION", "DESCRIPTION:" + esc(e["description"])))
        props.append(("DTEND", dtline("DTEND", e, "end", "olson")))
        props.append(("DTSTAMP", "DTSTAMP:" + ics_utc(e["dtstamp"])))
        props.append(("DTSTART", dtline("DTSTART", e, "start", "olson")))
        props.append(("LAST-MODIFIED", "LAST-MODIFIED:" + ics_utc(e["dtstamp"])))
        if e["location"]:
            props.append(("LOCATION", "LOCATION:" + esc(e["location"])))
        props.append(("ORGANIZER", 'ORGANIZER;CN="%s";EMAIL="%s":mailto:%s' % (org.name or org.email, org.email, org.email)))
        if e["rrule"]:
            props.append(("RRULE", "RRULE:" + e["rrule"]))
        props.append(("SEQUENCE", "SEQUENCE:%d" % e["seq"]))
        if m.method == "CANCEL":
            props.append(("STATUS", "STATUS:CANCELLED"))
        props.append(("SUMMARY", "SUMMARY:" + esc(e["summary"])))
        props.append(("TRANSP", "TRANSP:" + e["transp"]))
        props.append(("UID", "UID:" + e["uid"]))
        if e.get("url"):
            props.append(("URL", "URL;VALUE=URI:" + e["url"]))
        if e["location"] and e.get("geo"):
            props.append(("X-APPLE-STRUCTURED-LOCATION", 'X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=%s;X-APPLE-RADIUS=70;X-TITLE=%s:geo:%s' % (
                pparam(esc(e["location"])), pparam(esc(e["location"].split("\n")[0])), e["geo"])))
        props.append(("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"))
        props.sort(key=lambda x: x[0])
        L += [p for k, p in props]
        for a in e["alarms"]:
            L += alarm_lines(dict(a, uid=a.get("uid") or rand_uuid(rng, True)), "apple")
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return L


# ---------------------------------------------------------------------------
def mozilla(m):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0"]
    if m.method:
        L.append("METHOD:" + m.method)
    tzs = []
    for e in m.events:
        if not e["allday"] and e["tz"] not in tzs:
            tzs.append(e["tz"])
    for tz in tzs:
        L += vtimezone_olson(tz, "mozilla")
    for e in m.events:
        comp = e["kind"]
        L.append("BEGIN:" + comp)
        L.append("CREATED:" + ics_utc(e["created"]))
        L.append("LAST-MODIFIED:" + ics_utc(e["dtstamp"]))
        L.append("DTSTAMP:" + ics_utc(e["dtstamp"]))
        L.append("UID:" + e["uid"])
        L.append("SUMMARY:" + esc(e["summary"]))
        org = _org(m, e)
        if org:
            L.append("ORGANIZER;RSVP=TRUE;CN=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s" % (pparam(org.name or org.email), org.email))
        for a in _atts(m, e):
            if org and a["email"] == org.email:
                continue
            L.append("ATTENDEE;RSVP=%s;CN=%s;PARTSTAT=%s;ROLE=%s:mailto:%s" % (
                "TRUE" if a["rsvp"] else "FALSE", pparam(a["name"] or a["email"]), a["partstat"], a["role"], a["email"]))
        if e["rrule"]:
            L.append("RRULE:" + e["rrule"])
        if comp == "VTODO":
            if e["start"]:
                L.append(dtline("DTSTART", e, "start", "olson"))
            if e.get("due"):
                L.append(dtline("DUE", e, "due", "olson"))
            L.append("STATUS:NEEDS-ACTION")
            if e.get("priority"):
                L.append("PRIORITY:%d" % e["priority"])
        else:
            L.append(dtline("DTSTART", e, "start", "olson"))
            L.append(dtline("DTEND", e, "end", "olson"))
        if e["description"]:
            L.append("DESCRIPTION:" + esc(e["description"]))
        if e["location"]:
            L.append("LOCATION:" + esc(e["location"]))
        if e.get("url"):
            L.append("URL:" + e["url"])
        for at in e["attach"]:
            L.append("ATTACH:" + at[0])
        if e.get("categories"):
            L.append("CATEGORIES:" + e["categories"])
        L.append("SEQUENCE:%d" % e["seq"])
        if m.method == "CANCEL":
            L.append("STATUS:CANCELLED")
        if comp == "VEVENT":
            L.append("TRANSP:" + e["transp"])
        L.append("X-MOZ-SEND-INVITATIONS:TRUE")
        L.append("X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE")
        if e["alarms"]:
            L.append("X-MOZ-LASTACK:" + ics_utc(e["dtstamp"]))
        for a in e["alarms"]:
            L += alarm_lines(dict(a, desc=a.get("desc", "Default Mozilla Description")), "moz")
        L.append("END:" + comp)
    L.append("END:VCALENDAR")
    return L


# ---------------------------------------------------------------------------
def sabre(m, prodid):
    """Nextcloud (Sabre VObject) iMIP output."""
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + prodid, "CALSCALE:GREGORIAN"]
    if m.method:
        L.append("METHOD:" + m.method)
    tzs = []
    for e in m.events:
        if not e["allday"] and e["tz"] not in tzs:
            tzs.append(e["tz"])
    for tz in tzs:
        L += vtimezone_olson(tz)
    for e in m.events:
        comp = e["kind"]
        L.append("BEGIN:" + comp)
        L.append("CREATED:" + ics_utc(e["created"]))
        L.append("DTSTAMP:" + ics_utc(e["dtstamp"]))
        L.append("LAST-MODIFIED:" + ics_utc(e["dtstamp"]))
        L.append("SEQUENCE:%d" % e["seq"])
        L.append("UID:" + e["uid"])
        if comp == "VTODO":
            if e.get("due"):
                L.append(dtline("DUE", e, "due", "olson"))
            L.append("STATUS:NEEDS-ACTION")
            L.append("PERCENT-COMPLETE:0")
        else:
            L.append(dtline("DTSTART", e, "start", "olson"))
            L.append(dtline("DTEND", e, "end", "olson"))
            L.append("STATUS:" + ("CANCELLED" if m.method == "CANCEL" else e["status"]))
        L.append("SUMMARY:" + esc(e["summary"]))
        if e["location"]:
            L.append("LOCATION:" + esc(e["location"]))
        if e["description"]:
            L.append("DESCRIPTION:" + esc(e["description"]))
        if e.get("url"):
            L.append("URL:" + e["url"])
        for at in e["attach"]:
            L.append("ATTACH;FMTTYPE=%s;FILENAME=%s;X-NC-FILE-ID=%d;X-NC-HAS-PREVIEW=0:%s" % (
                at[1], pparam("/" + at[2]), m.rng.randint(10000, 999999), at[0]))
        if e["rrule"]:
            L.append("RRULE:" + e["rrule"])
        org = _org(m, e)
        L.append("ORGANIZER;CN=%s:mailto:%s" % (pparam(org.name or org.email), org.email))
        for a in _atts(m, e):
            L.append("ATTENDEE;CN=%s;CUTYPE=%s;PARTSTAT=%s;ROLE=%s;RSVP=%s;LANGUAGE=%s:mailto:%s" % (
                pparam(a["name"] or a["email"]), a["cutype"], a["partstat"], a["role"],
                "TRUE" if a["rsvp"] else "FALSE", m.lang, a["email"]))
        for a in e["alarms"]:
            L += alarm_lines(a)
        L.append("END:" + comp)
    L.append("END:VCALENDAR")
    return L


# ---------------------------------------------------------------------------
def zimbra(m):
    L = ["BEGIN:VCALENDAR", "PRODID:Zimbra-Calendar-Provider", "VERSION:2.0"]
    if m.method:
        L.append("METHOD:" + m.method)
    tzs = []
    for e in m.events:
        if not e["allday"] and e["tz"] not in tzs:
            tzs.append(e["tz"])
    for tz in tzs:
        L += vtimezone_windows(tz, zimbra=True)
    for e in m.events:
        comp = e["kind"]
        L.append("BEGIN:" + comp)
        L.append("UID:" + e["uid"])
        L.append("SUMMARY:" + esc(e["summary"]))
        if e["location"]:
            L.append("LOCATION:" + esc(e["location"]))
        org = _org(m, e)
        for a in _atts(m, e):
            if m.method != "REPLY" and a["email"] == org.email:
                continue
            L.append("ATTENDEE;CN=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s:mailto:%s" % (
                pparam(a["name"] or a["email"]), a["role"], a["partstat"], "TRUE" if a["rsvp"] else "FALSE", a["email"]))
        L.append("ORGANIZER;CN=%s:mailto:%s" % (pparam(org.name or org.email), org.email))
        if e["rrule"]:
            L.append("RRULE:" + e["rrule"])
        if comp == "VTODO":
            if e.get("due"):
                L.append(dtline("DUE", e, "due", "olson-q"))
            L.append("STATUS:NEEDS-ACTION")
            L.append("PERCENT-COMPLETE:0")
        else:
            L.append(dtline("DTSTART", e, "start", "olson-q"))
            L.append(dtline("DTEND", e, "end", "olson-q"))
            L.append("STATUS:" + ("CANCELLED" if m.method == "CANCEL" else e["status"]))
        L.append("CLASS:" + e["cls"])
        L.append("X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY")
        L.append("TRANSP:" + e["transp"])
        L.append("LAST-MODIFIED:" + ics_utc(e["dtstamp"]))
        L.append("DTSTAMP:" + ics_utc(e["dtstamp"]))
        L.append("SEQUENCE:%d" % e["seq"])
        d = e.get("_zimbra_desc") or e["description"]
        L.append("DESCRIPTION:" + esc(d))
        if e.get("html"):
            L.append("X-ALT-DESC;FMTTYPE=text/html:" + esc(e["html"]))
        for a in e["alarms"]:
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=START:" + a.get("trigger", "-PT5M"),
                  "DESCRIPTION:Reminder", "END:VALARM"]
        L.append("END:" + comp)
    L.append("END:VCALENDAR")
    return L


# ---------------------------------------------------------------------------
def sogo(m, ver):
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Inverse inc./SOGo %s//EN" % ver]
    if m.method:
        L.append("METHOD:" + m.method)
    tzs = []
    for e in m.events:
        if not e["allday"] and e["tz"] not in tzs:
            tzs.append(e["tz"])
    for tz in tzs:
        L += vtimezone_olson(tz)
    for e in m.events:
        L.append("BEGIN:VEVENT")
        L.append("UID:" + e["uid"])
        L.append("SUMMARY:" + esc(e["summary"]))
        if e["location"]:
            L.append("LOCATION:" + esc(e["location"]))
        L.append("CLASS:" + e["cls"])
        if e["description"]:
            L.append("DESCRIPTION:" + esc(e["description"]))
        if e.get("url"):
            L.append("URL:" + e["url"])
        for at in e["attach"]:
            L.append("ATTACH:" + at[0])
        L.append("TRANSP:" + e["transp"])
        L.append(dtline("DTSTART", e, "start", "olson"))
        L.append(dtline("DTEND", e, "end", "olson"))
        if e["rrule"]:
            L.append("RRULE:" + e["rrule"])
        org = _org(m, e)
        L.append("ORGANIZER;CN=%s:mailto:%s" % (pparam(org.name or org.email), org.email))
        for a in _atts(m, e):
            L.append("ATTENDEE;PARTSTAT=%s;RSVP=%s;ROLE=%s;CN=%s:mailto:%s" % (
                a["partstat"], "TRUE" if a["rsvp"] else "FALSE", a["role"], pparam(a["name"] or a["email"]), a["email"]))
        L.append("CREATED:" + ics_utc(e["created"]))
        L.append("DTSTAMP:" + ics_utc(e["dtstamp"]))
        L.append("LAST-MODIFIED:" + ics_utc(e["dtstamp"]))
        L.append("SEQUENCE:%d" % e["seq"])
        if m.method == "CANCEL":
            L.append("STATUS:CANCELLED")
        L.append("X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:YES")
        for a in e["alarms"]:
            L += alarm_lines(a)
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return L


# ---------------------------------------------------------------------------
def yahoo(m):
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Yahoo! Inc.//Yahoo! Calendar//EN"]
    if m.method:
        L.append("METHOD:" + m.method)
    for e in m.events:
        L.append("BEGIN:VEVENT")
        L.append("UID:" + e["uid"])
        L.append("DTSTAMP:" + ics_utc(e["dtstamp"]))
        L.append("SUMMARY:" + esc(e["summary"]))
        if e["allday"]:
            L.append(dtline("DTSTART", e, "start", "utc"))
            L.append(dtline("DTEND", e, "end", "utc"))
        else:
            L.append(dtline("DTSTART", e, "start", "utc"))
            L.append(dtline("DTEND", e, "end", "utc"))
        if e["rrule"]:
            L.append("RRULE:" + e["rrule"])
        if e["description"]:
            L.append("DESCRIPTION:" + esc(e["description"]))
        if e["location"]:
            L.append("LOCATION:" + esc(e["location"]))
        org = _org(m, e)
        L.append("ORGANIZER;CN=%s:mailto:%s" % (pparam(org.name or org.email), org.email))
        for a in _atts(m, e):
            L.append("ATTENDEE;CN=%s;PARTSTAT=%s;ROLE=%s;RSVP=%s:mailto:%s" % (
                pparam(a["name"] or a["email"]), a["partstat"], a["role"], "TRUE" if a["rsvp"] else "FALSE", a["email"]))
        L.append("CLASS:" + e["cls"])
        L.append("SEQUENCE:%d" % e["seq"])
        L.append("STATUS:" + ("CANCELLED" if m.method == "CANCEL" else e["status"]))
        L.append("TRANSP:" + e["transp"])
        for a in e["alarms"]:
            L += alarm_lines(a)
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return L


# ---------------------------------------------------------------------------
def zoom(m):
    L = ["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if m.method:
        L.append("METHOD:" + m.method)
    L.append("CLASS:PUBLIC")
    tzs = []
    for e in m.events:
        if e["tz"] not in tzs:
            tzs.append(e["tz"])
    for tz in tzs:
        L += vtimezone_olson(tz)
    for e in m.events:
        L.append("BEGIN:VEVENT")
        L.append("DTSTAMP:" + ics_utc(e["dtstamp"]))
        L.append(dtline("DTSTART", e, "start", "olson"))
        L.append(dtline("DTEND", e, "end", "olson"))
        if e["rrule"]:
            L.append("RRULE:" + e["rrule"])
        L.append("SUMMARY:" + esc(e["summary"]))
        L.append("UID:" + e["uid"])
        L.append("TZID:" + e["tz"])
        L.append("DESCRIPTION:" + esc(e["description"]))
        L.append("LOCATION:" + esc(e["location"] or ""))
        for a in (e["alarms"] or [{"trigger": "-PT10M"}]):
            L += ["BEGIN:VALARM", "TRIGGER:" + a.get("trigger", "-PT10M"), "ACTION:DISPLAY",
                  "DESCRIPTION:Reminder", "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return L


# ---------------------------------------------------------------------------
def generic(m, prodid, style):
    """Booking systems and hand-rolled generators.  style: dict of switches."""
    q = m.quirks
    esc_f = esc_sloppy if "unescaped" in q else esc
    L = ["BEGIN:VCALENDAR"]
    order = style.get("head", "pv")
    head = {"p": "PRODID:" + prodid, "v": "VERSION:2.0"}
    for ch in order:
        L.append(head[ch])
    if style.get("calscale"):
        L.append("CALSCALE:GREGORIAN")
    if m.method and "no-method" not in q:
        L.append("METHOD:" + m.method)
    if style.get("calname"):
        L.append("X-WR-CALNAME:" + style["calname"])
    if style.get("xwrtz"):
        L.append("X-WR-TIMEZONE:" + m.tz)
    dstyle = style.get("dt", "utc")
    if dstyle in ("olson", "olson-q") and "no-vtimezone" not in q:
        tzs = []
        for e in m.events:
            if not e["allday"] and e["tz"] not in tzs:
                tzs.append(e["tz"])
        for tz in tzs:
            L += vtimezone_olson(tz)
    for e in m.events:
        comp = e["kind"]
        L.append("BEGIN:" + comp)
        L.append("UID:" + e["uid"])
        if "no-dtstamp" not in q:
            L.append("DTSTAMP:" + ics_utc(e["dtstamp"]))
        if comp == "VTODO":
            if e.get("due"):
                L.append(dtline("DUE", e, "due", dstyle))
            L.append("STATUS:NEEDS-ACTION")
        else:
            L.append(dtline("DTSTART", e, "start", dstyle))
            if e["end"] is not None and not e.get("no_end"):
                L.append(dtline("DTEND", e, "end", dstyle))
        if e["rrule"]:
            L.append("RRULE:" + e["rrule"])
        L.append("SUMMARY:" + esc_f(e["summary"]))
        if e["description"]:
            L.append("DESCRIPTION:" + esc_f(e["description"]))
        if e.get("html"):
            L.append("X-ALT-DESC;FMTTYPE=text/html:" + esc_f(e["html"]))
        if e["location"]:
            L.append("LOCATION:" + esc_f(e["location"]))
        if e.get("geo"):
            L.append("GEO:" + e["geo"].replace(",", ";"))
        if e.get("url"):
            L.append("URL:" + e["url"])
        for at in e["attach"]:
            L.append("ATTACH;FMTTYPE=%s:%s" % (at[1], at[0]))
        for c in e["conference"]:
            L.append("CONFERENCE;VALUE=URI;FEATURE=%s;LABEL=%s:%s" % (c[2], pparam(c[1]), c[0]))
        org = _org(m, e)
        if org and not style.get("no_org"):
            if org.name:
                L.append("ORGANIZER;CN=%s:mailto:%s" % (pparam(org.name) if "unescaped" not in q else org.name, org.email))
            else:
                L.append("ORGANIZER:mailto:" + org.email)
        if not style.get("no_att"):
            for a in _atts(m, e):
                p = "ATTENDEE"
                if a["name"]:
                    p += ";CN=" + (pparam(a["name"]) if "unescaped" not in q else a["name"])
                p += ";ROLE=%s;PARTSTAT=%s" % (a["role"], a["partstat"])
                if a["rsvp"]:
                    p += ";RSVP=TRUE"
                L.append(p + ":mailto:" + a["email"])
        if e.get("contact"):
            L.append("CONTACT:" + esc_f(e["contact"]))
        if e.get("categories"):
            L.append("CATEGORIES:" + e["categories"])
        if style.get("status", True):
            L.append("STATUS:" + ("CANCELLED" if m.method == "CANCEL" else e["status"]))
        if style.get("seq", True):
            L.append("SEQUENCE:%d" % e["seq"])
        if style.get("transp"):
            L.append("TRANSP:" + e["transp"])
        if style.get("priority"):
            L.append("PRIORITY:%d" % (e["priority"] or 5))
        if style.get("created"):
            L.append("CREATED:" + ics_utc(e["created"]))
            L.append("LAST-MODIFIED:" + ics_utc(e["dtstamp"]))
        for x in e["extra"]:
            L.append(x)
        for a in e["alarms"]:
            L += alarm_lines(a)
        L.append("END:" + comp)
    L.append("END:VCALENDAR")
    return L
