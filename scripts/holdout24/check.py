#!/usr/bin/env python3
"""Verify the holdout24 corpus.

usage: python3 check.py [CORPUSDIR]    (default: out/ beside this file)

Checks, for every .eml under spam/ and ham/:
  * the file parses with the stdlib email package (no defects that stop parsing)
  * every line ends in CRLF (no bare LF / bare CR in the raw file)
  * at least one iCalendar object (any MIME part, also inside message/rfc822)
    with BEGIN:VCALENDAR ... END:VCALENDAR and at least one VEVENT or VTODO
and that labels.tsv has the right header and lists every file exactly once."""
import collections
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def decode_part(part):
    try:
        raw = part.get_payload(decode=True)
    except Exception:
        raw = None
    if raw is None:
        p = part.get_payload()
        raw = p.encode('utf-8', 'replace') if isinstance(p, str) else b''
    return raw


def calendars(msg):
    """Yield decoded text of every part that contains an iCalendar object."""
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            continue
        raw = decode_part(part)
        if b'BEGIN:VCALENDAR' not in raw.upper():
            continue
        cs = part.get_content_charset() or 'utf-8'
        try:
            txt = raw.decode(cs, 'replace')
        except LookupError:
            txt = raw.decode('utf-8', 'replace')
        yield ct, txt


def ical_ok(txt):
    t = re.sub(r'\r?\n[ \t]', '', txt)  # unfold
    lines = [l.strip().upper() for l in re.split(r'\r?\n', t)]
    if 'BEGIN:VCALENDAR' not in lines or 'END:VCALENDAR' not in lines:
        return False
    if lines.index('BEGIN:VCALENDAR') > max(i for i, l in enumerate(lines) if l == 'END:VCALENDAR'):
        return False
    return any(l in ('BEGIN:VEVENT', 'BEGIN:VTODO') for l in lines) and \
        any(l in ('END:VEVENT', 'END:VTODO') for l in lines)


def check_file(path):
    errs = []
    data = open(path, 'rb').read()
    if re.search(rb'(?<!\r)\n', data):
        errs.append('bare LF in file')
    if re.search(rb'\r(?!\n)', data):
        errs.append('bare CR in file')
    if not data.endswith(b'\r\n'):
        errs.append('no final CRLF')
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as e:  # pragma: no cover
        return ['parse error: %r' % e]
    for h in ('From', 'Date', 'Message-ID', 'Return-Path', 'Delivered-To', 'Authentication-Results', 'Received'):
        if msg.get(h) is None:
            errs.append('missing header %s' % h)
    keys = list(msg.keys())
    if keys[:4] != ['Return-Path', 'Delivered-To', 'Authentication-Results', 'Received'] or \
            'by mx.example.net' not in msg.get_all('Received')[0]:
        errs.append('MX trace headers not on top: %s' % keys[:4])
    try:
        msg2 = email.message_from_bytes(data, policy=email.policy.default)
        for part in msg2.walk():
            part.get_content_type()
        str(msg2['Subject'])
    except Exception as e:
        errs.append('modern policy error: %r' % e)
    found = 0
    for ct, txt in calendars(msg):
        if ical_ok(txt):
            found += 1
    if not found:
        errs.append('no valid iCalendar object with VEVENT/VTODO')
    return errs


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    root = os.path.abspath(root)
    files = []
    for lab in ('spam', 'ham'):
        for dp, dn, fn in os.walk(os.path.join(root, lab)):
            for f in fn:
                if f.endswith('.eml'):
                    files.append(os.path.relpath(os.path.join(dp, f), root).replace(os.sep, '/'))
    files.sort()
    bad = 0
    for f in files:
        errs = check_file(os.path.join(root, f))
        if errs:
            bad += 1
            print('FAIL %s: %s' % (f, '; '.join(errs)))
    # labels
    lab_path = os.path.join(root, 'labels.tsv')
    problems = []
    if not os.path.exists(lab_path):
        problems.append('labels.tsv missing')
    else:
        rows = open(lab_path, encoding='utf-8').read().split('\n')
        if rows[-1] == '':
            rows = rows[:-1]
        if rows[0] != 'path\tlabel\tcategory\tdescription':
            problems.append('bad header in labels.tsv')
        seen = collections.Counter()
        for i, r in enumerate(rows[1:], 2):
            cols = r.split('\t')
            if len(cols) != 4:
                problems.append('labels.tsv line %d: %d columns' % (i, len(cols)))
                continue
            p, l, c, d = cols
            seen[p] += 1
            if l not in ('spam', 'ham'):
                problems.append('line %d: bad label %r' % (i, l))
            if not p.startswith(l + '/' + c + '/'):
                problems.append('line %d: path/label/category mismatch' % i)
            if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', c):
                problems.append('line %d: category not kebab-case' % i)
            if not d.strip():
                problems.append('line %d: empty description' % i)
        for p, n in seen.items():
            if n != 1:
                problems.append('%s listed %d times' % (p, n))
            if p not in files:
                problems.append('%s listed but missing' % p)
        for f in files:
            if f not in seen:
                problems.append('%s not in labels.tsv' % f)
    for p in problems:
        print('FAIL labels: %s' % p)
    cnt = collections.Counter(f.split('/')[0] for f in files)
    print('%d files (%d spam, %d ham), %d failing, %d label problems' % (
        len(files), cnt['spam'], cnt['ham'], bad, len(problems)))
    sys.exit(1 if bad or problems else 0)


if __name__ == '__main__':
    main()
