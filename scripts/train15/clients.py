# -*- coding: utf-8 -*-
"""Imitations of the MIME + iCalendar output of common calendar clients.  CC0 1.0.

render(m, rng) -> (headers: list[str], root: Part)
"""
import base64
import datetime as dt
import html as H

from common import (hexs, alnum, uuid4, digits, TZ, to_utc, from_utc, offset_local, abbr, rfc2822, ical_dt,
                    LANG_INFO, slug)
from ics import esc, pval, dtp, vtimezone, serialise
from l10n import ui, fmt_span, fmt_short, fmt_day
from mimeutil import hdr_text, addr, addr_list, leaf, multipart, Part, text_to_html, CRLF

# ------------------------------------------------------------------ helpers


def year_of(m):
    return m['arrival'].year


def pick_ver(year, table):
    best = table[0][1]
    for y, v in table:
        if year >= y:
            best = v
    return best


MACOS = [(2016, 'Mac OS X 10.11.6'), (2017, 'Mac OS X 10.12.6'), (2018, 'Mac OS X 10.13.6'),
         (2019, 'Mac OS X 10.14.6'), (2020, 'Mac OS X 10.15.7'), (2021, 'macOS 11.6'), (2022, 'macOS 12.6.1'),
         (2023, 'macOS 13.5.2'), (2024, 'macOS 14.4.1'), (2025, 'macOS 15.3.2'), (2026, 'macOS 26.1')]
IOS = [(2016, 'iPhone OS 10.1.1'), (2017, 'iPhone OS 11.1'), (2018, 'iPhone OS 12.1'), (2019, 'iPhone OS 13.1.3'),
       (2020, 'iPhone OS 14.2'), (2021, 'iPhone OS 15.1'), (2022, 'iPhone OS 16.1'), (2023, 'iPhone OS 17.1.2'),
       (2024, 'iPhone OS 18.0.1'), (2025, 'iPhone OS 18.5'), (2026, 'iPhone OS 26.1')]
TB = [(2016, '45.5.1'), (2017, '52.5.0'), (2018, '60.3.0'), (2019, '68.2.2'), (2020, '78.5.0'), (2021, '91.3.2'),
      (2022, '102.5.0'), (2023, '115.4.2'), (2024, '128.3.1'), (2025, '140.2.0'), (2026, '145.0.1')]
ZIMBRA = [(2016, ('8.7.1_GA_1670', 'GC54')), (2018, ('8.8.9_GA_3019', 'GC70')), (2020, ('8.8.15_GA_3953', 'GC86')),
          (2021, ('9.0.0_GA_4126', 'GC91')), (2023, ('9.0.0_GA_4546', 'GC112')), (2024, ('10.0.6_GA_4650', 'GC119')),
          (2025, ('10.1.4_GA_4200', 'GC131'))]
SOGO = [(2016, '3.2.4'), (2018, '4.0.2'), (2019, '4.3.0'), (2020, '5.0.1'), (2022, '5.7.1'), (2024, '5.10.0'),
        (2025, '5.12.1')]
SABRE = [(2016, '4.1.2'), (2019, '4.2.0'), (2020, '4.3.3'), (2022, '4.4.2'), (2024, '4.5.4'), (2026, '4.5.6')]
PHPM = [(2016, '5.2.16'), (2018, '6.0.5'), (2020, '6.1.8'), (2022, '6.6.5'), (2024, '6.9.1'), (2026, '6.10.0')]
GSEL = [(2016, '20161025'), (2021, '20210112'), (2023, '20230601')]


def ev_utc(e, which='start'):
    d = e[which]
    if isinstance(d, dt.datetime):
        return to_utc(e['tz'], d)
    return d


def stamp(m):
    return ical_dt(m['arrival'] - dt.timedelta(seconds=m.get('stamp_lag', 40)), utc=True)


def people_pairs(m):
    return m['to']


def att(a, style):
    cn, em = a.get('cn'), a['addr']
    ps = a.get('partstat', 'NEEDS-ACTION')
    role = a.get('role', 'REQ-PARTICIPANT')
    rsvp = 'TRUE' if a.get('rsvp', True) else 'FALSE'
    if style == 'google':
        return 'ATTENDEE;CUTYPE=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s' % (
            a.get('cutype', 'INDIVIDUAL'), role, ps, rsvp, pval(cn or em), em)
    if style == 'outlook':
        return 'ATTENDEE;%sROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s:mailto:%s' % (
            'CUTYPE=RESOURCE;' if a.get('cutype') == 'RESOURCE' else '', role, ps, rsvp, pval(cn or em), em)
    if style == 'apple':
        return 'ATTENDEE;CN=%s;CUTYPE=%s;EMAIL=%s;PARTSTAT=%s;ROLE=%s%s:mailto:%s' % (
            pval(cn or em, True), a.get('cutype', 'INDIVIDUAL'), pval(em, True), ps, role,
            ';RSVP=TRUE' if ps == 'NEEDS-ACTION' else '', em)
    if style == 'tb':
        return 'ATTENDEE;RSVP=%s;%sPARTSTAT=%s;ROLE=%s:mailto:%s' % (
            rsvp, 'CN=%s;' % pval(cn) if cn else '', ps, role, em)
    if style == 'sabre':
        return 'ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;PARTSTAT=%s;ROLE=%s;RSVP=%s;LANGUAGE=%s:mailto:%s' % (
            pval(cn or em), ps, role, rsvp, a.get('lang', 'en'), em)
    if style == 'zimbra':
        return 'ATTENDEE;CN=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s:mailto:%s' % (pval(cn or em), role, ps, rsvp, em)
    if style == 'sogo':
        return 'ATTENDEE;PARTSTAT=%s;RSVP=%s;ROLE=%s;CN=%s:mailto:%s' % (ps, rsvp, role, pval(cn or em), em)
    if style == 'yahoo':
        return 'ATTENDEE;PARTSTAT=%s;ROLE=%s;RSVP=%s;CN=%s:mailto:%s' % (ps, role, rsvp, pval(cn or em), em)
    if style == 'bare':
        return 'ATTENDEE:mailto:%s' % em
    if style == 'MAILTO':
        return 'ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;RSVP=TRUE:MAILTO:%s' % (cn or em, em)
    if style == 'nocn':
        return 'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE:mailto:%s' % (ps, em)
    return 'ATTENDEE;CN=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s:mailto:%s' % (pval(cn or em), role, ps, rsvp, em)


def org_line(o, style, sent_by=None):
    cn, em = o.get('name'), o['addr']
    sb = ';SENT-BY="mailto:%s"' % sent_by if sent_by else ''
    if style == 'apple':
        return 'ORGANIZER;CN=%s;EMAIL=%s%s:mailto:%s' % (pval(cn or em, True), pval(em, True), sb, em)
    if style == 'tb':
        return 'ORGANIZER;RSVP=TRUE;CN=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR%s:mailto:%s' % (pval(cn or em), sb, em)
    if style == 'bare':
        return 'ORGANIZER:mailto:%s' % em
    if style == 'MAILTO':
        return 'ORGANIZER;CN="%s":MAILTO:%s' % (cn or em, em)
    return 'ORGANIZER;CN=%s%s:mailto:%s' % (pval(cn or em), sb, em)


def alarm_lines(e, style, rng):
    out = []
    for al in e.get('alarms', []):
        trig = al.get('trigger', '-PT15M')
        act = al.get('action', 'DISPLAY')
        desc = al.get('desc', 'Reminder')
        if style == 'google':
            out += ['BEGIN:VALARM', 'ACTION:' + act, 'DESCRIPTION:' + esc(desc or 'This is an event reminder'),
                    'TRIGGER:' + trig, 'END:VALARM']
        elif style == 'outlook':
            out += ['BEGIN:VALARM', 'DESCRIPTION:' + esc(desc or 'REMINDER'), 'TRIGGER;RELATED=START:' + trig,
                    'ACTION:' + act, 'END:VALARM']
        elif style == 'apple':
            u = uuid4(rng, upper=True)
            out += ['BEGIN:VALARM', 'ACTION:' + act, 'DESCRIPTION:' + esc(desc or 'Reminder'), 'TRIGGER:' + trig,
                    'UID:' + u, 'X-WR-ALARMUID:' + u, 'END:VALARM']
        elif style == 'zimbra':
            out += ['BEGIN:VALARM', 'ACTION:' + act, 'TRIGGER;RELATED=START:' + trig,
                    'DESCRIPTION:' + esc(desc or 'Reminder'), 'END:VALARM']
        else:
            out += ['BEGIN:VALARM', 'TRIGGER:' + trig, 'ACTION:' + act, 'DESCRIPTION:' + esc(desc or 'Reminder'),
                    'END:VALARM']
    return out


def dt_pair(e, form, tzname=None):
    tz = e.get('tz')
    name = tzname or tz
    s, en = e['start'], e.get('end')
    out = []
    comp = e.get('comp', 'VEVENT')
    if isinstance(s, dt.datetime):
        if form == 'utc':
            out.append('DTSTART:' + ical_dt(to_utc(tz, s), True))
            if en is not None:
                out.append(('DUE:' if comp == 'VTODO' else 'DTEND:') + ical_dt(to_utc(tz, en), True))
        elif form == 'float':
            out.append('DTSTART:' + ical_dt(s))
            if en is not None:
                out.append(('DUE:' if comp == 'VTODO' else 'DTEND:') + ical_dt(en))
        else:
            out.append('DTSTART;TZID=%s:%s' % (pval(name), ical_dt(s)))
            if en is not None:
                out.append('%s;TZID=%s:%s' % ('DUE' if comp == 'VTODO' else 'DTEND', pval(name), ical_dt(en)))
    else:
        out.append('DTSTART;VALUE=DATE:' + ical_dt(s))
        if en is not None:
            out.append(('DUE' if comp == 'VTODO' else 'DTEND') + ';VALUE=DATE:' + ical_dt(en))
    return out


def needs_tz(e, form):
    return isinstance(e['start'], dt.datetime) and form == 'tzid' and e.get('tz') not in (None, 'UTC')


def cal_wrap(m, head, comps, tzs, fold_mode='octets', eol='\r\n', width=75, tzstyle='olson', tzname_map=None):
    lines = ['BEGIN:VCALENDAR'] + head
    seen = set()
    for tz in tzs:
        if tz and tz not in seen and tz != 'UTC':
            seen.add(tz)
            nm = tzname_map(tz) if tzname_map else None
            lines += vtimezone(tz, tzstyle, name=nm)
    for c in comps:
        lines += c
    lines.append('END:VCALENDAR')
    q = m.get('quirks', set())
    if 'fold_none' in q:
        fold_mode = 'none'
    elif 'fold_chars' in q:
        fold_mode = 'chars'
    elif 'fold_tab' in q:
        fold_mode = 'tab'
    elif 'fold_wide' in q:
        fold_mode = 'wide'
    if 'lf_b64' in q:
        eol = '\n'
    return serialise(lines, fold_mode, eol, width)


def method_line(m):
    if m.get('method') and 'no_method' not in m.get('quirks', set()):
        return ['METHOD:' + m['method']]
    return []


def ct_cal(m, charset='UTF-8', quote=True, name=None, extra=''):
    meth = m.get('ct_method', m.get('method'))
    s = 'text/calendar; charset=%s' % ('"%s"' % charset if quote else charset)
    if meth and not m.get('ct_no_method'):
        s += '; method=%s' % meth
    if name:
        s += ';%s name="%s"' % (CRLF + '\t' if len(s) > 50 else '', name)
    return s + extra


