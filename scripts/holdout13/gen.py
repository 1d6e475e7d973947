#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""holdout13 generator: writes a labelled corpus of calendar-invitation mail
(160 spam, 160 ham) into ./out.  Deterministic (fixed seed), stdlib only.

    python3 gen.py            # writes out/
"""
import collections
import datetime as dt
import email
import os
import random
import re
import shutil
import string
import sys
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import compose                      # noqa: E402
import i18n                         # noqa: E402
import transport                    # noqa: E402
from clients import default_subject, teams_block, teams_link, OL_PREFIX, when_str   # noqa: E402
from core import (UTC, TZ, to_utc, from_utc, aware_local, rhex, ralnum, rlower, rdigits, ruuid, rb64,  # noqa: E402
                  stable_int, doc_ip)
import spam_a, spam_b, ham_a, ham_b  # noqa: E402

SEED = 13013
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
T_MIN = dt.datetime(2016, 1, 4, tzinfo=UTC)
T_MAX = dt.datetime(2026, 11, 27, 23, 0, tzinfo=UTC)

CLIENTS = ['google', 'exchange', 'outlook16', 'gmailweb', 'icloud', 'applemail', 'thunderbird', 'zoom', 'nextcloud',
           'zimbra', 'yahoo', 'sogo', 'booking', 'esp', 'list', 'handrolled']
TARGET = {'google': 24, 'exchange': 26, 'outlook16': 11, 'gmailweb': 9, 'icloud': 9, 'applemail': 6,
          'thunderbird': 10, 'zoom': 5, 'nextcloud': 4, 'zimbra': 6, 'yahoo': 6, 'sogo': 3, 'booking': 11, 'esp': 10,
          'list': 9, 'handrolled': 11}
CLIENT_LABEL = {
    'google': 'Google Calendar', 'exchange': 'Microsoft 365 / Exchange (Outlook, Teams)',
    'outlook16': 'Outlook desktop on IMAP/SMTP (MIMEDIR, X-MS-OLK)', 'gmailweb': 'Gmail web with attached .ics',
    'icloud': 'iCloud calendar server', 'applemail': 'Apple Calendar.app / Mail', 'thunderbird': 'Thunderbird / Lightning',
    'zoom': 'Zoom', 'nextcloud': 'Nextcloud (Sabre iMIP)', 'zimbra': 'Zimbra', 'yahoo': 'Yahoo Mail / Calendar',
    'sogo': 'SOGo', 'booking': 'Booking / scheduling / ticketing systems', 'esp': 'Marketing & transactional ESPs',
    'list': 'Mailing-list managers (Mailman 2/3, Google Groups)',
    'handrolled': 'Hand-rolled tools (PHPMailer, Python, .NET, JavaMail, Nodemailer, raw, bulk mailers)'}

KIND_CLIENTS = {
    'free': {'google', 'gmailweb', 'exchange', 'icloud', 'yahoo', 'applemail', 'thunderbird', 'outlook16',
             'handrolled', 'list', 'zoom'},
    'org': {'google', 'gmailweb', 'exchange', 'outlook16', 'thunderbird', 'applemail', 'zimbra', 'nextcloud', 'sogo',
            'booking', 'esp', 'handrolled', 'list', 'zoom'},
    'lookalike': {'google', 'gmailweb', 'exchange', 'outlook16', 'thunderbird', 'applemail', 'booking', 'esp',
                  'handrolled', 'list'},
    'spoof': {'handrolled', 'outlook16', 'thunderbird', 'applemail'},
    'vps': {'handrolled', 'outlook16', 'thunderbird', 'esp', 'booking', 'list'},
}
KIND_CLIENTS['compromised'] = KIND_CLIENTS['org']

FREE_BODY = {'gmailweb', 'applemail', 'booking', 'esp', 'handrolled', 'zoom'}
FIXED_SUBJECT = {'google', 'exchange', 'outlook16', 'icloud', 'thunderbird', 'nextcloud', 'zimbra', 'yahoo', 'sogo'}
LEGACY_OK = {'outlook16', 'applemail', 'handrolled', 'booking'}

HAND_PRODIDS = ['-//hacksw/handcal//NONSGML v1.0//EN', '-//ical.marudot.com//iCal Event Maker//EN',
                '-//My calendar product//mxm.dk//', '-//eluceo/ical//2.0/EN', '-//sebbo.net//ical-generator//EN',
                '-//ics.py - http://git.io/lLljaA//EN', '-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN',
                '-//Google Inc//Google Calendar 70.9054//EN', '-//Apple Inc.//Mac OS X 10.9//EN',
                '-//ZContent.net//Zap Calendar 1.0//EN', '-//PHP//Calendar//EN', '-//Company//Calendar//EN',
                '-//Events Calendar//iCal4j 1.0//EN', '-//ddaysoftware.com//NONSGML DDay.iCal 1.0//EN',
                '-//Ical.Net//NONSGML ical.net 4.0//EN', '-//Spatie//iCalendar Generator//EN', 'PRODID']
JUNK_WORDS = ['kaxorem', 'velunta', 'mirabo', 'tressal', 'quorin', 'dalvex', 'pinoru', 'sardix', 'lumeno', 'corvanta',
              'brixel', 'omnitra', 'zelvo', 'trinora', 'nexalo', 'fyrenta']
JUNK_TLDS = ['xyz', 'top', 'shop', 'online', 'site', 'click', 'icu', 'live', 'store', 'info', 'pw', 'cfd', 'sbs']


class Slots(dict):
    missing = set()

    def __missing__(self, k):
        Slots.missing.add(k)
        return '{' + k + '}'


def fmt(s, S):
    if s is None:
        return None
    if isinstance(s, (list, tuple)):
        return [fmt(x, S) for x in s]
    return s.format_map(S)

# ----------------------------------------------------------------------------- helpers


def rand_arrival(r, yr):
    y0, y1 = yr
    lo = max(T_MIN, dt.datetime(y0, 1, 1, tzinfo=UTC))
    hi = min(T_MAX, dt.datetime(y1, 12, 31, 23, tzinfo=UTC))
    if hi <= lo:
        hi = lo + dt.timedelta(days=20)
    return lo + dt.timedelta(seconds=r.randint(0, int((hi - lo).total_seconds())))


def phone_for(r, lang):
    if lang == 'en':
        return r.choice(['+1 (8%d%d) 555-01%02d' % (r.choice([0, 3, 4, 5, 6, 7, 8]), r.choice([0, 5, 8]),
                                                    r.randint(0, 99)),
                         '1-8%d%d-555-01%02d' % (r.choice([0, 3, 5, 7, 8]), r.choice([0, 5, 8]), r.randint(0, 99)),
                         '+44 20 7946 0%03d' % r.randint(0, 999)])
    return {'de': '+49 30 23125 %03d' % r.randint(0, 999), 'fr': '01 99 00 %02d %02d' % (r.randint(0, 99), r.randint(0, 99)),
            'es': '+34 900 555 %03d' % r.randint(0, 999), 'pt': '0800 555 %04d' % r.randint(0, 9999),
            'sv': '08-555 %03d %02d' % (r.randint(0, 999), r.randint(0, 99)),
            'ar': '800 555 %04d' % r.randint(0, 9999), 'hi': '+91 1800 555 %04d' % r.randint(0, 9999),
            'it': '800 555 %03d' % r.randint(0, 999)}.get(lang, '+1 (888) 555-01%02d' % r.randint(0, 99))


def intl_mobile(r, lang):
    cc = {'en': '1', 'es': '34', 'ar': '971', 'hi': '91', 'tr': '90', 'zh': '852', 'th': '66', 'pt': '55',
          'fr': '33', 'de': '49', 'ru': '7'}.get(lang, '44')
    if cc == '1':
        return '+1 (%d%d%d) 555-01%02d' % (r.randint(2, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 99))
    return '+%s %s' % (cc, ' '.join(rdigits(r, 3) for _ in range(3)))


IBAN_LEN = {'de': ('DE', 18), 'fr': ('FR', 23), 'it': ('IT', 23), 'es': ('ES', 20), 'nl': ('NL', 14),
            'el': ('GR', 23), 'sv': ('SE', 20), 'pl': ('PL', 24), 'pt': ('PT', 21), 'tr': ('TR', 22)}


def iban_for(r, lang):
    cc, n = IBAN_LEN.get(lang, ('GB', 18))
    raw = cc + rdigits(r, 2)
    if cc == 'NL':
        raw += ralnum(r, 4, string.ascii_uppercase) + rdigits(r, 10)
    elif cc in ('FR', 'IT', 'GB'):
        raw += (ralnum(r, 4, string.ascii_uppercase) if cc == 'GB' else ralnum(r, 1, string.ascii_uppercase)) + rdigits(r, n - (4 if cc == 'GB' else 1))
    else:
        raw += rdigits(r, n)
    return ' '.join(raw[i:i + 4] for i in range(0, len(raw), 4))


def lookalike(r, domain):
    if domain.count('.') >= 2 and domain.split('.')[0] in ('mail', 'corp', 'staff'):
        domain = domain.split('.', 1)[1]
    base, tld = domain.split('.', 1)
    opts = []
    if 'm' in base:
        opts.append(lambda b: b.replace('m', 'rn', 1))
    if 'l' in base:
        opts.append(lambda b: b.replace('l', '1', 1))
    if 'o' in base:
        opts.append(lambda b: b.replace('o', '0', 1))
    if 'i' in base:
        opts.append(lambda b: b.replace('i', 'l', 1))
    opts.append(lambda b: b + r.choice(['-inc', '-group', '-corp', 'hq', '-us', '-global']))
    opts.append(lambda b: b[:len(b) // 2] + b[len(b) // 2] + b[len(b) // 2:])
    opts.append(lambda b: b[:len(b) // 2] + b[len(b) // 2 + 1:])
    nb = r.choice(opts)(base)
    if nb == base:
        nb = base + 's'
    ntld = tld
    if r.random() < 0.45:
        ntld = r.choice(['com', 'net', 'co', 'org', 'us', 'cc', 'com.co'])
        if ntld == tld:
            ntld = 'net' if tld != 'net' else 'com'
    return nb + '.' + ntld


def junk_domain(r):
    return '%s%s.%s' % (r.choice(JUNK_WORDS), r.choice(['', str(r.randint(1, 99)), '-mail', '-srv']), r.choice(JUNK_TLDS))


def random_address(r, lang=None, domains=None, coherent=False):
    l2 = lang if lang and r.random() < (0.92 if coherent else 0.6) else \
        r.choice(['en', 'en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl'])
    p = i18n.person(r, l2)
    if domains:
        d = r.choice(domains)
    elif coherent:
        d = r.choice(i18n.FREE_BY_LANG[l2] + [o[0] for o in i18n.ORGS.get(l2, i18n.ORGS['en'])][:3])
    else:
        d = r.choice(i18n.FREE_BY_LANG[l2] + [o[0] for o in i18n.ORGS.get(l2, i18n.ORGS['en'])] +
                     i18n.RCPT_DOMAINS_GENERIC)
    return p, i18n.localpart(r, p) + '@' + d


def pick_org(r, lang, avoid=None):
    pool = i18n.ORGS.get(lang) or i18n.ORGS['en']
    if lang != 'en' and r.random() < 0.2:
        pool = pool + i18n.ORGS['en']
    choices = [o for o in pool if o[0] != avoid] or pool
    return r.choice(choices)

# ----------------------------------------------------------------------------- assignment


def allowed_clients(e, cat):
    cl = set(e.get('cl') or CLIENTS)
    kinds = e.get('k') or cat['k']
    kinds = [kinds] if isinstance(kinds, str) else kinds
    ok = set()
    for k in kinds:
        ok |= KIND_CLIENTS[k]
    res = cl & ok
    return sorted(res) or sorted(cl)


def assign_clients(items, seed):
    """Greedy assignment followed by augmenting-path repair so that each client
    gets as close as possible to its target count under the per-entry constraints."""
    r = random.Random(seed)
    quota = dict(TARGET)
    order = sorted(range(len(items)), key=lambda i: (len(items[i]['allowed']), r.random()))
    for i in order:
        al = items[i]['allowed']
        best = max(al, key=lambda c: (quota[c] / float(TARGET[c]), r.random()))
        items[i]['client'] = best
        quota[best] -= 1
    for _ in range(400):
        under = [c for c in CLIENTS if quota[c] > 0]
        if not under:
            break
        moved = False
        for c2 in sorted(under, key=lambda c: -quota[c]):
            # BFS: find a chain of moves ending at an over-quota client
            prev = {c2: None}
            queue = [c2]
            found = None
            while queue and not found:
                cur = queue.pop(0)
                for i, it in enumerate(items):
                    ca = it['client']
                    if cur in it['allowed'] and ca != cur and ca not in prev:
                        prev[ca] = (cur, i)
                        if quota[ca] < 0:
                            found = ca
                            break
                        queue.append(ca)
            if found:
                node = found
                while prev[node] is not None:
                    dest, i = prev[node]
                    items[i]['client'] = dest
                    node = dest
                quota[found] += 1
                quota[c2] -= 1
                moved = True
                break
        if not moved:
            break
    return quota

# ----------------------------------------------------------------------------- building


def choose_kind(r, e, cat, client):
    kinds = e.get('k') or cat['k']
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    real = client
    good = [k for k in kinds if real in KIND_CLIENTS[k]]
    return r.choice(good) if good else kinds[0]


def free_domain_for(r, client, lang):
    if client in ('google', 'gmailweb'):
        return 'gmail.com' if r.random() < 0.95 else 'googlemail.com'
    if client == 'exchange':
        return r.choice(['outlook.com', 'hotmail.com', 'outlook.com', 'live.com'] +
                        [d for d in i18n.FREE_BY_LANG[lang] if d.startswith(('hotmail', 'outlook'))])
    if client == 'icloud':
        return r.choice(['icloud.com', 'icloud.com', 'me.com', 'mac.com'])
    if client == 'yahoo':
        loc = [d for d in i18n.FREE_BY_LANG[lang] if d.startswith('yahoo')]
        return r.choice(loc + ['yahoo.com', 'yahoo.com', 'ymail.com'])
    if client == 'applemail':
        return r.choice(['icloud.com', 'me.com', 'icloud.com'] + i18n.FREE_BY_LANG[lang])
    pool = [d for d in i18n.FREE_BY_LANG[lang] if not d.startswith(('gmail', 'yahoo', 'icloud'))] or \
        i18n.FREE_BY_LANG[lang]
    return r.choice(pool)


def provider_for(r, client, kind, dom):
    if client == 'zoom':
        return 'zoom'
    if kind == 'spoof':
        return 'spoof'
    if kind == 'vps' and client not in ('booking', 'esp'):
        return 'vps'
    if client == 'google':
        return 'google-cal'
    if client in ('booking', 'esp'):
        if client == 'esp':
            return r.choice(['esp-sendgrid', 'esp-mailchimp', 'esp-brevo', 'esp-sendgrid'])
        return r.choice(['esp-ses', 'esp-mailgun', 'esp-sendgrid', 'esp-ses'])
    if dom in transport.FREEMAIL:
        p = transport.FREEMAIL[dom][2]
        return p if p in ('gmail', 'outlookcom', 'yahoo', 'yahoojp', 'icloud') else 'free-generic'
    if client == 'gmailweb':
        return 'workspace'
    if client == 'exchange':
        return 'm365'
    if client == 'outlook16':
        return r.choice(['m365', 'selfhost', 'selfhost'])
    return 'selfhost'


def build(label, catname, cat, idx, e, client):
    r = random.Random('%d-%s-%s-%d' % (SEED, label, catname, idx))
    lang = e['l']
    S = Slots()
    m = dict(label=label, cat=catname, idx=idx, lang=lang, langtag=i18n.LANG_TAG[lang], client=client, opts={})
    inner = client
    if client == 'list':
        inner = e.get('inner') or r.choice([c for c in ['thunderbird', 'gmailweb', 'outlook16', 'applemail', 'yahoo',
                                                         'handrolled'] if c in allowed_clients(dict(e, cl=None), cat)])
        m['opts']['inner'] = inner
    kind = choose_kind(r, e, cat, inner)
    m['kind'] = kind
    # --- time
    yr = list(e.get('yr') or cat['yr'])
    if client == 'zoom' or e.get('teams') or inner == 'zoom':
        yr[0] = max(yr[0], 2018)
    arrive = rand_arrival(r, yr)
    if e.get('mo'):
        mo = r.choice(e['mo'])
        arrive = arrive.replace(month=mo, day=min(arrive.day, 28))
        if arrive > T_MAX:
            arrive = arrive.replace(year=arrive.year - 1)
        if arrive < T_MIN:
            arrive = arrive.replace(year=arrive.year + 1)
    tz = e.get('tz') or r.choice(i18n.TZS[lang])
    # shift arrival hour to plausible local sending hours (ham mostly working hours)
    loc_arr = from_utc(arrive, tz)
    if label == 'ham' and not (7 <= loc_arr.hour <= 20):
        arrive = arrive + dt.timedelta(hours=(r.randint(8, 18) - loc_arr.hour) % 24)
    if arrive > T_MAX:
        arrive = T_MAX - dt.timedelta(hours=r.randint(1, 200))
    sent = arrive - dt.timedelta(seconds=r.randint(2, 40))
    m['arrive'], m['sent'], m['send_tz'] = arrive, sent, tz
    # --- recipient
    rk = e.get('rk') or cat.get('rk', 'any')
    rp = i18n.person(r, lang)
    if e.get('rdom'):
        rdom = r.choice(e['rdom'])
        rorg = next((o[1] for L_ in i18n.ORGS.values() for o in L_ if o[0] == rdom), 'Example University')
        rkind = 'org'
    elif rk in ('org', 'same') or (rk == 'any' and r.random() < 0.45):
        if r.random() < 0.18:
            rdom = r.choice(i18n.RCPT_DOMAINS_GENERIC)
            rorg = r.choice(['Example Corp', 'Example Networks', 'Example Org'])
        else:
            rdom, rorg = pick_org(r, lang)
        rkind = 'org'
    else:
        rdom = r.choice(i18n.FREE_BY_LANG[lang] + (i18n.RCPT_DOMAINS_GENERIC if r.random() < 0.2 else []))
        rorg = ''
        rkind = 'free'
    rlocal = i18n.localpart(r, rp, r.choice(['f.l', 'f.l', 'fl', 'x.l', 'f']) if rkind == 'org' else None)
    if rkind == 'free' and not re.search(r'\d', rlocal) and len(rlocal) < 9:
        rlocal += str(r.randint(7, 99))
    remail = rlocal + '@' + rdom
    m['rcpt'] = dict(name=rp['full'], first=rp['first'], last=rp['last'], email=remail, domain=rdom, org=rorg)
    # --- persons for slots
    ceo = i18n.person(r, lang)
    emp = i18n.person(r, lang)
    S.update(rf=rp['first'], rl=rp['last'], rn=rp['full'], re=remail, rd=rdom, ro=rorg or rdom,
             ceo=ceo['full'], ceo_f=ceo['first'], emp=emp['full'])
    # --- sender
    sp = i18n.person(r, lang)
    fn_t = e.get('fn')
    who = sp
    if fn_t in ('{ceo}',):
        who = ceo
    elif fn_t == '{emp}':
        who = emp
    S.update(sf=who['first'], sn=who['full'])
    sdom, sorg = None, ''
    if kind == 'free':
        sdom = free_domain_for(r, inner if client != 'zoom' else 'thunderbird', lang)
    elif kind in ('org', 'compromised'):
        if rk == 'same' and rkind == 'org':
            sdom, sorg = rdom, rorg
        elif e.get('fd') and not str(e.get('fd')).startswith('@'):
            fd = e['fd']
            sdom = r.choice(fd) if isinstance(fd, list) else fd
            sorg = e.get('fn') if e.get('fn') and '{' not in e.get('fn') else ''
        elif fn_t and '{' not in fn_t and any(o[1] == fn_t for L_ in i18n.ORGS.values() for o in L_):
            sdom, sorg = next(o for L_ in i18n.ORGS.values() for o in L_ if o[1] == fn_t)
        else:
            sdom, sorg = pick_org(r, lang, avoid=rdom)
    elif kind == 'lookalike' and not e.get('fd') and e.get('lk') and not fn_t:
        lkd = fmt(r.choice(e['lk']), S)
        base = lkd.split('.')[0]
        sdom = r.choice([lkd, 'mail.' + lkd, base + '-mail.' + lkd.split('.', 1)[1], base + '.' + r.choice(['net', 'info', 'co'])])
        fn_t = ' '.join(w.capitalize() for w in re.split(r'[-_]', base))
        S['brand_fn'] = fn_t
    elif kind == 'lookalike':
        fd = e.get('fd')
        if fd == '@rcptlook':
            sdom = lookalike(r, rdom if rkind == 'org' else pick_org(r, lang)[0])
            sorg = rorg
        elif fd:
            sdom = r.choice(fd) if isinstance(fd, list) else fd
        else:
            sdom = r.choice(['%s-%s.%s' % (r.choice(['secure', 'notice', 'portal', 'mail', 'account', 'service']),
                                           r.choice(['center', 'hub', 'desk', 'online', 'verify']),
                                           r.choice(['com', 'net', 'info', 'co']))])
    elif kind == 'vps':
        fd = e.get('fd')
        sdom = (r.choice(fd) if isinstance(fd, list) else fd) if fd and not str(fd).startswith('@') else junk_domain(r)
        if not fn_t and e.get('lk') and r.random() < 0.7:
            base = fmt(r.choice(e['lk']), S).split('.')[0]
            fn_t = ' '.join(w.capitalize() for w in re.split(r'[-_]', base))
    elif kind == 'spoof':
        sdom = rdom
    if not sorg and sdom:
        sorg = next((o[1] for L in i18n.ORGS.values() for o in L if o[0] == sdom), '')
    S.update(so=sorg or (sdom.split('.')[0].replace('-', ' ').title() if sdom else ''), sd=sdom or '')
    S['co'] = pick_org(r, lang, avoid=sdom)[1]
    # sender local part
    if e.get('fe'):
        fe = e['fe']
        if fe == '{re}':
            semail = remail
        elif fe == '@rcptdomain':
            semail = i18n.localpart(r, who, 'f.l') + '@' + rdom
        else:
            semail = fe
        sname = fmt(e.get('fn'), S) if e.get('fn') else who['full']
    else:
        if e.get('fl'):
            local = e['fl']
        elif kind in ('vps', 'lookalike') and fn_t and '{' not in fn_t:
            local = r.choice(['info', 'service', 'noreply', 'no-reply', 'support', 'news', 'notice', 'billing', 'secure'])
        elif kind == 'free' and fn_t and '{' not in fn_t:
            local = re.sub(r'[^a-z0-9]', '', i18n.ascii_fold(fn_t).lower())[:14] + str(r.randint(1, 999))
        else:
            local = i18n.localpart(r, who, r.choice(['f.l', 'fl', 'f.l', 'x.l']) if kind != 'free' else None)
            if kind == 'free' and (r.random() < 0.4 or (not re.search(r'\d', local) and len(local) < 9)):
                local += str(r.randint(1, 9999))
        semail = local + '@' + sdom
        sname = fmt(fn_t, S) if fn_t else who['full']
        if kind == 'free' and fn_t is None and r.random() < 0.15:
            sname = ''
    S.update(se=semail, rb=__import__('base64').b64encode(remail.encode()).decode())
    m['sender'] = dict(name=sname, email=semail, org=sorg)
    if kind == 'spoof':
        m['sender']['envelope'] = r.choice(['root', 'www-data', 'admin', 'apache', 'user' + rdigits(r, 4),
                                            i18n.localpart(r, i18n.person(r, 'en'))]) + '@' + junk_domain(r) \
            if r.random() < 0.7 else semail
        sp_dom = semail.split('@')[1]
        m['dmarc_pol'] = transport.free_info(sp_dom)[1] if sp_dom in transport.FREEMAIL else \
            r.choice([None, 'NONE', 'NONE', 'QUARANTINE'])
    if kind == 'vps':
        m['dmarc_pol'] = r.choice([None, None, 'NONE'])
        m['vps_dkim'] = r.random() < 0.4
        m['spf'] = r.choice(['pass', 'pass', 'none', 'softfail', 'neutral'])
    if kind == 'lookalike':
        m['dmarc_pol'] = r.choice([None, 'NONE', 'NONE', 'QUARANTINE', 'REJECT'])
    prov = provider_for(r, inner, kind, sdom)
    m['prov'] = prov
    if prov == 'm365' and r.random() < 0.25 and kind in ('lookalike', 'compromised', 'org'):
        m['tenant'] = re.sub(r'[^a-z0-9]', '', sdom.split('.')[0])[:20]
    if prov == 'vps':
        m['vpshost'] = 'vps%d.%s' % (r.randint(100, 99999), r.choice(['hostcloud.example', 'servermania.example',
                                                                       'cheapvps.test', 'kvmhost.invalid']))
        if kind == 'vps':
            m['helo'] = r.choice(['mail.' + sdom, sdom, m['vpshost']])
    # --- slot values
    start_days = r.randint(*(e.get('lead') or cat.get('lead') or (1, 14)))
    hh = e.get('h', cat.get('h'))
    if isinstance(hh, tuple):
        hour = r.randint(*hh)
    elif isinstance(hh, int):
        hour = hh
    elif label == 'ham':
        hour = r.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17])
    else:
        hour = r.choice([r.randint(0, 23), r.choice([9, 10, 11, 13, 14, 15, 16])])
    minute = r.choice([0, 0, 0, 30, 30, 15, 45]) if label == 'ham' or r.random() < 0.7 else r.randint(0, 59)
    if e.get('mi') is not None:
        minute = e['mi']
    base_local = from_utc(sent, tz)
    allday = bool(e.get('allday'))
    dur = e.get('dur') or cat.get('dur') or r.choice([30, 60, 60, 45])
    dow = e.get('dow')
    if dow is None and e.get('rr') and 'BYDAY=' in e['rr'] and 'MONTHLY' not in e['rr']:
        dow = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].index(e['rr'].split('BYDAY=')[1].split(',')[0].split(';')[0][-2:])
    if dow is not None:
        wd = (base_local + dt.timedelta(days=start_days)).weekday()
        start_days += (dow - wd) % 7
    if allday:
        start = (base_local + dt.timedelta(days=start_days)).date()
        end = start + dt.timedelta(days=max(1, dur // 1440))
    else:
        start = (base_local + dt.timedelta(days=start_days)).replace(hour=hour, minute=minute, second=0, microsecond=0)
        end = start + dt.timedelta(minutes=dur)
    S.update(date=i18n.fmt_date_short(lang, start), time=start.strftime('%H:%M') if not allday else '',
             year=str(sent.year))
    tok = lambda n: ralnum(r, n)
    S.update(tok=tok(r.randint(8, 14)), tok2=rlower(r, 25), tok44=ralnum(r, 44, string.ascii_letters + string.digits + '-_'),
             hex32=rhex(r, 32, True), HEX16=rhex(r, 16, True), n2=str(r.randint(10, 99)), n3=str(r.randint(100, 999)),
             n4=str(r.randint(1000, 9999)), n6=str(r.randint(100000, 999999)), n9=rdigits(r, 9),
             ref=ralnum(r, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), inv=str(r.randint(1000000, 9999999)),
             code=ralnum(r, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'),
             pnr=ralnum(r, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
             trk=ralnum(r, 2, 'CLRUV') + rdigits(r, 9) + r.choice(['US', 'DE', 'GB', 'CN', 'NL', 'FR', 'ES']),
             case=rdigits(r, 8), plate='%s %s' % (rdigits(r, 4), ralnum(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')),
             btc='bc1q' + ralnum(r, 38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'),
             phone=phone_for(r, lang), routing='0' + rdigits(r, 8), acct=rdigits(r, 10), iban=iban_for(r, lang),
             bic=ralnum(r, 4, string.ascii_uppercase) + r.choice(['FR', 'IT', 'DE', 'LT', 'GB']) + ralnum(r, 2, 'ABCDEFGHJK0123456789'),
             raddr='%d %s' % (r.randint(2, 280), r.choice(['Maple Ave', 'Oak St', 'Hillcrest Rd', 'Birch Lane', 'Cedar Ct'])))
    wa = intl_mobile(r, lang)
    handle = r.choice({'crypto-invest': ['vip_signals', 'crypto_pump', 'signals_hub', 'mentor'],
                       'task-job-scam': ['hr_desk', 'career_team', 'task_center', 'official_hr', 'mentor']}.get(
        catname, ['support_team', 'service_desk', 'agent'])) + '_' + rlower(r, 4)
    S.update(wa=wa, wa_url='https://wa.me/' + re.sub(r'\D', '', wa), tg='@' + handle, tg_url='https://t.me/' + handle,
             line='@' + rlower(r, 8), wx=r.choice(['wxid_', 'vip', 'kefu']) + rlower(r, 8),
             mail2=i18n.localpart(r, i18n.person(r, 'en')) + r.choice(['', str(r.randint(1, 99))]) + '@' +
             r.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'mail.ru']))
    zid = '8%s' % rdigits(r, 10)
    S.update(zid='%s %s %s' % (zid[:3], zid[3:7], zid[7:]),
             zoom='https://us%02dweb.zoom.us/j/%s?pwd=%s' % (r.choice([2, 4, 5, 6]), zid, ralnum(r, 32)),
             zoomw='https://us%02dweb.zoom.us/w/%s?tk=%s' % (r.choice([2, 6]), zid, rb64(r, 60, True)),
             meet='https://meet.google.com/%s-%s-%s' % (rlower(r, 3).translate(str.maketrans('0123456789', 'abcdefghij')),
                                                        ralnum(r, 4, string.ascii_lowercase), ralnum(r, 3, string.ascii_lowercase)),
             doc='https://docs.google.com/%s/d/%s/edit?usp=sharing' % (r.choice(['document', 'spreadsheets', 'forms']),
                                                                       ralnum(r, 44, string.ascii_letters + string.digits + '-_')),
             teamsurl=teams_link(r), tenant=re.sub(r'[^a-z0-9]', '', (sdom or 'contoso').split('.')[0]),
             apphost='cloud.' + (sdom or 'example.org'))
    lk = e.get('lk')
    if lk:
        S['lk'] = fmt(r.choice(lk), S)
    if e.get('u'):
        S['url'] = fmt(e['u'], S)
    if e.get('u2'):
        S['url2'] = fmt(e['u2'], S)
    S.update(when=i18n.fmt_when(lang, start, end, None, allday))
    fwd = e.get('fwd')
    if fwd:
        op = i18n.person(r, lang)
        odom = sdom if r.random() < 0.5 and sdom else pick_org(r, lang)[0]
        oemail = i18n.localpart(r, op, 'f.l') + '@' + odom
        orig_sent = sent - dt.timedelta(hours=r.randint(2, 96))
        S.update(on=op['full'], oe=oemail, sentdate=aware_local(orig_sent, tz).strftime('%A, %B %d, %Y %I:%M %p')
                 if lang == 'en' else aware_local(orig_sent, tz).strftime('%d.%m.%Y %H:%M'))
    # --- event
    method = e.get('m') or cat.get('m') or 'REQUEST'
    if client == 'zoom' and not e.get('m'):
        method = 'PUBLISH'
    if inner == 'handrolled' and method == 'REQUEST' and not e.get('m') and r.random() < 0.2:
        method = 'PUBLISH'
    if inner in ('booking', 'esp') and not e.get('todo'):
        # transactional/marketing engines differ: some send PUBLISH, some REQUEST (same rule for both labels)
        if method == 'PUBLISH' and r.random() < 0.25:
            method = 'REQUEST'
        elif method == 'REQUEST' and r.random() < 0.4:
            method = 'PUBLISH'
    org_name, org_email = sname, semail
    host_reply = None
    if client == 'zoom':
        hp = e.get('host')
        hname = fmt(hp[0], S) if hp else who['full']
        if hp and hp[1]:
            hmail = hp[1] + '@' + (sdom or pick_org(r, lang)[0])
        elif kind == 'free':
            hmail = i18n.localpart(r, who) + '@' + free_domain_for(r, 'thunderbird', lang)
        else:
            hmail = i18n.localpart(r, who, 'f.l') + '@' + (sdom or pick_org(r, lang)[0])
        m['sender'] = dict(name=hname, email='no-reply@zoom.us', org='Zoom')
        host_reply = (hname, hmail)
        org_name, org_email = hname, hmail
        S['sd'] = hmail.split('@')[1]
    ev = dict(method=method, summary=fmt(e['t'], S), description=fmt(e.get('d'), S), location=fmt(e.get('loc'), S),
              start=start, end=end, tz=tz, allday=allday, rrule=e.get('rr'), organizer=(org_name, org_email),
              attendees=[], seq=e.get('seq', 0), created=sent - dt.timedelta(minutes=r.randint(1, 4000)),
              lastmod=sent - dt.timedelta(seconds=r.randint(1, 50)), status='CONFIRMED')
    if e.get('busy'):
        ev['busy'] = e['busy']
    if e.get('todo'):
        ev['comp'] = 'VTODO'
    if e.get('al'):
        ev['alarms'] = list(e['al'])
    else:
        ev['alarms'] = {'google': ['-P0DT0H%dM0S' % r.choice([10, 30])] if r.random() < 0.6 else [],
                        'exchange': ['-PT15M'], 'outlook16': ['-PT15M'], 'thunderbird': ['-PT15M'] if r.random() < 0.5 else [],
                        'zoom': ['-PT10M'], 'zimbra': ['-PT5M'],
                        'booking': [r.choice(['-PT1H', '-P1D', '-PT2H'])] if r.random() < 0.5 else [],
                        'handrolled': [r.choice(['-PT15M', '-PT30M', '-PT1H'])] if r.random() < 0.5 else []}.get(inner, [])
    if client == 'zoom':
        ev['location'] = ev['location'] or (S['zoomw'] if method == 'PUBLISH' else S['zoom'])
        ev['uid'] = 'ZOOM' + zid
    # attendees
    att = e.get('att', cat.get('att', (0, 0)))
    rc_att = dict(name=rp['full'] if r.random() < 0.8 else None, email=remail)
    extras = []
    if isinstance(att, tuple) and att and att[0] == 'mass':
        n = r.randint(att[1], att[2])
        same = label == 'ham' and (rk == 'same' or catname in ('it-notice', 'business-meeting', 'finance-reminder'))
        doms = [rdom] if same else None
        if label == 'ham' and not same:
            doms = [pick_org(r, r.choice(['en', lang]))[0] for _ in range(40)] + i18n.RCPT_DOMAINS_GENERIC
        seen = {remail}
        for _ in range(n):
            p, a = random_address(r, lang, doms)
            if a in seen:
                continue
            seen.add(a)
            extras.append(dict(name=p['full'] if r.random() < 0.5 else None, email=a))
    else:
        lo, hi = att if att else (0, 0)
        for _ in range(r.randint(lo, hi)):
            if label == 'ham' and (rk == 'same' or rkind == 'org') and r.random() < 0.7:
                p = i18n.person(r, lang)
                a = i18n.localpart(r, p, 'f.l') + '@' + (sdom if kind != 'free' and sdom else rdom)
            else:
                p, a = random_address(r, lang, coherent=(label == 'ham'))
            extras.append(dict(name=p['full'] if r.random() < 0.7 else None, email=a))
    if client != 'zoom' and method in ('REQUEST', 'CANCEL'):
        pos = r.randint(0, len(extras))
        ev['attendees'] = extras[:pos] + [rc_att] + extras[pos:]
    elif method == 'PUBLISH' and inner not in ('booking', 'esp', 'handrolled', 'zoom') and not e.get('more'):
        ev['attendees'] = [rc_att]
    # replies / counter: recipient organised the meeting
    if method in ('REPLY', 'COUNTER'):
        ev['organizer'] = (rp['full'], remail)
        ev['attendees'] = [dict(name=sname or None, email=semail, partstat=e.get('ps', 'ACCEPTED'), rsvp=False)]
        if e.get('comment'):
            ev['comment'] = fmt(e['comment'], S)
        if method == 'COUNTER':
            ev['start'] = ev['start'] + dt.timedelta(hours=1)
            ev['end'] = ev['end'] + dt.timedelta(hours=1)
        ev['description'] = ev['description'] or (ev.get('comment') or '')
    if method in ('REPLY', 'COUNTER', 'CANCEL'):
        ev['alarms'] = []
    if method == 'CANCEL':
        ev['status'] = 'CANCELLED'
        ev['seq'] = r.randint(1, 3)
    # multi-event calendars
    if e.get('more'):
        ev['more'] = []
        for mo in e['more']:
            e2 = dict(ev)
            e2.pop('more', None)
            e2['uid'] = None
            shift = dt.timedelta(days=mo.get('days', 1))
            s2 = ev['start'] + shift
            if 'h' in mo and not allday:
                s2 = s2.replace(hour=mo['h'])
            e2.update(start=s2, end=s2 + (ev['end'] - ev['start']), summary=fmt(mo.get('t', ev['summary']), S),
                      location=fmt(mo.get('loc', ev['location']), S))
            ev['more'].append(e2)
    # payload placement
    pl = e.get('pl') or {}
    if 'url' in pl:
        ev['url'] = fmt(pl['url'], S)
    if 'attach' in pl:
        ev['attach'] = [tuple(fmt(list(a), S)) for a in pl['attach']]
    if 'conf' in pl:
        ev['conf'] = [tuple(fmt(list(c), S)) for c in pl['conf']]
    if 'altdesc' in pl:
        ev['altdesc'] = fmt(pl['altdesc'], S)
    if e.get('x'):
        ev['extra'] = list(e['x'])
    # online meetings
    if e.get('meet'):
        if inner == 'google':
            ev['meet'] = S['meet']
            block = ('-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~'
                     ':~:~:~:~::~:~::-\n%s: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/'
                     '9282720\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:'
                     '~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'
                     % (i18n.UI['en']['meet'], S['meet']))
            ev['description'] = (ev['description'] + '\n\n' if ev['description'] else '') + block
        elif inner == 'exchange':
            e = dict(e, teams=True)
        else:
            ev['description'] = (ev['description'] or '') + '\n\n%s' % S['meet']
            ev['location'] = ev['location'] or S['meet']
    if e.get('teams'):
        if inner == 'exchange':
            ev['teams'] = S['teamsurl']
            ev['location'] = ev['location'] or {'de': 'Microsoft Teams-Besprechung', 'fr': 'Réunion Microsoft Teams',
                                                'es': 'Reunión de Microsoft Teams', 'nl': 'Microsoft Teams-vergadering',
                                                'ja': 'Microsoft Teams 会議'}.get(lang, 'Microsoft Teams Meeting')
        elif inner == 'google':
            ev['meet'] = S['meet']
        elif inner == 'outlook16':
            m2 = dict(m, sent=sent)
            ev['description'] = (ev['description'] or '') + '\n\n' + teams_block(r, m2, S['teamsurl'], lang)
            ev['location'] = ev['location'] or 'Microsoft Teams Meeting'
        else:
            ev['description'] = (ev['description'] or '') + '\n\nMicrosoft Teams: ' + S['teamsurl']
    m['ev'] = ev
    ev_s = ev['start'] if not allday else dt.datetime.combine(ev['start'], dt.time(0, 0))
    ev_e = ev['end'] if not allday else dt.datetime.combine(ev['end'], dt.time(0, 0))
    m['ev_start_utc'], m['ev_end_utc'] = to_utc(ev_s, tz), to_utc(ev_e, tz)
    # --- addressing
    m['to'] = [(rp['full'] if r.random() < 0.6 else '', remail)]
    if method in ('REPLY', 'COUNTER'):
        m['to'] = [(rp['full'], remail)]
    elif inner in ('exchange', 'outlook16', 'zimbra', 'thunderbird', 'sogo', 'yahoo') and len(ev['attendees']) > 1:
        m['to'] = [(a.get('name') or '', a['email']) for a in ev['attendees']]
    if e.get('to') == 'undisclosed' or (label == 'spam' and isinstance(att, tuple) and att and att[0] == 'mass'
                                        and inner in ('handrolled',)):
        m['to'] = [('', 'undisclosed-recipients:;')]
    if host_reply:
        m['reply_to'] = host_reply
    if e.get('fwd'):
        m['to'] = [(rp['full'], remail)]
    # --- charsets
    cs = 'utf-8'
    legacy = i18n.LEGACY.get(lang) or []
    if inner in LEGACY_OK | {'esp'} and legacy:
        p = 0.7 if lang != 'en' else 0.25
        if (e.get('o') or {}).get('legacy_cs') or r.random() < p:
            cs = r.choice(legacy)
    elif inner == 'thunderbird' and sent.year < 2019 and lang in ('ja', 'ru', 'zht', 'zh', 'ko', 'pl', 'el') \
            and r.random() < 0.7:
        cs = legacy[0]
    elif inner == 'yahoo' and lang == 'ja' and r.random() < 0.5:
        cs = 'iso-2022-jp'
    elif inner == 'exchange' and lang in ('zh', 'zht', 'ja', 'ko', 'ru', 'el', 'he', 'ar', 'th') and r.random() < 0.5:
        cs = legacy[0]   # Outlook "auto-select" outgoing encoding
    if e.get('cs') and inner in LEGACY_OK | {'esp', 'exchange', 'thunderbird', 'yahoo'}:
        cs = e['cs']
    m['charset'] = cs
    m['hdr_charset'] = cs if cs not in ('us-ascii',) else 'utf-8'
    m['hdr_enc'] = 'Q' if lang in ('en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'pl', 'tr') and r.random() < 0.55 else 'B'
    # --- options per client
    o = m['opts']
    o.update(e.get('o') or {})
    for k_ in ('fname',):
        if isinstance(o.get(k_), str):
            o[k_] = fmt(o[k_], S)
    if inner == 'outlook16':
        o.setdefault('olver', '15.0' if sent.year < 2018 and r.random() < 0.4 else '16.0')
        if cs != 'utf-8' and r.random() < 0.3:
            m['cal_charset'] = cs if cs != 'us-ascii' else 'utf-8'
    if inner == 'applemail':
        o.setdefault('ios', r.random() < 0.4)
    if inner == 'thunderbird':
        o.setdefault('os', r.choice(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15',
                                     'Windows NT 6.1; Win64; x64']))
    if inner in ('booking', 'esp'):
        icso = dict(o.get('ics') or {})
        bsrc = fn_t if fn_t and '{' not in fn_t else (sorg or (sdom or 'booking').split('.')[0].replace('-', ' ').title())
        brand = re.sub(r'[^A-Za-z0-9 ]', '', i18n.ascii_fold(bsrc)).strip() or 'Booking'
        icso.setdefault('prodid', r.choice(['-//%s//%s %d.%d//EN' % (brand, r.choice(['Booking Engine', 'Scheduler',
                                            'Events', 'Notifications', 'Calendar']), r.randint(1, 9), r.randint(0, 20)),
                                            '-//%s//NONSGML Calendar//EN' % brand] + HAND_PRODIDS[:6]))
        icso.setdefault('tzmode', r.choice(['tzid', 'utc', 'utc', 'tzid']))
        icso.setdefault('attendees', ev['method'] != 'PUBLISH' or r.random() < 0.3)
        o['ics'] = icso
        o.setdefault('fname', r.choice(['invite.ics', 'event.ics', 'booking.ics', 'calendar.ics', 'appointment.ics',
                                        '%s.ics' % S['ref'], 'add_to_calendar.ics']))
        o.setdefault('att_type', r.choice(['text/calendar', 'text/calendar', 'application/ics']))
        o.setdefault('inline_cal', r.random() < 0.3)
        o.setdefault('also_attach', r.random() < 0.5)
        if inner == 'esp' and not any(h[0] == 'List-Unsubscribe' for h in o.get('hdrs', [])):
            o['hdrs'] = list(o.get('hdrs', [])) + [
                ('List-Unsubscribe', '<https://%s/u/%s>, <mailto:unsubscribe@%s?subject=%s>'
                 % (('click.' + sdom) if sdom else 'click.example.net', rb64(r, 24, True), sdom or 'example.net', S['n6'])),
                ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
        o['hdrs'] = [(k, fmt(v, S)) for k, v in o.get('hdrs', [])]
        if r.random() < 0.12 and cs == 'utf-8':
            o['fold'] = r.choice(['none', 'char'])
    if inner in ('handrolled', 'gmailweb'):
        icso = dict(o.get('ics') or {})
        icso.setdefault('prodid', r.choice(HAND_PRODIDS))
        q = r.random()
        if 'method' not in icso and q < 0.15:
            icso['method'] = None                        # METHOD missing
        elif 'ct_method' not in o and q < 0.27:
            o['ct_method'] = r.choice(['REQUEST', 'PUBLISH'])  # may disagree with METHOD
        icso.setdefault('tzmode', r.choice(['utc', 'utc', 'tzid', 'float', 'tzid-nodef']))
        icso.setdefault('escape_commas', r.random() < 0.6)
        icso.setdefault('calscale', r.random() < 0.5)
        icso.setdefault('seq', r.random() < 0.6)
        icso.setdefault('prodid_first', r.random() < 0.3)
        o['ics'] = icso
        if inner == 'handrolled':
            o.setdefault('tool', r.choice(['phpmailer', 'phpmailer', 'python', 'dotnet', 'javamail', 'nodemailer',
                                           'raw', 'oldmailer']))
            o.setdefault('fold', r.choice(['octet', 'octet', 'none', 'char', 'tab', 'split']))
            if o['fold'] == 'split' and (o.get('cal_charset', 'utf-8') != 'utf-8'):
                o['fold'] = 'octet'
            if 'nl' not in o and r.random() < 0.15 and o['tool'] in ('phpmailer', 'python', 'dotnet', 'raw'):
                o['nl'] = b'\n'                                # bare LF inside a base64 part
            if lang != 'en' and legacy and r.random() < 0.2 and o['tool'] != 'raw':
                o['cal_charset'] = cs if cs != 'us-ascii' else 'utf-8'
            o.setdefault('msgid_host', r.choice([sdom or 'localhost', 'localhost.localdomain', 'WIN-%s' %
                                                 ralnum(r, 8, string.ascii_uppercase + string.digits), sdom or 'localhost']))
            if o['tool'] == 'dotnet':
                o.setdefault('msgid', r.random() < 0.5)
        else:
            o.setdefault('fold', r.choice(['octet', 'octet', 'none']))
            if 'att_type' not in o:
                o['att_type'] = r.choice(['text/calendar', 'text/calendar', 'application/ics', 'application/octet-stream'])
            if r.random() < 0.2:
                o['att_method'] = ev['method']
    # --- mailing list
    if client == 'list':
        if e.get('lst'):
            lname, soft, title = e['lst']
        else:
            lname = r.choice(['members', 'announce', 'community', 'alumni', 'discuss', 'users', 'general'])
            soft = r.choice(['mailman3', 'mailman2', 'googlegroups'])
            title = lname.title() + ' list'
        if soft == 'googlegroups':
            ldom, lhost = 'googlegroups.com', 'googlegroups.com'
        else:
            base = pick_org(r, lang)[0] if r.random() < 0.7 else r.choice(['example.org', 'lists.example.net'])
            ldom = base if base.startswith('lists.') else 'lists.' + base
            lhost = r.choice(['mail.', 'lists01.', '']) + ldom if not ldom.startswith('lists.') else ldom
        laddr = '%s@%s' % (lname, ldom)
        fdom = semail.split('@')[1]
        fpol = transport.free_info(fdom)[1] if fdom in transport.FREEMAIL else m.get('dmarc_pol', transport.org_dmarc(fdom))
        munge = fpol in ('REJECT', 'QUARANTINE') and soft != 'mailman2'
        m['list'] = dict(name=lname, domain=ldom, host=lhost, addr=laddr, software=soft, title=title,
                         prefix=lname if soft != 'googlegroups' or r.random() < 0.5 else None, munge=munge,
                         sign=soft != 'mailman2' or r.random() < 0.3)
        if munge:
            m['list']['from_pol'] = 'REJECT' if soft == 'googlegroups' else transport.org_dmarc(ldom)
        m['to'] = [('', laddr)]
        if ev['attendees']:
            for a in ev['attendees']:
                if a['email'] == remail:
                    a['email'] = laddr
                    a['name'] = title
        m['arrive'] = sent + dt.timedelta(seconds=r.randint(20, 600))
    # --- forwarding scenarios
    if fwd:
        ev['organizer'] = (op['full'], oemail)
        ev['description'] = fmt(e.get('d'), S)
        if e.get('teams') and inner == 'exchange':
            pass
        if fwd in ('gmail',):
            ev['attendees'] = [dict(name=sname or None, email=semail)] + extras
            o['ics_style'] = 'google'
            o['att_type'] = 'application/ics'
            m['body'] = ev['description']
            ev['description'] = None
        elif fwd == 'apple':
            ev['organizer'] = ('Marlowe', 'reservations@marlowe-sf.example')
            ev['method'] = 'PUBLISH'
            ev['attendees'] = []
            m['body'] = ev['description']
        elif fwd == 'outlook':
            p = OL_PREFIX[lang][4]
            m['subject_override'] = '%s: %s' % (p, ev['summary'])
        elif fwd == 'attach':
            om = dict(label=label, cat=catname, idx=idx, lang=lang, langtag=m['langtag'], client='google', opts={},
                      kind='org', arrive=orig_sent + dt.timedelta(seconds=5), sent=orig_sent, send_tz=tz,
                      rcpt=dict(name=sname, first=who['first'], last=who['last'], email=semail, domain=sdom, org=sorg),
                      sender=dict(name=op['full'], email=oemail, org=''), prov='google-cal', charset='utf-8',
                      hdr_charset='utf-8', hdr_enc='B', fwd_mx='mx.' + (sdom or 'example.org'))
            oev = dict(ev)
            oev['attendees'] = [dict(name=sname, email=semail)] + extras
            oev['organizer'] = (op['full'], oemail)
            oev['description'] = 'Annual vendor security assessment. Questionnaire and evidence request list in the shared folder.'
            om['ev'] = oev
            om['ev_start_utc'], om['ev_end_utc'] = m['ev_start_utc'], m['ev_end_utc']
            om['to'] = [('', semail)]
            om['subject'] = default_subject(om, 'google')
            m['forward_nested'] = om
            m['nested_name'] = om['subject'][:60].replace('"', '').replace(':', '')
            m['body'] = fmt(e.get('d'), S)
            m['subject_override'] = 'Fwd: ' + om['subject']
    # --- subject & body
    if m.get('subject_override'):
        subj = m['subject_override']
    elif method in ('REPLY', 'COUNTER', 'CANCEL') and not e.get('s'):
        subj = default_subject(m, 'apple' if inner in ('icloud', 'applemail') else inner)
    elif inner in FIXED_SUBJECT and not (inner in ('thunderbird',) and fwd == 'attach'):
        subj = default_subject(m, 'apple' if inner == 'icloud' else inner)
        if inner == 'icloud' and method == 'REQUEST':
            subj = '%s: %s' % (i18n.UI[lang]['inv'], ev['summary'])
    else:
        subj = fmt(e.get('s'), S) or ev['summary']
    m['subject'] = subj
    if 'body' not in m:
        m['body'] = fmt(e.get('b'), S) if inner in FREE_BODY and e.get('b') else None
    if method in ('REPLY', 'COUNTER') and inner in ('exchange', 'outlook16'):
        m['body'] = ev.get('comment') or ''
    # nextcloud / sogo / zimbra submission details
    if inner == 'nextcloud':
        m['apphost'] = S['apphost']
        m['submit'] = 'app'
        m['sender'] = dict(name='%s via %s' % (sname or semail, r.choice(['Nextcloud', 'Nextcloud', sorg or 'Cloud'])),
                           email=r.choice(['noreply', 'nextcloud', 'no-reply']) + '@' + sdom, org=sorg)
        o.setdefault('ncname', sorg or 'Nextcloud')
    if inner == 'sogo':
        m['submit'] = 'zimbra'
    if inner == 'handrolled' and kind in ('org', 'compromised') and prov == 'selfhost':
        m['submit'] = 'app'
        m['apphost'] = r.choice(['app01.', 'www.', 'portal.', 'erp.', 'crm.', 'web.']) + sdom
    if prov == 'selfhost' and r.random() < 0.12:
        m['no_dkim'] = True
    m['desc'] = e['dsc']
    return m, S


def main():
    t0 = time.time()
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = []
    stats = collections.defaultdict(collections.Counter)
    report = {}
    for label, mods in (('spam', (spam_a, spam_b)), ('ham', (ham_a, ham_b))):
        cats = {}
        for mod in mods:
            cats.update(mod.CATS)
        items = []
        for cname, cat in cats.items():
            for i, e in enumerate(cat['entries']):
                items.append(dict(cat=cname, catdef=cat, idx=i + 1, e=e, allowed=allowed_clients(e, cat)))
        left = assign_clients(items, '%d-%s-assign' % (SEED, label))
        report[label] = dict(cats=cats, items=items, left=left)
        for it in items:
            m, S = build(label, it['cat'], it['catdef'], it['idx'], it['e'], it['client'])
            r = random.Random('%d-%s-%s-%d-render' % (SEED, label, it['cat'], it['idx']))
            data = compose.render(m, r)
            rel = '%s/%s/%03d.eml' % (label, it['cat'], it['idx'])
            path = os.path.join(OUT, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'wb') as f:
                f.write(data)
            cl = CLIENT_LABEL[it['client']].split(' (')[0]
            if it['client'] == 'list':
                cl = 'mailing list (%s)' % m['list']['software']
            d = '%s; %s; %s' % (m['desc'], cl, i18n.LANG_NAME[m['lang']])
            labels.append((rel, label, it['cat'], d.replace('\t', ' ')))
            stats[label + ':client'][it['client']] += 1
            stats[label + ':lang'][m['lang']] += 1
            stats[label + ':year'][m['arrive'].year] += 1
            stats[label + ':dmarc'][m['auth']['dmarc']] += 1
            stats[label + ':spf'][m['auth']['spf']] += 1
            stats[label + ':dkim'][any(x.startswith('pass') for x in m['auth']['dkim'])] += 1
            stats[label + ':charset'][m['charset']] += 1
            stats[label + ':method'][m['ev']['method']] += 1
            pm = email.message_from_bytes(data)
            seen = set()
            for p in pm.walk():
                if p.is_multipart() or p.get_content_type() == 'message/rfc822':
                    continue
                if p.get_content_charset():
                    seen.add(p.get_content_charset().lower())
                stats[label + ':cte'][(p.get('Content-Transfer-Encoding') or '7bit').lower()] += 1
            for c in seen:
                stats[label + ':cs'][c] += 1
            it['m'] = m
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('path\tlabel\tcategory\tdescription\n')
        for row in labels:
            f.write('\t'.join(row) + '\n')
    write_readme(report, stats)
    if Slots.missing:
        print('WARNING: unresolved slots:', sorted(Slots.missing))
    for k in sorted(stats):
        print(k, dict(sorted(stats[k].items(), key=lambda kv: str(kv[0]))))
    print('files: %d  time: %.1fs' % (len(labels), time.time() - t0))


def write_readme(report, stats):
    L = []
    L.append('# holdout13 - labelled calendar-invitation corpus\n')
    L.append('A sealed exam corpus for a calendar anti-spam filter: **160 spam** and **160 ham** RFC 5322 messages, '
             'each carrying at least one iCalendar object (VEVENT or VTODO). Every message, name, domain, text and '
             'calendar object was written or generated for this corpus by `gen.py`; no message was copied from '
             'anywhere. People, organisations and most domains are fictional; real brand and service names appear '
             'because real spam and real clients use them. IP addresses come from the documentation ranges '
             '(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32). DKIM signatures are random bytes: '
             'only the `Authentication-Results` header written by the receiving MX `mx.example.net` records the '
             'verdicts.\n')
    L.append('Generated by `gen.py` (Python 3 standard library, fixed seed %d; modules `core`, `i18n`, `ics`, '
             '`clients`, `transport`, `compose`, `spam_a`, `spam_b`, `ham_a`, `ham_b` next to it). `check.py` verifies '
             'the structure. Re-running `gen.py` reproduces the corpus byte for byte.\n' % SEED)
    L.append('## Layout\n')
    L.append('- `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`\n- `labels.tsv`: `path`, `label`, `category`, '
             '`description` (path relative to this directory)\n')
    L.append('Every message starts with the receiving Postfix MX block (`Return-Path`, `Delivered-To`, '
             '`Authentication-Results: mx.example.net`, `Received ... by mx.example.net`), followed by the sending '
             'side\'s own Received/DKIM/ARC headers and then the client\'s headers. Arrival dates range from January '
             '2016 to November 2026; event dates are relative to arrival (a few far-future, past-due or open-ended on '
             'purpose).\n')
    for label in ('spam', 'ham'):
        L.append('## %s categories\n' % label.capitalize())
        L.append('| category | count | what it is |\n|---|---:|---|')
        cats = report[label]['cats']
        for cname, cat in cats.items():
            L.append('| `%s` | %d | %s |' % (cname, len(cat['entries']), cat['desc']))
        L.append('| **total** | **%d** | |\n' % sum(len(c['entries']) for c in cats.values()))
    L.append('## Languages\n')
    L.append('About half of each label is English; the rest is spread over 19 other languages, each used on both '
             'sides (Latin, Cyrillic, Greek, Arabic, Hebrew, Han, Kana, Hangul, Devanagari and Thai scripts).\n')
    L.append('| language | spam | ham |\n|---|---:|---:|')
    for l in i18n.LANGS:
        L.append('| %s | %d | %d |' % (i18n.LANG_NAME[l], stats['spam:lang'][l], stats['ham:lang'][l]))
    L.append('\nMIME part charsets (number of messages using each, calendar parts included):\n')
    L.append('| charset | spam | ham |\n|---|---:|---:|')
    for c in sorted(set(k for lab in ('spam', 'ham') for k in stats[lab + ':cs'])):
        L.append('| %s | %d | %d |' % (c, stats['spam:cs'][c], stats['ham:cs'][c]))
    L.append('\nContent-Transfer-Encodings (number of leaf parts):\n')
    L.append('| encoding | spam | ham |\n|---|---:|---:|')
    for c in ('7bit', '8bit', 'quoted-printable', 'base64'):
        L.append('| %s | %d | %d |' % (c, stats['spam:cte'][c], stats['ham:cte'][c]))
    L.append('')
    L.append('## Sending clients and services\n')
    L.append('Both labels were spread over the same clients in the same target proportions, so the client alone '
             'says nothing about the label.\n')
    L.append('| client / service | spam | ham |\n|---|---:|---:|')
    for c in CLIENTS:
        L.append('| %s | %d | %d |' % (CLIENT_LABEL[c], stats['spam:client'][c], stats['ham:client'][c]))
    L.append('\nClient styles reproduced: Google Calendar (multipart/mixed > multipart/alternative with text/plain, '
             'text/html, text/calendar; method=REQUEST, plus invite.ics as application/ics; Sender '
             'calendar-notification@google.com), Exchange/Microsoft 365 and Teams (X-MICROSOFT-CDO-*, MS time-zone '
             'names, TNEF-free), Outlook desktop MIMEDIR (X-MS-OLK-*, X-ALT-DESC), Apple Calendar/Mail and the iCloud '
             'server, Thunderbird/Lightning, Zoom, Nextcloud/Sabre, Zimbra, Yahoo, SOGo, Gmail with a hand-attached '
             '.ics, booking/scheduling engines and ESPs, Mailman 2/3 and Google Groups copies, and hand-rolled tools '
             '(odd PRODIDs, missing METHOD, method parameter disagreeing with METHOD, unfolded or badly folded lines, '
             'TZID without VTIMEZONE, bare LF inside a base64 calendar part).\n')
    L.append('## Authentication results at mx.example.net\n')
    L.append('| | spam | ham |\n|---|---:|---:|')
    for k, lab in (('pass', 'DMARC pass'), ('fail', 'DMARC fail'), ('none', 'no DMARC')):
        L.append('| %s | %d | %d |' % (lab, stats['spam:dmarc'][k], stats['ham:dmarc'][k]))
    L.append('| at least one DKIM pass | %d | %d |' % (stats['spam:dkim'][True], stats['ham:dkim'][True]))
    L.append('\nMany spam messages come from real, authenticated accounts (free mail, compromised mailboxes, newly '
             'registered look-alike domains); ham includes mailing-list copies whose author DKIM no longer verifies.\n')
    L.append('## Methods\n')
    L.append('| METHOD | spam | ham |\n|---|---:|---:|')
    for k in sorted(set(stats['spam:method']) | set(stats['ham:method'])):
        L.append('| %s | %d | %d |' % (k, stats['spam:method'][k], stats['ham:method'][k]))
    L.append('\n## Arrival years\n')
    L.append('| year | spam | ham |\n|---|---:|---:|')
    for y in range(2016, 2027):
        L.append('| %d | %d | %d |' % (y, stats['spam:year'][y], stats['ham:year'][y]))
    L.append('\n## Licence\n')
    L.append('CC0 1.0 Universal. To the extent possible under law, the authors have waived all copyright and related '
             'rights to this corpus and to gen.py/check.py. See https://creativecommons.org/publicdomain/zero/1.0/\n')
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(L) + '\n')


if __name__ == '__main__':
    main()
