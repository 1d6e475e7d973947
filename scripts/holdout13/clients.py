# -*- coding: utf-8 -*-
"""MIME layout and headers of individual mail/calendar clients."""
import html
import re
import datetime as dt
from urllib.parse import quote as urlquote

import ics
from core import (Part, leaf, enc_word, addr, addr_list, rfc2822, aware_local, rhex, ralnum, rlower, rdigits,
                  ruuid, rb64, to_bytes, can_encode, TZ, tzabbr, icutc)
from i18n import UI, fmt_when, LANG_TAG

URL_RE = re.compile(r'(https?://[^\s<>"\)]+)')

OL_PREFIX = {  # Outlook/Exchange subject prefixes: accepted, declined, tentative, canceled, forward
    'en': ('Accepted', 'Declined', 'Tentative', 'Canceled', 'FW'), 'de': ('Angenommen', 'Abgelehnt', 'Mit Vorbehalt',
    'Abgesagt', 'WG'), 'fr': ('Accepté', 'Refusé', 'Provisoire', 'Annulé', 'TR'), 'es': ('Aceptado', 'Rechazado',
    'Provisional', 'Cancelado', 'RV'), 'it': ('Accettato', 'Rifiutato', 'Provvisorio', 'Annullato', 'I'),
    'pt': ('Aceito', 'Recusado', 'Provisório', 'Cancelado', 'ENC'), 'nl': ('Geaccepteerd', 'Geweigerd', 'Voorlopig',
    'Geannuleerd', 'FW'), 'sv': ('Accepterat', 'Avböjt', 'Preliminärt', 'Inställt', 'VB'), 'pl': ('Zaakceptowane',
    'Odrzucone', 'Wstępnie zaakceptowane', 'Anulowane', 'PD'), 'tr': ('Kabul Edildi', 'Reddedildi', 'Belki',
    'İptal Edildi', 'İLT'), 'ru': ('Принято', 'Отклонено', 'Под вопросом', 'Отменено', 'FW'), 'el': ('Αποδοχή',
    'Απόρριψη', 'Αβέβαιη', 'Ακυρώθηκε', 'ΠΡΘ'), 'ar': ('مقبول', 'مرفوض', 'مبدئي', 'ملغى', 'إعادة توجيه'),
    'he': ('אושר', 'נדחה', 'טנטטיבי', 'בוטל', 'העבר'), 'zh': ('已接受', '已谢绝', '暂定', '已取消', '转发'),
    'zht': ('已接受', '已拒絕', '暫訂', '已取消', '轉寄'), 'ja': ('承諾', '辞退', '仮承諾', 'キャンセル済み', 'FW'),
    'ko': ('수락됨', '거절됨', '미정', '취소됨', 'FW'), 'hi': ('स्वीकृत', 'अस्वीकृत', 'अस्थायी', 'रद्द', 'FW'),
    'th': ('ยอมรับ', 'ปฏิเสธ', 'ไม่แน่นอน', 'ยกเลิก', 'FW'),
}


BEST_FIT = str.maketrans({'\u2013': '-', '\u2014': '-', '\u201c': '"', '\u201d': '"', '\u201e': '"',
                          '\u2018': "'", '\u2019': "'", '\u00ab': '"', '\u00bb': '"', '\u2026': '...',
                          '\u00a0': ' ', '\u2122': '(TM)', '\u20ac': 'EUR'})


def linkify(text):
    out = []
    pos = 0
    for mo in URL_RE.finditer(text):
        out.append(html.escape(text[pos:mo.start()], quote=False))
        u = mo.group(1)
        out.append('<a href="%s">%s</a>' % (html.escape(u), html.escape(u, quote=False)))
        pos = mo.end()
    out.append(html.escape(text[pos:], quote=False))
    return ''.join(out).replace('\n', '<br>\n')


def when_str(m, tzlabel=True):
    ev = m['ev']
    lab = None
    if tzlabel and not ev.get('allday'):
        lab = tzabbr(ev['tz'], ev['start'])
    return fmt_when(m['lang'], ev['start'], ev['end'], lab, ev.get('allday'))


def _b(m, name='b'):
    return m.get('boundary_seed', '')


def _text_cte(data_ascii, r, choices):
    if data_ascii and '7bit' in choices:
        return '7bit'
    return r.choice([c for c in choices if c != '7bit'] or ['base64'])


def tpart(r, ctype, text, charset, ctes, params=(), pre=(), post=(), nl='\r\n', quote_cs=True):
    """A text part; picks a CTE among ctes, falls back to utf-8 if needed."""
    if not can_encode(text, charset):
        # legacy clients map typographic punctuation to a "best fit" before giving up on the charset
        t2 = text.translate(BEST_FIT)
        if can_encode(t2, charset):
            text = t2
        else:
            charset = 'utf-8'
    data = to_bytes(text, charset, nl)
    is_ascii = all(b < 128 for b in data) and charset.lower() != 'iso-2022-jp' or (
        charset.lower() == 'iso-2022-jp')
    cte = _text_cte(all(b < 128 for b in data), r, ctes)
    if charset.lower() == 'iso-2022-jp':
        cte = '7bit' if r.random() < 0.7 else 'base64'
    cs = '"%s"' % charset if quote_cs else charset
    return leaf(ctype, data, cte, [('charset', cs)] + list(params), pre, post)


def cal_part(r, ics_bytes, method, ctes, charset='utf-8', ctype='text/calendar', extra_params=(), pre=(), post=(),
             order='cm', quote=False):
    is_ascii = all(b < 128 for b in ics_bytes)
    cte = _text_cte(is_ascii, r, ctes)
    cs = ('"%s"' % charset) if quote else charset
    params = []
    if ctype == 'text/calendar':
        if method:
            params = [('charset', cs), ('method', method)] if order == 'cm' else [('method', method), ('charset', cs)]
        else:
            params = [('charset', cs)]
    params += list(extra_params)
    return leaf(ctype, ics_bytes, cte, params, pre, post)


def msgid_domain(m):
    return m['sender']['email'].split('@')[1]


def _base_hdrs(m, order, extra=()):
    """Build common From/To/Subject/Date/Message-ID list in the given order."""
    cs = m['hdr_charset']
    enc = m.get('hdr_enc', 'B')
    values = {
        'From': addr(m['sender']['name'], m['sender']['email'], cs, enc),
        'To': addr_list([addr(n, e, cs, enc) for n, e in m['to']]),
        'Subject': enc_word(m['subject'], cs, enc),
        'Date': rfc2822(aware_local(m['sent'], m['send_tz'])),
        'Message-ID': m['msgid'],
        'MIME-Version': '1.0',
    }
    if m.get('cc'):
        values['Cc'] = addr_list([addr(n, e, cs, enc) for n, e in m['cc']])
    if m.get('reply_to'):
        values['Reply-To'] = addr(m['reply_to'][0], m['reply_to'][1], cs, enc)
    out = []
    for k in order:
        if k in values:
            out.append((k, values[k]))
        elif k == '__CT__':
            out.append(('__CT__', None))
    out += list(extra)
    return out


def finalize(hdrs, root):
    out = []
    for k, v in hdrs:
        if k == '__CT__':
            out += root.headers
        else:
            out.append((k, v))
    if not any(k == '__CT__' for k, v in hdrs):
        out += root.headers
    root.headers = out
    return root

# --------------------------------------------------------------------------- subjects

def default_subject(m, client):
    ev = m['ev']
    ui = UI[m['lang']]
    meth = ev['method']
    t = ev['summary']
    re_email = m['rcpt']['email']
    if client == 'google':
        w = when_str(m)
        if meth == 'CANCEL':
            return '%s: %s @ %s (%s)' % (ui['cnl'], t, w, re_email)
        if meth == 'REPLY':
            ps = ev['attendees'][0].get('partstat', 'ACCEPTED')
            word = {'ACCEPTED': ui['acc'], 'DECLINED': ui['dec'], 'TENTATIVE': ui['tent']}[ps]
            return '%s: %s @ %s' % (word, t, w)
        return '%s: %s @ %s (%s)' % (ui['upd'] if ev.get('seq', 0) > 0 else ui['inv'], t, w, re_email)
    if client in ('exchange', 'outlook16'):
        p = OL_PREFIX[m['lang']]
        if meth == 'REPLY':
            ps = ev['attendees'][0].get('partstat', 'ACCEPTED')
            return '%s: %s' % ({'ACCEPTED': p[0], 'DECLINED': p[1], 'TENTATIVE': p[2]}[ps], t)
        if meth == 'CANCEL':
            return '%s: %s' % (p[3], t)
        if meth == 'COUNTER':
            return '%s: %s' % (ui['newtime'], t)
        return t
    if client in ('zimbra', 'apple'):
        if meth == 'REPLY':
            ps = ev['attendees'][0].get('partstat', 'ACCEPTED')
            return '%s: %s' % ({'ACCEPTED': ui['acc'], 'DECLINED': ui['dec'], 'TENTATIVE': ui['tent']}[ps], t)
        if meth == 'CANCEL':
            return '%s: %s' % (ui['cnl'], t)
        return t
    if client == 'sogo' and meth == 'REQUEST':
        return '%s: "%s"' % (ui['inv'], t)
    if meth == 'REPLY':
        ps = ev['attendees'][0].get('partstat', 'ACCEPTED')
        return '%s: %s' % ({'ACCEPTED': ui['acc'], 'DECLINED': ui['dec'], 'TENTATIVE': ui['tent']}[ps], t)
    if meth == 'CANCEL':
        return '%s: %s' % (ui['cnl'], t)
    return '%s: %s' % (ui['upd'] if ev.get('seq', 0) > 0 else ui['inv'], t)

