#!/usr/bin/env python3
"""Compares two rescan.sh directories: every verdict that changed, the totals per label ("shared" is ../shared/corpus
outside its spam folders, rules alone), and the signals a change made newly fire on legitimate mail (the warning sign
even when no verdict moves).
   usage: python3 scripts/rescore/compare.py BEFORE AFTER"""
import collections, glob, json, os, sys

before_dir, after_dir = sys.argv[1], sys.argv[2]


def load(directory, kind):
    scans = {}
    for labels in glob.glob(os.path.join(directory, "*.labels")):
        corpus = os.path.basename(labels)[:-len(".labels")]
        label_of = dict(line.rstrip("\n").split("\t")[:2] for line in open(labels, encoding="utf-8"))
        for line in open(os.path.join(directory, f"{corpus}{kind}.jsonl"), encoding="utf-8"):
            scan = json.loads(line)
            scan["label"] = label_of.get(scan["source"], "?")
            scans[scan["source"]] = scan
    if kind == ".rules" and os.path.exists(os.path.join(directory, "shared.rules.jsonl")):
        for line in open(os.path.join(directory, "shared.rules.jsonl"), encoding="utf-8"):
            scan = json.loads(line)
            scan["label"] = "shared"
            scans["shared:" + scan["source"]] = scan
    return scans


for kind, name in ((".rules", "rules alone"), ("", "with the seed")):
    before, after = load(before_dir, kind), load(after_dir, kind)
    totals = collections.Counter()
    new_on_ham = collections.Counter()
    for source, b in after.items():
        a = before.get(source)
        if a is None:
            continue
        totals[(b["label"], "before", a["verdict"])] += 1
        totals[(b["label"], "after", b["verdict"])] += 1
        names_a = {s["name"] for s in a["symbols"]}
        names_b = {s["name"] for s in b["symbols"]}
        if b["label"] in ("ham", "shared"):
            for signal in names_b - names_a:
                new_on_ham[signal] += 1
        if a["verdict"] != b["verdict"]:
            print(f"{name}: {b['label']} {a['verdict']} -> {b['verdict']} {a['score']} -> {b['score']} {source} "
                  f"+{sorted(names_b - names_a)} -{sorted(names_a - names_b)}")
    for label in ("spam", "ham", "shared") if kind else ("spam", "ham"):
        row = lambda when: ", ".join(f"{v} {totals[(label, when, v)]}" for v in ("spam", "suspicious", "clean"))
        print(f"{name}, {label}: before {row('before')}; after {row('after')}")
    if new_on_ham:
        print(f"{name}: signals newly firing on legitimate mail: {dict(new_on_ham)}")
