# -*- coding: utf-8 -*-
"""Helpers shared by spam_cats and ham_cats: text selection, formatting, payload placement,
throwaway identities, list set-ups."""
from datetime import timedelta

import people
from common import identity, person, local_part, L, ORGS
from util import rid, ALNUM, LOWALNUM, HEX, html_escape, linkify

URLTOK = '\x00URL\x00'


def pick(c, table):
    """table: {'en': [variants...], 'de': {...}, ...}. English variants rotate with c.lang_idx."""
    t = table.get(c.lang)
    if t is None:
        raise KeyError('no text for %s in %s' % (c.lang, c.cat))
    if isinstance(t, list):
        return dict(t[c.lang_idx % len(t)])
    return dict(t)


class _Slots(dict):
    def __missing__(self, k):
        raise KeyError('missing slot %s' % k)


def F(s, slots):
    if s is None:
        return None
    return s.format_map(_Slots(slots))


def fill(t, slots, url=None, keep_url=True):
    """Format all fields of a text dict. The {url} slot is replaced by URLTOK so payload can be moved."""
    sl = dict(slots)
    sl['url'] = URLTOK
    out = {}
    for k, v in t.items():
        if isinstance(v, str):
            out[k] = F(v, sl)
        else:
            out[k] = v
    return out


def strip_url_lines(text):
    if text is None:
        return None
    lines = [ln for ln in text.split('\n') if URLTOK not in ln]
    while lines and lines[-1].strip() == '':
        lines.pop()
    return '\n'.join(lines)


def put_url(text, url):
    if text is None:
        return None
    return text.replace(URLTOK, url)


PLACE = {
    'google': ['desc', 'desc', 'location', 'attach'],
    'outlook': ['desc', 'desc', 'location'],
    'apple': ['desc', 'location', 'url', 'attach'],
    'thunderbird': ['desc', 'location', 'url', 'attach'],
    'zoom': ['desc'],
    'nextcloud': ['desc', 'location', 'attach'],
    'zimbra': ['desc', 'location'],
    'yahoo': ['desc', 'location'],
    'sogo': ['desc', 'location', 'url'],
    'transactional': ['desc', 'url', 'location'],
    'script': ['desc', 'location', 'url', 'attach', 'conference', 'altdesc'],
}


def choose_placement(c, allowed=None):
    cl = c.client_inner if c.client == 'mlist' else c.client
    opts = list(PLACE[cl])
    if cl == 'outlook' and c.client_var == 'desk':
        opts.append('altdesc')
    if allowed:
        opts = [o for o in opts if o in allowed] or ['desc']
    return c.rng.choice(opts)


def apply_payload(c, ev, url, placement, attach_name=None, label=None):
    """Place url in the event. ev['desc'] may contain URLTOK."""
    rng = c.rng
    d = ev.get('desc') or ''
    if placement == 'desc' or not url:
        ev['desc'] = put_url(d, url or '')
        return placement
    ev['desc'] = strip_url_lines(d)
    if placement == 'location':
        ev['location'] = url
    elif placement == 'url':
        ev['url'] = url
    elif placement == 'attach':
        ev['attach'] = ev.get('attach', []) + [dict(uri=url, filename=attach_name or rng.choice(
            ['Document.pdf', 'Details.pdf', 'Invoice.pdf', 'Info.html', 'Scan_%d.pdf' % rng.randint(1000, 9999)]),
            fmttype=rng.choice(['application/pdf', 'text/html', 'application/pdf']))]
    elif placement == 'conference':
        ev['conference'] = [dict(uri=url, label=label or 'Join', feature='AUDIO,VIDEO')]
    elif placement == 'altdesc':
        html = '<html><body>%s<p><a href="%s">%s</a></p></body></html>' % (
            '<br>'.join(html_escape(x) for x in (ev['desc'] or '').split('\n')), html_escape(url), html_escape(label or url))
        ev['html'] = html
    return placement


# ------------------------------------------------------------------ throwaway identities

