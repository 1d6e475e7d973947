# -*- coding: utf-8 -*-
"""Sending infrastructure: envelope, Received chains, DKIM-Signature and the
receiving MX's Authentication-Results."""
import datetime as dt
from core import (doc_ip, doc_ip6, dkim_header, authres, mx_received, postfix_qid, rfc2822, rhex, ralnum,
                  rdigits, rlower, rb64, stable_int, UTC, aware_local)

# free-mail providers: dkim selector (None = unsigned), DMARC policy (None = no record), outbound host
FREEMAIL = {
    'gmail.com': ('20230601', 'NONE', 'gmail'), 'googlemail.com': ('20230601', 'NONE', 'gmail'),
    'outlook.com': ('selector1', 'NONE', 'outlookcom'), 'hotmail.com': ('selector1', 'NONE', 'outlookcom'),
    'live.com': ('selector1', 'NONE', 'outlookcom'), 'hotmail.fr': ('selector1', 'NONE', 'outlookcom'),
    'hotmail.es': ('selector1', 'NONE', 'outlookcom'), 'outlook.es': ('selector1', 'NONE', 'outlookcom'),
    'hotmail.nl': ('selector1', 'NONE', 'outlookcom'), 'hotmail.se': ('selector1', 'NONE', 'outlookcom'),
    'hotmail.gr': ('selector1', 'NONE', 'outlookcom'), 'outlook.sa': ('selector1', 'NONE', 'outlookcom'),
    'outlook.com.tr': ('selector1', 'NONE', 'outlookcom'), 'hotmail.com.tw': ('selector1', 'NONE', 'outlookcom'),
    'outlook.in': ('selector1', 'NONE', 'outlookcom'), 'hotmail.de': ('selector1', 'NONE', 'outlookcom'),
    'yahoo.com': ('s2048', 'REJECT', 'yahoo'), 'yahoo.es': ('s2048', 'REJECT', 'yahoo'),
    'yahoo.gr': ('s2048', 'REJECT', 'yahoo'), 'yahoo.co.in': ('s2048', 'REJECT', 'yahoo'),
    'yahoo.com.tw': ('s2048', 'REJECT', 'yahoo'), 'yahoo.co.th': ('s2048', 'REJECT', 'yahoo'),
    'yahoo.fr': ('s2048', 'REJECT', 'yahoo'), 'ymail.com': ('s2048', 'REJECT', 'yahoo'),
    'yahoo.co.jp': ('yj20110701', 'NONE', 'yahoojp'), 'aol.com': ('a2048', 'REJECT', 'yahoo'),
    'icloud.com': ('1a1hai', 'QUARANTINE', 'icloud'), 'me.com': ('1a1hai', 'QUARANTINE', 'icloud'),
    'mac.com': ('1a1hai', 'QUARANTINE', 'icloud'),
    'gmx.de': ('s31663417', 'QUARANTINE', 'mout.gmx.net'), 'gmx.net': ('s31663417', 'QUARANTINE', 'mout.gmx.net'),
    'web.de': ('s29768273', 'QUARANTINE', 'mout.web.de'), 't-online.de': (None, 'NONE', 'mailout01.t-online.de'),
    'posteo.de': ('2017', None, 'mout01.posteo.de'), 'proton.me': ('protonmail3', 'QUARANTINE', 'mail-40131.protonmail.ch'),
    'orange.fr': ('t20230301', 'NONE', 'smtp.smtpout.orange.fr'), 'free.fr': ('smtp-out-2021', None, 'smtp1-g21.free.fr'),
    'laposte.net': ('lpn-wlmd', 'NONE', 'smtp-out.laposte.net'), 'sfr.fr': ('sfr', 'NONE', 'smtp-out.sfr.fr'),
    'telefonica.net': (None, None, 'smtp.telefonica.net'),
    'libero.it': ('s2021', 'NONE', 'smtp-out.libero.it'), 'virgilio.it': ('20210308', 'NONE', 'smtp207.virgilio.it'),
    'tiscali.it': ('smtp', None, 'smtp-out.tiscali.it'), 'alice.it': ('20210308', 'NONE', 'smtp202.alice.it'),
    'uol.com.br': ('20231221', 'NONE', 'a7-15.smtp-out.uol.com.br'), 'bol.com.br': ('20231221', 'NONE', 'smtp.bol.com.br'),
    'terra.com.br': ('terra', None, 'smtp-sp.terra.com.br'), 'sapo.pt': ('sapo', 'NONE', 'relay.sapo.pt'),
    'ziggo.nl': ('20210510', 'NONE', 'smtp.ziggo.nl'), 'kpnmail.nl': ('kpnmail01', 'NONE', 'cpsmtpb-ews04.kpnxchange.com'),
    'xs4all.nl': ('xs4all01', 'NONE', 'smtp-cloud9.xs4all.net'), 'telia.com': ('telia1', 'NONE', 'smtp-out.telia.com'),
    'bredband.net': (None, None, 'smtp.bredband.net'),
    'wp.pl': ('1024a', 'NONE', 'smtpo.poczta.wp.pl'), 'o2.pl': ('1024a', 'NONE', 'smtpo.poczta.o2.pl'),
    'interia.pl': ('biztos', 'NONE', 'smtp.poczta.interia.pl'), 'onet.pl': ('2011', 'NONE', 'smtp.poczta.onet.pl'),
    'yandex.com.tr': ('mail', 'NONE', 'forward501b.mail.yandex.net'),
    'mail.ru': ('mail4', 'REJECT', 'smtp47.i.mail.ru'), 'bk.ru': ('mail4', 'REJECT', 'smtp33.i.mail.ru'),
    'inbox.ru': ('mail4', 'REJECT', 'smtp50.i.mail.ru'), 'yandex.ru': ('mail', 'NONE', 'forward100a.mail.yandex.net'),
    'rambler.ru': ('mail', 'NONE', 'mxout2.rambler.ru'),
    'otenet.gr': (None, None, 'mailout.otenet.gr'), 'walla.co.il': ('walla', 'NONE', 'out.walla.co.il'),
    'bezeqint.net': (None, None, 'cmsout.bezeqint.net'),
    'qq.com': ('s201512', 'QUARANTINE', 'out162-62-57-210.mail.qq.com'), '163.com': ('s110527', 'NONE', 'm16.mail.163.com'),
    '126.com': ('s110527', 'NONE', 'm15.mail.126.com'), 'sina.com': ('sina', 'NONE', 'smtp-5-121.smtpsmail.fmail.xd.sinanode.com'),
    'msa.hinet.net': (None, None, 'ms.hinet.net'),
    'docomo.ne.jp': (None, 'NONE', 'mogw1133.ocn.ad.jp'), 'ezweb.ne.jp': ('20230101', 'NONE', 'dmta0011.auone-net.jp'),
    'nifty.com': ('default', 'NONE', 'mta-snd00011.nifty.com'),
    'naver.com': ('s20171208', 'NONE', 'cvsmtppost01.nm.naver.com'), 'daum.net': ('s1', 'NONE', 'mail-smtp.daum.net'),
    'hanmail.net': ('s1', 'NONE', 'mail-smtp.daum.net'), 'kakao.com': ('s1', 'NONE', 'mail-smtp.kakao.com'),
    'rediffmail.com': ('rediffmail', 'NONE', 'rediffmail.com'),
}


