# -*- coding: utf-8 -*-
"""Client renderers: turn a message spec M into RFC 5322 bytes that look like
what the given calendar client / service would send."""
import datetime as dt
import html as htmlmod
import uuid

from h24mime import Leaf, Multi, RFC822, addr, htext, message_bytes, can_encode, is_ascii
from h24ical import (TZ, esc, prop, serialize, vtimezone, to_utc, ical_dt, ical_utc, ical_date, tzabbr,
                     offset_min, fmt_off, from_utc)
from h24transport import rfcdate, build_setup, mx_headers, list_relay, ralnum, rhex, rb64, org_domain
from h24data import UI, ACCEPT_LANG

FREE_GOOGLE = ('gmail.com', 'googlemail.com')


def U(M, key):
    return UI.get(M['lang'], UI['en'])[key]


def uid_for(rng, style, M):
    if style == 'google':
        return ralnum(rng, 26, 'abcdefghijklmnopqrstuvwxyz0123456789') + '@google.com'
    if style in ('outlook', 'exchange'):
        return ('040000008200E00074C5B7101A82E00800000000' + rhex(rng, 16) + '0000000000000000100000' +
                rhex(rng, 34))
    if style in ('apple', 'icloud'):
        return str(uuid.UUID(int=rng.getrandbits(128))).upper()
    if style == 'zoom':
        return 'ZOOM%d' % rng.randint(10 ** 9, 10 ** 11)
    if style == 'sogo':
        return '%s-%s-%s-%s' % (rhex(rng, 4), rhex(rng, 8), rhex(rng, 1), rhex(rng, 8))
    if style == 'yahoo':
        return '%s@yahoo.com' % rhex(rng, 24, False)
    if style == 'zimbra':
        return str(uuid.UUID(int=rng.getrandbits(128)))
    return str(uuid.UUID(int=rng.getrandbits(128)))


def status_subject(M, ev, method):
    """Subject for REPLY / COUNTER / CANCEL in clients without their own wording."""
    s = ev.get('summary', '')
    if method == 'REPLY':
        key = {'ACCEPTED': 'accepted', 'DECLINED': 'declined', 'TENTATIVE': 'tentative'}[ev.get('partstat', 'ACCEPTED')]
        return '%s: %s' % (U(M, key), s)
    if method == 'COUNTER':
        return 'New Time Proposed: %s' % s if M['lang'] == 'en' else '%s: %s' % (U(M, 'upd'), s)
    if method == 'CANCEL':
        return '%s: %s' % (U(M, 'cancel'), s)
    return None


def reply_text(M, ev, method):
    who_ = M['from'][0] or M['from'][1]
    s = ev.get('summary', '')
    if method == 'CANCEL':
        t = ('The event "%s" has been cancelled.' % s) if M['lang'] == 'en' else '%s: %s' % (U(M, 'cancel'), s)
    elif method == 'COUNTER':
        t = ('%s has proposed a new time for "%s".' % (who_, s)) if M['lang'] == 'en' else '%s — %s' % (who_, s)
    else:
        key = {'ACCEPTED': 'accepted', 'DECLINED': 'declined', 'TENTATIVE': 'tentative'}[ev.get('partstat', 'ACCEPTED')]
        t = ('%s has %s your invitation to "%s".' % (who_, {'accepted': 'accepted', 'declined': 'declined', 'tentative': 'tentatively accepted'}[key], s)
             if M['lang'] == 'en' else '%s: %s — %s' % (U(M, key), s, who_))
    if ev.get('comment'):
        t += '\n\n' + ev['comment']
    return t


# ---------------------------------------------------------------- time helpers
def ev_times(ev):
    start = ev['start']
    end = ev.get('end') or (start + dt.timedelta(minutes=ev.get('dur', 60)))
    return start, end


def when_text(M, ev, style='long'):
    start, end = ev_times(ev)
    tz = ev.get('tz', 'UTC')
    lang = M['lang']
    if ev.get('allday'):
        if lang == 'en':
            return start.strftime('%A %b ') + str(start.day) + start.strftime(', %Y')
        return start.strftime('%d.%m.%Y')
    if lang == 'en':
        if style == 'google':
            def h(d):
                s = d.strftime('%I').lstrip('0') + (d.strftime(':%M') if d.minute else '') + d.strftime('%p').lower()
                return s
            return '%s %s %d, %d %s - %s (%s)' % (start.strftime('%a'), start.strftime('%b'), start.day, start.year,
                                                 h(start), h(end), tzabbr(tz, start))
        return '%s, %s %d, %d %s - %s (%s)' % (start.strftime('%A'), start.strftime('%B'), start.day, start.year,
                                              start.strftime('%H:%M'), end.strftime('%H:%M'), tz)
    if lang in ('zh', 'zh-tw', 'ja'):
        return '%d年%d月%d日 %s～%s (%s)' % (start.year, start.month, start.day, start.strftime('%H:%M'),
                                        end.strftime('%H:%M'), 'GMT' + fmt_off(offset_min(tz, start), True))
    if lang == 'ko':
        return '%d년 %d월 %d일 %s~%s (%s)' % (start.year, start.month, start.day, start.strftime('%H:%M'),
                                          end.strftime('%H:%M'), 'GMT' + fmt_off(offset_min(tz, start), True))
    return '%s %s–%s (GMT%s %s)' % (start.strftime('%d.%m.%Y' if lang not in ('hi',) else '%d/%m/%Y'),
                                   start.strftime('%H:%M'), end.strftime('%H:%M'),
                                   fmt_off(offset_min(tz, start), True), tz)


# ---------------------------------------------------------------- iCalendar
def who(p):
    return p[0], p[1]


def attendee_line(style, name, email, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp=True, lang=None):
    if style == 'google':
        params = [('CUTYPE', 'INDIVIDUAL'), ('ROLE', role), ('PARTSTAT', partstat)]
        if rsvp and partstat == 'NEEDS-ACTION':
            params.append(('RSVP', 'TRUE'))
        params += [('CN', name or email), ('X-NUM-GUESTS', '0')]
    elif style in ('outlook', 'exchange'):
        params = [('ROLE', role), ('PARTSTAT', partstat), ('RSVP', 'TRUE' if rsvp else 'FALSE'), ('CN', name or email)]
    elif style in ('apple', 'icloud'):
        params = [('CN', name or email), ('CUTYPE', 'INDIVIDUAL'), ('EMAIL', email), ('PARTSTAT', partstat),
                  ('ROLE', role), ('RSVP', 'TRUE' if rsvp else None)]
    elif style == 'thunderbird':
        params = [('RSVP', 'TRUE' if rsvp else 'FALSE'), ('CN', name or None), ('PARTSTAT', partstat), ('ROLE', role)]
    elif style == 'nextcloud':
        params = [('CN', name or None), ('CUTYPE', 'INDIVIDUAL'), ('PARTSTAT', partstat), ('ROLE', role),
                  ('RSVP', 'TRUE' if rsvp else 'FALSE'), ('LANGUAGE', lang)]
    elif style == 'zimbra':
        params = [('CN', name or None), ('ROLE', role), ('PARTSTAT', partstat), ('RSVP', 'TRUE' if rsvp else None)]
    elif style == 'sogo':
        params = [('CUTYPE', 'INDIVIDUAL'), ('ROLE', role), ('PARTSTAT', partstat), ('RSVP', 'TRUE' if rsvp else None),
                  ('CN', name or None)]
    else:
        params = [('ROLE', role), ('PARTSTAT', partstat), ('RSVP', 'TRUE' if rsvp else None), ('CN', name or None)]
    return prop('ATTENDEE', 'mailto:' + email, params)


def alarm_lines(style, trig, desc='Reminder', rng=None, action='DISPLAY'):
    if style == 'google' and trig.startswith('-PT') and trig.endswith('M'):
        m = int(trig[3:-1])
        trig = '-P0DT%dH%dM0S' % (m // 60, m % 60)
    if style == 'google':
        return ['BEGIN:VALARM', 'ACTION:' + action, 'DESCRIPTION:This is an event reminder',
                'TRIGGER:' + trig] + (['SUMMARY:Alarm notification', 'ATTENDEE:mailto:' + desc] if action == 'EMAIL' else []) + ['END:VALARM']
    if style in ('outlook', 'exchange'):
        return ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:' + trig, 'ACTION:DISPLAY', 'END:VALARM']
    if style in ('apple', 'icloud'):
        u = str(uuid.UUID(int=rng.getrandbits(128))).upper()
        return ['BEGIN:VALARM', 'X-WR-ALARMUID:' + u, 'UID:' + u, 'TRIGGER:' + trig, 'DESCRIPTION:' + desc,
                'ACTION:DISPLAY', 'END:VALARM']
    if style == 'thunderbird':
        return ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;VALUE=DURATION:' + trig,
                'DESCRIPTION:Default Mozilla Description', 'END:VALARM']
    if style == 'zimbra':
        return ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;RELATED=START:' + trig, 'DESCRIPTION:Reminder', 'END:VALARM']
    return ['BEGIN:VALARM', 'TRIGGER:' + trig, 'ACTION:DISPLAY', 'DESCRIPTION:' + esc(desc), 'END:VALARM']


def dt_lines(style, ev, M):
    """DTSTART/DTEND (or DUE) lines for the style."""
    start, end = ev_times(ev)
    tz = ev.get('tz', 'UTC')
    q = M['quirks']
    if ev.get('allday'):
        e = ev.get('end') or start + dt.timedelta(days=1)
        return ['DTSTART;VALUE=DATE:' + ical_date(start), 'DTEND;VALUE=DATE:' + ical_date(e)]
    mode = ev.get('timefmt') or {
        'google': 'utc' if not ev.get('rrule') else 'tzid', 'yahoo': 'utc', 'webapp': 'utc'}.get(style, 'tzid')
    if 'floating' in q:
        mode = 'floating'
    if mode == 'utc' or tz == 'UTC':
        return ['DTSTART:' + ical_utc(to_utc(tz, start)), 'DTEND:' + ical_utc(to_utc(tz, end))]
    if mode == 'floating':
        return ['DTSTART:' + ical_dt(start), 'DTEND:' + ical_dt(end)]
    tzid = TZ[tz][5] if style in ('outlook', 'exchange') else tz
    return [prop('DTSTART', ical_dt(start), [('TZID', tzid)]), prop('DTEND', ical_dt(end), [('TZID', tzid)])]


