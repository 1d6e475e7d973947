# -*- coding: utf-8 -*-
"""Sending infrastructure: envelope, relays, DKIM signatures and the receiving MX's verdicts."""
import datetime as dt

from . import i18n
from . import world
from .util import rfc2822, UTC

FREE_BY_CLIENT = {
    'google': ['gmail.com'] * 6 + ['googlemail.com'],
    'exchange': ['outlook.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com'],
    'outlook': ['outlook.com', 'hotmail.com', 'live.com'],
    'icloud': ['icloud.com', 'icloud.com', 'me.com', 'mac.com'],
    'yahoo': ['yahoo.com'],
}
YAHOO_LOCAL = {'ja': 'yahoo.co.jp', 'zh-TW': 'yahoo.com.tw', 'fr': 'yahoo.fr', 'de': 'yahoo.de', 'es': 'yahoo.es',
               'it': 'yahoo.it', 'el': 'yahoo.gr', 'hi': 'yahoo.co.in', 'th': 'yahoo.co.th', 'pt': 'yahoo.com.br'}
ISP_HOSTED = {'zimbra': ['mail-isp.example', 'posta-net.example', 'kabelmail.example', 'uni-mail.example'],
              'sogo': ['webmail-verein.example', 'campusmail.example', 'mailhost24.example'],
              'nextcloud': ['cloud-privat.example', 'mycloud-hosting.example', 'familycloud.example']}

DMARC_POL = ['p=REJECT sp=REJECT dis=NONE', 'p=QUARANTINE sp=QUARANTINE dis=NONE', 'p=NONE sp=NONE dis=NONE']
KNOWN_POL = {'gmail.com': 0, 'googlemail.com': 1, 'google.com': 0, 'outlook.com': 2, 'hotmail.com': 2, 'live.com': 2,
             'msn.com': 2, 'yahoo.com': 0, 'icloud.com': 1, 'me.com': 1, 'mac.com': 1, 'email.apple.com': 1,
             'zoom.us': 0, 'aol.com': 0}


def google_sel(year):
    return '20161025' if year < 2021 else '20210112' if year < 2023 else '20230601'


def qid(rng):
    return rng.pick(['4', '4T', '4W', '4Z', '4V', '4X', '4Y', '4Q']) + rng.alnum(rng.randint(8, 11), 'ABCDEFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789')


class Sender:
    def __init__(self):
        self.envelope = ''
        self.mx_helo = ''
        self.mx_rdns = None
        self.ip = ''
        self.relays = []       # sender-side Received header values, newest first
        self.dkim = []         # (domain, selector, result, b_value)
        self.sign = []         # DKIM-Signature header values (already formatted)
        self.spf = 'pass'
        self.dmarc = 'pass'
        self.pol = None
        self.from_domain = ''
        self.extra = []        # other transport headers (ARC, X-...)


def dkim_sig(rng, S, d, s, t, style='generic', hdrs=None, result='pass'):
    b = rng.b64(256)
    bh = rng.b64(32)
    ts = int(t.timestamp())
    if style == 'google':
        v = ('v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=%s; s=%s; t=%d; x=%d; darn=%s;\r\n'
             '        h=%s;\r\n        bh=%s;\r\n        b=%s') % (
            d, s, ts, ts + 604800, S.darn, hdrs or 'to:from:subject:date:message-id:reply-to:sender:mime-version\r\n         :from:to:cc:subject:date:message-id:reply-to',
            bh, '\r\n         '.join(b[i:i + 70] for i in range(0, len(b), 70)))
    elif style == 'ms':
        v = ('v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\r\n s=%s;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\r\n'
             ' bh=%s;\r\n b=%s') % (d, s, bh, '\r\n '.join(b[i:i + 76] for i in range(0, len(b), 76)))
    else:
        v = ('v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\r\n\ts=%s; t=%d;\r\n\th=%s;\r\n\tbh=%s;\r\n\tb=%s') % (
            d, s, ts, hdrs or 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', bh,
            '\r\n\t '.join(b[i:i + 68] for i in range(0, len(b), 68)))
    S.sign.append(v)
    S.dkim.append((d, s, result, b[:8]))


