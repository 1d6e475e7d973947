"""Render a message specification the way a given calendar client would send it."""
import base64
import datetime as dt
import html as H

from . import ics as ICS
from . import tz as TZ
from .enc import hdr_text, addr, fold_header, is_ascii, can_encode, crlf
from .mime import Part, text_part, raw_part
from .ui import ui, when as fmt_when

DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfcdate(d, off_min=0):
    local = d + dt.timedelta(minutes=off_min)
    return '%s, %d %s %d %02d:%02d:%02d %s' % (DAYS[local.weekday()], local.day, MONS[local.month - 1], local.year,
                                               local.hour, local.minute, local.second, TZ.fmt_off(off_min))


def hexs(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(chars) for _ in range(n))


def uuid(rng, upper=False):
    s = '%s-%s-4%s-%s%s-%s' % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 3), rng.choice('89ab'), hexs(rng, 3), hexs(rng, 12))
    return s.upper() if upper else s


class Ctx:
    """Convenience wrapper around the message spec."""

    def __init__(self, m, rng):
        self.m = m
        self.rng = rng
        self.lang = m['lang']
        self.ev = m['cal']['events'][0]
        self.cs = m.get('charset', 'utf-8')

    def subj_hdr(self, text, cs=None, mode=None):
        cs = cs or self.cs
        if not can_encode(text, cs):
            cs = 'utf-8'
        mode = mode or self.m.get('hdr_mode', 'B')
        if self.m.get('raw8_headers') and not is_ascii(text):
            return 'Subject: ' + text.encode('utf-8').decode('latin-1')
        if is_ascii(text):
            return fold_header('Subject', text)
        return 'Subject: ' + hdr_text(text, cs, mode)

    def addr_hdr(self, name, pairs, cs=None, mode=None):
        cs = cs or self.cs
        mode = mode or self.m.get('hdr_mode', 'B')
        out = []
        for n, e in pairs:
            c = cs if (not n or can_encode(n, cs)) else 'utf-8'
            if self.m.get('raw8_headers') and n and not is_ascii(n):
                out.append('"%s" <%s>' % (n.encode('utf-8').decode('latin-1'), e))
            else:
                out.append(addr(n, e, c, mode))
        return name + ': ' + ',\r\n\t'.join(out)

    def when(self, ev=None):
        ev = ev or self.ev
        z = ev.get('tz') or 'UTC'
        lab = self.m.get('tzlabel') or z
        return fmt_when(self.lang, ev['start'], ev.get('end') or ev['start'], lab, ev.get('allday'))

    def ics(self, style=None, method=None, enc=None):
        cal = dict(self.m['cal'])
        if style:
            cal['style'] = style
        if method is not None:
            cal['method'] = method
        cal['lang'] = self.lang
        if enc:
            cal['enc'] = enc
        return ICS.build(cal)


def cal_part(c, text, method, charset='utf-8', cte='base64', name=None, disp=None, quote=True, ctype='text/calendar',
             lf=False, extra_params=''):
    params = ''
    if method:
        params += '; method=%s' % method
    if name:
        params += '; name="%s"' % name
    params += extra_params
    headers = []
    if disp:
        headers.append('Content-Disposition: %s%s' % (disp, ('; filename="%s"' % name) if name else ''))
    if lf:
        # encode body with bare LF line ends inside the base64 payload
        data = text.replace('\r\n', '\n').encode(_cod(charset))
        from .enc import b64_body
        p = Part('%s; charset=%s%s' % (ctype, ('"%s"' % charset) if quote else charset, params), b64_body(data), 'base64', headers)
        return p
    if ctype == 'text/calendar' or ctype.startswith('text/'):
        p = text_part('calendar' if ctype == 'text/calendar' else ctype.split('/')[1], text, charset, cte, params,
                      headers, quote)
        if ctype != 'text/calendar':
            p.ctype = p.ctype.replace('text/calendar', ctype)
        return p
    data = crlf(text).encode(_cod(charset))
    cs = ('; charset=%s' % charset) if charset else ''
    return raw_part('%s%s%s' % (ctype, cs if ctype.startswith('text') else '', params), data, cte, headers)


def _cod(cs):
    from .enc import codec
    return codec(cs)


def esc(s):
    return H.escape(s or '', quote=True)


def linkify(s):
    import re
    s = esc(s)
    return re.sub(r'(https?://[^\s<&]+)', r'<a href="\1">\1</a>', s).replace('\n', '<br>\n')


# ------------------------------------------------------------------ Google Calendar

