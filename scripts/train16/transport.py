# -*- coding: utf-8 -*-
"""Sender-side infrastructure, authentication results and the receiving MX's trace headers.  CC0 1.0."""
import datetime as dt
import base64
from common import (rand_hex, rand_token, doc_ip, doc_ip6, org_domain, rfc2822_date, DMARC_POLICY,
                    FREEMAIL)

MX = 'mx.example.net'
GOOGLE_FREE = set(FREEMAIL['google'])
OUTLOOK_FREE = set(FREEMAIL['outlook'])
APPLE_FREE = set(FREEMAIL['apple'])
YAHOO_FREE = set(FREEMAIL['yahoo'])


def fake_b64(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode('ascii')


def dkim_header(rng, d, s, t, hlist):
    b = fake_b64(rng, 256)
    bh = fake_b64(rng, 32)
    v = 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d;\n        h=%s;\n        bh=%s;\n        b=' % (
        d, s, t, hlist, bh)
    chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
    v += '\n         '.join(chunks)
    return ('DKIM-Signature', v), b[:8]


def policy_for(rng, domain, cache):
    if domain in DMARC_POLICY:
        return DMARC_POLICY[domain]
    if domain not in cache:
        cache[domain] = rng.choice(['REJECT', 'QUARANTINE', 'NONE', 'NONE', None])
    return cache[domain]


def pick_infra(spec):
    """decide how the message left the sender's side"""
    c = spec['client']
    kind = spec['sender_kind']
    fd = spec['from'].domain
    if c == 'google':
        return 'google'
    if c == 'zoom':
        return 'zoom'
    if c == 'list':
        return 'list'
    if kind in ('spoof', 'vps'):
        return kind
    if c == 'outlook':
        if fd in OUTLOOK_FREE:
            return 'outlookcom'
        return spec.setdefault('_o365', 'o365' if spec['_rng'].random() < 0.75 else 'exchange')
    if c == 'apple' and fd in APPLE_FREE:
        return 'icloud'
    if c == 'yahoo':
        return 'yahoo'
    if c == 'system':
        return 'esp'
    if kind == 'freemail':
        return 'freemail-smtp'
    if kind == 'company_weak':
        return 'weak'
    return 'company'


