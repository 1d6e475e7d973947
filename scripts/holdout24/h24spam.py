# -*- coding: utf-8 -*-
"""Spam / fraud categories. All wording, brands-in-text mixes, domains and
numbers are invented for this corpus."""
import datetime as dt

from h24base import base_M
from h24data import ORGS, LANGS

TLDS = ['shop', 'top', 'xyz', 'online', 'site', 'click', 'live', 'info', 'cfd', 'sbs', 'icu', 'buzz', 'store', 'vip',
        'cyou', 'lol', 'today', 'life', 'com', 'net']
WORDS = ['secure', 'portal', 'center', 'help', 'verify', 'claim', 'reward', 'outlet', 'deal', 'sale', 'official',
         'service', 'account', 'update', 'online', 'pay', 'review', 'docs', 'file', 'cloud', 'gift', 'bonus', 'hub',
         'desk', 'track', 'notice', 'member', 'access', 'live', 'now', 'express', 'global', 'prime', 'zone']

COMPROMISED = [
    ('Zentrum für Materialforschung', 'zmf.uni-wendelstein.de'), ('Facultad de Ciencias', 'fc.univ-sanmarcelo.edu.pe'),
    ('Riverside Community College', 'staff.riverside-cc.edu'), ('Politecnico Ardesia', 'studenti.poliardesia.it'),
    ('Kawanishi University', 'cs.kawanishi-u.ac.jp'), ('Harrow Vale Surveyors', 'harrowvale.co.uk'),
    ('Clínica Santa Inés', 'clinicasantaines.com.ar'), ('Bayview Dental Group', 'bayviewdental.net'),
    ('Gemeinde Oberwald', 'oberwald-gemeinde.at'), ('Lakeshore Realty', 'lakeshore-realty.com'),
    ('Instituto Técnico Miramar', 'itmiramar.edu.mx'), ('Orchard Valley Farms', 'orchardvalleyfarms.com'),
    ('Cooperativa Agrícola Vale Verde', 'coopvaleverde.com.br'), ('Szkoła Podstawowa nr 7', 'sp7-lublinek.edu.pl'),
    ('Mairie de Saint-Aubin-les-Pins', 'saintaubinlespins.fr'), ('Apex Marine Services', 'apexmarine.com.sg'),
]


def sdomain(c, words=None):
    r = c.rng
    w = words or WORDS
    a, b = r.sample(w, 2)
    style = r.random()
    if style < .4:
        d = '%s-%s.%s' % (a, b, r.choice(TLDS))
    elif style < .7:
        d = '%s%s%d.%s' % (a, b, r.randint(1, 99), r.choice(TLDS))
    else:
        d = '%s%s.%s' % (a, b, r.choice(TLDS))
    return d


def surl(c, kind=None, words=None, path=None):
    r = c.rng
    kind = kind or r.choice(['own', 'own', 'own', 'sites', 'webapp', 'pages', 'r2', 'blob', 'ipfs', 'short', 'forms', 'notion'])
    t = c.tok(r.randint(6, 12))
    if kind == 'own':
        return 'https://%s/%s' % (sdomain(c, words), path or r.choice(['', '?id=', 'go/', 'c/', 'r/', 'claim/', 'l/']) + c.tok(8))
    if kind == 'sites':
        return 'https://sites.google.com/view/%s-%s/home' % (r.choice(WORDS), c.code(5).lower())
    if kind == 'webapp':
        return 'https://%s-%s.web.app/%s' % (r.choice(WORDS), c.hexs(6), path or '')
    if kind == 'pages':
        return 'https://%s-%s.pages.dev/%s' % (r.choice(WORDS), c.code(5).lower(), path or '')
    if kind == 'r2':
        return 'https://pub-%s.r2.dev/%s.html' % (c.hexs(32), t)
    if kind == 'blob':
        return 'https://%s%s.blob.core.windows.net/$web/%s.html' % (r.choice(WORDS), c.digits(4), t)
    if kind == 'ipfs':
        return 'https://ipfs.io/ipfs/bafybei%s' % c.tok(40).lower()
    if kind == 'short':
        return 'https://%s/%s' % (r.choice(['bit.ly', 'tinyurl.com', 'rb.gy', 'cutt.ly', 'is.gd']), t)
    if kind == 'forms':
        return 'https://forms.gle/%s' % c.tok(17)
    if kind == 'notion':
        return 'https://%s-%s.notion.site/%s-%s' % (r.choice(WORDS), c.code(4).lower(), r.choice(WORDS).capitalize(), c.hexs(32))
    raise ValueError(kind)


def phone_us(c):
    return '+1 (%s) 555-01%02d' % (c.pick(['800', '833', '844', '855', '866', '877', '888']), c.rng.randint(0, 99))


def phone_intl(c, lang):
    r = c.rng
    return {'de': '+49 30 %s %s' % (c.digits(4), c.digits(3)), 'fr': '+33 1 %s %s %s %s' % (c.digits(2), c.digits(2), c.digits(2), c.digits(2)),
            'es': '+34 91 %s %s %s' % (c.digits(3), c.digits(2), c.digits(2)), 'it': '+39 02 %s %s' % (c.digits(4), c.digits(4)),
            'pt': '+55 11 9%s-%s' % (c.digits(4), c.digits(4)), 'nl': '+31 20 %s %s' % (c.digits(3), c.digits(4)),
            'pl': '+48 22 %s %s %s' % (c.digits(3), c.digits(2), c.digits(2)), 'cs': '+420 2%s %s %s' % (c.digits(2), c.digits(3), c.digits(3)),
            'tr': '+90 212 %s %s %s' % (c.digits(3), c.digits(2), c.digits(2)), 'ru': '+7 495 %s-%s-%s' % (c.digits(3), c.digits(2), c.digits(2)),
            'el': '+30 21 %s %s' % (c.digits(4), c.digits(4)), 'ar': '+971 4 %s %s' % (c.digits(3), c.digits(4)),
            'he': '+972 3-%s-%s' % (c.digits(3), c.digits(4)), 'zh': '+86 10 %s %s' % (c.digits(4), c.digits(4)),
            'zh-tw': '+886 2 %s %s' % (c.digits(4), c.digits(4)), 'ja': '03-%s-%s' % (c.digits(4), c.digits(4)),
            'ko': '02-%s-%s' % (c.digits(4), c.digits(4)), 'hi': '+91 98%s %s' % (c.digits(3), c.digits(5)),
            'th': '+66 2 %s %s' % (c.digits(3), c.digits(4)), 'en': '+44 20 7946 0%s' % c.digits(3)}[lang]


def wa(c):
    return '+%s %s' % (c.pick(['1 (555) 01', '44 7700 900', '62 812 55', '234 809 55', '852 5500 ', '91 98765 0']), c.digits(3))


def spam_sender(c, kind=None, name=None, lookalike=None, local=None):
    """Return (from, extra M kwargs). kind by client if not given."""
    r = c.rng
    cl = c.client
    if kind is None:
        kind = {'google': r.choice(['free', 'free', 'free', 'compromised']),
                'exchange': r.choice(['free', 'compromised', 'lookalike', 'free', 'compromised']),
                'outlook': r.choice(['vps', 'compromised', 'spoof', 'vps']),
                'icloud': 'free', 'apple': r.choice(['free', 'free', 'compromised']), 'yahoo': 'free',
                'zimbra': 'compromised', 'sogo': 'compromised', 'nextcloud': r.choice(['compromised', 'vps']),
                'thunderbird': r.choice(['free', 'vps', 'compromised']), 'zoom': 'zoom',
                'webapp': r.choice(['vps', 'esp', 'spoof', 'vps'])}[cl]
    kw = {}
    p = c.person('en' if r.random() < .5 else c.lang)
    if kind == 'free':
        if cl == 'thunderbird' or cl in ('zimbra', 'sogo', 'nextcloud', 'webapp', 'outlook', 'zoom'):
            dom = c.free_domain('thunderbird')
            kw['svc'] = 'own'
            kw['topts'] = {'host': 'mout.' + dom}
        else:
            dom = c.free_domain()
        loc = local or c.mk_email(p, dom, free=True).split('@')[0]
        if r.random() < .3:
            loc = '%s%s%d' % (p[1], c.tok(3).lower(), r.randint(10, 9999))
        frm = (name or p[0], '%s@%s' % (loc, dom))
    elif kind == 'compromised':
        if r.random() < .5:
            on, od = r.choice(COMPROMISED)
        else:
            on, od = r.choice(ORGS[r.choice(LANGS)])
        if cl in ('zimbra', 'sogo', 'nextcloud') and r.random() < .6:
            od = r.choice(COMPROMISED)[1]
        frm = (name or p[0], local and '%s@%s' % (local, od) or c.mk_email(p, od, corp=True))
        if cl in ('outlook', 'thunderbird', 'apple', 'webapp'):
            kw['svc'] = 'own'
    elif kind == 'lookalike':
        dom = lookalike or sdomain(c)
        frm = (name or p[0], '%s@%s' % (local or r.choice(['support', 'billing', 'no-reply', 'notification', 'admin', 'info', 'secure']), dom))
        if cl not in ('google', 'exchange'):
            kw['svc'] = r.choice(['own', 'esp'])
    elif kind == 'vps':
        dom = lookalike or sdomain(c)
        frm = (name or p[0], '%s@%s' % (local or r.choice(['info', 'news', 'mail', 'promo', 'events', 'team', 'hello', 'no-reply']), dom))
        kw['svc'] = 'vps'
        kw['topts'] = {'nodmarc': r.random() < .5}
    elif kind == 'esp':
        dom = lookalike or sdomain(c)
        frm = (name or p[0], '%s@%s' % (local or r.choice(['info', 'news', 'events', 'hello']), dom))
        kw['svc'] = 'esp'
    elif kind == 'spoof':
        dom = lookalike or r.choice(['example.com', 'example.org']) if False else (lookalike or c.rcpt_domain)
        frm = (name or p[0], '%s@%s' % (local or r.choice(['admin', 'it-support', 'helpdesk', 'noreply', 'postmaster']), dom))
        kw['svc'] = 'spoof'
        env = '%s@%s' % (c.tok(8).lower(), sdomain(c)) if r.random() < .6 else frm[1]
        kw['topts'] = {'env_from': env, 'spf': r.choice(['fail', 'softfail', 'none']) if env == frm[1] else 'pass'}
        if env != frm[1]:
            kw['topts']['spf'] = r.choice(['pass', 'none', 'neutral'])
        if r.random() < .3:
            kw['topts']['bad_dkim'] = dom
    elif kind == 'zoom':
        frm = (name or p[0], c.mk_email(p, c.free_domain('google'), free=True))
        kw['svc'] = 'zoom'
    if cl == 'nextcloud':
        kw['nc_host'] = 'cloud.' + frm[1].split('@')[1] if kind != 'vps' else 'nc.' + frm[1].split('@')[1]
    return frm, kw


