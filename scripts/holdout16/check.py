#!/usr/bin/env python3
"""Verify the holdout16 corpus.

Checks for every .eml under out/:
  * parses with Python's email package (BytesParser, default and compat32 policies) without defects that
    prevent reading headers and parts;
  * contains at least one iCalendar object (text/calendar, application/ics or *.ics part) whose decoded content
    has BEGIN:VCALENDAR ... END:VCALENDAR and at least one VEVENT or VTODO;
  * uses CRLF line ends everywhere (no bare LF, no bare CR);
  * starts with the receiving MX trace (Return-Path, Delivered-To, Authentication-Results by mx.example.net, Received);
and that labels.tsv lists every file exactly once with a valid label/category.
Exit status 0 on success.
"""
import email
import email.policy
import os
import re
import sys
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))


def ical_parts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or '').lower()
        if ct in ('text/calendar', 'application/ics', 'text/x-vcalendar') or fn.endswith('.ics'):
            data = part.get_payload(decode=True) or b''
            out.append((ct, data))
    return out


def check_ical(data):
    txt = data.decode('utf-8', 'replace') if isinstance(data, bytes) else data
    # unfold for robustness
    t = re.sub(r'\r?\n[ \t]', '', txt)
    lines = [l.strip().upper() for l in re.split(r'\r?\n', t)]
    if 'BEGIN:VCALENDAR' not in lines or 'END:VCALENDAR' not in lines:
        return False, 'no VCALENDAR'
    if lines.index('BEGIN:VCALENDAR') > lines.index('END:VCALENDAR'):
        return False, 'VCALENDAR order'
    comps = [l for l in lines if l in ('BEGIN:VEVENT', 'BEGIN:VTODO')]
    ends = [l for l in lines if l in ('END:VEVENT', 'END:VTODO')]
    if not comps or len(comps) != len(ends):
        return False, 'no VEVENT/VTODO'
    return True, '%d component(s)' % len(comps)


def main(argv):
    out = argv[1] if len(argv) > 1 else os.path.join(HERE, 'out')
    errors = []
    files = []
    for root, dirs, fs in os.walk(out):
        dirs.sort()
        for f in sorted(fs):
            if f.endswith('.eml'):
                files.append(os.path.relpath(os.path.join(root, f), out).replace(os.sep, '/'))
    n_ical = 0
    lf_only_ics = 0
    for rel in files:
        raw = open(os.path.join(out, rel), 'rb').read()
        # line ends
        if re.search(rb'(?<!\r)\n', raw):
            errors.append('%s: bare LF' % rel)
        if re.search(rb'\r(?!\n)', raw):
            errors.append('%s: bare CR' % rel)
        if not raw.endswith(b'\r\n'):
            errors.append('%s: does not end with CRLF' % rel)
        # trace headers
        head = raw.split(b'\r\n\r\n', 1)[0]
        first = [l.split(b':', 1)[0] for l in head.split(b'\r\n') if l and not l[:1].isspace()][:4]
        if first != [b'Return-Path', b'Delivered-To', b'Authentication-Results', b'Received']:
            errors.append('%s: trace headers out of order: %r' % (rel, first))
        if b'Authentication-Results: mx.example.net;' not in head:
            errors.append('%s: no mx.example.net Authentication-Results' % rel)
        # only documentation / private / loopback addresses in trace headers
        htxt = head.decode('utf-8', 'replace')
        for ip in re.findall(r'(?:\[|\(|designates |IP ?\(?)(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})', htxt):
            if not re.match(r'(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|10\.|192\.168\.|127\.0\.0\.1$|172\.(1[6-9]|2\d|3[01])\.)', ip):
                errors.append('%s: non-documentation IPv4 %s' % (rel, ip))
        for ip in re.findall(r'\[(?:IPv6:)?([0-9a-fA-F:]*:[0-9a-fA-F:%]+)\]', htxt):
            if not re.match(r'(2001:db8:|fe80::|::1)', ip.lower()):
                errors.append('%s: non-documentation IPv6 %s' % (rel, ip))
        # parse (both policies)
        try:
            m1 = BytesParser(policy=email.policy.compat32).parsebytes(raw)
            m2 = BytesParser(policy=email.policy.default).parsebytes(raw)
            for k in ('From', 'To', 'Subject', 'Date'):
                if m1[k] is None:
                    errors.append('%s: missing %s' % (rel, k))
                str(m2.get(k, ''))
            if not m1.is_multipart() and m1.get_content_type() != 'text/calendar':
                errors.append('%s: unexpected top-level type %s' % (rel, m1.get_content_type()))
            for part in m2.walk():
                part.get_content_type()
            for d in m1.defects:
                errors.append('%s: parser defect %s' % (rel, type(d).__name__))
            for part in m1.walk():
                for d in part.defects:
                    errors.append('%s: part defect %s' % (rel, type(d).__name__))
        except Exception as e:  # noqa
            errors.append('%s: parse error %r' % (rel, e))
            continue
        parts = ical_parts(m1)
        if not parts:
            errors.append('%s: no iCalendar part' % rel)
            continue
        ok_any = False
        for ct, data in parts:
            ok, why = check_ical(data)
            if ok:
                ok_any = True
            if b'\r\n' not in data and b'\n' in data:
                lf_only_ics += 1
        if not ok_any:
            errors.append('%s: iCalendar invalid (%s)' % (rel, why))
        else:
            n_ical += 1
    # labels
    lab_path = os.path.join(out, 'labels.tsv')
    seen = {}
    with open(lab_path, encoding='utf-8') as f:
        header = f.readline().rstrip('\n')
        if header != 'path\tlabel\tcategory\tdescription':
            errors.append('labels.tsv: bad header %r' % header)
        for i, line in enumerate(f, 2):
            line = line.rstrip('\n')
            cols = line.split('\t')
            if len(cols) != 4:
                errors.append('labels.tsv:%d: %d columns' % (i, len(cols)))
                continue
            p, lab, cat, desc = cols
            if p in seen:
                errors.append('labels.tsv:%d: duplicate %s' % (i, p))
            seen[p] = (lab, cat)
            if lab not in ('spam', 'ham'):
                errors.append('labels.tsv:%d: bad label %s' % (i, lab))
            if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', cat):
                errors.append('labels.tsv:%d: category not kebab-case %s' % (i, cat))
            if not p.startswith('%s/%s/' % (lab, cat)):
                errors.append('labels.tsv:%d: path/label/category mismatch %s' % (i, p))
            if not desc.strip():
                errors.append('labels.tsv:%d: empty description' % i)
    for p in files:
        if p not in seen:
            errors.append('labels.tsv: missing %s' % p)
    for p in seen:
        if p not in files:
            errors.append('labels.tsv: lists non-existent %s' % p)
    if not os.path.exists(os.path.join(out, 'README.md')):
        errors.append('README.md missing')
    n_spam = sum(1 for v in seen.values() if v[0] == 'spam')
    n_ham = sum(1 for v in seen.values() if v[0] == 'ham')
    print('files: %d  (spam %d, ham %d)  with valid iCalendar: %d  LF-only iCalendar parts: %d' % (
        len(files), n_spam, n_ham, n_ical, lf_only_ics))
    if errors:
        for e in errors[:200]:
            print('ERROR', e)
        print('%d error(s)' % len(errors))
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
