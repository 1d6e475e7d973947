#!/usr/bin/env python3
"""Check corpus/holdout2: every message parses, uses CRLF, has a delivery
trace from mx.example.net and a calendar part, and labels.tsv matches the
files. Prints counts only (no message-level detail beyond failures).

Documented exception: a calendar carried only as an attachment *named*
.ics/.vcs with another declared type (text/plain, application/octet-stream,
application/pdf) is accepted and counted separately.
"""

import email
import email.policy
import os
import re
import sys
from collections import Counter
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "corpus", "holdout2"))
CAL_TYPES = {"text/calendar", "application/ics", "text/x-vcalendar"}


def calendar_parts(msg):
    typed, named = [], []
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        fn = (p.get_filename() or "").lower()
        if ct in CAL_TYPES:
            typed.append(p)
        elif re.search(r"\.(ics|vcs)$", fn):
            named.append(p)
    return typed, named


def check_file(path):
    errs = []
    data = open(path, "rb").read()
    if re.search(rb"(?<!\r)\n", data):
        errs.append("bare LF")
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    ar = msg.get_all("Authentication-Results") or []
    if not ar or not ar[0].strip().startswith("mx.example.net;"):
        errs.append("topmost Authentication-Results is not from mx.example.net")
    rec = msg.get_all("Received") or []
    if not rec or "by mx.example.net" not in rec[0]:
        errs.append("no Received by mx.example.net on top")
    try:
        year = parsedate_to_datetime(msg["Date"]).year
        if not 2017 <= year <= 2026:
            errs.append(f"date out of range {year}")
    except Exception:
        errs.append("unparsable Date")
    typed, named = calendar_parts(msg)
    kind = "typed"
    if not typed:
        if named:
            kind = "named-only"
        else:
            errs.append("no calendar part")
            kind = None
    ok_cal = False
    for p in typed + named:
        payload = p.get_payload(decode=True) or b""
        if b"BEGIN:VCALENDAR" in payload.upper():
            ok_cal = True
    if kind and not ok_cal:
        errs.append("calendar part does not contain BEGIN:VCALENDAR")
    return errs, kind


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else ROOT
    labels = {}
    with open(os.path.join(root, "labels.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        assert header[:3] == ["path", "label", "category"], header
        for ln in f:
            cols = ln.rstrip("\n").split("\t")
            if len(cols) < 3:
                continue
            if len(cols) > 3 and cols[3].strip():
                print(f"FAIL {cols[0]}: description column must be empty")
                return 1
            labels[cols[0]] = (cols[1], cols[2])
    files = []
    for label in ("spam", "ham"):
        for dirpath, _, names in os.walk(os.path.join(root, label)):
            for n in names:
                if n.endswith(".eml"):
                    files.append(os.path.relpath(os.path.join(dirpath, n), root).replace(os.sep, "/"))
    failures = 0
    counts = Counter()
    kinds = Counter()
    for rel in sorted(files):
        if rel not in labels:
            print(f"FAIL {rel}: not in labels.tsv")
            failures += 1
            continue
        label, cat = labels[rel]
        if rel.split("/")[0] != label or rel.split("/")[1] != cat:
            print(f"FAIL {rel}: label/category do not match the path")
            failures += 1
        errs, kind = check_file(os.path.join(root, rel))
        for e in errs:
            print(f"FAIL {rel}: {e}")
        failures += bool(errs)
        counts[(label, cat)] += 1
        kinds[(label, kind)] += 1
    for rel in labels:
        if rel not in set(files):
            print(f"FAIL {rel}: listed in labels.tsv but missing")
            failures += 1
    for label in ("spam", "ham"):
        cats = sorted(c for (l, c) in counts if l == label)
        total = sum(counts[(label, c)] for c in cats)
        print(f"{label}: {total} messages in {len(cats)} categories")
        for c in cats:
            print(f"  {c:24s} {counts[(label, c)]:4d}")
        print(f"  calendar typed part: {kinds[(label, 'typed')]}, "
              f"named .ics attachment only (documented exception): {kinds[(label, 'named-only')]}")
    print(f"total: {sum(counts.values())} messages, {failures} failing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