PLACES = {'google': ['desc', 'desc', 'loc', 'attach'], 'exchange': ['desc', 'desc', 'loc'], 'outlook': ['desc', 'loc', 'xalt'],
          'icloud': ['desc', 'loc', 'url'], 'apple': ['desc', 'loc', 'url'], 'thunderbird': ['desc', 'loc', 'url', 'attach'],
          'nextcloud': ['desc', 'loc', 'attach', 'url'], 'zimbra': ['desc', 'loc'], 'sogo': ['desc', 'loc', 'url'],
          'yahoo': ['desc', 'loc'], 'zoom': ['desc'], 'webapp': ['desc', 'loc', 'url', 'attach', 'conf', 'xalt', 'desc']}


def place(c, ev, url, label='Open', where=None, text_ref=None):
    """Put the payload URL in one of the places spammers use."""
    r = c.rng
    where = where or r.choice(PLACES[c.client])
    if where not in PLACES[c.client]:
        where = 'desc'
    if where == 'attach' and c.client == 'google':
        ev['attach'] = [('https://drive.google.com/open?id=1%s' % c.tok(32), r.choice(['application/pdf', 'application/vnd.google-apps.document']),
                         r.choice(['Document.pdf', 'Details', 'Statement.pdf', 'Invoice.pdf']))]
        return 'desc'
    if where == 'loc':
        ev['location'] = url
    elif where == 'url':
        ev['url'] = url
    elif where == 'attach':
        ev['attach'] = [(url, r.choice(['application/pdf', 'text/html', 'application/octet-stream']),
                         r.choice(['Document.pdf', 'Details.html', 'Statement.pdf', 'Info.pdf']))]
    elif where == 'conf':
        ev['conference'] = (url, label)
    elif where == 'xalt':
        ev['xalt'] = '<html><body><p>%s</p><p><a href="%s">%s</a></p></body></html>' % (
            (text_ref or '').replace('\n', '<br>'), url, label)
    return where


def fill(t, V):
    return t.format(**V)


def pick_t(c, EN, OTHER):
    if c.lang == 'en':
        return EN[c.var % len(EN)]
    return OTHER[c.lang]


def make(c, frm, kw, T, V, start, dur=60, url=None, where=None, label='Open', subject=True, **extra):
    summ = fill(T['sum'], V)
    body = fill(T['body'], V)
    loc = fill(T['loc'], V) if T.get('loc') else None
    subj = fill(T['subj'], V) if (T.get('subj') and subject) else None
    M = base_M(c, frm, summ, body, start, dur, loc, subj, **kw, **extra)
    if url:
        w = place(c, M['ev'], url, label, where, body)
        if w in ('loc', 'url', 'attach', 'conf', 'xalt') and url in body and c.rng.random() < .6:
            M['ev']['description'] = body.replace(url, '').strip()
    return M


# =========================================================== 1 retail sale wave
RETAIL_BRANDS = ['Ray-Ban', 'Oakley', 'Michael Kors', 'Pandora', 'UGG', 'Canada Goose', 'Nike', 'Coach', 'Lululemon',
                 'Dyson', 'Le Creuset', 'YETI', 'Longchamp', 'Skechers', 'Crocs', 'Stanley']
RETAIL_EN = [
    dict(sum='{brand} Clearance {pct}% OFF - Today Only', body='{brand} official clearance event.\nAll items {pct}% off, free shipping worldwide.\nShop now: {url}\nLimited stock - while supplies last!'),
    dict(sum='\U0001F525 {brand} Black Friday Sale \u2013 up to {pct}% off', body='Black Friday prices are live.\n{brand} up to {pct}% off + extra 10% with code BF{code}.\n{url}'),
    dict(sum='Your {brand} order is waiting (only ${price})', body='Hi,\nWe saved a {brand} {item} for you at ${price} (reg. ${rprice}).\nComplete your order within 24h: {url}\nUnsubscribe: reply STOP'),
    dict(sum='{brand} Outlet Store - Summer Sale', body='{brand} {item} from ${price}.\nOutlet store closing sale, {pct}% off everything.\nVisit {url}', loc='{url}'),
    dict(sum='Congrats! {brand} loyalty voucher unlocked', body='Thanks for being a customer. Your {brand} voucher worth ${rprice} expires tonight.\nRedeem: {url}'),
]
RETAIL_OTHER = {
    'zh': dict(sum='{brand}太阳镜 特价{pct}折 全场包邮', body='{brand}官方清仓，全场低至{pct}折，包邮到家。\n抢购链接：{url}\n数量有限，售完即止！'),
    'zh-tw': dict(sum='{brand} 週年慶 全館{pct}折起', body='{brand} 週年慶限時優惠，全館{pct}折起，滿千免運。\n立即搶購：{url}'),
    'ja': dict(sum='【{brand}】公式アウトレット 最大{pct}%OFF', body='{brand}の人気アイテムが最大{pct}%OFF！\n本日限りのタイムセールです。\n▼ご購入はこちら\n{url}'),
    'ko': dict(sum='[{brand}] 시즌오프 최대 {pct}% 할인', body='{brand} 시즌오프 세일! 최대 {pct}% 할인 + 무료배송.\n지금 바로 확인하세요: {url}'),
    'de': dict(sum='{brand} Sommer-Sale: bis zu {pct}% Rabatt', body='Nur heute: {brand} bis zu {pct}% reduziert, kostenloser Versand.\nJetzt shoppen: {url}'),
    'fr': dict(sum='Soldes {brand} : jusqu\u2019à -{pct}%', body='Les soldes {brand} sont ouverts : jusqu\u2019à -{pct}% sur toute la collection.\nLivraison offerte : {url}'),
    'th': dict(sum='{brand} ลดราคาสูงสุด {pct}% วันนี้เท่านั้น', body='โปรโมชั่นพิเศษ {brand} ลดสูงสุด {pct}% ส่งฟรีทั่วประเทศ\nสั่งซื้อเลย: {url}'),
}


def s_retail(c):
    r = c.rng
    brand = r.choice(RETAIL_BRANDS)
    V = dict(brand=brand, pct=r.choice([50, 60, 70, 75, 80, 85, 90]), price=r.choice(['19.99', '24.95', '29.90', '39.00', '16.80']),
             rprice=r.choice(['159', '189', '229', '260']), item=r.choice(['sunglasses', 'handbag', 'jacket', 'tumbler', 'watch', 'hair dryer']),
             code=c.code(4), url=surl(c, words=['outlet', 'sale', 'store', 'shop', 'deal', 'official', brand.lower().replace(' ', '').replace('-', '')]))
    if c.lang in ('zh', 'zh-tw') and V['pct'] > 30:
        V['pct'] = r.choice([1, 2, 3])  # "1折" = 90% off
    T = pick_t(c, RETAIL_EN, RETAIL_OTHER)
    frm, kw = spam_sender(c, name=r.choice([brand + ' Store', brand, '', c.person()[0]]))
    if not frm[0]:
        frm = (c.person()[0], frm[1])
    start = c.start(0, 6, hours=(0, 8, 9, 10, 20), weekday=False)
    M = make(c, frm, kw, T, V, start, r.choice([30, 60, 120]), url=V['url'] if r.random() < .7 else None)
    M['subject'] = None if c.client not in ('webapp',) else fill(T['sum'], V)
    if r.random() < .45:
        # iCloud-style waves: many unrelated recipients in one invitation
        M['attendees'] = [(None, '%s%d@%s' % (c.tok(5).lower(), r.randint(1, 999), r.choice(['example.com', 'example.org', 'example.net', 'gmail.com', 'icloud.com', 'qq.com', 'yahoo.com'])))
                          for _ in range(r.randint(8, 60))]
        M['attendees'] = [(e, e) for _, e in M['attendees']]
    M['desc_line'] = 'Retail sale wave (%s) pushed as calendar invitation' % brand
    return M


# =========================================================== 2 prize / survey / gift card
SURVEY_BRANDS = ['Costco', 'Walmart', 'Lidl', 'Aldi', 'Kaufland', 'Carrefour', 'Amazon', 'Home Depot', 'T-Mobile',
                 'Verizon', 'Coca-Cola', 'Starbucks', 'Tesco', 'Mercadona', 'Albert Heijn', 'IKEA', 'Sephora']
PRIZE_EN = [
    dict(sum='{brand} Customer Survey - {prize}', body='Dear customer,\nYou have been selected to take part in our 30-second survey.\nAs a thank you you can claim a {prize}.\nStart here: {url}\nOffer valid until {deadline}.'),
    dict(sum='Reminder: your {prize} is waiting', body='Your reward has not been claimed yet.\nConfirm your details and pay only the shipping fee ({fee}).\n{url}'),
    dict(sum='\U0001F381 Congratulations {first}!', body='Congratulations! Your email was randomly chosen in our monthly draw.\nPrize: {prize}\nClaim: {url}\nRef #{code}'),
    dict(sum='{brand} loyalty points expire today', body='You have {points} points that expire today.\nExchange them for a {prize} before midnight: {url}'),
    dict(sum='Claim your {brand} gift card', body='Thank you for shopping with {brand}. Complete a short feedback form to receive a {prize}.\n{url}'),
    dict(sum='Final notice: unclaimed reward', body='This is the final notice regarding your unclaimed {prize}.\nReference: {code}\n{url}'),
]
PRIZE_OTHER = {
    'de': dict(sum='{brand} Kundenumfrage – Ihr Geschenk wartet', body='Sie wurden ausgewählt! Nehmen Sie an unserer kurzen Umfrage teil und erhalten Sie einen {prize_de}.\nJetzt teilnehmen: {url}\nNur noch heute gültig.'),
    'fr': dict(sum='Félicitations ! Vous avez gagné un {prize_fr}', body='Bonjour,\nVotre adresse a été tirée au sort. Pour recevoir votre {prize_fr}, il suffit de régler les frais de port ({fee}).\n{url}'),
    'it': dict(sum='Sondaggio {brand}: ricevi un premio', body='Gentile cliente, rispondi a 5 domande e ricevi un {prize_it}.\nPartecipa qui: {url}'),
    'es': dict(sum='Último aviso: su premio {brand} caduca hoy', body='Estimado cliente:\nTiene un premio pendiente ({prize_es}). Confirme sus datos antes de las 23:59.\n{url}'),
    'pt': dict(sum='Parabéns! Você ganhou um {prize_pt}', body='Olá! Seu e-mail foi sorteado na promoção {brand}.\nResgate seu prêmio aqui: {url}\nCódigo: {code}'),
    'nl': dict(sum='{brand} enquête: claim uw cadeaubon', body='Beste klant,\nVul onze korte enquête in en ontvang een {prize_nl}.\n{url}'),
}


