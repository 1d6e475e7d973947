#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verify the train16 corpus.  usage: python3 check.py [CORPUS_DIR]   (CC0 1.0)"""
import email
import email.policy
import os
import re
import sys

CAL_TYPES = ('text/calendar', 'application/ics', 'text/x-vcalendar', 'application/octet-stream')


def calendars(msg):
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
                txt = raw.decode(cs)
            except (LookupError, UnicodeDecodeError):
                txt = raw.decode('utf-8', 'replace')
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
        msg = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as e:  # noqa
        return ['parse error: %s' % e]
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'Authentication-Results', 'Received', 'Delivered-To',
              'Return-Path'):
        try:
            if msg[h] is None:
                errs.append('missing header %s' % h)
        except Exception as e:  # noqa
            errs.append('bad header %s: %s' % (h, e))
    first = data.split(b'\r\n', 1)[0]
    if not first.startswith(b'Return-Path:'):
        errs.append('first header is not Return-Path')
    if b'by mx.example.net (Postfix)' not in data.split(b'\r\n\r\n', 1)[0]:
        errs.append('no Received line from mx.example.net')
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() == 'text':
            try:
                part.get_content()
            except Exception as e:  # noqa
                errs.append('cannot decode %s part: %s' % (part.get_content_type(), e))
    cals = calendars(msg)
    ok = False
    for c in cals:
        u = c.replace('\r\n', '\n')
        if re.search(r'^BEGIN:VCALENDAR\s*$', u, re.M) and re.search(r'^END:VCALENDAR\s*$', u, re.M) and \
                re.search(r'^BEGIN:(VEVENT|VTODO)\s*$', u, re.M):
            ok = True
    if not ok:
        errs.append('no iCalendar object with VCALENDAR and VEVENT/VTODO')
    return errs


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'out')
    files = set()
    for label in ('spam', 'ham'):
        for dp, dn, fn in os.walk(os.path.join(root, label)):
            for f in fn:
                if f.endswith('.eml'):
                    files.add(os.path.relpath(os.path.join(dp, f), root).replace(os.sep, '/'))
    problems = 0
    lab = os.path.join(root, 'labels.tsv')
    listed = {}
    with open(lab, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines[0] != 'path\tlabel\tcategory\tdescription':
        print('labels.tsv: bad header'); problems += 1
    for n, line in enumerate(lines[1:], 2):
        if not line:
            continue
        cols = line.split('\t')
        if len(cols) != 4:
            print('labels.tsv:%d: expected 4 columns' % n); problems += 1; continue
        p, l, c, d = cols
        listed[p] = listed.get(p, 0) + 1
        if l not in ('spam', 'ham') or not p.startswith(l + '/'):
            print('labels.tsv:%d: label/path mismatch' % n); problems += 1
        if p.split('/')[1] != c or not re.match(r'^[a-z0-9]+(-[a-z0-9]+)*$', c):
            print('labels.tsv:%d: bad category' % n); problems += 1
        if not d.strip():
            print('labels.tsv:%d: empty description' % n); problems += 1
    for p, k in listed.items():
        if k != 1:
            print('labels.tsv: %s listed %d times' % (p, k)); problems += 1
        if p not in files:
            print('labels.tsv: %s does not exist' % p); problems += 1
    for p in sorted(files):
        if p not in listed:
            print('not in labels.tsv: %s' % p); problems += 1
        for e in check_file(os.path.join(root, p)):
            print('%s: %s' % (p, e)); problems += 1
    counts = {'spam': 0, 'ham': 0}
    for p in files:
        counts[p.split('/')[0]] += 1
    print('%d files (spam %d, ham %d), %d problems' % (len(files), counts['spam'], counts['ham'], problems))
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
