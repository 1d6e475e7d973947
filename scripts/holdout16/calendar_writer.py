# -*- coding: utf-8 -*-
"""Turns abstract event specs into iCalendar text the way each emulated client writes it."""
from datetime import timedelta, datetime

import ics
import tz as TZ
from ics import prop, esc, dtu, dtl, dd
from util import rid, uuid, HEXU, HEX, B32, LOWALNUM

# ------------------------------------------------------------------ UID styles

def make_uid(rng, style, domain='example.org'):
    if style == 'google':
        return rid(rng, 26, B32) + '@google.com'
    if style == 'outlook':
        return ('040000008200E00074C5B7101A82E00800000000' + rid(rng, 16, HEXU) +
                '000000000000000010000000' + rid(rng, 32, HEXU))
    if style == 'apple':
        return uuid(rng, upper=True)
    if style in ('thunderbird', 'nextcloud', 'zimbra', 'uuid'):
        return uuid(rng)
    if style == 'zoom':
        return 'ZOOM' + str(rng.randint(10 ** 10, 10 ** 11 - 1))
    if style == 'sogo':
        return '%s-%s-%s-%s' % (rid(rng, 3, HEXU), rid(rng, 8, HEXU), rid(rng, 1, HEXU), rid(rng, 8, HEXU))
    if style == 'yahoo':
        return uuid(rng) + '@yahoo.com'
    if style == 'php':
        return rid(rng, 13) + '@' + domain
    if style == 'md5':
        return rid(rng, 32)
    if style == 'numeric':
        return '%d@%s' % (rng.randint(10 ** 6, 10 ** 9), domain)
    return uuid(rng) + '@' + domain


# ------------------------------------------------------------------ parameter styles

def _cn(name, email, quote=False):
    n = name or email
    if quote:
        return '"%s"' % n.replace('"', "'")
    return n


def att_line(a, style, lang_tag=None, method='REQUEST'):
    """One ATTENDEE line in the given client's parameter order."""
    name, email = a.get('name'), a['email']
    ps = a.get('partstat', 'NEEDS-ACTION')
    role = a.get('role', 'REQ-PARTICIPANT')
    rsvp = 'TRUE' if a.get('rsvp', True) else 'FALSE'
    cut = a.get('cutype', 'INDIVIDUAL')
    mail = 'mailto:' + email
    if style == 'google':
        p = [('CUTYPE', cut), ('ROLE', role), ('PARTSTAT', ps), ('RSVP', rsvp),
             ('CN', name or email), ('X-NUM-GUESTS', '0')]
        if method == 'REPLY':
            p = [('CUTYPE', cut), ('ROLE', role), ('PARTSTAT', ps), ('CN', name or email), ('X-NUM-GUESTS', '0')]
        return prop('ATTENDEE', mail, p)
    if style == 'outlook':
        p = [('ROLE', role), ('PARTSTAT', ps), ('RSVP', rsvp), ('CN', name or email)]
        if method == 'REPLY':
            p = [('PARTSTAT', ps), ('CN', name or email)]
        return prop('ATTENDEE', mail, p)
    if style == 'outlookdesk':
        s = 'ATTENDEE;CN=%s;RSVP=%s' % (_cn(name, email, True), rsvp)
        if method == 'REPLY':
            s = 'ATTENDEE;PARTSTAT=%s;CN=%s' % (ps, _cn(name, email, True))
        return s + ':' + mail
    if style == 'apple':
        p = [('CN', name or email), ('CUTYPE', cut), ('EMAIL', email), ('PARTSTAT', ps)]
        if role:
            p.append(('ROLE', role))
        if method != 'REPLY' and ps == 'NEEDS-ACTION':
            p.append(('RSVP', rsvp))
        if a.get('schedule_status'):
            p.append(('SCHEDULE-STATUS', a['schedule_status']))
        return prop('ATTENDEE', mail, p)
    if style == 'thunderbird':
        p = [('RSVP', rsvp), ('CN', name or email), ('PARTSTAT', ps), ('ROLE', role), ('CUTYPE', cut)]
        if not name:
            p = [('RSVP', rsvp), ('PARTSTAT', ps), ('ROLE', role), ('CUTYPE', cut)]
        return prop('ATTENDEE', mail, p)
    if style == 'nextcloud':
        p = [('CN', name or email), ('CUTYPE', cut), ('PARTSTAT', ps), ('ROLE', role), ('RSVP', rsvp)]
        if lang_tag:
            p.append(('LANGUAGE', lang_tag))
        return prop('ATTENDEE', mail, p)
    if style == 'zimbra':
        p = [('CN', name or email), ('ROLE', role), ('PARTSTAT', ps), ('RSVP', rsvp)]
        if not name:
            p = [('ROLE', role), ('PARTSTAT', ps), ('RSVP', rsvp)]
        return prop('ATTENDEE', mail, p)
    if style == 'sogo':
        p = [('PARTSTAT', ps), ('RSVP', rsvp), ('ROLE', role), ('CN', name or email)]
        return prop('ATTENDEE', mail, p)
    if style == 'zoom':
        return prop('ATTENDEE', mail, [('CN', name or email), ('RSVP', rsvp)])
    if style == 'yahoo':
        p = [('PARTSTAT', ps), ('CN', name or email), ('ROLE', role), ('RSVP', rsvp)]
        return prop('ATTENDEE', mail, p)
    if style == 'bare':
        return 'ATTENDEE:mailto:' + email
    if style == 'rsvp':
        return prop('ATTENDEE', mail, [('CN', name or email), ('RSVP', rsvp)])
    # generic / script
    return prop('ATTENDEE', mail, [('ROLE', role), ('PARTSTAT', ps), ('RSVP', rsvp), ('CN', name or email)])


