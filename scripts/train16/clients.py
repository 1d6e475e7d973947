# -*- coding: utf-8 -*-
"""Renderers that imitate the MIME layout and iCalendar style of real calendar clients.  CC0 1.0."""
import datetime as dt
import html as htmlmod
import re

from common import (TZ, to_utc, rand_hex, rand_token, rand_uuid, rfc2822_date, utc_offset, tz_abbr)
from ical import esc, esc_loose, qparam, fold_all, d_utc, d_loc, d_date, vtimezone
from loc import ui, fmt_range
from mime import (Leaf, Multi, text_leaf, bin_leaf, hdr, addr, addr_list, can_encode, is_ascii, encode_body)

LEGACY = {
    'en': ['iso-8859-1', 'windows-1252', 'us-ascii'], 'de': ['iso-8859-1', 'iso-8859-15', 'windows-1252'],
    'fr': ['iso-8859-1', 'iso-8859-15', 'windows-1252'], 'es': ['iso-8859-1', 'windows-1252'],
    'it': ['iso-8859-1', 'iso-8859-15'], 'pt': ['iso-8859-1', 'windows-1252'], 'nl': ['iso-8859-1', 'windows-1252'],
    'pl': ['iso-8859-2', 'windows-1250'], 'ru': ['koi8-r', 'windows-1251'], 'uk': ['koi8-u', 'windows-1251'],
    'el': ['iso-8859-7', 'windows-1253'], 'ar': ['windows-1256', 'iso-8859-6'], 'he': ['windows-1255', 'iso-8859-8'],
    'zh': ['gb2312', 'gbk', 'big5'], 'ja': ['iso-2022-jp', 'shift_jis'], 'ko': ['ks_c_5601-1987', 'euc-kr'],
    'hi': ['utf-8'], 'th': ['tis-620'], 'tr': ['iso-8859-9', 'windows-1254'], 'vi': ['windows-1258']}

HDR_CS = {'ja': 'ISO-2022-JP', 'ko': 'EUC-KR', 'zh': 'GB2312', 'ru': 'KOI8-R', 'uk': 'KOI8-U',
          'el': 'ISO-8859-7', 'he': 'windows-1255', 'ar': 'windows-1256', 'pl': 'ISO-8859-2',
          'tr': 'ISO-8859-9', 'th': 'TIS-620'}


def pick_charset(spec, rng, legacy_p, texts):
    lang = spec['lang']
    if lang != 'en':
        legacy_p = min(0.9, legacy_p * (2.2 if lang in ('ja', 'zh', 'ko', 'ru', 'uk') else 1.6))
    if rng.random() < legacy_p:
        order = rng.sample(LEGACY[lang], len(LEGACY[lang]))
        if lang == 'ja' and rng.random() < 0.7:
            order = ['iso-2022-jp'] + order
        if lang == 'zh':
            order = ['big5'] + order if rng.random() < 0.5 else ['gb2312'] + order
        for cs in order:
            if all(can_encode(t, cs) for t in texts):
                return cs
    return rng.choice(['utf-8', 'UTF-8']) if legacy_p > 0 else 'UTF-8'


def cte_for(cs, rng, prefer=None):
    c = cs.lower()
    if c == 'iso-2022-jp':
        return '7bit'
    if c == 'us-ascii':
        return '7bit'
    if prefer:
        return prefer
    if c in ('gb2312', 'gbk', 'big5', 'shift_jis', 'euc-kr', 'ks_c_5601-1987'):
        return rng.choice(['base64', 'base64', '8bit'])
    if c.startswith('utf'):
        return rng.choice(['quoted-printable', 'base64', '8bit'])
    return rng.choice(['quoted-printable', 'quoted-printable', '8bit'])


def hdr_cs(spec, rng, cs_body):
    if cs_body.lower() not in ('utf-8', 'us-ascii') and rng.random() < 0.7:
        return cs_body.upper() if not cs_body.startswith('windows') else cs_body
    return 'UTF-8'


# --------------------------------------------------------------- iCalendar building blocks
def tz_of(spec):
    return spec['tz']


def times(spec, mode, start=None, end=None, allday=None):
    s = start or spec['start']
    e = end or spec['end']
    allday = spec.get('allday') if allday is None else allday
    tz = tz_of(spec)
    end_name = 'DUE' if spec.get('kind') == 'VTODO' else 'DTEND'
    if allday:
        return ['DTSTART;VALUE=DATE:' + d_date(s), end_name + ';VALUE=DATE:' + d_date(e)]
    if mode == 'utc' or tz == 'UTC':
        return ['DTSTART:' + d_utc(to_utc(tz, s)), end_name + ':' + d_utc(to_utc(tz, e))]
    if mode == 'floating':
        return ['DTSTART:' + d_loc(s), end_name + ':' + d_loc(e)]
    name = TZ[tz][0] if mode == 'outlook' else tz
    return ['DTSTART;TZID=%s:%s' % (qparam(name), d_loc(s)), '%s;TZID=%s:%s' % (end_name, qparam(name), d_loc(e))]


def needs_vtz(spec, mode):
    return mode in ('tzid', 'outlook') and not spec.get('allday') and spec['tz'] != 'UTC'


def extra_props(spec, style='std'):
    L = []
    if spec.get('url'):
        L.append(('URL;VALUE=URI:' if style == 'apple' else 'URL:') + spec['url'])
    for val, fmt in spec.get('attach', []):
        if fmt:
            L.append('ATTACH;FMTTYPE=%s:%s' % (fmt, val))
        else:
            L.append('ATTACH:' + val)
    for uri, label in spec.get('conference', []):
        L.append('CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=%s:%s' % (qparam(label), uri))
    if spec.get('categories'):
        L.append('CATEGORIES:' + ','.join(esc(c) for c in spec['categories']))
    if spec.get('x_alt_desc'):
        L.append('X-ALT-DESC;FMTTYPE=text/html:' + esc_loose(spec['x_alt_desc']).replace(';', '\\;').replace(',', '\\,'))
    L += spec.get('xprops', [])
    return L


def alarms(spec, style):
    L = []
    for trig, desc in spec.get('alarms', []):
        if style == 'google':
            L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:' + esc(desc or 'This is an event reminder'),
                  'TRIGGER:' + trig, 'END:VALARM']
        elif style == 'outlook':
            L += ['BEGIN:VALARM', 'DESCRIPTION:' + esc(desc or 'REMINDER'), 'TRIGGER;RELATED=START:' + trig,
                  'ACTION:DISPLAY', 'END:VALARM']
        elif style == 'apple':
            L += ['BEGIN:VALARM', 'X-WR-ALARMUID:' + rand_uuid(spec['_rng'], True), 'UID:' +
                  rand_uuid(spec['_rng'], True), 'TRIGGER:' + trig, 'DESCRIPTION:' + esc(desc or 'Reminder'),
                  'ACTION:DISPLAY', 'END:VALARM']
        elif style == 'moz':
            L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;VALUE=DURATION:' + trig,
                  'DESCRIPTION:' + esc(desc or 'Default Mozilla Description'), 'END:VALARM']
        else:
            L += ['BEGIN:VALARM', 'TRIGGER:' + trig, 'ACTION:DISPLAY', 'DESCRIPTION:' + esc(desc or spec['summary']),
                  'END:VALARM']
    return L


def comp(spec):
    return spec.get('kind', 'VEVENT')


def attendee_people(spec):
    return spec.get('attendees', [])


def sm(spec):
    return spec['sent']


# --------------------------------------------------------------- conferencing blocks
def teams_block(spec, rng):
    c = spec['conf']
    mid = ' '.join(str(rng.randint(100, 999)) for _ in range(4))
    pwd = rand_token(rng, 6)
    url = c.get('url') or ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d'
                           % (rand_token(rng, 48), rand_uuid(rng), rand_uuid(rng)))
    c['url'] = url
    line = '_' * 80
    return ('\n\n%s\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            'Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\n'
            'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=en-US>\n%s\n'
            % (line, url, mid, pwd, rand_uuid(rng), rand_uuid(rng), rand_token(rng, 40), line))


def meet_code(rng):
    a = 'abcdefghijkmnopqrstuvwxyz'
    return '%s-%s-%s' % (rand_token(rng, 3, a), rand_token(rng, 4, a), rand_token(rng, 3, a))


def meet_block(spec, rng):
    c = spec['conf']
    url = c.get('url') or 'https://meet.google.com/' + meet_code(rng)
    c['url'] = url
    sep = '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'
    return ('\n\n%s\nJoin with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
            'Please do not edit this section.\n%s' % (sep, url, sep))


def zoom_block(spec, rng):
    c = spec['conf']
    mid = c.get('id') or '%d %04d %04d' % (rng.randint(810, 999), rng.randint(0, 9999), rng.randint(0, 9999))
    c['id'] = mid
    url = c.get('url') or 'https://us%02dweb.zoom.us/j/%s?pwd=%s' % (rng.randint(2, 6), mid.replace(' ', ''), rand_token(rng, 32))
    c['url'] = url
    return ('\n\nJoin Zoom Meeting\n%s\n\nMeeting ID: %s\nPasscode: %s\n\n---\n\nOne tap mobile\n+16469313860,,%s# US\n'
            % (url, mid, rand_token(rng, 6), mid.replace(' ', '')))


def conf_text(spec, rng, client):
    c = spec.get('conf')
    if not c:
        return ''
    k = c['kind']
    if k == 'teams':
        return teams_block(spec, rng)
    if k == 'meet':
        return meet_block(spec, rng) if client == 'google' else '\n\nGoogle Meet: %s' % (
            c.get('url') or c.setdefault('url', 'https://meet.google.com/' + meet_code(rng)))
    if k == 'zoom':
        return zoom_block(spec, rng)
    if k == 'webex':
        url = c.get('url') or 'https://%s.webex.com/%s/j.php?MTID=m%s' % (c.get('site', 'meet'), c.get('site', 'meet'), rand_hex(rng, 32))
        c['url'] = url
        return '\n\nJoin Webex meeting: %s\nMeeting number (access code): %d %d %d' % (url, rng.randint(2300, 2699), rng.randint(100, 999), rng.randint(1000, 9999))
    url = c['url']
    return '\n\n%s: %s' % (c.get('label', ui(spec['lang'], 'join')), url)


def full_desc(spec, client):
    if '_fulldesc' not in spec:
        spec['_fulldesc'] = (spec.get('description') or '') + conf_text(spec, spec['_rng'], client)
    return spec['_fulldesc']


# --------------------------------------------------------------- text bodies
def when_str(spec):
    tzname = tz_abbr(spec['tz'], spec['start']) if spec['tz'] != 'UTC' else 'UTC'
    return fmt_range(spec['lang'], spec['start'], spec['end'], spec.get('allday'), tzname)


LINK_RE = re.compile(r'(https?://[^\s<>"\]]+)')


def text_to_html(t):
    t = htmlmod.escape(t, quote=False)
    t = LINK_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), t)
    return t.replace('\n', '<br>\n')


