# -*- coding: utf-8 -*-
"""Render a message spec the way a given client and its mail infrastructure would."""
import base64
import datetime as dt
import html as _html
import re

from . import calbuild, ical, langs, mime
from .core import (R, Obj, alnum, authres, b64s, chance, digits, dkim_sig, dmarc_policy, hexs, host_for_free,
                   ip4, ip6, pick, received_mx, rfc2822, uuid4, vps_host, org_domain)
from .mime import Part, addr, htext

STYLE = {'google': 'google', 'teams': 'ms', 'icloud': 'apple', 'applemail': 'apple', 'thunderbird': 'moz',
         'zoom': 'zoom', 'nextcloud': 'sabre', 'zimbra': 'zimbra', 'yahoo': 'yahoo', 'sogo': 'sogo',
         'custom': 'custom'}

FREE_PROVIDERS = set(langs.FREEMAIL['en'] + sum(langs.FREEMAIL.values(), []))


def _dom(a):
    return a.split('@')[-1].lower()


# ------------------------------------------------------------------ text helpers
def when_str(ev, spec, short=False):
    tz = ev.tz or spec.tz
    lang = spec.lang
    s, e = ev.start, ev.end
    if lang == 'en':
        def t(x):
            h = x.hour % 12 or 12
            return ('%d%s' % (h, 'am' if x.hour < 12 else 'pm')) if x.minute == 0 else ('%d:%02d%s' % (h, x.minute, 'am' if x.hour < 12 else 'pm'))
        day = s.strftime('%a %b ') + str(s.day) + s.strftime(', %Y')
        if ev.allday:
            return day
        return '%s %s - %s (%s)' % (day, t(s), t(e) if e else '', _abbr(tz, s) if short else tz)
    if lang in ('ja', 'zh'):
        day = '%d年%d月%d日' % (s.year, s.month, s.day)
    elif lang == 'ko':
        day = '%d년 %d월 %d일' % (s.year, s.month, s.day)
    elif lang in ('de', 'ru', 'pl', 'tr', 'nl'):
        day = s.strftime('%d.%m.%Y')
    elif lang in ('hu',):
        day = s.strftime('%Y.%m.%d')
    else:
        day = s.strftime('%d/%m/%Y')
    if ev.allday:
        return day
    return '%s %s - %s (%s)' % (day, s.strftime('%H:%M'), e.strftime('%H:%M') if e else '', _abbr(tz, s) if short else tz)


def _abbr(tz, local):
    info = ical.TZ[tz]
    if info[2] is not None and ical.offset(tz, local) == info[2]:
        return info[5]
    return info[4]


URL_RE = re.compile(r'(https?://[^\s<>"]+)')


def linkify(text):
    t = _html.escape(text)
    t = URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), t)
    return t.replace('\n', '<br>\n')


def ui(spec):
    return langs.UI[spec.lang]


# ------------------------------------------------------------------ charset / cte choice
def text_charset(spec):
    if spec.charset:
        return spec.charset
    c, lang = spec.client, spec.lang
    zht = spec.zht
    legacy = langs.LEGACY['zht' if zht else lang]
    if c in ('zimbra', 'sogo') and lang != 'en' and chance(0.45):
        return pick(legacy)
    if c in ('google', 'icloud', 'yahoo', 'nextcloud', 'zoom', 'teams', 'sogo', 'zimbra'):
        return 'utf-8' if c not in ('sogo', 'zimbra') else pick(['utf-8', 'utf-8', 'UTF-8'])
    if c == 'outlook' and spec.variant == 'desktop':
        return pick(legacy + ['utf-8'])
    if c == 'outlook':
        if spec.variant == 'onprem' and lang != 'en' and chance(0.6):
            return legacy[0]
        return 'utf-8' if chance(0.85) else legacy[0]
    if c == 'thunderbird':
        if lang == 'ja' and chance(0.6):
            return 'ISO-2022-JP'
        return 'UTF-8' if spec.arrival.year >= 2019 or chance(0.4) else pick(legacy)
    if c == 'applemail':
        if lang == 'ja' and chance(0.5):
            return 'iso-2022-jp'
        if lang != 'en' and chance(0.4):
            return pick(legacy)
        return 'utf-8' if lang != 'en' else pick(['us-ascii', 'utf-8'])
    return pick(legacy + ['utf-8', 'utf-8'])


def fix_cs(text, cs):
    return cs if mime.can_encode(text, cs) else 'utf-8'


def cte_for(text, cs, prefer):
    ascii_ok = all(ord(c) < 128 for c in text)
    if cs.lower() == 'iso-2022-jp':
        return '7bit'
    if prefer == 'auto':
        return '7bit' if ascii_ok else 'quoted-printable'
    if prefer == '7bit' and not ascii_ok:
        return 'quoted-printable'
    return prefer


# ------------------------------------------------------------------ transport
def _sender_received_generic(spec, host, when, auth=True):
    d = spec.sender.domain
    sub_ip = ip4()
    return ['Received: from [%s] (unknown [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s' % (
        pick(['192.168.1.%d' % R.randint(2, 250), '10.0.%d.%d' % (R.randint(0, 9), R.randint(2, 250)), '127.0.0.1']),
        sub_ip, host, hexs(10, True), spec.rcpt.addr, rfc2822(when, _tzoff(spec, when)))]


def _tzoff(spec, when):
    return ical.offset(spec.tz, ical.to_local(spec.tz, when)) if spec.tz else 0


