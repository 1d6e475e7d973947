# -*- coding: utf-8 -*-
"""Renderers that imitate the MIME layout and iCalendar style of real calendar clients and senders."""
import base64, hashlib, datetime as dt
from mimeutil import *
from data_common import BP, TZ, LOCALE, MONTHS_EN, DAYS_EN

GFOOT = {
 'en': "Invitation from Google Calendar", 'de': "Einladung von Google Kalender", 'fr': "Invitation de Google Agenda",
 'es': "Invitación de Google Calendar", 'it': "Invito da Google Calendar", 'pt': "Convite do Google Agenda",
 'nl': "Uitnodiging van Google Agenda", 'ru': "Приглашение из Google Календаря", 'ja': "Google カレンダーからの招待状",
 'zh': "来自 Google 日历的邀请", 'ko': "Google 캘린더에서 보낸 초대장", 'pl': "Zaproszenie z Kalendarza Google",
 'tr': "Google Takvim'den davet", 'el': "Πρόσκληση από το Ημερολόγιο Google", 'he': "הזמנה מיומן Google",
 'ar': "دعوة من تقويم Google", 'hi': "Google Calendar से आमंत्रण", 'th': "คำเชิญจาก Google ปฏิทิน",
}


def h(rng, n, alpha="0123456789abcdef"):
    return ''.join(rng.choice(alpha) for _ in range(n))


def uuid(rng, upper=False):
    s = "%s-%s-4%s-%s%s-%s" % (h(rng, 8), h(rng, 4), h(rng, 3), rng.choice("89ab"), h(rng, 3), h(rng, 12))
    return s.upper() if upper else s


ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def datestr(lang, ev, short=False):
    s, e, tz = ev['start'], ev['end'], ev['tz']
    ab = TZ[tz][5] if is_dst(tz, s) and TZ[tz][5] else TZ[tz][4]
    if ev.get('allday'):
        if lang == 'en':
            return "%s %s %d, %d" % (DAYS_EN[s.weekday()], MONTHS_EN[s.month - 1], s.day, s.year)
        if lang in ('zh', 'ja'):
            return "%d年%d月%d日" % (s.year, s.month, s.day)
        if lang == 'ko':
            return "%d년 %d월 %d일" % (s.year, s.month, s.day)
        return "%02d.%02d.%d" % (s.day, s.month, s.year)
    if lang == 'en':
        def t(d):
            hh = d.hour % 12 or 12
            return ("%d%s" % (hh, 'am' if d.hour < 12 else 'pm')) if d.minute == 0 else \
                   ("%d:%02d%s" % (hh, d.minute, 'am' if d.hour < 12 else 'pm'))
        return "%s %s %d, %d %s - %s (%s)" % (DAYS_EN[s.weekday()], MONTHS_EN[s.month - 1], s.day, s.year, t(s), t(e), ab)
    if lang in ('zh', 'ja'):
        return "%d年%d月%d日 %02d:%02d～%02d:%02d (%s)" % (s.year, s.month, s.day, s.hour, s.minute, e.hour, e.minute, ab)
    if lang == 'ko':
        return "%d년 %d월 %d일 %02d:%02d~%02d:%02d (%s)" % (s.year, s.month, s.day, s.hour, s.minute, e.hour, e.minute, ab)
    return "%02d.%02d.%d %02d:%02d – %02d:%02d (%s)" % (s.day, s.month, s.year, s.hour, s.minute, e.hour, e.minute, ab)


# ------------------------------------------------------------------ shared VEVENT pieces
def dtprops(ev, mode, style='olson'):
    """mode: utc | tz | float. Returns list of DTSTART/DTEND lines."""
    s, e, tz = ev['start'], ev['end'], ev['tz']
    tzname = TZ[tz][3] if style == 'windows' else tz
    if ev.get('allday'):
        return ["DTSTART;VALUE=DATE:" + s.strftime("%Y%m%d"), "DTEND;VALUE=DATE:" + (e.strftime("%Y%m%d"))]
    if mode == 'utc':
        return ["DTSTART:" + udt(to_utc(tz, s)), "DTEND:" + udt(to_utc(tz, e))]
    if mode == 'float':
        return ["DTSTART:" + ldt(s), "DTEND:" + ldt(e)]
    q = '"%s"' % tzname if style == 'zimbra' else tzname
    return ["DTSTART;TZID=%s:%s" % (q, ldt(s)), "DTEND;TZID=%s:%s" % (q, ldt(e))]


def cn(name):
    if not name:
        return ''
    if any(c in name for c in ',;:'):
        return 'CN="%s"' % name.replace('"', "'")
    return 'CN=' + name


