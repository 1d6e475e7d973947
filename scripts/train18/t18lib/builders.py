# -*- coding: utf-8 -*-
"""Turn a planned item (label, category, language, client, text entry) into a message spec, and render it."""
import datetime as dt
from . import core, ics, i18n, clients, assemble, common, icsgen
from .core import pick, chance, digits, hexs, uuid4


class SafeDict(dict):
    def __missing__(self, k):
        return '{' + k + '}'


def fmt(text, F):
    return text.format_map(SafeDict(F)) if text else text


def norm(e):
    if isinstance(e, tuple) and len(e) == 3 and isinstance(e[2], dict):
        return e
    if isinstance(e, tuple) and len(e) == 2:
        return e[0], e[1], {}
    return e, None, {}


CLIENT_NAMES = {'google': 'Google Calendar', 'outlook': 'Outlook/Exchange', 'icloud': 'iCloud Calendar',
                'applemail': 'Apple Calendar via Mail', 'thunderbird': 'Thunderbird', 'zoom': 'Zoom',
                'nextcloud': 'Nextcloud', 'zimbra': 'Zimbra', 'yahoo': 'Yahoo Calendar', 'sogo': 'SOGo',
                'booking': 'booking/scheduling system', 'hand': 'hand-rolled script'}

CITIES = {'en': ['Austin', 'Leeds', 'Denver', 'Phoenix', 'Manchester', 'Columbus'], 'de': ['Köln', 'Leipzig'],
          'fr': ['Lyon', 'Lille'], 'es': ['Valencia', 'Sevilla'], 'it': ['Torino', 'Bologna'], 'pt': ['Porto', 'Campinas'],
          'nl': ['Utrecht', 'Eindhoven'], 'pl': ['Kraków', 'Gdańsk'], 'ru': ['Казань', 'Самара'], 'el': ['Πάτρα'],
          'ar': ['دبي', 'جدة'], 'he': ['חיפה'], 'zh': ['杭州'], 'zh-TW': ['台中'], 'ja': ['横浜'], 'ko': ['부산'],
          'hi': ['पुणे'], 'th': ['เชียงใหม่']}

BRANDS = [('Ray-Ban', 'Ray-Ban Outlet', 'rayban'), ('Michael Kors', 'MK Outlet', 'mk'), ('UGG', 'UGG Store', 'ugg'),
          ('Pandora', 'Pandora Sale', 'pandora'), ('Nike', 'Nike Sale', 'nike'), ('Walmart', 'Walmart Rewards', 'walmart'),
          ('Amazon', 'Amazon', 'amazon'), ('Costco', 'Costco Rewards', 'costco'), ('Dyson', 'Dyson Giveaway', 'dyson'),
          ('Home Depot', 'Home Depot Survey', 'homedepot'), ('T-Mobile', 'T-Mobile Rewards', 'tmobile'),
          ('USPS', 'USPS', 'usps'), ('E-ZPass', 'E-ZPass', 'ezpass'), ('DHL', 'DHL Express', 'dhl'),
          ('IRS', 'IRS', 'irs'), ('FedEx', 'FedEx', 'fedex'), ('Penalty Charge', 'Parking Services', 'parking'),
          ('Microsoft', 'Microsoft 365', 'microsoft'), ('DocuSign', 'DocuSign', 'docusign'),
          ('PayPal', 'PayPal', 'paypal'), ('Chase', 'Chase', 'chase'), ('Adobe', 'Adobe Acrobat', 'adobe'),
          ('Dropbox', 'Dropbox', 'dropbox'), ('Voicemail', 'Voicemail Service', 'voicemail'),
          ('Login.gov', 'Login.gov', 'logingov'), ('Norton', 'Norton Billing', 'norton'),
          ('Geek Squad', 'Geek Squad', 'geeksquad'), ('McAfee', 'McAfee', 'mcafee'), ('Windows', 'Windows Defender', 'windows'),
          ('Teams', 'Microsoft Teams', 'teams'), ('Zoom', 'Zoom', 'zoom'), ('Webex', 'Webex', 'webex'),
          ('Sparkasse', 'Sparkasse', 'sparkasse'), ('ANTAI', 'ANTAI', 'antai'), ('Carrefour', 'Carrefour', 'carrefour'),
          ('Ameli', 'Assurance Maladie', 'ameli'), ('Mercadona', 'Mercadona', 'mercadona'),
          ('Poste Italiane', 'Poste Italiane', 'poste'), ('Intesa', 'Intesa Sanpaolo', 'intesa'),
          ('Lojas Americanas', 'Lojas Americanas', 'americanas'), ('CGD', 'Caixa Geral', 'cgd'),
          ('PostNL', 'PostNL', 'postnl'), ('DigiD', 'DigiD', 'digid'), ('PKO', 'PKO Bank Polski', 'pko'),
          ('Orlen', 'Orlen Invest', 'orlen'), ('ΕΛΤΑ', 'ΕΛΤΑ Courier', 'elta'), ('أبشر', 'أبشر', 'absher'),
          ('三井住友', '三井住友カード', 'smbc'), ('佐川', '佐川急便', 'sagawa'), ('KBC', 'KBC Lottery', 'kbc'),
          ('Amazonプライム', 'Amazon', 'amazon'), ('Keto', 'Keto Shop', 'keto'), ('Quantum AI', 'Quantum AI', 'quantumai'),
          ('Norton', 'Norton', 'norton'), ('נורטון', 'Norton', 'norton')]

PERSONA = {'retail': 'promo', 'prize': 'brand', 'crypto': 'person', 'dating': 'female', 'fee': 'brand', 'phish': 'brand',
           'callback': 'brand', 'update': 'brand', 'bec': 'ceo', 'advance': 'person', 'task': 'person',
           'docshare': 'partner', 'nagging': 'promo', 'mass': 'promo'}

AMOUNTS = {'crypto': (18000, 96000), 'dating': (1200, 2600), 'bec': (48500, 185000), 'advance': (4500000, 27500000),
           'callback': (240, 400), 'prize': (500, 1000), 'task': (300, 900), 'fee': (2, 7), 'phish': (400, 3000),
           'docshare': (8000, 60000), 'retail': (20, 60), 'nagging': (10, 100), 'mass': (5000, 45000), 'update': (1, 2)}


def detect_brand(text):
    for kw, disp, slug in BRANDS:
        if kw in text:
            return disp, slug
    return None, None


def set_when(spec, days=(1, 21), hours=(9, 17), dur=(30, 60), evening=False, weekend=False, sunday=False,
             allday=False, business=True, any_hour=False):
    tz = spec['tz']
    la = ics.from_utc(tz, spec['arrival'])
    d = la.date() + dt.timedelta(days=core.rng.randint(*days))
    if weekend:
        while d.weekday() < 5:
            d += dt.timedelta(days=1)
    elif sunday:
        while d.weekday() != 6:
            d += dt.timedelta(days=1)
    elif business:
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
    if any_hour:
        h = core.rng.randint(0, 23)
    elif evening:
        h = core.rng.randint(18, 20)
    else:
        h = core.rng.randint(*hours)
    m = pick([0, 0, 0, 30, 30, 15, 45])
    start = dt.datetime(d.year, d.month, d.day, h, m)
    if allday:
        start = dt.datetime(d.year, d.month, d.day)
        spec['allday'] = True
        spec['start'] = start
        spec['end'] = start + dt.timedelta(days=core.rng.randint(1, 3))
        return
    spec['start'] = start
    spec['end'] = start + dt.timedelta(minutes=pick(list(range(dur[0], dur[1] + 1, 15)) or [dur[0]]))


