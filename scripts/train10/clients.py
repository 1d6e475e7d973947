# -*- coding: utf-8 -*-
"""Sender infrastructure and client-specific renderers for gen.py."""
import re
import html as htmlmod
import datetime as dt
import unicodedata

import lang_data as L
from mimeutil import Leaf, Multi, serialize, enc_words, fmt_addr, ics_escape, pq, ics_join, is_ascii
import gen as G

FREE_CLIENT = {'google', 'outlook', 'apple', 'yahoo'}


# ================================================================ infrastructure
def slug(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if ord(c) < 128)
    s = re.sub(r'[^A-Za-z0-9]+', '', s).lower()
    return s


def qid(r):
    return G.rhex(r, 10, True) if r.random() < 0.5 else G.ralnum(r, 12, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789')


def dkim_sig(r, d, s, t, heads):
    bh = G.b64rand(r, 43) + '='
    b = G.b64rand(r, 342) + '=='
    lines = ['v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;' % (d, s),
             't=%d; h=%s;' % (t, heads),
             'bh=%s;' % bh, 'b=' + b[:70]]
    rest = b[70:]
    while rest:
        lines.append(rest[:76])
        rest = rest[76:]
    return '\r\n\t'.join(lines), b[:8]


DMARC_POL = ['p=REJECT sp=REJECT dis=NONE', 'p=QUARANTINE sp=QUARANTINE dis=NONE', 'p=NONE sp=NONE dis=NONE',
             'p=NONE sp=NONE dis=NONE']


def infra(m):
    r = m.r
    c, s, lang = m.client, m.setup, m.lang
    spam = m.label == 'spam'
    spec = m.spec
    m.reply_to = None
    m.sender_hdr = None
    m.list_headers = []
    m.extra_trace = []
    m.svc = None
    person = spec.get('person')
    if person is None:
        person = r.random() < (0.45 if s in ('free', 'corp') else 0.25)
    disp = m.s_person if person else m.org
    orgslug = slug(m.org) or m.s_local.replace('.', '')
    floc = spec.get('flocal') or (m.s_local if person else orgslug[:18])
    if s == 'free' and spam and r.random() < 0.5:
        floc = floc.replace('.', '') + str(r.randint(2, 998))
    role = spec.get('local') or r.choice(['info', 'events', 'office', 'team', 'hello', 'contact', m.s_local])
    ip = G.rip(r)
    m.ip = ip
    dkims = []          # (domain, selector, result)
    spf = 'pass'
    dmarc = 'pass'
    pol = r.choice(DMARC_POL)
    helo = rdns = None
    hops = []
    date0 = m.arrival - dt.timedelta(seconds=r.randint(1, 6))
    d0 = G.rfc2822(date0)

    def generic_hops(host, client_ip=None):
        return ['from [%s] (unknown [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s' % (
            r.choice(['10.0.0.%d' % r.randint(2, 250), '192.168.1.%d' % r.randint(2, 250), '172.16.%d.%d' % (r.randint(0, 31), r.randint(2, 250))]),
            client_ip or G.rip(r), host, qid(r), d0)]

    if s == 'free':
        if c == 'google':
            fd = 'gmail.com'
        elif c == 'outlook':
            fd = r.choice(['outlook.com', 'hotmail.com', 'outlook.com', 'live.com'])
        elif c == 'apple':
            fd = r.choice(['icloud.com', 'icloud.com', 'me.com'])
        elif c == 'yahoo':
            fd = {'ja': 'yahoo.co.jp', 'zh-tw': 'yahoo.com.tw', 'id': 'yahoo.co.id'}.get(lang, r.choice(['yahoo.com', 'yahoo.com', 'aol.com']))
        else:
            fd = r.choice(L.FREEMAIL_REGIONAL.get(lang, L.FREEMAIL_REGIONAL['en']))
        from_dom = fd
        local = floc
        dk = L.FREEMAIL_AUTH.get(fd, (fd, 's1', 'p=NONE sp=NONE dis=NONE'))
        if dk[0]:
            dkims.append((dk[0], dk[1], 'pass'))
        pol = dk[2]
        dmarc = 'pass'
    elif s in ('corp', 'new', 'nodmarc'):
        if spam and s in ('corp', 'nodmarc') and r.random() < 0.5:
            from_dom = r.choice(G.COMPROMISED)
            local = r.choice([m.s_local, 'info', 'office', 'admin', 'reception', 'sales'])
        elif spam and s == 'new' and r.random() < 0.4:
            base = m.dom.split('.')[0]
            from_dom = r.choice(['%s-mail.com', 'go%s.com', '%s-team.net', 'info-%s.com', '%s-hq.co']) % base
            local = role
        else:
            from_dom = m.dom
            local = m.s_local if person else role
        if s == 'nodmarc':
            dmarc = 'none'
            spf = r.choice(['pass', 'pass', 'neutral', 'none'])
            if r.random() < 0.4:
                dkims.append((from_dom, r.choice(['default', 'mail', 'x']), 'pass'))
        else:
            sel = r.choice(['selector1', 'google', 's1', 'mail', 'dkim', 'k1', '%d' % r.choice([2019, 2021, 2023]), 'default'])
            dkims.append((from_dom, sel, 'pass'))
            if s == 'new':
                pol = r.choice(['p=NONE sp=NONE dis=NONE', 'p=NONE sp=NONE dis=NONE', 'p=QUARANTINE sp=QUARANTINE dis=NONE'])
    elif s == 'spoof':
        if spam:
            cands = [m.dom, r.choice(G.COMPROMISED)]
            if m.rcpt_dom not in L.FREEMAIL_AUTH:
                cands.append(m.rcpt_dom)
            from_dom = r.choice(cands)
        else:
            from_dom = m.dom
        local = m.s_local if person else role
        if c == 'booking':
            style = 'relay'
        else:
            style = 'relay' if r.random() < 0.5 else 'bare'
        if style == 'relay':
            rn, rd = r.choice(G.RELAYS)
            dkims.append((rd.split('.', 1)[1] if rd.count('.') > 1 else rd, 's1', 'pass'))
            spf = 'softfail'
            m.relay = rd
        else:
            spf = r.choice(['softfail', 'fail', 'softfail', 'none'])
            m.relay = None
        dmarc = 'fail'
        pol = r.choice(DMARC_POL[1:])
    elif s == 'service':
        local = 'no-reply'
        from_dom = m.dom
    elif s in ('list', 'esp'):
        from_dom = m.dom
        local = m.s_local if person else role
        if spam and s == 'list' and r.random() < 0.5:
            fd = r.choice(L.FREEMAIL_REGIONAL.get(lang, L.FREEMAIL_REGIONAL['en']))
            from_dom, local = fd, floc
    else:
        raise ValueError(s)

    from_addr = '%s@%s' % (local, from_dom)
    env_from = from_addr
    m.from_name = disp
    spf_dom_ip = ip

    # ---- per-client infra
    if c == 'google':
        n = r.randint(1, 99)
        helo = rdns = 'mail-sor-f%d.google.com' % n
        env_from = '%s-calendar-notification@calendar-server.bounces.google.com' % G.ralnum(r, 30, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
        dkims = [('google.com', '20230601', 'pass')] + [(from_dom, 'google' if s != 'free' else '20230601', 'pass')]
        spf, dmarc = 'pass', 'pass'
        hops = ['by %s with SMTP id %s.%d\r\n\tfor <%s>\r\n\t(Google Transport Security);\r\n\t%s' % (
            helo, G.ralnum(r, 28), r.randint(1, 9), m.rcpt, d0)]
        m.sender_hdr = 'Google Calendar <calendar-notification@google.com>'
        m.reply_to = from_addr
        m.extra_trace = [('X-Google-Smtp-Source', 'AGHT+I' + G.b64rand(r, 70)),
                         ('X-Received', 'by 2001:db8:%x::%x with SMTP id %s.%d.%d;\r\n\t%s' % (
                             r.randint(1, 0xfff), r.randint(1, 0xfff), G.ralnum(r, 20), r.randint(1, 99), r.randint(1000000000000, 9999999999999), d0))]
    elif c == 'outlook' and s in ('free', 'corp', 'new'):
        reg = r.choice([('EUR05', 'eurprd05', 'VI1PR05MB'), ('NAM12', 'namprd12', 'BN9PR12MB'), ('APC01', 'apcprd01', 'SG2PR01MB'),
                        ('EUR03', 'eurprd03', 'DB8PR03MB'), ('NAM10', 'namprd10', 'CH0PR10MB')])
        helo = '%s-%s-obe.outbound.protection.outlook.com' % (reg[0], G.ralnum(r, 3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + str(r.randint(1, 9)))
        rdns = 'mail-%s%s.outbound.protection.outlook.com' % (G.ralnum(r, 3), reg[0].lower() + 'on' + str(r.randint(2000, 2199)))
        mb1 = '%s%d.%s.prod.outlook.com' % (reg[2], r.randint(1000, 9999), reg[1])
        mb2 = '%s%d.%s.prod.outlook.com' % (reg[2], r.randint(1000, 9999), reg[1])
        m.exch_mb = mb1
        hops = ['from %s (%s) by %s with Microsoft SMTP Server\r\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d;\r\n\t%s' % (
                    mb1, G.rip(r, True), mb2, r.randint(6000, 8300), r.randint(10, 40), d0),
                'from %s\r\n\t([%s]) by %s\r\n\t([%s%%7]) with mapi id 15.20.%d.%d;\r\n\t%s' % (
                    mb1, 'fe80::%x:%x:%x:%x' % tuple(r.randint(1, 0xffff) for _ in range(4)), mb1,
                    'fe80::%x:%x:%x:%x' % tuple(r.randint(1, 0xffff) for _ in range(4)), r.randint(6000, 8300), r.randint(10, 40), d0)]
        if s != 'free' and r.random() < 0.3:
            ms = slug(from_dom.split('.')[0])
            dkims = [('%s.onmicrosoft.com' % ms, 'selector1-%s' % from_dom.replace('.', '-'), 'pass')]
        m.outlook_variant = 'exchange-online'
    elif c == 'apple' and s in ('free', 'corp'):
        helo = rdns = '%sp00im-%s.me.com' % (r.choice(['st43', 'qs51', 'mr85', 'ci74']), G.ralnum(r, 4) + '%08d' % r.randint(0, 99999999))
        hops = ['from smtpclient.apple (%s [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s' % (
            'unknown', G.rip(r), helo, G.ralnum(r, 16, 'ABCDEF0123456789'), d0)]
        if s == 'corp':
            dkims = [(from_dom, 'sig1', 'pass')]
    elif c == 'yahoo':
        pod = r.choice(['ne1', 'bf2', 'gq1', 'ir2'])
        helo = rdns = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (r.randint(300, 330), r.randint(1, 40), pod)
        hops = ['from sonic.gate.mail.%s.yahoo.com by %s with HTTP; %s' % (pod, helo, d0)]
        m.extra_trace = [('X-Sonic-MF', '<%s>' % from_addr), ('X-Sonic-ID', G.ruuid(r))]
    elif c == 'zoom':
        from_dom = 'zoom.us'
        from_addr = 'no-reply@zoom.us'
        env_from = 'bounces+%d-%s-%s=%s@em.zoom.us' % (r.randint(1000000, 9999999), G.rhex(r, 4), m.rcpt.split('@')[0], m.rcpt.split('@')[1])
        n = r.randint(10, 99)
        helo = rdns = 'o%d.ptr%d.zoom.us' % (n, r.randint(1000, 9999))
        dkims = [('zoom.us', 's1', 'pass')]
        spf, dmarc, pol = 'pass', 'pass', 'p=REJECT sp=REJECT dis=NONE'
        hops = ['by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%d\r\n\t%s (UTC)' % (
            G.rhex(r, 10), G.ralnum(r, 5), G.rhex(r, 8), r.randint(10000, 99999), r.randint(1, 9), date0.strftime('%a, %d %b %Y %H:%M:%S.%f')[:-3])]
        m.reply_to = '%s@%s' % (m.s_local if person else role, m.dom)
        m.from_name = m.org if not person else m.s_person
    elif c == 'booking':
        svc = r.choice(G.BOOKING_SVCS)
        m.svc = svc
        helo = rdns = 'mta%d.mail.%s' % (r.randint(1, 12), svc[1])
        if s == 'service':
            from_dom = svc[1]
            from_addr = r.choice(['notifications', 'no-reply', 'bookings', 'calendar']) + '@' + svc[1]
            env_from = 'bounce-%s@mail.%s' % (G.rhex(r, 12), svc[1])
            dkims = [(svc[1], 's1', 'pass')]
            spf, dmarc, pol = 'pass', 'pass', 'p=NONE sp=NONE dis=NONE'
            m.reply_to = '%s@%s' % (m.s_local if person else role, m.dom)
            if r.random() < 0.5:
                m.from_name = '%s via %s' % (m.org, svc[0])
        else:
            dkims = [(svc[1], 's1', 'pass')]
            spf, dmarc = 'softfail', 'fail'
            env_from = from_addr
        hops = ['from app%d.%s (app%d.%s [%s])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s' % (
            r.randint(1, 9), svc[1], r.randint(1, 9), svc[1], '10.20.%d.%d' % (r.randint(0, 255), r.randint(2, 250)), helo, qid(r), d0)]
    elif c == 'listmgr' and s == 'list':
        host = r.choice(G.LIST_HOSTS)
        lname = r.choice(['members', 'announce', 'community', 'discuss', 'events', 'general'])
        m.list_addr = '%s@%s' % (lname, host)
        helo = rdns = host
        orig_dom = from_dom
        env_from = '%s-bounces+%s=%s@%s' % (lname, m.rcpt.split('@')[0], m.rcpt.split('@')[1], host)
        od = L.FREEMAIL_AUTH.get(orig_dom, (orig_dom, r.choice(['s1', 'mail', 'google']), pol))
        dkims = ([(od[0], od[1], 'fail')] if od[0] else []) + [(host.split('.', 1)[1], 'mm1', 'pass')]
        spf = 'pass'
        hops = ['from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s' % (host, host, qid(r), d0),
                'from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s' % (
                    'mail.' + orig_dom, 'mail.' + orig_dom, G.rip(r), host, qid(r), m.list_addr, G.rfc2822(date0 - dt.timedelta(seconds=r.randint(5, 90))))]
        if r.random() < 0.5:
            m.from_name = '%s via %s' % (disp, lname.capitalize())
            m.reply_to = from_addr
            from_addr = m.list_addr
            from_dom = host
            dmarc = 'pass'
            pol = 'p=NONE sp=NONE dis=NONE'
            dkims[-1] = (host, 'mm1', 'pass')
        else:
            dmarc = 'fail' if od[0] else 'none'
            pol = 'p=NONE sp=NONE dis=NONE'
        m.list_headers = [('List-Id', '%s <%s>' % (lname.capitalize() + ' list', m.list_addr.replace('@', '.'))),
                          ('List-Unsubscribe', '<https://%s/mailman3/lists/%s/>,\r\n\t<mailto:%s-leave@%s>' % (host, m.list_addr.replace('@', '.'), lname, host)),
                          ('List-Archive', '<https://%s/archives/list/%s/>' % (host, m.list_addr)),
                          ('List-Post', '<mailto:%s>' % m.list_addr),
                          ('Precedence', 'list'),
                          ('X-BeenThere', m.list_addr),
                          ('X-Mailman-Version', '3.3.%d' % r.randint(3, 9))]
        m.sender_hdr = '"%s" <%s-bounces@%s>' % (lname.capitalize(), lname, host) if r.random() < 0.5 else None
    elif c == 'listmgr':  # esp
        esp = r.choice(G.ESPS)
        m.esp = esp
        helo = rdns = 'mta-%d-%d.%s' % (r.randint(1, 40), r.randint(1, 250), esp[1])
        env_from = 'bounce-%s-%d@%s' % (G.rhex(r, 8), r.randint(100, 9999), 'rp.' + esp[1] if r.random() < 0.5 else 'em.' + from_dom)
        if not dkims:
            dkims = [(from_dom, 'em1', 'pass')]
        dkims.append((esp[1], 's1', 'pass'))
        spf = 'pass'
        dmarc = 'pass' if dkims[0][0] == from_dom else 'fail'
        hops = []
        m.list_headers = [('List-Unsubscribe', '<https://u.%s/unsub/%s>, <mailto:unsub-%s@u.%s>' % (esp[1], G.ralnum(r, 24), G.rhex(r, 10), esp[1])),
                          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                          ('Feedback-ID', '%d:%d:campaign:%s' % (r.randint(10000, 99999), r.randint(100, 999), esp[0].lower())),
                          ('X-Campaign-ID', G.rhex(r, 16))]
        if r.random() < 0.5:
            m.list_headers.append(('Precedence', 'bulk'))
    else:
        # generic SMTP submission (thunderbird, nextcloud, zimbra, sogo, handrolled, outlook desktop, apple custom)
        if s == 'free':
            helo = rdns = r.choice(['mout.', 'smtp.', 'mx-out.', 'smtpout.']) + from_dom
            hops = ['from [%s] ([%s]) by %s with ESMTPSA (TLS1.3); %s' % (
                '192.168.%d.%d' % (r.randint(0, 3), r.randint(2, 250)), G.rip(r), helo, d0)]
        elif s in ('corp', 'new'):
            helo = rdns = r.choice(['mail.', 'smtp.', 'mx1.', 'out.']) + from_dom
            hops = generic_hops(helo)
        elif s == 'nodmarc':
            rdns = 'vps-%d.%s' % (r.randint(1000, 99999), r.choice(G.HOSTERS))
            helo = r.choice([rdns, 'mail.' + from_dom, 'localhost.localdomain'])
            if r.random() < 0.5:
                rdns = 'unknown'
            hops = ['from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s' % (
                helo if helo != 'localhost.localdomain' else 'vps.local', qid(r), d0)] if r.random() < 0.6 else []
        elif s == 'spoof':
            if getattr(m, 'relay', None):
                helo = rdns = 'out%d.%s' % (r.randint(1, 30), m.relay)
                hops = ['from app-%d (unknown [10.1.%d.%d])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s' % (
                    r.randint(1, 60), r.randint(0, 255), r.randint(2, 250), helo, qid(r), d0)]
            else:
                rdns = r.choice(['unknown', 'static.%s.%s' % (ip.replace('.', '-'), r.choice(G.HOSTERS))])
                helo = r.choice(['mail.' + from_dom, 'WIN-%s' % G.ralnum(r, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'ylmf-pc', rdns if rdns != 'unknown' else 'smtp.local'])
                hops = []
        if c == 'outlook':
            m.outlook_variant = 'desktop'

    # auth results
    ar = ['mx.example.net;']
    sigs = []
    t = int(date0.timestamp())
    heads = r.choice(['from:to:subject:date:message-id:mime-version:content-type',
                      'from:reply-to:to:subject:date:message-id:mime-version:content-type',
                      'mime-version:from:date:message-id:subject:to:content-type',
                      'date:from:to:subject:message-id:content-type:mime-version:list-unsubscribe'])
    for (d, sel, res) in dkims:
        sig, b8 = dkim_sig(r, d, sel, t, heads)
        sigs.append(sig)
        if res == 'fail':
            ar.append('dkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s;' % (d, sel, b8))
        else:
            ar.append('dkim=pass header.d=%s header.s=%s header.b=%s;' % (d, sel, b8))
    if not dkims:
        ar.append('dkim=none;')
    mf = env_from
    mfd = mf.split('@')[1]
    if spf == 'pass':
        ar.append('spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;' % (mf, ip, mf))
    elif spf == 'softfail':
        ar.append('spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;' % (mf, ip, mf))
    elif spf == 'fail':
        ar.append('spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;' % (mf, ip, mf))
    elif spf == 'neutral':
        ar.append('spf=neutral (mx.example.net: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s;' % (ip, mf, mf))
    else:
        ar.append('spf=none (mx.example.net: %s does not designate permitted sender hosts) smtp.mailfrom=%s;' % (mfd, mf))
    if dmarc == 'none':
        ar.append('dmarc=none (p=NONE sp=NONE dis=NONE) header.from=%s' % from_dom)
    elif dmarc == 'fail':
        disp_pol = pol.split(' ')[0].split('=')[1]
        ar.append('dmarc=fail (p=%s sp=%s dis=%s) header.from=%s' % (disp_pol, disp_pol, 'NONE' if disp_pol == 'NONE' else disp_pol, from_dom))
    else:
        ar.append('dmarc=pass (%s) header.from=%s' % (pol, from_dom))
    m.from_addr, m.from_dom, m.env_from = from_addr, from_dom, env_from
    if rdns is None:
        rdns = helo
    mx = 'from %s (%s [%s])\r\n\tby mx.example.net (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s' % (
        helo, rdns, ip, G.rhex(r, 10, True), m.rcpt, G.rfc2822(m.arrival) + ' (UTC)')
    trace = [('Return-Path', '<%s>' % env_from), ('Delivered-To', m.rcpt),
             ('Authentication-Results', '\r\n\t'.join(ar)), ('Received', mx)]
    for h in hops:
        trace.append(('Received', h))
    for sg in sigs:
        trace.append(('DKIM-Signature', sg))
    trace.extend(m.extra_trace)
    m.trace = trace
    m.date_sent = date0 - dt.timedelta(seconds=r.randint(0, 40))


def hide_target(client, hide):
    support = {
        'google': ['location', 'desc'], 'outlook': ['location', 'altdesc', 'desc'], 'apple': ['url', 'location', 'attach', 'desc'],
        'thunderbird': ['url', 'location', 'attach', 'desc'], 'zoom': ['location', 'desc'], 'nextcloud': ['url', 'location', 'attach', 'conference', 'desc'],
        'zimbra': ['altdesc', 'location', 'desc'], 'yahoo': ['location', 'desc'], 'sogo': ['url', 'location', 'attach', 'desc'],
        'booking': ['location', 'url', 'desc'], 'listmgr': ['url', 'attach', 'location', 'altdesc', 'conference', 'desc'],
        'handrolled': ['url', 'attach', 'location', 'altdesc', 'conference', 'desc'],
    }[client]
    if hide in support:
        return hide
    return support[0]


# ================================================================ iCalendar parts
def vtimezone(tzid, style, year=None):
    std, rule, sab, dab, wname, wdisp = L.TZ[tzid]
    name = wname if style == 'ms' else tzid
    out = ['BEGIN:VTIMEZONE', 'TZID:%s' % name]
    if style == 'google':
        out.append('X-LIC-LOCATION:%s' % tzid)
    if style == 'moz':
        out.append('X-TZINFO:%s[2024a]' % tzid)
    if style == 'zimbra' or style == 'ms':
        pass
    so, do = G.fmt_off(std), G.fmt_off(std + 60)
    if rule is None:
        if style == 'ms':
            out += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:%s' % so, 'TZOFFSETTO:%s' % so, 'END:STANDARD']
        else:
            out += ['BEGIN:STANDARD', 'TZOFFSETFROM:%s' % so, 'TZOFFSETTO:%s' % so, 'TZNAME:%s' % sab,
                    'DTSTART:19700101T000000', 'END:STANDARD']
        out.append('END:VTIMEZONE')
        return out
    if rule == 'EU':
        sh = 1 + std // 60
        eh = sh + 1
        drr, srr = 'BYMONTH=3;BYDAY=-1SU', 'BYMONTH=10;BYDAY=-1SU'
        dstart, sstart = '19700329', '19701025'
    elif rule == 'US':
        sh, eh = 2, 2
        drr, srr = 'BYMONTH=3;BYDAY=2SU', 'BYMONTH=11;BYDAY=1SU'
        dstart, sstart = '19700308', '19701101'
    else:
        sh, eh = 2, 2
        drr, srr = 'BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR', 'BYMONTH=10;BYDAY=-1SU'
        dstart, sstart = '19700327', '19701025'
    if style == 'ms':
        def msr(x):
            parts = dict(p.split('=') for p in x.split(';'))
            if 'BYMONTHDAY' in parts:
                return 'FREQ=YEARLY;INTERVAL=1;BYDAY=-1FR;BYMONTH=%s' % parts['BYMONTH']
            return 'FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s' % (parts['BYDAY'], parts['BYMONTH'])
        out += ['BEGIN:STANDARD', 'DTSTART:16010101T%02d0000' % eh, 'TZOFFSETFROM:%s' % do, 'TZOFFSETTO:%s' % so,
                'RRULE:%s' % msr(srr), 'END:STANDARD',
                'BEGIN:DAYLIGHT', 'DTSTART:16010101T%02d0000' % sh, 'TZOFFSETFROM:%s' % so, 'TZOFFSETTO:%s' % do,
                'RRULE:%s' % msr(drr), 'END:DAYLIGHT']
    elif style == 'zimbra':
        out += ['BEGIN:STANDARD', 'DTSTART:16010101T%02d0000' % eh, 'TZOFFSETTO:%s' % so, 'TZOFFSETFROM:%s' % do,
                'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;%s' % srr, 'TZNAME:%s' % sab, 'END:STANDARD',
                'BEGIN:DAYLIGHT', 'DTSTART:16010101T%02d0000' % sh, 'TZOFFSETTO:%s' % do, 'TZOFFSETFROM:%s' % so,
                'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;%s' % drr, 'TZNAME:%s' % dab, 'END:DAYLIGHT']
    elif style == 'apple':
        out += ['BEGIN:DAYLIGHT', 'DTSTART:%sT%02d0000' % (dstart.replace('1970', '1981'), sh), 'RRULE:FREQ=YEARLY;%s' % drr,
                'TZNAME:%s' % dab, 'TZOFFSETFROM:%s' % so, 'TZOFFSETTO:%s' % do, 'END:DAYLIGHT',
                'BEGIN:STANDARD', 'DTSTART:%sT%02d0000' % (sstart.replace('1970', '1996'), eh), 'RRULE:FREQ=YEARLY;%s' % srr,
                'TZNAME:%s' % sab, 'TZOFFSETFROM:%s' % do, 'TZOFFSETTO:%s' % so, 'END:STANDARD']
    else:
        out += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:%s' % so, 'TZOFFSETTO:%s' % do, 'TZNAME:%s' % dab,
                'DTSTART:%sT%02d0000' % (dstart, sh), 'RRULE:FREQ=YEARLY;%s' % drr, 'END:DAYLIGHT',
                'BEGIN:STANDARD', 'TZOFFSETFROM:%s' % do, 'TZOFFSETTO:%s' % so, 'TZNAME:%s' % sab,
                'DTSTART:%sT%02d0000' % (sstart, eh), 'RRULE:FREQ=YEARLY;%s' % srr, 'END:STANDARD']
    out.append('END:VTIMEZONE')
    return out


def e(s):
    return ics_escape(s)


def conf_link(m, kind):
    r = m.r
    if kind == 'meet':
        return 'https://meet.google.com/%s-%s-%s' % (G.ralnum(r, 3, 'abcdefghijklmnopqrstuvwxyz'), G.ralnum(r, 4, 'abcdefghijklmnopqrstuvwxyz'), G.ralnum(r, 3, 'abcdefghijklmnopqrstuvwxyz'))
    if kind == 'teams':
        return 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (
            G.ralnum(r, 48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), G.ruuid(r), G.ruuid(r))
    if kind == 'zoom':
        return 'https://us%02dweb.zoom.us/j/%d?pwd=%s' % (r.choice([2, 4, 5, 6]), r.randint(81000000000, 89999999999), G.ralnum(r, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'))
    return ''


def ev_times(m, ev, style):
    """returns (dtstart_line, dtend_line) for style utc|tzid|floating|date"""
    if ev.allday:
        return ('DTSTART;VALUE=DATE:%s' % ev.start.strftime('%Y%m%d'),
                'DTEND;VALUE=DATE:%s' % (ev.start + dt.timedelta(days=1)).strftime('%Y%m%d'))
    if style == 'utc':
        return ('DTSTART:%s' % G.ical_utc(G.to_utc(ev.tz, ev.start)), 'DTEND:%s' % G.ical_utc(G.to_utc(ev.tz, ev.end)))
    if style == 'floating':
        return ('DTSTART:%s' % G.ical_dt(ev.start), 'DTEND:%s' % G.ical_dt(ev.end))
    name = L.TZ[ev.tz][4] if style == 'ms' else ev.tz
    if style == 'ms' and ' ' in name and m.r.random() < 0.5:
        name = '"%s"' % name
    return ('DTSTART;TZID=%s:%s' % (name, G.ical_dt(ev.start)), 'DTEND;TZID=%s:%s' % (name, G.ical_dt(ev.end)))


# ================================================================ bodies
def link_html(text):
    t = htmlmod.escape(text)
    t = re.sub(r'(https?://[^\s<>&"]+)', r'<a href="\1">\1</a>', t)
    return t.replace('\n', '<br>\n')


def simple_html(inner, lang, extra_head=''):
    d = ' dir="rtl"' if lang in ('ar', 'he') else ''
    return ('<html%s>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">%s\n</head>\n<body>\n%s\n</body>\n</html>\n'
            % (d, extra_head, inner))


def pick_cte(m, text, options):
    r = m.r
    cte = r.choice(options)
    if cte == '7bit' and not is_ascii(text):
        cte = r.choice(['8bit', 'quoted-printable', 'base64'])
    if m.codec == 'iso2022_jp':
        cte = '7bit'
    return cte


def safe_codec(m, text):
    try:
        text.encode(m.codec)
        return m.cs_label, m.codec
    except UnicodeEncodeError:
        return 'UTF-8', 'utf-8'


def text_leaf(m, sub, text, ctes, extra=None, fmt_flowed=False, cs=None):
    lab, cod = cs if cs else safe_codec(m, text)
    if sub == 'html':
        text = text.replace('charset=utf-8">', 'charset=%s">' % lab.lower(), 1)
    if cod == 'iso2022_jp':
        cte = '7bit'
    else:
        cte = m.r.choice(ctes)
        if cte == '7bit' and not is_ascii(text):
            cte = 'quoted-printable' if cod not in ('utf-8',) or m.r.random() < 0.5 else 'base64'
    ct = 'text/%s; charset="%s"' % (sub, lab) if m.r.random() < 0.6 or sub == 'html' else 'text/%s; charset=%s' % (sub, lab)
    if fmt_flowed:
        ct += '; format=flowed; delsp=yes'
    m.cs_used = lab.upper() if sub == 'plain' or not hasattr(m, 'cs_used') else m.cs_used
    return Leaf(ct, text, cte, cod, extra)


def cal_leaf(m, ics, method, cte='base64', name=None, disp=None, ctype='text/calendar', cs='UTF-8', codec='utf-8',
             extra=None, crlf=True, method_param=True, charset_param=True):
    params = []
    if charset_param:
        params.append('charset="%s"' % cs if m.r.random() < 0.5 else 'charset=%s' % cs)
    if method_param and method:
        params.append('method=%s' % method)
    if name:
        params.append('name="%s"' % name)
    ct = ctype + ('; ' + '; '.join(params) if params else '')
    ex = list(extra or [])
    if disp:
        ex.append(('Content-Disposition', disp))
    return Leaf(ct, ics, cte, codec, ex, crlf=crlf)


def std_headers(m, subject, msgid, date_off=0, to_hdr=None, extra_before=None, extra_after=None, mode='B',
                from_quote=True):
    cs, cod = (m.cs_label, m.codec) if m.r.random() < 0.5 else ('UTF-8', 'utf-8')
    h = []
    h.append(('From', fmt_addr(m.from_name, m.from_addr, cs, cod, mode, from_quote)))
    if to_hdr is None:
        to_hdr = fmt_addr(m.rcpt_name if m.r.random() < 0.6 else '', m.rcpt, cs, cod, mode)
    h.append(('To', to_hdr))
    h.append(('Subject', enc_words(subject, cs, cod, mode)))
    h.append(('Date', G.rfc2822(m.date_sent, date_off)))
    h.append(('Message-ID', msgid))
    return h


def attendee_to(m, limit=12):
    addrs = [fmt_addr(n, a, 'UTF-8', 'utf-8') for n, a in m.atts[:limit]]
    if m.rcpt not in [a for _, a in m.atts[:limit]]:
        addrs.append(m.rcpt)
    return ',\r\n\t'.join(addrs)


def render(m):
    fn = RENDERERS[m.client]
    m.client_variant = m.client
    headers, root = fn(m)
    if m.list_headers:
        headers = headers + m.list_headers
    data = serialize(m.trace + headers, root)
    return data, m


# ---------------------------------------------------------------- Google Calendar
def r_google(m):
    r, ev, lang = m.r, m.ev, m.lang
    lb = L.LBL.get(lang, L.LBL['en'])
    uid = G.ralnum(r, 26) + '@google.com'
    if ev.online and not ev.conf:
        ev.conf = conf_link(m, 'meet')
    desc = ev.desc
    if ev.conf:
        sep = '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'
        desc = desc + '\n\n' + sep + '\nJoin with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n%s' % (ev.conf, sep)
    ver = r.choice(['70.9054', '70.9054', '70.9054'])
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar %s//EN' % ver, 'VERSION:2.0', 'CALSCALE:GREGORIAN',
             'METHOD:%s' % ev.method]
    recurring = m.spec.get('rrule')
    if recurring:
        lines += vtimezone(ev.tz, 'google')
    lines.append('BEGIN:VEVENT')
    a, b = ev_times(m, ev, 'tzid' if recurring else 'utc')
    lines += [a, b]
    if recurring:
        lines.append('RRULE:%s' % recurring)
    lines.append('DTSTAMP:%s' % G.ical_utc(ev.dtstamp))
    lines.append('ORGANIZER;CN=%s:mailto:%s' % (pq(m.from_name or m.from_addr), m.reply_to or m.from_addr))
    lines.append('UID:%s' % uid)
    org_mail = m.reply_to or m.from_addr
    lines.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=%s;X-NUM-GUESTS=0:mailto:%s' % (pq(m.from_name or org_mail), org_mail))
    for n, a_ in m.atts:
        lines.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s' % (pq(n or a_), a_))
    if ev.conf:
        lines.append('X-GOOGLE-CONFERENCE:%s' % ev.conf)
    lines.append('X-MICROSOFT-CDO-OWNERAPPTID:%d' % r.randint(-2000000000, 2000000000))
    lines.append('CREATED:%s' % G.ical_utc(ev.created))
    lines.append('DESCRIPTION:%s' % e(desc))
    lines.append('LAST-MODIFIED:%s' % G.ical_utc(ev.dtstamp))
    lines.append('LOCATION:%s' % e(ev.loc))
    lines += ['SEQUENCE:%d' % ev.seq, 'STATUS:CONFIRMED', 'SUMMARY:%s' % e(ev.summary), 'TRANSP:OPAQUE']
    if r.random() < 0.7:
        lines += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
                  'TRIGGER:-P0DT0H%dM0S' % r.choice([10, 30, 30]), 'END:VALARM']
    lines += ['END:VEVENT', 'END:VCALENDAR']
    ics = ics_join(lines)
    when = G.when_text(lang, ev.start, ev.end, ev.tz)
    eid = G.b64rand(r, 60).replace('+', '').replace('/', '')
    # plain
    pl = []
    pl.append(lb['invited'])
    pl.append('')
    pl.append(ev.summary)
    pl.append(when)
    if ev.loc:
        pl.append(ev.loc)
    if ev.conf:
        pl += ['', 'Join with Google Meet', ev.conf]
    pl += ['', lb['org'].capitalize(), m.from_name or org_mail, org_mail]
    pl += ['', lb['who']] + ['%s' % (a_) for _, a_ in m.atts[:30]]
    if desc and ev.desc:
        pl += ['', ev.desc]
    pl += ['', '%s: https://calendar.google.com/calendar/event?action=VIEW&eid=%s' % (lb['details'], eid),
           '', 'Reply for %s' % m.rcpt, '%s https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1' % (lb['accept'], eid),
           '%s https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=2' % (lb['decline'], eid),
           '', 'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
           'You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.',
           '', 'Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding']
    plain = '\n'.join(pl) + '\n'
    inner = '<div itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span></div>\n' % htmlmod.escape(lb['invite'] + ' ' + ev.summary)
    inner += '<table cellpadding="0" cellspacing="0" border="0"><tr><td><h2>%s</h2><p>%s</p>' % (htmlmod.escape(ev.summary), htmlmod.escape(when))
    if ev.loc:
        inner += '<p>%s</p>' % link_html(ev.loc)
    if ev.conf:
        inner += '<p><a href="%s">Join with Google Meet</a></p>' % ev.conf
    inner += '<p>%s</p>' % link_html(ev.desc)
    inner += '<p><a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid=%s">%s</a></p></td></tr></table>\n' % (eid, htmlmod.escape(lb['details']))
    inner += '<p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p>'
    htmlt = simple_html(inner, lang)
    b1 = '000000000000' + G.rhex(r, 12)
    b2 = '000000000000' + G.rhex(r, 12)
    m.cs_label, m.codec = 'UTF-8', 'utf-8'
    alt = Multi('alternative', b2, [
        text_leaf(m, 'plain', plain, ['7bit', 'base64'], fmt_flowed=True),
        text_leaf(m, 'html', htmlt, ['quoted-printable']),
        cal_leaf(m, ics, ev.method, cte=r.choice(['7bit', 'base64']) if is_ascii(ics) else 'base64', charset_param=True)])
    root = Multi('mixed', b1, [alt, Leaf('application/ics; name="invite.ics"', ics, 'base64', 'utf-8',
                                         [('Content-Disposition', 'attachment; filename="invite.ics"')])])
    subj = '%s: %s @ %s (%s)' % (lb['invite'], ev.summary, when.replace(' – ', ' - '), m.rcpt)
    if m.r.random() < 0.1 and ev.seq:
        subj = 'Updated invitation: %s @ %s (%s)' % (ev.summary, when.replace(' – ', ' - '), m.rcpt)
    h = [('MIME-Version', '1.0')]
    h.append(('Reply-To', m.reply_to))
    h.append(('Sender', m.sender_hdr))
    h.append(('Auto-Submitted', 'auto-generated'))
    h.append(('Message-ID', '<calendar-%s@google.com>' % G.ruuid(r)))
    h.append(('Date', G.rfc2822(m.date_sent)))
    h.append(('Subject', enc_words(subj, 'UTF-8', 'utf-8', 'Q' if lang in ('en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'pl', 'cs', 'tr', 'id') else 'B')))
    h.append(('From', fmt_addr(m.from_name, m.from_addr, quote=False)))
    h.append(('To', m.rcpt))
    return h, root


# ---------------------------------------------------------------- Outlook / Exchange / Teams
def r_outlook(m):
    r, ev, lang = m.r, m.ev, m.lang
    variant = getattr(m, 'outlook_variant', 'exchange-online')
    m.client_variant = 'outlook-' + variant
    ltag = L.LTAG[lang]
    teams = ev.online and m.arrival.year >= 2018 and not ev.conf
    if ev.online and not teams and not ev.conf:
        ev.conf = conf_link(m, 'zoom') if r.random() < 0.5 else ''
    tlink = conf_link(m, 'teams') if teams else ''
    meeting_id = '%d %d %d %d' % (r.randint(100, 999), r.randint(100, 999), r.randint(100, 999), r.randint(100, 999))
    passcode = G.ralnum(r, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789')
    desc = ev.desc
    if teams:
        desc += ('\n\n________________________________________________________________________________\n'
                 'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n'
                 'Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\n'
                 'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
                 'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n'
                 '________________________________________________________________________________\n') % (tlink, meeting_id, passcode)
    elif ev.conf:
        desc += '\n\nJoin: %s' % ev.conf
    loc = ev.loc or ('Microsoft Teams Meeting' if teams else '')
    org_mail = m.from_addr
    html_desc = ev.altdesc or simple_html('<div>%s</div>' % link_html(desc), lang,
                                          '\n<meta name="Generator" content="Microsoft Exchange Server">' if variant != 'desktop' else '\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">')
    if variant == 'desktop':
        lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
                 'METHOD:%s' % ev.method, 'X-MS-OLK-FORCEINSPECTOROPEN:TRUE']
        lines += vtimezone(ev.tz, 'ms')
        lines.append('BEGIN:VEVENT')
        for n, a_ in m.atts:
            lines.append('ATTENDEE;CN=%s;RSVP=TRUE:mailto:%s' % (pq(n or a_, True), a_))
        a, b = ev_times(m, ev, 'ms')
        lines += ['CLASS:PUBLIC', 'CREATED:%s' % G.ical_utc(ev.created), 'DESCRIPTION:%s' % e(desc), b,
                  'DTSTAMP:%s' % G.ical_utc(ev.dtstamp), a, 'LAST-MODIFIED:%s' % G.ical_utc(ev.dtstamp)]
        if loc:
            lines.append('LOCATION:%s' % e(loc))
        lines += ['ORGANIZER;CN=%s:mailto:%s' % (pq(m.from_name or org_mail, True), org_mail), 'PRIORITY:5',
                  'SEQUENCE:%d' % ev.seq, 'SUMMARY;LANGUAGE=%s:%s' % (ltag.split('-')[0], e(ev.summary)), 'TRANSP:OPAQUE',
                  'UID:040000008200E00074C5B7101A82E00800000000%s000000000000000010000000%s' % (G.rhex(r, 16, True), G.rhex(r, 32, True))]
        if ev.url:
            lines.append('URL:%s' % ev.url)
        lines.append('X-ALT-DESC;FMTTYPE=text/html:%s' % html_desc.replace('\n', ' ').replace('\\', '\\\\').replace(',', '\\,').replace(';', '\\;'))
        lines += ['X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
                  'X-MS-OLK-AUTOFILLLOCATION:FALSE', 'X-MS-OLK-CONFTYPE:0',
                  'BEGIN:VALARM', 'TRIGGER:-PT15M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM',
                  'END:VEVENT', 'END:VCALENDAR']
        ics = ics_join(lines)
    else:
        lines = ['BEGIN:VCALENDAR', 'METHOD:%s' % ev.method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
        lines += vtimezone(ev.tz, 'ms')
        lines.append('BEGIN:VEVENT')
        lines.append('ORGANIZER;CN=%s:mailto:%s' % (pq(m.from_name or org_mail), org_mail))
        for n, a_ in m.atts:
            lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (pq(n or a_), a_))
        a, b = ev_times(m, ev, 'ms')
        lines += ['DESCRIPTION;LANGUAGE=%s:%s' % (ltag, e(desc)),
                  'UID:040000008200E00074C5B7101A82E00800000000%s000000000000000010000000%s' % (G.rhex(r, 16, True), G.rhex(r, 32, True)),
                  'SUMMARY;LANGUAGE=%s:%s' % (ltag, e(ev.summary)), a, b, 'CLASS:PUBLIC', 'PRIORITY:5',
                  'DTSTAMP:%s' % G.ical_utc(ev.dtstamp), 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:%d' % ev.seq,
                  'LOCATION;LANGUAGE=%s:%s' % (ltag, e(loc)),
                  'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % ev.seq, 'X-MICROSOFT-CDO-OWNERAPPTID:%d' % r.randint(-2100000000, 2100000000),
                  'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
                  'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0']
        if teams:
            lines += ['X-MICROSOFT-SKYPETEAMSMEETINGURL:%s' % tlink,
                      'X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/%s/%s/19_meeting_%s@thread.v2/0' % (G.ruuid(r), G.ruuid(r), G.ralnum(r, 40)),
                      'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"rid":0\\,"mid":0\\,"uid":null\\,"private":true\\,"type":0}' % G.ralnum(r, 40),
                      'X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s' % (org_mail, G.ralnum(r, 40), G.rhex(r, 32), G.rhex(r, 32)),
                      'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
        lines += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
                  'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE']
        if loc and not teams:
            lines.append('X-MICROSOFT-LOCATIONS:[{"DisplayName":"%s"\\,"LocationAnnotation":""\\,"LocationUri":""\\,"LocationStreet":""\\,"LocationCity":""\\,"LocationState":""\\,"LocationCountry":""\\,"LocationPostalCode":""\\,"LocationFullAddress":""}]'
                         % e(loc).replace('"', "'"))
        lines += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM',
                  'END:VEVENT', 'END:VCALENDAR']
        ics = ics_join(lines)
    plain = desc
    bnd = '_000_%s%s_' % (getattr(m, 'exch_mb', 'DB9PR10MB%d' % r.randint(1000, 9999)).split('.')[0], r.choice(['namprd', 'eurprd', 'apcprd']) + '%02d' % r.randint(1, 20))
    bnd = bnd.replace('_000_', '_000_' + G.rhex(r, 8, True))
    if variant == 'desktop':
        bnd = '----=_NextPart_000_%04X_%08X.%08X' % (r.randint(0, 0xffff), r.randint(0, 0xffffffff), r.randint(0, 0xffffffff))
    htm = html_desc if ev.altdesc else simple_html('<div class="WordSection1">%s</div>' % link_html(desc), lang)
    root = Multi('alternative', bnd, [
        text_leaf(m, 'plain', plain, ['quoted-printable', 'base64']),
        text_leaf(m, 'html', htm, ['quoted-printable', 'base64']),
        cal_leaf(m, ics, ev.method, cte='base64', cs='utf-8')], preamble=None if variant != 'desktop' else 'This is a multipart message in MIME format.')
    mid = '<%s%s@%s>' % (getattr(m, 'exch_mb', 'x').split('.')[0], G.rhex(r, 16, True), getattr(m, 'exch_mb', 'x').upper()) if variant != 'desktop' else \
        '<%s$%s$%s@%s>' % ('000001da' + G.rhex(r, 8), G.rhex(r, 8), G.rhex(r, 8), m.from_dom)
    subj = ev.summary
    h = std_headers(m, subj, mid)
    thread_index = G.b64rand(r, 32) + '=='
    if variant == 'desktop':
        h += [('MIME-Version', '1.0'), ('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index),
              ('Content-Language', ltag.lower() if r.random() < 0.5 else ltag), ('Content-Class', 'urn:content-classes:calendarmessage')]
        if not is_ascii(subj):
            pass
    else:
        h = h[:3] + [('Thread-Topic', enc_words(subj, 'utf-8', 'utf-8', 'B')), ('Thread-Index', thread_index)] + h[3:]
        h += [('Accept-Language', '%s, en-US' % ltag if lang != 'en' else 'en-US'), ('Content-Language', ltag),
              ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
              ('x-ms-publictraffictype', 'Email'),
              ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_MeetingMessage' % (getattr(m, 'exch_mb', 'x').split('.')[0], G.ralnum(r, 14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))),
              ('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAA' + G.b64rand(r, 60)),
              ('MIME-Version', '1.0')]
        if m.r.random() < 0.3:
            h.append(('X-OriginatorOrg', m.from_dom))
    return h, root


# ---------------------------------------------------------------- Apple iCloud / Calendar.app
def r_apple(m):
    r, ev, lang = m.r, m.ev, m.lang
    osv = r.choice(['macOS 13.6.4', 'macOS 14.4.1', 'iOS 17.4.1', 'iOS 16.6', 'Mac OS X 10.14.6', 'iOS 15.7'])
    lines = ['BEGIN:VCALENDAR', 'METHOD:%s' % ev.method, 'VERSION:2.0', 'PRODID:-//Apple Inc.//%s//EN' % osv, 'CALSCALE:GREGORIAN']
    lines += vtimezone(ev.tz, 'apple')
    lines.append('BEGIN:VEVENT')
    org_mail = m.from_addr
    lines.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s' % (pq(m.from_name, True), org_mail, org_mail))
    for n, a_ in m.atts:
        lines.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (pq(n or a_, True), a_, a_))
    a, b = ev_times(m, ev, 'tzid')
    lines += ['CREATED:%s' % G.ical_utc(ev.created)]
    if ev.desc:
        lines.append('DESCRIPTION:%s' % e(ev.desc))
    lines += [b, 'DTSTAMP:%s' % G.ical_utc(ev.dtstamp), a, 'LAST-MODIFIED:%s' % G.ical_utc(ev.dtstamp)]
    if ev.attach:
        lines.append('ATTACH;VALUE=URI:%s' % ev.attach)
    if ev.loc:
        lines.append('LOCATION:%s' % e(ev.loc))
    lines += ['ORGANIZER;CN=%s;EMAIL=%s:mailto:%s' % (pq(m.from_name, True), org_mail, org_mail), 'SEQUENCE:%d' % ev.seq,
              'SUMMARY:%s' % e(ev.summary), 'TRANSP:OPAQUE', 'UID:%s' % G.ruuid(r, True)]
    if ev.url:
        lines.append('URL;VALUE=URI:%s' % ev.url)
    lines += ['X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal' if 'iOS' in osv else 'X-APPLE-CREATOR-IDENTITY:com.apple.calendar',
              'X-APPLE-CREATOR-TEAM-IDENTITY:0000000000', 'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC']
    if r.random() < 0.6:
        au = G.ruuid(r, True)
        lines += ['BEGIN:VALARM', 'ACKNOWLEDGED:%s' % G.ical_utc(ev.dtstamp), 'ACTION:DISPLAY', 'DESCRIPTION:Reminder',
                  'TRIGGER:-PT30M', 'UID:%s' % au, 'X-WR-ALARMUID:%s' % au, 'END:VALARM']
    lines += ['END:VEVENT', 'END:VCALENDAR']
    ics = ics_join(lines)
    lb = L.LBL.get(lang, L.LBL['en'])
    plain = m.body if m.body else ''
    bnd = 'Apple-Mail=_%s' % G.ruuid(r, True)
    fname = 'iCal-%s.ics' % (m.date_sent.strftime('%Y%m%d-%H%M%S'))
    parts = []
    if plain.strip():
        parts.append(text_leaf(m, 'plain', plain, ['quoted-printable', '7bit']))
    parts.append(cal_leaf(m, ics, ev.method, cte='quoted-printable', name=fname, disp='attachment; filename="%s"' % fname))
    if len(parts) == 1:
        parts.insert(0, text_leaf(m, 'plain', lb['attached'] + '\n', ['quoted-printable', '7bit']))
    root = Multi('mixed', bnd, parts)
    subj = '%s: %s' % (lb['invite'], ev.summary)
    h = std_headers(m, m.subject_free if m.r.random() < 0.3 else subj, '<%s@%s>' % (G.ruuid(r, True), m.from_dom))
    mailer = 'iPhone Mail (21E236)' if 'iOS' in osv else 'Apple Mail (2.3774.500.171.1.1)'
    h += [('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3774.500.171.1.1\\))' if 'iOS' not in osv else '1.0 (1.0)'), ('X-Mailer', mailer)]
    return h, root


# ---------------------------------------------------------------- Thunderbird / Lightning
def r_thunderbird(m):
    r, ev, lang = m.r, m.ev, m.lang
    lb = L.LBL.get(lang, L.LBL['en'])
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', 'VERSION:2.0', 'METHOD:%s' % ev.method]
    lines += vtimezone(ev.tz, 'moz')
    kind = 'VTODO' if ev.todo else 'VEVENT'
    lines.append('BEGIN:%s' % kind)
    lines += ['CREATED:%s' % G.ical_utc(ev.created), 'LAST-MODIFIED:%s' % G.ical_utc(ev.dtstamp), 'DTSTAMP:%s' % G.ical_utc(ev.dtstamp),
              'UID:%s' % G.ruuid(r), 'SUMMARY:%s' % e(ev.summary)]
    lines.append('ORGANIZER;RSVP=TRUE;CN=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s' % (pq(m.from_name), m.from_addr))
    for n, a_ in m.atts:
        lines.append('ATTENDEE;RSVP=TRUE;CN=%s;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:%s' % (pq(n or a_), a_))
    a, b = ev_times(m, ev, 'tzid')
    if ev.todo:
        lines += [a, b.replace('DTEND', 'DUE'), 'STATUS:NEEDS-ACTION']
    else:
        lines += [a, b]
    if ev.desc:
        lines.append('DESCRIPTION:%s' % e(ev.desc))
    if ev.loc:
        lines.append('LOCATION:%s' % e(ev.loc))
    if ev.url:
        lines.append('URL:%s' % ev.url)
    if ev.attach:
        lines.append('ATTACH:%s' % ev.attach)
    lines += ['SEQUENCE:%d' % ev.seq, 'TRANSP:OPAQUE', 'X-MOZ-SEND-INVITATIONS:TRUE', 'X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE']
    if r.random() < 0.5:
        lines += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;VALUE=DURATION:-PT15M', 'DESCRIPTION:Default Mozilla Description', 'END:VALARM']
    lines += ['END:%s' % kind, 'END:VCALENDAR']
    ics = ics_join(lines)
    when = G.when_text(lang, ev.start, ev.end, ev.tz)
    body = ['%s: %s' % (lb['title'], ev.summary), '%s: %s' % (lb['when'], when)]
    if ev.loc:
        body.append('%s: %s' % (lb['where'], ev.loc))
    body.append('%s: %s <%s>' % (lb['org'].capitalize(), m.from_name, m.from_addr))
    body.append('%s: %s' % (lb['who'], ', '.join(a_ for _, a_ in m.atts[:10])))
    if ev.url:
        body.append('URL: %s' % ev.url)
    if ev.desc:
        body += ['', '%s:' % lb['desc'], ev.desc]
    plain = '\n'.join(body) + '\n'
    if m.body and m.body != ev.desc and r.random() < 0.5:
        plain = m.body + '\n\n' + plain
    ba = '------------' + G.ralnum(r, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    bb = '------------' + G.ralnum(r, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    alt = Multi('alternative', bb, [text_leaf(m, 'plain', plain, ['8bit', '7bit', 'quoted-printable']),
                                    cal_leaf(m, ics, ev.method, cte='8bit' if not is_ascii(ics) else '7bit')])
    root = Multi('mixed', ba, [alt, Leaf('application/ics; name="invite.ics"', ics, 'base64', 'utf-8',
                                         [('Content-Disposition', 'attachment; filename="invite.ics"')])],
                 preamble='This is a multi-part message in MIME format.')
    ver = r.choice(['102.15.1', '115.9.0', '115.12.2', '128.3.1', '91.13.0', '78.14.0', '60.9.1'])
    plat = r.choice(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15'])
    subj = '%s: %s' % (lb['invite'], ev.summary)
    h = [('Message-ID', '<%s@%s>' % (G.ruuid(r), m.from_dom)), ('Date', G.rfc2822(m.date_sent, m.local_arr_off)),
         ('MIME-Version', '1.0'), ('User-Agent', 'Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s' % (plat, ver.split('.')[0] + '.0', ver))]
    h.append(('Content-Language', L.LTAG[lang]))
    hh = std_headers(m, subj, '')
    h += [hh[1], hh[0], hh[2]]
    return h, root


# ---------------------------------------------------------------- Zoom
def r_zoom(m):
    r, ev, lang = m.r, m.ev, m.lang
    lb = L.LBL.get(lang, L.LBL['en'])
    zl = conf_link(m, 'zoom')
    if not ev.loc:
        ev.loc = zl
    wid = zl.split('/j/')[1].split('?')[0]
    wid_f = '%s %s %s' % (wid[:3], wid[3:7], wid[7:])
    pw = str(r.randint(100000, 999999))
    desc = ev.desc + '\n\n%s: %s\n\nWebinar ID: %s\nPasscode: %s' % (lb['join'], zl, wid_f, pw)
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
             'METHOD:%s' % ('PUBLISH' if ev.method == 'REQUEST' else ev.method), 'CLASS:PUBLIC']
    lines += vtimezone(ev.tz, 'plain')
    lines += ['BEGIN:VEVENT', 'DTSTAMP:%s' % G.ical_utc(ev.dtstamp)]
    a, b = ev_times(m, ev, 'tzid')
    lines += [a, b, 'SUMMARY:%s' % e(ev.summary), 'UID:%s' % (G.ical_utc(ev.dtstamp) + '-' + wid + '@zoom.us'),
              'TZID:%s' % ev.tz, 'DESCRIPTION:%s' % e(desc), 'LOCATION:%s' % e(ev.loc)]
    if ev.url:
        lines.append('URL:%s' % ev.url)
    lines += ['BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    ics = ics_join(lines)
    when = G.when_text(lang, ev.start, ev.end, ev.tz)
    greet = ('Hi %s,\n\n' % m.rcpt_first if lang == 'en' else '%s,\n\n' % m.rcpt_first) if m.rcpt_first not in m.body else ''
    plain = '%s%s\n\n%s\n%s: %s\n\n%s\n%s\n\nWebinar ID: %s\nPasscode: %s\n\n%s\n' % (
        greet, m.body, ev.summary, lb['when'], when, lb['join'], zl, wid_f, pw,
        'You can cancel your registration at any time.')
    htm = simple_html('<div style="font-family:Lato,Helvetica,Arial,sans-serif">%s</div>' % link_html(plain), lang)
    ba = G.rhex(r, 28)
    bb = G.rhex(r, 28)
    alt = Multi('alternative', bb, [text_leaf(m, 'plain', plain, ['quoted-printable']), text_leaf(m, 'html', htm, ['quoted-printable'])])
    att = cal_leaf(m, ics, None, cte='base64', name='invite.ics', disp='attachment; filename="invite.ics"',
                   method_param=False)
    root = Multi('mixed', ba, [alt, att])
    subj = m.subject_free
    h = std_headers(m, subj, '<%s@geopod-ismtpd-%d>' % (G.ralnum(r, 22), r.randint(1, 40)))
    h = [('Reply-To', m.reply_to)] + h + [('MIME-Version', '1.0'), ('X-SG-EID', G.b64rand(r, 60)), ('X-Entity-ID', G.b64rand(r, 22) + '==')]
    return h, root


# ---------------------------------------------------------------- Nextcloud (Sabre iMIP)
def r_nextcloud(m):
    r, ev, lang = m.r, m.ev, m.lang
    lb = L.LBL.get(lang, L.LBL['en'])
    sv = r.choice(['4.4.1', '4.4.2', '4.5.3', '4.5.4'])
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Sabre//Sabre VObject %s//EN' % sv, 'CALSCALE:GREGORIAN', 'METHOD:%s' % ev.method]
    lines += vtimezone(ev.tz, 'plain')
    lines += ['BEGIN:VEVENT', 'CREATED:%s' % G.ical_utc(ev.created), 'DTSTAMP:%s' % G.ical_utc(ev.dtstamp),
              'LAST-MODIFIED:%s' % G.ical_utc(ev.dtstamp), 'SEQUENCE:%d' % (ev.seq + 2), 'UID:%s' % G.ruuid(r)]
    a, b = ev_times(m, ev, 'tzid')
    lines += [a, b, 'STATUS:CONFIRMED', 'SUMMARY:%s' % e(ev.summary)]
    if ev.loc:
        lines.append('LOCATION:%s' % e(ev.loc))
    if ev.desc:
        lines.append('DESCRIPTION:%s' % e(ev.desc))
    if ev.url:
        lines.append('URL:%s' % ev.url)
    if ev.attach:
        lines.append('ATTACH;FMTTYPE=application/pdf:%s' % ev.attach)
    if ev.conf:
        lines.append('CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=%s:%s' % (lb['join'], ev.conf))
    for n, a_ in m.atts:
        lines.append('ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE;LANGUAGE=%s:mailto:%s' % (pq(n or a_), lang, a_))
    lines.append('ORGANIZER;CN=%s:mailto:%s' % (pq(m.from_name), m.reply_to or m.from_addr))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    ics = ics_join(lines)
    when = G.when_text(lang, ev.start, ev.end, ev.tz)
    org_name = m.from_name
    # nextcloud sends from the instance system address with the organizer as reply-to
    host = 'cloud.' + m.from_dom if m.setup != 'free' else m.from_dom
    m.reply_to = m.from_addr
    inv = '%s invited you to “%s”' % (org_name, ev.summary) if lang == 'en' else '%s: %s — %s' % (lb['invite'], ev.summary, org_name)
    pl = [inv, '', '%s: %s' % (lb['title'], ev.summary), '%s: %s' % (lb['when'], when)]
    if ev.loc:
        pl.append('%s: %s' % (lb['where'], ev.loc))
    if ev.desc:
        pl.append('%s: %s' % (lb['desc'], ev.desc))
    pl += ['%s: %s' % (lb['who'], ', '.join(a_ for _, a_ in m.atts[:8])), '',
           '%s: https://%s/index.php/apps/dav/invitation/accept/%s' % (lb['accept'], host, G.ralnum(r, 60)),
           '%s: https://%s/index.php/apps/dav/invitation/decline/%s' % (lb['decline'], host, G.ralnum(r, 60)), '', '--', 'Nextcloud - a safe home for all your data']
    plain = '\n'.join(pl) + '\n'
    htm = simple_html('<table><tr><td>%s</td></tr></table>' % link_html(plain), lang)
    bm = '=_' + G.ralnum(r, 32)
    ba = '=_' + G.ralnum(r, 32)
    alt = Multi('alternative', ba, [text_leaf(m, 'plain', plain, ['quoted-printable']), text_leaf(m, 'html', htm, ['quoted-printable'])])
    root = Multi('mixed', bm, [alt, cal_leaf(m, ics, ev.method, cte='base64', name='event.ics', disp='attachment; filename=event.ics')])
    sender_addr = m.from_addr
    m.from_name = '%s (via Nextcloud)' % org_name if r.random() < 0.6 else org_name
    subj = '%s: %s' % (lb['invite'], ev.summary)
    h = std_headers(m, subj, '<%s@%s>' % (G.rhex(r, 32), host))
    h.insert(1, ('Reply-To', fmt_addr(org_name, sender_addr)))
    h += [('MIME-Version', '1.0'), ('Auto-Submitted', 'auto-generated')]
    return h, root


# ---------------------------------------------------------------- Zimbra
def r_zimbra(m):
    r, ev, lang = m.r, m.ev, m.lang
    lines = ['BEGIN:VCALENDAR', 'X-WR-CALNAME:%s' % e(ev.summary), 'X-WR-CALID:%s' % G.ruuid(r), 'PRODID:Zimbra-Calendar-Provider',
             'VERSION:2.0', 'METHOD:%s' % ev.method]
    lines += vtimezone(ev.tz, 'zimbra')
    lines += ['BEGIN:VEVENT', 'UID:%s' % G.ruuid(r), 'SUMMARY:%s' % e(ev.summary)]
    if ev.loc:
        lines.append('LOCATION:%s' % e(ev.loc))
    for n, a_ in m.atts:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (pq(n or a_), a_))
    lines.append('ORGANIZER;CN=%s:mailto:%s' % (pq(m.from_name), m.from_addr))
    a, b = ev_times(m, ev, 'tzid')
    lines += [a, b, 'STATUS:CONFIRMED', 'CLASS:PUBLIC', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'TRANSP:OPAQUE',
              'LAST-MODIFIED:%s' % G.ical_utc(ev.dtstamp), 'DTSTAMP:%s' % G.ical_utc(ev.dtstamp), 'SEQUENCE:%d' % ev.seq]
    desc = 'The following is a new meeting request:\n\nSubject: %s \nOrganizer: "%s" <%s> \n\n%sTime: %s\n \nInvitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s' % (
        ev.summary, m.from_name, m.from_addr, ('Location: %s \n' % ev.loc) if ev.loc else '',
        G.when_text('en', ev.start, ev.end, ev.tz), '; '.join(a_ for _, a_ in m.atts[:10]), ev.desc)
    lines.append('DESCRIPTION:%s' % e(desc))
    alt = ev.altdesc or simple_html('<h3>The following is a new meeting request:</h3><p>%s</p>' % link_html(ev.desc), lang)
    lines.append('X-ALT-DESC;FMTTYPE=text/html:%s' % e(alt.replace('\n', '')))
    lines += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;RELATED=START:-PT5M', 'DESCRIPTION:Reminder', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    ics = ics_join(lines)
    bnd = '=_' + G.ruuid(r)
    root = Multi('alternative', bnd, [text_leaf(m, 'plain', desc, ['quoted-printable', '7bit']),
                                      text_leaf(m, 'html', alt, ['quoted-printable']),
                                      cal_leaf(m, ics, ev.method, cte='7bit' if is_ascii(ics) else 'quoted-printable', name='meeting.ics')])
    h = std_headers(m, ev.summary, '<%s.%d.%d.JavaMail.zimbra@%s>' % (G.rhex(r, 6), r.randint(1000, 99999), r.randint(1600000000000, 1799999999999), m.from_dom),
                    date_off=m.local_arr_off)
    h += [('MIME-Version', '1.0'),
          ('X-Mailer', 'Zimbra %s (ZimbraWebClient - %s)' % (r.choice(['8.8.15_GA_4581', '9.0.0_GA_4597', '10.0.7_GA_4617']), r.choice(['FF124 (Linux)/9.0.0_GA_4597', 'GC122 (Win)/8.8.15_GA_4581', 'SAF17 (Mac)/10.0.7'])) ),
          ('Thread-Topic', enc_words(ev.summary)), ('Thread-Index', G.b64rand(r, 28))]
    m.trace.insert(5 if len(m.trace) > 5 else len(m.trace), ('X-Virus-Scanned', 'amavisd-new at %s' % m.from_dom))
    return h, root


# ---------------------------------------------------------------- Yahoo Calendar
def r_yahoo(m):
    r, ev, lang = m.r, m.ev, m.lang
    lb = L.LBL.get(lang, L.LBL['en'])
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Yahoo! Inc.//Yahoo Calendar//EN', 'METHOD:%s' % ev.method, 'BEGIN:VEVENT']
    a, b = ev_times(m, ev, 'utc')
    lines += ['UID:%s' % ('y' + G.rhex(r, 31)), 'DTSTAMP:%s' % G.ical_utc(ev.dtstamp), a, b, 'SUMMARY:%s' % e(ev.summary)]
    if ev.desc:
        lines.append('DESCRIPTION:%s' % e(ev.desc))
    if ev.loc:
        lines.append('LOCATION:%s' % e(ev.loc))
    lines.append('ORGANIZER;CN=%s:mailto:%s' % (pq(m.from_name), m.from_addr))
    for n, a_ in m.atts:
        lines.append('ATTENDEE;CN=%s;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:%s' % (pq(n or a_), a_))
    lines += ['SEQUENCE:%d' % ev.seq, 'STATUS:CONFIRMED', 'CLASS:PUBLIC', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    ics = ics_join(lines)
    when = G.when_text(lang, ev.start, ev.end, ev.tz)
    plain = '%s\n\n%s\n%s: %s\n%s\n\n%s\n\n%s: %s | %s | %s\n' % (
        lb['invited'], ev.summary, lb['when'], when, ('%s: %s' % (lb['where'], ev.loc)) if ev.loc else '', ev.desc,
        m.from_name, lb['accept'], lb['maybe'], lb['decline'])
    htm = simple_html('<div class="ydp-invite">%s</div>' % link_html(plain), lang)
    ba = '----=_Part_%d_%d.%d' % (r.randint(100000, 9999999), r.randint(100000000, 999999999), r.randint(1600000000000, 1799999999999))
    bb = '----=_Part_%d_%d.%d' % (r.randint(100000, 9999999), r.randint(100000000, 999999999), r.randint(1600000000000, 1799999999999))
    alt = Multi('alternative', bb, [text_leaf(m, 'plain', plain, ['quoted-printable']), text_leaf(m, 'html', htm, ['quoted-printable']),
                                    cal_leaf(m, ics, ev.method, cte='quoted-printable')])
    root = Multi('mixed', ba, [alt])
    subj = '%s: %s @ %s' % (lb['invite'], ev.summary, when)
    h = std_headers(m, subj, '<%d.%d.%d@mail.yahoo.com>' % (r.randint(100000000, 999999999), r.randint(1000000, 9999999), r.randint(1600000000000, 1799999999999)))
    h += [('MIME-Version', '1.0'), ('X-Mailer', 'WebService/1.1.%d YMailNorrin' % r.randint(20000, 22999))]
    return h, root


# ---------------------------------------------------------------- SOGo
def r_sogo(m):
    r, ev, lang = m.r, m.ev, m.lang
    lb = L.LBL.get(lang, L.LBL['en'])
    ver = r.choice(['4.3.2', '5.8.0', '5.10.0', '5.11.2'])
    lines = ['BEGIN:VCALENDAR', 'METHOD:%s' % ev.method, 'VERSION:2.0', 'PRODID:-//Inverse inc./SOGo %s//EN' % ver]
    lines += vtimezone(ev.tz, 'plain')
    uid = '%s-%s-%s-%s' % (G.rhex(r, 4, True), G.rhex(r, 8, True), G.rhex(r, 1, True), G.rhex(r, 8, True))
    lines += ['BEGIN:VEVENT', 'UID:%s' % uid, 'SUMMARY:%s' % e(ev.summary)]
    if ev.loc:
        lines.append('LOCATION:%s' % e(ev.loc))
    lines += ['CLASS:PUBLIC', 'X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:NO', 'TRANSP:OPAQUE']
    if ev.desc:
        lines.append('DESCRIPTION:%s' % e(ev.desc))
    if ev.url:
        lines.append('URL:%s' % ev.url)
    if ev.attach:
        lines.append('ATTACH:%s' % ev.attach)
    lines.append('ORGANIZER;CN=%s:mailto:%s' % (pq(m.from_name), m.from_addr))
    for n, a_ in m.atts:
        lines.append('ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CN=%s:mailto:%s' % (pq(n or a_), a_))
    a, b = ev_times(m, ev, 'tzid')
    lines += [a, b, 'CREATED:%s' % G.ical_utc(ev.created), 'DTSTAMP:%s' % G.ical_utc(ev.dtstamp),
              'LAST-MODIFIED:%s' % G.ical_utc(ev.dtstamp), 'SEQUENCE:%d' % ev.seq, 'END:VEVENT', 'END:VCALENDAR']
    ics = ics_join(lines)
    when = G.when_text(lang, ev.start, ev.end, ev.tz)
    inner = '<p>%s</p><table><tr><td>%s</td><td>%s</td></tr><tr><td>%s</td><td>%s</td></tr><tr><td>%s</td><td>%s</td></tr></table><p>%s</p>' % (
        htmlmod.escape('%s — %s' % (m.from_name, lb['invited'])), lb['title'], htmlmod.escape(ev.summary), lb['when'], htmlmod.escape(when),
        lb['where'], link_html(ev.loc), link_html(ev.desc))
    htm = simple_html(inner, lang)
    bnd = '----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-%d------' % (r.randint(1000, 99999), r.randint(1600000000, 1799999999), r.randint(100000, 999999), r.randint(1, 9))
    root = Multi('mixed', bnd, [text_leaf(m, 'html', htm, ['quoted-printable']),
                                cal_leaf(m, ics, ev.method, cte='quoted-printable', disp='inline')])
    subj = 'Event Invitation: "%s"' % ev.summary if lang == 'en' or r.random() < 0.4 else '%s: "%s"' % (lb['invite'], ev.summary)
    h = std_headers(m, subj, '<%s-%s-%s-%s@%s>' % (G.rhex(r, 4), G.rhex(r, 8), G.rhex(r, 1), G.rhex(r, 8), m.from_dom), date_off=m.local_arr_off)
    h += [('MIME-Version', '1.0'), ('X-Mailer', 'SOGoMail %s' % ver)]
    return h, root


# ---------------------------------------------------------------- booking systems
def r_booking(m):
    r, ev, lang = m.r, m.ev, m.lang
    lb = L.LBL.get(lang, L.LBL['en'])
    svc = m.svc
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:%s' % svc[2], 'CALSCALE:GREGORIAN', 'METHOD:%s' % ev.method,
             'X-WR-TIMEZONE:%s' % ev.tz]
    ts = 'utc' if r.random() < 0.5 else 'tzid'
    if ts == 'tzid':
        lines += vtimezone(ev.tz, 'plain')
    events = [ev] + ev.extra
    for k, x in enumerate(events):
        lines += ['BEGIN:VEVENT', 'UID:%s-%d@%s' % (G.rhex(r, 20), k, svc[1]), 'DTSTAMP:%s' % G.ical_utc(ev.dtstamp)]
        xx = G.NS(start=x.start, end=x.end, tz=ev.tz, allday=False)
        a, b = ev_times(m, xx, ts)
        lines += [a, b, 'SUMMARY:%s' % e(x.summary)]
        if k == 0 and ev.desc:
            lines.append('DESCRIPTION:%s' % e(ev.desc))
        if x.loc:
            lines.append('LOCATION:%s' % e(x.loc))
        if k == 0 and ev.url:
            lines.append('URL:%s' % ev.url)
        lines.append('ORGANIZER;CN=%s:mailto:%s' % (pq(m.org), m.reply_to or m.from_addr))
        if ev.method == 'REQUEST':
            lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (pq(m.rcpt_name), m.rcpt))
        lines += ['STATUS:%s' % ev.status, 'SEQUENCE:%d' % ev.seq, 'BEGIN:VALARM', 'TRIGGER:-PT%dM' % r.choice([30, 60, 1440]),
                  'ACTION:DISPLAY', 'DESCRIPTION:%s' % e(x.summary), 'END:VALARM', 'END:VEVENT']
    lines.append('END:VCALENDAR')
    ics = ics_join(lines)
    when = G.when_text(lang, ev.start, ev.end, ev.tz)
    manage = 'https://%s/b/%s' % (svc[1], G.ralnum(r, 20))
    greet = {'en': 'Hello', 'de': 'Hallo', 'fr': 'Bonjour', 'es': 'Hola', 'it': 'Ciao', 'pt': 'Olá', 'nl': 'Hallo', 'sv': 'Hej'}.get(lang)
    pl = []
    if greet and m.rcpt_first not in m.body:
        pl += ['%s %s,' % (greet, m.rcpt_first), '']
    pl += [m.body, '', '%s: %s' % (lb['title'], ev.summary), '%s: %s' % (lb['when'], when)]
    for x in ev.extra:
        pl.append('%s: %s' % (lb['when'], G.when_text(lang, x.start, x.end, ev.tz)) + ' – ' + x.summary)
    if ev.loc:
        pl.append('%s: %s' % (lb['where'], ev.loc))
    pl += ['', '%s: %s' % (lb['details'], manage), '', '— %s · %s' % (m.org, 'Powered by ' + svc[0])]
    plain = '\n'.join(pl) + '\n'
    inner = '<div style="max-width:600px;margin:0 auto;font-family:Arial,sans-serif">%s%s</div>' % (
        link_html(plain), m.html_extra or '')
    htm = simple_html(inner, lang)
    b1 = '_=_swift_%d_%s_=_' % (r.randint(1600000000, 1799999999), G.rhex(r, 32))
    b2 = '_=_swift_%d_%s_=_' % (r.randint(1600000000, 1799999999), G.rhex(r, 32))
    alt = Multi('alternative', b2, [text_leaf(m, 'plain', plain, ['quoted-printable', '8bit']), text_leaf(m, 'html', htm, ['quoted-printable', 'base64'])])
    root = Multi('mixed', b1, [alt, cal_leaf(m, ics, ev.method, cte=r.choice(['base64', 'quoted-printable']), name='invite.ics',
                                             disp='attachment; filename=invite.ics')])
    h = std_headers(m, m.subject_free, '<%s@%s>' % (G.rhex(r, 32), svc[1]))
    if m.reply_to:
        h.insert(1, ('Reply-To', m.reply_to))
    h += [('MIME-Version', '1.0'), ('X-Mailer', '%s Mailer' % svc[0]), ('Auto-Submitted', 'auto-generated')]
    return h, root


# ---------------------------------------------------------------- mailing lists and ESPs
def r_listmgr(m):
    r, ev, lang = m.r, m.ev, m.lang
    lb = L.LBL.get(lang, L.LBL['en'])
    esp = getattr(m, 'esp', None)
    prod = r.choice(['-//%s//Event Invite 1.4//EN' % (esp[0] if esp else 'Mailman'), '-//EventHive//EventHive Ticketing//EN',
                     '-//Eventbrite-like//Ticketing Calendar//EN', '-//WordPress//Events Manager 6.4//EN', '-//The Events Calendar//ECPv6//EN'])
    if not esp:
        prod = r.choice(['-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', '-//Google Inc//Google Calendar 70.9054//EN',
                         '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', '-//WordPress//Events Manager 6.4//EN'])
    method = ev.method if ev.method != 'REQUEST' or r.random() < 0.5 else 'PUBLISH'
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:%s' % prod, 'CALSCALE:GREGORIAN', 'METHOD:%s' % method]
    ts = r.choice(['utc', 'tzid', 'floating'])
    if ts == 'tzid':
        lines += vtimezone(ev.tz, 'plain')
    events = [ev] + ev.extra
    for k, x in enumerate(events):
        kind = 'VTODO' if ev.todo else 'VEVENT'
        lines += ['BEGIN:%s' % kind, 'UID:%s-%d@%s' % (G.rhex(r, 16), k, m.dom), 'DTSTAMP:%s' % G.ical_utc(ev.dtstamp)]
        xx = G.NS(start=x.start, end=x.end, tz=ev.tz, allday=ev.allday)
        a, b = ev_times(m, xx, ts)
        if ev.todo:
            b = b.replace('DTEND', 'DUE')
        lines += [a, b, 'SUMMARY:%s' % e(x.summary)]
        if k == 0:
            if ev.desc:
                lines.append('DESCRIPTION:%s' % e(ev.desc))
            if ev.url:
                lines.append('URL:%s' % ev.url)
            if ev.attach:
                lines.append('ATTACH;FMTTYPE=application/pdf:%s' % ev.attach)
            if ev.conf:
                lines.append('CONFERENCE;VALUE=URI;FEATURE=VIDEO:%s' % ev.conf)
            if ev.altdesc:
                lines.append('X-ALT-DESC;FMTTYPE=text/html:%s' % e(ev.altdesc.replace('\n', '')))
        if x.loc:
            lines.append('LOCATION:%s' % e(x.loc))
        lines.append('ORGANIZER;CN=%s:mailto:%s' % (pq(m.org), m.reply_to or m.from_addr))
        if method == 'REQUEST':
            lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (pq(m.rcpt_name), m.rcpt))
        lines += ['STATUS:CONFIRMED', 'END:%s' % kind]
    lines.append('END:VCALENDAR')
    ics = ics_join(lines)
    when = G.when_text(lang, ev.start, ev.end, ev.tz)
    pl = [m.body, '', '%s: %s' % (lb['when'], when)]
    if ev.loc:
        pl.append('%s: %s' % (lb['where'], ev.loc))
    if not esp:
        pl += ['', '_______________________________________________', '%s mailing list -- %s' % (m.list_addr.split('@')[0], m.list_addr),
               'To unsubscribe send an email to %s-leave@%s' % tuple(m.list_addr.split('@'))]
    else:
        pl += ['', '—', '%s · %s' % (m.org, m.dom), 'Unsubscribe: https://u.%s/unsub/%s' % (esp[1], G.ralnum(r, 16))]
    plain = '\n'.join(pl) + '\n'
    children = [text_leaf(m, 'plain', plain, ['quoted-printable', '8bit', 'base64'])]
    if esp:
        inner = '<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;font-family:Helvetica,Arial">%s%s</td></tr></table><img src="https://o.%s/open/%s.gif" width="1" height="1" alt="">' % (
            link_html(plain), m.html_extra or '', esp[1], G.ralnum(r, 20))
        children.append(text_leaf(m, 'html', simple_html(inner, lang), ['quoted-printable', 'base64']))
    b1 = '===============%019d==' % r.randint(10 ** 17, 10 ** 19 - 1) if not esp else '_----------=_%s' % G.rhex(r, 24)
    b2 = '===============%019d==' % r.randint(10 ** 17, 10 ** 19 - 1) if not esp else '_----------=_%s' % G.rhex(r, 24)
    body = Multi('alternative', b2, children) if len(children) > 1 else children[0]
    att = cal_leaf(m, ics, method, cte=r.choice(['base64', '7bit' if is_ascii(ics) else 'base64']), name='event.ics',
                   disp='attachment; filename="event.ics"', ctype=r.choice(['text/calendar', 'application/ics']))
    root = Multi('mixed', b1, [body, att])
    h = std_headers(m, m.subject_free, '<%s.%d@%s>' % (G.rhex(r, 20), r.randint(1, 99), m.from_dom if esp else m.from_dom),
                    to_hdr=(m.list_addr if not esp else None))
    if m.reply_to:
        h.insert(1, ('Reply-To', m.reply_to))
    if m.sender_hdr:
        h.insert(1, ('Sender', m.sender_hdr))
    h += [('MIME-Version', '1.0')]
    if esp:
        h.append(('X-Mailer', '%s Campaign Engine' % esp[0]))
    return h, root


# ---------------------------------------------------------------- hand-rolled tools / CRM scripts
def r_handrolled(m):
    r, ev, lang = m.r, m.ev, m.lang
    lb = L.LBL.get(lang, L.LBL['en'])
    tool = r.choice(['phpmailer', 'phpmailer', 'swift', 'python', 'java', 'none', 'forged-outlook', 'bulk'])
    prod = r.choice(['-//hacksw/handcal//NONSGML v1.0//EN', '-//PHP//ICS Generator 1.0//EN', None, '-//ical.marudot.com//iCal Event Maker',
                     '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', '-//Events Calendar//iCal4j 1.0//EN', '-//%s//Booking//EN' % slug(m.org)[:12].upper(),
                     'ics.py - http://git.io/lLljaA', '-//Spatie//iCalendar Generator//EN', '-//Zoho Corporation//Zoho CRM//EN'])
    quirk = r.choice(['none', 'no-method', 'method-mismatch', 'sloppy-fold', 'no-fold', 'bare-lf', 'none', 'floating'])
    method = ev.method
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0']
    if prod:
        lines.append('PRODID:%s' % prod)
    ics_method = method
    if quirk == 'method-mismatch':
        ics_method = 'PUBLISH' if method == 'REQUEST' else 'REQUEST'
    if quirk != 'no-method':
        lines.append('METHOD:%s' % ics_method)
    kind = 'VTODO' if ev.todo else 'VEVENT'
    events = [ev] + ev.extra
    ts = 'floating' if quirk == 'floating' else r.choice(['utc', 'tzid-noblock', 'tzid'])
    if ts == 'tzid':
        lines += vtimezone(ev.tz, 'plain')
    for k, x in enumerate(events):
        lines += ['BEGIN:%s' % kind, 'UID:%s' % r.choice([G.rhex(r, 32) + '@' + m.from_dom, G.ical_utc(ev.dtstamp) + '-%d@%s' % (r.randint(1, 9999), m.dom), G.ruuid(r)])]
        lines.append('DTSTAMP:%s' % G.ical_utc(ev.dtstamp))
        xx = G.NS(start=x.start, end=x.end, tz=ev.tz, allday=ev.allday)
        a, b = ev_times(m, xx, 'tzid' if ts == 'tzid-noblock' else ts)
        if ev.todo:
            b = b.replace('DTEND', 'DUE')
        lines += [a, b]
        lines.append('ORGANIZER;CN=%s:mailto:%s' % (pq(m.org), m.from_addr if r.random() < 0.7 else m.reply_to or m.from_addr))
        if method == 'REQUEST' or r.random() < 0.3:
            for n, a_ in m.atts:
                lines.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (pq(n or a_), a_))
        lines.append('SUMMARY:%s' % e(x.summary))
        if k == 0:
            if ev.desc:
                lines.append('DESCRIPTION:%s' % e(ev.desc))
            if ev.altdesc:
                lines.append('X-ALT-DESC;FMTTYPE=text/html:%s' % e(ev.altdesc.replace('\n', '')))
            if ev.url:
                lines.append('URL;VALUE=URI:%s' % ev.url if r.random() < 0.5 else 'URL:%s' % ev.url)
            if ev.attach:
                lines.append('ATTACH;FMTTYPE=%s:%s' % (r.choice(['application/pdf', 'text/html']), ev.attach))
            if ev.conf:
                lines.append('CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO;LABEL=Join:%s' % ev.conf)
        if x.loc:
            lines.append('LOCATION:%s' % e(x.loc))
        lines += ['STATUS:%s' % ('NEEDS-ACTION' if ev.todo else ev.status), 'SEQUENCE:%d' % ev.seq]
        if r.random() < 0.4:
            lines += ['BEGIN:VALARM', 'TRIGGER:-PT%dM' % r.choice([15, 30, 60]), 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM']
        lines.append('END:%s' % kind)
    lines.append('END:VCALENDAR')
    fold = {'sloppy-fold': 'sloppy', 'no-fold': 'none'}.get(quirk, 'std')
    eol = '\n' if quirk == 'bare-lf' else '\r\n'
    ics = ics_join(lines, fold, eol)
    # calendar charset: mostly utf-8, sometimes the body charset
    ccs, ccod = ('UTF-8', 'utf-8')
    if r.random() < 0.3:
        ccs, ccod = safe_codec(m, ics)
    plain = m.body or lb['attached']
    layout = r.choice(['calendar-only', 'alt-html-cal', 'mixed-plain-att', 'alt-plain-cal', 'mixed-alt-att'])
    if quirk == 'bare-lf':
        layout = 'mixed-plain-att'
    m.client_variant = 'handrolled'
    if layout == 'calendar-only':
        if quirk == 'bare-lf':
            layout = 'mixed-plain-att'
        else:
            root = cal_leaf(m, ics, method, cte=r.choice(['7bit', 'base64', 'quoted-printable']) if ccod != 'iso2022_jp' else '7bit',
                            cs=ccs, codec=ccod, crlf=True, method_param=(quirk != 'method-mismatch' or True))
            if root.cte == '7bit' and not is_ascii(ics):
                root.cte = '8bit'
    if layout != 'calendar-only':
        htm = simple_html('<div>%s</div>%s' % (link_html(plain), m.html_extra or ''), lang)
        bnd = r.choice(['b1_%s' % G.rhex(r, 32), '----=_Part_%d_%d' % (r.randint(1000, 99999), r.randint(10 ** 8, 10 ** 9)),
                        '==Multipart_Boundary_x%sx' % G.rhex(r, 32), '_----------=_%d' % r.randint(10 ** 12, 10 ** 13)])
        calp = cal_leaf(m, ics, method, cte='base64' if quirk == 'bare-lf' or r.random() < 0.5 else '8bit',
                        cs=ccs, codec=ccod, crlf=(quirk != 'bare-lf'))
        if calp.cte == '8bit' and is_ascii(ics):
            calp.cte = '7bit'
        if layout == 'alt-html-cal':
            root = Multi('alternative', bnd, [text_leaf(m, 'html', htm, ['quoted-printable', '8bit', 'base64']), calp])
        elif layout == 'alt-plain-cal':
            root = Multi('alternative', bnd, [text_leaf(m, 'plain', plain, ['quoted-printable', '8bit', '7bit']), calp])
        elif layout == 'mixed-plain-att':
            att = cal_leaf(m, ics, method if r.random() < 0.6 else None, cte='base64', name=r.choice(['invite.ics', 'event.ics', 'meeting.ics', 'calendar.ics']),
                           disp='attachment; filename="%s"' % r.choice(['invite.ics', 'event.ics', 'meeting.ics']),
                           ctype=r.choice(['text/calendar', 'application/octet-stream', 'application/ics']), cs=ccs, codec=ccod,
                           crlf=(quirk != 'bare-lf'), charset_param=r.random() < 0.5)
            root = Multi('mixed', bnd, [text_leaf(m, 'plain', plain, ['quoted-printable', '8bit', 'base64']), att])
        else:
            b2 = bnd + 'alt'
            alt = Multi('alternative', b2, [text_leaf(m, 'plain', plain, ['quoted-printable', '8bit']), text_leaf(m, 'html', htm, ['quoted-printable', 'base64'])])
            att = cal_leaf(m, ics, method, cte='base64', name='invite.ics', disp='attachment; filename="invite.ics"', cs=ccs, codec=ccod)
            root = Multi('mixed', bnd, [alt, att])
    if not hasattr(m, 'cs_used'):
        m.cs_used = ccs.upper()
    to_hdr = None
    if m.label == 'spam' and r.random() < 0.25:
        to_hdr = 'undisclosed-recipients:;'
    h = std_headers(m, m.subject_free, '<%s@%s>' % (G.rhex(r, 32) if tool != 'bulk' else G.ralnum(r, 18), m.from_dom), to_hdr=to_hdr,
                    date_off=r.choice([0, m.local_arr_off]), mode=r.choice(['B', 'Q']))
    if m.reply_to:
        h.insert(1, ('Reply-To', m.reply_to))
    h.append(('MIME-Version', '1.0'))
    if tool == 'phpmailer':
        h.append(('X-Mailer', 'PHPMailer %s (https://github.com/PHPMailer/PHPMailer)' % r.choice(['6.8.1', '6.9.1', '6.1.4', '5.2.27'])))
    elif tool == 'swift':
        h.append(('X-Mailer', 'Swift Mailer'))
    elif tool == 'python':
        pass
    elif tool == 'java':
        h.append(('X-Mailer', 'JavaMail'))
    elif tool == 'forged-outlook':
        h.append(('X-Mailer', 'Microsoft Outlook 16.0'))
        h.append(('Content-Class', 'urn:content-classes:calendarmessage'))
    elif tool == 'bulk':
        h.append(('X-Mailer', r.choice(['SendBlaster 4', 'Atomic Mail Sender 9.x', 'MailList Controller', 'SmartMailer 5'])))
        h.append(('X-Priority', '3 (Normal)'))
    return h, root


RENDERERS = {'google': r_google, 'outlook': r_outlook, 'apple': r_apple, 'thunderbird': r_thunderbird,
             'zoom': r_zoom, 'nextcloud': r_nextcloud, 'zimbra': r_zimbra, 'yahoo': r_yahoo, 'sogo': r_sogo,
             'booking': r_booking, 'listmgr': r_listmgr, 'handrolled': r_handrolled}