def todo_lines(ev):
    """VTODO variant used when ev['todo']"""
    tz = ev['tz']
    L = ["BEGIN:VTODO", "DTSTAMP:" + udt(ev['stamp']), "UID:" + ev['uid'], "SUMMARY:" + ics_escape(ev['summary'])]
    L.append("DUE;TZID=%s:%s" % (tz, ldt(ev['start'])))
    L.append("DTSTART;TZID=%s:%s" % (tz, ldt(ev['start'] - dt.timedelta(days=2))))
    if ev['desc']:
        L.append("DESCRIPTION:" + ics_escape(plain(ev['desc'], 'colon')))
    if ev.get('url'):
        L.append("URL:" + ev['url'])
    L.append("ORGANIZER;%s:mailto:%s" % (cn(ev['org'][0]), ev['org'][1]) if ev['org'][0] else "ORGANIZER:mailto:" + ev['org'][1])
    for a in ev['att'][:50]:
        L.append("ATTENDEE;%sROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" %
                 ((cn(a['name']) + ';') if a['name'] else '', a['email']))
    L += ["STATUS:NEEDS-ACTION", "PRIORITY:%d" % ev.get('prio', 1), "PERCENT-COMPLETE:0", "SEQUENCE:%d" % ev['seq']]
    for m in ev.get('alarms', []):
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + ics_escape(ev['summary']), "TRIGGER;RELATED=END:-PT%dM" % m, "END:VALARM"]
    L.append("END:VTODO")
    return L


def attendee_line(a, style):
    p = a.get('partstat', 'NEEDS-ACTION')
    role = a.get('role', 'REQ-PARTICIPANT')
    rsvp = 'TRUE' if a.get('rsvp', True) else 'FALSE'
    name = a.get('name') or ''
    em = a['email']
    if style == 'google':
        return "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=%s;%s;X-NUM-GUESTS=0:mailto:%s" % (
            role, p, rsvp, cn(name or em), em)
    if style == 'outlook':
        return "ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=%s;%s:mailto:%s" % (role, p, rsvp, cn(name or em), em)
    if style == 'apple':
        return "ATTENDEE;%sCUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=%s;ROLE=%s;RSVP=%s:mailto:%s" % (
            (cn(name) + ';') if name else '', em, p, role, rsvp, em)
    if style == 'tb':
        return "ATTENDEE;RSVP=%s;%sPARTSTAT=%s;ROLE=%s:mailto:%s" % (rsvp, (cn(name) + ';') if name else '', p, role, em)
    if style == 'nextcloud':
        return "ATTENDEE;%sCUTYPE=INDIVIDUAL;PARTSTAT=%s;ROLE=%s;RSVP=%s;LANGUAGE=%s:mailto:%s" % (
            (cn(name) + ';') if name else '', p, role, rsvp, a.get('lang', 'en'), em)
    if style == 'zimbra':
        return "ATTENDEE;%sROLE=%s;PARTSTAT=%s;RSVP=%s:mailto:%s" % ((cn(name) + ';') if name else '', role, p, rsvp, em)
    if style == 'sogo':
        return "ATTENDEE;PARTSTAT=%s;RSVP=%s;ROLE=%s;%s:mailto:%s" % (p, rsvp, role, cn(name or em), em)
    if style == 'min':
        return "ATTENDEE;%sRSVP=%s:mailto:%s" % ((cn(name) + ';') if name else '', rsvp, em)
    if style == 'MAILTO':
        return "ATTENDEE;%sROLE=REQ-PARTICIPANT;RSVP=%s:MAILTO:%s" % ((cn(name) + ';') if name else '', rsvp, em)
    return "ATTENDEE;%sROLE=%s;PARTSTAT=%s;RSVP=%s:mailto:%s" % ((cn(name) + ';') if name else '', role, p, rsvp, em)


def organizer_line(ev, style):
    n, e = ev['org']
    sb = ev.get('sentby')
    sbp = ';SENT-BY="mailto:%s"' % sb if sb else ''
    if style == 'apple':
        return "ORGANIZER;%sEMAIL=%s%s:mailto:%s" % ((cn(n) + ';') if n else '', e, sbp, e)
    if style == 'tb':
        return "ORGANIZER;RSVP=TRUE;%sPARTSTAT=ACCEPTED;ROLE=CHAIR%s:mailto:%s" % ((cn(n) + ';') if n else '', sbp, e)
    if style == 'MAILTO':
        return "ORGANIZER;%s:MAILTO:%s" % (cn(n) or 'CN=' + e, e)
    if style == 'bare':
        return "ORGANIZER:" + e
    if n:
        return "ORGANIZER;%s%s:mailto:%s" % (cn(n), sbp, e)
    return "ORGANIZER%s:mailto:%s" % (sbp, e)


