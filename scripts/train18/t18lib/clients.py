# -*- coding: utf-8 -*-
"""Renderers reproducing the MIME layout, headers and iCalendar style of calendar clients."""
import datetime as dt
import html as _html
from . import core, ics, i18n, icsgen
from .core import pick, chance, hexs, uuid4, digits, leaf, multipart, Part, addr, addr_list, hdr_text
from .icsgen import year_ver


def H(s):
    return _html.escape(s, quote=True)


def nl2br(s):
    return '<br>\n'.join(H(x) for x in s.split('\n'))


def linkify(s):
    import re
    out = []
    for line in s.split('\n'):
        e = H(line)
        e = re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', e)
        out.append(e)
    return '<br>\n'.join(out)


def tzlabel(spec, short=False):
    tz = spec.get('tz')
    if not tz or tz == 'UTC':
        return 'UTC'
    info = ics.TZ[tz]
    if short:
        return info[5] if ics.is_dst(tz, spec['start']) and info[5] else info[4]
    if spec['lang'] == 'en':
        return info[6]
    return tz


def when(spec, short_tz=False):
    return i18n.fmt_when(spec['lang'], spec['start'], spec['end'], tzlabel(spec, short_tz), spec.get('allday'))


def subj_prefix(spec):
    bb = i18n.b(spec['lang'])
    m = spec['method']
    if m == 'CANCEL':
        return bb['cxl']
    if m == 'REPLY':
        return {'ACCEPTED': bb['acc'], 'DECLINED': bb['dec'], 'TENTATIVE': bb['ten']}[spec.get('reply_partstat', 'ACCEPTED')]
    if spec.get('sequence', 0) > 0:
        return bb['upd']
    return bb['inv']


def body_charset(spec, default='utf-8', texts=None):
    cs = spec.get('charset') or default
    for t in texts or []:
        if t and not core.encodable(t, cs):
            return 'utf-8'
    return cs


def pick_cte(charset, text, options=('quoted-printable', 'base64', '8bit')):
    if core.is_ascii(text):
        return '7bit'
    if charset == 'iso-2022-jp':
        return '7bit'
    return pick(list(options))


def cal_text(spec, style, prodid, method=None, **kw):
    q = spec.get('quirks', set())
    m = method or spec['method']
    if 'method_mismatch' in q:
        m = {'REQUEST': 'PUBLISH', 'PUBLISH': 'REQUEST'}.get(m, m)
    txt = icsgen.build(spec, style, method=m, prodid=prodid, include_method='no_method' not in q,
                       sloppy='sloppy_fold' in q, with_vtz='no_vtz' not in q,
                       events=spec.get('events'), **kw)
    spec['_cal_text'] = txt
    return txt


def cal_ct(spec, charset='utf-8', name=None, method=None, quote=True, sep='; '):
    m = method or spec['method']
    q = spec.get('quirks', set())
    if 'ct_no_method' in q:
        s = 'text/calendar%scharset=%s' % (sep, '"%s"' % charset if quote else charset)
    else:
        s = 'text/calendar%scharset=%s%smethod=%s' % (sep, '"%s"' % charset if quote else charset, sep, m)
    if name:
        s += '%sname="%s"' % (sep, name)
    return s


def cal_part(spec, text, charset='utf-8', cte='base64', name=None, disp=None, ctype=None, method=None,
             quote=True, sep='; '):
    q = spec.get('quirks', set())
    bare = 'bare_lf' in q and cte == 'base64'
    if not core.encodable(text, charset):
        charset = 'utf-8'
    extra = []
    if disp:
        extra.append(('Content-Disposition', disp))
    ct = ctype or cal_ct(spec, charset, name, method, quote, sep)
    if cte in ('7bit', '8bit') and not core.is_ascii(text):
        cte = '8bit' if charset != 'iso-2022-jp' else '7bit'
    return leaf(None, text=text, charset=charset, cte=cte, extra=extra, bare_lf=bare, ctype_raw=ct)


def attach_ics(spec, text, name='invite.ics', ctype='application/ics', cte='base64', disp='attachment'):
    bare = 'bare_lf' in spec.get('quirks', set()) and cte == 'base64'
    ct = '%s; name="%s"' % (ctype, name)
    return leaf(None, text=text, charset='utf-8', cte=cte, bare_lf=bare, ctype_raw=ct,
                extra=[('Content-Disposition', '%s; filename="%s"' % (disp, name))])


def std_from(spec):
    f = spec['from']
    return f['name'], f['email']


def lab(spec):
    return spec.get('hdr_charset') or 'utf-8'


def to_header(spec, quote=False, mode='B'):
    return addr_list(spec['to'], lab(spec), mode, quote)


# ======================================================================== Google
def google_meet_block(spec):
    code = spec.get('meet_code')
    return ('-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
            'Join with Google Meet: https://meet.google.com/%s\n\n'
            'Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
            'Please do not edit this section.\n'
            '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-' % code)


