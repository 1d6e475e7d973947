# -*- coding: utf-8 -*-
"""iCalendar writers imitating the style of individual calendar clients (CC0 1.0)."""
import datetime as dt

import lang as LG
from util import TZ, to_utc, icsu, icsl, icsd, ofs_str, hexs, alnum, uid4


def esc(s):
    return (s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
            .replace('\r\n', '\n').replace('\n', '\\n'))


def esc_loose(s):
    """Some generators escape only newlines (commas left bare)."""
    return s.replace('\r\n', '\n').replace('\n', '\\n')


def pq(v):
    if any(ch in v for ch in ':;,'):
        return '"%s"' % v.replace('"', '')
    return v


def fold(line, mode='std'):
    if mode == 'nofold':
        return [line]
    if mode == 'tabfold':
        out, cur = [], ''
        for ch in line:
            cur += ch
            if len(cur) >= (73 if not out else 72):
                out.append(cur if not out else '\t' + cur)
                cur = ''
        if cur or not out:
            out.append(cur if not out else '\t' + cur)
        return out
    out, cur, n = [], '', 0
    limit = 75
    for ch in line:
        b = len(ch.encode('utf-8'))
        if n + b > limit:
            out.append(cur)
            cur, n, limit = ' ', 1, 75
        cur += ch
        n += b
    out.append(cur)
    return out


def finish(lines, quirks=()):
    mode = 'nofold' if 'nofold' in quirks else ('tabfold' if 'tabfold' in quirks else 'std')
    out = []
    for ln in lines:
        out += fold(ln, mode)
    nl = '\n' if 'lf' in quirks else '\r\n'
    return nl.join(out) + nl


# ------------------------------------------------------------------ time zones
def _dst_parts(tz):
    std, dst, rule, sn, dn, win = TZ[tz]
    sh, dh = 1 + std // 60, 1 + (dst or 0) // 60
    if rule == 'EU':
        return (('19700329T%02d0000' % sh, 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 3, '-1SU', sh),
                ('19701025T%02d0000' % dh, 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 10, '-1SU', dh))
    if rule == 'US':
        return (('19700308T020000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 3, '2SU', 2),
                ('19701101T020000', 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 11, '1SU', 2))
    if rule == 'IL':
        return (('19700327T020000', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR', 3, '-1FR', 2),
                ('19701025T020000', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 10, '-1SU', 2))
    if rule == 'AU':
        return (('19701004T020000', 'FREQ=YEARLY;BYMONTH=10;BYDAY=1SU', 10, '1SU', 2),
                ('19700405T030000', 'FREQ=YEARLY;BYMONTH=4;BYDAY=1SU', 4, '1SU', 3))
    return None


def vtimezone(tz, style='olson'):
    if tz is None or tz == 'UTC' and style != 'windows':
        return []
    std, dst, rule, sn, dn, win = TZ[tz]
    parts = _dst_parts(tz)
    so, do = ofs_str(std), ofs_str(dst) if dst is not None else None
    if style == 'windows':
        L = ['BEGIN:VTIMEZONE', 'TZID:' + win]
        if parts:
            (d_dt, _, dm, dby, dhr), (s_dt, _, sm, sby, shr) = parts
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T%02d0000' % shr, 'TZOFFSETFROM:' + do, 'TZOFFSETTO:' + so,
                  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d' % (sby, sm), 'END:STANDARD',
                  'BEGIN:DAYLIGHT', 'DTSTART:16010101T%02d0000' % dhr, 'TZOFFSETFROM:' + so, 'TZOFFSETTO:' + do,
                  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d' % (dby, dm), 'END:DAYLIGHT']
        else:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + so, 'TZOFFSETTO:' + so, 'END:STANDARD',
                  'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + so, 'TZOFFSETTO:' + so, 'END:DAYLIGHT']
        return L + ['END:VTIMEZONE']
    if style == 'zimbra':
        L = ['BEGIN:VTIMEZONE', 'TZID:' + tz]
        if parts:
            (d_dt, _, dm, dby, dhr), (s_dt, _, sm, sby, shr) = parts
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T%02d0000' % shr, 'TZOFFSETTO:' + so, 'TZOFFSETFROM:' + do,
                  'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%s' % (sm, sby), 'TZNAME:' + sn, 'END:STANDARD',
                  'BEGIN:DAYLIGHT', 'DTSTART:16010101T%02d0000' % dhr, 'TZOFFSETTO:' + do, 'TZOFFSETFROM:' + so,
                  'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%s' % (dm, dby), 'TZNAME:' + dn, 'END:DAYLIGHT']
        else:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETTO:' + so, 'TZOFFSETFROM:' + so,
                  'TZNAME:' + sn, 'END:STANDARD']
        return L + ['END:VTIMEZONE']
    L = ['BEGIN:VTIMEZONE', 'TZID:' + tz]
    if style in ('google', 'sogo'):
        L.append('X-LIC-LOCATION:' + tz)
    if parts:
        (d_dt, d_rr, *_), (s_dt, s_rr, *_) = parts
        if style == 'apple':
            d_dt, s_dt = '1981' + d_dt[4:], '1996' + s_dt[4:]
        dl = ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + so, 'TZOFFSETTO:' + do, 'TZNAME:' + dn, 'DTSTART:' + d_dt,
              'RRULE:' + d_rr, 'END:DAYLIGHT']
        sl = ['BEGIN:STANDARD', 'TZOFFSETFROM:' + do, 'TZOFFSETTO:' + so, 'TZNAME:' + sn, 'DTSTART:' + s_dt,
              'RRULE:' + s_rr, 'END:STANDARD']
        L += (dl + sl) if style != 'google' else (dl + sl)
    else:
        L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + so, 'TZOFFSETTO:' + so, 'TZNAME:' + sn,
              'DTSTART:19700101T000000', 'END:STANDARD']
    return L + ['END:VTIMEZONE']


