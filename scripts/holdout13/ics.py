# -*- coding: utf-8 -*-
"""iCalendar rendering in the style of individual clients."""
import datetime as dt
from core import (vtimezone, esc, pval, icdt, icutc, icdate, to_utc, TZ, rhex, ruuid, rdigits, ralnum,
                  join_ics, rlower)

EXCH_PREFIX = '040000008200E00074C5B7101A82E008'


def _isdate(v):
    return isinstance(v, dt.date) and not isinstance(v, dt.datetime)


def make_uid(r, style, ev, m):
    if style == 'google':
        return ralnum(r, 26, 'abcdefghijklmnopqrstuv0123456789') + '@google.com'
    if style in ('exchange', 'outlook16'):
        return EXCH_PREFIX + '00000000' + rhex(r, 16, True) + '000000000000000010000000' + rhex(r, 32, True)
    if style in ('apple', 'icloud'):
        return ruuid(r, True)
    if style in ('thunderbird', 'sabre', 'zimbra'):
        return ruuid(r)
    if style == 'zoom':
        return 'ZOOM' + rdigits(r, 11)
    if style == 'sogo':
        return '%s-%s-%s-%s' % (rhex(r, 3, True), rhex(r, 8, True), r.randint(1, 9), rhex(r, 8, True))
    if style == 'yahoo':
        return rhex(r, 24) + '@yahoo.com'
    return ruuid(r)


def _dtline(name, v, tz, mode, tzid=None, quote=False):
    if _isdate(v):
        return '%s;VALUE=DATE:%s' % (name, icdate(v))
    if mode == 'utc':
        return '%s:%s' % (name, icutc(to_utc(v, tz)))
    if mode == 'float':
        return '%s:%s' % (name, icdt(v))
    t = tzid or tz
    return '%s;TZID=%s:%s' % (name, ('"%s"' % t) if quote else t, icdt(v))


def _att_google(a):
    cn = a.get('name') or a['email']
    return ('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s'
            % (a.get('role', 'REQ-PARTICIPANT'), a.get('partstat', 'NEEDS-ACTION'), pval(cn), a['email']))


def _cn(a, q='auto'):
    return pval(a.get('name') or a['email'], q)


def _common_text(ev, lang_param=''):
    """DESCRIPTION/SUMMARY/LOCATION lines in a neutral way."""
    out = {}
    if ev.get('description') is not None:
        out['DESCRIPTION'] = 'DESCRIPTION%s:%s' % (lang_param, esc(ev['description'], ev.get('esc_commas', True)))
    out['SUMMARY'] = 'SUMMARY%s:%s' % (lang_param, esc(ev['summary'], ev.get('esc_commas', True)))
    if ev.get('location') is not None:
        out['LOCATION'] = 'LOCATION%s:%s' % (lang_param, esc(ev['location'], ev.get('esc_commas', True)))
    return out


def _alarm_lines(ev, style):
    L = []
    for a in ev.get('alarms') or []:
        trig = a if isinstance(a, str) else a[0]
        desc = None if isinstance(a, str) else a[1]
        if style == 'google':
            L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:%s' % (desc or 'This is an event reminder'),
                  'TRIGGER:' + trig, 'END:VALARM']
        elif style == 'exchange':
            L += ['BEGIN:VALARM', 'DESCRIPTION:%s' % (desc or 'REMINDER'), 'TRIGGER;RELATED=START:' + trig,
                  'ACTION:DISPLAY', 'END:VALARM']
        elif style == 'outlook16':
            L += ['BEGIN:VALARM', 'TRIGGER:' + trig, 'ACTION:DISPLAY', 'DESCRIPTION:%s' % (desc or 'Reminder'),
                  'END:VALARM']
        elif style == 'thunderbird':
            L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;VALUE=DURATION:' + trig,
                  'DESCRIPTION:%s' % (desc or 'Default Mozilla Description'), 'END:VALARM']
        elif style in ('apple', 'icloud'):
            L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:' + trig, 'DESCRIPTION:%s' % (desc or 'Reminder'),
                  'END:VALARM']
        elif style == 'zimbra':
            L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;RELATED=START:' + trig,
                  'DESCRIPTION:%s' % (desc or 'Reminder'), 'END:VALARM']
        else:
            L += ['BEGIN:VALARM', 'TRIGGER:' + trig, 'ACTION:DISPLAY', 'DESCRIPTION:%s' % esc(desc or 'Reminder'),
                  'END:VALARM']
    return L