def subject_for(spec, style='plain'):
    if spec.get('subject'):
        return spec['subject']
    lang = spec['lang']
    m = spec.get('method', 'REQUEST')
    s = spec['summary']
    if m == 'CANCEL':
        pre = ui(lang, 'canc')
    elif m == 'REPLY':
        pre = ui(lang, {'ACCEPTED': 'acc', 'DECLINED': 'dec', 'TENTATIVE': 'tent'}[spec.get('partstat', 'ACCEPTED')])
    elif spec.get('sequence', 0) > 0:
        pre = ui(lang, 'upd')
    else:
        pre = ui(lang, 'inv')
    if style == 'google':
        if m == 'REPLY':
            return '%s: %s @ %s' % (pre, s, when_str(spec))
        return '%s: %s @ %s (%s)' % (pre, s, when_str(spec), spec['rcpt'].email)
    if style == 'outlook':
        if m == 'REQUEST' and not spec.get('sequence'):
            return s
        pre = {'CANCEL': 'Canceled', 'REPLY': {'ACCEPTED': 'Accepted', 'DECLINED': 'Declined',
                                                'TENTATIVE': 'Tentative'}[spec.get('partstat', 'ACCEPTED')]}.get(m, 'Updated') \
            if lang == 'en' else pre
        return '%s: %s' % (pre, s)
    return '%s: %s' % (pre, s)


def plain_generic(spec, with_org=True):
    lang = spec['lang']
    L = []
    if spec.get('intro'):
        L += [spec['intro'], '']
    L.append(spec['summary'])
    L.append('%s: %s' % (ui(lang, 'when'), when_str(spec)))
    if spec.get('location'):
        L.append('%s: %s' % (ui(lang, 'where'), spec['location']))
    if with_org:
        L.append('%s: %s <%s>' % (ui(lang, 'org'), spec['org'].name or spec['org'].email, spec['org'].email))
    d = full_desc(spec, spec['client'])
    if d:
        L += ['', d]
    return '\n'.join(L) + '\n'


def attendees_for_ics(spec):
    """organizer + attendees (recipient included unless hidden)"""
    people = list(spec.get('attendees', []))
    return people