def transport(spec, signed_headers='from:to:subject:date:message-id:mime-version:content-type'):
    """Return Obj(env, top=[...], mid=[...]) header blocks."""
    c = spec.client
    kind = spec.kind or 'legit'
    frm = spec.sender
    fd = _dom(frm.addr)
    when = spec.arrival
    sent = when - dt.timedelta(seconds=R.randint(1, 20))
    t_epoch = int((sent - dt.datetime(1970, 1, 1)).total_seconds())
    rcpt = spec.rcpt.addr
    ip = ip4()
    mid = []
    dk = []          # (d, s) signatures
    dk_res = 'pass'
    spf_res = 'pass'
    env = frm.addr
    helo = rdns = None
    variant = spec.variant

    if kind == 'spoof':
        rdns = vps_host(ip)
        helo = rdns or pick(['localhost', 'WIN-%s' % alnum(11).upper(), 'User', '[%s]' % ip, 'mail.' + fd,
                             'DESKTOP-%s' % alnum(7).upper()])
        if spec.env:
            env = spec.env
        elif chance(0.35):
            env = pick(['bounce', 'info', 'noreply', 'mailer', 'admin', 'support']) + '@' + pick(
                ['mailer-%s.top' % alnum(5).lower(), 'srv%d.%s.xyz' % (R.randint(1, 99), alnum(6).lower()),
                 'notify-%s.online' % alnum(4).lower(), rdns.split('.', 1)[1] if rdns else 'localhost.localdomain'])
        ed = _dom(env)
        if ed == fd:
            spf_res = pick(['softfail', 'fail', 'none', 'neutral', 'softfail'])
        else:
            spf_res = pick(['pass', 'none', 'pass'])
        if spf_res == 'pass' and chance(0.6) and '.' in ed:
            dk = [(ed, pick(['default', 'mail', 'x']))]
        dpol = dmarc_policy(fd, spoofable=True)
        dmarc_res = 'fail' if dpol else 'none'
        if chance(0.4):
            mid.append('Received: from %s (unknown [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s' % (
                'localhost', rdns or helo.strip('[]'), hexs(10, True), rfc2822(sent, 0)))
        top_dom = fd
        return _finish(spec, env, helo, rdns, ip, mid, dk, 'pass', spf_res, (dmarc_res, dpol, fd), signed_headers, t_epoch)

    if c == 'google' and not spec.gmail_web:
        env = '%s@calendar-server.bounces.google.com' % (alnum(40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'))
        rdns = 'mail-sor-f%d.google.com' % R.randint(41, 99)
        helo = rdns
        ip = ip6() if chance(0.3) else ip
        mid.append('Received: by %s with SMTP id %s-%ssor%d.%d\r\n        for <%s>\r\n        (Google Transport Security);\r\n        %s' % (
            rdns, alnum(16, 'abcdef0123456789'), alnum(15, 'abcdef0123456789'), R.randint(100000, 9999999), R.randint(1, 9), rcpt,
            rfc2822(sent, -420 if chance(0.5) else -480) + (' (PDT)' if chance(0.5) else ' (PST)')))
        dk = [('google.com', '20230601' if sent.year >= 2023 else '20161025')]
        if fd != 'gmail.com':
            dk.insert(0, (fd, 'google'))
        else:
            dk.insert(0, ('gmail.com', '20230601' if sent.year >= 2023 else '20161025'))
        return _finish(spec, env, helo, rdns, ip, mid, dk, 'pass', 'pass', ('pass', dmarc_policy(fd), fd), signed_headers, t_epoch,
                       spf_dom='calendar-server.bounces.google.com')
    if c == 'google':  # gmail web mail (forwards)
        rdns = 'mail-%s%d-f%d.google.com' % (pick('wqlpej'), R.randint(1, 99), R.randint(41, 199))
        helo = rdns
        mid.append('Received: by %s with SMTP id %s-%s.%d\r\n        for <%s>; %s' % (
            rdns, alnum(12, 'abcdef0123456789'), alnum(12, 'abcdef0123456789'), R.randint(1, 9), rcpt, rfc2822(sent, -480)))
        dk = [(fd if fd != 'gmail.com' else 'gmail.com', '20230601' if sent.year >= 2023 else '20161025')]
        return _finish(spec, env, helo, rdns, ip, mid, dk, 'pass', 'pass', ('pass', dmarc_policy(fd), fd), signed_headers, t_epoch)

    if c in ('outlook', 'teams') and variant != 'desktop' or c == 'outlook' and variant == 'onprem':
        if variant == 'onprem':
            rdns = pick(['mail', 'smtp', 'mx01', 'owa', 'exch-edge']) + '.' + fd
            helo = rdns
            srv = pick(['EXCH01', 'EX2019-01', 'SRV-EXCH02', 'MBX01']) + '.' + pick(['corp.', 'ad.', 'int.', '']) + fd
            mid.append('Received: from %s (10.%d.%d.%d) by %s\r\n (10.%d.%d.%d) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.%d.%d; %s' % (
                srv, R.randint(0, 30), R.randint(0, 255), R.randint(2, 250), rdns, R.randint(0, 30), R.randint(0, 255),
                R.randint(2, 250), R.randint(1118, 1544), R.randint(1, 40), rfc2822(sent, _tzoff(spec, sent))))
            dk = [(fd, pick(['selector1', 'exch', 'mail']))] if chance(0.4) else []
            return _finish(spec, env, helo, rdns, ip, mid, dk, 'pass', 'pass', ('pass', dmarc_policy(fd), fd), signed_headers, t_epoch)
        reg = pick(['EUR05-AM6', 'EUR04-DB3', 'NAM12-BN8', 'NAM11-DM6', 'APC01-SG2', 'EUR03-VI1', 'JPN01-OS0', 'IND01-MA1', 'AUS01-SY4'])
        r1, r2 = reg.split('-')
        rdns = 'mail-%s%son%d.outbound.protection.outlook.com' % (r2.lower(), r1.lower(), R.randint(2000, 2199))
        helo = '%s-obe.outbound.protection.outlook.com' % reg
        ip = ip if chance(0.7) else ip6()
        box = spec.ms_box
        mid.append('Received: from %s (%s) by\r\n %s (%s) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            box, ip6(), box.replace('MB', 'MB').replace(box[:4], box[:4]), ip6(), R.randint(6000, 8999), R.randint(10, 40),
            rfc2822(sent, 0)))
        mid.append('Received: from %s\r\n ([%s]) by %s\r\n ([%s%%%d]) with mapi id 15.20.%d.%d; %s' % (
            box, ip6(), box, ip6(), R.randint(3, 7), R.randint(6000, 8999), R.randint(10, 40), rfc2822(sent, 0)))
        if fd in ('outlook.com', 'hotmail.com', 'live.com', 'hotmail.es', 'hotmail.nl', 'hotmail.gr', 'hotmail.co.il', 'outlook.es', 'outlook.sa'):
            dk = [(fd, 'selector1')]
        else:
            dk = [(fd, pick(['selector1', 'selector2']))] if chance(0.85) else [
                (fd.split('.')[0] + '.onmicrosoft.com', 'selector1-%s' % fd.replace('.', '-'))]
        dres = 'pass'
        if dk and dk[0][0].endswith('onmicrosoft.com'):
            dres = 'pass'
        return _finish(spec, env, helo, rdns, ip, mid, dk, 'pass', 'pass', ('pass', dmarc_policy(fd), fd), signed_headers, t_epoch)

    if c == 'icloud':
        env = 'noreply@email.apple.com' if chance(0.5) else 'bounce+%s@email.apple.com' % hexs(12)
        rdns = pick(['qs51p00im-qukt01080501.me.com', 'st43p00im-ztfb10061701.me.com', 'mr85p00im-zteg06011501.me.com']).replace('01', '%02d' % R.randint(1, 40), 1)
        helo = rdns
        mid.append('Received: from p%02d-caldav.icloud.com (caldav.icloud.com [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s' % (
            R.randint(1, 90), ip4(), rdns, hexs(10, True), rcpt, rfc2822(sent, 0)))
        dk = [('email.apple.com', 'email0517')]
        return _finish(spec, env, helo, rdns, ip, mid, dk, 'pass', 'pass', ('pass', 'REJECT', 'email.apple.com'), signed_headers, t_epoch)

    if c == 'yahoo':
        rdns = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (R.randint(300, 330), R.randint(10, 60), pick(['ne1', 'gq1', 'bf2', 'ir2', 'sg3']))
        helo = rdns
        mid.append('Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s' % (rdns, rfc2822(sent, 0)))
        dk = [(fd, 's2048' if 'yahoo' in fd else 'a2048')]
        return _finish(spec, env, helo, rdns, ip, mid, dk, 'pass', 'pass', ('pass', dmarc_policy(fd), fd), signed_headers, t_epoch)

    if c == 'zoom':
        env = 'bounces+%d-%s-%s=%s@em%d.zoom.us' % (R.randint(1000000, 9999999), hexs(4), rcpt.split('@')[0], rcpt.split('@')[1], R.randint(100, 9999))
        rdns = 'o%d.ptr%d.zoom.us' % (R.randint(1, 30), R.randint(1000, 9999))
        helo = rdns
        mid.append('Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%s\r\n        %s' % (
            hexs(10), alnum(5).lower(), hexs(10), R.randint(1000, 99999), hexs(16), rfc2822(sent, 0) + ' (UTC)'))
        dk = [('zoom.us', 's1'), ('sendgrid.info', 'smtpapi')]
        return _finish(spec, env, helo, rdns, ip, mid, dk, 'pass', 'pass', ('pass', 'REJECT', 'zoom.us'), signed_headers, t_epoch,
                       spf_dom=env.split('@')[1])

    if c == 'custom' and spec.esp:
        esp = pick(['mailgrid.example', 'sendwave.example', 'postcaster.example', 'relaymint.example'])
        rdns = 'o%d.ptr%d.%s' % (R.randint(1, 60), R.randint(1000, 9999), esp)
        helo = rdns
        env = 'bounces+%d-%s-%s=%s@em%d.%s' % (R.randint(100000, 9999999), hexs(4), rcpt.split('@')[0], rcpt.split('@')[1], R.randint(100, 9999), fd)
        mid.append('Received: by %s with SMTP id %s.%d.%s\r\n\t%s' % ('mta%d.%s' % (R.randint(1, 40), esp), hexs(10), R.randint(100, 9999), hexs(12), rfc2822(sent, 0)))
        dk = [(fd, pick(['s1', 'k1', 'em', 'scph0924', 'pm'])), (esp, 'smtpapi')]
        return _finish(spec, env, helo, rdns, ip, mid, dk, 'pass', 'pass', ('pass', dmarc_policy(fd), fd), signed_headers, t_epoch,
                       spf_dom=env.split('@')[1])

    # thunderbird / applemail / outlook desktop / nextcloud / zimbra / sogo / custom-non-esp:
    if fd in FREE_PROVIDERS or fd.startswith(('yahoo.', 'hotmail.', 'outlook.')):
        host, d, s = host_for_free(fd)
        rdns = host
        helo = host
        if fd in ('icloud.com', 'me.com'):
            mid.append('Received: from smtpclient.apple (unknown [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s' % (
                ip4(), host, hexs(10, True), rcpt, rfc2822(sent, 0)))
        else:
            mid += _sender_received_generic(spec, host, sent)
        dk = [(d, s)] if d else []
        return _finish(spec, env, helo, rdns, ip, mid, dk, 'pass', 'pass', ('pass', dmarc_policy(fd), fd), signed_headers, t_epoch)
    # self hosted / company server
    host = spec.mta or (pick(['mail', 'smtp', 'mx1', 'mail2', 'out', 'mta']) + '.' + fd)
    rdns = host
    helo = host
    if c in ('nextcloud',) and chance(0.5):
        mid.append('Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s' % (
            spec.nc_host or ('cloud.' + fd), host, hexs(10, True), rcpt, rfc2822(sent, _tzoff(spec, sent))))
    elif c == 'zimbra':
        mid.append('Received: from %s (%s [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s' % (
            host, host, host, hexs(10, True), rcpt, rfc2822(sent, _tzoff(spec, sent))))
        mid.append('Received: from %s ([127.0.0.1])\r\n\tby localhost (%s [127.0.0.1]) (amavis, port 10026) with ESMTP\r\n\tid %s; %s' % (
            host, host, alnum(12), rfc2822(sent, _tzoff(spec, sent))))
    else:
        mid += _sender_received_generic(spec, host, sent)
    if spec.no_dkim or chance(0.15):
        dk = []
    else:
        dk = [(fd, pick(['default', 'mail', 's1', 'dkim', str(sent.year), 'mx']))]
    return _finish(spec, env, helo, rdns, ip, mid, dk, 'pass', 'pass', ('pass', dmarc_policy(fd), fd), signed_headers, t_epoch)


def _finish(spec, env, helo, rdns, ip, mid, dk, dk_res, spf_res, dmarc, signed_headers, t_epoch, spf_dom=None):
    sigs, ar_dk = [], []
    for d, s in dk:
        h, b = dkim_sig(d, s, t_epoch, signed_headers)
        sigs.append(h)
        ar_dk.append((dk_res, d, s, b))
    if not ar_dk:
        ar_dk = [('none', None, None, '')]
    if spec.spf_soft and spf_res == 'pass':
        spf_res = pick(['softfail', 'neutral', 'softfail'])
    dres, dpol, fd = dmarc
    if dres == 'pass' and dpol is None and chance(0.5):
        dpol = 'NONE'
    if dres == 'pass' and dpol is None:
        dres = 'none'
    spf_addr = env
    ar = authres(ar_dk, (spf_res, spf_addr, ip), (dres, dpol, fd))
    return Obj(env=env, helo=helo, rdns=rdns, ip=ip, mid=mid, sigs=sigs, ar=ar, ar_parts=(ar_dk, (spf_res, spf_addr, ip), (dres, dpol, fd)))


def top_headers(spec, tr):
    L = ['Return-Path: <%s>' % tr.env, 'Delivered-To: %s' % spec.rcpt.addr, tr.ar,
         received_mx(tr.helo, tr.rdns, tr.ip, spec.rcpt.addr, spec.arrival)]
    L += tr.mid
    L += tr.sigs
    return [(None, x) for x in L]


# ------------------------------------------------------------------ bodies per client
def google_desc_block(ev):
    return ('-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
            'Join with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
            'Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-') % ev.gmeet


def teams_block(t, lang):
    return ('________________________________________________________________________________\n'
            'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            'Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\n'
            'Download Teams<https://www.microsoft.com/%s/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=%s>\n'
            '________________________________________________________________________________') % (
        t['url'], t['id'], t['pw'], langs.LANG_TAG.get(lang, 'en-US').lower(), t['oid'], t['tid'], t['mid'], langs.LANG_TAG.get(lang, 'en-US'))


def make_teams():
    tid, oid = uuid4(), uuid4()
    mid = alnum(48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    url = ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (mid, tid, oid))
    return {'tid': tid, 'oid': oid, 'mid': mid, 'url': url,
            'id': '%s %s %s %s' % (digits(3), digits(3), digits(3), digits(3)), 'pw': alnum(6)}


def people_lines(spec, ev):
    return [p.addr for p in [spec.rcpt] + list(spec.others or [])]


def body_google(spec):
    ev = spec.events[0]
    u = ui(spec)
    m = spec.method or 'REQUEST'
    guests = people_lines(spec, ev)
    P = []
    if m == 'REPLY':
        rep = ev.replier
        P.append('%s %s' % (rep.name or rep.addr, {'ACCEPTED': 'has accepted this invitation.', 'DECLINED': 'has declined this invitation.',
                                                  'TENTATIVE': 'has tentatively accepted this invitation.'}[ev.partstat]))
        P.append('')
    if m == 'CANCEL':
        P.append('This event has been canceled.' if spec.lang == 'en' else u['can'])
        P.append('')
    P.append(ev.summary)
    P.append(when_str(ev, spec))
    P.append('')
    if ev.loc:
        P += [u['where'], ev.loc, '']
    if ev.gmeet:
        P += ['Join with Google Meet' if spec.lang == 'en' else u['join'] + ' (Google Meet)', ev.gmeet, '']
    if ev.desc:
        P += [ev.desc, '']
    P += [u['org'], spec.org.name or spec.org.addr, spec.org.addr, '']
    P.append(u['guests'])
    P.append('%s - %s' % (spec.org.name or spec.org.addr, u['org'].lower()))
    shown = guests[:30]
    P += shown
    if len(guests) > 30:
        P.append('... +%d' % (len(guests) - 30))
    eid = b64s(40).replace('+', '').replace('/', '')
    P.append('View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0' % (eid, b64s(40).replace('+', '').replace('/', ''), (ev.tz or spec.tz).replace('/', '%2F'), spec.lang))
    P.append('')
    if m == 'REQUEST':
        P.append('Reply for %s and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0' % (
            spec.rcpt.addr, eid, alnum(40), (ev.tz or spec.tz).replace('/', '%2F'), spec.lang))
        P.append('Your attendance is optional.' if chance(0.3) and spec.lang == 'en' else '')
    P.append('~~//~~')
    P.append('%s: https://calendar.google.com/calendar/' % u['gfoot'])
    P.append('')
    if spec.lang == 'en':
        P.append('You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.')
        P.append('')
        P.append('Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.')
        P.append('')
        P.append('Learn more https://support.google.com/calendar/answer/37135#forwarding')
    text = '\n'.join(P) + '\n'
    H = ['<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title></title></head>',
         '<body style="background-color:#fff;color:#3c4043;font-family:Roboto,Helvetica,Arial,sans-serif"><span itemscope itemtype="http://schema.org/InformAction">'
         '<span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>' % _html.escape(
             '%s %s' % (u['inv'], ev.summary)),
         '<table border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%"><tr><td>',
         '<h2 style="font-size:22px;font-weight:400">%s</h2>' % _html.escape(ev.summary),
         '<div><b>%s</b> %s</div>' % (u['when'], _html.escape(when_str(ev, spec)))]
    if ev.loc:
        H.append('<div><b>%s</b> %s</div>' % (u['where'], linkify(ev.loc)))
    if ev.gmeet:
        H.append('<div><a href="%s" style="background-color:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></div>' % ev.gmeet)
    if ev.desc:
        H.append('<div style="padding-top:16px">%s</div>' % linkify(ev.desc))
    H.append('<div><b>%s</b><br>%s</div>' % (u['guests'], '<br>'.join(_html.escape(g) for g in [spec.org.addr] + shown)))
    if m == 'REQUEST':
        H.append('<div>%s? <a href="https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1&tok=%s&ctz=%s&hl=%s&es=0">%s</a> '
                 '<a href="https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=2&tok=%s">%s</a> '
                 '<a href="https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=3&tok=%s">%s</a></div>' % (
                     'Reply' if spec.lang == 'en' else u['join'], eid, alnum(40), (ev.tz or spec.tz).replace('/', '%2F'), spec.lang, u['yes'], eid, alnum(40), u['no'], eid, alnum(40), u['maybe']))
    H.append('<div style="color:#70757a;font-size:12px">%s <a href="https://calendar.google.com/calendar/">Google Calendar</a></div>' % _html.escape(u['gfoot']))
    H.append('</td></tr></table></span></body></html>')
    return text, '\n'.join(H) + '\n'


def body_outlook(spec, ev):
    desc = ev.desc or ''
    text = spec.note if spec.note is not None else desc
    H = ['<html>', '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % (spec._cs or 'utf-8'),
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
         '<style><!--', '/* Font Definitions */', '@font-face', '\t{font-family:"Cambria Math";', '\tpanose-1:2 4 5 3 5 4 6 3 2 4;}',
         '@font-face', '\t{font-family:Aptos;}', '/* Style Definitions */',
         'p.MsoNormal, li.MsoNormal, div.MsoNormal', '\t{margin:0cm;', '\tfont-size:11.0pt;', '\tfont-family:"Aptos",sans-serif;}',
         'a:link, span.MsoHyperlink', '\t{mso-style-priority:99;', '\tcolor:#467886;', '\ttext-decoration:underline;}',
         '.MsoChpDefault', '\t{mso-style-type:export-only;}', 'div.WordSection1', '\t{page:WordSection1;}', '--></style>',
         '</head>', '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">' % langs.LANG_TAG.get(spec.lang, 'en-US').upper(),
         '<div class="WordSection1">']
    for para in (text or ' ').split('\n'):
        H.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (linkify(para) if para.strip() else '&nbsp;'))
    H += ['</div>', '</body>', '</html>']
    return text + '\n', '\n'.join(H) + '\n'