# --------------------------------------------------------------------------- Google Calendar

def _gcal_links(r, m):
    eid = rb64(r, 45, True)
    tok = rb64(r, 40, True)
    base = 'https://calendar.google.com/calendar/event?action=@@A@@&eid=' + eid + '&tok=' + tok + \
           '&ctz=' + urlquote(m['ev']['tz'], safe='') + '&hl=' + LANG_TAG[m['lang']].split('-')[0] + '&es=0'
    return base


def build_google(m, r):
    ev = m['ev']
    ui = UI[m['lang']]
    lang = m['lang']
    on, oe = ev['organizer']
    w = when_str(m)
    class _L(str):
        def __mod__(self, a):
            return self.replace('@@A@@', a)
    link = _L(_gcal_links(r, m))
    T = []
    if ev['method'] == 'CANCEL':
        T.append(ui['cnl_body'])
        T.append('')
    elif ev['method'] == 'REPLY':
        a = ev['attendees'][0]
        key = {'ACCEPTED': 'r_acc', 'DECLINED': 'r_dec', 'TENTATIVE': 'r_tent'}[a.get('partstat', 'ACCEPTED')]
        T.append(ui[key].format(n=a.get('name') or a['email']))
        T.append('')
    else:
        T.append(ui['invited'])
        T.append('')
    T.append('%s: %s' % (ui['title'], ev['summary']))
    if ev.get('description'):
        T.append(re.sub(r'<[^>]+>', '', ev['description'].replace('<br>', '\n')))
    T.append('%s: %s' % (ui['when'], w))
    if ev.get('location'):
        T.append('%s: %s' % (ui['where'], ev['location']))
    if ev.get('meet'):
        T.append('%s' % ui['meet'])
        T.append(ev['meet'].replace('https://', ''))
        T.append('')
    T.append('%s: %s' % (ui['cal'], m['rcpt']['email']))
    T.append('%s:' % ui['who'])
    T.append('     * %s - %s' % (on or oe, ui['org']))
    shown = ev['attendees'][:30]
    for a in shown:
        T.append('     * %s' % (a.get('name') or a['email']))
    if len(ev['attendees']) > 30:
        T.append('     * ... (+%d)' % (len(ev['attendees']) - 30))
    T.append('')
    if ev['method'] == 'REQUEST':
        T.append('%s %s: %s' % (ui['going'], m['rcpt']['email'], '  '.join(
            ['%s - %s' % (x, link % 'RESPOND' + '&rst=%d' % i) for i, x in ((1, ui['yes']), (3, ui['maybe']),
                                                                           (2, ui['no']))][:1])))
        T.append('%s: %s' % (ui['more'], link % 'VIEW'))
        T.append('')
    T.append('%s' % ui['gcal'])
    T.append('https://calendar.google.com/calendar/')
    T.append('')
    if lang == 'en' and ev['method'] == 'REPLY':
        T.append('You are receiving this email at the account %s because you are subscribed for invitation replies '
                 'on calendar %s.' % (m['rcpt']['email'], m['rcpt']['email']))
        T.append('')
        T.append('To stop receiving these emails, go to https://calendar.google.com/calendar/r/settings, select this '
                 'calendar, and change "Other notifications".')
    elif lang == 'en':
        T.append('You are receiving this courtesy email at the account %s because you are an attendee of this '
                 'event.' % m['rcpt']['email'])
    if lang == 'en' and ev['method'] != 'REPLY':
        T.append('')
        T.append('To stop receiving future updates for this event, decline this event. Alternatively you can sign '
                 'up for a Google account at https://calendar.google.com/calendar/ and control your notification '
                 'settings for your entire calendar.')
        T.append('')
        T.append('Forwarding this invitation could allow any recipient to send a response to the organizer and be '
                 'added to the guest list, or invite others regardless of their own invitation status, or to modify '
                 'your RSVP. Learn more at https://support.google.com/calendar/answer/37135#forwarding')
    text = '\n'.join(T) + '\n'
    # HTML
    H = ['<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
         'itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>'
         % html.escape(ui['inv'] + ' ' + (on or oe)),
         '<div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%;'
         'font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;">'
         '<tr><td>']
    if ev['method'] == 'REQUEST':
        H.append('<div style="padding:2px"><span style="float:right;font-weight:bold;font-size:13px">'
                 '<a href="%s" style="color:#20c;white-space:nowrap" itemprop="url">%s &raquo;</a></span>'
                 % (html.escape(link % 'VIEW'), html.escape(ui['more'])))
    H.append('<h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;'
             'color:#222"><span itemprop="name">%s</span></h3>' % html.escape(ev['summary']))
    if ev.get('description'):
        d = ev['description'] if '<' in ev['description'] and '>' in ev['description'] else linkify(ev['description'])
        H.append('<div style="padding-bottom:15px;font-family:Arial,Sans-serif;font-size:13px;color:#222;'
                 'white-space:pre-wrap!important;white-space:-moz-pre-wrap!important">%s</div>' % d)
    H.append('<table cellpadding="0" cellspacing="0" border="0" summary="Event details"><tr><td style="padding:0 1em '
             '10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap;width:90px" '
             'valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;'
             'font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><div style="text-indent:-1px">'
             '<time itemprop="startDate" datetime="%s"></time><time itemprop="endDate" datetime="%s"></time>%s</div>'
             '</td></tr>' % (html.escape(ui['when']), icutc(m['ev_start_utc']), icutc(m['ev_end_utc']),
                              html.escape(w)))
    if ev.get('location'):
        H.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;'
                 'white-space:nowrap;width:90px" valign="top"><div><i style="font-style:normal">%s</i></div></td>'
                 '<td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" '
                 'valign="top"><div style="text-indent:-1px"><span itemprop="location" itemscope '
                 'itemtype="http://schema.org/Place"><span itemprop="name" class="notranslate">%s</span></span>'
                 '</div></td></tr>' % (html.escape(ui['where']), linkify(ev['location'])))
    H.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;'
             'white-space:nowrap;width:90px" valign="top"><div><i style="font-style:normal">%s</i></div></td><td '
             'style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">'
             '<div style="text-indent:-1px"><div><div style="margin:0 0 0.3em 0"><span itemprop="attendee" '
             'itemscope itemtype="http://schema.org/Person"><span itemprop="name" class="notranslate">%s</span>'
             '<meta itemprop="email" content="%s"/></span><span style="font-size:11px;color:#888"> - %s</span>'
             '</div></div>' % (html.escape(ui['who']), html.escape(on or oe), html.escape(oe), html.escape(ui['org'])))
    for a in shown:
        H.append('<div><div style="margin:0 0 0.3em 0"><span itemprop="attendee" itemscope itemtype='
                 '"http://schema.org/Person"><span itemprop="name" class="notranslate">%s</span><meta '
                 'itemprop="email" content="%s"/></span></div></div>' % (html.escape(a.get('name') or a['email']),
                                                                         html.escape(a['email'])))
    H.append('</div></td></tr></table>')
    if ev['method'] == 'REQUEST':
        H.append('<p style="color:#222;font-size:13px;margin:0"><span style="color:#888">%s&nbsp;&nbsp;&nbsp;</span>'
                 '<wbr><strong><span itemprop="potentialaction" itemscope itemtype="http://schema.org/RsvpAction">'
                 '<meta itemprop="attendance" content="http://schema.org/RsvpAttendance/Yes"/><span itemprop="handler"'
                 ' itemscope itemtype="http://schema.org/HttpActionHandler"><link itemprop="method" '
                 'href="http://schema.org/HttpRequestMethod/GET"/><a href="%s" style="color:#20c;white-space:nowrap" '
                 'itemprop="url">%s</a></span></span><span style="margin:0 0.4em;font-weight:normal"> - </span>'
                 '<a href="%s" style="color:#20c;white-space:nowrap">%s</a><span style="margin:0 0.4em;'
                 'font-weight:normal"> - </span><a href="%s" style="color:#20c;white-space:nowrap">%s</a>'
                 '</strong></p>' % (html.escape(ui['going']), html.escape(link % 'RESPOND' + '&rst=1'),
                                    html.escape(ui['yes']), html.escape(link % 'RESPOND' + '&rst=3'),
                                    html.escape(ui['maybe']), html.escape(link % 'RESPOND' + '&rst=2'),
                                    html.escape(ui['no'])))
    H.append('</td></tr><tr><td style="background-color:#f6f6f6;color:#888;border-top:1px Solid #ccc;'
             'font-family:Arial,Sans-serif;font-size:11px"><p>%s <a href="https://calendar.google.com/calendar/" '
             'target="_blank" style="">Google Calendar</a></p></td></tr></table></div></span>' % html.escape(ui['gcal']))
    htm = '\n'.join(H) + '\n'
    icsb = ics.render(ev, m, r, 'google')
    b1 = '000000000000' + rhex(r, 10)
    b2 = '000000000000' + rhex(r, 10)
    alt = Part([('Content-Type', 'multipart/alternative; boundary="%s"' % b2)], parts=[
        tpart(r, 'text/plain', text, 'UTF-8', ['base64'], [('format', 'flowed'), ('delsp', 'yes')]),
        tpart(r, 'text/html', htm, 'UTF-8', ['quoted-printable']),
        cal_part(r, icsb, ev['method'], ['7bit', 'base64'], 'UTF-8', quote=True),
    ], boundary=b2)
    att = leaf('application/ics', icsb, 'base64', [('name', '"invite.ics"')],
               post=[('Content-Disposition', 'attachment; filename="invite.ics"')])
    root = Part([('Content-Type', 'multipart/mixed; boundary="%s"' % b1)], parts=[alt, att], boundary=b1)
    m['msgid'] = m.get('msgid') or '<calendar-%s@google.com>' % ruuid(r)
    if ev['method'] == 'REPLY':
        m['reply_to'] = m.get('reply_to') or (ev['attendees'][0].get('name'), ev['attendees'][0]['email'])
    m['reply_to'] = m.get('reply_to') or (on, oe)
    hdrs = _base_hdrs(m, ['MIME-Version', 'Date', 'Reply-To', 'Message-ID', 'Subject', 'From', 'To', 'Cc', '__CT__'],
                      [])
    # Google puts Sender after Reply-To
    i = [k for k, v in hdrs].index('Message-ID')
    hdrs.insert(i, ('Sender', 'Google Calendar <calendar-notification@google.com>'))
    return hdrs, root

