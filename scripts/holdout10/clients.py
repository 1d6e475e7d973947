"""Client renderers: build the complete RFC 5322 message for a scenario."""
import datetime as dt
import uuid
import html as htmlmod
import tzs
import chrome
import transport as T
import mime as M
from ical import esc, esc_loose, render
from icsstyles import calendar, du, dl

D = dt.timedelta
CH = chrome.c


def U(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def hexs(rng, n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def alnum(rng, n, up=True):
    al = 'abcdefghijklmnopqrstuvwxyz0123456789' + ('ABCDEFGHIJKLMNOPQRSTUVWXYZ' if up else '')
    return ''.join(rng.choice(al) for _ in range(n))


def make_events(ctx, uid_style):
    S, rng = ctx['S'], ctx['rng']
    arr = ctx['arrival']
    Es = []
    for ev in [S] + S.get('extra_events', []):
        E = {}
        E['summary'] = ev.get('summary', S['summary'])
        E['desc'] = ev.get('desc', S.get('desc', ''))
        for k in ('location', 'url', 'attach', 'conf', 'alt_html', 'rrule', 'exdate', 'alarms', 'seq', 'status',
                  'transp', 'vtodo', 'priority', 'categories', 'recurrence_id', 'allday', 'teams', 'gconf',
                  'reply_comment', 'apple_geo', 'importance', 'todo_status', 'zoom_org'):
            if k in ev:
                E[k] = ev[k]
            elif k in S and ev is not S and k not in ('recurrence_id', 'vtodo'):
                pass
        E['tz'] = ev.get('tz', S['tz'])
        E['start'] = ev.get('start', S['start'])
        E['end'] = ev.get('end', E['start'] + D(minutes=ev.get('dur', S.get('dur', 60))))
        if E.get('allday'):
            E['start'] = dt.datetime(E['start'].year, E['start'].month, E['start'].day)
            E['end'] = E['start'] + D(days=max(1, ev.get('days', 1)))
        E['organizer'] = S['organizer']
        E['attendees'] = ev.get('attendees', S.get('attendees', []))
        E['method'] = S.get('method', 'REQUEST')
        E['dtstamp'] = arr - D(seconds=rng.randint(3, 90))
        E['created'] = E['dtstamp'] - D(seconds=rng.choice([0, 2, 40, 3600, 86400 * 3]))
        E['alarm_uids'] = [U(rng).upper() for _ in E.get('alarms', [])]
        E['owner_apptid'] = -rng.randint(100000000, 2147483647)
        E['langtag'] = chrome.LANGTAG.get(ctx['lang'], 'en-US')
        E['gen'] = S.get('gen', {})
        E['tzstyle'] = S.get('tzstyle', 'olson')
        if 'uid' in ev:
            E['uid'] = ev['uid']
        elif uid_style == 'google':
            E['uid'] = alnum(rng, 26, False) + '@google.com'
        elif uid_style == 'outlook':
            E['uid'] = ('040000008200E00074C5B7101A82E00800000000' + hexs(rng, 16) + '0000000000000000100000000'
                        + hexs(rng, 32)).upper()
        elif uid_style == 'apple':
            E['uid'] = U(rng).upper()
        elif uid_style == 'zoom':
            E['uid'] = 'ZOOM%d' % rng.randint(10 ** 9, 10 ** 11)
        elif uid_style == 'moz':
            E['uid'] = U(rng)
        elif uid_style == 'zimbra':
            E['uid'] = U(rng)
        elif uid_style == 'nextcloud':
            E['uid'] = U(rng)
        elif uid_style == 'sogo':
            E['uid'] = '%X-%08X-%X-%08X' % (rng.randint(0x100, 0xfff), rng.getrandbits(32), rng.randint(1, 0xff), rng.getrandbits(32))
        elif uid_style == 'yahoo':
            E['uid'] = 'y%s@yahoo.com' % hexs(rng, 20)
        else:
            f = S.get('gen', {}).get('uidf')
            E['uid'] = f(rng) if f else (hexs(rng, 32) + '@' + S['sender']['domain'])
        Es.append(E)
    return Es


def fix_cte(text, charset, want):
    if want in ('7bit',) and not M.is_ascii(text) and charset.lower() != 'iso-2022-jp':
        return 'quoted-printable'
    if charset.lower() == 'iso-2022-jp' and want in ('8bit',):
        return '7bit'
    return want


def ics_part(ctx, ics_text, method, charset='UTF-8', cte=None, ctype='text/calendar', name=None,
             disposition=None, eol='\r\n', method_param=True, extra=None):
    ct = ctype
    if ctype == 'text/calendar':
        ct += '; charset="%s"' % charset if ctx['rng'].random() < 0.7 else '; charset=%s' % charset
        if method and method_param:
            ct += '; method=%s' % method
    if name:
        ct += '; name="%s"' % name
    if cte is None:
        cte = '7bit' if M.is_ascii(ics_text) and eol == '\r\n' else 'base64'
    cte = fix_cte(ics_text, charset, cte)
    hs = list(extra or [])
    if disposition:
        hs.append(('Content-Disposition', disposition))
    body = M.encode_body(ics_text, charset, cte, eol)
    return M.Part(ct, body, cte, hs)


TRANSLIT = {'–': '-', '—': '-', '·': '-', '₽': 'руб.', '€': 'EUR', '…': '...', '‘': "'", '’': "'", '“': '"', '”': '"',
            '→': '->', '↩': '<-', '₪': 'NIS', '₹': 'Rs.', '🎈': '', '🎂': '', '£': 'GBP ', '\u00a0': ' ', '«': '"', '»': '"',
            '¡': '', '¿': '', 'ș': 's', 'ț': 't', '×': 'x', '～': '~', '。': '。'}


def translit(text, charset):
    out = []
    bad = 0
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except (UnicodeEncodeError, LookupError):
            r = TRANSLIT.get(ch)
            if r is None or not M.can_encode(r, charset):
                r = '?'
                bad += 1
            out.append(r)
    return ''.join(out), bad


def text_part(text, charset, cte, sub='plain', params=''):
    cte = fix_cte(text, charset, cte)
    if not M.can_encode(text, charset):
        t2, bad = translit(text, charset)
        if bad <= 2:
            text = t2
        else:
            charset = 'utf-8'
    ct = 'text/%s; charset="%s"%s' % (sub, charset, params)
    return M.Part(ct, M.encode_body(text, charset, cte), cte)


def simple_html(ctx, text, extra_top='', lang=None):
    esc_t = htmlmod.escape(text).replace('\n', '<br>\n')
    d = ' dir="rtl"' if ctx['lang'] in ('ar', 'he') else ''
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body%s>%s<div>%s</div></body></html>' % (d, extra_top, esc_t))


def hdr(name, value):
    return M.fold_ascii(name, value)


def subj(ctx, s, mode='B'):
    return 'Subject: ' + M.hval(s, ctx.get('hcharset', 'utf-8'), mode)


def from_hdr(ctx, name, email, mode='B', quote=False):
    return 'From: ' + M.addr(name, email, ctx.get('hcharset', 'utf-8'), mode, quote)


def to_hdr(ctx, people, mode='B', label='To'):
    vals = [M.addr(n, e, ctx.get('hcharset', 'utf-8'), mode) for n, e in people]
    return label + ': ' + (',\r\n\t'.join(vals) if len(vals) > 1 else vals[0])


def date_hdr(ctx, sent, off):
    return 'Date: ' + T.rfcdate(sent, off)


# --------------------------------------------------------------------------- infrastructure

def infra_google(ctx, from_dom, consumer):
    rng = ctx['rng']
    n = rng.randint(10, 99)
    helo = 'mail-sor-f%d.google.com' % n
    ip = T.ip_for(helo, block=['198.51.100'])
    dk = []
    sel = '20230601' if ctx['arrival'].year >= 2023 else ('20210112' if ctx['arrival'].year >= 2021 else '20161025')
    dk.append(('pass', 'google.com', sel))
    if consumer:
        dk.append(('pass', 'gmail.com', sel))
    elif ctx['S'].get('ws_dkim', True):
        dk.append(('pass', from_dom, 'google'))
    env = '3%s-%s@calendar-server.bounces.google.com' % (alnum(rng, 18), alnum(rng, 28))
    return dict(env=env, helo=helo, host=helo, ip=ip, dkim_specs=dk, spf='pass', tls=True)


def infra_ms(ctx, from_dom, env, consumer=False):
    rng = ctx['rng']
    reg = rng.choice(['EUR02-AM0', 'EUR05-VI1', 'NAM12-DM6', 'NAM10-BN7', 'APC01-SG2', 'EUR03-DBA',
                      'NAM04-MW2', 'JPN01-TYC', 'IND01-MAX'])
    helo = '%s-obe.outbound.protection.outlook.com' % reg
    host = 'mail-%son%d.outbound.protection.outlook.com' % (reg.split('-')[1].lower() + reg[:3].lower(), rng.randint(2010, 2199))
    ip = T.ip_for(host, 'v6')
    sel = rng.choice(['selector1', 'selector2'])
    dkd = from_dom
    if consumer:
        sel = 'selector1'
    dk = [('pass', dkd, sel)] if ctx['S'].get('ms_dkim', True) else []
    return dict(env=env, helo=helo, host=host, ip=ip, dkim_specs=dk, spf='pass', tls=True)


def infra_simple(ctx, helo, env, dkim_dom=None, sel='default', spf='pass', host='same', tls=True, block=None):
    ip = T.ip_for(helo, block=block)
    dk = [('pass', dkim_dom, sel)] if dkim_dom else []
    return dict(env=env, helo=helo, host=helo if host == 'same' else host, ip=ip, dkim_specs=dk, spf=spf, tls=tls)


def apply_auth_override(ctx, infra):
    ov = ctx['S'].get('auth')
    if not ov:
        return infra
    if 'spf' in ov:
        infra['spf'] = ov['spf']
    if 'dkim' in ov:
        if ov['dkim'] == 'none':
            infra['dkim_specs'] = []
        elif ov['dkim'] == 'fail':
            infra['dkim_specs'] = [('fail',) + tuple(x[1:]) for x in infra['dkim_specs']] or infra['dkim_specs']
    if 'host' in ov:
        infra['host'] = ov['host']
    if 'env' in ov:
        infra['env'] = ov['env']
    return infra


def finalize(ctx, infra, sender_lines, client_headers, root, from_dom, dkim_hlist):
    """Assemble: MX block, sender-side Received, DKIM-Signature(s), client headers."""
    rng = ctx['rng']
    arrival = ctx['arrival']
    infra = apply_auth_override(ctx, infra)
    sigs = []
    dkims = []
    for spec in infra['dkim_specs']:
        r, d, s = spec[0], spec[1], spec[2]
        line, b = T.dkim_sig(rng, d, s, arrival - D(seconds=rng.randint(1, 4)), dkim_hlist)
        sigs.append(line)
        dkims.append((r, d, s, b))
    infra['dkims'] = dkims
    if 'DKIM_HERE' in sender_lines:
        i = sender_lines.index('DKIM_HERE')
        sender_lines = sender_lines[:i] + sigs + sender_lines[i + 1:]
        sigs = []
    top, dres = T.mx_headers(rng, infra, ctx['rcpt'][1], arrival, from_dom)
    ctx['auth_summary'] = '%s/%s/%s' % ('+'.join(x[0] for x in dkims) or 'none', infra['spf'], dres)
    if 'Content-Type: PLACEHOLDER' in client_headers:
        rl = root.header_lines()
        i = client_headers.index('Content-Type: PLACEHOLDER')
        client_headers = client_headers[:i] + rl + client_headers[i + 1:]
        data = ('\r\n'.join(top + sender_lines + sigs + client_headers) + '\r\n\r\n').encode('ascii')
        return data + root.render_body()
    return M.message(top + sender_lines + sigs + client_headers, root)


def sent_time(ctx, lo=2, hi=40):
    return ctx['arrival'] - D(seconds=ctx['rng'].randint(lo, hi))


def sender_off(ctx):
    S = ctx['S']
    return tzs.offset_minutes(S['tz'], tzs.from_utc(S['tz'], ctx['arrival']))


def recv_line(frm, by, proto, ident, rcpt, t, off=0, tail=''):
    s = 'Received: from %s\r\n\tby %s with %s%s' % (frm, by, proto, (' id ' + ident) if ident else '')
    if rcpt:
        s += '\r\n\tfor <%s>' % rcpt
    return s + '; ' + T.rfcdate(t, off) + tail


def plain_block(ctx, with_desc=True):
    S = ctx['S']
    lang = ctx['lang']
    L = []
    return L


# --------------------------------------------------------------------------- helpers for bodies

def whenstr(ctx):
    S = ctx['S']
    st = S['start']
    en = st + D(minutes=S.get('dur', 60))
    return chrome.when(ctx['lang'], st, en, tzs.abbr(S['tz'], st), S.get('allday'))


def recipients(ctx):
    S = ctx['S']
    return S.get('to') or [ctx['rcpt']]


def cover(ctx):
    S = ctx['S']
    return S.get('cover', S.get('desc', ''))


def subject_for(ctx, style):
    S = ctx['S']
    if S.get('subject'):
        return S['subject']
    lang = ctx['lang']
    m = S.get('method', 'REQUEST')
    key = {'REQUEST': 'upd' if S.get('seq', 0) > 0 else 'inv', 'CANCEL': 'cxl', 'PUBLISH': 'inv'}.get(m, 'inv')
    if m == 'REPLY':
        ps = S['attendees'][0].get('partstat', 'ACCEPTED')
        key = {'ACCEPTED': 'acc', 'DECLINED': 'dec', 'TENTATIVE': 'tent'}[ps]
    pre = CH(lang, key)
    if style == 'google':
        s = '%s: %s @ %s' % (pre, S['summary'], whenstr(ctx))
        if m not in ('REPLY',):
            s += ' (%s)' % ctx['rcpt'][1]
        return s
    if style == 'outlook':
        if m == 'CANCEL':
            return {'en': 'Canceled', 'de': 'Abgesagt', 'fr': 'Annulé', 'ja': 'キャンセル済み', 'zh': '已取消', 'ko': '취소됨',
                    'ar': 'تم الإلغاء', 'it': 'Annullato', 'es': 'Cancelado'}.get(lang, 'Canceled') + ': ' + S['summary']
        if m == 'REPLY':
            return pre + ': ' + S['summary']
        return S['summary']
    if style == 'sogo':
        return 'Event Invitation: "%s"' % S['summary'] if lang == 'en' else '%s: "%s"' % (pre, S['summary'])
    return '%s: %s' % (pre, S['summary'])


MEET_SEP = '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'


def teams_block(url, rng, lang):
    mid = '%d %d %d %d' % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999))
    pc = alnum(rng, 6)
    return ('\n________________________________________________________________________________\n'
            'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            'Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\n'
            'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
            'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s>\n'
            '________________________________________________________________________________\n'
            % (url, mid, pc, U(rng)))


