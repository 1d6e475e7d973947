#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the train16 calendar-invitation exam corpus (spam + ham).  CC0 1.0.
usage: python3 gen.py [OUTDIR]"""
import datetime as dt
import os
import random
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C
from common import Person, rand_token, rand_hex, rand_uuid
import transport
import clients
from mime import Leaf, Multi, fold_header
from loc import fmt_day, fmt_time
from texts_spam import SPAM
from texts_ham import HAM

SEED = 16016
CLIENTS = ['google', 'outlook', 'apple', 'thunderbird', 'zoom', 'nextcloud', 'zimbra', 'yahoo', 'sogo',
           'system', 'list', 'handrolled']
QUOTA = {'google': 28, 'outlook': 30, 'apple': 16, 'thunderbird': 11, 'zoom': 8, 'nextcloud': 8, 'zimbra': 9,
         'yahoo': 9, 'sogo': 6, 'system': 15, 'list': 10, 'handrolled': 10}
CLIENT_NAMES = {'google': 'Google Calendar', 'outlook': 'Outlook / Exchange / Microsoft 365 (incl. Teams)',
                'apple': 'Apple iCloud / Calendar.app / iOS', 'thunderbird': 'Thunderbird (Lightning)',
                'zoom': 'Zoom registration mail', 'nextcloud': 'Nextcloud Calendar', 'zimbra': 'Zimbra',
                'yahoo': 'Yahoo Calendar', 'sogo': 'SOGo', 'system': 'booking / scheduling / ticketing systems',
                'list': 'mailing-list copies (Mailman style)', 'handrolled': 'hand-rolled generators (PHP, Python, .NET, Java scripts)'}

COMPAT = {
    'google': ['freemail', 'company'], 'outlook': ['freemail', 'company', 'lookalike', 'spoof', 'vps'],
    'apple': ['freemail', 'company', 'lookalike', 'vps'],
    'thunderbird': ['freemail', 'company', 'lookalike', 'spoof', 'vps', 'company_weak'],
    'zoom': ['service'], 'nextcloud': ['company', 'company_weak', 'vps'],
    'zimbra': ['company', 'lookalike', 'vps', 'company_weak'], 'yahoo': ['freemail'],
    'sogo': ['company', 'company_weak'], 'system': ['service', 'lookalike', 'vps', 'spoof'],
    'handrolled': ['company', 'company_weak', 'lookalike', 'spoof', 'vps'], 'list': ['freemail', 'company']}

S = dict  # brevity
SPAM_CATS = {
    'retail-sale': S(desc='Retail "sale" waves (brand sunglasses, bags, sneakers) sent as invitations',
                     clients=['apple', 'google', 'outlook', 'yahoo', 'handrolled', 'system', 'thunderbird', 'zimbra'],
                     senders=['freemail', 'freemail', 'company', 'vps', 'lookalike'], att=(8, 80),
                     payload={'desc': 5, 'altdesc': 2, 'location': 2, 'url': 2}, lead=(0, 3),
                     words=['outlet', 'sale', 'clearance', 'store', 'deals', 'discount', 'shop']),
    'prize-lure': S(desc='Prize, survey, loyalty-point and gift-card lures',
                    clients=['google', 'apple', 'outlook', 'yahoo', 'handrolled', 'system', 'zoom', 'zimbra', 'sogo', 'list'],
                    senders=['freemail', 'freemail', 'company', 'vps', 'lookalike', 'service'], att=(3, 60),
                    payload={'desc': 5, 'altdesc': 2, 'location': 1, 'url': 1, 'attach': 1}, lead=(0, 3),
                    words=['reward', 'gift', 'prize', 'survey', 'bonus', 'winner', 'claim']),
    'crypto-invest': S(desc='Crypto, trading-bot and investment fraud',
                       clients=['google', 'outlook', 'apple', 'zoom', 'handrolled', 'yahoo', 'thunderbird', 'list', 'nextcloud'],
                       senders=['freemail', 'company', 'lookalike', 'vps', 'service'], att=(0, 40),
                       payload={'desc': 6, 'altdesc': 1, 'location': 1, 'url': 1, 'conference': 1}, lead=(0, 7),
                       words=['coin', 'trade', 'profit', 'ai-invest', 'btc', 'wallet', 'airdrop', 'capital']),
    'dating-sextortion': S(desc='Dating lures, romance openers and sextortion demands',
                           clients=['thunderbird', 'handrolled', 'google', 'apple', 'yahoo', 'outlook', 'zimbra'],
                           senders=['freemail', 'company', 'vps', 'spoof'], att=(0, 20),
                           payload={'desc': 6, 'altdesc': 2, 'location': 1, 'url': 1}, lead=(0, 2),
                           words=['date', 'flirt', 'meet', 'singles', 'chat', 'love']),
    'fee-scam': S(desc='Delivery, toll, tax-refund and fine "small fee" scams',
                  clients=['system', 'handrolled', 'outlook', 'google', 'apple', 'zimbra', 'thunderbird', 'sogo', 'nextcloud'],
                  senders=['lookalike', 'vps', 'spoof', 'company', 'freemail'], att=(0, 30),
                  payload={'desc': 5, 'altdesc': 2, 'url': 2, 'location': 1}, lead=(0, 2), words=[]),
    'credential-phish': S(desc='Credential phishing under Microsoft 365, DocuSign, PayPal, bank, Adobe, Dropbox and government brands',
                          clients=['outlook', 'google', 'system', 'handrolled', 'zimbra', 'sogo', 'nextcloud', 'thunderbird', 'apple', 'zoom', 'yahoo'],
                          senders=['company', 'company', 'lookalike', 'spoof', 'vps', 'freemail', 'service'], att=(0, 25),
                          payload={'desc': 4, 'altdesc': 2, 'attach': 2, 'url': 1, 'location': 1, 'conference': 1}, lead=(0, 2), words=[]),
    'callback-scam': S(desc='Tech-support and subscription-renewal callback scams (phone number only)',
                       clients=['google', 'apple', 'outlook', 'yahoo', 'system', 'handrolled', 'zimbra'],
                       senders=['freemail', 'freemail', 'company', 'vps'], att=(0, 40),
                       payload={'none': 1}, lead=(0, 1), words=[]),
    'fake-update': S(desc='Fake meeting-client updates and "paste this command" lures',
                     clients=['outlook', 'google', 'zoom', 'handrolled', 'thunderbird', 'system', 'apple', 'nextcloud'],
                     senders=['company', 'lookalike', 'freemail', 'vps', 'service'], att=(0, 8),
                     payload={'desc': 5, 'altdesc': 2, 'attach': 2, 'url': 1}, lead=(0, 5),
                     words=['update', 'download', 'plugin', 'connector', 'install', 'client']),
    'bec': S(desc='Business e-mail compromise: CEO fraud, gift cards, supplier bank-detail and payroll changes',
             clients=['outlook', 'google', 'yahoo', 'apple', 'zimbra', 'thunderbird', 'sogo'],
             senders=['freemail', 'lookalike', 'company', 'spoof'], att=(0, 0),
             payload={'desc': 1}, lead=(0, 1), words=[]),
    'advance-fee': S(desc='Advance-fee fraud (inheritance, compensation, lottery, consignment)',
                     clients=['yahoo', 'outlook', 'google', 'thunderbird', 'handrolled', 'zimbra', 'sogo', 'apple'],
                     senders=['freemail', 'company', 'vps'], att=(0, 50),
                     payload={'none': 1}, lead=(0, 10), words=[]),
    'task-job': S(desc='Task / job scams moving victims to WhatsApp, Telegram, LINE or Zalo',
                  clients=['google', 'outlook', 'yahoo', 'zoom', 'apple', 'handrolled', 'system', 'list'],
                  senders=['freemail', 'freemail', 'company', 'service', 'vps'], att=(0, 40),
                  payload={'desc': 6, 'altdesc': 2, 'location': 2}, lead=(0, 5), words=['jobs', 'career', 'hire', 'work', 'task']),
    'doc-share-compromised': S(desc='Document-share lures sent from compromised real partner mailboxes',
                               clients=['outlook', 'google', 'zimbra', 'sogo', 'nextcloud', 'thunderbird', 'apple', 'system', 'list'],
                               senders=['company', 'company', 'company', 'service'], att=(0, 30),
                               payload={'desc': 4, 'attach': 3, 'altdesc': 2, 'url': 1}, lead=(0, 3), words=[]),
    'nagging-payload': S(desc='Nagging payloads: endless recurrence, piles of alarms, far-future dates',
                         clients=['handrolled', 'google', 'outlook', 'apple', 'system', 'nextcloud', 'thunderbird'],
                         senders=['vps', 'freemail', 'company', 'lookalike', 'spoof'], att=(0, 30),
                         payload={'desc': 5, 'altdesc': 2, 'location': 2, 'url': 1}, lead=(0, 2),
                         words=['casino', 'spins', 'meds', 'loan', 'credit', 'bonus', 'bet']),
    'mass-invite': S(desc='Mass invitations with hundreds of unrelated attendees',
                     clients=['google', 'outlook', 'apple', 'yahoo', 'handrolled', 'zimbra', 'list'],
                     senders=['freemail', 'company', 'vps'], att=(150, 480),
                     payload={'desc': 6, 'location': 2, 'url': 2}, lead=(2, 30), words=['expo', 'summit', 'seminar', 'invest', 'leads']),
}

HAM_CATS = {
    'travel-booking': S(desc='Airline, rail, coach and car-rental bookings (codes, amounts, phone numbers, PUBLISH)',
                        clients=['system', 'handrolled', 'outlook', 'google', 'apple'], senders=['service'], lead=(3, 60)),
    'hotel-restaurant-booking': S(desc='Hotel, B&B, spa and restaurant reservations',
                                  clients=['system', 'handrolled', 'google', 'apple', 'outlook', 'yahoo'], senders=['service'], lead=(2, 90)),
    'medical-appointment': S(desc="Doctors', dentists', vets' and pharmacies' appointment confirmations",
                             clients=['system', 'handrolled', 'outlook', 'nextcloud', 'zimbra'], senders=['service'], lead=(1, 30)),
    'vendor-webinar-conference': S(desc='Vendor webinars, conferences and all-hands with hundreds of attendees and "free"/"offer" wording',
                                   clients=['zoom', 'outlook', 'google', 'system', 'handrolled', 'sogo'], senders=['company', 'service'], lead=(3, 30)),
    'community-series': S(desc='School, church, club and sports series without end date, often from free mail',
                          clients=['google', 'yahoo', 'apple', 'outlook', 'handrolled', 'nextcloud', 'thunderbird'],
                          senders=['freemail', 'freemail', 'company_weak'], lead=(1, 14)),
    'it-notice': S(desc='IT maintenance windows, password-expiry and training notices',
                   clients=['outlook', 'zimbra', 'sogo', 'nextcloud', 'handrolled', 'google', 'thunderbird'], senders=['company'], lead=(1, 10)),
    'colleague-doc-share': S(desc='Colleagues and partners sharing documents with links',
                             clients=['outlook', 'google', 'zimbra', 'nextcloud', 'sogo', 'thunderbird', 'apple'], senders=['company'], lead=(0, 7)),
    'finance-reminder': S(desc="Finance teams' payment reminders, invoice due dates and bank-detail fraud warnings",
                          clients=['outlook', 'google', 'zimbra', 'system', 'thunderbird', 'handrolled', 'sogo'], senders=['company'], lead=(1, 14)),
    'recruiter': S(desc='Recruiters and hiring teams scheduling interviews',
                   clients=['google', 'outlook', 'zoom', 'system', 'yahoo', 'apple'], senders=['company', 'freemail'], lead=(1, 10)),
    'forwarded-invite': S(desc='Invitations forwarded by a colleague or family member',
                          clients=['outlook', 'apple', 'thunderbird', 'zimbra', 'yahoo', 'sogo'], senders=['company', 'freemail'], lead=(1, 14)),
    'mailing-list-copy': S(desc='Mailing-list copies of meeting announcements (DKIM broken by the list)',
                           clients=['list'], senders=['company', 'freemail'], lead=(3, 30)),
    'reply-cancel': S(desc='METHOD:REPLY for meetings the recipient organised, and CANCEL notices',
                      clients=['outlook', 'google', 'apple', 'thunderbird', 'zimbra', 'nextcloud', 'sogo', 'yahoo'],
                      senders=['company', 'freemail'], lead=(1, 14)),
    'personal-invite': S(desc='Personal invitations between friends and family',
                         clients=['google', 'apple', 'yahoo', 'outlook', 'thunderbird', 'nextcloud'], senders=['freemail'], lead=(5, 40)),
    'support-callback': S(desc='Support callbacks the recipient actually requested',
                          clients=['system', 'zoom', 'outlook', 'google', 'handrolled'], senders=['service', 'company'], lead=(0, 3)),
    'team-meeting': S(desc='Ordinary team meetings, 1:1s and reviews',
                      clients=['outlook', 'google', 'zimbra', 'sogo', 'nextcloud', 'thunderbird', 'apple', 'zoom'],
                      senders=['company'], lead=(1, 7)),
}

CTA = {'en': 'Click here', 'de': 'Hier klicken', 'fr': 'Cliquez ici', 'es': 'Haga clic aquí', 'it': 'Clicca qui',
       'pt': 'Clique aqui', 'nl': 'Klik hier', 'pl': 'Kliknij tutaj', 'ru': 'Перейти', 'el': 'Πατήστε εδώ',
       'ar': 'اضغط هنا', 'he': 'לחץ כאן', 'zh': '点击这里', 'ja': 'こちら', 'ko': '바로가기', 'hi': 'यहां क्लिक करें',
       'th': 'คลิกที่นี่', 'tr': 'Buraya tıklayın', 'uk': 'Перейти', 'vi': 'Nhấn vào đây'}
FWD = {'en': 'FW', 'de': 'WG', 'fr': 'TR', 'es': 'RV', 'it': 'I', 'pt': 'ENC', 'nl': 'FW', 'pl': 'PD', 'ru': 'Пересл.',
       'el': 'ΠΡΘ', 'ar': 'إعادة توجيه', 'he': 'הועבר', 'zh': '转发', 'ja': 'FW', 'ko': 'FW', 'hi': 'FW', 'th': 'FW',
       'tr': 'İLT', 'uk': 'Пересл.', 'vi': 'FW'}
TITLES = ['Sales Manager', 'Account Executive', 'Procurement Officer', 'Finance Manager', 'Project Coordinator',
          'Office Manager', 'Operations Director', 'Purchasing Assistant']

HOSTING = ['https://{t}.web.app/{p}', 'https://{t}.pages.dev/', 'https://storage.googleapis.com/{t}/{p}.html',
           'https://{t}.blob.core.windows.net/$web/index.html', 'https://ipfs.io/ipfs/bafybei{tl}',
           'https://forms.office.com/r/{t}', 'https://docs.google.com/forms/d/e/1FAIpQL{t}/viewform',
           'https://pub-{h}.r2.dev/{p}.html', 'https://bit.ly/{s}', 'https://tinyurl.com/{s}',
           'https://sites.google.com/view/{p}', 'https://{p}.netlify.app/', 'https://{t}.notion.site/{p}']

FEE_BRAND = {'usps': 'usps-redelivery', 'ezpass': 'ezpass-tollpay', 'royalmail': 'royalmail-fee', 'hmrc': 'hmrc-refund',
             'irs': 'irs-taxpay', 'council': 'pcn-parking', 'correos': 'correos-envio', 'cjib': 'cjib-boete',
             'antai': 'antai-amende', 'elta': 'elta-courier', 'israelpost': 'israelpost-pay', 'thaipost': 'thaipost-track',
             'microsoft': 'm365-account', 'docusign': 'docusign-review', 'paypal': 'paypal-resolution',
             'chase': 'chase-verify', 'adobe': 'adobe-doccloud', 'dropbox': 'dropbox-transfer', 'gov': 'logingov-verify',
             'sparkasse': 'sparkasse-pushtan', 'amazon': 'amazon-co-jp-account', 'poste': 'poste-verifica',
             'diia': 'diia-vyplata', 'bank': 'alrajhi-secure', 'teams': 'teams-update'}
DISPLAY = {'usps': 'USPS', 'ezpass': 'E-ZPass', 'royalmail': 'Royal Mail', 'hmrc': 'HMRC', 'irs': 'IRS',
           'council': 'Parking Services', 'correos': 'Correos', 'cjib': 'CJIB', 'antai': 'ANTAI', 'elta': 'ΕΛΤΑ',
           'israelpost': 'דואר ישראל', 'thaipost': 'Thailand Post', 'microsoft': 'Microsoft 365', 'docusign': 'DocuSign',
           'paypal': 'PayPal', 'chase': 'Chase Online', 'adobe': 'Adobe Document Cloud', 'dropbox': 'Dropbox',
           'gov': 'Login.gov', 'sparkasse': 'Sparkasse', 'amazon': 'Amazon.co.jp', 'poste': 'Poste Italiane',
           'diia': 'Дія', 'bank': 'خدمة العملاء', 'teams': 'Microsoft Teams'}
PLATFORMS = [('MeetFlow', 'meetflow.io'), ('Tixpass', 'tixpass.com'), ('Bookwell', 'bookwell.app'),
             ('EventNest', 'eventnest.com'), ('CalSlot', 'calslot.com')]


def slug(s):
    s = C.strip_accents(s).lower()
    return re.sub(r'[^a-z0-9]+', '', s)


def wpick(rng, d):
    items = list(d.items())
    tot = sum(w for k, w in items)
    r = rng.uniform(0, tot)
    for k, w in items:
        r -= w
        if r <= 0:
            return k
    return items[-1][0]


def phone(rng, lang, tollfree=False):
    if lang == 'en':
        if tollfree or rng.random() < 0.5:
            a = rng.choice(['800', '833', '844', '855', '866', '877', '888'])
            n = rng.randint(100, 199)
            return rng.choice(['+1 (%s) 555-0%d' % (a, n), '1-%s-555-0%d' % (a, n), '(%s) 555-0%d' % (a, n)])
        return rng.choice(['+44 20 7946 0%03d' % rng.randint(0, 999), '+1 (212) 555-0%d' % rng.randint(100, 199),
                           '+61 2 5550 %04d' % rng.randint(1000, 9999), '+1 416 555 0%d' % rng.randint(100, 199)])
    cc = {'de': '+49 30 %d %d', 'fr': '+33 1 %d %d', 'es': '+34 91 %d %d', 'it': '+39 02 %d %d',
          'pt': '+351 21 %d %d', 'nl': '+31 20 %d %d', 'pl': '+48 22 %d %d', 'ru': '+7 495 %d-%d',
          'el': '+30 210 %d %d', 'ar': '+971 4 %d %d', 'he': '+972 3-%d-%d', 'zh': '+86 21 %d %d',
          'ja': '+81 3-%d-%d', 'ko': '+82 2-%d-%d', 'hi': '+91 22 %d %d', 'th': '+66 2 %d %d',
          'tr': '+90 212 %d %d', 'uk': '+380 44 %d %d', 'vi': '+84 28 %d %d'}[lang]
    return cc % (rng.randint(100, 999), rng.randint(1000, 9999))


def mobile(rng, lang):
    pre = {'en': '+1 (917) 555-0', 'de': '+49 151 ', 'fr': '+33 6 ', 'es': '+34 6', 'it': '+39 3', 'pt': '+55 11 9',
           'nl': '+31 6 ', 'pl': '+48 5', 'ru': '+7 9', 'el': '+30 69', 'ar': '+971 50 ', 'he': '+972 5',
           'zh': '+86 13', 'ja': '+81 90-', 'ko': '+82 10-', 'hi': '+91 9', 'th': '+66 8', 'tr': '+90 5',
           'uk': '+380 6', 'vi': '+84 9'}[lang]
    if lang == 'en':
        return pre + str(rng.randint(100, 199))
    return pre + ''.join(rng.choice('0123456789') for _ in range(8))


def junk_domain(rng, words):
    w = rng.choice(words or ['secure', 'info', 'online', 'portal'])
    return rng.choice(['%s-%s', '%s%s', '%s-%s%d']).replace('%d', str(rng.randint(1, 99))) % (
        w, rng.choice(C.BRAND_WORDS + ['now', 'today', 'vip', 'club', 'pro'])) + '.' + rng.choice(C.JUNK_TLDS + ['com', 'net'])


def typo_domain(rng, d):
    name, _, tld = d.partition('.')
    opts = []
    if 'l' in name:
        opts.append(name.replace('l', 'i', 1))
    if 'm' in name:
        opts.append(name.replace('m', 'rn', 1))
    if 'o' in name:
        opts.append(name.replace('o', '0', 1))
    if '-' in name:
        opts.append(name.replace('-', '', 1))
    else:
        opts.append(name + '-inc')
    opts.append(name + 's')
    opts.append(name[:-1] + name[-1] * 2)
    n = rng.choice(opts)
    return n + '.' + rng.choice([tld, 'com', 'net', 'co', tld])


def spam_url(rng, cat, brand, words):
    r = rng.random()
    tok = rand_token(rng, rng.randint(6, 12)).lower()
    path = rng.choice(['', 'login', 'claim', 'verify', 'secure/auth', 'pay', 'track', 'index.php', 'r/' + tok,
                       'portal', 'session?id=' + rand_hex(rng, 16), '?e={email}'])
    if brand and r < 0.6:
        base = FEE_BRAND.get(brand, brand)
        host = rng.choice(['%s.%s', 'www.%s.%s', '%s-%s.' % (base, rand_token(rng, 3).lower()) + '%s']) \
            if False else base + rng.choice(['', '-' + rand_token(rng, 3).lower(), '-online', '-help', '24']) + '.' + \
            rng.choice(C.JUNK_TLDS + ['com', 'info', 'net'])
        return 'https://%s/%s' % (host, path)
    if r < 0.55:
        return 'https://%s/%s' % (junk_domain(rng, words), path)
    t = rng.choice(HOSTING)
    return t.replace('{t}', tok).replace('{p}', rng.choice(['doc', 'view', 'auth', 'secure', 'invoice', 'offer', 'gift', tok[:5]])) \
        .replace('{h}', rand_hex(rng, 32)).replace('{s}', rand_token(rng, 7)).replace('{tl}', rand_token(rng, 40).lower())


def make_list(rng, tag, lang):
    dom = C.company_domain(rng, lang)
    name = {'dev': 'core-dev', 'osm-local': 'osm-' + rng.choice(['north', 'city', 'talk']), 'members': 'members',
            'astro': 'astro-club', 'wg': 'wg-calext', 'verein': 'vereinsliste', 'dev-cn': 'dev-community',
            'syllogos': 'syllogos-melon', 'ukr-devs': 'ukr-devs', 'jug': 'jug-tokyo'}.get(tag, tag)
    host = 'lists.' + dom
    return dict(name=name, domain=host, host=host, addr='%s@%s' % (name, host), tag=name, title=name.replace('-', ' ').title(),
                munge=rng.random() < 0.35)


# ------------------------------------------------------------------ client assignment
def assign_clients(slots, rng):
    quota = dict(QUOTA)
    order = sorted(range(len(slots)), key=lambda i: (len(slots[i]['allowed']), rng.random()))
    for i in order:
        al = slots[i]['allowed']
        best = max(al, key=lambda c: (quota[c] / QUOTA[c], rng.random()))
        if quota[best] <= 0:
            best = max(al, key=lambda c: (quota[c], rng.random()))
        slots[i]['client'] = best
        quota[best] -= 1
    return quota


# ------------------------------------------------------------------ people helpers
def rcpt_person(rng, lang, domain=None):
    dom = domain or rng.choice(C.RECIPIENT_DOMAINS)
    return C.person_at(rng, lang, dom)


def others(rng, n, lang, domain=None, mixed=False):
    out = []
    seen = set()
    for _ in range(n):
        lg = lang if (rng.random() < 0.7 or lang == 'en') else 'en'
        if mixed or not domain:
            dom = rng.choice(C.RECIPIENT_DOMAINS + [C.company_domain(rng, lg) for _ in range(3)])
        else:
            dom = domain
        for _try in range(6):
            p = C.person_at(rng, lg, dom, 'num' if rng.random() < 0.3 else None)
            if p.name not in seen:
                break
        seen.add(p.name)
        if p.email in seen:
            p = Person(p.name, p.local + str(rng.randint(2, 999)) + '@' + p.domain)
        seen.add(p.email)
        if rng.random() < 0.15:
            p = Person('', p.email)
        out.append(p)
    return out


def first_name(p, lang):
    if not p.name:
        return p.local.split('.')[0].title()
    if lang in ('zh', 'ja', 'ko'):
        return p.name
    return p.name.split(' ')[0]


def make_sender(rng, spec, kind, lang, brand=None, words=None, display=None):
    client = spec['client']
    if kind == 'freemail':
        fam = {'google': 'google', 'outlook': 'outlook', 'apple': 'apple', 'yahoo': 'yahoo'}.get(client)
        if client == 'list':
            fam = rng.choice(['google', 'outlook', None])
        p = C.freemail_person(rng, lang, fam)
    elif kind in ('company', 'company_weak'):
        p = C.person_at(rng, lang, C.company_domain(rng, lang))
    elif kind == 'lookalike':
        base = FEE_BRAND.get(brand, brand) if brand else junk_domain(rng, words).split('.')[0]
        d = base + rng.choice(['', '-mail', '-notice', '-service', '-team']) + '.' + rng.choice(['com', 'net', 'info', 'co', 'io', 'org'] + C.JUNK_TLDS[:6])
        p = Person('', rng.choice(['no-reply', 'noreply', 'support', 'service', 'notice', 'info', 'account', 'billing']) + '@' + d)
    elif kind == 'spoof':
        d = rng.choice([spec['rcpt'].domain, C.company_domain(rng, lang)])
        p = Person('', rng.choice(['info', 'service', 'admin', 'support', 'office', 'no-reply']) + '@' + d)
    elif kind == 'vps':
        d = junk_domain(rng, words)
        p = Person('', rng.choice(['info', 'news', 'promo', 'contact', 'hello', 'noreply', 'mail']) + '@' + d)
    else:  # service
        pl = rng.choice(PLATFORMS)
        p = Person(pl[0], 'notifications@' + pl[1])
    if display is not None:
        p.name = display
    elif not p.name:
        p.name = C.pick_name(rng, lang)[0] if rng.random() < 0.6 else ''
    return p


# ------------------------------------------------------------------ time helpers
def start_time(rng, spec, lead, hour=None, dur=None, allday=False, days=1, rrule=None):
    tz = spec['tz']
    la = C.from_utc(tz, spec['arrival'])
    d0 = la.date() + dt.timedelta(days=rng.randint(*lead))
    if rrule and 'BYDAY=' in rrule:
        wd = rrule.split('BYDAY=')[1].split(';')[0].split(',')[0][-2:]
        target = C.WD[wd]
        d0 += dt.timedelta(days=(target - d0.weekday()) % 7)
        if 'MONTHLY' in rrule:
            n = int(re.match(r'-?\d+', rrule.split('BYDAY=')[1]).group(0))
            first = C.nth_weekday(d0.year, d0.month, '%d%s' % (n, wd))
            if first < d0:
                nm = d0.replace(day=1) + dt.timedelta(days=32)
                first = C.nth_weekday(nm.year, nm.month, '%d%s' % (n, wd))
            d0 = first
    if allday:
        s = dt.datetime.combine(d0, dt.time(0, 0))
        return s, s + dt.timedelta(days=days)
    h = hour if hour is not None else rng.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17])
    if h == la.hour and d0 == la.date() and lead[1] == 0:
        h = min(23, h + 1)
    m = rng.choice([0, 0, 0, 15, 30, 30, 45])
    if d0 == la.date() and h <= la.hour:
        h = min(23, la.hour + 1)
    s = dt.datetime.combine(d0, dt.time(h, m))
    return s, s + dt.timedelta(minutes=dur or rng.choice([30, 30, 45, 60, 60, 90]))


# ------------------------------------------------------------------ placeholder filling
def filler(rng, spec, extra=None):
    lang = spec['lang']
    rc = spec['rcpt']
    org = spec['org']
    v = dict(first=first_name(rc, lang), fullname=rc.name or rc.email, email=rc.email,
             lastname=(rc.name.split(' ')[-1] if rc.name else rc.local.split('.')[-1].title()),
             sender=org.name or org.local, sender_first=first_name(org, lang),
             company_s=org.domain.split('.')[0].replace('-', ' ').title(),
             title=rng.choice(TITLES), code=str(rng.randint(100000, 9999999)),
             pnr=rand_token(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), ticket='%03d-%010d' % (rng.randint(100, 999), rng.randint(0, 9999999999)),
             pin=str(rng.randint(1000, 9999)), case='%s-%d' % (rng.choice(['CS', 'INC', 'SR', 'T']), rng.randint(100000, 9999999)),
             chg='CHG%07d' % rng.randint(0, 9999999), track=rng.choice(['US', 'LX', 'RB', 'CP']) + str(rng.randint(10 ** 10, 10 ** 11)) + rng.choice(['US', 'CN', 'ES', 'NL']),
             date=fmt_day(lang, spec['start']), time=fmt_time(lang, spec['start']),
             phone=phone(rng, lang, spec['label'] == 'spam'), phone2=mobile(rng, lang), rphone=mobile(rng, lang),
             wa=rng.choice(['+1 (929) 555-0%d' % rng.randint(100, 199), 'https://wa.me/1555%07d' % rng.randint(0, 9999999), mobile(rng, lang)]),
             tg='@' + rng.choice(['hr_', 'mentor_', 'support_', 'vip_', '']) + rand_token(rng, 7).lower(),
             line='@' + rand_token(rng, 7).lower(), zalo='0' + ''.join(rng.choice('0123456789') for _ in range(9)),
             btc='bc1q' + rand_token(rng, 38, 'acdefghjklmnpqrstuvwxyz023456789'),
             mail=C.freemail_person(rng, 'en', rng.choice(['google', 'outlook', 'yahoo', None])).email,
             pw=rng.choice(['summer2019!', 'Qwerty123', 'P@ssw0rd1', 'letmein22', 'Football#7', 'ilovemydog']),
             cmdurl='https://%s/%s' % (junk_domain(rng, ['cdn', 'verify', 'captcha', 'update', 'check']), rand_token(rng, 6).lower()),
             tok=rand_token(rng, 22), tok2=rand_token(rng, 25).lower(),
             sp='https://%s.sharepoint.com/:x:/r/sites/%s/Shared%%20Documents/%s.xlsx?d=w%s&csf=1&web=1' % (
                 slug(rc.domain.split('.')[0]), rng.choice(['Finance', 'Team', 'Projects', 'Management']),
                 rng.choice(['Draft', 'Report%20v2', 'Plan']), rand_hex(rng, 32)),
             gdoc='https://docs.google.com/document/d/%s/edit?usp=sharing' % rand_token(rng, 44),
             vendor=org.domain.split('.')[0].replace('-', ' ').title())
    if extra:
        v.update(extra)
    return v


def fill(text, v):
    return re.sub(r'\{(\w+)\}', lambda m: str(v.get(m.group(1), m.group(0))), text)


def tidy(t):
    t = re.sub(r'[ \t]+\n', '\n', t)
    t = re.sub(r'\n{3,}', '\n\n', t)
    return t.strip()


# ------------------------------------------------------------------ spam builder
def build_spam(rng, slot, spec):
    cat = slot['cat']
    cfg = SPAM_CATS[cat]
    e = slot['entry']
    h = e.get('h', {})
    lang = spec['lang']
    client = spec['client']
    brand = h.get('brand')
    if cat == 'fake-update' and h.get('conf') == 'teams':
        brand = 'teams'
    # sender kind
    prefs = list(cfg['senders'])
    if h.get('spoof_self'):
        prefs = ['spoof', 'spoof', 'freemail', 'company']
    cands = [k for k in prefs if k in COMPAT[client]] or COMPAT[client][:1]
    kind = rng.choice(cands)
    if client == 'list':
        kind = rng.choice(['freemail', 'company'])
    spec['sender_kind'] = kind
    display = None
    if brand and kind in ('lookalike', 'spoof', 'vps', 'company', 'freemail') and rng.random() < 0.7:
        display = DISPLAY.get(brand)
    if cat in ('callback-scam',) and rng.random() < 0.5:
        display = rng.choice(['Billing Department', 'Order Confirmation', 'Customer Service', 'Renewal Team', 'Invoice'])
    if cat == 'retail-sale' and rng.random() < 0.4:
        display = rng.choice(['Outlet Store', 'Flash Sale', 'VIP Deals', 'Clearance Center'])
    if client == 'zoom':
        host = make_sender(rng, spec, rng.choice(['freemail', 'company']), lang)
        spec['org'] = host
        spec['reply_to'] = host
        spec['from'] = Person('Zoom', 'no-reply@zoom.us')
        spec['zoom_webinar'] = rng.random() < 0.6
    elif client == 'system':
        if kind == 'service':
            pl = rng.choice(PLATFORMS)
            inner = C.pick_name(rng, lang)[0]
            spec['from'] = Person('%s via %s' % (display or inner, pl[0]), rng.choice(['notifications', 'no-reply', 'events']) + '@' + pl[1])
            spec['brand'] = pl[0]
            spec['org'] = Person(display or inner, spec['from'].email)
        else:
            spec['from'] = make_sender(rng, spec, kind, lang, brand, cfg['words'], display)
            spec['brand'] = display or spec['from'].domain.split('.')[0].title()
            spec['org'] = spec['from']
        spec['method'] = rng.choice(['REQUEST', 'PUBLISH', 'PUBLISH'])
        spec['system'] = dict(organizer=True, attendee=rng.random() < 0.5)
    elif client == 'nextcloud':
        org = make_sender(rng, spec, kind, lang, brand, cfg['words'], display)
        if not org.name:
            org.name = C.pick_name(rng, lang)[0]
        spec['org'] = org
        spec['from'] = Person('%s via Nextcloud' % org.name, 'noreply@cloud.' + org.domain)
    else:
        if h.get('spoof_self') and kind == 'spoof':
            spec['from'] = Person(spec['rcpt'].name, spec['rcpt'].email)
            spec['dmarc_policy_override'] = rng.choice([None, 'NONE'])
        elif cat == 'bec':
            spec['from'] = bec_sender(rng, spec, kind, lang, h)
        else:
            spec['from'] = make_sender(rng, spec, kind, lang, brand, cfg['words'], display)
        spec['org'] = spec['from']
    if kind == 'spoof' and spec['from'].domain == spec['rcpt'].domain:
        spec['dmarc_policy_override'] = rng.choice([None, 'NONE', 'NONE'])
    if kind == 'spoof' and spec.get('dmarc_policy_override', 'unset') == 'unset':
        spec['dmarc_policy_override'] = rng.choice([None, 'NONE'])
    # compromised partner: same-language company; add signature-ish display
    # attendees
    n = rng.randint(*cfg['att'])
    if n and rng.random() < 0.5 and cat not in ('mass-invite',):
        co = others(rng, n, lang, spec['rcpt'].domain)
    else:
        co = others(rng, n, lang, mixed=True)
    att = co + [spec['rcpt']]
    if cat != 'mass-invite':
        rng.shuffle(att)
    else:
        att.sort(key=lambda p: p.email)
    if h.get('spoof_self') or (cat == 'bec'):
        att = [spec['rcpt']]
    spec['attendees'] = att
    if client in ('outlook', 'thunderbird', 'zimbra', 'yahoo', 'handrolled') and len(att) > 1 and rng.random() < 0.5:
        spec['to'] = att
    if client == 'handrolled' and rng.random() < 0.25:
        spec['bcc_style'] = True
    # timing
    spec['allday'] = bool(h.get('allday') or rng.random() < 0.15)
    spec['start'], spec['end'] = start_time(rng, spec, cfg['lead'], allday=spec['allday'],
                                            dur=rng.choice([15, 30, 60, 60, 120]))
    if rng.random() < 0.07:
        back = dt.timedelta(days=rng.randint(1, 40))
        spec['start'] -= back
        spec['end'] -= back
    # nagging
    nag = h.get('nag')
    if nag:
        apply_nag(rng, spec, nag)
    elif rng.random() < 0.12:
        spec['alarms'] = [('-PT%dM' % m, None) for m in rng.sample([0, 5, 10, 15, 30, 60], rng.randint(1, 3))]
    # text
    words = cfg['words'] or [brand or 'secure']
    url = spam_url(rng, cat, brand, words) if not h.get('nourl') and cfg['payload'] != {'none': 1} else None
    v = filler(rng, spec, dict(url=url or ''))
    if url:
        v['url'] = fill(url, v)
        url = v['url']
    if cat == 'doc-share-compromised' and url and rng.random() < 0.45:
        # link to a real-looking share on the compromised tenant, or on a hosting service
        url = v['url'] = rng.choice([
            'https://%s-my.sharepoint.com/:b:/g/personal/%s/%s?e=%s' % (slug(spec['org'].domain.split('.')[0]), spec['org'].local.replace('.', '_') + '_' + spec['org'].domain.replace('.', '_').replace('-', ''), rand_token(rng, 40), rand_token(rng, 6)),
            'https://www.dropbox.com/scl/fi/%s/Proposal.pdf?rlkey=%s&dl=0' % (rand_token(rng, 20).lower(), rand_token(rng, 25).lower()),
            'https://docs.google.com/presentation/d/e/2PACX-%s/pub' % rand_token(rng, 60)])
    summ = tidy(fill(e['s'], v))
    desc = fill(e['d'], v)
    placement = h.get('placement') or (wpick(rng, cfg['payload']) if url else 'none')
    if h.get('conf') and url:
        placement = 'conference'
    spec['summary'] = summ
    cta = CTA[lang]
    if url and placement != 'desc':
        desc_noturl = tidy(desc.replace(url, ''))
        if placement == 'altdesc':
            spec['x_alt_desc'] = '<html><body><p>%s</p><p><a href="%s">%s</a></p></body></html>' % (
                clients.htmlmod.escape(desc_noturl).replace('\n', '<br>'), url, cta)
            desc = desc_noturl + ('\n' + cta if rng.random() < 0.4 else '')
        elif placement == 'location':
            spec['location'] = url
            desc = desc_noturl
        elif placement == 'url':
            spec['url'] = url
            desc = desc_noturl
        elif placement == 'attach':
            spec['attach'] = [(url, rng.choice(['application/pdf', 'application/pdf', None, 'text/html']))]
            desc = desc_noturl
        elif placement == 'conference':
            k = h.get('conf') or rng.choice(['teams', 'custom'])
            spec['conf'] = {'kind': k, 'url': url, 'label': cta}
            if k in ('custom',) or rng.random() < 0.4:
                spec['conference'] = [(url, cta)]
            desc = desc_noturl
    spec['description'] = tidy(desc)
    if rng.random() < 0.1 and not spec.get('location'):
        spec['location'] = rng.choice(['Online', 'Zoom', 'Virtual', 'Online event', 'TBD'])
    if client in ('handrolled', 'system') and rng.random() < 0.6:
        spec['subject'] = summ if rng.random() < 0.7 else '%s: %s' % (clients.ui(lang, 'inv'), summ)
    # hand-rolled quirks (spam tools)
    if client == 'handrolled':
        qs = ['no_method', 'method_mismatch', 'nofold', 'tabfold', 'bare_lf', 'no_dtstamp', 'loose_escape',
              'no_vtimezone', 'html_only', 'no_method_param']
        spec['quirks'] = set(rng.sample(qs, rng.choice([0, 1, 1, 2, 2, 3])))
        if rng.random() < 0.4:
            spec['prodid'] = rng.choice(['-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', '-//Apple Inc.//Mac OS X 10.14//EN',
                                         '-//Google Inc//Google Calendar 70.9054//EN', '-//PYVOBJECT//NONSGML Version 1//EN',
                                         '-//%s//Events//EN' % spec['from'].domain.split('.')[0].title(), '-//ABC Corporation//NONSGML My Product//EN'])
        if 'method_mismatch' in spec['quirks'] and spec.get('method', 'REQUEST') not in ('REQUEST', 'PUBLISH'):
            spec['method'] = 'REQUEST'
    if client == 'system' and rng.random() < 0.3:
        spec['quirks'] = {rng.choice(['no_method', 'nofold'])}
    if client in ('system', 'handrolled') and rng.random() < 0.5:
        spec['body_text'] = spec['description'] + '\n'
    if spec.get('x_alt_desc') and client in ('system', 'handrolled') and rng.random() < 0.7:
        spec['body_html'] = spec['x_alt_desc']
    return dict(kind=kind, placement=placement)


def bec_sender(rng, spec, kind, lang, h):
    rc = spec['rcpt']
    name, loc = C.pick_name(rng, lang)
    if h.get('exec') or h.get('staff'):
        if kind == 'freemail':
            fam = {'google': 'google', 'outlook': 'outlook', 'apple': 'apple', 'yahoo': 'yahoo'}.get(spec['client'])
            p = C.freemail_person(rng, lang, fam)
            p.name = name
            return p
        if kind == 'lookalike':
            return Person(name, loc + '@' + typo_domain(rng, rc.domain))
        if kind == 'spoof':
            return Person(name, loc + '@' + rc.domain)
        d = C.company_domain(rng, lang)
        return Person(name, loc + '@' + d)
    # vendor
    vend = C.company_domain(rng, lang)
    if kind == 'lookalike':
        return Person(name, rng.choice(['accounts', 'billing', 'finance', 'ar']) + '@' + typo_domain(rng, vend))
    if kind == 'freemail':
        fam = {'google': 'google', 'outlook': 'outlook', 'apple': 'apple', 'yahoo': 'yahoo'}.get(spec['client'])
        p = C.freemail_person(rng, lang, fam)
        p.name = name
        return p
    return Person(name, loc + '@' + vend)


def apply_nag(rng, spec, nag):
    n_al = rng.randint(6, 24) if nag in ('alarms', 'daily', 'hourly') else rng.randint(2, 8)
    trig = ['-PT%dM' % (5 * i) for i in range(n_al)] if nag != 'alarms' else \
        ['-PT%dM' % m for m in sorted(rng.sample(range(0, 600, 5), n_al))]
    spec['alarms'] = [(t, spec.get('summary_hint')) for t in trig]
    if nag == 'daily':
        spec['rrule'] = rng.choice(['FREQ=DAILY', 'FREQ=DAILY;INTERVAL=1', 'FREQ=DAILY;COUNT=9999'])
    elif nag == 'hourly':
        spec['rrule'] = rng.choice(['FREQ=HOURLY;INTERVAL=3', 'FREQ=MINUTELY;INTERVAL=30'])
    elif nag == 'weekly':
        spec['rrule'] = 'FREQ=WEEKLY'
    elif nag == 'future':
        y = rng.choice([2099, 2100, 2199, 2038, 2125])
        spec['start'] = spec['start'].replace(year=y)
        spec['end'] = spec['end'].replace(year=y)
        spec['rrule'] = rng.choice([None, 'FREQ=YEARLY', 'FREQ=DAILY'])
    if nag in ('alarms', 'daily') and rng.random() < 0.5:
        spec['alarms'] = [(t, 'Reminder %d' % i) for i, (t, _) in enumerate(spec['alarms'])]


# ------------------------------------------------------------------ ham builder
def brand_domain(rng, brand, lang):
    return slug(brand)[:20] + '.' + rng.choice(C.TLDS.get(lang, ['com'])[:2] + ['com'])


def build_ham(rng, slot, spec):
    cat = slot['cat']
    cfg = HAM_CATS[cat]
    e = slot['entry']
    h = e.get('h', {})
    lang = spec['lang']
    client = spec['client']
    rc = spec['rcpt']
    prefs = list(cfg['senders'])
    if h.get('freemail') or h.get('personal'):
        prefs = ['freemail']
    if h.get('person') or h.get('internal'):
        prefs = ['company']
    if cat == 'personal-invite':
        prefs = ['freemail']
    cands = [k for k in prefs if k in COMPAT[client]] or COMPAT[client][:1]
    kind = rng.choice(cands)
    if client == 'list':
        kind = rng.choice(['company', 'freemail'])
    spec['sender_kind'] = kind
    internal = h.get('internal') and kind == 'company'
    brand = h.get('brand')
    if kind == 'service' and client == 'system':
        bname = brand or rng.choice(PLATFORMS)[0]
        bd = dict(PLATFORMS).get(bname) or brand_domain(rng, bname, lang)
        spec['from'] = Person(bname, rng.choice(['no-reply', 'noreply', 'reservations', 'booking', 'appointments', 'info', 'notifications']) + '@' + bd)
        spec['brand'] = bname
        spec['org'] = spec['from']
        spec['method'] = rng.choice(['PUBLISH', 'PUBLISH', 'REQUEST'])
        spec['system'] = dict(organizer=rng.random() < 0.6, attendee=rng.random() < 0.3)
    elif client == 'zoom':
        if brand:
            host = Person(brand, 'events@' + brand_domain(rng, brand, lang))
        else:
            host = C.person_at(rng, lang, C.company_domain(rng, lang))
        spec['org'] = host
        spec['reply_to'] = host
        spec['from'] = Person('Zoom', 'no-reply@zoom.us')
        spec['zoom_webinar'] = cat == 'vendor-webinar-conference'
        spec['sender_kind'] = 'service'
    else:
        if kind == 'freemail':
            fam = {'google': 'google', 'outlook': 'outlook', 'apple': 'apple', 'yahoo': 'yahoo'}.get(client)
            if client == 'list':
                fam = rng.choice(['google', None])
            org = C.freemail_person(rng, lang, fam)
        elif internal or (cat in ('team-meeting', 'it-notice') and kind == 'company'):
            org = C.person_at(rng, lang, rc.domain)
        elif brand and kind in ('company', 'company_weak', 'service'):
            bd = brand_domain(rng, brand, lang)
            org = Person(brand if rng.random() < 0.6 else C.pick_name(rng, lang)[0],
                         rng.choice(['info', 'reception', 'frontdesk', 'appointments', 'noreply', 'office']) + '@' + bd)
        else:
            org = C.person_at(rng, lang, C.company_domain(rng, lang))
        if cat == 'it-notice' and rng.random() < 0.5:
            org = Person(rng.choice(['IT Service Desk', 'IT Operations', 'Servicedesk', 'IT Support']), rng.choice(['it-servicedesk', 'itsupport', 'helpdesk', 'it-ops']) + '@' + org.domain)
        spec['org'] = org
        spec['from'] = org
        if client == 'nextcloud':
            spec['from'] = Person('%s via Nextcloud' % (org.name or org.local), 'noreply@cloud.' + org.domain)
        if client in ('system', 'handrolled'):
            spec['brand'] = brand or org.domain.split('.')[0].title()
            spec['method'] = rng.choice(['PUBLISH', 'REQUEST']) if not brand else 'PUBLISH'
            spec['system'] = dict(organizer=True, attendee=rng.random() < 0.5)
    # attendees
    lo, hi = h.get('many', (0, 3) if not brand else (0, 0))
    n = rng.randint(lo, hi)
    dom = rc.domain if (internal or cat in ('team-meeting', 'it-notice', 'colleague-doc-share')) and rng.random() < 0.8 else None
    co = others(rng, n, lang, dom, mixed=dom is None)
    att = co + [rc]
    rng.shuffle(att)
    if brand and client in ('system', 'handrolled') and rng.random() < 0.6:
        att = [rc]
    spec['attendees'] = att
    if client in ('outlook', 'thunderbird', 'zimbra', 'yahoo') and len(att) > 1 and len(att) < 60:
        spec['to'] = att
    # timing
    dur = h.get('dur')
    spec['allday'] = bool(h.get('allday', False))
    spec['start'], spec['end'] = start_time(rng, spec, cfg['lead'], hour=h.get('hour'), dur=dur,
                                            allday=h.get('allday', False), days=h.get('days', 1), rrule=h.get('rrule'))
    if h.get('rrule'):
        spec['rrule'] = h['rrule']
    if rng.random() < 0.2:
        spec['alarms'] = [(rng.choice(['-PT15M', '-PT30M', '-PT1H', '-P1D', '-PT10M']), None)]
    if h.get('conf') and client != 'zoom':
        k = h['conf']
        if client == 'google' and k == 'teams':
            k = 'meet' if rng.random() < 0.5 else 'teams'
        if client == 'outlook' and k == 'meet' and rng.random() < 0.6:
            k = 'teams'
        spec['conf'] = {'kind': k}
        if k == 'webex':
            spec['conf']['site'] = slug(spec['org'].domain.split('.')[0])[:12]
    elif h.get('conf') == 'zoom' or client == 'zoom':
        spec['conf'] = {'kind': 'zoom'}
    # text
    url = 'https://%s/%s/%s' % (rng.choice(['www.', 'my.', 'portal.', '']) + (spec['from'].domain if spec['from'].domain != 'zoom.us' else spec['org'].domain),
                                rng.choice(['booking', 'manage', 'account', 'r', 'appointments', 'portal', 'selfservice']), rand_token(rng, 12))
    v = filler(rng, spec, dict(url=url, zoomurl='https://us0%dweb.zoom.us/j/%d' % (rng.randint(2, 6), rng.randint(80000000000, 99999999999))))
    spec['summary'] = tidy(fill(e['s'], v))
    spec['description'] = tidy(fill(e['d'], v))
    if e.get('l'):
        spec['location'] = fill(e['l'], v)
    elif spec.get('conf') and rng.random() < 0.5:
        spec['location'] = {'teams': 'Microsoft Teams Meeting', 'meet': '', 'zoom': 'Zoom', 'webex': 'Webex'}[spec['conf']['kind']]
    if brand and client in ('system', 'handrolled'):
        spec['subject'] = rng.choice(['%s', 'Confirmation: %s', '%s - confirmation', '%s']) % spec['summary'] if lang == 'en' else spec['summary']
    # hand-rolled quirks of legitimate small generators
    if client == 'handrolled':
        spec['quirks'] = set(rng.sample(['no_method', 'nofold', 'no_dtstamp', 'loose_escape', 'no_vtimezone'], rng.choice([0, 0, 0, 1, 1, 2])))
        spec['prodid'] = rng.choice([p for p in clients.HANDROLLED_PRODIDS[10:] if 'Google' not in p] + ['-//%s//Booking//EN' % spec.get('brand', 'Web')])
    if client == 'system' and rng.random() < 0.15:
        spec['quirks'] = {rng.choice(['no_method', 'nofold'])}
    if client in ('system', 'handrolled') and brand:
        spec['body_text'] = '%s\n\n%s\n\n%s\n' % (spec['summary'], spec['description'], spec.get('location', ''))
    # --- special categories
    if cat == 'reply-cancel':
        if h.get('reply'):
            spec['method'] = 'REPLY'
            spec['partstat'] = h['reply']
            spec['org'] = rc
            replier = C.person_at(rng, lang, rc.domain if rng.random() < 0.5 else C.company_domain(rng, lang))
            if kind == 'freemail':
                replier = C.freemail_person(rng, lang, {'google': 'google', 'outlook': 'outlook', 'apple': 'apple', 'yahoo': 'yahoo'}.get(client))
            spec['replier'] = replier
            spec['from'] = replier
            if client == 'nextcloud':
                spec['from'] = Person('%s via Nextcloud' % replier.name, 'noreply@cloud.' + replier.domain)
            if h.get('comment'):
                spec['comment'] = h['comment']
            spec['attendees'] = [replier]
            spec['to'] = [rc]
        else:
            spec['method'] = 'CANCEL'
            spec['sequence'] = rng.randint(1, 3)
            spec['cancel_note'] = spec['description']
    if cat == 'forwarded-invite':
        orig = C.person_at(rng, lang, C.company_domain(rng, lang))
        fwd_by = C.person_at(rng, lang, rc.domain) if kind == 'company' else C.freemail_person(
            rng, lang, {'outlook': 'outlook', 'apple': 'apple', 'yahoo': 'yahoo'}.get(client))
        spec['org'] = orig
        spec['from'] = fwd_by
        spec['attendees'] = others(rng, rng.randint(1, 5), lang, orig.domain) + [fwd_by, rc]
        spec['to'] = [rc]
        intro = h.get('intro', '')
        if client != 'outlook':
            intro += '\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n' % (
                orig.name, orig.email, C.rfc2822_date(spec['arrival'] - dt.timedelta(days=rng.randint(1, 5))),
                spec['summary'], fwd_by.email)
        spec['intro'] = intro
        spec['subject'] = '%s: %s' % (FWD[lang], spec['summary'])
    if cat == 'mailing-list-copy':
        spec['list'] = make_list(rng, h.get('list', 'members'), lang)
        spec['attendees'] = [Person(spec['list']['title'], spec['list']['addr'])]
        spec['to'] = [Person('', spec['list']['addr'])]
    if cat == 'personal-invite' and client == 'google' and rng.random() < 0.5:
        spec['attendees'] += others(rng, rng.randint(3, 12), lang, mixed=True)
    if cat == 'community-series' and rng.random() < 0.6:
        spec['attendees'] += others(rng, rng.randint(5, 30), lang, mixed=True)
    if h.get('transp'):
        spec.setdefault('xprops', []).append('X-MICROSOFT-CDO-BUSYSTATUS:FREE' if client != 'outlook' else 'X-MS-OLK-AUTOSTARTCHECK:FALSE')
    return dict(kind=spec['sender_kind'], placement='-')


# ------------------------------------------------------------------ assembly
def assemble(spec, rng):
    top, extra = transport.build(spec, rng)
    headers, root = clients.RENDERERS[spec['client']](spec, rng)
    out = []
    for n, v in top:
        out.append('%s: %s' % (n, v))
    ch = [fold_header(n, v) for n, v in headers]
    ex = [fold_header(n, v) if n not in ('X-Received',) else '%s: %s' % (n, v) for n, v in extra]
    if spec['_infra'] == 'google':
        out += ex + ch
    else:
        out += ch + ex
    if isinstance(root, Multi):
        out.append(fold_header('Content-Type', root.ctype()))
        body = root.body_bytes()
    else:
        for n, v in root.headers:
            out.append(fold_header(n, v))
        body = root.body
    head = '\n'.join(out) + '\n\n'
    raw = head.encode('ascii') + body
    assert b'\r' not in raw, 'stray CR'
    return raw.replace(b'\n', b'\r\n')


def stratified_dates(rng, n):
    a = dt.datetime(2016, 1, 4)
    b = dt.datetime(2026, 11, 28)
    span = (b - a).total_seconds()
    out = []
    for i in range(n):
        f = (i + rng.random()) / n
        d = a + dt.timedelta(seconds=span * f)
        out.append(d.replace(microsecond=0))
    rng.shuffle(out)
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'out')
    rng = random.Random(SEED)
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    rows = []
    stats = {'spam': {}, 'ham': {}}
    for label, cats, texts in (('spam', SPAM_CATS, SPAM), ('ham', HAM_CATS, HAM)):
        slots = []
        for cat, cfg in cats.items():
            for e in texts[cat]:
                slots.append(dict(label=label, cat=cat, entry=e, allowed=cfg['clients']))
        assert len(slots) == 160, (label, len(slots))
        left = assign_clients(slots, rng)
        dates = stratified_dates(rng, len(slots))
        counters = {}
        for slot, arr in zip(slots, dates):
            lang = slot['entry']['lang']
            client = slot['client']
            srng = random.Random('%s/%s/%d/%s' % (SEED, slot['cat'], counters.get(slot['cat'], 0), label))
            tz = srng.choice(C.LANG_TZ[lang])
            if label == 'spam' and srng.random() < 0.25:
                tz = 'UTC'
            spec = dict(label=label, category=slot['cat'], lang=lang, client=client, arrival=arr, tz=tz,
                        _policy_cache={}, _rng=srng)
            spec['sent'] = arr - dt.timedelta(seconds=srng.randint(2, 95))
            spec['rcpt'] = rcpt_person(srng, lang if srng.random() < 0.85 else 'en')
            spec['org'] = spec['rcpt']
            # preliminary time so placeholders can use it; builders recompute
            spec['start'], spec['end'] = arr, arr + dt.timedelta(hours=1)
            if client == 'list':
                spec['list'] = make_list(srng, srng.choice(['members', 'dev', 'announce', 'community']), lang)
                spec['sent'] = arr - dt.timedelta(minutes=srng.randint(1, 30))
            if label == 'spam':
                info = build_spam(srng, slot, spec)
            else:
                info = build_ham(srng, slot, spec)
            raw = assemble(spec, srng)
            counters[slot['cat']] = counters.get(slot['cat'], 0) + 1
            idx = counters[slot['cat']]
            rel = '%s/%s/%03d.eml' % (label, slot['cat'], idx)
            path = os.path.join(outdir, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'wb') as f:
                f.write(raw)
            head_only = b'\n'.join(l for l in raw.split(b'\r\n') if l[:1] not in (b' ', b'\t') or b'charset' in l)
            for m in re.finditer(rb'(?im)^Content-Type:[^\r\n]*?charset="?([A-Za-z0-9_-]+)', head_only):
                stats.setdefault('_charsets', set()).add(m.group(1).decode().lower())
            for m in re.finditer(rb'(?im)^Content-Transfer-Encoding: *([A-Za-z0-9-]+)', raw):
                stats.setdefault('_ctes', set()).add(m.group(1).decode().lower())
            desc = '%s; %s; %s; sender=%s%s; %s' % (
                spec['summary'][:70].replace('\t', ' '), C.LANG_NAMES[lang], client, info['kind'],
                ('; payload=' + info['placement']) if label == 'spam' else '', arr.strftime('%Y-%m'))
            rows.append((rel, label, slot['cat'], desc))
            st = stats[label].setdefault(slot['cat'], {'n': 0, 'langs': set(), 'clients': {}})
            st['n'] += 1
            st['langs'].add(lang)
            st['clients'][client] = st['clients'].get(client, 0) + 1
            stats.setdefault('_clients_' + label, {}).setdefault(client, 0)
            stats['_clients_' + label][client] += 1
            stats.setdefault('_langs_' + label, {}).setdefault(lang, 0)
            stats['_langs_' + label][lang] += 1
    rows.sort()
    with open(os.path.join(outdir, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('path\tlabel\tcategory\tdescription\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    write_readme(outdir, stats)
    print('wrote %d messages to %s' % (len(rows), outdir))


def write_readme(outdir, stats):
    L = ['# train16 - labelled calendar-invitation corpus (spam and ham)', '',
         'A sealed exam corpus of 320 RFC 5322 messages that carry iCalendar objects (iMIP invitations, '
         'publications, replies and cancellations): 160 spam / fraud and 160 legitimate messages. '
         'Every message was written and generated for this corpus by `gen.py` (fixed random seed '
         '%d); no message was copied from anywhere. Names, companies, phone numbers and addresses are invented; '
         'IP addresses come from the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, '
         '2001:db8::/32). Real brand names appear only in message text and in invented look-alike domains; '
         'the big mail, calendar, meeting and file-sharing services appear as the infrastructure and link hosts they really are.' % SEED, '',
         'Each file starts with the trace headers written by the receiving MX `mx.example.net` '
         '(Return-Path, Delivered-To, Authentication-Results, Received), followed by the sender side\'s Received '
         'lines, DKIM-Signature(s) and the sending client\'s own headers. Authentication results follow the sender '
         'set-up (pass for real and look-alike accounts, fail/none/softfail for spoofs and bare VPS senders, '
         'dkim=fail for mailing-list copies). Arrival dates are spread from January 2016 to November 2026.', '',
         '## Layout', '', '- `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`',
         '- `labels.tsv`: `path  label  category  description` (path relative to this directory)',
         '- regenerate with `python3 gen.py [OUTDIR]`, verify with `python3 check.py [OUTDIR]`', '']
    for label, cats in (('spam', SPAM_CATS), ('ham', HAM_CATS)):
        L += ['## %s categories' % label.capitalize(), '', '| category | count | languages | what |', '|---|---|---|---|']
        tot = 0
        for cat, cfg in cats.items():
            st = stats[label][cat]
            tot += st['n']
            L.append('| %s | %d | %s | %s |' % (cat, st['n'], ', '.join(sorted(st['langs'])), cfg['desc']))
        L += ['| **total** | **%d** | | |' % tot, '']
    L += ['## Languages', '', '| language | spam | ham |', '|---|---|---|']
    for lg in C.LANGS:
        L.append('| %s (%s) | %d | %d |' % (C.LANG_NAMES[lg], lg, stats['_langs_spam'].get(lg, 0), stats['_langs_ham'].get(lg, 0)))
    L += ['', 'MIME part charsets used: %s. Transfer encodings used: %s. Calendar parts are mostly UTF-8; header '
          'fields use RFC 2047 encoded words (B and Q) in the body charset or UTF-8.' % (
              ', '.join(sorted(stats['_charsets'])), ', '.join(sorted(stats['_ctes']))), '',
          '## Sending clients', '', 'Both labels are spread over the same clients in the same proportions, so the client '
          'alone says nothing about the label.', '', '| client style | spam | ham |', '|---|---|---|']
    for c in CLIENTS:
        L.append('| %s | %d | %d |' % (CLIENT_NAMES[c], stats['_clients_spam'].get(c, 0), stats['_clients_ham'].get(c, 0)))
    L += ['', 'Client styles imitate the MIME layout, header set and iCalendar style of each family (PRODID, '
          'property order, folding, X- properties, VTIMEZONE blocks). Hand-rolled generators cover both small '
          'legitimate web applications and bulk-mail tools, with the quirks such software shows (missing METHOD, '
          'method parameter disagreeing with METHOD, unfolded or tab-folded lines, bare LF inside a base64 part, etc.).', '',
          '## Licence', '', 'CC0 1.0 Universal - public domain dedication. Everything here (messages, labels, this README, '
          'the generator) was written or generated for this corpus by gen.py.', '']
    with open(os.path.join(outdir, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L))


if __name__ == '__main__':
    main()
