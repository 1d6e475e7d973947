# -*- coding: utf-8 -*-
"""Shared helpers for the holdout7 generator: people, URLs, sender infrastructure, iCalendar and MIME assembly."""
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mime import (CRLF, Part, text_part, raw_part, ics_text, ical_escape, ical_utc, ical_local, vtimezone, tz_offset,
                  rfc2822, rfc2822_utc, rfc2047, addr, fold_header, dkim_sig, queue_id, rstr, rhex, uuid, TZ)
from texts import LANGS, FAMILY_FIRST, H, S, CUR, CUR_SCALE

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, 'corpus', 'holdout7')
END = dt.datetime(2026, 10, 31, 23, 0, 0)
ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

# ============================================================== small helpers
def arrival(rng, y0=2016, y1=2026):
    a = dt.datetime(y0, 1, 1)
    b = min(dt.datetime(y1, 12, 31, 23), END)
    return a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))


def person(rng, lang):
    L = LANGS[lang]
    f, l = rng.choice(L['first']), rng.choice(L['last'])
    return (l + f if lang in ('zh', 'ko') else l + ' ' + f) if lang in FAMILY_FIRST else f + ' ' + l


LATIN = {'Jürgen': 'juergen'}


def slug(name, rng):
    import unicodedata
    s = unicodedata.normalize('NFKD', name).encode('ascii', 'ignore').decode().lower()
    s = ''.join(c if c.isalnum() else '.' for c in s).strip('.')
    while '..' in s:
        s = s.replace('..', '.')
    if len(s) < 3:
        s = rng.choice(['kenta', 'misaki', 'wei', 'li.na', 'minjun', 'seoyeon', 'rahul', 'priya', 'ahmed', 'fatima', 'alexey', 'olga', 'giorgos', 'eleni', 'jun', 'yuki']) + s
    return s


def fake_addr(rng, name, dom, style=None):
    s = slug(name, rng)
    style = style or rng.choice(['dot', 'dotnum', 'init', 'plain'])
    if style == 'dotnum':
        s = s.replace('.', rng.choice(['.', '_', ''])) + str(rng.randint(1, 99))
    elif style == 'init' and '.' in s:
        p = s.split('.')
        s = p[0][0] + p[-1]
    return '%s@%s' % (s, dom)


ORGW = ['northwind', 'bluepeak', 'harbourline', 'kestrel', 'oakridge', 'lumen', 'verdant', 'ironbridge', 'silverfern', 'brightwater',
        'marlow', 'quarry', 'tallis', 'fjordlight', 'solenne', 'aldergrove', 'copperleaf', 'greystone', 'halvard', 'pinecrest',
        'rosmarin', 'sundial', 'westmere', 'zephyrus', 'cobalt', 'meridian', 'alpenrose', 'nordvik', 'tidewater', 'orchard']
ORGS = ['logistics', 'consulting', 'labs', 'foods', 'legal', 'health', 'partners', 'systems', 'energy', 'media', 'tools', 'group']


def org_domain(rng, tld=None):
    return '%s-%s.%s' % (rng.choice(ORGW), rng.choice(ORGS), tld or rng.choice(['example', 'example', 'test']))


def org_name(dom):
    a, b = dom.split('.')[0].split('-')[:2]
    return '%s %s' % (a.capitalize(), b.capitalize())


def recipient(rng, lang='en'):
    dom = 'example.net' if rng.random() < 0.88 else rng.choice(['example.org', 'inbox.example'])
    nm = person(rng, lang)
    return nm, fake_addr(rng, person(rng, 'en') if lang in ('ja', 'zh', 'ko', 'hi', 'ar', 'ru', 'el') else nm, dom)


def money(rng, lang, lo, hi, cents=True):
    v = rng.randint(lo, hi) * CUR_SCALE[lang]
    s = ('%d.%02d' % (v, rng.choice([0, 99, 49, 95, 0]))) if cents and CUR_SCALE[lang] < 50 else '{:,}'.format(v)
    if lang in ('de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'tr', 'el', 'sv', 'ru') and '.' in s:
        s = s.replace('.', ',')
    return CUR[lang].format(s)


def phone(rng, lang, kind=None):
    d2 = '%02d' % rng.randint(0, 99)
    kind = kind or {'en': rng.choice(['us', 'us', 'us', 'uk']), 'de': 'de', 'fr': 'fr'}.get(lang, rng.choice(['uk', 'ukm', 'us', 'lon']))
    if kind == 'us':
        return rng.choice(['+1 (%d) 555-01%s', '1-%d-555-01%s', '(%d) 555-01%s']) % (rng.choice([212, 312, 415, 617, 808, 888, 877, 844, 866, 702]), d2)
    if kind == 'uk':
        return rng.choice(['01632 960%03d', '+44 1632 960%03d']) % rng.randint(0, 999)
    if kind == 'ukm':
        return rng.choice(['+44 7700 900%03d', '07700 900%03d']) % rng.randint(0, 999)
    if kind == 'lon':
        return '+44 20 7946 0%03d' % rng.randint(0, 999)
    if kind == 'de':
        return rng.choice(['030 23125 %03d', '+49 30 23125%03d']) % rng.randint(0, 999)
    if kind == 'fr':
        return '01 99 00 %02d %02d' % (rng.randint(0, 99), rng.randint(0, 99))
    if kind == 'au':
        return '0491 570 %03d' % rng.randint(0, 999)
    raise ValueError(kind)


def iban(rng):
    return 'GB%02d TEST %04d %04d %04d %02d' % (rng.randint(10, 99), rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 99))


def btc(rng):
    return 'bc1q' + rstr(rng, 38, '023456789acdefghjklmnpqrstuvwxyz')