def s_prize(c):
    r = c.rng
    brand = r.choice(SURVEY_BRANDS)
    prizes = ['$500 gift card', 'Dyson V15 vacuum', 'iPhone 16 Pro', 'KitchenAid mixer', '$750 Visa gift card', 'Ninja air fryer', 'emergency car kit']
    V = dict(brand=brand, prize=r.choice(prizes), deadline=(c.arrival + dt.timedelta(days=2)).strftime('%d/%m/%Y'),
             fee=r.choice(['$1.95', '€1,95', '£2.00', '$2.99']), first=c.rcpt_person[1].capitalize(), code=c.code(8),
             points=r.randint(1800, 9800), url=surl(c),
             prize_de='Gutschein im Wert von 500 €', prize_fr='aspirateur sans fil', prize_it='buono da 500 €',
             prize_es='tarjeta regalo de 300 €', prize_pt='iPhone 16', prize_nl='cadeaubon van € 250')
    T = pick_t(c, PRIZE_EN, PRIZE_OTHER)
    frm, kw = spam_sender(c, name=r.choice([brand + ' Rewards', brand + ' Customer Care', 'Rewards Team', '']))
    if not frm[0]:
        frm = (c.person()[0], frm[1])
    M = make(c, frm, kw, T, V, c.start(0, 4, weekday=False), r.choice([15, 30, 60]), url=V['url'])
    if r.random() < .4:
        M['ev']['alarms'] = ['-PT%dM' % m for m in (0, 5, 15, 60)]
    M['desc_line'] = '%s-branded survey/prize lure' % brand
    return M


# =========================================================== 3 crypto / investment
CRYPTO_PLAT = ['Bitvexa Pro', 'NovaTrade AI', 'CoinHarbor', 'AureumX', 'Quantix Capital', 'BlockYield', 'Meridian FX Club', 'Solvane']
CRYPTO_EN = [
    dict(sum='Your BTC withdrawal of {btc} BTC is pending', body='Your account at {plat} holds {btc} BTC (~${usd}).\nWithdrawal is pending verification. Log in within 48 hours or the balance will be reset.\n{url}'),
    dict(sum='Private session: {plat} AI trading results', body='Hello {first},\nOur members averaged +{pct}% last month with the {plat} trading bot.\nReserve your free onboarding call with an account manager: {url}\nMinimum deposit only $250.'),
    dict(sum='Webinar: How I turned $250 into ${usd}', body='Live masterclass with our senior analyst.\nSeats are limited, register now: {url}'),
    dict(sum='USDT staking reward {usdt} USDT', body='Congratulations, your wallet qualified for the {plat} staking airdrop.\nConnect your wallet to receive {usdt} USDT: {url}'),
    dict(sum='Catch-up coffee?', body='Hi, sorry for the random invite, I think I added the wrong contact... anyway nice to meet you! I am {pname}, I work in crypto arbitrage in Singapore. If you want I can share how I do it, add me on WhatsApp {wa}'),
    dict(sum='{plat}: account verification meeting', body='Dear investor,\nYour profit of ${usd} is ready. A compliance officer will call you to complete KYC and release the funds.\nJoin: {url}'),
]
CRYPTO_OTHER = {
    'ru': dict(sum='Ваш доход {usd} $ ожидает вывода', body='Здравствуйте!\nНа вашем счёте в {plat} накоплено {btc} BTC. Для вывода средств подтвердите личность в течение 24 часов.\n{url}'),
    'zh': dict(sum='{plat} 量化交易内部名额', body='您好，我们的AI量化策略上月收益 {pct}%。\n本周开放最后20个内部名额，添加导师微信了解详情：{wx}\n{url}'),
    'ko': dict(sum='[{plat}] 코인 수익 인증 리딩방 초대', body='안녕하세요. 지난달 평균 수익률 {pct}%!\n무료 리딩방 입장: {url}\n카카오톡 문의: {wx}'),
    'tr': dict(sum='{plat}: {usd} $ kazancınız hazır', body='Sayın yatırımcı,\nHesabınızda {btc} BTC bekliyor. Çekim için hesabınızı doğrulayın:\n{url}'),
    'ar': dict(sum='فرصة استثمار حصرية مع {plat}', body='مرحبًا،\nحقق أعضاؤنا أرباحًا بنسبة {pct}% الشهر الماضي بفضل روبوت التداول الذكي.\nاحجز مكالمتك المجانية مع مستشار الاستثمار: {url}'),
    'hi': dict(sum='{plat} – रोज़ाना {pct}% रिटर्न', body='नमस्ते,\nसिर्फ ₹5000 से शुरू करें और AI ट्रेडिंग से रोज़ कमाएँ।\nअभी जुड़ें: {url}\nव्हाट्सऐप: {wa}'),
}


def s_crypto(c):
    r = c.rng
    plat = r.choice(CRYPTO_PLAT)
    V = dict(plat=plat, btc='%.4f' % r.uniform(0.3, 3.9), usd='{:,}'.format(r.randint(8, 140) * 1000), pct=r.randint(18, 340),
             usdt='{:,}'.format(r.randint(500, 9000)), first=c.rcpt_person[1].capitalize(), pname=c.latin_name(c.person('zh')),
             wa=wa(c), wx='wx_' + c.tok(7).lower(), url=surl(c, words=['trade', 'invest', 'coin', 'yield', 'capital', 'ai', 'wallet', 'profit', 'secure']))
    T = pick_t(c, CRYPTO_EN, CRYPTO_OTHER)
    frm, kw = spam_sender(c, name=r.choice([plat, plat + ' Support', c.person()[0], 'Account Manager']))
    if c.client == 'zoom':
        kw['zoom_host'] = plat
    M = make(c, frm, kw, T, V, c.start(1, 10, hours=(10, 14, 16, 18, 19)), r.choice([30, 45, 60]),
             url=V['url'] if '{url}' in T['body'] or r.random() < .5 else None)
    M['desc_line'] = 'Crypto/investment fraud (%s)' % plat
    return M


# =========================================================== 4 dating / sextortion
DATING_EN = [
    dict(sum='Hey, it\'s {girl} \U0001F618', body='Hi sweetie, I saw your profile and wanted to say hi.\nI am online now, my private photos are here: {url}'),
    dict(sum='{n} women near you want to meet', body='{n} verified singles in your area sent you a message.\nSee who: {url}\nDiscreet. No credit card.'),
    dict(sum='Your account was accessed', body='I know {pwd} is one of your passwords. I recorded you through your webcam while you were visiting adult websites.\nSend ${usd} in Bitcoin to {btcaddr} within 48 hours or the video goes to all your contacts.\nThe countdown started when you opened this calendar event.'),
    dict(sum='Date tonight?', body='hey handsome, are you free tonight? i am in town only this week. text me on telegram @{tg}'),
    dict(sum='Final warning {first}', body='This is the last reminder. Payment of {btc} BTC to {btcaddr} has not been received. After the deadline the recording will be published.'),
]
DATING_OTHER = {
    'de': dict(sum='Hallo, ich bin {girl} \u2764', body='Hallo Süßer, ich habe dein Profil gesehen. Ich bin einsam und suche jemanden für diskrete Treffen.\nMeine Bilder: {url}'),
    'ja': dict(sum='近くの女性からメッセージが届いています', body='はじめまして、{girl}です。近くに住んでいるのでよかったら会いませんか？\nプロフィールはこちら：{url}'),
    'ru': dict(sum='Ваш аккаунт взломан', body='Я получил доступ к вашему устройству и записал видео с вашей камеры.\nПереведите {usd} $ в биткоинах на адрес {btcaddr} в течение 48 часов, иначе видео получат все ваши контакты.'),
    'pl': dict(sum='Cześć, tu {girl} \U0001F495', body='Hej, widziałam Twój profil. Jestem w Twojej okolicy, może się spotkamy?\nMoje zdjęcia: {url}'),
    'he': dict(sum='אזהרה אחרונה', body='יש לי גישה למחשב שלך והקלטתי אותך דרך המצלמה.\nהעבר {usd} דולר בביטקוין לכתובת {btcaddr} תוך 48 שעות, אחרת הסרטון יישלח לכל אנשי הקשר שלך.'),
    'nl': dict(sum='{n} vrouwen in jouw buurt willen je ontmoeten', body='Je hebt {n} nieuwe berichten van vrouwen uit je regio.\nBekijk ze gratis: {url}'),
}


def s_dating(c):
    r = c.rng
    V = dict(girl=r.choice(['Anna', 'Kristina', 'Lena', 'Mia', 'Sofia', 'Yuki', 'Emily', 'Jessica', 'Olga']), n=r.randint(3, 19),
             pwd=r.choice(['sunshine82', 'Summer2019!', 'qwerty123', 'liverpool1', 'Passw0rd']), usd=r.choice([950, 1200, 1450, 1650, 2000]),
             btc='%.4f' % r.uniform(0.01, 0.08), btcaddr='bc1q' + c.tok(38).lower(), tg=c.tok(9).lower(),
             first=c.rcpt_person[1].capitalize(), url=surl(c, words=['date', 'meet', 'love', 'chat', 'singles', 'hot', 'match', 'secret']))
    T = pick_t(c, DATING_EN, DATING_OTHER)
    frm, kw = spam_sender(c, name=V['girl'] if 'btc' not in T['body'] else c.rcpt[0] or None)
    if not frm[0]:
        frm = ('', frm[1])
    sext = 'btcaddr' in T['body']
    if sext and r.random() < .5:
        # sextortion "from yourself"
        frm = (c.rcpt[0], c.rcpt[1])
        kw = {'svc': 'spoof', 'topts': {'env_from': '%s@%s' % (c.tok(7).lower(), sdomain(c)), 'spf': r.choice(['pass', 'none'])}}
    M = make(c, frm, kw, T, V, c.start(0, 3, hours=(20, 21, 22, 23), weekday=False), 60,
             url=V['url'] if '{url}' in T['body'] else None)
    if sext:
        M['ev']['alarms'] = ['-PT%dM' % m for m in (0, 10, 30, 60, 120)]
        M['ev']['rrule'] = 'FREQ=HOURLY;INTERVAL=12;COUNT=4' if r.random() < .5 else None
    M['desc_line'] = 'Sextortion demand in invitation' if sext else 'Adult dating lure'
    return M