def desc_for(ev, style):
    d = ev['desc'] or ''
    if style == 'html':
        return to_html(d)
    return plain(d, style)


def wrap_cal(prodid, method, comps, head_order='pv', calscale=True, extra_head=None, quirks=()):
    L = ["BEGIN:VCALENDAR"]
    pv = ["PRODID:" + prodid, "VERSION:2.0"]
    if 'noversion' in quirks:
        pv = pv[:1]
    L += pv if head_order == 'pv' else pv[::-1]
    if calscale:
        L.append("CALSCALE:GREGORIAN")
    if method and 'nomethod' not in quirks:
        L.append("METHOD:" + method)
    L += extra_head or []
    L += comps
    L.append("END:VCALENDAR")
    return L


def cal_method_param(ev, quirks):
    """method parameter for the MIME Content-Type (may deliberately disagree)."""
    m = ev['method']
    if 'mismatch' in quirks:
        return 'REQUEST' if m != 'REQUEST' else 'PUBLISH'
    return m


# ------------------------------------------------------------------ iCalendar builders per client
def ics_google(ctx):
    ev, rng = ctx['ev'], ctx['rng']
    rec = bool(ev.get('rrule'))
    comps = []
    if rec and not ev.get('allday'):
        comps += vtimezone(ev['tz'], 'olson-lic')
    if ev.get('todo'):
        comps += todo_lines(ev)
    else:
        for i, e in enumerate(ev['events']):
            V = ["BEGIN:VEVENT"]
            V += dtprops(e, 'tz' if rec else 'utc')
            if e.get('rrule'):
                V.append("RRULE:" + e['rrule'])
            V.append("DTSTAMP:" + udt(ev['stamp']))
            V.append(organizer_line(ev, 'plain'))
            V.append("UID:" + e['uid'])
            for a in ev['att_all']:
                V.append(attendee_line(a, 'google'))
            if ev.get('reply'):
                pass
            if ev.get('conf_meet'):
                V.append("X-GOOGLE-CONFERENCE:" + ev['conf_meet'])
            V.append("X-MICROSOFT-CDO-OWNERAPPTID:%d" % ev['ownerid'])
            if ev.get('comment'):
                V.append("COMMENT:" + ics_escape(plain(ev['comment'], 'colon')))
            V.append("CREATED:" + udt(ev['created']))
            d = e['desc'] or ''
            d = to_html(d).replace("<br>\n", "<br>") if ctx['g_html'] and '[[' in d else plain(d, 'colon')
            if ev.get('conf_meet'):
                d += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                      "Join with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                      "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
                      % ev['conf_meet'])
            V.append("DESCRIPTION:" + ics_escape(d))
            V.append("LAST-MODIFIED:" + udt(ev['stamp']))
            V.append("LOCATION:" + ics_escape(e.get('loc') or ''))
            V.append("SEQUENCE:%d" % ev['seq'])
            V.append("STATUS:" + ev['status'])
            V.append("SUMMARY:" + ics_escape(e['summary']))
            V.append("TRANSP:OPAQUE")
            if ev['method'] == 'REQUEST' and rng.random() < 0.5:
                V += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                      "TRIGGER:-P0DT0H%dM0S" % rng.choice([10, 30]), "END:VALARM"]
            V.append("END:VEVENT")
            comps += V
    prodid = "-//Google Inc//Google Calendar 70.9054//EN"
    return join_ics(wrap_cal(prodid, ev['method'], comps, 'pv', True, quirks=ctx['quirks']))


