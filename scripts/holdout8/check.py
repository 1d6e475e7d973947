#!/usr/bin/env python3
"""Verify the holdout8 corpus in ./out."""
import email
import email.policy
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The repository keeps the output in corpus/holdout8; HOLDOUT8_OUT=that path regenerates or checks it in place.
OUT = os.environ.get("HOLDOUT8_OUT", os.path.join(HERE, "out"))


def ical_parts(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics") or fn.endswith(".ics"):
            payload = part.get_payload(decode=True)
            if payload is not None:
                out.append(payload.decode("utf-8", "replace") if b"\x1b" not in payload
                           else payload.decode("iso2022_jp", "replace"))
    return out


def ok_ical(text):
    lines = [l.strip() for l in text.replace("\r\n", "\n").split("\n")]
    if "BEGIN:VCALENDAR" not in lines or "END:VCALENDAR" not in lines:
        return False
    return any(l in ("BEGIN:VEVENT", "BEGIN:VTODO") for l in lines)


def main():
    errors = []
    files = []
    for side in ("spam", "ham"):
        for root, _, names in os.walk(os.path.join(OUT, side)):
            for n in names:
                files.append(os.path.relpath(os.path.join(root, n), OUT).replace(os.sep, "/"))
    files.sort()
    for rel in files:
        raw = open(os.path.join(OUT, rel), "rb").read()
        if not rel.endswith(".eml"):
            errors.append("%s: not an .eml" % rel)
        # CRLF line ends throughout the file
        if b"\n" in raw.replace(b"\r\n", b""):
            errors.append("%s: bare LF line end" % rel)
        if b"\r" in raw.replace(b"\r\n", b""):
            errors.append("%s: bare CR" % rel)
        if not raw.startswith(b"Return-Path: <"):
            errors.append("%s: does not start with Return-Path" % rel)
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        except Exception as e:  # pragma: no cover
            errors.append("%s: parse error %s" % (rel, e))
            continue
        if msg.defects:
            errors.append("%s: defects %s" % (rel, msg.defects))
        for h in ("Return-Path", "Delivered-To", "Authentication-Results", "Received", "From", "Date", "Subject",
                  "Message-ID" if msg.get("Message-ID") else "Message-Id"):
            if msg.get(h) is None:
                errors.append("%s: missing header %s" % (rel, h))
        if "mx.example.net" not in str(msg.get("Authentication-Results") or ""):
            errors.append("%s: Authentication-Results not from mx.example.net" % rel)
        cals = ical_parts(msg)
        if not cals:
            errors.append("%s: no iCalendar part" % rel)
        elif not any(ok_ical(c) for c in cals):
            errors.append("%s: iCalendar part lacks VCALENDAR/VEVENT/VTODO" % rel)
    # labels
    seen = {}
    with open(os.path.join(OUT, "labels.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n")
        if header != "path\tlabel\tcategory\tdescription":
            errors.append("labels.tsv: bad header %r" % header)
        for ln, line in enumerate(f, 2):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 4:
                errors.append("labels.tsv:%d: %d columns" % (ln, len(cols)))
                continue
            p, label, cat, desc = cols
            seen[p] = seen.get(p, 0) + 1
            if label not in ("spam", "ham") or not p.startswith(label + "/"):
                errors.append("labels.tsv:%d: bad label %s for %s" % (ln, label, p))
            if p.split("/")[1] != cat or not all(c.islower() or c.isdigit() or c == "-" for c in cat):
                errors.append("labels.tsv:%d: bad category %s" % (ln, cat))
            if not desc.strip():
                errors.append("labels.tsv:%d: empty description" % ln)
    for p in files:
        if seen.get(p, 0) != 1:
            errors.append("labels.tsv lists %s %d times" % (p, seen.get(p, 0)))
    for p in seen:
        if p not in files:
            errors.append("labels.tsv lists missing file %s" % p)
    nspam = sum(1 for p in files if p.startswith("spam/"))
    nham = sum(1 for p in files if p.startswith("ham/"))
    if not os.path.exists(os.path.join(OUT, "README.md")):
        errors.append("README.md missing")
    if errors:
        for e in errors[:200]:
            print("FAIL", e)
        print("%d problems" % len(errors))
        return 1
    print("OK: %d files (%d spam, %d ham), labels.tsv consistent, all CRLF, all carry VCALENDAR with VEVENT/VTODO"
          % (len(files), nspam, nham))
    return 0


if __name__ == "__main__":
    sys.exit(main())
