#!/usr/bin/env python3
"""Verify the generated corpus in ./out (or the directory given as argument).

Checks, for every .eml file:
  * it parses with Python's email package (bytes parser, default policy) without defects that break MIME structure;
  * it carries at least one iCalendar object (a text/calendar or application/ics part, or an attached *.ics)
    containing BEGIN:VCALENDAR ... END:VCALENDAR and at least one VEVENT or VTODO;
  * it uses CRLF line ends only (no bare LF, no bare CR);
  * the top of the message carries the receiving-MX headers;
and that labels.tsv lists every file exactly once with a valid label and a category matching the path.
Exit status 0 when everything passes.
"""
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def calendar_texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics", "text/x-vcalendar") or fn.endswith(".ics"):
            raw = part.get_payload(decode=True) or b""
            cs = part.get_content_charset() or "utf-8"
            try:
                txt = raw.decode(cs)
            except (LookupError, UnicodeDecodeError):
                txt = raw.decode("utf-8", "replace")
            out.append(txt)
    return out


def check_file(path):
    errs = []
    data = open(path, "rb").read()
    if b"\n" in data.replace(b"\r\n", b""):
        errs.append("bare LF line end")
    if b"\r" in data.replace(b"\r\n", b""):
        errs.append("bare CR")
    if not data.endswith(b"\r\n"):
        errs.append("does not end with CRLF")
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as e:  # pragma: no cover
        return ["parse error: %r" % e]
    for h in ("From", "Date", "Message-ID", "Return-Path", "Delivered-To", "Authentication-Results", "Received"):
        if msg.get(h) is None:
            errs.append("missing header %s" % h)
    first = data.split(b"\r\n", 3)
    if not (first[0].startswith(b"Return-Path:") and first[1].startswith(b"Delivered-To:") and first[2].startswith(b"Authentication-Results: mx.example.net;")):
        errs.append("MX trace block not at top")
    try:
        _ = str(msg["Subject"] or "")
        _ = str(msg["From"] or "")
    except Exception as e:
        errs.append("header decode error: %r" % e)
    for d in msg.defects:
        errs.append("defect: %s" % type(d).__name__)
    for part in msg.walk():
        for d in part.defects:
            name = type(d).__name__
            if name in ("StartBoundaryNotFoundDefect", "CloseBoundaryNotFoundDefect", "MultipartInvariantViolationDefect",
                        "NoBoundaryInMultipartDefect", "MissingHeaderBodySeparatorDefect"):
                errs.append("part defect: %s" % name)
    cals = calendar_texts(msg)
    if not cals:
        errs.append("no calendar part")
    ok = False
    for t in cals:
        u = t.replace("\r\n", "\n")
        if re.search(r"^BEGIN:VCALENDAR\s*$", u, re.M) and re.search(r"^END:VCALENDAR\s*$", u, re.M) and \
                re.search(r"^BEGIN:(VEVENT|VTODO)\s*$", u, re.M):
            ok = True
    if cals and not ok:
        errs.append("calendar part lacks VCALENDAR with VEVENT/VTODO")
    return errs


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")
    files = []
    for root, _, names in os.walk(out):
        for n in names:
            if n.endswith(".eml"):
                files.append(os.path.relpath(os.path.join(root, n), out).replace(os.sep, "/"))
    files.sort()
    bad = 0
    for f in files:
        errs = check_file(os.path.join(out, f))
        if errs:
            bad += 1
            print("FAIL %s: %s" % (f, "; ".join(errs)))
    # labels
    lab_errs = []
    seen = {}
    with open(os.path.join(out, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0] != "path\tlabel\tcategory\tdescription":
        lab_errs.append("bad header %r" % lines[0])
    for ln in lines[1:]:
        if not ln:
            continue
        cols = ln.split("\t")
        if len(cols) != 4:
            lab_errs.append("bad row %r" % ln)
            continue
        p, label, cat, desc = cols
        seen[p] = seen.get(p, 0) + 1
        if label not in ("spam", "ham"):
            lab_errs.append("bad label %s" % p)
        parts = p.split("/")
        if len(parts) != 3 or parts[0] != label or parts[1] != cat:
            lab_errs.append("path/label/category mismatch %s" % p)
        if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", cat):
            lab_errs.append("category not kebab-case: %s" % cat)
        if not desc.strip():
            lab_errs.append("empty description %s" % p)
    for p, n in seen.items():
        if n != 1:
            lab_errs.append("listed %d times: %s" % (n, p))
    missing = set(files) - set(seen)
    extra = set(seen) - set(files)
    for p in sorted(missing):
        lab_errs.append("not in labels.tsv: %s" % p)
    for p in sorted(extra):
        lab_errs.append("in labels.tsv but missing: %s" % p)
    for e in lab_errs:
        print("LABELS: " + e)
    n_spam = sum(1 for f in files if f.startswith("spam/"))
    n_ham = sum(1 for f in files if f.startswith("ham/"))
    print("%d files (%d spam, %d ham), %d failing, %d label problems" % (len(files), n_spam, n_ham, bad, len(lab_errs)))
    if not os.path.exists(os.path.join(out, "README.md")):
        print("README.md missing")
        return 1
    return 1 if (bad or lab_errs) else 0


if __name__ == "__main__":
    sys.exit(main())