def extra_lines(e):
    return list(e.get('extra', []))


def loc_line(e, lang_param=''):
    return ['LOCATION%s:%s' % (lang_param, esc(e['location']))] if e.get('location') is not None else []


def desc_line(e, lang_param='', sloppy=False):
    return ['DESCRIPTION%s:%s' % (lang_param, esc(e.get('desc') or '', sloppy=sloppy))] if e.get('desc') is not None \
        else []


def rr(e):
    out = []
    if e.get('rrule'):
        out.append('RRULE:' + e['rrule'])
    for x in e.get('exdate', []):
        out.append(x)
    return out


def recid(e, form, tzname=None):
    if not e.get('recurrence_id'):
        return []
    r = e['recurrence_id']
    if form == 'utc':
        return ['RECURRENCE-ID:' + ical_dt(to_utc(e['tz'], r), True)]
    return ['RECURRENCE-ID;TZID=%s:%s' % (pval(tzname or e['tz']), ical_dt(r))]


def all_tzs(m, form):
    return [e.get('tz') for e in m['events'] if needs_tz(e, form)]


def date_hdr(m, lag=0):
    local_utc = m['arrival'] - dt.timedelta(seconds=m.get('send_lag', 5) + lag)
    tz = m.get('stz', 'UTC')
    off = offset_local(tz, from_utc(tz, local_utc)) if tz != 'UTC' else 0
    return rfc2822(local_utc + dt.timedelta(minutes=off), off)


def cs_text(m):
    return m.get('charset', 'utf-8')


def subj_hdr(m, subject, charset=None, enc=None):
    return hdr_text('Subject', subject, charset or m.get('hdr_charset', 'utf-8'), enc)


def from_hdr(m, name=None, email=None, quote=False):
    s = m['sender']
    return 'From: ' + addr(name if name is not None else s['name'], email or s['addr'],
                           m.get('hdr_charset', 'utf-8'), quote_always=quote)


def to_hdr(m, quote=False, name='To'):
    pairs = m['to'] if name == 'To' else m.get('cc', [])
    return '%s: %s' % (name, addr_list(pairs, m.get('hdr_charset', 'utf-8'), quote))


def common_extra(m):
    return list(m.get('extra_headers', []))


def body_desc(m):
    e = m['events'][0]
    return e.get('desc') or ''


def when_text(m, lang=None):
    e = m['events'][0]
    lang = lang or m['lang']
    return fmt_span(lang, e['start'], e.get('end'))


def html_doc(inner, head_extra=''):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">%s\n</head>\n'
            '<body>\n%s\n</body>\n</html>\n') % (head_extra, inner)


def body_or(m, default):
    return m['body_override'] if m.get('body_override') is not None else default


def html_or(m, default):
    if m.get('html_override') is not None:
        return m['html_override']
    return default


# ------------------------------------------------------------------ Google Calendar
GMEET = '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'


def google_desc(e, meet):
    d = e.get('desc') or ''
    if meet:
        d += ('\n\n' if d else '') + GMEET + '\n' + \
            'Join with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720' \
            '\n\nPlease do not edit this section.\n' % meet + GMEET
    return d


def render_google(m, rng):
    y = year_of(m)
    lang = m['lang']
    u = ui(lang)
    e = m['events'][0]
    meth = m.get('method', 'REQUEST')
    rcpt = m['rcpt']
    meet = e.get('meet')
    recurring = any(x.get('rrule') for x in m['events'])
    form = 'tzid' if recurring or m.get('force_tzid') else 'utc'
    comps = []
    for x in m['events']:
        c = ['BEGIN:' + x.get('comp', 'VEVENT')]
        c += dt_pair(x, form)
        c += rr(x)
        c.append('DTSTAMP:' + stamp(m))
        c.append(org_line(x['organizer'], 'google'))
        c.append('UID:' + x['uid'])
        c += recid(x, form)
        for a in x['attendees']:
            c.append(att(a, 'google'))
        if x.get('meet'):
            c.append('X-GOOGLE-CONFERENCE:' + x['meet'])
        if x.get('cdo_id'):
            c.append('X-MICROSOFT-CDO-OWNERAPPTID:' + x['cdo_id'])
        c.append('CREATED:' + ical_dt(x['created'], True))
        c.append('DESCRIPTION:' + esc(google_desc(x, x.get('meet'))))
        c.append('LAST-MODIFIED:' + ical_dt(x['lastmod'], True))
        c.append('LOCATION:' + esc(x.get('location') or ''))
        c.append('SEQUENCE:%d' % x.get('seq', 0))
        c.append('STATUS:' + x.get('status', 'CONFIRMED'))
        c.append('SUMMARY:' + esc(x['summary']))
        c.append('TRANSP:' + x.get('transp', 'OPAQUE'))
        c += extra_lines(x)
        c += alarm_lines(x, 'google', rng)
        c.append('END:' + x.get('comp', 'VEVENT'))
        comps.append(c)
    head = ['PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN'] + method_line(m)
    cal = cal_wrap(m, head, comps, all_tzs(m, form), tzstyle='google')

    eid = base64.urlsafe_b64encode(('%s %s' % (e['uid'].split('@')[0][:26], rcpt)).encode()).decode().rstrip('=')
    tok = alnum(rng, 48)
    ctz = e.get('tz') or 'UTC'
    hl = {'tw': 'zh_TW', 'zh': 'zh_CN'}.get(lang, lang if lang in ('de', 'fr', 'es', 'it', 'pt', 'nl', 'ja', 'ko', 'ru') else 'en')
    class _B:
        def __init__(self, s):
            self.s = s

        def __mod__(self, action):
            return self.s.replace('@@ACTION@@', action)
    base = _B('https://calendar.google.com/calendar/event?action=@@ACTION@@&eid=' + eid + '&tok=' + tok + '&ctz=' +
              ctz.replace('/', '%2F') + '&hl=' + hl + '&es=0')
    when = fmt_span(lang, e['start'], e.get('end'))
    org = e['organizer']
    if meth == 'REPLY':
        ps = e['attendees'][0].get('partstat', 'ACCEPTED')
        pre = {'ACCEPTED': u['accepted'], 'DECLINED': u['declined'], 'TENTATIVE': u['tentative']}[ps]
        who = m['sender']['name'] or m['sender']['addr']
        verb = {'ACCEPTED': 'has accepted this invitation.', 'DECLINED': 'has declined this invitation.',
                'TENTATIVE': 'has replied "Maybe" to this invitation.'}[ps]
        txt = '%s %s\n\n%s\n%s\n\n%s\n%s\n%s\n\n%s: https://calendar.google.com/calendar/\n\n' \
              'You are receiving this email because you are subscribed to calendar notifications. To stop ' \
              'receiving these emails, go to Calendar settings https://calendar.google.com/calendar/r/settings, ' \
              'select this calendar, and change "Other notifications".\n' % (
                  who, verb, e['summary'], when, u['organizer'], org.get('name') or org['addr'], org['addr'],
                  u['from_gcal'])
        subj = '%s: %s @ %s - %s (%s)' % (pre, e['summary'], fmt_short(e['start']),
                                          '%02d:%02d' % (e['end'].hour, e['end'].minute) if hasattr(e['end'], 'hour') else '',
                                          rcpt)
    else:
        guests = []
        for a in e['attendees'][:40]:
            nm = a.get('cn') or a['addr']
            if a['addr'] == org['addr']:
                guests.append('%s - %s' % (nm, u['organizer'].lower()))
            else:
                guests.append(nm)
            if nm != a['addr']:
                guests.append(a['addr'])
        if y < 2021:
            txt = 'You have been invited to the following event.\n\n%s: %s\n%s: %s %s\n' % (
                u['title'], e['summary'], u['when'], when, ctz)
            if e.get('location'):
                txt += '%s: %s\n' % (u['where'], e['location'])
            if meet:
                txt += '%s: %s\n' % (u['join_meet'], meet)
            txt += 'Calendar: %s\nWho:\n' % rcpt
            for a in e['attendees'][:40]:
                txt += '     * %s%s\n' % (a.get('cn') or a['addr'], ' - organizer' if a['addr'] == org['addr'] else '')
            if e.get('desc'):
                txt += '\n%s\n' % e['desc']
            txt += '\nEvent details: %s\n\nGoing (%s)?   %s: %s   %s: %s   %s: %s   %s %s\n\n' \
                   '%s: https://www.google.com/calendar/\n\nYou are receiving this courtesy email at the account %s ' \
                   'because you are an attendee of this event.\n\nTo stop receiving future updates for this event, ' \
                   'decline this event. Alternatively you can sign up for a Google account at ' \
                   'https://www.google.com/calendar/ and control your notification settings for your entire ' \
                   'calendar.\n\nForwarding this invitation could allow any recipient to modify your RSVP response. ' \
                   'Learn more at https://support.google.com/calendar/answer/37135#forwarding\n' % (
                       base % 'VIEW', rcpt, u['yes'], base % 'RESPOND' + '&rst=1', u['maybe'],
                       base % 'RESPOND' + '&rst=3', u['no'], base % 'RESPOND' + '&rst=2', u['more'],
                       base % 'VIEW', u['from_gcal'], rcpt)
        else:
            txt = '%s\n%s\n' % (e['summary'], when)
            if ctz != 'UTC':
                txt += '%s: %s\n' % (u['tz'], ctz)
            if e.get('location'):
                txt += '\n%s\n%s\n' % (u['location'], e['location'])
            if meet:
                txt += '\n%s\n%s\n' % (u['join_meet'], meet)
            if e.get('attach_note'):
                txt += '\n%s\n' % e['attach_note']
            if e.get('desc'):
                txt += '\n%s\n' % e['desc']
            txt += '\n%s\n%s\n%s\n\n%s\n%s\n%s %s\n\n%s %s\n\n%s\n%s\n%s\n%s\n%s\n%s\n\n%s\n%s\n\n' \
                   '%s: https://calendar.google.com/calendar/\n\n%s\n\nForwarding this invitation ' \
                   'could allow any recipient to send a response to the organizer, be added to the guest list, ' \
                   'invite others regardless of their own invitation status, or modify your RSVP. Learn more ' \
                   'https://support.google.com/calendar/answer/37135#forwarding\n' % (
                       u['organizer'], org.get('name') or org['addr'], org['addr'], u['guests'],
                       '\n'.join(guests), u['view_all'], base % 'VIEW', u['reply_for'], rcpt, u['yes'],
                       base % 'RESPOND' + '&rst=1', u['no'], base % 'RESPOND' + '&rst=2', u['maybe'],
                       base % 'RESPOND' + '&rst=3', u['more'], base % 'VIEW', u['from_gcal'], u['receiving'])
        pre = u['invitation']
        if e.get('seq', 0) > 0:
            pre = u['updated']
        if meth == 'CANCEL':
            pre = u['canceled']
        endt = e.get('end')
        if hasattr(e['start'], 'hour'):
            rng_s = '%s - %s' % (fmt_short(e['start']), '%02d:%02d' % (endt.hour, endt.minute))
            zone = '(%s)' % (abbr(ctz, e['start']) if ctz != 'UTC' else 'GMT')
            subj = '%s: %s @ %s %s (%s)' % (pre, e['summary'], rng_s, zone, rcpt)
        else:
            subj = '%s: %s @ %s (%s)' % (pre, e['summary'], fmt_short(e['start']), rcpt)
    subj = m.get('subject') or subj
    txt = body_or(m, txt)
    hbody = html_or(m, html_doc(
        '<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
        'itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>'
        '<span itemprop="object" itemscope itemtype="http://schema.org/Event"><div style="">'
        '<table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%%;font-family:Arial,Sans-serif;'
        'border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td>'
        '<div style="padding:2px"><h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;'
        'font-weight:bold;color:#222"><span itemprop="name">%s</span></h3></div>%s</td></tr></table></div></span>'
        '</span>' % (H.escape(pre if meth != 'REPLY' else 'Reply'), H.escape(e['summary']),
                     text_to_html(txt.split('\n', 2)[-1] if '\n' in txt else txt))))
    b1, b2 = '000000000000' + hexs(rng, 12), '000000000000' + hexs(rng, 12)
    cs = 'utf-8'
    ascii_txt = all(ord(c) < 128 for c in txt)
    tp = leaf('text/plain; charset="{cs}"; format=flowed; delsp=yes', txt, cs,
              'quoted-printable' if ascii_txt else 'base64', label_case='upper')
    hp = leaf('text/html; charset="{cs}"', hbody, cs, 'quoted-printable', label_case='upper')
    cal_ascii = all(ord(c) < 128 for c in cal)
    cp = leaf(ct_cal(m), cal, 'utf-8', '7bit' if cal_ascii and 'lf_b64' not in m.get('quirks', ()) else 'base64',
              lf_only='lf_b64' in m.get('quirks', ()))
    parts_alt = [tp, hp, cp]
    alt = multipart('alternative', b2, parts_alt)
    att_ = leaf('application/ics; name="invite.ics"', cal, 'utf-8', 'base64',
                extra_headers=['Content-Disposition: attachment; filename="invite.ics"'],
                lf_only='lf_b64' in m.get('quirks', ()))
    att_.headers = [att_.headers[0], 'Content-Disposition: attachment; filename="invite.ics"',
                    'Content-Transfer-Encoding: base64']
    if meth in ('REPLY',):
        root = multipart('mixed', b1, [alt, att_])
    else:
        root = multipart('mixed', b1, [alt, att_])
    s = m['sender']
    hdrs = ['MIME-Version: 1.0']
    if meth != 'REPLY':
        hdrs.append('Reply-To: ' + addr(org.get('name'), org['addr'], 'utf-8'))
    hdrs += ['Sender: Google Calendar <calendar-notification@google.com>',
             'Message-ID: <calendar-%s@google.com>' % uuid4(rng),
             'Date: ' + date_hdr(m), subj_hdr(m, subj, 'utf-8', 'B'), from_hdr(m), to_hdr(m)]
    if m.get('cc'):
        hdrs.append(to_hdr(m, name='Cc'))
    hdrs += common_extra(m)
    return hdrs, root, cal