def dtp(name, ev, d, mode, label=None, quote=False):
    if ev.get('allday'):
        return '%s;VALUE=DATE:%s' % (name, icsd(d))
    if mode == 'utc' or ev.get('tz') in (None, 'UTC') and mode != 'floating':
        return '%s:%s' % (name, icsu(to_utc(d, ev.get('tz') or 'UTC')))
    if mode == 'floating':
        return '%s:%s' % (name, icsl(d))
    lab = label or ev['tz']
    if quote:
        lab = '"%s"' % lab
    return '%s;TZID=%s:%s' % (name, lab, icsl(d))


def _alarm_std(a, extra=()):
    return (['BEGIN:VALARM'] + ['ACTION:' + a.get('action', 'DISPLAY'),
                                'DESCRIPTION:' + esc(a.get('desc', 'Reminder')),
                                'TRIGGER:' + a['trigger']] + list(extra) + ['END:VALARM'])


def _mailto(email, upper=False):
    return ('MAILTO:' if upper else 'mailto:') + email


# ------------------------------------------------------------------ common
def _cal_head(prodid, method, order='pvcm', calscale=True, extra=()):
    L = ['BEGIN:VCALENDAR']
    items = {'p': 'PRODID:' + prodid if prodid else None, 'v': 'VERSION:2.0',
             'c': 'CALSCALE:GREGORIAN' if calscale else None, 'm': 'METHOD:' + method if method else None}
    for k in order:
        if items.get(k):
            L.append(items[k])
    return L + list(extra)


def _when_lines(ev, mode, label=None, quote=False):
    L = []
    if ev.get('start') is not None:
        L.append(dtp('DTSTART', ev, ev['start'], mode, label, quote))
    if ev['comp'] == 'VTODO':
        if ev.get('end') is not None:
            L.append(dtp('DUE', ev, ev['end'], mode, label, quote))
    elif ev.get('end') is not None:
        L.append(dtp('DTEND', ev, ev['end'], mode, label, quote))
    return L


def _payload_lines(ev, style='std'):
    """URL / ATTACH / CONFERENCE / extra X- lines shared by most writers."""
    L = []
    if ev.get('url'):
        L.append(('URL;VALUE=URI:' if style == 'apple' else 'URL:') + ev['url'])
    for a in ev.get('attach', []):
        params = ''
        if a.get('fmttype'):
            params += ';FMTTYPE=' + a['fmttype']
        if a.get('filename'):
            params += ';FILENAME=' + pq(a['filename'])
        if a.get('xlabel'):
            params += ';X-LABEL=' + pq(a['xlabel'])
        L.append('ATTACH%s:%s' % (params, a['url']))
    if ev.get('conference') and ev.get('conf_prop', False):
        L.append('CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=%s:%s' % (pq(ev.get('conf_label', 'Join')), ev['conference']))
    for ln in ev.get('extra', []):
        L.append(ln)
    return L


