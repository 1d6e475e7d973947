# -*- coding: utf-8 -*-
"""Client emulation: iCalendar style, MIME layout and headers of each calendar client."""
import datetime as dt

from . import i18n, world
from .infra import make_sender, transport_headers, FREE_BY_CLIENT, YAHOO_LOCAL, ISP_HOSTED
from .util import (Part, Multi, text_part, render, crlf, esc, ics_text, ics_bytes, vtimezone, TZ, to_local,
                   ical_utc, ical_local, ical_date, rfc2822, tzabbr, html_escape, linkify, hval, addr, qparam,
                   b64_encode, qp_encode, UTC, utc_offset, fmt_off)

CLIENTS = ['google', 'exchange', 'outlook', 'icloud', 'thunderbird', 'zoom', 'nextcloud', 'zimbra', 'yahoo',
           'sogo', 'booking', 'custom', 'list']
CLIENT_DESC = {
    'google': 'Google Calendar (Gmail / Workspace)', 'exchange': 'Exchange Online / Outlook on the web / Teams',
    'outlook': 'Outlook desktop (on-prem Exchange, Microsoft 365 or plain SMTP)', 'icloud': 'Apple iCloud / Calendar.app',
    'thunderbird': 'Thunderbird / Lightning', 'zoom': 'Zoom', 'nextcloud': 'Nextcloud Calendar (Sabre)',
    'zimbra': 'Zimbra', 'yahoo': 'Yahoo Calendar', 'sogo': 'SOGo', 'booking': 'booking / scheduling systems sent through ESPs',
    'custom': 'custom scripts, libraries and hand-rolled tools', 'list': 'mailing-list managers (Mailman, Sympa, Google Groups)'}

# which sender kinds each client can produce
COMPAT = {
    'google': {'free', 'corp', 'lookalike', 'compromised'},
    'exchange': {'free', 'corp', 'lookalike', 'compromised'},
    'outlook': {'free', 'corp', 'lookalike', 'compromised', 'spoof', 'throwaway'},
    'icloud': {'free'},
    'thunderbird': {'free', 'corp', 'lookalike', 'compromised', 'spoof', 'throwaway'},
    'zoom': {'free', 'corp', 'lookalike', 'compromised'},
    'nextcloud': {'corp', 'compromised', 'throwaway', 'free'},
    'zimbra': {'corp', 'compromised', 'free'},
    'yahoo': {'free'},
    'sogo': {'corp', 'compromised', 'free'},
    'booking': {'corp', 'lookalike', 'throwaway', 'compromised'},
    'custom': {'corp', 'lookalike', 'throwaway', 'spoof', 'compromised'},
}

GOOGLE_PRODID = lambda y: '-//Google Inc//Google Calendar %d.%d//EN' % (70, 9054) if y >= 2016 else ''
OUTLOOK_VER = lambda y: '16.0' if y >= 2016 else '15.0'


def tb_version(y):
    return {2016: '45.5.1', 2017: '52.4.0', 2018: '60.2.1', 2019: '60.9.1', 2020: '68.12.0', 2021: '78.14.0',
            2022: '91.13.0', 2023: '102.15.1', 2024: '115.10.1', 2025: '128.5.2', 2026: '140.2.0'}.get(y, '115.3.1')


def mac_version(y):
    return {2016: '10.12.1', 2017: '10.13.1', 2018: '10.14', 2019: '10.15.1', 2020: '10.15.7', 2021: '12.0.1',
            2022: '13.0.1', 2023: '14.1', 2024: '14.6.1', 2025: '15.3', 2026: '26.1'}.get(y, '14.1')


class Ctx:
    pass


# --------------------------------------------------------------------------- helpers
def pick_free(ctx, client):
    rng = ctx.rng
    if client == 'yahoo':
        return YAHOO_LOCAL.get(ctx.lang, 'yahoo.com') if rng.chance(0.6) else 'yahoo.com'
    if client in FREE_BY_CLIENT:
        return rng.pick(FREE_BY_CLIENT[client])
    if client in ISP_HOSTED:
        return rng.pick(ISP_HOSTED[client])
    return rng.pick(i18n.FREEMAIL[ctx.lang])


