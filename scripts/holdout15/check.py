#!/usr/bin/env python3
"""Verify the holdout15 corpus in ./out/.  Exit status 0 when everything passes."""
import email
import os
import re
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PY = {"windows-874": "cp874", "ks_c_5601-1987": "euc_kr", "iso-8859-8-i": "iso-8859-8"}


def unfold(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"\n[ \t]", "", text)


def calendar_parts(msg):
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics", "text/x-vcalendar") or fn.endswith(".ics"):
            raw = part.get_payload(decode=True) or b""
            cs = (part.get_content_charset() or "utf-8").lower()
            try:
                txt = raw.decode(PY.get(cs, cs))
            except (LookupError, UnicodeDecodeError):
                txt = raw.decode("utf-8", "replace")
            yield ct, txt


def check_file(path, errors):
    with open(path, "rb") as f:
        data = f.read()
    rel = os.path.relpath(path, OUT)
    # line endings
    if re.search(rb"(?<!\r)\n", data):
        errors.append("%s: bare LF line ending" % rel)
    if re.search(rb"\r(?!\n)", data):
        errors.append("%s: bare CR" % rel)
    if not data.endswith(b"\r\n"):
        errors.append("%s: does not end with CRLF" % rel)
    if any(len(l) > 998 for l in data.split(b"\r\n")):
        errors.append("%s: line longer than 998 octets" % rel)
    # parses
    try:
        msg = email.message_from_bytes(data, policy=policy.compat32)
        msg2 = email.message_from_bytes(data, policy=policy.default)
        for k in ("From", "To", "Subject", "Date"):
            str(msg2.get(k, ""))
    except Exception as e:  # noqa: BLE001
        errors.append("%s: does not parse: %s" % (rel, e))
        return
    if msg.defects:
        errors.append("%s: parser defects %s" % (rel, msg.defects))
    keys = list(msg.keys())
    if keys[:2] != ["Return-Path", "Delivered-To"] or keys[2] != "Authentication-Results" or keys[3] != "Received":
        errors.append("%s: trace header order %s" % (rel, keys[:4]))
    if not msg["Authentication-Results"].startswith("mx.example.net;"):
        errors.append("%s: Authentication-Results not from mx.example.net" % rel)
    if "by mx.example.net (Postfix)" not in msg.get_all("Received")[0]:
        errors.append("%s: first Received not by mx.example.net" % rel)
    for k in ("From", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg.get(k) is None and msg.get(k.title()) is None:
            errors.append("%s: missing %s" % (rel, k))
    # calendar content
    found = False
    for ct, txt in calendar_parts(msg):
        u = unfold(txt)
        lines = [l.strip() for l in u.split("\n")]
        if "BEGIN:VCALENDAR" in lines and "END:VCALENDAR" in lines and ("BEGIN:VEVENT" in lines or "BEGIN:VTODO" in lines):
            found = True
    if not found:
        errors.append("%s: no iCalendar object with VEVENT/VTODO" % rel)
    if b"\x00" in data:
        errors.append("%s: NUL byte" % rel)


def main():
    errors = []
    files = []
    for label in ("spam", "ham"):
        base = os.path.join(OUT, label)
        for root, dirs, fs in os.walk(base):
            for fn in fs:
                files.append(os.path.relpath(os.path.join(root, fn), OUT).replace(os.sep, "/"))
    files.sort()
    for rel in files:
        if not rel.endswith(".eml"):
            errors.append("%s: unexpected file" % rel)
            continue
        check_file(os.path.join(OUT, rel), errors)
    # labels.tsv
    with open(os.path.join(OUT, "labels.tsv"), encoding="utf-8") as f:
        rows = f.read().split("\n")
    if rows[0] != "path\tlabel\tcategory\tdescription":
        errors.append("labels.tsv: bad header %r" % rows[0])
    seen = {}
    for n, line in enumerate(rows[1:], 2):
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append("labels.tsv:%d: %d columns" % (n, len(cols)))
            continue
        p, lab, cat, desc = cols
        if p in seen:
            errors.append("labels.tsv:%d: duplicate %s" % (n, p))
        seen[p] = lab
        parts = p.split("/")
        if lab not in ("spam", "ham") or parts[0] != lab:
            errors.append("labels.tsv:%d: label mismatch %s %s" % (n, p, lab))
        if len(parts) != 3 or parts[1] != cat or not KEBAB.match(cat):
            errors.append("labels.tsv:%d: category mismatch %s %s" % (n, p, cat))
        if not desc.strip() or "\n" in desc:
            errors.append("labels.tsv:%d: bad description" % n)
    for rel in files:
        if rel not in seen:
            errors.append("labels.tsv: %s not listed" % rel)
    for p in seen:
        if p not in files:
            errors.append("labels.tsv: %s listed but missing" % p)
    ns = sum(1 for v in seen.values() if v == "spam")
    nh = sum(1 for v in seen.values() if v == "ham")
    if not os.path.exists(os.path.join(OUT, "README.md")):
        errors.append("README.md missing")
    for e in errors:
        print("ERROR", e)
    print("%d files, %d spam, %d ham, %d errors" % (len(files), ns, nh, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
