#!/usr/bin/env python3
"""Validate the train11 corpus.  usage: python3 check.py [CORPUSDIR]  (default: out/ beside this file)"""
import codecs
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ALIASES = {'iso-8859-8-i': 'iso8859_8', 'ks_c_5601-1987': 'cp949', 'tis-620': 'tis_620'}


def decode(part):
    raw = part.get_payload(decode=True) or b''
    cs = (part.get_content_charset() or 'utf-8').lower()
    cs = ALIASES.get(cs, cs)
    try:
        codecs.lookup(cs)
    except LookupError:
        cs = 'utf-8'
    return raw.decode(cs, errors='replace')


def calendars(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or '').lower()
        if ct in ('text/calendar', 'application/ics') or fn.endswith('.ics'):
            out.append(decode(part))
    return out


def check_ics(text):
    t = re.sub(r'\r?\n[ \t]', '', text)  # unfold
    lines = [l.rstrip('\r') for l in t.split('\n')]
    if 'BEGIN:VCALENDAR' not in lines or 'END:VCALENDAR' not in lines:
        return 'no VCALENDAR'
    if lines.index('BEGIN:VCALENDAR') > lines.index('END:VCALENDAR'):
        return 'VCALENDAR order'
    if not any(l in ('BEGIN:VEVENT', 'BEGIN:VTODO') for l in lines):
        return 'no VEVENT/VTODO'
    for comp in ('VEVENT', 'VTODO'):
        if lines.count('BEGIN:' + comp) != lines.count('END:' + comp):
            return 'unbalanced ' + comp
    return None


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    errors = []
    files = []
    for dp, dn, fn in os.walk(root):
        dn.sort()
        for f in sorted(fn):
            if f.endswith('.eml'):
                files.append(os.path.relpath(os.path.join(dp, f), root).replace(os.sep, '/'))
    for rel in files:
        raw = open(os.path.join(root, rel), 'rb').read()
        if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
            errors.append('%s: line endings are not CRLF' % rel)
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        except Exception as e:  # pragma: no cover
            errors.append('%s: parse error %s' % (rel, e))
            continue
        if msg.defects:
            errors.append('%s: defects %s' % (rel, msg.defects))
        for h in ('From', 'To', 'Date', 'Message-ID', 'Subject', 'Return-Path', 'Delivered-To', 'Authentication-Results', 'Received'):
            if msg.get(h) is None:
                errors.append('%s: missing %s' % (rel, h))
        if not raw.startswith(b'Return-Path: '):
            errors.append('%s: does not start with Return-Path' % rel)
        cals = calendars(msg)
        if not cals:
            errors.append('%s: no calendar part' % rel)
        elif not any(check_ics(c) is None for c in cals):
            errors.append('%s: bad calendar: %s' % (rel, check_ics(cals[0])))
        for part in msg.walk():
            if part.defects:
                errors.append('%s: part defects %s' % (rel, part.defects))
    # labels
    lab = os.path.join(root, 'labels.tsv')
    seen = {}
    with open(lab, encoding='utf-8') as f:
        head = f.readline().rstrip('\n')
        if head != 'path\tlabel\tcategory\tdescription':
            errors.append('labels.tsv: bad header')
        for n, line in enumerate(f, 2):
            cols = line.rstrip('\n').split('\t')
            if len(cols) != 4:
                errors.append('labels.tsv:%d: %d columns' % (n, len(cols)))
                continue
            p, label, cat, desc = cols
            seen[p] = seen.get(p, 0) + 1
            if label not in ('spam', 'ham'):
                errors.append('labels.tsv:%d: bad label' % n)
            if not p.startswith('%s/%s/' % (label, cat)):
                errors.append('labels.tsv:%d: path/label/category mismatch' % n)
            if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', cat):
                errors.append('labels.tsv:%d: category not kebab-case' % n)
            if not desc.strip():
                errors.append('labels.tsv:%d: empty description' % n)
    for p in files:
        if seen.get(p, 0) != 1:
            errors.append('labels.tsv lists %s %d times' % (p, seen.get(p, 0)))
    for p in seen:
        if p not in files:
            errors.append('labels.tsv lists missing file %s' % p)
    n_spam = sum(1 for p in files if p.startswith('spam/'))
    n_ham = sum(1 for p in files if p.startswith('ham/'))
    for e in errors:
        print('ERROR', e)
    print('%d files (%d spam, %d ham), %d errors' % (len(files), n_spam, n_ham, len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
