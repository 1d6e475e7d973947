"""iCalendar objects rendered in the property order and parameter style of real clients."""
from .core import TZ, esc, qparam, icsdt, icsutc, to_utc, vtimezone, serialize_ics, uid4, TD

MS = ('exchange', 'teams', 'outlook')


class Ev:
    def __init__(self, **kw):
        self.kind = 'VEVENT'
        self.uid = None
        self.summary = ''
        self.desc = ''
        self.location = ''
        self.url = None
        self.start = None
        self.end = None
        self.allday = False
        self.tz = 'UTC'
        self.utc = False
        self.floating = False
        self.rrule = None
        self.exdates = []
        self.organizer = None
        self.attendees = []
        self.status = 'CONFIRMED'
        self.transp = 'OPAQUE'
        self.cls = None
        self.seq = 0
        self.priority = None
        self.alarms = []          # list of (minutes_before, description)
        self.attach = []          # list of (uri, fmttype, filename)
        self.conference = []      # list of (uri, label)
        self.x_alt_desc = None
        self.categories = None
        self.xprops = []          # raw content lines (already escaped)
        self.created = None
        self.dtstamp = None
        self.recurrence_id = None
        self.comment = None
        self.due = None
        self.lang = None
        self.geo = None
        self.request_status = None
        self.percent = None
        self.sloppy_esc = False
        self.no_desc = False
        self.__dict__.update(kw)


class Cal:
    def __init__(self, **kw):
        self.method = 'REQUEST'
        self.mime_method = None   # None -> same as method; '' -> omit parameter
        self.prodid = None
        self.style = 'script'
        self.events = []
        self.fold = 'std'
        self.nl = '\r\n'
        self.head_extra = []
        self.include_vtz = True
        self.mailto = 'mailto:'
        self.variant = 0
        self.calname = None
        self.lang = 'en'
        self.rng = None
        self.__dict__.update(kw)

    @property
    def mparam(self):
        return self.method if self.mime_method is None else self.mime_method


