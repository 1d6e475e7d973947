#!/usr/bin/env python3
"""Verify a holdout21 corpus directory (default: out/ beside this script).

Checks: every .eml parses with the email package; carries at least one iCalendar object with
BEGIN:VCALENDAR/END:VCALENDAR and at least one VEVENT or VTODO; the file uses CRLF line ends only;
labels.tsv lists every file exactly once with a valid label/category.
"""
import email
import email.policy
import os
import re
import sys

CODECS = {'windows-874': 'cp874', 'ks_c_5601-1987': 'cp949'}


def ics_texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or '').lower()
        if ct in ('text/calendar', 'application/ics') or fn.endswith('.ics'):
            data = part.get_payload(decode=True) or b''
            cs = (part.get_content_charset() or 'utf-8').lower()
            try:
                txt = data.decode(CODECS.get(cs, cs), errors='replace')
            except LookupError:
                txt = data.decode('utf-8', errors='replace')
            out.append(txt)
    return out


def check_file(path):
    errs = []
    raw = open(path, 'rb').read()
    if re.search(rb'(?<!\r)\n', raw):
        errs.append('bare LF line end')
    if re.search(rb'\r(?!\n)', raw):
        errs.append('bare CR')
    if not raw.endswith(b'\r\n'):
        errs.append('does not end with CRLF')
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception as ex:       # pragma: no cover
        return ['parse error: %s' % ex]
    if msg.defects:
        errs.append('defects: %r' % msg.defects)
    for part in msg.walk():
        if part.defects:
            errs.append('part defects: %r' % part.defects)
    for h in ('From', 'Date', 'Subject', 'Return-Path', 'Delivered-To', 'Authentication-Results', 'Received'):
        if msg[h] is None:
            errs.append('missing header ' + h)
    if msg.get('Authentication-Results') and not msg['Authentication-Results'].strip().startswith('mx.example.net'):
        errs.append('first Authentication-Results not from mx.example.net')
    # also parse with the modern policy (what many filters use)
    try:
        m2 = email.message_from_bytes(raw, policy=email.policy.default)
        for part in m2.walk():
            if not part.is_multipart() and part.get_content_maintype() == 'text':
                cs = part.get_content_charset()
                if cs and cs.lower() in CODECS:
                    continue
                part.get_content()
        str(m2['Subject'])
    except Exception as ex:
        errs.append('modern-policy decode error: %s' % ex)
    texts = ics_texts(msg)
    good = False
    for t in texts:
        u = t.replace('\r\n', '\n')
        lines = [ln.strip() for ln in u.split('\n')]
        if 'BEGIN:VCALENDAR' in lines and 'END:VCALENDAR' in lines and (
                'BEGIN:VEVENT' in lines or 'BEGIN:VTODO' in lines):
            good = True
    if not texts:
        errs.append('no calendar part')
    elif not good:
        errs.append('calendar part lacks VCALENDAR/VEVENT|VTODO')
    return errs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'out'))
    files = []
    for dp, dn, fn in os.walk(root):
        for f in fn:
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
    lab_path = os.path.join(root, 'labels.tsv')
    problems = []
    seen = {}
    with open(lab_path, encoding='utf-8') as f:
        header = f.readline().rstrip('\n')
        if header != 'path\tlabel\tcategory\tdescription':
            problems.append('bad header: %r' % header)
        for n, line in enumerate(f, 2):
            line = line.rstrip('\n')
            if not line:
                continue
            cols = line.split('\t')
            if len(cols) != 4:
                problems.append('line %d: %d columns' % (n, len(cols)))
                continue
            p, label, cat, desc = cols
            seen[p] = seen.get(p, 0) + 1
            if label not in ('spam', 'ham'):
                problems.append('line %d: bad label %r' % (n, label))
            if not p.startswith(label + '/' + cat + '/'):
                problems.append('line %d: path/label/category mismatch' % n)
            if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', cat):
                problems.append('line %d: category not kebab-case' % n)
            if not desc.strip() or '\n' in desc:
                problems.append('line %d: bad description' % n)
    for p, c in seen.items():
        if c != 1:
            problems.append('%s listed %d times' % (p, c))
        if p not in files:
            problems.append('%s listed but missing' % p)
    for p in files:
        if p not in seen:
            problems.append('%s not listed in labels.tsv' % p)
    for pr in problems:
        print('LABELS: ' + pr)
    nspam = sum(1 for p in files if p.startswith('spam/'))
    nham = sum(1 for p in files if p.startswith('ham/'))
    print('%d files (%d spam, %d ham), %d failing, %d label problems' % (len(files), nspam, nham, bad,
                                                                          len(problems)))
    ok = bad == 0 and not problems
    print('OK' if ok else 'FAILED')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
