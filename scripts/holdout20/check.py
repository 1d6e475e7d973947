#!/usr/bin/env python3
"""Structural check of the holdout20 corpus.

Usage: python3 check.py [CORPUS_DIR]   (default: out/ next to this file)

Checks: every .eml parses with the email package; contains at least one iCalendar object with
BEGIN:VCALENDAR/END:VCALENDAR and at least one VEVENT or VTODO; uses CRLF line ends (no bare LF or CR at
the message level; calendar data inside base64 may use other line ends); labels.tsv lists every file
exactly once with a valid label and a category that matches the path.
"""
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODEC = {'windows-874': 'cp874', 'tis-620': 'cp874', 'iso-8859-8-i': 'iso8859_8', 'ks_c_5601-1987': 'euc_kr'}


def decode(part):
    data = part.get_payload(decode=True) or b''
    cs = (part.get_content_charset() or 'utf-8').lower()
    for c in (CODEC.get(cs, cs), 'utf-8', 'latin-1'):
        try:
            return data.decode(c)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode('latin-1')


def calendars(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or '').lower()
        text = decode(part)
        if 'BEGIN:VCALENDAR' in text or ct in ('text/calendar', 'application/ics') or fn.endswith('.ics'):
            out.append((ct, text))
    return out


def check_file(path):
    errs = []
    raw = open(path, 'rb').read()
    if re.search(rb'(?<!\r)\n', raw):
        errs.append('bare LF at message level')
    if re.search(rb'\r(?!\n)', raw):
        errs.append('bare CR at message level')
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
    except Exception as e:  # noqa
        return ['parse error: %s' % e]
    for h in ('From', 'Date', 'Return-Path', 'Delivered-To', 'Authentication-Results', 'Received'):
        if msg[h] is None:
            errs.append('missing header ' + h)
    first = raw.split(b'\r\n', 1)[0]
    if not first.startswith(b'Return-Path:'):
        errs.append('first header is not Return-Path')
    if b'by mx.example.net (Postfix)' not in raw.split(b'\r\n\r\n', 1)[0]:
        errs.append('no receiving-MX Received header')
    cals = calendars(msg)
    ok = False
    for ct, text in cals:
        t = text.replace('\r\n', '\n')
        if 'BEGIN:VCALENDAR' in t and 'END:VCALENDAR' in t and re.search(r'^BEGIN:(VEVENT|VTODO)\s*$', t, re.M):
            ok = True
    if not ok:
        errs.append('no iCalendar object with VCALENDAR + VEVENT/VTODO')
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
    if not os.path.exists(lab):
        print('FAIL labels.tsv missing')
        bad += 1
    else:
        lines = open(lab, encoding='utf-8').read().split('\n')
        if lines[0] != 'path\tlabel\tcategory\tdescription':
            print('FAIL labels.tsv header: %r' % lines[0])
            bad += 1
        for ln in lines[1:]:
            if not ln:
                continue
            cols = ln.split('\t')
            if len(cols) != 4:
                print('FAIL labels.tsv row has %d columns: %r' % (len(cols), ln))
                bad += 1
                continue
            p, label, cat, desc = cols
            seen[p] = seen.get(p, 0) + 1
            if label not in ('spam', 'ham'):
                print('FAIL bad label %r for %s' % (label, p))
                bad += 1
            parts = p.split('/')
            if len(parts) != 3 or parts[0] != label or parts[1] != cat:
                print('FAIL path/label/category mismatch: %s' % ln)
                bad += 1
            if not re.match(r'^[a-z0-9]+(-[a-z0-9]+)*$', cat):
                print('FAIL category not kebab-case: %s' % cat)
                bad += 1
            if not desc.strip():
                print('FAIL empty description: %s' % p)
                bad += 1
        for p, n in seen.items():
            if n != 1:
                print('FAIL %s listed %d times' % (p, n))
                bad += 1
            if p not in files:
                print('FAIL %s listed but missing' % p)
                bad += 1
        for f in files:
            if f not in seen:
                print('FAIL %s not in labels.tsv' % f)
                bad += 1
    nspam = sum(1 for f in files if f.startswith('spam/'))
    nham = sum(1 for f in files if f.startswith('ham/'))
    print('%d files (%d spam, %d ham); %d problems' % (len(files), nspam, nham, bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
