#!/usr/bin/env python3
"""Verify the train14 corpus.  Usage: python3 check.py [CORPUS_DIR]   (default: out/ next to this file)

Checks for every .eml file:
  * it parses with Python's email package (no defects that stop parsing, has From/Date/Message headers),
  * it carries at least one iCalendar object (text/calendar, application/ics or *.ics part) with
    BEGIN:VCALENDAR ... END:VCALENDAR and at least one VEVENT or VTODO,
  * the raw file uses CRLF line ends only (no bare LF, no bare CR),
  * it starts with Return-Path, Delivered-To, Authentication-Results (mx.example.net) and the MX Received line.
And for labels.tsv: header, one row per file, every file listed exactly once, labels valid.
Exit status 0 when everything passes. CC0 1.0.
"""
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def ical_objects(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or '').lower()
        if ct in ('text/calendar', 'application/ics', 'text/x-vcalendar') or fn.endswith('.ics'):
            data = part.get_payload(decode=True)
            if data is None:
                continue
            cs = part.get_content_charset() or 'utf-8'
            try:
                txt = data.decode({'windows-874': 'cp874', 'ks_c_5601-1987': 'cp949'}.get(cs, cs), 'replace')
            except LookupError:
                txt = data.decode('utf-8', 'replace')
            out.append(txt)
    return out


def check_file(path):
    errs = []
    raw = open(path, 'rb').read()
    if re.search(rb'(?<!\r)\n', raw):
        errs.append('bare LF')
    if re.search(rb'\r(?!\n)', raw):
        errs.append('bare CR')
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception as e:  # pragma: no cover
        return ['does not parse: %s' % e]
    try:
        email.message_from_bytes(raw, policy=email.policy.default).get('subject')
    except Exception as e:
        errs.append('default policy cannot read Subject: %s' % e)
    for h in ('From', 'Date', 'Return-Path', 'Delivered-To'):
        if msg.get(h) is None:
            errs.append('missing %s' % h)
    keys = [k.lower() for k in msg.keys()[:4]]
    if keys != ['return-path', 'delivered-to', 'authentication-results', 'received']:
        errs.append('top headers are %s' % keys)
    ar = msg.get('Authentication-Results', '')
    if not ar.startswith('mx.example.net;'):
        errs.append('first Authentication-Results not from mx.example.net')
    if 'by mx.example.net' not in msg.get_all('Received', [''])[0]:
        errs.append('first Received not by mx.example.net')
    objs = ical_objects(msg)
    if not objs:
        errs.append('no iCalendar part')
    good = False
    for t in objs:
        if re.search(r'(?m)^BEGIN:VCALENDAR\r?$', t) and re.search(r'(?m)^END:VCALENDAR\r?$', t) and \
                re.search(r'(?m)^BEGIN:(VEVENT|VTODO)\r?$', t):
            good = True
    if objs and not good:
        errs.append('iCalendar part lacks VCALENDAR/VEVENT/VTODO')
    for d in msg.defects:
        errs.append('defect: %s' % d.__class__.__name__)
    return errs


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    files = set()
    for lab in ('spam', 'ham'):
        for dp, dn, fn in os.walk(os.path.join(root, lab)):
            for f in fn:
                if f.endswith('.eml'):
                    files.add(os.path.relpath(os.path.join(dp, f), root).replace(os.sep, '/'))
    problems = 0
    for rel in sorted(files):
        e = check_file(os.path.join(root, rel))
        if e:
            problems += 1
            print('FAIL %s: %s' % (rel, '; '.join(e)))
    lab_path = os.path.join(root, 'labels.tsv')
    seen = {}
    with open(lab_path, encoding='utf-8', newline='') as fh:
        lines = fh.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if not lines or lines[0] != 'path\tlabel\tcategory\tdescription':
        print('FAIL labels.tsv: bad header %r' % (lines[:1],))
        problems += 1
    for n, ln in enumerate(lines[1:], 2):
        cols = ln.split('\t')
        if len(cols) != 4:
            print('FAIL labels.tsv line %d: %d columns' % (n, len(cols)))
            problems += 1
            continue
        p, lab, cat, desc = cols
        seen[p] = seen.get(p, 0) + 1
        if lab not in ('spam', 'ham') or not p.startswith(lab + '/'):
            print('FAIL labels.tsv line %d: label %r for %s' % (n, lab, p))
            problems += 1
        if p.split('/')[1] != cat or not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', cat):
            print('FAIL labels.tsv line %d: category %r' % (n, cat))
            problems += 1
        if not desc.strip():
            print('FAIL labels.tsv line %d: empty description' % n)
            problems += 1
    for p, k in seen.items():
        if k != 1:
            print('FAIL labels.tsv: %s listed %d times' % (p, k))
            problems += 1
        if p not in files:
            print('FAIL labels.tsv: %s does not exist' % p)
            problems += 1
    for p in files - set(seen):
        print('FAIL labels.tsv: %s not listed' % p)
        problems += 1
    n_spam = sum(1 for f in files if f.startswith('spam/'))
    n_ham = sum(1 for f in files if f.startswith('ham/'))
    print('%d files (%d spam, %d ham), %d labels rows, %d problem(s)' % (len(files), n_spam, n_ham, len(seen), problems))
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