# =============================================================== GOOGLE
def render_google(spec, rng):
    lang = spec['lang']
    org = spec['org']
    m = spec.get('method', 'REQUEST')
    uid = spec.get('uid') or rand_token(rng, 26, 'abcdefghijklmnopqrstuvwxyz0123456789') + '@google.com'
    spec['uid'] = uid
    mode = 'tzid' if spec.get('rrule') else 'utc'
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', 'METHOD:' + m]
    if needs_vtz(spec, mode):
        L += vtimezone(spec['tz'], 'olson')
    L.append('BEGIN:' + comp(spec))
    L += times(spec, mode)
    if spec.get('rrule'):
        L.append('RRULE:' + spec['rrule'])
    L.append('DTSTAMP:' + d_utc(sm(spec)))
    L.append('ORGANIZER;CN=%s:mailto:%s' % (qparam(org.name or org.email), org.email))
    L.append('UID:' + uid)
    if m == 'REPLY':
        r = spec['replier']
        L.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s' % (
            spec.get('partstat', 'ACCEPTED'), qparam(r.name or r.email), r.email))
    else:
        L.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s'
                 % (qparam(org.name or org.email), org.email))
        for p in attendees_for_ics(spec):
            L.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s'
                     % (qparam(p.email if rng.random() < 0.6 else (p.name or p.email)), p.email))
    desc = full_desc(spec, 'google')
    if spec.get('conf', {}).get('kind') == 'meet':
        L.append('X-GOOGLE-CONFERENCE:' + spec['conf']['url'])
    if rng.random() < 0.3:
        L.append('X-MICROSOFT-CDO-OWNERAPPTID:-%d' % rng.randint(100000000, 2100000000))
    created = sm(spec) - dt.timedelta(minutes=rng.randint(1, 600))
    L.append('CREATED:' + d_utc(created))
    L.append('DESCRIPTION:' + esc(desc))
    L.append('LAST-MODIFIED:' + d_utc(sm(spec)))
    L.append('LOCATION:' + esc(spec.get('location', '')))
    L.append('SEQUENCE:%d' % spec.get('sequence', 0))
    L.append('STATUS:' + ('CANCELLED' if m == 'CANCEL' else 'CONFIRMED'))
    L.append('SUMMARY:' + esc(spec['summary']))
    L.append('TRANSP:OPAQUE')
    L += extra_props(spec)
    L += alarms(spec, 'google')
    L.append('END:' + comp(spec))
    L.append('END:VCALENDAR')
    ics = fold_all(L)

    eid = rand_token(rng, 64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    new = spec['arrival'].year >= 2021
    rcpt = spec['rcpt']
    if m == 'REPLY':
        r = spec['replier']
        txt = '%s %s.\n\n%s\n%s\n\n%s\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n' % (
            r.name or r.email, {'ACCEPTED': 'has accepted this invitation', 'DECLINED': 'has declined this invitation',
                                'TENTATIVE': 'has replied "Maybe" to this invitation'}[spec.get('partstat', 'ACCEPTED')],
            spec['summary'], when_str(spec), (spec.get('comment') or ''))
        if lang != 'en':
            txt = '%s: %s\n%s\n%s\n\n%s\n\n%s: https://calendar.google.com/calendar/\n' % (
                ui(lang, {'ACCEPTED': 'acc', 'DECLINED': 'dec', 'TENTATIVE': 'tent'}[spec.get('partstat', 'ACCEPTED')]),
                r.name or r.email, spec['summary'], when_str(spec), spec.get('comment') or '', ui(lang, 'footer'))
    elif new:
        guests = [org] + attendees_for_ics(spec)[:12]
        gl = '\n'.join('%s%s' % (g.name or g.email, ' - %s' % ui(lang, 'org').lower() if g is org else '') for g in guests)
        if len(attendees_for_ics(spec)) > 12:
            gl += '\n... +%d' % (len(attendees_for_ics(spec)) - 12)
        txt = '%s%s\n%s\n\n%s%s%s\n\n%s\n%s\n%s\n\n%s\n%s\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=1\n\n' \
              'Reply for %s and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=%s&ctz=%s&hl=%s&es=1\n' \
              'Your attendance is optional.\n\n~~//~~\n%s: https://calendar.google.com/calendar/\n\n' % (
                  (spec['intro'] + '\n\n') if spec.get('intro') else '', spec['summary'], when_str(spec),
                  ('%s\n' % ui(lang, 'join') + spec['conf']['url'] + '\n\n') if spec.get('conf', {}).get('kind') == 'meet' else '',
                  (spec.get('description') or '') + '\n' if spec.get('description') else '',
                  ('\n%s\n%s' % (ui(lang, 'where'), spec['location'])) if spec.get('location') else '',
                  ui(lang, 'org'), org.name or org.email, org.email, ui(lang, 'guests'), gl, eid, rand_token(rng, 40),
                  spec['tz'], lang, rcpt.email, eid, spec['tz'], lang, ui(lang, 'footer'))
        if lang == 'en':
            txt += ('You are receiving this email because you are an attendee on the event. To stop receiving future '
                    'updates for this event, decline this event.\n\nForwarding this invitation could allow any recipient '
                    'to send a response to the organiser, be added to the guest list, invite others regardless of their '
                    'own invitation status, or modify your RSVP.\n\nLearn more https://support.google.com/calendar/answer/37135#forwarding\n')
    else:
        who = '\n'.join('    * %s%s' % (g.email, ' - organiser' if g is org else '') for g in [org] + attendees_for_ics(spec)[:20])
        txt = '%sYou have been invited to the following event.\n\nTitle: %s\n%s\n%s: %s\n%s%s: %s\nWho:\n%s\n\n' \
              'Event details: https://www.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s\n\n' \
              '%s: https://www.google.com/calendar/\n\nYou are receiving this courtesy email at the account %s because ' \
              'you are an attendee of this event.\n\nTo stop receiving future updates for this event, decline this event. ' \
              'Alternatively you can sign up for a Google account at https://www.google.com/calendar/ and control your ' \
              'notification settings for your entire calendar.\n' % (
                  (spec['intro'] + '\n\n') if spec.get('intro') else '', spec['summary'], spec.get('description') or '',
                  ui(lang, 'when'), when_str(spec),
                  ('%s: %s\n' % (ui(lang, 'where'), spec['location'])) if spec.get('location') else '',
                  'Calendar', rcpt.email, who, eid, rand_token(rng, 40), spec['tz'], lang, ui(lang, 'footer'), rcpt.email)
    html = ('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
            'itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>'
            '<span itemprop="object" itemscope itemtype="http://schema.org/Event"><div style="">'
            '<table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%%;font-family:Arial,Sans-serif;'
            'border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td>'
            '<meta itemprop="eventStatus" content="http://schema.org/EventScheduled"/>'
            '<h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222">'
            '<span itemprop="name">%s</span></h3>\n<div>%s</div>\n</td></tr></table></div></span></span>\n'
            % (htmlmod.escape(ui(lang, 'inv') + ' ' + (org.name or org.email)), htmlmod.escape(spec['summary']),
               text_to_html(txt)))
    b1 = '000000000000' + rand_hex(rng, 16)
    b2 = '000000000000' + rand_hex(rng, 16)
    tcte = 'base64' if (new and rng.random() < 0.6) else 'quoted-printable'
    plain = text_leaf(txt, 'text/plain', '"UTF-8"', tcte, ct_params='; format=flowed; delsp=yes' if new else '')
    hpart = text_leaf(html, 'text/html', '"UTF-8"', 'quoted-printable')
    ccte = '7bit' if is_ascii(ics) and rng.random() < 0.6 else 'base64'
    cal = text_leaf(ics, 'text/calendar', '"UTF-8"', ccte, ct_params='; method=' + m)
    alt = Multi('alternative', b2, [plain, hpart, cal])
    att = bin_leaf(ics.replace('\n', '\r\n').encode('utf-8'), 'application/ics; name="invite.ics"',
                   [('Content-Disposition', 'attachment; filename="invite.ics"')])
    root = Multi('mixed', b1, [alt, att])
    frm = spec['replier'] if m == 'REPLY' else spec['from']
    to = spec['org'] if m == 'REPLY' else rcpt
    headers = [('MIME-Version', '1.0')]
    if m != 'REPLY' or True:
        headers.append(('Reply-To', addr(frm)))
    headers += [('Sender', 'Google Calendar <calendar-notification@google.com>'),
                ('Auto-Submitted', 'auto-generated') if spec['arrival'].year >= 2022 and rng.random() < 0.5 else None,
                ('Message-ID', '<calendar-%s@google.com>' % rand_uuid(rng)),
                ('Date', rfc2822_date(sm(spec))),
                ('Subject', hdr(subject_for(spec, 'google'))),
                ('From', addr(frm)),
                ('To', addr(to) if m == 'REPLY' else to.email)]
    return [h for h in headers if h], root


# =============================================================== OUTLOOK / EXCHANGE / TEAMS
def render_outlook(spec, rng):
    lang = spec['lang']
    org = spec['org']
    m = spec.get('method', 'REQUEST')
    desktop = spec.setdefault('outlook_desktop', rng.random() < 0.35)
    uid = spec.get('uid') or ('040000008200E00074C5B7101A82E00800000000' + rand_hex(rng, 16, True) +
                              '00000000000000001000000' + rand_hex(rng, 32, True))
    spec['uid'] = uid
    desc = full_desc(spec, 'outlook')
    if m == 'REPLY':
        desc = spec.get('comment') or ''
    cl = {'en': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'it': 'it-IT', 'pt': 'pt-BR', 'nl': 'nl-NL',
          'pl': 'pl-PL', 'ru': 'ru-RU', 'el': 'el-GR', 'ar': 'ar-SA', 'he': 'he-IL', 'zh': 'zh-CN', 'ja': 'ja-JP',
          'ko': 'ko-KR', 'hi': 'en-IN', 'th': 'th-TH', 'tr': 'tr-TR', 'uk': 'uk-UA', 'vi': 'vi-VN'}[lang]
    prodid = '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN' if desktop else 'Microsoft Exchange Server 2010'
    L = ['BEGIN:VCALENDAR']
    if desktop:
        L += ['PRODID:' + prodid, 'VERSION:2.0', 'METHOD:' + m, 'X-MS-OLK-FORCEINSPECTOROPEN:TRUE']
    else:
        L += ['METHOD:' + m, 'PRODID:' + prodid, 'VERSION:2.0']
    if needs_vtz(spec, 'outlook'):
        L += vtimezone(spec['tz'], 'outlook')
    L.append('BEGIN:' + comp(spec))
    L.append('ORGANIZER;CN=%s:mailto:%s' % (qparam(org.name or org.email), org.email))
    if m == 'REPLY':
        r = spec['replier']
        L.append('ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s' % (spec.get('partstat', 'ACCEPTED'), qparam(r.name or r.email), r.email))
        if spec.get('comment'):
            L.append('COMMENT;LANGUAGE=%s:%s' % (cl, esc(spec['comment'])))
    else:
        for p in attendees_for_ics(spec):
            L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (
                qparam(p.name or p.email), p.email))
    if spec.get('rrule'):
        L.append('RRULE:' + spec['rrule'])
    if desc and m != 'REPLY':
        L.append('DESCRIPTION;LANGUAGE=%s:%s' % (cl, esc(desc)))
    L.append('UID:' + uid)
    if m == 'REPLY':
        L.append('SUMMARY;LANGUAGE=%s:%s: %s' % (cl, subject_for(spec, 'outlook').split(':')[0], esc(spec['summary'])))
    else:
        L.append('SUMMARY;LANGUAGE=%s:%s' % (cl, esc(spec['summary'])))
    L += times(spec, 'outlook')
    L += ['CLASS:PUBLIC', 'PRIORITY:%d' % (1 if m == 'CANCEL' else 5), 'DTSTAMP:' + d_utc(sm(spec)),
          'TRANSP:' + ('TRANSPARENT' if m == 'CANCEL' else 'OPAQUE'),
          'STATUS:' + ('CANCELLED' if m == 'CANCEL' else 'CONFIRMED'), 'SEQUENCE:%d' % spec.get('sequence', 0)]
    if spec.get('location') or not desktop:
        L.append('LOCATION;LANGUAGE=%s:%s' % (cl, esc(spec.get('location', ''))))
    L += extra_props(spec)
    L += ['X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % spec.get('sequence', 0)]
    if not desktop:
        L.append('X-MICROSOFT-CDO-OWNERAPPTID:%d' % rng.randint(-2100000000, 2100000000))
    L += ['X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if m == 'CANCEL' else 'TENTATIVE' if m == 'REQUEST' else 'BUSY'),
          'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if spec.get('allday') else 'BUSY'),
          'X-MICROSOFT-CDO-ALLDAYEVENT:' + ('TRUE' if spec.get('allday') else 'FALSE'),
          'X-MICROSOFT-CDO-IMPORTANCE:%d' % spec.get('importance', 1), 'X-MICROSOFT-CDO-INSTTYPE:%d' % (1 if spec.get('rrule') else 0)]
    if spec.get('conf', {}).get('kind') == 'teams':
        L.append('X-MICROSOFT-SKYPETEAMSMEETINGURL:' + spec['conf']['url'])
        L.append('X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/%s/%s/19_meeting_%s@thread.v2/0'
                 % (rand_uuid(rng), rand_uuid(rng), rand_token(rng, 40)))
        L.append('X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % rand_token(rng, 40))
        L.append('X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s'
                 % (org.email, rand_token(rng, 40), rand_hex(rng, 32), rand_hex(rng, 32)))
        L.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE']
    if not desktop and spec['arrival'].year >= 2020:
        L += ['X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE']
        if spec.get('location'):
            L.append('X-MICROSOFT-LOCATIONS:[{"DisplayName":"%s"\\,"LocationAnnotation":""\\,"LocationUri":""\\,"LocationStreet":""\\,"LocationCity":""\\,"LocationState":""\\,"LocationCountry":""\\,"LocationPostalCode":""\\,"LocationFullAddress":""}]'
                     % esc(spec['location']).replace('"', '\\"'))
    if desktop:
        L += ['X-MS-OLK-APPTSEQTIME:' + d_utc(sm(spec)), 'X-MS-OLK-AUTOFILLLOCATION:FALSE',
              'X-MS-OLK-CONFTYPE:%d' % (0 if not spec.get('conf') else 2), 'X-MS-OLK-SENDER:mailto:' + spec['from'].email]
    if m == 'REQUEST':
        L += alarms(spec, 'outlook') or ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M',
                                         'ACTION:DISPLAY', 'END:VALARM']
    L += ['END:' + comp(spec), 'END:VCALENDAR']
    ics = fold_all(L)

    if m == 'REPLY':
        body = spec.get('comment') or ''
    elif m == 'CANCEL':
        body = spec.get('cancel_note', '') + '\n' + desc
    else:
        body = ((spec['intro'] + '\n\n') if spec.get('intro') else '') + desc
    if not body.strip():
        body = '\n'
    cs = pick_charset(spec, rng, 0.45, [body])
    plain = text_leaf(body, 'text/plain', '"%s"' % cs, cte_for(cs, rng, 'quoted-printable' if cs.lower() in ('iso-8859-1', 'windows-1252', 'iso-8859-15', 'iso-8859-2') else None))
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
            '@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n</body>\n</html>\n'
            % (cs, cl, text_to_html(body).replace('<br>\n', '<o:p></o:p></p>\n<p class="MsoNormal">')))
    if spec.get('x_alt_desc') and rng.random() < 0.5:
        html = spec['x_alt_desc']
    hp = text_leaf(html, 'text/html', '"%s"' % cs, cte_for(cs, rng, 'quoted-printable' if cs.lower() != 'iso-2022-jp' else None))
    cal = text_leaf(ics, 'text/calendar', '"utf-8"', 'base64', ct_params='; method=' + m)
    box = spec.get('_o365box') or ('%s.%s.prod.outlook.com' % (rand_token(rng, 4).upper() + 'PR0' + str(rng.randint(1, 9)) + 'MB' + str(rng.randint(1000, 9999)), 'eurprd0' + str(rng.randint(1, 9))))
    b = '_000_%s%s_' % (box.split('.')[0], rand_hex(rng, 22, True))
    root = Multi('alternative', b, [plain, hp, cal])
    frm = spec['replier'] if m == 'REPLY' else spec['from']
    to = [spec['org']] if m == 'REPLY' else spec.get('to') or [spec['rcpt']]
    hcs = hdr_cs(spec, rng, cs)
    subj = subject_for(spec, 'outlook')
    headers = [('From', addr(frm, hcs))]
    if spec.get('sender_hdr'):
        headers.append(('Sender', addr(spec['sender_hdr'], hcs)))
    headers.append(('To', addr_list(to, hcs)))
    if spec.get('cc'):
        headers.append(('CC', addr_list(spec['cc'], hcs)))
    if spec.get('reply_to'):
        headers.append(('Reply-To', addr(spec['reply_to'], hcs)))
    headers += [('Subject', hdr(subj, hcs)), ('Thread-Topic', hdr(spec['summary'], hcs)),
                ('Thread-Index', rand_token(rng, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + rand_token(rng, 28) + '=='),
                ('Date', rfc2822_date(sm(spec), utc_offset(spec['tz'], sm(spec)) if spec['tz'] != 'UTC' else 0)),
                ('Message-ID', '<%s%s@%s>' % (box.split('.')[0], rand_hex(rng, 30, True), box)),
                ('Accept-Language', '%s, en-US' % cl if cl != 'en-US' else 'en-US'), ('Content-Language', cl),
                ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    if desktop:
        headers.append(('X-Mailer', 'Microsoft Outlook 16.0'))
    if not desktop:
        headers.append(('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAA' + rand_token(rng, 40) + '=='))
    headers += [('x-ms-publictraffictype', 'Email'), ('MIME-Version', '1.0')]
    return headers, root


# =============================================================== APPLE (iCloud server and Calendar.app)
def apple_prodid(spec, rng):
    y = spec['arrival'].year
    if spec.get('_infra') == 'icloud' and rng.random() < 0.6:
        return '-//CALENDARSERVER.ORG//NONSGML Version 1//EN'
    mac = {2016: '10.11.6', 2017: '10.12.6', 2018: '10.13.6', 2019: '10.14.6', 2020: '10.15.7', 2021: '11.6',
           2022: '12.6', 2023: '13.5', 2024: '14.4', 2025: '15.3', 2026: '26.1'}[y]
    ios = {2016: '9.3.5', 2017: '10.3.3', 2018: '11.4.1', 2019: '12.4', 2020: '13.7', 2021: '14.8', 2022: '15.7',
           2023: '16.6', 2024: '17.4', 2025: '18.3', 2026: '26.1'}[y]
    if rng.random() < 0.4:
        return '-//Apple Inc.//iPhone OS %s//EN' % ios
    return '-//Apple Inc.//%s %s//EN' % ('Mac OS X' if y < 2021 else 'macOS', mac)


def render_apple(spec, rng):
    lang = spec['lang']
    org = spec['org']
    m = spec.get('method', 'REQUEST')
    uid = spec.get('uid') or rand_uuid(rng, True)
    spec['uid'] = uid
    desc = full_desc(spec, 'apple')
    L = ['BEGIN:VCALENDAR', 'METHOD:' + m, 'VERSION:2.0', 'PRODID:' + apple_prodid(spec, rng),
         'CALSCALE:GREGORIAN']
    if needs_vtz(spec, 'tzid'):
        L += vtimezone(spec['tz'], 'apple')
    L.append('BEGIN:' + comp(spec))
    if m == 'REPLY':
        r = spec['replier']
        L.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=%s:mailto:%s' % (
            qparam(r.name or r.email), qparam(r.email), spec.get('partstat', 'ACCEPTED'), r.email))
    else:
        L.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s' % (
            '"%s"' % (org.name or org.email), '"%s"' % org.email, org.email))
        for p in attendees_for_ics(spec):
            L.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s'
                     % ('"%s"' % (p.name or p.email), '"%s"' % p.email, p.email))
    L.append('CREATED:' + d_utc(sm(spec) - dt.timedelta(minutes=rng.randint(1, 300))))
    if desc:
        L.append('DESCRIPTION:' + esc(desc))
    L += times(spec, 'tzid')[1:2]
    L.append('DTSTAMP:' + d_utc(sm(spec)))
    L += times(spec, 'tzid')[0:1]
    L.append('LAST-MODIFIED:' + d_utc(sm(spec)))
    if spec.get('location'):
        L.append('LOCATION:' + esc(spec['location']))
    L.append('ORGANIZER;CN=%s;EMAIL=%s:mailto:%s' % ('"%s"' % (org.name or org.email), '"%s"' % org.email, org.email))
    if spec.get('rrule'):
        L.append('RRULE:' + spec['rrule'])
    L.append('SEQUENCE:%d' % spec.get('sequence', 0))
    if m == 'CANCEL':
        L.append('STATUS:CANCELLED')
    L.append('SUMMARY:' + esc(spec['summary']))
    L.append('TRANSP:OPAQUE')
    L.append('UID:' + uid)
    L += extra_props(spec, 'apple')
    L.append('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC')
    if spec.get('location') and rng.random() < 0.4:
        L.append('X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70;X-TITLE=%s:geo:%.6f,%.6f' % (
            qparam(spec['location'][:40]), rng.uniform(-40, 60), rng.uniform(-120, 140)))
    L += alarms(spec, 'apple')
    L += ['END:' + comp(spec), 'END:VCALENDAR']
    ics = fold_all(L)
    frm = spec['replier'] if m == 'REPLY' else spec['from']
    to = spec['org'] if m == 'REPLY' else spec['rcpt']
    server = spec.get('_infra') == 'icloud' and rng.random() < 0.7
    if server:
        # invitation sent by the iCloud calendar server on behalf of the user
        if m == 'REPLY':
            txt = '%s %s "%s".\n' % (frm.name or frm.email, {'ACCEPTED': 'has accepted', 'DECLINED': 'has declined',
                                                             'TENTATIVE': 'has tentatively accepted'}[spec.get('partstat', 'ACCEPTED')], spec['summary'])
        else:
            txt = '%s %s "%s"\n\n%s\n%s%s\n\n%s\n\n%s | %s | %s\n' % (
                org.name or org.email, ui(lang, 'invited'), spec['summary'], when_str(spec),
                ('%s: %s\n' % (ui(lang, 'where'), spec['location'])) if spec.get('location') else '',
                ('\n' + spec['description']) if spec.get('description') else '', 'Invitation from iCloud' if lang == 'en' else ui(lang, 'inv') + ' — iCloud',
                ui(lang, 'yes'), ui(lang, 'maybe'), ui(lang, 'no'))
        html = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:-apple-system,Helvetica,Arial">%s</body></html>\n' % text_to_html(txt)
        bb = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(100000000, 2100000000), int((sm(spec) - dt.datetime(1970, 1, 1)).total_seconds() * 1000))
        ba = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(100000000, 2100000000), int((sm(spec) - dt.datetime(1970, 1, 1)).total_seconds() * 1000) + 1)
        alt = Multi('alternative', ba, [text_leaf(txt, 'text/plain', 'UTF-8', 'quoted-printable'),
                                         text_leaf(html, 'text/html', 'UTF-8', 'quoted-printable')])
        fname = 'iCal-%s.ics' % sm(spec).strftime('%Y%m%d-%H%M%S')
        cal = text_leaf(ics, 'text/calendar', 'UTF-8', rng.choice(['quoted-printable', 'base64', '7bit']),
                        ct_params='; method=%s; name=%s' % (m, fname),
                        extra=[('Content-Disposition', 'attachment; filename=%s' % fname)])
        root = Multi('mixed', bb, [alt, cal])
        headers = [('From', addr(frm)), ('To', addr(to)), ('Message-ID', '<%s@%s>' % (rand_uuid(rng).upper(), rng.choice(['icloud.com', 'caldav.icloud.com']))),
                   ('Subject', hdr(subject_for(spec))), ('MIME-Version', '1.0'), ('Date', rfc2822_date(sm(spec)))]
        if spec.get('reply_to'):
            headers.insert(2, ('Reply-To', addr(spec['reply_to'])))
        return headers, root
    # Calendar.app via Mail
    mailnum, mailver = {2016: ('9.3', '3124'), 2017: ('10.3', '3273'), 2018: ('11.5', '3445.9.1'), 2019: ('12.4', '3445.104.11'),
                        2020: ('13.4', '3608.120.23.2.4'), 2021: ('14.0', '3654.120.0.1.13'), 2022: ('15.0', '3696.120.41.1.1'),
                        2023: ('16.0', '3731.700.6'), 2024: ('16.0', '3774.500.171.1.1'), 2025: ('16.0', '3826.400.131.1.6'),
                        2026: ('16.0', '3864.100.1')}[spec['arrival'].year]
    txt = spec.get('intro') or ''
    if not txt:
        txt = rng.choice(['', ' ', '%s %s %s\n' % (org.name, ui(lang, 'invited'), spec['summary'])])
    b = 'Apple-Mail=_%s' % rand_uuid(rng, True)
    fname = 'invite.ics' if rng.random() < 0.5 else 'iCal-%s.ics' % sm(spec).strftime('%Y%m%d-%H%M%S')
    cs = 'us-ascii' if is_ascii(txt) else pick_charset(spec, rng, 0.45, [txt]).lower()
    parts = [text_leaf(txt or '\n', 'text/plain', cs, '7bit' if cs == 'us-ascii' else cte_for(cs, rng, 'quoted-printable'))]
    parts.append(text_leaf(ics, 'text/calendar', 'utf-8', 'quoted-printable' if rng.random() < 0.5 else 'base64',
                           ct_params='; method=%s; name="%s"' % (m, fname),
                           extra=[('Content-Disposition', 'attachment;\n\tfilename="%s"' % fname)]))
    root = Multi('mixed', b, parts)
    ah = hdr_cs(spec, rng, cs if cs != 'us-ascii' else pick_charset(spec, rng, 0.45, [frm.name or '', spec['summary']]))
    headers = [('From', addr(frm, ah, quote_ascii=True)), ('Mime-Version', '1.0 (Mac OS X Mail %s \\(%s\\))' % (mailnum, mailver)),
               ('Subject', hdr(subject_for(spec), ah)), ('Date', rfc2822_date(sm(spec), utc_offset(spec['tz'], sm(spec)))),
               ('Message-Id', '<%s@%s>' % (rand_uuid(rng, True), frm.domain)), ('To', addr(to, ah, quote_ascii=True)),
               ('X-Mailer', 'Apple Mail (2.%s)' % mailver)]
    if spec.get('reply_to'):
        headers.insert(1, ('Reply-To', addr(spec['reply_to'])))
    return headers, root