def build(spec, rng, body_hlist='from:to:subject:date:message-id'):
    """returns (top_headers list of (name,value) pre-client, extra_after list) and mutates spec"""
    spec['_rng'] = rng
    infra = pick_infra(spec)
    spec['_infra'] = infra
    arr = spec['arrival']
    rcpt = spec['rcpt'].email
    frm = spec['from']
    fd = frm.domain
    if infra == 'list' and spec['list'].get('munge'):
        fd = spec['list']['domain']
    cache = spec['_policy_cache']
    ip = doc_ip(rng)
    sent = spec['sent']  # datetime UTC when the client submitted
    t = int((sent - dt.datetime(1970, 1, 1)).total_seconds())
    dkims = []        # (d, s, result)
    sender_recv = []  # sender side Received header values, top first
    extra = []        # other transport headers inserted after DKIM
    spf = 'pass'
    mailfrom = frm.email
    helo = 'mail.' + fd
    rdns = helo
    dkim_sel = rng.choice(['default', 'mail', 's1', 'selector1', 'dkim', 'k1', 'google', 'mx'])
    yr = arr.year
    if infra == 'google':
        host = 'mail-sor-f%d.google.com' % rng.randint(41, 99)
        helo = rdns = host
        mailfrom = '%s-calendar-server@calendar-server.bounces.google.com' % rand_token(rng, 22)
        mailfrom = mailfrom.replace('-calendar-server@', '@')
        gsel = '20230601' if yr >= 2023 else ('20210112' if yr >= 2021 else '20161025')
        dkims.append(('google.com', gsel, 'pass'))
        if fd in GOOGLE_FREE:
            dkims.append((fd, gsel, 'pass'))
        elif rng.random() < 0.92:
            dkims.append((fd, 'google', 'pass'))
        sender_recv.append('by %s with SMTP id %s\n        for <%s>; %s (PDT)' % (
            host, rand_token(rng, 10).lower() + rand_hex(rng, 6) + 'sor' + str(rng.randint(1000000, 9999999)),
            rcpt, rfc2822_date(sent, -420)))
        extra.append(('X-Google-Smtp-Source', fake_b64(rng, 54)[:-2]))
        extra.append(('X-Received', 'by 2002:a17:%s::%s with SMTP id %s;\n        %s' % (
            rand_hex(rng, 3), rand_hex(rng, 3), rand_token(rng, 12).lower(), rfc2822_date(sent, -420) + ' (PDT)')))
    elif infra == 'zoom':
        host = 'zoom-mail%02d.zoom.us' % rng.randint(1, 40)
        helo = rdns = host
        mailfrom = 'bounce-%s@bounce.zoom.us' % rand_hex(rng, 16)
        dkims.append(('zoom.us', 'zoomus', 'pass'))
        sender_recv.append('from zoom-app%02d (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            rng.randint(1, 99), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254), host,
            rand_hex(rng, 10, True), rcpt, rfc2822_date(sent)))
    elif infra in ('o365', 'outlookcom'):
        region = rng.choice([('EUR05', 'AM6', 'eur05', 'eurprd05', 'AM6PR05MB'),
                             ('NAM12', 'MW2', 'nam12', 'namprd12', 'MW2PR12MB'),
                             ('NAM10', 'BN8', 'nam10', 'namprd10', 'BN8PR10MB'),
                             ('APC01', 'SG2', 'apc01', 'apcprd01', 'SG2PR01MB'),
                             ('EUR03', 'DB9', 'eur03', 'eurprd03', 'DB9PR03MB'),
                             ('JPN01', 'OS3', 'jpn01', 'jpnprd01', 'OS3PR01MB')])
        if infra == 'outlookcom':
            region = (region[0].replace('EUR', 'EUR').replace('NAM', 'NAM'),) + region[1:]
        octet = rng.randint(2010, 2199)
        helo = '%s-%s-obe.outbound.protection.outlook.com' % (region[0], region[1])
        rdns = 'mail-%s%son%d.outbound.protection.outlook.com' % (region[1].lower(), region[2], octet)
        box = region[4] + str(rng.randint(1000, 9999))
        spec['_o365box'] = box + '.' + region[3] + '.prod.outlook.com'
        sender_recv.append('from %s.%s.prod.outlook.com\n ([%s]) by %s.%s.prod.outlook.com\n ([%s%%2]) with mapi id 15.20.%d.%03d; %s' % (
            box, region[3], doc_ip6(rng), box, region[3], doc_ip6(rng), rng.randint(6000, 8999),
            rng.randint(0, 40), rfc2822_date(sent)))
        if infra == 'outlookcom':
            dkims.append((fd, 'selector1', 'pass'))
        elif rng.random() < 0.8:
            dkims.append((fd, 'selector%d' % rng.randint(1, 2), 'pass'))
        else:
            tenant = fd.split('.')[0].replace('-', '')
            dkims.append(('%s.onmicrosoft.com' % tenant, 'selector1-%s' % fd.replace('.', '-'), 'pass'))
        tid = '%s-%s-%s-%s-%s' % (rand_hex(rng, 8), rand_hex(rng, 4), rand_hex(rng, 4), rand_hex(rng, 4),
                                  rand_hex(rng, 12))
        extra += [('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' +
                   fake_b64(rng, 96)),
                  ('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none'),
                  ('X-MS-Exchange-CrossTenant-Id', tid),
                  ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
                  ('X-MS-Exchange-CrossTenant-OriginalArrivalTime', rfc2822_date(sent).replace(' +0000', '.%04d\n (UTC)' % rng.randint(0, 9999))),
                  ('X-MS-Exchange-CrossTenant-FromEntityHeader', 'Hosted'),
                  ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', box),
                  ('X-MS-PublicTrafficType', 'Email')]
    elif infra == 'exchange':
        helo = rdns = rng.choice(['mail.', 'smtp.', 'owa.', 'mx01.']) + fd
        srv = rng.choice(['EXCH01', 'EX2016-01', 'MBX02', 'EXCAS1'])
        sender_recv.append('from %s.corp.%s (10.%d.%d.%d) by %s.corp.%s\n (10.%d.%d.%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.%d.%d.%d; %s' % (
            srv, fd, rng.randint(0, 9), rng.randint(0, 255), rng.randint(1, 254), srv.replace('1', '2'), fd,
            rng.randint(0, 9), rng.randint(0, 255), rng.randint(1, 254), rng.choice([1, 2]),
            rng.randint(1000, 2600), rng.randint(1, 40), rfc2822_date(sent)))
        spec['_o365box'] = srv + '.corp.' + fd
        if rng.random() < 0.5:
            dkims.append((fd, dkim_sel, 'pass'))
    elif infra == 'icloud':
        host = 'p%02d-ob-smtp-%s.icloud.com' % (rng.randint(0, 90), rng.choice(['us-west-1a', 'us-east-2b', 'eu-central-1b']))
        helo = rdns = host
        dkims.append((fd if fd == 'icloud.com' else 'icloud.com', '1a1hai', 'pass'))
        sender_recv.append('from %s (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s (UTC)' % (
            spec.get('_mua_host', 'smtpclient.apple'), rng.randint(0, 255), rng.randint(0, 255),
            rng.randint(1, 254), host.replace('ob-', 'ib-'), rand_hex(rng, 12, True), rcpt, rfc2822_date(sent)))
    elif infra == 'yahoo':
        host = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (rng.randint(300, 330), rng.randint(1, 40),
                                                       rng.choice(['ne1', 'bf2', 'gq1', 'ir2']))
        helo = rdns = host
        dkims.append((fd, 's2048' if fd != 'aol.com' else 'a2048', 'pass'))
        sender_recv.append('from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s' % (host, rfc2822_date(sent)))
        spec['_yahoo'] = True
    elif infra == 'list':
        ld = spec['list']['domain']
        helo = rdns = rng.choice(['lists.', 'mail.', 'mailman.', 'list.']) + ld
        mailfrom = '%s-bounces+%s=%s@%s' % (spec['list']['name'], spec['rcpt'].local, spec['rcpt'].domain, ld)
        dkims.append((frm.domain, dkim_sel, 'fail'))
        if rng.random() < 0.5 or spec['list'].get('munge'):
            dkims.append((ld, 'list', 'pass'))
        sender_recv.append('from %s (localhost [IPv6:::1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s' % (
            helo, helo, rand_hex(rng, 10, True), rfc2822_date(sent + dt.timedelta(seconds=20))))
        sender_recv.append('from mail.%s (mail.%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            frm.domain, frm.domain, doc_ip(rng), helo, rand_hex(rng, 10, True), spec['list']['addr'], rfc2822_date(sent)))
    elif infra == 'esp':
        esp = spec.setdefault('esp', rng.choice(['sendgrid.net', 'amazonses.com', 'mailgun.org', 'sparkpostmail.com',
                                                 'mcsv.net', 'mandrillapp.com']))
        bdom = rng.choice(['em%d.' % rng.randint(100, 9999), 'bounce.', 'mail.', 'mg.']) + fd
        mailfrom = 'bounces+%s-%s=%s=%s@%s' % (rng.randint(1000000, 9999999), rand_hex(rng, 4),
                                               spec['rcpt'].local, spec['rcpt'].domain, bdom)
        if esp == 'amazonses.com':
            mailfrom = '%s@%s' % (rand_hex(rng, 16) + '-' + rand_hex(rng, 8) + '-000000', 'amazonses.com'
                                  if rng.random() < 0.4 else bdom)
        helo = rdns = {'sendgrid.net': 'o%d.ptr%d.%s' % (rng.randint(1, 99), rng.randint(1000, 9999), esp),
                       'amazonses.com': 'a%d-%d.smtp-out.eu-west-1.amazonses.com' % (rng.randint(1, 9), rng.randint(10, 99)),
                       'mailgun.org': 'm%d-%d.mailgun.net' % (rng.randint(10, 99), rng.randint(100, 250)),
                       'sparkpostmail.com': 'mta-%d-%d.sparkpostmail.com' % (rng.randint(1, 9), rng.randint(10, 99)),
                       'mcsv.net': 'mail%d.suw%d.mcsv.net' % (rng.randint(10, 250), rng.randint(10, 99)),
                       'mandrillapp.com': 'mail%d.us4.mandrillapp.com' % rng.randint(10, 250)}[esp]
        if spec['sender_kind'] != 'service_nodkim':
            dkims.append((fd, rng.choice(['s1', 'k1', 'smtp', 'mte1', 'pm']), 'pass'))
        dkims.append((esp if esp != 'amazonses.com' else 'amazonses.com',
                      rng.choice(['smtpapi', 'mx', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug', 'k1']), 'pass'))
    elif infra == 'spoof':
        v = spec.get('_vps') or ('vps-%s.%s' % (rand_hex(rng, 6), rng.choice(
            ['hostingfarm.example', 'cloudvm.example', 'srv-net.example', 'rackbox.example'])))
        helo = rng.choice([fd, 'localhost', v, 'mail.' + fd, '[%s]' % ip])
        rdns = v if rng.random() < 0.7 else 'unknown'
        mailfrom = spec.get('_envelope') or rng.choice([frm.email, frm.email, frm.email, frm.email,
                                                        'root@' + v, 'www-data@' + v, 'info@' + v])
        spf = 'x'
        if rng.random() < 0.4:
            sender_recv.append('from [%s] (helo=%s)\n\tby %s with esmtpa (Exim 4.%d)\n\t(envelope-from <%s>)\n\tid %s; %s' % (
                doc_ip(rng), rng.choice(['WIN-' + rand_hex(rng, 8, True), 'DESKTOP-' + rand_token(rng, 7).upper(), 'localhost']),
                v, rng.randint(90, 97), mailfrom, rand_token(rng, 6) + '-' + rand_token(rng, 6) + '-' + rand_token(rng, 2),
                rfc2822_date(sent)))
    elif infra == 'vps':
        jd = fd
        helo = rdns = rng.choice(['mail.', 'smtp.', 'mx.', 'srv1.', '']) + jd
        mailfrom = rng.choice([frm.email, 'bounce@' + jd, 'noreply@' + jd])
        if rng.random() < 0.45:
            dkims.append((jd, rng.choice(['default', 'mail', 'dkim', 'x']), 'pass'))
        sender_recv.append('from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s' % (
            helo, rand_hex(rng, 10, True), rcpt, rfc2822_date(sent)))
    elif infra == 'freemail-smtp':
        provider = fd
        helo = rdns = rng.choice(['mout.', 'smtp.', 'out.', 'mx1.', 'send.']) + provider
        dkims.append((provider, rng.choice(['s42582890', 'mail', 'dkim', '2024', 's1024', 'mail2']), 'pass'))
        sender_recv.append('from [%s] ([%s]) by %s (mrgnx%03d)\n with ESMTPSA (Nemesis) id %s; %s' % (
            spec.get('_mua_host', '192.168.1.%d' % rng.randint(2, 200)), doc_ip(rng), provider,
            rng.randint(1, 120), rand_token(rng, 14), rfc2822_date(sent)))
    else:  # company / weak
        helo = rdns = rng.choice(['mail.', 'smtp.', 'mx.', 'out.', 'mail2.', 'relay.']) + fd
        srv_ip = doc_ip(rng)
        sender_recv.append('from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s' % (
            spec.get('_mua_host', '[192.168.%d.%d]' % (rng.randint(0, 9), rng.randint(2, 250))),
            rng.choice(['host-%s.dyn.isp.example' % srv_ip.replace('.', '-'), 'unknown', 'office-gw.' + fd]), srv_ip,
            frm.email, helo, rand_hex(rng, 10, True), rfc2822_date(sent)))
        if infra == 'company' and rng.random() < 0.9:
            dkims.append((fd, dkim_sel, 'pass'))
        if infra == 'company' and spec['client'] in ('zimbra',):
            sender_recv.append('from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s' % (
                helo, rand_hex(rng, 10, True), rfc2822_date(sent - dt.timedelta(seconds=1))))

    # ---- SPF
    mfdom = mailfrom.split('@', 1)[1]
    spf_text = None
    if spf == 'x':
        if mfdom == fd:
            spf = rng.choice(['fail', 'softfail', 'softfail', 'none', 'neutral'])
        else:
            spf = rng.choice(['pass', 'none'])
    if spec.get('spf_override'):
        spf = spec['spf_override']
    if spf == 'pass':
        spf_text = '(%s: domain of %s designates %s as permitted sender)' % (MX, mailfrom, ip)
    elif spf == 'softfail':
        spf_text = '(%s: domain of transitioning %s does not designate %s as permitted sender)' % (MX, mailfrom, ip)
    elif spf == 'fail':
        spf_text = '(%s: domain of %s does not designate %s as permitted sender)' % (MX, mailfrom, ip)
    elif spf == 'neutral':
        spf_text = '(%s: %s is neither permitted nor denied by domain of %s)' % (MX, ip, mailfrom)
    else:
        spf_text = '(%s: domain of %s does not designate permitted sender hosts)' % (MX, mailfrom)

    # ---- DKIM signatures (written in the message) and results
    sigs = []
    bshort = []
    for d, s, res in dkims:
        h, short = dkim_header(rng, d, s, t, body_hlist if 'google' not in d else
                               'to:from:subject:message-id:reply-to:sender:date:mime-version')
        sigs.append(h)
        bshort.append(short)

    # ---- DMARC
    pol = policy_for(rng, fd, cache)
    if spec.get('dmarc_policy_override', 'unset') != 'unset':
        pol = spec['dmarc_policy_override']
    aligned = any(res == 'pass' and org_domain(d) == org_domain(fd) for d, s, res in dkims) or \
        (spf == 'pass' and org_domain(mfdom) == org_domain(fd))
    if pol is None:
        dmarc = 'dmarc=none (p=NONE dis=NONE) header.from=%s' % fd if rng.random() < 0.3 else \
            'dmarc=none header.from=%s' % fd
    elif aligned:
        dmarc = 'dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s' % (pol, pol, fd)
    else:
        dis = 'NONE' if pol == 'NONE' else 'QUARANTINE'
        if pol == 'REJECT' and spec['label'] == 'ham':
            dis = 'NONE'  # local override for mailing lists / forwarders
        dmarc = 'dmarc=fail (p=%s sp=%s dis=%s) header.from=%s' % (pol, pol, dis, fd)

    ar = [MX + ';']
    if not dkims:
        ar.append('\tdkim=none;')
    for (d, s, res), short in zip(dkims, bshort):
        if res == 'pass':
            ar.append('\tdkim=pass header.d=%s header.s=%s header.b=%s;' % (d, s, short))
        else:
            ar.append('\tdkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s;' % (
                d, s, short))
    ar.append('\tspf=%s %s smtp.mailfrom=%s;' % (spf, spf_text, mailfrom))
    ar.append('\t' + dmarc)
    qid = rng.choice([rand_hex(rng, 10, True), '4' + rand_token(rng, 11, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz0123456789')])
    if rdns == 'unknown' or rdns is None:
        rpart = 'unknown'
    else:
        rpart = rdns
    mx_recv = 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (UTC)' % (
        helo, rpart, ip, MX, qid, rcpt, rfc2822_date(arr))
    top = [('Return-Path', '<%s>' % mailfrom), ('Delivered-To', rcpt),
           ('Authentication-Results', '\n'.join(ar)), ('Received', mx_recv)]
    top += [('Received', r) for r in sender_recv]
    top += sigs
    spec['_mailfrom'] = mailfrom
    return top, extra
