# -*- coding: utf-8 -*-
"""MIME layouts and header sets of the calendar clients (CC0 1.0)."""
import datetime as dt
import html as H
import re

import core
import ics
import lang as LG
from util import (CRLF, encoded_words, encodable, Leaf, Multi, Embedded, assemble, hdr, addr, addr_hdr, fit_cs, is_ascii, hexs, alnum,
                  uid4, b64rand, rfc2822, rfc2822_nopad, UTC, TZ)

URL_RE = re.compile(r'(https?://[^\s<>"]+)')


def linkify(text):
    out = []
    for part in URL_RE.split(text):
        if URL_RE.fullmatch(part):
            out.append('<a href="%s">%s</a>' % (H.escape(part), H.escape(part)))
        else:
            out.append(H.escape(part).replace('\n', '<br>\n'))
    return ''.join(out)


def rtl(c):
    return c.lang in ('ar', 'he')


# ------------------------------------------------------------------ shared text bits
def info(c, m):
    ev = m['ev']
    L = c.L
    start = ev.get('start') or ev.get('end')
    end = ev.get('end') or start
    when = LG.fmt_when(c.lang, start, end, ev.get('tz') or 'UTC', ev.get('allday')) if start else ''
    if ev.get('rrule'):
        when += ' ' + ev['rrule'].split(';')[0].replace('FREQ=', '').lower().capitalize() if c.lang == 'en' else ''
    return dict(title=ev.get('summary', ''), when=when, where=ev.get('location', ''), org=ev.get('organizer'),
                desc=ev.get('description', '') or '', L=L)


def default_subject(c, m, style):
    ev = m['ev']
    L = c.L
    t = ev.get('summary', '')
    meth = m.get('method')
    i = info(c, m)
    if m.get('subject') is not None:
        return m['subject']
    if meth == 'REPLY':
        ps = m['ev']['attendees'][0].get('partstat', 'ACCEPTED')
        word = {'ACCEPTED': L['acc'], 'DECLINED': L['dec'], 'TENTATIVE': L['ten']}.get(ps, L['acc'])
        if style == 'google':
            return '%s: %s @ %s (%s)' % (word, t, i['when'], ev['organizer'].email)
        return '%s: %s' % (word, t)
    if meth == 'CANCEL':
        if style == 'google':
            return '%s: %s @ %s (%s)' % (L['can'], t, i['when'], c.rcpt.email)
        if style == 'outlook':
            return '%s: %s' % ({'en': 'Canceled', 'de': 'Abgesagt', 'fr': 'Annulé'}.get(c.lang, L['can']), t)
        return '%s: %s' % (L['can'], t)
    upd = ev.get('sequence', 0) > 0
    word = L['upd'] if upd else L['inv']
    if style == 'google':
        return '%s: %s @ %s (%s)' % (word, t, i['when'], c.rcpt.email)
    if style == 'yahoo':
        return '%s: %s @ %s' % (word, t, i['when'])
    if style == 'sogo':
        return '%s: "%s"' % ({'en': 'Event Invitation', 'de': 'Einladung zum Termin', 'fr': "Invitation à l'événement"}.get(
            c.lang, L['inv']), t)
    if style in ('tb', 'nextcloud', 'apple'):
        return '%s: %s' % (word, t)
    return t


_OL = {'ja': 'iso-2022-jp', 'ko': 'ks_c_5601-1987', 'zh': 'gb2312', 'ru': 'koi8-r', 'th': 'windows-874', 'ar': 'windows-1256',
       'he': 'windows-1255', 'el': 'iso-8859-7', 'pl': 'iso-8859-2', 'tr': 'iso-8859-9', 'de': 'iso-8859-1', 'fr': 'iso-8859-1',
       'es': 'iso-8859-1', 'it': 'iso-8859-1', 'pt': 'iso-8859-1', 'nl': 'iso-8859-1', 'en': 'us-ascii'}
PREF_CS = {'outlook': _OL, 'thunderbird': dict(_OL, ru='koi8-r', ko='euc-kr', th='tis-620', en='windows-1252'),
           'apple': dict(_OL, ko='euc-kr', ru='windows-1251', th='tis-620', en='us-ascii', zh='gb2312'),
           'custom': {'zh': 'gb18030', 'ja': 'shift_jis', 'ru': 'windows-1251', 'th': 'tis-620', 'ko': 'euc-kr'}}


def body_cs(c, m, text):
    cs = m.get('cs')
    if not cs:
        r = c.rng.random()
        legacy = ((c.client == 'custom' and r < 0.75) or (c.client == 'apple' and c.variant == 'apple_mail' and r < 0.7)
                  or (c.client == 'outlook' and c.variant in ('desktop', 'exchange') and r < 0.75)
                  or (c.client == 'outlook' and c.variant != 'outlookcom' and r < (0.6 if c.lang != 'en' else 0.3))
                  or (c.client == 'thunderbird' and r < (0.6 if c.year < 2020 else 0.35))
                  or (c.client in ('sogo', 'zimbra', 'yahoo') and r < 0.3))
        pool = [x for x in LG.CHARSETS[c.lang] if x != 'utf-8' and encodable(text, x)] or ['utf-8']
        pref = PREF_CS.get(c.client, {}).get(c.lang) if not c.tw else 'big5'
        if legacy and pref and encodable(text, pref) and c.rng.random() < 0.8:
            cs = pref
        else:
            cs = c.pick(pool) if legacy else 'utf-8'
        m['cs'] = cs
    return fit_cs(text, cs)


def html_doc(c, inner, head_extra=''):
    d = ' dir="rtl"' if rtl(c) else ''
    return ('<html%s>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">%s\n</head>\n'
            '<body>\n%s\n</body>\n</html>\n' % (d, head_extra, inner))


def generic_text(c, m, intro=None):
    i = info(c, m)
    L = i['L']
    lines = []
    if intro:
        lines += [intro, '']
    lines.append(i['title'])
    if i['when']:
        lines += ['', '%s: %s' % (L['when'], i['when'])]
    if i['where']:
        lines.append('%s: %s' % (L['where'], i['where']))
    if i['org'] is not None:
        lines.append('%s: %s <%s>' % (L['org'], i['org'].name or i['org'].email, i['org'].email))
    if i['desc']:
        lines += ['', i['desc']]
    return '\n'.join(lines) + '\n'


def generic_html(c, m, intro=None, buttons=None):
    i = info(c, m)
    L = i['L']
    rows = []
    if i['when']:
        rows.append((L['when'], H.escape(i['when'])))
    if i['where']:
        rows.append((L['where'], linkify(i['where'])))
    if i['org'] is not None:
        rows.append((L['org'], H.escape('%s <%s>' % (i['org'].name or i['org'].email, i['org'].email))))
    t = ''.join('<tr><td style="color:#666;padding-right:12px">%s</td><td>%s</td></tr>\n' % (a, b) for a, b in rows)
    s = ''
    if intro:
        s += '<p>%s</p>\n' % H.escape(intro)
    s += '<h2 style="font-weight:normal">%s</h2>\n<table>\n%s</table>\n' % (H.escape(i['title']), t)
    if i['desc']:
        s += '<p>%s</p>\n' % linkify(i['desc'])
    if buttons:
        s += '<p>' + ' &nbsp; '.join('<a href="%s" style="padding:6px 14px;border:1px solid #ccc;text-decoration:none">%s</a>'
                                      % (H.escape(u), H.escape(lbl)) for lbl, u in buttons) + '</p>\n'
    return html_doc(c, s)


def cal_leaf(ctype, text, cte, disp=None, lf=False, cs='utf-8', cte_first=False, extra=None):
    return Leaf(ctype, text=text, cs=cs, cte=cte, disp=disp, lf=lf, cte_first=cte_first, extra=extra)


