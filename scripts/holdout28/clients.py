# -*- coding: utf-8 -*-
"""Per-client iCalendar and MIME renderers."""
import datetime as dt
import email.utils
import html as htmllib

import tzdata
from boiler import b, fmt_when
from mimeutil import (ew, addr, leaf, multi, Part, cl, pquote, ics_bytes, text_to_html, can_encode)
from model import ruuid, rhex, ralnum, rb64, icsdt

LANGTAG = {'en': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'pt': 'pt-BR', 'it': 'it-IT', 'nl': 'nl-NL',
           'pl': 'pl-PL', 'tr': 'tr-TR', 'ru': 'ru-RU', 'el': 'el-GR', 'ar': 'ar-SA', 'he': 'he-IL', 'zh': 'zh-CN',
           'zt': 'zh-TW', 'ja': 'ja-JP', 'ko': 'ko-KR', 'hi': 'hi-IN', 'th': 'th-TH'}


def rfcdate(utc, offmin=0, suffix=None):
    tz = dt.timezone(dt.timedelta(minutes=offmin))
    d = utc.replace(tzinfo=dt.timezone.utc).astimezone(tz)
    s = email.utils.format_datetime(d)
    if offmin == 0 and s.endswith('-0000'):
        s = s[:-5] + '+0000'
    if suffix:
        s += ' (%s)' % suffix
    return s


def local_off(msg, when=None):
    tzid = msg.sender_tz
    if tzid == 'UTC':
        return 0
    loc = tzdata.from_utc(tzid, when or msg.sent)
    return tzdata.offset_at(tzid, loc)


# ------------------------------------------------------------------ iCalendar building blocks

def ev_utc(ev, d):
    if ev.tz == 'UTC':
        return d
    return tzdata.to_utc(ev.tz, d)


def dt_lines(ev, mode, winq=False):
    """mode: 'utc', 'tz', 'win', 'float'"""
    out = {}
    for key, val in (('DTSTART', ev.start), ('DTEND', ev.end), ('DUE', ev.due)):
        if val is None:
            continue
        if ev.allday or not isinstance(val, dt.datetime):
            out[key] = '%s;VALUE=DATE:%s' % (key, icsdt(val))
        elif mode == 'utc' or ev.tz == 'UTC':
            out[key] = '%s:%s' % (key, icsdt(ev_utc(ev, val), True))
        elif mode == 'float':
            out[key] = '%s:%s' % (key, icsdt(val))
        elif mode == 'win':
            name = tzdata.TZS[ev.tz][0]
            out[key] = '%s;TZID=%s:%s' % (key, pquote(name, winq), icsdt(val))
        else:
            out[key] = '%s;TZID=%s:%s' % (key, ev.tz, icsdt(val))
    if ev.kind == 'VTODO' and 'DTEND' in out:
        del out['DTEND']
    return out