def fmt_when(ctx, ev, lang, short=False):
    tz = ev.get('tz') or ctx.sender_tz
    if not ev.get('allday'):
        s = to_local(tz, ev['start'])
        e = to_local(tz, ev['end'])
        ab = tzabbr(tz, ev['start'])
    if ev.get('allday'):
        s = ev['start']
        if lang == 'en':
            return '%s %s %d, %d' % (i18n.WDAYS_EN[s.weekday()], i18n.MONTHS['en'][s.month - 1], s.day, s.year)
        return s.strftime('%d.%m.%Y') if lang not in ('ja', 'zh', 'zh-TW', 'ko') else '%d/%d/%d' % (s.year, s.month, s.day)
    if lang == 'en':
        def h(t):
            hh = t.hour % 12 or 12
            return ('%d' % hh if t.minute == 0 else '%d:%02d' % (hh, t.minute)) + ('am' if t.hour < 12 else 'pm')
        return '%s %s %d, %d %s - %s (%s)' % (i18n.WDAYS_EN[s.weekday()], i18n.MONTHS['en'][s.month - 1], s.day, s.year,
                                              h(s), h(e), ab)
    if lang in ('ja', 'zh', 'zh-TW'):
        return '%d年%d月%d日 %d:%02d～%d:%02d (%s)' % (s.year, s.month, s.day, s.hour, s.minute, e.hour, e.minute, ab)
    if lang == 'ko':
        return '%d년 %d월 %d일 %d:%02d~%d:%02d (%s)' % (s.year, s.month, s.day, s.hour, s.minute, e.hour, e.minute, ab)
    if lang in i18n.MONTHS:
        return '%d %s %d %d:%02d – %d:%02d (%s)' % (s.day, i18n.MONTHS[lang][s.month - 1], s.year, s.hour, s.minute,
                                                     e.hour, e.minute, ab)
    return '%02d.%02d.%d %d:%02d - %d:%02d (%s)' % (s.day, s.month, s.year, s.hour, s.minute, e.hour, e.minute,
                                                     'GMT' + fmt_off(utc_offset(tz, ev['start']), True))


def meeting_block(ctx, kind, lang='en'):
    rng = ctx.rng
    if kind == 'teams':
        mid = '%d %d %d %d' % (rng.randint(200, 499), rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999))
        url = 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (
            rng.alnum(48), rng.uuid(), rng.uuid())
        txt = ('_' * 80 + '\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
               'Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
               'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
               'Learn more<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=%s>\n' % (
                   url, mid, rng.alnum(6), rng.uuid(), rng.uuid(), rng.alnum(48), i18n.LOCALE[lang]) + '_' * 80)
        return txt, url
    if kind == 'zoom':
        mid = rng.digits(11)
        host = rng.pick(['us02web', 'us04web', 'us05web', 'us06web', 'zoom'])
        url = 'https://%s.zoom.us/j/%s?pwd=%s' % (host, mid, rng.alnum(32))
        txt = ('Join Zoom Meeting\n%s\n\nMeeting ID: %s %s %s\nPasscode: %s\n\n---\n\nOne tap mobile\n'
               '+16465588656,,%s# US (New York)\n+13017158592,,%s# US (Washington DC)\n\nJoin instructions\n'
               'https://%s.zoom.us/meetings/%s/invitations?signature=%s' % (
                   url, mid[:3], mid[3:7], mid[7:], rng.digits(6), mid, mid, host, mid, rng.alnum(40)))
        return txt, url
    if kind == 'meet':
        code = '%s-%s-%s' % (rng.alnum(3, 'abcdefghijklmnopqrstuvwxyz'), rng.alnum(4, 'abcdefghijklmnopqrstuvwxyz'),
                             rng.alnum(3, 'abcdefghijklmnopqrstuvwxyz'))
        url = 'https://meet.google.com/' + code
        txt = ('-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
               'Join with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
               'Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-') % url
        return txt, url
    if kind == 'webex':
        url = 'https://%s.webex.com/%s/j.php?MTID=m%s' % (rng.pick(['meetingsemea', 'meetingsamer', 'company']), rng.pick(['meet', 'wbxmjs']), rng.hexs(32))
        txt = 'Join Webex meeting\n%s\nMeeting number (access code): %s %s %s\nMeeting password: %s' % (
            url, rng.digits(4), rng.digits(3), rng.digits(4), rng.alnum(11))
        return txt, url
    return '', None


