#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""holdout16 generator: writes a labelled corpus of calendar-invitation e-mail (spam and ham) into ./out/.

Deterministic: every message has its own random.Random seeded from (label, category, index).
Python 3 standard library only.  Usage:  python3 gen.py [outdir]
"""
import collections
import email
import email.policy
import os
import re
import random
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import clients      # noqa: E402
import common       # noqa: E402
import mime         # noqa: E402
import transport    # noqa: E402
import spam_cats    # noqa: E402
import ham_cats     # noqa: E402
import readme       # noqa: E402

SEED = 'holdout16'


class Ctx:
    pass


def make_ctx(label, cat, i, lang, client_spec):
    c = Ctx()
    c.rng = random.Random('%s|%s|%s|%d' % (SEED, label, cat['name'], i))
    c.label = label
    c.cat = cat['name']
    c.idx = i
    c.lang = lang
    client, _, var = client_spec.partition('.')
    if client == 'mlist':
        c.client = 'mlist'
        c.client_inner = var or 'google'
        c.client_var = None
    else:
        c.client = client
        c.client_inner = None
        c.client_var = var or None
    c.listinfo = None
    c.spec = None
    c.sender = None
    c.desc = ''
    y0, y1 = cat.get('years', (2016, 2026))
    common.set_arrival(c, y0, y1)
    common.make_rcpt(c)
    return c


def build_message(c):
    cl = c.client_inner if c.client == 'mlist' else c.client
    H, root = clients.BUILDERS[cl](c)
    c.header_from_domain = c.sender['domain']
    if c.client == 'mlist':
        tr_inner = transport.build_trace(c)
        H, root = transport.wrap_list(c, H, root)
        tr = transport.list_trace(c, tr_inner)
        if c.listinfo.get('munge'):
            c.header_from_domain = c.listinfo['domain'] if c.listinfo['kind'] != 'googlegroups' else 'googlegroups.com'
    else:
        tr = transport.build_trace(c)
    data = transport.assemble(c, H, root, tr)
    return mime.crlf(data)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith('-')]
    out = args[0] if args else os.path.join(HERE, 'out')
    t0 = time.time()
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rows = []
    stats = collections.defaultdict(collections.Counter)
    for label, mod in (('spam', spam_cats), ('ham', ham_cats)):
        for cat in mod.CATS:
            n = len(cat['langs'])
            assert n == len(cat['clients']), cat['name']
            d = os.path.join(out, label, cat['name'])
            os.makedirs(d, exist_ok=True)
            seen = collections.Counter()
            for i in range(n):
                c = make_ctx(label, cat, i, cat['langs'][i], cat['clients'][i])
                c.lang_idx = seen[c.lang]
                seen[c.lang] += 1
                cat['fn'](c)
                data = build_message(c)
                rel = '%s/%s/%03d.eml' % (label, cat['name'], i + 1)
                with open(os.path.join(out, rel), 'wb') as f:
                    f.write(data)
                desc = c.desc.replace('\t', ' ').replace('\n', ' ').strip()
                cl_name = c.client if c.client != 'mlist' else 'list/' + c.client_inner
                sm = (c.spec['events'][0].get('summary') or '').replace('\t', ' ').replace('\n', ' ').replace('\x00URL\x00', '')
                if len(sm) > 48:
                    sm = sm[:47].rstrip() + '…'
                desc = '%s – "%s"' % (desc, sm)
                if label == 'spam':
                    desc = '%s; sent via %s, %s sender' % (desc, cl_name, {'free': 'free-mail', 'org': 'organisation', 'compromised': 'compromised-account',
                                                                          'lookalike': 'look-alike-domain', 'spoof': 'spoofed', 'vps': 'self-hosted',
                                                                          'service': 'platform', 'brand': 'brand'}.get(c.sender.get('kind'), 'other'))
                rows.append((rel, label, cat['name'], desc))
                msg = email.message_from_bytes(data, policy=email.policy.compat32)
                found = set()
                for part in msg.walk():
                    if part.get_content_charset():
                        found.add(part.get_content_charset())
                for part in msg.walk():
                    for _, v in part.items():
                        found.update(x.lower() for x in re.findall(r'=\?([A-Za-z0-9_-]+)\?[BQbq]\?', str(v)))
                for csn in found:
                    stats['charsets'][csn] += 1
                stats[label + ':client'][c.client] += 1
                stats[label + ':lang'][c.lang] += 1
                stats[label + ':year'][c.year] += 1
                stats[label + ':infra'][c.infra] += 1
                stats[label + ':auth'][c.auth_summary] += 1
                stats[label + ':method'][c.spec.get('method') or '(none)'] += 1
                for q in sorted(c.spec.get('quirks', ())):
                    stats[label + ':quirk'][q] += 1
                stats[label + ':ncomp'][len(c.spec['events'])] += 1
                stats[label + ':placement'][getattr(c, 'placement', '-')] += 1
                stats['catcount'][(label, cat['name'])] += 1
    with open(os.path.join(out, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('path\tlabel\tcategory\tdescription\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(readme.render(spam_cats.CATS, ham_cats.CATS, stats))
    dt = time.time() - t0
    print('wrote %d messages to %s in %.1fs' % (len(rows), out, dt))
    if '-v' in argv or os.environ.get('H16_STATS'):
        for k in sorted(stats):
            if k == 'catcount':
                continue
            print(k, dict(sorted(stats[k].items(), key=lambda x: str(x[0]))))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