def r_google(spec):
    lang = spec['lang']
    bb = i18n.b(lang)
    on, oe = spec['organizer']['name'], spec['organizer']['email']
    rcpt = spec['recipient']['email']
    if spec.get('meet_code') and spec['method'] == 'REQUEST':
        spec['conference_google'] = 'https://meet.google.com/' + spec['meet_code']
        spec['description'] = ((spec.get('description') or '') + '\n\n' + google_meet_block(spec)).strip('\n')
    w = when(spec)
    wshort = when(spec, True)
    eid = core.b64rand(42).replace('=', '').replace('+', '').replace('/', '')
    tok = core.b64rand(60).replace('=', '').replace('+', '').replace('/', '')
    ctz = (spec.get('tz') or 'UTC').replace('/', '%2F')
    hl = lang.split('-')[0]
    subj = spec.get('subject')
    if not subj:
        if spec['method'] == 'REPLY':
            subj = '%s: %s @ %s' % (subj_prefix(spec), spec['summary'], wshort)
            subj += ' (%s)' % oe
        else:
            subj = '%s: %s @ %s (%s)' % (subj_prefix(spec), spec['summary'], wshort, rcpt)
    T = []
    if spec['method'] == 'CANCEL':
        T.append(bb['cxlmsg'])
        T.append('')
    elif spec['method'] == 'REPLY':
        a = spec['from']
        T.append((bb['accmsg'] if spec.get('reply_partstat', 'ACCEPTED') != 'DECLINED' else bb['decmsg'])
                 .format(n=a['name'] or a['email']))
        T.append('')
    elif spec.get('arrival').year >= 2021:
        T.append(bb['invited'].format(n=on or oe, t=spec['summary']))
        T.append('')
    T.append('%s: %s' % (bb['title'], spec['summary']))
    if spec.get('description') and spec['method'] != 'REPLY':
        T.append(spec['description'])
    T.append('%s: %s' % (bb['when'], w))
    if spec.get('location'):
        T.append('%s: %s' % (bb['where'], spec['location']))
    if spec.get('meet_code'):
        T.append('%s: Google Meet\nmeet.google.com/%s' % (bb['join'], spec['meet_code']))
    T.append('%s: %s' % (bb['cal'], rcpt))
    T.append('%s:' % bb['who'])
    shown = spec['attendees'][:40]
    for a in shown:
        tag = ' - ' + bb['org'].lower() if a['email'] == oe else ''
        T.append('     * %s%s' % (a.get('name') or a['email'], tag))
    if len(spec['attendees']) > 40:
        T.append('     * ... (%d)' % (len(spec['attendees']) - 40))
    T.append('')
    T.append('Event details: https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=1'
             % (eid, tok, ctz, hl))
    if spec['method'] == 'REQUEST':
        T.append('')
        T.append('%s %s' % (bb['reply'], rcpt))
        for i, k in enumerate(('yes', 'no', 'maybe')):
            T.append('%s: https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=%d&tok=%s&ctz=%s&hl=%s&es=1'
                     % (bb[k], eid, i + 1, tok, ctz, hl))
    T.append('')
    T.append('%s: https://calendar.google.com/calendar/' % bb['gcal'])
    T.append('')
    T.append('You are receiving this email because you are an attendee of this event. To stop receiving future '
             'updates for this event, decline this event.')
    T.append('')
    T.append('Forwarding this invitation could allow any recipient to send a response to the organizer, be added '
             'to the guest list, invite others regardless of their own invitation status, or modify your RSVP. '
             'Learn more https://support.google.com/calendar/answer/37135#forwarding')
    text = '\n'.join(T)
    htm = ['<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
           'itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>'
           % H(subj_prefix(spec) + ' ' + (on or oe)),
           '<div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%%;'
           'font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;">'
           '<tr><td><div style="padding:2px"><span itemprop="name" style="font-size:20px;font-weight:bold;'
           'color:#3c4043">%s</span></div>' % H(spec['summary'])]
    if spec.get('description') and spec['method'] != 'REPLY':
        htm.append('<div style="padding-bottom:15px;font-family:Arial,Sans-serif;font-size:14px;color:#222;'
                   'white-space:pre-wrap!important;white-space:-moz-pre-wrap!important">%s</div>'
                   % linkify(spec['description']))
    htm.append('<table cellpadding="0" cellspacing="0" border="0" summary="Event details"><tr><td style="padding:0 '
               '1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top">'
               '<div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,'
               'Sans-serif;font-size:13px;color:#222" valign="top">%s</td></tr>' % (H(bb['when']), H(w)))
    if spec.get('location'):
        htm.append('<tr><td style="padding:0 1em 10px 0;color:#888" valign="top"><div><i style="font-style:normal">'
                   '%s</i></div></td><td style="padding-bottom:10px;color:#222" valign="top"><span '
                   'itemprop="location">%s</span></td></tr>' % (H(bb['where']), linkify(spec['location'])))
    htm.append('<tr><td style="padding:0 1em 10px 0;color:#888" valign="top">%s</td><td><table cellspacing="0" '
               'cellpadding="0">' % H(bb['who']))
    for a in shown:
        htm.append('<tr><td style="padding-right:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222">'
                   '<span class="notranslate">&#8226;</span> <a href="mailto:%s" style="color:#222;'
                   'text-decoration:none">%s</a>%s</td></tr>' % (H(a['email']), H(a.get('name') or a['email']),
                                                              ' <span style="color:#888">- %s</span>' % H(bb['org'].lower()) if a['email'] == oe else ''))
    htm.append('</table></td></tr></table>')
    htm.append('<p style="color:#222;font-size:13px;margin:0"><a href="https://calendar.google.com/calendar/event?'
               'action=VIEW&amp;eid=%s&amp;tok=%s&amp;ctz=%s&amp;hl=%s&amp;es=1">more details &raquo;</a></p>'
               % (eid, tok, ctz, hl))
    htm.append('</td></tr></table></div><p style="color:#888;font-size:11px">%s <a href="https://calendar.google.com/'
               'calendar/">Google Calendar</a></p></span>' % H(bb['gcal']))
    html = '\n'.join(htm)
    cal = cal_text(spec, 'google', spec.get('prodid') or '-//Google Inc//Google Calendar 70.9054//EN')
    bnd1 = '000000000000' + hexs(14)
    bnd2 = '000000000000' + hexs(14)
    tcte = '7bit' if core.is_ascii(text) else 'base64'
    p_text = leaf(None, text=text, charset='UTF-8', cte=tcte,
                  ctype_raw='text/plain; charset="UTF-8"; format=flowed; delsp=yes')
    p_html = leaf(None, text=html, charset='UTF-8', cte='quoted-printable', ctype_raw='text/html; charset="UTF-8"')
    ccte = '7bit' if core.is_ascii(cal) else 'base64'
    p_cal = cal_part(spec, cal, 'UTF-8', ccte, quote=True)
    alt = multipart('alternative', [p_text, p_html, p_cal], bnd2, extra=None)
    alt.headers[0] = ('Content-Type', 'multipart/alternative; boundary="%s"' % bnd2)
    p_att = attach_ics(spec, cal, 'invite.ics', 'application/ics')
    top = multipart('mixed', [alt, p_att], bnd1)
    top.headers[0] = ('Content-Type', 'multipart/mixed; boundary="%s"' % bnd1)
    fn, fe = std_from(spec)
    hd = [('MIME-Version', '1.0'),
          ('Reply-To', addr(fn, fe, 'UTF-8', 'Q')),
          ('Sender', 'Google Calendar <calendar-notification@google.com>'),
          ('Auto-Submitted', 'auto-generated'),
          ('Message-ID', '<calendar-%s@google.com>' % uuid4()),
          ('Date', core.rfc2822(spec['date'], 0)),
          ('Subject', hdr_text(subj, 'UTF-8', pick('BQ'))),
          ('From', addr(fn, fe, 'UTF-8', 'Q', quote_always=True)),
          ('To', to_header(spec, mode='Q'))]
    if spec.get('cc'):
        hd.append(('Cc', addr_list(spec['cc'], 'UTF-8', 'Q')))
    return dict(headers=hd, part=top, infra='google')


# ======================================================================== Outlook / Exchange
def teams_block(spec):
    url = spec['teams']
    mid = '%s %s %s %s' % (digits(3), digits(3), digits(3), digits(3))
    pc = core.mixed(6)
    return ('_' * 80 + '\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            'Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\nDownload Teams<https://www.microsoft.'
            'com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/'
            'join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.'
            'com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language='
            'en-US>\n' % (url, mid, pc, uuid4(), uuid4(), core.mixed(40)) + '_' * 80)


def word_html(text, lang, charset):
    paras = ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (linkify(p) if p else '&nbsp;')
                    for p in text.split('\n'))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t'
            '{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\t'
            'font-family:"Aptos",sans-serif;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\ndiv.WordSection1\n\t'
            '{page:WordSection1;}\n--></style>\n</head>\n<body lang="%s" link="#467886" vlink="#96607D" '
            'style="word-wrap:break-word">\n<div class="WordSection1">\n%s</div>\n</body>\n</html>\n'
            % (charset, i18n.LOCALE.get(lang, 'en-US').upper(), paras))


def thread_index():
    return core.b64rand(22)


def exch_host(reg=None):
    reg = reg or pick(['AM9PR07', 'DB9PR02', 'PAXPR08', 'VI1PR03', 'BN6PR11', 'SN7PR17', 'CH2PR12', 'LV8PR11', 'SYBPR01',
                'TYCPR01', 'SEYPR06', 'PH0PR12', 'DU0PR04', 'GV1PR09'])
    suf = {'A': 'eurprd', 'D': 'eurprd', 'P': 'eurprd', 'V': 'eurprd', 'G': 'eurprd', 'B': 'namprd', 'S': 'namprd',
           'C': 'namprd', 'L': 'namprd', 'T': 'apcprd'}[reg[0]]
    if reg.startswith('SY'):
        suf = 'ausprd'
    if reg.startswith('SE') or reg.startswith('TY'):
        suf = 'apcprd'
    host = '%sMB%d' % (reg, core.rng.randint(1000, 9999))
    return host, '%s.%s%s.prod.outlook.com' % (host, suf, reg[-2:])