def meth_param(m):
    """method= parameter of the Content-Type (may disagree with METHOD on purpose)."""
    if 'ct_method' in m:
        return m['ct_method']
    if 'no_method' in m.get('quirks', set()):
        return m.get('method')
    return m.get('method')


def _to_items(c, m, cs='UTF-8', mode='B', quote=False):
    return [addr(p.name, p.email, cs, mode, quote) for p in m['to']]


def _extra_headers(m):
    return list(m.get('extra_headers', []))


# ------------------------------------------------------------------ Google Calendar
def r_google(c, m, ical):
    rng = c.rng
    ev = m['ev']
    i = info(c, m)
    L = i['L']
    eid = b64rand(rng, 40).rstrip('=').replace('+', '-').replace('/', '_')
    view = 'https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0' % (
        eid, b64rand(rng, 30).rstrip('='), ev.get('tz') or 'UTC', c.lang)
    org = ev['organizer']
    meth = m.get('method')
    if m.get('text') is not None:
        text = m['text']
    elif meth == 'REPLY':
        a = ev['attendees'][0]
        k = {'ACCEPTED': 'acc_line', 'DECLINED': 'dec_line', 'TENTATIVE': 'ten_line'}[a.get('partstat', 'ACCEPTED')]
        text = L[k].format(who='%s' % (a['p'].name or a['p'].email)) + '\n\n' + generic_text(c, m) + \
            '\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n'
    elif meth == 'CANCEL':
        text = L['can_line'] + '\n\n' + generic_text(c, m) + '\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n'
    else:
        intro = L['has_inv'].format(who=org.name or org.email) if (c.year >= 2022 or c.lang != 'en') else \
            'You have been invited to the following event.'
        lines = [intro, '', i['title']]
        if i['when']:
            lines += ['', L['when'], i['when']]
        if i['where']:
            lines += ['', L['where'], i['where']]
        if ev.get('conference') and ev.get('conf_kind') == 'meet':
            lines += ['', '%s Google Meet' % L['join'], ev['conference']]
        if i['desc']:
            lines += ['', i['desc']]
        lines += ['', L['guests'], '%s - %s' % (org.name or org.email, L['org'].lower())]
        shown = ev['attendees'][:8]
        lines += [a['p'].name or a['p'].email for a in shown]
        if len(ev['attendees']) > 8:
            lines.append('View all guest info %s' % view)
        lines += ['', 'Reply for %s and view more details %s' % (c.rcpt.email, view),
                  '', 'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
                  'You are receiving this email because you are an attendee on the event. To stop receiving future '
                  'updates for this event, decline this event.', '',
                  'Forwarding this invitation could allow any recipient to send a response to the organizer, be added '
                  'to the guest list, invite others regardless of their own invitation status, or modify your RSVP. '
                  'Learn more https://support.google.com/calendar/answer/37135#forwarding']
        text = '\n'.join(lines) + '\n'
    if m.get('html') is not None:
        html = m['html']
    else:
        btn = None
        if meth == 'REQUEST':
            base = 'https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=%%d&tok=%s&ctz=%s&hl=%s&es=0' % (
                eid, b64rand(rng, 30).rstrip('='), ev.get('tz') or 'UTC', c.lang)
            btn = [(L['yes'], base % 1), (L['no'], base % 2), (L['maybe'], base % 3)]
        html = generic_html(c, m, buttons=btn)
    if c.year >= 2019:
        tp = Leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'utf-8', 'base64')
    else:
        tp = Leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'utf-8',
                  '7bit' if is_ascii(text) else 'base64')
    th = Leaf('text/html; charset="UTF-8"', html, 'utf-8', 'quoted-printable')
    mp = meth_param(m)
    calct = 'text/calendar; charset="UTF-8"' + ('; method=%s' % mp if mp else '')
    tc = cal_leaf(calct, ical, '7bit' if is_ascii(ical) else 'base64', lf='lf' in m.get('quirks', ()))
    if tc.lf:
        tc.cte = 'base64'
    b1 = '0000000000' + hexs(rng, 18)
    b2 = '0000000000' + hexs(rng, 18)
    alt = Multi('alternative', [tp, th, tc], b2, ct_fold=False)
    att = Leaf('application/ics; name="invite.ics"', ical, 'utf-8', 'base64', disp='attachment; filename="invite.ics"',
               lf='lf' in m.get('quirks', ()))
    node = Multi('mixed', [alt, att], b1, ct_fold=False) if meth != 'REPLY' or rng.random() < 0.5 else alt
    subj = default_subject(c, m, 'google')
    fr = m['from']
    hs = ['MIME-Version: 1.0']
    if meth in ('REQUEST', 'CANCEL', 'PUBLISH'):
        hs.append('Reply-To: ' + addr(fr.name, fr.email))
    if c.setup['kind'] == 'google' or m.get('force_google_sender'):
        hs.append('Sender: Google Calendar <calendar-notification@google.com>')
    if c.variant == 'gmail_smtp':
        hs += ['Message-ID: <CA%s@mail.gmail.com>' % b64rand(rng, 45).replace('/', '_').rstrip('=')]
    else:
        hs += ['Auto-Submitted: auto-generated', 'Message-ID: <calendar-%s@google.com>' % uid4(rng)]
    hs += [
           'Date: ' + rfc2822(c.sent, 'UTC'),
           hdr('Subject', subj),
           'From: ' + addr(fr.name, fr.email),
           addr_hdr('To', _to_items(c, m))]
    hs += _extra_headers(m)
    return hs, node


# ------------------------------------------------------------------ Outlook / Exchange
def teams_block(c, m):
    ev = m['ev']
    L = c.L
    if ev.get('conf_kind') == 'teams':
        mid = '%d %d %d %d' % (c.rint(100, 999), c.rint(100, 999), c.rint(100, 999), c.rint(100, 999))
        return ('\n' + '_' * 80 + '\n%s\n%s\n%s<%s>\nMeeting ID: %s\nPasscode: %s\n' % (
            L['teams'], 'Join on your computer, mobile app or room device', 'Click here to join the meeting',
            ev['conference'], mid, alnum(c.rng, 6)) +
                'Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web'
                '<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
                'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/'
                '?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=%s>\n' % (
                    uid4(c.rng), uid4(c.rng), alnum(c.rng, 40), LG.TAG[c.lang]) + '_' * 80 + '\n')
    if ev.get('conf_kind') == 'skype':
        return ('\n.........................................................................................................\n'
                'Join Skype Meeting<%s>\nTrouble Joining? Try Skype Web App<%s?sl=1>\nJoin by phone\n%s\n'
                'Conference ID: %s\n.........................................................................................................\n'
                % (ev['conference'], ev['conference'], c.phone(), c.digits(8)))
    return ''


