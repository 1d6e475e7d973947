"""Transport layer: envelope, sender-side Received chain, DKIM signatures and
the receiving MX (mx.example.net) trace + Authentication-Results."""
import base64
import datetime as dt

MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()
DAYS = 'Mon Tue Wed Thu Fri Sat Sun'.split()


def rfcdate(utc, off_min=0, comment=None):
    loc = utc + dt.timedelta(minutes=off_min)
    sign = '+' if off_min >= 0 else '-'
    s = '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (
        DAYS[loc.weekday()], loc.day, MONTHS[loc.month - 1], loc.year, loc.hour, loc.minute, loc.second,
        sign, abs(off_min) // 60, abs(off_min) % 60)
    if comment:
        s += ' (%s)' % comment
    return s


def rb64(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def rhex(rng, n, upper=True):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def ralnum(rng, n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def doc_ip(rng, net=None):
    net = net or rng.choice(['192.0.2', '198.51.100', '203.0.113'])
    return '%s.%d' % (net, rng.randint(2, 250))


def doc_ip6(rng):
    return '2001:db8:%x:%x::%x' % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))


DMARC_POL = {
    'gmail.com': 'p=NONE sp=QUARANTINE dis=NONE', 'google.com': 'p=REJECT sp=REJECT dis=NONE',
    'yahoo.com': 'p=REJECT sp=REJECT dis=NONE', 'yahoo.co.jp': 'p=NONE sp=NONE dis=NONE',
    'outlook.com': 'p=NONE sp=QUARANTINE dis=NONE', 'hotmail.com': 'p=NONE sp=NONE dis=NONE',
    'icloud.com': 'p=QUARANTINE sp=QUARANTINE dis=NONE', 'me.com': 'p=QUARANTINE sp=QUARANTINE dis=NONE',
    'zoom.us': 'p=REJECT sp=REJECT dis=NONE', 'mail.ru': 'p=REJECT sp=REJECT dis=NONE',
    'yandex.ru': 'p=NONE sp=NONE dis=NONE', 'qq.com': 'p=QUARANTINE sp=QUARANTINE dis=NONE',
    'naver.com': 'p=NONE sp=NONE dis=NONE',
}

POLICIES = ['p=REJECT sp=REJECT dis=NONE', 'p=QUARANTINE sp=QUARANTINE dis=NONE', 'p=NONE sp=NONE dis=NONE']


def policy_for(domain, rng):
    if domain in DMARC_POL:
        return DMARC_POL[domain]
    h = sum(map(ord, domain))
    return POLICIES[h % 3]


def org_domain(d):
    parts = d.split('.')
    if len(parts) >= 3 and parts[-2] in ('co', 'com', 'org', 'net', 'ac', 'gov', 'ne') and len(parts[-1]) == 2:
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


def dkim_sig(rng, domain, selector, t, hdrs='from:to:subject:date:message-id:mime-version:content-type', arc=False):
    b = rb64(rng, 256)
    bh = rb64(rng, 32)
    v = ('v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d;\r\n\th=%s;\r\n\tbh=%s;\r\n\tb=%s'
         % (domain, selector, t, hdrs, bh, '\r\n\t '.join(b[i:i + 70] for i in range(0, len(b), 70))))
    return ('!DKIM-Signature', v)