def r_outlook(spec):
    lang = spec['lang']
    cs = body_charset(spec)
    variant = spec.get('ol_variant') or ('exo' if chance(0.75) else 'desktop')
    spec['ol_variant'] = variant
    desc = spec.get('description') or ''
    if spec.get('teams') and spec['method'] == 'REQUEST':
        desc = (desc + '\n\n' + teams_block(spec)).strip('\n')
        if not spec.get('location'):
            spec['location'] = 'Microsoft Teams Meeting' if lang == 'en' else pick(['Microsoft Teams-Besprechung', 'Microsoft Teams Meeting']) if lang == 'de' else 'Microsoft Teams Meeting'
    spec['description'] = desc
    if variant == 'desktop':
        spec['olk'] = True
    text = spec.get('body_text') or desc or ' '
    if spec['method'] == 'REPLY' and not spec.get('body_text'):
        text = spec.get('reply_comment') or ' '
    cs = body_charset(spec, texts=[text])
    html = word_html(text, lang, cs)
    prodid = spec.get('prodid') or ('Microsoft Exchange Server 2010' if variant == 'exo'
                                    else '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')
    calcs = 'utf-8' if variant == 'exo' or chance(0.6) else cs
    cal = cal_text(spec, 'outlook', prodid)
    cte_t = pick_cte(cs, text, ('base64', 'quoted-printable'))
    p_text = leaf('text/plain', text=text, charset=cs, cte=cte_t)
    p_html = leaf('text/html', text=html, charset=cs, cte=cte_t)
    p_cal = cal_part(spec, cal, calcs, 'base64')
    host, fqdn = exch_host()
    bnd = '_000_%s%s%s_' % (host, hexs(24, True), fqdn.split('.')[0][:4].upper())
    if spec.get('ol_attach_ics'):
        alt = multipart('alternative', [p_text, p_html, p_cal], '_002_' + bnd[5:])
        alt.headers[0] = ('Content-Type', 'multipart/alternative;\r\n\tboundary="%s"' % ('_002_' + bnd[5:]))
        top = multipart('mixed', [alt, attach_ics(spec, cal, 'invite.ics', 'text/calendar')], bnd)
        top.headers[0] = ('Content-Type', 'multipart/mixed;\r\n\tboundary="%s"' % bnd)
    else:
        top = multipart('alternative', [p_text, p_html, p_cal], bnd)
        top.headers[0] = ('Content-Type', 'multipart/alternative;\r\n\tboundary="%s"' % bnd)
    fn, fe = std_from(spec)
    subj = spec.get('subject') or spec['summary']
    if not spec.get('subject') and spec['method'] in ('CANCEL', 'REPLY'):
        subj = '%s: %s' % (subj_prefix(spec), spec['summary'])
    topic = subj.split(': ', 1)[-1] if spec['method'] in ('CANCEL', 'REPLY') else subj
    mid = '<%s%s@%s>' % (host, hexs(24, True), fqdn)
    if variant == 'desktop':
        mid = pick(['<%s$%s$%s@%s>' % (hexs(12), hexs(8), hexs(8), spec['from']['email'].split('@')[1]),
                    '<%s@EXCH%02d.%s>' % (hexs(32, True), core.rng.randint(1, 4), spec['from']['email'].split('@')[1])])
    hl = lab(spec)
    hd = [('From', addr(fn, fe, hl, 'B', quote_always=False)),
          ('To', to_header(spec))]
    if spec.get('cc'):
        hd.append(('CC', addr_list(spec['cc'], hl, 'B')))
    hd += [('Subject', hdr_text(subj, hl, 'B')),
           ('Thread-Topic', hdr_text(topic, hl, 'B')),
           ('Thread-Index', thread_index()),
           ('Date', core.rfc2822(spec['date'], 0)),
           ('Message-ID', mid)]
    if spec.get('in_reply_to'):
        hd.append(('References', spec['in_reply_to']))
        hd.append(('In-Reply-To', spec['in_reply_to']))
    hd += [('Accept-Language', '%s, en-US' % i18n.LOCALE.get(lang, 'en-US')),
           ('Content-Language', i18n.LOCALE.get(lang, 'en-US')),
           ('X-MS-Has-Attach', 'yes' if spec.get('ol_attach_ics') else ''),
           ('X-MS-TNEF-Correlator', '')]
    if variant == 'exo':
        hd += [('x-ms-publictraffictype', 'Email'),
               ('x-ms-traffictypediagnostic', '%s:EE_MeetingMessage|%s:EE_' % (host, host)),
               ('x-ms-exchange-calendar-series-instance-id', core.b64rand(60)),
               ('x-ms-office365-filtering-correlation-id', uuid4())]
    else:
        hd += [('X-Mailer', 'Microsoft Outlook 16.0')]
    hd += [('MIME-Version', '1.0')]
    infra = spec.get('infra') or ('microsoft' if variant == 'exo' else 'selfhost')
    return dict(headers=hd, part=top, infra=infra, exch=(host, fqdn))


# ======================================================================== Apple
def r_icloud(spec):
    lang = spec['lang']
    bb = i18n.b(lang)
    on = spec['organizer']['name'] or spec['organizer']['email']
    cal = cal_text(spec, 'apple', spec.get('prodid') or '-//CALENDARSERVER.ORG//NONSGML Version 1//EN',
                   calscale=False)
    if spec['method'] == 'REQUEST':
        intro = bb['invited'].format(n=on, t=spec['summary'])
    elif spec['method'] == 'CANCEL':
        intro = bb['cxlmsg']
    else:
        intro = (bb['accmsg'] if spec.get('reply_partstat') != 'DECLINED' else bb['decmsg']).format(
            n=spec['from']['name'] or spec['from']['email'])
    T = [intro, '', spec['summary'], when(spec)]
    if spec.get('location'):
        T.append(spec['location'])
    if spec.get('description'):
        T += ['', spec['description']]
    text = '\n'.join(T)
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '</head><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;color:#1d1d1f">'
            '<div style="max-width:560px;margin:0 auto"><p style="font-size:17px">%s</p>'
            '<h2 style="font-size:24px;margin:8px 0">%s</h2><p style="color:#6e6e73">%s</p>%s%s'
            '<p><a href="https://www.icloud.com/calendar/" style="color:#0071e3">iCloud</a></p></div></body></html>'
            % (H(intro), H(spec['summary']), H(when(spec)),
               '<p>%s</p>' % linkify(spec['location']) if spec.get('location') else '',
               '<p>%s</p>' % linkify(spec['description']) if spec.get('description') else ''))
    bnd = 'Apple-Webmail-%s' % uuid4(True) if chance(0.3) else '----=_Part_%d_%d.%d' % (
        core.rng.randint(10 ** 5, 10 ** 7), core.rng.randint(10 ** 8, 2 * 10 ** 9), int(spec['date'].timestamp() * 1000))
    bnd2 = bnd.replace('Part_', 'Part_A') if 'Part' in bnd else bnd + '-alt'
    p_text = leaf('text/plain', text=text, charset='UTF-8', cte=pick_cte('utf-8', text, ('quoted-printable', '7bit', 'base64')))
    p_html = leaf('text/html', text=html, charset='UTF-8', cte=pick_cte('utf-8', html, ('quoted-printable', 'base64')))
    alt = multipart('alternative', [p_text, p_html], bnd2)
    alt.headers[0] = ('Content-Type', 'multipart/alternative; \r\n\tboundary="%s"' % bnd2)
    p_cal = cal_part(spec, cal, 'UTF-8', pick(['quoted-printable', 'base64', '7bit']), name='invite.ics',
                     disp='attachment; filename="invite.ics"', quote=False)
    top = multipart('mixed', [alt, p_cal], bnd)
    top.headers[0] = ('Content-Type', 'multipart/mixed; \r\n\tboundary="%s"' % bnd)
    fn, fe = std_from(spec)
    subj = spec.get('subject') or ('%s: %s' % (subj_prefix(spec), spec['summary']) if chance(0.5) else spec['summary'])
    hd = [('From', addr(fn, fe, 'UTF-8', 'B', True)),
          ('To', to_header(spec, True)),
          ('Message-ID', '<%s@%s>' % (uuid4(True), pick(['icloud.com', 'me.com', 'caldav.icloud.com']))),
          ('Subject', hdr_text(subj, 'UTF-8', 'B')),
          ('MIME-Version', '1.0'),
          ('Date', core.rfc2822(spec['date'], 0, 'UTC')),
          ('X-Apple-Action', 'CALENDAR-INVITE' if spec['method'] == 'REQUEST' else 'CALENDAR-' + spec['method']),
          ('X-Priority', '3')]
    return dict(headers=hd, part=top, infra=spec.get('infra') or 'icloud')


