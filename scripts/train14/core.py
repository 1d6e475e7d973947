# -*- coding: utf-8 -*-
"""Context object, people, sender set-ups and transport headers (CC0 1.0)."""
import datetime as dt
import hashlib

import lang as LG
from util import (CRLF, alnum, hexs, b64rand, uid4, qid, rfc2822, UTC, TZ)

MX = 'mx.example.net'


class P:
    def __init__(self, name, email):
        self.name, self.email = name, email

    @property
    def domain(self):
        return self.email.split('@', 1)[1]

    @property
    def local(self):
        return self.email.split('@', 1)[0]

    def __repr__(self):
        return 'P(%r,%r)' % (self.name, self.email)


def org_domain(d):
    parts = d.lower().split('.')
    if len(parts) >= 3 and parts[-2] in ('co', 'com', 'ne', 'or', 'ac', 'gov') and len(parts[-1]) == 2:
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


def ip_for(key, v6=False):
    h = hashlib.sha1(key.encode()).digest()
    if v6:
        return '2001:db8:%x:%x::%x' % (h[0] * 256 + h[1], h[2] * 256 + h[3], h[4] * 256 + h[5])
    net = ['192.0.2', '198.51.100', '203.0.113'][h[6] % 3]
    return '%s.%d' % (net, 2 + h[7] % 250)


DMARC_POLICY = {'gmail.com': 'none', 'google.com': 'reject', 'outlook.com': 'none', 'hotmail.com': 'none',
                'yahoo.com': 'reject', 'icloud.com': 'quarantine', 'apple.com': 'reject', 'zoom.us': 'reject',
                'aol.com': 'reject', 'gmx.de': 'none', 'web.de': 'none', 'mail.ru': 'reject', 'yandex.ru': 'none',
                'qq.com': 'quarantine', '163.com': 'none', 'naver.com': 'none', 'orange.fr': 'none',
                'yahoo.co.jp': 'none', 'libero.it': 'none', 'wp.pl': 'none', 'uol.com.br': 'none'}


