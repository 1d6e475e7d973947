"""Sender set-ups and the trace / authentication headers they produce.

The receiving MX is always mx.example.net (Postfix).  Everything the MX writes
(Return-Path, Delivered-To, Authentication-Results, its Received line) is
built in `mx_headers`; the sending side's own trace headers and DKIM
signatures come from `Sender`.
"""
import datetime as dt

from .util import rfc2822, zone_abbr

FREEMAIL = {
    'gmail.com': 'google', 'googlemail.com': 'google',
    'outlook.com': 'ms', 'hotmail.com': 'ms', 'live.com': 'ms', 'hotmail.fr': 'ms', 'outlook.de': 'ms',
    'hotmail.co.uk': 'ms', 'outlook.es': 'ms', 'hotmail.it': 'ms', 'live.nl': 'ms', 'outlook.jp': 'ms',
    'yahoo.com': 'yahoo', 'yahoo.fr': 'yahoo', 'yahoo.de': 'yahoo', 'yahoo.es': 'yahoo', 'yahoo.it': 'yahoo',
    'ymail.com': 'yahoo', 'yahoo.co.uk': 'yahoo', 'yahoo.com.br': 'yahoo', 'yahoo.gr': 'yahoo',
    'icloud.com': 'icloud', 'me.com': 'icloud', 'mac.com': 'icloud',
    'gmx.de': 'ui', 'gmx.net': 'ui', 'gmx.com': 'ui', 'web.de': 'ui', 'gmx.at': 'ui',
    'mail.ru': 'mailru', 'bk.ru': 'mailru', 'inbox.ru': 'mailru', 'list.ru': 'mailru',
    'yandex.ru': 'yandex', 'ya.ru': 'yandex', 'yandex.com': 'yandex', 'yandex.com.tr': 'yandex',
    'qq.com': 'qq', 'foxmail.com': 'qq', '163.com': 'netease', '126.com': 'netease',
    'naver.com': 'naver', 'daum.net': 'other', 'hanmail.net': 'other',
    'yahoo.co.jp': 'other', 'docomo.ne.jp': 'other', 'ezweb.ne.jp': 'other',
    'orange.fr': 'other', 'wanadoo.fr': 'other', 'free.fr': 'other', 'laposte.net': 'other', 'sfr.fr': 'other',
    'libero.it': 'other', 'virgilio.it': 'other', 'tiscali.it': 'other',
    'wp.pl': 'other', 'o2.pl': 'other', 'onet.pl': 'other', 'interia.pl': 'other',
    'seznam.cz': 'other', 'email.cz': 'other', 'centrum.cz': 'other',
    'rediffmail.com': 'other', 'walla.co.il': 'other', 'sapo.pt': 'other', 'uol.com.br': 'other',
    'bol.com.br': 'other', 'terra.com.br': 'other', 'ziggo.nl': 'other', 'kpnmail.nl': 'other',
    'hetnet.nl': 'other', 't-online.de': 'other', 'freenet.de': 'other', 'otenet.gr': 'other',
    'windowslive.com': 'ms', 'telefonica.net': 'other', 'movistar.es': 'other', 'aol.com': 'yahoo',
    'protonmail.com': 'other', 'proton.me': 'other', 'zoho.com': 'other', 'mail.com': 'ui',
    'tutanota.com': 'other', 'gmx.fr': 'ui', 'btinternet.com': 'other', 'comcast.net': 'other',
    'sky.com': 'other', 'yahoo.co.in': 'yahoo', 'outlook.in': 'ms', 'outlook.sa': 'ms', 'hotmail.gr': 'ms',
    'outlook.co.th': 'ms', 'hotmail.co.th': 'ms', 'nate.com': 'other', 'sina.com': 'other', 'sina.cn': 'other',
}

