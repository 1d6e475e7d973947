#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for the "train9" calendar-invitation corpus (CC0 1.0).
Usage: python3 gen.py [outdir]     (default: out/ beside this file)"""
import os, sys, random, base64, hashlib, datetime as dt, shutil, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mimeutil import *
from clients import h, uuid, ALNUM, B64, datestr, tpart
from builders import BUILDERS, rfcdate, addr, addr_list
from data_common import *
import data_spam, data_ham

SEED = 90909
CLIENT_QUOTA = [('google', 34), ('outlook', 32), ('apple', 14), ('thunderbird', 12), ('yahoo', 9), ('zoom', 7),
                ('nextcloud', 7), ('zimbra', 8), ('sogo', 6), ('saas', 16), ('tool', 15)]
ALLCL = [c for c, _ in CLIENT_QUOTA]
COMPAT = {
    'free': {'google', 'outlook', 'yahoo', 'apple', 'thunderbird', 'tool', 'zoom'},
    'corp': {'google', 'outlook', 'apple', 'thunderbird', 'zimbra', 'nextcloud', 'sogo', 'tool', 'zoom', 'saas'},
    'comp': {'google', 'outlook', 'apple', 'thunderbird', 'zimbra', 'nextcloud', 'sogo', 'tool', 'zoom', 'saas'},
    'look': {'google', 'outlook', 'thunderbird', 'zimbra', 'nextcloud', 'sogo', 'tool', 'saas', 'zoom', 'apple'},
    'spoof': {'tool', 'thunderbird', 'outlook', 'saas', 'zoom', 'apple'},
    'vendor': {'saas', 'zoom', 'tool', 'outlook', 'google'},
    'tenant': {'outlook'},
}
DMARC_P = ["p=REJECT sp=REJECT dis=NONE", "p=QUARANTINE sp=QUARANTINE dis=NONE", "p=NONE sp=NONE dis=NONE"]
BIG_DMARC = {'gmail.com': "p=NONE sp=QUARANTINE dis=NONE", 'googlemail.com': "p=NONE sp=QUARANTINE dis=NONE",
             'yahoo.com': "p=REJECT sp=REJECT dis=NONE", 'outlook.com': "p=NONE sp=QUARANTINE dis=NONE",
             'hotmail.com': "p=NONE sp=NONE dis=NONE", 'icloud.com': "p=QUARANTINE sp=QUARANTINE dis=NONE",
             'zoom.us': "p=REJECT sp=REJECT dis=NONE", 'google.com': "p=REJECT sp=REJECT dis=NONE"}


def stable(s, mod):
    return int(hashlib.md5(s.encode()).hexdigest(), 16) % mod


def ip_for(name, v6=False):
    n = stable(name, 3 * 254)
    if v6 and stable(name + 'v6', 5) == 0:
        return "2001:db8:%x:%x::%x" % (stable(name, 65535), stable(name + 'a', 65535), stable(name + 'b', 4095) + 1)
    return ["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"][n // 254] % (n % 254 + 1)


def dmarc_p(dom):
    return BIG_DMARC.get(dom, DMARC_P[stable(dom, 3)])


class FMap(dict):
    def __missing__(self, k):
        return '{' + k + '}'


# ------------------------------------------------------------------ accounts
def person(rng, lang):
    return rng.choice(NAMES[lang])


def make_account(rng, sc, client, kind, lang, rcpt, fmtf):
    pn, pl = person(rng, sc.get('slang', lang))
    while pn == rcpt['name'] or pl == rcpt['email'].split('@')[0]:
        pn, pl = person(rng, sc.get('slang', lang) if rng.random() < 0.7 else 'en')
    name = fmtf(sc['sname']) if 'sname' in sc else pn
    local = sc.get('slocal') or pl
    if 'sname' in sc and not sc.get('slocal') and kind != 'spoof':
        import unicodedata, re as _re
        asc = unicodedata.normalize('NFKD', name).encode('ascii', 'ignore').decode().lower()
        words = _re.findall(r'[a-z]+', asc)
        if len(words) >= 2 and rng.random() < 0.8:
            local = rng.choice(["%s.%s" % (words[0], words[-1]), "%s%s" % (words[0][0], words[-1]), "%s" % words[0]])
        elif words and kind not in ('free',):
            local = rng.choice(['info', 'office', 'events', 'team', words[0]])
    org = fmtf(sc.get('sorg', '')) if sc.get('sorg') else ''
    a = dict(kind=kind, name=name, org=org)
    if kind == 'free':
        if client == 'google':
            dom = 'gmail.com'
        elif client == 'outlook':
            dom = OUTLOOKCOM.get(lang, rng.choice(['outlook.com', 'hotmail.com', 'outlook.com']))
        elif client == 'yahoo':
            dom = YAHOO.get(lang, 'yahoo.com')
        elif client == 'apple':
            dom = rng.choice(['icloud.com', 'icloud.com', 'me.com'])
        else:
            dom = sc.get('sdom') or rng.choice(FREEMAIL[lang])
            if client in ('thunderbird', 'tool') and dom in ('gmail.com',) and rng.random() < 0.5:
                dom = rng.choice(FREEMAIL[lang])
        if sc.get('slocal') is None and (sc.get('numlocal') or rng.random() < 0.3):
            local = local.replace('.', rng.choice(['', '.', '_'])) + str(rng.randint(7, 2009))
    elif kind in ('corp', 'comp'):
        if sc.get('sdom'):
            dom = fmtf(sc['sdom'])
            a['org'] = org or dom
        else:
            o, dom = rng.choice(SEND_ORGS[sc.get('slang', lang)] if rng.random() < 0.8 else SEND_ORGS['en'])
            a['org'] = org or o
    elif kind == 'look':
        dom = fmtf(sc.get('sdom') or rng.choice(LOOK_FALLBACK))
    elif kind == 'spoof':
        sd = sc.get('sdom') or rng.choice(SPOOF_FALLBACK)
        dom = rcpt['domain'] if sd == '@rcpt' else fmtf(sd)
    elif kind == 'tenant':
        dom = (fmtf(sc['sdom']) if sc.get('sdom') else rng.choice(TENANTS) + str(rng.randint(2, 99))) + ".onmicrosoft.com"
    elif kind == 'vendor':
        dom = fmtf(sc.get('sdom') or 'notify.example.com')
    else:
        raise ValueError(kind)
    if client == 'yahoo':
        dom = YAHOO.get(lang, 'yahoo.com')
    a['domain'] = dom
    a['email'] = "%s@%s" % (fmtf(local) if 'slocal' in sc else local, dom)
    if client == 'zoom' and kind in ('vendor', 'free', 'corp', 'comp'):
        a['host_email'] = a['email']
        a['email'] = 'no-reply@zoom.us'
        a['domain'] = 'zoom.us'
        a['replyto'] = addr(name, a['host_email']) if kind != 'vendor' else None
    if sc.get('replyto'):
        a['replyto'] = fmtf(sc['replyto'])
    return a


SPOOF_FALLBACK = ["notice-center.example", "secure-billing.example", "{tok}.com", "mailservice-{n1}.net", "info-{tok}.org", "support-desk.example"]
LOOK_FALLBACK = ["secure-docs-portal.com", "mail-notify-center.net", "account-review.info"]
TENANTS = ["hrtrainingcenter", "NETORGFT", "finpartnersgroup", "globalsupportdesk", "officeupdates", "medtechsolutions", "vitalcoachingllc"]

# ------------------------------------------------------------------ transport
ESPS = ['sendgrid', 'ses', 'mailgun', 'postmark', 'brevo', 'mandrill']


def dkim_sig(rng, d, s, ts, hlist, when_b=None):
    b = when_b or ''.join(rng.choice(B64) for _ in range(342)) + "=="
    bh = ''.join(rng.choice(B64) for _ in range(43)) + "="
    v = ("v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d;\r\n\th=%s;\r\n\tbh=%s;\r\n\tb=" % (d, s, ts, hlist, bh))
    chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
    return v + "\r\n\t ".join(chunks), b[:8]


def infra_for(client, kind, acct, rng, ctx):
    if client == 'google':
        return 'google'
    if client == 'yahoo':
        return 'yahoo'
    if kind == 'spoof':
        return 'vps'
    if client == 'outlook':
        if ctx['ol_variant'] == 'desktop':
            return 'freesmtp' if kind == 'free' else ('cpanel' if kind == 'comp' and rng.random() < 0.5 else 'corpmta')
        if ctx['ol_variant'] == 'onprem':
            return 'exch'
        return 'exo'
    if client == 'apple':
        return 'icloud' if kind == 'free' else 'corpmta'
    if client == 'zoom':
        return 'zoom' if acct['domain'] == 'zoom.us' else 'esp'
    if client in ('nextcloud', 'zimbra', 'sogo'):
        return 'corpmta'
    if client == 'saas':
        return 'esp'
    if client == 'thunderbird':
        return ('gmail' if acct['domain'] == 'gmail.com' else 'freesmtp') if kind == 'free' else 'corpmta'
    if client == 'tool':
        if kind == 'free':
            return 'gmail' if acct['domain'] == 'gmail.com' else 'freesmtp'
        if kind == 'vendor':
            return 'esp'
        if kind in ('comp', 'look'):
            return rng.choice(['cpanel', 'corpmta', 'esp'])
        return 'corpmta' if rng.random() < 0.75 else 'cpanel'
    return 'corpmta'


def transport(ctx, infra):
    """returns (envfrom, mx_helo, mx_rdns, ip, auth lines, sender headers (list), tls)"""
    rng, acct, rcpt = ctx['rng'], ctx['acct'], ctx['rcpt']
    sent = ctx['sent']
    dom = acct['domain']
    fromdom = ctx.get('from_domain', dom)
    ts = int(sent.timestamp())
    hl = "from:to:subject:date:message-id:mime-version:content-type"
    sigs, send_hdr = [], []
    spf, dmarc = 'pass', 'pass'
    year = ctx['year']
    when = rfcdate(sent, 0)
    when_l = rfcdate(sent, ctx['sendoff'])
    dkim_res = []
    if infra == 'google':
        n = rng.randint(41, 99)
        helo = "mail-sor-f%d.google.com" % n
        envfrom = "%s@calendar-server.bounces.google.com" % (h(rng, 30, ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "." + h(rng, 20, ALNUM))
        sel = '20230601' if year >= 2023 else ('20210112' if year >= 2021 else '20161025')
        sigs.append(('google.com', sel, "from:reply-to:sender:auto-submitted:message-id:date:subject:to:content-type"))
        if dom == 'gmail.com':
            sigs.append(('gmail.com', sel, "mime-version:reply-to:sender:auto-submitted:message-id:date:subject:from:to:content-type"))
        elif acct['kind'] in ('corp', 'comp', 'look', 'vendor'):
            if rng.random() < 0.8:
                sigs.append((dom, 'google', "mime-version:reply-to:sender:message-id:date:subject:from:to:content-type"))
            else:
                dmarc = 'fail'
        send_hdr.append(("Received", "by %s with SMTP id %s.%d.%s\r\n        for <%s>; %s" % (
            helo, h(rng, 12, ALNUM), rng.randint(1, 99), h(rng, 14, ALNUM), rcpt['email'], when_l if False else rfcdate(sent, -480 if rng.random() < 0.5 else -420))))
        send_hdr.append(("X-Google-Smtp-Source", "AGHT+I" + ''.join(rng.choice(B64) for _ in range(80))))
        send_hdr.append(("X-Received", "by 2001:db8:%x::%x with SMTP id %s; %s" % (rng.randint(1, 65535), rng.randint(1, 4095), h(rng, 14, ALNUM), rfcdate(sent, -480))))
    elif infra == 'gmail':
        helo = "mail-%s-f%d.google.com" % (rng.choice(['wm1', 'ej1', 'lf1', 'pl1', 'qt1', 'yw1']), rng.randint(41, 199))
        envfrom = acct['email']
        sigs.append((dom if dom != 'gmail.com' else 'gmail.com', ('20230601' if year >= 2023 else '20161025') if dom == 'gmail.com' else 'google', hl))
        send_hdr.append(("Received", "by %s with SMTP id %s.%d\r\n        for <%s>; %s" % (helo, h(rng, 16, ALNUM), rng.randint(1, 99), rcpt['email'], rfcdate(sent, -480))))
    elif infra == 'yahoo':
        helo = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(300, 330), rng.randint(1, 60), rng.choice(['bf2', 'ne1', 'gq1', 'ir2']))
        envfrom = acct['email']
        sigs.append((dom, 's2048', "date:from:to:subject:references:content-type:mime-version:from:subject"))
        send_hdr.append(("Received", "by hermes--production-%s-%s (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID %s;\r\n          %s" % (
            rng.choice(['bf1', 'ne1', 'gq1']), h(rng, 10, ALNUM), h(rng, 32), when)))
        send_hdr.append(("X-YMail-OSG", ''.join(rng.choice(B64[:-2] + '._') for _ in range(120))))
    elif infra == 'icloud':
        helo = "ms%dp00im-%s.me.com" % (rng.randint(11, 51), h(rng, 16, ALNUM))
        envfrom = acct['email']
        sigs.append((dom, '1a1hai', "Content-Type:Mime-Version:Subject:From:Date:Message-Id:To"))
        send_hdr.append(("Received", "from smtpclient.apple (%s [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s" % (
            helo, ip_for(helo + 'c'), helo, h(rng, 12, "0123456789ABCDEF"), when)))
    elif infra in ('exo', 'exch'):
        reg = rng.choice(['EUR05', 'EUR02', 'NAM12', 'NAM10', 'APC01', 'EUR03'])
        helo = "%s-%s-obe.outbound.protection.outlook.com" % (reg, rng.choice(['AM6', 'DB8', 'VI1', 'BN8', 'CO1', 'SG2', 'HE1']))
        rdns = "mail-%s%s%s.outbound.protection.outlook.com" % (rng.choice(['am6', 'db8', 'bn8', 'sg2']), reg.lower(), "on2%03d" % rng.randint(40, 130))
        if dom.endswith(('outlook.com', 'hotmail.com', 'hotmail.fr', 'hotmail.es', 'hotmail.it', 'live.com', 'outlook.de', 'hotmail.co.th', 'hotmail.nl', 'outlook.com.br', 'outlook.jp')):
            rdns = rdns.replace('on2', 'olkn2')
        envfrom = acct['email']
        if infra == 'exch':
            helo = rdns = "mail.%s" % dom
            send_hdr.append(("Received", "from EXCH%02d.%s (192.0.2.%d) by EXCH%02d.%s\r\n (192.0.2.%d) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.%d.%d; %s" % (
                1, dom, rng.randint(2, 250), 2, dom, rng.randint(2, 250), rng.randint(2000, 2600), rng.randint(1, 40), when_l)))
            send_hdr.append(("Received", "from EXCH%02d.%s ([fe80::%x:%x:%x:%x]) by EXCH%02d.%s\r\n ([fe80::%x:%x:%x:%x%%12]) with mapi id 15.01.%04d.%03d; %s" % (
                1, dom, *(rng.randint(1, 65535) for _ in range(4)), 1, dom, *(rng.randint(1, 65535) for _ in range(4)), rng.randint(2000, 2600), rng.randint(1, 40), when_l)))
            if rng.random() < 0.6:
                sigs.append((dom, rng.choice(['exch', 'mail', 'default']), hl))
            else:
                dmarc = 'pass'
        else:
            tenant = dom.replace('.', '-')
            sigs.append((dom, rng.choice(['selector1', 'selector2']) + ("-" + tenant if not dom.endswith('.onmicrosoft.com') and rng.random() < 0.0 else ''),
                         "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"))
            hst = h(rng, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "PR%02dMB%04d.%s.prod.outlook.com" % (rng.randint(1, 9), rng.randint(1000, 9999), rng.choice(['eurprd05', 'namprd12', 'apcprd06']))
            send_hdr.append(("Received", "from %s\r\n ([2001:db8:%x::%x]) by %s\r\n ([2001:db8:%x::%x%%4]) with mapi id 15.20.%d.%03d; %s" % (
                hst, rng.randint(1, 65535), rng.randint(1, 65535), hst, rng.randint(1, 65535), rng.randint(1, 65535), rng.randint(6000, 8800), rng.randint(1, 60), when)))
            send_hdr.append(("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=" + ''.join(rng.choice(B64) for _ in range(60))))
        ctx['mx_rdns'] = rdns
    elif infra == 'zoom':
        helo = "o%d.ptr%d.zoom.us" % (rng.randint(1, 9), rng.randint(1000, 9999))
        envfrom = "bounces+%d-%s-%s=%s@mail.zoom.us" % (rng.randint(100000, 999999), h(rng, 4), rcpt['email'].split('@')[0], rcpt['domain'])
        sigs.append(('zoom.us', 's1', "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"))
    elif infra == 'esp':
        esp = acct.get('esp') or rng.choice(ESPS)
        if esp == 'sendgrid':
            helo = "o%d.ptr%d.%s" % (rng.randint(1, 9), rng.randint(1000, 9999), dom)
            envfrom = "bounces+%d-%s-%s=%s@em%d.%s" % (rng.randint(1000000, 9999999), h(rng, 4), rcpt['email'].split('@')[0], rcpt['domain'], rng.randint(100, 9999), dom)
            sigs.append((dom, 's1', "cc:content-type:from:mime-version:subject:to"))
            sigs.append(('sendgrid.info', 'smtpapi', "cc:content-type:from:mime-version:subject:to"))
            acct['esphdr'] = [("X-SG-EID", ''.join(rng.choice(B64[:-2]) for _ in range(96))), ("X-Entity-ID", "u001." + ''.join(rng.choice(B64[:-2]) for _ in range(22)) + "==")]
        elif esp == 'ses':
            helo = "a%d-%d.smtp-out.amazonses.com" % (rng.randint(8, 48), rng.randint(1, 250))
            envfrom = "0100018%s-%s-000000@%s" % (h(rng, 9), uuid(rng), rng.choice(['amazonses.com', 'mail.' + dom, 'bounce.' + dom]))
            sigs.append((dom, h(rng, 32, "abcdefghijklmnopqrstuvwxyz0123456789"), "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version"))
            sigs.append(('amazonses.com', h(rng, 32, "abcdefghijklmnopqrstuvwxyz0123456789"), "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID"))
            acct['esphdr'] = [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % ''.join(rng.choice(B64[:-2]) for _ in range(43))),
                              ("X-SES-Outgoing", "%s-203.0.113.%d" % (ctx['sent'].strftime("%Y.%m.%d"), rng.randint(1, 250)))]
        elif esp == 'mailgun':
            helo = "m%d-%d.mailgun.net" % (rng.randint(200, 240), rng.randint(1, 30))
            envfrom = "bounce+%s.%s-%s=%s@mg.%s" % (h(rng, 6), h(rng, 6), rcpt['email'].split('@')[0], rcpt['domain'], dom)
            sigs.append(('mg.' + dom if rng.random() < 0.5 else dom, 'mx', "Content-Type: Mime-Version: Subject: Subject: From: From: To: To: Date: Message-Id: Sender: Sender"))
            acct['esphdr'] = [("X-Mailgun-Sid", ''.join(rng.choice(B64[:-2]) for _ in range(60)))]
        elif esp == 'postmark':
            helo = "sc-ord-mta%d.mtasv.net" % rng.randint(100, 130)
            envfrom = "pm_bounces@pm-bounces.%s" % dom
            sigs.append((dom, '20%d%02d%02dpm' % (rng.randint(18, 24), rng.randint(1, 12), rng.randint(1, 28)), "Date:From:Reply-To:To:Subject:Message-Id:Mime-Version:Content-Type"))
            sigs.append(('pm.mtasv.net', 'pm20240807', "Date:From:Reply-To:To:Subject:Message-Id:Mime-Version:Content-Type:Feedback-ID"))
            acct['esphdr'] = [("X-PM-Message-Id", uuid(rng)), ("X-PM-RCPT", "|bTB8" + h(rng, 30, ALNUM) + "|"), ("X-PM-Message-Stream", "outbound")]
        elif esp == 'brevo':
            helo = "mail-%s.sender-sib.com" % h(rng, 6, ALNUM)
            envfrom = "%s@sib.%s" % (h(rng, 30, ALNUM), dom)
            sigs.append((dom, 'brevo1', "from:to:subject:date:message-id:mime-version:content-type"))
            acct['esphdr'] = [("X-Mailer", "Sendinblue"), ("X-sib-id", ''.join(rng.choice(B64[:-2]) for _ in range(48)))]
        else:
            helo = "mail%d.suw%d.mandrillapp.com" % (rng.randint(1, 200), rng.randint(10, 40))
            envfrom = "bounce-md_%d.%s.v1-%s@mandrillapp.com" % (rng.randint(10 ** 7, 10 ** 8), h(rng, 8), h(rng, 32))
            sigs.append(('mandrillapp.com', 'mandrill', "From:Subject:Message-Id:To:Date:MIME-Version:Content-Type"))
            sigs.append((dom, 'mte1', "From:Subject:Message-Id:To:Date:MIME-Version:Content-Type"))
    elif infra == 'vps':
        style = rng.choice(['unknown', 'static', 'named', 'named'])
        ipn = rng.randint(1, 250)
        ip = "203.0.113.%d" % ipn if rng.random() < 0.6 else "198.51.100.%d" % ipn
        ctx['mx_ip'] = ip
        hn = rng.choice(["vps%d.cloudnode-hosting.example" % rng.randint(100, 9999), "srv%d.fastvps.test" % rng.randint(10, 999),
                         "mail.%s" % h(rng, 8, "abcdefghijklmnopqrstuvwxyz") + rng.choice(['.xyz', '.top', '.shop', '.online', '.icu']),
                         "ip-%s.rev.hostingco.example" % ip.replace('.', '-'), "localhost", "WIN-%s" % h(rng, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")])
        helo = hn
        ctx['mx_rdns'] = 'unknown' if style == 'unknown' else ("%s.static.%s" % (ip.replace('.', '-'), rng.choice(['vultrusercontent.example', 'contaboserver.test', 'your-server.example'])) if style == 'static' else hn)
        efd = acct.get('envdom') or rng.choice([dom, dom, h(rng, 7, "abcdefghijklmnopqrstuvwxyz") + rng.choice(['.com', '.info', '.net', '.shop']), hn.split('.', 1)[-1] if '.' in hn else dom])
        envfrom = "%s@%s" % (rng.choice([acct['email'].split('@')[0], 'info', 'noreply', h(rng, 8, "abcdefghijklmnopqrstuvwxyz")]), efd)
        if efd == dom:
            spf = rng.choice(['fail', 'softfail', 'softfail', 'none', 'neutral'])
        else:
            spf = rng.choice(['pass', 'none', 'softfail'])
        if rng.random() < 0.35 and efd != dom:
            sigs.append((efd, 'default', hl))
        dmarc = 'fail'
        send_hdr.append(("Received", "from %s (localhost [127.0.0.1])\r\n\tby %s with ESMTP id %s; %s" % (
            hn, hn, h(rng, 10, "0123456789ABCDEF"), when_l)) if rng.random() < 0.5 else ("X-Originating-IP", "[%s]" % ip))
    elif infra == 'cpanel':
        hn = "server%d.%s" % (rng.randint(10, 999), rng.choice(['hostpapa-like.example', 'webhost-shared.test', 'cpanelhost.example', 'sitehosting.test']))
        helo = hn
        envfrom = acct['email']
        sigs.append((dom, 'default', "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To:Cc"))
        send_hdr.append(("Received", "from [%s] (port=%d helo=%s)\r\n\tby %s with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\r\n\t(Exim 4.96.2)\r\n\t(envelope-from <%s>)\r\n\tid 1r%s-%s-%s;\r\n\t%s" % (
            ip_for(hn + 'c'), rng.randint(50000, 65000), rng.choice(['[127.0.0.1]', 'WIN-%s' % h(rng, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), 'User']), hn, acct['email'],
            h(rng, 4, ALNUM), h(rng, 6, ALNUM), h(rng, 2, ALNUM), when_l)))
        send_hdr.append(("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"))
        send_hdr.append(("X-AntiAbuse", "Primary Hostname - %s" % hn))
        send_hdr.append(("X-Authenticated-Sender", "%s: %s" % (hn, acct['email'])))
    else:  # corpmta / freesmtp
        pre = rng.choice(['mail', 'smtp', 'mx1', 'mout', 'out', 'mail2']) if infra == 'corpmta' else rng.choice(['mout', 'smtp', 'smtpout', 'out'])
        helo = "%s.%s" % (pre, dom)
        envfrom = acct['email'] if ctx.get('nc_from') is None else ctx['nc_from']
        if infra == 'freesmtp' or rng.random() < 0.8:
            sigs.append((dom, rng.choice(['dkim', 'mail', 'default', 's1', '2019', 'key1', 'mx', 'selector1', 'dkim2048']), hl))
        else:
            dmarc = 'pass' if rng.random() < 0.6 else 'none'
        fromip = ip_for(acct['email'] + 'client')
        if ctx['client'] in ('nextcloud', 'sogo', 'zimbra') and rng.random() < 0.7:
            send_hdr.append(("Received", "from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
                acct.get('cloudhost', 'webmail.' + dom), helo, h(rng, 10, "0123456789ABCDEF"), rcpt['email'], when_l)))
        else:
            send_hdr.append(("Received", "from [%s] (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
                rng.choice(['192.0.2.%d' % rng.randint(2, 250), 'IPV6:2001:db8::%x' % rng.randint(1, 4095)]), rng.choice(['unknown', 'p%s.dip0.example-isp.de' % h(rng, 8), 'host-%s.cable.example' % h(rng, 6)]),
                fromip, acct['email'], helo, h(rng, 10, "0123456789ABCDEF"), rcpt['email'], when_l)))
    # override via ctx (list / forwards handled elsewhere)
    ip = ctx.get('mx_ip') or ip_for(helo, True)
    rdns = ctx.get('mx_rdns') or helo
    envdom = envfrom.split('@')[1]
    lines = []
    dk_hdrs = []
    for d, s, hh in sigs:
        sig, bstart = dkim_sig(rng, d, s, ts, hh)
        dk_hdrs.append(("DKIM-Signature", sig))
        dkim_res.append("dkim=pass header.d=%s header.s=%s header.b=%s" % (d, s, bstart))
    if not sigs:
        dkim_res.append("dkim=none")
    if ctx.get('dkim_broken'):
        dkim_res = [r.replace('dkim=pass', 'dkim=fail (body hash did not verify)') for r in dkim_res]
    aligned = any(fromdom == d or fromdom.endswith('.' + d) or d.endswith('.' + fromdom) for d, s, hh in sigs) and not ctx.get('dkim_broken')
    spf_aligned = (envdom == fromdom or envdom.endswith('.' + fromdom)) and spf == 'pass'
    if infra == 'vps':
        dmarc = 'pass' if aligned else 'fail'
    elif dmarc != 'none':
        dmarc = 'pass' if aligned or spf_aligned else ('fail' if dmarc == 'fail' or not (aligned or spf_aligned) else 'pass')
    spf_txt = {'pass': "spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s",
               'fail': "spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s",
               'softfail': "spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s",
               'neutral': "spf=neutral (mx.example.net: %s is neither permitted nor denied by best guess record for domain of %s) smtp.mailfrom=%s",
               'none': "spf=none (mx.example.net: domain of %s has no SPF policy when checking %s) smtp.mailfrom=%s"}[spf]
    if spf == 'neutral':
        spf_l = spf_txt % (ip, envfrom, envfrom)
    else:
        spf_l = spf_txt % (envfrom, ip, envfrom)
    if acct['kind'] == 'look' and stable(fromdom, 4) == 0 and dmarc == 'pass':
        dm = "dmarc=none (p=NONE sp=NONE dis=NONE) header.from=%s" % fromdom
    elif dmarc == 'none':
        dm = "dmarc=none (p=NONE sp=NONE dis=NONE) header.from=%s" % fromdom
    else:
        pol = dmarc_p(fromdom)
        if dmarc == 'fail' and acct['kind'] == 'spoof' and 'REJECT' in pol:
            pol = "p=NONE sp=NONE dis=NONE" if rng.random() < 0.6 else "p=QUARANTINE sp=QUARANTINE dis=QUARANTINE"
        elif dmarc == 'fail' and 'REJECT' in pol:
            pol = pol.replace('dis=NONE', 'dis=REJECT') if False else pol
        dm = "dmarc=%s (%s) header.from=%s" % (dmarc, pol, fromdom)
    auth = "mx.example.net;\r\n\t" + ";\r\n\t".join(dkim_res + [spf_l, dm])
    return dict(envfrom=envfrom, helo=helo, rdns=rdns, ip=ip, auth=auth, dkim=dk_hdrs, send=send_hdr)


def mx_headers(ctx, t, rcpt_email):
    rng = ctx['rng']
    qid = h(rng, 11, "0123456789ABCDEF") if ctx['year'] < 2020 else h(rng, 13, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")
    tls = "ESMTPS" if t['helo'] != 'localhost' or rng.random() < 0.5 else "ESMTP"
    ipfmt = ("IPv6:" + t['ip']) if ':' in t['ip'] else t['ip']
    recv = "from %s (%s [%s])\r\n\tby mx.example.net (Postfix) with %s id %s\r\n\tfor <%s>; %s" % (
        t['helo'], t['rdns'], ipfmt, tls, qid, rcpt_email, rfcdate(ctx['arrival'], 0).replace("+0000", "+0000 (UTC)"))
    return [("Return-Path", "<%s>" % t['envfrom']), ("Delivered-To", rcpt_email), ("Authentication-Results", t['auth']), ("Received", recv)]


# ------------------------------------------------------------------ event model
_CYCLE = collections.Counter()


def pick_charset(rng, lang, client, probe):
    legacy = list(LEGACY.get(lang) or [])
    p = {'outlook': 0.6, 'tool': 0.7, 'saas': 0.45, 'thunderbird': 0.2, 'yahoo': 0.3 if lang == 'ja' else 0.0}.get(client, 0.0)
    if legacy and rng.random() < p:
        k = _CYCLE[lang]
        _CYCLE[lang] += 1
        legacy = legacy[k % len(legacy):] + legacy[:k % len(legacy)]
        for cs in legacy:
            if can_encode(probe, cs):
                return cs
    return 'utf-8'


def make_people(rng, lang, dom, n, exclude=()):
    out, seen = [], set(exclude)
    pool = NAMES[lang] + NAMES['en']
    tries = 0
    while len(out) < n and tries < n * 20:
        tries += 1
        nm, loc = rng.choice(pool)
        if len(out) >= len(pool) or rng.random() < 0.5:
            loc = loc.split('.')[0][:1] + loc.split('.')[-1] + (str(rng.randint(1, 99)) if rng.random() < 0.5 else '')
            nm = '' if rng.random() < 0.5 else nm
        e = "%s@%s" % (loc, dom if isinstance(dom, str) else rng.choice(dom))
        if e in seen:
            continue
        seen.add(e)
        out.append(dict(name=nm, email=e))
    return out


def build_event(rng, sc, ctx):
    lang, acct, rcpt = ctx['lang'], ctx['acct'], ctx['rcpt']
    f = ctx['fmtf']
    arrival = ctx['arrival']
    tz = sc.get('tz') or rng.choice(LANG_TZ[lang])
    off = sc.get('off', (1, 21))
    day = (arrival + dt.timedelta(minutes=utc_offset(tz, arrival))).date() + dt.timedelta(days=rng.randint(*off))
    if sc.get('weekday', True) and not sc.get('allday') and day.weekday() >= 5 and rng.random() < 0.8:
        day += dt.timedelta(days=7 - day.weekday())
    hour = sc.get('hour') or rng.choice([8, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17])
    if isinstance(hour, tuple):
        hour = rng.randint(*hour)
    minute = rng.choice([0, 0, 0, 30, 30, 15, 45]) if not sc.get('minute') else sc['minute']
    start = dt.datetime(day.year, day.month, day.day, hour, minute)
    dur = sc.get('dur') or rng.choice([30, 30, 45, 60, 60, 60, 90])
    end = start + dt.timedelta(minutes=dur)
    if sc.get('allday'):
        start = dt.datetime(day.year, day.month, day.day)
        end = start + dt.timedelta(days=sc.get('days', 1))
    ev = dict(tz=tz, start=start, end=end, allday=sc.get('allday'), rrule=sc.get('rr'))
    ctx['fmt'].update(date=fmt_date(lang, start), time="%02d:%02d" % (start.hour, start.minute), day=fmt_date(lang, start),
                      etime="%02d:%02d" % (end.hour, end.minute))
    ev['summary'] = f(sc['subj'])
    ev['desc'] = f(sc.get('desc', ''))
    ev['loc'] = f(sc.get('loc', ''))
    ev['method'] = sc.get('meth', 'REQUEST')
    ev['seq'] = sc.get('seq', 0 if ev['method'] != 'CANCEL' else rng.randint(1, 3))
    ev['status'] = {'CANCEL': 'CANCELLED'}.get(ev['method'], sc.get('status', 'CONFIRMED'))
    ev['stamp'] = ctx['sent'] - dt.timedelta(seconds=rng.randint(1, 40))
    ev['created'] = ev['stamp'] - dt.timedelta(minutes=rng.choice([0, 1, 3, 10, 60, 600, 4000])) if ev['method'] == 'REQUEST' else ev['stamp'] - dt.timedelta(days=rng.randint(2, 30))
    ev['ownerid'] = rng.randint(-2147483647, 2147483647)
    ev['todo'] = sc.get('todo')
    ev['alarms'] = sc.get('alarms', [rng.choice([10, 15, 30, 60, 1440])] if rng.random() < 0.4 else [])
    ev['cat'] = f(sc['cat']) if sc.get('cat') else None
    ev['comment'] = f(sc['comment']) if sc.get('comment') else None
    if sc.get('url'):
        ev['url'] = f(sc['url'] if isinstance(sc['url'], str) else '{link}')
    ev['attach'] = []
    if sc.get('attach'):
        a = sc['attach']
        ev['attach'].append((f(a[0]), a[1] if len(a) > 1 else None, f(a[2]) if len(a) > 2 else None))
    if sc.get('conf'):
        c = f(sc['conf'] if isinstance(sc['conf'], str) else '{link}')
        if 'meet.google.com' in c and ctx['client'] == 'google':
            ev['conf_meet'] = c
        elif 'teams.microsoft.com' in c and ctx['client'] == 'outlook':
            ev['teams'] = c
        else:
            ev['conf'] = c
            if ctx['client'] == 'outlook' and rng.random() < 0.5:
                ev['teams'] = c
    ev['altdesc'] = sc.get('altdesc')
    # organizer and attendees
    org_name = f(sc['oname']) if sc.get('oname') else acct['name']
    org_mail = f(sc['omail']) if sc.get('omail') else acct.get('host_email', acct['email'])
    rc = dict(name=rcpt['name'], email=rcpt['email'], partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', lang=lang)
    others = make_people(rng, lang, rcpt['domain'] if rng.random() < 0.6 else [rcpt['domain'], acct['domain']], sc.get('mass') or sc.get('guests', rng.choice([0, 0, 1, 2, 3])), {rcpt['email'], org_mail})
    for o in others:
        o.update(partstat=rng.choice(['NEEDS-ACTION', 'NEEDS-ACTION', 'ACCEPTED', 'TENTATIVE']) if not sc.get('mass') else 'NEEDS-ACTION', role='REQ-PARTICIPANT')
    if ev['method'] == 'REPLY':
        ev['org'] = (rcpt['name'], rcpt['email'])
        ev['reply'] = sc.get('reply', 'ACCEPTED')
        ev['replier'] = (acct['name'], acct['email'])
        ev['att_all'] = [dict(name=acct['name'], email=acct['email'], partstat=ev['reply'], role='REQ-PARTICIPANT', rsvp=False)]
    else:
        ev['org'] = (org_name, org_mail)
        if sc.get('sentby'):
            ev['sentby'] = acct['email']
        orgatt = dict(name=org_name, email=org_mail, partstat='ACCEPTED', role='REQ-PARTICIPANT', rsvp=False, is_org=True)
        if sc.get('rcpt_org'):  # recipient organised; someone else cancels/updates on their behalf
            ev['org'] = (rcpt['name'], rcpt['email'])
            ev['sentby'] = acct['email']
            orgatt = dict(name=rcpt['name'], email=rcpt['email'], partstat='ACCEPTED', role='CHAIR', rsvp=False, is_org=True)
            rc = dict(name=acct['name'], email=acct['email'], partstat='ACCEPTED', role='REQ-PARTICIPANT')
        pos = rng.randint(0, len(others))
        ev['att_all'] = ([orgatt] if not sc.get('noorgatt') else []) + others[:pos] + [rc] + others[pos:]
        if sc.get('noatt'):
            ev['att_all'] = [] if sc.get('noatt') == 'all' else [rc]
    ev['uid'] = make_uid(rng, ctx['client'], acct)
    events = [dict(uid=ev['uid'], start=start, end=end, tz=tz, allday=ev['allday'], rrule=ev['rrule'], summary=ev['summary'],
                   desc=ev['desc'], loc=ev['loc'])]
    for i, extra in enumerate(sc.get('more', [])):
        s2 = start + dt.timedelta(days=extra.get('plus', (i + 1) * 2), hours=extra.get('hplus', 0))
        e2 = s2 + (end - start)
        events.append(dict(uid=make_uid(rng, ctx['client'], acct), start=s2, end=e2, tz=tz, allday=ev['allday'], rrule=None,
                           summary=f(extra.get('subj', sc['subj'])), desc=f(extra.get('desc', sc.get('desc', ''))), loc=f(extra.get('loc', sc.get('loc', '')))))
    ev['events'] = events
    return ev


def make_uid(rng, client, acct):
    if client == 'google':
        return h(rng, 26, "0123456789abcdefghijklmnopqrstuv") + "@google.com"
    if client == 'outlook':
        return "040000008200E00074C5B7101A82E00800000000" + h(rng, 16, "0123456789ABCDEF") + "000000000000000010000000" + h(rng, 32, "0123456789ABCDEF")
    if client == 'apple':
        return uuid(rng, True)
    if client == 'zoom':
        return "ZOOM%d" % rng.randint(10 ** 9, 10 ** 11)
    if client == 'zimbra':
        return uuid(rng)
    if client == 'sogo':
        return "%s-%s-%s-%s" % (h(rng, 4, "0123456789ABCDEF"), h(rng, 8, "0123456789ABCDEF"), h(rng, 1, "0123456789"), h(rng, 8, "0123456789ABCDEF"))
    if client == 'nextcloud':
        return uuid(rng)
    return rng.choice([uuid(rng), "%s@%s" % (h(rng, 20, ALNUM), acct['domain']), "%d%s" % (rng.randint(10 ** 8, 10 ** 9), h(rng, 6)),
                       "%s-%d@%s" % (h(rng, 8), rng.randint(1, 9999), acct['domain'])])


def fmt_date(lang, d):
    if lang == 'en':
        return "%s %d %s" % (["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][d.weekday()], d.day,
                             ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][d.month - 1])
    if lang in ('zh', 'ja'):
        return "%d月%d日" % (d.month, d.day)
    if lang == 'ko':
        return "%d월 %d일" % (d.month, d.day)
    if lang == 'hi' or lang == 'th' or lang == 'ar' or lang == 'he':
        return "%d/%d/%d" % (d.day, d.month, d.year)
    return "%02d.%02d.%d" % (d.day, d.month, d.year) if lang in ('de', 'ru', 'pl', 'tr', 'el') else "%02d/%02d/%d" % (d.day, d.month, d.year)


# ------------------------------------------------------------------ wrappers: mailing lists and forwards
def apply_list(ctx, hdrs, root, t_orig):
    rng, sc = ctx['rng'], ctx['sc']
    L = sc['list']
    lname, ldom = L[0], L[1]
    kind = L[2] if len(L) > 2 else 'mailman'
    listaddr = "%s@%s" % (lname, ldom)
    foot = "_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s" % (lname, listaddr, ldom, lname) \
        if kind == 'mailman' else ("--\nYou received this message because you are subscribed to the Google Groups \"%s\" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to %s+unsubscribe@%s." % (lname, lname, ldom)
                                   if kind == 'ggroups' else "-- \n[%s] https://%s/sympa/info/%s" % (lname, ldom, lname))
    fpart = Part("text/plain", [("charset", "us-ascii")], "7bit", (foot + "\n").replace("\n", "\r\n").encode())
    if root.ctype == 'multipart/mixed':
        root.children.append(fpart)
    else:
        root = Part('multipart/mixed', children=[root, fpart], boundary="===============%019d==" % rng.randint(10 ** 17, 10 ** 18))
    munge = kind != 'sympa' and rng.random() < 0.5
    new = []
    for k, v in hdrs:
        if k == 'Subject' and kind != 'ggroups':
            v = "[%s] %s" % (lname, v)
        if k == 'From' and munge:
            v = addr("%s via %s" % (ctx['acct']['name'], lname), listaddr)
            new.append(("Reply-To", addr(ctx['acct']['name'], ctx['acct']['email'])))
        new.append((k, v))
    new += [("X-BeenThere", listaddr), ("Precedence", "list"), ("List-Id", "<%s.%s>" % (lname, ldom)),
            ("List-Unsubscribe", "<https://%s/mailman/options/%s>,\r\n <mailto:%s-request@%s?subject=unsubscribe>" % (ldom, lname, lname, ldom)),
            ("List-Archive", "<https://%s/pipermail/%s/>" % (ldom, lname)), ("List-Post", "<mailto:%s>" % listaddr),
            ("List-Help", "<mailto:%s-request@%s?subject=help>" % (lname, ldom)), ("Errors-To", "%s-bounces@%s" % (lname, ldom)),
            ("Sender", "\"%s\" <%s-bounces@%s>" % (lname, lname, ldom))]
    if kind == 'mailman':
        new.append(("X-Mailman-Version", "2.1.%d" % rng.randint(29, 39)))
    fromdom = ldom if munge else ctx['acct']['domain']
    envfrom = "%s-bounces+%s=%s@%s" % (lname, ctx['rcpt']['email'].split('@')[0], ctx['rcpt']['domain'], ldom)
    helo = "lists.%s" % ldom.split('.', 1)[-1] if not ldom.startswith('lists.') else ldom
    ip = ip_for(helo)
    dres = ["dkim=fail reason=\"signature verification failed\" (body hash did not verify) header.d=%s header.s=%s header.b=%s" % (
        d, s, b) for d, s, b in t_orig['sigmeta']]
    sig, bst = dkim_sig(rng, ldom, 'list', int(ctx['sent'].timestamp()), "from:to:subject:list-id:list-unsubscribe")
    dres.append("dkim=pass header.d=%s header.s=list header.b=%s" % (ldom, bst))
    pol = dmarc_p(fromdom)
    dm = "dmarc=pass (%s) header.from=%s" % (pol, fromdom) if munge else "dmarc=fail (%s) header.from=%s" % (pol.replace('p=REJECT', 'p=REJECT').replace('dis=NONE', 'dis=NONE'), fromdom)
    auth = "mx.example.net;\r\n\t" + ";\r\n\t".join(dres + ["spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (envfrom, ip, envfrom), dm])
    t = dict(envfrom=envfrom, helo=helo, rdns=helo, ip=ip, auth=auth)
    later = ctx['arrival'] + dt.timedelta(seconds=rng.randint(2, 50))
    lrecv = [("DKIM-Signature", sig),
             ("Received", "from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s" % (helo, helo, h(rng, 10, "0123456789ABCDEF"), rfcdate(later, 0))),
             ("Received", "from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
                 t_orig['helo'], t_orig['rdns'], t_orig['ip'], helo, h(rng, 10, "0123456789ABCDEF"), listaddr, rfcdate(ctx['sent'] + dt.timedelta(seconds=3), 0)))]
    return new, root, t, lrecv


def build_forward(ctx, inner_bytes, inner_hdrs, style):
    """ctx['acct'] is the forwarder; inner message already rendered."""
    rng, lang = ctx['rng'], ctx['lang']
    sc = ctx['sc']
    note = ctx['fmtf'](sc.get('body', ''))
    ih = dict(inner_hdrs)
    import email
    im = email.message_from_bytes(inner_bytes)
    unf = lambda v: str(email.header.make_header(email.header.decode_header((v or '').replace('\r\n', '').replace('\n', ''))))
    isubj = unf(im['Subject'])
    ifrom = unf(im['From'])
    ics = None
    for p in im.walk():
        if p.get_content_type() in ('text/calendar', 'application/ics'):
            ics = p.get_payload(decode=True)
            break
    pre = {'en': 'Fwd', 'de': 'WG', 'fr': 'TR', 'es': 'RV', 'it': 'I', 'nl': 'Doorst.', 'pt': 'Enc', 'pl': 'PD', 'ru': 'Пересл.',
           'ja': 'Fwd', 'zh': '转发', 'ko': 'FW', 'tr': 'İlt', 'el': 'ΠΡΘ', 'he': 'הועבר', 'ar': 'إعادة توجيه', 'hi': 'Fwd', 'th': 'Fwd'}.get(lang, 'Fwd')
    if style == 'outlook':
        pre = 'FW' if lang == 'en' else pre
    subj = "%s: %s" % (pre, isubj)
    o = ctx['acct']
    if style == 'attach':
        b = "------------" + h(rng, 24, ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        body = tpart('text/plain', note + "\n", 'utf-8', '8bit' if not is_ascii(note) else '7bit', [('format', 'flowed')])
        mp = Part('message/rfc822', [], None, inner_bytes, disp='attachment; filename="%s.eml"' % ''.join(c for c in isubj[:40] if c.isalnum() or c in ' -_').strip().replace(' ', '_') or 'invite')
        root = Part('multipart/mixed', children=[body, mp], boundary=b)
        hdr = [("Message-ID", "<%s@%s>" % (uuid(rng), o['domain'])), ("Date", rfcdate(ctx['sent'], ctx['sendoff'])), ("MIME-Version", "1.0"),
               ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", LOCALE[lang]),
               ("To", addr_list([(ctx['rcpt']['name'], ctx['rcpt']['email'])])), ("From", addr(o['name'], o['email'])),
               ("Subject", hval("Subject", subj, 'utf-8', 'B'))]
        return hdr, root, 'thunderbird'
    fw = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (ifrom, unf(im['Date']), isubj, unf(im['To']))
    textpart = None
    for p in im.walk():
        if p.get_content_type() == 'text/plain':
            cs = p.get_content_charset() or 'utf-8'
            try:
                textpart = p.get_payload(decode=True).decode(codec(cs), 'replace').replace('\r\n', '\n')
            except LookupError:
                textpart = ''
            break
    body = note + "\n\n" + fw + "\n\n" + (textpart or '')
    b1 = "000000000000" + h(rng, 16)
    b2 = "000000000000" + h(rng, 16)
    alt = Part('multipart/alternative', children=[tpart('text/plain', body, 'UTF-8', 'quoted-printable'),
                                                 tpart('text/html', '<div dir="ltr">%s</div>' % to_html(body), 'UTF-8', 'quoted-printable')], boundary=b2)
    kids = [alt]
    if ics:
        kids.append(Part('application/ics', [('name', 'invite.ics')], 'base64', base64.encodebytes(ics).replace(b"\n", b"\r\n"),
                         disp='attachment; filename="invite.ics"'))
    root = Part('multipart/mixed', children=kids, boundary=b1)
    hdr = [("MIME-Version", "1.0"), ("References", ih.get('Message-ID', '')), ("In-Reply-To", ih.get('Message-ID', '')),
           ("From", addr(o['name'], o['email'], 'utf-8', 'Q')), ("Date", rfcdate(ctx['sent'], ctx['sendoff'])),
           ("Message-ID", "<CA%s@mail.gmail.com>" % ''.join(rng.choice(B64[:-2] + '-_') for _ in range(60)) if o['domain'] == 'gmail.com' else "<%s@%s>" % (uuid(rng), o['domain'])),
           ("Subject", hval("Subject", subj, 'UTF-8', 'Q')), ("To", addr_list([(ctx['rcpt']['name'], ctx['rcpt']['email'])], 'UTF-8', 'Q'))]
    return hdr, root, 'gmailweb'


# ------------------------------------------------------------------ compose one message
def assign_clients(rng, items):
    quota = collections.OrderedDict(CLIENT_QUOTA)
    order = sorted(range(len(items)), key=lambda i: (len(items[i]['allowed']), rng.random()))
    res = {}
    for i in order:
        al = items[i]['allowed']
        mx = max(quota[c] for c in al)
        c = rng.choice([c for c in al if quota[c] == mx])
        quota[c] -= 1
        res[i] = c
    return res


def compose(rng, sc, label, cat, client, idx):
    lang = sc['lang']
    year_lo, year_hi = sc.get('years', (2016, 2026))
    start = dt.datetime(year_lo, 1, 4, 6, 0)
    endt = min(dt.datetime(year_hi, 12, 20), dt.datetime(2026, 11, 28))
    arrival = start + dt.timedelta(seconds=rng.randint(0, int((endt - start).total_seconds())))
    if arrival.weekday() >= 5 and rng.random() < 0.6:
        arrival -= dt.timedelta(days=arrival.weekday() - 3)
    sent = arrival - dt.timedelta(seconds=rng.randint(1, 25))
    ro = rng.choice(RCPT_ORGS[sc.get('rlang', lang)] if rng.random() < 0.75 else RCPT_ORGS['en'])
    rn, rl = rng.choice(NAMES[sc.get('rlang', lang)])
    rdom = sc.get('rdom') or ro[1]
    rcpt = dict(name=rn, email="%s@%s" % (rl, rdom), domain=rdom, org=ro[0])
    ctx = dict(rng=rng, sc=sc, label=label, lang=lang, client=client, arrival=arrival, sent=sent, rcpt=rcpt, year=arrival.year,
               quirks=set(), conf_label='Online meeting')
    qp = {'tool': (0.55, 0.3), 'saas': (0.15, 0.1)}.get(client)
    if qp and rng.random() < (qp[0] if label == 'spam' else qp[1]):
        ctx['quirks'] = set(rng.sample(['nomethod', 'mismatch', 'nofold', 'lf', 'MAILTO', 'nodtstamp', 'badfold', 'notz', 'bareorg', 'noversion'], rng.choice([1, 1, 2])))
    kinds = [k for k in sc['snd'] if client in COMPAT[k]]
    kind = rng.choice(kinds)
    # variables
    fm = FMap()
    ctx['fmt'] = fm
    ctx['fmtf'] = lambda s: s.format_map(fm) if isinstance(s, str) else s
    first = rn.split()[0] if lang not in ('zh', 'ja', 'ko') else rn
    if lang == 'ja':
        first = rn.split()[0] + "様"
    pt = rng.choice(PHONE[lang])
    digits = lambda: str(rng.randint(0, 9))
    fm.update(rname=first, rfull=rn, rmail=rcpt['email'], rdom=rdom, rorg=ro[0], rlocal=rl, year=str(arrival.year),
              phone=pt.format(a=digits(), b=digits(), c=digits(), d=digits()),
              code=h(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), ref=str(rng.randint(10 ** 7, 10 ** 10)),
              n1=str(rng.randint(2, 48)), n2=str(rng.randint(100, 9999)), tok=h(rng, 10, ALNUM), tok2=h(rng, 16, ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
              hex=h(rng, 24), b64=base64.b64encode(rcpt['email'].encode()).decode(), zid="%d %04d %04d" % (rng.randint(800, 999), rng.randint(0, 9999), rng.randint(0, 9999)),
              uid8=h(rng, 8), mdate=fmt_date(lang, arrival), rdom_base=rdom.split('.')[0])
    for k, v in sc.get('v', {}).items():
        fm[k] = rng.choice(v) if isinstance(v, list) else v
    for k in ('link', 'link2'):
        if sc.get(k):
            fm[k] = ctx['fmtf'](sc[k])
    if 'amt' not in fm:
        fm['amt'] = rng.choice(CURRENCY[lang]).format("%d.%02d" % (rng.randint(20, 900), rng.randint(0, 99)) if lang == 'en' else "%d,%02d" % (rng.randint(20, 900), rng.randint(0, 99)))
    ctx['ol_variant'] = 'exo'
    if client == 'outlook':
        if kind == 'spoof':
            ctx['ol_variant'] = 'desktop'
        elif kind in ('corp', 'comp', 'vendor') and arrival.year < 2020 and rng.random() < 0.4:
            ctx['ol_variant'] = 'onprem'
        elif kind in ('look', 'corp', 'comp') and rng.random() < 0.25:
            ctx['ol_variant'] = 'desktop'
    acct = make_account(rng, sc, client, kind, lang, rcpt, ctx['fmtf'])
    if client == 'nextcloud':
        acct['cloudhost'] = rng.choice(['cloud.', 'nc.', 'files.', 'wolke.' if lang == 'de' else 'drive.']) + acct['domain']
        fm['cloudname'] = rng.choice(['Nextcloud', acct['org'] or 'Nextcloud', 'Cloud'])
    ctx['acct'] = acct
    fm.update(oname=acct['name'], ofirst=acct['name'].split()[0] if acct['name'] else '', omail=acct.get('host_email', acct['email']),
              odom=acct['domain'], oorg=acct.get('org') or acct['domain'])
    ctx['sendoff'] = utc_offset(rng.choice(LANG_TZ[lang]), sent)
    ev = build_event(rng, sc, ctx)
    ctx['ev'] = ev
    probe = ev['summary'] + ev['desc'] + ev['loc'] + ctx['fmtf'](sc.get('body', '')) + acct['name'] + rcpt['name'] + (ev.get('comment') or '')
    ctx['bcs'] = pick_charset(rng, lang, client, probe)
    if sc.get('cs') and can_encode(ev['summary'] + ev['desc'] + ev['loc'], sc['cs']) and client not in ('google', 'apple', 'zoom', 'nextcloud', 'zimbra', 'sogo'):
        ctx['bcs'] = sc['cs']
    ctx['hcs'] = ctx['bcs'] if client in ('outlook', 'tool', 'saas', 'yahoo') else 'utf-8'
    if ctx['hcs'].lower() in ('us-ascii',):
        ctx['hcs'] = 'utf-8'
    fwd = sc.get('fwd')
    if fwd:
        # build original invitation from the original organizer, then forward
        inner_client = sc.get('inner', rng.choice(['google', 'outlook', 'zoom', 'saas']))
        octx = dict(ctx)
        octx['client'] = inner_client
        octx['quirks'] = set()
        osc = dict(sc)
        osc.pop('body', None)
        octx['sc'] = osc
        okind = 'vendor' if inner_client in ('zoom', 'saas') else 'corp'
        oacct = make_account(rng, dict(sname=sc.get('oname', ''), sdom=sc.get('odom'), slang=lang) if sc.get('oname') else dict(slang=lang), inner_client, okind, lang, rcpt, ctx['fmtf'])
        if sc.get('oname'):
            oacct['name'] = ctx['fmtf'](sc['oname'])
        octx['acct'] = oacct
        octx['ol_variant'] = 'exo'
        fwd_person = dict(name=acct['name'], email=acct['email'], domain=acct['domain'])
        octx['rcpt'] = fwd_person
        octx['sent'] = sent - dt.timedelta(days=rng.randint(1, 6), minutes=rng.randint(1, 500))
        oev = dict(ev)
        oev['org'] = (oacct['name'], oacct['email'])
        oev['att_all'] = [dict(name=oacct['name'], email=oacct['email'], partstat='ACCEPTED', is_org=True, rsvp=False),
                          dict(name=acct['name'], email=acct['email'])] + [a for a in ev['att_all'] if not a.get('is_org') and a['email'] != rcpt['email']][:3]
        oev['uid'] = make_uid(rng, inner_client, oacct)
        oev['events'] = [dict(e, uid=oev['uid']) for e in ev['events']]
        octx['ev'] = oev
        ih, iroot = BUILDERS[inner_client](octx)
        octx['from_domain'] = oacct['domain']
        it = transport(octx, infra_for(inner_client, okind, oacct, rng, octx))
        itop = it['dkim'] + it['send']
        inner_bytes = serialize(iroot, [(k, v) for k, v in itop + ih if v is not None])
        if fwd == 'outlook':
            # Outlook forwards the meeting itself: new request from the forwarder, organizer unchanged
            ev['org'] = (oacct['name'], oacct['email'])
            ev['att_all'] = [a for a in ev['att_all'] if not a.get('is_org')]
            sc2 = dict(sc)
            ctx['sc'] = sc2
            sc2['mailsubj'] = "FW: " + ev['summary']
            hdrs, root = BUILDERS['outlook'](ctx)
            eff = 'outlook'
        else:
            hdrs, root, eff = build_forward(ctx, inner_bytes, ih, fwd)
    else:
        hdrs, root = BUILDERS[client](ctx)
    ctx['from_domain'] = ctx.get('from_domain_override') or (acct['domain'] if client != 'nextcloud' else acct.get('cloudhost', acct['domain']))
    if client == 'nextcloud':
        ctx['from_domain'] = acct['cloudhost']
    infra = infra_for(client, kind, acct, rng, ctx)
    if fwd and fwd != 'outlook' and client == 'google':
        infra = 'gmail'
    if client == 'nextcloud':
        acct_d = dict(acct)
        acct_d['domain'] = acct['cloudhost']
        ctx['acct'] = acct_d
    t = transport(ctx, infra)
    ctx['acct'] = acct
    top = []
    if sc.get('list'):
        sigmeta = []
        for k, v in t['dkim']:
            d = v.split('d=')[1].split(';')[0]
            s = v.split('s=')[1].split(';')[0]
            b = v.split('b=')[-1].replace("\r\n\t ", "")[:8]
            sigmeta.append((d, s, b))
        t['sigmeta'] = sigmeta or [(acct['domain'], 'default', h(rng, 8, B64[:-2]))]
        hdrs, root, t2, lrecv = apply_list(ctx, hdrs, root, t)
        top = mx_headers(ctx, t2, rcpt['email']) + lrecv + t['dkim'] + t['send']
    else:
        top = mx_headers(ctx, t, rcpt['email']) + t['dkim'] + t['send']
    allh = [(k, v) for k, v in top + hdrs if v is not None]
    data = serialize(root, allh)
    meta = dict(client=client if not fwd else client + "+fwd", kind=kind, charset=ctx['bcs'], lang=lang, infra=infra, year=arrival.year)
    return data, meta


# ------------------------------------------------------------------ main
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(here, 'out')
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rng = random.Random(SEED)
    rows, stats = [], collections.defaultdict(collections.Counter)
    tables = {}
    for label, mod in (('spam', data_spam), ('ham', data_ham)):
        items = []
        for cat, (cdesc, defaults, scs) in mod.CATS.items():
            tables.setdefault(label, []).append((cat, cdesc, len(scs)))
            for i, sc in enumerate(scs):
                s = dict(defaults)
                s.update(sc)
                cl = set(s.get('cl', ALLCL))
                kinds_ok = set()
                for k in s['snd']:
                    kinds_ok |= COMPAT[k]
                allowed = [c for c in ALLCL if c in cl and c in kinds_ok]
                assert allowed, (cat, i, s.get('subj'))
                items.append(dict(cat=cat, sc=s, allowed=allowed))
        assign = assign_clients(random.Random(SEED + (1 if label == 'spam' else 2)), items)
        counters = collections.Counter()
        for i, it in enumerate(items):
            cat, sc = it['cat'], it['sc']
            counters[cat] += 1
            n = counters[cat]
            mrng = random.Random("%s/%s/%d/%d" % (SEED, label, i, n))
            data, meta = compose(mrng, sc, label, cat, assign[i], n)
            rel = "%s/%s/%03d.eml" % (label, cat, n)
            os.makedirs(os.path.join(out, label, cat), exist_ok=True)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            rows.append((rel, label, cat, sc['d']))
            for k in ('client', 'lang', 'charset', 'kind'):
                stats[(label, k)][meta[k]] += 1
            stats[(label, 'year')][meta['year']] += 1
    with open(os.path.join(out, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write("path\tlabel\tcategory\tdescription\n")
        for r in rows:
            fh.write("\t".join(x.replace("\t", " ") for x in r) + "\n")
    import readme
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(readme.render(tables, stats, rows))
    print("wrote %d messages to %s" % (len(rows), out))


if __name__ == '__main__':
    main()
