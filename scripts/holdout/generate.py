#!/usr/bin/env python3
"""Regenerate the held-out corpus: corpus/holdout/{spam,ham}/<category>/NNN.eml and labels.tsv.

Python 3.11 standard library only. Deterministic: a fixed seed, no wall clock, no
system time-zone database; running it twice gives byte-identical files.

    python3 scripts/holdout/generate.py [--out corpus/holdout]
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import ham  # noqa: E402
import spam  # noqa: E402
from engine import Gen, render  # noqa: E402

SEED = 0x5EED_4011D
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=os.path.join(ROOT, "corpus", "holdout"))
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    rng = random.Random(SEED)
    g = Gen(rng)
    specs = []
    for fn in spam.CATEGORIES + ham.CATEGORIES:
        specs.extend(fn(g))
    for label in ("spam", "ham"):
        d = os.path.join(out, label)
        if os.path.isdir(d):
            shutil.rmtree(d)
    rows = []
    counters = {}
    for m in specs:
        key = (m["label"], m["cat"])
        counters[key] = counters.get(key, 0) + 1
        rel = os.path.join(m["label"], m["cat"], f"{counters[key]:03d}.eml")
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = render(g, m)
        with open(path, "wb") as f:
            f.write(data)
        relrepo = os.path.relpath(path, ROOT).replace(os.sep, "/")
        desc = m["desc"].replace("\t", " ").replace("\n", " ")
        rows.append(f"{relrepo}\t{m['label']}\t{m['cat']}\t{desc}")
    with open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        f.write("\n".join(rows) + "\n")
    n_spam = sum(1 for m in specs if m["label"] == "spam")
    print(f"wrote {len(specs)} messages ({n_spam} spam, {len(specs) - n_spam} ham) to {out}")


if __name__ == "__main__":
    main()