def free_info(domain):
    return FREEMAIL.get(domain, (None, None, 'smtp.' + domain))


def org_dmarc(domain):
    h = stable_int('dmarc' + domain, 10)
    return [None, None, 'NONE', 'NONE', 'NONE', 'QUARANTINE', 'QUARANTINE', 'REJECT', 'REJECT', 'REJECT'][h]


def org_selector(domain):
    return ['default', 'mail', 'dkim', 's1', 'key1', 'selector1', '2019', 'mx', 'smtp', 'k1'][stable_int('sel' + domain, 10)]


def _google_sel(y):
    return '20161025' if y < 2021 else ('20210112' if y < 2023 else '20230601')


def _sendgrid_received(r, t1, rcpt):
    """SendGrid writes one non-RFC timestamp line (as it really does) and one normal line."""
    t0 = t1 - dt.timedelta(seconds=1)
    return [('Received', 'by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\r\n        %s.%09d +0000 UTC '
             'm=+%d.%09d' % (rhex(r, 10), rlower(r, 5), rhex(r, 10), rlower(r, 5), rhex(r, 8, True), rhex(r, 2),
                             t1.astimezone(UTC).strftime('%Y-%m-%d %H:%M:%S'), r.randint(0, 999999999),
                             r.randint(1000, 9999999), r.randint(0, 999999999))),
            ('Received', 'from %s (unknown)\r\n\tby geopod-ismtpd-%d (SG) with HTTP\r\n\tid %s\r\n\tfor <%s>; %s'
             % (rb64(r, 16, True), r.randint(1, 60), rb64(r, 16, True), rcpt, rfc2822(t0.astimezone(UTC))))]


def _ts(t):
    return rfc2822(t.astimezone(UTC))