def google(m, rng):
    c = Ctx(m, rng)
    ev, lang = c.ev, c.lang
    mode = m.get('mode', 'invite')
    org = ev['organizer']
    rname, remail = m['rcpt']
    s = ev['summary']
    w = c.when()
    tzname = m.get('tzlabel', 'UTC')
    eid = base64.urlsafe_b64encode(('%s %s' % (ev['uid'].split('@')[0][:26], remail)).encode()).decode().rstrip('=')
    tok = alnum(rng, 56)
    meet = ev.get('conference', {}).get('url') if ev.get('conference') else None
    if mode == 'reply':
        att = ev['attendees'][0]
        key = {'ACCEPTED': 'acc', 'DECLINED': 'dec'}.get(att['partstat'], 'tent')
        subject = '%s: %s @ %s (%s)' % (ui(lang, key), s, w, remail)
        lines = [ui(lang, 'acc_txt' if key == 'acc' else 'dec_txt').format(n=att.get('name') or att['email'])
                 if key != 'tent' else '%s - %s' % (att.get('name') or att['email'], ui(lang, 'tent')), '', s, '',
                 '%s: %s' % (ui(lang, 'when'), w)]
        if m.get('comment'):
            lines += ['', '"%s"' % m['comment']]
        lines += ['', 'Invitation from Google Calendar: https://calendar.google.com/calendar/']
        method = 'REPLY'
        frm = (att.get('name'), att['email'])
    elif mode == 'cancel':
        subject = '%s: %s @ %s (%s)' % (ui(lang, 'canc'), s, w, remail)
        lines = ['This event has been canceled and removed from your calendar.' if lang == 'en' else ui(lang, 'canc'),
                 '', s, '', '%s: %s' % (ui(lang, 'when'), w)]
        method = 'CANCEL'
        frm = (org['name'], org['email'])
    else:
        key = 'upd' if ev.get('sequence', 0) > 0 else 'inv'
        subject = '%s: %s @ %s (%s)' % (ui(lang, key), s, w, remail)
        lines = [ui(lang, 'invited'), '', s]
        if ev.get('description'):
            lines += [ev['description'].split('\n-::~:~::~')[0]]
        lines += ['%s: %s' % (ui(lang, 'when'), w)]
        if ev.get('location'):
            lines += ['%s: %s' % (ui(lang, 'where'), ev['location'])]
        if meet:
            lines += ['', ui(lang, 'join_meet'), meet]
        lines += ['', '%s:' % ui(lang, 'who')]
        lines += ['* %s - %s' % (org['name'] or org['email'], ui(lang, 'org').lower())]
        for a in ev.get('attendees', [])[:25]:
            if a['email'] != org['email']:
                lines.append('* ' + (a.get('name') or a['email']))
        if len(ev.get('attendees', [])) > 25:
            lines.append('* ... (%d)' % (len(ev['attendees']) - 25))
        lines += ['', '%s: https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0'
                  % (ui(lang, 'view'), eid, tok[:40], tzname.replace('/', '%2F'), lang)]
        lines += ['', 'Invitation from Google Calendar: https://calendar.google.com/calendar/', '']
        if lang == 'en':
            lines += ['You are receiving this email because you are an attendee on the event. To stop receiving '
                      'future updates for this event, decline this event.', '',
                      'Forwarding this invitation could allow any recipient to send a response to the organizer, be '
                      'added to the guest list, invite others regardless of their own invitation status, or modify '
                      'your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding']
        method = m['cal'].get('method') or 'REQUEST'
        frm = (org['name'], org['email'])
    if m.get('subject'):
        subject = m['subject']
    text = '\n'.join(lines)
    html = ('<div dir="%s"><p>%s</p><table cellspacing="0" cellpadding="0" border="0"><tr><td>'
            '<span itemprop="name" style="font-size:20px">%s</span></td></tr>' % (
                'rtl' if lang in ('ar', 'he') else 'ltr', esc(lines[0]), esc(s)))
    if ev.get('description') and mode == 'invite':
        html += '<tr><td><div style="white-space:pre-wrap" itemprop="description">%s</div></td></tr>' % linkify(ev['description'])
    html += '<tr><td><b>%s</b> %s</td></tr>' % (esc(ui(lang, 'when')), esc(w))
    if ev.get('location') and mode == 'invite':
        html += '<tr><td><b>%s</b> <span itemprop="location">%s</span></td></tr>' % (esc(ui(lang, 'where')), linkify(ev['location']))
    if meet and mode == 'invite':
        html += '<tr><td><a href="%s" style="background-color:#1a73e8;color:#fff">%s</a></td></tr>' % (meet, esc(ui(lang, 'join_meet')))
    if mode == 'invite':
        html += ('<tr><td>%s: <a href="https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1&tok=%s">%s</a>'
                 ' <a href="https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=2&tok=%s">%s</a>'
                 ' <a href="https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=3&tok=%s">%s</a></td></tr>'
                 % ('Reply for ' + esc(remail), eid, tok[:20], ui(lang, 'yes'), eid, tok[:20], ui(lang, 'no'), eid,
                    tok[:20], ui(lang, 'maybe')))
    html += '</table><p style="color:#70757a;font-size:12px">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p></div>'
    html = '<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>' + html + '</body></html>'
    icstext = c.ics('google', method)
    b1 = '000000000000' + hexs(rng, 16)
    b2 = b1[:-4] + hexs(rng, 4)
    tcte = 'base64' if not is_ascii(text) and rng.random() < 0.6 else 'quoted-printable'
    alt = Part('multipart/alternative', children=[
        text_part('plain', text, 'UTF-8', tcte, '; format=flowed; delsp=yes'),
        text_part('html', html, 'UTF-8', 'quoted-printable'),
        text_part('calendar', icstext, 'UTF-8', '7bit' if is_ascii(icstext) else 'base64', '; method=' + method),
    ], boundary=b2)
    att = raw_part('application/ics; name="invite.ics"', crlf(icstext).encode('utf-8'), 'base64',
                   ['Content-Disposition: attachment; filename="invite.ics"'])
    root = Part('multipart/mixed', children=[alt, att], boundary=b1)
    H_ = []
    if mode == 'reply':
        H_.append(c.addr_hdr('Reply-To', [frm], 'UTF-8', 'Q'))
        H_.append('Sender: Google Calendar <calendar-notification@google.com>')
    else:
        H_.append(c.addr_hdr('Reply-To', [frm], 'UTF-8', 'Q'))
        H_.append('Sender: Google Calendar <calendar-notification@google.com>')
    H_ += ['Auto-Submitted: auto-generated',
           'Message-ID: <calendar-%s@google.com>' % uuid(rng),
           'Date: ' + rfcdate(m['date']),
           c.subj_hdr(subject, 'UTF-8', 'Q'),
           c.addr_hdr('From', [frm], 'UTF-8', 'Q'),
           c.addr_hdr('To', m['to'] if mode != 'reply' else [(None, remail)], 'UTF-8', 'Q'),
           'MIME-Version: 1.0']
    return H_, root


# ------------------------------------------------------------------ Microsoft Outlook / Exchange / Teams

PR = ['DB9PR08MB', 'AM0PR07MB', 'BN8PR12MB', 'SA1PR11MB', 'PH0PR19MB', 'VI1PR04MB', 'CY4PR1301MB', 'MW4PR15MB',
      'PAXPR02MB', 'DM6PR05MB']
REGION = {'DB9': 'eurprd08', 'AM0': 'eurprd07', 'BN8': 'namprd12', 'SA1': 'namprd11', 'PH0': 'namprd19',
          'VI1': 'eurprd04', 'CY4': 'namprd13', 'MW4': 'namprd15', 'PAX': 'eurprd02', 'DM6': 'namprd05',
          'TYC': 'jpnprd01', 'SEZ': 'apcprd06', 'ME3': 'ausprd01', 'PN3': 'INDPRD01'}


def ms_host(rng, lang):
    pr = {'ja': 'TYCPR01MB', 'ko': 'SEZPR06MB', 'zh': 'SEZPR06MB', 'zh-TW': 'SEZPR06MB', 'hi': 'PN3PR01MB',
          'th': 'SEZPR06MB'}.get(lang) or rng.choice(PR)
    n = '%s%04d' % (pr, rng.randint(1000, 9999))
    return n, '%s.%s.prod.outlook.com' % (n, REGION[pr[:3]])


def teams_block(lang, rng):
    tid = hexs(rng, 32)
    url = ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d'
           % (alnum(rng, 48), uuid(rng), uuid(rng)))
    mid = '%d %d %d %d' % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999))
    pc = alnum(rng, 6)
    bar = '_' * 80
    txt = '\n'.join([bar, ui(lang, 'teams'), ui(lang, 'teams_join') + '<%s>' % url,
                     '%s: %s' % (ui(lang, 'meeting_id'), mid), '%s: %s' % (ui(lang, 'passcode'), pc),
                     'Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>',
                     'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s>' % uuid(rng),
                     bar])
    htm = ('<div style="width:100%%">%s</div><div class="me-email-text"><span style="font-size:24px;font-weight:600">%s</span>'
           '<div><a class="me-email-headline" href="%s" target="_blank" style="font-size:14px;font-weight:600;color:#5B5FC7">%s</a></div>'
           '<div><span>%s: </span><span>%s</span></div><div><span>%s: </span><span>%s</span></div></div><div>%s</div>'
           % ('_' * 60, esc(ui(lang, 'teams')), esc(url), esc(ui(lang, 'teams_join')), esc(ui(lang, 'meeting_id')), mid,
              esc(ui(lang, 'passcode')), pc, '_' * 60))
    return txt, htm, url


