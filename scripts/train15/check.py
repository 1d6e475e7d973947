#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verify the corpus: every .eml parses, has CRLF line ends, carries an iCalendar object with
BEGIN/END:VCALENDAR and a VEVENT or VTODO; labels.tsv lists every file exactly once.
Usage: python3 check.py [CORPUS_DIR]   (default: out/ beside this file).  CC0 1.0."""
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CAL_TYPES = ('text/calendar', 'application/ics', 'application/octet-stream')


def cal_texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or '').lower()
        if ct in CAL_TYPES or fn.endswith('.ics'):
            raw = part.get_payload(decode=True) or b''
            cs = part.get_content_charset() or 'utf-8'
            try:
                txt = raw.decode(cs, errors='replace')
            except LookupError:
                txt = raw.decode('utf-8', errors='replace')
            out.append(txt)
    return out


def check_file(path):
    errs = []
    data = open(path, 'rb').read()
    if re.search(rb'(?<!\r)\n', data):
        errs.append('bare LF line ending')
    if re.search(rb'\r(?!\n)', data):
        errs.append('bare CR')
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as e:  # pragma: no cover
        return ['parse error: %s' % e]
    if msg.defects:
        errs.append('defects: %s' % msg.defects)
    for h in ('From', 'Date', 'Message-ID', 'Subject'):
        if msg.get(h) is None and not (h == 'Message-ID'):
            errs.append('missing %s' % h)
    if not (msg.get('Authentication-Results', '').startswith('mx.example.net')):
        errs.append('Authentication-Results not from mx.example.net first')
    cals = cal_texts(msg)
    if not cals:
        errs.append('no calendar part')
    ok = False
    for t in cals:
        u = t.replace('\r\n', '\n')
        if 'BEGIN:VCALENDAR' in u and 'END:VCALENDAR' in u and ('BEGIN:VEVENT' in u or 'BEGIN:VTODO' in u):
            ok = True
    if cals and not ok:
        errs.append('calendar part lacks VCALENDAR/VEVENT|VTODO')
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
    with open(lab, encoding='utf-8') as f:
        header = f.readline().rstrip('\n')
        if header != 'path\tlabel\tcategory\tdescription':
            print('FAIL labels.tsv header: %r' % header)
            bad += 1
        for n, line in enumerate(f, 2):
            cols = line.rstrip('\n').split('\t')
            if len(cols) != 4:
                print('FAIL labels.tsv line %d: %d columns' % (n, len(cols)))
                bad += 1
                continue
            p, label, cat, desc = cols
            seen[p] = seen.get(p, 0) + 1
            if label not in ('spam', 'ham') or not p.startswith(label + '/'):
                print('FAIL labels.tsv line %d: label %r / path %r' % (n, label, p))
                bad += 1
            if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', cat) or p.split('/')[1] != cat:
                print('FAIL labels.tsv line %d: category %r' % (n, cat))
                bad += 1
    for p, c in seen.items():
        if c != 1:
            print('FAIL labels.tsv lists %s %d times' % (p, c))
            bad += 1
        if p not in files:
            print('FAIL labels.tsv lists missing file %s' % p)
            bad += 1
    for p in files:
        if p not in seen:
            print('FAIL %s not in labels.tsv' % p)
            bad += 1
    n_spam = sum(1 for p in files if p.startswith('spam/'))
    n_ham = sum(1 for p in files if p.startswith('ham/'))
    print('%d files (%d spam, %d ham), %d problems' % (len(files), n_spam, n_ham, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