OTHER_SEL = {
    'yahoo.co.jp': 'yj20110701', 'orange.fr': 'ef20190223', 'wanadoo.fr': 'ef20190223',
    'free.fr': 'smtp-20201208', 'libero.it': 's2021', 'virgilio.it': 's2021', 'wp.pl': '1024a',
    'o2.pl': '20190326', 'onet.pl': '2011', 'interia.pl': 'biztos', 'seznam.cz': 'szn20221014',
    'email.cz': 'szn20221014', 't-online.de': None, 'walla.co.il': 'walla1', 'sapo.pt': 'sapo',
    'uol.com.br': 'afcca0b2b', 'ziggo.nl': 'ziggo2017', 'daum.net': 'daumkakao', 'hanmail.net': 'daumkakao',
    'protonmail.com': 'protonmail3', 'proton.me': 'protonmail', 'zoho.com': 'zm2022', 'rediffmail.com': 'red',
    'laposte.net': 'lpn-wlmd', 'sfr.fr': 'sfr', 'tiscali.it': 'smtp', 'centrum.cz': 'centrum',
    'bol.com.br': 'afcca0b2b', 'terra.com.br': 'terra', 'kpnmail.nl': 'kpnmail01', 'hetnet.nl': 'kpnmail01',
    'freenet.de': 'mjaymdexmjqk', 'otenet.gr': 'otenet', 'telefonica.net': None, 'movistar.es': None,
    'tutanota.com': 's1', 'btinternet.com': 'btmx201904', 'comcast.net': '20190202a', 'sky.com': 'sky',
    'docomo.ne.jp': 'docomo', 'ezweb.ne.jp': None, 'nate.com': 'nate', 'sina.com': 'sina', 'sina.cn': 'sina',
}


def gsel(year, month=6):
    if (year, month) >= (2023, 6):
        return '20230601'
    if (year, month) >= (2022, 12):
        return '20221208'
    if year >= 2021:
        return '20210112'
    return '20161025'


class Sender:
    """Describes how a message left the sender's side."""

    def __init__(self):
        self.from_name = ''
        self.from_addr = ''
        self.envelope = ''
        self.out_host = ''
        self.out_ip = ''
        self.rdns = True
        self.tls = True
        self.dkim = []        # (result, domain, selector, b8)
        self.spf = ('pass', '')
        self.dmarc = ('pass', 'REJECT', '')
        self.trace = []       # sender side headers (name, value)
        self.sigs = []        # DKIM-Signature header values
        self.extra_after = []  # e.g. X-Google-Smtp-Source
        self.kind = ''
        self.domain = ''


def _dkim_sig(rng, d, s, t, hlist, arrival, i_tag=None, c='relaxed/relaxed'):
    b = rng.b64(256)
    bh = rng.b64(32)
    v = 'v=1; a=rsa-sha256; c=%s;\r\n\td=%s; s=%s; t=%d;' % (c, d, s, t)
    if i_tag:
        v += ' i=%s;' % i_tag
    v += '\r\n\th=%s;\r\n\tbh=%s;\r\n\tb=' % (hlist, bh)
    # fold b= over lines of 70
    chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
    v += '\r\n\t '.join(chunks)
    return v, b[:8]


def _ts(d):
    return int((d - dt.datetime(1970, 1, 1)).total_seconds())


