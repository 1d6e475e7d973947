"""Client renderers.  Each takes a Msg and returns (headers, root Part).

The renderers try to reproduce the MIME layout, header set and iCalendar
style of the client they imitate.  Trace/authentication headers are added
later by transport.mx_headers().
"""
import datetime as dt
import re

from . import ics
from .ics import esc, line, fold, join
from .langs import G, OL, LANGS, teams, fmt_date, fmt_time
from .mime import (Part, leaf, multipart, addr, hval, hval_mixed, html_escape, fold_ascii, best_charset, can_encode,
                   CRLF)
from .util import (ZONES, ical_utc, ical_local, ical_date, local_to_utc, zone_abbr, rfc2822, offset_at_utc,
                   MONTHS_EN, DAYS_EN)

URL_RE = re.compile(r'(https?://[^\s<>"\)]+)')


# ------------------------------------------------------------------ helpers
def ev_utc(ev, which='start'):
    d = getattr(ev, which)
    if ev.allday:
        return dt.datetime.combine(d, dt.time(0))
    if ev.floating:
        return d
    return local_to_utc(ev.tz, d)


def dtline(name, ev, which, mode, tzid=None, quote_tzid=False):
    """mode: 'utc' | 'tzid' | 'floating'."""
    d = getattr(ev, which)
    if d is None:
        return None
    if ev.allday:
        return '%s;VALUE=DATE:%s' % (name, ical_date(d))
    if mode == 'utc' or ev.utc:
        return '%s:%s' % (name, ical_utc(local_to_utc(ev.tz, d) if not ev.floating else d))
    if mode == 'floating' or ev.floating:
        return '%s:%s' % (name, ical_local(d))
    t = tzid or ev.tz
    if quote_tzid:
        t = '"%s"' % t
    return '%s;TZID=%s:%s' % (name, t, ical_local(d))


def alarm_list(ev):
    out = []
    for a in ev.alarms:
        if isinstance(a, tuple):
            out.append(a)
        else:
            out.append((a, 'DISPLAY', None))
    return out


def text_cte(m, text, default='quoted-printable', cjk_default='base64'):
    if m.cte:
        return m.cte
    cs = m.cs
    if cs.lower() == 'iso-2022-jp':
        return '7bit'
    try:
        text.encode('ascii')
        return '7bit'
    except UnicodeEncodeError:
        pass
    if m.lang in ('zh', 'ja', 'ko', 'th'):
        return cjk_default
    if m.lang in ('hi', 'ar', 'he', 'ru', 'el') and cs.lower() == 'utf-8':
        return cjk_default
    return default


def cs_for(m, text):
    """charset for a text part: message charset if it can encode the text."""
    return m.cs if can_encode(text, m.cs) else 'utf-8'


def linkify(t):
    return URL_RE.sub(lambda mo: '<a href="%s">%s</a>' % (mo.group(1), mo.group(1)), t)


def simple_html(text, lang='en', font='Arial, sans-serif', cs='utf-8'):
    rtl = ' dir="rtl"' if lang in ('ar', 'he') else ''
    paras = []
    for p in text.split('\n\n'):
        paras.append('<p>%s</p>' % linkify(html_escape(p)).replace('\n', '<br>\n'))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body%s style="font-family:%s;font-size:14px">\n%s\n</body></html>\n' % (cs, rtl, font, '\n'.join(paras)))


def word_html(text, lang='en', gen='Microsoft Word 15 (filtered medium)', cs='utf-8'):
    rtl = ' dir="RTL"' if lang in ('ar', 'he') else ''
    body = []
    for ln in text.split('\n'):
        if not ln.strip():
            body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            body.append('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (rtl, linkify(html_escape(ln))))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="%s">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (cs, gen, LANGS[lang]['cl'].split('-')[0].upper() + '-' + LANGS[lang]['cl'].split('-')[1], '\n'.join(body)))


def rtf_alt_desc(text, ver):
    """Outlook desktop's X-ALT-DESC (HTML converted from RTF)."""
    paras = []
    for ln in text.split('\n'):
        if ln.strip():
            paras.append('<P DIR=LTR><SPAN LANG="en-us"><FONT FACE="Calibri">%s</FONT></SPAN></P>' % linkify(html_escape(ln)))
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n'
            '<META NAME="Generator" CONTENT="MS Exchange Server version %s">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n'
            '<!-- Converted from text/rtf format -->\n\n%s\n\n</BODY>\n</HTML>' % (ver, '\n'.join(paras)))


def teams_block(m, ev):
    L = teams(m.lang)
    rng = m.rng
    t = ev.teams
    url = t.get('url') or ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (
        rng.b64url(48), t['tid'], t['oid']))
    t['url'] = url
    lines = ['_' * 80, L[1], L[2], '%s<%s>' % (L[3], url), '%s: %s' % (L[4], t['mid']), '%s: %s' % (L[5], t['pwd'])]
    if t.get('dial'):
        lines += ['', t['dial']]
    lines += ['%s<https://www.microsoft.com/%s/microsoft-teams/download-app> | %s<https://www.microsoft.com/microsoft-teams/join-a-meeting>' % (
        L[6], LANGS[m.lang]['cl'].lower(), L[7]),
        'Learn More<https://aka.ms/JoinTeamsMeeting> | %s<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=%s>' % (
            L[8], t['oid'], t['tid'], rng.b64url(40), LANGS[m.lang]['cl']),
        '_' * 80]
    return '\n'.join(lines)


def base_ev_lines(ev):
    """Properties that carry payloads in any client, emitted where each client
    would (callers choose the order)."""
    out = {}
    if ev.url:
        out['URL'] = 'URL:' + ev.url if not ev.url.startswith('URL') else ev.url
    out['ATTACH'] = []
    for a in ev.attach:
        uri, fmt, fn = (a + (None, None))[:3] if isinstance(a, tuple) else (a, None, None)
        params = []
        if fn:
            params.append(('FILENAME', fn))
        if fmt:
            params.append(('FMTTYPE', fmt))
        out['ATTACH'].append(line('ATTACH', uri, params))
    out['CONFERENCE'] = []
    for c in ev.conference:
        uri, label, feat = (c + (None, None))[:3]
        params = [('VALUE', 'URI')]
        if feat:
            params.append(('FEATURE', feat))
        if label:
            params.append(('LABEL', label))
        out['CONFERENCE'].append(line('CONFERENCE', uri, params))
    return out


def when_en(ev):
    s = ev.start
    if ev.allday:
        return '%s %s %d, %d' % (DAYS_EN[s.weekday()][:3], MONTHS_EN[s.month - 1][:3], s.day, s.year)
    e = ev.end
    abbr = zone_abbr(ev.tz, ev_utc(ev)) if not ev.floating else ''
    def t(d):
        h = d.hour % 12 or 12
        suf = 'am' if d.hour < 12 else 'pm'
        return ('%d%s' % (h, suf)) if d.minute == 0 else ('%d:%02d%s' % (h, d.minute, suf))
    return '%s %s %d, %d %s - %s (%s)' % (DAYS_EN[s.weekday()][:3], MONTHS_EN[s.month - 1][:3], s.day, s.year,
                                           t(s), t(e), abbr)


def when_loc(m, ev):
    if m.lang == 'en':
        return when_en(ev)
    s = ev.start
    if ev.allday:
        return fmt_date(m.lang, s)
    abbr = zone_abbr(ev.tz, ev_utc(ev))
    if abbr.startswith(('+', '-')):
        abbr = 'GMT' + abbr
    return '%s %s - %s (%s)' % (fmt_date(m.lang, s), fmt_time(m.lang, s), fmt_time(m.lang, ev.end), abbr)


def att_lines_generic(ev, style):
    out = []
    for a in ev.attendees:
        p = a.p
        if style == 'lightning':
            params = [('RSVP', 'TRUE' if a.rsvp else 'FALSE'), ('CN', p.name or None), ('PARTSTAT', a.partstat),
                      ('ROLE', a.role)]
        elif style == 'sabre':
            params = [('CN', p.name or None), ('CUTYPE', a.cutype), ('PARTSTAT', a.partstat), ('ROLE', a.role),
                      ('RSVP', 'TRUE' if a.rsvp else 'FALSE')]
        elif style == 'zimbra':
            params = [('CN', p.name or None), ('ROLE', a.role), ('PARTSTAT', a.partstat),
                      ('RSVP', 'TRUE' if a.rsvp else 'FALSE')]
        elif style == 'sogo':
            params = [('CN', p.name or None), ('PARTSTAT', a.partstat), ('ROLE', a.role),
                      ('RSVP', 'TRUE' if a.rsvp else 'FALSE')]
        else:
            params = [('ROLE', a.role), ('PARTSTAT', a.partstat), ('RSVP', 'TRUE' if a.rsvp else 'FALSE'),
                      ('CN', p.name or None)]
        out.append(line('ATTENDEE', 'mailto:' + p.email, params))
    return out


def org_line(ev, quote=False, extra=()):
    if not ev.organizer:
        return None
    o = ev.organizer
    params = [('CN', o.name or None)] + list(extra)
    return line('ORGANIZER', 'mailto:' + o.email, params, quote_all=quote)


def alarms_block(ev, style='generic', rng=None):
    out = []
    for minutes, action, descr in alarm_list(ev):
        if style == 'google':
            out += ['BEGIN:VALARM', 'ACTION:%s' % action, 'DESCRIPTION:%s' % esc(descr or 'This is an event reminder'),
                    'TRIGGER:' + ics.dur_google(minutes)]
            if action == 'EMAIL':
                out.insert(-1, 'SUMMARY:Alarm notification')
                out.insert(-1, 'ATTENDEE:mailto:%s' % ev.organizer.email)
            out.append('END:VALARM')
        elif style == 'ms':
            out += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:' + ics.dur(minutes),
                    'ACTION:DISPLAY', 'END:VALARM']
        elif style == 'msdesk':
            out += ['BEGIN:VALARM', 'TRIGGER:' + ics.dur(minutes), 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM']
        elif style == 'apple':
            u = rng.uuid(upper=True)
            out += ['BEGIN:VALARM', 'X-WR-ALARMUID:' + u, 'UID:' + u, 'TRIGGER:' + ics.dur(minutes)]
            if action == 'AUDIO':
                out += ['ATTACH;VALUE=URI:Chord', 'ACTION:AUDIO']
            else:
                out += ['DESCRIPTION:' + esc(descr or 'Reminder'), 'ACTION:DISPLAY']
            out.append('END:VALARM')
        elif style == 'lightning':
            out += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;VALUE=DURATION:' + ics.dur(minutes),
                    'DESCRIPTION:' + esc(descr or 'Default Mozilla Description'), 'END:VALARM']
        elif style == 'zimbra':
            out += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;RELATED=START:' + ics.dur(minutes),
                    'DESCRIPTION:' + esc(descr or 'Reminder'), 'END:VALARM']
        else:
            out += ['BEGIN:VALARM', 'TRIGGER:' + (ics.dur(minutes) if minutes >= 0 else 'PT%dM' % -minutes),
                    'ACTION:%s' % action, 'DESCRIPTION:' + esc(descr or 'Reminder')]
            if action == 'AUDIO':
                out.insert(-1, 'ATTACH;VALUE=URI:Basso')
            out.append('END:VALARM')
    return out


def msgid_domain(m):
    return m.sender.from_addr.split('@')[1]


def to_hdr(m, cs, enc='B', bare=False):
    people = m.to or [m.rcpt]
    if bare:
        return ', '.join(p.email for p in people)
    return ', '.join(addr(p.name, p.email, cs, enc) for p in people)


def from_hdr(m, cs, enc='B', quote=True):
    return addr(m.sender.from_name, m.sender.from_addr, cs, enc, quote=quote)


def subj_hdr(m, subj, cs, enc='B', mixed=False):
    if mixed:
        return fold_ascii(hval_mixed(subj, cs, enc))
    return fold_ascii(hval(subj, cs, enc))