# =========================================================== 5 fee scams (delivery, toll, tax, fines)
FEE_EN = [
    dict(sum='{carrier}: parcel on hold - customs fee {fee}', body='Your parcel {trk} is held at our depot because of an unpaid customs fee ({fee}).\nPay within 48h to schedule redelivery: {url}', org='{carrier} Delivery'),
    dict(sum='Unpaid toll notice - {toll}', body='Our records show an unpaid toll of {fee} for your vehicle. To avoid a late fee of $50 pay now at {url}', org='{toll} Customer Service'),
    dict(sum='{tax}: you are eligible for a tax refund of {refund}', body='After the annual calculation of your fiscal activity we have determined that you are eligible to receive a refund of {refund}.\nSubmit the refund request: {url}', org='{tax} Online'),
    dict(sum='Penalty Charge Notice {pcn}', body='A parking penalty has been issued. Amount due: {fee}. The charge increases by 50% if unpaid within 14 days.\nView evidence and pay: {url}', org='Parking Enforcement'),
    dict(sum='Redelivery appointment {date}', body='We missed you today. Choose a new delivery slot and confirm the {fee} redelivery charge.\n{url}', org='{carrier}'),
    dict(sum='DMV notice: outstanding traffic violation', body='Final notice: outstanding traffic ticket {pcn}. Pay {fee} before {date} to avoid license suspension.\n{url}', org='DMV Notifications'),
]
FEE_OTHER = {
    'de': dict(sum='DHL: Ihr Paket wartet – Zollgebühr {fee_eur}', body='Ihre Sendung {trk} konnte nicht zugestellt werden. Bitte begleichen Sie die ausstehende Gebühr von {fee_eur}.\n{url}', org='DHL Paket'),
    'fr': dict(sum='Amende forfaitaire : avis de contravention', body='Vous avez une amende impayée de 35,00 €. Sans règlement sous 72 h, elle sera majorée à 135 €.\nPayer en ligne : {url}', org='ANTAI Service'),
    'es': dict(sum='Correos: envío retenido en aduanas', body='Su paquete {trk} está retenido. Abone las tasas de aduana ({fee_eur}) para programar la entrega.\n{url}', org='Correos'),
    'pl': dict(sum='InPost: paczka oczekuje na dopłatę', body='Twoja przesyłka {trk} została wstrzymana z powodu brakującej opłaty ({fee_pln}). Opłać ją w ciągu 48 godzin, aby otrzymać nowy termin doręczenia.\n{url}', org='InPost'),
    'el': dict(sum='ΕΛΤΑ: Εκκρεμεί πληρωμή τελωνείου', body='Το δέμα σας {trk} βρίσκεται σε αναμονή. Πληρώστε τα τέλη ({fee_eur}) για να γίνει η παράδοση.\n{url}', org='ΕΛΤΑ Courier'),
    'cs': dict(sum='Nezaplacené mýtné – výzva k úhradě', body='Evidujeme nezaplacené mýtné ve výši 189 Kč. Uhraďte jej do 48 hodin, jinak vám bude účtována pokuta.\n{url}', org='eDálnice'),
    'th': dict(sum='แจ้งค่าปรับจราจรค้างชำระ', body='ท่านมีค่าปรับจราจรค้างชำระ 500 บาท กรุณาชำระภายใน 3 วันเพื่อหลีกเลี่ยงการระงับใบขับขี่\n{url}', org='กรมการขนส่งทางบก'),
}


def s_fee(c):
    r = c.rng
    V = dict(carrier=r.choice(['USPS', 'UPS', 'FedEx', 'Royal Mail', 'Evri', 'Canada Post', 'Australia Post', 'DPD']),
             toll=r.choice(['E-ZPass', 'SunPass', 'FasTrak', 'TxTag', 'Peach Pass']), tax=r.choice(['HMRC', 'IRS', 'CRA', 'ATO']),
             fee=r.choice(['$1.99', '$3.15', '£1.45', '$6.99', 'CA$2.89', '$4.25']), fee_eur=r.choice(['1,99 €', '2,95 €', '3,49 €']), fee_pln=r.choice(['2,99 zł', '4,50 zł']),
             refund=r.choice(['£389.40', '$1,215.00', 'CA$612.88', 'A$874.10']), trk=c.code(2) + c.digits(9) + r.choice(['GB', 'US', 'DE']),
             pcn='PCN-' + c.digits(8), date=(c.arrival + dt.timedelta(days=3)).strftime('%b %d'),
             url=surl(c, words=['parcel', 'redelivery', 'toll', 'pay', 'tax', 'refund', 'fine', 'notice', 'portal', 'gov', 'post']))
    T = pick_t(c, FEE_EN, FEE_OTHER)
    frm, kw = spam_sender(c, name=fill(T['org'], V))
    M = make(c, frm, kw, T, V, c.start(0, 2, hours=(8, 9, 12, 17)), 30, url=V['url'])
    M['desc_line'] = 'Small-fee scam (%s)' % fill(T['org'], V)
    return M


# =========================================================== 6 credential phishing
PHISH_EN = [
    dict(sum='Action required: password expires today', body='Your Microsoft 365 password for {email} expires today.\nKeep current password: {url}\n\nIT Service Desk', brand='Microsoft 365'),
    dict(sum='DocuSign: Please review and sign "{doc}"', body='{sender} sent you a document to review and sign.\n\nREVIEW DOCUMENT\n{url}\n\nDo not share this email. This message was sent to you by {sender} who is using the DocuSign Electronic Signature Service.', brand='DocuSign'),
    dict(sum='PayPal: unusual activity - account limited', body='We noticed unusual activity in your PayPal account. Access has been limited until you confirm your information.\nSecure your account: {url}', brand='PayPal'),
    dict(sum='Shared via Dropbox: {doc}', body='{sender} shared "{doc}" with you.\nView file: {url}\nThis link will expire in 7 days.', brand='Dropbox'),
    dict(sum='Adobe Acrobat Sign: {doc} awaiting signature', body='You have been sent {doc} for signature.\nClick to review: {url}', brand='Adobe Acrobat Sign'),
    dict(sum='{bank} Online Banking: security review', body='Dear customer,\nAs part of our annual security review we need you to confirm your online banking details. Failure to complete the review will result in temporary suspension.\nStart review: {url}', brand='{bank}'),
    dict(sum='Voicemail received ({secs} sec) - {date}', body='You have a new voice message from +1 {areacode}-555-01{nn}.\nDuration: 00:{secs}\nListen: {url}', brand='Microsoft Teams Voicemail'),
    dict(sum='Mailbox quota 99% - messages on hold', body='Your mailbox {email} is almost full. {n} incoming messages are on hold.\nIncrease storage: {url}', brand='Mail Administrator'),
]
PHISH_OTHER = {
    'de': dict(sum='Sparkasse: Ihr pushTAN-Verfahren läuft ab', body='Sehr geehrte Kundin, sehr geehrter Kunde,\nIhr pushTAN-Verfahren muss bis zum {date} aktualisiert werden. Andernfalls wird Ihr Online-Banking gesperrt.\nJetzt aktualisieren: {url}', brand='Sparkasse'),
    'it': dict(sum='Intesa: accesso sospetto rilevato', body='Gentile cliente, abbiamo rilevato un accesso non autorizzato al suo conto. Verifichi i suoi dati entro 24 ore:\n{url}', brand='Servizio Clienti'),
    'pl': dict(sum='Twoje hasło do poczty wygasa', body='Hasło do konta {email} wygasa dzisiaj. Aby zachować obecne hasło, kliknij poniżej:\n{url}\nAdministrator', brand='Administrator poczty'),
    'pt': dict(sum='Documento compartilhado com você: {doc}', body='{sender} compartilhou um documento com você via OneDrive.\nAbrir documento: {url}', brand='OneDrive'),
    'ja': dict(sum='【重要】アカウントの利用制限のお知らせ', body='お客様のアカウントで不正なログインが確認されたため、一時的に利用を制限しております。\n以下より本人確認を行ってください。\n{url}', brand='カスタマーサポート'),
    'zh-tw': dict(sum='電子發票未領通知', body='您有一張未領取之電子發票（中獎金額 NT$2,000），請於期限內登入確認領獎資料：\n{url}', brand='財政部電子發票'),
    'ru': dict(sum='Госуслуги: подтвердите учётную запись', body='Уважаемый пользователь! Ваша учётная запись будет заблокирована, если вы не подтвердите данные до {date}.\nПодтвердить: {url}', brand='Госуслуги'),
}


def s_phish(c):
    r = c.rng
    V = dict(email=c.rcpt[1], doc=r.choice(['Q3 Payment Schedule.pdf', 'Contract_Amendment_v2.docx', 'Invoice_%s.pdf' % c.digits(5),
                                           'Employee Handbook 2025.pdf', 'Settlement Agreement.pdf', 'Remittance Advice.pdf']),
             sender=c.latin_name(c.person('en')), bank=r.choice(['Chase', 'Wells Fargo', 'HSBC', 'Santander', 'Barclays', 'NatWest', 'Bank of America']),
             secs=r.randint(11, 58), areacode=r.choice(['212', '312', '415', '646', '713']), nn='%02d' % r.randint(0, 99),
             n=r.randint(7, 48), date=(c.arrival + dt.timedelta(days=2)).strftime('%d.%m.%Y'),
             url=surl(c, words=['login', 'secure', 'verify', 'account', 'portal', 'office', 'docs', 'sign', 'auth', 'sso', 'mail']))
    T = pick_t(c, PHISH_EN, PHISH_OTHER)
    brand = fill(T['brand'], V)
    kind = None
    if c.client == 'exchange' and r.random() < .5:
        kind = 'lookalike'
    look = None
    if kind == 'lookalike':
        b = brand.lower().replace(' ', '').replace('365', '').replace('onlinebanking', '')
        look = r.choice(['%s-secure.com', '%s-support.net', 'mail-%s.com', '%s-notify.com', '%s-docs.net']) % b[:12]
    frm, kw = spam_sender(c, kind=kind, name=brand if r.random() < .6 else None, lookalike=look)
    if c.client == 'zoom':
        kw['zoom_host'] = brand
    M = make(c, frm, kw, T, V, c.start(0, 2, hours=(8, 9, 10, 11, 15, 16)), 30, url=V['url'], label='Review document')
    M['desc_line'] = 'Credential phishing under %s' % brand
    return M