def received(frm, by, with_, id_, t, for_=None, tz=None, tzcomment=None, extra=None):
    s = 'from %s\r\n\tby %s with %s id %s' % (frm, by, with_, id_) if frm else 'by %s with %s id %s' % (by, with_, id_)
    if extra:
        s = s.replace('\r\n\tby', '\r\n\t' + extra + '\r\n\tby', 1)
    if for_:
        s += '\r\n\tfor <%s>' % for_
    s += '; ' + rfc2822(t, tz)
    if tzcomment:
        s += ' (%s)' % tzcomment
    return s


def make_sender(ctx, infra, from_addr, t_sent):
    """t_sent: aware UTC time the message left the sender's system."""
    rng = ctx.rng
    S = Sender()
    dom = from_addr.split('@')[1].lower()
    S.from_domain = dom
    S.darn = ctx.rcpt['domain']
    year = t_sent.year
    rc = ctx.rcpt['addr']
    ip = rng.ip(v6=rng.chance(0.12))
    S.ip = ip
    ipfmt = ('IPv6:' + ip) if ':' in ip else ip
    polidx = KNOWN_POL.get(dom, rng.pick([0, 1, 1, 2, 2]))
    S.pol = DMARC_POL[polidx]

    if infra == 'google_cal':
        n = rng.randint(41, 99)
        host = 'mail-sor-f%d.google.com' % n
        S.mx_helo = S.mx_rdns = host
        S.envelope = '3%s-%s@calendar-server.bounces.google.com' % (rng.alnum(12), rng.alnum(18).lower())
        S.relays.append('by %s with SMTP id %s\r\n        for <%s>\r\n        (Google Transport Security);\r\n        %s (%s)' % (
            host, rng.alnum(10).lower() + rng.digits(8) + '.' + str(rng.randint(1, 9)), rc,
            rfc2822(t_sent, 'America/Los_Angeles'),
            'PDT' if rfc2822(t_sent, 'America/Los_Angeles').endswith('-0700') else 'PST'))
        dkim_sig(rng, S, 'google.com', google_sel(year), t_sent, 'google')
        if dom not in ('gmail.com', 'googlemail.com'):
            dkim_sig(rng, S, dom, 'google', t_sent, 'google')
        else:
            dkim_sig(rng, S, 'gmail.com', google_sel(year), t_sent, 'google')
        S.extra += [('X-Google-Smtp-Source', rng.b64(60)[:78]),
                    ('X-Received', 'by 2002:a05:%s with SMTP id %s;\r\n        %s (%s)' % (
                        rng.hexs(4), rng.alnum(8).lower() + rng.digits(6), rfc2822(t_sent, 'America/Los_Angeles'),
                        'PDT' if rfc2822(t_sent, 'America/Los_Angeles').endswith('-0700') else 'PST'))]
        S.spf_domain = 'calendar-server.bounces.google.com'
    elif infra == 'gmail_smtp':
        host = 'mail-%s.google.com' % rng.pick(['wr1-f%d' % rng.randint(41, 70), 'ej1-f%d' % rng.randint(41, 70),
                                                 'pl1-f%d' % rng.randint(170, 199), 'lf1-f%d' % rng.randint(41, 60)])
        S.mx_helo = S.mx_rdns = host
        S.envelope = from_addr
        S.relays.append(received('[192.168.%d.%d] (%s [%s])' % (rng.randint(0, 2), rng.randint(2, 200),
                                 rng.pick(['p5b0c%s.dip0.t-ipconnect.de', 'host-%s.customer.example', 'cpe-%s.res.example']) % rng.hexs(4),
                                 rng.ip()), 'smtp.gmail.com', 'ESMTPSA', rng.alnum(24).lower() + '.' + str(rng.randint(1, 9)),
                                 t_sent, rc, 'America/Los_Angeles',
                                 'PDT' if rfc2822(t_sent, 'America/Los_Angeles').endswith('-0700') else 'PST',
                                 extra='(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);'))
        dkim_sig(rng, S, dom, google_sel(year), t_sent, 'google')
    elif infra == 'm365':
        region = rng.pick([('EUR', 'eurprd0%d' % rng.randint(1, 9), 'eur0%d' % rng.randint(1, 6)),
                           ('NAM', 'namprd%02d' % rng.randint(1, 22), 'nam%02d' % rng.randint(1, 12)),
                           ('APC', 'apcprd0%d' % rng.randint(1, 6), 'apc0%d' % rng.randint(1, 2))])
        r0, prd, on = region
        srv = '%s%dPR%02dMB%04d' % (rng.pick(['AM', 'DB', 'VI', 'PA', 'BN', 'CH', 'SJ', 'TY', 'SG', 'MW']),
                                     rng.randint(0, 9), rng.randint(1, 20), rng.randint(1000, 9999))
        host = 'mail-%son%s%s.outbound.protection.outlook.com' % (rng.pick(['am6', 'db8', 'vi1', 'bn8', 'dm6', 'sn1', 'ty2']),
                                                                 on.replace('eur', 'eur').replace('nam', 'nam'),
                                                                 '2%03d' % rng.randint(40, 199))
        helo = '%s-%s-obe.outbound.protection.outlook.com' % (r0 + '0' + str(rng.randint(1, 5)),
                                                             rng.pick(['AM6', 'DB8', 'VI1', 'BN8', 'DM6', 'TY2']))
        S.mx_helo, S.mx_rdns = helo, host
        S.envelope = from_addr
        S.srv = srv + '.' + prd + '.prod.outlook.com'
        ver = '15.20.%d.%03d' % (rng.randint(1200, 8800), rng.randint(1, 60))
        S.relays.append(received('%s\r\n ([fe80::%s:%s:%s:%s])' % (S.srv, rng.hexs(4), rng.hexs(4), rng.hexs(4), rng.hexs(4)),
                                 '%s\r\n ([fe80::%s:%s:%s:%s%%%d])' % (S.srv, rng.hexs(4), rng.hexs(4), rng.hexs(4), rng.hexs(4), rng.randint(3, 7)),
                                 'mapi', ver, t_sent - dt.timedelta(seconds=1), None, None).replace('\r\n\tby', '\r\n by').replace(' id ', ' id\r\n '))
        sel = rng.pick(['selector1', 'selector2'])
        if dom in ('outlook.com', 'hotmail.com', 'live.com', 'msn.com'):
            dkim_sig(rng, S, dom, sel, t_sent, 'ms')
        else:
            ddom = dom if rng.chance(0.8) else dom.split('.')[0].replace('-', '') + '.onmicrosoft.com'
            dkim_sig(rng, S, ddom, sel + ('-' + dom.replace('.', '-') + '0i' if ddom.endswith('onmicrosoft.com') else ''), t_sent, 'ms')
        S.extra += [('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=' + rng.b64(180)[:70]),
                    ('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\r\n dkim=pass\r\n header.d=%s; arc=none' % (dom, dom, dom))]
    elif infra in ('onprem_exch', 'postfix', 'zimbra', 'sogo', 'nextcloud'):
        mhost = rng.pick(['mail', 'mx01', 'smtp', 'mailout', 'relay', 'mail2']) + '.' + dom
        S.mx_helo = S.mx_rdns = mhost
        S.envelope = from_addr
        if infra == 'onprem_exch':
            ex = rng.pick(['EXCH01', 'EX2019-01', 'MBX02', 'SRV-EXC', 'EXCHANGE']) + '.' + rng.pick(['corp.', 'ad.', 'int.', '']) + dom
            S.relays.append(received('%s (10.%d.%d.%d)' % (ex, rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 250)),
                                     mhost + ' (10.%d.%d.%d)' % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 250)),
                                     'Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)',
                                     '15.%d.%d.%d' % (rng.choice([1, 2]), rng.randint(1000, 2600), rng.randint(1, 40)),
                                     t_sent, None, ctx.sender_tz).replace('\r\n\tby', '\r\n by').replace('\r\n\t', '\r\n '))
            dkim_sig(rng, S, dom, rng.pick(['mail', 'dkim', 'default', 's1', 'key1']), t_sent)
        elif infra == 'zimbra':
            S.relays.append(received('localhost (localhost [127.0.0.1])', mhost + ' (Postfix)', 'ESMTP', qid(rng),
                                     t_sent, None, ctx.sender_tz, ctx.sender_tzname))
            S.relays.append(received('%s (%s [127.0.0.1])' % (mhost, mhost), 'localhost (%s [127.0.0.1]) (amavis, port 10032)' % mhost,
                                     'ESMTP', rng.alnum(12), t_sent, None, ctx.sender_tz, ctx.sender_tzname))
            dkim_sig(rng, S, dom, rng.pick(['%s' % rng.uuid(True)[:36], 'zimbra', 'default']), t_sent)
        else:
            who = '(Authenticated sender: %s)' % from_addr.split('@')[0] if rng.chance(0.6) else None
            src = 'localhost (localhost [127.0.0.1])' if infra in ('sogo', 'nextcloud') else \
                '[192.168.%d.%d] (unknown [%s])' % (rng.randint(0, 9), rng.randint(2, 250), rng.ip())
            S.relays.append(received(src, mhost + ' (Postfix)', 'ESMTPSA' if who else 'ESMTP', qid(rng),
                                     t_sent, None, ctx.sender_tz, ctx.sender_tzname, extra=who))
            if rng.chance(0.85):
                dkim_sig(rng, S, dom, rng.pick(['mail', 'default', 'dkim', '202%d' % rng.randint(0, 5), 's1']), t_sent)
    elif infra == 'icloud_web':
        host = 'rn%d-txn-msbadger%05d.apple.com' % (rng.randint(1, 3), rng.randint(1000, 9999))
        S.mx_helo = S.mx_rdns = host
        S.envelope = 'noreply@email.apple.com'
        dkim_sig(rng, S, 'email.apple.com', 'email0517', t_sent)
        ih = 'rn%d-msbadger%05d.apple.com' % (rng.randint(1, 3), rng.randint(1000, 9999))
        S.relays.append(received('%s (%s [%s])' % (ih, ih, rng.ip()), host, 'ESMTPS', rng.alnum(14).upper(), t_sent, rc))
    elif infra == 'icloud_mail':
        host = 'st43p00im-%s.me.com' % rng.pick(['ztfb%08d' % rng.randint(10000000, 99999999), 'zteg%08d' % rng.randint(10000000, 99999999)])
        S.mx_helo = S.mx_rdns = host
        S.envelope = from_addr
        S.relays.append(received('smtpclient.apple (%s [%s])' % (rng.pick(['unknown', 'cpe-host.example']), rng.ip()),
                                 host + ' (Postfix)', 'ESMTPSA', qid(rng), t_sent, None, None))
        dkim_sig(rng, S, 'icloud.com' if dom in ('icloud.com', 'me.com', 'mac.com') else dom, '1a1hai', t_sent)
    elif infra == 'yahoo':
        host = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (rng.randint(300, 330), rng.randint(1, 50), rng.pick(['gq1', 'ne1', 'bf2', 'ir2']))
        S.mx_helo = S.mx_rdns = host
        S.envelope = from_addr
        S.relays.append('from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s' % (host, rfc2822(t_sent)))
        dkim_sig(rng, S, dom if dom.startswith('yahoo') else 'yahoo.com', 's2048' if year > 2017 else 's1024', t_sent)
        S.extra.append(('X-YMail-OSG', rng.alnum(60)))
        S.extra.append(('X-Sonic-MF', '<%s>' % from_addr))
    elif infra == 'zoom':
        host = 'o%d.email.zoom.us' % rng.randint(1, 30)
        S.mx_helo = S.mx_rdns = host
        S.envelope = 'bounces+%d-%s-%s=%s@em%d.zoom.us' % (rng.randint(100000, 9999999), rng.hexs(4), rc.split('@')[0],
                                                           rc.split('@')[1], rng.randint(1000, 9999))
        S.spf_domain = 'em.zoom.us'
        dkim_sig(rng, S, 'zoom.us', 's1', t_sent)
        dkim_sig(rng, S, 'sendgrid.info', 'smtpapi', t_sent)
        S.relays.append(received(None, 'filterdrecv-%s-%s' % (rng.hexs(10), rng.hexs(5)), 'SMTP', 'filterdrecv-%s.%d' % (rng.hexs(6), rng.randint(1, 40)), t_sent, None))
    elif infra == 'esp':
        esp = rng.pick(['sendgrid', 'ses', 'mailgun', 'sparkpost', 'postmark', 'mandrill'])
        S.esp = esp
        if esp == 'sendgrid':
            host = 'o%d.ptr%d.%s' % (rng.randint(1, 20), rng.randint(1000, 9999), rng.pick(['em.' + dom, 'mail.' + dom, dom]))
            S.envelope = 'bounces+%d-%s-%s=%s@em%d.%s' % (rng.randint(100000, 9999999), rng.hexs(4), rc.split('@')[0], rc.split('@')[1], rng.randint(100, 9999), dom)
            dkim_sig(rng, S, dom, 's1', t_sent)
            dkim_sig(rng, S, 'sendgrid.info', 'smtpapi', t_sent)
        elif esp == 'ses':
            host = 'a%d-%d.smtp-out.%s.amazonses.com' % (rng.randint(8, 99), rng.randint(1, 250), rng.pick(['eu-west-1', 'us-east-2', 'ap-northeast-1', 'us-west-2']))
            S.envelope = '0102018%s-%s-%s-000000@%s' % (rng.hexs(13), rng.uuid(), rng.hexs(6), rng.pick(['amazonses.com', 'eu-west-1.amazonses.com', 'bounce.' + dom]))
            dkim_sig(rng, S, dom, rng.alnum(32).lower(), t_sent)
            dkim_sig(rng, S, 'amazonses.com', rng.alnum(32).lower(), t_sent)
        elif esp == 'mailgun':
            host = 'm%d-%d.mailgun.net' % (rng.randint(40, 250), rng.randint(1, 250))
            S.envelope = 'bounce+%s.%s-%s=%s@%s' % (rng.hexs(6), rng.hexs(6), rc.split('@')[0], rc.split('@')[1], 'mg.' + dom)
            dkim_sig(rng, S, 'mg.' + dom if rng.chance(0.4) else dom, rng.pick(['mx', 'k1', 'smtp', 'pic']), t_sent)
        elif esp == 'sparkpost':
            host = 'mta-%d-%d.sparkpostmail.com' % (rng.randint(1, 200), rng.randint(1, 200))
            S.envelope = 'msprvs1=%s=bounces-%d@%s' % (rng.alnum(15), rng.randint(100000, 999999), 'spmta.' + dom)
            dkim_sig(rng, S, dom, 'scph%04d' % rng.randint(100, 1224), t_sent)
        elif esp == 'postmark':
            host = 'sc-ord-mta%d.mtasv.net' % rng.randint(100, 130)
            S.envelope = 'pm_bounces@pm-bounces.' + dom
            dkim_sig(rng, S, dom, '20%d%02d%02d%02d%02d%02dpm' % (rng.randint(16, 24), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)), t_sent)
        else:
            host = 'mail%d.%s.mandrillapp.com' % (rng.randint(1, 200), rng.pick(['wdc01', 'atl31', 'sea91']))
            S.envelope = 'bounce-md_%d.%s.v1-%s@mandrillapp.com' % (rng.randint(10000000, 99999999), rng.hexs(8), rng.hexs(32))
            dkim_sig(rng, S, dom, 'mte1', t_sent)
            dkim_sig(rng, S, 'mandrillapp.com', 'mandrill', t_sent)
        S.mx_helo = S.mx_rdns = host
    elif infra in ('vps', 'vps_spoof'):
        prov = rng.pick(['vps-%s.vps.ovh.net' % rng.hexs(8), 'static.%s.clients.your-server.de' % ip.replace('.', '-').replace(':', '-'),
                         'vmi%d.contaboserver.net' % rng.randint(100000, 2999999), '%s.host.secureserver.net' % ip.split('.')[-1],
                         'li%d-%d.members.linode.com' % (rng.randint(100, 2000), rng.randint(1, 250)),
                         'ec2-%s.compute-1.amazonaws.com' % ip.replace('.', '-').replace(':', '-'),
                         'server%d.%s' % (rng.randint(1, 999), rng.pick(['hostwindsdns.com', 'colocrossing.com', 'hostinger.example']))])
        helo = rng.pick(['mail.' + dom, prov, 'localhost', 'WIN-%s' % rng.alnum(11).upper(), dom, 'ubuntu'])
        S.mx_helo = helo
        S.mx_rdns = prov if rng.chance(0.7) else None
        S.envelope = from_addr if infra == 'vps' or rng.chance(0.4) else \
            '%s@%s' % (rng.pick(['info', 'bounce', 'noreply', 'mailer', 'admin', 'www-data', 'root']), rng.pick([prov, 'mail.' + world.throwaway_domain(rng)]))
        if rng.chance(0.5):
            S.relays.append(received('%s (localhost [127.0.0.1])' % rng.pick(['localhost', 'ip6-localhost', '[127.0.0.1]']), helo + ' (Postfix)', 'ESMTPA' if rng.chance(0.5) else 'ESMTP', qid(rng), t_sent, None))
        if infra == 'vps' and rng.chance(0.6):
            dkim_sig(rng, S, dom, rng.pick(['default', 'mail', 'x', 'dkim', 's1']), t_sent)
    S.infra = infra
    if not hasattr(S, 'spf_domain'):
        S.spf_domain = S.envelope.split('@')[-1]
    return S