def teams_url(rng):
    return ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d'
            % (alnum(rng, 48), U(rng), U(rng)))


# --------------------------------------------------------------------------- Google Calendar

def r_google(ctx):
    S, rng, lang = ctx['S'], ctx['rng'], ctx['lang']
    sname, semail = S['sender']['name'], S['sender']['email']
    dom = semail.split('@')[1]
    consumer = dom in ('gmail.com', 'googlemail.com')
    if S.get('meet'):
        S['gconf'] = 'https://meet.google.com/%s-%s-%s' % (alnum(rng, 3, False).replace('0', 'a'), alnum(rng, 4, False), alnum(rng, 3, False))
        S['desc'] = (S.get('desc', '') + '\n\n' + MEET_SEP + '\n' + CH(lang, 'join') + ': ' + S['gconf'] +
                     '\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n' + MEET_SEP)
    Es = make_events(ctx, 'google')
    m = S.get('method', 'REQUEST')
    ics = render(calendar(Es, 'google', '-//Google Inc//Google Calendar 70.9054//EN', m, tzstyle='olson'), S.get('fold', 'std'))
    eid = alnum(rng, 60)
    ev_url = 'https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=1' % (
        eid, alnum(rng, 40), tzs.ZONES[S['tz']][0].replace('/', '%2F'), lang)
    who = [(S['organizer'][0] or S['organizer'][1]) + ' - ' + CH(lang, 'org').lower()] + \
        [a.get('cn') or a['email'] for a in S.get('attendees', [])[:40] if a['email'] != S['organizer'][1]]
    desc = cover(ctx)
    me = S['forwarder']['email'] if S.get('gmail_forward') else ctx['rcpt'][1]
    if ctx['arrival'].year >= 2022:
        tx = '%s\n%s\n' % (S['summary'], whenstr(ctx))
        if S.get('location'):
            tx += '%s\n' % S['location']
        if S.get('gconf'):
            tx += '\n%s\n%s\n' % (CH(lang, 'join'), S['gconf'])
        tx += '\n%s\n\n%s\n%s\n%s\n\n%s\n' % (desc, CH(lang, 'org'), S['organizer'][0] or '', S['organizer'][1], CH(lang, 'who'))
        tx += '\n'.join(who[1:][:20]) + '\nView all guest info %s\n\n' % ev_url.replace('VIEW', 'VIEW&guests=1', 1)
        tx += 'Reply for %s and view more details %s\nYour attendance is optional.\n\n~~//~~\n' % (me, ev_url)
        tx += ('Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event. '
               'To stop receiving future updates for this event, decline this event.\n\nForwarding this invitation could allow any recipient to send a response '
               'to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.\n\n'
               'Learn more https://support.google.com/calendar/answer/37135#forwarding\n')
    else:
        tx = '%s\n\n%s: %s\n%s: %s\n' % (CH(lang, 'invited'), 'Title', S['summary'], CH(lang, 'when'), whenstr(ctx))
        if S.get('location'):
            tx += '%s: %s\n' % (CH(lang, 'where'), S['location'])
        tx += 'Calendar: %s\n%s:\n' % (me, CH(lang, 'who'))
        tx += ''.join('     * %s\n' % w for w in who[:25])
        tx += '\n%s\n\nGoing (%s)?   Yes - %s&rst=1   No - %s&rst=2   Maybe - %s&rst=3    more options » %s\n\n' % (
            desc, me, ev_url, ev_url, ev_url, ev_url)
        tx += ('Invitation from Google Calendar: https://www.google.com/calendar/\n\nYou are receiving this courtesy email at the account %s because you are an attendee of this event.\n\n'
               'To stop receiving future updates for this event, decline this event. Alternatively you can sign up for a Google account at https://www.google.com/calendar/ '
               'and control your notification settings for your entire calendar.\n\nForwarding this invitation could allow any recipient to send a response to the organizer '
               'and be added to the guest list, or invite others regardless of their own invitation status, or to modify your RSVP. Learn More.\n' % me)
    h = ('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person">'
         '<meta itemprop="description" content="%s"/></span><span itemprop="object" itemscope itemtype="http://schema.org/Event"><div style="">'
         '<meta itemprop="eventStatus" content="http://schema.org/EventScheduled"/></div></span></span>'
         % htmlmod.escape(subject_for(ctx, 'google').split(' @ ')[0]))
    html = simple_html(ctx, tx, h)
    if S.get('html_extra'):
        html = html.replace('</body>', S['html_extra'] + '</body>')
    b1 = '000000000000' + hexs(rng, 16)
    b2 = '000000000000' + hexs(rng, 16)
    if S.get('gmail_forward'):
        return gmail_forward(ctx, tx, ics, b1, b2)
    alt = M.Part('multipart/alternative', children=[
        text_part(tx, 'UTF-8', 'base64', 'plain', '; format=flowed; delsp=yes'),
        text_part(html, 'UTF-8', 'quoted-printable', 'html'),
        ics_part(ctx, ics, m, 'UTF-8')], boundary=b2)
    root = M.Part('multipart/mixed', children=[alt, ics_part(
        ctx, ics, None, 'UTF-8', 'base64', 'application/ics', 'invite.ics', 'attachment; filename="invite.ics"')], boundary=b1)
    infra = infra_google(ctx, dom, consumer)
    sent = sent_time(ctx, 1, 5)
    helo = infra['helo']
    la_off = tzs.offset_minutes('los_angeles', tzs.from_utc('los_angeles', sent))
    la_lbl = ' (PDT)' if la_off == -420 else ' (PST)'
    sl = ['Received: by %s with SMTP id %s-%s.%d\r\n\tfor <%s>; %s' % (
        helo, hexs(rng, 14), alnum(rng, 16, False) + 'so' + str(rng.randint(1000000, 9999999)), rng.randint(1, 9),
        ctx['rcpt'][1], T.rfcdate(sent, la_off) + la_lbl), 'DKIM_HERE']
    sl.append('X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n\td=1e100.net; s=%s; t=%d;\r\n\th=to:subject:message-id:date:from:reply-to:sender:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\r\n\tbh=%s=;\r\n\tb=%s'
              % (infra['dkim_specs'][0][2], int((sent - dt.datetime(1970, 1, 1)).total_seconds()), T.rand_b64(rng, 43), T.rand_b64(rng, 340)))
    sl.append('X-Gm-Message-State: %s' % T.rand_b64(rng, 64))
    sl.append('X-Google-Smtp-Source: %s' % T.rand_b64(rng, 86))
    sl.append('MIME-Version: 1.0')
    sl.append('X-Received: by 2002:a17:90a:%s:b0:%s with SMTP id %s.%d.%d; %s' % (
        hexs(rng, 4), '2a0:' + hexs(rng, 4), alnum(rng, 12, False), rng.randint(1000000000000, 9999999999999), rng.randint(1, 99),
        T.rfcdate(sent, la_off) + la_lbl))
    hs = ['Reply-To: ' + M.addr(S['organizer'][0], S['organizer'][1], 'utf-8', 'B'),
          'Sender: Google Calendar <calendar-notification@google.com>',
          'Message-ID: <calendar-%s@google.com>' % U(rng), date_hdr(ctx, sent, 0),
          subj(ctx, subject_for(ctx, 'google')), from_hdr(ctx, sname, semail), to_hdr(ctx, recipients(ctx))]
    if S.get('cc'):
        hs.append(to_hdr(ctx, S['cc'], label='Cc'))
    hs = hs[:1] + hs[1:]
    return dict(infra=infra, sender_lines=sl, headers=hs, root=root, from_dom=dom,
                hlist='to:subject:message-id:date:from:reply-to:sender:mime-version:from:to:cc:subject:date:message-id:reply-to')


