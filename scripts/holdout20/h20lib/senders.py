"""Sending infrastructure: envelope, relays, DKIM signatures and the receiving MX's trace headers."""
import base64
import hashlib
import datetime as dt
from .util import rfc2822, UTC

B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'
HEX = '0123456789ABCDEF'

DMARC_KNOWN = {
    'gmail.com': ('NONE', 'QUARANTINE'), 'google.com': ('REJECT', 'REJECT'), 'yahoo.com': ('REJECT', 'REJECT'),
    'aol.com': ('REJECT', 'REJECT'), 'outlook.com': ('NONE', 'QUARANTINE'), 'hotmail.com': ('NONE', 'NONE'),
    'icloud.com': ('QUARANTINE', 'QUARANTINE'), 'me.com': ('QUARANTINE', 'QUARANTINE'),
    'email.apple.com': ('REJECT', 'REJECT'), 'zoom.us': ('REJECT', 'REJECT'), 'mail.ru': ('REJECT', 'REJECT'),
    'yandex.ru': ('NONE', 'NONE'), 'gmx.de': ('QUARANTINE', 'QUARANTINE'), 'web.de': ('QUARANTINE', 'QUARANTINE'),
    'qq.com': ('QUARANTINE', 'QUARANTINE'), '163.com': ('NONE', 'NONE'), 'naver.com': ('NONE', 'NONE'),
}


def h(*parts):
    return hashlib.sha256('|'.join(str(p) for p in parts).encode()).digest()


def dmarc_policy(domain):
    if domain in DMARC_KNOWN:
        return DMARC_KNOWN[domain]
    v = h('dmarc', domain)[0] % 10
    if v < 2:
        return None  # no record
    return [None, None, ('NONE', 'NONE'), ('NONE', 'NONE'), ('NONE', 'NONE'), ('QUARANTINE', 'QUARANTINE'),
            ('QUARANTINE', 'NONE'), ('REJECT', 'REJECT'), ('REJECT', 'REJECT'), ('QUARANTINE', 'QUARANTINE')][v]