def r_outlook(c, m, ical):
    rng = c.rng
    ev = m['ev']
    fr = m['from']
    v = c.variant
    meth = m.get('method')
    desc = ev.get('description', '') or ''
    if m.get('text') is not None:
        text = m['text']
    else:
        text = (m.get('note', '') + '\n\n' if m.get('note') else '') + desc + '\n' + teams_block(c, m)
        if meth == 'REPLY':
            text = m.get('note', '') + '\n'
    if m.get('html') is not None:
        html = m['html']
    else:
        body = ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (linkify(p) if p else '&nbsp;') for p in text.split('\n'))
        html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                'charset=%%CS%%">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Calibri;'
                '\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\t'
                'font-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n<body lang="%s" link="#0563C1" '
                'vlink="#954F72" style="word-wrap:break-word"%s>\n<div class="WordSection1">\n%s</div>\n</body>\n</html>\n' % (
                    LG.TAG[c.lang].upper(), ' dir="RTL"' if rtl(c) else '', body))
    cs = body_cs(c, m, text + html)
    if is_ascii(text + html) and v in ('o365', 'outlookcom', 'exchange', 'desktop'):
        cs = 'us-ascii' if rng.random() < 0.6 else cs
    html = html.replace('%CS%', cs)
    tp = Leaf('text/plain; charset="%s"' % cs, text, cs, 'quoted-printable')
    th = Leaf('text/html; charset="%s"' % cs, html, cs, 'quoted-printable')
    mp = meth_param(m)
    calct = 'text/calendar; charset="utf-8"' + ('; method=%s' % mp if mp else '')
    tc = cal_leaf(calct, ical, 'base64', lf='lf' in m.get('quirks', ()))
    reg = {'en': ['namprd12', 'namprd04', 'namprd11'], 'ja': ['apcprd06'], 'zh': ['apcprd04'], 'ko': ['apcprd02'],
           'hi': ['inbprd01'], 'th': ['seaprd01'], 'ar': ['meaprd01'], 'he': ['eurprd08']}.get(c.lang, ['eurprd04', 'eurprd08', 'eurprd03'])
    if v == 'exchange':
        srv = 'EXCH%02d' % rng.randint(1, 4)
        fq = '%s.%s' % (srv, c.setup['host'].split('.', 1)[1] if c.setup.get('host', '').count('.') > 1 else fr.domain)
    else:
        srv = '%s%02d%s%04d' % (rng.choice(['PH0PR', 'DM6PR', 'AM9PR', 'DB9PR', 'SY4PR', 'BN8PR', 'PAXPR', 'VI1PR']),
                                rng.randint(10, 19), rng.choice(['MB', 'MB', 'MB', 'CA']), rng.randint(1000, 9999))
        fq = '%s.%s.prod.outlook.com' % (srv, rng.choice(reg))
    c.exch_server, c.exch_fqdn = srv, fq
    mid_local = '%s%s' % (srv, hexs(rng, 24, True))
    bnd = '_000_%s%s_' % (mid_local, re.sub(r'[^A-Za-z0-9]', '', fq.split('.', 1)[1] if '.' in fq else fq))
    parts = [tp, th, tc]
    node = Multi('alternative', parts, bnd, ct_fold=False)
    if m.get('attach_files'):
        mixed = [node] + m['attach_files']
        node = Multi('mixed', mixed, bnd.replace('_000_', '_004_'), ct_fold=False)
    subj = default_subject(c, m, 'outlook')
    L = c.L
    tidx = 'AQH' + b64rand(rng, 22)[3:]
    hs = []
    if v in ('desktop', 'outlook_smtp'):
        hs += ['From: ' + addr(fr.name, fr.email, quote=rng.random() < 0.5),
               addr_hdr('To', _to_items(c, m, quote=True))]
        if m.get('cc'):
            hs.append(addr_hdr('Cc', [addr(p.name, p.email) for p in m['cc']]))
        hs += [hdr('Subject', subj), 'Date: ' + rfc2822(c.sent, c.tz),
               'Message-ID: <%s$%s$%s@%s>' % (hexs(rng, 3), hexs(rng, 12), hexs(rng, 8), fr.domain),
               'MIME-Version: 1.0', 'X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: ' + tidx,
               'Content-Language: ' + LG.TAG[c.lang].lower()]
    else:
        hs += ['From: ' + addr(fr.name, fr.email, quote=rng.random() < 0.3),
               addr_hdr('To', _to_items(c, m, quote=True), cont='\t')]
        if m.get('cc'):
            hs.append(addr_hdr('CC', [addr(p.name, p.email) for p in m['cc']], cont='\t'))
        hs += [hdr('Subject', subj), hdr('Thread-Topic', ev.get('summary', '') or subj), 'Thread-Index: ' + tidx,
               'Date: ' + rfc2822(c.sent, 'UTC' if v in ('o365', 'outlookcom') else c.tz),
               'Message-ID:\r\n\t<%s@%s>' % (mid_local, fq.upper() if v != 'exchange' else fq),
               'Accept-Language: %s' % LG.TAG[c.lang], 'Content-Language: %s' % LG.TAG[c.lang],
               'X-MS-Has-Attach:' + (' yes' if m.get('attach_files') else ''), 'X-MS-Exchange-Organization-SCL: -1',
               'X-MS-TNEF-Correlator:']
        if v in ('o365', 'outlookcom'):
            hs += ['x-ms-publictraffictype: Email',
                   'x-ms-traffictypediagnostic: %s:EE_|%s:EE_MeetingMessage' % (srv, srv[:3] + 'PR'),
                   'x-ms-office365-filtering-correlation-id: ' + uid4(rng),
                   'x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAD' + alnum(rng, 30) + '==',
                   'x-microsoft-antispam: BCL:0;ARA:13230031|366007|1800799015|376005|38070700009;',
                   'x-ms-exchange-antispam-messagedata-chunkcount: 1']
        hs.append('MIME-Version: 1.0')
    hs += _extra_headers(m)
    return hs, node


# ------------------------------------------------------------------ Apple
def r_apple(c, m, ical):
    rng = c.rng
    ev = m['ev']
    fr = m['from']
    org = ev['organizer']
    meth = m.get('method')
    L = c.L
    lf = 'lf' in m.get('quirks', ())
    if c.variant == 'icloud_server':
        intro = L['has_inv'].format(who=org.name or org.email)
        text = m['text'] if m.get('text') is not None else generic_text(c, m, intro)
        base = 'https://www.icloud.com/calendar/invitation/%s?token=%s&response=' % (uid4(rng), alnum(rng, 24))
        html = m['html'] if m.get('html') is not None else generic_html(
            c, m, intro, [(L['yes'], base + 'accept'), (L['maybe'], base + 'maybe'), (L['no'], base + 'decline')])
        cs = 'utf-8'
        tp = Leaf('text/plain; charset=utf-8', text, cs, 'quoted-printable')
        th = Leaf('text/html; charset=utf-8', html, cs, 'quoted-printable')
        mp = meth_param(m)
        fname = 'iCal-%s.ics' % c.sent.strftime('%Y%m%d-%H%M%S')
        calct = 'text/calendar; charset=utf-8' + ('; method=%s' % mp if mp else '') + '; name=%s' % fname
        tc = cal_leaf(calct, ical, 'base64' if lf or not is_ascii(ical) else '7bit',
                      disp='attachment; filename=%s' % fname, lf=lf)
        b1 = 'Boundary_(ID_%s)' % b64rand(rng, 16).rstrip('=').replace('/', 'x').replace('+', 'y')
        b2 = 'Boundary_(ID_%s)' % b64rand(rng, 16).rstrip('=').replace('/', 'x').replace('+', 'y')
        node = Multi('mixed', [Multi('alternative', [tp, th], b2), tc], b1)
        subj = default_subject(c, m, 'apple')
        hs = ['From: ' + addr(org.name or fr.name, 'noreply@email.apple.com'),
              'Reply-To: ' + addr(org.name, org.email) if org else None,
              addr_hdr('To', _to_items(c, m)), hdr('Subject', subj),
              'Date: ' + rfc2822(c.sent, 'UTC'),
              'Message-id: <%d.%d.%s@email.apple.com>' % (int(c.sent.timestamp() * 1000), rng.randint(10000, 99999),
                                                          alnum(rng, 10)),
              'MIME-version: 1.0', 'X-Apple-Action: CALENDAR/INVITATION', 'X-Apple-Originating-Account: %s' % hexs(rng, 16),
              'Auto-Submitted: auto-generated']
        hs = [h for h in hs if h] + _extra_headers(m)
        m['from'] = core.P(org.name or fr.name, 'noreply@email.apple.com')
        return hs, node
    # Calendar.app / iOS sending through Mail
    ios = rng.random() < 0.5
    note = m.get('note') or ''
    text = m['text'] if m.get('text') is not None else (note + '\n' if note else '\n')
    cs = body_cs(c, m, text)
    if is_ascii(text):
        cs = 'us-ascii'
    tp = Leaf('text/plain;\r\n\tcharset=%s' % cs, text, cs, '7bit' if is_ascii(text) else 'quoted-printable', cte_first=True)
    mp = meth_param(m)
    calct = 'text/calendar;\r\n\tcharset=utf-8' + (';\r\n\tmethod=%s' % mp if mp else '') + ';\r\n\tname=invite.ics'
    tc = cal_leaf(calct, ical, 'base64' if lf else 'quoted-printable' if not is_ascii(ical) else '7bit',
                  disp='attachment;\r\n\tfilename=invite.ics', lf=lf, cte_first=True)
    bnd = 'Apple-Mail=_%s' % uid4(rng, True) if not ios else 'Apple-Mail-%s' % uid4(rng, True)
    parts = [tp, tc]
    if m.get('fwd_embed') is not None:
        parts = [tp, m['fwd_embed']]
    node = Multi('mixed', parts, bnd)
    subj = default_subject(c, m, 'apple')
    y = c.year
    if ios:
        build = {2016: '14G60', 2017: '15B202', 2018: '16B92', 2019: '17D50', 2020: '18B92', 2021: '19B74',
                 2022: '20C65', 2023: '21B91', 2024: '21G93', 2025: '22F76', 2026: '23B85'}[y]
        mv, xm = 'Mime-Version: 1.0 (1.0)', 'X-Mailer: iPhone Mail (%s)' % build
    else:
        ver = {2016: '3124', 2017: '3273', 2018: '3445.9.1', 2019: '3445.104.11', 2020: '3608.120.23.2.4', 2021: '3654.120.0.1.13',
               2022: '3696.120.41.1.1', 2023: '3731.700.6', 2024: '3774.500.171.1.1', 2025: '3826.400.131.1.6',
               2026: '3864.100.1'}[y]
        mv = 'Mime-Version: 1.0 (Mac OS X Mail %s \\(%s\\))' % ({2016: '9.3', 2017: '10.3', 2018: '11.5', 2019: '12.4',
                                                               2020: '13.4', 2021: '14.0'}.get(y, '16.0'), ver)
        xm = 'X-Mailer: Apple Mail (2.%s)' % ver
    hs = [mv, hdr('Subject', subj), 'From: ' + addr(fr.name, fr.email, cs if cs != 'us-ascii' else 'utf-8', 'Q'),
          'In-Reply-To: <%s>' % m['in_reply_to'] if m.get('in_reply_to') else None,
          'Date: ' + rfc2822(c.sent, c.tz), 'Message-Id: <%s@%s>' % (uid4(rng, True), fr.domain),
          addr_hdr('To', _to_items(c, m, 'utf-8', 'Q')), xm]
    hs = [h for h in hs if h] + _extra_headers(m)
    return hs, node


