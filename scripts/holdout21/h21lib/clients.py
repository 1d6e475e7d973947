# -*- coding: utf-8 -*-
"""Message model and per-client MIME/header renderers."""
import html as _html
import re

from .core import (Part, text_part, bin_part, ser_message, encword, addr, addr_list, rfcdate, hexs, rstr, digits,
                   uid4, can_encode, TD, tz_abbrev, fold_plain, b64r)
from .data import t, fmt_when, LOCALE
from .ics import render_ics
from . import infra


class Msg:
    def __init__(self, rng, **kw):
        self.rng = rng
        self.subject = None
        self.to = []
        self.cc = []
        self.reply_to = None
        self.sender_hdr = None
        self.note = ''
        self.plain = None
        self.html = None
        self.extra_headers = []
        self.charset = 'utf-8'
        self.cte = None
        self.cal_charset = 'utf-8'
        self.cal_cte = None
        self.hmode = 'b'
        self.raw8 = False
        self.lst = None
        self.fwd = None
        self.no_msgid = False
        self.attach_extra = []
        self.meet = None
        self.teams = None
        self.zoom = None
        self.lf_ics = False
        self.layout = None
        self.date_off = 0
        self.brand_title = None
        self.ics_name = None
        self.prodid = None
        self.apple_mac = True
        self.ua = None
        self.zimbra_ver = 'Zimbra 8.8.15_GA_4177'
        self.sogo_ver = '5.8.0'
        self.nc_host = None
        self.x_mailer = None
        self.render_client = None
        self.__dict__.update(kw)

    @property
    def ev(self):
        return self.cal.events[0]


URL_RE = re.compile(r'(https?://[^\s<>"\)]+)')


def linkify(s):
    out = []
    pos = 0
    for mm in URL_RE.finditer(s):
        out.append(_html.escape(s[pos:mm.start()]))
        u = mm.group(1)
        out.append('<a href="%s">%s</a>' % (_html.escape(u), _html.escape(u)))
        pos = mm.end()
    out.append(_html.escape(s[pos:]))
    return ''.join(out).replace('\n', '<br>\n')


def when_text(m, ev, short=False):
    lang = m.lang
    if ev.start is None:
        return ''
    if ev.allday:
        return fmt_when(lang, ev.start, False)
    s = fmt_when(lang, ev.start)
    if ev.end is not None:
        if ev.end.date() == ev.start.date():
            if lang == 'en':
                h = ev.end.hour % 12 or 12
                e = ('%d%s' % (h, 'am' if ev.end.hour < 12 else 'pm')) if ev.end.minute == 0 else \
                    ('%d:%02d%s' % (h, ev.end.minute, 'am' if ev.end.hour < 12 else 'pm'))
            else:
                e = '%02d:%02d' % (ev.end.hour, ev.end.minute)
        else:
            e = fmt_when(lang, ev.end)
        s += ' – ' + e
    if not short:
        s += ' (%s)' % (tz_abbrev(ev.tz, ev.start) if ev.tz != 'UTC' else 'UTC')
    return s


def subject_for(m):
    if m.subject is not None:
        return m.subject
    ev = m.ev
    c = m.client
    lang = m.lang
    meth = m.cal.method
    summ = ev.summary or ''
    if m.fwd:
        pre = {'google': 'Fwd: ', 'gmail': 'Fwd: ', 'thunderbird': 'Fwd: ', 'apple': 'Fwd: ', 'yahoo': 'Fwd: ',
               'icloud': 'Fwd: '}.get(c, 'FW: ')
        if lang == 'de' and c in ('exchange', 'outlook', 'teams'):
            pre = 'WG: '
        if lang == 'fr' and c in ('exchange', 'outlook', 'teams'):
            pre = 'TR: '
        if lang == 'es' and c in ('exchange', 'outlook', 'teams'):
            pre = 'RV: '
        return pre + summ
    if meth == 'REPLY':
        ps = [a for a in ev.attendees if a.get('partstat') not in (None, 'NEEDS-ACTION')]
        p = ps[0]['partstat'] if ps else 'ACCEPTED'
        k = {'ACCEPTED': 'acc', 'DECLINED': 'dec', 'TENTATIVE': 'tent'}.get(p, 'acc')
        if c == 'google':
            return '%s: %s @ %s (%s)' % (t(lang, k), summ, when_text(m, ev), m.rcpt['addr'])
        return '%s: %s' % (t(lang, k), summ)
    if meth == 'CANCEL':
        if c == 'google':
            return '%s: %s @ %s (%s)' % (t(lang, 'can'), summ, when_text(m, ev), m.rcpt['addr'])
        return '%s: %s' % (t(lang, 'can'), summ)
    if c == 'google' and meth == 'REQUEST':
        k = 'upd' if ev.seq else 'inv'
        return '%s: %s @ %s (%s)' % (t(lang, k), summ, when_text(m, ev), m.rcpt['addr'])
    if c in ('thunderbird', 'nextcloud', 'yahoo', 'icloud') and meth == 'REQUEST':
        return '%s: %s' % (t(lang, 'upd' if ev.seq else 'inv'), summ)
    return summ


