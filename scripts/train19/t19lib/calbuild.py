# -*- coding: utf-8 -*-
"""Client-specific iCalendar layouts."""
import datetime as dt
import json

from . import ical
from .core import R, hexs, uuid4, digits, alnum, chance, pick
from .ical import esc, prop, dtl, dtz, dd
from . import langs

PRODID = {
    'google': '-//Google Inc//Google Calendar 70.9054//EN',
    'exchange': 'Microsoft Exchange Server 2010',
    'outlook16': '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
    'icloud': '-//CALENDARSERVER.ORG//NONSGML Version 1//EN',
    'moz': '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN',
    'zimbra': 'Zimbra-Calendar-Provider',
    'yahoo': '-//Yahoo! Inc.//NONSGML Yahoo Calendar//EN',
    'zoom': '-//zoom.us//iCalendar Event//EN',
}


def apple_prodid(d):
    if d.year < 2017:
        return '-//Apple Inc.//Mac OS X 10.11.6//EN'
    if d.year < 2019:
        return '-//Apple Inc.//Mac OS X 10.13.%d//EN' % R.randint(1, 6)
    if d.year < 2021:
        return '-//Apple Inc.//Mac OS X 10.15.%d//EN' % R.randint(1, 7)
    if d.year < 2023:
        return '-//Apple Inc.//macOS 12.%d//EN' % R.randint(1, 6)
    if d.year < 2025:
        return '-//Apple Inc.//macOS 14.%d//EN' % R.randint(1, 5)
    return '-//Apple Inc.//macOS 15.%d//EN' % R.randint(1, 5)


def ios_prodid(d):
    return '-//Apple Inc.//iPhone OS %d.%d//EN' % (max(10, min(19, d.year - 2006)), R.randint(0, 5))


def nextcloud_prodid(d):
    return pick(['-//IDN nextcloud.com//Calendar app %d.%d.%d//EN' % (max(1, d.year - 2019), R.randint(0, 7), R.randint(0, 5)),
                 '-//Sabre//Sabre VObject 4.%d.%d//EN' % (R.randint(1, 5), R.randint(0, 9))])


def sogo_prodid(d):
    v = '4.3.2' if d.year < 2021 else '5.%d.%d' % (R.randint(1, 11), R.randint(0, 3))
    return '-//Inverse inc./SOGo %s//EN' % v


def ms_uid():
    return ('040000008200E00074C5B7101A82E00800000000' + hexs(16, True) + '000000000000000010000000' +
            hexs(32, True))


def google_uid():
    return alnum(26, 'abcdefghijklmnopqrstuvwxyz0123456789') + '@google.com'


def apple_uid():
    return uuid4().upper()


def ev_times(ev, spec):
    tz = ev.tz or spec.tz
    return tz, ev.start, ev.end


def attendees(spec, ev):
    """list of (Person, role, partstat, rsvp)"""
    if ev.attendees is not None:
        return ev.attendees
    org = ev.organizer or spec.org
    out = []
    for p in [spec.rcpt] + list(spec.others or []):
        out.append((p, 'REQ-PARTICIPANT', 'NEEDS-ACTION', True))
    return out


def _cn(p, quote=False):
    n = p.name or p.addr
    return n