def fmt_trigger(t, style):
    if isinstance(t, dt.datetime):
        return 'TRIGGER;VALUE=DATE-TIME:' + icsdt(t, True)
    if style == 'google' and t.startswith('-PT') and t.endswith('M'):
        m = int(t[3:-1])
        return 'TRIGGER:-P0DT%dH%dM0S' % (m // 60, m % 60)
    if style == 'exchange':
        return 'TRIGGER;RELATED=START:' + t
    if style == 'moz':
        return 'TRIGGER;VALUE=DURATION:' + t
    return 'TRIGGER:' + t


def alarm_lines(ev, style, rng):
    L = []
    for a in ev.alarms:
        act = a.get('action', 'DISPLAY')
        desc = a.get('desc')
        trig = fmt_trigger(a['trigger'], style)
        L.append('BEGIN:VALARM')
        if style == 'google':
            L += ['ACTION:' + act, cl('DESCRIPTION', desc or 'This is an event reminder'), trig]
        elif style == 'exchange':
            L += [cl('DESCRIPTION', desc or 'REMINDER'), trig, 'ACTION:' + act]
        elif style == 'apple':
            u = ruuid(rng, True)
            L += ['ACTION:' + act, cl('DESCRIPTION', desc or 'Reminder'), trig, 'UID:' + u, 'X-WR-ALARMUID:' + u]
        elif style == 'moz':
            L += ['ACTION:' + act, trig, cl('DESCRIPTION', desc or 'Default Mozilla Description')]
        else:
            L += [trig, 'ACTION:' + act, cl('DESCRIPTION', desc or 'Reminder')]
        if act == 'EMAIL':
            if a.get('summary'):
                L.append(cl('SUMMARY', a['summary']))
            if a.get('attendee'):
                L.append('ATTENDEE:mailto:' + a['attendee'])
        if a.get('repeat'):
            L += ['REPEAT:%d' % a['repeat'], 'DURATION:' + a.get('duration', 'PT5M')]
        L.append('END:VALARM')
    return L


def att_line(style, a, lang='en', org=None):
    n, e = a.get('name') or '', a['addr']
    ps = a.get('partstat', 'NEEDS-ACTION')
    role = a.get('role', 'REQ-PARTICIPANT')
    rsvp = a.get('rsvp', True)
    cut = a.get('cutype', 'INDIVIDUAL')
    R = 'TRUE' if rsvp else 'FALSE'
    if style == 'google':
        p = ['CUTYPE=' + cut, 'ROLE=' + role, 'PARTSTAT=' + ps]
        if rsvp:
            p.append('RSVP=TRUE')
        p += ['CN=' + pquote(n or e), 'X-NUM-GUESTS=0']
        return 'ATTENDEE;%s:mailto:%s' % (';'.join(p), e)
    if style == 'exchange':
        p = ['ROLE=' + role, 'PARTSTAT=' + ps]
        if rsvp:
            p.append('RSVP=TRUE')
        p.append('CN=' + pquote(n or e))
        return 'ATTENDEE;%s:mailto:%s' % (';'.join(p), e)
    if style == 'olk':
        p = ['CN=' + pquote(n or e, True)]
        if role != 'REQ-PARTICIPANT':
            p.append('ROLE=' + role)
        p.append('RSVP=' + R)
        if ps != 'NEEDS-ACTION':
            p.append('PARTSTAT=' + ps)
        return 'ATTENDEE;%s:mailto:%s' % (';'.join(p), e)
    if style == 'apple':
        p = []
        if n:
            p.append('CN=' + pquote(n, True))
        p += ['CUTYPE=' + cut, 'EMAIL=' + pquote(e, True), 'PARTSTAT=' + ps, 'ROLE=' + role]
        if rsvp:
            p.append('RSVP=TRUE')
        return 'ATTENDEE;%s:mailto:%s' % (';'.join(p), e)
    if style == 'moz':
        p = ['RSVP=' + R]
        if n:
            p.append('CN=' + pquote(n))
        p += ['PARTSTAT=' + ps, 'ROLE=' + role]
        return 'ATTENDEE;%s:mailto:%s' % (';'.join(p), e)
    if style == 'sabre':
        p = []
        if n:
            p.append('CN=' + pquote(n))
        p += ['CUTYPE=' + cut, 'PARTSTAT=' + ps, 'ROLE=' + role, 'RSVP=' + R, 'LANGUAGE=' + lang]
        return 'ATTENDEE;%s:mailto:%s' % (';'.join(p), e)
    if style == 'zimbra':
        p = []
        if n:
            p.append('CN=' + pquote(n))
        p += ['ROLE=' + role, 'PARTSTAT=' + ps, 'RSVP=' + R]
        return 'ATTENDEE;%s:mailto:%s' % (';'.join(p), e)
    if style == 'sogo':
        p = ['PARTSTAT=' + ps, 'RSVP=' + R, 'ROLE=' + role]
        if n:
            p.append('CN=' + pquote(n))
        return 'ATTENDEE;%s:mailto:%s' % (';'.join(p), e)
    if style == 'yahoo':
        p = ['PARTSTAT=' + ps, 'RSVP=' + R]
        if n:
            p.append('CN=' + pquote(n))
        return 'ATTENDEE;%s:mailto:%s' % (';'.join(p), e)
    if style == 'app-upper':
        return 'ATTENDEE;CN=%s;RSVP=%s:MAILTO:%s' % (pquote(n or e), R, e)
    if style == 'app-min':
        return 'ATTENDEE:mailto:%s' % e
    p = []
    if n:
        p.append('CN=' + pquote(n))
    p += ['ROLE=' + role, 'PARTSTAT=' + ps, 'RSVP=' + R]
    return 'ATTENDEE;%s:mailto:%s' % (';'.join(p), e)


def org_line(style, o):
    n, e = o
    if style == 'apple':
        return 'ORGANIZER;CN=%s;EMAIL=%s:mailto:%s' % (pquote(n, True), pquote(e, True), e)
    if style == 'olk':
        return 'ORGANIZER;CN=%s:mailto:%s' % (pquote(n, True), e)
    if style == 'moz':
        return 'ORGANIZER;RSVP=TRUE;CN=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s' % (pquote(n), e)
    if style == 'app-upper':
        return 'ORGANIZER;CN=%s:MAILTO:%s' % (pquote(n), e)
    if style == 'app-min':
        return 'ORGANIZER:mailto:%s' % e
    if style == 'sogo':
        return 'ORGANIZER;CN=%s:mailto:%s' % (pquote(n), e)
    if not n:
        return 'ORGANIZER:mailto:' + e
    return 'ORGANIZER;CN=%s:mailto:%s' % (pquote(n), e)


STYLE_ORDER = {
    'google': ['DTSTART', 'DTEND', 'DUE', 'RRULE', 'EXDATE', 'DTSTAMP', 'ORGANIZER', 'UID', 'ATTENDEE',
               'RECURRENCE-ID', 'X-GOOGLE-CONFERENCE', 'X', 'ATTACH', 'CREATED', 'DESCRIPTION', 'LAST-MODIFIED',
               'LOCATION', 'SEQUENCE', 'STATUS', 'SUMMARY', 'TRANSP', 'URL', 'CONFERENCE', 'X-ALT-DESC', 'CATEGORIES'],
    'exchange': ['ORGANIZER', 'ATTENDEE', 'DESCRIPTION', 'RRULE', 'EXDATE', 'UID', 'RECURRENCE-ID', 'SUMMARY',
                 'DTSTART', 'DTEND', 'DUE', 'CLASS', 'PRIORITY', 'DTSTAMP', 'TRANSP', 'STATUS', 'SEQUENCE',
                 'LOCATION', 'URL', 'ATTACH', 'CONFERENCE', 'X-ALT-DESC', 'X', 'CATEGORIES'],
    'olk': ['ATTACH', 'ATTENDEE', 'CATEGORIES', 'CLASS', 'CREATED', 'DESCRIPTION', 'DTEND', 'DTSTAMP', 'DTSTART',
            'DUE', 'EXDATE', 'LAST-MODIFIED', 'LOCATION', 'ORGANIZER', 'PRIORITY', 'RECURRENCE-ID', 'RRULE',
            'SEQUENCE', 'SUMMARY', 'TRANSP', 'UID', 'URL', 'CONFERENCE', 'X-ALT-DESC', 'X'],
    'apple': ['ATTACH', 'ATTENDEE', 'CATEGORIES', 'CONFERENCE', 'CREATED', 'DESCRIPTION', 'DTEND', 'DTSTAMP',
              'DTSTART', 'DUE', 'EXDATE', 'LAST-MODIFIED', 'LOCATION', 'ORGANIZER', 'RECURRENCE-ID', 'RRULE',
              'SEQUENCE', 'STATUS', 'SUMMARY', 'TRANSP', 'UID', 'URL', 'X-ALT-DESC', 'X'],
    'moz': ['CREATED', 'LAST-MODIFIED', 'DTSTAMP', 'UID', 'SUMMARY', 'ORGANIZER', 'ATTENDEE', 'RRULE', 'EXDATE',
            'RECURRENCE-ID', 'DTSTART', 'DTEND', 'DUE', 'DESCRIPTION', 'LOCATION', 'URL', 'CATEGORIES', 'SEQUENCE',
            'STATUS', 'TRANSP', 'X', 'ATTACH', 'CONFERENCE', 'X-ALT-DESC'],
    'sabre': ['CREATED', 'DTSTAMP', 'LAST-MODIFIED', 'SEQUENCE', 'UID', 'DTSTART', 'DTEND', 'DUE', 'STATUS',
              'SUMMARY', 'LOCATION', 'DESCRIPTION', 'URL', 'ORGANIZER', 'ATTENDEE', 'RRULE', 'EXDATE',
              'RECURRENCE-ID', 'CATEGORIES', 'ATTACH', 'CONFERENCE', 'X-ALT-DESC', 'TRANSP', 'X'],
    'zimbra': ['UID', 'RRULE', 'EXDATE', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'ATTENDEE', 'ORGANIZER',
               'RECURRENCE-ID', 'DTSTART', 'DTEND', 'DUE', 'STATUS', 'CLASS', 'X', 'TRANSP', 'URL', 'ATTACH',
               'CONFERENCE', 'X-ALT-DESC', 'DTSTAMP', 'SEQUENCE', 'CATEGORIES'],
    'sogo': ['UID', 'SUMMARY', 'LOCATION', 'CLASS', 'X', 'TRANSP', 'DTSTART', 'DTEND', 'DUE', 'RRULE', 'EXDATE',
             'RECURRENCE-ID', 'ORGANIZER', 'ATTENDEE', 'DESCRIPTION', 'URL', 'ATTACH', 'CONFERENCE', 'X-ALT-DESC',
             'CATEGORIES', 'CREATED', 'DTSTAMP', 'LAST-MODIFIED', 'SEQUENCE'],
    'yahoo': ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'DUE', 'RRULE', 'EXDATE', 'SUMMARY', 'DESCRIPTION', 'LOCATION',
              'ORGANIZER', 'ATTENDEE', 'RECURRENCE-ID', 'URL', 'CLASS', 'STATUS', 'SEQUENCE', 'TRANSP', 'X',
              'ATTACH', 'CONFERENCE', 'X-ALT-DESC', 'CATEGORIES'],
    'zoom': ['DTSTAMP', 'DTSTART', 'DTEND', 'DUE', 'RRULE', 'SUMMARY', 'UID', 'X', 'DESCRIPTION', 'LOCATION',
             'ORGANIZER', 'ATTENDEE', 'URL', 'ATTACH', 'CONFERENCE', 'X-ALT-DESC', 'STATUS', 'SEQUENCE',
             'CATEGORIES', 'EXDATE', 'RECURRENCE-ID', 'TRANSP'],
    'app': ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'DUE', 'RRULE', 'EXDATE', 'SUMMARY', 'DESCRIPTION', 'LOCATION',
            'GEO', 'URL', 'ORGANIZER', 'ATTENDEE', 'RECURRENCE-ID', 'STATUS', 'SEQUENCE', 'TRANSP', 'CATEGORIES',
            'CLASS', 'PRIORITY', 'ATTACH', 'CONFERENCE', 'X-ALT-DESC', 'X'],
}


