#!/usr/bin/env python3
"""Fits the rules' default scores to labelled scans (run by rescore.sh; stdlib only).

Model: the verdict score is the sum of each hit's default score times its factor (the engine's grading and group caps
as observed in the scan). With the spam threshold fixed, a perceptron-style fit moves the scores of positive signals so
that spam clears the threshold by a margin and ham stays a margin below it (a ham error costs HAM_COST spam errors),
pulled back towards the hand-set scores (handset.tsv: the scores as written before the first fit, so refits do not
compound). Bounds keep the result explainable: no score below half its hand-set value,
at most twice it for signals that never fire on legitimate mail in any corpus or in ../shared/corpus, at most 1.5
times it for the others. Learned, reputation and external signals and rare ones (under 10 hits) keep their scores.
"""
import json, os, random, re, sys

THRESHOLD, MARGIN, HAM_COST, PULL, EPOCHS, RATE = 7.5, 1.0, 15.0, 0.5, 60, 0.01
LOW, HIGH_SAFE, HIGH = 0.5, 2.0, 1.5
FIXED = {"BAYES_SEED_SPAM", "BAYES_SEED_HAM", "BAYES_SPAM", "BAYES_HAM"}

work, corpora = sys.argv[1], sys.argv[2:]
defaults = {}
for line in open(os.path.join(work, "rules.txt"), encoding="utf-8"):
    m = re.match(r"(\S+)\s+(-?[\d.]+)\s+(\S+)", line)
    if m:
        defaults[m.group(1)] = float(m.group(2))


handset = dict(defaults)
for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "handset.tsv"), encoding="utf-8"):
    name, value = line.rstrip("\n").split("\t")
    if name in handset:
        handset[name] = float(value)


def hits(o):
    return {s["name"]: s["score"] / defaults[s["name"]] for s in o["symbols"] if defaults.get(s["name"])}


data, ham_hits, counts = [], {}, {}
for c in corpora:
    labels = dict(line.rstrip("\n").split("\t") for line in open(os.path.join(work, c + ".labels"), encoding="utf-8"))
    for line in open(os.path.join(work, c + ".jsonl"), encoding="utf-8"):
        o = json.loads(line)
        label = labels.get(o["source"].split("#")[0])
        if label:
            data.append((c, label, hits(o)))
            for n in hits(o):
                counts[n] = counts.get(n, 0) + 1
    for line in open(os.path.join(work, c + ".rules.jsonl"), encoding="utf-8"):
        o = json.loads(line)
        if labels.get(o["source"].split("#")[0]) == "ham":
            for n in hits(o):
                ham_hits[n] = ham_hits.get(n, 0) + 1
shared = os.path.join(work, "shared.rules.jsonl")
if os.path.exists(shared):
    for line in open(shared, encoding="utf-8"):
        o = json.loads(line)
        if "/spam/" not in o["source"]:
            for n in hits(o):
                ham_hits[n] = ham_hits.get(n, 0) + 1

learn = [n for n, d in handset.items() if d > 0 and counts.get(n, 0) >= 10 and n not in FIXED]


def score(w, f):
    return sum(w[n] * v for n, v in f.items())


def fit(train):
    w = dict(handset)
    for epoch in range(EPOCHS):
        random.Random(epoch).shuffle(train)
        for _, label, f in train:
            s = score(w, f)
            step = RATE if label == "spam" and s < THRESHOLD + MARGIN else -RATE * HAM_COST if label == "ham" and s > THRESHOLD - MARGIN - 1 else 0
            for n, v in f.items():
                if step and n in learn:
                    w[n] += step * v
        for n in learn:
            w[n] -= RATE * PULL * (w[n] - handset[n])
            high = HIGH_SAFE if ham_hits.get(n, 0) == 0 else HIGH
            w[n] = min(max(w[n], LOW * handset[n]), high * handset[n])
    return w


def judge(w, test):
    spam = [f for _, label, f in test if label == "spam"]
    ham = [f for _, label, f in test if label == "ham"]
    return (len(spam), sum(score(w, f) >= THRESHOLD for f in spam), len(ham), sum(score(w, f) >= THRESHOLD for f in ham),
            sum(5 <= score(w, f) < THRESHOLD for f in ham))


print("leave one corpus out (the fit never saw the corpus it judges; its seed did not either):")
before, after = [0] * 5, [0] * 5
for c in corpora:
    test = [d for d in data if d[0] == c]
    w = fit([d for d in data if d[0] != c])
    b, a = judge(defaults, test), judge(w, test)
    before, after = [x + y for x, y in zip(before, b)], [x + y for x, y in zip(after, a)]
    print(f"  {c:10s} spam judged spam {b[1]}/{b[0]} -> {a[1]}/{a[0]}; ham judged spam {b[3]} -> {a[3]}, suspicious {b[4]} -> {a[4]}")
print(f"  {'total':10s} spam judged spam {before[1]}/{before[0]} -> {after[1]}/{after[0]}; ham judged spam {before[3]} -> {after[3]}, "
      f"suspicious {before[4]} -> {after[4]}")
w = fit(list(data))
print("proposed scores (fitted on every corpus; hand-set, current -> proposed):")
for n in sorted(learn):
    if abs(round(w[n], 1) - defaults[n]) >= 0.05:
        print(f"  {n:28s} {handset[n]:5.1f} {defaults[n]:5.1f} -> {round(w[n], 1):5.1f}   ({counts[n]} hits, {ham_hits.get(n, 0)} on legitimate mail)")