def code(rng, n=6):
    return rstr(rng, n, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')


ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']
HOMO = {'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'i': 'і', 'y': 'у'}


def zerowidth(rng, s):
    out = ''
    for ch in s:
        out += ch
        if ch.isalpha() and rng.random() < 0.35:
            out += rng.choice(ZW)
    return out


def homoglyph(rng, s):
    return ''.join(HOMO[c] if c in HOMO and rng.random() < 0.5 else c for c in s)


def pick_lang(rng, pool, key=None, table=None, p_en=0.5):
    if rng.random() < p_en:
        return 'en'
    cands = [l for l in pool if table is None or key in table.get(l, {})]
    return rng.choice(cands) if cands else 'en'


# ---------------------------------------------------------------- URLs
def shortener(rng):
    return rng.choice(['https://bit.ly/%s' % rstr(rng, 7, ALNUM), 'https://tinyurl.com/%s' % rstr(rng, 8),
                       'https://t.ly/%s' % rstr(rng, 4, ALNUM), 'https://rb.gy/%s' % rstr(rng, 6),
                       'https://is.gd/%s' % rstr(rng, 6, ALNUM), 'https://cutt.ly/%s' % rstr(rng, 8, ALNUM)])


def redirector(rng, target):
    from urllib.parse import quote
    q = quote(target, safe='')
    return rng.choice(['https://www.google.com/url?q=%s&sa=D&source=calendar&ust=%d' % (q, rng.randint(10 ** 15, 10 ** 16)),
                       'https://www.youtube.com/redirect?event=comments&q=%s' % q,
                       'https://l.facebook.com/l.php?u=%s&h=AT%s' % (q, rstr(rng, 20, ALNUM)),
                       'https://www.bing.com/ck/a?!&&p=%s&u=a1%s' % (rhex(rng, 40), rstr(rng, 24, ALNUM))])


def hosted(rng):
    return rng.choice(['https://storage.googleapis.com/%s/index.html#%s' % (rstr(rng, 10), rstr(rng, 6)),
                       'https://%s.web.app/' % rstr(rng, 9),
                       'https://pub-%s.r2.dev/%s.html' % (rhex(rng, 32), rstr(rng, 6)),
                       'https://%s.blob.core.windows.net/$web/index.html' % rstr(rng, 12),
                       'https://forms.office.com/r/%s' % rstr(rng, 10, ALNUM),
                       'https://docs.google.com/forms/d/e/1FAIpQLS%s/viewform' % rstr(rng, 48, ALNUM + '-_'),
                       'https://%s.pages.dev/' % rstr(rng, 8),
                       'https://sites.google.com/view/%s/home' % rstr(rng, 10)])


LOOK = ['secure-login', 'verify-account', 'billing-center', 'docs-review', 'support-desk', 'id-check', 'pay-portal', 'e-sign']


def fresh(rng, brand=None):
    b = brand or rng.choice(['office', 'docu', 'paypa1', 'adobe', 'micr0soft', 'mail', 'cloud'])
    return '%s-%s%s.%s' % (b, rng.choice(LOOK), rng.choice(['', str(rng.randint(1, 99))]), rng.choice(['test', 'test', 'example']))


def lure_url(rng, kind=None, brand=None):
    kind = kind or rng.choice(['fresh', 'short', 'redir', 'host'])
    fr = 'https://%s/%s/%s' % (fresh(rng, brand), rng.choice(['login', 'auth', 'pay', 's', 'v', 'doc']), rstr(rng, 10, ALNUM))
    if kind == 'fresh':
        return fr
    if kind == 'short':
        return shortener(rng)
    if kind == 'redir':
        return redirector(rng, rng.choice([fr, hosted(rng)]))
    return hosted(rng)


def meet_link(rng, kind):
    if kind == 'teams':
        return 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d' % (rstr(rng, 48, ALNUM), uuid(rng))
    if kind == 'meet':
        return 'https://meet.google.com/%s-%s-%s' % (rstr(rng, 3, 'abcdefghijkmnopqrstuvwxyz'), rstr(rng, 4, 'abcdefghijkmnopqrstuvwxyz'), rstr(rng, 3, 'abcdefghijkmnopqrstuvwxyz'))
    if kind == 'zoom':
        return 'https://us0%dweb.zoom.us/j/%d?pwd=%s' % (rng.randint(2, 6), rng.randint(8 * 10 ** 9, 9 * 10 ** 10), rstr(rng, 32, ALNUM))
    if kind == 'webex':
        return 'https://%s.webex.com/meet/%s' % (rstr(rng, 6), rstr(rng, 8))
    if kind == 'jitsi':
        return 'https://meet.jit.si/%s%s' % (rstr(rng, 8, ALNUM), rng.randint(10, 99))
    raise ValueError(kind)


# ============================================================== sender infrastructure and trace
FREE = {'gmail': 'gmail.com', 'outlookcom': 'outlook.com', 'icloud': 'icloud.com', 'yahoo': 'yahoo.com'}


def infra(rng, kind, from_addr, when, extra=None):
    """Return dict: mailfrom, helo, rdns, ip, dkim(result,d,s), spf, dmarc, dmarc_pol, own_received(list)."""
    extra = extra or {}
    dom = from_addr.split('@')[1]
    ip = '%s.%d' % (rng.choice(['192.0.2', '198.51.100', '203.0.113']), rng.randint(2, 250))
    r = dict(mailfrom=from_addr, ip=ip, dkim=('pass', dom, 'default'), spf='pass', dmarc='pass', pol='p=none dis=none', own=[])
    osd = when - dt.timedelta(seconds=rng.randint(1, 6))
    if kind == 'gmail':
        n = rng.randint(1, 99)
        h = 'mail-%s-f%d.google.com' % (rng.choice(['sor', 'ed1', 'wm1', 'pj1', 'lj1']), n)
        r.update(helo=h, rdns=h, dkim=('pass', 'gmail.com', '20230601' if when.year >= 2023 else '20161025'), pol='p=none sp=quarantine dis=none')
        if extra.get('gcal'):
            r['mailfrom'] = '3%s@calendar-server.bounces.google.com' % rstr(rng, 30, ALNUM)
        r['own'] = ['Received: by %s with SMTP id %s-%s.%d;' % (h, rstr(rng, 12), rhex(rng, 22), rng.randint(10, 99)) + CRLF + '        ' + rfc2822(osd, 'America/Los_Angeles') + (' (PDT)' if tz_offset('America/Los_Angeles', osd) == -420 else ' (PST)')]
    elif kind in ('gws',):
        n = rng.randint(1, 99)
        h = 'mail-%s-f%d.google.com' % (rng.choice(['sor', 'ed1', 'qt1']), n)
        r.update(helo=h, rdns=h, dkim=('pass', dom, 'google'), pol=rng.choice(['p=quarantine dis=none', 'p=none dis=none', 'p=reject dis=none']))
        if extra.get('gcal'):
            r['mailfrom'] = '3%s@calendar-server.bounces.google.com' % rstr(rng, 30, ALNUM)
            r['spf'] = 'pass'
        r['own'] = ['Received: by %s with SMTP id %s;' % (h, rhex(rng, 24)) + CRLF + '        ' + rfc2822(osd, 'America/Los_Angeles')]
    elif kind in ('outlookcom', 'm365', 'm365trial'):
        reg = rng.choice(['EUR05-AM6', 'EUR03-DBA', 'NAM12-BN8', 'NAM10-DM6', 'APC01-SG2', 'EUR02-VI1', 'NAM11-CO1'])
        h = '%s-obe.outbound.protection.outlook.com' % reg
        srv = '%s%02dMB%04d.%sprd%02d.prod.outlook.com' % (rng.choice(['AM0PR', 'DB9PR', 'BN6PR', 'PH0PR', 'SG2PR', 'VI1PR']), rng.randint(1, 9), rng.randint(1000, 9999), rng.choice(['eur', 'nam', 'apc']), rng.randint(1, 12))
        sel = 'selector1' if kind != 'm365trial' else 'selector1-%s' % dom.replace('.', '-')
        r.update(helo=h, rdns='mail-%s.%s' % (reg.lower(), h), dkim=('pass', dom, sel), srv=srv)
        r['pol'] = 'p=none sp=quarantine dis=none' if kind == 'outlookcom' else rng.choice(['p=none dis=none', 'p=quarantine dis=none', 'p=reject dis=none'])
        if kind == 'm365trial':
            r['pol'] = 'p=none dis=none'
        r['own'] = ['Received: from %s' % srv + CRLF + ' ([fe80::%s:%s:%s:%s]) by %s' % (rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), srv) + CRLF +
                    ' ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.%d.%03d; %s' % (rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rng.randint(3, 7), rng.randint(5000, 9000), rng.randint(1, 40), rfc2822_utc(osd, ' +0000'))]
    elif kind == 'icloud':
        h = 'p%02d-ob.smtp.rno1a.cloud.icloud.com' % rng.randint(0, 60) if when.year >= 2021 else 'st43p00im-ztfb%02d%06d.me.com' % (rng.randint(1, 20), rng.randint(0, 999999))
        r.update(helo=h, rdns=h, dkim=('pass', 'icloud.com' if dom != 'me.com' else 'me.com', '1a1hai' if when.year >= 2020 else '04042017'), pol='p=quarantine sp=quarantine dis=none')
        r['own'] = ['Received: from %s (unknown [%s])' % (rng.choice(['smtpclient.apple', 'localhost', '[192.0.2.%d]' % rng.randint(2, 250)]), '198.51.100.%d' % rng.randint(2, 250)) + CRLF +
                    '\tby %s (Postfix) with ESMTPSA id %s;' % (h, queue_id(rng)) + CRLF + '\t' + rfc2822_utc(osd)]
    elif kind == 'yahoo':
        h = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (rng.randint(300, 330), rng.randint(10, 60), rng.choice(['ne1', 'bf2', 'gq1', 'ir2']))
        r.update(helo=h, rdns=h, dkim=('pass', dom, 's2048'), pol='p=reject dis=none')
        r['own'] = ['Received: by hermes--production-%s-%s-%s (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID %s;' % (rng.choice(['bf1', 'gq1', 'ne1']), rhex(rng, 10), rstr(rng, 5), rhex(rng, 32)) + CRLF + '          ' + rfc2822_utc(osd, ' +0000 (UTC)')]
    elif kind in ('own', 'compromised', 'lookalike', 'esp', 'vps_spoof', 'vps_noauth', 'list'):
        if kind == 'esp':
            h = extra.get('esp_host') or 'o%d.%s' % (rng.randint(1, 40), rng.choice(['ptr.sendgrid.net', 'mailgun.net', 'amazonses.com', 'mcsv.net', 'mandrillapp.com', 'sparkpostmail.com']))
            r['mailfrom'] = 'bounces+%d-%s@em%d.%s' % (rng.randint(10 ** 6, 10 ** 7), rhex(rng, 4), rng.randint(100, 9999), dom)
            r['own'] = ['Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%d;' % (rhex(rng, 10), rstr(rng, 5), rhex(rng, 10), rng.randint(1, 99), rng.randint(10 ** 8, 10 ** 9)) + CRLF + '        ' + rfc2822_utc(osd, ' +0000 (UTC)')]
            r['dkim'] = ('pass', dom, 's1')
            r['pol'] = rng.choice(['p=none dis=none', 'p=quarantine dis=none'])
        elif kind in ('vps_spoof', 'vps_noauth'):
            vh = 'vps-%d.%s' % (rng.randint(1000, 99999), rng.choice(['hosting-cloud.test', 'cheapvps.test', 'srv-node.example', 'dedi-box.test']))
            h = vh
            r['own'] = ['Received: from localhost (unknown [192.0.2.%d])' % rng.randint(2, 250) + CRLF + '\tby %s (Postfix) with ESMTPA id %s;' % (vh, queue_id(rng)) + CRLF + '\t' + rfc2822(osd, 'Europe/London')]
            if kind == 'vps_spoof':
                mode = rng.choice(['fail', 'softfail', 'ownpass'])
                if mode == 'ownpass':
                    r['mailfrom'] = 'root@' + vh
                    r.update(spf='pass', dkim=None, dmarc='fail', pol='p=reject dis=reject')
                else:
                    r.update(spf=mode, dkim=None, dmarc='fail', pol=rng.choice(['p=reject dis=reject', 'p=quarantine dis=quarantine', 'p=reject sp=reject dis=reject']))
            else:
                r.update(spf='none', dkim=None, dmarc='none', pol=None)
        else:
            h = extra.get('mta') or 'mail.%s' % dom
            r['own'] = ['Received: from [192.0.2.%d] (unknown [203.0.113.%d])' % (rng.randint(2, 250), rng.randint(2, 250)) + CRLF + '\tby %s (Postfix) with ESMTPSA id %s' % (h, queue_id(rng)) + CRLF + '\tfor <%s>; %s' % (extra.get('rcpt', 'x@example.net'), rfc2822(osd, extra.get('tz', 'Europe/Berlin')))]
            r['dkim'] = ('pass', dom, rng.choice(['mail', 'default', 's1', '202%d' % rng.randint(1, 5), 'dkim']))
            r['pol'] = rng.choice(['p=none dis=none', 'p=quarantine dis=none', 'p=reject dis=none'])
            if kind == 'own' and rng.random() < 0.25:
                r.update(dkim=None, dmarc='none', pol=None)
        r.update(helo=h, rdns=h)
    else:
        raise ValueError(kind)
    r['kind'] = kind
    return r


def trace(rng, inf, rcpt, when, from_dom, outer_sig_heads, list_dkim_fail=None):
    """The receiving MX's lines: Return-Path, Delivered-To, Authentication-Results, MX Received; then sender's own."""
    L = ['Return-Path: <%s>' % inf['mailfrom'], 'Delivered-To: %s' % rcpt]
    sig = None
    parts = []
    if inf['dkim']:
        res, d, s = inf['dkim']
        if list_dkim_fail:
            res = 'fail (body hash did not verify)'
        sig = dkim_sig(rng, d, s, int((when - dt.datetime(1970, 1, 1)).total_seconds()) - rng.randint(2, 30), outer_sig_heads)
        bstart = sig.split('b=')[-1][:8]
        bits = '2048-bit key' if rng.random() < 0.8 else '1024-bit key'
        parts.append('dkim=%s (%s; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s' % (res, bits, d, d, s, bstart))
    else:
        parts.append('dkim=none')
    mf = inf['mailfrom']
    mfd = mf.split('@')[1]
    if inf['spf'] == 'pass':
        parts.append('spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, inf['ip'], mf))
    elif inf['spf'] == 'none':
        parts.append('spf=none (mx.example.net: %s does not designate permitted sender hosts) smtp.mailfrom=%s' % (mfd, mf))
    else:
        parts.append('spf=%s (mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (inf['spf'], mf, inf['ip'], mf))
    if inf['dmarc'] == 'none':
        parts.append('dmarc=none (p=none dis=none) header.from=%s' % from_dom if inf.get('pol') else 'dmarc=none header.from=%s' % from_dom)
    else:
        parts.append('dmarc=%s (%s) header.from=%s' % (inf['dmarc'], inf['pol'], from_dom))
    L.append('Authentication-Results: mx.example.net;' + CRLF + (';' + CRLF).join('\t' + p for p in parts))
    tls = inf['kind'] not in ('vps_noauth',) and rng.random() < 0.93
    if tls:
        if when.year >= 2020:
            t = '(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)' + CRLF + '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)'
        else:
            t = '(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))'
        w = 'ESMTPS'
    else:
        t, w = None, 'ESMTP'
    rdns = inf['rdns'] if not inf['kind'].startswith('vps') else 'unknown'
    mxr = 'Received: from %s (%s [%s])' % (inf['helo'], rdns, inf['ip']) + CRLF
    if t:
        mxr += '\t' + t + CRLF + '\t(No client certificate requested)' + CRLF
    mxr += '\tby mx.example.net (Postfix) with %s id %s' % (w, queue_id(rng)) + CRLF + '\tfor <%s>; %s' % (rcpt, rfc2822_utc(when))
    L.append(mxr)
    L.extend(inf['own'])
    return L, sig


# ============================================================== iCalendar object
PRODID = {
    'gcal': '-//Google Inc//Google Calendar 70.9054//EN',
    'outlook': '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
    'icloud': '-//Apple Inc.//iCloud 2.0//EN',
    'applemail': '-//Apple Inc.//macOS 14.5//EN',
    'thunderbird': '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN',
    'yahoo': '-//Yahoo! Inc.//Yahoo Calendar//EN',
    'zimbra': 'Zimbra-Calendar-Provider',
    'nextcloud': '-//Sabre//Sabre VObject 4.5.4//EN',
    'sogo': '-//Inverse inc./SOGo 5.10.0//EN',
    'esp': '-//Eventbrite//Event Calendar//EN',
    'phpmailer': '-//Booking Plugin//ICS Export 2.3//EN',
    'nodemailer': '-//sebbo.net//ical-generator//EN',
    'python': '-//My calendar product//mxm.dk//',
    'icsonly': '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
}


def build_ics(rng, ev, client, mal=None):
    """ev keys: method, comp, summary, desc, loc, url, start(utc), dur, tz, allday, rrule, alarms, org, atts, xalt, attach,
    conf, status, seq, uid, extra, stamp, recurid, windows_tz, counter(start)"""
    method = ev.get('method', 'REQUEST')
    comp = ev.get('comp', 'VEVENT')
    tz = ev.get('tz')
    win = client in ('outlook', 'icsonly') and tz and rng.random() < 0.8
    tzname = TZ[tz][2] if win else tz
    L = ['BEGIN:VCALENDAR', 'PRODID:' + PRODID.get(client, PRODID['python']), 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:' + method]
    if client == 'outlook':
        L.remove('CALSCALE:GREGORIAN')
    if tz and not (mal == 'tzid-no-vtimezone'):
        L += vtimezone(tz, windows=win)
    L.append('BEGIN:' + comp)
    start = ev['start']

    def when(prop, t):
        if ev.get('allday'):
            return '%s;VALUE=DATE:%s' % (prop, (t + dt.timedelta(minutes=tz_offset(tz, t) if tz else 0)).strftime('%Y%m%d'))
        if tz:
            return '%s;TZID=%s:%s' % (prop, tzname, ical_local(t + dt.timedelta(minutes=tz_offset(tz, t))))
        return '%s:%s' % (prop, ical_utc(t))
    if comp == 'VEVENT':
        L.append(when('DTSTART', start))
        endt = start + dt.timedelta(minutes=ev.get('dur', 60)) if not ev.get('allday') else start + dt.timedelta(days=1)
        L.append(when('DTEND', endt))
    else:
        L.append(when('DTSTART', start))
        L.append(when('DUE', start + dt.timedelta(minutes=ev.get('dur', 60 * 24))))
    if ev.get('rrule'):
        L.append('RRULE:' + ev['rrule'])
    L.append('DTSTAMP:' + ical_utc(ev['stamp']))
    if ev.get('org'):
        on, oe = ev['org']
        L.append('ORGANIZER;CN=%s:mailto:%s' % (_cn(on), oe) if on else 'ORGANIZER:mailto:' + oe)
    if mal != 'missing-uid':
        L.append('UID:' + ev['uid'])
    if ev.get('recurid'):
        L.append(when('RECURRENCE-ID', ev['recurid']))
    for a in ev.get('atts', []):
        n, e, ps = a[0], a[1], a[2] if len(a) > 2 else 'NEEDS-ACTION'
        role = a[3] if len(a) > 3 else 'REQ-PARTICIPANT'
        rsvp = 'TRUE' if ps == 'NEEDS-ACTION' else 'FALSE'
        if client == 'gcal':
            L.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s' % (role, ps, rsvp, _cn(n or e), e))
        elif n:
            L.append('ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s:mailto:%s' % (role, ps, rsvp, _cn(n), e))
        else:
            L.append('ATTENDEE;PARTSTAT=%s;RSVP=%s:mailto:%s' % (ps, rsvp, e))
    L.append('CREATED:' + ical_utc(ev['stamp'] - dt.timedelta(minutes=rng.randint(1, 300))))
    if ev.get('desc') is not None:
        L.append('DESCRIPTION:' + ical_escape(ev['desc']))
    if client == 'outlook' and ev.get('desc') is not None:
        L.append('X-ALT-DESC;FMTTYPE=text/html:' + ical_escape(ev.get('xalt') or html_of(ev['desc'])))
    elif ev.get('xalt'):
        L.append('X-ALT-DESC;FMTTYPE=text/html:' + ical_escape(ev['xalt']))
    L.append('LAST-MODIFIED:' + ical_utc(ev['stamp']))
    if ev.get('loc'):
        L.append('LOCATION:' + ical_escape(ev['loc']))
    L.append('SEQUENCE:%d' % ev.get('seq', 0))
    L.append('STATUS:' + ev.get('status', 'CONFIRMED' if method != 'CANCEL' else 'CANCELLED'))
    L.append('SUMMARY:' + ical_escape(ev['summary']))
    if comp == 'VEVENT':
        L.append('TRANSP:OPAQUE')
    if ev.get('url'):
        L.append('URL:' + ev['url'])
    if ev.get('attach'):
        L.append('ATTACH:' + ev['attach'])
    if ev.get('conf'):
        L.append('CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Join:' + ev['conf'])
    if client == 'outlook':
        L += ['X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE']
    if client == 'gcal' and ev.get('conf'):
        L.append('X-GOOGLE-CONFERENCE:' + ev['conf'])
    L += ev.get('extra', [])
    for trig in ev.get('alarms', []):
        L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:' + ical_escape(ev.get('alarm_text', 'Reminder')), 'TRIGGER:' + trig, 'END:VALARM']
    L.append('END:' + comp)
    if mal != 'missing-end':
        L.append('END:VCALENDAR')
    eol = '\n' if mal == 'lf-only' else CRLF
    if mal == 'unfolded':
        return ics_text(L, fold_lines=False)
    return ics_text(L, eol=eol)


def _cn(n):
    if any(c in n for c in ',;:'):
        return '"%s"' % n.replace('"', '')
    return n


def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def linkify(s):
    import re
    return re.sub(r'(https?://[^\s<>"]+)', lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1) if len(m.group(1)) < 60 else m.group(1)[:57] + '...'), s)


def html_of(text, style=None):
    paras = text.split('\n\n')
    body = ''.join('<p>%s</p>\n' % linkify(html_escape(p)).replace('\n', '<br>\n') for p in paras)
    st = style or 'font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222'
    return '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n<div style="%s">\n%s</div>\n</body>\n</html>\n' % (st, body)


# ============================================================== message assembly per client
XMAILER = {
    'thunderbird': lambda r: 'User-Agent: Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s' % (r.choice(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15']), *([r.choice(['102.0', '115.0', '128.0', '91.0'])] * 2)),
    'zimbra': lambda r: 'X-Mailer: Zimbra %s (ZimbraWebClient - %s)' % (r.choice(['8.8.15_GA_4581', '9.0.0_GA_4583', '10.0.6_GA_4650']), r.choice(['FF115 (Linux)', 'GC120 (Win)', 'FF128 (Mac)'])),
    'sogo': lambda r: 'X-Mailer: SOGoMail %s' % r.choice(['5.8.0', '5.10.0', '4.3.2']),
    'nextcloud': lambda r: 'X-Mailer: Nextcloud',
    'yahoo': lambda r: 'X-Mailer: WebService/1.1.%d YMailNorrin' % r.randint(20000, 22800),
    'phpmailer': lambda r: 'X-Mailer: PHPMailer %s (https://github.com/PHPMailer/PHPMailer)' % r.choice(['5.2.22', '6.1.6', '6.8.1', '6.9.1']),
    'nodemailer': lambda r: 'X-Mailer: Nodemailer (%s; +https://nodemailer.com/;' % r.choice(['6.7.2', '6.9.8', '6.9.14']) + CRLF + ' SMTP/%s)' % r.choice(['6.7.2', '6.9.8']),
    'applemail': lambda r: 'X-Mailer: Apple Mail (2.%d.%d.%d)' % (r.choice([3445, 3696, 3731, 3774]), r.randint(100, 600), r.randint(1, 9)),
    'icloud': lambda r: 'X-Mailer: iCloud MailClient%s' % r.choice(['2204Hotfix8', '2412B32', '1918B16']),
}


def boundary(rng, client, i=0):
    if client == 'gcal':
        return '000000000000%s' % rhex(rng, 16)
    if client == 'outlook':
        return '_00%d_%s_' % (i, rstr(rng, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))
    if client in ('icloud', 'applemail'):
        return 'Apple-Mail=_%s' % uuid(rng, upper=True)
    if client == 'thunderbird':
        return '------------%s' % rstr(rng, 24, ALNUM)
    if client == 'yahoo':
        return '----=_Part_%d_%d.%d' % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 2 * 10 ** 12))
    if client == 'zimbra':
        return '=_%s' % uuid(rng)
    if client == 'phpmailer':
        return 'b%d_%s' % (i + 1, rstr(rng, 43, ALNUM))
    if client == 'nodemailer':
        return '--_NmP-%s-Part_%d' % (rhex(rng, 16), i + 1)
    if client == 'python':
        return '===============%019d==' % rng.randint(10 ** 18, 10 ** 19 - 1)
    return '_=_swift_%d_%s_=_' % (rng.randint(10 ** 9, 2 * 10 ** 9), rhex(rng, 32))


def msgid(rng, client, dom, when):
    ts = int((when - dt.datetime(1970, 1, 1)).total_seconds())
    if client == 'gcal':
        return '<calendar-%s@google.com>' % uuid(rng)
    if client == 'outlook':
        return '<%s%02dMB%04d%s@%s.prod.outlook.com>' % (rng.choice(['AM0PR', 'DB9PR', 'BN6PR', 'PH0PR']), rng.randint(1, 9), rng.randint(1000, 9999), rstr(rng, 24, 'ABCDEF0123456789'), rng.choice(['eurprd05', 'namprd12', 'apcprd03']))
    if client in ('icloud', 'applemail'):
        return '<%s@%s>' % (uuid(rng, upper=True), 'icloud.com' if client == 'icloud' else dom)
    if client == 'yahoo':
        return '<%d.%d.%d@mail.yahoo.com>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), ts * 1000 + rng.randint(0, 999))
    if client == 'zimbra':
        return '<%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), ts * 1000, dom)
    if client == 'phpmailer':
        return '<%s@%s>' % (rstr(rng, 43, ALNUM), dom)
    if client == 'nodemailer':
        return '<%s@%s>' % (uuid(rng), dom)
    return '<%d.%d.%s@%s>' % (ts, rng.randint(1000, 99999), rhex(rng, 8), dom)


def teams_block(rng, lang):
    link = meet_link(rng, 'teams')
    mid = '%d %d %d %d' % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999))
    lines = {'en': ('Microsoft Teams meeting', 'Join on your computer, mobile app or room device', 'Click here to join the meeting', 'Meeting ID', 'Passcode'),
             'de': ('Microsoft Teams-Besprechung', 'Nehmen Sie über Ihren Computer, die mobile App oder ein Raumgerät teil', 'Klicken Sie hier, um an der Besprechung teilzunehmen', 'Besprechungs-ID', 'Passcode'),
             'fr': ('Réunion Microsoft Teams', 'Rejoindre sur votre ordinateur, application mobile ou appareil de salle', 'Cliquez ici pour participer à la réunion', 'ID de réunion', 'Code secret'),
             'es': ('Reunión de Microsoft Teams', 'Unirse desde el equipo, la aplicación móvil o un dispositivo de sala', 'Haga clic aquí para unirse a la reunión', 'Id. de reunión', 'Código de acceso'),
             'nl': ('Microsoft Teams-vergadering', 'Deelnemen op uw computer, mobiele app of ruimteapparaat', 'Klik hier om deel te nemen aan de vergadering', 'Vergadering-id', 'Wachtwoordcode'),
             'ja': ('Microsoft Teams 会議', 'コンピュータ、モバイルアプリ、またはルームデバイスで参加する', 'ここをクリックして会議に参加してください', '会議 ID', 'パスコード')}.get(lang)
    if not lines:
        lines = ('Microsoft Teams meeting', 'Join on your computer, mobile app or room device', 'Click here to join the meeting', 'Meeting ID', 'Passcode')
    sep = '_' * 80
    t = '%s\n%s\n%s\n%s<%s>\n%s: %s\n%s: %s\n' % (sep, lines[0], lines[1], lines[2], link, lines[3], mid, lines[4], rstr(rng, 6, ALNUM))
    t += 'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n%s\n' % sep
    return t, link