def build_setup(rng, svc, from_email, arrival, sender_off, opts=None):
    """Return dict with env_from, ip, helo, rdns, dkim[list], spf, dmarc, chain[list], sigs[list], extra[list].
    svc: google, o365, outlookcom, icloud, yahoo, zoom, own, provider, esp, vps, spoof, list (list needs opts)."""
    opts = opts or {}
    dom = from_email.split('@')[1].lower()
    user = from_email.split('@')[0]
    t = int((arrival - dt.datetime(1970, 1, 1)).total_seconds()) - rng.randint(2, 40)
    S = dict(chain=[], sigs=[], extra=[], dkim=[], ip6=False)
    when = rfcdate(arrival - dt.timedelta(seconds=rng.randint(1, 6)), 0, None)

    if svc == 'google':
        n = rng.randint(10, 99)
        S['helo'] = S['rdns'] = 'mail-sor-f%d.google.com' % n
        S['ip'] = doc_ip(rng, '198.51.100') if rng.random() < .7 else doc_ip6(rng)
        S['ip6'] = ':' in S['ip']
        S['env_from'] = '3%s-%s@calendar-server.bounces.google.com' % (ralnum(rng, 12), ralnum(rng, 6, 'abcdefghijklmnopqrstuvwxyz'))
        if opts.get('gmail'):
            S['env_from'] = from_email
            S['helo'] = S['rdns'] = 'mail-%s%d-f%d.google.com' % (rng.choice(['wm', 'ej', 'lf', 'pl', 'qt', 'yb']), rng.randint(1, 9), rng.randint(40, 199))
        spf_dom = 'calendar-server.bounces.google.com'
        if dom in ('gmail.com', 'googlemail.com'):
            S['dkim'] = [('pass', 'gmail.com', '20230601' if arrival.year >= 2023 else '20161025'),
                         ('pass', 'google.com', '20230601' if arrival.year >= 2023 else '20161025')]
        else:
            S['dkim'] = [('pass', dom, 'google'), ('pass', 'google.com', '20230601' if arrival.year >= 2023 else '20161025')]
        S['spf'] = ('pass', S['env_from'])
        S['dmarc'] = ('pass', policy_for(dom, rng), dom)
        for d, s, in [(x[1], x[2]) for x in S['dkim']]:
            S['sigs'].append(dkim_sig(rng, d, s, t, 'mime-version:reply-to:sender:message-id:date:subject:from:to'))
        S['chain'].append('by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;\r\n\t%s' % (
            rng.randint(0x6000, 0x7fff), rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff),
            rng.randint(0x10, 0xff), ralnum(rng, 20, 'abcdefghijklmnopqrstuvwxyz0123456789'),
            rfcdate(arrival - dt.timedelta(seconds=2), sender_off)))
        S['extra'].append(('X-Google-Smtp-Source', 'AGHT+I' + ralnum(rng, 80)))
        S['extra'].append(('!X-Received', 'by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s-%s.%d.%d;\r\n\t%s' % (
            rng.randint(0x6000, 0x7fff), rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff),
            rng.randint(0x10, 0xff), rhex(rng, 6, False), rhex(rng, 8, False), rng.randint(1, 9), rng.randint(1, 99),
            rfcdate(arrival - dt.timedelta(seconds=1), sender_off))))
    elif svc in ('o365', 'outlookcom'):
        reg = rng.choice([('EUR', 'eurprd', 'DB', 'AM', 'PA', 'VI'), ('NAM', 'namprd', 'BN', 'CH', 'SJ', 'DM'),
                          ('APC', 'apcprd', 'SG', 'TY', 'PS', 'KL')])
        pfx = rng.choice(reg[2:])
        host = '%s%dPR%02dMB%04d' % (pfx, rng.randint(1, 9), rng.randint(1, 19), rng.randint(1000, 9999))
        prd = '%s%02d' % (reg[1], rng.randint(1, 20))
        S['ms_host'] = '%s.%s.prod.outlook.com' % (host, prd)
        S['ms_host_short'] = host
        S['helo'] = '%s%02d-%s-obe.outbound.protection.outlook.com' % (reg[0], rng.randint(1, 5), rng.choice(['DB8', 'AM6', 'VI1', 'HE1', 'BN8', 'SN1', 'CO1', 'SG2']))
        S['rdns'] = 'mail-%s%s%02don%d%03d.outbound.protection.outlook.com' % (
            rng.choice(['db8', 'am6', 'he1', 'bn8', 'dm6', 'sg2']), reg[0].lower(), rng.randint(1, 5), rng.randint(2, 2), rng.randint(10, 999))
        S['ip'] = doc_ip(rng, '203.0.113') if rng.random() < .6 else doc_ip6(rng)
        S['ip6'] = ':' in S['ip']
        S['env_from'] = from_email
        if svc == 'outlookcom':
            S['dkim'] = [('pass', dom, 'selector1')]
        else:
            tenant = dom.split('.')[0].replace('-', '')[:18]
            S['dkim'] = [('pass', dom, 'selector1' if rng.random() < .5 else 'selector2')]
            if rng.random() < .35:
                S['dkim'].append(('pass', tenant + '.onmicrosoft.com', 'selector1-%s-onmicrosoft-com' % tenant))
        S['spf'] = ('pass', from_email)
        S['dmarc'] = ('pass', policy_for(dom, rng), dom)
        for d, s in [(x[1], x[2]) for x in S['dkim']]:
            S['sigs'].append(dkim_sig(rng, d, s, t, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck'))
        S['chain'].append('from %s ([fe80::%x:%x:%x:%x]) by %s\r\n ([fe80::%x:%x:%x:%x%%%d]) with mapi id 15.20.%d.%03d; %s' % (
            S['ms_host'], rng.randint(0x1000, 0xffff), rng.randint(0x1000, 0xffff), rng.randint(0x1000, 0xffff),
            rng.randint(0x1000, 0xffff), S['ms_host'], rng.randint(0x1000, 0xffff), rng.randint(0x1000, 0xffff),
            rng.randint(0x1000, 0xffff), rng.randint(0x1000, 0xffff), rng.randint(3, 7), rng.randint(6000, 8900),
            rng.randint(1, 40), rfcdate(arrival - dt.timedelta(seconds=3), 0)))
        S['extra'] += [
            ('!ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=' + rb64(rng, 60)),
            ('!ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s; dkim=pass\r\n header.d=%s; arc=none' % (dom, dom, dom)),
        ]
    elif svc in ('icloud', 'yahoo', 'zoom', 'provider', 'own', 'esp'):
        if svc == 'icloud':
            S['helo'] = S['rdns'] = 'ms%d-%s.me.com' % (rng.randint(11, 99), ralnum(rng, 8, 'abcdefghijklmnopqrstuvwxyz0123456789'))
            S['helo'] = S['rdns'] = 'st43p00im-%s.me.com' % ralnum(rng, 14, 'abcdefghijklmnopqrstuvwxyz0123456789')
            sel = 'sig1' if arrival.year >= 2020 else '1a1hai'
            S['dkim'] = [('pass', dom, sel)]
            S['chain'].append('from [192.168.%d.%d] (unknown [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s' % (
                rng.randint(0, 10), rng.randint(2, 200), doc_ip(rng, '192.0.2'), S['helo'], rhex(rng, 10),
                opts.get('rcpt', ''), rfcdate(arrival - dt.timedelta(seconds=3), 0, 'UTC')))
        elif svc == 'yahoo':
            S['helo'] = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (rng.randint(300, 330), rng.randint(10, 40), rng.choice(['ne1', 'bf2', 'gq1', 'ir2']))
            S['rdns'] = S['helo']
            S['dkim'] = [('pass', dom, 's2048')]
            S['chain'].append('from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.ne1.yahoo.com with HTTP; %s' % (
                rng.randint(300, 330), rfcdate(arrival - dt.timedelta(seconds=4), 0)))
        elif svc == 'zoom':
            S['helo'] = S['rdns'] = 'o%d.zoom.us' % rng.randint(1, 40)
            S['dkim'] = [('pass', 'zoom.us', 's1'), ('pass', 'sendgrid.info' if rng.random() < .5 else 'zoom.us', 'smtpapi')]
            S['env_from'] = 'bounces+%d-%s-%s=%s@em%d.zoom.us' % (rng.randint(100000, 999999), rhex(rng, 4, False),
                                                                opts.get('rcpt', 'x@x').split('@')[0], opts.get('rcpt', 'x@x').split('@')[1], rng.randint(100, 9999))
        elif svc == 'esp':
            espd = opts.get('esp', rng.choice(['mailrelay-cloud.net', 'sendwave-mta.com', 'postlane.io']))
            S['helo'] = S['rdns'] = 'mta-%d.%s' % (rng.randint(1, 90), espd)
            S['dkim'] = [('pass', dom, rng.choice(['k1', 'pm', 's1', 'mte1'])), ('pass', espd, 'esp1')]
            S['env_from'] = 'bounce-%s@%s' % (rhex(rng, 12, False), 'mail.' + dom if rng.random() < .6 else espd)
            if opts.get('misaligned'):
                # sends "as" the customer without DKIM for it and without an SPF include
                S['dkim'] = [('pass', espd, 'esp1')]
                S['env_from'] = from_email
        else:  # own server or a regional provider
            host = opts.get('host') or rng.choice(['mail', 'smtp', 'mx1', 'mout', 'out', 'mta']) + '.' + dom
            S['helo'] = S['rdns'] = host
            sel = opts.get('selector') or rng.choice(['default', 'mail', 'dkim', '2019', 's1', '202208', 'x', 'key1'])
            S['dkim'] = [] if opts.get('nodkim') else [('pass', dom, sel)]
            S['chain'].append('from %s (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (%s) with ESMTPSA id %s\r\n\tfor <%s>; %s' % (
                opts.get('client_helo', '[192.168.1.%d]' % rng.randint(2, 250)), opts.get('client_rdns', 'unknown'),
                doc_ip(rng, '192.0.2'), from_email, host, opts.get('mta', 'Postfix'), rhex(rng, 10),
                opts.get('rcpt', ''), rfcdate(arrival - dt.timedelta(seconds=2), sender_off)))
        S['ip'] = doc_ip(rng)
        S.setdefault('env_from', from_email)
        sd = S['env_from'].split('@')[1]
        S['spf'] = ('pass', S['env_from'])
        if opts.get('misaligned'):
            S['spf'] = (opts.get('spf', 'softfail'), S['env_from'])
        aligned = any(org_domain(x[1]) == org_domain(dom) for x in S['dkim']) or (
            org_domain(sd) == org_domain(dom) and S['spf'][0] == 'pass')
        S['dmarc'] = ('pass' if aligned else 'fail', policy_for(dom, rng), dom)
        if opts.get('nodmarc'):
            S['dmarc'] = ('none', None, dom)
        if opts.get('misaligned') and S['dmarc'][0] == 'fail':
            S['dmarc'] = ('fail', 'p=NONE sp=NONE dis=NONE', dom)
        for d, s in [(x[1], x[2]) for x in S['dkim']]:
            S['sigs'].append(dkim_sig(rng, d, s, t))
    elif svc in ('vps', 'spoof'):
        vh = opts.get('vps_host') or rng.choice(['vps%d.%s' % (rng.randint(100, 99999), rng.choice(['cloudhost-nl.example', 'vmrack.example', 'serverbay.example', 'hostplanet.example'])),
                                                 'server%d.%s' % (rng.randint(1, 900), rng.choice(['contabo-like.example', 'fastvds.example'])),
                                                 'ip-%d-%d.%s' % (rng.randint(1, 255), rng.randint(1, 255), 'dedibox.example'),
                                                 'localhost.localdomain', 'WIN-%s' % ralnum(rng, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')])
        S['helo'] = vh
        S['rdns'] = vh if '.' in vh and not vh.startswith('localhost') and rng.random() < .6 else 'unknown'
        S['ip'] = doc_ip(rng, rng.choice(['203.0.113', '198.51.100']))
        S['env_from'] = opts.get('env_from', from_email)
        ed = S['env_from'].split('@')[1] if '@' in S['env_from'] else dom
        if svc == 'vps':
            # own throw-away domain; SPF set up, DKIM sometimes
            S['dkim'] = [('pass', dom, rng.choice(['default', 'mail', 'dkim']))] if opts.get('dkim', rng.random() < .5) else []
            S['spf'] = ('pass', S['env_from'])
            S['dmarc'] = ('pass', policy_for(dom, rng), dom) if not opts.get('nodmarc') else ('none', None, dom)
            for d, s in [(x[1], x[2]) for x in S['dkim']]:
                S['sigs'].append(dkim_sig(rng, d, s, t))
        else:
            res = opts.get('spf', rng.choice(['fail', 'softfail', 'none', 'softfail']))
            S['dkim'] = [('fail', opts['bad_dkim'], 'selector1')] if opts.get('bad_dkim') else []
            if opts.get('bad_dkim'):
                S['sigs'].append(dkim_sig(rng, opts['bad_dkim'], 'selector1', t))
            S['spf'] = (res, S['env_from'])
            if ed == dom:
                pol = opts.get('policy') or policy_for(dom, rng)
            else:
                pol = opts.get('policy') or policy_for(dom, rng)
            S['dmarc'] = ('fail', pol, dom) if not opts.get('nodmarc') else ('none', None, dom)
        if rng.random() < .5:
            S['chain'].append('from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s' % (
                vh, vh, rhex(rng, 10), opts.get('rcpt', ''), rfcdate(arrival - dt.timedelta(seconds=1), rng.choice([0, 60, 120, -300, 480]))))
    else:
        raise ValueError(svc)
    S['svc'] = svc
    return S


def list_relay(rng, S, list_dom, list_addr, arrival, rcpt, rewrite_from):
    """Modify a setup: the message passed through a mailing list at list_dom."""
    orig_dkim = [(('fail' if r == 'pass' else r), d, s) for r, d, s in S['dkim']]
    host = rng.choice(['lists', 'mail', 'mx', 'listserv']) + '.' + list_dom
    S2 = dict(S)
    S2['chain'] = ['from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s' % (
        host, host, rhex(rng, 10), rcpt, rfcdate(arrival - dt.timedelta(seconds=2), 0)),
        'from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s' % (
        S['helo'], S['rdns'], S['ip'], host, rhex(rng, 10), list_addr,
        rfcdate(arrival - dt.timedelta(seconds=rng.randint(20, 300)), 0))] + S['chain']
    S2['helo'] = S2['rdns'] = host
    S2['ip'] = doc_ip(rng, '192.0.2')
    S2['ip6'] = False
    S2['env_from'] = list_addr.replace('@', '-bounces@')
    S2['spf'] = ('pass', S2['env_from'])
    S2['dkim'] = orig_dkim
    S2['list_dkim'] = False
    if rng.random() < .5:
        S2['dkim'] = orig_dkim + [('pass', list_dom, 'lists')]
        S2['list_dkim'] = True
    return S2


def spf_text(res, mailfrom, ip):
    d = mailfrom.split('@')[-1]
    if res == 'pass':
        c = 'mx.example.net: domain of %s designates %s as permitted sender' % (mailfrom, ip)
    elif res == 'fail':
        c = 'mx.example.net: domain of %s does not designate %s as permitted sender' % (mailfrom, ip)
    elif res == 'softfail':
        c = 'mx.example.net: domain of transitioning %s does not designate %s as permitted sender' % (mailfrom, ip)
    elif res == 'neutral':
        c = 'mx.example.net: %s is neither permitted nor denied by domain of %s' % (ip, mailfrom)
    else:
        c = 'mx.example.net: domain of %s has no SPF policy when checking %s' % (mailfrom, ip)
    return 'spf=%s (%s) smtp.mailfrom=%s' % (res, c, mailfrom)


def mx_headers(rng, S, rcpt, arrival, from_domain):
    ar = ['mx.example.net']
    for r, d, s in S['dkim']:
        if r == 'pass':
            ar.append('dkim=pass header.d=%s header.s=%s header.b=%s' % (d, s, ralnum(rng, 8)))
        elif r == 'fail':
            ar.append('dkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s' % (d, s, ralnum(rng, 8)))
    if not S['dkim']:
        ar.append('dkim=none')
    ar.append(spf_text(S['spf'][0], S['spf'][1], S['ip']))
    res, pol, fd = S['dmarc']
    if res == 'none' or pol is None:
        ar.append('dmarc=none header.from=%s' % fd)
    else:
        if res == 'fail':
            p = pol.split()[0].split('=')[1]
            pol = pol.replace('dis=NONE', 'dis=%s' % p)
        ar.append('dmarc=%s (%s) header.from=%s' % (res, pol, fd))
    auth = ';\r\n\t'.join(ar)
    ipdisp = ('IPv6:' + S['ip']) if S.get('ip6') else S['ip']
    qid = rhex(rng, 10)
    recv = 'from %s (%s [%s])\r\n\tby mx.example.net (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s' % (
        S['helo'], S['rdns'], ipdisp, qid, rcpt, rfcdate(arrival, 0, 'UTC'))
    out = [('!Return-Path', '<%s>' % S['env_from']), ('!Delivered-To', rcpt),
           ('!Authentication-Results', auth), ('!Received', recv)]
    for c in S['chain']:
        out.append(('!Received', c))
    return out