# ------------------------------------------------------------------ writers
def w_google(c, m, ev):
    L = []
    rec = bool(ev.get('rrule'))
    mode = 'tzid' if rec and not ev.get('allday') else 'utc'
    L += _when_lines(ev, mode)
    if rec:
        L.append('RRULE:' + ev['rrule'])
    for x in ev.get('exdates', []):
        L.append(dtp('EXDATE', ev, x, mode))
    L.append('DTSTAMP:' + icsu(ev['dtstamp']))
    org = ev['organizer']
    L.append('ORGANIZER;CN=%s:mailto:%s' % (pq(org.name or org.email), org.email))
    L.append('UID:' + ev['uid'])
    if ev.get('recurrence_id') is not None:
        L.append(dtp('RECURRENCE-ID', ev, ev['recurrence_id'], mode))
    for a in ev['attendees']:
        p = a['p']
        L.append('ATTENDEE;CUTYPE=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s' % (
            a.get('cutype', 'INDIVIDUAL'), a.get('role', 'REQ-PARTICIPANT'), a.get('partstat', 'NEEDS-ACTION'),
            'TRUE' if a.get('rsvp', True) else 'FALSE', pq(p.name or p.email), p.email))
    if ev.get('org_att', True) and m.get('method') in ('REQUEST', 'CANCEL', None, 'PUBLISH') and ev['attendees']:
        L.insert(c.rng.randint(len(L) - len(ev['attendees']), len(L)),
                 'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s'
                 % (pq(org.name or org.email), org.email))
    if ev.get('conference') and ev.get('conf_kind') == 'meet':
        L.append('X-GOOGLE-CONFERENCE:' + ev['conference'])
    L.append('X-MICROSOFT-CDO-OWNERAPPTID:%d' % c.rng.randint(-2000000000, 2000000000))
    L.append('CREATED:' + icsu(ev['created']))
    desc = ev.get('description', '')
    if ev.get('conference') and ev.get('conf_kind') == 'meet' and c.year >= 2020:
        tilde = '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'
        desc = (desc + '\n\n' if desc else '') + (
            '%s\nJoin with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720'
            '\n\nPlease do not edit this section.\n%s' % (tilde, ev['conference'], tilde))
    L.append('DESCRIPTION:' + esc(desc))
    L.append('LAST-MODIFIED:' + icsu(ev['dtstamp']))
    L.append('LOCATION:' + esc(ev.get('location', '')))
    L.append('SEQUENCE:%d' % ev.get('sequence', 0))
    L.append('STATUS:' + ev.get('status', 'CONFIRMED'))
    L.append('SUMMARY:' + esc(ev.get('summary', '')))
    L.append('TRANSP:' + ev.get('transp', 'OPAQUE'))
    ev2 = dict(ev)
    ev2['conf_prop'] = False
    L += _payload_lines(ev2)
    for a in ev.get('alarms', []):
        L += ['BEGIN:VALARM', 'ACTION:' + a.get('action', 'DISPLAY'), 'DESCRIPTION:This is an event reminder',
              'TRIGGER:' + a['trigger'], 'END:VALARM']
    return L, ('google' if rec else None)


