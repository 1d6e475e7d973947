"""Client MIME layouts and final assembly (trace + platform headers + body)."""
import datetime as dt

from core import CRLF, Part, addr, ew, fold_header, html_from_text, rfc2822, wrap_html, b64_encode, needs_encoding
from mail import (auth_results, boundary, cal_part, dkim_sig, mx_received, sender_received, tpart)

CLIENT_NAMES = {
    'google': 'Google Calendar', 'outlook': 'Outlook / Microsoft 365 (Exchange Online)', 'apple': 'Apple Calendar / iCloud',
    'applemail': 'Apple Mail with .ics attachment', 'thunderbird': 'Thunderbird (Lightning)', 'yahoo': 'Yahoo Calendar',
    'zimbra': 'Zimbra', 'nextcloud': 'Nextcloud Calendar', 'sogo': 'SOGo', 'esp': 'Booking/event platform via ESP',
    'php': 'PHPMailer script', 'node': 'Nodemailer script', 'python': 'Python email script', 'icsonly': 'bare text/calendar or .ics-only mail',
    'forward': 'forward as message/rfc822', 'list': 'mailing-list copy',
}


def _hdr_charset(spec):
    cs = spec.get('hdr_charset', 'utf-8')
    mode = 'Q' if cs.startswith(('iso-8859', 'windows-125')) else 'B'
    return cs, mode


def _safe_ew(s, cs, mode):
    try:
        s.encode(cs)
        return ew(s, cs, mode)
    except (UnicodeEncodeError, LookupError):
        return ew(s, 'utf-8', 'B')


def base_headers(ctx, spec, msgid, when, extra=()):
    cs, mode = _hdr_charset(spec)
    H = []

    def A(n, v):
        H.append(fold_header(n, v))

    def fa(name, a):
        if not name:
            return a
        if needs_encoding(name):
            return '%s <%s>' % (_safe_ew(name, cs, mode), a)
        return addr(name, a)
    A('From', fa(spec['from_name'], spec['from_addr']))
    if spec.get('sender'):
        A('Sender', fa(*spec['sender']))
    if spec.get('reply_to'):
        A('Reply-To', fa(*spec['reply_to']))
    tos = spec['to']
    if spec.get('undisclosed'):
        A('To', 'undisclosed-recipients:;')
    else:
        H.append('To: ' + (',' + CRLF + ' ').join(fa(n, a) for n, a in tos))
    if spec.get('cc'):
        H.append('Cc: ' + (',' + CRLF + ' ').join(fa(n, a) for n, a in spec['cc']))
    subj = spec['subject']
    if spec.get('raw_subject'):
        H.append('Subject: ' + subj.encode('utf-8').decode('latin-1'))
    elif needs_encoding(subj):
        H.append('Subject: ' + _safe_ew(subj, cs, mode))
    else:
        A('Subject', subj)
    A('Date', rfc2822(when))
    A('Message-ID', msgid)
    for e in extra:
        H.append(e)
    H.append('MIME-Version: 1.0')
    return H


def _texts(ctx, spec):
    text = spec.get('text', '')
    html = spec.get('html')
    if html is None:
        html = html_from_text(text, spec['lang'], spec.get('html_style', 'plain'))
    return text, wrap_html(html)


def lay_google(ctx, spec):
    text, html = _texts(ctx, spec)
    when = spec['sent']
    msgid = '<calendar-%s@google.com>' % ctx.uuid()
    extra = []
    if spec.get('google_sender', True):
        extra.append('Sender: Google Calendar <calendar-notification@google.com>')
    H = base_headers(ctx, spec, msgid, when, extra)
    alt = Part('multipart/alternative', boundary=boundary(ctx, 'google'), parts=[
        tpart(ctx, 'text/plain', text, 'UTF-8', 'base64' if ctx.r.random() < 0.5 else 'quoted-printable', spec.get('malform'),
              extra=[('format', 'flowed'), ('delsp', 'yes')]),
        tpart(ctx, 'text/html', html, 'UTF-8', 'quoted-printable'),
        cal_part(spec['ics'], spec['method'], '7bit', charset='UTF-8')])
    root = Part('multipart/mixed', boundary=boundary(ctx, 'google'), parts=[
        alt, cal_part(spec['ics'], None, 'base64', name='invite.ics', ctype='application/ics', disp='attachment')])
    return H, root


