# -*- coding: utf-8 -*-
"""Choose a sending identity consistent with the client and build its transport profile."""
import string

import transport as T
from common import person, FREEMAIL, ORGS, pick_name, local_part, rand_junk_local
from h25util import alnum, uid4

LOOK_WORDS = ['secure', 'verify', 'notice', 'portal', 'support', 'center', 'billing', 'review', 'account', 'docs',
              'share', 'online', 'help', 'service', 'alert', 'auth', 'update', 'connect', 'signin', 'files']
LOOK_TLDS = ['com', 'net', 'info', 'online', 'site', 'xyz', 'top', 'click', 'live', 'support', 'app', 'co', 'org',
             'shop', 'services', 'cloud', 'icu', 'cfd']


def lookalike(rng, token):
    w = rng.choice(LOOK_WORDS)
    form = rng.choice(['%s-%s', '%s%s', '%s-%s-%d', 'my%s-%s', '%s%s%d'])
    if '%d' in form:
        base = form % (token, w, rng.randint(2, 99))
    else:
        base = form % (token, w)
    return '%s.%s' % (base, rng.choice(LOOK_TLDS))


def free_domain_for(client, rng, lang):
    if client == 'google':
        return 'gmail.com'
    if client == 'apple':
        return rng.choice(['icloud.com', 'icloud.com', 'me.com'])
    if client == 'yahoo':
        return 'yahoo.co.jp' if lang == 'ja' and rng.random() < 0.6 else 'yahoo.com'
    if client == 'outlook':
        return rng.choice(['outlook.com', 'hotmail.com', 'outlook.com', 'live.com'])
    return None


