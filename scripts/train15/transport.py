# -*- coding: utf-8 -*-
"""Trace headers: receiving-MX block, sender-side Received lines, DKIM signatures.  CC0 1.0."""
import base64
import datetime as dt

from common import hexs, alnum, digits, ip4, ip6, uuid4, rfc2822, rfc2822_utc, TZ, offset_utc

TWO_LEVEL = ('co.uk', 'com.br', 'co.jp', 'co.il', 'com.tw', 'co.kr', 'co.th', 'com.tr', 'com.au', 'com.cn',
             'co.in', 'com.mx', 'com.eg', 'ne.jp', 'net.il', 'or.jp', 'ac.uk', 'org.uk', 'com.sa', 'co.za',
             'com.ar', 'co.id', 'com.my', 'com.vn', 'com.ua', 'com.gr')


def orgdom(d):
    p = d.lower().split('.')
    if '.'.join(p[-2:]) in TWO_LEVEL:
        return '.'.join(p[-3:])
    return '.'.join(p[-2:])


def b64junk(rng, n):
    return base64.b64encode(bytes(rng.randint(0, 255) for _ in range(n))).decode()


def dkim_sig(rng, d, s, t, heads='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', canon='relaxed/relaxed',
             extra=''):
    b = b64junk(rng, 256)
    lines = ['DKIM-Signature: v=1; a=rsa-sha256; c=%s; d=%s;' % (canon, d),
             '\ts=%s; t=%d;%s' % (s, t, extra),
             '\th=%s;' % heads,
             '\tbh=%s;' % b64junk(rng, 32)]
    bl = 'b=' + b
    first = True
    while bl:
        lines.append('\t' + bl[:70] + ('' if len(bl) > 70 else ''))
        bl = bl[70:]
    lines[-1] = lines[-1]
    return '\r\n'.join(lines)


def ed_sig(rng, d, s, t):
    return ('DKIM-Signature: v=1; a=ed25519-sha256; c=relaxed/relaxed; d=%s;\r\n\ts=%s; t=%d;\r\n'
            '\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\r\n\tbh=%s;\r\n\tb=%s\r\n\t %s') % (
        d, s, t, b64junk(rng, 32), b64junk(rng, 48)[:60], b64junk(rng, 48)[:28])


def local_date(arrival, secs_before, tzid):
    u = arrival - dt.timedelta(seconds=secs_before)
    off = offset_utc(tzid, u) if tzid in TZ else 0
    return rfc2822(u + dt.timedelta(minutes=off), off)


def pdt_date(arrival, secs_before):
    u = arrival - dt.timedelta(seconds=secs_before)
    off = offset_utc('America/Los_Angeles', u)
    return rfc2822(u + dt.timedelta(minutes=off), off) + (' (PDT)' if off == -420 else ' (PST)')


