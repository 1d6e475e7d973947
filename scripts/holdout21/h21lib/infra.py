"""Sending infrastructure: envelope, trace headers, DKIM signatures and the receiving MX's
Authentication-Results, consistent with who really sent the message."""
from .core import (b64r, hexs, rstr, digits, ip4, ip6, rfcdate, TD, fold_plain)

MX = 'mx.example.net'


def dkim_sig(rng, d, s, t, hlist):
    b = b64r(rng, 256)
    bh = b64r(rng, 32)
    chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
    v = ('v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\r\n\tt=%d; h=%s;\r\n\tbh=%s;\r\n\tb=%s'
         % (d, s, t, hlist, bh, '\r\n\t '.join(chunks)))
    return v, b[:8]


def ar_value(dkims, spf, dmarc):
    parts = []
    if not dkims:
        parts.append('dkim=none')
    for res, d, s, b8 in dkims:
        if res == 'pass':
            parts.append('dkim=pass header.d=%s header.s=%s header.b=%s' % (d, s, b8))
        elif res == 'fail':
            parts.append('dkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s'
                         % (d, s, b8))
        else:
            parts.append('dkim=%s header.d=%s header.s=%s header.b=%s' % (res, d, s, b8))
    res, mf, ip = spf
    dom = mf.split('@')[-1]
    if res == 'pass':
        parts.append('spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (MX, mf, ip, mf))
    elif res == 'fail':
        parts.append('spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s'
                     % (MX, mf, ip, mf))
    elif res == 'softfail':
        parts.append('spf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) '
                     'smtp.mailfrom=%s' % (MX, mf, ip, mf))
    elif res == 'neutral':
        parts.append('spf=neutral (%s: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s'
                     % (MX, ip, mf, mf))
    else:
        parts.append('spf=none (%s: %s does not designate permitted sender hosts) smtp.mailfrom=%s' % (MX, dom, mf))
    res, pol, fd = dmarc
    if res == 'none' and pol is None:
        parts.append('dmarc=none header.from=%s' % fd)
    else:
        p, sp, dis = pol
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (res, p, sp, dis, fd))
    return MX + ';\r\n\t' + ';\r\n\t'.join(parts)


def mx_received(m):
    helo, rdns, ip = m.mx
    return ('from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s'
            % (helo, rdns or 'unknown', ip, MX, hexs(m.rng, 10, True), m.rcpt['addr'],
               rfcdate(m.arrival, 0, 'UTC')))


def dom_of(a):
    return a.split('@')[-1].lower()


def org_domain(d):
    parts = d.split('.')
    if len(parts) >= 3 and parts[-2] in ('co', 'com', 'ac', 'gov', 'ne', 'or', 'edu', 'org') and len(parts[-1]) == 2:
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


SELECTORS = ['s1', 'selector1', 'default', 'mail', 'dkim', 'google', 'k1', 's2048', 'mx', '2023', 'sel1', 'key1']