ORDER = {
    'google': ['DTSTART', 'DTEND', 'DUE', 'RRULE', 'EXDATE', 'DTSTAMP', 'ORGANIZER', 'UID', 'ATTENDEE', 'RECURRENCE-ID',
               'X-GOOGLE-CONFERENCE', 'X-MICROSOFT-CDO-OWNERAPPTID', 'CREATED', 'DESCRIPTION', 'LAST-MODIFIED',
               'LOCATION', 'SEQUENCE', 'STATUS', 'SUMMARY', 'TRANSP', 'ATTACH', 'URL', 'CONFERENCE', 'X-*'],
    'exchange': ['ORGANIZER', 'ATTENDEE', 'DESCRIPTION', 'RRULE', 'EXDATE', 'RECURRENCE-ID', 'UID', 'SUMMARY',
                 'DTSTART', 'DTEND', 'DUE', 'CLASS', 'PRIORITY', 'DTSTAMP', 'TRANSP', 'STATUS', 'SEQUENCE', 'LOCATION',
                 'URL', 'ATTACH', 'COMMENT', 'X-*'],
    'thunderbird': ['CREATED', 'LAST-MODIFIED', 'DTSTAMP', 'UID', 'SUMMARY', 'ORGANIZER', 'ATTENDEE', 'RRULE',
                    'EXDATE', 'RECURRENCE-ID', 'DTSTART', 'DTEND', 'DUE', 'TRANSP', 'LOCATION', 'DESCRIPTION', 'URL',
                    'SEQUENCE', 'X-*', 'CATEGORIES', 'CLASS', 'STATUS', 'ATTACH', 'CONFERENCE'],
    'zoom': ['DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'UID', 'X-*', 'DESCRIPTION', 'LOCATION', 'ORGANIZER',
             'ATTENDEE', 'URL', 'RRULE'],
    'nextcloud': ['CREATED', 'DTSTAMP', 'LAST-MODIFIED', 'SEQUENCE', 'UID', 'DTSTART', 'DTEND', 'DUE', 'STATUS',
                  'SUMMARY', 'LOCATION', 'DESCRIPTION', 'URL', 'ORGANIZER', 'ATTENDEE', 'RRULE', 'ATTACH',
                  'CONFERENCE', 'X-*'],
    'zimbra': ['UID', 'RRULE', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'ATTENDEE', 'ORGANIZER', 'DTSTART', 'DTEND',
               'DUE', 'STATUS', 'CLASS', 'X-MICROSOFT-CDO-INTENDEDSTATUS', 'TRANSP', 'LAST-MODIFIED', 'DTSTAMP',
               'SEQUENCE', 'URL', 'ATTACH', 'X-*'],
    'yahoo': ['UID', 'DTSTAMP', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'DTSTART', 'DTEND', 'DUE', 'RRULE', 'ORGANIZER',
              'ATTENDEE', 'CLASS', 'TRANSP', 'SEQUENCE', 'STATUS', 'URL', 'X-*'],
    'sogo': ['UID', 'SUMMARY', 'LOCATION', 'CLASS', 'X-*', 'TRANSP', 'DTSTART', 'DTEND', 'DUE', 'DTSTAMP', 'CREATED',
             'LAST-MODIFIED', 'RRULE', 'ORGANIZER', 'ATTENDEE', 'DESCRIPTION', 'URL', 'SEQUENCE'],
    'booking': ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'DUE', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'GEO', 'URL',
                'ORGANIZER', 'ATTENDEE', 'STATUS', 'TRANSP', 'SEQUENCE', 'CATEGORIES', 'X-*'],
}
ORDER['teams'] = ORDER['exchange']
SCRIPT_ORDERS = [
    ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'DUE', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'ORGANIZER', 'ATTENDEE',
     'RRULE', 'STATUS', 'SEQUENCE', 'X-*'],
    ['DTSTART', 'DTEND', 'DUE', 'DTSTAMP', 'ORGANIZER', 'UID', 'ATTENDEE', 'CREATED', 'DESCRIPTION', 'LAST-MODIFIED',
     'LOCATION', 'SEQUENCE', 'STATUS', 'SUMMARY', 'TRANSP', 'RRULE', 'URL', 'X-*'],
    ['SUMMARY', 'DTSTART', 'DTEND', 'DUE', 'LOCATION', 'DESCRIPTION', 'URL', 'UID', 'ORGANIZER', 'ATTENDEE', 'RRULE',
     'PRIORITY', 'CLASS', 'X-*'],
]
ALPHA = ('outlook', 'apple', 'icloud')


def _tzid(ev, st):
    if st in MS:
        w = TZ[ev.tz][0]
        return '"%s"' % w if st == 'outlook' else w
    return ev.tz


def _dtline(name, d, ev, st):
    if ev.allday:
        return '%s;VALUE=DATE:%s' % (name, d.strftime('%Y%m%d'))
    if ev.floating:
        return '%s:%s' % (name, icsdt(d))
    if ev.utc or ev.tz == 'UTC':
        return '%s:%s' % (name, icsutc(to_utc(ev.tz, d)))
    return '%s;TZID=%s:%s' % (name, _tzid(ev, st), icsdt(d))


def _params(pairs):
    return ''.join(';%s=%s' % (k, v) for k, v in pairs if v is not None)