# ================================================================ GOOGLE
def google_ics(m, method):
    rng = m.rng
    out = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
           'CALSCALE:GREGORIAN', 'METHOD:' + method]
    for ev in m.events:
        if ev.rrule and not ev.allday:
            out += ics.vtimezone(ev.tz, 'google')
    for ev in m.events:
        mode = 'tzid' if (ev.rrule and not ev.allday) else 'utc'
        out.append('BEGIN:' + ev.comp)
        out.append(dtline('DTSTART', ev, 'start', mode))
        out.append(dtline('DTEND', ev, 'end', mode))
        if ev.rrule:
            out.append('RRULE:' + ev.rrule)
        for x in ev.exdate:
            out.append('EXDATE;TZID=%s:%s' % (ev.tz, ical_local(x)))
        out.append('DTSTAMP:' + ical_utc(ev.dtstamp))
        out.append(org_line(ev))
        out.append('UID:' + ev.uid)
        if ev.recurrence_id:
            out.append('RECURRENCE-ID;TZID=%s:%s' % (ev.tz, ical_local(ev.recurrence_id)))
        for a in ev.attendees:
            out.append(line('ATTENDEE', 'mailto:' + a.p.email,
                            [('CUTYPE', a.cutype), ('ROLE', a.role), ('PARTSTAT', a.partstat),
                             ('RSVP', 'TRUE' if a.rsvp else None), ('CN', a.p.name or a.p.email), ('X-NUM-GUESTS', '0')]))
        if ev.meet and method != 'REPLY':
            out.append('X-GOOGLE-CONFERENCE:https://meet.google.com/' + ev.meet)
        out.append('X-MICROSOFT-CDO-OWNERAPPTID:-%d' % rng.randint(100000000, 2147483647))
        out.append('CREATED:' + ical_utc(ev.created))
        d = ev.desc or ''
        if ev.meet and method != 'REPLY':
            d = (d + '\n\n' if d else '') + google_meet_block(m, ev)
        if method != 'REPLY' or d:
            out.append('DESCRIPTION:' + esc(d))
        out.append('LAST-MODIFIED:' + ical_utc(ev.lastmod))
        out.append('LOCATION:' + esc(ev.loc or ''))
        b = base_ev_lines(ev)
        out += b['ATTACH']
        out.append('SEQUENCE:%d' % ev.seq)
        out.append('STATUS:' + ('CANCELLED' if method == 'CANCEL' else ev.status))
        out.append('SUMMARY:' + esc(ev.summary))
        out.append('TRANSP:' + ev.transp)
        if 'URL' in b:
            out.append(b['URL'])
        out += b['CONFERENCE']
        out += ev.extra
        if method != 'REPLY':
            out += alarms_block(ev, 'google')
        out.append('END:' + ev.comp)
    out.append('END:VCALENDAR')
    return join(fold([l for l in out if l is not None], 75, 'octet'))


def google_meet_block(m, ev):
    rng = m.rng
    sep = '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'
    L = G[m.lang]
    lines = [sep, '%s: https://meet.google.com/%s' % (L['meet'], ev.meet)]
    if rng.chance(0.6):
        lines.append('Or dial: (US) +1 %d55-01%02d PIN: %s#' % (rng.randint(20, 98), rng.randint(0, 99), rng.digits(9)))
        lines.append('More phone numbers: https://tel.meet/%s?pin=%s' % (ev.meet, rng.digits(13)))
    lines += ['', 'Learn more about Meet at: https://support.google.com/a/users/answer/9282720', '',
              'Please do not edit this section.', sep]
    return '\n'.join(lines)


def google_links(m, ev):
    rng = m.rng
    eid = rng.b64url(68)
    tok = rng.b64url(76)
    ctz = ev.tz.replace('/', '%2F')
    hl = m.lang if m.lang != 'zh' else 'zh_CN'
    base = 'https://calendar.google.com/calendar/event?action=ACTION&eid=%s&tok=%s&ctz=%s&hl=%s&es=0' % (eid, tok, ctz, hl)
    return {
        'view': base.replace('ACTION', 'VIEW'),
        'yes': base.replace('ACTION', 'RESPOND').replace('&tok', '&rst=1&tok'),
        'no': base.replace('ACTION', 'RESPOND').replace('&tok', '&rst=2&tok'),
        'maybe': base.replace('ACTION', 'RESPOND').replace('&tok', '&rst=3&tok'),
    }


def r_google(m):
    rng = m.rng
    ev = m.events[0]
    L = G[m.lang]
    method = m.method
    when = when_loc(m, ev)
    if m.subject is None:
        if method == 'CANCEL':
            pre = L['can']
        elif method == 'REPLY':
            pre = L['acc'] if m.variant != 'declined' else L['dec']
        else:
            pre = L['inv'] if ev.seq == 0 else L['upd']
        tail = ev.organizer.email if method == 'REPLY' else m.rcpt.email
        m.subject = '%s: %s @ %s (%s)' % (pre, ev.summary, when, tail)
    links = google_links(m, ev)
    # ---- text body
    T = []
    if method == 'REPLY':
        who = m.sender.from_name or m.sender.from_addr
        T.append((L['accepted'] if m.variant != 'declined' else L['declined']).format(name=who))
        T.append('')
        T += ['%s: %s' % (L['title'], ev.summary), '%s: %s' % (L['when'], when), '']
        T += ['%s: %s' % (L['calendar'], ev.organizer.email), '']
    elif method == 'CANCEL':
        T += [L['canceled'], '', '%s: %s' % (L['title'], ev.summary), '%s: %s' % (L['when'], when), '',
              '%s: %s' % (L['calendar'], m.rcpt.email), '']
    else:
        T += [L['invited'], '', '%s: %s' % (L['title'], ev.summary)]
        if ev.desc:
            T += [ev.desc if not getattr(ev, 'desc_html', False) else re.sub('<[^>]+>', ' ', ev.desc.replace('<br>', '\n'))]
        T.append('%s: %s' % (L['when'], when))
        if ev.loc:
            T.append('%s: %s' % (L['where'], ev.loc))
        if ev.meet:
            T += ['', '%s: %s' % (L['joining'], L['meet']), 'https://meet.google.com/' + ev.meet]
        T += ['', '%s: %s' % (L['calendar'], m.rcpt.email), '%s:' % L['who']]
        shown = ev.attendees[:40]
        for a in shown:
            tag = ' - %s' % L['organizer'] if ev.organizer and a.p.email == ev.organizer.email else ''
            T.append('     * %s%s' % (a.p.name or a.p.email, tag))
        if len(ev.attendees) > len(shown):
            T.append('     * ... (%d)' % (len(ev.attendees) - len(shown)))
        T += ['', L['details'] + '  ', links['view'], '', L['reply'].format(email=m.rcpt.email) + ':',
              '%s: %s' % (L['yes'], links['yes']), '%s: %s' % (L['no'], links['no']),
              '%s: %s' % (L['maybe'], links['maybe']), '', '%s: %s' % (L['more'], links['view'])]
    courtesy = L['courtesy'].format(email=m.rcpt.email)
    if method == 'REPLY' and m.lang == 'en':
        courtesy = ('You are receiving this email at the account %s because you are subscribed for invitation replies '
                    'on calendar %s.' % (ev.organizer.email, ev.organizer.email))
    T += ['', '%s: https://calendar.google.com/calendar/' % L['frm'], '', courtesy]
    if m.lang == 'en' and method == 'REQUEST':
        T += ['', 'Forwarding this invitation could allow any recipient to send a response to the organizer, be added to '
                  'the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more '
                  'https://support.google.com/calendar/answer/37135#forwarding']
    text = '\n'.join(T) + '\n'
    # ---- html body
    H = ['<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
         'itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>' % html_escape(
             m.subject.split(':')[0] + ': ' + ev.summary),
         '<span itemprop="object" itemscope itemtype="http://schema.org/Event"><div style="">'
         '<table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%;font-family:Arial,Sans-serif;'
         'border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td>'
         '<meta itemprop="eventStatus" content="http://schema.org/EventScheduled"/>']
    H.append('<h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222">'
             '<span itemprop="name">%s</span></h3>' % html_escape(ev.summary))
    if ev.desc and method == 'REQUEST':
        d = ev.desc if getattr(ev, 'desc_html', False) else linkify(html_escape(ev.desc)).replace('\n', '<br>')
        H.append('<div style="padding-bottom:15px;font-family:Arial,Sans-serif;font-size:13px;color:#222;white-space:pre-wrap!important;'
                 'white-space:-moz-pre-wrap!important;white-space:-pre-wrap!important;white-space:-o-pre-wrap!important;'
                 'white-space:pre;word-wrap:break-word">%s</div>' % d)
    H.append('<table cellpadding="0" cellspacing="0" border="0" summary="Event details"><tr><td style="padding:0 1em 10px 0;'
             'font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td>'
             '<td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">%s</td></tr>' % (
                 L['when'], html_escape(when)))
    if ev.loc:
        H.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top">'
                 '<div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">'
                 '<span itemprop="location" itemscope itemtype="http://schema.org/Place"><span itemprop="name" class="notranslate">%s</span></span></td></tr>' % (
                     L['where'], linkify(html_escape(ev.loc))))
    H.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top">'
             '<div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">'
             '<table cellspacing="0" cellpadding="0">' % L['who'])
    for a in ev.attendees[:40]:
        tag = ' <span style="font-size:11px;color:#888">%s</span>' % L['organizer'] if ev.organizer and a.p.email == ev.organizer.email else ''
        H.append('<tr><td style="padding-right:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222"><span class="notranslate">'
                 '&#x2022;</span></td><td style="padding-right:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222">'
                 '<div><div style="margin:0 0 0.3em 0"><span class="notranslate">%s</span>%s</div></div></td></tr>' % (
                     html_escape(a.p.name or a.p.email), tag))
    H.append('</table></td></tr></table>')
    if method == 'REQUEST':
        H.append('<div style="float:right;font-weight:bold;font-size:13px"> <a href="%s" style="color:#20c;white-space:nowrap" '
                 'itemprop="url">%s&nbsp;&raquo;</a><br></div>' % (links['view'], html_escape(L['more'])))
        H.append('<p style="color:#222;font-size:13px;margin:0"><span style="color:#888">%s:&nbsp;&nbsp;&nbsp;</span>'
                 '<strong><span itemprop="potentialaction" itemscope itemtype="http://schema.org/RsvpAction">'
                 '<meta itemprop="attendance" content="http://schema.org/RsvpAttendance/Yes"/><span itemprop="handler" itemscope '
                 'itemtype="http://schema.org/HttpActionHandler"><link itemprop="method" href="http://schema.org/HttpRequestMethod/GET"/>'
                 '<a href="%s" style="color:#20c;white-space:nowrap" itemprop="url">%s</a></span></span> '
                 '<span style="margin:0 0.4em;font-weight:normal"> - </span> <a href="%s" style="color:#20c;white-space:nowrap">%s</a>'
                 '<span style="margin:0 0.4em;font-weight:normal"> - </span> <a href="%s" style="color:#20c;white-space:nowrap">%s</a>'
                 '</strong></p>' % (html_escape(L['reply'].format(email=m.rcpt.email).split(' ')[0]), links['yes'], L['yes'],
                                    links['maybe'], L['maybe'], links['no'], L['no']))
    H.append('</td></tr><tr><td style="background-color:#f6f6f6;color:#888;border-top:1px Solid #ccc;font-family:Arial,Sans-serif;font-size:11px">'
             '<p>%s <a href="https://calendar.google.com/calendar/" target="_blank" style="">Google Calendar</a></p>'
             '<p>%s</p></td></tr></table></div></span></span>' % (html_escape(L['frm']), html_escape(L['courtesy'].format(email=m.rcpt.email))))
    html = '\n'.join(H) + '\n'
    cal = google_ics(m, method)
    cs = 'UTF-8'
    base = rng.hexs(12)
    b_outer = '000000000000' + base + rng.hexs(4)
    b_alt = '000000000000' + base[:-1] + rng.pick('0123456789abcdef') + rng.hexs(4)
    cal_ascii = all(ord(c) < 128 for c in cal)
    parts = [
        leaf('text/plain', text, cs, 'base64', params=[('format', 'flowed'), ('delsp', 'yes')]),
        leaf('text/html', html, cs, 'quoted-printable'),
        leaf('text/calendar', cal, cs, '7bit' if cal_ascii else 'base64', params=[('method', method)]),
    ]
    alt = multipart('alternative', b_alt, parts)
    att = leaf('application/ics', cal, None, 'base64', params=[('name', '"invite.ics"')],
               disposition='attachment; filename="invite.ics"')
    root = multipart('mixed', b_outer, [alt, att])
    hcs = 'UTF-8'
    org = ev.organizer
    sender_name = m.sender.from_name
    hdrs = [('MIME-Version', '1.0'),
            ('Reply-To', m.sender.from_addr if method != 'REPLY' else m.sender.from_addr),
            ('Sender', 'Google Calendar <calendar-notification@google.com>'),
            ('Auto-Submitted', 'auto-generated'),
            ('Message-ID', '<calendar-%s@google.com>' % rng.uuid()),
            ('Date', rfc2822(m.date, offset=0)),
            ('Subject', subj_hdr(m, m.subject, hcs)),
            ('From', addr(sender_name, m.sender.from_addr, hcs)),
            ('To', m.rcpt.email if method != 'REPLY' else org.email)]
    hdrs.append(('Content-Type', root.headers[0][1]))
    root.headers = root.headers[1:]
    return hdrs, root