# --------------------------------------------------------------------------- iCalendar
def build_ics(ctx, m, style, org_addr, org_name):
    rng = ctx.rng
    y = ctx.arrival.year
    method = m.get('method', 'REQUEST')
    lines = []
    prodid = m.get('prodid') or {
        'google': '-//Google Inc//Google Calendar 70.9054//EN',
        'ms': 'Microsoft Exchange Server 2010',
        'olk': '-//Microsoft Corporation//Outlook %s MIMEDIR//EN' % OUTLOOK_VER(y),
        'apple': '-//Apple Inc.//%s//EN' % (('macOS ' if y >= 2017 else 'Mac OS X ') + mac_version(y)) if not m.get('icloud_web') else
                 '-//Apple Inc.//iCloud Web Calendar %d%02d.%d//EN' % (y % 100 + 2, rng.randint(1, 52), rng.randint(1, 9)),
        'moz': '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN',
        'zimbra': 'Zimbra-Calendar-Provider',
        'sabre': '-//IDN nextcloud.com//Calendar app %s//EN' % rng.pick(['2.3.4', '3.5.7', '4.4.5', '4.7.6', '5.0.3']),
        'sogo': '-//Inverse inc./SOGo %s//EN' % rng.pick(['4.3.2', '5.5.1', '5.8.0', '5.10.0']),
        'yahoo': '-//Yahoo! Inc.//Yahoo Calendar//EN',
        'zoom': '-//zoom.us//iCalendar Event//EN',
        'app': '-//%s//NONSGML Booking//EN' % 'App',
    }[style]
    events = m['events']
    tz = events[0].get('tz') or ctx.sender_tz
    use_tzid = style in ('ms', 'olk', 'apple', 'moz', 'zimbra', 'sabre', 'sogo') or \
        (style == 'google' and any(e.get('rrule') for e in events)) or m.get('tzid')
    # VCALENDAR header
    hdr = {
        'google': ['PRODID:' + prodid, 'VERSION:2.0', 'CALSCALE:GREGORIAN'] + (['METHOD:' + method] if method else []),
        'ms': (['METHOD:' + method] if method else []) + ['PRODID:' + prodid, 'VERSION:2.0'],
        'olk': ['PRODID:' + prodid, 'VERSION:2.0'] + (['METHOD:' + method] if method else []) + ['X-MS-OLK-FORCEINSPECTOROPEN:TRUE'],
        'apple': (['METHOD:' + method] if method else []) + ['VERSION:2.0', 'PRODID:' + prodid, 'CALSCALE:GREGORIAN'],
        'moz': ['PRODID:' + prodid, 'VERSION:2.0'] + (['METHOD:' + method] if method else []),
        'zimbra': ['X-WR-CALNAME:' + (org_name or 'Calendar'), 'PRODID:' + prodid, 'VERSION:2.0'] + (['METHOD:' + method] if method else []),
        'sabre': ['VERSION:2.0', 'PRODID:' + prodid, 'CALSCALE:GREGORIAN'] + (['METHOD:' + method] if method else []),
        'sogo': ['VERSION:2.0', 'PRODID:' + prodid] + (['METHOD:' + method] if method else []),
        'yahoo': ['VERSION:2.0', 'PRODID:' + prodid] + (['METHOD:' + method] if method else []),
        'zoom': ['PRODID:' + prodid, 'VERSION:2.0', 'CALSCALE:GREGORIAN'] + (['METHOD:' + method] if method else []),
        'app': (['VERSION:2.0', 'PRODID:' + prodid] if rng.chance(0.5) else ['PRODID:' + prodid, 'VERSION:2.0'])
               + (['CALSCALE:GREGORIAN'] if rng.chance(0.5) else []) + (['METHOD:' + method] if method else []),
    }[style]
    lines += ['BEGIN:VCALENDAR'] + hdr + m.get('cal_extra', [])
    tzstyle = {'ms': 'ms', 'olk': 'ms', 'moz': 'moz', 'zimbra': 'zimbra'}.get(style, 'olson')
    vtz = vtimezone(tz, tzstyle) if use_tzid and not m.get('no_vtimezone') else []
    if style != 'sabre':
        lines += vtz
    for i, ev in enumerate(events):
        lines += vevent(ctx, m, ev, style, org_addr, org_name, tz if use_tzid else None, i)
    if style == 'sabre':
        lines += vtz
    lines.append('END:VCALENDAR')
    return lines


