# -*- coding: utf-8 -*-
"""iCalendar and MIME rendering in the style of individual calendar clients."""
import datetime as dt
import html as htmlmod
from email.utils import format_datetime

from t11core import (CRLF, Leaf, Multi, TZ, vtimezone, to_utc, utc_offset, esc, esc_param, ts, tsz,
                     cal_text, hexid, alnum, uuid4, encoded_words, addr, fold_header, is_ascii, can_encode)
from t11text import UI, LANGTAG

EN_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def when_str(ev, lang):
    s, e, tz = ev['start'], ev['end'], ev['tz']
    _, abbr = utc_offset(tz, s)
    if ev.get('allday'):
        if lang == 'en':
            return '%s %s %d, %d' % (EN_DAYS[s.weekday()], EN_MON[s.month - 1], s.day, s.year)
        return s.strftime('%Y-%m-%d')
    if lang == 'en':
        def h(d):
            hh = d.hour % 12 or 12
            return ('%d:%02d' % (hh, d.minute) if d.minute else '%d' % hh) + ('am' if d.hour < 12 else 'pm')
        return '%s %s %d, %d %s – %s (%s)' % (EN_DAYS[s.weekday()], EN_MON[s.month - 1], s.day, s.year,
                                               h(s), h(e), abbr if abbr[0].isalpha() else 'GMT' + abbr)
    if lang in ('ja', 'zh', 'zh-Hant'):
        return '%d年%d月%d日 %02d:%02d～%02d:%02d (%s)' % (s.year, s.month, s.day, s.hour, s.minute, e.hour, e.minute, tz)
    if lang == 'ko':
        return '%d년 %d월 %d일 %02d:%02d~%02d:%02d (%s)' % (s.year, s.month, s.day, s.hour, s.minute, e.hour, e.minute, tz)
    return '%02d.%02d.%d %02d:%02d – %02d:%02d (%s)' % (s.day, s.month, s.year, s.hour, s.minute, e.hour, e.minute, tz)


# ------------------------------------------------------------------ iCalendar
def _dt_lines(ev, style):
    """Return (DTSTART line, DTEND/DUE line) for the style."""
    key_end = 'DUE' if ev.get('component') == 'VTODO' else 'DTEND'
    if ev.get('allday'):
        return ('DTSTART;VALUE=DATE:' + ev['start'].strftime('%Y%m%d'),
                key_end + ';VALUE=DATE:' + ev['end'].strftime('%Y%m%d'))
    if style in ('utc',):
        return ('DTSTART:' + tsz(to_utc(ev['tz'], ev['start'])), key_end + ':' + tsz(to_utc(ev['tz'], ev['end'])))
    if style == 'ms':
        tzid = TZ[ev['tz']][0]
    else:
        tzid = ev['tz']
    if style == 'quoted':
        return ('DTSTART;TZID="%s":%s' % (tzid, ts(ev['start'])), '%s;TZID="%s":%s' % (key_end, tzid, ts(ev['end'])))
    return ('DTSTART;TZID=%s:%s' % (tzid, ts(ev['start'])), '%s;TZID=%s:%s' % (key_end, tzid, ts(ev['end'])))


def _att_google(a, partstat='NEEDS-ACTION'):
    return 'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s' % (
        partstat, esc_param(a[0] or a[1]), a[1])


def _attach_lines(ev, style):
    out = []
    for a in ev.get('attach', []):
        if 'binary' in a:
            import base64
            b = base64.b64encode(a['binary']).decode()
            p = 'ATTACH;FMTTYPE=%s;ENCODING=BASE64;VALUE=BINARY' % a['fmttype']
            if a.get('filename'):
                p += ';X-FILENAME=%s' % esc_param(a['filename'])
            out.append(p + ':' + b)
        else:
            if style == 'google':
                out.append('ATTACH;FILENAME=%s;FMTTYPE=%s:%s' % (esc_param(a.get('filename', 'file')), a.get('fmttype', 'application/octet-stream'), a['uri']))
            elif a.get('fmttype'):
                out.append('ATTACH;FMTTYPE=%s%s:%s' % (a['fmttype'], (';FILENAME=' + esc_param(a['filename'])) if a.get('filename') else '', a['uri']))
            else:
                out.append('ATTACH:' + a['uri'])
    return out


def _conf_lines(ev):
    out = []
    for c in ev.get('conference', []):
        out.append('CONFERENCE;VALUE=URI;FEATURE=%s;LABEL=%s:%s' % (c.get('feature', 'VIDEO'), esc_param(c.get('label', 'Join')), c['uri']))
    return out


