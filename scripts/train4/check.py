#!/usr/bin/env python3
"""Sanity check for corpus/train4: parse every message, find calendar parts,
check basic iCalendar structure, print counts per label/category.
Malformed calendars are reported separately, not treated as failures."""
import csv
import email
import os
import re
import sys
from collections import Counter
from email import policy

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "corpus", "train4"))


def unfold(text):
    return re.sub(r"\r?\n[ \t]", "", text)


def check_ics(text):
    problems = []
    lines = [l for l in unfold(text).replace("\r\n", "\n").split("\n") if l]
    stack = []
    comps = []
    for l in lines:
        u = l.upper()
        if u.startswith("BEGIN:"):
            stack.append(u[6:].strip())
            comps.append({"name": u[6:].strip(), "props": set()})
        elif u.startswith("END:"):
            n = u[4:].strip()
            if not stack or stack[-1] != n:
                problems.append(f"unbalanced END:{n}")
            else:
                stack.pop()
        elif stack:
            name = re.split(r"[;:]", u, 1)[0]
            for c in reversed(comps):
                if c["name"] == stack[-1]:
                    c["props"].add(name)
                    break
    if stack:
        problems.append("unclosed " + ",".join(stack))
    ev = [c for c in comps if c["name"] in ("VEVENT", "VTODO")]
    if not ev:
        problems.append("no VEVENT/VTODO")
    for c in ev:
        if "UID" not in c["props"]:
            problems.append(f"{c['name']} without UID")
        if "DTSTART" not in c["props"] and c["name"] == "VEVENT":
            problems.append("VEVENT without DTSTART")
    return problems


def calendar_parts(msg):
    out = []
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        fn = (p.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics") or fn.endswith(".ics"):
            data = p.get_payload(decode=True) or b""
            cs = p.get_content_charset() or "utf-8"
            try:
                out.append(data.decode(cs))
            except (LookupError, UnicodeDecodeError):
                out.append(data.decode("utf-8", "replace"))
        elif ct == "message/rfc822":
            pass  # walk() descends into attached messages
    return out


def main():
    counts = Counter()
    bad = []
    malformed = []
    with open(os.path.join(ROOT, "labels.tsv"), newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for r in rows:
        path = os.path.join(ROOT, r["path"])
        raw = open(path, "rb").read()
        if b"\n" in raw.replace(b"\r\n", b""):
            bad.append((r["path"], "bare LF"))
        msg = email.message_from_bytes(raw, policy=policy.compat32)
        for hname in ("Return-Path", "Delivered-To", "Authentication-Results", "Received", "From", "Date", "Subject"):
            if msg.get(hname) is None:
                bad.append((r["path"], f"missing {hname}"))
        if not raw.startswith(b"Return-Path:"):
            bad.append((r["path"], "does not start with Return-Path"))
        cals = calendar_parts(msg)
        if not cals:
            bad.append((r["path"], "no calendar part"))
        probs = []
        for c in cals:
            probs += check_ics(c)
        if probs:
            malformed.append((r["path"], sorted(set(probs))))
        counts[(r["label"], r["category"])] += 1
    print(f"{len(rows)} messages")
    for lab in ("spam", "ham"):
        tot = sum(v for (l, _), v in counts.items() if l == lab)
        print(f"{lab}: {tot}")
        for (l, c), v in sorted(counts.items()):
            if l == lab:
                print(f"  {c:20s} {v}")
    print(f"\nmalformed iCalendar (reported, not failures): {len(malformed)}")
    for p, pr in malformed:
        print(f"  {p}: {'; '.join(pr)}")
    print(f"\nerrors: {len(bad)}")
    for p, e in bad:
        print(f"  {p}: {e}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