def junk_local(rng, p=None):
    r = rng.random()
    if p and r < 0.45:
        return local_part(rng, p, rng.choice(['fl99', 'f.l', 'f_l'])) + str(rng.randint(1, 9999)) if rng.random() < 0.5 else local_part(rng, p, 'fl99')
    if r < 0.7:
        return rid(rng, rng.randint(6, 11), 'abcdefghijklmnopqrstuvwxyz') + str(rng.randint(10, 999))
    if r < 0.85:
        return rng.choice(['info', 'support', 'service', 'promo', 'offers', 'team', 'news', 'contact', 'admin']) + rng.choice(['.', '_', '']) + rid(rng, 4, LOWALNUM)
    return rid(rng, 14, LOWALNUM)


def throwaway(c, display=None, lang=None):
    """A free-mail account created or bought by a spammer, fitting the client."""
    rng = c.rng
    p = person(rng, lang or c.lang)
    lp = junk_local(rng, p)
    return identity(c, 'free', p, lp=lp, name=display if display is not None else p['name'])


def compromised(c, lang=None, display=None, org=None):
    rng = c.rng
    lg = lang or c.lang
    p = person(rng, lg)
    o = org or rng.choice([x for x in ORGS[lg] if x[1] != c.rcpt['domain']])
    return identity(c, 'compromised', p, org=o, name=display if display is not None else p['name'])


def lookalike_id(c, domain, display, lp=None, esp=None, **kw):
    rng = c.rng
    p = person(rng, c.lang)
    s = identity(c, 'lookalike', p, domain=domain, lp=lp or rng.choice(['noreply', 'info', 'service', 'support', 'no-reply', 'notification', 'mail']),
                 name=display, **kw)
    if esp:
        s['esp'] = esp
    return s


def spam_sender(c, display=None, brand_domain=None, esp=None, prefer=None):
    """Pick a realistic spam sender for the client of c."""
    rng = c.rng
    cl = c.client_inner if c.client == 'mlist' else c.client
    if cl in ('google', 'outlook', 'apple', 'yahoo'):
        mode = prefer or rng.choice(['throwaway', 'throwaway', 'compromised', 'lookalike'] if cl in ('google', 'outlook') else ['throwaway'])
        if mode == 'throwaway':
            return throwaway(c, display)
        if mode == 'compromised':
            return compromised(c, display=display)
        dom = brand_domain or fresh_domain(rng)
        s = lookalike_id(c, dom, display or person(rng, c.lang)['name'])
        if cl == 'outlook' and rng.random() < 0.5:
            s['ms_dkim'] = 'onmicrosoft'
            s['tenant'] = rid(rng, rng.randint(5, 9), 'abcdefghijklmnopqrstuvwxyz') + str(rng.randint(1, 99))
            if rng.random() < 0.5:
                s['domain'] = '%s.onmicrosoft.com' % s['tenant']
                s['email'] = '%s@%s' % (s['email'].split('@')[0], s['domain'])
        return s
    if cl in ('zimbra', 'nextcloud', 'sogo'):
        return compromised(c, display=display)
    if cl == 'thunderbird':
        mode = prefer or rng.choice(['throwaway', 'compromised'])
        return throwaway(c, display) if mode == 'throwaway' else compromised(c, display=display)
    if cl == 'zoom':
        host = throwaway(c, display)
        return host
    if cl == 'transactional':
        dom = brand_domain or fresh_domain(rng)
        return lookalike_id(c, dom, display or 'Customer Service', esp=esp or rng.choice(['sendgrid', 'ses', 'mailgun', 'sparkpost', 'postmark']))
    if cl == 'script':
        mode = prefer or rng.choice(['vps', 'vps', 'spoof', 'webhost'])
        p = person(rng, c.lang)
        if mode == 'vps':
            dom = brand_domain or fresh_domain(rng)
            return identity(c, 'vps', p, domain=dom, lp=junk_local(rng), name=display or p['name'],
                            auth=rng.choice(['vps', 'vps', 'pass']))
        if mode == 'spoof':
            dom = brand_domain or rng.choice(ORGS[rng.choice(people.LANGS)])[1]
            return identity(c, 'spoof', p, domain=dom, lp=rng.choice(['info', 'service', 'noreply', 'office']), name=display or p['name'])
        s = compromised(c, display=display)
        s['infra'] = 'webhost'
        return s
    return throwaway(c, display)