def ev_texts(M, ev):
    desc = ev.get('description')
    if desc is None:
        desc = M.get('text', '')
    return ev.get('summary', ''), desc, ev.get('location')


def build_vevent(style, M, ev, rng, method):
    q = M['quirks']
    org = M.get('org') or M['from']
    rc = M['rcpt']
    summary, desc, loc = ev_texts(M, ev)
    start, end = ev_times(ev)
    arr = M['arrival']
    stamp = ical_utc(arr - dt.timedelta(seconds=rng.randint(3, 90)))
    created = ical_utc(arr - dt.timedelta(minutes=rng.randint(2, 600)))
    uid = ev.get('uid') or uid_for(rng, style, M)
    ev['uid'] = uid
    seq = str(ev.get('seq', 0))
    status = ev.get('status', 'CANCELLED' if method == 'CANCEL' else 'CONFIRMED')
    lang = ACCEPT_LANG.get(M['lang'], 'en-US')
    todo = ev.get('todo')
    comp = 'VTODO' if todo else 'VEVENT'
    # attendee list
    att = []
    if method == 'REPLY':
        att.append(attendee_line(style, M['from'][0], M['from'][1], ev.get('partstat', 'ACCEPTED'), rsvp=False))
    else:
        if style in ('google', 'apple', 'icloud', 'nextcloud') and not ev.get('no_org_att'):
            att.append(attendee_line(style, org[0], org[1], 'ACCEPTED', 'CHAIR' if style in ('apple', 'icloud', 'nextcloud') else 'REQ-PARTICIPANT', False, M['lang'][:2]))
        if M.get('show_rcpt', style != 'zoom'):
            att.append(attendee_line(style, rc[0], rc[1], 'NEEDS-ACTION', rsvp=True, lang=M['lang'][:2]))
        for a in M.get('attendees', []):
            att.append(attendee_line(style, a[0], a[1], a[2] if len(a) > 2 else 'NEEDS-ACTION', rsvp=True, lang=M['lang'][:2]))
    orgline = None
    if not ev.get('no_organizer'):
        if style in ('apple', 'icloud'):
            orgline = prop('ORGANIZER', 'mailto:' + org[1], [('CN', org[0] or None), ('EMAIL', org[1])])
        elif style == 'thunderbird':
            orgline = prop('ORGANIZER', 'mailto:' + org[1], [('RSVP', 'TRUE'), ('CN', org[0] or None), ('PARTSTAT', 'ACCEPTED'), ('ROLE', 'CHAIR')])
        else:
            orgline = prop('ORGANIZER', 'mailto:' + org[1], [('CN', org[0] or None)])
    if todo:
        dts = ['DUE;VALUE=DATE:' + ical_date(ev['start'])] if ev.get('allday') else ['DUE:' + ical_utc(to_utc(ev.get('tz', 'UTC'), ev['start']))]
    else:
        dts = dt_lines(style, ev, M)
    rr = ['RRULE:' + ev['rrule']] if ev.get('rrule') else []
    if ev.get('exdate'):
        rr.append(ev['exdate'])
    rid = [ev['rid']] if ev.get('rid') else []
    L = ['BEGIN:' + comp]
    DESC = 'DESCRIPTION:' + esc(desc) if desc else None
    SUM = 'SUMMARY:' + esc(summary)
    LOC = ('LOCATION:' + esc(loc)) if loc else None
    extra = list(ev.get('extra', []))
    if ev.get('url'):
        extra.append('URL:' + ev['url'] if style != 'apple' else 'URL;VALUE=URI:' + ev['url'])
    for a in ev.get('attach', []):
        uri, fmt, fn = (a + (None, None))[:3]
        if style == 'google':
            extra.append(prop('ATTACH', uri, [('FILENAME', fn), ('FMTTYPE', fmt)]))
        else:
            extra.append(prop('ATTACH', uri, [('FMTTYPE', fmt), ('FILENAME', fn) if fn and style == 'webapp' else ('X-FILENAME', fn)]))
    if ev.get('conference'):
        c = ev['conference']
        extra.append(prop('CONFERENCE', c[0], [('VALUE', 'URI'), ('FEATURE', c[2] if len(c) > 2 else 'VIDEO'), ('LABEL', c[1])]))
    if ev.get('xalt'):
        extra.append('X-ALT-DESC;FMTTYPE=text/html:' + esc(ev['xalt']))
    if ev.get('categories'):
        extra.append('CATEGORIES:' + ev['categories'])
    if ev.get('comment'):
        extra.append('COMMENT:' + esc(ev['comment']))
    alarms = []
    cap = {'google': 5, 'outlook': 1, 'exchange': 1, 'yahoo': 2, 'zimbra': 1, 'sogo': 3, 'icloud': 4}.get(style, 99)
    for tr in (ev.get('alarms') or [])[:cap]:
        alarms += alarm_lines(style, tr, ev.get('alarm_desc', summary), rng)

    if style == 'google':
        L += dts + rr + rid + ['DTSTAMP:' + stamp, orgline, 'UID:' + uid] + att
        if ev.get('meet'):
            L.append('X-GOOGLE-CONFERENCE:' + ev['meet'])
        L += ['X-MICROSOFT-CDO-OWNERAPPTID:%d' % rng.randint(-2 ** 31, 2 ** 31 - 1), 'CREATED:' + created, DESC,
              'LAST-MODIFIED:' + stamp, LOC, 'SEQUENCE:' + seq, 'STATUS:' + status, SUM, 'TRANSP:OPAQUE'] + extra
        if not alarms and method != 'CANCEL' and not ev.get('noalarm'):
            alarms = alarm_lines(style, '-P0DT0H%dM0S' % rng.choice([10, 30]))
    elif style in ('outlook', 'exchange'):
        L += [orgline] + att
        L.append(('DESCRIPTION;LANGUAGE=%s:' % lang + esc(desc)) if desc else 'DESCRIPTION;LANGUAGE=%s:\\n' % lang)
        L += rr + rid + ['UID:' + uid, 'SUMMARY;LANGUAGE=%s:' % lang + esc(summary)] + dts
        L += ['CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:' + stamp, 'TRANSP:OPAQUE', 'STATUS:' + status, 'SEQUENCE:' + seq]
        if loc:
            L.append('LOCATION;LANGUAGE=%s:' % lang + esc(loc))
        L += ['X-MICROSOFT-CDO-APPT-SEQUENCE:' + seq, 'X-MICROSOFT-CDO-OWNERAPPTID:%d' % rng.randint(-2 ** 31, 2 ** 31 - 1),
              'X-MICROSOFT-CDO-BUSYSTATUS:%s' % ('FREE' if method == 'CANCEL' else 'TENTATIVE'),
              'X-MICROSOFT-CDO-INTENDEDSTATUS:%s' % ('FREE' if method == 'CANCEL' else 'BUSY'),
              'X-MICROSOFT-CDO-ALLDAYEVENT:%s' % ('TRUE' if ev.get('allday') else 'FALSE'),
              'X-MICROSOFT-CDO-IMPORTANCE:%d' % ev.get('importance', 1), 'X-MICROSOFT-CDO-INSTTYPE:%d' % (1 if ev.get('rrule') else 0)]
        if ev.get('teams'):
            L += ['X-MICROSOFT-SKYPETEAMSMEETINGURL:' + ev['teams'],
                  'X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/%s/%s/19_meeting_%s@thread.v2/0' % (
                      str(uuid.UUID(int=rng.getrandbits(128))), str(uuid.UUID(int=rng.getrandbits(128))), ralnum(rng, 44)),
                  'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % ralnum(rng, 44),
                  'X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s' % (
                      org[1], ralnum(rng, 40), rhex(rng, 32, False), rhex(rng, 32, False)),
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
        L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE']
        if style == 'outlook':
            if not ev.get('xalt') and desc:
                extra.insert(0, 'X-ALT-DESC;FMTTYPE=text/html:' + esc(
                    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" CONTENT="MS Exchange Server version rmj.rmm.rup.rpr">\n'
                    '<TITLE></TITLE>\n</HEAD>\n<BODY>\n' + ''.join('<P DIR=LTR><SPAN LANG="%s"><FONT FACE="Calibri">%s</FONT></SPAN></P>\n' % (
                        lang, h(l)) for l in desc.split('\n') if l.strip()) + '</BODY>\n</HTML>'))
            L += ['X-MS-OLK-AUTOFILLLOCATION:FALSE', 'X-MS-OLK-AUTOSTARTCHECK:FALSE', 'X-MS-OLK-CONFTYPE:0']
            if ev.get('olk_sender'):
                L.append(prop('X-MS-OLK-SENDER', 'mailto:' + ev['olk_sender'][1], [('CN', ev['olk_sender'][0])]))
        if loc and style == 'exchange' and not loc.startswith('http'):
            L.append('X-MICROSOFT-LOCATIONDISPLAYNAME:' + esc(loc))
        L += extra
        if not alarms and method in ('REQUEST', 'PUBLISH', None, '') and not ev.get('noalarm'):
            alarms = alarm_lines(style, '-PT15M')
    elif style in ('apple', 'icloud'):
        L += ['TRANSP:OPAQUE'] + dts[1:] + [orgline, 'UID:' + uid, 'DTSTAMP:' + stamp, LOC, DESC, 'SEQUENCE:' + seq,
                                           'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC', SUM, 'LAST-MODIFIED:' + stamp,
                                           'CREATED:' + created] + dts[:1] + rr + rid + att + extra
        if ev.get('apple_loc'):
            L.append(ev['apple_loc'])
    elif style == 'thunderbird':
        L += ['CREATED:' + created, 'LAST-MODIFIED:' + stamp, 'DTSTAMP:' + stamp, 'UID:' + uid, SUM, orgline] + att + rr + rid + dts
        L += [DESC, LOC, 'SEQUENCE:' + seq, 'TRANSP:OPAQUE'] + extra + ['X-MOZ-SEND-INVITATIONS:TRUE',
                                                                         'X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE']
        if ev.get('alarms') is None and not ev.get('noalarm'):
            alarms = alarm_lines(style, '-PT15M')
    elif style == 'nextcloud':
        L += ['CREATED:' + created, 'DTSTAMP:' + stamp, 'LAST-MODIFIED:' + stamp, 'SEQUENCE:' + str(int(seq) + 2), 'UID:' + uid]
        L += dts + rr + rid + ['STATUS:' + status, SUM, LOC, DESC, orgline] + att + extra
    elif style == 'zimbra':
        L += ['UID:' + uid, SUM, LOC] + att + [orgline] + rr + rid + dts + ['STATUS:' + status, 'CLASS:PUBLIC',
              'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'TRANSP:OPAQUE', 'LAST-MODIFIED:' + stamp, 'DTSTAMP:' + stamp,
              'SEQUENCE:' + seq, DESC] + extra
        if ev.get('alarms') is None and method == 'REQUEST' and not ev.get('noalarm'):
            alarms = alarm_lines(style, '-PT5M')
    elif style == 'sogo':
        L += ['UID:' + uid, SUM, LOC, 'CLASS:PUBLIC', 'X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:NO', 'TRANSP:OPAQUE',
              'STATUS:' + status] + dts + rr + rid + [orgline] + att + ['CREATED:' + created, 'DTSTAMP:' + stamp,
                                                                        'LAST-MODIFIED:' + stamp, 'SEQUENCE:' + seq, DESC] + extra
    elif style == 'yahoo':
        L += ['UID:' + uid, 'DTSTAMP:' + stamp] + dts + rr + rid + [SUM, DESC, LOC, orgline] + att + [
            'STATUS:' + status, 'SEQUENCE:' + seq, 'CLASS:PUBLIC', 'TRANSP:OPAQUE', 'X-YAHOO-YID:' + M['from'][1].split('@')[0]] + extra
    elif style == 'zoom':
        L += ['DTSTAMP:' + stamp] + dts + rr + [SUM, 'UID:' + uid, 'TZID:' + ev.get('tz', 'UTC'), DESC, LOC] + (
            [orgline] if M.get('zoom_org') else []) + att + extra
        if not alarms:
            alarms = ['BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM']
    else:  # webapp / custom generator: order chosen by the tool
        order = M.get('webapp_order', 'a')
        if order == 'a':
            L += ['UID:' + uid, 'DTSTAMP:' + stamp] + dts + rr + [SUM, DESC, LOC, orgline] + att + ['STATUS:' + status,
                                                                                                'SEQUENCE:' + seq] + extra
        elif order == 'b':
            L += [SUM] + dts + [LOC, DESC] + extra + ['UID:' + uid, 'DTSTAMP:' + stamp, orgline] + att + rr
        else:
            L += dts + ['DTSTAMP:' + stamp, orgline, 'UID:' + uid] + att + ['CREATED:' + created, DESC, LOC] + rr + [
                'SEQUENCE:' + seq, 'STATUS:' + status, SUM, 'TRANSP:OPAQUE'] + extra
    if todo:
        L = [l for l in L if l and not l.startswith(('DTEND', 'TRANSP', 'X-MICROSOFT-CDO-BUSY', 'X-MICROSOFT-CDO-ALLDAY'))]
        if ev.get('todo_status'):
            L = [l if not l.startswith('STATUS:') else 'STATUS:' + ev['todo_status'] for l in L]
        L.append('PRIORITY:%d' % ev.get('prio', 5)) if not any(l.startswith('PRIORITY') for l in L if l) else None
    L += alarms
    L.append('END:' + comp)
    return [l for l in L if l]


PRODID = {
    'google': '-//Google Inc//Google Calendar 70.9054//EN',
    'exchange': 'Microsoft Exchange Server 2010',
    'zimbra': 'Zimbra-Calendar-Provider',
    'thunderbird': '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN',
    'zoom': '-//zoom.us//iCalendar Event//EN',
}


def apple_prodid(M):
    y = M['arrival'].year
    mac = {2016: '10.11.6', 2017: '10.12.6', 2018: '10.13.6', 2019: '10.14.6', 2020: '10.15.7', 2021: '11.6',
           2022: '12.6', 2023: '13.5', 2024: '14.4', 2025: '15.3', 2026: '26.1'}[y]
    ios = {2016: '9.3.5', 2017: '10.3.3', 2018: '11.4.1', 2019: '12.4', 2020: '13.6', 2021: '14.8', 2022: '15.6',
           2023: '16.5', 2024: '17.4.1', 2025: '18.3', 2026: '26.1'}[y]
    if M.get('apple_dev', 'mac') == 'mac':
        return ('-//Apple Inc.//Mac OS X %s//EN' % mac) if y < 2021 else ('-//Apple Inc.//macOS %s//EN' % mac)
    return '-//Apple Inc.//iOS %s//EN' % ios if y >= 2019 else '-//Apple Inc.//iPhone OS %s//EN' % ios


def build_ics(style, M, rng, method):
    """Return (bytes, method_param)."""
    q = M['quirks']
    evs = [M['ev']] + M.get('events', [])
    comps = []
    for ev in evs:
        comps += build_vevent(style, M, ev, rng, method)
    tzs = []
    for ev in evs:
        tz = ev.get('tz', 'UTC')
        if tz != 'UTC' and tz not in tzs and not ev.get('allday') and not ev.get('todo'):
            if style == 'google' and not ev.get('rrule'):
                continue
            if style in ('yahoo',) or (style == 'webapp' and ev.get('timefmt') != 'tzid'):
                continue
            tzs.append(tz)
    if 'no_vtimezone' in q or 'floating' in q:
        tzs = []
    tzstyle = {'outlook': 'windows', 'exchange': 'windows', 'zimbra': 'zimbra', 'apple': 'apple',
               'icloud': 'apple'}.get(style, 'olson')
    tzl = []
    for tz in tzs:
        tzl += vtimezone(tz, tzstyle)
    prodid = M.get('prodid') if M.get('prodid') is not None else PRODID.get(style)
    if prodid is None:
        if style in ('apple',):
            prodid = apple_prodid(M)
        elif style == 'icloud':
            prodid = '-//Apple Inc.//iCloud Web Calendar %d%s%d//EN' % (rng.randint(2200, 2508), rng.choice('ABCDE'), rng.randint(10, 60))
        elif style == 'outlook':
            prodid = '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'
        elif style == 'nextcloud':
            prodid = rng.choice(['-//IDN nextcloud.com//Calendar app %s//EN' % rng.choice(['3.5.7', '4.4.5', '4.7.6', '5.2.1']),
                                 '-//Sabre//Sabre VObject 4.%d.%d//EN' % (rng.randint(3, 5), rng.randint(0, 9))])
        elif style == 'sogo':
            prodid = '-//Inverse inc./SOGo %s//EN' % rng.choice(['4.3.2', '5.5.1', '5.8.4', '5.10.0'])
        elif style == 'yahoo':
            prodid = '-//Yahoo! Inc.//Yahoo! Calendar//EN'
        else:
            prodid = '-//hacksw/handcal//NONSGML v1.0//EN'
    mline = [] if (not method or 'nomethod' in q) else ['METHOD:' + method]
    if style in ('outlook', 'exchange'):
        head = mline + ['PRODID:' + prodid, 'VERSION:2.0']
    elif style == 'google':
        head = ['PRODID:' + prodid, 'VERSION:2.0', 'CALSCALE:GREGORIAN'] + mline
    elif style in ('apple', 'icloud'):
        head = mline + ['VERSION:2.0', 'PRODID:' + prodid, 'CALSCALE:GREGORIAN']
    elif style == 'thunderbird':
        head = ['PRODID:' + prodid, 'VERSION:2.0'] + mline
    elif style == 'zimbra':
        head = ['X-WR-CALNAME:' + esc(evs[0].get('summary', ''))] if False else []
        head = ['PRODID:' + prodid, 'VERSION:2.0'] + mline
    elif style == 'zoom':
        head = ['PRODID:' + prodid, 'VERSION:2.0', 'CALSCALE:GREGORIAN'] + mline + ['CLASS:PUBLIC']
    elif style == 'nextcloud':
        head = ['VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:' + prodid] + mline
    elif style == 'sogo':
        head = mline + ['VERSION:2.0', 'PRODID:' + prodid]
    else:
        head = ['VERSION:2.0', 'PRODID:' + prodid] + mline if M.get('webapp_order') != 'b' else ['PRODID:' + prodid, 'VERSION:2.0'] + mline + ['CALSCALE:GREGORIAN']
    head += M.get('cal_x', [])
    head = [l for l in head if l != 'PRODID:']
    lines = ['BEGIN:VCALENDAR'] + head + tzl + comps + ['END:VCALENDAR']
    mode = 'octets'
    if 'nofold' in q:
        mode = 'none'
    elif 'chars_fold' in q:
        mode = 'chars'
    elif 'split_fold' in q:
        mode = 'split'
    enc = M.get('ics_charset', 'utf-8')
    from h24mime import codec_of
    eol = '\n' if 'lf_ics' in q else '\r\n'
    data = serialize(lines, mode, codec_of(enc), eol=eol, cont='\t' if 'tab_fold' in q else ' ')
    mp = M.get('method_param', method)
    return data, mp


# ---------------------------------------------------------------- bodies
def h(s):
    return htmlmod.escape(s, quote=True)


def text_to_html_p(text):
    out = []
    for para in text.split('\n\n'):
        out.append('<p>' + '<br>'.join(h(l) for l in para.split('\n')) + '</p>')
    return '\n'.join(out)


def body_leaf(text, subtype, M, charset=None, cte=None, extra_ct=''):
    charset = charset or M['charset']
    cte = cte or M['cte']
    if not can_encode(text, charset):
        alt = {'iso-8859-1': 'windows-1252', 'iso-8859-15': 'windows-1252', 'iso-8859-2': 'windows-1250',
               'gb2312': 'GBK', 'koi8-r': 'windows-1251', 'iso-8859-7': 'windows-1253', 'iso-8859-9': 'windows-1254',
               'us-ascii': 'windows-1252', 'iso-8859-8': 'windows-1255', 'iso-8859-6': 'windows-1256',
               'euc-kr': 'UTF-8', 'shift_jis': 'UTF-8'}.get(charset.lower(), 'UTF-8')
        if charset.lower() == 'us-ascii' and M['lang'] != 'en' or not can_encode(text, alt):
            alt = 'UTF-8'
        charset = alt
    from h24mime import encode_text
    data = encode_text(text, charset)
    if cte in ('7bit',) and not all(b < 128 for b in data):
        cte = 'quoted-printable'
    if charset.upper() == 'ISO-2022-JP':
        cte = '7bit'
    q = '"%s"' % charset if M.get('quote_charset', True) else charset
    return Leaf('text/%s; charset=%s%s' % (subtype, q, extra_ct), data, cte)


def cal_leaf(data, method_param, cte='7bit', name=None, charset='UTF-8', disp=None, ctype='text/calendar',
             order='cm', quote=True, lf_inside=False):
    if cte == '7bit' and not all(b < 128 for b in data):
        cte = '8bit'
    cs = ('"%s"' % charset) if quote else charset
    parts = [ctype]
    if order == 'cm':
        parts.append('charset=' + cs)
        if method_param:
            parts.append('method=' + method_param)
    else:
        if method_param:
            parts.append('method=' + method_param)
        parts.append('charset=' + cs)
    if name:
        parts.append('name="%s"' % name)
    return Leaf('; '.join(parts), data, cte, disp=disp, lf_inside=lf_inside)


def bnd_google(rng):
    return '000000000000' + rhex(rng, 16, False)


def msgid(rng, style, M, S):
    dom = M['from'][1].split('@')[1]
    t = int((M['arrival'] - dt.datetime(1970, 1, 1)).total_seconds())
    if style == 'google':
        return '<calendar-%s@google.com>' % uuid.UUID(int=rng.getrandbits(128))
    if style == 'exchange':
        hs = S.get('ms_host_short') or 'DB9PR08MB%04d' % rng.randint(1000, 9999)
        hh = S.get('ms_host') or hs + '.eurprd08.prod.outlook.com'
        return '<%s%s@%s>' % (hs, rhex(rng, 24), hh)
    if style == 'outlook':
        return '<%s$%s$%s$@%s>' % ('0000' + rhex(rng, 2, False) + '01d' + rhex(rng, 1, False) + rhex(rng, 8, False),
                                   rhex(rng, 8, False), rhex(rng, 8, False), dom)
    if style in ('apple', 'icloud'):
        return '<%s@%s>' % (uuid.UUID(int=rng.getrandbits(128)), dom if style == 'apple' else 'icloud.com')
    if style == 'zimbra':
        return '<%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), t * 1000 + rng.randint(0, 999), dom)
    if style == 'yahoo':
        return '<%d.%d.%d@mail.yahoo.com>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), t * 1000)
    if style == 'zoom':
        return '<%s@zoom.us>' % ralnum(rng, 22)
    if style == 'nextcloud':
        return '<%s@%s>' % (rhex(rng, 32, False), M.get('nc_host', 'cloud.' + dom))
    if style == 'sogo':
        return '<%s-%s-1-%s@%s>' % (rhex(rng, 4), rhex(rng, 8), rhex(rng, 8), dom)
    if style == 'thunderbird':
        return '<%s@%s>' % (uuid.UUID(int=rng.getrandbits(128)), dom)
    return M.get('msgid') or '<%s.%d@%s>' % (ralnum(rng, 16), t, M.get('msgid_dom', dom))


def thread_index(rng):
    return 'AQH' + rb64(rng, 18)[:24] + '=='


def common_hdrs(M, S, rng, style, subject, to_list=None, extra_before=(), extra_after=()):
    cs = M['charset'] if M['charset'].lower() not in ('us-ascii',) else 'UTF-8'
    hcs = M.get('hdr_charset') or cs
    mode = M.get('hdr_mode', 'B')
    raw8 = 'raw8hdr' in M['quirks']
    to_list = to_list or M.get('to') or [M['rcpt']]
    fr = M.get('from_hdr') or M['from']
    date = rfcdate(M['arrival'] - dt.timedelta(seconds=rng.randint(2, 50)), M['off'])
    H = list(extra_before)
    H.append(('From', addr(fr[0], fr[1], hcs, mode, raw8=raw8)))
    H.append(('To', ', '.join(addr(n, e, hcs, mode, raw8=raw8) for n, e in to_list[:60]) + (
        ', undisclosed-recipients:;' if False else '')))
    if M.get('cc'):
        H.append(('Cc', ', '.join(addr(n, e, hcs, mode, raw8=raw8) for n, e in M['cc'])))
    if M.get('reply_to'):
        H.append(('Reply-To', addr(M['reply_to'][0], M['reply_to'][1], hcs, mode, raw8=raw8)))
    H.append(('Subject', htext(subject, hcs, mode, raw8=raw8, hname='Subject')))
    H.append(('Date', date))
    H.append(('Message-ID', msgid(rng, style, M, S)))
    H += list(extra_after)
    return H


# ---------------------------------------------------------------- renderers
def google_text(M, ev, method):
    summary, desc, loc = ev_texts(M, ev)
    org = M.get('org') or M['from']
    rc = M['rcpt']
    en = M['lang'] == 'en'
    lines = []
    if method == 'REPLY':
        ps = ev.get('partstat', 'ACCEPTED')
        verb = {'ACCEPTED': 'accepted', 'DECLINED': 'declined', 'TENTATIVE': 'tentatively accepted'}[ps]
        lines.append('%s has %s this invitation.' % (M['from'][0] or M['from'][1], verb) if en else
                     '%s: %s' % (U(M, {'ACCEPTED': 'accepted', 'DECLINED': 'declined', 'TENTATIVE': 'tentative'}[ps]), M['from'][0]))
        lines += ['', summary, when_text(M, ev, 'google')]
        if ev.get('comment'):
            lines += ['', ev['comment']]
        lines += ['', 'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
                  'You are receiving this email because you are subscribed to calendar notifications. To stop receiving these emails, go to https://calendar.google.com/calendar/r/settings, select this calendar, and change "Other notifications".']
        return '\n'.join(lines)
    if method == 'CANCEL':
        lines.append(('This event has been canceled.' if en else U(M, 'cancel')))
    elif ev.get('seq', 0):
        lines.append('This event has been updated' if en else U(M, 'upd'))
    else:
        lines.append(('You have been invited to the following event.' if en else U(M, 'inv')))
    lines += ['', summary, when_text(M, ev, 'google')]
    if loc:
        lines.append(loc)
    if ev.get('meet'):
        lines += ['', ('Join with Google Meet' if en else U(M, 'join') + ' Google Meet'), ev['meet']]
    lines += ['', U(M, 'who') if not en else 'Guests', '%s - %s' % (org[0] or org[1], U(M, 'organizer')), rc[0] or rc[1]]
    for a in M.get('attendees', [])[:8]:
        lines.append(a[0] or a[1])
    if len(M.get('attendees', [])) > 8:
        lines.append('View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s' % M['eid'])
    if desc:
        lines += ['', desc]
    lines += ['', 'View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s' % M['eid'],
              '', 'Reply for %s' % rc[1], '', '%s: https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1' % (U(M, 'yes'), M['eid']),
              '%s: https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=2' % (U(M, 'no'), M['eid']),
              '%s: https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=3' % (U(M, 'maybe'), M['eid']),
              '', 'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
              'You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.',
              '', 'Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding']
    return '\n'.join(lines)


def google_html(M, ev, method, text):
    summary, desc, loc = ev_texts(M, ev)
    eid = M['eid']
    parts = ['<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head><title></title><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>',
             '<body style="background-color: #FFFFFF;"><span itemscope itemtype="http://schema.org/EmailMessage"><meta itemprop="description" content="%s"/>' % h(text.split('\n')[0]),
             '<span itemprop="action" itemscope itemtype="http://schema.org/ViewAction"><meta itemprop="url" content="https://calendar.google.com/calendar/event?action=VIEW&amp;eid=%s"/><meta itemprop="name" content="View event"/></span></span>' % eid,
             '<div style="" class="body-container"><table border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%;"><tbody><tr><td>',
             '<h2 class="primary-text" style="font-size: 20px;" itemprop="name">%s</h2>' % h(summary),
             '<div style="font-size:14px;">%s</div>' % h(when_text(M, ev, 'google'))]
    if loc:
        parts.append('<div><span class="secondary-text">%s</span> <span>%s</span></div>' % (h(U(M, 'where')), h(loc)))
    if ev.get('meet'):
        parts.append('<div><a href="%s" class="primary-button-text" style="background-color:#1a73e8;color:#fff;">%s</a></div>' % (ev['meet'], h(U(M, 'join') + ' Google Meet')))
    if desc:
        d = desc if ev.get('desc_is_html') else '<br>'.join(h(l) for l in desc.split('\n'))
        parts.append('<div style="color: #3c4043; text-decoration: none;" class="primary-text">%s</div>' % d)
    parts.append('<div><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=1">%s</a> '
                 '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=2">%s</a> '
                 '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=3">%s</a></div>' % (
                     eid, U(M, 'yes'), eid, U(M, 'no'), eid, U(M, 'maybe')))
    parts.append('<p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p></td></tr></tbody></table></div></body></html>')
    return '\n'.join(parts)


def render_google(M, S, rng, method):
    ev = M['ev']
    M['eid'] = rb64(rng, 40).replace('=', '').replace('+', '').replace('/', '')[:70]
    summary = ev.get('summary', '')
    en = M['lang'] == 'en'
    wt = when_text(M, ev, 'google')
    if method == 'REPLY':
        ps = ev.get('partstat', 'ACCEPTED')
        key = {'ACCEPTED': 'accepted', 'DECLINED': 'declined', 'TENTATIVE': 'tentative'}[ps]
        subj = '%s: %s @ %s' % (U(M, key), summary, wt)
    elif method == 'CANCEL':
        subj = '%s: %s @ %s (%s)' % (U(M, 'cancel'), summary, wt, M['rcpt'][1])
    else:
        subj = '%s: %s @ %s (%s)' % (U(M, 'upd') if ev.get('seq') else U(M, 'inv'), summary, wt, M['rcpt'][1])
    subj = M.get('subject') or subj
    text = M.get('plain') or google_text(M, ev, method)
    html = M.get('html') or google_html(M, ev, method, text)
    ics, mp = build_ics('google', M, rng, method)
    M['cte'] = 'base64' if M['charset'].upper() == 'UTF-8' else M['cte']
    plain = body_leaf(text, 'plain', M, extra_ct='; format=flowed; delsp=yes')
    hl = body_leaf(html, 'html', M, cte='quoted-printable')
    cal = cal_leaf(ics, mp, '7bit', quote=True)
    alt = Multi('alternative', [plain, hl, cal], bnd_google(rng))
    parts = [alt]
    if method != 'REPLY' or rng.random() < .3:
        parts.append(Leaf('application/ics; name="invite.ics"', ics, 'base64', disp='attachment; filename="invite.ics"'))
    top = Multi('mixed', parts, bnd_google(rng))
    rt = M.get('reply_to') or (M['from'] if method != 'REPLY' else None)
    M2 = dict(M)
    M2['reply_to'] = rt
    H = common_hdrs(M2, S, rng, 'google', subj)
    # Google orders: Reply-To, Sender, Message-ID, Date, Subject, From, To
    order = ['Reply-To', 'Sender', 'Message-ID', 'Date', 'Subject', 'From', 'To', 'Cc']
    Hd = dict((n, v) for n, v in H)
    if M.get('gsender', True):
        Hd['Sender'] = 'Google Calendar <calendar-notification@google.com>'
    out = [('MIME-Version', '1.0')] + [(n, Hd[n]) for n in order if n in Hd and Hd[n]]
    return out, top


def ms_text(M, ev, method):
    summary, desc, loc = ev_texts(M, ev)
    t = desc or ''
    if ev.get('teams'):
        jt = {'de': 'Microsoft Teams-Besprechung', 'fr': 'Réunion Microsoft Teams', 'es': 'Reunión de Microsoft Teams',
              'it': 'Riunione di Microsoft Teams', 'nl': 'Microsoft Teams-vergadering', 'pl': 'Spotkanie w aplikacji Microsoft Teams'}.get(M['lang'], 'Microsoft Teams meeting')
        t += ('\n\n' + '_' * 80 + '\n%s\nJoin on your computer, mobile app or room device\nClick here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s>\n' % (
            jt, ev['teams'], ev.get('teams_id', '312 456 789 012'), ev.get('teams_pw', 'x7Qb2K'), uuid.UUID(int=rng_hash(M)))) + '_' * 80
    return t


def rng_hash(M):
    import hashlib
    return int(hashlib.md5((M['ev'].get('uid') or M['ev'].get('summary', 'x')).encode('utf-8')).hexdigest(), 16)


def ms_html(M, text, outlook_desktop=False):
    body = text_to_html_p(text) if not M.get('html_body') else M['html_body']
    gen = 'Microsoft Word 15 (filtered medium)' if outlook_desktop else 'Microsoft Exchange Server'
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="%s">\n<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style>\n'
            '</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (M['charset'].lower(), gen, ACCEPT_LANG.get(M['lang'], 'EN-US').upper(), body.replace('<p>', '<p class="MsoNormal">')))


def render_ms(M, S, rng, method, style):
    ev = M['ev']
    summary = ev.get('summary', '')
    ps = ev.get('partstat', 'ACCEPTED')
    if method == 'REPLY':
        subj = '%s: %s' % (U(M, {'ACCEPTED': 'accepted', 'DECLINED': 'declined', 'TENTATIVE': 'tentative'}[ps]), summary)
    elif method == 'CANCEL':
        subj = '%s: %s' % ({'en': 'Canceled', 'de': 'Abgesagt', 'fr': 'Annulé', 'es': 'Cancelado', 'it': 'Annullato',
                            'nl': 'Geannuleerd', 'pl': 'Odwołane', 'pt': 'Cancelado'}.get(M['lang'], U(M, 'cancel')), summary)
    elif method == 'COUNTER':
        subj = 'New Time Proposed: ' + summary
    else:
        subj = summary
    subj = M.get('subject') or subj
    text = M.get('plain')
    if text is None:
        text = ms_text(M, ev, method) if method not in ('REPLY',) else (ev.get('comment') or '')
    ics, mp = build_ics(style, M, rng, method)
    if M['charset'].lower() == 'us-ascii' and not is_ascii(text):
        M['charset'] = 'utf-8'
    plain = body_leaf(text, 'plain', M, cte=M.get('cte') if M.get('cte') != '8bit' else 'quoted-printable')
    html = body_leaf(M.get('html') or ms_html(M, text, style == 'outlook'), 'html', M, cte='quoted-printable')
    calcte = 'base64' if style == 'exchange' else M.get('cal_cte', 'base64' if rng.random() < .5 else 'quoted-printable')
    cal = cal_leaf(ics, mp, calcte, charset='utf-8', quote=True)
    b = '_000_%s%s_' % (S.get('ms_host_short', 'AM0PR0%dMB%04d' % (rng.randint(1, 9), rng.randint(1000, 9999))), rhex(rng, 24))
    if style == 'outlook':
        b = '----=_NextPart_000_%s_01DA%s.%s' % (rhex(rng, 4), rhex(rng, 4), rhex(rng, 8))
    parts = [plain, html, cal] if method != 'REPLY' or text else [cal]
    top = Multi('alternative', parts, b) if len(parts) > 1 else cal
    if method == 'REPLY' and len(parts) == 1:
        top = cal
    extra = [('Thread-Topic', htext(summary, M['charset'] if M['charset'].lower() != 'us-ascii' else 'utf-8', hname='Thread-Topic')),
             ('Thread-Index', thread_index(rng))]
    if style == 'exchange':
        extra += [('Accept-Language', ('%s, en-US' % ACCEPT_LANG[M['lang']]) if M['lang'] != 'en' else 'en-US'),
                  ('Content-Language', ACCEPT_LANG.get(M['lang'], 'en-US')), ('X-MS-Has-Attach', ''),
                  ('X-MS-Exchange-Organization-SCL', None), ('X-MS-TNEF-Correlator', ''),
                  ('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAD' + ralnum(rng, 24) + '=='),
                  ('x-ms-publictraffictype', 'Email'),
                  ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_MeetingMessage' % (S.get('ms_host_short', 'DB9PR08MB6588'), S.get('ms_host_short', 'DB9PR08MB6588'))),
                  ('x-ms-office365-filtering-correlation-id', str(uuid.UUID(int=rng.getrandbits(128)))),
                  ('x-microsoft-antispam', 'BCL:0;ARA:13230040|366016|1800799024|376014|38070700018;'),
                  ('X-OriginatorOrg', M['from'][1].split('@')[1])]
    else:
        extra += [('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', ACCEPT_LANG.get(M['lang'], 'en-US').lower())]
        if ev.get('olk_sender'):
            pass
    H = common_hdrs(M, S, rng, style, subj, extra_after=extra)
    return [('MIME-Version', '1.0')] + H, top


def apple_text(M, ev, method):
    return M.get('plain') or (ev_texts(M, ev)[1] or '')


def render_apple(M, S, rng, method, style):
    ev = M['ev']
    summary = ev.get('summary', '')
    ics, mp = build_ics(style, M, rng, method)
    if style == 'icloud':
        wt = when_text(M, ev)
        subj = M.get('subject') or ('%s: %s @ %s' % (U(M, 'inv'), summary, wt) if method == 'REQUEST' else
                                    '%s: %s' % (U(M, 'cancel') if method == 'CANCEL' else U(M, 'upd'), summary))
        org = M.get('org') or M['from']
        intro = ('%s has invited you to "%s".' % (org[0], summary)) if M['lang'] == 'en' else '%s: %s — %s' % (U(M, 'inv'), summary, org[0])
        _, desc, loc = ev_texts(M, ev)
        text = M.get('plain') or '\n'.join([intro, '', wt] + ([loc] if loc else []) + ([desc] if desc else []) + [
            '', 'https://www.icloud.com/calendar/'])
        html = M.get('html') or (
            '<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width"></head>'
            '<body style="font-family:-apple-system,Helvetica Neue,Helvetica,sans-serif;"><table width="100%%"><tr><td align="center">'
            '<div style="font-size:22px;font-weight:600">%s</div><div>%s</div><div>%s</div>%s<div style="white-space:pre-wrap">%s</div>'
            '<table><tr><td><a href="https://www.icloud.com/calendar/?rsvp=accept&amp;guid=%s">%s</a></td><td><a href="https://www.icloud.com/calendar/?rsvp=decline&amp;guid=%s">%s</a></td>'
            '<td><a href="https://www.icloud.com/calendar/?rsvp=maybe&amp;guid=%s">%s</a></td></tr></table></td></tr></table></body></html>' % (
                h(summary), h(intro), h(wt), ('<div>%s</div>' % h(loc)) if loc else '', h(desc or ''),
                rhex(rng, 32, False), U(M, 'yes'), rhex(rng, 32, False), U(M, 'no'), rhex(rng, 32, False), U(M, 'maybe')))
        b1 = 'Apple-Webmail-%d--%s' % (rng.randint(10, 99), uuid.UUID(int=rng.getrandbits(128)))
        alt = Multi('alternative', [body_leaf(text, 'plain', M, cte='quoted-printable'),
                                    body_leaf(html, 'html', M, cte='quoted-printable')], b1 + '-alt', quote_boundary=True)
        cal = cal_leaf(ics, mp, 'quoted-printable', name='invite.ics', disp='attachment; filename="invite.ics"',
                       charset='utf-8', quote=False, order='mc')
        top = Multi('mixed', [alt, cal], b1)
        extra = [('X-Mailer', 'iCloud MailClient%s MailServer%s' % (rng.choice(['2408B24', '2324B5', '2206B26']), rng.choice(['2408.5.0', '2322.17.0'])))] if rng.random() < .5 else []
        extra.append(('X-Apple-Calendar-Invite', 'yes')) if False else None
    else:
        subj = M.get('subject') or summary
        text = apple_text(M, ev, method)
        b = 'Apple-Mail=_%s' % uuid.UUID(int=rng.getrandbits(128))
        plain = body_leaf(text or ' ', 'plain', M, cte='quoted-printable')
        name = rng.choice(['meeting.ics', 'iCal-%s.ics' % M['arrival'].strftime('%Y%m%d-%H%M%S'), 'invite.ics'])
        cal = cal_leaf(ics, mp, 'quoted-printable', name=name, disp='attachment; filename=%s' % name, charset='utf-8',
                       quote=False, order='mc')
        top = Multi('mixed', [plain, cal], b, quote_boundary=True)
        dev = M.get('apple_dev', 'mac')
        y = M['arrival'].year
        build = {2016: '3124', 2017: '3273', 2018: '3445.9.1', 2019: '3445.104.11', 2020: '3608.120.23.2.4',
                 2021: '3654.120.0.1.13', 2022: '3696.120.41.1.1', 2023: '3731.600.7', 2024: '3774.500.171.1.1',
                 2025: '3826.400.131.1.6', 2026: '3864.100.1'}[y]
        extra = [('X-Mailer', 'Apple Mail (2.%s)' % build if dev == 'mac' else 'iPhone Mail (%dD%d)' % (y - 2002, rng.randint(40, 99)))]
    H = common_hdrs(M, S, rng, style, subj, extra_after=extra)
    return [('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3774.500.171.1.1\\))')] + H if style == 'apple' and rng.random() < .5 else [('MIME-Version', '1.0')] + H, top


TB = {2016: '45.8.0', 2017: '52.5.0', 2018: '60.3.0', 2019: '60.9.1', 2020: '68.12.0', 2021: '78.14.0',
      2022: '91.13.0', 2023: '102.15.1', 2024: '115.12.2', 2025: '128.6.0', 2026: '140.3.1'}


def render_thunderbird(M, S, rng, method):
    ev = M['ev']
    summary, desc, loc = ev_texts(M, ev)
    en = M['lang'] == 'en'
    pre = {'REQUEST': U(M, 'inv'), 'CANCEL': U(M, 'cancel'), 'REPLY': U(M, 'accepted'), 'PUBLISH': U(M, 'inv')}.get(method, U(M, 'inv'))
    if method == 'REPLY':
        pre = U(M, {'ACCEPTED': 'accepted', 'DECLINED': 'declined', 'TENTATIVE': 'tentative'}[ev.get('partstat', 'ACCEPTED')])
    subj = M.get('subject') or '%s: %s' % (pre, summary)
    org = M.get('org') or M['from']
    text = M.get('plain')
    if text is None:
        lab = ('Title', 'When', 'Where', 'Organizer', 'Attendees', 'Description') if en else (
            summary and 'Titel' if M['lang'] == 'de' else 'Title', U(M, 'when'), U(M, 'where'), U(M, 'organizer'), U(M, 'who'), '')
        lines = ['%s:\t%s' % (lab[0], summary), '%s:\t%s' % (lab[1], when_text(M, ev))]
        if loc:
            lines.append('%s:\t%s' % (lab[2], loc))
        lines.append('%s:\t%s <%s>' % (lab[3], org[0], org[1]))
        lines.append('%s:\n%s <%s>' % (lab[4], M['rcpt'][0] or '', M['rcpt'][1]))
        for a in M.get('attendees', [])[:20]:
            lines.append('%s <%s>' % (a[0], a[1]))
        if desc:
            lines += ['', desc]
        text = '\n'.join(lines)
    ics, mp = build_ics('thunderbird', M, rng, method)
    bx = '------------' + ralnum(rng, 24, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
    by = '------------' + ralnum(rng, 24, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
    plain = body_leaf(text, 'plain', M, extra_ct='')
    plain.ctype = plain.ctype.replace('"', '')
    cal = Leaf('text/calendar; method=%s; charset=UTF-8' % mp if mp else 'text/calendar; charset=UTF-8', ics, '8bit' if not is_ascii(ics.decode('utf-8', 'replace')) else '7bit')
    alt = Multi('alternative', [plain, cal], by)
    att = Leaf('application/ics; name="invite.ics"', ics, 'base64', disp='attachment; filename="invite.ics"')
    top = Multi('mixed', [alt, att], bx)
    y = M['arrival'].year
    v = TB[y]
    os_ = rng.choice(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15'])
    ua = ('Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s' % (os_, v.rsplit('.', 1)[0], v))
    if y < 2020:
        ua += ' Lightning/%s' % {2016: '4.7.8', 2017: '5.4.5', 2018: '6.2.3', 2019: '6.2.9'}[y]
    extra = [('User-Agent', ua), ('Content-Language', ACCEPT_LANG.get(M['lang'], 'en-US'))]
    H = common_hdrs(M, S, rng, 'thunderbird', subj, extra_before=[('Message-ID', None)], extra_after=extra)
    # Thunderbird puts Message-ID, Date, MIME-Version, User-Agent first
    Hd = dict(H)
    out = [('Message-ID', Hd['Message-ID']), ('Date', Hd['Date']), ('MIME-Version', '1.0'), ('User-Agent', ua),
           ('Content-Language', Hd['Content-Language']), ('To', Hd['To'])]
    if 'Cc' in Hd:
        out.append(('Cc', Hd['Cc']))
    out += [('From', Hd['From'])]
    if 'Reply-To' in Hd:
        out.append(('Reply-To', Hd['Reply-To']))
    out.append(('Subject', Hd['Subject']))
    return out, top


def render_zoom(M, S, rng, method):
    ev = M['ev']
    summary, desc, loc = ev_texts(M, ev)
    subj = M.get('subject') or '%s Confirmation' % summary
    html = M.get('html') or ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                             '<body style="font-family:Lato,Helvetica,Arial,sans-serif"><table width="600" align="center"><tr><td>'
                             '<img src="https://st1.zoom.us/static/6.3.0/image/new/ZoomLogo.png" alt="Zoom"><p>%s</p>'
                             '<p><b>%s</b><br>%s</p><p>%s</p><p><a href="%s" style="background:#0E72ED;color:#fff;padding:8px 16px">%s</a></p>'
                             '<p style="font-size:12px">Copyright &copy;%d Zoom Video Communications, Inc. All rights reserved.</p></td></tr></table></body></html>'
                             % ('<br>'.join(h(l) for l in (M.get('text') or '').split('\n')), h(summary), h(when_text(M, ev)),
                                '<br>'.join(h(l) for l in (desc or '').split('\n')), h(loc or ''), h(U(M, 'join')), M['arrival'].year))
    ics, mp = build_ics('zoom', M, rng, method)
    b = '----=_Part_%d_%d.%d' % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), int((M['arrival'] - dt.datetime(1970, 1, 1)).total_seconds()) * 1000)
    b2 = '----=_Part_%d_%d.%d' % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), int((M['arrival'] - dt.datetime(1970, 1, 1)).total_seconds()) * 1000 + 3)
    alt = Multi('alternative', [body_leaf(html, 'html', M, charset='UTF-8', cte='quoted-printable')], b2)
    att = Leaf('text/calendar; charset=UTF-8; name="iCal.ics"' + ('; method=%s' % mp if mp else ''), ics, 'base64',
               disp='attachment; filename="iCal.ics"')
    top = Multi('mixed', [alt, att], b, quote_boundary=False)
    host = M.get('zoom_host') or M['from'][0]
    M2 = dict(M)
    M2['from_hdr'] = (host, 'no-reply@zoom.us')
    M2['reply_to'] = M.get('reply_to') or M['from']
    H = common_hdrs(M2, S, rng, 'zoom', subj)
    return [('MIME-Version', '1.0')] + H, top