def body_simple_html(spec, ev, text, title=None):
    u = ui(spec)
    H = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
         '<h3>%s</h3>' % _html.escape(title or ev.summary or ''),
         '<table>',
         '<tr><td><b>%s</b></td><td>%s</td></tr>' % (u['when'], _html.escape(when_str(ev, spec)))]
    if ev.loc:
        H.append('<tr><td><b>%s</b></td><td>%s</td></tr>' % (u['where'], linkify(ev.loc)))
    H.append('<tr><td><b>%s</b></td><td>%s</td></tr>' % (u['org'], _html.escape(spec.org.name or spec.org.addr)))
    H.append('</table>')
    if ev.desc:
        H.append('<p>%s</p>' % linkify(ev.desc))
    H.append('</body></html>')
    return '\n'.join(H) + '\n'


def body_moz(spec, ev):
    u = ui(spec)
    m = spec.method or 'REQUEST'
    if spec.note is not None:
        head = spec.note + '\n\n'
    elif m == 'REPLY':
        head = '%s %s.\n\n' % (ev.replier.name or ev.replier.addr, u['acc'].lower() if ev.partstat == 'ACCEPTED' else u['dec'].lower())
    elif m == 'CANCEL':
        head = u['can'] + '\n\n'
    else:
        head = ('You have been invited to an event.\n\n' if spec.lang == 'en' else '')
    P = [head.rstrip('\n'), '', 'Title: %s' % ev.summary if spec.lang == 'en' else ev.summary,
         '%s: %s' % (u['when'], when_str(ev, spec))]
    if ev.loc:
        P.append('%s: %s' % (u['where'], ev.loc))
    P.append('%s: %s <%s>' % (u['org'], spec.org.name, spec.org.addr))
    P.append('%s:' % u['guests'])
    for p in [spec.rcpt] + list(spec.others or [])[:40]:
        P.append('  %s <%s>' % (p.name, p.addr) if p.name else '  ' + p.addr)
    if ev.desc:
        P += ['', ev.desc]
    return '\n'.join(P) + '\n'


def body_zimbra(spec, ev):
    u = ui(spec)
    inv = ', '.join(p.addr for p in [spec.rcpt] + list(spec.others or [])[:40])
    P = [spec.note or ('The following is a new meeting request:' if spec.lang == 'en' else u['inv'] + ':'), '',
         'Subject: %s ' % ev.summary, '%s: "%s" <%s> ' % (u['org'], spec.org.name, spec.org.addr), '']
    if ev.loc:
        P.append('%s: %s ' % (u['where'], ev.loc))
    P += ['%s: %s ' % (u['when'], when_str(ev, spec)), ' ', 'Invitees: %s ' % inv, '', '', '*~*~*~*~*~*~*~*~*~*', '']
    if ev.desc:
        P.append(ev.desc)
    return '\n'.join(P) + '\n'


