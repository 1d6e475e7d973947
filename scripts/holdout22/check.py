#!/usr/bin/env python3
"""Verify the holdout22 corpus.

usage: python3 check.py [corpus-directory]     (default: out/ beside this file)

Checks: every .eml parses with the email package; carries at least one iCalendar object with
BEGIN:VCALENDAR/END:VCALENDAR and at least one VEVENT or VTODO; uses CRLF line ends only; the
mandatory MX trace headers are present; labels.tsv lists every file exactly once with a valid row."""
import os
import re
import sys
import email
from email import policy
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))


def calendars(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics") or fn.endswith(".ics"):
            payload = part.get_payload(decode=True) or b""
            out.append(payload.decode("utf-8", "replace"))
    return out


def check_file(path):
    errs = []
    raw = open(path, "rb").read()
    if b"\n" in raw.replace(b"\r\n", b""):
        errs.append("bare LF line ending")
    if b"\r" in raw.replace(b"\r\n", b""):
        errs.append("bare CR")
    try:
        msg = email.message_from_bytes(raw, policy=policy.compat32)
    except Exception as e:  # pragma: no cover
        return [f"parse error: {e}"]
    if msg.defects:
        errs.append(f"top-level defects: {msg.defects}")
    for h in ("Return-Path", "Delivered-To", "Authentication-Results", "Received", "From", "Date", "Message-ID"):
        if msg.get(h) is None and msg.get(h.replace("-ID", "-Id")) is None:
            errs.append(f"missing {h}")
    keys = [k.lower() for k in msg.keys()]
    if keys[:4] != ["return-path", "delivered-to", "authentication-results", "received"]:
        errs.append(f"trace order {keys[:4]}")
    ar = msg.get("Authentication-Results", "")
    if not ar.startswith("mx.example.net;") or not all(x in ar for x in ("dkim=", "spf=", "dmarc=")):
        errs.append("bad Authentication-Results")
    if "by mx.example.net (Postfix)" not in msg.get_all("Received")[0]:
        errs.append("first Received is not the MX")
    for part in msg.walk():
        if part.defects:
            errs.append(f"part defects {part.get_content_type()}: {part.defects}")
    cals = calendars(msg)
    if not cals:
        errs.append("no iCalendar part")
    good = False
    for c in cals:
        lines = c.replace("\r\n", "\n").split("\n")
        if "BEGIN:VCALENDAR" in lines and "END:VCALENDAR" in lines and ("BEGIN:VEVENT" in lines or "BEGIN:VTODO" in lines):
            good = True
    if cals and not good:
        errs.append("iCalendar object lacks VCALENDAR/VEVENT|VTODO")
    return errs


def main():
    root = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, "out")
    files = set()
    for d, _, fs in os.walk(root):
        for f in fs:
            if f.endswith(".eml"):
                files.add(os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/"))
    problems = 0
    for rel in sorted(files):
        errs = check_file(os.path.join(root, rel))
        for e in errs:
            print(f"{rel}: {e}")
        problems += len(errs)
    # labels
    seen = Counter()
    with open(os.path.join(root, "labels.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n")
        if header != "path\tlabel\tcategory\tdescription":
            print("labels.tsv: bad header")
            problems += 1
        for n, line in enumerate(f, 2):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 4:
                print(f"labels.tsv:{n}: expected 4 columns")
                problems += 1
                continue
            p, label, cat, desc = cols
            seen[p] += 1
            if label not in ("spam", "ham") or not p.startswith(label + "/" + cat + "/"):
                print(f"labels.tsv:{n}: inconsistent label/category/path")
                problems += 1
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", cat) or not desc.strip():
                print(f"labels.tsv:{n}: bad category or empty description")
                problems += 1
    for p, k in seen.items():
        if k != 1:
            print(f"labels.tsv: {p} listed {k} times")
            problems += 1
        if p not in files:
            print(f"labels.tsv: {p} does not exist")
            problems += 1
    for p in files - set(seen):
        print(f"labels.tsv: {p} missing")
        problems += 1
    labels = Counter(p.split("/")[0] for p in files)
    print(f"{len(files)} files ({labels['spam']} spam, {labels['ham']} ham), {problems} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