def outlook(m, rng):
    c = Ctx(m, rng)
    ev, lang = c.ev, c.lang
    fl = m.get('flavor') or 'exchange'
    mode = m.get('mode', 'invite')
    style = 'outlook' if fl == 'desktop' else 'exchange'
    org = ev['organizer']
    s = ev['summary']
    desc = ev.get('description') or ''
    host, fqdn = ms_host(rng, lang)
    m['ms_fqdn'] = fqdn
    if mode == 'reply':
        att = ev['attendees'][0]
        pref = {'ACCEPTED': 'Accepted', 'DECLINED': 'Declined'}.get(att['partstat'], 'Tentative')
        if lang != 'en':
            pref = ui(lang, {'Accepted': 'acc', 'Declined': 'dec', 'Tentative': 'tent'}[pref])
        subject = '%s: %s' % (pref, s)
        text = m.get('comment') or ''
        method = 'REPLY'
        frm = (att.get('name'), att['email'])
        to = [(org['name'], org['email'])]
    elif mode == 'counter':
        subject = 'New Time Proposed: %s' % s
        text = m.get('comment') or ''
        method = 'COUNTER'
        att = ev['attendees'][0]
        frm = (att.get('name'), att['email'])
        to = [(org['name'], org['email'])]
    elif mode == 'cancel':
        subject = ('Canceled: %s' if lang == 'en' else ui(lang, 'canc') + ': %s') % s
        text = desc
        method = 'CANCEL'
        frm = (org['name'], org['email'])
        to = m['to']
    elif mode == 'forward':
        subject = 'FW: ' + s
        of = m['fwd_from']
        hdr = ['-----Original Appointment-----', 'From: %s <%s>' % (org['name'], org['email']),
               'Sent: %s' % m['fwd_sent'], 'To: %s' % '; '.join(a.get('name') or a['email'] for a in ev['attendees'][:6]),
               'Subject: %s' % s, 'When: %s' % c.when(), 'Where: %s' % (ev.get('location') or ''), '', '']
        text = (m.get('note') or '') + '\n\n' + '\n'.join(hdr) + desc
        method = 'REQUEST'
        frm = of
        to = m['to']
    else:
        key = 'Updated: ' if ev.get('sequence', 0) > 0 and lang == 'en' else ''
        subject = key + s
        text = desc
        method = m['cal'].get('method') or 'REQUEST'
        frm = (org['name'], org['email'])
        to = m['to']
    if m.get('subject'):
        subject = m['subject']
    html_body = m.get('html_note') or linkify(text)
    if m.get('teams') and mode in ('invite', 'forward'):
        ttxt, thtm, turl = m['teams']
        text = text + '\n\n' + ttxt
        html_body = html_body + '<br>' + thtm
    html = ('<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\r\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\r\n</head>\r\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\r\n'
            '<div class="WordSection1">\r\n<p class="MsoNormal">%s<o:p></o:p></p>\r\n</div>\r\n</body>\r\n</html>\r\n'
            % (c.cs, ICS.OUTLOOK_LANG.get(lang, 'en-US'), html_body))
    cal = dict(m['cal'])
    icstext = c.ics(style, method)
    b = '_000_%s%s_' % (host, hexs(rng, 24, True))
    tcs = c.cs
    tcte = m.get('cte') or ('quoted-printable' if tcs.lower() in ('us-ascii', 'iso-8859-1', 'windows-1252', 'iso-8859-2', 'windows-1250') else 'base64')
    if tcs.lower() == 'iso-2022-jp':
        tcte = '7bit'
    parts = [text_part('plain', text, tcs, tcte), text_part('html', html, tcs, tcte)]
    calcs = m.get('cal_charset', 'utf-8')
    parts.append(cal_part(c, icstext, method, calcs, 'base64'))
    root = Part('multipart/alternative', children=parts, boundary=b)
    ti = base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()
    H_ = [c.addr_hdr('From', [frm]), c.addr_hdr('To', to)]
    if m.get('cc'):
        H_.append(c.addr_hdr('CC', m['cc']))
    H_ += [c.subj_hdr(subject), c.subj_hdr(s).replace('Subject:', 'Thread-Topic:', 1), 'Thread-Index: ' + ti,
           'Date: ' + rfcdate(m['date']),
           'Message-ID: <%s%s@%s>' % (host, hexs(rng, 20, True), fqdn),
           'Accept-Language: ' + (('%s, en-US' % ICS.OUTLOOK_LANG[lang]) if lang != 'en' and lang in ICS.OUTLOOK_LANG else 'en-US'),
           'Content-Language: ' + ICS.OUTLOOK_LANG.get(lang, 'en-US'),
           'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:']
    if m.get('reply_to'):
        H_.append(c.addr_hdr('Reply-To', [m['reply_to']]))
    if fl == 'desktop':
        H_.append('X-Mailer: Microsoft Outlook 16.0')
    H_ += ['X-MS-Exchange-Organization-SCL: -1' if False else 'X-MS-PublicTrafficType: Email',
           'X-MS-Exchange-CrossTenant-OriginalArrivalTime: %s' % m['date'].strftime('%d %b %Y %H:%M:%S.%f')[:-3] + ' (UTC)',
           'X-MS-Exchange-CrossTenant-id: ' + m.setdefault('tenant', uuid(rng)),
           'MIME-Version: 1.0']
    return H_, root


# ------------------------------------------------------------------ Apple iCloud / Calendar.app