def gmail_forward(ctx, orig_text, ics, b1, b2):
    """A Google Calendar invitation forwarded with Gmail's Forward button: the text/calendar alternative is
    dropped, invite.ics stays attached, the note and a forwarded-message header are prepended."""
    S, rng, lang = ctx['S'], ctx['rng'], ctx['lang']
    fw = S['forwarder']
    orig_subject = S['orig_subject']
    ot = tzs.from_utc(S['tz'], ctx['arrival'] - D(days=rng.randint(1, 6), seconds=rng.randint(0, 80000)))
    odate = '%s, %s %d, %d at %d:%02d %s' % (chrome.DAY_EN[ot.weekday()], chrome.MON_EN[ot.month - 1], ot.day, ot.year,
                                              ot.hour % 12 or 12, ot.minute, 'AM' if ot.hour < 12 else 'PM')
    tx = ('%s\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n\n\n%s'
          % (S['fwd_note'], S['organizer'][0], S['organizer'][1], odate, orig_subject, fw['email'], orig_text))
    html = simple_html(ctx, tx)
    alt = M.Part('multipart/alternative', children=[text_part(tx, 'UTF-8', 'quoted-printable'),
                                                    text_part(html, 'UTF-8', 'quoted-printable', 'html')], boundary=b2)
    root = M.Part('multipart/mixed', children=[alt, ics_part(ctx, ics, None, 'UTF-8', 'base64', 'application/ics', 'invite.ics',
                                                              'attachment; filename="invite.ics"')], boundary=b1)
    dom = fw['email'].split('@')[1]
    helo = 'mail-%s-f%d.google.com' % (rng.choice(['ej1', 'wm1', 'lf1', 'pl1', 'qk1', 'yw1']), rng.randint(40, 200))
    sel = '20230601' if ctx['arrival'].year >= 2023 else ('20210112' if ctx['arrival'].year >= 2021 else '20161025')
    infra = dict(env=fw['email'], helo=helo, host=helo, ip=T.ip_for(helo, block=['198.51.100']),
                 dkim_specs=[('pass', dom, sel if dom == 'gmail.com' else 'google')], spf='pass', tls=True)
    sent = sent_time(ctx, 1, 4)
    off = sender_off(ctx)
    la = tzs.offset_minutes('los_angeles', tzs.from_utc('los_angeles', sent))
    lal = ' (PDT)' if la == -420 else ' (PST)'
    sl = ['Received: by %s with SMTP id %s.%d\r\n\tfor <%s>; %s' % (helo, alnum(rng, 14, False), rng.randint(1, 9), ctx['rcpt'][1],
                                                                  T.rfcdate(sent, la) + lal), 'DKIM_HERE',
          'X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n\td=1e100.net; s=%s;\r\n\th=to:subject:message-id:date:from:in-reply-to:references:mime-version;\r\n\tbh=%s=;\r\n\tb=%s' % (sel, T.rand_b64(rng, 43), T.rand_b64(rng, 200)),
          'X-Gm-Message-State: ' + T.rand_b64(rng, 64), 'X-Google-Smtp-Source: ' + T.rand_b64(rng, 80),
          'X-Received: by 2002:a05:6512:%s with SMTP id %s; %s' % (hexs(rng, 4), alnum(rng, 12, False), T.rfcdate(sent, la) + lal)]
    hs = ['MIME-Version: 1.0', 'References: <calendar-%s@google.com>' % U(rng), 'In-Reply-To: <calendar-%s@google.com>' % U(rng),
          from_hdr(ctx, fw['name'], fw['email']), date_hdr(ctx, sent, off),
          'Message-ID: <CA%s@mail.gmail.com>' % T.rand_b64(rng, 50).replace('/', '_').replace('+', '-'),
          subj(ctx, 'Fwd: ' + orig_subject), to_hdr(ctx, recipients(ctx))]
    return dict(infra=infra, sender_lines=sl, headers=hs, root=root, from_dom=dom,
                hlist='mime-version:references:in-reply-to:from:date:message-id:subject:to')


# --------------------------------------------------------------------------- Outlook / Exchange