def person_line(prop, a, st, cal, is_org_attendee=False):
    n = a.get('name') or ''
    e = a['addr']
    role = a.get('role', 'REQ-PARTICIPANT')
    ps = a.get('partstat', 'NEEDS-ACTION')
    rsvp = a.get('rsvp', True)
    cut = a.get('cutype', 'INDIVIDUAL')
    rs = 'TRUE' if rsvp else None
    cn = qparam(n or e) if (n or st == 'google') else None
    mailto = cal.mailto
    if prop == 'ORGANIZER':
        sb = a.get('sent_by')
        if st == 'outlook':
            p = [('CN', qparam(n or e, True))]
        elif st in ('apple', 'icloud'):
            p = [('CN', cn), ('EMAIL', qparam(e, True) if a.get('email_q') else e)]
        elif st == 'script' and cal.variant == 1:
            p = []
        else:
            p = [('CN', cn)]
        if sb:
            p.append(('SENT-BY', '"mailto:%s"' % sb))
        return 'ORGANIZER' + _params(p) + ':' + mailto + e
    if st == 'google':
        p = [('CUTYPE', cut), ('ROLE', role), ('PARTSTAT', ps), ('RSVP', 'TRUE' if rsvp else 'FALSE'),
             ('CN', qparam(n or e)), ('X-NUM-GUESTS', '0')]
    elif st in ('exchange', 'teams'):
        p = [('ROLE', role), ('PARTSTAT', ps), ('RSVP', 'TRUE' if rsvp else 'FALSE'), ('CN', cn)]
    elif st == 'outlook':
        p = [('CN', qparam(n or e, True))]
        if role != 'REQ-PARTICIPANT':
            p.append(('ROLE', role))
        if ps != 'NEEDS-ACTION':
            p.append(('PARTSTAT', ps))
        p.append(('RSVP', rs))
    elif st in ('apple', 'icloud'):
        p = [('CN', cn), ('CUTYPE', cut), ('EMAIL', e), ('PARTSTAT', ps), ('ROLE', role if not is_org_attendee
                                                                               else 'CHAIR'), ('RSVP', rs)]
    elif st == 'thunderbird':
        p = [('RSVP', rs), ('CN', cn), ('PARTSTAT', ps), ('ROLE', role)]
    elif st == 'nextcloud':
        p = [('CN', cn), ('CUTYPE', cut), ('PARTSTAT', ps), ('ROLE', role), ('RSVP', rs),
             ('LANGUAGE', a.get('lang'))]
    elif st == 'zimbra':
        p = [('CN', cn), ('ROLE', role), ('PARTSTAT', ps), ('RSVP', rs)]
    elif st == 'sogo':
        p = [('PARTSTAT', ps), ('RSVP', rs), ('ROLE', role), ('CN', cn)]
    elif st == 'yahoo':
        p = [('CN', cn), ('PARTSTAT', ps), ('ROLE', role), ('RSVP', rs)]
    elif st in ('zoom', 'booking'):
        p = [('CN', cn), ('ROLE', role), ('RSVP', rs)]
    else:
        v = cal.variant
        if v == 1:
            p = []
        elif v == 2:
            p = [('ROLE', role), ('PARTSTAT', ps), ('RSVP', rs), ('CN', cn)]
        else:
            p = [('CN', cn), ('RSVP', rs)]
    return 'ATTENDEE' + _params(p) + ':' + mailto + e


