#!/usr/bin/env python3
"""check.py - validate the train10 corpus.  Usage: python3 check.py [CORPUSDIR]"""
import os
import sys
import email
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))


def cal_texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or '').lower()
        if ct in ('text/calendar', 'application/ics') or fn.endswith('.ics'):
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
    # CRLF line ends everywhere
    if b'\n' in data.replace(b'\r\n', b''):
        errs.append('bare LF')
    if b'\r' in data.replace(b'\r\n', b''):
        errs.append('bare CR')
    if not data.endswith(b'\r\n'):
        errs.append('no final CRLF')
    try:
        msg = email.message_from_bytes(data, policy=policy.compat32)
    except Exception as e:  # noqa
        return ['parse error: %s' % e]
    if msg.defects:
        errs.append('defects: %s' % msg.defects)
    for part in msg.walk():
        if part.defects:
            errs.append('part defects: %s' % part.defects)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'Received', 'Authentication-Results', 'Return-Path', 'Delivered-To'):
        if msg.get(h) is None:
            errs.append('missing header %s' % h)
    # modern parser must also cope
    try:
        m2 = email.message_from_bytes(data, policy=policy.default)
        str(m2['Subject'])
        str(m2['From'])
    except Exception as e:  # noqa
        errs.append('policy.default header error: %s' % e)
    cals = cal_texts(msg)
    if not cals:
        errs.append('no calendar part')
    ok = False
    for c in cals:
        if 'BEGIN:VCALENDAR' in c and 'END:VCALENDAR' in c and ('BEGIN:VEVENT' in c or 'BEGIN:VTODO' in c):
            ok = True
    if cals and not ok:
        errs.append('calendar part lacks VCALENDAR/VEVENT|VTODO')
    return errs


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    files = []
    for label in ('spam', 'ham'):
        base = os.path.join(root, label)
        for dp, dn, fn in os.walk(base):
            dn.sort()
            for f in sorted(fn):
                if f.endswith('.eml'):
                    files.append(os.path.relpath(os.path.join(dp, f), root).replace(os.sep, '/'))
    files.sort()
    bad = 0
    for rel in files:
        errs = check_file(os.path.join(root, rel))
        if errs:
            bad += 1
            print('FAIL %s: %s' % (rel, '; '.join(errs)))
    # labels
    lab = open(os.path.join(root, 'labels.tsv'), encoding='utf-8').read().split('\n')
    if lab[0] != 'path\tlabel\tcategory\tdescription':
        print('FAIL labels.tsv header'); bad += 1
    seen = {}
    for ln in lab[1:]:
        if not ln:
            continue
        cols = ln.split('\t')
        if len(cols) != 4:
            print('FAIL labels.tsv line: %r' % ln); bad += 1; continue
        p, l, c, d = cols
        seen[p] = seen.get(p, 0) + 1
        if l not in ('spam', 'ham') or not p.startswith(l + '/') or p.split('/')[1] != c:
            print('FAIL labels.tsv inconsistent: %r' % ln); bad += 1
    for p, n in seen.items():
        if n != 1:
            print('FAIL labels.tsv duplicate %s' % p); bad += 1
        if p not in files:
            print('FAIL labels.tsv lists missing file %s' % p); bad += 1
    for p in files:
        if p not in seen:
            print('FAIL file not in labels.tsv: %s' % p); bad += 1
    if not os.path.exists(os.path.join(root, 'README.md')):
        print('FAIL README.md missing'); bad += 1
    n_spam = sum(1 for p in files if p.startswith('spam/'))
    n_ham = sum(1 for p in files if p.startswith('ham/'))
    print('%d files (%d spam, %d ham), %d problems' % (len(files), n_spam, n_ham, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
