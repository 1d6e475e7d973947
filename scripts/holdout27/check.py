#!/usr/bin/env python3
"""Verify the holdout27 corpus.

usage: python3 check.py [CORPUSDIR]     (default: out/ beside this file)

Checks: every .eml parses with the email package; carries at least one iCalendar object with
BEGIN:VCALENDAR/END:VCALENDAR and at least one VEVENT or VTODO; all line ends are CRLF;
labels.tsv lists every file exactly once with a valid label and category.
"""
import codecs
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ALIASES = {'windows-874': 'cp874', 'iso-8859-8-i': 'iso-8859-8', 'ks_c_5601-1987': 'euc_kr'}


def decode(part):
    data = part.get_payload(decode=True)
    if data is None:
        return None
    cs = (part.get_content_charset() or 'utf-8').lower()
    cs = ALIASES.get(cs, cs)
    try:
        codecs.lookup(cs)
    except LookupError:
        cs = 'utf-8'
    return data.decode(cs, errors='replace')


def calendars(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or '').lower()
        if ct in ('text/calendar', 'application/ics', 'text/x-vcalendar') or fn.endswith('.ics') or (
                ct == 'application/octet-stream' and fn.endswith('.ics')):
            txt = decode(part)
            if txt:
                out.append(txt)
    return out


def check_file(path):
    errs = []
    raw = open(path, 'rb').read()
    # CRLF everywhere: no bare LF, no bare CR
    if re.search(rb'(?<!\r)\n', raw):
        errs.append('bare LF line end')
    if re.search(rb'\r(?!\n)', raw):
        errs.append('bare CR')
    if not raw.endswith(b'\r\n'):
        errs.append('does not end with CRLF')
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception as ex:  # pragma: no cover
        return ['parse error: %r' % ex]
    if msg.defects:
        errs.append('top-level defects: %s' % [type(d).__name__ for d in msg.defects])
    for h in ('From', 'Date', 'Message-ID', 'Subject', 'Return-Path', 'Delivered-To', 'Authentication-Results', 'Received'):
        if msg.get(h) is None and msg.get(h.lower()) is None:
            errs.append('missing header %s' % h)
    ar = msg.get('Authentication-Results', '')
    if not str(ar).startswith('mx.example.net'):
        errs.append('first Authentication-Results not from mx.example.net')
    cals = calendars(msg)
    if not cals:
        errs.append('no iCalendar part')
    ok = False
    for c in cals:
        lines = [ln.strip() for ln in c.replace('\r\n', '\n').split('\n')]
        if 'BEGIN:VCALENDAR' in lines and 'END:VCALENDAR' in lines and (
                'BEGIN:VEVENT' in lines or 'BEGIN:VTODO' in lines):
            ok = True
    if cals and not ok:
        errs.append('no VCALENDAR with VEVENT/VTODO')
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            part.get_payload(decode=True)
        except Exception as ex:
            errs.append('payload decode error: %r' % ex)
    return errs


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    files = []
    for d, _, fs in os.walk(root):
        for f in fs:
            if f.endswith('.eml'):
                files.append(os.path.relpath(os.path.join(d, f), root).replace(os.sep, '/'))
    files.sort()
    bad = 0
    for rel in files:
        errs = check_file(os.path.join(root, rel))
        if errs:
            bad += 1
            print('FAIL %s: %s' % (rel, '; '.join(errs)))
    # labels
    lab = os.path.join(root, 'labels.tsv')
    seen = {}
    lerr = 0
    with open(lab, encoding='utf-8') as f:
        header = f.readline().rstrip('\n')
        if header != 'path\tlabel\tcategory\tdescription':
            print('FAIL labels.tsv header: %r' % header)
            lerr += 1
        for n, line in enumerate(f, 2):
            cols = line.rstrip('\n').split('\t')
            if len(cols) != 4:
                print('FAIL labels.tsv line %d: %d columns' % (n, len(cols)))
                lerr += 1
                continue
            p, label, cat, desc = cols
            seen[p] = seen.get(p, 0) + 1
            if label not in ('spam', 'ham'):
                print('FAIL labels.tsv line %d: bad label %r' % (n, label))
                lerr += 1
            if not p.startswith(label + '/' + cat + '/'):
                print('FAIL labels.tsv line %d: path/label/category mismatch' % n)
                lerr += 1
            if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', cat):
                print('FAIL labels.tsv line %d: category not kebab-case' % n)
                lerr += 1
            if not desc.strip():
                print('FAIL labels.tsv line %d: empty description' % n)
                lerr += 1
    for p, c in seen.items():
        if c != 1:
            print('FAIL labels.tsv lists %s %d times' % (p, c))
            lerr += 1
        if p not in files:
            print('FAIL labels.tsv lists missing file %s' % p)
            lerr += 1
    for p in files:
        if p not in seen:
            print('FAIL file not in labels.tsv: %s' % p)
            lerr += 1
    if not os.path.exists(os.path.join(root, 'README.md')):
        print('FAIL README.md missing')
        lerr += 1
    spam = sum(1 for p in files if p.startswith('spam/'))
    ham = sum(1 for p in files if p.startswith('ham/'))
    print('%d files (%d spam, %d ham), %d with errors, %d label errors' % (len(files), spam, ham, bad, lerr))
    sys.exit(1 if bad or lerr else 0)


if __name__ == '__main__':
    main()