def r_applemail(spec):
    lang = spec['lang']
    y = spec['arrival'].year
    ios = chance(0.35)
    prodid = spec.get('prodid') or ('-//Apple Inc.//iPhone OS %s//EN' % year_ver(icsgen.IOS_VER, y) if ios else
                                    '-//Apple Inc.//macOS %s//EN' % year_ver(icsgen.MAC_VER, y) if y >= 2017 else
                                    '-//Apple Inc.//Mac OS X %s//EN' % year_ver(icsgen.MAC_VER, y))
    cal = cal_text(spec, 'apple', prodid)
    bnd = 'Apple-Mail=_%s' % uuid4(True)
    note = spec.get('body_text') or ''
    p_text = leaf(None, text=note or '\n', charset='us-ascii' if core.is_ascii(note) else 'utf-8',
                  cte='7bit' if core.is_ascii(note) else 'quoted-printable',
                  ctype_raw='text/plain;\r\n\tcharset={charset}')
    stamp = spec['date'] + dt.timedelta(minutes=ics.TZ[spec['tz']][1] if spec.get('tz') in ics.TZ else 0)
    fname = 'iCal-%s.ics' % stamp.strftime('%Y%m%d-%H%M%S') if chance(0.6) else 'invite.ics'
    p_cal = cal_part(spec, cal, 'utf-8', 'quoted-printable' if not core.is_ascii(cal) else '7bit',
                     ctype='text/calendar;\r\n\tcharset=utf-8;\r\n\tmethod=%s;\r\n\tname=%s'
                     % ('REQUEST' if 'method_mismatch' not in spec.get('quirks', ()) else 'PUBLISH', fname),
                     disp='attachment;\r\n\tfilename=%s' % fname)
    top = multipart('mixed', [p_text, p_cal], bnd)
    top.headers[0] = ('Content-Type', 'multipart/mixed;\r\n\tboundary="%s"' % bnd)
    fn, fe = std_from(spec)
    subj = spec.get('subject') or '%s: %s' % (subj_prefix(spec), spec['summary'])
    mver = '3731.%d00.%d.1.%d' % (core.rng.randint(1, 7), core.rng.randint(10, 99), core.rng.randint(1, 9))
    hd = [('From', addr(fn, fe, 'utf-8', 'Q')),
          ('Content-Type', None),
          ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(%s\\))' % mver if not ios else '1.0 (1.0)'),
          ('Subject', hdr_text(subj, 'utf-8', 'Q')),
          ('Message-Id', '<%s@%s>' % (uuid4(True), spec['from']['email'].split('@')[1])),
          ('Date', core.rfc2822(spec['date'], spec.get('sender_off', 0))),
          ('To', to_header(spec, mode='Q'))]
    hd = [h for h in hd if h[1] is not None]
    hd.append(('X-Mailer', 'iPhone Mail (%s)' % pick(['20G75', '21F90', '22E240', '19H12'])) if ios
              else ('X-Mailer', 'Apple Mail (2.%s)' % mver))
    return dict(headers=hd, part=top, infra=spec.get('infra') or 'selfhost')


# ======================================================================== Thunderbird
def r_thunderbird(spec):
    lang = spec['lang']
    bb = i18n.b(lang)
    y = spec['arrival'].year
    ver = year_ver(icsgen.TB_VER, y)
    cs = 'UTF-8'
    T = []
    if spec['method'] == 'REPLY':
        a = spec['from']
        T.append((bb['accmsg'] if spec.get('reply_partstat') != 'DECLINED' else bb['decmsg']).format(n=a['name'] or a['email']))
    else:
        T.append('%s: %s' % (bb['title'], spec['summary']))
        T.append('%s: %s' % (bb['when'], when(spec)))
        if spec.get('location'):
            T.append('%s: %s' % (bb['where'], spec['location']))
        T.append('%s: %s' % (bb['org'], spec['organizer']['name'] or spec['organizer']['email']))
        T.append('%s:' % bb['who'])
        for a in spec['attendees'][:60]:
            T.append('%s <%s>' % (a.get('name') or '', a['email']) if a.get('name') else a['email'])
        if spec.get('description'):
            T += ['', '%s:' % bb['desc'], spec['description']]
    text = '\n'.join(T)
    cal = cal_text(spec, 'moz', spec.get('prodid') or '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN')
    bnd = '------------' + core.mixed(24)
    bnd2 = '------------' + core.mixed(24)
    p_text = leaf(None, text=text, charset=cs, cte='7bit' if core.is_ascii(text) else '8bit',
                  ctype_raw='text/plain; charset=UTF-8')
    p_cal = cal_part(spec, cal, 'UTF-8', '7bit' if core.is_ascii(cal) else '8bit', quote=False)
    alt = multipart('alternative', [p_text, p_cal], bnd2)
    alt.headers[0] = ('Content-Type', 'multipart/alternative;\r\n boundary="%s"' % bnd2)
    p_att = attach_ics(spec, cal, 'invite.ics', 'application/ics', cte='base64')
    top = multipart('mixed', [alt, p_att], bnd)
    top.headers[0] = ('Content-Type', 'multipart/mixed; boundary="%s"' % bnd)
    fn, fe = std_from(spec)
    subj = spec.get('subject') or ('%s: %s' % (subj_prefix(spec), spec['summary']) if y >= 2020 else spec['summary'])
    osx = pick(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15',
                'X11; Ubuntu; Linux x86_64'])
    hd = [('Message-ID', '<%s@%s>' % (uuid4(), spec['from']['email'].split('@')[1])),
          ('Date', core.rfc2822(spec['date'], spec.get('sender_off', 0))),
          ('MIME-Version', '1.0'),
          ('User-Agent', 'Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s'
           % (osx, ver.split('.')[0] + '.0', ver)),
          ('Content-Language', i18n.LOCALE.get(lang, 'en-US')),
          ('To', to_header(spec, mode='B')),
          ('From', addr(fn, fe, 'UTF-8', 'B')),
          ('Subject', hdr_text(subj, 'UTF-8', 'B'))]
    return dict(headers=hd, part=top, infra=spec.get('infra') or 'selfhost')


