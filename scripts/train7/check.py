#!/usr/bin/env python3
# SPDX-License-Identifier: CC0-1.0
# train7: checks the corpus on disk against the generator and basic well-formedness rules.
import collections
import email
import os
import re
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

OK_IP = re.compile(r'^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$|^(10|127)\.|^192\.168\.|^172\.(1[6-9]|2\d|3[01])\.')
CAL_TYPES = ('text/calendar', 'application/ics', 'application/octet-stream')


def fail(msg, errors):
    errors.append(msg)


def crlf_ok(data):
    return data.count(b'\n') == data.count(b'\r\n') and data.count(b'\r') == data.count(b'\r\n')


def calendars(msg):
    """Decoded iCalendar payloads of every calendar-looking part, including nested message/rfc822."""
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        fn = (part.get_filename() or '').lower()
        if ct in CAL_TYPES or fn.endswith('.ics'):
            data = part.get_payload(decode=True)
            if data:
                out.append(data)
    return out


def main():
    errors = []
    items = gen.build_all()
    out = gen.OUT
    seen = set()
    for (p, data, label, cat, lang, mal, meta) in items:
        fp = os.path.join(out, p)
        seen.add(os.path.normpath(fp))
        if not os.path.exists(fp):
            fail('missing on disk: ' + p, errors)
            continue
        disk = open(fp, 'rb').read()
        if disk != data:
            fail('differs from generator: ' + p, errors)
        if not crlf_ok(disk):
            fail('not CRLF: ' + p, errors)
        msg = email.message_from_bytes(disk, policy=policy.compat32)
        names = [k.lower() for k in msg.keys()]
        if names[:4] != ['return-path', 'delivered-to', 'authentication-results', 'received']:
            fail('trace header order: %s %s' % (p, names[:4]), errors)
        ar = msg['Authentication-Results']
        if not ar.startswith('mx.example.net;') or not re.search(r'dkim=\w+.*spf=\w+.*dmarc=\w+', ' '.join(ar.split())):
            fail('Authentication-Results: ' + p, errors)
        for ipaddr in re.findall(r'\[(\d+\.\d+\.\d+\.\d+)\]|\((\d+\.\d+\.\d+\.\d+)\)', disk.split(b'\r\n\r\n')[0].decode('latin-1')):
            a = ipaddr[0] or ipaddr[1]
            if not OK_IP.match(a):
                fail('IP outside documentation/private ranges in %s: %s' % (p, a), errors)
        cals = calendars(msg)
        good = [c for c in cals if b'BEGIN:VCALENDAR' in c and b'BEGIN:VEVENT' in c]
        if not good:
            fail('no VCALENDAR with VEVENT: ' + p, errors)
        try:
            email.message_from_bytes(disk, policy=policy.default).get_body()
        except Exception as e:  # noqa: BLE001
            fail('email package failed on %s: %r' % (p, e), errors)
    for d, _, files in os.walk(out):
        for fn in files:
            fp = os.path.normpath(os.path.join(d, fn))
            if fn.endswith('.eml') and fp not in seen:
                fail('stray file: ' + os.path.relpath(fp, out), errors)
    # labels.tsv
    lt = open(os.path.join(out, 'labels.tsv'), 'rb').read()
    if lt != gen.labels_tsv(items) or not crlf_ok(lt):
        fail('labels.tsv differs or is not CRLF', errors)
    rows = lt.decode().split('\r\n')
    if rows[0] != 'path\tlabel\tcategory\tdescription':
        fail('labels.tsv header', errors)
    listed = set()
    for r in rows[1:]:
        if not r:
            continue
        path, label, cat, desc = r.split('\t')
        listed.add(path)
        if not path.startswith('%s/%s/' % (label, cat)) or not os.path.exists(os.path.join(out, path)):
            fail('labels.tsv row: ' + r, errors)
    if listed != {i[0] for i in items}:
        fail('labels.tsv does not list exactly the files', errors)
    rd = open(os.path.join(out, 'README.md'), 'rb').read()
    if rd != gen.readme(items) or not crlf_ok(rd):
        fail('README.md differs or is not CRLF', errors)
    # counts
    bycat = collections.Counter((i[2], i[3]) for i in items)
    bylang = collections.Counter(i[4] for i in items)
    side = collections.Counter(i[2] for i in items)
    print('per category:')
    for (label, cat) in gen.ORDER:
        print('  %-5s %-18s %3d' % (label, cat, bycat[(label, cat)]))
    print('per side: spam %d, ham %d' % (side['spam'], side['ham']))
    print('per language:')
    for lang, n in sorted(bylang.items(), key=lambda x: (-x[1], x[0])):
        s = sum(1 for i in items if i[4] == lang and i[2] == 'spam')
        print('  %-3s %3d  (spam %d, ham %d)' % (lang, n, s, n - s))
    print('malformed: spam %d, ham %d' % (sum(1 for i in items if i[5] and i[2] == 'spam'),
                                         sum(1 for i in items if i[5] and i[2] == 'ham')))
    if side['spam'] != 160 or side['ham'] != 160:
        fail('expected 160/160', errors)
    if errors:
        print('\n'.join('ERROR: ' + e for e in errors[:60]))
        print('%d errors' % len(errors))
        return 1
    print('OK: %d messages checked' % len(items))
    return 0


if __name__ == '__main__':
    sys.exit(main())
