# -*- coding: utf-8 -*-
"""Build iCalendar objects in the style of a given calendar client."""
import datetime as dt
from . import core, ics, i18n
from .core import pick, chance, hexs, uuid4, digits

PRODID = {}


def year_ver(table, year):
    keys = sorted(table)
    v = table[keys[0]]
    for k in keys:
        if year >= k:
            v = table[k]
    return v


TB_VER = {2016: '45.8.0', 2017: '52.9.1', 2018: '60.9.1', 2019: '68.12.0', 2020: '78.14.0', 2021: '91.13.0',
          2022: '102.15.1', 2023: '115.5.2', 2024: '128.4.3', 2025: '140.2.0', 2026: '144.0.1'}
MAC_VER = {2016: '10.11.6', 2017: '10.12.6', 2018: '10.13.6', 2019: '10.14.6', 2020: '10.15.7', 2021: '11.6',
           2022: '12.6.1', 2023: '13.5.2', 2024: '14.4.1', 2025: '15.3', 2026: '26.1'}
IOS_VER = {2016: '9.3.5', 2017: '10.3.3', 2018: '11.4.1', 2019: '12.4', 2020: '13.6', 2021: '14.7.1', 2022: '15.6',
           2023: '16.6', 2024: '17.5.1', 2025: '18.4', 2026: '26.0.1'}
NC_VER = {2016: '1.4.1', 2017: '1.5.7', 2018: '1.6.4', 2019: '1.7.1', 2020: '2.0.4', 2021: '2.3.4', 2022: '3.5.2',
          2023: '4.4.5', 2024: '4.7.16', 2025: '5.2.4', 2026: '5.5.1'}
SOGO_VER = {2016: '3.1.4', 2017: '3.2.10', 2018: '4.0.2', 2019: '4.1.1', 2020: '4.3.2', 2021: '5.2.0',
            2022: '5.7.1', 2023: '5.8.4', 2024: '5.10.0', 2025: '5.12.1', 2026: '5.12.3'}
ZIMBRA_VER = {2016: '8.6.0_GA_1153', 2017: '8.7.11_GA_1854', 2018: '8.8.8_GA_2009', 2019: '8.8.12_GA_3794',
              2020: '8.8.15_GA_3953', 2021: '8.8.15_GA_4101', 2022: '9.0.0_GA_4258', 2023: '9.0.0_GA_4546',
              2024: '10.0.7_GA_4518', 2025: '10.1.4_GA_4200', 2026: '10.1.9_GA_4655'}


def pq(v):
    """quote a parameter value if needed"""
    if any(c in v for c in ',;:') or v != v.strip():
        return '"%s"' % v.replace('"', "'")
    return v


def _dt_props(spec, ev, style, name, local):
    tz = ev.get('tz', spec.get('tz'))
    if ev.get('allday'):
        return '%s;VALUE=DATE:%s' % (name, local.strftime('%Y%m%d'))
    if ev.get('floating') or tz is None:
        return '%s:%s' % (name, core.ical_local(local))
    if style == 'google' and not ev.get('rrule'):
        return '%s:%s' % (name, core.ical_utc(ics.to_utc(tz, local)))
    if style in ('utc',):
        return '%s:%s' % (name, core.ical_utc(ics.to_utc(tz, local)))
    if style == 'outlook':
        return '%s;TZID=%s:%s' % (name, ics.TZ[tz][0], core.ical_local(local))
    if style == 'zimbra':
        return '%s;TZID="%s":%s' % (name, tz, core.ical_local(local))
    return '%s;TZID=%s:%s' % (name, tz, core.ical_local(local))


