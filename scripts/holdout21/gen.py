#!/usr/bin/env python3
"""holdout21 generator: writes a labelled corpus of calendar-invitation e-mails (spam and ham).

Usage: python3 gen.py [OUTDIR]     (default: out/ beside this script)
Deterministic: fixed seed, no network, standard library only.
"""
import collections
import datetime as dt
import os
import random
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h21lib.build import build              # noqa: E402
from h21lib.data import LANG_NAMES          # noqa: E402

SEED = 20211121

CLIENT_QUOTA = {'google': 26, 'exchange': 20, 'teams': 9, 'outlook': 12, 'icloud': 14, 'apple': 10,
                'thunderbird': 10, 'zoom': 7, 'nextcloud': 8, 'zimbra': 8, 'yahoo': 8, 'sogo': 6, 'booking': 10,
                'script': 12}
ALL = list(CLIENT_QUOTA)

ALLOWED = {
    'spam': {
        'retail-sale': 'google icloud apple outlook exchange yahoo script thunderbird nextcloud zimbra sogo',
        'prize-survey': 'google icloud apple outlook exchange yahoo script thunderbird zoom booking nextcloud zimbra',
        'crypto-invest': 'google icloud apple outlook exchange teams yahoo script thunderbird zoom nextcloud zimbra sogo',
        'dating-sextortion': 'google icloud yahoo apple script exchange thunderbird outlook zimbra',
        'fee-scam': 'google icloud exchange booking script yahoo outlook zimbra nextcloud sogo apple',
        'cred-phish': ' '.join(ALL),
        'callback-scam': 'google icloud yahoo exchange outlook script zoom apple booking thunderbird',
        'fake-update': 'teams zoom exchange google script outlook nextcloud thunderbird apple zimbra sogo',
        'bec': 'exchange outlook google yahoo teams zimbra apple thunderbird sogo icloud',
        'advance-fee': 'yahoo google outlook exchange icloud script zimbra sogo thunderbird apple',
        'task-job': 'google icloud yahoo zoom script exchange apple nextcloud teams',
        'compromised-docshare': 'exchange teams outlook google zimbra sogo nextcloud thunderbird apple',
        'nagging-payload': 'script google icloud apple thunderbird nextcloud outlook exchange yahoo',
        'mass-invite': 'google icloud exchange zoom script yahoo outlook teams thunderbird',
    },
    'ham': {
        'travel-booking': 'booking script exchange outlook zimbra google',
        'hospitality-booking': 'booking script google exchange outlook yahoo icloud apple',
        'medical-appointment': 'booking script google exchange outlook zimbra icloud',
        'webinar-conference': 'zoom teams google exchange outlook script booking',
        'community-series': 'google yahoo icloud apple thunderbird nextcloud script sogo outlook',
        'it-notice': 'exchange teams outlook zimbra sogo nextcloud script google thunderbird',
        'colleague-docshare': 'google exchange teams outlook nextcloud zimbra sogo thunderbird apple',
        'finance-reminder': 'exchange outlook google zimbra script sogo yahoo teams booking',
        'recruiter': 'google exchange teams zoom outlook script yahoo icloud booking',
        'forwarded-invite': 'exchange outlook google thunderbird apple zimbra yahoo icloud teams',
        'mailing-list-copy': 'thunderbird google sogo nextcloud zimbra apple script outlook yahoo',
        'reply-cancel': 'google exchange teams outlook icloud apple thunderbird nextcloud zimbra yahoo sogo',
        'personal-family': 'google icloud apple yahoo thunderbird outlook nextcloud exchange',
        'support-callback': 'script booking exchange google zoom teams zimbra outlook',
        'team-meeting': 'exchange teams google zimbra sogo nextcloud thunderbird outlook apple zoom',
    }}

