#!/usr/bin/env python3
"""Verify the holdout10 corpus in ./out (standard library only)."""
import os
import re
import sys
import email
from email import policy

# The repository keeps the output in corpus/holdout10; HOLDOUT10_OUT=that path regenerates or checks it in place.
OUT = os.environ.get('HOLDOUT10_OUT', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'out'))
ICS_TYPES = ('text/calendar', 'application/ics', 'text/x-vcalendar')


def ics_texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or '').lower()
        if ct in ICS_TYPES or fn.endswith('.ics') or (ct == 'application/octet-stream' and fn.endswith('.ics')):
            raw = part.get_payload(decode=True) or b''
            cs = part.get_content_charset() or 'utf-8'
            try:
                out.append(raw.decode(cs))
            except (LookupError, UnicodeDecodeError):
                out.append(raw.decode('utf-8', 'replace'))
    return out


def main():
    errors = []
    files = []
    for side in ('spam', 'ham'):
        for root, dirs, fns in os.walk(os.path.join(OUT, side)):
            for fn in fns:
                files.append(os.path.relpath(os.path.join(root, fn), OUT).replace(os.sep, '/'))
    files.sort()
    n_lf_ics = 0
    for rel in files:
        with open(os.path.join(OUT, rel), 'rb') as f:
            data = f.read()
        if not rel.endswith('.eml'):
            errors.append('%s: not an .eml file' % rel)
        # CRLF line ends only
        if re.search(rb'(?<!\r)\n', data):
            errors.append('%s: bare LF line end' % rel)
        if re.search(rb'\r(?!\n)', data):
            errors.append('%s: bare CR' % rel)
        try:
            msg = email.message_from_bytes(data, policy=policy.compat32)
        except Exception as e:  # pragma: no cover
            errors.append('%s: parse error %r' % (rel, e))
            continue
        if msg.defects:
            errors.append('%s: message defects %r' % (rel, msg.defects))
        for part in msg.walk():
            for d in part.defects:
                errors.append('%s: part defect %r' % (rel, d))
        for h in ('From', 'Date', 'Message-ID', 'Return-Path', 'Delivered-To', 'Authentication-Results', 'Received'):
            if msg.get(h) is None:
                errors.append('%s: missing %s' % (rel, h))
        first = data.split(b'\r\n', 3)
        if not (first[0].startswith(b'Return-Path:') and first[1].startswith(b'Delivered-To:') and first[2].startswith(b'Authentication-Results: mx.example.net;')):
            errors.append('%s: MX trace block not at top' % rel)
        icss = ics_texts(msg)
        ok = False
        for t in icss:
            if '\r\n' not in t and '\n' in t:
                n_lf_ics += 1
            if re.search(r'^BEGIN:VCALENDAR\r?$', t, re.M) and re.search(r'^END:VCALENDAR\r?$', t, re.M) and \
                    re.search(r'^BEGIN:(VEVENT|VTODO)\r?$', t, re.M):
                ok = True
        if not ok:
            errors.append('%s: no iCalendar object with VCALENDAR + VEVENT/VTODO' % rel)
    # labels
    seen = {}
    with open(os.path.join(OUT, 'labels.tsv'), encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines[0] != 'path\tlabel\tcategory\tdescription':
        errors.append('labels.tsv: bad header')
    for ln in lines[1:]:
        if not ln:
            continue
        cols = ln.split('\t')
        if len(cols) != 4:
            errors.append('labels.tsv: bad row %r' % ln)
            continue
        p, lab, cat, desc = cols
        seen[p] = seen.get(p, 0) + 1
        if lab not in ('spam', 'ham') or not p.startswith(lab + '/') or p.split('/')[1] != cat:
            errors.append('labels.tsv: inconsistent row %r' % ln)
        if not re.match(r'^[a-z0-9]+(-[a-z0-9]+)*$', cat):
            errors.append('labels.tsv: category not kebab-case %r' % cat)
    for p in files:
        if seen.get(p, 0) != 1:
            errors.append('labels.tsv: %s listed %d times' % (p, seen.get(p, 0)))
    for p in seen:
        if p not in files:
            errors.append('labels.tsv: %s does not exist' % p)
    n_spam = sum(1 for p in files if p.startswith('spam/'))
    n_ham = sum(1 for p in files if p.startswith('ham/'))
    for e in errors[:200]:
        print('ERROR', e)
    print('%d files (%d spam, %d ham), %d labels; %d iCalendar bodies with bare-LF line ends inside encoded parts; %d errors'
          % (len(files), n_spam, n_ham, len(seen), n_lf_ics, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