def fmt_when(ev, lang):
    tz = ev.get('tz') or 'Europe/London'
    t = ev['start'] + dt.timedelta(minutes=tz_offset(tz, ev['start']))
    e = t + dt.timedelta(minutes=ev.get('dur', 60))
    if lang == 'en':
        return '%s %s %d, %d %d:%02d%s – %d:%02d%s (%s)' % (DAYN[t.weekday()], MONS_EN[t.month - 1], t.day, t.year, (t.hour - 1) % 12 + 1, t.minute, 'am' if t.hour < 12 else 'pm', (e.hour - 1) % 12 + 1, e.minute, 'am' if e.hour < 12 else 'pm', tz)
    if lang in ('ja', 'zh'):
        return '%d年%d月%d日 %02d:%02d～%02d:%02d (%s)' % (t.year, t.month, t.day, t.hour, t.minute, e.hour, e.minute, tz)
    if lang == 'ko':
        return '%d년 %d월 %d일 %02d:%02d~%02d:%02d (%s)' % (t.year, t.month, t.day, t.hour, t.minute, e.hour, e.minute, tz)
    return '%02d.%02d.%d %02d:%02d–%02d:%02d (%s)' % (t.day, t.month, t.year, t.hour, t.minute, e.hour, e.minute, tz)