# ======================================================================== Zoom
def r_zoom(spec):
    lang = spec['lang']
    mid = spec.get('zoom_id') or '%s %s %s' % (digits(3), digits(4), digits(4))
    pwd = digits(6)
    sub = pick(['us02web', 'us04web', 'us05web', 'us06web', 'zoom'])
    join = spec.get('zoom_join') or 'https://%s.zoom.us/j/%s?pwd=%s' % (sub, mid.replace(' ', ''), core.mixed(32))
    host = spec['organizer']
    webinar = spec.get('zoom_webinar', False)
    rname = spec['recipient']['name'] or ''
    if webinar:
        T = ['Hi %s,' % rname, '', 'Thank you for registering for "%s".' % spec['summary'], '',
             'Please submit any questions to: %s' % host['email'], '',
             'Date Time: %s' % when(spec), '', 'Join from PC, Mac, iPad, or Android:', join,
             'Passcode: %s' % pwd, '', 'Description: %s' % (spec.get('description') or ''), '',
             'You can cancel your registration at any time.']
        subj = spec.get('subject') or '%s Confirmation' % spec['summary']
        desc_ics = '\n'.join(T[8:12]) + '\n\n' + (spec.get('description') or '')
    else:
        T = ['%s is inviting you to a scheduled Zoom meeting.' % (host['name'] or host['email']), '',
             'Topic: %s' % spec['summary'], 'Time: %s' % when(spec), '', 'Join Zoom Meeting', join, '',
             'Meeting ID: %s' % mid, 'Passcode: %s' % pwd, '']
        if spec.get('description'):
            T += ['---', '', spec['description']]
        subj = spec.get('subject') or spec['summary']
        desc_ics = '\n'.join(T)
    spec['description'] = desc_ics
    if not spec.get('location'):
        spec['location'] = join
    text = '\n'.join(T)
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>Zoom</title></head><body style="margin:0;padding:0;background:#f4f4f4"><table width="100%%" '
            'cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#fff;'
            'font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#232333"><tr><td style="padding:24px">'
            '<img src="https://st1.zoom.us/static/6.3.0/image/new/ZoomLogo.png" alt="Zoom" width="90">'
            '</td></tr><tr><td style="padding:0 24px 24px 24px">%s</td></tr></table></td></tr></table></body></html>'
            % linkify(text))
    cal = cal_text(spec, 'zoom', '-//zoom.us//iCalendar Event//EN')
    bnd = '----=_Part_%d_%d.%d' % (core.rng.randint(10 ** 6, 10 ** 8), core.rng.randint(10 ** 8, 2 * 10 ** 9),
                                  int(spec['date'].timestamp() * 1000))
    bnd2 = '----=_Part_%d_%d.%d' % (core.rng.randint(10 ** 6, 10 ** 8), core.rng.randint(10 ** 8, 2 * 10 ** 9),
                                   int(spec['date'].timestamp() * 1000))
    p_text = leaf('text/plain', text=text, charset='UTF-8', cte=pick_cte('utf-8', text, ('quoted-printable', '7bit')))
    p_html = leaf('text/html', text=html, charset='UTF-8', cte='quoted-printable')
    alt = multipart('alternative', [p_text, p_html], bnd2)
    alt.headers[0] = ('Content-Type', 'multipart/alternative; \r\n\tboundary="%s"' % bnd2)
    p_cal = cal_part(spec, cal, 'UTF-8', 'base64', name='iCal.ics', disp='attachment; filename="iCal.ics"',
                     quote=False)
    top = multipart('mixed', [alt, p_cal], bnd)
    top.headers[0] = ('Content-Type', 'multipart/mixed; \r\n\tboundary="%s"' % bnd)
    hd = [('Date', core.rfc2822(spec['date'], 0, 'UTC')),
          ('From', 'Zoom <no-reply@zoom.us>' if webinar else addr('%s' % (host['name'] or 'Zoom'), 'no-reply@zoom.us', 'UTF-8', 'B')),
          ('Reply-To', addr(host['name'], host['email'], 'UTF-8', 'B')),
          ('To', addr(spec['recipient']['name'], spec['recipient']['email'], 'UTF-8', 'B')),
          ('Message-ID', '<%s.%d.%d@zoom.us>' % (core.mixed(20), core.rng.randint(10 ** 5, 10 ** 6),
                                                int(spec['date'].timestamp() * 1000))),
          ('Subject', hdr_text(subj, 'UTF-8', 'B')),
          ('MIME-Version', '1.0'),
          ('X-SG-EID', core.b64rand(90)),
          ('X-Entity-ID', core.b64rand(16))]
    spec['from'] = dict(name='Zoom', email='no-reply@zoom.us')
    return dict(headers=hd, part=top, infra='zoom')


# ======================================================================== Nextcloud
def r_nextcloud(spec):
    lang = spec['lang']
    bb = i18n.b(lang)
    y = spec['arrival'].year
    org = spec['organizer']
    cloud = spec.get('cloud_host') or 'cloud.' + org['email'].split('@')[1]
    T = ['%s: %s' % (bb['inv'], spec['summary']), '',
         bb['invited'].format(n=org['name'] or org['email'], t=spec['summary']), '',
         '%s: %s' % (bb['title'], spec['summary']), '%s: %s' % (bb['when'], when(spec))]
    if spec.get('location'):
        T.append('%s: %s' % (bb['where'], spec['location']))
    if spec.get('description'):
        T.append('%s: %s' % (bb['desc'], spec['description']))
    T.append('%s: %s' % (bb['who'], ', '.join(a['email'] for a in spec['attendees'][:30])))
    if spec['method'] == 'REQUEST':
        T += ['', '%s: https://%s/index.php/apps/dav/invitation/accept/%s' % (bb['yes'], cloud, hexs(60)),
              '%s: https://%s/index.php/apps/dav/invitation/decline/%s' % (bb['no'], cloud, hexs(60))]
    T += ['', '--', 'Nextcloud – %s' % pick(['a safe home for all your data', 'ein sicherer Ort für all Ihre Daten'])]
    text = '\n'.join(T)
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><table style="width:100%%;'
            'font-family:-apple-system,Helvetica,Arial,sans-serif"><tr><td><h1 style="font-size:20px">%s</h1>'
            '<p>%s</p><table>' % (H(bb['inv'] + ': ' + spec['summary']),
                                  H(bb['invited'].format(n=org['name'] or org['email'], t=spec['summary']))) +
            ''.join('<tr><td style="color:#767676;padding-right:12px">%s</td><td>%s</td></tr>' % (H(k), linkify(v))
                    for k, v in [(bb['when'], when(spec)), (bb['where'], spec.get('location') or ''),
                                 (bb['desc'], spec.get('description') or '')] if v) +
            '</table></td></tr></table></body></html>')
    prod = spec.get('prodid') or ('-//IDN nextcloud.com//Calendar app %s//EN' % year_ver(icsgen.NC_VER, y)
                                  if chance(0.6) else '-//Sabre//Sabre VObject 4.%d.%d//EN'
                                  % (core.rng.randint(1, 5), core.rng.randint(0, 9)))
    cal = cal_text(spec, 'nextcloud', prod)
    swift = y <= 2021
    bnd = ('_=_swift_%d_%s_=_' % (int(spec['date'].timestamp()), hexs(32)) if swift else core.mixed(8))
    bnd2 = ('_=_swift_%d_%s_=_' % (int(spec['date'].timestamp()), hexs(32)) if swift else core.mixed(8))
    p_text = leaf('text/plain', text=text, charset='utf-8', cte='quoted-printable')
    p_html = leaf('text/html', text=html, charset='utf-8', cte='quoted-printable')
    p_cal = cal_part(spec, cal, 'utf-8', pick(['quoted-printable', 'base64']), name='event.ics',
                     disp='attachment; filename=event.ics' if chance(0.6) else None, quote=False)
    alt = multipart('alternative', [p_text, p_html], bnd2)
    alt.headers[0] = ('Content-Type', 'multipart/alternative; boundary=%s' % bnd2 if not swift else
                      'multipart/alternative;\r\n boundary="%s"' % bnd2)
    top = multipart('mixed', [alt, p_cal], bnd)
    top.headers[0] = ('Content-Type', 'multipart/mixed; boundary=%s' % bnd if not swift else
                      'multipart/mixed;\r\n boundary="%s"' % bnd)
    noreply = spec.get('nc_from') or 'invitations-noreply@' + cloud
    subj = spec.get('subject') or '%s: %s' % (subj_prefix(spec), spec['summary'])
    hd = [('Message-ID', '<%s@%s>' % (hexs(32), cloud)),
          ('Date', core.rfc2822(spec['date'], spec.get('sender_off', 0))),
          ('Subject', hdr_text(subj, 'utf-8', 'Q')),
          ('From', addr('%s via Nextcloud' % (org['name'] or org['email']) if lang == 'en' or chance(0.5)
                        else org['name'] or org['email'], noreply, 'utf-8', 'Q')),
          ('Reply-To', addr(org['name'], org['email'], 'utf-8', 'Q')),
          ('To', to_header(spec, mode='Q')),
          ('MIME-Version', '1.0')]
    if spec.get('infra_from_noreply', True):
        spec['from'] = dict(name=org['name'], email=noreply)
    return dict(headers=hd, part=top, infra=spec.get('infra') or 'selfhost')