# ------------------------------------------------------------------ Outlook / Exchange / Teams
def ms_uid(rng):
    return ('040000008200E00074C5B7101A82E00800000000' + hexs(rng, 16, True) + '000000000000000010000000'
            + hexs(rng, 32, True))


def teams_block(m, rng, u, sep=True):
    mid = '%s %s %s %s' % (digits(rng, 3), digits(rng, 3), digits(rng, 3), digits(rng, 3))
    pc = alnum(rng, 6)
    url = ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s'
           '%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (alnum(rng, 48), uuid4(rng), uuid4(rng)))
    bar = '_' * 80
    txt = ('%s\n%s\n%s\n%s<%s>\n%s: %s\n%s: %s\n%s\nNeed help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US> | '
           'Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting'
           '_%s@thread.v2&messageId=0&language=en-US>\n%s\n') % (
        bar, u['teams'], u['join_teams'], u['click_join'], url, u['meeting_id'], mid, u['passcode'], pc, bar,
        uuid4(rng), uuid4(rng), alnum(rng, 48), bar)
    return txt, url


def render_outlook(m, rng):
    y = year_of(m)
    lang = m['lang']
    u = ui(lang)
    variant = m.get('variant') or 'ol365'
    e = m['events'][0]
    meth = m.get('method', 'REQUEST')
    cl = LANG_INFO[lang][3]
    lp = ';LANGUAGE=' + cl
    body = body_desc(m)
    if e.get('teams'):
        tb, turl = teams_block(m, rng, u)
        body = (body + '\n\n' if body else '\n') + tb
        e['extra'] = e.get('extra', []) + ['X-MICROSOFT-SKYPETEAMSMEETINGURL:' + turl,
                                           'X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/%s/%s/19_meeting_%s@thread.v2/0' % (uuid4(rng), uuid4(rng), alnum(rng, 40)),
                                           'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % alnum(rng, 48),
                                           'X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s' % (m['sender']['addr'], alnum(rng, 40), hexs(rng, 32), uuid4(rng)),
                                           'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
        e['location'] = e.get('location') or u['teams']
    tzname = lambda t: TZ[t][0]
    form = 'tzid'
    comps = []
    for x in m['events']:
        c = ['BEGIN:' + x.get('comp', 'VEVENT')]
        c.append(org_line(x['organizer'], 'outlook', x.get('sent_by')))
        for a in x['attendees']:
            c.append(att(a, 'outlook'))
        c += (['DESCRIPTION%s:%s' % (lp, esc(body + '\n' if x is e else x.get('desc') or ''))])
        c += ['UID:' + x['uid']]
        if x.get('rrule'):
            c.append('RRULE:' + x['rrule'])
        c += recid(x, form, tzname(x['tz']) if x.get('tz') else None)
        c.append('SUMMARY%s:%s' % (lp, esc(x['summary'])))
        c += dt_pair(x, form if x.get('tz') != 'UTC' else 'utc', tzname(x['tz']) if x.get('tz') else None)
        c += ['CLASS:' + x.get('cls', 'PUBLIC'), 'PRIORITY:%d' % x.get('priority', 5), 'DTSTAMP:' + stamp(m),
              'TRANSP:' + x.get('transp', 'OPAQUE'), 'STATUS:' + x.get('status', 'CONFIRMED'),
              'SEQUENCE:%d' % x.get('seq', 0)]
        c += loc_line(x, lp)
        if x.get('url'):
            c.append('URL:' + x['url'])
        c += ['X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % x.get('seq', 0),
              'X-MICROSOFT-CDO-OWNERAPPTID:%d' % rng.randint(-2147483000, 2147483000),
              'X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if meth == 'CANCEL' else 'TENTATIVE'),
              'X-MICROSOFT-CDO-INTENDEDSTATUS:' + x.get('intended', 'BUSY'),
              'X-MICROSOFT-CDO-ALLDAYEVENT:' + ('TRUE' if not isinstance(x['start'], dt.datetime) else 'FALSE'),
              'X-MICROSOFT-CDO-IMPORTANCE:%d' % x.get('importance', 1), 'X-MICROSOFT-CDO-INSTTYPE:%d' % (
                  1 if x.get('rrule') else 0)]
        if variant == 'oldesk':
            c += ['X-MS-OLK-AUTOFILLLOCATION:FALSE', 'X-MS-OLK-CONFTYPE:0']
        c += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE']
        if y >= 2019:
            c += ['X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE']
        if x.get('location') and y >= 2019 and variant != 'oldesk':
            c.append('X-MICROSOFT-LOCATIONS:[{"DisplayName":"%s"\\,"LocationAnnotation":""\\,"LocationSource":0'
                     '\\,"Unresolved":false\\,"LocationUri":""}]' % esc(x['location']).replace('"', '\\"'))
        if x.get('alt_desc'):
            c.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(x['alt_desc']))
        c += extra_lines(x)
        if meth == 'REQUEST':
            c += alarm_lines(x, 'outlook', rng) or ['BEGIN:VALARM', 'DESCRIPTION:REMINDER',
                                                    'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM']
        c.append('END:' + x.get('comp', 'VEVENT'))
        comps.append(c)
    prodid = 'Microsoft Exchange Server 2010' if variant != 'oldesk' else \
        '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'
    head = (['METHOD:' + meth] if meth and 'no_method' not in m.get('quirks', set()) else []) + \
        ['PRODID:' + prodid, 'VERSION:2.0']
    if variant == 'oldesk':
        head = ['PRODID:' + prodid, 'VERSION:2.0'] + method_line(m) + ['X-MS-OLK-FORCEINSPECTOROPEN:TRUE']
    cal = cal_wrap(m, head, comps, [x['tz'] for x in m['events'] if needs_tz(x, form)], tzstyle='ms',
                   tzname_map=tzname, width=75)
    pre = {'CANCEL': u['canceled_o'] + ': ', 'REPLY': ''}.get(meth, '')
    if meth == 'REPLY':
        ps = e['attendees'][0].get('partstat', 'ACCEPTED')
        pre = {'ACCEPTED': u['accepted'], 'DECLINED': u['declined'], 'TENTATIVE': u['tentative']}[ps] + ': '
    if meth == 'COUNTER':
        pre = 'New Time Proposed: '
    subj = m.get('subject') or (pre + e['summary'])
    txt = body_or(m, body)
    hsrc = html_or(m, None)
    if hsrc is None:
        hsrc = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",'
                'sans-serif;}\n--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
                '\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (
                    cl, ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (text_to_html(p) or '&nbsp;')
                                for p in txt.split('\n')))
    pid = rng.choice(['AM9PR04MB', 'DB9PR08MB', 'PAXPR06MB', 'VI1PR03MB', 'BN0PR11MB', 'SA1PR12MB', 'CH3PR19MB',
                      'DM6PR02MB', 'SY4PR01MB', 'TYCPR01MB', 'PH7PR17MB'])
    srv = '%s%d' % (pid, rng.randint(1000, 9999))
    region = {'AM': 'eurprd04', 'DB': 'eurprd08', 'PA': 'eurprd06', 'VI': 'eurprd03', 'BN': 'namprd11',
              'SA': 'namprd12', 'CH': 'namprd19', 'DM': 'namprd02', 'SY': 'ausprd01', 'TY': 'jpnprd01',
              'PH': 'namprd17'}[pid[:2]]
    if m['sender'].get('infra') == 'outlookcom':
        srv = rng.choice(['DU0P190MB', 'AS8P193MB', 'PN3P287MB', 'SJ0P220MB', 'MW4P223MB']) + '%d' % rng.randint(1000, 9999)
        region = srv[:4] + '190'
    m['_ms_srv'] = (srv, region)
    tag = '%s%s' % (srv, hexs(rng, 20, True))
    b = '_000_%s%s%s_' % (srv, hexs(rng, 20, True), '%s%sprodoutlook' % (srv.lower(), region))
    if variant == 'oldesk':
        b = '----=_NextPart_000_%04X_01DA%s.%s' % (rng.randint(0, 0xffff), hexs(rng, 4, True), hexs(rng, 8, True))
    cs = cs_text(m)
    ascii_txt = all(ord(c) < 128 for c in txt)
    if ascii_txt:
        tp = leaf('text/plain; charset="{cs}"', txt, 'us-ascii', 'quoted-printable', label_case='lower')
    else:
        tp = leaf('text/plain; charset="{cs}"', txt, cs, 'quoted-printable' if cs != 'utf-8' else 'base64',
                  label_case='lower')
    if cs != 'utf-8':
        hsrc = hsrc.replace('charset=utf-8', 'charset=' + cs)
    hp = leaf('text/html; charset="{cs}"', hsrc, cs, 'base64' if not ascii_txt and cs == 'utf-8' else 'quoted-printable',
              label_case='lower')
    lf = 'lf_b64' in m.get('quirks', ())
    cp = leaf(ct_cal(m, 'utf-8'), cal, 'utf-8', 'base64', lf_only=lf)
    root = multipart('alternative', b, [tp, hp, cp])
    if variant == 'oldesk':
        root.preamble = 'This is a multipart message in MIME format.'
    s = m['sender']
    hdrs = [from_hdr(m), to_hdr(m)]
    if m.get('cc'):
        hdrs.append(to_hdr(m, name='Cc'))
    hdrs += [subj_hdr(m, subj, None, None)]
    if variant != 'oldesk':
        hdrs += [hdr_text('Thread-Topic', e['summary'], 'utf-8'),
                 'Thread-Index: ' + base64.b64encode(bytes(rng.randint(0, 255) for _ in range(22))).decode()]
    hdrs += ['Date: ' + date_hdr(m),
             'Message-ID: <%s@%s.%s.prod.outlook.com>' % (tag, srv, region) if variant != 'oldesk' else
             'Message-ID: <%s%s$%s$%s$@%s>' % ('0' * rng.randint(2, 4), hexs(rng, 8), hexs(rng, 8), hexs(rng, 8),
                                                s['addr'].split('@')[1])]
    if variant != 'oldesk':
        hdrs += ['Accept-Language: %s, en-US' % cl if cl != 'en-US' else 'Accept-Language: en-US',
                 'Content-Language: ' + cl, 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ']
        if m.get('reply_to'):
            hdrs.append('Reply-To: ' + addr(*m['reply_to']))
        if y >= 2018:
            hdrs += ['x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAA%s' % alnum(rng, 40)]
        hdrs += ['x-ms-publictraffictype: Email',
                 'x-ms-traffictypediagnostic: %s:EE_|%s:EE_' % (srv, srv.replace(srv[-4:], str(rng.randint(1000, 9999))))]
        hdrs += common_extra(m)
        hdrs += [root.headers[0], 'MIME-Version: 1.0']
        dom = s['addr'].split('@')[1]
        hdrs += ['X-OriginatorOrg: ' + dom,
                 'X-MS-Exchange-CrossTenant-AuthAs: Internal',
                 'X-MS-Exchange-CrossTenant-AuthSource: %s.%s.prod.outlook.com' % (srv, region),
                 'X-MS-Exchange-CrossTenant-Network-Message-Id: ' + uuid4(rng),
                 'X-MS-Exchange-CrossTenant-originalarrivaltime: %s' % (
                     (m['arrival'] - dt.timedelta(seconds=3)).strftime('%d %b %Y %H:%M:%S.') + '%04d (UTC)' % rng.randint(0, 9999)),
                 'X-MS-Exchange-CrossTenant-fromentityheader: Hosted',
                 'X-MS-Exchange-CrossTenant-id: ' + uuid4(rng),
                 'X-MS-Exchange-Transport-CrossTenantHeadersStamped: ' + srv]
        root.headers = []
        return hdrs, root, cal
    hdrs += ['MIME-Version: 1.0']
    hdrs.append('X-Mailer: Microsoft Outlook 16.0')
    hdrs.append('Thread-Index: ' + base64.b64encode(bytes(rng.randint(0, 255) for _ in range(22))).decode())
    hdrs.append('Content-Language: ' + cl.lower())
    if m.get('reply_to'):
        hdrs.append('Reply-To: ' + addr(*m['reply_to']))
    hdrs += common_extra(m)
    return hdrs, root, cal


# ------------------------------------------------------------------ Apple (iCloud server / Calendar.app)
def render_apple(m, rng):
    y = year_of(m)
    variant = m.get('variant') or 'icloud'
    lang = m['lang']
    u = ui(lang)
    e = m['events'][0]
    meth = m.get('method', 'REQUEST')
    form = 'tzid'
    comps = []
    for x in m['events']:
        c = ['BEGIN:' + x.get('comp', 'VEVENT')]
        for a in x['attendees']:
            c.append(att(a, 'apple'))
        if x.get('attach'):
            c.append(x['attach'])
        c.append('CREATED:' + ical_dt(x['created'], True))
        if x.get('desc') is not None:
            c.append('DESCRIPTION:' + esc(x['desc']))
        c += dt_pair(x, form)[1:2]
        c.append('DTSTAMP:' + stamp(m))
        c += dt_pair(x, form)[0:1]
        c.append('LAST-MODIFIED:' + ical_dt(x['lastmod'], True))
        c += loc_line(x)
        c.append(org_line(x['organizer'], 'apple'))
        c += recid(x, form)
        if x.get('rrule'):
            c.append('RRULE:' + x['rrule'])
        c.append('SEQUENCE:%d' % x.get('seq', 0))
        if meth == 'CANCEL':
            c.append('STATUS:CANCELLED')
        c.append('SUMMARY:' + esc(x['summary']))
        c.append('TRANSP:' + x.get('transp', 'OPAQUE'))
        c.append('UID:' + x['uid'])
        if x.get('url'):
            c.append('URL;VALUE=URI:' + x['url'])
        if x.get('location') and x.get('geo'):
            c.append('X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=%s;X-APPLE-RADIUS=70.5;X-TITLE=%s:geo:%s' % (
                pval(x['location'], True), pval(x['location'].split(',')[0], True), x['geo']))
        c.append('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC')
        c += extra_lines(x)
        c += alarm_lines(x, 'apple', rng)
        c.append('END:' + x.get('comp', 'VEVENT'))
        comps.append(c)
    if variant == 'icloud':
        prodid = '-//CALENDARSERVER.ORG//NONSGML Version 1//EN'
    elif variant == 'ios':
        prodid = '-//Apple Inc.//%s//EN' % pick_ver(y, IOS)
    else:
        prodid = '-//Apple Inc.//%s//EN' % pick_ver(y, MACOS)
    head = ['VERSION:2.0'] + method_line(m) + ['PRODID:' + prodid] if variant == 'icloud' else \
        method_line(m) + ['VERSION:2.0', 'PRODID:' + prodid, 'CALSCALE:GREGORIAN']
    cal = cal_wrap(m, head, comps, all_tzs(m, form), tzstyle='apple')
    s = m['sender']
    org = e['organizer']
    lf = 'lf_b64' in m.get('quirks', ())
    if variant == 'icloud':
        token = alnum(rng, 22)
        base = 'https://www.icloud.com/calendar/%s?i=%s&t=%s' % ('%s', token, hexs(rng, 16))
        whenl = fmt_span(lang, e['start'], e.get('end'))
        if meth == 'CANCEL':
            txt = '%s has canceled “%s”.\n\n%s\n' % (org.get('name') or org['addr'], e['summary'], whenl)
        else:
            txt = '%s %s “%s”.\n\n%s\n%s%s\n%s: %s\n%s: %s\n%s: %s\n\n' % (
                org.get('name') or org['addr'], u['invited_you'], e['summary'], whenl,
                (e['location'] + '\n') if e.get('location') else '', ('\n' + e['desc'] + '\n') if e.get('desc') else '',
                u['accept'], base % 'accept', 'Maybe', base % 'maybe', u['decline'], base % 'decline')
            txt += 'iCloud\n'
        txt = body_or(m, txt)
        hsrc = html_or(m, html_doc('<div style="font-family:-apple-system,Helvetica,Arial,sans-serif;">%s</div>'
                                   % text_to_html(txt)))
        bnd = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999),
                                      int((m['arrival'] - dt.datetime(1970, 1, 1)).total_seconds() * 1000))
        tp = leaf('text/plain; charset={cs}', txt, 'utf-8', 'quoted-printable', label_case='upper')
        hp = leaf('text/html; charset={cs}', hsrc, 'utf-8', 'quoted-printable', label_case='upper')
        cp = leaf(ct_cal(m, 'UTF-8', quote=False), cal, 'utf-8', 'quoted-printable' if not lf else 'base64', lf_only=lf)
        root = multipart('alternative', bnd, [tp, hp, cp])
        subj = m.get('subject') or e['summary'] if meth != 'CANCEL' else 'Canceled: ' + e['summary']
        dom = s['addr'].split('@')[1]
        hdrs = ['From: ' + addr(s['name'], s['addr'], 'utf-8'), to_hdr(m), 'Message-ID: <%s@%s>' % (
            uuid4(rng, upper=True), 'icloud.com'), subj_hdr(m, subj, 'utf-8', 'B'), 'MIME-Version: 1.0',
            'Date: ' + date_hdr(m)]
        hdrs += common_extra(m)
        return hdrs, root, cal
    # Calendar.app via Mail
    stampn = (m['arrival'] - dt.timedelta(seconds=30))
    fname = m.get('ics_name') or 'iCal-%s.ics' % stampn.strftime('%Y%m%d-%H%M%S')
    bnd = 'Apple-Mail=_%s' % uuid4(rng, upper=True)
    note = body_or(m, m.get('note') or '')
    parts = []
    cs = cs_text(m)
    if note:
        parts.append(leaf('text/plain;\r\n\tcharset={cs}', note, cs if cs != 'utf-8' else 'us-ascii' if all(
            ord(c) < 128 for c in note) else 'utf-8', 'quoted-printable' if rng.random() < 0.6 else '8bit',
            cte_first=True, label_case='lower'))
    cp = leaf(ct_cal(m, 'utf-8', quote=False, name=fname), cal, 'utf-8',
              'quoted-printable' if (rng.random() < 0.5 and not lf) else 'base64',
              extra_headers=['Content-Disposition: attachment;\r\n\tfilename="%s"' % fname], cte_first=True, lf_only=lf)
    parts.append(cp)
    root = multipart('mixed', bnd, parts, quote=False)
    mailer = pick_ver(y, [(2016, '2.3259'), (2017, '2.3445.104.11'), (2018, '2.3445.9.1'), (2019, '2.3445.104.11'),
                          (2020, '2.3608.120.23.2.4'), (2021, '2.3654.120.0.1.13'), (2022, '2.3696.120.41.1.1'),
                          (2023, '2.3731.700.6'), (2024, '2.3774.500.171.1.1'), (2025, '2.3826.300.87.4.3'),
                          (2026, '2.3864.100.1')])
    hdrs = ['From: ' + addr(s['name'], s['addr'], 'utf-8'), 'Content-Type: ' + root.headers[0][14:],
            'Mime-Version: 1.0 (Mac OS X Mail %s)' % mailer.replace('2.', '16.0 \\(') if False else 'Mime-Version: 1.0',
            subj_hdr(m, m.get('subject') or (('Invitation: ' if rng.random() < 0.5 else '') + e['summary']),
                     m.get('hdr_charset', 'utf-8'), 'Q' if lang in ('en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'tr') else 'B'),
            'Date: ' + date_hdr(m), to_hdr(m)]
    if m.get('cc'):
        hdrs.append(to_hdr(m, name='Cc'))
    hdrs += ['Message-Id: <%s@%s>' % (uuid4(rng, upper=True), s['addr'].split('@')[1]),
             'X-Mailer: Apple Mail (%s)' % mailer if variant == 'mac' else 'X-Mailer: iPhone Mail (%s)' % rng.choice(
                 ['14E304', '15E148', '16G102', '17H35', '18H17', '19H12', '20G75', '21E236', '22A3354', '23B85'])]
    hdrs += common_extra(m)
    root.headers = []
    return hdrs, root, cal


# ------------------------------------------------------------------ Thunderbird / Lightning
def render_tb(m, rng):
    y = year_of(m)
    lang = m['lang']
    u = ui(lang)
    e = m['events'][0]
    meth = m.get('method', 'REQUEST')
    form = 'tzid'
    comps = []
    for x in m['events']:
        c = ['BEGIN:' + x.get('comp', 'VEVENT')]
        c.append('CREATED:' + ical_dt(x['created'], True))
        c.append('LAST-MODIFIED:' + ical_dt(x['lastmod'], True))
        c.append('DTSTAMP:' + stamp(m))
        c.append('UID:' + x['uid'])
        c.append('SUMMARY:' + esc(x['summary']))
        c.append(org_line(x['organizer'], 'tb'))
        for a in x['attendees']:
            if a['addr'] != x['organizer']['addr']:
                c.append(att(a, 'tb'))
        if x.get('rrule'):
            c.append('RRULE:' + x['rrule'])
        c += recid(x, form)
        c += dt_pair(x, form)
        if x.get('comp') == 'VTODO':
            c.append('STATUS:NEEDS-ACTION')
            c.append('PERCENT-COMPLETE:0')
        else:
            c.append('TRANSP:' + x.get('transp', 'OPAQUE'))
        if x.get('location') is not None:
            c += loc_line(x)
        if x.get('desc') is not None:
            c += desc_line(x)
        if x.get('url'):
            c.append('URL:' + x['url'])
        c += ['X-MOZ-SEND-INVITATIONS:TRUE', 'X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE']
        c.append('SEQUENCE:%d' % x.get('seq', 0))
        c.append('X-MOZ-GENERATION:%d' % (x.get('seq', 0) + 1))
        c += extra_lines(x)
        c += alarm_lines(x, 'tb', rng)
        c.append('END:' + x.get('comp', 'VEVENT'))
        comps.append(c)
    head = ['PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', 'VERSION:2.0'] + method_line(m)
    cal = cal_wrap(m, head, comps, all_tzs(m, form), tzstyle='olson')
    whenl = fmt_span(lang, e['start'], e.get('end')) + ((' ' + e['tz']) if e.get('tz') else '')
    org = e['organizer']
    if meth == 'REPLY':
        a = e['attendees'][0]
        verb = {'ACCEPTED': 'has accepted your event invitation.', 'DECLINED': 'has declined your event invitation.',
                'TENTATIVE': 'has accepted your event invitation tentatively.'}[a.get('partstat', 'ACCEPTED')]
        txt = '%s %s\n' % (a.get('cn') or a['addr'], verb)
        pre = {'ACCEPTED': u['accepted'], 'DECLINED': u['declined'], 'TENTATIVE': u['tentative']}[
            a.get('partstat', 'ACCEPTED')] + ': '
    else:
        pre = (u['invitation'] + ': ') if meth == 'REQUEST' else ('Event Canceled: ' if meth == 'CANCEL' else '')
        txt = '%s: %s\n%s: %s\n' % (u['title'], e['summary'], u['when'], whenl)
        if e.get('location'):
            txt += '%s: %s\n' % (u['where'], e['location'])
        txt += '%s: %s <%s>\n%s:\n' % (u['organizer'], org.get('name') or '', org['addr'], u['attendees'])
        for a in e['attendees'][:30]:
            txt += '%s <%s>\n' % (a.get('cn') or '', a['addr'])
        if e.get('desc'):
            txt += '\n%s:\n%s\n' % (u['description'], e['desc'])
    if m.get('note'):
        txt = m['note'] + '\n\n' + txt
    txt = body_or(m, txt)
    subj = m.get('subject') or (pre + e['summary'])
    cs = cs_text(m)
    bnd_m = '-' * 12 + alnum(rng, 24)
    bnd_a = '-' * 12 + alnum(rng, 24)
    lf = 'lf_b64' in m.get('quirks', ())
    tp = leaf('text/plain; charset={cs}; format=flowed', txt, cs, '8bit' if not all(ord(c) < 128 for c in txt) else '7bit',
              label_case='upper')
    cp = leaf(ct_cal(m, 'UTF-8', quote=False), cal, 'utf-8', '8bit' if not lf else 'base64', lf_only=lf)
    alt = multipart('alternative', bnd_a, [tp, cp])
    at = leaf('application/ics; name="invite.ics"', cal, 'utf-8', 'base64',
              extra_headers=['Content-Disposition: attachment; filename="invite.ics"'], lf_only=lf)
    at.headers = [at.headers[0], 'Content-Disposition: attachment; filename="invite.ics"',
                  'Content-Transfer-Encoding: base64']
    root = multipart('mixed', bnd_m, [alt, at], preamble='This is a multi-part message in MIME format.')
    ver = pick_ver(y, TB)
    major = int(ver.split('.')[0])
    plat = rng.choice(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15',
                       'Windows NT 6.1; Win64; x64'] if y < 2021 else
                      ['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15'])
    s = m['sender']
    hdrs = ['Message-ID: <%s@%s>' % (uuid4(rng), s['addr'].split('@')[1]), 'Date: ' + date_hdr(m),
            'MIME-Version: 1.0', 'User-Agent: Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Thunderbird/%s%s' % (
                plat, min(major, 115) if major < 128 else major, ver,
                ' Lightning/%s' % {45: '4.7.5', 52: '5.4.5', 60: '6.2.3'}[major] if major in (45, 52, 60) else ''),
            'Content-Language: ' + LANG_INFO[lang][3].split('-')[0] if lang not in ('en', 'tw') else
            'Content-Language: ' + LANG_INFO[lang][3],
            to_hdr(m)]
    if m.get('cc'):
        hdrs.append(to_hdr(m, name='Cc'))
    hdrs += [from_hdr(m), subj_hdr(m, subj, None, None)]
    if m.get('reply_to'):
        hdrs.append('Reply-To: ' + addr(*m['reply_to']))
    hdrs += common_extra(m)
    return hdrs, root, cal


# ------------------------------------------------------------------ Zoom
def render_zoom(m, rng):
    e = m['events'][0]
    meth = m.get('method', 'REQUEST')
    form = 'tzid'
    comps = []
    for x in m['events']:
        c = ['BEGIN:VEVENT', 'DTSTAMP:' + stamp(m)]
        c += dt_pair(x, form)
        c.append('SUMMARY:' + esc(x['summary']))
        c.append('UID:' + x['uid'])
        c.append('TZID:' + x['tz'])
        c.append('DESCRIPTION:' + esc(x.get('desc') or ''))
        c.append('LOCATION:' + esc(x.get('location') or ''))
        c.append(org_line(x['organizer'], 'plain'))
        for a in x['attendees']:
            c.append(att(a, 'nocn'))
        c += extra_lines(x)
        c += ['BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM',
              'END:VEVENT']
        comps.append(c)
    head = ['PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN'] + method_line(m)
    cal = cal_wrap(m, head, comps, all_tzs(m, form), tzstyle='olson')
    txt = body_or(m, e.get('desc') or '')
    hsrc = html_or(m, html_doc(
        '<table width="100%%" cellpadding="0" cellspacing="0" style="font-family:Lato,Helvetica,Arial,sans-serif;">'
        '<tr><td style="padding:24px"><img src="https://st1.zoom.us/static/6.3.11684/image/new/ZoomLogo.png" '
        'alt="Zoom" width="90"></td></tr><tr><td style="padding:0 24px 24px;font-size:14px;color:#232333">%s</td></tr>'
        '</table>' % text_to_html(txt)))
    bnd = '----=_Part_%d_%d.%d' % (rng.randint(1000000, 99999999), rng.randint(10000000, 999999999),
                                  int((m['arrival'] - dt.datetime(1970, 1, 1)).total_seconds() * 1000))
    bnd2 = '----=_Part_%d_%d.%d' % (rng.randint(1000000, 99999999), rng.randint(10000000, 999999999),
                                   int((m['arrival'] - dt.datetime(1970, 1, 1)).total_seconds() * 1000))
    tp = leaf('text/plain; charset={cs}', txt, 'utf-8', 'quoted-printable', label_case='upper')
    hp = leaf('text/html; charset={cs}', hsrc, 'utf-8', 'quoted-printable', label_case='upper')
    alt = multipart('alternative', bnd2, [tp, hp])
    lf = 'lf_b64' in m.get('quirks', ())
    cp = leaf(ct_cal(m, 'UTF-8', quote=False, name='iCalendar.ics'), cal, 'utf-8', 'base64',
              extra_headers=['Content-Disposition: attachment; filename=iCalendar.ics'], lf_only=lf)
    root = multipart('mixed', bnd, [alt, cp])
    s = m['sender']
    hdrs = ['Date: ' + date_hdr(m), from_hdr(m), 'Reply-To: ' + addr(*m['reply_to']) if m.get('reply_to') else
            'Reply-To: no-reply@zoom.us', to_hdr(m), 'Message-ID: <%s.%s@zoom.us>' % (
                alnum(rng, 22), digits(rng, 13)), subj_hdr(m, m['subject'], 'utf-8', 'B'), 'MIME-Version: 1.0',
            'X-Zoom-Email-Type: %s' % m.get('zoom_type', 'webinar_registration_approved')]
    hdrs += common_extra(m)
    return hdrs, root, cal


# ------------------------------------------------------------------ Nextcloud (Sabre)
def render_nextcloud(m, rng):
    y = year_of(m)
    lang = m['lang']
    u = ui(lang)
    e = m['events'][0]
    meth = m.get('method', 'REQUEST')
    form = 'tzid'
    comps = []
    for x in m['events']:
        c = ['BEGIN:' + x.get('comp', 'VEVENT'), 'CREATED:' + ical_dt(x['created'], True),
             'DTSTAMP:' + stamp(m), 'LAST-MODIFIED:' + ical_dt(x['lastmod'], True), 'SEQUENCE:%d' % x.get('seq', 2),
             'UID:' + x['uid']]
        c += dt_pair(x, form)
        c.append('STATUS:' + x.get('status', 'CONFIRMED'))
        c.append('SUMMARY:' + esc(x['summary']))
        c += loc_line(x)
        c += desc_line(x)
        if x.get('rrule'):
            c.append('RRULE:' + x['rrule'])
        c.append(org_line(x['organizer'], 'plain'))
        for a in x['attendees']:
            c.append(att(dict(a, lang=lang if lang != 'tw' else 'zh_TW'), 'sabre'))
        if x.get('url'):
            c.append('URL:' + x['url'])
        c += extra_lines(x)
        c += alarm_lines(x, 'plain', rng)
        c.append('END:' + x.get('comp', 'VEVENT'))
        comps.append(c)
    head = ['VERSION:2.0', 'PRODID:-//Sabre//Sabre VObject %s//EN' % pick_ver(y, SABRE), 'CALSCALE:GREGORIAN'] + \
        method_line(m)
    cal = cal_wrap(m, head, comps, all_tzs(m, form), tzstyle='olson')
    org = e['organizer']
    host = m.get('nc_host') or 'cloud.' + m['sender']['addr'].split('@')[1]
    tokn = alnum(rng, 32)
    whenl = fmt_span(lang, e['start'], e.get('end')) + ' (%s)' % e['tz'] if e.get('tz') else ''
    pre = {'REQUEST': u['invitation'], 'CANCEL': u['canceled_o'], 'REPLY': 'Re'}.get(meth, u['invitation'])
    txt = '%s: %s\n\n%s %s "%s"\n\n%s: %s\n' % (pre, e['summary'], org.get('name') or org['addr'],
                                               u['invited_you'], e['summary'], u['when'], whenl)
    if e.get('location'):
        txt += '%s: %s\n' % (u['location'], e['location'])
    if e.get('desc'):
        txt += '%s: %s\n' % (u['description'], e['desc'])
    txt += '%s: %s\n' % (u['attendees'], ', '.join(a.get('cn') or a['addr'] for a in e['attendees'][:15]))
    if meth == 'REQUEST':
        txt += '\n%s: https://%s/index.php/apps/dav/invitation/accept/%s\n%s: https://%s/index.php/apps/dav/invitation/decline/%s\n' % (
            u['accept'], host, tokn, u['decline'], host, tokn)
        txt += '%s: https://%s/index.php/apps/dav/invitation/options/%s\n' % (u['more'], host, tokn)
    txt += '\n--\n%s – %s\n' % (m.get('nc_name') or 'Nextcloud', 'a safe home for all your data')
    txt = body_or(m, txt)
    hsrc = html_or(m, html_doc('<table width="100%%"><tr><td style="font-family:-apple-system,BlinkMacSystemFont,'
                               '\'Segoe UI\',Roboto,Oxygen-Sans,Cantarell,Ubuntu,\'Helvetica Neue\',Arial,sans-serif">'
                               '%s</td></tr></table>' % text_to_html(txt)))
    lf = 'lf_b64' in m.get('quirks', ())
    symfony = y >= 2023
    if symfony:
        b1, b2 = alnum(rng, 8), alnum(rng, 8)
    else:
        b1 = '_=_swift_%d_%s_=_' % (int((m['arrival'] - dt.datetime(1970, 1, 1)).total_seconds()), hexs(rng, 32))
        b2 = '_=_swift_%d_%s_=_' % (int((m['arrival'] - dt.datetime(1970, 1, 1)).total_seconds()), hexs(rng, 32))
    tp = leaf('text/plain; charset={cs}', txt, 'utf-8', 'quoted-printable', label_case='lower')
    hp = leaf('text/html; charset={cs}', hsrc, 'utf-8', 'quoted-printable', label_case='lower')
    alt = multipart('alternative', b2, [tp, hp], quote=not symfony)
    cp = leaf(ct_cal(m, 'utf-8', quote=False), cal, 'utf-8', 'quoted-printable' if not lf else 'base64', lf_only=lf)
    root = multipart('mixed', b1, [alt, cp], quote=not symfony)
    s = m['sender']
    dom = s['addr'].split('@')[1]
    nm = s['name']
    hdrs = ['Message-ID: <%s@%s>' % (hexs(rng, 32), host), 'Date: ' + date_hdr(m),
            subj_hdr(m, m.get('subject') or '%s: %s' % (pre, e['summary']), 'utf-8', None),
            'From: ' + addr('%s via %s' % (nm, m.get('nc_name') or 'Nextcloud'), m.get('nc_from') or
                            'noreply@' + host.split('.', 1)[1] if host.count('.') > 1 else 'noreply@' + host, 'utf-8'),
            'Reply-To: ' + addr(nm, s['addr'], 'utf-8'), to_hdr(m), 'MIME-Version: 1.0']
    hdrs += common_extra(m)
    if symfony:
        hdrs.append('X-Nextcloud-Mailer: Symfony')
    return hdrs, root, cal


# ------------------------------------------------------------------ Zimbra
def render_zimbra(m, rng):
    y = year_of(m)
    lang = m['lang']
    u = ui(lang)
    e = m['events'][0]
    meth = m.get('method', 'REQUEST')
    form = 'tzid'
    tzname = lambda t: TZ[t][0] if rng_z < 0.3 else t
    rng_z = rng.random()
    comps = []
    for x in m['events']:
        c = ['BEGIN:' + x.get('comp', 'VEVENT'), 'UID:' + x['uid'], 'SUMMARY:' + esc(x['summary'])]
        if x.get('rrule'):
            c.append('RRULE:' + x['rrule'])
        c += recid(x, form, tzname(x['tz']) if x.get('tz') else None)
        for a in x['attendees']:
            if a['addr'] != x['organizer']['addr']:
                c.append(att(a, 'zimbra'))
        c.append(org_line(x['organizer'], 'plain', x.get('sent_by')))
        c += dt_pair(x, form, tzname(x['tz']) if x.get('tz') else None)
        c += ['STATUS:' + ('CANCELLED' if meth == 'CANCEL' else x.get('status', 'CONFIRMED')), 'CLASS:PUBLIC',
              'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'TRANSP:OPAQUE',
              'LAST-MODIFIED:' + ical_dt(x['lastmod'], True), 'DTSTAMP:' + stamp(m), 'SEQUENCE:%d' % x.get('seq', 0)]
        c += loc_line(x)
        c += desc_line(x)
        if x.get('alt_desc') is not None:
            c.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(x['alt_desc']))
        c += extra_lines(x)
        c += alarm_lines(x, 'zimbra', rng)
        c.append('END:' + x.get('comp', 'VEVENT'))
        comps.append(c)
    head = ['X-WR-CALNAME:' + (m['sender']['name'] or ''), 'PRODID:Zimbra-Calendar-Provider', 'VERSION:2.0'] + \
        method_line(m)
    if rng_z < 0.5:
        head = head[1:]
    cal = cal_wrap(m, head, comps, all_tzs(m, form), tzstyle='zimbra', tzname_map=tzname)
    org = e['organizer']
    whenl = fmt_span(lang, e['start'], e.get('end')) + ' ' + (e.get('tz') or '')
    if meth == 'CANCEL':
        intro = 'The following meeting has been cancelled:'
    elif e.get('seq', 0):
        intro = 'The following meeting has been modified:'
    else:
        intro = u['new_req']
    txt = '%s\n\n%s: %s \n%s: "%s" <%s> \n\n%s: %s \n%s: %s\n \n%s: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s' % (
        intro, u['subject'], e['summary'], u['organizer'], org.get('name') or '', org['addr'], u['location'],
        e.get('location') or '', u['time'], whenl, u['invitees'],
        '; '.join(a['addr'] for a in e['attendees'][:20] if a['addr'] != org['addr']), e.get('desc') or '')
    if m.get('note'):
        txt = m['note'] + '\n\n' + txt
    txt = body_or(m, txt)
    hsrc = html_or(m, '<html><body id=\'htmlmode\'><h3>%s</h3>\n\n<p>\n<table border=\'0\'>\n<tr><th align=left>'
                   '%s:</th><td>%s </td></tr>\n<tr><th align=left>%s:</th><td>%s </td></tr>\n</table>\n<div>*~*~*~*~*~*~*~*~*~*</div><br>%s'
                   '</body></html>' % (H.escape(intro), H.escape(u['subject']), H.escape(e['summary']),
                                       H.escape(u['organizer']), H.escape('"%s" <%s>' % (org.get('name') or '', org['addr'])),
                                       e.get('alt_desc') or text_to_html(e.get('desc') or '')))
    b = '=_%s-%s-%s-%s-%s' % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))
    lf = 'lf_b64' in m.get('quirks', ())
    cs = cs_text(m)
    tp = leaf('text/plain; charset={cs}', txt, cs, 'quoted-printable' if cs == 'utf-8' else '8bit', label_case='lower')
    hp = leaf('text/html; charset={cs}', hsrc, 'utf-8', 'quoted-printable', label_case='lower')
    cp = leaf(ct_cal(m, 'utf-8', quote=False), cal, 'utf-8', '7bit' if all(ord(c) < 128 for c in cal) and not lf else
              ('8bit' if not lf else 'base64'), lf_only=lf)
    root = multipart('alternative', b, [tp, hp, cp])
    zv, gc = pick_ver(y, ZIMBRA)
    s = m['sender']
    dom = s['addr'].split('@')[1]
    pre = {'CANCEL': 'Cancelled: ', 'REPLY': 'Accept: '}.get(meth, '')
    hdrs = ['Date: ' + date_hdr(m), from_hdr(m, quote=True), to_hdr(m, quote=True)]
    if m.get('cc'):
        hdrs.append(to_hdr(m, name='Cc', quote=True))
    hdrs += ['Message-ID: <%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(100000000, 2000000000), rng.randint(1, 99999999),
                                                          int((m['arrival'] - dt.datetime(1970, 1, 1)).total_seconds() * 1000), dom),
             subj_hdr(m, m.get('subject') or pre + e['summary'], 'utf-8', None), 'MIME-Version: 1.0',
             'X-Mailer: Zimbra %s (ZimbraWebClient - %s (%s)/%s)' % (zv, gc, rng.choice(['Win', 'Mac', 'Linux']), zv),
             'Thread-Topic: ' + (e['summary'] if all(ord(c) < 128 for c in e['summary']) else 'Invitation'),
             'Thread-Index: ' + alnum(rng, 28)]
    if m.get('reply_to'):
        hdrs.append('Reply-To: ' + addr(*m['reply_to']))
    hdrs += common_extra(m)
    return hdrs, root, cal


