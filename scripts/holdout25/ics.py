"""Generic iCalendar composer driven by per-client profiles."""
import datetime as dt

from h25util import (ical_escape, ical_join, ics_dt, ics_utc, local_to_utc, vtimezone, TZ, UTC)

GOOGLE_SEP = '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'


def _cn(name, quote):
    if name is None:
        return ''
    if quote == 'always' or (quote == 'needed' and any(c in name for c in ',;:')):
        return 'CN="%s"' % name.replace('"', "'")
    return 'CN=%s' % name.replace('"', "'").replace(';', ' ').replace(':', ' ').replace(',', ' ')


def attendee_line(a, style):
    name, addr = a.get('name'), a['addr']
    ps = a.get('partstat', 'NEEDS-ACTION')
    role = a.get('role', 'REQ-PARTICIPANT')
    rsvp = 'TRUE' if a.get('rsvp', True) else 'FALSE'
    cut = a.get('cutype', 'INDIVIDUAL')
    if style == 'google':
        p = ['CUTYPE=%s' % cut, 'ROLE=%s' % role, 'PARTSTAT=%s' % ps, 'RSVP=%s' % rsvp, _cn(name or addr, 'needed'),
             'X-NUM-GUESTS=0']
    elif style == 'outlook':
        p = ['ROLE=%s' % role, 'PARTSTAT=%s' % ps, 'RSVP=%s' % rsvp] + ([_cn(name, 'needed')] if name else [])
    elif style == 'apple':
        p = ([_cn(name, 'always')] if name else []) + ['CUTYPE=%s' % cut, 'EMAIL="%s"' % addr, 'PARTSTAT=%s' % ps,
                                                        'ROLE=%s' % role] + (['RSVP=TRUE'] if rsvp == 'TRUE' else [])
    elif style == 'moz':
        p = ['RSVP=%s' % rsvp, 'PARTSTAT=%s' % ps, 'ROLE=%s' % role] + ([_cn(name, 'needed')] if name else [])
        if cut != 'INDIVIDUAL':
            p.append('CUTYPE=%s' % cut)
    elif style == 'sabre':
        p = ([_cn(name, 'needed')] if name else []) + ['CUTYPE=%s' % cut, 'PARTSTAT=%s' % ps, 'ROLE=%s' % role,
                                                        'RSVP=%s' % rsvp]
        if a.get('language'):
            p.append('LANGUAGE=%s' % a['language'])
        if a.get('schedstat'):
            p.append('SCHEDULE-STATUS=%s' % a['schedstat'])
    elif style == 'zimbra':
        p = ([_cn(name, 'always')] if name else []) + ['ROLE=%s' % role, 'PARTSTAT=%s' % ps, 'RSVP=%s' % rsvp]
    elif style == 'sogo':
        p = ['PARTSTAT=%s' % ps, 'RSVP=%s' % rsvp, 'ROLE=%s' % role] + ([_cn(name, 'always')] if name else [])
    elif style == 'bare':
        p = ([_cn(name, 'never')] if name else [])
    else:  # plain
        p = ['ROLE=%s' % role, 'PARTSTAT=%s' % ps, 'RSVP=%s' % rsvp] + ([_cn(name, 'needed')] if name else [])
    p = [x for x in p if x]
    mail = a.get('mailto', 'mailto:')
    return 'ATTENDEE' + (';' + ';'.join(p) if p else '') + ':' + mail + addr


def organizer_line(o, style):
    name, addr = o
    if style == 'apple':
        return 'ORGANIZER;%sEMAIL="%s":mailto:%s' % ((_cn(name, 'always') + ';') if name else '', addr, addr)
    if style == 'moz':
        return 'ORGANIZER;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=CHAIR%s:mailto:%s' % ((';' + _cn(name, 'needed')) if name else '', addr)
    if style == 'zimbra' or style == 'sogo':
        return 'ORGANIZER%s:mailto:%s' % ((';' + _cn(name, 'always')) if name else '', addr)
    if style == 'bare':
        return 'ORGANIZER%s:MAILTO:%s' % ((';' + _cn(name, 'never')) if name else '', addr)
    return 'ORGANIZER%s:mailto:%s' % ((';' + _cn(name, 'needed')) if name else '', addr)