# ======================================================================== Zimbra
def r_zimbra(spec):
    lang = spec['lang']
    bb = i18n.b(lang)
    y = spec['arrival'].year
    ver = year_ver(icsgen.ZIMBRA_VER, y)
    cs = body_charset(spec, texts=[spec.get('description') or '', spec['summary'], when(spec), spec.get('location') or '',
                                   bb['newreq'], bb['cxlmsg'], bb['accmsg'], bb['decmsg'], spec['organizer']['name'] or '',
                                   ' '.join(a['email'] for a in spec['attendees'])])
    org = spec['organizer']
    T = [bb['newreq'] if spec['method'] == 'REQUEST' else bb['cxlmsg'] if spec['method'] == 'CANCEL' else
         (bb['accmsg'] if spec.get('reply_partstat') != 'DECLINED' else bb['decmsg']).format(n=spec['from']['name']), '',
         '%s: %s ' % (bb['title'], spec['summary']),
         '%s: "%s" <%s> ' % (bb['org'], org['name'], org['email']), '']
    if spec.get('location'):
        T.append('%s: %s ' % (bb['where'], spec['location']))
    T += ['%s: %s' % (bb['when'], when(spec)), ' ',
          '%s: %s ' % (bb['who'], '; '.join(a['email'] for a in spec['attendees'][:50])), '', '',
          '*~*~*~*~*~*~*~*~*~*', '']
    if spec.get('description'):
        T.append(spec['description'])
    text = '\n'.join(T)
    html_desc = ('<html><body id=\'htmlmode\'><div style="font-family: arial, helvetica, sans-serif; font-size: '
                 '12pt; color: #000000"><div>%s</div></div></body></html>' % linkify(spec.get('description') or ''))
    spec['html_desc'] = html_desc
    html = ('<html><body id=\'htmlmode\'><h3>%s</h3>\n\n<p>\n<table border=\'0\'>\n<tr><th align=left>%s:</th><td>'
            '%s </td></tr>\n<tr><th align=left>%s:</th><td>"%s" &lt;%s&gt; </td></tr>\n</table>\n<p>\n<table '
            'border=\'0\'>\n<tr><th align=left>%s:</th><td>%s</td></tr>\n</table>\n<div>*~*~*~*~*~*~*~*~*~*</div><br>'
            '%s</body></html>' % (H(T[0]), H(bb['title']), H(spec['summary']), H(bb['org']), H(org['name']),
                                  H(org['email']), H(bb['when']), H(when(spec)), html_desc))
    cal = cal_text(spec, 'zimbra', 'Zimbra-Calendar-Provider', x_wr='Zimbra')
    bnd = '=_%s' % uuid4()
    cte_t = pick_cte(cs, text, ('quoted-printable', '7bit' if core.is_ascii(text) else '8bit'))
    p_text = leaf('text/plain', text=text, charset=cs, cte=cte_t)
    p_html = leaf('text/html', text=html, charset=cs, cte=cte_t)
    p_cal = cal_part(spec, cal, 'utf-8', '7bit' if core.is_ascii(cal) else pick(['8bit', 'quoted-printable']),
                     name='meeting.ics', quote=False)
    top = multipart('alternative', [p_text, p_html, p_cal], bnd)
    top.headers[0] = ('Content-Type', 'multipart/alternative; \r\n\tboundary="%s"' % bnd)
    fn, fe = std_from(spec)
    subj = spec.get('subject') or (spec['summary'] if spec['method'] == 'REQUEST' else
                                   '%s: %s' % (subj_prefix(spec), spec['summary']))
    hl = lab(spec)
    hd = [('Date', core.rfc2822(spec['date'], spec.get('sender_off', 0), None)),
          ('From', addr(fn, fe, hl, 'Q')),
          ('To', to_header(spec, mode='Q')),
          ('Message-ID', '<%d.%d.%d.JavaMail.zimbra@%s>' % (core.rng.randint(10 ** 8, 2 * 10 ** 9),
                                                            core.rng.randint(1000, 99999),
                                                            int(spec['date'].timestamp() * 1000),
                                                            spec['from']['email'].split('@')[1])),
          ('Subject', hdr_text(subj, hl, 'Q')),
          ('MIME-Version', '1.0'),
          ('X-Originating-IP', '[%s]' % core.doc_ip()),
          ('X-Mailer', 'Zimbra %s (ZimbraWebClient - %s)/%s)' % (ver, pick(['FF115 (Win)', 'GC120 (Linux)', 'GC124 (Win)', 'SAF17 (Mac)', 'FF128 (Linux)']), ver)),
          ('Thread-Topic', hdr_text(spec['summary'], hl, 'Q')),
          ('Thread-Index', core.b64rand(10).replace('=', '') + core.alnum(4))]
    return dict(headers=hd, part=top, infra=spec.get('infra') or 'selfhost')


# ======================================================================== Yahoo
def r_yahoo(spec):
    lang = spec['lang']
    bb = i18n.b(lang)
    org = spec['organizer']
    T = [bb['invited'].format(n=org['name'] or org['email'], t=spec['summary']), '',
         '%s: %s' % (bb['when'], when(spec))]
    if spec.get('location'):
        T.append('%s: %s' % (bb['where'], spec['location']))
    if spec.get('description'):
        T += ['', spec['description']]
    T += ['', '%s: %s' % (bb['who'], ', '.join(a.get('name') or a['email'] for a in spec['attendees'][:40]))]
    text = '\n'.join(T)
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">%s</div></div></body></html>'
            % linkify(text))
    cal = cal_text(spec, 'yahoo', spec.get('prodid') or '-//Yahoo! Inc.//Yahoo! Calendar//EN')
    bnd = '----=_Part_%d_%d.%d' % (core.rng.randint(10 ** 6, 10 ** 7), core.rng.randint(10 ** 8, 2 * 10 ** 9),
                                  int(spec['date'].timestamp() * 1000))
    bnd2 = '----=_Part_%d_%d.%d' % (core.rng.randint(10 ** 6, 10 ** 7), core.rng.randint(10 ** 8, 2 * 10 ** 9),
                                   int(spec['date'].timestamp() * 1000))
    p_text = leaf('text/plain', text=text, charset='UTF-8', cte=pick_cte('utf-8', text, ('quoted-printable', 'base64', '7bit')))
    p_html = leaf('text/html', text=html, charset='UTF-8', cte='quoted-printable')
    p_cal = cal_part(spec, cal, 'UTF-8', pick(['7bit', 'base64']) if core.is_ascii(cal) else 'base64', quote=False)
    alt = multipart('alternative', [p_text, p_html, p_cal], bnd2)
    alt.headers[0] = ('Content-Type', 'multipart/alternative; \r\n\tboundary="%s"' % bnd2)
    top = multipart('mixed', [alt, attach_ics(spec, cal, 'invite.ics', 'application/ics')], bnd)
    top.headers[0] = ('Content-Type', 'multipart/mixed; \r\n\tboundary="%s"' % bnd)
    fn, fe = std_from(spec)
    subj = spec.get('subject') or '%s: %s' % (subj_prefix(spec), spec['summary'])
    hd = [('Date', core.rfc2822(spec['date'], 0, 'UTC')),
          ('From', addr(fn, fe, 'UTF-8', 'B', True)),
          ('Reply-To', addr(fn, fe, 'UTF-8', 'B', True)),
          ('To', to_header(spec, True)),
          ('Message-ID', '<%d.%d.%d@mail.yahoo.com>' % (core.rng.randint(10 ** 8, 2 * 10 ** 9),
                                                      core.rng.randint(10 ** 5, 10 ** 6),
                                                      int(spec['date'].timestamp() * 1000))),
          ('Subject', hdr_text(subj, 'UTF-8', 'B')),
          ('MIME-Version', '1.0'),
          ('X-Mailer', 'WebService/1.1.%d YMailNorrin' % core.rng.randint(10000, 23000))]
    return dict(headers=hd, part=top, infra='yahoo')