DAYN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def invite_text(sp):
    ev, lang = sp['ev'], sp['lang']
    h = H[lang]
    if sp.get('body') is not None:
        return sp['body']
    on = ev['org'][0] if ev.get('org') else sp['from'][0]
    t = h['inv'].format(o=on, t=ev['summary']) + '\n\n'
    t += '%s: %s\n' % (h['when'], fmt_when(ev, lang))
    if ev.get('loc'):
        t += '%s: %s\n' % (h['where'], ev['loc'])
    t += '%s: %s <%s>\n\n' % (h['org'], on, ev['org'][1] if ev.get('org') else sp['from'][1])
    if ev.get('desc'):
        t += ev['desc'] + '\n\n'
    if ev.get('method', 'REQUEST') == 'REQUEST':
        t += h['rsvp'] + '\n'
    return t


def assemble(rng, sp, mal=None):
    """Build the whole message bytes from a spec."""
    client = sp['client']
    lang = sp['lang']
    cs = sp.get('charset') or rng.choice(LANGS[lang]['cs'])
    if mal == 'raw8bit-ascii':
        cs = 'us-ascii'
    when = sp['date']
    fname, faddr = sp['from']
    fdom = faddr.split('@')[1]
    rcpt = sp['to'][0][1]
    ev = sp['ev']
    ev.setdefault('stamp', when - dt.timedelta(seconds=rng.randint(2, 40)))
    ev.setdefault('uid', {'gcal': '%s@google.com' % rstr(rng, 26), 'outlook': '040000008200E00074C5B7101A82E008000000%s' % rstr(rng, 64, '0123456789ABCDEF')}.get(client, uuid(rng, upper=rng.random() < 0.5)))
    mode = 'B' if rng.random() < 0.6 else 'Q'
    ics = build_ics(rng, ev, client, mal)
    text = invite_text(sp)
    method = ev.get('method', 'REQUEST')
    # ------------- body parts
    extra_text = ''
    if client == 'outlook' and sp.get('teams', True) and method == 'REQUEST' and not sp.get('body_empty'):
        tb, link = teams_block(rng, lang)
        extra_text = '\n' + tb
    plain = '' if sp.get('body_empty') else text + extra_text
    html = sp.get('html') or (html_of(plain) if plain else '<html><body></body></html>\n')
    hdr_cs = cs if cs != 'us-ascii' else 'utf-8'
    cal_cte = sp.get('cal_cte') or {'outlook': 'base64', 'gcal': rng.choice(['7bit', 'base64']), 'icsonly': rng.choice(['base64', '8bit', 'quoted-printable'])}.get(client, rng.choice(['8bit', 'base64', 'quoted-printable', '7bit']))
    icsb = ics.encode('utf-8')
    if cal_cte == '7bit' and any(b > 127 for b in icsb):
        cal_cte = '8bit'
    if mal == 'lf-only':
        cal_cte = 'base64'

    def cal_inline():
        return raw_part(icsb, 'text/calendar', [('charset', '"UTF-8"' if client == 'gcal' else 'utf-8'), ('method', method)], cal_cte)

    def cal_attach(name='invite.ics', ctype='application/ics'):
        return raw_part(icsb, ctype, [('name', '"%s"' % name)] + ([('method', method)] if ctype == 'text/calendar' and rng.random() < 0.5 else []), 'base64',
                        ['Content-Disposition: attachment; filename="%s"' % name])

    pcte = sp.get('cte') or rng.choice(['quoted-printable', 'base64', '8bit', '7bit'])
    if mal == 'raw8bit-ascii':
        pcte = '7bit'
    hcte = rng.choice(['quoted-printable', 'base64']) if pcte != '8bit' else '8bit'

    def tp(txt, sub='plain', cte=None):
        c = cte or (pcte if sub == 'plain' else hcte)
        if mal == 'raw8bit-ascii' and sub == 'plain':
            raw = txt.replace('\n', '\r\n').encode('utf-8')
            return Part('text/plain', [('charset', '"us-ascii"')], ['Content-Transfer-Encoding: 7bit'], raw if raw.endswith(b'\r\n') else raw + b'\r\n')
        return text_part(txt, sub, cs, c)

    b = lambda i=0: boundary(rng, client, i)
    if client == 'gcal':
        root = Part('multipart/mixed', parts=[Part('multipart/alternative', parts=[tp(plain), tp(html, 'html'), cal_inline()], boundary=b()), cal_attach()], boundary=b())
    elif client == 'outlook':
        root = Part('multipart/alternative', parts=[tp(plain), tp(html, 'html'), cal_inline()], boundary=b())
    elif client == 'icloud':
        root = Part('multipart/mixed', parts=[Part('multipart/alternative', parts=[tp(plain), tp(html, 'html')], boundary=b()), cal_attach('iCal-%s.ics' % ical_local(when)[:8], 'text/calendar')], boundary=b())
    elif client == 'applemail':
        root = Part('multipart/mixed', parts=[tp(plain), cal_attach('%s.ics' % rstr(rng, 8).capitalize(), 'text/calendar')], boundary=b())
    elif client == 'thunderbird':
        root = Part('multipart/mixed', parts=[Part('multipart/alternative', parts=[tp(plain), cal_inline()], boundary=b()), cal_attach()], boundary=b())
    elif client in ('zimbra', 'nextcloud'):
        root = Part('multipart/alternative', parts=[tp(plain), tp(html, 'html'), cal_inline()], boundary=b())
    elif client == 'sogo':
        root = Part('multipart/mixed', parts=[tp(plain), cal_inline()], boundary=b())
    elif client in ('yahoo', 'esp', 'phpmailer', 'nodemailer'):
        root = Part('multipart/mixed', parts=[Part('multipart/alternative', parts=[tp(plain), tp(html, 'html')], boundary=b(1)), cal_attach(sp.get('ics_name', 'invite.ics'), rng.choice(['text/calendar', 'application/ics']))], boundary=b(0))
        if client == 'nodemailer' and rng.random() < 0.5:
            root = Part('multipart/alternative', parts=[tp(plain), tp(html, 'html'), cal_inline()], boundary=b())
    elif client == 'python':
        root = Part('multipart/mixed', parts=[tp(plain, cte=rng.choice(['8bit', 'base64'])), cal_attach(sp.get('ics_name', 'event.ics'), 'text/calendar')], boundary=b())
    elif client == 'icsonly':
        if rng.random() < 0.5 or sp.get('ics_bare'):
            root = raw_part(icsb, 'text/calendar', [('charset', 'utf-8'), ('method', method)], cal_cte)
        else:
            root = Part('multipart/mixed', parts=[tp(plain if plain else '\n'), cal_attach(sp.get('ics_name', 'invite.ics'))], boundary=b())
    else:
        raise ValueError(client)

    # ------------- headers
    to_list = sp['to']
    tohdr = ', '.join(addr(n, e, hdr_cs, mode) for n, e in to_list[:sp.get('to_show', 1)])
    if len(to_list) > 1 and sp.get('to_show', 1) > 1:
        tohdr = ',' + CRLF + ' '.join([''] + [addr(n, e, hdr_cs, mode) + ',' for n, e in to_list[:sp['to_show']]])
        tohdr = tohdr.strip(',').rstrip(',').lstrip(',')
    subj = sp['subject']
    H_ = []
    date_tz = sp.get('tz') or LANGS[lang]['tz']
    mdate = when - dt.timedelta(seconds=rng.randint(3, 50))
    mid = msgid(rng, client, fdom, when)
    if client == 'gcal':
        H_ += ['MIME-Version: 1.0', 'Date: ' + rfc2822_utc(mdate, ' +0000'), 'Reply-To: ' + addr(fname, faddr, hdr_cs, mode), 'Sender: Google Calendar <calendar-notification@google.com>',
               'Auto-Submitted: auto-generated', 'Message-ID: ' + mid, 'Subject: ' + rfc2047(subj, hdr_cs, mode), 'From: ' + addr(fname, faddr, hdr_cs, mode), 'To: ' + tohdr]
    elif client == 'outlook':
        H_ += ['From: ' + addr(fname, faddr, hdr_cs, mode), 'To: ' + tohdr, 'Subject: ' + rfc2047(subj, hdr_cs, mode),
               'Thread-Topic: ' + rfc2047(ev['summary'], hdr_cs, mode), 'Thread-Index: ' + rstr(rng, 30, ALNUM) + '==', 'Date: ' + rfc2822_utc(mdate, ' +0000'),
               'Message-ID: ' + mid, 'Accept-Language: %s, en-US' % {'en': 'en-US'}.get(lang, lang + '-' + lang.upper()), 'Content-Language: ' + ('en-US' if lang == 'en' else lang + '-' + lang.upper()),
               'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:', 'x-ms-exchange-calendar-series-instance-id: ' + rstr(rng, 40, ALNUM) + '==', 'x-ms-publictraffictype: Email',
               'X-MS-Exchange-Organization-AuthAs: Anonymous', 'MIME-Version: 1.0']
    else:
        H_ += ['Message-ID: ' + mid, 'Date: ' + rfc2822(mdate, date_tz)]
        if client in XMAILER:
            H_.append(XMAILER[client](rng))
        H_ += ['MIME-Version: 1.0', 'From: ' + addr(fname, faddr, hdr_cs, mode), 'To: ' + tohdr, 'Subject: ' + rfc2047(subj, hdr_cs, mode)]
        if sp.get('reply_to'):
            H_.append('Reply-To: ' + sp['reply_to'])
        if client == 'esp':
            H_ += ['List-Unsubscribe: <https://%s/u/%s>, <mailto:unsubscribe@%s>' % (fdom, rstr(rng, 20, ALNUM), fdom), 'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
                   rng.choice(['X-SG-EID: ' + rstr(rng, 60, ALNUM + '+/') + '=', 'X-Mailgun-Sid: ' + rstr(rng, 40, ALNUM) + '==', 'Feedback-ID: %d:%d:campaign:ses' % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 5, 10 ** 6)), 'X-MC-User: ' + rhex(rng, 24)])]
    H_ += sp.get('xheaders', [])
    H_ = [fold_header(h.split(': ', 1)[0], h.split(': ', 1)[1]) if ': ' in h and '\r\n' not in h else h for h in H_]

    body = root.render(top_headers=H_)
    # wrappers
    if sp.get('wrap') == 'forward':
        body = forward_wrap(rng, sp, body)
    # trace
    inf = sp['inf']
    heads = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type']
    tr, sig = trace(rng, inf, rcpt, when, sp.get('hdr_from_dom', fdom if sp.get('wrap') != 'forward' else sp['fwd_from'][1].split('@')[1]), heads, list_dkim_fail=sp.get('list_fail'))
    top = tr + ([sig] if sig else []) + sp.get('platform', [])
    out = (CRLF.join(top) + CRLF).encode('utf-8') + body
    return out