def att_line(style, p, role, partstat, rsvp, lang=None):
    cn = _cn(p)
    if style == 'google':
        ps = [('CUTYPE', 'INDIVIDUAL'), ('ROLE', role), ('PARTSTAT', partstat)]
        if rsvp:
            ps.append(('RSVP', 'TRUE'))
        ps += [('CN', p.addr if p.google_cn_addr else cn), ('X-NUM-GUESTS', '0')]
    elif style == 'ms':
        ps = [('ROLE', role), ('PARTSTAT', partstat), ('RSVP', 'TRUE' if rsvp else 'FALSE'), ('CN', cn)]
    elif style == 'outlook16':
        ps = [('CN', '"%s"' % cn)]
        if rsvp:
            ps.append(('RSVP', 'TRUE'))
    elif style == 'apple':
        ps = [('CN', cn), ('CUTYPE', 'INDIVIDUAL'), ('EMAIL', p.addr), ('PARTSTAT', partstat), ('ROLE', role)]
        if rsvp:
            ps.append(('RSVP', 'TRUE'))
    elif style == 'moz':
        ps = [('RSVP', 'TRUE' if rsvp else 'FALSE'), ('CN', cn), ('PARTSTAT', partstat), ('ROLE', role)]
    elif style == 'sabre':
        ps = [('CN', cn), ('CUTYPE', 'INDIVIDUAL'), ('PARTSTAT', partstat), ('ROLE', role)]
        if rsvp:
            ps.append(('RSVP', 'TRUE'))
        if lang:
            ps.append(('LANGUAGE', lang))
    elif style == 'sogo':
        ps = [('PARTSTAT', partstat), ('RSVP', 'TRUE' if rsvp else 'FALSE'), ('ROLE', role), ('CN', '"%s"' % cn)]
    elif style == 'zimbra' or style == 'yahoo':
        ps = [('CN', cn), ('ROLE', role), ('PARTSTAT', partstat)]
        if rsvp:
            ps.append(('RSVP', 'TRUE'))
    else:  # custom
        ps = [('ROLE', role), ('PARTSTAT', partstat), ('RSVP', 'TRUE' if rsvp else 'FALSE')]
        if p.name:
            ps.append(('CN', cn))
    txt = 'ATTENDEE'
    for k, v in ps:
        if v.startswith('"'):
            txt += ';%s=%s' % (k, v)
        else:
            txt += ';' + ical.param(k, v)
    return txt + ':mailto:' + p.addr


def org_line(style, p, sent_by=None):
    cn = _cn(p)
    if style == 'outlook16' or style == 'sogo':
        s = 'ORGANIZER;CN="%s"' % cn
    elif style == 'apple':
        s = 'ORGANIZER;' + ical.param('CN', cn) + ';' + ical.param('EMAIL', p.addr)
    elif style == 'moz':
        s = 'ORGANIZER;RSVP=TRUE;' + ical.param('CN', cn) + ';PARTSTAT=ACCEPTED;ROLE=CHAIR'
    else:
        s = 'ORGANIZER;' + ical.param('CN', cn) if p.name else 'ORGANIZER'
    if sent_by:
        s += ';SENT-BY="mailto:%s"' % sent_by
    return s + ':mailto:' + p.addr


def _desc_lines(ev, lang, style):
    L = []
    if ev.desc is not None and ev.desc != '':
        if style in ('ms',):
            L.append('DESCRIPTION;LANGUAGE=%s:%s' % (langs.LANG_TAG.get(lang, 'en-US'), esc(ev.desc)))
        else:
            L.append('DESCRIPTION:' + esc(ev.desc))
    return L


def _dt_props(ev, spec, style, utc=False, quote_tz=False):
    tz = ev.tz or spec.tz
    L = []
    kind = ev.kind or 'VEVENT'
    endname = 'DUE' if kind == 'VTODO' else 'DTEND'
    if ev.allday:
        L.append('DTSTART;VALUE=DATE:' + dd(ev.start))
        if ev.end:
            L.append('%s;VALUE=DATE:' % endname + dd(ev.end))
        return L
    if ev.floating:
        L.append('DTSTART:' + dtl(ev.start))
        if ev.end:
            L.append('%s:' % endname + dtl(ev.end))
        return L
    if utc:
        L.append('DTSTART:' + dtz(ical.to_utc(tz, ev.start)))
        if ev.end:
            L.append('%s:' % endname + dtz(ical.to_utc(tz, ev.end)))
        return L
    name = ical.TZ[tz][0] if style == 'ms' else tz
    q = '"%s"' % name if quote_tz or (style == 'ms' and chance(0.0)) else name
    L.append('DTSTART;TZID=%s:%s' % (q, dtl(ev.start)))
    if ev.end:
        L.append('%s;TZID=%s:%s' % (endname, q, dtl(ev.end)))
    return L