# ======================================================================== SOGo
def r_sogo(spec):
    lang = spec['lang']
    bb = i18n.b(lang)
    y = spec['arrival'].year
    ver = year_ver(icsgen.SOGO_VER, y)
    org = spec['organizer']
    intro = bb['invited'].format(n=org['name'] or org['email'], t=spec['summary'])
    cs = body_charset(spec, texts=[intro, when(spec), spec.get('location') or '', spec.get('description') or '', bb['when'], bb['where'], bb['org']])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>'
            '<p>%s</p><p>%s: %s<br>%s%s</p>%s</body></html>'
            % (cs, H(intro), H(bb['when']), H(when(spec)),
               ('%s: %s<br>' % (H(bb['where']), linkify(spec['location']))) if spec.get('location') else '',
               '%s: %s' % (H(bb['org']), H(org['email'])),
               '<p>%s</p>' % linkify(spec['description']) if spec.get('description') else ''))
    cal = cal_text(spec, 'sogo', '-//Inverse inc./SOGo %s//EN' % ver)
    bnd = '----=_=-_OpenGroupware_org_NGMime-%d-%d.%06d-%d------' % (
        core.rng.randint(1000, 99999), int(spec['date'].timestamp()), core.rng.randint(0, 999999), core.rng.randint(1, 30))
    p_html = leaf('text/html', text=html, charset=cs, cte='quoted-printable')
    p_cal = cal_part(spec, cal, 'utf-8', 'quoted-printable', quote=False)
    top = multipart('alternative', [p_html, p_cal], bnd)
    top.headers[0] = ('Content-Type', 'multipart/alternative;\r\n boundary="%s"' % bnd)
    fn, fe = std_from(spec)
    subj = spec.get('subject') or ('%s: %s' % (subj_prefix(spec), spec['summary']))
    hl = lab(spec)
    hd = [('From', addr(fn, fe, hl, 'Q')),
          ('To', to_header(spec, mode='Q')),
          ('Subject', hdr_text(subj, hl, 'Q')),
          ('Date', core.rfc2822(spec['date'], spec.get('sender_off', 0))),
          ('Message-Id', '<%s-%s-%s-%s@%s>' % (hexs(3), hexs(8), pick('123456789'), hexs(8), spec['from']['email'].split('@')[1])),
          ('MIME-Version', '1.0'),
          ('X-Mailer', 'SOGoMail %s' % ver)]
    return dict(headers=hd, part=top, infra=spec.get('infra') or 'selfhost')


# ======================================================================== booking systems / ESP-sent
def r_booking(spec):
    """Transactional mail from a booking / scheduling system with an attached PUBLISH or REQUEST ics."""
    lang = spec['lang']
    brand = spec['brand']
    text = spec.get('body_text') or spec.get('description') or spec['summary']
    cs = body_charset(spec, texts=[text, spec['summary'], brand['name'], brand.get('footer', '')])
    html = spec.get('body_html') or (
        '<!DOCTYPE html><html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>'
        '<body style="margin:0;background:#f2f4f7"><table role="presentation" width="100%%" cellpadding="0" '
        'cellspacing="0"><tr><td align="center"><table role="presentation" width="600" style="background:#ffffff;'
        'font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#1a1a1a"><tr><td '
        'style="background:%s;color:#fff;padding:18px 24px;font-size:20px;font-weight:bold">%s</td></tr>'
        '<tr><td style="padding:24px">%s</td></tr><tr><td style="padding:12px 24px;font-size:12px;color:#6b7280">'
        '%s</td></tr></table></td></tr></table></body></html>'
        % (lang[:2], cs, H(spec['summary']), brand.get('color', '#1f4e79'), H(brand['name']), linkify(text),
           H(brand.get('footer', brand['name']))))
    prod = spec.get('prodid') or brand.get('prodid') or '-//%s//%s//EN' % (brand['name'], pick(['Booking', 'Calendar', 'iCal Export', 'Reservations']))
    style = spec.get('ics_style', 'booking')
    cal = cal_text(spec, style, prod, calscale=chance(0.5))
    layout = spec.get('layout') or pick(['mixed_attach', 'alt_cal', 'mixed_attach', 'alt_attach'])
    bstyle = brand.get('boundary') or pick(['php', 'py', 'java', 'net'])
    def B():
        if bstyle == 'php':
            return 'b1_' + core.mixed(40)
        if bstyle == 'py':
            return '===============%s==' % digits(19)
        if bstyle == 'java':
            return '----=_Part_%d_%d.%d' % (core.rng.randint(10 ** 5, 10 ** 7), core.rng.randint(10 ** 8, 2 * 10 ** 9),
                                          int(spec['date'].timestamp() * 1000))
        return '--boundary_%d_%s' % (core.rng.randint(0, 99), uuid4())
    cte_t = pick_cte(cs, text, ('quoted-printable', 'base64', '8bit'))
    p_text = leaf('text/plain', text=text, charset=cs, cte=cte_t)
    p_html = leaf('text/html', text=html, charset=cs, cte='quoted-printable' if cte_t != 'base64' else 'base64')
    fname = spec.get('ics_name') or brand.get('ics_name') or pick(['invite.ics', 'event.ics', 'booking.ics', 'calendar.ics', 'appointment.ics'])
    actype = spec.get('attach_ctype') or pick(['text/calendar', 'application/ics', 'text/calendar', 'application/octet-stream'])
    if layout == 'mixed_attach':
        b1, b2 = B(), B()
        alt = multipart('alternative', [p_text, p_html], b2)
        alt.headers[0] = ('Content-Type', 'multipart/alternative; boundary="%s"' % b2)
        if actype == 'text/calendar':
            att = cal_part(spec, cal, 'utf-8', 'base64', ctype=cal_ct(spec, 'utf-8', fname), disp='attachment; filename="%s"' % fname)
        else:
            att = attach_ics(spec, cal, fname, actype)
        top = multipart('mixed', [alt, att], b1)
        top.headers[0] = ('Content-Type', 'multipart/mixed; boundary="%s"' % b1)
    elif layout == 'alt_attach':
        b1 = B()
        att = attach_ics(spec, cal, fname, actype)
        top = multipart('mixed', [p_html, att], b1)
        top.headers[0] = ('Content-Type', 'multipart/mixed; boundary="%s"' % b1)
    else:
        b1 = B()
        p_cal = cal_part(spec, cal, 'utf-8', pick(['base64', 'quoted-printable', '7bit']))
        top = multipart('alternative', [p_text, p_html, p_cal], b1)
        top.headers[0] = ('Content-Type', 'multipart/alternative; boundary="%s"' % b1)
    fn, fe = std_from(spec)
    subj = spec.get('subject') or spec['summary']
    hl = lab(spec)
    hd = [('Date', core.rfc2822(spec['date'], spec.get('sender_off', 0))),
          ('From', addr(fn, fe, hl, pick('BQ'), quote_always=True)),
          ('To', addr(spec['recipient']['name'], spec['recipient']['email'], hl, 'B')),
          ('Subject', hdr_text(subj, hl, pick('BQ'))),
          ('Message-ID', '<%s@%s>' % (core.mixed(32) if bstyle != 'java' else '%s.%s' % (hexs(16), digits(13)),
                                      brand.get('msgid_host') or spec['from']['email'].split('@')[1])),
          ('MIME-Version', '1.0')]
    if brand.get('reply_to'):
        hd.insert(2, ('Reply-To', brand['reply_to']))
    if bstyle == 'php' and chance(0.7):
        hd.append(('X-Mailer', 'PHPMailer 6.%d.%d (https://github.com/PHPMailer/PHPMailer)' % (core.rng.randint(1, 9), core.rng.randint(0, 9))))
    if brand.get('unsub', True):
        hd.append(('List-Unsubscribe', '<https://%s/u/%s>, <mailto:unsubscribe@%s?subject=%s>'
                   % (brand.get('web') or spec['from']['email'].split('@')[1], core.mixed(24),
                      spec['from']['email'].split('@')[1], core.mixed(12))))
        if spec['arrival'].year >= 2023:
            hd.append(('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'))
    if brand.get('esp') == 'ses':
        hd.append(('Feedback-ID', '1.eu-west-1.%s=:AmazonSES' % core.b64rand(32)))
    elif brand.get('esp') == 'mailgun':
        hd.append(('X-Mailgun-Sid', core.b64rand(40)))
    elif brand.get('esp') == 'sendgrid':
        hd.append(('X-SG-EID', core.b64rand(80)))
    hd.append(('X-Auto-Response-Suppress', 'All') if chance(0.3) else ('Auto-Submitted', 'auto-generated'))
    return dict(headers=hd, part=top, infra=spec.get('infra') or 'esp')