def forward_wrap(rng, sp, inner):
    fn, fe = sp['fwd_from']
    lang = sp['lang']
    bnd = boundary(rng, 'thunderbird')
    txt = (sp.get('fwd_note') or H[lang]['fwd']) + '\n\n-- \n' + fn + '\n'
    tpart = text_part(txt, 'plain', 'utf-8', rng.choice(['8bit', 'quoted-printable']))
    mdate = sp['date'] - dt.timedelta(seconds=rng.randint(3, 50))
    subj = rfc2047(('Fwd: ' if lang != 'de' else 'WG: ') + sp['subject'])
    hs = ['Message-ID: <%s@%s>' % (uuid(rng), fe.split('@')[1]), 'Date: ' + rfc2822(mdate, LANGS[lang]['tz']), 'MIME-Version: 1.0', XMAILER['thunderbird'](rng),
          'From: ' + addr(fn, fe), 'To: ' + addr(*sp['to'][0]), 'Subject: ' + subj]
    inner_part = Part('message/rfc822', [], ['Content-Disposition: inline'], inner)
    root = Part('multipart/mixed', parts=[tpart, inner_part], boundary=bnd)
    return root.render(top_headers=[fold_header(h.split(': ', 1)[0], h.split(': ', 1)[1]) if '\r\n' not in h else h for h in hs])


