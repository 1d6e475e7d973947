# -*- coding: utf-8 -*-
"""Envelope, Received chain, DKIM signatures and the receiving MX's Authentication-Results."""
import datetime as dt
import hashlib

import tzdata
from clients import rfcdate
from model import ruuid, rhex, ralnum, rb64

MX = 'mx.example.net'

FREEMAIL = {
    'gmail.com': 'gmail', 'googlemail.com': 'gmail',
    'outlook.com': 'mscons', 'hotmail.com': 'mscons', 'live.com': 'mscons', 'outlook.de': 'mscons', 'hotmail.fr': 'mscons',
    'icloud.com': 'apple', 'me.com': 'apple', 'mac.com': 'apple',
    'yahoo.com': 'yahoo', 'yahoo.co.jp': 'yahoojp', 'yahoo.fr': 'yahoo', 'aol.com': 'yahoo', 'ymail.com': 'yahoo',
    'gmx.de': 'gmx', 'gmx.net': 'gmx', 'web.de': 'gmx', 'gmx.com': 'gmx',
    'yandex.ru': 'yandex', 'mail.ru': 'mailru', 'naver.com': 'naver', 'daum.net': 'naver',
    'qq.com': 'qq', '163.com': 'netease', 'libero.it': 'isp', 'orange.fr': 'isp', 'wp.pl': 'isp', 'o2.pl': 'isp',
    'seznam.cz': 'isp', 'free.fr': 'isp', 'rediffmail.com': 'isp', 'walla.co.il': 'isp', 'mail.com': 'isp',
    'hanmail.net': 'naver', 'proton.me': 'proton', 'protonmail.com': 'proton', 'terra.com.br': 'isp',
    'uol.com.br': 'isp', 'bol.com.br': 'isp', 'yahoo.com.tw': 'yahoo', 'sina.com': 'netease', 'nifty.com': 'isp',
    't-online.de': 'isp', 'ziggo.nl': 'isp', 'kpnmail.nl': 'isp', 'otenet.gr': 'isp', 'windowslive.com': 'mscons',
}

DMARC_KNOWN = {
    'gmail.com': ('NONE', 'QUARANTINE'), 'googlemail.com': ('NONE', 'QUARANTINE'), 'google.com': ('REJECT', 'REJECT'),
    'outlook.com': ('NONE', 'NONE'), 'hotmail.com': ('NONE', 'NONE'), 'live.com': ('NONE', 'NONE'),
    'icloud.com': ('QUARANTINE', 'QUARANTINE'), 'me.com': ('QUARANTINE', 'QUARANTINE'),
    'email.apple.com': ('REJECT', 'REJECT'), 'yahoo.com': ('REJECT', 'REJECT'), 'aol.com': ('REJECT', 'REJECT'),
    'zoom.us': ('REJECT', 'REJECT'), 'gmx.de': ('QUARANTINE', 'QUARANTINE'), 'web.de': ('QUARANTINE', 'QUARANTINE'),
    'yandex.ru': ('NONE', 'NONE'), 'mail.ru': ('REJECT', 'REJECT'), 'naver.com': ('NONE', 'NONE'),
    'qq.com': ('QUARANTINE', 'QUARANTINE'), '163.com': ('NONE', 'NONE'),
}


def dmarc_policy(dom):
    if dom in DMARC_KNOWN:
        return DMARC_KNOWN[dom]
    if dom.endswith('.onmicrosoft.com'):
        return None
    h = int(hashlib.md5(dom.encode()).hexdigest(), 16) % 10
    return [('REJECT', 'REJECT'), ('QUARANTINE', 'QUARANTINE'), ('NONE', 'NONE'), ('REJECT', 'REJECT'),
            ('NONE', 'NONE'), ('QUARANTINE', 'QUARANTINE'), ('REJECT', 'REJECT'), None, ('NONE', 'NONE'),
            ('QUARANTINE', 'NONE')][h]


def ip4(rng, net=None):
    net = net or rng.choice(['192.0.2', '198.51.100', '203.0.113'])
    return '%s.%d' % (net, rng.randint(2, 253))


