# -*- coding: utf-8 -*-
"""Message-model helpers shared by the spam and ham category builders.  CC0 1.0."""
import datetime as dt

from common import (person, LANG_INFO, ORGS, RCPT_DOMAINS, uuid4, hexs, alnum, digits, ip4, slug, TZ, to_utc,
                    can_encode)

FREE_BY_CLIENT = {
    'google': ['gmail.com'],
    'outlook': ['outlook.com', 'hotmail.com', 'outlook.com', 'live.com', 'hotmail.co.uk', 'outlook.fr', 'hotmail.de',
                'outlook.es', 'hotmail.it', 'outlook.jp', 'hotmail.com.br', 'outlook.com.tr', 'hotmail.co.th'],
    'apple': ['icloud.com', 'icloud.com', 'me.com', 'mac.com'],
    'yahoo': ['yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'yahoo.co.jp', 'yahoo.com.tw', 'ymail.com',
              'aol.com', 'yahoo.es', 'yahoo.it', 'yahoo.com.br', 'yahoo.gr', 'yahoo.co.in', 'yahoo.com.ar'],
}
LOCALE_OUTLOOK = {'fr': 'outlook.fr', 'de': 'hotmail.de', 'es': 'outlook.es', 'it': 'hotmail.it', 'ja': 'outlook.jp',
                  'pt': 'hotmail.com.br', 'tr': 'outlook.com.tr', 'th': 'hotmail.co.th', 'en': 'outlook.com'}
LOCALE_YAHOO = {'en': 'yahoo.com', 'fr': 'yahoo.fr', 'de': 'yahoo.de', 'ja': 'yahoo.co.jp', 'tw': 'yahoo.com.tw',
                'es': 'yahoo.es', 'it': 'yahoo.it', 'pt': 'yahoo.com.br', 'el': 'yahoo.gr', 'hi': 'yahoo.co.in'}
DMARC_FREE = {'gmail.com': 'NONE', 'outlook.com': 'NONE', 'hotmail.com': 'NONE', 'live.com': 'NONE',
              'yahoo.com': 'REJECT', 'aol.com': 'REJECT', 'icloud.com': 'QUARANTINE', 'me.com': 'QUARANTINE',
              'mac.com': 'QUARANTINE', 'mail.ru': 'REJECT', 'yandex.ru': 'NONE', 'gmx.de': 'NONE', 'web.de': 'NONE',
              'qq.com': 'QUARANTINE', '163.com': 'NONE', 'naver.com': 'NONE', 'orange.fr': 'REJECT',
              'free.fr': None, 'libero.it': 'NONE', 'wp.pl': 'NONE', 'ymail.com': 'REJECT', 'seznam.cz': 'NONE'}