# ============================================================== MICROSOFT
def ms_uid(rng):
    return '040000008200E00074C5B7101A82E00800000000%s%s000000000000000010000000%s' % (
        rng.hexs(8, True), rng.pick(['01DA', '01D9', '01D8', '01DB', '01DC', '01D7', '01D6', '01D5', '01D4', '01D2']),
        rng.hexs(32, True))


def ms_ics(m, method, variant):
    rng = m.rng
    lang = LANGS[m.lang]['cl']
    desk = variant == 'desktop'
    out = ['BEGIN:VCALENDAR']
    if desk:
        out += ['PRODID:-//Microsoft Corporation//Outlook %s MIMEDIR//EN' % m.tokens.get('olver', '16.0'), 'VERSION:2.0',
                'METHOD:' + method, 'X-MS-OLK-FORCEINSPECTOROPEN:TRUE']
    else:
        out += ['METHOD:' + method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    seen = set()
    for ev in m.events:
        if not ev.allday and ev.tz not in seen:
            seen.add(ev.tz)
            out += ics.vtimezone(ev.tz, 'ms')
    for ev in m.events:
        tzid = ZONES[ev.tz][3]
        b = base_ev_lines(ev)
        summary = ev.summary
        if method == 'REPLY':
            summary = '%s: %s' % (OL[m.lang][{'declined': 1, 'tentative': 2}.get(m.variant, 0)], ev.summary)
        if method == 'CANCEL':
            summary = '%s: %s' % (OL[m.lang][3], ev.summary)
        if desk:
            L = []
            atts = []
            for a in ev.attendees:
                atts.append(line('ATTENDEE', 'mailto:' + a.p.email,
                                 [('CN', a.p.name or a.p.email), ('ROLE', a.role if a.role != 'REQ-PARTICIPANT' else None),
                                  ('PARTSTAT', a.partstat if method == 'REPLY' else None), ('RSVP', 'TRUE' if a.rsvp else None)],
                                 quote_all=True))
            L += atts
            L += b['ATTACH']
            L.append('CLASS:PUBLIC')
            L.append('CREATED:' + ical_utc(ev.created))
            if ev.desc:
                L.append('DESCRIPTION:' + esc(ev.desc + '\n'))
            L.append(dtline('DTEND', ev, 'end', 'tzid', tzid, quote_tzid=True))
            L.append('DTSTAMP:' + ical_utc(ev.dtstamp))
            L.append(dtline('DTSTART', ev, 'start', 'tzid', tzid, quote_tzid=True))
            L.append('LAST-MODIFIED:' + ical_utc(ev.lastmod))
            if ev.loc:
                L.append('LOCATION:' + esc(ev.loc))
            L.append(org_line(ev, quote=True))
            L.append('PRIORITY:%d' % (ev.priority or 5))
            if ev.rrule:
                L.append('RRULE:' + ev.rrule)
            L.append('SEQUENCE:%d' % ev.seq)
            if method == 'CANCEL':
                L.append('STATUS:CANCELLED')
            L.append('SUMMARY;LANGUAGE=%s:%s' % (lang.lower(), esc(summary)))
            L.append('TRANSP:' + ev.transp)
            L.append('UID:' + ev.uid)
            if 'URL' in b:
                L.append(b['URL'])
            if ev.alt is not None or ev.desc:
                L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(ev.alt if ev.alt is not None else rtf_alt_desc(
                    ev.desc, m.tokens.get('exver', '16.0.17328.20124'))))
            L.append('X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if method == 'CANCEL' else 'BUSY'))
            L.append('X-MICROSOFT-CDO-IMPORTANCE:1')
            L.append('X-MICROSOFT-DISALLOW-COUNTER:FALSE')
            L.append('X-MS-OLK-AUTOFILLLOCATION:FALSE')
            L.append('X-MS-OLK-CONFTYPE:0')
            if m.tokens.get('olk_sender'):
                L.append('X-MS-OLK-SENDER;CN="%s":mailto:%s' % m.tokens['olk_sender'])
            L += b['CONFERENCE']
            L += ev.extra
            if method == 'REQUEST':
                L += alarms_block(ev, 'msdesk')
            out += ['BEGIN:' + ev.comp] + L + ['END:' + ev.comp]
            continue
        L = ['BEGIN:' + ev.comp]
        L.append(org_line(ev))
        for a in ev.attendees:
            params = [('ROLE', a.role), ('PARTSTAT', a.partstat), ('RSVP', 'TRUE' if a.rsvp else 'FALSE'), ('CN', a.p.name or a.p.email)]
            if method == 'REPLY':
                params = [('PARTSTAT', a.partstat), ('CN', a.p.name or a.p.email)]
            if a.cutype == 'RESOURCE':
                params.insert(0, ('CUTYPE', 'RESOURCE'))
            L.append(line('ATTENDEE', 'mailto:' + a.p.email, params))
        if method == 'REPLY':
            L.append('COMMENT;LANGUAGE=%s:%s' % (lang, esc(ev.comment or '\n')))
        elif ev.desc is not None:
            L.append('DESCRIPTION;LANGUAGE=%s:%s' % (lang, esc((ev.desc or '') + '\n')))
        if ev.rrule:
            L.append('RRULE:' + ev.rrule)
        for x in ev.exdate:
            L.append('EXDATE;TZID=%s:%s' % (tzid, ical_local(x)))
        L.append('UID:' + ev.uid)
        if ev.recurrence_id:
            L.append('RECURRENCE-ID;TZID=%s:%s' % (tzid, ical_local(ev.recurrence_id)))
        L.append('SUMMARY;LANGUAGE=%s:%s' % (lang, esc(summary)))
        L.append(dtline('DTSTART', ev, 'start', 'tzid', tzid))
        L.append(dtline('DTEND', ev, 'end', 'tzid', tzid))
        L.append('CLASS:PUBLIC')
        L.append('PRIORITY:%d' % (1 if method == 'CANCEL' else (ev.priority or 5)))
        L.append('DTSTAMP:' + ical_utc(ev.dtstamp))
        L.append('TRANSP:' + ('TRANSPARENT' if method == 'CANCEL' else ev.transp))
        L.append('STATUS:' + ('CANCELLED' if method == 'CANCEL' else ev.status))
        L.append('SEQUENCE:%d' % ev.seq)
        L.append('LOCATION;LANGUAGE=%s:%s' % (lang, esc(ev.loc or '')))
        L += b['ATTACH']
        if 'URL' in b:
            L.append(b['URL'])
        L.append('X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % ev.seq)
        L.append('X-MICROSOFT-CDO-OWNERAPPTID:%d' % m.tokens.setdefault('ownerapptid', rng.randint(-2147483000, 2147483000)))
        L.append('X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if method == 'CANCEL' else 'TENTATIVE' if method == 'REQUEST' else 'BUSY'))
        L.append('X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if method == 'CANCEL' else 'BUSY'))
        L.append('X-MICROSOFT-CDO-ALLDAYEVENT:' + ('TRUE' if ev.allday else 'FALSE'))
        L.append('X-MICROSOFT-CDO-IMPORTANCE:1')
        L.append('X-MICROSOFT-CDO-INSTTYPE:%d' % (1 if ev.rrule else 0))
        if ev.teams is not None and method == 'REQUEST':
            L.append('X-MICROSOFT-SKYPETEAMSMEETINGURL:' + ev.teams['url'])
            L.append('X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/%s/%s/19_meeting_%s@thread.v2/0' % (
                ev.teams['tid'], ev.teams['oid'], rng.b64url(40)))
            L.append('X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % rng.b64url(40))
            L.append('X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s' % (
                ev.organizer.email, rng.b64url(40), ev.teams['oid'].replace('-', ''), ev.teams['tid'].replace('-', '')))
            L.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
        else:
            L.append('X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:')
            L.append('X-MICROSOFT-ONLINEMEETINGCONFLINK:')
        L.append('X-MICROSOFT-DONOTFORWARDMEETING:FALSE')
        L.append('X-MICROSOFT-DISALLOW-COUNTER:FALSE')
        L.append('X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT')
        if method == 'REQUEST':
            L.append('X-MICROSOFT-ISRESPONSEREQUESTED:TRUE')
            locname = ev.loc or ''
            if rng.chance(0.7):
                L.append('X-MICROSOFT-LOCATIONS:[ { "DisplayName" : "%s"\\, "LocationAnnotation" : ""\\, "LocationSource" : %d\\, "Unresolved" : false\\, "LocationUri" : "" } ]' % (
                    esc(locname).replace('"', '\\"'), 0 if not ev.teams else 0) if locname else 'X-MICROSOFT-LOCATIONS:[]')
        if ev.alt is not None:
            L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(ev.alt))
        L += b['CONFERENCE']
        L += ev.extra
        if method == 'REQUEST':
            L += alarms_block(ev, 'ms')
        L.append('END:' + ev.comp)
        out += L
    out.append('END:VCALENDAR')
    return join(fold([l for l in out if l is not None], 75, 'octet'))


def r_ms(m):
    """variants: exo (Exchange Online / OWA / new Outlook), desktop (Outlook over SMTP/IMAP),
    onprem (Exchange Server on-premises)."""
    rng = m.rng
    variant = m.tokens.get('msvariant', 'exo')
    ev = m.events[0]
    method = m.method
    if ev.teams is not None and method == 'REQUEST':
        ev.teams.setdefault('tid', rng.uuid())
        ev.teams.setdefault('oid', rng.uuid())
        ev.teams.setdefault('mid', '%s %s %s %s' % (rng.digits(3), rng.digits(3), rng.digits(3), rng.digits(3)))
        ev.teams.setdefault('pwd', rng.alnum(6))
        block = teams_block(m, ev)
        base = m.text or ''
        m.text = (base + '\n\n' if base else '') + block
        ev.desc = m.text
        if not ev.loc:
            ev.loc = teams(m.lang)[0]
    if m.subject is None:
        if method == 'REPLY':
            m.subject = '%s: %s' % (OL[m.lang][{'declined': 1, 'tentative': 2}.get(m.variant, 0)], ev.summary)
        elif method == 'CANCEL':
            m.subject = '%s: %s' % (OL[m.lang][3], ev.summary)
        else:
            m.subject = ev.summary
    if ev.desc is None and method == 'REQUEST':
        ev.desc = m.text
    text = m.text or ''
    cal = ms_ics(m, method, variant)
    cs = cs_for(m, text)
    html = m.html or word_html(text, m.lang, cs=cs)
    cl = m.tokens.get('cl') or LANGS[m.lang]['cl']
    if variant == 'desktop':
        stamp = rng.hexs(8, True)
        bnd = '----=_NextPart_000_%04X_%s.%s' % (rng.randint(0, 0x30), rng.pick(['01DA', '01D9', '01DB', '01D8', '01D7', '01D6', '01D5', '01D2']) + rng.hexs(4, True), stamp)
        pcs = cs
        parts = [leaf('text/plain', text, pcs, text_cte(m, text, 'quoted-printable'), ct_style=_ol_ct),
                 leaf('text/html', html, 'utf-8' if not can_encode(html, pcs) else pcs, 'quoted-printable', ct_style=_ol_ct),
                 leaf('text/calendar', cal, 'utf-8', 'base64' if not all(ord(c) < 128 for c in cal) else '7bit',
                      params=[('method', method)], ct_style=_ol_ct)]
        root = multipart('alternative', bnd, parts)
        root.headers[0] = ('Content-Type', 'multipart/alternative;\r\n\tboundary="%s"' % bnd)
        mid = '<%s$%s$%s@%s>' % (rng.hexs(12), rng.hexs(8), rng.hexs(8), msgid_domain(m))
        hdrs = [('From', from_hdr(m, cs)), ('To', to_hdr(m, cs))]
        if m.cc:
            hdrs.append(('Cc', ', '.join(addr(p.name, p.email, cs) for p in m.cc)))
        hdrs += [('Subject', subj_hdr(m, m.subject, cs)), ('Date', rfc2822(m.date, m.tz)),
                 ('Message-ID', mid), ('MIME-Version', '1.0'), ('Content-Type', root.headers[0][1]),
                 ('X-Mailer', 'Microsoft Outlook %s' % m.tokens.get('olver', '16.0')),
                 ('Thread-Index', 'A' + rng.b64(21)[:-2] + '=='), ('Content-Language', cl.lower())]
        root.headers = root.headers[1:]
        return hdrs, root
    # Exchange Online / on-prem
    srv = m.tokens.get('exsrv') or getattr(m.sender, 'ms_srv', None) or m.tokens.setdefault('exsrv', '%s%dPR%02dMB%d' % (rng.pick(['AM', 'DB', 'VI', 'PA', 'DU', 'BN', 'CH', 'SJ', 'MW', 'TY', 'SG', 'MA', 'PH', 'CY']),
                                                         rng.randint(0, 9), rng.randint(1, 20), rng.randint(1000, 9999)))
    reg = m.tokens.get('exreg') or getattr(m.sender, 'ms_reg', None) or m.tokens.setdefault('exreg', rng.pick(['eurprd%02d' % rng.randint(1, 9), 'namprd%02d' % rng.randint(1, 20), 'apcprd%02d' % rng.randint(1, 6)]))
    mid_core = srv + rng.hexs(26, True)
    if variant == 'onprem':
        mid = '<%s@%s>' % (rng.hexs(32), m.tokens.get('exhost', 'EXCH01.corp.' + msgid_domain(m)))
        bnd = '_000_%s%s_' % (rng.hexs(32), rng.pick(['EXCH01', 'MBX01', 'SRVEX01']).lower())
    else:
        mid = '<%s@%s.%s.prod.outlook.com>' % (mid_core, srv, reg)
        bnd = '_000_%s%s_' % (mid_core, srv + reg[:4])
    plain_cs = 'us-ascii' if all(ord(c) < 128 for c in text) else cs
    parts = [leaf('text/plain', text, plain_cs, text_cte(m, text, 'quoted-printable', 'base64')),
             leaf('text/html', html, 'utf-8' if not can_encode(html, cs) else cs, 'quoted-printable' if m.lang not in ('zh', 'ja', 'ko', 'th', 'hi', 'ar', 'he', 'ru', 'el') else 'base64'),
             leaf('text/calendar', cal, 'utf-8', 'base64', params=[('method', method)])]
    root = multipart('alternative', bnd, parts)
    hdrs = [('From', from_hdr(m, cs)), ('To', to_hdr(m, cs))]
    if m.cc:
        hdrs.append(('CC', ', '.join(addr(p.name, p.email, cs) for p in m.cc)))
    topic = m.subject
    hdrs += [('Subject', subj_hdr(m, m.subject, cs)),
             ('Thread-Topic', subj_hdr(m, topic.split(': ', 1)[1] if method in ('REPLY', 'CANCEL') and ': ' in topic else topic, cs)),
             ('Thread-Index', 'A' + rng.pick(['QHa', 'dqZ', 'QHZ', 'dpx', 'QHb', 'dnJ', 'QHY']) + rng.b64(24)[:30] + '=='),
             ('Date', rfc2822(m.date, offset=0)), ('Message-ID', mid), ('Accept-Language', cl + ', en-US' if cl != 'en-US' else 'en-US'),
             ('Content-Language', cl)]
    if m.tokens.get('olk_sender'):
        hdrs.insert(1, ('Sender', addr(m.tokens['olk_sender'][0], m.tokens['olk_sender'][1], cs)))
    hdrs += [('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    if variant == 'exo' and rng.chance(0.3):
        hdrs.append(('msip_labels', ''))
    hdrs += [('Content-Type', 'multipart/alternative;\r\n\tboundary="%s"' % bnd), ('MIME-Version', '1.0')]
    root.headers = root.headers[1:]
    return hdrs, root


def _ol_ct(ctype, cs, params):
    s = ctype + ';'
    ps = ['charset="%s"' % cs] if cs else []
    for k, v in params:
        ps.append('%s=%s' % (k, v))
    return s + '\r\n\t' + ';\r\n\t'.join(ps)


# ================================================================== APPLE
def apple_ics(m, method, prodid, server=False):
    rng = m.rng
    out = ['BEGIN:VCALENDAR']
    if method:
        out.append('METHOD:' + method)
    out += ['VERSION:2.0', 'PRODID:' + prodid, 'CALSCALE:GREGORIAN']
    if server:
        out = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'METHOD:' + method, 'PRODID:' + prodid]
    seen = set()
    for ev in m.events:
        if not ev.allday and not ev.utc and ev.tz not in seen:
            seen.add(ev.tz)
            out += ics.vtimezone(ev.tz, 'apple')
    for ev in m.events:
        b = base_ev_lines(ev)
        L = ['BEGIN:' + ev.comp]
        L.append('TRANSP:' + ev.transp)
        L.append(dtline('DTEND', ev, 'end', 'tzid'))
        if ev.organizer:
            L.append(line('ORGANIZER', 'mailto:' + ev.organizer.email,
                          [('CN', ev.organizer.name or ev.organizer.email), ('EMAIL', ev.organizer.email)], quote_all=True))
        L.append('UID:' + ev.uid)
        L.append('DTSTAMP:' + ical_utc(ev.dtstamp))
        if ev.loc:
            L.append('LOCATION:' + esc(ev.loc))
        if ev.geo:
            L.append('X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=%s;X-APPLE-RADIUS=70.58;X-TITLE=%s:geo:%s' % (
                pval_apple(ev.loc or ''), pval_apple((ev.loc or '').split(',')[0]), ev.geo))
        if ev.desc:
            L.append('DESCRIPTION:' + esc(ev.desc))
        L += b['ATTACH']
        if 'URL' in b:
            L.append(b['URL'].replace('URL:', 'URL;VALUE=URI:'))
        L.append('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC')
        L.append('SEQUENCE:%d' % ev.seq)
        for a in ev.attendees:
            L.append(line('ATTENDEE', 'mailto:' + a.p.email,
                          [('CN', a.p.name or a.p.email), ('CUTYPE', a.cutype), ('EMAIL', a.p.email),
                           ('PARTSTAT', a.partstat), ('ROLE', a.role), ('RSVP', 'TRUE' if a.rsvp else None)],
                          quote_all=True))
        L.append('SUMMARY:' + esc(ev.summary))
        L.append('LAST-MODIFIED:' + ical_utc(ev.lastmod))
        if ev.rrule:
            L.append('RRULE:' + ev.rrule)
        L.append(dtline('DTSTART', ev, 'start', 'tzid'))
        L.append('CREATED:' + ical_utc(ev.created))
        if m.tokens.get('apple_ios'):
            L.append('X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal')
            L.append('X-APPLE-CREATOR-TEAM-IDENTITY:0000000000')
        L += b['CONFERENCE']
        L += ev.extra
        L += alarms_block(ev, 'apple', rng)
        L.append('END:' + ev.comp)
        out += L
    out.append('END:VCALENDAR')
    return join(fold([l for l in out if l is not None], 75, 'octet'))


def pval_apple(s):
    return '"%s"' % s.replace('"', "'").replace('\n', ' ')


def r_apple(m):
    """variants: mail (macOS/iOS Calendar sending through Apple Mail), icloud (iCloud server iMIP)."""
    rng = m.rng
    ev = m.events[0]
    variant = m.tokens.get('applevariant', 'mail')
    year = m.date.year
    if variant == 'icloud':
        prodid = '-//CALENDARSERVER.ORG//NONSGML Version 1//EN'
        cal = apple_ics(m, m.method, prodid, server=True)
        if m.subject is None:
            m.subject = {'REQUEST': 'Invitation: ', 'CANCEL': 'Cancelled: ', 'REPLY': 'Accepted: '}[m.method] + ev.summary
        name = m.sender.from_name or m.sender.from_addr
        when = when_loc(m, ev)
        text = (m.text if m.body_given else None) or '%s has invited you to "%s".\n\n%s\n%s\n\n%s\n' % (name, ev.summary, when, ev.loc or '', ev.desc or '')
        html = m.html or simple_html(text, m.lang, '-apple-system, Helvetica, Arial, sans-serif', cs=cs_for(m, text))
        cs = cs_for(m, text)
        b1 = 'Apple-Webmail-%s' % rng.uuid(upper=True)
        b2 = 'Apple-Webmail-%s' % rng.uuid(upper=True)
        alt = multipart('alternative', b2, [leaf('text/plain', text, cs, text_cte(m, text)),
                                            leaf('text/html', html, cs_for(m, html), 'quoted-printable')])
        calp = leaf('text/calendar', cal, 'utf-8', 'quoted-printable', params=[('method', m.method), ('name', 'invite.ics')],
                    disposition='attachment; filename=invite.ics')
        root = multipart('mixed', b1, [alt, calp])
        hdrs = [('From', from_hdr(m, cs)), ('To', m.rcpt.email), ('Subject', subj_hdr(m, m.subject, cs)),
                ('Date', rfc2822(m.date, offset=0)), ('Message-ID', '<%s@icloud.com>' % rng.uuid(upper=True)),
                ('MIME-Version', '1.0'), ('Content-Type', root.headers[0][1])]
        root.headers = root.headers[1:]
        return hdrs, root
    ios = m.tokens.get('apple_ios')
    if ios:
        os_ver = m.tokens.get('iosver', '17.3')
        prodid = '-//Apple Inc.//iPhone OS %s//EN' % os_ver
    else:
        os_ver = m.tokens.get('macver', '14.3.1')
        prodid = '-//Apple Inc.//macOS %s//EN' % os_ver if year >= 2017 else '-//Apple Inc.//Mac OS X %s//EN' % os_ver
    cal = apple_ics(m, m.method, prodid)
    if m.subject is None:
        m.subject = ev.summary
    text = m.text or ''
    cs = 'us-ascii' if all(ord(c) < 128 for c in text) else cs_for(m, text)
    bnd = 'Apple-Mail=_%s' % rng.uuid(upper=True)
    fname = 'iCal-%s.ics' % m.date.strftime('%Y%m%d-%H%M%S') if year < 2020 else 'invite.ics'
    p1 = leaf('text/plain', text or '\n', cs, '7bit' if cs == 'us-ascii' else 'quoted-printable',
              header_order=['Content-Transfer-Encoding', 'Content-Type'])
    p1.headers.sort(key=lambda h: 0 if h[0] == 'Content-Transfer-Encoding' else 1)
    p2 = leaf('text/calendar', cal, 'utf-8', 'quoted-printable', params=[('name', fname), ('method', m.method)],
              disposition='attachment;\r\n\tfilename=%s' % fname)
    p2.headers = [('Content-Disposition', 'attachment;\r\n\tfilename=%s' % fname),
                  ('Content-Type', 'text/calendar;\r\n\tcharset=utf-8;\r\n\tname=%s;\r\n\tmethod=%s' % (fname, m.method)),
                  ('Content-Transfer-Encoding', 'quoted-printable')]
    root = multipart('mixed', bnd, [p1, p2])
    mailver = m.tokens.get('mailver', '3774.400.31')
    hdrs = [('From', from_hdr(m, cs if cs != 'us-ascii' else 'utf-8', quote='always')),
            ('Content-Type', 'multipart/mixed;\r\n\tboundary="%s"' % bnd)]
    if ios:
        hdrs += [('Content-Transfer-Encoding', '7bit'), ('Mime-Version', '1.0 (1.0)')]
    else:
        hdrs.append(('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(%s\\))' % mailver))
    hdrs += [('Subject', subj_hdr(m, m.subject, 'utf-8')), ('Message-Id', '<%s@%s>' % (rng.uuid(upper=True), msgid_domain(m))),
             ('Date', rfc2822(m.date, m.tz)), ('To', to_hdr(m, 'utf-8'))]
    hdrs.append(('X-Mailer', 'iPhone Mail (%s)' % m.tokens.get('iosbuild', '21D61') if ios else 'Apple Mail (2.%s)' % mailver))
    root.headers = root.headers[1:]
    return hdrs, root


# ============================================================ THUNDERBIRD
def lightning_ics(m, method):
    out = ['BEGIN:VCALENDAR', 'PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', 'VERSION:2.0',
           'METHOD:' + method]
    seen = set()
    for ev in m.events:
        if not ev.allday and ev.tz not in seen:
            seen.add(ev.tz)
            out += ics.vtimezone(ev.tz, 'olson')
    for ev in m.events:
        b = base_ev_lines(ev)
        L = ['BEGIN:' + ev.comp, 'CREATED:' + ical_utc(ev.created), 'LAST-MODIFIED:' + ical_utc(ev.lastmod),
             'DTSTAMP:' + ical_utc(ev.dtstamp), 'UID:' + ev.uid, 'SUMMARY:' + esc(ev.summary)]
        if ev.organizer:
            L.append(line('ORGANIZER', 'mailto:' + ev.organizer.email,
                          [('RSVP', 'TRUE'), ('CN', ev.organizer.name or None), ('PARTSTAT', 'ACCEPTED'), ('ROLE', 'CHAIR')]))
        L += att_lines_generic(ev, 'lightning')
        if ev.rrule:
            L.append('RRULE:' + ev.rrule)
        L += ['X-MOZ-SEND-INVITATIONS:TRUE', 'X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE']
        if ev.comp == 'VTODO':
            L.append(dtline('DTSTART', ev, 'start', 'tzid'))
            L.append(dtline('DUE', ev, 'end', 'tzid'))
            L.append('PERCENT-COMPLETE:0')
            L.append('STATUS:NEEDS-ACTION')
        else:
            L.append(dtline('DTSTART', ev, 'start', 'tzid'))
            L.append(dtline('DTEND', ev, 'end', 'tzid'))
        if ev.loc:
            L.append('LOCATION:' + esc(ev.loc))
        if ev.desc:
            L.append('DESCRIPTION:' + esc(ev.desc))
        if ev.alt:
            L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(ev.alt))
        if 'URL' in b:
            L.append(b['URL'])
        L += b['ATTACH'] + b['CONFERENCE']
        L.append('SEQUENCE:%d' % ev.seq)
        if method == 'CANCEL':
            L.append('STATUS:CANCELLED')
        L.append('TRANSP:' + ev.transp)
        L.append('X-MOZ-GENERATION:%d' % (ev.seq + 1))
        L += ev.extra
        if method == 'REQUEST':
            L += alarms_block(ev, 'lightning')
        L.append('END:' + ev.comp)
        out += L
    out.append('END:VCALENDAR')
    return join(fold([l for l in out if l is not None], 75, 'octet'))


def r_thunderbird(m):
    rng = m.rng
    ev = m.events[0]
    L = G[m.lang]
    pre = OL[m.lang]
    if m.subject is None:
        if m.method == 'REPLY':
            m.subject = '%s: %s' % (pre[{'declined': 1, 'tentative': 2}.get(m.variant, 0)], ev.summary)
        elif m.method == 'CANCEL':
            m.subject = '%s: %s' % (pre[3], ev.summary)
        else:
            m.subject = '%s: %s' % (pre[6], ev.summary)
    when = when_loc(m, ev)
    if m.body_given and m.text:
        text = m.text
    elif m.method == 'REPLY':
        text = (L['accepted'] if m.variant != 'declined' else L['declined']).format(name=m.sender.from_name or m.sender.from_addr) + '\n'
    else:
        T = ['%s: %s' % (L['title'], ev.summary), '%s: %s' % (L['organizer'].capitalize(), '%s <%s>' % (ev.organizer.name, ev.organizer.email)),
             '', '%s: %s' % (L['when'], when)]
        if ev.loc:
            T.append('%s: %s' % (L['where'], ev.loc))
        if ev.desc:
            T += ['', ev.desc]
        T += ['', '%s:' % L['who']]
        for a in ev.attendees:
            T.append('%s <%s>' % (a.p.name, a.p.email) if a.p.name else a.p.email)
        text = '\n'.join(T) + '\n'
    cal = lightning_ics(m, m.method)
    cs = 'UTF-8'
    bnd_mix = '------------' + rng.alnum(24)
    bnd_alt = '------------' + rng.alnum(24)
    cte = '8bit' if not all(ord(c) < 128 for c in text + cal) else '7bit'
    alt = multipart('alternative', bnd_alt, [
        leaf('text/plain', text, None, cte, ct_style=lambda c, s, p: 'text/plain; charset=UTF-8; format=flowed'),
        leaf('text/calendar', cal, None, cte, ct_style=lambda c, s, p: 'text/calendar; method=%s; charset=UTF-8' % m.method)])
    att = leaf('application/ics', cal, None, 'base64' if m.tokens.get('tbver', 115) >= 115 else cte,
               ct_style=lambda c, s, p: 'application/ics; name="invite.ics"',
               disposition='attachment; filename="invite.ics"')
    root = multipart('mixed', bnd_mix, [alt, att])
    ver = m.tokens.get('tbver', 115)
    ua = 'Mozilla Thunderbird' if ver >= 115 else 'Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Thunderbird/%d.%d.%d' % (
        rng.pick(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15']), ver, ver,
        rng.randint(0, 12), rng.randint(0, 3))
    hdrs = [('Message-ID', '<%s@%s>' % (rng.uuid(), msgid_domain(m))), ('Date', rfc2822(m.date, m.tz)),
            ('MIME-Version', '1.0'), ('User-Agent', ua), ('Content-Language', LANGS[m.lang]['cl'] if m.lang != 'en' else 'en-US'),
            ('To', to_hdr(m, 'UTF-8')), ('From', from_hdr(m, 'UTF-8')), ('Subject', subj_hdr(m, m.subject, 'UTF-8')),
            ('Content-Type', root.headers[0][1])]
    root.headers = root.headers[1:]
    return hdrs, root


# ================================================================= ZIMBRA
def r_zimbra(m):
    rng = m.rng
    ev = m.events[0]
    if m.subject is None:
        m.subject = ev.summary if m.method == 'REQUEST' else '%s: %s' % (OL[m.lang][3] if m.method == 'CANCEL' else OL[m.lang][0], ev.summary)
    when = when_loc(m, ev)
    head = {'REQUEST': 'The following is a new meeting request:', 'CANCEL': 'The following meeting has been cancelled:',
            'REPLY': '%s has accepted your invitation:' % (m.sender.from_name or m.sender.from_addr)}[m.method]
    T = [head, '', 'Subject: %s ' % ev.summary, 'Organizer: "%s" <%s> ' % (ev.organizer.name, ev.organizer.email), '']
    if ev.loc:
        T.append('Location: %s ' % ev.loc)
    T += ['Time: %s' % when, ' ', 'Invitees: %s ' % '; '.join(a.p.email for a in ev.attendees), '', '',
          '*~*~*~*~*~*~*~*~*~*', '']
    if m.text:
        T.append(m.text)
    elif ev.desc:
        T.append(ev.desc)
    text = '\n'.join(T) + '\n'
    out = ['BEGIN:VCALENDAR', 'X-WR-CALNAME:%s' % (ev.organizer.name or 'Calendar'), 'PRODID:Zimbra-Calendar-Provider',
           'VERSION:2.0', 'METHOD:' + m.method]
    if not ev.allday:
        out += ics.vtimezone(ev.tz, 'zimbra')
    for e in m.events:
        b = base_ev_lines(e)
        L = ['BEGIN:' + e.comp, 'UID:' + e.uid, 'SUMMARY:' + esc(e.summary)]
        if e.loc:
            L.append('LOCATION:' + esc(e.loc))
        L += att_lines_generic(e, 'zimbra')
        L.append(org_line(e))
        L.append(dtline('DTSTART', e, 'start', 'tzid', quote_tzid=True))
        L.append(dtline('DUE' if e.comp == 'VTODO' else 'DTEND', e, 'end', 'tzid', quote_tzid=True))
        if e.comp == 'VTODO':
            L += ['PRIORITY:5', 'PERCENT-COMPLETE:0']
        if e.rrule:
            L.append('RRULE:' + e.rrule)
        L += ['STATUS:' + ('CANCELLED' if m.method == 'CANCEL' else ('NEEDS-ACTION' if e.comp == 'VTODO' else e.status)), 'CLASS:PUBLIC',
              'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'TRANSP:' + e.transp, 'LAST-MODIFIED:' + ical_utc(e.lastmod),
              'DTSTAMP:' + ical_utc(e.dtstamp), 'SEQUENCE:%d' % e.seq]
        if e.desc:
            L.append('DESCRIPTION:' + esc(e.desc))
        if e.alt:
            L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(e.alt))
        if 'URL' in b:
            L.append(b['URL'])
        L += b['ATTACH'] + b['CONFERENCE'] + e.extra
        if m.method == 'REQUEST':
            L += alarms_block(e, 'zimbra')
        L.append('END:' + e.comp)
        out += L
    out.append('END:VCALENDAR')
    cal = join(fold([l for l in out if l is not None], 75, 'octet'))
    cs = cs_for(m, text)
    html = m.html or simple_html(text, m.lang, 'arial, helvetica, sans-serif', cs=cs_for(m, text))
    bnd = '=_%s' % rng.uuid()
    parts = [leaf('text/plain', text, cs, text_cte(m, text, 'quoted-printable', 'base64'), ct_style=lambda c, s, p: 'text/plain; charset=%s' % s),
             leaf('text/html', html, cs_for(m, html), 'quoted-printable', ct_style=lambda c, s, p: 'text/html; charset=%s' % s),
             leaf('text/calendar', cal, 'utf-8', '7bit' if all(ord(c) < 128 for c in cal) else 'quoted-printable',
                  ct_style=lambda c, s, p: 'text/calendar; charset=utf-8; method=%s; name=meeting.ics' % m.method)]
    root = multipart('alternative', bnd, parts)
    zver = m.tokens.get('zver', '9.0.0_GA_4546')
    hdrs = [('Date', rfc2822(m.date, m.tz, comment=zone_abbr(m.tz, m.date))), ('From', from_hdr(m, cs)), ('To', to_hdr(m, cs)),
            ('Message-ID', '<%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(100000000, 2000000000), rng.randint(100000, 9999999),
                                                              int((m.date - dt.datetime(1970, 1, 1)).total_seconds() * 1000), msgid_domain(m))),
            ('Subject', subj_hdr(m, m.subject, cs)), ('MIME-Version', '1.0'), ('Content-Type', root.headers[0][1]),
            ('X-Originating-IP', '[%s]' % rng.ip4()),
            ('X-Mailer', 'Zimbra %s (ZimbraWebClient - %s)' % (zver, rng.pick(['FF121 (Linux)', 'GC120 (Win)', 'GC122 (Mac)', 'FF115 (Win)']) + '/' + zver)),
            ('Thread-Topic', subj_hdr(m, ev.summary, cs)), ('Thread-Index', rng.b64(20)[:28])]
    root.headers = root.headers[1:]
    return hdrs, root


# ================================================================== SABRE
def sabre_ics(m, prodid, x_lic=True, extra_ev=()):
    out = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:' + prodid, 'CALSCALE:GREGORIAN', 'METHOD:' + m.method]
    seen = set()
    for ev in m.events:
        if not ev.allday and ev.tz not in seen:
            seen.add(ev.tz)
            out += ics.vtimezone(ev.tz, 'olson' if x_lic else 'sabre')
    for ev in m.events:
        b = base_ev_lines(ev)
        L = ['BEGIN:' + ev.comp, 'CREATED:' + ical_utc(ev.created), 'DTSTAMP:' + ical_utc(ev.dtstamp),
             'LAST-MODIFIED:' + ical_utc(ev.lastmod), 'SEQUENCE:%d' % ev.seq, 'UID:' + ev.uid,
             dtline('DTSTART', ev, 'start', 'tzid'), dtline('DTEND', ev, 'end', 'tzid'),
             'STATUS:' + ('CANCELLED' if m.method == 'CANCEL' else ev.status), 'SUMMARY:' + esc(ev.summary)]
        if ev.rrule:
            L.append('RRULE:' + ev.rrule)
        if ev.loc:
            L.append('LOCATION:' + esc(ev.loc))
        if ev.desc:
            L.append('DESCRIPTION:' + esc(ev.desc))
        if 'URL' in b:
            L.append(b['URL'])
        L += b['ATTACH'] + b['CONFERENCE']
        L.append(org_line(ev))
        L += att_lines_generic(ev, 'sabre')
        L += list(extra_ev) + ev.extra
        L += alarms_block(ev, 'generic')
        L.append('END:' + ev.comp)
        out += L
    out.append('END:VCALENDAR')
    return join(fold([l for l in out if l is not None], 75, 'octet'))


def r_nextcloud(m):
    rng = m.rng
    ev = m.events[0]
    L = G[m.lang]
    host = m.tokens.get('nchost', 'cloud.' + ev.organizer.email.split('@')[1])
    if m.subject is None:
        m.subject = {'REQUEST': '%s: %s' % (OL[m.lang][6], ev.summary), 'CANCEL': '%s: %s' % (G[m.lang]['can'], ev.summary),
                     'REPLY': '%s: %s' % (OL[m.lang][0], ev.summary)}[m.method]
    when = when_loc(m, ev)
    T = ['%s: %s' % (L['title'], ev.summary), '%s: %s' % (L['when'], when)]
    if ev.loc:
        T.append('%s: %s' % (L['where'], ev.loc))
    if ev.desc:
        T.append('%s' % ev.desc)
    T += ['%s: %s <%s>' % (L['organizer'].capitalize(), ev.organizer.name, ev.organizer.email),
          '%s: %s' % (L['who'], ', '.join(a.p.name or a.p.email for a in ev.attendees)), '',
          'https://%s/index.php/apps/calendar/invitation/accept?token=%s' % (host, rng.alnum(15)),
          'https://%s/index.php/apps/calendar/invitation/decline?token=%s' % (host, rng.alnum(15)), '', '--',
          'Nextcloud - %s' % m.tokens.get('ncslogan', 'a safe home for all your data')]
    text = (m.text if m.body_given else None) or '\n'.join(T) + '\n'
    html = simple_html(text, m.lang)
    cal = sabre_ics(m, '-//Sabre//Sabre VObject %s//EN' % m.tokens.get('sabrever', '4.5.4'))
    cs = 'utf-8'
    b1 = rng.b64url(8)
    b2 = rng.b64url(8)
    alt = multipart('alternative', b2, [leaf('text/plain', text, cs, 'quoted-printable'),
                                        leaf('text/html', html, cs, 'quoted-printable')], quoted=False)
    calp = leaf('text/calendar', cal, cs, 'base64', params=[('method', m.method), ('name', 'event.ics')],
                disposition='attachment; name=event.ics; filename=event.ics')
    root = multipart('mixed', b1, [alt, calp], quoted=False)
    name = '%s via Nextcloud' % (ev.organizer.name or m.sender.from_name)
    hdrs = [('Message-ID', '<%s@%s>' % (rng.hexs(32), host)), ('Date', rfc2822(m.date, m.tz)),
            ('Subject', subj_hdr(m, m.subject, cs)), ('From', addr(name, m.sender.from_addr, cs)),
            ('Reply-To', addr(ev.organizer.name, ev.organizer.email, cs)), ('To', to_hdr(m, cs)),
            ('MIME-Version', '1.0'), ('Content-Type', root.headers[0][1]),
            ('Auto-Submitted', 'auto-generated')]
    root.headers = root.headers[1:]
    return hdrs, root


def r_sogo(m):
    rng = m.rng
    ev = m.events[0]
    ver = m.tokens.get('sogover', '5.8.0')
    if m.subject is None:
        m.subject = {'REQUEST': 'Event Invitation: "%s"' % ev.summary, 'CANCEL': 'Event Cancelled: "%s"' % ev.summary,
                     'REPLY': 'Accepted invitation: "%s"' % ev.summary}[m.method]
    who = ev.organizer.name or ev.organizer.email
    when = when_loc(m, ev)
    html = m.html or ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                      '<p>%s has invited you to %s.</p><p>Start: %s<br>Location: %s</p><p>%s</p></body></html>' % (
                          html_escape(who), html_escape(ev.summary), html_escape(when), html_escape(ev.loc or ''),
                          linkify(html_escape(ev.desc or '')).replace('\n', '<br>')))
    cal = sabre_ics(m, '-//Inverse inc./SOGo %s//EN' % ver, extra_ev=['X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:NO', 'CLASS:PUBLIC'])
    bnd = '----=_=-_OpenGroupware_org_NGMime-%d-%d.%06d-%d------' % (rng.randint(1000, 99999), int((m.date - dt.datetime(1970, 1, 1)).total_seconds()),
                                                                   rng.randint(0, 999999), rng.randint(0, 20))
    parts = [leaf('text/html', html, 'utf-8', 'quoted-printable', ct_style=lambda c, s, p: 'text/html; charset=utf-8'),
             leaf('text/calendar', cal, 'utf-8', 'quoted-printable', ct_style=lambda c, s, p: 'text/calendar; method=%s; charset=utf-8' % m.method)]
    root = multipart('alternative', bnd, parts)
    hdrs = [('Content-Type', root.headers[0][1]), ('MIME-Version', '1.0'),
            ('Message-ID', '<%s-%s-%s-%s@%s>' % (rng.hexs(4), rng.hexs(8), rng.hexs(2), rng.hexs(8), msgid_domain(m))),
            ('From', from_hdr(m, 'utf-8')), ('To', to_hdr(m, 'utf-8')), ('Subject', subj_hdr(m, m.subject, 'utf-8')),
            ('Date', rfc2822(m.date, m.tz)), ('X-Mailer', 'SOGoMail %s' % ver)]
    root.headers = root.headers[1:]
    return hdrs, root


# ================================================================== YAHOO
def r_yahoo(m):
    rng = m.rng
    ev = m.events[0]
    if m.subject is None:
        m.subject = 'Invitation: %s @ %s' % (ev.summary, when_loc(m, ev))
    when = when_loc(m, ev)
    text = (m.text if m.body_given else None) or '%s has invited you to an event.\n\n%s\n%s\n%s\n\n%s\n\nAccept / Maybe / Decline: https://calendar.yahoo.com/\n' % (
        m.sender.from_name, ev.summary, when, ev.loc or '', ev.desc or '')
    html = simple_html(text, m.lang, 'Helvetica Neue, Helvetica, Arial, sans-serif', cs=cs_for(m, text))
    out = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Yahoo! Inc.//NONSGML Yahoo! Calendar//EN', 'METHOD:' + m.method,
           'BEGIN:' + ev.comp, 'UID:' + ev.uid, 'DTSTAMP:' + ical_utc(ev.dtstamp),
           dtline('DTSTART', ev, 'start', 'utc'), dtline('DTEND', ev, 'end', 'utc'),
           'SUMMARY:' + esc(ev.summary)]
    if ev.loc:
        out.append('LOCATION:' + esc(ev.loc))
    if ev.desc:
        out.append('DESCRIPTION:' + esc(ev.desc))
    if ev.rrule:
        out.append('RRULE:' + ev.rrule)
    b = base_ev_lines(ev)
    if 'URL' in b:
        out.append(b['URL'])
    out += b['ATTACH'] + b['CONFERENCE']
    out.append(org_line(ev))
    out += att_lines_generic(ev, 'generic')
    out += ['SEQUENCE:%d' % ev.seq, 'STATUS:' + ev.status, 'TRANSP:' + ev.transp, 'CLASS:PUBLIC'] + ev.extra
    out += alarms_block(ev, 'generic')
    out += ['END:' + ev.comp, 'END:VCALENDAR']
    cal = join(fold([l for l in out if l is not None], 75, 'octet'))
    cs = cs_for(m, text)
    b1 = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(100000000, 2000000000), int((m.date - dt.datetime(1970, 1, 1)).total_seconds() * 1000))
    b2 = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(100000000, 2000000000), int((m.date - dt.datetime(1970, 1, 1)).total_seconds() * 1000))
    alt = multipart('alternative', b2, [leaf('text/plain', text, cs, text_cte(m, text)), leaf('text/html', html, cs_for(m, html), 'quoted-printable'),
                                        leaf('text/calendar', cal, 'UTF-8', '7bit' if all(ord(c) < 128 for c in cal) else 'base64',
                                             params=[('method', m.method)])])
    att = leaf('application/ics', cal, None, 'base64', params=[('name', '"invite.ics"')], disposition='attachment; filename="invite.ics"')
    root = multipart('mixed', b1, [alt, att])
    hdrs = [('Date', rfc2822(m.date, m.tz)), ('From', from_hdr(m, cs)), ('Reply-To', from_hdr(m, cs)), ('To', to_hdr(m, cs)),
            ('Message-ID', '<%d.%d.%d@mail.yahoo.com>' % (rng.randint(100000000, 2000000000), rng.randint(100000, 9999999),
                                                          int((m.date - dt.datetime(1970, 1, 1)).total_seconds() * 1000))),
            ('Subject', subj_hdr(m, m.subject, cs)), ('MIME-Version', '1.0'), ('Content-Type', root.headers[0][1]),
            ('X-Mailer', 'WebService/1.1.%d YMailNorrin' % rng.randint(20000, 23000))]
    root.headers = root.headers[1:]
    return hdrs, root