def org_line(o, style, sent_by=None):
    name, email = o.get('name'), o['email']
    mail = 'mailto:' + email
    if style == 'outlookdesk':
        return 'ORGANIZER;CN=%s:%s' % (_cn(name, email, True), mail)
    if style == 'apple':
        return prop('ORGANIZER', mail, [('CN', name or email), ('EMAIL', email)])
    if style == 'thunderbird':
        return prop('ORGANIZER', mail, [('RSVP', 'TRUE'), ('CN', name or email), ('PARTSTAT', 'ACCEPTED'),
                                        ('ROLE', 'CHAIR'), ('CUTYPE', 'INDIVIDUAL')])
    if style == 'bare':
        return 'ORGANIZER:' + mail
    p = [('CN', name or email)] if name else []
    if sent_by:
        p.append(('SENT-BY', 'mailto:' + sent_by))
    return prop('ORGANIZER', mail, p)


# ------------------------------------------------------------------ date props

def dt_props(ev, mode, tzstyle='iana', name='DTSTART', value=None):
    """mode: 'utc' | 'tzid' | 'float' | 'utc+tzid' (broken)."""
    v = value if value is not None else ev['start']
    if ev.get('allday'):
        return prop(name, dd(v), [('VALUE', 'DATE')])
    tzn = ev.get('tz', 'UTC')
    if mode == 'utc' or tzn == 'UTC':
        return prop(name, dtu(TZ.local_to_utc(tzn, v)))
    if mode == 'float':
        return prop(name, dtl(v))
    tzid = TZ.windows_name(tzn) if tzstyle == 'windows' else tzn
    if mode == 'utc+tzid':
        return prop(name, dtu(TZ.local_to_utc(tzn, v)), [('TZID', tzid)])
    return prop(name, dtl(v), [('TZID', tzid)])


def end_value(ev):
    return ev['end']


# ------------------------------------------------------------------ alarms