def ip6(rng):
    return '2001:db8:%x:%x::%x' % (rng.randint(1, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xfff))


def qid(rng, year):
    if year >= 2019 and rng.random() < 0.6:
        return ralnum(rng, 2, '0123456789') + ralnum(rng, 10, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789')
    return rhex(rng, rng.choice([9, 10, 11]), True)


def dkim_sig(rng, d, s, t, hdrs, indent='\t', extra=''):
    sig = rb64(rng, 342) + '=='
    bh = rb64(rng, 43) + '='
    v = 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;%s\r\n%st=%d; h=%s;\r\n%sbh=%s;\r\n%sb=' % (
        d, s, extra, indent, t, hdrs, indent, bh, indent)
    chunks = [sig[i:i + 70] for i in range(0, len(sig), 70)]
    v += ('\r\n' + indent).join(chunks)
    return 'DKIM-Signature: ' + v, sig[:8]


def fmt_la(utc):
    loc = tzdata.from_utc('America/Los_Angeles', utc)
    off = tzdata.offset_at('America/Los_Angeles', loc)
    return rfcdate(utc, off, 'PDT' if off == -420 else 'PST')


class T:
    def __init__(self):
        self.env = None
        self.helo = None
        self.rdns = None
        self.ip = None
        self.pre = []       # sender-side header lines (raw, already folded)
        self.dkim = []      # (d, s, result, btag)
        self.spf = None     # (result, mailfrom)
        self.dmarc = None   # (result, fromdom)
        self.arc = []


def sign(t, rng, d, s, when, hdrs='from:to:subject:date:message-id:mime-version:content-type', result='pass',
         indent='\t', extra=''):
    line, btag = dkim_sig(rng, d, s, int((when - dt.datetime(1970, 1, 1)).total_seconds()), hdrs, indent, extra)
    t.pre.append(line)
    t.dkim.append((d, s, result, btag))


def provider_of(dom):
    return FREEMAIL.get(dom)


