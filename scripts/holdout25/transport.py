"""Receiving-MX trace/authentication headers and sender-side hops."""
import datetime as dt
from email.utils import format_datetime

from h25util import UTC, TZ, utc_offset, hexs, alnum, b64r

DMARC_POLICY = {
    'gmail.com': 'NONE', 'google.com': 'REJECT', 'googlemail.com': 'NONE', 'outlook.com': 'NONE',
    'hotmail.com': 'NONE', 'live.com': 'NONE', 'icloud.com': 'QUARANTINE', 'me.com': 'QUARANTINE',
    'yahoo.com': 'REJECT', 'yahoo.co.jp': 'NONE', 'zoom.us': 'REJECT', 'aol.com': 'REJECT',
}

IP_POOLS = ['192.0.2.', '198.51.100.', '203.0.113.']


def rip(rng):
    return rng.choice(IP_POOLS) + str(rng.randint(2, 254))


def rip6(rng):
    return '2001:db8:%x:%x::%x' % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))


def rfcdate(utc, tzname):
    off = utc_offset(tzname, utc)
    local = utc.astimezone(dt.timezone(off))
    return format_datetime(local)


def org_domain(d):
    parts = d.split('.')
    if len(parts) >= 3 and parts[-2] in ('co', 'com', 'org', 'ac', 'gov', 'or', 'ne', 'net') and len(parts[-1]) == 2:
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


def dkim_sig(rng, d, s, t, hdrs, extra=''):
    b = b64r(rng, 342) + '=='
    bh = b64r(rng, 43) + '='
    lines = ['DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;' % d,
             '\ts=%s; t=%d;%s' % (s, int(t.timestamp()), extra),
             '\th=%s;' % hdrs,
             '\tbh=%s;' % bh]
    bl = 'b=' + b
    chunks = [bl[i:i + 70] for i in range(0, len(bl), 70)]
    lines += ['\t' + c for c in chunks]
    return lines, b[:8]


class Infra:
    """Describes how a message left the sender and how mx.example.net judged it."""

    def __init__(self, **kw):
        self.kind = kw.get('kind')
        self.envelope = kw.get('envelope')
        self.helo = kw.get('helo')
        self.ip = kw.get('ip')
        self.rdns = kw.get('rdns', True)
        self.dkim = kw.get('dkim', [])     # list of (domain, selector, result, sign_header)
        self.spf = kw.get('spf', 'pass')
        self.dmarc = kw.get('dmarc', 'pass')
        self.from_domain = kw.get('from_domain')
        self.inner = kw.get('inner', [])   # callables(t)->list of header lines
        self.tz = kw.get('tz', 'UTC')
        self.tls = kw.get('tls', True)
        self.extra_after = kw.get('extra_after', [])


