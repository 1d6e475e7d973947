#!/usr/bin/env python3
"""Generate corpus/train3 deterministically.  Usage: python3 scripts/train3/generate.py"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from build import build  # noqa: E402
from spam import SPAM  # noqa: E402
from ham import HAM  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus", "train3")


def main():
    root = os.path.normpath(ROOT)
    rows = []
    for label, table in (("spam", SPAM), ("ham", HAM)):
        for cat in sorted(table):
            for i, d in enumerate(table[cat], 1):
                path, data = build(label, cat, i, d)
                full = os.path.join(root, path)
                os.makedirs(os.path.dirname(full), exist_ok=True)
                with open(full, "wb") as f:
                    f.write(data)
                rows.append((path, label, cat))
    with open(os.path.join(root, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        for p, l, c in rows:
            f.write(f"{p}\t{l}\t{c}\t\n")
    print(f"wrote {len(rows)} messages to {root}")


if __name__ == "__main__":
    main()