def dt_props(ev, mode, wintz=False):
    """Return (DTSTART line, DTEND line or None)"""
    s, e = ev['start'], ev.get('end')
    if ev.get('allday'):
        ds = 'DTSTART;VALUE=DATE:%s' % s.strftime('%Y%m%d')
        de = 'DTEND;VALUE=DATE:%s' % e.strftime('%Y%m%d') if e else None
        return ds, de
    tz = ev['tz']
    if mode == 'utc':
        ds = 'DTSTART:' + ics_utc(local_to_utc(tz, s))
        de = ('DTEND:' + ics_utc(local_to_utc(tz, e))) if e else None
    elif mode == 'floating':
        ds = 'DTSTART:' + ics_dt(s)
        de = ('DTEND:' + ics_dt(e)) if e else None
    else:
        tzid = TZ[tz][0] if wintz else tz
        q = '"%s"' % tzid if (mode == 'tzid-quoted') else tzid
        ds = 'DTSTART;TZID=%s:%s' % (q, ics_dt(s))
        de = ('DTEND;TZID=%s:%s' % (q, ics_dt(e))) if e else None
    return ds, de


def alarm_lines(al, style):
    L = ['BEGIN:VALARM']
    trig = al.get('trigger', '-PT15M')
    tl = 'TRIGGER:' + trig if not trig.startswith('TRIGGER') else trig
    if style == 'outlook':
        L += ['DESCRIPTION:' + ical_escape(al.get('desc', 'REMINDER')), 'TRIGGER;RELATED=START:' + trig,
              'ACTION:' + al.get('action', 'DISPLAY')]
    elif style == 'apple':
        L += ['ACTION:' + al.get('action', 'DISPLAY'), 'DESCRIPTION:' + ical_escape(al.get('desc', 'Reminder')), tl]
        if al.get('uid'):
            L += ['UID:' + al['uid'], 'X-WR-ALARMUID:' + al['uid']]
    else:
        L += ['ACTION:' + al.get('action', 'DISPLAY'), tl, 'DESCRIPTION:' + ical_escape(al.get('desc', 'Reminder'))]
    if al.get('repeat'):
        L += ['REPEAT:%d' % al['repeat'], 'DURATION:' + al.get('duration', 'PT5M')]
    if al.get('action') == 'EMAIL':
        L += ['SUMMARY:' + ical_escape(al.get('summary', 'Alarm notification')),
              'ATTENDEE:mailto:' + al.get('to', 'nobody@example.invalid')]
    L.append('END:VALARM')
    return L