# =========================================================== 7 callback scams (phone only)
CALLBACK_EN = [
    dict(sum='Order confirmation #{inv}', body='Thank you for your purchase.\nProduct: {prod} (1 year)\nAmount: {amt}\nPayment: auto-debit\nIf you did not authorize this charge, call our billing desk at {phone} within 24 hours to cancel and get a refund.', brand='Billing Department'),
    dict(sum='Subscription renewed - {prod}', body='Your subscription has been renewed successfully for {amt}. Invoice {inv}.\nFor cancellation or refund: {phone}', brand='{prod}'),
    dict(sum='PayPal invoice {inv} - {amt}', body='You have received an invoice for {amt} for "Bitcoin purchase".\nIf you think this is fraudulent please contact PayPal support at {phone}.', brand='Service Billing'),
    dict(sum='Geek Squad - Auto Renewal', body='Hello,\nYour Geek Squad protection plan has been auto-renewed today.\nTotal charged: {amt}\nHelpline: {phone}', brand='GS Support'),
    dict(sum='\u26A0 Windows Defender alert: {n} threats detected', body='Your computer is infected with {n} threats (Trojan:Win32/Spyware).\nDo not shut down your PC. Call Microsoft Support immediately: {phone}', brand='Windows Security'),
    dict(sum='Amazon Prime membership {amt}', body='Your Prime membership will renew at {amt} on {date}.\nTo cancel call {phone} (toll free).', brand='Prime Billing'),
    dict(sum='Coinbase: withdrawal request {btc} BTC', body='A withdrawal request of {btc} BTC was made from your account.\nIf this was not you, call Coinbase support immediately: {phone}\nCase ID: {inv}', brand='Coinbase Security'),
    dict(sum='Your Norton account - payment processed', body='Dear customer, payment of {amt} has been processed for Norton 360 Deluxe.\nQuestions about this order? Speak with our team {phone} (Mon-Sun)', brand='Norton Billing'),
    dict(sum='Invoice #{inv} - McAfee Total Protection', body='Amount: {amt}\nTerm: 3 years\nPayment method: Visa ending {last4}\nTo dispute this charge call {phone}', brand='Customer Invoice'),
]
CALLBACK_OTHER = {
    'fr': dict(sum='Confirmation de commande n° {inv}', body='Merci pour votre achat.\nProduit : antivirus Premium (3 ans)\nMontant : 389,99 €\nSi vous n\'êtes pas à l\'origine de cette commande, appelez notre service au {phone_l} pour annuler.', brand='Service Facturation'),
    'de': dict(sum='Ihr Abonnement wurde verlängert', body='Ihr Jahresabonnement wurde automatisch verlängert. Betrag: 299,00 €.\nFür Stornierung und Rückerstattung rufen Sie uns an: {phone_l}', brand='Kundenservice'),
    'es': dict(sum='Factura {inv} – renovación automática', body='Su suscripción se ha renovado por 349,99 €.\nSi no reconoce este cargo, llame al {phone_l}.', brand='Atención al cliente'),
}


def s_callback(c):
    r = c.rng
    V = dict(inv='%s%s' % (r.choice(['INV', 'NTN', 'GS', 'MCF', 'PP-', '']), c.digits(r.choice([7, 8, 9]))),
             prod=r.choice(['Norton 360', 'McAfee Total Protection', 'Geek Squad Protection', 'Windows Firewall Pro', 'Total AV', 'PC Optimizer Pro']),
             amt=r.choice(['$299.99', '$349.00', '$399.89', '$489.00', '$599.99', '$284.88']), phone=phone_us(c), phone_l=phone_intl(c, c.lang),
             n=r.randint(3, 11), date=(c.arrival + dt.timedelta(days=1)).strftime('%B %d, %Y'), btc='%.3f' % r.uniform(0.1, 1.5),
             last4=c.digits(4))
    T = pick_t(c, CALLBACK_EN, CALLBACK_OTHER)
    frm, kw = spam_sender(c, name=fill(T['brand'], V))
    M = make(c, frm, kw, T, V, c.start(0, 1, hours=(9, 10, 11, 14)), 30)
    if r.random() < .5:
        M['ev']['location'] = V['phone'] if c.lang == 'en' else V['phone_l']
    M['desc_line'] = 'Callback scam (phone number only)'
    return M


# =========================================================== 8 fake update / "paste this command"
UPD_EN = [
    dict(sum='Meeting requires updated client', body='This meeting uses the latest {app} version. Your client is out of date.\nDownload the update before joining: {url}', brand='{app}'),
    dict(sum='Project sync - please verify you are human', body='Before joining the meeting, verify you are human:\n1. Press Windows + R\n2. Paste the code (Ctrl + V) and press Enter\n3. Return to the browser\nVerification page: {url}', brand='Meeting Room'),
    dict(sum='Interview - {company}', body='Hi {first}, thanks for your interest in the role at {company}. We use our own secure video platform for interviews.\nPlease install the meeting app beforehand: {url}\nMeeting code: {code}', brand='{company} Talent'),
    dict(sum='Zoom: scheduled meeting - audio driver required', body='Your audio device could not be initialised. Run the following in Terminal to fix it before the meeting:\n\ncurl -fsSL {url} | bash\n\nThen rejoin.', brand='Zoom Workplace'),
    dict(sum='Teams: new version required for external meetings', body='External guests must update Microsoft Teams to join.\nUpdate: {url}\nMeeting ID: {mid}', brand='Microsoft Teams'),
    dict(sum='Partnership call', body='Hello, following our exchange on Telegram, here is the link for the call. Our team uses {app2}, please install it from {url} (Windows/macOS).', brand=''),
]
UPD_OTHER = {
    'de': dict(sum='Besprechung: Client-Update erforderlich', body='Für diese Besprechung wird die aktuelle Version von {app} benötigt.\nBitte installieren Sie das Update vor Beginn: {url}', brand='{app}'),
    'el': dict(sum='Συνάντηση: απαιτείται ενημέρωση εφαρμογής', body='Για τη σημερινή σύσκεψη απαιτείται η νεότερη έκδοση του {app}.\nΚατεβάστε την ενημέρωση πριν συνδεθείτε: {url}', brand='{app}'),
    'ru': dict(sum='Созвон по проекту – проверка', body='Перед подключением пройдите проверку:\n1. Нажмите Win + R\n2. Вставьте скопированную команду (Ctrl+V) и нажмите Enter\nСтраница проверки: {url}', brand='Meet'),
    'ko': dict(sum='화상 인터뷰 안내 – 전용 프로그램 설치', body='안녕하세요, 면접은 보안 화상회의 프로그램으로 진행됩니다.\n면접 전에 아래 링크에서 프로그램을 설치해 주세요: {url}\n회의 코드: {code}', brand='채용팀'),
    'pt': dict(sum='Reunião: atualização obrigatória do aplicativo', body='Para participar desta reunião é necessário atualizar o {app}.\nBaixe a nova versão: {url}', brand='{app}'),
}


def s_update(c):
    r = c.rng
    V = dict(app=r.choice(['Zoom', 'Microsoft Teams', 'Webex', 'Google Meet plug-in', 'Skype']),
             app2=r.choice(['VoxMeet', 'Vortax', 'MeetOn', 'Huddle AI', 'GatherLink']),
             company=r.choice(['Arcfield Labs', 'Lumen Ventures', 'Polymesh', 'Norrland Games', 'Tessera DAO']),
             first=c.rcpt_person[1].capitalize(), code=c.digits(3) + '-' + c.digits(3), mid=' '.join(c.digits(3) for _ in range(4)),
             url=surl(c, r.choice(['own', 'own', 'pages', 'r2', 'webapp']), words=['zoom', 'teams', 'meet', 'update', 'client', 'download', 'app', 'verify', 'cdn']))
    T = pick_t(c, UPD_EN, UPD_OTHER)
    b = fill(T['brand'], V) or None
    frm, kw = spam_sender(c, name=b)
    if c.client == 'zoom':
        kw['zoom_host'] = b or 'Meeting Host'
    M = make(c, frm, kw, T, V, c.start(0, 5, hours=(10, 11, 14, 15, 16)), 45,
             url=V['url'], where=r.choice(['desc', 'conf', 'loc', 'desc']), label='Join meeting')
    if 'curl' in T['body'] or 'Win' in T['body']:
        M['ev']['description'] = fill(T['body'], V)
    M['desc_line'] = 'Fake client update / paste-command lure'
    return M


# =========================================================== 9 BEC
BEC_EN = [
    dict(sum='Quick request', body='{first}, are you available? I need you to handle a task for me discreetly. I am in meetings all day, reply by email only.\n\n{ceo}\nSent from my iPhone'),
    dict(sum='Gift cards for staff - confidential', body='Hi {first},\nI want to surprise some of the team with gift cards today. Can you pick up {n} Apple gift cards of $200 each? Scratch the back and send me photos of the codes. I will reimburse you.\n{ceo}'),
    dict(sum='Updated remittance details - {supplier}', body='Dear Accounts Payable,\nPlease note that our banking details have changed due to an ongoing audit. All outstanding invoices should be paid to the new account below from today:\nBank: {bank2}\nIBAN: {iban}\nBIC: {bic}\nKindly confirm once updated.\nRegards,\n{sname}\n{supplier}'),
    dict(sum='Direct deposit change', body='Hello,\nI changed my bank and would like my salary deposited into my new account before the next payroll. What details do you need from me?\nThanks,\n{emp}'),
    dict(sum='Wire transfer - project {proj}', body='{first},\nWe are finalising the acquisition of {proj}. I need a wire of {amt} processed today. Our attorney {lawyer} will contact you with the details. Keep this confidential until the announcement.\n{ceo}'),
    dict(sum='Invoice {inv} overdue', body='Hi,\nOur records show invoice {inv} ({amt}) is overdue. Please note the new account details attached and arrange payment today to avoid service interruption.\n{sname}\n{supplier}'),
    dict(sum='Call with {ceo} re: confidential matter', body='Please keep your calendar free. I will send details by WhatsApp, my number is {wa}.\n{ceo}'),
]
BEC_OTHER = {
    'de': dict(sum='Dringende Überweisung – vertraulich', body='Hallo {first},\nich benötige heute noch eine Überweisung über {amt_eur} für eine vertrauliche Übernahme. Bitte behandeln Sie dies diskret. Details folgen per E-Mail.\n{ceo}'),
    'fr': dict(sum='Changement de coordonnées bancaires', body='Bonjour,\nSuite à un changement de banque, merci de mettre à jour nos coordonnées pour les prochains règlements :\nIBAN : {iban}\nBIC : {bic}\nCordialement,\n{sname}\n{supplier}'),
    'es': dict(sum='Tarea urgente', body='{first}, ¿estás disponible? Necesito que me ayudes con una gestión urgente y confidencial. Responde solo por correo.\n{ceo}'),
    'it': dict(sum='Variazione IBAN – fatture in scadenza', body='Gentile ufficio amministrazione,\nvi comunichiamo il nuovo IBAN per i pagamenti delle fatture in scadenza: {iban}.\nCordiali saluti,\n{sname}'),
    'nl': dict(sum='Wijziging bankrekening salaris', body='Hoi,\nIk heb een nieuwe bankrekening. Kun je mijn salaris vanaf deze maand naar {iban} overmaken?\nGroet,\n{emp}'),
    'ar': dict(sum='طلب تحويل عاجل', body='مرحبًا {first}،\nأحتاج إلى تحويل مبلغ {amt} اليوم لإتمام صفقة سرية. سأرسل لك التفاصيل قريبًا. يرجى عدم مناقشة الأمر مع أحد.\n{ceo}'),
    'he': dict(sum='בקשה דחופה', body='היי {first}, אתה זמין? אני צריך שתטפל במשהו דחוף ובדיסקרטיות. אני בפגישות כל היום, תענה רק במייל.\n{ceo}'),
    'tr': dict(sum='Acil ödeme talimatı', body='Merhaba {first},\nBugün {amt} tutarında gizli bir ödeme yapılması gerekiyor. Detayları e-posta ile ileteceğim.\n{ceo}'),
}