def guest_lines(m, ev, limit=12):
    out = []
    org = ev.organizer
    if org:
        out.append('%s - %s' % (org.get('name') or org['addr'], t(m.lang, 'org').lower() if m.lang in
                                ('en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'ru', 'el') else t(m.lang, 'org')))
    for a in ev.attendees:
        if org and a['addr'] == org['addr']:
            continue
        out.append(a.get('name') or a['addr'])
        if len(out) >= limit:
            out.append('…' + ('+%d' % (len(ev.attendees) - limit)))
            break
    return out


def summary_plain(m, ev, with_desc=True, labels=True):
    L = []
    L.append('%s: %s' % (t(m.lang, 'when'), when_text(m, ev)))
    if ev.location:
        L.append('%s: %s' % (t(m.lang, 'where'), ev.location))
    if ev.organizer:
        L.append('%s: %s' % (t(m.lang, 'org'), ev.organizer.get('name') or ev.organizer['addr']))
    if with_desc and ev.desc:
        L.append('')
        L.append(ev.desc)
    return '\n'.join(L)


def note_block(m):
    return (m.note + '\n\n') if m.note else ''


def fwd_block(m):
    f = m.fwd
    if not f:
        return ''
    if m.client in ('google', 'gmail', 'thunderbird', 'apple', 'yahoo', 'icloud'):
        return ('%s\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n'
                % (f.get('note', ''), f['from_name'], f['from_addr'], f['date'], f['subject'], f['to']))
    return ('%s\n\n-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\n'
            'Where: %s\n\n' % (f.get('note', ''), f['from_name'], f['from_addr'], f['date'], f['to'], f['subject'],
                               when_text(m, m.ev), m.ev.location or ''))


# ------------------------------------------------------------------ body texts per client

def google_bodies(m):
    ev = m.ev
    lang = m.lang
    rng = m.rng
    eid = rstr(rng, 64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_')
    tok = rstr(rng, 56)
    base = 'https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&tok=%s&ctz=%s&hl=%s&es=0' % (
        eid, tok, ev.tz.replace('/', '%2F'), lang)
    meth = m.cal.method
    L = []
    if m.fwd:
        L.append(fwd_block(m))
    if meth == 'REPLY':
        a = ev.attendees[0] if ev.attendees else {'name': m.frm['name'], 'addr': m.frm['addr']}
        k = {'ACCEPTED': 'acc', 'DECLINED': 'dec', 'TENTATIVE': 'tent'}.get(a.get('partstat'), 'acc')
        L.append('%s: %s' % (t(lang, k), a.get('name') or a['addr']))
        if ev.comment:
            L.append('')
            L.append('"%s"' % ev.comment)
        L.append('')
    elif meth == 'CANCEL':
        L.append(t(lang, 'can'))
        L.append('')
    else:
        L.append(t(lang, 'invited').format(name=(ev.organizer or m.frm).get('name') or m.frm['addr'],
                                           title=ev.summary))
        L.append('')
    L.append(ev.summary)
    L.append('%s: %s' % (t(lang, 'when'), when_text(m, ev)))
    if ev.location:
        L.append('%s: %s' % (t(lang, 'where'), ev.location))
    if m.meet:
        L.append('')
        L.append('%s: %s' % (t(lang, 'join'), m.meet))
        L.append('Join by phone: +1 ' + '%s-%s-%s' % (digits(rng, 3), '555', '01' + digits(rng, 2)) +
                 ' PIN: %s#' % digits(rng, 9) if lang == 'en' else '')
    if ev.desc and meth != 'REPLY':
        L.append('')
        L.append(ev.desc.split('\n-::~:~::~')[0])
    L.append('')
    L.append(t(lang, 'who') + ':')
    for g in guest_lines(m, ev):
        L.append('* ' + g)
    if meth == 'REQUEST':
        L.append('')
        for k, n in (('yes', 1), ('no', 2), ('maybe', 3)):
            L.append('%s: %s&rst=%d' % (t(lang, k), base, n))
    L.append('')
    L.append('%s: https://calendar.google.com/calendar/' % t(lang, 'footer'))
    if lang == 'en':
        L.append('')
        L.append('You are receiving this email because you are an attendee on the event. To stop receiving future '
                 'updates for this event, decline this event.')
    plain = '\n'.join(L)
    # html
    H = ['<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
         'itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>'
         '<span itemprop="object" itemscope itemtype="http://schema.org/Event"><div style=""><table cellspacing="0" '
         'cellpadding="8" border="0" summary="" style="width:100%%;font-family:Arial,Sans-serif;border:1px Solid '
         '#ccc;border-width:1px 2px 2px 1px;background-color:#fff;">' % _html.escape(t(lang, 'inv')),
         '<tr><td><div style="padding:2px"><h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;'
         'font-size:16px;font-weight:bold;color:#222"><span itemprop="name">%s</span></h3>' % _html.escape(ev.summary),
         '<table cellpadding="0" cellspacing="0" border="0" summary="Event details">',
         '<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:'
         'nowrap;width:90px" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:'
         '10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><div style="text-indent:-1px">'
         '<time itemprop="startDate" datetime="%s"></time>%s</div></td></tr>'
         % (_html.escape(t(lang, 'when')), ev.start.strftime('%Y%m%dT%H%M%S') if ev.start else '',
            _html.escape(when_text(m, ev)))]
    if ev.location:
        H.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888" '
                 'valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;'
                 'font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><div style="text-indent:-1px">'
                 '<span itemprop="location" itemscope itemtype="http://schema.org/Place"><span itemprop="name" '
                 'class="notranslate">%s</span></span></div></td></tr>' % (_html.escape(t(lang, 'where')),
                                                                          linkify(ev.location)))
    H.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888" '
             'valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;'
             'font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><table cellspacing="0" '
             'cellpadding="0">' % _html.escape(t(lang, 'who')))
    for g in guest_lines(m, ev):
        H.append('<tr><td style="padding-right:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222">'
                 '<div><div style="margin:0 0 0.3em 0"><span class="notranslate">%s</span></div></div></td></tr>'
                 % _html.escape(g))
    H.append('</table></td></tr></table>')
    if ev.desc and meth != 'REPLY':
        H.append('<div style="padding-bottom:15px;font-family:Arial,Sans-serif;font-size:14px;color:#222;'
                 'white-space:pre-wrap!important;white-space:-moz-pre-wrap!important">%s</div>'
                 % (ev.x_alt_desc if ev.x_alt_desc and m.label == 'spam' and rng.random() < 0.5 else
                    linkify(ev.desc.split('\n-::~:~::~')[0])))
    if meth == 'REQUEST':
        H.append('<p style="color:#222;font-size:13px;margin:0"><span style="color:#888">%s?&nbsp;&nbsp;&nbsp;</span>'
                 % _html.escape(t(lang, 'yes')) +
                 ' '.join('<a href="%s&amp;rst=%d" style="color:#20c;white-space:nowrap" class="rsvp-link">'
                          '<strong>%s</strong></a>' % (_html.escape(base), n, _html.escape(t(lang, k)))
                          for k, n in (('yes', 1), ('no', 2), ('maybe', 3))) + '</p>')
    H.append('</div></td></tr></table></div></span></span>')
    H.append('<p style="color:#888;font-size:11px">%s <a href="https://calendar.google.com/calendar/">Google '
             'Calendar</a></p>' % _html.escape(t(lang, 'footer')))
    return plain, '\n'.join(H)


def teams_block(m):
    rng = m.rng
    if not m.teams:
        return '', ''
    url, mid, pc = m.teams
    p = ('\n________________________________________________________________________________\n'
         'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n'
         'Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\n'
         'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
         'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
         'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/'
         '?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=%s>\n'
         '________________________________________________________________________________\n'
         % (url, mid, pc, uid4(rng), uid4(rng), rstr(rng, 40), LOCALE.get(m.lang, 'en-US')))
    h = ('<div style="width:100%%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">'
         '________________________________________________________________________________</span></div>'
         '<div class="me-email-text" lang="%s" style="color:#252424;font-family:\'Segoe UI\',\'Helvetica Neue\','
         'Helvetica,Arial,sans-serif"><div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;'
         'color:#252424">Microsoft Teams meeting</span></div><div style="margin-bottom:20px"><div style="margin-top:0px;'
         'margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">Join on your computer, mobile '
         'app or room device</span></div><a class="me-email-headline" style="font-size:14px;font-family:\'Segoe UI '
         'Semibold\',\'Segoe UI\',\'Helvetica Neue\',Helvetica,Arial,sans-serif;text-decoration:underline;'
         'color:#6264a7" href="%s" target="_blank" rel="noreferrer noopener">Click here to join the meeting</a></div>'
         '<div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px"><span data-tid="meeting-code" '
         'style="font-size:14px;color:#252424">Meeting ID: <span style="font-size:16px;color:#252424">%s</span> </span>'
         '<br><span style="font-size:14px;color:#252424">Passcode: </span><span style="font-size:16px;color:#252424">%s'
         '</span></div></div></div>' % (LOCALE.get(m.lang, 'en-US'), _html.escape(url), mid, pc))
    return p, h


def ms_html(m, text, extra=''):
    paras = text.split('\n')
    body = '\n'.join('<div>%s</div>' % (linkify(p) if p.strip() else '<br>') for p in paras)
    cs = m.charset
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body>\n'
            '<div class="WordSection1">\n%s\n%s\n</div>\n</body>\n</html>' % (cs, body, extra))


def simple_html(text, lang='en', title=None, style='font-family:Arial,Helvetica,sans-serif;font-size:14px'):
    d = ' dir="rtl"' if lang in ('ar', 'he') else ''
    h = '<html><head><meta charset="utf-8"></head><body%s>\n<div style="%s">\n' % (d, style)
    if title:
        h += '<h2>%s</h2>\n' % _html.escape(title)
    h += '<p>' + linkify(text).replace('<br>\n<br>\n', '</p>\n<p>') + '</p>\n</div>\n</body></html>'
    return h


# ------------------------------------------------------------------ helpers for parts

def pick_cte(m, text, charset, prefer):
    """Pick a transfer encoding that can carry the text in the charset."""
    if m.cte and not (m.cte == '7bit' and not text.isascii()):
        return m.cte
    if charset.lower() == 'iso-2022-jp':
        return '7bit'
    if text.isascii():
        return '7bit' if prefer in ('8bit', '7bit') else prefer
    return prefer


def tpart(m, sub, text, prefer='quoted-printable', charset=None, params=None, headers=None, param_style='auto'):
    cs = charset or m.charset
    if not can_encode(text, cs):
        cs = 'utf-8'
    cte = pick_cte(m, text, cs, prefer)
    return text_part('text/' + sub, text, cs, cte, params, headers, param_style=param_style)


def cal_bytes(m):
    data = render_ics(m.cal)
    if m.cal_charset.lower() not in ('utf-8', 'us-ascii'):
        try:
            data = data.decode('utf-8').encode(__import__('h21lib.core', fromlist=['codec']).codec(m.cal_charset))
        except UnicodeError:
            m.cal_charset = 'utf-8'
    if m.lf_ics:
        data = data.replace(b'\r\n', b'\n')
    return data


def cal_part(m, cte, ctype='text/calendar', name=None, disp=None, cs=True, method=True, param_order='cm',
             headers=None, param_style='auto'):
    data = cal_bytes(m)
    if cte in ('7bit', '8bit') and not m.lf_ics:
        if cte == '7bit' and not data.isascii():
            cte = '8bit'
    if m.lf_ics and cte not in ('base64',):
        cte = 'base64'
    params = []
    mp = m.cal.mparam
    if param_order == 'mc':
        if method and mp:
            params.append(('method', mp))
        if cs:
            params.append(('charset', m.cal_charset if cs is True else cs))
    else:
        if cs:
            params.append(('charset', m.cal_charset if cs is True else cs))
        if method and mp:
            params.append(('method', mp))
    if name:
        params.append(('name', name))
    hd = list(headers or [])
    if disp:
        hd.append(('Content-Disposition', disp))
    if cte in ('7bit', '8bit'):
        p = Part(ctype, params, data.rstrip(b'\r\n'), cte, hd, param_style=param_style)
    else:
        p = bin_part(ctype, data, cte, params, hd, param_style=param_style)
    return p


def hdr_common(m, lab=None):
    lab = lab or m.charset
    if not can_encode(m.subject_final, lab):
        lab = 'utf-8'
    subj = m.subject_final
    if m.raw8:
        s = subj
    else:
        s = encword(subj, lab, m.hmode)
        if s.isascii() and subj.isascii() and len(s) > 70:
            s = fold_plain(s)
    return {
        'From': addr(m.frm.get('name'), m.frm['addr'], lab, m.hmode, m.raw8),
        'To': addr_list(m.to, lab, m.hmode) if m.to else 'undisclosed-recipients:;',
        'Cc': addr_list(m.cc, lab, m.hmode) if m.cc else None,
        'Subject': s,
        'Date': rfcdate(m.date, m.date_off),
        'Message-ID': None if m.no_msgid else '<%s>' % m.msgid,
        'MIME-Version': '1.0',
        'Reply-To': addr(m.reply_to.get('name'), m.reply_to['addr'], lab, m.hmode) if m.reply_to else None,
        'Sender': addr(m.sender_hdr.get('name'), m.sender_hdr['addr'], lab, m.hmode) if m.sender_hdr else None,
    }


def ordered(H, order, extra=()):
    out = []
    for k in order:
        if k in H and H[k] is not None:
            out.append((k, H[k]))
    out += list(extra)
    return out


# ------------------------------------------------------------------ client renderers

def r_google(m):
    rng = m.rng
    plain, html = google_bodies(m)
    if m.plain is not None:
        plain = m.plain
    b = '000000000000' + hexs(rng, 16)
    b2 = '000000000000' + hexs(rng, 16)
    pre = rng.choice(['base64', 'quoted-printable']) if not plain.isascii() else '7bit'
    alt = Part('multipart/alternative', parts=[
        tpart(m, 'plain', plain, pre, params=[('format', 'flowed'), ('delsp', 'yes')]),
        tpart(m, 'html', html, pre if pre != '7bit' else 'quoted-printable'),
        cal_part(m, '7bit' if cal_bytes(m).isascii() else 'base64', cs='UTF-8', param_style='quoted'),
    ], boundary=b2)
    fname = 'invite.ics'
    att = cal_part(m, 'base64', 'application/ics', name=fname, disp='attachment; filename="%s"' % fname,
                   cs=False, method=False)
    root = Part('multipart/mixed', parts=[alt, att] + m.attach_extra, boundary=b)
    H = hdr_common(m)
    if m.sender_hdr is None and m.frm['addr'] != 'calendar-notification@google.com' and not m.fwd:
        H['Sender'] = 'Google Calendar <calendar-notification@google.com>'
    if H['Reply-To'] is None and not m.fwd:
        H['Reply-To'] = addr(m.frm.get('name'), m.frm['addr'], m.charset if can_encode(m.frm.get('name') or '', m.charset) else 'utf-8', m.hmode)
    order = ['MIME-Version', 'Reply-To', 'Sender', 'Auto-Submitted', 'Message-ID', 'Date', 'Subject', 'From', 'To',
             'Cc']
    if not m.fwd:
        H['Auto-Submitted'] = None
    return ordered(H, order, m.extra_headers), root


def r_gmail_fwd(m):
    """Gmail web forwarding an invitation e-mail: text + html + the invite.ics attachment."""
    rng = m.rng
    plain = m.plain if m.plain is not None else fwd_block(m) + summary_plain(m, m.ev)
    html = '<div dir="ltr">' + linkify(plain) + '</div>'
    b = '000000000000' + hexs(rng, 16)
    alt = Part('multipart/alternative', parts=[tpart(m, 'plain', plain, 'quoted-printable'),
                                               tpart(m, 'html', html, 'quoted-printable')],
               boundary='000000000000' + hexs(rng, 16))
    att = cal_part(m, 'base64', 'application/ics', name='invite.ics', disp='attachment; filename="invite.ics"',
                   cs=False, method=False, headers=[('Content-ID', '<f_%s>' % rstr(rng, 9, 'abcdefghijklmnopqrstuvwxyz0123456789')),
                                                    ('X-Attachment-Id', 'f_' + rstr(rng, 9, 'abcdefghijklmnopqrstuvwxyz0123456789'))])
    root = Part('multipart/mixed', parts=[alt, att], boundary=b)
    H = hdr_common(m)
    return ordered(H, ['MIME-Version', 'References', 'In-Reply-To', 'From', 'Date', 'Message-ID', 'Subject', 'To',
                       'Cc'], m.extra_headers), root


def r_exchange(m):
    rng = m.rng
    tp, th = teams_block(m)
    base = m.plain if m.plain is not None else (fwd_block(m) + note_block(m) + (m.ev.desc if m.cal.method != 'REPLY'
                                                                                 else (m.ev.comment or '')))
    if m.teams and m.ev.desc and tp.strip().split('\n')[1] in m.ev.desc:
        plain = base
        html = ms_html(m, base.split('\n____')[0], th)
    else:
        plain = base + tp
        html = ms_html(m, base, th)
    srv = getattr(m, 'exo_server', 'AM9PR07MB%d' % rng.randint(1000, 9999))
    reg = getattr(m, 'exo_region', 'eurprd07')
    b = '_000_%s%s%s_' % (srv, hexs(rng, 32, True), srv.lower()[:4] + reg[:4])
    cte_t = 'base64' if not plain.isascii() and rng.random() < 0.6 else 'quoted-printable'
    parts = [tpart(m, 'plain', plain, cte_t, param_style='quoted'),
             tpart(m, 'html', html, 'quoted-printable' if cte_t != 'base64' else 'base64', param_style='quoted'),
             cal_part(m, 'base64', param_style='quoted')]
    root = Part('multipart/alternative', parts=parts, boundary=b)
    if m.attach_extra:
        root = Part('multipart/mixed', parts=[root] + m.attach_extra, boundary='_004_' + b[5:])
    H = hdr_common(m)
    H['Thread-Topic'] = encword(m.ev.summary or '', 'utf-8') if m.ev.summary else None
    H['Thread-Index'] = b64r(rng, 22)[:30]
    H['Accept-Language'] = LOCALE.get(m.lang, 'en-US') + (', en-US' if m.lang != 'en' else '')
    H['Content-Language'] = LOCALE.get(m.lang, 'en-US')
    H['X-MS-Has-Attach'] = 'yes' if m.attach_extra else ''
    H['X-MS-TNEF-Correlator'] = ''
    H['X-MS-Exchange-Organization-SCL'] = None
    ex = [('X-MS-Exchange-Transport-CrossTenantHeadersStamped', srv),
          ('X-MS-Exchange-CrossTenant-Network-Message-Id', uid4(rng)),
          ('X-MS-Exchange-CrossTenant-id', uid4(rng)),
          ('X-MS-PublicTrafficType', 'Email'),
          ('msip_labels', '')]
    order = ['From', 'To', 'Cc', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date', 'Message-ID', 'Reply-To',
             'Accept-Language', 'Content-Language', 'X-MS-Has-Attach', 'X-MS-TNEF-Correlator', 'MIME-Version']
    return ordered(H, order, ex + m.extra_headers), root


def r_outlook(m):
    rng = m.rng
    base = m.plain if m.plain is not None else (fwd_block(m) + note_block(m) + (m.ev.desc or ''))
    html = ms_html(m, base)
    b = '----=_NextPart_000_%04X_%08X.%08X' % (rng.randint(0, 0xffff), rng.getrandbits(32), rng.getrandbits(32))
    parts = [tpart(m, 'plain', base, 'quoted-printable', param_style='quoted'),
             tpart(m, 'html', html, 'quoted-printable', param_style='quoted'),
             cal_part(m, rng.choice(['7bit', 'base64', '8bit']), param_order='mc', param_style='quoted')]
    root = Part('multipart/alternative', parts=parts, boundary=b)
    if m.attach_extra:
        root = Part('multipart/mixed', parts=[root] + m.attach_extra,
                    boundary='----=_NextPart_000_%04X_%08X.%08X' % (rng.randint(0, 0xffff), rng.getrandbits(32),
                                                                    rng.getrandbits(32)))
    H = hdr_common(m)
    H['X-Mailer'] = 'Microsoft Outlook 16.0'
    H['Thread-Index'] = b64r(rng, 22)[:30]
    H['Content-Language'] = LOCALE.get(m.lang, 'en-US').lower()[:2] + '-' + LOCALE.get(m.lang, 'en-US')[-2:]
    order = ['From', 'To', 'Cc', 'Reply-To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'X-Mailer',
             'Thread-Index', 'Content-Language']
    return ordered(H, order, m.extra_headers), root


def r_apple(m):
    rng = m.rng
    b = 'Apple-Mail=_%s' % uid4(rng, True)
    txt = m.plain if m.plain is not None else (fwd_block(m) + note_block(m) + summary_plain(m, m.ev, True))
    fn = 'iCal-%s-%s.ics' % (m.date.strftime('%Y%m%d'), m.date.strftime('%H%M%S'))
    if rng.random() < 0.4:
        fn = 'invite.ics'
    parts = [tpart(m, 'plain', txt, 'quoted-printable'),
             cal_part(m, 'quoted-printable' if rng.random() < 0.5 else 'base64', name=fn,
                      disp='attachment;\r\n\tfilename=%s' % fn, param_order='cm')]
    root = Part('multipart/mixed', parts=parts + m.attach_extra, boundary=b)
    H = hdr_common(m)
    osv = m.apple_os
    H['MIME-Version'] = '1.0 (Mac OS X Mail 16.0 \\(3774.%d.%d.1.1\\))' % (rng.randint(100, 600), rng.randint(1, 200)) \
        if m.apple_mac else '1.0 (1.0)'
    H['X-Mailer'] = ('Apple Mail (2.3774.%d.%d.1.1)' % (rng.randint(100, 600), rng.randint(1, 200))) \
        if m.apple_mac else 'iPhone Mail (%s)' % rstr(rng, 5, 'ABCDEFGHJK0123456789')
    order = ['Content-Type'] and ['From', 'Mime-Version', 'MIME-Version', 'Subject', 'Message-ID', 'Date', 'Reply-To',
                                  'To', 'Cc', 'X-Mailer']
    return ordered(H, order, m.extra_headers), root


def r_icloud(m):
    rng = m.rng
    ev = m.ev
    lang = m.lang
    base = 'https://www.icloud.com/calendar/?invitation=%s' % rstr(rng, 40)
    links = ''
    if m.cal.method == 'REQUEST':
        head = t(lang, 'invited').format(name=(ev.organizer or m.frm).get('name') or m.frm['addr'],
                                         title=ev.summary)
        links = '\n\n%s: %s&a=1\n%s: %s&a=2\n%s: %s&a=3' % (t(lang, 'yes'), base, t(lang, 'maybe'), base,
                                                              t(lang, 'no'), base)
    elif m.cal.method == 'REPLY' and ev.attendees:
        k = {'ACCEPTED': 'acc', 'DECLINED': 'dec', 'TENTATIVE': 'tent'}.get(ev.attendees[0].get('partstat'), 'acc')
        head = '%s: %s' % (t(lang, k), ev.attendees[0].get('name') or ev.attendees[0]['addr'])
        if ev.comment:
            head += '\n"%s"' % ev.comment
    elif m.cal.method == 'CANCEL':
        head = '%s: %s' % (t(lang, 'can'), ev.summary)
    else:
        head = ev.summary
    txt = m.plain if m.plain is not None else (fwd_block(m) + head + '\n\n' + summary_plain(m, ev) + links)
    html = ('<html><body style="font-family:-apple-system,Helvetica,sans-serif">\n<table width="100%%"><tr><td>'
            '<h2 style="font-weight:500">%s</h2>\n<p><b>%s</b><br>%s<br>%s</p>\n<div>%s</div>\n<p>'
            '%s</p>\n</td></tr></table></body></html>'
            % (_html.escape(head), _html.escape(ev.summary), _html.escape(when_text(m, ev)),
               _html.escape(ev.location or ''), (ev.x_alt_desc if ev.x_alt_desc and rng.random() < .5 else linkify(ev.desc or '')),
               ('<a href="%s&amp;a=1">%s</a> &middot; <a href="%s&amp;a=2">%s</a> &middot; <a href="%s&amp;a=3">%s</a>'
                % (base, _html.escape(t(lang, 'yes')), base, _html.escape(t(lang, 'maybe')), base,
                   _html.escape(t(lang, 'no')))) if links else ''))
    b = 'Apple-Mail=_%s' % uid4(rng, True)
    alt = Part('multipart/alternative', parts=[tpart(m, 'plain', txt, 'quoted-printable'),
                                               tpart(m, 'html', html, 'quoted-printable')],
               boundary='Apple-Mail=_%s' % uid4(rng, True))
    att = cal_part(m, 'base64', name='invite.ics', disp='attachment; filename="invite.ics"')
    root = Part('multipart/mixed', parts=[alt, att] + m.attach_extra, boundary=b)
    H = hdr_common(m)
    order = ['From', 'Reply-To', 'To', 'Cc', 'Subject', 'Date', 'Message-ID', 'MIME-Version']
    return ordered(H, order, [('X-Apple-Calendar-Invitation', 'YES')] + m.extra_headers), root


def r_thunderbird(m):
    rng = m.rng
    txt = m.plain if m.plain is not None else (fwd_block(m) + note_block(m) + summary_plain(m, m.ev))
    b1 = '------------' + rstr(rng, 24)
    b2 = '------------' + rstr(rng, 24)
    cte = 'quoted-printable' if rng.random() < .5 else '8bit'
    alt = Part('multipart/alternative', parts=[
        tpart(m, 'plain', txt, cte, params=[('format', 'flowed')]),
        cal_part(m, cte if cte != '8bit' else '8bit', param_order='mc')], boundary=b2)
    att = cal_part(m, 'base64', 'application/ics', name='invite.ics', disp='attachment; filename="invite.ics"',
                   cs=False, method=False)
    root = Part('multipart/mixed', parts=[alt, att] + m.attach_extra, boundary=b1)
    H = hdr_common(m)
    H['User-Agent'] = m.ua
    H['Content-Language'] = LOCALE.get(m.lang, 'en-US')
    order = ['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Content-Language', 'To', 'Cc', 'From', 'Reply-To',
             'Subject']
    return ordered(H, order, m.extra_headers), root


def r_zoom(m):
    rng = m.rng
    ev = m.ev
    txt = m.plain if m.plain is not None else (note_block(m) + (ev.desc or ''))
    html = m.html if m.html is not None else simple_html(txt, m.lang, None,
                                                         'font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#232333')
    alt = Part('multipart/alternative', parts=[tpart(m, 'plain', txt, 'quoted-printable'),
                                               tpart(m, 'html', html, 'quoted-printable')],
               boundary=hexs(rng, 56))
    att = cal_part(m, 'base64', 'text/calendar', name='invite.ics', disp='attachment; filename=invite.ics')
    root = Part('multipart/mixed', parts=[alt, att], boundary=hexs(rng, 56))
    H = hdr_common(m)
    order = ['From', 'Reply-To', 'Subject', 'MIME-Version', 'Message-ID', 'Date', 'To']
    return ordered(H, order, [('X-Entity-ID', rstr(rng, 22) + '=='), ('X-Feedback-ID', '%d:SG' % rng.randint(10**6, 10**7))]
                   + m.extra_headers), root


def r_nextcloud(m):
    rng = m.rng
    ev = m.ev
    lang = m.lang
    host = m.nc_host
    tokens = [rstr(rng, 32) for _ in range(3)]
    head = t(lang, 'invited').format(name=(ev.organizer or m.frm).get('name') or '', title=ev.summary) \
        if m.cal.method == 'REQUEST' else ev.summary
    L = [head, '', summary_plain(m, ev, False)]
    if ev.desc:
        L += ['%s: %s' % (t(lang, 'desc'), ev.desc)]
    if ev.url:
        L += ['Link: ' + ev.url]
    if m.cal.method == 'REQUEST':
        L += ['', '%s: https://%s/index.php/apps/dav/invitation/accept/%s' % (t(lang, 'yes'), host, tokens[0]),
              '%s: https://%s/index.php/apps/dav/invitation/decline/%s' % (t(lang, 'no'), host, tokens[1]),
              '%s: https://%s/index.php/apps/dav/invitation/options/%s' % (t(lang, 'maybe'), host, tokens[2])]
    L += ['', '--', 'Nextcloud – a safe home for all your data']
    txt = m.plain if m.plain is not None else note_block(m) + '\n'.join(L)
    html = simple_html(txt, lang, None, 'font-family:-apple-system,system-ui,"Segoe UI",Roboto,Oxygen-Sans,Cantarell,'
                                        'Ubuntu,"Helvetica Neue",Arial,sans-serif;color:#222')
    alt = Part('multipart/alternative', parts=[tpart(m, 'plain', txt, 'quoted-printable'),
                                               tpart(m, 'html', html, 'quoted-printable')],
               boundary=rstr(rng, 8, 'abcdefghijklmnopqrstuvwxyz0123456789_-'))
    calp = cal_part(m, 'base64' if rng.random() < .6 else 'quoted-printable', name='event.ics', param_order='cm')
    root = Part('multipart/mixed', parts=[alt, calp], boundary=rstr(rng, 8, 'abcdefghijklmnopqrstuvwxyz0123456789_-'))
    H = hdr_common(m)
    order = ['Message-ID', 'Date', 'Subject', 'From', 'Reply-To', 'To', 'Cc', 'MIME-Version']
    return ordered(H, order, [('Auto-Submitted', 'auto-generated')] + m.extra_headers), root


def r_zimbra(m):
    rng = m.rng
    ev = m.ev
    lang = m.lang
    if m.plain is not None:
        txt = m.plain
    else:
        head = ('The following is a new meeting request:' if lang == 'en' else t(lang, 'inv') + ':') \
            if m.cal.method == 'REQUEST' else (ev.summary or '')
        inv = ', '.join('"%s" <%s>' % (a.get('name') or a['addr'], a['addr']) for a in ev.attendees[:20])
        txt = (fwd_block(m) + note_block(m) + head + '\n\nSubject: %s \nOrganizer: "%s" <%s> \n\nTime: %s\n \n'
               'Invitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s' % (ev.summary, (ev.organizer or m.frm).get('name'),
                                                                 (ev.organizer or m.frm)['addr'], when_text(m, ev),
                                                                 inv, ev.desc or ''))
    html = ('<html><body id=\'htmlmode\'><h3>%s</h3>\n\n<p>\n<table border=\'0\'>\n<tr><th align=left>Subject:</th>'
            '<td>%s </td></tr>\n<tr><th align=left>Organizer:</th><td>%s </td></tr>\n</table>\n<p>\n<table '
            'border=\'0\'>\n<tr><th align=left>Time:</th><td>%s </td></tr>\n</table>\n<div>*~*~*~*~*~*~*~*~*~*</div>'
            '<br>%s</body></html>' % (_html.escape(t(lang, 'inv')), _html.escape(ev.summary or ''),
                                     _html.escape((ev.organizer or m.frm)['addr']), _html.escape(when_text(m, ev)),
                                     ev.x_alt_desc or linkify(ev.desc or '')))
    b = '=_' + uid4(rng)
    cte = rng.choice(['7bit', 'quoted-printable'])
    parts = [tpart(m, 'plain', txt, cte if cte != '7bit' else 'quoted-printable'),
             tpart(m, 'html', html, 'quoted-printable'),
             cal_part(m, cte if cte != '7bit' else '8bit', name='meeting.ics', param_order='cm')]
    root = Part('multipart/alternative', parts=parts, boundary=b)
    H = hdr_common(m)
    H['X-Mailer'] = m.zimbra_ver
    H['Thread-Index'] = rstr(rng, 28)
    H['Thread-Topic'] = encword(ev.summary or '', 'utf-8')
    order = ['Date', 'From', 'Reply-To', 'To', 'Cc', 'Message-ID', 'Subject', 'MIME-Version', 'X-Mailer',
             'Thread-Index', 'Thread-Topic']
    return ordered(H, order, [('X-Originating-IP', '[%s]' % __import__('h21lib.core', fromlist=['ip4']).ip4(rng))] +
                   m.extra_headers), root


def r_yahoo(m):
    rng = m.rng
    ev = m.ev
    txt = m.plain if m.plain is not None else (fwd_block(m) + note_block(m) + summary_plain(m, ev))
    html = ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">%s</div></div></body>'
            '</html>' % (hexs(rng, 8), linkify(txt)))
    b1 = '----=_Part_%d_%d.%d' % (rng.randint(10**6, 10**7), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13))
    b2 = '----=_Part_%d_%d.%d' % (rng.randint(10**6, 10**7), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13))
    alt = Part('multipart/alternative', parts=[tpart(m, 'plain', txt, 'quoted-printable'),
                                               tpart(m, 'html', html, 'quoted-printable')], boundary=b2)
    att = cal_part(m, 'base64', name='invite.ics', disp='attachment; filename="invite.ics"')
    root = Part('multipart/mixed', parts=[alt, att] + m.attach_extra, boundary=b1)
    H = hdr_common(m)
    order = ['Date', 'From', 'Reply-To', 'To', 'Cc', 'Message-ID', 'Subject', 'MIME-Version']
    return ordered(H, order, [('References', '<%s>' % m.msgid), ('X-Mailer', 'WebService/1.1.%d YMailNorrin' %
                                                                 rng.randint(20000, 23999))] + m.extra_headers), root


