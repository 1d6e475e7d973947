# -*- coding: utf-8 -*-
"""Shared model objects, random helpers and the SMTP transport/authentication layer."""
import datetime as dt
import hashlib
import random
import string

from . import langs

R = random.Random(19190319)


def seed(n):
    R.seed(n)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def hexs(n, upper=False):
    s = ''.join(R.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet=string.ascii_letters + string.digits):
    return ''.join(R.choice(alphabet) for _ in range(n))


def b64s(n):
    return alnum(n, string.ascii_letters + string.digits + '+/')


def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def uuid4():
    h = hexs(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], R.choice('89ab'), h[17:20], h[20:32])


def ip4():
    net = R.choice(['192.0.2', '198.51.100', '203.0.113'])
    return '%s.%d' % (net, R.randint(2, 254))


def ip6():
    return '2001:db8:%x:%x::%x' % (R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xfff))


class Obj(dict):
    __getattr__ = dict.get

    def __setattr__(self, k, v):
        self[k] = v


class Person(Obj):
    pass


def person(lang, domain=None, style=None, name=None):
    """Random person of a language; address at domain (or freemail)."""
    firsts, lasts = langs.NAMES[lang]
    f, l = pick(firsts), pick(lasts)
    if lang in ('zh', 'ko'):
        disp = l[0] + f[0]
    elif lang == 'ja':
        disp = l[0] + ' ' + f[0]
    else:
        disp = f[0] + ' ' + l[0]
    if name:
        disp = name
    fr, lr = f[1], l[1]
    if domain is None:
        domain = pick(langs.FREEMAIL[lang])
    if style is None:
        if domain in sum(langs.FREEMAIL.values(), []):
            style = pick(['f.l', 'fl99', 'f.l99', 'f_l', 'lf99', 'f.l', 'fl1999'])
        else:
            style = pick(['f.l', 'fl', 'f', 'f_l', 'lf', 'f.l'])
    local = {'f.l': fr + '.' + lr, 'fl': fr[0] + lr, 'f': fr, 'fl99': fr + lr + digits(2),
             'f_l': fr + '_' + lr, 'lf': lr + '.' + fr[0], 'f.l99': fr + '.' + lr + digits(2),
             'lf99': lr + fr[0] + digits(2), 'fl1999': fr + '.' + lr[0] + str(R.randint(1962, 2004))}[style]
    local = local.replace("'", '')
    return Person(name=disp, addr='%s@%s' % (local, domain), first=f[0], last=l[0], lang=lang,
                  domain=domain)


def org_of(lang):
    return pick(langs.ORGS[lang])


def rcpt_domain(lang):
    return pick(langs.RCPT_DOMAINS[lang])


def arrival(lo=2016.0, hi=2026.85):
    y = R.uniform(lo, hi)
    year = int(y)
    start = dt.datetime(year, 1, 1)
    d = start + dt.timedelta(seconds=(y - year) * 365 * 86400)
    if d > dt.datetime(2026, 11, 27):
        d = dt.datetime(2026, 11, 27) - dt.timedelta(days=R.randint(0, 200))
    return d.replace(microsecond=0) + dt.timedelta(seconds=R.randint(0, 3599))