# ------------------------------------------------------------------ Thunderbird
def r_tb(c, m, ical):
    rng = c.rng
    ev = m['ev']
    fr = m['from']
    L = c.L
    i = info(c, m)
    meth = m.get('method')
    if m.get('text') is not None:
        text = m['text']
    elif meth == 'REPLY':
        a = ev['attendees'][0]
        k = {'ACCEPTED': 'acc_line', 'DECLINED': 'dec_line', 'TENTATIVE': 'ten_line'}[a.get('partstat', 'ACCEPTED')]
        text = L[k].format(who=a['p'].name or a['p'].email) + '\n'
    else:
        lines = [(m.get('note') + '\n') if m.get('note') else None, '%s: %s' % ('Title' if c.lang == 'en' else L['inv'], i['title'])]
        lines += ['%s: %s' % (L['when'], i['when'])]
        if i['where']:
            lines.append('%s: %s' % (L['where'], i['where']))
        lines.append('%s: %s <%s>' % (L['org'], ev['organizer'].name, ev['organizer'].email))
        lines.append('%s:' % L['guests'])
        lines += ['%s <%s>' % (a['p'].name, a['p'].email) if a['p'].name else a['p'].email for a in ev['attendees'][:30]]
        if i['desc']:
            lines += ['', '%s:' % L['desc'], i['desc']]
        text = '\n'.join(x for x in lines if x is not None) + '\n'
    cs = body_cs(c, m, text)
    tp = Leaf('text/plain; charset=%s' % cs.upper() if cs == 'utf-8' else 'text/plain; charset=%s' % cs, text, cs,
              '8bit' if not is_ascii(text) else '7bit')
    mp = meth_param(m)
    lf = 'lf' in m.get('quirks', ())
    calct = 'text/calendar;' + (' method=%s;' % mp if mp else '') + ' charset=UTF-8'
    tc = cal_leaf(calct, ical, 'base64' if lf else ('8bit' if not is_ascii(ical) else '7bit'), lf=lf)
    b1 = '------------' + alnum(rng, 24)
    b2 = '------------' + alnum(rng, 24)
    alt = Multi('alternative', [tp, tc], b2, ct_fold='space')
    att = Leaf('application/ics; name="invite.ics"', ical, 'utf-8', 'base64', disp='attachment; filename="invite.ics"', lf=lf)
    parts = [alt, att]
    if m.get('fwd_embed') is not None:
        parts = [Leaf('text/plain; charset=UTF-8; format=flowed', m.get('note', '') + '\n', 'utf-8', '8bit'), m['fwd_embed']]
    node = Multi('mixed', parts, b1, ct_fold='space')
    subj = default_subject(c, m, 'tb')
    y = c.year
    tbv = {2016: '45.8.0', 2017: '52.5.0', 2018: '60.3.3', 2019: '60.9.1', 2020: '78.5.1', 2021: '91.4.0', 2022: '102.5.1',
           2023: '115.4.2', 2024: '128.3.1', 2025: '128.12.0', 2026: '140.4.0'}[y]
    osx = rng.choice(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15'])
    ua = 'User-Agent: Mozilla Thunderbird' if y >= 2023 and rng.random() < 0.7 else \
        'User-Agent: Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s' % (osx, tbv.split('.')[0] + '.0', tbv)
    hs = ['Message-ID: <%s@%s>' % (uid4(rng), fr.domain), 'Date: ' + rfc2822(c.sent, c.tz), 'MIME-Version: 1.0', ua]
    if y < 2020:
        hs.insert(3, 'X-Mozilla-Draft-Info: internal/draft; vcard=0; receipt=0; DSN=0; uuencode=0')
        hs = hs[:3] + hs[4:]
    hs += ['Content-Language: ' + LG.TAG[c.lang], addr_hdr('To', _to_items(c, m)),
           'From: ' + addr(fr.name, fr.email), hdr('Subject', subj)]
    hs += _extra_headers(m)
    return hs, node


# ------------------------------------------------------------------ Zimbra
def r_zimbra(c, m, ical):
    rng = c.rng
    ev = m['ev']
    fr = m['from']
    L = c.L
    i = info(c, m)
    meth = m.get('method')
    if m.get('text') is not None:
        text = m['text']
    else:
        hdrline = {'REQUEST': {'en': 'The following is a new meeting request:', 'de': 'Dies ist eine neue Besprechungsanfrage:',
                               'fr': 'Voici une nouvelle demande de réunion :'}.get(c.lang, L['inv'] + ':'),
                   'CANCEL': {'en': 'The following meeting has been cancelled:'}.get(c.lang, L['can'] + ':'),
                   'REPLY': ''}.get(meth, '')
        lines = [hdrline, '', 'Subject: %s ' % i['title'] if c.lang == 'en' else '%s ' % i['title'],
                 '%s: "%s" <%s> ' % (L['org'], ev['organizer'].name, ev['organizer'].email), '']
        if i['where']:
            lines.append('%s: %s ' % (L['where'], i['where']))
        lines += ['%s: %s' % (L['when'], i['when']), ' ']
        lines.append('%s: %s ' % (L['guests'], '; '.join(a['p'].email for a in ev['attendees'][:40])))
        lines += ['', '', '*~*~*~*~*~*~*~*~*~*', '', i['desc']]
        text = '\n'.join(lines) + '\n'
    html = m['html'] if m.get('html') is not None else html_doc(
        c, '<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">' +
        linkify(text) + '</div>')
    cs = body_cs(c, m, text + html)
    tp = Leaf('text/plain; charset=%s' % cs, text, cs, 'quoted-printable' if not is_ascii(text) else '7bit')
    th = Leaf('text/html; charset=%s' % cs, html, cs, 'quoted-printable')
    mp = meth_param(m)
    lf = 'lf' in m.get('quirks', ())
    calct = 'text/calendar; charset=utf-8' + ('; method=%s' % mp if mp else '') + '; name=meeting.ics'
    tc = cal_leaf(calct, ical, 'base64' if lf else ('quoted-printable' if not is_ascii(ical) else '7bit'), lf=lf)
    node = Multi('alternative', [tp, th, tc], '=_' + uid4(rng))
    subj = default_subject(c, m, 'zimbra')
    y = c.year
    zv = {2016: '8.6.0_GA_1194', 2017: '8.7.11_GA_1854', 2018: '8.8.9_GA_3019', 2019: '8.8.12_GA_3794', 2020: '8.8.15_GA_3953',
          2021: '8.8.15_GA_4059', 2022: '9.0.0_GA_4466', 2023: '9.0.0_ZEXTRAS_4546', 2024: '10.0.9_GA_4661',
          2025: '10.1.5_GA_4755', 2026: '10.1.12_GA_4800'}[y]
    br = rng.choice(['FF%d (Win)' % (40 + 10 * (y - 2016)), 'GC%d (Linux)' % (50 + 12 * (y - 2016)),
                     'GC%d (Mac)' % (50 + 12 * (y - 2016))])
    hs = ['Date: ' + rfc2822(c.sent, c.tz) + ' (%s)' % TZ[c.tz][3], 'From: ' + addr(fr.name, fr.email),
          addr_hdr('To', _to_items(c, m)),
          'Message-ID: <%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(100000, 9999999), rng.randint(10000, 99999),
                                                         int(c.sent.timestamp() * 1000), fr.domain),
          hdr('Subject', subj), 'MIME-Version: 1.0',
          'X-Originating-IP: [%s]' % core.ip_for(hexs(rng, 6)),
          'X-Mailer: Zimbra %s (ZimbraWebClient - %s/%s)' % (zv, br, zv.split('_', 1)[0] + '_' + zv.split('_', 1)[1]),
          'Thread-Index: ' + b64rand(rng, 15), hdr('Thread-Topic', ev.get('summary', ''))]
    hs += _extra_headers(m)
    return hs, node


