# -*- coding: utf-8 -*-
"""People, organisations, domains and links of the fictional world."""
from . import i18n
from .util import ascii_fold, slug

CORP_A = {
    'en': ['harbor', 'northgate', 'bluefin', 'cedar', 'ironwood', 'summit', 'brightline', 'keystone', 'redfern',
           'oakridge', 'lakeshore', 'silverton', 'granite', 'meridian', 'copperleaf', 'tidewater'],
    'de': ['nordwerk', 'kessler', 'elbtal', 'brandauer', 'sonnfeld', 'hartmann', 'isarblick', 'lindenau'],
    'fr': ['lumiere', 'valmont', 'beaulieu', 'clairval', 'montaigu', 'rivedroite'],
    'es': ['solmar', 'almendro', 'riberasur', 'castellar', 'olivares', 'vientonorte'],
    'it': ['ponteverde', 'collina', 'marchetti', 'torrealta', 'valdarno', 'fontana'],
    'pt': ['serrana', 'aguaviva', 'ipe', 'litoral', 'cajueiro', 'boavista'],
    'nl': ['duinzicht', 'polderman', 'waalkade', 'lindeboom', 'hofstede', 'zeewind'],
    'pl': ['wislanka', 'zbyszko', 'mazurek', 'polmet', 'bursztyn', 'karpaty'],
    'cs': ['vltava', 'bohemika', 'krkonose', 'novotech', 'moravan', 'brdy'],
    'sv': ['norrsken', 'fjallvik', 'strandberg', 'ekbacken', 'solvik', 'granlund'],
    'tr': ['anadolu', 'bogazici', 'egeli', 'kapadokya', 'marmara', 'yildiz'],
    'ru': ['severstal-m', 'volgaprom', 'uralteh', 'nevsky', 'sibir', 'baikal-s'],
    'el': ['aigaio', 'olympos', 'kyma', 'delfini', 'akropoli', 'thalassa'],
    'ar': ['alnoor', 'alwaha', 'dana', 'rimal', 'alfajr', 'saraya'],
    'he': ['galil', 'karmel', 'negev', 'yarden', 'ofek', 'tavor'],
    'zh': ['huaxin', 'jinhai', 'longteng', 'tianyu', 'hengtai', 'ruifeng'],
    'zh-TW': ['taiyang', 'yushan', 'hsinfeng', 'chunghwa-t', 'minghua', 'dacheng'],
    'ja': ['sakura', 'hikari', 'yamato', 'asahi-k', 'midori', 'tsubasa'],
    'ko': ['hanbit', 'saerom', 'daehan', 'mirae', 'haneul', 'pureun'],
    'hi': ['sanjivani', 'navyug', 'pragati', 'shakti', 'udaan', 'tejas'],
    'th': ['siamrung', 'chaophraya', 'rattana', 'sukjai', 'thaiprasert', 'mekong'],
}
CORP_B = {
    'en': [('logistics', 'Logistics'), ('partners', 'Partners'), ('health', 'Health'), ('capital', 'Capital'),
           ('labs', 'Labs'), ('group', 'Group'), ('engineering', 'Engineering'), ('foods', 'Foods'),
           ('legal', 'Legal LLP'), ('systems', 'Systems'), ('media', 'Media'), ('', 'Inc.')],
    'de': [('logistik', 'Logistik GmbH'), ('technik', 'Technik GmbH'), ('gruppe', 'Gruppe'), ('bau', 'Bau AG'),
           ('consulting', 'Consulting GmbH'), ('', 'GmbH & Co. KG'), ('steuer', 'Steuerberatung')],
    'fr': [('conseil', 'Conseil'), ('', 'SAS'), ('immobilier', 'Immobilier'), ('groupe', 'Groupe'), ('avocats', 'Avocats')],
    'es': [('', 'S.L.'), ('asesores', 'Asesores'), ('grupo', 'Grupo'), ('ingenieria', 'Ingeniería S.A.')],
    'it': [('', 'S.r.l.'), ('gruppo', 'Gruppo'), ('impianti', 'Impianti S.p.A.'), ('studio', 'Studio Associato')],
    'pt': [('', 'Ltda.'), ('engenharia', 'Engenharia'), ('grupo', 'Grupo'), ('contabil', 'Contábil')],
    'nl': [('', 'B.V.'), ('groep', 'Groep'), ('advies', 'Advies'), ('techniek', 'Techniek B.V.')],
    'pl': [('', 'Sp. z o.o.'), ('group', 'Group S.A.'), ('logistyka', 'Logistyka')],
    'cs': [('', 's.r.o.'), ('group', 'Group a.s.'), ('stavby', 'Stavby s.r.o.')],
    'sv': [('', 'AB'), ('konsult', 'Konsult AB'), ('gruppen', 'Gruppen')],
    'tr': [('', 'A.Ş.'), ('holding', 'Holding'), ('lojistik', 'Lojistik')],
    'ru': [('', 'ООО'), ('group', 'Group'), ('trade', 'Trade')],
    'el': [('', 'Α.Ε.'), ('group', 'Group')],
    'ar': [('', 'LLC'), ('group', 'Group'), ('trading', 'Trading')],
    'he': [('', 'בע"מ'), ('tech', 'Tech'), ('group', 'Group')],
    'zh': [('', '有限公司'), ('tech', '科技'), ('group', '集团')],
    'zh-TW': [('', '股份有限公司'), ('tech', '科技')],
    'ja': [('', '株式会社'), ('shoji', '商事'), ('kogyo', '工業')],
    'ko': [('', '주식회사'), ('tech', '테크')],
    'hi': [('', 'Pvt Ltd'), ('infotech', 'Infotech'), ('group', 'Group')],
    'th': [('', 'จำกัด'), ('group', 'Group')],
}


