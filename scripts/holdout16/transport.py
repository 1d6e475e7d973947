# -*- coding: utf-8 -*-
"""Sending infrastructure, DKIM/SPF/DMARC outcomes and the receiving MX trace headers.

c.sender keys used: email, domain, kind, infra (optional override), auth (optional override),
dmarc_policy (optional), host.
"""
from datetime import timedelta

import mime
from mime import Leaf, Multi
from util import rid, uuid, HEX, HEXU, ALNUM, LOWALNUM, rfc2822, epoch, b64rand, ip4, ip6

MX = 'mx.example.net'

# DMARC policies of the big providers (as published 2016-2026, simplified)
PROVIDER_DMARC = {
    'gmail.com': 'p=NONE sp=QUARANTINE dis=NONE', 'googlemail.com': 'p=NONE sp=QUARANTINE dis=NONE',
    'google.com': 'p=REJECT sp=REJECT dis=NONE',
    'outlook.com': 'p=NONE sp=QUARANTINE dis=NONE', 'hotmail.com': 'p=NONE sp=NONE dis=NONE',
    'live.com': 'p=NONE sp=NONE dis=NONE', 'yahoo.com': 'p=REJECT sp=REJECT dis=NONE',
    'aol.com': 'p=REJECT sp=REJECT dis=NONE', 'icloud.com': 'p=QUARANTINE sp=QUARANTINE dis=NONE',
    'me.com': 'p=QUARANTINE sp=QUARANTINE dis=NONE', 'zoom.us': 'p=REJECT sp=REJECT dis=NONE',
    'mail.ru': 'p=REJECT sp=REJECT dis=NONE', 'yandex.ru': 'p=NONE sp=NONE dis=NONE',
    'gmx.de': 'p=NONE sp=NONE dis=NONE', 'web.de': 'p=NONE sp=NONE dis=NONE', 'qq.com': 'p=QUARANTINE sp=QUARANTINE dis=NONE',
    '163.com': 'p=NONE sp=NONE dis=NONE', 'naver.com': 'p=NONE sp=NONE dis=NONE', 'yahoo.co.jp': 'p=NONE sp=NONE dis=NONE',
    'googlegroups.com': 'p=NONE sp=NONE dis=NONE',
}


def dmarc_policy(c, domain):
    if domain in PROVIDER_DMARC:
        return PROVIDER_DMARC[domain]
    pol = c.sender.get('dmarc_policy')
    if pol:
        return pol
    # deterministic per domain
    h = sum(ord(ch) for ch in domain) % 10
    if h < 3:
        return 'p=REJECT sp=REJECT dis=NONE'
    if h < 5:
        return 'p=QUARANTINE sp=QUARANTINE dis=NONE'
    if h < 8:
        return 'p=NONE sp=NONE dis=NONE'
    return None  # no DMARC record


def qid(rng):
    return rid(rng, rng.choice([10, 11, 12]), '0123456789BCDFGHJKLMNPQRSTVWXYZ')


def dkim_sig(c, d, s, style='generic', hlist=None, t=None):
    rng = c.rng
    bh = b64rand(rng, 32)
    b = b64rand(rng, 256 if style != 'ed' else 64)
    ts = epoch(t or c.sent)
    if style == 'google':
        hl = hlist or 'to:from:subject:message-id:date:mime-version:from:to:cc:subject:date:message-id:reply-to'
        v = ('v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d; x=%d; darn=%s;\n        h=%s;\n'
             '        bh=%s;\n        b=%s') % (d, s, ts, ts + 604800, c.rcpt['domain'], hl, bh, _wrap(b, 8, 70))
    elif style == 'microsoft':
        hl = hlist or 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck'
        v = 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s;\n h=%s;\n bh=%s;\n b=%s' % (d, s, hl, bh, _wrap(b, 1, 72))
    elif style == 'yahoo':
        hl = hlist or 'Date:From:Reply-To:To:Subject:References:From:Subject:Reply-To'
        v = 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s; h=%s; b=%s' % (d, s, ts, bh, hl, b)
    elif style == 'apple':
        hl = hlist or 'From:Content-Type:Mime-Version:Subject:Message-Id:Date:To'
        v = 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d;\n\tbh=%s;\n\th=%s;\n\tb=%s' % (d, s, ts, bh, hl, _wrap(b, '\t', 72))
    else:
        hl = hlist or rng.choice(['Date:From:To:Subject:From', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
                                  'Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To'])
        v = 'v=1; a=rsa-sha256; c=relaxed/simple; d=%s;\n\ts=%s; t=%d;\n\tbh=%s;\n\th=%s;\n\tb=%s' % (d, s, ts, bh, hl, _wrap(b, '\t', 72))
    return v, b[:8]


def _wrap(s, indent, width):
    ind = indent if isinstance(indent, str) else ' ' * indent
    chunks = [s[i:i + width] for i in range(0, len(s), width)]
    return ('\n' + ind).join(chunks)


# ------------------------------------------------------------------ infrastructure per sender