# ------------------------------------------------------------------ SOGo
def r_sogo(c, m, ical):
    rng = c.rng
    ev = m['ev']
    fr = m['from']
    L = c.L
    i = info(c, m)
    meth = m.get('method')
    if m.get('text') is not None:
        text = m['text']
    else:
        who = ev['organizer'].name or ev['organizer'].email
        if meth == 'REPLY':
            a = ev['attendees'][0]
            k = {'ACCEPTED': 'acc_line', 'DECLINED': 'dec_line', 'TENTATIVE': 'ten_line'}[a.get('partstat', 'ACCEPTED')]
            text = L[k].format(who=a['p'].name or a['p'].email) + '\n'
        else:
            text = '%s "%s".\n\n%s: %s\n%s: %s\n%s: %s\n' % (
                L['has_inv'].format(who=who), i['title'], L['when'], i['when'], L['where'], i['where'] or '-',
                L['desc'], i['desc'])
    html = m['html'] if m.get('html') is not None else html_doc(c, '<p>' + linkify(text) + '</p>')
    cs = body_cs(c, m, text + html)
    use_html = rng.random() < 0.5 or m.get('html') is not None
    first = Leaf('text/html; charset=%s' % cs, html, cs, 'quoted-printable') if use_html else \
        Leaf('text/plain; charset=%s' % cs, text, cs, 'quoted-printable')
    mp = meth_param(m)
    lf = 'lf' in m.get('quirks', ())
    calct = 'text/calendar; method=%s; charset=utf-8' % mp if mp else 'text/calendar; charset=utf-8'
    tc = cal_leaf(calct, ical, 'base64' if lf else 'quoted-printable', lf=lf,
                  disp='inline; filename="%s.ics"' % ('invitation' if meth == 'REQUEST' else 'calendar'))
    bnd = '----=_=-_OpenGroupware_org_NGMime-%d-%d.%06d-%d------' % (rng.randint(1000, 99999), int(c.sent.timestamp()),
                                                                      rng.randint(0, 999999), rng.randint(1, 40))
    node = Multi('mixed', [first, tc], bnd)
    subj = default_subject(c, m, 'sogo')
    hs = ['From: ' + addr(fr.name, fr.email), addr_hdr('To', _to_items(c, m)), hdr('Subject', subj),
          'Date: ' + rfc2822(c.sent, c.tz),
          'Message-ID: <%s-%X-%d-%s@%s>' % (hexs(rng, 4), int(c.sent.timestamp()), rng.randint(1, 40), hexs(rng, 8), fr.domain),
          'MIME-Version: 1.0', 'X-Forward: ' + core.ip_for(hexs(rng, 5))]
    hs += _extra_headers(m)
    return hs, node


# ------------------------------------------------------------------ Nextcloud
def r_nextcloud(c, m, ical):
    rng = c.rng
    ev = m['ev']
    fr = m['from']
    L = c.L
    i = info(c, m)
    meth = m.get('method')
    host = c.setup.get('nc_host') or 'cloud.' + fr.domain
    org = ev['organizer']
    tok = alnum(rng, 32)
    if m.get('text') is not None:
        text = m['text']
    else:
        who = org.name or org.email
        if meth == 'REPLY':
            a = ev['attendees'][0]
            k = {'ACCEPTED': 'acc_line', 'DECLINED': 'dec_line', 'TENTATIVE': 'ten_line'}[a.get('partstat', 'ACCEPTED')]
            text = L[k].format(who=a['p'].name or a['p'].email) + '\n'
        elif meth == 'CANCEL':
            text = L['can_line'] + '\n\n' + generic_text(c, m)
        else:
            text = '%s %s\n\n%s: %s\n%s: %s\n%s: %s\n%s: %s\n\n%s: https://%s/index.php/apps/calendar/invitation/accept?token=%s\n' % (
                L['has_inv'].format(who=who), i['title'], L['when'], i['when'], L['where'], i['where'] or '',
                L['org'], '%s <%s>' % (who, org.email), L['desc'], i['desc'], L['yes'], host, tok)
    html = m['html'] if m.get('html') is not None else generic_html(
        c, m, L['has_inv'].format(who=org.name or org.email),
        [(L['yes'], 'https://%s/index.php/apps/calendar/invitation/accept?token=%s' % (host, tok)),
         (L['no'], 'https://%s/index.php/apps/calendar/invitation/decline?token=%s' % (host, tok))])
    tp = Leaf('text/plain; charset=utf-8', text, 'utf-8', 'quoted-printable')
    th = Leaf('text/html; charset=utf-8', html, 'utf-8', 'quoted-printable')
    mp = meth_param(m)
    lf = 'lf' in m.get('quirks', ())
    calct = 'text/calendar; name=event.ics' + ('; method=%s' % mp if mp else '') + '; charset=utf-8' if c.year >= 2022 else \
        'text/calendar; charset=UTF-8' + ('; method=%s' % mp if mp else '')
    tc = cal_leaf(calct, ical, 'base64' if lf or c.year >= 2022 else 'quoted-printable', lf=lf,
                  disp='attachment; name=event.ics' if c.year >= 2022 else None)
    if c.year >= 2022:
        b1, b2 = alnum(rng, 8), alnum(rng, 8)
        node = Multi('mixed', [Multi('alternative', [tp, th], b2, ct_fold=False), tc], b1, ct_fold=False)
    else:
        b = '_=_swift_%d_%s_=_' % (int(c.sent.timestamp()), hexs(rng, 32))
        node = Multi('alternative', [tp, th, tc], b, ct_fold=False)
    subj = default_subject(c, m, 'nextcloud')
    disp = '%s via %s' % (org.name or org.email, rng.choice(['Nextcloud', 'Nextcloud', fr.domain.split('.')[0].capitalize() + ' Cloud']))
    hdr_from = core.P(disp, 'noreply@' + host if rng.random() < 0.6 else 'no-reply@' + fr.domain)
    m['from'] = hdr_from
    hs = ['Message-ID: <%s@%s>' % (hexs(rng, 32), host), 'Date: ' + rfc2822(c.sent, c.tz), hdr('Subject', subj),
          'From: ' + addr(hdr_from.name, hdr_from.email), 'Reply-To: ' + addr(org.name, org.email),
          addr_hdr('To', _to_items(c, m)), 'MIME-Version: 1.0', 'Auto-Submitted: auto-generated']
    hs += _extra_headers(m)
    return hs, node