def corp(rng, lang):
    a = rng.pick(CORP_A[lang])
    b, bn = rng.pick(CORP_B[lang])
    tld = rng.pick(i18n.CCTLD[lang])
    dom = (a + ('-' + b if b and rng.chance(0.6) else b)) + '.' + tld
    name = a.replace('-', ' ').title()
    if lang in ('zh', 'zh-TW', 'ja', 'ko', 'th', 'he', 'ru', 'el', 'ar'):
        disp = name + ' ' + bn if lang not in ('ja', 'ko') else bn + ' ' + name if bn in ('株式会社', '주식회사') else name + ' ' + bn
    else:
        disp = name + ' ' + bn
    return {'domain': dom, 'name': disp.strip(), 'lang': lang}


def _np(v):
    return v if isinstance(v, tuple) else (v, ascii_fold(v))


def person(rng, lang, female=None):
    f = _np(rng.pick(i18n.FIRST[lang]))
    l = _np(rng.pick(i18n.LAST[lang]))
    if lang in ('zh', 'zh-TW', 'ja', 'ko'):
        native = l[0] + f[0] if lang != 'ja' or rng.chance(0.5) else l[0] + ' ' + f[0]
    else:
        native = f[0] + ' ' + l[0]
    return {'name': native, 'first': f[0], 'last': l[0], 'fl': f[1], 'll': ascii_fold(l[1]).replace(' ', '')}


def local_part(rng, p, style=None):
    fl, ll = p['fl'].lower().replace(' ', ''), p['ll'].lower()
    style = style or rng.pick(['f.l', 'fl', 'f', 'fl_init', 'f_l', 'l', 'f.lNN', 'flNNNN'])
    return {'f.l': fl + '.' + ll, 'fl': fl + ll, 'f': fl, 'fl_init': fl[0] + ll, 'f_l': fl + '_' + ll,
            'l': ll, 'f.lNN': fl + '.' + ll + rng.digits(2), 'flNNNN': fl + ll + rng.digits(4)}[style].replace("'", '')


SPAM_TLDS = ['com', 'net', 'online', 'top', 'xyz', 'shop', 'site', 'live', 'info', 'click', 'support', 'help',
             'app', 'cfd', 'sbs', 'icu', 'store', 'co', 'us', 'biz', 'pro', 'life', 'world', 'cloud']