def auth_results(rng, inf, b_values):
    L = ['Authentication-Results: mx.example.net;']
    items = []
    if not inf.dkim:
        items.append('dkim=none')
    for (d, s, res, _), b in zip(inf.dkim, b_values):
        if res == 'pass':
            items.append('dkim=pass header.d=%s header.s=%s header.b=%s' % (d, s, b))
        elif res == 'fail':
            items.append('dkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s'
                         % (d, s, b))
        else:
            items.append('dkim=%s header.d=%s header.s=%s header.b=%s' % (res, d, s, b))
    env = inf.envelope or ''
    edom = env.split('@')[-1] if '@' in env else inf.helo
    if inf.spf == 'pass':
        items.append('spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                     % (env, inf.ip, env))
    elif inf.spf == 'fail':
        items.append('spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) '
                     'smtp.mailfrom=%s' % (env, inf.ip, env))
    elif inf.spf == 'softfail':
        items.append('spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as '
                     'permitted sender) smtp.mailfrom=%s' % (env, inf.ip, env))
    elif inf.spf == 'neutral':
        items.append('spf=neutral (mx.example.net: %s is neither permitted nor denied by domain of %s) '
                     'smtp.mailfrom=%s' % (inf.ip, env, env))
    else:
        items.append('spf=none (mx.example.net: domain of %s has no SPF policy when checking %s) '
                     'smtp.mailfrom=%s' % (env, inf.ip, env))
    fd = inf.from_domain
    pol = DMARC_POLICY.get(org_domain(fd), None)
    if inf.dmarc == 'none':
        items.append('dmarc=none (p=NONE sp=NONE dis=NONE) header.from=%s' % fd)
    else:
        if pol is None:
            pol = getattr(inf, 'policy', None) or 'REJECT'
        if inf.dmarc == 'pass':
            items.append('dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s' % (pol, pol, fd))
        else:
            items.append('dmarc=fail (p=%s sp=%s dis=%s) header.from=%s' % (pol, pol, 'QUARANTINE' if pol == 'QUARANTINE' else 'NONE', fd))
    for i, it in enumerate(items):
        L.append('\t' + it + (';' if i < len(items) - 1 else ''))
    return L


def build_top(rng, inf, recipient, arrival, signed_headers):
    """Return the header block (list of lines) that precedes the client's own headers."""
    sigs, bvals = [], []
    t_sign = arrival - dt.timedelta(seconds=rng.randint(1, 6))
    for (d, s, res, hdrs) in inf.dkim:
        extra = ''
        if d in ('gmail.com', 'google.com') or s.startswith('2'):
            extra = ' x=%d;' % int((t_sign + dt.timedelta(days=7)).timestamp())
        lines, b = dkim_sig(rng, d, s, t_sign, hdrs or signed_headers, extra)
        sigs.append(lines)
        bvals.append(b)
    if getattr(inf, 'bvals_override', None):
        bvals = inf.bvals_override
    L = ['Return-Path: <%s>' % (inf.envelope or ''), 'Delivered-To: %s' % recipient]
    L += auth_results(rng, inf, bvals)
    host = inf.helo
    if inf.rdns:
        frm = 'from %s (%s [%s])' % (host, host, inf.ip)
    else:
        frm = 'from %s (unknown [%s])' % (host, inf.ip)
    qid = hexs(rng, 10, upper=True)
    L += ['Received: ' + frm,
          '\tby mx.example.net (Postfix) with %s id %s' % ('ESMTPS' if inf.tls else 'ESMTP', qid),
          '\tfor <%s>; %s (UTC)' % (recipient, format_datetime(arrival.astimezone(UTC)).replace('-0000', '+0000'))]
    t = arrival
    for f in inf.inner:
        t = t - dt.timedelta(seconds=rng.randint(0, 3), milliseconds=rng.randint(0, 999))
        L += f(t)
    for s in sigs:
        L += s
    return L


# ------------------------------------------------------------ infrastructure profiles
def _rcv(text_fn):
    return text_fn


def infra_google(rng, from_addr, tz, workspace=False, calendar=True, compromised=False):
    dom = from_addr.split('@')[1]
    n = rng.randint(10, 99)
    helo = 'mail-sor-f%d.google.com' % n
    ip = '198.51.100.%d' % n
    if calendar:
        env = '3%s-%s@calendar-server.bounces.google.com' % (alnum(rng, 14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
                                                               alnum(rng, 20, 'abcdefghijklmnopqrstuvwxyz0123456789'))
        hdr = 'to:subject:message-id:date:from:reply-to:sender:mime-version:from:to:cc:subject:date:message-id:reply-to'
    else:
        env = from_addr
        hdr = 'to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to'
    dk = []
    if dom in ('gmail.com', 'googlemail.com'):
        dk.append(('gmail.com', '20230601', 'pass', hdr))
    else:
        dk.append((dom, 'google', 'pass', hdr))
    if calendar:
        dk.append(('google.com', '20230601', 'pass', hdr))

    def inner(t):
        return ['Received: by %s with SMTP id %s.%d.%s' % (helo, hexs(rng, 16), rng.randint(1, 9), alnum(rng, 8)),
                '\tfor <%s> (Google Transport Security);' % '{RCPT}',
                '\t%s' % rfcdate(t, tz)]
    return Infra(kind='google', envelope=env, helo=helo, ip=ip, dkim=dk, spf='pass', dmarc='pass',
                 from_domain=dom, inner=[inner], tz=tz)


def infra_m365(rng, from_addr, tz, consumer=False):
    dom = from_addr.split('@')[1]
    region = rng.choice([('EUR05', 'AM6', 'eurprd05', 'AM0PR05MB'), ('NAM12', 'BN8', 'namprd12', 'BN0PR12MB'),
                         ('EUR03', 'DBA', 'eurprd03', 'DB9PR03MB'), ('APC01', 'PSA', 'apcprd01', 'SG2PR01MB'),
                         ('NAM10', 'DM6', 'namprd10', 'DM6PR10MB'), ('EUR04', 'VI1', 'eurprd04', 'VI1PR04MB')])
    n = rng.randint(2010, 2099)
    helo = '%s-%s-obe.outbound.protection.outlook.com' % (region[0], region[1])
    ip = '203.0.113.%d' % rng.randint(2, 250)
    box = '%s%d' % (region[3], rng.randint(1000, 9999))
    box2 = '%s%d' % (region[3], rng.randint(1000, 9999))
    hdr = 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck'
    if consumer:
        dk = [(dom, 'selector1', 'pass', hdr)]
    else:
        tenant = dom.split('.')[0].replace('-', '')[:14]
        dk = [(dom, 'selector%d' % rng.randint(1, 2), 'pass', hdr)]
        if rng.random() < 0.3:
            dk.append(('%s.onmicrosoft.com' % tenant, 'selector1-%s' % dom.replace('.', '-'), 'pass', hdr))

    def inner(t):
        return ['Received: from %s.%s.prod.outlook.com (2001:db8:%x:%x::%x) by' % (box, region[2], rng.randint(1, 0xfff), rng.randint(1, 0xfff), rng.randint(1, 0xff)),
                ' %s.%s.prod.outlook.com (2001:db8:%x:%x::%x) with Microsoft SMTP Server' % (box2, region[2], rng.randint(1, 0xfff), rng.randint(1, 0xfff), rng.randint(1, 0xff)),
                ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id',
                ' 15.20.%d.%d; %s' % (rng.randint(6000, 8300), rng.randint(10, 40), rfcdate(t, 'UTC')),
                'Received: from %s.%s.prod.outlook.com' % (box, region[2]),
                ' ([fe80::%x:%x:%x:%x]) by %s.%s.prod.outlook.com' % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xffff), box, region[2]),
                ' ([fe80::%x:%x:%x:%x%%%d]) with mapi id 15.20.%d.%d; %s' % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(3, 7), rng.randint(6000, 8300), rng.randint(10, 40), rfcdate(t, 'UTC'))]
    inf = Infra(kind='m365', envelope=from_addr, helo='mail-%s%s.outbound.protection.outlook.com' % (region[1].lower(), hexs(rng, 4)),
                ip=ip, dkim=dk, spf='pass', dmarc='pass', from_domain=dom, inner=[inner], tz=tz)
    inf.box = box
    inf.region = region
    return inf