def body_plain_generic(spec, ev, intro):
    u = ui(spec)
    P = [intro, '', ev.summary or '', '%s: %s' % (u['when'], when_str(ev, spec))]
    if ev.loc:
        P.append('%s: %s' % (u['where'], ev.loc))
    P.append('%s: %s <%s>' % (u['org'], spec.org.name or '', spec.org.addr))
    if ev.desc:
        P += ['', ev.desc]
    return '\n'.join(P) + '\n'


# ------------------------------------------------------------------ message ids
def msgid(spec):
    c = spec.client
    fd = _dom(spec.sender.addr)
    ts = int((spec.arrival - dt.datetime(1970, 1, 1)).total_seconds())
    if spec.msgid:
        return spec.msgid
    if c == 'google' and not spec.gmail_web:
        return '<calendar-%s@google.com>' % uuid4()
    if c == 'google':
        return '<CA%s%s@mail.gmail.com>' % (alnum(30), '=' + alnum(8) if chance(0.3) else '')
    if c in ('outlook', 'teams') and spec.variant == 'desktop':
        return '<%s$%s$%s@%s>' % ('000001' + hexs(6), hexs(8), hexs(8), fd)
    if c in ('outlook', 'teams') and spec.variant == 'onprem':
        return '<%s@%s>' % (hexs(32), pick(['EXCH01', 'SRV-EX02', 'MBX01']) + '.' + fd)
    if c in ('outlook', 'teams'):
        box = spec.ms_box
        return '<%s%s@%s.%s.prod.outlook.com>' % (box.split('.')[0], hexs(16, True) + hexs(16, True)[:8], box.split('.')[0], box.split('.')[1])
    if c == 'icloud':
        return '<%s@email.apple.com>' % uuid4().upper()
    if c == 'applemail':
        return '<%s@%s>' % (uuid4().upper(), fd)
    if c == 'thunderbird':
        return '<%s@%s>' % (uuid4(), fd)
    if c == 'nextcloud':
        return '<%s@%s>' % (hexs(32), spec.nc_host or fd)
    if c == 'zimbra':
        return '<%d.%d.%d.JavaMail.zimbra@%s>' % (R.randint(100000000, 2000000000), R.randint(1000000, 99999999), ts * 1000 + R.randint(0, 999), fd)
    if c == 'sogo':
        return '<%s-%s-%s-%s@%s>' % (hexs(4), hexs(8), R.randint(1, 9), hexs(8), pick([fd, digits(7)]))
    if c == 'yahoo':
        return '<%d.%d.%d@mail.yahoo.com>' % (R.randint(100000000, 2000000000), R.randint(1000000, 9999999), ts * 1000)
    if c == 'zoom':
        return '<%s.%s@zoom.us>' % (alnum(22), alnum(10))
    st = (spec.profile or {}).get('msgid', 'php')
    if st == 'php':
        return '<%s@%s>' % (hexs(32), fd)
    if st == 'ts':
        return '<%d.%s@%s>' % (ts, hexs(16), fd)
    if st == 'none':
        return None
    if st == 'java':
        return '<%d.%d.%d@%s>' % (R.randint(1000, 99999), R.randint(10, 999), ts * 1000 + R.randint(0, 999), st == 'java' and fd)
    if st == 'localhost':
        return '<%s@localhost>' % uuid4()
    return '<%s@%s>' % (uuid4(), fd)


