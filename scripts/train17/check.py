#!/usr/bin/env python3
"""Verify the train17 corpus.  Usage: check.py [CORPUSDIR]  (default: out/ beside this file)"""
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def ical_objects(msg):
    found = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics") or fn.endswith(".ics"):
            data = part.get_payload(decode=True) or b""
            found.append(data)
    return found


def main():
    root = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, "out")
    errors = []
    files = set()
    for d, _, fs in os.walk(root):
        for f in fs:
            if f.endswith(".eml"):
                files.add(os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/"))
    labels = {}
    with open(os.path.join(root, "labels.tsv"), encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n")
        if header != "path\tlabel\tcategory\tdescription":
            errors.append("labels.tsv: bad header %r" % header)
        for n, line in enumerate(fh, 2):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 4:
                errors.append("labels.tsv:%d: %d columns" % (n, len(cols)))
                continue
            p, lab, cat, desc = cols
            if p in labels:
                errors.append("labels.tsv:%d: duplicate %s" % (n, p))
            labels[p] = lab
            if lab not in ("spam", "ham"):
                errors.append("labels.tsv:%d: bad label %s" % (n, lab))
            if not p.startswith(lab + "/" + cat + "/"):
                errors.append("labels.tsv:%d: path/label/category mismatch" % n)
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", cat):
                errors.append("labels.tsv:%d: category not kebab-case" % n)
            if not desc.strip():
                errors.append("labels.tsv:%d: empty description" % n)
    for p in sorted(files - set(labels)):
        errors.append("%s: not in labels.tsv" % p)
    for p in sorted(set(labels) - files):
        errors.append("%s: listed but missing" % p)
    for p in sorted(files):
        raw = open(os.path.join(root, p), "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            errors.append("%s: bare LF line end" % p)
        if re.search(rb"\r(?!\n)", raw):
            errors.append("%s: bare CR" % p)
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        except Exception as e:   # pragma: no cover
            errors.append("%s: parse error %s" % (p, e))
            continue
        if msg.defects:
            errors.append("%s: defects %s" % (p, msg.defects))
        for part in msg.walk():
            if part.defects:
                errors.append("%s: part defects %s" % (p, part.defects))
        for h in ("Return-Path", "Delivered-To", "Authentication-Results", "Received", "From", "Date", "Message-ID", "Content-Type"):
            if msg.get(h) is None and msg.get(h.lower()) is None and not (h == "Message-ID" and msg.get("Message-Id")):
                errors.append("%s: missing %s" % (p, h))
        if not raw.startswith(b"Return-Path: <"):
            errors.append("%s: does not start with Return-Path" % p)
        if b"by mx.example.net" not in raw.split(b"\r\n\r\n", 1)[0]:
            errors.append("%s: no mx.example.net Received" % p)
        objs = ical_objects(msg)
        if not objs:
            errors.append("%s: no iCalendar part" % p)
            continue
        ok = False
        for data in objs:
            txt = data.decode("utf-8", "replace")
            if "BEGIN:VCALENDAR" in txt and "END:VCALENDAR" in txt and ("BEGIN:VEVENT" in txt or "BEGIN:VTODO" in txt):
                ok = True
        if not ok:
            errors.append("%s: iCalendar object lacks VCALENDAR/VEVENT/VTODO" % p)
    n_spam = sum(1 for v in labels.values() if v == "spam")
    n_ham = sum(1 for v in labels.values() if v == "ham")
    for e in errors:
        print("ERROR", e)
    print("%d files, %d spam, %d ham, %d errors" % (len(files), n_spam, n_ham, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