def _alarm(style, mins, rng_uid=None):
    if mins is None:
        return []
    if style == 'google':
        return ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
                'TRIGGER:-P0DT0H%dM0S' % mins, 'END:VALARM']
    if style == 'ms':
        return ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT%dM' % mins, 'ACTION:DISPLAY', 'END:VALARM']
    if style == 'apple':
        return ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'TRIGGER:-PT%dM' % mins,
                'UID:' + (rng_uid or ''), 'X-WR-ALARMUID:' + (rng_uid or ''), 'END:VALARM']
    if style == 'moz':
        return ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;VALUE=DURATION:-PT%dM' % mins,
                'DESCRIPTION:Default Mozilla Description', 'END:VALARM']
    return ['BEGIN:VALARM', 'TRIGGER:-PT%dM' % mins, 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM']


def render_event(m, ev, style):
    """Produce the VEVENT/VTODO property lines for one event in the given client style."""
    rng = m['rng']
    comp = ev.get('component', 'VEVENT')
    org = ev.get('organizer')
    atts = ev.get('attendees', [])
    lang = m['lang']
    dtstamp = tsz(m['date'])
    created = tsz(m['date'] - dt.timedelta(minutes=rng.randint(2, 600)))
    summary, desc, loc = ev.get('summary', ''), ev.get('desc'), ev.get('location')
    seq = ev.get('seq', 0)
    L = ['BEGIN:' + comp]
    ds, de = None, None
    if style == 'google':
        ds, de = _dt_lines(ev, 'utc' if not ev.get('rrule') else 'ical')
        L += [ds, de, 'DTSTAMP:' + dtstamp]
        if org:
            L.append('ORGANIZER;CN=%s:mailto:%s' % (esc_param(org[0] or org[1]), org[1]))
        L.append('UID:' + ev['uid'])
        if ev.get('rrule'):
            L.append('RRULE:' + ev['rrule'])
        if org and not ev.get('no_org_attendee'):
            L.append(_att_google(org, 'ACCEPTED'))
        for a in atts:
            L.append(_att_google(a))
        if ev.get('meet'):
            L.append('X-GOOGLE-CONFERENCE:' + ev['meet'])
        L.append('X-MICROSOFT-CDO-OWNERAPPTID:%d' % rng.randint(-2000000000, 2000000000))
        L.append('CREATED:' + created)
        d = desc or ''
        if ev.get('meet'):
            d += ('\n\n' if d else '') + '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-' % ev['meet']
        L.append('DESCRIPTION:' + esc(d))
        L.append('LAST-MODIFIED:' + dtstamp)
        L.append('LOCATION:' + esc(loc or ''))
        L += ['SEQUENCE:%d' % seq, 'STATUS:' + ev.get('status', 'CONFIRMED'), 'SUMMARY:' + esc(summary), 'TRANSP:OPAQUE']
        L += _attach_lines(ev, 'google')
        L += _alarm('google', ev.get('alarm', 30))
    elif style in ('exchange', 'teams'):
        lt = LANGTAG.get(lang, 'en-US')
        if org:
            L.append('ORGANIZER;CN=%s:mailto:%s' % (esc_param(org[0] or org[1]), org[1]))
        for a in atts:
            L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (esc_param(a[0] or a[1]), a[1]))
        L.append('DESCRIPTION;LANGUAGE=%s:%s' % (lt, esc(desc or '')))
        if ev.get('rrule'):
            L.append('RRULE:' + ev['rrule'])
        L.append('UID:' + ev['uid'])
        L.append('SUMMARY;LANGUAGE=%s:%s' % (lt, esc(summary)))
        ds, de = _dt_lines(ev, 'ms')
        L += [ds, de, 'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:' + dtstamp, 'TRANSP:OPAQUE',
              'STATUS:' + ev.get('status', 'CONFIRMED'), 'SEQUENCE:%d' % seq]
        L.append('LOCATION;LANGUAGE=%s:%s' % (lt, esc(loc or '')))
        L += _attach_lines(ev, 'ms')
        L += ['X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % seq, 'X-MICROSOFT-CDO-OWNERAPPTID:%d' % rng.randint(-2100000000, 2100000000),
              'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
              'X-MICROSOFT-CDO-ALLDAYEVENT:%s' % ('TRUE' if ev.get('allday') else 'FALSE'),
              'X-MICROSOFT-CDO-IMPORTANCE:%d' % ev.get('importance', 1), 'X-MICROSOFT-CDO-INSTTYPE:%d' % (1 if ev.get('rrule') else 0)]
        if style == 'teams' and ev.get('teams'):
            L.append('X-MICROSOFT-SKYPETEAMSMEETINGURL:' + ev['teams'])
            L.append('X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/%s/%s/19_meeting_%s@thread.v2/0' % (uuid4(rng), uuid4(rng), alnum(rng, 40)))
            L.append('X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % alnum(rng, 44))
            L.append('X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s' % (org[1] if org else 'x', alnum(rng, 20), hexid(rng, 32)))
            L.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
        L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE']
        if loc:
            L.append('X-MICROSOFT-LOCATIONS:[ { "DisplayName" : "%s"\\, "LocationAnnotation" : ""\\, "LocationUri" : ""\\, "LocationStreet" : ""\\, "LocationCity" : ""\\, "LocationState" : ""\\, "LocationCountry" : ""\\, "LocationPostalCode" : ""\\, "LocationFullAddress" : "" } ]' % esc(loc).replace('"', "'"))
        L += _alarm('ms', ev.get('alarm', 15))
    elif style == 'olk':
        # Outlook desktop: properties in alphabetical order
        lt = LANGTAG.get(lang, 'en-US').split('-')[0]
        props = []
        for a in atts:
            props.append('ATTENDEE;CN="%s";RSVP=TRUE:mailto:%s' % ((a[0] or a[1]).replace('"', ''), a[1]))
        props.append('CLASS:PUBLIC')
        props.append('CREATED:' + created)
        props.append('DESCRIPTION:' + esc(desc or ''))
        ds, de = _dt_lines(ev, 'ms')
        ds = ds.replace('TZID=', 'TZID="').replace(':', '":', 1) if 'TZID' in ds else ds
        de = de.replace('TZID=', 'TZID="').replace(':', '":', 1) if 'TZID' in de else de
        props += [de, 'DTSTAMP:' + dtstamp, ds, 'LAST-MODIFIED:' + dtstamp, 'LOCATION:' + esc(loc or '')]
        if org:
            props.append('ORGANIZER;CN="%s":mailto:%s' % ((org[0] or org[1]).replace('"', ''), org[1]))
        props += ['PRIORITY:5', 'SEQUENCE:%d' % seq, 'SUMMARY;LANGUAGE=%s:%s' % (lt, esc(summary)), 'TRANSP:OPAQUE', 'UID:' + ev['uid']]
        props += _attach_lines(ev, 'ms')
        if ev.get('html_desc'):
            props.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(ev['html_desc']))
        props += ['X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
                  'X-MS-OLK-AUTOFILLLOCATION:FALSE', 'X-MS-OLK-CONFTYPE:0']
        L += props + _alarm('ms', ev.get('alarm', 15))
    elif style == 'apple':
        if org and not ev.get('no_org_attendee'):
            L.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s' % (esc_param(org[0] or org[1]), org[1], org[1]))
        for a in atts:
            L.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (esc_param(a[0] or a[1]), a[1], a[1]))
        L.append('CREATED:' + created)
        if desc:
            L.append('DESCRIPTION:' + esc(desc))
        ds, de = _dt_lines(ev, 'ical')
        L += [de, 'DTSTAMP:' + dtstamp, ds, 'LAST-MODIFIED:' + dtstamp]
        if loc:
            L.append('LOCATION:' + esc(loc))
        if org:
            L.append('ORGANIZER;CN=%s;EMAIL=%s:mailto:%s' % (esc_param(org[0] or org[1]), org[1], org[1]))
        if ev.get('rrule'):
            L.append('RRULE:' + ev['rrule'])
        L += ['SEQUENCE:%d' % seq, 'SUMMARY:' + esc(summary), 'TRANSP:OPAQUE', 'UID:' + ev['uid']]
        if ev.get('url'):
            L.append('URL;VALUE=URI:' + ev['url'])
        L += _attach_lines(ev, 'apple')
        L += ['X-APPLE-CREATOR-IDENTITY:com.apple.calendar', 'X-APPLE-CREATOR-TEAM-IDENTITY:0000000000',
              'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC']
        L += _alarm('apple', ev.get('alarm', 30), uuid4(rng, True))
    elif style == 'moz':
        L += ['CREATED:' + created, 'LAST-MODIFIED:' + dtstamp, 'DTSTAMP:' + dtstamp, 'UID:' + ev['uid'], 'SUMMARY:' + esc(summary)]
        if org:
            L.append('ORGANIZER;RSVP=TRUE;CN=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s' % (esc_param(org[0] or org[1]), org[1]))
        for a in atts:
            L.append('ATTENDEE;RSVP=TRUE;CN=%s;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:%s' % (esc_param(a[0] or a[1]), a[1]))
        if ev.get('rrule'):
            L.append('RRULE:' + ev['rrule'])
        ds, de = _dt_lines(ev, 'ical')
        L += [ds, de]
        if desc:
            L.append('DESCRIPTION:' + esc(desc))
        if loc:
            L.append('LOCATION:' + esc(loc))
        if ev.get('url'):
            L.append('URL:' + ev['url'])
        L += _attach_lines(ev, 'moz')
        L += ['SEQUENCE:%d' % seq, 'TRANSP:OPAQUE', 'X-MOZ-SEND-INVITATIONS:TRUE', 'X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE']
        L += _alarm('moz', ev.get('alarm', 15))
    elif style == 'zimbra':
        L.append('UID:' + ev['uid'])
        L.append('SUMMARY:' + esc(summary))
        if ev.get('url'):
            L.append('URL:' + ev['url'])
        for a in atts:
            L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (esc_param(a[0] or a[1]), a[1]))
        if org:
            L.append('ORGANIZER;CN=%s:mailto:%s' % (esc_param(org[0] or org[1]), org[1]))
        ds, de = _dt_lines(ev, 'quoted')
        L += [ds, de, 'STATUS:' + ev.get('status', 'CONFIRMED'), 'CLASS:PUBLIC', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'TRANSP:OPAQUE']
        if loc:
            L.append('LOCATION:' + esc(loc))
        L += ['LAST-MODIFIED:' + dtstamp, 'DTSTAMP:' + dtstamp, 'SEQUENCE:%d' % seq]
        L.append('DESCRIPTION:' + esc(ev.get('zimbra_plain', desc or '')))
        if ev.get('html_desc'):
            L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(ev['html_desc']))
        L += _attach_lines(ev, 'zimbra')
        L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;RELATED=START:-PT5M', 'DESCRIPTION:Reminder', 'END:VALARM']
    elif style == 'sabre':
        L += ['CREATED:' + created, 'DTSTAMP:' + dtstamp, 'LAST-MODIFIED:' + dtstamp, 'SEQUENCE:%d' % max(seq, 2), 'UID:' + ev['uid']]
        ds, de = _dt_lines(ev, 'ical')
        L += [ds, de, 'STATUS:' + ev.get('status', 'CONFIRMED'), 'SUMMARY:' + esc(summary)]
        if loc:
            L.append('LOCATION:' + esc(loc))
        if desc:
            L.append('DESCRIPTION:' + esc(desc))
        if ev.get('url'):
            L.append('URL;VALUE=URI:' + ev['url'])
        L += _attach_lines(ev, 'sabre')
        for a in atts:
            L.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE;LANGUAGE=%s:mailto:%s' % (esc_param(a[0] or a[1]), lang[:2], a[1]))
        if org:
            L.append('ORGANIZER;CN=%s:mailto:%s' % (esc_param(org[0] or org[1]), org[1]))
    elif style == 'sogo':
        L += ['UID:' + ev['uid'], 'SUMMARY:' + esc(summary)]
        if loc:
            L.append('LOCATION:' + esc(loc))
        if desc:
            L.append('DESCRIPTION:' + esc(desc))
        L += ['CLASS:PUBLIC', 'TRANSP:OPAQUE']
        ds, de = _dt_lines(ev, 'ical')
        L += [ds, de, 'CREATED:' + created, 'DTSTAMP:' + dtstamp, 'LAST-MODIFIED:' + dtstamp]
        if org:
            L.append('ORGANIZER;CN=%s:mailto:%s' % (esc_param(org[0] or org[1]), org[1]))
        for a in atts:
            L.append('ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CN=%s:mailto:%s' % (esc_param(a[0] or a[1]), a[1]))
        if ev.get('url'):
            L.append('URL:' + ev['url'])
        L += _attach_lines(ev, 'sogo')
        L += ['X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:YES', 'SEQUENCE:%d' % seq]
    elif style == 'yahoo':
        L += ['SUMMARY:' + esc(summary)]
        if desc:
            L.append('DESCRIPTION:' + esc(desc))
        if loc:
            L.append('LOCATION:' + esc(loc))
        ds, de = _dt_lines(ev, 'ical')
        L += [ds, de, 'UID:' + ev['uid'], 'DTSTAMP:' + dtstamp, 'SEQUENCE:%d' % seq, 'CLASS:PUBLIC', 'TRANSP:OPAQUE']
        if org:
            L.append('ORGANIZER;CN=%s:mailto:%s' % (esc_param(org[0] or org[1]), org[1]))
        for a in atts:
            L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (esc_param(a[0] or a[1]), a[1]))
        L += _attach_lines(ev, 'yahoo')
        L += _alarm('x', ev.get('alarm', 30))
    elif style == 'zoom':
        ds, de = _dt_lines(ev, 'ical')
        L += ['DTSTAMP:' + dtstamp, ds, de, 'SUMMARY:' + esc(summary), 'UID:' + ev['uid'], 'TZID:' + ev['tz'],
              'DESCRIPTION:' + esc(desc or ''), 'LOCATION:' + esc(loc or '')]
        if org:
            L.append('ORGANIZER;CN=%s:mailto:%s' % (esc_param(org[0]), org[1]))
        L += _attach_lines(ev, 'zoom')
        L += _alarm('x', ev.get('alarm', 10))
    else:
        # 'platform' (SaaS notification), 'booking', and 'hand' (hand-rolled tools)
        order = ev.get('order') or ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL',
                                    'ORGANIZER', 'ATTENDEE', 'STATUS', 'SEQUENCE']
        tzmode = ev.get('tzmode', 'utc')
        if ev.get('allday'):
            ds, de = _dt_lines(ev, 'utc')
        elif tzmode == 'floating':
            ds = 'DTSTART:' + ts(ev['start'])
            de = ('DUE:' if comp == 'VTODO' else 'DTEND:') + ts(ev['end'])
        else:
            ds, de = _dt_lines(ev, tzmode)
        for key in order:
            if key == 'UID':
                L.append('UID:' + ev['uid'])
            elif key == 'DTSTAMP':
                L.append('DTSTAMP:' + dtstamp)
            elif key == 'DTSTART':
                L.append(ds)
            elif key == 'DTEND':
                L.append(de)
            elif key == 'SUMMARY':
                L.append('SUMMARY:' + (esc(summary) if not ev.get('noescape') else summary.replace('\n', ' ')))
            elif key == 'DESCRIPTION' and desc is not None:
                L.append('DESCRIPTION:' + (esc(desc) if not ev.get('noescape') else desc.replace('\n', '\\n')))
            elif key == 'LOCATION' and loc:
                L.append('LOCATION:' + (esc(loc) if not ev.get('noescape') else loc))
            elif key == 'URL' and ev.get('url'):
                L.append('URL:' + ev['url'])
            elif key == 'ORGANIZER' and org:
                L.append('ORGANIZER;CN=%s:mailto:%s' % (esc_param(org[0] or org[1]), org[1]) if org[0] else 'ORGANIZER:mailto:' + org[1])
            elif key == 'ATTENDEE':
                for a in atts:
                    if ev.get('plain_attendee'):
                        L.append('ATTENDEE:mailto:' + a[1])
                    else:
                        L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (esc_param(a[0] or a[1]), a[1]))
            elif key == 'STATUS':
                L.append('STATUS:' + ev.get('status', 'CONFIRMED'))
            elif key == 'SEQUENCE':
                L.append('SEQUENCE:%d' % seq)
            elif key == 'CATEGORIES' and ev.get('categories'):
                L.append('CATEGORIES:' + ev['categories'])
        if ev.get('rrule'):
            L.append('RRULE:' + ev['rrule'])
        if ev.get('html_desc'):
            L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(ev['html_desc']))
        L += _attach_lines(ev, 'hand')
        if ev.get('alarm') is not None:
            L += _alarm('x', ev['alarm'])
    if style in ('google', 'apple', 'moz', 'sabre', 'sogo', 'yahoo', 'zoom') and ev.get('html_desc'):
        L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(ev['html_desc']))
    if ev.get('url') and style in ('google', 'exchange', 'teams', 'olk', 'zoom', 'yahoo'):
        L.append('URL:' + ev['url'])
    L += _conf_lines(ev)
    L += ev.get('x', [])
    # move VALARM block to the end of the component
    if 'BEGIN:VALARM' in L:
        i = L.index('BEGIN:VALARM')
        j = L.index('END:VALARM')
        L = L[:i] + L[j + 1:] + L[i:j + 1]
    L.append('END:' + comp)
    return L


