# -*- coding: utf-8 -*-
"""Assemble complete RFC 5322 messages: client MIME layout + transport headers."""
import base64
import datetime as dt
from email.utils import format_datetime

from t11core import (CRLF, Leaf, Multi, top_content, encoded_words, addr, fold_header, is_ascii, can_encode,
                     hexid, alnum, uuid4, dkim_header)
from t11clients import (render_calendar, google_bodies, outlook_bodies, generic_invite_bodies, when_str, h, linkify)
from t11text import UI, LANGTAG


def _tzdate(d_utc, offset_min):
    tz = dt.timezone(dt.timedelta(minutes=offset_min))
    return format_datetime(d_utc.replace(tzinfo=dt.timezone.utc).astimezone(tz))


def text_cte(m, s, prefer):
    """choose a transfer encoding for a text part"""
    cs = m['charset']
    if is_ascii(s):
        return '7bit' if prefer != 'base64' else prefer
    if cs.lower() == 'iso-2022-jp':
        return '7bit'
    return prefer


def cal_leaf(m, ics, method_param, cte, name=None, ctype='text/calendar', disp=None, charset='utf-8', quote=True, extra_params=None):
    params = []
    if method_param and m.get('mime_method', True) is not False:
        mp = m.get('mime_method') if isinstance(m.get('mime_method'), str) else method_param
        params.append(('method', mp))
    if name:
        params.append(('name', name))
    params += (extra_params or [])
    headers = []
    if disp:
        headers.append('Content-Disposition: %s%s' % (disp, ('; filename="%s"' % name) if name else ''))
    if cte in ('7bit', '8bit') and not is_ascii(ics) and cte == '7bit':
        cte = '8bit'
    return Leaf(ctype, ics, charset, cte, params, headers, bare_lf=m.get('bare_lf', False), quote_params=quote)


def attach_leaves(m):
    out = []
    for a in m.get('mime_attach', []):
        ctype, fname, data = a['ctype'], a['filename'], a['data']
        hs = ['Content-Disposition: %s; filename="%s"' % (a.get('disp', 'attachment'), fname)]
        if a.get('cid'):
            hs.append('Content-ID: <%s>' % a['cid'])
        if isinstance(data, str):
            out.append(Leaf(ctype, data, a.get('charset', 'utf-8'), a.get('cte', 'base64'), [('name', fname)], hs))
        else:
            out.append(Leaf(ctype, data, None, 'base64', [('name', fname)], hs))
    return out


def platform_bodies(m):
    """HTML+plain for SaaS / booking notifications; m['intro'] is the platform's own text, m['ev']['desc'] the user's."""
    ev, p = m['ev'], m['platform']
    intro = m.get('intro', '')
    cta = m.get('cta')
    note = m.get('note_text')
    plain = [intro, ''] if intro else []
    if note:
        plain += [note, '']
    plain += [ev['summary'], when_str(ev, m['lang'])]
    if ev.get('location'):
        plain.append(ev['location'])
    if cta:
        plain += ['', '%s: %s' % cta]
    plain += ['', m.get('platform_footer', '%s · Do not reply to this email.' % p['name'])]
    html = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=%s" />' % m['charset'],
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>%s</title></head>' % h(m['subject_text']),
            '<body style="margin:0;padding:0;background:#f4f4f4"><table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">',
            '<table width="600" cellpadding="24" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#1f1f1f">',
            '<tr><td style="background:%s;color:#ffffff;font-size:20px;font-weight:bold">%s</td></tr><tr><td>' % (p.get('color', '#333333'), h(p['name']))]
    if intro:
        html.append('<p>%s</p>' % linkify(intro))
    if note:
        html.append('<div style="border-left:3px solid #ccc;padding-left:12px;margin:12px 0">%s</div>' % (m.get('note_html') or linkify(note)))
    html.append('<p><b>%s</b><br />%s%s</p>' % (h(ev['summary']), h(when_str(ev, m['lang'])), ('<br />' + h(ev['location'])) if ev.get('location') else ''))
    if m.get('inline_img_cid'):
        html.append('<p><img src="cid:%s" width="180" height="180" alt="QR" /></p>' % m['inline_img_cid'])
    if cta:
        html.append('<p><a href="%s" style="display:inline-block;background:%s;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">%s</a></p>' % (cta[1], p.get('color', '#333'), h(cta[0])))
    html.append('<p style="font-size:12px;color:#777">%s</p>' % h(m.get('platform_footer', '%s · Do not reply to this email.' % p['name'])))
    html.append('</td></tr></table></td></tr></table></body></html>')
    return '\n'.join(plain) + '\n', '\n'.join(html) + '\n'