def apple(m, rng):
    c = Ctx(m, rng)
    ev, lang = c.ev, c.lang
    fl = m.get('flavor') or 'icloud'
    mode = m.get('mode', 'invite')
    org = ev['organizer']
    s = ev['summary']
    w = c.when()
    method = {'reply': 'REPLY', 'cancel': 'CANCEL'}.get(mode, m['cal'].get('method') or 'REQUEST')
    if mode == 'reply':
        att = ev['attendees'][0]
        key = {'ACCEPTED': 'acc', 'DECLINED': 'dec'}.get(att['partstat'], 'tent')
        subject = '%s: %s' % (ui(lang, key), s)
        frm = (att.get('name'), att['email'])
        to = [(org['name'], org['email'])]
        text = ui(lang, 'acc_txt' if key == 'acc' else 'dec_txt').format(n=att.get('name') or att['email'])
    else:
        frm = (org['name'], org['email'])
        to = m['to']
        if mode == 'cancel':
            subject = '%s: %s' % (ui(lang, 'canc'), s)
        elif fl == 'icloud':
            subject = '%s: %s' % (ui(lang, 'inv'), s)
        else:
            subject = s
        if mode == 'forward':
            subject = 'Fwd: ' + s
            frm = m['fwd_from']
        if fl == 'icloud' and mode == 'invite':
            text = '%s\n\n%s\n%s\n%s\n\n%s\nhttps://www.icloud.com/calendar/?ref=invite&guid=%s' % (
                '%s — %s' % (org['name'] or org['email'], ui(lang, 'inv')), s, w, ev.get('location') or '',
                ev.get('description') or '', uuid(rng, True))
        else:
            text = m.get('note') or ''
            if mode == 'forward':
                text = (m.get('note') or '') + '\n\nBegin forwarded message:\n\nFrom: %s <%s>\nSubject: %s\nDate: %s\nTo: %s\n\n%s' % (
                    org['name'] or '', org['email'], s, m['fwd_sent'], m['to'][0][1], ev.get('description') or '')
    if m.get('subject'):
        subject = m['subject']
    icstext = c.ics('icloud' if fl == 'icloud' else 'apple', method)
    ts = m['date'].strftime('%Y%m%d-%H%M%S')
    fname = 'iCal-%s.ics' % ts if fl != 'icloud' else 'invite.ics'
    b = 'Apple-Mail=_%s' % uuid(rng, True)
    parts = []
    if fl == 'icloud' and mode == 'invite':
        htm = ('<html><body style="font-family:-apple-system,Helvetica"><p><b>%s</b></p><p style="font-size:20px">%s</p>'
               '<p>%s</p><p>%s</p><p>%s</p><p><a href="https://www.icloud.com/calendar/">%s</a> | <a href="https://www.icloud.com/calendar/">%s</a></p></body></html>'
               % (esc(org['name'] or org['email']), esc(s), esc(w), linkify(ev.get('location') or ''),
                  linkify(ev.get('description') or ''), ui(lang, 'yes'), ui(lang, 'no')))
        alt = Part('multipart/alternative', children=[text_part('plain', text, 'utf-8', 'quoted-printable', quote_cs=False),
                                                       text_part('html', htm, 'utf-8', 'quoted-printable', quote_cs=False)],
                   boundary='Apple-Mail=_%s' % uuid(rng, True))
        parts.append(alt)
    else:
        parts.append(text_part('plain', text or ' ', c.cs if can_encode(text, c.cs) else 'utf-8', 'quoted-printable', quote_cs=False))
    calp = cal_part(c, icstext, method, 'utf-8', 'quoted-printable', fname, 'attachment', quote=False)
    parts.append(calp)
    root = Part('multipart/mixed', children=parts, boundary=b)
    mver = {2016: '10.0 \\(3226\\)', 2017: '11.0 \\(3445.1.7\\)', 2018: '12.0 \\(3445.100.39\\)',
            2019: '13.0 \\(3594.4.19\\)', 2020: '13.4 \\(3608.120.23.2.4\\)', 2021: '14.0 \\(3654.120.0.1.13\\)',
            2022: '16.0 \\(3696.120.41.1.1\\)', 2023: '16.0 \\(3731.700.6\\)', 2024: '16.0 \\(3774.300.61.1.2\\)',
            2025: '16.0 \\(3826.400.131.1.6\\)', 2026: '16.0 \\(3826.600.41.1.1\\)'}.get(m['date'].year, '16.0 \\(3731.700.6\\)')
    off = m.get('sender_off', 0)
    H_ = [c.addr_hdr('From', [frm], 'utf-8', 'Q'), 'Content-Transfer-Encoding: 7bit' if False else None,
          'Mime-Version: 1.0 (Mac OS X Mail %s)' % mver if fl != 'ios' else 'Mime-Version: 1.0 (1.0)',
          c.subj_hdr(subject, 'utf-8', 'Q'), 'Date: ' + rfcdate(m['date'], off),
          c.addr_hdr('To', to, 'utf-8', 'Q'), 'Message-Id: <%s@%s>' % (uuid(rng, True), frm[1].split('@')[1])]
    if fl == 'ios':
        H_.append('X-Mailer: iPhone Mail (%s)' % {2016: '14C92', 2017: '15B202', 2018: '16B92', 2019: '17C54',
                                                  2020: '18B92', 2021: '19B74', 2022: '20B101', 2023: '21B101',
                                                  2024: '22B83', 2025: '22G86', 2026: '23B85'}.get(m['date'].year, '21D61'))
    elif fl == 'icloud':
        H_.append('X-Mailer: iCloud MailClient2606B21 MailServer2614B28.96013-1')
    else:
        H_.append('X-Mailer: Apple Mail (2.%s)' % mver.split('(')[1].rstrip(')\\'))
    return [h for h in H_ if h], root


# ------------------------------------------------------------------ Thunderbird / Lightning

