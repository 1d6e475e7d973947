#!/usr/bin/env python3
"""Generate corpus/holdout3 (sealed exam corpus). Deterministic: re-running reproduces every byte.

Usage: python3 scripts/holdout3/gen.py [--out corpus/holdout3]
"""
import argparse
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import spam  # noqa: E402
try:
    import ham  # noqa: E402
    HAM = ham.HAM
except ImportError:
    HAM = {}

PER_CATEGORY = 8


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.normpath(os.path.join(here, "..", "..", "corpus", "holdout3")))
    a = ap.parse_args()
    rows = []
    for label, table in (("spam", spam.SPAM), ("ham", HAM)):
        d = os.path.join(a.out, label)
        if os.path.isdir(d):
            shutil.rmtree(d)
        for catname in sorted(table):
            n = getattr(table[catname], "count", PER_CATEGORY)
            os.makedirs(os.path.join(d, catname), exist_ok=True)
            for i in range(n):
                data = table[catname](i)
                rel = "%s/%s/%03d.eml" % (label, catname, i + 1)
                with open(os.path.join(a.out, rel), "wb") as f:
                    f.write(data)
                rows.append((rel, label, catname))
    with open(os.path.join(a.out, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        for r in rows:
            f.write("%s\t%s\t%s\t\n" % r)
    print("wrote %d messages to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