SYL = ['ka', 'lo', 'mi', 'ra', 'ten', 'vo', 'zu', 'bel', 'dor', 'fin', 'gra', 'ix', 'lum', 'nex', 'or', 'pra',
       'qui', 'sol', 'tra', 'ul', 'ven', 'xa', 'yo', 'zen', 'mar', 'kor', 'tel', 'vin']


def junk_word(rng, n=None):
    n = n or rng.randint(2, 3)
    return ''.join(rng.pick(SYL) for _ in range(n))


def throwaway_domain(rng, words=None):
    w = words or [junk_word(rng)]
    base = '-'.join(w) if rng.chance(0.5) else ''.join(w)
    if rng.chance(0.3):
        base += rng.digits(rng.randint(1, 3))
    return base + '.' + rng.pick(SPAM_TLDS)


def brand_lookalike(rng, brand):
    b = slug(brand).replace('-', '')
    kind = rng.randint(0, 7)
    extra = rng.pick(['secure', 'login', 'verify', 'account', 'support', 'service', 'billing', 'portal', 'online',
                      'help', 'docs', 'auth', 'id', 'center', 'update', 'cloud', 'mail', 'review'])
    if kind == 0:
        return '%s-%s.%s' % (b, extra, rng.pick(SPAM_TLDS))
    if kind == 1:
        return '%s%s.%s' % (extra, b, rng.pick(SPAM_TLDS))
    if kind == 2:
        return '%s-%s-%s.com' % (b, extra, rng.pick(['us', 'eu', 'online', 'team', 'hq', 'center']))
    if kind == 3:
        swap = b.replace('o', '0', 1) if 'o' in b else b.replace('i', 'l', 1) if 'i' in b else b + 's'
        return '%s.%s' % (swap, rng.pick(SPAM_TLDS))
    if kind == 4:
        return '%s%s.%s' % (b, rng.digits(3), rng.pick(SPAM_TLDS))
    if kind == 5:
        return '%s.%s-%s.%s' % (extra, b, junk_word(rng, 2), rng.pick(SPAM_TLDS))
    if kind == 6:
        rn = b.replace('m', 'rn', 1) if 'm' in b else b.replace('l', 'I', 1).lower() + 'e'
        return '%s-%s.com' % (rn, extra)
    return '%s-%s.%s' % (extra, b, rng.pick(SPAM_TLDS))


def lookalike_of(rng, domain):
    """a registered look-alike of a real company domain"""
    name, _, tld = domain.partition('.')
    k = rng.randint(0, 6)
    if k == 0 and len(name) > 5:
        i = rng.randint(1, len(name) - 3)
        if name[i] != '-' and name[i + 1] != '-':
            return name[:i] + name[i + 1] + name[i] + name[i + 2:] + '.' + tld
    if k == 1:
        return name + '.' + rng.pick(['com', 'net', 'co', 'org', 'group', 'us'] if tld != 'com' else ['co', 'net', 'org', 'cc'])
    if k == 2 and '-' in name:
        return name.replace('-', '') + '.' + tld
    if k == 3:
        return name + '-' + rng.pick(['group', 'corp', 'hq', 'inc', 'mail', 'intl']) + '.' + rng.pick(['com', tld])
    if k == 4 and 'm' in name:
        return name.replace('m', 'rn', 1) + '.' + tld
    if k == 5 and 'l' in name:
        return name.replace('l', 'll', 1) + '.' + tld
    if k == 6 and 'i' in name:
        return name.replace('i', 'l', 1) + '.' + tld
    return name + 's.' + tld


def phone(rng, lang, tollfree=False):
    cc = rng.pick(i18n.PHONE_CC[lang])
    if cc == '+1':
        if tollfree:
            return rng.pick(['+1 (888) ', '+1 (877) ', '+1 (866) ', '+1-855-', '1-844-']) + '555-01' + rng.digits(2)
        return '+1 (%s) 555-01%s' % (rng.pick(['212', '415', '312', '617', '206', '303', '512']), rng.digits(2))
    if cc == '+44':
        return '+44 20 7946 0' + rng.digits(3)
    if cc == '+61':
        return '+61 2 5550 ' + rng.digits(4)
    return '%s %s %s %s' % (cc, rng.digits(rng.randint(2, 3)), rng.digits(3), rng.digits(4))