def setup(m, kind, **o):
    """Fill m.env_from, m.mx, m.trace, m.auth_dkim, m.auth_spf, m.auth_dmarc.
    kind: gcal gmail exo icloud yahoo provider corp zimbra zoom esp vps spoof nextcloud
    Options: dom (signing/from domain), dmarc_pol, no_dkim, ..."""
    rng = m.rng
    fa = m.frm['addr']
    fd = dom_of(fa)
    t = int((m.arrival - TD(seconds=rng.randint(2, 40)) - __import__('datetime').datetime(1970, 1, 1)).total_seconds())
    sent = m.arrival - TD(seconds=rng.randint(1, 20))
    soff = m.date_off
    trace = []
    dk = []
    pol = o.get('pol') or rng.choice([('REJECT', 'REJECT', 'NONE'), ('QUARANTINE', 'QUARANTINE', 'NONE'),
                                      ('NONE', 'NONE', 'NONE')])
    hl_std = 'from:to:subject:date:message-id:mime-version:content-type'
    ip = ip4(rng)
    if kind == 'gcal':
        n = rng.randint(70, 202)
        host = 'mail-sor-f%d.google.com' % n
        m.env_from = '3%s@calendar-server.bounces.google.com' % rstr(rng, 40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-')
        m.mx = (host, host, ip)
        trace.append(('Received', 'by %s with SMTP id %s.%d\r\n        for <%s>; %s'
                      % (host, rstr(rng, 24, 'abcdefghijklmnopqrstuvwxyz0123456789'), rng.randint(1, 9),
                         m.rcpt['addr'], rfcdate(sent, -420 if sent.month in range(4, 11) else -480,
                                                 'PDT' if sent.month in range(4, 11) else 'PST'))))
        sigs = [('google.com', '20230601' if m.arrival.year >= 2023 else '20161025')]
        if fd == 'gmail.com':
            sigs.insert(0, ('gmail.com', '20230601' if m.arrival.year >= 2023 else '20161025'))
        elif fd != 'google.com' and not o.get('no_ws_dkim'):
            sigs.insert(0, (fd, 'google'))
        for d, s in sigs:
            v, b8 = dkim_sig(rng, d, s, t, 'to:from:subject:date:message-id:reply-to:sender:mime-version:from:to:'
                                           'cc:subject:date:message-id:reply-to')
            trace.append(('DKIM-Signature', v))
            dk.append(('pass', d, s, b8))
        trace.append(('X-Google-Smtp-Source', 'AGHT+I' + rstr(rng, 60)))
        trace.append(('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s.%d.%d; %s'
                      % (hexs(rng, 4), hexs(rng, 3), hexs(rng, 3), hexs(rng, 4), rstr(rng, 22, 'abcdefghijklmnopqrstuvwxyz0123456789'),
                         rng.randint(10, 99), t % 10000000000, rfcdate(sent, -480, 'PST'))))
        spf = ('pass', m.env_from, ip)
        dm = ('pass', ('NONE', 'QUARANTINE', 'NONE') if fd == 'gmail.com' else pol, fd)
        if fd not in ('gmail.com', 'google.com') and o.get('no_ws_dkim'):
            dm = ('fail', ('NONE', 'NONE', 'NONE'), fd) if o.get('dmarc_fail') else ('none', None, fd)
    elif kind == 'gmail':
        n = rng.randint(40, 230)
        host = 'mail-%s%d.google.com' % (rng.choice(['wm1-f', 'ej1-f', 'pl1-f', 'qt1-f', 'lf1-f', 'yb1-f']), n)
        m.env_from = fa
        m.mx = (host, host, ip)
        sigs = [(fd, '20230601' if m.arrival.year >= 2023 else '20161025' if fd == 'gmail.com' else 'google')]
        trace.append(('Received', 'by %s with SMTP id %s.%d\r\n        for <%s>; %s'
                      % (host, rstr(rng, 24, 'abcdefghijklmnopqrstuvwxyz0123456789'), rng.randint(1, 9),
                         m.rcpt['addr'], rfcdate(sent, soff))))
        for d, s in sigs:
            v, b8 = dkim_sig(rng, d, s, t, 'to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:'
                                           'message-id:reply-to')
            trace.append(('DKIM-Signature', v))
            dk.append(('pass', d, s, b8))
        trace.append(('X-Gm-Message-State', 'AOJu0Y' + rstr(rng, 56)))
        spf = ('pass', fa, ip)
        dm = ('pass', ('NONE', 'QUARANTINE', 'NONE') if fd == 'gmail.com' else pol, fd)
    elif kind == 'exo':
        region = o.get('region') or rng.choice(['eurprd0%d' % rng.randint(1, 9), 'namprd1%d' % rng.randint(0, 9),
                                                'apcprd0%d' % rng.randint(1, 6)])
        pre = {'eur': 'EUR0%d' % rng.randint(1, 5), 'nam': 'NAM1%d' % rng.randint(0, 2),
               'apc': 'APC01'}[region[:3]]
        srv = '%s%sPR%02dMB%d' % (rng.choice(['AM', 'DB', 'VI', 'PA', 'DU', 'GV']) if region.startswith('eur')
                                  else rng.choice(['SN', 'BY', 'CH', 'MN', 'DM', 'SA']) if region.startswith('nam')
                                  else rng.choice(['SG', 'TY', 'KL', 'PS']),
                                  rng.randint(1, 9), rng.randint(1, 12), rng.randint(1000, 9999))
        m.exo_server = srv
        m.exo_region = region
        cons = fd in ('outlook.com', 'hotmail.com', 'hotmail.es', 'hotmail.nl', 'live.com', 'outlook.fr',
                      'hotmail.fr', 'outlook.de', 'msn.com')
        host = ('%s-%s-obe.outbound.protection.outlook.com' % (pre, rng.choice(['AM6', 'DB8', 'VE1', 'HE1', 'BN8', 'DM6']))
                if not cons else 'mail-%s%s.outbound.protection.outlook.com'
                % (rng.choice(['db3eur04olkn', 'am5eur02olkn', 'bn8nam12olkn', 'dm6nam10olkn']), digits(rng, 4)))
        ip6a = ip6(rng)
        m.mx = (host, host, ip6a)
        m.env_from = fa
        trace.append(('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=' +
                      b64r(rng, 96)))
        trace.append(('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; '
                                                    'arc=none'))
        d = fd
        s = 'selector%d' % rng.randint(1, 2)
        if o.get('onms'):
            d = o['onms']
            s = 'selector1-%s' % d.replace('.', '-')
        if not o.get('no_dkim'):
            v, b8 = dkim_sig(rng, d, s, t, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:'
                                           'X-MS-Exchange-SenderADCheck')
            trace.append(('DKIM-Signature', v))
            dk.append(('pass', d, s, b8))
        ts = rfcdate(sent, 0)
        trace.append(('Received', 'from %s.%s.prod.outlook.com (%s) by\r\n %s.%s.prod.outlook.com (%s) with '
                      'Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id '
                      '15.20.%d.%d; %s' % (srv, region, ip6(rng), srv, region, ip6(rng), rng.randint(7000, 9400),
                                           rng.randint(10, 40), ts)))
        trace.append(('Received', 'from %s.%s.prod.outlook.com\r\n ([%s]) by %s.%s.prod.outlook.com\r\n '
                      '([%s%%5]) with mapi id 15.20.%d.%d; %s'
                      % (srv, region, ip6(rng), srv, region, ip6(rng), rng.randint(7000, 9400), rng.randint(10, 40),
                         ts)))
        spf = ('pass', fa, ip6a)
        aligned = (d == fd) or not o.get('onms')
        dm = ('pass', pol, fd) if aligned else ('pass', pol, fd)
        if cons:
            dm = ('pass', ('NONE', 'NONE', 'NONE'), fd)
    elif kind == 'icloud':
        host = '%sp00im-%s%d.me.com' % (rng.choice(['st43', 'ms11', 'qs51', 'mr85', 'pv50']),
                                        rng.choice(['ztdg', 'qufo', 'ztbu', 'ztfb']), rng.randint(10000000, 19999999))
        m.env_from = fa
        m.mx = (host, host, ip)
        v, b8 = dkim_sig(rng, fd if fd in ('icloud.com', 'me.com', 'mac.com') else fd, '1a1hai', t,
                         'Content-Type:Mime-Version:Subject:Message-Id:To:From:Date')
        trace.append(('DKIM-Signature', v))
        dk.append(('pass', fd, '1a1hai', b8))
        trace.append(('Received', 'from [%s] (unknown [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s'
                      % (ip4(rng), ip4(rng), host, hexs(rng, 10, True), rfcdate(sent, 0, 'UTC'))))
        spf = ('pass', fa, ip)
        dm = ('pass', ('QUARANTINE', 'QUARANTINE', 'NONE'), fd)
    elif kind == 'yahoo':
        host = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (rng.randint(301, 330), rng.randint(1, 40),
                                                         rng.choice(['ne1', 'bf2', 'gq1', 'ir2']))
        m.env_from = fa
        m.mx = (host, host, ip)
        v, b8 = dkim_sig(rng, fd, 's2048', t, 'Date:From:To:Subject:References:From:Subject:Reply-To')
        trace.append(('DKIM-Signature', v))
        dk.append(('pass', fd, 's2048', b8))
        trace.append(('Received', 'from sonic.gate.mail.%s.yahoo.com by %s with HTTP; %s'
                      % (rng.choice(['ne1', 'bf2']), host, rfcdate(sent, 0))))
        trace.append(('X-YMail-OSG', rstr(rng, 60)))
        spf = ('pass', fa, ip)
        dm = ('pass', ('REJECT', 'REJECT', 'NONE'), fd)
    elif kind == 'zoom':
        host = 'o%d.ptr%d.zoom.us' % (rng.randint(1, 99), rng.randint(1000, 9999))
        m.env_from = 'bounces+%s-%s=%s@zoom.us' % (digits(rng, 8), hexs(rng, 4), m.rcpt['addr'].replace('@', '='))
        m.mx = (host, host, ip)
        v, b8 = dkim_sig(rng, 'zoom.us', 's1', t, 'from:reply-to:subject:mime-version:content-type:to')
        trace.append(('DKIM-Signature', v))
        dk.append(('pass', 'zoom.us', 's1', b8))
        trace.append(('Received', 'by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%s.1\r\n        %s (UTC)'
                      % (hexs(rng, 10), rstr(rng, 5, 'abcdefghijklmnopqrstuvwxyz'), hexs(rng, 8), rng.randint(1, 99),
                         hexs(rng, 10), sent.strftime('%a, %d %b %Y %H:%M:%S.%f')[:-3])))
        spf = ('pass', m.env_from, ip)
        dm = ('pass', ('REJECT', 'REJECT', 'NONE'), 'zoom.us')
    elif kind == 'esp':
        esp = o.get('esp') or rng.choice(['ses', 'sendgrid', 'mailgun', 'sparkpost', 'own'])
        bd = o.get('bounce_dom') or fd
        if esp == 'ses':
            host = 'a%d-%d.smtp-out.%s.amazonses.com' % (rng.randint(8, 48), rng.randint(1, 250),
                                                          rng.choice(['eu-west-1', 'us-west-2', 'us-east-1']))
            m.env_from = '0102%s-%s-000000@%s' % (hexs(rng, 12), uid_like(rng), o.get('mailfrom_dom') or 'amazonses.com')
            sig = [(fd, rstr(rng, 32, 'abcdefghijklmnopqrstuvwxyz0123456789')), ('amazonses.com', rstr(rng, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'))]
        elif esp == 'sendgrid':
            host = 'o%d.ptr%d.%s' % (rng.randint(1, 99), rng.randint(1000, 9999), 'em.' + bd)
            m.env_from = 'bounces+%s-%s=%s@em%d.%s' % (digits(rng, 8), hexs(rng, 4),
                                                        m.rcpt['addr'].replace('@', '='), rng.randint(100, 9999), bd)
            sig = [(bd, 's1'), ('sendgrid.info', 'smtpapi')]
        elif esp == 'mailgun':
            host = 'm%s-%d.mailgun.net' % (rng.choice(['a', 'b', 'e']), rng.randint(10, 250))
            m.env_from = 'bounce+%s.%s-%s=%s@mg.%s' % (hexs(rng, 6), hexs(rng, 6), m.rcpt['addr'].split('@')[0],
                                                       m.rcpt['addr'].split('@')[1], bd)
            sig = [('mg.' + bd if rng.random() < 0.3 else bd, 'krs'), ('mailgun.org', 'mx')]
        elif esp == 'sparkpost':
            host = 'mta-%d-%d.sparkpostmail.com' % (rng.randint(1, 80), rng.randint(1, 250))
            m.env_from = 'msprvs1=%s=bounces-%d-%d@spmailtechn.%s' % (rstr(rng, 12), rng.randint(100, 999),
                                                                     rng.randint(1, 99), bd)
            sig = [(bd, 'scph%04d' % rng.randint(100, 1200))]
        else:
            host = 'mail%d.%s' % (rng.randint(1, 9), bd)
            m.env_from = o.get('env') or ('bounce@' + bd)
            sig = [(bd, rng.choice(SELECTORS))]
        m.mx = (host, host, ip)
        for d, s in sig:
            v, b8 = dkim_sig(rng, d, s, t, 'Content-Type:MIME-Version:Subject:From:To:Date:Message-ID')
            trace.append(('DKIM-Signature', v))
            dk.append(('pass', d, s, b8))
        if esp == 'ses':
            trace.append(('Feedback-ID', '::1.%s.%s=:AmazonSES' % (rng.choice(['eu-west-1', 'us-east-1']), rstr(rng, 44))))
            trace.append(('X-SES-Outgoing', '%s-%s' % (sent.strftime('%Y.%m.%d'), ip4(rng))))
        spf = ('pass', m.env_from, ip)
        aligned = any(org_domain(d) == org_domain(fd) for d, s in sig)
        dm = ('pass', pol, fd) if aligned else ('fail', ('NONE', 'NONE', 'NONE'), fd)
        if o.get('dmarc_none'):
            dm = ('none', None, fd)
    elif kind in ('provider', 'corp', 'zimbra', 'nextcloud'):
        d = o.get('dom') or fd
        host = o.get('host') or rng.choice(['mail', 'smtp', 'mx%d' % rng.randint(1, 3), 'mailout', 'out'])
        if '.' not in host:
            host = host + '.' + d
        m.env_from = o.get('env') or fa
        m.mx = (host, host, ip)
        cip = ip4(rng)
        if kind == 'zimbra':
            trace.append(('Received', 'from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\t'
                          'for <%s>; %s' % (host, host, hexs(rng, 10, True), m.rcpt['addr'], rfcdate(sent, soff))))
            trace.append(('Received', 'from %s ([127.0.0.1])\r\n\tby localhost (%s [127.0.0.1]) (amavis, port 10026)'
                          '\r\n\twith ESMTP id %s; %s' % (host, host, rstr(rng, 12), rfcdate(sent, soff))))
            trace.append(('Received', 'from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s'
                          % (host, host, cip, host, hexs(rng, 10, True), rfcdate(sent - TD(seconds=1), soff))))
        elif kind == 'nextcloud':
            trace.append(('Received', 'from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s'
                          '\r\n\tfor <%s>; %s' % (host, hexs(rng, 10, True), m.rcpt['addr'], rfcdate(sent, soff))))
        else:
            trace.append(('Received', 'from [%s] (unknown [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) '
                          'with ESMTPSA id %s\r\n\tfor <%s>; %s'
                          % (cip if rng.random() < 0.5 else 'localhost', cip, fa if kind == 'provider' else fa.split('@')[0],
                             host, hexs(rng, 10, True), m.rcpt['addr'], rfcdate(sent, soff))))
        if not o.get('no_dkim'):
            s = o.get('sel') or rng.choice(SELECTORS)
            v, b8 = dkim_sig(rng, d, s, t, hl_std)
            trace.insert(0, ('DKIM-Signature', v))
            dk.append(('pass', d, s, b8))
        spf = (o.get('spf', 'pass'), m.env_from, ip)
        if o.get('no_dkim') and spf[0] != 'pass':
            dm = ('fail', pol, fd)
        elif o.get('dmarc_none'):
            dm = ('none', None, fd)
        else:
            dm = ('pass', pol, fd)
    elif kind in ('vps', 'spoof'):
        vdom = o.get('vdom') or fd
        host = o.get('host') or rng.choice(['vps%d.%s' % (rng.randint(10, 9999), rng.choice(['cloudhost-eu.net',
                                            'fastvps-node.com', 'hostrack.io', 'srvpanel.net'])),
                                            'ip-%s.compute.internal.example' % ip.replace('.', '-'),
                                            'server%d.%s' % (rng.randint(1, 80), vdom), 'mail.' + vdom,
                                            'WIN-%s' % rstr(rng, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')])
        m.env_from = o.get('env') or ('%s@%s' % (rng.choice(['info', 'noreply', 'mail', 'admin', 'root', 'www-data',
                                                                 fa.split('@')[0]]), vdom))
        rd = host if not host.startswith('WIN-') and rng.random() < 0.7 else None
        m.mx = (host, rd, ip)
        if rng.random() < 0.6:
            trace.append(('Received', 'from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\t'
                          'for <%s>; %s' % ('localhost' if rng.random() < .5 else host, host, hexs(rng, 10, True),
                                            m.rcpt['addr'], rfcdate(sent, soff))))
        if o.get('dkim_dom'):
            s = rng.choice(SELECTORS)
            v, b8 = dkim_sig(rng, o['dkim_dom'], s, t, hl_std)
            trace.insert(0, ('DKIM-Signature', v))
            dk.append((o.get('dkim_res', 'pass'), o['dkim_dom'], s, b8))
        env_d = dom_of(m.env_from)
        if kind == 'spoof':
            spf_r = o.get('spf') or (rng.choice(['fail', 'softfail']) if env_d == fd else
                                     rng.choice(['pass', 'none', 'neutral']))
            dm = ('fail', o.get('pol') or rng.choice([('NONE', 'NONE', 'NONE'), ('QUARANTINE', 'QUARANTINE', 'QUARANTINE'),
                                                      ('QUARANTINE', 'NONE', 'QUARANTINE')]), fd)
        else:
            spf_r = o.get('spf') or rng.choice(['none', 'neutral', 'pass', 'none'])
            dm = ('pass', ('NONE', 'NONE', 'NONE'), fd) if (spf_r == 'pass' and env_d == fd) else ('none', None, fd)
        spf = (spf_r, m.env_from, ip)
    else:
        raise ValueError(kind)
    m.trace = trace
    m.auth_dkim = dk
    m.auth_spf = spf
    m.auth_dmarc = dm


def uid_like(rng):
    return '%s-%s-%s-%s-%s' % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))


def apply_list(m, lst):
    """A mailing-list manager redistributes the message: subject tag, footer, List-* headers; original
    DKIM signature breaks, list's own envelope passes SPF."""
    rng = m.rng
    orig_dkim = m.auth_dkim
    host = lst['host']
    ip = ip4(rng)
    ld = dom_of(lst['addr'])
    m.env_from = lst['addr'].replace('@', '-bounces+%s=%s@' % (m.rcpt['addr'].split('@')[0],
                                                                m.rcpt['addr'].split('@')[1]))
    sent = m.arrival - TD(seconds=rng.randint(1, 15))
    old = [(k, v.replace('for <%s>' % m.rcpt['addr'], 'for <%s>' % lst['addr'])) for k, v in m.trace]
    m.trace = [('Received', 'from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s'
                % (host, host, hexs(rng, 10, True), rfcdate(sent, 0)))] + \
              [('Received', 'from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s'
                % (m.mx[0], m.mx[1] or 'unknown', m.mx[2], host, hexs(rng, 10, True), lst['addr'],
                   rfcdate(sent - TD(seconds=rng.randint(2, 5)), 0)))] + old
    m.mx = (host, host, ip)
    dk = [('fail', d, s, b) for (r, d, s, b) in orig_dkim]
    if lst.get('sign'):
        v, b8 = dkim_sig(rng, ld, 'list', int((sent - __import__('datetime').datetime(1970, 1, 1)).total_seconds()),
                         'from:to:subject:list-id:list-unsubscribe:date:message-id')
        m.trace.insert(0, ('DKIM-Signature', v))
        dk.append(('pass', ld, 'list', b8))
    m.auth_dkim = dk
    m.auth_spf = ('pass', m.env_from, ip)
    fd = dom_of(m.frm['addr'])
    if lst.get('munge'):
        m.auth_dmarc = ('pass', ('NONE', 'NONE', 'NONE'), ld) if lst.get('sign') else ('none', None, ld)
    else:
        m.auth_dmarc = ('fail', m.auth_dmarc[1] or ('NONE', 'NONE', 'NONE'), fd) if m.auth_dmarc[0] == 'pass' \
            else m.auth_dmarc


def trace_headers(m):
    """Headers written above the client's own headers."""
    h = [('Return-Path', '<%s>' % m.env_from), ('Delivered-To', m.rcpt['addr']),
         ('Authentication-Results', ar_value(m.auth_dkim, m.auth_spf, m.auth_dmarc)),
         ('Received', mx_received(m))]
    return h + m.trace