def event_lines(ev, msg, style, dtmode, rng, attstyle=None, langparam=False, xlines=None, order=None,
                esc_commas=True, created=True):
    attstyle = attstyle or style
    P = {}
    P.update({k: [v] for k, v in dt_lines(ev, dtmode, winq=(style == 'olk')).items()})
    stamp = msg.sent - dt.timedelta(seconds=rng.randint(1, 40))
    if 'no_dtstamp' not in msg.quirks:
        P['DTSTAMP'] = ['DTSTAMP:' + icsdt(stamp, True)]
    if ev.uid and 'no_uid' not in msg.quirks:
        P['UID'] = ['UID:' + ev.uid]
    lp = [('LANGUAGE', LANGTAG.get(msg.lang, 'en-US'))] if langparam else []
    if ev.summary or style in ('exchange', 'google'):
        P['SUMMARY'] = [cl('SUMMARY', ev.summary, lp, commas=esc_commas)]
    if ev.description or style in ('google', 'exchange'):
        P['DESCRIPTION'] = [cl('DESCRIPTION', ev.description, lp, commas=esc_commas)]
    if ev.location or style in ('google', 'exchange'):
        P['LOCATION'] = [cl('LOCATION', ev.location, lp, commas=esc_commas)]
    if ev.organizer:
        P['ORGANIZER'] = [org_line(attstyle, ev.organizer)]
    if ev.attendees:
        P['ATTENDEE'] = [att_line(attstyle, a, msg.lang) for a in ev.attendees]
    if ev.rrule:
        P['RRULE'] = ['RRULE:' + ev.rrule]
    if ev.exdates:
        P['EXDATE'] = ['EXDATE;TZID=%s:%s' % (ev.tz, ','.join(icsdt(x) for x in ev.exdates))]
    if ev.recurrence_id:
        if ev.tz == 'UTC' or dtmode == 'utc':
            P['RECURRENCE-ID'] = ['RECURRENCE-ID:' + icsdt(ev_utc(ev, ev.recurrence_id), True)]
        else:
            tzn = tzdata.TZS[ev.tz][0] if dtmode == 'win' else ev.tz
            P['RECURRENCE-ID'] = ['RECURRENCE-ID;TZID=%s:%s' % (pquote(tzn), icsdt(ev.recurrence_id))]
    if ev.kind == 'VEVENT' or ev.status != 'CONFIRMED':
        st = ev.status
        if ev.kind == 'VTODO' and st == 'CONFIRMED':
            st = 'NEEDS-ACTION'
        P['STATUS'] = ['STATUS:' + st]
    P['SEQUENCE'] = ['SEQUENCE:%d' % ev.sequence]
    if ev.kind == 'VEVENT':
        P['TRANSP'] = ['TRANSP:' + ev.transp]
    if ev.cls:
        P['CLASS'] = ['CLASS:' + ev.cls]
    if ev.priority is not None:
        P['PRIORITY'] = ['PRIORITY:%d' % ev.priority]
    if created:
        c = ev.created or (stamp - dt.timedelta(minutes=rng.randint(0, 30), seconds=rng.randint(0, 59)))
        P['CREATED'] = ['CREATED:' + icsdt(c, True)]
        P['LAST-MODIFIED'] = ['LAST-MODIFIED:' + icsdt(stamp - dt.timedelta(seconds=rng.randint(0, 20)), True)]
    if ev.url:
        P['URL'] = [('URL;VALUE=URI:' if style == 'apple' else 'URL:') + ev.url]
    if ev.attach:
        P['ATTACH'] = [cl('ATTACH', v, p, esc=False) for p, v in ev.attach]
    if ev.conference:
        P['CONFERENCE'] = ['CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=%s:%s' % (pquote(lbl), uri)
                           for lbl, uri in ev.conference]
    if ev.alt_html:
        P['X-ALT-DESC'] = [cl('X-ALT-DESC', ev.alt_html, [('FMTTYPE', 'text/html')], commas=esc_commas)]
    if ev.categories:
        P['CATEGORIES'] = ['CATEGORIES:' + ev.categories]
    if ev.geo:
        P['GEO'] = ['GEO:%s' % ev.geo]
    if ev.meet and style == 'google':
        P['X-GOOGLE-CONFERENCE'] = ['X-GOOGLE-CONFERENCE:' + ev.meet]
    if xlines:
        P['X'] = list(xlines)
    if ev.comment:
        P.setdefault('X', []).append(cl('COMMENT', ev.comment, lp))
    order = order or STYLE_ORDER.get(style, STYLE_ORDER['app'])
    L = ['BEGIN:' + ev.kind]
    for k in order:
        L += P.pop(k, [])
    for k in sorted(P):
        L += P[k]
    L += alarm_lines(ev, {'olk': 'exchange', 'sabre': 'apple'}.get(style, style), rng)
    L += ev.extra
    L.append('END:' + ev.kind)
    return L


