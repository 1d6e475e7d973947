#!/usr/bin/env python3
"""Verify the holdout9 corpus in ./out/.

Checks, for every .eml file:
  * it parses with Python's email package (policy=default) without defects
    that stop parsing, and has From, Date and a Content-Type;
  * the raw file uses CRLF line ends only (no bare LF, no bare CR);
  * it carries at least one iCalendar object (text/calendar, application/ics
    or an *.ics attachment, also inside attached messages) whose decoded text
    contains BEGIN:VCALENDAR ... END:VCALENDAR and at least one VEVENT or VTODO;
  * the first headers are the ones the receiving MX writes
    (Return-Path, Delivered-To, Authentication-Results mx.example.net, Received by mx.example.net).
And for labels.tsv:
  * header line is exactly path/label/category/description;
  * every .eml under out/ is listed exactly once, every listed file exists,
    label matches the top directory, category matches the second directory.
Exit status 0 when everything passes.
"""
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The repository keeps the output in corpus/holdout9; HOLDOUT9_OUT=that path regenerates or checks it in place.
OUT = os.environ.get('HOLDOUT9_OUT', os.path.join(HERE, 'out'))


def cal_texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = (part.get_filename() or '').lower()
        if ctype in ('text/calendar', 'application/ics', 'text/x-vcalendar') or fname.endswith('.ics'):
            data = part.get_payload(decode=True) or b''
            cs = part.get_content_charset() or 'utf-8'
            try:
                txt = data.decode(cs)
            except (LookupError, UnicodeDecodeError):
                txt = data.decode('utf-8', 'replace')
            out.append(txt)
    return out


def valid_ical(txt):
    # unfold (CRLF or LF followed by space/tab) and inspect component structure
    t = re.sub(r'\r?\n[ \t]', '', txt)
    lines = [l.strip() for l in re.split(r'\r?\n', t)]
    if 'BEGIN:VCALENDAR' not in lines or 'END:VCALENDAR' not in lines:
        return False
    if lines.index('BEGIN:VCALENDAR') > lines.index('END:VCALENDAR'):
        return False
    return any(l in ('BEGIN:VEVENT', 'BEGIN:VTODO') for l in lines) and \
        any(l in ('END:VEVENT', 'END:VTODO') for l in lines)


def check_file(path):
    errs = []
    raw = open(path, 'rb').read()
    if re.search(rb'(?<!\r)\n', raw):
        errs.append('bare LF in file')
    if re.search(rb'\r(?!\n)', raw):
        errs.append('bare CR in file')
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
    except Exception as e:  # pragma: no cover
        return ['parse error: %r' % e]
    for h in ('From', 'Date', 'Content-Type'):
        if msg[h] is None:
            errs.append('missing %s' % h)
    keys = [k for k in msg.keys()[:4]]
    if keys != ['Return-Path', 'Delivered-To', 'Authentication-Results', 'Received']:
        errs.append('unexpected leading headers %r' % keys)
    else:
        if not str(msg.get_all('Authentication-Results')[0]).startswith('mx.example.net;'):
            errs.append('Authentication-Results not from mx.example.net')
        if 'by mx.example.net (Postfix)' not in str(msg.get_all('Received')[0]):
            errs.append('first Received not by mx.example.net')
    try:
        for part in msg.walk():
            part.get_content_type()
            if not part.is_multipart():
                part.get_payload(decode=True)
    except Exception as e:
        errs.append('walk error: %r' % e)
    cals = cal_texts(msg)
    if not cals:
        errs.append('no calendar part')
    elif not any(valid_ical(c) for c in cals):
        errs.append('no valid VCALENDAR with VEVENT/VTODO')
    return errs


def main():
    failures = 0
    files = []
    for root, dirs, fnames in os.walk(OUT):
        for f in fnames:
            if f.endswith('.eml'):
                files.append(os.path.relpath(os.path.join(root, f), OUT).replace(os.sep, '/'))
    files.sort()
    for rel in files:
        errs = check_file(os.path.join(OUT, rel))
        if errs:
            failures += 1
            print('FAIL %s: %s' % (rel, '; '.join(errs)))
    # labels.tsv
    lab_path = os.path.join(OUT, 'labels.tsv')
    rows = open(lab_path, encoding='utf-8').read().split('\n')
    if rows[0] != 'path\tlabel\tcategory\tdescription':
        print('FAIL labels.tsv header: %r' % rows[0])
        failures += 1
    seen = {}
    for n, r in enumerate(rows[1:], 2):
        if not r:
            continue
        cols = r.split('\t')
        if len(cols) != 4:
            print('FAIL labels.tsv line %d: %d columns' % (n, len(cols)))
            failures += 1
            continue
        p, label, cat, desc = cols
        seen[p] = seen.get(p, 0) + 1
        parts = p.split('/')
        if label not in ('spam', 'ham') or parts[0] != label or parts[1] != cat:
            print('FAIL labels.tsv line %d: label/category mismatch for %s' % (n, p))
            failures += 1
        if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', cat):
            print('FAIL labels.tsv line %d: category not kebab-case: %s' % (n, cat))
            failures += 1
        if not desc.strip():
            print('FAIL labels.tsv line %d: empty description' % n)
            failures += 1
    for p, c in seen.items():
        if c != 1:
            print('FAIL labels.tsv lists %s %d times' % (p, c))
            failures += 1
        if p not in files:
            print('FAIL labels.tsv lists missing file %s' % p)
            failures += 1
    for p in files:
        if p not in seen:
            print('FAIL %s not in labels.tsv' % p)
            failures += 1
    n_spam = sum(1 for p in files if p.startswith('spam/'))
    n_ham = sum(1 for p in files if p.startswith('ham/'))
    print('%d files (%d spam, %d ham), %d labels; %s' % (len(files), n_spam, n_ham, len(seen),
                                                        'ALL CHECKS PASSED' if not failures else '%d FAILURES' % failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
