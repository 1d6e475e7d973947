# -*- coding: utf-8 -*-
"""Renderers reproducing the MIME layout and iCalendar style of real calendar clients.

Each renderer takes a message spec `m` and a random generator and returns (header_lines, body_bytes)."""
import datetime as dt
from email.utils import format_datetime

from h25util import (header_enc, addr, body_part, multipart, html_escape, text_to_html, uid4, hexs, alnum, b64r,
                     can_encode, local_to_utc, utc_offset, TZ, UTC)
from bp import BP, CONTENT_LANG, LEGACY, fmt_when
import ics

# ----------------------------------------------------------------- helpers

def _date(m):
    off = utc_offset(m['tz'], m['date'])
    return format_datetime(m['date'].astimezone(dt.timezone(off)))


def _is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def pick_charset(m, rng, p_legacy):
    lang = m['lang']
    cs = m.get('charset')
    if cs:
        return cs
    cs = 'utf-8'
    if lang != 'en':
        p_legacy = min(0.9, p_legacy * 2.2)
    if rng.random() < p_legacy:
        ev = m['events'][0]
        sample = ' '.join(x for x in [m.get('text') or '', m.get('subject') or '', ev.get('summary') or '',
                                      ev.get('desc') or '', ev.get('loc') or '', m['frm'][0] or ''] +
                          [a.get('name') or '' for a in (ev.get('attendees') or [])[:12]] +
                          [n or '' for n, a in m['to']])
        cands = list(LEGACY[lang])
        rng.shuffle(cands)
        for c in cands:
            if can_encode(sample, c) and can_encode(describe(m, BP[lang]), c):
                cs = c
                break
    m['charset'] = cs
    return cs


def text_leaf(ctype_main, text, cs, cte, extra_params='', extra_headers=()):
    if not can_encode(text, cs):
        cs = 'utf-8'
    if cs == 'us-ascii' and not _is_ascii(text):
        cs = 'utf-8'
    if cte in ('7bit',) and not _is_ascii(text) and cs.lower() != 'iso-2022-jp':
        cte = 'quoted-printable'
    if cs.lower() == 'iso-2022-jp' and cte in ('8bit', 'quoted-printable'):
        cte = '7bit'
    hdrs = ['Content-Type: %s; charset="%s"%s' % (ctype_main, cs, extra_params)] + list(extra_headers)
    return body_part(hdrs, text, cs, cte)


def cal_leaf(ical, method_param, cs='utf-8', cte='base64', name=None, disp=None, ctype='text/calendar',
             quote_cs=True, lf_inside=False):
    p = ''
    if cs:
        p += '; charset=%s' % (('"%s"' % cs) if quote_cs else cs)
    if method_param:
        p += '; method=%s' % method_param
    if name:
        p += '; name="%s"' % name
    hdrs = ['Content-Type: %s%s' % (ctype, p)]
    if disp:
        hdrs.append(disp)
    if not can_encode(ical, cs or 'utf-8'):
        cs = 'utf-8'
    if cte in ('7bit',) and not _is_ascii(ical):
        cte = '8bit'
    return body_part(hdrs, ical, cs or 'utf-8', cte, lf_inside=lf_inside)


def method_param(m):
    q = m.get('quirks', set())
    mp = m.get('method')
    if 'method-mismatch' in q:
        mp = {'REQUEST': 'PUBLISH', 'PUBLISH': 'REQUEST', None: 'REQUEST'}.get(mp, 'REQUEST')
    if 'no-method-param' in q:
        return None
    return mp


def to_header(m, cs='utf-8'):
    return ', '.join(addr(n, a, cs) for n, a in m['to'])


def ev0(m):
    return m['events'][0]


def when_str(m, style='google'):
    ev = ev0(m)
    tzl = m.get('tzlabel') or ev['tz'].split('/')[-1].replace('_', ' ')
    return fmt_when(m['lang'], ev['start'], ev.get('end') or ev['start'], tzl, ev.get('allday'), style)


def _subject(m, key):
    if m.get('subject'):
        return m['subject']
    bp = BP[m['lang']]
    return '%s: %s' % (bp[key], ev0(m).get('summary', ''))


def kind_key(m):
    meth = m.get('method')
    if meth == 'CANCEL':
        return 'can'
    if ev0(m).get('seq', 0) > 0:
        return 'upd'
    return 'inv'


def reply_key(m):
    ps = ev0(m)['attendees'][0].get('partstat', 'ACCEPTED')
    return {'ACCEPTED': 'acc', 'DECLINED': 'dec', 'TENTATIVE': 'ten'}.get(ps, 'acc')


def describe(m, bp, with_desc=True):
    """Generic plain-text rendering of the first event."""
    ev = ev0(m)
    L = [ev.get('summary', '')]
    L.append('%s: %s' % (bp['when'], when_str(m, 'plain')))
    if ev.get('loc'):
        L.append('%s: %s' % (bp['where'], ev['loc']))
    if ev.get('organizer'):
        on, oa = ev['organizer']
        L.append('%s: %s' % (bp['org'], ('%s <%s>' % (on, oa)) if on else oa))
    att = ev.get('attendees') or []
    if att:
        shown = att[:12]
        L.append('%s: %s' % (bp['who'], ', '.join((a.get('name') or a['addr']) for a in shown) +
                             (' …' if len(att) > 12 else '')))
    if with_desc and m.get('text'):
        L += ['', m['text']]
    return '\n'.join(L)


# ----------------------------------------------------------------- Google Calendar
def _google_x(ev, m):
    out = []
    if ev.get('gmeet'):
        out.append(('X-GOOGLE-CONFERENCE', 'X-GOOGLE-CONFERENCE:' + ev['gmeet']))
    out.append(('X-MICROSOFT-CDO-OWNERAPPTID', 'X-MICROSOFT-CDO-OWNERAPPTID:%d' % ev.get('ownerapptid', -123456789)))
    return out


GOOGLE_PROF = dict(head=['PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
                         'METHOD'],
                   dt='utc', tzstyle='olson-lic', att='google', xprops=_google_x, empty_desc=True, empty_loc=True,
                   order=['DTSTART', 'DTEND', 'RRULE', 'EXDATE', 'DTSTAMP', 'ORGANIZER', 'UID', 'ATTENDEE',
                          'RECURRENCE-ID', 'X-GOOGLE-CONFERENCE', 'X-MICROSOFT-CDO-OWNERAPPTID', 'CREATED',
                          'DESCRIPTION', 'LAST-MODIFIED', 'LOCATION', 'SEQUENCE', 'STATUS', 'SUMMARY', 'TRANSP'],
                   alarm_style='plain')