def tz_blocks(msg, style, year):
    seen = []
    for ev in msg.events:
        if ev.tz != 'UTC' and not ev.allday and ev.tz not in seen:
            seen.append(ev.tz)
    L = []
    for t in seen:
        L += tzdata.vtimezone(t, style, year)
    return L


def cal_head(msg, lines_before):
    """Apply METHOD quirks to the calendar header list."""
    out = []
    for ln in lines_before:
        if ln.startswith('METHOD:'):
            if 'no_method' in msg.quirks or not msg.method:
                continue
            if 'method_mismatch' in msg.quirks:
                ln = 'METHOD:PUBLISH' if msg.method == 'REQUEST' else 'METHOD:REQUEST'
        out.append(ln)
    return out


def finish_ics(msg, lines, fold='octet'):
    fold = msg.__dict__.get('fold', fold)
    if 'no_fold' in msg.quirks:
        fold = 'none'
    elif 'tab_fold' in msg.quirks:
        fold = 'tab'
    elif 'split_fold' in msg.quirks:
        fold = 'split'
    eol = b'\n' if 'lf_ics' in msg.quirks else b'\r\n'
    label = msg.__dict__.get('ics_charset', 'utf-8')
    return ics_bytes(lines, label, fold, eol)


# ------------------------------------------------------------------ per-client ICS

def ics_google(msg, rng):
    ev0 = msg.events[0]
    year = msg.sent.year
    rec = any(e.rrule for e in msg.events)
    H = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', 'METHOD:' + (msg.method or 'REQUEST')]
    L = cal_head(msg, H)
    if rec:
        L += tz_blocks(msg, 'google', year)
    for ev in msg.events:
        x = []
        if msg.method != 'REPLY':
            x.append('X-MICROSOFT-CDO-OWNERAPPTID:%d' % rng.randint(-2147483647, 2147483647))
        L += event_lines(ev, msg, 'google', 'tz' if ev.rrule else 'utc', rng, xlines=x)
    L.append('END:VCALENDAR')
    return finish_ics(msg, L)