# --------------------------------------------------------------------------- Exchange / Microsoft 365

def teams_block(r, m, link, lang):
    mid = '%d %d %d %d' % (r.randint(200, 499), r.randint(100, 999), r.randint(100, 999), r.randint(100, 999))
    pc = ralnum(r, 6, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')
    head = {'de': 'Microsoft Teams-Besprechung', 'fr': 'Réunion Microsoft Teams', 'es': 'Reunión de Microsoft Teams',
            'nl': 'Microsoft Teams-vergadering', 'ja': 'Microsoft Teams 会議', 'it': 'Riunione di Microsoft Teams',
            'pt': 'Reunião do Microsoft Teams', 'zh': 'Microsoft Teams 会议'}.get(lang, 'Microsoft Teams meeting')
    bar = '_' * 80
    if m['sent'].year >= 2023:
        return ('%s\n%s\nJoin on your computer, mobile app or room device\nClick here to join the meeting<%s>\n'
                'Meeting ID: %s\nPasscode: %s\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app>'
                ' | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting>'
                ' | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=en-US>\n%s'
                % (bar, head, link, mid, pc, ruuid(r), ruuid(r), rlower(r, 40), bar))
    return ('%s\nJoin Microsoft Teams Meeting<%s>\nLearn more about Teams<https://go.microsoft.com/fwlink/?linkid=857250>'
            ' | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s>\n%s'
            % (bar, link, ruuid(r), ruuid(r), bar))


def teams_link(r):
    return ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22'
            '%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (rb64(r, 45, True).replace('-', 'Q').replace('_', 'Z'),
                                                        ruuid(r), ruuid(r)))


def ms_html(text, charset='utf-8'):
    body = linkify(text)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
            'font-size: 12pt; color: rgb(0, 0, 0);" class="elementToProof">\n%s\n</div>\n</body>\n</html>\n'
            % (charset, body))


def build_exchange(m, r):
    ev = m['ev']
    lang = m['lang']
    body = m.get('body')
    if body is None:
        body = ev.get('description') or ''
    if ev.get('teams') and ev.get('teams_in_body', True):
        tb = teams_block(r, m, ev['teams'], lang)
        if tb not in body:
            body = (body + '\n\n' if body else '') + tb
        if ev.get('description') is not None and tb not in ev['description']:
            ev['description'] = body
    if ev['method'] == 'CANCEL' and not body:
        body = ''
    icsb = ics.render(ev, m, r, 'exchange')
    tzn = ev['tz']
    geo = 'NAM' if tzn.startswith('America') else ('EUR' if tzn.startswith(('Europe', 'Africa')) or tzn == 'Asia/Jerusalem'
                                                   else ('JPN' if tzn == 'Asia/Tokyo' else 'APC'))
    m['ms_geo'] = geo
    srv = '%s%02dMB%d' % (r.choice({'NAM': ['BN8PR', 'DM6PR', 'SA1PR', 'MW4PR', 'PH0PR'],
                                    'EUR': ['AM0PR', 'DB9PR', 'PAXPR', 'VI1PR', 'DU0PR'],
                                    'JPN': ['TYCPR', 'OS3PR'], 'APC': ['SG2PR', 'PSAPR', 'SEZPR']}[geo]),
                          r.randint(1, 12), r.randint(1000, 9999))
    region = {'NAM': 'namprd%02d' % r.randint(1, 20), 'EUR': 'eurprd%02d' % r.randint(1, 9), 'JPN': 'jpnprd01',
              'APC': 'apcprd%02d' % r.randint(1, 6)}[geo]
    m['ms_srv'], m['ms_region'] = srv, region
    mid_core = '%s%s%s' % (srv, rhex(r, 22, True), '@')
    m['msgid'] = m.get('msgid') or '<%s%s.%s.prod.outlook.com>' % (srv, rhex(r, 22, True) + '@' + srv, region)
    boundary = '_000_%s%s%s_' % (srv, rhex(r, 22, True), srv.lower()[:6])
    cs = m['charset'] if m['charset'] not in ('us-ascii',) else 'utf-8'
    if cs != 'utf-8' and not can_encode(body.translate(BEST_FIT), cs):
        cs = 'utf-8'
    body = body.translate(BEST_FIT) if cs != 'utf-8' else body
    parts = [tpart(r, 'text/plain', body, cs, ['base64', 'quoted-printable']),
             tpart(r, 'text/html', ms_html(body, cs), cs, ['base64', 'quoted-printable']),
             cal_part(r, icsb, ev['method'], ['base64'], cs, quote=True)]
    root = Part([('Content-Type', 'multipart/alternative;\r\n\tboundary="%s"' % boundary)], parts=parts,
                boundary=boundary)
    ti = rb64(r, 22 + 5 * r.randint(0, 3))
    hdrs = _base_hdrs(m, ['From', 'To', 'Cc', 'Subject', 'Reply-To'], [])
    hdrs += [('Thread-Topic', enc_word(ev['summary'], 'utf-8', 'B', 'Thread-Topic')), ('Thread-Index', ti),
             ('Date', rfc2822(aware_local(m['sent'], m['send_tz']))), ('Message-ID', m['msgid'])]
    if m.get('in_reply_to'):
        hdrs += [('References', m['in_reply_to']), ('In-Reply-To', m['in_reply_to'])]
    hdrs += [('Accept-Language', '%s, en-US' % LANG_TAG[lang] if lang != 'en' else 'en-US'),
             ('Content-Language', LANG_TAG[lang]), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    if m['sent'].year >= 2018:
        hdrs += [('msip_labels', ''), ('x-ms-publictraffictype', 'Email'),
                 ('x-ms-traffictypediagnostic', '%s:EE_MeetingMessage|%s:EE_' % (srv, srv)),
                 ('x-ms-office365-filtering-correlation-id', ruuid(r)),
                 ('x-microsoft-antispam', 'BCL:0;ARA:13230040|1800799024|366016|376014|38070700018;'),
                 ('x-forefront-antispam-report', 'CIP:255.255.255.255;CTRY:;LANG:%s;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:%s.%s.prod.outlook.com;'
                  'PTR:;CAT:NONE;SFS:(13230040)(1800799024)(366016)(376014)(38070700018);DIR:OUT;SFP:1102;'
                  % (lang, srv, region))]
    hdrs += [('__CT__', None), ('MIME-Version', '1.0')]
    if m['sent'].year >= 2018:
        hdrs += [('X-MS-Exchange-CrossTenant-Network-Message-Id', ruuid(r)),
                 ('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s' % m['sent'].strftime('%d %b %Y %H:%M:%S.') +
                  '%04dZ' % r.randint(0, 9999)),
                 ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
                 ('X-MS-Exchange-CrossTenant-id', m.setdefault('tenant_id', ruuid(r))),
                 ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', srv)]
    return hdrs, root

# --------------------------------------------------------------------------- Outlook desktop (IMAP/SMTP)

def build_outlook16(m, r):
    ev = m['ev']
    lang = m['lang']
    body = m.get('body')
    if body is None:
        body = ev.get('description') or ''
    cs = m['charset']
    if ev.get('altdesc') is None and m['opts'].get('altdesc', True) and ev.get('description') is not None:
        ev['altdesc'] = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" '
                         'CONTENT="MS Exchange Server version 16.0.%d.%d">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n'
                         '<!-- Converted from text/rtf format -->\n\n<P DIR=LTR><SPAN LANG="%s"><FONT FACE="Calibri">'
                         '%s</FONT></SPAN></P>\n\n</BODY>\n</HTML>' % (r.randint(10000, 17000), r.randint(10, 99999),
                                                                    LANG_TAG[lang], linkify(ev['description'])))
    cal_cs = m.get('cal_charset', 'utf-8')
    icsb = ics.render(ev, m, r, 'outlook16', charset=cal_cs)
    stamp = '%s.%s' % (rhex(r, 8, True), rhex(r, 8, True))
    boundary = '----=_NextPart_000_%04X_%s' % (r.randint(0, 0x30), '01D' + rhex(r, 5, True) + '.' + rhex(r, 8, True))
    m['msgid'] = m.get('msgid') or '<%s$%s$%s$@%s>' % (rhex(r, 12), rhex(r, 8), rhex(r, 8), msgid_domain(m))
    html_body = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                 'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                 'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
                 'charset=%s"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                 '/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                 '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style></head>'
                 '<body lang=%s link="#0563C1" vlink="#954F72"><div class=WordSection1><p class=MsoNormal>%s<o:p></o:p>'
                 '</p></div></body></html>\n' % (cs, LANG_TAG[lang], linkify(body).replace('<br>\n', '<o:p></o:p></p>'
                                                                                          '<p class=MsoNormal>')))
    parts = [tpart(r, 'text/plain', body, cs, ['quoted-printable', '7bit']),
             tpart(r, 'text/html', html_body, cs, ['quoted-printable', '7bit']),
             cal_part(r, icsb, ev['method'], ['quoted-printable', 'base64', '8bit', '7bit'], cal_cs, quote=True,
                      order='mc')]
    root = Part([('Content-Type', 'multipart/alternative;\r\n\tboundary="%s"' % boundary)], parts=parts,
                boundary=boundary, preamble='This is a multi-part message in MIME format.\r\n')
    hdrs = _base_hdrs(m, ['From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID', 'MIME-Version', '__CT__', 'Reply-To'])
    hdrs += [('X-Mailer', 'Microsoft Outlook %s' % m['opts'].get('olver', '16.0')), ('Thread-Index', rb64(r, 22 + 5 * r.randint(0, 2))),
             ('Content-Language', LANG_TAG[lang].lower() if r.random() < 0.5 else LANG_TAG[lang])]
    return hdrs, root

