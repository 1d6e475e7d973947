#!/usr/bin/env python3
"""Verify the holdout26 corpus.

usage: python3 check.py [CORPUSDIR]     (default: out/ beside this file)

Checks for every .eml file:
  * parses with the email package (no defects that stop parsing, has From/Date/Message-ID)
  * contains at least one iCalendar object with BEGIN:VCALENDAR / END:VCALENDAR and at least one
    VEVENT or VTODO (in a text/calendar, application/ics or .ics attachment part)
  * uses CRLF line ends only (no bare LF, no bare CR)
  * starts with the receiving MX headers
and that labels.tsv lists every file exactly once with a valid label / category.
"""
import codecs
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ALIASES = {"windows-874": "cp874", "ks_c_5601-1987": "cp949"}


def decode(part):
    raw = part.get_payload(decode=True)
    if raw is None:
        return None
    cs = (part.get_content_charset() or "utf-8").lower()
    cs = ALIASES.get(cs, cs)
    try:
        codecs.lookup(cs)
    except LookupError:
        raise ValueError("unknown charset %s" % cs)
    return raw.decode(cs)


def ical_parts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics", "text/x-vcalendar") or fn.endswith(".ics") or \
                (ct == "application/octet-stream" and fn.endswith(".ics")):
            out.append(decode(part))
    return [x for x in out if x]


def check_file(path):
    errs = []
    data = open(path, "rb").read()
    # CRLF
    if re.search(rb"(?<!\r)\n", data):
        errs.append("bare LF")
    if re.search(rb"\r(?!\n)", data):
        errs.append("bare CR")
    if not data.startswith(b"Return-Path: <"):
        errs.append("does not start with Return-Path")
    head = data.split(b"\r\n\r\n", 1)[0]
    for h in (b"\r\nDelivered-To: ", b"\r\nAuthentication-Results: mx.example.net;", b"\r\nReceived: from "):
        if h not in head:
            errs.append("missing MX header %r" % h)
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as e:  # pragma: no cover
        return ["parse error: %s" % e]
    for h in ("From", "Date", "Message-ID", "Subject"):
        if msg.get(h) is None and msg.get(h.replace("ID", "Id")) is None:
            errs.append("missing %s" % h)
    try:
        # also parse with the modern policy to be sure headers are usable
        m2 = email.message_from_bytes(data, policy=email.policy.default)
        str(m2["Subject"])
        str(m2["From"])
    except Exception as e:
        errs.append("policy.default header error: %s" % e)
    try:
        cals = ical_parts(msg)
    except Exception as e:
        return errs + ["decode error: %s" % e]
    if not cals:
        errs.append("no iCalendar part")
    ok = False
    for cal in cals:
        t = cal.replace("\r\n", "\n")
        if re.search(r"^BEGIN:VCALENDAR\s*$", t, re.M) and re.search(r"^END:VCALENDAR\s*$", t, re.M) and \
                re.search(r"^BEGIN:(VEVENT|VTODO)\s*$", t, re.M) and re.search(r"^END:(VEVENT|VTODO)\s*$", t, re.M):
            ok = True
    if cals and not ok:
        errs.append("iCalendar part lacks VCALENDAR/VEVENT|VTODO")
    return errs


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out"))
    files = []
    for label in ("spam", "ham"):
        base = os.path.join(root, label)
        for dp, dn, fn in os.walk(base):
            for f in fn:
                files.append(os.path.relpath(os.path.join(dp, f), root).replace(os.sep, "/"))
    files.sort()
    bad = 0
    for rel in files:
        if not rel.endswith(".eml"):
            print("%s: not an .eml file" % rel)
            bad += 1
            continue
        e = check_file(os.path.join(root, rel))
        if e:
            bad += 1
            print("%s: %s" % (rel, "; ".join(e)))
    # labels
    lab = os.path.join(root, "labels.tsv")
    seen = {}
    with open(lab, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "path\tlabel\tcategory\tdescription":
        print("labels.tsv: bad header")
        bad += 1
    for n, line in enumerate(lines[1:], 2):
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            print("labels.tsv:%d: expected 4 columns" % n)
            bad += 1
            continue
        p, l, c, d = cols
        if l not in ("spam", "ham") or not p.startswith(l + "/") or p.split("/")[1] != c or \
                not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", c) or not d.strip():
            print("labels.tsv:%d: inconsistent row" % n)
            bad += 1
        seen[p] = seen.get(p, 0) + 1
    for p, k in seen.items():
        if k != 1:
            print("labels.tsv: %s listed %d times" % (p, k))
            bad += 1
        if p not in files:
            print("labels.tsv: %s does not exist" % p)
            bad += 1
    for p in files:
        if p not in seen:
            print("labels.tsv: %s missing" % p)
            bad += 1
    for f in ("README.md",):
        if not os.path.exists(os.path.join(root, f)):
            print("missing %s" % f)
            bad += 1
    nspam = sum(1 for p in files if p.startswith("spam/"))
    nham = sum(1 for p in files if p.startswith("ham/"))
    print("%d files (%d spam, %d ham), %d problems" % (len(files), nspam, nham, bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
