#!/usr/bin/env python3
"""Generate corpus/train5 deterministically: python3 scripts/train5/gen.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import build, inner_msg
import spam_specs, ham_specs

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus", "train5")

def main():
    rows = []
    for label, specs in (("spam", spam_specs.SPECS), ("ham", ham_specs.SPECS)):
        counters = {}
        for i, s in enumerate(specs):
            s = dict(s); s["label"] = label
            n = counters.get(s["cat"], 0) + 1; counters[s["cat"]] = n
            if "inner" in s and isinstance(s["inner"], dict):
                inn = dict(s["inner"]); inn.setdefault("label", label); inn.setdefault("cat", s["cat"] + "-inner")
                import datetime as _dt
                probe = dict(s); probe["label"] = label; probe["inner"] = ""
                build(probe, i)
                inn["_arrival"] = probe["_arrival_out"] - _dt.timedelta(days=1 + i % 3, hours=2 + i % 5, minutes=17 + i % 40)
                s["inner"] = inner_msg(inn, i)
            raw = build(s, i)
            rel = f"{label}/{s['cat']}/{n:03d}.eml"
            path = os.path.join(ROOT, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f: f.write(raw)
            rows.append(f"{rel}\t{label}\t{s['cat']}\t")
    with open(os.path.join(ROOT, "labels.tsv"), "w", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n" + "\n".join(rows) + "\n")
    print(len(rows), "messages")

if __name__ == "__main__":
    main()