def ms_x(msg, ev, rng, desktop=False):
    x = []
    if not desktop:
        x += ['X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % ev.sequence,
              'X-MICROSOFT-CDO-OWNERAPPTID:%d' % rng.randint(-2147483647, 2147483647)]
    x += ['X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if ev.transp == 'TRANSPARENT' else 'TENTATIVE' if not desktop else 'BUSY')]
    if not desktop:
        x.append('X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if ev.transp == 'TRANSPARENT' else 'BUSY'))
    x += ['X-MICROSOFT-CDO-ALLDAYEVENT:' + ('TRUE' if ev.allday else 'FALSE'),
          'X-MICROSOFT-CDO-IMPORTANCE:1']
    if not desktop:
        x += ['X-MICROSOFT-CDO-INSTTYPE:%d' % (1 if ev.rrule else 0)]
        if ev.teams:
            x.append('X-MICROSOFT-SKYPETEAMSMEETINGURL:' + ev.teams)
            x.append('X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/%s/%s/%s/%s'
                     % (ruuid(rng), ruuid(rng), ralnum(rng, 20), rhex(rng, 32)))
            x.append('X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"rid":0\\,"mid":0\\,"uid":null\\,"private":true\\,"type":0}' % rb64(rng, 44).replace('/', 'x').replace('+', 'y'))
            x.append('X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:')
            x.append('X-MICROSOFT-ONLINEMEETINGCONFLINK:')
        x += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE']
        if msg.sent.year >= 2019:
            x.append('X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT')
            x.append('X-MICROSOFT-ISRESPONSEREQUESTED:' + ('TRUE' if msg.method == 'REQUEST' else 'FALSE'))
        if ev.location and msg.sent.year >= 2018:
            loc = ev.location.replace('\\', '').replace('"', "'")
            x.append(cl('X-MICROSOFT-LOCATIONS', '[ { "DisplayName" : "%s", "LocationAnnotation" : "", "LocationUri" : "", "LocationStreet" : "", "LocationCity" : "", "LocationState" : "", "LocationCountry" : "", "LocationPostalCode" : "", "LocationFullAddress" : "" } ]' % loc))
    else:
        x += ['X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MS-OLK-AUTOFILLLOCATION:FALSE',
              'X-MS-OLK-CONFTYPE:0']
    return x


def ics_exchange(msg, rng):
    year = msg.sent.year
    H = ['BEGIN:VCALENDAR', 'METHOD:' + (msg.method or 'REQUEST'), 'PRODID:' + (msg.prodid or 'Microsoft Exchange Server 2010'),
         'VERSION:2.0']
    L = cal_head(msg, H)
    L += tz_blocks(msg, 'windows', year)
    for ev in msg.events:
        if msg.method in ('REQUEST', 'CANCEL'):
            ev.cls = ev.cls or 'PUBLIC'
            ev.priority = 5 if ev.priority is None else ev.priority
        L += event_lines(ev, msg, 'exchange', 'win', rng, langparam=True, xlines=ms_x(msg, ev, rng),
                         created=False)
    L.append('END:VCALENDAR')
    return finish_ics(msg, L)


def olk_html(desc):
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" '
            'CONTENT="MS Exchange Server version rmj.rmm.rup.rpr">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n'
            '<!-- Converted from text/rtf format -->\n\n' +
            ''.join('<P DIR=LTR><SPAN LANG="en-us"><FONT FACE="Calibri">%s</FONT></SPAN></P>\n' % htmllib.escape(p)
                    for p in desc.split('\n') if p.strip()) + '\n</BODY>\n</HTML>')


def ics_olk(msg, rng):
    year = msg.sent.year
    ver = {2016: '16.0'}.get(year, '16.0')
    H = ['BEGIN:VCALENDAR', 'PRODID:' + (msg.prodid or '-//Microsoft Corporation//Outlook %s MIMEDIR//EN' % ver),
         'VERSION:2.0', 'METHOD:' + (msg.method or 'REQUEST'), 'X-MS-OLK-FORCEINSPECTOROPEN:TRUE']
    L = cal_head(msg, H)
    L += tz_blocks(msg, 'windows', year)
    for ev in msg.events:
        if not ev.alt_html:
            ev.alt_html = olk_html(ev.description)
        L += event_lines(ev, msg, 'olk', 'win', rng, xlines=ms_x(msg, ev, rng, desktop=True),
                         langparam=False)
    L.append('END:VCALENDAR')
    return finish_ics(msg, L)


def apple_prodid(msg, rng):
    y = msg.sent.year
    mac = {2016: 'Mac OS X 10.12.1', 2017: 'Mac OS X 10.13.1', 2018: 'Mac OS X 10.14', 2019: 'Mac OS X 10.15',
           2020: 'macOS 11.1', 2021: 'macOS 12.0.1', 2022: 'macOS 13.0', 2023: 'macOS 14.1.1', 2024: 'macOS 15.1',
           2025: 'macOS 26.0', 2026: 'macOS 26.2'}[y]
    ios = {2016: 'iPhone OS 10.1.1', 2017: 'iPhone OS 11.1', 2018: 'iPhone OS 12.1', 2019: 'iPhone OS 13.2.3',
           2020: 'iPhone OS 14.2', 2021: 'iPhone OS 15.1', 2022: 'iPhone OS 16.1.1', 2023: 'iPhone OS 17.1.2',
           2024: 'iPhone OS 18.1', 2025: 'iPhone OS 26.1', 2026: 'iPhone OS 26.2'}[y]
    return '-//Apple Inc.//%s//EN' % rng.choice([mac, ios])


def ics_apple(msg, rng, server=False):
    year = msg.sent.year
    prod = msg.prodid or ('-//CALENDARSERVER.ORG//NONSGML Version 1//EN' if server else apple_prodid(msg, rng))
    if server:
        H = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'METHOD:' + (msg.method or 'REQUEST'), 'PRODID:' + prod]
    else:
        H = ['BEGIN:VCALENDAR', 'METHOD:' + (msg.method or 'REQUEST'), 'VERSION:2.0', 'PRODID:' + prod,
             'CALSCALE:GREGORIAN']
    L = cal_head(msg, H)
    L += tz_blocks(msg, 'apple', year)
    for ev in msg.events:
        x = []
        if ev.kind == 'VEVENT':
            x.append('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC')
            if server:
                x.append('X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal')
        L += event_lines(ev, msg, 'apple', 'tz', rng, xlines=x)
    L.append('END:VCALENDAR')
    return finish_ics(msg, L)


def ics_moz(msg, rng):
    year = msg.sent.year
    H = ['BEGIN:VCALENDAR', 'PRODID:' + (msg.prodid or '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN'),
         'VERSION:2.0', 'METHOD:' + (msg.method or 'REQUEST')]
    L = cal_head(msg, H)
    L += tz_blocks(msg, 'mozilla' if year >= 2022 else 'lic', year)
    for ev in msg.events:
        x = ['X-MOZ-SEND-INVITATIONS:TRUE', 'X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE'] if msg.method == 'REQUEST' else []
        if ev.alarms:
            x.append('X-MOZ-GENERATION:1')
        L += event_lines(ev, msg, 'moz', 'tz', rng, xlines=x)
    L.append('END:VCALENDAR')
    return finish_ics(msg, L)