def w_outlook(c, m, ev):
    """Exchange / Outlook desktop."""
    desktop = c.variant == 'desktop' or c.variant == 'outlook_smtp'
    tag = LG.TAG[c.lang]
    win = TZ[ev['tz'] or 'UTC'][5]
    L = []
    for a in ev['attendees']:
        p = a['p']
        if desktop:
            L.append('ATTENDEE;CN=%s;RSVP=%s:mailto:%s' % ('"%s"' % (p.name or p.email), 'TRUE' if a.get('rsvp', True) else 'FALSE', p.email))
        else:
            L.append('ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s:mailto:%s' % (
                a.get('role', 'REQ-PARTICIPANT'), a.get('partstat', 'NEEDS-ACTION'), 'TRUE' if a.get('rsvp', True) else 'FALSE',
                pq(p.name or p.email), p.email))
    org = ev['organizer']
    desc = ev.get('description', '')
    if desktop:
        L.append('CLASS:PUBLIC')
        L.append('CREATED:' + icsu(ev['created']))
        L.append('DESCRIPTION:' + esc(desc))
        L.append(dtp('DTEND', ev, ev['end'], 'tzid', win, quote=True))
        L.append('DTSTAMP:' + icsu(ev['dtstamp']))
        L.append(dtp('DTSTART', ev, ev['start'], 'tzid', win, quote=True))
        L.append('LAST-MODIFIED:' + icsu(ev['dtstamp']))
        L.append('LOCATION:' + esc(ev.get('location', '')))
        L.append('ORGANIZER;CN=%s:mailto:%s' % ('"%s"' % (org.name or org.email), org.email))
        L.append('PRIORITY:5')
        if ev.get('rrule'):
            L.append('RRULE:' + ev['rrule'])
        L.append('SEQUENCE:%d' % ev.get('sequence', 0))
        L.append('SUMMARY;LANGUAGE=%s:%s' % (tag.split('-')[0], esc(ev.get('summary', ''))))
        L.append('TRANSP:OPAQUE')
        L.append('UID:' + ev['uid'])
        L += _payload_lines(ev)
        if ev.get('alt_desc'):
            L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc_loose(ev['alt_desc']))
        L += ['X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'X-MS-OLK-AUTOFILLLOCATION:FALSE', 'X-MS-OLK-AUTOSTARTCHECK:FALSE', 'X-MS-OLK-CONFTYPE:0']
        for a in ev.get('alarms', [{'trigger': '-PT15M'}]):
            L += ['BEGIN:VALARM', 'TRIGGER:' + a['trigger'], 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM']
        return L, 'windows'
    L.insert(0, 'ORGANIZER;CN=%s:mailto:%s' % (pq(org.name or org.email), org.email))
    if ev.get('rrule'):
        L.append('RRULE:' + ev['rrule'])
    L.append('DESCRIPTION;LANGUAGE=%s:%s' % (tag, esc(desc)))
    L.append('UID:' + ev['uid'])
    if ev.get('recurrence_id') is not None:
        L.append(dtp('RECURRENCE-ID', ev, ev['recurrence_id'], 'tzid', win))
    L.append('SUMMARY;LANGUAGE=%s:%s' % (tag, esc(ev.get('summary', ''))))
    L.append(dtp('DTSTART', ev, ev['start'], 'tzid', win))
    L.append(dtp('DTEND', ev, ev['end'], 'tzid', win))
    L.append('CLASS:PUBLIC')
    L.append('PRIORITY:5')
    L.append('DTSTAMP:' + icsu(ev['dtstamp']))
    L.append('TRANSP:OPAQUE')
    L.append('STATUS:' + ev.get('status', 'CONFIRMED'))
    L.append('SEQUENCE:%d' % ev.get('sequence', 0))
    L.append('LOCATION;LANGUAGE=%s:%s' % (tag, esc(ev.get('location', ''))))
    L += _payload_lines(ev)
    L += ['X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % ev.get('sequence', 0),
          'X-MICROSOFT-CDO-OWNERAPPTID:%d' % c.rng.randint(-2100000000, 2100000000),
          'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
          'X-MICROSOFT-CDO-ALLDAYEVENT:%s' % ('TRUE' if ev.get('allday') else 'FALSE'),
          'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:%d' % (1 if ev.get('rrule') else 0)]
    if ev.get('conference') and ev.get('conf_kind') in ('teams', 'skype'):
        L.append('X-MICROSOFT-SKYPETEAMSMEETINGURL:' + ev['conference'])
        L.append('X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,'
                 '"mid":0\\,"rid":0\\,"uid":null}' % alnum(c.rng, 48))
        L.append('X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s'
                 % (org.email, alnum(c.rng, 32)))
        L.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE']
    if c.year >= 2020:
        L += ['X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE']
    if ev.get('location'):
        L += ['X-MICROSOFT-LOCATIONDISPLAYNAME:' + esc(ev['location']), 'X-MICROSOFT-LOCATIONSOURCE:None']
    for a in ev.get('alarms', [{'trigger': '-PT15M'}]):
        L += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:' + a['trigger'], 'ACTION:DISPLAY', 'END:VALARM']
    return L, 'windows'


def w_apple(c, m, ev):
    rng = c.rng
    L = []
    L.append('TRANSP:OPAQUE')
    L += [_ for _ in _when_lines(ev, 'tzid')][1:] if ev.get('end') is not None else []
    L.append('UID:' + ev['uid'])
    L.append('DTSTAMP:' + icsu(ev['dtstamp']))
    if ev.get('location'):
        L.append('LOCATION:' + esc(ev['location']))
        if rng.random() < 0.5:
            L.append('X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=%d;X-TITLE=%s:geo:%.6f,%.6f' % (
                rng.randint(70, 400), pq(ev['location'].split('\n')[0][:60]), rng.uniform(-40, 60), rng.uniform(-120, 140)))
    L.append('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC')
    if ev.get('description'):
        L.append('DESCRIPTION:' + esc(ev['description']))
    L.append('SEQUENCE:%d' % ev.get('sequence', 0))
    L.append('SUMMARY:' + esc(ev.get('summary', '')))
    L.append('LAST-MODIFIED:' + icsu(ev['dtstamp']))
    L.append('CREATED:' + icsu(ev['created']))
    if ev.get('start') is not None:
        L.append(dtp('DTSTART', ev, ev['start'], 'tzid'))
    if ev.get('rrule'):
        L.append('RRULE:' + ev['rrule'])
    org = ev['organizer']
    L.append('ORGANIZER;CN=%s;EMAIL=%s:mailto:%s' % (pq(org.name or org.email), org.email, org.email))
    if m.get('method') in ('REQUEST', 'CANCEL') and ev.get('org_att', True):
        L.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s' % (
            pq(org.name or org.email), org.email, org.email))
    for a in ev['attendees']:
        p = a['p']
        L.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=%s;ROLE=%s;RSVP=%s:mailto:%s' % (
            pq(p.name or p.email), p.email, a.get('partstat', 'NEEDS-ACTION'), a.get('role', 'REQ-PARTICIPANT'),
            'TRUE' if a.get('rsvp', True) else 'FALSE', p.email))
    L += _payload_lines(ev, 'apple')
    if ev.get('status') and ev['status'] != 'CONFIRMED':
        L.append('STATUS:' + ev['status'])
    for a in ev.get('alarms', []):
        u = uid4(rng, True)
        L += ['BEGIN:VALARM', 'X-WR-ALARMUID:' + u, 'UID:' + u, 'TRIGGER:' + a['trigger'],
              'DESCRIPTION:' + esc(a.get('desc', 'Reminder')), 'ACTION:' + a.get('action', 'DISPLAY')]
        if a.get('default'):
            L.append('X-APPLE-DEFAULT-ALARM:TRUE')
        L.append('END:VALARM')
    return L, 'apple'


