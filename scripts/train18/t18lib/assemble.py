# -*- coding: utf-8 -*-
"""Sending infrastructure (Received chains, DKIM, SPF/DMARC results), list and forward wrappers,
and final assembly of the message as the receiving MX mx.example.net stores it."""
import datetime as dt
from . import core, i18n, clients
from .core import pick, chance, hexs, digits, uuid4, addr, addr_list, hdr_text, leaf, multipart, Part

DMARC = {'gmail.com': ('NONE', 'QUARANTINE'), 'google.com': ('REJECT', 'REJECT'), 'outlook.com': ('NONE', 'NONE'),
         'hotmail.com': ('NONE', 'NONE'), 'icloud.com': ('QUARANTINE', 'QUARANTINE'),
         'me.com': ('QUARANTINE', 'QUARANTINE'), 'yahoo.com': ('REJECT', 'REJECT'), 'aol.com': ('REJECT', 'REJECT'),
         'zoom.us': ('REJECT', 'REJECT'), 'googlegroups.com': None, 'yahoo.co.jp': ('NONE', 'NONE'),
         'naver.com': ('NONE', 'NONE'), 'mail.ru': ('REJECT', 'REJECT'), 'yandex.ru': ('NONE', 'NONE'),
         'gmx.de': ('QUARANTINE', 'QUARANTINE'), 'web.de': ('QUARANTINE', 'QUARANTINE'),
         'qq.com': ('QUARANTINE', 'QUARANTINE'), '163.com': ('NONE', 'NONE')}


def dmarc_policy(domain):
    od = core.org_domain(domain)
    if od not in DMARC:
        DMARC[od] = core.wpick([(None, 2), (('NONE', 'NONE'), 3), (('QUARANTINE', 'QUARANTINE'), 2),
                                (('REJECT', 'REJECT'), 2)])
    return DMARC[od]


GSEL = {2016: '20161025', 2021: '20210112', 2023: '20230601'}


def gsel(y):
    return core.pick([GSEL[k] for k in sorted(GSEL) if y >= k][-1:])


HOSTERS = ['smtp-out.webhoster-eu.net', 'mailout.hostpoint-sys.net', 'relay.netcup-mail.example', 'out.ionos-relay.example',
           'smtp.ovh-mail.example', 'mailer.siteground-relay.example', 'cpanel-box%d.hostinghub.example',
           'mx-out%d.shared-hosting.example']
VPS = ['vps%d.contabo-cloud.example', 'static.%d.clients.your-server.example', 'ip-%d.ip.linode-node.example',
       'srv%d.hostwinds-vm.example', 'vm%d.digitalocean-droplet.example', 'host%d.vultr-cloud.example']
ESPS = {
    'ses': ('a%d-%d.smtp-out.amazonses.com', 'amazonses.com', '%s@eu-west-1.amazonses.com'),
    'sendgrid': ('o%d.ptr%d.sendgrid.net', 'sendgrid.info', 'bounces+%s@em%d.%s'),
    'mailgun': ('m%d-%d.mailgun.net', 'mailgun.org', 'bounce+%s@%s'),
    'sparkpost': ('mta-%d-%d.sparkpostmail.com', 'sparkpostmail.com', 'msprvs1=%s@bounces.%s'),
    'mailchimp': ('mail%d.atl%d.mcdlv.net', 'mcdlv.net', 'bounce-mc.us%d_%s@mail%d.atl%d.mcdlv.net'),
}


