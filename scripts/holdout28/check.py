#!/usr/bin/env python3
"""Verify the holdout28 corpus.

usage: python3 check.py [corpus-dir]     (default: out/ beside this file)

Checks: every .eml parses with the email package, uses CRLF line ends only, carries at least one
iCalendar object with BEGIN:VCALENDAR/END:VCALENDAR and a VEVENT or VTODO; labels.tsv lists every file
exactly once with a valid label and a category matching the path.
"""
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def ics_texts(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        fn = (part.get_filename() or '').lower()
        if ct in ('text/calendar', 'application/ics') or fn.endswith('.ics') or \
                (ct == 'application/octet-stream' and fn.endswith('.ics')):
            data = part.get_payload(decode=True)
            if data is None:
                continue
            cs = part.get_content_charset() or 'utf-8'
            try:
                txt = data.decode(cs, 'replace')
            except LookupError:
                txt = data.decode('utf-8', 'replace')
            out.append(txt)
    return out


def check_file(path):
    errs = []
    raw = open(path, 'rb').read()
    if re.search(rb'(?<!\r)\n', raw):
        errs.append('bare LF')
    if re.search(rb'\r(?!\n)', raw):
        errs.append('bare CR')
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        msg2 = email.message_from_bytes(raw, policy=email.policy.default)
        for k in ('From', 'Subject', 'To', 'Date'):
            str(msg2.get(k, ''))
    except Exception as e:  # noqa
        return ['parse error: %r' % e]
    if msg.defects:
        errs.append('defects: %r' % msg.defects)
    for h in ('Return-Path', 'Delivered-To', 'Authentication-Results', 'Received', 'From', 'Date', 'Message-ID'):
        if msg.get(h) is None and msg.get(h.lower()) is None:
            errs.append('missing header %s' % h)
    if not raw.startswith(b'Return-Path: <'):
        errs.append('does not start with Return-Path')
    ar = msg.get('Authentication-Results', '')
    if not ar.startswith('mx.example.net;'):
        errs.append('first Authentication-Results not from mx.example.net')
    icss = ics_texts(msg)
    ok = False
    for t in icss:
        lines = t.replace('\r\n', '\n').split('\n')
        if any(l.strip() == 'BEGIN:VCALENDAR' for l in lines) and any(l.strip() == 'END:VCALENDAR' for l in lines) and \
                any(l.strip() in ('BEGIN:VEVENT', 'BEGIN:VTODO') for l in lines):
            ok = True
    if not ok:
        errs.append('no iCalendar object with VEVENT/VTODO')
    return errs


def main():
    root = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    files = set()
    for side in ('spam', 'ham'):
        for dp, dn, fn in os.walk(os.path.join(root, side)):
            for f in fn:
                if f.endswith('.eml'):
                    files.add(os.path.relpath(os.path.join(dp, f), root).replace(os.sep, '/'))
    bad = 0
    listed = {}
    with open(os.path.join(root, 'labels.tsv'), encoding='utf-8') as f:
        header = f.readline().rstrip('\n')
        if header != 'path\tlabel\tcategory\tdescription':
            print('labels.tsv: bad header %r' % header)
            bad += 1
        for n, line in enumerate(f, 2):
            parts = line.rstrip('\n').split('\t')
            if len(parts) != 4:
                print('labels.tsv:%d: %d fields' % (n, len(parts)))
                bad += 1
                continue
            p, label, cat, desc = parts
            listed[p] = listed.get(p, 0) + 1
            if label not in ('spam', 'ham') or not p.startswith(label + '/'):
                print('labels.tsv:%d: label mismatch %s' % (n, p))
                bad += 1
            if p.split('/')[1] != cat or not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', cat):
                print('labels.tsv:%d: category mismatch %s %s' % (n, p, cat))
                bad += 1
            if not desc.strip():
                print('labels.tsv:%d: empty description' % n)
                bad += 1
    for p, c in listed.items():
        if c != 1:
            print('labels.tsv: %s listed %d times' % (p, c))
            bad += 1
    for p in sorted(files - set(listed)):
        print('not in labels.tsv: %s' % p)
        bad += 1
    for p in sorted(set(listed) - files):
        print('listed but missing: %s' % p)
        bad += 1
    for p in sorted(files):
        errs = check_file(os.path.join(root, p))
        if errs:
            bad += 1
            print('%s: %s' % (p, '; '.join(errs)))
    nspam = sum(1 for p in files if p.startswith('spam/'))
    nham = sum(1 for p in files if p.startswith('ham/'))
    print('%d files (%d spam, %d ham), %d problems' % (len(files), nspam, nham, bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