def r_sogo(m):
    rng = m.rng
    ev = m.ev
    lang = m.lang
    head = t(lang, 'invited').format(name=(ev.organizer or m.frm).get('name') or '', title=ev.summary) \
        if m.cal.method == 'REQUEST' else ev.summary
    txt = m.plain if m.plain is not None else (fwd_block(m) + note_block(m) + head + '\n\n' +
                                              summary_plain(m, ev))
    html = simple_html(txt, lang)
    b = '----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------' % (rng.randint(1000, 99999), rng.randint(10**9, 2 * 10**9),
                                                                rng.randint(0, 9), rng.randint(0, 9))
    parts = [tpart(m, 'html', html, 'quoted-printable'),
             cal_part(m, 'quoted-printable', name='request.ics', disp='attachment; filename="request.ics"',
                      param_order='mc')]
    root = Part('multipart/mixed', parts=parts, boundary=b)
    H = hdr_common(m)
    H['X-Mailer'] = 'SOGoMail %s' % m.sogo_ver
    order = ['Date', 'From', 'To', 'Cc', 'Reply-To', 'Subject', 'MIME-Version', 'Message-ID', 'X-Mailer']
    return ordered(H, order, m.extra_headers), root


def r_booking(m):
    rng = m.rng
    ev = m.ev
    txt = m.plain if m.plain is not None else (note_block(m) + ev.desc)
    html = m.html if m.html is not None else simple_html(txt, m.lang, m.brand_title)
    lay = m.layout if m.layout is not None else rng.randint(0, 2)
    fn = m.ics_name or rng.choice(['invite.ics', 'event.ics', 'calendar.ics', 'booking.ics', 'appointment.ics',
                                   'reservation.ics', 'add_to_calendar.ics'])
    if lay == 0:
        alt = Part('multipart/alternative', parts=[tpart(m, 'plain', txt, 'quoted-printable'),
                                                   tpart(m, 'html', html, 'quoted-printable')],
                   boundary='b2_' + hexs(rng, 32))
        att = cal_part(m, 'base64', 'application/ics' if rng.random() < .5 else 'text/calendar', name=fn,
                       disp='attachment; filename="%s"' % fn, cs=rng.random() < .5)
        root = Part('multipart/mixed', parts=[alt, att] + m.attach_extra, boundary='b1_' + hexs(rng, 32))
    elif lay == 1:
        alt = Part('multipart/alternative', parts=[tpart(m, 'plain', txt, 'quoted-printable'),
                                                   tpart(m, 'html', html, 'quoted-printable'),
                                                   cal_part(m, 'base64')], boundary='=_' + hexs(rng, 24))
        root = alt if not m.attach_extra else Part('multipart/mixed', parts=[alt] + m.attach_extra,
                                                   boundary='=_mixed_' + hexs(rng, 20))
    else:
        rel = Part('multipart/alternative', parts=[tpart(m, 'html', html, 'base64')],
                   boundary='--==_mimepart_' + hexs(rng, 13) + '_' + digits(rng, 5))
        att = cal_part(m, 'base64', 'text/calendar', name=fn, disp='attachment; filename=%s' % fn)
        root = Part('multipart/mixed', parts=[rel, att] + m.attach_extra,
                    boundary='--==_mimepart_' + hexs(rng, 13) + '_' + digits(rng, 5))
    H = hdr_common(m)
    order = ['Date', 'From', 'Reply-To', 'To', 'Message-ID', 'Subject', 'MIME-Version']
    return ordered(H, order, m.extra_headers), root