def infra_details(spec, infra):
    """Return dict(helo, rdns, ip, mailfrom, spf, dkims[(d,s,valid)], recv[list of values], extra_headers)."""
    fe = spec['from']['email']
    fdom = fe.split('@')[1]
    y = spec['arrival'].year
    ip = core.doc_ip()
    sent = spec['date']
    rcpt = spec['recipient']['email']
    R = []
    X = []
    auth = spec.get('auth', 'pass')
    if infra == 'google':
        host = 'mail-%s-f%d.google.com' % (pick(['sor', 'pj1', 'pl1', 'qt1', 'yw1', 'io1', 'oa1', 'ej1', 'wr1', 'ot1']),
                                          core.rng.randint(41, 200))
        token = core.alnum(30, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')
        mailfrom = '3%s@calendar-server.bounces.google.com' % token
        dk = [('google.com', gsel(y), True)]
        if fdom != 'google.com':
            dk.insert(0, (fdom, gsel(y) if fdom == 'gmail.com' else 'google', True))
        R.append('by %s with SMTP id %s\r\n\tfor <%s>; %s' % (host, core.mixed(32) + '.' + digits(2) + '.' +
                                                          core.rng.choice(['2024', '2025', '2023', str(y)]),
                                                          rcpt, core.rfc2822(sent, -8 * 60 + 60 * (sent.month in range(4, 11)), None)))
        X = [('X-Google-Smtp-Source', core.b64rand(60).rstrip('=')),
             ('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\r\n        %s'
              % (hexs(4), hexs(4), hexs(3), hexs(4), core.alnum(12), core.rng.randint(1, 99),
                 core.rng.randint(10 ** 12, 10 ** 13), core.rfc2822(sent, -8 * 60, None)))]
        return dict(helo=host, rdns=host, ip=ip, mailfrom=mailfrom, spf='pass', dkims=dk, recv=R, x=X, tls=True)
    if infra == 'microsoft':
        exch = spec.get('_exch') or clients.exch_host()
        region = pick(['EUR05-VI1', 'EUR02-AM0', 'EUR03-DBA', 'NAM12-BN8', 'NAM10-DM6', 'NAM04-MW2', 'APC01-SG2',
                       'EUR01-HE1', 'AUS01-ME3', 'JPN01-TYC'])
        helo = '%s-obe.outbound.protection.outlook.com' % region
        rdns = 'mail-%s%son%d.outbound.protection.outlook.com' % (region.split('-')[1].lower(), region.split('-')[0].lower(),
                                                                   core.rng.randint(2000, 2200))
        mailfrom = fe
        od = core.org_domain(fdom)
        if fdom in ('outlook.com', 'hotmail.com', 'live.com', 'outlook.es', 'outlook.sa', 'hotmail.es', 'hotmail.gr',
                    'hotmail.co.il', 'hotmail.co.th', 'outlook.co.th'):
            dk = [(fdom, 'selector1', True)]
        elif chance(0.8):
            dk = [(fdom, pick(['selector1', 'selector2']), True)]
        else:
            t = od.split('.')[0].replace('-', '')
            dk = [('%s.onmicrosoft.com' % t, 'selector1-%s' % od.replace('.', '-'), True)]
        fq = exch[1]
        fq2 = clients.exch_host(exch[0][:7])[1]
        R.append('from %s (%s) by\r\n %s (%s) with Microsoft SMTP Server (version=TLS1_2,\r\n '
                 'cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
                 % (fq, core.doc_ip6(), fq2, core.doc_ip6(), core.rng.randint(7000, 9400), core.rng.randint(10, 40),
                    core.rfc2822(sent, 0)))
        R.append('from %s\r\n ([fe80::%s:%s:%s:%s]) by %s\r\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.%d.%03d;'
                 ' %s' % (fq, hexs(4), hexs(4), hexs(4), hexs(4), fq, hexs(4), hexs(4), hexs(4), hexs(4),
                          core.rng.randint(3, 7), core.rng.randint(7000, 9400), core.rng.randint(0, 40),
                          core.rfc2822(sent, 0)))
        X = [('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s'
              % core.b64rand(170)),
             ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;'
              ' h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:'
              'X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh=%s\r\n b=%s'
              % (core.b64rand(32), core.b64rand(170))),
             ('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; arc=none')]
        return dict(helo=helo, rdns=rdns, ip=ip, mailfrom=mailfrom, spf='pass', dkims=dk, recv=R, x=X, tls=True,
                    x_after=[('X-MS-Exchange-CrossTenant-Network-Message-Id', uuid4()),
                             ('X-MS-Exchange-CrossTenant-originalarrivaltime', core.rfc2822(sent, 0)[5:-6] + '.%04d (UTC)' % core.rng.randint(0, 9999)),
                             ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
                             ('X-MS-Exchange-CrossTenant-id', uuid4()),
                             ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', exch[0])])
    if infra == 'icloud':
        host = '%sp00im-%s%08d.me.com' % (pick(['st43', 'ci74', 'mr85', 'qs51', 'pv50', 'ms11']),
                                        pick(['ztfb', 'qukt', 'ztdg', 'asmtp']), core.rng.randint(10000000, 99999999))
        R.append('from [%s] (%s.me.com [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s'
                 % ('127.0.0.1', host.split('.')[0].replace('00im', '00ic'), core.doc_ip(), host, core.queue_id(), rcpt,
                    core.rfc2822(sent, 0, 'UTC')))
        return dict(helo=host, rdns=host, ip=ip, mailfrom=fe, spf='pass', dkims=[(fdom, '1a1hai' if y < 2024 else 'sig1', True)],
                    recv=R, x=[], tls=True)
    if infra == 'yahoo':
        host = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (core.rng.randint(301, 330), core.rng.randint(1, 50),
                                                        pick(['ne1', 'bf2', 'gq1', 'ir2', 'sg3']))
        R.append('from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s' % (host, core.rfc2822(sent, 0)))
        X = [('X-YMail-OSG', core.b64rand(120).replace('=', '').replace('/', '_').replace('+', '.'))]
        return dict(helo=host, rdns=host, ip=ip, mailfrom=fe, spf='pass', dkims=[(fdom, 's2048', True)],
                    recv=R, x=X, tls=True)
    if infra == 'zoom':
        host = 'o%d.ptr%d.zoom.us' % (core.rng.randint(1, 99), core.rng.randint(1000, 9999))
        mf = 'bounces+%d-%s-%s=%s@em.zoom.us' % (core.rng.randint(100000, 999999), hexs(4),
                                                rcpt.split('@')[0], rcpt.split('@')[1])
        R.append('by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%s.1\r\n\t%s' % (hexs(10), hexs(5), hexs(10),
                                                                                 core.rng.randint(1, 99), hexs(16),
                                                                                 core.rfc2822(sent, 0, 'UTC')))
        return dict(helo=host, rdns=host, ip=ip, mailfrom=mf, spf='pass',
                    dkims=[('zoom.us', 's1', True), ('sendgrid.info', 'smtpapi', True)], recv=R, x=[], tls=True)
    if infra == 'esp':
        esp = spec.get('brand', {}).get('esp') or pick(list(ESPS))
        tmpl, espd, mft = ESPS[esp]
        host = tmpl % (core.rng.randint(1, 250), core.rng.randint(1, 250))
        if esp == 'ses':
            mf = mft % ('0102%s-%s-%s-%s-%s-000000' % (hexs(12), hexs(8), hexs(4), hexs(4), hexs(12)))
            mf = mf.replace('@eu-west-1.amazonses.com', '@' + pick(['eu-west-1.amazonses.com', 'mail.' + fdom]))
        elif esp == 'sendgrid':
            mf = mft % (core.alnum(20), core.rng.randint(100, 9999), fdom)
        elif esp == 'mailgun':
            mf = mft % (core.alnum(16), 'mg.' + fdom)
        elif esp == 'sparkpost':
            mf = mft % (core.alnum(16), fdom)
        else:
            mf = mft % (core.rng.randint(1, 21), core.alnum(24), core.rng.randint(1, 300), core.rng.randint(1, 200),
                        core.rng.randint(1, 300), core.rng.randint(1, 200))
        dk = [(fdom, pick(['s1', 'k1', 'mte1', 'scph0424', 'pic', 'mail', 'krs']), True), (espd, pick(['s1', 'smtpapi', 'k1', 'mailo']), True)]
        if auth == 'esp_nodkim':
            dk = dk[1:]
        R.append('from %s (unknown) by %s (%s) with ESMTP id %s for <%s>; %s'
                 % (pick(['localhost', 'mta-%d' % core.rng.randint(1, 40)]), host, pick(['Postfix', 'PowerMTA', 'Haraka', 'MailerQ']),
                    core.mixed(20), rcpt, core.rfc2822(sent, 0)))
        return dict(helo=host, rdns=host, ip=ip, mailfrom=mf, spf='pass', dkims=dk, recv=R, x=[], tls=True)
    if infra in ('selfhost', 'hosting'):
        if infra == 'selfhost':
            host = pick(['mail', 'mx1', 'smtp', 'mail2', 'out', 'mx']) + '.' + core.org_domain(fdom)
        else:
            host = pick(HOSTERS)
            if '%d' in host:
                host = host % core.rng.randint(1, 90)
        mailfrom = fe
        if infra == 'hosting' and spec.get('envelope_host'):
            mailfrom = pick(['www-data', 'nobody', 'apache', 'web%d' % core.rng.randint(1, 99)]) + '@' + host
        dk = []
        if spec.get('dkim') is not False and (spec.get('dkim') or chance(0.7)):
            dk = [(core.org_domain(fdom), pick(['mail', 'default', 'dkim', 's1', 'mx', str(y), 'selector1', 'k1']), True)]
        cl = spec.get('client')
        if cl == 'zimbra':
            R.append('from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s'
                     % (host, host, core.queue_id(), core.rfc2822(sent, spec.get('sender_off', 0))))
            R.append('from %s ([127.0.0.1])\r\n\tby localhost (%s [127.0.0.1]) (amavisd-new, port 10032)\r\n\t'
                     'with ESMTP id %s; %s' % (host, host, core.mixed(12), core.rfc2822(sent, spec.get('sender_off', 0))))
        elif cl == 'outlook':
            eh = 'EXCH%02d.%s' % (core.rng.randint(1, 4), core.org_domain(fdom))
            R.append('from %s (10.%d.%d.%d) by %s\r\n (10.%d.%d.%d) with Microsoft SMTP Server (version=TLS1_2,\r\n'
                     ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.%d.%d.%d; %s'
                     % (eh, core.rng.randint(0, 255), core.rng.randint(0, 255), core.rng.randint(1, 254), host,
                        core.rng.randint(0, 255), core.rng.randint(0, 255), core.rng.randint(1, 254),
                        core.rng.choice([1, 2]), core.rng.randint(1000, 1600), core.rng.randint(1, 40),
                        core.rfc2822(sent, spec.get('sender_off', 0))))
        else:
            R.append('from [%s] (%s [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s'
                     % (pick(['192.168.1.%d' % core.rng.randint(2, 250), '10.0.%d.%d' % (core.rng.randint(0, 9), core.rng.randint(2, 250)),
                              'IPV6:' + core.doc_ip6()]),
                        pick(['unknown', 'dynamic-%s.pool.isp.example' % digits(6), 'p%s.dip0.provider.example' % hexs(8)]),
                        core.doc_ip(), host, core.queue_id(), core.rfc2822(sent, spec.get('sender_off', 0))))
        spfr = 'pass'
        return dict(helo=host, rdns=host, ip=ip, mailfrom=mailfrom, spf=spfr, dkims=dk, recv=R, x=[], tls=chance(0.9))
    if infra == 'vps':
        helo = pick(['localhost', 'ubuntu', 'WIN-%s' % core.ALNUM(11), 'mail.' + fdom, 'server', core.alnum(8) + '.com',
                     'debian', 'vmi%d.contaboserver.example' % core.rng.randint(100000, 999999), fdom, '[%s]' % ip])
        rd = pick(VPS)
        rdns = pick(['unknown', rd % core.rng.randint(1000, 99999)])
        if auth == 'spoof':
            mailfrom = fe if chance(0.7) else pick(['', 'bounce@' + core.alnum(9) + '.' + pick(['xyz', 'top', 'online', 'site'])])
            if mailfrom == fe:
                pol = dmarc_policy(fdom)
                spf = 'fail' if (pol and pol[0] == 'REJECT') or chance(0.4) else pick(['softfail', 'neutral', 'softfail'])
            else:
                spf = 'none'
            if not mailfrom:
                mailfrom = ''
            dk = []
        elif auth == 'vps_signed':
            mailfrom = fe
            spf = 'pass'
            dk = [(core.org_domain(fdom), pick(['default', 'mail', 'x', 'dkim']), True)]
        else:  # vps_own: fresh domain, nothing configured
            mailfrom = fe
            spf = pick(['none', 'none', 'neutral'])
            dk = []
        if chance(0.4):
            R.append('from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPA id %s;\r\n\t%s'
                     % (pick(['localhost', 'User']), helo.strip('[]'), core.queue_id(), core.rfc2822(sent, spec.get('sender_off', 0))))
        return dict(helo=helo, rdns=rdns, ip=ip, mailfrom=mailfrom, spf=spf, dkims=dk, recv=R, x=[], tls=chance(0.5))
    raise ValueError(infra)


def dkim_headers_for(hd_names, dkims, t):
    out, res = [], []
    for d, s, valid in dkims:
        v, b = core.dkim_header(d, s, hd_names, t)
        out.append(('DKIM-Signature', v))
        res.append(('pass' if valid else 'fail', d, s, b))
    return out, res


def mx_received(det, rcpt, arrival):
    helo = det['helo']
    rdns = det['rdns']
    return ('from %s (%s [%s])\r\n\tby mx.example.net (Postfix) with %s id %s\r\n\tfor <%s>; %s'
            % (helo, rdns, det['ip'], 'ESMTPS' if det.get('tls') else 'ESMTP', core.queue_id(), rcpt,
               core.rfc2822(arrival, 0, 'UTC')))


# ------------------------------------------------------------------ list wrapper
def list_wrap(spec, rendered):
    L = spec['list']
    lst = L['addr']
    ldom = lst.split('@')[1]
    hd = rendered['headers']
    kind = L['kind']
    # subject prefix
    for i, (k, v) in enumerate(hd):
        if k == 'Subject' and L.get('prefix'):
            hd[i] = (k, '[%s] %s' % (L['prefix'], v))
    # footer
    if kind == 'google':
        footer = ('-- \nYou received this message because you are subscribed to the Google Groups "%s" group.\n'
                  'To unsubscribe from this group and stop receiving emails from it, send an email to %s.\n'
                  'To view this discussion visit https://groups.google.com/d/msgid/%s/%s.\n'
                  % (L['name'], lst.replace('@', '+unsubscribe@'), lst.split('@')[0], core.mixed(40)))
    else:
        footer = L.get('footer') or ('_______________________________________________\n%s mailing list -- %s\n'
                                     'To unsubscribe send an email to %s\n' % (L['name'], lst,
                                                                              lst.replace('@', '-leave@')))
    fpart = leaf('text/plain', text=footer, charset='utf-8' if not core.is_ascii(footer) else 'us-ascii',
                 cte='7bit' if core.is_ascii(footer) else 'quoted-printable',
                 extra=[('Content-Disposition', 'inline')])
    top = rendered['part']
    ct = top.header('Content-Type')
    if ct.startswith('multipart/mixed'):
        top.children.append(fpart)
    else:
        b = '===============%s==' % digits(19)
        nt = multipart('mixed', [top, fpart], b)
        nt.headers[0] = ('Content-Type', 'multipart/mixed; boundary="%s"' % b)
        rendered['part'] = nt
    orig_from = spec['from']
    extra = []
    if L.get('munge'):
        for i, (k, v) in enumerate(hd):
            if k == 'From':
                hd[i] = (k, addr('%s via %s' % (orig_from['name'] or orig_from['email'], L['name']), lst, 'utf-8', 'Q', True))
        extra.append(('Reply-To', addr(orig_from['name'], orig_from['email'], 'utf-8', 'Q')))
        hd[:] = [h for h in hd if h[0] != 'Reply-To']
    if kind == 'google':
        extra += [('X-Original-Sender', orig_from['email']),
                  ('X-Original-Authentication-Results', 'mx.google.com;\r\n       dkim=pass header.i=@%s;\r\n'
                   '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                   % (orig_from['email'].split('@')[1], orig_from['email'], core.doc_ip(), orig_from['email'])),
                  ('Precedence', 'list'),
                  ('Mailing-list', 'list %s; contact %s' % (lst, lst.replace('@', '+owners@'))),
                  ('List-ID', '<%s.googlegroups.com>' % lst.split('@')[0]),
                  ('X-Google-Group-Id', digits(12)),
                  ('List-Post', '<https://groups.google.com/group/%s/post>, <mailto:%s>' % (lst.split('@')[0], lst)),
                  ('List-Help', '<https://groups.google.com/support/>, <mailto:%s>' % lst.replace('@', '+help@')),
                  ('List-Archive', '<https://groups.google.com/group/%s/>' % lst.split('@')[0]),
                  ('List-Unsubscribe', '<mailto:googlegroups-manage+%s+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/%s/subscribe>'
                   % (digits(12), lst.split('@')[0]))]
    else:
        lid = L.get('id') or lst.replace('@', '.')
        extra += [('X-BeenThere', lst),
                  ('X-Mailman-Version', pick(['2.1.29', '2.1.39', '3.3.8', '3.3.9'])),
                  ('Precedence', 'list'),
                  ('List-Id', '%s <%s>' % (L['name'], lid) if core.is_ascii(L['name']) else '<%s>' % lid),
                  ('List-Unsubscribe', '<https://%s/mailman/options/%s>,\r\n <mailto:%s?subject=unsubscribe>'
                   % (ldom, lst.split('@')[0], lst.replace('@', '-request@'))),
                  ('List-Archive', '<https://%s/pipermail/%s/>' % (ldom, lst.split('@')[0])),
                  ('List-Post', '<mailto:%s>' % lst),
                  ('List-Help', '<mailto:%s?subject=help>' % lst.replace('@', '-request@')),
                  ('List-Subscribe', '<https://%s/mailman/listinfo/%s>,\r\n <mailto:%s?subject=subscribe>'
                   % (ldom, lst.split('@')[0], lst.replace('@', '-request@'))),
                  ('Errors-To', lst.replace('@', '-bounces+%s=%s@' % tuple(spec['recipient']['email'].split('@')))),
                  ('Sender', '"%s" <%s>' % (L['name'] if core.is_ascii(L['name']) else lst.split('@')[0], lst.replace('@', '-bounces@')))]
    rendered['list_headers'] = extra


def list_infra(spec):
    L = spec['list']
    lst = L['addr']
    ldom = lst.split('@')[1]
    ip = core.doc_ip()
    sent = spec['date'] + dt.timedelta(seconds=core.rng.randint(5, 400))
    if L['kind'] == 'google':
        host = 'mail-%s-f%d.google.com' % (pick(['qv1', 'yb1', 'oo1', 'vk1']), core.rng.randint(50, 200))
        mf = '%s+bnc%s@googlegroups.com' % (lst.split('@')[0], core.mixed(40))
        R = ['by %s with SMTP id %s for <%s>; %s' % (host, core.mixed(20), spec['recipient']['email'], core.rfc2822(sent, -7 * 60))]
        return dict(helo=host, rdns=host, ip=ip, mailfrom=mf, spf='pass', dkims=[('googlegroups.com', '20230601', True)],
                    recv=R, x=[], tls=True), sent
    host = pick(['lists', 'mail', 'mailman', 'mx']) + '.' + core.org_domain(ldom)
    mf = lst.replace('@', '-bounces+%s=%s@' % tuple(spec['recipient']['email'].split('@')))
    R = ['from %s (localhost [IPv6:::1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s'
         % (host, host, core.queue_id(), core.rfc2822(sent, 0))]
    dk = [(core.org_domain(ldom), 'lists', True)] if chance(0.4) else []
    return dict(helo=host, rdns=host, ip=ip, mailfrom=mf, spf='pass', dkims=dk, recv=R, x=[], tls=True), sent


# ------------------------------------------------------------------ forward wrapper
def forward_wrap(spec, inner_bytes, inner_rendered, inner_spec):
    """Return rendered dict for a forwarding message (outer) around an inner message."""
    fw = spec['forward']
    lang = spec['lang']
    bb = i18n.b(lang)
    cl = spec['client']
    note = fw.get('note') or ''
    fn, fe = spec['from']['name'], spec['from']['email']
    isub = inner_spec.get('_subject_plain') or inner_spec['summary']
    pre = 'Fwd: ' if cl in ('google', 'thunderbird', 'applemail', 'icloud', 'yahoo') else (
        pick(['FW: ', 'WG: ', 'TR: ', 'RV: ', 'I: ', 'Doorst: ', 'PD: ', 'FW: ']) if lang != 'en' else 'FW: ')
    subj = pre + isub
    hl = 'utf-8'
    mode = fw.get('mode') or ('attach' if cl in ('thunderbird',) else 'inline')
    if mode == 'attach':
        b = '------------' + core.mixed(24)
        p_note = leaf(None, text=note or '\n', charset='UTF-8', cte='8bit' if not core.is_ascii(note) else '7bit',
                      ctype_raw='text/plain; charset=UTF-8; format=flowed')
        p_msg = Part([('Content-Type', 'message/rfc822; name="%s.eml"' % (isub[:40].replace('"', '') if core.is_ascii(isub) else 'ForwardedMessage')),
                      ('Content-Disposition', 'attachment; filename="%s.eml"' % (isub[:40].replace('"', '') if core.is_ascii(isub) else 'ForwardedMessage'))],
                     inner_bytes if inner_bytes.endswith(b'\r\n') else inner_bytes + b'\r\n')
        top = multipart('mixed', [p_note, p_msg], b)
        top.headers[0] = ('Content-Type', 'multipart/mixed; boundary="%s"' % b)
    else:
        ifrom = inner_spec['from']
        hdr = '\n'.join(['---------- %s ---------' % bb['fwd'],
                         'From: %s <%s>' % (ifrom['name'], ifrom['email']),
                         'Date: %s' % core.rfc2822(inner_spec['date'], 0),
                         'Subject: %s' % isub,
                         'To: %s' % ', '.join(e for _, e in inner_spec['to'][:5])])
        itext = inner_spec.get('_plain_for_forward') or inner_spec.get('description') or ''
        text = (note + '\n\n' if note else '') + hdr + '\n\n' + itext
        html = '<div dir="ltr">%s<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div><br>%s</div></div>' % (
            clients.nl2br(note), clients.nl2br(hdr), clients.linkify(itext))
        cal = inner_spec['_cal_text']
        b1 = '000000000000' + hexs(14) if cl == 'google' else '_%s_' % uuid4()
        b2 = '000000000000' + hexs(14) if cl == 'google' else '_%s_' % uuid4()
        p_t = leaf('text/plain', text=text, charset='UTF-8', cte='quoted-printable' if not core.is_ascii(text) else '7bit')
        p_h = leaf('text/html', text=html, charset='UTF-8', cte='quoted-printable')
        alt = multipart('alternative', [p_t, p_h], b2)
        alt.headers[0] = ('Content-Type', 'multipart/alternative; boundary="%s"' % b2)
        att = clients.attach_ics(inner_spec, cal, 'invite.ics', 'application/ics')
        top = multipart('mixed', [alt, att], b1)
        top.headers[0] = ('Content-Type', 'multipart/mixed; boundary="%s"' % b1)
    dom = fe.split('@')[1]
    if cl == 'google':
        mid = '<CA%s@mail.gmail.com>' % core.mixed(50)
    elif cl == 'outlook':
        h, fq = clients.exch_host()
        mid = '<%s%s@%s>' % (h, hexs(24, True), fq)
    else:
        mid = '<%s@%s>' % (uuid4(), dom)
    hd = [('From', addr(fn, fe, hl, 'B')),
          ('Date', core.rfc2822(spec['date'], spec.get('sender_off', 0))),
          ('Message-ID', mid),
          ('Subject', hdr_text(subj, hl, 'B')),
          ('To', clients.to_header(spec)),
          ('MIME-Version', '1.0')]
    if cl == 'thunderbird':
        hd.append(('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.%d.0' % core.rng.randint(1, 15)))
    elif cl == 'applemail':
        hd.append(('X-Mailer', 'Apple Mail (2.3774.%d00.%d)' % (core.rng.randint(1, 6), core.rng.randint(10, 99))))
    elif cl == 'outlook':
        hd += [('Thread-Topic', hdr_text(isub, hl, 'B')), ('Thread-Index', clients.thread_index()),
               ('Content-Language', i18n.LOCALE.get(lang, 'en-US')), ('X-MS-Has-Attach', 'yes'), ('X-MS-TNEF-Correlator', '')]
    infra = {'google': 'gmailweb', 'outlook': 'microsoft', 'icloud': 'icloud', 'yahoo': 'yahoo'}.get(cl, 'selfhost')
    if spec.get('auth') in ('spoof', 'vps_own'):
        infra = 'vps'
    return dict(headers=hd, part=top, infra=infra)


# ------------------------------------------------------------------ final assembly
def finalize(spec, rendered):
    rcpt = spec['recipient']['email']
    delivered = spec.get('delivered_to') or rcpt
    infra = rendered['infra']
    if spec.get('auth') in ('spoof', 'vps_own', 'vps_signed'):
        infra = 'vps'
    if infra == 'gmailweb':
        det = infra_details(dict(spec, client='thunderbird'), 'selfhost')
        host = 'mail-%s-f%d.google.com' % (pick(['ej1', 'wm1', 'lf1', 'qk1']), core.rng.randint(41, 200))
        y = spec['arrival'].year
        det.update(helo=host, rdns=host, mailfrom=spec['from']['email'], spf='pass',
                   dkims=[(spec['from']['email'].split('@')[1], gsel(y), True)],
                   recv=['by %s with SMTP id %s for <%s>; %s' % (host, core.mixed(20), rcpt, core.rfc2822(spec['date'], -7 * 60))],
                   x=[('X-Gm-Message-State', core.b64rand(60)), ('X-Google-Smtp-Source', core.b64rand(60).rstrip('='))])
    else:
        if infra == 'microsoft' and rendered.get('exch'):
            spec['_exch'] = rendered['exch']
        det = infra_details(spec, infra)
    if spec.get('auth') == 'vps_own':
        DMARC[core.org_domain(spec['from']['email'].split('@')[1])] = None
    elif spec.get('auth') == 'vps_signed':
        DMARC.setdefault(core.org_domain(spec['from']['email'].split('@')[1]), pick([None, ('NONE', 'NONE')]))
    if spec.get('spf_override'):
        det['spf'] = spec['spf_override']
    from_dom = spec['from']['email'].split('@')[1]
    hnames = [k for k, _ in rendered['headers'] if k.lower() in ('from', 'to', 'subject', 'date', 'message-id', 'reply-to',
                                                                 'mime-version', 'content-type', 'sender', 'cc', 'references')]
    hnames.append('Content-Type')
    t = int(spec['date'].timestamp())
    dkh, dres = dkim_headers_for(hnames, det['dkims'], t)
    list_headers = []
    arrival = spec['arrival']
    recv = list(det['recv'])
    if spec.get('list'):
        # the original sender's signatures are now broken by the list's changes
        dres = [('fail', d, s, b) for _, d, s, b in dres]
        ldet, lsent = list_infra(spec)
        ldkh, ldres = dkim_headers_for(['From', 'To', 'Subject', 'Date', 'List-Id', 'Message-ID'], ldet['dkims'], int(lsent.timestamp()))
        orig_recv = ['from %s (%s [%s])\r\n\tby %s (Postfix) with %s id %s\r\n\tfor <%s>; %s'
                     % (det['helo'], det['rdns'], det['ip'], ldet['helo'], 'ESMTPS', core.queue_id(), spec['list']['addr'],
                        core.rfc2822(lsent - dt.timedelta(seconds=3), 0))]
        recv = ldet['recv'] + orig_recv + recv
        mailfrom = ldet['mailfrom']
        spf = ldet['spf']
        mxdet = ldet
        dkh = ldkh + dkh
        dres = ldres + dres
        list_headers = rendered.get('list_headers', [])
        hfrom = from_dom
        for k, v in rendered['headers']:
            if k == 'From' and spec['list']['addr'] in v:
                hfrom = spec['list']['addr'].split('@')[1]
        if spec['list']['kind'] == 'google':
            spf_dom = 'googlegroups.com'
        ar = core.auth_results(dres, spf, mailfrom, mxdet['ip'], hfrom, dmarc_policy(hfrom))
    else:
        mxdet = det
        mailfrom = det['mailfrom']
        ar = core.auth_results(dres, det['spf'], mailfrom, det['ip'], from_dom, dmarc_policy(from_dom),
                               spf_domain=None if mailfrom else det['helo'].strip('[]'))
    top = [('Return-Path', '<%s>' % mailfrom),
           ('Delivered-To', delivered),
           ('Authentication-Results', ar),
           ('Received', mx_received(mxdet, rcpt, arrival))]
    top += [('Received', r) for r in recv]
    if spec.get('list') and spec['list']['kind'] == 'google':
        top += [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\r\n        d=google.com; s=arc-20240605;\r\n        b=%s' % (t, core.b64rand(120))),
                ('ARC-Authentication-Results', 'i=1; gmr-mx.google.com;\r\n       dkim=pass header.i=@%s;\r\n       spf=pass smtp.mailfrom=%s' % (from_dom, spec['from']['email']))]
    top += dkh
    top += det.get('x', [])
    if spec.get('fake_ar'):
        top.append(('Authentication-Results', 'mx.google.com;\r\n       dkim=pass header.i=@%s header.s=google;\r\n'
                    '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\r\n'
                    '       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=%s'
                    % (from_dom, spec['from']['email'], core.doc_ip(), spec['from']['email'], from_dom)))
    if spec.get('fake_received'):
        top.append(('Received', spec['fake_received']))
    headers = top + rendered['headers'] + list_headers + det.get('x_after', [])
    headers = [(k, v) for k, v in headers]
    return core.message_bytes(headers, rendered['part'])