def _extras(ev, style):
    """URL / ATTACH / CONFERENCE / X-ALT-DESC / raw extras."""
    L = []
    if ev.get('url'):
        L.append(('URL;VALUE=URI:' if style in ('apple', 'icloud') else 'URL:') + ev['url'])
    for at in ev.get('attach') or []:
        uri, fmt, fn = (list(at) + [None, None])[:3]
        p = ''
        if fn:
            p += ';FILENAME=' + pval(fn)
        if fmt:
            p += ';FMTTYPE=' + fmt
        if style in ('apple', 'icloud'):
            p += ';VALUE=URI'
        L.append('ATTACH%s:%s' % (p, uri))
    for c in ev.get('conf') or []:
        uri, label = c
        L.append('CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO;LABEL=%s:%s' % (pval(label), uri))
    if ev.get('altdesc'):
        L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(ev['altdesc'], False))
    L += ev.get('extra') or []
    return L


def _rr(ev):
    L = []
    if ev.get('rrule'):
        L.append('RRULE:' + ev['rrule'])
    return L


# ----------------------------------------------------------------------------- styles

def ics_google(ev, m, r):
    tz = ev['tz']
    recurring = bool(ev.get('rrule'))
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', 'METHOD:' + ev['method']]
    mode = 'tzid' if recurring else 'utc'
    if recurring and not ev.get('allday'):
        L += vtimezone(tz, 'google')
    for e in [ev] + ev.get('more', []):
        L += ['BEGIN:VEVENT', _dtline('DTSTART', e['start'], tz, mode), _dtline('DTEND', e['end'], tz, mode)]
        L += _rr(e)
        L.append('DTSTAMP:' + icutc(m['sent']))
        on, oe = e['organizer']
        L.append('ORGANIZER;CN=%s:mailto:%s' % (pval(on or oe), oe))
        L.append('UID:' + e['uid'])
        if e['method'] == 'REPLY':
            for a in e['attendees']:
                L.append(_att_google(a))
        else:
            if not e.get('org_not_attendee'):
                L.append(_att_google(dict(name=on or oe, email=oe, partstat='ACCEPTED')))
            for a in e['attendees']:
                L.append(_att_google(a))
        if e.get('meet'):
            L.append('X-GOOGLE-CONFERENCE:' + e['meet'])
        for at in e.get('attach') or []:
            uri, fmt, fn = (list(at) + [None, None])[:3]
            L.append('ATTACH;FILENAME=%s;FMTTYPE=%s:%s' % (pval(fn or 'Attachment'), fmt or 'application/pdf', uri))
        L.append('X-MICROSOFT-CDO-OWNERAPPTID:%d' % e.setdefault('ownerapptid', r.randint(-2000000000, 2000000000)))
        L.append('CREATED:' + icutc(e['created']))
        t = _common_text(e)
        L.append(t.get('DESCRIPTION', 'DESCRIPTION:'))
        L.append('LAST-MODIFIED:' + icutc(e['lastmod']))
        L.append(t.get('LOCATION', 'LOCATION:'))
        L.append('SEQUENCE:%d' % e.get('seq', 0))
        L.append('STATUS:' + e.get('status', 'CONFIRMED'))
        L.append(t['SUMMARY'])
        L.append('TRANSP:' + e.get('transp', 'OPAQUE'))
        L += [x for x in e.get('extra') or []]
        L += _alarm_lines(e, 'google')
        L.append('END:VEVENT')
    L.append('END:VCALENDAR')
    return L