def thunderbird(m, rng):
    c = Ctx(m, rng)
    ev, lang = c.ev, c.lang
    mode = m.get('mode', 'invite')
    org = ev['organizer']
    s = ev['summary']
    w = c.when()
    if mode == 'forward':
        return thunderbird_forward(m, rng)
    method = {'reply': 'REPLY', 'cancel': 'CANCEL'}.get(mode, m['cal'].get('method') or 'REQUEST')
    if mode == 'reply':
        att = ev['attendees'][0]
        key = {'ACCEPTED': 'acc', 'DECLINED': 'dec'}.get(att['partstat'], 'tent')
        subject = '%s: %s' % (ui(lang, key), s)
        text = ui(lang, 'acc_txt' if key == 'acc' else 'dec_txt').format(n=att.get('name') or att['email'])
        frm = (att.get('name'), att['email'])
        to = [(org['name'], org['email'])]
    else:
        subject = ('%s: %s' % (ui(lang, 'canc'), s)) if mode == 'cancel' else ('%s: %s' % (ui(lang, 'inv'), s))
        frm = (org['name'], org['email'])
        to = m['to']
        rows = [s, '%s: %s' % (ui(lang, 'when'), w)]
        if ev.get('location'):
            rows.append('%s: %s' % (ui(lang, 'where'), ev['location']))
        rows.append('%s: %s <%s>' % (ui(lang, 'org'), org['name'] or '', org['email']))
        rows.append('%s:' % ui(lang, 'who'))
        rows += ['  %s <%s>' % (a.get('name') or '', a['email']) for a in ev.get('attendees', [])[:30]]
        if ev.get('description'):
            rows += ['', ev['description']]
        if ev.get('url'):
            rows += ['', ev['url']]
        text = '\n'.join(rows)
        if m.get('note'):
            text = m['note'] + '\n\n' + text
    if m.get('subject'):
        subject = m['subject']
    icstext = c.ics('mozilla', method)
    cs = c.cs if can_encode(text + subject, c.cs) else 'UTF-8'
    b1 = '-' * 12 + alnum(rng, 24)
    b2 = '-' * 12 + alnum(rng, 24)
    tcte = m.get('cte') or ('8bit' if not is_ascii(text) else '7bit')
    htm = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>%s</body></html>' % (cs, linkify(text))
    alt = Part('multipart/alternative', children=[
        text_part('plain', text, cs, tcte, '; format=flowed', quote_cs=False),
        text_part('html', htm, cs, tcte, quote_cs=False),
        text_part('calendar', icstext, 'UTF-8', '8bit' if not is_ascii(icstext) else '7bit', '; method=' + method, quote_cs=False)],
        boundary=b2)
    att = raw_part('application/ics; name="invite.ics"', crlf(icstext).encode('utf-8'), 'base64',
                   ['Content-Disposition: attachment; filename="invite.ics"'])
    root = Part('multipart/mixed', children=[alt, att], boundary=b1)
    ver = {2016: ('45.0', '4.7'), 2017: ('52.0', '5.4'), 2018: ('60.0', '6.2'), 2019: ('60.0', '6.2'),
           2020: ('68.0', '68'), 2021: ('78.0', '78'), 2022: ('91.0', '91'), 2023: ('102.0', '102'),
           2024: ('115.0', '115'), 2025: ('128.0', '128'), 2026: ('140.0', '140')}.get(m['date'].year, ('115.0', '115'))
    osn = rng.choice(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15'])
    tbv = ver[0] + '.' + str(rng.randint(1, 9)) if int(ver[0].split('.')[0]) > 60 else ver[0]
    H_ = ['Message-ID: <%s@%s>' % (uuid(rng), frm[1].split('@')[1]), 'Date: ' + rfcdate(m['date'], m.get('sender_off', 0)),
          'MIME-Version: 1.0',
          'User-Agent: Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s' % (osn, ver[0], tbv),
          'Content-Language: ' + ICS.OUTLOOK_LANG.get(lang, 'en-US').replace('-', '-'),
          c.addr_hdr('To', to, cs, 'Q'), c.addr_hdr('From', [frm], cs, 'Q'), c.subj_hdr(subject, cs, 'Q')]
    if int(ver[0].split('.')[0]) < 60:
        H_.insert(3, 'X-Mozilla-Draft-Info: internal/draft; vcard=0; receipt=0; DSN=0; uuencode=0')
    return H_, root


def thunderbird_forward(m, rng):
    """Forward an earlier invitation as an attached message (message/rfc822)."""
    c = Ctx(m, rng)
    lang = c.lang
    inner = m['inner_raw']
    subject = 'Fwd: ' + m['inner_subject']
    frm = m['fwd_from']
    cs = c.cs if can_encode(m.get('note') or '', c.cs) else 'UTF-8'
    b1 = '-' * 12 + alnum(rng, 24)
    tp = text_part('plain', m.get('note') or '', cs, '8bit', '; format=flowed', quote_cs=False)
    nm = m['inner_subject'][:40].replace('"', '') + '.eml'
    if not is_ascii(nm):
        nm = hdr_text(nm, 'UTF-8', 'B').replace('\r\n ', '')
    msgp = Part('message/rfc822; name="%s"' % nm, inner, None,
                ['Content-Disposition: attachment; filename="%s.eml"' % 'invitation'])
    root = Part('multipart/mixed', children=[tp, msgp], boundary=b1)
    H_ = ['Message-ID: <%s@%s>' % (uuid(rng), frm[1].split('@')[1]), 'Date: ' + rfcdate(m['date'], m.get('sender_off', 0)),
          'MIME-Version: 1.0',
          'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.%d.0' % rng.randint(1, 12),
          c.addr_hdr('To', m['to'], cs, 'Q'), c.addr_hdr('From', [frm], cs, 'Q'), c.subj_hdr(subject, cs, 'Q')]
    return H_, root


# ------------------------------------------------------------------ Gmail web (forward of an invitation)

def gmail_forward(m, rng):
    c = Ctx(m, rng)
    ev, lang = c.ev, c.lang
    org = ev['organizer']
    s = ev['summary']
    fwdmode = m.get('mode') == 'forward'
    frm = m['fwd_from'] if fwdmode else m['from']
    if fwdmode:
        subject = 'Fwd: ' + (m.get('inner_subject') or s)
        fwd = ['---------- %s ---------' % ui(lang, 'fwd'), 'From: %s <%s>' % (org['name'] or '', org['email']),
               'Date: %s' % m['fwd_sent'], 'Subject: %s' % (m.get('inner_subject') or s), 'To: <%s>' % frm[1], '',
               ev.get('description') or '', '%s: %s' % (ui(lang, 'when'), c.when())]
        if ev.get('location'):
            fwd.append('%s: %s' % (ui(lang, 'where'), ev['location']))
        text = (m.get('note') or '') + '\n\n' + '\n'.join(fwd)
    else:
        # a plain Gmail message with a calendar file attached by hand
        subject = m.get('subject') or s
        fwd = [ev.get('description') or '', '', '%s: %s' % (ui(lang, 'when'), c.when())]
        if ev.get('location'):
            fwd.append('%s: %s' % (ui(lang, 'where'), ev['location']))
        text = (m.get('note') + '\n\n' if m.get('note') else '') + '\n'.join(fwd)
    htm = '<div dir="ltr">%s<br><br><div class="gmail_quote">%s</div></div>' % (linkify(m.get('note') or ''), linkify('\n'.join(fwd)))
    icstext = c.ics('google', m['cal'].get('method') or 'REQUEST')
    b1 = '000000000000' + hexs(rng, 16)
    b2 = '000000000000' + hexs(rng, 16)
    alt = Part('multipart/alternative', children=[text_part('plain', text, 'UTF-8', 'quoted-printable'),
                                                   text_part('html', htm, 'UTF-8', 'quoted-printable')], boundary=b2)
    att = raw_part('application/ics; name="invite.ics"', crlf(icstext).encode('utf-8'), 'base64',
                   ['Content-Disposition: attachment; filename="invite.ics"',
                    'Content-ID: <f_%s>' % alnum(rng, 11).lower(), 'X-Attachment-Id: f_%s' % alnum(rng, 11).lower()])
    root = Part('multipart/mixed', children=[alt, att], boundary=b1)
    H_ = ['MIME-Version: 1.0'] + (['References: <calendar-%s@google.com>' % uuid(rng),
          'In-Reply-To: <calendar-%s@google.com>' % uuid(rng)] if fwdmode else []) + [c.addr_hdr('From', [frm], 'UTF-8', 'Q'),
          'Date: ' + rfcdate(m['date'], m.get('sender_off', 0)),
          'Message-ID: <CA%s@mail.gmail.com>' % alnum(rng, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_='),
          c.subj_hdr(subject, 'UTF-8', 'Q'), c.addr_hdr('To', m['to'], 'UTF-8', 'Q')]
    return H_, root


# ------------------------------------------------------------------ Zimbra

def zimbra(m, rng):
    c = Ctx(m, rng)
    ev, lang = c.ev, c.lang
    mode = m.get('mode', 'invite')
    org = ev['organizer']
    s = ev['summary']
    w = c.when()
    method = {'reply': 'REPLY', 'cancel': 'CANCEL'}.get(mode, m['cal'].get('method') or 'REQUEST')
    if mode == 'reply':
        att = ev['attendees'][0]
        verb = {'ACCEPTED': 'Accept', 'DECLINED': 'Decline'}.get(att['partstat'], 'Tentative')
        subject = '%s: %s' % (verb if lang == 'en' else ui(lang, verb[:3].lower() if verb != 'Tentative' else 'tent'), s)
        text = {'Accept': 'Yes, I will attend.', 'Decline': 'No, I will not attend.'}.get(verb, 'I might attend.') + '\n\n*~*~*~*~*~*~*~*~*~*\n\n' + (m.get('comment') or '')
        frm = (att.get('name'), att['email'])
        to = [(org['name'], org['email'])]
    else:
        frm = (org['name'], org['email'])
        to = m['to']
        head = 'The following meeting has been cancelled:' if mode == 'cancel' else 'The following is a new meeting request:'
        subject = ('Cancelled: %s' if mode == 'cancel' else '%s') % s
        rows = [head, '', 'Subject: %s ' % s, 'Organizer: "%s" <%s> ' % (org['name'] or '', org['email']), '']
        if ev.get('location'):
            rows.append('Location: %s ' % ev['location'])
        rows += ['Time: %s' % w, ' ', 'Invitees: %s ' % '; '.join(a['email'] for a in ev.get('attendees', [])[:40]), '',
                 '', '*~*~*~*~*~*~*~*~*~*', '', ev.get('description') or '']
        text = '\n'.join(rows)
    if m.get('subject'):
        subject = m['subject']
    htm = '<html><body id="htmlmode"><h3>%s</h3><p>%s</p><div>*~*~*~*~*~*~*~*~*~*</div><div>%s</div></body></html>' % (
        esc(s), esc(w), linkify(ev.get('description') or ''))
    if mode == 'invite' and m.get('zimbra_altdesc', True):
        m['cal']['events'][0].setdefault('x_alt_desc', '<html><body id=\'htmlmode\'>' + htm.split('<body id="htmlmode">')[1])
    icstext = c.ics('zimbra', method)
    cs = c.cs if can_encode(text + subject, c.cs) else 'utf-8'
    b = '=_%s-%s-%s' % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 12))
    root = Part('multipart/alternative', children=[
        text_part('plain', text, cs, m.get('cte') or 'quoted-printable', quote_cs=False),
        text_part('html', htm, cs, m.get('cte') or 'quoted-printable', quote_cs=False),
        text_part('calendar', icstext, 'utf-8', '7bit' if is_ascii(icstext) else 'quoted-printable', '; method=' + method, quote_cs=False)],
        boundary=b)
    dom = frm[1].split('@')[1]
    ver = rng.choice(['8.8.15_GA_4581', '9.0.0_GA_4583', '8.8.12_GA_3794', '10.0.6_GA_4622'])
    H_ = ['Date: ' + rfcdate(m['date'], m.get('sender_off', 0)), c.addr_hdr('From', [frm], cs, 'B'),
          c.addr_hdr('To', to, cs, 'B'),
          'Message-ID: <%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(1000, 99999),
                                                        int(m['date'].timestamp() * 1000), dom),
          c.subj_hdr(subject, cs, 'B'), 'MIME-Version: 1.0',
          'X-Originating-IP: [10.%d.%d.%d]' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
          'X-Mailer: Zimbra %s (ZimbraWebClient - GC%d (Win)/%s)' % (ver, rng.randint(100, 131), ver),
          'Thread-Topic: ' + (s if is_ascii(s) else hdr_text(s, 'utf-8')), 'Thread-Index: ' + alnum(rng, 28)]
    return H_, root