def render_google(m, rng):
    bp = BP[m['lang']]
    ev = ev0(m)
    lang = m['lang']
    for e in m['events']:
        e['uid'] = e.get('uid') or alnum(rng, 26) + '@google.com'
        if e.get('rrule'):
            e['dtmode'] = 'tzid'
        e.setdefault('ownerapptid', -rng.randint(100000000, 2147483647))
    if ev.get('gmeet') and ev.get('desc') is not None and 'meet-desc-done' not in m:
        m['meet-desc-done'] = True
        ev['desc'] = (ev.get('desc') or '') + ('\n\n' if ev.get('desc') else '') + ics.GOOGLE_SEP + \
            '\nJoin with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n' % ev['gmeet'] + ics.GOOGLE_SEP
    rcpt = m['to'][0][1]
    meth = m.get('method') or 'REQUEST'
    if meth == 'REPLY':
        subj = m.get('subject') or '%s: %s @ %s (%s)' % (bp[reply_key(m)], ev['summary'], when_str(m), ev['organizer'][1])
    else:
        subj = m.get('subject') or '%s: %s @ %s (%s)' % (bp[kind_key(m)], ev['summary'], when_str(m), rcpt)
    eid = b64r(rng, 60).replace('+', '').replace('/', '')
    link = 'https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=1' % (
        eid[:44], b64r(rng, 52).replace('+', '').replace('/', ''), ev['tz'].replace('/', '%2F'), CONTENT_LANG[lang][:2])
    T = []
    if meth == 'REPLY':
        a = ev['attendees'][0]
        T.append('%s: %s' % (bp[reply_key(m)], a.get('name') or a['addr']))
        T.append('')
    T.append(ev.get('summary', ''))
    T.append('%s: %s' % (bp['when'], when_str(m)))
    if ev.get('gmeet'):
        T.append('')
        T.append('%s: %s' % (bp['join'], ev['gmeet']))
    if ev.get('loc'):
        T.append('%s: %s' % (bp['where'], ev['loc']))
    T.append('')
    T.append('%s' % bp['who'] + ':')
    if ev.get('organizer'):
        T.append('%s - %s' % (ev['organizer'][0] or ev['organizer'][1], bp['org'].lower()))
    for a in (ev.get('attendees') or [])[:20]:
        if ev.get('organizer') and a['addr'] == ev['organizer'][1]:
            continue
        T.append(a.get('name') or a['addr'])
    if len(ev.get('attendees') or []) > 20:
        T.append('…')
    T.append('%s: %s' % (bp['view'], link))
    if m.get('text'):
        T += ['', m['text']]
    T.append('')
    if meth in ('REQUEST',):
        T.append('%s %s: %s&rst=1 - %s: %s&rst=2 - %s: %s&rst=3' % (bp['going'], bp['yes'], link, bp['no'],
                                                                   link, bp['maybe'], link))
        T.append('%s: %s' % (bp['more'], link))
        T.append('')
    T.append('Invitation from Google Calendar: https://calendar.google.com/calendar/')
    T.append('')
    T.append('You are receiving this email because you are an attendee on the event. To stop receiving future '
             'updates for this event, decline this event.')
    T.append('')
    T.append('Forwarding this invitation could allow any recipient to send a response to the organizer, be added '
             'to the guest list, invite others regardless of their own invitation status, or modify your RSVP. '
             'Learn more https://support.google.com/calendar/answer/37135#forwarding')
    text = '\n'.join(T)
    html = '<span itemscope itemtype="http://schema.org/InformAction"><meta itemprop="name" content="View event">' \
           '<span itemprop="object" itemscope itemtype="http://schema.org/Event"><meta itemprop="eventStatus" ' \
           'content="http://schema.org/EventScheduled">' \
           '</span></span><div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%%;">' \
           '<tr><td><div style="padding:2px"><h2 class="primary-text" style="font-size:14px">%s</h2>' \
           '<table><tr><th>%s</th><td>%s</td></tr>%s</table><div>%s</div>' \
           '<p><a href="%s">%s</a></p></div></td></tr></table></div>' % (
               html_escape(ev.get('summary', '')), html_escape(bp['when']), html_escape(when_str(m)),
               ('<tr><th>%s</th><td>%s</td></tr>' % (html_escape(bp['where']), html_escape(ev['loc']))) if ev.get('loc') else '',
               text_to_html(m.get('text') or ''), html_escape(link), html_escape(bp['view']))
    ical = ics.compose(m, GOOGLE_PROF)
    b1 = '000000000000' + hexs(rng, 16)
    b2 = b1[:-4] + hexs(rng, 4)
    calcte = '7bit' if _is_ascii(ical) else 'base64'
    ptext = text_leaf('text/plain', text, 'UTF-8', '7bit' if _is_ascii(text) else 'base64', '; format=flowed; delsp=yes')
    phtml = text_leaf('text/html', html, 'UTF-8', 'quoted-printable')
    pcal = cal_leaf(ical, method_param(m), 'UTF-8', calcte)
    alt = multipart(['Content-Type: multipart/alternative; boundary="%s"' % b2], [ptext, phtml, pcal], b2)
    parts = [alt]
    if 'no-attachment' not in m.get('quirks', set()):
        parts.append(cal_leaf(ical, None, None, 'base64', name='invite.ics', ctype='application/ics',
                              disp='Content-Disposition: attachment; filename="invite.ics"'))
    body = multipart([], parts, b1)
    fn, fa = m['frm']
    H = ['MIME-Version: 1.0']
    H.append('Reply-To: %s' % addr(fn, fa))
    H.append('Sender: Google Calendar <calendar-notification@google.com>')
    H.append('Auto-Submitted: auto-generated')
    H.append('Message-ID: <000000000000%s@google.com>' % hexs(rng, 16))
    H.append('Date: %s' % format_datetime(m['date'].astimezone(UTC)).replace('-0000', '+0000'))
    H.append('Subject: %s' % header_enc(subj))
    H.append('From: %s' % addr(fn, fa))
    H.append('To: %s' % to_header(m))
    H.append('Content-Type: multipart/mixed; boundary="%s"' % b1)
    return H, body