def ics_exchange(ev, m, r):
    tz = ev['tz']
    ms = TZ[tz][3]
    lang = m['langtag']
    L = ['BEGIN:VCALENDAR', 'METHOD:' + ev['method'], 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    if not ev.get('allday'):
        L += vtimezone(tz, 'ms')
    for e in [ev] + ev.get('more', []):
        L.append('BEGIN:VEVENT')
        on, oe = e['organizer']
        L.append('ORGANIZER;CN=%s:mailto:%s' % (pval(on or oe), oe))
        for a in e['attendees']:
            L.append('ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s:mailto:%s' % (
                a.get('role', 'REQ-PARTICIPANT'), a.get('partstat', 'NEEDS-ACTION'),
                'TRUE' if a.get('rsvp', True) else 'FALSE', _cn(a), a['email']))
        if e.get('comment'):
            L.append('COMMENT;LANGUAGE=%s:%s' % (lang, esc(e['comment'])))
        if e.get('description') is not None:
            L.append('DESCRIPTION;LANGUAGE=%s:%s' % (lang, esc(e['description'])))
        L += _rr(e)
        L.append('UID:' + e['uid'])
        L.append('SUMMARY;LANGUAGE=%s:%s' % (lang, esc(e['summary'])))
        L.append(_dtline('DTSTART', e['start'], tz, 'tzid', ms))
        L.append(_dtline('DTEND', e['end'], tz, 'tzid', ms))
        L += ['CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:' + icutc(m['sent']), 'TRANSP:OPAQUE',
              'STATUS:' + e.get('status', 'CONFIRMED'), 'SEQUENCE:%d' % e.get('seq', 0)]
        if e.get('location') is not None:
            L.append('LOCATION;LANGUAGE=%s:%s' % (lang, esc(e['location'])))
        L.append('X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % e.get('seq', 0))
        L.append('X-MICROSOFT-CDO-OWNERAPPTID:%d' % e.setdefault('ownerapptid', r.randint(-2100000000, 2100000000)))
        L.append('X-MICROSOFT-CDO-BUSYSTATUS:%s' % ('FREE' if e['method'] == 'CANCEL' else 'TENTATIVE'))
        L.append('X-MICROSOFT-CDO-INTENDEDSTATUS:%s' % e.get('busy', 'BUSY'))
        L.append('X-MICROSOFT-CDO-ALLDAYEVENT:%s' % ('TRUE' if e.get('allday') else 'FALSE'))
        L.append('X-MICROSOFT-CDO-IMPORTANCE:%d' % e.get('importance', 1))
        L.append('X-MICROSOFT-CDO-INSTTYPE:%d' % (1 if e.get('rrule') else 0))
        if e.get('teams'):
            L.append('X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:')
            L.append('X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s'
                     % (oe, rlower(r, 40), rhex(r, 32), ruuid(r)) if m['sent'].year >= 2021 else
                     'X-MICROSOFT-ONLINEMEETINGCONFLINK:')
            L.append('X-MICROSOFT-SKYPETEAMSMEETINGURL:' + e['teams'])
            L.append('X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/%s/%s/19_meeting_%s@thread.v2/0'
                     % (ruuid(r), ruuid(r), rlower(r, 40)))
            L.append('X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}'
                     % rlower(r, 40))
        L.append('X-MICROSOFT-DONOTFORWARDMEETING:FALSE')
        L.append('X-MICROSOFT-DISALLOW-COUNTER:FALSE')
        if m['sent'].year >= 2021:
            L.append('X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT')
            L.append('X-MICROSOFT-ISRESPONSEREQUESTED:TRUE')
        if e.get('location') and m['sent'].year >= 2020:
            L.append('X-MICROSOFT-LOCATIONS:[ { "DisplayName" : "%s"\\, "LocationAnnotation" : ""\\, "LocationUri" : ""\\, "LocationStreet" : ""\\, "LocationCity" : ""\\, "LocationState" : ""\\, "LocationCountry" : ""\\, "LocationPostalCode" : ""\\, "LocationFullAddress" : "" } ]'
                     % esc(e['location']).replace('"', '\\"'))
        L += e.get('extra') or []
        if e['method'] == 'REQUEST':
            L += _alarm_lines(e, 'exchange')
        L.append('END:VEVENT')
    L.append('END:VCALENDAR')
    return L


def ics_outlook16(ev, m, r):
    tz = ev['tz']
    ms = TZ[tz][3]
    ver = m['opts'].get('olver', '16.0')
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook %s MIMEDIR//EN' % ver, 'VERSION:2.0',
         'METHOD:' + ev['method'], 'X-MS-OLK-FORCEINSPECTOROPEN:TRUE']
    if not ev.get('allday'):
        L += vtimezone(tz, 'ms')
    for e in [ev] + ev.get('more', []):
        props = []
        for a in e['attendees']:
            if e['method'] in ('REPLY', 'COUNTER'):
                props.append('ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s' % (a.get('partstat', 'ACCEPTED'),
                                                                    _cn(a, 'always'), a['email']))
            else:
                props.append('ATTENDEE;CN=%s;RSVP=TRUE:mailto:%s' % (_cn(a, 'always'), a['email']))
        props.append('CLASS:PUBLIC')
        props.append('CREATED:' + icutc(e['created']))
        if e.get('description') is not None:
            props.append('DESCRIPTION:' + esc(e['description']))
        props.append(_dtline('DTEND', e['end'], tz, 'tzid', ms, quote=True))
        props.append('DTSTAMP:' + icutc(m['sent']))
        props.append(_dtline('DTSTART', e['start'], tz, 'tzid', ms, quote=True))
        props.append('LAST-MODIFIED:' + icutc(e['lastmod']))
        if e.get('location') is not None:
            props.append('LOCATION:' + esc(e['location']))
        on, oe = e['organizer']
        props.append('ORGANIZER;CN=%s:mailto:%s' % (pval(on or oe, 'always'), oe))
        props.append('PRIORITY:5')
        props += _rr(e)
        props.append('SEQUENCE:%d' % e.get('seq', 0))
        props.append('SUMMARY;LANGUAGE=%s:%s' % (m['langtag'].split('-')[0], esc(e['summary'])))
        props.append('TRANSP:OPAQUE')
        props.append('UID:' + e['uid'])
        if e.get('url'):
            props.append('URL:' + e['url'])
        if e.get('altdesc'):
            props.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(e['altdesc'], False))
        props += ['X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-IMPORTANCE:1',
                  'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MS-OLK-AUTOFILLLOCATION:FALSE',
                  'X-MS-OLK-AUTOSTARTCHECK:FALSE', 'X-MS-OLK-CONFTYPE:0']
        props += e.get('extra') or []
        L += ['BEGIN:VEVENT'] + props + _alarm_lines(e, 'outlook16') + ['END:VEVENT']
    L.append('END:VCALENDAR')
    return L