def ics_sabre(msg, rng):
    year = msg.sent.year
    v = {2016: '4.1.1', 2017: '4.1.2', 2018: '4.1.6', 2019: '4.2.0', 2020: '4.3.1', 2021: '4.3.5', 2022: '4.4.1',
         2023: '4.4.2', 2024: '4.5.4', 2025: '4.5.6', 2026: '4.5.6'}[year]
    H = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:' + (msg.prodid or '-//Sabre//Sabre VObject %s//EN' % v),
         'CALSCALE:GREGORIAN', 'METHOD:' + (msg.method or 'REQUEST')]
    L = cal_head(msg, H)
    L += tz_blocks(msg, 'lic', year)
    for ev in msg.events:
        L += event_lines(ev, msg, 'sabre', 'tz', rng)
    L.append('END:VCALENDAR')
    return finish_ics(msg, L)


def ics_zimbra(msg, rng):
    year = msg.sent.year
    H = ['BEGIN:VCALENDAR', 'METHOD:' + (msg.method or 'REQUEST'), 'PRODID:Zimbra-Calendar-Provider', 'VERSION:2.0']
    L = cal_head(msg, H)
    L += tz_blocks(msg, 'zimbra', year)
    for ev in msg.events:
        x = ['X-MICROSOFT-CDO-ALLDAYEVENT:' + ('TRUE' if ev.allday else 'FALSE'),
             'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-DISALLOW-COUNTER:TRUE']
        L += event_lines(ev, msg, 'zimbra', 'tz', rng, xlines=x, created=False)
    L.append('END:VCALENDAR')
    return finish_ics(msg, L)


def ics_sogo(msg, rng):
    year = msg.sent.year
    v = {2016: '3.2.6', 2017: '3.2.10', 2018: '4.0.4', 2019: '4.1.1', 2020: '5.0.1', 2021: '5.2.0', 2022: '5.7.1',
         2023: '5.8.4', 2024: '5.10.0', 2025: '5.12.1', 2026: '5.12.3'}[year]
    H = ['BEGIN:VCALENDAR', 'METHOD:' + (msg.method or 'REQUEST'), 'PRODID:-//Inverse inc./SOGo %s//EN' % v,
         'VERSION:2.0']
    L = cal_head(msg, H)
    L += tz_blocks(msg, 'olson', year)
    for ev in msg.events:
        x = ['X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:YES'] if msg.method == 'REQUEST' else []
        L += event_lines(ev, msg, 'sogo', 'tz', rng, xlines=x)
    L.append('END:VCALENDAR')
    return finish_ics(msg, L)


def ics_yahoo(msg, rng):
    H = ['BEGIN:VCALENDAR', 'PRODID:' + (msg.prodid or '-//Yahoo! Inc.//Yahoo Calendar//EN'), 'VERSION:2.0',
         'METHOD:' + (msg.method or 'REQUEST')]
    L = cal_head(msg, H)
    for ev in msg.events:
        L += event_lines(ev, msg, 'yahoo', 'utc', rng, created=False)
    L.append('END:VCALENDAR')
    return finish_ics(msg, L)


def ics_zoom(msg, rng):
    year = msg.sent.year
    H = ['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
         'METHOD:' + (msg.method or 'PUBLISH'), 'CLASS:PUBLIC']
    L = cal_head(msg, H)
    L += tz_blocks(msg, 'olson', year)
    import copy
    for ev in msg.events:
        x = ['TZID:' + ev.tz] if ev.tz != 'UTC' else []
        ev2 = copy.copy(ev)
        ev2.organizer = None
        ev2.attendees = []
        ev2.alarms = [dict(trigger='-PT10M')]
        L += event_lines(ev2, msg, 'zoom', 'tz', rng, xlines=x, created=False)
    L.append('END:VCALENDAR')
    return finish_ics(msg, L)


def ics_app(msg, rng):
    """Booking systems, small web apps and bulk tools: lots of variation."""
    a = msg.__dict__.get('appcfg', {})
    year = msg.sent.year
    H = ['BEGIN:VCALENDAR']
    hdr = a.get('head', ['VERSION', 'PRODID', 'CALSCALE', 'METHOD'])
    for h in hdr:
        if h == 'VERSION' and 'no_version' not in msg.quirks:
            H.append('VERSION:2.0')
        elif h == 'PRODID':
            H.append('PRODID:' + (msg.prodid or '-//hacksw/handcal//NONSGML v1.0//EN'))
        elif h == 'CALSCALE':
            H.append('CALSCALE:GREGORIAN')
        elif h == 'METHOD':
            H.append('METHOD:' + (msg.method or 'PUBLISH'))
        elif h.startswith('X-'):
            H.append(h)
    L = cal_head(msg, H)
    dtmode = a.get('dtmode', 'utc')
    if dtmode == 'tz' and not a.get('no_vtimezone'):
        L += tz_blocks(msg, a.get('tzstyle', 'olson'), year)
    for ev in msg.events:
        L += event_lines(ev, msg, 'app', dtmode, rng, attstyle=a.get('attstyle', 'app'),
                         order=a.get('order'), esc_commas=not ('no_escape' in msg.quirks),
                         created=a.get('created', False), xlines=a.get('x'))
    L.append('END:VCALENDAR')
    return finish_ics(msg, L, fold=a.get('fold', 'octet'))


ICS = {'google': ics_google, 'exchange': ics_exchange, 'teams': ics_exchange, 'outlook': ics_olk,
       'icloud': lambda m, r: ics_apple(m, r, True), 'applemail': ics_apple, 'thunderbird': ics_moz,
       'nextcloud': ics_sabre, 'zimbra': ics_zimbra, 'sogo': ics_sogo, 'yahoo': ics_yahoo, 'zoom': ics_zoom,
       'app': ics_app}


# ------------------------------------------------------------------ text bodies