def compose(m, prof):
    """m: message spec; prof: dict with keys described in clients.py. Returns text (str) of the calendar."""
    q = m.get('quirks', set())
    method = m.get('method')
    lines = ['BEGIN:VCALENDAR']
    for h in prof['head']:
        if h == 'METHOD':
            if method and 'no-method' not in q:
                lines.append('METHOD:' + method)
        else:
            lines.append(h)
    lines += m.get('cal_extra', [])
    dtmode = prof.get('dt', 'tzid')
    tzstyle = prof.get('tzstyle', 'olson')
    # time zones
    tzs = []
    for ev in m['events']:
        if ev.get('allday') or dtmode in ('utc', 'floating'):
            continue
        if ev['tz'] not in tzs:
            tzs.append(ev['tz'])
    if 'no-vtimezone' not in q:
        for tz in tzs:
            lines += vtimezone(tz, tzstyle)
    esc_commas = 'unescaped-commas' not in q
    for ev in m['events']:
        comp = ev.get('comp', 'VEVENT')
        P = {}
        ds, de = dt_props(ev, ev.get('dtmode', dtmode), wintz=(tzstyle == 'windows'))
        P['DTSTART'] = [ds]
        if comp == 'VTODO':
            if ev.get('due'):
                P['DUE'] = [ds.replace('DTSTART', 'DUE')]
            else:
                P['DUE'] = [de.replace('DTEND', 'DUE')] if de else []
            if ev.get('nostart'):
                P['DTSTART'] = []
            P['STATUS'] = ['STATUS:' + ev.get('status', 'NEEDS-ACTION')]
            if ev.get('percent') is not None:
                P['PERCENT-COMPLETE'] = ['PERCENT-COMPLETE:%d' % ev['percent']]
        else:
            if de and not ev.get('duration'):
                P['DTEND'] = [de]
            if ev.get('duration'):
                P['DURATION'] = ['DURATION:' + ev['duration']]
            if ev.get('status', 'CONFIRMED'):
                st = ev.get('status', 'CONFIRMED')
                if method == 'CANCEL' and 'status' not in ev:
                    st = 'CANCELLED'
                P['STATUS'] = ['STATUS:' + st]
        stamp = m['date'] - dt.timedelta(seconds=ev.get('stamp_skew', 3))
        if 'no-dtstamp' not in q:
            P['DTSTAMP'] = ['DTSTAMP:' + ics_utc(stamp)]
        created = ev.get('created') or (m['date'] - dt.timedelta(minutes=ev.get('created_ago', 2)))
        P['CREATED'] = ['CREATED:' + ics_utc(created)] if prof.get('created', True) else []
        P['LAST-MODIFIED'] = ['LAST-MODIFIED:' + ics_utc(stamp - dt.timedelta(seconds=1))] if prof.get('lastmod', True) else []
        if ev.get('uid') and 'no-uid' not in q:
            P['UID'] = ['UID:' + ev['uid']]
        lang = prof.get('lang_param')
        lp = (';LANGUAGE=' + lang) if lang else ''
        if ev.get('summary') is not None:
            P['SUMMARY'] = ['SUMMARY%s:%s' % (lp, ical_escape(ev['summary'], esc_commas))]
        if ev.get('desc'):
            P['DESCRIPTION'] = ['DESCRIPTION%s:%s' % (lp, ical_escape(ev['desc'], esc_commas))]
        elif prof.get('empty_desc'):
            P['DESCRIPTION'] = ['DESCRIPTION:']
        if ev.get('loc') is not None:
            P['LOCATION'] = ['LOCATION%s:%s' % (lp, ical_escape(ev['loc'], esc_commas))]
        elif prof.get('empty_loc'):
            P['LOCATION'] = ['LOCATION:']
        if ev.get('url'):
            P['URL'] = ['URL;VALUE=URI:' + ev['url'] if prof.get('url_value') else 'URL:' + ev['url']]
        if ev.get('organizer') and 'no-organizer' not in q:
            P['ORGANIZER'] = [ev.get('organizer_raw') or organizer_line(ev['organizer'], prof.get('att', 'plain'))]
        if ev.get('attendees'):
            P['ATTENDEE'] = [attendee_line(a, prof.get('att', 'plain')) for a in ev['attendees']]
        if ev.get('rrule'):
            P['RRULE'] = ['RRULE:' + ev['rrule']]
        if ev.get('exdate'):
            P['EXDATE'] = ev['exdate']
        if ev.get('recurrence_id'):
            P['RECURRENCE-ID'] = [ev['recurrence_id']]
        P['SEQUENCE'] = ['SEQUENCE:%d' % ev.get('seq', 0)]
        if ev.get('cls') or prof.get('cls'):
            P['CLASS'] = ['CLASS:' + (ev.get('cls') or prof.get('cls'))]
        if ev.get('priority') is not None or prof.get('priority') is not None:
            P['PRIORITY'] = ['PRIORITY:%d' % (ev.get('priority') if ev.get('priority') is not None else prof['priority'])]
        if comp == 'VEVENT' and prof.get('transp', True):
            P['TRANSP'] = ['TRANSP:' + ev.get('transp', 'OPAQUE')]
        if ev.get('categories'):
            P['CATEGORIES'] = ['CATEGORIES:' + ','.join(ical_escape(c) for c in ev['categories'])]
        if ev.get('comment'):
            P['COMMENT'] = ['COMMENT%s:%s' % (lp, ical_escape(ev['comment']))]
        if ev.get('x_alt_desc'):
            P['X-ALT-DESC'] = ['X-ALT-DESC;FMTTYPE=text/html:' + ical_escape(ev['x_alt_desc'], esc_commas)]
        if ev.get('attach'):
            P['ATTACH'] = ev['attach']
        if ev.get('conference'):
            P['CONFERENCE'] = ev['conference']
        if ev.get('image'):
            P['IMAGE'] = ev['image']
        if ev.get('geo'):
            P['GEO'] = ['GEO:' + ev['geo']]
        if ev.get('contact'):
            P['CONTACT'] = ['CONTACT:' + ical_escape(ev['contact'])]
        if ev.get('request_status'):
            P['REQUEST-STATUS'] = ['REQUEST-STATUS:' + ev['request_status']]
        for k, v in prof.get('xprops', lambda ev, m: [])(ev, m):
            P.setdefault(k, []).append(v)
        for line in ev.get('extra', []):
            k = line.split(':')[0].split(';')[0]
            P.setdefault(k, []).append(line)
        order = prof.get('order')
        if order == 'alpha':
            keys = sorted(P)
        else:
            keys = [k for k in order if k in P] + [k for k in P if k not in order]
        body = []
        for k in keys:
            body += P[k]
        alarms = ev.get('alarms')
        if alarms is None:
            alarms = prof.get('default_alarms', [])
        for al in alarms:
            body += alarm_lines(al, prof.get('alarm_style', 'plain'))
        lines += ['BEGIN:' + comp] + body + ['END:' + comp]
    lines.append('END:VCALENDAR')
    eol = '\n' if 'lf-ics' in q else '\r\n'
    by = 'none' if 'no-fold' in q else ('chars' if 'char-fold' in q else 'octets')
    limit = prof.get('fold_limit', 75)
    cont = '\t' if 'tab-fold' in q or prof.get('tab_fold') else ' '
    return ical_join(lines, eol=eol, limit=limit, cont=cont, by=by)