# ------------------------------------------------------------------ SOGo

def sogo(m, rng):
    c = Ctx(m, rng)
    ev, lang = c.ev, c.lang
    mode = m.get('mode', 'invite')
    org = ev['organizer']
    s = ev['summary']
    w = c.when()
    method = {'reply': 'REPLY', 'cancel': 'CANCEL'}.get(mode, m['cal'].get('method') or 'REQUEST')
    if mode == 'reply':
        att = ev['attendees'][0]
        verb = {'ACCEPTED': 'Accepted', 'DECLINED': 'Declined'}.get(att['partstat'], 'Tentatively accepted')
        subject = '%s invitation: "%s"' % (verb, s)
        htm = '<p>%s has %s your invitation: %s</p>' % (esc(att.get('name') or att['email']), verb.lower(), esc(s))
        frm = (att.get('name'), att['email'])
        to = [(org['name'], org['email'])]
    else:
        frm = (org['name'], org['email'])
        to = m['to']
        subject = ('Event Cancelled: "%s"' if mode == 'cancel' else 'Event Invitation: "%s"') % s
        htm = ('<html><head><meta charset="utf-8"></head><body><p>%s has invited you to %s.</p>'
               '<table><tr><td>%s:</td><td>%s</td></tr><tr><td>%s:</td><td>%s</td></tr><tr><td>Description:</td><td>%s</td></tr></table>'
               '</body></html>' % (esc(org['name'] or org['email']), esc(s), esc(ui(lang, 'when')), esc(w),
                                   esc(ui(lang, 'where')), linkify(ev.get('location') or ''), linkify(ev.get('description') or '')))
    if m.get('subject'):
        subject = m['subject']
    icstext = c.ics('sogo', method)
    b = '----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------' % (rng.randint(1000, 99999), int(m['date'].timestamp()),
                                                                 rng.randint(100000, 999999), rng.randint(1, 99))
    root = Part('multipart/mixed', children=[
        text_part('html', htm, 'utf-8', 'quoted-printable', quote_cs=False),
        cal_part(c, icstext, method, 'utf-8', 'quoted-printable', None, 'inline', quote=False)], boundary=b)
    dom = frm[1].split('@')[1]
    H_ = ['Date: ' + rfcdate(m['date'], m.get('sender_off', 0)), c.addr_hdr('From', [frm], 'utf-8', 'Q'),
          c.addr_hdr('To', to, 'utf-8', 'Q'), c.subj_hdr(subject, 'utf-8', 'Q'),
          'Message-ID: <%s-%s-%s-%s@%s>' % (hexs(rng, 4), hexs(rng, 8), hexs(rng, 1), hexs(rng, 8), dom),
          'X-Sogo-Message-Type: calendar:%s' % ('invitation-reply' if mode == 'reply' else 'cancellation' if mode == 'cancel' else 'invitation'),
          'MIME-Version: 1.0', 'X-Mailer: SOGoMail 5.%d.%d' % (rng.randint(5, 11), rng.randint(0, 4))]
    return H_, root