def w_tb(c, m, ev):
    L = ['CREATED:' + icsu(ev['created']), 'LAST-MODIFIED:' + icsu(ev['dtstamp']), 'DTSTAMP:' + icsu(ev['dtstamp']),
         'UID:' + ev['uid'], 'SUMMARY:' + esc(ev.get('summary', ''))]
    org = ev['organizer']
    L.append('ORGANIZER;RSVP=TRUE;CN=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s' % (pq(org.name or org.email), org.email))
    for a in ev['attendees']:
        p = a['p']
        L.append('ATTENDEE;RSVP=TRUE;CN=%s;PARTSTAT=%s;ROLE=%s:mailto:%s' % (
            pq(p.name or p.email), a.get('partstat', 'NEEDS-ACTION'), a.get('role', 'REQ-PARTICIPANT'), p.email))
    if ev.get('rrule'):
        L.append('RRULE:' + ev['rrule'])
    L += _when_lines(ev, 'tzid')
    if ev.get('description'):
        L.append('DESCRIPTION:' + esc(ev['description']))
    if ev.get('location'):
        L.append('LOCATION:' + esc(ev['location']))
    L += _payload_lines(ev)
    L.append('TRANSP:OPAQUE')
    L.append('SEQUENCE:%d' % ev.get('sequence', 0))
    L += ['X-MOZ-SEND-INVITATIONS:TRUE', 'X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE']
    if ev.get('alarms'):
        L.append('X-MOZ-LASTACK:' + icsu(ev['dtstamp']))
        if c.year >= 2019:
            L.append('X-MOZ-GENERATION:%d' % (ev.get('sequence', 0) + 1))
    for a in ev.get('alarms', []):
        L += ['BEGIN:VALARM', 'ACTION:' + a.get('action', 'DISPLAY'), 'TRIGGER;VALUE=DURATION:' + a['trigger'],
              'DESCRIPTION:Default Mozilla Description', 'END:VALARM']
    return L, 'olson'


def w_zimbra(c, m, ev):
    L = ['UID:' + ev['uid'], 'SUMMARY:' + esc(ev.get('summary', ''))]
    for a in ev['attendees']:
        p = a['p']
        L.append('ATTENDEE;CN=%s;ROLE=%s;PARTSTAT=%s;RSVP=TRUE:mailto:%s' % (
            pq(p.name or p.email), a.get('role', 'REQ-PARTICIPANT'), a.get('partstat', 'NEEDS-ACTION'), p.email))
    org = ev['organizer']
    L.append('ORGANIZER;CN=%s:mailto:%s' % (pq(org.name or org.email), org.email))
    if ev.get('location'):
        L.append('LOCATION:' + esc(ev['location']))
    L.append(dtp('DTSTART', ev, ev['start'], 'tzid', quote=True))
    L.append(dtp('DTEND', ev, ev['end'], 'tzid', quote=True))
    if ev.get('rrule'):
        L.append('RRULE:' + ev['rrule'])
    L += ['STATUS:' + ev.get('status', 'CONFIRMED'), 'CLASS:PUBLIC', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'TRANSP:OPAQUE',
          'LAST-MODIFIED:' + icsu(ev['dtstamp']), 'DTSTAMP:' + icsu(ev['dtstamp']), 'SEQUENCE:%d' % ev.get('sequence', 0)]
    if ev.get('description'):
        L.append('DESCRIPTION:' + esc(ev['description']))
    alt = ev.get('alt_desc') or ('<html><body id=\'htmlmode\'><h3>%s</h3><p>%s</p></body></html>' % (
        ev.get('summary', ''), ev.get('description', '').replace('\n', '<br>')))
    L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(alt))
    L += _payload_lines(ev)
    for a in ev.get('alarms', []):
        L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;RELATED=START:' + a['trigger'], 'DESCRIPTION:Reminder', 'END:VALARM']
    return L, 'zimbra'