def r_outlook(ctx, consumer=False):
    S, rng, lang = ctx['S'], ctx['rng'], ctx['lang']
    sname, semail = S['sender']['name'], S['sender']['email']
    dom = semail.split('@')[1]
    desk = S.get('outlook_desktop', False)
    if S.get('teams'):
        url = teams_url(rng)
        S['teams'] = url
        S['location'] = S.get('location') or 'Microsoft Teams Meeting'
        S['desc'] = S.get('desc', '') + '\n' + teams_block(url, rng, lang)
        if 'cover' in S:
            S['cover'] = S['cover'] + '\n' + teams_block(url, rng, lang)
    Es = make_events(ctx, 'outlook')
    for E in Es:
        E['outlook_desktop'] = desk
        E['olk_sender'] = bool(S.get('olk_sender'))
    m = S.get('method', 'REQUEST')
    prodid = '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN' if desk else 'Microsoft Exchange Server 2010'
    ics = render(calendar(Es, 'outlook', prodid, m, tzstyle='windows', calscale=False,
                          extra_head=['X-MS-OLK-FORCEINSPECTOROPEN:TRUE'] if desk else None), S.get('fold', 'std'))
    tx = cover(ctx)
    if m == 'REPLY':
        tx = S.get('reply_comment', '')
    wd = 'ltr' if lang not in ('ar', 'he') else 'rtl'
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
            '@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word" dir="%s">\n<div class="WordSection1">\n'
            % (chrome.LANGTAG.get(lang, 'EN-US').upper(), wd))
    for para in tx.split('\n'):
        p = htmlmod.escape(para)
        if '<https://' in para:
            p = htmlmod.escape(para.split('<')[0])
            url = para.split('<', 1)[1].rstrip('>').split('>')[0]
            p = '<a href="%s">%s</a>' % (htmlmod.escape(url), p)
        html += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % (p or '&nbsp;')
    if S.get('html_extra'):
        html += S['html_extra']
    html += '</div>\n</body>\n</html>\n'
    cs = ctx.get('charset', 'utf-8') if desk else 'utf-8'
    if not M.can_encode(tx, cs):
        cs = 'utf-8'
    if desk:
        bnd = '----=_NextPart_000_%04X_01DA%04X.%08X' % (rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.getrandbits(32))
        alt = M.Part('multipart/alternative', children=[
            text_part(tx, cs, ctx.get('cte', 'quoted-printable'), 'plain'),
            text_part(html.replace('charset=utf-8', 'charset=' + cs), cs, 'quoted-printable', 'html'),
            ics_part(ctx, ics, m, 'utf-8', 'quoted-printable' if not M.is_ascii(ics) else '7bit')], boundary=bnd)
    else:
        msgid_host = '%s%02dMB%d.%sprd%02d.prod.outlook.com' % (rng.choice(['AM9PR', 'DB9PR', 'PH0PR', 'SJ0PR', 'TYAPR', 'AS8PR', 'PAXPR', 'BN9PR']),
                                                            rng.randint(1, 20), rng.randint(1000, 9999), rng.choice(['eur', 'nam', 'apc', 'jpn', 'ind']), rng.randint(1, 9))
        ctx['msgid_host'] = msgid_host
        bnd = '_000_%s%s_' % (msgid_host.split('.')[0], alnum(rng, 20).upper())
        xcs = 'utf-8'
        oldcs = {'ja': 'iso-2022-jp', 'ko': 'ks_c_5601-1987', 'zh': 'gb2312', 'zh-tw': 'big5', 'ru': 'koi8-r', 'el': 'iso-8859-7',
                 'he': 'windows-1255', 'ar': 'windows-1256', 'th': 'windows-874'}.get(lang)
        if oldcs and oldcs != 'windows-874' and rng.random() < 0.6:
            xcs = oldcs
        xcte = '7bit' if xcs == 'iso-2022-jp' else ('base64' if not M.is_ascii(tx) else 'quoted-printable')
        alt = M.Part('multipart/alternative', children=[
            text_part(tx, xcs, xcte, 'plain'),
            text_part(html.replace('charset=utf-8', 'charset=' + xcs), xcs, xcte, 'html'),
            ics_part(ctx, ics, m, 'utf-8', 'base64')], boundary=bnd)
    sent = sent_time(ctx, 1, 8)
    off = sender_off(ctx)
    if desk:
        mid = '<%s$%s$%s@%s>' % ('00' + hexs(rng, 10), hexs(rng, 8), hexs(rng, 8), dom)
        hs = [from_hdr(ctx, sname, semail, 'B', True), to_hdr(ctx, recipients(ctx))]
        if S.get('cc'):
            hs.append(to_hdr(ctx, S['cc'], label='Cc'))
        hs += [subj(ctx, subject_for(ctx, 'outlook')), date_hdr(ctx, sent, off), 'Message-ID: ' + mid,
               'MIME-Version: 1.0', 'X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: ' + T.rand_b64(rng, 30) + '==',
               'Content-Language: ' + chrome.LANGTAG.get(lang, 'en-US').lower()]
        corp = S['sender'].get('kind') in ('corp', 'compromised', 'lookalike', 'brand')
        host = 'mail.' + dom
        if S['sender'].get('smtp_host'):
            host = S['sender']['smtp_host']
        infra = infra_simple(ctx, host, semail, dom if (corp and S.get('dkim', True)) else None,
                             rng.choice(['default', 'mail', 'dkim', 's1']), 'pass')
        sl = [recv_line('%s (%s [%s])' % ('DESKTOP-' + alnum(rng, 7).upper(), T.ip_for(semail + 'c'), T.ip_for(semail + 'c')),
                        host, 'ESMTPSA', hexs(rng, 10).upper(), ctx['rcpt'][1], sent, off)]
        return dict(infra=infra, sender_lines=sl, headers=hs, root=alt, from_dom=dom,
                    hlist='from:to:subject:date:message-id:mime-version:content-type')
    inst = '%s%s' % (hexs(rng, 8), hexs(rng, 24))
    hs = [from_hdr(ctx, sname, semail), to_hdr(ctx, recipients(ctx))]
    if S.get('cc'):
        hs.append(to_hdr(ctx, S['cc'], label='CC'))
    hs += [subj(ctx, subject_for(ctx, 'outlook')), 'Thread-Topic: ' + M.hval(S['summary']),
           'Thread-Index: ' + T.rand_b64(rng, 30) + '==', date_hdr(ctx, sent, 0),
           'Message-ID: <%s%s@%s>' % (ctx['msgid_host'].split('.')[0], alnum(rng, 24).upper(), ctx['msgid_host']),
           'Accept-Language: ' + chrome.LANGTAG.get(lang, 'en-US') + (', en-US' if lang != 'en' else ''),
           'Content-Language: ' + chrome.LANGTAG.get(lang, 'en-US'), 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:']
    if S.get('rrule'):
        hs.append('x-ms-exchange-calendar-series-instance-id: BAAAAJ' + T.rand_b64(rng, 60) + '==')
    hs += ['msip_labels:', 'x-ms-publictraffictype: Email',
           'x-ms-traffictypediagnostic: %s:EE_|%s:EE_MeetingMessage' % (ctx['msgid_host'].split('.')[0], ctx['msgid_host'].split('.')[0][:6] + 'MB' + str(rng.randint(1000, 9999))),
           'x-ms-office365-filtering-correlation-id: ' + U(rng),
           'x-microsoft-antispam: BCL:0;ARA:13230040|1800799024|366016|376014;',
           'MIME-Version: 1.0']
    infra = infra_ms(ctx, dom, semail, consumer)
    msh = ctx['msgid_host']
    sl = [recv_line('%s (%s) by %s (%s)' % (msh, T.ip_for(msh, 'v6'), msh.replace('MB', 'MB1', 1), T.ip_for(msh + 'x', 'v6')), '',
                    'Microsoft SMTP Server (version=TLS1_2,\r\n\t cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)', '15.20.%d.%d' % (rng.randint(7000, 8600), rng.randint(10, 40)),
                    None, sent)]
    sl[0] = sl[0].replace('\r\n\tby  with', ' with')
    sl += ['ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=' + T.rand_b64(rng, 70) + '\r\n ' + T.rand_b64(rng, 70) + '==',
           'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh=%s=;\r\n b=%s' % (T.rand_b64(rng, 43), T.rand_b64(rng, 120)),
           'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s; dkim=pass\r\n header.d=%s; arc=none' % (dom, dom, dom)]
    return dict(infra=infra, sender_lines=sl, headers=hs, root=alt, from_dom=dom,
                hlist='From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')


def r_outlookcom(ctx):
    return r_outlook(ctx, True)


# --------------------------------------------------------------------------- Apple

def r_icloud(ctx):
    S, rng, lang = ctx['S'], ctx['rng'], ctx['lang']
    sname, semail = S['sender']['name'], S['sender']['email']
    dom = semail.split('@')[1]
    Es = make_events(ctx, 'apple')
    m = S.get('method', 'REQUEST')
    yr = ctx['arrival'].year
    osv = {2016: 'Mac OS X 10.11.6', 2017: 'Mac OS X 10.12.6', 2018: 'Mac OS X 10.13.6', 2019: 'Mac OS X 10.14.6',
           2020: 'Mac OS X 10.15.7', 2021: 'macOS 11.6', 2022: 'macOS 12.6', 2023: 'macOS 13.5', 2024: 'macOS 14.4',
           2025: 'macOS 15.3', 2026: 'macOS 26.1'}[yr]
    ios = {2016: 'iPhone OS 10.1', 2017: 'iPhone OS 11.1', 2018: 'iPhone OS 12.1', 2019: 'iPhone OS 13.2', 2020: 'iPhone OS 14.2',
           2021: 'iPhone OS 15.1', 2022: 'iPhone OS 16.1', 2023: 'iPhone OS 17.1', 2024: 'iPhone OS 17.5', 2025: 'iPhone OS 18.3', 2026: 'iPhone OS 26.1'}[yr]
    iphone = rng.random() < 0.45
    prodid = '-//Apple Inc.//%s//EN' % (ios if iphone else osv)
    ics = render(calendar(Es, 'apple', prodid, m, tzstyle='apple'), S.get('fold', 'short'))
    tx = cover(ctx)
    bnd = 'Apple-Mail=_' + U(rng).upper()
    fname = 'iCal-%s.ics' % (ctx['arrival'].strftime('%Y%m%d-%H%M%S'))
    parts = [text_part(tx or ' ', 'utf-8', 'quoted-printable' if not M.is_ascii(tx) else '7bit', 'plain')]
    if S.get('html_extra') or rng.random() < 0.5:
        parts = [M.Part('multipart/alternative', children=[parts[0], text_part(
            simple_html(ctx, tx) .replace('</body>', (S.get('html_extra') or '') + '</body>'), 'utf-8', 'quoted-printable', 'html')],
            boundary='Apple-Mail=_' + U(rng).upper())]
    parts.append(ics_part(ctx, ics, m, 'utf-8', 'quoted-printable' if not M.is_ascii(ics) else '7bit', name=fname,
                          disposition='attachment;\r\n\tfilename=%s' % fname))
    root = M.Part('multipart/mixed', children=parts, boundary=bnd)
    sent = sent_time(ctx, 2, 20)
    off = sender_off(ctx)
    if iphone:
        xm = 'X-Mailer: iPhone Mail (%s)' % {2016: '14B72', 2017: '15B93', 2018: '16B92', 2019: '17B84', 2020: '18B92', 2021: '19B74',
                                            2022: '20B82', 2023: '21B74', 2024: '21F90', 2025: '22D63', 2026: '23B85'}[yr]
        mv = 'Mime-Version: 1.0 (1.0)'
    else:
        b = '%d.%d.%d' % (rng.choice([3273, 3445, 3608, 3654, 3696, 3731, 3774, 3826]), rng.randint(100, 600), rng.randint(1, 40))
        xm = 'X-Mailer: Apple Mail (2.%s)' % b
        mv = 'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(%s\\))' % b
    hs = [from_hdr(ctx, sname, semail), 'Content-Type: PLACEHOLDER', mv, subj(ctx, subject_for(ctx, 'apple')),
          'Message-Id: <%s@%s>' % (U(rng).upper(), dom), date_hdr(ctx, sent, off), to_hdr(ctx, recipients(ctx)), xm]
    host = rng.choice(['st43p00im-ztfb10063301.me.com', 'mr85p00im-zteg06021501.me.com', 'pv50p00im-ztdg10012101.me.com',
                       'ms11p00im-qufo17281701.me.com', 'outbound.mr.icloud.com', 'p00-icloudmta-asmtp-us-west-1a-60-percent-3.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-1a.k8s.cloud.apple.com'])
    infra = infra_simple(ctx, host, semail, dom, '1a1hai' if yr >= 2019 else '04042017', 'pass', block=['203.0.113'])
    sl = [recv_line('smtpclient.apple (%s [%s])' % ('unknown', T.ip_for(semail + 'h')), host + ' (Postfix)', 'ESMTPSA',
                    alnum(rng, 10).upper(), ctx['rcpt'][1], sent, 0)]
    return dict(infra=infra, sender_lines=sl, headers=hs, root=root, from_dom=dom, hlist='From:Content-Type:Mime-Version:Subject:Message-Id:Date:To',
                ct_inline=True)


# --------------------------------------------------------------------------- Thunderbird / Lightning

def r_thunderbird(ctx):
    S, rng, lang = ctx['S'], ctx['rng'], ctx['lang']
    sname, semail = S['sender']['name'], S['sender']['email']
    dom = semail.split('@')[1]
    Es = make_events(ctx, 'moz')
    m = S.get('method', 'REQUEST')
    ics = render(calendar(Es, 'moz', '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', m, tzstyle='moz', calscale=False), S.get('fold', 'std'))
    yr = ctx['arrival'].year
    tbv = {2016: '45.5.1', 2017: '52.5.0', 2018: '52.9.1', 2019: '60.9.0', 2020: '68.12.0', 2021: '78.14.0', 2022: '91.13.0',
           2023: '102.15.1', 2024: '115.10.1', 2025: '128.7.1', 2026: '140.4.0'}[yr]
    major = tbv.split('.')[0]
    os_ = rng.choice(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15'])
    st = S['start']
    lines = ['%s: %s' % ('Title' if lang == 'en' else CH(lang, 'desc')[:0] + 'Title', S['summary']), '%s: %s' % (CH(lang, 'when'), whenstr(ctx))]
    if S.get('location'):
        lines.append('%s: %s' % (CH(lang, 'where'), S['location']))
    lines.append('%s: %s <%s>' % (CH(lang, 'org'), S['organizer'][0], S['organizer'][1]))
    tx = '\n'.join(lines) + '\n\n' + cover(ctx)
    cs = ctx.get('charset', 'UTF-8')
    if not M.can_encode(tx, cs):
        cs = 'UTF-8'
    cte = '8bit' if cs.upper() != 'ISO-2022-JP' else '7bit'
    if M.is_ascii(tx):
        cte = '7bit'
    bnd = '------------' + alnum(rng, 24)
    alt = M.Part('multipart/alternative', children=[
        text_part(tx, cs, cte, 'plain', '; format=flowed'),
        ics_part(ctx, ics, m, 'UTF-8', '8bit' if not M.is_ascii(ics) else '7bit')], boundary='------------' + alnum(rng, 24))
    root = M.Part('multipart/mixed', children=[alt, ics_part(ctx, ics, None, 'UTF-8', 'base64', 'application/ics', 'invite.ics',
                                                              'attachment; filename="invite.ics"')], boundary=bnd)
    sent = sent_time(ctx, 1, 10)
    off = sender_off(ctx)
    hs = ['Message-ID: <%s@%s>' % (U(rng), dom), date_hdr(ctx, sent, off), 'MIME-Version: 1.0',
          'User-Agent: Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s' % (os_, major + '.0', tbv)]
    if int(major) >= 78:
        hs.append('Content-Language: ' + chrome.LANGTAG.get(lang, 'en-US'))
    hs += [to_hdr(ctx, recipients(ctx)), from_hdr(ctx, sname, semail), subj(ctx, subject_for(ctx, 'moz'))]
    prov = {'web.de': 'mout.web.de', 'gmx.de': 'mout.gmx.net', 'gmx.net': 'mout.gmx.net', 'mail.ru': 'smtp46.i.mail.ru',
            'yandex.ru': 'forward501b.mail.yandex.net', 'orange.fr': 'smtp.smtpout.orange.fr', 'libero.it': 'smtp-32.iol.local',
            'naver.com': 'cvsmtppost03.nm.naver.com', 'qq.com': 'smtpbg156.qq.com', '163.com': 'm16-42.126.com',
            'gmail.com': 'mail-wm1-f48.google.com', 'posteo.de': 'mout01.posteo.de', 'seznam.cz': 'mxb.seznam.cz'}
    host = prov.get(dom) or S['sender'].get('smtp_host') or rng.choice(['mail.', 'smtp.', 'mx1.', 'mail01.']) + dom
    dk = dom if S.get('dkim', True) else None
    sel = {'web.de': 'dbaedf251592', 'gmx.de': 's31663417', 'gmx.net': 's31663417', 'mail.ru': 'mail4', 'gmail.com': '20230601',
           'yandex.ru': 'mail', 'orange.fr': 't20230301', 'naver.com': 's20171208', 'qq.com': 's201512'}.get(dom, rng.choice(['default', 'mail', 'dkim', '2023']))
    infra = infra_simple(ctx, host, semail, dk, sel, 'pass')
    sl = [recv_line('[%s] (%s [%s])' % (T.ip_for(semail + 'x'), 'unknown', T.ip_for(semail + 'x')), host,
                    'ESMTPSA', alnum(rng, 12), None, sent, 0 if 'google' in host else off)]
    return dict(infra=infra, sender_lines=sl, headers=hs, root=root, from_dom=dom, hlist='Date:From:To:Subject:Message-ID:MIME-Version:Content-Type')


# --------------------------------------------------------------------------- Zoom

def r_zoom(ctx):
    S, rng, lang = ctx['S'], ctx['rng'], ctx['lang']
    host_name, host_email = S['organizer']
    sub = rng.choice(['us02web', 'us04web', 'us05web', 'us06web', 'zoom'])
    mid = rng.randint(81000000000, 89999999999)
    jl = 'https://%s.zoom.us/%s/%d?pwd=%s' % (sub, 'w' if S.get('webinar') else 'j', mid, alnum(rng, 32))
    if S.get('zoom_link'):
        jl = S['zoom_link']
    S['location'] = S.get('location') or jl
    head = ('%s is inviting you to a scheduled Zoom meeting.\n\nTopic: %s\nTime: %s\n\nJoin Zoom Meeting\n%s\n\nMeeting ID: %s\nPasscode: %s\n'
            % (host_name, S['summary'], whenstr(ctx), jl, '%d %d %d' % (mid // 10 ** 7, (mid // 10 ** 3) % 10 ** 4, mid % 1000), rng.randint(100000, 999999)))
    if S.get('webinar'):
        head = ('Hi %s,\n\nThank you for registering for "%s".\n\nPlease submit any questions to: %s\n\nDate Time: %s\n\nJoin from PC, Mac, iPad, or Android: %s\n'
                % (ctx['rcpt'][0].split()[0] if ctx['rcpt'][0] else '', S['summary'], host_email, whenstr(ctx), jl))
    S['desc'] = head + '\n' + S.get('desc', '')
    Es = make_events(ctx, 'zoom')
    m = 'PUBLISH' if S.get('webinar') else S.get('method', 'REQUEST')
    ics = render(calendar(Es, 'zoom', '-//zoom.us//iCalendar Event//EN', m, extra_head=['CLASS:PUBLIC'], tzstyle='olson'), S.get('fold', 'std'))
    tx = S['desc'] if not S.get('cover') else head + '\n' + S['cover']
    html = simple_html(ctx, tx)
    if S.get('html_extra'):
        html = html.replace('</body>', S['html_extra'] + '</body>')
    alt = M.Part('multipart/alternative', children=[text_part(tx, 'UTF-8', 'quoted-printable'),
                                                    text_part(html, 'UTF-8', 'quoted-printable', 'html')],
                 boundary='----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13)))
    root = M.Part('multipart/mixed', children=[alt, ics_part(ctx, ics, m, 'UTF-8', 'base64', name='iCalendar.ics',
                                                              disposition='attachment; filename="iCalendar.ics"')],
                  boundary='----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13)))
    sent = sent_time(ctx, 1, 6)
    subject = S.get('subject') or ('%s Confirmation' % S['summary'] if S.get('webinar') else 'Zoom meeting invitation - %s' % S['summary'])
    hs = ['Date: ' + T.rfcdate(sent, 0).replace('+0000', '+0000 (UTC)'), from_hdr(ctx, 'Zoom' if not S.get('webinar') else host_name, 'no-reply@zoom.us'),
          'Reply-To: ' + M.addr(host_name, host_email), to_hdr(ctx, recipients(ctx)),
          'Message-ID: <%s.%d.%d@%s>' % (alnum(rng, 22), rng.randint(100, 999), rng.randint(10 ** 12, 10 ** 13), 'zoom.us'),
          subj(ctx, subject), 'MIME-Version: 1.0', 'X-ZM-EMAIL-ID: ' + U(rng), 'X-ZM-CLUSTER: ' + sub.replace('web', '')]
    helo = 'mail%d.zoom.us' % rng.randint(1, 40)
    infra = infra_simple(ctx, helo, 'bounces+%d-%s@mail.zoom.us' % (rng.randint(10 ** 6, 10 ** 7), alnum(rng, 4)), 'zoom.us', 's1', 'pass')
    sl = [recv_line('zoom.us (%s [%s])' % ('unknown', T.ip_for(helo + 'i')), helo + ' (SG)', 'HTTP', alnum(rng, 22), None, sent)]
    return dict(infra=infra, sender_lines=sl, headers=hs, root=root, from_dom='zoom.us', hlist='from:reply-to:subject:mime-version:to:content-type')


# --------------------------------------------------------------------------- Nextcloud

def r_nextcloud(ctx):
    S, rng, lang = ctx['S'], ctx['rng'], ctx['lang']
    sname, semail = S['sender']['name'], S['sender']['email']
    dom = semail.split('@')[1]
    cloud = S['sender'].get('cloud') or ('cloud.' + dom)
    Es = make_events(ctx, 'nextcloud')
    m = S.get('method', 'REQUEST')
    v = rng.choice(['4.2.4', '4.4.5', '4.5.2', '4.6.5', '4.7.16', '5.0.8'])
    ics = render(calendar(Es, 'nextcloud', '-//IDN nextcloud.com//Calendar app %s//EN' % v if rng.random() < 0.5 else '-//Sabre//Sabre VObject 4.5.%d//EN' % rng.randint(1, 6),
                          m, tzstyle='olson', calscale=rng.random() < 0.5), S.get('fold', 'std'))
    lines = ['%s: %s' % (CH(lang, 'when'), whenstr(ctx))]
    if S.get('location'):
        lines.append('%s: %s' % (CH(lang, 'where'), S['location']))
    if cover(ctx):
        lines.append('%s: %s' % (CH(lang, 'desc'), cover(ctx)))
    lines.append('%s: %s' % (CH(lang, 'org'), S['organizer'][0]))
    tx = '%s\n\n%s\n' % (S['summary'], '\n'.join(lines))
    html = simple_html(ctx, tx)
    if S.get('html_extra'):
        html = html.replace('</body>', S['html_extra'] + '</body>')
    alt = M.Part('multipart/alternative', children=[text_part(tx, 'utf-8', 'quoted-printable'), text_part(html, 'utf-8', 'quoted-printable', 'html')],
                 boundary=alnum(rng, 8))
    root = M.Part('multipart/mixed', children=[alt, ics_part(ctx, ics, m, 'utf-8', 'base64', name='event.ics',
                                                              disposition='attachment; name=event.ics; filename=event.ics')], boundary=alnum(rng, 8))
    sent = sent_time(ctx, 1, 5)
    hs = ['Message-ID: <%s@%s>' % (hexs(rng, 32), cloud), date_hdr(ctx, sent, sender_off(ctx)),
          subj(ctx, subject_for(ctx, 'nextcloud')), from_hdr(ctx, '%s via Nextcloud' % sname if M.is_ascii(sname) else sname, 'noreply@' + cloud.split('.', 1)[-1] if rng.random() < 0.3 else 'noreply@' + cloud),
          'Reply-To: ' + M.addr(S['organizer'][0], S['organizer'][1], 'utf-8'), to_hdr(ctx, recipients(ctx)), 'MIME-Version: 1.0',
          'Auto-Submitted: auto-generated']
    fdom = hs[3].split('@')[-1].rstrip('>')
    infra = infra_simple(ctx, cloud, 'noreply@' + fdom, fdom if S.get('dkim', False) else None, 'nc', S.get('spf_self', 'pass'))
    sl = [recv_line('localhost (localhost [127.0.0.1])', cloud + ' (Postfix)', 'ESMTP', hexs(rng, 10).upper(), None, sent, sender_off(ctx))]
    return dict(infra=infra, sender_lines=sl, headers=hs, root=root, from_dom=fdom, hlist='from:reply-to:to:subject:date:message-id:mime-version')


# --------------------------------------------------------------------------- Zimbra

def r_zimbra(ctx):
    S, rng, lang = ctx['S'], ctx['rng'], ctx['lang']
    sname, semail = S['sender']['name'], S['sender']['email']
    dom = semail.split('@')[1]
    Es = make_events(ctx, 'zimbra')
    m = S.get('method', 'REQUEST')
    ics = render(calendar(Es, 'zimbra', 'Zimbra-Calendar-Provider', m, tzstyle='zimbra', calscale=False), S.get('fold', 'std'))
    st = S['start']
    en = st + D(minutes=S.get('dur', 60))
    off = tzs.offset_minutes(S['tz'], st)
    head = {'REQUEST': 'The following is a new meeting request:', 'CANCEL': 'The following meeting has been cancelled:',
            'REPLY': '%s has accepted your invitation:' % sname}.get(m, 'The following is a new meeting request:')
    tx = ('%s\n\nSubject: %s \nOrganizer: "%s" <%s> \n\n%sTime: %s, %s - %s GMT %s %s\n \nInvitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s'
          % (head, S['summary'], S['organizer'][0], S['organizer'][1],
             ('Location: %s \n' % S['location']) if S.get('location') else '', st.strftime('%A, %B %d, %Y'),
             st.strftime('%I:%M:%S %p'), en.strftime('%I:%M:%S %p'), tzs.fmt_off(off, True), tzs.ZONES[S['tz']][0].split('/')[-1].replace('_', ' '),
             '; '.join(a['email'] for a in S.get('attendees', [])[:30]), cover(ctx)))
    html = '<html><body id=\'htmlmode\'><h3>%s</h3>\n<p>\n<table border=\'0\'>\n<tr><th align=left>Subject:</th><td>%s </td></tr>\n<tr><th align=left>Organizer:</th><td>"%s" &lt;%s&gt; </td></tr>\n</table>\n<p>\n<div>*~*~*~*~*~*~*~*~*~*</div><br>%s%s</body></html>' % (
        htmlmod.escape(head), htmlmod.escape(S['summary']), htmlmod.escape(S['organizer'][0]), S['organizer'][1],
        S.get('alt_html') or htmlmod.escape(cover(ctx)).replace('\n', '<br>'), S.get('html_extra', ''))
    bnd = '=_' + U(rng)
    root = M.Part('multipart/alternative', children=[text_part(tx, 'utf-8', 'quoted-printable'),
                                                     text_part(html, 'utf-8', 'quoted-printable', 'html'),
                                                     ics_part(ctx, ics, m, 'utf-8', '7bit' if M.is_ascii(ics) else 'quoted-printable')], boundary=bnd)
    sent = sent_time(ctx, 1, 6)
    zv = rng.choice(['8.8.15_GA_4484', '8.8.15_GA_4581', '9.0.0_GA_4546', '8.8.12_GA_3794', '10.0.6_GA_4610'])
    hs = ['Date: ' + T.rfcdate(sent, sender_off(ctx)) + ' (%s)' % tzs.abbr(S['tz'], tzs.from_utc(S['tz'], sent)),
          from_hdr(ctx, sname, semail), to_hdr(ctx, recipients(ctx)), 'Message-ID: <%d.%d.%d.JavaMail.zimbra@%s>' % (
              rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 12, 10 ** 13), dom),
          subj(ctx, S.get('subject') or (S['summary'] if S.get('method', 'REQUEST') == 'REQUEST' else subject_for(ctx, 'zimbra'))), 'MIME-Version: 1.0',
          'X-Mailer: Zimbra %s (ZimbraWebClient - %s)' % (zv, rng.choice(['GC120 (Win)', 'FF115 (Linux)', 'GC119 (Mac)', 'SAF17 (Mac)'])),
          'Thread-Index: ' + T.rand_b64(rng, 28), 'Thread-Topic: ' + M.hval(S['summary'])]
    host = S['sender'].get('smtp_host') or rng.choice(['zimbra.', 'mail.', 'webmail.', 'smtp.']) + dom
    infra = infra_simple(ctx, host, semail, dom if S.get('dkim', True) else None, U(rng).upper()[:36] if rng.random() < 0.5 else 'zimbra', 'pass')
    sl = [recv_line('%s (localhost [127.0.0.1])' % host, host + ' (Postfix)', 'ESMTP', hexs(rng, 10).upper(), None, sent, sender_off(ctx))]
    return dict(infra=infra, sender_lines=sl, headers=hs, root=root, from_dom=dom, hlist='Date:From:To:Message-ID:Subject:MIME-Version')


# --------------------------------------------------------------------------- Yahoo

def r_yahoo(ctx):
    S, rng, lang = ctx['S'], ctx['rng'], ctx['lang']
    sname, semail = S['sender']['name'], S['sender']['email']
    dom = semail.split('@')[1]
    Es = make_events(ctx, 'yahoo')
    m = S.get('method', 'REQUEST')
    ics = render(calendar(Es, 'yahoo', '-//Yahoo! Inc.//Yahoo! Calendar//EN', m, tzstyle='olson'), S.get('fold', 'std'))
    tx = '%s\n%s: %s\n%s%s\n\n%s' % (S['summary'], CH(lang, 'when'), whenstr(ctx), ('%s: %s\n' % (CH(lang, 'where'), S['location'])) if S.get('location') else '',
                                     '%s: %s' % (CH(lang, 'org'), S['organizer'][0]), cover(ctx))
    html = simple_html(ctx, tx).replace('<body', '<body class="ydp"')
    if S.get('html_extra'):
        html = html.replace('</body>', S['html_extra'] + '</body>')
    ycs = ctx.get('charset', 'UTF-8')
    yct = '7bit' if ycs.lower() == 'iso-2022-jp' else 'quoted-printable'
    root = M.Part('multipart/alternative', children=[text_part(tx, ycs, yct), text_part(html.replace('charset=utf-8', 'charset=' + ycs), ycs, yct, 'html'),
                                                     ics_part(ctx, ics, m, 'UTF-8', 'base64')],
                  boundary='----=_Part_%d_%d.%d' % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13)))
    sent = sent_time(ctx, 1, 9)
    hs = ['Date: ' + T.rfcdate(sent, 0) + ' (UTC)', from_hdr(ctx, sname, semail), 'Reply-To: ' + M.addr(sname, semail),
          to_hdr(ctx, recipients(ctx)), 'Message-ID: <%d.%d.%d@mail.yahoo.com>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 12, 10 ** 13)),
          subj(ctx, subject_for(ctx, 'yahoo')), 'MIME-Version: 1.0',
          'X-Mailer: WebService/1.1.%d YMailNorrin' % rng.choice([9101, 13256, 16119, 18988, 20681, 21952, 22645, 23187])]
    helo = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (rng.randint(300, 330), rng.randint(1, 60), rng.choice(['ne1', 'bf2', 'gq1', 'ir2']))
    infra = infra_simple(ctx, helo, semail, dom, 's2048' if dom == 'yahoo.com' else 'yj20110701', 'pass')
    sl = [recv_line('sonic.gate.mail.ne1.yahoo.com by %s' % helo, '', 'HTTP', None, None, sent).replace('\r\n\tby  with', ' with'),
          'X-YMail-OSG: ' + T.rand_b64(rng, 60), 'X-Sonic-MF: <%s>' % semail, 'X-Sonic-ID: ' + U(rng)]
    return dict(infra=infra, sender_lines=sl, headers=hs, root=root, from_dom=dom, hlist='Date:From:Reply-To:To:Subject:References:From:Subject:Reply-To')


# --------------------------------------------------------------------------- SOGo

def r_sogo(ctx):
    S, rng, lang = ctx['S'], ctx['rng'], ctx['lang']
    sname, semail = S['sender']['name'], S['sender']['email']
    dom = semail.split('@')[1]
    Es = make_events(ctx, 'sogo')
    m = S.get('method', 'REQUEST')
    v = rng.choice(['4.3.2', '5.2.0', '5.8.0', '5.9.1', '5.10.0'])
    ics = render(calendar(Es, 'sogo', '-//Inverse inc./SOGo %s//EN' % v, m, tzstyle='olson', calscale=False), S.get('fold', 'std'))
    body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div>%s has invited you to %s.</div>'
            '<div><b>%s:</b> %s</div>%s<div>%s</div>%s</body></html>' % (
                htmlmod.escape(sname), htmlmod.escape(S['summary']), CH(lang, 'when'), whenstr(ctx),
                ('<div><b>%s:</b> %s</div>' % (CH(lang, 'where'), htmlmod.escape(S['location']))) if S.get('location') else '',
                htmlmod.escape(cover(ctx)).replace('\n', '<br>'), S.get('html_extra', '')))
    root = M.Part('multipart/mixed', children=[text_part(body, 'utf-8', 'quoted-printable', 'html'),
                                               ics_part(ctx, ics, m, 'utf-8', 'quoted-printable')], boundary='----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d' % (
        rng.randint(1000, 99999), rng.randint(10 ** 9, 2 * 10 ** 9), rng.randint(1, 9), rng.randint(0, 999)))
    sent = sent_time(ctx, 1, 6)
    hs = ['MIME-Version: 1.0', date_hdr(ctx, sent, sender_off(ctx)), from_hdr(ctx, sname, semail), to_hdr(ctx, recipients(ctx)),
          'Message-ID: <%s-%s-%s-%s@%s>' % (hexs(rng, 4), hexs(rng, 8), hexs(rng, 2), hexs(rng, 8), dom), subj(ctx, subject_for(ctx, 'sogo')),
          'X-Forward: ' + T.ip_for(semail + 'f')]
    host = S['sender'].get('smtp_host') or rng.choice(['mail.', 'sogo.', 'mx.']) + dom
    infra = infra_simple(ctx, host, semail, dom if S.get('dkim', True) else None, rng.choice(['mail', 'dkim2023', 'sogo']), 'pass')
    sl = [recv_line('%s (localhost [127.0.0.1])' % host, host + ' (Postfix)', 'ESMTP', hexs(rng, 10).upper(), None, sent, sender_off(ctx))]
    return dict(infra=infra, sender_lines=sl, headers=hs, root=root, from_dom=dom, hlist='from:to:subject:date:message-id')


# --------------------------------------------------------------------------- generic iCalendar (booking systems, scripts)

def generic_ics(ctx, Es, m):
    S = ctx['S']
    q = S.get('quirks', set())
    escf = esc_loose if 'raw_commas' in q else esc
    ics_m = S.get('ics_method', m)
    L = calendar(Es, 'generic', S.get('prodid', '-//Generic//Calendar 1.0//EN'), ics_m, tzstyle=S.get('tzstyle', 'olson'),
                 with_tz=('no_tz' not in q) and S.get('tzstyle', 'olson') not in ('utc', 'floating'), escf=escf,
                 version_first=S.get('version_first', False), calscale=S.get('calscale', False),
                 omit_method='no_method' in q, extra_head=S.get('cal_x'))
    eol = '\n' if 'bare_lf' in q else '\r\n'
    return render(L, S.get('fold', 'std'), eol), eol


def r_booking(ctx):
    S, rng, lang = ctx['S'], ctx['rng'], ctx['lang']
    sname, semail = S['sender']['name'], S['sender']['email']
    dom = semail.split('@')[1]
    Es = make_events(ctx, 'generic')
    m = S.get('method', 'PUBLISH')
    ics, eol = generic_ics(ctx, Es, m)
    tx = cover(ctx)
    cs = ctx.get('charset', 'utf-8')
    if not M.can_encode(tx, cs):
        cs = 'utf-8'
    brand = S.get('brand', sname)
    html = ('<!DOCTYPE html><html lang="%s"><head><meta charset="%s"><title>%s</title></head><body style="margin:0;background:#f4f4f4">'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="600" style="background:#ffffff;font-family:Arial,sans-serif"><tr><td style="padding:20px;background:%s;color:#fff;font-size:22px">%s</td></tr>'
            '<tr><td style="padding:20px;font-size:14px;line-height:1.5">%s</td></tr>%s'
            '<tr><td style="padding:12px;font-size:11px;color:#888">%s</td></tr></table></td></tr></table></body></html>'
            % (lang, cs, htmlmod.escape(S['summary']), rng.choice(['#003366', '#0b5394', '#b00020', '#1a7f37', '#5b2c83']), htmlmod.escape(brand),
               htmlmod.escape(tx).replace('\n', '<br>\n'), S.get('html_extra', ''), htmlmod.escape(S.get('footer', ''))))
    cte = ctx.get('cte', 'quoted-printable')
    alt = M.Part('multipart/alternative', children=[text_part(tx + ('\n\n' + S['footer'] if S.get('footer') else ''), cs, cte),
                                                    text_part(html, cs, 'quoted-printable', 'html')], boundary='b2_' + hexs(rng, 32))
    fn = S.get('ics_name', 'booking.ics')
    kind = S.get('ics_ctype', rng.choice(['text/calendar', 'application/ics', 'text/calendar']))
    att = ics_part(ctx, ics, m if kind == 'text/calendar' else None, 'utf-8', 'base64', kind, fn, 'attachment; filename="%s"' % fn, eol)
    root = M.Part('multipart/mixed', children=[alt, att], boundary='b1_' + hexs(rng, 32))
    sent = sent_time(ctx, 2, 50)
    hs = [date_hdr(ctx, sent, 0), from_hdr(ctx, sname, semail), to_hdr(ctx, recipients(ctx))]
    if S.get('reply_to'):
        hs.append('Reply-To: ' + M.addr(*S['reply_to']))
    hs += [subj(ctx, S.get('subject') or S['summary']), 'Message-ID: <%s@%s>' % (hexs(rng, 32), S.get('msgid_dom', dom)), 'MIME-Version: 1.0']
    hs += S.get('extra_headers', [])
    esp = S['sender'].get('smtp_host') or ('mta%d.%s' % (rng.randint(1, 30), S.get('esp_dom', 'mail.' + dom)))
    env = S['sender'].get('env') or 'bounce-%s@%s' % (hexs(rng, 12), S.get('esp_dom', 'mail.' + dom))
    infra = infra_simple(ctx, esp, env, S.get('dkim_dom', dom), rng.choice(['s1', 'k1', 'mte1', 'pm', 'em']), 'pass')
    sl = [recv_line('%s (%s [%s])' % ('app%02d.internal' % rng.randint(1, 40), 'unknown', T.ip_for(esp + 'a')), esp, 'ESMTP', hexs(rng, 12).upper(), None, sent)]
    return dict(infra=infra, sender_lines=sl, headers=hs, root=root, from_dom=dom, hlist='from:to:subject:date:message-id:mime-version:content-type')


def r_handrolled(ctx):
    S, rng, lang = ctx['S'], ctx['rng'], ctx['lang']
    sname, semail = S['sender']['name'], S['sender']['email']
    dom = semail.split('@')[1]
    Es = make_events(ctx, 'generic')
    m = S.get('method', 'REQUEST')
    ics, eol = generic_ics(ctx, Es, m)
    q = S.get('quirks', set())
    layout = S.get('layout', rng.choice(['single', 'alt', 'mixed', 'mixed_alt']))
    cs = ctx.get('charset', 'utf-8')
    tx = cover(ctx)
    if not M.can_encode(tx, cs):
        cs = 'utf-8'
    cte = ctx.get('cte', 'quoted-printable')
    ct_m = S.get('ct_method', m)
    ics_cs = S.get('ics_charset', 'utf-8')
    if not M.can_encode(ics, ics_cs):
        ics_cs = 'utf-8'
    ics_cte = 'base64' if (eol == '\n' or rng.random() < 0.5) else ('8bit' if not M.is_ascii(ics) else '7bit')
    calp = ics_part(ctx, ics, ct_m, ics_cs, ics_cte, eol=eol, method_param='no_ct_method' not in q)
    htmlb = ('<html><body>%s%s</body></html>' % (htmlmod.escape(tx).replace('\n', '<br>'), S.get('html_extra', '')))
    bnd = rng.choice(['b1_' + hexs(rng, 32), '=_' + hexs(rng, 32), '----=_Part_' + str(rng.randint(1, 99999)),
                      '__' + alnum(rng, 20) + '__', 'BOUNDARY_' + hexs(rng, 16)])
    if layout == 'single':
        root = calp
    elif layout == 'alt':
        root = M.Part('multipart/alternative', children=[text_part(htmlb, cs, cte, 'html'), calp], boundary=bnd)
    elif layout == 'mixed':
        fn = S.get('ics_name', rng.choice(['invite.ics', 'meeting.ics', 'event.ics', 'calendar.ics', 'appointment.ics']))
        att = ics_part(ctx, ics, None, ics_cs, 'base64', rng.choice(['application/octet-stream', 'text/calendar', 'application/ics']),
                       fn, 'attachment; filename="%s"' % fn, eol)
        root = M.Part('multipart/mixed', children=[text_part(tx, cs, cte), att], boundary=bnd)
    else:
        alt = M.Part('multipart/alternative', children=[text_part(tx, cs, cte), text_part(htmlb, cs, cte, 'html'), calp], boundary=bnd + 'alt')
        fn = S.get('ics_name', 'invite.ics')
        root = M.Part('multipart/mixed', children=[alt, ics_part(ctx, ics, None, ics_cs, 'base64', 'application/ics', fn, 'attachment; filename="%s"' % fn, eol)],
                      boundary=bnd)
    sent = sent_time(ctx, 1, 30)
    mailer = S.get('mailer', rng.choice(['PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)', 'PHPMailer 5.2.27 (https://github.com/PHPMailer/PHPMailer)',
                                        None, None, 'Swift Mailer', 'Microsoft Outlook 16.0']))
    hs = []
    order = rng.random() < 0.5
    base = [date_hdr(ctx, sent, sender_off(ctx) if rng.random() < 0.6 else 0), 'To: ' + ', '.join(M.addr(n, e, 'utf-8') for n, e in recipients(ctx)),
            from_hdr(ctx, sname, semail)]
    if S.get('reply_to'):
        base.append('Reply-To: ' + M.addr(*S['reply_to']))
    base += [subj(ctx, S.get('subject') or S['summary'], rng.choice('BQ')),
             'Message-ID: <%s@%s>' % (alnum(rng, rng.choice([16, 32, 40])), S.get('msgid_dom', dom))]
    if mailer:
        base.append('X-Mailer: ' + mailer)
    base.append('MIME-Version: 1.0')
    if not order:
        base = base[2:3] + base[:2] + base[3:]
    hs = base + S.get('extra_headers', [])
    host = S['sender'].get('smtp_host') or ('mail.' + dom)
    env = S['sender'].get('env') or semail
    dk = S.get('dkim_dom', dom if S.get('dkim', True) else None)
    infra = infra_simple(ctx, host, env, dk, rng.choice(['default', 'mail', 'x', 'dkim', 'k1']), S.get('spf_self', 'pass'))
    sl = [recv_line('%s (localhost [127.0.0.1])' % host, host + ' (Postfix)', 'ESMTP', hexs(rng, 10).upper(), None, sent, 0)] if rng.random() < 0.7 else []
    return dict(infra=infra, sender_lines=sl, headers=hs, root=root, from_dom=dom, hlist='date:to:from:subject:message-id:mime-version:content-type')


# --------------------------------------------------------------------------- mailing list copies

def r_mailinglist(ctx):
    S, rng, lang = ctx['S'], ctx['rng'], ctx['lang']
    lst = S['list']  # dict(name, domain, tag, footer, munge, v3)
    inner = S.get('inner_client', 'thunderbird')
    style = {'thunderbird': 'moz', 'google': 'google', 'outlook': 'outlook', 'nextcloud': 'nextcloud', 'yahoo': 'yahoo',
             'handrolled': 'generic', 'zimbra': 'zimbra', 'icloud': 'apple'}[inner]
    if lst.get('tag'):
        S['subject'] = '[%s] %s' % (lst['tag'], subject_for(ctx, style) if not S.get('subject') else S['subject'])
    P = RENDERERS[inner](ctx)
    ldom = lst['domain']
    lname = lst['name']
    if lst.get('v3'):
        footer = lst.get('footer') or ('_______________________________________________\n%s mailing list -- %s@%s\nTo unsubscribe send an email to %s-leave@%s\n' % (lname, lname, ldom, lname, ldom))
    else:
        footer = lst.get('footer') or ('_______________________________________________\n%s mailing list\n%s@%s\nhttps://%s/mailman/listinfo/%s\n' % (lname, lname, ldom, ldom, lname))
    fpart = text_part(footer, 'utf-8', '7bit' if M.is_ascii(footer) else 'base64')
    root = P['root']
    if root.ctype.startswith('multipart/mixed'):
        root.children.append(fpart)
    else:
        root = M.Part('multipart/mixed', children=[root, fpart], boundary='===============%d==' % rng.randint(10 ** 17, 10 ** 18))
    hs = list(P['headers'])
    from_dom = P['from_dom']
    if lst.get('munge'):
        for i, h in enumerate(hs):
            if h.startswith('From:'):
                nm = S['sender']['name']
                hs[i] = 'From: ' + M.addr('%s via %s' % (nm, lname) if M.is_ascii(nm) else nm, '%s@%s' % (lname, ldom), 'utf-8')
                hs.insert(i + 1, 'Reply-To: ' + M.addr(S['sender']['name'], S['sender']['email'], 'utf-8'))
                break
        from_dom = ldom
    lh = ['X-BeenThere: %s@%s' % (lname, ldom)]
    if lst.get('v3'):
        lh += ['X-Mailman-Version: 3.3.%d' % rng.randint(3, 9), 'Precedence: list', 'List-Id: <%s.%s>' % (lname, ldom),
               'Archived-At: <https://%s/archives/list/%s@%s/message/%s/>' % (ldom, lname, ldom, alnum(rng, 32).upper()),
               'List-Archive: <https://%s/archives/list/%s@%s/>' % (ldom, lname, ldom),
               'List-Help: <mailto:%s-request@%s?subject=help>' % (lname, ldom), 'List-Owner: <mailto:%s-owner@%s>' % (lname, ldom),
               'List-Post: <mailto:%s@%s>' % (lname, ldom), 'List-Subscribe: <mailto:%s-join@%s>' % (lname, ldom),
               'List-Unsubscribe: <mailto:%s-leave@%s>' % (lname, ldom), 'Message-ID-Hash: ' + alnum(rng, 32).upper(),
               'X-Message-ID-Hash: ' + alnum(rng, 32).upper(), 'X-MailFrom: ' + S['sender']['email']]
    else:
        lh += ['X-Mailman-Version: 2.1.%d' % rng.choice([23, 29, 34, 39]), 'Precedence: list',
               'List-Id: %s <%s.%s>' % (lst.get('desc', lname), lname, ldom),
               'List-Unsubscribe: <https://%s/mailman/options/%s>,\r\n <mailto:%s-request@%s?subject=unsubscribe>' % (ldom, lname, lname, ldom),
               'List-Archive: <https://%s/pipermail/%s/>' % (ldom, lname), 'List-Post: <mailto:%s@%s>' % (lname, ldom),
               'List-Help: <mailto:%s-request@%s?subject=help>' % (lname, ldom),
               'List-Subscribe: <https://%s/mailman/listinfo/%s>,\r\n <mailto:%s-request@%s?subject=subscribe>' % (ldom, lname, lname, ldom),
               'Errors-To: %s-bounces+%s=%s@%s' % (lname, ctx['rcpt'][1].split('@')[0], ctx['rcpt'][1].split('@')[1], ldom),
               'Sender: "%s" <%s-bounces+%s=%s@%s>' % (lname, lname, ctx['rcpt'][1].split('@')[0], ctx['rcpt'][1].split('@')[1], ldom)]
    hs = hs + lh
    oi = P['infra']
    orig_specs = [('fail', d, s) for (r, d, s) in oi['dkim_specs']]
    specs = orig_specs + ([('pass', ldom, 'list')] if lst.get('sign') else [])
    env = '%s-bounces+%s=%s@%s' % (lname, ctx['rcpt'][1].split('@')[0], ctx['rcpt'][1].split('@')[1], ldom)
    helo = 'lists.' + ldom if not ldom.startswith('lists.') else ldom
    infra = dict(env=env, helo=helo, host=helo, ip=T.ip_for(helo), dkim_specs=specs, spf='pass', tls=True)
    t = ctx['arrival'] - D(seconds=rng.randint(1, 4))
    origin_host = oi['host'] or oi['helo']
    sl = [recv_line('%s (%s [%s])' % (oi['helo'], origin_host, oi['ip']), helo + ' (Postfix)', 'ESMTPS', hexs(rng, 10).upper(),
                    '%s@%s' % (lname, ldom), t)]
    # original DKIM signatures stay in the message (they no longer verify)
    return dict(infra=infra, sender_lines=sl + P['sender_lines'], headers=hs, root=root, from_dom=from_dom, hlist=P['hlist'])


RENDERERS = dict(google=r_google, outlook=r_outlook, outlookcom=r_outlookcom, icloud=r_icloud, thunderbird=r_thunderbird,
                 zoom=r_zoom, nextcloud=r_nextcloud, zimbra=r_zimbra, yahoo=r_yahoo, sogo=r_sogo, booking=r_booking,
                 handrolled=r_handrolled, mailinglist=r_mailinglist)


def render_message(ctx):
    P = RENDERERS[ctx['client']](ctx)
    return finalize(ctx, P['infra'], P['sender_lines'], P['headers'], P['root'], P['from_dom'], P['hlist'])