# --------------------------------------------------------------------------- Apple Mail / Calendar.app and iCloud

def _apple_mailer(m):
    y = m['sent'].year
    if m['opts'].get('ios'):
        return 'iPhone Mail (%s)' % {2016: '14G60', 2017: '15A432', 2018: '16A366', 2019: '16G77', 2020: '18A373',
                                     2021: '18G82', 2022: '19G71', 2023: '20F66', 2024: '21E236', 2025: '22D63',
                                     2026: '23B85'}[y]
    return 'Apple Mail (2.%s)' % {2016: '3124', 2017: '3273', 2018: '3445.104.11', 2019: '3445.104.11',
                                  2020: '3608.120.23.2.4', 2021: '3654.120.0.1.13', 2022: '3696.120.41.1.1',
                                  2023: '3731.600.7', 2024: '3774.500.171.1.1', 2025: '3826.400.131.1.6',
                                  2026: '3864.100.1'}[y]


def build_applemail(m, r):
    ev = m['ev']
    cs = m['charset'] if m['charset'] != 'utf-8' or r.random() < 0.5 else 'utf-8'
    icsb = ics.render(ev, m, r, 'apple')
    b = 'Apple-Mail=_%s' % ruuid(r, True)
    body = m.get('body') or ''
    y = m['sent'].year
    fname = 'iCal-%s.ics' % aware_local(m['sent'], m['send_tz']).strftime('%Y%m%d-%H%M%S')
    if m['opts'].get('ios'):
        fname = 'invite.ics'
    parts = [tpart(r, 'text/plain', body + ('\n' if body else '\n'), cs, ['7bit', 'quoted-printable'], quote_cs=False),
             cal_part(r, icsb, ev['method'], ['quoted-printable'], 'utf-8',
                      extra_params=[('x-unix-mode', '0644'), ('name', '"%s"' % fname)],
                      pre=[('Content-Disposition', 'attachment;\r\n\tfilename=%s' % fname)])]
    if body and r.random() < 0.5:
        b2 = 'Apple-Mail=_%s' % ruuid(r, True)
        alt = Part([('Content-Type', 'multipart/alternative;\r\n\tboundary="%s"' % b2)], parts=[
            parts[0], tpart(r, 'text/html', '<html><head><meta http-equiv="content-type" content="text/html; '
                            'charset=%s"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
                            'line-break: after-white-space;">%s</body></html>' % (cs, linkify(body)), cs,
                            ['quoted-printable'], quote_cs=False)], boundary=b2)
        parts[0] = alt
    root = Part([('Content-Type', 'multipart/mixed;\r\n\tboundary="%s"' % b)], parts=parts, boundary=b)
    if m['opts'].get('ios'):
        mv = '1.0 (1.0)'
    else:
        mv = '1.0 (Mac OS X Mail %s \\(%s\\))' % (
            {2016: '9.3', 2017: '10.3', 2018: '11.5', 2019: '12.4', 2020: '13.4', 2021: '14.0', 2022: '15.0'}.get(y, '16.0'),
            _apple_mailer(m).split('(2.')[1].rstrip(')'))
    m['msgid'] = m.get('msgid') or '<%s@%s>' % (ruuid(r, True), msgid_domain(m))
    hdrs = [('From', addr(m['sender']['name'], m['sender']['email'], cs, 'Q'))]
    hdrs += [('__CT__', None), ('Mime-Version', mv)]
    hdrs += [('Subject', enc_word(m['subject'], cs, 'Q')), ('Date', rfc2822(aware_local(m['sent'], m['send_tz']))),
             ('Message-Id', m['msgid'])]
    hdrs.append(('To', addr_list([addr(n, e, cs, 'Q') for n, e in m['to']])))
    if m.get('cc'):
        hdrs.append(('Cc', addr_list([addr(n, e, cs, 'Q') for n, e in m['cc']])))
    if m.get('reply_to'):
        hdrs.append(('Reply-To', addr(*m['reply_to'])))
    hdrs.append(('X-Mailer', _apple_mailer(m)))
    return hdrs, root


def build_icloud(m, r):
    """Invitation sent by the iCloud calendar server (iMIP) on behalf of an iCloud user."""
    ev = m['ev']
    ui = UI[m['lang']]
    on, oe = ev['organizer']
    m['opts']['ios'] = m['opts'].get('ios', True)
    icsb = ics.render(ev, m, r, 'icloud')
    w = when_str(m)
    tok = rb64(r, 24, True)
    base = 'https://www.icloud.com/calendar/%s/%s' % (r.choice(['accept', 'decline', 'maybe']), tok)
    txt = [ui['has_inv'].format(n=on or oe, t=ev['summary']), '', ev['summary'], w]
    if ev.get('location'):
        txt.append(ev['location'])
    if ev.get('description'):
        txt += ['', ev['description']]
    txt += ['', '%s / %s / %s' % (ui['yes'], ui['maybe'], ui['no'])]
    text = '\n'.join(txt) + '\n'
    htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
           '</head><body style="margin:0;padding:0;font-family:-apple-system,Helvetica,Arial,sans-serif;">'
           '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="480">'
           '<tr><td style="font-size:13px;color:#888;padding:20px 0 4px">%s</td></tr>'
           '<tr><td style="font-size:22px;font-weight:600;color:#111">%s</td></tr>'
           '<tr><td style="font-size:15px;color:#333;padding-top:6px">%s</td></tr>%s%s'
           '<tr><td style="padding:24px 0"><a href="%s" style="background:#007aff;color:#fff;padding:8px 18px;'
           'border-radius:6px;text-decoration:none">%s</a> <a href="%s" style="color:#007aff;padding:8px 18px">%s</a> '
           '<a href="%s" style="color:#007aff;padding:8px 18px">%s</a></td></tr>'
           '</table></td></tr></table></body></html>\n'
           % (html.escape(ui['has_inv'].format(n=on or oe, t='')).replace('\u201c\u201d', '').replace('""', ''),
              html.escape(ev['summary']), html.escape(w),
              ('<tr><td style="font-size:15px;color:#333">%s</td></tr>' % linkify(ev['location'])) if ev.get('location') else '',
              ('<tr><td style="font-size:14px;color:#555;padding-top:14px">%s</td></tr>' % linkify(ev['description']))
              if ev.get('description') else '',
              base.replace('/maybe/', '/accept/').replace('/decline/', '/accept/'), ui['yes'],
              base.replace('/accept/', '/maybe/'), ui['maybe'], base.replace('/accept/', '/decline/'), ui['no']))
    b1 = '----=_Part_%d_%d.%d' % (r.randint(100000, 9999999), r.randint(10 ** 8, 10 ** 9), int(m['sent'].timestamp() * 1000))
    b2 = '----=_Part_%d_%d.%d' % (r.randint(100000, 9999999), r.randint(10 ** 8, 10 ** 9), int(m['sent'].timestamp() * 1000))
    alt = Part([('Content-Type', 'multipart/alternative; \r\n\tboundary="%s"' % b2)], parts=[
        tpart(r, 'text/plain', text, 'UTF-8', ['quoted-printable', '7bit'], quote_cs=False),
        tpart(r, 'text/html', htm, 'UTF-8', ['quoted-printable'], quote_cs=False)], boundary=b2)
    cal = cal_part(r, icsb, ev['method'], ['quoted-printable', 'base64', '7bit'], 'UTF-8',
                   extra_params=[('name', 'invite.ics')], post=[('Content-Disposition', 'attachment; filename=invite.ics')])
    root = Part([('Content-Type', 'multipart/mixed; \r\n\tboundary="%s"' % b1)], parts=[alt, cal], boundary=b1)
    m['msgid'] = m.get('msgid') or '<%s@%s>' % (ruuid(r, True), r.choice(['icloud.com', 'caldav.icloud.com']))
    m['icloud_server'] = True
    hdrs = _base_hdrs(m, ['From', 'To', 'Message-ID', 'Subject', 'MIME-Version', '__CT__', 'Date', 'Reply-To'])
    return hdrs, root