def r_script(m):
    """Hand-rolled generators: PHP scripts, CRM plugins, bulk tools."""
    rng = m.rng
    ev = m.ev
    txt = m.plain if m.plain is not None else (note_block(m) + (ev.desc or ''))
    lay = m.layout if m.layout is not None else rng.randint(0, 4)
    cs = m.cal_cs_param if hasattr(m, 'cal_cs_param') else True
    if lay == 0:      # the whole message is the calendar object
        root = cal_part(m, rng.choice(['7bit', 'quoted-printable', 'base64']) if not m.lf_ics else 'base64', cs=cs)
    elif lay == 1:    # text + attached .ics
        root = Part('multipart/mixed', parts=[tpart(m, 'plain', txt, rng.choice(['8bit', 'quoted-printable', 'base64'])),
                                              cal_part(m, 'base64', rng.choice(['text/calendar', 'application/ics',
                                                                                 'application/octet-stream']),
                                                       name=m.ics_name or 'invite.ics',
                                                       disp='attachment; filename="%s"' % (m.ics_name or 'invite.ics'),
                                                       cs=cs)] + m.attach_extra,
                    boundary='=_' + hexs(rng, 32))
    elif lay == 2:    # alternative html + calendar
        html = m.html if m.html is not None else simple_html(txt, m.lang)
        root = Part('multipart/alternative', parts=[tpart(m, 'html', html, rng.choice(['quoted-printable', 'base64',
                                                                                     '8bit'])),
                                                    cal_part(m, rng.choice(['base64', '7bit', 'quoted-printable']),
                                                             cs=cs)],
                    boundary='b1_' + hexs(rng, 32))
    elif lay == 3:    # PHPMailer-like: mixed(alt(text, html, calendar)) ...
        html = m.html if m.html is not None else simple_html(txt, m.lang)
        alt = Part('multipart/alternative', parts=[tpart(m, 'plain', txt, 'quoted-printable'),
                                                   tpart(m, 'html', html, 'quoted-printable'),
                                                   cal_part(m, 'base64', cs=cs)], boundary='b2_' + rstr(rng, 40))
        root = Part('multipart/mixed', parts=[alt, cal_part(m, 'base64', 'application/ics', name='invite.ics',
                                                            disp='attachment; filename=invite.ics', cs=False,
                                                            method=False)] + m.attach_extra,
                    boundary='b1_' + rstr(rng, 40))
    else:             # html only + octet-stream .ics
        html = m.html if m.html is not None else simple_html(txt, m.lang)
        root = Part('multipart/mixed', parts=[tpart(m, 'html', html, 'base64'),
                                              cal_part(m, 'base64', 'application/octet-stream',
                                                       name=m.ics_name or 'event.ics', method=False, cs=False,
                                                       disp='attachment; filename="%s"' % (m.ics_name or 'event.ics'))],
                    boundary='----=_Part_%d_%d' % (rng.randint(10**5, 10**6), rng.randint(10**8, 10**9)))
    H = hdr_common(m)
    order = ['Date', 'To', 'From', 'Reply-To', 'Subject', 'Message-ID', 'MIME-Version']
    if rng.random() < 0.5:
        order = ['From', 'To', 'Subject', 'Date', 'MIME-Version', 'Message-ID', 'Reply-To']
    xm = [('X-Mailer', m.x_mailer)] if getattr(m, 'x_mailer', None) else []
    return ordered(H, order, xm + m.extra_headers), root


