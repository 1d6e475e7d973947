#!/usr/bin/env python3
"""Generate corpus/holdout6 (160 spam + 160 ham iMIP messages) byte for byte.

Usage: python3 scripts/holdout6/gen.py            (writes corpus/holdout6/)
       build_corpus() returns {relative path: bytes} for check.py.
Python 3.11, standard library only. Each message draws from its own random.Random seeded with
"holdout6:<side>:<category>:<NNN>"; the corpus plan (languages, malformed picks) uses "holdout6:plan".
"""
import collections
import datetime as dt
import email
import email.policy
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from core import UTC, LANGS  # noqa: E402
from mail import Ctx  # noqa: E402
from layouts import render, CLIENT_NAMES  # noqa: E402
import spam  # noqa: E402
import ham  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
OUT = os.path.join(ROOT, 'corpus', 'holdout6')
LAST = dt.datetime(2026, 10, 31, 23, 0, tzinfo=UTC)
MALFORM_KINDS = ['lf-only', 'unfolded', 'no-end', 'no-uid', 'tzid-no-vtimezone', 'raw8bit-ascii', 'lf-only', 'no-end']
MALFORM_TEXT = {
    'lf-only': 'whole message uses bare LF line ends',
    'unfolded': 'iCalendar content lines longer than 75 octets, not folded',
    'no-end': 'iCalendar object truncated: END:VCALENDAR (and sometimes END:VEVENT) missing',
    'no-uid': 'VEVENT without UID',
    'tzid-no-vtimezone': 'TZID parameters without a matching VTIMEZONE',
    'raw8bit-ascii': 'raw 8-bit UTF-8 in a text/plain part declared us-ascii / 7bit',
}
LANG_ORDER = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'tr', 'ru', 'el', 'ar', 'he', 'ja', 'zh', 'ko']


def plan():
    """Decide language and malformation for every slot. Returns {(side, cat, n): (lang, malform)}."""
    pr = random.Random('holdout6:plan')
    out = {}
    for side, table in (('spam', spam.SPAM), ('ham', ham.HAM)):
        order = LANG_ORDER[:]
        pr.shuffle(order)
        k = 0
        slots = []
        for cat, count, fn, key, frac, years in table:
            non_en = set(pr.sample(range(1, count + 1), round(count * frac))) if key else set()
            for n in range(1, count + 1):
                if n in non_en:
                    lang = order[k % len(order)]
                    k += 1
                else:
                    lang = 'en'
                out[(side, cat, n)] = [lang, None]
                slots.append((cat, n, lang))
        chosen = []
        for kind in MALFORM_KINDS:
            pool = [s for s in slots if s not in chosen and (kind != 'raw8bit-ascii' or s[2] != 'en')
                    and s[0] not in ('forwarded',) and not any(c[0] == s[0] for c in chosen)]
            s = pr.choice(pool)
            chosen.append(s)
            out[(side, s[0], s[1])][1] = kind
    return out


def arrival_for(rng, cat, n, years):
    if cat == 'retail-sale':
        y = 2016 if n <= 6 else 2016 + (n - 6 + 1) // 2
        start, end = dt.datetime(y, 11, 15, tzinfo=UTC), dt.datetime(y, 12, 23, tzinfo=UTC)
    else:
        start = dt.datetime(years[0], 1, 1, tzinfo=UTC)
        end = min(dt.datetime(years[1], 12, 31, tzinfo=UTC), LAST)
    secs = rng.randrange(int((end - start).total_seconds()))
    return start + dt.timedelta(seconds=secs)


def build_corpus():
    """Return (files: {relpath: bytes}, rows: [(path, label, category, description)], meta: [dict])."""
    P = plan()
    files, rows, meta = {}, [], []
    for side, table in (('spam', spam.SPAM), ('ham', ham.HAM)):
        for cat, count, fn, key, frac, years in table:
            for n in range(1, count + 1):
                rng = random.Random('holdout6:%s:%s:%03d' % (side, cat, n))
                lang, malform = P[(side, cat, n)]
                arrival = arrival_for(rng, cat, n, years)
                ctx = Ctx(rng, side, cat, n, lang, arrival)
                ctx.malform = malform
                spec, desc = fn(ctx)
                spec['malform'] = malform
                msg = render(ctx, spec)
                if malform == 'lf-only':
                    msg = msg.replace('\r\n', '\n')
                data = msg.encode('latin-1')
                path = '%s/%s/%03d.eml' % (side, cat, n)
                files[path] = data
                client = spec['client'] if not spec.get('forward') else 'forward'
                if spec.get('list'):
                    client = 'list'
                d = '%s; lang=%s; client=%s' % (desc, lang, client)
                if malform:
                    d += '; malformed=%s' % malform
                rows.append((path, side, cat, d))
                meta.append(dict(path=path, side=side, cat=cat, lang=lang, client=client, malform=malform,
                                 inner_client=spec['client'], year=arrival.year, auth=spec['setup']))
    return files, rows, meta