def infra_for(c):
    """Decide the sending infrastructure from client + sender kind. Returns dict."""
    s = c.sender
    k = s.get('kind', 'org')
    cl = c.client_inner if c.client == 'mlist' else c.client
    if s.get('infra'):
        return s['infra']
    if k in ('spoof', 'vps'):
        return 'vps'
    if cl == 'google':
        return 'google'
    if cl == 'outlook':
        if c.client_var == 'onprem':
            return 'exchange'
        if s['domain'] in ('outlook.com', 'hotmail.com', 'live.com', 'outlook.de', 'hotmail.fr', 'hotmail.es', 'hotmail.it',
                           'outlook.es', 'hotmail.nl', 'outlook.sa', 'outlook.jp', 'outlook.com.tr', 'outlook.co.th', 'hotmail.gr',
                           'windowslive.com'):
            return 'outlookcom'
        return 'm365'
    if cl == 'apple':
        if s['domain'] in ('icloud.com', 'me.com', 'mac.com'):
            return 'icloud'
        return 'provider' if k == 'free' else 'postfix'
    if cl == 'yahoo':
        return 'yahoo'
    if cl == 'zoom':
        return 'zoom'
    if cl == 'transactional':
        return 'esp'
    if cl == 'script':
        return 'webhost' if k in ('org', 'compromised', 'brand') else 'vps'
    if cl == 'zimbra':
        return 'zimbra'
    if cl in ('nextcloud', 'sogo'):
        return 'postfix'
    if cl == 'thunderbird':
        if k == 'free':
            return 'gmail-smtp' if s['domain'] in ('gmail.com',) else 'provider'
        return c.rng.choice(['postfix', 'exim'])
    return 'postfix'