CAL_STYLE = {
    'google': ('google', None), 'outlook': ('exchange', 'ms'), 'teams': ('teams', 'ms'), 'outlook-desktop': ('olk', 'ms'),
    'icloud': ('apple', 'ical'), 'thunderbird': ('moz', 'ical'), 'zoom': ('zoom', 'plain'), 'nextcloud': ('sabre', 'plain'),
    'zimbra': ('zimbra', 'zimbra'), 'yahoo': ('yahoo', 'plain'), 'sogo': ('sogo', 'ical'),
    'platform': ('platform', None), 'booking': ('platform', None), 'handrolled': ('hand', None),
}


def render_calendar(m):
    client = m['client']
    style, tzstyle = CAL_STYLE[client]
    evs = [m['ev']] + m.get('extra_events', [])
    method = m.get('method', 'REQUEST')
    prodid = m.get('prodid')
    H = []
    if client == 'google':
        H = ['BEGIN:VCALENDAR', 'PRODID:' + (prodid or '-//Google Inc//Google Calendar 70.9054//EN'), 'VERSION:2.0',
             'CALSCALE:GREGORIAN']
        if method:
            H.append('METHOD:' + method)
    elif client in ('outlook', 'teams'):
        H = ['BEGIN:VCALENDAR', 'METHOD:' + (method or 'REQUEST'), 'PRODID:' + (prodid or 'Microsoft Exchange Server 2010'), 'VERSION:2.0']
    elif client == 'outlook-desktop':
        H = ['BEGIN:VCALENDAR', 'PRODID:' + (prodid or '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'), 'VERSION:2.0',
             'METHOD:' + (method or 'REQUEST'), 'X-MS-OLK-FORCEINSPECTOROPEN:TRUE']
    elif client == 'icloud':
        H = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:' + (prodid or '-//Apple Inc.//macOS 14.4.1//EN'), 'CALSCALE:GREGORIAN']
        if method:
            H.append('METHOD:' + method)
    elif client == 'thunderbird':
        H = ['BEGIN:VCALENDAR', 'PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', 'VERSION:2.0']
        if method:
            H.append('METHOD:' + method)
    elif client == 'zoom':
        H = ['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
             'METHOD:' + (method or 'PUBLISH'), 'CLASS:PUBLIC']
    elif client == 'nextcloud':
        H = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:' + (prodid or '-//IDN nextcloud.com//Calendar app 4.6.4//EN'),
             'METHOD:' + (method or 'REQUEST')]
    elif client == 'zimbra':
        H = ['BEGIN:VCALENDAR', 'X-WR-CALNAME:' + m['calname'] if m.get('calname') else None, 'PRODID:Zimbra-Calendar-Provider', 'VERSION:2.0', 'METHOD:' + (method or 'REQUEST')]
        H = [h for h in H if h]
    elif client == 'yahoo':
        H = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Yahoo//Yahoo Calendar//EN']
        if method:
            H.append('METHOD:' + method)
    elif client == 'sogo':
        H = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Inverse inc./SOGo 5.10.0//EN', 'METHOD:' + (method or 'REQUEST')]
    else:
        H = ['BEGIN:VCALENDAR']
        if m.get('version_first', True):
            H.append('VERSION:2.0')
        H.append('PRODID:' + (prodid or '-//Events//NONSGML v1.0//EN'))
        if not m.get('version_first', True):
            H.append('VERSION:2.0')
        if m.get('calscale'):
            H.append('CALSCALE:GREGORIAN')
        if method:
            H.append('METHOD:' + method)
    if client in ('google', 'icloud', 'nextcloud', 'thunderbird', 'platform', 'booking', 'handrolled', 'yahoo', 'outlook-desktop'):
        if m.get('calname'):
            H.append('X-WR-CALNAME:' + esc(m['calname']))
        for x in m.get('calprops', []):
            H.append(x)
        if m.get('calname') and client in ('google', 'icloud') and m['ev'].get('tz'):
            H.append('X-WR-TIMEZONE:' + m['ev']['tz'])
    tzs = []
    if tzstyle or (client in ('platform', 'booking', 'handrolled') and m['ev'].get('tzmode') in ('ical', 'quoted', 'ms')):
        for e in evs:
            if not e.get('allday') and e['tz'] not in tzs and (client != 'google' or e.get('rrule')):
                tzs.append(e['tz'])
    if client == 'google':
        tzs = [e['tz'] for e in evs if e.get('rrule')][:1]
        tzstyle = 'ical'
    tzlines = []
    for tz in tzs:
        if tzstyle == 'ms' or (client in ('platform', 'booking', 'handrolled') and m['ev'].get('tzmode') == 'ms'):
            tzlines += vtimezone(tz, 'ms')
        elif tzstyle == 'zimbra':
            t = vtimezone(tz, 'ms')
            t[1] = 'TZID:' + tz
            tzlines += t
        elif tzstyle == 'ical':
            tzlines += vtimezone(tz, 'ical')
        else:
            tzlines += vtimezone(tz, 'plain')
    body = []
    for e in evs:
        body += render_event(m, e, style)
    lines = H + tzlines + body + ['END:VCALENDAR']
    if m.get('ics_postprocess'):
        lines = m['ics_postprocess'](lines)
    return cal_text(lines, m.get('fold', 'std'), m.get('ics_eol', CRLF))