def _alarms(ev, style):
    L = []
    for a in ev.alarms or []:
        trig = a.get('trigger', '-PT15M')
        act = a.get('action', 'DISPLAY')
        d = a.get('desc', 'Reminder')
        tl = 'TRIGGER:' + trig if ':' not in trig else 'TRIGGER;' + trig
        if style == 'ms':
            L += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', tl.replace('TRIGGER:', 'TRIGGER;RELATED=START:'),
                  'ACTION:' + act, 'END:VALARM']
        elif style == 'apple':
            u = uuid4().upper()
            L += ['BEGIN:VALARM', 'X-WR-ALARMUID:' + u, 'UID:' + u, tl, 'ACTION:' + act,
                  'DESCRIPTION:' + esc(d), 'END:VALARM']
        elif style == 'moz':
            L += ['BEGIN:VALARM', 'ACTION:' + act, tl.replace('TRIGGER:', 'TRIGGER;VALUE=DURATION:'),
                  'DESCRIPTION:' + esc(d), 'END:VALARM']
        else:
            L += ['BEGIN:VALARM', 'ACTION:' + act, tl, 'DESCRIPTION:' + esc(d)]
            if act == 'EMAIL':
                L += ['SUMMARY:' + esc(a.get('summary', d)), 'ATTENDEE:mailto:' + a.get('to', 'x@example.net')]
            if a.get('repeat'):
                L += ['REPEAT:%d' % a['repeat'], 'DURATION:' + a.get('duration', 'PT5M')]
            L.append('END:VALARM')
    return L


def _common_tail(ev, style=None):
    L = []
    if ev.xalt and style not in ('outlook16', 'zimbra', 'custom'):
        L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(ev.xalt))
    for uri, fmt in ev.attach or []:
        if fmt:
            L.append('ATTACH;FMTTYPE=%s:%s' % (fmt, uri))
        else:
            L.append('ATTACH:' + uri)
    for uri, label in ev.conf or []:
        L.append('CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=%s:%s' % (ical.param('X', label)[2:], uri))
    if ev.categories:
        L.append('CATEGORIES:' + ','.join(esc(c) for c in ev.categories))
    L += list(ev.extra or [])
    return L