def attendee_line(style, a, lang='en'):
    n, e = a.get('name') or '', a['email']
    ps = a.get('partstat', 'NEEDS-ACTION')
    role = a.get('role', 'REQ-PARTICIPANT')
    rsvp = 'TRUE' if a.get('rsvp', True) else 'FALSE'
    cu = a.get('cutype', 'INDIVIDUAL')
    if style == 'google':
        return 'ATTENDEE;CUTYPE=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s' % (
            cu, role, ps, rsvp, pq(n or e), e)
    if style == 'outlook':
        return 'ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s:mailto:%s' % (role, ps, rsvp, pq(n or e), e)
    if style == 'apple':
        return 'ATTENDEE;CN="%s";CUTYPE=%s;EMAIL="%s";PARTSTAT=%s;ROLE=%s;RSVP=%s:mailto:%s' % (
            (n or e).replace('"', ''), cu, e, ps, role, rsvp, e)
    if style == 'moz':
        s = 'ATTENDEE;RSVP=%s;CN=%s;PARTSTAT=%s;CUTYPE=%s;ROLE=%s' % (rsvp, pq(n or e), ps, cu, role)
        if lang != 'en':
            s += ';LANGUAGE=' + lang[:2]
        return s + ':mailto:' + e
    if style == 'nextcloud':
        return 'ATTENDEE;CN=%s;CUTYPE=%s;PARTSTAT=%s;ROLE=%s;RSVP=%s;LANGUAGE=%s:mailto:%s' % (
            pq(n or e), cu, ps, role, rsvp, lang[:2], e)
    if style == 'zimbra':
        return 'ATTENDEE;CN=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s:mailto:%s' % (pq(n or e), role, ps, rsvp, e)
    if style == 'yahoo':
        return 'ATTENDEE;CN="%s";PARTSTAT=%s;ROLE=%s;RSVP=%s:mailto:%s' % ((n or e).replace('"', ''), ps, role,
                                                                          rsvp, e)
    if style == 'sogo':
        return 'ATTENDEE;PARTSTAT=%s;ROLE=%s;CN=%s;RSVP=%s:mailto:%s' % (ps, role, pq(n or e), rsvp, e)
    if style == 'zoom':
        return 'ATTENDEE;CN=%s;RSVP=TRUE:mailto:%s' % (pq(n or e), e)
    if style == 'hand1':
        return 'ATTENDEE;RSVP=TRUE:MAILTO:%s' % e
    if style == 'hand2':
        return 'ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (n or e, e)   # unquoted CN, sloppy
    return 'ATTENDEE;CN=%s;PARTSTAT=%s;ROLE=%s;RSVP=%s:mailto:%s' % (pq(n or e), ps, role, rsvp, e)


def organizer_line(style, o):
    n, e = o.get('name') or '', o['email']
    if style == 'apple':
        return 'ORGANIZER;CN="%s";EMAIL="%s":mailto:%s' % (n.replace('"', ''), e, e)
    if style == 'yahoo':
        return 'ORGANIZER;CN="%s":mailto:%s' % (n.replace('"', ''), e)
    if style == 'hand1':
        return 'ORGANIZER:MAILTO:%s' % e
    if style == 'google' and o.get('sent_by'):
        return 'ORGANIZER;CN=%s;SENT-BY="mailto:%s":mailto:%s' % (pq(n or e), o['sent_by'], e)
    if not n:
        return 'ORGANIZER:mailto:' + e
    return 'ORGANIZER;CN=%s:mailto:%s' % (pq(n), e)


def make_uid(style, spec):
    if style == 'google':
        return core.alnum(26, 'abcdefghijklmnopqrstuv0123456789') + '@google.com'
    if style == 'outlook':
        return ('040000008200E00074C5B7101A82E00800000000' + hexs(16, True) + '000000000000000010000000' +
                hexs(32, True))
    if style == 'apple':
        return uuid4(True)
    if style in ('moz', 'zimbra'):
        return uuid4()
    if style == 'nextcloud':
        return uuid4() if chance(0.6) else uuid4(True)
    if style == 'zoom':
        return 'ZOOM' + digits(11) + 'ZOOM'
    if style == 'yahoo':
        return hexs(8) + '-' + hexs(4) + '-' + hexs(4) + '-' + hexs(4) + '-' + hexs(12) + '@yahoo.com'
    if style == 'sogo':
        return '%s-%s-%s-%s' % (hexs(3, True), hexs(8, True), pick('123456789'), hexs(8, True))
    return None


