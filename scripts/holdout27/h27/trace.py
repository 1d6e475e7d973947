"""Transport headers: receiving-MX trace, sender-side Received lines, DKIM signatures."""
import base64
import datetime as dt

from .clients import rfcdate, hexs, alnum

BIG_DMARC = {
    'gmail.com': 'p=NONE sp=QUARANTINE', 'google.com': 'p=REJECT sp=REJECT', 'yahoo.com': 'p=REJECT sp=REJECT',
    'icloud.com': 'p=QUARANTINE sp=QUARANTINE', 'me.com': 'p=QUARANTINE sp=QUARANTINE', 'outlook.com': 'p=NONE sp=QUARANTINE',
    'hotmail.com': 'p=NONE sp=NONE', 'zoom.us': 'p=REJECT sp=REJECT', 'aol.com': 'p=REJECT sp=REJECT',
    'paypal.com': 'p=REJECT sp=REJECT', 'microsoft.com': 'p=REJECT sp=REJECT', 'docusign.net': 'p=REJECT sp=REJECT',
}

FREE_RELAY = {
    'gmail.com': ('mail-%s-f%d.google.com', ['wr1', 'wm1', 'ed1', 'pl1', 'lf1', 'ej1'], '20230601'),
    'outlook.com': ('mail-%s.outbound.protection.outlook.com', None, 'selector1'),
    'hotmail.com': ('mail-%s.outbound.protection.outlook.com', None, 'selector1'),
    'yahoo.com': ('sonic%d-%d.consmr.mail.%s.yahoo.com', None, 's2048'),
    'icloud.com': ('qs51p00im-qukt%08d.me.com', None, '1a1hai'),
    'me.com': ('st43p00im-ztdg%08d.me.com', None, '1a1hai'),
    'mac.com': ('ms11p00im-qufo%08d.me.com', None, '1a1hai'),
}

SEL = ['mail', 'default', 'dkim', 's1', 'k1', '2022', '2024', 'selector1', 'mx', 'smtp', 'key1', 'mta']

VPS_HOST = ['vmi%d.contaboserver.net', 'static.%s.clients.your-server.de', 'vps-%s.vps.ovh.net',
            'ec2-%s.compute-1.amazonaws.com', 'host%d.hostwindsdns.com', '%s.colocrossing.com',
            'server%d.hostingvps.example', 'li%d-%d.members.linode.com', 'ip-%s.ip.secureserver.net']


def ip(rng, v6=False):
    if v6:
        return '2001:db8:%x:%x::%x' % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))
    return '%s.%d' % (rng.choice(['192.0.2', '198.51.100', '203.0.113']), rng.randint(2, 254))


def reg_domain(d):
    parts = d.split('.')
    if len(parts) >= 3 and (parts[-2] in ('co', 'com', 'org', 'ne', 'or', 'ac', 'in') and len(parts[-1]) == 2):
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


def vps_host(rng, ipaddr):
    t = rng.choice(VPS_HOST)
    dash = ipaddr.replace('.', '-')
    if t.count('%') == 2:
        return t % (rng.randint(10, 999), rng.randint(10, 999))
    if '%d' in t:
        return t % rng.randint(100000, 999999)
    return t % dash


class Profile:
    def __init__(self):
        self.relay = None
        self.relay_ip = None
        self.envelope = None
        self.dkim = []        # (domain, selector, result)
        self.sign = []        # DKIM-Signature headers to emit: (domain, selector, headers)
        self.spf = 'pass'
        self.dmarc = 'pass'
        self.policy = 'p=NONE sp=NONE'
        self.from_domain = None
        self.received = []    # sender-side Received lines (newest first)
        self.extra = []       # extra transport headers after DKIM-Signature
        self.arc = []
        self.tls = True


def _dkim_sig(rng, d, s, t, hlist, darn=None, short=False):
    bh = base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()
    b = base64.b64encode(bytes(rng.randrange(256) for _ in range(128 if short else 256))).decode()
    lines = ['DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;',
             '        d=%s; s=%s; t=%d;%s' % (d, s, t, (' darn=%s;' % darn) if darn else ''),
             '        h=%s;' % hlist, '        bh=%s;' % bh]
    bl = ['b=' + b[:62]] + [b[i:i + 70] for i in range(62, len(b), 70)]
    lines += ['        ' + x for x in bl]
    return '\r\n'.join(lines), b[:8]


