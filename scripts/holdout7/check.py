# -*- coding: utf-8 -*-
"""Verify corpus/holdout7: regenerate in memory and compare byte for byte, CRLF, labels, parsing, iCalendar presence.

    python3 scripts/holdout7/check.py      # exit 0 when everything holds
"""
import email
import email.policy
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402


def walk_calendars(msg):
    """Yield decoded text of every iCalendar-looking part, descending into message/rfc822."""
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            continue
        if part.is_multipart():
            continue
        fn = (part.get_filename() or '').lower()
        if ct in ('text/calendar', 'application/ics') or fn.endswith('.ics'):
            payload = part.get_payload(decode=True) or b''
            yield payload.decode('utf-8', 'replace')


def main():
    problems = []
    files = gen.build_all()
    out = gen.OUT
    on_disk = {}
    for dp, dn, fn in os.walk(out):
        for f in fn:
            full = os.path.join(dp, f)
            on_disk[os.path.relpath(full, out).replace(os.sep, '/')] = full
    for p in sorted(set(files) | set(on_disk)):
        if p not in on_disk:
            problems.append('missing on disk: ' + p)
        elif p not in files:
            problems.append('not produced by the generator: ' + p)
        else:
            with open(on_disk[p], 'rb') as f:
                if f.read() != files[p]:
                    problems.append('differs from regeneration: ' + p)
    # labels
    lines = files['labels.tsv'].decode('utf-8').split('\n')
    if lines[0] != 'path\tlabel\tcategory\tdescription':
        problems.append('labels.tsv header wrong')
    rows = [l.split('\t') for l in lines[1:] if l]
    labelled = {r[0] for r in rows}
    emls = {p for p in files if p.endswith('.eml')}
    if labelled != emls or len(rows) != len(labelled):
        problems.append('labels.tsv does not list exactly the .eml files')
    by_side = Counter()
    per_cat = Counter()
    per_lang = Counter()
    stats = {}
    for r in rows:
        if len(r) != 4:
            problems.append('bad labels row: %r' % r)
            continue
        path, label, cat = r[0], r[1], r[2]
        if not path.startswith(label + '/' + cat + '/') or label not in ('spam', 'ham'):
            problems.append('label/category mismatch: ' + path)
        by_side[label] += 1
        per_cat[(label, cat)] += 1
    for p in sorted(emls):
        data = files[p]
        i = data.find(b'\n')
        bare = [k for k in range(len(data)) if data[k:k + 1] == b'\n' and (k == 0 or data[k - 1:k] != b'\r')]
        if bare:
            problems.append('bare LF in %s (%d)' % (p, len(bare)))
        if not data.endswith(b'\r\n'):
            problems.append('no final CRLF: ' + p)
        try:
            msg = email.message_from_bytes(data, policy=email.policy.compat32)
        except Exception as e:  # noqa: BLE001
            problems.append('does not parse: %s (%s)' % (p, e))
            continue
        if msg.defects:
            problems.append('parser defects in %s: %s' % (p, msg.defects))
        ar = msg.get_all('Authentication-Results') or []
        if len(ar) != 1 or not ar[0].startswith('mx.example.net;'):
            problems.append('need exactly one Authentication-Results from mx.example.net: ' + p)
        if not data.startswith(b'Return-Path: '):
            problems.append('does not start with the MX trace: ' + p)
        cals = list(walk_calendars(msg))
        if not any('BEGIN:VCALENDAR' in c and ('BEGIN:VEVENT' in c or 'BEGIN:VTODO' in c) for c in cals):
            problems.append('no VCALENDAR with VEVENT/VTODO: ' + p)
    # languages from the generator's own bookkeeping
    _, mal = gen.plan()
    langs = Counter()
    for p in sorted(emls):
        pass
    import re
    readme = files['README.md'].decode('utf-8')
    if 'CC0 1.0' not in readme:
        problems.append('README lacks the licence')
    side_lang = {}
    for m in re.finditer(r'^\| (.+?) \(`([a-z]{2})`\) \| (\d+) \| (\d+) \| (\d+) \|$', readme, re.M):
        side_lang[m.group(2)] = (int(m.group(3)), int(m.group(4)))
    print('messages: spam %d, ham %d' % (by_side['spam'], by_side['ham']))
    if by_side['spam'] != 160 or by_side['ham'] != 160:
        problems.append('need 160 spam and 160 ham')
    print('\nper category:')
    for (side, cat), n in sorted(per_cat.items()):
        print('  %-5s %-18s %3d' % (side, cat, n))
    print('\nper language (spam, ham):')
    for k, (a, b) in sorted(side_lang.items(), key=lambda kv: -sum(kv[1])):
        print('  %-3s %3d %3d' % (k, a, b))
    non_en = [k for k in side_lang if k != 'en']
    en_total = sum(side_lang.get('en', (0, 0)))
    print('\nlanguages besides English: %d; English share %.1f%%' % (len(non_en), 100.0 * en_total / max(1, sum(by_side.values()))))
    if len(non_en) < 15:
        problems.append('fewer than 15 languages besides English')
    print('malformed on purpose: %d spam, %d ham' % (sum(1 for k in mal if k[0] == 'spam'), sum(1 for k in mal if k[0] == 'ham')))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for pr in problems[:200]:
            print('  ' + pr)
        sys.exit(1)
    print('\nOK: %d files identical to regeneration, CRLF throughout, every message parses and carries an iCalendar object' % len(files))


if __name__ == '__main__':
    main()
