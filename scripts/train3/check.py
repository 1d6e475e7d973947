#!/usr/bin/env python3
"""Sanity check for corpus/train3: every message parses, every calendar part is usable iCalendar.

Usage: python3 scripts/train3/check.py [corpus_dir]

Calendar parts are found by content type (text/calendar, application/ics), by an .ics/.ical/.ifb
file name, or by content starting with BEGIN:VCALENDAR (misnamed attachments).  For each part:
BEGIN/END must balance, and there must be a VEVENT or VTODO with UID and DTSTART (DUE for VTODO).
Problems are reported per file as "malformed" instead of failing the run; the exit status is
non-zero only if a file cannot be read, has no calendar part, or labels.tsv does not match the files.
"""

import collections
import email
import os
import re
import sys
from email import policy

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                                          "corpus", "train3")


def calendar_parts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        payload = part.get_payload(decode=True) or b""
        is_cal = ct in ("text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics") or \
            fn.endswith((".ics", ".ical", ".ifb", ".vcs")) or payload.lstrip().startswith(b"BEGIN:VCALENDAR")
        if is_cal:
            cs = part.get_content_charset() or "utf-8"
            try:
                text = payload.decode(cs)
            except (LookupError, UnicodeDecodeError):
                text = payload.decode("utf-8", "replace")
            out.append((ct, part.get_param("method"), text))
    return out


def check_ical(text):
    problems = []
    raw = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = re.sub(r"\n[ \t]", "", raw).split("\n")
    stack, comps = [], []
    cur = None
    for ln in lines:
        if not ln.strip():
            continue
        name = ln.split(":", 1)[0].split(";", 1)[0].upper()
        val = ln.split(":", 1)[1].strip().upper() if ":" in ln else ""
        if name == "BEGIN":
            stack.append(val)
            if val in ("VEVENT", "VTODO"):
                cur = {"type": val, "props": set()}
                comps.append(cur)
        elif name == "END":
            if not stack or stack[-1] != val:
                problems.append(f"END:{val} does not match {stack[-1] if stack else 'nothing'}")
                if val in stack:
                    while stack and stack.pop() != val:
                        pass
            else:
                stack.pop()
            if val in ("VEVENT", "VTODO"):
                cur = None
        elif cur is not None and len(stack) and stack[-1] == cur["type"]:
            cur["props"].add(name)
    if stack:
        problems.append("unclosed: " + ",".join(stack))
    if not comps:
        problems.append("no VEVENT/VTODO")
    for c in comps:
        if "UID" not in c["props"]:
            problems.append(f"{c['type']} without UID")
        if "DTSTART" not in c["props"] and not (c["type"] == "VTODO" and "DUE" in c["props"]):
            problems.append(f"{c['type']} without DTSTART")
    method = None
    for ln in lines:
        if ln.upper().startswith("METHOD:"):
            method = ln.split(":", 1)[1].strip().upper()
            break
    return problems, method, len(comps)


def main():
    root = os.path.normpath(ROOT)
    labels = {}
    with open(os.path.join(root, "labels.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        assert header == ["path", "label", "category", "description"], header
        for ln in f:
            p, lab, cat, desc = ln.rstrip("\n").split("\t")
            labels[p] = (lab, cat)
    files = []
    for lab in ("spam", "ham"):
        for dirpath, _, names in os.walk(os.path.join(root, lab)):
            for n in names:
                if n.endswith(".eml"):
                    files.append(os.path.relpath(os.path.join(dirpath, n), root))
    files.sort()
    fatal = 0
    if set(files) != set(labels):
        print("labels.tsv and files differ:", sorted(set(files) ^ set(labels)))
        fatal += 1
    counts = collections.Counter()
    malformed, notes = [], collections.Counter()
    for rel in files:
        lab, cat = labels.get(rel, ("?", "?"))
        counts[(lab, cat)] += 1
        data = open(os.path.join(root, rel), "rb").read()
        if b"\n" in data.replace(b"\r\n", b""):
            malformed.append((rel, "bare LF in message"))
        msg = email.message_from_bytes(data, policy=policy.compat32)
        for h in ("Return-Path", "Delivered-To", "Authentication-Results", "Received"):
            if msg.get(h) is None:
                malformed.append((rel, f"missing {h}"))
        first = data.split(b"\r\n", 1)[0]
        if not first.startswith(b"Return-Path:"):
            malformed.append((rel, "does not start with Return-Path"))
        parts = calendar_parts(msg)
        if not parts:
            print(f"FATAL {rel}: no calendar part")
            fatal += 1
            continue
        for ct, ctmethod, text in parts:
            problems, method, n = check_ical(text)
            if ctmethod and method and ctmethod.upper() != method:
                notes["method parameter differs from METHOD"] += 1
            if ct not in ("text/calendar", "application/ics"):
                notes[f"calendar carried as {ct}"] += 1
            for pr in problems:
                malformed.append((rel, pr))
    print(f"{'label':<6} {'category':<30} count")
    for lab in ("spam", "ham"):
        tot = 0
        for (l_, c), n in sorted(counts.items()):
            if l_ == lab:
                print(f"{lab:<6} {c:<30} {n}")
                tot += n
        print(f"{lab:<6} {'TOTAL':<30} {tot}")
    print(f"all    {'TOTAL':<30} {sum(counts.values())}")
    if notes:
        print("\nnotes (allowed quirks):")
        for k, v in sorted(notes.items()):
            print(f"  {k}: {v} part(s)")
    print(f"\ndeliberately malformed or quirky calendar/message data: {len(set(r for r, _ in malformed))} file(s)")
    for rel, pr in malformed:
        print(f"  {labels.get(rel, ('?',))[0]:<5} {rel}: {pr}")
    print("\nresult:", "FAIL" if fatal else "OK")
    return 1 if fatal else 0


if __name__ == "__main__":
    sys.exit(main())