# ======================================================================== hand-rolled tools / scripts
HAND_PRODIDS = ['-//hacksw/handcal//NONSGML v1.0//EN', '-//ABC Corporation//NONSGML My Product//EN',
                'icalendar-ruby', '-//Events Calendar//iCal4j 1.0//EN', '-//Python iCalendar 4.0//EN',
                'ics.py - http://git.io/lLljaA', '-//PHP//iCal Generator//EN', '-//Spatie//iCalendar Generator//EN',
                '-//WA//FRWEB//EN', '-//My Company//Calendar//EN', '-//ical-generator//EN', 'PRODID:-//Mailer//EN',
                '-//Sendinblue//Event//EN', '-//eluceo/ical//2.0/EN', '-//Bytefactory//Simple ICS 1.2//EN',
                '-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN', '-//Google Inc//Google Calendar 70.9054//EN',
                '-//Apple Inc.//Mac OS X 10.13.6//EN']


def r_hand(spec):
    lang = spec['lang']
    cs = body_charset(spec)
    q = spec.get('quirks', set())
    prod = spec.get('prodid') or pick(HAND_PRODIDS)
    if prod.startswith('PRODID:'):
        prod = prod  # doubled PRODID: sloppy tool
    style = spec.get('ics_style') or pick(['generic', 'hand1', 'hand2', 'generic'])
    nl = '\n' if 'ics_lf' in q else '\r\n'
    cal = cal_text(spec, style, prod, calscale=chance(0.4))
    layout = spec.get('layout') or pick(['single', 'mixed_html', 'mixed_text', 'alt3', 'mixed_html'])
    text = spec.get('body_text') or spec.get('description') or spec['summary']
    html = spec.get('body_html') or ('<html><body>%s</body></html>' % linkify(text))
    mailer = spec.get('mailer') or pick(['phpmailer', 'python', 'swaks', 'none', 'outlook-fake', 'sendmail'])
    def B():
        if mailer == 'phpmailer':
            return 'b1_' + core.mixed(32)
        if mailer == 'python':
            return '===============%s==' % digits(19)
        if mailer == 'outlook-fake':
            return '----=_NextPart_000_%04X_%08X.%08X' % (core.rng.randint(0, 65535), core.rng.getrandbits(32), core.rng.getrandbits(32))
        return core.mixed(28)
    cte_t = pick_cte(cs, text, ('quoted-printable', 'base64', '8bit'))
    if layout == 'single':
        top = cal_part(spec, cal, 'utf-8' if chance(0.8) else cs, pick(['7bit', '8bit', 'base64', 'quoted-printable']),
                       quote=chance(0.5))
    elif layout == 'mixed_html':
        b1 = B()
        p_html = leaf('text/html', text=html, charset=cs, cte=cte_t)
        att = attach_ics(spec, cal, spec.get('ics_name') or pick(['invite.ics', 'meeting.ics', 'event.ics', 'Invitation.ics', 'calendar.ics']),
                         spec.get('attach_ctype') or pick(['text/calendar', 'application/octet-stream', 'application/ics']))
        top = multipart('mixed', [p_html, att], b1)
        top.headers[0] = ('Content-Type', 'multipart/mixed; boundary="%s"' % b1)
    elif layout == 'mixed_text':
        b1 = B()
        p_t = leaf('text/plain', text=text, charset=cs, cte=cte_t)
        p_cal = cal_part(spec, cal, 'utf-8', pick(['base64', '8bit', 'quoted-printable']))
        top = multipart('mixed', [p_t, p_cal], b1)
        top.headers[0] = ('Content-Type', 'multipart/mixed; boundary="%s"' % b1)
    else:
        b1 = B()
        p_t = leaf('text/plain', text=text, charset=cs, cte=cte_t)
        p_h = leaf('text/html', text=html, charset=cs, cte=cte_t)
        p_cal = cal_part(spec, cal, 'utf-8', pick(['base64', 'quoted-printable']))
        top = multipart('alternative', [p_t, p_h, p_cal], b1)
        top.headers[0] = ('Content-Type', 'multipart/alternative; boundary="%s"' % b1)
    fn, fe = std_from(spec)
    subj = spec.get('subject') or spec['summary']
    hl = lab(spec)
    dom = spec['from']['email'].split('@')[1]
    hd = [('Date', core.rfc2822(spec['date'], spec.get('sender_off', 0))),
          ('From', addr(fn, fe, hl, pick('BQ'))),
          ('To', to_header(spec, mode='B') if spec.get('to') else addr(None, spec['recipient']['email'])),
          ('Subject', hdr_text(subj, hl, pick('BQ')))]
    if mailer == 'phpmailer':
        hd += [('Message-ID', '<%s@%s>' % (core.mixed(43), spec.get('msgid_host') or dom)),
               ('X-Mailer', 'PHPMailer %s (https://github.com/PHPMailer/PHPMailer)' % pick(['5.2.22', '6.1.6', '6.5.0', '6.8.1', '6.9.1']))]
    elif mailer == 'python':
        hd += [('Message-ID', '<%d.%d.%d@%s>' % (int(spec['date'].timestamp() * 100), core.rng.randint(100, 99999),
                                                core.rng.getrandbits(60), spec.get('msgid_host') or dom))]
    elif mailer == 'outlook-fake':
        hd += [('Message-ID', '<%s$%s$%s@%s>' % (hexs(12, True), hexs(8, True), hexs(8, True), spec.get('msgid_host') or dom)),
               ('X-Mailer', 'Microsoft Outlook 16.0'), ('X-Priority', '3 (Normal)'), ('Importance', 'Normal')]
    elif mailer == 'swaks':
        hd += [('Message-Id', '<%d.%d@%s>' % (int(spec['date'].timestamp()), core.rng.randint(1000, 99999), spec.get('msgid_host') or dom)),
               ('X-Mailer', 'swaks v%s jetmore.org/john/code/swaks/' % ('20130209.0' if spec['arrival'].year < 2021 else '20201014.0' if spec['arrival'].year < 2024 else '20240103.0'))]
    elif mailer == 'sendmail':
        hd += [('Message-Id', '<%s%s.%s@%s>' % (spec['date'].strftime('%Y%m%d%H%M'), digits(2), hexs(6), spec.get('msgid_host') or dom))]
    else:
        if chance(0.5):
            hd += [('Message-ID', '<%s@%s>' % (uuid4(), spec.get('msgid_host') or dom))]
    hd.append(('MIME-Version', '1.0'))
    for k, v in spec.get('extra_headers', []):
        hd.append((k, v))
    return dict(headers=hd, part=top, infra=spec.get('infra') or 'hosting')


RENDER = {'google': r_google, 'outlook': r_outlook, 'icloud': r_icloud, 'applemail': r_applemail,
          'thunderbird': r_thunderbird, 'zoom': r_zoom, 'nextcloud': r_nextcloud, 'zimbra': r_zimbra,
          'yahoo': r_yahoo, 'sogo': r_sogo, 'booking': r_booking, 'hand': r_hand}