def postfix_submit(t, rng, msg, dom, host=None, auth_user=None, when=None):
    host = host or rng.choice(['mail', 'smtp', 'mx1', 'mail2', 'out', 'smtp-out']) + '.' + dom
    cip = ip4(rng)
    client = rng.choice(['[192.168.1.%d]' % rng.randint(2, 200), '[10.0.%d.%d]' % (rng.randint(0, 9), rng.randint(2, 200)),
                         'DESKTOP-%s' % ralnum(rng, 7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'localhost'])
    line = ('Received: from %s (unknown [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s'
            % (client, cip, auth_user or msg.sender[1], host, qid(rng, msg.sent.year), rfcdate(when or msg.sent, 0, 'UTC')))
    if client == 'localhost':
        line = ('Received: from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s'
                % (host, qid(rng, msg.sent.year), rfcdate(when or msg.sent, 0, 'UTC')))
    msg.client_ip = cip
    return host, line


def build(msg, rng, recv):
    """Return (T) for the message."""
    t = T()
    cl = msg.client
    fdom = msg.sender[1].split('@')[1].lower()
    kind = msg.kind
    sent = msg.sent
    year = sent.year
    prov = provider_of(fdom)
    esp = msg.esp
    saddr = msg.sender[1]
    if cl == 'nextcloud':
        ch = msg.__dict__.get('cloudhost') or 'cloud.' + fdom
        saddr = 'noreply@' + ch
        fdom = ch
        prov = None
        if kind == 'freemail':
            kind = 'corp'

    if cl == 'google':
        tok = ralnum(rng, 32, 'abcdefghijklmnopqrstuvwxyz0123456789') + '.' + ralnum(rng, 20)
        t.env = '%s@calendar-server.bounces.google.com' % tok
        n = rng.randint(10, 99)
        t.helo = t.rdns = 'mail-sor-f%d.google.com' % n
        t.ip = ip4(rng, '198.51.100')
        t.pre.append('Received: by %s with SMTP id %s;\r\n        %s'
                     % (ip6(rng), ralnum(rng, 12), fmt_la(sent)))
        gsel = '20230601' if year >= 2023 else '20210112' if year >= 2021 else '20161025'
        if fdom in ('gmail.com', 'googlemail.com'):
            sign(t, rng, 'gmail.com', gsel, sent, 'mime-version:reply-to:sender:auto-submitted:message-id:date:subject:from:to:content-type', indent='        ')
        elif kind != 'spoof':
            sign(t, rng, fdom, 'google', sent, 'mime-version:reply-to:sender:auto-submitted:message-id:date:subject:from:to:content-type', indent='        ')
        sign(t, rng, 'google.com', gsel, sent, 'mime-version:reply-to:sender:auto-submitted:message-id:date:subject:from:to:content-type', indent='        ')
        t.pre.append('X-Google-Smtp-Source: AGHT+I%s' % rb64(rng, 60))
        t.pre.append('X-Received: by %s with SMTP id %s;\r\n        %s' % (ip6(rng), ralnum(rng, 12), fmt_la(sent)))
        t.spf = ('pass', t.env)
    elif cl == 'icloud':
        t.env = 'noreply@email.apple.com'
        t.helo = t.rdns = '%sp00im-%s%d.me.com' % (rng.choice(['st43', 'ms11', 'pv50', 'qs51']), ralnum(rng, 4), rng.randint(10000000, 99999999))
        t.ip = ip4(rng, '203.0.113')
        t.pre.append('Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s'
                     % (t.helo, t.helo, qid(rng, year), rfcdate(sent, 0, 'UTC')))
        sign(t, rng, 'email.apple.com', 'email0517', sent, 'Content-Type:MIME-Version:Message-ID:Date:Subject:To:Reply-To:From')
        t.spf = ('pass', t.env)
        fdom = 'email.apple.com'
    elif cl == 'zoom':
        t.env = 'bounces+%d-%s-%s=%s@em.zoom.us' % (rng.randint(1000000, 9999999), rhex(rng, 4), msg.rcpt[1].split('@')[0], msg.rcpt[1].split('@')[1])
        t.helo = t.rdns = 'o%d.ptr%d.zoom.us' % (rng.randint(1, 30), rng.randint(1000, 9999))
        t.ip = ip4(rng, '198.51.100')
        t.pre.append('Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%s\r\n        %s.%09d +0000 UTC m=+%d.%09d'
                     % (rhex(rng, 10), ralnum(rng, 5), rhex(rng, 10), rng.randint(1, 99), rhex(rng, 12),
                        sent.strftime('%Y-%m-%d %H:%M:%S'), rng.randint(0, 999999999), rng.randint(1000, 9999999), rng.randint(0, 999999999)))
        sign(t, rng, 'zoom.us', 'zm1', sent, 'from:reply-to:subject:mime-version:content-type:to:cc:content-type:from:subject:to')
        t.spf = ('pass', t.env)
        fdom = 'zoom.us'
    elif cl in ('exchange', 'teams') or prov == 'mscons':
        onp = kind not in ('spoof', 'vps') and prov != 'mscons' and rng.random() < 0.15 and cl in ('exchange', 'teams')
        if onp:
            host = 'EX%02d.%s' % (rng.randint(1, 9), fdom)
            t.helo = t.rdns = 'mail.' + fdom
            t.ip = ip4(rng)
            t.env = msg.sender[1]
            t.pre.append('Received: from %s (10.%d.%d.%d) by %s (10.%d.%d.%d) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.2.%d.%d; %s'
                         % (host, rng.randint(0, 9), rng.randint(0, 255), rng.randint(2, 250), 'EDGE01.' + fdom, rng.randint(0, 9),
                            rng.randint(0, 255), rng.randint(2, 250), rng.randint(1100, 1600), rng.randint(1, 40), rfcdate(sent, 0)))
            if rng.random() < 0.6:
                sign(t, rng, fdom, 'ex' + str(year), sent)
            t.spf = ('pass', t.env)
        else:
            region = rng.choice(['EUR', 'NAM', 'APC', 'GBR']) if msg.lang in ('en',) else rng.choice(['EUR', 'APC'])
            out = {'EUR': 'EUR0%d-%s-obe.outbound.protection.outlook.com' % (rng.randint(1, 5), rng.choice(['AM6', 'DB8', 'VI1', 'HE1'])),
                   'NAM': 'NAM%02d-%s-obe.outbound.protection.outlook.com' % (rng.randint(2, 12), rng.choice(['BN8', 'CO1', 'DM6', 'MW2'])),
                   'APC': 'APC01-%s-obe.outbound.protection.outlook.com' % rng.choice(['SG2', 'TYZ', 'PSA']),
                   'GBR': 'GBR01-%s-obe.outbound.protection.outlook.com' % rng.choice(['LO2', 'CWX'])}[region]
            t.helo = out
            t.rdns = 'mail-%s%s.outbound.protection.outlook.com' % (rng.choice(['am6eur05on', 'db8eur04on', 'bn8nam12on', 'sg2apc01on']), rng.randint(2010, 2210))
            t.ip = ip6(rng) if rng.random() < 0.5 else ip4(rng, '203.0.113')
            t.env = msg.sender[1]
            from layout import ms_server
            s1, f1 = ms_server(rng, region)
            s2, f2 = ms_server(rng, region)
            t.pre.append('Received: from %s (%s) by\r\n %s (%s) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.%d.%d; %s'
                         % (f1, ip6(rng), f2, ip6(rng), rng.randint(7000, 9400), rng.randint(10, 40), rfcdate(sent + dt.timedelta(seconds=1), 0)))
            t.pre.append('Received: from %s\r\n ([fe80::%s:%s:%s:%s]) by %s\r\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.%d.%d; %s'
                         % (f1, rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), f1, rhex(rng, 4), rhex(rng, 4), rhex(rng, 4),
                            rhex(rng, 4), rng.randint(3, 7), rng.randint(7000, 9400), rng.randint(10, 40), rfcdate(sent, 0)))
            if fdom.endswith('.onmicrosoft.com'):
                sel = 'selector1-' + fdom.replace('.', '-')
                sign(t, rng, fdom, sel, sent, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')
            elif prov == 'mscons':
                sign(t, rng, fdom, 'selector1', sent, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')
            elif kind not in ('spoof',):
                onms = fdom.split('.')[0].replace('-', '') + '.onmicrosoft.com'
                if rng.random() < 0.85:
                    sign(t, rng, fdom, rng.choice(['selector1', 'selector2']), sent,
                         'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')
                sign(t, rng, onms, 'selector1-' + onms.replace('.', '-'), sent,
                     'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')
            t.spf = ('pass', t.env)
    elif cl == 'yahoo' or prov in ('yahoo', 'yahoojp'):
        t.env = msg.sender[1]
        t.helo = t.rdns = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (rng.randint(300, 330), rng.randint(1, 40), rng.choice(['ne1', 'gq1', 'bf2', 'ir2']))
        t.ip = ip4(rng, '198.51.100')
        if cl == 'yahoo':
            t.pre.append('Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s' % (t.helo, rfcdate(sent, 0)))
        else:
            t.pre.append('Received: by hermes--production-%s-%s (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID %s;\r\n          %s'
                         % (rng.choice(['gq1', 'bf1', 'ne1']), rhex(rng, 10), rhex(rng, 32), rfcdate(sent, 0)))
        sign(t, rng, fdom if fdom != 'ymail.com' else 'yahoo.com', 's2048' if fdom != 'aol.com' else 'a2048', sent,
             'Date:From:To:Subject:References:From:Subject:Reply-To')
        t.spf = ('pass', t.env)
    elif cl == 'gmailfwd':
        t.env = msg.sender[1]
        t.helo = t.rdns = 'mail-%s-f%d.google.com' % (rng.choice(['wr1', 'ej1', 'pf1', 'lf1', 'qk1']), rng.randint(10, 99))
        t.ip = ip4(rng, '198.51.100')
        gsel = '20230601' if year >= 2023 else '20210112' if year >= 2021 else '20161025'
        t.pre.append('Received: by %s with SMTP id %s;\r\n        %s' % (ip6(rng), ralnum(rng, 12), fmt_la(sent)))
        if prov == 'gmail':
            sign(t, rng, 'gmail.com', gsel, sent, 'mime-version:references:in-reply-to:from:date:message-id:subject:to', indent='        ')
        else:
            sign(t, rng, fdom, 'google', sent, 'mime-version:references:in-reply-to:from:date:message-id:subject:to', indent='        ')
        t.pre.append('X-Google-Smtp-Source: AGHT+I%s' % rb64(rng, 60))
        t.spf = ('pass', t.env)
    elif esp and kind not in ('spoof',):
        real = fdom
        if prov:
            fdom = {'sendgrid': 'sendgrid.net', 'ses': 'amazonses.com', 'mailgun': 'mailgun.org', 'brevo': 'sendinblue.com',
                    'postmark': 'pm.mtasv.net'}[esp]
        t.env = {'sendgrid': 'bounces+%d-%s-%s=%s@em%d.%s' % (rng.randint(10 ** 6, 10 ** 8), rhex(rng, 4), msg.rcpt[1].split('@')[0], msg.rcpt[1].split('@')[1], rng.randint(100, 9999), fdom),
                 'ses': '%s-%s-000000@%s' % ('0100' + rhex(rng, 12), ruuid(rng), 'amazonses.com' if rng.random() < .5 else 'mail.' + fdom),
                 'mailgun': 'bounce+%s.%s-%s=%s@mg.%s' % (rhex(rng, 6), rhex(rng, 6), msg.rcpt[1].split('@')[0], msg.rcpt[1].split('@')[1], fdom),
                 'brevo': '%s@%s' % (ralnum(rng, 30), 'sendibm%d.com' % rng.randint(1, 4) if rng.random() < .5 else 'bounces.' + fdom),
                 'postmark': 'pm_bounces@pm-bounces.' + fdom}[esp]
        if esp == 'sendgrid':
            t.helo = t.rdns = 'o%d.ptr%d.%s' % (rng.randint(1, 40), rng.randint(1000, 9999), fdom)
            t.pre.append('Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%s\r\n        %s.%09d +0000 UTC m=+%d.%09d'
                         % (rhex(rng, 10), ralnum(rng, 5), rhex(rng, 10), rng.randint(1, 99), rhex(rng, 12),
                            sent.strftime('%Y-%m-%d %H:%M:%S'), rng.randint(0, 999999999), rng.randint(1000, 9999999), rng.randint(0, 999999999)))
            t.pre.append('Received: from %s (unknown)\r\n\tby geopod-ismtpd-%d (SG) with HTTP\r\n\tid %s\r\n\tfor <%s>;\r\n\t%s'
                         % (rhex(rng, 8), rng.randint(1, 40), rb64(rng, 22).replace('/', '_'), msg.rcpt[1], sent.strftime('%a, %d %b %Y %H:%M:%S.') + '%03d +0000 (UTC)' % rng.randint(0, 999)))
            sign(t, rng, fdom, 's1', sent, 'from:mime-version:subject:content-type:to:cc:content-type:from:subject:to')
            sign(t, rng, 'sendgrid.info', 'smtpapi', sent, 'from:mime-version:subject:content-type:to:cc:content-type:from:subject:to')
        elif esp == 'ses':
            t.helo = t.rdns = 'a%d-%d.smtp-out.%s.amazonses.com' % (rng.randint(1, 99), rng.randint(1, 250), rng.choice(['eu-west-1', 'us-west-2', 'ap-northeast-1', 'us-east-1']))
            sign(t, rng, fdom, rhex(rng, 32), sent, 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date')
            sign(t, rng, 'amazonses.com', rhex(rng, 32), sent, 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')
            t.pre.append('Feedback-ID: ::1.%s.%s=:AmazonSES' % (rng.choice(['eu-west-1', 'us-east-1']), rb64(rng, 43)))
            t.pre.append('X-SES-Outgoing: %s-%s' % (sent.strftime('%Y.%m.%d'), ip4(rng, '198.51.100')))
        elif esp == 'mailgun':
            t.helo = t.rdns = 'm%d-%d.mailgun.net' % (rng.randint(30, 250), rng.randint(1, 250))
            t.pre.append('X-Mailgun-Sid: %s' % rb64(rng, 60))
            t.pre.append('Received: by %s with HTTP; %s' % (ip6(rng), rfcdate(sent, 0)))
            sign(t, rng, 'mg.' + fdom if rng.random() < .3 else fdom, rng.choice(['mta', 'krs', 'pic', 'k1']), sent, 'Content-Transfer-Encoding:Content-Type:MIME-Version:Subject:Message-ID:To:From:Date:Sender')
        elif esp == 'brevo':
            t.helo = t.rdns = 'mail%d.sendibm%d.com' % (rng.randint(1, 300), rng.randint(1, 4))
            sign(t, rng, fdom, 'brevo%d' % rng.randint(1, 2), sent, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')
        else:
            t.helo = t.rdns = 'mta%d.pmta.%s' % (rng.randint(1, 40), fdom)
            sign(t, rng, fdom, '%dpm' % rng.randint(2017, 2025), sent, 'From:Date:Subject:Message-Id:To:MIME-Version:Content-Type')
        t.ip = ip4(rng)
        t.spf = ('pass', t.env)
        fdom = real
        if prov:
            t.dkim = [x for x in t.dkim if x[0] != fdom]
    elif kind in ('spoof', 'vps'):
        pass
    else:
        # ordinary mailbox at a provider or own server
        t.env = saddr
        t.ip = ip4(rng)
        if prov == 'gmail':
            t.helo = t.rdns = 'mail-%s-f%d.google.com' % (rng.choice(['wr1', 'ej1', 'pf1', 'lf1', 'qk1']), rng.randint(10, 99))
            t.pre.append('Received: from %s ([%s])\r\n        by smtp.gmail.com with ESMTPSA id %s\r\n        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s'
                         % (rng.choice(['smtpclient.apple', '[192.168.1.%d]' % rng.randint(2, 200), 'DESKTOP-%s' % ralnum(rng, 7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')]),
                            ip6(rng), ralnum(rng, 12), msg.rcpt[1], fmt_la(sent)))
            sign(t, rng, 'gmail.com', '20230601' if year >= 2023 else '20210112' if year >= 2021 else '20161025', sent,
                 'to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to', indent='        ')
        elif prov == 'apple':
            t.helo = t.rdns = '%sp00im-%s%d.me.com' % (rng.choice(['ms11', 'st43', 'pv50']), ralnum(rng, 4), rng.randint(10000000, 99999999))
            t.pre.append('Received: from smtpclient.apple (%s [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s'
                         % (rng.choice(['unknown', 'ms11p00im-dlb-asmtpmailmevip.me.com']), ip4(rng), t.helo, qid(rng, year), rfcdate(sent, 0, 'UTC')))
            sign(t, rng, fdom if fdom == 'icloud.com' else 'icloud.com', '1a1hai', sent, 'From:Content-Type:Mime-Version:Subject:Message-Id:Date:To:x-icloud-hme')
        elif prov == 'gmx':
            base = 'gmx.net' if 'gmx' in fdom else 'web.de'
            t.helo = t.rdns = 'mout.%s' % base
            t.pre.append('Received: from [192.168.178.%d] ([%s]) by mail.%s (%s [%s])\r\n with ESMTPSA (Nemesis) id %s; %s'
                         % (rng.randint(20, 60), ip4(rng), base, rng.choice(['mrgmx104', 'mrweb005', 'mrgmx005']), ip4(rng, '198.51.100'),
                            ralnum(rng, 30, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-'), rfcdate(sent, 60 if sent.month not in range(4, 11) else 120)))
            sign(t, rng, fdom, 's31663417', sent, 'X-UI-Sender-Class:Message-ID:Date:MIME-Version:Subject:To:References:From:In-Reply-To:Content-Type')
        elif prov in ('yandex', 'mailru', 'naver', 'qq', 'netease', 'proton', 'isp'):
            host = {'yandex': 'forward%d%s.mail.yandex.net', 'mailru': 'smtp%d%s.i.mail.ru', 'naver': 'cvsmtppost%d%s.nm.naver.com',
                    'qq': 'out%d%s.mail.qq.com', 'netease': 'm%d%s.mail.163.com', 'proton': 'mail-%d%s.protonmail.ch',
                    'isp': 'smtp%d%s.' + fdom}[prov] % (rng.randint(1, 60), rng.choice(['a', 'b', 'c', '']))
            t.helo = t.rdns = host
            t.pre.append('Received: from [%s] (unknown [%s])\r\n\tby %s with ESMTPSA id %s;\r\n\t%s'
                         % (rng.choice(['10.0.0.%d' % rng.randint(2, 99), '192.168.0.%d' % rng.randint(2, 99)]), ip4(rng), host,
                            qid(rng, year), rfcdate(sent, 0)))
            sel = {'yandex': 'mail', 'mailru': 'mail4', 'naver': 'naverd', 'qq': 's201512', 'netease': 's110527',
                   'proton': 'protonmail3', 'isp': rng.choice(['default', 'mail', 'dkim', 's1'])}[prov]
            if prov != 'isp' or rng.random() < 0.7:
                sign(t, rng, fdom, sel, sent)
        else:
            host, line = postfix_submit(t, rng, msg, fdom.split('.', 1)[1] if cl == 'nextcloud' else fdom,
                                        auth_user=saddr)
            t.helo = t.rdns = host
            t.pre.append(line)
            dk = msg.__dict__.get('dkim', True)
            if dk:
                sign(t, rng, fdom, rng.choice(['default', 'mail', 'dkim', 's1', 'key1', '%d%02d' % (year, rng.randint(1, 12)), 'selector1']), sent)
        t.spf = ('pass', t.env)

    # ---- failing / odd set-ups
    if kind == 'spoof':
        t.pre = []
        t.dkim = []
        mode = msg.__dict__.get('spoof_mode') or rng.choice(['own', 'bulk', 'bulk'])
        host = rng.choice(['ubuntu-s-1vcpu-1gb-%s-01' % rng.choice(['fra1', 'ams3', 'sgp1', 'nyc3']),
                           'vmi%d.%s' % (rng.randint(100000, 999999), rng.choice(['contabo-host.net', 'vpsrack.example'])),
                           'WIN-%s' % ralnum(rng, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
                           'srv%d.%s' % (rng.randint(1, 999), rng.choice(['cheap-vps.example', 'hostingbox.example', 'cloudnode.example']))])
        t.helo = host
        t.rdns = rng.choice(['unknown', host if '.' in host else 'unknown'])
        t.ip = ip4(rng)
        if mode == 'own':
            t.env = msg.sender[1]
            t.spf = (rng.choice(['softfail', 'fail', 'softfail', 'none']), t.env)
        else:
            bd = msg.__dict__.get('bulk_domain') or '%s.%s' % (ralnum(rng, rng.randint(5, 9), 'abcdefghijklmnopqrstuvwxyz'), rng.choice(['xyz', 'top', 'shop', 'online', 'click', 'info']))
            t.env = '%s@%s' % (ralnum(rng, 8), bd)
            t.spf = ('pass', t.env)
            if rng.random() < 0.5:
                sign(t, rng, bd, 'default', sent)
        if rng.random() < 0.5:
            t.pre.insert(0, 'Received: from [%s] (unknown [%s])\r\n\tby %s (Postfix) with ESMTPA id %s;\r\n\t%s'
                         % (ip4(rng), ip4(rng), host, qid(rng, year), rfcdate(sent, 0, 'UTC')))
        if msg.client == 'google' or msg.client == 'icloud' or msg.client == 'zoom':
            fdom = msg.sender[1].split('@')[1].lower()
    elif kind == 'vps':
        t.pre = []
        t.dkim = []
        host = 'mail.' + fdom if rng.random() < 0.5 else 'vps%d.%s' % (rng.randint(10, 99999), fdom)
        t.helo = t.rdns = host
        t.ip = ip4(rng)
        t.env = msg.__dict__.get('env') or ('%s@%s' % (rng.choice(['bounce', 'noreply', 'info', 'www-data', msg.sender[1].split('@')[0]]), fdom))
        t.pre.append('Received: by %s (Postfix, from userid %d)\r\n\tid %s; %s' % (host, rng.choice([33, 1000, 0, 48]), qid(rng, year), rfcdate(sent, 0, 'UTC')))
        t.spf = (rng.choice(['pass', 'pass', 'neutral', 'none']), t.env)
        if rng.random() < 0.35:
            sign(t, rng, fdom, 'default', sent)

    if msg.auth_override:
        ao = msg.auth_override
        if 'spf' in ao:
            t.spf = (ao['spf'], t.env)
        if 'dkim' in ao:
            if ao['dkim'] == 'none':
                t.pre = [p for p in t.pre if not p.startswith('DKIM-Signature')]
                t.dkim = []
            elif ao['dkim'] == 'fail':
                t.dkim = [(d, s, 'fail', bt) for d, s, r, bt in t.dkim]
        if 'env' in ao:
            t.env = ao['env']
            t.spf = (ao.get('spf', t.spf[0]), t.env)
    # dmarc
    pol = dmarc_policy(fdom)
    envdom = t.env.split('@')[1].lower()
    aligned_spf = t.spf[0] == 'pass' and (envdom == fdom or envdom.endswith('.' + fdom))
    aligned_dkim = any(r == 'pass' and (d == fdom or d.endswith('.' + fdom) or fdom.endswith('.' + d)) for d, s, r, bt in t.dkim)
    if msg.client == 'google' and kind != 'spoof':
        aligned_dkim = True
    if pol is None:
        t.dmarc = ('none', fdom, None)
    elif aligned_spf or aligned_dkim:
        t.dmarc = ('pass', fdom, pol)
    else:
        t.dmarc = ('fail', fdom, pol)
    return t


def spf_text(res, mailfrom, ip):
    d = mailfrom
    if res == 'pass':
        return 'spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (MX, d, ip, d)
    if res == 'softfail':
        return 'spf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (MX, d, ip, d)
    if res == 'fail':
        return 'spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (MX, d, ip, d)
    if res == 'neutral':
        return 'spf=neutral (%s: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s' % (MX, ip, d, d)
    return 'spf=none (%s: %s does not designate permitted sender hosts) smtp.mailfrom=%s' % (MX, d, d)


def top_headers(msg, t, rng, recv):
    ar = ['Authentication-Results: %s;' % MX]
    items = []
    if not t.dkim:
        items.append('dkim=none')
    for d, s, r, bt in t.dkim:
        if r == 'pass':
            items.append('dkim=pass header.d=%s header.s=%s header.b=%s' % (d, s, bt))
        else:
            items.append('dkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s' % (d, s, bt))
    items.append(spf_text(t.spf[0], t.spf[1], t.ip))
    res, fdom, pol = t.dmarc
    if res == 'none':
        items.append('dmarc=none header.from=%s' % fdom)
    else:
        items.append('dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s' % (res, pol[0], pol[1], fdom))
    ar_s = ar[0] + '\r\n' + ';\r\n'.join('\t' + i for i in items)
    ipf = ('IPv6:' + t.ip) if ':' in t.ip else t.ip
    rc = msg.rcpt[1]
    mxr = ('Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s'
           % (t.helo, t.rdns, ipf, MX, qid(rng, recv.year), rc, rfcdate(recv, 0, 'UTC')))
    out = ['Return-Path: <%s>' % t.env, 'Delivered-To: %s' % rc, ar_s, mxr]
    return out