def calendar(spec, style, method='__spec__'):
    """Return (text, tz_used) for the calendar of a spec in a client style."""
    m = spec.method if method == '__spec__' else method
    lang = spec.lang
    stamp = spec.arrival - dt.timedelta(seconds=R.randint(2, 90))
    created = stamp - dt.timedelta(minutes=R.randint(1, 600))
    evs = spec.events
    tzs = []
    for ev in evs:
        tz = ev.tz or spec.tz
        if not ev.allday and not ev.floating and tz not in tzs:
            tzs.append(tz)
    prof = spec.profile or {}
    L = ['BEGIN:VCALENDAR']
    recurring = any(ev.rrule for ev in evs)
    if style == 'google':
        utc = not recurring
        L += ['PRODID:' + PRODID['google'], 'VERSION:2.0', 'CALSCALE:GREGORIAN']
        if m:
            L.append('METHOD:' + m)
        if not utc:
            for tz in tzs:
                L += ical.vtimezone(tz, 'google')
    elif style == 'ms':
        utc = False
        if m:
            L.append('METHOD:' + m)
        L += ['PRODID:' + PRODID['exchange'], 'VERSION:2.0']
        for tz in tzs:
            L += ical.vtimezone(tz, 'ms')
    elif style == 'outlook16':
        utc = False
        L += ['PRODID:' + PRODID['outlook16'], 'VERSION:2.0']
        if m:
            L.append('METHOD:' + m)
        L.append('X-MS-OLK-FORCEINSPECTOROPEN:TRUE')
        for tz in tzs:
            L += ical.vtimezone(tz, 'ms')
    elif style == 'apple':
        utc = False
        pid = PRODID['icloud'] if spec.client == 'icloud' else (
            ios_prodid(spec.arrival) if spec.variant == 'ios' else apple_prodid(spec.arrival))
        L += ['VERSION:2.0', 'PRODID:' + pid]
        if m:
            L.append('METHOD:' + m)
        L.append('CALSCALE:GREGORIAN')
        for tz in tzs:
            L += ical.vtimezone(tz, 'apple')
    elif style == 'moz':
        utc = False
        L += ['PRODID:' + PRODID['moz'], 'VERSION:2.0']
        if m:
            L.append('METHOD:' + m)
        for tz in tzs:
            L += ical.vtimezone(tz, 'moz' if spec.arrival.year >= 2021 else 'olson')
    elif style == 'zimbra':
        utc = False
        L += ['PRODID:' + PRODID['zimbra'], 'VERSION:2.0']
        if m:
            L.append('METHOD:' + m)
        for tz in tzs:
            L += ical.vtimezone(tz, 'zimbra')
    elif style == 'sabre':
        utc = False
        L += ['VERSION:2.0', 'PRODID:' + nextcloud_prodid(spec.arrival), 'CALSCALE:GREGORIAN']
        if m:
            L.append('METHOD:' + m)
        for tz in tzs:
            L += ical.vtimezone(tz, 'olson')
    elif style == 'sogo':
        utc = False
        L += ['VERSION:2.0', 'PRODID:' + sogo_prodid(spec.arrival)]
        if m:
            L.append('METHOD:' + m)
        for tz in tzs:
            L += ical.vtimezone(tz, 'olson')
    elif style == 'yahoo':
        utc = True
        L += ['VERSION:2.0', 'PRODID:' + PRODID['yahoo']]
        if m:
            L.append('METHOD:' + m)
    elif style == 'zoom':
        utc = False
        L += ['PRODID:' + PRODID['zoom'], 'VERSION:2.0', 'CALSCALE:GREGORIAN']
        if m:
            L.append('METHOD:' + m)
        L.append('CLASS:PUBLIC')
        for tz in tzs:
            L += ical.vtimezone(tz, 'olson')
    else:  # custom
        utc = prof.get('utc', True)
        head = []
        if prof.get('version_first', True):
            head.append('VERSION:2.0')
        if prof.get('prodid') is not None:
            head.append('PRODID:' + prof['prodid'])
        if not prof.get('version_first', True):
            head.append('VERSION:2.0')
        if prof.get('calscale'):
            head.append('CALSCALE:GREGORIAN')
        if m:
            head.append('METHOD:' + m)
        head += prof.get('xwr', [])
        L += head
        if not utc and prof.get('vtimezone', True):
            for tz in tzs:
                L += ical.vtimezone(tz, prof.get('tzstyle', 'olson'))
    for ev in evs:
        L += _event(spec, ev, style, utc, stamp, created, m, lang)
    L.append('END:VCALENDAR')
    return L


