#!/usr/bin/env python3
"""Deterministic generator for the holdout10 calendar-invitation exam corpus.
Writes out/spam/<category>/NNN.eml, out/ham/<category>/NNN.eml, out/labels.tsv, out/README.md.
Python 3 standard library only."""
import os
import re
import sys
import time
import random
import shutil
import datetime as dt
from collections import Counter, defaultdict

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tzs
import world as W
import clients
from texts_spam import SPAM
from texts_ham import HAM

SEED = 20261124
# The repository keeps the output in corpus/holdout10; HOLDOUT10_OUT=that path regenerates or checks it in place.
OUT = os.environ.get('HOLDOUT10_OUT', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'out'))
D = dt.timedelta

CLIENT_COUNTS = dict(google=30, outlook=30, outlookcom=10, icloud=14, thunderbird=10, zoom=8, nextcloud=7, zimbra=7,
                     yahoo=7, sogo=5, booking=12, mailinglist=9, handrolled=11)

SPAM_CLIENTS = {
    'retail-sale': ['icloud', 'google', 'outlookcom', 'yahoo', 'handrolled', 'mailinglist', 'zimbra', 'sogo', 'booking'],
    'prize-giftcard': ['google', 'icloud', 'outlookcom', 'yahoo', 'handrolled', 'booking', 'zoom', 'nextcloud', 'mailinglist'],
    'crypto-investment': ['google', 'zoom', 'outlookcom', 'yahoo', 'icloud', 'handrolled', 'mailinglist', 'thunderbird', 'outlook'],
    'dating-sextortion': ['google', 'icloud', 'yahoo', 'outlookcom', 'handrolled', 'thunderbird', 'mailinglist'],
    'fee-scam': ['booking', 'handrolled', 'google', 'outlook', 'icloud', 'nextcloud', 'zimbra', 'thunderbird'],
    'credential-phish': ['outlook', 'booking', 'handrolled', 'google', 'zimbra', 'sogo', 'nextcloud', 'thunderbird', 'outlookcom'],
    'callback-scam': ['google', 'outlookcom', 'yahoo', 'icloud', 'handrolled', 'booking', 'outlook'],
    'fake-update': ['outlook', 'zoom', 'google', 'handrolled', 'thunderbird', 'nextcloud'],
    'bec': ['outlook', 'google', 'outlookcom', 'yahoo', 'thunderbird', 'icloud', 'zimbra'],
    'advance-fee': ['yahoo', 'outlookcom', 'google', 'zimbra', 'sogo', 'thunderbird', 'icloud'],
    'task-job-scam': ['google', 'yahoo', 'icloud', 'outlookcom', 'zoom', 'handrolled', 'mailinglist'],
    'compromised-docshare': ['outlook', 'google', 'zimbra', 'sogo', 'nextcloud', 'thunderbird'],
    'nag-payload': ['google', 'handrolled', 'icloud', 'outlookcom', 'yahoo', 'nextcloud'],
    'mass-invite': ['google', 'outlookcom', 'icloud', 'yahoo', 'mailinglist', 'handrolled', 'zimbra'],
}
HAM_CLIENTS = {
    'travel-booking': ['booking', 'handrolled', 'outlook', 'google', 'thunderbird'],
    'hospitality-booking': ['booking', 'handrolled', 'google', 'yahoo', 'icloud'],
    'medical-appointment': ['booking', 'handrolled', 'zimbra', 'nextcloud', 'outlook'],
    'vendor-webinar': ['zoom', 'outlook', 'google', 'booking', 'mailinglist', 'handrolled'],
    'community-series': ['google', 'yahoo', 'outlookcom', 'icloud', 'mailinglist', 'nextcloud', 'thunderbird', 'handrolled'],
    'it-notice': ['outlook', 'zimbra', 'sogo', 'handrolled', 'nextcloud', 'google'],
    'doc-share-meeting': ['outlook', 'google', 'nextcloud', 'sogo', 'zimbra', 'thunderbird'],
    'finance-reminder': ['outlook', 'google', 'zimbra', 'thunderbird', 'yahoo', 'booking'],
    'recruiting': ['google', 'outlook', 'zoom', 'booking', 'handrolled'],
    'forwarded-invite': ['outlook', 'google', 'thunderbird', 'icloud', 'outlookcom'],
    'list-copy': ['mailinglist'],
    'reply-cancel': ['google', 'outlook', 'outlookcom', 'icloud', 'thunderbird', 'yahoo', 'nextcloud', 'zimbra', 'sogo'],
    'personal': ['google', 'icloud', 'yahoo', 'outlookcom', 'thunderbird', 'nextcloud'],
    'support-callback': ['outlook', 'google', 'booking', 'handrolled', 'zoom', 'zimbra'],
    'work-meeting': ['outlook', 'google', 'zoom', 'zimbra', 'sogo', 'thunderbird', 'nextcloud'],
}

CAT_DESC = {
    'retail-sale': 'counterfeit/"outlet" retail sale waves',
    'prize-giftcard': 'prize, survey and gift-card lures',
    'crypto-investment': 'crypto and investment fraud, fake trading webinars',
    'dating-sextortion': 'dating lures, romance bait and sextortion',
    'fee-scam': 'parcel/toll/tax/utility small-fee scams',
    'credential-phish': 'credential phishing under brands, banks and government',
    'callback-scam': 'tech-support / subscription-renewal callback scams (phone only)',
    'fake-update': 'fake meeting-client/browser updates and paste-this-command lures',
    'bec': 'business e-mail compromise: CEO fraud, gift cards, bank-detail and payroll changes',
    'advance-fee': 'advance-fee fraud (inheritance, compensation, ATM card)',
    'task-job-scam': 'task/job scams moving victims to messengers',
    'compromised-docshare': 'document-share lures from compromised partner mailboxes',
    'nag-payload': 'nagging payloads: endless recurrence, many alarms, far-future dates',
    'mass-invite': 'mass invitations to hundreds of unrelated attendees',
    'travel-booking': 'airline, rail and travel-agent bookings',
    'hospitality-booking': 'hotel, restaurant, rental and spa reservations',
    'medical-appointment': 'doctor, dentist, vet and telehealth appointments',
    'vendor-webinar': 'vendor webinars and conferences (free/offer wording, many attendees)',
    'community-series': 'school/church/club recurring series without end date, often from free mail',
    'it-notice': 'IT maintenance windows and password-expiry notices',
    'doc-share-meeting': 'colleagues sharing documents with links',
    'finance-reminder': 'payment reminders, payroll cut-offs and bank-detail warnings',
    'recruiting': 'recruiter interviews and screens',
    'forwarded-invite': 'forwarded invitations',
    'list-copy': 'mailing-list copies of invitations (broken DKIM)',
    'reply-cancel': 'REPLY/CANCEL messages for meetings the recipient organised',
    'personal': 'personal invitations between friends and family',
    'support-callback': 'support callbacks that the recipient requested',
    'work-meeting': 'ordinary internal and external meetings',
}

FREE_CLIENTS = {'icloud', 'yahoo', 'outlookcom'}


# ------------------------------------------------------------------ small random helpers

