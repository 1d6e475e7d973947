#!/usr/bin/env python3
"""Generate the holdout20 calendar-invitation exam corpus (deterministic; Python 3 stdlib only).

Usage: python3 gen.py [OUTPUT_DIR]      (default: out/ next to this file)
"""
import os
import sys
import shutil
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h20lib.build import build, assign_clients  # noqa: E402
from h20lib.lang import NAMES_LANG  # noqa: E402
from h20lib import spam, ham  # noqa: E402
from h20lib.readme import write_readme  # noqa: E402


TAGS = {'google': 'Google Calendar', 'outlook/o365': 'Exchange Online', 'outlook/teams': 'Exchange Online + Teams',
        'outlook/onprem': 'Exchange on-premises', 'outlook/olk': 'Outlook desktop over SMTP', 'icloud/server': 'iCloud server mail',
        'icloud/mail': 'Apple Calendar via Mail', 'thunderbird': 'Thunderbird', 'zoom': 'Zoom', 'nextcloud': 'Nextcloud',
        'zimbra': 'Zimbra', 'yahoo': 'Yahoo', 'sogo': 'SOGo', 'booking': 'booking/transactional system',
        'handrolled/php': 'PHPMailer script', 'handrolled/python': 'Python script', 'handrolled/dotnet': '.NET script',
        'handrolled/java': 'JavaMail application', 'handrolled/bulk': 'bulk-mail tool'}


def client_tag(info):
    c = info['client']
    if c == 'listserv':
        return 'mailing list, original from %s' % TAGS.get(info['sub'], info['sub'])
    return TAGS.get('%s/%s' % (c, info['sub']), TAGS.get(c, c))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rows = []
    stats = []
    for label, mod in (('spam', spam), ('ham', ham)):
        specs = mod.SPECS
        cats = mod.CATS
        clients = assign_clients(specs, cats, label)
        counters = defaultdict(int)
        for i, (spec, client) in enumerate(zip(specs, clients)):
            cat = spec['cat']
            counters[cat] += 1
            n = counters[cat]
            rel = '%s/%s/%03d.eml' % (label, cat, n)
            data, info = build(spec, cats, label, n, client)
            path = os.path.join(out, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'wb') as f:
                f.write(data)
            rows.append((rel, label, cat, '%s [%s]' % (spec['note'], client_tag(info))))
            info.update(label=label, cat=cat)
            stats.append(info)
    with open(os.path.join(out, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('path\tlabel\tcategory\tdescription\n')
        for r in rows:
            f.write('\t'.join(x.replace('\t', ' ') for x in r) + '\n')
    write_readme(out, rows, stats, spam.CATS, ham.CATS, NAMES_LANG)
    print('wrote %d messages to %s' % (len(rows), out))


if __name__ == '__main__':
    main()
