#!/usr/bin/env python3
"""Verify a holdout29 corpus directory.

usage: python3 check.py [CORPUSDIR]   (default: out/ beside this file)

Checks: every .eml parses with the email package; it carries at least one
iCalendar object with BEGIN:VCALENDAR/END:VCALENDAR and at least one VEVENT or
VTODO (parts are decoded according to their transfer encoding; message/rfc822
attachments are searched too); the file uses CRLF line ends only; labels.tsv
has the right header and lists every file exactly once with a valid label.
"""
import codecs
import email
import email.policy
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def decode_part(part):
    data = part.get_payload(decode=True)
    if data is None:
        return ""
    cs = part.get_content_charset() or "utf-8"
    alias = {"windows-874": "cp874", "tis-620": "tis_620", "ks_c_5601-1987": "euc_kr"}
    cs = alias.get(cs.lower(), cs)
    try:
        codecs.lookup(cs)
    except LookupError:
        cs = "utf-8"
    return data.decode(cs, errors="replace")


def calendars(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        fn = (part.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics", "text/x-vcalendar") or fn.endswith(".ics") or \
                (ct == "application/octet-stream" and fn.endswith(".ics")):
            out.append(decode_part(part))
    return out


def check_ical(text):
    t = text.replace("\r\n", "\n")
    unf = t.replace("\n ", "").replace("\n\t", "")
    lines = [l.strip().upper() for l in unf.split("\n")]
    if "BEGIN:VCALENDAR" not in lines or "END:VCALENDAR" not in lines:
        return False
    return "BEGIN:VEVENT" in lines or "BEGIN:VTODO" in lines


def main():
    root = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, "out")
    errors = []
    files = []
    for d, _, fs in os.walk(root):
        for f in fs:
            if f.endswith(".eml"):
                files.append(os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/"))
    files.sort()
    for rel in files:
        raw = open(os.path.join(root, rel), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            errors.append("%s: bare LF or CR line end" % rel)
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.compat32)
            msg2 = email.message_from_bytes(raw, policy=email.policy.default)
            _ = msg2["subject"], msg2["from"], msg2["to"]
        except Exception as e:  # noqa: BLE001
            errors.append("%s: parse error %r" % (rel, e))
            continue
        for h in ("Return-Path", "Delivered-To", "Authentication-Results", "Received", "From", "Date"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (rel, h))
        if not (msg.get("Authentication-Results") or "").startswith("mx.example.net"):
            errors.append("%s: first Authentication-Results not from mx.example.net" % rel)
        cals = calendars(msg)
        if not cals:
            errors.append("%s: no text/calendar part" % rel)
        elif not any(check_ical(c) for c in cals):
            errors.append("%s: calendar part lacks VCALENDAR with VEVENT/VTODO" % rel)
    # labels
    lab = os.path.join(root, "labels.tsv")
    if not os.path.exists(lab):
        errors.append("labels.tsv missing")
    else:
        lines = open(lab, encoding="utf-8").read().split("\n")
        if lines[0] != "path\tlabel\tcategory\tdescription":
            errors.append("labels.tsv: bad header")
        seen = {}
        for i, line in enumerate(lines[1:], 2):
            if not line:
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append("labels.tsv:%d: %d columns" % (i, len(cols)))
                continue
            p, label, cat, desc = cols
            seen[p] = seen.get(p, 0) + 1
            if label not in ("spam", "ham"):
                errors.append("labels.tsv:%d: bad label %s" % (i, label))
            if not p.startswith(label + "/" + cat + "/"):
                errors.append("labels.tsv:%d: path/label/category mismatch" % i)
            if not desc.strip():
                errors.append("labels.tsv:%d: empty description" % i)
        for p, n in seen.items():
            if n != 1:
                errors.append("labels.tsv: %s listed %d times" % (p, n))
            if p not in files:
                errors.append("labels.tsv: %s does not exist" % p)
        for f in files:
            if f not in seen:
                errors.append("labels.tsv: %s not listed" % f)
    if not os.path.exists(os.path.join(root, "README.md")):
        errors.append("README.md missing")
    n_spam = sum(1 for f in files if f.startswith("spam/"))
    n_ham = sum(1 for f in files if f.startswith("ham/"))
    print("%d files (%d spam, %d ham)" % (len(files), n_spam, n_ham))
    if errors:
        for e in errors[:200]:
            print("ERROR", e)
        print("%d errors" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