def s_bec(c):
    r = c.rng
    ceo_p = c.person()
    ceo = c.latin_name(ceo_p) if c.lang in ('en',) else ceo_p[0]
    sup = c.org(lang=c.lang if r.random() < .6 else 'en')
    iban_cc = {'de': 'DE', 'fr': 'FR', 'es': 'ES', 'it': 'IT', 'nl': 'NL'}.get(c.lang, r.choice(['GB', 'LT', 'PT', 'BE']))
    V = dict(first=c.rcpt_person[0].split(' ')[0] if c.lang not in ('zh', 'ja', 'ko') else c.rcpt_person[0], ceo=ceo,
             n=r.choice([5, 6, 8, 10]), supplier=sup[0], sname=c.person()[0], bank2=r.choice(['Revolut Business', 'Wise', 'Bunq', 'Banco Santander Totta']),
             iban='%s%s %s %s %s %s' % (iban_cc, c.digits(2), c.digits(4), c.digits(4), c.digits(4), c.digits(4)),
             bic=c.code(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + iban_cc + '2X', emp=c.rcpt[0] and c.person()[0],
             proj=r.choice(['Falcon', 'Harbor', 'Atlas', 'Juniper']), amt=r.choice(['$48,750.00', '$97,300.00', '$23,980.00', '$184,200.00']),
             amt_eur=r.choice(['48.750,00 €', '86.400,00 €']), lawyer=c.latin_name(c.person('en')), inv=c.digits(6), wa=wa(c))
    T = pick_t(c, BEC_EN, BEC_OTHER)
    vendor = 'supplier' in T['body'] or 'IBAN' in T['body'] and 'salaris' not in T['body']
    kind = None
    look = None
    if vendor:
        # registered look-alike of the supplier's domain, or the supplier's real (compromised) mailbox
        if r.random() < .5:
            kind = 'lookalike'
            d = sup[1]
            look = r.choice([d.replace('.', '-invoices.', 1), d.replace('-', ''), d.replace('o', '0', 1), d.split('.')[0] + '-group.com', d.replace('l', 'I', 1).lower().replace('i', 'l')])
            if look == d:
                look = d.split('.')[0] + '-ltd.com'
        else:
            kind = 'compromised'
        name = V['sname']
    else:
        # CEO impersonation: free mail with CEO display name, look-alike of recipient domain, or spoof
        kind = r.choice(['free', 'lookalike', 'spoof', 'free'])
        dd = c.rcpt_domain
        look = r.choice([dd.replace('.', '-corp.', 1), dd.split('.')[0] + '-mail.' + dd.split('.', 1)[1], dd.replace('e', 'a', 1), dd.split('.')[0] + '.co'])
        if kind == 'spoof':
            look = dd
        name = ceo_p[0] if c.lang != 'en' else ceo
    if c.client in ('icloud', 'yahoo') and kind not in ('free',):
        kind = 'free'
    if c.client == 'webapp' and kind in ('free',):
        kind = 'spoof'
        look = c.rcpt_domain
    frm, kw = spam_sender(c, kind=kind, name=name, lookalike=look,
                          local=(ceo_p[1] + '.' + ceo_p[2]) if kind in ('lookalike', 'spoof') and not vendor else ('accounts' if vendor and kind == 'lookalike' else None))
    if kind == 'free' and not vendor:
        kw.setdefault('reply_to', (name, '%s.%s.%s@%s' % (ceo_p[1], ceo_p[2], c.tok(3).lower(), r.choice(['gmail.com', 'outlook.com', 'proton.me']))))
        if r.random() < .7:
            kw.pop('reply_to')
    M = make(c, frm, kw, T, V, c.start(0, 2, hours=(9, 10, 11, 13, 14)), 15 if not vendor else 30)
    if r.random() < .4:
        M['show_rcpt'] = True
        M['ev']['noalarm'] = True
    M['desc_line'] = 'BEC: %s' % ('supplier bank-detail change' if vendor else ('payroll diversion' if 'salary' in T['body'] or 'salaris' in T['body'] else 'CEO impersonation'))
    return M


# =========================================================== 10 advance-fee
AFF_EN = [
    dict(sum='Inheritance fund {ref}', body='Dear Beneficiary,\nI am Barrister {lawyer}, personal attorney to the late {dec}, who died in a car accident with his family. He left a deposit of {usd} with no next of kin. I propose that you stand as beneficiary and we share the funds 50/50. Reply with your full name and direct phone number.'),
    dict(sum='Compensation payment approved', body='This is to inform you that the United Nations Compensation Commission has approved the sum of {usd} in your favour as a victim of internet fraud. Contact the paying officer {officer} at {femail} with reference {ref}.'),
    dict(sum='Charity donation for you', body='Hello, I am {widow}, a widow suffering from cancer. I have decided to donate {usd} to a trustworthy person for charity work. Write to me at {femail}.'),
    dict(sum='Your ATM card delivery', body='Your ATM card loaded with {usd} has been registered for delivery. The only cost is the delivery fee of $180. Contact the courier desk {femail}. Ref {ref}.'),
    dict(sum='Business proposal - confidential', body='Good day,\nI am {officer}, a senior manager at a bank. I found a dormant account of {usd} belonging to a foreign client and I need a reliable partner to receive the funds. Reply for details.'),
    dict(sum='Lottery award notification', body='Your email address won {usd} in the {lotto} international email draw. Batch: {ref}. To claim, contact our fiduciary agent {officer} ({femail}).'),
]
AFF_OTHER = {
    'ar': dict(sum='عرض شراكة سري', body='السلام عليكم،\nأنا {officer}، مدير في أحد البنوك. لدي حساب خامل بقيمة {usd} وأحتاج إلى شريك موثوق لاستلام الأموال. يرجى الرد لمعرفة التفاصيل.'),
    'el': dict(sum='Κληρονομιά – επείγον', body='Αγαπητέ/ή,\nείμαι ο δικηγόρος {lawyer}. Ένας πελάτης μου απεβίωσε αφήνοντας {usd} χωρίς κληρονόμους. Σας προτείνω να εμφανιστείτε ως δικαιούχος. Απαντήστε με το τηλέφωνό σας.'),
    'ru': dict(sum='Компенсация {usd} – уведомление', body='Уважаемый получатель!\nВам одобрена компенсационная выплата в размере {usd}. Для получения свяжитесь с куратором {officer} по адресу {femail}. Номер дела {ref}.'),
    'pt': dict(sum='Doação para obras de caridade', body='Olá, sou {widow}, viúva e doente. Decidi doar {usd} a uma pessoa de confiança para obras de caridade. Escreva-me: {femail}'),
    'zh': dict(sum='遗产受益人确认通知', body='尊敬的先生/女士：\n我是律师{lawyer}。我的一位客户因车祸去世，留下{usd}存款，无任何继承人。我建议由您作为受益人，资金五五分成。请回复您的全名和电话号码。'),
}


def s_advance(c):
    r = c.rng
    V = dict(ref='%s/%s/%d' % (c.code(3), c.digits(4), c.arrival.year), lawyer=c.latin_name(c.person('en')), dec=c.latin_name(c.person('en')),
             usd=r.choice(['US$10,500,000.00', '$4.7 million', 'USD 8,200,000', '$2,500,000.00', '€6.800.000']),
             officer=r.choice(['Dr. Peter Okafor', 'Mrs. Grace Williams', 'Mr. Hassan Idris', 'Dr. Ibrahim Kanu', 'Mr. Richard Ellison']),
             femail='%s%d@%s' % (r.choice(['fiduciary.desk', 'claims.unit', 'mrs.grace', 'payment.office', 'dr.officer']), r.randint(1, 99),
                                 r.choice(['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com', 'consultant.com'])),
             widow=r.choice(['Mrs. Helen Carter', 'Mrs. Maria Lopez', 'Mrs. Amelia Fischer']), lotto=r.choice(['Euro-Asia', 'Microsoft-Yahoo', 'Global Coca-Cola']))
    T = pick_t(c, AFF_EN, AFF_OTHER)
    frm, kw = spam_sender(c, name=r.choice([V['officer'], V['lawyer'], V['widow'], 'Claims Department']))
    if r.random() < .5:
        kw['reply_to'] = ('', V['femail'])
    M = make(c, frm, kw, T, V, c.start(1, 14, hours=(6, 7, 10, 23), weekday=False), 60)
    if r.random() < .4:
        M['show_rcpt'] = False
        M['to'] = [('', 'undisclosed-recipients:;')] if False else [(None, frm[1])]
        M['ev']['no_org_att'] = True
    M['desc_line'] = 'Advance-fee fraud'
    return M


# =========================================================== 11 task / job scams
TASK_EN = [
    dict(sum='Part-time remote position - ${day}/day', body='Hello, we got your resume from an online recruitment site. Our company is hiring part-time remote assistants to help merchants boost app ratings. 60-90 minutes a day, ${day} - ${day2} daily. Interested? Contact our HR on WhatsApp: {wa}'),
    dict(sum='Job offer: product optimization assistant', body='Hi {first},\nThank you for your interest. You have been shortlisted for a flexible data optimization role with {agency}. Training is free and paid daily. Please add our trainer on Telegram {tg} to start.'),
    dict(sum='Earn by liking YouTube videos', body='Simple tasks: like videos, send screenshot, receive ${per} per task. Up to ${day} per day. WhatsApp {wa}'),
    dict(sum='Interview invitation - {agency}', body='Dear candidate,\nYou are invited to a short online interview for the Remote Hotel Review Specialist position (USD {day}/day). The interview takes place via text chat on Telegram: {tg}. No experience required.'),
]
TASK_OTHER = {
    'hi': dict(sum='वर्क फ्रॉम होम – रोज़ ₹{inr} कमाएँ', body='नमस्ते! हमारी कंपनी को पार्ट-टाइम कर्मचारियों की ज़रूरत है। रोज़ सिर्फ़ 1 घंटा काम करें और ₹{inr} तक कमाएँ।\nव्हाट्सऐप पर HR से संपर्क करें: {wa}'),
    'zh': dict(sum='兼职招聘：日结{cny}元', body='您好！我们正在招聘线上兼职，只需手机操作，每天1小时，日结{cny}元。\n请添加Telegram客服：{tg}'),
    'th': dict(sum='งานพาร์ทไทม์ออนไลน์ รายได้วันละ {thb} บาท', body='สวัสดีค่ะ บริษัทของเรากำลังรับสมัครพนักงานพาร์ทไทม์ ทำงานผ่านมือถือวันละ 1 ชั่วโมง รายได้ {thb} บาทต่อวัน\nติดต่อ LINE: {line}'),
    'es': dict(sum='Oferta de empleo remoto – {day} € al día', body='Hola, hemos recibido su CV. Buscamos asistentes a tiempo parcial para valorar productos en línea. Pago diario de {day} €.\nContacte con nuestra reclutadora por WhatsApp: {wa}'),
    'pt': dict(sum='Vaga home office – ganhe R$ {brl} por dia', body='Olá! Estamos contratando para tarefas simples no celular (curtir vídeos, avaliar produtos). Ganhos de até R$ {brl} por dia.\nFale com a recrutadora no WhatsApp: {wa}'),
    'ko': dict(sum='재택 부업 모집 – 일당 {krw}원', body='안녕하세요. 하루 1시간, 휴대폰으로 간단한 상품 리뷰 작업만 하면 일당 {krw}원을 지급합니다.\n카카오톡 오픈채팅으로 문의하세요: {line}'),
    'tr': dict(sum='Evden çalışma fırsatı – günlük {try_} TL', body='Merhaba, özgeçmişinizi bir kariyer sitesinde gördük. Günde 1 saat çalışarak {try_} TL kazanabilirsiniz.\nWhatsApp: {wa}'),
    'ar': dict(sum='وظيفة عن بُعد – دخل يومي', body='مرحبًا، نحن نوظف مساعدين بدوام جزئي للعمل من المنزل. ساعة واحدة يوميًا وراتب يومي يصل إلى {day} دولار.\nتواصل مع الموارد البشرية عبر واتساب: {wa}'),
}


def s_task(c):
    r = c.rng
    V = dict(day=r.choice([120, 150, 200, 250, 300]), day2=r.choice([500, 800, 1000]), per=r.choice([3, 5, 8]),
             first=c.rcpt_person[1].capitalize(), agency=r.choice(['Talentbridge Global', 'Optima Digital HR', 'Brightpath Staffing', 'HiveReach Media']),
             tg='@' + r.choice(['hr_', 'lisa_', 'trainer', 'recruit_', 'emma.']) + c.tok(6).lower(), wa=wa(c),
             inr=r.choice(['3,000', '5,000', '8,000']), cny=r.choice([300, 500, 800]), thb=r.choice(['1,500', '2,000', '3,000']),
             line='@' + c.tok(7).lower(), brl=r.choice([200, 350, 500]), krw=r.choice(['15만', '20만', '30만']), try_=r.choice([1500, 2500]))
    T = pick_t(c, TASK_EN, TASK_OTHER)
    frm, kw = spam_sender(c, name=r.choice([V['agency'] + ' HR', c.person()[0], 'HR Department', 'Recruitment Team']))
    if c.client == 'zoom':
        kw['zoom_host'] = V['agency']
    M = make(c, frm, kw, T, V, c.start(0, 7, hours=(9, 10, 11, 14, 15, 20)), 30)
    if r.random() < .4:
        M['ev']['location'] = r.choice(['WhatsApp', 'Telegram', 'https://t.me/' + V['tg'][1:], 'https://wa.me/' + ''.join(ch for ch in V['wa'] if ch.isdigit())])
    M['desc_line'] = 'Task/job scam moving to messenger'
    return M


# =========================================================== 12 document-share lures from compromised partners
DOC_EN = [
    dict(sum='{org} shared "{doc}" with you', body='{sender} has shared a secure document with you via SharePoint.\n\n{doc}\n\nOpen: {url}\n\nThis link only works for the direct recipients of this message.'),
    dict(sum='RFQ {ref} - {org}', body='Good afternoon,\nPlease find our request for quotation {ref} for your review. Kindly submit your best price by {date}.\nView RFQ: {url}\nBest regards,\n{sender}\n{org}'),
    dict(sum='Payment advice - {org}', body='Hello,\nAttached is the payment advice for your recent invoices. Please review and confirm.\n{url}\nThanks,\n{sender}'),
    dict(sum='Review: Proposal & contract - {org}', body='Hi,\nAs discussed, I have uploaded the proposal and draft contract. Please review before our call.\nDocuments: {url}\nPassword: {pw}\n{sender}'),
    dict(sum='Updated project files', body='Hi all, sharing the updated files ahead of our meeting.\n{url}\n\n{sender} | {org}'),
    dict(sum='{org} - Secure Fax Document ({pages} pages)', body='You have received a secure fax document from {org}.\nPages: {pages}\nView document: {url}'),
]
DOC_OTHER = {
    'de': dict(sum='{org} hat „{doc}" mit Ihnen geteilt', body='Guten Tag,\nanbei die angeforderten Unterlagen zur Prüfung.\nDokument öffnen: {url}\nMit freundlichen Grüßen\n{sender}\n{org}'),
    'it': dict(sum='Richiesta di offerta {ref} – {org}', body='Buongiorno,\nvi inviamo la nostra richiesta di offerta {ref}. Vi preghiamo di visionare i documenti al seguente link:\n{url}\nCordiali saluti,\n{sender}'),
    'pl': dict(sum='Zamówienie {ref} – {org}', body='Dzień dobry,\nprzesyłam zamówienie {ref} do weryfikacji. Dokumenty dostępne tutaj: {url}\nPozdrawiam,\n{sender}'),
    'cs': dict(sum='Sdílený dokument: {doc}', body='Dobrý den,\nposílám dokumenty k projektu. Otevřete je prosím zde: {url}\nS pozdravem\n{sender}\n{org}'),
    'he': dict(sum='{org} שיתף איתך מסמך', body='שלום,\nמצורפים המסמכים שביקשת לעיון. ניתן לפתוח אותם בקישור המאובטח:\n{url}\nבברכה,\n{sender}'),
    'tr': dict(sum='Ödeme dekontu – {org}', body='Merhaba,\nSon faturalarınıza ait ödeme dekontu ektedir. Lütfen kontrol ediniz:\n{url}\nSaygılarımla,\n{sender}'),
    'el': dict(sum='Προσφορά και συμβόλαιο – {org}', body='Καλησπέρα σας,\nόπως συζητήσαμε, ανέβασα την προσφορά και το σχέδιο συμβολαίου.\nΈγγραφα: {url}\nΚωδικός: {pw}\n{sender}'),
}


def s_docshare(c):
    r = c.rng
    cl = c.client
    org = c.org(lang=c.lang if c.lang in ORGS and r.random() < .7 else 'en')
    p = c.person()
    frm = (p[0], c.mk_email(p, org[1], corp=True))
    kw = {}
    if cl in ('outlook', 'thunderbird', 'apple', 'zimbra', 'sogo', 'nextcloud'):
        kw['svc'] = 'own'
        if cl == 'nextcloud':
            kw['nc_host'] = 'cloud.' + org[1]
    if r.random() < .25 and cl == 'exchange':
        # look-alike of a partner domain, fully authenticated
        frm = (p[0], c.mk_email(p, org[1].split('.')[0] + r.choice(['-group', 'corp', '-intl']) + '.com', corp=True))
    hosts = ['own', 'sites', 'r2', 'blob', 'ipfs', 'notion', 'pages', 'webapp', 'forms']
    V = dict(org=org[0], doc=r.choice(['Signed Agreement.pdf', 'Q%d Statement.pdf' % r.randint(1, 4), 'PO_%s.pdf' % c.digits(6),
                                       'Project Specification.docx', 'Remittance_%s.pdf' % c.digits(5), 'Angebot_%s.pdf' % c.digits(4)]),
             sender=p[0], ref=c.code(2) + '-' + c.digits(5), date=(c.arrival + dt.timedelta(days=4)).strftime('%d/%m/%Y'),
             pw=c.digits(4), pages=r.randint(2, 9), url=surl(c, r.choice(hosts), words=['docs', 'share', 'file', 'secure', 'view', 'doc', 'cloud', 'drive']))
    T = pick_t(c, DOC_EN, DOC_OTHER)
    M = make(c, frm, kw, T, V, c.start(0, 3, hours=(9, 10, 11, 14, 15)), 30, url=V['url'], label='Open document')
    M['attendees'] = [(c.person()[0], c.mk_email(c.person(), c.rcpt_domain, corp=True)) for _ in range(r.randint(0, 6))]
    M['desc_line'] = 'Document-share lure from a partner mailbox (%s)' % ('look-alike' if frm[1].split('@')[1] != org[1] else 'compromised')
    return M


# =========================================================== 13 nagging payloads
NAG_EN = [
    dict(sum='\u26A0 iCloud storage full - photos will be deleted', body='Your storage is full. Your photos and videos will be deleted.\nUpgrade for free with your loyalty bonus: {url}'),
    dict(sum='Virus detected on your iPhone!', body='Your iPhone is infected. Tap to remove the virus now: {url}'),
    dict(sum='Claim your reward today!', body='You are today\'s lucky visitor. Claim now: {url}'),
]
NAG_OTHER = {
    'zh': dict(sum='【中奖通知】恭喜您获得iPhone一部', body='您已被抽中，请点击领取：{url}'),
    'ru': dict(sum='Ваш iPhone заражён вирусом!', body='Обнаружено 3 вируса. Удалите их немедленно: {url}'),
    'ja': dict(sum='【警告】iCloudストレージがいっぱいです', body='写真が削除される前にストレージを無料でアップグレードしてください：{url}'),
    'ko': dict(sum='[긴급] 휴대폰 보안 위협 감지', body='바이러스가 감지되었습니다. 지금 바로 제거하세요: {url}'),
    'hi': dict(sum='आपका फ़ोन वायरस से संक्रमित है!', body='तुरंत वायरस हटाएँ: {url}'),
    'fr': dict(sum='Votre iPhone est infecté !', body='Supprimez le virus maintenant : {url}'),
    'cs': dict(sum='Výhra: kupon 10 000 Kč', body='Gratulujeme! Vyzvedněte si výhru zde: {url}'),
    'zh-tw': dict(sum='您的包裹無法投遞', body='請更新收件資訊：{url}'),
    'ar': dict(sum='تحذير: تم اكتشاف فيروس في هاتفك', body='قم بإزالة الفيروس الآن: {url}'),
    'pl': dict(sum='Wygrałeś iPhone 16!', body='Odbierz nagrodę: {url}'),
    'nl': dict(sum='Uw iCloud-opslag is vol', body='Uw foto\'s worden verwijderd. Upgrade gratis met uw loyaliteitsbonus: {url}'),
}


def s_nag(c):
    r = c.rng
    V = dict(url=surl(c))
    T = pick_t(c, NAG_EN, NAG_OTHER)
    frm, kw = spam_sender(c)
    style = r.choice(['forever', 'alarms', 'farfuture', 'forever_alarms'])
    start = c.start(0, 1, hours=(0, 6, 8, 9, 12), weekday=False)
    if style == 'farfuture':
        start = start.replace(year=r.choice([2099, 2088, 2199, 2049]))
    M = make(c, frm, kw, T, V, start, r.choice([15, 60, 1440]), url=V['url'], where=r.choice(['desc', 'loc', 'url']))
    ev = M['ev']
    if style in ('forever', 'forever_alarms'):
        ev['rrule'] = r.choice(['FREQ=DAILY', 'FREQ=HOURLY', 'FREQ=DAILY;INTERVAL=1', 'FREQ=MINUTELY;INTERVAL=30', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU'])
    if style in ('alarms', 'forever_alarms', 'farfuture'):
        n = r.randint(6, 24)
        ev['alarms'] = ['-PT%dM' % (m * r.choice([1, 5, 10])) for m in range(n)]
    if r.random() < .4:
        ev['allday'] = True
        ev['start'] = start.replace(hour=0, minute=0)
    M['desc_line'] = 'Nagging payload (%s)' % style.replace('_', '+')
    return M


# =========================================================== 14 mass invitations
MASS_EN = [
    dict(sum='Wholesale LED lighting - factory price', body='Dear purchasing manager,\nWe are a professional LED manufacturer with 15 years of experience. CE/RoHS certified, OEM welcome. Catalogue and price list: {url}\nBest regards,\n{name}'),
    dict(sum='Page 1 on Google in 30 days - guaranteed', body='Hi,\nI noticed your website is not ranking for important keywords. We can get you to page 1 in 30 days or your money back. Reply for a free audit.\n{name}\nSEO Specialist'),
    dict(sum='Keto Gummies - doctors shocked', body='Lose 12 kg in 4 weeks without diet. Celebrity secret revealed. Limited bottles: {url}'),
    dict(sum='Verified B2B contact list - 2.4M decision makers', body='Hi, would you be interested in acquiring a verified email list of {industry} decision makers? 98% deliverability. Reply "YES" for pricing.'),
]
MASS_OTHER = {
    'zh-tw': dict(sum='工廠直銷 LED 燈具 批發價', body='您好，我司專業生產LED燈具十五年，歡迎OEM/ODM合作。產品目錄：{url}'),
    'th': dict(sum='ลดน้ำหนัก 10 กก. ใน 30 วัน', body='ผลิตภัณฑ์ลดน้ำหนักสูตรใหม่ ไม่ต้องอดอาหาร สั่งซื้อวันนี้ลด 50%: {url}'),
    'hi': dict(sum='SEO सेवाएँ – 30 दिनों में गूगल पर पहले पेज पर', body='नमस्ते, हम आपकी वेबसाइट को 30 दिनों में गूगल के पहले पेज पर लाने की गारंटी देते हैं। मुफ़्त ऑडिट के लिए जवाब दें।\n{name}'),
    'he': dict(sum='הלוואה מיידית עד 100,000 ₪ ללא בדיקות', body='אישור תוך 24 שעות, ללא ערבים. השאירו פרטים: {url}'),
    'cs': dict(sum='Solární panely zdarma – dotace 2025', body='Získejte fotovoltaiku s dotací až 100 %. Nezávazná kalkulace: {url}'),
}


def s_mass(c):
    r = c.rng
    V = dict(url=surl(c), name=c.latin_name(c.person('zh' if r.random() < .5 else 'en')),
             industry=r.choice(['healthcare', 'manufacturing', 'real estate', 'IT']))
    T = pick_t(c, MASS_EN, MASS_OTHER)
    frm, kw = spam_sender(c)
    M = make(c, frm, kw, T, V, c.start(1, 10), 60, url=V['url'] if '{url}' in T['body'] else None)
    n = r.randint(120, 480)
    doms = ['example.com', 'example.org', 'example.net', 'gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com'] + \
           [o[1] for l in ('en', 'de', 'fr', 'es') for o in ORGS[l]]
    att = []
    for i in range(n):
        p = c.person(r.choice(['en', 'de', 'fr', 'es', 'it', 'nl']))
        att.append((r.choice([p[0], '', '']) or '', c.mk_email(p, r.choice(doms), free=True)))
    att = [(n or e, e) for n, e in att]
    M['attendees'] = att
    M['show_rcpt'] = r.random() < .7
    M['to'] = [(n, e) for n, e in att[:r.randint(30, 60)]] if r.random() < .5 else [(None, frm[1])]
    M['desc_line'] = 'Mass invitation to %d unrelated attendees' % n
    return M


SPAM_CATS = [
    # name, function, languages (order matters), allowed clients {client: weight}
    ('retail-sale-wave', s_retail, ['en'] * 5 + ['zh', 'zh-tw', 'ja', 'ko', 'de', 'fr', 'th'],
     dict(icloud=4, google=2, yahoo=1, apple=1, exchange=1, webapp=2, thunderbird=1, zimbra=1)),
    ('prize-survey-lure', s_prize, ['en'] * 6 + ['de', 'fr', 'it', 'es', 'pt', 'nl'],
     dict(google=2, exchange=2, icloud=2, yahoo=1, webapp=2, outlook=1, zimbra=1, sogo=1, nextcloud=1, apple=1, thunderbird=1)),
    ('crypto-investment', s_crypto, ['en'] * 6 + ['ru', 'zh', 'ko', 'tr', 'ar', 'hi'],
     dict(google=2, exchange=2, icloud=1, zoom=2, webapp=1, outlook=1, thunderbird=1, yahoo=1, nextcloud=1, apple=1)),
    ('dating-sextortion', s_dating, ['en'] * 5 + ['de', 'ja', 'ru', 'pl', 'he', 'nl'],
     dict(google=2, icloud=2, yahoo=2, exchange=1, webapp=2, outlook=1, thunderbird=1, apple=1, zimbra=1)),
    ('fee-scam', s_fee, ['en'] * 6 + ['pl', 'fr', 'es', 'el', 'cs', 'th'],
     dict(google=2, exchange=2, webapp=3, outlook=1, zimbra=1, sogo=1, nextcloud=1, icloud=1, yahoo=1, thunderbird=1)),
    ('credential-phish', s_phish, ['en'] * 7 + ['de', 'it', 'pl', 'pt', 'ja', 'zh-tw', 'ru'],
     dict(exchange=3, google=2, outlook=2, webapp=2, zimbra=1, sogo=1, nextcloud=1, zoom=1, apple=1, thunderbird=1)),
    ('callback-scam', s_callback, ['en'] * 9 + ['fr', 'de', 'es'],
     dict(google=3, exchange=2, icloud=2, yahoo=1, webapp=2, outlook=1, apple=1, zimbra=1)),
    ('fake-update-lure', s_update, ['en'] * 6 + ['el', 'ru', 'ko', 'pt'],
     dict(exchange=2, google=2, zoom=2, webapp=1, outlook=1, thunderbird=1, nextcloud=1, apple=1)),
    ('bec', s_bec, ['en'] * 7 + ['tr', 'fr', 'es', 'it', 'nl', 'ar', 'he'],
     dict(exchange=3, google=2, outlook=2, apple=1, thunderbird=1, yahoo=1, zimbra=1, icloud=1, webapp=1, sogo=1)),
    ('advance-fee', s_advance, ['en'] * 6 + ['ar', 'el', 'ru', 'zh'],
     dict(yahoo=2, google=2, exchange=2, outlook=1, zimbra=1, sogo=1, thunderbird=1, webapp=1, icloud=1, apple=1)),
    ('task-job-scam', s_task, ['en'] * 4 + ['hi', 'zh', 'th', 'es', 'pt', 'tr', 'ko'],
     dict(google=3, exchange=1, zoom=1, yahoo=1, icloud=1, webapp=1, thunderbird=1, nextcloud=1, apple=1)),
    ('compromised-docshare', s_docshare, ['en'] * 6 + ['it', 'pl', 'cs', 'tr', 'el', 'he'],
     dict(exchange=3, outlook=2, google=2, zimbra=1, sogo=1, thunderbird=1, apple=1, nextcloud=1)),
    ('nagging-payload', s_nag, ['en'] * 3 + ['ja', 'hi', 'cs', 'zh-tw', 'ar', 'nl'],
     dict(google=2, icloud=3, webapp=2, exchange=1, yahoo=1, thunderbird=1, apple=1, nextcloud=1)),
    ('mass-invite', s_mass, ['en'] * 4 + ['zh-tw', 'th', 'hi', 'he', 'cs'],
     dict(google=2, exchange=2, icloud=1, webapp=2, yahoo=1, zoom=1, outlook=1, thunderbird=1)),
]

CAT_DOC = {
    'retail-sale-wave': 'Outlet/clearance sale waves for well-known retail brands pushed as invitations (iCloud-style waves, lists of unrelated guests)',
    'prize-survey-lure': 'Customer-survey, prize-draw, loyalty-points and gift-card lures',
    'crypto-investment': 'Crypto withdrawal/airdrop bait, AI trading clubs, "wrong contact" pig-butchering openers',
    'dating-sextortion': 'Adult dating lures and sextortion demands with Bitcoin addresses',
    'fee-scam': 'Small-fee scams: parcel customs/redelivery, tolls, tax refunds, parking and traffic fines',
    'credential-phish': 'Credential phishing under Microsoft 365, DocuSign, PayPal, Dropbox, Adobe, banks, government portals',
    'callback-scam': 'Fake orders, renewals, invoices and security alerts that only give a phone number to call',
    'fake-update-lure': 'Fake meeting-client updates, "verify you are human" paste-a-command and "curl ... \\| bash" lures',
    'bec': 'Business e-mail compromise: CEO fraud, gift cards, wire requests, supplier bank-detail and payroll changes',
    'advance-fee': 'Inheritance, compensation, lottery, charity and dormant-account advance-fee fraud',
    'task-job-scam': 'Remote job / task scams that move the victim to WhatsApp, Telegram, LINE or KakaoTalk',
    'compromised-docshare': 'Document-share, RFQ and payment-advice lures from compromised or look-alike partner mailboxes',
    'nagging-payload': 'Payloads built to nag: endless recurrence, dozens of alarms, far-future dates',
    'mass-invite': 'Bulk advertising invitations listing hundreds of unrelated attendees',
}