def rfc2822(d, off_min=0):
    local = d + dt.timedelta(minutes=off_min)
    sign = '+' if off_min >= 0 else '-'
    o = abs(off_min)
    return local.strftime('%a, %d %b %Y %H:%M:%S ') + '%s%02d%02d' % (sign, o // 60, o % 60)


def event_slot(arr, tzid, days=(1, 30), hours=(8, 18), dur=(30, 60, 45, 90, 60)):
    """Local start/end for an event some days after arrival."""
    from . import ical
    local_arr = ical.to_local(tzid, arr)
    day = (local_arr + dt.timedelta(days=R.randint(*days))).date()
    h = R.randint(*hours)
    m = R.choice([0, 0, 0, 30, 15, 0, 30])
    start = dt.datetime.combine(day, dt.time(h, m))
    end = start + dt.timedelta(minutes=R.choice(dur))
    return start, end


# --------------------------------------------------------------- transport
POLICY_CACHE = {}
STRICT = {'gmail.com': 'NONE', 'googlemail.com': 'NONE', 'yahoo.com': 'REJECT', 'aol.com': 'REJECT',
          'outlook.com': 'NONE', 'hotmail.com': 'NONE', 'icloud.com': 'QUARANTINE', 'me.com': 'QUARANTINE',
          'email.apple.com': 'REJECT', 'google.com': 'REJECT', 'zoom.us': 'REJECT', 'mail.ru': 'REJECT',
          'yandex.ru': 'NONE', 'gmx.de': 'NONE', 'web.de': 'NONE', 'qq.com': 'QUARANTINE',
          'naver.com': 'NONE', 'proton.me': 'QUARANTINE'}


def dmarc_policy(domain, spoofable=False):
    if domain in STRICT and not spoofable:
        return STRICT[domain]
    key = (domain, spoofable)
    if key not in POLICY_CACHE:
        h = int(hashlib.md5(domain.encode()).hexdigest(), 16)
        if spoofable:
            POLICY_CACHE[key] = ['NONE', None, 'QUARANTINE', None, 'NONE'][h % 5]
        else:
            POLICY_CACHE[key] = ['NONE', 'REJECT', 'QUARANTINE', 'NONE', 'REJECT', None][h % 6]
    return POLICY_CACHE[key]


def org_domain(d):
    parts = d.split('.')
    if len(parts) > 2 and parts[-2] in ('co', 'com', 'org', 'ne', 'ac', 'gov') and len(parts[-1]) == 2:
        return '.'.join(parts[-3:])
    if d.endswith('.example.org') or d.endswith('.example.net'):
        return '.'.join(parts[-3:]) if len(parts) > 3 else d
    return '.'.join(parts[-2:])


def qid():
    if chance(0.5):
        return hexs(R.choice([10, 11, 12]), upper=True)
    return alnum(1, '456789') + alnum(R.choice([12, 13, 14]), string.ascii_letters + string.digits)


FREEMAIL_HOSTS = {
    'gmail.com': ('mail-{a}{n}-f{m}.google.com', 'google.com', '20230601'),
    'googlemail.com': ('mail-{a}{n}-f{m}.google.com', 'googlemail.com', '20230601'),
    'outlook.com': ('mail-{x}on{m}.outbound.protection.outlook.com', 'outlook.com', 'selector1'),
    'hotmail.com': ('mail-{x}on{m}.outbound.protection.outlook.com', 'hotmail.com', 'selector1'),
    'yahoo.com': ('sonic{m}-{n}.consmr.mail.ne1.yahoo.com', 'yahoo.com', 's2048'),
    'icloud.com': ('qs51p00im-qukt0108{m}.me.com', 'icloud.com', '1a1hai'),
    'me.com': ('st43p00im-ztdg0606{m}.me.com', 'me.com', '1a1hai'),
    'aol.com': ('sonic{m}-{n}.consmr.mail.bf2.yahoo.com', 'aol.com', 'a2048'),
    'proton.me': ('mail-{n}{m}.protonmail.ch', 'proton.me', 'protonmail'),
    'gmx.de': ('mout.gmx.net', 'gmx.de', 's31663417'),
    'web.de': ('mout.web.de', 'web.de', 's29768273'),
    't-online.de': ('mailout{n}.t-online.de', None, None),
    'posteo.de': ('mout{n}.posteo.de', 'posteo.de', '2017'),
    'orange.fr': ('smtp-{m}.smtp.orange.fr', 'orange.fr', 't20230301'),
    'free.fr': ('smtp{n}-g21.free.fr', 'free.fr', 'smtp-20201208'),
    'laposte.net': ('smtpout{n}.laposte.net', 'laposte.net', 'lpn-wlmd'),
    'sfr.fr': ('smtp{n}.sfr.fr', 'sfr.fr', 'sfr'),
    'libero.it': ('smtp-{m}.libero.it', 'libero.it', 's2021'),
    'virgilio.it': ('smtp-{m}.virgilio.it', 'virgilio.it', 's2021'),
    'alice.it': ('smtp{n}.alice.it', None, None),
    'mail.ru': ('smtp{n}.i.mail.ru', 'mail.ru', 'mail4'),
    'bk.ru': ('smtp{n}.i.mail.ru', 'bk.ru', 'mail4'),
    'yandex.ru': ('forward{m}b.mail.yandex.net', 'yandex.ru', 'mail'),
    'rambler.ru': ('mxout{n}.rambler.ru', 'rambler.ru', 'mail'),
    'qq.com': ('out{m}-{n}.mail.qq.com', 'qq.com', 's201512'),
    '163.com': ('m{n}{m}.mail.163.com', '163.com', 's110527'),
    '126.com': ('m{n}{m}.mail.126.com', '126.com', 's110527'),
    'sina.com': ('mail{n}.sina.com', 'sina.com', 'sina'),
    'naver.com': ('cvsmtppost{n}.nm.naver.com', 'naver.com', 'naver20221122'),
    'daum.net': ('smtp{n}.daum.net', 'daum.net', 'daumcorp'),
    'hanmail.net': ('smtp{n}.daum.net', 'hanmail.net', 'daumcorp'),
    'yahoo.co.jp': ('mo{m}-p.mail.yahoo.co.jp', 'yahoo.co.jp', 'yj20110701'),
    'docomo.ne.jp': ('mgw{n}.docomo.ne.jp', None, None),
    'rediffmail.com': ('rediffmail.com', 'rediffmail.com', 'mail'),
}


def _fill(tpl):
    return tpl.format(a=R.choice('abcdefghijklmnopqrstuvwxyz'), n=R.randint(1, 99), m=R.randint(100, 999),
                      x=R.choice(['db8eur05', 'am6eur05', 'vi1eur04', 'bn8nam12', 'sy4pr01', 'dm6nam11',
                                  'pa4pr03', 'jpn01', 'ind01', 'sin02']) + R.choice('abcdefgh'))


def host_for_free(domain):
    if domain in FREEMAIL_HOSTS:
        t, d, s = FREEMAIL_HOSTS[domain]
        return _fill(t), d or None, s
    if domain.endswith(('hotmail.es', 'hotmail.nl', 'hotmail.gr', 'hotmail.co.il', 'outlook.es', 'outlook.sa')):
        return _fill('mail-{x}on{m}.outbound.protection.outlook.com'), domain, 'selector1'
    if domain.startswith('yahoo.') or domain.endswith('yahoo.com.vn'):
        return _fill('sonic{m}-{n}.consmr.mail.sg3.yahoo.com'), domain, 's2048'
    if domain.startswith('yandex'):
        return _fill('forward{m}a.mail.yandex.net'), domain, 'mail'
    return 'smtp%d.%s' % (R.randint(1, 9), domain), domain, 'default'


VPS_HOSTS = ['vps-{h}.vps.ovh.example', 'static.{ip}.clients.your-server.example', 'ip-{ip}.hostingcloud.example',
             '{ip}.vultrusercontent.example', 'server{n}.hostwindsdns.example', 'li{n}-{m}.members.linode.example',
             'ec2-{ip}.compute-1.amazonaws.example', 'vm{m}.cloud-hosting.example', None, None]


def vps_host(ip):
    t = R.choice(VPS_HOSTS)
    if t is None:
        return None
    return t.format(h=hexs(8), ip=ip.replace('.', '-'), n=R.randint(10, 999), m=R.randint(100, 999))


def authres(dkims, spf, dmarc):
    """dkims: list of (result, d, s, b) ; spf: (result, mailfrom, ip) ; dmarc: (result, policy, from_domain)"""
    parts = []
    for res, d, s, b in dkims:
        if res == 'none':
            parts.append('dkim=none (message not signed)' if chance(0.5) else 'dkim=none')
        elif res == 'fail':
            parts.append('dkim=fail (%s) header.d=%s header.s=%s header.b=%s' % (
                R.choice(['body hash did not verify', 'signature verification failed']), d, s, b[:8]))
        elif res == 'permerror':
            parts.append('dkim=permerror (no key for signature) header.d=%s header.s=%s header.b=%s' % (d, s, b[:8]))
        else:
            parts.append('dkim=pass header.d=%s header.s=%s header.b=%s' % (d, s, b[:8]))
    r, mf, ip = spf
    dom = mf.split('@')[-1]
    if r == 'pass':
        parts.append('spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
    elif r == 'fail':
        parts.append('spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
    elif r == 'softfail':
        parts.append('spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
    elif r == 'neutral':
        parts.append('spf=neutral (mx.example.net: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s' % (ip, mf, mf))
    else:
        parts.append('spf=none (mx.example.net: %s does not designate permitted sender hosts) smtp.mailfrom=%s' % (dom, mf))
    dr, pol, fd = dmarc
    if pol is None:
        parts.append('dmarc=none header.from=%s' % fd)
    else:
        sp = pol
        dis = 'NONE' if dr == 'pass' or pol == 'NONE' else pol
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dr, pol, sp, dis, fd))
    return 'Authentication-Results: mx.example.net;\r\n\t' + ';\r\n\t'.join(parts)


def dkim_sig(d, s, t, hdrs, extra=''):
    b = b64s(R.choice([172, 344]))
    bh = b64s(43) + '='
    lines = ['v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;' % (d, s),
             't=%d;%s' % (t, extra),
             'h=%s;' % hdrs,
             'bh=%s;' % bh]
    bl = 'b=' + b
    chunks = [bl[i:i + 70] for i in range(0, len(bl), 70)]
    val = '\r\n\t'.join(lines + chunks)
    return 'DKIM-Signature: ' + val, b


def received_mx(helo, rdns, ip, rcpt, when):
    ipx = ('IPv6:' + ip) if ':' in ip else ip
    return ('Received: from %s (%s [%s])\r\n\tby mx.example.net (Postfix) with ESMTPS id %s\r\n'
            '\tfor <%s>; %s (UTC)' % (helo, rdns or 'unknown', ipx, qid(), rcpt, rfc2822(when, 0)))