# --------------------------------------------------------------------------- Thunderbird / Lightning

def _tb_ua(m):
    y = m['sent'].year
    v = {2016: '45.8.0', 2017: '52.5.2', 2018: '60.3.0', 2019: '60.9.1', 2020: '78.5.1', 2021: '91.4.0',
         2022: '102.5.1', 2023: '115.5.2', 2024: '128.4.3', 2025: '140.3.0', 2026: '140.5.0'}[y]
    osx = m['opts'].get('os') or 'Windows NT 10.0; Win64; x64'
    return 'Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s' % (osx, v.split('.')[0] + '.0', v) + \
        (' Lightning/%s' % {2016: '4.7.8', 2017: '5.4.5', 2018: '6.2.2', 2019: '6.2.9'}[y] if y < 2020 else '')


def build_thunderbird(m, r):
    ev = m['ev']
    ui = UI[m['lang']]
    on, oe = ev['organizer']
    body = m.get('body')
    if body is None:
        L = ['%s: %s' % (ui['title'], ev['summary']), '%s: %s' % (ui['when'], when_str(m))]
        if ev.get('location'):
            L.append('%s: %s' % (ui['where'], ev['location']))
        L.append('%s: %s <%s>' % (ui['org'].capitalize(), on or oe, oe))
        L.append('%s:' % ui['who'])
        for a in ev['attendees']:
            L.append('%s <%s>' % (a.get('name') or a['email'], a['email']))
        if ev.get('description'):
            L += ['', ev['description']]
        body = '\n'.join(L) + '\n'
    icsb = ics.render(ev, m, r, 'thunderbird')
    b1 = '------------' + ralnum(r, 24)
    b2 = '------------' + ralnum(r, 24)
    alt = Part([('Content-Type', 'multipart/alternative;\r\n boundary="%s"' % b2)], parts=[
        tpart(r, 'text/plain', body, m['charset'] if m['charset'] != 'utf-8' else 'UTF-8',
              ['8bit', '7bit'] if m['charset'].lower() != 'iso-2022-jp' else ['7bit'], quote_cs=False),
        cal_part(r, icsb, ev['method'], ['8bit', '7bit'], 'UTF-8', order='mc')], boundary=b2)
    att = leaf('application/ics', icsb, 'base64', [('name', '"invite.ics"')],
               post=[('Content-Disposition', 'attachment; filename="invite.ics"')])
    root = Part([('Content-Type', 'multipart/mixed; boundary="%s"' % b1)], parts=[alt, att], boundary=b1,
                preamble='This is a multi-part message in MIME format.')
    m['msgid'] = m.get('msgid') or '<%s@%s>' % (ruuid(r), msgid_domain(m))
    hdrs = [('Message-ID', m['msgid']), ('Date', rfc2822(aware_local(m['sent'], m['send_tz']))),
            ('MIME-Version', '1.0'), ('User-Agent', _tb_ua(m))]
    hdrs += _base_hdrs(m, ['From', 'To', 'Cc', 'Reply-To', 'Subject'])
    hdrs += [('Content-Language', LANG_TAG[m['lang']]), ('__CT__', None)]
    return hdrs, root

# --------------------------------------------------------------------------- Zoom

def build_zoom(m, r):
    ev = m['ev']
    body = m.get('body') or ev.get('description') or ''
    icsb = ics.render(ev, m, r, 'zoom')
    htm = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
           '<meta name="viewport" content="width=device-width, initial-scale=1.0"></head><body style="margin:0;'
           'font-family:Lato,Helvetica,Arial,sans-serif;color:#232333"><table width="100%%" cellpadding="0" '
           'cellspacing="0" style="background:#f4f4f4"><tr><td align="center"><table width="600" style="background:#fff">'
           '<tr><td style="padding:24px 40px"><img src="https://st1.zoom.us/homepage/publish/zoom-logo.png" alt="Zoom" '
           'width="90"></td></tr><tr><td style="padding:0 40px 30px;font-size:15px;line-height:1.6">%s</td></tr>'
           '<tr><td style="padding:16px 40px;font-size:12px;color:#747487;background:#fafafa">Copyright %d Zoom '
           'Communications, Inc. All rights reserved.</td></tr></table></td></tr></table></body></html>\n'
           % (linkify(body), m['sent'].year))
    b1 = '----=_Part_%d_%d.%d' % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 8, 10 ** 9), int(m['sent'].timestamp() * 1000))
    root = Part([('Content-Type', 'multipart/mixed; \r\n\tboundary="%s"' % b1)], parts=[
        tpart(r, 'text/html', htm, 'UTF-8', ['quoted-printable'], quote_cs=False),
        cal_part(r, icsb, ev['method'], ['base64'], 'UTF-8', extra_params=[('name', 'iCalendar.ics')],
                 post=[('Content-Disposition', 'attachment; filename=iCalendar.ics')])], boundary=b1)
    m['msgid'] = m.get('msgid') or '<%s.%d.%d@zoom.us>' % (rhex(r, 16), r.randint(10, 99), int(m['sent'].timestamp()))
    hdrs = _base_hdrs(m, ['Date', 'From', 'Reply-To', 'To', 'Message-ID', 'Subject', 'MIME-Version', '__CT__'])
    hdrs += [('X-SG-EID', rb64(r, 90)[:110]), ('X-Entity-ID', rb64(r, 16))]
    return hdrs, root

# --------------------------------------------------------------------------- Nextcloud (Sabre iMIP)

def _headline(m, ui):
    ev = m['ev']
    on, oe = ev['organizer']
    if ev['method'] == 'REPLY':
        a = ev['attendees'][0]
        key = {'ACCEPTED': 'r_acc', 'DECLINED': 'r_dec', 'TENTATIVE': 'r_tent'}[a.get('partstat', 'ACCEPTED')]
        return ui[key].format(n=a.get('name') or a['email'])
    if ev['method'] == 'CANCEL':
        return ui['cnl_body']
    return ui['has_inv'].format(n=on or oe, t=ev['summary'])


def build_nextcloud(m, r):
    ev = m['ev']
    ui = UI[m['lang']]
    on, oe = ev['organizer']
    host = m['apphost']
    icsb = ics.render(ev, m, r, 'sabre')
    tok = rhex(r, 48)
    acc = 'https://%s/index.php/apps/dav/invitation/accept/%s' % (host, tok)
    dec = 'https://%s/index.php/apps/dav/invitation/decline/%s' % (host, tok)
    more = 'https://%s/index.php/apps/dav/invitation/options/%s' % (host, tok)
    L = [_headline(m, ui), '', '%s: %s' % (ui['title'], ev['summary']), '%s: %s' % (ui['when'], when_str(m))]
    if ev.get('location'):
        L.append('%s: %s' % (ui['where'], ev['location']))
    if ev.get('description'):
        L.append('%s: %s' % (ui['desc'], ev['description']))
    if ev['method'] == 'REQUEST':
        L += ['', '%s: %s' % (ui['yes'], acc), '%s: %s' % (ui['no'], dec), '%s: %s' % (ui['more'], more)]
    L += ['', '-- ', '%s - %s' % (m['opts'].get('ncname', 'Nextcloud'), m['opts'].get('ncslogan',
          'a safe home for all your data'))]
    text = '\n'.join(L) + '\n'
    rows = ''.join('<tr><td style="color:#767676;padding-right:12px">%s</td><td>%s</td></tr>' % (html.escape(k), linkify(v))
                   for k, v in [(ui['title'], ev['summary']), (ui['when'], when_str(m))] +
                   ([(ui['where'], ev['location'])] if ev.get('location') else []) +
                   ([(ui['desc'], ev['description'])] if ev.get('description') else []))
    htm = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/'
           'xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>'
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title></head><body>'
           '<table style="background-color:#fff;width:100%%"><tr><td><center><table style="width:600px"><tr><td '
           'style="padding:20px 0"><div style="background:#0082c9;width:100%%;height:60px"></div></td></tr><tr>'
           '<td><h1 style="font-size:24px">%s</h1><table>%s</table>%s</td></tr></table></center></td></tr></table>'
           '</body></html>\n' % (html.escape(_headline(m, ui)), rows,
                                 ('<p><a href="%s">%s</a> &middot; <a href="%s">%s</a> &middot; <a href="%s">%s</a></p>'
                                  % (acc, ui['yes'], dec, ui['no'], more, ui['more'])) if ev['method'] == 'REQUEST' else ''))
    y = m['sent'].year
    if y < 2022:
        b1 = '_=_swift_%d_%s_=_' % (int(m['sent'].timestamp()), rhex(r, 32))
        b2 = '_=_swift_%d_%s_=_' % (int(m['sent'].timestamp()), rhex(r, 32))
    else:
        b1 = ralnum(r, 8)
        b2 = ralnum(r, 8)
    alt = Part([('Content-Type', 'multipart/alternative; boundary=%s' % b2)], parts=[
        tpart(r, 'text/plain', text, 'utf-8', ['quoted-printable'], quote_cs=False),
        tpart(r, 'text/html', htm, 'utf-8', ['quoted-printable'], quote_cs=False)], boundary=b2)
    cal = cal_part(r, icsb, ev['method'], ['quoted-printable', 'base64'], 'utf-8', extra_params=[('name', 'event.ics')],
                   order='mc', post=[('Content-Disposition', 'attachment; name=event.ics; filename=event.ics')])
    root = Part([('Content-Type', 'multipart/mixed; boundary=%s' % b1)], parts=[alt, cal], boundary=b1)
    m['msgid'] = m.get('msgid') or '<%s@%s>' % (rhex(r, 32), host)
    m['reply_to'] = (on, oe)
    hdrs = _base_hdrs(m, ['Message-ID', 'Date', 'Subject', 'From', 'Reply-To', 'To', 'MIME-Version', '__CT__'])
    return hdrs, root