def ics_outlook(ctx, desktop=False):
    ev, rng = ctx['ev'], ctx['rng']
    loc = LOCALE[ctx['lang']]
    comps = [] if ev.get('allday') else vtimezone(ev['tz'], 'windows')
    if ev.get('todo'):
        comps = todo_lines(ev)
    else:
        for e in ev['events']:
            V = ["BEGIN:VEVENT"]
            if ev['method'] != 'REPLY':
                V.append(organizer_line(ev, 'plain'))
            for a in ev['att_all']:
                if a.get('is_org') and ev['method'] != 'REPLY':
                    continue
                V.append(attendee_line(a, 'outlook'))
            if ev['method'] == 'REPLY':
                V.append(organizer_line(ev, 'plain'))
            dtxt = ctx['outlook_plain']
            if ev.get('comment'):
                V.append("COMMENT;LANGUAGE=%s:%s" % (loc, ics_escape(ev['comment'])))
            V.append("DESCRIPTION;LANGUAGE=%s:%s" % (loc, ics_escape(dtxt + "\n")))
            if e.get('rrule'):
                V.append("RRULE:" + e['rrule'])
            V.append("UID:" + e['uid'])
            V.append("SUMMARY;LANGUAGE=%s:%s" % (loc, ics_escape(e['summary'])))
            V += dtprops(e, 'tz', 'windows')
            V += ["CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + udt(ev['stamp']), "TRANSP:OPAQUE", "STATUS:" + ev['status'],
                  "SEQUENCE:%d" % ev['seq']]
            V.append("LOCATION;LANGUAGE=%s:%s" % (loc, ics_escape(e.get('loc') or '')))
            V += ["X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % ev['seq'], "X-MICROSOFT-CDO-OWNERAPPTID:%d" % ev['ownerid'],
                  "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                  "X-MICROSOFT-CDO-ALLDAYEVENT:%s" % ('TRUE' if ev.get('allday') else 'FALSE'),
                  "X-MICROSOFT-CDO-IMPORTANCE:%d" % ev.get('importance', 1), "X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if e.get('rrule') else 0)]
            if ev.get('teams'):
                V.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + ev['teams'])
                V.append('X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % h(rng, 40, ALNUM))
                V.append("X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2" % (ev['org'][1], h(rng, 24, ALNUM)))
                V.append("X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:")
            V += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
            if e.get('loc'):
                V.append('X-MICROSOFT-LOCATIONS:[{"DisplayName":"%s"\\,"LocationAnnotation":""\\,"LocationSource":0\\,"Unresolved":true}]'
                         % ics_escape(e['loc']).replace('"', "'"))
            if desktop:
                V += ["X-MS-OLK-AUTOFILLLOCATION:FALSE", "X-MS-OLK-CONFTYPE:0"]
                if rng.random() < 0.5:
                    V.append("X-MS-OLK-AUTOSTARTCHECK:FALSE")
                V.append("X-MS-OLK-SENDER;%s:mailto:%s" % (cn(ctx['acct']['name'] or ctx['acct']['email']), ctx['acct']['email']))
            if ev['method'] == 'REQUEST':
                V += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
            V.append("END:VEVENT")
            comps += V
    prodid = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN" if desktop else "Microsoft Exchange Server 2010"
    if desktop and ctx['year'] < 2019:
        prodid = "-//Microsoft Corporation//Outlook 14.0 MIMEDIR//EN"
    extra = ["X-MS-OLK-FORCEINSPECTOROPEN:TRUE"] if desktop else []
    return join_ics(wrap_cal(prodid, ev['method'], comps, 'pv', False, extra, ctx['quirks']))


def generic_ics(ctx, prodid, style, tzstyle='olson-lic', order='pv', calscale=True, xprops=(), uidfmt=None,
                head_extra=None, tzmode='tz', fold=True):
    ev, rng = ctx['ev'], ctx['rng']
    q = ctx['quirks']
    comps = []
    if tzmode == 'tz' and not ev.get('allday') and 'notz' not in q:
        comps += vtimezone(ev['tz'], tzstyle)
    if ev.get('todo'):
        comps += todo_lines(ev)
    else:
        for e in ev['events']:
            V = ["BEGIN:VEVENT"]
            if style == 'apple':
                V += ["TRANSP:OPAQUE"] + dtprops(e, tzmode)[1:2] + ["UID:" + e['uid'], "DTSTAMP:" + udt(ev['stamp'])]
                if e.get('loc'):
                    V.append("LOCATION:" + ics_escape(e['loc']))
                if e['desc']:
                    V.append("DESCRIPTION:" + ics_escape(plain(e['desc'], 'colon')))
                if ev.get('url'):
                    V.append("URL;VALUE=URI:" + ev['url'])
                V.append("SEQUENCE:%d" % ev['seq'])
                for a in ev['att_all']:
                    V.append(attendee_line(a, 'apple'))
                V.append("SUMMARY:" + ics_escape(e['summary']))
                V += dtprops(e, tzmode)[0:1]
                V.append("CREATED:" + udt(ev['created']))
                if e.get('rrule'):
                    V.append("RRULE:" + e['rrule'])
                V.append(organizer_line(ev, 'apple'))
                V.append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
            else:
                if 'nodtstamp' not in q:
                    V += ["CREATED:" + udt(ev['created']), "LAST-MODIFIED:" + udt(ev['stamp']), "DTSTAMP:" + udt(ev['stamp'])]
                V.append("UID:" + e['uid'])
                V.append("SUMMARY:" + ics_escape(e['summary']))
                V.append(organizer_line(ev, 'MAILTO' if 'MAILTO' in q else ('bare' if 'bareorg' in q else ('tb' if style == 'tb' else 'plain'))))
                for a in ev['att_all']:
                    if a.get('is_org') and style in ('tb', 'zimbra', 'min', 'MAILTO'):
                        continue
                    V.append(attendee_line(a, 'MAILTO' if 'MAILTO' in q else style))
                V += dtprops(e, tzmode, 'zimbra' if style == 'zimbra' else 'olson')
                if e.get('rrule'):
                    V.append("RRULE:" + e['rrule'])
                if e['desc']:
                    V.append("DESCRIPTION:" + ics_escape(plain(e['desc'], 'colon')))
                if e.get('loc'):
                    V.append("LOCATION:" + ics_escape(e['loc']))
                if ev.get('url'):
                    V.append("URL:" + ev['url'])
                V += ["SEQUENCE:%d" % ev['seq'], "STATUS:" + ev['status'], "TRANSP:OPAQUE"]
                if style == 'zimbra':
                    V += ["CLASS:PUBLIC", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"]
            if ev.get('comment'):
                V.append("COMMENT:" + ics_escape(plain(ev['comment'], 'colon')))
            if ev.get('cat'):
                V.append("CATEGORIES:" + ics_escape(ev['cat']))
            for uri, fmt, fname in ev.get('attach', []):
                p = "ATTACH"
                if fmt:
                    p += ";FMTTYPE=" + fmt
                if fname:
                    p += ";FILENAME=" + fname if style != 'apple' else ";X-APPLE-FILENAME=" + fname
                V.append(p + ":" + uri)
            if ev.get('conf'):
                V.append("CONFERENCE;VALUE=URI;FEATURE=VIDEO,AUDIO;LABEL=%s:%s" % (ctx['conf_label'], ev['conf']))
            if ev.get('altdesc'):
                V.append("X-ALT-DESC;FMTTYPE=text/html:" + ics_escape('<html><body>' + to_html(e['desc'], True).replace("\n", "") + '</body></html>'))
            V += [x.format(**ctx['fmt']) for x in xprops]
            for m in ev.get('alarms', []):
                if style == 'apple':
                    V += ["BEGIN:VALARM", "X-WR-ALARMUID:" + uuid(rng, True), "UID:" + uuid(rng, True),
                          "TRIGGER:-PT%dM" % m, "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"]
                else:
                    V += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=START:-PT%dM" % m,
                          "DESCRIPTION:" + ics_escape(e['summary'][:60]), "END:VALARM"]
            V.append("END:VEVENT")
            comps += V
    L = wrap_cal(prodid, ev['method'], comps, order, calscale, head_extra, q)
    lim, cont = 75, ' '
    if 'badfold' in q:
        lim, cont = 60, '\t'
    return join_ics(L, fold and 'nofold' not in q, lim, cont, "\n" if 'lf' in q else CRLF)


# ------------------------------------------------------------------ MIME part helpers
def tpart(ctype, text, cs, cte, params=(), disp=None, headers=None, keep_crlf=False, raw_lf=False):
    if cs and not can_encode(text, cs):
        cs = 'utf-8'
        if cte == '7bit':
            cte = 'quoted-printable'
    if cs and cs.lower() == 'us-ascii' and not is_ascii(text):
        cs = 'utf-8'
    if cte in ('7bit',) and not is_ascii(text):
        cte = '8bit'
    if cs and cs.lower() == 'iso-2022-jp' and cte in ('8bit', 'quoted-printable', 'base64'):
        cte = '7bit'
    data = encode_body(text, cs, cte, keep_crlf, raw_lf)
    ps = [('charset', cs)] + list(params) if cs else list(params)
    return Part(ctype, ps, cte, data, disp=disp, headers=headers)


def cal_part(ctx, ics, ctype='text/calendar', name=None, cte=None, disp=None, cs='UTF-8', method=True, extra=()):
    q = ctx['quirks']
    if cte is None:
        cte = 'base64' if not is_ascii(ics) else '7bit'
    if 'lf' in q:
        cte = 'base64'
    params = []
    if cs:
        params.append(('charset', cs))
    if method and ctype == 'text/calendar':
        params.append(('method', cal_method_param(ctx['ev'], q)))
    params += list(extra)
    if name:
        params.append(('name', name))
    keep = True
    data = encode_body(ics, cs or 'utf-8', cte, keep_crlf=keep, raw_lf=('lf' in q))
    if cte in ('7bit', '8bit') and 'lf' not in q:
        data = ics.encode(codec(cs or 'utf-8'))
    return Part(ctype, params, cte, data, disp=disp)