def w_sogo(c, m, ev):
    L = ['UID:' + ev['uid'], 'SUMMARY:' + esc(ev.get('summary', ''))]
    if ev.get('location'):
        L.append('LOCATION:' + esc(ev['location']))
    L += ['CLASS:PUBLIC', 'X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:YES', 'TRANSP:OPAQUE']
    if ev.get('description'):
        L.append('DESCRIPTION:' + esc(ev['description']))
    org = ev['organizer']
    L.append('ORGANIZER;CN=%s:mailto:%s' % (pq(org.name or org.email), org.email))
    for a in ev['attendees']:
        p = a['p']
        L.append('ATTENDEE;PARTSTAT=%s;RSVP=TRUE;ROLE=%s;CN=%s:mailto:%s' % (
            a.get('partstat', 'NEEDS-ACTION'), a.get('role', 'REQ-PARTICIPANT'), pq(p.name or p.email), p.email))
    if ev.get('rrule'):
        L.append('RRULE:' + ev['rrule'])
    L += _when_lines(ev, 'tzid')
    L += _payload_lines(ev)
    L += ['CREATED:' + icsu(ev['created']), 'DTSTAMP:' + icsu(ev['dtstamp']), 'LAST-MODIFIED:' + icsu(ev['dtstamp']),
          'SEQUENCE:%d' % ev.get('sequence', 0)]
    for a in ev.get('alarms', []):
        L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:' + a['trigger'], 'END:VALARM']
    return L, 'sogo'


def w_nextcloud(c, m, ev):
    L = ['CREATED:' + icsu(ev['created']), 'DTSTAMP:' + icsu(ev['dtstamp']), 'LAST-MODIFIED:' + icsu(ev['dtstamp']),
         'SEQUENCE:%d' % ev.get('sequence', 0), 'UID:' + ev['uid']]
    L += _when_lines(ev, 'tzid')
    if ev.get('rrule'):
        L.append('RRULE:' + ev['rrule'])
    L.append('STATUS:' + ev.get('status', 'CONFIRMED'))
    L.append('SUMMARY:' + esc(ev.get('summary', '')))
    if ev.get('location'):
        L.append('LOCATION:' + esc(ev['location']))
    if ev.get('description'):
        L.append('DESCRIPTION:' + esc(ev['description']))
    org = ev['organizer']
    L.append('ORGANIZER;CN=%s:mailto:%s' % (pq(org.name or org.email), org.email))
    tg = LG.TAG[c.lang].split('-')[0]
    for a in ev['attendees']:
        p = a['p']
        L.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;PARTSTAT=%s;ROLE=%s;RSVP=TRUE;LANGUAGE=%s;SCHEDULE-STATUS=1.1:mailto:%s'
                 % (pq(p.name or p.email), a.get('partstat', 'NEEDS-ACTION'), a.get('role', 'REQ-PARTICIPANT'), tg, p.email))
    L += _payload_lines(ev)
    for a in ev.get('alarms', []):
        L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;RELATED=START:' + a['trigger'], 'END:VALARM']
    return L, 'olson_after'


def w_yahoo(c, m, ev):
    L = ['UID:' + ev['uid'], 'DTSTAMP:' + icsu(ev['dtstamp']), 'SUMMARY:' + esc(ev.get('summary', ''))]
    L += _when_lines(ev, 'utc')
    if ev.get('rrule'):
        L.append('RRULE:' + ev['rrule'])
    org = ev['organizer']
    L.append('ORGANIZER;CN=%s:mailto:%s' % (pq(org.name or org.email), org.email))
    for a in ev['attendees']:
        p = a['p']
        L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s' % (
            a.get('partstat', 'NEEDS-ACTION'), pq(p.name or p.email), p.email))
    if ev.get('location'):
        L.append('LOCATION:' + esc(ev['location']))
    L.append('DESCRIPTION:' + esc(ev.get('description', '')))
    L += ['SEQUENCE:%d' % ev.get('sequence', 0), 'STATUS:' + ev.get('status', 'CONFIRMED'), 'CLASS:PUBLIC',
          'TRANSP:OPAQUE', 'X-YAHOO-YID:' + org.email.split('@')[0]]
    L += _payload_lines(ev)
    for a in ev.get('alarms', []):
        L += _alarm_std(a)
    return L, None