def make(rng, ctx, kind, name=None, local=None, domain=None, lang=None, junk=False):
    """kind: 'free' | 'org' | 'lookalike' | 'spoof' | 'nodkim' | 'service'
    Sets ctx['infra'] and client options; returns (display name, address)."""
    lang = lang or ctx['lang']
    c = ctx['client']
    tz = ctx['tz']
    p = person(rng, lang if lang != 'zt' else 'zt', free=True)
    if name is None:
        name = p['name']
    if local is None:
        local = rand_junk_local(rng) if (junk and kind != 'org') else p['addr'].split('@')[0]
    opts = ctx.setdefault('opts', {})

    # ----- pick concrete domain and transport
    if kind == 'free':
        d = free_domain_for(c, rng, lang)
        if c == 'google' or (c in ('thunderbird', 'webapp') and d is None and rng.random() < 0.5):
            d = d or 'gmail.com'
            addr = '%s@%s' % (local, d)
            ctx['infra'] = T.infra_google(rng, addr, tz, calendar=(c == 'google'))
            if c == 'thunderbird' or c == 'webapp':
                pass
        elif c == 'apple':
            addr = '%s@%s' % (local, d)
            opts['apple_variant'] = opts.get('apple_variant') or rng.choice(['icloud', 'icloud', 'ios', 'mac'])
            ctx['infra'] = T.infra_icloud(rng, addr, tz)
        elif c == 'yahoo':
            addr = '%s@%s' % (local, d)
            ctx['infra'] = T.infra_yahoo(rng, addr, tz)
        elif c == 'outlook':
            addr = '%s@%s' % (local, d)
            opts['outlook_variant'] = 'olcom'
            ctx['infra'] = T.infra_m365(rng, addr, tz, consumer=True)
        elif c == 'zoom':
            addr = '%s@%s' % (local, rng.choice(FREEMAIL[lang]))
            ctx['infra'] = T.infra_zoom(rng, 'no-reply@zoom.us', tz)
        else:
            # national free-mail provider with its own signing
            d = rng.choice([x for x in FREEMAIL[lang] if x not in ('gmail.com', 'icloud.com', 'hotmail.com', 'outlook.com')] or ['gmx.net'])
            addr = '%s@%s' % (local, d)
            ctx['infra'] = T.infra_selfhosted(rng, addr, tz, signed=True, helo='smtp-out.%s' % d)
        return name, addr

    if kind in ('org', 'lookalike', 'service'):
        d = domain or rng.choice(ORGS[lang])
        addr = '%s@%s' % (local, d)
        if c == 'google':
            ctx['infra'] = T.infra_google(rng, addr, tz, calendar=True)
        elif c == 'outlook':
            v = opts.get('outlook_variant') or rng.choice(['exo', 'exo', 'exo', 'desktop', 'onprem'] if kind != 'service' else ['exo', 'desktop'])
            if v == 'olcom':
                v = 'exo'
            opts['outlook_variant'] = v
            if v == 'onprem':
                inf = T.infra_exchange_onprem(rng, addr, tz, signed=rng.random() < 0.7)
                opts['exch_srv'] = inf.srv
            elif v == 'desktop' and rng.random() < 0.4:
                inf = T.infra_selfhosted(rng, addr, tz, signed=rng.random() < 0.8)
            else:
                inf = T.infra_m365(rng, addr, tz)
                opts['exo_box'] = getattr(inf, 'box', None)
                opts['exo_dom'] = inf.region[2] + '.prod.outlook.com' if hasattr(inf, 'region') else None
                if v == 'desktop':
                    pass
            ctx['infra'] = inf
        elif c == 'apple':
            opts['apple_variant'] = opts.get('apple_variant') if opts.get('apple_variant') in ('mac', 'ios') else rng.choice(['mac', 'mac', 'ios'])
            ctx['infra'] = T.infra_m365(rng, addr, tz) if rng.random() < 0.4 else T.infra_selfhosted(rng, addr, tz, signed=True)
        elif c == 'zoom':
            ctx['infra'] = T.infra_zoom(rng, 'no-reply@zoom.us', tz)
        elif c == 'yahoo':
            # Yahoo Small Business / custom domain hosted at Yahoo
            ctx['infra'] = T.infra_yahoo(rng, addr, tz)
        elif c == 'webapp':
            r = rng.random()
            if r < 0.35:
                ctx['infra'] = T.infra_ses(rng, addr, tz)
            elif r < 0.6:
                ctx['infra'] = T.infra_sendgrid(rng, addr, tz)
            else:
                ctx['infra'] = T.infra_selfhosted(rng, addr, tz, signed=rng.random() < 0.85, ua_hop=False)
        else:  # thunderbird, nextcloud, zimbra, sogo: own mail server
            ctx['infra'] = T.infra_selfhosted(rng, addr, tz, signed=rng.random() < 0.85)
        return name, addr

    if kind in ('nodkim', 'spoof'):
        if c == 'outlook':
            opts['outlook_variant'] = 'desktop'
        if c == 'apple':
            opts['apple_variant'] = rng.choice(['mac', 'ios'])
    if kind == 'nodkim':
        d = domain
        addr = '%s@%s' % (local, d)
        ctx['infra'] = T.infra_vps(rng, addr, tz, spf='pass', dmarc='none', rdns=True)
        ctx['infra'].helo = 'mail.' + d
        return name, addr

    if kind == 'spoof':
        d = domain
        addr = '%s@%s' % (local, d)
        mode = rng.choice(['envelope-own', 'envelope-spoof', 'envelope-spoof-soft'])
        if mode == 'envelope-own':
            env = '%s@%s' % (alnum(rng, 8, string.ascii_lowercase), lookalike(rng, alnum(rng, 5, string.ascii_lowercase)))
            ctx['infra'] = T.infra_vps(rng, addr, tz, env=env, spf='pass', dmarc='fail', policy='NONE')
        elif mode == 'envelope-spoof':
            ctx['infra'] = T.infra_vps(rng, addr, tz, spf='fail', dmarc='fail', policy='NONE')
        else:
            ctx['infra'] = T.infra_vps(rng, addr, tz, spf='softfail', dmarc='fail', policy='QUARANTINE')
        return name, addr
    raise ValueError(kind)


def kinds_for(client, variant=None):
    """Sending identities a client can plausibly carry."""
    return {
        'google': ['free', 'org', 'lookalike'],
        'outlook': ['free', 'org', 'lookalike', 'spoof'],
        'apple': ['free', 'org', 'spoof'],
        'thunderbird': ['free', 'org', 'lookalike', 'spoof', 'nodkim'],
        'zoom': ['free', 'org'],
        'nextcloud': ['org'],
        'zimbra': ['org'],
        'sogo': ['org'],
        'yahoo': ['free'],
        'webapp': ['org', 'lookalike', 'spoof', 'nodkim', 'free'],
    }[client]