# ------------------------------------------------------------------ Yahoo
def render_yahoo(m, rng):
    lang = m['lang']
    u = ui(lang)
    e = m['events'][0]
    meth = m.get('method', 'REQUEST')
    form = 'tzid'
    comps = []
    for x in m['events']:
        c = ['BEGIN:' + x.get('comp', 'VEVENT'), 'SUMMARY:' + esc(x['summary'])]
        c += desc_line(x)
        c += loc_line(x)
        c += dt_pair(x, form)
        if x.get('rrule'):
            c.append('RRULE:' + x['rrule'])
        c += ['UID:' + x['uid'], 'SEQUENCE:%d' % x.get('seq', 0), 'DTSTAMP:' + stamp(m),
              'CREATED:' + ical_dt(x['created'], True), 'LAST-MODIFIED:' + ical_dt(x['lastmod'], True),
              org_line(x['organizer'], 'plain')]
        for a in x['attendees']:
            c.append(att(a, 'yahoo'))
        c += ['CLASS:PUBLIC', 'TRANSP:OPAQUE', 'STATUS:' + x.get('status', 'CONFIRMED'), 'X-YAHOO-YID:' + x['organizer']['addr'].split('@')[0]]
        c += extra_lines(x)
        c += alarm_lines(x, 'plain', rng)
        c.append('END:' + x.get('comp', 'VEVENT'))
        comps.append(c)
    head = ['PRODID:-//Yahoo//Yahoo Calendar//EN', 'VERSION:2.0'] + method_line(m)
    cal = cal_wrap(m, head, comps, all_tzs(m, form), tzstyle='olson')
    org = e['organizer']
    whenl = fmt_span(lang, e['start'], e.get('end'))
    txt = '%s %s %s\n\n%s\n%s\n%s\n\n%s\n\n' % (org.get('name') or org['addr'], u['invited_you'], e['summary'],
                                                 whenl, e.get('location') or '', e.get('desc') or '',
                                                 'Invitation from Yahoo Calendar')
    if m.get('note'):
        txt = m['note'] + '\n\n' + txt
    txt = body_or(m, txt)
    hsrc = html_or(m, '<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica '
                   'Neue, Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>' % (
                       hexs(rng, 8), text_to_html(txt)))
    ts = int((m['arrival'] - dt.datetime(1970, 1, 1)).total_seconds() * 1000)
    b = '----=_Part_%d_%d.%d' % (rng.randint(1000000, 9999999), rng.randint(100000000, 999999999), ts)
    lf = 'lf_b64' in m.get('quirks', ())
    tp = leaf('text/plain; charset={cs}', txt, 'utf-8', 'quoted-printable', label_case='upper')
    hp = leaf('text/html; charset={cs}', hsrc, 'utf-8', 'quoted-printable', label_case='upper')
    cp = leaf(ct_cal(m, 'UTF-8', quote=False), cal, 'utf-8', 'base64' if lf or rng.random() < 0.5 else '7bit', lf_only=lf)
    root = multipart('alternative', b, [tp, hp, cp])
    s = m['sender']
    hdrs = ['Date: ' + date_hdr(m), from_hdr(m), 'Reply-To: ' + addr(s['name'], s['addr'], 'utf-8'), to_hdr(m),
            'Message-ID: <%d.%d.%d@mail.yahoo.com>' % (rng.randint(100000000, 2147483647), rng.randint(1000000, 9999999), ts),
            subj_hdr(m, m.get('subject') or '%s: %s' % (u['invitation'], e['summary']), 'utf-8', None),
            'MIME-Version: 1.0',
            'X-Mailer: WebService/1.1.%d YMailNorrin' % rng.choice([9002, 10724, 15264, 19797, 20925, 21952, 22645, 23187])]
    hdrs += common_extra(m)
    return hdrs, root, cal