RENDER = {'google': r_google, 'gmail': r_gmail_fwd, 'exchange': r_exchange, 'teams': r_exchange,
          'outlook': r_outlook, 'apple': r_apple, 'icloud': r_icloud, 'thunderbird': r_thunderbird, 'zoom': r_zoom,
          'nextcloud': r_nextcloud, 'zimbra': r_zimbra, 'yahoo': r_yahoo, 'sogo': r_sogo, 'booking': r_booking,
          'script': r_script}


def render(m):
    m.subject_final = subject_for(m)
    if m.lst:
        if not m.subject_final.startswith('[' + m.lst['tag'] + ']'):
            m.subject_final = '[%s] %s' % (m.lst['tag'], m.subject_final)
    rcl = m.render_client if getattr(m, 'render_client', None) else m.client
    hdrs, root = RENDER[rcl](m)
    if m.lst:
        add_footer(root, m)
        lh = [('List-Id', '%s <%s>' % (m.lst['name'], m.lst['id'])),
              ('List-Unsubscribe', '<https://%s/mailman/options/%s>,\r\n <mailto:%s?subject=unsubscribe>'
               % (m.lst['host'], m.lst['tag'].lower(), m.lst['addr'].replace('@', '-request@'))),
              ('List-Archive', '<https://%s/pipermail/%s/>' % (m.lst['host'], m.lst['tag'].lower())),
              ('List-Post', '<mailto:%s>' % m.lst['addr']),
              ('List-Help', '<mailto:%s?subject=help>' % m.lst['addr'].replace('@', '-request@')),
              ('Precedence', 'list'),
              ('Errors-To', m.env_from)]
        if m.lst.get('munge'):
            hdrs = [(k, v) for k, v in hdrs if k not in ('From', 'Reply-To', 'Sender')]
            hdrs.insert(0, ('From', addr('%s via %s' % (m.frm.get('name') or m.frm['addr'], m.lst['name']),
                                         m.lst['addr'], 'utf-8')))
            hdrs.append(('Reply-To', addr(m.frm.get('name'), m.frm['addr'], 'utf-8')))
        else:
            hdrs = [(k, v) for k, v in hdrs if k != 'Sender']
            hdrs.append(('Sender', '"%s" <%s>' % (m.lst['name'], m.lst['addr'].replace('@', '-bounces@'))))
        hdrs = [(k, encword(m.subject_final, 'utf-8') if k == 'Subject' else v) for k, v in hdrs]
        hdrs += lh
    top = infra.trace_headers(m) + hdrs
    return ser_message(top, root)


def add_footer(root, m):
    """Append the list footer to the first text/plain part (as Mailman does), which breaks the DKIM body hash."""
    from .core import text_part as tp
    foot = '\n_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n' % (
        m.lst['name'], m.lst['addr'], m.lst['host'], m.lst['tag'].lower())

    def walk(p):
        if p.parts:
            for sp in p.parts:
                if walk(sp):
                    return True
            return False
        if p.ctype == 'text/plain' and getattr(p, 'src_text', None) is not None:
            return False
        return False
    # simplest faithful behaviour: wrap the original body in multipart/mixed with a footer part
    old = Part(root.ctype, root.params, root.body, root.cte, root.headers, root.parts, root.boundary, root.preamble,
               root.param_style)
    root.ctype = 'multipart/mixed'
    root.params = []
    root.cte = None
    root.headers = []
    root.parts = [old, tp('text/plain', foot, 'us-ascii' if foot.isascii() else 'utf-8', '7bit' if foot.isascii()
                          else 'quoted-printable', headers=[('Content-Disposition', 'inline')])]
    root.boundary = '===============%019d==' % m.rng.randint(10**17, 10**18)
    root.preamble = None