# =============================================================== THUNDERBIRD / LIGHTNING
def tb_version(y):
    return {2016: ('45.8.0', '45.0'), 2017: ('52.5.2', '52.0'), 2018: ('60.3.0', '60.0'), 2019: ('60.9.1', '60.0'),
            2020: ('78.5.1', '78.0'), 2021: ('91.3.2', '91.0'), 2022: ('102.5.1', '102.0'), 2023: ('115.4.2', '115.0'),
            2024: ('115.12.2', '115.0'), 2025: ('128.8.0', '128.0'), 2026: ('140.4.0', '140.0')}[y]


def render_thunderbird(spec, rng):
    lang = spec['lang']
    org = spec['org']
    m = spec.get('method', 'REQUEST')
    uid = spec.get('uid') or rand_uuid(rng)
    spec['uid'] = uid
    desc = full_desc(spec, 'thunderbird')
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', 'VERSION:2.0', 'METHOD:' + m]
    if needs_vtz(spec, 'tzid'):
        L += vtimezone(spec['tz'], 'olson')
    L.append('BEGIN:' + comp(spec))
    L.append('CREATED:' + d_utc(sm(spec) - dt.timedelta(minutes=rng.randint(2, 500))))
    L.append('LAST-MODIFIED:' + d_utc(sm(spec)))
    L.append('DTSTAMP:' + d_utc(sm(spec)))
    L.append('UID:' + uid)
    L.append('SUMMARY:' + esc(spec['summary']))
    L.append('ORGANIZER;RSVP=TRUE;CN=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s' % (qparam(org.name or org.email), org.email))
    if m == 'REPLY':
        r = spec['replier']
        L.append('ATTENDEE;RSVP=TRUE;CN=%s;PARTSTAT=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (
            qparam(r.name or r.email), spec.get('partstat', 'ACCEPTED'), r.email))
    else:
        for p in attendees_for_ics(spec):
            L.append('ATTENDEE;RSVP=TRUE;CN=%s;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:%s' % (
                qparam(p.name or p.email), p.email))
    if spec.get('rrule'):
        L.append('RRULE:' + spec['rrule'])
    L += times(spec, 'tzid')
    if m == 'CANCEL':
        L.append('STATUS:CANCELLED')
    L.append('TRANSP:OPAQUE')
    L.append('X-MOZ-SEND-INVITATIONS:TRUE')
    L.append('X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE')
    if spec.get('location'):
        L.append('LOCATION:' + esc(spec['location']))
    if desc:
        L.append('DESCRIPTION:' + esc(desc))
    L += extra_props(spec)
    L.append('SEQUENCE:%d' % spec.get('sequence', 0))
    L.append('X-MOZ-GENERATION:%d' % (spec.get('sequence', 0) + 1))
    L += alarms(spec, 'moz')
    L += ['END:' + comp(spec), 'END:VCALENDAR']
    ics = fold_all(L)
    y = spec['arrival'].year
    ver, gecko = tb_version(y)
    if m == 'REPLY':
        r = spec['replier']
        txt = '%s: %s\n%s\n' % (ui(lang, {'ACCEPTED': 'acc', 'DECLINED': 'dec', 'TENTATIVE': 'tent'}[spec.get('partstat', 'ACCEPTED')]),
                                r.name or r.email, spec['summary'])
    else:
        txt = plain_generic(spec)
    cs = pick_charset(spec, rng, 0.25 if y < 2020 else 0.05, [txt])
    frm = spec['replier'] if m == 'REPLY' else spec['from']
    to = [spec['org']] if m == 'REPLY' else (spec.get('to') or [spec['rcpt']])
    bnd = lambda: '------------' + rand_token(rng, 24, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') if y >= 2020 else \
        '------------' + rand_hex(rng, 24, True)
    parts = [text_leaf(txt, 'text/plain', cs, cte_for(cs, rng, '8bit' if not cs.lower().startswith('iso-2022') else None))]
    if y >= 2020:
        parts.append(text_leaf('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>%s</body></html>\n' % text_to_html(txt),
                               'text/html', 'UTF-8', '8bit'))
    parts.append(Leaf([('Content-Type', 'text/calendar; method=%s; charset=UTF-8' % m),
                       ('Content-Transfer-Encoding', '8bit' if not is_ascii(ics) else '7bit')],
                      encode_body(ics, 'utf-8', '8bit')))
    alt = Multi('alternative', bnd(), parts)
    att = Leaf([('Content-Type', 'application/ics; name="invite.ics"'), ('Content-Disposition', 'attachment; filename="invite.ics"'),
                ('Content-Transfer-Encoding', 'base64')], __import__('mime').b64lines(ics.replace('\n', '\r\n').encode('utf-8')).encode('ascii'))
    root = Multi('mixed', bnd(), [alt, att], preamble='This is a multi-part message in MIME format.')
    hcs = hdr_cs(spec, rng, cs)
    os_ = rng.choice(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15', 'X11; Ubuntu; Linux x86_64'])
    headers = [('Message-ID', '<%s@%s>' % (rand_uuid(rng), frm.domain)), ('Date', rfc2822_date(sm(spec), utc_offset(spec['tz'], sm(spec)))),
               ('MIME-Version', '1.0'),
               ('User-Agent', 'Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s' % (os_, gecko, ver)
                if y < 2023 or rng.random() < 0.5 else 'Mozilla Thunderbird'),
               ('Content-Language', {'en': 'en-US', 'zh': 'zh-CN'}.get(lang, lang)),
               ('To', addr_list(to, hcs)), ('From', addr(frm, hcs))]
    if spec.get('reply_to'):
        headers.append(('Reply-To', addr(spec['reply_to'], hcs)))
    headers.append(('Subject', hdr(subject_for(spec), hcs)))
    return headers, root


# =============================================================== ZOOM
def render_zoom(spec, rng):
    lang = spec['lang']
    org = spec['org']
    wid = '%d %04d %04d' % (rng.randint(810, 999), rng.randint(0, 9999), rng.randint(0, 9999))
    spec.setdefault('conf', {'kind': 'zoom'})
    if spec['conf'].get('kind') != 'zoom':
        spec['conf']['kind'] = 'zoom'
    join = spec['conf'].get('url') or 'https://us%02dweb.zoom.us/w/%s?tk=%s' % (rng.randint(2, 6), wid.replace(' ', ''), rand_token(rng, 43))
    spec['conf']['url'] = join
    webinar = spec.get('zoom_webinar', rng.random() < 0.7)
    kind = 'webinar' if webinar else 'meeting'
    desc = spec.get('description') or ''
    ics_desc = ('Hi %s,\n\nThank you for registering for "%s".\n\n%s\n\nPlease submit any questions to: %s\n\n'
                'Date Time: %s\n\nJoin from PC, Mac, iPad, or Android: %s\n\nPasscode: %d\n\nMeeting ID: %s\n' % (
                    spec['rcpt'].name.split(' ')[0] if spec['rcpt'].name else 'there', spec['summary'], desc,
                    spec.get('reply_to', org).email, when_str(spec), join, rng.randint(100000, 999999), wid))
    L = ['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
         'CLASS:PUBLIC']
    if needs_vtz(spec, 'tzid'):
        L += vtimezone(spec['tz'], 'olson')
    L += ['BEGIN:VEVENT', 'DTSTAMP:' + d_utc(sm(spec))] + times(spec, 'tzid') + [
        'SUMMARY:' + esc(spec['summary']), 'UID:' + d_utc(sm(spec)) + '-' + wid.replace(' ', '') + '@zoom.us',
        'TZID:' + spec['tz'], 'DESCRIPTION:' + esc(ics_desc), 'LOCATION:' + esc(spec.get('location') or join)]
    L += extra_props(spec)
    L += alarms(spec, 'other') or ['BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    ics = fold_all(L)
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Helvetica,Arial,sans-serif;color:#232333"><table width="100%%"><tr><td>'
            '<img src="https://st1.zoom.us/static/6.3.0/image/new/ZoomLogo.png" alt="Zoom" width="90"></td></tr>'
            '<tr><td><p>Hi %s,</p><p>Thank you for registering for %s.</p><p>%s</p>'
            '<p><b>Date &amp; Time</b><br>%s</p><p><a href="%s" style="background:#0e72ed;color:#fff;padding:10px 18px;'
            'border-radius:8px;text-decoration:none">Join %s</a></p><p>Add to: <a href="https://us06web.zoom.us/webinar/tZ%s/ics?user_id=%s">Outlook Calendar (.ics)</a></p>'
            '<p>You can cancel your registration at any time.</p></td></tr></table>'
            '<p style="font-size:11px;color:#747487">Copyright &copy;%d Zoom Communications, Inc. All rights reserved.</p></body></html>\n'
            % (htmlmod.escape(spec['rcpt'].name or ''), htmlmod.escape(spec['summary']), text_to_html(desc),
               htmlmod.escape(when_str(spec)), join, kind, rand_token(rng, 26), rand_token(rng, 20), spec['arrival'].year))
    b1 = '----=_Part_%d_%d.%d' % (rng.randint(10000, 9999999), rng.randint(10000000, 2100000000), rng.randint(1600000000000, 1790000000000))
    alt_b = b1.replace('Part_', 'Part_1')
    ptxt = ('Hi %s,\n\nThank you for registering for %s.\n\n%s\n\nDate & Time: %s\n\nJoin from PC, Mac, iPad, or Android:\n%s\n\n'
            'Please submit any questions to: %s\n\nYou can cancel your registration at any time.\n\n'
            'Copyright (c)%d Zoom Communications, Inc. All rights reserved.\n' % (
                spec['rcpt'].name or 'there', spec['summary'], desc, when_str(spec), join,
                (spec.get('reply_to') or org).email, spec['arrival'].year))
    alt = Multi('alternative', alt_b, [text_leaf(ptxt, 'text/plain', 'UTF-8', 'quoted-printable'),
                                       text_leaf(html, 'text/html', 'UTF-8', 'quoted-printable')])
    cal = text_leaf(ics, 'text/calendar', 'UTF-8', 'base64', ct_params='; method=PUBLISH; name=iCalendar.ics',
                    extra=[('Content-Disposition', 'attachment; filename=iCalendar.ics')])
    root = Multi('mixed', b1, [alt, cal])
    subj = spec.get('subject') or '%s Confirmation' % spec['summary']
    headers = [('Date', rfc2822_date(sm(spec))), ('From', 'Zoom <no-reply@zoom.us>'),
               ('Reply-To', addr(spec.get('reply_to') or org)), ('To', addr(spec['rcpt'])),
               ('Message-ID', '<%s.%d.%d@zoom.us>' % (rand_token(rng, 22), rng.randint(100, 999), int((sm(spec) - dt.datetime(1970, 1, 1)).total_seconds()))),
               ('Subject', hdr(subj)), ('MIME-Version', '1.0')]
    return headers, root


# =============================================================== NEXTCLOUD
def render_nextcloud(spec, rng):
    lang = spec['lang']
    org = spec['org']
    m = spec.get('method', 'REQUEST')
    uid = spec.get('uid') or rand_uuid(rng)
    spec['uid'] = uid
    y = spec['arrival'].year
    ver = {2016: '1.5.0', 2017: '1.5.7', 2018: '1.6.4', 2019: '1.7.1', 2020: '2.0.4', 2021: '2.3.4', 2022: '3.5.2',
           2023: '4.4.4', 2024: '4.7.6', 2025: '5.2.1', 2026: '6.0.2'}[y]
    desc = full_desc(spec, 'nextcloud')
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:-//IDN nextcloud.com//Calendar app %s//EN' % ver,
         'METHOD:' + m]
    if needs_vtz(spec, 'tzid'):
        L += vtimezone(spec['tz'], 'olson')
    L += ['BEGIN:' + comp(spec), 'CREATED:' + d_utc(sm(spec) - dt.timedelta(minutes=rng.randint(1, 90))),
          'DTSTAMP:' + d_utc(sm(spec)), 'LAST-MODIFIED:' + d_utc(sm(spec)), 'SEQUENCE:%d' % spec.get('sequence', 0),
          'UID:' + uid] + times(spec, 'tzid')
    if spec.get('rrule'):
        L.append('RRULE:' + spec['rrule'])
    L += ['STATUS:' + ('CANCELLED' if m == 'CANCEL' else 'CONFIRMED'), 'SUMMARY:' + esc(spec['summary'])]
    if spec.get('location'):
        L.append('LOCATION:' + esc(spec['location']))
    if desc:
        L.append('DESCRIPTION:' + esc(desc))
    L.append('ORGANIZER;CN=%s:mailto:%s' % (qparam(org.name or org.email), org.email))
    if m == 'REPLY':
        r = spec['replier']
        L.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;PARTSTAT=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (
            qparam(r.name or r.email), spec.get('partstat', 'ACCEPTED'), r.email))
    else:
        for p in attendees_for_ics(spec):
            L.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE;LANGUAGE=%s;SCHEDULE-STATUS=1.1:mailto:%s'
                     % (qparam(p.name or p.email), lang, p.email))
    L += extra_props(spec)
    L += alarms(spec, 'other')
    L += ['END:' + comp(spec), 'END:VCALENDAR']
    ics = fold_all(L)
    inst = spec.get('nc_host') or 'cloud.' + org.domain
    lines = ['%s: %s' % (ui(lang, 'inv'), spec['summary']), '',
             '%s %s %s' % (org.name or org.email, ui(lang, 'invited'), '"%s"' % spec['summary']), '',
             '%s: %s' % (ui(lang, 'when'), when_str(spec))]
    if spec.get('location'):
        lines.append('%s: %s' % (ui(lang, 'where'), spec['location']))
    lines.append('%s: %s' % (ui(lang, 'org'), org.email))
    if desc:
        lines += ['', desc]
    if m == 'REQUEST':
        lines += ['', '%s: https://%s/index.php/apps/dav/invitation/accept/%s' % (ui(lang, 'yes'), inst, rand_hex(rng, 60)),
                  '%s: https://%s/index.php/apps/dav/invitation/decline/%s' % (ui(lang, 'no'), inst, rand_hex(rng, 60)),
                  '%s: https://%s/index.php/apps/dav/invitation/options/%s' % (ui(lang, 'more'), inst, rand_hex(rng, 60))]
    lines += ['', '--', 'Nextcloud - %s' % rng.choice(['a safe home for all your data', 'ein sicherer Ort für all Deine Daten']
                                                  if lang != 'en' else ['a safe home for all your data'])]
    txt = '\n'.join(lines) + '\n'
    html = '<!DOCTYPE html><html><head><meta charset="UTF-8"><title>%s</title></head><body>%s</body></html>\n' % (
        htmlmod.escape(spec['summary']), text_to_html(txt))
    b1 = rand_token(rng, 8)
    alt = Multi('alternative', rand_token(rng, 8), [text_leaf(txt, 'text/plain', 'utf-8', 'quoted-printable'),
                                                    text_leaf(html, 'text/html', 'utf-8', 'quoted-printable')])
    cal = text_leaf(ics, 'text/calendar', 'utf-8', 'quoted-printable' if y >= 2023 else 'base64',
                    ct_params='; method=%s; name=event.ics' % m,
                    extra=[('Content-Disposition', 'attachment; name=event.ics; filename=event.ics')] if y >= 2023 else None)
    root = Multi('mixed', b1, [alt, cal])
    frm_disp = spec.get('nc_from') or spec['from']
    frm = spec['replier'] if m == 'REPLY' else frm_disp
    headers = [('Message-ID', '<%s@%s>' % (rand_hex(rng, 32), inst)), ('Date', rfc2822_date(sm(spec))),
               ('Subject', hdr(subject_for(spec))), ('From', addr(frm)),
               ('Reply-To', addr(spec.get('reply_to') or org)),
               ('To', addr(spec['org'] if m == 'REPLY' else spec['rcpt'])), ('MIME-Version', '1.0')]
    if y >= 2022:
        headers.append(('X-Mailer', 'Nextcloud'))
    headers.append(('Auto-Submitted', 'auto-generated'))
    return headers, root