def labels_tsv(rows):
    out = 'path\tlabel\tcategory\tdescription\n'
    for r in rows:
        out += '\t'.join(x.replace('\t', ' ') for x in r) + '\n'
    return out.encode('utf-8')


def encoding_stats(files):
    cs, cte = collections.Counter(), collections.Counter()
    hdr = collections.Counter()
    for p, data in files.items():
        m = email.message_from_bytes(data, policy=email.policy.compat32)
        raw_headers = data.split(b'\n\n', 1)[0].split(b'\r\n\r\n', 1)[0]
        if b'=?' in raw_headers:
            for token in (b'?B?', b'?b?', b'?Q?', b'?q?'):
                if token in raw_headers:
                    hdr['RFC 2047 ' + token.decode().upper().strip('?') + '-encoding'] += 1
        for part in m.walk():
            if part.get_content_maintype() == 'multipart':
                continue
            if part.get_content_type() == 'message/rfc822':
                continue
            c = part.get_content_charset()
            if c:
                cs[c.lower()] += 1
            cte[(part.get('Content-Transfer-Encoding') or '7bit (implicit)').lower()] += 1
    return cs, cte, hdr


def readme(files, rows, meta):
    cnt = collections.Counter((m['side'], m['cat']) for m in meta)
    L = ['# corpus/holdout6 — sealed exam corpus for calendar anti-spam', '',
         'Generated by `scripts/holdout6/gen.py` (Python 3.11, standard library only); `scripts/holdout6/check.py` regenerates',
         'the corpus in memory and compares it byte for byte. Do not edit files here by hand.', '',
         '**Licence: CC0 1.0 Universal** (public-domain dedication). All text was written for this corpus; the structure of the',
         'messages follows real client output, but no text was copied from any other corpus.', '',
         '%d messages: %d spam, %d ham. Every message is an RFC 5322 message that starts with the receiving MX\'s trace'
         % (len(meta), sum(1 for m in meta if m['side'] == 'spam'), sum(1 for m in meta if m['side'] == 'ham')),
         '(`Return-Path`, `Delivered-To`, one `Authentication-Results: mx.example.net; dkim=...; spf=...; dmarc=...`, the MX\'s',
         'Postfix `Received`, the sender\'s own `Received`), then a DKIM-Signature with a random placeholder signature (when the',
         'set-up signs), then the platform headers and the body. Each message carries at least one iCalendar object.', '',
         '`labels.tsv` lists every file with `path`, `label` (spam/ham), `category` and a description that names the scenario,',
         'the language, the sending layout and, if any, the deliberate malformation.', '',
         '## Categories', '', '| side | category | messages | what it is |', '|---|---|---|---|']
    for side, table, descs in (('spam', spam.SPAM, spam.SPAM_DESC), ('ham', ham.HAM, ham.HAM_DESC)):
        for cat, count, *_ in table:
            L.append('| %s | %s | %d | %s |' % (side, cat, cnt[(side, cat)], descs[cat]))
    L += ['', '## Languages', '', '| language | spam | ham |', '|---|---|---|']
    lc = collections.Counter((m['lang'], m['side']) for m in meta)
    for lang in ['en'] + LANG_ORDER:
        name = 'English' if lang == 'en' else LANGS[lang]['name']
        L.append('| %s (%s) | %d | %d |' % (name, lang, lc[(lang, 'spam')], lc[(lang, 'ham')]))
    L += ['', 'Non-English text was written natively for each language (Latin, Cyrillic, Greek, Arabic, Hebrew, Japanese,',
          'Chinese and Korean scripts). Legacy charsets are used where clients of that language use them.', '',
          '## Sending clients / layouts', '', '| layout | spam | ham |', '|---|---|---|']
    cc = collections.Counter((m['client'], m['side']) for m in meta)
    for c in CLIENT_NAMES:
        if cc[(c, 'spam')] or cc[(c, 'ham')]:
            L.append('| %s (`%s`) | %d | %d |' % (CLIENT_NAMES[c], c, cc[(c, 'spam')], cc[(c, 'ham')]))
    cs, cte, hdr = encoding_stats(files)
    L += ['', '## Encodings', '', 'Body-part charsets (number of MIME leaf parts):', '', '| charset | parts |', '|---|---|']
    for k, v in sorted(cs.items(), key=lambda kv: (-kv[1], kv[0])):
        L.append('| %s | %d |' % (k, v))
    L += ['', 'Content-Transfer-Encodings (MIME leaf parts):', '', '| encoding | parts |', '|---|---|']
    for k, v in sorted(cte.items(), key=lambda kv: (-kv[1], kv[0])):
        L.append('| %s | %d |' % (k, v))
    L += ['', 'Messages with RFC 2047 encoded words in the header block: %s.' % ', '.join('%s: %d' % kv for kv in sorted(hdr.items())), '']
    auth = collections.Counter()
    for m in meta:
        a = m['auth']
        auth[(m['side'], 'dkim=%s spf=%s dmarc=%s' % (a['dkim'], a['spf'], a['dmarc']))] += 1
    L += ['## Authentication results', '', 'The `Authentication-Results` header is truthful for the sender set-up: free mail, Google Calendar, iCloud,',
          'trial Microsoft 365 tenants, compromised partner mailboxes and look-alike domains with their own DKIM pass; brand',
          'spoofs from VPSes fail or have none; mailing-list copies break DKIM.', '', '| side | result | messages |', '|---|---|---|']
    for (side, k), v in sorted(auth.items()):
        L.append('| %s | %s | %d |' % (side, k, v))
    years = collections.Counter((m['year'], m['side']) for m in meta)
    L += ['', '## Arrival years', '', '| year | spam | ham |', '|---|---|---|']
    for y in range(2016, 2027):
        L.append('| %d | %d | %d |' % (y, years[(y, 'spam')], years[(y, 'ham')]))
    L += ['', 'Arrival dates run from 2016 to October 2026; event times are computed relative to each message\'s arrival.', '',
          '## Deliberately malformed messages', '', '| file | malformation |', '|---|---|']
    for m in meta:
        if m['malform']:
            L.append('| %s/%s | %s |' % (m['side'], m['path'].split('/', 1)[1], MALFORM_TEXT[m['malform']]))
    L += ['', 'All other files use CRLF line ends throughout.', '',
          '## How names, addresses and numbers were chosen', '',
          '- Recipients are at `example.net` (a few at `example.org` and `mail.example.net`, other domains the same MX serves).',
          '- Invented organisations use `.example` and `.test` domains (also `*.onmicrosoft.com` trial tenants and',
          '  `*.sharepoint.com` sites with invented tenant names). Real brand and platform names appear only as sending',
          '  platforms (Google, Microsoft, Apple, Yahoo, ESPs, URL shorteners, hosting and form services) or as impersonation',
          '  targets in spam.',
          '- Person names are drawn from small per-language lists of common given and family names; local parts are',
          '  romanised forms of the same names.',
          '- IP addresses come only from 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32.',
          '- Phone numbers come only from ranges reserved for fiction: NANP 555-0100..0199, UK 01632 960xxx and 07700 900xxx,',
          '  France 01 99 00 xx xx and 06 39 98 xx xx, Australia 02 5550 xxxx and 0491 570 xxx. Countries without such a range',
          '  reuse these numbers.',
          '- IBANs in BEC samples use check digits 00, which no real IBAN has. Bitcoin addresses are random strings.',
          '- Booking codes, amounts, message IDs, DKIM signatures and queue IDs are drawn from the per-message RNG.', '']
    return ('\n'.join(L)).encode('utf-8')


def all_outputs():
    files, rows, meta = build_corpus()
    out = {('corpus/holdout6/' + p): d for p, d in files.items()}
    out['corpus/holdout6/labels.tsv'] = labels_tsv(rows)
    out['corpus/holdout6/README.md'] = readme(files, rows, meta)
    return out, rows, meta


def main():
    out, rows, meta = all_outputs()
    for rel, data in out.items():
        path = os.path.join(ROOT, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'wb') as f:
            f.write(data)
    print('wrote %d files to %s' % (len(out), OUT))


if __name__ == '__main__':
    main()