CAT_DESC = {
    'retail-sale': 'retail "sale" waves (brand discounts, counterfeit shops) pushed as invitations',
    'prize-survey': 'prize, survey, loyalty-points and gift-card lures',
    'crypto-invest': 'crypto/investment fraud: fake wallet credits, AI trading, giveaways, recovery scams',
    'dating-sextortion': 'dating lures, romance approaches and sextortion demands',
    'fee-scam': 'small-fee scams: parcel, customs, toll, tax refund, traffic fines',
    'cred-phish': 'credential phishing under big brands, banks, government and IT departments',
    'callback-scam': 'fake invoices/renewals/alerts asking the victim to call a phone number',
    'fake-update': 'fake meeting-client/browser updates and "paste this command" lures',
    'bec': 'business e-mail compromise: CEO/gift-card requests, supplier bank changes, payroll',
    'advance-fee': 'advance-fee fraud: inheritances, lotteries, compensation, proposals',
    'task-job': 'task/job scams moving victims to WhatsApp/Telegram',
    'compromised-docshare': 'document-share lures sent from compromised partner mailboxes',
    'nagging-payload': 'nagging payloads: endless recurrence, alarm storms, far-future dates',
    'mass-invite': 'invitations to hundreds of unrelated attendees (SEO, pharma, loans, events)',
    'travel-booking': 'airline, rail and car-rental confirmations with codes, amounts and phone numbers',
    'hospitality-booking': 'hotel, restaurant, spa, apartment and ticket bookings',
    'medical-appointment': 'doctor, dentist, lab and vet appointments from practices and schedulers',
    'webinar-conference': 'vendor webinars and conferences, often with hundreds of attendees and offers',
    'community-series': 'school, church, club and hobby series without end date, from free mail',
    'it-notice': 'IT maintenance, password-expiry, MFA and security-training notices',
    'colleague-docshare': 'colleagues sharing documents with links in meeting invitations',
    'finance-reminder': 'payment reminders, bank-detail fraud warnings, close and payroll deadlines',
    'recruiter': 'interview invitations from agencies, in-house recruiters and ATS systems',
    'forwarded-invite': 'invitations forwarded by colleagues or friends',
    'mailing-list-copy': 'list-distributed invitations (subject tag, footer, broken DKIM)',
    'reply-cancel': 'METHOD:REPLY for meetings the recipient organised, and cancellations',
    'personal-family': 'invitations between friends and family',
    'support-callback': 'support callbacks and visits the recipient had requested',
    'team-meeting': 'ordinary internal meetings, 1:1s, planning and all-hands',
}

CLIENT_NAMES = {'google': 'Google Calendar', 'exchange': 'Exchange/Outlook on the web', 'teams': 'Exchange + Teams',
                'outlook': 'Outlook desktop (SMTP)', 'icloud': 'iCloud Calendar', 'apple': 'Apple Calendar/Mail',
                'thunderbird': 'Thunderbird', 'zoom': 'Zoom', 'nextcloud': 'Nextcloud', 'zimbra': 'Zimbra',
                'yahoo': 'Yahoo Mail', 'sogo': 'SOGo', 'booking': 'booking/notification systems',
                'script': 'hand-rolled or library generators'}


def parse_entries(path):
    entries = []
    cur = None
    field = None
    with open(path, encoding='utf-8') as f:
        for raw in f:
            line = raw.rstrip('\n')
            if line.startswith('#'):
                continue
            if line.startswith('@@ '):
                if cur:
                    entries.append(cur)
                _, cat, lang = line.split()
                cur = {'cat': cat, 'lang': lang}
                field = None
                continue
            if cur is None:
                continue
            if len(line) >= 2 and line[1] == ':' and line[0] in 'SDLJBNKC' and (len(line) == 2 or line[2] == ' '):
                field = line[0]
                cur[field] = line[3:] if len(line) > 2 else ''
            elif field:
                cur[field] += '\n' + line
    if cur:
        entries.append(cur)
    for e in entries:
        for k in list(e):
            if k in 'SDLJBNC':
                e[k] = e[k].rstrip('\n')
                if e[k].endswith('\n'):
                    e[k] = e[k].rstrip()
    return entries


def assign_clients(items, label, rng):
    best = None
    for _ in range(300):
        a = _assign_once(items, label, rng)
        cnt = collections.Counter(a)
        dev = sum(abs(cnt[c] - q) for c, q in CLIENT_QUOTA.items())
        if best is None or dev < best[0]:
            best = (dev, a)
        if dev == 0:
            break
    return best[1]