def _event(spec, ev, style, utc, stamp, created, m, lang):
    kind = ev.kind or 'VEVENT'
    org = ev.organizer or spec.org
    atts = attendees(spec, ev)
    prof = spec.profile or {}
    L = ['BEGIN:' + kind]
    seq = ev.seq or 0
    status = ev.status or ('CANCELLED' if m == 'CANCEL' else 'CONFIRMED')
    summ = ev.summary or ''
    uid = ev.uid
    if style == 'google':
        uid = uid or google_uid()
        L += _dt_props(ev, spec, style, utc)
        if ev.rrule:
            L.append('RRULE:' + ev.rrule)
        L.append('DTSTAMP:' + dtz(stamp))
        if org:
            L.append(org_line('google', org))
        L.append('UID:' + uid)
        if ev.recurid:
            L.append(ev.recurid)
        if m != 'REPLY':
            p0 = org
            L.append(att_line('google', p0, 'REQ-PARTICIPANT', 'ACCEPTED', True))
        for p, role, ps, rs in atts:
            L.append(att_line('google', p, role, ps, rs))
        if ev.gmeet:
            L.append('X-GOOGLE-CONFERENCE:' + ev.gmeet)
        L.append('X-MICROSOFT-CDO-OWNERAPPTID:-' + digits(10).lstrip('0'))
        L.append('CREATED:' + dtz(created))
        L += _desc_lines(ev, lang, style)
        L.append('LAST-MODIFIED:' + dtz(stamp))
        L.append('LOCATION:' + esc(ev.loc or ''))
        L.append('SEQUENCE:%d' % seq)
        L.append('STATUS:' + status)
        L.append('SUMMARY:' + esc(summ))
        L.append('TRANSP:OPAQUE')
        if ev.url:
            L.append('URL:' + ev.url)
        L += _common_tail(ev, style)
        L += _alarms(ev, style)
    elif style == 'ms':
        uid = uid or ms_uid()
        if org:
            L.append(org_line('ms', org))
        for p, role, ps, rs in atts:
            L.append(att_line('ms', p, role, ps, rs))
        L += _desc_lines(ev, lang, style)
        if ev.rrule:
            L.append('RRULE:' + ev.rrule)
        L.append('UID:' + uid)
        if ev.recurid:
            L.append(ev.recurid)
        L.append('SUMMARY;LANGUAGE=%s:%s' % (langs.LANG_TAG.get(lang, 'en-US'), esc(summ)))
        L += _dt_props(ev, spec, style, False)
        L += ['CLASS:PUBLIC', 'PRIORITY:%d' % (ev.priority or 5), 'DTSTAMP:' + dtz(stamp), 'TRANSP:OPAQUE',
              'STATUS:' + status, 'SEQUENCE:%d' % seq]
        if ev.loc is not None:
            L.append('LOCATION;LANGUAGE=%s:%s' % (langs.LANG_TAG.get(lang, 'en-US'), esc(ev.loc)))
        L += ['X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % seq, 'X-MICROSOFT-CDO-OWNERAPPTID:%d' % R.randint(-2147483647, 2147483647),
              'X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if m == 'CANCEL' else 'TENTATIVE'),
              'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
              'X-MICROSOFT-CDO-ALLDAYEVENT:' + ('TRUE' if ev.allday else 'FALSE'),
              'X-MICROSOFT-CDO-IMPORTANCE:%d' % (0 if (ev.priority or 5) > 5 else (2 if (ev.priority or 5) < 5 else 1)),
              'X-MICROSOFT-CDO-INSTTYPE:%d' % (1 if ev.rrule else 0)]
        if ev.teams:
            t = ev.teams
            L += ['X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:', 'X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s' % (org.addr, t['mid'], hexs(32), t['tid']),
                  'X-MICROSOFT-SKYPETEAMSMEETINGURL:' + t['url'],
                  'X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/%s/%s/19_meeting_%s@thread.v2/0' % (t['tid'], hexs(32), t['mid']),
                  'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % t['mid'],
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
        L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE']
        if ev.loc:
            L.append('X-MICROSOFT-LOCATIONS:' + esc(json.dumps([{"DisplayName": ev.loc, "LocationAnnotation": "",
                     "LocationSource": 0, "Unresolved": False, "LocationUri": ""}], ensure_ascii=False, separators=(',', ':'))))
        if ev.url:
            L.append('URL:' + ev.url)
        L += _common_tail(ev, style)
        if m == 'REQUEST':
            L += _alarms(ev, style) or ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M',
                                        'ACTION:DISPLAY', 'END:VALARM']
    elif style == 'outlook16':
        uid = uid or ms_uid()
        for p, role, ps, rs in atts:
            L.append(att_line('outlook16', p, role, ps, rs))
        L += ['CLASS:PUBLIC', 'CREATED:' + dtz(created)]
        L += _desc_lines(ev, lang, style)
        dts = _dt_props(ev, spec, 'ms', False, quote_tz=True)
        L.append(dts[1] if len(dts) > 1 else dts[0])
        L.append('DTSTAMP:' + dtz(stamp))
        L.append(dts[0])
        L.append('LAST-MODIFIED:' + dtz(stamp))
        if ev.loc is not None:
            L.append('LOCATION:' + esc(ev.loc))
        if org:
            L.append(org_line('outlook16', org))
        L.append('PRIORITY:%d' % (ev.priority or 5))
        if ev.rrule:
            L.append('RRULE:' + ev.rrule)
        L.append('SEQUENCE:%d' % seq)
        L.append('SUMMARY;LANGUAGE=%s:%s' % (langs.LANG_TAG.get(lang, 'en-US').split('-')[0], esc(summ)))
        L.append('TRANSP:OPAQUE')
        L.append('UID:' + uid)
        if ev.url:
            L.append('URL:' + ev.url)
        if ev.xalt:
            L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(ev.xalt))
        L += ['X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'X-MS-OLK-AUTOFILLLOCATION:FALSE', 'X-MS-OLK-CONFTYPE:0']
        L += _common_tail(ev, style)
        L += _alarms(ev, 'ms') or ['BEGIN:VALARM', 'TRIGGER:-PT15M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM']
    elif style == 'apple':
        uid = uid or apple_uid()
        L.append('TRANSP:OPAQUE')
        dts = _dt_props(ev, spec, style, False)
        if len(dts) > 1:
            L.append(dts[1])
        if org:
            L.append(org_line('apple', org))
        L.append('UID:' + uid)
        L.append('DTSTAMP:' + dtz(stamp))
        if ev.loc is not None:
            L.append('LOCATION:' + esc(ev.loc))
        L.append('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC')
        L += _desc_lines(ev, lang, style)
        if ev.url:
            L.append('URL;VALUE=URI:' + ev.url)
        L.append('SEQUENCE:%d' % seq)
        if status == 'CANCELLED':
            L.append('STATUS:CANCELLED')
        L.append('SUMMARY:' + esc(summ))
        L.append('LAST-MODIFIED:' + dtz(stamp))
        L.append('CREATED:' + dtz(created))
        L.append(dts[0])
        if ev.rrule:
            L.append('RRULE:' + ev.rrule)
        if org and m != 'REPLY':
            L.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s' % (
                ical.param('CN', _cn(org))[3:], org.addr, org.addr))
        for p, role, ps, rs in atts:
            L.append(att_line('apple', p, role, ps, rs))
        L += _common_tail(ev, style)
        L += _alarms(ev, style)
    elif style == 'moz':
        uid = uid or uuid4()
        L += ['CREATED:' + dtz(created), 'LAST-MODIFIED:' + dtz(stamp), 'DTSTAMP:' + dtz(stamp), 'UID:' + uid,
              'SUMMARY:' + esc(summ)]
        if org:
            L.append(org_line('moz', org))
        for p, role, ps, rs in atts:
            L.append(att_line('moz', p, role, ps, rs))
        if ev.rrule:
            L.append('RRULE:' + ev.rrule)
        L += _dt_props(ev, spec, style, False)
        L += _desc_lines(ev, lang, style)
        if ev.loc is not None:
            L.append('LOCATION:' + esc(ev.loc))
        if ev.url:
            L.append('URL:' + ev.url)
        L += ['SEQUENCE:%d' % seq, 'TRANSP:OPAQUE']
        if status == 'CANCELLED':
            L.append('STATUS:CANCELLED')
        L += ['X-MOZ-SEND-INVITATIONS:TRUE', 'X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE']
        L += _common_tail(ev, style)
        L += _alarms(ev, style)
    elif style == 'zimbra':
        uid = uid or uuid4()
        L += ['UID:' + uid, 'SUMMARY:' + esc(summ)]
        if ev.loc is not None:
            L.append('LOCATION:' + esc(ev.loc))
        for p, role, ps, rs in atts:
            L.append(att_line('zimbra', p, role, ps, rs))
        if org:
            L.append(org_line('zimbra', org))
        L += _dt_props(ev, spec, style, False, quote_tz=True)
        if ev.rrule:
            L.append('RRULE:' + ev.rrule)
        L += ['STATUS:' + status, 'CLASS:PUBLIC', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'TRANSP:OPAQUE',
              'LAST-MODIFIED:' + dtz(stamp), 'DTSTAMP:' + dtz(stamp), 'SEQUENCE:%d' % seq]
        L += _desc_lines(ev, lang, style)
        if ev.xalt:
            L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(ev.xalt))
        if ev.url:
            L.append('URL:' + ev.url)
        L += _common_tail(ev, style)
        L += _alarms(ev, style) or ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;RELATED=START:-PT5M',
                                    'DESCRIPTION:Reminder', 'END:VALARM']
    elif style in ('sabre', 'sogo'):
        uid = uid or (uuid4() if style == 'sabre' else '%s-%s-%s-%s' % (hexs(4, True), hexs(8, True), hexs(1, True), hexs(8, True)))
        if style == 'sabre':
            L += ['CREATED:' + dtz(created), 'DTSTAMP:' + dtz(stamp), 'LAST-MODIFIED:' + dtz(stamp),
                  'SEQUENCE:%d' % seq, 'UID:' + uid]
            L += _dt_props(ev, spec, style, False)
            if ev.rrule:
                L.append('RRULE:' + ev.rrule)
            L += ['STATUS:' + status, 'SUMMARY:' + esc(summ)]
            if ev.loc is not None:
                L.append('LOCATION:' + esc(ev.loc))
            L += _desc_lines(ev, lang, style)
            if ev.url:
                L.append('URL:' + ev.url)
            for p, role, ps, rs in atts:
                L.append(att_line('sabre', p, role, ps, rs, lang if chance(0.5) else None))
            if org:
                L.append(org_line('sabre', org))
        else:
            L += ['UID:' + uid, 'SUMMARY:' + esc(summ)]
            if ev.loc is not None:
                L.append('LOCATION:' + esc(ev.loc))
            L += ['CLASS:PUBLIC', 'X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:NO']
            if org:
                L.append(org_line('sogo', org))
            for p, role, ps, rs in atts:
                L.append(att_line('sogo', p, role, ps, rs))
            L.append('TRANSP:OPAQUE')
            L += _desc_lines(ev, lang, style)
            if ev.rrule:
                L.append('RRULE:' + ev.rrule)
            L += _dt_props(ev, spec, style, False)
            L += ['SEQUENCE:%d' % seq, 'CREATED:' + dtz(created), 'DTSTAMP:' + dtz(stamp), 'LAST-MODIFIED:' + dtz(stamp)]
            if ev.url:
                L.append('URL:' + ev.url)
        L += _common_tail(ev, style)
        L += _alarms(ev, 'olson')
    elif style == 'yahoo':
        uid = uid or ('%s-%s' % (hexs(8), hexs(4))) + '@yahoo.com'
        L += ['SUMMARY:' + esc(summ), 'CLASS:PUBLIC']
        L += _dt_props(ev, spec, style, not ev.rrule)
        if ev.rrule:
            L.append('RRULE:' + ev.rrule)
        if ev.loc is not None:
            L.append('LOCATION:' + esc(ev.loc))
        L += _desc_lines(ev, lang, style)
        L.append('UID:' + uid)
        if org:
            L.append(org_line('yahoo', org))
        for p, role, ps, rs in atts:
            L.append(att_line('yahoo', p, role, ps, rs))
        L += ['DTSTAMP:' + dtz(stamp), 'SEQUENCE:%d' % seq, 'X-YAHOO-YID:' + (org.addr.split('@')[0] if org else 'user'),
              'TRANSP:OPAQUE', 'STATUS:' + status, 'X-YAHOO-USER-STATUS:BUSY', 'X-YAHOO-EVENT-STATUS:BUSY']
        if ev.url:
            L.append('URL:' + ev.url)
        L += _common_tail(ev, style)
        L += _alarms(ev, 'olson')
    elif style == 'zoom':
        uid = uid or ('ZOOM' + digits(11) + 'ZR' + hexs(6))
        L.append('DTSTAMP:' + dtz(stamp))
        L += _dt_props(ev, spec, style, False)
        L.append('SUMMARY:' + esc(summ))
        L.append('UID:' + uid)
        L.append('TZID:' + (ev.tz or spec.tz))
        L += _desc_lines(ev, lang, style)
        if ev.loc is not None:
            L.append('LOCATION:' + esc(ev.loc))
        if org and ev.zoom_org:
            L.append(org_line('custom', org))
        for p, role, ps, rs in (atts if ev.zoom_att else []):
            L.append(att_line('custom', p, role, ps, rs))
        if ev.url:
            L.append('URL:' + ev.url)
        L += _common_tail(ev, style)
        L += _alarms(ev, 'olson') or ['BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder',
                                      'END:VALARM']
    else:  # custom
        uid = uid or prof.get('uid', lambda: uuid4())()
        order = prof.get('order', ['UID', 'DTSTAMP', 'DT', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'ORGANIZER',
                                   'ATTENDEE', 'STATUS', 'SEQUENCE', 'TAIL', 'ALARM'])
        for k in order:
            if k == 'UID':
                L.append('UID:' + uid)
            elif k == 'DTSTAMP':
                if not prof.get('no_dtstamp'):
                    L.append('DTSTAMP:' + dtz(stamp))
            elif k == 'CREATED':
                L.append('CREATED:' + dtz(created))
            elif k == 'DT':
                if prof.get('tz_missing') and not utc:
                    L += _dt_props(ev, spec, style, False)
                else:
                    L += _dt_props(ev, spec, style, utc)
                if ev.rrule:
                    L.append('RRULE:' + ev.rrule)
            elif k == 'SUMMARY':
                L.append('SUMMARY:' + (esc(summ) if not prof.get('noesc') else summ))
            elif k == 'DESCRIPTION':
                if ev.desc:
                    d = esc(ev.desc) if not prof.get('noesc') else ev.desc.replace('\n', '\\n')
                    L.append('DESCRIPTION:' + d)
            elif k == 'LOCATION':
                if ev.loc is not None:
                    L.append('LOCATION:' + (esc(ev.loc) if not prof.get('noesc') else ev.loc))
            elif k == 'URL':
                if ev.url:
                    L.append('URL:' + ev.url)
            elif k == 'ORGANIZER':
                if org and not prof.get('no_organizer'):
                    L.append(org_line('custom', org, prof.get('sent_by')))
            elif k == 'ATTENDEE':
                if not prof.get('no_attendee'):
                    for p, role, ps, rs in atts:
                        L.append(att_line('custom', p, role, ps, rs))
            elif k == 'STATUS':
                if not prof.get('no_status'):
                    L.append('STATUS:' + status)
            elif k == 'SEQUENCE':
                L.append('SEQUENCE:%d' % seq)
            elif k == 'TRANSP':
                L.append('TRANSP:OPAQUE')
            elif k == 'CLASS':
                L.append('CLASS:PUBLIC')
            elif k == 'PRIORITY':
                L.append('PRIORITY:%d' % (ev.priority or 5))
            elif k == 'XALT':
                if ev.xalt:
                    L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(ev.xalt))
            elif k == 'TAIL':
                L += _common_tail(ev, style)
            elif k == 'ALARM':
                L += _alarms(ev, 'olson')
            elif k.startswith('RAW:'):
                L.append(k[4:])
        if ev.xalt and 'XALT' not in order:
            L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(ev.xalt))
    L.append('END:' + kind)
    return L