def teams_block(ctx, lang, url):
    return ('\n' + '_' * 80 + '\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting <%s>\n'
            'Meeting ID: %d %d %d %d\nPasscode: %s\nLearn More <https://aka.ms/JoinTeamsMeeting> | Meeting options\n' % (
                url, ctx.r.randrange(100, 999), ctx.r.randrange(100, 999), ctx.r.randrange(100, 999), ctx.r.randrange(100, 999), ctx.alnum(6))
            + '_' * 80 + '\n')


def lay_outlook(ctx, spec):
    text, html = _texts(ctx, spec)
    when = spec['sent']
    host = '%s%02dMB%04d.%s.prod.outlook.com' % (ctx.choice(['DB9PR', 'AM0PR', 'BN6PR', 'SA1PR', 'PAXPR']), ctx.r.randrange(1, 99),
                                                   ctx.r.randrange(1000, 9999), ctx.choice(['eurprd08', 'namprd12', 'eurprd05', 'namprd04']))
    idpart = ctx.alnum(40, True)
    msgid = '<%s@%s>' % (idpart, host)
    lang_tag = spec.get('lang_tag', 'en-US')
    extra = ['Thread-Topic: ' + (_safe_ew(spec['subject'], 'utf-8', 'B') if needs_encoding(spec['subject']) else spec['subject'][:70]),
             'Thread-Index: ' + ctx.alnum(30) + '==',
             'Accept-Language: ' + lang_tag + ', en-US', 'Content-Language: ' + lang_tag,
             'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:',
             'X-MS-Exchange-Organization-SCL: -1' if spec.get('internal') else 'x-ms-publictraffictype: Email',
             'X-MS-Exchange-CrossTenant-Id: ' + ctx.uuid(),
             'X-MS-Exchange-CrossTenant-originalarrivaltime: %s' % when.strftime('%d %b %Y %H:%M:%S.') + '%04d (UTC)' % ctx.r.randrange(10000),
             'X-MS-Exchange-CrossTenant-fromentityheader: Hosted']
    H = base_headers(ctx, spec, msgid, when, extra)
    cs = spec.get('charset', 'utf-8')
    cs_html = cs
    root = Part('multipart/alternative', boundary='_000_' + idpart + host.split('.')[0] + '_', parts=[
        tpart(ctx, 'text/plain', text, cs, 'quoted-printable', spec.get('malform')),
        tpart(ctx, 'text/html', html, cs_html, 'quoted-printable'),
        cal_part(spec['ics'], spec['method'], 'base64', charset='utf-8')])
    return H, root


def lay_apple(ctx, spec):
    text, html = _texts(ctx, spec)
    when = spec['sent']
    msgid = '<%s@%s>' % (ctx.uuid(True), spec['from_addr'].split('@')[1])
    extra = ['X-Mailer: Apple Mail (2.%d.%d.%d)' % (ctx.r.randrange(3200, 3800), ctx.r.randrange(100, 600), ctx.r.randrange(1, 12))]
    H = base_headers(ctx, spec, msgid, when, extra)
    b = boundary(ctx, 'apple')
    name = 'iCal-%s-%s.ics' % (when.strftime('%Y%m%d'), ctx.hexs(8))
    alt = Part('multipart/alternative', boundary=boundary(ctx, 'apple'), parts=[
        tpart(ctx, 'text/plain', text, spec.get('charset', 'utf-8'), 'quoted-printable', spec.get('malform')),
        tpart(ctx, 'text/html', html, 'utf-8', 'quoted-printable')])
    parts = [alt] if text else []
    parts.append(cal_part(spec['ics'], spec['method'], ctx.choice(['quoted-printable', 'base64', '7bit']), name=name, disp='attachment'))
    root = Part('multipart/mixed', boundary=b, parts=parts)
    return H, root