def build_trace(m, rng):
    """Return (list of header strings, info) placed above client headers."""
    s = m['sender']
    arr_mx = m['arrival']
    arr = arr_mx - dt.timedelta(seconds=m.get('_list_lag', 0))
    rcpt = m['rcpt']
    infra = s['infra']
    from_dom = s['addr'].split('@')[1].lower()
    env = s.get('env_from')
    ts = int((arr - dt.datetime(1970, 1, 1)).total_seconds()) - rng.randint(2, 30)
    dkims = []        # (d, s, result)
    recv = []         # sender-side Received lines
    sigs = []         # DKIM-Signature header strings
    pre = []          # ARC etc. placed before Received
    ip = s.get('ip') or ip4(rng)
    m['_ip'] = ip
    tzs = m.get('stz', 'UTC')
    y = arr.year
    gsel = '20230601' if y >= 2023 else '20210112' if y >= 2021 else '20161025'

    def sign(d, sel, result='pass', kind='rsa', canon='relaxed/relaxed', heads=None):
        dkims.append((d, sel, result))
        if kind == 'rsa':
            sigs.append(dkim_sig(rng, d, sel, ts, heads or 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
                                 canon))
        else:
            sigs.append(ed_sig(rng, d, sel, ts))

    if infra == 'google':
        n = rng.randint(41, 73)
        helo = 'mail-sor-f%d.google.com' % n
        rdns = helo
        env = env or '%s@calendar-server.bounces.google.com' % (alnum(rng, 24, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') + '-' + alnum(rng, 8))
        recv.append('Received: by %s with SMTP id %s\r\n\tfor <%s>\r\n\t(Google Transport Security);\r\n\t%s' % (
            helo, alnum(rng, 40, 'abcdefghijklmnopqrstuvwxyz0123456789') + '.' + str(rng.randint(1, 9)), rcpt,
            pdt_date(arr, rng.randint(1, 3))))
        if from_dom in ('gmail.com', 'googlemail.com'):
            sign('gmail.com', gsel)
        elif s.get('dkim', True):
            sign(from_dom, 'google')
        sign('google.com', gsel)
        pre.append('X-Google-Smtp-Source: AGHT+I' + alnum(rng, 60))
        pre.append('X-Received: by 2002:a05:%x:%x:b0:%x:%x with SMTP id %s.%d.%d;\r\n\t%s' % (
            rng.randint(0x6000, 0x6fff), rng.randint(0x1000, 0xffff), rng.randint(0x100, 0xfff),
            rng.randint(0x100, 0xfff), alnum(rng, 12, 'abcdefghijklmnopqrstuvwxyz0123456789'), rng.randint(1, 9),
            ts, pdt_date(arr, rng.randint(1, 3))))
        spf_dom = 'calendar-server.bounces.google.com'
    elif infra == 'gmail':
        n = rng.randint(41, 73)
        helo = rng.choice(['mail-wm1-f%d.google.com', 'mail-ej1-f%d.google.com', 'mail-pl1-f%d.google.com',
                           'mail-qk1-f%d.google.com']) % n
        rdns = helo
        env = env or s['addr']
        recv.append('Received: from [%s] (%s)\r\n\tby smtp.gmail.com with ESMTPSA id %s.%d.%d\r\n\tfor <%s>\r\n\t'
                    '(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n\t%s' % (
                        '192.168.%d.%d' % (rng.randint(0, 3), rng.randint(2, 200)), ip6(rng),
                        alnum(rng, 12, 'abcdefghijklmnopqrstuvwxyz0123456789'), rng.randint(10, 99), ts, rcpt,
                        local_date(arr, rng.randint(2, 5), tzs)))
        sign(from_dom if from_dom in ('gmail.com', 'googlemail.com') else from_dom, gsel if 'gmail' in from_dom else 'google')
        spf_dom = env.split('@')[1]
    elif infra in ('m365', 'outlookcom'):
        srv, region = m.get('_ms_srv') or ('AM9PR04MB%d' % rng.randint(1000, 9999), 'eurprd04')
        cons = infra == 'outlookcom'
        pop = rng.choice(['EUR05-VI1', 'EUR02-AM0', 'EUR03-DBA', 'NAM12-BN8', 'NAM10-DM6', 'NAM04-MW2', 'APC01-SG2',
                          'JPN01-TYC', 'AUS01-SY4', 'EUR01-HE1', 'BRA01-CP2'])
        a, b = pop.split('-')
        helo = '%s-%s-obe.outbound.protection.outlook.com' % (a, b)
        rdns = 'mail-%s%s%son%d%d.outbound.protection.outlook.com' % (b.lower(), a.lower()[:3], a[-2:],
                                                                      rng.randint(2, 2), rng.randint(10, 999)) \
            if not cons else 'mail-%s%s%solkn%d%d.outbound.protection.outlook.com' % (
                b.lower(), a.lower()[:3], a[-2:], rng.randint(2, 2), rng.randint(10, 999))
        env = env or s['addr']
        if y >= 2024:
            v = '15.20.%d.%d' % (rng.randint(7400, 8900), rng.randint(10, 40))
        elif y >= 2019:
            v = '15.20.%d.%d' % (rng.randint(2000 + (y - 2019) * 1300, 3200 + (y - 2019) * 1300), rng.randint(10, 40))
        else:
            v = '15.1.%d.%d' % (rng.randint(700 + (y - 2016) * 500, 1100 + (y - 2016) * 500), rng.randint(10, 30))
        srv2 = srv[:-4] + str(rng.randint(1000, 9999))
        recv.append('Received: from %s.%s.prod.outlook.com\r\n\t([%s]) by %s.%s.prod.outlook.com\r\n\t([%s%%%d]) '
                    'with mapi id %s; %s' % (srv, region, ip6(rng), srv, region, ip6(rng), rng.randint(3, 7), v,
                                            rfc2822(arr - dt.timedelta(seconds=rng.randint(2, 4)), 0)))
        recv.insert(0, 'Received: from %s.%s.prod.outlook.com (%s) by\r\n\t%s.%s.prod.outlook.com (%s) with '
                    'Microsoft SMTP Server (version=TLS1_2,\r\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; '
                    '%s' % (srv, region, ip6(rng), srv2, region, ip6(rng), v,
                            rfc2822(arr - dt.timedelta(seconds=1), 0)))
        if cons:
            sign(from_dom, 'selector1')
        elif s.get('dkim', True):
            sign(from_dom, rng.choice(['selector1', 'selector2']),
                 heads='From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')
        else:
            sign('%s.onmicrosoft.com' % from_dom.split('.')[0].replace('-', ''), 'selector1-%s' % from_dom.replace('.', '-'),
                 heads='From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')
        pre.append('ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n\tb=%s\r\n\t%s' % (
            b64junk(rng, 48), b64junk(rng, 60)))
        pre.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n\ts=arcselector10001;'
                   '\r\n\th=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:'
                   'X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n\tbh=%s;\r\n\tb=%s' % (
                       b64junk(rng, 32), b64junk(rng, 60)))
        pre.append('ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n\tdkim=none; arc=none')
        spf_dom = from_dom
    elif infra == 'icloud':
        host = 'qs51p00im-%s%08d.me.com' % (rng.choice(['qukt', 'ztdg']), rng.randint(1000000, 99999999))
        helo = rdns = host
        env = env or s['addr']
        recv.append('Received: from [%s] (qs51p00im-dlb-asmtp-mailmevip.me.com [%s])\r\n\tby %s (Postfix) with '
                    'ESMTPSA id %s;\r\n\t%s (UTC)' % ('192.168.%d.%d' % (rng.randint(0, 3), rng.randint(2, 200)),
                                                     ip4(rng), host, hexs(rng, 11, True),
                                                     rfc2822(arr - dt.timedelta(seconds=2), 0)))
        sign('icloud.com' if from_dom in ('icloud.com', 'me.com', 'mac.com') else from_dom, '1a1hai')
        spf_dom = env.split('@')[1]
    elif infra == 'yahoo':
        dc = rng.choice(['ne1', 'bf2', 'gq1', 'ir2'])
        host = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (rng.randint(300, 330), rng.randint(1, 60), dc)
        helo = rdns = host
        env = env or s['addr']
        recv.append('Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s' % (
            host, rfc2822(arr - dt.timedelta(seconds=2), 0)))
        sign(from_dom if from_dom.startswith('yahoo') or from_dom in ('aol.com', 'ymail.com') else from_dom, 's2048',
             heads='Date:From:Reply-To:To:Subject:References:From:Subject:Reply-To')
        spf_dom = env.split('@')[1]
    elif infra == 'zoom':
        host = 'zoom-mta%02d.zoom.us' % rng.randint(1, 30)
        helo = rdns = host
        env = env or 'bounces+%s@bounce.zoom.us' % digits(rng, 8)
        recv.append('Received: from zoom.us (unknown) by %s with ESMTP id %s; %s' % (
            host, alnum(rng, 22), rfc2822(arr - dt.timedelta(seconds=2), 0)))
        sign('zoom.us', 'zoomus2048' if y >= 2020 else 'zoomus')
        spf_dom = env.split('@')[1]
    elif infra == 'esp':
        esp = s.get('esp', 'sendgrid')
        brand = s.get('esp_domain') or from_dom
        if esp == 'sendgrid':
            em = 'em%d.%s' % (rng.randint(1000, 9999), brand)
            helo = rdns = 'o%d.ptr%d.%s' % (rng.randint(1, 9), rng.randint(1000, 9999), brand)
            env = env or 'bounces+%d-%s-%s=%s@%s' % (rng.randint(1000000, 40000000), hexs(rng, 4),
                                                      rcpt.split('@')[0], rcpt.split('@')[1], em)
            recv.append('Received: from %s (unknown)\r\n\tby geopod-ismtpd-%d (SG) with ESMTP\r\n\tid %s\r\n\tfor <%s>;'
                        ' %s' % ('MTAyNzA' + alnum(rng, 9), rng.randint(1, 40), alnum(rng, 22), rcpt,
                                 rfc2822_utc(arr - dt.timedelta(seconds=3), '(UTC)')))
            recv.insert(0, 'Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\r\n\t%s' % (
                hexs(rng, 10), alnum(rng, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'), hexs(rng, 10),
                alnum(rng, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'), hexs(rng, 8, True), rng.randint(1, 30),
                rfc2822_utc(arr - dt.timedelta(seconds=2), '(UTC)').replace(' (UTC)', '')) +
                ' (UTC)')
            if s.get('dkim', True):
                sign(brand, 's1', heads='from:content-type:subject:reply-to:x-feedback-id:to:cc:content-type:from:subject:to')
            sign('sendgrid.net', 'smtpapi', heads='from:content-type:subject:reply-to:to:cc:content-type:from:subject:to')
            spf_dom = em
        elif esp == 'ses':
            region = rng.choice(['us-east-1', 'eu-west-1', 'us-west-2', 'ap-northeast-1'])
            helo = rdns = 'a%d-%d.smtp-out.%s.amazonses.com' % (rng.randint(8, 80), rng.randint(1, 250), region)
            if rng.random() < 0.5:
                env = env or '0100%s-%s-%s-%s-%s-000000@%s.amazonses.com' % (hexs(rng, 12), hexs(rng, 8), hexs(rng, 4),
                                                                               hexs(rng, 4), hexs(rng, 4), region)
            else:
                env = env or '0100%s-%s-000000@bounce.%s' % (hexs(rng, 12), hexs(rng, 8), brand)
            if s.get('dkim', True):
                sign(brand, alnum(rng, 32, 'abcdefghijklmnopqrstuvwxyz234567'), canon='simple/simple',
                     heads='Subject:From:To:Date:Mime-Version:Content-Type:Message-ID')
            sign('amazonses.com', alnum(rng, 32, 'abcdefghijklmnopqrstuvwxyz234567'), canon='simple/simple',
                 heads='Subject:From:To:Date:Mime-Version:Content-Type:Message-ID:Feedback-ID')
            spf_dom = env.split('@')[1]
        else:  # mailgun
            mg = 'mg.' + brand if rng.random() < 0.6 else brand
            helo = rdns = 'm%d-%d.mailgun.net' % (rng.randint(40, 240), rng.randint(1, 250))
            env = env or 'bounce+%s.%s-%s=%s@%s' % (hexs(rng, 6), hexs(rng, 6), rcpt.split('@')[0], rcpt.split('@')[1], mg)
            recv.append('Received: by %s with HTTP; %s' % ('%s' % hexs(rng, 12), rfc2822_utc(arr - dt.timedelta(seconds=3), '')[:-1]))
            if s.get('dkim', True):
                sign(mg, rng.choice(['mta', 'smtp', 'k1', 'pic']), heads='Content-Type:Mime-Version:Subject:From:To:Message-Id:Date:Sender')
            spf_dom = mg
    elif infra in ('own', 'exchange', 'freemail'):
        dom = s.get('mta_domain') or from_dom
        mx = s.get('helo') or ({'gmx.de': 'mout.gmx.net', 'gmx.com': 'mout.gmx.com', 'gmx.es': 'mout.gmx.net',
                                'web.de': 'mout.web.de', 't-online.de': 'mailout%02d.t-online.de' % rng.randint(1, 12),
                                'mail.ru': 'smtp%d.i.mail.ru' % rng.randint(20, 60), 'bk.ru': 'smtp%d.i.mail.ru' % rng.randint(20, 60),
                                'yandex.ru': 'forward%da.mail.yandex.net' % rng.randint(100, 500),
                                'yandex.com.tr': 'forward%db.mail.yandex.net' % rng.randint(100, 500),
                                'qq.com': 'out%d-%d.mail.qq.com' % (rng.randint(100, 200), rng.randint(1, 250)),
                                '163.com': 'm%d.mail.163.com' % rng.randint(1, 16), '126.com': 'm%d.mail.126.com' % rng.randint(1, 16),
                                'naver.com': 'cvsmtppost%02d.nm.naver.com' % rng.randint(1, 40),
                                'daum.net': 'smtp.daum.net', 'hanmail.net': 'smtp.daum.net',
                                'orange.fr': 'smtp-%d.smtp.orange.fr' % rng.randint(10, 30),
                                'free.fr': 'smtp%d-g21.free.fr' % rng.randint(1, 6),
                                'libero.it': 'libero.it', 'wp.pl': 'mx%d.wp.pl' % rng.randint(1, 9),
                                'onet.pl': 'smtpo%d.poczta.onet.pl' % rng.randint(1, 90)}.get(dom) or 'mail.' + dom)
        helo = rdns = mx
        env = env or s['addr']
        hostc = m.get('client')
        if infra == 'exchange':
            e1, e2 = 'EXCH%02d' % rng.randint(1, 4), 'EXCH%02d' % rng.randint(5, 8)
            recv.append('Received: from %s.%s (10.%d.%d.%d) by %s.%s\r\n\t(10.%d.%d.%d) with Microsoft SMTP Server\r\n\t'
                        '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n\t15.1.2507.%d; %s' % (
                            e2, dom, rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250), e1, dom,
                            rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250), rng.randint(6, 40),
                            local_date(arr, 3, tzs)))
            recv.insert(0, 'Received: from %s.%s (%s.%s [10.%d.%d.%d])\r\n\tby %s (Postfix) with ESMTPS id %s;\r\n\t%s' % (
                e1, dom, e1, dom, rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250), mx,
                hexs(rng, 10, True), local_date(arr, 2, tzs)))
        elif hostc in ('zimbra', 'sogo', 'nextcloud') or s.get('webmail'):
            wh = {'zimbra': 'zimbra', 'sogo': 'sogo', 'nextcloud': 'cloud'}.get(hostc, 'webmail')
            recv.append('Received: from %s.%s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s' % (
                wh, dom, mx, hexs(rng, 10, True), local_date(arr, 2, tzs)))
            if hostc == 'zimbra':
                recv.append('Received: from %s (%s [10.%d.%d.%d])\r\n\tby %s.%s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s' % (
                    'zimbra.' + dom, 'zimbra.' + dom, rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250),
                    wh, dom, hexs(rng, 10, True), rcpt, local_date(arr, 3, tzs)))
        else:
            recv.append('Received: from [%s] (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with '
                        'ESMTPSA id %s;\r\n\t%s' % (
                            '192.168.%d.%d' % (rng.randint(0, 3), rng.randint(2, 200)),
                            rng.choice(['unknown', 'dynamic-%s.example' % digits(rng, 6), 'p%s.dip0.t-ipconnect.example' % hexs(rng, 8)]),
                            ip4(rng), s['addr'], mx, hexs(rng, 10, True), local_date(arr, 2, tzs)))
        if s.get('dkim', True):
            sel = s.get('selector') or rng.choice(['default', 'mail', 'dkim', 's%d' % rng.randint(2016, 2026), 'selector1', 'mx'])
            sign(s.get('dkim_domain') or dom, sel, kind='rsa')
        spf_dom = env.split('@')[1]
    elif infra == 'vps':
        helo = s.get('helo') or rng.choice(['WIN-%s' % alnum(rng, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
                                           'localhost', 'vps%d.%s' % (rng.randint(1000, 99999), rng.choice(['contaboserver.example', 'hostwinds.example', 'ovh-vps.example', 'vultrusercontent.example'])),
                                           'mail.' + (env or s['addr']).split('@')[1], 'ubuntu-s-1vcpu-1gb-%s-01' % rng.choice(['fra1', 'nyc3', 'sgp1'])])
        rdns = s.get('rdns') or rng.choice(['unknown', 'unknown', 'static.%s.clients.your-server.example' % ip.replace('.', '-'),
                                           'vps-%s.vps.ovh.example' % hexs(rng, 8)])
        env = env or s['addr']
        if rng.random() < 0.5:
            recv.append('Received: from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPA id %s;\r\n\t%s' % (
                helo if '.' in helo else 'mail.' + env.split('@')[1], hexs(rng, 10, True), local_date(arr, 2, tzs)))
        if s.get('dkim'):
            sign(s.get('dkim_domain') or env.split('@')[1], s.get('selector', 'default'))
        spf_dom = env.split('@')[1]
    else:
        raise ValueError(infra)

    # --- list relay wraps the above
    lst = m.get('list')
    if lst:
        # original signatures are broken by the list footer / subject tag
        dkims = [(d, sl, 'fail') for d, sl, r in dkims]
        inner_recv = recv
        lhost = lst['host']
        recv = ['Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s' % (
            lhost, lhost, hexs(rng, 10, True), rfc2822(arr_mx - dt.timedelta(seconds=2), 0)),
            'Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s' % (
                helo, rdns if rdns != 'unknown' else helo, ip, lhost, hexs(rng, 10, True), lst['addr'],
                rfc2822(arr + dt.timedelta(seconds=rng.randint(1, 4)), 0))] + inner_recv
        if lst.get('sign'):
            dk_list = (lst['domain'], 'lists')
        else:
            dk_list = None
        helo = rdns = lhost
        ip = ip4(rng)
        env = lst['bounces']
        spf_dom = env.split('@')[1]
        all_sigs = sigs
        sigs = []
        if dk_list:
            dkims.append((dk_list[0], dk_list[1], 'pass'))
            sigs.append(dkim_sig(rng, dk_list[0], dk_list[1], ts + 10))
        sigs += all_sigs

    # --- SPF
    spf = s.get('spf', 'pass')
    if lst:
        spf = 'pass'
    if spf == 'pass':
        spf_txt = 'spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (env, ip, env)
    elif spf == 'softfail':
        spf_txt = 'spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (env, ip, env)
    elif spf == 'fail':
        spf_txt = 'spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (env, ip, env)
    elif spf == 'neutral':
        spf_txt = 'spf=neutral (mx.example.net: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s' % (ip, env, env)
    else:
        spf_txt = 'spf=none (mx.example.net: domain of %s does not designate permitted sender hosts) smtp.mailfrom=%s' % (env, env)

    # --- DMARC
    hfrom = m.get('hdr_from_domain') or from_dom
    pol = s.get('dmarc')  # None (no record) or NONE/QUARANTINE/REJECT
    if lst and lst.get('munge'):
        pol = lst.get('dmarc')
    od = orgdom(hfrom)
    aligned = any(r == 'pass' and orgdom(d) == od for d, sl, r in dkims) or \
        (spf == 'pass' and orgdom(env.split('@')[1]) == od)
    if pol is None:
        dmarc_txt = 'dmarc=none (p=NONE dis=NONE) header.from=%s' % hfrom if rng.random() < 0.3 else 'dmarc=none header.from=%s' % hfrom
    elif aligned:
        dmarc_txt = 'dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s' % (pol, s.get('dmarc_sp', pol), hfrom)
    else:
        dis = {'NONE': 'NONE', 'QUARANTINE': 'QUARANTINE', 'REJECT': 'REJECT'}[pol] if not lst else 'NONE'
        if pol == 'REJECT' and not lst:
            dis = 'QUARANTINE'  # delivered to spam-folder logic rather than bounced
        dmarc_txt = 'dmarc=fail (p=%s sp=%s dis=%s) header.from=%s' % (pol, s.get('dmarc_sp', pol), dis, hfrom)

    ar = ['Authentication-Results: mx.example.net;']
    if dkims:
        for d, sl, r in dkims:
            if r == 'pass':
                ar.append('\tdkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.s=%s header.b=%s;' % (
                    d, d, sl, alnum(rng, 8)) if rng.random() < 0.0 else
                    '\tdkim=pass header.d=%s header.s=%s header.b=%s;' % (d, sl, alnum(rng, 8)))
            else:
                ar.append('\tdkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s;' % (
                    d, sl, alnum(rng, 8)))
    else:
        ar.append('\tdkim=none;')
    ar.append('\t' + spf_txt + ';')
    ar.append('\t' + dmarc_txt)
    qid = hexs(rng, rng.choice([10, 11, 12]), True)
    mx_recv = 'Received: from %s (%s [%s])\r\n\tby mx.example.net (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s' % (
        helo, rdns, ip, qid, rcpt, rfc2822_utc(arr_mx))
    top = ['Return-Path: <%s>' % env, 'Delivered-To: %s' % rcpt, '\r\n'.join(ar), mx_recv]
    body = []
    if lst:
        body += recv
    else:
        body += recv
    body += pre if not lst else pre
    body += sigs
    return top + body, dict(env=env, dkims=dkims, spf=spf, ip=ip)
