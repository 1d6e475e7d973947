#!/usr/bin/env python3
"""Validate the holdout19 corpus.  usage: python3 check.py [CORPUSDIR]  (default: out/ beside this file)"""
import email
import email.policy
import os
import re
import sys


def calendars(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics") or fn.endswith(".ics"):
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
        errs.append("bare LF in file")
    if b"\r" in data.replace(b"\r\n", b""):
        errs.append("bare CR in file")
    if not data.endswith(b"\r\n"):
        errs.append("no final CRLF")
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as e:  # noqa
        return ["parse error: %r" % e]
    for h in ("From", "Date", "Message-ID", "Return-Path", "Delivered-To", "Authentication-Results", "Received"):
        if msg.get(h) is None:
            errs.append("missing header " + h)
    first = data.split(b"\r\n", 4)
    if not first[0].startswith(b"Return-Path:") or not first[1].startswith(b"Delivered-To:") or \
            not first[2].startswith(b"Authentication-Results: mx.example.net;"):
        errs.append("trace headers not at top in expected order")
    try:
        for part in msg.walk():
            if not part.is_multipart():
                part.get_payload(decode=True)
                if part.get_content_maintype() == "text":
                    part.get_content()
    except Exception as e:  # noqa
        errs.append("payload decode error: %r" % e)
    for h in ("Subject", "From", "To"):
        try:
            str(msg.get(h, ""))
        except Exception as e:  # noqa
            errs.append("header %s error %r" % (h, e))
    cals = calendars(msg)
    ok = False
    for c in cals:
        lines = re.split(r"\r?\n", c)
        if any(l.strip() == "BEGIN:VCALENDAR" for l in lines) and any(l.strip() == "END:VCALENDAR" for l in lines) and \
                any(l.strip() in ("BEGIN:VEVENT", "BEGIN:VTODO") for l in lines):
            ok = True
    if not ok:
        errs.append("no iCalendar object with VCALENDAR + VEVENT/VTODO")
    return errs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "out")
    files = set()
    for d, _, fs in os.walk(root):
        for f in fs:
            if f.endswith(".eml"):
                files.add(os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/"))
    bad = 0
    for f in sorted(files):
        e = check_file(os.path.join(root, f))
        if e:
            bad += 1
            print("FAIL %s: %s" % (f, "; ".join(e)))
    # labels
    lab = open(os.path.join(root, "labels.tsv"), encoding="utf-8").read().split("\n")
    if lab[0] != "path\tlabel\tcategory\tdescription":
        print("FAIL labels.tsv header")
        bad += 1
    seen = {}
    for ln in lab[1:]:
        if not ln:
            continue
        cols = ln.split("\t")
        if len(cols) != 4:
            print("FAIL labels.tsv line with %d columns: %r" % (len(cols), ln[:80]))
            bad += 1
            continue
        p, l, c, desc = cols
        seen[p] = seen.get(p, 0) + 1
        if l not in ("spam", "ham") or not p.startswith(l + "/" + c + "/") or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", c):
            print("FAIL labels.tsv inconsistent: %s" % ln[:100])
            bad += 1
    for p, n in seen.items():
        if n != 1:
            print("FAIL %s listed %d times" % (p, n))
            bad += 1
    missing = files - set(seen)
    extra = set(seen) - files
    for p in sorted(missing):
        print("FAIL not in labels.tsv: " + p)
    for p in sorted(extra):
        print("FAIL listed but missing: " + p)
    bad += len(missing) + len(extra)
    if not os.path.exists(os.path.join(root, "README.md")):
        print("FAIL README.md missing")
        bad += 1
    ns = sum(1 for p in seen if p.startswith("spam/"))
    nh = sum(1 for p in seen if p.startswith("ham/"))
    print("%d files (%d spam, %d ham), %d problems" % (len(files), ns, nh, bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