# ----------------------------------------------------------------- Outlook / Exchange
def _outlook_x(ev, m):
    out = []
    allday = 'TRUE' if ev.get('allday') else 'FALSE'
    out.append(('X-MICROSOFT-CDO-APPT-SEQUENCE', 'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % ev.get('seq', 0)))
    out.append(('X-MICROSOFT-CDO-OWNERAPPTID', 'X-MICROSOFT-CDO-OWNERAPPTID:%d' % ev.get('ownerapptid', 2117000000)))
    busy = 'FREE' if m.get('method') == 'CANCEL' else 'TENTATIVE'
    out.append(('X-MICROSOFT-CDO-BUSYSTATUS', 'X-MICROSOFT-CDO-BUSYSTATUS:' + busy))
    out.append(('X-MICROSOFT-CDO-INTENDEDSTATUS', 'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if ev.get('transp') == 'TRANSPARENT' else 'BUSY')))
    out.append(('X-MICROSOFT-CDO-ALLDAYEVENT', 'X-MICROSOFT-CDO-ALLDAYEVENT:' + allday))
    out.append(('X-MICROSOFT-CDO-IMPORTANCE', 'X-MICROSOFT-CDO-IMPORTANCE:%d' % ev.get('importance', 1)))
    out.append(('X-MICROSOFT-CDO-INSTTYPE', 'X-MICROSOFT-CDO-INSTTYPE:%d' % (1 if ev.get('rrule') else 0)))
    if ev.get('teams'):
        out.append(('X-MICROSOFT-SKYPETEAMSMEETINGURL', 'X-MICROSOFT-SKYPETEAMSMEETINGURL:' + ev['teams']))
        out.append(('X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL', 'X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/%s/%s/19_meeting_%s@thread.v2/0' % (uid4(_R), uid4(_R), b64r(_R, 40).replace('+', '').replace('/', ''))))
        out.append(('X-MICROSOFT-SKYPETEAMSPROPERTIES', 'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % b64r(_R, 40).replace('+', '').replace('/', '')))
        out.append(('X-MICROSOFT-ONLINEMEETINGCONFLINK', 'X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s' % (m['frm'][1], b64r(_R, 30).replace('+', '').replace('/', ''), hexs(_R, 32), hexs(_R, 32))))
    out.append(('X-MICROSOFT-DONOTFORWARDMEETING', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE'))
    out.append(('X-MICROSOFT-DISALLOW-COUNTER', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE'))
    if m.get('outlook_variant') in ('exo', 'olcom'):
        out.append(('X-MICROSOFT-REQUESTEDATTENDANCEMODE', 'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT'))
        out.append(('X-MICROSOFT-ISRESPONSEREQUESTED', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE'))
        if ev.get('loc'):
            out.append(('X-MICROSOFT-LOCATIONS', 'X-MICROSOFT-LOCATIONS:[{"DisplayName":"%s"\\,"LocationAnnotation":""\\,"LocationSource":0\\,"Unresolved":false\\,"LocationUri":""}]' % ev['loc'].replace('"', "'").replace(',', ' ').replace(';', ' ')))
    if m.get('outlook_variant') == 'desktop':
        out.append(('X-MS-OLK-AUTOFILLLOCATION', 'X-MS-OLK-AUTOFILLLOCATION:FALSE'))
        out.append(('X-MS-OLK-CONFTYPE', 'X-MS-OLK-CONFTYPE:%d' % (2 if ev.get('teams') else 0)))
        if m.get('olk_sender'):
            out.append(('X-MS-OLK-SENDER', 'X-MS-OLK-SENDER;CN=%s:mailto:%s' % m['olk_sender']))
    return out


_R = None


def outlook_prof(m):
    v = m.get('outlook_variant', 'exo')
    year = m['date'].year
    if v == 'desktop':
        ver = '16.0' if year >= 2016 else '15.0'
        head = ['PRODID:-//Microsoft Corporation//Outlook %s MIMEDIR//EN' % ver, 'VERSION:2.0', 'METHOD',
                'X-MS-OLK-FORCEINSPECTOROPEN:TRUE']
        order = 'alpha'
    else:
        prod = 'Microsoft Exchange Server 2010' if v in ('exo', 'olcom') else 'Microsoft Exchange Server 2010'
        head = ['METHOD', 'PRODID:%s' % prod, 'VERSION:2.0']
        order = ['ORGANIZER', 'ATTENDEE', 'DESCRIPTION', 'RRULE', 'EXDATE', 'UID', 'RECURRENCE-ID', 'SUMMARY',
                 'DTSTART', 'DTEND', 'CLASS', 'PRIORITY', 'DTSTAMP', 'TRANSP', 'STATUS', 'SEQUENCE', 'LOCATION']
    lang = CONTENT_LANG[m['lang']]
    return dict(head=head, dt='tzid', tzstyle='windows', att='outlook', xprops=_outlook_x, order=order,
                lang_param=lang, cls='PUBLIC', priority=5, created=(v == 'desktop'), lastmod=(v == 'desktop'),
                alarm_style='outlook', default_alarms=[{'trigger': '-PT15M', 'desc': 'REMINDER'}])


def render_outlook(m, rng):
    global _R
    _R = rng
    v = m.get('outlook_variant', 'exo')
    bp = BP[m['lang']]
    ev = ev0(m)
    for e in m['events']:
        e['uid'] = e.get('uid') or '040000008200E00074C5B7101A82E00800000000%s%s' % (hexs(rng, 16, True), hexs(rng, 56, True))
        e.setdefault('ownerapptid', rng.randint(-2147483647, 2147483647))
    meth = m.get('method') or 'REQUEST'
    if meth == 'REPLY':
        subj = m.get('subject') or '%s: %s' % (bp[reply_key(m)], ev['summary'])
    elif meth == 'CANCEL':
        subj = m.get('subject') or '%s: %s' % ({'en': 'Canceled', 'de': 'Abgesagt', 'fr': 'Annulé', 'es': 'Cancelado', 'it': 'Annullato', 'pt': 'Cancelado', 'nl': 'Geannuleerd', 'pl': 'Anulowane', 'ru': 'Отменено', 'el': 'Ακυρώθηκε', 'ar': 'تم الإلغاء', 'he': 'בוטל', 'zh': '已取消', 'zt': '已取消', 'ja': 'キャンセル済み', 'ko': '취소됨', 'hi': 'रद्द किया गया', 'th': 'ยกเลิกแล้ว', 'tr': 'İptal edildi'}[m['lang']], ev['summary'])
    else:
        subj = m.get('subject') or ev.get('summary', '')
    text = m.get('text') or ''
    if m.get('fwd_note'):
        text = m['fwd_note'] + '\n\n' + text
    if ev.get('teams'):
        text += ('\n\n' if text else '') + '_' * 80 + '\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting<%s>\nMeeting ID: %d %03d %03d %03d\nPasscode: %s\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n' % (
            ev['teams'], rng.randint(100, 999), rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 999), alnum(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789')) + '_' * 80
    if ev.get('desc') is None:
        ev['desc'] = text.replace('\r\n', '\n')
    if v == 'desktop' and 'x_alt_desc' not in ev:
        ev['x_alt_desc'] = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" CONTENT="MS Exchange Server version 16.0.%d.20000">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n%s\n</BODY>\n</HTML>' % (rng.randint(14000, 17900), text_to_html(text).replace('<p>', '<P DIR=LTR><SPAN LANG="%s"><FONT FACE="Calibri">' % CONTENT_LANG[m['lang']]).replace('</p>', '</FONT></SPAN></P>'))
    cs = pick_charset(m, rng, 0.45 if v in ('desktop', 'onprem') else 0.2)
    html = '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\r\n</head>\r\n<body>\r\n<div dir="%s">%s</div>\r\n</body>\r\n</html>' % (
        cs, 'rtl' if m['lang'] in ('ar', 'he') else 'ltr', text_to_html(text))
    ical = ics.compose(m, outlook_prof(m))
    pcte = rng.choice(['base64', 'quoted-printable'])
    ptext = text_leaf('text/plain', text or ' ', cs, pcte)
    phtml = text_leaf('text/html', html, cs, pcte)
    pcal = cal_leaf(ical, method_param(m), 'utf-8', 'base64')
    if v in ('exo', 'olcom'):
        bnd = '_000_%s%s_' % (m.get('exo_box', 'AM0PR05MB%d' % rng.randint(1000, 9999)), hexs(rng, 24, True))
    else:
        bnd = '_000_%s%s_' % (hexs(rng, 8, True), hexs(rng, 24, True)) if v == 'onprem' else '----=_NextPart_000_%s_%s.%s' % (hexs(rng, 4, True), hexs(rng, 4, True), hexs(rng, 8, True))
    body = multipart([], [ptext, phtml, pcal], bnd)
    fn, fa = m['frm']
    H = []
    H.append('From: %s' % addr(fn, fa, cs))
    H.append('To: %s' % to_header(m, cs))
    if m.get('cc'):
        H.append('CC: %s' % ', '.join(addr(n, a, cs) for n, a in m['cc']))
    H.append('Subject: %s' % header_enc(subj, cs))
    if v != 'desktop':
        H.append('Thread-Topic: %s' % header_enc(ev.get('summary', subj), cs))
    H.append('Thread-Index: %s' % (('AQH' + b64r(rng, 25) + '==') if v != 'desktop' else ('AdZ' + b64r(rng, 17) + '==')))
    H.append('Date: %s' % _date(m))
    if v in ('exo', 'olcom'):
        box = m.get('exo_box', 'AM0PR05MB%d' % rng.randint(1000, 9999))
        dom = m.get('exo_dom', 'eurprd05.prod.outlook.com')
        H.append('Message-ID: <%s%s@%s.%s>' % (box, hexs(rng, 28, True), box, dom))
    elif v == 'onprem':
        H.append('Message-ID: <%s@%s>' % (hexs(rng, 32, True), m.get('exch_srv', 'EXCH01.corp.local')))
    else:
        H.append('Message-ID: <00%s$%s$%s@%s>' % (hexs(rng, 6), hexs(rng, 8), hexs(rng, 8), m['frm'][1].split('@')[1]))
    if v != 'desktop':
        H.append('Accept-Language: %s, en-US' % CONTENT_LANG[m['lang']] if m['lang'] != 'en' else 'Accept-Language: en-US')
    H.append('Content-Language: %s' % CONTENT_LANG[m['lang']])
    if v == 'desktop':
        H.append('X-Mailer: Microsoft Outlook 16.0')
    else:
        H.append('X-MS-Has-Attach:')
        H.append('X-MS-TNEF-Correlator:')
    if v in ('exo', 'olcom'):
        H.append('X-MS-Exchange-Organization-SCL: -1' if False else 'x-ms-publictraffictype: Email')
        H.append('x-ms-traffictypediagnostic: %s:EE_|%s:EE_MeetingMessage' % (m.get('exo_box', 'AM0PR05MB1234'), 'DB9PR05MB%d' % rng.randint(1000, 9999)))
    H.append('Content-Type: multipart/alternative; boundary="%s"' % bnd if v != 'desktop' else 'Content-Type: multipart/alternative;\r\n\tboundary="%s"' % bnd)
    H.append('MIME-Version: 1.0')
    if v in ('exo', 'olcom'):
        H.append('X-MS-Exchange-CrossTenant-OriginalArrivalTime: %s' % m['date'].strftime('%d %b %Y %H:%M:%S.') + '%04dZ' % rng.randint(0, 9999))
        H.append('X-MS-Exchange-CrossTenant-fromentityheader: Hosted')
        H.append('X-MS-Exchange-CrossTenant-id: %s' % m.get('tenant_id', uid4(rng)))
        H.append('X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s' % m.get('exo_box', 'AM0PR05MB1234'))
    return H, body


# ----------------------------------------------------------------- Apple
def apple_prof(m):
    v = m.get('apple_variant', 'mac')
    y = m['date'].year
    macver = {2016: '10.11.6', 2017: '10.12.6', 2018: '10.13.6', 2019: '10.14.6', 2020: '10.15.7', 2021: '11.6',
              2022: '12.6', 2023: '13.5', 2024: '14.4.1', 2025: '15.3', 2026: '26.1'}.get(y, '14.4.1')
    if v == 'icloud':
        head = ['VERSION:2.0', 'PRODID:-//CALENDARSERVER.ORG//NONSGML Version 1//EN', 'METHOD']
    elif v == 'ios':
        iosv = {2016: '10.1', 2017: '11.1', 2018: '12.1', 2019: '13.2', 2020: '14.2', 2021: '15.1', 2022: '16.1',
                2023: '17.1', 2024: '17.4', 2025: '18.3', 2026: '26.1'}.get(y, '17.4')
        head = ['METHOD', 'VERSION:2.0', 'PRODID:-//Apple Inc.//iOS %s//EN' % iosv, 'CALSCALE:GREGORIAN']
    else:
        head = ['METHOD', 'VERSION:2.0', 'PRODID:-//Apple Inc.//Mac OS X %s//EN' % macver if y < 2021 else 'PRODID:-//Apple Inc.//macOS %s//EN' % macver, 'CALSCALE:GREGORIAN']

    def xp(ev, m):
        out = [('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR', 'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC')]
        if ev.get('apple_loc'):
            out.append(('X-APPLE-STRUCTURED-LOCATION', ev['apple_loc']))
        return out
    return dict(head=head, dt='tzid', tzstyle='olson', att='apple', xprops=xp, order='alpha', url_value=True,
                alarm_style='apple')


def render_apple(m, rng):
    v = m.get('apple_variant', 'mac')
    bp = BP[m['lang']]
    ev = ev0(m)
    for e in m['events']:
        e['uid'] = e.get('uid') or uid4(rng, upper=True)
        if e.get('alarms') is None and v != 'icloud' and rng.random() < 0.5:
            u = uid4(rng, upper=True)
            e['alarms'] = [{'trigger': '-PT%dM' % rng.choice([5, 10, 15, 30]), 'desc': 'Reminder', 'uid': u}]
    meth = m.get('method') or 'REQUEST'
    if meth == 'REPLY':
        subj = m.get('subject') or '%s: %s' % (bp[reply_key(m)], ev['summary'])
    else:
        subj = _subject(m, kind_key(m))
    text = describe(m, bp)
    ical = ics.compose(m, apple_prof(m))
    fn, fa = m['frm']
    dom = fa.split('@')[1]
    if v == 'icloud':
        cs = 'utf-8'
        b1 = 'Apple-Webmail-%s' % uid4(rng, True)
        b2 = 'Apple-Webmail-%s' % uid4(rng, True)
        html = '<html><body style="font-family:-apple-system,Helvetica"><h3>%s</h3><p>%s</p>%s</body></html>' % (
            html_escape(ev['summary']), html_escape(when_str(m, 'plain')), text_to_html(m.get('text') or ''))
        alt = multipart(['Content-Type: multipart/alternative; boundary="%s"' % b2],
                        [text_leaf('text/plain', text, cs, 'quoted-printable'),
                         text_leaf('text/html', html, cs, 'quoted-printable')], b2)
        stamp = local_to_utc(ev['tz'], ev['start']).strftime('%Y%m%d-%H%M%S') if not ev.get('allday') else ev['start'].strftime('%Y%m%d-000000')
        calp = cal_leaf(ical, method_param(m), 'utf-8', 'base64', name='iCal-%s.ics' % stamp,
                        disp='Content-Disposition: attachment; filename="iCal-%s.ics"' % stamp, quote_cs=False)
        body = multipart([], [alt, calp], b1)
        H = ['From: %s' % addr(fn, fa), 'To: %s' % to_header(m), 'Subject: %s' % header_enc(subj),
             'Date: %s' % _date(m), 'Message-ID: <%s@icloud.com>' % uid4(rng).upper().replace('-', '')[:24].lower(),
             'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="%s"' % b1]
        if m.get('reply_to'):
            H.insert(1, 'Reply-To: %s' % addr(*m['reply_to']))
        return H, body
    # Mail.app / iOS Mail
    cs = 'utf-8'
    if m['lang'] == 'ja' and rng.random() < 0.4:
        cs = 'iso-2022-jp'
    b = 'Apple-Mail=_%s' % uid4(rng, True)
    mailver = rng.choice(['3696.120.41.1.1', '3731.700.6', '3774.500.171.1.1', '3776.700.51', '3826.400.131.1.6'])
    tp = text_leaf('text/plain', text, cs, '7bit' if cs == 'iso-2022-jp' else 'quoted-printable')
    calp = cal_leaf(ical, method_param(m), 'utf-8', 'quoted-printable', name='invite.ics',
                    disp='Content-Disposition: attachment;\r\n\tfilename=invite.ics', quote_cs=False)
    body = multipart([], [tp, calp], b)
    H = ['From: %s' % addr(fn, fa, cs),
         'Content-Type: multipart/mixed;\r\n\tboundary="%s"' % b,
         'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(%s\\))' % mailver if v == 'mac' else 'Mime-Version: 1.0 (1.0)',
         'Subject: %s' % header_enc(subj, cs),
         'Date: %s' % _date(m),
         'Message-Id: <%s@%s>' % (uid4(rng, True), dom),
         'To: %s' % to_header(m, cs)]
    H.append('X-Mailer: Apple Mail (2.%s)' % mailver if v == 'mac' else 'X-Mailer: iPhone Mail (21E%d)' % rng.randint(200, 260))
    return H, body


# ----------------------------------------------------------------- Thunderbird / Lightning
def _moz_x(ev, m):
    return [('X-MOZ-SEND-INVITATIONS', 'X-MOZ-SEND-INVITATIONS:TRUE'),
            ('X-MOZ-SEND-INVITATIONS-UNDISCLOSED', 'X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE')] + (
        [('X-MOZ-GENERATION', 'X-MOZ-GENERATION:%d' % (ev.get('seq', 0) + 1))] if ev.get('seq') else [])


MOZ_PROF = dict(head=['PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', 'VERSION:2.0', 'METHOD'],
                dt='tzid', tzstyle='olson-lic', att='moz', xprops=_moz_x,
                order=['CREATED', 'LAST-MODIFIED', 'DTSTAMP', 'UID', 'SUMMARY', 'ORGANIZER', 'ATTENDEE', 'RRULE',
                       'DTSTART', 'DTEND', 'STATUS', 'DESCRIPTION', 'LOCATION', 'URL', 'SEQUENCE', 'TRANSP'],
                transp=True, alarm_style='plain')


def render_thunderbird(m, rng):
    bp = BP[m['lang']]
    ev = ev0(m)
    for e in m['events']:
        e['uid'] = e.get('uid') or uid4(rng)
        if 'status' not in e:
            e['status'] = None
    y = m['date'].year
    tbv = {2016: '45.5.1', 2017: '52.5.0', 2018: '60.3.0', 2019: '68.2.2', 2020: '78.5.0', 2021: '91.3.0',
           2022: '102.5.0', 2023: '115.4.1', 2024: '115.10.1', 2025: '128.6.0', 2026: '140.4.0'}.get(y, '115.8.0')
    meth = m.get('method') or 'REQUEST'
    if meth == 'REPLY':
        subj = m.get('subject') or '%s: %s' % (bp[reply_key(m)], ev['summary'])
    else:
        subj = _subject(m, kind_key(m))
    cs = pick_charset(m, rng, 0.35 if y < 2020 else 0.15)
    text = describe(m, bp)
    ical = ics.compose(m, MOZ_PROF)
    b = '------------%s' % alnum(rng, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    b2 = '------------%s' % alnum(rng, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    tcte = '7bit' if _is_ascii(text) else ('8bit' if cs.lower() != 'iso-2022-jp' else '7bit')
    tp = text_leaf('text/plain', text, cs, tcte, '; format=flowed')
    calp = cal_leaf(ical, method_param(m), 'UTF-8', '7bit' if _is_ascii(ical) else '8bit', quote_cs=False)
    alt = multipart(['Content-Type: multipart/alternative; boundary="%s"' % b2], [tp, calp], b2)
    att = cal_leaf(ical, None, None, 'base64', name='invite.ics', ctype='application/ics',
                   disp='Content-Disposition: attachment; filename="invite.ics"')
    body = multipart([], [alt, att], b, preamble='This is a multi-part message in MIME format.')
    fn, fa = m['frm']
    dom = fa.split('@')[1]
    plat = rng.choice(['X11; Linux x86_64', 'Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10.15'])
    H = ['Message-ID: <%s@%s>' % (uid4(rng), dom), 'Date: %s' % _date(m), 'MIME-Version: 1.0',
         'User-Agent: Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s' % (plat, tbv.split('.')[0] + '.0', tbv)]
    if y >= 2020:
        H.append('Content-Language: %s' % CONTENT_LANG[m['lang']])
    H += ['To: %s' % to_header(m, cs), 'From: %s' % addr(fn, fa, cs), 'Subject: %s' % header_enc(subj, cs),
          'Content-Type: multipart/mixed;\r\n boundary="%s"' % b]
    if m.get('reply_to'):
        H.insert(4, 'Reply-To: %s' % addr(*m['reply_to']))
    return H, body


# ----------------------------------------------------------------- Zoom
ZOOM_PROF = dict(head=['PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD',
                       'CLASS:PUBLIC'],
                 dt='tzid', tzstyle='olson', att='plain', created=False, lastmod=False, transp=False,
                 order=['DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'UID', 'TZID', 'DESCRIPTION', 'LOCATION',
                        'ORGANIZER', 'ATTENDEE', 'SEQUENCE', 'STATUS'],
                 default_alarms=[{'trigger': '-PT10M', 'desc': 'Reminder'}])


def render_zoom(m, rng):
    ev = ev0(m)
    for e in m['events']:
        e['uid'] = e.get('uid') or 'ZOOM%d' % rng.randint(10 ** 9, 10 ** 11 - 1)
        e['extra'] = e.get('extra', []) + ['TZID:' + e['tz']]
        e['status'] = None
    host = m.get('zoom_host') or m['frm'][0]
    subj = m.get('subject') or '%s %s' % (ev['summary'], 'Confirmation')
    rn = m['to'][0][0] or m['to'][0][1].split('@')[0]
    rt = m.get('reply_to', m['frm'])
    if not (ev.get('loc') or '').startswith('http') and not m.get('zoom_nolink'):
        ev['loc'] = 'https://us0%dweb.zoom.us/w/%d?tk=%s' % (rng.choice([2, 4, 5, 6]), rng.randint(10 ** 10, 10 ** 11), alnum(rng, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'))
    text = 'Hi %s,\n\nThank you for registering for "%s".\n\nPlease submit any questions to: %s\n\nDate Time: %s\n\nJoin from PC, Mac, iPad, or Android: %s\n\n%s\n\nYou can cancel your registration at any time.' % (
        rn, ev['summary'], rt[1], when_str(m, 'plain'), ev.get('loc') or '', m.get('text') or '')
    for e in m['events']:
        e['attendees'] = None
        e['organizer'] = None
        if not e.get('desc'):
            e['desc'] = text
    ical = ics.compose(m, ZOOM_PROF)
    b1 = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999), int(m['date'].timestamp() * 1000))
    b2 = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999), int(m['date'].timestamp() * 1000) + 1)
    html = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><table width="100%%"><tr><td>%s</td></tr></table></body></html>' % text_to_html(text)
    alt = multipart(['Content-Type: multipart/alternative; boundary="%s"' % b2],
                    [text_leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                     text_leaf('text/html', html, 'UTF-8', 'quoted-printable')], b2)
    calp = cal_leaf(ical, method_param(m), 'UTF-8', 'base64', name='iCal-%s.ics' % ev['start'].strftime('%Y%m%d-%H%M%S'),
                    disp='Content-Disposition: attachment; filename="iCal-%s.ics"' % ev['start'].strftime('%Y%m%d-%H%M%S'))
    body = multipart([], [alt, calp], b1)
    H = ['Date: %s' % format_datetime(m['date'].astimezone(UTC)).replace('-0000', '+0000'),
         'From: %s' % addr(host, 'no-reply@zoom.us'),
         'Reply-To: %s' % addr(*m.get('reply_to', m['frm'])),
         'To: %s' % to_header(m),
         'Message-ID: <%s.%s@zoom.us>' % (uid4(rng).replace('-', '')[:20], alnum(rng, 8)),
         'Subject: %s' % header_enc(subj),
         'MIME-Version: 1.0',
         'Content-Type: multipart/mixed; boundary="%s"' % b1,
         'X-Zoom-Mail-Type: %s' % rng.choice(['webinar_registration', 'meeting_registration'])]
    return H, body


# ----------------------------------------------------------------- Nextcloud (Sabre)
SABRE_PROF = dict(head=['VERSION:2.0', 'PRODID:-//Sabre//Sabre VObject 4.5.4//EN', 'CALSCALE:GREGORIAN', 'METHOD'],
                  dt='tzid', tzstyle='olson', att='sabre',
                  order=['CREATED', 'DTSTAMP', 'LAST-MODIFIED', 'SEQUENCE', 'UID', 'DTSTART', 'DTEND', 'STATUS',
                         'SUMMARY', 'LOCATION', 'DESCRIPTION', 'ATTENDEE', 'ORGANIZER', 'RRULE'], transp=False)


def render_nextcloud(m, rng):
    bp = BP[m['lang']]
    ev = ev0(m)
    for e in m['events']:
        e['uid'] = e.get('uid') or uid4(rng)
        for a in e.get('attendees') or []:
            a.setdefault('language', m['lang'])
    host = m.get('cloud_host') or 'cloud.' + m['frm'][1].split('@')[1]
    subj = _subject(m, kind_key(m))
    text = describe(m, bp)
    tok = alnum(rng, 60, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    if m.get('method') == 'REQUEST':
        text += '\n\n%s: https://%s/index.php/apps/dav/invitation/accept/%s\n%s: https://%s/index.php/apps/dav/invitation/decline/%s\n%s: https://%s/index.php/apps/dav/invitation/options/%s' % (
            bp['yes'], host, tok, bp['no'], host, tok, bp['more'], host, tok)
    ical = ics.compose(m, SABRE_PROF)
    html = '<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body><table role="presentation"><tr><td><h1>%s</h1>%s</td></tr></table></body></html>' % (
        html_escape(ev['summary']), text_to_html(text))
    b = '_=_swift_%d_%s_=_' % (int(m['date'].timestamp()), hexs(rng, 32)) if m['date'].year < 2023 else alnum(rng, 8) + 'x' + alnum(rng, 7)
    body = multipart([], [text_leaf('text/plain', text, 'utf-8', 'quoted-printable'),
                          text_leaf('text/html', html, 'utf-8', 'quoted-printable'),
                          cal_leaf(ical, method_param(m), 'utf-8', 'quoted-printable', quote_cs=False)], b)
    fn, fa = m['frm']
    H = ['Message-ID: <%s@%s>' % (hexs(rng, 32), host), 'Date: %s' % _date(m), 'Subject: %s' % header_enc(subj),
         'From: %s' % addr('%s via Nextcloud' % fn if m['lang'] == 'en' else '%s (Nextcloud)' % fn, 'noreply@' + host),
         'Reply-To: %s' % addr(fn, fa), 'To: %s' % to_header(m), 'MIME-Version: 1.0',
         'Content-Type: multipart/alternative; boundary=%s' % b]
    return H, body


# ----------------------------------------------------------------- Zimbra
def _zimbra_x(ev, m):
    return [('X-MICROSOFT-CDO-APPT-SEQUENCE', 'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % ev.get('seq', 0)),
            ('X-MICROSOFT-CDO-OWNERAPPTID', 'X-MICROSOFT-CDO-OWNERAPPTID:%d' % ev.get('ownerapptid', 1234)),
            ('X-MICROSOFT-CDO-INTENDEDSTATUS', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY'),
            ('X-MICROSOFT-CDO-ALLDAYEVENT', 'X-MICROSOFT-CDO-ALLDAYEVENT:%s' % ('TRUE' if ev.get('allday') else 'FALSE')),
            ('X-MICROSOFT-DISALLOW-COUNTER', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE')]


ZIMBRA_PROF = dict(head=['METHOD', 'PRODID:Zimbra-Calendar-Provider', 'VERSION:2.0'], dt='tzid', tzstyle='olson',
                   att='zimbra', xprops=_zimbra_x, created=False, lastmod=False, cls='PUBLIC',
                   order=['UID', 'RRULE', 'SUMMARY', 'LOCATION', 'ATTENDEE', 'ORGANIZER', 'DTSTART', 'DTEND', 'STATUS',
                          'CLASS', 'X-MICROSOFT-CDO-INTENDEDSTATUS', 'TRANSP', 'X-MICROSOFT-DISALLOW-COUNTER',
                          'DTSTAMP', 'SEQUENCE', 'DESCRIPTION', 'X-ALT-DESC'],
                   default_alarms=[{'trigger': '-PT5M', 'desc': 'Reminder'}])

ZIMBRA_INTRO = {'en': 'The following is a new meeting request:', 'de': 'Es folgt eine neue Besprechungsanfrage:',
                'fr': 'Voici une nouvelle demande de réunion :', 'es': 'La siguiente es una nueva solicitud de reunión:',
                'it': 'Di seguito è riportata una nuova richiesta di riunione:', 'pt': 'Veja a seguir uma nova solicitação de reunião:',
                'nl': 'Hieronder volgt een nieuwe vergaderaanvraag:', 'pl': 'Poniżej znajduje się nowe zaproszenie na spotkanie:',
                'ru': 'Новый запрос на встречу:', 'el': 'Ακολουθεί ένα νέο αίτημα σύσκεψης:', 'ar': 'فيما يلي طلب اجتماع جديد:',
                'he': 'להלן בקשה חדשה לפגישה:', 'zh': '以下是新的会议请求：', 'zt': '以下是新的會議邀請：', 'ja': '新しい会議出席依頼は次のとおりです:',
                'ko': '새 회의 요청입니다:', 'hi': 'निम्नलिखित एक नया मीटिंग अनुरोध है:', 'th': 'ต่อไปนี้เป็นคำขอประชุมใหม่:', 'tr': 'Yeni bir toplantı isteği:'}


def render_zimbra(m, rng):
    bp = BP[m['lang']]
    ev = ev0(m)
    for e in m['events']:
        e['uid'] = e.get('uid') or uid4(rng)
        e.setdefault('ownerapptid', -rng.randint(10 ** 8, 2 * 10 ** 9))
        if e.get('desc') and 'x_alt_desc' not in e:
            e['x_alt_desc'] = '<html><body id=\'htmlmode\'>%s</body></html>' % text_to_html(e['desc'])
    subj = m.get('subject') or ev['summary']
    text = ZIMBRA_INTRO[m['lang']] + '\n\n' + describe(m, bp, with_desc=False) + '\n\n*~*~*~*~*~*~*~*~*~*\n\n' + (m.get('text') or '')
    cs = pick_charset(m, rng, 0.2)
    ical = ics.compose(m, ZIMBRA_PROF)
    b = '=_%s-%s-%s-%s-%s' % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))
    html = '<html><body id=\'htmlmode\'><h3>%s</h3><p>%s</p><div>*~*~*~*~*~*~*~*~*~*</div>%s</body></html>' % (
        html_escape(ZIMBRA_INTRO[m['lang']]), html_escape(describe(m, bp, False)).replace('\n', '<br>'),
        text_to_html(m.get('text') or ''))
    body = multipart([], [text_leaf('text/plain', text, cs, '7bit' if _is_ascii(text) else 'quoted-printable'),
                          text_leaf('text/html', html, cs, 'quoted-printable'),
                          cal_leaf(ical, method_param(m), 'utf-8', '7bit' if _is_ascii(ical) else 'quoted-printable',
                                   name='meeting.ics', quote_cs=False)], b)
    fn, fa = m['frm']
    dom = fa.split('@')[1]
    zv = rng.choice(['8.8.15_GA_4581', '8.8.15_GA_4484', '9.0.0_GA_4546', '8.8.12_GA_3794', '10.0.6_GA_4660'])
    br = rng.choice(['GC120 (Win)', 'FF115 (Linux)', 'GC121 (Mac)', 'FF124 (Win)'])
    H = ['Date: %s' % _date(m), 'From: %s' % addr(fn, fa, cs), 'To: %s' % to_header(m, cs),
         'Message-ID: <%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 5, 10 ** 7), int(m['date'].timestamp() * 1000), dom),
         'Subject: %s' % header_enc(subj, cs), 'MIME-Version: 1.0',
         'Content-Type: multipart/alternative; \r\n\tboundary="%s"' % b,
         'X-Originating-IP: [%s]' % m.get('client_ip', '192.0.2.77'),
         'X-Mailer: Zimbra %s (ZimbraWebClient - %s/%s)' % (zv, br, zv),
         'Thread-Index: %s' % b64r(rng, 28).replace('+', 'a') + '=',
         'Thread-Topic: %s' % header_enc(subj, cs)]
    return H, body


# ----------------------------------------------------------------- Yahoo
YAHOO_PROF = dict(head=['PRODID:-//Yahoo//Calendar//EN', 'VERSION:2.0', 'METHOD'], dt='tzid', tzstyle='olson',
                  att='plain', created=True, lastmod=True,
                  order=['UID', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'DTSTART', 'DTEND', 'RRULE', 'ORGANIZER',
                         'ATTENDEE', 'DTSTAMP', 'CREATED', 'LAST-MODIFIED', 'SEQUENCE', 'STATUS', 'TRANSP'])


def render_yahoo(m, rng):
    bp = BP[m['lang']]
    ev = ev0(m)
    for e in m['events']:
        e['uid'] = e.get('uid') or 'YM-%s' % alnum(rng, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    subj = _subject(m, kind_key(m))
    text = describe(m, bp)
    ical = ics.compose(m, YAHOO_PROF)
    b = '----=_Part_%d_%d.%d' % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), int(m['date'].timestamp() * 1000))
    html = '<html><head></head><body><div class="ydp%s yahoo-style-wrap">%s</div></body></html>' % (hexs(rng, 8), text_to_html(text))
    body = multipart([], [text_leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                          text_leaf('text/html', html, 'UTF-8', 'quoted-printable'),
                          cal_leaf(ical, method_param(m), 'UTF-8', 'base64')], b)
    fn, fa = m['frm']
    H = ['Date: %s' % _date(m), 'From: %s' % addr(fn, fa), 'To: %s' % to_header(m),
         'Message-ID: <%d.%d.%d@mail.yahoo.com>' % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 6, 10 ** 7), int(m['date'].timestamp() * 1000)),
         'Subject: %s' % header_enc(subj), 'MIME-Version: 1.0',
         'Content-Type: multipart/alternative; \r\n\tboundary="%s"' % b,
         'X-Mailer: WebService/1.1.%d YMailNorrin' % rng.randint(20000, 23500)]
    return H, body


# ----------------------------------------------------------------- SOGo
SOGO_PROF = dict(head=['VERSION:2.0', 'PRODID:-//Inverse inc./SOGo 5.10.0//EN', 'METHOD'], dt='tzid', tzstyle='olson',
                 att='sogo', cls='PUBLIC',
                 order=['UID', 'SUMMARY', 'LOCATION', 'CLASS', 'TRANSP', 'DTSTART', 'DTEND', 'RRULE', 'ORGANIZER',
                        'ATTENDEE', 'CREATED', 'DTSTAMP', 'LAST-MODIFIED', 'SEQUENCE', 'DESCRIPTION'])

SOGO_SUBJ = {'en': 'Event Invitation: "%s"', 'de': 'Einladung zu einem Termin: "%s"', 'fr': 'Invitation à un événement : "%s"'}


def render_sogo(m, rng):
    bp = BP[m['lang']]
    ev = ev0(m)
    for e in m['events']:
        e['uid'] = e.get('uid') or '%s-%s-%s-%s' % (hexs(rng, 3, True), hexs(rng, 8, True), hexs(rng, 1), hexs(rng, 8, True))
    subj = m.get('subject') or (SOGO_SUBJ.get(m['lang'], bp['inv'] + ': "%s"') % ev['summary'])
    text = describe(m, bp)
    ical = ics.compose(m, SOGO_PROF)
    b = '----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------' % (rng.randint(1000, 99999), int(m['date'].timestamp()), rng.randint(0, 9), rng.randint(1, 99))
    body = multipart([], [text_leaf('text/plain', text, 'utf-8', 'quoted-printable'),
                          cal_leaf(ical, method_param(m), 'utf-8', 'quoted-printable', quote_cs=False)], b)
    fn, fa = m['frm']
    H = ['Content-Type: multipart/alternative;\r\n boundary="%s"' % b, 'From: %s' % addr(fn, fa),
         'To: %s' % to_header(m), 'Subject: %s' % header_enc(subj), 'Date: %s' % _date(m),
         'Message-Id: <%s-%s-%s-%s@%s>' % (hexs(rng, 4, True), hexs(rng, 8, True), hexs(rng, 2, True), hexs(rng, 8, True), fa.split('@')[1]),
         'MIME-Version: 1.0', 'User-Agent: SOGoMail 5.10.0', 'Content-Transfer-Encoding: quoted-printable']
    H.pop()
    return H, body


# ----------------------------------------------------------------- web apps, booking engines, hand-rolled tools
LIBS = {
    'icalcreator': dict(prodid='-//kigkonsult.se//iCalcreator 2.41.%d//', head=['VERSION:2.0', 'PRODID', 'CALSCALE:GREGORIAN', 'METHOD'],
                        mailer='PHPMailer 6.%d.%d (https://github.com/PHPMailer/PHPMailer)', dt='tzid'),
    'icalnet': dict(prodid='-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN', head=['PRODID', 'VERSION:2.0', 'METHOD'],
                    mailer=None, dt='tzid'),
    'icspy': dict(prodid='ics.py - http://git.io/lLljaA', head=['VERSION:2.0', 'PRODID'], mailer=None, dt='utc'),
    'marudot': dict(prodid='-//ical.marudot.com//iCal Event Maker', head=['VERSION:2.0', 'PRODID', 'CALSCALE:GREGORIAN', 'METHOD'],
                    mailer='PHPMailer 5.2.%d (https://github.com/PHPMailer/PHPMailer)', dt='tzid'),
    'handcal': dict(prodid='-//hacksw/handcal//NONSGML v1.0//EN', head=['VERSION:2.0', 'PRODID', 'METHOD'], mailer=None, dt='utc'),
    'spatie': dict(prodid='spatie/icalendar-generator', head=['VERSION:2.0', 'PRODID', 'METHOD'],
                   mailer='Symfony Mailer', dt='utc'),
    'biweekly': dict(prodid='-//Michael Angstadt//biweekly 0.6.%d//EN', head=['VERSION:2.0', 'PRODID', 'METHOD'],
                     mailer=None, dt='utc'),
    'ical4j': dict(prodid='-//Ben Fortuna//iCal4j 1.0//EN', head=['PRODID', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD'],
                   mailer=None, dt='tzid'),
    'icalgen': dict(prodid='-//sebbo.net//ical-generator//EN', head=['VERSION:2.0', 'PRODID', 'METHOD', 'NAME'],
                    mailer='nodemailer (6.9.%d; +https://nodemailer.com/; SES/1.0.0)', dt='utc'),
    'fakeoutlook': dict(prodid='-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN', head=['PRODID', 'VERSION:2.0', 'METHOD'],
                        mailer='Microsoft Outlook 12.0', dt='floating'),
    'custom': dict(prodid='-//%s//%s//EN', head=['PRODID', 'VERSION:2.0', 'METHOD'], mailer=None, dt='tzid'),
    'vobject': dict(prodid='-//PYVOBJECT//NONSGML Version 1//EN', head=['VERSION:2.0', 'PRODID', 'METHOD'], mailer=None, dt='utc'),
    'none': dict(prodid=None, head=['VERSION:2.0', 'METHOD'], mailer=None, dt='floating'),
}


GENERIC_PRODIDS = [('ABC Corporation', 'NONSGML My Product'), ('Booking Engine', 'Calendar 2.1'), ('Events Calendar', 'iCal 1.0'),
                   ('PHP iCal', 'Generator 1.0'), ('WebCal', 'Export 3'), ('Calendar Export', 'v2'), ('Company', 'App'),
                   ('My Company', 'Calendar App 1.0'), ('EventPlugin', 'WordPress 6.4'), ('CRM', 'Scheduler 4.1')]


def render_webapp(m, rng):
    lib = m.get('lib', 'icalcreator')
    L = LIBS[lib]
    ev = ev0(m)
    q = m.get('quirks', set())
    prodid = L['prodid']
    if prodid and '%d' in prodid:
        prodid = prodid % tuple(rng.randint(1, 9) for _ in range(prodid.count('%d')))
    if lib == 'custom':
        prodid = '-//%s//%s//EN' % (m.get('custom_prodid') or rng.choice(GENERIC_PRODIDS))
    head = []
    for h in L['head']:
        if h == 'PRODID':
            head.append('PRODID:' + prodid)
        elif h == 'NAME':
            head.append('NAME:' + m.get('calname', ev['summary'])[:60])
        else:
            head.append(h)
    for e in m['events']:
        if not e.get('uid'):
            style = rng.choice(['hex', 'uuid', 'ts'])
            host = m['frm'][1].split('@')[1]
            e['uid'] = {'hex': hexs(rng, 32) + '@' + host, 'uuid': uid4(rng),
                        'ts': '%s-%d@%s' % (m['date'].strftime('%Y%m%dT%H%M%S'), rng.randint(1000, 99999), host)}[style]
    prof = dict(head=head, dt=m.get('dtmode', L['dt']), tzstyle='olson', att=m.get('att', 'plain'),
                created=rng.random() < 0.4, lastmod=rng.random() < 0.3, transp=rng.random() < 0.5,
                order=m.get('order', ['UID', 'DTSTAMP', 'ORGANIZER', 'ATTENDEE', 'DTSTART', 'DTEND', 'SUMMARY',
                                      'DESCRIPTION', 'LOCATION', 'URL', 'STATUS', 'SEQUENCE']),
                url_value=False)
    ical = ics.compose(m, prof)
    layout = m.get('layout') or rng.choice(['mixed-html-att', 'alt3', 'single', 'mixed-alt-att', 'mixed-text-att'])
    cs = pick_charset(m, rng, 0.45)
    calcs = cs if (rng.random() < 0.3 and can_encode(ical, cs)) else 'utf-8'
    text = m.get('text') or describe(m, BP[m['lang']])
    html = m.get('html') or ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body%s>%s</body></html>' % (
        cs, ' dir="rtl"' if m['lang'] in ('ar', 'he') else '', text_to_html(text)))
    mp = method_param(m)
    fname = m.get('ics_name') or rng.choice(['invite.ics', 'event.ics', 'booking.ics', 'calendar.ics', 'meeting.ics',
                                              'appointment.ics', 'reservation.ics'])
    lf = 'lf-ics' in q
    ccte = m.get('cal_cte') or rng.choice(['base64', 'base64', 'quoted-printable', '7bit' if _is_ascii(ical) else '8bit'])
    if lf:
        ccte = 'base64'
    tcte = rng.choice(['quoted-printable', 'base64', '8bit']) if not _is_ascii(text + html) else rng.choice(['7bit', 'quoted-printable'])
    fmt = m.get('boundary_style') or rng.choice(['php', 'dotnet', 'python', 'java', 'plain'])
    def bnd():
        if fmt == 'php':
            return 'b1_%s' % alnum(rng, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
        if fmt == 'dotnet':
            return '--boundary_%d_%s' % (rng.randint(0, 9), uid4(rng))
        if fmt == 'python':
            return '===============%019d==' % rng.randint(10 ** 17, 10 ** 19 - 1)
        if fmt == 'java':
            return '----=_Part_%d_%d.%d' % (rng.randint(0, 999), rng.randint(10 ** 8, 10 ** 9), int(m['date'].timestamp() * 1000))
        return 'BOUNDARY_%s' % hexs(rng, 16).upper()
    if layout == 'single':
        part = cal_leaf(ical, mp, calcs, ccte, quote_cs=rng.random() < 0.5, lf_inside=lf)
        ctype_line, rest = part.split(b'\r\n', 1)
        hdr_block, body = rest.split(b'\r\n\r\n', 1)
        top_ct = ctype_line.decode()
        top_extra = [h for h in hdr_block.decode().split('\r\n') if h]
        bodyb = body
        H_ct = [top_ct] + top_extra
    else:
        calp = cal_leaf(ical, mp, calcs, ccte, quote_cs=rng.random() < 0.5, lf_inside=lf,
                        name=fname if layout != 'alt3' else None,
                        disp=('Content-Disposition: attachment; filename="%s"' % fname) if layout != 'alt3' else None,
                        ctype=m.get('cal_ctype', 'text/calendar'))
        if layout == 'alt3':
            b = bnd()
            bodyb = multipart([], [text_leaf('text/plain', text, cs, tcte), text_leaf('text/html', html, cs, tcte), calp], b)
            H_ct = ['Content-Type: multipart/alternative; boundary="%s"' % b]
        elif layout == 'mixed-html-att':
            b = bnd()
            bodyb = multipart([], [text_leaf('text/html', html, cs, tcte), calp], b)
            H_ct = ['Content-Type: multipart/mixed; boundary="%s"' % b]
        elif layout == 'mixed-text-att':
            b = bnd()
            bodyb = multipart([], [text_leaf('text/plain', text, cs, tcte), calp], b)
            H_ct = ['Content-Type: multipart/mixed; boundary="%s"' % b]
        else:
            b, b2 = bnd(), bnd()
            alt = multipart(['Content-Type: multipart/alternative; boundary="%s"' % b2],
                            [text_leaf('text/plain', text, cs, tcte), text_leaf('text/html', html, cs, tcte)], b2)
            bodyb = multipart([], [alt, calp], b)
            H_ct = ['Content-Type: multipart/mixed; boundary="%s"' % b]
    fn, fa = m['frm']
    subj = m.get('subject') or ev['summary']
    dom = fa.split('@')[1]
    if fmt == 'php':
        mid = '<%s@%s>' % (alnum(rng, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), m.get('mid_host', dom))
    elif fmt == 'python':
        mid = '<%d.%d.%d@%s>' % (int(m['date'].timestamp() * 100), rng.randint(1000, 99999), rng.randint(10 ** 17, 10 ** 19), m.get('mid_host', dom))
    else:
        mid = '<%s@%s>' % (uid4(rng), m.get('mid_host', dom))
    H = ['Date: %s' % _date(m), 'To: %s' % to_header(m, cs), 'From: %s' % addr(fn, fa, cs)]
    if m.get('reply_to'):
        H.append('Reply-To: %s' % addr(*m['reply_to'], cs))
    H.append('Subject: %s' % header_enc(subj, cs))
    if 'no-msgid' not in q:
        H.append('Message-ID: %s' % mid)
    mailer = m.get('mailer', L['mailer'])
    if mailer and '%d' in mailer:
        mailer = mailer % tuple(rng.randint(1, 9) for _ in range(mailer.count('%d')))
    if mailer:
        H.append('X-Mailer: %s' % mailer)
    H.append('MIME-Version: 1.0')
    H += H_ct
    return H, bodyb


RENDER = {'google': render_google, 'outlook': render_outlook, 'apple': render_apple, 'thunderbird': render_thunderbird,
          'zoom': render_zoom, 'nextcloud': render_nextcloud, 'zimbra': render_zimbra, 'yahoo': render_yahoo,
          'sogo': render_sogo, 'webapp': render_webapp}