def _dt(name, t, tz, style, allday=False, ms=False):
    if allday:
        return (name, [('VALUE', 'DATE')], ical_date(t))
    if tz:
        tzid = TZ[tz][5] if ms else tz
        return (name, [('TZID', qparam(tzid) if ms else tzid)], ical_local(to_local(tz, t)))
    return (name, [], ical_utc(t))


def attendee_line(style, a, lang):
    name, email = a.get('name'), a['addr']
    ps = a.get('partstat', 'NEEDS-ACTION')
    role = a.get('role', 'REQ-PARTICIPANT')
    rsvp = a.get('rsvp', 'TRUE')
    cn = qparam(name or email)
    if style == 'google':
        P = [('CUTYPE', 'INDIVIDUAL'), ('ROLE', role), ('PARTSTAT', ps), ('RSVP', rsvp), ('CN', qparam(name or email)), ('X-NUM-GUESTS', '0')]
    elif style in ('ms', 'olk'):
        P = [('ROLE', role), ('PARTSTAT', ps), ('RSVP', rsvp), ('CN', cn)] if style == 'ms' else [('CN', cn), ('RSVP', rsvp)]
    elif style == 'apple':
        P = [('CN', cn), ('CUTYPE', 'INDIVIDUAL'), ('EMAIL', qparam(email)), ('PARTSTAT', ps), ('ROLE', role), ('RSVP', rsvp)]
    elif style == 'moz':
        P = [('RSVP', rsvp), ('CN', cn), ('PARTSTAT', ps), ('ROLE', role)]
    elif style == 'zimbra':
        P = [('CN', cn), ('ROLE', role), ('PARTSTAT', ps), ('RSVP', rsvp)]
    elif style in ('sabre', 'sogo'):
        P = [('CN', cn), ('CUTYPE', 'INDIVIDUAL'), ('PARTSTAT', ps), ('ROLE', role), ('RSVP', rsvp)]
        if style == 'sabre':
            P.append(('LANGUAGE', lang if lang != 'zh-TW' else 'zh_TW'))
    else:
        P = [('CN', cn), ('ROLE', role), ('PARTSTAT', ps), ('RSVP', rsvp)] if name else [('ROLE', role), ('PARTSTAT', ps), ('RSVP', rsvp)]
    return ('ATTENDEE', P, 'mailto:' + email if style != 'ms' or True else email)