# ------------------------------------------------------------------ Nextcloud

def nextcloud(m, rng):
    c = Ctx(m, rng)
    ev, lang = c.ev, c.lang
    mode = m.get('mode', 'invite')
    org = ev['organizer']
    s = ev['summary']
    w = c.when()
    dom = m['nc_host']
    tokn = alnum(rng, 15)
    method = {'reply': 'REPLY', 'cancel': 'CANCEL'}.get(mode, m['cal'].get('method') or 'REQUEST')
    if mode == 'reply':
        att = ev['attendees'][0]
        key = {'ACCEPTED': 'acc', 'DECLINED': 'dec'}.get(att['partstat'], 'tent')
        subject = '%s: %s' % (ui(lang, key), s)
        rows = [ui(lang, 'acc_txt' if key == 'acc' else 'dec_txt').format(n=att.get('name') or att['email']), '', s, w]
        sender_name = att.get('name') or att['email']
        reply = att['email']
        to = [(org['name'], org['email'])]
    else:
        key = 'canc' if mode == 'cancel' else ('upd' if ev.get('sequence', 0) > 1 else 'inv')
        subject = '%s: %s' % (ui(lang, key), s)
        rows = ['%s: %s' % (ui(lang, key), s), '', '%s — %s' % (org['name'] or org['email'], s), '',
                '%s: %s' % (ui(lang, 'when'), w)]
        if ev.get('location'):
            rows.append('%s: %s' % (ui(lang, 'where'), ev['location']))
        if ev.get('description'):
            rows += ['', ev['description']]
        rows += ['', '%s: %s' % (ui(lang, 'who'), ', '.join(a.get('name') or a['email'] for a in ev.get('attendees', [])[:20]))]
        if mode == 'invite':
            rows += ['', 'Accept: https://%s/index.php/apps/dav/invitation/accept/%s' % (dom, tokn),
                     'Decline: https://%s/index.php/apps/dav/invitation/decline/%s' % (dom, tokn),
                     'More options: https://%s/index.php/apps/dav/invitation/options/%s' % (dom, tokn)]
        sender_name = org['name'] or org['email']
        reply = org['email']
        to = m['to']
    if m.get('subject'):
        subject = m['subject']
    text = '\n'.join(rows)
    htm = '<!DOCTYPE html><html><body><table><tr><td>%s</td></tr></table></body></html>' % linkify(text)
    icstext = c.ics('sabre', method)
    b1 = alnum(rng, 8).lower()
    root = Part('multipart/mixed', children=[
        Part('multipart/alternative', children=[text_part('plain', text, 'utf-8', 'quoted-printable', quote_cs=False),
                                                text_part('html', htm, 'utf-8', 'quoted-printable', quote_cs=False)],
             boundary=alnum(rng, 8).lower()),
        cal_part(c, icstext, method, 'utf-8', 'quoted-printable', 'event.ics', 'attachment', quote=False)], boundary=b1)
    via = '%s via %s' % (sender_name, m.get('nc_name', 'Nextcloud'))
    H_ = ['Message-ID: <%s@%s>' % (hexs(rng, 32), dom), 'Date: ' + rfcdate(m['date'], m.get('sender_off', 0)),
          c.subj_hdr(subject, 'utf-8', 'Q'), c.addr_hdr('From', [(via, m['nc_from'])], 'utf-8', 'Q'),
          c.addr_hdr('Reply-To', [(sender_name, reply)], 'utf-8', 'Q'), c.addr_hdr('To', to, 'utf-8', 'Q'),
          'MIME-Version: 1.0', 'Auto-Submitted: auto-generated']
    return H_, root


# ------------------------------------------------------------------ Yahoo

def yahoo(m, rng):
    c = Ctx(m, rng)
    ev, lang = c.ev, c.lang
    mode = m.get('mode', 'invite')
    org = ev['organizer']
    s = ev['summary']
    w = c.when()
    method = {'reply': 'REPLY', 'cancel': 'CANCEL'}.get(mode, m['cal'].get('method') or 'REQUEST')
    if mode == 'reply':
        att = ev['attendees'][0]
        key = {'ACCEPTED': 'acc', 'DECLINED': 'dec'}.get(att['partstat'], 'tent')
        subject = '%s: %s' % (ui(lang, key), s)
        frm = (att.get('name'), att['email'])
        to = [(org['name'], org['email'])]
        htm = '<div>%s</div>' % esc(ui(lang, 'acc_txt' if key == 'acc' else 'dec_txt').format(n=frm[0] or frm[1]))
    else:
        frm = (org['name'], org['email'])
        to = m['to']
        subject = '%s: %s' % (ui(lang, 'canc' if mode == 'cancel' else 'inv'), s)
        htm = ('<html><body><div style="font-family:Helvetica Neue,Helvetica,Arial"><div>%s</div><h2>%s</h2>'
               '<div>%s</div><div>%s</div><div>%s</div></div></body></html>' % (
                   esc(org['name'] or org['email']), esc(s), esc(w), linkify(ev.get('location') or ''),
                   linkify(ev.get('description') or '')))
    if m.get('subject'):
        subject = m['subject']
    icstext = c.ics('yahoo', method)
    b = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(10 ** 8, 10 ** 9), int(m['date'].timestamp() * 1000))
    root = Part('multipart/mixed', children=[
        text_part('html', htm, 'UTF-8', 'quoted-printable'),
        cal_part(c, icstext, method, 'UTF-8', '7bit' if is_ascii(icstext) else 'quoted-printable', 'invite.ics', 'attachment')],
        boundary=b)
    H_ = ['Date: ' + rfcdate(m['date']), c.addr_hdr('From', [frm], 'UTF-8', 'B'), c.addr_hdr('To', to, 'UTF-8', 'B'),
          'Message-ID: <%d.%d.%d@mail.yahoo.com>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7),
                                                     int(m['date'].timestamp() * 1000)),
          c.subj_hdr(subject, 'UTF-8', 'B'), 'MIME-Version: 1.0',
          'X-Mailer: WebService/1.1.%d YMailNorrin' % rng.randint(20000, 23000)]
    return H_, root


# ------------------------------------------------------------------ Zoom (webinar / meeting registration)