def rtok(rng, n, alphabet=ALNUM):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def fake_b64(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def qid(rng, year):
    if year >= 2021 and rng.random() < 0.6:
        return rtok(rng, 2, '0123456789') + rtok(rng, 11, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789')
    return rtok(rng, 10, HEX)


def received_date(t):
    return rfc2822(t, 'UTC') + ' (UTC)'


def dkim_signature(rng, d, s, t, hdrs, bits=2048, canon='relaxed/relaxed', extra=''):
    bh = fake_b64(rng, 32)
    b = fake_b64(rng, bits // 8)
    lines = ['DKIM-Signature: v=1; a=rsa-sha256; c=%s; d=%s;' % (canon, d),
             '\ts=%s; t=%d;%s' % (s, int(t.timestamp()), extra),
             '\th=%s;' % hdrs,
             '\tbh=%s;' % bh]
    first = True
    while b:
        chunk, b = b[:70], b[70:]
        lines.append('\t%s%s' % ('b=' if first else ' ', chunk) + ('' if b else ''))
        first = False
    return '\r\n'.join(lines)


def auth_results(m, tr):
    """tr: transport dict with dkim list [(res,d,s)], spf (res, mailfrom, ip), dmarc (res, domain)."""
    rng = m.rng
    parts = []
    if not tr['dkim']:
        parts.append('dkim=none')
    for res, d, s in tr['dkim']:
        bb = fake_b64(rng, 6)[:8]
        if res == 'pass':
            parts.append('dkim=pass (%d-bit key; unprotected) header.d=%s header.s=%s header.b=%s'
                         % (1024 if s in ('mail', 'default', 'dkim') and len(d) % 2 else 2048, d, s, bb)
                         if rng.random() < 0.3 else 'dkim=pass header.d=%s header.s=%s header.b=%s' % (d, s, bb))
        elif res == 'fail':
            parts.append('dkim=fail reason="signature verification failed" (2048-bit key; unprotected) '
                         'header.d=%s header.s=%s header.b=%s' % (d, s, bb))
        else:
            parts.append('dkim=%s header.d=%s header.s=%s header.b=%s' % (res, d, s, bb))
    sres, mf, ip = tr['spf']
    mfd = mf.split('@')[-1]
    if sres == 'pass':
        parts.append('spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                     % (mf, ip, mf))
    elif sres == 'softfail':
        parts.append('spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as permitted '
                     'sender) smtp.mailfrom=%s' % (mf, ip, mf))
    elif sres == 'fail':
        parts.append('spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) '
                     'smtp.mailfrom=%s' % (mf, ip, mf))
    elif sres == 'neutral':
        parts.append('spf=neutral (mx.example.net: %s is neither permitted nor denied by domain of %s) '
                     'smtp.mailfrom=%s' % (ip, mf, mf))
    else:
        parts.append('spf=none (mx.example.net: %s does not designate permitted sender hosts) smtp.mailfrom=%s'
                     % (mfd, mf))
    fd = tr['from_domain']
    pol = dmarc_policy(fd)
    dres = tr.get('dmarc')
    if dres is None:
        aligned = any(r == 'pass' and (d == fd or fd.endswith('.' + d) or d.endswith('.' + fd))
                      for r, d, s in tr['dkim'])
        aligned = aligned or (sres == 'pass' and (mfd == fd or mfd.endswith('.' + fd)))
        dres = 'pass' if aligned else 'fail'
    if pol is None:
        parts.append('dmarc=none (p=none dis=none) header.from=%s' % fd)
    else:
        dis = 'NONE'
        if dres == 'fail' and pol[0] != 'NONE':
            dis = pol[0] if pol[0] != 'REJECT' else 'QUARANTINE'
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dres, pol[0], pol[1], dis, fd))
    return 'Authentication-Results: mx.example.net;\r\n\t' + ';\r\n\t'.join(parts)


def mx_headers(m, tr):
    rcpt = m.rcpt[1]
    lines = ['Return-Path: <%s>' % tr['envelope'], 'Delivered-To: %s' % rcpt, auth_results(m, tr)]
    rdns = tr.get('rdns') or 'unknown'
    esmtp = 'ESMTPS' if tr.get('tls', True) else 'ESMTP'
    lines.append('Received: from %s (%s [%s])\r\n\tby mx.example.net (Postfix) with %s id %s\r\n\tfor <%s>; %s'
                 % (tr['helo'], rdns, tr['ip'], esmtp, qid(m.rng, m.arrival.year), rcpt, received_date(m.arrival)))
    return lines


# ------------------------------------------------------------------ IP allocation by provider
def ip_for(rng, provider):
    if provider == 'google':
        return '198.51.100.%d' % rng.randint(10, 60)
    if provider == 'microsoft':
        if rng.random() < 0.4:
            return '2001:db8:%x:%x::%x' % (rng.randint(0x100, 0xfff), rng.randint(1, 0xff), rng.randint(1, 0xfff))
        return '198.51.100.%d' % rng.randint(100, 160)
    if provider == 'apple':
        return '198.51.100.%d' % rng.randint(200, 220)
    if provider == 'yahoo':
        return '198.51.100.%d' % rng.randint(230, 250)
    if provider == 'zoom':
        return '192.0.2.%d' % rng.randint(200, 215)
    if provider == 'esp':
        return '192.0.2.%d' % rng.randint(150, 190)
    if provider == 'isp':
        return '192.0.2.%d' % rng.randint(100, 140)
    if provider == 'vps':
        if rng.random() < 0.15:
            return '2001:db8:%x::%x' % (rng.randint(0x1000, 0xffff), rng.randint(2, 0xff))
        return '203.0.113.%d' % rng.randint(2, 250)
    return '192.0.2.%d' % rng.randint(2, 99)


def client_ip(rng, private=True):
    if private and rng.random() < 0.6:
        return rng.choice(['10.%d.%d.%d' % (rng.randint(0, 30), rng.randint(0, 255), rng.randint(2, 250)),
                           '192.168.%d.%d' % (rng.randint(0, 5), rng.randint(2, 250)),
                           '172.16.%d.%d' % (rng.randint(0, 31), rng.randint(2, 250))])
    return '198.51.100.%d' % rng.randint(2, 250) if rng.random() < 0.5 else '203.0.113.%d' % rng.randint(2, 250)


VPS_HOSTS = ['vps{n}.hostcloud-{r}.example', 'srv{n}.cheapvps.example', 'static.{n}.{r}.clients.dedinet.example',
             'ip-{n}.eu.cloudnode.example', 'vm{n}.kvmhost.example', 'server{n}.webspace-{r}.example',
             'h{n}.ovz-hosting.example', 'node-{n}.nlhost.example']


def vps_rdns(rng):
    t = rng.choice(VPS_HOSTS)
    return t.format(n=rng.randint(1000, 99999), r=rtok(rng, 3, 'abcdefghijklmnopqrstuvwxyz'))


def make_transport(m):
    """Build the transport dict for message m (m.infra set by the client renderer)."""
    rng = m.rng
    infra = m.infra
    fa = m.from_addr
    fd = fa.split('@')[1]
    t_sent = m.sent
    tr = {'from_domain': fd, 'relay': [], 'sigs': []}
    ip = None
    if infra == 'google':
        ip = ip_for(rng, 'google')
        n = rng.randint(41, 99)
        host = rng.choice(['mail-sor-f%d.google.com' % n, 'mail-yw1-f%d.google.com' % n,
                           'mail-qt1-f%d.google.com' % n, 'mail-pj1-f%d.google.com' % n])
        tr.update(helo=host, rdns=host, ip=ip)
        env = '%s.%s.%s-%s@calendar-server.bounces.google.com' % (
            rtok(rng, 3, '0123456789') + rtok(rng, 16, ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ-'),
            rtok(rng, 8), rtok(rng, 14), rtok(rng, 12))
        if m.fwd:
            env = m.from_addr
        if m.google_mode == 'gmail':
            sel = '20230601' if m.sent.year >= 2023 else ('20210112' if m.sent.year >= 2021 else '20161025')
            tr['dkim'] = [('pass', 'google.com', sel), ('pass', fd, sel)]
            tr['sigs'] = [('google.com', sel), (fd, sel)]
        else:
            tr['dkim'] = [('pass', fd, 'google')]
            tr['sigs'] = [(fd, 'google')]
            if rng.random() < 0.5:
                sel = '20230601' if m.sent.year >= 2023 else '20161025'
                tr['dkim'].append(('pass', 'calendar-server.bounces.google.com', sel))
        tr['spf'] = ('pass', env, ip)
        tr['envelope'] = env
        tr['relay'].append('Received: by %s with SMTP id %s.%d\r\n        for <%s>; %s' % (
            host, rtok(rng, 28, ALNUM), rng.randint(1, 9), m.rcpt[1],
            rfc2822(t_sent + dt.timedelta(seconds=1), 'America/Los_Angeles', 'paren')))
        tr['sig_hdrs'] = 'to:from:subject:date:message-id:reply-to:sender:mime-version:from:to:cc:subject:date:message-id:reply-to'
    elif infra == 'm365':
        region = m.ms_region
        ip = ip_for(rng, 'microsoft')
        pre = {'EUR': 'EUR0%d-%s-obe' % (rng.randint(1, 5), rng.choice(['AM6', 'DB8', 'VI1', 'HE1'])),
               'NAM': 'NAM%02d-%s-obe' % (rng.randint(2, 12), rng.choice(['BN8', 'DM6', 'CO1', 'MW2'])),
               'APC': 'APC01-%s-obe' % rng.choice(['SG2', 'PSA', 'TYZ']),
               'JPN': 'JPN01-%s-obe' % rng.choice(['TYC', 'OS0']), 'KOR': 'KOR01-%s-obe' % rng.choice(['SL2', 'PS2']),
               'IND': 'IND01-%s-obe' % rng.choice(['MA0', 'BMX']), 'BRA': 'BRA01-%s-obe' % rng.choice(['CP2', 'GRU'])}[region]
        host = '%s.outbound.protection.outlook.com' % pre
        rd = 'mail-%s%s%s.outbound.protection.outlook.com' % (pre[:3].lower(), rtok(rng, 4, '0123456789'),
                                                              rng.choice(['on2101', 'on2045', 'on2092', 'olkn2051']))
        tr.update(helo=host, rdns=rd, ip=ip)
        env = fa
        if m.ms_consumer:
            tr['dkim'] = [('pass', fd, 'selector1')]
        else:
            tr['dkim'] = [('pass', fd, rng.choice(['selector1', 'selector2']))]
        tr['sigs'] = [(tr['dkim'][0][1], tr['dkim'][0][2])]
        tr['spf'] = ('pass', env, ip)
        tr['envelope'] = env
        srv = m.ms_server
        srv2 = srv[:-1] + str((int(srv[-1]) + 3) % 10) if srv[-1].isdigit() else srv
        dom = {'EUR': 'eurprd0%d' % rng.randint(1, 9), 'NAM': 'namprd%02d' % rng.randint(1, 20),
               'APC': 'apcprd0%d' % rng.randint(1, 6), 'JPN': 'jpnprd01', 'KOR': 'korprd01', 'IND': 'INDPRD01',
               'BRA': 'brazprd01'}[region]
        tr['relay'].append('Received: from %s.%s.prod.outlook.com\r\n ([fe80::%x:%x:%x:%x]) by %s.%s.prod.outlook.com\r\n'
                           ' ([fe80::%x:%x:%x:%x%%%d]) with mapi id 15.20.%d.%03d; %s' % (
                               srv, dom, rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16),
                               rng.getrandbits(16), srv, dom, rng.getrandbits(16), rng.getrandbits(16),
                               rng.getrandbits(16), rng.getrandbits(16), rng.randint(3, 9),
                               rng.randint(5000, 9400), rng.randint(1, 40), rfc2822(t_sent, 'UTC')))
        tr['relay'].insert(0, 'Received: from %s.%s.prod.outlook.com (2001:db8:%x:%x::%x) by\r\n %s.%s.prod.outlook.com'
                           ' (2001:db8:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\r\n'
                           ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
                               srv, dom, rng.getrandbits(12), rng.getrandbits(8), rng.getrandbits(8),
                               srv2, dom, rng.getrandbits(12), rng.getrandbits(8), rng.getrandbits(8),
                               rng.randint(5000, 9400), rng.randint(1, 40),
                               rfc2822(t_sent + dt.timedelta(seconds=1), 'UTC')))
        tr['sig_hdrs'] = 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck'
        tr['arc'] = True
    elif infra in ('own', 'isp', 'onprem', 'webhost', 'vps', 'apple', 'yahoo', 'zoom', 'esp', 'list'):
        prov = {'own': 'own', 'onprem': 'own', 'isp': 'isp', 'webhost': 'vps', 'vps': 'vps', 'apple': 'apple',
                'yahoo': 'yahoo', 'zoom': 'zoom', 'esp': 'esp', 'list': 'own'}[infra]
        ip = m.force_ip or ip_for(rng, prov)
        sd = m.env_domain or fd
        if infra == 'apple':
            host = 'mr%dp00im-%s.me.com' % (rng.randint(10, 99), rtok(rng, 4, 'abcdefghijklmnopqrstuvwxyz') + rtok(rng, 8, '0123456789'))
            if m.apple_server:
                host = 'rn%d-%s.email.apple.com' % (rng.randint(1, 9), rtok(rng, 4, 'abcdefghijklmnopqrstuvwxyz'))
            tr.update(helo=host, rdns=host, ip=ip)
        elif infra == 'yahoo':
            host = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (rng.randint(300, 330), rng.randint(1, 60), rng.choice(['ne1', 'bf2', 'gq1', 'ir2']))
            tr.update(helo=host, rdns=host, ip=ip)
        elif infra == 'zoom':
            host = 'mta%d.zoom.us' % rng.randint(1, 40)
            tr.update(helo=host, rdns=host, ip=ip)
        elif infra == 'esp':
            host = m.esp_host or ('o%d.%s' % (rng.randint(1, 30), sd))
            tr.update(helo=host, rdns=host, ip=ip)
        elif infra in ('vps', 'webhost'):
            rd = vps_rdns(rng)
            helo = m.helo or rng.choice(['mail.' + sd, rd, 'localhost', sd, 'smtp.' + sd, 'WIN-%s' % rtok(rng, 11, HEX)])
            tr.update(helo=helo, rdns=rd if rng.random() < 0.8 else None, ip=ip)
            if infra == 'webhost':
                tr['rdns'] = rd
        else:
            pfx = rng.choice(['mail', 'smtp', 'mx1', 'mout', 'out', 'mail2', 'relay'])
            host = m.helo or '%s.%s' % (pfx, sd)
            tr.update(helo=host, rdns=host, ip=ip)
        env = m.envelope or (m.from_addr if m.env_domain is None else 'bounce@' + sd)
        tr['envelope'] = env
        tr['spf'] = (m.spf or 'pass', env, ip)
        tr['dkim'] = []
        sel = m.dkim_sel or {'apple': '1a1hai', 'yahoo': 's2048', 'zoom': 'zoom', 'esp': 's1'}.get(
            prov, rng.choice(['mail', 'default', 'dkim', 's1', 'key1', '2019', 'sel%d' % rng.randint(1, 9), 'mx']))
        if m.dkim_d is not False:
            d = m.dkim_d or fd
            tr['dkim'].append((m.dkim_res or 'pass', d, sel))
            tr['sigs'].append((d, sel))
        if infra == 'esp' and m.esp_dkim:
            tr['dkim'].append(('pass', m.esp_dkim, 's1'))
            tr['sigs'].append((m.esp_dkim, 's1'))
        tr['sig_hdrs'] = rng.choice(['From:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
                                     'from:to:subject:date:message-id:mime-version:content-type',
                                     'Date:From:To:Subject:From'])
        tr['tls'] = infra not in ('vps', 'webhost') or rng.random() < 0.6
        # sender-side trace
        if infra in ('own', 'isp', 'onprem'):
            cip = client_ip(rng, private=(infra != 'isp'))
            mta = m.mta or rng.choice(['Postfix', 'Postfix', 'Exim', 'Postfix'])
            if m.client in ('sogo', 'nextcloud') and mta == 'Postfix':
                tr['relay'].append('Received: from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s' % (
                    tr['helo'], qid(rng, m.sent.year), rfc2822(t_sent, m.tz, 'paren')))
            elif mta == 'Postfix':
                tr['relay'].append('Received: from [%s] (unknown [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) '
                                   'with ESMTPSA id %s;\r\n\t%s' % (
                                       cip, cip, m.from_addr, tr['helo'], qid(rng, m.sent.year), rfc2822(t_sent, m.tz, 'paren')))
            elif mta == 'Exim':
                tr['relay'].append('Received: from [%s] (helo=[%s])\r\n\tby %s with esmtpsa  (TLS1.3) tls '
                                   'TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.9%d)\r\n\t(envelope-from <%s>)\r\n\tid 1%s-%s-%s;\r\n\t%s'
                                   % (cip, cip, tr['helo'], rng.randint(2, 7), env, rtok(rng, 5, ALNUM.upper()),
                                      rtok(rng, 6, ALNUM), rtok(rng, 2, ALNUM.upper()), rfc2822(t_sent, m.tz)))
        elif infra == 'webhost':
            h = tr['rdns']
            if rng.random() < 0.5:
                tr['relay'].append('Received: by %s (Postfix, from userid %d)\r\n\tid %s; %s' % (
                    h, rng.choice([33, 48, 1001, 1000]), qid(rng, m.sent.year), rfc2822(t_sent, m.tz, 'paren')))
            else:
                tr['relay'].append('Received: from %s by %s with local (Exim 4.9%d)\r\n\t(envelope-from <%s>)\r\n\t'
                                   'id 1%s-%s-%s; %s' % (rng.choice(['www-data', 'apache', 'nobody', 'web%d' % rng.randint(10, 99)]),
                                                         h, rng.randint(2, 7), env, rtok(rng, 5, ALNUM.upper()),
                                                         rtok(rng, 6, ALNUM), rtok(rng, 2, ALNUM.upper()),
                                                         rfc2822(t_sent, m.tz)))
        elif infra == 'vps' and rng.random() < 0.5:
            tr['relay'].append('Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\t'
                               'for <%s>; %s' % (rng.choice(['localhost', 'User', 'WIN-' + rtok(rng, 8, HEX)]),
                                                 tr['helo'], qid(rng, m.sent.year), m.rcpt[1], rfc2822(t_sent, m.tz)))
        elif infra == 'yahoo':
            tr['relay'].append('Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s' % (
                tr['helo'], rfc2822(t_sent, 'UTC')))
        elif infra == 'apple':
            tr['relay'].append('Received: from %s (%s [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s'
                               % (tr['helo'].replace('mr', 'ms'), tr['helo'], tr['helo'], qid(rng, m.sent.year),
                                  m.rcpt[1], rfc2822(t_sent, 'UTC', 'paren')))
        elif infra == 'esp':
            fn = rng.randint(100, 900)
            tr['relay'].append('Received: by filter%d.%s with SMTP id filter%d.%d.%s%s\r\n\t%s' % (
                fn, m.esp_name or sd, fn, rng.randint(1000, 99999),
                rtok(rng, 10, ALNUM), rtok(rng, 2, '0123456789'), rfc2822(t_sent, 'UTC', 'paren')))
    else:
        raise ValueError(infra)
    # overrides for spoofing etc.
    if m.dmarc_override:
        tr['dmarc'] = m.dmarc_override
    if m.spf_override:
        tr['spf'] = (m.spf_override, tr['spf'][1], tr['spf'][2])
    if m.dkim_override is not None:
        tr['dkim'] = m.dkim_override
    return tr


def sign_headers(m, tr):
    out = []
    for d, s in tr['sigs']:
        extra = ''
        if d == 'google.com' or m.infra == 'google':
            extra = ' x=%d; darn=%s;' % (int(m.sent.timestamp()) + 604800, m.rcpt[1].split('@')[1])
        out.append(dkim_signature(m.rng, d, s, m.sent, tr['sig_hdrs'], extra=extra))
    if tr.get('arc'):
        arcd = 'microsoft.com'
        out.insert(0, 'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none\r\n'
                   ' header.from=%s; dkim=pass header.d=%s; arc=none' % (tr['from_domain'], tr['from_domain'], tr['from_domain']))
        out.insert(0, 'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\r\n s=arcselector10001;'
                   ' h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount;\r\n'
                   ' bh=%s;\r\n b=%s' % (arcd, fake_b64(m.rng, 32), fake_b64(m.rng, 96)))
        out.insert(0, 'ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=%s; cv=none;\r\n b=%s' % (
            arcd, fake_b64(m.rng, 96)))
    return out
