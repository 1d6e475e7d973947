#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen.py - deterministic generator of the "train10" calendar-invitation corpus.

Usage: python3 gen.py [OUTDIR]      (default: out/ next to this file)
Python 3 standard library only.  Everything here is CC0 1.0.
"""
import os
import sys
import random
import datetime as dt
import html as htmlmod
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lang_data as L                       # noqa: E402
from mimeutil import (Leaf, Multi, serialize, enc_words, fmt_addr, ics_escape, pq,  # noqa: E402
                      ics_join, is_ascii)
import clients                              # noqa: E402
import content_spam                         # noqa: E402
import content_ham                          # noqa: E402

SEED = 'train10-2024'
START = dt.datetime(2016, 1, 4, tzinfo=dt.timezone.utc)
STOP = dt.datetime(2026, 11, 27, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- client and sender pools
CLIENT_COUNTS = [('google', 30), ('outlook', 26), ('apple', 12), ('thunderbird', 12), ('zoom', 8),
                 ('nextcloud', 8), ('zimbra', 8), ('yahoo', 8), ('sogo', 6), ('booking', 14),
                 ('listmgr', 14), ('handrolled', 14)]

SETUP_PATTERN = {
    'google': ['free', 'corp', 'free', 'new', 'free', 'corp', 'free'],
    'outlook': ['corp', 'free', 'corp', 'new', 'nodmarc', 'free', 'corp', 'spoof'],
    'apple': ['free', 'free', 'corp', 'free'],
    'yahoo': ['free'],
    'thunderbird': ['free', 'corp', 'nodmarc', 'spoof', 'new', 'free'],
    'nextcloud': ['corp', 'nodmarc', 'new', 'corp'],
    'zimbra': ['corp', 'nodmarc', 'spoof', 'corp'],
    'sogo': ['corp', 'nodmarc', 'new'],
    'zoom': ['service'],
    'booking': ['service', 'spoof', 'service'],
    'listmgr': ['list', 'esp', 'esp', 'list'],
    'handrolled': ['new', 'nodmarc', 'spoof', 'corp', 'new', 'spoof', 'nodmarc'],
}

AFFINITY = {
    ('ham', 'travel-booking'): {'booking': 6, 'handrolled': 5, 'listmgr': 2},
    ('ham', 'store-appointment'): {'booking': 5, 'handrolled': 2, 'google': 1.5},
    ('ham', 'pharmacy-health'): {'booking': 4, 'handrolled': 2, 'listmgr': 1.5},
    ('ham', 'home-survey'): {'booking': 3, 'handrolled': 2, 'outlook': 2},
    ('ham', 'insurance-appointment'): {'outlook': 3, 'booking': 2},
    ('ham', 'subscription-notice'): {'handrolled': 4, 'listmgr': 4, 'booking': 1.5},
    ('ham', 'broker-webinar'): {'zoom': 5, 'listmgr': 3, 'outlook': 1.5},
    ('ham', 'training-webinar'): {'zoom': 4, 'listmgr': 3, 'google': 1.5},
    ('ham', 'research-study'): {'booking': 3, 'google': 2, 'outlook': 2},
    ('ham', 'advisor-meeting'): {'outlook': 4, 'booking': 2},
    ('ham', 'b2b-booked-meeting'): {'booking': 4, 'google': 2, 'outlook': 2, 'zoom': 1.5},
    ('ham', 'trade-fair'): {'listmgr': 3, 'handrolled': 2, 'outlook': 1.5},
    ('ham', 'award-ceremony'): {'listmgr': 3, 'handrolled': 2, 'outlook': 1.5},
    ('ham', 'club-member-event'): {'listmgr': 3, 'handrolled': 2, 'nextcloud': 1.5, 'sogo': 1.5},
    ('ham', 'vendor-launch'): {'listmgr': 2.5, 'handrolled': 2, 'google': 1.5},
    ('ham', 'consultation-booked'): {'booking': 4, 'google': 1.5},
    ('spam', 'webinar-funnel'): {'zoom': 5, 'listmgr': 2, 'google': 2},
    ('spam', 'free-consultation'): {'booking': 4, 'google': 2, 'outlook': 1.5},
    ('spam', 'renewal-callback'): {'google': 2.5, 'handrolled': 2, 'outlook': 2, 'apple': 2, 'yahoo': 2},
    ('spam', 'casino-betting'): {'listmgr': 2.5, 'handrolled': 2, 'google': 2},
    ('spam', 'paid-survey'): {'google': 2, 'zoom': 1.5, 'booking': 1.5},
    ('spam', 'b2b-services'): {'outlook': 2.5, 'google': 2, 'thunderbird': 1.5},
    ('spam', 'travel-club'): {'handrolled': 2.5, 'booking': 2, 'listmgr': 2},
    ('spam', 'directory-listing'): {'outlook': 2, 'thunderbird': 2, 'handrolled': 2, 'zimbra': 1.5},
    ('spam', 'stock-tips'): {'google': 2, 'listmgr': 1.5, 'zoom': 1.5},
    ('spam', 'trading-signals'): {'google': 2, 'zoom': 2, 'apple': 1.5},
    ('spam', 'home-energy'): {'booking': 3, 'outlook': 1.5},
    ('spam', 'insurance-quotes'): {'booking': 2.5, 'outlook': 1.5},
    ('spam', 'vanity-award'): {'outlook': 2, 'listmgr': 2, 'handrolled': 1.5},
}

COMPROMISED = ['greenleaf-dental.com', 'atelier-brun.fr', 'praxis-kellner.de', 'bluecedar-accounting.com',
               'talleres-ortiz.es', 'studio-legale-conti.it', 'escolavivaarte.com.br', 'kraan-verhuur.nl',
               'parafia-sw-jozefa.pl', 'anadolu-mimarlik.com.tr', 'tk-vostok.ru', 'kafeneio-thalassa.gr',
               'alnoor-schools.ae', 'yeladim-gan.co.il', 'xinyu-printing.cn', 'dongsheng-tea.com.tw',
               'yamato-sekkei.co.jp', 'seoul-dental.co.kr', 'gupta-traders.in', 'baan-suan-resort.co.th',
               'segelklubb-norr.se', 'nhakhoa-anbinh.vn', 'rumah-makan-sari.co.id', 'riverside-church.org',
               'hillcrest-plumbing.com', 'northgate-library.org', 'lakeside-veterinary.com', 'sunbeam-nursery.co.uk']

HOSTERS = ['rackfarm.example', 'cloudvps-eu.example', 'hostpoint-node.example', 'dedibox-pro.example',
           'vservers.example', 'nimbus-hosting.example']

RELAYS = [('CRM Mailer', 'crm-mailer.net'), ('Salesdesk', 'mail.salesdesk-crm.com'),
          ('Bookly Cloud', 'notify.bookly-cloud.com'), ('EventHive', 'mta.eventhive.io')]

BOOKING_SVCS = [('SlotHub', 'slothub.io', '-//SlotHub//Scheduling Engine 3.2//EN'),
                ('Termino', 'termino-app.de', '-//Termino GmbH//Termino Kalender 5.1//DE'),
                ('CalBridge', 'calbridge.co', '-//CalBridge Inc//CalBridge Booking v2//EN'),
                ('AgendaPronto', 'agendapronto.com', '-//AgendaPronto//Agenda 2.8//ES'),
                ('MeetFlow', 'meetflow.app', '-//MeetFlow//Scheduler//EN')]

ESPS = [('Sendwave', 'sendwave-mail.com'), ('Postbird', 'postbird.io'), ('Mailora', 'mailora.net'),
        ('Campaignly', 'cmpgn-mail.com')]

ORDINARY = ['northpoint-services.com', 'keystone-admin.net', 'brightpath-solutions.co', 'summit-accounts.com',
            'ledgerline-billing.com', 'orbit-helpdesk.net', 'clearview-office.com', 'mainstreet-support.org']

LIST_HOSTS = ['lists.opensource-community.org', 'lists.alumni-network.example', 'groups.regional-chamber.example',
              'list.makers-guild.example', 'lists.neighbourhood-forum.example', 'mailman.uni-campus.example']


# ---------------------------------------------------------------- time helpers
def last_sunday(y, m):
    d = dt.date(y + (m // 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def nth_sunday(y, m, n):
    d = dt.date(y, m, 1)
    while d.weekday() != 6:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


def tz_offset(tzid, local):
    std, rule = L.TZ[tzid][0], L.TZ[tzid][1]
    d = local.date() if isinstance(local, dt.datetime) else local
    dst = False
    if rule in ('EU', 'IL'):
        s = last_sunday(d.year, 3) - dt.timedelta(days=2 if rule == 'IL' else 0)
        dst = s <= d < last_sunday(d.year, 10)
    elif rule == 'US':
        dst = nth_sunday(d.year, 3, 2) <= d < nth_sunday(d.year, 11, 1)
    return std + (60 if dst else 0)


def tz_abbr(tzid, local):
    info = L.TZ[tzid]
    return info[3] if tz_offset(tzid, local) != info[0] else info[2]


def to_utc(tzid, local):
    return (local - dt.timedelta(minutes=tz_offset(tzid, local))).replace(tzinfo=dt.timezone.utc)


def utc_to_local(tzid, utc):
    naive = utc.replace(tzinfo=None)
    off = tz_offset(tzid, naive + dt.timedelta(minutes=L.TZ[tzid][0]))
    return naive + dt.timedelta(minutes=off), off


def fmt_off(m):
    s = '+' if m >= 0 else '-'
    m = abs(m)
    return '%s%02d%02d' % (s, m // 60, m % 60)


def rfc2822(utc, off_min=0):
    loc = utc + dt.timedelta(minutes=off_min)
    return '%s, %d %s %d %02d:%02d:%02d %s' % (L.DAYS_EN[loc.weekday()], loc.day, L.MONTHS_EN[loc.month - 1],
                                                loc.year, loc.hour, loc.minute, loc.second, fmt_off(off_min))


def ical_dt(d):
    return d.strftime('%Y%m%dT%H%M%S')


def ical_utc(d):
    return d.strftime('%Y%m%dT%H%M%SZ')


def when_text(lang, start, end, tzid):
    ab = tz_abbr(tzid, start)
    if lang == 'en':
        def h(x):
            if x.minute:
                return '%d:%02d%s' % ((x.hour - 1) % 12 + 1, x.minute, 'am' if x.hour < 12 else 'pm')
            return '%d%s' % ((x.hour - 1) % 12 + 1, 'am' if x.hour < 12 else 'pm')
        if end.date() != start.date():
            return '%s %s %d, %d %s – %s %s %d, %d %s (%s)' % (L.DAYS_EN[start.weekday()], L.MONTHS_EN[start.month - 1], start.day,
                                                                 start.year, h(start), L.DAYS_EN[end.weekday()], L.MONTHS_EN[end.month - 1],
                                                                 end.day, end.year, h(end), ab)
        return '%s %s %d, %d %s – %s (%s)' % (L.DAYS_EN[start.weekday()], L.MONTHS_EN[start.month - 1], start.day,
                                             start.year, h(start), h(end), ab)
    t = '%02d:%02d – %02d:%02d' % (start.hour, start.minute, end.hour, end.minute)
    if lang in ('zh', 'zh-tw', 'ja'):
        return '%d年%d月%d日 %s (%s)' % (start.year, start.month, start.day, t, tzid)
    if lang == 'ko':
        return '%d년 %d월 %d일 %s (%s)' % (start.year, start.month, start.day, t, tzid)
    if lang in ('de', 'ru', 'pl', 'cs', 'tr', 'sv', 'nl'):
        return '%02d.%02d.%d %s (%s)' % (start.day, start.month, start.year, t, tzid)
    return '%02d/%02d/%d %s (%s)' % (start.day, start.month, start.year, t, tzid)


# ---------------------------------------------------------------- misc helpers
def rhex(r, n, upper=False):
    s = ''.join(r.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def ralnum(r, n, chars='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(r.choice(chars) for _ in range(n))


def ruuid(r, upper=False):
    h = rhex(r, 32, upper)
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rip(r, v6=False):
    if v6:
        return '2001:db8:%x:%x::%x' % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xfff))
    net = r.choice(['192.0.2', '198.51.100', '203.0.113'])
    return '%s.%d' % (net, r.randint(2, 254))


def pick_tz(r, lang, spec):
    if lang != 'en':
        return r.choice(L.TZ_BY_LANG[lang])
    txt = spec.get('body', '') + spec.get('summ', '') + spec.get('dom', '')
    if '£' in txt or '.co.uk' in txt or '.ac.uk' in txt or 'NHS' in txt:
        return 'Europe/London'
    if '$' in txt or '.edu' in txt or '.us' in txt:
        return r.choice(['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'America/New_York'])
    return r.choice(L.TZ_BY_LANG['en'])


EN_PHONES = {'Europe/London': ['+44 20 7946 0###', '+44 808 157 0###', '0161 496 0###', '0113 496 0###'],
             'Asia/Kolkata': ['+91 22 4###-####', '1800-###-####'],
             'Asia/Singapore': ['+65 6### ####', '+65 8### ####']}


def rphone(r, lang, tzid=None):
    pats = L.PHONES.get(lang, L.PHONES['en'])
    if lang == 'en':
        pats = EN_PHONES.get(tzid, ['+1 (888) 555-01##', '+1 877-555-01##', '+1 (312) 555-01##', '+1 (855) 555-01##',
                                    '(212) 555-01##', '(415) 555-01##', '1-800-555-01##'])
    pat = r.choice(pats)
    return ''.join(str(r.randint(0, 9)) if c == '#' else c for c in pat)


def b64rand(r, n):
    return ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(n))


class NS(object):
    def __init__(self, **kw):
        self.__dict__.update(kw)


class SafeDict(dict):
    def __missing__(self, k):
        return '{' + k + '}'


# ---------------------------------------------------------------- assignment
def assign_clients(items, label, rng):
    pool = dict(CLIENT_COUNTS)
    order = list(range(len(items)))
    rng.shuffle(order)
    result = {}
    names = [c for c, _ in CLIENT_COUNTS]
    for idx in order:
        cat = items[idx][0]
        aff = AFFINITY.get((label, cat), {})
        weights = [pool[c] * aff.get(c, 1.0) for c in names]
        if sum(weights) <= 0:
            weights = [pool[c] for c in names]
        c = rng.choices(names, weights=weights)[0]
        pool[c] -= 1
        result[idx] = c
    # setups: identical multiset for both labels, per client
    setups = {}
    by_client = {}
    for idx in range(len(items)):
        by_client.setdefault(result[idx], []).append(idx)
    for c in names:
        idxs = by_client.get(c, [])
        pat = SETUP_PATTERN[c]
        lst = [pat[k % len(pat)] for k in range(len(idxs))]
        rng.shuffle(lst)
        for i, s in zip(idxs, lst):
            setups[i] = s
    return result, setups


def pick_charset(r, lang, client):
    opts = L.CHARSETS.get(lang, L.CHARSETS['en'])
    if client in ('google', 'apple', 'yahoo', 'zoom', 'nextcloud', 'sogo') or len(opts) == 1:
        return opts[0]
    if client in ('outlook', 'thunderbird'):
        return opts[0] if r.random() < 0.75 else r.choice(opts[1:])
    return opts[0] if r.random() < 0.45 else r.choice(opts[1:])


def build_message(label, cat, idx, spec, client, setup, arrival):
    r = random.Random('%s|%s|%s|%d' % (SEED, label, cat, idx))
    lang = spec['lang']
    m = NS(label=label, cat=cat, idx=idx, spec=spec, client=client, setup=setup, lang=lang, r=r)
    m.arrival = arrival
    m.tzid = spec.get('tz') or pick_tz(r, lang, spec)
    # recipient
    rl = lang if lang in L.NAMES else 'en'
    k = r.randrange(len(L.NAMES[rl]))
    m.rcpt_name = L.NAMES[rl][k]
    m.rcpt_first = m.rcpt_name.split(' ')[-1] if lang in ('zh', 'zh-tw', 'ja', 'ko') else m.rcpt_name.split(' ')[0]
    if lang in ('zh', 'zh-tw', 'ko', 'ja'):
        m.rcpt_first = m.rcpt_name.replace(' ', '')
    rdom = r.choice(L.RCPT_DOMAINS[lang])
    m.rcpt = '%s@%s' % (L.LOCALS[rl][k], rdom)
    m.rcpt_dom = rdom
    # sender persona
    sk = r.randrange(len(L.NAMES[rl]))
    if sk == k:
        sk = (sk + 1) % len(L.NAMES[rl])
    m.s_person = L.NAMES[rl][sk]
    m.s_local = L.LOCALS[rl][sk]
    m.org = spec.get('org') or m.s_person
    m.dom = spec.get('dom') or r.choice(ORDINARY)
    m.cs_label, m.codec = pick_charset(r, lang, client)
    m.cs_used = m.cs_label.upper()
    m.phone = spec.get('phone_fixed') or rphone(r, lang, m.tzid)
    m.code = spec.get('code') or (ralnum(r, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + str(r.randint(10, 99)))
    m.ref = str(r.randint(1000000, 9999999))
    # sender infrastructure (From, envelope, auth, hops)
    clients.infra(m)
    # slots
    slots = SafeDict(phone=m.phone, site='https://' + m.dom, dom=m.dom, org=m.org, rname=m.rcpt_first,
                     rfull=m.rcpt_name, sname=m.from_name or m.s_person, code=m.code, ref=m.ref, rmail=m.rcpt,
                     dom_r=(m.rcpt_dom if m.rcpt_dom not in L.FREEMAIL_AUTH else 'your website'),
                     year=str(arrival.year), nyear=str(arrival.year + 1), sfirst=m.s_person.split(' ')[0])

    def F(s):
        return s.format_map(slots) if s else s
    m.F = F
    # event timing
    days = spec.get('days')
    if days is None:
        days = r.choice([1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 21, 28, 35])
    elif isinstance(days, tuple):
        days = r.randint(days[0], days[1])
    local_arr, off = utc_to_local(m.tzid, arrival)
    hour = spec.get('hour')
    if hour is None:
        hour = r.choice([9, 10, 10, 11, 13, 14, 14, 15, 16, 17])
    elif isinstance(hour, (list, tuple)):
        hour = r.choice(hour)
    minute = r.choice([0, 0, 0, 30, 30, 15])
    sd = (local_arr + dt.timedelta(days=days)).date()
    if spec.get('weekday', True) and days > 1:
        while sd.weekday() >= 5:
            sd += dt.timedelta(days=1)
    start = dt.datetime(sd.year, sd.month, sd.day, hour, minute)
    if days == 0:
        start = local_arr.replace(second=0, microsecond=0) + dt.timedelta(minutes=r.choice([20, 30, 45, 60]))
        start = start.replace(minute=(start.minute // 15) * 15)
    dur = spec.get('dur') or r.choice([30, 30, 45, 60, 60, 60, 90])
    end = start + dt.timedelta(minutes=dur)
    m.local_arr_off = off
    ev = NS()
    ev.start, ev.end, ev.tz = start, end, m.tzid
    ev.allday = spec.get('allday', False)
    ev.summary = F(spec['summ'])
    ev.desc = F(spec.get('desc', spec.get('body', '')))
    ev.loc = F(spec.get('loc', ''))
    ev.url = F(spec.get('url', ''))
    ev.attach = F(spec.get('attach', ''))
    ev.altdesc = F(spec.get('altdesc', ''))
    ev.conf = ''
    ev.online = spec.get('online', False)
    ev.method = spec.get('method', 'REQUEST')
    ev.todo = spec.get('todo', False)
    ev.extra = []
    for ex in spec.get('extra', []):
        es = start + dt.timedelta(days=ex[1], hours=ex[2])
        ev.extra.append(NS(summary=F(ex[0]), start=es, end=es + dt.timedelta(minutes=ex[3]),
                           loc=F(ex[4]) if len(ex) > 4 else ev.loc))
    hide = spec.get('hide')
    payload = F(spec.get('payload', ''))
    ev.hide = hide
    if hide and payload:
        target = clients.hide_target(client, hide)
        if target == 'location':
            ev.loc = payload if not ev.loc else ev.loc + ' | ' + payload
        elif target == 'url':
            ev.url = payload
        elif target == 'attach':
            ev.attach = payload
        elif target == 'conference':
            ev.conf = payload
        elif target == 'altdesc':
            ev.altdesc = '<html><body><p>%s</p><p><a href="%s">%s</a></p></body></html>' % (
                htmlmod.escape(ev.desc).replace('\n', '<br>'), htmlmod.escape(payload.split(' ')[-1]),
                htmlmod.escape(payload))
        else:
            ev.desc = ev.desc + '\n\n' + payload
    ev.dtstamp = arrival - dt.timedelta(seconds=r.randint(3, 300))
    ev.created = ev.dtstamp - dt.timedelta(minutes=r.choice([0, 1, 2, 5, 12, 40, 180]))
    ev.seq = 0 if r.random() < 0.85 else r.randint(1, 3)
    ev.status = spec.get('status', 'CONFIRMED')
    m.ev = ev
    m.subject_free = F(spec.get('subj') or spec['summ'])
    m.body = F(spec.get('body', spec.get('desc', '')))
    m.html_extra = F(spec.get('html', ''))
    # attendees
    m.atts = [(m.rcpt_name, m.rcpt)]
    bulk_p = 0.35 if label == 'spam' else 0.12
    if client not in ('zoom', 'booking', 'listmgr') and ev.method == 'REQUEST' and r.random() < bulk_p:
        n = r.randint(3, 9) if label == 'ham' else r.randint(6, 28)
        for j in range(n):
            ll = r.choice(L.LANGS[:22]) if label == 'spam' else rl
            ll = ll if ll in L.NAMES else 'en'
            kk = r.randrange(len(L.NAMES[ll]))
            d = r.choice(L.RCPT_DOMAINS[ll]) if label == 'spam' else (rdom if r.random() < 0.7 else m.from_dom)
            addr = '%s@%s' % (L.LOCALS[ll][kk] + (str(r.randint(1, 99)) if r.random() < 0.3 else ''), d)
            if addr not in [a for _, a in m.atts]:
                m.atts.append((L.NAMES[ll][kk] if r.random() < 0.6 else '', addr))
        r.shuffle(m.atts)
    return clients.render(m)


def arrivals(n, rng):
    span = (STOP - START).total_seconds()
    out = []
    for i in range(n):
        # stratified over the span, jittered
        base = span * (i + rng.random()) / n
        t = START + dt.timedelta(seconds=int(base))
        # mostly working hours in UTC-ish
        t = t.replace(hour=rng.choice([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 22, 2]),
                      minute=rng.randint(0, 59), second=rng.randint(0, 59))
        out.append(t)
    rng.shuffle(out)
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    labels = ['path\tlabel\tcategory\tdescription']
    summary = {}
    stats = {'client': {}, 'setup': {}, 'lang': {}, 'charset': {}}
    for label, mod in (('spam', content_spam), ('ham', content_ham)):
        items = []
        for cat, specs in mod.CATEGORIES:
            for s in specs:
                items.append((cat, s))
        rng = random.Random(SEED + label)
        cl, su = assign_clients(items, label, rng)
        arr = arrivals(len(items), random.Random(SEED + label + 'time'))
        counters = {}
        for i, (cat, spec) in enumerate(items):
            counters[cat] = counters.get(cat, 0) + 1
            n = counters[cat]
            data, m = build_message(label, cat, i, spec, cl[i], su[i], arr[i])
            rel = '%s/%s/%03d.eml' % (label, cat, n)
            p = os.path.join(outdir, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, 'wb') as f:
                f.write(data)
            desc = spec.get('d') or spec['summ']
            desc = m.F(desc).replace('\t', ' ').replace('\n', ' ')
            labels.append('%s\t%s\t%s\t%s' % (rel, label, cat, desc))
            summary.setdefault(label, []).append((cat, spec['lang'], cl[i], su[i]))
            for k, v in (('client', m.client_variant), ('setup', su[i]), ('lang', spec['lang']),
                         ('charset', m.cs_used)):
                stats[k].setdefault(v, {'spam': 0, 'ham': 0})
                stats[k][v][label] += 1
    with open(os.path.join(outdir, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(labels) + '\n')
    import readme
    with open(os.path.join(outdir, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(readme.make(content_spam, content_ham, summary, stats))


if __name__ == '__main__':
    main()