def R(rng, n, al='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(al) for _ in range(n))


def RU(rng, n):
    return R(rng, n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')


def code(rng):
    f = rng.choice([lambda: R(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), lambda: 'HX' + R(rng, 7, '0123456789'),
                    lambda: '%d' % rng.randint(10 ** 7, 10 ** 9), lambda: R(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + '-' + R(rng, 5, '0123456789')])
    return f()


def iban(rng, lang):
    cc = {'de': 'DE', 'fr': 'FR', 'es': 'ES', 'it': 'IT', 'nl': 'NL', 'pl': 'PL', 'pt': 'PT', 'he': 'IL', 'zh': 'CN'}.get(lang, rng.choice(['GB', 'LT', 'PT', 'IE', 'HK']))
    return cc + R(rng, 2, '0123456789') + ' ' + ' '.join(R(rng, 4, '0123456789') for _ in range(4)) + ' ' + R(rng, 2, '0123456789')


def phone(rng, lang, scam=False):
    if lang == 'en':
        if scam or rng.random() < 0.6:
            return rng.choice(['+1 (%d) 555-01%02d', '1-%d-555-01%02d', '+1 %d 555 01%02d']) % (rng.choice([800, 833, 844, 855, 866, 877, 888]), rng.randint(0, 99))
        return '+44 20 7946 0%03d' % rng.randint(0, 999)
    fm = {'de': '+49 30 %d %d', 'fr': '+33 1 %02d %02d %02d %02d', 'es': '+34 91 %d %d', 'pt': '+351 21 %d %d', 'it': '+39 02 %d %d',
          'nl': '+31 20 %d %d', 'pl': '+48 22 %d %d', 'tr': '+90 212 %d %d', 'ru': '+7 495 %d-%02d-%02d', 'el': '+30 210 %d %d',
          'ar': '+966 11 %d %d', 'he': '+972 3-%d-%d', 'zh': '+86 21 %d %d', 'zh-tw': '+886 2 %d %d', 'ja': '03-%d-%d', 'ko': '02-%d-%d',
          'hi': '+91 %d %d', 'th': '+66 2 %d %d'}[lang]
    n = fm.count('%')
    vals = [rng.randint(1000, 9999) if i else rng.randint(100, 999) for i in range(n)]
    if lang == 'fr':
        vals = [rng.randint(10, 99) for _ in range(4)]
    if lang == 'ru':
        vals = [rng.randint(100, 999), rng.randint(10, 99), rng.randint(10, 99)]
    if lang == 'hi':
        vals = [rng.randint(70000, 99999), rng.randint(10000, 99999)]
    if scam and lang in ('hi', 'he', 'pt', 'tr') and rng.random() < 0.7:
        return {'hi': '+91 %d%d' % (rng.randint(70000, 99999), rng.randint(10000, 99999)), 'he': '+44 7%d %d' % (rng.randint(100, 999), rng.randint(100000, 999999)),
                'pt': '+55 11 9%d-%d' % (rng.randint(1000, 9999), rng.randint(1000, 9999)), 'tr': '+90 5%d %d %d' % (rng.randint(10, 59), rng.randint(100, 999), rng.randint(1000, 9999))}[lang]
    return fm % tuple(vals)


def wallet(rng):
    return rng.choice(['bc1q' + R(rng, 38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'), '1' + R(rng, 33, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'),
                       '0x' + R(rng, 40, '0123456789abcdef')])


def messenger(rng, lang):
    if lang in ('zh', 'zh-tw'):
        return rng.choice(['wxid_', 'vx', 'WX-']) + R(rng, 8)
    if lang == 'th':
        return '@' + R(rng, 7)
    return '@' + rng.choice(['hr_', 'mgr_', 'job', 'team', 'assist_', '']) + R(rng, rng.randint(6, 10), 'abcdefghijklmnopqrstuvwxyz_0123456789')


def spam_domain(rng, slug=None):
    w = rng.choice(W.SPAM_WORDS)
    t = rng.choice(W.SPAM_TLDS)
    if slug:
        pat = rng.choice(['{s}-{w}.{t}', '{w}-{s}.{t}', '{s}{w}{n}.{t}', '{s}-{w}-{r}.{t}', 'my{s}-{w}.{t}', '{s}.{w}-{r}.{t}'])
    else:
        pat = rng.choice(['{w}{n}.{t}', '{r}{w}.{t}', '{w}-{r}.{t}', '{r}.{t}'])
    return pat.format(s=slug, w=w, t=t, n=rng.randint(1, 99), r=R(rng, rng.randint(4, 7), 'abcdefghijklmnopqrstuvwxyz'))


def spam_url(rng, slug=None, abused=0.3):
    if rng.random() < abused:
        h = rng.choice(W.ABUSED_HOSTS).format(r=R(rng, rng.randint(6, 14)), R=RU(rng, 22))
        return 'https://' + h
    d = spam_domain(rng, slug)
    path = rng.choice(['/', '/login', '/verify?id=%s' % RU(rng, 12), '/%s' % R(rng, 8), '/claim/%s' % R(rng, 10), '/index.php?u=%s' % RU(rng, 10),
                       '/pay?ref=%s' % code(rng), '/s/%s' % RU(rng, 7), '/track/%s' % R(rng, 12)])
    return 'https://' + rng.choice(['', 'www.', 'secure.', 'app.', '']) + d + path


def shop_url(rng, slug):
    base = rng.choice(['outlet', 'sale', 'store', 'shop', 'deals', 'official', 'clearance'])
    d = rng.choice(['{s}{b}{y}.{t}', '{s}-{b}.{t}', '{b}{s}.{t}', '{s}{b}.{t}']).format(s=slug, b=base, y=rng.choice([2016, 2017, 24, 25, '']),
                                                                                       t=rng.choice(['com', 'shop', 'store', 'top', 'online', 'us.com', 'site']))
    return 'http%s://www.%s/%s' % (rng.choice(['', 's']), d, rng.choice(['', '?utm=ical', 'sale/', 'index.html', '?c=' + R(rng, 6)]))


def lookalike_of(rng, domain):
    name, tld = domain.split('.', 1)
    ops = [lambda s: s.replace('l', 'i', 1) if 'l' in s else s + 's', lambda s: s.replace('o', '0', 1) if 'o' in s else s + '-inc',
           lambda s: s.replace('rn', 'm', 1) if 'rn' in s else s.replace('m', 'rn', 1) if 'm' in s else s + 'group',
           lambda s: s + '-us', lambda s: s.replace('-', '', 1) if '-' in s else s[:-1] + s[-1] * 2,
           lambda s: s[:2] + s[3] + s[2] + s[4:] if len(s) > 5 else s + 'e']
    new = rng.choice(ops)(name)
    if new == name:
        new = name + 's'
    return new + '.' + rng.choice([tld, tld, 'com', 'co', 'net'])


# ------------------------------------------------------------------ people and senders

def person(rng, lang, exclude=()):
    if lang == 'en' and rng.random() < 0.6:
        f, l = rng.choice(W.EN_FIRST), rng.choice(W.EN_LAST)
        if '%s %s' % (f, l) not in exclude:
            lo = rng.choice(['{f}.{l}', '{f}{l}', '{fi}{l}', '{f}', '{f}_{l}', '{fi}.{l}']).format(
                f=f.lower(), l=l.lower().replace("'", ''), fi=f[0].lower())
            return ('%s %s' % (f, l), lo)
    pool = [p for p in W.PEOPLE.get(lang, W.PEOPLE['en']) if p[0] not in exclude]
    return rng.choice(pool)


def first(name):
    if not name:
        return ''
    parts = name.split()
    return parts[0] if len(parts) > 1 or ' ' in name else name


def org_for(rng, lang):
    return rng.choice(W.ORGS.get(lang) or W.ORGS['en'])


def free_domain(rng, client, lang):
    if client == 'google':
        return 'gmail.com'
    if client == 'icloud':
        return rng.choice(['icloud.com', 'icloud.com', 'me.com'])
    if client == 'yahoo':
        return 'yahoo.co.jp' if lang == 'ja' else 'yahoo.com'
    if client == 'outlookcom':
        return rng.choice(['outlook.com', 'hotmail.com', 'outlook.com', 'live.com'])
    if client == 'thunderbird':
        return rng.choice(W.FREEMAIL.get(lang, ['gmail.com', 'posteo.de']))
    return None


def make_sender(ctx, kind, name, local, domain, org=None):
    """Adapt the intended sender identity to what the client can actually send."""
    rng, client = ctx['rng'], ctx['client']
    eff = client if client != 'mailinglist' else ctx['S'].get('inner_client', 'thunderbird')
    if eff in FREE_CLIENTS or (kind == 'free' and eff in ('google', 'thunderbird')):
        fd = free_domain(rng, eff, ctx['lang'])
        if fd:
            domain = fd
            kind = 'free'
            local = local.replace('.', rng.choice(['.', '', '_'])) + (str(rng.randint(1, 999)) if rng.random() < 0.5 else '')
    if eff == 'outlook' and kind == 'free':
        domain = rng.choice(['outlook.com', 'hotmail.com'])
    return dict(kind=kind, name=name, email='%s@%s' % (local, domain), domain=domain, org=org)


def mass_attendees(rng, n, rcpt, lang):
    doms = [d for L in W.RCPT_DOMAINS.values() for d in L] + ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'aol.com',
                                                            'mail.ru', 'qq.com', 'naver.com', 'web.de', 'libero.it', 'orange.fr']
    out = []
    seen = {rcpt[1]}
    while len(out) < n:
        loc = rng.choice(['info', 'sales', 'contact', 'office', 'admin', 'hello', 'j.smith', 'mike', 'anna', 'support', 'hr', 'accounts',
                          R(rng, rng.randint(4, 9), 'abcdefghijklmnopqrstuvwxyz') + rng.choice(['', str(rng.randint(1, 99)), '.' + R(rng, 4, 'abcdefghijklmnopqrstuvwxyz')])])
        e = '%s@%s' % (loc, rng.choice(doms))
        if e in seen:
            continue
        seen.add(e)
        out.append(dict(email=e, cn=e))
    pos = rng.randint(0, len(out))
    out.insert(pos, dict(email=rcpt[1], cn=rcpt[1]))
    return out


# ------------------------------------------------------------------ date handling

KEYWORD_YEARS = [
    (r'powershell|curl -fsSL|mshta|Win\+R', 2024, 2026), (r'Flash Player', 2016, 2019), (r'Zoom Workplace', 2024, 2026),
    (r'E-ZPass|tolheffing', 2023, 2026), (r'ETH double', 2020, 2023), (r'E-Rechnung', 2024, 2025), (r'KSeF', 2023, 2026),
    (r'Teams', 2018, 2026), (r'iPhone 15', 2023, 2025), (r'Zoom', 2018, 2026), (r'Cyber Monday', 2016, 2026), (r'Telehealth', 2020, 2026),
    (r'AI trading', 2023, 2026), (r'MFA', 2019, 2026), (r'DX推進', 2020, 2026), (r'Figma', 2019, 2026), (r'GST', 2018, 2026),
]


def arrival_for(rng, text, client, cat):
    lo, hi = 2016, 2026
    for pat, a, b in KEYWORD_YEARS:
        if re.search(pat, text):
            lo, hi = max(lo, a), min(hi, b)
    if client == 'zoom':
        lo = max(lo, 2018)
    if cat == 'retail-sale' and client == 'icloud' and rng.random() < 0.6:
        hi = min(hi, 2017)
    if lo > hi:
        lo = hi
    start = dt.datetime(lo, 1, 1)
    end = dt.datetime(hi, 11, 20) if hi == 2026 else dt.datetime(hi, 12, 31)
    t = start + D(seconds=rng.randint(0, int((end - start).total_seconds())))
    return t.replace(microsecond=0)


WORKDAY_CATS = {'work-meeting', 'doc-share-meeting', 'recruiting', 'finance-reminder', 'reply-cancel', 'medical-appointment',
                'support-callback', 'vendor-webinar', 'forwarded-invite', 'bec', 'compromised-docshare', 'credential-phish', 'fake-update'}
CAT_START = {
    'travel-booking': ((3, 120), (5, 21)), 'hospitality-booking': ((5, 90), (12, 20)), 'medical-appointment': ((2, 30), (8, 17)),
    'vendor-webinar': ((2, 60), (9, 17)), 'community-series': ((1, 14), (16, 19)), 'it-notice': ((2, 10), (18, 22)),
    'personal': ((3, 40), (11, 19)), 'recruiting': ((2, 14), (9, 17)), 'support-callback': ((1, 5), (9, 17)),
    'finance-reminder': ((1, 20), (9, 16)), 'bec': ((0, 2), (8, 17)), 'work-meeting': ((1, 21), (8, 17)),
    'doc-share-meeting': ((1, 14), (8, 17)),
}
TIME_RE = re.compile(r'(?<![\d.,/])(\d{1,2})[:h時](\d{2})(?![\d.,/])')
AMPM_RE = re.compile(r'(?<![\d.,])(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b')


WEEKDAYS = [
    (0, r'Monday|Montag|lundi|lunes|segunda|lunedì|maandag|poniedziałek|Pazartesi|понедельник|Δευτέρα|الاثنين|יום שני|月曜|星期一|周一|월요일|सोमवार|วันจันทร์'),
    (1, r'Tuesday|Dienstag|mardi|martes|terça|martedì|dinsdag|wtorek|Salı|вторник|Τρίτη|الثلاثاء|יום שלישי|火曜|星期二|周二|화요일|मंगलवार|วันอังคาร'),
    (2, r'Wednesday|Mittwoch|mercredi|miércoles|quarta|mercoledì|woensdag|środa|Çarşamba|сред[ау]|Τετάρτη|الأربعاء|יום רביעי|水曜|星期三|周三|수요일|बुधवार|วันพุธ'),
    (3, r'Thursday|Donnerstag|jeudi|jueves|quinta|giovedì|donderdag|czwartek|Perşembe|четверг|Πέμπτη|الخميس|יום חמישי|木曜|星期四|周四|목요일|गुरुवार|วันพฤหัส'),
    (4, r'Friday|Freitag|vendredi|viernes|sexta|venerdì|vrijdag|piątek|Cuma|пятниц|Παρασκευή|الجمعة|יום שישי|ארוחת שישי|金曜|星期五|周五|금요일|शुक्रवार|วันศุกร์'),
    (5, r'Saturday|Samstag|samedi|sábado|sabato|zaterdag|sobota|Cumartesi|суббот|Σάββατο|السبت|שבת|土曜|星期六|周六|토요일|शनिवार|วันเสาร์'),
    (6, r'Sunday|Sonntag|dimanche|domingo|domenica|zondag|niedziela|Pazar(?!tesi)|воскресень|Κυριακή|الأحد|יום ראשון|日曜|星期日|周日|일요일|रविवार|วันอาทิตย์'),
]


def text_weekday(text):
    best = None
    for wd, pat in WEEKDAYS:
        m = re.search(pat, text, re.I)
        if m and (best is None or m.start() < best[1]):
            best = (wd, m.start())
    return best[0] if best else None


def apply_text_time(start, text, arrival, tz):
    """If the text names a time of day, schedule the event at that time."""
    h = m = None
    rg = re.search(r'(?<![\d.,])(\d{1,2})(?::(\d{2}))?\s*[-–]\s*\d{1,2}(?::\d{2})?\s*(am|pm)\b', text)
    if rg:
        return start.replace(hour=int(rg.group(1)) % 12 + (12 if rg.group(3) == 'pm' else 0), minute=int(rg.group(2) or 0))
    a = AMPM_RE.search(text)
    t = TIME_RE.search(text)
    if a:
        h, m = int(a.group(1)) % 12 + (12 if a.group(3) == 'pm' else 0), int(a.group(2) or 0)
    elif t and int(t.group(1)) < 24 and int(t.group(2)) < 60:
        h, m = int(t.group(1)), int(t.group(2))
    if h is not None:
        start = start.replace(hour=h, minute=m)
    return start


def event_start(rng, arrival, tz, days=(1, 30), hours=(8, 18), minute_choices=(0, 0, 0, 30, 15)):
    loc = tzs.from_utc(tz, arrival)
    d = loc.date() + D(days=rng.randint(*days))
    h = rng.randint(*hours)
    st = dt.datetime(d.year, d.month, d.day, h, rng.choice(minute_choices))
    while tzs.to_utc(tz, st) < arrival + D(minutes=20):
        st += D(days=1)
    return st


def fmt_date(lang, t):
    if lang == 'en':
        return t.strftime('%B %d, %Y').replace(' 0', ' ')
    if lang in ('ja', 'zh', 'zh-tw'):
        return '%d年%d月%d日' % (t.year, t.month, t.day)
    if lang == 'ko':
        return '%d년 %d월 %d일' % (t.year, t.month, t.day)
    return '%02d.%02d.%d' % (t.day, t.month, t.year) if lang in ('de', 'ru', 'pl', 'tr') else '%02d/%02d/%d' % (t.day, t.month, t.year)


class Safe(dict):
    def __missing__(self, k):
        return '{' + k + '}'


URL_RE = re.compile(r'\s*[:：]?\s*\{u\}')


def fill(text, P, drop_url=False):
    if drop_url:
        text = URL_RE.sub('', text)
    return text.format_map(Safe(P))


# ------------------------------------------------------------------ placement of links

PLACE = {
    'google': ['desc', 'desc', 'desc', 'location', 'attach'], 'outlook': ['desc', 'desc', 'location', 'alt'],
    'outlookcom': ['desc', 'desc', 'location'], 'icloud': ['desc', 'location', 'url', 'ics_only'],
    'thunderbird': ['desc', 'location', 'url', 'ics_only'], 'zoom': ['desc'], 'nextcloud': ['desc', 'location', 'attach'],
    'zimbra': ['desc', 'location', 'alt'], 'yahoo': ['desc', 'location'], 'sogo': ['desc', 'location'],
    'booking': ['desc', 'ics_only', 'url', 'attach', 'alt'], 'handrolled': ['desc', 'ics_only', 'url', 'attach', 'alt', 'location', 'conf'],
    'mailinglist': ['desc', 'location'],
}


def place_link(ctx, S, text, P, url, label='Open'):
    """Put {u} into the text or hide it in an iCalendar property. Returns (desc, cover)."""
    rng = ctx['rng']
    if '{u}' not in text or not url:
        d = fill(text, P)
        return d, d
    where = rng.choice(PLACE[ctx['client']])
    if ctx['client'] == 'outlook' and where == 'alt' and not S.get('outlook_desktop'):
        where = 'location'
    P = dict(P, u=url)
    full = fill(text, P)
    bare = fill(text, P, drop_url=True)
    S['placement'] = where
    if where == 'desc':
        return full, full
    if where == 'ics_only':
        return full, bare
    if where == 'location':
        S['location'] = url
        return bare, bare
    if where == 'url':
        S['url'] = url
        return bare, bare
    if where == 'attach':
        fn = rng.choice(['Document.pdf', 'Details.pdf', 'Invoice.pdf', 'Agenda.docx', 'Info.html', 'Scan_%s.pdf' % R(rng, 5, '0123456789')])
        S['attach'] = [(url, rng.choice(['application/pdf', None, 'text/html', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']), fn)]
        if ctx['client'] == 'google':
            S['attach'] = [(url, 'application/pdf', fn)]
        return bare, bare
    if where == 'alt':
        S['alt_html'] = '<html><body><p>%s</p><p><a href="%s">%s</a></p></body></html>' % (bare.replace('\n', '<br>'), url, label)
        return bare, bare
    if where == 'conf':
        S['conf'] = (url, rng.choice(['Join', 'Join meeting', 'Open', 'Video call']))
        return bare, bare
    return full, full


# ------------------------------------------------------------------ scenario construction

SLUGS = [('microsoft', 'ms365'), ('office', 'office365'), ('docusign', 'docusign'), ('paypal', 'paypal'), ('wells fargo', 'wellsfargo'),
         ('adobe', 'adobe'), ('dropbox', 'dropbox'), ('dhl', 'dhl'), ('usps', 'usps'), ('e-zpass', 'ezpass'), ('hmrc', 'hmrc'),
         ('norton', 'norton'), ('geek squad', 'geeksquad'), ('mcafee', 'mcafee'), ('amazon', 'amazon'), ('zoom', 'zoom'), ('teams', 'teams'),
         ('webex', 'webex'), ('chrome', 'chrome'), ('ray-ban', 'rayban'), ('ugg', 'ugg'), ('michael kors', 'mk'), ('pandora', 'pandora'),
         ('dyson', 'dyson'), ('nike', 'nike'), ('costco', 'costco'), ('walmart', 'walmart'), ('verizon', 'verizon'), ("lowe's", 'lowes'),
         ('impots', 'impots-gouv'), ('poste', 'poste-it'), ('digid', 'digid'), ('mbank', 'mbank'), ('πειραιώς', 'piraeus'),
         ('הפועלים', 'poalim'), ('itaú', 'itau'), ('ctt', 'ctt'), ('ελτα', 'elta'), ('ヤマト', 'yamato'), ('cj대한통운', 'cjlogistics'),
         ('ไปรษณีย์', 'thaipost'), ('zoll', 'zoll'), ('paytm', 'paytm'), ('moncler', 'moncler'), ('雷朋', 'rayban'), ('carrefour', 'carrefour'),
         ('orlen', 'orlen'), ('kbc', 'kbc'), ('신세계', 'shinsegae'), ('flash', 'flashplayer')]


BRAND_DISPLAY = {'ms365': 'Microsoft 365', 'office365': 'Office 365', 'docusign': 'DocuSign', 'paypal': 'PayPal', 'wellsfargo': 'Wells Fargo',
                 'adobe': 'Adobe Document Cloud', 'dropbox': 'Dropbox', 'dhl': 'DHL Express', 'usps': 'USPS', 'ezpass': 'E-ZPass', 'hmrc': 'HMRC',
                 'norton': 'Norton', 'geeksquad': 'Geek Squad', 'mcafee': 'McAfee', 'amazon': 'Amazon', 'zoom': 'Zoom', 'teams': 'Microsoft Teams',
                 'webex': 'Webex', 'chrome': 'Google Chrome', 'rayban': 'Ray-Ban', 'ugg': 'UGG', 'mk': 'MK Outlet', 'impots-gouv': 'impots.gouv',
                 'poste-it': 'Poste Italiane', 'digid': 'DigiD', 'mbank': 'mBank', 'piraeus': 'Piraeus Bank', 'poalim': 'Bank Hapoalim',
                 'itau': 'Itaú', 'ctt': 'CTT Expresso', 'elta': 'ELTA Courier', 'yamato': 'ヤマト運輸', 'cjlogistics': 'CJ대한통운',
                 'thaipost': 'Thailand Post', 'zoll': 'Deutsche Zoll', 'paytm': 'Paytm KYC', 'carrefour': 'Carrefour', 'kbc': 'KBC Lottery'}


def slug_for(text, rng):
    t = text.lower()
    for k, s in SLUGS:
        if k in t:
            return s
    return None


def spam_kind(rng, cat, client):
    table = {
        'retail-sale': ['free', 'throwaway', 'compromised'], 'prize-giftcard': ['free', 'lookalike', 'throwaway', 'spoof'],
        'crypto-investment': ['free', 'lookalike', 'throwaway'], 'dating-sextortion': ['free', 'throwaway', 'spoof'],
        'fee-scam': ['lookalike', 'spoof', 'throwaway', 'free', 'compromised'], 'credential-phish': ['lookalike', 'spoof', 'compromised', 'free'],
        'callback-scam': ['free', 'lookalike', 'throwaway'], 'fake-update': ['compromised', 'lookalike', 'free'],
        'bec': ['lookalike', 'free', 'compromised', 'spoof'], 'advance-fee': ['free', 'compromised'], 'task-job-scam': ['free', 'throwaway'],
        'compromised-docshare': ['compromised', 'compromised', 'lookalike'], 'nag-payload': ['free', 'throwaway'],
        'mass-invite': ['free', 'throwaway', 'compromised'],
    }[cat]
    if client in FREE_CLIENTS:
        return 'free'
    if client in ('nextcloud', 'zimbra', 'sogo') :
        return rng.choice([k for k in table if k in ('compromised', 'lookalike', 'throwaway')] or ['compromised'])
    if client == 'outlook':
        return rng.choice([k for k in table if k in ('compromised', 'lookalike')] or ['lookalike'])
    if client == 'google':
        return rng.choice([k for k in table if k in ('free', 'compromised', 'lookalike')] or ['free'])
    if client in ('booking', 'handrolled'):
        return rng.choice([k for k in table if k != 'free'] or ['throwaway'])
    return rng.choice(table)


def build(ctx, cat, entry):
    rng, lang, side = ctx['rng'], ctx['lang'], ctx['side']
    client = ctx['client']
    summary_t, body_t = entry
    rcpt = ctx['rcpt']
    tz = ctx['tz']
    S = {}
    ctx['S'] = S
    S['tz'] = tz
    rngs = CAT_START.get(cat)
    S['start'] = event_start(rng, ctx['arrival'], tz, *rngs) if rngs else event_start(rng, ctx['arrival'], tz)
    S['start'] = apply_text_time(S['start'], summary_t + ' ' + body_t, ctx['arrival'], tz)
    wd = text_weekday(summary_t + ' ' + body_t)
    if wd is not None:
        S['start'] += D(days=(wd - S['start'].weekday()) % 7)
    ctx['text_wd'] = wd
    if wd is None and cat in WORKDAY_CATS and S['start'].weekday() >= 5:
        S['start'] += D(days=7 - S['start'].weekday())
    S['dur'] = rng.choice([30, 30, 45, 60, 60, 60, 90])
    S['method'] = 'REQUEST'
    sp = person(rng, lang, exclude=(rcpt[0],))
    o_name, o_dom = org_for(rng, lang)
    P = dict(n=first(rcpt[0]) or rcpt[1].split('@')[0], rn=rcpt[0] or rcpt[1], e=rcpt[1], c=code(rng), d=fmt_date(lang, S['start']),
             s=sp[0], o=o_name, w=wallet(rng), m=messenger(rng, lang), ext=str(rng.randint(2000, 8999)),
             last4=str(rng.randint(1000, 9999)), loc='%s Convention Center, Hall %s' % (rng.choice(['Riverside', 'Harbor', 'Metro', 'Lakeside']), rng.choice('ABCD')))
    P['i'] = iban(rng, lang)
    P['a'] = rng.choice(['%d.%02d' % (rng.randint(40, 2900), rng.randint(0, 99)), '{:,}'.format(rng.randint(1200, 98000))])
    if side == 'spam':
        P['p'] = phone(rng, lang, scam=True)
    else:
        P['p'] = phone(rng, lang)
    if client == 'mailinglist':
        S['inner_client'] = rng.choice(['thunderbird', 'google', 'outlook', 'nextcloud', 'yahoo', 'zimbra', 'handrolled'] if side == 'ham'
                                       else ['thunderbird', 'google', 'yahoo', 'handrolled', 'outlook'])
        if S['inner_client'] == 'outlook':
            S['outlook_desktop'] = True
    if client == 'outlook':
        S['outlook_desktop'] = rng.random() < (0.3 if lang == 'en' else 0.45)
    if client == 'handrolled' and rng.random() < 0.35:
        S['ics_charset'] = ctx['charset']
    if client in ('handrolled', 'booking'):
        S['gen'] = dict(order=rng.choice([0, 1, 2]), tz=rng.choice(['olson', 'olson', 'utc', 'floating']))
        S['tzstyle'] = S['gen']['tz']
    fn = SPAM_BUILD if side == 'spam' else HAM_BUILD
    fn(ctx, cat, S, P, sp, (o_name, o_dom), summary_t, body_t)
    # defaults
    S.setdefault('organizer', (S['sender']['name'], S['sender']['email']))
    if 'attendees' not in S:
        S['attendees'] = [dict(email=rcpt[1], cn=rcpt[0] or rcpt[1])]
    if client == 'google' and S.get('method') == 'REQUEST' and not S.get('no_org_att'):
        S['attendees'] = [dict(email=S['organizer'][1], cn=S['organizer'][0] or S['organizer'][1], partstat='ACCEPTED')] + S['attendees']
    if 'alarms' not in S:
        S['alarms'] = default_alarms(rng, client)
    return S


def default_alarms(rng, client):
    if client == 'google':
        return [('-P0DT0H30M0S', 'DISPLAY', 'This is an event reminder')] if rng.random() < 0.8 else []
    if client in ('outlook', 'outlookcom'):
        return [('-PT15M', 'DISPLAY', 'REMINDER')]
    if client == 'icloud':
        return [('-PT15M', 'DISPLAY', 'Reminder')] if rng.random() < 0.6 else []
    if client == 'thunderbird':
        return [('-PT15M', 'DISPLAY', 'Default Mozilla Description')] if rng.random() < 0.5 else []
    if client == 'zoom':
        return [('-PT10M', 'DISPLAY', 'Reminder')]
    if client == 'zimbra':
        return [('-PT5M', 'DISPLAY', 'Reminder')]
    if client in ('booking', 'handrolled'):
        return rng.choice([[], [], [('-PT1H', 'DISPLAY', 'Reminder')], [('-P1D', 'DISPLAY', 'Reminder'), ('-PT2H', 'DISPLAY', 'Reminder')]])
    return []


# ------------------------------------------------------------------ spam builders

SPAM_PRODIDS = ['-//hacksw/handcal//NONSGML v1.0//EN', '-//Company//Product//EN', 'PRODID', '-//ical.marketing//Calendar 1.0//EN',
                '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', None, '-//Google Inc//Google Calendar 70.9054//EN',
                '-//Apple Inc.//Mac OS X 10.12//EN', '-//My Calendar//EN', '-//PHP iCal//EN', 'ical4j', '-//Calendar//Events 2.0//EN']
HAM_PRODIDS = ['-//SchoolBoard Online//Parent Evenings 2.3//EN', '-//sebbo.net//ical-generator//EN', 'spatie/icalendar-generator',
               '-//Django//ical//EN', '-//Booking Engine//Reservations 4.1//EN', '-//hacksw/handcal//NONSGML v1.0//EN',
               '-//ClinicDesk//Appointments//EN', '-//Company//Product//EN', None, '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
               '-//TeamUp//Scheduler 3//EN', '-//PHP iCal//EN']


def hand_quirks(rng, S, side):
    """Sloppiness of hand-written iCalendar: shared by both labels (scripts are scripts)."""
    q = set()
    p = 0.55 if side == 'spam' else 0.35
    if rng.random() < p:
        q.add(rng.choice(['no_method', 'sloppy_fold', 'bare_lf', 'raw_commas', 'no_tz', 'method_mismatch']))
    if rng.random() < p / 2:
        q.add(rng.choice(['sloppy_fold', 'raw_commas', 'bare_lf']))
    if 'sloppy_fold' in q:
        S['fold'] = rng.choice(['none', 'chars', 'tab'])
    if 'method_mismatch' in q:
        S['ics_method'] = rng.choice(['PUBLISH', 'REQUEST', 'ADD'])
        S['ct_method'] = 'REQUEST' if S['ics_method'] != 'REQUEST' else 'PUBLISH'
    S['quirks'] = q
    S['prodid'] = rng.choice(SPAM_PRODIDS if side == 'spam' else HAM_PRODIDS)
    S['version_first'] = rng.random() < 0.5
    S['calscale'] = rng.random() < 0.5


def spoof_auth(rng, S, who):
    """Spoofed From: no DKIM; SPF depends on which envelope sender the sending box used."""
    env = who.get('env')
    if not env:
        spf = rng.choice(['fail', 'softfail', 'softfail', 'neutral'])       # envelope = spoofed domain
    elif env.startswith('bounce@'):
        spf = rng.choice(['pass', 'pass', 'none'])                          # spammer's own throwaway domain
    else:
        spf = rng.choice(['none', 'none', 'neutral'])                       # bare VPS host name
    S['auth'] = dict(dkim='none', spf=spf)
    S['dkim'] = False


def spam_sender(ctx, S, cat, sp, org, slug):
    rng, lang, client, rcpt = ctx['rng'], ctx['lang'], ctx['client'], ctx['rcpt']
    kind = spam_kind(rng, cat, S.get('inner_client', client) if client == 'mailinglist' else client)
    name, local = sp
    rdom = rcpt[1].split('@')[1]
    if kind == 'compromised':
        oname, odom = org
        if client == 'zimbra' and rng.random() < 0.5:
            odom = rng.choice(W.UNIVERSITIES + ['mail.' + odom])
        who = make_sender(ctx, 'compromised', name, local, odom, oname)
    elif kind in ('lookalike', 'spoof', 'throwaway') and slug and cat not in ('bec',) and rng.random() < 0.75:
        bd = BRAND_DISPLAY.get(slug, slug.capitalize())
        name = rng.choice([bd, bd + ' ' + rng.choice(['Support', 'Service', 'Customer Service', 'Notifications', 'Billing', 'Team', 'Account Services'])])
        local = rng.choice(['noreply', 'no-reply', 'service', 'support', 'notice', 'billing', 'info', 'alert', 'account'])
        dom = spam_domain(rng, slug) if kind != 'spoof' else rdom
        who = make_sender(ctx, kind, name, local, dom)
        if kind == 'spoof':
            vps = 'vps%d.%s' % (rng.randint(100, 9999), rng.choice(['cheap-host.example', 'cloudvps.example', 'srv-node.example']))
            who['smtp_host'] = vps
            who['env'] = rng.choice(['', 'www-data@' + vps, 'bounce@' + spam_domain(rng)]) or None
            spoof_auth(rng, S, who)
        elif kind == 'throwaway' and rng.random() < 0.5:
            S['dkim'] = False
            S['auth'] = dict(dkim='none', spf=rng.choice(['pass', 'neutral', 'none', 'softfail']))
    elif kind == 'lookalike':
        if cat == 'bec':
            dom = lookalike_of(rng, org[1] if ctx.get('bec_supplier') else rdom)
        elif slug:
            dom = spam_domain(rng, slug)
        else:
            dom = lookalike_of(rng, org[1])
        who = make_sender(ctx, 'lookalike', name if cat in ('bec', 'compromised-docshare') else (org[0] if rng.random() < 0.3 else name), local, dom)
    elif kind == 'spoof':
        dom = rdom if cat in ('bec', 'credential-phish') and rng.random() < 0.6 else org[1]
        who = make_sender(ctx, 'spoof', name, rng.choice([local, 'noreply', 'admin', 'security', 'billing']), dom)
        vps = 'vps%d.%s' % (rng.randint(100, 9999), rng.choice(['cheap-host.example', 'cloudvps.example', 'hostmaster.invalid', 'srv-node.example']))
        who['smtp_host'] = vps
        who['env'] = rng.choice(['', 'www-data@' + vps, 'root@' + vps, 'bounce@' + spam_domain(rng)]) or None
        spoof_auth(rng, S, who)
    elif kind == 'throwaway':
        dom = spam_domain(rng, slug if rng.random() < 0.5 else None)
        who = make_sender(ctx, 'throwaway', name if rng.random() < 0.5 else (org[0] if rng.random() < 0.5 else name), local, dom)
        if rng.random() < 0.5:
            S['dkim'] = False
            S['auth'] = dict(dkim='none', spf=rng.choice(['pass', 'pass', 'neutral', 'none', 'softfail']))
    else:
        who = make_sender(ctx, 'free', name, local, 'gmail.com')
    S['sender'] = who
    return who


def SPAM_BUILD(ctx, cat, S, P, sp, org, summary_t, body_t):
    rng, lang, client, rcpt = ctx['rng'], ctx['lang'], ctx['client'], ctx['rcpt']
    text_all = summary_t + ' ' + body_t
    slug = slug_for(text_all, rng)
    if cat == 'bec' and re.search(r'IBAN|remittance|Invoice', text_all):
        ctx['bec_supplier'] = True
    elif cat == 'bec':
        # the display name impersonates someone at the recipient's organisation
        boss = person(rng, lang if lang in W.PEOPLE else 'en', exclude=(rcpt[0],))
        sp = (boss[0], boss[1])
        P['s'] = boss[0]
    who = spam_sender(ctx, S, cat, sp, org, slug)
    if client in ('handrolled', 'booking'):
        hand_quirks(rng, S, 'spam')
    if client == 'booking':
        S['brand'] = who['name']
        S['method'] = rng.choice(['PUBLISH', 'REQUEST'])
    # links
    if cat == 'retail-sale':
        url = shop_url(rng, slug or rng.choice(['brand', 'luxury', 'fashion', 'mega']))
    elif cat in ('credential-phish', 'fee-scam', 'prize-giftcard', 'compromised-docshare'):
        url = spam_url(rng, slug, abused=0.45 if cat == 'compromised-docshare' else 0.3)
    else:
        url = spam_url(rng, slug, abused=0.2)
    summary = fill(summary_t, P)
    desc, cov = place_link(ctx, S, body_t, P, url, label=rng.choice(['Open', 'View', 'Claim now', 'Review', 'Click here']))
    S['summary'] = summary
    S['desc'] = desc
    if cov != desc:
        S['cover'] = cov if rng.random() < 0.6 else rng.choice(['', 'Please see the invitation.', summary, ' '])
    # category shapes
    if cat == 'bec':
        if who['kind'] in ('free', 'lookalike', 'spoof') or rng.random() < 0.5:
            fd = rng.choice(['gmail.com', 'outlook.com', 'proton.me', 'aol.com'])
            S['reply_to'] = (sp[0], '%s.%s%d@%s' % (sp[1].split('.')[0], rng.choice(['office', 'ceo', 'exec', 'private']), rng.randint(1, 99), fd))
        S['dur'] = rng.choice([15, 30])
        if client == 'outlook' and rng.random() < 0.5:
            S['teams'] = True
    elif cat == 'mass-invite' or (cat in ('retail-sale', 'prize-giftcard', 'nag-payload', 'crypto-investment') and rng.random() < 0.3):
        n = rng.randint(120, 420) if cat == 'mass-invite' else rng.randint(25, 150)
        S['attendees'] = mass_attendees(rng, n, rcpt, lang)
        S['to'] = [(None, S['organizer'][1] if 'organizer' in S else who['email'])] if rng.random() < 0.5 else [(None, a['email']) for a in S['attendees'][:rng.randint(1, 6)]]
        if rcpt[1] not in [t[1] for t in S['to']] and rng.random() < 0.5:
            S['to'].append((None, rcpt[1]))
    if cat == 'nag-payload':
        mode = rng.choice(['daily', 'hourly', 'far', 'alarms', 'daily'])
        if mode in ('daily', 'alarms'):
            S['rrule'] = rng.choice(['FREQ=DAILY', 'FREQ=DAILY;INTERVAL=1', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', 'FREQ=DAILY;COUNT=3650'])
        if mode == 'hourly':
            S['rrule'] = rng.choice(['FREQ=HOURLY', 'FREQ=HOURLY;INTERVAL=2', 'FREQ=MINUTELY;INTERVAL=30'])
        if mode == 'far':
            y = rng.choice([2035, 2049, 2099, 2038])
            S['start'] = dt.datetime(y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), 0)
            S['allday'] = rng.random() < 0.5
            S['days'] = rng.choice([1, 365, 3650])
        n = rng.randint(4, 40) if mode in ('alarms', 'far') else rng.randint(2, 12)
        acts = ['DISPLAY', 'DISPLAY', 'AUDIO', 'EMAIL'] if client in ('handrolled', 'nextcloud') else ['DISPLAY']
        S['alarms'] = [('-PT%dM' % (i * rng.choice([1, 5, 10, 15]) + 1), rng.choice(acts), fill(summary_t, P)) for i in range(n)]
        if rng.random() < 0.3:
            S['alarms'].append(('-P%dD' % rng.randint(1, 30), 'DISPLAY', fill(summary_t, P)))
    if cat == 'fee-scam' and rng.random() < 0.2:
        # "we missed you": the delivery attempt is shown as an event in the past
        loc = tzs.from_utc(S['tz'], ctx['arrival']) - D(days=rng.randint(1, 3))
        S['start'] = loc.replace(hour=rng.randint(9, 16), minute=rng.choice([0, 15, 30, 45]), second=0)
    if cat == 'nag-payload' and S.get('rrule') and rng.random() < 0.4:
        st = S['start']
        S['start'] = st.replace(year=st.year - rng.randint(1, 9), day=min(st.day, 28))
    if cat == 'credential-phish' and client in ('outlook', 'handrolled', 'booking') and rng.random() < 0.4:
        S['importance'] = 2
        S['priority'] = 1
        if client == 'handrolled':
            S['extra_headers'] = ['X-Priority: 1 (Highest)', 'Importance: High']
    if cat == 'fake-update':
        if client == 'zoom' or rng.random() < 0.3:
            S['zoom_link'] = spam_url(rng, 'zoom', abused=0.0)
        if client == 'outlook' and rng.random() < 0.5:
            S['teams'] = True
    if client == 'zoom':
        S['webinar'] = cat in ('crypto-investment', 'prize-giftcard', 'task-job-scam') or rng.random() < 0.3
        S['organizer'] = (who['name'], who['email'])
    if cat in ('prize-giftcard', 'fee-scam', 'callback-scam') and rng.random() < 0.4:
        S['start'] = event_start(rng, ctx['arrival'], S['tz'], days=(0, 1), hours=(0, 23))
        S['alarms'] = [('-PT%dM' % m, 'DISPLAY', fill(summary_t, P)) for m in rng.sample([0, 5, 10, 30, 60, 120, 1440], rng.randint(1, 4))]
    if cat == 'advance-fee' and rng.random() < 0.5:
        S['reply_to'] = (who['name'], '%s%d@%s' % (sp[1].split('.')[0], rng.randint(10, 999), rng.choice(['gmail.com', 'outlook.com', 'yandex.com', 'proton.me'])))
    if cat in ('dating-sextortion',) and 'BTC' in text_all or '{w}' in body_t:
        S['transp'] = 'TRANSPARENT'
    if rng.random() < 0.12 and client in ('handrolled', 'booking', 'thunderbird'):
        S['vtodo'] = True
    if client == 'google' and rng.random() < 0.25:
        S['meet'] = True
    if client in ('outlook',) and cat in ('compromised-docshare', 'credential-phish') and rng.random() < 0.4:
        S['teams'] = True
    if cat == 'retail-sale' and client == 'icloud' and rng.random() < 0.5:
        S['allday'] = True
    if 'reply_to' in S and client not in ('booking', 'handrolled'):
        # many clients cannot set Reply-To on invitations; keep it only where the tool allows
        if client not in ('yahoo', 'thunderbird', 'outlookcom'):
            del S['reply_to']
    if client == 'mailinglist':
        S['list'] = list_def(rng, lang, spam=True)
        S['attendees'] = S.get('attendees') or [dict(email='%s@%s' % (S['list']['name'], S['list']['domain']), cn=S['list']['name'])]
        S['to'] = [(None, '%s@%s' % (S['list']['name'], S['list']['domain']))]


# ------------------------------------------------------------------ ham builders

HAM_BRANDS = {
    'travel-booking': {'en': [("SkyMeridian Airways", "skymeridian.com"), ("Northstar Airlines", "northstar-air.com"), ("Coastline Rail", "coastlinerail.com"),
                              ("Globetrek Travel", "globetrek-travel.com"), ("Channel Link Rail", "channellinkrail.co.uk"), ("Pacific Crest Airlines", "pacificcrest-air.com")],
                       'de': [("FernExpress Bahn", "fernexpress-bahn.de")], 'fr': [("Azur Aviation", "azur-aviation.fr")], 'ja': [("ひかり旅行センター", "hikari-travel.co.jp")],
                       'zh': [("东方商旅", "dongfang-trip.com.cn")], 'th': [("สยามสกาย", "siamsky-air.co.th")], 'es': [("Ferroviaria Meseta", "meseta-tren.es")]},
    'hospitality-booking': {'en': [("Harbour Lights Hotel", "harbourlights-hotel.com"), ("Olive & Thyme", "oliveandthyme.com"), ("StayNest", "staynest.com"),
                                   ("Willow Spa", "willowspa.co.uk"), ("Seabreeze Resorts", "seabreeze-resorts.com")],
                            'it': [("Hotel Bellavista", "hotelbellavista-garda.it")], 'el': [("Ξενοδοχείο Αιγαίον", "aigaion-hotel.gr")],
                            'tr': [("Lale Otel", "laleotel.com.tr")], 'pt': [("Restaurante Maré Alta", "marealta.pt")], 'ko': [("제주 오션뷰 호텔", "jejuoceanview.co.kr")]},
    'medical-appointment': {'en': [("Ashby Medical Group", "ashbymedical.org"), ("Riverside Dental", "riversidedental.com"), ("Pawprint Vet Clinic", "pawprintvet.com"),
                                   ("CareLine Telehealth", "careline-health.com")],
                            'fr': [("Cabinet médical des Tilleuls", "cabinet-tilleuls.fr")], 'de': [("Zahnarztpraxis Dr. Albers", "zahnarzt-albers.de")],
                            'nl': [("Huisartsenpraktijk Het Park", "huisartshetpark.nl")], 'he': [("מרפאת השרון", "sharon-clinic.co.il")],
                            'ru': [("Клиника «Здоровье+»", "zdorovie-plus.ru")], 'ja': [("さくら歯科クリニック", "sakura-shika.jp")]},
    'support-callback': {'en': [("FiberWave Broadband", "fiberwave.net"), ("Keystone Bank", "keystonebank.com"), ("Copperleaf Software", "copperleaf.io"),
                                ("Brightside Energy", "brightside-energy.co.uk")],
                         'nl': [("Glasnet", "glasnet.nl")], 'tr': [("TürkNet Destek", "turknet-destek.com.tr")], 'th': [("ไทยเน็ต", "thainet-support.co.th")],
                         'ko': [("한빛통신", "hanbit-telecom.co.kr")], 'es': [("Conecta Fibra", "conectafibra.es")]},
}


BRAND_KEYS = [(r'SM 1357', 'SkyMeridian Airways'), (r'NS \d', 'Northstar Airlines'), (r'Coastline', 'Coastline Rail'),
              (r'travel consultant', 'Globetrek Travel'), (r'London - Paris', 'Channel Link Rail'), (r'Harbour Lights', 'Harbour Lights Hotel'),
              (r'Olive & Thyme', 'Olive & Thyme'), (r'apartment', 'StayNest'), (r'[Ss]pa ', 'Willow Spa'), (r'upgrade', 'Seabreeze Resorts'),
              (r'Family Medicine', 'Ashby Medical Group'), (r'Dental', 'Riverside Dental'), (r'Vet |Bella', 'Pawprint Vet Clinic'),
              (r'Telehealth', 'CareLine Telehealth'), (r'[Rr]outer', 'FiberWave Broadband'), (r'mortgage', 'Keystone Bank'),
              (r'screen share', 'Copperleaf Software'), (r'[Ee]nergy', 'Brightside Energy')]


def ham_brand(rng, cat, lang, text=''):
    for pat, bname in BRAND_KEYS:
        if re.search(pat, text):
            for L in HAM_BRANDS.get(cat, {}).values():
                for b in L:
                    if b[0] == bname:
                        return b
    t = HAM_BRANDS.get(cat, {})
    pool = t.get(lang) or t.get('en')
    if pool:
        return rng.choice(pool)
    return org_for(rng, lang)


def list_def(rng, lang, spam=False):
    names = ['community', 'devel', 'members', 'announce', 'users', 'discuss', 'board', 'events', 'general', 'lug', 'wg-a11y', 'meetup']
    doms = ['lists.opensource-collective.org', 'lists.larkspur.edu', 'lists.riverside-makers.org', 'mail.pythonbrasil.example',
            'lists.lug-lindenau.de', 'lists.opendata-nl.org', 'lists.syllogos-athina.gr', 'lists.fsf-like.example']
    nm = rng.choice(names)
    dom = rng.choice(doms)
    return dict(name=nm, domain=dom, tag=nm if rng.random() < 0.7 else None, munge=rng.random() < 0.35, v3=rng.random() < 0.5,
                sign=rng.random() < 0.4, desc=nm.capitalize() + ' list')


def ham_url(rng, cat, dom, lang):
    k = rng.random()
    if cat in ('doc-share-meeting', 'list-copy', 'community-series', 'finance-reminder') and k < 0.6:
        return rng.choice([
            'https://docs.google.com/document/d/%s/edit?usp=sharing' % RU(rng, 44),
            'https://docs.google.com/spreadsheets/d/%s/edit#gid=0' % RU(rng, 44),
            'https://%s.sharepoint.com/:w:/s/%s/%s?e=%s' % (dom.split('.')[0].replace('-', ''), rng.choice(['Finance', 'Projects', 'Team', 'Board']), RU(rng, 30), RU(rng, 6)),
            'https://%s-my.sharepoint.com/:x:/g/personal/%s/%s' % (dom.split('.')[0].replace('-', ''), R(rng, 8), RU(rng, 30)),
            'https://www.dropbox.com/scl/fi/%s/Draft.pdf?rlkey=%s&dl=0' % (R(rng, 20), R(rng, 25)),
            'https://www.figma.com/file/%s/Checkout-v3' % RU(rng, 22), 'https://drive.google.com/drive/folders/%s' % RU(rng, 33),
            'https://cloud.%s/s/%s' % (dom, RU(rng, 15)), 'https://forms.gle/%s' % RU(rng, 17), 'https://tinyurl.com/%s' % R(rng, 8)])
    if cat in ('vendor-webinar', 'recruiting', 'list-copy') and k < 0.5:
        return rng.choice(['https://us02web.zoom.us/w/8%d?tk=%s' % (rng.randint(10 ** 9, 10 ** 10), RU(rng, 40)),
                           'https://meet.jit.si/%s' % RU(rng, 16), 'https://event.on24-like.example/wcc/r/%d/%s' % (rng.randint(10 ** 6, 10 ** 7), RU(rng, 12)),
                           'https://www.linkedin.com/events/%d/' % rng.randint(10 ** 18, 10 ** 19), 'https://bit.ly/%s' % RU(rng, 7)])
    path = rng.choice(['/manage/%s' % code(rng), '/booking/%s' % RU(rng, 10), '/portal', '/my/appointments?id=%s' % R(rng, 10), '/reset',
                       '/status', '/r/%s' % RU(rng, 8), '/events/%s' % R(rng, 6), '/signup?list=%s' % R(rng, 5), '/login?next=/tickets/%s' % code(rng)])
    sub = rng.choice(['www.', 'my.', 'portal.', 'book.', 'events.', 'it.', ''])
    return 'https://' + sub + dom + path


def HAM_BUILD(ctx, cat, S, P, sp, org, summary_t, body_t):
    rng, lang, client, rcpt = ctx['rng'], ctx['lang'], ctx['client'], ctx['rcpt']
    rdom = rcpt[1].split('@')[1]
    name, local = sp
    eff = S.get('inner_client', client) if client == 'mailinglist' else client
    if client in ('handrolled', 'booking'):
        hand_quirks(rng, S, 'ham')
    # who sends
    if cat in ('travel-booking', 'hospitality-booking', 'medical-appointment', 'support-callback') and client in ('booking', 'handrolled', 'zimbra', 'nextcloud', 'zoom', 'outlook', 'google') and not (cat == 'hospitality-booking' and client == 'google' and rng.random() < 0.5):
        bname, bdom = ham_brand(rng, cat, lang, summary_t + ' ' + body_t)
        if client in ('booking', 'handrolled'):
            who = make_sender(ctx, 'brand', bname, rng.choice(['noreply', 'no-reply', 'bookings', 'reservations', 'appointments', 'info', 'service']), bdom, bname)
            S['brand'] = bname
            if rng.random() < 0.4:
                S['esp_dom'] = rng.choice(['em.' + bdom, 'mail.' + bdom, 'bounce.' + bdom, 'mta.postrelay.example'])
        else:
            who = make_sender(ctx, 'corp', name, local, bdom, bname)
        P['o'] = bname
    elif cat in ('it-notice', 'finance-reminder', 'work-meeting', 'doc-share-meeting', 'forwarded-invite') and client not in FREE_CLIENTS and (
            cat == 'it-notice' or (cat == 'finance-reminder' and re.search(r'Payroll|Month-end|Fraud|VAT|Cierre|frode|Rechnung', summary_t))
            or rng.random() < 0.6):
        loc = {'it-notice': rng.choice(['it-service', 'helpdesk', 'it', local]), 'finance-reminder': rng.choice(['accounts', 'finance', local])}.get(cat, local)
        who = make_sender(ctx, 'own', name if loc == local else {'it-notice': 'IT Service Desk', 'finance-reminder': 'Finance Team'}[cat], loc, rdom)
    elif cat in ('community-series', 'personal', 'reply-cancel', 'forwarded-invite') or client in FREE_CLIENTS:
        if eff in ('nextcloud', 'handrolled', 'zimbra', 'sogo', 'booking'):
            dom = rng.choice(W.COMMUNITY_DOMAINS.get(lang if lang != 'zh-tw' else 'zh', W.COMMUNITY_DOMAINS['en']) + [org[1]])
            who = make_sender(ctx, 'corp', name, local, dom)
        else:
            who = make_sender(ctx, 'free', name, local, 'gmail.com')
    elif cat in ('vendor-webinar', 'recruiting') and client == 'zoom':
        who = make_sender(ctx, 'corp', name, local, org[1], org[0])
    else:
        who = make_sender(ctx, 'corp', name, local, org[1], org[0])
    S['sender'] = who
    if client == 'nextcloud':
        S['dkim'] = rng.random() < 0.4
        S['spf_self'] = rng.choice(['pass', 'pass', 'pass', 'neutral', 'softfail'])
    if client == 'handrolled' and rng.random() < 0.25:
        S['dkim'] = False
        S['spf_self'] = rng.choice(['pass', 'softfail', 'neutral'])
    if client == 'google' and who['kind'] != 'free' and rng.random() < 0.25:
        S['ws_dkim'] = False
    url = ham_url(rng, cat, who['domain'] if who['kind'] not in ('free',) else rng.choice([org[1], 'gmail.com']).replace('gmail.com', 'signupgenius-like.example'), lang)
    if client == 'zoom':
        url = 'https://%s.zoom.us/%s/%d?%s' % (rng.choice(['us02web', 'us04web', 'us06web', 'zoom']), 'w' if cat == 'vendor-webinar' else 'j',
                                              rng.randint(81000000000, 89999999999), rng.choice(['pwd=' + RU(rng, 32), 'tk=' + RU(rng, 43)]))
        S['zoom_link'] = url
    P['u2'] = ham_url(rng, cat, org[1], lang)
    if '{s}' in summary_t + body_t and cat in ('medical-appointment',):
        P['s'] = person(rng, lang)[0].split()[-1] if lang not in ('zh', 'ja', 'ko', 'th', 'zh-tw') else person(rng, lang)[0]
    summary = fill(summary_t, P)
    desc, cov = place_link(ctx, S, body_t, P, url, label=rng.choice(['Open', 'View', 'Manage booking', 'Details', 'Join']))
    S['summary'] = summary
    S['desc'] = desc
    if cov != desc:
        S['cover'] = cov
    # category shapes
    if cat in ('travel-booking', 'hospitality-booking', 'medical-appointment', 'support-callback'):
        if client in ('booking', 'handrolled'):
            S['method'] = rng.choice(['PUBLISH', 'PUBLISH', 'REQUEST'])
            S['footer'] = '%s · %s · %s' % (S.get('brand', ''), P['p'], rng.choice(['Privacy policy', 'Terms', 'Unsubscribe from marketing', 'Help centre']))
            if S['method'] == 'PUBLISH' and rng.random() < 0.6:
                S['attendees'] = []
        if cat == 'travel-booking':
            S['dur'] = rng.choice([95, 150, 165, 268, 420, 690, 805])
            if rng.random() < 0.4:
                S['extra_events'] = [dict(summary='Return: ' + summary if lang == 'en' else summary + ' ↩',
                                          start=S['start'] + D(days=rng.randint(2, 14), hours=rng.randint(-3, 5)), dur=S['dur'])]
        if cat == 'hospitality-booking' and ('nights' in summary_t or 'Hotel' in summary_t or 'apartment' in body_t or 'Ξενοδοχείο' in summary_t or 'Otel' in summary_t or '호텔' in summary_t):
            S['allday'] = rng.random() < 0.6
            S['days'] = rng.randint(1, 5)
            S['transp'] = 'TRANSPARENT'
        if cat == 'medical-appointment':
            S['alarms'] = [('-P1D', 'DISPLAY', 'Reminder'), ('-PT2H', 'DISPLAY', 'Reminder')] if rng.random() < 0.5 else S.get('alarms', [('-PT1H', 'DISPLAY', 'Reminder')])
            S['dur'] = rng.choice([15, 20, 30, 45])
    if cat == 'vendor-webinar':
        if rng.random() < 0.6 and client != 'zoom':
            S['attendees'] = mass_attendees(rng, rng.randint(80, 450), rcpt, lang)
            S['to'] = [(org[0] + ' Events', 'events@' + org[1])] if rng.random() < 0.5 else [(None, rcpt[1])]
        if client == 'zoom':
            S['webinar'] = True
            S['organizer'] = (who['name'], who['email'])
        if client == 'outlook' and rng.random() < 0.6:
            S['teams'] = True
        if client == 'google':
            S['meet'] = rng.random() < 0.6
        if 'DataSummit' in summary_t:
            S['allday'] = True
            S['days'] = 2
            S['location'] = P['loc']
    if cat == 'community-series':
        wd = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][S['start'].weekday()]
        S['rrule'] = rng.choice(['FREQ=WEEKLY;BYDAY=%s' % wd, 'FREQ=WEEKLY;WKST=SU;BYDAY=%s' % wd, 'FREQ=WEEKLY;INTERVAL=1;BYDAY=%s' % wd,
                                 'FREQ=WEEKLY;BYDAY=%s' % wd])
        if 'first Monday' in summary_t:
            st = S['start']
            while not (st.weekday() == 0 and st.day <= 7):
                st += D(days=1)
            S['start'] = st
            S['rrule'] = 'FREQ=MONTHLY;BYDAY=1MO'
        if rng.random() < 0.4:
            fam = mass_attendees(rng, rng.randint(8, 60), rcpt, lang)
            S['attendees'] = fam
    if cat == 'it-notice':
        S['dur'] = rng.choice([60, 180, 240])
        if rng.random() < 0.5:
            S['attendees'] = mass_attendees(rng, rng.randint(20, 300), rcpt, lang)
            S['to'] = [('All Staff', 'allstaff@' + rdom)]
        S['transp'] = 'TRANSPARENT'
        if 'password' in summary_t.lower() or 'パスワード' in summary_t:
            S['allday'] = True
            S['transp'] = 'TRANSPARENT'
            if rng.random() < 0.3 and client in ('handrolled', 'nextcloud'):
                S['vtodo'] = True
    if cat in ('doc-share-meeting', 'work-meeting', 'finance-reminder', 'recruiting'):
        pool = [p for p in W.PEOPLE.get(lang, W.PEOPLE['en']) + W.PEOPLE['en'] if p[0] not in (who['name'], rcpt[0])]
        rng.shuffle(pool)
        seen_l = set()
        team = []
        for pn, pl in pool[:rng.randint(1, 6)]:
            if pl in seen_l:
                continue
            seen_l.add(pl)
            team.append(dict(email='%s@%s' % (pl, who['domain'] if who['kind'] != 'free' else org[1]), cn=pn))
        S['attendees'] = [dict(email=rcpt[1], cn=rcpt[0] or rcpt[1])] + team
        if client == 'outlook' and rng.random() < 0.6:
            S['teams'] = True
        if client == 'google' and rng.random() < 0.6:
            S['meet'] = True
        if cat == 'work-meeting' and rng.random() < 0.3:
            wdc = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][S['start'].weekday()]
            S['rrule'] = rng.choice(['FREQ=WEEKLY;BYDAY=%s' % wdc, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=%s' % wdc, 'FREQ=WEEKLY;UNTIL=%d1231T000000Z;BYDAY=%s' % (S['start'].year, wdc)])
    if cat == 'recruiting' and client == 'zoom':
        S['webinar'] = False
        S['organizer'] = (who['name'], who['email'])
    if cat == 'forwarded-invite':
        orig = person(rng, lang, exclude=(name,))
        odom = org[1] if rng.random() < 0.6 else rdom
        S['organizer'] = (orig[0], '%s@%s' % (orig[1], odom))
        pre = {'outlook': 'FW: ', 'outlookcom': 'FW: ', 'google': 'Fwd: ', 'thunderbird': 'Fwd: ', 'icloud': 'Fwd: '}[client]
        S['subject'] = pre + summary
        note = desc
        st = S['start']
        hdr = ('\n\n-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n\n'
               % (orig[0], S['organizer'][1], fmt_date(lang, ctx['arrival']), who['name'], summary, fmt_date(lang, st) + ' %02d:%02d' % (st.hour, st.minute),
                  S.get('location') or rng.choice(['Room 3.01', 'Town hall', 'Online', 'Site office'])))
        if pre == 'Fwd: ':
            hdr = hdr.replace('-----Original Appointment-----', '---------- Forwarded message ---------')
        S['desc'] = rng.choice(['', 'Agenda to follow.', 'Please bring your notes.', 'Light refreshments provided.'])
        S['cover'] = note + hdr + S['desc']
        S['attendees'] = [dict(email=rcpt[1], cn=rcpt[0] or rcpt[1]),
                          dict(email=who['email'], cn=who['name'], partstat='ACCEPTED')]
        S['no_org_att'] = True
        if client in ('outlook', 'outlookcom'):
            S['olk_sender'] = True
        if client == 'google':
            # Gmail "Forward" of a Google Calendar invitation
            S['gmail_forward'] = True
            S['forwarder'] = who
            S['fwd_note'] = note
            S['cover'] = S['desc']
            S.pop('subject', None)
            ctx_r = dict(ctx)
            ctx_r['rcpt'] = (who['name'], who['email'])
            S['orig_subject'] = clients.subject_for(dict(ctx_r, S=S), 'google')
            S['sender'] = dict(kind='corp', name=orig[0], email=S['organizer'][1], domain=S['organizer'][1].split('@')[1])
            S['attendees'] = [dict(email=who['email'], cn=who['name']), dict(email=rcpt[1], cn=rcpt[0] or rcpt[1])]
            S['no_org_att'] = False
    if cat == 'reply-cancel':
        mode = 'CANCEL' if ('Cancel' in body_t or 'Annul' in body_t) else 'REPLY'
        S['organizer'] = (rcpt[0] or rcpt[1], rcpt[1])
        if mode == 'REPLY':
            S['method'] = 'REPLY'
            ps = 'DECLINED' if re.search(r'Sorry|leave|move|抱歉|non posso|無法|できません', body_t) else ('TENTATIVE' if 'late' in body_t else 'ACCEPTED')
            S['attendees'] = [dict(email=who['email'], cn=who['name'], partstat=ps, rsvp=False)]
            S['reply_comment'] = desc
            verb = {'ACCEPTED': 'accepted', 'DECLINED': 'declined', 'TENTATIVE': 'tentatively accepted'}[ps]
            S['cover'] = ('%s has %s this invitation.' % (who['name'], verb) + ('\n\n' + desc if desc else '')) if lang == 'en' else (desc or '')
            S['desc'] = ''
            S['alarms'] = []
            S['no_org_att'] = True
            S['seq'] = rng.choice([0, 0, 1])
        else:
            S['method'] = 'CANCEL'
            if client not in FREE_CLIENTS:
                # the recipient's assistant/delegate sends the cancellation from the recipient's calendar
                S['sender'] = who = make_sender(ctx, 'own', name, local, rdom)
            S['seq'] = rng.randint(1, 3)
            S['status'] = 'CANCELLED'
            # a delegate cancels on the recipient's behalf; From is the delegate, ORGANIZER the recipient
            S['attendees'] = mass_attendees(rng, rng.randint(2, 7), rcpt, lang)
            S['attendees'] = [a for a in S['attendees'] if a['email'] != rcpt[1]]
            S['alarms'] = []
            S['no_org_att'] = True
        if client == 'zoom':
            pass
    if cat == 'personal':
        S['dur'] = rng.choice([120, 180, 240])
        if rng.random() < 0.5:
            S['attendees'] = [dict(email=rcpt[1], cn=rcpt[0] or rcpt[1])] + [dict(email='%s%d@%s' % (person(rng, lang)[1], i, rng.choice(['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com'])), cn=person(rng, lang)[0]) for i in range(rng.randint(2, 9))]
        if client == 'icloud' and rng.random() < 0.5:
            S['location'] = S.get('location') or rng.choice(['12 Elm Street, Springfield', 'Old Mill Restaurant, River Road', 'Mt. Tamalpais trailhead'])
            S['apple_geo'] = '%.6f,%.6f' % (rng.uniform(-40, 60), rng.uniform(-120, 140))
    if cat == 'list-copy' or client == 'mailinglist':
        S['list'] = list_def(rng, lang)
        S['attendees'] = [dict(email='%s@%s' % (S['list']['name'], S['list']['domain']), cn=S['list']['name'])]
        S['to'] = [(None, '%s@%s' % (S['list']['name'], S['list']['domain']))]
        if cat == 'list-copy' and rng.random() < 0.5:
            st = S['start']
            wdc = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][st.weekday()]
            S['rrule'] = rng.choice(['FREQ=MONTHLY;BYDAY=%d%s' % ((st.day - 1) // 7 + 1, wdc), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=%s' % wdc])
    if cat == 'travel-booking' and rng.random() < 0.35:
        S['alarms'] = [('-P1D', 'DISPLAY', 'Check-in opens'), ('-PT3H', 'DISPLAY', 'Leave for the airport/station'),
                       ('-PT1H', 'DISPLAY', 'Boarding soon'), ('-PT30M', 'DISPLAY', 'Reminder')][:rng.randint(3, 4)]
    if cat in ('medical-appointment', 'personal', 'hospitality-booking') and rng.random() < 0.2:
        S['alarms'] = [(t, 'DISPLAY', 'Reminder') for t in rng.sample(['-P2D', '-P1D', '-PT12H', '-PT2H', '-PT1H', '-PT30M', '-PT15M'], rng.randint(3, 5))]
    if cat in ('finance-reminder', 'it-notice', 'community-series') and client in ('handrolled', 'nextcloud', 'thunderbird', 'zimbra', 'booking') and rng.random() < 0.4:
        S['vtodo'] = True
        S.pop('rrule', None)
    if cat in ('work-meeting', 'doc-share-meeting', 'recruiting', 'finance-reminder') and client in ('outlook',) and rng.random() < 0.5:
        S['teams'] = True
    if cat == 'support-callback' and client == 'zoom':
        S['webinar'] = False
        S['organizer'] = (who['name'], who['email'])
    if client == 'zoom' and 'organizer' not in S:
        S['organizer'] = (who['name'], who['email'])
    if client == 'google' and cat in ('personal', 'community-series') and rng.random() < 0.2:
        S['meet'] = True


# ------------------------------------------------------------------ planning and assignment

CHARSETS = {
    'en': ['utf-8', 'us-ascii', 'iso-8859-1', 'windows-1252'], 'de': ['utf-8', 'iso-8859-1', 'iso-8859-15', 'windows-1252'],
    'fr': ['utf-8', 'iso-8859-15', 'windows-1252'], 'es': ['utf-8', 'iso-8859-1', 'windows-1252'], 'pt': ['utf-8', 'iso-8859-1'],
    'it': ['utf-8', 'iso-8859-15'], 'nl': ['utf-8', 'windows-1252'], 'pl': ['utf-8', 'iso-8859-2', 'windows-1250'],
    'tr': ['utf-8', 'iso-8859-9', 'windows-1254'], 'ru': ['utf-8', 'koi8-r', 'windows-1251', 'iso-8859-5'], 'el': ['utf-8', 'iso-8859-7', 'windows-1253'],
    'ar': ['utf-8', 'windows-1256', 'iso-8859-6'], 'he': ['utf-8', 'windows-1255', 'iso-8859-8'], 'zh': ['utf-8', 'gb2312', 'gbk', 'gb18030'],
    'zh-tw': ['big5', 'utf-8'], 'ja': ['iso-2022-jp', 'shift_jis', 'utf-8'], 'ko': ['euc-kr', 'utf-8', 'ks_c_5601-1987'], 'hi': ['utf-8'],
    'th': ['utf-8', 'tis-620'],
}
LEGACY_CLIENTS = {'handrolled', 'booking', 'thunderbird', 'outlook', 'mailinglist'}


def pick_charset(rng, lang, client):
    if client == 'yahoo' and lang == 'ja':
        return 'iso-2022-jp'
    if client not in LEGACY_CLIENTS:
        return 'utf-8'
    opts = [c for c in CHARSETS[lang] if c != 'utf-8'] or ['utf-8']
    if client in ('thunderbird', 'outlook', 'mailinglist') and lang in ('ru', 'ja', 'ko', 'zh', 'zh-tw', 'el') and rng.random() < 0.7:
        return {'ru': 'koi8-r', 'ja': 'iso-2022-jp', 'ko': 'euc-kr', 'zh': 'gb2312', 'zh-tw': 'big5', 'el': 'iso-8859-7'}[lang]
    if lang == 'en' and rng.random() < 0.7:
        return 'utf-8'
    if lang != 'en' and rng.random() < 0.25 and lang not in ('zh-tw', 'ja'):
        return 'utf-8'
    cs = rng.choice(opts)
    if cs == 'us-ascii':
        cs = 'utf-8'
    return cs


def plan(side, texts):
    items = []
    for cat, d in texts.items():
        for lang, lst in d.items():
            for entry in lst:
                items.append((cat, lang, entry))
    return items


def assign_clients(rng, items, allowed):
    remaining = dict(CLIENT_COUNTS)
    order = sorted(range(len(items)), key=lambda i: (len(allowed[items[i][0]]), rng.random()))
    out = [None] * len(items)
    for i in order:
        cat = items[i][0]
        al = allowed[cat]
        cands = [c for c in al if remaining.get(c, 0) > 0]
        if not cands:
            cands = al
            c = rng.choice(cands)
        else:
            weights = [remaining[c] for c in cands]
            c = rng.choices(cands, weights=weights)[0]
        remaining[c] = remaining.get(c, 0) - 1
        out[i] = c
    return out


def recipient(rng, lang):
    doms = W.RCPT_DOMAINS.get(lang) or W.RCPT_DOMAINS['en']
    if rng.random() < 0.1:
        doms = W.RCPT_DOMAINS['en']
    p = person(rng, lang)
    dom = rng.choice(doms)
    name = p[0] if rng.random() < 0.85 else ''
    local = rng.choice([p[1], p[1].split('.')[0], 'info', 'office']) if rng.random() < 0.3 else p[1]
    if local in ('info', 'office'):
        name = ''
    return (name, '%s@%s' % (local, dom))


def main():
    t0 = time.time()
    master = random.Random(SEED)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = []
    stats = defaultdict(Counter)
    for side, texts, allowed in (('spam', SPAM, SPAM_CLIENTS), ('ham', HAM, HAM_CLIENTS)):
        items = plan(side, texts)
        crng = random.Random(master.randint(0, 2 ** 31))
        assigned = assign_clients(crng, items, allowed)
        counters = Counter()
        for (cat, lang, entry), client in zip(items, assigned):
            counters[cat] += 1
            n = counters[cat]
            rng = random.Random('%d/%s/%s/%d' % (SEED, side, cat, n))
            rcpt = recipient(rng, lang)
            tz = rng.choice(tzs.LANG_TZ[lang])
            arrival = arrival_for(rng, entry[0] + ' ' + entry[1], client, cat)
            ctx = dict(rng=rng, side=side, lang=lang, client=client, rcpt=rcpt, tz=tz, arrival=arrival)
            ctx['charset'] = pick_charset(rng, lang, client)
            ctx['hcharset'] = ctx['charset'] if client in ('handrolled', 'booking', 'outlook', 'thunderbird') and rng.random() < 0.6 else 'utf-8'
            ctx['cte'] = rng.choice(['quoted-printable', 'base64', '8bit']) if ctx['charset'] != 'iso-2022-jp' else '7bit'
            if ctx['charset'] == 'utf-8' and ctx['cte'] == '8bit' and rng.random() < 0.5:
                ctx['cte'] = 'quoted-printable'
            S = build(ctx, cat, entry)
            data = clients.render_message(ctx)
            rel = '%s/%s/%03d.eml' % (side, cat, n)
            path = os.path.join(OUT, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'wb') as f:
                f.write(data)
            inner = S.get('inner_client')
            cl = client + ('(' + inner + ')' if inner else '')
            descr = '%s; %s; %s; %s; auth %s' % (S['summary'][:60].replace('\t', ' '), lang, cl, arrival.strftime('%Y-%m-%d'), ctx['auth_summary'])
            labels.append((rel, side, cat, descr))
            stats[side + '_client'][client] += 1
            stats[side + '_lang'][lang if lang != 'zh-tw' else 'zh'] += 1
            stats[side + '_cat'][cat] += 1
            stats[side + '_cs'][ctx['charset']] += 1
            stats[side + '_year'][arrival.year] += 1
            stats[side + '_auth'][ctx['auth_summary'].split('/')[-1]] += 1
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('path\tlabel\tcategory\tdescription\n')
        for r in labels:
            f.write('\t'.join(r) + '\n')
    write_readme(stats)
    print('wrote %d messages in %.1fs' % (len(labels), time.time() - t0))


LANG_NAMES = {'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'pt': 'Portuguese', 'it': 'Italian', 'nl': 'Dutch',
              'pl': 'Polish', 'tr': 'Turkish', 'ru': 'Russian', 'el': 'Greek', 'ar': 'Arabic', 'he': 'Hebrew', 'zh': 'Chinese (simplified + traditional)',
              'ja': 'Japanese', 'ko': 'Korean', 'hi': 'Hindi', 'th': 'Thai'}
CLIENT_NAMES = {'google': 'Google Calendar', 'outlook': 'Outlook / Exchange Online / Teams (some Outlook desktop over SMTP)',
                'outlookcom': 'Outlook.com / Hotmail', 'icloud': 'Apple Calendar / iCloud / iPhone', 'thunderbird': 'Thunderbird / Lightning',
                'zoom': 'Zoom (meeting / webinar mails)', 'nextcloud': 'Nextcloud Calendar', 'zimbra': 'Zimbra', 'yahoo': 'Yahoo Calendar',
                'sogo': 'SOGo', 'booking': 'booking / reservation systems (airline, rail, hotel, clinic schedulers)',
                'mailinglist': 'mailing-list copies (Mailman 2/3) of invitations from other clients',
                'handrolled': 'hand-rolled scripts and bulk tools (PHPMailer etc.)'}


def scan_encodings():
    import email
    from email import policy
    cs, ctes = Counter(), Counter()
    for root, dirs, fns in os.walk(OUT):
        for fn in sorted(fns):
            if not fn.endswith('.eml'):
                continue
            with open(os.path.join(root, fn), 'rb') as f:
                m = email.message_from_bytes(f.read(), policy=policy.compat32)
            for p in m.walk():
                if p.is_multipart():
                    continue
                c = p.get_content_charset()
                if c:
                    cs[c] += 1
                ctes[(p.get('Content-Transfer-Encoding') or '7bit (implicit)').lower()] += 1
    return cs, ctes


def write_readme(stats):
    L = ['# holdout10 - calendar invitation exam corpus', '',
         'A sealed, labelled test corpus of %d RFC 5322 messages (%d spam, %d ham) that carry iCalendar objects '
         '(text/calendar parts and/or .ics attachments). It is meant to be run once, as an exam, against a calendar '
         'anti-spam filter that its authors have not tuned on it.' % (sum(stats['spam_cat'].values()) + sum(stats['ham_cat'].values()),
                                                                       sum(stats['spam_cat'].values()), sum(stats['ham_cat'].values())), '',
         'All messages were **generated by gen.py** (deterministic, fixed seed %d, Python 3 standard library only). '
         'Every text, name, domain and message was written or generated for this corpus; no message was copied from anywhere. '
         'People, companies and most domains are fictional; brand names appear only in message text and in look-alike domains; '
         'public mail services (Google, Microsoft, Apple, Yahoo, Zoom, ...) appear as the services that send the mail. '
         'IP addresses are from the documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32.' % SEED, '',
         'Every message starts with the trace block written by the receiving MX `mx.example.net` (Return-Path, Delivered-To, '
         'Authentication-Results with dkim/spf/dmarc, Received), followed by the sending side\'s own headers. Authentication results '
         'follow the sender set-up: real accounts at mail services, compromised company mailboxes and registered look-alike domains pass; '
         'spoofed senders and bare servers fail or have none; mailing-list copies carry a broken original DKIM signature.', '',
         'Layout: `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`, `labels.tsv` (path, label, category, description).', '',
         '## Spam categories', '', '| category | count | what |', '|---|---:|---|']
    for c, n in sorted(stats['spam_cat'].items()):
        L.append('| %s | %d | %s |' % (c, n, CAT_DESC[c]))
    L += ['', '## Ham categories', '', '| category | count | what |', '|---|---:|---|']
    for c, n in sorted(stats['ham_cat'].items()):
        L.append('| %s | %d | %s |' % (c, n, CAT_DESC[c]))
    L += ['', '## Languages', '', '| language | spam | ham |', '|---|---:|---:|']
    for l in sorted(set(stats['spam_lang']) | set(stats['ham_lang']), key=lambda x: (x != 'en', x)):
        L.append('| %s | %d | %d |' % (LANG_NAMES[l], stats['spam_lang'][l], stats['ham_lang'][l]))
    cs, ctes = scan_encodings()
    L += ['', 'MIME charsets used (number of leaf parts): ' + ', '.join('%s (%d)' % kv for kv in cs.most_common()) + '.',
          'Transfer encodings (number of leaf parts): ' + ', '.join('%s (%d)' % kv for kv in ctes.most_common()) + '.',
          'iCalendar parts are mostly UTF-8; a few hand-made ones use a legacy charset or bare LF line ends inside base64.', '',
          '## Sending clients and services', '',
          'Both labels are spread over the same clients in (nearly) the same proportions, so the client alone says nothing about the label.', '',
          '| client | spam | ham |', '|---|---:|---:|']
    for c in CLIENT_COUNTS:
        L.append('| %s | %d | %d |' % (CLIENT_NAMES[c], stats['spam_client'][c], stats['ham_client'][c]))
    L += ['', '## Arrival years', '', '| year | spam | ham |', '|---|---:|---:|']
    for y in sorted(set(stats['spam_year']) | set(stats['ham_year'])):
        L.append('| %d | %d | %d |' % (y, stats['spam_year'][y], stats['ham_year'][y]))
    L += ['', '## DMARC result at the receiving MX', '', '| dmarc | spam | ham |', '|---|---:|---:|']
    for a in sorted(set(stats['spam_auth']) | set(stats['ham_auth'])):
        L.append('| %s | %d | %d |' % (a, stats['spam_auth'][a], stats['ham_auth'][a]))
    L += ['', '## Licence', '', 'CC0 1.0 Universal (public domain dedication). Everything in this corpus was written or generated by the author of gen.py.', '',
          '## Regenerating and checking', '', '    python3 gen.py     # rewrites out/', '    python3 check.py   # verifies parsing, iCalendar presence, CRLF, labels', '']
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(L))


if __name__ == '__main__':
    main()
