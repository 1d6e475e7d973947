# -*- coding: utf-8 -*-
"""Generator for corpus/holdout7: 160 spam + 160 ham iMIP messages.  Stdlib only (Python 3.11).

    python3 scripts/holdout7/gen.py          # writes corpus/holdout7/
Every message gets its own random.Random seeded with "holdout7/<side>/<category>/<n>".
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import OUT, LANGS, invite_text, assemble  # noqa: E402
from cats_spam import SPAM_CATS  # noqa: E402
from cats_ham import HAM_CATS  # noqa: E402

# ============================================================== malformation plan (about 5% per side)
MALS = ['lf-only', 'unfolded', 'missing-end', 'missing-uid', 'tzid-no-vtimezone', 'raw8bit-ascii', 'unfolded', 'missing-uid']
MAL_DESC = {
    'lf-only': 'the iCalendar object uses bare LF line ends (inside a base64 part)',
    'unfolded': 'iCalendar content lines longer than 75 octets are not folded',
    'missing-end': 'END:VCALENDAR is missing',
    'missing-uid': 'the VEVENT/VTODO has no UID',
    'tzid-no-vtimezone': 'DTSTART/DTEND carry a TZID but no VTIMEZONE is included',
    'raw8bit-ascii': 'raw 8-bit UTF-8 bytes in a text/plain part declared us-ascii and 7bit',
}


def plan():
    items = []
    for side, cats in (('spam', SPAM_CATS), ('ham', HAM_CATS)):
        for cat, (count, fn, about) in cats.items():
            for n in range(1, count + 1):
                items.append((side, cat, n))
    mal = {}
    for side in ('spam', 'ham'):
        pool = [i for i in items if i[0] == side]
        r = random.Random('holdout7/malformed/' + side)
        chosen = r.sample(pool, 8)
        for k, it in enumerate(sorted(chosen)):
            mal[it] = MALS[k]
    return items, mal


def build_all():
    items, mal = plan()
    files, rows, stats = {}, [], []
    for side, cat, n in items:
        cats = SPAM_CATS if side == 'spam' else HAM_CATS
        rng = random.Random('holdout7/%s/%s/%d' % (side, cat, n))
        sp = cats[cat][1](rng, n)
        m = mal.get((side, cat, n))
        if m == 'tzid-no-vtimezone' and not sp['ev'].get('tz'):
            sp['ev']['tz'] = LANGS[sp['lang']]['tz']
        if m == 'raw8bit-ascii' and all(ord(c) < 128 for c in invite_text(sp)):
            sp['body'] = invite_text(sp) + '\n— ' + sp['from'][0] + ' · ✓\n'
        data = assemble(rng, sp, m)
        path = '%s/%s/%03d.eml' % (side, cat, n)
        files[path] = data
        desc = sp.get('desc', '')
        if m:
            desc = (desc + '; ' if desc else '') + 'malformed: ' + m
        rows.append((path, side, cat, desc))
        stats.append(dict(path=path, side=side, cat=cat, lang=sp['lang'], client=sp['client'] + ('+forward' if sp.get('wrap') == 'forward' else '') + ('+list' if sp.get('is_list') else ''),
                          mal=m, cs=sp.get('charset'), auth=sp['inf']['kind']))
    files['labels.tsv'] = ('path\tlabel\tcategory\tdescription\n' + ''.join('%s\t%s\t%s\t%s\n' % r for r in rows)).encode('utf-8')
    from readme import readme
    files['README.md'] = readme(stats, SPAM_CATS, HAM_CATS, MAL_DESC, files).encode('utf-8')
    return files


def main():
    files = build_all()
    import shutil
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    for p, data in files.items():
        fp = os.path.join(OUT, p)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, 'wb') as f:
            f.write(data)
    print('wrote %d files to %s' % (len(files), OUT))


if __name__ == '__main__':
    main()