def when_str(msg, ev):
    if ev.allday:
        return fmt_when(msg.lang, ev.start, None, '', True)
    abbr = '' if ev.tz == 'UTC' else tzdata.abbr_at(ev.tz, ev.start)
    if ev.tz == 'UTC':
        abbr = 'UTC'
    end = ev.end if ev.end and ev.end.date() == ev.start.date() else None
    return fmt_when(msg.lang, ev.start, end, abbr)


def subject_for(msg, style):
    ev = msg.events[0]
    L = msg.lang
    if msg.subject:
        return msg.subject
    s = ev.summary or '(no title)'
    if style == 'google':
        w = when_str(msg, ev)
        if msg.method == 'REPLY':
            ps = ev.attendees[0].get('partstat', 'ACCEPTED') if ev.attendees else 'ACCEPTED'
            k = {'ACCEPTED': 'accepted', 'DECLINED': 'declined'}.get(ps, 'tentative')
            return '%s: %s @ %s (%s)' % (b(L, k), s, w, ev.organizer[1])
        if msg.method == 'CANCEL':
            return '%s: %s @ %s (%s)' % (b(L, 'canceled'), s, w, msg.rcpt[1])
        pre = b(L, 'updated') if ev.sequence else b(L, 'invitation')
        return '%s: %s @ %s (%s)' % (pre, s, w, msg.rcpt[1])
    if msg.method == 'REPLY':
        ps = ev.attendees[0].get('partstat', 'ACCEPTED') if ev.attendees else 'ACCEPTED'
        k = {'ACCEPTED': 'accepted', 'DECLINED': 'declined'}.get(ps, 'tentative')
        return '%s: %s' % (b(L, k), s)
    if msg.method == 'CANCEL':
        if style == 'exchange':
            return '%s: %s' % ({'en': 'Canceled', 'de': 'Abgesagt', 'fr': 'Annulé', 'es': 'Cancelado',
                                'it': 'Annullato', 'nl': 'Geannuleerd'}.get(L, b(L, 'canceled')), s)
        return '%s: %s' % (b(L, 'canceled'), s)
    if style in ('exchange', 'outlook', 'zimbra'):
        return s
    if style == 'sogo':
        return 'Event Invitation: "%s"' % s if L == 'en' else '%s: "%s"' % (b(L, 'invitation'), s)
    if ev.sequence and style in ('thunderbird', 'nextcloud'):
        return '%s: %s' % (b(L, 'updated'), s)
    return '%s: %s' % (b(L, 'invitation'), s)


def details_plain(msg, ev, who=True):
    L = msg.lang
    out = ['%s: %s' % (b(L, 'title'), ev.summary), '%s: %s' % (b(L, 'when'), when_str(msg, ev))]
    if ev.location:
        out.append('%s: %s' % (b(L, 'where'), ev.location))
    if who and ev.organizer:
        out.append('%s: %s <%s>' % (b(L, 'organizer').capitalize(), ev.organizer[0], ev.organizer[1]))
    return out


def google_plain(msg, ev):
    L = msg.lang
    rc = msg.rcpt[1]
    if msg.method == 'REPLY':
        a = ev.attendees[0]
        k = {'ACCEPTED': 'has_acc', 'DECLINED': 'has_dec'}.get(a.get('partstat'), 'has_ten')
        out = [b(L, k).format('%s' % (a.get('name') or a['addr'])), '']
    elif msg.method == 'CANCEL':
        out = [b(L, 'canceled_txt'), '']
    else:
        out = [b(L, 'invited'), '']
    out += ['%s: %s' % (b(L, 'title'), ev.summary)]
    if ev.description and msg.method != 'REPLY':
        out += [ev.description]
    if ev.meet:
        out += ['%s' % b(L, 'join'), ev.meet, '']
    out += ['%s: %s' % (b(L, 'when'), when_str(msg, ev) + ('' if ev.tz == 'UTC' else ' - ' + tzdata.TZS[ev.tz][5]))]
    if ev.location:
        out.append('%s: %s' % (b(L, 'where'), ev.location))
    out += ['Calendar: ' + rc, '%s:' % b(L, 'who')]
    if ev.organizer:
        out.append('     * %s - %s' % (ev.organizer[0] or ev.organizer[1], b(L, 'organizer')))
    for a in ev.attendees[:60]:
        if ev.organizer and a['addr'] == ev.organizer[1]:
            continue
        out.append('     * %s' % (a.get('name') or a['addr']))
    if len(ev.attendees) > 60:
        out.append('     * ... %d more' % (len(ev.attendees) - 60))
    eid = ralnum_det(ev.uid)
    out += ['', '%s:  https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=1'
            % (b(L, 'details'), eid, eid[:20] + 'NDM4', ev.tz.replace('/', '%2F'), L), '']
    if msg.method == 'REQUEST':
        out += ['%s (%s)?   %s - %s - %s    more options »' % (b(L, 'going'), rc, b(L, 'yes'), b(L, 'maybe'), b(L, 'no')), '']
    out += ['Invitation from Google Calendar: https://calendar.google.com/calendar/', '']
    if L == 'en':
        out += ['You are receiving this courtesy email at the account %s because you are an attendee of this event.' % rc, '',
                'To stop receiving future updates for this event, decline this event. Alternatively you can sign up for a Google account at https://calendar.google.com/calendar/ and control your notification settings for your entire calendar.', '',
                'Forwarding this invitation could allow any recipient to send a response to the organizer and be added to the guest list, or invite others regardless of their own invitation status, or to modify your RSVP. Learn more at https://support.google.com/calendar/answer/37135#forwarding']
    return '\n'.join(out) + '\n'


def ralnum_det(s):
    import hashlib
    h = hashlib.sha1((s or 'x').encode()).digest()
    import base64
    return base64.urlsafe_b64encode(h + h[:6]).decode().rstrip('=')