def infra_exchange_onprem(rng, from_addr, tz, signed=True):
    dom = from_addr.split('@')[1]
    gw = rng.choice(['mail', 'smtp', 'mx01', 'mailgw', 'relay'])
    helo = '%s.%s' % (gw, dom)
    ip = rip(rng)
    srv = rng.choice(['EXCH01', 'EX2016-01', 'MBX02', 'SRV-EX1', 'EXCHANGE'])
    local = dom.split('.')[0] + '.local'

    def inner(t):
        return ['Received: from %s.%s (10.%d.%d.%d) by %s.%s' % (srv, local, rng.randint(0, 9), rng.randint(0, 9), rng.randint(2, 250), srv, local),
                ' (10.%d.%d.%d) with Microsoft SMTP Server (version=TLS1_2,' % (rng.randint(0, 9), rng.randint(0, 9), rng.randint(2, 250)),
                ' cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.1.%d.%d; %s' % (rng.randint(1500, 2600), rng.randint(1, 30), rfcdate(t, tz))]
    dk = [(dom, rng.choice(['mail', 'dkim', 's1', 'key1']), 'pass', None)] if signed else []
    inf = Infra(kind='exchange', envelope=from_addr, helo=helo, ip=ip, dkim=dk, spf='pass',
                dmarc='pass' if signed or True else 'none', from_domain=dom, inner=[inner], tz=tz)
    inf.srv = srv + '.' + local
    return inf