def boundary(c):
    if c == 'google':
        return '000000000000' + hexs(16)
    if c in ('outlook', 'teams'):
        return '_000_%s_' % alnum(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    if c == 'outlook-desktop':
        return '----=_NextPart_000_%04X_%s.%s' % (R.randint(0, 0xffff), hexs(8, True), hexs(8, True))
    if c in ('applemail',):
        return 'Apple-Mail=_%s' % uuid4().upper()
    if c == 'thunderbird':
        return '------------' + alnum(24)
    if c == 'zimbra':
        return '=_%s' % uuid4()
    if c in ('yahoo', 'icloud', 'zoom'):
        return '----=_Part_%d_%d.%d' % (R.randint(100000, 9999999), R.randint(100000000, 999999999), R.randint(1600000000000, 1799999999999))
    if c == 'sogo':
        return '----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------' % (R.randint(1000, 99999), R.randint(1600000000, 1799999999), R.randint(100000, 999999), R.randint(1, 99))
    if c == 'nextcloud':
        return pick(['_=_swift_%d_%s_=_' % (R.randint(1500000000, 1700000000), hexs(32)), alnum(8) + '-' + alnum(8)])
    if c == 'php':
        return 'b1_' + hexs(32)
    return pick(['----=_NextPart_%s' % hexs(24), '==Multipart_Boundary_x%sx' % hexs(32), '_----------=_%d%d' % (R.randint(10**9, 2 * 10**9), R.randint(100, 999)),
                 'b1_' + hexs(32), '--_com.%s_%s' % (pick(['android.email', 'samsung.android.email']), hexs(16)), alnum(20)])


# ------------------------------------------------------------------ assembly
FOLD_DEFAULT = {'google': 'std', 'outlook': 'std', 'teams': 'std', 'icloud': 'std', 'applemail': 'std',
                'thunderbird': 'std', 'zoom': 'std', 'nextcloud': 'std', 'zimbra': 'std', 'yahoo': 'std',
                'sogo': 'std', 'custom': 'std'}


def ms_box():
    pre = pick(['DB9PR02', 'AM6PR04', 'VI1PR08', 'PA4PR03', 'BN8PR12', 'DM6PR11', 'SJ0PR13', 'SG2PR01', 'OS0PR01',
                'MA1PR01', 'SY4PR01', 'CH3PR19', 'DU0PR08', 'AS8PR04', 'LO2P265'])
    reg = {'DB': 'eurprd', 'AM': 'eurprd', 'VI': 'eurprd', 'PA': 'eurprd', 'DU': 'eurprd', 'AS': 'eurprd',
           'BN': 'namprd', 'DM': 'namprd', 'SJ': 'namprd', 'CH': 'namprd', 'SG': 'apcprd', 'OS': 'jpnprd',
           'MA': 'indprd', 'SY': 'ausprd', 'LO': 'GBRP265'}[pre[:2]]
    if pre.startswith('LO'):
        return '%sMB%d.GBRP265.PROD.OUTLOOK.COM' % (pre, R.randint(1000, 9999))
    return '%sMB%d.%s%s.prod.outlook.com' % (pre, R.randint(1000, 9999), reg, pre[-2:])


def prep(spec):
    c = spec.client
    if c == 'outlook' and not spec.variant:
        spec.variant = pick(['m365'] * 6 + ['onprem'] * 2 + ['desktop'] * 3)
    if c == 'teams':
        spec.variant = spec.variant or 'm365'
    if c == 'applemail' and not spec.variant:
        spec.variant = 'ios' if chance(0.3) else 'mac'
    spec.ms_box = spec.ms_box or ms_box()
    if c == 'teams' and spec.arrival.year < 2019:
        shift = dt.timedelta(weeks=52 * (2019 - spec.arrival.year) + 26)
        spec.arrival += shift
        for ev in spec.events:
            if ev.start:
                ev.start += shift
            if ev.end:
                ev.end += shift
    if c == 'google' and spec.arrival.year < 2018:
        for ev in spec.events:
            if ev.gmeet is True:
                ev.gmeet = None
    spec.method = spec.method if spec.method is not None else None
    spec.org = spec.org or spec.sender
    if spec.kind == 'spoof' and spec.variant == 'm365':
        spec.variant = 'desktop'
    for ev in spec.events:
        if c == 'teams' and ev.teams is None and (spec.method or '') in ('REQUEST', ''):
            ev.teams = make_teams()
            ev.desc = ((ev.desc or '') + '\n\n' + teams_block(ev.teams, spec.lang)).strip('\n')
            if not ev.loc:
                ev.loc = 'Microsoft Teams Meeting' if spec.lang == 'en' else 'Microsoft Teams'
        if c == 'google' and ev.gmeet is True:
            ev.gmeet = 'https://meet.google.com/%s-%s-%s' % (alnum(3, 'abcdefghijkmnopqrstuvwxyz'), alnum(4, 'abcdefghijkmnopqrstuvwxyz'), alnum(3, 'abcdefghijkmnopqrstuvwxyz'))
            ev.desc = ((ev.desc or '') + '\n\n' + google_desc_block(ev)).strip('\n')
    if c == 'icloud' and not spec.sender_fixed:
        spec.sender = Obj(name=spec.org.name, addr='noreply@email.apple.com', domain='email.apple.com')
        spec.reply_to = spec.reply_to or spec.org
    if c == 'nextcloud' and not spec.sender_fixed:
        d = spec.nc_domain or _dom(spec.org.addr)
        spec.nc_host = spec.nc_host or pick(['cloud.', 'nextcloud.', 'nc.', 'files.', 'wolke.']) + d
        spec.sender = Obj(name='%s via Nextcloud' % spec.org.name, addr='%s@%s' % (pick(['noreply', 'nextcloud', 'no-reply', 'invitations-noreply']), d), domain=d)
        spec.reply_to = spec.reply_to or spec.org
    if c == 'zoom' and not spec.sender_fixed:
        spec.sender = Obj(name=pick(['Zoom', 'Zoom Webinars', spec.org.name + ' via Zoom'] if spec.org.name else ['Zoom']), addr='no-reply@zoom.us', domain='zoom.us')
        spec.reply_to = spec.reply_to or spec.org
    if spec.sender.domain is None:
        spec.sender.domain = _dom(spec.sender.addr)


def default_subject(spec):
    ev = spec.events[0]
    u = ui(spec)
    m = spec.method or 'REQUEST'
    c = spec.client
    en = spec.lang == 'en'
    if m == 'REPLY':
        w = {'ACCEPTED': u['acc'], 'DECLINED': u['dec'], 'TENTATIVE': u['tent']}[ev.partstat or 'ACCEPTED']
        if c in ('outlook', 'teams') and en:
            w = {'ACCEPTED': 'Accepted', 'DECLINED': 'Declined', 'TENTATIVE': 'Tentative'}[ev.partstat or 'ACCEPTED']
    elif m == 'CANCEL':
        w = ('Canceled' if c in ('outlook', 'teams') else 'Canceled event') if en else u['can']
    else:
        w = u['upd'] if (ev.seq or 0) > 0 else u['inv']
    summ = ev.summary or ''
    if c == 'google' and not spec.gmail_web:
        target = spec.rcpt.addr if m != 'REPLY' else spec.org.addr
        if m == 'REPLY':
            target = spec.rcpt.addr
        return '%s: %s @ %s (%s)' % (w, summ, when_str(ev, spec, short=True), target)
    if c in ('outlook', 'teams', 'applemail', 'zimbra', 'custom'):
        return summ if m == 'REQUEST' and not (ev.seq or 0) > 0 else '%s: %s' % (w, summ)
    if c == 'sogo':
        return '%s: "%s"' % (w, summ)
    return '%s: %s' % (w, summ)


def hdr_enc(spec):
    if spec.lang in ('en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'vi'):
        return 'Q' if chance(0.6) else 'B'
    return 'B'


def cal_text(spec, style, method='__spec__', force_eol=None):
    lines = calbuild.calendar(spec, style, method)
    fs = spec.fold or (spec.profile or {}).get('fold') or FOLD_DEFAULT.get(spec.client, 'std')
    eol = force_eol or ('\n' if 'lf' in (spec.quirks or ()) else '\r\n')
    return ical.serialize(lines, fs, 75, eol)


def mparam(spec):
    if spec.method_param is not None:
        return [('method', spec.method_param)] if spec.method_param else []
    return [('method', spec.method)] if spec.method else []


def _addr_hdr(people, cs, enc, quote=False):
    return mime.addr_list([addr(p.name, p.addr, cs, enc, quote) if p.name else p.addr for p in people])


def build(spec):
    """Return (client headers [(name, value)], root Part)."""
    c = spec.client
    ev = spec.events[0]
    cs = text_charset(spec)
    enc = hdr_enc(spec)
    subj = spec.subject or default_subject(spec)
    to = spec.to or [spec.rcpt]
    date_off = 0 if c in ('google', 'icloud', 'zoom') or (c in ('outlook', 'teams') and spec.variant == 'm365') else _tzoff(spec, spec.arrival)
    date = rfc2822(spec.arrival - dt.timedelta(seconds=R.randint(2, 40)), date_off)
    mid = msgid(spec)
    style = STYLE.get(c) or ('outlook16' if spec.variant == 'desktop' else 'ms')
    cal = cal_text(spec, style)
    cal_cs = (spec.profile or {}).get('cal_charset', 'utf-8') if c == 'custom' else ('UTF-8' if c in ('google', 'thunderbird', 'yahoo', 'icloud', 'zoom') else 'utf-8')
    mp = mparam(spec)
    H = []
    frm = spec.sender
    lab = 'UTF-8' if c in ('google', 'thunderbird', 'yahoo', 'icloud', 'zoom') else 'utf-8'
    hcs = cs if cs.lower() not in ('us-ascii',) else 'utf-8'

    def A(p):
        return addr(p.name, p.addr, hcs if mime.can_encode(p.name or '', hcs) else 'utf-8', enc) if p.name else p.addr

    def S(t):
        cs2 = hcs if mime.can_encode(t, hcs) else 'utf-8'
        return htext(t, cs2, enc, lab if cs2.lower() == 'utf-8' else cs2)

    if c == 'google':
        plain, html = body_google(spec)
        na = all(ord(ch) < 128 for ch in plain)
        alt = Part('multipart/alternative', boundary=boundary('google'), parts=[
            Part('text/plain', plain, charset='UTF-8', params=[('format', 'flowed'), ('delsp', 'yes')], cte='7bit' if na else 'base64'),
            Part('text/html', html, charset='UTF-8', cte='quoted-printable'),
            Part('text/calendar', cal, charset='UTF-8', params=mp, cte='7bit' if all(ord(ch) < 128 for ch in cal) and chance(0.5) else 'base64')])
        root = Part('multipart/mixed', boundary=boundary('google'), parts=[alt, Part(
            'application/ics', cal, params=[('name', 'invite.ics')], cte='base64',
            headers=[('Content-Disposition', 'attachment; filename="invite.ics"')])])
        H += [('X-Google-Smtp-Source', 'AGHT+I' + alnum(70)),
              ('X-Received', 'by 2002:a17:90a:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\r\n        %s' % (
                  hexs(4), hexs(3), hexs(4), alnum(12, 'abcdef0123456789'), alnum(8, 'abcdef0123456789'), R.randint(1, 99), R.randint(1, 9999999999),
                  rfc2822(spec.arrival - dt.timedelta(seconds=3), -420))),
              ('MIME-Version', '1.0'),
              ('Reply-To', A(spec.org)),
              ('Sender', 'Google Calendar <calendar-notification@google.com>'),
              ('Auto-Submitted', 'auto-generated'),
              ('Message-ID', mid), ('Date', date), ('Subject', S(subj)), ('From', A(frm)),
              ('To', spec.rcpt.addr)]
        return H, root

    if c in ('outlook', 'teams'):
        plain, html = body_outlook(spec, ev)
        if spec.variant == 'desktop':
            cs = fix_cs(plain, cs)
            spec._cs = cs
            plain, html = body_outlook(spec, ev)
            root = Part('multipart/alternative', boundary=boundary('outlook-desktop'), preamble='This is a multipart message in MIME format.\n', parts=[
                Part('text/plain', plain, charset=cs, cte=cte_for(plain, cs, 'quoted-printable' if chance(0.7) else '7bit')),
                Part('text/html', html, charset=cs, cte=cte_for(html, cs, 'quoted-printable')),
                Part('text/calendar', cal, charset='utf-8', params=mp, cte='base64' if chance(0.7) else 'quoted-printable')])
            H += [('From', A(frm)), ('To', _addr_hdr(to, hcs, enc, True))]
            if spec.cc:
                H.append(('Cc', _addr_hdr(spec.cc, hcs, enc, True)))
            H += [('Subject', S(subj)), ('Date', date), ('Message-ID', mid), ('MIME-Version', '1.0'),
                  ('Content-Type', None), ('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'A' + b64s(30) + '=='),
                  ('Content-Language', langs.LANG_TAG.get(spec.lang, 'en-US').lower() if chance(0.5) else langs.LANG_TAG.get(spec.lang, 'en-US'))]
            return H, root
        cs = 'utf-8' if spec.variant == 'm365' else fix_cs(plain + html, cs)
        spec._cs = cs
        plain, html = body_outlook(spec, ev)
        root = Part('multipart/alternative', boundary=boundary('outlook'), parts=[
            Part('text/plain', plain, charset=cs, cte='base64' if spec.variant == 'm365' else 'quoted-printable'),
            Part('text/html', html, charset=cs, cte='base64' if spec.variant == 'm365' else 'quoted-printable'),
            Part('text/calendar', cal, charset='utf-8', params=mp, cte='base64')])
        H += [('From', A(frm)), ('To', _addr_hdr(to, hcs, enc))]
        if spec.cc:
            H.append(('Cc', _addr_hdr(spec.cc, hcs, enc)))
        H += [('Subject', S(subj)), ('Thread-Topic', S(ev.summary or subj)), ('Thread-Index', 'AQH' + b64s(30) + '=='),
              ('Date', date), ('Message-ID', mid),
              ('Accept-Language', langs.LANG_TAG.get(spec.lang, 'en-US') + (', en-US' if spec.lang != 'en' else '')),
              ('Content-Language', langs.LANG_TAG.get(spec.lang, 'en-US')),
              ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
        if spec.variant == 'm365':
            if ev.rrule:
                H.append(('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAA' + alnum(40) + '=='))
            H += [('x-ms-publictraffictype', 'Email'),
                  ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_MeetingMessage' % (spec.ms_box.split('.')[0], spec.ms_box.split('.')[0])),
                  ('x-ms-office365-filtering-correlation-id', uuid4())]
        H += [('Content-Type', None), ('MIME-Version', '1.0')]
        if spec.variant == 'm365':
            H += [('X-OriginatorOrg', _dom(frm.addr)),
                  ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
                  ('X-MS-Exchange-CrossTenant-AuthSource', spec.ms_box.split('.')[0] + '.' + spec.ms_box.split('.')[1] + '.prod.outlook.com'),
                  ('X-MS-Exchange-CrossTenant-originalarrivaltime', (spec.arrival - dt.timedelta(seconds=5)).strftime('%d %b %Y %H:%M:%S.') + digits(4) + ' (UTC)'),
                  ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
                  ('X-MS-Exchange-CrossTenant-id', uuid4()),
                  ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', spec.ms_box.split('.')[0])]
        else:
            H += [('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('X-MS-Exchange-Organization-AuthSource', spec.ms_box.split('.')[0] + '.' + _dom(frm.addr)),
                  ('x-originating-ip', '[10.%d.%d.%d]' % (R.randint(0, 30), R.randint(0, 255), R.randint(2, 250)))]
        return H, root

    if c == 'icloud':
        u = ui(spec)
        intro = ('%s has invited you to \u201c%s\u201d.' % (spec.org.name, ev.summary)) if spec.lang == 'en' else '%s \u2014 %s' % (u['inv'], spec.org.name)
        plain = body_plain_generic(spec, ev, intro)
        html = body_simple_html(spec, ev, plain, intro)
        fn = 'iCal-%s.ics' % spec.arrival.strftime('%Y%m%d-%H%M%S')
        root = Part('multipart/mixed', boundary=boundary('icloud'), parts=[
            Part('multipart/alternative', boundary=boundary('icloud'), parts=[
                Part('text/plain', plain, charset='UTF-8', cte='quoted-printable'),
                Part('text/html', html, charset='UTF-8', cte='quoted-printable')]),
            Part('text/calendar', cal, charset='UTF-8', params=mp + [('name', fn)], cte='base64',
                 headers=[('Content-Disposition', 'attachment; filename="%s"' % fn)])])
        H += [('Date', date), ('From', A(frm)), ('Reply-To', A(spec.reply_to or spec.org)), ('To', A(spec.rcpt)),
              ('Message-ID', mid), ('Subject', S(subj)), ('MIME-Version', '1.0'), ('Content-Type', None),
              ('X-Apple-Request-UUID', uuid4()), ('X-Apple-Calendar-Transport', 'iMIP')]
        return H, root

    if c == 'applemail':
        note = spec.note if spec.note is not None else ''
        cs = fix_cs(note, cs)
        parts = []
        if note:
            parts.append(Part('text/plain', note + '\n', charset=cs, cte=cte_for(note, cs, 'quoted-printable'), ct_style='bare'))
        parts.append(Part('text/calendar', cal, charset='utf-8', params=[('name', 'invite.ics')] + mp, ct_style='bare',
                          cte='quoted-printable' if chance(0.5) else 'base64',
                          headers=[('Content-Disposition', 'attachment;\r\n\tfilename=invite.ics')]))
        root = Part('multipart/mixed', boundary=boundary('applemail'), parts=parts, ct_style='quoted')
        y = min(max(spec.arrival.year, 2016), 2026)
        if spec.variant == 'ios':
            mv, xm = '1.0 (1.0)', 'iPhone Mail (%s)' % {2016: '14C92', 2017: '15A432', 2018: '15E302', 2019: '16G102', 2020: '17H35', 2021: '18H17',
                                                        2022: '19H12', 2023: '20G75', 2024: '21E236', 2025: '22B83', 2026: '23A341'}[y]
        else:
            v = {2016: '3259', 2017: '3273', 2018: '3445.9.1', 2019: '3445.104.21', 2020: '3608.120.23.2.4', 2021: '3654.120.0.1.13',
                 2022: '3696.120.41.1.1', 2023: '3731.700.6', 2024: '3774.500.171.1.1', 2025: '3826.200.121', 2026: '3826.400.131.1.6'}[y]
            mv, xm = '1.0 (Mac OS X Mail %d.0 \\(%s\\))' % (int(v.split('.')[0]) // 230, v), 'Apple Mail (2.%s)' % v
        H += [('From', A(frm)), ('Content-Type', None), ('Mime-Version', mv), ('Subject', S(subj)),
              ('Message-Id', mid), ('Date', date), ('To', _addr_hdr(to, hcs, enc))]
        if spec.cc:
            H.append(('Cc', _addr_hdr(spec.cc, hcs, enc)))
        H.append(('X-Mailer', xm))
        return H, root

    if c == 'thunderbird':
        plain = body_moz(spec, ev)
        cs = fix_cs(plain, cs)
        ascii_cal = all(ord(ch) < 128 for ch in cal)
        root = Part('multipart/mixed', boundary=boundary('thunderbird'), preamble='This is a multi-part message in MIME format.', parts=[
            Part('multipart/alternative', boundary=boundary('thunderbird'), parts=[
                Part('text/plain', plain, charset=cs, cte=cte_for(plain, cs, pick(['8bit', 'quoted-printable', '7bit']))),
                Part('text/calendar', cal, charset='UTF-8', params=mp, cte='7bit' if ascii_cal else pick(['8bit', 'quoted-printable']))]),
            Part('application/ics', cal, params=[('name', 'invite.ics')], cte='base64',
                 headers=[('Content-Disposition', 'attachment; filename="invite.ics"')])])
        y = spec.arrival.year
        if y >= 2023:
            ua = 'Mozilla Thunderbird'
        else:
            tbv = {2016: '45.8.0', 2017: '52.5.2', 2018: '60.2.1', 2019: '60.9.1', 2020: '68.12.0', 2021: '78.14.0', 2022: '91.13.0'}[y]
            ua = 'Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s%s' % (
                pick(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.14']), tbv.rsplit('.', 1)[0], tbv,
                ' Lightning/%s' % {45: '4.7.8', 52: '5.4.5', 60: '6.2.1', 68: '68.12.0', 78: '', 91: ''}[int(tbv.split('.')[0])] if y < 2020 else '')
        H += [('Content-Type', None), ('Message-ID', mid), ('Date', date), ('MIME-Version', '1.0'), ('User-Agent', ua.strip())]
        if y >= 2019:
            H.append(('Content-Language', langs.LANG_TAG.get(spec.lang, 'en-US')))
        H += [('From', A(frm)), ('To', _addr_hdr(to, hcs, enc)), ('Subject', S(subj))]
        return H, root

    if c == 'nextcloud':
        u = ui(spec)
        intro = ('%s invited you to \u00bb%s\u00ab' % (spec.org.name, ev.summary)) if spec.lang == 'en' else '%s: %s' % (u['inv'], ev.summary)
        plain = body_plain_generic(spec, ev, intro)
        if (spec.method or 'REQUEST') == 'REQUEST':
            tok = alnum(32)
            plain += '\n%s: https://%s/index.php/apps/dav/invitation/accept/%s\n%s: https://%s/index.php/apps/dav/invitation/decline/%s\n' % (
                u['yes'], spec.nc_host, tok, u['no'], spec.nc_host, tok)
        html = body_simple_html(spec, ev, plain, intro)
        root = Part('multipart/mixed', boundary=boundary('nextcloud'), parts=[
            Part('multipart/alternative', boundary=boundary('nextcloud'), parts=[
                Part('text/plain', plain, charset='utf-8', cte='quoted-printable'),
                Part('text/html', html, charset='utf-8', cte='quoted-printable')]),
            Part('text/calendar', cal, charset='utf-8', params=mp + [('name', 'event.ics')], cte=pick(['base64', 'quoted-printable']),
                 headers=[('Content-Disposition', 'attachment; filename=event.ics')])], ct_style='bare')
        H += [('Message-ID', mid), ('Date', date), ('Subject', S(subj)), ('From', A(frm)), ('Reply-To', A(spec.reply_to or spec.org)),
              ('To', A(spec.rcpt)), ('MIME-Version', '1.0'), ('Content-Type', None)]
        return H, root

    if c == 'zimbra':
        plain = body_zimbra(spec, ev)
        html = '<html><body id=\'htmlmode\'><h3>%s</h3>\n<p>\n<table border=\'0\'>\n<tr><th align=left>%s:</th><td>%s </td></tr>\n<tr><th align=left>%s:</th><td>%s </td></tr>\n</table>\n<div>*~*~*~*~*~*~*~*~*~*</div><br>%s</body></html>\n' % (
            _html.escape(spec.note or ''), ui(spec)['org'], _html.escape('"%s" <%s>' % (spec.org.name, spec.org.addr)), ui(spec)['when'], _html.escape(when_str(ev, spec)), linkify(ev.desc or ''))
        cs = fix_cs(plain + html, cs)
        ccs = fix_cs(cal, cs)
        root = Part('multipart/alternative', boundary=boundary('zimbra'), parts=[
            Part('text/plain', plain, charset=cs, cte=cte_for(plain, cs, 'auto')),
            Part('text/html', html, charset=cs, cte=cte_for(html, cs, 'auto')),
            Part('text/calendar', cal, charset=ccs, params=mp + [('name', 'meeting.ics')], cte=cte_for(cal, ccs, 'auto'))])
        v = '8.8.15_GA_%d' % R.randint(3800, 4200) if spec.arrival.year < 2021 else '9.0.0_GA_%d' % R.randint(4100, 4700)
        H += [('Date', date), ('From', A(frm)), ('To', _addr_hdr(to, hcs, enc)), ('Message-ID', mid), ('Subject', S(subj)),
              ('MIME-Version', '1.0'), ('Content-Type', None), ('X-Originating-IP', '[%s]' % ip4()),
              ('X-Mailer', 'Zimbra %s (ZimbraWebClient - %s)/%s' % (v, pick(['FF115 (Win)', 'GC122 (Win)', 'GC119 (Linux)', 'FF102 (Mac)', 'SAF16 (Mac)']), v)),
              ('Thread-Topic', S(ev.summary or subj)), ('Thread-Index', b64s(28))]
        return H, root

    if c == 'sogo':
        u = ui(spec)
        intro = spec.note or ('%s has invited you to %s.' % (spec.org.name, ev.summary) if spec.lang == 'en' else '%s: %s' % (u['inv'], ev.summary))
        plain = body_plain_generic(spec, ev, intro)
        root = Part('multipart/mixed', boundary=boundary('sogo'), parts=[
            Part('text/plain', plain, charset=fix_cs(plain, cs), cte=cte_for(plain, fix_cs(plain, cs), 'quoted-printable')),
            Part('text/calendar', cal, charset='utf-8', params=mp, cte=pick(['quoted-printable', '8bit']),
                 headers=[('Content-Disposition', 'inline; filename="invite.ics"')])])
        H += [('From', A(frm)), ('To', _addr_hdr(to, hcs, enc)), ('Subject', S(subj)), ('Date', date),
              ('MIME-Version', '1.0'), ('Content-Type', None), ('Message-ID', mid), ('X-Forward', '127.0.0.1'),
              ('User-Agent', 'SOGoMail ' + calbuild.sogo_prodid(spec.arrival).split('SOGo ')[1].split('/')[0])]
        return H, root

    if c == 'yahoo':
        u = ui(spec)
        intro = spec.note or ('%s has invited you to an event.' % spec.org.name if spec.lang == 'en' else u['inv'])
        plain = body_plain_generic(spec, ev, intro)
        html = body_simple_html(spec, ev, plain)
        root = Part('multipart/alternative', boundary=boundary('yahoo'), parts=[
            Part('text/plain', plain, charset='UTF-8', cte='quoted-printable'),
            Part('text/html', html, charset='UTF-8', cte='quoted-printable'),
            Part('text/calendar', cal, charset='UTF-8', params=mp, cte='7bit' if all(ord(ch) < 128 for ch in cal) else 'base64')])
        H += [('Date', date), ('From', A(frm)), ('To', _addr_hdr(to, 'utf-8', enc)), ('Message-ID', mid),
              ('Subject', S(subj)), ('MIME-Version', '1.0'), ('Content-Type', None),
              ('X-Mailer', 'WebService/1.1.%d YMailNorrin' % R.randint(10000, 23000))]
        return H, root

    if c == 'zoom':
        plain = spec.plain or body_plain_generic(spec, ev, spec.note or ev.summary)
        html = spec.html or body_simple_html(spec, ev, plain)
        root = Part('multipart/mixed', boundary=boundary('zoom'), parts=[
            Part('multipart/alternative', boundary=boundary('zoom'), parts=[
                Part('text/plain', plain, charset='UTF-8', cte='quoted-printable'),
                Part('text/html', html, charset='UTF-8', cte='quoted-printable')]),
            Part('text/calendar', cal, charset='UTF-8', params=mp + [('name', 'iCalendar.ics')], cte='base64',
                 headers=[('Content-Disposition', 'attachment; filename=iCalendar.ics')])])
        H += [('Date', date), ('From', A(frm)), ('Reply-To', A(spec.reply_to or spec.org)), ('To', A(spec.rcpt)),
              ('Message-ID', mid), ('Subject', S(subj)), ('MIME-Version', '1.0'), ('Content-Type', None),
              ('X-Zoom-Mail-Type', pick(['webinar_registration', 'meeting_invitation', 'registration_confirm']))]
        return H, root

    # ---- custom / hand-rolled
    return build_custom(spec, cal, cs, mp, subj, date, mid, A, S, hcs, enc, to)


def build_custom(spec, cal, cs, mp, subj, date, mid, A, S, hcs, enc, to):
    p = spec.profile or {}
    ev = spec.events[0]
    layout = p.get('layout', 'mixed-alt')
    plain = spec.plain if spec.plain is not None else body_plain_generic(spec, ev, spec.note or ev.summary or '')
    html = spec.html if spec.html is not None else body_simple_html(spec, ev, plain)
    cs = fix_cs(plain + html, cs)
    if spec.html is None and chance(0.7):
        html = html.replace('charset=utf-8', 'charset=' + cs)
    ctype = p.get('cal_type', 'text/calendar') if layout != 'single' else 'text/calendar'
    cal_cs = p.get('cal_charset', 'utf-8')
    cal_cs = fix_cs(cal, cal_cs)
    fname = p.get('filename', 'invite.ics')
    cal_cte = p.get('cal_cte', 'base64')
    if cal_cte in ('7bit',) and not all(ord(ch) < 128 for ch in cal):
        cal_cte = '8bit'
    lfq = 'lf' in (spec.quirks or ())
    ct_style = p.get('ct_style', 'quoted')
    params = list(mp) if ctype == 'text/calendar' or p.get('method_on_attach') else []
    calpart = Part(ctype, cal, charset=cal_cs if ctype == 'text/calendar' else None,
                   params=params + ([('name', fname)] if fname and layout != 'single' else []), cte=cal_cte, eol_quirk=lfq,
                   ct_style=ct_style, headers=([('Content-Disposition', '%s; filename="%s"' % (p.get('disp', 'attachment'), fname))] if fname and layout != 'single' else []))
    tcte = p.get('text_cte', 'quoted-printable')
    tp = Part('text/plain', plain, charset=cs, cte=cte_for(plain, cs, tcte), ct_style=ct_style)
    hp = Part('text/html', html, charset=cs, cte=cte_for(html, cs, tcte), ct_style=ct_style)
    b = p.get('boundary', 'generic')
    if layout == 'single':
        root = calpart
    elif layout == 'alt':
        root = Part('multipart/alternative', boundary=boundary(b), parts=[tp, hp, calpart] if p.get('html', True) else [tp, calpart], ct_style=ct_style)
    elif layout == 'mixed-html':
        root = Part('multipart/mixed', boundary=boundary(b), parts=[hp, calpart], ct_style=ct_style)
    elif layout == 'mixed-plain':
        root = Part('multipart/mixed', boundary=boundary(b), parts=[tp, calpart], ct_style=ct_style)
    else:
        root = Part('multipart/mixed', boundary=boundary(b), ct_style=ct_style, parts=[
            Part('multipart/alternative', boundary=boundary(b), parts=[tp, hp], ct_style=ct_style), calpart])
    if p.get('extra_parts'):
        if root.parts:
            root.parts += p['extra_parts']
    H = []
    order = p.get('hdr_order', ['Date', 'From', 'Reply-To', 'To', 'Cc', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type', 'X-Mailer'])
    for k in order:
        if k == 'Date':
            H.append(('Date', date))
        elif k == 'From':
            H.append(('From', A(spec.sender)))
        elif k == 'Reply-To' and spec.reply_to:
            H.append(('Reply-To', A(spec.reply_to)))
        elif k == 'To':
            H.append(('To', p.get('to_hdr') or _addr_hdr(to, hcs, enc)))
        elif k == 'Cc' and spec.cc:
            H.append(('Cc', _addr_hdr(spec.cc, hcs, enc)))
        elif k == 'Subject':
            H.append(('Subject', S(subj)))
        elif k == 'Message-ID' and mid:
            H.append(('Message-ID', mid))
        elif k == 'MIME-Version':
            H.append(('MIME-Version', '1.0'))
        elif k == 'Content-Type':
            H.append(('Content-Type', None))
        elif k == 'X-Mailer' and p.get('x_mailer'):
            H.append(('X-Mailer', p['x_mailer']))
    H += list(p.get('extra_headers', []))
    return H, root


def finalize(H, root):
    """Insert the root part's Content-Type where the client puts it; return (headers, body bytes)."""
    ct_lines = root.header_lines()
    out = []
    placed = False
    for k, v in H:
        if k == 'Content-Type' and v is None:
            out += [(None, l) for l in ct_lines]
            placed = True
        else:
            out.append((k, v))
    if not placed:
        out += [(None, l) for l in ct_lines]
    return out, root.encoded_body()


def assemble(headers, body):
    lines = []
    for k, v in headers:
        lines.append(v if k is None else mime.fold_header(k, v))
    return '\r\n'.join(lines).encode('ascii') + b'\r\n\r\n' + body


def render(spec):
    prep(spec)
    if spec.fwd:
        return render_fwd(spec)
    H, root = build(spec)
    for k, v in spec.extra_headers or []:
        H.append((k, v))
    H, body = finalize(H, root)
    if spec.listinfo:
        return render_list(spec, H, body)
    tr = transport(spec)
    return assemble(top_headers(spec, tr) + H, body)


# ------------------------------------------------------------------ mailing lists
def render_list(spec, H, body):
    li = spec.listinfo
    lspec = Obj(spec)
    lspec.rcpt = Obj(name=None, addr=li['addr'])
    orig_tr = transport(lspec)
    ldom = li['domain']
    laddr = li['addr']
    lname = li['name']
    munge = li.get('munge', False)
    tag = li.get('tag')
    newH = []
    for k, v in H:
        if k == 'Subject' and tag:
            v = '[%s] %s' % (tag, v)
        if k == 'From' and munge:
            n = spec.sender.name or spec.sender.addr.split('@')[0]
            v = addr('%s via %s' % (n, lname), laddr, 'utf-8', 'B')
            newH.append(('Reply-To', addr(spec.sender.name, spec.sender.addr, 'utf-8', 'B')))
        if k == 'To' and li.get('to_list'):
            v = laddr
        newH.append((k, v))
    mm3 = li.get('mm3', True)
    bounce = '%s-bounces@%s' % (laddr.split('@')[0], ldom) if not mm3 else '%s-bounces+%s=%s@%s' % (
        laddr.split('@')[0], spec.rcpt.addr.split('@')[0], spec.rcpt.addr.split('@')[1], ldom)
    lh = [('X-BeenThere', laddr)]
    if mm3:
        lh += [('X-Mailman-Version', '3.3.%d' % R.randint(3, 9)), ('Precedence', 'list'),
               ('List-Id', '"%s" <%s>' % (lname, laddr.replace('@', '.'))),
               ('Archived-At', '<https://%s/hyperkitty/list/%s/message/%s/>' % (ldom, laddr, alnum(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))),
               ('List-Archive', '<https://%s/hyperkitty/list/%s/>' % (ldom, laddr)),
               ('List-Help', '<mailto:%s-request@%s?subject=help>' % (laddr.split('@')[0], ldom)),
               ('List-Owner', '<mailto:%s-owner@%s>' % (laddr.split('@')[0], ldom)),
               ('List-Post', '<mailto:%s>' % laddr),
               ('List-Subscribe', '<mailto:%s-join@%s>' % (laddr.split('@')[0], ldom)),
               ('List-Unsubscribe', '<mailto:%s-leave@%s>' % (laddr.split('@')[0], ldom)),
               ('Message-ID-Hash', alnum(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')),
               ('X-Message-ID-Hash', alnum(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')),
               ('X-MailFrom', spec.sender.addr),
               ('X-Mailman-Rule-Misses', 'dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header')]
    else:
        lh += [('X-Mailman-Version', '2.1.%d' % R.randint(20, 39)), ('Precedence', 'list'),
               ('List-Id', '%s <%s>' % (lname, laddr.replace('@', '.'))),
               ('List-Unsubscribe', '<https://%s/mailman/options/%s>,\r\n <mailto:%s-request@%s?subject=unsubscribe>' % (ldom, laddr.split('@')[0], laddr.split('@')[0], ldom)),
               ('List-Archive', '<https://%s/pipermail/%s/>' % (ldom, laddr.split('@')[0])),
               ('List-Post', '<mailto:%s>' % laddr),
               ('List-Help', '<mailto:%s-request@%s?subject=help>' % (laddr.split('@')[0], ldom)),
               ('List-Subscribe', '<https://%s/mailman/listinfo/%s>,\r\n <mailto:%s-request@%s?subject=subscribe>' % (ldom, laddr.split('@')[0], laddr.split('@')[0], ldom)),
               ('Errors-To', '%s-bounces@%s' % (laddr.split('@')[0], ldom)),
               ('Sender', '"%s" <%s-bounces@%s>' % (lname, laddr.split('@')[0], ldom))]
    # footer: wrap body into multipart/mixed with a footer part
    ct_hdr = [v for k, v in newH if k is None and v.lower().startswith('content-type')]
    idx = [i for i, (k, v) in enumerate(newH) if k is None and (v.lower().startswith('content-type') or v.lower().startswith('content-transfer-encoding'))]
    inner_head = '\r\n'.join(newH[i][1] for i in idx)
    newH = [x for i, x in enumerate(newH) if i not in idx]
    footer = li.get('footer') or ('_______________________________________________\n%s mailing list -- %s\nTo unsubscribe send an email to %s-leave@%s\n' % (
        lname, laddr, laddr.split('@')[0], ldom))
    bnd = '===============%s==' % digits(19)
    fpart = Part('text/plain', footer, charset='utf-8', cte='base64' if not footer.isascii() else '7bit',
                 headers=[('Content-Disposition', 'inline')])
    newbody = (b'--' + bnd.encode() + b'\r\n' + inner_head.encode() + b'\r\n\r\n' + body + b'\r\n--' + bnd.encode() +
               b'\r\n' + fpart.render() + b'\r\n--' + bnd.encode() + b'--\r\n')
    newH = [x for x in newH if not (x[0] == 'MIME-Version')]
    newH += [('MIME-Version', '1.0'), ('Content-Type', 'multipart/mixed; boundary="%s"' % bnd)]
    newH += lh
    if munge:
        newH = [x for x in newH if not (x[0] == 'Reply-To' and x is not None) or True]
    # trace
    lip = ip4()
    lhost = li.get('host', 'mail.' + ldom)
    when = spec.arrival
    ar_dk = [('fail', d, s, b) for (_, d, s, b) in orig_tr.ar_parts[0] if d] or [('none', None, None, '')]
    sigs = list(orig_tr.sigs)
    if li.get('resign', munge):
        h, b = dkim_sig(ldom, 'mail', int((when - dt.datetime(1970, 1, 1)).total_seconds()), 'from:to:subject:date:message-id:list-id')
        sigs.insert(0, h)
        ar_dk.append(('pass', ldom, 'mail', b))
    fd = _dom(laddr) if munge else _dom(spec.sender.addr)
    pol = dmarc_policy(fd, spoofable=not munge)
    if munge:
        dmarc = ('pass', pol or 'NONE', fd)
    else:
        dmarc = ('fail' if pol else 'none', pol, fd)
    ar = authres(ar_dk, ('pass', bounce, lip), dmarc)
    top = ['Return-Path: <%s>' % bounce, 'Delivered-To: %s' % spec.rcpt.addr, ar,
           received_mx(lhost, lhost, lip, spec.rcpt.addr, when),
           'Received: from %s (localhost [IPv6:::1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s' % (lhost, lhost, hexs(10, True), rfc2822(when - dt.timedelta(seconds=2), 0)),
           'Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s' % (
               orig_tr.helo, orig_tr.rdns or 'unknown', orig_tr.ip, lhost, hexs(10, True), laddr, rfc2822(when - dt.timedelta(seconds=R.randint(5, 60)), 0))]
    top += orig_tr.mid
    top += sigs
    return assemble([(None, x) for x in top] + newH, newbody)


# ------------------------------------------------------------------ forwarding
def render_fwd(spec):
    """spec.fwd = Obj(inner=<spec of original invitation>, mode='inline'|'rfc822', note=str)"""
    f = spec.fwd
    inner = f.inner
    prep(inner)
    iH, iroot = build(inner)
    iH, ibody = finalize(iH, iroot)
    ev = inner.events[0]
    u = ui(spec)
    cs = 'UTF-8' if spec.client in ('google', 'thunderbird') else 'utf-8'
    enc = hdr_enc(spec)
    hcs = 'utf-8'
    date_off = _tzoff(spec, spec.arrival)
    date = rfc2822(spec.arrival - dt.timedelta(seconds=R.randint(2, 40)), date_off)
    isubj = [v for k, v in iH if k == 'Subject']
    isubj_txt = inner.subject or default_subject(inner)
    prefix = {'google': 'Fwd: ', 'thunderbird': 'Fwd: ', 'applemail': 'Fwd: ', 'outlook': 'FW: ', 'yahoo': 'Fwd: '}.get(spec.client, 'Fwd: ')
    if spec.lang == 'de' and spec.client == 'outlook':
        prefix = 'WG: '
    if spec.lang == 'fr' and spec.client == 'outlook':
        prefix = 'TR: '
    if spec.lang == 'es' and spec.client == 'outlook':
        prefix = 'RV: '
    if spec.lang == 'nl' and spec.client == 'outlook':
        prefix = 'FW: '
    subj = spec.subject or prefix + isubj_txt
    cal = cal_text(inner, STYLE.get(inner.client) or ('outlook16' if inner.variant == 'desktop' else 'ms'))
    orig_date = rfc2822(inner.arrival, 0)
    fwd_head = '---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n' % (
        inner.sender.name, inner.sender.addr, orig_date, isubj_txt, inner.rcpt.addr)
    if spec.client == 'outlook':
        fwd_head = '________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s <%s>\nSubject: %s\n' % (
            inner.sender.name, inner.sender.addr, orig_date, inner.rcpt.name, inner.rcpt.addr, isubj_txt)
    if spec.client == 'applemail':
        fwd_head = 'Begin forwarded message:\n\nFrom: %s <%s>\nSubject: %s\nDate: %s\nTo: %s\n' % (
            inner.sender.name, inner.sender.addr, isubj_txt, orig_date, inner.rcpt.addr)
    note = f.note or ''
    if f.mode == 'rfc822':
        tp = Part('text/plain', note + '\n', charset=cs, cte=cte_for(note, cs, 'quoted-printable'))
        head = '\r\n'.join((v if k is None else mime.fold_header(k, v)) for k, v in iH)
        rfc = Part('message/rfc822', (head + '\r\n\r\n').encode() + ibody, raw=True, cte='7bit' if ibody.isascii() else '8bit',
                   headers=[('Content-Disposition', 'attachment; filename="%s.eml"' % re.sub(r'[^A-Za-z0-9 _-]', '_', (ev.summary or 'invite'))[:40])])
        root = Part('multipart/mixed', boundary=boundary(spec.client), parts=[tp, rfc])
    else:
        orig_plain = body_plain_generic(inner, ev, '')
        plain = note + '\n\n' + fwd_head + '\n' + orig_plain
        html = '<div dir="ltr">%s<br><br><div class="gmail_quote">%s</div><br>%s</div>\n' % (linkify(note), linkify(fwd_head), linkify(orig_plain))
        root = Part('multipart/mixed', boundary=boundary(spec.client), parts=[
            Part('multipart/alternative', boundary=boundary(spec.client), parts=[
                Part('text/plain', plain, charset=cs, cte=cte_for(plain, cs, 'quoted-printable')),
                Part('text/html', html, charset=cs, cte='quoted-printable'),
                Part('text/calendar', cal, charset='UTF-8', params=mparam(inner), cte='base64')]),
            Part('application/ics', cal, params=[('name', 'invite.ics')], cte='base64',
                 headers=[('Content-Disposition', 'attachment; filename="invite.ics"')])])
    A = lambda p: addr(p.name, p.addr, 'utf-8', enc) if p.name else p.addr
    if spec.client == 'google':
        spec.gmail_web = True
    mid = msgid(spec)
    H = [('MIME-Version', '1.0'), ('From', A(spec.sender)), ('Date', date), ('Message-ID', mid),
         ('Subject', htext(subj, 'utf-8', enc, 'UTF-8')), ('To', A(spec.rcpt)), ('Content-Type', None)]
    if spec.cc:
        H.insert(6, ('Cc', _addr_hdr(spec.cc, 'utf-8', enc)))
    if spec.client == 'thunderbird':
        H.append(('User-Agent', 'Mozilla Thunderbird'))
    if spec.client == 'outlook':
        H.append(('X-Mailer', 'Microsoft Outlook 16.0'))
    if spec.client == 'applemail':
        H.append(('X-Mailer', 'iPhone Mail (21E236)'))
    H, body = finalize(H, root)
    tr = transport(spec)
    return assemble(top_headers(spec, tr) + H, body)