def build_trace(c):
    """Returns (mx_fields, sender_received_list, dkim_headers, extra_trace_headers, auth_tuple)."""
    rng = c.rng
    s = c.sender
    inf = infra_for(c)
    c.infra = inf
    d = s['domain']
    frm = s['email']
    rcpt = c.rcpt['email']
    if c.client == 'mlist' and c.spec.get('to'):
        rcpt = c.spec['to'][0][1]
    t0 = c.sent
    import tz as TZ
    soff = TZ.utc_offset(s.get('tz', 'UTC'), t0)
    arr = c.arrival
    recv = []
    dk = []       # list of (domain, selector, style, result)
    extra = []
    auth = s.get('auth', 'pass')
    ipv = ip4(rng)
    if inf == 'google':
        host = 'mail-%s-f%d.google.com' % (rng.choice(['sor', 'sor', 'yb1', 'qt1', 'pj1', 'wm1']), rng.randint(41, 199))
        ipv = ip6(rng) if rng.random() < 0.5 else ip4(rng, '198.51.100')
        env = '%s@calendar-server.bounces.google.com' % (rid(rng, 14, LOWALNUM) + '-' + rid(rng, 40, LOWALNUM + '.') + rid(rng, 6, LOWALNUM))
        if getattr(c, 'is_google_cal', True) is False:
            env = frm
        sel = '20230601' if c.year >= 2023 else '20161025' if c.year < 2021 else '20210112'
        if d not in ('gmail.com', 'googlemail.com'):
            if s.get('ws_dkim', True):
                dk.append((d, 'google', 'google', 'pass'))
        else:
            dk.append((d, sel, 'google', 'pass'))
        dk.append(('google.com', sel, 'google', 'pass'))
        recv.append('by %s with SMTP id %s\n        for <%s>\n        (Google Transport Security);\n        %s' % (
            host, rid(rng, 36, 'abcdefghijklmnopqrstuvwxyz0123456789-.'), rcpt, rfc2822(t0 + timedelta(seconds=1), -480 if c.year % 2 else -420)))
        extra.append(('X-Google-Smtp-Source', 'AGHT+I' + b64rand(rng, 60)[:70]))
        extra.append(('X-Received', 'by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;\n        %s' % (
            rng.randint(0x6000, 0x7fff), rng.randint(0x1000, 0xffff), rng.randint(0x300, 0x5ff), rng.randint(0x1000, 0xffff),
            rng.randint(0x100, 0xfff), rid(rng, 30, 'abcdefghijklmnopqrstuvwxyz0123456789-.'), rfc2822(t0 + timedelta(seconds=1), -480))))
        helo = rdns = host
        spf_dom = 'calendar-server.bounces.google.com' if '@calendar-server' in env else d
    elif inf in ('m365', 'outlookcom'):
        reg = rng.choice(['EUR05-AM6', 'EUR03-DBA', 'EUR02-VI1', 'NAM12-BN8', 'NAM10-MW2', 'NAM04-DM6', 'APC01-SG2', 'JPN01-TYC'])
        host = 'mail-%s%son2%03d.outbound.protection.outlook.com' % (reg.split('-')[1].lower(), reg.split('-')[0].lower()[:3] + reg[3:5], rng.randint(40, 199))
        helo = '%s-obe.outbound.protection.outlook.com' % reg
        rdns = host
        ipv = ip6(rng) if rng.random() < 0.6 else ip4(rng, '203.0.113')
        env = frm
        srv = getattr(c, 'ms_server', 'AM0PR04MB%d' % rng.randint(1000, 9999))
        regn = getattr(c, 'ms_region', 'eurprd04')
        fe = 'fe80::%x:%x:%x:%x' % tuple(rng.randint(0, 0xffff) for _ in range(4))
        recv.append('from %s.%s.prod.outlook.com\n ([%s]) by %s.%s.prod.outlook.com\n ([%s%%%d]) with mapi id 15.20.%d.%03d; %s' % (
            srv, regn, fe, srv, regn, fe, rng.randint(3, 7), rng.randint(6000, 9300), rng.randint(0, 40), rfc2822(t0)))
        if inf == 'outlookcom':
            dk.append((d if d in ('outlook.com', 'hotmail.com') else 'outlook.com', 'selector1', 'microsoft', 'pass'))
        else:
            if s.get('ms_dkim', 'custom') == 'custom':
                dk.append((d, rng.choice(['selector1', 'selector2']), 'microsoft', 'pass'))
            else:
                tn = s.get('tenant') or d.split('.')[0].replace('-', '')
                dk.append(('%s.onmicrosoft.com' % tn, 'selector1-%s-onmicrosoft-com' % tn, 'microsoft', 'pass'))
            extra += [('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + _wrap(b64rand(rng, 256), 1, 70)),
                      ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s' % (b64rand(rng, 32), _wrap(b64rand(rng, 256), 1, 70))),
                      ('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none')]
        spf_dom = d
    elif inf == 'exchange':
        host = rng.choice(['mail', 'smtp', 'mx-out', 'gw1']) + '.' + d
        helo = rdns = host
        env = frm
        ex = rng.choice(['EXCH01', 'EX2019-01', 'MBX02', 'SRV-EX1'])
        recv.append('from %s.%s (10.%d.%d.%d) by %s.%s (10.%d.%d.%d) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.%d.%d.%d; %s' % (
            ex, d, rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254), ex, d, rng.randint(0, 255), rng.randint(0, 255),
            rng.randint(2, 254), rng.choice([1, 2]), rng.randint(1000, 1600), rng.randint(1, 40), rfc2822(t0, soff)))
        recv.append('from %s.%s ([fe80::%x:%x:%x:%x]) by %s.%s\n ([fe80::%x:%x:%x:%x%%12]) with mapi id 15.%02d.%04d.%03d; %s' % (
            ex, d, *(rng.randint(0, 0xffff) for _ in range(4)), ex, d, *(rng.randint(0, 0xffff) for _ in range(4)),
            rng.choice([1, 2]), rng.randint(1000, 1600), rng.randint(1, 40), rfc2822(t0, soff)))
        if s.get('onprem_dkim', rng.random() < 0.4):
            dk.append((d, rng.choice(['mail', 'dkim', 's1']), 'generic', 'pass'))
        spf_dom = d
    elif inf == 'icloud':
        host = 'st43p00im-%s.me.com' % rid(rng, 14, LOWALNUM)
        helo = rdns = host
        env = frm
        recv.append('from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s' % (
            ip4(rng, '192.0.2'), host, qid(rng), rcpt, rfc2822(t0)))
        dk.append((d if d == 'icloud.com' else 'icloud.com', '1a1hai', 'apple', 'pass'))
        if d != 'icloud.com':
            dk[-1] = (d, '1a1hai', 'apple', 'pass')
        spf_dom = d
    elif inf == 'yahoo':
        n = rng.randint(300, 330)
        host = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (n, rng.randint(10, 40), rng.choice(['ne1', 'bf2', 'gq1', 'ir2']))
        helo = rdns = host
        env = frm
        recv.append('from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s' % (host.replace('-%s' % host.split('-')[1].split('.')[0], ''), rfc2822(t0)))
        dk.append((d, rng.choice(['s2048', 's2048', 's1024']), 'yahoo', 'pass'))
        extra.append(('X-YMail-OSG', rid(rng, 60, ALNUM + '._')))
        extra.append(('X-Sonic-MF', '<%s>' % frm))
        spf_dom = d
    elif inf == 'zoom':
        host = 'mailout%d.zoom.us' % rng.randint(1, 12)
        helo = rdns = host
        env = 'bounce-%s@%s' % (rid(rng, 20, LOWALNUM), 'zoom.us')
        dk.append(('zoom.us', rng.choice(['zmail', 'zm2']), 'generic', 'pass'))
        spf_dom = 'zoom.us'
    elif inf == 'esp':
        esp = s.get('esp') or rng.choice(['ses', 'sendgrid', 'mailgun', 'postmark', 'sparkpost'])
        if esp == 'ses':
            host = 'a%d-%d.smtp-out.%s.amazonses.com' % (rng.randint(8, 48), rng.randint(1, 250), rng.choice(['eu-west-1', 'us-east-2', 'ap-northeast-1']))
            env = '%s-%s-000000@%s' % ('0100018' + rid(rng, 9, HEX), uuid(rng), rng.choice(['amazonses.com', 'mail.' + d]))
            dk.append((d, rid(rng, 32, LOWALNUM), 'generic', 'pass'))
            dk.append(('amazonses.com', rid(rng, 32, LOWALNUM), 'generic', 'pass'))
            extra.append(('Feedback-ID', '1.eu-west-1.%s=:AmazonSES' % b64rand(rng, 30)[:43]))
            extra.append(('X-SES-Outgoing', '%s-%s' % (t0.strftime('%Y.%m.%d'), ip4(rng))))
        elif esp == 'sendgrid':
            host = 'o%d.ptr%d.%s' % (rng.randint(1, 9), rng.randint(1000, 9999), s.get('esp_domain', 'em.' + d))
            env = 'bounces+%d-%s-%s=%s@em%d.%s' % (rng.randint(10 ** 6, 10 ** 8), rid(rng, 4), rcpt.split('@')[0], c.rcpt['domain'], rng.randint(100, 9999), d)
            dk.append((d, 's1', 'generic', 'pass'))
            dk.append(('sendgrid.info', 'smtpapi', 'generic', 'pass'))
            recv.append('by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%s\n        %s' % (
                rid(rng, 10, LOWALNUM), rid(rng, 5, LOWALNUM), rid(rng, 10, LOWALNUM), rng.randint(1, 30), rid(rng, 22, LOWALNUM), rfc2822(t0)))
            extra.append(('X-SG-EID', b64rand(rng, 90)))
        elif esp == 'mailgun':
            host = 'm%d-%d.mailgun.net' % (rng.randint(200, 240), rng.randint(1, 9))
            env = 'bounce+%s.%s-%s=%s@mg.%s' % (rid(rng, 6), rid(rng, 6), rcpt.split('@')[0], c.rcpt['domain'], d)
            dk.append(('mg.' + d if rng.random() < 0.5 else d, rng.choice(['mx', 'k1', 'smtp']), 'generic', 'pass'))
            recv.append('by %s with HTTP id %s; %s' % (rid(rng, 24, HEX), rid(rng, 24, HEX), rfc2822(t0)))
            extra.append(('X-Mailgun-Sid', b64rand(rng, 60)[:76]))
        elif esp == 'postmark':
            host = 'sc-ord-mta%d.mtasv.net' % rng.randint(110, 129)
            env = 'pm_bounces@pm-bounces.%s' % d
            dk.append(('pm-bounces.' + d, '%s' % rng.randint(10 ** 13, 10 ** 14) + 'pm', 'generic', 'pass'))
            dk.append((d, '%dpm' % rng.randint(10 ** 13, 10 ** 14), 'generic', 'pass'))
            extra.append(('X-PM-Message-Id', uuid(rng)))
        else:
            host = 'mta-%d-%d.sparkpostmail.com' % (rng.randint(1, 120), rng.randint(1, 9))
            env = 'msprvs1=%s=bounces-%d@spmail.%s' % (rid(rng, 16, ALNUM), rng.randint(100000, 999999), d)
            dk.append((d, 'scph%04d' % rng.randint(100, 1231), 'generic', 'pass'))
        helo = rdns = host
        spf_dom = env.split('@')[1]
    elif inf in ('webhost', 'vps'):
        if inf == 'webhost':
            host = s.get('host') or rng.choice(['web%d.%s' % (rng.randint(1, 40), rng.choice(['hostingpark.net', 'serverbox.eu', 'kundenserver-web.de', 'shared-hosting.example.com'])),
                                                 'www.' + d])
            env = s.get('env') or rng.choice(['www-data@' + host, frm, 'noreply@' + d])
            if getattr(c, 'label', '') == 'ham' and env.startswith('www-data@') and (dmarc_policy(c, d) or 'p=NONE').startswith('p=REJECT'):
                env = frm
        else:
            hosts = ['vps%d.%s' % (rng.randint(1000, 99999), rng.choice(['contabo-vps.example', 'ovh-vps.example', 'hostinger-vps.example', 'vultr-user.example'])),
                     'srv%d.%s' % (rng.randint(10, 999), rng.choice(['cheapvps.example', 'bulkserver.example'])), 'localhost.localdomain',
                     'ip-%s.%s' % (rid(rng, 8, '0123456789'), rng.choice(['static.hostdime.example', 'cloud-server.example']))]
            if s.get('kind') != 'spoof':
                hosts.append('mail.%s' % d)
            host = s.get('host') or rng.choice(hosts)
            env = s.get('env') or frm
            if s.get('kind') == 'spoof' and not s.get('env') and rng.random() < 0.4 and host != 'localhost.localdomain':
                env = rng.choice(['root', 'www-data', 'bounce', rid(rng, 8, LOWALNUM)]) + '@' + host
                s['spf_result'] = rng.choice(['none', 'pass'])
        helo = host
        rdns = host if rng.random() < 0.7 else 'unknown'
        ipv = ip4(rng, '203.0.113')
        recv.append('by %s (Postfix, from userid %d)\n\tid %s; %s' % (host, rng.choice([33, 48, 1000, 0]), qid(rng), rfc2822(t0, 0)))
        if inf == 'webhost' and s.get('webhost_dkim', rng.random() < 0.5):
            dk.append((d, rng.choice(['default', 'x', 'mail']), 'generic', 'pass'))
        if inf == 'vps' and auth == 'pass':
            dk.append((d, rng.choice(['default', 'mail', 'dkim', 's1']), 'generic', 'pass'))
        spf_dom = env.split('@')[1]
    elif inf == 'zimbra':
        host = s.get('host') or 'mail.' + d
        helo = rdns = host
        env = frm
        recv.append('from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPS id %s;\n\t%s' % (host, host, qid(rng), rfc2822(t0, soff)))
        recv.append('from %s ([127.0.0.1])\n\tby localhost (%s [127.0.0.1]) (amavisd-new, port 10032)\n\twith ESMTP id %s; %s' % (
            host, host, rid(rng, 12, ALNUM), rfc2822(t0, soff)))
        recv.append('from %s (%s [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s' % (host, host, host, qid(rng), rfc2822(t0, soff)))
        extra.append(('X-Virus-Scanned', 'amavisd-new at %s' % d))
        if s.get('zimbra_dkim', rng.random() < 0.6):
            dk.append((d, uuid(rng).upper(), 'generic', 'pass'))
        spf_dom = d
    elif inf in ('provider', 'gmail-smtp'):
        if inf == 'gmail-smtp':
            host = 'mail-%s-f%d.google.com' % (rng.choice(['wr1', 'ed1', 'lf1']), rng.randint(41, 199))
            recv.append('from smtpclient.apple ([2001:db8:%x::%x])\n        by smtp.gmail.com with ESMTPSA id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
                rng.randint(1, 0xfff), rng.randint(1, 0xfff), rid(rng, 32, LOWALNUM + '-.'), rcpt, rfc2822(t0, -480)))
            dk.append((d, '20230601' if c.year >= 2023 else '20161025', 'google', 'pass'))
        else:
            host = s.get('host') or rng.choice(['mout.%s', 'smtp.%s', 'smtp-out.%s', 'mail.%s', 'out.%s']) % d
            recv.append('from [192.168.%d.%d] ([%s]) by %s\n (%s) with ESMTPSA (Nemesis) id %s; %s' % (
                rng.randint(0, 200), rng.randint(2, 250), ip4(rng, '198.51.100'), host, 'mr%s%d' % (d[:3], rng.randint(100, 120)),
                rid(rng, 20, ALNUM), rfc2822(t0, soff)))
            dk.append((d, rng.choice(['s42582890', 'mail', 'dkim', 'mail-20150716', 'default', 'qq']), 'generic', 'pass'))
        helo = rdns = host
        env = frm
        spf_dom = d
    else:  # postfix / exim self-hosted
        host = s.get('host') or rng.choice(['mail', 'smtp', 'mx1', 'mail2']) + '.' + d
        helo = rdns = host
        env = frm
        client_ip = ip4(rng, '198.51.100')
        if c.client in ('nextcloud', 'sogo') or (c.client == 'mlist' and c.client_inner in ('nextcloud', 'sogo')):
            recv.append('from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s' % (
                s.get('app_host', 'cloud.' + d), host, qid(rng), rfc2822(t0, soff)))
        elif rng.random() < 0.5:
            recv.append('from [192.168.%d.%d] (p%s.dip0.t-ipconnect.example [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s' % (
                rng.randint(0, 200), rng.randint(2, 250), rid(rng, 8, HEX), client_ip, frm.split('@')[0], host, qid(rng), rcpt, rfc2822(t0, soff)))
        else:
            recv.append('from [10.%d.%d.%d] (helo=[10.0.0.%d])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.%d)\n\t(envelope-from <%s>)\n\tid %s-%s-%s\n\tfor %s; %s' % (
                rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254), rng.randint(2, 250), host, rng.choice([94, 96, 97, 98]), frm,
                rid(rng, 6, ALNUM), rid(rng, 6, ALNUM), rid(rng, 2, ALNUM), rcpt, rfc2822(t0, soff)))
        if s.get('self_dkim', rng.random() < 0.75):
            dk.append((d, rng.choice(['dkim', 'mail', 'default', '2024', 'mx%d' % rng.randint(1, 3), 's1']), 'generic', 'pass'))
        spf_dom = d
    if s.get('env'):
        env = s['env']
        spf_dom = env.split('@')[1]
    c.envelope = env
    return dict(helo=helo, rdns=rdns, ip=ipv, env=env, spf_dom=spf_dom, recv=recv, dk=dk, extra=extra, infra=inf)


