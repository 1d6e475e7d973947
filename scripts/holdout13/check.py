#!/usr/bin/env python3
"""Structural checks for the holdout13 corpus.

- every .eml parses with Python's email package
- uses CRLF line ends only (no bare LF or bare CR in the file)
- carries at least one iCalendar object with BEGIN:VCALENDAR/END:VCALENDAR and at least one
  VEVENT or VTODO (searched in all text/calendar, application/ics and *.ics parts, also inside
  message/rfc822 attachments)
- the receiving-MX header block is present at the top
- labels.tsv lists every file exactly once with a valid label/category
Exit status 0 when everything passes.
"""
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
KEBAB = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')


def calendar_texts(msg):
    found = []
    for part in msg.walk():
        ctype = part.get_content_type()
        fname = (part.get_filename() or '').lower()
        if ctype in ('text/calendar', 'application/ics') or fname.endswith('.ics'):
            payload = part.get_payload(decode=True)
            if payload is None:
                continue
            cs = part.get_content_charset() or 'utf-8'
            try:
                text = payload.decode(cs, errors='replace')
            except LookupError:
                text = payload.decode('utf-8', errors='replace')
            found.append(text)
    return found


def check_ical(text):
    t = re.sub(r'\r?\n[ \t]', '', text)          # unfold
    lines = [ln.strip().upper() for ln in t.splitlines()]
    if 'BEGIN:VCALENDAR' not in lines or 'END:VCALENDAR' not in lines:
        return False
    return ('BEGIN:VEVENT' in lines and 'END:VEVENT' in lines) or ('BEGIN:VTODO' in lines and 'END:VTODO' in lines)


def main():
    errors = []
    files = []
    for root, dirs, names in os.walk(OUT):
        for n in names:
            if n.endswith('.eml'):
                files.append(os.path.relpath(os.path.join(root, n), OUT).replace(os.sep, '/'))
    files.sort()
    for rel in files:
        data = open(os.path.join(OUT, rel), 'rb').read()
        if re.search(rb'(?<!\r)\n', data):
            errors.append('%s: bare LF line end' % rel)
        if re.search(rb'\r(?!\n)', data):
            errors.append('%s: bare CR' % rel)
        try:
            msg = email.message_from_bytes(data, policy=email.policy.compat32)
            msg2 = email.message_from_bytes(data, policy=email.policy.default)
            _ = [p.get_content_type() for p in msg2.walk()]
        except Exception as exc:                     # pragma: no cover
            errors.append('%s: does not parse: %r' % (rel, exc))
            continue
        if msg.defects:
            errors.append('%s: parser defects %r' % (rel, msg.defects))
        for p in msg.walk():
            if p.defects:
                errors.append('%s: part defects %r' % (rel, p.defects))
        head = data.split(b'\r\n\r\n', 1)[0].decode('ascii', 'replace')
        first = [ln.split(':', 1)[0] for ln in head.split('\r\n')[:4]]
        if first[:3] != ['Return-Path', 'Delivered-To', 'Authentication-Results'] or \
                'by mx.example.net (Postfix)' not in head:
            errors.append('%s: receiving MX block missing or out of order' % rel)
        for h in ('From', 'Date', 'Subject', 'MIME-Version'):
            if msg.get(h) is None and msg.get(h.upper()) is None and not (h == 'MIME-Version' and msg.get('Mime-Version')):
                errors.append('%s: header %s missing' % (rel, h))
        cals = calendar_texts(msg)
        if not cals:
            errors.append('%s: no calendar part' % rel)
        elif not any(check_ical(c) for c in cals):
            errors.append('%s: no valid VCALENDAR with VEVENT/VTODO' % rel)
    # labels
    lab_path = os.path.join(OUT, 'labels.tsv')
    seen = {}
    with open(lab_path, encoding='utf-8') as f:
        header = f.readline().rstrip('\n')
        if header != 'path\tlabel\tcategory\tdescription':
            errors.append('labels.tsv: bad header %r' % header)
        for ln, line in enumerate(f, 2):
            parts = line.rstrip('\n').split('\t')
            if len(parts) != 4:
                errors.append('labels.tsv:%d: expected 4 fields' % ln)
                continue
            path, label, cat, desc = parts
            if label not in ('spam', 'ham'):
                errors.append('labels.tsv:%d: bad label %r' % (ln, label))
            if not KEBAB.match(cat):
                errors.append('labels.tsv:%d: category not kebab-case %r' % (ln, cat))
            if not path.startswith('%s/%s/' % (label, cat)):
                errors.append('labels.tsv:%d: path/label/category mismatch' % ln)
            if not desc.strip() or '\n' in desc:
                errors.append('labels.tsv:%d: empty description' % ln)
            seen[path] = seen.get(path, 0) + 1
    for p, n in seen.items():
        if n != 1:
            errors.append('labels.tsv: %s listed %d times' % (p, n))
        if p not in files:
            errors.append('labels.tsv: %s does not exist' % p)
    for p in files:
        if p not in seen:
            errors.append('labels.tsv: %s not listed' % p)
    nspam = sum(1 for p in files if p.startswith('spam/'))
    nham = sum(1 for p in files if p.startswith('ham/'))
    if not os.path.exists(os.path.join(OUT, 'README.md')):
        errors.append('README.md missing')
    for e in errors:
        print('FAIL', e)
    print('%d files (%d spam, %d ham), %d labels, %d problems' % (len(files), nspam, nham, len(seen), len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
