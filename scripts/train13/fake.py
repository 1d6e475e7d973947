"""Fictional values: phone numbers, amounts, codes, URLs, look-alike domains, wallets."""
import util as U

CUR = {'en': ('$', None), 'de': ('€', 'eu'), 'fr': ('€', 'eu'), 'es': ('€', 'eu'), 'it': ('€', 'eu'), 'pt': ('R$', 'br'),
       'nl': ('€', 'eu'), 'pl': ('zł', 'pl'), 'ru': ('₽', 'ru'), 'el': ('€', 'eu'), 'ar': ('AED', 'ar'), 'he': ('₪', 'he'),
       'zh': ('¥', 'zh'), 'zht': ('NT$', 'zh'), 'ja': ('円', 'ja'), 'ko': ('원', 'ko'), 'hi': ('₹', 'hi'), 'th': ('บาท', 'th'),
       'tr': ('TL', 'tr')}


def money(rng, lang, lo, hi, cents=True):
    v = rng.uniform(lo, hi)
    sym, st = CUR[lang]
    mult = {'ja': 150, 'ko': 1350, 'zht': 31, 'ru': 90, 'hi': 83, 'th': 35, 'tr': 32, 'pl': 4, 'zh': 7, 'ar': 3.7,
            'he': 3.7, 'pt': 5}.get(lang, 1)
    v *= mult
    n = '{:,.0f}'.format(v) if (not cents or lang in ('ja', 'ko')) else '{:,.2f}'.format(v)
    a, _, b = n.partition('.')
    if st in ('eu', 'br', 'tr'):
        n = a.replace(',', '.') + (',' + b if b else '')
    elif st in ('pl', 'ru'):
        n = a.replace(',', '\u00a0') + (',' + b if b else '')
    if lang == 'en':
        return sym + n
    if lang == 'pt':
        return 'R$ ' + n
    if lang in ('zh', 'zht', 'hi'):
        return sym + n
    if lang == 'ja':
        return n + sym
    return n + ' ' + sym


def phone(rng, lang, tollfree=False):
    d = lambda n: U.digits(rng, n)
    if lang == 'en':
        if tollfree:
            return rng.choice(['+1 (888) 555-01%s', '1-877-555-01%s', '+1 (844) 555-01%s', '(800) 555-01%s']) % d(2)
        return rng.choice(['+1 (%s) 555-01%s' % (rng.choice(['212', '312', '415', '617', '646', '703', '512']), d(2)),
                           '+44 20 7946 0%s' % d(3), '+44 7700 900%s' % d(3), '+61 2 5550 %s' % d(4)])
    pre = {'de': '+49 30 %s %s', 'fr': '+33 1 %s %s', 'es': '+34 91 %s %s', 'it': '+39 02 %s %s', 'pt': '+55 11 %s-%s',
           'nl': '+31 20 %s %s', 'pl': '+48 22 %s %s', 'ru': '+7 495 %s-%s', 'el': '+30 210 %s %s', 'ar': '+971 4 %s %s',
           'he': '+972 3-%s-%s', 'zh': '+86 21 %s %s', 'zht': '+886 2 %s %s', 'ja': '03-%s-%s', 'ko': '02-%s-%s',
           'hi': '+91 22 %s %s', 'th': '+66 2 %s %s', 'tr': '+90 212 %s %s'}[lang]
    return pre % (d(3 if lang not in ('ja', 'ko', 'zh', 'zht') else 4), d(4))


def pnr(rng):
    return U.ALNUM(rng, 6)


def code(rng, pre=''):
    return pre + U.digits(rng, rng.choice([6, 7, 8, 9]))


def track(rng):
    return rng.choice(['9400 1%s %s %s' % (U.digits(rng, 3), U.digits(rng, 4), U.digits(rng, 4)),
                       'JJD%s' % U.digits(rng, 15), 'RR%sDE' % U.digits(rng, 9), 'LX%sNL' % U.digits(rng, 9),
                       '1Z%s' % U.ALNUM(rng, 16)])