def infra_icloud(rng, from_addr, tz):
    dom = from_addr.split('@')[1]
    host = 'st43p00im-%s.me.com' % alnum(rng, 14, 'abcdefghijklmnopqrstuvwxyz0123456789')
    ip = '198.51.100.%d' % rng.randint(2, 250)

    def inner(t):
        return ['Received: from smtpclient.apple (st43p00im-%s.me.com [17.58.%d.%d])' % (alnum(rng, 8), rng.randint(0, 63), rng.randint(1, 250)),
                '\tby %s (Postfix) with ESMTPSA id %s;' % (host, hexs(rng, 11, upper=True)),
                '\t%s (UTC)' % format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')] if False else [
                'Received: from [192.168.%d.%d] (unknown [%s])' % (rng.randint(0, 9), rng.randint(2, 250), rip(rng)),
                '\tby %s (Postfix) with ESMTPSA id %s;' % (host, hexs(rng, 11, upper=True)),
                '\t%s (UTC)' % format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')]
    return Infra(kind='icloud', envelope=from_addr, helo=host, ip=ip,
                 dkim=[('icloud.com' if dom in ('icloud.com', 'me.com', 'mac.com') else dom, '1a1hai', 'pass',
                        'Message-ID:Content-Type:Mime-Version:Subject:Date:To:From')],
                 spf='pass', dmarc='pass', from_domain=dom, inner=[inner], tz=tz)


def infra_yahoo(rng, from_addr, tz):
    dom = from_addr.split('@')[1]
    n = rng.randint(301, 330)
    host = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (n, rng.randint(1, 40), rng.choice(['ne1', 'bf2', 'gq1', 'ir2']))
    ip = rip(rng)

    def inner(t):
        return ['Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s' % (host, format_datetime(t.astimezone(UTC)).replace('-0000', '+0000'))]
    return Infra(kind='yahoo', envelope=from_addr, helo=host, ip=ip,
                 dkim=[(dom, 's2048', 'pass', 'Date:From:To:Subject:References:From:Subject:Reply-To')],
                 spf='pass', dmarc='pass', from_domain=dom, inner=[inner], tz=tz)


def infra_zoom(rng, from_addr, tz):
    dom = from_addr.split('@')[1]
    host = 'mta-%d-%d.zoom.us' % (rng.randint(10, 99), rng.randint(1, 9))
    ip = rip(rng)
    env = 'bounces+%d-%s=%s@send.zoom.us' % (rng.randint(1000000, 9999999), hexs(rng, 4), '{RCPTEQ}')
    return Infra(kind='zoom', envelope=env, helo=host, ip=ip,
                 dkim=[('zoom.us', 's1', 'pass', 'content-type:from:mime-version:subject:to:cc:content-type:from:subject:to')],
                 spf='pass', dmarc='pass', from_domain=dom, inner=[], tz=tz)


def infra_selfhosted(rng, from_addr, tz, signed=True, server='postfix', client_ip=None, spf='pass', helo=None,
                     dmarc=None, ua_hop=True):
    dom = from_addr.split('@')[1]
    helo = helo or '%s.%s' % (rng.choice(['mail', 'smtp', 'mx', 'mail2', 'out']), org_domain(dom))
    ip = rip(rng)
    qid = hexs(rng, 10, upper=True)

    def inner(t):
        if not ua_hop:
            return []
        if client_ip is None:
            cl = 'from [192.168.%d.%d] (unknown [%s])' % (rng.randint(0, 20), rng.randint(2, 250), rip(rng))
        else:
            cl = client_ip
        return ['Received: %s' % cl,
                '\t(Authenticated sender: %s)' % from_addr,
                '\tby %s (Postfix) with ESMTPSA id %s;' % (helo, qid),
                '\t%s' % rfcdate(t, tz)]
    dk = [(org_domain(dom), rng.choice(['mail', 'default', 'dkim', '2023', 's1', 'k1', 'mx']), 'pass', None)] if signed else []
    if dmarc is None:
        dmarc = 'pass' if (signed or spf == 'pass') else 'none'
    inf = Infra(kind='selfhosted', envelope=from_addr, helo=helo, ip=ip, dkim=dk, spf=spf, dmarc=dmarc,
                from_domain=dom, inner=[inner], tz=tz)
    return inf


def infra_ses(rng, from_addr, tz, env_domain=None, dkim_own=True):
    dom = from_addr.split('@')[1]
    n = rng.randint(2, 99)
    host = 'a%d-%d.smtp-out.amazonses.com' % (rng.randint(8, 48), n)
    ip = '198.51.100.%d' % rng.randint(2, 250)
    env = '0100%s-%s-%s-%s-%s-000000@%s' % (hexs(rng, 12), hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12),
                                            env_domain or ('bounce.' + org_domain(dom)))
    dk = []
    if dkim_own:
        dk.append((org_domain(dom), alnum(rng, 32), 'pass', 'Content-Type:MIME-Version:From:To:Subject:Message-ID:Date'))
    dk.append(('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', 'pass', 'Content-Type:MIME-Version:From:To:Subject:Message-ID:Date:Feedback-ID'))
    return Infra(kind='ses', envelope=env, helo=host, ip=ip, dkim=dk, spf='pass',
                 dmarc='pass' if dkim_own or env_domain is None else 'fail', from_domain=dom, inner=[], tz=tz)