# =============================================================== ZIMBRA
def render_zimbra(spec, rng):
    lang = spec['lang']
    org = spec['org']
    m = spec.get('method', 'REQUEST')
    uid = spec.get('uid') or rand_uuid(rng)
    spec['uid'] = uid
    desc = full_desc(spec, 'zimbra')
    L = ['BEGIN:VCALENDAR', 'X-WR-CALNAME:' + ('Calendar' if lang == 'en' else 'Kalender' if lang == 'de' else 'Calendar'),
         'X-WR-CALID:%s:%d' % (rand_uuid(rng), rng.randint(2, 600)), 'PRODID:Zimbra-Calendar-Provider', 'VERSION:2.0',
         'METHOD:' + m]
    if needs_vtz(spec, 'tzid'):
        L += vtimezone(spec['tz'], 'zimbra')
    L += ['BEGIN:' + comp(spec), 'UID:' + uid, 'SUMMARY:' + esc(spec['summary'])]
    if spec.get('rrule'):
        L.append('RRULE:' + spec['rrule'])
    if m == 'REPLY':
        r = spec['replier']
        L.append('ATTENDEE;CN=%s;PARTSTAT=%s:mailto:%s' % (qparam(r.name or r.email), spec.get('partstat', 'ACCEPTED'), r.email))
    else:
        for p in attendees_for_ics(spec):
            L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (qparam(p.name or p.email), p.email))
    L.append('ORGANIZER;CN=%s:mailto:%s' % (qparam(org.name or org.email), org.email))
    if desc:
        L.append('DESCRIPTION:' + esc(desc))
    if spec.get('location'):
        L.append('LOCATION:' + esc(spec['location']))
    L += ['X-ALT-DESC;FMTTYPE=text/html:<html><body id=\'htmlmode\'>' + esc_loose(text_to_html(desc)) + '</body></html>'] \
        if (desc and not spec.get('x_alt_desc') and rng.random() < 0.5) else []
    L += extra_props(spec)
    L += ['PRIORITY:5', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % spec.get('sequence', 0),
          'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:' + ('TRUE' if spec.get('allday') else 'FALSE')]
    L += ['FBTYPE:BUSY', 'X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'STATUS:' + ('CANCELLED' if m == 'CANCEL' else 'CONFIRMED'),
          'CLASS:PUBLIC', 'TRANSP:OPAQUE'] + times(spec, 'tzid') + [
        'DTSTAMP:' + d_utc(sm(spec)), 'SEQUENCE:%d' % spec.get('sequence', 0)]
    L += alarms(spec, 'other')
    L += ['END:' + comp(spec), 'END:VCALENDAR']
    ics = fold_all(L)
    hdrline = {'REQUEST': 'The following is a new meeting request:', 'CANCEL': 'The following meeting has been cancelled:',
               'REPLY': 'The following meeting request has been %s:' % spec.get('partstat', 'ACCEPTED').lower()}[m]
    txt = '%s\n\nSubject: %s \nOrganizer: "%s" <%s> \n\nTime: %s\n%s \nInvitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s\n' % (
        hdrline, spec['summary'], org.name, org.email, when_str(spec),
        (' \nLocation: %s' % spec['location']) if spec.get('location') else '',
        '; '.join(p.email for p in attendees_for_ics(spec)[:30]), desc)
    html = '<html><body id=\'htmlmode\'><h3>%s</h3>\n<p>%s</p></body></html>\n' % (htmlmod.escape(hdrline), text_to_html(txt))
    b = '=_' + rand_uuid(rng)
    zcs = pick_charset(spec, rng, 0.2, [txt, html]).lower()
    root = Multi('alternative', b, [text_leaf(txt, 'text/plain', zcs, '7bit' if is_ascii(txt) else cte_for(zcs, rng, 'quoted-printable')),
                                    text_leaf(html, 'text/html', zcs, '7bit' if is_ascii(html) else cte_for(zcs, rng, 'quoted-printable')),
                                    text_leaf(ics, 'text/calendar', 'utf-8', '7bit' if is_ascii(ics) else 'quoted-printable',
                                              ct_params='; method=%s; name=meeting.ics' % m)])
    frm = spec['replier'] if m == 'REPLY' else spec['from']
    to = [spec['org']] if m == 'REPLY' else (spec.get('to') or [spec['rcpt']])
    zv = rng.choice(['8.8.15_GA_4508', '8.8.15_GA_4562', '9.0.0_GA_4546', '10.0.7_GA_4623', '8.8.12_GA_3794', '8.7.11_GA_1854'])
    zh = hdr_cs(spec, rng, zcs)
    headers = [('Date', rfc2822_date(sm(spec), utc_offset(spec['tz'], sm(spec)))), ('From', addr(frm, zh, quote_ascii=True)),
               ('To', addr_list(to, zh, quote_ascii=True))]
    if spec.get('reply_to'):
        headers.append(('Reply-To', addr(spec['reply_to'])))
    headers += [('Message-ID', '<%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(1000000, 999999999), rng.randint(1, 99999),
                                                                  int((sm(spec) - dt.datetime(1970, 1, 1)).total_seconds() * 1000), frm.domain)),
                ('Subject', hdr(subject_for(spec), zh)), ('MIME-Version', '1.0'),
                ('X-Mailer', 'Zimbra %s (ZimbraWebClient - FF%d (%s)/%s)' % (zv, rng.randint(90, 130), rng.choice(['Win', 'Linux', 'Mac']), zv)),
                ('Thread-Index', rand_token(rng, 28)), ('Thread-Topic', hdr(spec['summary']))]
    return headers, root


