#!/usr/bin/env python3
"""Generate the holdout11 calendar-invitation exam corpus into ./out (deterministic, stdlib only).

Usage: python3 gen.py [outdir]
"""
import collections
import email
import email.policy
import os
import random
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h11lib import build as B          # noqa: E402
from h11lib import loc as LOC          # noqa: E402
from h11lib.spam_items import ITEMS as SPAM   # noqa: E402
from h11lib.ham_items import ITEMS as HAM     # noqa: E402
from h11lib.readme import write_readme       # noqa: E402

SEED = 20241111


def main():
    t0 = time.time()
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rows = []
    stats = collections.defaultdict(collections.Counter)
    for label, items in (("spam", SPAM), ("ham", HAM)):
        arng = random.Random("%d-alloc-%s" % (SEED, label))
        alloc = B.allocate(items, arng)
        counters = collections.Counter()
        for i, it in enumerate(items):
            rng = random.Random("%d-%s-%d" % (SEED, label, i))
            client = alloc[i]
            m = B.resolve(it, label, client, rng)
            data, route = B.assemble(rng, m, it)
            cat = it["cat"]
            counters[cat] += 1
            rel = "%s/%s/%03d.eml" % (label, cat, counters[cat])
            path = os.path.join(out, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
            rows.append((rel, label, cat, it["d"]))
            stats["client-" + label][client] += 1
            stats["lang-" + label][it["lang"]] += 1
            stats["cat-" + label][cat] += 1
            stats["year-" + label][m["arrival"].year] += 1
            msg = email.message_from_bytes(data, policy=email.policy.default)
            seen_cs, seen_cte = set(), set()
            for part in msg.walk():
                if part.is_multipart():
                    continue
                if part.get_content_maintype() == "text":
                    seen_cs.add((part.get_content_charset() or "us-ascii").lower())
                seen_cte.add((part.get("Content-Transfer-Encoding") or "7bit").lower())
            for c in seen_cs:
                stats["charset-" + label][c] += 1
            for c in seen_cte:
                stats["cte-" + label][c] += 1
            if client == "list":
                stats["inner-" + label][m.get("inner_client")] += 1
    with open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        for r in rows:
            f.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in r) + "\n")
    write_readme(out, stats, SPAM, HAM)
    dt = time.time() - t0
    print("wrote %d messages to %s in %.1fs" % (len(rows), out, dt))
    for k in sorted(stats):
        if k.startswith("client") or k.startswith("year"):
            print(k, dict(sorted(stats[k].items())))


if __name__ == "__main__":
    main()