def _assign_once(items, label, rng):
    quota = dict(CLIENT_QUOTA)
    allowed = ALLOWED[label]
    order = list(range(len(items)))
    rng.shuffle(order)
    order.sort(key=lambda i: len(allowed[items[i]['cat']].split()))
    out = {}
    for i in order:
        al = allowed[items[i]['cat']].split()
        cands = [c for c in al if quota[c] > 0]
        if not cands:
            cands = al
        w = [max(quota[c], 0) + 0.2 for c in cands]
        c = rng.choices(cands, w)[0]
        quota[c] -= 1
        out[i] = c
    return [out[i] for i in range(len(items))]


START = dt.datetime(2016, 1, 4)
END = dt.datetime(2026, 11, 25)
CAT_MIN = {'fake-update': dt.datetime(2019, 3, 1), 'task-job': dt.datetime(2021, 6, 1),
           'crypto-invest': dt.datetime(2017, 6, 1)}
CLIENT_MIN = {'teams': dt.datetime(2018, 3, 1), 'zoom': dt.datetime(2018, 1, 1)}


def arrival_for(rng, e, client):
    lo = START
    lo = max(lo, CAT_MIN.get(e['cat'], lo), CLIENT_MIN.get(client, lo))
    if 'clickfix' in e.get('K', ''):
        lo = max(lo, dt.datetime(2024, 6, 1))
    span = (END - lo).total_seconds()
    t = lo + dt.timedelta(seconds=rng.uniform(0, span))
    return t.replace(microsecond=0)


def describe(m, e):
    lang = LANG_NAMES[m.lang]
    mode = getattr(m, 'sender_mode', '')
    extra = []
    if m.lst:
        extra.append('via mailing list')
    if m.fwd:
        extra.append('forwarded')
    if m.cal.method and m.cal.method != 'REQUEST':
        extra.append(m.cal.method)
    kind = e.get('K', '')
    who = {'free': 'free-mail account', 'corp': 'organisation account', 'compromised': 'compromised mailbox',
           'lookalike': 'look-alike domain', 'spoof': 'spoofed sender', 'vps': 'throwaway domain',
           'service': 'service domain'}.get(mode, mode)
    if m.label == 'spam' and mode == 'corp':
        who = 'compromised or abused organisation mailbox'
    s = '%s %s (%s) via %s, %s' % (lang, m.cat.replace('-', ' '), kind, CLIENT_NAMES[m.client], who)
    if extra:
        s += '; ' + ', '.join(extra)
    return s.replace('\t', ' ')


