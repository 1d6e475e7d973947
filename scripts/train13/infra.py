"""Sending infrastructure: envelope, relays, DKIM/SPF/DMARC results and the receiving MX trace headers."""
import datetime as dt
import util as U

DOC_NETS = ['192.0.2.', '198.51.100.', '203.0.113.']

FREE_INFRA = {
    # domain: (helo pattern, dkim selector or None, dmarc policy)
    'gmail.com': ('mail-wm1-f%d.google.com', 'google', ('NONE', 'QUARANTINE')),
    'outlook.com': ('EUR04-DB3-obe.outbound.protection.outlook.com', 'selector1', ('NONE', 'QUARANTINE')),
    'hotmail.com': ('EUR02-VE1-obe.outbound.protection.outlook.com', 'selector1', ('NONE', 'NONE')),
    'hotmail.es': ('EUR05-AM6-obe.outbound.protection.outlook.com', 'selector1', ('NONE', 'NONE')),
    'hotmail.co.th': ('APC01-SG2-obe.outbound.protection.outlook.com', 'selector1', ('NONE', 'NONE')),
    'live.com': ('EUR03-AM7-obe.outbound.protection.outlook.com', 'selector1', ('NONE', 'NONE')),
    'icloud.com': ('st43p00im-ztfb10061701.me.com', '1a1hai', ('QUARANTINE', 'QUARANTINE')),
    'me.com': ('st43p00im-zteg10062001.me.com', '1a1hai', ('QUARANTINE', 'QUARANTINE')),
    'yahoo.com': ('sonic%d-22.consmr.mail.ne1.yahoo.com', 's2048', ('REJECT', 'REJECT')),
    'yahoo.gr': ('sonic%d-9.consmr.mail.ir2.yahoo.com', 's2048', ('REJECT', 'REJECT')),
    'yahoo.com.tw': ('sonic%d-3.consmr.mail.tw1.yahoo.com', 's2048', ('REJECT', 'REJECT')),
    'yahoo.co.in': ('sonic%d-5.consmr.mail.sg3.yahoo.com', 's2048', ('REJECT', 'REJECT')),
    'aol.com': ('sonic%d-1.consmr.mail.bf2.yahoo.com', 'a2048', ('REJECT', 'REJECT')),
    'gmx.de': ('mout.gmx.net', 'badeba3b8450', ('NONE', 'NONE')),
    'web.de': ('mout.web.de', 's29768273', ('NONE', 'NONE')),
    't-online.de': ('mailout%d.t-online.de', None, ('NONE', 'NONE')),
    'posteo.de': ('mout01.posteo.de', '2017', ('NONE', 'NONE')),
    'mail.ru': ('smtp%d.i.mail.ru', 'mail4', ('REJECT', 'REJECT')),
    'yandex.ru': ('forward%da.mail.yandex.net', 'mail', ('NONE', 'NONE')),
    'yandex.com.tr': ('forward%db.mail.yandex.net', 'mail', ('NONE', 'NONE')),
    'rambler.ru': ('mxout%d.rambler.ru', 'mail', ('NONE', 'NONE')),
    'qq.com': ('out%d.mail.qq.com', 's201512', ('QUARANTINE', 'QUARANTINE')),
    '163.com': ('m%d.mail.163.com', 's110527', ('NONE', 'NONE')),
    '126.com': ('m%d.mail.126.com', 's110527', ('NONE', 'NONE')),
    'sina.com': ('mail%d.sina.com', 'sina', ('NONE', 'NONE')),
    'naver.com': ('cvsmtppost%d.nm.naver.com', 'naver', ('REJECT', 'REJECT')),
    'daum.net': ('smtp%d.daum.net', 'daum', ('NONE', 'NONE')),
    'hanmail.net': ('smtp%d.daum.net', 'daum', ('NONE', 'NONE')),
    'orange.fr': ('smtp%d.smtpout.orange.fr', 't20230301', ('NONE', 'NONE')),
    'free.fr': ('smtp%d-g21.free.fr', 'smtp-20201208', ('NONE', 'NONE')),
    'laposte.net': ('smtp-out%d.laposte.net', 'lpn-wlmd', ('NONE', 'NONE')),
    'sfr.fr': ('smtp%d.sfr.fr', 'sfr', ('NONE', 'NONE')),
    'libero.it': ('smtp-%d.libero.it', 'libero', ('NONE', 'NONE')),
    'tiscali.it': ('smtp%d.tiscali.it', 'smtp', ('NONE', 'NONE')),
    'virgilio.it': ('smtp-%d.virgilio.it', 'virgilio', ('NONE', 'NONE')),
    'sapo.pt': ('smtp%d.sapo.pt', 'sapo', ('NONE', 'NONE')),
    'uol.com.br': ('smtp%d.uol.com.br', 'uol', ('NONE', 'NONE')),
    'bol.com.br': ('smtp%d.bol.com.br', 'uol', ('NONE', 'NONE')),
    'ziggo.nl': ('smtp%d.ziggo.nl', 'ziggo', ('NONE', 'NONE')),
    'kpnmail.nl': ('cpsmtpb-ews%d.kpnxchange.com', 'kpnmail01', ('NONE', 'NONE')),
    'xs4all.nl': ('lb%d-smtp-cloud9.xs4all.net', 's1', ('NONE', 'NONE')),
    'wp.pl': ('mx%d.wp.pl', '1024a', ('NONE', 'NONE')),
    'onet.pl': ('smtpo%d.poczta.onet.pl', '2011-07-28', ('NONE', 'NONE')),
    'o2.pl': ('mx%d.o2.pl', '20230601', ('NONE', 'NONE')),
    'interia.pl': ('smtpo%d.poczta.interia.pl', 'biztos', ('NONE', 'NONE')),
    'otenet.gr': ('mailout%d.otenet.gr', None, ('NONE', 'NONE')),
    'walla.co.il': ('out%d.walla.co.il', 'walla', ('NONE', 'NONE')),
    'bezeqint.net': ('mxout%d.bezeqint.net', None, ('NONE', 'NONE')),
    'ms1.hinet.net': ('msr%d.hinet.net', None, ('NONE', 'NONE')),
    'nifty.com': ('mta-snd%d.nifty.com', 'default', ('NONE', 'NONE')),
    'ybb.ne.jp': ('mail%d.ybb.ne.jp', None, ('NONE', 'NONE')),
    'rediffmail.com': ('rediffmail%d.rediff.com', None, ('NONE', 'NONE')),
    'protonmail.com': ('mail-4%d.protonmail.ch', 'protonmail3', ('QUARANTINE', 'QUARANTINE')),
    'comcast.net': ('resqmta-po-%d.emailsrvr.comcast.net', '20190202a', ('NONE', 'NONE')),
    'telefonica.net': ('smtp%d.telefonica.net', None, ('NONE', 'NONE')),
}