# ------------------------------------------------------------------ Yahoo
def r_yahoo(c, m, ical):
    rng = c.rng
    fr = m['from']
    text = m['text'] if m.get('text') is not None else generic_text(c, m, c.L['has_inv'].format(
        who=m['ev']['organizer'].name or m['ev']['organizer'].email))
    html = m['html'] if m.get('html') is not None else generic_html(c, m, None, [
        (c.L['yes'], 'https://calendar.yahoo.com/rsvp?e=%s&r=1' % alnum(rng, 20)),
        (c.L['no'], 'https://calendar.yahoo.com/rsvp?e=%s&r=2' % alnum(rng, 20))])
    cs = body_cs(c, m, text + html)
    tp = Leaf('text/plain; charset=%s' % cs.upper(), text, cs, 'quoted-printable')
    th = Leaf('text/html; charset=%s' % cs.upper(), html, cs, 'quoted-printable')
    mp = meth_param(m)
    lf = 'lf' in m.get('quirks', ())
    calct = 'text/calendar; charset=UTF-8' + ('; method=%s' % mp if mp else '')
    tc = cal_leaf(calct, ical, 'base64', lf=lf)
    b = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999), int(c.sent.timestamp() * 1000))
    node = Multi('alternative', [tp, th, tc], b)
    subj = default_subject(c, m, 'yahoo')
    hs = ['Date: ' + rfc2822(c.sent, 'UTC'), 'From: ' + addr(fr.name, fr.email), 'Reply-To: ' + addr(fr.name, fr.email),
          addr_hdr('To', _to_items(c, m)),
          'Message-ID: <%d.%d.%d@mail.yahoo.com>' % (rng.randint(1000000, 99999999), rng.randint(100000, 9999999),
                                                     int(c.sent.timestamp() * 1000)),
          hdr('Subject', subj), 'MIME-Version: 1.0',
          'X-Mailer: WebService/1.1.%d YMailNorrin' % rng.randint(18000, 23000)]
    hs += _extra_headers(m)
    return hs, node


# ------------------------------------------------------------------ Zoom
def r_zoom(c, m, ical):
    rng = c.rng
    ev = m['ev']
    fr = m['from']
    L = c.L
    i = info(c, m)
    text = m['text'] if m.get('text') is not None else generic_text(c, m)
    html = m['html'] if m.get('html') is not None else html_doc(
        c, '<table width="600" style="font-family:Lato,Helvetica,Arial,sans-serif"><tr><td>'
           '<img src="https://st1.zoom.us/static/6.3.%d/image/new/ZoomLogo_112x25.png" alt="Zoom" width="112">'
           '</td></tr><tr><td><h2>%s</h2><p>%s</p><p>%s</p><p>%s</p></td></tr></table>' % (
               rng.randint(10000, 30000), H.escape(i['title']), H.escape(i['when']), linkify(i['desc']),
               '<a href="%s" style="background:#0E71EB;color:#fff;padding:8px 16px">%s</a>' % (
                   H.escape(ev.get('conference') or ev.get('location') or ''), L['join'])))
    cs = 'utf-8'
    tp = Leaf('text/plain; charset=UTF-8', text, cs, 'quoted-printable')
    th = Leaf('text/html; charset=UTF-8', html, cs, 'quoted-printable')
    mp = meth_param(m)
    lf = 'lf' in m.get('quirks', ())
    calct = 'text/calendar; charset=UTF-8' + ('; method=%s' % mp if mp else '') + '; name="invite.ics"'
    tc = cal_leaf(calct, ical, 'base64', disp='attachment; filename="invite.ics"', lf=lf)
    b1, b2 = hexs(rng, 60), hexs(rng, 60)
    node = Multi('mixed', [Multi('alternative', [tp, th], b2, ct_fold=False), tc], b1, ct_fold=False)
    subj = default_subject(c, m, 'zoom')
    dom = fr.domain
    hs = ['MIME-Version: 1.0', 'From: ' + addr(fr.name, fr.email),
          'Reply-To: ' + addr(m['reply_to'].name, m['reply_to'].email) if m.get('reply_to') else None,
          addr_hdr('To', _to_items(c, m)), hdr('Subject', subj), 'Date: ' + rfc2822(c.sent, 'UTC'),
          'Message-ID: <%s@%s>' % (alnum(rng, 22), 'geopod-ismtpd-%d' % rng.randint(1, 40) if dom == 'zoom.us' else dom),
          'X-SG-EID: %s' % b64rand(rng, 60) if dom == 'zoom.us' else None,
          'X-Entity-ID: %s' % alnum(rng, 22) if dom == 'zoom.us' else None]
    hs = [h for h in hs if h] + _extra_headers(m)
    return hs, node


# ------------------------------------------------------------------ custom / bulk / booking tools
MAILERS = ['phpmailer', 'symfony', 'nodemailer', 'python', 'dotnet', 'javamail']