def alarm_lines(al, style, rng, ev):
    trig, desc, action = al.get('trigger'), al.get('desc'), al.get('action', 'DISPLAY')
    if isinstance(trig, datetime):
        tline = prop('TRIGGER', dtu(trig), [('VALUE', 'DATE-TIME')])
    else:
        td = trig if trig is not None else timedelta(minutes=-15)
        if style == 'google':
            secs = int(-td.total_seconds())
            d, r = divmod(secs, 86400)
            tline = 'TRIGGER:-P%dDT%dH%dM%dS' % (d, r // 3600, (r % 3600) // 60, r % 60)
        elif style in ('outlook', 'zimbra', 'nextcloud'):
            tline = 'TRIGGER;RELATED=START:' + ics.dur(td)
        elif style == 'thunderbird':
            tline = 'TRIGGER;VALUE=DURATION:' + ics.dur(td)
        else:
            tline = 'TRIGGER:' + ics.dur(td)
    e = lambda s: esc(s)
    if style == 'google':
        return ['BEGIN:VALARM', 'ACTION:' + action, 'DESCRIPTION:' + e(desc or 'This is an event reminder'),
                tline, 'END:VALARM']
    if style == 'outlook':
        return ['BEGIN:VALARM', 'DESCRIPTION:' + e(desc or 'REMINDER'), tline, 'ACTION:' + action, 'END:VALARM']
    if style == 'apple':
        u = uuid(rng, upper=True)
        out = ['BEGIN:VALARM', 'X-WR-ALARMUID:' + u, 'UID:' + u, tline, 'DESCRIPTION:' + e(desc or 'Event reminder'),
               'ACTION:' + action]
        if al.get('default'):
            out.append('X-APPLE-DEFAULT-ALARM:TRUE')
        return out + ['END:VALARM']
    if style == 'thunderbird':
        return ['BEGIN:VALARM', 'ACTION:' + action, tline,
                'DESCRIPTION:' + e(desc or 'Default Mozilla Description'), 'END:VALARM']
    if style == 'zimbra':
        return ['BEGIN:VALARM', 'ACTION:' + action, tline, 'DESCRIPTION:' + e(desc or 'Reminder'), 'END:VALARM']
    if style == 'nextcloud':
        return ['BEGIN:VALARM', 'ACTION:' + action, 'DESCRIPTION:' + e(desc or 'This is an event reminder'),
                tline, 'END:VALARM']
    if style == 'raw':
        return ['BEGIN:VALARM', tline, 'ACTION:' + action, 'DESCRIPTION:' + (desc or 'Reminder').replace('\n', '\\n'),
                'END:VALARM']
    return ['BEGIN:VALARM', tline, 'ACTION:' + action, 'DESCRIPTION:' + e(desc or 'Reminder'), 'END:VALARM']


# ------------------------------------------------------------------ main writer

# property orders per client (names; 'ATTENDEE' expands to all attendees, 'X' extra props)
ORDER = {
    'google': ['DTSTART', 'DTEND', 'DUE', 'RRULE', 'EXDATE', 'DTSTAMP', 'ORGANIZER', 'UID', 'ATTENDEE', 'RECURRENCE-ID',
               'X-MICROSOFT-CDO-OWNERAPPTID', 'CREATED', 'DESCRIPTION', 'LAST-MODIFIED', 'LOCATION', 'SEQUENCE',
               'STATUS', 'SUMMARY', 'TRANSP', 'ATTACH', 'X-GOOGLE-CONFERENCE', 'URL', 'CONFERENCE', 'X'],
    'outlook': ['ORGANIZER', 'ATTENDEE', 'DESCRIPTION', 'RRULE', 'EXDATE', 'UID', 'RECURRENCE-ID', 'SUMMARY',
                'DTSTART', 'DTEND', 'DUE', 'CLASS', 'PRIORITY', 'DTSTAMP', 'TRANSP', 'STATUS', 'SEQUENCE',
                'LOCATION', 'URL', 'ATTACH', 'CONFERENCE', 'X-ALT-DESC', 'X'],
    'outlookdesk': ['CLASS', 'CREATED', 'DESCRIPTION', 'DTEND', 'DUE', 'DTSTAMP', 'DTSTART', 'LAST-MODIFIED',
                    'LOCATION', 'ORGANIZER', 'ATTENDEE', 'PRIORITY', 'RRULE', 'EXDATE', 'SEQUENCE', 'SUMMARY',
                    'TRANSP', 'UID', 'URL', 'ATTACH', 'CONFERENCE', 'X-ALT-DESC', 'X'],
    'apple': ['ATTACH', 'ATTENDEE', 'CREATED', 'DESCRIPTION', 'DTEND', 'DUE', 'DTSTAMP', 'DTSTART', 'EXDATE',
              'LAST-MODIFIED', 'LOCATION', 'ORGANIZER', 'RECURRENCE-ID', 'RRULE', 'SEQUENCE', 'STATUS', 'SUMMARY',
              'TRANSP', 'UID', 'URL', 'CONFERENCE', 'X'],
    'thunderbird': ['CREATED', 'LAST-MODIFIED', 'DTSTAMP', 'UID', 'SUMMARY', 'STATUS', 'ORGANIZER', 'ATTENDEE',
                    'RRULE', 'EXDATE', 'RECURRENCE-ID', 'DTSTART', 'DTEND', 'DUE', 'TRANSP', 'LOCATION',
                    'DESCRIPTION', 'URL', 'ATTACH', 'CONFERENCE', 'SEQUENCE', 'X'],
    'zoom': ['DTSTAMP', 'DTSTART', 'DTEND', 'DUE', 'RRULE', 'SUMMARY', 'UID', 'DESCRIPTION', 'LOCATION', 'ORGANIZER',
             'ATTENDEE', 'STATUS', 'SEQUENCE', 'URL', 'ATTACH', 'CONFERENCE', 'X'],
    'nextcloud': ['CREATED', 'DTSTAMP', 'LAST-MODIFIED', 'SEQUENCE', 'UID', 'DTSTART', 'DTEND', 'DUE', 'RRULE',
                  'EXDATE', 'STATUS', 'SUMMARY', 'LOCATION', 'DESCRIPTION', 'URL', 'ATTACH', 'CONFERENCE',
                  'ATTENDEE', 'ORGANIZER', 'X'],
    'zimbra': ['UID', 'RRULE', 'SUMMARY', 'LOCATION', 'DESCRIPTION', 'ATTENDEE', 'ORGANIZER', 'DTSTART', 'DTEND',
               'DUE', 'EXDATE', 'STATUS', 'CLASS', 'X-MICROSOFT-CDO-INTENDEDSTATUS', 'TRANSP', 'LAST-MODIFIED',
               'DTSTAMP', 'SEQUENCE', 'URL', 'ATTACH', 'CONFERENCE', 'X-ALT-DESC', 'X'],
    'yahoo': ['UID', 'DTSTAMP', 'CREATED', 'LAST-MODIFIED', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'DTSTART', 'DTEND',
              'DUE', 'RRULE', 'ORGANIZER', 'ATTENDEE', 'SEQUENCE', 'STATUS', 'TRANSP', 'URL', 'ATTACH', 'CONFERENCE',
              'X'],
    'sogo': ['UID', 'SUMMARY', 'LOCATION', 'CLASS', 'X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS', 'TRANSP', 'DESCRIPTION',
             'RRULE', 'DTSTART', 'DTEND', 'DUE', 'CREATED', 'DTSTAMP', 'LAST-MODIFIED', 'ORGANIZER', 'ATTENDEE',
             'SEQUENCE', 'STATUS', 'URL', 'ATTACH', 'CONFERENCE', 'X'],
    'booking': ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'DUE', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'GEO', 'URL',
                'ORGANIZER', 'ATTENDEE', 'STATUS', 'SEQUENCE', 'TRANSP', 'CATEGORIES', 'ATTACH', 'CONFERENCE',
                'X-ALT-DESC', 'X'],
    'script': ['UID', 'DTSTAMP', 'ORGANIZER', 'DTSTART', 'DTEND', 'DUE', 'RRULE', 'SUMMARY', 'DESCRIPTION', 'LOCATION',
               'URL', 'ATTENDEE', 'STATUS', 'SEQUENCE', 'PRIORITY', 'CLASS', 'TRANSP', 'ATTACH', 'CONFERENCE',
               'X-ALT-DESC', 'X'],
}