ORDER = {
    'google': ['DTSTART', 'DTEND', 'DUE', 'RRULE', 'DTSTAMP', 'ORGANIZER', 'UID', 'ATTENDEE', 'X-GOOGLE-CONFERENCE',
               'X-MICROSOFT-CDO-OWNERAPPTID', 'CREATED', 'DESCRIPTION', 'LAST-MODIFIED', 'LOCATION', 'SEQUENCE',
               'STATUS', 'SUMMARY', 'TRANSP'],
    'ms': ['ORGANIZER', 'ATTENDEE', 'DESCRIPTION', 'RRULE', 'UID', 'RECURRENCE-ID', 'SUMMARY', 'DTSTART', 'DTEND', 'CLASS',
           'PRIORITY', 'DTSTAMP', 'TRANSP', 'STATUS', 'SEQUENCE', 'LOCATION', 'URL'],
    'olk': ['ATTENDEE', 'CLASS', 'CREATED', 'DESCRIPTION', 'DTEND', 'DTSTAMP', 'DTSTART', 'LAST-MODIFIED', 'LOCATION',
            'ORGANIZER', 'PRIORITY', 'RRULE', 'SEQUENCE', 'SUMMARY', 'TRANSP', 'UID', 'URL', 'X-ALT-DESC'],
    'apple': ['ATTENDEE', 'CREATED', 'DESCRIPTION', 'DTEND', 'DTSTAMP', 'DTSTART', 'LAST-MODIFIED', 'LOCATION',
              'ORGANIZER', 'RRULE', 'SEQUENCE', 'STATUS', 'SUMMARY', 'TRANSP', 'UID', 'URL'],
    'moz': ['CREATED', 'LAST-MODIFIED', 'DTSTAMP', 'UID', 'SUMMARY', 'STATUS', 'ORGANIZER', 'ATTENDEE', 'RRULE',
            'DTSTART', 'DTEND', 'DESCRIPTION', 'LOCATION', 'URL', 'SEQUENCE', 'TRANSP'],
    'zimbra': ['UID', 'RRULE', 'SUMMARY', 'LOCATION', 'ATTENDEE', 'ORGANIZER', 'DTSTART', 'DTEND', 'STATUS', 'CLASS',
               'TRANSP', 'LAST-MODIFIED', 'DTSTAMP', 'SEQUENCE', 'DESCRIPTION', 'X-ALT-DESC'],
    'sabre': ['CREATED', 'DTSTAMP', 'LAST-MODIFIED', 'SEQUENCE', 'UID', 'DTSTART', 'DTEND', 'RRULE', 'STATUS',
              'SUMMARY', 'LOCATION', 'DESCRIPTION', 'URL', 'ORGANIZER', 'ATTENDEE'],
    'sogo': ['UID', 'SUMMARY', 'LOCATION', 'CLASS', 'X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS', 'ORGANIZER', 'ATTENDEE',
             'TRANSP', 'DESCRIPTION', 'DTSTART', 'DTEND', 'RRULE', 'CREATED', 'DTSTAMP', 'LAST-MODIFIED', 'SEQUENCE'],
    'yahoo': ['UID', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'DTSTART', 'DTEND', 'RRULE', 'ORGANIZER', 'ATTENDEE',
              'DTSTAMP', 'SEQUENCE', 'STATUS', 'CLASS', 'TRANSP'],
    'zoom': ['DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'UID', 'TZID', 'DESCRIPTION', 'LOCATION', 'ORGANIZER',
             'ATTENDEE', 'URL'],
    'app': None,
}


