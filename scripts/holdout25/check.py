#!/usr/bin/env python3
"""Structural check of the holdout25 corpus.  usage: python3 check.py [CORPUSDIR]  (default: out/ beside this file)"""
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def cal_texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or '').lower()
        if ct in ('text/calendar', 'application/ics') or fn.endswith('.ics'):
            raw = part.get_payload(decode=True) or b''
            cs = part.get_content_charset() or 'utf-8'
            cs = {'ks_c_5601-1987': 'cp949', 'windows-874': 'cp874', 'tis-620': 'cp874'}.get(cs.lower(), cs)
            try:
                out.append(raw.decode(cs, errors='replace'))
            except LookupError:
                out.append(raw.decode('utf-8', errors='replace'))
    return out


def check_file(path):
    errs = []
    data = open(path, 'rb').read()
    if re.search(rb'(?<!\r)\n', data):
        errs.append('bare LF in file')
    if re.search(rb'\r(?!\n)', data):
        errs.append('bare CR in file')
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as e:  # pragma: no cover
        return ['parse error: %s' % e]
    if msg.defects:
        errs.append('defects: %s' % msg.defects)
    for part in msg.walk():
        if part.defects:
            errs.append('part defects: %s' % part.defects)
    for h in ('Return-Path', 'Delivered-To', 'Authentication-Results', 'Received', 'From', 'Date', 'Subject'):
        if msg.get(h) is None:
            errs.append('missing header %s' % h)
    ar = msg.get('Authentication-Results', '')
    if not ar.startswith('mx.example.net;'):
        errs.append('first Authentication-Results not from mx.example.net')
    first_rcv = msg.get_all('Received')[0] if msg.get_all('Received') else ''
    if 'by mx.example.net' not in first_rcv:
        errs.append('first Received not by mx.example.net')
    cals = cal_texts(msg)
    if not cals:
        errs.append('no calendar part')
    ok = False
    for c in cals:
        if 'BEGIN:VCALENDAR' in c and 'END:VCALENDAR' in c and ('BEGIN:VEVENT' in c or 'BEGIN:VTODO' in c):
            ok = True
    if not ok:
        errs.append('no VCALENDAR with VEVENT/VTODO')
    return errs


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    files = []
    for label in ('spam', 'ham'):
        for dp, dn, fn in os.walk(os.path.join(root, label)):
            for f in fn:
                files.append(os.path.relpath(os.path.join(dp, f), root).replace(os.sep, '/'))
    files.sort()
    bad = 0
    for rel in files:
        errs = check_file(os.path.join(root, rel))
        if not rel.endswith('.eml'):
            errs.append('not an .eml file')
        if errs:
            bad += 1
            print('FAIL %s: %s' % (rel, '; '.join(errs)))
    # labels.tsv
    lab = os.path.join(root, 'labels.tsv')
    lines = open(lab, encoding='utf-8').read().split('\n')
    if lines[0] != 'path\tlabel\tcategory\tdescription':
        print('FAIL labels.tsv header'); bad += 1
    seen = {}
    for ln in lines[1:]:
        if not ln:
            continue
        cols = ln.split('\t')
        if len(cols) != 4:
            print('FAIL labels.tsv row: %r' % ln); bad += 1; continue
        p, label, cat, desc = cols
        seen[p] = seen.get(p, 0) + 1
        if label not in ('spam', 'ham') or not p.startswith(label + '/') or p.split('/')[1] != cat:
            print('FAIL labels.tsv inconsistent row: %r' % ln); bad += 1
        if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', cat):
            print('FAIL category not kebab-case: %s' % cat); bad += 1
    for p, n in seen.items():
        if n != 1:
            print('FAIL listed %d times: %s' % (n, p)); bad += 1
        if p not in files:
            print('FAIL listed but missing: %s' % p); bad += 1
    for f in files:
        if f not in seen:
            print('FAIL not listed: %s' % f); bad += 1
    if not os.path.exists(os.path.join(root, 'README.md')):
        print('FAIL README.md missing'); bad += 1
    nspam = sum(1 for f in files if f.startswith('spam/'))
    nham = sum(1 for f in files if f.startswith('ham/'))
    print('%d files (%d spam, %d ham), %d problems' % (len(files), nspam, nham, bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