class Ctx:
    """Everything a category function needs to write one message."""

    def __init__(self, rng, label, cat, idx, lang, client, arrival, rcpt, via_list=False):
        self.rng, self.label, self.cat, self.idx = rng, label, cat, idx
        self.lang, self.client, self.arrival, self.rcpt = lang, client, arrival, rcpt
        self.via_list = via_list
        self.year = arrival.year
        self.tz = rng.choice(LG.TZS[lang])
        self.tw = lang == 'zh' and self.tz in ('Asia/Taipei', 'Asia/Hong_Kong')
        self.L = LG.CHROME['zh_tw' if self.tw else lang]
        self.setup = None
        self.variant = None

    # ------------------------------------------------------------ random helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def rint(self, a, b):
        return self.rng.randint(a, b)

    def name(self, lang=None):
        lg = lang or self.lang
        if lg == 'zh' and self.tw:
            lg = 'zh_tw'
        return self.pick(LG.NAMES[lg])

    def person(self, domain, lang=None, style=None, name=None):
        disp, slug = name or self.name(lang)
        style = style or self.pick(['dot', 'dot', 'first', 'flast'])
        if style == 'first':
            slug = slug.split('.')[0]
        elif style == 'flast' and '.' in slug:
            a, b = slug.split('.', 1)
            slug = a[0] + b
        return P(disp, '%s@%s' % (slug, domain))

    def org(self, lang=None):
        lg = lang or self.lang
        if lg == 'zh' and self.tw:
            lg = 'zh_tw'
        return self.pick(LG.ORGS[lg])

    def freemail(self, lang=None):
        return self.pick(LG.FREEMAIL[lang or self.lang])

    def amount(self, lo, hi, cents=True, lang=None):
        lang = lang or self.lang
        v = self.rng.uniform(lo, hi)
        pre, post = LG.CURRENCY[lang] if not (lang == 'zh' and self.tw) else ('NT$', '')
        if lang in ('ja', 'ko'):
            s = '{:,}'.format(int(v))
        elif cents:
            s = '{:,.2f}'.format(v)
            if lang in ('de', 'es', 'it', 'pt', 'nl', 'pl', 'el', 'tr', 'ru', 'fr'):
                s = s.replace(',', ' ' if lang in ('fr', 'ru', 'pl') else '#').replace('.', ',').replace('#', '.')
        else:
            s = '{:,}'.format(int(v))
        return pre + s + post

    def phone(self, lang=None, tollfree=False):
        lang = lang or self.lang
        if lang == 'en' or tollfree:
            area = self.pick(['800', '833', '844', '855', '866', '877', '888']) if tollfree else str(self.rint(201, 989))
            return self.pick(['+1 (%s) 555-01%02d', '+1-%s-555-01%02d', '1-%s-555-01%02d', '(%s) 555-01%02d']) % (
                area, self.rint(0, 99))
        cc = LG.COUNTRY_PHONE[lang]
        return '%s %d %03d %04d' % (cc, self.rint(10, 99), self.rint(100, 999), self.rint(0, 9999))

    def code(self, n=6, chars='ABCDEFGHJKLMNPQRSTUVWXYZ23456789'):
        return ''.join(self.pick(chars) for _ in range(n))

    def digits(self, n):
        return ''.join(self.pick('0123456789') for _ in range(n))

    def when(self, d0=1, d1=21, h0=8, h1=17, dur=(30, 60), tz=None, allday=False, mins=(0, 30)):
        tz = tz or self.tz
        local_arr = self.arrival.astimezone(UTC).replace(tzinfo=None) + dt.timedelta(minutes=TZ[tz][0])
        day = (local_arr + dt.timedelta(days=self.rint(d0, d1))).replace(second=0, microsecond=0)
        if allday:
            s = day.replace(hour=0, minute=0)
            return s, s + dt.timedelta(days=1 if isinstance(dur, tuple) else dur), tz
        s = day.replace(hour=self.rint(h0, h1), minute=self.pick(list(mins)))
        d = self.pick(dur) if isinstance(dur, (tuple, list)) else dur
        return s, s + dt.timedelta(minutes=d), tz

    # ------------------------------------------------------------ senders
    def sender(self, kind, who=None, domain=None, lang=None, policy='auto', local=None, disp=None):
        """Pick From address and the transport set-up that fits client and kind.
        kind: free | org | lookalike | spoof | vps | service"""
        lang = lang or self.lang
        cl = self.client
        rng = self.rng
        if who is None:
            who = self.name(lang)
        disp = disp if disp is not None else who[0]
        slug = local or who[1]
        if kind == 'free':
            if cl == 'google':
                domain = 'gmail.com'
            elif cl == 'outlook':
                domain = self.pick(['outlook.com', 'hotmail.com', 'outlook.com'])
            elif cl == 'apple':
                domain = self.pick(['icloud.com', 'icloud.com', 'me.com'])
            elif cl == 'yahoo':
                domain = {'ja': 'yahoo.co.jp', 'hi': 'yahoo.co.in', 'el': 'yahoo.gr', 'es': 'yahoo.es'}.get(lang, 'yahoo.com')
            elif cl in ('custom', 'zoom'):
                domain = self.pick(['gmail.com', 'outlook.com', 'yahoo.com', self.freemail(lang)])
            else:
                domain = domain or self.freemail(lang)
                if domain == 'gmail.com' and cl != 'thunderbird':
                    domain = self.freemail(lang)
            if slug and rng.random() < 0.5:
                slug = slug.replace('.', rng.choice(['', '_', '.'])) + str(rng.randint(1, 99) if rng.random() < 0.5 else '')
        email = '%s@%s' % (slug, domain)
        p = P(disp, email)
        self.setup = self._setup(kind, p, policy)
        return p

    def _setup(self, kind, p, policy):
        rng = self.rng
        d = p.domain
        od = org_domain(d)
        if policy == 'auto':
            policy = DMARC_POLICY.get(od)
            if policy is None:
                policy = rng.choice(['reject', 'quarantine', 'none', 'none', None]) if kind != 'spoof' else \
                    rng.choice(['none', 'none', 'quarantine', None])
        cl = self.client
        s = dict(kind=None, from_dom=d, mailfrom=p.email, dkim=[], spf='pass', policy=policy, year=self.year)
        ysel = {2016: '20161025', 2017: '20161025', 2018: '20161025', 2019: '20161025', 2020: '20161025',
                2021: '20210112', 2022: '20210112', 2023: '20230601'}.get(self.year, '20230601')
        if kind in ('spoof', 'vps'):
            host = rng.choice(['vps-%s.%s' % (hexs(rng, 6), rng.choice(['cloudhost-eu.example', 'kvmserver.example',
                                                                        'fastvps.test'])),
                               'srv%d.%s' % (rng.randint(10, 999), rng.choice(['hostline.example', 'dedi-box.test'])),
                               'mail.' + d if kind == 'vps' else 'ip-%s.static.example-isp.net' % hexs(rng, 8)])
            s.update(kind=kind, host=host)
            if kind == 'spoof':
                s['spf'] = rng.choice(['fail', 'softfail', 'softfail', 'none', 'neutral'])
                if rng.random() < 0.35:
                    other = rng.choice(['bounce.mailer-%s.example' % hexs(rng, 4), 'smtp-relay.%s.test' % alnum(rng, 6).lower()])
                    s['mailfrom'] = '%s@%s' % (alnum(rng, 8).lower(), other)
                    s['spf'] = 'pass'
            else:
                s['spf'] = rng.choice(['pass', 'pass', 'none', 'neutral'])
                s['policy'] = rng.choice([None, None, 'none'])
                if rng.random() < 0.3:
                    s['dkim'] = [(d, rng.choice(['default', 'mail', 'dkim']), 'pass')]
            return s
        if cl == 'google' and self.variant != 'gmail_smtp':
            s.update(kind='google', host='mail-sor-f%d.google.com' % rng.randint(41, 99),
                     mailfrom='3%s-%s@calendar-server.bounces.google.com' % (alnum(rng, 18), alnum(rng, 12)))
            s['dkim'] = [('google.com', ysel, 'pass')]
            if od == 'gmail.com':
                s['dkim'].append(('gmail.com', ysel, 'pass'))
            elif rng.random() < 0.85:
                s['dkim'].insert(0, (d, 'google', 'pass'))
            return s
        if cl == 'outlook' or (cl in ('custom',) and kind in ('org', 'lookalike', 'free') and od in ('outlook.com', 'hotmail.com')):
            if od in ('outlook.com', 'hotmail.com'):
                self.variant = 'outlookcom'
                s.update(kind='outlookcom', host='%s-%s-obe.outbound.protection.outlook.com' % (
                    rng.choice(['EUR05', 'NAM12', 'APC01', 'EUR03', 'NAM10']), rng.choice(['AM6', 'DB8', 'BN8', 'SG2', 'VI1'])))
                s['dkim'] = [(od, 'selector1', 'pass')]
                return s
            v = self.variant or rng.choice(['o365', 'o365', 'o365', 'desktop', 'exchange'])
            self.variant = v
            tenant = d.split('.')[0].replace('-', '')[:20]
            if v in ('o365', 'desktop'):
                s.update(kind='o365', host='mail-%s%s.outbound.protection.outlook.com' % (
                    rng.choice(['db8eur05on', 'bn8nam12on', 'am6pr03on', 'sy4pr01on', 've1eur02on']), rng.randint(2001, 2139)),
                    tenant=tenant)
                if rng.random() < 0.75:
                    s['dkim'] = [(d, 'selector%d' % rng.randint(1, 2), 'pass')]
                else:
                    s['dkim'] = [('%s.onmicrosoft.com' % tenant, 'selector1-%s-onmicrosoft-com' % tenant, 'pass')]
            else:
                s.update(kind='exchange', host='mail.%s' % d)
                if rng.random() < 0.5:
                    s['dkim'] = [(d, 'ex%d' % rng.randint(2016, 2024), 'pass')]
            return s
        if cl == 'apple':
            if self.variant == 'icloud_server':
                s.update(kind='icloud_server', host='rn2-txn-msbadger%05d.apple.com' % rng.randint(1000, 9999),
                         mailfrom='noreply@email.apple.com')
                s['dkim'] = [('email.apple.com', 'email0517', 'pass')]
                return s
            if od in ('icloud.com', 'me.com'):
                s.update(kind='icloud', host='qs51p00im-qukt01%06d.me.com' % rng.randint(0, 999999))
                s['dkim'] = [(od, '1a1hai', 'pass')]
                return s
        if cl == 'yahoo' or od.startswith('yahoo.') or od in ('aol.com',):
            s.update(kind='yahoo', host='sonic%d-%d.consmr.mail.%s.yahoo.com' % (
                rng.randint(301, 330), rng.randint(10, 40), rng.choice(['ne1', 'gq1', 'bf2', 'ir2'])))
            s['dkim'] = [(od, 's2048', 'pass')]
            return s
        if od == 'gmail.com':
            s.update(kind='gmail', host='mail-%s-f%d.google.com' % (rng.choice(['wr1', 'ej1', 'pl1', 'qt1', 'lf1']),
                                                                     rng.randint(41, 99)))
            s['dkim'] = [('gmail.com', ysel, 'pass')]
            return s
        if cl == 'zoom' and d == 'zoom.us':
            s.update(kind='esp', esp='sendgrid', host='o%d.ptr%d.zoom.us' % (rng.randint(1, 9), rng.randint(1000, 9999)),
                     mailfrom='bounces+%d-%s-%s@mail.zoom.us' % (rng.randint(1000000, 9999999), hexs(rng, 4),
                                                                  self.rcpt.email.replace('@', '=')))
            s['dkim'] = [('zoom.us', 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')]
            return s
        if kind == 'service' or (cl == 'custom' and kind in ('org', 'lookalike') and rng.random() < 0.55):
            esp = rng.choice(['ses', 'sendgrid', 'mailgun', 'own'])
            if esp == 'ses':
                s.update(kind='esp', esp='ses', host='a%d-%d.smtp-out.amazonses.com' % (rng.randint(8, 48), rng.randint(1, 250)),
                         mailfrom='0100%s-%s-%s-000000@%s' % (hexs(rng, 12), hexs(rng, 8), uid4(rng),
                                                              rng.choice(['amazonses.com', 'mail.' + d])))
                s['dkim'] = [(d, alnum(rng, 32).lower(), 'pass'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', 'pass')]
            elif esp == 'sendgrid':
                s.update(kind='esp', esp='sendgrid', host='o%d.ptr%d.%s' % (rng.randint(1, 9), rng.randint(1000, 9999), d),
                         mailfrom='bounces+%d-%s-%s@em%d.%s' % (rng.randint(1000000, 9999999), hexs(rng, 4),
                                                                 self.rcpt.email.replace('@', '='), rng.randint(100, 9999), d))
                s['dkim'] = [(d, 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')]
            elif esp == 'mailgun':
                s.update(kind='esp', esp='mailgun', host='m%d-%d.mailgun.net' % (rng.randint(200, 250), rng.randint(1, 9)),
                         mailfrom='bounce+%s.%s-%s@mg.%s' % (hexs(rng, 6), hexs(rng, 6), self.rcpt.email.replace('@', '='), d))
                s['dkim'] = [('mg.' + d if rng.random() < 0.5 else d, rng.choice(['mx', 'pic', 'krs']), 'pass')]
            else:
                s.update(kind='self', host='mailout%d.%s' % (rng.randint(1, 4), d))
                s['dkim'] = [(d, rng.choice(['mail', 'default', 's%d' % self.year, 'dkim1']), 'pass')]
            return s
        # self-hosted (Zimbra, SOGo, Nextcloud, Thunderbird via company or ISP SMTP, ...)
        if od in DMARC_POLICY:
            host = {'gmx.de': 'mout.gmx.net', 'web.de': 'mout.web.de', 'mail.ru': 'smtp%d.i.mail.ru' % rng.randint(30, 60),
                    'yandex.ru': 'forward%d.mail.yandex.net' % rng.randint(100, 500), 'qq.com': 'smtpbg%d.qq.com' % rng.randint(100, 160),
                    'naver.com': 'cvsmtppost%02d.nm.naver.com' % rng.randint(1, 40)}.get(od, 'smtp.' + od)
        else:
            host = rng.choice(['mail.', 'smtp.', 'mx1.', 'mailgw.', 'out.']) + d
        s.update(kind='self', host=host)
        if rng.random() < 0.85:
            s['dkim'] = [(d, rng.choice(['mail', 'default', 'dkim', 's1', '%d%02d' % (self.year, rng.randint(1, 12)),
                                         'zimbra' if self.client == 'zimbra' else 'mx']), 'pass')]
        elif s['policy'] in ('reject', 'quarantine'):
            s['policy'] = 'none'
        return s


# -------------------------------------------------------------------- transport
def _aligned(a, b):
    return org_domain(a) == org_domain(b)


def dkim_sig(rng, d, s, heads, t, dkim_b=None):
    b = dkim_b or b64rand(rng, 256)
    bh = b64rand(rng, 32)
    lines = ['DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;' % (d, s),
             '\tt=%d; h=%s;' % (t, heads),
             '\tbh=%s;' % bh]
    first = True
    while b:
        lines.append(('\tb=' if first else '\t ') + b[:70])
        b = b[70:]
        first = False
    return CRLF.join(lines)


def build_transport(c, m, relay=None):
    """Return the list of header strings above the client's headers."""
    rng = c.rng
    s = c.setup
    arr = c.arrival
    rcpt = c.rcpt.email
    sent = arr - dt.timedelta(seconds=rng.randint(1, 40))
    t_unix = int(sent.timestamp())
    from_dom = s.get('hdr_from_dom') or m['from'].domain

    # the hop that connects to our MX
    if relay:
        top_host, mailfrom = relay['host'], relay['mailfrom']
    else:
        top_host, mailfrom = s['host'], s['mailfrom']
    v6 = s['kind'] in ('o365', 'outlookcom') and not relay
    ip = ip_for(top_host, v6)

    # ---- signatures that survive / break
    sigs = []   # (d, s, result, bvalue)
    for (d, sel, res) in s['dkim']:
        b = b64rand(rng, 256)
        sigs.append((d, sel, 'fail' if relay and relay.get('breaks', True) else res, b))
    if relay and relay.get('dkim'):
        d, sel = relay['dkim']
        sigs.insert(0, (d, sel, 'pass', b64rand(rng, 256)))

    if relay:
        spf = 'pass'
    else:
        spf = s['spf']
    mf_dom = mailfrom.split('@')[-1]
    hdr_from = relay.get('from_dom', from_dom) if relay else from_dom
    dk_ok = any(r == 'pass' and _aligned(d, hdr_from) for d, _, r, _ in sigs)
    spf_ok = spf == 'pass' and _aligned(mf_dom, hdr_from)
    pol = relay.get('policy', s['policy']) if relay and 'from_dom' in relay else s['policy']
    if dk_ok or spf_ok:
        dmarc = 'pass'
    elif pol is None:
        dmarc = 'none'
    else:
        dmarc = 'fail'

    ar = ['Authentication-Results: %s;' % MX]
    if sigs:
        for d, sel, res, b in sigs:
            extra = ' reason="signature verification failed"' if res == 'fail' else ''
            ar.append('\tdkim=%s%s header.d=%s header.s=%s header.b=%s;' % (res, extra, d, sel, b[:8]))
    else:
        ar.append('\tdkim=none;')
    ipd = ip
    if spf == 'pass':
        why = '(%s: domain of %s designates %s as permitted sender)' % (MX, mailfrom, ipd)
    elif spf == 'fail':
        why = '(%s: domain of %s does not designate %s as permitted sender)' % (MX, mailfrom, ipd)
    elif spf == 'softfail':
        why = '(%s: domain of transitioning %s does not designate %s as permitted sender)' % (MX, mailfrom, ipd)
    elif spf == 'neutral':
        why = '(%s: %s is neither permitted nor denied by domain of %s)' % (MX, ipd, mailfrom)
    else:
        why = '(%s: domain of %s does not provide an SPF record)' % (MX, mailfrom)
    ar.append('\tspf=%s %s smtp.mailfrom=%s;' % (spf, why, mailfrom))
    if pol is None:
        ar.append('\tdmarc=none header.from=%s' % hdr_from)
    else:
        P_ = pol.upper()
        dis = 'NONE' if dmarc == 'pass' or pol == 'none' else ('QUARANTINE' if pol == 'quarantine' else 'REJECT')
        if dis == 'REJECT':   # such mail would be refused; real MX delivered it only because of local override
            dis = 'QUARANTINE'
        ar.append('\tdmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, P_, P_, dis, hdr_from))
    ar[-1] = ar[-1].rstrip(';')

    tls = rng.choice(['(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)',
                      '(version=TLS1_2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256/256)',
                      '(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128)'])
    helo = top_host
    rdns = top_host if not top_host.startswith('ip-') else 'unknown'
    proto = 'ESMTPS' if rng.random() < 0.85 or arr.year > 2019 else 'ESMTP'
    mxr = ['Received: from %s (%s [%s%s])' % (helo, rdns, 'IPv6:' if ':' in ip else '', ip),
           '\tby %s (Postfix) with %s id %s' % (MX, proto, qid(rng, arr.year)),
           '\tfor <%s>; %s' % (rcpt, rfc2822(arr, 'UTC', paren=True))]
    if proto == 'ESMTPS' and rng.random() < 0.5:
        mxr.insert(1, '\t' + tls)
    out = ['Return-Path: <%s>' % mailfrom, 'Delivered-To: %s' % rcpt, CRLF.join(ar), CRLF.join(mxr)]

    # ---- relay (mailing list) hops
    if relay:
        out += relay['hops'](sent)
        sent = sent - dt.timedelta(seconds=rng.randint(2, 90))

    heads_std = rng.choice(['from:to:subject:date:message-id:mime-version:content-type',
                            'mime-version:reply-to:sender:message-id:date:subject:from:to:content-type',
                            'date:from:to:subject:message-id:mime-version:content-type:content-transfer-encoding',
                            'from:date:subject:message-id:to:mime-version:content-type'])
    k = s['kind']
    sigblock = []
    for d, sel, res, b in sigs:
        if relay and relay.get('dkim') and d == relay['dkim'][0]:
            continue
        sigblock.append(dkim_sig(rng, d, sel, heads_std, t_unix, b))
    if relay and relay.get('dkim'):
        pass
    tstr = lambda z: rfc2822(sent, z)
    hops = []
    ysel_g = '20161025' if c.year < 2021 else ('20210112' if c.year < 2023 else '20230601')
    if k == 'google':
        hops.append('Received: by %s with SMTP id %s\r\n\tfor <%s>; %s' % (
            s['host'], '%s-%s.%d' % (hexs(rng, 20), alnum(rng, 14).lower(), rng.randint(1, 9)), rcpt,
            rfc2822(sent, 'America/Los_Angeles', paren=True)))
        extra = ['X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n\td=1e100.net; s=%s; t=%d;'
                 ' x=%d;\r\n\th=to:from:subject:date:message-id:sender:reply-to\r\n\t :mime-version:x-gm-message-state'
                 ':from:to:cc:subject:date:message-id\r\n\t :reply-to;\r\n\tbh=%s;\r\n\tb=%s' % (
                     ysel_g, t_unix, t_unix + 604800, b64rand(rng, 32), b64rand(rng, 90)),
                 'X-Gm-Message-State: AOJu0Y%s' % b64rand(rng, 60)[:78],
                 'X-Google-Smtp-Source: AGHT+I%s' % b64rand(rng, 50)[:64],
                 'X-Received: by 2002:a05:%x:%x:b0:%s with SMTP id %s;\r\n        %s' % (
                     rng.randint(0x6000, 0x7fff), rng.randint(0x100, 0xfff), hexs(rng, 3), alnum(rng, 20).lower(),
                     rfc2822(sent, 'America/Los_Angeles', paren=True))]
        out += hops + sigblock + extra
    elif k == 'gmail':
        hops.append('Received: by %s with SMTP id %s\r\n\tfor <%s>; %s' % (
            s['host'], '%s-%s.%d' % (hexs(rng, 16), alnum(rng, 12).lower(), rng.randint(1, 9)), rcpt,
            rfc2822(sent, 'America/Los_Angeles', paren=True)))
        later = ['Received: from [192.168.%d.%d] (%s.example-isp.net. [%s])\r\n\tby smtp.gmail.com with ESMTPSA id %s\r\n'
                 '\tfor <%s>\r\n\t%s;\r\n\t%s' % (rng.randint(0, 10), rng.randint(2, 250), hexs(rng, 8), ip_for(hexs(rng, 6)),
                                                 alnum(rng, 24).lower(), rcpt, tls, rfc2822(sent, 'America/Los_Angeles', paren=True))]
        out += hops + sigblock + ['X-Google-Smtp-Source: AGHT+I%s' % b64rand(rng, 50)[:64]] + later
    elif k in ('o365', 'outlookcom'):
        srv = getattr(c, 'exch_fqdn', None) or '%s%s%s%04d.%s.prod.outlook.com' % (
            rng.choice(['PH0PR', 'DM6PR', 'AM9PR', 'DB9PR', 'SY4PR', 'BN8PR']), rng.randint(10, 19), rng.choice(['MB', 'MB', 'CA']),
            rng.randint(1000, 9999), rng.choice(['namprd12', 'eurprd04', 'eurprd08', 'ausprd01', 'namprd04']))
        c.exch_server = srv.split('.')[0].upper()
        c.exch_fqdn = srv
        arc = ['ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s' % b64rand(rng, 120),
               'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;'
               ' h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount;\r\n'
               ' bh=%s;\r\n b=%s' % (b64rand(rng, 32), b64rand(rng, 120)),
               'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none'
               ' header.from=%s;\r\n dkim=pass header.d=%s; arc=none' % (from_dom, from_dom, s['dkim'][0][0] if s['dkim'] else from_dom)]
        hops = ['Received: from %s (%s) by\r\n %s (%s) with Microsoft SMTP Server\r\n (version=TLS1_2,'
                ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
                    srv, ip_for(srv, True), s['host'].upper(), ip_for(s['host'], True), rng.randint(7000, 8999),
                    rng.randint(10, 40), tstr('UTC')),
                'Received: from %s\r\n ([fe80::%s:%s:%s:%s]) by %s\r\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.%d.%03d;'
                ' %s' % (srv, hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), srv, hexs(rng, 4), hexs(rng, 4),
                          hexs(rng, 4), hexs(rng, 4), rng.randint(3, 7), rng.randint(7000, 8999), rng.randint(0, 99),
                          tstr('UTC'))]
        out += arc + sigblock + hops
    elif k == 'exchange':
        ex1 = getattr(c, 'exch_fqdn', None) or 'EXCH%02d.%s' % (rng.randint(1, 4), from_dom)
        out += sigblock + [
            'Received: from %s (10.%d.%d.%d) by %s (10.%d.%d.%d) with Microsoft SMTP Server\r\n (version=TLS1_2,'
            ' cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.%d.%d.%d; %s' % (
                ex1, rng.randint(1, 250), rng.randint(0, 250), rng.randint(2, 250), s['host'], rng.randint(1, 250),
                rng.randint(0, 250), rng.randint(2, 250), rng.choice([1, 2]), rng.randint(1000, 2600), rng.randint(1, 40),
                tstr(c.tz)),
            'Received: from %s ([fe80::%s:%s:%s:%s]) by %s\r\n ([fe80::%s:%s:%s:%s%%12]) with mapi id 15.%d.%d.%03d;'
            ' %s' % (ex1, hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), ex1, hexs(rng, 4), hexs(rng, 4),
                     hexs(rng, 4), hexs(rng, 4), rng.choice([1, 2]), rng.randint(1000, 2600), rng.randint(1, 40), tstr(c.tz))]
        c.exch_server = ex1.split('.')[0]
        c.exch_fqdn = ex1
    elif k == 'icloud_server':
        out += sigblock + ['Received: from rn2-txn-msbadger%05d.apple.com by %s\r\n (Oracle Communications Messaging'
                           ' Server 8.1.0.%d.%d.%s64) with ESMTPS id <0%s@%s> for %s; %s' % (
                               rng.randint(1000, 9999), s['host'], rng.randint(7, 23), rng.randint(2018, 2024), rng.choice(['x', '']),
                               alnum(rng, 12).upper(), s['host'], rcpt, rfc2822(sent, 'UTC'))]
    elif k == 'icloud':
        out += sigblock + ['Received: from smtpclient.apple (%s [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s' % (
            rng.choice(['unknown', 'cpe-%s.example-isp.net' % hexs(rng, 8)]), ip_for(hexs(rng, 5)), s['host'],
            hexs(rng, 10).upper(), rfc2822(sent, 'UTC', paren=True))]
    elif k == 'yahoo':
        out += sigblock + ['X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d;'
                           ' bh=%s; h=X-Sonic-MF:Date:From:Subject:From:Subject; b=%s' % (t_unix, b64rand(rng, 32), b64rand(rng, 90)),
                           'X-YMail-OSG: %s' % alnum(rng, 70),
                           'X-Sonic-MF: <%s>' % mailfrom,
                           'X-Sonic-ID: %s' % uid4(rng),
                           'Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s' % (s['host'], tstr('UTC'))]
    elif k == 'esp':
        esp = s.get('esp')
        if esp == 'ses':
            out += sigblock + ['Feedback-ID: 1.us-east-1.%s=:AmazonSES' % b64rand(rng, 30)[:40],
                               'X-SES-Outgoing: %s-%s' % (sent.strftime('%Y.%m.%d'), ip)]
        elif esp == 'sendgrid':
            out += sigblock + ['Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%X-%X\r\n        %s' % (
                hexs(rng, 10), alnum(rng, 5).lower(), hexs(rng, 10), alnum(rng, 5).lower(), rng.randint(1 << 28, 1 << 31),
                rng.randint(1, 99), sent.strftime('%a, %d %b %Y %H:%M:%S.%f')[:-3] + ' +0000 (UTC)'),
                'Received: from %s (unknown) by geopod-ismtpd-%d (SG) with HTTP id %s\r\n\t%s' % (
                    alnum(rng, 10).lower(), rng.randint(1, 40), alnum(rng, 22), tstr('UTC'))]
        else:
            out += sigblock + ['X-Mailgun-Sending-Ip: %s' % ip, 'X-Mailgun-Sid: %s' % b64rand(rng, 40)[:56],
                               'Received: by %s with HTTP; %s' % (hexs(rng, 12), tstr('UTC'))]
    elif k == 'self':
        opts = []
        if c.client in ('zimbra', 'sogo', 'nextcloud') or rng.random() < 0.3:
            opts.append('Received: from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s' % (
                s['host'], qid(rng, c.year), rfc2822(sent, c.tz)))
            if c.client == 'zimbra':
                opts.append('X-Virus-Scanned: amavisd-new at %s' % s['host'].split('.', 1)[1])
        else:
            opts.append('Received: from [%s] (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n'
                        '\tfor <%s>; %s' % (rng.choice(['192.168.1.%d' % rng.randint(2, 200), '10.0.0.%d' % rng.randint(2, 200),
                                                        'IPv6:2001:db8::%x' % rng.randint(1, 65000)]),
                                            rng.choice(['unknown', 'dsl-%s.example-isp.net' % hexs(rng, 6)]),
                                            ip_for(hexs(rng, 7)), m['from'].email, s['host'], qid(rng, c.year), rcpt,
                                            rfc2822(sent, c.tz)))
        out += sigblock + opts
    elif k in ('vps', 'spoof'):
        if rng.random() < 0.6:
            out += sigblock + ['Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPA id %s;\r\n\t%s' % (
                rng.choice(['localhost', 'WIN-%s' % alnum(rng, 11).upper(), 'ubuntu-s-1vcpu-1gb-%s' % hexs(rng, 4)]),
                s['host'], qid(rng, c.year), rfc2822(sent, rng.choice(['UTC', 'Europe/Berlin', 'America/New_York'])))]
        else:
            out += sigblock
        if k == 'spoof' and rng.random() < 0.25:
            out.append('X-Originating-IP: [%s]' % ip_for(hexs(rng, 9)))
    return out