# --------------------------------------------------------------------------- Zimbra

def _zimbra_ver(m):
    y = m['sent'].year
    return {2016: '8.6.0_GA_1153', 2017: '8.7.11_GA_1854', 2018: '8.8.8_GA_2009', 2019: '8.8.12_GA_3794',
            2020: '8.8.15_GA_3953', 2021: '8.8.15_GA_4177', 2022: '9.0.0_GA_4469', 2023: '9.0.0_ZEXTRAS_20231106',
            2024: '10.0.7_GA_4628', 2025: '10.1.4_GA_4200', 2026: '10.1.9_GA_4200'}[y]


def build_zimbra(m, r):
    ev = m['ev']
    ui = UI[m['lang']]
    on, oe = ev['organizer']
    desc = ev.get('description') or ''
    if ev['method'] == 'REQUEST':
        L = [ui['mtg'], '', '%s: %s ' % (ui['title'], ev['summary']), '%s: "%s" <%s> ' % (ui['org'].capitalize(), on, oe),
             '']
        if ev.get('location'):
            L.append('%s: %s ' % (ui['where'], ev['location']))
        L.append('%s: %s' % (ui['when'], when_str(m)))
        L.append(' ')
        L.append('%s: %s ' % (ui['who'], '; '.join(a['email'] for a in ev['attendees'][:50])))
        L += ['', '', '*~*~*~*~*~*~*~*~*~*', '', desc]
        text = '\n'.join(L) + '\n'
    else:
        text = (m.get('body') or desc) + '\n'
    icsb = ics.render(ev, m, r, 'zimbra')
    b = '=_%s' % ruuid(r)
    parts = [tpart(r, 'text/plain', text, 'utf-8', ['quoted-printable', '7bit'], quote_cs=False),
             tpart(r, 'text/html', '<html><body id=\'htmlmode\'><h3>%s</h3>\n\n<p>\n<table border=\'0\'>\n'
                   '<tr><th align=left>%s:</th><td>%s </td></tr>\n<tr><th align=left>%s:</th><td>"%s" &lt;%s&gt; '
                   '</td></tr>\n</table>\n<p>\n<table border=\'0\'>\n%s<tr><th align=left>%s:</th><td>%s</td></tr>\n'
                   '</table>\n<div>*~*~*~*~*~*~*~*~*~*</div><br>%s</body></html>\n'
                   % (html.escape(ui['mtg']), ui['title'], html.escape(ev['summary']), ui['org'].capitalize(),
                      html.escape(on), oe, ('<tr><th align=left>%s:</th><td>%s </td></tr>\n' % (
                          ui['where'], linkify(ev['location']))) if ev.get('location') else '', ui['when'],
                      html.escape(when_str(m)), linkify(desc)), 'utf-8', ['quoted-printable', '7bit'], quote_cs=False),
             cal_part(r, icsb, ev['method'], ['7bit', 'quoted-printable', 'base64'], 'utf-8',
                      extra_params=[('name', 'meeting.ics')])]
    root = Part([('Content-Type', 'multipart/alternative; \r\n\tboundary="%s"' % b)], parts=parts, boundary=b)
    m['msgid'] = m.get('msgid') or '<%d.%d.%d.JavaMail.zimbra@%s>' % (r.randint(10 ** 8, 2 * 10 ** 9),
                                                                     r.randint(1000, 99999),
                                                                     int(m['sent'].timestamp() * 1000), msgid_domain(m))
    hdrs = _base_hdrs(m, ['Date', 'From', 'Reply-To', 'To', 'Cc', 'Message-ID', 'Subject', 'MIME-Version', '__CT__'])
    hdrs += [('X-Originating-IP', '[%s]' % m.get('client_ip', '198.51.100.%d' % r.randint(2, 250))),
             ('X-Mailer', 'Zimbra %s (ZimbraWebClient - %s)/%s)' % (_zimbra_ver(m), r.choice(
                 ['GC1%02d (Win)' % r.randint(10, 30), 'FF1%02d (Linux)' % r.randint(0, 30), 'GC1%02d (Mac)' % r.randint(10, 30),
                  'SAF17 (Mac)']), _zimbra_ver(m))),
             ('Thread-Index', rb64(r, 20)), ('Thread-Topic', enc_word(ev['summary'], 'utf-8', 'B', 'Thread-Topic'))]
    m['submit'] = 'zimbra'
    return hdrs, root

# --------------------------------------------------------------------------- Yahoo

def build_yahoo(m, r):
    ev = m['ev']
    ui = UI[m['lang']]
    body = m.get('body')
    if body is None:
        body = '%s\n\n%s\n%s\n%s\n\n%s\n' % (ui['invited'], ev['summary'], when_str(m), ev.get('location') or '',
                                             ev.get('description') or '')
    icsb = ics.render(ev, m, r, 'yahoo')
    ts = int(m['sent'].timestamp() * 1000)
    b = '----=_Part_%d_%d.%d' % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 8, 10 ** 9), ts)
    ycs = m['charset'] if m['charset'] != 'utf-8' else 'UTF-8'
    parts = [tpart(r, 'text/plain', body, ycs, ['quoted-printable', '7bit'], quote_cs=False),
             tpart(r, 'text/html', '<html><head></head><body><div class="yahoo-style-wrap" style="font-family:'
                   'Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n'
                   % linkify(body), ycs, ['quoted-printable', 'base64'], quote_cs=False),
             cal_part(r, icsb, ev['method'], ['7bit', 'base64'], 'UTF-8')]
    root = Part([('Content-Type', 'multipart/alternative; \r\n\tboundary="%s"' % b)], parts=parts, boundary=b)
    m['msgid'] = m.get('msgid') or '<%d.%d.%d@mail.yahoo.com>' % (r.randint(10 ** 8, 2 * 10 ** 9),
                                                                 r.randint(10 ** 6, 10 ** 7), ts)
    hdrs = _base_hdrs(m, ['Date', 'From', 'Reply-To', 'To', 'Cc', 'Message-ID', 'Subject', 'MIME-Version', '__CT__'])
    hdrs.append(('X-Mailer', 'WebService/1.1.%d YMailNorrin' % r.randint(9000, 23000)))
    return hdrs, root

# --------------------------------------------------------------------------- SOGo

def build_sogo(m, r):
    ev = m['ev']
    ui = UI[m['lang']]
    on, oe = ev['organizer']
    txt = _headline(m, ui)
    L = [txt, '', '%s: %s' % (ui['when'], when_str(m))]
    if ev.get('location'):
        L.append('%s: %s' % (ui['where'], ev['location']))
    if ev.get('description'):
        L += ['', ev['description']]
    text = '\n'.join(L) + '\n'
    icsb = ics.render(ev, m, r, 'sogo')
    b = '----=_=-_OpenGroupware_org_NGMime-%d-%d.%06d-%d------' % (r.randint(100, 60000), int(m['sent'].timestamp()),
                                                                  r.randint(0, 999999), r.randint(0, 9))
    parts = [tpart(r, 'text/html', '<html><body><p>%s</p></body></html>\n' % linkify(text), 'utf-8',
                   ['quoted-printable'], quote_cs=False),
             cal_part(r, icsb, ev['method'], ['quoted-printable'], 'utf-8')]
    root = Part([('Content-Type', 'multipart/mixed; boundary="%s"' % b)], parts=parts, boundary=b)
    m['msgid'] = m.get('msgid') or '<%s-%s-%s-%s@%s>' % (rhex(r, 4, True), rhex(r, 8, True), rhex(r, 1, True),
                                                        rhex(r, 8, True), msgid_domain(m))
    hdrs = _base_hdrs(m, ['__CT__', 'From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'])
    hdrs.append(('X-Mailer', 'SOGoMail %s' % ics._sogo_version(m)))
    return hdrs, root

# --------------------------------------------------------------------------- Gmail web with attached .ics

def build_gmailweb(m, r):
    ev = m['ev']
    body = m.get('body') or ev.get('description') or ''
    o = m['opts']
    icsb = ics.render(ev, m, r, o.get('ics_style', 'generic'), fold=o.get('fold', 'octet'),
                      nl=o.get('nl', b'\r\n'))
    b1 = '000000000000' + rhex(r, 10)
    b2 = '000000000000' + rhex(r, 10)
    htm = '<div dir="%s">%s</div>\n' % ('rtl' if m['lang'] in ('ar', 'he') else 'ltr', linkify(body))
    alt = Part([('Content-Type', 'multipart/alternative; boundary="%s"' % b2)], parts=[
        tpart(r, 'text/plain', body, 'UTF-8', ['7bit', 'base64', 'quoted-printable']),
        tpart(r, 'text/html', htm, 'UTF-8', ['7bit', 'quoted-printable', 'base64'])], boundary=b2)
    fid = 'f_%s%d' % (rlower(r, 8), r.randint(0, 3))
    fname = o.get('fname', 'invite.ics')
    ct = o.get('att_type', 'text/calendar')
    params = [('charset', '"US-ASCII"' if all(b < 128 for b in icsb) else '"UTF-8"')] if ct == 'text/calendar' else []
    if o.get('att_method'):
        params.append(('method', o['att_method']))
    params.append(('name', '"%s"' % fname))
    att = leaf(ct, icsb, 'base64', params,
               post=[('Content-Disposition', 'attachment; filename="%s"' % fname), ('Content-ID', '<%s>' % fid),
                     ('X-Attachment-Id', fid)])
    root = Part([('Content-Type', 'multipart/mixed; boundary="%s"' % b1)], parts=[alt, att], boundary=b1)
    m['msgid'] = m.get('msgid') or '<CA%s%s@mail.gmail.com>' % (r.choice(['+', 'J', 'D', 'A', 'N']), rb64(r, 42)[:52]
                                                                .replace('/', '_').replace('=', ''))
    hdrs = _base_hdrs(m, ['MIME-Version', 'From', 'Date', 'Message-ID', 'Subject', 'To', 'Cc', 'Reply-To', '__CT__'])
    return hdrs, root