def infra_sendgrid(rng, from_addr, tz):
    dom = from_addr.split('@')[1]
    host = 'o%d.ptr%d.%s' % (rng.randint(1, 9), rng.randint(1000, 9999), org_domain(dom))
    ip = rip(rng)
    env = 'bounces+%d-%s-%s@em%d.%s' % (rng.randint(1000000, 99999999), hexs(rng, 4), '{RCPTEQ}', rng.randint(100, 9999), org_domain(dom))

    def inner(t):
        return ['Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%s' % (hexs(rng, 10), alnum(rng, 5), hexs(rng, 8), rng.randint(1, 9), hexs(rng, 20)),
                '\t%s (UTC)' % format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')]
    return Infra(kind='sendgrid', envelope=env, helo=host, ip=ip,
                 dkim=[(org_domain(dom), 's1', 'pass', 'content-type:from:mime-version:subject:to:cc:content-type:from:subject:to'),
                       ('sendgrid.info', 'smtpapi', 'pass', 'content-type:from:mime-version:subject:to:cc:content-type:from:subject:to')],
                 spf='pass', dmarc='pass', from_domain=dom, inner=[inner], tz=tz)


def infra_vps(rng, from_addr, tz, env=None, spf='fail', dkim=None, dmarc='fail', rdns=False, tls=None, policy='NONE'):
    dom = from_addr.split('@')[1]
    vh = rng.choice(['vps%d.hostpoint-cloud.net', 'srv%d.contaboserver.example', 'ip-%d.vultr-guest.example',
                     'static.%d.clients.your-server.example', 'server%d.hosted-by-kvm.example', 'localhost.localdomain',
                     'mail.%d.ovh-vps.example', 'h%d.securehost.example'])
    if '%d' in vh:
        vh = vh % rng.randint(100, 99999)
    ip = rip(rng)
    helo = vh
    inf = Infra(kind='vps', envelope=env or from_addr, helo=helo, ip=ip, dkim=dkim or [], spf=spf, dmarc=dmarc,
                from_domain=dom, inner=[], rdns=rdns, tz=tz, tls=(rng.random() < 0.6) if tls is None else tls)
    inf.policy = policy
    return inf


def infra_list(rng, orig, list_addr, tz, rewrite_from=False, list_signs=False):
    """A mailing-list copy: original DKIM breaks, envelope is the list bounce address."""
    ldom = list_addr.split('@')[1]
    lname = list_addr.split('@')[0]
    env = '%s-bounces+%s@%s' % (lname, '{RCPTEQ}', ldom)
    host = 'mail.' + ldom if not ldom.startswith('lists.') else ldom
    ip = rip(rng)
    dk = [(d, s, 'fail', h) for (d, s, r, h) in orig.dkim if r == 'pass'][:1]
    if list_signs:
        dk.append((ldom, 'list', 'pass', None))
    prior = orig.inner

    def listhop(t):
        return ['Received: from %s (localhost [127.0.0.1])' % host,
                '\tby %s (Postfix) with ESMTP id %s;' % (host, hexs(rng, 10, upper=True)),
                '\t%s' % rfcdate(t, tz),
                'Received: from %s (%s [%s])' % (orig.helo, orig.helo, orig.ip),
                '\tby %s (Postfix) with ESMTPS id %s' % (host, hexs(rng, 10, upper=True)),
                '\tfor <%s>; %s' % (list_addr, rfcdate(t - dt.timedelta(seconds=2), tz))]
    inf = Infra(kind='list', envelope=env, helo=host, ip=ip, dkim=dk, spf='pass',
                dmarc='pass' if (rewrite_from or list_signs and rewrite_from) else 'fail',
                from_domain=ldom if rewrite_from else orig.from_domain, inner=[listhop] + prior, tz=tz)
    inf.policy = 'NONE'
    return inf


def infra_forwarder(rng, orig, fwd_domain, tz):
    """Delivered via a plain alias/forwarder: SPF fails at our MX, DKIM still passes."""
    host = 'mx.%s' % fwd_domain
    ip = rip(rng)

    def hop(t):
        return ['Received: from %s (%s [%s])' % (orig.helo, orig.helo, orig.ip),
                '\tby %s (Postfix) with ESMTPS id %s' % (host, hexs(rng, 10, upper=True)),
                '\tfor <{ALIAS}>; %s' % rfcdate(t, tz)]
    inf = Infra(kind='forwarder', envelope=orig.envelope, helo=host, ip=ip, dkim=orig.dkim, spf='softfail',
                dmarc='pass' if orig.dkim else 'fail', from_domain=orig.from_domain, inner=[hop] + orig.inner, tz=tz)
    return inf
