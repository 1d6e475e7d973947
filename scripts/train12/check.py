#!/usr/bin/env python3
"""Verify the train12 corpus.

usage: python3 check.py [CORPUSDIR]    (default: out/ beside this script)

Checks: every .eml parses with the email package, uses CRLF line ends only, carries at least one
iCalendar object (BEGIN/END:VCALENDAR with a VEVENT or VTODO) in a text/calendar, application/ics
or .ics part (also inside attached message/rfc822), and labels.tsv lists every file exactly once.
"""
import collections
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def calendars(msg):
    found = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics") or fn.endswith(".ics") or ct == "application/octet-stream" and fn.endswith(".ics"):
            data = part.get_payload(decode=True) or b""
            cs = part.get_content_charset() or "utf-8"
            try:
                txt = data.decode(cs if cs not in ("iso-8859-8-i",) else "iso-8859-8", "replace")
            except LookupError:
                txt = data.decode("utf-8", "replace")
            found.append(txt)
    return found


def check_ics(txt):
    lines = re.split(r"\r\n|\n", txt)
    has_b = any(l.strip() == "BEGIN:VCALENDAR" for l in lines)
    has_e = any(l.strip() == "END:VCALENDAR" for l in lines)
    comp = any(l.strip() in ("BEGIN:VEVENT", "BEGIN:VTODO") for l in lines)
    return has_b and has_e and comp


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")
    errors = []
    files = []
    for d, _, fs in os.walk(root):
        for f in fs:
            if f.endswith(".eml"):
                files.append(os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/"))
    files.sort()
    lf_ics = 0
    for rel in files:
        raw = open(os.path.join(root, rel), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("%s: line ends are not all CRLF" % rel)
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        except Exception as e:  # pragma: no cover
            errors.append("%s: parse error %s" % (rel, e))
            continue
        if msg.defects:
            errors.append("%s: top-level defects %s" % (rel, msg.defects))
        for k in ("From", "To", "Subject", "Date", "Message-ID", "Return-Path", "Authentication-Results", "Received"):
            if msg.get(k) is None and not (k == "Message-ID" and msg.get("Message-Id")):
                errors.append("%s: missing header %s" % (rel, k))
        first = raw.split(b"\r\n", 4)
        if not (first[0].startswith(b"Return-Path:") and first[1].startswith(b"Delivered-To:") and first[2].startswith(b"Authentication-Results: mx.example.net")):
            errors.append("%s: trace headers not in MX order" % rel)
        cals = calendars(msg)
        if not cals:
            errors.append("%s: no iCalendar part" % rel)
        elif not any(check_ics(c) for c in cals):
            errors.append("%s: iCalendar part without VCALENDAR/VEVENT|VTODO" % rel)
        if any("\r\n" not in c and "\n" in c for c in cals):
            lf_ics += 1
    # labels
    lab = os.path.join(root, "labels.tsv")
    seen = collections.Counter()
    rows = 0
    with open(lab, encoding="utf-8") as f:
        header = f.readline().rstrip("\n")
        if header != "path\tlabel\tcategory\tdescription":
            errors.append("labels.tsv: bad header %r" % header)
        for ln in f:
            ln = ln.rstrip("\n")
            if not ln:
                continue
            rows += 1
            parts = ln.split("\t")
            if len(parts) != 4:
                errors.append("labels.tsv: bad row %r" % ln)
                continue
            p, label, cat, desc = parts
            seen[p] += 1
            if label not in ("spam", "ham"):
                errors.append("labels.tsv: bad label in %r" % ln)
            if not p.startswith(label + "/" + cat + "/"):
                errors.append("labels.tsv: path/label/category mismatch %r" % ln)
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", cat):
                errors.append("labels.tsv: category not kebab-case %r" % cat)
            if not desc.strip():
                errors.append("labels.tsv: empty description for %s" % p)
    for p, n in seen.items():
        if n != 1:
            errors.append("labels.tsv: %s listed %d times" % (p, n))
        if p not in files:
            errors.append("labels.tsv: %s does not exist" % p)
    for p in files:
        if p not in seen:
            errors.append("labels.tsv: %s not listed" % p)
    c = collections.Counter(p.split("/")[0] for p in files)
    print("files: %d (spam %d, ham %d); labels rows: %d; calendar parts with bare-LF lines: %d"
          % (len(files), c["spam"], c["ham"], rows, lf_ics))
    if errors:
        for e in errors[:200]:
            print("ERROR", e)
        print("FAILED: %d problems" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