# =============================================================== YAHOO
def render_yahoo(spec, rng):
    lang = spec['lang']
    org = spec['org']
    m = spec.get('method', 'REQUEST')
    uid = spec.get('uid') or rand_hex(rng, 32) + '@yahoo.com'
    spec['uid'] = uid
    desc = full_desc(spec, 'yahoo')
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Yahoo! Inc.//Yahoo! Calendar//EN', 'METHOD:' + m]
    if needs_vtz(spec, 'tzid'):
        L += vtimezone(spec['tz'], 'olson')
    L += ['BEGIN:' + comp(spec), 'UID:' + uid, 'DTSTAMP:' + d_utc(sm(spec))] + times(spec, 'tzid')
    L += ['SUMMARY:' + esc(spec['summary'])]
    if desc:
        L.append('DESCRIPTION:' + esc(desc))
    if spec.get('location'):
        L.append('LOCATION:' + esc(spec['location']))
    if spec.get('rrule'):
        L.append('RRULE:' + spec['rrule'])
    L.append('ORGANIZER;CN=%s:mailto:%s' % (qparam(org.name or org.email), org.email))
    if m == 'REPLY':
        r = spec['replier']
        L.append('ATTENDEE;CN=%s;PARTSTAT=%s:mailto:%s' % (qparam(r.name or r.email), spec.get('partstat', 'ACCEPTED'), r.email))
    else:
        for p in attendees_for_ics(spec):
            L.append('ATTENDEE;CN=%s;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (qparam(p.name or p.email), p.email))
    L += ['SEQUENCE:%d' % spec.get('sequence', 0), 'STATUS:' + ('CANCELLED' if m == 'CANCEL' else 'CONFIRMED'),
          'TRANSP:OPAQUE', 'CLASS:PUBLIC', 'X-YAHOO-YID:' + org.local, 'X-YAHOO-USER-STATUS:BUSY',
          'X-YAHOO-EVENT-STATUS:BUSY']
    L += extra_props(spec)
    L += alarms(spec, 'other')
    L += ['END:' + comp(spec), 'END:VCALENDAR']
    ics = fold_all(L)
    txt = plain_generic(spec)
    html = '<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % (
        rand_hex(rng, 8), text_to_html(txt))
    b = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(100000000, 2100000000), rng.randint(1450000000000, 1790000000000))
    ycs = pick_charset(spec, rng, 0.15 if spec['from'].domain != 'yahoo.co.jp' else 0.6, [txt, html])
    root = Multi('alternative', b, [text_leaf(txt, 'text/plain', ycs, cte_for(ycs, rng, 'quoted-printable') if not is_ascii(txt) else '7bit'),
                                    text_leaf(html, 'text/html', ycs, cte_for(ycs, rng, 'quoted-printable') if not is_ascii(html) else '7bit'),
                                    text_leaf(ics, 'text/calendar', 'UTF-8', '7bit' if is_ascii(ics) else 'base64',
                                              ct_params='; method=%s' % m)])
    frm = spec['replier'] if m == 'REPLY' else spec['from']
    to = [spec['org']] if m == 'REPLY' else (spec.get('to') or [spec['rcpt']])
    headers = [('Date', rfc2822_date(sm(spec))), ('From', addr(frm)), ('Reply-To', addr(spec.get('reply_to') or frm)),
               ('To', addr_list(to)), ('Message-ID', '<%d.%d.%d@mail.yahoo.com>' % (rng.randint(100000000, 2100000000), rng.randint(1000000, 9999999),
                                                                                 int((sm(spec) - dt.datetime(1970, 1, 1)).total_seconds() * 1000))),
               ('Subject', hdr(subject_for(spec))), ('MIME-Version', '1.0'),
               ('X-Mailer', 'WebService/1.1.%d YMailNorrin' % rng.randint(20000, 23900))]
    return headers, root


# =============================================================== SOGo
def render_sogo(spec, rng):
    lang = spec['lang']
    org = spec['org']
    m = spec.get('method', 'REQUEST')
    uid = spec.get('uid') or '%s-%s-%s-%s' % (rand_hex(rng, 4, True), rand_hex(rng, 8, True), rng.randint(1, 9), rand_hex(rng, 8, True))
    spec['uid'] = uid
    ver = rng.choice(['4.3.2', '5.2.0', '5.8.0', '5.10.0', '5.11.2'])
    desc = full_desc(spec, 'sogo')
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Inverse inc./SOGo %s//EN' % ver, 'METHOD:' + m]
    if needs_vtz(spec, 'tzid'):
        L += vtimezone(spec['tz'], 'olson')
    L += ['BEGIN:' + comp(spec), 'UID:' + uid, 'SUMMARY:' + esc(spec['summary'])]
    if spec.get('location'):
        L.append('LOCATION:' + esc(spec['location']))
    L += ['CLASS:PUBLIC', 'X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:NO' if False else 'TRANSP:OPAQUE']
    L.append('ORGANIZER;CN=%s;SENT-BY="mailto:%s":mailto:%s' % (qparam(org.name or org.email), org.email, org.email)
             if rng.random() < 0.2 else 'ORGANIZER;CN=%s:mailto:%s' % (qparam(org.name or org.email), org.email))
    if m == 'REPLY':
        r = spec['replier']
        L.append('ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s' % (spec.get('partstat', 'ACCEPTED'), qparam(r.name or r.email), r.email))
    else:
        for p in attendees_for_ics(spec):
            L.append('ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CN=%s:mailto:%s' % (qparam(p.name or p.email), p.email))
    L += times(spec, 'tzid')
    if spec.get('rrule'):
        L.append('RRULE:' + spec['rrule'])
    if desc:
        L.append('DESCRIPTION:' + esc(desc))
    L += extra_props(spec)
    L += ['SEQUENCE:%d' % spec.get('sequence', 0), 'CREATED:' + d_utc(sm(spec) - dt.timedelta(minutes=5)),
          'DTSTAMP:' + d_utc(sm(spec)), 'LAST-MODIFIED:' + d_utc(sm(spec))]
    L += alarms(spec, 'other')
    L += ['END:' + comp(spec), 'END:VCALENDAR']
    ics = fold_all(L)
    txt = '%s %s "%s".\n\n%s: %s\n%s%s\n' % (org.name or org.email, ui(lang, 'invited'), spec['summary'], ui(lang, 'when'),
                                             when_str(spec), ('%s: %s\n' % (ui(lang, 'where'), spec['location'])) if spec.get('location') else '',
                                             ('\n' + desc) if desc else '')
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/></head><body><p>%s</p></body></html>\n' % text_to_html(txt)
    b = '----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------' % (rng.randint(1000, 99999), rng.randint(1500000000, 1790000000),
                                                                  rng.randint(100000, 999999), rng.randint(1, 9))
    alt = Multi('alternative', b.replace('NGMime-', 'NGMime-1'), [text_leaf(txt, 'text/plain', 'utf-8', 'quoted-printable'),
                                                                  text_leaf(html, 'text/html', 'utf-8', 'quoted-printable')])
    cal = text_leaf(ics, 'text/calendar', 'utf-8', 'quoted-printable', ct_params='; method=%s' % m)
    root = Multi('mixed', b, [alt, cal])
    frm = spec['replier'] if m == 'REPLY' else spec['from']
    headers = [('From', addr(frm)), ('To', addr(spec['org'] if m == 'REPLY' else spec['rcpt'])),
               ('Subject', hdr(subject_for(spec))), ('MIME-Version', '1.0'),
               ('Message-Id', '<%s-%s-%d-%s@%s>' % (rand_hex(rng, 4), rand_hex(rng, 8), rng.randint(1, 9), rand_hex(rng, 8), frm.domain)),
               ('Date', rfc2822_date(sm(spec), utc_offset(spec['tz'], sm(spec)))), ('X-Mailer', 'SOGoMail %s' % ver)]
    return headers, root