class Ctx:
    def __init__(self, rng, label, cat, lang, client, arrival, idx, inner=None):
        self.rng = rng
        self.label = label
        self.cat = cat
        self.lang = lang
        self.client = client          # may be 'list'
        self.inner = inner or client  # client that actually produced the invitation
        self.arrival = arrival
        self.idx = idx
        r = rng
        self.rp = person(r, lang if r.random() < 0.9 else 'en')
        self.rcpt_dom = r.choice(RCPT_DOMAINS[lang] if r.random() < 0.8 else RCPT_DOMAINS['en'])
        self.rcpt = '%s@%s' % (self.rp['local'].replace('_', '.') if r.random() < 0.7 else self.rp['rf'],
                               self.rcpt_dom)
        self.rcpt_name = self.rp['name']
        self.tz = r.choice(LANG_INFO[lang][0])

    def choice(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p


def free_domain(ctx, client=None):
    c = client or ctx.inner
    r = ctx.rng
    if c == 'google':
        return 'gmail.com'
    if c == 'outlook':
        return LOCALE_OUTLOOK.get(ctx.lang, 'hotmail.com') if r.random() < 0.4 else r.choice(
            ['outlook.com', 'hotmail.com', 'live.com'])
    if c == 'apple':
        return r.choice(FREE_BY_CLIENT['apple'])
    if c == 'yahoo':
        return LOCALE_YAHOO.get(ctx.lang, 'yahoo.com') if r.random() < 0.6 else r.choice(['yahoo.com', 'ymail.com', 'aol.com'])
    # other clients: locale freemail, or big ones via SMTP
    x = r.random()
    if x < 0.55:
        return r.choice(LANG_INFO[ctx.lang][1])
    if x < 0.8:
        return 'gmail.com'
    return r.choice(['outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com'])


def infra_for_free(dom):
    if dom in ('gmail.com', 'googlemail.com'):
        return 'gmail'
    if dom.startswith(('outlook.', 'hotmail.', 'live.')) or dom == 'msn.com':
        return 'outlookcom'
    if dom.startswith('yahoo.') or dom in ('ymail.com', 'aol.com'):
        return 'yahoo'
    if dom in ('icloud.com', 'me.com', 'mac.com'):
        return 'icloud'
    return 'freemail'


def org_pick(ctx, lang=None):
    return ctx.rng.choice(ORGS[lang or ctx.lang])


def account(ctx, kind, name=None, local=None, domain=None, pers=None, **kw):
    """Build the sender dict.  kind: free|corp|compromised|lookalike|spoof|vps|esp|zoom"""
    r = ctx.rng
    c = ctx.inner
    p = pers or person(r, ctx.lang)
    nm = name if name is not None else p['name']
    s = dict(kind=kind, name=nm, person=p)
    if kind == 'free':
        dom = domain or free_domain(ctx)
        loc = local or p['local']
        if dom == 'gmail.com':
            loc = loc.replace('_', '.').replace('-', '.')
        s['addr'] = '%s@%s' % (loc, dom)
        if c == 'google':
            s['infra'] = 'google'
        else:
            s['infra'] = infra_for_free(dom)
        s['dmarc'] = DMARC_FREE.get(dom, r.choice(['NONE', None, 'QUARANTINE']))
        if dom.startswith('hotmail') or dom.startswith('outlook') or dom == 'live.com':
            s['dmarc'] = 'NONE' if ctx.arrival.year < 2025 else 'REJECT'
    elif kind in ('corp', 'compromised', 'lookalike', 'edu'):
        if domain is None:
            on, dom = org_pick(ctx)
        else:
            dom = domain
        loc = local or p['local'].replace('_', '.')
        s['addr'] = '%s@%s' % (loc, dom)
        s['org_domain'] = dom
        if c == 'google':
            s['infra'] = 'google'
            s['dkim'] = r.random() < 0.85
        elif c == 'outlook':
            s['infra'] = 'm365' if kw.get('variant', 'ol365') != 'oldesk' else r.choice(['exchange', 'own'])
            s['dkim'] = r.random() < 0.8
        elif c == 'apple' and dom.split('.')[-1] == 'icloud.com':
            s['infra'] = 'icloud'
        else:
            s['infra'] = 'own'
            s['dkim'] = r.random() < (0.9 if kind == 'lookalike' else 0.75)
        s['dmarc'] = kw.get('dmarc', r.choice(['NONE', 'QUARANTINE', 'REJECT', None, 'NONE']))
        if kind == 'lookalike':
            s['dmarc'] = kw.get('dmarc', r.choice(['NONE', 'REJECT', 'QUARANTINE', 'NONE']))
    elif kind == 'spoof':
        # From shows a domain the sender does not control
        dom = domain
        s['addr'] = '%s@%s' % (local or r.choice(['no-reply', 'noreply', 'support', 'service', 'billing', 'security',
                                                 'info', 'alerts', 'notification']), dom)
        s['infra'] = 'vps'
        vdom = kw.get('env_domain') or r.choice(['mail-%s.example' % alnum(r, 6, 'abcdefghijklmnopqrstuvwxyz'),
                                                 '%s.invalid' % alnum(r, 8, 'abcdefghijklmnopqrstuvwxyz'),
                                                 'srv%d.hostpoint-vps.example' % r.randint(10, 999)])
        s['env_from'] = '%s@%s' % (r.choice(['root', 'www-data', 'apache', 'mailer', 'admin', alnum(r, 8, 'abcdefghijklmnopqrstuvwxyz')]), vdom)
        s['spf'] = kw.get('spf', r.choice(['pass', 'none', 'neutral', 'softfail', 'fail', 'fail']))
        s['dkim'] = False
        s['dmarc'] = kw.get('dmarc', r.choice(['NONE', None, 'QUARANTINE', 'REJECT']))
    elif kind == 'vps':
        dom = domain or '%s.example' % alnum(r, 10, 'abcdefghijklmnopqrstuvwxyz')
        s['addr'] = '%s@%s' % (local or p['local'], dom)
        s['infra'] = 'vps'
        s['dkim'] = kw.get('dkim', r.random() < 0.35)
        s['spf'] = kw.get('spf', r.choice(['pass', 'pass', 'none', 'neutral', 'softfail']))
        s['dmarc'] = kw.get('dmarc', r.choice([None, None, 'NONE']))
        s['selector'] = r.choice(['default', 'mail', 'x', 'dkim'])
    elif kind == 'esp':
        dom = domain
        s['addr'] = '%s@%s' % (local or 'no-reply', dom)
        s['infra'] = 'esp'
        s['esp'] = kw.get('esp') or r.choice(['sendgrid', 'ses', 'mailgun'])
        s['dkim'] = kw.get('dkim', True)
        s['dmarc'] = kw.get('dmarc', r.choice(['NONE', 'REJECT', 'QUARANTINE']))
    elif kind == 'zoom':
        s['addr'] = 'no-reply@zoom.us'
        s['infra'] = 'zoom'
        s['dmarc'] = 'REJECT' if ctx.arrival.year >= 2020 else 'NONE'
    else:
        raise ValueError(kind)
    for k, v in kw.items():
        if k in ('spf', 'dkim', 'dmarc', 'env_from', 'helo', 'esp', 'selector', 'dkim_domain', 'mta_domain', 'webmail'):
            s[k] = v
    return s


def uid_for(ctx, client=None, dom='example.com'):
    r = ctx.rng
    c = client or ctx.inner
    if c == 'google':
        return alnum(r, 26, 'abcdefghijklmnopqrstuvwxyz0123456789') + '@google.com'
    if c == 'outlook':
        from clients import ms_uid
        return ms_uid(r)
    if c == 'apple':
        return uuid4(r, upper=True)
    if c in ('thunderbird', 'nextcloud', 'zimbra'):
        return uuid4(r)
    if c == 'zoom':
        return 'ZOOM%s%s@zoom.us' % (digits(r, 11), hexs(r, 8))
    if c == 'yahoo':
        return '%s@yahoo.com' % uuid4(r)
    if c == 'sogo':
        return '%s-%s-%s-%s' % (hexs(r, 4, True), hexs(r, 8, True), hexs(r, 1, True), hexs(r, 8, True))
    x = r.random()
    if x < 0.3:
        return '%s@%s' % (uuid4(r), dom)
    if x < 0.6:
        return '%s%s@%s' % (ctx.arrival.strftime('%Y%m%dT%H%M%S'), digits(r, 4), dom)
    if x < 0.8:
        return hexs(r, 32)
    return uuid4(r, upper=True)


def when(ctx, dmin=1, dmax=21, hours=(9, 17), minutes=(0, 30), tz=None, weekend=False):
    r = ctx.rng
    tz = tz or ctx.tz
    from common import from_utc
    base = from_utc(tz, ctx.arrival)
    for _ in range(20):
        d = base + dt.timedelta(days=r.randint(dmin, dmax))
        if weekend or d.weekday() < 5:
            break
    h = r.randint(hours[0], hours[1])
    mi = r.choice(minutes)
    res = dt.datetime(d.year, d.month, d.day, h, mi)
    if res < base + dt.timedelta(minutes=45):
        res += dt.timedelta(days=1)
    return res, tz


_LEG = {}


def base_msg(ctx, subject=None):
    r = ctx.rng
    lang = ctx.lang
    legacy = LANG_INFO[lang][2]
    cs = 'utf-8'
    hcs = 'utf-8'
    capable = ctx.inner in ('outlook', 'apple', 'thunderbird', 'lib', 'saas')
    if legacy and capable and r.random() < (0.75 if lang != 'en' else 0.3):
        k = _LEG.get(lang, r.randint(0, 5))
        _LEG[lang] = k + 1
        cs = legacy[k % len(legacy)]
        hcs = 'iso-2022-jp' if lang == 'ja' else ('big5' if lang == 'tw' else cs)
        if cs == 'us-ascii':
            hcs = 'utf-8'
    m = dict(label=ctx.label, category=ctx.cat, lang=lang, client=ctx.client, inner=ctx.inner,
             arrival=ctx.arrival, stz=ctx.tz, charset=cs, hdr_charset=hcs, quirks=set(),
             to=[(ctx.rcpt_name if r.random() < 0.6 else '', ctx.rcpt)], rcpt=ctx.rcpt, rcpt_name=ctx.rcpt_name,
             subject=subject, events=[], extra_headers=[], send_lag=r.randint(2, 40), stamp_lag=r.randint(5, 90))
    m['hdr_charset'] = hcs
    return m


def make_event(ctx, m, summary, desc=None, start=None, minutes=60, tz=None, location=None, organizer=None,
               attendees=None, allday=False, uid=None, **kw):
    r = ctx.rng
    if start is None:
        start, tz = when(ctx)
    tz = tz or ctx.tz
    if allday:
        sd = start.date() if isinstance(start, dt.datetime) else start
        end = sd + dt.timedelta(days=max(1, minutes // 1440))
        start = sd
    else:
        end = start + dt.timedelta(minutes=minutes) if minutes is not None else None
    org = organizer or dict(name=m['sender']['name'], addr=m['sender']['addr'])
    if attendees is None:
        attendees = [dict(cn=org.get('name'), addr=org['addr'], partstat='ACCEPTED', role='REQ-PARTICIPANT',
                          rsvp=False),
                     dict(cn=ctx.rcpt_name if r.random() < 0.6 else None, addr=ctx.rcpt)]
    created = m['arrival'] - dt.timedelta(minutes=r.randint(1, 600) if r.random() < 0.7 else r.randint(1, 20))
    e = dict(summary=summary, desc=desc, start=start, end=end, tz=tz, location=location, organizer=org,
             attendees=attendees, uid=uid or uid_for(ctx, dom=m['sender']['addr'].split('@')[1]), seq=0,
             created=created, lastmod=created + dt.timedelta(seconds=r.randint(0, 50)), alarms=[], extra=[])
    if ctx.inner == 'google':
        e['alarms'] = [dict(trigger='-P0DT0H30M0S' if r.random() < 0.7 else '-P0DT0H10M0S', desc='This is an event reminder')]
        if r.random() < 0.5:
            e['cdo_id'] = str(r.randint(-2000000000, 2000000000))
    elif ctx.inner == 'apple':
        e['alarms'] = [dict(trigger='-PT15M', desc='Reminder')] if r.random() < 0.5 else []
    e.update(kw)
    m['events'].append(e)
    return e


def att_list(ctx, org, others, rcpt_first=True):
    out = [dict(cn=org.get('name'), addr=org['addr'], partstat='ACCEPTED', rsvp=False)]
    out.append(dict(cn=ctx.rcpt_name if ctx.rng.random() < 0.6 else None, addr=ctx.rcpt))
    for n, a in others:
        out.append(dict(cn=n, addr=a))
    if not rcpt_first:
        r0 = out.pop(1)
        out.insert(ctx.rng.randint(1, len(out)), r0)
    return out


def colleagues(ctx, dom, n, lang=None):
    out = []
    for _ in range(n):
        p = person(ctx.rng, lang or ctx.lang)
        out.append((p['name'], '%s@%s' % (p['local'].replace('_', '.'), dom)))
    return out


def fill(tpl, **kw):
    class D(dict):
        def __missing__(self, k):
            return '{' + k + '}'
    return tpl.format_map(D(**kw))


def money(ctx, cur, lo, hi, dec=True):
    v = ctx.rng.uniform(lo, hi)
    s = ('%.2f' % v) if dec else ('%d' % v)
    return s


def phone(ctx, style='us'):
    r = ctx.rng
    if style == 'us':
        return '+1 (%03d) %03d-%04d' % (r.choice([800, 833, 844, 855, 866, 877, 888]), r.randint(200, 999), r.randint(0, 9999))
    if style == 'us_plain':
        return '+1-%03d-%03d-%04d' % (r.choice([800, 833, 844, 855, 866, 877, 888]), r.randint(200, 999), r.randint(0, 9999))
    if style == 'uk':
        return '+44 20 %04d %04d' % (r.randint(3000, 8999), r.randint(0, 9999))
    return style % tuple(r.randint(0, 9) for _ in range(style.count('%d')))


def short_url(ctx):
    r = ctx.rng
    host = r.choice(['bit.ly', 't.ly', 'tinyurl.com', 'cutt.ly', 'rb.gy', 'is.gd', 'shorturl.at', 'qrco.de'])
    return 'https://%s/%s' % (host, alnum(r, r.randint(6, 8)))


def tracking(ctx, n=10):
    return alnum(ctx.rng, n, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')