def wallet(rng):
    return rng.choice(['bc1q' + U.alnum(rng, 38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'),
                       '1' + U.alnum(rng, 33, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'),
                       '3' + U.alnum(rng, 33, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')])


def iban(rng, lang='en'):
    cc = {'de': 'DE', 'fr': 'FR', 'es': 'ES', 'it': 'IT', 'nl': 'NL', 'pt': 'PT', 'pl': 'PL', 'el': 'GR', 'tr': 'TR'}.get(lang, rng.choice(['GB', 'LT', 'IE', 'HK']))
    ln = {'DE': 18, 'FR': 23, 'ES': 20, 'IT': 23, 'NL': 14, 'PT': 21, 'PL': 24, 'GR': 23, 'TR': 22, 'GB': 18, 'LT': 16, 'IE': 18, 'HK': 14}[cc]
    raw = cc + U.digits(rng, 2) + (U.ALNUM(rng, 4) if cc in ('GB', 'NL', 'IE') else '') + U.digits(rng, ln - (4 if cc in ('GB', 'NL', 'IE') else 0))
    return ' '.join(raw[i:i + 4] for i in range(0, len(raw), 4))


SHADY_TLDS = ['shop', 'store', 'top', 'xyz', 'icu', 'online', 'site', 'live', 'click', 'cfd', 'sbs', 'buzz', 'info', 'net', 'com', 'co']


def slug(rng, n=8):
    return U.alnum(rng, n, 'abcdefghijklmnopqrstuvwxyz0123456789')


def shady_domain(rng, words):
    w = rng.choice(words)
    return '%s%s.%s' % (w, rng.choice(['', '-' + slug(rng, 3), str(rng.randint(2, 99)), '-official', '-online', '-center', '-hub']),
                        rng.choice(SHADY_TLDS))


def hosted(rng, kind=None):
    """URLs on abused legitimate hosting (fictional sub-names/paths)."""
    kinds = ['pages', 'webapp', 'gcs', 'blob', 'firebase', 'forms', 'sharepoint', 'dropbox', 'notion', 'ipfs', 'workers',
             'sites', 'short', 'r2', 'canva', 'weebly']
    k = kind or rng.choice(kinds)
    s = slug(rng, rng.randint(6, 12))
    return {
        'pages': 'https://%s.pages.dev/%s' % (s, rng.choice(['', 'login', 'verify', 'index.html', 'doc'])),
        'webapp': 'https://%s-%s.web.app/%s' % (s, slug(rng, 5), rng.choice(['', '?id=' + slug(rng, 10)])),
        'gcs': 'https://storage.googleapis.com/%s/%s.html' % (s, slug(rng, 6)),
        'blob': 'https://%s.blob.core.windows.net/$web/index.html#%s' % (s[:10], slug(rng, 12)),
        'firebase': 'https://firebasestorage.googleapis.com/v0/b/%s.appspot.com/o/%s.html?alt=media&token=%s' % (s, slug(rng, 7), U.uid4(rng)),
        'forms': 'https://docs.google.com/forms/d/e/1FAIpQL%s/viewform' % U.b64url(rng, 49),
        'sharepoint': 'https://%s-my.sharepoint.com/:b:/g/personal/%s/E%s?e=%s' % (s, slug(rng, 8) + '_' + s, U.b64url(rng, 46), U.b64url(rng, 6)),
        'dropbox': 'https://www.dropbox.com/scl/fi/%s/%s.pdf?rlkey=%s&dl=0' % (slug(rng, 21), rng.choice(['Document', 'Invoice', 'Proposal', 'Scan']), slug(rng, 25)),
        'notion': 'https://%s.notion.site/%s-%s' % (s, rng.choice(['Secure-Document', 'Shared-File', 'Review']), U.hexs(rng, 32)),
        'ipfs': 'https://ipfs.io/ipfs/bafybei%s' % U.alnum(rng, 52, 'abcdefghijklmnopqrstuvwxyz234567'),
        'workers': 'https://%s.%s.workers.dev/' % (s, slug(rng, 6)),
        'sites': 'https://sites.google.com/view/%s/home' % s,
        'short': 'https://%s/%s' % (rng.choice(['bit.ly', 'tinyurl.com', 'rb.gy', 'cutt.ly', 't.ly', 'is.gd']), U.b64url(rng, 7)),
        'r2': 'https://pub-%s.r2.dev/%s.html' % (U.hexs(rng, 32), slug(rng, 6)),
        'canva': 'https://www.canva.com/design/%s/%s/view' % (U.ALNUM(rng, 11), U.b64url(rng, 22)),
        'weebly': 'https://%s.weebly.com/' % s,
    }[k]


def shady_url(rng, words, paths=None):
    d = shady_domain(rng, words)
    p = rng.choice(paths or ['', '?id=' + slug(rng, 8), '/s/' + slug(rng, 6), '/' + slug(rng, 5), '/index.php?c=' + slug(rng, 10)])
    return 'https://%s%s%s' % (rng.choice(['', '', 'www.', slug(rng, 4) + '.']), d, p if p.startswith(('?', '/', '')) else '/' + p)


def lookalike_of(rng, domain):
    name, _, tld = domain.partition('.')
    ops = []
    if 'i' in name:
        ops.append(name.replace('i', 'l', 1) + '.' + tld)
    if 'l' in name:
        ops.append(name.replace('l', 'I', 1).lower().replace('i', '1', 1) + '.' + tld)
    if 'm' in name:
        ops.append(name.replace('m', 'rn', 1) + '.' + tld)
    if 'o' in name:
        ops.append(name.replace('o', '0', 1) + '.' + tld)
    ops.append(name + '.' + rng.choice(['co', 'net', 'org', 'com.co', 'us', 'cc']) if tld != 'co' else name + '.com')
    ops.append(name + rng.choice(['-inc', '-group', '-corp', 'llc', '-global']) + '.' + tld)
    if len(name) > 5:
        i = rng.randint(1, len(name) - 2)
        ops.append(name[:i] + name[i + 1] + name[i] + name[i + 2:] + '.' + tld)
    return rng.choice(ops)


def tg(rng):
    return 'https://t.me/' + rng.choice(['', '+']) + rng.choice(['hr_', 'manager_', 'support', 'Mentor', 'VIP_', 'Anna', 'job_']) + slug(rng, 6)


def wa(rng):
    return rng.choice(['https://wa.me/1555010%s', 'https://wa.me/447700900%s', 'https://wa.me/62812555%s',
                       'https://wa.me/8559655%s', '+44 7700 900%s', '+1 555 010 %s', '+62 812 555 %s']) % U.digits(rng, 4)


def meet(rng):
    a = lambda n: U.alnum(rng, n, 'abcdefghijklmnopqrstuvwxyz')
    return {'kind': 'meet', 'url': 'https://meet.google.com/%s-%s-%s' % (a(3), a(4), a(3)), 'id': '', 'pw': ''}


def teams(rng):
    mid = '%s %s %s %s' % (U.digits(rng, 3), U.digits(rng, 3), U.digits(rng, 3), U.digits(rng, 3))
    return {'kind': 'teams', 'url': 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d'
            % (U.b64url(rng, 40), U.uid4(rng)), 'id': mid, 'pw': U.alnum(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789')}


def zoomconf(rng, host='us02web'):
    mid = U.digits(rng, 11)
    return {'kind': 'zoom', 'url': 'https://%s.zoom.us/j/%s?pwd=%s' % (host, mid, U.b64url(rng, 32)),
            'id': '%s %s %s' % (mid[:3], mid[3:7], mid[7:]), 'pw': U.digits(rng, 6)}


def webex(rng, org='meet'):
    mid = U.digits(rng, 10)
    return {'kind': 'webex', 'url': 'https://%s.webex.com/%s/j.php?MTID=m%s' % (org, org, U.hexs(rng, 32)),
            'id': '%s %s %s' % (mid[:4], mid[4:7], mid[7:]), 'pw': U.ALNUM(rng, 8)}