# --------------------------------------------------------------------------- booking engines and ESPs

def build_booking(m, r):
    """Transactional booking / ticketing / scheduler systems and marketing ESPs."""
    ev = m['ev']
    o = m['opts']
    body = m.get('body') or ev.get('description') or ''
    htm = m.get('html') or ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><meta name="viewport" '
                            'content="width=device-width,initial-scale=1"><title>%s</title></head><body style="margin:0;'
                            'background:#f2f4f7"><table role="presentation" width="100%%" cellspacing="0" cellpadding="0">'
                            '<tr><td align="center"><table role="presentation" width="600" style="background:#ffffff;'
                            'font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#1d2939"><tr><td style="padding:'
                            '24px 32px;background:%s;color:#fff;font-size:20px;font-weight:bold">%s</td></tr><tr><td '
                            'style="padding:24px 32px;line-height:1.55">%s</td></tr><tr><td style="padding:16px 32px;'
                            'font-size:11px;color:#98a2b3">%s</td></tr></table></td></tr></table>%s</body></html>\n'
                            % (LANG_TAG[m['lang']][:2], html.escape(m['subject']), o.get('color', '#1f4e79'),
                               html.escape(m['sender']['name'] or ''), linkify(body), html.escape(o.get('footer', '')),
                               o.get('pixel', '')))
    icsb = ics.render(ev, m, r, 'generic', charset=o.get('cal_charset', 'utf-8'), fold=o.get('fold', 'octet'),
                      nl=o.get('nl', b'\r\n'))
    bst = o.get('bstyle', 'random')
    if bst == 'sendgrid' or bst == 'random' and r.random() < 0.4:
        b1, b2 = rhex(r, 64), rhex(r, 64)
    elif bst == 'ses' or r.random() < 0.5:
        b1 = '----=_Part_%d_%d.%d' % (r.randint(10 ** 5, 10 ** 7), r.randint(10 ** 8, 10 ** 9), int(m['sent'].timestamp() * 1000))
        b2 = '----=_Part_%d_%d.%d' % (r.randint(10 ** 5, 10 ** 7), r.randint(10 ** 8, 10 ** 9), int(m['sent'].timestamp() * 1000))
    else:
        b1, b2 = '_----' + rb64(r, 15).replace('/', 'x').replace('+', 'y') + '===_' + rhex(r, 2, True) + '/' + \
            rhex(r, 2, True) + '-' + rdigits(r, 5) + '-' + rhex(r, 8, True), '_----' + rhex(r, 20)
    cs = o.get('charset') or (m['charset'] if m['charset'] != 'utf-8' else 'UTF-8')
    alt = Part([('Content-Type', 'multipart/alternative; boundary="%s"' % b2)], parts=[
        tpart(r, 'text/plain', body, cs, ['quoted-printable', '7bit', 'base64'], quote_cs=False),
        tpart(r, 'text/html', htm, cs, ['quoted-printable', 'base64'], quote_cs=False)], boundary=b2)
    fname = o.get('fname', 'invite.ics')
    if o.get('inline_cal'):
        alt.parts.append(cal_part(r, icsb, o.get('ct_method', ev['method']), ['base64', '7bit', 'quoted-printable'],
                                  o.get('cal_charset', 'utf-8')))
        root = alt
        if o.get('also_attach'):
            root = Part([('Content-Type', 'multipart/mixed; boundary="%s"' % b1)], parts=[alt, leaf(
                'application/ics', icsb, 'base64', [('name', '"%s"' % fname)],
                post=[('Content-Disposition', 'attachment; filename="%s"' % fname)])], boundary=b1)
    else:
        ct = o.get('att_type', 'text/calendar')
        meth = o.get('ct_method', ev['method'])
        if ct == 'text/calendar':
            att = cal_part(r, icsb, meth, ['base64', '7bit', 'quoted-printable'], o.get('cal_charset', 'utf-8'),
                           extra_params=[('name', '"%s"' % fname)],
                           post=[('Content-Disposition', 'attachment; filename="%s"' % fname)])
        else:
            att = leaf(ct, icsb, 'base64', [('name', '"%s"' % fname)],
                       post=[('Content-Disposition', 'attachment; filename="%s"' % fname)])
        root = Part([('Content-Type', 'multipart/mixed; boundary="%s"' % b1)], parts=[alt, att], boundary=b1)
    dom = msgid_domain(m)
    prov = m.get('prov', '')
    if prov == 'esp-ses':
        mid = '<0100%s-%s-000000@email.amazonses.com>' % (rhex(r, 12), ruuid(r))
    elif prov == 'esp-mailchimp':
        mid = '<%s.%s@%s.mcsv.net>' % (rhex(r, 20), rdigits(r, 7), r.choice(['mail%d.atl%d1' % (r.randint(100, 250), r.randint(10, 99))]))
    elif prov == 'esp-sendgrid':
        mid = '<%s@geopod-ismtpd-%d>' % (rb64(r, 16, True), r.randint(1, 40))
    elif prov == 'esp-mailgun':
        mid = '<%s.%s@%s>' % (int(m['sent'].timestamp()), rhex(r, 16), 'mg.' + dom)
    else:
        mid = r.choice(['<%s@%s>' % (ruuid(r), dom), '<%s.%s@%s>' % (rhex(r, 20), rdigits(r, 6), dom)])
    m['msgid'] = m.get('msgid') or mid
    order = o.get('order', ['Date', 'From', 'Reply-To', 'To', 'Message-ID', 'Subject', 'MIME-Version', '__CT__'])
    extra = list(o.get('hdrs', []))
    hdrs = _base_hdrs(m, order, extra)
    return hdrs, root

# --------------------------------------------------------------------------- hand-rolled tools