def alarm_lines(style, al):
    L = ['BEGIN:VALARM']
    trig = al.get('trigger', '-PT15M')
    act = al.get('action', 'DISPLAY')
    d = al.get('description', 'Reminder')
    if style == 'google':
        L += ['ACTION:' + act, 'DESCRIPTION:' + ics.esc(d), 'TRIGGER:' + trig]
    elif style == 'outlook':
        L += ['DESCRIPTION:' + ics.esc(d), 'TRIGGER;RELATED=START:' + trig, 'ACTION:' + act]
    elif style == 'apple':
        L += ['ACTION:' + act, 'DESCRIPTION:' + ics.esc(d), 'TRIGGER:' + trig, 'UID:' + uuid4(True),
              'X-WR-ALARMUID:' + uuid4(True)]
    elif style == 'moz':
        L += ['ACTION:' + act, 'TRIGGER;VALUE=DURATION:' + trig, 'DESCRIPTION:' + ics.esc(d)]
    else:
        L += ['TRIGGER:' + trig, 'ACTION:' + act, 'DESCRIPTION:' + ics.esc(d)]
    if act == 'EMAIL':
        L.insert(1, 'SUMMARY:' + ics.esc(al.get('summary', d)))
        for a in al.get('attendees', []):
            L.append('ATTENDEE:mailto:' + a)
    if al.get('repeat'):
        L += ['REPEAT:%d' % al['repeat'], 'DURATION:' + al.get('duration', 'PT5M')]
    L.append('END:VALARM')
    return L


ORDER = {
    'google': ['DTSTART', 'DTEND', 'RRULE', 'EXDATE', 'DTSTAMP', 'ORGANIZER', 'UID', 'ATTENDEE', 'X-GOOGLE-CONFERENCE',
               'X-MICROSOFT-CDO-OWNERAPPTID', 'RECURRENCE-ID', 'CREATED', 'DESCRIPTION', 'LAST-MODIFIED',
               'LOCATION', 'SEQUENCE', 'STATUS', 'SUMMARY', 'TRANSP', 'ATTACH', 'URL', 'CONFERENCE'],
    'outlook': ['ORGANIZER', 'ATTENDEE', 'DESCRIPTION', 'RRULE', 'EXDATE', 'UID', 'RECURRENCE-ID', 'SUMMARY',
                'DTSTART', 'DTEND', 'CLASS', 'PRIORITY', 'DTSTAMP', 'TRANSP', 'STATUS', 'SEQUENCE', 'LOCATION',
                'URL', 'ATTACH', 'X-MICROSOFT-CDO-APPT-SEQUENCE', 'X-MICROSOFT-CDO-OWNERAPPTID',
                'X-MICROSOFT-CDO-BUSYSTATUS', 'X-MICROSOFT-CDO-INTENDEDSTATUS', 'X-MICROSOFT-CDO-ALLDAYEVENT',
                'X-MICROSOFT-CDO-IMPORTANCE', 'X-MICROSOFT-CDO-INSTTYPE', 'X-MICROSOFT-SKYPETEAMSMEETINGURL',
                'X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL', 'X-MICROSOFT-SKYPETEAMSPROPERTIES',
                'X-MICROSOFT-ONLINEMEETINGEXTERNALLINK', 'X-MICROSOFT-ONLINEMEETINGCONFLINK',
                'X-MICROSOFT-DONOTFORWARDMEETING', 'X-MICROSOFT-DISALLOW-COUNTER',
                'X-MICROSOFT-REQUESTEDATTENDANCEMODE', 'X-MICROSOFT-ISRESPONSEREQUESTED', 'X-MICROSOFT-LOCATIONS',
                'X-MS-OLK-AUTOSTARTCHECK', 'X-MS-OLK-CONFTYPE', 'X-ALT-DESC'],
    'apple': ['ATTACH', 'ATTENDEE', 'CREATED', 'DESCRIPTION', 'DTEND', 'DTSTAMP', 'DTSTART', 'EXDATE',
              'LAST-MODIFIED', 'LOCATION', 'ORGANIZER', 'RECURRENCE-ID', 'RRULE', 'SEQUENCE', 'STATUS', 'SUMMARY',
              'TRANSP', 'UID', 'URL', 'X-APPLE-STRUCTURED-LOCATION', 'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR'],
    'moz': ['CREATED', 'LAST-MODIFIED', 'DTSTAMP', 'UID', 'SUMMARY', 'ORGANIZER', 'ATTENDEE', 'RRULE', 'EXDATE',
            'RECURRENCE-ID', 'DTSTART', 'DTEND', 'STATUS', 'TRANSP', 'LOCATION', 'DESCRIPTION', 'URL', 'ATTACH',
            'SEQUENCE', 'X-MOZ-SEND-INVITATIONS', 'X-MOZ-SEND-INVITATIONS-UNDISCLOSED', 'X-MOZ-GENERATION'],
}


