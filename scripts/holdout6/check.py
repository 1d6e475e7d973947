#!/usr/bin/env python3
"""Check corpus/holdout6: regenerate in memory and compare byte for byte, CRLF line ends, labels.tsv lists
exactly the files, every message parses with the email package and carries a VCALENDAR with a VEVENT (or
VTODO); print counts per category and language. Exit status is non-zero on any problem."""
import collections
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

ROOT = gen.ROOT
BASE = os.path.join(ROOT, 'corpus', 'holdout6')


def calendars(msg):
    """Yield decoded iCalendar texts from text/calendar, application/ics and *.ics parts (message/rfc822 included)."""
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or '').lower()
        if ct in ('text/calendar', 'application/ics') or fn.endswith('.ics'):
            data = part.get_payload(decode=True) or b''
            yield data.decode('utf-8', 'replace')


def main():
    problems = []
    expected, rows, meta = gen.all_outputs()
    # 1. byte-for-byte comparison with what is on disk
    on_disk = set()
    for dirpath, _, names in os.walk(BASE):
        for n in names:
            on_disk.add(os.path.relpath(os.path.join(dirpath, n), ROOT).replace(os.sep, '/'))
    for rel in sorted(set(expected) | on_disk):
        if rel not in expected:
            problems.append('unexpected file on disk: ' + rel)
            continue
        if rel not in on_disk:
            problems.append('missing on disk: ' + rel)
            continue
        with open(os.path.join(ROOT, rel), 'rb') as f:
            if f.read() != expected[rel]:
                problems.append('differs from regenerated output: ' + rel)
    # 2. labels.tsv lists exactly the .eml files
    with open(os.path.join(BASE, 'labels.tsv'), 'rb') as f:
        lab = f.read().decode('utf-8').split('\n')
    if lab[0] != 'path\tlabel\tcategory\tdescription':
        problems.append('labels.tsv header wrong: %r' % lab[0])
    listed = {}
    for ln in lab[1:]:
        if not ln:
            continue
        cols = ln.split('\t')
        if len(cols) != 4:
            problems.append('labels.tsv row has %d columns: %r' % (len(cols), ln[:60]))
            continue
        path, label, cat, desc = cols
        if path in listed:
            problems.append('listed twice: ' + path)
        listed[path] = (label, cat, desc)
        if not re.fullmatch(r'(spam|ham)/[a-z0-9-]+/\d{3}\.eml', path) or path.split('/')[0] != label or path.split('/')[1] != cat:
            problems.append('bad label row: ' + ln[:80])
    emls = {p[len('corpus/holdout6/'):] for p in on_disk if p.endswith('.eml')}
    for p in sorted(emls - set(listed)):
        problems.append('file not in labels.tsv: ' + p)
    for p in sorted(set(listed) - emls):
        problems.append('labels.tsv lists a missing file: ' + p)
    # 3. per-message checks
    cat_count = collections.Counter()
    lang_count = collections.Counter()
    comp_count = collections.Counter()
    for p in sorted(emls):
        with open(os.path.join(BASE, p), 'rb') as f:
            data = f.read()
        label, cat, desc = listed.get(p, ('?', '?', ''))
        lf_only = 'malformed=lf-only' in desc
        if lf_only:
            if b'\r\n' in data:
                problems.append('%s: declared LF-only but has CRLF' % p)
        elif re.search(rb'(?<!\r)\n', data) or re.search(rb'\r(?!\n)', data):
            problems.append('%s: bare LF or CR (not CRLF)' % p)
        try:
            msg = email.message_from_bytes(data, policy=email.policy.compat32)
        except Exception as e:  # pragma: no cover
            problems.append('%s: email parse error %s' % (p, e))
            continue
        if msg.defects:
            problems.append('%s: parser defects %s' % (p, msg.defects))
        head = data.split(b'\n', 1)[0].rstrip(b'\r')
        if not head.startswith(b'Return-Path: <'):
            problems.append('%s: does not start with the MX trace' % p)
        top = data.split(b'\r\n\r\n', 1)[0] if not lf_only else data.split(b'\n\n', 1)[0]
        if top.count(b'\nAuthentication-Results: mx.example.net;') != 1:
            problems.append('%s: needs exactly one Authentication-Results from mx.example.net' % p)
        if not msg.get('From') or not msg.get('Date') or not msg.get('Message-ID'):
            problems.append('%s: missing From/Date/Message-ID' % p)
        cals = list(calendars(msg))
        if not any('BEGIN:VCALENDAR' in c and ('BEGIN:VEVENT' in c or 'BEGIN:VTODO' in c) for c in cals):
            problems.append('%s: no VCALENDAR with a VEVENT/VTODO' % p)
        for c in cals:
            for comp in ('VEVENT', 'VTODO'):
                if 'BEGIN:' + comp in c:
                    comp_count[comp] += 1
        m = re.search(r'lang=([a-z]{2})', desc)
        lang_count[(label, m.group(1) if m else '?')] += 1
        cat_count[(label, cat)] += 1
    sides = collections.Counter(l for l, c in cat_count.elements())
    if sides['spam'] != 160 or sides['ham'] != 160:
        problems.append('expected 160 spam and 160 ham, got %s' % dict(sides))
    print('per category:')
    for (label, cat), n in sorted(cat_count.items()):
        print('  %-5s %-18s %3d' % (label, cat, n))
    print('per language (spam / ham):')
    langs = sorted({l for _, l in lang_count})
    for l in langs:
        print('  %-3s %3d / %3d' % (l, lang_count[('spam', l)], lang_count[('ham', l)]))
    print('totals: spam %d, ham %d; calendar parts with VEVENT %d, with VTODO %d' % (sides['spam'], sides['ham'], comp_count['VEVENT'], comp_count['VTODO']))
    if problems:
        print('\n%d problem(s):' % len(problems))
        for pr in problems[:200]:
            print('  ' + pr)
        return 1
    print('OK: regenerated byte for byte, CRLF, labels complete, all messages parse and carry a calendar')
    return 0


if __name__ == '__main__':
    sys.exit(main())