def google_html(msg, ev):
    L = msg.lang
    rows = []
    rows.append('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
                'itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>'
                '<span itemprop="object" itemscope itemtype="http://schema.org/Event"><div style="">'
                '<table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%%;font-family:Arial,Sans-serif;'
                'border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td>'
                % htmllib.escape(b(L, 'invited')))
    rows.append('<div style="padding:2px"><span itemprop="publisher" itemscope itemtype="http://schema.org/Organization">'
                '<meta itemprop="name" content="Google Calendar"/></span><meta itemprop="eventId/googleCalendar" content="%s"/>'
                '<h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222">'
                '<span itemprop="name">%s</span></h3>' % (ralnum_det(ev.uid)[:26], htmllib.escape(ev.summary)))
    if ev.description and msg.method != 'REPLY':
        rows.append('<p style="padding:0 0 4px 0">%s</p>' % text_to_html(ev.description, 'br'))
    rows.append('<table cellpadding="0" cellspacing="0" border="0" summary="Event details"><tr><td style="padding:0 1em 10px 0;'
                'font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">'
                '%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">'
                '<time itemprop="startDate" datetime="%s">%s</time></td></tr>'
                % (b(L, 'when'), icsdt(ev_utc(ev, ev.start) if isinstance(ev.start, dt.datetime) else ev.start, True), htmllib.escape(when_str(msg, ev))))
    if ev.location:
        rows.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" '
                    'valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,'
                    'Sans-serif;font-size:13px;color:#222" valign="top"><span itemprop="location" itemscope itemtype="http://schema.org/Place">'
                    '<span itemprop="name" class="notranslate">%s</span></span></td></tr>' % (b(L, 'where'), htmllib.escape(ev.location)))
    rows.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top">'
                '<div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;'
                'color:#222" valign="top"><table cellspacing="0" cellpadding="0">' % b(L, 'who'))
    if ev.organizer:
        rows.append('<tr><td style="padding-right:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222"><span class="notranslate">'
                    '&#x2022;</span></td><td style="padding-right:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222">'
                    '<div><div style="margin:0 0 0.3em 0"><span class="notranslate">%s</span><span style="font-size:11px;color:#888">'
                    '- %s</span></div></div></td></tr>' % (htmllib.escape(ev.organizer[0] or ev.organizer[1]), b(L, 'organizer')))
    for a in ev.attendees[:60]:
        if ev.organizer and a['addr'] == ev.organizer[1]:
            continue
        rows.append('<tr><td style="padding-right:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222"><span class="notranslate">'
                    '&#x2022;</span></td><td style="padding-right:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222">'
                    '<div><div style="margin:0 0 0.3em 0"><span class="notranslate">%s</span></div></div></td></tr>'
                    % htmllib.escape(a.get('name') or a['addr']))
    rows.append('</table></td></tr></table></div>')
    eid = ralnum_det(ev.uid)
    if msg.method == 'REQUEST':
        rows.append('<p style="color:#222;font-size:13px;margin:0"><span style="color:#888">%s (%s)?&nbsp;&nbsp;&nbsp;</span>'
                    '<wbr><strong><span itemprop="potentialaction" itemscope itemtype="http://schema.org/RsvpAction">'
                    '<meta itemprop="attendance" content="http://schema.org/RsvpAttendance/Yes"/><span itemprop="handler" itemscope '
                    'itemtype="http://schema.org/HttpActionHandler"><link itemprop="method" href="http://schema.org/HttpRequestMethod/GET"/>'
                    '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=1&amp;tok=%s&amp;ctz=%s&amp;hl=%s&amp;es=1" '
                    'style="color:#20c;white-space:nowrap" itemprop="url">%s</a></span></span><span style="margin:0 0.4em;font-weight:normal"> - </span>'
                    '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=3&amp;ctz=%s&amp;hl=%s&amp;es=1" '
                    'style="color:#20c;white-space:nowrap">%s</a><span style="margin:0 0.4em;font-weight:normal"> - </span>'
                    '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=2&amp;ctz=%s&amp;hl=%s&amp;es=1" '
                    'style="color:#20c;white-space:nowrap">%s</a></strong></p>'
                    % (b(L, 'going'), htmllib.escape(msg.rcpt[1]), eid, eid[:20], ev.tz, L, b(L, 'yes'),
                       eid, ev.tz, L, b(L, 'maybe'), eid, ev.tz, L, b(L, 'no')))
    rows.append('</td></tr><tr><td style="background-color:#f6f6f6;color:#888;border-top:1px Solid #ccc;font-family:Arial,Sans-serif;'
                'font-size:11px"><p>Invitation from <a href="https://calendar.google.com/calendar/" target="_blank" style="">Google Calendar</a></p>'
                '<p>You are receiving this courtesy email at the account %s because you are an attendee of this event.</p></td></tr></table></div></span></span>'
                % htmllib.escape(msg.rcpt[1]))
    return '\n'.join(rows) + '\n'


def teams_block(ev, lang, rng):
    mid = ' '.join(str(rng.randint(100, 999)) for _ in range(4))
    pc = ralnum(rng, 6, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')
    return ('\n' + '_' * 80 + '\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            'Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> '
            '| Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=%s>\n'
            % (ev.teams, mid, pc, ruuid(rng), ruuid(rng), ralnum(rng, 40), LANGTAG.get(lang, 'en-US')) + '_' * 80)


def plain_html(text, head=None):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body>\n%s\n</body>\n</html>\n'
            % (head or 'utf-8', text_to_html(text)))


def exch_html(text, label):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
            'font-size: 12pt; color: rgb(0, 0, 0);" class="elementToProof">\n%s\n</div>\n</body>\n</html>\n'
            % (label, text_to_html(text)))


def word_html(text, label, lang='en'):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Font Definitions */\n'
            '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style></head>'
            '<body lang=%s link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'><div class=WordSection1>\n%s\n'
            '</div></body></html>\n'
            % (label, LANGTAG.get(lang, 'en-US').upper(),
               '\n'.join('<p class=MsoNormal>%s<o:p></o:p></p>' % (l or '&nbsp;') for l in text_to_html(text, 'br').split('<br>\n'))))