def build_handrolled(m, r):
    ev = m['ev']
    o = m['opts']
    tool = o.get('tool', 'phpmailer')
    body = m.get('body')
    if body is None:
        body = ev.get('description') or ''
    cal_cs = o.get('cal_charset', 'utf-8')
    icsb = ics.render(ev, m, r, o.get('ics_style', 'generic'), charset=cal_cs, fold=o.get('fold', 'octet'),
                      nl=o.get('nl', b'\r\n'))
    cs = m['charset']
    meth = o.get('ct_method', ev['method'])
    bare_lf = o.get('nl', b'\r\n') == b'\n'
    cal_ctes = ['base64'] if bare_lf else o.get('cal_ctes', ['base64', '8bit', '7bit', 'quoted-printable'])
    htm = m.get('html') or ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
                            '<body>%s</body></html>\n' % (cs, linkify(body)))
    dom = msgid_domain(m)
    extra = list(o.get('hdrs', []))
    if tool == 'phpmailer':
        h = rb64(r, 30).replace('/', '').replace('+', '')[:40]
        b1 = 'b1_' + h
        b2 = 'b2_' + h
        ver = '6.%d.%d' % (r.randint(0, 9), r.randint(0, 5)) if m['sent'].year >= 2018 else '5.2.%d' % r.randint(14, 27)
        cal = cal_part(r, icsb, meth, cal_ctes, cal_cs, quote=False)
        if o.get('attach_mode', r.random() < 0.5):
            cal = cal_part(r, icsb, meth, cal_ctes, cal_cs, extra_params=[('name', o.get('fname', 'invite.ics'))],
                           post=[('Content-Disposition', 'attachment; filename=%s' % o.get('fname', 'invite.ics'))])
            alt = Part([('Content-Type', 'multipart/alternative;\r\n\tboundary="%s"' % b2)], parts=[
                tpart(r, 'text/plain', body, cs, ['8bit', '7bit', 'quoted-printable'], quote_cs=False),
                tpart(r, 'text/html', htm, cs, ['8bit', '7bit', 'quoted-printable'], quote_cs=False)], boundary=b2)
            root = Part([('Content-Type', 'multipart/mixed;\r\n\tboundary="%s"' % b1)], parts=[alt, cal], boundary=b1,
                        preamble='This is a multi-part message in MIME format.')
        else:
            root = Part([('Content-Type', 'multipart/alternative;\r\n\tboundary="%s"' % b1)], parts=[
                tpart(r, 'text/plain', body, cs, ['8bit', '7bit', 'quoted-printable'], quote_cs=False),
                tpart(r, 'text/html', htm, cs, ['8bit', '7bit', 'quoted-printable'], quote_cs=False), cal],
                boundary=b1, preamble='This is a multi-part message in MIME format.')
        m['msgid'] = m.get('msgid') or '<%s@%s>' % (rb64(r, 30).replace('/', '').replace('+', '')[:43], o.get('msgid_host', dom))
        hdrs = _base_hdrs(m, ['Date', 'To', 'From', 'Reply-To', 'Subject', 'Message-ID'])
        hdrs += [('X-Mailer', 'PHPMailer %s (https://github.com/PHPMailer/PHPMailer)' % ver), ('MIME-Version', '1.0'),
                 ('__CT__', None)]
    elif tool == 'python':
        b = '===============%019d==' % r.randint(10 ** 17, 10 ** 19 - 1)
        b2 = '===============%019d==' % r.randint(10 ** 17, 10 ** 19 - 1)
        txt = tpart(r, 'text/plain', body, cs, ['base64', '7bit', '8bit'], pre=[], quote_cs=True)
        txt.headers.insert(1, ('MIME-Version', '1.0'))
        cal = cal_part(r, icsb, meth, cal_ctes, cal_cs, quote=True,
                       extra_params=[('name', '"%s"' % o.get('fname', 'invite.ics'))] if o.get('fname') else [],
                       order='mc')
        cal.headers.insert(1, ('MIME-Version', '1.0'))
        if o.get('fname'):
            cal.headers.append(('Content-Disposition', 'attachment; filename="%s"' % o['fname']))
        if o.get('with_html'):
            h2 = tpart(r, 'text/html', htm, cs, ['base64', '7bit'], quote_cs=True)
            h2.headers.insert(1, ('MIME-Version', '1.0'))
            inner = Part([('Content-Type', 'multipart/alternative; boundary="%s"' % b2), ('MIME-Version', '1.0')],
                         parts=[txt, h2], boundary=b2)
            root = Part([('Content-Type', 'multipart/mixed; boundary="%s"' % b)], parts=[inner, cal], boundary=b)
        else:
            root = Part([('Content-Type', 'multipart/%s; boundary="%s"' % (o.get('sub', 'mixed'), b))],
                        parts=[txt, cal], boundary=b)
        if o.get('msgid', True):
            m['msgid'] = m.get('msgid') or '<%d.%d.%d@%s>' % (int(m['sent'].timestamp() * 100), r.randint(1000, 99999),
                                                             r.randint(10 ** 17, 10 ** 19), o.get('msgid_host', dom))
        hdrs = [('__CT__', None), ('MIME-Version', '1.0')] + _base_hdrs(m, ['Subject', 'From', 'To', 'Cc', 'Reply-To',
                                                                            'Date', 'Message-ID'])
        hdrs = [h for i, h in enumerate(hdrs) if not (h[0] == 'MIME-Version' and i > 1)]
    elif tool == 'dotnet':
        b = '--boundary_%d_%s' % (r.randint(0, 9), ruuid(r))
        parts = [tpart(r, 'text/plain', body, cs, ['quoted-printable', 'base64'], quote_cs=False),
                 cal_part(r, icsb, meth, ['base64'], cal_cs, extra_params=[('name', o.get('fname', 'meeting.ics'))],
                          order='mc')]
        if o.get('with_html', True):
            parts.insert(1, tpart(r, 'text/html', htm, cs, ['quoted-printable', 'base64'], quote_cs=False))
        root = Part([('Content-Type', 'multipart/%s; boundary=%s' % (o.get('sub', 'alternative'), b))],
                    parts=parts, boundary=b)
        m['msgid'] = None if not o.get('msgid') else m.get('msgid') or '<%s@%s>' % (ruuid(r), dom)
        hdrs = [('MIME-Version', '1.0')] + _base_hdrs(m, ['From', 'To', 'Cc', 'Reply-To', 'Date', 'Subject',
                                                          'Message-ID']) + [('__CT__', None)]
        hdrs = [h for i, h in enumerate(hdrs) if not (h[0] == 'MIME-Version' and i > 0)]
        if not o.get('msgid'):
            hdrs = [h for h in hdrs if h[0] != 'Message-ID']
    elif tool == 'javamail':
        ts = int(m['sent'].timestamp() * 1000)
        b = '----=_Part_%d_%d.%d' % (r.randint(0, 50), r.randint(10 ** 8, 2 * 10 ** 9), ts)
        b2 = '----=_Part_%d_%d.%d' % (r.randint(0, 50), r.randint(10 ** 8, 2 * 10 ** 9), ts)
        cal = cal_part(r, icsb, meth, cal_ctes, cal_cs)
        inner = Part([('Content-Type', 'multipart/alternative; \r\n\tboundary="%s"' % b2)], parts=[
            tpart(r, 'text/html', htm, cs, ['7bit', 'quoted-printable', 'base64'], quote_cs=False), cal], boundary=b2)
        root = Part([('Content-Type', 'multipart/mixed; \r\n\tboundary="%s"' % b)], parts=[inner], boundary=b)
        if o.get('attach_too'):
            root.parts.append(cal_part(r, icsb, None, ['base64'], cal_cs, extra_params=[('name', o.get('fname', 'invite.ics'))],
                                       post=[('Content-Disposition', 'attachment; filename=%s' % o.get('fname', 'invite.ics'))]))
        m['msgid'] = m.get('msgid') or '<%d.%d.%d@%s>' % (r.randint(10 ** 8, 2 * 10 ** 9), r.randint(0, 99), ts,
                                                         o.get('msgid_host', dom))
        hdrs = _base_hdrs(m, ['Date', 'From', 'Reply-To', 'To', 'Cc', 'Message-ID', 'Subject', 'MIME-Version', '__CT__'])
    elif tool == 'nodemailer':
        b1 = '--_NmP-%s-Part_1' % rhex(r, 16)
        b2 = '--_NmP-%s-Part_2' % rhex(r, 16)
        alt = Part([('Content-Type', 'multipart/alternative;\r\n boundary="%s"' % b2)], parts=[
            tpart(r, 'text/plain', body, 'utf-8', ['7bit', 'quoted-printable'], quote_cs=False),
            tpart(r, 'text/html', htm, 'utf-8', ['7bit', 'quoted-printable'], quote_cs=False),
            cal_part(r, icsb, meth, ['7bit', 'quoted-printable', 'base64'] if not bare_lf else ['base64'], 'utf-8',
                     order='cm')], boundary=b2)
        root = Part([('Content-Type', 'multipart/mixed;\r\n boundary="%s"' % b1)], parts=[alt, leaf(
            'application/ics', icsb, 'base64', [('name', o.get('fname', 'invite.ics'))],
            post=[('Content-Disposition', 'attachment; filename=%s' % o.get('fname', 'invite.ics'))])], boundary=b1)
        m['msgid'] = m.get('msgid') or '<%s@%s>' % (ruuid(r), o.get('msgid_host', dom))
        hdrs = _base_hdrs(m, ['From', 'To', 'Cc', 'Reply-To', 'Subject', 'Message-ID', 'Date', 'MIME-Version', '__CT__'])
    elif tool == 'raw':
        # whole message is the calendar object
        cte = o.get('raw_cte') or ('base64' if bare_lf else r.choice(['7bit', '8bit', 'quoted-printable', 'base64'])
                                   if not all(b < 128 for b in icsb) else r.choice(['7bit', 'base64']))
        if cte == '7bit' and not all(b < 128 for b in icsb):
            cte = '8bit'
        root = leaf('text/calendar', icsb, cte, [('method', meth), ('charset', cal_cs)] if meth else
                    [('charset', cal_cs)], post=o.get('raw_post', []))
        m['msgid'] = m.get('msgid') or '<%s@%s>' % (rhex(r, 24), o.get('msgid_host', dom))
        hdrs = _base_hdrs(m, ['Subject', 'From', 'To', 'Date', 'Message-ID', 'MIME-Version', '__CT__'])
    elif tool == 'oldmailer':
        # bulk tools imitating legacy clients
        b = '----=_NextPart_000_%04X_%08X.%08X' % (r.randint(0, 0xffff), r.randint(0, 0xffffffff), r.randint(0, 0xffffffff))
        parts = [tpart(r, 'text/plain', body, cs, ['quoted-printable', '8bit', 'base64'], quote_cs=True),
                 tpart(r, 'text/html', htm, cs, ['quoted-printable', 'base64'], quote_cs=True),
                 cal_part(r, icsb, meth, cal_ctes, cal_cs, quote=True)]
        root = Part([('Content-Type', 'multipart/alternative;\r\n\tboundary="%s"' % b)], parts=parts, boundary=b,
                    preamble='This is a multi-part message in MIME format.\r\n')
        m['msgid'] = m.get('msgid') or '<%s$%s$%s@%s>' % (rhex(r, 12, True), rhex(r, 8, True), rhex(r, 8, True),
                                                         o.get('msgid_host', dom))
        hdrs = _base_hdrs(m, ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', '__CT__'])
        hdrs += [('X-Priority', '3'), ('X-MSMail-Priority', 'Normal'),
                 ('X-Mailer', o.get('xmailer', 'Microsoft Outlook Express 6.00.2900.5512')),
                 ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.5512')]
    else:
        raise ValueError(tool)
    hdrs += extra
    return hdrs, root


BUILDERS = {'google': build_google, 'exchange': build_exchange, 'outlook16': build_outlook16,
            'applemail': build_applemail, 'icloud': build_icloud, 'thunderbird': build_thunderbird,
            'zoom': build_zoom, 'nextcloud': build_nextcloud, 'zimbra': build_zimbra, 'yahoo': build_yahoo,
            'sogo': build_sogo, 'gmailweb': build_gmailweb, 'booking': build_booking, 'esp': build_booking,
            'handrolled': build_handrolled}