def hand_bodies(m):
    ev = m['ev']
    txt = m.get('hand_text') or (ev.get('desc_plain') or ev.get('desc') or ev['summary'])
    html = m.get('hand_html') or ('<html><body><p>%s</p></body></html>' % linkify(txt))
    return txt.rstrip('\n') + '\n', html + '\n'


def build_mime(m):
    """Return (list of client header lines (without transport), body bytes)."""
    rng = m['rng']
    client = m['client']
    ev = m['ev']
    cs = m['charset']
    method = m.get('method', 'REQUEST')
    ics = render_calendar(m)
    m['ics_text'] = ics
    lang = m['lang']
    ui = UI.get(lang, UI['en'])
    sender = m['sender']
    rc = m['rcpt']
    to_list = m.get('to_list') or [rc]
    subj = m.get('subject')
    H = []
    cal_cs = m.get('cal_charset', 'utf-8')

    def to_hdr():
        return fold_header('To', ', '.join(addr(n, a, cs) for n, a in to_list))

    def from_hdr():
        return 'From: ' + addr(sender['name'], sender['addr'], cs)

    date_hdr = 'Date: ' + _tzdate(m['date'], m.get('tzoff', 0))
    if client == 'google':
        pfx = ui[0] if not m.get('updated') else {'en': 'Updated invitation'}.get(lang, ui[0])
        if not subj:
            subj = '%s: %s @ %s (%s)' % (pfx, ev['summary'], when_str(ev, lang), rc[1])
        plain, html = google_bodies(m)
        b1, b2 = '000000000000' + hexid(rng, 16), '000000000000' + hexid(rng, 16)
        alt = Multi('alternative', [
            Leaf('text/plain', plain, 'UTF-8', text_cte(m, plain, 'base64'), [('format', 'flowed'), ('delsp', 'yes')]),
            Leaf('text/html', html, 'UTF-8', text_cte(m, html, 'quoted-printable')),
            cal_leaf(m, ics, method, '7bit' if is_ascii(ics) else 'base64', charset='UTF-8')], b2)
        parts = [alt] + attach_leaves(m)
        parts.append(Leaf('application/ics', ics, None, 'base64', [('name', 'invite.ics')],
                          ['Content-Disposition: attachment; filename="invite.ics"']))
        root = Multi('mixed', parts, b1)
        H = ['MIME-Version: 1.0']
        H.append('Reply-To: ' + addr(*m.get('reply_to', (sender['name'], sender['addr'])), cs))
        H.append('Sender: Google Calendar <calendar-notification@google.com>')
        H += ['Auto-Submitted: auto-generated' if m.get('auto_submitted') else None]
        H += ['Message-ID: <calendar-%s@google.com>' % uuid4(rng), date_hdr,
              fold_header('Subject', encoded_words(subj, 'utf-8')), from_hdr(), to_hdr()]
        H.append('X-Google-Calendar-Content-Display: 1' if False else None)
    elif client in ('outlook', 'teams'):
        if not subj:
            subj = ev['summary']
        plain, html = outlook_bodies(m, teams=(client == 'teams'))
        host, region = m['exo_host']
        bnd = '_000_%s%s%s%s_' % (host, hexid(rng, 24).upper(), host, region[:4])
        te = 'base64' if not all(ord(c) < 0x250 for c in plain) else 'quoted-printable'
        leaves = [Leaf('text/plain', plain, cs, text_cte(m, plain, te)),
                  Leaf('text/html', html, cs, text_cte(m, html, te)),
                  cal_leaf(m, ics, method, 'base64', charset='utf-8')]
        alt = Multi('alternative', leaves, bnd)
        att = attach_leaves(m)
        root = Multi('mixed', [alt] + att, '_004_' + bnd[5:]) if att else alt
        ti = base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()
        H = [from_hdr(), to_hdr(), fold_header('Subject', encoded_words(subj, cs)),
             fold_header('Thread-Topic', encoded_words(subj, cs)), 'Thread-Index: ' + ti, date_hdr,
             'Message-ID: <%s%s@%s.%s.prod.outlook.com>' % (host, hexid(rng, 20).upper(), host, region),
             'Accept-Language: %s' % LANGTAG.get(lang, 'en-US'), 'Content-Language: %s' % LANGTAG.get(lang, 'en-US'),
             'X-MS-Has-Attach: %s' % ('yes' if att else ''), 'X-MS-TNEF-Correlator: ',
             'x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAA%sAAAAAAAAAAAAAAAAAAAA' % alnum(rng, 14),
             'x-ms-publictraffictype: Email',
             'x-ms-traffictypediagnostic: %s:EE_|%s:EE_Calendar' % (host, host),
             'x-ms-office365-filtering-correlation-id: ' + uuid4(rng),
             'MIME-Version: 1.0']
    elif client == 'outlook-desktop':
        if not subj:
            subj = ev['summary']
        plain, html = outlook_bodies(m)
        te = 'quoted-printable'
        bnd = '----=_NextPart_000_%04X_%08X.%08X' % (rng.randrange(65536), rng.randrange(2 ** 32), rng.randrange(2 ** 32))
        leaves = [Leaf('text/plain', plain, cs, text_cte(m, plain, te)),
                  Leaf('text/html', html, cs, text_cte(m, html, te)),
                  cal_leaf(m, ics, method, 'base64', charset='utf-8')]
        alt = Multi('alternative', leaves, bnd)
        att = attach_leaves(m)
        root = Multi('mixed', [alt] + att, bnd.replace('000', '001', 1)) if att else alt
        ti = base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()
        H = [from_hdr(), to_hdr(), fold_header('Subject', encoded_words(subj, cs)), date_hdr,
             'Message-ID: <00%s$%s$%s$@%s>' % (hexid(rng, 10), hexid(rng, 8), hexid(rng, 8), sender['addr'].split('@')[1]),
             'MIME-Version: 1.0', None, 'X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: ' + ti,
             'Content-Language: ' + LANGTAG.get(lang, 'en-US').lower()]
    elif client == 'icloud':
        if not subj:
            subj = ev['summary']
        intro = m.get('intro') or ('%s has invited you to %s' % (sender['name'], ev['summary']) if lang == 'en' else None)
        plain, html = generic_invite_bodies(m, intro=intro)
        bnd = 'Apple-Mail=_' + uuid4(rng, True)
        parts = [Leaf('text/html', html, cs, text_cte(m, html, 'quoted-printable')),
                 cal_leaf(m, ics, method, 'quoted-printable' if not m.get('bare_lf') else 'base64', name='invite.ics', disp='attachment', charset='utf-8')]
        if m.get('icloud_plain'):
            parts.insert(0, Leaf('text/plain', plain, cs, text_cte(m, plain, 'quoted-printable')))
        root = Multi('mixed', parts + attach_leaves(m), bnd)
        H = [from_hdr(), 'Content-Type: PLACEHOLDER', 'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.500.171.1.1\\))' if m.get('apple_mail') else 'MIME-Version: 1.0',
             fold_header('Subject', encoded_words(subj, cs)), date_hdr,
             'Message-Id: <%s@icloud.com>' % uuid4(rng, True), to_hdr()]
        if m.get('apple_mail'):
            H.append('X-Mailer: Apple Mail (2.3774.500.171.1.1)')
    elif client == 'thunderbird':
        if not subj:
            subj = '%s: %s' % (ui[0], ev['summary'])
        intro = '%s %s' % (sender['name'], {'en': 'has invited you to', 'de': 'hat Sie eingeladen zu'}.get(lang, '→')) + ' ' + ev['summary']
        plain, _ = generic_invite_bodies(m, intro=intro)
        b1, b2 = '------------' + alnum(rng, 24), '------------' + alnum(rng, 24)
        tcte = '8bit' if not is_ascii(plain) else '7bit'
        if cs.lower() == 'iso-2022-jp':
            tcte = '7bit'
        elif cs.lower() not in ('utf-8',) and not is_ascii(plain):
            tcte = 'quoted-printable'
        alt = Multi('alternative', [Leaf('text/plain', plain, cs, tcte, [('format', 'flowed')], quote_params=False),
                                    cal_leaf(m, ics, method, '8bit' if not is_ascii(ics) else '7bit', charset='UTF-8', quote=False)], b2)
        root = Multi('mixed', [alt] + attach_leaves(m) + [Leaf('application/ics', ics, None, 'base64', [('name', 'invite.ics')],
                                                                ['Content-Disposition: attachment; filename="invite.ics"'])], b1)
        ua = rng.choice(['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.%d.0' % rng.randint(3, 16),
                         'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.%d.0' % rng.randint(1, 9),
                         'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:102.0) Gecko/20100101 Thunderbird/102.%d.0' % rng.randint(2, 15)])
        H = ['Message-ID: <%s@%s>' % (uuid4(rng), sender['addr'].split('@')[1]), date_hdr, 'MIME-Version: 1.0',
             'User-Agent: ' + ua, 'Content-Language: ' + LANGTAG.get(lang, 'en-US'), to_hdr(), from_hdr(),
             fold_header('Subject', encoded_words(subj, cs))]
    elif client == 'zoom':
        if not subj:
            subj = '%s Confirmation' % ev['summary']
        m['subject_text'] = subj
        plain, html = platform_bodies(m)
        b1 = '----=_Part_%d_%d.%d' % (rng.randint(1000000, 9999999), rng.randint(100000000, 999999999), int(m['date'].timestamp() * 1000))
        b2 = '----=_Part_%d_%d.%d' % (rng.randint(1000000, 9999999), rng.randint(100000000, 999999999), int(m['date'].timestamp() * 1000))
        alt = Multi('alternative', [Leaf('text/plain', plain, 'UTF-8', text_cte(m, plain, 'quoted-printable')),
                                    Leaf('text/html', html, 'UTF-8', text_cte(m, html, 'quoted-printable'))], b2)
        root = Multi('mixed', [alt, cal_leaf(m, ics, method, 'base64', name='iCalendar.ics', disp='attachment', charset='UTF-8')] + attach_leaves(m), b1)
        H = ['Date: ' + _tzdate(m['date'], 0), from_hdr(), 'Reply-To: ' + addr(*m.get('reply_to', ('Zoom', 'no-reply@zoom.us'))),
             to_hdr(), 'Message-ID: <%d.%d.%d@zoom.us>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 5, 10 ** 6), int(m['date'].timestamp() * 1000)),
             fold_header('Subject', encoded_words(subj, 'utf-8')), 'MIME-Version: 1.0']
    elif client == 'nextcloud':
        if not subj:
            subj = '%s: %s' % (ui[0], ev['summary'])
        org = ev.get('organizer')
        intro = '%s %s »%s«' % (org[0], {'en': 'has invited you to', 'de': 'hat Sie eingeladen zu', 'fr': 'vous a invité à'}.get(lang, '→'), ev['summary'])
        tok = alnum(rng, 32)
        footer = 'Accept: https://%s/index.php/apps/dav/invitation/accept?token=%s\nDecline: https://%s/index.php/apps/dav/invitation/decline?token=%s\nMore options: https://%s/index.php/apps/dav/invitation/options?token=%s' % (
            m['nc_host'], tok, m['nc_host'], tok, m['nc_host'], tok)
        plain, html = generic_invite_bodies(m, intro=intro, footer=footer)
        b1, b2 = alnum(rng, 8), alnum(rng, 8)
        alt = Multi('alternative', [Leaf('text/plain', plain, 'utf-8', text_cte(m, plain, 'quoted-printable'), quote_params=False),
                                    Leaf('text/html', html, 'utf-8', text_cte(m, html, 'quoted-printable'), quote_params=False)], b2)
        root = Multi('mixed', [alt, cal_leaf(m, ics, method, 'base64', name='event.ics', disp='attachment', charset='utf-8', quote=False)] + attach_leaves(m), b1)
        H = ['Message-ID: <%s@%s>' % (hexid(rng, 32), m['nc_host']), date_hdr,
             fold_header('Subject', encoded_words(subj, 'utf-8')), from_hdr(),
             'Reply-To: ' + addr(org[0], org[1], 'utf-8'), to_hdr(), 'MIME-Version: 1.0']
    elif client == 'zimbra':
        if not subj:
            subj = ev['summary']
        org = ev.get('organizer')
        ptxt = 'The following is a new meeting request:\n\nSubject: %s \nOrganizer: "%s" <%s> \n\nTime: %s\n \nInvitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s' % (
            ev['summary'], org[0], org[1], when_str(ev, lang), '; '.join(a[1] for a in ev.get('attendees', [])[:15]), ev.get('desc') or '')
        ev['zimbra_plain'] = ptxt
        if not ev.get('html_desc'):
            ev['html_desc'] = '<html><body id=\'htmlmode\'><h3>The following is a new meeting request:</h3>\n\n<p>\n<table border=\'0\'>\n<tr><th align=left>Subject:</th><td>%s </td></tr>\n<tr><th align=left>Organizer:</th><td>"%s" &lt;%s&gt; </td></tr>\n</table>\n<p>\n<div>*~*~*~*~*~*~*~*~*~*</div><br>%s</body></html>' % (
                h(ev['summary']), h(org[0]), org[1], linkify(ev.get('desc') or ''))
            ics = render_calendar(m)
            m['ics_text'] = ics
        bnd = '=_' + uuid4(rng)
        root = Multi('alternative', [Leaf('text/plain', ptxt, 'utf-8', text_cte(m, ptxt, 'quoted-printable')),
                                     Leaf('text/html', ev['html_desc'], 'utf-8', text_cte(m, ev['html_desc'], 'quoted-printable')),
                                     cal_leaf(m, ics, method, '7bit', name='meeting.ics', charset='utf-8')], bnd)
        att = attach_leaves(m)
        if att:
            root = Multi('mixed', [root] + att, '=_' + uuid4(rng))
        H = [date_hdr, from_hdr(), to_hdr(), 'Message-ID: <%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), int(m['date'].timestamp() * 1000), sender['addr'].split('@')[1]),
             fold_header('Subject', encoded_words(subj, 'utf-8')), 'MIME-Version: 1.0',
             'X-Originating-IP: [198.51.100.%d]' % rng.randint(2, 250),
             'X-Mailer: Zimbra %s (ZimbraWebClient - FF%d (Win)/%s)' % (m.get('zv', '9.0.0_GA_4583'), rng.randint(110, 130), m.get('zv', '9.0.0_GA_4583')),
             fold_header('Thread-Topic', encoded_words(ev['summary'], 'utf-8')), 'Thread-Index: ' + alnum(rng, 28)]
    elif client == 'yahoo':
        if not subj:
            subj = '%s: %s' % (ui[0], ev['summary'])
        plain, html = generic_invite_bodies(m, intro='%s invited you.' % sender['name'] if lang == 'en' else None)
        bnd = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999), int(m['date'].timestamp() * 1000))
        root = Multi('alternative', [Leaf('text/plain', plain, 'UTF-8', text_cte(m, plain, 'quoted-printable')),
                                     Leaf('text/html', html, 'UTF-8', text_cte(m, html, 'quoted-printable')),
                                     cal_leaf(m, ics, method, 'base64', charset='UTF-8')], bnd)
        H = ['Date: ' + _tzdate(m['date'], 0), from_hdr(), 'Reply-To: ' + addr(sender['name'], sender['addr'], 'utf-8'), to_hdr(),
             'Message-ID: <%d.%d.%d@mail.yahoo.com>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), int(m['date'].timestamp() * 1000)),
             fold_header('Subject', encoded_words(subj, 'utf-8')), 'MIME-Version: 1.0',
             'X-Mailer: WebService/1.1.%d YMailNorrin' % rng.randint(21000, 23999)]
    elif client == 'sogo':
        if not subj:
            subj = 'Event Invitation: "%s"' % ev['summary']
        plain, html = generic_invite_bodies(m, intro='%s has invited you to %s.' % (sender['name'], ev['summary']) if lang == 'en' else None)
        bnd = '----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------' % (rng.randint(1000, 99999), int(m['date'].timestamp()), rng.randint(100000, 999999), rng.randint(1, 99))
        root = Multi('mixed', [Leaf('text/html', html, 'utf-8', text_cte(m, html, 'quoted-printable')),
                               cal_leaf(m, ics, method, 'quoted-printable', charset='utf-8')] + attach_leaves(m), bnd)
        H = ['From: ' + addr(sender['name'], sender['addr'], 'utf-8'), to_hdr(),
             fold_header('Subject', encoded_words(subj, 'utf-8')), date_hdr, 'MIME-Version: 1.0',
             'Message-ID: <%s-%s-1-%s@%s>' % (hexid(rng, 4).upper(), hexid(rng, 8).upper(), hexid(rng, 8), sender['addr'].split('@')[1]),
             'X-Mailer: SOGoMail 5.10.0']
    elif client in ('platform', 'booking'):
        p = m['platform']
        subj = subj or ev['summary']
        m['subject_text'] = subj
        plain, html = platform_bodies(m)
        style = p.get('mime', 'sendgrid')
        if style == 'java':
            b1 = '----=_Part_%d_%d.%d' % (rng.randint(10 ** 5, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), int(m['date'].timestamp() * 1000))
            b2 = '----=_Part_%d_%d.%d' % (rng.randint(10 ** 5, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), int(m['date'].timestamp() * 1000))
        elif style == 'ses':
            b1, b2 = '----=_Part_%s' % hexid(rng, 12), '----=_Part_%s' % hexid(rng, 12)
        else:
            b1, b2 = hexid(rng, 60), hexid(rng, 60)
        icscs = 'utf-8' if style != 'java' else 'UTF-8'
        alt_parts = [Leaf('text/plain', plain, cs, text_cte(m, plain, 'quoted-printable')),
                     Leaf('text/html', html, cs, text_cte(m, html, 'quoted-printable'))]
        calname = p.get('ics_name', 'invite.ics')
        if p.get('cal_inline'):
            alt_parts.append(cal_leaf(m, ics, method, 'base64', charset=icscs))
        alt = Multi('alternative', alt_parts, b2)
        parts = [alt]
        if m.get('related_img'):
            parts = [Multi('related', [alt] + [m['related_img']], 'rel_' + hexid(rng, 24))]
        if not p.get('cal_inline'):
            parts.append(cal_leaf(m, ics, method if p.get('method_param', True) else None, 'base64', name=calname,
                                  ctype=p.get('ics_ctype', 'text/calendar'), disp='attachment', charset=icscs))
        parts += attach_leaves(m)
        root = Multi('mixed', parts, b1)
        H = [from_hdr()]
        if m.get('reply_to'):
            H.append('Reply-To: ' + addr(m['reply_to'][0], m['reply_to'][1], cs))
        H += [to_hdr(), fold_header('Subject', encoded_words(subj, cs)), date_hdr, 'MIME-Version: 1.0',
              'Message-ID: <%s.%s@%s>' % (hexid(rng, 24), hexid(rng, 8), sender['addr'].split('@')[1])]
        H += p.get('headers', [])
        if p.get('unsub'):
            H.append('List-Unsubscribe: <https://%s/unsubscribe?u=%s>, <mailto:unsubscribe@%s?subject=%s>' % (p['unsub'], alnum(rng, 24), p['unsub'], alnum(rng, 16)))
            H.append('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
        if p.get('feedback'):
            H.append('Feedback-ID: %s' % p['feedback'] % (rng.randint(1000, 99999)))
    else:  # handrolled
        subj = subj or ev['summary']
        plain, html = hand_bodies(m)
        layout = m.get('hand_layout', 'mixed-html')
        if layout == 'single':
            root = cal_leaf(m, ics, method, m.get('hand_cte', '8bit'), charset=cal_cs)
        elif layout == 'alt':
            root = Multi('alternative', [Leaf('text/plain', plain, cs, text_cte(m, plain, m.get('hand_tcte', '8bit'))),
                                         cal_leaf(m, ics, method, m.get('hand_cte', '8bit'), charset=cal_cs)], m.get('hand_bnd') or ('b1_' + hexid(rng, 32)))
        elif layout == 'mixed-plain':
            root = Multi('mixed', [Leaf('text/plain', plain, cs, text_cte(m, plain, m.get('hand_tcte', 'quoted-printable'))),
                                   cal_leaf(m, ics, method, m.get('hand_cte', 'base64'), name=m.get('ics_name', 'invite.ics'), disp='attachment', charset=cal_cs,
                                            ctype=m.get('ics_ctype', 'text/calendar'))] + attach_leaves(m), m.get('hand_bnd') or ('=_' + hexid(rng, 32)))
        else:
            alt = Multi('alternative', [Leaf('text/plain', plain, cs, text_cte(m, plain, m.get('hand_tcte', 'quoted-printable'))),
                                        Leaf('text/html', html, cs, text_cte(m, html, m.get('hand_tcte', 'quoted-printable')))], 'b2_' + hexid(rng, 32))
            root = Multi('mixed', [alt, cal_leaf(m, ics, method, m.get('hand_cte', 'base64'), name=m.get('ics_name', 'invite.ics'), disp='attachment', charset=cal_cs,
                                                 ctype=m.get('ics_ctype', 'text/calendar'))] + attach_leaves(m), m.get('hand_bnd') or ('b1_' + hexid(rng, 32)))
        H = [date_hdr, 'To: ' + ', '.join(addr(n, a, cs) for n, a in to_list), 'From: ' + addr(sender['name'], sender['addr'], cs)]
        if m.get('reply_to'):
            H.append('Reply-To: ' + addr(m['reply_to'][0], m['reply_to'][1], cs))
        H += [fold_header('Subject', encoded_words(subj, cs)),
              'Message-ID: <%s@%s>' % (alnum(rng, 32) if (m.get('hand_mailer') or '').startswith('PHPMailer') else uuid4(rng), m.get('msgid_domain', sender['addr'].split('@')[1]))]
        if m.get('hand_mailer'):
            H.append('X-Mailer: ' + m['hand_mailer'])
        H.append('MIME-Version: 1.0')
    H = [x for x in H if x]
    H += m.get('extra_headers', [])
    ch, body = top_content(root)
    if 'Content-Type: PLACEHOLDER' in H:
        i = H.index('Content-Type: PLACEHOLDER')
        H = H[:i] + ch + H[i + 1:]
    else:
        H += ch
    m['final_subject'] = subj
    return H, body


# ------------------------------------------------------------------ transport
def auth_results(m, b_values):
    t = m['transport']
    ar = ['Authentication-Results: mx.example.net;']
    items = []
    for i, (d, s, res) in enumerate(t['dkim']):
        bv = b_values[i] if i < len(b_values) else alnum(m['rng'], 8)
        if res == 'pass':
            items.append('dkim=pass (2048-bit key; unprotected) header.d=%s header.s=%s header.b=%s' % (d, s, bv) if t.get('verbose_dkim') else
                         'dkim=pass header.d=%s header.s=%s header.b=%s' % (d, s, bv))
        elif res == 'fail':
            items.append('dkim=fail reason="signature verification failed" (2048-bit key) header.d=%s header.s=%s header.b=%s' % (d, s, bv))
        elif res == 'permerror':
            items.append('dkim=permerror (no key for signature) header.d=%s header.s=%s header.b=%s' % (d, s, bv))
    if not t['dkim']:
        items.append('dkim=none')
    spf, mf, ip = t['spf'], t['envelope'], t['ip']
    mfd = mf.split('@')[-1]
    if spf == 'pass':
        items.append('spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
    elif spf == 'softfail':
        items.append('spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
    elif spf == 'fail':
        items.append('spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
    elif spf == 'neutral':
        items.append('spf=neutral (mx.example.net: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s' % (ip, mf, mf))
    else:
        items.append('spf=none (mx.example.net: domain of %s does not provide an SPF record) smtp.mailfrom=%s' % (mf, mf))
    dres, pol = t['dmarc']
    fd = m['sender']['addr'].split('@')[1]
    pols = {'reject': 'p=REJECT sp=REJECT dis=NONE', 'quarantine': 'p=QUARANTINE sp=QUARANTINE dis=NONE', 'none': 'p=NONE sp=NONE dis=NONE'}
    if dres == 'fail':
        pt = {'reject': 'p=REJECT sp=REJECT dis=REJECT', 'quarantine': 'p=QUARANTINE sp=QUARANTINE dis=QUARANTINE', 'none': 'p=NONE sp=NONE dis=NONE'}[pol]
        items.append('dmarc=fail (%s) header.from=%s' % (pt, fd))
    elif dres == 'none':
        items.append('dmarc=none (p=none dis=none) header.from=%s' % fd)
    else:
        items.append('dmarc=pass (%s) header.from=%s' % (pols[pol], fd))
    ar_lines = [ar[0]] + ['\t' + x + (';' if i < len(items) - 1 else '') for i, x in enumerate(items)]
    return CRLF.join(ar_lines)


def build_message(m):
    H, body = build_mime(m)
    rng = m['rng']
    t = m['transport']
    rcpt = m['rcpt'][1]
    arrival = m['arrival']
    arr_s = format_datetime(arrival.replace(tzinfo=dt.timezone.utc)).replace('-0000', '+0000') + ' (UTC)'
    qid = ''.join(rng.choice('0123456789ABCDEF') for _ in range(10))
    # DKIM signatures
    dk_lines, bvals = [], []
    hlist_default = 'from:to:subject:date:message-id:mime-version:content-type'
    for d, s, res in t['dkim']:
        hl = t.get('hlist', {}).get(d, hlist_default)
        line, bv = dkim_header(rng, d, s, int(m['date'].timestamp()), hl, d + s + m['ev']['uid'])
        dk_lines.append(line)
        bvals.append(bv)
    top = ['Return-Path: <%s>' % t['envelope'], 'Delivered-To: ' + rcpt, auth_results(m, bvals),
           'Received: from %s (%s [%s])%s\tby mx.example.net (Postfix) with ESMTPS id %s%s\tfor <%s>; %s' % (
               t['helo'], t.get('rdns', t['helo']), t['ip'], CRLF, qid, CRLF, rcpt, arr_s)]
    top += t.get('received', [])
    top += t.get('pre_dkim', [])
    top += dk_lines
    head = CRLF.join(top + H) + CRLF + CRLF
    raw = head.encode('utf-8') + body
    return raw
