#!/usr/bin/env python3
"""Verify the train19 corpus.

usage: python3 check.py [CORPUSDIR]     (default: out/ beside this file)

Checks: every .eml parses with the email package; carries at least one iCalendar object with
BEGIN:VCALENDAR/END:VCALENDAR and at least one VEVENT or VTODO; the file uses CRLF line ends only;
labels.tsv lists every file exactly once with a valid label/category.
"""
import collections
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CAL_TYPES = ('text/calendar', 'application/ics', 'text/x-vcalendar', 'application/octet-stream')


def calendars(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or '').lower()
        if ct in CAL_TYPES and (ct != 'application/octet-stream' or fn.endswith('.ics')):
            payload = part.get_payload(decode=True) or b''
            cs = part.get_content_charset() or 'utf-8'
            try:
                txt = payload.decode(cs)
            except (LookupError, UnicodeDecodeError):
                txt = payload.decode('utf-8', 'replace')
            out.append(txt)
    return out


def check_file(path):
    errs = []
    raw = open(path, 'rb').read()
    if re.search(rb'(?<!\r)\n', raw):
        errs.append('bare LF line end')
    if re.search(rb'\r(?!\n)', raw):
        errs.append('bare CR')
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception as e:  # pragma: no cover
        return ['parse error: %s' % e]
    if msg.defects:
        errs.append('defects: %s' % msg.defects)
    for h in ('From', 'Date', 'Return-Path', 'Authentication-Results', 'Received', 'Delivered-To'):
        if msg[h] is None:
            errs.append('missing header ' + h)
    if not (msg['Authentication-Results'] or '').startswith('mx.example.net'):
        errs.append('first Authentication-Results not from mx.example.net')
    first_rcvd = msg.get_all('Received')[0] if msg.get_all('Received') else ''
    if 'by mx.example.net' not in first_rcvd:
        errs.append('top Received not by mx.example.net')
    cals = calendars(msg)
    if not cals:
        errs.append('no calendar part')
    ok = False
    for c in cals:
        unf = re.sub(r'\r?\n[ \t]', '', c)
        lines = [l.strip() for l in re.split(r'\r?\n', unf)]
        if 'BEGIN:VCALENDAR' in lines and 'END:VCALENDAR' in lines and (
                'BEGIN:VEVENT' in lines or 'BEGIN:VTODO' in lines):
            ok = True
    if cals and not ok:
        errs.append('no VCALENDAR with VEVENT/VTODO')
    return errs


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    files = set()
    for lab in ('spam', 'ham'):
        for dp, dn, fn in os.walk(os.path.join(root, lab)):
            for f in fn:
                if f.endswith('.eml'):
                    files.add(os.path.relpath(os.path.join(dp, f), root).replace(os.sep, '/'))
    problems = 0
    seen = collections.Counter()
    with open(os.path.join(root, 'labels.tsv'), encoding='utf-8') as f:
        header = f.readline().rstrip('\n')
        if header != 'path\tlabel\tcategory\tdescription':
            print('labels.tsv: bad header'); problems += 1
        for n, line in enumerate(f, 2):
            cols = line.rstrip('\n').split('\t')
            if len(cols) != 4:
                print('labels.tsv:%d: %d columns' % (n, len(cols))); problems += 1
                continue
            p, lab, cat, desc = cols
            seen[p] += 1
            if lab not in ('spam', 'ham') or not p.startswith(lab + '/' + cat + '/'):
                print('labels.tsv:%d: label/category/path mismatch' % n); problems += 1
            if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', cat):
                print('labels.tsv:%d: category not kebab-case' % n); problems += 1
            if not desc.strip():
                print('labels.tsv:%d: empty description' % n); problems += 1
    for p, c in seen.items():
        if c != 1:
            print('labels.tsv: %s listed %d times' % (p, c)); problems += 1
        if p not in files:
            print('labels.tsv: %s does not exist' % p); problems += 1
    for p in sorted(files - set(seen)):
        print('not in labels.tsv: ' + p); problems += 1
    counts = collections.Counter()
    for p in sorted(files):
        errs = check_file(os.path.join(root, p))
        counts[p.split('/')[0]] += 1
        for e in errs:
            print('%s: %s' % (p, e)); problems += 1
    print('files: %d (spam %d, ham %d); problems: %d' % (len(files), counts['spam'], counts['ham'], problems))
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