def _apple_prodid(m):
    y = m['sent'].year
    if m['opts'].get('ios'):
        v = {2016: 'iPhone OS 9.3.5', 2017: 'iPhone OS 10.3.3', 2018: 'iPhone OS 11.4.1', 2019: 'iPhone OS 12.4',
             2020: 'iOS 13.6', 2021: 'iOS 14.7.1', 2022: 'iOS 15.6', 2023: 'iOS 16.5', 2024: 'iOS 17.4.1',
             2025: 'iOS 18.3', 2026: 'iOS 26.1'}[y]
    else:
        v = {2016: 'Mac OS X 10.11.6', 2017: 'Mac OS X 10.12.6', 2018: 'Mac OS X 10.13.6', 2019: 'Mac OS X 10.14.6',
             2020: 'macOS 10.15.7', 2021: 'macOS 11.6', 2022: 'macOS 12.6', 2023: 'macOS 13.5', 2024: 'macOS 14.4',
             2025: 'macOS 15.3', 2026: 'macOS 26.1'}[y]
    return '-//Apple Inc.//%s//EN' % v


def ics_apple(ev, m, r):
    tz = ev['tz']
    L = ['BEGIN:VCALENDAR', 'METHOD:' + ev['method'], 'VERSION:2.0', 'PRODID:' + _apple_prodid(m),
         'CALSCALE:GREGORIAN']
    if not ev.get('allday') and not ev.get('floating'):
        L += vtimezone(tz, 'apple')
    mode = 'float' if ev.get('floating') else 'tzid'
    for e in [ev] + ev.get('more', []):
        on, oe = e['organizer']
        P = ['TRANSP:OPAQUE', _dtline('DTEND', e['end'], tz, mode)]
        P.append('ORGANIZER;CN=%s;EMAIL=%s:mailto:%s' % (pval(on or oe, 'always'), pval(oe, 'always'), oe))
        P.append('UID:' + e['uid'])
        P.append('DTSTAMP:' + icutc(m['sent']))
        t = _common_text(e)
        if 'LOCATION' in t:
            P.append(t['LOCATION'])
        P.append('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC')
        if e.get('description') is not None:
            P.append(t['DESCRIPTION'])
        P += _rr(e)
        P.append('SEQUENCE:%d' % e.get('seq', 0))
        P.append(t['SUMMARY'])
        P.append('LAST-MODIFIED:' + icutc(e['lastmod']))
        for a in e['attendees']:
            P.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s'
                     % (_cn(a, 'always'), pval(a['email'], 'always'), a.get('partstat', 'NEEDS-ACTION'), a['email']))
        if e['method'] != 'REPLY' and not e.get('org_not_attendee'):
            P.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s'
                     % (pval(on or oe, 'always'), pval(oe, 'always'), oe))
        P.append(_dtline('DTSTART', e['start'], tz, mode))
        P.append('CREATED:' + icutc(e['created']))
        P += _extras(e, 'apple')
        if e.get('geo'):
            lat, lon, title = e['geo']
            P.append('X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-MAPKIT-HANDLE=;X-APPLE-RADIUS=%d;'
                     'X-APPLE-REFERENCEFRAME=1;X-TITLE=%s:geo:%.6f,%.6f' % (r.randint(70, 200), pval(title, 'always'), lat, lon))
        L += ['BEGIN:VEVENT'] + P + _alarm_lines(e, 'apple') + ['END:VEVENT']
    L.append('END:VCALENDAR')
    return L