def att(name, email, ps='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp=True, cutype='INDIVIDUAL'):
    return dict(name=name, email=email, partstat=ps, role=role, rsvp=rsvp, cutype=cutype)


ORG_AS_ATTENDEE = ('google', 'icloud', 'applemail', 'thunderbird', 'nextcloud', 'sogo', 'yahoo')


def finish_attendees(spec, others=(), to_mode=None):
    """Build ATTENDEE list and To header."""
    org = spec['organizer']
    r = spec['recipient']
    A = []
    cl = spec['client']
    if cl in ORG_AS_ATTENDEE and spec['method'] in ('REQUEST', 'CANCEL') and not spec.get('no_org_att'):
        role = 'CHAIR' if cl in ('thunderbird', 'icloud', 'applemail', 'nextcloud', 'sogo') else 'REQ-PARTICIPANT'
        A.append(att(org['name'], org['email'], 'ACCEPTED', role, False))
    rec_att = att(r['name'] if chance(0.8) else '', r['email'])
    others = list(others)
    pos = core.rng.randint(0, len(others)) if others else 0
    lst = others[:pos] + [(rec_att['name'], rec_att['email'])] + others[pos:]
    for n, e in lst:
        A.append(att(n, e))
    spec['attendees'] = A
    mode = to_mode or ('all' if cl in ('outlook', 'zimbra', 'sogo', 'thunderbird', 'applemail', 'nextcloud') else 'rcpt')
    if mode == 'all' and len(lst) <= 400:
        spec['to'] = [(n, e) for n, e in lst]
    elif mode == 'self':
        spec['to'] = [(org['name'], org['email'])]
    else:
        spec['to'] = [(r['name'], r['email'])]


# ---------------------------------------------------------------- identities
FREE_BY_CLIENT = {'google': ['gmail.com'], 'icloud': ['icloud.com', 'me.com', 'icloud.com'], 'yahoo': ['yahoo.com'],
                  'outlook': ['outlook.com', 'hotmail.com', 'outlook.com']}


def free_domain(spec):
    cl = spec['client']
    if cl in FREE_BY_CLIENT:
        doms = list(FREE_BY_CLIENT[cl])
        if cl == 'outlook':
            doms += [d for d in i18n.LANG[spec['lang']]['free'] if d.startswith(('hotmail', 'outlook'))]
        if cl == 'yahoo':
            doms += [d for d in i18n.LANG[spec['lang']]['free'] if d.startswith('yahoo')]
        return pick(doms)
    if cl == 'applemail' and chance(0.6):
        spec['infra'] = 'icloud'
        return pick(['icloud.com', 'me.com'])
    if cl == 'zoom':
        return pick(['gmail.com', 'outlook.com', 'yahoo.com'])
    d = pick(i18n.LANG[spec['lang']]['free'])
    if d in ('gmail.com',) and cl not in ('google',):
        d = pick([x for x in i18n.LANG[spec['lang']]['free'] if x != 'gmail.com'] or ['example.com'])
    return d


def brand_local(slug):
    return '%s%s%s%s' % (slug, pick(['.', '-', '', '_']), pick(['support', 'billing', 'service', 'info', 'notify',
                                                                  'team', 'help', 'rewards', 'secure', 'center']),
                         digits(core.rng.randint(0, 4)))


# ---------------------------------------------------------------- spam
SPAM_MODES = {
    'google': [('free', 70), ('ws_look', 15), ('ws_comp', 15)],
    'outlook': [('free', 35), ('comp', 30), ('look', 25), ('spoof', 10)],
    'icloud': [('free', 100)], 'yahoo': [('free', 100)],
    'applemail': [('comp', 35), ('look', 25), ('spoof', 15), ('own', 10), ('free', 15)],
    'thunderbird': [('comp', 40), ('look', 25), ('spoof', 20), ('own', 15)],
    'zimbra': [('comp', 75), ('look', 25)], 'sogo': [('comp', 75), ('look', 25)], 'nextcloud': [('comp', 75), ('look', 25)],
    'zoom': [('free', 60), ('look', 40)],
    'booking': [('look', 70), ('comp', 30)],
    'hand': [('spoof', 30), ('own', 30), ('signed', 15), ('look', 25)],
}


def spam_sender(spec, persona, brand_disp, slug):
    cl = spec['client']
    lang = spec['lang']
    rd = spec['recipient']['domain']
    mode = core.wpick(SPAM_MODES[cl])
    if persona in ('ceo', 'employee') and mode in ('comp', 'ws_comp'):
        mode = 'look' if cl != 'google' else 'ws_look'
    if persona == 'partner':
        mode = {'google': 'ws_comp', 'outlook': 'comp'}.get(cl, 'comp') if chance(0.8) else mode
        if mode in ('own', 'signed', 'spoof', 'free') and cl not in ('google', 'outlook'):
            mode = 'comp'
    p = i18n.person(lang if chance(0.75) else 'en')
    spec['spam_mode'] = mode
    # display name
    if persona in ('brand', 'promo') and brand_disp and chance(0.8):
        disp = brand_disp + pick(['', '', ' Support', ' Service', ' Team', ' Notification', ' Center'])
    elif persona == 'promo':
        disp = pick([p['name'], p['name'], 'Outlet Store', 'Flash Deals', 'VIP Offers', 'Sale Center', p['first']])
    elif persona == 'female':
        p = i18n.person(lang, 'f')
        disp = pick([p['first'], p['name'], p['first'] + ' ' + p['last'][:1] + '.'])
    elif persona == 'ceo':
        disp = p['name'] if lang == p['lang'] else i18n.person(lang)['name']
    else:
        disp = p['name']
    sup_dom = common.org_domain(lang)
    spec['sorg'] = common.org_title(sup_dom)
    if mode == 'free':
        dom = free_domain(spec)
        if persona in ('brand', 'promo') and slug and chance(0.6):
            email = brand_local(slug) + '@' + dom
        elif persona == 'ceo':
            email = pick(['%s.%s.office', 'ceo.%s%s', '%s%s.exec', '%s.%s']) % (p['lf'], p['ll']) + digits(core.rng.randint(0, 3)) + '@' + dom
        else:
            email = common.free_email(p, dom)
        auth = 'pass'
    elif mode in ('comp', 'ws_comp'):
        dom = sup_dom if persona in ('supplier', 'partner') else common.org_domain(pick([lang, 'en', lang]))
        q = i18n.person(lang) if persona in ('partner', 'supplier') else p
        email = common.email_for(q, dom)
        if persona in ('partner', 'supplier', 'person', 'female', 'employee'):
            disp = q['name'] if persona != 'female' else disp
        spec['sorg'] = common.org_title(dom)
        auth = 'pass'
    elif mode in ('look', 'ws_look'):
        if persona == 'ceo' or persona == 'employee':
            dom = common.lookalike_of(rd)
            email = common.email_for(p, dom)
        elif persona in ('supplier', 'partner'):
            dom = common.lookalike_of(sup_dom)
            email = common.email_for(p, dom)
        elif slug:
            dom = common.lookalike_brand(slug)
            email = pick(['no-reply', 'noreply', 'notification', 'support', 'service', 'info', 'alerts', 'billing', 'mail']) + '@' + dom
        else:
            dom = common.spam_domain()
            email = common.email_for(p, dom)
        auth = 'pass'
    elif mode == 'spoof':
        if persona in ('ceo', 'employee', 'brand') and (persona != 'brand' or spec['key'] == 'phish'):
            dom = rd
            if persona == 'brand':
                disp = pick(['IT Service Desk', 'IT Support', 'Helpdesk', 'Mail Administrator', 'Microsoft 365 Admin', disp])
                email = pick(['it-support', 'helpdesk', 'servicedesk', 'admin', 'postmaster', 'no-reply']) + '@' + dom
            else:
                email = common.email_for(p, dom)
        else:
            dom = sup_dom
            email = common.email_for(p, dom)
        auth = 'spoof'
    else:  # own / signed
        dom = common.spam_domain()
        email = (brand_local(slug) if slug and chance(0.5) else common.email_for(p, dom).split('@')[0]) + '@' + dom
        auth = 'vps_own' if mode == 'own' else 'vps_signed'
    spec['auth'] = auth
    if mode == 'look' and cl in ('thunderbird', 'applemail', 'hand'):
        spec['infra'] = pick(['hosting', 'selfhost'])
    if mode == 'free' and cl == 'outlook':
        spec['ol_variant'] = 'exo'
    if mode in ('comp', 'look') and cl == 'outlook':
        spec['ol_variant'] = 'exo' if chance(0.85) else 'desktop'
    if cl == 'booking':
        spec['brand'] = dict(name=disp, color=pick(['#d40511', '#003087', '#4d148c', '#0a66c2', '#333366', '#00875a']),
                             esp=pick(['ses', 'sendgrid', 'mailgun', 'sparkpost']), unsub=chance(0.7),
                             footer='© %d %s. All rights reserved.' % (spec['arrival'].year, disp))
    return dict(name=disp, email=email, domain=dom)


HIDE = {
    'default': [('desc', 50), ('location', 14), ('url', 8), ('attach', 8), ('xalt', 6), ('conference', 6),
                ('body_only', 4), ('ics_only', 4)],
}


def pick_hide(spec, cat):
    cl = spec['client']
    ok = []
    for m, w in HIDE['default']:
        if m == 'xalt' and cl not in ('outlook', 'zimbra', 'hand', 'booking', 'thunderbird', 'nextcloud'):
            continue
        if m in ('body_only', 'ics_only') and cl not in ('hand', 'booking'):
            continue
        if m == 'conference' and cl not in ('google', 'outlook', 'hand', 'nextcloud', 'booking'):
            continue
        if m == 'attach' and cl in ('zoom',):
            continue
        ok.append((m, w))
    if cat == 'update':
        ok = [(m, w * (3 if m in ('conference', 'desc', 'attach') else 1)) for m, w in ok]
    if cl == 'zoom':
        return 'desc'
    return core.wpick(ok)


def apply_payload(spec, url, mode, F, d_tmpl):
    lang = spec['lang']
    if mode == 'desc' or not url:
        F['url'] = url or ''
        spec['description'] = fmt(d_tmpl, F)
        return
    F['url'] = ''
    desc = fmt(d_tmpl, F).replace(' : \n', '\n').rstrip()
    spec['description'] = desc
    if mode == 'location':
        spec['location'] = url if chance(0.7) else pick(['Online: ', 'Link: ', '🔗 ', '']) + url
    elif mode == 'url':
        spec['url'] = url
        if chance(0.5):
            spec['location'] = url
    elif mode == 'attach':
        fn = pick(['Document', 'Invoice', 'Statement', 'Details', 'Secure_Message', 'Voicemail', 'Scan']) + '_' + digits(5)
        ext, mime = pick([('pdf', 'application/pdf'), ('html', 'text/html'), ('docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
                          ('svg', 'image/svg+xml')])
        spec['attach'] = [(url, 'FMTTYPE=%s;FILENAME=%s.%s' % (mime, fn, ext) if chance(0.7) else 'FMTTYPE=%s' % mime)]
        if chance(0.5):
            spec['description'] = desc + '\n\n' + fn + '.' + ext
    elif mode == 'xalt':
        spec['x_alt_desc'] = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN"><html><body><p>%s</p><p><a href="%s">%s</a></p></body></html>'
                              % (clients.H(desc).replace('\n', '<br>'), url, pick(['Open', 'View', 'Click here', '&#9654;', 'Continue', url])))
    elif mode == 'conference':
        cl = spec['client']
        if cl == 'outlook':
            spec['teams'] = url
        elif cl == 'google':
            spec['location'] = url
            spec['extra_props'] = spec.get('extra_props', []) + [('X-GOOGLE-CONFERENCE', 'X-GOOGLE-CONFERENCE:' + url)]
        else:
            spec['conference'] = url
            spec['conference_label'] = pick(['Join', 'Join meeting', 'Meeting link', 'Video call'])
    elif mode == 'body_only':
        spec['body_text'] = fmt(d_tmpl, dict(F, url=url))
    elif mode == 'ics_only':
        spec['description'] = fmt(d_tmpl, dict(F, url=url))
        spec['body_text'] = pick(['Please find the invitation attached.', 'You have a new calendar invitation.',
                                  'Invitation', 'See attached event.', ' ', 'Please accept the meeting request.'])


def brl(v):
    v = v * 5.2
    s = '{:,.2f}'.format(v).replace(',', 'X').replace('.', ',').replace('X', '.')
    return 'R$ ' + s


def spam_fill(spec, cat):
    lang = spec['lang']
    r = spec['recipient']
    lo, hi = AMOUNTS.get(cat, (100, 1000))
    amt = core.rng.uniform(lo, hi)
    if amt > 1000:
        amt = round(amt, -2)
    br = spec['extras'].get('br')
    F = dict(rname=r['p']['first'], rfull=r['name'], raddr=r['email'],
             amount=brl(amt) if br else i18n.money(lang, amt), amt_small=i18n.money(lang, pick([1.99, 2.99, 3.49])),
             code=common.code(pick([6, 8, 10])), tracking=pick(['9400 1%s %s %s %s' % (digits(3), digits(4), digits(4), digits(4)),
                                                              'JD01%s' % digits(16), 'LX%s%sCN' % (digits(9), ''), '3S%s' % core.ALNUM(11),
                                                              '1Z%s' % core.ALNUM(16)]),
             points=pick(['12,480', '8,900', '25,310', '4,275']),
             pwd=pick(['Summer2019!', 'qwerty123', r['p']['lf'].capitalize() + pick(['1985', '2012', '123', '!']),
                       'iloveyou1', 'P@ssw0rd88', 'Football7', 'monkey2016']),
             wallet=common.wallet(), msgr=common.messenger(lang), fname=pick(['Ashley', 'Jenny', 'Kristina', 'Mia', 'Sandra']),
             city=pick(CITIES.get(lang, CITIES['en'])), cmd=common.click_cmd(), ver='6.%d.%d' % (core.rng.randint(0, 4), core.rng.randint(1, 20)),
             q=core.rng.randint(1, 4), lname=i18n.person(lang)['last'], lname2=pick(['Morgan', 'Hughes', 'Carter', r['p']['last']]),
             lawyer=pick(['Mr. Daniel Fletcher', 'James Whitaker, Esq.', 'Attorney Sarah Brooks']),
             bank=pick(['Revolut Bank UAB', 'Wise Europe SA', 'Bank of Valletta', 'Metro Bank', 'N26 Bank']),
             iban=common.iban(lang), swift=core.ALNUM(4) + pick(['LT2X', 'GB2L', 'DEFF', 'BEBB', 'MTMT']),
             plate=core.ALNUM(7), phone=common.phone(lang, tollfree=True, tz=spec['tz']))
    F['email'] = common.free_email(i18n.person(lang if chance(0.5) else 'en'), pick(['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'proton.me', 'aol.com']))
    return F


def spam_build(spec):
    cat = spec['key']
    s, d, ex = spec['s'], spec['d'], spec['extras']
    lang = spec['lang']
    cl = spec['client']
    brand_disp, slug = detect_brand(s + ' ' + d)
    persona = ex.get('kind') or PERSONA[cat]
    if persona == 'ceo' and cat != 'bec':
        persona = 'person'
    if cat == 'crypto' and brand_disp is None and chance(0.5):
        persona = 'person'
    if cat == 'update' and not brand_disp:
        persona = 'person'
    if cat in ('prize', 'fee', 'phish', 'callback') and not brand_disp:
        persona = 'person'
    sender = spam_sender(spec, persona, brand_disp, slug)
    spec['from'] = dict(name=sender['name'], email=sender['email'])
    spec['organizer'] = dict(spec['from'])
    F = spam_fill(spec, cat)
    F.update(name=sender['name'], sname=sender['name'].split(' ')[0], saddr=sender['email'], sorg=spec.get('sorg', ''))
    # timing: spam is usually soon, sometimes today, odd hours, or already past
    r = core.rng.random()
    if cat == 'bec':
        set_when(spec, days=(0, 2), hours=(9, 16), dur=(15, 30))
    elif r < 0.15:
        set_when(spec, days=(-3, -1), any_hour=True, business=False)
    elif r < 0.35:
        set_when(spec, days=(0, 1), any_hour=True, business=False)
    else:
        set_when(spec, days=(1, 14), hours=(8, 20), dur=(30, 120), business=chance(0.6))
    F['date'] = i18n.fmt_when(lang, spec['start'], spec['end']).split(' ')[0] if lang not in ('en',) else spec['start'].strftime('%B %d, %Y')
    if lang != 'en':
        F['date'] = '%02d.%02d.%d' % (spec['start'].day, spec['start'].month, spec['start'].year) if lang not in ('ja', 'zh', 'zh-TW', 'ko') else spec['start'].strftime('%Y-%m-%d')
    # payload
    url = None
    if cat not in ('callback', 'bec', 'advance') and not (cat == 'task' and '{url}' not in d) and '{url}' in d:
        url = common.spam_url('retail' if cat == 'retail' else 'generic', slug)
    if cat == 'phish' and url and chance(0.3) and slug:
        url = 'https://%s/%s' % (common.lookalike_brand(slug), pick(['login', 'signin', 'auth?client_id=' + uuid4(), 'secure/' + core.mixed(10)]))
    spec['summary'] = fmt(s, F)
    mode = pick_hide(spec, cat) if url else 'desc'
    spec['hide'] = mode
    apply_payload(spec, url, mode, F, d)
    if cat == 'callback' and chance(0.4):
        spec['location'] = F['phone'] if chance(0.6) else pick(['Call ', 'Support: ', 'Billing: ']) + F['phone']
    if cat == 'task' and chance(0.3):
        spec['location'] = F['msgr']
    # attendees
    others = []
    if cat == 'mass':
        others = common.random_victims(core.rng.randint(150, 600))
    elif cat in ('retail', 'prize', 'crypto', 'dating', 'nagging') and chance(0.5):
        others = common.random_victims(core.rng.randint(5, 60))
    elif cat in ('phish', 'fee', 'callback', 'update') and chance(0.3):
        rd = spec['recipient']['domain']
        others = [(q['name'] if chance(0.4) else '', common.email_for(q, rd)) for q in [i18n.person(lang) for _ in range(core.rng.randint(2, 12))]]
    to_mode = None
    if cat == 'mass' and cl in ('outlook', 'hand', 'thunderbird', 'zimbra', 'sogo'):
        to_mode = pick(['all', 'self', 'rcpt'])
    finish_attendees(spec, others, to_mode)
    # nagging structures
    if cat == 'nagging' or (cat in ('prize', 'retail', 'crypto', 'callback') and chance(0.12)):
        nag(spec)
    # method / quirks
    if cl in ('hand', 'booking') and chance(0.3):
        spec['method'] = 'PUBLISH'
    elif cat in ('phish', 'callback', 'fee', 'docshare') and cl in ('outlook', 'google', 'hand', 'zimbra', 'booking', 'icloud') and chance(0.2):
        spec['method'] = 'CANCEL'
        spec['sequence'] = 1
    elif chance(0.08):
        spec['sequence'] = core.rng.randint(1, 3)
    if cl == 'hand':
        q = set()
        for k, p_ in (('no_method', 0.2), ('method_mismatch', 0.2), ('sloppy_fold', 0.35), ('bare_lf', 0.25),
                      ('no_vtz', 0.25), ('shuffle_props', 0.2), ('ct_no_method', 0.15)):
            if chance(p_):
                q.add(k)
        spec['quirks'] = q
        if chance(0.3):
            spec['utc_times'] = True
        if chance(0.15):
            spec['fake_ar'] = True
    if cl == 'booking' and chance(0.2):
        spec['quirks'] = {pick(['method_mismatch', 'no_method', 'sloppy_fold'])}
    if cl in ('hand', 'booking'):
        if chance(0.5):
            spec['subject'] = pick([spec['summary'], spec['summary'], 'Invitation: ' + spec['summary'],
                                    'Meeting invitation', 'New event', spec['summary'] + ' [' + F['code'] + ']'])
        if cl == 'hand':
            spec['envelope_host'] = False
    if cat == 'crypto' and cl == 'zoom':
        spec['zoom_webinar'] = True
    # multi-event calendars for sale waves
    if cat == 'retail' and cl in ('hand', 'booking') and chance(0.5):
        spec['events'] = multi_events(spec, 3)
    if cat == 'nagging' and chance(0.25) and cl in ('hand', 'booking', 'nextcloud'):
        spec['vtodo'] = True
        spec['priority'] = 1
    # forwarded spam (FW: chains from compromised boxes)
    if cat in ('bec', 'docshare') and cl in ('google', 'outlook', 'thunderbird', 'applemail') and chance(0.3):
        spec['spam_forward'] = True
    # open lists / groups used as a relay
    if cat in ('mass', 'crypto', 'retail', 'advance', 'dating', 'prize') and cl in ('google', 'thunderbird', 'hand', 'applemail', 'zimbra', 'yahoo') and chance(0.3):
        make_list(spec, open_list=True)
    spec['F'] = F


def nag(spec):
    r = core.rng.random()
    if r < 0.35:
        spec['rrule'] = pick(['FREQ=DAILY', 'FREQ=DAILY;INTERVAL=1', 'FREQ=HOURLY;INTERVAL=%d' % core.rng.randint(1, 6),
                              'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', 'FREQ=MINUTELY;INTERVAL=30'])
    elif r < 0.6:
        spec['rrule'] = pick(['FREQ=DAILY;COUNT=%d' % pick([999, 3650, 9999]), 'FREQ=YEARLY;COUNT=100', 'FREQ=MONTHLY;UNTIL=20991231T235959Z'])
    if chance(0.45):
        y = core.rng.randint(2030, 2099)
        s = spec['start']
        dur = spec['end'] - s
        spec['start'] = s.replace(year=y, day=min(s.day, 28))
        spec['end'] = spec['start'] + dur
    n = core.rng.randint(4, 40) if chance(0.7) else core.rng.randint(1, 3)
    al = []
    for i in range(n):
        trig = pick(['-PT%dM' % (i * pick([1, 5, 10]) + 1), '-PT%dH' % (i + 1), '-P%dD' % (i + 1), 'PT0S', '-PT1M'])
        a = dict(trigger=trig, action=pick(['DISPLAY', 'DISPLAY', 'AUDIO', 'EMAIL']), description=spec['summary'])
        if a['action'] == 'EMAIL':
            a['attendees'] = [spec['recipient']['email']]
            a['summary'] = spec['summary']
        if chance(0.3):
            a['repeat'] = pick([10, 50, 99, 500])
            a['duration'] = pick(['PT1M', 'PT5M', 'PT30S'])
        al.append(a)
    spec['alarms'] = al


def multi_events(spec, n):
    evs = []
    for i in range(n):
        ev = dict(uid=make_uid(spec), summary=spec['summary'] + pick([' – Day %d' % (i + 1), ' (%d/%d)' % (i + 1, n), '']),
                  start=spec['start'] + dt.timedelta(days=i), end=spec['end'] + dt.timedelta(days=i))
        evs.append(ev)
    return evs


def make_uid(spec):
    st = {'google': 'google', 'outlook': 'outlook', 'icloud': 'apple', 'applemail': 'apple', 'thunderbird': 'moz',
          'zimbra': 'zimbra', 'nextcloud': 'nextcloud', 'zoom': 'zoom', 'yahoo': 'yahoo', 'sogo': 'sogo'}.get(spec['client'])
    u = icsgen.make_uid(st, spec) if st else None
    if u:
        return u
    dom = spec['from']['email'].split('@')[1] if spec.get('from') else 'localhost'
    return pick(['%s@%s' % (uuid4(), dom), '%s' % hexs(32), 'event-%s@%s' % (digits(6), dom), '%d%s@%s' % (
        int(spec['date'].timestamp()), digits(3), dom), uuid4(True), '%s-%s' % (digits(10), core.alnum(6))])


LIST_NAMES = {
    'en': [('Lantern-dev', 'Lantern developers'), ('seminars', 'Math seminars'), ('neighbours', 'Elm Street neighbours'),
           ('wg-metadata', 'Metadata WG'), ('rust-meetup', 'Rust Meetup'), ('pta-board', 'PTA board'), ('alumni', 'Alumni network')],
    'default': [('info', 'Info'), ('members', 'Members'), ('seminar', 'Seminar'), ('team', 'Team'), ('verein', 'Verein')],
}


LIST_BY_WORD = [('Lantern', 'lantern-dev', 'Lantern developers'), ('Seminar', 'math-seminar', 'Mathematics seminar'),
                ('Neighbourhood', 'neighbours', 'Elm Street neighbours'), ('Working group', 'wg-metadata', 'Metadata WG'),
                ('Rust', 'rust-meetup', 'Rust Meetup'), ('parents', 'ape-ecole', "Parents d'élèves"),
                ('tuinvereniging', 'leden', 'Tuinvereniging leden'), ('Семинар', 'seminar-kafedra', 'Семинар кафедры'),
                ('勉強会', 'benkyokai', '勉強会'), ('สัมมนา', 'seminar', 'Seminar'), ('Scouts', 'pack214', 'Pack 214 parents'),
                ('rota', 'stmarks-volunteers', "St Mark's volunteers"), ('soccer', 'u10-parents', 'U10 parents'),
                ('Book club', 'bookclub', 'Book club'), ('PTA', 'pta', 'PTA'), ('Choir', 'choir', 'Choir'),
                ('Training', 'jugend', 'Jugendabteilung'), ('coro', 'coro', 'Coro parroquial'),
                ('JO11', 'jo11-ouders', 'JO11 ouders'), ('χορωδίας', 'xorodia', 'Χορωδία'),
                ('שחמט', 'chess-club', 'Chess club'), ('योग', 'yoga-group', 'Yoga group')]


def make_list(spec, open_list=False):
    lang = spec['lang']
    kind = pick(['google', 'mailman', 'mailman'])
    short, name = pick(LIST_NAMES['en'] if lang == 'en' else LIST_NAMES['default'])
    if open_list:
        short, name = pick([('announce', 'Announcements'), ('general', 'General discussion'), ('members', 'Members'),
                            ('discuss', 'Discuss'), ('info', 'Info'), ('alumni', 'Alumni network'), ('users', 'Users')])
    else:
        for w, sh, nm in LIST_BY_WORD:
            if w.lower() in (spec.get('summary') or '').lower() or w.lower() in (spec.get('description') or '').lower():
                short, name = sh, nm
                break
    if kind == 'google':
        addr = '%s@googlegroups.com' % (short.lower() + ('-' + core.alnum(3) if chance(0.3) else ''))
    else:
        addr = '%s@lists.%s' % (short.lower(), core.org_domain(spec['recipient']['domain'] if not open_list or chance(0.5) else common.org_domain(lang)))
    L = dict(kind=kind, addr=addr, name=name, prefix=name if chance(0.6) else short,
             munge=chance(0.4) if kind != 'google' else chance(0.3))
    spec['list'] = L
    spec['to'] = [(name if chance(0.3) else '', addr)]
    # the list itself is the attendee the recipient gets the copy through
    A = [a for a in spec['attendees'] if a['email'] != spec['recipient']['email']]
    A.append(att(name, addr, cutype='GROUP'))
    spec['attendees'] = A
    spec['delivered_to'] = spec['recipient']['email']


# ---------------------------------------------------------------- ham
HAM_BRANDS = {
    'air': [('Skyline Atlantic', 'skylineatlantic.com', '-//Skyline Atlantic//Itinerary Service 4.2//EN'),
            ('AeroNordica', 'aeronordica.eu', '-//AeroNordica//E-Ticket//EN'), ('Iberwing', 'iberwing.es', '-//Iberwing//Reservas 2.0//ES'),
            ('Hellas Sky', 'hellassky.gr', '-//HellasSky//Booking//EN'), ('Falcon Gulf Airways', 'falcongulf.ae', '-//FalconGulf//PNR Export//EN')],
    'rail': [('RailConnect', 'railconnect-tickets.com', '-//RailConnect//Ticketing 3.1//EN'),
             ('FerroVia', 'ferrovia-biglietti.it', '-//FerroVia//Biglietteria//IT'), ('Voyages Rail', 'voyages-rail.fr', '-//VoyagesRail//Billet//FR'),
             ('Intercity Tickets', 'ic-bilety.pl', '-//IC Bilety//PL'), ('HSR Taiwan Booking', 'hsr-booking.com.tw', '-//HSR//Ticket//ZH')],
    'hotel': [('Harborline Hotels', 'harborlinehotels.com', '-//Harborline//Reservations//EN'), ('Staynest', 'staynest.com', '-//Staynest//Booking Engine 7//EN')],
    'car': [('DriveAway Rentals', 'driveaway-rentals.com', '-//DriveAway//Rental//EN')],
    'ferry': [('Channel Crossings', 'channelcrossings.co.uk', '-//ChannelCrossings//Booking//EN')],
    'appointment': [('Pinecrest Family Dental', 'pinecrestdental.com', '-//Dentrix Ascend//Appointments//EN'),
                    ('TableNow', 'tablenow.com', '-//TableNow//Reservations 2.3//EN'), ('ClinicSlot', 'clinicslot.com', '-//ClinicSlot//Scheduler//EN'),
                    ('Praxisplaner', 'praxisplaner-online.de', '-//Praxisplaner//Terminbuchung 5.1//DE'),
                    ('MediRdv', 'medirdv.fr', '-//MediRdv//Agenda//FR'), ('Bookwise', 'bookwise.io', '-//Bookwise//Scheduler 1.9//EN'),
                    ('Yoyaku Cloud', 'yoyaku-cloud.jp', '-//YoyakuCloud//Reservation//JA')],
    'webinar': [('EventHive', 'eventhive.io', '-//EventHive//Webinar//EN'), ('Webinaria', 'webinaria.net', '-//Webinaria//Events 4//EN')],
    'support': [('HelpDeskPro', 'helpdeskpro.net', '-//HelpDeskPro//Callback Scheduler//EN'), ('CaseFlow', 'caseflow.io', '-//CaseFlow//Appointments//EN')],
    'finance': [('BillRun', 'billrun-invoices.com', '-//BillRun//Invoice Reminder//EN')],
}


def ham_identity(spec, kind, lang=None, domain=None):
    """kind: friend | org. Returns person dict with name/email and sets infra hints."""
    lang = lang or spec['lang']
    cl = spec['client']
    p = i18n.person(lang)
    if kind == 'friend':
        if cl in ('zimbra', 'sogo', 'nextcloud', 'thunderbird', 'hand'):
            dom = domain or pick(i18n.LANG[lang]['free'])
            if dom == 'gmail.com':
                dom = pick([x for x in i18n.LANG[lang]['free'] if x != 'gmail.com'] + ['posteo.net'])
        else:
            dom = free_domain(spec)
        email = common.free_email(p, dom)
        if cl == 'outlook':
            spec['ol_variant'] = 'exo'
    else:
        if cl in ('icloud',):
            dom = pick(['icloud.com', 'me.com'])
            email = common.free_email(p, dom)
        elif cl == 'yahoo':
            dom = 'yahoo.com'
            email = common.free_email(p, dom)
        else:
            dom = domain or common.org_domain(lang)
            email = common.email_for(p, dom)
    return dict(name=p['name'], email=email, domain=email.split('@')[1], p=p)


def ham_fill(spec):
    lang = spec['lang']
    r = spec['recipient']
    F = dict(rname=r['p']['first'], rfull=r['name'], raddr=r['email'], code=common.code(pick([6, 6, 8])),
             flight='%s%s %d' % (pick('ABCDEFGHIJKLMNOPRSTUVWXYZ'), pick('ABCDEFGHIJKLMNOPRSTUVWXYZ0123456789'), core.rng.randint(10, 2999)),
             seat='%d%s' % (core.rng.randint(1, 45), pick('ABCDEF')), phone=common.phone(lang, tz=spec['tz']),
             rphone=common.phone(lang, tz=spec['tz']), last4=digits(4), q=core.rng.randint(1, 4),
             yy=str(spec['arrival'].year + 1)[2:], lname=i18n.person(lang)['last'],
             amount=i18n.money(lang, core.rng.uniform(40, 900)))
    if spec['extras'].get('br'):
        F['amount'] = brl(core.rng.uniform(40, 900))
    F['join'] = common.join_link(spec['client'])
    return F


def ham_build(spec):
    cat = spec['key']
    lang = spec['lang']
    cl = spec['client']
    ex = spec['extras']
    F = ham_fill(spec)
    rd = spec['recipient']['domain']
    s, d = spec['s'], spec['d']
    spec['auth'] = 'pass'
    y = spec['arrival'].year
    others = []
    to_mode = None
    same_org = False
    # ---- sender / organizer by category
    if cat in ('travel', 'appointment', 'support') or (cat in ('webinar', 'finance') and cl == 'booking'):
        kind = ex.get('kind') or ('appointment' if cat == 'appointment' else 'support' if cat == 'support' else cat if cat in ('webinar', 'finance') else 'hotel')
        if kind == 'agent' and cl in ('booking', 'hand'):
            kind = 'air'
        if kind == 'agent':
            org = ham_identity(spec, 'org', domain=rd if chance(0.5) else None)
            F['sorg'] = common.org_title(org['domain'])
        else:
            bname, bdom, bprod = pick(HAM_BRANDS.get(kind, HAM_BRANDS['appointment']))
            if cl == 'booking':
                spec['brand'] = dict(name=bname, prodid=bprod, color=pick(['#0b3d91', '#1a73e8', '#00704a', '#c8102e', '#222']),
                                     esp=pick(['ses', 'sendgrid', 'mailgun', 'sparkpost']), unsub=chance(0.3),
                                     footer='%s · %s' % (bname, pick(['Customer service', 'Privacy', 'Terms', 'Help centre'])))
                org = dict(name=bname, email=pick(['no-reply', 'noreply', 'bookings', 'reservations', 'confirmation', 'support', 'appointments']) + '@' + pick([bdom, 'mail.' + bdom, 'notify.' + bdom]))
            elif cl == 'hand':
                small = common.org_domain(lang)
                org = dict(name=common.org_title(small), email=pick(['info', 'termine', 'booking', 'kontakt', 'office', 'reception']) + '@' + small)
                spec['envelope_host'] = chance(0.35)
                if spec['envelope_host']:
                    assemble.DMARC[core.org_domain(small)] = pick([None, ('NONE', 'NONE')])
                spec['prodid'] = pick(['-//%s//Online Booking//EN' % org['name'].split(' ')[0], '-//WP Booking Calendar//EN',
                                       '-//Simply Schedule Appointments//EN', '-//PHP iCal//%s//DE' % org['name'].split(' ')[0],
                                       '-//hacksw/handcal//NONSGML v1.0//EN'])
            elif cl in ('google', 'outlook', 'zimbra', 'nextcloud', 'zoom', 'applemail') and chance(0.7):
                q = i18n.person(lang)
                bd = bdom if chance(0.5) else common.org_domain(lang)
                bn = bname if bd == bdom else common.org_title(bd)
                org = dict(name=pick([bn, '%s | %s' % (q['name'], bn), q['name']]),
                           email=pick([common.email_for(q, bd), pick(['reservations', 'frontdesk', 'info', 'reception', 'support']) + '@' + bd]),
                           domain=bd, p=q)
                F['sorg'] = bn
            else:
                org = ham_identity(spec, 'org' if cl not in ('google', 'icloud') else pick(['org', 'friend']))
            F.setdefault('sorg', org['name'] if cl in ('booking', 'hand') else common.org_title(org['domain'] if 'domain' in org else rd))
    elif cat in ('community', 'personal'):
        org = ham_identity(spec, 'friend')
    elif cat in ('it', 'finance', 'team', 'docshare') and not ex.get('external'):
        same_org = chance(0.7)
        org = ham_identity(spec, 'org', domain=rd if same_org else None)
        if cl in ('google', 'outlook') and same_org:
            pass
    elif cat == 'recruiter':
        org = ham_identity(spec, 'org' if chance(0.7) else 'friend')
    elif cat == 'webinar':
        org = ham_identity(spec, 'org')
    else:
        org = ham_identity(spec, 'org')
    if 'p' in org:
        F['name'] = org['name']
        F['sname'] = org['p']['first']
    else:
        F['name'] = org['name']
        F['sname'] = org['name'].split(' ')[0]
    F.setdefault('sorg', common.org_title(org['email'].split('@')[1]))
    F['org2'] = common.org_title(common.org_domain(lang))
    F['doc'] = common.doc_link(cl, org['email'].split('@')[1] if cl != 'google' else rd)
    F['url'] = common.org_link(org['email'].split('@')[1] if cat != 'it' else rd, cat if cat in common.LINK_PATHS else 'default')
    spec['from'] = dict(name=org['name'], email=org['email'])
    spec['organizer'] = dict(spec['from'])
    if cl in ('selfhost',):
        pass
    if cl in ('zimbra', 'sogo', 'nextcloud', 'thunderbird', 'applemail') and chance(0.25):
        spec['dkim'] = False
    # ---- timing
    if cat == 'travel':
        set_when(spec, days=(7, 60), hours=(6, 21), dur=(60, 480), business=False)
        if ex.get('kind') == 'hotel':
            set_when(spec, days=(7, 60), allday=True, business=False)
    elif cat == 'appointment':
        set_when(spec, days=(2, 30), hours=(8, 17), dur=(15, 60), evening=ex.get('evening', False))
    elif cat in ('community', 'personal'):
        set_when(spec, days=(2, 30), evening=ex.get('evening', False), weekend=ex.get('weekend', False),
                 sunday=ex.get('sunday', False), allday=ex.get('allday', False), hours=(10, 16), dur=(60, 180), business=False)
    elif cat == 'it' and 'maintenance' in (s or '').lower() or cat == 'it' and chance(0.3):
        set_when(spec, days=(2, 14), hours=(18, 22), dur=(120, 240), business=False)
    else:
        set_when(spec, days=(1, 20), hours=(8, 16), dur=(30, 60))
    F['t_start'] = '%02d:%02d' % (spec['start'].hour, spec['start'].minute)
    F['date'] = spec['start'].strftime('%d.%m.%Y') if lang != 'en' else spec['start'].strftime('%B %d, %Y')
    if ex.get('rrule'):
        spec['rrule'] = ex['rrule']
        if chance(0.2) and cat not in ('community',):
            spec['rrule'] += ';UNTIL=%s' % core.ical_utc(ics.to_utc(spec['tz'], spec['start']) + dt.timedelta(days=core.rng.randint(60, 300)))
    # ---- text
    spec['summary'] = fmt(s, F)
    spec['description'] = fmt(d, F) if d else ''
    # ---- category structure
    cat_ham_structure(spec, F, ex, same_org)
    if cat in ('team', 'it', 'webinar', 'docshare', 'recruiter', 'appointment', 'community') and not spec.get('list') \
            and spec['method'] == 'REQUEST' and chance(0.1):
        spec['method'] = 'CANCEL'
        spec['sequence'] = core.rng.randint(1, 2)
    elif spec['method'] == 'REQUEST' and chance(0.1):
        spec['sequence'] = core.rng.randint(1, 3)
    # small-business scripts and booking tools are sloppy too
    if cl == 'hand':
        q = set()
        for k, p_ in (('sloppy_fold', 0.3), ('no_vtz', 0.2), ('ct_no_method', 0.1), ('bare_lf', 0.1), ('no_method', 0.1)):
            if chance(p_):
                q.add(k)
        spec['quirks'] = q
        if chance(0.3):
            spec['utc_times'] = True
    elif cl == 'booking' and chance(0.15):
        spec['quirks'] = {pick(['sloppy_fold', 'no_vtz', 'method_mismatch'])}
    spec['F'] = F


def cat_ham_structure(spec, F, ex, same_org):
    cat = spec['key']
    cl = spec['client']
    lang = spec['lang']
    rd = spec['recipient']['domain']
    others = []
    to_mode = None
    y = spec['arrival'].year
    if cat == 'travel':
        kind = ex.get('kind', 'hotel')
        spec['location'] = {'air': pick(['Terminal 5', 'Terminal 2', 'Terminal 1', '']), 'rail': {'de': 'Gleis 7', 'en': 'Platform 4', 'fr': 'Voie 12', 'it': 'Binario 9', 'pl': 'Peron 3'}.get(lang, ''),
                            'hotel': pick(['1200 Harbor Ave', '45 Quay Street', 'Main Square 3']), 'car': 'Rental car center, counter 4',
                            'ferry': 'Dover Eastern Docks', 'agent': ''}.get(kind, '')
        if cl in ('booking', 'hand'):
            spec['method'] = 'PUBLISH' if chance(0.8) else 'REQUEST'
            if chance(0.5):
                spec['no_org_att'] = True
            spec['transp'] = 'TRANSPARENT' if kind == 'hotel' else 'OPAQUE'
            if kind == 'air' and chance(0.5):
                # round trip: two events
                ret = dict(uid=make_uid(spec), summary=spec['summary'].replace('→', '←'),
                           start=spec['start'] + dt.timedelta(days=core.rng.randint(3, 12), hours=core.rng.randint(-4, 4)),
                           end=spec['end'] + dt.timedelta(days=core.rng.randint(3, 12)))
                ret['end'] = ret['start'] + (spec['end'] - spec['start'])
                spec['events'] = [dict(uid=None), ret]
            if chance(0.5):
                spec['alarms'] = [dict(trigger=pick(['-PT3H', '-P1D', '-PT24H']), description=spec['summary'])]
            spec['body_text'] = spec['description']
        elif kind == 'agent':
            others = []
    elif cat == 'appointment':
        spec['location'] = pick({'en': ['Suite 210, 4 Elm Road', '88 Market Street'], 'de': ['Hauptstraße 12, 1. OG', 'Praxis am Markt'],
                                 'fr': ['12 rue des Lilas'], 'pt': ['Rua das Flores 21'], 'el': ['Λεωφ. Κηφισίας 120']}.get(lang, []) + [F['sorg'], ''])
        if cl in ('booking', 'hand'):
            spec['method'] = 'PUBLISH' if chance(0.6) else 'REQUEST'
            spec['body_text'] = spec['description']
            if chance(0.6):
                spec['alarms'] = [dict(trigger=pick(['-P1D', '-PT2H', '-PT1H']), description=spec['summary'])]
    elif cat == 'webinar':
        if cl == 'zoom' or ex.get('zoomweb') and cl == 'zoom':
            spec['zoom_webinar'] = True
        if ex.get('mass') or chance(0.3):
            others = common.random_victims(core.rng.randint(120, 480), [lang, 'en'])
            to_mode = pick(['all', 'rcpt', 'self'])
        if ex.get('teams') and cl == 'outlook' and y >= 2018:
            spec['teams'] = common.teams_link()
        elif cl == 'outlook' and y >= 2019 and chance(0.5):
            spec['teams'] = common.teams_link()
        if cl == 'google' and y >= 2018:
            spec['meet_code'] = common.meet_code()
        if cl == 'booking':
            spec['method'] = pick(['PUBLISH', 'REQUEST'])
            spec['body_text'] = spec['description'] + '\n\n' + F['join']
        spec['location'] = spec.get('location') or pick(['Online', F['join'], 'Webinar', ''])
    elif cat == 'community':
        grp = common.random_victims(core.rng.randint(8, 40), [lang])
        others = grp
        if cl in ('google',) and chance(0.35):
            spec['_make_list'] = True
        spec['location'] = pick({'en': ['Church hall', 'Community centre', 'Library', 'Parish room'], 'de': ['Sportpark', 'Gemeindesaal'],
                                 'nl': ['Sportpark', 'Kantine'], 'es': ['Salón parroquial']}.get(lang, []) + [''])
    elif cat == 'it':
        if chance(0.6):
            others = [(q['name'], common.email_for(q, rd)) for q in [i18n.person(lang) for _ in range(core.rng.randint(20, 150))]]
            to_mode = pick(['all', 'self', 'rcpt'])
        else:
            others = [('All Staff' if lang == 'en' else 'Alle', 'all-staff@' + rd)]
        spec['transp'] = 'TRANSPARENT' if chance(0.5) else 'OPAQUE'
        if ex.get('teams') and cl == 'outlook' and y >= 2018:
            spec['teams'] = common.teams_link()
        if cl == 'hand':
            spec['prodid'] = pick(['-//ServiceNow//Change Calendar//EN', '-//Atlassian//Statuspage//EN', '-//Freshservice//Maintenance//EN'])
            spec['from'] = dict(name='IT Service Desk', email=pick(['servicedesk', 'it-notifications', 'change-management']) + '@' + rd)
            spec['organizer'] = dict(spec['from'])
        if chance(0.15):
            spec['vtodo'] = True
            spec['priority'] = 5
    elif cat in ('docshare', 'team', 'finance'):
        n = core.rng.randint(1, 8)
        dom = rd
        others = [(q['name'], common.email_for(q, pick([dom, spec['from']['email'].split('@')[1]]))) for q in [i18n.person(lang) for _ in range(n)]]
        if cl == 'outlook' and y >= 2019 and chance(0.7):
            spec['teams'] = common.teams_link()
        elif cl == 'google' and y >= 2018 and chance(0.7):
            spec['meet_code'] = common.meet_code()
        elif cl == 'zoom':
            pass
        else:
            spec['location'] = pick({'en': ['Room 3.14', 'Conf room 2'], 'de': ['Besprechungsraum Berlin'], 'fr': ['Salle B']}.get(lang, []) + [F['join'], ''])
        if cat == 'finance' and chance(0.2):
            spec['vtodo'] = True
        if cat == 'team' and '1:1' in spec['summary']:
            others = []
    elif cat == 'recruiter':
        if cl == 'outlook' and y >= 2019:
            spec['teams'] = common.teams_link()
        elif cl == 'google' and y >= 2018:
            spec['meet_code'] = common.meet_code()
        elif cl == 'zoom':
            pass
        else:
            spec['location'] = pick([F['join'], 'Phone', 'Office, 4th floor reception'])
        others = [(q['name'], common.email_for(q, spec['from']['email'].split('@')[1])) for q in [i18n.person(lang) for _ in range(core.rng.randint(0, 2))]]
    elif cat == 'personal':
        others = common.random_victims(core.rng.randint(2, 12), [lang])
        spec['location'] = pick(['', ''] + ({'en': ['Our place', 'Rose & Crown', 'Campsite 14', 'Court 3']}.get(lang, [])))
    elif cat == 'support':
        spec['location'] = pick(['Phone call', 'Telephone', F['rphone'], 'Remote session', F['join'], ''])
        if cl in ('booking', 'hand'):
            spec['method'] = pick(['REQUEST', 'PUBLISH'])
            spec['body_text'] = spec['description']
    elif cat == 'list':
        others = common.random_victims(core.rng.randint(0, 5), [lang])
        spec['_make_list'] = True
        spec['location'] = pick(['', 'Room 3.14', F['join'], 'Online'])
    finish_attendees(spec, others, to_mode)
    if spec.get('_make_list'):
        make_list(spec)


def ham_reply(spec):
    """REPLY from an attendee to the recipient's meeting, or CANCEL from an organizer."""
    lang = spec['lang']
    cl = spec['client']
    s, comment, ex = spec['s'], spec['d'], spec['extras']
    r = spec['recipient']
    rd = r['domain']
    set_when(spec, days=(1, 14), hours=(9, 16), dur=(30, 60))
    spec['summary'] = s
    if ex.get('cancel'):
        org = ham_identity(spec, 'org', domain=rd if chance(0.5) else None)
        spec['from'] = dict(name=org['name'], email=org['email'])
        spec['organizer'] = dict(spec['from'])
        spec['method'] = 'CANCEL'
        spec['sequence'] = core.rng.randint(1, 3)
        spec['description'] = comment
        finish_attendees(spec, [(q['name'], common.email_for(q, rd)) for q in [i18n.person(lang) for _ in range(core.rng.randint(1, 4))]])
    else:
        at = ham_identity(spec, 'org' if chance(0.6) else 'friend')
        spec['from'] = dict(name=at['name'], email=at['email'])
        spec['organizer'] = dict(name=r['name'], email=r['email'])
        spec['method'] = 'REPLY'
        spec['reply_partstat'] = ex.get('ps', 'ACCEPTED')
        spec['reply_comment'] = comment
        spec['description'] = ''
        spec['attendees'] = [att(at['name'], at['email'], spec['reply_partstat'], rsvp=False)]
        if comment:
            spec['extra_props'] = [('COMMENT', 'COMMENT:' + ics.esc(comment))]
        spec['to'] = [(r['name'], r['email'])]
        spec['sequence'] = pick([0, 0, 1])
        if cl == 'outlook':
            spec['body_text'] = comment or ' '
    spec['F'] = {}


def ham_forwarded(spec):
    """A colleague forwards an invitation from a third party."""
    lang = spec['lang']
    e = spec['entry']
    note, isumm, idesc = e
    r = spec['recipient']
    rd = r['domain']
    cl = spec['client']
    fwd = ham_identity(spec, 'org', domain=rd if cl not in ('yahoo', 'icloud') else None) if cl not in ('yahoo', 'icloud') else ham_identity(spec, 'friend')
    spec['from'] = dict(name=fwd['name'], email=fwd['email'])
    spec['to'] = [(r['name'], r['email'])]
    # inner invitation
    inner_client = pick(['google', 'outlook', 'outlook', 'zimbra', 'thunderbird', 'icloud', 'sogo'])
    inner = dict(spec)
    inner.update(client=inner_client, quirks=set(), events=None, list=None)
    iorg = ham_identity(inner, 'org')
    inner['from'] = dict(name=iorg['name'], email=iorg['email'])
    inner['organizer'] = dict(inner['from'])
    inner['recipient'] = dict(name=fwd['name'], email=fwd['email'], p=fwd.get('p', r['p']), domain=fwd['email'].split('@')[1])
    inner['date'] = spec['date'] - dt.timedelta(days=core.rng.randint(0, 6), hours=core.rng.randint(1, 20))
    inner['stamp'] = inner['date']
    inner['arrival'] = inner['date']
    set_when(inner, days=(3, 20), hours=(9, 15), dur=(30, 90))
    inner['summary'] = isumm
    inner['description'] = idesc
    inner['method'] = 'REQUEST'
    if inner_client == 'google' and spec['arrival'].year >= 2018:
        inner['meet_code'] = common.meet_code()
    if inner_client == 'outlook' and spec['arrival'].year >= 2019 and chance(0.6):
        inner['teams'] = common.teams_link()
    finish_attendees(inner, [(q['name'], common.email_for(q, iorg['domain'])) for q in [i18n.person(lang) for _ in range(core.rng.randint(1, 5))]])
    inner['uid'] = make_uid(inner)
    spec['start'], spec['end'] = inner['start'], inner['end']
    spec['summary'] = isumm
    spec['forward'] = dict(note=note, inner=inner, mode=pick(['inline', 'attach']) if cl in ('thunderbird', 'applemail', 'outlook') else 'inline')
    spec['F'] = {}


def spam_forward_inner(spec):
    """Wrap a spam invitation into a FW: from the (compromised / lookalike) sender."""
    inner = dict(spec)
    inner['client'] = pick(['outlook', 'google', 'zimbra'])
    p = i18n.person(spec['lang'])
    dom = common.org_domain(spec['lang'])
    inner['from'] = dict(name=p['name'], email=common.email_for(p, dom))
    inner['organizer'] = dict(inner['from'])
    inner['recipient'] = dict(name=spec['from']['name'], email=spec['from']['email'], p=p, domain=spec['from']['email'].split('@')[1])
    inner['to'] = [(spec['from']['name'], spec['from']['email'])]
    inner['date'] = spec['date'] - dt.timedelta(hours=core.rng.randint(1, 30))
    inner['stamp'] = inner['date']
    inner['quirks'] = set()
    inner['list'] = None
    finish_attendees(inner, [])
    inner['uid'] = make_uid(inner)
    notes = {'en': ['Please see below and action today.', 'FYI – please process.', 'See the invite below, thanks.'],
             'de': ['Bitte siehe unten, danke.'], 'fr': ['Voir ci-dessous, merci.'], 'es': ['Ver abajo, gracias.']}
    spec['forward'] = dict(note=pick(notes.get(spec['lang'], notes['en'])), inner=inner, mode='inline')


# ---------------------------------------------------------------- top level
def build(it):
    s, d, ex = norm(it['entry'])
    lang = it['lang']
    if ex.get('tw'):
        lang = 'zh-TW'
    spec = dict(label=it['label'], category=it['cat'], key=it['key'], lang=lang, base_lang=it['lang'],
                client=it['client'], arrival=it['arrival'], quirks=set(), extras=ex, s=s, d=d, entry=it['entry'],
                method='REQUEST', sequence=0)
    rp = i18n.person(lang)
    rdom = pick(i18n.LANG[lang]['rdomains'])
    tz = ex.get('tz') or pick(i18n.LANG[lang]['tz'])
    if ex.get('br'):
        rdom = pick(['agencia-farol.com.br', 'clinica-aurora.com.br'])
        tz = 'America/Sao_Paulo'
    if lang == 'pt' and not ex.get('br') and tz == 'America/Sao_Paulo':
        tz = 'Europe/Lisbon'
    spec['recipient'] = dict(name=rp['name'], email=common.email_for(rp, rdom, pick(['f.l', 'f', 'fl', 'f.l'])), p=rp, domain=rdom)
    spec['tz'] = tz
    cs = i18n.charset_for(lang)
    legacy = [c for c, _ in i18n.LANG[lang]['charsets'] if c not in ('utf-8', 'us-ascii')]
    if legacy and it['client'] in ('outlook', 'zimbra', 'sogo', 'booking', 'hand') and chance(0.6):
        cs = pick(legacy)
    spec['charset'] = cs
    spec['hdr_charset'] = cs if cs != 'us-ascii' else 'utf-8'
    spec['date'] = it['arrival'] - dt.timedelta(seconds=core.rng.randint(2, 900))
    spec['stamp'] = spec['date']
    spec['sender_off'] = ics.offset(tz, ics.from_utc(tz, spec['date']))
    if it['label'] == 'spam':
        spec['s'], spec['d'] = s, d
        spam_build(spec)
        if spec.get('spam_forward'):
            spam_forward_inner(spec)
    else:
        if it['key'] == 'reply':
            ham_reply(spec)
        elif it['key'] == 'forwarded':
            ham_forwarded(spec)
        else:
            ham_build(spec)
    spec['uid'] = make_uid(spec)
    if spec.get('events'):
        evs = spec['events']
        if evs and evs[0].get('uid') is None:
            evs[0] = dict(uid=spec['uid'])
        for ev in evs:
            ev.setdefault('uid', make_uid(spec))
    return spec


def render(spec):
    if spec.get('forward'):
        inner = spec['forward']['inner']
        ir = clients.RENDER[inner['client']](inner)
        inner['_subject_plain'] = inner.get('subject') or inner['summary']
        inner['_plain_for_forward'] = inner.get('description') or ''
        hdrs = list(ir['headers'])
        if chance(0.6):
            hdrs = [('Received', 'from %s (%s [%s])\r\n\tby %s with ESMTPS id %s; %s' % (
                'mail.' + inner['from']['email'].split('@')[1], 'mail.' + inner['from']['email'].split('@')[1], core.doc_ip(),
                'mx.' + inner['recipient']['email'].split('@')[1], core.queue_id(), core.rfc2822(inner['date'], 0)))] + hdrs
        ib = core.message_bytes(hdrs, ir['part'])
        rendered = assemble.forward_wrap(spec, ib, ir, inner)
    else:
        rendered = clients.RENDER[spec['client']](spec)
        if spec.get('list'):
            assemble.list_wrap(spec, rendered)
    return assemble.finalize(spec, rendered)


def _last_cal(spec):
    style = {'google': 'google', 'outlook': 'outlook', 'zimbra': 'zimbra', 'thunderbird': 'moz', 'icloud': 'apple',
             'sogo': 'sogo'}.get(spec['client'], 'generic')
    prod = {'google': '-//Google Inc//Google Calendar 70.9054//EN', 'outlook': 'Microsoft Exchange Server 2010',
            'zimbra': 'Zimbra-Calendar-Provider', 'thunderbird': '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN',
            'icloud': '-//CALENDARSERVER.ORG//NONSGML Version 1//EN', 'sogo': '-//Inverse inc./SOGo 5.8.4//EN'}.get(spec['client'])
    return icsgen.build(spec, style, method=spec['method'], prodid=prod)


def describe(spec):
    parts = []
    cl = CLIENT_NAMES[spec['client']]
    if spec.get('forward'):
        cl = 'forwarded via ' + cl
    if spec.get('list'):
        cl += ' via ' + ('Google Group' if spec['list']['kind'] == 'google' else 'mailing list')
    summ = (spec.get('summary') or '').replace('\n', ' ').replace('\t', ' ')
    if len(summ) > 60:
        summ = summ[:57] + '...'
    m = spec['method']
    parts.append('%s; %s %s' % (summ, cl, m))
    if spec['label'] == 'spam':
        a = spec.get('auth', 'pass')
        parts.append({'pass': 'authenticated sender', 'spoof': 'spoofed From', 'vps_own': 'throwaway domain',
                      'vps_signed': 'throwaway signed domain'}[a])
    parts.append(spec['lang'])
    return ' | '.join(parts)
