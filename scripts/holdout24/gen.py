#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""holdout24 generator: writes a labelled corpus of calendar-invitation mail.

usage: python3 gen.py [OUTDIR]      (default: out/ beside this file)

Deterministic: fixed seed, Python 3 standard library only."""
import collections
import datetime as dt
import email
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h24base import Ctx                      # noqa: E402
from h24clients import render               # noqa: E402
import h24spam                               # noqa: E402
import h24ham                                # noqa: E402

SEED = 'holdout24-v1'
CLIENT_TARGET = dict(google=28, exchange=24, outlook=20, icloud=13, apple=9, thunderbird=10, zoom=7, nextcloud=7,
                     zimbra=7, yahoo=7, sogo=5, webapp=23)
START = dt.datetime(2016, 1, 4)
END = dt.datetime(2026, 11, 28)
LANG_NAMES = {'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'it': 'Italian', 'pt': 'Portuguese',
              'nl': 'Dutch', 'pl': 'Polish', 'cs': 'Czech', 'tr': 'Turkish', 'ru': 'Russian', 'el': 'Greek',
              'ar': 'Arabic', 'he': 'Hebrew', 'zh': 'Chinese (Simplified)', 'zh-tw': 'Chinese (Traditional)',
              'ja': 'Japanese', 'ko': 'Korean', 'hi': 'Hindi', 'th': 'Thai'}
CLIENT_NAMES = {
    'google': 'Google Calendar (Gmail / Workspace)', 'exchange': 'Exchange Online / Outlook.com / OWA / Teams',
    'outlook': 'Outlook desktop over SMTP', 'icloud': 'iCloud Calendar (server-sent)',
    'apple': 'Apple Calendar.app / iOS via Mail', 'thunderbird': 'Thunderbird (Lightning)',
    'zoom': 'Zoom (registration / meeting mail)', 'nextcloud': 'Nextcloud Calendar', 'zimbra': 'Zimbra',
    'yahoo': 'Yahoo Calendar', 'sogo': 'SOGo', 'webapp': 'Booking systems, CRMs, CMS plug-ins, bulk and hand-rolled tools'}


def assign_clients(cats, rng):
    remaining = dict(CLIENT_TARGET)
    slots = [(ci, mi) for ci, c in enumerate(cats) for mi in range(len(c[2]))]
    rng.shuffle(slots)
    slots.sort(key=lambda s: len(cats[s[0]][3]))
    used = collections.defaultdict(collections.Counter)
    res = {}
    for ci, mi in slots:
        allowed = cats[ci][3]

        def score(cl):
            base = remaining[cl] * allowed[cl] / (1.0 + 1.5 * used[ci][cl])
            if remaining[cl] <= 0:
                base = -10 + allowed[cl] / (1.0 + used[ci][cl])
            return (base, rng.random())
        best = max(sorted(allowed), key=score)
        remaining[best] -= 1
        used[ci][best] += 1
        res[(ci, mi)] = best
    return res


GENERIC_PRODIDS = ['-//hacksw/handcal//NONSGML v1.0//EN', '-//Ben Fortuna//iCal4j 1.0//EN', '-//ical.net//',
                   '-//eluceo/ical//2.0/EN', 'spatie/icalendar-generator', '-//My calendar product//mxm.dk//',
                   '-//ZContent.net//Zap Calendar 1.0//EN', 'icalendar-ruby', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
                   '-//Google Inc//Google Calendar 70.9054//EN', '-//Apple Inc.//Mac OS X 10.14.6//EN',
                   '-//PYVOBJECT//NONSGML Version 1//EN', '-//Sabre//Sabre VObject 4.5.4//EN', '']
LAYOUTS = ['mixed_html_ics', 'mixed_html_ics', 'alt3', 'mixed_alt_ics', 'mixed_text_ics', 'alt_text_cal', 'bare']


def webapp_defaults(M, rng):
    """Booking systems, CRMs, CMS plug-ins and hand-rolled scripts: same quirk rates for both labels."""
    if 'prodid' not in M:
        M['prodid'] = rng.choice(GENERIC_PRODIDS)
        if rng.random() < .3:
            # tools that brand themselves, or copy a big client's PRODID
            nm = (M['from'][0] or 'Calendar').replace('/', ' ')
            M['prodid'] = rng.choice(['-//%s//%s//EN' % (nm, rng.choice(['Calendar', 'Events', 'Notification Service', 'Booking'])),
                                      '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', '-//Google Inc//Google Calendar 70.9054//EN'])
    elif rng.random() < .4:
        # many legitimate systems just use a library's default PRODID
        M['prodid'] = rng.choice(GENERIC_PRODIDS)
    M.setdefault('layout', rng.choice(LAYOUTS))
    M.setdefault('webapp_order', rng.choice(['a', 'b', 'c']))
    M.setdefault('ics_name', rng.choice(['invite.ics', 'event.ics', 'calendar.ics', 'meeting.ics', 'ical.ics']))
    M.setdefault('cal_cte', rng.choice(['base64', 'base64', '7bit', 'quoted-printable', '8bit']))
    M.setdefault('cal_ctype', rng.choice(['text/calendar', 'text/calendar', 'text/calendar', 'application/ics', 'text/x-vcalendar']))
    q = set(M.get('quirks', ()))
    meth = M.get('method')
    if rng.random() < .25 and meth in (None, 'PUBLISH', 'REQUEST'):
        q.add('nomethod')
    if rng.random() < .12:
        M['method_param'] = rng.choice(['REQUEST', 'PUBLISH']) if meth in (None, 'PUBLISH', 'REQUEST') else 'REQUEST'
        if M['method_param'] == (meth or 'PUBLISH'):
            M['method_param'] = 'REQUEST' if M['method_param'] == 'PUBLISH' else 'PUBLISH'
    x = rng.random()
    if x < .2:
        q.add('nofold')
    elif x < .27:
        q.add('chars_fold')
    elif x < .31:
        q.add('split_fold')
    elif x < .36:
        q.add('tab_fold')
    if M['cal_cte'] == 'base64' and rng.random() < .3:
        q.add('lfb64')
    if rng.random() < .1:
        q.add('floating')
    if rng.random() < .06:
        q.add('raw8hdr')
    M['quirks'] = q


def arrivals(n, rng):
    span = (END - START).total_seconds()
    out = []
    for i in range(n):
        a = START + dt.timedelta(seconds=span * (i + rng.random()) / n)
        out.append(a.replace(microsecond=0))
    rng.shuffle(out)
    return out


OUTLOOK_LEGACY = {'ja': 'iso-2022-jp', 'ko': 'ks_c_5601-1987', 'zh': 'gb2312', 'zh-tw': 'big5', 'ru': 'koi8-r',
                  'el': 'iso-8859-7', 'ar': 'windows-1256', 'he': 'windows-1255', 'pl': 'iso-8859-2', 'cs': 'iso-8859-2',
                  'tr': 'iso-8859-9', 'th': 'tis-620', 'de': 'iso-8859-1', 'fr': 'iso-8859-1', 'es': 'iso-8859-1',
                  'it': 'iso-8859-1', 'pt': 'iso-8859-1', 'nl': 'iso-8859-1'}
WEB_LEGACY = {'ja': 'ISO-2022-JP', 'ko': 'EUC-KR', 'zh': 'GB2312', 'zh-tw': 'Big5', 'ru': 'windows-1251',
              'el': 'iso-8859-7', 'ar': 'windows-1256', 'he': 'windows-1255', 'pl': 'iso-8859-2', 'cs': 'windows-1250',
              'tr': 'iso-8859-9', 'th': 'TIS-620', 'de': 'iso-8859-15', 'fr': 'iso-8859-15', 'es': 'iso-8859-1',
              'it': 'iso-8859-1', 'pt': 'iso-8859-1', 'nl': 'iso-8859-1'}


def legacy_charset(client, lang, year):
    """Legacy (non-UTF-8) body charset the client would plausibly use, or None."""
    if lang == 'en':
        return None
    if client == 'outlook':
        return OUTLOOK_LEGACY.get(lang)
    if client == 'webapp':
        alt = {'ja': 'Shift_JIS', 'ru': 'KOI8-R', 'el': 'windows-1253', 'he': 'iso-8859-8', 'zh': 'GBK',
               'cs': 'iso-8859-2', 'de': 'windows-1252'}
        return alt[lang] if (lang in alt and year % 2) else WEB_LEGACY.get(lang)
    if client in ('apple', 'yahoo') and lang == 'ja':
        return 'ISO-2022-JP'
    if client == 'thunderbird' and year < 2020:
        return {'ja': 'ISO-2022-JP', 'zh': 'GB2312', 'zh-tw': 'Big5', 'ko': 'EUC-KR', 'ru': 'KOI8-R'}.get(lang)
    return None


def build(label, cats, outdir, rng_master):
    rows = []
    legacy_n = [0]
    clients = assign_clients(cats, random.Random(SEED + label + 'clients'))
    stats = collections.Counter()
    for ci, (cat, fn, langs, allowed) in enumerate(cats):
        r0 = random.Random('%s/%s/%s/order' % (SEED, label, cat))
        order = list(range(len(langs)))
        r0.shuffle(order)
        arr = arrivals(len(langs), random.Random('%s/%s/%s/arr' % (SEED, label, cat)))
        seen = collections.Counter()
        var_of = {}
        for mi in range(len(langs)):
            var_of[mi] = seen[langs[mi]]
            seen[langs[mi]] += 1
        d = os.path.join(outdir, label, cat)
        os.makedirs(d, exist_ok=True)
        for n, mi in enumerate(order, 1):
            lang = langs[mi]
            rng = random.Random('%s/%s/%s/%d' % (SEED, label, cat, mi))
            c = Ctx(rng, label, cat, lang, clients[(ci, mi)], arr[mi], mi, var_of[mi])
            M = fn(c)
            if M['client'] == 'webapp':
                webapp_defaults(M, rng)
            lc = legacy_charset(M['client'], M['lang'], M['arrival'].year)
            if lc and not M.get('fixed_charset'):
                M['charset'] = lc if legacy_n[0] % 3 != 2 else ('utf-8' if M['client'] == 'outlook' else 'UTF-8')
                legacy_n[0] += 1
                if M['charset'].upper() == 'ISO-2022-JP':
                    M['cte'] = '7bit'
                elif M['cte'] == '7bit':
                    M['cte'] = 'quoted-printable'
            data, S = render(M, rng)
            path = '%s/%s/%03d.eml' % (label, cat, n)
            with open(os.path.join(outdir, path), 'wb') as f:
                f.write(data)
            desc = M.get('desc_line', cat)
            rows.append((path, label, cat, '%s (%s)' % (desc, LANG_NAMES[lang])))
            stats[('client', M['client'])] += 1
            for part in email.message_from_bytes(data).walk():
                if part.get_content_maintype() == 'text':
                    stats[('charset', (part.get_content_charset() or 'us-ascii').lower())] += 1
                if not part.is_multipart():
                    stats[('cte', (part.get('Content-Transfer-Encoding') or '7bit').lower())] += 1
            stats[('lang', lang)] += 1
    return rows, stats


def readme(outdir, rows, stats, cats_s, cats_h):
    L = []
    L.append('# holdout24 - sealed exam corpus of calendar invitations\n')
    L.append('A labelled test corpus of %d e-mail messages (RFC 5322 `.eml`) that carry iCalendar objects '
             '(RFC 5545/5546/6047): %d spam/fraud and %d legitimate (ham). It is meant to be run once, as an exam, '
             'against a calendar anti-spam filter that has never seen it.\n' % (
                 len(rows), sum(1 for r in rows if r[1] == 'spam'), sum(1 for r in rows if r[1] == 'ham')))
    L.append('Every message was generated by `gen.py` (deterministic, fixed seed, Python 3 standard library only); '
             'no message was copied from anywhere. Persons, companies, domains, phone numbers, account numbers and URLs '
             'are invented; real brand and service names appear only in text, in look-alike domains and as the names '
             'of the services whose mail format is reproduced. IP addresses are from the documentation ranges '
             '(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32).\n')
    L.append('## Layout\n\n- `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`\n'
             '- `labels.tsv`: `path<TAB>label<TAB>category<TAB>description`, one line per message, path relative to this directory\n\n'
             'Each message starts with the trace written by the receiving MX `mx.example.net` (Return-Path, Delivered-To, '
             'Authentication-Results, Received); only those headers are trustworthy. Below them are the sender side\'s own '
             'Received lines, DKIM signatures and the client\'s headers. Arrival dates run from January 2016 to November 2026; '
             'event dates are relative to arrival.\n')
    for lab, cats in (('spam', cats_s), ('ham', cats_h)):
        L.append('## %s categories\n' % lab.capitalize())
        L.append('| category | count | what it is |\n|---|---:|---|')
        for cat, fn, langs, allowed in cats:
            L.append('| `%s` | %d | %s |' % (cat, len(langs), CAT_DOC[cat]))
        L.append('| **total** | **%d** | |\n' % sum(len(c[2]) for c in cats))
    L.append('## Languages\n')
    L.append('| language | spam | ham |\n|---|---:|---:|')
    for code, name in LANG_NAMES.items():
        L.append('| %s | %d | %d |' % (name, stats['spam'][('lang', code)], stats['ham'][('lang', code)]))
    cs = collections.Counter()
    ct = collections.Counter()
    for lab in ('spam', 'ham'):
        for k, v in stats[lab].items():
            if k[0] == 'charset':
                cs[k[1]] += v
            if k[0] == 'cte':
                ct[k[1]] += v
    L.append('\nCharsets of text parts (number of parts): %s. Transfer encodings of leaf parts: %s. Calendar parts are '
             'UTF-8 as RFC 5545 wants, body parts follow what each client does for the language.\n' % (
                 ', '.join('%s (%d)' % kv for kv in sorted(cs.items(), key=lambda x: -x[1])),
                 ', '.join('%s (%d)' % kv for kv in sorted(ct.items(), key=lambda x: -x[1]))))
    L.append('## Sending clients and services\n')
    L.append('Both labels are spread over the same clients in nearly the same proportions, so the client alone says '
             'nothing about the label.\n')
    L.append('| client / service family | spam | ham |\n|---|---:|---:|')
    for cl, name in CLIENT_NAMES.items():
        L.append('| %s | %d | %d |' % (name, stats['spam'][('client', cl)], stats['ham'][('client', cl)]))
    L.append('\nThe reproduction of each client\'s MIME layout, header order and iCalendar style is from memory of real '
             'mail and may differ in detail from current versions of those products.\n')
    L.append('## Licence\n\nCC0 1.0 Universal (public domain dedication). Everything in this corpus was written or '
             'generated by the author of `gen.py`; no message was copied from any source.\n')
    L.append('## Regenerating\n\n`python3 gen.py [OUTDIR]` rewrites the corpus byte for byte; `python3 check.py [OUTDIR]` '
             'verifies it.\n')
    with open(os.path.join(outdir, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L))


CAT_DOC = {}
CAT_DOC.update(h24spam.CAT_DOC if hasattr(h24spam, 'CAT_DOC') else {})
CAT_DOC.update(h24ham.CAT_DOC if hasattr(h24ham, 'CAT_DOC') else {})


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    outdir = os.path.abspath(outdir)
    for sub in ('spam', 'ham'):
        p = os.path.join(outdir, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
    os.makedirs(outdir, exist_ok=True)
    rows_s, st_s = build('spam', h24spam.SPAM_CATS, outdir, None)
    rows_h, st_h = build('ham', h24ham.HAM_CATS, outdir, None)
    rows = rows_s + rows_h
    with open(os.path.join(outdir, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('path\tlabel\tcategory\tdescription\n')
        for r in rows:
            f.write('\t'.join(x.replace('\t', ' ') for x in r) + '\n')
    readme(outdir, rows, {'spam': st_s, 'ham': st_h}, h24spam.SPAM_CATS, h24ham.HAM_CATS)
    print('wrote %d messages (%d spam, %d ham) to %s' % (len(rows), len(rows_s), len(rows_h), outdir))


if __name__ == '__main__':
    main()