def ics_thunderbird(ev, m, r):
    tz = ev['tz']
    y = m['sent'].year
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', 'VERSION:2.0',
         'METHOD:' + ev['method']]
    if not ev.get('allday'):
        L += vtimezone(tz, 'mozilla' if y < 2021 else 'mozilla-new')
    for e in [ev] + ev.get('more', []):
        comp = e.get('comp', 'VEVENT')
        on, oe = e['organizer']
        P = ['CREATED:' + icutc(e['created']), 'LAST-MODIFIED:' + icutc(e['lastmod']), 'DTSTAMP:' + icutc(m['sent']),
             'UID:' + e['uid'], 'SUMMARY:' + esc(e['summary'])]
        P.append('ORGANIZER;RSVP=TRUE;CN=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s' % (pval(on or oe), oe))
        for a in e['attendees']:
            P.append('ATTENDEE;RSVP=TRUE;CN=%s;PARTSTAT=%s;ROLE=REQ-PARTICIPANT:mailto:%s'
                     % (_cn(a), a.get('partstat', 'NEEDS-ACTION'), a['email']))
        P += _rr(e)
        if comp == 'VTODO':
            P.append(_dtline('DTSTART', e['start'], tz, 'tzid'))
            P.append(_dtline('DUE', e['end'], tz, 'tzid'))
            P.append('STATUS:NEEDS-ACTION')
            P.append('PERCENT-COMPLETE:0')
        else:
            P.append(_dtline('DTSTART', e['start'], tz, 'tzid'))
            P.append(_dtline('DTEND', e['end'], tz, 'tzid'))
        t = _common_text(e)
        if 'DESCRIPTION' in t:
            P.append(t['DESCRIPTION'])
        if 'LOCATION' in t:
            P.append(t['LOCATION'])
        if comp == 'VEVENT':
            P.append('TRANSP:OPAQUE')
        P += _extras(e, 'thunderbird')
        P += ['X-MOZ-SEND-INVITATIONS:TRUE', 'X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE']
        P.append('SEQUENCE:%d' % e.get('seq', 0))
        L += ['BEGIN:' + comp] + P + _alarm_lines(e, 'thunderbird') + ['END:' + comp]
    L.append('END:VCALENDAR')
    return L