# ------------------------------------------------------------------ bodies
def h(s):
    return htmlmod.escape(s, quote=True)


def linkify(text):
    out = []
    for line in h(text).split('\n'):
        words = []
        for w in line.split(' '):
            if w.startswith(('https://', 'http://', 'webcal://')):
                words.append('<a href="%s">%s</a>' % (w, w))
            else:
                words.append(w)
        out.append(' '.join(words))
    return '<br>'.join(out)


def google_bodies(m):
    ev, lang = m['ev'], m['lang']
    ui = UI.get(lang, UI['en'])
    org = ev.get('organizer') or (m['sender']['name'], m['sender']['addr'])
    rc = m['rcpt']
    eid = alnum(m['rng'], 60)
    plain = []
    if m.get('google_banner'):
        plain.append(m['google_banner'])
        plain.append('')
    plain += [ui[1], '', ev['summary'], '%s: %s' % (ui[2], when_str(ev, lang))]
    if ev.get('location'):
        plain.append('%s: %s' % (ui[3], ev['location']))
    if ev.get('meet'):
        plain += ['', '%s: %s' % (ui[5], ev['meet'])]
    plain += ['', ui[4] + ':', '  * %s - %s' % (org[0] or org[1], ui[6])]
    shown = ev.get('attendees', [])[:12]
    for a in shown:
        plain.append('  * %s' % (a[0] or a[1]))
    if len(ev.get('attendees', [])) > 12:
        plain.append('  ... (+%d)' % (len(ev['attendees']) - 12))
    plain += ['', 'View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0' % (eid, alnum(m['rng'], 40), ev['tz'].replace('/', '%2F'), lang[:2])]
    if ev.get('desc'):
        plain += ['', ev['desc_plain'] if ev.get('desc_plain') else ev['desc']]
    plain += ['', '%s %s' % (ui[7], rc[1]),
              'Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1&tok=%s' % (eid, alnum(m['rng'], 40)),
              'No: https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=2' % eid,
              'Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=3' % eid,
              '', 'Invitation from Google Calendar: https://calendar.google.com/calendar/',
              '',
              'You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.',
              '',
              'Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.',
              '', 'Learn more https://support.google.com/calendar/answer/37135#forwarding']
    desc_html = ev.get('html_desc') or linkify(ev.get('desc') or '')
    html = ['<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title></head>',
            '<body><div itemscope itemtype="http://schema.org/EventReservation"><meta itemprop="eventReservationStatus" content="http://schema.org/Confirmed"/>',
            '<table role="presentation" style="width:100%;max-width:600px"><tr><td style="font-family:Roboto,Helvetica,Arial,sans-serif">',
            '<h2 style="font-size:22px;font-weight:400" itemprop="name">%s</h2>' % h(ev['summary']),
            '<p><b>%s</b> %s</p>' % (h(ui[2]), h(when_str(ev, lang)))]
    if ev.get('location'):
        html.append('<p><b>%s</b> %s</p>' % (h(ui[3]), h(ev['location'])))
    if ev.get('meet'):
        html.append('<p><a href="%s" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">%s Google Meet</a></p>' % (ev['meet'], h(ui[5])))
    html.append('<p><b>%s</b></p><ul><li>%s – %s</li>%s</ul>' % (h(ui[4]), h(org[0] or org[1]), h(ui[6]), ''.join('<li>%s</li>' % h(a[0] or a[1]) for a in shown)))
    if ev.get('desc') or ev.get('html_desc'):
        html.append('<div style="border-top:1px solid #dadce0;padding-top:12px">%s</div>' % desc_html)
    html.append('<p style="color:#70757a;font-size:12px">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a><br>You are receiving this email because you are an attendee on the event.</p>')
    html.append('</td></tr></table></div></body></html>')
    return '\n'.join(plain) + '\n', '\n'.join(html) + '\n'