# ============================================================== event helper
def mkev(rng, when, summary, desc, org, atts, lang='en', days=(1, 21), hour=None, dur=None, tz=None, **kw):
    tz = tz or LANGS[lang]['tz']
    day = when + dt.timedelta(days=rng.randint(*days))
    loc_h = hour if hour is not None else rng.choice([8, 9, 10, 11, 13, 14, 15, 16])
    off = tz_offset(tz, day)
    local = dt.datetime(day.year, day.month, day.day, loc_h, rng.choice([0, 0, 0, 30, 15]))
    start = local - dt.timedelta(minutes=off)
    ev = dict(summary=summary, desc=desc, org=org, atts=atts, start=start, dur=dur or rng.choice([30, 30, 45, 60, 60, 90]), tz=tz)
    ev.update(kw)
    return ev




# ============================================================== spec helper shared by category modules
SETUPS = {
    'gmail': [('gmail', 'gcal')],
    'outlookcom': [('outlookcom', 'outlook')],
    'icloud': [('icloud', 'icloud'), ('icloud', 'applemail')],
    'yahoo': [('yahoo', 'yahoo')],
    'trial': [('m365trial', 'outlook')],
    'partner': [('m365', 'outlook'), ('m365', 'outlook'), ('gws', 'gcal'), ('compromised', 'zimbra'), ('compromised', 'thunderbird'), ('compromised', 'sogo'), ('compromised', 'nextcloud')],
    'own': [('own', 'thunderbird'), ('own', 'zimbra'), ('own', 'nextcloud'), ('own', 'sogo'), ('own', 'applemail')],
    'lookalike': [('lookalike', 'phpmailer'), ('lookalike', 'nodemailer'), ('m365', 'outlook'), ('lookalike', 'python'), ('gws', 'gcal')],
    'vps': [('vps_spoof', 'phpmailer'), ('vps_spoof', 'nodemailer'), ('vps_spoof', 'python'), ('vps_spoof', 'icsonly')],
    'noauth': [('vps_noauth', 'phpmailer'), ('vps_noauth', 'python'), ('vps_noauth', 'icsonly'), ('vps_noauth', 'nodemailer')],
    'esp': [('esp', 'esp')],
}


def free_addr(rng, setup, name):
    dom = {'gmail': 'gmail.com', 'outlookcom': rng.choice(['outlook.com', 'hotmail.com', 'outlook.com']), 'icloud': rng.choice(['icloud.com', 'icloud.com', 'me.com']),
           'yahoo': rng.choice(['yahoo.com', 'yahoo.com', 'ymail.com'])}[setup]
    return fake_addr(rng, name, dom, rng.choice(['dotnum', 'dotnum', 'plain', 'init']))


def spec(rng, lang, setup, frm, to, subject, ev, date, desc='', client=None, gcal=True, **kw):
    skind, cl = rng.choice(SETUPS[setup])
    if client:
        cl = client
    if cl == 'gcal' and skind == 'gmail' and not frm[1].endswith('@gmail.com'):
        skind = 'gws'
    extra = dict(gcal=(cl == 'gcal' and gcal), rcpt=to[0][1], tz=LANGS[lang]['tz'])
    extra.update(kw.pop('infra_extra', {}))
    inf = infra(rng, skind, frm[1], date, extra)
    sp = dict(lang=lang, client=cl, setup=setup, inf=inf, to=to, subject=subject, ev=ev, date=date, desc=desc)
    sp['from'] = frm
    sp.update(kw)
    return sp