def ip(rng):
    return rng.choice(DOC_NETS) + str(rng.randint(2, 254))


def ip6(rng):
    return '2001:db8:%x:%x::%x' % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))


def org_domain(d):
    parts = d.split('.')
    if len(parts) >= 3 and parts[-2] in ('co', 'com', 'ac', 'org', 'edu', 'ne', 'or', 'net', 'gov') and len(parts[-1]) == 2:
        return '.'.join(parts[-3:])
    if len(parts) >= 3 and parts[-2] == 'example' and parts[-1] in ('com', 'net', 'org'):
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


def google_sel(year):
    return '20161025' if year < 2021 else ('20210112' if year < 2023 else '20230601')


def dkim_sig(rng, d, sel, hlist, t, extra=''):
    b = U.b64r(rng, 256)
    bh = U.b64r(rng, 32)
    lines = 'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;%s\n\tt=%d; h=%s;\n\tbh=%s;\n\tb=' % (
        d, sel, extra, t, hlist, bh)
    chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
    return lines + '\n\t '.join(chunks), b[:8]


def ts(d):
    return int((d - dt.datetime(1970, 1, 1)).total_seconds())


def qid(rng):
    return rng.choice(['4', '4', '5']) + U.alnum(rng, 9, '0123456789ABCDEF')