def vevent(ctx, m, ev, style, org_addr, org_name, tz, idx):
    rng = ctx.rng
    lang = ctx.lang
    ms = style in ('ms', 'olk')
    comp = ev.get('comp', 'VEVENT')
    P = []
    stamp = ev.get('dtstamp') or ctx.date_t
    created = stamp - dt.timedelta(minutes=rng.randint(0, 60 * 24 * 3), seconds=rng.randint(0, 59))
    sloppy = m.get('sloppy', set())
    commas = 'noesc' not in sloppy
    P.append(_dt('DTSTART', ev['start'], tz, style, ev.get('allday'), ms))
    if comp == 'VTODO':
        P.append(_dt('DUE', ev['end'], tz, style, ev.get('allday'), ms))
    elif not ev.get('no_end'):
        P.append(_dt('DTEND', ev['end'], tz, style, ev.get('allday'), ms))
    if ev.get('rrule'):
        P.append(('RRULE', [], ev['rrule']))
    if ev.get('exdate'):
        P.append(('EXDATE', [('TZID', tz)] if tz else [], ev['exdate']))
    if 'nodtstamp' not in sloppy:
        P.append(('DTSTAMP', [], ical_utc(stamp)))
    # organizer
    oname = ev.get('org_name', org_name)
    oaddr = ev.get('org_addr', org_addr)
    if oaddr and not ev.get('no_org'):
        op = [('CN', qparam(oname))] if oname else []
        if ev.get('sent_by'):
            op.append(('SENT-BY', '"mailto:%s"' % ev['sent_by']))
        P.append(('ORGANIZER', op, 'mailto:' + oaddr))
    uid = ev.get('uid') or m.get('uid')
    if not uid:
        uid = {
            'google': lambda: rng.alnum(26, 'abcdefghijklmnopqrstuv0123456789') + '@google.com',
            'ms': lambda: '040000008200E00074C5B7101A82E00800000000%s%s' % (rng.hexs(16, True), '0' * 16 + '10000000' + rng.hexs(32, True)),
            'olk': lambda: '040000008200E00074C5B7101A82E00800000000%s%s' % (rng.hexs(16, True), '0' * 16 + '10000000' + rng.hexs(32, True)),
            'apple': lambda: rng.uuid(True),
            'moz': lambda: rng.uuid(),
            'zimbra': lambda: rng.uuid(),
            'sabre': lambda: rng.uuid(),
            'sogo': lambda: '%s-%s-%s-%s' % (rng.hexs(4, True), rng.hexs(8, True), rng.hexs(1, True), rng.hexs(8, True)),
            'yahoo': lambda: rng.alnum(20) + '@yahoo.com',
            'zoom': lambda: 'ZOOM' + rng.digits(11),
            'app': lambda: rng.pick([rng.uuid(), rng.hexs(32) + '@' + (m.get('uid_dom') or org_addr.split('@')[-1]),
                                     '%d-%s' % (rng.randint(100000, 9999999), rng.alnum(6)), rng.digits(13) + '@' + (m.get('uid_dom') or 'localhost')]),
        }[style]()
        if idx:
            uid = uid[:-3] + rng.hexs(3) if style != 'ms' else uid
        m.setdefault('uid', uid) if idx == 0 else None
    P.append(('UID', [], uid))
    if ev.get('recurrence_id'):
        P.append(('RECURRENCE-ID', [('TZID', tz)] if tz else [], ical_local(to_local(tz, ev['recurrence_id'])) if tz else ical_utc(ev['recurrence_id'])))
    # attendees
    atts = list(ev.get('attendees', []))
    if style == 'google' and not ev.get('no_org_att') and m.get('method', 'REQUEST') in ('REQUEST', 'CANCEL'):
        atts.insert(0, {'name': None if rng.chance(0.5) else oname, 'addr': oaddr, 'partstat': 'ACCEPTED'})
    if style == 'moz' and not ev.get('no_org_att') and m.get('method', 'REQUEST') == 'REQUEST':
        atts.insert(0, {'name': oname, 'addr': oaddr, 'partstat': 'ACCEPTED', 'role': 'CHAIR', 'rsvp': 'FALSE'})
    for a in atts:
        P.append(attendee_line(style, a, lang))
    desc = ev.get('description')
    if desc is not None:
        dp = [('LANGUAGE', i18n.LOCALE[lang])] if style == 'ms' else []
        P.append(('DESCRIPTION', dp, esc(desc, commas)))
    summ = ev.get('summary', '')
    P.append(('SUMMARY', [('LANGUAGE', i18n.LOCALE[lang])] if style in ('ms', 'olk') else [], esc(summ, commas)))
    if ev.get('location') is not None:
        P.append(('LOCATION', [('LANGUAGE', i18n.LOCALE[lang])] if style == 'ms' else [], esc(ev['location'], commas)))
    if ev.get('url'):
        P.append(('URL', [('VALUE', 'URI')] if style in ('apple', 'app') and rng.chance(0.6) else [], ev['url']))
    P.append(('SEQUENCE', [], str(ev.get('seq', 0))))
    if style in ('google', 'ms', 'apple', 'zimbra', 'sabre', 'yahoo') or ev.get('status'):
        P.append(('STATUS', [], ev.get('status') or ('NEEDS-ACTION' if comp == 'VTODO' else 'CONFIRMED' if m.get('method') != 'CANCEL' else 'CANCELLED')))
    if comp != 'VTODO':
        P.append(('TRANSP', [], ev.get('transp', 'OPAQUE')))
    if style in ('ms', 'olk', 'zimbra', 'sogo'):
        P.append(('CLASS', [], 'PUBLIC'))
    if style in ('ms', 'olk'):
        P.append(('PRIORITY', [], str(ev.get('priority', 5))))
    if style in ('google', 'olk', 'apple', 'moz', 'sabre', 'sogo'):
        P.append(('CREATED', [], ical_utc(created)))
        P.append(('LAST-MODIFIED', [], ical_utc(stamp - dt.timedelta(seconds=rng.randint(1, 90)))))
    for name, params, val in ev.get('extra', []):
        P.append((name, params, val))
    if ev.get('alt_html'):
        P.append(('X-ALT-DESC', [('FMTTYPE', 'text/html')], esc(ev['alt_html'], False) if 'rawalt' not in sloppy else ev['alt_html'].replace('\n', ' ')))
    if ev.get('conference'):
        for uri, label in ev['conference']:
            P.append(('CONFERENCE', [('VALUE', 'URI'), ('FEATURE', 'VIDEO,AUDIO' if rng.chance(0.5) else 'VIDEO'), ('LABEL', qparam(label))], uri))
    if ev.get('attach'):
        for a in ev['attach']:
            uri, fmt, fname = a
            pp = []
            if fmt:
                pp.append(('FMTTYPE', fmt))
            if fname:
                pp.append(('FILENAME', qparam(fname)) if style != 'apple' else ('X-APPLE-FILENAME', qparam(fname)))
            P.append(('ATTACH', pp, uri))
    if ev.get('categories'):
        P.append(('CATEGORIES', [], ev['categories']))
    if ev.get('geo'):
        P.append(('GEO', [], ev['geo']))
    if ev.get('priority') and style not in ('ms', 'olk'):
        P.append(('PRIORITY', [], str(ev['priority'])))
    # client specific X- properties
    if style == 'google':
        if ev.get('meet_url'):
            P.append(('X-GOOGLE-CONFERENCE', [], ev['meet_url']))
        if rng.chance(0.5):
            P.append(('X-MICROSOFT-CDO-OWNERAPPTID', [], str(rng.randint(-2147483647, 2147483647))))
    if style == 'ms':
        busy = 'TENTATIVE' if m.get('method') == 'REQUEST' else 'BUSY'
        P += [('X-MICROSOFT-CDO-APPT-SEQUENCE', [], str(ev.get('seq', 0))),
              ('X-MICROSOFT-CDO-OWNERAPPTID', [], str(rng.randint(-2147483647, 2147483647))),
              ('X-MICROSOFT-CDO-BUSYSTATUS', [], busy), ('X-MICROSOFT-CDO-INTENDEDSTATUS', [], 'BUSY'),
              ('X-MICROSOFT-CDO-ALLDAYEVENT', [], 'TRUE' if ev.get('allday') else 'FALSE'),
              ('X-MICROSOFT-CDO-IMPORTANCE', [], '1'), ('X-MICROSOFT-CDO-INSTTYPE', [], '1' if ev.get('rrule') else '0'),
              ('X-MICROSOFT-DONOTFORWARDMEETING', [], 'FALSE'), ('X-MICROSOFT-DISALLOW-COUNTER', [], 'FALSE')]
        if ev.get('teams_url'):
            P += [('X-MICROSOFT-SKYPETEAMSMEETINGURL', [], ev['teams_url']),
                  ('X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL', [], 'https://api.scheduler.teams.microsoft.com/teams/%s/%s/19_meeting_%s@thread.v2/0' % (rng.uuid(), rng.uuid(), rng.alnum(48))),
                  ('X-MICROSOFT-SKYPETEAMSPROPERTIES', [], '{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % rng.alnum(48)),
                  ('X-MICROSOFT-ONLINEMEETINGCONFLINK', [], 'conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s' % (org_addr, rng.alnum(48), rng.hexs(32), rng.hexs(32))),
                  ('X-MICROSOFT-ONLINEMEETINGINFORMATION', [], '{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')]
        P += [('X-MICROSOFT-REQUESTEDATTENDANCEMODE', [], 'DEFAULT'), ('X-MICROSOFT-ISRESPONSEREQUESTED', [], 'TRUE')]
        if ev.get('location'):
            P.append(('X-MICROSOFT-LOCATIONS', [], '[ { "DisplayName" : "%s"\\, "LocationAnnotation" : ""\\, "LocationSource" : 0\\, "Unresolved" : false\\, "LocationUri" : "" } ]' % esc(ev['location'][:60], False).replace('"', "'")))
    if style == 'olk':
        P += [('X-MICROSOFT-CDO-BUSYSTATUS', [], 'BUSY'), ('X-MICROSOFT-CDO-IMPORTANCE', [], '1'),
              ('X-MICROSOFT-DISALLOW-COUNTER', [], 'FALSE'), ('X-MS-OLK-AUTOFILLLOCATION', [], 'FALSE'),
              ('X-MS-OLK-CONFTYPE', [], '0')]
        if rng.chance(0.5):
            P.append(('X-MS-OLK-APPTSEQTIME', [], ical_utc(stamp)))
    if style == 'apple':
        P.append(('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR', [], 'AUTOMATIC'))
        if rng.chance(0.5):
            P.append(('X-APPLE-CREATOR-IDENTITY', [], 'com.apple.%s' % rng.pick(['calendar', 'mobilecal'])))
        if ev.get('location') and rng.chance(0.4):
            P.append(('X-APPLE-STRUCTURED-LOCATION', [('VALUE', 'URI'), ('X-APPLE-RADIUS', str(rng.randint(50, 500))),
                      ('X-TITLE', qparam(ev['location'][:40]))], 'geo:%.6f,%.6f' % (rng.uniform(-50, 60), rng.uniform(-120, 140))))
    if style == 'moz':
        P += [('X-MOZ-SEND-INVITATIONS', [], 'TRUE'), ('X-MOZ-SEND-INVITATIONS-UNDISCLOSED', [], 'FALSE')]
        if rng.chance(0.5):
            P.append(('X-MOZ-GENERATION', [], str(rng.randint(1, 4))))
    if style == 'zimbra':
        P.append(('X-MICROSOFT-CDO-INTENDEDSTATUS', [], 'BUSY'))
    if style == 'sogo':
        P.append(('X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS', [], 'NO'))
    # order
    order = ORDER.get(style)
    if order:
        def key(p):
            try:
                return order.index(p[0])
            except ValueError:
                return 100
        P.sort(key=key)
    elif style == 'app' and rng.chance(0.3):
        rng.shuffle(P)
    out = ['BEGIN:' + comp]
    for name, params, val in P:
        s = name + ''.join(';%s=%s' % (k, v) for k, v in params) + ':' + val
        out.append(s)
    # alarms
    alarms = ev.get('alarms')
    if alarms is None:
        alarms = {'google': ['-P0DT0H30M0S'], 'ms': ['-PT15M'], 'olk': ['-PT15M'], 'apple': ['-PT15M'],
                  'moz': ['-PT15M'], 'zimbra': ['-PT5M'], 'sabre': [], 'sogo': [], 'yahoo': ['-PT30M'], 'zoom': [],
                  'app': []}[style]
        if m.get('method') in ('REPLY', 'CANCEL'):
            alarms = []
    for trig in alarms:
        if isinstance(trig, tuple):
            trig, adesc = trig
        else:
            adesc = None
        if style == 'google':
            out += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:' + esc(adesc or 'This is an event reminder'), 'TRIGGER:' + trig, 'END:VALARM']
        elif style in ('ms', 'zimbra'):
            out += ['BEGIN:VALARM', 'DESCRIPTION:' + esc(adesc or 'REMINDER'), 'TRIGGER;RELATED=START:' + trig, 'ACTION:DISPLAY', 'END:VALARM']
        elif style == 'apple':
            u = rng.uuid(True)
            out += ['BEGIN:VALARM', 'X-WR-ALARMUID:' + u, 'UID:' + u, 'TRIGGER:' + trig, 'DESCRIPTION:' + esc(adesc or 'Event reminder'),
                    'ACTION:DISPLAY', 'END:VALARM']
        elif style == 'moz':
            out += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;VALUE=DURATION:' + trig, 'DESCRIPTION:' + esc(adesc or 'Default Mozilla Description'), 'END:VALARM']
        else:
            out += ['BEGIN:VALARM', 'TRIGGER:' + trig, 'ACTION:DISPLAY', 'DESCRIPTION:' + esc(adesc or summ), 'END:VALARM']
    out.append('END:' + comp)
    return out