DEFAULTS = {
    # dtmode, tzstyle, att style, alarm style
    'google': ('google', 'iana', 'google', 'google'),
    'outlook': ('tzid', 'windows', 'outlook', 'outlook'),
    'outlookdesk': ('tzid', 'windows', 'outlookdesk', 'outlook'),
    'apple': ('tzid', 'iana', 'apple', 'apple'),
    'thunderbird': ('tzid', 'mozilla', 'thunderbird', 'thunderbird'),
    'zoom': ('tzid', 'plain', 'zoom', 'generic'),
    'nextcloud': ('tzid', 'iana', 'nextcloud', 'nextcloud'),
    'zimbra': ('tzid', 'zimbra', 'zimbra', 'zimbra'),
    'yahoo': ('utc', 'iana', 'yahoo', 'generic'),
    'sogo': ('tzid', 'iana', 'sogo', 'generic'),
    'booking': ('utc', 'iana', 'rsvp', 'generic'),
    'script': ('utc', 'plain', 'generic', 'raw'),
}


def event_lines(ev, style, rng, opts):
    """Return list of unfolded lines for one VEVENT/VTODO plus the set of TZIDs referenced."""
    dtmode, tzstyle, attstyle, alstyle = DEFAULTS[style]
    dtmode = opts.get('dtmode', dtmode)
    tzstyle = opts.get('tzstyle', tzstyle)
    attstyle = opts.get('attstyle', attstyle)
    alstyle = opts.get('alstyle', alstyle)
    method = opts.get('method') or 'REQUEST'
    escmode = opts.get('esc', 'std')
    lang_tag = opts.get('lang_tag')  # Outlook LANGUAGE= on text props
    comp = ev.get('comp', 'VEVENT')
    if dtmode == 'google':
        dtmode = 'tzid' if ev.get('rrule') else 'utc'
    P = {}

    def put(k, line):
        P.setdefault(k, []).append(line)

    def text(k, val, params=None):
        if val is None:
            return
        ps = list(params or [])
        if lang_tag and k in ('SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT'):
            ps.append(('LANGUAGE', lang_tag))
        put(k, prop(k, esc(val, escmode), ps))

    put('DTSTART', dt_props(ev, dtmode, tzstyle))
    if comp == 'VTODO':
        if ev.get('end') is not None:
            put('DUE', dt_props(ev, dtmode, tzstyle, 'DUE', ev['end']))
    elif ev.get('end') is not None and not ev.get('no_end'):
        put('DTEND', dt_props(ev, dtmode, tzstyle, 'DTEND', ev['end']))
    if ev.get('rrule'):
        put('RRULE', 'RRULE:' + ev['rrule'])
    for x in ev.get('exdate', []):
        put('EXDATE', dt_props(ev, dtmode, tzstyle, 'EXDATE', x))
    if ev.get('recurrence_id') is not None:
        put('RECURRENCE-ID', dt_props(ev, dtmode, tzstyle, 'RECURRENCE-ID', ev['recurrence_id']))
    if not opts.get('no_dtstamp'):
        put('DTSTAMP', 'DTSTAMP:' + dtu(ev['stamp']))
    if ev.get('created') and style not in ('zoom', 'zimbra', 'booking', 'script', 'outlook'):
        put('CREATED', 'CREATED:' + dtu(ev['created']))
    if ev.get('created') and style in ('script',) and opts.get('created'):
        put('CREATED', 'CREATED:' + dtu(ev['created']))
    if style not in ('zoom', 'booking', 'script', 'outlook') and ev.get('modified'):
        put('LAST-MODIFIED', 'LAST-MODIFIED:' + dtu(ev['modified']))
    if not opts.get('no_uid'):
        put('UID', 'UID:' + ev['uid'])
    if ev.get('organizer') and not opts.get('no_organizer'):
        put('ORGANIZER', org_line(ev['organizer'], attstyle if attstyle in ('outlookdesk', 'apple', 'thunderbird', 'bare') else 'plain',
                                  ev.get('sent_by')))
    for a in ev.get('attendees', []):
        put('ATTENDEE', att_line(a, attstyle, opts.get('att_lang'), method))
    text('SUMMARY', ev.get('summary'))
    text('DESCRIPTION', ev.get('desc'))
    if ev.get('location') is not None:
        text('LOCATION', ev.get('location'))
    if ev.get('comment'):
        text('COMMENT', ev['comment'])
    if ev.get('url'):
        put('URL', prop('URL', ev['url'], [('VALUE', 'URI')] if style == 'apple' else []))
    for at in ev.get('attach', []):
        ps = []
        if style == 'google':
            ps = [('FILENAME', at.get('filename')), ('FMTTYPE', at.get('fmttype'))]
        elif style == 'apple':
            ps = [('FILENAME', at.get('filename')), ('FMTTYPE', at.get('fmttype')), ('VALUE', 'URI')]
        else:
            ps = [('FMTTYPE', at.get('fmttype'))]
            if at.get('filename'):
                ps.append(('FILENAME', at['filename']))
        put('ATTACH', prop('ATTACH', at['uri'], ps))
    for cf in ev.get('conference', []):
        ps = [('VALUE', 'URI'), ('FEATURE', cf.get('feature', 'VIDEO')), ('LABEL', cf.get('label'))]
        put('CONFERENCE', prop('CONFERENCE', cf['uri'], ps))
    if ev.get('google_meet'):
        put('X-GOOGLE-CONFERENCE', 'X-GOOGLE-CONFERENCE:' + ev['google_meet'])
    if ev.get('status'):
        put('STATUS', 'STATUS:' + ev['status'])
    if 'seq' in ev and style not in ('booking',) or (style == 'booking' and ev.get('seq')):
        put('SEQUENCE', 'SEQUENCE:%d' % ev.get('seq', 0))
    if ev.get('transp'):
        put('TRANSP', 'TRANSP:' + ev['transp'])
    if ev.get('klass'):
        put('CLASS', 'CLASS:' + ev['klass'])
    if ev.get('priority') is not None:
        put('PRIORITY', 'PRIORITY:%d' % ev['priority'])
    if ev.get('categories'):
        put('CATEGORIES', 'CATEGORIES:' + ','.join(esc(x) for x in ev['categories']))
    if ev.get('geo'):
        put('GEO', 'GEO:%.6f;%.6f' % ev['geo'])
    if ev.get('html'):
        put('X-ALT-DESC', prop('X-ALT-DESC', esc(ev['html'], 'raw' if escmode == 'raw' else 'std'),
                               [('FMTTYPE', 'text/html')]))
    for (k, v, ps) in ev.get('x', []):
        put('X', prop(k, v, ps))

    order = ORDER[opts.get('order', style)]
    lines = ['BEGIN:' + comp]
    used = set()
    for k in order:
        if k in P:
            lines += P[k]
            used.add(k)
    for k in P:
        if k not in used:
            lines += P[k]
    for al in ev.get('alarms', []):
        lines += alarm_lines(al, alstyle, rng, ev)
    lines.append('END:' + comp)
    tzids = set()
    if not ev.get('allday') and dtmode in ('tzid', 'utc+tzid') and ev.get('tz', 'UTC') != 'UTC':
        tzids.add(ev['tz'])
    return lines, tzids, tzstyle


def calendar(events, style, rng, head, opts=None, tail=None):
    """head: list of VCALENDAR header lines after BEGIN:VCALENDAR (PRODID, VERSION, METHOD...).
    Returns list of unfolded lines."""
    opts = opts or {}
    body, tzset, tzstyle = [], [], None
    for ev in events:
        ls, tzids, tzstyle = event_lines(ev, style, rng, opts)
        body += ls
        for t in sorted(tzids):
            if t not in tzset:
                tzset.append(t)
    tzl = []
    if not opts.get('no_vtimezone'):
        for t in tzset:
            tzl += TZ.vtimezone(t, tzstyle if tzstyle != 'plain' else 'plain')
    out = ['BEGIN:VCALENDAR'] + head
    if opts.get('tz_after'):
        out += body + tzl
    else:
        out += tzl + body
    out += (tail or [])
    out.append('END:VCALENDAR')
    return out
