"""Receiving-MX trace headers and sender-side relay headers."""
import hashlib
import random
import string
import datetime as dt

MX = 'mx.example.net'

# DMARC policies of well-known providers (fictional values for fictional domains come from a hash)
KNOWN_POLICY = {
    'gmail.com': 'none', 'google.com': 'reject', 'googlemail.com': 'none', 'outlook.com': 'none',
    'hotmail.com': 'none', 'live.com': 'none', 'yahoo.com': 'reject', 'yahoo.co.jp': 'none',
    'icloud.com': 'quarantine', 'me.com': 'quarantine', 'zoom.us': 'reject', 'mail.ru': 'reject',
    'yandex.ru': 'none', 'web.de': 'none', 'gmx.de': 'none', 'gmx.net': 'none', 'orange.fr': 'none',
    'libero.it': 'none', 'naver.com': 'none', 'qq.com': 'quarantine', '163.com': 'none',
    'microsoft.com': 'reject', 'apple.com': 'reject', 'email.apple.com': 'reject',
}
MULTI = ('co.uk', 'com.au', 'co.jp', 'com.br', 'co.kr', 'com.tr', 'co.il', 'com.cn', 'com.tw', 'co.in',
         'co.th', 'com.mx', 'com.sa', 'org.uk', 'ac.uk', 'or.jp', 'ne.jp', 'gov.uk', 'com.gr', 'com.pl')


def orgdom(d):
    parts = d.lower().split('.')
    if '.'.join(parts[-2:]) in MULTI:
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


def h(s, n=8):
    return int(hashlib.sha256(s.encode()).hexdigest()[:n], 16)


def policy(domain):
    od = orgdom(domain)
    if od in KNOWN_POLICY:
        return KNOWN_POLICY[od]
    return ['reject', 'quarantine', 'none', None, 'none', 'reject', None, 'quarantine'][h(od) % 8]


def ip_for(host, family='v4', block=None):
    x = h(host, 12)
    if family == 'v6':
        return '2001:db8:%x:%x::%x' % (x % 0xffff, (x >> 16) % 0xffff, (x >> 8) % 0xfff + 1)
    blocks = block or ['192.0.2', '198.51.100', '203.0.113']
    return '%s.%d' % (blocks[x % len(blocks)], (x >> 4) % 250 + 3)


def rand_b64(rng, n):
    al = string.ascii_letters + string.digits + '+/'
    return ''.join(rng.choice(al) for _ in range(n))


def queue_id(rng):
    al = string.ascii_uppercase + string.digits
    return '4' + ''.join(rng.choice(al) for _ in range(rng.choice([9, 10, 11])))


def rfcdate(t, off_min=0):
    """t: naive UTC datetime; render in given offset."""
    loc = t + dt.timedelta(minutes=off_min)
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    s = '+' if off_min >= 0 else '-'
    m = abs(off_min)
    return '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (days[loc.weekday()], loc.day, mons[loc.month - 1],
                                                       loc.year, loc.hour, loc.minute, loc.second, s,
                                                       m // 60, m % 60)


def dkim_sig(rng, d, s, t_utc, hlist, a='rsa-sha256', extra=''):
    ts = int((t_utc - dt.datetime(1970, 1, 1)).total_seconds())
    b = rand_b64(rng, rng.choice([172, 344, 344, 344]))
    bh = rand_b64(rng, 43) + '='
    bl = '\r\n\t ' + '\r\n\t '.join(b[i:i + 70] for i in range(0, len(b), 70))
    v = ('v=1; a=%s; c=relaxed/relaxed; d=%s; s=%s; t=%d;%s\r\n\th=%s;\r\n\tbh=%s;\r\n\tb=%s'
         % (a, d, s, ts, extra, hlist, bh, bl.lstrip('\r\n\t ')))
    return 'DKIM-Signature: ' + v, b[:8]


def dmarc_eval(from_dom, dkims, spf, env_dom):
    pol = policy(from_dom)
    aligned = any(r == 'pass' and orgdom(d) == orgdom(from_dom) for r, d, s, b in dkims) or \
        (spf == 'pass' and orgdom(env_dom) == orgdom(from_dom))
    if pol is None:
        return 'none', None
    return ('pass' if aligned else 'fail'), pol


def mx_headers(rng, infra, rcpt, arrival, from_dom):
    """Build the top block written by the receiving MX.
    infra keys: env, host (rDNS or None), helo, ip, dkims [(res,d,s,b)], spf, tls."""
    env = infra['env']
    env_dom = env.split('@')[-1] if env else infra['helo']
    ip = infra['ip']
    out = ['Return-Path: <%s>' % env, 'Delivered-To: %s' % rcpt]
    ar = ['Authentication-Results: %s;' % MX]
    items = []
    if not infra['dkims']:
        items.append('dkim=none (no signatures found)' if rng.random() < 0.5 else 'dkim=none')
    for r, d, s, b in infra['dkims']:
        if r == 'pass':
            items.append('dkim=pass header.d=%s header.s=%s header.b=%s' % (d, s, b))
        elif r == 'fail':
            items.append('dkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s'
                         % (d, s, b))
        else:
            items.append('dkim=%s header.d=%s header.s=%s header.b=%s' % (r, d, s, b))
    spf = infra['spf']
    mf = env or ('postmaster@' + infra['helo'])
    spftxt = {
        'pass': 'spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s',
        'softfail': 'spf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s',
        'fail': 'spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s',
        'neutral': 'spf=neutral (%s: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s',
        'none': 'spf=none (%s: %s does not designate permitted sender hosts; client-ip=%s) smtp.mailfrom=%s',
    }[spf]
    if spf == 'neutral':
        items.append(spftxt % (MX, ip, mf, mf))
    else:
        items.append(spftxt % (MX, mf, ip, mf))
    res, pol = dmarc_eval(from_dom, infra['dkims'], spf, env_dom)
    if 'dmarc_override' in infra:
        res, pol = infra['dmarc_override']
    if pol is None:
        items.append('dmarc=none header.from=%s' % from_dom)
    else:
        P = pol.upper()
        dis = 'NONE' if res == 'pass' or pol == 'none' else 'QUARANTINE'
        items.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (res, P, P, dis, from_dom))
    for i, it in enumerate(items):
        ar.append('\t' + it + (';' if i < len(items) - 1 else ''))
    out.append('\r\n'.join(ar))
    host = infra.get('host')
    helo = infra['helo']
    iptxt = ('IPv6:' + ip) if ':' in ip else ip
    frm = 'from %s (%s [%s])' % (helo, host or 'unknown', iptxt)
    w = 'ESMTPS' if infra.get('tls', True) else 'ESMTP'
    out.append('Received: %s\r\n\tby %s (Postfix) with %s id %s\r\n\tfor <%s>; %s (UTC)'
               % (frm, MX, w, queue_id(rng), rcpt, rfcdate(arrival)))
    return out, res
