#!/usr/bin/env python3
"""Check the corpus: every .eml parses, carries a VCALENDAR with a VEVENT/VTODO, uses CRLF, and labels.tsv
lists every file exactly once.  Usage: python3 check.py [CORPUSDIR]  (default: out/ beside this file)"""
import os, sys, email, re
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
CODEC = {"windows-874": "cp874", "iso-8859-8-i": "iso8859_8", "ks_c_5601-1987": "euc_kr"}


def calendars(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics") or fn.endswith(".ics"):
            data = part.get_payload(decode=True) or b""
            cs = part.get_content_charset() or "utf-8"
            try:
                out.append(data.decode(CODEC.get(cs, cs)))
            except (LookupError, UnicodeDecodeError):
                out.append(data.decode("utf-8", "replace"))
    return out


def check_file(path):
    errs = []
    raw = open(path, "rb").read()
    if re.search(rb"(?<!\r)\n", raw):
        errs.append("bare LF line end")
    if re.search(rb"\r(?!\n)", raw):
        errs.append("bare CR")
    try:
        msg = email.message_from_bytes(raw, policy=policy.default)
    except Exception as e:  # pragma: no cover
        return ["parse error: %s" % e]
    if msg.defects:
        errs.append("defects: %s" % msg.defects)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "Return-Path", "Authentication-Results", "Received"):
        if msg[h] is None and msg.get(h.lower()) is None:
            errs.append("missing header " + h)
    try:
        for part in msg.walk():
            if not part.is_multipart():
                part.get_payload(decode=True)
    except Exception as e:
        errs.append("payload decode: %s" % e)
    cals = calendars(msg)
    ok = False
    for c in cals:
        u = c.replace("\r\n", "\n")
        if "BEGIN:VCALENDAR" in u and "END:VCALENDAR" in u and ("BEGIN:VEVENT" in u or "BEGIN:VTODO" in u):
            ok = True
    if not ok:
        errs.append("no iCalendar object with VEVENT/VTODO")
    return errs


def main(root):
    files = set()
    for d, _, fs in os.walk(root):
        for f in fs:
            if f.endswith(".eml"):
                files.add(os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/"))
    bad = 0
    for f in sorted(files):
        errs = check_file(os.path.join(root, f))
        if errs:
            bad += 1
            print("FAIL %s: %s" % (f, "; ".join(errs)))
    lab = os.path.join(root, "labels.tsv")
    lines = open(lab, encoding="utf-8").read().split("\n")
    if lines[0] != "path\tlabel\tcategory\tdescription":
        print("FAIL labels.tsv header")
        bad += 1
    seen = {}
    for ln in lines[1:]:
        if not ln:
            continue
        cols = ln.split("\t")
        if len(cols) != 4:
            print("FAIL labels.tsv row has %d columns: %r" % (len(cols), ln))
            bad += 1
            continue
        p, l, c, _ = cols
        seen[p] = seen.get(p, 0) + 1
        if l not in ("spam", "ham") or not p.startswith(l + "/") or p.split("/")[1] != c:
            print("FAIL labels.tsv row inconsistent: %r" % ln)
            bad += 1
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", c):
            print("FAIL category not kebab-case: %s" % c)
            bad += 1
    for p, n in seen.items():
        if n != 1:
            print("FAIL %s listed %d times" % (p, n)); bad += 1
        if p not in files:
            print("FAIL %s listed but missing" % p); bad += 1
    for f in files - set(seen):
        print("FAIL %s not in labels.tsv" % f); bad += 1
    n_spam = sum(1 for f in files if f.startswith("spam/"))
    n_ham = sum(1 for f in files if f.startswith("ham/"))
    print("%d files (%d spam, %d ham), %d problems" % (len(files), n_spam, n_ham, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")))