def lay_applemail(ctx, spec):
    return lay_apple(ctx, spec)


def lay_thunderbird(ctx, spec):
    text, _ = _texts(ctx, spec)
    when = spec['sent']
    msgid = '<%s@%s>' % (ctx.uuid(), spec['from_addr'].split('@')[1])
    v = min(140, 45 + (when.year - 2016) * 10)
    extra = ['User-Agent: Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Thunderbird/%d.%d' % (
        ctx.choice(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15']), v, v, ctx.r.randrange(0, 9)),
             'Content-Language: ' + spec.get('lang_tag', 'en-US')]
    H = base_headers(ctx, spec, msgid, when, extra)
    cs = spec.get('charset', 'UTF-8')
    alt = Part('multipart/alternative', boundary=boundary(ctx, 'thunderbird'), parts=[
        tpart(ctx, 'text/plain', text, cs, ctx.choice(['8bit', 'quoted-printable', '7bit']), spec.get('malform')),
        cal_part(spec['ics'], spec['method'], ctx.choice(['8bit', 'quoted-printable']), charset='UTF-8')])
    root = Part('multipart/mixed', boundary=boundary(ctx, 'thunderbird'), parts=[
        alt, cal_part(spec['ics'], None, 'base64', name='invite.ics', ctype='application/ics', disp='attachment')])
    return H, root


def lay_yahoo(ctx, spec):
    text, html = _texts(ctx, spec)
    when = spec['sent']
    msgid = '<%d.%d.%d@mail.yahoo.com>' % (ctx.r.randrange(10 ** 8, 10 ** 9), ctx.r.randrange(10 ** 6, 10 ** 7), ctx.r.randrange(10 ** 12, 10 ** 13))
    extra = ['X-Mailer: WebService/1.1.%d YMailNorrin' % ctx.r.randrange(10000, 23000), 'X-YMail-OSG: ' + ctx.alnum(60)]
    H = base_headers(ctx, spec, msgid, when, extra)
    root = Part('multipart/alternative', boundary=boundary(ctx, 'yahoo'), parts=[
        tpart(ctx, 'text/plain', text, spec.get('charset', 'UTF-8'), 'quoted-printable', spec.get('malform')),
        tpart(ctx, 'text/html', html, 'UTF-8', 'quoted-printable'),
        cal_part(spec['ics'], spec.get('ctype_method', spec['method']), '7bit', charset='UTF-8')])
    return H, root


def lay_zimbra(ctx, spec):
    text, html = _texts(ctx, spec)
    when = spec['sent']
    msgid = '<%d.%d.%d.JavaMail.zimbra@%s>' % (ctx.r.randrange(10 ** 8, 10 ** 9), ctx.r.randrange(10 ** 6, 10 ** 7), ctx.r.randrange(10 ** 12, 10 ** 13), spec['from_addr'].split('@')[1])
    extra = ['X-Mailer: Zimbra %s (ZimbraWebClient - %s)' % (ctx.choice(['8.8.15_GA_4372', '9.0.0_GA_4546', '10.0.7_GA_4669']), ctx.choice(['FF115 (Linux)', 'GC120 (Win)', 'FF128 (Mac)'])),
             'Thread-Topic: ' + (_safe_ew(spec['subject'], 'utf-8', 'B') if needs_encoding(spec['subject']) else spec['subject'][:70]),
             'Thread-Index: ' + ctx.alnum(20)]
    H = base_headers(ctx, spec, msgid, when, extra)
    cs = spec.get('charset', 'utf-8')
    root = Part('multipart/alternative', boundary=boundary(ctx, 'zimbra'), parts=[
        tpart(ctx, 'text/plain', text, cs, 'quoted-printable', spec.get('malform')),
        tpart(ctx, 'text/html', html, cs, 'quoted-printable'),
        cal_part(spec['ics'], spec['method'], '7bit', charset='utf-8')])
    return H, root


def lay_nextcloud(ctx, spec):
    text, html = _texts(ctx, spec)
    when = spec['sent']
    msgid = '<%s@%s>' % (ctx.alnum(32), spec['from_addr'].split('@')[1])
    H = base_headers(ctx, spec, msgid, when, ['Auto-Submitted: auto-generated' if ctx.r.random() < 0.5 else 'X-Auto-Response-Suppress: OOF, DR, RN, NRN, AutoReply'])
    alt = Part('multipart/alternative', boundary=ctx.alnum(8), parts=[
        tpart(ctx, 'text/plain', text, 'utf-8', 'quoted-printable', spec.get('malform')),
        tpart(ctx, 'text/html', html, 'utf-8', 'quoted-printable')])
    root = Part('multipart/mixed', boundary=ctx.alnum(8), parts=[
        alt, cal_part(spec['ics'], spec['method'], 'base64', name='event.ics', disp='attachment')])
    return H, root


def lay_sogo(ctx, spec):
    text, _ = _texts(ctx, spec)
    when = spec['sent']
    msgid = '<%s-%s-%s@%s>' % (ctx.hexs(4), ctx.hexs(8), ctx.hexs(1), spec['from_addr'].split('@')[1])
    H = base_headers(ctx, spec, msgid, when, ['X-Mailer: SOGoMail %s' % ctx.choice(['4.3.2', '5.8.0', '5.11.2'])])
    root = Part('multipart/mixed', boundary=ctx.alnum(26), parts=[
        tpart(ctx, 'text/plain', text, spec.get('charset', 'utf-8'), 'quoted-printable', spec.get('malform')),
        cal_part(spec['ics'], spec['method'], 'quoted-printable', name='calendar.ics')])
    return H, root


def lay_esp(ctx, spec):
    text, html = _texts(ctx, spec)
    when = spec['sent']
    esp = spec.get('esp', ctx.choice(['sendgrid', 'mailgun', 'ses', 'mailchimp', 'sparkpost']))
    dom = spec['from_addr'].split('@')[1]
    extra = []
    if esp == 'sendgrid':
        msgid = '<%s@geopod-ismtpd-%d>' % (ctx.alnum(22), ctx.r.randrange(1, 40))
        extra += ['X-SG-EID: ' + ctx.alnum(80) + '==', 'X-Entity-ID: ' + ctx.alnum(22) + '==']
    elif esp == 'mailgun':
        msgid = '<%s.%s@%s>' % (when.strftime('%Y%m%d%H%M%S'), ctx.hexs(16), dom)
        extra += ['X-Mailgun-Sid: ' + ctx.alnum(40), 'X-Mailgun-Tag: ' + ctx.choice(['booking', 'event-invite', 'reminder'])]
    elif esp == 'ses':
        msgid = '<0100%s-%s-000000@email.amazonses.com>' % (ctx.hexs(12), ctx.uuid())
        extra += ['Feedback-ID: 1.eu-west-1.%s=:AmazonSES' % ctx.alnum(43), 'X-SES-Outgoing: %s-54.240.7.%d' % (when.strftime('%Y.%m.%d'), ctx.r.randrange(1, 250))]
    elif esp == 'mailchimp':
        msgid = '<%s.%s@mail%d.suw%d.mcdlv.net>' % (ctx.hexs(20), ctx.hexs(10), ctx.r.randrange(1, 200), ctx.r.randrange(10, 99))
        extra += ['X-MC-User: ' + ctx.hexs(25), 'Feedback-ID: %d:%d.%d:us%d:mc' % (ctx.r.randrange(10 ** 7, 10 ** 8), ctx.r.randrange(10 ** 6, 10 ** 7), ctx.r.randrange(10 ** 5, 10 ** 6), ctx.r.randrange(1, 21))]
    else:
        msgid = '<%s.%s@%s>' % (ctx.hexs(8), ctx.hexs(16), 'sparkpostmail.com')
        extra += ['X-MSFBL: ' + ctx.alnum(60)]
    if spec.get('unsubscribe', True):
        extra += ['List-Unsubscribe: <https://%s/u/%s>, <mailto:unsubscribe@%s?subject=%s>' % (spec.get('link_host', 'email.' + dom), ctx.alnum(24), dom, ctx.alnum(10)),
                  'List-Unsubscribe-Post: List-Unsubscribe=One-Click']
    H = base_headers(ctx, spec, msgid, when, extra)
    alt = Part('multipart/alternative', boundary=ctx.hexs(30), parts=[
        tpart(ctx, 'text/plain', text, spec.get('charset', 'utf-8'), ctx.choice(['quoted-printable', 'base64']), spec.get('malform')),
        tpart(ctx, 'text/html', html, 'utf-8', ctx.choice(['quoted-printable', 'base64']))])
    name = spec.get('attach_name', 'event.ics')
    root = Part('multipart/mixed', boundary=ctx.hexs(30), parts=[
        alt, cal_part(spec['ics'], spec['method'], 'base64', name=name, disp='attachment')])
    return H, root


def lay_php(ctx, spec):
    text, html = _texts(ctx, spec)
    when = spec['sent']
    host = spec['setup']['helo']
    msgid = '<%s@%s>' % (ctx.alnum(43), host)
    H = base_headers(ctx, spec, msgid, when, ['X-Mailer: PHPMailer %s (https://github.com/PHPMailer/PHPMailer)' % ctx.choice(['5.2.22', '6.1.4', '6.8.0', '6.9.1'])])
    body_parts = []
    if spec.get('text_only'):
        body_parts.append(tpart(ctx, 'text/plain', text, 'utf-8', 'quoted-printable', spec.get('malform')))
    else:
        body_parts.append(Part('multipart/alternative', boundary=boundary(ctx, 'php').replace('b1_', 'b2_'), parts=[
            tpart(ctx, 'text/plain', text, 'utf-8', '8bit', spec.get('malform')), tpart(ctx, 'text/html', html, 'utf-8', '8bit')]))
    body_parts.append(cal_part(spec['ics'], spec['method'], 'base64', name=spec.get('attach_name', 'invite.ics'), disp='attachment'))
    root = Part('multipart/mixed', boundary=boundary(ctx, 'php'), parts=body_parts)
    return H, root


def lay_node(ctx, spec):
    text, html = _texts(ctx, spec)
    when = spec['sent']
    msgid = '<%s@%s>' % (ctx.uuid(), spec['from_addr'].split('@')[1])
    H = base_headers(ctx, spec, msgid, when)
    b = boundary(ctx, 'node')
    root = Part('multipart/alternative', boundary=b, parts=[
        tpart(ctx, 'text/plain', text, 'utf-8', 'quoted-printable', spec.get('malform')),
        tpart(ctx, 'text/html', html, 'utf-8', 'quoted-printable'),
        cal_part(spec['ics'], spec['method'], 'base64', charset='utf-8')])
    return H, root


def lay_python(ctx, spec):
    text, _ = _texts(ctx, spec)
    when = spec['sent']
    msgid = '<%d.%d.%d@%s>' % (ctx.r.randrange(10 ** 17, 10 ** 18), ctx.r.randrange(1000, 99999), ctx.r.randrange(10 ** 17, 10 ** 18), spec['setup']['helo'])
    H = base_headers(ctx, spec, msgid, when)
    root = Part('multipart/mixed', boundary=boundary(ctx, 'python'), parts=[
        tpart(ctx, 'text/plain', text, 'utf-8', ctx.choice(['base64', '7bit', '8bit']), spec.get('malform')),
        cal_part(spec['ics'], spec['method'], 'base64', name=spec.get('attach_name', 'invite.ics'), disp='attachment')])
    return H, root


def lay_icsonly(ctx, spec):
    when = spec['sent']
    msgid = '<%s@%s>' % (ctx.alnum(20), spec['setup']['helo'])
    H = base_headers(ctx, spec, msgid, when, [e for e in spec.get('icsonly_extra', [])])
    style = spec.get('ics_style', ctx.choice(['bare', 'empty-text', 'bare']))
    if style == 'bare':
        root = cal_part(spec['ics'], spec['method'], ctx.choice(['7bit', 'base64', 'quoted-printable']), charset='UTF-8')
    else:
        root = Part('multipart/mixed', boundary=boundary(ctx, ctx.choice(['python', 'php', 'node'])), parts=[
            tpart(ctx, 'text/plain', spec.get('text', ''), 'us-ascii' if not needs_encoding(spec.get('text', '')) else 'utf-8', '7bit', spec.get('malform')),
            cal_part(spec['ics'], None, 'base64', name=spec.get('attach_name', 'invite.ics'), ctype=ctx.choice(['application/ics', 'text/calendar', 'application/octet-stream']), disp='attachment')])
    return H, root


LAYOUTS = {k[4:]: v for k, v in list(globals().items()) if k.startswith('lay_')}


def render(ctx, spec, with_trace=True):
    """Render one message to a str whose code points are octets (latin-1 carrier)."""
    s = spec['setup']
    H, root = LAYOUTS[spec['client']](ctx, spec)
    if spec.get('list'):
        li = spec['list']
        H = [h if not h.startswith('Subject: ') else _list_subject(h, li) for h in H]
        H += ['List-Id: %s <%s>' % (li['name'], li['id']), 'List-Post: <mailto:%s>' % li['post'],
              'List-Unsubscribe: <https://%s/mailman/options/%s>, <mailto:%s-request@%s?subject=unsubscribe>' % (li['host'], li['short'], li['short'], li['host']),
              'List-Archive: <https://%s/pipermail/%s/>' % (li['host'], li['short']),
              'Precedence: list', 'Errors-To: %s-bounces@%s' % (li['short'], li['host']),
              'Sender: "%s" <%s-bounces@%s>' % (li['name'], li['short'], li['host'])]
        H = [h for h in H if not h.startswith('Sender: Google')]
        if root.ctype != 'multipart/mixed':
            root = Part('multipart/mixed', boundary='===============%019d==' % ctx.r.randrange(10 ** 18, 10 ** 19), parts=[root])
        root.parts.append(tpart(ctx, 'text/plain', li['footer'], 'us-ascii', '7bit', headers=['Content-Disposition: inline']))
    if spec.get('forward'):
        fw = spec['forward']
        inner = render(ctx, fw['inner'], with_trace=fw.get('inner_trace', False))
        note = tpart(ctx, 'text/plain', spec['text'], spec.get('charset', 'utf-8'), ctx.choice(['quoted-printable', '8bit']), spec.get('malform'))
        rfc = Part('message/rfc822', inner, headers=['Content-Disposition: attachment; filename="%s.eml"' % fw.get('fname', 'Invitation')])
        root = Part('multipart/mixed', boundary=boundary(ctx, spec.get('fwd_style', 'thunderbird')), parts=[note, rfc])
    lines = []
    if with_trace:
        rcpt = spec['rcpt']
        lines += ['Return-Path: <%s>' % s['mailfrom'], 'Delivered-To: ' + rcpt, auth_results(ctx, s),
                  mx_received(ctx, s, rcpt, tls=spec.get('tls', True))]
        sr = sender_received(ctx, s, rcpt, spec['sent'] - dt.timedelta(seconds=ctx.r.randrange(0, 4)))
        lines.append(sr)
        if s['dkim'] in ('pass', 'fail'):
            lines.append(dkim_sig(ctx, s['dkim_d'], s['selector'], int(spec['sent'].timestamp())))
        elif s.get('fake_dkim'):
            lines.append(dkim_sig(ctx, s['fake_dkim'], 'default', int(spec['sent'].timestamp())))
        lines += spec.get('trace_extra', [])
    lines += H
    lines += root.header_lines()
    msg = CRLF.join(lines) + CRLF + CRLF + root.render_body()
    return msg


def _list_subject(h, li):
    v = h[len('Subject: '):]
    return 'Subject: [%s] %s' % (li['tag'], v)