def _trigger(mins, st):
    if st == 'google':
        d, rem = divmod(mins, 1440)
        h, m = divmod(rem, 60)
        return 'TRIGGER:-P%dDT%dH%dM0S' % (d, h, m)
    if mins % 1440 == 0 and mins:
        dur = '-P%dD' % (mins // 1440)
    elif mins % 60 == 0 and mins:
        dur = '-PT%dH' % (mins // 60)
    else:
        dur = '-PT%dM' % mins
    if st in ('exchange', 'teams', 'zimbra'):
        return 'TRIGGER;RELATED=START:' + dur
    if st == 'thunderbird':
        return 'TRIGGER;VALUE=DURATION:' + dur
    return 'TRIGGER:' + dur


def alarm_lines(al, st, rng):
    mins, desc = al
    if st == 'google':
        return ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:' + esc(desc or 'This is an event reminder'),
                _trigger(mins, st), 'END:VALARM']
    if st in ('exchange', 'teams'):
        return ['BEGIN:VALARM', 'DESCRIPTION:' + esc(desc or 'REMINDER'), _trigger(mins, st), 'ACTION:DISPLAY',
                'END:VALARM']
    if st in ('apple', 'icloud'):
        u = uid4(rng, True)
        return ['BEGIN:VALARM', 'X-WR-ALARMUID:' + u, 'UID:' + u, _trigger(mins, st),
                'DESCRIPTION:' + esc(desc or 'Reminder'), 'ACTION:DISPLAY', 'END:VALARM']
    if st == 'thunderbird':
        return ['BEGIN:VALARM', 'ACTION:DISPLAY', _trigger(mins, st),
                'DESCRIPTION:' + esc(desc or 'Default Mozilla Description'), 'END:VALARM']
    return ['BEGIN:VALARM', _trigger(mins, st), 'ACTION:DISPLAY', 'DESCRIPTION:' + esc(desc or 'Reminder'),
            'END:VALARM']


def event_lines(ev, cal):
    st = cal.style
    rng = cal.rng
    P = []   # (name, line)

    def add(n, line):
        P.append((n, line))
    lang_p = ''
    if st in ('exchange', 'teams') and ev.lang:
        lang_p = ';LANGUAGE=' + ev.lang
    elif st == 'outlook' and ev.lang:
        lang_p = ';LANGUAGE=' + ev.lang
    sl = ev.sloppy_esc
    add('UID', 'UID:' + ev.uid)
    if ev.summary is not None:
        add('SUMMARY', 'SUMMARY' + lang_p + ':' + esc(ev.summary, sl))
    if ev.desc and not ev.no_desc:
        add('DESCRIPTION', 'DESCRIPTION' + lang_p + ':' + esc(ev.desc, sl))
    elif st in ('exchange', 'teams') and not ev.no_desc:
        add('DESCRIPTION', 'DESCRIPTION' + lang_p + ':\\n')
    if ev.location:
        add('LOCATION', 'LOCATION' + lang_p + ':' + esc(ev.location, sl))
    elif st in ('exchange', 'teams'):
        add('LOCATION', 'LOCATION' + lang_p + ':')
    if ev.start is not None:
        add('DTSTART', _dtline('DTSTART', ev.start, ev, st))
    if ev.end is not None and ev.kind == 'VEVENT':
        add('DTEND', _dtline('DTEND', ev.end, ev, st))
    if ev.due is not None:
        add('DUE', _dtline('DUE', ev.due, ev, st))
    if ev.rrule:
        add('RRULE', 'RRULE:' + ev.rrule)
    for x in ev.exdates:
        add('EXDATE', _dtline('EXDATE', x, ev, st))
    if ev.recurrence_id is not None:
        add('RECURRENCE-ID', _dtline('RECURRENCE-ID', ev.recurrence_id, ev, st))
    stamp = ev.dtstamp
    add('DTSTAMP', 'DTSTAMP:' + icsutc(stamp))
    if ev.created is not None:
        add('CREATED', 'CREATED:' + icsutc(ev.created))
        add('LAST-MODIFIED', 'LAST-MODIFIED:' + icsutc(ev.last_modified if hasattr(ev, 'last_modified')
                                                         else stamp - TD(seconds=rng.randint(1, 90))))
    if ev.organizer:
        add('ORGANIZER', person_line('ORGANIZER', ev.organizer, st, cal))
    for a in ev.attendees:
        add('ATTENDEE', person_line('ATTENDEE', a, st, cal, a.get('is_org', False)))
    if ev.status:
        add('STATUS', 'STATUS:' + ev.status)
    if ev.transp and ev.kind == 'VEVENT':
        add('TRANSP', 'TRANSP:' + ev.transp)
    if ev.cls:
        add('CLASS', 'CLASS:' + ev.cls)
    if ev.priority is not None:
        add('PRIORITY', 'PRIORITY:%d' % ev.priority)
    if ev.seq is not None:
        add('SEQUENCE', 'SEQUENCE:%d' % ev.seq)
    if ev.url:
        add('URL', ('URL;VALUE=URI:' if st in ('apple', 'icloud') else 'URL:') + ev.url)
    for uri, fmt, fn in ev.attach:
        p = ''
        if fn and st == 'google':
            p += ';FILENAME=' + qparam(fn)
        if fmt:
            p += ';FMTTYPE=' + fmt
        if fn and st != 'google':
            p += ';X-FILENAME=' + qparam(fn)
        add('ATTACH', 'ATTACH' + p + ':' + uri)
    for uri, label in ev.conference:
        add('CONFERENCE', 'CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=%s:%s' % (qparam(label), uri))
    if ev.categories:
        add('CATEGORIES', 'CATEGORIES:' + ev.categories)
    if ev.geo:
        add('GEO', 'GEO:' + ev.geo)
    if ev.comment:
        add('COMMENT', 'COMMENT' + lang_p + ':' + esc(ev.comment))
    if ev.request_status:
        add('REQUEST-STATUS', 'REQUEST-STATUS:' + ev.request_status)
    if ev.percent is not None:
        add('PERCENT-COMPLETE', 'PERCENT-COMPLETE:%d' % ev.percent)
    if ev.x_alt_desc:
        add('X-ALT-DESC', 'X-ALT-DESC;FMTTYPE=text/html:' + esc(ev.x_alt_desc, sl))
    for x in ev.xprops:
        add(x.split(':')[0].split(';')[0], x)
    # order
    if st in ALPHA:
        P.sort(key=lambda p: p[0])
    else:
        order = ORDER.get(st) or SCRIPT_ORDERS[cal.variant % len(SCRIPT_ORDERS)]
        def key(p):
            n = p[0]
            if n in order:
                return order.index(n)
            if n.startswith('X-') and 'X-*' in order:
                return order.index('X-*')
            return len(order)
        P.sort(key=key)
    out = ['BEGIN:' + ev.kind] + [l for _, l in P]
    for al in ev.alarms:
        out += alarm_lines(al, st, rng)
    out.append('END:' + ev.kind)
    return out


HEAD = {
    'google': ['PRODID', 'VERSION', 'CALSCALE', 'METHOD'],
    'exchange': ['METHOD', 'PRODID', 'VERSION'],
    'teams': ['METHOD', 'PRODID', 'VERSION'],
    'outlook': ['PRODID', 'VERSION', 'METHOD', 'X-MS-OLK-FORCEINSPECTOROPEN:TRUE'],
    'apple': ['METHOD', 'VERSION', 'CALSCALE', 'PRODID'],
    'icloud': ['VERSION', 'METHOD', 'PRODID', 'CALSCALE'],
    'thunderbird': ['PRODID', 'VERSION', 'METHOD'],
    'zoom': ['PRODID', 'VERSION', 'CALSCALE', 'METHOD'],
    'nextcloud': ['PRODID', 'CALSCALE', 'VERSION', 'METHOD'],
    'zimbra': ['METHOD', 'PRODID', 'VERSION'],
    'yahoo': ['PRODID', 'VERSION', 'METHOD'],
    'sogo': ['VERSION', 'PRODID', 'METHOD'],
    'booking': ['PRODID', 'VERSION', 'CALSCALE', 'METHOD'],
}
SCRIPT_HEADS = [['VERSION', 'PRODID', 'METHOD'], ['PRODID', 'VERSION', 'CALSCALE', 'METHOD'],
                ['VERSION', 'PRODID', 'CALSCALE', 'METHOD']]


def render_ics(cal):
    st = cal.style
    head = HEAD.get(st) or SCRIPT_HEADS[cal.variant % len(SCRIPT_HEADS)]
    L = ['BEGIN:VCALENDAR']
    for h in head:
        if h == 'PRODID' and cal.prodid:
            L.append('PRODID:' + cal.prodid)
        elif h == 'VERSION':
            L.append('VERSION:2.0')
        elif h == 'CALSCALE':
            L.append('CALSCALE:GREGORIAN')
        elif h == 'METHOD':
            if cal.method:
                L.append('METHOD:' + cal.method)
        elif ':' in h:
            L.append(h)
    L += cal.head_extra
    if cal.include_vtz:
        seen = []
        for ev in cal.events:
            if not (ev.utc or ev.floating or ev.allday or ev.tz == 'UTC') and ev.tz not in seen:
                seen.append(ev.tz)
        vst = st
        if st == 'zimbra' and cal.variant == 1:
            vst = 'zimbra-old'
        for tz in seen:
            L += vtimezone(tz, vst)
    for ev in cal.events:
        L += event_lines(ev, cal)
    L.append('END:VCALENDAR')
    return serialize_ics(L, cal.fold, cal.nl)