def render_nextcloud(M, S, rng, method):
    ev = M['ev']
    summary, desc, loc = ev_texts(M, ev)
    org = M.get('org') or M['from']
    if method == 'CANCEL':
        subj = '%s: %s' % (U(M, 'cancel'), summary)
    elif ev.get('seq'):
        subj = '%s: %s' % (U(M, 'upd'), summary)
    else:
        subj = '%s: %s' % (U(M, 'inv'), summary)
    subj = M.get('subject') or subj
    wt = when_text(M, ev)
    text = M.get('plain') or '\n'.join(
        ['%s %s' % (org[0], 'has invited you to "%s"' % summary if M['lang'] == 'en' else '— ' + U(M, 'inv') + ': ' + summary), '',
         '%s: %s' % (U(M, 'when'), wt)] + (['%s: %s' % (U(M, 'where'), loc)] if loc else []) +
        (['', desc] if desc else []) + ['', '%s: %s' % (U(M, 'organizer'), org[0]), '',
                                       '%s: https://%s/index.php/apps/dav/invitation/accept/%s' % (U(M, 'yes'), M['nc_host'], rhex(rng, 60, False))])
    html = M.get('html') or ('<!DOCTYPE html><html lang="%s"><head><meta charset="UTF-8"></head><body><table role="presentation" width="100%%">'
                             '<tr><td style="padding:0 15px;"><h1 style="font-size:20px">%s</h1><p>%s</p><p>%s</p>%s</td></tr>'
                             '<tr><td><a href="https://%s/index.php/apps/dav/invitation/accept/%s" style="background-color:#0082c9;color:#fff">%s</a></td></tr>'
                             '<tr><td style="font-size:12px;color:#737373">Nextcloud – a safe home for all your data</td></tr></table></body></html>'
                             % (M['lang'][:2], h(summary), h(wt), h(loc or ''), text_to_html_p(desc or ''), M['nc_host'], rhex(rng, 60, False), h(U(M, 'yes'))))
    ics, mp = build_ics('nextcloud', M, rng, method)
    b = '_=_swift_%d_%s_=_' % (int((M['arrival'] - dt.datetime(1970, 1, 1)).total_seconds()), rhex(rng, 32, False))
    if M['arrival'].year >= 2022:
        b = ralnum(rng, 8)
    top = Multi('alternative', [body_leaf(text, 'plain', M, charset='utf-8', cte='quoted-printable'),
                                body_leaf(html, 'html', M, charset='utf-8', cte='quoted-printable'),
                                cal_leaf(ics, mp, 'quoted-printable', charset='utf-8', quote=False, order='mc')], b)
    M2 = dict(M)
    M2['from_hdr'] = ('%s (via %s)' % (M['from'][0] or M['from'][1].split('@')[0], M.get('nc_name', 'Nextcloud')), M.get('nc_from', 'noreply@' + M['nc_host'].split('.', 1)[1] if M['nc_host'].count('.') > 1 else 'noreply@' + M['nc_host']))
    M2['reply_to'] = org
    H = common_hdrs(M2, S, rng, 'nextcloud', subj, extra_after=[('X-Nextcloud-Calendar', None)])
    return H + [('MIME-Version', '1.0')], top