# =============================================================== BOOKING / NOTIFICATION SYSTEMS
def render_system(spec, rng):
    """airlines, hotel booking, doctors' schedulers, event platforms, schedulers, CRMs"""
    lang = spec['lang']
    org = spec['org']
    m = spec.get('method', 'PUBLISH')
    sysd = spec.get('system', {})
    uid = spec.get('uid') or sysd.get('uid') or '%s-%s@%s' % (rand_hex(rng, 16), rand_hex(rng, 6), spec['from'].domain)
    spec['uid'] = uid
    desc = full_desc(spec, 'system')
    prodid = sysd.get('prodid') or '-//%s//%s//EN' % (spec.get('brand', 'Booking'), rng.choice(['Reservation', 'Booking 2.0', 'Calendar Export', 'NONSGML Event']))
    mode = sysd.get('timemode', rng.choice(['utc', 'tzid', 'tzid']))
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:' + prodid]
    if not spec.get('quirks') or 'no_method' not in spec['quirks']:
        L.append('METHOD:' + m)
    if rng.random() < 0.4:
        L.append('X-WR-CALNAME:' + esc(spec.get('brand', 'Booking')))
    if needs_vtz(spec, mode) and mode != 'floating':
        L += vtimezone(spec['tz'], 'olson' if rng.random() < 0.6 else 'apple')
    evs = [dict(summary=spec['summary'], start=spec['start'], end=spec['end'], description=desc,
                location=spec.get('location', ''))] + spec.get('extra_events', [])
    for i, ev in enumerate(evs):
        L += ['BEGIN:' + comp(spec), 'UID:' + (uid if i == 0 else uid.replace('@', '-%d@' % i)), 'DTSTAMP:' + d_utc(sm(spec))]
        L += times(spec, mode, ev['start'], ev['end'])
        L.append('SUMMARY:' + esc(ev['summary']))
        if ev.get('description'):
            L.append('DESCRIPTION:' + esc(ev['description']))
        if ev.get('location'):
            L.append('LOCATION:' + esc(ev['location']))
        if m == 'REQUEST' or sysd.get('organizer'):
            L.append('ORGANIZER;CN=%s:mailto:%s' % (qparam(org.name or org.email), org.email))
        if m in ('REQUEST', 'CANCEL') or sysd.get('attendee'):
            for p in attendees_for_ics(spec):
                L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=%s:mailto:%s' % (
                    qparam(p.name or p.email), 'NEEDS-ACTION' if m == 'REQUEST' else 'ACCEPTED',
                    'TRUE' if m == 'REQUEST' else 'FALSE', p.email))
        if i == 0:
            L += extra_props(spec)
            if spec.get('rrule'):
                L.append('RRULE:' + spec['rrule'])
        L += ['STATUS:' + ('CANCELLED' if m == 'CANCEL' else 'CONFIRMED'), 'SEQUENCE:%d' % spec.get('sequence', 0)]
        if i == 0:
            L += alarms(spec, 'other')
        L.append('END:' + comp(spec))
    L.append('END:VCALENDAR')
    fm = 'none' if 'nofold' in spec.get('quirks', ()) else 'std'
    ics = fold_all(L, mode=fm)
    txt = spec.get('body_text') or plain_generic(spec, with_org=False)
    html = spec.get('body_html') or ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
                                     '<title>%s</title></head><body style="margin:0;background:#f4f4f4"><table role="presentation" width="100%%" '
                                     'cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#fff;'
                                     'font-family:Arial,sans-serif;font-size:14px;line-height:20px"><tr><td style="padding:24px">'
                                     '<h2 style="margin:0 0 12px">%s</h2>%s</td></tr></table></td></tr></table></body></html>\n'
                                     % (htmlmod.escape(spec['summary']), htmlmod.escape(spec.get('brand', '')), text_to_html(txt)))
    cs = pick_charset(spec, rng, 0.15, [txt, html])
    bstyle = rng.choice(['hex', 'part', 'eq'])

    def bnd():
        if bstyle == 'hex':
            return rand_hex(rng, 28)
        if bstyle == 'part':
            return '----=_Part_%d_%d.%d' % (rng.randint(1000, 999999), rng.randint(1000000, 2100000000), rng.randint(1450000000000, 1790000000000))
        return '=-' + rand_token(rng, 22) + '=='
    alt = Multi('alternative', bnd(), [text_leaf(txt, 'text/plain', cs, cte_for(cs, rng)),
                                       text_leaf(html, 'text/html', cs, cte_for(cs, rng))])
    fname = sysd.get('filename') or rng.choice(['booking.ics', 'appointment.ics', 'event.ics', 'calendar.ics', 'add-to-calendar.ics', 'reservation.ics'])
    style = sysd.get('ics_style') or rng.choice(['attach-textcal', 'attach-appics', 'inline'])
    if style == 'inline':
        alt.parts.append(text_leaf(ics, 'text/calendar', 'utf-8', rng.choice(['base64', '7bit' if is_ascii(ics) else '8bit']),
                                   ct_params='; method=%s' % m))
        root = alt
    else:
        ct = 'text/calendar; charset=utf-8; method=%s; name="%s"' % (m, fname) if style == 'attach-textcal' else \
            'application/ics; name="%s"' % fname
        att = Leaf([('Content-Type', ct), ('Content-Disposition', 'attachment; filename="%s"' % fname),
                    ('Content-Transfer-Encoding', 'base64')],
                   __import__('mime').b64lines(ics.replace('\n', '\r\n').encode('utf-8')).encode('ascii'))
        root = Multi('mixed', bnd(), [alt, att])
    frm = spec['from']
    headers = [('From', addr(frm)), ('To', addr(spec['rcpt'])), ('Subject', hdr(spec.get('subject') or spec['summary'])),
               ('Date', rfc2822_date(sm(spec))), ('Message-ID', '<%s@%s>' % (
                   rand_hex(rng, 24) + '.' + rand_hex(rng, 8), sysd.get('msgid_host') or rng.choice(['mail.' + frm.domain, frm.domain, 'smtp-relay.' + frm.domain]))),
               ('MIME-Version', '1.0')]
    if spec.get('reply_to'):
        headers.insert(1, ('Reply-To', addr(spec['reply_to'])))
    esp = spec.get('esp')
    if esp == 'sendgrid.net':
        headers.append(('X-SG-EID', rand_token(rng, 64)))
    elif esp == 'mailgun.org':
        headers.append(('X-Mailgun-Sid', rand_token(rng, 40)))
    elif esp == 'amazonses.com':
        headers.append(('Feedback-ID', '1.eu-west-1.%s=:AmazonSES' % rand_token(rng, 44)))
    elif esp in ('mcsv.net', 'mandrillapp.com'):
        headers.append(('X-Mandrill-User', 'md_%d' % rng.randint(10000000, 99999999)))
    if sysd.get('unsub', rng.random() < 0.5):
        headers.append(('List-Unsubscribe', '<https://%s/unsubscribe/%s>, <mailto:unsubscribe@%s?subject=%s>' % (
            frm.domain, rand_token(rng, 32), frm.domain, rand_token(rng, 12))))
        headers.append(('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'))
    if sysd.get('xmailer'):
        headers.append(('X-Mailer', sysd['xmailer']))
    return headers, root


# =============================================================== HAND-ROLLED GENERATORS
HANDROLLED_PRODIDS = [
    '-//hacksw/handcal//NONSGML v1.0//EN', '-//ABC Corporation//NONSGML My Product//EN',
    '-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN', '-//ical.marudot.com//iCal Event Maker',
    '-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN', '-//Plone.org//NONSGML plone.app.event//EN',
    '-//python-icalendar//NONSGML v5.0//EN', 'icalendar-ruby', '-//Company//Event//EN', 'PHPMailer',
    '-//My Calendar//EN', '-//Sabre//Sabre VObject 4.1.6//EN', '-//Spatie//iCalendar Generator//EN',
    '-//ics.py - http://git.io/lLljaA//EN', '-//Apple Inc.//Mac OS X 10.9.5//EN', '-//Events Calendar//v1.0//EN',
    '-//Moodle Pty Ltd//NONSGML Moodle Version 2022041900//EN', '-//WordPress - ECPv6.2.8//NONSGML v1.0//EN',
    '-//Odoo//NONSGML Odoo 16.0//EN', '-//SuiteCRM//SuiteCRM Calendar//EN', '-//ZContent.net//Zap Calendar 1.0//EN',
    '-//eluceo/ical//2.0/EN', '-//Redmine//iCal//EN', '-//Jenkins Schedule//EN', '-//Google Inc//Google Calendar 70.9054//EN',
]


