#!/usr/bin/env python3
"""Verify the train18 corpus.

usage: python3 check.py [CORPUSDIR]   (default: out/ beside this file)

Checks: every .eml parses with the email package, contains at least one iCalendar object with
BEGIN:VCALENDAR/END:VCALENDAR and at least one VEVENT or VTODO, uses CRLF line ends only,
and labels.tsv lists every file exactly once (with a valid label and header)."""
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def ical_texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or '').lower()
        if ct in ('text/calendar', 'application/ics') or fn.endswith('.ics') or ct == 'application/octet-stream' and fn.endswith('.ics'):
            payload = part.get_payload(decode=True) or b''
            cs = part.get_content_charset() or 'utf-8'
            try:
                txt = payload.decode(cs, 'replace')
            except LookupError:
                txt = payload.decode('utf-8', 'replace')
            out.append(txt)
    return out


def has_calendar(txt):
    t = re.sub(r'\r?\n[ \t]', '', txt)
    lines = [l.strip().upper() for l in t.splitlines()]
    if 'BEGIN:VCALENDAR' not in lines or 'END:VCALENDAR' not in lines:
        return False
    return ('BEGIN:VEVENT' in lines and 'END:VEVENT' in lines) or ('BEGIN:VTODO' in lines and 'END:VTODO' in lines)


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out'))
    errors = []
    files = []
    for lab in ('spam', 'ham'):
        base = os.path.join(root, lab)
        for dp, dn, fn in os.walk(base):
            for f in fn:
                if f.endswith('.eml'):
                    files.append(os.path.relpath(os.path.join(dp, f), root).replace(os.sep, '/'))
    files.sort()
    for rel in files:
        raw = open(os.path.join(root, rel), 'rb').read()
        if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
            errors.append('%s: not pure CRLF line ends' % rel)
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
        except Exception as e:  # pragma: no cover
            errors.append('%s: parse error %r' % (rel, e))
            continue
        if msg.defects:
            errors.append('%s: top-level defects %r' % (rel, msg.defects))
        for k in ('From', 'Date', 'Subject', 'Return-Path', 'Delivered-To', 'Authentication-Results', 'Received'):
            if msg[k] is None:
                errors.append('%s: missing %s' % (rel, k))
        ar = msg.get_all('Authentication-Results') or []
        if not ar or not str(ar[0]).startswith('mx.example.net'):
            errors.append('%s: first Authentication-Results is not from mx.example.net' % rel)
        cals = ical_texts(msg)
        if not cals:
            errors.append('%s: no iCalendar part' % rel)
        elif not any(has_calendar(c) for c in cals):
            errors.append('%s: no VCALENDAR with VEVENT/VTODO' % rel)
    # labels
    lp = os.path.join(root, 'labels.tsv')
    if not os.path.exists(lp):
        errors.append('labels.tsv missing')
    else:
        raw = open(lp, encoding='utf-8').read().splitlines()
        if not raw or raw[0] != 'path\tlabel\tcategory\tdescription':
            errors.append('labels.tsv: bad header')
        seen = {}
        for i, line in enumerate(raw[1:], 2):
            cols = line.split('\t')
            if len(cols) != 4:
                errors.append('labels.tsv:%d: %d columns' % (i, len(cols)))
                continue
            p, lab, cat, desc = cols
            seen[p] = seen.get(p, 0) + 1
            if lab not in ('spam', 'ham') or not p.startswith(lab + '/'):
                errors.append('labels.tsv:%d: bad label %s for %s' % (i, lab, p))
            if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', cat) or p.split('/')[1] != cat:
                errors.append('labels.tsv:%d: bad category %s' % (i, cat))
            if not desc.strip():
                errors.append('labels.tsv:%d: empty description' % i)
        for p, n in seen.items():
            if n != 1:
                errors.append('labels.tsv: %s listed %d times' % (p, n))
            if p not in files:
                errors.append('labels.tsv: %s does not exist' % p)
        for f in files:
            if f not in seen:
                errors.append('labels.tsv: %s not listed' % f)
    n_spam = sum(1 for f in files if f.startswith('spam/'))
    n_ham = sum(1 for f in files if f.startswith('ham/'))
    print('%d files (%d spam, %d ham)' % (len(files), n_spam, n_ham))
    if errors:
        for e in errors[:200]:
            print('ERROR', e)
        print('%d error(s)' % len(errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