def render_zimbra(M, S, rng, method):
    ev = M['ev']
    summary, desc, loc = ev_texts(M, ev)
    org = M.get('org') or M['from']
    subj = M.get('subject') or (summary if method == 'REQUEST' else ('%s: %s' % ('Cancelled' if M['lang'] == 'en' else U(M, 'cancel'), summary)
                                                                    if method == 'CANCEL' else '%s: %s' % (U(M, 'accepted'), summary)))
    start, end = ev_times(ev)
    tz = ev.get('tz', 'UTC')
    text = M.get('plain')
    if text is None:
        hdr = 'The following is a new meeting request:' if M['lang'] == 'en' else U(M, 'inv') + ':'
        if method == 'CANCEL':
            hdr = 'The following meeting has been cancelled:' if M['lang'] == 'en' else U(M, 'cancel') + ':'
        text = '%s\n\nSubject: %s \nOrganizer: "%s" <%s> \n\n%s \nTime: %s\n \nInvitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s' % (
            hdr, summary, org[0], org[1], ('Location: %s ' % loc) if loc else '', when_text(M, ev), M['rcpt'][1], desc or '')
    html = M.get('html') or ('<html><body id=\'htmlmode\'><h3>%s</h3>\n\n<p>\n<table border=\'0\'>\n<tr><th align=left>Subject:</th><td>%s </td></tr>\n'
                             '<tr><th align=left>Organizer:</th><td>"%s" &lt;%s&gt; </td></tr>\n</table>\n<p>\n<table border=\'0\'>\n'
                             '<tr><th align=left>Time:</th><td>%s </td></tr>\n</table>\n<p>\n<table border=\'0\'>\n<tr><th align=left>Invitees:</th><td>%s </td></tr>\n'
                             '</table>\n<div>*~*~*~*~*~*~*~*~*~*</div><br>%s</body></html>' % (
                                 h(text.split('\n')[0]), h(summary), h(org[0]), h(org[1]), h(when_text(M, ev)), h(M['rcpt'][1]),
                                 text_to_html_p(desc or '')))
    ics, mp = build_ics('zimbra', M, rng, method)
    b = '=_%s-%s-%s-%s-%s' % (rhex(rng, 8, False), rhex(rng, 4, False), rhex(rng, 4, False), rhex(rng, 4, False), rhex(rng, 12, False))
    top = Multi('alternative', [body_leaf(text, 'plain', M, cte=M['cte'] if M['cte'] != 'base64' else 'quoted-printable'),
                                body_leaf(html, 'html', M, cte='quoted-printable'),
                                cal_leaf(ics, mp, '7bit', name='meeting.ics', charset='utf-8', order='cm')], b)
    v = rng.choice(['8.8.15_GA_4581', '9.0.0_GA_4583', '8.8.12_GA_3794', '10.0.6_GA_4652'])
    ua = rng.choice(['FF115 (Linux)', 'GC124 (Win)', 'ZimbraWebClient - FF91 (Win)'])
    extra = [('X-Mailer', 'Zimbra %s (ZimbraWebClient - %s/%s)' % (v, ua, v)), ('Thread-Index', ralnum(rng, 30)),
             ('Thread-Topic', htext(summary, 'utf-8', hname='Thread-Topic'))]
    H = common_hdrs(M, S, rng, 'zimbra', subj, extra_after=[('MIME-Version', '1.0')] + extra)
    return H, top


