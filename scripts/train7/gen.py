#!/usr/bin/env python3
# SPDX-License-Identifier: CC0-1.0
#
# train7: a synthetic, labelled corpus of iMIP calendar invitations (160 spam, 160 ham) for Calguard.
# Written by hand for this corpus; released under CC0 1.0 Universal (public domain dedication).
# Every message is rendered from its own random.Random("train7/<label>/<category>/<index>"), so the
# output is byte-for-byte reproducible. Python 3.11 standard library only.
#
# Usage (from the worktree root):  python3 scripts/train7/gen.py && python3 scripts/train7/check.py
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from build import render  # noqa: E402
import spam_a, spam_b, spam_c, ham_a, ham_b, ham_c  # noqa: E402,E401

NAME = 'train7'
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
OUT = os.path.join(ROOT, 'corpus', NAME)

ORDER = [
    ('spam', 'romance'), ('spam', 'invoice'), ('spam', 'bec'), ('spam', 'compromised'), ('spam', 'malware'),
    ('spam', 'phish'), ('spam', 'callback'), ('spam', 'prize'), ('spam', 'job'), ('spam', 'nagging'),
    ('ham', 'payment_reminders'), ('ham', 'partner_shares'), ('ham', 'it_notices'), ('ham', 'personal_invites'),
    ('ham', 'bookings'), ('ham', 'appointments'), ('ham', 'webinars_vendor'), ('ham', 'community_series'),
    ('ham', 'work_meetings'), ('ham', 'recruiting'),
]


# Deliberately malformed messages (about 5 % per side), the way real software gets it wrong.
# kinds: lf = LF-only line ends inside the base64 calendar part; no_end = END:VCALENDAR missing;
# unfolded = long lines not folded; no_uid = VEVENT without UID; floating = times without zone;
# novtz = TZID used without a VTIMEZONE; 8bit_ascii = 8-bit text in a part declared us-ascii;
# method_mismatch = Content-Type method differs from METHOD (set in the record itself).
MAL = {
    ('spam', 'romance', 10): 'unfolded', ('spam', 'invoice', 18): 'no_uid', ('spam', 'invoice', 15): '8bit_ascii',
    ('spam', 'bec', 19): 'floating', ('spam', 'malware', 6): 'lf', ('spam', 'callback', 4): 'novtz',
    ('spam', 'nagging', 2): 'no_end',
    ('ham', 'payment_reminders', 3): '8bit_ascii', ('ham', 'payment_reminders', 11): 'lf',
    ('ham', 'personal_invites', 13): 'lf', ('ham', 'bookings', 8): 'unfolded', ('ham', 'appointments', 2): 'novtz',
    ('ham', 'appointments', 5): 'floating', ('ham', 'community_series', 10): 'no_end',
    ('ham', 'webinars_vendor', 5): 'no_uid',
}


# a few recipients at invented consumer domains (hosted by the same MX)
OTHER_TO = [('spam', 'romance', 3), ('spam', 'prize', 4), ('spam', 'job', 2), ('ham', 'personal_invites', 22),
            ('ham', 'payment_reminders', 5), ('ham', 'bookings', 7)]


def records():
    allrec = {}
    for mod in (spam_a, spam_b, spam_c, ham_a, ham_b, ham_c):
        for key, lst in mod.CATS.items():
            assert key not in allrec, key
            allrec[key] = list(lst)
    assert set(allrec) == set(ORDER), set(allrec) ^ set(ORDER)
    for (label, cat, i), kind in MAL.items():
        lst = allrec[(label, cat)]
        assert 'mal' not in lst[i - 1]
        lst[i - 1] = dict(lst[i - 1], mal=kind)
    for (label, cat, i) in OTHER_TO:
        lst = allrec[(label, cat)]
        assert 'to' not in lst[i - 1], (label, cat, i)
        lst[i - 1] = dict(lst[i - 1], to='other')
    return allrec


def build_all():
    """[(relpath, bytes, label, category, lang, malformation, meta)]"""
    allrec = records()
    out = []
    for (label, cat) in ORDER:
        for i, rec in enumerate(allrec[(label, cat)], 1):
            data = render(rec, label, cat, i)
            meta = dict(cl=rec['cl'], wrap=rec.get('wrap') or '', method=rec.get('method', ''),
                        cs=rec.get('cs', 'utf-8'))
            out.append(('%s/%s/%03d.eml' % (label, cat, i), data, label, cat, rec['lang'], rec.get('mal', ''), meta))
    return out


def labels_tsv(items):
    lines = ['path\tlabel\tcategory\tdescription']
    for (p, _, label, cat, *_r) in items:
        lines.append('%s\t%s\t%s\t' % (p, label, cat))
    return ('\r\n'.join(lines) + '\r\n').encode()


def readme(items):
    from readme import text
    return text(items).replace('\r\n', '\n').replace('\n', '\r\n').encode('utf-8')


def main():
    items = build_all()
    os.makedirs(OUT, exist_ok=True)
    want = set()
    for (p, data, *_rest) in items:
        fp = os.path.join(OUT, p)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, 'wb') as f:
            f.write(data)
        want.add(fp)
    for d, _, files in os.walk(OUT):
        for fn in files:
            fp = os.path.join(d, fn)
            if fn.endswith('.eml') and fp not in want:
                os.remove(fp)
    with open(os.path.join(OUT, 'labels.tsv'), 'wb') as f:
        f.write(labels_tsv(items))
    with open(os.path.join(OUT, 'README.md'), 'wb') as f:
        f.write(readme(items))
    print('wrote %d messages to %s' % (len(items), os.path.relpath(OUT, ROOT)))


if __name__ == '__main__':
    main()