def setup(s):
    """Decide envelope, relay host, auth results and sender-side headers. Fills s.trace_* fields."""
    rng = s.rng
    fd = s.frm['addr'].split('@')[1].lower()
    s.dkims = []          # (domain, selector, result, sigheader)
    s.sender_block = []   # header lines between MX Received and client headers
    s.tls = True
    t = ts(s.sent)
    kind = s.kind
    pol_map = {'REJECT': 'REJECT', 'QUARANTINE': 'QUARANTINE', 'NONE': 'NONE'}
    s.dmarc_pol = getattr(s, 'dmarc_pol', None) or rng.choice([('REJECT', 'REJECT'), ('QUARANTINE', 'QUARANTINE'), ('NONE', 'NONE'), ('NONE', 'NONE')])
    c = s.client if s.client != 'list' else s.inner_client
    forged = s.forged

    def sign(d, sel, hl, extra='', result='pass'):
        sig, b8 = dkim_sig(rng, d, sel, hl, t, extra)
        s.dkims.append((d, sel, result, b8))
        return sig

    if c == 'google' and not forged:
        s.env = '3%s@calendar-server.bounces.google.com' % U.b64url(rng, 30).replace('-', 'A').replace('_', 'B')
        n = rng.randint(41, 199)
        s.helo = s.rdns = 'mail-sor-f%d.google.com' % n
        s.ip = ip(rng)
        sel = google_sel(s.year)
        hl = 'to:from:subject:message-id:date:sender:reply-to:mime-version:from:to:cc:subject:date:message-id:reply-to'
        sigs = [sign('google.com', sel, hl, ' darn=%s;' % s.rcpt['addr'].split('@')[1])]
        if fd == 'gmail.com':
            sigs.insert(0, sign('gmail.com', sel, hl))
        elif s.ws_dkim:
            sigs.insert(0, sign(fd, 'google', hl))
        else:
            s.dmarc_pol = ('NONE', 'NONE')
        s.spf = ('pass', 'calendar-server.bounces.google.com')
        pdt = U.utcoff('America/Los_Angeles', s.sent)
        s.sender_block = sigs + [
            'X-Google-Smtp-Source: AGHT+I%s' % U.b64r(rng, 60).rstrip('='),
            'X-Received: by %s with SMTP id %s.%d.%d;\n        %s' % (ip6(rng), U.alnum(rng, 18), rng.randint(1, 9), ts(s.sent) % 100000,
                                                                     U.rfcdate(s.sent, pdt, 'PDT' if pdt == -420 else 'PST')),
            'Received: by %s with SMTP id %s-%s.%d\n        for <%s>; %s' % (s.helo, U.digits(rng, 10), U.alnum(rng, 12), rng.randint(0, 9),
                                                                         s.rcpt['addr'], U.rfcdate(s.sent, pdt, 'PDT' if pdt == -420 else 'PST'))]
        dmarc_dom = fd
        if fd == 'gmail.com':
            s.dmarc_pol = ('NONE', 'QUARANTINE')
    elif c == 'outlook' and not forged and kind != 'vps':
        s.env = s.frm['addr'] if not s.env_override else s.env_override
        region = rng.choice(['EUR05-AM6', 'EUR02-DB5', 'EUR03-VI1', 'NAM12-BN8', 'NAM10-MW2', 'NAM04-DM6', 'APC01-SG2', 'JPN01-OS0', 'KOR01-PS2'])
        if fd in ('outlook.com', 'hotmail.com', 'live.com', 'hotmail.es', 'hotmail.co.th'):
            s.helo = '%s-obe.outbound.protection.outlook.com' % region
            s.rdns = 'mail-%solkn20%d.outbound.protection.outlook.com' % (region.split('-')[1].lower() + region[:3].lower(), rng.randint(10, 99))
            sel = 'selector1'
            s.dmarc_pol = ('NONE', 'QUARANTINE') if fd == 'outlook.com' else ('NONE', 'NONE')
        else:
            s.helo = '%s-obe.outbound.protection.outlook.com' % region
            s.rdns = 'mail-%son2%03d.outbound.protection.outlook.com' % (region.split('-')[1].lower() + region[:3].lower(), rng.randint(0, 999))
            sel = rng.choice(['selector1', 'selector2'])
        s.ip = ip(rng)
        hl = 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck'
        if s.no_dkim:
            sig = sign('%s.onmicrosoft.com' % fd.split('.')[0].replace('-', ''), sel, hl)
        else:
            sig = sign(fd, sel, hl)
        s.spf = ('pass', fd)
        mapi = '15.20.%d.%03d' % (rng.randint(6000, 8800), rng.randint(0, 40))
        s.sender_block = [
            'ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s' % U.b64r(rng, 180),
            'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s' % (U.b64r(rng, 32), U.b64r(rng, 180)),
            'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none',
            sig,
            'Received: from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s;\n %s'
            % (s.exch_fqdn, ip6(rng), s.exch_fqdn2, ip6(rng), mapi, U.rfcdate(s.sent, 0)),
            'Received: from %s\n ([%s]) by %s\n ([%s%%4]) with mapi id %s; %s' % (s.exch_fqdn, ip6(rng), s.exch_fqdn, ip6(rng), mapi, U.rfcdate(s.sent, 0))]
        dmarc_dom = fd
    elif c == 'apple' and not forged:
        s.env = s.frm['addr']
        s.helo = s.rdns = rng.choice(['st43p00im-ztfb10061701.me.com', 'st43p00im-zteg10062001.me.com', 'qs51p00im-qukt01071801.me.com',
                                      'mr85p00im-zteg06021601.me.com'])
        s.ip = ip(rng)
        hl = 'Content-Type:Mime-Version:Subject:Date:Message-Id:To:From'
        d = fd if fd in ('icloud.com', 'me.com') else fd
        sel = '1a1hai' if fd in ('icloud.com', 'me.com') else 'sig1'
        sig = sign(d, sel, hl)
        s.spf = ('pass', fd)
        s.dmarc_pol = ('QUARANTINE', 'QUARANTINE') if fd in ('icloud.com', 'me.com') else s.dmarc_pol
        s.sender_block = [sig, 'Received: from smtpclient.apple (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
                          % ('unknown', ip(rng), s.helo, U.alnum(rng, 12, '0123456789ABCDEF'), U.rfcdate(s.sent, 0, 'UTC'))]
        dmarc_dom = fd
    elif c == 'yahoo' and not forged:
        s.env = s.frm['addr']
        s.helo = s.rdns = FREE_INFRA.get(fd, FREE_INFRA['yahoo.com'])[0] % rng.randint(20, 330)
        s.ip = ip(rng)
        sig = sign(fd if fd != 'aol.com' else 'aol.com', 's2048', 'Date:From:Reply-To:To:Subject:References:From:Subject:Reply-To',)
        s.spf = ('pass', fd)
        s.dmarc_pol = ('REJECT', 'REJECT')
        s.sender_block = [sig, 'X-YMail-OSG: %s' % U.b64r(rng, 90),
                          'X-Sonic-MF: <%s>' % s.frm['addr'],
                          'Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s' % (s.helo, U.rfcdate(s.sent, 0))]
        dmarc_dom = fd
    elif c == 'zoom' and not forged:
        s.env = 'bounce-%s@zoom.us' % U.hexs(rng, 16)
        s.helo = s.rdns = 'mta%d.zoom.us' % rng.randint(10, 99)
        s.ip = ip(rng)
        sig = sign('zoom.us', 'zm1', 'From:Reply-To:To:Subject:MIME-Version:Content-Type:Date:Message-ID')
        s.spf = ('pass', 'zoom.us')
        s.dmarc_pol = ('REJECT', 'REJECT')
        s.sender_block = [sig, 'Received: from zoom.us (unknown [%s]) by %s (Postfix) with ESMTP id %s; %s'
                          % (ip(rng), s.helo, U.alnum(rng, 10, '0123456789ABCDEF'), U.rfcdate(s.sent, 0, 'UTC'))]
        dmarc_dom = fd
    elif kind == 'esp' or c == 'booking':
        esp = s.esp or {'bounce': 'bounces.mailrelay.example', 'host': 'o%d.mta.mailrelay.example', 'd': 'mailrelay.example'}
        s.env = 'bounces+%s-%s=%s@%s' % (U.digits(rng, 7), U.hexs(rng, 4), s.rcpt['addr'].replace('@', '='), esp['bounce'])
        s.helo = s.rdns = esp['host'] % rng.randint(1, 40)
        s.ip = ip(rng)
        hl = 'from:reply-to:subject:mime-version:content-type:to:date:message-id'
        sigs = []
        if not s.no_dkim:
            sigs.append(sign(fd, rng.choice(['s1', 'k1', 'em', 'pm', 'scph0124', 'mte1']), hl))
        sigs.append(sign(esp['d'], 'smtpapi', hl))
        s.spf = ('pass', esp['bounce'])
        s.sender_block = sigs + ['Received: by %s with SMTP id %s %s' % (s.helo, U.b64url(rng, 22), U.rfcdate(s.sent, 0, 'UTC'))]
        dmarc_dom = fd
    elif kind == 'vps' or forged:
        d_env = s.env_domain or fd
        s.env = s.env_override or ('%s@%s' % (rng.choice(['info', 'noreply', 'support', 'admin', 'mail', 'service', U.alnum(rng, 8)]), d_env))
        host = rng.choice(['vps%d.hostingly.example', 'srv%d.cloudserve.example', 'static.%d.clients.datacenter.example',
                           'ec2-%d.compute.cloudprovider.example', 'mail%d.bulkhost.example', 'ns%d.vps-node.example'])
        s.helo = rng.choice([host % rng.randint(10, 9999), 'localhost', 'mail.' + d_env, d_env, 'WIN-%s' % U.alnum(rng, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')])
        s.rdns = rng.choice(['unknown', host % rng.randint(10, 9999)])
        s.ip = ip(rng)
        s.tls = rng.random() < .6
        spf_r = s.spf_result or rng.choice(['softfail', 'fail', 'none', 'none', 'neutral', 'pass'])
        if not s.dmarc_force:
            if rng.random() < .55:
                s.dmarc_none = True
            else:
                s.dmarc_pol = rng.choice([('NONE', 'NONE'), ('NONE', 'NONE'), ('QUARANTINE', 'QUARANTINE')])
        s.spf = (spf_r, s.env.split('@')[1])
        if s.kit_dkim:
            s.sender_block.append(sign(s.env.split('@')[1], 'default', 'from:to:subject:date:message-id', result=s.kit_dkim))
        s.sender_block.append('Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPA id %s\n\tfor <%s>; %s' % (
            rng.choice(['User', 'localhost', '[127.0.0.1]', U.alnum(rng, 6)]), s.helo if '.' in s.helo else 'localhost',
            U.alnum(rng, 10, '0123456789ABCDEF'), s.rcpt['addr'], U.rfcdate(s.sent, rng.choice([0, 60, 120, -300, 180]))))
        dmarc_dom = fd
        if s.dmarc_force:
            s.dmarc_pol = s.dmarc_force
    else:
        # own mail server or a free provider via SMTP (Thunderbird, Nextcloud, Zimbra, SOGo, kits)
        s.env = s.env_override or s.frm['addr']
        if s.list_env:
            s.env = s.list_env
        if fd in FREE_INFRA:
            pat, sel, pol = FREE_INFRA[fd]
            s.helo = s.rdns = pat % rng.randint(1, 60) if '%d' in pat else pat
            s.dmarc_pol = pol
            s.ip = ip(rng)
            if sel:
                s.sender_block.append(sign(fd if fd != 'gmail.com' else 'gmail.com', sel if fd != 'gmail.com' else google_sel(s.year),
                                           'from:to:subject:date:message-id:mime-version:content-type'))
            s.sender_block.append('Received: from [%s] ([%s]) by %s (mrgmx%03d)\n with ESMTPSA (Nemesis) id %s; %s'
                                  % (ip(rng) if rng.random() < .5 else '192.168.1.%d' % rng.randint(2, 200), ip(rng), s.helo, rng.randint(1, 120),
                                     U.alnum(rng, 21), U.rfcdate(s.sent, s.soff)) if fd in ('gmx.de', 'web.de') else
                                  'Received: from [%s] (unknown [%s])\n\tby %s with ESMTPSA id %s\n\tfor <%s>; %s'
                                  % ('192.168.%d.%d' % (rng.randint(0, 2), rng.randint(2, 250)), ip(rng), s.helo,
                                     U.alnum(rng, 10), s.rcpt['addr'], U.rfcdate(s.sent, s.soff)))
            s.spf = ('pass', fd)
        else:
            s.helo = s.rdns = s.mailhost or ('%s.%s' % (rng.choice(['mail', 'mx1', 'smtp', 'mail2', 'out']), fd))
            s.ip = ip(rng)
            if not s.no_dkim:
                sel = s.dkim_sel or rng.choice(['default', 'mail', 'dkim', 's1', 'selector1', 'k1', 'x', 'mx', '2024', 'zimbra'])
                s.sender_block.append(sign(fd, sel, 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type'))
            if c == 'zimbra':
                s.sender_block.append('Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s' % (
                    s.helo, s.helo, U.alnum(rng, 10, '0123456789ABCDEF'), U.rfcdate(s.sent, s.soff, U.tzabbr(s.tz, U.from_utc(s.tz, s.sent)))))
            else:
                s.sender_block.append('Received: from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s' % (
                    rng.choice(['[192.168.1.%d]' % rng.randint(2, 200), 'localhost', 'webmail.' + fd, 'cloud.' + fd]),
                    rng.choice(['unknown', 'p%s.dip0.t-ipconnect.example' % U.hexs(rng, 8)]), ip(rng),
                    s.frm['addr'] if not s.nc_noreply else s.nc_noreply, s.helo, U.alnum(rng, 10, '0123456789ABCDEF'), s.rcpt['addr'],
                    U.rfcdate(s.sent, s.soff)))
            s.spf = (s.spf_result or 'pass', s.env.split('@')[1])
        dmarc_dom = fd
    if s.hdr_from_domain:
        dmarc_dom = s.hdr_from_domain
    # DMARC evaluation
    od = org_domain(dmarc_dom)
    aligned = any(r == 'pass' and org_domain(d) == od for d, _, r, _ in s.dkims) or (
        s.spf[0] == 'pass' and org_domain(s.spf[1]) == od)
    if s.dmarc_result:
        dres = s.dmarc_result
    elif s.dmarc_none:
        dres = 'none'
    else:
        dres = 'pass' if aligned else 'fail'
    s.dmarc = (dres, dmarc_dom)


def mx_headers(s):
    rng = s.rng
    rc = s.rcpt['addr'] if not s.delivered_to else s.delivered_to
    ar = ['Authentication-Results: mx.example.net;']
    items = []
    if s.dkims:
        for d, sel, r, b8 in s.dkims:
            extra = ' reason="signature verification failed"' if r == 'fail' else ''
            items.append('dkim=%s%s header.d=%s header.s=%s header.b=%s' % (r, extra, d, sel, b8))
    else:
        items.append('dkim=none (message not signed)')
    r, dom = s.spf
    envd = s.env.split('@')[1] if '@' in s.env else dom
    txt = {'pass': '(mx.example.net: domain of %s designates %s as permitted sender)',
           'fail': '(mx.example.net: domain of %s does not designate %s as permitted sender)',
           'softfail': '(mx.example.net: domain of transitioning %s does not designate %s as permitted sender)',
           'neutral': '(mx.example.net: %s is neither permitted nor denied by domain of %s)',
           'none': '(mx.example.net: domain of %s has no SPF policy when checking %s)'}[r]
    items.append('spf=%s %s smtp.mailfrom=%s' % (r, txt % (s.env, s.ip), s.env if '@' in s.env else envd))
    dres, ddom = s.dmarc
    if dres == 'none':
        items.append('dmarc=none (p=none dis=none) header.from=%s' % ddom)
    else:
        p, sp = s.dmarc_pol
        dis = 'NONE' if dres == 'pass' or p == 'NONE' else p
        items.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dres, p, sp, dis, ddom))
    for i, it in enumerate(items):
        ar.append('\t' + it + (';' if i < len(items) - 1 else ''))
    rec = 'Received: from %s (%s [%s])\n\tby mx.example.net (Postfix) with %s id %s\n\tfor <%s>; %s' % (
        s.helo, s.rdns, s.ip, 'ESMTPS' if s.tls else 'ESMTP', qid(rng), rc, U.rfcdate(s.arrival, 0, 'UTC'))
    return ['Return-Path: <%s>' % s.env, 'Delivered-To: ' + rc, '\n'.join(ar), rec]