def render_yahoo(M, S, rng, method):
    ev = M['ev']
    summary, desc, loc = ev_texts(M, ev)
    org = M.get('org') or M['from']
    wt = when_text(M, ev)
    subj = M.get('subject') or '%s: %s @ %s' % (U(M, 'inv') if method == 'REQUEST' else U(M, 'cancel'), summary, wt)
    text = M.get('plain') or '\n'.join(['%s %s' % (org[0], 'invited you to an event' if M['lang'] == 'en' else '- ' + U(M, 'inv')), '',
                                        summary, wt] + ([loc] if loc else []) + (['', desc] if desc else []) +
                                       ['', '%s | %s | %s' % (U(M, 'yes'), U(M, 'maybe'), U(M, 'no'))])
    html = M.get('html') or ('<html><head></head><body><div class="ydp-invite" style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;">'
                             '<div style="font-size:18px">%s</div><div>%s</div><div>%s</div><div>%s</div>'
                             '<div><a href="https://calendar.yahoo.com/?v=60&amp;rsvp=1&amp;eid=%s">%s</a> | <a href="https://calendar.yahoo.com/?v=60&amp;rsvp=3&amp;eid=%s">%s</a></div></div></body></html>'
                             % (h(summary), h(wt), h(loc or ''), text_to_html_p(desc or ''), rhex(rng, 20, False), U(M, 'yes'), rhex(rng, 20, False), U(M, 'no')))
    ics, mp = build_ics('yahoo', M, rng, method)
    b = '----=_Part_%d_%d.%d' % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), int((M['arrival'] - dt.datetime(1970, 1, 1)).total_seconds()) * 1000)
    top = Multi('alternative', [body_leaf(text, 'plain', M, cte='quoted-printable'), body_leaf(html, 'html', M, cte='quoted-printable'),
                                cal_leaf(ics, mp, 'base64', charset='UTF-8', quote=False, order='mc')], b, quote_boundary=True)
    extra = [('X-Mailer', 'WebService/1.1.%d YMailNorrin' % rng.randint(20000, 23900))]
    H = common_hdrs(M, S, rng, 'yahoo', subj, extra_after=[('MIME-Version', '1.0')])
    return H + [('References', None)] + extra, top