# =================================================================== ZOOM
def r_zoom(m):
    """Zoom-generated mail (webinar registration confirmation / meeting invitation) with .ics."""
    rng = m.rng
    ev = m.events[0]
    z = ev.zoom or {}
    host = z.get('host', 'us02web.zoom.us')
    mid = z.get('id') or '%s %s %s' % (rng.digits(3), rng.digits(4), rng.digits(4))
    pwd = z.get('pwd') or rng.alnum(32)
    url = z.get('url') or 'https://%s/%s/%s?pwd=%s' % (host, 'w' if z.get('webinar') else 'j', mid.replace(' ', ''), pwd)
    z['url'] = url
    zdesc = ev.desc or ''
    joinblk = '%s\n\nJoin from PC, Mac, iPad, or Android:\n%s\nPasscode: %s\n\nMeeting ID: %s\n' % (
        zdesc, url, rng.digits(6), mid)
    if m.subject is None:
        m.subject = '%s Confirmation' % ev.summary if z.get('webinar') else ev.summary
    text = (m.text if m.body_given else None) or ('Hi %s,\n\nThank you for registering for "%s".\n\nPlease submit any questions to: %s\n\nDate Time: %s\n\n%s\n'
                      'You can cancel your registration at any time.\n' % (m.rcpt.first, ev.summary, ev.organizer.email,
                                                                            when_loc(m, ev), joinblk))
    html = simple_html(text, m.lang, 'Lato, Helvetica, Arial, sans-serif')
    ev.desc = joinblk
    if not ev.loc:
        ev.loc = url
    out = ['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
           'METHOD:' + m.method]
    out += ics.vtimezone(ev.tz, 'olson')
    out += ['BEGIN:VEVENT', 'DTSTAMP:' + ical_utc(ev.dtstamp), dtline('DTSTART', ev, 'start', 'tzid'),
            dtline('DTEND', ev, 'end', 'tzid'), 'SUMMARY:' + esc(ev.summary),
            'UID:' + ev.uid, 'TZID:' + ev.tz, 'DESCRIPTION:' + esc(ev.desc), 'LOCATION:' + esc(ev.loc)]
    if ev.organizer:
        out.append(line('ORGANIZER', 'mailto:' + ev.organizer.email, [('CN', ev.organizer.name)]))
    for a in ev.attendees[:1]:
        out.append(line('ATTENDEE', 'mailto:' + a.p.email, [('CN', a.p.name or a.p.email), ('ROLE', 'REQ-PARTICIPANT'),
                                                              ('PARTSTAT', 'NEEDS-ACTION'), ('RSVP', 'TRUE')]))
    b = base_ev_lines(ev)
    out += b['ATTACH'] + b['CONFERENCE']
    out += ev.extra
    out += ['BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    cal = join(fold(out, 75, 'octet'))
    cs = 'UTF-8'
    b1 = rng.hexs(28)
    b2 = rng.hexs(28)
    alt = multipart('alternative', b2, [leaf('text/plain', text, cs, 'quoted-printable'), leaf('text/html', html, cs, 'quoted-printable')])
    calp = leaf('text/calendar', cal, cs, 'base64', params=[('method', m.method), ('name', '"%s.ics"' % 'iCalendar')],
                disposition='attachment; filename="iCalendar.ics"')
    root = multipart('mixed', b1, [alt, calp])
    hdrs = [('From', addr(m.sender.from_name or 'Zoom', m.sender.from_addr, cs)), ('Reply-To', addr(ev.organizer.name, ev.organizer.email, cs)),
            ('To', m.rcpt.email), ('Subject', subj_hdr(m, m.subject, cs)), ('Date', rfc2822(m.date, offset=0)),
            ('Message-ID', '<%s@%s>' % (rng.uuid(), 'zoom.us' if m.sender.from_addr.endswith('@zoom.us') else msgid_domain(m))),
            ('MIME-Version', '1.0'), ('Content-Type', root.headers[0][1])]
    root.headers = root.headers[1:]
    return hdrs, root


# ================================================================ BOOKING
def booking_ics(m, prodid, style):
    out = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:' + prodid]
    if m.method:
        out.append('METHOD:' + m.method)
    if style != 'min':
        out.append('CALSCALE:GREGORIAN')
    if style == 'tz':
        seen = set()
        for ev in m.events:
            if not ev.allday and ev.tz not in seen:
                seen.add(ev.tz)
                out += ics.vtimezone(ev.tz, 'olson')
    for ev in m.events:
        b = base_ev_lines(ev)
        mode = 'tzid' if style == 'tz' else 'utc'
        L = ['BEGIN:' + ev.comp, 'UID:' + ev.uid, 'DTSTAMP:' + ical_utc(ev.dtstamp),
             dtline('DTSTART', ev, 'start', mode), dtline('DTEND', ev, 'end', mode), 'SUMMARY:' + esc(ev.summary)]
        if ev.loc:
            L.append('LOCATION:' + esc(ev.loc))
        if ev.geo:
            L.append('GEO:' + ev.geo.replace(',', ';'))
        if ev.desc:
            L.append('DESCRIPTION:' + esc(ev.desc))
        if 'URL' in b:
            L.append(b['URL'])
        if ev.organizer and (m.method != 'PUBLISH' or m.tokens.get('pub_org', True)):
            L.append(org_line(ev))
        L += att_lines_generic(ev, 'generic')
        L += b['ATTACH'] + b['CONFERENCE']
        L.append('STATUS:' + ('CANCELLED' if m.method == 'CANCEL' else ev.status))
        if ev.categories:
            L.append('CATEGORIES:' + ev.categories)
        L.append('TRANSP:' + ev.transp)
        L += ev.extra
        L += alarms_block(ev, 'generic')
        L.append('END:' + ev.comp)
        out += L
    out.append('END:VCALENDAR')
    return join(fold([l for l in out if l is not None], 75, 'octet'))


def r_booking(m):
    rng = m.rng
    t = m.tokens
    ev = m.events[0]
    prodid = t.get('prodid', '-//Booking//EN')
    if m.subject is None:
        m.subject = ev.summary
    cal = booking_ics(m, prodid, t.get('icsstyle', 'utc'))
    text = m.text or ev.desc
    html = m.html or simple_html(text, m.lang, t.get('font', 'Helvetica, Arial, sans-serif'), cs=cs_for(m, text))
    cs = cs_for(m, text)
    fname = t.get('icsname', 'booking.ics')
    bstyle = t.get('bnd', 'uuid')
    bnd1 = ('b1_' + rng.hexs(32)) if bstyle == 'phpmailer' else ('--==_mimepart_%s_%s' % (rng.hexs(13), rng.digits(5))) if bstyle == 'rails' else rng.uuid()
    bnd2 = ('b2_' + rng.hexs(32)) if bstyle == 'phpmailer' else ('--==_mimepart_%s_%s' % (rng.hexs(13), rng.digits(5))) if bstyle == 'rails' else rng.uuid()
    alt = multipart('alternative', bnd2, [leaf('text/plain', text, cs, text_cte(m, text, 'quoted-printable')),
                                          leaf('text/html', html, cs_for(m, html), 'quoted-printable' if m.lang not in ('zh', 'ja', 'ko', 'th', 'hi') else 'base64')])
    ct = t.get('icsct', 'text/calendar')
    params = [('method', m.method)] if ct == 'text/calendar' and m.method else []
    params.append(('name', '"%s"' % fname))
    calp = leaf(ct, cal, 'UTF-8' if ct == 'text/calendar' else None, 'base64', params=params,
                disposition='attachment; filename="%s"' % fname)
    root = multipart('mixed', bnd1, [alt, calp])
    hdrs = [('From', from_hdr(m, cs)), ('To', to_hdr(m, cs)), ('Subject', subj_hdr(m, m.subject, cs)),
            ('Date', rfc2822(m.date, m.tz)), ('Message-ID', '<%s@%s>' % (rng.uuid(), t.get('midhost', msgid_domain(m)))),
            ('MIME-Version', '1.0'), ('Content-Type', root.headers[0][1])]
    if m.reply_to:
        hdrs.insert(1, ('Reply-To', m.reply_to))
    hdrs += t.get('bkhdrs', [])
    root.headers = root.headers[1:]
    return hdrs, root


# ==================================================================== TOOL
def tool_ics(m):
    """Hand-rolled / library generated calendars with their typical sloppiness."""
    rng = m.rng
    f = m.flags
    t = m.tokens
    prodid = t.get('prodid')
    if prodid is None and 'noprodid' not in f:
        prodid = rng.pick(['-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', '-//Google Inc//Google Calendar 70.9054//EN',
                           '-//Apple Inc.//Mac OS X 10.14.6//EN', '-//ical.marudot.com//iCal Event Maker',
                           '-//hacksw/handcal//NONSGML v1.0//EN', '-//sebbo.net//ical-generator//EN', 'icalendar-ruby',
                           '-//PHP//iCal 2.0//EN', '-//Events//Calendar//EN', '-//Company//Product//EN', None, None])
    out = ['BEGIN:VCALENDAR']
    order = t.get('calorder', 'pvm')
    hdr = {'p': ['PRODID:' + prodid] if prodid else [], 'v': ['VERSION:2.0'],
           'm': [] if 'nomethod' in f else ['METHOD:' + (t.get('icsmethod') or m.method)]}
    for c in order:
        out += hdr[c]
    if 'calscale' in f:
        out.append('CALSCALE:GREGORIAN')
    if t.get('xwr'):
        out += t['xwr']
    if 'tzblock' in f:
        out += ics.vtimezone(m.events[0].tz, 'olson')
    mode = t.get('dtmode', 'utc')
    for ev in m.events:
        b = base_ev_lines(ev)
        commas = 'commas' not in f
        L = ['BEGIN:' + ev.comp]
        if 'nostamp' not in f:
            L.append('DTSTAMP:' + ical_utc(ev.dtstamp))
        if ev.comp == 'VTODO':
            L.append(dtline('DTSTART', ev, 'start', mode))
            L.append(dtline('DUE', ev, 'end', mode))
        else:
            L.append(dtline('DTSTART', ev, 'start', mode))
            if ev.end is not None:
                L.append(dtline('DTEND', ev, 'end', mode))
        L.append('SUMMARY:' + esc(ev.summary, commas=commas))
        if ev.uid:
            L.append('UID:' + ev.uid)
        if ev.organizer:
            if 'org-nocn' in f:
                L.append('ORGANIZER:mailto:' + ev.organizer.email)
            else:
                L.append(line('ORGANIZER', 'mailto:' + ev.organizer.email, [('CN', ev.organizer.name or None)]))
        for a in ev.attendees:
            if 'att-bare' in f:
                L.append('ATTENDEE;RSVP=TRUE:mailto:' + a.p.email)
            else:
                L.append(line('ATTENDEE', 'mailto:' + a.p.email, [('CN', a.p.name or None), ('ROLE', a.role),
                                                                   ('PARTSTAT', a.partstat), ('RSVP', 'TRUE' if a.rsvp else 'FALSE')]))
        if ev.loc:
            L.append('LOCATION:' + esc(ev.loc, commas=commas))
        if ev.desc:
            L.append('DESCRIPTION:' + esc(ev.desc, commas=commas))
        if ev.alt:
            L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(ev.alt, commas=commas))
        if 'URL' in b:
            L.append(b['URL'])
        L += b['ATTACH'] + b['CONFERENCE']
        if ev.rrule:
            L.append('RRULE:' + ev.rrule)
        if ev.status and 'nostatus' not in f:
            L.append('STATUS:' + ev.status)
        if ev.seq or 'seq' in f:
            L.append('SEQUENCE:%d' % ev.seq)
        if ev.priority:
            L.append('PRIORITY:%d' % ev.priority)
        if ev.klass:
            L.append('CLASS:' + ev.klass)
        if ev.categories:
            L.append('CATEGORIES:' + ev.categories)
        L += ev.extra
        L += alarms_block(ev, 'generic')
        L.append('END:' + ev.comp)
        if 'shuffle' in f:
            mid = L[1:-1]
            # keep alarm blocks intact: shuffle only simple properties
            simple = [x for x in mid if not x.startswith(('BEGIN:VALARM', 'END:VALARM', 'TRIGGER', 'ACTION', 'DESCRIPTION:Reminder'))]
            rest = [x for x in mid if x not in simple]
            rng.shuffle(simple)
            L = [L[0]] + simple + rest + [L[-1]]
        out += [x for x in L if x is not None]
    out.append('END:VCALENDAR')
    style = 'none' if 'nofold' in f else 'tab' if 'tabfold' in f else 'char' if 'charfold' in f else 'octet'
    width = t.get('foldwidth', 75)
    eol = '\n' if 'lf' in f else '\r\n'
    return join(fold(out, width, style), eol)