def outlook_bodies(m, teams=False):
    ev = m['ev']
    text = ev.get('desc_plain') or ev.get('desc') or ''
    plain = text
    join = ''
    if teams and ev.get('teams'):
        mid = ' '.join(str(m['rng'].randint(100, 999)) for _ in range(4))
        join = ('\n________________________________________________________________________________\n'
                'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n'
                'Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\n'
                'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
                'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=en-US>\n'
                '________________________________________________________________________________\n') % (ev['teams'], mid, alnum(m['rng'], 6), uuid4(m['rng']), uuid4(m['rng']), alnum(m['rng'], 44))
        plain = text + '\n' + join
    body_html = ev.get('html_desc') or '<p class="MsoNormal">%s<o:p></o:p></p>' % linkify(text)
    html = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
            '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % m['charset'],
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
            '<style><!--', '/* Font Definitions */', '@font-face', '\t{font-family:Aptos;}', 'p.MsoNormal, li.MsoNormal, div.MsoNormal', '\t{margin:0cm;', '\tfont-size:12.0pt;', '\tfont-family:"Aptos",sans-serif;}',
            '--></style>', '</head>', '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">' % LANGTAG.get(m['lang'], 'en-US'),
            '<div class="WordSection1">', body_html]
    if join:
        html.append('<div style="margin-bottom:24px;overflow:hidden;word-wrap:break-word"><div style="margin-bottom:24px;max-width:1024px;min-width:280px"><div style="margin-bottom:12px"><span style="font-size:24px;font-weight:700">Microsoft Teams <span style="font-size:24px;font-weight:700;margin-right:12px">meeting</span></span></div>'
                    '<div style="margin-bottom:6px"><a href="%s" style="font-size:20px;font-weight:700;color:#5B5FC7" target="_blank">Join the meeting now</a></div></div></div>' % ev['teams'])
    html += ['</div>', '</body>', '</html>']
    return plain.rstrip('\n') + '\n', '\n'.join(html) + '\n'


