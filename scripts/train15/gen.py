#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the "train15" calendar-invitation exam corpus.

Usage: python3 gen.py [OUTDIR]      (default: out/ beside this file)

Deterministic (fixed seed); Python 3 standard library only.  CC0 1.0.
"""
import datetime as dt
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from build import Ctx                       # noqa: E402
from clients import RENDER                  # noqa: E402
from transport import build_trace           # noqa: E402
from mimeutil import leaf, multipart, addr, Part   # noqa: E402
from common import hexs, alnum, digits      # noqa: E402
import spam                                 # noqa: E402
import ham                                  # noqa: E402

SEED = 15015

# ------------------------------------------------------------------ plan: category -> languages (non-English)
SPAM_PLAN = {
    'retail-sale-wave': (6, ['zh', 'tw', 'ja', 'de', 'fr', 'es']),
    'prize-survey-lure': (6, ['pt', 'nl', 'pl', 'it', 'ar', 'th']),
    'crypto-investment': (6, ['ru', 'ko', 'tr', 'he', 'hi', 'de']),
    'dating-sextortion': (6, ['fr', 'el', 'ja', 'ru', 'es']),
    'fee-scam': (6, ['nl', 'pt', 'fr', 'ja', 'ko', 'el']),
    'credential-phish': (7, ['de', 'it', 'pl', 'ar', 'he', 'tw', 'zh']),
    'callback-scam': (6, ['es', 'hi', 'th', 'tr', 'pl']),
    'fake-update-lure': (6, ['ko', 'ru', 'it', 'nl', 'ar']),
    'bec': (7, ['de', 'fr', 'es', 'pt', 'he', 'zh']),
    'advance-fee': (5, ['ar', 'hi', 'el', 'tr', 'th']),
    'task-job-scam': (5, ['hi', 'tw', 'th', 'ko', 'ja', 'pt']),
    'compromised-docshare': (6, ['it', 'pl', 'nl', 'el', 'he', 'tr']),
    'nagging-payload': (5, ['zh', 'ru', 'es', 'de', 'ar']),
    'mass-invite': (4, ['ja', 'th', 'hi', 'fr', 'ko']),
}
HAM_PLAN = {
    'travel-airline': (5, ['de', 'ja', 'ar', 'tr', 'ko']),
    'travel-rail': (3, ['de', 'fr', 'it', 'nl', 'zh']),
    'hotel-booking': (4, ['es', 'el', 'th', 'pt', 'it']),
    'restaurant-booking': (4, ['fr', 'ja', 'he', 'es']),
    'medical-appointment': (5, ['de', 'fr', 'nl', 'pl', 'he']),
    'vendor-webinar': (6, ['ja', 'zh', 'ko', 'pt', 'ru', 'hi']),
    'community-series': (5, ['es', 'pl', 'el', 'ar', 'tw', 'pt']),
    'it-notice': (5, ['de', 'ru', 'ja', 'zh', 'tr']),
    'work-meeting-docs': (7, ['fr', 'it', 'nl', 'ko', 'hi', 'ar']),
    'finance-reminder': (5, ['de', 'es', 'pl', 'ru', 'tw']),
    'recruiter-interview': (5, ['hi', 'he', 'th', 'zh']),
    'forwarded-invite': (4, ['it', 'el', 'tr', 'ja']),
    'mailing-list-copy': (5, ['fr', 'ru', 'pt', 'th']),
    'reply-cancel': (6, ['de', 'ko', 'ar', 'tw', 'nl', 'pl']),
    'personal-family': (5, ['el', 'he', 'hi', 'th', 'tr', 'ko']),
    'support-callback': (6, ['es', 'ar', 'hi', 'th']),
}

SPAM_COMPAT = {
    'retail-sale-wave': 'apple google outlook yahoo saas list lib thunderbird',
    'prize-survey-lure': 'google apple outlook saas lib yahoo zimbra sogo list',
    'crypto-investment': 'google apple outlook zoom saas lib yahoo thunderbird list',
    'dating-sextortion': 'google apple yahoo outlook lib thunderbird nextcloud',
    'fee-scam': 'saas lib outlook google apple zimbra nextcloud thunderbird sogo',
    'credential-phish': 'outlook google saas lib zimbra sogo nextcloud thunderbird apple',
    'callback-scam': 'google outlook apple yahoo saas lib zoom',
    'fake-update-lure': 'outlook zoom google lib saas thunderbird nextcloud zimbra',
    'bec': 'outlook google yahoo apple zimbra sogo thunderbird',
    'advance-fee': 'yahoo outlook google apple lib zimbra sogo thunderbird',
    'task-job-scam': 'google outlook apple zoom yahoo saas lib',
    'compromised-docshare': 'outlook google zimbra sogo nextcloud thunderbird apple',
    'nagging-payload': 'apple google lib outlook nextcloud thunderbird list yahoo',
    'mass-invite': 'google apple outlook list lib yahoo zoom saas',
}
HAM_COMPAT = {
    'travel-airline': 'saas lib outlook zimbra',
    'travel-rail': 'saas lib',
    'hotel-booking': 'saas lib outlook zimbra sogo',
    'restaurant-booking': 'saas lib google yahoo apple outlook',
    'medical-appointment': 'saas lib outlook zimbra sogo nextcloud',
    'vendor-webinar': 'zoom outlook google saas lib',
    'community-series': 'google yahoo apple thunderbird nextcloud outlook',
    'it-notice': 'outlook zimbra sogo nextcloud google thunderbird lib',
    'work-meeting-docs': 'outlook google zimbra sogo nextcloud thunderbird apple',
    'finance-reminder': 'outlook google zimbra sogo thunderbird nextcloud lib',
    'recruiter-interview': 'outlook google zoom saas yahoo apple',
    'forwarded-invite': 'outlook google apple thunderbird yahoo zimbra sogo',
    'mailing-list-copy': 'list',
    'reply-cancel': 'outlook google apple thunderbird zimbra sogo nextcloud yahoo',
    'personal-family': 'google apple yahoo outlook thunderbird nextcloud',
    'support-callback': 'saas outlook zoom google lib zimbra',
}
QUOTA = dict(google=28, outlook=34, apple=15, thunderbird=10, zoom=8, nextcloud=7, zimbra=8, yahoo=8, sogo=6, saas=19,
             list=9, lib=8)

# arrival year windows per category (when such mail was plausible)
YEARS = {
    'retail-sale-wave': (2016, 2026), 'prize-survey-lure': (2016, 2026), 'crypto-investment': (2017, 2026),
    'dating-sextortion': (2016, 2026), 'fee-scam': (2019, 2026), 'credential-phish': (2016, 2026),
    'callback-scam': (2019, 2026), 'fake-update-lure': (2020, 2026), 'bec': (2016, 2026), 'advance-fee': (2016, 2026),
    'task-job-scam': (2021, 2026), 'compromised-docshare': (2018, 2026), 'nagging-payload': (2016, 2026),
    'mass-invite': (2016, 2026),
}
LAST = dt.datetime(2026, 11, 28, 23, 0, 0)


def arrival(rng, cat, client):
    y0, y1 = YEARS.get(cat, (2016, 2026))
    if client in ('zoom',):
        y0 = max(y0, 2018)
    if client == 'nextcloud':
        y0 = max(y0, 2018)
    a = dt.datetime(y0, 1, 4)
    b = min(dt.datetime(y1, 12, 31), LAST)
    t = a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))
    # office-ish hours are a bit more likely for everything
    return t.replace(microsecond=0)


def assign_clients(rng, plan, compat):
    items = []
    for cat, (n_en, langs) in plan.items():
        for i in range(n_en):
            items.append((cat, 'en'))
        for l in langs:
            items.append((cat, l))
    quota = dict(QUOTA)
    order = list(range(len(items)))
    rng.shuffle(order)
    order.sort(key=lambda i: len(compat[items[i][0]].split()))
    out = [None] * len(items)
    for i in order:
        cat = items[i][0]
        opts = compat[cat].split()
        best = max(opts, key=lambda c: (quota[c] / QUOTA[c], rng.random()))
        quota[best] -= 1
        out[i] = best
    # repair: move messages from over-used clients to under-used compatible ones
    for _ in range(2000):
        over = [c for c in quota if quota[c] < 0]
        under = [c for c in quota if quota[c] > 0]
        if not over or not under:
            break
        moved = False
        for i in order:
            c = out[i]
            if quota[c] < 0:
                opts = [u for u in compat[items[i][0]].split() if quota[u] > 0]
                if opts:
                    u = rng.choice(opts)
                    out[i] = u
                    quota[c] += 1
                    quota[u] -= 1
                    moved = True
                    break
        if not moved:
            # two-step: shift an intermediate client
            done = False
            for i in order:
                c = out[i]
                if quota[c] >= 0:
                    continue
                for j in order:
                    d = out[j]
                    if j == i or d not in compat[items[i][0]].split():
                        continue
                    opts = [u for u in compat[items[j][0]].split() if quota[u] > 0]
                    if opts:
                        u = rng.choice(opts)
                        out[j] = u
                        out[i] = d
                        quota[c] += 1
                        quota[u] -= 1
                        done = True
                        break
                if done:
                    break
            if not done:
                break
    return [(c, l, k) for (c, l), k in zip(items, out)]


# ------------------------------------------------------------------ mailing-list wrapper
def apply_list(m, hdrs, root, rng):
    L = m['list']
    name, host = L['name'], L['host']
    fl = L.get('flavour', 'mm2')
    # find and prefix the Subject
    for i, h in enumerate(hdrs):
        if h.startswith('Subject: '):
            hdrs[i] = 'Subject: [%s] %s' % (name, h[9:])
            break
    if L.get('munge'):
        for i, h in enumerate(hdrs):
            if h.startswith('From: '):
                s = m['sender']
                hdrs[i] = 'From: ' + addr('%s via %s' % (s['name'] or s['addr'], name), L['addr'], 'utf-8', quote_always=True)
                hdrs.insert(i + 1, 'Reply-To: ' + addr(s['name'], s['addr'], 'utf-8'))
                hdrs.insert(i + 2, 'X-Original-From: ' + addr(s['name'], s['addr'], 'utf-8'))
                break
        m['hdr_from_domain'] = host
    # root content-type
    if not root.headers:
        for i, h in enumerate(hdrs):
            if h.startswith('Content-Type: multipart'):
                root.headers = [hdrs.pop(i)]
                break
    if fl == 'mm3':
        footer = '_______________________________________________\n%s mailing list -- %s\nTo unsubscribe send an email ' \
                 'to %s-leave@%s\n' % (name, L['addr'], name, host)
    elif fl == 'sympa':
        footer = '--\nListe %s - %s\nhttps://%s/sympa/info/%s\n' % (name, L['addr'], host, name)
    else:
        footer = '_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n' % (
            name, L['addr'], host, name)
    fp = leaf('text/plain; charset="us-ascii"', footer, 'us-ascii', '7bit',
              extra_headers=['MIME-Version: 1.0', 'Content-Disposition: inline'])
    if root.ctype == 'multipart/mixed':
        root.parts.append(fp)
        new_root = root
    else:
        b = '===============%s==' % digits(rng, 19)
        new_root = multipart('mixed', b, [root, fp])
    # list headers
    lh = []
    if fl == 'mm2':
        lh += ['X-BeenThere: %s' % L['addr'], 'X-Mailman-Version: 2.1.%d' % rng.choice([29, 34, 36, 39]),
               'Precedence: list', 'List-Id: %s <%s.%s>' % (name.replace('-', ' ').title(), name, host),
               'List-Unsubscribe: <https://%s/mailman/options/%s>,\r\n <mailto:%s-request@%s?subject=unsubscribe>' % (host, name, name, host),
               'List-Archive: <https://%s/pipermail/%s/>' % (host, name), 'List-Post: <mailto:%s>' % L['addr'],
               'List-Help: <mailto:%s-request@%s?subject=help>' % (name, host),
               'List-Subscribe: <https://%s/mailman/listinfo/%s>,\r\n <mailto:%s-request@%s?subject=subscribe>' % (host, name, name, host),
               'Errors-To: %s' % L['bounces'], 'Sender: "%s" <%s>' % (name, L['bounces'])]
    elif fl == 'mm3':
        h = alnum(rng, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
        lh += ['Message-ID-Hash: ' + h, 'X-Message-ID-Hash: ' + h, 'X-MailFrom: ' + m['sender']['addr'],
               'X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; '
               'member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; '
               'news-moderation; no-subject; digests; suspicious-header',
               'X-Mailman-Version: 3.3.%d' % rng.choice([5, 8, 9]), 'Precedence: list',
               'List-Id: <%s.%s>' % (name, host), 'Archived-At: <https://%s/archives/list/%s/message/%s/>' % (host, L['addr'], h),
               'List-Archive: <https://%s/archives/list/%s/>' % (host, L['addr']),
               'List-Help: <mailto:%s-request@%s?subject=help>' % (name, host), 'List-Owner: <mailto:%s-owner@%s>' % (name, host),
               'List-Post: <mailto:%s>' % L['addr'], 'List-Subscribe: <mailto:%s-join@%s>' % (name, host),
               'List-Unsubscribe: <mailto:%s-leave@%s>' % (name, host)]
    else:
        lh += ['X-Loop: %s' % L['addr'], 'X-Sequence: %d' % rng.randint(100, 9000), 'Errors-to: %s' % L['bounces'],
               'Precedence: list', 'Precedence: bulk', 'Sender: %s-request@%s' % (name, host), 'X-no-archive: yes',
               'List-Id: <%s.%s>' % (name, host), 'List-Help: <mailto:sympa@%s?subject=help>' % host,
               'List-Subscribe: <mailto:sympa@%s?subject=subscribe%%20%s>' % (host, name),
               'List-Unsubscribe: <mailto:sympa@%s?subject=unsubscribe%%20%s>' % (host, name),
               'List-Post: <mailto:%s>' % L['addr'], 'List-Owner: <mailto:%s-request@%s>' % (name, host)]
    hdrs = hdrs + lh
    if root is not new_root:
        hdrs.append(new_root.headers[0])
        new_root.headers = []
    elif root.headers:
        hdrs.append(root.headers[0])
        root.headers = []
    return hdrs, new_root


def make_open_list(rng, ctx, m):
    host = rng.choice(['lists.opensource-hub.org', 'lists.example.org', 'mailman.linuxusers.example', 'lists.citizens.example',
                       'lists.hobby-astro.example', 'list.asso-quartier.example'])
    name = rng.choice(['announce', 'general', 'members', 'users', 'discuss', 'chat'])
    laddr = '%s@%s' % (name, host)
    m['to'] = [(None, laddr)]
    m['list'] = dict(name=name, host=host, addr=laddr, domain=host, bounces='%s-bounces@%s' % (name, host),
                     sign=rng.random() < 0.5, flavour=rng.choice(['mm2', 'mm3', 'sympa']), munge=rng.random() < 0.3,
                     dmarc=rng.choice([None, 'NONE']))


# ------------------------------------------------------------------ main
def build_one(rng, label, cat, lang, client, idx):
    inner = client
    if client == 'list':
        inner = rng.choice(['google', 'outlook', 'thunderbird', 'thunderbird', 'lib', 'apple'] if label == 'ham'
                           else ['google', 'lib', 'outlook', 'yahoo', 'thunderbird'])
    arr = arrival(rng, cat, inner)
    ctx = Ctx(rng, label, cat, lang, client, arr, idx, inner=inner)
    fn = (spam.SPAM_CATS if label == 'spam' else ham.HAM_CATS)[cat][0]
    m = fn(ctx)
    m['client'] = inner
    from common import ip4
    m['sender'].setdefault('ip', ip4(rng))
    if inner == 'zoom' or (inner == 'saas' and rng.random() < 0.6):
        m['stz'] = 'UTC'
    if client == 'list' and not m.get('list'):
        make_open_list(rng, ctx, m)
    if m.get('list'):
        lag = rng.randint(20, 900)
        m['_list_lag'] = lag
        m['send_lag'] += lag
        m['stamp_lag'] += lag
    if m.get('list') and m['list'].get('munge') and 'dmarc' not in m['list']:
        m['list']['dmarc'] = rng.choice([None, 'NONE'])
    if inner in ('google', 'zoom', 'nextcloud', 'yahoo', 'zimbra', 'sogo') or \
            (inner == 'apple' and m.get('variant') == 'icloud'):
        m['hdr_charset'] = 'utf-8'
        if inner not in ('zimbra', 'sogo'):
            m['charset'] = 'utf-8'
    hdrs, root, cal = RENDER[inner](m, rng)
    if m.get('list'):
        hdrs, root = apply_list(m, hdrs, root, rng)
        if m['list'].get('munge'):
            m['sender']['dmarc'] = m['list'].get('dmarc')
    trace, info = build_trace(m, rng)
    head = trace + hdrs + root.headers
    for h in head:
        h.encode('ascii')
    data = ('\r\n'.join(head)).encode('ascii') + b'\r\n\r\n' + root.body_bytes()
    return m, data


def short_desc(m):
    e = m['events'][0]
    s = e['summary'].replace('\t', ' ').replace('\n', ' ')
    if len(s) > 70:
        s = s[:67] + '...'
    meth = m.get('method') or 'none'
    return '%s; %s via %s; %s; %s' % (s, m['sender'].get('kind', '?'), m['client'] + ('/list' if m.get('list') else ''),
                                      m['lang'], meth)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rng = random.Random(SEED)
    rows = []
    stats = {'spam': {}, 'ham': {}}
    clients = {'spam': {}, 'ham': {}}
    langs = {'spam': {}, 'ham': {}}
    for label, plan, compat in (('spam', SPAM_PLAN, SPAM_COMPAT), ('ham', HAM_PLAN, HAM_COMPAT)):
        items = assign_clients(rng, plan, compat)
        # arrival-date order inside each category looks nicer
        counters = {}
        for cat, lang, client in items:
            counters[cat] = counters.get(cat, 0) + 1
            idx = counters[cat]
            m, data = build_one(rng, label, cat, lang, client, idx)
            rel = '%s/%s/%03d.eml' % (label, cat, idx)
            p = os.path.join(out, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, 'wb') as f:
                f.write(data)
            rows.append((rel, label, cat, short_desc(m)))
            stats[label][cat] = stats[label].get(cat, 0) + 1
            ck = client
            clients[label][ck] = clients[label].get(ck, 0) + 1
            langs[label][lang] = langs[label].get(lang, 0) + 1
    with open(os.path.join(out, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('path\tlabel\tcategory\tdescription\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    write_readme(out, stats, clients, langs)
    print('wrote %d messages to %s' % (len(rows), out))


LANG_NAMES = {'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'it': 'Italian', 'pt': 'Portuguese',
              'nl': 'Dutch', 'pl': 'Polish', 'ru': 'Russian', 'el': 'Greek', 'ar': 'Arabic', 'he': 'Hebrew',
              'zh': 'Chinese (Simplified)', 'tw': 'Chinese (Traditional)', 'ja': 'Japanese', 'ko': 'Korean',
              'hi': 'Hindi', 'th': 'Thai', 'tr': 'Turkish'}
CLIENT_NAMES = {'google': 'Google Calendar', 'outlook': 'Outlook / Exchange Online / Teams / Outlook desktop',
                'apple': 'Apple iCloud server / Calendar.app / iOS', 'thunderbird': 'Thunderbird (Lightning)',
                'zoom': 'Zoom (registration / meeting mails)', 'nextcloud': 'Nextcloud (Sabre)', 'zimbra': 'Zimbra',
                'yahoo': 'Yahoo Calendar', 'sogo': 'SOGo', 'saas': 'Booking / SaaS systems via ESPs (SendGrid, SES, Mailgun)',
                'list': 'Mailing-list copies (Mailman 2/3, Sympa) of other clients',
                'lib': 'Hand-rolled generators (PHPMailer, Python, Node, Java, .NET, spam kits)'}


def scan_charsets(out):
    import email
    import re
    cs, ctes = set(), set()
    for d, _, fs in os.walk(out):
        for f in fs:
            if not f.endswith('.eml'):
                continue
            data = open(os.path.join(d, f), 'rb').read()
            msg = email.message_from_bytes(data)
            for p in msg.walk():
                if p.is_multipart():
                    continue
                if p.get_content_charset():
                    cs.add(p.get_content_charset().lower())
                if p.get('Content-Transfer-Encoding'):
                    ctes.add(p.get('Content-Transfer-Encoding').lower())
            head = data[:data.index(b'\r\n\r\n')].decode('ascii')
            for c in re.findall(r'=\?([^?]+)\?[BbQq]\?', head):
                cs.add(c.lower())
    return sorted(cs), sorted(ctes)


def write_readme(out, stats, clients, langs):
    L = []
    L.append('# train15 - labelled calendar-invitation corpus (exam set)\n')
    L.append('320 RFC 5322 messages (160 spam, 160 ham), each carrying at least one iCalendar object '
             '(VCALENDAR with VEVENT or VTODO). Written for measuring a calendar anti-spam filter on mail it has '
             'never seen. Every message was generated by `gen.py` (deterministic, fixed seed, Python 3 standard '
             'library only); no real message was copied.\n')
    L.append('Layout: `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`, `labels.tsv` '
             '(`path  label  category  description`).\n')
    L.append('All messages start with the trace block of the receiving MX `mx.example.net` (Return-Path, '
             'Delivered-To, Authentication-Results, Received) followed by sender-side Received lines, DKIM '
             'signatures and the client\'s own headers. Authentication results follow the sending set-up (free-mail '
             'and company accounts, compromised mailboxes and registered look-alike domains pass; spoofs and bare '
             'VPS senders fail or have none; mailing-list copies show dkim=fail). IP addresses are from the '
             'documentation ranges; organisation domains are invented (reserved `.example`/`.invalid` names or '
             'plausible fictional names); brand names appear in text and in look-alike domains only. Arrival dates '
             'range from 2016 to November 2026; event dates are relative to arrival.\n')
    for label in ('spam', 'ham'):
        L.append('\n## %s categories\n' % label.capitalize())
        L.append('| category | count | description |')
        L.append('|---|---:|---|')
        cats = spam.SPAM_CATS if label == 'spam' else ham.HAM_CATS
        for c in cats:
            L.append('| %s | %d | %s |' % (c, stats[label].get(c, 0), cats[c][1]))
        L.append('| **total** | **%d** | |' % sum(stats[label].values()))
    L.append('\n## Languages\n')
    L.append('| language | spam | ham |')
    L.append('|---|---:|---:|')
    for k in LANG_NAMES:
        L.append('| %s | %d | %d |' % (LANG_NAMES[k], langs['spam'].get(k, 0), langs['ham'].get(k, 0)))
    cs, ctes = scan_charsets(out)
    L.append('\nCharsets found in MIME parts and RFC 2047 headers: %s. Transfer encodings: %s.\n' % (
        ', '.join(cs), ', '.join(ctes)))
    L.append('\n## Sending clients / services\n')
    L.append('Both labels are spread over the same clients in (near) identical proportions, so the client alone '
             'carries no label information.\n')
    L.append('| client | spam | ham |')
    L.append('|---|---:|---:|')
    for k in CLIENT_NAMES:
        L.append('| %s | %d | %d |' % (CLIENT_NAMES[k], clients['spam'].get(k, 0), clients['ham'].get(k, 0)))
    L.append('\n## Licence\n')
    L.append('CC0 1.0 Universal (public domain dedication). Everything here was written or generated for this '
             'corpus; no message was copied from anywhere. Any resemblance of invented names, organisations or '
             'domains to real ones is coincidental.\n')
    L.append('\nGenerated by gen.py.\n')
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(L))


if __name__ == '__main__':
    main()