# ------------------------------------------------------------------ SOGo
def render_sogo(m, rng):
    y = year_of(m)
    lang = m['lang']
    u = ui(lang)
    e = m['events'][0]
    meth = m.get('method', 'REQUEST')
    form = 'tzid'
    comps = []
    for x in m['events']:
        c = ['BEGIN:' + x.get('comp', 'VEVENT'), 'UID:' + x['uid'], 'SUMMARY:' + esc(x['summary'])]
        c += loc_line(x)
        c += ['CLASS:PUBLIC', 'X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:NO', org_line(x['organizer'], 'plain')]
        for a in x['attendees']:
            c.append(att(a, 'sogo'))
        c += ['TRANSP:OPAQUE', 'STATUS:' + x.get('status', 'CONFIRMED')]
        c += desc_line(x)
        c += dt_pair(x, form)
        if x.get('rrule'):
            c.append('RRULE:' + x['rrule'])
        c += ['DTSTAMP:' + stamp(m), 'SEQUENCE:%d' % x.get('seq', 1), 'CREATED:' + ical_dt(x['created'], True),
              'LAST-MODIFIED:' + ical_dt(x['lastmod'], True)]
        if x.get('url'):
            c.append('URL:' + x['url'])
        c += extra_lines(x)
        c += alarm_lines(x, 'plain', rng)
        c.append('END:' + x.get('comp', 'VEVENT'))
        comps.append(c)
    head = ['VERSION:2.0', 'PRODID:-//Inverse inc./SOGo %s//EN' % pick_ver(y, SOGO)] + method_line(m)
    cal = cal_wrap(m, head, comps, all_tzs(m, form), tzstyle='olson')
    org = e['organizer']
    txt = '%s %s "%s".\n\n%s: %s\n%s: %s\n%s: %s\n%s: %s\n' % (
        org.get('name') or org['addr'], u['invited_you'], e['summary'], u['title'], e['summary'], u['start'],
        fmt_span(lang, e['start'], None), u['end'], fmt_span(lang, e['end'], None) if e.get('end') else '',
        u['location'], e.get('location') or '')
    if e.get('desc'):
        txt += '%s: %s\n' % (u['description'], e['desc'])
    if m.get('note'):
        txt = m['note'] + '\n\n' + txt
    txt = body_or(m, txt)
    b = '----=_=-_OpenGroupware_org_NGMime-%d-%d.%06d-%d------' % (
        rng.randint(1000, 40000), int((m['arrival'] - dt.datetime(1970, 1, 1)).total_seconds()),
        rng.randint(0, 999999), rng.randint(1, 9))
    lf = 'lf_b64' in m.get('quirks', ())
    cs = cs_text(m)
    tp = leaf('text/plain; charset={cs}', txt, cs, 'quoted-printable', label_case='lower')
    cp = leaf(ct_cal(m, 'utf-8', quote=False), cal, 'utf-8', 'quoted-printable' if not lf else 'base64', lf_only=lf)
    root = multipart('alternative', b, [tp, cp])
    s = m['sender']
    dom = s['addr'].split('@')[1]
    pre = {'REQUEST': 'Event Invitation: ', 'CANCEL': 'Event Cancelled: ', 'REPLY': 'Accepted invitation: '}.get(meth, '')
    hdrs = [from_hdr(m), to_hdr(m), 'Date: ' + date_hdr(m),
            subj_hdr(m, m.get('subject') or '%s"%s"' % (pre, e['summary']), 'utf-8', None),
            'Message-ID: <%s-%s-%s-%s@%s>' % (hexs(rng, 4, True), hexs(rng, 8, True), hexs(rng, 2, True),
                                               hexs(rng, 8, True), dom),
            'MIME-Version: 1.0', 'X-Mailer: SOGoMail %s' % pick_ver(y, SOGO)]
    if m.get('reply_to'):
        hdrs.append('Reply-To: ' + addr(*m['reply_to']))
    hdrs += common_extra(m)
    return hdrs, root, cal