def main():
    t0 = time.time()
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    out = os.path.abspath(out)
    rng = random.Random(SEED)
    if os.path.isdir(out):
        for sub in ('spam', 'ham'):
            shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    os.makedirs(out, exist_ok=True)
    rows = []
    stats = {'label_cat': collections.Counter(), 'lang': collections.Counter(), 'client': collections.Counter(),
             'cat_desc': {}, 'charset': collections.Counter(), 'method': collections.Counter(),
             'years': collections.Counter()}
    for label in ('spam', 'ham'):
        items = parse_entries(os.path.join(HERE, 'texts', label + '.txt'))
        lrng = random.Random('%d-%s' % (SEED, label))
        clients = assign_clients(items, label, lrng)
        counters = collections.Counter()
        # stable order: by category then input order
        idx = sorted(range(len(items)), key=lambda i: (items[i]['cat'], i))
        for i in idx:
            e = items[i]
            client = clients[i]
            mrng = random.Random('%d-%s-%d' % (SEED, label, i))
            arrival = arrival_for(mrng, e, client)
            m, data = build(label, e['cat'], e, client, arrival, mrng)
            counters[e['cat']] += 1
            rel = '%s/%s/%03d.eml' % (label, e['cat'], counters[e['cat']])
            path = os.path.join(out, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'wb') as f:
                f.write(data)
            rows.append((rel, label, e['cat'], describe(m, e)))
            stats['label_cat'][(label, e['cat'])] += 1
            stats['lang'][(label, m.lang)] += 1
            stats['client'][(label, m.client)] += 1
            stats['charset'][(label, m.charset)] += 1
            stats['method'][(label, m.cal.method or '(none)')] += 1
            stats['years'][(label, m.arrival.year)] += 1
    with open(os.path.join(out, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('path\tlabel\tcategory\tdescription\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    write_readme(out, stats, len(rows))
    print('wrote %d messages to %s in %.1f s' % (len(rows), out, time.time() - t0))


def write_readme(out, st, n):
    L = []
    L.append('# holdout21 – labelled calendar-invitation corpus\n')
    L.append('A sealed exam corpus of %d RFC 5322 messages (.eml) that carry iCalendar objects (RFC 5545/5546/6047): '
             '160 spam (calendar spam and calendar-borne fraud) and 160 ham (legitimate calendar mail, including '
             'many messages that superficially look like spam). It is meant to be run once against a calendar '
             'anti-spam filter to measure how it does on mail it has never seen.\n' % n)
    L.append('Every message was generated by `gen.py` (deterministic, fixed seed, Python standard library only). '
             'All names, organisations, addresses, phone numbers, account numbers and domains are invented; '
             'IP addresses come from the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, '
             '2001:db8::/32). Real brand and service names appear in message text and in look-alike domains, and '
             'real service host names (e.g. calendar and meeting services) appear where the genuine client would '
             'put them. No message was copied from anywhere.\n')
    L.append('Each file begins with the headers written by the receiving MX `mx.example.net` (Return-Path, '
             'Delivered-To, Authentication-Results, Received) followed by the sender side\'s trace and DKIM headers '
             'and the client\'s own headers. Authentication results reflect the sending set-up: free-mail, '
             'organisation, compromised and look-alike senders pass; spoofed and throwaway-server senders get '
             'fail/softfail/none; list copies show a broken original DKIM signature.\n')
    L.append('## Layout\n')
    L.append('- `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`\n- `labels.tsv`: `path  label  category  '
             'description` (tab-separated, path relative to this directory)\n')
    for label in ('spam', 'ham'):
        L.append('## %s categories\n' % label.capitalize())
        L.append('| category | count | description |\n|---|---:|---|')
        cats = sorted(c for (l, c) in st['label_cat'] if l == label)
        for c in cats:
            L.append('| %s | %d | %s |' % (c, st['label_cat'][(label, c)], CAT_DESC[c]))
        L.append('| **total** | **%d** | |\n' % sum(v for (l, c), v in st['label_cat'].items() if l == label))
    L.append('## Languages\n')
    L.append('| language | spam | ham |\n|---|---:|---:|')
    langs = sorted({lg for (_, lg) in st['lang']}, key=lambda x: (x != 'en', LANG_NAMES[x]))
    for lg in langs:
        L.append('| %s | %d | %d |' % (LANG_NAMES[lg], st['lang'][('spam', lg)], st['lang'][('ham', lg)]))
    L.append('')
    L.append('Body charsets used: ' + ', '.join(sorted({cs for (_, cs) in st['charset']})) +
             '. Transfer encodings: 7bit, 8bit, quoted-printable and base64.\n')
    L.append('## Sending clients and services\n')
    L.append('Both labels are spread over the same clients in the same proportions, so the client alone says '
             'nothing about the label.\n')
    L.append('| client | spam | ham |\n|---|---:|---:|')
    for c in CLIENT_QUOTA:
        L.append('| %s | %d | %d |' % (CLIENT_NAMES[c], st['client'][('spam', c)], st['client'][('ham', c)]))
    L.append('')
    L.append('iTIP methods: ' + ', '.join('%s %s=%d' % (l, mth, v) for (l, mth), v in sorted(st['method'].items()))
             + '.\n')
    L.append('Arrival years: ' + ', '.join('%d: %d' % (y, st['years'][('spam', y)] + st['years'][('ham', y)])
                                           for y in range(2016, 2027)) + '.\n')
    L.append('## Licence\n')
    L.append('CC0 1.0 Universal (public domain dedication). Everything in this corpus was written or generated '
             'by the author of gen.py; no message was copied from anywhere.\n')
    L.append('Generated by gen.py.\n')
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(L))


if __name__ == '__main__':
    main()
