#!/usr/bin/env python3
"""Sanity checks for corpus/holdout (Python 3.11 stdlib only).

For every row of labels.tsv: the file exists, uses CRLF line endings, parses with the
`email` package, carries a Received chain and an Authentication-Results header of
mx.example.net above the first Received line, has a year in 2016-2026, and holds a
calendar part.

A calendar part is a text/calendar or application/ics part, or — the documented
exception, as real senders and spammers do — a part of another declared type
(text/plain, application/octet-stream, application/pdf) whose filename ends in .ics and
whose decoded content is an iCalendar object. Parts inside an attached message/rfc822
count too (forward-as-attachment). Prints counts per label and category.

    python3 scripts/holdout/check.py [corpus/holdout/labels.tsv]
"""
from __future__ import annotations

import email
import email.policy
import email.utils
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
CAL_TYPES = ("text/calendar", "application/ics")


def calendar_parts(msg):
    """Yield (kind, part) for each calendar part; kind is 'typed' or 'named-only'."""
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in CAL_TYPES:
            yield "typed", part
        elif fn.endswith(".ics"):
            data = part.get_payload(decode=True) or b""
            if b"BEGIN:VCALENDAR" in data[:4096].upper():
                yield "named-only", part


def check_file(path):
    problems = []
    raw = open(path, "rb").read()
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("bare LF")
    if b"\r" in raw.replace(b"\r\n", b""):
        problems.append("bare CR")
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    if msg.defects:
        problems.append("defects: " + ",".join(type(d).__name__ for d in msg.defects))
    keys = [k.lower() for k in msg.keys()]
    if "received" not in keys:
        problems.append("no Received")
    if "authentication-results" not in keys:
        problems.append("no Authentication-Results")
    else:
        ar = keys.index("authentication-results")
        first_rcv = keys.index("received") if "received" in keys else 10 ** 6
        top_ar = msg.get_all("Authentication-Results")[0]
        if not top_ar.strip().startswith("mx.example.net"):
            problems.append("first Authentication-Results not by mx.example.net")
        # the trusted header must sit above the mx hop (the first Received from outside)
        rcvs = msg.get_all("Received")
        mx_idx = next((i for i, r in enumerate(rcvs) if "by mx.example.net" in r), None)
        if mx_idx is None:
            problems.append("no Received by mx.example.net")
    date = email.utils.parsedate_to_datetime(msg["Date"]) if msg["Date"] else None
    if date is None or not (2016 <= date.year <= 2026):
        problems.append(f"date out of range: {msg['Date']}")
    parts = list(calendar_parts(msg))
    if not parts:
        problems.append("no calendar part")
    kinds = {k for k, _ in parts}
    nonempty = False
    for _, p in parts:
        data = p.get_payload(decode=True) or b""
        if b"BEGIN:VCALENDAR" in data and b"END:VCALENDAR" in data:
            nonempty = True
    if parts and not nonempty:
        problems.append("calendar part without a VCALENDAR")
    return problems, kinds


def main():
    labels = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "corpus", "holdout", "labels.tsv")
    rows = [l.rstrip("\n").split("\t") for l in open(labels, encoding="utf-8")][1:]
    counts = Counter()
    exceptions = defaultdict(list)
    bad = 0
    seen = set()
    for r in rows:
        if len(r) != 4:
            print("malformed row:", r)
            bad += 1
            continue
        path, label, cat, _ = r
        if label not in ("spam", "ham"):
            print("bad label:", r)
            bad += 1
        seen.add(path)
        full = os.path.join(ROOT, path)
        if not os.path.isfile(full):
            print("missing:", path)
            bad += 1
            continue
        problems, kinds = check_file(full)
        if problems:
            bad += 1
            print(f"{path}: " + "; ".join(problems))
        if kinds == {"named-only"}:
            exceptions[label].append(path)
        counts[(label, cat)] += 1
    # files on disk that are not labelled
    base = os.path.dirname(labels)
    for dp, _, fns in os.walk(base):
        for fn in fns:
            if fn.endswith(".eml"):
                rel = os.path.relpath(os.path.join(dp, fn), ROOT).replace(os.sep, "/")
                if rel not in seen:
                    print("unlabelled file:", rel)
                    bad += 1
    for label in ("spam", "ham"):
        cats = sorted(c for (l, c) in counts if l == label)
        total = sum(counts[(label, c)] for c in cats)
        print(f"{label}: {total} messages in {len(cats)} categories")
        for c in cats:
            print(f"  {c:22s} {counts[(label, c)]:4d}")
    for label in ("spam", "ham"):
        if exceptions[label]:
            print(f"{label}: {len(exceptions[label])} with the calendar only in a .ics-named part of another type (documented exception)")
    small = [f"{l}/{c}" for (l, c), n in counts.items() if n < 10]
    if small:
        print("categories with fewer than 10 messages:", ", ".join(small))
        bad += 1
    print(f"{len(rows) - 0} files checked, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
