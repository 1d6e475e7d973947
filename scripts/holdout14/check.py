#!/usr/bin/env python3
"""Verify the holdout14 corpus in ./out/.

Checks, for every .eml file:
  * the raw file uses CRLF line ends only (no bare CR or LF);
  * Python's email package parses it (no defects that stop parsing) and finds From/Date/Message-ID-ish basics;
  * at least one iCalendar object (text/calendar, application/ics, or an .ics attachment, also inside an attached
    message) decodes to BEGIN:VCALENDAR ... END:VCALENDAR with at least one VEVENT or VTODO;
  * the top of the header carries Return-Path, Delivered-To, Authentication-Results from mx.example.net and the
    MX Received line;
and that labels.tsv has the right header and lists every file exactly once (and nothing else).
"""
import email
import email.policy
import os
import re
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "out")


def ics_objects(msg):
    found = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics") or fn.endswith(".ics"):
            payload = part.get_payload(decode=True)
            if payload is None:
                continue
            cs = part.get_content_charset() or "utf-8"
            try:
                text = payload.decode(cs)
            except (LookupError, UnicodeDecodeError):
                text = payload.decode("utf-8", "replace")
            found.append(text)
    return found


def check_ics(text):
    # unfold (CRLF or bare LF followed by space/tab)
    t = re.sub(r"\r?\n[ \t]", "", text)
    lines = [l.strip() for l in re.split(r"\r?\n", t)]
    if "BEGIN:VCALENDAR" not in lines or "END:VCALENDAR" not in lines:
        return False
    return any(l in ("BEGIN:VEVENT", "BEGIN:VTODO") for l in lines)


def main():
    errors = []
    files = []
    for root, dirs, fns in os.walk(OUT):
        for fn in fns:
            if fn.endswith(".eml"):
                files.append(os.path.relpath(os.path.join(root, fn), OUT).replace(os.sep, "/"))
    files.sort()
    for rel in files:
        raw = open(os.path.join(OUT, rel), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("%s: not pure CRLF" % rel)
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        except Exception as e:  # pragma: no cover
            errors.append("%s: parse error %s" % (rel, e))
            continue
        try:
            modern = email.message_from_bytes(raw, policy=email.policy.default)
            for k, v in modern.items():
                str(v)
            for part in modern.walk():
                part.get_content_type()
        except Exception as e:
            errors.append("%s: header parsing (policy.default) failed: %s" % (rel, e))
        if not msg.get("From") or not msg.get("Date"):
            errors.append("%s: missing From or Date" % rel)
        keys = [k.lower() for k in msg.keys()[:4]]
        if keys != ["return-path", "delivered-to", "authentication-results", "received"]:
            errors.append("%s: unexpected top headers %s" % (rel, keys))
        ar = msg.get("Authentication-Results", "")
        if not ar.startswith("mx.example.net;"):
            errors.append("%s: Authentication-Results not from mx.example.net" % rel)
        if "by mx.example.net (Postfix)" not in msg.get("Received", ""):
            errors.append("%s: first Received is not the MX" % rel)
        objs = ics_objects(msg)
        if not objs:
            errors.append("%s: no iCalendar part" % rel)
        elif not any(check_ics(o) for o in objs):
            errors.append("%s: no VCALENDAR with VEVENT/VTODO" % rel)
    # labels
    lab = os.path.join(OUT, "labels.tsv")
    seen = {}
    with open(lab, encoding="utf-8") as fh:
        head = fh.readline().rstrip("\n")
        if head != "path\tlabel\tcategory\tdescription":
            errors.append("labels.tsv: bad header %r" % head)
        for n, line in enumerate(fh, 2):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 4:
                errors.append("labels.tsv:%d: %d columns" % (n, len(cols)))
                continue
            path, label, cat, desc = cols
            if label not in ("spam", "ham"):
                errors.append("labels.tsv:%d: bad label %s" % (n, label))
            if not path.startswith(label + "/" + cat + "/"):
                errors.append("labels.tsv:%d: path/label/category mismatch" % n)
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", cat):
                errors.append("labels.tsv:%d: category not kebab-case" % n)
            if not desc.strip():
                errors.append("labels.tsv:%d: empty description" % n)
            seen[path] = seen.get(path, 0) + 1
    for p, k in seen.items():
        if k != 1:
            errors.append("labels.tsv: %s listed %d times" % (p, k))
    for p in files:
        if p not in seen:
            errors.append("labels.tsv: %s missing" % p)
    for p in seen:
        if p not in files:
            errors.append("labels.tsv: %s has no file" % p)
    n_spam = sum(1 for f in files if f.startswith("spam/"))
    n_ham = sum(1 for f in files if f.startswith("ham/"))
    print("%d files (%d spam, %d ham), %d labels" % (len(files), n_spam, n_ham, len(seen)))
    if errors:
        for e in errors[:200]:
            print("ERROR", e)
        print("%d error(s)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
