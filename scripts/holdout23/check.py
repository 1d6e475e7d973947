#!/usr/bin/env python3
"""Verify the holdout23 corpus.

usage: check.py [CORPUSDIR]   (default: out/ beside this script)

Checks: every .eml parses with the email package, contains at least one iCalendar object with
BEGIN:VCALENDAR/END:VCALENDAR and at least one VEVENT or VTODO, uses CRLF line ends throughout, starts
with the receiving-MX header block; labels.tsv lists every file exactly once with a valid label."""
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def ical_texts(msg):
    """Yield decoded text of every calendar-looking part, descending into message/rfc822."""
    for part in msg.walk():
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct == "message/rfc822":
            continue
        if ct in ("text/calendar", "application/ics") or fn.endswith(".ics") or \
                (ct == "application/octet-stream" and fn.endswith(".ics")):
            raw = part.get_payload(decode=True)
            if raw is None:
                continue
            cs = part.get_content_charset() or "utf-8"
            try:
                yield raw.decode(cs, errors="replace"), raw
            except LookupError:
                yield raw.decode("utf-8", errors="replace"), raw


def check_file(path, problems, warnings):
    data = open(path, "rb").read()
    rel = path
    # CRLF everywhere
    if re.search(rb"(?<!\r)\n", data):
        problems.append("%s: bare LF line end in file" % rel)
    if re.search(rb"\r(?!\n)", data):
        problems.append("%s: bare CR in file" % rel)
    if not data.startswith(b"Return-Path: <"):
        problems.append("%s: does not start with Return-Path" % rel)
    head = data.split(b"\r\n\r\n", 1)[0]
    for h in (b"\r\nDelivered-To: ", b"\r\nAuthentication-Results: mx.example.net;", b"by mx.example.net (Postfix)"):
        if h not in head:
            problems.append("%s: missing %r in header" % (rel, h))
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as e:  # noqa
        problems.append("%s: parse error %s" % (rel, e))
        return
    for k in ("From", "Date", "Subject", "Content-Type"):
        if msg.get(k) is None:
            problems.append("%s: missing %s header" % (rel, k))
    if msg.defects:
        warnings.append("%s: top-level defects %s" % (rel, [type(d).__name__ for d in msg.defects]))
    found = False
    for txt, raw in ical_texts(msg):
        unf = re.sub(r"\r?\n[ \t]", "", txt)
        lines = [ln.strip("\r") for ln in unf.split("\n")]
        if "BEGIN:VCALENDAR" in lines and "END:VCALENDAR" in lines and \
                ("BEGIN:VEVENT" in lines or "BEGIN:VTODO" in lines):
            found = True
            if b"\n" in raw and b"\r\n" not in raw:
                warnings.append("%s: calendar object uses bare LF (intentional sloppiness)" % rel)
    if not found:
        problems.append("%s: no iCalendar object with VCALENDAR + VEVENT/VTODO" % rel)


def main():
    root = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, "out")
    problems, warnings = [], []
    files = []
    for lab in ("spam", "ham"):
        for dp, dn, fn in os.walk(os.path.join(root, lab)):
            for f in fn:
                files.append(os.path.relpath(os.path.join(dp, f), root).replace(os.sep, "/"))
    files.sort()
    for f in files:
        if not f.endswith(".eml"):
            problems.append("%s: unexpected file" % f)
            continue
        check_file(os.path.join(root, f), problems, warnings)
    # labels
    lp = os.path.join(root, "labels.tsv")
    seen = {}
    with open(lp, encoding="utf-8") as fh:
        rows = fh.read().split("\n")
    if rows[0] != "path\tlabel\tcategory\tdescription":
        problems.append("labels.tsv: bad header %r" % rows[0])
    for i, r in enumerate(rows[1:], 2):
        if not r:
            continue
        cols = r.split("\t")
        if len(cols) != 4:
            problems.append("labels.tsv:%d: %d columns" % (i, len(cols)))
            continue
        p, lab, cat, desc = cols
        if p in seen:
            problems.append("labels.tsv:%d: duplicate %s" % (i, p))
        seen[p] = lab
        if lab not in ("spam", "ham"):
            problems.append("labels.tsv:%d: bad label %s" % (i, lab))
        if not p.startswith(lab + "/" + cat + "/"):
            problems.append("labels.tsv:%d: path/label/category mismatch" % i)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", cat):
            problems.append("labels.tsv:%d: category not kebab-case" % i)
        if not desc.strip():
            problems.append("labels.tsv:%d: empty description" % i)
    for f in files:
        if f not in seen:
            problems.append("labels.tsv: %s not listed" % f)
    for p in seen:
        if p not in files:
            problems.append("labels.tsv: %s listed but missing" % p)
    if not os.path.isfile(os.path.join(root, "README.md")):
        problems.append("README.md missing")
    nspam = sum(1 for v in seen.values() if v == "spam")
    nham = sum(1 for v in seen.values() if v == "ham")
    print("%d files (%d spam, %d ham), %d problems, %d warnings" % (len(files), nspam, nham, len(problems),
                                                                   len(warnings)))
    for p in problems[:50]:
        print("PROBLEM", p)
    if "-v" in sys.argv:
        for w in warnings:
            print("warning", w)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
