#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the train18 calendar spam/ham exam corpus.

usage: python3 gen.py [OUTDIR]      (default: out/ beside this file)

Deterministic: fixed random seed, Python 3 standard library only."""
import datetime as dt
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from t18lib import core, ics, i18n, clients, assemble, common, report  # noqa: E402
from t18lib import content_spam, content_ham  # noqa: E402
from t18lib.core import pick, chance, digits, hexs, uuid4  # noqa: E402
from t18lib import builders  # noqa: E402

SEED = 18180318

SPAM_CATS = [  # key, label-category, count
    ('retail', 'retail-sale', 12), ('prize', 'prize-survey-lure', 12), ('crypto', 'crypto-investment', 12),
    ('dating', 'dating-sextortion', 11), ('fee', 'fee-scam', 12), ('phish', 'credential-phish', 16),
    ('callback', 'callback-scam', 12), ('update', 'fake-update-lure', 10), ('bec', 'bec', 14),
    ('advance', 'advance-fee', 10), ('task', 'task-job-scam', 10), ('docshare', 'compromised-doc-share', 11),
    ('nagging', 'nagging-payload', 9), ('mass', 'mass-invite', 9)]
HAM_CATS = [
    ('travel', 'travel-booking', 13), ('appointment', 'appointment-booking', 12), ('webinar', 'vendor-webinar', 12),
    ('community', 'community-series', 12), ('it', 'it-notice', 11), ('docshare', 'doc-share', 11),
    ('finance', 'finance-reminder', 11), ('recruiter', 'recruiter', 10), ('forwarded', 'forwarded-invite', 10),
    ('list', 'mailing-list-copy', 10), ('reply', 'reply-cancel', 12), ('personal', 'personal', 13),
    ('support', 'support-callback', 10), ('team', 'team-meeting', 13)]

CLIENT_POOL = [('google', 30), ('outlook', 34), ('icloud', 14), ('applemail', 8), ('thunderbird', 12), ('zoom', 8),
               ('nextcloud', 9), ('zimbra', 9), ('yahoo', 8), ('sogo', 6), ('booking', 12), ('hand', 10)]

ALLOWED = {
    'spam': {
        'retail': 'google icloud outlook yahoo thunderbird hand booking applemail zimbra',
        'prize': 'google outlook icloud booking hand yahoo sogo nextcloud zoom',
        'crypto': 'google outlook zoom icloud yahoo hand thunderbird booking',
        'dating': 'google icloud yahoo outlook hand applemail',
        'fee': 'booking hand google outlook icloud nextcloud zimbra sogo',
        'phish': 'outlook google booking hand zimbra sogo nextcloud thunderbird icloud applemail',
        'callback': 'google outlook icloud yahoo booking hand zoom',
        'update': 'outlook google zoom hand thunderbird zimbra applemail',
        'bec': 'outlook google thunderbird applemail yahoo zimbra hand icloud',
        'advance': 'yahoo google outlook hand icloud sogo zimbra',
        'task': 'google zoom outlook yahoo icloud hand nextcloud',
        'docshare': 'outlook thunderbird zimbra sogo nextcloud google applemail',
        'nagging': 'hand google icloud booking outlook nextcloud yahoo',
        'mass': 'google outlook icloud hand yahoo zimbra sogo thunderbird booking',
    },
    'ham': {
        'travel': 'booking outlook hand google applemail icloud',
        'appointment': 'booking hand google outlook zimbra nextcloud icloud',
        'webinar': 'zoom outlook booking google hand thunderbird',
        'community': 'google yahoo icloud outlook thunderbird nextcloud applemail hand',
        'it': 'outlook zimbra sogo nextcloud google thunderbird hand',
        'docshare': 'outlook google nextcloud thunderbird sogo zimbra applemail',
        'finance': 'outlook zimbra google sogo thunderbird nextcloud booking',
        'recruiter': 'google outlook zoom applemail thunderbird yahoo icloud',
        'forwarded': 'google outlook thunderbird applemail yahoo icloud zimbra',
        'list': 'google thunderbird outlook zimbra sogo nextcloud hand applemail',
        'reply': 'google outlook icloud thunderbird applemail yahoo zimbra sogo nextcloud',
        'personal': 'google icloud yahoo applemail outlook thunderbird nextcloud',
        'support': 'booking outlook zoom hand google zimbra',
        'team': 'outlook google zimbra sogo nextcloud thunderbird applemail zoom',
    },
}

NON_EN = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'el', 'ar', 'he', 'zh', 'ja', 'ko', 'hi', 'th']


def norm_entry(e):
    if len(e) == 2:
        return e[0], e[1], {}
    if len(e) == 3 and isinstance(e[2], dict):
        return e[0], e[1], e[2]
    return e, None, {}


def plan():
    items = []
    for label, cats, mod in (('spam', SPAM_CATS, content_spam), ('ham', HAM_CATS, content_ham)):
        for key, cname, count in cats:
            ne = [(lang, mod.NE[lang][key]) for lang in NON_EN if key in mod.NE[lang]]
            en = mod.EN[key]
            if len(en) + len(ne) != count:
                raise SystemExit('count mismatch %s %s: en=%d ne=%d want=%d' % (label, key, len(en), len(ne), count))
            for e in en:
                items.append(dict(label=label, key=key, cat=cname, lang='en', entry=e))
            for lang, e in ne:
                items.append(dict(label=label, key=key, cat=cname, lang=lang, entry=e))
    return items


def assign_clients(items):
    for label in ('spam', 'ham'):
        its = [it for it in items if it['label'] == label]
        core.rng.shuffle(its)
        left = {c: n for c, n in CLIENT_POOL}
        its.sort(key=lambda it: len(ALLOWED[label][it['key']].split()))
        # spread each category over its clients: remember per-category use
        used = {}
        scarce = {c: sum(1 for it in its if c in ALLOWED[label][it['key']].split()) for c in left}
        unassigned = []
        for it in its:
            allowed = ALLOWED[label][it['key']].split()
            cand = [c for c in allowed if left[c] > 0]
            if not cand:
                unassigned.append(it)
                continue
            u = used.setdefault(it['key'], {})
            best = max(cand, key=lambda c: (left[c] / scarce[c] * 10 - 2 * u.get(c, 0) + core.rng.random()))
            it['client'] = best
            left[best] -= 1
            u[best] = u.get(best, 0) + 1
        # repair: swap so that every slot of the pool is used exactly once
        for it in unassigned:
            allowed = ALLOWED[label][it['key']].split()
            free = [c for c in left if left[c] > 0]
            done = False
            for j in sorted(its, key=lambda _: core.rng.random()):
                if j is it or 'client' not in j or j['client'] not in allowed:
                    continue
                jal = ALLOWED[label][j['key']].split()
                for c in free:
                    if c in jal:
                        it['client'] = j['client']
                        j['client'] = c
                        left[c] -= 1
                        done = True
                        break
                if done:
                    break
            if not done:
                raise SystemExit('cannot place %s/%s' % (label, it['key']))


def assign_dates(items):
    start = dt.datetime(2016, 1, 4, 0, 0, 0)
    end = dt.datetime(2026, 11, 27, 0, 0, 0)
    span = int((end - start).total_seconds())
    for it in items:
        while True:
            t = start + dt.timedelta(seconds=core.rng.randrange(span))
            if it['client'] == 'zoom' and t.year < 2017:
                continue
            break
        it['arrival'] = t


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    outdir = os.path.abspath(outdir)
    core.seed(SEED)
    items = plan()
    assign_clients(items)
    assign_dates(items)
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    rows = []
    counters = {}
    core.rng.shuffle(items)
    for it in items:
        spec = builders.build(it)
        data = builders.render(spec)
        n = counters.get((it['label'], it['cat']), 0) + 1
        counters[(it['label'], it['cat'])] = n
        rel = '%s/%s/%03d.eml' % (it['label'], it['cat'], n)
        path = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'wb') as f:
            f.write(data)
        rows.append((rel, it['label'], it['cat'], builders.describe(spec), spec))
    rows.sort(key=lambda r: r[0])
    with open(os.path.join(outdir, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('path\tlabel\tcategory\tdescription\n')
        for rel, lab, cat, desc, _ in rows:
            f.write('%s\t%s\t%s\t%s\n' % (rel, lab, cat, desc.replace('\t', ' ')))
    report.write_readme(outdir, rows, SPAM_CATS, HAM_CATS)
    print('wrote %d messages to %s' % (len(rows), outdir))


if __name__ == '__main__':
    main()