def render_sogo(M, S, rng, method):
    ev = M['ev']
    summary, desc, loc = ev_texts(M, ev)
    org = M.get('org') or M['from']
    start, end = ev_times(ev)
    if method == 'CANCEL':
        subj = 'Event Cancelled: "%s"' % summary if M['lang'] == 'en' else '%s: "%s"' % (U(M, 'cancel'), summary)
    else:
        subj = 'Event Invitation: "%s"' % summary if M['lang'] == 'en' else '%s: "%s"' % (U(M, 'inv'), summary)
    subj = M.get('subject') or subj
    html = M.get('html') or ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/></head><body>'
                             '<p>%s</p><table><tr><td>%s</td><td>%s</td></tr><tr><td>%s</td><td>%s</td></tr></table><p>%s</p></body></html>'
                             % (h('%s has invited you to %s.' % (org[0], summary) if M['lang'] == 'en' else '%s — %s: %s' % (org[0], U(M, 'inv'), summary)),
                                h(U(M, 'when')), h(when_text(M, ev)), h(U(M, 'where')), h(loc or ''), text_to_html_p(desc or '')))
    ics, mp = build_ics('sogo', M, rng, method)
    b = 'Boundary-00=_%s' % ralnum(rng, 26)
    top = Multi('alternative', [body_leaf(html, 'html', M, charset='utf-8', cte='quoted-printable'),
                                cal_leaf(ics, mp, 'quoted-printable', charset='utf-8', quote=False, order='mc')], b)
    v = ics.split(b'SOGo ')[1].split(b'//')[0].decode() if b'SOGo ' in ics else '5.8.4'
    H = common_hdrs(M, S, rng, 'sogo', subj, extra_after=[('MIME-Version', '1.0'), ('User-Agent', 'SOGoMail %s' % v)])
    return H, top