def ics_zoom(ev, m, r):
    tz = ev['tz']
    L = ['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
         'METHOD:' + ev['method'], 'CLASS:PUBLIC']
    L += vtimezone(tz, 'generic')
    for e in [ev] + ev.get('more', []):
        L += ['BEGIN:VEVENT', 'DTSTAMP:' + icutc(m['sent']), _dtline('DTSTART', e['start'], tz, 'tzid'),
              _dtline('DTEND', e['end'], tz, 'tzid'), 'SUMMARY:' + esc(e['summary']),
              'UID:' + e['uid'], 'TZID:' + tz]
        if e.get('description') is not None:
            L.append('DESCRIPTION:' + esc(e['description']))
        if e.get('location') is not None:
            L.append('LOCATION:' + esc(e['location']))
        L += _rr(e)
        L += e.get('extra') or []
        L += _alarm_lines(e, 'generic')
        L.append('END:VEVENT')
    L.append('END:VCALENDAR')
    return L


def _sabre_version(m):
    y = m['sent'].year
    return '4.1.2' if y < 2019 else ('4.2.0' if y < 2022 else ('4.4.2' if y < 2024 else '4.5.4'))


def ics_sabre(ev, m, r):
    tz = ev['tz']
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Sabre//Sabre VObject %s//EN' % _sabre_version(m),
         'CALSCALE:GREGORIAN', 'METHOD:' + ev['method']]
    if not ev.get('allday'):
        L += vtimezone(tz, 'generic')
    for e in [ev] + ev.get('more', []):
        comp = e.get('comp', 'VEVENT')
        on, oe = e['organizer']
        P = ['CREATED:' + icutc(e['created']), 'DTSTAMP:' + icutc(m['sent']), 'LAST-MODIFIED:' + icutc(e['lastmod']),
             'SEQUENCE:%d' % e.get('seq', 0), 'UID:' + e['uid']]
        P.append(_dtline('DTSTART', e['start'], tz, 'tzid'))
        P.append(_dtline('DUE' if comp == 'VTODO' else 'DTEND', e['end'], tz, 'tzid'))
        P.append('STATUS:' + ('NEEDS-ACTION' if comp == 'VTODO' else e.get('status', 'CONFIRMED')))
        t = _common_text(e)
        P.append(t['SUMMARY'])
        if 'LOCATION' in t:
            P.append(t['LOCATION'])
        if 'DESCRIPTION' in t:
            P.append(t['DESCRIPTION'])
        P += _rr(e)
        P.append('ORGANIZER;CN=%s:mailto:%s' % (pval(on or oe), oe))
        for a in e['attendees']:
            P.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;PARTSTAT=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE;LANGUAGE=%s:mailto:%s'
                     % (_cn(a), a.get('partstat', 'NEEDS-ACTION'), m['langtag'].split('-')[0], a['email']))
        P += _extras(e, 'sabre')
        L += ['BEGIN:' + comp] + P + _alarm_lines(e, 'generic') + ['END:' + comp]
    L.append('END:VCALENDAR')
    return L


def ics_zimbra(ev, m, r):
    tz = ev['tz']
    L = ['BEGIN:VCALENDAR', 'PRODID:Zimbra-Calendar-Provider', 'VERSION:2.0', 'METHOD:' + ev['method']]
    if not ev.get('allday'):
        L += vtimezone(tz, 'zimbra')
    for e in [ev] + ev.get('more', []):
        on, oe = e['organizer']
        P = ['UID:' + e['uid'], 'SUMMARY:' + esc(e['summary'])]
        for a in e['attendees']:
            P.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE:mailto:%s'
                     % (_cn(a), a.get('partstat', 'NEEDS-ACTION'), a['email']))
        P.append('ORGANIZER;CN=%s:mailto:%s' % (pval(on or oe), oe))
        if e.get('location') is not None:
            P.append('LOCATION:' + esc(e['location']))
        P.append(_dtline('DTSTART', e['start'], tz, 'tzid', quote=True))
        P.append(_dtline('DTEND', e['end'], tz, 'tzid', quote=True))
        P += _rr(e)
        P += ['STATUS:' + e.get('status', 'CONFIRMED'), 'CLASS:PUBLIC', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
              'TRANSP:OPAQUE', 'LAST-MODIFIED:' + icutc(e['lastmod']), 'DTSTAMP:' + icutc(m['sent']),
              'SEQUENCE:%d' % e.get('seq', 0)]
        if e.get('description') is not None:
            P.append('DESCRIPTION:' + esc(e['description']))
        if e.get('altdesc'):
            P.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(e['altdesc'], False))
        P += e.get('extra') or []
        L += ['BEGIN:VEVENT'] + P + _alarm_lines(e, 'zimbra') + ['END:VEVENT']
    L.append('END:VCALENDAR')
    return L