def r_custom(c, m, ical):
    rng = c.rng
    ev = m['ev']
    fr = m['from']
    cst = m.setdefault('custom', {})
    esp = c.setup.get('esp') if c.setup.get('kind') == 'esp' else None
    mailer = cst.get('mailer') or (esp if esp in ('ses', 'sendgrid', 'mailgun') and rng.random() < 0.6 else rng.choice(MAILERS))
    layout = cst.get('layout') or rng.choice(['mixed_alt_att', 'mixed_alt_att', 'alt_cal', 'mixed_html_att',
                                              'mixed_plain_att', 'alt_plain_cal', 'single_cal'])
    text = m['text'] if m.get('text') is not None else generic_text(c, m, m.get('note'))
    html = m['html'] if m.get('html') is not None else generic_html(c, m, m.get('note'))
    cs = body_cs(c, m, text + html)
    q = m.get('quirks', set())
    lf = 'lf' in q
    mp = meth_param(m)
    ics_cs = cst.get('ics_cs', 'utf-8')
    ics_cs = fit_cs(ical, ics_cs)
    cte_pool = ['quoted-printable', 'base64', '8bit'] if not is_ascii(text + html) else ['7bit', 'quoted-printable', 'base64']
    bcte = cst.get('body_cte') or rng.choice(cte_pool)
    ccte = 'base64' if lf else (cst.get('cal_cte') or rng.choice(['base64', 'base64', '7bit' if is_ascii(ical) else '8bit',
                                                                  'quoted-printable']))
    fname = cst.get('filename') or rng.choice(['invite.ics', 'event.ics', 'calendar.ics', 'meeting.ics', 'booking.ics',
                                               'appointment.ics', 'reservation.ics'])
    att_type = cst.get('att_type') or rng.choice(['text/calendar', 'text/calendar', 'application/ics', 'application/octet-stream'])

    def calpart(attachment):
        if att_type == 'text/calendar' or not attachment:
            ct = 'text/calendar; charset=%s' % ics_cs + ('; method=%s' % mp if mp else '')
            if attachment:
                ct += '; name="%s"' % fname
        else:
            ct = '%s; name="%s"' % (att_type, fname)
        return cal_leaf(ct, ical, ccte, disp=('attachment; filename="%s"' % fname) if attachment else None, lf=lf, cs=ics_cs)

    tp = Leaf('text/plain; charset=%s' % cs, text, cs, bcte)
    th = Leaf('text/html; charset=%s' % cs, html, cs, bcte)
    if mailer == 'phpmailer':
        bn = lambda n: 'b%d_%s' % (n, alnum(rng, 43))
    elif mailer == 'symfony':
        bn = lambda n: alnum(rng, 8)
    elif mailer == 'nodemailer':
        base = hexs(rng, 16)
        bn = lambda n: '--_NmP-%s-Part_%d' % (base, n)
    elif mailer == 'python':
        bn = lambda n: '===============%019d==' % rng.randint(10 ** 17, 10 ** 19 - 1)
    elif mailer == 'dotnet':
        bn = lambda n: '--boundary_%d_%s' % (n - 1, uid4(rng))
    else:
        base = rng.randint(100000, 9999999)
        bn = lambda n: '----=_Part_%d_%d.%d' % (n - 1, base, int(c.sent.timestamp() * 1000))
    if layout == 'mixed_alt_att':
        node = Multi('mixed', [Multi('alternative', [tp, th], bn(2)), calpart(True)], bn(1))
    elif layout == 'alt_cal':
        node = Multi('alternative', [tp, th, calpart(False)], bn(1))
    elif layout == 'mixed_html_att':
        node = Multi('mixed', [th, calpart(True)], bn(1))
    elif layout == 'mixed_plain_att':
        node = Multi('mixed', [tp, calpart(True)], bn(1))
    elif layout == 'alt_plain_cal':
        node = Multi('alternative', [tp, calpart(False)], bn(1))
    else:
        node = calpart(False)
    subj = default_subject(c, m, 'custom')
    dom = fr.domain
    hcs = cs if cs not in ('us-ascii',) else 'utf-8'
    mode = 'Q' if rng.random() < 0.3 else 'B'
    hf = 'From: ' + addr(fr.name, fr.email, hcs, mode)
    ht = addr_hdr('To', _to_items(c, m, hcs, mode)) if not m.get('to_header') else m['to_header']
    hsub = hdr('Subject', subj, hcs, mode)
    hd = 'Date: ' + rfc2822(c.sent, rng.choice(['UTC', c.tz]))
    rt = 'Reply-To: ' + addr(m['reply_to'].name, m['reply_to'].email, hcs, mode) if m.get('reply_to') else None
    if mailer == 'phpmailer':
        hs = [hd, ht, hf, rt, hsub, 'Message-ID: <%s@%s>' % (alnum(rng, 43), dom),
              'X-Mailer: PHPMailer %s (https://github.com/PHPMailer/PHPMailer)' % rng.choice(['6.1.5', '6.5.0', '6.8.1', '6.9.1']),
              'MIME-Version: 1.0']
    elif mailer == 'symfony':
        hs = [hf, ht, rt, hsub, 'Message-ID: <%s@%s>' % (hexs(rng, 32), dom), 'MIME-Version: 1.0', hd]
    elif mailer == 'nodemailer':
        hs = ['MIME-Version: 1.0', hf, ht, rt, hsub, 'Message-ID: <%s@%s>' % (uid4(rng), dom), hd]
    elif mailer == 'python':
        hs = ['MIME-Version: 1.0', hsub, hf, ht, rt, hd, 'Message-ID: <%d.%d.%d@%s>' % (
            int(c.sent.timestamp() * 100), rng.randint(1000, 99999), rng.randint(10 ** 17, 10 ** 18), c.setup['host'])]
    elif mailer == 'dotnet':
        hs = ['MIME-Version: 1.0', hf, ht, rt, hd, hsub]
    elif mailer == 'ses':
        hs = [hd, hf, ht, rt, 'Message-ID: <0100%s-%s-%s-000000@email.amazonses.com>' % (hexs(rng, 12), hexs(rng, 8), uid4(rng)),
              hsub, 'MIME-Version: 1.0']
    elif mailer == 'sendgrid':
        hs = ['MIME-Version: 1.0', hd, hf, rt, hsub, 'Message-ID: <%s@geopod-ismtpd-%d>' % (alnum(rng, 22), rng.randint(1, 40)),
              'X-SG-EID: ' + b64rand(rng, 60), 'X-SG-ID: ' + b64rand(rng, 50), ht, 'X-Entity-ID: ' + alnum(rng, 22)]
    elif mailer == 'mailgun':
        hs = ['MIME-Version: 1.0', hsub, hf, ht, rt, 'Message-Id: <%s.%s@%s>' % (c.sent.strftime('%Y%m%d%H%M%S'), hexs(rng, 16), dom),
              hd, 'X-Mailgun-Tag: ' + rng.choice(['booking', 'calendar', 'notification', 'invite']),
              'X-Mailgun-Track: yes']
    else:
        hs = [hd, hf, rt, ht, 'Message-ID: <%d.%d.%d@%s>' % (rng.randint(100000, 9999999), rng.randint(10, 999),
                                                             int(c.sent.timestamp() * 1000), c.setup['host']),
              hsub, 'MIME-Version: 1.0']
    hs = [h for h in hs if h] + list(cst.get('headers', [])) + _extra_headers(m)
    return hs, node


RENDER = {'google': r_google, 'outlook': r_outlook, 'apple': r_apple, 'thunderbird': r_tb, 'zimbra': r_zimbra,
          'sogo': r_sogo, 'nextcloud': r_nextcloud, 'yahoo': r_yahoo, 'zoom': r_zoom, 'custom': r_custom}


