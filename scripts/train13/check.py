#!/usr/bin/env python3
"""Verify the train13 corpus.

Usage: python3 check.py [CORPUS_DIR]   (default: out/ beside this file)

Checks for every .eml file:
  * it parses with Python's email package (no defects that lose structure),
  * it carries at least one iCalendar object with BEGIN:VCALENDAR / END:VCALENDAR and a VEVENT or VTODO
    (text/calendar, application/ics or *.ics parts, also inside message/rfc822 attachments),
  * every line of the file ends with CRLF (no bare LF / CR),
and that labels.tsv has the right header and lists every file exactly once (and nothing else).
"""
import email
import email.policy
import os
import sys
from collections import Counter


def calendars(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or '').lower()
        if ct in ('text/calendar', 'application/ics') or fn.endswith('.ics') or (
                ct == 'application/octet-stream' and fn.endswith('.ics')):
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
    if data.count(b'\n') != data.count(b'\r\n') or data.count(b'\r') != data.count(b'\r\n'):
        errs.append('line ends are not all CRLF')
    if not data.endswith(b'\r\n'):
        errs.append('file does not end with CRLF')
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as e:  # pragma: no cover
        return ['parse error: %r' % e]
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'Return-Path', 'Delivered-To', 'Authentication-Results', 'Received'):
        if msg.get(h) is None and msg.get(h.title()) is None:
            errs.append('missing header %s' % h)
    ar = msg.get('Authentication-Results', '')
    if not str(ar).lstrip().startswith('mx.example.net'):
        errs.append('first Authentication-Results not from mx.example.net')
    for d in msg.defects:
        errs.append('defect: %s' % d.__class__.__name__)
    cals = calendars(msg)
    if not cals:
        errs.append('no iCalendar part')
    ok = False
    for c in cals:
        u = c.upper()
        if 'BEGIN:VCALENDAR' in u and 'END:VCALENDAR' in u and ('BEGIN:VEVENT' in u or 'BEGIN:VTODO' in u):
            ok = True
    if cals and not ok:
        errs.append('no iCalendar object with VCALENDAR and VEVENT/VTODO')
    # modern parser as well
    try:
        m2 = email.message_from_bytes(data, policy=email.policy.default)
        for part in m2.walk():
            part.get_content_type()
        str(m2['Subject'])
    except Exception as e:
        errs.append('policy.default parse problem: %r' % e)
    return errs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'out')
    files = []
    for label in ('spam', 'ham'):
        base = os.path.join(root, label)
        for dp, dn, fn in os.walk(base):
            dn.sort()
            for f in sorted(fn):
                if f.endswith('.eml'):
                    files.append(os.path.relpath(os.path.join(dp, f), root).replace(os.sep, '/'))
    bad = 0
    for rel in files:
        errs = check_file(os.path.join(root, rel))
        if errs:
            bad += 1
            print('FAIL %s: %s' % (rel, '; '.join(errs)))
    # labels
    lab_errs = []
    lp = os.path.join(root, 'labels.tsv')
    if not os.path.exists(lp):
        lab_errs.append('labels.tsv missing')
    else:
        lines = open(lp, encoding='utf-8').read().split('\n')
        if lines[-1] == '':
            lines = lines[:-1]
        if lines[0] != 'path\tlabel\tcategory\tdescription':
            lab_errs.append('bad labels.tsv header: %r' % lines[0])
        paths = Counter()
        for n, l in enumerate(lines[1:], 2):
            cols = l.split('\t')
            if len(cols) != 4:
                lab_errs.append('line %d: %d columns' % (n, len(cols)))
                continue
            p, label, cat, desc = cols
            paths[p] += 1
            if label not in ('spam', 'ham'):
                lab_errs.append('line %d: bad label %r' % (n, label))
            if not p.startswith(label + '/'):
                lab_errs.append('line %d: path/label mismatch' % n)
            if p.split('/')[1] != cat:
                lab_errs.append('line %d: path/category mismatch' % n)
            if not cat or cat != cat.lower() or ' ' in cat:
                lab_errs.append('line %d: category not kebab-case' % n)
            if not desc.strip():
                lab_errs.append('line %d: empty description' % n)
        for p, c in paths.items():
            if c != 1:
                lab_errs.append('%s listed %d times' % (p, c))
        missing = set(files) - set(paths)
        extra = set(paths) - set(files)
        for p in sorted(missing):
            lab_errs.append('not in labels.tsv: %s' % p)
        for p in sorted(extra):
            lab_errs.append('in labels.tsv but no file: %s' % p)
    for e in lab_errs:
        print('LABELS: ' + e)
    if not os.path.exists(os.path.join(root, 'README.md')):
        lab_errs.append('README.md missing')
        print('README.md missing')
    c = Counter(f.split('/')[0] for f in files)
    print('%d files (spam %d, ham %d); %d failing; %d label problems' % (len(files), c['spam'], c['ham'], bad, len(lab_errs)))
    sys.exit(1 if bad or lab_errs else 0)


if __name__ == '__main__':
    main()