def build(spec, style, method='REQUEST', prodid=None, extra_cal=None, tzstyle=None, include_method=True,
          sloppy=False, nl='\r\n', with_vtz=True, events=None, calscale=True, x_wr=None):
    """Return iCalendar text for spec using a client style."""
    lang = spec['lang']
    L = ['BEGIN:VCALENDAR']
    head = []
    if style == 'outlook':
        if include_method:
            head.append('METHOD:' + method)
        head += ['PRODID:' + prodid, 'VERSION:2.0']
    elif style == 'apple':
        head += ['METHOD:' + method] if include_method else []
        head += ['VERSION:2.0', 'PRODID:' + prodid]
        if calscale:
            head.insert(0, 'CALSCALE:GREGORIAN')
    elif style == 'zimbra':
        head += ['X-WR-CALNAME:' + (x_wr or 'Calendar'), 'PRODID:' + prodid, 'VERSION:2.0']
        if include_method:
            head.append('METHOD:' + method)
    else:
        head += ['PRODID:' + prodid, 'VERSION:2.0']
        if calscale:
            head.append('CALSCALE:GREGORIAN')
        if include_method:
            head.append('METHOD:' + method)
        if x_wr:
            head.append('X-WR-CALNAME:' + x_wr)
    if extra_cal:
        head += extra_cal
    L += head
    evs = events or [spec]
    # time zones used
    tzs = []
    for ev in evs:
        tz = ev.get('tz', spec.get('tz'))
        if tz and tz != 'UTC' and not ev.get('allday') and not ev.get('floating') and tz not in tzs:
            if not (style == 'google' and not ev.get('rrule')) and style != 'utc':
                tzs.append(tz)
    if with_vtz:
        vstyle = tzstyle or {'outlook': 'outlook', 'zimbra': 'zimbra', 'apple': 'apple', 'google': 'google',
                             'moz': 'moz'}.get(style, 'generic')
        for tz in tzs:
            L += ics.vtimezone(tz, vstyle)
    for ev in evs:
        L += event_lines(spec, ev, style, method)
    L.append('END:VCALENDAR')
    return ics.serialize(L, sloppy=sloppy, nl=nl)