def ics_yahoo(ev, m, r):
    tz = ev['tz']
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Yahoo! Inc.//Yahoo! Calendar//EN', 'METHOD:' + ev['method']]
    for e in [ev] + ev.get('more', []):
        on, oe = e['organizer']
        P = ['UID:' + e['uid'], 'SUMMARY:' + esc(e['summary']), _dtline('DTSTART', e['start'], tz, 'utc'),
             _dtline('DTEND', e['end'], tz, 'utc')]
        P += _rr(e)
        if e.get('description') is not None:
            P.append('DESCRIPTION:' + esc(e['description']))
        if e.get('location') is not None:
            P.append('LOCATION:' + esc(e['location']))
        P.append('ORGANIZER;CN=%s:mailto:%s' % (pval(on or oe), oe))
        for a in e['attendees']:
            P.append('ATTENDEE;CN=%s;PARTSTAT=%s;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:%s'
                     % (_cn(a), a.get('partstat', 'NEEDS-ACTION'), a['email']))
        P += ['CLASS:PUBLIC', 'STATUS:' + e.get('status', 'CONFIRMED'), 'TRANSP:OPAQUE',
              'SEQUENCE:%d' % e.get('seq', 0), 'DTSTAMP:' + icutc(m['sent']), 'CREATED:' + icutc(e['created']),
              'LAST-MODIFIED:' + icutc(e['lastmod'])]
        P += e.get('extra') or []
        L += ['BEGIN:VEVENT'] + P + _alarm_lines(e, 'generic') + ['END:VEVENT']
    L.append('END:VCALENDAR')
    return L


def _sogo_version(m):
    y = m['sent'].year
    return '3.2.10' if y < 2018 else ('4.3.2' if y < 2021 else '5.%d.%d' % (min(y - 2021, 11), y % 5))


def ics_sogo(ev, m, r):
    tz = ev['tz']
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Inverse inc./SOGo %s//EN' % _sogo_version(m),
         'METHOD:' + ev['method']]
    if not ev.get('allday'):
        L += vtimezone(tz, 'generic')
    for e in [ev] + ev.get('more', []):
        on, oe = e['organizer']
        P = ['UID:' + e['uid'], 'SUMMARY:' + esc(e['summary'])]
        if e.get('location') is not None:
            P.append('LOCATION:' + esc(e['location']))
        comp = e.get('comp', 'VEVENT')
        P += ['CLASS:PUBLIC', 'X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:YES']
        if comp == 'VEVENT':
            P.append('TRANSP:OPAQUE')
        P += [_dtline('DTSTART', e['start'], tz, 'tzid'),
              _dtline('DUE' if comp == 'VTODO' else 'DTEND', e['end'], tz, 'tzid')]
        if comp == 'VTODO':
            P += ['STATUS:NEEDS-ACTION', 'PERCENT-COMPLETE:0']
        P += _rr(e)
        P += ['CREATED:' + icutc(e['created']), 'DTSTAMP:' + icutc(m['sent']), 'LAST-MODIFIED:' + icutc(e['lastmod'])]
        P.append('ORGANIZER;CN=%s:mailto:%s' % (pval(on or oe, 'always'), oe))
        for a in e['attendees']:
            P.append('ATTENDEE;PARTSTAT=%s;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CN=%s:mailto:%s'
                     % (a.get('partstat', 'NEEDS-ACTION'), _cn(a, 'always'), a['email']))
        if e.get('description') is not None:
            P.append('DESCRIPTION:' + esc(e['description']))
        P += _extras(e, 'sogo')
        P.append('SEQUENCE:%d' % e.get('seq', 0))
        L += ['BEGIN:' + comp] + P + _alarm_lines(e, 'generic') + ['END:' + comp]
    L.append('END:VCALENDAR')
    return L