def generic_invite_bodies(m, intro=None, footer=None):
    """Plain + HTML body as written by clients that render a summary table (TB, Nextcloud, SOGo, iCloud, Yahoo, Zimbra)."""
    ev, lang = m['ev'], m['lang']
    ui = UI.get(lang, UI['en'])
    org = ev.get('organizer') or (m['sender']['name'], m['sender']['addr'])
    plain = []
    if intro:
        plain += [intro, '']
    plain += ['%s: %s' % (ui[2], when_str(ev, lang))]
    if ev.get('location'):
        plain.append('%s: %s' % (ui[3], ev['location']))
    plain.append('%s: %s <%s>' % (ui[6].capitalize(), org[0], org[1]))
    if ev.get('attendees'):
        plain.append('%s: %s' % (ui[4], ', '.join((a[0] or a[1]) for a in ev['attendees'][:10]) + (' …' if len(ev['attendees']) > 10 else '')))
    if ev.get('desc'):
        plain += ['', ev.get('desc_plain') or ev['desc']]
    if footer:
        plain += ['', footer]
    rows = '<tr><td style="color:#767676">%s</td><td>%s</td></tr>' % (h(ui[2]), h(when_str(ev, lang)))
    if ev.get('location'):
        rows += '<tr><td style="color:#767676">%s</td><td>%s</td></tr>' % (h(ui[3]), h(ev['location']))
    rows += '<tr><td style="color:#767676">%s</td><td>%s</td></tr>' % (h(ui[6].capitalize()), h(org[0] or org[1]))
    html = ['<!DOCTYPE html><html><head><meta charset="%s"></head><body style="font-family:Helvetica,Arial,sans-serif">' % m['charset']]
    if intro:
        html.append('<p>%s</p>' % h(intro))
    html.append('<h3>%s</h3><table cellpadding="4">%s</table>' % (h(ev['summary']), rows))
    if ev.get('desc') or ev.get('html_desc'):
        html.append('<div>%s</div>' % (ev.get('html_desc') or linkify(ev['desc'])))
    if footer:
        html.append('<p style="color:#888;font-size:12px">%s</p>' % linkify(footer))
    html.append('</body></html>')
    return '\n'.join(plain) + '\n', '\n'.join(html) + '\n'
