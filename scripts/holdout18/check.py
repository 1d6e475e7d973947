#!/usr/bin/env python3
"""Validate the holdout18 corpus.  usage: python3 check.py [CORPUSDIR]"""
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def ical_objects(msg):
    found = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or '').lower()
        if ct in ('text/calendar', 'application/ics') or fn.endswith('.ics') or ct == 'application/octet-stream':
            data = part.get_payload(decode=True) or b''
            found.append(data)
    return found


def check_ics(data):
    text = data.replace(b'\r\n', b'\n')
    # unfold
    text = re.sub(b'\n[ \t]', b'', text)
    lines = [l.strip().upper() for l in text.split(b'\n')]
    if b'BEGIN:VCALENDAR' not in lines or b'END:VCALENDAR' not in lines:
        return False
    return b'BEGIN:VEVENT' in lines or b'BEGIN:VTODO' in lines


def main():
    root = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    errors = []
    files = set()
    for side in ('spam', 'ham'):
        for dp, dn, fn in os.walk(os.path.join(root, side)):
            for f in fn:
                files.add(os.path.relpath(os.path.join(dp, f), root).replace(os.sep, '/'))
    for rel in sorted(files):
        raw = open(os.path.join(root, rel), 'rb').read()
        if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
            errors.append('%s: line ends are not all CRLF' % rel)
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        except Exception as e:  # pragma: no cover
            errors.append('%s: parse error %s' % (rel, e))
            continue
        if msg.defects:
            errors.append('%s: top-level defects %s' % (rel, msg.defects))
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'Return-Path', 'Delivered-To', 'Authentication-Results', 'Received'):
            if msg.get(h) is None and msg.get(h.replace('ID', 'Id')) is None:
                errors.append('%s: missing header %s' % (rel, h))
        if not raw.startswith(b'Return-Path: <'):
            errors.append('%s: does not start with Return-Path' % rel)
        objs = ical_objects(msg)
        if not any(check_ics(o) for o in objs):
            errors.append('%s: no valid iCalendar object' % rel)
        # text parts decodable with declared charset
        for part in msg.walk():
            if part.get_content_maintype() == 'text' and not part.is_multipart():
                cs = part.get_content_charset() or 'us-ascii'
                cs = {'windows-874': 'cp874', 'ks_c_5601-1987': 'cp949'}.get(cs, cs)
                data = part.get_payload(decode=True) or b''
                if part.get_content_type() == 'text/calendar':
                    data = re.sub(b'\r?\n[ \t]', b'', data)
                try:
                    data.decode(cs)
                except (LookupError, UnicodeDecodeError) as e:
                    errors.append('%s: text part not decodable as %s (%s)' % (rel, cs, e))
    # labels
    seen = {}
    lab = os.path.join(root, 'labels.tsv')
    with open(lab, encoding='utf-8') as f:
        header = f.readline().rstrip('\n')
        if header != 'path\tlabel\tcategory\tdescription':
            errors.append('labels.tsv: bad header %r' % header)
        for ln, line in enumerate(f, 2):
            cols = line.rstrip('\n').split('\t')
            if len(cols) != 4:
                errors.append('labels.tsv:%d: %d columns' % (ln, len(cols)))
                continue
            p, label, cat, desc = cols
            seen[p] = seen.get(p, 0) + 1
            if label not in ('spam', 'ham') or not p.startswith(label + '/'):
                errors.append('labels.tsv:%d: bad label %s for %s' % (ln, label, p))
            if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', cat) or p.split('/')[1] != cat:
                errors.append('labels.tsv:%d: bad category %s' % (ln, cat))
            if not desc.strip():
                errors.append('labels.tsv:%d: empty description' % ln)
    for p, n in seen.items():
        if n != 1:
            errors.append('labels.tsv lists %s %d times' % (p, n))
        if p not in files:
            errors.append('labels.tsv lists missing file %s' % p)
    for p in files - set(seen):
        errors.append('file not in labels.tsv: %s' % p)
    nspam = sum(1 for p in files if p.startswith('spam/'))
    nham = sum(1 for p in files if p.startswith('ham/'))
    print('%d files (%d spam, %d ham), %d label rows' % (len(files), nspam, nham, len(seen)))
    if errors:
        for e in errors[:200]:
            print('ERROR', e)
        print('%d errors' % len(errors))
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