def zoom(m, rng):
    c = Ctx(m, rng)
    ev, lang = c.ev, c.lang
    org = ev['organizer']
    s = ev['summary']
    w = c.when()
    rname = m['rcpt'][0] or ''
    join = ev.get('location') or ev.get('url') or 'https://us%02dweb.zoom.us/w/%d?tk=%s' % (
        rng.choice([2, 6]), rng.randint(81000000000, 89999999999), alnum(rng, 43))
    if not ev.get('location'):
        ev['location'] = join
    text = m.get('note') or ''
    subject = m.get('subject') or ('%s Confirmation' % s)
    rows = ['Hi %s,' % rname.split(' ')[0] if lang == 'en' else rname, '', text, '',
            '%s: %s' % (ui(lang, 'when'), w), '', 'Topic: %s' % s, '',
            'Please submit any questions to: %s' % org['email'] if lang == 'en' else org['email'], '',
            'Join from PC, Mac, iPad, or Android:', join, '',
            'Passcode: %d' % rng.randint(100000, 999999), '', 'Or One tap mobile:',
            '    +16699006833,,%d# US (San Jose)' % rng.randint(80000000000, 89999999999), '',
            'You can cancel your registration at any time.']
    body = '\n'.join(rows)
    htm = '<html><body style="font-family:Lato,Helvetica"><table>%s</table></body></html>' % ''.join(
        '<tr><td>%s</td></tr>' % linkify(r) for r in rows)
    icstext = c.ics('zoom', 'PUBLISH')
    b1 = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(10 ** 8, 10 ** 9), int(m['date'].timestamp() * 1000))
    b2 = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(10 ** 8, 10 ** 9), int(m['date'].timestamp() * 1000))
    root = Part('multipart/mixed', children=[
        Part('multipart/alternative', children=[text_part('plain', body, 'UTF-8', 'quoted-printable'),
                                                text_part('html', htm, 'UTF-8', 'quoted-printable')], boundary=b2),
        cal_part(c, icstext, None, 'UTF-8', 'base64', 'iCalendar.ics', 'attachment', ctype='text/calendar')],
        boundary=b1)
    H_ = ['Date: ' + rfcdate(m['date']), c.addr_hdr('From', [(org['name'], 'no-reply@zoom.us')], 'UTF-8', 'Q'),
          c.addr_hdr('Reply-To', [(org['name'], org['email'])], 'UTF-8', 'Q'), c.addr_hdr('To', m['to'], 'UTF-8', 'Q'),
          'Message-ID: <%s@zoom.us>' % alnum(rng, 22), c.subj_hdr(subject, 'UTF-8', 'Q'), 'MIME-Version: 1.0']
    return H_, root


# ------------------------------------------------------------------ custom generators (booking systems, apps, scripts)

def custom(m, rng):
    c = Ctx(m, rng)
    ev, lang = c.ev, c.lang
    cu = m['custom']
    q = m['cal'].get('quirks', set())
    org = ev['organizer']
    frm = m['from']
    subject = m.get('subject') or ev['summary']
    cs = c.cs
    text = m.get('note') or ev.get('description') or ''
    htm = m.get('html_note')
    if not htm and (cu.get('layout') == 'mixed-htmlonly' or (cu.get('layout') in ('alt', 'mixed-alt') and rng.random() < 0.5)):
        htm = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body><p>%s</p></body></html>' % (
            cs, linkify(text) or '&nbsp;')
    method = m['cal'].get('method')
    ct_method = cu.get('ct_method', method)
    icstext = c.ics('custom', enc=cu.get('ics_charset', 'utf-8'))
    ics_cs = cu.get('ics_charset', 'utf-8')
    layout = cu.get('layout', 'alt')
    cal_cte = cu.get('cal_cte', 'base64')
    lf = 'lf-b64' in q
    calname = cu.get('calname')
    if layout == 'single':
        root = cal_part(c, icstext, ct_method, ics_cs, cal_cte, calname, cu.get('disp'), lf=lf)
    else:
        tp = None
        if text or layout != 'mixed-htmlonly':
            if not can_encode(text, cs):
                cs = 'utf-8'
            tp = text_part('plain', text or ' ', cs, m.get('cte') or 'quoted-printable', quote_cs=cu.get('quote_cs', True))
        hp = text_part('html', htm, cs if can_encode(htm or '', cs) else 'utf-8', m.get('cte') or 'quoted-printable',
                       quote_cs=cu.get('quote_cs', True)) if htm else None
        calp = cal_part(c, icstext, ct_method, ics_cs, cal_cte, calname,
                        cu.get('disp') if layout != 'alt' else None, lf=lf, ctype=cu.get('cal_ctype', 'text/calendar'))
        bnd = cu.get('boundary') or ('b1_' + alnum(rng, 32))
        if layout == 'alt':
            root = Part('multipart/alternative', children=[p for p in (tp, hp, calp) if p], boundary=bnd)
        elif layout == 'mixed':
            root = Part('multipart/mixed', children=[p for p in (hp or tp, calp) if p], boundary=bnd)
        elif layout == 'mixed-htmlonly':
            root = Part('multipart/mixed', children=[p for p in (hp, calp) if p], boundary=bnd)
        else:  # mixed-alt
            inner = Part('multipart/alternative', children=[p for p in (tp, hp) if p], boundary=cu.get('boundary2') or ('b2_' + alnum(rng, 32)))
            root = Part('multipart/mixed', children=[inner, calp], boundary=bnd)
    hcs = cs if can_encode(subject + (frm[0] or ''), cs) else 'utf-8'
    H_ = []
    order = cu.get('hdr_order', ['date', 'to', 'from', 'reply', 'subject', 'mid', 'mailer', 'mime'])
    hm = {'date': 'Date: ' + rfcdate(m['date'], m.get('sender_off', 0)),
          'to': c.addr_hdr('To', m['to'], hcs, cu.get('hmode', 'B')) if m['to'] else 'To: undisclosed-recipients:;',
          'from': c.addr_hdr('From', [frm], hcs, cu.get('hmode', 'B')),
          'reply': c.addr_hdr('Reply-To', [m['reply_to']], hcs) if m.get('reply_to') else None,
          'subject': c.subj_hdr(subject, hcs, cu.get('hmode', 'B')),
          'mid': 'Message-ID: <%s>' % cu.get('mid', '%s@%s' % (alnum(rng, 32), frm[1].split('@')[1])),
          'mailer': ('X-Mailer: ' + cu['mailer']) if cu.get('mailer') else None,
          'mime': 'MIME-Version: 1.0'}
    for k in order:
        if hm.get(k):
            H_.append(hm[k])
    H_ += cu.get('extra_headers', [])
    if m.get('cc'):
        H_.append(c.addr_hdr('Cc', m['cc'], hcs))
    return H_, root


RENDER = {'google': google, 'outlook': outlook, 'apple': apple, 'thunderbird': thunderbird, 'zimbra': zimbra,
          'sogo': sogo, 'nextcloud': nextcloud, 'yahoo': yahoo, 'zoom': zoom, 'custom': custom,
          'gmail': gmail_forward}