def money(rng, lang, base_lo, base_hi, cents=True):
    v = rng.uniform(base_lo, base_hi) * i18n.CUR_SCALE[lang]
    sym, fmt = rng.pick(i18n.CURRENCY[lang])
    if v > 1000 or not cents or lang in ('ja', 'ko', 'zh-TW'):
        v = int(round(v, -1 if v > 200 else 0))
        a = '{:,}'.format(v)
        if lang in i18n.DEC_COMMA:
            a = a.replace(',', '.' if lang not in ('fr', 'sv', 'cs', 'pl', 'ru') else '\u00a0')
    else:
        a = '%.2f' % v
        if lang in i18n.DEC_COMMA:
            a = a.replace('.', ',')
    return fmt.format(s=sym, a=a)


def recipient(rng, lang):
    p = person(rng, lang)
    r = rng.random()
    if r < 0.62:
        c = corp(rng, lang)
        dom, org = c['domain'], c
    elif r < 0.8:
        dom, org = rng.pick(['example.net', 'example.org', 'example.com', 'mail.example.net']), None
    else:
        dom = p['ll'].lower() + rng.pick(['-family', '', '-home', 'net']) + '.' + rng.pick(i18n.CCTLD[lang])
        org = None
    loc = local_part(rng, p, rng.pick(['f.l', 'f', 'fl_init', 'f.l', 'f']))
    return {'name': p['name'], 'addr': loc + '@' + dom, 'domain': dom, 'org': org, 'p': p}


def shortlink(rng):
    host = rng.pick(['bit.ly', 'tinyurl.com', 't.co', 'rb.gy', 'cutt.ly', 'is.gd', 'shorturl.at', 'tiny.cc'])
    return 'https://%s/%s' % (host, rng.alnum(rng.randint(6, 8)))


def abuse_host_link(rng, brand=None):
    """phishing landing page on a legitimate hosting service"""
    b = slug(brand or junk_word(rng))
    k = rng.randint(0, 11)
    tok = rng.alnum(rng.randint(8, 14))
    return [
        'https://%s-%s.web.app/?id=%s' % (b, rng.hexs(5), tok),
        'https://%s-%s.pages.dev/login' % (b, junk_word(rng, 2)),
        'https://%s.%s.workers.dev/%s' % (junk_word(rng, 2), junk_word(rng, 2), tok),
        'https://pub-%s.r2.dev/index.html#%s' % (rng.hexs(32), tok),
        'https://sites.google.com/view/%s-%s/home' % (b, rng.digits(4)),
        'https://%s.notion.site/%s-%s' % (junk_word(rng, 2), b.title(), rng.hexs(32)),
        'https://docs.google.com/presentation/d/e/2PACX-1v%s/pub' % rng.alnum(50),
        'https://forms.office.com/r/%s' % rng.alnum(10),
        'https://ipfs.io/ipfs/bafybei%s?filename=%s.html' % (rng.alnum(52, 'abcdefghijklmnopqrstuvwxyz234567'), b),
        'https://%s.github.io/%s/' % (junk_word(rng, 2), b),
        'https://www.canva.com/design/DAF%s/view' % rng.alnum(8),
        'https://%s.blob.core.windows.net/%s/index.html?sv=%s' % (junk_word(rng, 3), b, rng.alnum(16)),
    ][k]


def lookalike_link(rng, brand, path=None):
    d = brand_lookalike(rng, brand)
    p = path or rng.pick(['/login', '/verify', '/secure/auth', '/account/review', '/', '/session/%s' % rng.alnum(10),
                          '/?e=%s' % rng.alnum(12), '/wp-content/%s/index.php' % junk_word(rng, 2)])
    return 'https://' + rng.pick(['', 'www.', 'secure.', 'login.', 'app.']) + d + p
