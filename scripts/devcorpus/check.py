#!/usr/bin/env python3
"""Self-check for corpus/dev: parse every file listed in labels.tsv with Python's email package, check that it
has at least one calendar part containing BEGIN:VCALENDAR (unless its description says DOCUMENTED EXCEPTION),
that generated files use CRLF line ends only, and print counts per label/category.

    python3 scripts/devcorpus/check.py [--root REPO_ROOT]

Exit code 0 when every check passes, 1 otherwise.
"""
from __future__ import annotations

import argparse
import collections
import email
import os
import sys
from email import policy

CAL_TYPES = {"text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics"}


def calendar_parts(msg):
    """Yield decoded payloads of parts that look like calendar parts: a calendar content type or a *.ics/*.vcs
    file name, at any depth (message/rfc822 included)."""
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in CAL_TYPES or fn.endswith((".ics", ".vcs")) or "ics" in fn.rsplit(".", 1)[-1]:
            data = part.get_payload(decode=True) or b""
            yield ct, fn, data


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=os.path.normpath(os.path.join(here, "..", "..")))
    a = ap.parse_args(argv)
    labels = os.path.join(a.root, "corpus", "dev", "labels.tsv")
    counts = collections.Counter()
    real = collections.Counter()
    problems = []
    total_bytes = 0
    seen = set()
    with open(labels, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        assert header == ["path", "label", "category", "description"], header
        for n, line in enumerate(f, 2):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 4:
                problems.append(f"labels.tsv:{n}: expected 4 columns, got {len(cols)}")
                continue
            path, label, cat, desc = cols
            if label not in ("spam", "ham"):
                problems.append(f"{path}: bad label {label}")
            if path in seen:
                problems.append(f"{path}: listed twice")
            seen.add(path)
            full = os.path.normpath(os.path.join(a.root, path))
            try:
                raw = open(full, "rb").read()
            except OSError as e:
                problems.append(f"{path}: {e}")
                continue
            generated = path.startswith("corpus/dev/")
            if generated:
                total_bytes += len(raw)
                if b"\n" in raw.replace(b"\r\n", b""):
                    problems.append(f"{path}: bare LF line end")
                if not generated or not path.split("/")[2] == label:
                    problems.append(f"{path}: label {label} does not match folder")
            msg = email.message_from_bytes(raw, policy=policy.default)
            for h in ("Date", "From", "To", "Subject", "Message-ID") if generated else ():
                if msg[h] is None:
                    problems.append(f"{path}: missing {h}")
            if generated:
                if not any(v.startswith("mx.example.net") for v in msg.get_all("Authentication-Results", [])):
                    problems.append(f"{path}: no Authentication-Results from mx.example.net")
                if not msg.get_all("Received"):
                    problems.append(f"{path}: no Received header")
            has_cal = any(b"BEGIN:VCALENDAR" in data for _, _, data in calendar_parts(msg))
            if not has_cal and "DOCUMENTED EXCEPTION" not in desc:
                problems.append(f"{path}: no calendar part with BEGIN:VCALENDAR")
            (counts if generated else real)[(label, cat)] += 1
    print(f"{'label':6s} {'category':28s} {'generated':>9s} {'real':>5s}")
    keys = sorted(set(counts) | set(real), key=lambda k: (k[0] != "spam", k[1]))
    for k in keys:
        print(f"{k[0]:6s} {k[1]:28s} {counts.get(k, 0):9d} {real.get(k, 0):5d}")
    print(f"total: {sum(counts.values())} generated ({sum(v for k, v in counts.items() if k[0] == 'spam')} spam, "
          f"{sum(v for k, v in counts.items() if k[0] == 'ham')} ham), {sum(real.values())} real ham listed; "
          f"generated size {total_bytes / 1024 / 1024:.2f} MiB")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