def r_tool(m):
    """Spam tooling / scripts / libraries.  tokens['tool'] selects the flavour."""
    rng = m.rng
    t = m.tokens
    f = m.flags
    tool = t.get('tool', 'phpmailer')
    ev = m.events[0]
    cal = tool_ics(m)
    if m.subject is None:
        m.subject = ev.summary
    text = m.text
    cs = cs_for(m, text or '')
    ct_method = t.get('ctmethod', m.method)
    keep_lf = 'lf' in f
    calcte = t.get('calcte', 'base64')
    cal_params = []
    if 'noct-method' not in f and ct_method:
        cal_params.append(('method', ct_method))
    if t.get('calname'):
        cal_params.append(('name', '"%s"' % t['calname']))
    calcs = t.get('calcs', 'utf-8')

    def calpart(disp=None, ctype='text/calendar'):
        return leaf(ctype, cal if calcs.lower() in ('utf-8', 'us-ascii') or not can_encode(cal, calcs) else cal,
                    calcs if ctype == 'text/calendar' and can_encode(cal, calcs) else ('utf-8' if ctype == 'text/calendar' else None),
                    calcte, params=cal_params, disposition=disp, keep_lf=keep_lf)

    hdr_cs = t.get('hdrcs', cs)
    enc = t.get('hdrenc', 'B')
    date = rfc2822(m.date, m.tz) if 'odd-date' not in f else rfc2822(m.date, m.tz).replace(' +', ' +').rsplit(' ', 1)[0] + ' ' + rng.pick(['-0000', '+0000'])
    xmailer = None
    if tool == 'phpmailer':
        ver = t.get('phpver', '6.8.1')
        b1 = 'b1_' + rng.alnum(43)
        b2 = 'b2_' + rng.alnum(43)
        if text:
            html = m.html or simple_html(text, m.lang, cs=cs_for(m, text))
            parts = [leaf('text/plain', text, cs, text_cte(m, text, '8bit'), ct_style=lambda c, s, p: 'text/plain; charset=%s' % s),
                     leaf('text/html', html, cs_for(m, html), text_cte(m, html, '8bit'), ct_style=lambda c, s, p: 'text/html; charset=%s' % s),
                     calpart()]
            root = multipart('alternative', b1, parts)
        else:
            root = multipart('alternative', b1, [leaf('text/plain', 'To view this invitation, open it in a calendar application.', 'us-ascii', '7bit'), calpart()])
        root.headers[0] = ('Content-Type', 'multipart/alternative;\r\n boundary="%s"' % b1)
        mid = '<%s@%s>' % (rng.alnum(43), t.get('midhost', m.sender.out_host if m.sender else 'localhost'))
        hdrs = [('Date', date), ('To', to_hdr(m, hdr_cs, enc)), ('From', from_hdr(m, hdr_cs, enc)),
                ('Subject', subj_hdr(m, m.subject, hdr_cs, enc)), ('Message-ID', mid)]
        if m.reply_to:
            hdrs.insert(3, ('Reply-To', m.reply_to))
        hdrs += [('X-Mailer', 'PHPMailer %s (https://github.com/PHPMailer/PHPMailer)' % ver), ('MIME-Version', '1.0'),
                 ('Content-Type', root.headers[0][1])]
    elif tool == 'python':
        b = '===============%019d==' % rng.randint(10 ** 18, 10 ** 19 - 1)
        parts = []
        if text:
            parts.append(leaf('text/plain', text, cs, 'base64' if cs == 'utf-8' and not all(ord(c) < 128 for c in text) else '7bit',
                              ct_style=lambda c, s, p: 'text/plain; charset="%s"' % s, extra=[('MIME-Version', '1.0')]))
        cp = calpart('attachment; filename="%s"' % t.get('calname', 'invite.ics'))
        cp.headers[0] = ('Content-Type', 'text/calendar; %scharset="utf-8"' % ('method="%s"; ' % ct_method if 'noct-method' not in f and ct_method else ''))
        cp.headers.insert(1, ('MIME-Version', '1.0'))
        parts.append(cp)
        root = multipart('mixed', b, parts)
        hdrs = [('Content-Type', root.headers[0][1]), ('MIME-Version', '1.0'), ('Subject', subj_hdr(m, m.subject, hdr_cs, enc)),
                ('From', from_hdr(m, hdr_cs, enc)), ('To', to_hdr(m, hdr_cs, enc))]
        if 'nodate' not in f:
            hdrs.append(('Date', date))
        if 'nomid' not in f:
            hdrs.append(('Message-ID', '<%d.%d.%d@%s>' % (rng.randint(10 ** 17, 10 ** 18), rng.randint(1000, 99999),
                                                          rng.randint(10 ** 18, 10 ** 19), t.get('midhost', 'localhost'))))
    elif tool == 'nodemailer':
        b = '--_NmP-%s-Part_1' % rng.hexs(16)
        b2 = '--_NmP-%s-Part_2' % rng.hexs(16)
        parts = []
        if text:
            parts.append(leaf('text/plain', text, 'utf-8', 'quoted-printable' if not all(ord(c) < 128 for c in text) else '7bit',
                              ct_style=lambda c, s, p: 'text/plain; charset=utf-8'))
            parts.append(leaf('text/html', m.html or simple_html(text, m.lang), 'utf-8', 'quoted-printable',
                              ct_style=lambda c, s, p: 'text/html; charset=utf-8'))
        cp = calpart()
        cp.headers[0] = ('Content-Type', 'text/calendar; charset=utf-8%s' % ('; method=%s' % ct_method if 'noct-method' not in f and ct_method else ''))
        parts.append(cp)
        root = multipart('alternative', b2, parts)
        if 'attach' in f:
            att = calpart('attachment; filename=invite.ics', 'application/ics')
            att.headers[0] = ('Content-Type', 'application/ics; name=invite.ics')
            root = multipart('mixed', b, [root, att])
        hdrs = [('Content-Type', root.headers[0][1]), ('From', from_hdr(m, 'utf-8')), ('To', to_hdr(m, 'utf-8')),
                ('Subject', subj_hdr(m, m.subject, 'utf-8')), ('Message-ID', '<%s@%s>' % (rng.uuid(), msgid_domain(m))),
                ('Date', date), ('MIME-Version', '1.0')]
        if m.reply_to:
            hdrs.insert(2, ('Reply-To', m.reply_to))
    elif tool == 'javamail':
        ts = int((m.date - dt.datetime(1970, 1, 1)).total_seconds() * 1000)
        b = '----=_Part_%d_%d.%d' % (rng.randint(0, 999), rng.randint(10 ** 8, 2 * 10 ** 9), ts)
        parts = []
        if text:
            jhtml = m.html or (text if text.lstrip().startswith('<') else simple_html(text, m.lang, cs=cs_for(m, text)))
            parts.append(leaf('text/html', jhtml, cs, '7bit' if all(ord(c) < 128 for c in jhtml) else 'quoted-printable',
                              ct_style=lambda c, s, p: 'text/html;charset=%s' % s.upper()))
        cp = calpart()
        cp.headers[0] = ('Content-Type', 'text/calendar;method=%s;charset=UTF-8' % (ct_method or 'REQUEST'))
        parts.append(cp)
        root = multipart('alternative', b, parts)
        hdrs = [('Date', date), ('From', from_hdr(m, cs)), ('To', to_hdr(m, cs)),
                ('Message-ID', '<%d.%d.%d@%s>' % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(1, 99), ts, t.get('midhost', 'localhost'))),
                ('Subject', subj_hdr(m, m.subject, cs)), ('MIME-Version', '1.0'), ('Content-Type', root.headers[0][1])]
    elif tool == 'dotnet':
        b = '--boundary_%d_%s' % (rng.randint(0, 9), rng.uuid())
        parts = []
        if text:
            parts.append(leaf('text/plain', text, cs, 'quoted-printable', ct_style=lambda c, s, p: 'text/plain; charset=%s' % s))
        cp = calpart()
        cp.headers[0] = ('Content-Type', 'text/calendar; method=%s; charset=utf-8' % (ct_method or 'REQUEST'))
        parts.append(cp)
        root = multipart('alternative', b, parts, quoted=False)
        hdrs = [('MIME-Version', '1.0'), ('From', from_hdr(m, cs)), ('To', to_hdr(m, cs)), ('Date', date),
                ('Subject', subj_hdr(m, m.subject, cs)), ('Content-Type', root.headers[0][1])]
        if 'nomid' not in f:
            hdrs.insert(4, ('Message-Id', '<%s@%s>' % (rng.uuid(), t.get('midhost', 'localhost'))))
    elif tool == 'bulk':
        # generic bulk mailer: single part or mixed with html + ics attachment, odd headers
        b = '----=_NextPart_%03d_%04X_%s.%s' % (rng.randint(0, 9), rng.randint(0, 0xffff), rng.hexs(8, True), rng.hexs(8, True))
        parts = []
        if text:
            html = m.html or simple_html(text, m.lang, cs=cs_for(m, text))
            parts.append(leaf('text/html', html, cs, text_cte(m, html, 'base64', 'base64'), ct_style=lambda c, s, p: 'text/html;\r\n\tcharset="%s"' % s))
        parts.append(calpart('attachment; filename="%s"' % t.get('calname', 'invitation.ics'),
                             ctype=t.get('calct', 'text/calendar')))
        root = multipart('mixed', b, parts)
        hdrs = [('From', from_hdr(m, hdr_cs, enc)), ('Subject', subj_hdr(m, m.subject, hdr_cs, enc)), ('To', to_hdr(m, hdr_cs, enc)),
                ('Content-Type', 'multipart/mixed;\r\n\tboundary="%s"' % b), ('MIME-Version', '1.0'), ('Date', date)]
        if t.get('xmailer'):
            hdrs.append(('X-Mailer', t['xmailer']))
        if 'nomid' not in f:
            hdrs.append(('Message-ID', '<%s$%s@%s>' % (rng.hexs(12), rng.hexs(8), t.get('midhost', m.sender.out_host))))
        if t.get('xprio'):
            hdrs += [('X-Priority', '3'), ('X-MSMail-Priority', 'Normal')]
    else:  # 'raw': single-part text/calendar message
        cp = calpart()
        cp.headers[0] = ('Content-Type', 'text/calendar; %scharset="%s"' % ('method=%s; ' % ct_method if 'noct-method' not in f and ct_method else '',
                                                                          calcs if calcs else 'utf-8'))
        root = cp
        hdrs = [('From', from_hdr(m, hdr_cs, enc)), ('To', to_hdr(m, hdr_cs, enc)), ('Subject', subj_hdr(m, m.subject, hdr_cs, enc)),
                ('Date', date), ('MIME-Version', '1.0')]
        if 'nomid' not in f:
            hdrs.append(('Message-ID', '<%s@%s>' % (rng.alnum(20), t.get('midhost', msgid_domain(m)))))
        hdrs += root.headers
        root.headers = []
        if t.get('xmailer'):
            hdrs.append(('X-Mailer', t['xmailer']))
        return hdrs, root
    if t.get('xmailer') and tool not in ('bulk', 'phpmailer'):
        hdrs.append(('X-Mailer', t['xmailer']))
    if m.reply_to and tool not in ('phpmailer', 'nodemailer'):
        hdrs.append(('Reply-To', m.reply_to))
    if tool not in ('python', 'nodemailer', 'bulk'):
        pass
    # root content-type moves into the header block
    ct = None
    for k, v in root.headers:
        if k == 'Content-Type':
            ct = v
    root.headers = [h for h in root.headers if h[0] != 'Content-Type']
    if not any(h[0] == 'Content-Type' for h in hdrs):
        hdrs.append(('Content-Type', ct))
    return hdrs, root


RENDERERS = {
    'google': r_google, 'ms': r_ms, 'apple': r_apple, 'thunderbird': r_thunderbird, 'zimbra': r_zimbra,
    'nextcloud': r_nextcloud, 'sogo': r_sogo, 'yahoo': r_yahoo, 'zoom': r_zoom, 'booking': r_booking, 'tool': r_tool,
}