def build(m, r, client_hdr_names):
    """Compute transport headers.  Returns (top, mid): lists of (name, value)."""
    s = m['sender']
    prov = m['prov']
    kind = m['kind']
    rcpt = m['rcpt']['email']
    t_mx = m['arrive']
    t0 = m['sent']
    t1 = t0 + dt.timedelta(seconds=r.randint(0, 2))
    from_dom = s['email'].split('@')[1]
    env = s.get('envelope') or s['email']
    mid = []
    dk = []          # (result, d, s, bsnip)
    hl = [h.lower() for h in client_hdr_names if h.lower() in (
        'from', 'to', 'cc', 'subject', 'date', 'message-id', 'reply-to', 'mime-version', 'content-type', 'sender',
        'in-reply-to', 'references', 'list-unsubscribe')]
    spf, dmarc, pol = 'pass', 'pass', None
    arc = []

    def sign(d, sel, flavor='generic', res='pass', hlist=None):
        v, b = dkim_header(r, d, sel, hlist or hl, t0, flavor)
        mid.append(('DKIM-Signature', v))
        dk.append((res, d, sel, b))

    y = t0.year
    if prov in ('google-cal', 'gmail', 'workspace'):
        n = r.choice(['41', '45', '54', '69', '170', '173', '179', '180', '182', '197', '201', '229'])
        host = ('mail-sor-f%s.google.com' % n) if prov == 'google-cal' else \
            ('mail-%s-f%s.google.com' % (r.choice(['wr1', 'wm1', 'lf1', 'ej1', 'pl1', 'qk1', 'yb1', 'ed1', 'io1']), n))
        ip = doc_ip(host)
        helo = rdns = host
        if prov == 'google-cal':
            env = '3%s-%s@calendar-server.bounces.google.com' % (ralnum(r, 8), rlower(r, 12))
            hl2 = ['to', 'from', 'subject', 'date', 'message-id', 'reply-to', 'sender', 'mime-version', 'from', 'to',
                   'cc', 'subject', 'date', 'message-id', 'reply-to']
            if from_dom in ('gmail.com', 'googlemail.com'):
                sign('gmail.com', _google_sel(y), 'google', hlist=hl2)
                pol = 'NONE'
            elif kind != 'spoof':
                sign(from_dom, 'google', 'google', hlist=hl2)
                pol = m.get('dmarc_pol', org_dmarc(from_dom))
            sign('google.com', _google_sel(y), 'google', hlist=hl2)
        else:
            if prov == 'gmail':
                sign('gmail.com', _google_sel(y), 'google', hlist=['mime-version', 'from', 'date', 'message-id',
                                                                   'subject', 'to', 'from', 'to', 'cc', 'subject',
                                                                   'date', 'message-id', 'reply-to'])
                pol = 'NONE'
            else:
                sign(from_dom, 'google', 'google', hlist=['mime-version', 'from', 'date', 'message-id', 'subject',
                                                          'to', 'from', 'to', 'cc', 'subject', 'date', 'message-id',
                                                          'reply-to'])
                pol = m.get('dmarc_pol', org_dmarc(from_dom))
            mid.append(('X-Google-DKIM-Signature', dkim_header(r, '1e100.net', _google_sel(y), ['x-gm-message-state',
                        'mime-version', 'from', 'date', 'message-id', 'subject', 'to'], t0, 'google')[0]))
            mid.append(('X-Gm-Message-State', 'AOJu0Y' + rb64(r, 60).replace('/', '').replace('+', '')[:70]))
        mid.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(r, 40).replace('/', '')[:54]))
        mid.append(('X-Received', 'by %s with SMTP id %s.%d.%d;\r\n        %s' % (
            doc_ip6(host + 'x'), rlower(r, 24), r.randint(10, 999), r.randint(10 ** 12, 10 ** 13), _ts(t1))))
        if prov == 'google-cal':
            mid.append(('Received', 'by %s with SMTP id %s%s.%d.%d\r\n        for <%s>\r\n        '
                        '(Google Transport Security);\r\n        %s' % (host, rdigits(r, 4), rlower(r, 16), r.randint(1, 99),
                                                                       r.randint(10 ** 12, 10 ** 13), rcpt, _ts(t1))))
        elif m['opts'].get('inner', m['client']) == 'gmailweb':
            pass
        else:
            mid.append(('Received', 'from %s ([%s])\r\n        by smtp.gmail.com with ESMTPSA id %s%s.%d.%d\r\n'
                        '        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n'
                        '        %s' % (r.choice(['[192.168.1.%d]' % r.randint(2, 250), 'localhost', rlower(r, 7)]),
                                        doc_ip(env + 'c'), rdigits(r, 4), rlower(r, 12), r.randint(1, 9),
                                        r.randint(10 ** 12, 10 ** 13), rcpt, _ts(t1))))
    elif prov in ('m365', 'outlookcom'):
        geo = m.get('ms_geo')
        regs = ['EUR05-VI1', 'EUR02-DB5', 'EUR03-AM7', 'NAM12-BN8', 'NAM10-DM6', 'NAM04-MW2', 'APC01-PSA',
                'NAM11-CO1', 'EUR01-HE1', 'JPN01-TYC', 'IND01-MAX', 'BRA01-CP2']
        reg = r.choice([x for x in regs if geo and x.startswith(geo)] or regs)
        srv_pref = {'EUR': ['AM0PR', 'DB9PR', 'VI1PR', 'PAXPR', 'AS8PR', 'DU0PR'],
                    'NAM': ['BN8PR', 'DM6PR', 'MW4PR', 'SA1PR', 'CH3PR', 'PH0PR'],
                    'APC': ['SG2PR', 'PSAPR'], 'JPN': ['TYCPR', 'OS3PR'], 'IND': ['MA0PR', 'PN3PR'],
                    'BRA': ['CP2PR', 'RO1PR']}[reg[:3]]
        region = {'EUR': 'eurprd%02d' % r.randint(1, 9), 'NAM': 'namprd%02d' % r.randint(1, 20),
                  'APC': 'apcprd%02d' % r.randint(1, 6), 'JPN': 'jpnprd01', 'IND': 'indprd01', 'BRA': 'brazprd01'}[reg[:3]]
        srv1 = m.get('ms_srv') or '%s%02dMB%d' % (r.choice(srv_pref), r.randint(1, 12), r.randint(1000, 9999))
        if m.get('ms_region'):
            region = m['ms_region']
        srv2 = '%s%02dMB%d' % (r.choice(srv_pref), r.randint(1, 12), r.randint(1000, 9999))
        helo = '%s-obe.outbound.protection.outlook.com' % reg
        rdns = 'mail-%s%son2%d.outbound.protection.outlook.com' % (reg.split('-')[1].lower(), reg[:3].lower(),
                                                                  r.randint(100, 250))
        ip = doc_ip(rdns)
        ver = '15.20.%d.%03d' % (r.randint(3000, 9300), r.randint(1, 40)) if y >= 2018 else '15.1.%d.%d' % (
            r.randint(1200, 1900), r.randint(10, 30))
        t1b = t1 + dt.timedelta(seconds=1)
        mid.append(('Received', 'from %s.%s.prod.outlook.com (%s) by\r\n %s.%s.prod.outlook.com (%s) with\r\n'
                    ' Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s;'
                    ' %s' % (srv1, region, doc_ip6(srv1), srv2, region, doc_ip6(srv2), ver.rsplit('.', 1)[0] + '.' +
                             str(int(ver.rsplit('.', 1)[1])), _ts(t1b))))
        real_client = m['opts'].get('inner', m['client'])
        if real_client == 'exchange':
            mid.append(('Received', 'from %s.%s.prod.outlook.com\r\n ([%s]) by %s.%s.prod.outlook.com\r\n ([%s%%%d]) '
                        'with mapi id %s; %s' % (srv1, region, doc_ip6(srv1 + 'a'), srv1, region, doc_ip6(srv1 + 'a'),
                                                 r.randint(3, 7), ver, _ts(t1))))
        else:   # SMTP AUTH submission from a desktop client or script
            mid.append(('Received', 'from [%s] (%s) by\r\n %s.%s.prod.outlook.com (%s) with Microsoft SMTP Server\r\n'
                        ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s\r\n via Frontend '
                        'Transport; %s' % (r.choice(['192.168.1.%d' % r.randint(2, 250), '10.0.0.%d' % r.randint(2, 250),
                                                     'IPV6:2001:db8::%x' % r.randint(1, 0xffff)]),
                                           doc_ip6('sub' + env), srv1, region, doc_ip6(srv1), ver, _ts(t1))))
        if prov == 'outlookcom':
            sign(from_dom, 'selector1', 'ms', hlist=['From', 'Date', 'Subject', 'Message-ID', 'Content-Type',
                                                     'MIME-Version', 'X-MS-Exchange-SenderADCheck'])
            pol = 'NONE'
        else:
            tenant = m.get('tenant')
            if tenant:
                sign(tenant + '.onmicrosoft.com', 'selector1-%s-onmicrosoft-com' % tenant, 'ms',
                     hlist=['From', 'Date', 'Subject', 'Message-ID', 'Content-Type', 'MIME-Version',
                            'X-MS-Exchange-SenderADCheck'])
            else:
                sign(from_dom, r.choice(['selector1', 'selector2']), 'ms',
                     hlist=['From', 'Date', 'Subject', 'Message-ID', 'Content-Type', 'MIME-Version',
                            'X-MS-Exchange-SenderADCheck'])
            pol = m.get('dmarc_pol', org_dmarc(from_dom))
        if y >= 2019:
            arc.append(('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector%s; d=microsoft.com; cv=none;\r\n b=%s'
                        % (r.choice(['9901', '10001']), rb64(r, 256)[:120])))
            arc.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n '
                        's=arcselector9901;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:'
                        'X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:'
                        'X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh=%s;\r\n b=%s' % (rb64(r, 32), rb64(r, 256)[:120])))
            arc.append(('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none;'
                        ' arc=none'))
    elif prov in ('icloud',):
        host = 'st43p00im-%s%d.me.com' % (r.choice(['ztfb', 'zteg', 'ztbu', 'qufo', 'ztdg']), r.randint(10000000, 10099999))
        helo = rdns = host
        ip = doc_ip(host)
        mid.append(('Received', 'from smtpclient.apple (st43p00im-%s%d.me.com [%s])\r\n\tby %s (Postfix) with '
                    'ESMTPSA id %s;\r\n\t%s' % (r.choice(['ztfb', 'zteg']), r.randint(10000000, 10099999),
                                                 doc_ip('icl' + env), host, rhex(r, 10, True), _ts(t1))
                    if not m.get('icloud_server') else
                    'from p%02d-caldav.icloud.com (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s'
                    % (r.randint(20, 70), host, rhex(r, 10, True), _ts(t1))))
        sign('icloud.com', '1a1hai', 'generic', hlist=['Content-Type', 'Mime-Version', 'Subject', 'Message-Id', 'To',
                                                        'From', 'Date'])
        pol = 'QUARANTINE'
    elif prov in ('yahoo', 'yahoojp'):
        if prov == 'yahoo':
            host = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (r.randint(300, 330), r.randint(1, 60),
                                                            r.choice(['ne1', 'bf2', 'gq1', 'ir2']))
            mid.append(('Received', 'from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s' % (host, _ts(t1))))
            mid.append(('X-YMail-OSG', ralnum(r, 60, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._')))
            mid.append(('X-Sonic-MF', '<%s>' % env))
            sign(from_dom, free_info(from_dom)[0], 'generic', hlist=['Date', 'From', 'Reply-To', 'To', 'Subject',
                                                                     'References', 'From', 'Subject', 'Reply-To'])
        else:
            host = 'mta%d.mail.yahoo.co.jp' % r.randint(100, 999)
            sign('yahoo.co.jp', 'yj20110701', 'generic', hlist=['Date', 'From', 'To', 'Subject', 'Message-ID'])
        helo = rdns = host
        ip = doc_ip(host)
        pol = free_info(from_dom)[1]
    elif prov == 'zoom':
        n = r.randint(1, 9)
        host = 'o%d.ptr%d.zoom.us' % (n, r.randint(1000, 9999))
        helo = rdns = host
        ip = doc_ip(host)
        env = 'bounces+%d-%s-%s=%s@em%d.zoom.us' % (r.randint(1000000, 9999999), rhex(r, 4),
                                                    rcpt.split('@')[0], rcpt.split('@')[1], r.randint(1000, 9999))
        mid += _sendgrid_received(r, t1, rcpt)
        sign('zoom.us', 's1', 'generic', hlist=['from', 'mime-version', 'subject', 'reply-to', 'to', 'content-type'])
        sign('sendgrid.info', 'smtpapi', 'generic', hlist=['from', 'mime-version', 'subject', 'reply-to', 'to',
                                                           'content-type'])
        pol = 'REJECT'
        from_dom = 'zoom.us'
    elif prov == 'free-generic':
        sel, pol, host = free_info(from_dom)
        helo = rdns = host
        ip = doc_ip(host)
        mid.append(('Received', 'from [%s] ([%s]) by %s\r\n (mrgmx%03d [%s]) with ESMTPSA (Nemesis) id %s;\r\n %s'
                    % (r.choice(['192.168.178.%d' % r.randint(20, 60), '10.0.0.%d' % r.randint(2, 200)]),
                       doc_ip('cl' + env), 'mail.' + from_dom, r.randint(100, 200), doc_ip('int' + from_dom),
                       ralnum(r, 20), _ts(t1)) if from_dom.startswith(('gmx', 'web.de')) else
                    'from [%s] (unknown [%s])\r\n\tby %s with ESMTPSA id %s;\r\n\t%s'
                    % ('10.%d.%d.%d' % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                       doc_ip('cl' + env), host, rhex(r, 10, True), _ts(t1))))
        if sel:
            sign(from_dom, sel, 'generic')
        else:
            pass
    elif prov == 'selfhost':
        dom = from_dom
        host = m.get('mailhost') or r.choice(['mail.', 'smtp.', 'mx1.', 'mail01.', 'mta.']) + dom
        helo = rdns = host
        ip = doc_ip(host)
        sub = m.get('submit', 'client')
        if sub == 'zimbra':
            mid.append(('Received', 'from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s'
                        % (host, host, ip, host, rhex(r, 10, True), _ts(t1))))
            mid.append(('Received', 'from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;'
                        '\r\n\t%s' % (host, rhex(r, 10, True), _ts(t1))))
        elif sub == 'app':
            apphost = m.get('apphost', 'cloud.' + dom)
            mid.append(('Received', 'from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s'
                        % (apphost, apphost, doc_ip(apphost), host, postfix_qid(r), rcpt, _ts(t1))))
        else:
            cl_ip = doc_ip('client' + s['email'] + str(r.random()))
            mid.append(('Received', 'from [%s] (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with '
                        'ESMTPSA id %s;\r\n\t%s' % (r.choice(['192.168.1.%d' % r.randint(2, 250), '10.10.%d.%d' % (
                            r.randint(0, 9), r.randint(2, 250)), 'IPV6:2001:db8::%x' % r.randint(1, 65535)]),
                            r.choice(['dynamic-%s.example' % rlower(r, 8), 'unknown',
                                      'p%s.dip0.t-ipconnect.example' % rhex(r, 8)]), cl_ip,
                            s['email'], host, postfix_qid(r), _ts(t1))))
        if m.get('dkim_sel', org_selector(dom)) and not m.get('no_dkim'):
            sign(dom, m.get('dkim_sel', org_selector(dom)), 'generic')
        pol = m.get('dmarc_pol', org_dmarc(dom))
    elif prov.startswith('esp-'):
        esp = prov[4:]
        dom = from_dom
        if esp == 'sendgrid':
            host = 'o%d.ptr%d.%s' % (r.randint(1, 9), r.randint(1000, 9999), m.get('espdom', dom))
            env = 'bounces+%d-%s-%s=%s@em%d.%s' % (r.randint(1000000, 39999999), rhex(r, 4), rcpt.split('@')[0],
                                                   rcpt.split('@')[1], r.randint(100, 9999), m.get('espdom', dom))
            mid += _sendgrid_received(r, t1, rcpt)
            sign(dom, 's1', 'generic', hlist=['from', 'mime-version', 'subject', 'to', 'content-type', 'list-unsubscribe'])
            sign('sendgrid.info', 'smtpapi', 'generic', hlist=['from', 'mime-version', 'subject', 'to', 'content-type'])
        elif esp == 'ses':
            reg = r.choice(['us-east-1', 'eu-west-1', 'us-west-2', 'eu-central-1', 'ap-southeast-2'])
            host = 'a%d-%d.smtp-out.%s.amazonses.com' % (r.randint(8, 54), r.randint(1, 250), reg)
            env = '%s-%s-000000@%s' % ('0100018' + rhex(r, 9), ruid(r), m.get('mailfrom_sub', 'bounce.' + dom))
            sign(dom, rlower(r, 32), 'generic', hlist=['Subject', 'From', 'To', 'MIME-Version', 'Content-Type',
                                                       'Message-ID', 'Date'])
            sign('amazonses.com', r.choice(['224i4yxa5dv7c2xz3womw6peuasteono', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug']),
                 'generic', hlist=['Subject', 'From', 'To', 'MIME-Version', 'Content-Type', 'Message-ID', 'Date',
                                   'Feedback-ID'])
            mid.append(('Feedback-ID', '::1.%s.%s=:AmazonSES' % (reg, rb64(r, 30)[:40])))
        elif esp == 'mailgun':
            host = 'm%d-%d.mailgun.net' % (r.randint(30, 250), r.randint(1, 250))
            env = 'bounce+%s.%s-%s=%s@%s' % (rhex(r, 6), rhex(r, 6), rcpt.split('@')[0], rcpt.split('@')[1],
                                              m.get('mailfrom_sub', 'mg.' + dom))
            sign(dom, 'krs', 'generic', hlist=['Content-Transfer-Encoding', 'Content-Type', 'Mime-Version', 'Subject',
                                                'From', 'To', 'Message-Id', 'Date', 'Sender'])
        elif esp == 'mailchimp':
            host = 'mail%d.atl%d1.mcdlv.net' % (r.randint(100, 250), r.randint(10, 99))
            env = 'bounce-mc.us%d_%d.%d-%s=%s@mail%d.atl%d1.mcdlv.net' % (
                r.randint(1, 21), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 5, 10 ** 6), rcpt.split('@')[0],
                rcpt.split('@')[1], r.randint(100, 250), r.randint(10, 99))
            sign(dom, 'k2', 'generic', hlist=['Subject', 'From', 'Reply-To', 'To', 'Date', 'Message-ID',
                                              'List-Unsubscribe', 'Content-Type', 'MIME-Version'])
            sign('mcdlv.net', 'k1', 'generic', hlist=['Subject', 'From', 'To', 'Date', 'Message-ID'])
        else:  # brevo / postmark-like
            host = 'mail%d.%s' % (r.randint(10, 99), r.choice(['sendibt3.com', 'mtasv.net', 'sparkpostmail.com']))
            env = 'bounces-%s@%s' % (rhex(r, 16), host.split('.', 1)[1])
            sign(dom, r.choice(['mail', 'pm', 'scph0123']), 'generic')
        helo = rdns = host
        ip = doc_ip(host)
        pol = m.get('dmarc_pol', org_dmarc(dom))
        mid.insert(0, ('X-Feedback-ID' if esp != 'ses' else 'X-SES-Outgoing', '%s:%s' % (rdigits(r, 6), rhex(r, 8))
                       if esp != 'ses' else '%s-%s' % (t0.strftime('%Y.%m.%d'), doc_ip(host))))
    elif prov in ('vps', 'spoof'):
        vh = m.get('vpshost') or ('vps%d.%s' % (r.randint(100, 99999), r.choice(
            ['hostcloud.example', 'servermania.example', 'cheapvps.test', 'ovh-like.example', 'kvmhost.invalid'])))
        helo = m.get('helo') or r.choice([vh, 'WIN-%s' % ralnum(r, 11, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'),
                                          'localhost', 'mail.' + env.split('@')[1], vh])
        rdns = vh if r.random() < 0.7 else 'unknown'
        ip = doc_ip(vh)
        if m.get('vps_submit', True) and r.random() < 0.6:
            mid.append(('Received', 'from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPA id %s;\r\n\t%s'
                        % (r.choice(['localhost', 'User', '[127.0.0.1]']), vh, rhex(r, 10, True), _ts(t1))))
        if m.get('vps_dkim'):
            sign(env.split('@')[1], 'default', 'generic')
        env_dom = env.split('@')[1]
        spf = m.get('spf') or ('pass' if env_dom != from_dom and r.random() < 0.5 else
                               r.choice(['none', 'softfail', 'neutral']))
        pol = m.get('dmarc_pol', org_dmarc(from_dom))
    else:
        raise ValueError(prov)

    # ------------------------------------------------------------------ results at mx.example.net
    for tweak in m.get('dkim_tweak', []):
        dk = [(tweak.get(d, res), d, sel, b) for res, d, sel, b in dk]
    env_dom = env.split('@')[1]
    if prov not in ('vps', 'spoof'):
        spf = m.get('spf', 'pass')
    aligned = any(res == 'pass' and (d == from_dom or d.endswith('.' + from_dom) or from_dom.endswith('.' + d))
                  for res, d, sel, b in dk)
    spf_aligned = spf == 'pass' and (env_dom == from_dom or env_dom.endswith('.' + from_dom))
    if pol is None:
        dmarc = 'none'
    else:
        dmarc = 'pass' if (aligned or spf_aligned) else 'fail'
    ar = authres(dk, spf, env, ip, dmarc, from_dom, pol)
    top = [('Return-Path', '<%s>' % env), ('Delivered-To', rcpt), ('Authentication-Results', ar),
           ('Received', mx_received(helo, rdns, ip, postfix_qid(r, r.random() < 0.7), rcpt, t_mx))]
    top += arc
    m['auth'] = dict(spf=spf, dmarc=dmarc, dkim=[x[0] + ':' + x[1] for x in dk], env=env, ip=ip)
    m['_hop'] = dict(helo=helo, rdns=rdns, ip=ip, ar=ar, env=env, dk=dk, pol=pol, from_dom=from_dom)
    # order: sender Received lines first (most recent on top), then DKIM and provider X- headers
    rec = [h for h in mid if h[0] == 'Received']
    rest = [h for h in mid if h[0] != 'Received']
    return top, rec + rest


def ruid(r):
    return '%s-%s-%s-%s-%s' % (rhex(r, 8), rhex(r, 4), rhex(r, 4), rhex(r, 4), rhex(r, 12))


def build_list(m, r, client_hdr_names):
    """A copy distributed by a mailing list manager.  The original submission is
    authenticated at the list host; the list then modifies subject/body, so the
    author's DKIM signature no longer verifies at mx.example.net."""
    L = m['list']
    rcpt = m['rcpt']['email']
    inner = dict(m)
    inner['rcpt'] = dict(m['rcpt'], email=L['addr'])
    inner['sender'] = m.get('orig_sender') or m['sender']
    t_list = m['sent'] + dt.timedelta(seconds=r.randint(2, 9))
    inner['arrive'] = t_list
    inner['dkim_tweak'] = []
    _, mid = build(inner, r, client_hdr_names)
    hop = inner['_hop']
    lhost = L['host']
    ldom = L['domain']
    t_out = t_list + dt.timedelta(seconds=r.randint(1, 40))
    m['arrive'] = max(m['arrive'], t_out + dt.timedelta(seconds=r.randint(1, 5)))
    head = []
    soft = L.get('software', 'mailman3')
    if soft == 'googlegroups':
        env = '%s+%s@googlegroups.com' % (L['name'], 'bncBD' + ralnum(r, 60))
        helo = rdns = 'mail-%s-f%d.google.com' % (r.choice(['yb1', 'oo1', 'qt1', 'ot1']), r.randint(56, 199))
        ip = doc_ip(helo)
        head.append(('Received', 'by 2001:db8:%x::%x with SMTP id %s;\r\n        %s'
                     % (r.randint(1, 0xffff), r.randint(1, 0xffff), rlower(r, 10), _ts(t_out))))
        head.append(('X-Original-Authentication-Results', 'gmr-mx.google.com;\r\n       ' + ';\r\n       '.join(
            x.strip() for x in hop['ar'].split(';', 1)[1].replace('mx.example.net', 'gmr-mx.google.com')
            .split(';\r\n\t'))))
        head.append(('Received', 'from %s (%s [%s])\r\n        by gmr-mx.google.com with ESMTPS id %s\r\n'
                     '        for <%s>;\r\n        %s' % (hop['helo'], hop['rdns'], hop['ip'], rlower(r, 20),
                                                      L['addr'], _ts(t_list))))
        list_sig = ('googlegroups.com', '20230601' if m['sent'].year >= 2023 else '20161025')
    else:
        env = '%s-bounces+%s=%s@%s' % (L['name'], rcpt.split('@')[0], rcpt.split('@')[1], ldom)
        helo = rdns = lhost
        ip = doc_ip(lhost)
        head.append(('Received', 'from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s'
                     % (lhost, lhost, rhex(r, 10, True), _ts(t_out))))
        head.append(('Authentication-Results', '%s;\r\n\t%s' % (lhost, hop['ar'].split(';', 1)[1].strip()
                                                                  .replace('mx.example.net', lhost))))
        head.append(('Received', 'from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s'
                     % (hop['helo'], hop['rdns'], hop['ip'], lhost, postfix_qid(r), L['addr'], _ts(t_list))))
        list_sig = (ldom, 'mailman') if L.get('sign', True) else None
    dk = [('fail' if L.get('breaks_dkim', True) else 'pass', d, s, b) for res, d, s, b in hop['dk'] if res == 'pass']
    extra_sig = []
    if list_sig:
        v, b = dkim_header(r, list_sig[0], list_sig[1], ['from', 'to', 'subject', 'date', 'message-id',
                                                        'list-id', 'list-unsubscribe', 'list-post'], t_out,
                           'google' if soft == 'googlegroups' else 'generic')
        extra_sig.append(('DKIM-Signature', v))
        dk.append(('pass', list_sig[0], list_sig[1], b))
    from_dom = m['sender']['email'].split('@')[1]
    env_dom = env.split('@')[1]
    pol = L['from_pol'] if 'from_pol' in L else hop['pol']
    aligned = any(res == 'pass' and d == from_dom for res, d, s, b in dk) or env_dom == from_dom
    dmarc = 'none' if pol is None else ('pass' if aligned else 'fail')
    ar = authres(dk, 'pass', env, ip, dmarc, from_dom, pol)
    top = [('Return-Path', '<%s>' % env), ('Delivered-To', rcpt), ('Authentication-Results', ar),
           ('Received', mx_received(helo, rdns, ip, postfix_qid(r), rcpt, m['arrive']))]
    m['auth'] = dict(spf='pass', dmarc=dmarc, dkim=[x[0] + ':' + x[1] for x in dk], env=env, ip=ip)
    return top, extra_sig + head + mid
