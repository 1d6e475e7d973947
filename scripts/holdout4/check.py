#!/usr/bin/env python3
"""Sanity checks for corpus/holdout4 (run from the worktree root: python3 scripts/holdout4/check.py).

- every .eml parses with the email package and carries at least one iCalendar object
  (text/calendar part, .ics attachment, or nested message/rfc822 containing one);
- every file uses CRLF line endings only;
- labels.tsv lists exactly the files on disk, with the right label/category and an empty description;
- prints counts per category and per language (language comes from the generator's plan).
"""
import collections
import email
import email.policy
import os
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
CORPUS = os.path.join(ROOT, 'corpus', 'holdout4')
sys.path.insert(0, HERE)


def has_ics(msg):
    for part in msg.walk():
        ct = part.get_content_type()
        fn = (part.get_filename() or part.get_param('name') or '')
        if ct == 'text/calendar' or fn.lower().endswith('.ics') or ct == 'application/ics':
            payload = part.get_payload(decode=True) or b''
            if b'BEGIN:VCALENDAR' in payload:
                return True
        if ct == 'message/rfc822':
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) else inner
            if has_ics(inner):
                return True
    return False


def main():
    errors = []
    on_disk = set()
    for side in ('spam', 'ham'):
        for dp, dn, fns in os.walk(os.path.join(CORPUS, side)):
            for fn in fns:
                on_disk.add(os.path.relpath(os.path.join(dp, fn), CORPUS).replace(os.sep, '/'))
    rows = {}
    with open(os.path.join(CORPUS, 'labels.tsv'), encoding='utf-8') as fh:
        header = fh.readline().rstrip('\n')
        if header != 'path\tlabel\tcategory\tdescription':
            errors.append('bad labels.tsv header: %r' % header)
        for line in fh:
            f = line.rstrip('\n').split('\t')
            if len(f) != 4:
                errors.append('bad labels line %r' % line)
                continue
            path, label, cat, desc = f
            if desc:
                errors.append('%s: description not empty' % path)
            if path in rows:
                errors.append('%s: duplicate label row' % path)
            rows[path] = (label, cat)
            if path.split('/')[:2] != [label, cat]:
                errors.append('%s: label/category do not match path' % path)
    for p in sorted(on_disk - set(rows)):
        errors.append('%s: on disk but not in labels.tsv' % p)
    for p in sorted(set(rows) - on_disk):
        errors.append('%s: in labels.tsv but missing' % p)
    for p in sorted(on_disk & set(rows)):
        raw = open(os.path.join(CORPUS, p), 'rb').read()
        if b'\n' in raw.replace(b'\r\n', b'') or b'\r' in raw.replace(b'\r\n', b''):
            errors.append('%s: not pure CRLF' % p)
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        if not msg.get('Return-Path') or list(msg.keys())[:3] != ['Return-Path', 'Delivered-To', 'Authentication-Results']:
            errors.append('%s: trace headers not in expected order' % p)
        if not has_ics(msg):
            errors.append('%s: no iCalendar object found' % p)
        for part in msg.walk():
            if part.get_content_maintype() == 'text':
                cs = part.get_content_charset() or 'us-ascii'
                cs = {'iso-8859-8-i': 'iso-8859-8', 'iso-8859-6-i': 'iso-8859-6', 'windows-874': 'cp874'}.get(cs, cs)
                try:
                    (part.get_payload(decode=True) or b'').decode(cs)
                except LookupError:
                    errors.append('%s: unknown charset %s' % (p, cs))
                except UnicodeDecodeError:
                    pass  # deliberate malformation (mislabelled charset) is allowed
    # counts
    per_cat = collections.Counter(rows.values())
    langs = collections.Counter()
    try:
        import gen
        for rel, label, cat, i, entry, mal in gen.plan():
            langs[(label, entry['l'])] += 1
    except Exception as exc:  # pragma: no cover
        errors.append('could not import generator plan: %s' % exc)
    print('messages: %d (spam %d, ham %d)' % (len(rows), sum(1 for v in rows.values() if v[0] == 'spam'),
                                              sum(1 for v in rows.values() if v[0] == 'ham')))
    print('\nper category:')
    for (label, cat), n in sorted(per_cat.items()):
        print('  %-5s %-18s %3d' % (label, cat, n))
    print('\nper language (spam / ham):')
    for lang in sorted({l for _, l in langs}):
        print('  %-3s %3d / %3d' % (lang, langs[('spam', lang)], langs[('ham', lang)]))
    if errors:
        print('\nERRORS (%d):' % len(errors))
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('\nall checks passed')


if __name__ == '__main__':
    main()