# ------------------------------------------------------------------ SaaS / booking systems (ESP-sent)
def render_saas(m, rng):
    e = m['events'][0]
    st = m.get('saas_style', 'attach')
    form = m.get('saas_form', 'utc')
    comps = []
    for x in m['events']:
        c = ['BEGIN:' + x.get('comp', 'VEVENT'), 'UID:' + x['uid'], 'DTSTAMP:' + stamp(m)]
        c += dt_pair(x, form)
        c.append('SUMMARY:' + esc(x['summary']))
        c += desc_line(x)
        c += loc_line(x)
        if x.get('url'):
            c.append('URL:' + x['url'])
        if x.get('organizer') and not m.get('saas_noorg'):
            c.append(org_line(x['organizer'], 'plain'))
        for a in x['attendees']:
            c.append(att(a, m.get('att_style', 'plain')))
        if x.get('status'):
            c.append('STATUS:' + x['status'])
        c.append('SEQUENCE:%d' % x.get('seq', 0))
        c += extra_lines(x)
        c += alarm_lines(x, 'plain', rng)
        c.append('END:' + x.get('comp', 'VEVENT'))
        comps.append(c)
    head = ['VERSION:2.0', 'PRODID:' + m['prodid']] + (['CALSCALE:GREGORIAN'] if rng.random() < 0.5 else []) + \
        method_line(m) + m.get('cal_head_extra', [])
    cal = cal_wrap(m, head, comps, all_tzs(m, form), tzstyle='olson')
    txt = m['body_override']
    hsrc = m.get('html_override') or html_doc('<div style="max-width:600px;margin:0 auto;font-family:Arial,'
                                              'Helvetica,sans-serif;font-size:14px;color:#333">%s</div>' % text_to_html(txt))
    esp = m['sender'].get('esp', 'sendgrid')
    lf = 'lf_b64' in m.get('quirks', ())
    cs = cs_text(m)
    tp = leaf('text/plain; charset={cs}', txt, cs, 'quoted-printable', label_case='lower' if esp != 'ses' else 'upper')
    hp = leaf('text/html; charset={cs}', hsrc, cs if cs != 'utf-8' else 'utf-8', 'quoted-printable',
              label_case='lower' if esp != 'ses' else 'upper')
    fname = m.get('ics_name', 'invite.ics')
    if esp == 'sendgrid':
        b1, b2 = hexs(rng, 64), hexs(rng, 64)
    elif esp == 'ses':
        b1 = '----=_Part_%d_%d.%d' % (rng.randint(10000, 9999999), rng.randint(10000000, 999999999), rng.randint(10 ** 12, 10 ** 13))
        b2 = '----=_Part_%d_%d.%d' % (rng.randint(10000, 9999999), rng.randint(10000000, 999999999), rng.randint(10 ** 12, 10 ** 13))
    else:
        b1, b2 = hexs(rng, 32), hexs(rng, 32)
    if st == 'inline':
        cp = leaf(ct_cal(m, 'utf-8', quote=False), cal, 'utf-8', 'base64' if lf else '7bit' if all(
            ord(c) < 128 for c in cal) else 'quoted-printable', lf_only=lf)
        root = multipart('alternative', b1, [tp, hp, cp])
    else:
        alt = multipart('alternative', b2, [tp, hp])
        ctype = 'text/calendar; charset=utf-8; method=%s; name="%s"' % (m.get('ct_method', m.get('method') or 'PUBLISH'), fname) \
            if st == 'attach' else 'application/ics; name="%s"' % fname
        cp = leaf(ctype, cal, 'utf-8', 'base64', extra_headers=['Content-Disposition: attachment; filename="%s"' % fname],
                  lf_only=lf)
        root = multipart('mixed', b1, [alt, cp])
    s = m['sender']
    dom = s['addr'].split('@')[1]
    if esp == 'sendgrid':
        mid = '<%s@geopod-ismtpd-%d>' % (alnum(rng, 22), rng.randint(1, 40))
    elif esp == 'ses':
        mid = '<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (hexs(rng, 12), hexs(rng, 8), hexs(rng, 4),
                                                                  hexs(rng, 4), hexs(rng, 4))
    elif esp == 'mailgun':
        mid = '<%s.%s@%s>' % (digits(rng, 14), hexs(rng, 16), dom)
    else:
        mid = '<%s@%s>' % (uuid4(rng), dom)
    hdrs = ['Date: ' + date_hdr(m), from_hdr(m), to_hdr(m), 'Message-ID: ' + mid,
            subj_hdr(m, m['subject'], m.get('hdr_charset', 'utf-8'), None), 'MIME-Version: 1.0']
    if m.get('reply_to'):
        hdrs.append('Reply-To: ' + addr(*m['reply_to']))
    if esp == 'sendgrid':
        hdrs += ['X-SG-EID: ' + base64.b64encode(bytes(rng.randint(0, 255) for _ in range(60))).decode(),
                 'X-Entity-ID: ' + alnum(rng, 22)]
    elif esp == 'ses':
        hdrs += ['Feedback-ID: 1.eu-west-1.%s=:AmazonSES' % alnum(rng, 43),
                 'X-SES-Outgoing: %s-%s' % (m['arrival'].strftime('%Y.%m.%d'), ip_for(m))]
    elif esp == 'mailgun':
        hdrs += ['X-Mailgun-Sid: ' + alnum(rng, 40), 'X-Mailgun-Tag: booking-confirmation']
    hdrs += common_extra(m)
    return hdrs, root, cal