def w_zoom(c, m, ev):
    L = ['DTSTAMP:' + icsu(ev['dtstamp'])]
    L += _when_lines(ev, 'tzid')
    L.append('SUMMARY:' + esc(ev.get('summary', '')))
    L.append('UID:' + ev['uid'])
    L.append('TZID:' + (ev['tz'] or 'UTC'))
    L.append('DESCRIPTION:' + esc(ev.get('description', '')))
    L.append('LOCATION:' + esc(ev.get('location', '')))
    org = ev.get('organizer')
    if org and m['method'] != 'PUBLISH':
        L.append('ORGANIZER;CN=%s:mailto:%s' % (pq(org.name or org.email), org.email))
        for a in ev['attendees']:
            L.append('ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;CN=%s:mailto:%s' % (pq(a['p'].name or a['p'].email), a['p'].email))
    if ev.get('rrule'):
        L.append('RRULE:' + ev['rrule'])
    L += _payload_lines(ev)
    for a in ev.get('alarms', [{'trigger': '-PT10M'}]):
        L += ['BEGIN:VALARM', 'TRIGGER:' + a['trigger'], 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM']
    return L, 'olson'


def w_custom(c, m, ev):
    """Small libraries and home-made writers used by booking systems and bulk tools alike."""
    rng = c.rng
    sty = m.setdefault('ics_style', {})
    up = sty.setdefault('upper_mailto', rng.random() < 0.25)
    mode = sty.setdefault('dtmode', rng.choice(['utc', 'utc', 'tzid', 'floating', 'tzid']))
    loose = sty.setdefault('loose_escape', rng.random() < 0.3)
    E = esc_loose if loose else esc
    L = []
    if not sty.get('no_uid'):
        L.append('UID:' + ev['uid'])
    if not sty.get('no_dtstamp'):
        L.append('DTSTAMP:' + icsu(ev['dtstamp']))
    L += _when_lines(ev, mode)
    if ev.get('rrule'):
        L.append('RRULE:' + ev['rrule'])
    L.append('SUMMARY:' + E(ev.get('summary', '')))
    if ev.get('description') is not None:
        L.append('DESCRIPTION:' + E(ev.get('description', '')))
    if ev.get('location'):
        L.append('LOCATION:' + E(ev['location']))
    org = ev.get('organizer')
    if org is not None:
        if org.name and rng.random() < 0.8:
            L.append('ORGANIZER;CN=%s:%s' % (('"%s"' % org.name) if sty.setdefault('quote_cn', rng.random() < 0.4)
                                             else pq(org.name), _mailto(org.email, up)))
        else:
            L.append('ORGANIZER:' + _mailto(org.email, up))
    for a in ev['attendees']:
        p = a['p']
        ps = ';PARTSTAT=%s' % a.get('partstat', 'NEEDS-ACTION') if sty.setdefault('att_partstat', rng.random() < 0.6) else ''
        cn = ';CN=%s' % pq(p.name) if p.name and sty.setdefault('att_cn', rng.random() < 0.6) else ''
        L.append('ATTENDEE;ROLE=%s%s;RSVP=%s%s:%s' % (a.get('role', 'REQ-PARTICIPANT'), ps,
                                                    'TRUE' if a.get('rsvp', True) else 'FALSE', cn, _mailto(p.email, up)))
    if ev.get('status') or rng.random() < 0.5:
        L.append('STATUS:' + (ev.get('status') or 'CONFIRMED'))
    if ev.get('sequence') is not None and rng.random() < 0.6:
        L.append('SEQUENCE:%d' % ev.get('sequence', 0))
    if ev.get('klass'):
        L.append('CLASS:' + ev['klass'])
    if ev.get('priority') is not None:
        L.append('PRIORITY:%d' % ev['priority'])
    if ev.get('categories'):
        L.append('CATEGORIES:' + ','.join(esc(x) for x in ev['categories']))
    if ev.get('geo'):
        L.append('GEO:%.6f;%.6f' % ev['geo'])
    if ev.get('alt_desc'):
        L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc_loose(ev['alt_desc']))
    L += _payload_lines(ev)
    if ev.get('transp'):
        L.append('TRANSP:' + ev['transp'])
    for a in ev.get('alarms', []):
        L += _alarm_std(a)
    if sty.get('shuffle'):
        head, tail = L[:2], L[2:]
        rng.shuffle(tail)
        L = head + tail
    tzstyle = None if mode != 'tzid' or sty.get('no_vtimezone') else sty.get('vtz', 'olson')
    return L, tzstyle


WRITERS = {'google': w_google, 'outlook': w_outlook, 'apple': w_apple, 'thunderbird': w_tb, 'zimbra': w_zimbra,
           'sogo': w_sogo, 'nextcloud': w_nextcloud, 'yahoo': w_yahoo, 'zoom': w_zoom, 'custom': w_custom}


