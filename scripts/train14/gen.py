#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the train14 calendar spam/ham exam corpus.

Usage: python3 gen.py [OUTPUT_DIR]     (default: out/ next to this file)

Deterministic (fixed seed), Python 3 standard library only. CC0 1.0.
"""
import collections
import datetime as dt
import email
import email.policy
import os
import random
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import clients   # noqa: E402
import core      # noqa: E402
import ham       # noqa: E402
import lang as LG  # noqa: E402
import spam      # noqa: E402
from core import P  # noqa: E402
from util import UTC  # noqa: E402

SEED = 14_2026
TARGET = {'google': .20, 'outlook': .21, 'apple': .09, 'thunderbird': .07, 'zoom': .05, 'nextcloud': .05, 'zimbra': .06,
          'yahoo': .06, 'sogo': .05, 'custom': .11, 'list': .05}
LIST_INNER = ['google', 'thunderbird', 'outlook', 'yahoo', 'sogo', 'zimbra', 'apple']
CLIENT_LABEL = {'google': 'Google Calendar', 'outlook': 'Outlook/Exchange', 'apple': 'Apple iCloud/Calendar', 'thunderbird': 'Thunderbird',
                'zoom': 'Zoom', 'nextcloud': 'Nextcloud', 'zimbra': 'Zimbra', 'yahoo': 'Yahoo Calendar', 'sogo': 'SOGo',
                'custom': 'booking system / bulk tool', 'list': 'mailing list'}
START = dt.datetime(2016, 1, 4, tzinfo=UTC)
END = dt.datetime(2026, 11, 28, tzinfo=UTC)


def plan(rng):
    slots = []
    for label, mod in (('spam', spam), ('ham', ham)):
        for cat, spec in mod.CATS.items():
            langs = list(spec['langs']) + ['en'] * (spec['n'] - len(spec['langs']))
            rng.shuffle(langs)
            for i, lg in enumerate(langs):
                slots.append(dict(label=label, cat=cat, idx=i + 1, lang=lg, allowed=spec['clients']))
    # client assignment: most constrained first, steer both labels to the same target mix
    order = list(range(len(slots)))
    rng.shuffle(order)
    order.sort(key=lambda k: len(slots[k]['allowed']) if len(slots[k]['allowed']) < 3 else 3)
    n_label = collections.Counter(s['label'] for s in slots)
    used = {'spam': collections.Counter(), 'ham': collections.Counter()}
    for k in order:
        s = slots[k]
        lab = s['label']
        al = s['allowed'] if isinstance(s['allowed'], dict) else {c: 1.0 for c in s['allowed']}
        cand = [c for c in al if c in TARGET]
        w = [al[c] * max(0.03, (TARGET[c] * n_label[lab] - used[lab][c]) / (TARGET[c] * n_label[lab])) ** 2 for c in cand]
        ch = rng.choices(cand, w)[0]
        used[lab][ch] += 1
        s['client'] = ch
    # arrival times: stratified over the whole period for each label
    for lab in ('spam', 'ham'):
        idx = [k for k, s in enumerate(slots) if s['label'] == lab]
        rng.shuffle(idx)
        span = (END - START).total_seconds()
        for j, k in enumerate(idx):
            t = span * (j + rng.random()) / len(idx)
            slots[k]['arrival'] = START + dt.timedelta(seconds=int(t))
    return slots


def recipient(rng, lg):
    disp, slug = rng.choice(LG.NAMES[lg if rng.random() < 0.7 else 'en'])
    dom = rng.choice(LG.RCPT_DOMAINS)
    style = rng.random()
    local = slug if style < 0.6 else (slug.split('.')[0] if style < 0.8 else slug.replace('.', '_'))
    return P(disp if rng.random() < 0.8 else '', '%s@%s' % (local, dom))


def default_list(c, m):
    name = c.pick(['members', 'announce', 'alumni', 'parents', 'staff-social', 'residents', 'volunteers', 'friends'])
    kind = 'ggroups' if c.chance(0.4) else 'mailman'
    dom = c.pick(['lists.example.org', 'lists.halden-univ.example', 'lists.sunfield.test', 'groups.example.net'])
    m['list'] = dict(name=name, domain=dom, title=name.replace('-', ' ').title(), kind=kind, prefix=name if c.chance(0.4) else None)
    la = P(m['list']['title'], '%s@%s' % (name, dom if kind != 'ggroups' else 'googlegroups.com'))
    m['to'] = [la]
    m['ev']['attendees'].insert(0, {'p': la, 'role': 'REQ-PARTICIPANT', 'partstat': 'NEEDS-ACTION', 'rsvp': True, 'cutype': 'GROUP'})


def build_one(slot, seed):
    rng = random.Random(seed)
    via_list = slot['client'] == 'list'
    client = slot['client']
    if via_list:
        inner = [x for x in slot['allowed'] if x in LIST_INNER] or LIST_INNER
        client = rng.choice(inner)
    rc = recipient(rng, slot['lang'])
    c = core.Ctx(rng, slot['label'], slot['cat'], slot['idx'], slot['lang'], client, slot['arrival'], rc, via_list)
    if client == 'apple':
        c.variant = 'icloud_server' if rng.random() < 0.5 else 'apple_mail'
    elif client == 'google':
        c.variant = 'calendar'
    mod = spam if slot['label'] == 'spam' else ham
    m = mod.CATS[slot['cat']]['fn'](c)
    if via_list and 'list' not in m:
        default_list(c, m)
    data = clients.render_message(c, m)
    info = dict(client=slot['client'], inner=client, variant=c.variant, setup=c.setup['kind'], desc=m.get('desc_line', ''))
    return data, info


def readme(rows, stats, secs):
    sp = [r for r in rows if r['label'] == 'spam']
    hm = [r for r in rows if r['label'] == 'ham']
    L = ['# train14 – labelled calendar-invitation corpus (spam / ham)', '',
         'A sealed exam corpus for a calendar anti-spam filter: %d spam and %d ham RFC 5322 messages, each carrying at least '
         'one iCalendar object (VEVENT or VTODO). It was written from scratch, without looking at the filter or at any '
         'other corpus, and is meant to be run once to measure how the filter does on mail it has never seen.' % (len(sp), len(hm)),
         '', 'Generated by `gen.py` (deterministic, fixed seed, Python 3 standard library only); verify with `check.py`.', '',
         '## Layout', '', '* `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`',
         '* `labels.tsv` – `path`, `label`, `category`, `description` (path relative to this directory)', '',
         '## Headers', '',
         'Every message starts with the headers the receiving MX `mx.example.net` (Postfix) writes: Return-Path, Delivered-To, '
         'Authentication-Results (dkim/spf/dmarc as they would come out for the sending set-up: real free-mail and company '
         'accounts, registered look-alike domains, spoofs from rented servers, mailing lists that break DKIM) and the MX\'s own '
         'Received line. Below follow the sender side\'s Received lines and signatures, then the client\'s own headers. Only '
         'documentation IP ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) and reserved or fictional '
         'domains are used for people and organisations; names of real brands and services appear where real mail would show them.',
         '', 'Arrival dates run from %s to %s; event dates are placed relative to arrival.' % (
             min(r['arrival'] for r in rows)[:10], max(r['arrival'] for r in rows)[:10]), '']
    for lab, mod, rs in (('Spam', spam, sp), ('Ham', ham, hm)):
        L += ['## %s categories' % lab, '', '| category | count | what it is |', '|---|---:|---|']
        cnt = collections.Counter(r['category'] for r in rs)
        for cat, spec in mod.CATS.items():
            L.append('| %s | %d | %s |' % (cat, cnt[cat], spec['title']))
        L += ['| **total** | **%d** | |' % len(rs), '']
    L += ['## Languages', '', '| language | spam | ham |', '|---|---:|---:|']
    for lg in LG.LANGS:
        a = sum(1 for r in sp if r['lang'] == lg)
        b = sum(1 for r in hm if r['lang'] == lg)
        if a or b:
            L.append('| %s (%s) | %d | %d |' % (LG.LANG_NAMES[lg], lg, a, b))
    L += ['', '## Sending clients / services', '',
          'Both labels were spread over the same clients in similar proportions, so the client alone says nothing about the label.',
          '', '| client family | spam | ham |', '|---|---:|---:|']
    for cl in TARGET:
        L.append('| %s | %d | %d |' % (CLIENT_LABEL[cl], sum(1 for r in sp if r['client'] == cl), sum(1 for r in hm if r['client'] == cl)))
    L += ['', 'Clients imitated: Google Calendar, Microsoft Outlook / Exchange Online / Outlook.com (incl. Teams and Skype for '
          'Business blocks), Apple iCloud calendar server and Apple Mail / iOS Mail, Thunderbird (Lightning), Zoom, Nextcloud, '
          'Zimbra, SOGo, Yahoo, booking and notification systems sending through PHPMailer, Symfony Mailer, Nodemailer, Python, '
          '.NET, JavaMail, Amazon SES, SendGrid and Mailgun (used by legitimate services and bulk senders alike), and Mailman 2/3 '
          'and Google Groups redistribution.', '']
    L += ['## Body charsets and transfer encodings (all MIME parts)', '', '| charset | parts |', '|---|---:|']
    for k, v in sorted(stats['cs'].items(), key=lambda x: -x[1]):
        L.append('| %s | %d |' % (k, v))
    L += ['', '| Content-Transfer-Encoding | parts |', '|---|---:|']
    for k, v in sorted(stats['cte'].items(), key=lambda x: -x[1]):
        L.append('| %s | %d |' % (k, v))
    L += ['', '| iCalendar METHOD | spam | ham |', '|---|---:|---:|']
    for k in sorted(set(stats['meth']['spam']) | set(stats['meth']['ham'])):
        L.append('| %s | %d | %d |' % (k, stats['meth']['spam'][k], stats['meth']['ham'][k]))
    L += ['', '## Licence', '', 'CC0 1.0 Universal (public domain dedication). Everything in this corpus was written or generated '
          'for it by `gen.py`; no message was copied from anywhere. Names of people and organisations are fictional.', '']
    return '\n'.join(L)


def main():
    t0 = time.time()
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    rng = random.Random(SEED)
    slots = plan(rng)
    if os.path.isdir(out):
        for sub in ('spam', 'ham'):
            shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    rows = []
    stats = dict(cs=collections.Counter(), cte=collections.Counter(),
                 meth={'spam': collections.Counter(), 'ham': collections.Counter()})
    for k, s in enumerate(slots):
        data, info = build_one(s, rng.getrandbits(64))
        rel = '%s/%s/%03d.eml' % (s['label'], s['cat'], s['idx'])
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'wb') as f:
            f.write(data)
        desc = '%s; %s' % (info['desc'], CLIENT_LABEL[info['client']] +
                           (' (%s inside)' % CLIENT_LABEL[info['inner']] if info['client'] == 'list' else ''))
        rows.append(dict(path=rel, label=s['label'], category=s['cat'], description=desc.replace('\t', ' ').replace('\n', ' '),
                         lang=s['lang'], client=info['client'], arrival=s['arrival'].isoformat()))
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
        for part in msg.walk():
            if part.is_multipart():
                continue
            cs = part.get_content_charset()
            if cs:
                stats['cs'][cs.lower()] += 1
            stats['cte'][(part.get('Content-Transfer-Encoding') or '7bit').lower()] += 1
        import re
        mm = re.search(rb'METHOD:([A-Z]+)', data) or re.search(rb'TUVUSE9EO([A-Za-z0-9+/]{3})', data)
        meth = 'none'
        for part in msg.walk():
            ct = part.get_content_type()
            fn = (part.get_filename() or '').lower()
            if ct in ('text/calendar', 'application/ics') or fn.endswith('.ics'):
                body = part.get_payload(decode=True) or b''
                mt = re.search(rb'(?m)^METHOD:([A-Za-z]+)', body)
                meth = mt.group(1).decode() if mt else '(none)'
                break
        stats['meth'][s['label']][meth] += 1
    rows.sort(key=lambda r: r['path'])
    with open(os.path.join(out, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('path\tlabel\tcategory\tdescription\n')
        for r in rows:
            f.write('%s\t%s\t%s\t%s\n' % (r['path'], r['label'], r['category'], r['description']))
    secs = time.time() - t0
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(readme(rows, stats, secs) + '\n')
    cl = collections.Counter((r['label'], r['client']) for r in rows)
    print('wrote %d messages to %s in %.1fs' % (len(rows), out, secs))
    for c_ in TARGET:
        print('  %-12s spam %3d  ham %3d' % (c_, cl[('spam', c_)], cl[('ham', c_)]))


if __name__ == '__main__':
    main()