# ------------------------------------------------------------------ mailing lists
def list_relay(c, m, hs, node):
    """Mailman / Google Groups style redistribution. Modifies headers and body, returns relay dict."""
    rng = c.rng
    li = m['list']
    kind = li.get('kind', 'mailman')
    ldom = li['domain']
    lname = li['name']
    lhost = li.get('host', 'lists.' + ldom if not ldom.startswith('lists.') else ldom)
    ladd = '%s@%s' % (lname, ldom)
    relay = {'breaks': True}
    lt = li.get('title', lname)
    ltitle_h = ('"%s"' % lt) if is_ascii(lt) else ' '.join(encoded_words(lt, 'utf-8', 'Q'))
    if kind == 'ggroups':
        ladd = '%s@googlegroups.com' % lname
        relay['host'] = 'mail-%s-f%d.google.com' % (rng.choice(['ot1', 'oa1', 'yb1', 'qk1']), rng.randint(55, 190))
        relay['mailfrom'] = '%s+bncBD%s@googlegroups.com' % (lname, alnum(rng, 40))
        relay['dkim'] = ('googlegroups.com', '20230601')
        munge = m['list'].get('munge', c.setup.get('policy') in ('reject', 'quarantine') or rng.random() < 0.2)
        list_heads = ['X-Original-Sender: %s' % m['from'].email,
                      'X-Original-Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@%s;\r\n'
                      '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                      % (c.setup['dkim'][0][0] if c.setup['dkim'] else m['from'].domain, c.setup['mailfrom'],
                         core.ip_for(c.setup['host']), c.setup['mailfrom']),
                      'Precedence: list', 'Mailing-list: list %s; contact %s+owners@googlegroups.com' % (ladd, lname),
                      'List-ID: <%s.googlegroups.com>' % lname, 'X-Spam-Checked-In-Group: %s' % ladd,
                      'X-Google-Group-Id: %d' % rng.randint(10 ** 11, 10 ** 12),
                      'List-Post: <https://groups.google.com/group/%s/post>, <mailto:%s>' % (lname, ladd),
                      'List-Help: <https://groups.google.com/support/>, <mailto:%s+help@googlegroups.com>' % lname,
                      'List-Archive: <https://groups.google.com/group/%s/>' % lname,
                      'List-Unsubscribe: <mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\r\n'
                      ' <https://groups.google.com/group/%s/subscribe>' % (rng.randint(10 ** 11, 10 ** 12), lname)]
        footer = ('\n-- \nYou received this message because you are subscribed to the Google Groups "%s" group.\n'
                  'To unsubscribe from this group and stop receiving emails from it, send an email to %s+unsubscribe@googlegroups.com.\n'
                  'To view this discussion visit https://groups.google.com/d/msgid/%s/%s.\n' % (
                      li.get('title', lname), lname, lname, alnum(rng, 30)))
        lhost = relay['host']
    else:
        relay['host'] = lhost
        relay['mailfrom'] = '%s-bounces+%s=%s@%s' % (lname, c.rcpt.local, c.rcpt.domain, ldom)
        if li.get('sign', rng.random() < 0.5):
            relay['dkim'] = (ldom, rng.choice(['lists', 'mailman', 'default']))
        munge = m['list'].get('munge', c.setup.get('policy') in ('reject', 'quarantine') and rng.random() < 0.8)
        mm3 = c.year >= 2020 and rng.random() < 0.6
        list_heads = ['X-BeenThere: %s' % ladd]
        if mm3:
            list_heads += ['X-Mailman-Version: 3.3.%d' % rng.randint(3, 9), 'Precedence: list',
                           'Message-ID-Hash: %s' % alnum(rng, 32).upper(), 'X-Message-ID-Hash: %s' % alnum(rng, 32).upper(),
                           'X-MailFrom: %s' % c.setup['mailfrom'],
                           'X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address;'
                           ' member-moderation; header-match-%s.%s-0; nonmember-moderation; administrivia; implicit-dest;'
                           ' max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header' % (lname, ldom),
                           'List-Id: %s <%s.%s>' % (ltitle_h, lname, ldom),
                           'Archived-At: <https://%s/hyperkitty/list/%s/message/%s/>' % (lhost, ladd, alnum(rng, 32).upper()),
                           'List-Archive: <https://%s/hyperkitty/list/%s/>' % (lhost, ladd),
                           'List-Help: <mailto:%s-request@%s?subject=help>' % (lname, ldom),
                           'List-Owner: <mailto:%s-owner@%s>' % (lname, ldom),
                           'List-Post: <mailto:%s>' % ladd,
                           'List-Subscribe: <mailto:%s-join@%s>' % (lname, ldom),
                           'List-Unsubscribe: <mailto:%s-leave@%s>' % (lname, ldom)]
        else:
            list_heads += ['X-Mailman-Version: 2.1.%d' % rng.randint(20, 39), 'Precedence: list',
                           'List-Id: %s <%s.%s>' % (ltitle_h, lname, ldom),
                           'List-Unsubscribe: <https://%s/mailman/options/%s>,\r\n <mailto:%s-request@%s?subject=unsubscribe>'
                           % (lhost, lname, lname, ldom),
                           'List-Archive: <https://%s/pipermail/%s/>' % (lhost, lname),
                           'List-Post: <mailto:%s>' % ladd,
                           'List-Help: <mailto:%s-request@%s?subject=help>' % (lname, ldom),
                           'List-Subscribe: <https://%s/mailman/listinfo/%s>,\r\n <mailto:%s-request@%s?subject=subscribe>'
                           % (lhost, lname, lname, ldom),
                           'Errors-To: %s-bounces@%s' % (lname, ldom),
                           'Sender: "%s" <%s-bounces@%s>' % (lname, lname, ldom)]
        footer = ('\n_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n'
                  % (li.get('title', lname), ladd, lhost, lname))
        relay['hops'] = None

    def hops(sent):
        out = []
        if kind == 'ggroups':
            out.append('Received: by %s with SMTP id %s\r\n        for <%s>; %s' % (
                relay['host'], alnum(rng, 22).lower(), c.rcpt.email, rfc2822(sent, 'America/Los_Angeles', paren=True)))
            out.append('ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\r\n        d=google.com; s=arc-20240605;\r\n        b=%s'
                       % (int(sent.timestamp()), b64rand(rng, 90)))
            out.append('ARC-Authentication-Results: i=1; gmr-mx.google.com;\r\n       dkim=pass header.i=@%s;\r\n       spf=pass'
                       ' smtp.mailfrom=%s' % (m['from'].domain, c.setup['mailfrom']))
        else:
            out.append('Received: from %s (localhost [IPv6:::1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s' % (
                lhost, lhost, core.qid(rng, c.year), rfc2822(sent, 'UTC')))
            out.append('Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s' % (
                c.setup['host'], c.setup['host'], core.ip_for(c.setup['host']), lhost, core.qid(rng, c.year), ladd,
                rfc2822(sent - dt.timedelta(seconds=rng.randint(5, 200)), 'UTC')))
        return out
    relay['hops'] = hops
    # modify body: add footer part
    ft = Leaf('text/plain; charset="us-ascii"', footer, 'us-ascii', '7bit',
              disp='inline') if is_ascii(footer) else Leaf('text/plain; charset="utf-8"', footer, 'utf-8', 'base64', disp='inline')
    if isinstance(node, Multi) and node.subtype == 'mixed':
        node.parts.append(ft)
    else:
        node = Multi('mixed', [node, ft], '===============%019d==' % rng.randint(10 ** 17, 10 ** 19 - 1))
    # subject prefix
    pre = li.get('prefix')
    new = []
    orig_from = m['from']
    for h in hs:
        if pre and h.startswith('Subject:'):
            h = hdr('Subject', '[%s] ' % pre + m['_subject'])
        if munge and h.startswith('From:'):
            nm = '%s via %s' % (orig_from.name or orig_from.local, li.get('title', lname))
            h = 'From: ' + addr(nm, ladd)
            new.append(h)
            new.append('Reply-To: ' + addr(orig_from.name, orig_from.email))
            continue
        if munge and h.startswith('Reply-To:'):
            continue
        if h.startswith('Sender:') and kind != 'ggroups':
            continue
        new.append(h)
    if munge:
        relay['from_dom'] = 'googlegroups.com' if kind == 'ggroups' else ldom
        relay['policy'] = 'none' if kind != 'ggroups' else 'quarantine'
        if kind != 'ggroups':
            new.append('X-Original-From: ' + addr(orig_from.name, orig_from.email))
    new += list_heads
    return relay, new, node


# ------------------------------------------------------------------ driver
def render_message(c, m):
    c.sent = c.arrival - dt.timedelta(seconds=c.rint(2, 50))
    ical = ics.render(c, m)
    m['_ical'] = ical
    org_from = m['from']
    hs, node = RENDER[c.client](c, m, ical)
    subj_line = [h for h in hs if h.startswith('Subject:')]
    m['_subject'] = default_subject(c, m, {'google': 'google', 'outlook': 'outlook', 'thunderbird': 'tb', 'sogo': 'sogo',
                                           'nextcloud': 'nextcloud', 'apple': 'apple', 'yahoo': 'yahoo'}.get(c.client, 'x'))
    relay = None
    if c.via_list:
        relay, hs, node = list_relay(c, m, hs, node)
    top = core.build_transport(c, m, relay)
    m['from_env'] = org_from
    return assemble(top + hs, node)
