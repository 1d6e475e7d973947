#!/usr/bin/env python3
"""Validate the corpus: parse, iCalendar presence, CRLF, labels.tsv coverage.  Usage: python3 check.py [corpusdir]"""
import os, sys, email, email.policy, codecs, collections

ALIASES = {'windows-874': 'cp874', 'ks_c_5601-1987': 'cp949'}


def decode(b, cs):
    cs = (cs or 'utf-8').lower()
    try:
        return b.decode(ALIASES.get(cs, cs))
    except (LookupError, UnicodeDecodeError):
        return b.decode('utf-8', 'replace')


def is_cal(part):
    ct = part.get_content_type()
    fn = (part.get_filename() or '').lower()
    return ct in ('text/calendar', 'application/ics', 'text/x-vcalendar') or fn.endswith('.ics') or \
        (ct == 'application/octet-stream' and (part.get_param('name') or '').lower().endswith('.ics'))


def check_file(path):
    errs = []
    raw = open(path, 'rb').read()
    if b'\n' in raw.replace(b'\r\n', b''):
        errs.append('bare LF in file')
    if b'\r' in raw.replace(b'\r\n', b''):
        errs.append('bare CR in file')
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception as e:
        return ['parse error: %s' % e]
    if msg.defects:
        errs.append('defects: %s' % msg.defects)
    for h in ('Return-Path', 'Delivered-To', 'Authentication-Results', 'Received', 'From', 'Date', 'Message-ID', 'Subject'):
        if msg.get(h) is None and msg.get(h.title()) is None and msg.get(h.replace('ID', 'Id')) is None:
            errs.append('missing header %s' % h)
    first = raw.split(b'\r\n', 4)
    if not (first[0].startswith(b'Return-Path:') and first[1].startswith(b'Delivered-To:') and first[2].startswith(b'Authentication-Results: mx.example.net;')):
        errs.append('MX headers not on top')
    found = 0
    for part in msg.walk():
        if part.is_multipart() or not is_cal(part):
            continue
        payload = part.get_payload(decode=True)
        if payload is None:
            continue
        txt = decode(payload, part.get_content_charset())
        lines = [l.strip('\r') for l in txt.split('\n')]
        if 'BEGIN:VCALENDAR' in lines and 'END:VCALENDAR' in lines and ('BEGIN:VEVENT' in lines or 'BEGIN:VTODO' in lines):
            found += 1
    if not found:
        errs.append('no iCalendar object with VEVENT/VTODO')
    return errs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(here, 'out')
    files = []
    for d, _, fs in os.walk(root):
        for f in fs:
            if f.endswith('.eml'):
                files.append(os.path.relpath(os.path.join(d, f), root).replace(os.sep, '/'))
    bad = 0
    for f in sorted(files):
        e = check_file(os.path.join(root, f))
        if e:
            bad += 1
            print("FAIL %s: %s" % (f, '; '.join(e)))
    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(root, 'labels.tsv'), encoding='utf-8')]
    if rows[0] != ['path', 'label', 'category', 'description']:
        print("FAIL labels.tsv header"); bad += 1
    seen = collections.Counter(r[0] for r in rows[1:])
    for r in rows[1:]:
        if len(r) != 4 or r[1] not in ('spam', 'ham') or not r[0].startswith(r[1] + '/' + r[2] + '/') or not r[3]:
            print("FAIL labels.tsv row %r" % r); bad += 1
    for p, n in seen.items():
        if n != 1:
            print("FAIL %s listed %d times" % (p, n)); bad += 1
    for p in set(files) - set(seen):
        print("FAIL %s not in labels.tsv" % p); bad += 1
    for p in set(seen) - set(files):
        print("FAIL %s in labels.tsv but missing" % p); bad += 1
    if not os.path.exists(os.path.join(root, 'README.md')):
        print("FAIL README.md missing"); bad += 1
    lab = collections.Counter(r[1] for r in rows[1:])
    print("%d files checked, %d spam, %d ham, %d problems" % (len(files), lab['spam'], lab['ham'], bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