FRESH_WORDS = ['secure', 'verify', 'portal', 'online', 'service', 'center', 'help', 'account', 'update', 'deal', 'shop',
               'store', 'global', 'official', 'best', 'mega', 'prime', 'smart', 'cloud', 'pay', 'bonus', 'gift', 'win',
               'track', 'parcel', 'notice', 'docs', 'file', 'team', 'hub', 'direct', 'express', 'care', 'plus']
FRESH_TLDS = ['com', 'com', 'net', 'top', 'xyz', 'online', 'shop', 'info', 'site', 'live', 'click', 'store', 'org', 'co', 'icu', 'cfd', 'sbs']


def fresh_domain(rng, stem=None):
    w = rng.sample(FRESH_WORDS, 2)
    parts = [stem] + w[:1] if stem else w
    sep = rng.choice(['-', '', '-'])
    return '%s%s.%s' % (sep.join(parts), rng.choice(['', str(rng.randint(1, 99)), '']), rng.choice(FRESH_TLDS))


def spam_url(c, stem='offer', domain=None, path=None):
    rng = c.rng
    r = rng.random()
    if domain:
        return 'https://%s/%s' % (domain, path or rid(rng, rng.randint(4, 10), LOWALNUM + ALNUM[-10:]))
    if r < 0.35:
        from common import abused_host
        return abused_host(rng, stem)
    if r < 0.55:
        from common import shortlink
        return shortlink(rng)
    return 'https://%s/%s' % (fresh_domain(rng, stem if rng.random() < 0.5 else None), path or rid(rng, rng.randint(4, 10), LOWALNUM))


def btc_addr(rng):
    return 'bc1q' + rid(rng, 38, '023456789acdefghjklmnpqrstuvwxyz')


def wa_number(rng):
    return '+%s %s %s %s' % (rng.choice(['44 7', '1 929', '1 347', '63 9', '62 812', '234 70', '60 11', '852 5', '27 6']),
                             rid(rng, 3, '0123456789'), rid(rng, 3, '0123456789'), rid(rng, 3, '0123456789'))


def tg_handle(rng):
    return '@' + rng.choice(['hr', 'job', 'coach', 'vip', 'support', 'manager', 'crypto', 'signal', 'anna', 'team']) + rng.choice(['_', '']) + rid(rng, rng.randint(4, 8), 'abcdefghijklmnopqrstuvwxyz0123456789')


def many_attendees(c, n, exclude=None, langs=None, free_share=0.55):
    from common import random_people_emails
    out = []
    for e in random_people_emails(c, n, langs=langs, free_share=free_share):
        if e != exclude:
            out.append(dict(name=None, email=e, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp=True))
    return out


LIST_HOSTS = [
    ('mailman2', 'lists.riverside-makers.org', 'Riverside Makers'), ('mailman3', 'lists.openatlas-project.org', 'OpenAtlas developers'),
    ('sympa', 'listes.univ-valmont.fr', 'Université de Valmont'), ('mailman2', 'lists.harbourview-residents.org', 'Harbourview residents'),
    ('mailman3', 'lists.kestrel-linux.org', 'Kestrel Linux users'), ('googlegroups', 'googlegroups.com', None),
    ('mailman2', 'mail.birdwatch-norfolk.org.uk', 'Norfolk birders'), ('sympa', 'lists.hs-weserbergland.de', 'HS Weserbergland'),
    ('mailman3', 'lists.pydata-meetup.jp', 'PyData Meetup'), ('mailman2', 'lists.seminar-math.ru', 'Семинар кафедры'),
]


def set_list(c, kind, name, domain, desc, munge=None, prefix=None, sign=True):
    rng = c.rng
    if munge is None:
        from transport import dmarc_policy
        pol = (dmarc_policy(c, c.sender['domain']) or 'p=NONE').split()[0]
        munge = pol in ('p=REJECT', 'p=QUARANTINE') and (kind != 'sympa')
    c.listinfo = dict(kind=kind, name=name, domain=domain, desc=desc, munge=munge, prefix=prefix, sign=sign)
    # the list address is what the sender wrote to
    c.spec['to'] = [(None, '%s@%s' % (name, domain))]
    return c.listinfo