def build_sender(rng, spec, from_name, local, arrival, client, rcpt, lang_tz='UTC'):
    """spec grammar:
        free:<domain>        free mail account (all pass)
        m365:<domain>        Microsoft 365 tenant with custom domain (all pass)
        tenant:<name>        <name>.onmicrosoft.com tenant (all pass)
        ws:<domain>          Google Workspace (all pass)
        onprem:<domain>      own server with OpenDKIM (pass) – or no DKIM if suffix '!nodkim'
        host:<domain>        shared hosting (cPanel/exim), DKIM pass, DMARC none
        esp:<domain>:<esp>   sent through an ESP (sendgrid, mailgun, ses, brevo, sparkpost, postmark, mandrill)
        look:<domain>        newly registered look-alike with full SPF/DKIM/DMARC
        vps:<domain>         own throwaway domain on a VPS; auth varies (see opts)
        spoof:<domain>       From forged, sent from VPS / botnet, dmarc fails
    """
    s = Sender()
    kind, _, rest = spec.partition(':')
    dom, _, extra = rest.partition(':')
    s.kind = kind
    if kind == 'tenant':
        dom = dom + '.onmicrosoft.com'
    s.domain = dom
    s.from_name = from_name
    s.from_addr = local + '@' + dom if '@' not in local else local
    s.envelope = s.from_addr
    t = arrival - dt.timedelta(seconds=rng.randint(2, 40))
    ym = (arrival.year, arrival.month)
    rcpt_addr = rcpt

    def rcv_google(by):
        sid = rng.digits(13) if rng.chance(0.5) else 'a' + rng.hexs(4) + '-' + rng.digits(5) + rng.letters(2) + 'so' + rng.digits(7) + 'a' + rng.digits(2) + '.' + str(rng.randint(0, 3))
        return ('Received', 'by %s with SMTP id %s\r\n        for <%s>; %s' % (
            by, sid, rcpt_addr, rfc2822(t, 'America/Los_Angeles', comment=zone_abbr('America/Los_Angeles', t))))

    if kind == 'free':
        prov = FREEMAIL.get(dom, 'other')
    elif kind in ('m365', 'tenant'):
        prov = 'ms'
    elif kind == 'ws':
        prov = 'google'
    else:
        prov = kind

    if prov == 'google':
        s.out_host = 'mail-%s%d-f%d.google.com' % (rng.pick(['wm', 'ed', 'lf', 'pl', 'yw', 'qk', 'ej', 'io', 'oa', 'pj', 'qt']),
                                                     rng.randint(1, 1), rng.randint(41, 199))
        s.out_ip = rng.ip4('198.51.100')
        sel = gsel(*ym)
        hl_cal = 'to:from:subject:message-id:date:reply-to:sender:mime-version:from:to:cc:subject:date:message-id:reply-to'
        hl = 'to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to'
        if client == 'google':
            s.envelope = '3%s-%s@calendar-server.bounces.google.com' % (rng.alnum(12), rng.letters(40))
            spf_dom = 'calendar-server.bounces.google.com'
        else:
            spf_dom = dom
        if kind == 'ws':
            sig, b8 = _dkim_sig(rng, dom, 'google', _ts(t), hl_cal if client == 'google' else hl, arrival)
            s.sigs.append(sig)
            s.dkim.append(('pass', dom, 'google', b8))
        else:
            sig, b8 = _dkim_sig(rng, dom, sel, _ts(t), hl_cal if client == 'google' else hl, arrival)
            s.sigs.append(sig)
            s.dkim.append(('pass', dom, sel, b8))
        if client == 'google':
            sig, b8 = _dkim_sig(rng, 'google.com', sel, _ts(t), hl_cal, arrival)
            s.sigs.append(sig)
            s.dkim.append(('pass', 'google.com', sel, b8))
        s.trace.append(rcv_google(s.out_host if client != 'google' else 'mail-sor-f%d.google.com' % rng.randint(65, 73)))
        s.extra_after.append(('X-Google-Smtp-Source', rng.b64(60)[:76]))
        s.extra_after.append(('X-Received', 'by %s with SMTP id %s.%d.%d;\r\n        %s' % (
            rng.ip6(), rng.alnum(10, lower=True), rng.randint(1, 9), rng.randint(1000000000000, 9999999999999),
            rfc2822(t, 'America/Los_Angeles', comment=zone_abbr('America/Los_Angeles', t)))))
        s.spf = ('pass', s.envelope)
        s.dmarc = ('pass', 'NONE' if dom in ('gmail.com', 'googlemail.com') else rng.pick(['REJECT', 'QUARANTINE', 'NONE']), dom)
        return s

    if prov == 'ms':
        region = rng.pick(['eur', 'nam', 'apc', 'gbr', 'deu', 'ind', 'jpn', 'fra', 'che', 'bra'])
        if kind == 'free':
            s.out_host = '%s%02d-%s%d-obe.outbound.protection.outlook.com' % (
                region.upper()[:3], rng.randint(1, 12), rng.pick(['VI1', 'AM6', 'DB3', 'HE1', 'DM6', 'BN8', 'SN1', 'CO1']), rng.randint(1, 9))
            sel = 'selector1'
            d = dom
        else:
            s.out_host = 'mail-%s%s%don%d.outbound.protection.outlook.com' % (
                rng.pick(['db8', 'am6', 'vi1', 'he1', 'dm6', 'bn8', 'co1', 'sn1', 'ty2', 'sg2', 'ma0', 'zr0', 'fr2', 'pr3']),
                region, rng.randint(1, 12), rng.randint(2000, 2200))
            sel = rng.pick(['selector1', 'selector2'])
            d = dom
        s.out_ip = rng.ip4('203.0.113') if rng.chance(0.5) else rng.ip6()
        srv = '%s%dPR%02dMB%d' % (rng.pick(['AM', 'DB', 'VI', 'PA', 'DU', 'BN', 'CH', 'SJ', 'MW', 'TY', 'SG', 'MA']),
                                  rng.randint(0, 9), rng.randint(1, 20), rng.randint(1000, 9999))
        regd = rng.pick(['eurprd%02d' % rng.randint(1, 9), 'namprd%02d' % rng.randint(1, 20), 'apcprd%02d' % rng.randint(1, 6)])
        s.ms_srv, s.ms_reg = srv, regd
        s.trace.append(('Received', 'from %s.%s.prod.outlook.com\r\n (%s) by %s.%s.prod.outlook.com\r\n (%s) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            srv, regd, rng.ip6(), srv, regd, rng.ip6(), rng.randint(6000, 8999), rng.randint(10, 40), rfc2822(t))))
        hl = 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck'
        sig, b8 = _dkim_sig(rng, d, sel, _ts(t), hl, arrival)
        s.sigs.append(sig)
        s.dkim.append(('pass', d, sel, b8))
        s.spf = ('pass', s.envelope)
        s.dmarc = ('pass', 'NONE' if kind == 'free' else rng.pick(['REJECT', 'QUARANTINE', 'NONE', 'REJECT']), dom)
        if rng.chance(0.5):
            s.trace.insert(0, ('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\r\n dkim=pass header.d=%s; arc=none' % (dom, dom, dom)))
            s.trace.insert(0, ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-Original-BodyHash;\r\n bh=%s;\r\n b=%s' % (rng.b64(32), rng.b64(180))))
            s.trace.insert(0, ('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s' % rng.b64(180)))
        return s

    if prov == 'yahoo':
        dc = rng.pick(['ne1', 'bf2', 'gq1', 'ir2'])
        s.out_host = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (rng.randint(300, 330), rng.randint(1, 40), dc)
        s.out_ip = rng.ip4()
        s.trace.append(('Received', 'from sonic.gate.mail.%s.yahoo.com by sonic%d.consmr.mail.%s.yahoo.com with HTTP; %s' % (
            dc, rng.randint(300, 330), dc, rfc2822(t))))
        d = 'aol.com' if dom == 'aol.com' else 'yahoo.com' if dom.startswith('yahoo.com') or dom == 'ymail.com' else dom
        sig, b8 = _dkim_sig(rng, d, 's2048', _ts(t), 'Date:From:To:Subject:References:From:Subject:Reply-To', arrival)
        s.sigs.append(sig)
        s.dkim.append(('pass', d, 's2048', b8))
        s.spf = ('pass', s.envelope)
        s.dmarc = ('pass', 'REJECT', dom)
        return s

    if prov == 'icloud':
        s.out_host = '%sp00im-%s%08d.me.com' % (rng.pick(['st43', 'mr85', 'ms11', 'qs51', 'pv50']), rng.pick(['ztdg', 'zteg', 'ztbu']), rng.randint(10000000, 99999999))
        s.out_ip = rng.ip4()
        s.trace.append(('Received', 'from smtpclient.apple (%s [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s' % (
            'unknown', rng.ip4(), s.out_host, rng.hexs(10, upper=True), rfc2822(t))))
        sig, b8 = _dkim_sig(rng, 'icloud.com' if dom != 'me.com' else 'me.com', '1a1hai', _ts(t),
                            'Content-Type:Mime-Version:Subject:Message-Id:Date:To:From', arrival)
        s.sigs.append(sig)
        s.dkim.append(('pass', 'icloud.com' if dom != 'me.com' else 'me.com', '1a1hai', b8))
        s.spf = ('pass', s.envelope)
        s.dmarc = ('pass', 'QUARANTINE', dom)
        return s

    if prov == 'ui':
        mout = 'mout.web.de' if dom == 'web.de' else 'mout.gmx.net'
        s.out_host = mout
        s.out_ip = rng.ip4('203.0.113')
        sel = {'web.de': 's29768273', 'gmx.de': 's31663417', 'gmx.net': 's31663417', 'gmx.at': 's31663417'}.get(dom, 's1089575')
        s.trace.append(('Received', 'from [%s] ([%s]) by %s (mrgmx%03d\r\n [%s]) with ESMTPSA (Nemesis) id 1M%s-1r%s; %s' % (
            rng.ip4(), rng.ip4(), 'web-mail.gmx.net' if 'gmx' in dom else 'smtp.web.de', rng.randint(1, 120), rng.ip4(),
            rng.alnum(7), rng.alnum(10) + '-00' + rng.alnum(4), rfc2822(t, 'Europe/Berlin'))))
        sig, b8 = _dkim_sig(rng, dom, sel, _ts(t), 'X-UI-Sender-Class:MIME-Version:Message-ID:Date:Subject:From:To:Content-Type', arrival, i_tag=s.from_addr)
        s.sigs.append(sig)
        s.dkim.append(('pass', dom, sel, b8))
        s.spf = ('pass', s.envelope)
        s.dmarc = ('pass', 'QUARANTINE', dom)
        s.extra_after.append(('X-UI-Sender-Class', rng.uuid()))
        return s

    if prov in ('mailru', 'yandex', 'qq', 'netease', 'naver', 'other'):
        if prov == 'mailru':
            s.out_host, sel = 'smtp%d.i.mail.ru' % rng.randint(30, 60), 'mail4'
            s.trace.append(('Received', 'by smtp%d.i.mail.ru with esmtpa (envelope-from <%s>)\r\n\tid 1r%s-00%s-%s; %s' % (
                rng.randint(30, 60), s.from_addr, rng.alnum(4), rng.alnum(4), rng.alnum(2, upper=True), rfc2822(t, 'Europe/Moscow'))))
        elif prov == 'yandex':
            s.out_host, sel = 'forward%d%s.mail.yandex.net' % (rng.randint(100, 502), rng.pick('abc')), 'mail'
            s.trace.append(('Received', 'from mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net [%s])\r\n\tby %s (Yandex) with ESMTPS id %s;\r\n\t%s' % (
                rng.randint(10, 99), rng.randint(10, 99), rng.ip6(), s.out_host, rng.alnum(10), rfc2822(t, 'Europe/Moscow'))))
        elif prov == 'qq':
            s.out_host, sel = 'out%d-%d-%d-%d.mail.qq.com' % (rng.randint(100, 250), rng.randint(100, 250), rng.randint(100, 250), rng.randint(1, 250)), 's201512'
            s.extra_after.append(('X-QQ-mid', 'xmsezc%d-%s' % (rng.randint(10, 60), rng.alnum(10))))
            s.trace.append(('Received', 'from qq.com ([%s]) by newxmesmtplogicsvrszc%d-%d.qq.com (NewEsmtp) with SMTP\r\n\tid %s; %s' % (
                rng.ip4(), rng.randint(1, 20), rng.randint(0, 9), rng.hexs(8, upper=True), rfc2822(t, 'Asia/Shanghai'))))
        elif prov == 'netease':
            s.out_host, sel = 'm%d.mail.%s' % (rng.randint(12, 16), dom), 's110527'
            s.trace.append(('Received', 'from %s$%s ( [%s] ) by ajax-webmail-wmsvr-%d-%d\r\n (Coremail) ; %s' % (
                local, dom, rng.ip4(), rng.randint(40, 41), rng.randint(1, 99), rfc2822(t, 'Asia/Shanghai'))))
        elif prov == 'naver':
            s.out_host, sel = 'cvsmtppost%03d.nm.naver.com' % rng.randint(1, 60), 's20171208'
            s.trace.append(('Received', 'from naver.com (%s [%s])\r\n\tby cvsmtppost%03d.nm.naver.com with ESMTP id %s\r\n\tfor <%s>; %s' % (
                'unknown', rng.ip4(), rng.randint(1, 60), rng.b64url(20), rcpt_addr, rfc2822(t, 'Asia/Seoul'))))
        else:
            sel = OTHER_SEL.get(dom, rng.pick(['default', 'mail', 's1', 'dkim']))
            s.out_host = rng.pick(['smtp%d', 'mx%d', 'out%d', 'mailout%d', 'smtp-out%d']) % rng.randint(1, 40) + '.' + dom
            s.trace.append(('Received', 'from [%s] (unknown [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s' % (
                rng.ip4(), rng.ip4(), s.from_addr, s.out_host, rng.hexs(10, upper=True), rfc2822(t, lang_tz))))
        s.out_ip = rng.ip4()
        if sel:
            sig, b8 = _dkim_sig(rng, dom, sel, _ts(t), 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', arrival)
            s.sigs.append(sig)
            s.dkim.append(('pass', dom, sel, b8))
            s.dmarc = ('pass', rng.pick(['NONE', 'REJECT', 'QUARANTINE']), dom)
        else:
            s.dmarc = ('none', None, dom)
        s.spf = ('pass', s.envelope)
        return s

    # ---- company / infrastructure setups
    opts = set(extra.split(',')) if extra else set()
    if kind in ('onprem', 'host', 'look', 'vps', 'spoof', 'esp', 'zoom', 'svc'):
        if kind == 'esp':
            esp = (extra.split(',')[0] if extra else 'sendgrid')
            return _esp(rng, s, dom, esp, t, arrival, rcpt_addr, opts)
        if kind == 'zoom':
            return _esp(rng, s, 'zoom.us', 'zoom', t, arrival, rcpt_addr, opts)
        if kind == 'onprem':
            s.out_host = rng.pick(['mail', 'smtp', 'mx01', 'mailgw', 'relay', 'mx', 'smtp-out', 'mail2']) + '.' + dom
            s.out_ip = rng.ip4()
            if 'exchange' in opts:
                srv = rng.pick(['EXCH01', 'EX2016-01', 'MBX02', 'SRV-EX01', 'EXCHANGE'])
                s.trace.append(('Received', 'from %s.%s (%s) by %s.%s\r\n (%s) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.%d.%d.%d; %s' % (
                    srv, 'corp.' + dom, rng.ip4(), srv, 'corp.' + dom, rng.ip4(), rng.choice([1, 2]), rng.randint(1000, 2600), rng.randint(1, 40),
                    rfc2822(t, lang_tz))))
            else:
                s.trace.append(('Received', 'from [%s] (unknown [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s' % (
                    rng.ip4(), rng.ip4(), s.out_host, rng.hexs(10, upper=True), rfc2822(t, lang_tz))))
            if 'nodkim' not in opts:
                sel = rng.pick(['mail', 'default', 'dkim', 's1', 'selector1', '2019', 'mx', 'k1', str(arrival.year)])
                sig, b8 = _dkim_sig(rng, dom, sel, _ts(t), 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', arrival)
                s.sigs.append(sig)
                s.dkim.append(('pass', dom, sel, b8))
                s.dmarc = ('pass', rng.pick(['NONE', 'QUARANTINE', 'REJECT']), dom)
            else:
                s.dmarc = ('pass', 'NONE', dom) if 'dmarc' in opts else ('none', None, dom)
            s.spf = ('pass', s.envelope)
            return s
        if kind == 'host':
            s.out_host = rng.pick(['server', 'srv', 'cp', 'web', 'host', 'vps']) + '%d.%s' % (
                rng.randint(1, 999), rng.pick(['webhosting-eu.example', 'cpanel-hosting.example', 'sharedhost.example', 'linuxhost.example']))
            s.out_ip = rng.ip4()
            s.trace.append(('Received', 'from [%s] (port=%d helo=[%s])\r\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96.2)\r\n\t(envelope-from <%s>)\r\n\tid 1r%s-00%s-%s\r\n\tfor %s;\r\n\t%s' % (
                rng.ip4(), rng.randint(50000, 65000), rng.ip4(), s.out_host, s.envelope, rng.alnum(4), rng.alnum(4),
                rng.alnum(2, upper=True), rcpt_addr, rfc2822(t, lang_tz))))
            sig, b8 = _dkim_sig(rng, dom, 'default', _ts(t), 'Content-Type:MIME-Version:Message-ID:Subject:To:From:Date:Sender:Reply-To:Cc:Content-Transfer-Encoding:Content-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive', arrival)
            s.sigs.append(sig)
            s.dkim.append(('pass', dom, 'default', b8))
            s.spf = ('pass', s.envelope)
            s.dmarc = ('none', None, dom) if 'nodmarc' in opts or rng.chance(0.5) else ('pass', 'NONE', dom)
            return s
        if kind == 'look':
            # registered look-alike domain, properly set up.  Either own Postfix or an ESP.
            if 'esp' in opts:
                return _esp(rng, s, dom, rng.pick(['sendgrid', 'mailgun', 'ses', 'brevo', 'sparkpost']), t, arrival, rcpt_addr, opts)
            s.out_host = rng.pick(['mail', 'smtp', 'mx1', 'mta', 'out', 'srv1']) + '.' + dom
            s.out_ip = rng.ip4()
            s.trace.append(('Received', 'from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s' % (
                s.out_host, rng.hexs(10, upper=True), rcpt_addr, rfc2822(t, 'UTC'))))
            sel = rng.pick(['default', 'mail', 'dkim', 's1', 'x', 'k1', 'selector1', 'mx'])
            sig, b8 = _dkim_sig(rng, dom, sel, _ts(t), 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', arrival)
            s.sigs.append(sig)
            s.dkim.append(('pass', dom, sel, b8))
            s.spf = ('pass', s.envelope)
            s.dmarc = ('pass', rng.pick(['NONE', 'NONE', 'QUARANTINE', 'REJECT']), dom)
            return s
        if kind in ('vps', 'spoof'):
            # botnet / VPS style: rDNS missing or generic, auth varies
            s.rdns = rng.chance(0.5)
            generic = ['vps-%s.vps.ovh.example' % rng.hexs(8), 'static.%d.%d.clients.hostingnet.example' % (rng.randint(1, 250), rng.randint(1, 250)),
                       'vmi%d.contaboserver.example' % rng.randint(100000, 2999999), 'localhost.localdomain',
                       'WIN-%s' % rng.alnum(11, upper=True), 'ec2-%d-%d-%d-%d.compute-1.amazonaws.example' % tuple(rng.randint(1, 250) for _ in range(4))]
            own = ['mail.' + dom, 'srv%d.%s' % (rng.randint(1, 99), dom), 'mx.' + dom]
            host = rng.pick(generic + (own if kind == 'vps' else []))
            if host.startswith(('WIN-', 'localhost')):
                s.rdns = False
            elif host in own:
                s.rdns = True
            s.out_host = host
            s.out_ip = rng.ip4()
            s.tls = rng.chance(0.6)
            if kind == 'spoof':
                kv = dict(o.split('=', 1) for o in opts if '=' in o)
                env_dom = kv.get('env') or rng.pick(
                    ['mailer-%s.example' % rng.letters(5), 'srv-%s.example' % rng.letters(4), 'bulk%s.example' % rng.digits(3)])
                if 'sameenv' in opts:
                    env_dom = dom
                s.envelope = '%s@%s' % (rng.pick(['bounce', 'info', 'noreply', 'postmaster', rng.letters(6)]), env_dom)
                if env_dom == dom:
                    s.spf = (rng.pick(['fail', 'softfail']), s.envelope)
                else:
                    s.spf = (rng.pick(['pass', 'neutral', 'none', 'softfail']), s.envelope)
                if rng.chance(0.3) and env_dom != dom:
                    sig, b8 = _dkim_sig(rng, env_dom, 'default', _ts(t), 'From:To:Subject:Date:Message-ID', arrival)
                    s.sigs.append(sig)
                    s.dkim.append(('pass', env_dom, 'default', b8))
                pol = kv.get('pol') or rng.pick(['NONE', 'QUARANTINE', 'REJECT'])
                s.dmarc = ('fail', pol, dom)
                if 'nodmarc' in opts:
                    s.dmarc = ('none', None, dom)
            else:
                s.spf = (rng.pick(['pass', 'pass', 'neutral', 'none', 'softfail']), s.envelope)
                if 'dkim' in opts:
                    sig, b8 = _dkim_sig(rng, dom, rng.pick(['default', 'mail', 'dkim']), _ts(t), 'From:To:Subject:Date:Message-ID', arrival)
                    s.sigs.append(sig)
                    s.dkim.append(('pass', dom, 'default', b8))
                    s.dmarc = ('pass', 'NONE', dom) if s.spf[0] == 'pass' or True else s.dmarc
                else:
                    s.dmarc = ('none', None, dom) if s.spf[0] != 'pass' or rng.chance(0.6) else ('pass', 'NONE', dom)
            if rng.chance(0.5):
                s.trace.append(('Received', 'from %s (localhost [127.0.0.1])\r\n\tby %s with ESMTP id %s\r\n\tfor <%s>; %s' % (
                    rng.pick(['User', 'localhost', 'WIN-' + rng.alnum(8, upper=True), 'admin-PC', 'ubuntu']), host, rng.alnum(8), rcpt_addr,
                    rfc2822(t, offset=rng.pick([0, 60, 120, 180, 300, 330, 420, 480, -240, -300])))))
            return s
    raise ValueError('unknown sender spec ' + spec)


ESP = {
    'sendgrid': ('o%d.ptr%d.%s', 'wrfilter%d.sendgrid.net', 's1', 'sendgrid.net', 'smtpapi'),
    'mailgun': ('m%d-%d.mailgun.net', None, 'mx', 'mailgun.org', 'k1'),
    'ses': ('a%d-%d.smtp-out.amazonses.com', None, 'sel1', 'amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'),
    'brevo': ('mail%d.sendinblue.com', None, 'mail', 'sendinblue.com', 'mail'),
    'sparkpost': ('mta-%d-%d.sparkpostmail.com', None, 'scph0123', 'sparkpostmail.com', 'spc'),
    'postmark': ('mta%d-%d.mtasv.net', None, '20230101pm', 'mtasv.net', 'pm'),
    'mandrill': ('mail%d.suw%d.mandrillapp.com', None, 'mte1', 'mandrillapp.com', 'mandrill'),
    'zoom': ('zoom-mail-%d.zoom.us', None, 'zoom', 'zoom.us', None),
}


def _esp(rng, s, dom, esp, t, arrival, rcpt_addr, opts):
    host_t, _, sel, esp_dom, esp_sel = ESP[esp]
    if '%s' in host_t:
        s.out_host = host_t % (rng.randint(1, 99), rng.randint(1000, 9999), dom)
    else:
        s.out_host = host_t % tuple(rng.randint(1, 250) for _ in range(host_t.count('%d')))
    s.out_ip = rng.ip4()
    if esp == 'sendgrid':
        s.envelope = 'bounces+%d-%s-%s=%s@em%d.%s' % (rng.randint(1000000, 40000000), rng.hexs(4), rcpt_addr.split('@')[0], rcpt_addr.split('@')[1], rng.randint(100, 9999), dom)
        s.trace.append(('Received', 'by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-%d-%s-%d;\r\n        %s' % (
            rng.hexs(10), rng.alnum(5, lower=True), rng.hexs(10), rng.alnum(5, lower=True), rng.randint(1, 9), rng.hexs(8, upper=True), rng.randint(1, 40),
            rfc2822(t, 'UTC', comment='UTC').replace(' +0000 (UTC)', '.%d +0000 (UTC)' % rng.randint(100000000, 999999999)))))
    elif esp == 'mailgun':
        s.envelope = 'bounce+%s.%s-%s=%s@mg.%s' % (rng.hexs(6), rng.hexs(6), rcpt_addr.split('@')[0], rcpt_addr.split('@')[1], dom)
    elif esp == 'ses':
        s.envelope = '0102%s-%s-000000@%s.amazonses.com' % (rng.hexs(12), rng.uuid(), rng.pick(['eu-west-1', 'us-east-1', 'ap-southeast-2']))
    elif esp == 'zoom':
        s.envelope = 'bounce-%s@zoom.us' % rng.alnum(20, lower=True)
    else:
        s.envelope = 'bounce-%s@%s.%s' % (rng.alnum(14, lower=True), rng.pick(['bnc', 'mail', 'rp']), dom)
    sig, b8 = _dkim_sig(rng, dom, sel, _ts(t), 'Content-Type:From:Mime-Version:Subject:Reply-To:To:cc:content-type:from:subject:to', arrival)
    s.sigs.append(sig)
    s.dkim.append(('pass', dom, sel, b8))
    if esp_sel:
        sig, b8 = _dkim_sig(rng, esp_dom, esp_sel, _ts(t), 'Content-Type:From:Mime-Version:Subject:To', arrival)
        s.sigs.append(sig)
        s.dkim.append(('pass', esp_dom, esp_sel, b8))
    s.spf = ('pass', s.envelope)
    s.dmarc = ('pass', rng.pick(['NONE', 'QUARANTINE', 'REJECT']), dom)
    return s


def spf_text(res, env, ip):
    d = env.split('@')[-1]
    if res == 'pass':
        return 'spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (env, ip, env)
    if res == 'softfail':
        return 'spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (env, ip, env)
    if res == 'fail':
        return 'spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (env, ip, env)
    if res == 'neutral':
        return 'spf=neutral (mx.example.net: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s' % (ip, env, env)
    return 'spf=none (mx.example.net: domain of %s does not designate permitted sender hosts) smtp.mailfrom=%s' % (env, env)


def auth_results(s, from_domain=None):
    parts = []
    if not s.dkim:
        parts.append('dkim=none (message not signed)')
    for res, d, sel, b8 in s.dkim:
        if res == 'fail':
            parts.append('dkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s' % (d, sel, b8))
        else:
            parts.append('dkim=%s header.d=%s header.s=%s header.b=%s' % (res, d, sel, b8))
    parts.append(spf_text(s.spf[0], s.envelope, s.out_ip))
    res, pol, d = s.dmarc
    d = from_domain or d
    if res == 'none' or pol is None:
        parts.append('dmarc=none (p=NONE sp=NONE dis=NONE) header.from=%s' % d if res != 'none' else 'dmarc=none header.from=%s' % d)
    else:
        dis = 'NONE' if res == 'pass' else pol
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (res, pol, pol, dis, d))
    return 'mx.example.net;\r\n\t' + ';\r\n\t'.join(parts)


def mx_headers(rng, s, rcpt, arrival, from_domain=None, env_override=None):
    env = env_override if env_override is not None else s.envelope
    qid = rng.hexs(10, upper=True)
    host = s.out_host
    if s.rdns:
        frm = '%s (%s [%s])' % (host, host, s.out_ip)
    else:
        frm = '%s (unknown [%s])' % (host, s.out_ip)
    if ':' in s.out_ip:
        frm = '%s (%s [IPv6:%s])' % (host, host if s.rdns else 'unknown', s.out_ip)
    hdrs = [
        ('Return-Path', '<%s>' % env),
        ('Delivered-To', rcpt),
        ('Authentication-Results', auth_results(s, from_domain)),
        ('Received', 'from %s\r\n\tby mx.example.net (Postfix) with %s id %s\r\n\tfor <%s>; %s' % (
            frm, 'ESMTPS' if s.tls else 'ESMTP', qid, rcpt, rfc2822(arrival, 'UTC', comment='UTC'))),
    ]
    hdrs += s.trace
    for sig in s.sigs:
        hdrs.append(('DKIM-Signature', sig))
    hdrs += s.extra_after
    return hdrs