def ics_generic(ev, m, r):
    """Booking engines, ESPs and hand-rolled tools.  Options in m['opts']['ics']:
    prodid, method (None = omit), tzmode ('tzid','utc','float','tzid-nodef'), calname, order ('std','rfc'),
    attendees (bool), org (bool), escape_commas, version_first"""
    o = m['opts'].get('ics', {})
    tz = ev['tz']
    L = ['BEGIN:VCALENDAR']
    head = ['VERSION:2.0', 'PRODID:' + o.get('prodid', '-//hacksw/handcal//NONSGML v1.0//EN')]
    if o.get('prodid_first'):
        head.reverse()
    L += head
    if o.get('calscale', True):
        L.append('CALSCALE:GREGORIAN')
    meth = o.get('method', ev['method'])
    if meth:
        L.append('METHOD:' + meth)
    if o.get('calname'):
        L.append('X-WR-CALNAME:' + esc(o['calname']))
        L.append('X-WR-TIMEZONE:' + tz)
    mode = o.get('tzmode', 'tzid')
    if mode == 'tzid' and not ev.get('allday'):
        L += vtimezone(tz, o.get('tzstyle', 'generic'))
    if mode == 'tzid-nodef':
        mode = 'tzid'
    for e in [ev] + ev.get('more', []):
        comp = e.get('comp', 'VEVENT')
        commas = o.get('escape_commas', True)
        on, oe = e['organizer']
        P = ['UID:' + e['uid'], 'DTSTAMP:' + icutc(m['sent'])]
        P.append(_dtline('DTSTART', e['start'], tz, mode))
        if comp == 'VTODO':
            P.append(_dtline('DUE', e['end'], tz, mode))
        elif e.get('duration'):
            P.append('DURATION:' + e['duration'])
        else:
            P.append(_dtline('DTEND', e['end'], tz, mode))
        P += _rr(e)
        P.append('SUMMARY:' + esc(e['summary'], commas))
        if e.get('description') is not None:
            P.append('DESCRIPTION:' + esc(e['description'], commas))
        if e.get('location') is not None:
            P.append('LOCATION:' + esc(e['location'], commas))
        if o.get('org', True) and oe:
            P.append('ORGANIZER;CN=%s:mailto:%s' % (pval(on or oe), oe))
        if o.get('attendees', True):
            for a in e['attendees']:
                P.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=%s;CN=%s:mailto:%s'
                         % (a.get('partstat', 'NEEDS-ACTION'), 'TRUE' if a.get('rsvp', True) else 'FALSE',
                            _cn(a), a['email']))
        if comp == 'VTODO':
            P.append('STATUS:NEEDS-ACTION')
            if e.get('priority'):
                P.append('PRIORITY:%d' % e['priority'])
        else:
            P.append('STATUS:' + e.get('status', 'CONFIRMED'))
            if o.get('seq', True):
                P.append('SEQUENCE:%d' % e.get('seq', 0))
        if e.get('categories'):
            P.append('CATEGORIES:' + e['categories'])
        P += _extras(e, 'generic')
        L += ['BEGIN:' + comp] + P + _alarm_lines(e, 'generic') + ['END:' + comp]
    L.append('END:VCALENDAR')
    return L


STYLES = {'google': ics_google, 'exchange': ics_exchange, 'outlook16': ics_outlook16, 'apple': ics_apple,
          'icloud': ics_apple, 'thunderbird': ics_thunderbird, 'zoom': ics_zoom, 'sabre': ics_sabre,
          'zimbra': ics_zimbra, 'yahoo': ics_yahoo, 'sogo': ics_sogo, 'generic': ics_generic}


def render(ev, m, r, style, charset='utf-8', fold='octet', nl=b'\r\n'):
    for e in [ev] + ev.get('more', []):
        if not e.get('uid'):
            e['uid'] = make_uid(r, style, e, m)
    lines = STYLES[style](ev, m, r)
    return join_ics(lines, charset, fold, nl)