def render_webapp(M, S, rng, method):
    """Booking systems, CMS plug-ins, CRMs, bulk tools and hand-rolled scripts."""
    ev = M['ev']
    summary, desc, loc = ev_texts(M, ev)
    q = M['quirks']
    subj = M.get('subject') or summary
    ics, mp = build_ics('webapp', M, rng, method)
    layout = M.get('layout', 'mixed_html_ics')
    fname = M.get('ics_name', 'invite.ics')
    text = M.get('plain') or M.get('text', '')
    html = M.get('html') or ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>%s</body></html>'
                             % (M['charset'].lower(), text_to_html_p(text)))
    cal_cs = M.get('ics_charset', 'utf-8')
    lf = 'lfb64' in q
    calcte = M.get('cal_cte', 'base64')
    ctype = M.get('cal_ctype', 'text/calendar')
    b = M.get('boundary') or rng.choice(['b1_%s' % rhex(rng, 32, False), '=_%s' % rhex(rng, 32, False),
                                         '----=_Part_%d_%d.%d' % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13)),
                                         '_----------=_%d%d' % (rng.randint(10 ** 9, 10 ** 10), rng.randint(100, 999)),
                                         ralnum(rng, 28, '0123456789abcdef')])
    b2 = b + '_alt'
    if layout == 'mixed_html_ics':
        top = Multi('mixed', [body_leaf(html, 'html', M, cte=M.get('cte') if M['cte'] != '8bit' or True else 'base64'),
                              cal_leaf(ics, mp, calcte, name=fname, charset=cal_cs, disp='attachment; filename="%s"' % fname,
                                       ctype=ctype, quote=rng.random() < .5, lf_inside=lf)], b)
    elif layout == 'alt3':
        top = Multi('alternative', [body_leaf(text, 'plain', M), body_leaf(html, 'html', M),
                                    cal_leaf(ics, mp, calcte, charset=cal_cs, ctype=ctype, lf_inside=lf)], b)
    elif layout == 'mixed_alt_ics':
        top = Multi('mixed', [Multi('alternative', [body_leaf(text, 'plain', M), body_leaf(html, 'html', M)], b2),
                              cal_leaf(ics, mp, calcte, name=fname, charset=cal_cs, disp='attachment; filename="%s"' % fname,
                                       ctype=ctype, lf_inside=lf)], b)
    elif layout == 'mixed_text_ics':
        top = Multi('mixed', [body_leaf(text, 'plain', M),
                              cal_leaf(ics, mp, calcte, name=fname, charset=cal_cs, disp='attachment; filename="%s"' % fname,
                                       ctype=ctype, lf_inside=lf)], b)
    elif layout == 'bare':
        top = cal_leaf(ics, mp, calcte, charset=cal_cs, ctype=ctype, lf_inside=lf)
    elif layout == 'alt_text_cal':
        top = Multi('alternative', [body_leaf(text, 'plain', M), cal_leaf(ics, mp, calcte, charset=cal_cs, ctype=ctype, lf_inside=lf)], b)
    else:
        raise ValueError(layout)
    extra = list(M.get('xhdrs', []))
    H = common_hdrs(M, S, rng, 'webapp', subj, extra_after=[('MIME-Version', '1.0')] + extra)
    return H, top