def authres(ctx, S, header_from_dom):
    rng = ctx.rng
    parts = []
    infra = S.infra
    if not S.dkim:
        parts.append('dkim=none (message not signed)')
    for d, s, res, b in S.dkim:
        if res == 'pass':
            parts.append('dkim=pass header.d=%s header.s=%s header.b=%s' % (d, s, b))
        else:
            parts.append('dkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s' % (d, s, b))
    env = S.envelope
    envdom = env.split('@')[-1]
    if infra == 'vps_spoof':
        spf = rng.pick(['fail', 'softfail', 'none', 'softfail', 'neutral'])
    else:
        spf = S.spf
    if spf == 'pass':
        parts.append('spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (env, S.ip, env))
    elif spf == 'fail':
        parts.append('spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (env, S.ip, env))
    elif spf == 'softfail':
        parts.append('spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (env, S.ip, env))
    elif spf == 'neutral':
        parts.append('spf=neutral (mx.example.net: %s is neither permitted nor denied by best guess record for domain of %s) smtp.mailfrom=%s' % (S.ip, env, env))
    else:
        parts.append('spf=none (mx.example.net: domain of %s does not designate permitted sender hosts) smtp.mailfrom=%s' % (env, env))
    # DMARC
    def aligned(d):
        return d == header_from_dom or d.endswith('.' + header_from_dom) or header_from_dom.endswith('.' + d)
    ok = any(res == 'pass' and aligned(d) for d, s, res, b in S.dkim) or (spf == 'pass' and aligned(envdom))
    if getattr(S, 'no_dmarc', False):
        parts.append('dmarc=none header.from=%s' % header_from_dom)
    elif ok:
        parts.append('dmarc=pass (%s) header.from=%s' % (S.pol, header_from_dom))
    else:
        pol = S.pol
        if 'REJECT' in pol and infra == 'vps_spoof':
            pol = pol.replace('dis=NONE', 'dis=REJECT')
        elif 'QUARANTINE' in pol:
            pol = pol.replace('dis=NONE', 'dis=QUARANTINE')
        parts.append('dmarc=fail (%s) header.from=%s' % (pol, header_from_dom))
    return 'mx.example.net;\r\n\t' + ';\r\n\t'.join(parts)


def transport_headers(ctx, S, header_from_dom, t_arr):
    rng = ctx.rng
    rc = ctx.rcpt['addr']
    H = [('Return-Path', '<%s>' % S.envelope), ('Delivered-To', rc),
         ('Authentication-Results', authres(ctx, S, header_from_dom))]
    rd = S.mx_rdns or 'unknown'
    ipfmt = ('IPv6:' + S.ip) if ':' in S.ip else S.ip
    tls = 'ESMTPS' if S.infra not in ('vps_spoof',) or rng.chance(0.5) else 'ESMTP'
    H.append(('Received', 'from %s (%s [%s])\r\n\tby mx.example.net (Postfix) with %s id %s\r\n\tfor <%s>; %s (UTC)' % (
        S.mx_helo, rd, ipfmt, tls, qid(rng), rc, rfc2822(t_arr))))
    for r in S.relays:
        H.append(('Received', r))
    for k, v in S.extra:
        if k.startswith('ARC'):
            H.append((k, v))
    for v in S.sign:
        H.append(('DKIM-Signature', v))
    for k, v in S.extra:
        if not k.startswith('ARC'):
            H.append((k, v))
    return H