def auth_results(c, tr, from_domain, list_mode=None):
    """Build the Authentication-Results value."""
    rng = c.rng
    s = c.sender
    auth = s.get('auth', 'pass') if not tr.get('list') else 'pass'
    env = tr['env']
    ip = tr['ip']
    out = []
    dk_lines = []
    aligned_dkim = False
    for (dom, sel, sty, res) in tr['dk']:
        b8 = tr.setdefault('b8', {}).get((dom, sel)) or rid(rng, 8, ALNUM)
        dk_lines.append('dkim=%s header.d=%s header.s=%s header.b=%s' % (
            res if res != 'pass' else 'pass', dom, sel, b8))
        if res == 'pass' and (dom == from_domain or dom.endswith('.' + from_domain) or from_domain.endswith('.' + dom)):
            aligned_dkim = True
    if not tr['dk']:
        dk_lines.append('dkim=none')
    spf = tr.get('spf') or 'pass'
    if auth in ('spoof',):
        spf = s.get('spf_result') or rng.choice(['softfail', 'fail', 'none', 'softfail'])
    elif auth == 'vps':
        spf = s.get('spf_result') or rng.choice(['pass', 'none', 'neutral', 'pass'])
    elif auth == 'softfail':
        spf = 'softfail'
    spf_dom = tr['spf_dom']
    if spf == 'pass':
        spf_txt = 'spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (MX, env, ip, env)
    elif spf == 'softfail':
        spf_txt = 'spf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (MX, env, ip, env)
    elif spf == 'fail':
        spf_txt = 'spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (MX, env, ip, env)
    elif spf == 'neutral':
        spf_txt = 'spf=neutral (%s: %s is neither permitted nor denied by best guess record for domain of %s) smtp.mailfrom=%s' % (MX, ip, env, env)
    else:
        spf_txt = 'spf=none (%s: domain of %s does not designate permitted sender hosts) smtp.mailfrom=%s' % (MX, env, env)
    aligned_spf = spf == 'pass' and (spf_dom == from_domain or spf_dom.endswith('.' + from_domain))
    pol = dmarc_policy(c, from_domain)
    if s.get('force_dmarc'):
        dres = s['force_dmarc']
    elif pol is None:
        dres = 'none'
    else:
        dres = 'pass' if (aligned_dkim or aligned_spf) else 'fail'
    if dres == 'none':
        dm = 'dmarc=none header.from=%s' % from_domain
    else:
        if pol is None:
            pol = 'p=NONE sp=NONE dis=NONE'
        if dres == 'fail' and 'REJECT' in pol:
            # a receiving MX that enforced this would not have delivered it; these are quarantined-delivered
            pol = pol.replace('dis=NONE', 'dis=QUARANTINE' if rng.random() < 0.5 else 'dis=NONE')
        dm = 'dmarc=%s (%s) header.from=%s' % (dres, pol, from_domain)
    c.auth_summary = (','.join(x.split(' ')[0] for x in dk_lines), spf, dres)
    return 'mx.example.net;\n\t' + ';\n\t'.join(dk_lines + [spf_txt, dm])