def ip_for(m):
    return m['sender'].get('ip', '198.51.100.10')


# ------------------------------------------------------------------ hand-rolled (libraries, scripts, spam kits)
LIB_PRODIDS = {
    'php': ['-//%(org)s//Booking//EN', '-//hacksw/handcal//NONSGML v1.0//EN', '-//%(org)s//NONSGML Events//EN',
            '-//Spatie//iCalendar Generator//EN', '-//eluceo/ical//2.0/EN'],
    'python': ['-//%(org)s//python-icalendar//EN', '-//icalendar//mxm.dk//'],
    'node': ['-//sebbo.net//ical-generator//EN', '-//Adam Gibbons//agibbons.com//ICS: iCalendar Generator'],
    'java': ['-//Ben Fortuna//iCal4j 1.0//EN', '-//Ben Fortuna//iCal4j 3.0.21//EN'],
    'dotnet': ['-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN', '-//ddaysoftware.com//NONSGML DDay.iCal 1.0//EN'],
    'raw': ['-//Cal//EN', 'icalendar', '-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN', '-//Events//Invite//EN',
            '-//ABC Corporation//NONSGML My Product//EN', '-//Calendar//Event//EN', 'PRODID', '-//Google Inc//Google Calendar 70.9054//EN'],
}


def render_lib(m, rng):
    flavour = m.get('variant') or 'php'
    e = m['events'][0]
    q = m.get('quirks', set())
    form = m.get('lib_form', rng.choice(['utc', 'tzid', 'float']) if flavour == 'raw' else rng.choice(['utc', 'tzid']))
    ast = m.get('att_style') or rng.choice(['plain', 'bare', 'MAILTO', 'nocn'] if flavour == 'raw' else ['plain', 'nocn'])
    comps = []
    sloppy = 'no_escape' in q
    for x in m['events']:
        c = ['BEGIN:' + x.get('comp', 'VEVENT')]
        if flavour in ('node', 'java'):
            c += ['UID:' + x['uid'], 'SEQUENCE:%d' % x.get('seq', 0), 'DTSTAMP:' + stamp(m)]
            c += dt_pair(x, form)
        else:
            c += dt_pair(x, form)
            c += ['DTSTAMP:' + stamp(m), 'UID:' + x['uid']]
        if x.get('rrule'):
            c.append('RRULE:' + x['rrule'])
        c.append('SUMMARY:' + esc(x['summary'], sloppy=sloppy))
        if x.get('organizer') and 'no_organizer' not in q:
            c.append(org_line(x['organizer'], 'MAILTO' if ast == 'MAILTO' else 'plain'))
        for a in x['attendees']:
            c.append(att(a, ast))
        if x.get('desc') is not None:
            c.append('DESCRIPTION:' + esc(x['desc'], sloppy=sloppy))
        if x.get('location') is not None:
            c.append('LOCATION:' + esc(x['location'], sloppy=sloppy))
        if x.get('url'):
            c.append('URL:' + x['url'])
        if x.get('alt_desc') is not None:
            c.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(x['alt_desc'], sloppy=sloppy))
        if x.get('status'):
            c.append('STATUS:' + x['status'])
        if x.get('priority'):
            c.append('PRIORITY:%d' % x['priority'])
        c += extra_lines(x)
        c += alarm_lines(x, 'plain', rng)
        c.append('END:' + x.get('comp', 'VEVENT'))
        comps.append(c)
    prodid = m.get('prodid') or rng.choice(LIB_PRODIDS[flavour]) % {'org': m.get('org_name', 'Events')}
    head = ['VERSION:2.0', 'PRODID:' + prodid] if 'no_prodid' not in q else ['VERSION:2.0']
    if flavour in ('node', 'raw') and rng.random() < 0.5:
        head = head[::-1]
    head += method_line(m)
    if 'dup_method' in q:
        head += ['METHOD:PUBLISH']
    head += m.get('cal_head_extra', [])
    cal = cal_wrap(m, head, comps, all_tzs(m, form) if 'no_vtimezone' not in q else [], tzstyle='olson')
    txt = m.get('body_override')
    if txt is None:
        txt = e.get('desc') or e['summary']
    hsrc = m.get('html_override')
    lf = 'lf_b64' in q
    cs = cs_text(m)
    s = m['sender']
    dom = s['addr'].split('@')[1]
    ts = int((m['arrival'] - dt.datetime(1970, 1, 1)).total_seconds())
    fname = m.get('ics_name', 'invite.ics')
    parts = []
    tcte = m.get('text_cte') or rng.choice(['quoted-printable', 'base64', '8bit'])
    tp = leaf('text/plain; charset={cs}', txt, cs, tcte, label_case=rng.choice(['lower', 'upper']))
    if flavour == 'php':
        b1 = 'b1_' + (alnum(rng, 43) if rng.random() < 0.5 else hexs(rng, 32))
        b2 = 'b2_' + b1[3:]
        alt_parts = [tp]
        if hsrc:
            alt_parts.append(leaf('text/html; charset={cs}', hsrc, cs, 'quoted-printable'))
        calp = leaf(ct_cal(m, 'utf-8', quote=False), cal, 'utf-8', 'base64' if lf or rng.random() < 0.5 else '8bit', lf_only=lf)
        if m.get('lib_layout', 'inline') == 'inline':
            alt_parts.append(calp)
            root = multipart('alternative', b1, alt_parts, preamble='This is a multi-part message in MIME format.')
        else:
            alt = multipart('alternative', b2, alt_parts)
            calp = leaf(ct_cal(m, 'utf-8', quote=False, name=fname), cal, 'utf-8', 'base64',
                        extra_headers=['Content-Disposition: attachment; filename=%s' % fname], lf_only=lf)
            root = multipart('mixed', b1, [alt, calp], preamble='This is a multi-part message in MIME format.')
        mid = '<%s@%s>' % (alnum(rng, 43), m.get('helo_host', dom))
        xm = ['X-Mailer: PHPMailer %s (https://github.com/PHPMailer/PHPMailer)' % pick_ver(m['arrival'].year, PHPM)]
    elif flavour == 'python':
        b1 = '=' * 15 + digits(rng, 19) + '=='
        parts = [tp]
        if hsrc:
            parts.append(leaf('text/html; charset="{cs}"', hsrc, cs, 'base64'))
        calp = leaf(ct_cal(m, 'utf-8'), cal, 'utf-8', 'base64',
                    extra_headers=['MIME-Version: 1.0', 'Content-Disposition: attachment; filename="%s"' % fname], lf_only=lf)
        root = multipart('mixed', b1, parts + [calp])
        mid = '<%d.%d.%d@%s>' % (ts, rng.randint(1000, 99999), rng.randint(10 ** 18, 10 ** 19), m.get('helo_host', dom))
        xm = []
    elif flavour == 'node':
        b1 = '--_NmP-%s-Part_1' % hexs(rng, 16)
        b2 = '--_NmP-%s-Part_2' % b1[7:23]
        parts = [tp]
        if hsrc:
            parts.append(leaf('text/html; charset={cs}', hsrc, 'utf-8', 'quoted-printable'))
        parts.append(leaf(ct_cal(m, 'utf-8', quote=False), cal, 'utf-8', 'base64' if lf else 'quoted-printable', lf_only=lf))
        alt = multipart('alternative', b2, parts)
        calp = leaf('application/ics; name=%s' % fname, cal, 'utf-8', 'base64',
                    extra_headers=['Content-Disposition: attachment; filename=%s' % fname], lf_only=lf)
        root = multipart('mixed', b1, [alt, calp])
        mid = '<%s@%s>' % (uuid4(rng), dom)
        xm = []
    elif flavour == 'java':
        b1 = '----=_Part_%d_%d.%d' % (rng.randint(0, 999), rng.randint(10000000, 2000000000), ts * 1000 + rng.randint(0, 999))
        parts = [tp]
        if hsrc:
            parts.append(leaf('text/html; charset={cs}', hsrc, 'utf-8', 'quoted-printable'))
        parts.append(leaf(ct_cal(m, 'UTF-8', quote=False), cal, 'utf-8', '7bit' if all(ord(c) < 128 for c in cal) and not lf
                          else 'base64', lf_only=lf))
        root = multipart('alternative', b1, parts)
        mid = '<%d.%d.%d@%s>' % (rng.randint(100000000, 2000000000), rng.randint(0, 99), ts * 1000, m.get('helo_host', dom))
        xm = []
    elif flavour == 'dotnet':
        b1 = '--boundary_%d_%s' % (rng.randint(0, 9), uuid4(rng))
        parts = [tp]
        if hsrc:
            parts.append(leaf('text/html; charset={cs}', hsrc, 'utf-8', 'quoted-printable'))
        parts.append(leaf(ct_cal(m, 'utf-8', quote=False, name=fname), cal, 'utf-8', 'base64',
                          extra_headers=['Content-Disposition: attachment'], lf_only=lf))
        root = multipart('mixed', b1, parts, quote=False)
        mid = None
        xm = []
    else:  # raw spam kit
        b1 = rng.choice(['----=_NextPart_%s' % hexs(rng, 12), '=_%s' % alnum(rng, 20), 'BOUNDARY_%s' % digits(rng, 10),
                         '----%s' % alnum(rng, 30)])
        parts = [tp]
        if hsrc:
            parts.append(leaf('text/html; charset={cs}', hsrc, cs, rng.choice(['base64', 'quoted-printable', '8bit'])))
        cal_cte = 'base64' if lf or rng.random() < 0.6 else '8bit'
        nm = '; name="%s"' % fname if rng.random() < 0.6 else ''
        calp = leaf(ct_cal(m, 'utf-8', quote=rng.random() < 0.5) + nm, cal, 'utf-8', cal_cte, lf_only=lf,
                    extra_headers=['Content-Disposition: attachment; filename="%s"' % fname] if nm else [])
        sub = rng.choice(['mixed', 'alternative'])
        root = multipart(sub, b1, parts + [calp], quote=rng.random() < 0.7)
        mid = '<%s@%s>' % (rng.choice([hexs(rng, 32), alnum(rng, 16) + '.' + digits(rng, 10), uuid4(rng)]),
                           m.get('helo_host', dom))
        xm = m.get('fake_mailer', [])
    hdrs = []
    if flavour == 'dotnet':
        hdrs += ['MIME-Version: 1.0', from_hdr(m), to_hdr(m), 'Date: ' + date_hdr(m),
                 subj_hdr(m, m['subject'], m.get('hdr_charset', 'utf-8'))]
    else:
        hdrs += ['Date: ' + date_hdr(m), from_hdr(m), to_hdr(m)]
        if m.get('cc'):
            hdrs.append(to_hdr(m, name='Cc'))
        hdrs.append(subj_hdr(m, m['subject'], m.get('hdr_charset', 'utf-8'), m.get('subj_enc')))
        if mid:
            hdrs.append('Message-ID: ' + mid)
        hdrs += xm
        hdrs.append('MIME-Version: 1.0')
    if m.get('reply_to'):
        hdrs.append('Reply-To: ' + addr(*m['reply_to']))
    hdrs += common_extra(m)
    return hdrs, root, cal


RENDER = {'google': render_google, 'outlook': render_outlook, 'apple': render_apple, 'thunderbird': render_tb,
          'zoom': render_zoom, 'nextcloud': render_nextcloud, 'zimbra': render_zimbra, 'yahoo': render_yahoo,
          'sogo': render_sogo, 'saas': render_saas, 'lib': render_lib}