def render_handrolled(spec, rng):
    lang = spec['lang']
    org = spec['org']
    q = spec.setdefault('quirks', set())
    m = spec.get('method', 'REQUEST')
    uid = spec.get('uid') or rng.choice([rand_uuid(rng), rand_hex(rng, 32) + '@' + spec['from'].domain,
                                         '%d@%s' % (rng.randint(1000, 99999999), spec['from'].domain), rand_token(rng, 16)])
    spec['uid'] = uid
    desc = full_desc(spec, 'handrolled')
    prodid = spec.get('prodid') or rng.choice(HANDROLLED_PRODIDS)
    mode = rng.choice(['utc', 'tzid', 'floating', 'utc'])
    L = ['BEGIN:VCALENDAR']
    pre = ['VERSION:2.0', 'PRODID:' + prodid]
    if rng.random() < 0.3:
        pre.reverse()
    L += pre
    if rng.random() < 0.3:
        L.append('CALSCALE:GREGORIAN')
    ics_method = m
    if 'method_mismatch' in q:
        ics_method = {'REQUEST': 'PUBLISH', 'PUBLISH': 'REQUEST'}.get(m, 'PUBLISH')
    if 'no_method' not in q:
        L.append('METHOD:' + ics_method)
    if needs_vtz(spec, mode) and 'no_vtimezone' not in q:
        L += vtimezone(spec['tz'], rng.choice(['olson', 'apple', 'outlook']))
        if L[-2].startswith('END:') and False:
            pass
    e = esc if 'loose_escape' not in q else esc_loose
    evs = [dict(summary=spec['summary'], start=spec['start'], end=spec['end'], description=desc,
                location=spec.get('location', ''))] + spec.get('extra_events', [])
    for i, ev in enumerate(evs):
        L.append('BEGIN:' + comp(spec))
        props = []
        props += times(spec, mode if not ('no_vtimezone' in q and mode == 'tzid') else 'tzid', ev['start'], ev['end'])
        if 'no_dtstamp' not in q:
            props.append('DTSTAMP:' + d_utc(sm(spec)))
        props.append('UID:' + (uid if i == 0 else '%s-%d' % (uid, i)))
        props.append('SUMMARY:' + e(ev['summary']))
        if ev.get('description'):
            props.append('DESCRIPTION:' + e(ev['description']))
        if ev.get('location'):
            props.append('LOCATION:' + e(ev['location']))
        if 'no_organizer' not in q:
            props.append('ORGANIZER;CN=%s:mailto:%s' % (qparam(org.name or org.email), org.email) if rng.random() < 0.8
                         else 'ORGANIZER:mailto:' + org.email)
        if m == 'REPLY':
            r = spec['replier']
            props.append('ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s' % (spec.get('partstat', 'ACCEPTED'), qparam(r.name or r.email), r.email))
        else:
            for p in attendees_for_ics(spec):
                props.append(rng.choice(['ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (qparam(p.name or p.email), p.email),
                                         'ATTENDEE;RSVP=TRUE:mailto:%s' % p.email,
                                         'ATTENDEE;CN=%s:MAILTO:%s' % (qparam(p.name or p.email), p.email)]))
        if i == 0:
            props += extra_props(spec)
            if spec.get('rrule'):
                props.append('RRULE:' + spec['rrule'])
            props += alarms(spec, 'other')
        if rng.random() < 0.5:
            props.append('STATUS:' + ('CANCELLED' if m == 'CANCEL' else 'CONFIRMED'))
        if rng.random() < 0.5:
            props.append('SEQUENCE:%d' % spec.get('sequence', 0))
        if rng.random() < 0.3:
            props.append('PRIORITY:%d' % rng.choice([0, 1, 5]))
        L += props
        L.append('END:' + comp(spec))
    L.append('END:VCALENDAR')
    fm = 'none' if 'nofold' in q else ('tab' if 'tabfold' in q else 'std')
    ics = fold_all(L, mode=fm)
    bare_lf = 'bare_lf' in q
    layout = spec.get('layout') or rng.choice(['phpmailer', 'python', 'dotnet', 'java', 'single', 'phpmailer-mixed'])
    spec['layout'] = layout
    ct_method = m if 'no_method' not in q else None
    cal_ct_params = ('; method=%s' % ct_method) if ct_method and 'no_method_param' not in q else ''
    txt = spec.get('body_text') or plain_generic(spec)
    html_body = spec.get('body_html') or '<html><body>%s</body></html>\n' % text_to_html(txt)
    cs = spec.get('body_charset') or pick_charset(spec, rng, 0.5, [txt, html_body])
    hcs = hdr_cs(spec, rng, cs)
    cal_cte = 'base64' if bare_lf else rng.choice(['7bit' if is_ascii(ics) else '8bit', 'base64', 'quoted-printable'])
    cal_cs = spec.get('cal_charset') or 'utf-8'
    if not can_encode(ics, cal_cs):
        cal_cs = 'utf-8'
    def cal_leaf(name=None, disp=False):
        extra = []
        if disp:
            extra.append(('Content-Disposition', 'attachment; filename="%s"' % (name or 'invite.ics')))
        params = cal_ct_params + ('; name="%s"' % name if name else '')
        return text_leaf(ics, 'text/calendar', cal_cs, cal_cte, ct_params=params, extra=extra, crlf_in_b64=not bare_lf)
    if layout == 'single':
        root = cal_leaf()
    elif layout == 'phpmailer':
        b = 'b1_' + rand_token(rng, 32) if rng.random() < 0.5 else 'b1=_' + rand_token(rng, 40)
        parts = [text_leaf(txt, 'text/plain', cs, cte_for(cs, rng)), text_leaf(html_body, 'text/html', cs, cte_for(cs, rng)), cal_leaf()]
        if 'html_only' in q:
            parts = parts[1:]
        root = Multi('alternative', b, parts, preamble='This is a multi-part message in MIME format.')
    elif layout == 'phpmailer-mixed':
        b = 'b1_' + rand_token(rng, 32)
        b2 = 'b2_' + rand_token(rng, 32)
        alt = Multi('alternative', b2, [text_leaf(txt, 'text/plain', cs, cte_for(cs, rng)),
                                        text_leaf(html_body, 'text/html', cs, cte_for(cs, rng))])
        root = Multi('mixed', b, [alt, cal_leaf(rng.choice(['invite.ics', 'event.ics', 'meeting.ics', 'calendar.ics']), True)],
                     preamble='This is a multi-part message in MIME format.')
    elif layout == 'python':
        b = '===============%019d==' % rng.randint(10 ** 18, 10 ** 19 - 1)
        parts = [text_leaf(html_body if 'html_only' in q else txt, 'text/html' if 'html_only' in q else 'text/plain', cs, cte_for(cs, rng, 'base64' if rng.random() < 0.5 else None)),
                 cal_leaf('invite.ics', rng.random() < 0.6)]
        root = Multi('mixed', b, parts)
    elif layout == 'dotnet':
        b = '--boundary_%d_%s' % (rng.randint(0, 3), rand_uuid(rng))
        parts = [text_leaf(txt, 'text/plain', cs, cte_for(cs, rng, 'quoted-printable')),
                 text_leaf(html_body, 'text/html', cs, cte_for(cs, rng, 'quoted-printable')), cal_leaf()]
        root = Multi('alternative', b, parts)
    else:
        b = '----=_Part_%d_%d.%d' % (rng.randint(0, 99), rng.randint(100000, 2100000000), rng.randint(1450000000000, 1790000000000))
        parts = [text_leaf(html_body, 'text/html', cs, cte_for(cs, rng)), cal_leaf()]
        root = Multi('mixed', b, parts)
    frm = spec['replier'] if m == 'REPLY' else spec['from']
    to = [spec['org']] if m == 'REPLY' else (spec.get('to') or [spec['rcpt']])
    subj = spec.get('subject') or subject_for(spec)
    hn = spec['from'].domain
    headers = [('Date', rfc2822_date(sm(spec), rng.choice([0, 60, 120, -300, 180, 480, 330, 420]))),
               ('To', addr_list(to, hcs)), ('From', addr(frm, hcs)), ('Subject', hdr(subj, hcs)),
               ('Message-ID', '<%s@%s>' % (rand_token(rng, 32) if layout.startswith('php') else rand_uuid(rng), hn))]
    if spec.get('reply_to'):
        headers.insert(3, ('Reply-To', addr(spec['reply_to'], hcs)))
    if spec.get('bcc_style'):
        headers[1] = ('To', 'undisclosed-recipients:;' if rng.random() < 0.5 else addr(frm))
    xm = spec.get('xmailer')
    if xm is None:
        xm = {'phpmailer': 'PHPMailer %s (https://github.com/PHPMailer/PHPMailer)' % rng.choice(['6.8.1', '6.9.1', '6.5.0', '5.2.28']),
              'phpmailer-mixed': 'PHPMailer %s (https://github.com/PHPMailer/PHPMailer)' % rng.choice(['6.8.1', '6.1.6']),
              'python': None, 'dotnet': None, 'java': None, 'single': rng.choice([None, 'Microsoft Outlook 16.0', 'Mail::Sender'])}[layout]
    if xm:
        headers.append(('X-Mailer', xm))
    headers.append(('MIME-Version', '1.0'))
    if 'no_mime_version' in q:
        headers.pop()
    return headers, root


# =============================================================== MAILING LIST COPY
def render_list(spec, rng):
    inner = spec.get('list_inner') or rng.choice(['google', 'outlook', 'thunderbird', 'apple', 'zimbra', 'handrolled'])
    spec['list_inner'] = inner
    lst = spec['list']
    headers, root = RENDERERS[inner](spec, rng)
    tag = '[%s] ' % lst.get('tag', lst['name'])
    out = []
    munge = lst.get('munge')
    for n, v in headers:
        if n in ('Sender',) or (n == 'Reply-To' and munge):
            continue
        if n == 'Subject':
            v = hdr(tag + subject_for(spec, 'google' if inner == 'google' else 'plain') if not spec.get('subject') else tag + spec['subject'])
        if n == 'From' and munge:
            orig = spec['from']
            v = '%s <%s>' % (hdr('%s via %s' % (orig.name or orig.local, lst['name'])), lst['addr'])
            out.append(('Reply-To', addr(orig)))
        if n == 'To' and inner == 'google':
            v = lst['addr']
        out.append((n, v))
    out += [('X-BeenThere', lst['addr']), ('X-Mailman-Version', rng.choice(['2.1.39', '3.3.9', '2.1.29'])),
            ('Precedence', 'list'), ('List-Id', '%s <%s>' % (hdr(lst.get('title', lst['name'])), lst['addr'].replace('@', '.'))),
            ('List-Unsubscribe', '<https://%s/mailman/options/%s>,\n <mailto:%s-request@%s?subject=unsubscribe>' % (
                lst['host'], lst['name'], lst['name'], lst['domain'])),
            ('List-Archive', '<https://%s/pipermail/%s/>' % (lst['host'], lst['name'])),
            ('List-Post', '<mailto:%s>' % lst['addr']),
            ('List-Help', '<mailto:%s-request@%s?subject=help>' % (lst['name'], lst['domain'])),
            ('Errors-To', '%s-bounces+%s=%s@%s' % (lst['name'], spec['rcpt'].local, spec['rcpt'].domain, lst['domain'])),
            ('Sender', '"%s" <%s-bounces+%s=%s@%s>' % (lst['name'], lst['name'], spec['rcpt'].local, spec['rcpt'].domain, lst['domain']))]
    footer = '_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n' % (
        lst.get('title', lst['name']), lst['addr'], lst['host'], lst['name'])
    fleaf = text_leaf(footer, 'text/plain', 'us-ascii', '7bit', extra=[('Content-Disposition', 'inline')])
    if isinstance(root, Multi) and root.subtype == 'mixed':
        root.parts.append(fleaf)
    else:
        root = Multi('mixed', '===============%019d==' % rng.randint(10 ** 18, 10 ** 19 - 1), [root, fleaf])
    return out, root


RENDERERS = {
    'google': render_google, 'outlook': render_outlook, 'apple': render_apple, 'thunderbird': render_thunderbird,
    'zoom': render_zoom, 'nextcloud': render_nextcloud, 'zimbra': render_zimbra, 'yahoo': render_yahoo,
    'sogo': render_sogo, 'system': render_system, 'handrolled': render_handrolled, 'list': render_list,
}