def assemble(c, client_headers, root, tr=None):
    """Full message bytes (LF line ends; caller converts to CRLF)."""
    rng = c.rng
    tr = tr or build_trace(c)
    from_domain = c.header_from_domain
    dkim_hdrs = []
    tr['b8'] = {}
    for (dom, sel, sty, res) in tr['dk']:
        v, b8 = dkim_sig(c, dom, sel, sty)
        tr['b8'][(dom, sel)] = b8
        dkim_hdrs.append(('DKIM-Signature', v))
    ar = auth_results(c, tr, from_domain)
    rc = c.rcpt['email']
    mxline = 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (UTC)' % (
        tr['helo'], tr['rdns'], tr['ip'], MX, qid(rng), rc, rfc2822(c.arrival, 0))
    H = [('Return-Path', '<%s>' % tr['env']), ('Delivered-To', rc), ('Authentication-Results', ar), ('Received', mxline)]
    for r in tr['recv']:
        H.append(('Received', r))
    H += tr.get('pre_dkim', [])
    H += dkim_hdrs
    H += tr['extra']
    H += client_headers
    data = mime.render_headers(H) + mime.render(root)
    return data


# ------------------------------------------------------------------ mailing lists

def wrap_list(c, headers, root):
    """Apply a list manager's changes. c.listinfo = dict(kind, name, domain, desc, munge)."""
    rng = c.rng
    li = c.listinfo
    kind = li['kind']
    name, ldom = li['name'], li['domain']
    laddr = '%s@%s' % (name, ldom)
    ctype = [v for (k, v) in headers if k.lower() == 'content-type'][0]
    others = [(k, v) for (k, v) in headers if k.lower() not in ('content-type', 'content-transfer-encoding', 'mime-version')]
    if kind == 'googlegroups':
        footer = ('\n-- \nYou received this message because you are subscribed to the Google Groups "%s" group.\n'
                  'To unsubscribe from this group and stop receiving emails from it, send an email to %s+unsubscribe@googlegroups.com.\n'
                  'To view this discussion visit https://groups.google.com/d/msgid/%s/%s.\n') % (li['desc'], name, name, rid(rng, 40, ALNUM))
    elif kind == 'mailman3':
        footer = '_______________________________________________\n%s mailing list -- %s\nTo unsubscribe send an email to %s-leave@%s\n' % (li['desc'], laddr, name, ldom)
    elif kind == 'sympa':
        footer = '\n--\nListe %s / List %s\nhttps://%s/sympa/info/%s\n' % (name, laddr, ldom, name)
    else:
        footer = '_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n' % (li['desc'], laddr, ldom, name)
    if li.get('footer_text'):
        footer = li['footer_text']
    fpart = mime.text_leaf(footer, 'plain', 'us-ascii' if mime.is_ascii(footer) else 'utf-8', '7bit', disp='inline')
    if ctype.startswith('multipart/mixed'):
        root.parts.append(fpart)
        new_ctype = ctype
    else:
        inner = root
        inner.headers = [('Content-Type', ctype)]
        bnd = '===============%019d==' % rng.randint(10 ** 18, 10 ** 19 - 1)
        root = Multi([], [inner, fpart], bnd)
        new_ctype = 'multipart/mixed; boundary="%s"' % bnd
    # header changes
    out = []
    orig_from = None
    for k, v in others:
        if k == 'From':
            orig_from = v
            if li.get('munge'):
                nm = c.sender.get('name') or c.sender['email'].split('@')[0]
                if kind == 'googlegroups':
                    v = mime.addr("'%s' via %s" % (nm, li['desc']), laddr, 'utf-8', 'B', force_quote=True)
                else:
                    v = mime.addr('%s via %s' % (nm, li['desc']), laddr, 'utf-8', 'B')
        if k == 'Subject' and li.get('prefix'):
            pre = '[%s] ' % (li['prefix'] if mime.is_ascii(li['prefix']) else name)
            if isinstance(v, str) and '=?' in v:
                v = pre + v
            elif isinstance(v, bytes):
                v = pre.encode() + v
            else:
                v = pre + v
        out.append((k, v))
    if li.get('munge'):
        if not any(k == 'Reply-To' for k, v in out):
            out.append(('Reply-To', orig_from if isinstance(orig_from, str) else c.sender['email']))
        if kind == 'googlegroups':
            out.append(('X-Original-From', orig_from))
    out.append(('MIME-Version', '1.0'))
    out.append(('Content-Type', new_ctype))
    if kind == 'googlegroups':
        out += [('X-Original-Sender', c.sender['email']),
                ('X-Original-Authentication-Results', 'mx.google.com;       dkim=pass header.i=@%s header.s=%s;       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;       dmarc=pass (p=%s) header.from=%s' % (
                    c.sender['domain'], ('20230601' if c.year >= 2023 else '20161025') if c.sender['domain'] == 'gmail.com' else 'google',
                    c.sender['email'], ip4(rng), c.sender['email'],
                    (dmarc_policy(c, c.sender['domain']) or 'p=NONE').split()[0][2:], c.sender['domain'])),
                ('Precedence', 'list'),
                ('Mailing-list', 'list %s@googlegroups.com; contact %s+owners@googlegroups.com' % (name, name)),
                ('List-ID', '<%s.googlegroups.com>' % name),
                ('X-Spam-Checked-In-Group', '%s@googlegroups.com' % name),
                ('X-Google-Group-Id', str(rng.randint(10 ** 11, 10 ** 12))),
                ('List-Post', '<https://groups.google.com/group/%s/post>, <mailto:%s@googlegroups.com>' % (name, name)),
                ('List-Help', '<https://groups.google.com/support/>, <mailto:%s+help@googlegroups.com>' % name),
                ('List-Archive', '<https://groups.google.com/group/%s/>' % name),
                ('List-Unsubscribe', '<mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/%s/subscribe>' % (rng.randint(10 ** 11, 10 ** 12), name))]
    elif kind == 'mailman3':
        h = rid(rng, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
        out += [('Message-ID-Hash', h), ('X-Message-ID-Hash', h), ('X-MailFrom', c.sender['email']),
                ('X-Mailman-Rule-Misses', 'dmarc-mitigation; no-senders; approved; loop; banned-address; emergency; member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header'),
                ('X-Mailman-Version', '3.3.%d' % rng.randint(4, 10)),
                ('Precedence', 'list'),
                ('List-Id', '"%s" <%s.%s>' % (li['desc'], name, ldom)),
                ('Archived-At', '<https://%s/hyperkitty/list/%s/message/%s/>' % (ldom, laddr, h)),
                ('List-Archive', '<https://%s/hyperkitty/list/%s/>' % (ldom, laddr)),
                ('List-Help', '<mailto:%s-request@%s?subject=help>' % (name, ldom)),
                ('List-Owner', '<mailto:%s-owner@%s>' % (name, ldom)),
                ('List-Post', '<mailto:%s>' % laddr),
                ('List-Subscribe', '<mailto:%s-join@%s>' % (name, ldom)),
                ('List-Unsubscribe', '<mailto:%s-leave@%s>' % (name, ldom))]
    elif kind == 'sympa':
        out += [('X-Loop', laddr), ('X-Sequence', str(rng.randint(10, 9000))), ('Errors-To', '%s-owner@%s' % (name, ldom)),
                ('Precedence', 'list'), ('Precedence', 'bulk'), ('Sender', '%s-request@%s' % (name, ldom)),
                ('X-no-archive', 'yes'), ('List-Id', '<%s.%s>' % (name, ldom)),
                ('List-Help', '<mailto:sympa@%s?subject=help>' % ldom),
                ('List-Subscribe', '<mailto:sympa@%s?subject=subscribe%%20%s>' % (ldom, name)),
                ('List-Unsubscribe', '<mailto:sympa@%s?subject=unsubscribe%%20%s>' % (ldom, name)),
                ('List-Post', '<mailto:%s>' % laddr), ('List-Owner', '<mailto:%s-request@%s>' % (name, ldom))]
    else:
        out += [('X-BeenThere', laddr), ('X-Mailman-Version', '2.1.%d' % rng.randint(20, 39)), ('Precedence', 'list'),
                ('List-Id', '%s <%s.%s>' % (li['desc'], name, ldom)),
                ('List-Unsubscribe', '<https://%s/mailman/options/%s>,\n <mailto:%s-request@%s?subject=unsubscribe>' % (ldom, name, name, ldom)),
                ('List-Archive', '<https://%s/pipermail/%s/>' % (ldom, name)),
                ('List-Post', '<mailto:%s>' % laddr),
                ('List-Help', '<mailto:%s-request@%s?subject=help>' % (name, ldom)),
                ('List-Subscribe', '<https://%s/mailman/listinfo/%s>,\n <mailto:%s-request@%s?subject=subscribe>' % (ldom, name, name, ldom)),
                ('Errors-To', '%s-bounces+%s=%s@%s' % (name, c.rcpt['email'].split('@')[0], c.rcpt['domain'], ldom)),
                ('Sender', '"%s" <%s-bounces+%s=%s@%s>' % (li['desc'], name, c.rcpt['email'].split('@')[0], c.rcpt['domain'], ldom))]
    return out, root


def list_trace(c, inner_tr):
    """Trace for a list-delivered copy: list server relays the original."""
    rng = c.rng
    li = c.listinfo
    ldom = li['domain']
    kind = li['kind']
    if kind == 'googlegroups':
        host = 'mail-%s-f%d.google.com' % (rng.choice(['yw1', 'qk1', 'oo1', 'ot1']), rng.randint(56, 199))
        env = '%s+bncBD%s@googlegroups.com' % (li['name'], rid(rng, 40, ALNUM))
        list_dk = [('googlegroups.com', '20230601' if c.year >= 2023 else '20161025', 'google', 'pass')]
        lrecv = ['by %s with SMTP id %s\n        for <%s>; %s' % (host, rid(rng, 30, LOWALNUM + '-.'), c.rcpt['email'], rfc2822(c.sent + timedelta(seconds=20), -480)),
                 'by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;\n        %s' % (rng.randint(0x6000, 0x7fff), rng.randint(0x1000, 0xffff), rng.randint(0x300, 0x5ff),
                                                                              rng.randint(0x1000, 0xffff), rng.randint(0x100, 0xfff), rid(rng, 30, LOWALNUM + '-.'),
                                                                              rfc2822(c.sent + timedelta(seconds=10), -480))]
    else:
        host = li.get('host') or 'lists.' + ldom.split('.', 1)[-1] if ldom.startswith('lists.') else 'mail.' + ldom
        host = li.get('host') or ldom if ldom.startswith('lists.') else 'lists.' + ldom
        env = '%s-bounces+%s=%s@%s' % (li['name'], c.rcpt['email'].split('@')[0], c.rcpt['domain'], ldom)
        if kind == 'sympa':
            env = '%s-owner@%s' % (li['name'], ldom)
        list_dk = [(ldom.replace('lists.', '') if rng.random() < 0.5 else ldom, rng.choice(['mail', 'lists', 'dkim2024']), 'generic', 'pass')] if li.get('sign', True) else []
        lrecv = ['from %s (localhost [IPv6:::1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s' % (host, host, qid(rng), rfc2822(c.sent + timedelta(seconds=25), 0)),
                 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                     inner_tr['helo'], inner_tr['rdns'], inner_tr['ip'], host, qid(rng), '%s@%s' % (li['name'], ldom), rfc2822(c.sent + timedelta(seconds=3), 0))]
    ip = ip4(rng)
    if c.arrival < c.sent + timedelta(seconds=40):
        c.arrival = c.sent + timedelta(seconds=rng.randint(40, 400))
    # original dkim signatures break (footer / subject tag)
    orig = [(d, s, sty, 'fail') for (d, s, sty, r) in inner_tr['dk']]
    tr = dict(helo=host, rdns=host, ip=ip, env=env, spf_dom=env.split('@')[1],
              recv=lrecv + inner_tr['recv'], dk=list_dk + orig, extra=inner_tr['extra'], infra='list', list=True)
    c.envelope = env
    return tr
