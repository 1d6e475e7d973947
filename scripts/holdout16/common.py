# -*- coding: utf-8 -*-
"""Helpers used by the category modules: dates, people, identities, events."""
from datetime import datetime, timedelta

import people
import tz as TZ
from people import L, ORGS, person, local_part, phone
from util import rid, uuid, HEX, ALNUM, LOWALNUM

FREE_BY_CLIENT = {
    'google': ['gmail.com'],
    'outlook': ['outlook.com', 'hotmail.com', 'outlook.com', 'hotmail.com', 'live.com'],
    'apple': ['icloud.com', 'icloud.com', 'icloud.com', 'me.com'],
    'yahoo': ['yahoo.com', 'yahoo.com', 'ymail.com', 'aol.com'],
}
LOCAL_FREE = {  # provider-hosted (non-Google/MS/Apple/Yahoo) free mail per language
    'en': ['gmx.com', 'mail.com', 'fastmail.com', 'zoho.com', 'proton.me'],
    'de': ['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'mailbox.org'],
    'fr': ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'],
    'es': ['telefonica.net', 'gmx.es', 'movistar.es'],
    'it': ['libero.it', 'virgilio.it', 'tiscali.it', 'alice.it'],
    'pt': ['uol.com.br', 'bol.com.br', 'sapo.pt', 'terra.com.br'],
    'nl': ['ziggo.nl', 'kpnmail.nl', 'telenet.be', 'xs4all.nl'],
    'pl': ['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl'],
    'ru': ['mail.ru', 'yandex.ru', 'rambler.ru', 'bk.ru', 'list.ru'],
    'el': ['otenet.gr', 'yahoo.gr', 'windowslive.com'],
    'tr': ['yandex.com.tr', 'mynet.com', 'superonline.com'],
    'ar': ['gmx.com', 'mail.com', 'maktoob.com'],
    'he': ['walla.co.il', '012.net.il', 'bezeqint.net'],
    'zh': ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com'],
    'ja': ['nifty.com', 'docomo.ne.jp', 'so-net.ne.jp', 'biglobe.ne.jp'],
    'ko': ['naver.com', 'daum.net', 'hanmail.net', 'nate.com'],
    'hi': ['rediffmail.com', 'indiatimes.com', 'gmx.com'],
    'th': ['hotmail.co.th', 'mail.com', 'gmx.com'],
}
YAHOO_LOCAL = {'ja': 'yahoo.co.jp', 'fr': 'yahoo.fr', 'es': 'yahoo.es', 'it': 'yahoo.it', 'de': 'yahoo.de', 'el': 'yahoo.gr',
               'hi': 'yahoo.co.in', 'th': 'yahoo.co.th', 'pt': 'yahoo.com.br', 'zh': 'yahoo.com.tw'}
OUTLOOK_LOCAL = {'de': 'outlook.de', 'fr': 'hotmail.fr', 'es': 'hotmail.es', 'it': 'hotmail.it', 'nl': 'hotmail.nl',
                 'ja': 'outlook.jp', 'tr': 'outlook.com.tr', 'th': 'outlook.co.th', 'ar': 'outlook.sa', 'el': 'hotmail.gr'}


# ------------------------------------------------------------------ time

def set_arrival(c, y0=2016, y1=2026, months=None):
    rng = c.rng
    start = datetime(y0, 1, 1)
    end = datetime(y1, 11, 28) if y1 == 2026 else datetime(y1, 12, 31)
    span = int((end - start).total_seconds())
    t = start + timedelta(seconds=rng.randint(0, span))
    # working hours bias
    if rng.random() < 0.7:
        t = t.replace(hour=rng.randint(6, 18))
    c.arrival = t
    c.sent = t - timedelta(seconds=rng.randint(2, 90))
    c.year = t.year
    return t


def local_now(c, tzname):
    return TZ.utc_to_local(tzname, c.arrival)


def ev_time(c, tzname, days=(2, 21), hour=(9, 17), minutes=None, dur=60, weekday_only=True, same_day_ok=False):
    """Local start/end for an event days after arrival."""
    rng = c.rng
    base = local_now(c, tzname)
    d = rng.randint(days[0], days[1])
    day = (base + timedelta(days=d)).date()
    if weekday_only:
        while day.weekday() >= 5:
            day += timedelta(days=1)
    h = rng.randint(hour[0], hour[1])
    m = rng.choice(minutes) if isinstance(minutes, list) else rng.choice((0, 0, 0, 15, 30, 30, 45))
    st = datetime(day.year, day.month, day.day, h, m)
    if not same_day_ok and st <= base:
        st += timedelta(days=1)
    return st, st + timedelta(minutes=dur)


# ------------------------------------------------------------------ people and identities

def vanity_domain(rng, p):
    return rng.choice(['%s-family.net', '%s.name', 'the%s.org', '%s-home.net', '%smail.net']) % p['llast']


def make_rcpt(c, lang=None):
    rng = c.rng
    lang = lang or c.lang
    if lang == 'en' and rng.random() < 0.25:
        lang = rng.choice(['de', 'fr', 'nl', 'es', 'it', 'pl'])
        p = person(rng, 'en')
    else:
        p = person(rng, lang)
    r = rng.random()
    if r < 0.62:
        org, dom = rng.choice(ORGS[lang])
    elif r < 0.8:
        org, dom = None, rng.choice(people.RECIPIENT_EXTRA)
    else:
        org, dom = None, vanity_domain(rng, p)
    lp = local_part(rng, p, rng.choice(['f.l', 'f', 'fl', 'f.l', 'fil']))
    c.rcpt = dict(name=p['name'], first=p['first'], last=p['last'], email='%s@%s' % (lp, dom), domain=dom, org=org,
                  lang=lang, tz=rng.choice(L[lang]['tz']), person=p)
    return c.rcpt


def other_org(c, lang=None, exclude=None):
    lang = lang or c.lang
    exclude = exclude or c.rcpt['domain']
    cands = [o for o in ORGS[lang] if o[1] != exclude]
    return c.rng.choice(cands)


def identity(c, kind='free', p=None, org=None, domain=None, lp=None, name=None, auth=None, **kw):
    """Create the From identity appropriate for c.client and the sender kind.

    kind: free | org | compromised | lookalike | spoof | vps | service
    """
    rng = c.rng
    lang = c.lang
    p = p or person(rng, lang)
    cl = c.client_inner if c.client == 'mlist' else c.client
    if cl == 'yahoo' and kind in ('org', 'compromised', 'lookalike'):
        # Yahoo Calendar only sends from Yahoo/AOL accounts
        kind, domain, org = 'free', None, None
    if kind == 'free' and not domain:
        if cl in FREE_BY_CLIENT:
            domain = rng.choice(FREE_BY_CLIENT[cl])
            if cl == 'yahoo' and lang in YAHOO_LOCAL and rng.random() < 0.6:
                domain = YAHOO_LOCAL[lang]
            if cl == 'outlook' and lang in OUTLOOK_LOCAL and rng.random() < 0.5:
                domain = OUTLOOK_LOCAL[lang]
        elif cl in ('thunderbird', 'zimbra', 'sogo', 'nextcloud'):
            domain = rng.choice(LOCAL_FREE[lang])
        else:
            domain = rng.choice(L[lang]['free'])
    if kind in ('org', 'compromised') and not domain:
        o = org or other_org(c, lang)
        org, domain = o
    if not domain:
        domain = 'example.com'
    if lp is None:
        if kind == 'free':
            lp = local_part(rng, p, rng.choice(['f.l', 'fl99', 'fl', 'f_l', 'l.f']))
        else:
            lp = local_part(rng, p, rng.choice(['f.l', 'f.l', 'fil', 'f']))
    s = dict(name=name if name is not None else p['name'], email='%s@%s' % (lp, domain), domain=domain, kind=kind,
             org=org, tz=c.rcpt['tz'] if kind == 'org' and domain == c.rcpt['domain'] else rng.choice(L[lang]['tz']),
             person=p)
    if auth:
        s['auth'] = auth
    elif kind == 'spoof':
        s['auth'] = 'spoof'
    elif kind == 'vps':
        s['auth'] = 'vps'
    s.update(kw)
    c.sender = s
    # choose client variants that fit the identity
    if c.client_var is None:
        if cl == 'outlook':
            if domain in ('outlook.com', 'hotmail.com', 'live.com') or domain in OUTLOOK_LOCAL.values():
                c.client_var = 'com'
            elif kind in ('lookalike', 'vps', 'spoof'):
                c.client_var = rng.choice(['exo', 'exo', 'desk'])
            else:
                c.client_var = rng.choice(['exo', 'exo', 'exo', 'desk', 'onprem'])
        elif cl == 'apple':
            if domain in ('icloud.com', 'me.com'):
                c.client_var = rng.choice(['icloud', 'ios', 'mail'])
            else:
                c.client_var = rng.choice(['mail', 'ios'])
    return s


def att(p_or_email, name=None, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp=True):
    if isinstance(p_or_email, dict):
        return dict(name=p_or_email.get('name'), email=p_or_email['email'], partstat=partstat, role=role, rsvp=rsvp)
    return dict(name=name, email=p_or_email, partstat=partstat, role=role, rsvp=rsvp)


def org_of(s):
    return dict(name=s.get('name'), email=s['email'])


def rcpt_att(c, partstat='NEEDS-ACTION', with_name=True):
    return att(c.rcpt['email'], c.rcpt['name'] if with_name else None, partstat)


def event(c, summary, desc, start, end, tzname, organizer=None, attendees=None, location=None, **kw):
    rng = c.rng
    e = dict(summary=summary, desc=desc, start=start, end=end, tz=tzname, location=location,
             organizer=organizer or org_of(c.sender), attendees=attendees if attendees is not None else [],
             stamp=c.sent - timedelta(seconds=rng.randint(0, 5)),
             created=c.sent - timedelta(minutes=rng.randint(0, 600), seconds=rng.randint(0, 59)))
    e['modified'] = e['stamp'] - timedelta(seconds=rng.randint(0, 20))
    if e['modified'] < e['created']:
        e['modified'] = e['created']
    e.update(kw)
    return e


def random_people_emails(c, n, langs=None, free_share=0.5, domains=None):
    """Unrelated addresses for mass invitations."""
    rng = c.rng
    out = []
    seen = set()
    langs = langs or people.LANGS
    while len(out) < n:
        lg = rng.choice(langs)
        p = person(rng, lg)
        if domains:
            d = rng.choice(domains)
        elif rng.random() < free_share:
            d = rng.choice(L[lg]['free'])
        else:
            d = rng.choice(ORGS[lg])[1]
        e = '%s@%s' % (local_part(rng, p), d)
        if e in seen:
            continue
        seen.add(e)
        out.append(e)
    return out


def lookalike(rng, domain):
    """Typo-squat a domain the way BEC crews register them."""
    name, _, tld = domain.partition('.')
    ops = []
    if len(name) > 4:
        i = rng.randint(1, len(name) - 2)
        ops.append(name[:i] + name[i + 1] + name[i] + name[i + 2:])  # swap
        ops.append(name[:i] + name[i] + name[i:])  # double
    if 'm' in name:
        ops.append(name.replace('m', 'rn', 1))
    if 'l' in name:
        ops.append(name.replace('l', 'i', 1))
    if 'o' in name:
        ops.append(name.replace('o', '0', 1))
    ops.append(name + '-group')
    ops.append(name + 's')
    if '-' in name:
        ops.append(name.replace('-', '', 1))
    else:
        ops.append(name + '-inc')
    new = rng.choice(ops)
    newtld = rng.choice([tld, tld, 'com', 'co', 'net', 'org']) if tld else 'com'
    if newtld == tld and new == name:
        newtld = 'com'
    return '%s.%s' % (new, newtld)


def money(rng, lo, hi, dec=True):
    v = rng.uniform(lo, hi)
    return ('%.2f' % v) if dec else ('%d' % round(v))


def code(rng, n=6, alphabet='ABCDEFGHJKLMNPQRSTUVWXYZ23456789'):
    return rid(rng, n, alphabet)


def shortlink(rng, kind=None):
    kind = kind or rng.choice(['bitly', 'tiny', 'cutt', 'rebrand', 'own'])
    if kind == 'bitly':
        return 'https://bit.ly/%s' % rid(rng, 7, ALNUM)
    if kind == 'tiny':
        return 'https://tinyurl.com/%s' % rid(rng, 8, LOWALNUM)
    if kind == 'cutt':
        return 'https://cutt.ly/%s' % rid(rng, 8, ALNUM)
    if kind == 'rebrand':
        return 'https://rb.gy/%s' % rid(rng, 6, LOWALNUM)
    return 'https://%s.%s/%s' % (rid(rng, 5, LOWALNUM), rng.choice(['top', 'xyz', 'click', 'sbs', 'cfd']), rid(rng, 6, ALNUM))


def abused_host(rng, brandish='doc'):
    """Legitimate hosting/dev services abused to host lure pages."""
    r = rng.random()
    tok = rid(rng, 10, LOWALNUM)
    if r < 0.14:
        return 'https://storage.googleapis.com/%s-%s/index.html' % (brandish, tok)
    if r < 0.26:
        return 'https://%s-%s.web.app/' % (brandish, rid(rng, 5, LOWALNUM))
    if r < 0.38:
        return 'https://%s-%s.pages.dev/' % (brandish, rid(rng, 6, LOWALNUM))
    if r < 0.48:
        return 'https://%s.%s.workers.dev/?id=%s' % (rid(rng, 8, LOWALNUM), rid(rng, 6, LOWALNUM), rid(rng, 12, ALNUM))
    if r < 0.58:
        return 'https://docs.google.com/forms/d/e/1FAIpQLS%s/viewform' % rid(rng, 48, ALNUM + '_-')
    if r < 0.68:
        return 'https://%s.blob.core.windows.net/%s/%s.html' % (rid(rng, 10, LOWALNUM), rid(rng, 6, LOWALNUM), rid(rng, 8, LOWALNUM))
    if r < 0.78:
        return 'https://www.canva.com/design/DAG%s/view' % rid(rng, 8, ALNUM)
    if r < 0.86:
        return 'https://%s.webflow.io/' % (brandish + '-' + rid(rng, 4, LOWALNUM))
    if r < 0.93:
        return 'https://%s.notion.site/%s-%s' % (rid(rng, 8, LOWALNUM), brandish.capitalize(), rid(rng, 32, HEX))
    return 'https://%s.r2.dev/%s.html' % ('pub-' + rid(rng, 32, HEX), rid(rng, 6, LOWALNUM))
