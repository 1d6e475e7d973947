#!/usr/bin/env python3
"""Structural checks for the holdout12 corpus (stdlib only)."""
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def ical_objects(msg):
    """decoded text of every text/calendar or application/ics part, descending into message/rfc822"""
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics", "text/x-vcalendar") or fn.endswith(".ics"):
            data = part.get_payload(decode=True)
            if data is None:
                continue
            out.append(data.decode("utf-8", "replace"))
    return out


def check_file(path):
    errs = []
    raw = open(path, "rb").read()
    # CRLF line ends everywhere, no bare CR or LF
    if re.search(rb"(?<!\r)\n", raw):
        errs.append("bare LF in file")
    if re.search(rb"\r(?!\n)", raw):
        errs.append("bare CR in file")
    if not raw.endswith(b"\r\n"):
        errs.append("does not end with CRLF")
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception as e:  # noqa
        return ["email parse failed: %r" % e]
    for h in ("From", "Date", "Return-Path", "Delivered-To", "Authentication-Results", "Received"):
        if msg.get(h) is None:
            errs.append("missing header " + h)
    if not raw.startswith(b"Return-Path: "):
        errs.append("first header is not Return-Path")
    ar = msg.get("Authentication-Results", "")
    if not ar.startswith("mx.example.net;"):
        errs.append("top Authentication-Results not from mx.example.net")
    if msg.defects:
        errs.append("top-level MIME defects: %s" % msg.defects)
    try:
        modern = email.message_from_bytes(raw, policy=email.policy.default)
        for part in modern.walk():
            if part.defects:
                errs.append("MIME defects in %s: %s" % (part.get_content_type(), part.defects))
    except Exception as e:  # noqa
        errs.append("parse with email.policy.default failed: %r" % e)
    cals = ical_objects(msg)
    if not cals:
        errs.append("no iCalendar part")
    ok = False
    for c in cals:
        t = c.replace("\r\n", "\n")
        if "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t and ("BEGIN:VEVENT" in t or "BEGIN:VTODO" in t):
            ok = True
    if cals and not ok:
        errs.append("no VCALENDAR with VEVENT/VTODO")
    # every part must be decodable with its transfer encoding
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            part.get_payload(decode=True)
        except Exception as e:  # noqa
            errs.append("payload decode failed: %r" % e)
    return errs


def main():
    lab = os.path.join(OUT, "labels.tsv")
    problems = 0
    files = set()
    for root, _, names in os.walk(OUT):
        for n in names:
            if n.endswith(".eml"):
                files.add(os.path.relpath(os.path.join(root, n), OUT).replace(os.sep, "/"))
    seen = {}
    counts = {"spam": 0, "ham": 0}
    with open(lab, encoding="utf-8") as f:
        header = f.readline().rstrip("\n")
        if header != "path\tlabel\tcategory\tdescription":
            print("bad labels.tsv header: %r" % header)
            problems += 1
        for ln, line in enumerate(f, 2):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 4:
                print("labels.tsv line %d: %d columns" % (ln, len(cols)))
                problems += 1
                continue
            p, label, cat, desc = cols
            seen[p] = seen.get(p, 0) + 1
            if label not in ("spam", "ham"):
                print("labels.tsv line %d: bad label %r" % (ln, label))
                problems += 1
            else:
                counts[label] += 1
            if not KEBAB.match(cat):
                print("labels.tsv line %d: category not kebab-case: %r" % (ln, cat))
                problems += 1
            if not p.startswith(label + "/" + cat + "/"):
                print("labels.tsv line %d: path %s does not match label/category" % (ln, p))
                problems += 1
            if not desc.strip():
                print("labels.tsv line %d: empty description" % ln)
                problems += 1
    for p, n in seen.items():
        if n != 1:
            print("listed %d times: %s" % (n, p))
            problems += 1
    for p in sorted(files - set(seen)):
        print("not in labels.tsv: " + p)
        problems += 1
    for p in sorted(set(seen) - files):
        print("listed but missing: " + p)
        problems += 1
    for p in sorted(files):
        for e in check_file(os.path.join(OUT, p)):
            print("%s: %s" % (p, e))
            problems += 1
    for req in ("README.md", "labels.tsv"):
        if not os.path.exists(os.path.join(OUT, req)):
            print("missing " + req)
            problems += 1
    print("%d files (%d spam, %d ham), %d problem(s)" % (len(files), counts["spam"], counts["ham"], problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