RENDER = {
    'google': render_google,
    'outlook': lambda M, S, r, m: render_ms(M, S, r, m, 'outlook'),
    'exchange': lambda M, S, r, m: render_ms(M, S, r, m, 'exchange'),
    'icloud': lambda M, S, r, m: render_apple(M, S, r, m, 'icloud'),
    'apple': lambda M, S, r, m: render_apple(M, S, r, m, 'apple'),
    'thunderbird': render_thunderbird, 'zoom': render_zoom, 'nextcloud': render_nextcloud,
    'zimbra': render_zimbra, 'yahoo': render_yahoo, 'sogo': render_sogo, 'webapp': render_webapp,
}

DEFAULT_METHOD = {'webapp': 'PUBLISH', 'zoom': 'PUBLISH'}


def default_svc(M):
    c = M['client']
    d = M['from'][1].split('@')[1]
    if c == 'google':
        return 'google'
    if c == 'exchange':
        return 'outlookcom' if d.split('.')[0] in ('outlook', 'hotmail', 'live', 'msn') else 'o365'
    if c == 'icloud':
        return 'icloud'
    if c == 'apple' and d in ('icloud.com', 'me.com', 'mac.com'):
        return 'icloud'
    if c == 'yahoo' or d.startswith('yahoo.'):
        return 'yahoo'
    if c == 'zoom':
        return 'zoom'
    if d.split('.')[0] in ('outlook', 'hotmail', 'live'):
        return 'outlookcom'
    if d in ('gmail.com',):
        return 'google'
    return 'own'


def render(M, rng):
    """Full message bytes."""
    M.setdefault('quirks', set())
    M['quirks'] = set(M['quirks'])
    method = M.get('method')
    if method is None:
        method = DEFAULT_METHOD.get(M['client'], 'REQUEST')
    M['method'] = method
    if M['client'] == 'nextcloud':
        M.setdefault('nc_host', 'cloud.' + M['from'][1].split('@')[1])
    svc = M.get('svc') or default_svc(M)
    from_email = (M.get('from_hdr') or M['from'])[1]
    if M['client'] == 'zoom':
        from_email = 'no-reply@zoom.us'
    if M['client'] == 'nextcloud' and svc == 'own':
        pass
    topts = dict(M.get('topts', {}))
    topts.setdefault('rcpt', M['list']['addr'] if M.get('list') else M['rcpt'][1])
    S = build_setup(rng, svc, from_email if M['client'] != 'nextcloud' else M.get('nc_from') or 'noreply@' + '.'.join(M['nc_host'].split('.')[1:]),
                    M['arrival'], M['off'], topts)
    if M['client'] == 'nextcloud':
        M['nc_from'] = S['env_from'] if '@' in S['env_from'] and 'bounce' not in S['env_from'] else M.get('nc_from')
    if method in ('REPLY', 'COUNTER', 'CANCEL') and M['client'] not in ('google', 'outlook', 'exchange'):
        M.setdefault('subject', None)
        if not M.get('subject'):
            M['subject'] = status_subject(M, M['ev'], method)
        if not M.get('plain'):
            M['plain'] = reply_text(M, M['ev'], method)
        if not M.get('html') and M['client'] in ('icloud', 'nextcloud', 'yahoo', 'zimbra', 'sogo', 'zoom'):
            M['html'] = '<html><body>%s</body></html>' % text_to_html_p(M['plain'])
    if M.get('render_fn'):
        hdrs, top = M['render_fn'](M, S, rng, method)
    else:
        hdrs, top = RENDER[M['client']](M, S, rng, method)
    if M.get('list'):
        L = M['list']
        S = list_relay(rng, S, L['dom'], L['addr'], M['arrival'], M['rcpt'][1], L.get('rewrite'))
        hdrs = apply_list(M, hdrs, top, L, rng)
        fdom = M['from'][1].split('@')[1]
        if L.get('rewrite'):
            S['dmarc'] = ('pass', S['dmarc'][1], L['dom']) if S.get('list_dkim') else ('none', None, L['dom'])
        else:
            S['dmarc'] = ('fail', S['dmarc'][1] or 'p=NONE sp=NONE dis=NONE', S['dmarc'][2])
    pre = list(S['sigs']) + list(S['extra'])
    mx = mx_headers(rng, S, M['rcpt'][1], M['arrival'], M['from'][1].split('@')[1])
    H = mx + pre + list(M.get('pre_hdrs', [])) + hdrs
    return message_bytes(H, top), S


def apply_list(M, hdrs, top, L, rng):
    """Mailing-list manager: subject tag, List-* headers, footer appended to the first text part."""
    foot = L.get('footer', '\n_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n' % (
        L['name'], L['addr'], L['dom'], L['addr'].split('@')[0]))

    def walk(p):
        if isinstance(p, Multi):
            for c in p.parts:
                if walk(c):
                    return True
            return False
        if p.ctype.startswith('text/plain'):
            p.body = p.body + foot.replace('\n', '\r\n').encode('ascii')
            return True
        return False
    walk(top)
    out = []
    for n, v in hdrs:
        if n == 'Subject' and L.get('tag'):
            v = '[%s] %s' % (L['tag'], v)
        if n == 'From' and L.get('rewrite'):
            v = addr('%s via %s' % (M['from'][0], L['name']), L['addr'], 'UTF-8')
        out.append((n, v))
    lid = L['addr'].split('@')[0]
    out += [('Precedence', 'list'), ('List-Id', '%s <%s.%s>' % (L['name'], lid, L['dom'])),
            ('List-Unsubscribe', '<https://%s/mailman/options/%s>,\r\n <mailto:%s-request@%s?subject=unsubscribe>' % (L['dom'], lid, lid, L['dom'])),
            ('List-Archive', '<https://%s/pipermail/%s/>' % (L['dom'], lid)),
            ('List-Post', '<mailto:%s>' % L['addr']),
            ('List-Help', '<mailto:%s-request@%s?subject=help>' % (lid, L['dom'])),
            ('List-Subscribe', '<https://%s/mailman/listinfo/%s>,\r\n <mailto:%s-request@%s?subject=subscribe>' % (L['dom'], lid, lid, L['dom'])),
            ('Errors-To', '%s-bounces@%s' % (lid, L['dom'])),
            ('Sender', '"%s" <%s-bounces@%s>' % (L['name'], lid, L['dom']))]
    if L.get('rewrite'):
        out.append(('Reply-To', addr(M['from'][0], M['from'][1], 'UTF-8')))
    return out