def event_lines(spec, ev, style, method):
    g = lambda k, d=None: ev.get(k, spec.get(k, d))
    lang = spec['lang']
    comp = 'VTODO' if g('vtodo') else 'VEVENT'
    P = {}

    def add(k, line):
        P.setdefault(k, []).append(line)
    tstyle = style if style in ('google', 'outlook', 'zimbra') else ('utc' if g('utc_times') else 'olson')
    start, end = g('start'), g('end')
    if comp == 'VEVENT':
        add('DTSTART', _dt_props(spec, ev, tstyle, 'DTSTART', start))
        if end is not None and not g('no_dtend'):
            add('DTEND', _dt_props(spec, ev, tstyle, 'DTEND', end))
    else:
        add('DTSTART', _dt_props(spec, ev, tstyle, 'DTSTART', start))
        add('DUE', _dt_props(spec, ev, tstyle, 'DUE', end))
        add('STATUS', 'STATUS:NEEDS-ACTION')
        add('PERCENT-COMPLETE', 'PERCENT-COMPLETE:0')
        if g('priority'):
            add('PRIORITY', 'PRIORITY:%d' % g('priority'))
    if g('rrule'):
        add('RRULE', 'RRULE:' + g('rrule'))
    for x in g('exdate', []) or []:
        add('EXDATE', _dt_props(spec, ev, tstyle, 'EXDATE', x))
    if g('recurrence_id'):
        add('RECURRENCE-ID', _dt_props(spec, ev, tstyle, 'RECURRENCE-ID', g('recurrence_id')))
    stamp = spec['stamp']
    add('DTSTAMP', 'DTSTAMP:' + core.ical_utc(stamp))
    created = g('created', stamp - dt.timedelta(minutes=core.rng.randint(1, 600)))
    org = g('organizer')
    if org and not g('no_organizer'):
        add('ORGANIZER', organizer_line(style, org))
    uid = g('uid')
    add('UID', 'UID:' + uid)
    for a in g('attendees', []):
        add('ATTENDEE', attendee_line(style, a, lang))
    # content
    summ = g('summary')
    desc = g('description')
    loc = g('location')
    langp = ';LANGUAGE=' + i18n.LOCALE.get(lang, 'en-US') if style == 'outlook' else ''
    if summ is not None:
        add('SUMMARY', 'SUMMARY%s:%s' % (langp, ics.esc(summ)))
    if desc:
        add('DESCRIPTION', 'DESCRIPTION%s:%s' % (langp, ics.esc(desc)))
    if loc is not None and (loc or style in ('google', 'outlook')):
        add('LOCATION', 'LOCATION%s:%s' % (langp, ics.esc(loc)))
    if g('url'):
        add('URL', ('URL;VALUE=URI:' if style == 'apple' else 'URL:') + g('url'))
    for at in g('attach', []) or []:
        if isinstance(at, tuple):
            u, params = at
            add('ATTACH', 'ATTACH;%s:%s' % (params, u))
        else:
            add('ATTACH', 'ATTACH:' + at)
    if g('conference'):
        add('CONFERENCE', 'CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=%s:%s' % (pq(g('conference_label', 'Join')),
                                                                            g('conference')))
    if g('x_alt_desc'):
        add('X-ALT-DESC', 'X-ALT-DESC;FMTTYPE=text/html:' + ics.esc(g('x_alt_desc'), commas=False))
    seq = g('sequence', 0)
    status = g('status', 'CANCELLED' if method == 'CANCEL' else 'CONFIRMED')
    if comp == 'VEVENT':
        add('STATUS', 'STATUS:' + status)
    if g('categories'):
        add('CATEGORIES', 'CATEGORIES:' + g('categories'))
    # client specific
    if style == 'google':
        if g('conference_google'):
            add('X-GOOGLE-CONFERENCE', 'X-GOOGLE-CONFERENCE:' + g('conference_google'))
        if chance(0.7):
            add('X-MICROSOFT-CDO-OWNERAPPTID', 'X-MICROSOFT-CDO-OWNERAPPTID:-%d' % core.rng.randint(10 ** 8, 2 * 10 ** 9))
        add('CREATED', 'CREATED:' + core.ical_utc(created))
        add('LAST-MODIFIED', 'LAST-MODIFIED:' + core.ical_utc(stamp))
        add('SEQUENCE', 'SEQUENCE:%d' % seq)
        add('TRANSP', 'TRANSP:' + g('transp', 'OPAQUE'))
    elif style == 'outlook':
        add('CLASS', 'CLASS:' + g('class', 'PUBLIC'))
        add('PRIORITY', 'PRIORITY:%d' % g('priority', 5))
        add('TRANSP', 'TRANSP:' + g('transp', 'OPAQUE'))
        add('SEQUENCE', 'SEQUENCE:%d' % seq)
        add('X-MICROSOFT-CDO-APPT-SEQUENCE', 'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % seq)
        add('X-MICROSOFT-CDO-OWNERAPPTID', 'X-MICROSOFT-CDO-OWNERAPPTID:%d' % core.rng.randint(-2 * 10 ** 9, 2 * 10 ** 9))
        add('X-MICROSOFT-CDO-BUSYSTATUS', 'X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if method == 'CANCEL' else 'TENTATIVE'))
        add('X-MICROSOFT-CDO-INTENDEDSTATUS', 'X-MICROSOFT-CDO-INTENDEDSTATUS:' + g('intended', 'BUSY'))
        add('X-MICROSOFT-CDO-ALLDAYEVENT', 'X-MICROSOFT-CDO-ALLDAYEVENT:' + ('TRUE' if g('allday') else 'FALSE'))
        add('X-MICROSOFT-CDO-IMPORTANCE', 'X-MICROSOFT-CDO-IMPORTANCE:%d' % g('importance', 1))
        add('X-MICROSOFT-CDO-INSTTYPE', 'X-MICROSOFT-CDO-INSTTYPE:%d' % (1 if g('rrule') else 0))
        if g('teams'):
            add('X-MICROSOFT-SKYPETEAMSMEETINGURL', 'X-MICROSOFT-SKYPETEAMSMEETINGURL:' + g('teams'))
            add('X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL',
                'X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/'
                'schedulingservice/update')
            add('X-MICROSOFT-SKYPETEAMSPROPERTIES',
                'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"rid":0\\,"mid":0\\,"uid":null'
                '\\,"private":true\\,"type":0}' % core.mixed(48))
        add('X-MICROSOFT-DONOTFORWARDMEETING', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE')
        add('X-MICROSOFT-DISALLOW-COUNTER', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE')
        if spec['arrival'].year >= 2019:
            add('X-MICROSOFT-REQUESTEDATTENDANCEMODE', 'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT')
            add('X-MICROSOFT-ISRESPONSEREQUESTED', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE')
            if loc:
                add('X-MICROSOFT-LOCATIONS',
                    'X-MICROSOFT-LOCATIONS:[{"DisplayName":"%s"\\,"LocationAnnotation":""\\,"LocationSource":0\\,'
                    '"Unresolved":false\\,"LocationUri":""}]' % loc.replace('"', '').replace(',', '\\,'))
        if spec.get('olk'):
            add('X-MS-OLK-AUTOSTARTCHECK', 'X-MS-OLK-AUTOSTARTCHECK:FALSE')
            add('X-MS-OLK-CONFTYPE', 'X-MS-OLK-CONFTYPE:0')
    elif style == 'apple':
        add('CREATED', 'CREATED:' + core.ical_utc(created))
        add('LAST-MODIFIED', 'LAST-MODIFIED:' + core.ical_utc(stamp))
        add('SEQUENCE', 'SEQUENCE:%d' % seq)
        add('TRANSP', 'TRANSP:' + g('transp', 'OPAQUE'))
        if loc and chance(0.5):
            add('X-APPLE-STRUCTURED-LOCATION',
                'X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70;X-TITLE=%s:geo:%.6f,%.6f'
                % (pq(loc), core.rng.uniform(-40, 60), core.rng.uniform(-120, 140)))
        add('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR', 'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC')
    elif style == 'moz':
        add('CREATED', 'CREATED:' + core.ical_utc(created))
        add('LAST-MODIFIED', 'LAST-MODIFIED:' + core.ical_utc(stamp))
        add('SEQUENCE', 'SEQUENCE:%d' % seq)
        add('TRANSP', 'TRANSP:' + g('transp', 'OPAQUE'))
        add('X-MOZ-SEND-INVITATIONS', 'X-MOZ-SEND-INVITATIONS:TRUE')
        add('X-MOZ-SEND-INVITATIONS-UNDISCLOSED', 'X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE')
        if seq:
            add('X-MOZ-GENERATION', 'X-MOZ-GENERATION:%d' % (seq + 1))
    elif style == 'zimbra':
        add('SEQUENCE', 'SEQUENCE:%d' % seq)
        add('TRANSP', 'TRANSP:' + g('transp', 'OPAQUE'))
        add('X-MICROSOFT-CDO-ALLDAYEVENT', 'X-MICROSOFT-CDO-ALLDAYEVENT:' + ('TRUE' if g('allday') else 'FALSE'))
        add('X-MICROSOFT-CDO-INTENDEDSTATUS', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY')
        add('X-MICROSOFT-DISALLOW-COUNTER', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE')
        if not g('x_alt_desc') and g('html_desc'):
            add('X-ALT-DESC', 'X-ALT-DESC;FMTTYPE=text/html:' + ics.esc(g('html_desc'), commas=False))
    elif style in ('nextcloud', 'sogo'):
        add('CREATED', 'CREATED:' + core.ical_utc(created))
        add('LAST-MODIFIED', 'LAST-MODIFIED:' + core.ical_utc(stamp))
        add('SEQUENCE', 'SEQUENCE:%d' % seq)
        if style == 'sogo':
            add('CLASS', 'CLASS:PUBLIC')
            add('TRANSP', 'TRANSP:OPAQUE')
            add('X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS', 'X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:NO')
    elif style in ('zoom', 'yahoo', 'booking', 'generic'):
        if seq or chance(0.5):
            add('SEQUENCE', 'SEQUENCE:%d' % seq)
        if style == 'yahoo':
            add('CLASS', 'CLASS:PUBLIC')
            add('TRANSP', 'TRANSP:OPAQUE')
    for k, v in (g('extra_props', []) or []):
        add(k, v)
    order = ORDER.get(style)
    if g('shuffle_props'):
        keys = list(P)
        core.rng.shuffle(keys)
    elif order:
        keys = [k for k in order if k in P] + [k for k in P if k not in order]
    else:
        keys = list(P)
    L = ['BEGIN:' + comp]
    for k in keys:
        L += P[k]
    for al in g('alarms', []) or []:
        L += alarm_lines(style, al)
    L.append('END:' + comp)
    return L
