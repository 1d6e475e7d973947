# -*- coding: utf-8 -*-
"""Per-client finishing touches on a message model.  CC0 1.0."""
import datetime as dt

from build import account
from common import alnum, hexs, digits


def sender_for(ctx, kinds, **kw):
    """Pick a sender kind compatible with the (inner) client from the weighted list kinds=[(kind, w), ...]."""
    c = ctx.inner
    ok = {
        'google': {'free', 'corp', 'compromised', 'lookalike', 'edu'},
        'outlook': {'free', 'corp', 'compromised', 'lookalike', 'edu', 'spoof', 'vps'},
        'apple': {'free', 'corp', 'compromised', 'lookalike', 'vps'},
        'yahoo': {'free'},
        'thunderbird': {'free', 'corp', 'compromised', 'lookalike', 'edu', 'vps', 'spoof'},
        'zimbra': {'corp', 'compromised', 'lookalike', 'edu'},
        'sogo': {'corp', 'compromised', 'lookalike', 'edu'},
        'nextcloud': {'corp', 'compromised', 'lookalike', 'edu', 'free'},
        'zoom': {'zoom'},
        'saas': {'esp'},
        'lib': {'corp', 'compromised', 'lookalike', 'vps', 'spoof', 'edu'},
    }[c]
    cand = [(k, w) for k, w in kinds if k in ok]
    if not cand:
        cand = [(sorted(ok)[0], 1)] if c not in ('zoom', 'saas') else [({'zoom': 'zoom', 'saas': 'esp'}[c], 1)]
    tot = sum(w for _, w in cand)
    x = ctx.rng.uniform(0, tot)
    for k, w in cand:
        x -= w
        if x <= 0:
            break
    variant = None
    if c == 'outlook' and k in ('corp', 'compromised', 'lookalike', 'edu'):
        variant = 'oldesk' if ctx.rng.random() < 0.2 else 'ol365'
    if c == 'outlook' and k in ('spoof', 'vps'):
        variant = 'oldesk'
    kw2 = dict(kw)
    if variant:
        kw2['variant'] = variant
    if k == 'free' and c == 'nextcloud':
        k = 'corp'
    doms = kw2.pop('domains', {}) or {}
    if k in doms:
        kw2['domain'] = doms[k]
    if k == 'free':
        kw2.pop('domain', None)
    if k == 'spoof' and not kw2.get('domain'):
        kw2['domain'] = ctx.rcpt_dom
        if 'local' not in kw2:
            kw2['local'] = ctx.choice(['it-support', 'helpdesk', 'admin', 'no-reply', 'postmaster', 'mailer-daemon', 'security'])
    s = account(ctx, k, **kw2)
    s['_variant'] = variant
    return s


def finalize(ctx, m, subject=None, body=None, html=None, lib_flavours=None, prodid=None):
    r = ctx.rng
    c = ctx.inner
    s = m['sender']
    if c == 'outlook':
        m['variant'] = s.get('_variant') or ('ol365' if s['infra'] in ('m365', 'outlookcom') else 'oldesk')
        if s['infra'] in ('own', 'exchange', 'vps', 'gmail', 'freemail'):
            m['variant'] = 'oldesk'
    elif c == 'apple':
        if s['infra'] == 'icloud':
            m['variant'] = 'icloud' if r.random() < 0.65 else r.choice(['mac', 'ios'])
        else:
            m['variant'] = r.choice(['mac', 'mac', 'ios'])
    elif c == 'lib':
        fl = lib_flavours or (['raw', 'raw', 'php', 'python', 'node'] if ctx.label == 'spam' else
                              ['php', 'php', 'python', 'node', 'java', 'dotnet'])
        m['variant'] = r.choice(fl)
        if prodid:
            m['prodid'] = prodid
    if subject is not None:
        m['subject'] = subject
    if body is not None:
        m['body_override'] = body
    if html is not None:
        m['html_override'] = html
    if c in ('lib', 'saas', 'zoom'):
        if m.get('subject') is None:
            m['subject'] = m['events'][0]['summary']
        if m.get('body_override') is None:
            m['body_override'] = m['events'][0].get('desc') or m['events'][0]['summary']
    if c == 'saas' and not m.get('prodid'):
        m['prodid'] = prodid or '-//%s//Calendar//EN' % s['addr'].split('@')[1]
    return m


def spam_kit_quirks(ctx, m, p=0.5):
    """Typical defects of hand-rolled calendar spam tools."""
    r = ctx.rng
    if r.random() > p:
        return
    q = m['quirks']
    opts = ['no_method', 'fold_none', 'fold_chars', 'lf_b64', 'ct_mismatch', 'no_escape', 'fold_tab', 'no_vtimezone',
            'fold_wide']
    for _ in range(r.randint(1, 3)):
        k = r.choice(opts)
        if k == 'ct_mismatch':
            m['ct_method'] = 'REQUEST' if m.get('method') != 'REQUEST' else 'PUBLISH'
        else:
            q.add(k)