def profile(rng, kind, client, from_email, rcpt, arrival, lang, opts=None):
    """kind: sender set-up; client: rendering client."""
    opts = opts or {}
    p = Profile()
    fd = from_email.split('@')[1].lower()
    p.from_domain = fd
    sd = arrival - dt.timedelta(seconds=rng.randint(2, 40))
    t = int(sd.timestamp())
    rdom = rcpt.split('@')[1]
    p.policy = BIG_DMARC.get(fd, rng.choice(['p=NONE sp=NONE', 'p=QUARANTINE sp=QUARANTINE', 'p=REJECT sp=REJECT', 'p=NONE sp=NONE', None]))

    def sign(d, s, hl, darn=None, result='pass'):
        sig, short = _dkim_sig(rng, d, s, t, hl, darn)
        p.sign.append(sig)
        p.dkim.append((d, s, result, short))

    gh = 'to:from:subject:date:message-id:reply-to:sender:mime-version:from:to:cc:subject:date:message-id:reply-to'
    if kind == 'google':
        # invitation sent by Google Calendar on behalf of the organiser
        n = rng.randint(10, 99)
        p.relay = 'mail-%s-f%d.google.com' % (rng.choice(['sor', 'yw1', 'pj1', 'ot1', 'qk1']), n)
        p.relay_ip = ip(rng)
        p.envelope = '3%s-%s@calendar-server.bounces.google.com' % (alnum(rng, 20), alnum(rng, 10))
        if fd == 'gmail.com':
            sign('gmail.com', '20230601' if arrival.year >= 2023 else '20161025', gh, rdom)
        else:
            sign(fd, 'google', gh)
        sign('google.com', '20230601' if arrival.year >= 2023 else '20161025', gh, rdom)
        p.policy = BIG_DMARC.get(fd, p.policy)
        p.received = ['Received: by %s with SMTP id %s.%d.%d\r\n        for <%s>; %s' % (
            p.relay, alnum(rng, 20).lower(), rng.randint(1, 99), sd.year, rcpt, rfcdate(sd, -rng.choice([0, 480, 420])))]
        p.extra = ['X-Google-Smtp-Source: AGHT+I%s' % alnum(rng, 80),
                   'X-Received: by 2002:a05:%x:%x:b0:%x:%x with SMTP id %s.%d.%d; %s' % (
                       rng.randint(0x6000, 0x6fff), rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff),
                       rng.randint(0x100, 0xfff), alnum(rng, 16).lower(), rng.randint(1, 99), t,
                       rfcdate(sd, -rng.choice([0, 480, 420])))]
        p.spf_domain = p.envelope
        return p
    if kind == 'zoom':
        p.relay = 'o%d.ptr%d.zoom.us' % (rng.randint(1, 9), rng.randint(1000, 9999))
        p.relay_ip = ip(rng)
        p.envelope = 'bounces+%d-%s-%s=%s@em.zoom.us' % (rng.randint(1000000, 9999999), hexs(rng, 4), rcpt.split('@')[0], rdom)
        sign('zoom.us', 'zmail', 'from:subject:reply-to:to:mime-version:content-type')
        sign('sendgrid.info', 'smtpapi', 'from:subject:reply-to:to:mime-version:content-type')
        p.received = ['Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%s\r\n        %s' % (
            hexs(rng, 10), alnum(rng, 5).lower(), hexs(rng, 10), rng.randint(1, 99), alnum(rng, 6), rfcdate(sd))]
        p.policy = BIG_DMARC['zoom.us']
        return p
    if kind in ('m365', 'outlookcom'):
        if kind == 'outlookcom':
            p.relay = 'mail-%s%d.outbound.protection.outlook.com' % (rng.choice(['oln0', 'sn1nam02olkn2', 'am6eur05olkn2', 'db3eur04olkn2']), rng.randint(1000, 99999))
            sign(fd, 'selector1', 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')
        else:
            p.relay = 'mail-%s%s.outbound.protection.outlook.com' % (rng.choice(['db8eur05on2', 'am7eur03on2', 'bn8nam12on2', 'dm6nam11on2', 'mw2nam10on2', 'eur02on2', 'apc01on2']), rng.randint(100, 999))
            if opts.get('tenant_dkim', rng.random() < 0.85):
                sign(fd, rng.choice(['selector1', 'selector2']), 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')
            else:
                ten = fd.split('.')[0].replace('-', '')
                sign('%s.onmicrosoft.com' % ten, 'selector1-%s-onmicrosoft-com' % ten, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')
            p.arc = ['ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s' % alnum(rng, 100),
                     'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\r\n dkim=pass header.d=%s; arc=none' % (fd, fd, fd)]
        p.relay_ip = ip(rng, v6=rng.random() < 0.3)
        p.envelope = from_email
        from .clients import ms_host
        h1 = opts.get('ms_fqdn') or ms_host(rng, lang)[1]
        p.received = [
            'Received: from %s\r\n ([%s]) by %s\r\n ([%s%%%d]) with mapi id 15.20.%d.%03d; %s' % (
                h1, ip(rng, True), h1, ip(rng, True), rng.randint(3, 7), rng.randint(6000, 8999), rng.randint(0, 40), rfcdate(sd)),
        ]
        p.extra = ['X-MS-Exchange-Transport-CrossTenantHeadersStamped: ' + h1.split('.')[0]]
        return p
    if kind in ('icloud', 'yahoo', 'gmail-smtp'):
        if kind == 'icloud':
            p.relay = 'qs51p00im-qukt%08d.me.com' % rng.randint(1000000, 99999999)
            sign(fd if fd in ('icloud.com', 'me.com', 'mac.com') else fd, '1a1hai' if fd in ('icloud.com', 'me.com', 'mac.com') else 'sig1',
                 'Content-Type:From:Mime-Version:Subject:Message-Id:Date:To')
            p.received = ['Received: from smtpclient.apple (qs51p00im-dlb-asmtp-mailmevip.me.com [17.57.155.28])\r\n'
                          '        by %s (Postfix) with ESMTPSA id %s\r\n        for <%s>; %s' % (p.relay, hexs(rng, 10, True), rcpt, rfcdate(sd))]
            p.received[0] = p.received[0].replace('17.57.155.28', ip(rng))
        elif kind == 'yahoo':
            p.relay = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (rng.randint(300, 330), rng.randint(10, 50), rng.choice(['bf2', 'ne1', 'gq1', 'ir2']))
            sign(fd, 's2048', 'Date:From:To:Subject:References:From:Subject:Reply-To')
            p.received = ['Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s' % (p.relay, rfcdate(sd))]
        else:
            p.relay = 'mail-%s-f%d.google.com' % (rng.choice(['wr1', 'wm1', 'ed1', 'pl1', 'lf1', 'ej1']), rng.randint(10, 99))
            sign(fd, '20230601' if arrival.year >= 2023 else '20161025', gh, rdom)
            if fd != 'gmail.com':
                pass
            p.received = ['Received: by %s with SMTP id %s.%d.%d\r\n        for <%s>; %s' % (
                p.relay, alnum(rng, 20).lower(), rng.randint(1, 99), sd.year, rcpt, rfcdate(sd, -rng.choice([0, 480])))]
            p.received.append('Received: from [10.%d.%d.%d] ([%s])\r\n        by smtp.gmail.com with ESMTPSA id %s\r\n        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        %s' % (
                rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254), ip(rng), alnum(rng, 24).lower(), rcpt, rfcdate(sd)))
        p.relay_ip = ip(rng)
        p.envelope = from_email
        return p
    if kind == 'list':
        return p  # filled by list wrapper
    # self-hosted / ESP / VPS / spoof
    if kind == 'esp':
        esp = opts.get('esp') or rng.choice(['ses', 'sendgrid', 'mailgun', 'sparkpost', 'brevo'])
        if esp == 'ses':
            reg = rng.choice(['eu-west-1', 'us-west-2', 'ap-northeast-1', 'us-east-1'])
            p.relay = 'a%d-%d.smtp-out.%s.amazonses.com' % (rng.randint(8, 99), rng.randint(1, 250), reg)
            p.envelope = '0102018%s-%s-000000@%s' % (hexs(rng, 9), uuid8(rng), rng.choice([reg + '.amazonses.com', 'bounce.' + fd]))
            sign(fd, alnum(rng, 32).lower(), 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date')
            sign('amazonses.com', alnum(rng, 32).lower(), 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')
            p.extra = ['Feedback-ID: ::1.%s.%s:AmazonSES' % (reg, alnum(rng, 43))]
        elif esp == 'sendgrid':
            p.relay = 'o%d.ptr%d.%s' % (rng.randint(1, 9), rng.randint(1000, 9999), 'em%d.%s' % (rng.randint(1000, 9999), fd))
            p.envelope = 'bounces+%d-%s-%s=%s@em%d.%s' % (rng.randint(10 ** 6, 10 ** 7), hexs(rng, 4), rcpt.split('@')[0], rdom, rng.randint(1000, 9999), fd)
            sign(fd, 's1', 'from:content-type:subject:reply-to:to:cc:list-unsubscribe')
            sign('sendgrid.info', 'smtpapi', 'from:content-type:subject:reply-to:to:cc:list-unsubscribe')
            p.received = ['Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%s\r\n        %s' % (
                hexs(rng, 10), alnum(rng, 5).lower(), hexs(rng, 10), rng.randint(1, 99), alnum(rng, 6), rfcdate(sd))]
        elif esp == 'mailgun':
            p.relay = 'm%d-%d.mailgun.net' % (rng.randint(10, 250), rng.randint(10, 250))
            p.envelope = 'bounce+%s.%s-%s=%s@mg.%s' % (hexs(rng, 6), hexs(rng, 6), rcpt.split('@')[0], rdom, fd)
            sign('mg.' + fd, rng.choice(['k1', 'mx', 'krs', 'pic']), 'Content-Type:MIME-Version:Subject:From:To:Date:Message-Id:Sender')
            p.received = ['Received: by %s with HTTP; %s' % ('mailgun.net', rfcdate(sd))]
        elif esp == 'sparkpost':
            p.relay = 'mta-%d-%d.sparkpostmail.com' % (rng.randint(1, 200), rng.randint(1, 9))
            p.envelope = 'msprvs1=%s=bounces-%d@spmailtechn.com' % (alnum(rng, 14), rng.randint(100000, 999999))
            sign(fd, 'scph%04d' % rng.randint(100, 9999), 'From:To:Subject:Message-ID:Date:MIME-Version:Content-Type')
            sign('spmailtechn.com', 'scph%04d' % rng.randint(100, 9999), 'From:To:Subject:Message-ID:Date')
        else:
            p.relay = 'smtp-relay.%s.brevo.com' % rng.choice(['eu', 'us'])
            p.envelope = '%s@%s.brevosend.com' % (alnum(rng, 24).lower(), alnum(rng, 8).lower())
            sign(fd, 'brevo1', 'Content-Type:MIME-Version:Subject:From:To:Date:Message-Id:Reply-To')
            sign('sendinblue.com', 'mail', 'Content-Type:MIME-Version:Subject:From:To:Date:Message-Id')
        p.relay_ip = ip(rng)
        return p
    if kind in ('own', 'own-nodkim', 'own-softfail'):
        pre = opts.get('host_prefix') or rng.choice(['mail', 'smtp', 'mx1', 'mail2', 'out', 'webmail'])
        p.relay = '%s.%s' % (pre, reg_domain(fd))
        p.relay_ip = ip(rng)
        p.envelope = opts.get('envelope') or from_email
        if kind == 'own':
            sign(reg_domain(fd), opts.get('selector') or rng.choice(SEL), 'from:from:reply-to:subject:subject:date:date:message-id:message-id:to:to:cc:mime-version:content-type')
        if kind == 'own-softfail':
            p.spf = 'softfail'
        elif rng.random() < 0.08:
            p.spf = rng.choice(['softfail', 'neutral'])   # SPF record missing this relay
            if kind == 'own-nodkim':
                p.policy = rng.choice([None, 'p=NONE sp=NONE'])
        internal = '10.%d.%d.%d' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        p.received = ['Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s' % (
            opts.get('client_helo') or '[%s]' % internal, opts.get('client_rdns') or 'unknown', internal, p.relay,
            hexs(rng, 10, True), rcpt, rfcdate(sd, opts.get('off', 0)))]
        if opts.get('amavis'):
            p.received.insert(0, 'Received: from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s' % (
                p.relay, hexs(rng, 10, True), rfcdate(sd, opts.get('off', 0))))
            p.extra = ['X-Virus-Scanned: amavisd-new at %s' % reg_domain(fd)]
        if kind == 'own-nodkim' and opts.get('no_dmarc'):
            p.policy = None
        return p
    if kind in ('vps', 'vps-nodkim', 'spoof', 'spoof-softfail', 'spoof-none'):
        p.relay_ip = ip(rng)
        p.relay = vps_host(rng, p.relay_ip)
        helo = opts.get('helo') or rng.choice([p.relay, 'localhost', 'mail.' + reg_domain(fd), alnum(rng, 8).lower(), 'User'])
        if kind.startswith('spoof'):
            envd = opts.get('env_domain') or fd
            p.envelope = opts.get('envelope') or ('%s@%s' % (rng.choice(['bounce', 'info', 'noreply', 'admin', 'www-data', 'root', alnum(rng, 8).lower()]), envd))
            if envd == fd:
                p.spf = {'spoof': 'fail', 'spoof-softfail': 'softfail', 'spoof-none': 'none'}[kind]
            else:
                p.spf = opts.get('env_spf', 'pass')
            if opts.get('dkim_other'):
                sign(reg_domain(envd), rng.choice(SEL), 'from:to:subject:date:message-id')
            p.dmarc = 'fail' if kind != 'spoof-none' else 'none'
            if kind == 'spoof-none':
                p.policy = None
        else:
            p.envelope = opts.get('envelope') or from_email
            if kind == 'vps':
                sign(reg_domain(fd), opts.get('selector') or rng.choice(SEL + ['x', 'dkim2025', 'sel1']),
                     'from:to:subject:date:message-id:mime-version:content-type')
            p.spf = opts.get('spf', 'pass')
            p.dmarc = opts.get('dmarc', 'pass' if kind == 'vps' else 'none')
            if p.dmarc == 'none':
                p.policy = None
        p.helo = helo
        p.received = ['Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s' % (
            rng.choice(['localhost', 'localhost.localdomain', p.relay.split('.')[0]]), p.relay, hexs(rng, 10, True), rcpt,
            rfcdate(sd, opts.get('off', 0)))] if rng.random() < 0.7 else []
        return p
    raise ValueError(kind)


def uuid8(rng):
    return '%s-%s-%s-%s-%s' % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))


def auth_results(p, rcpt):
    L = ['Authentication-Results: mx.example.net;']
    items = []
    for d, s, res, short in p.dkim:
        if res == 'pass':
            items.append('dkim=pass header.d=%s header.s=%s header.b=%s' % (d, s, short))
        else:
            items.append('dkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s' % (d, s, short))
    if not p.dkim:
        items.append('dkim=none')
    env = p.envelope
    envd = env.split('@')[-1]
    if p.spf == 'pass':
        items.append('spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (env, p.relay_ip, env))
    elif p.spf == 'softfail':
        items.append('spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (env, p.relay_ip, env))
    elif p.spf == 'fail':
        items.append('spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (env, p.relay_ip, env))
    elif p.spf == 'neutral':
        items.append('spf=neutral (mx.example.net: %s is neither permitted nor denied by best guess record for domain of %s) smtp.mailfrom=%s' % (p.relay_ip, env, env))
    else:
        items.append('spf=none (mx.example.net: domain of %s has no SPF policy when checking %s) smtp.mailfrom=%s' % (env, p.relay_ip, env))
    # DMARC follows from alignment (relaxed) unless the domain publishes no policy
    fd = reg_domain(p.from_domain)
    aligned = any(res == 'pass' and reg_domain(d) == fd for d, s, res, short in p.dkim) or (
        p.spf == 'pass' and reg_domain(envd) == fd)
    if p.policy is not None:
        p.dmarc = 'pass' if aligned else 'fail'
    if p.dmarc == 'none' or p.policy is None:
        items.append('dmarc=none header.from=%s' % p.from_domain)
    else:
        pol = p.policy
        dis = 'NONE'
        if p.dmarc == 'fail':
            dis = pol.split()[0].split('=')[1]
            if dis == 'REJECT':
                dis = 'QUARANTINE'
        items.append('dmarc=%s (%s dis=%s) header.from=%s' % (p.dmarc, pol, dis, p.from_domain))
    for i, it in enumerate(items):
        L.append('\t' + it + (';' if i < len(items) - 1 else ''))
    return '\r\n'.join(L)


def mx_headers(p, rcpt, arrival, rng):
    qid = hexs(rng, 10, True)
    tls = ''
    if p.tls:
        tls = '\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)'
    helo = getattr(p, 'helo', None) or p.relay
    rdns = p.relay if not getattr(p, 'no_rdns', False) else 'unknown'
    if helo != p.relay:
        fromline = 'from %s (%s [%s])' % (helo, rdns, p.relay_ip)
    else:
        fromline = 'from %s (%s [%s])' % (p.relay, rdns, p.relay_ip)
    rec = 'Received: %s%s\r\n\tby mx.example.net (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s (UTC)' % (
        fromline, tls, qid, rcpt, rfcdate(arrival))
    return ['Return-Path: <%s>' % p.envelope, 'Delivered-To: %s' % rcpt, auth_results(p, rcpt), rec]


def assemble(p, rcpt, arrival, rng, client_headers, body_root_text):
    top = mx_headers(p, rcpt, arrival, rng)
    top += p.arc
    top += p.received
    top += p.sign
    top += p.extra
    return top