def prodid_for(c, m):
    y = c.year
    cl = c.client
    if m.get('prodid') is not None:
        return m['prodid']
    if cl == 'google':
        return '-//Google Inc//Google Calendar 70.9054//EN'
    if cl == 'outlook':
        if c.variant in ('desktop', 'outlook_smtp'):
            return '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'
        return 'Microsoft Exchange Server 2010'
    if cl == 'apple':
        if c.variant == 'icloud_server':
            return '-//CALENDARSERVER.ORG//NONSGML Version 1//EN'
        mac = {2016: 'Mac OS X 10.11.6', 2017: 'Mac OS X 10.12.6', 2018: 'Mac OS X 10.13.6', 2019: 'Mac OS X 10.14.6',
               2020: 'Mac OS X 10.15.7', 2021: 'macOS 11.6.1', 2022: 'macOS 12.6.1', 2023: 'macOS 13.5.2',
               2024: 'macOS 14.4.1', 2025: 'macOS 15.3.2', 2026: 'macOS 26.1'}[y]
        ios = {2016: '10.2', 2017: '11.1.2', 2018: '12.1', 2019: '13.2.3', 2020: '14.2', 2021: '15.1', 2022: '16.1.2',
               2023: '17.1.1', 2024: '17.6.1', 2025: '18.5', 2026: '26.1'}[y]
        return '-//Apple Inc.//%s//EN' % (mac if c.rng.random() < 0.5 else 'iPhone OS ' + ios)
    if cl == 'thunderbird':
        return '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN'
    if cl == 'zimbra':
        return 'Zimbra-Calendar-Provider'
    if cl == 'sogo':
        v = {2016: '3.2.6', 2017: '3.2.10', 2018: '4.0.4', 2019: '4.1.1', 2020: '4.3.2', 2021: '5.2.0', 2022: '5.7.1',
             2023: '5.8.4', 2024: '5.10.0', 2025: '5.12.1', 2026: '5.12.4'}[y]
        return '-//Inverse inc./SOGo %s//EN' % v
    if cl == 'nextcloud':
        if y <= 2019:
            return '-//Sabre//Sabre VObject 4.1.%d//EN' % c.rng.randint(2, 6)
        v = {2020: '2.1.3', 2021: '2.3.4', 2022: '3.5.2', 2023: '4.4.5', 2024: '4.7.16', 2025: '5.3.7', 2026: '6.0.2'}[y]
        return '-//IDN nextcloud.com//Calendar app %s//EN' % v
    if cl == 'yahoo':
        return '-//Yahoo Inc.//Yahoo Calendar//EN'
    if cl == 'zoom':
        return '-//zoom.us//iCalendar Event//EN'
    return c.pick(['-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN', '-//eluceo/ical//2.0/EN',
                   'ics.py - http://git.io/lLljaA', '-//sebbo.net//ical-generator//EN', '-//Ben Fortuna//iCal4j 1.0//EN',
                   '-//Michael Angstadt//biweekly 0.6.7//EN', 'spatie/icalendar-generator',
                   '-//hacksw/handcal//NONSGML v1.0//EN', '-//ZContent.net//Zap Calendar 1.0//EN'])


def render(c, m):
    """Full VCALENDAR text for message spec m."""
    cl = c.client
    ev = m['ev']
    q = m.get('quirks', set())
    method = m.get('method')
    if 'no_method' in q:
        method = None
    prodid = None if 'no_prodid' in q else prodid_for(c, m)
    evs = [ev] + ev.get('more', [])
    comps, tzstyle = [], None
    for e in evs:
        body, tzstyle = WRITERS[cl](c, m, e)
        comps += ['BEGIN:' + e['comp']] + body + ['END:' + e['comp']]
    tzs = []
    if tzstyle and 'no_vtimezone' not in q:
        style = 'olson' if tzstyle == 'olson_after' else tzstyle
        for tzname in sorted({e.get('tz') for e in evs if e.get('tz') and not e.get('allday')}):
            tzs += vtimezone(tzname, style)
    cx = list(m.get('cal_extra', []))
    if cl == 'google':
        head = _cal_head(prodid, method, 'pvcm', True, cx)
    elif cl == 'outlook':
        if c.variant in ('desktop', 'outlook_smtp'):
            head = _cal_head(prodid, method, 'pvm', False, cx + ['X-MS-OLK-FORCEINSPECTOROPEN:TRUE'])
        else:
            head = _cal_head(prodid, method, 'mpv', False, cx)
    elif cl == 'apple':
        head = _cal_head(prodid, method, 'vpmc', True, cx)
    elif cl == 'thunderbird':
        head = _cal_head(prodid, method, 'pvm', False, cx)
    elif cl in ('zimbra', 'yahoo', 'sogo'):
        head = _cal_head(prodid, method, 'pvm', False, cx)
    elif cl == 'nextcloud':
        head = _cal_head(prodid, method, 'vpcm', True, cx)
    elif cl == 'zoom':
        head = _cal_head(prodid, method, 'pvcm', True, cx + ['CLASS:PUBLIC'])
    else:
        order = m['ics_style'].setdefault('head', c.pick(['vpm', 'pvm', 'vpcm', 'pvmc', 'mvp']))
        head = _cal_head(prodid, method, order, 'c' in order, cx)
    if tzstyle == 'olson_after':
        lines = head + comps + tzs + ['END:VCALENDAR']
    else:
        lines = head + tzs + comps + ['END:VCALENDAR']
    return finish(lines, q)
