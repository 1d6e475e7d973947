#!/usr/bin/env python3
"""Verify the generated corpus in ./out.

Checks, for every .eml file:
  * it parses with Python's email package (and the parsed tree can be walked),
  * it carries at least one iCalendar object (text/calendar, application/ics or an
    .ics attachment, also inside forwarded message/rfc822 parts) that contains
    BEGIN:VCALENDAR ... END:VCALENDAR and at least one VEVENT or VTODO,
  * the file uses CRLF line ends only (no bare LF, no bare CR),
  * the receiving-MX headers come first (Return-Path, Delivered-To,
    Authentication-Results by mx.example.net, Received by mx.example.net),
  * every IP address literal is from a documentation range (or loopback);
and that labels.tsv has the right header and lists every file exactly once with
a label/category consistent with its path.  Exit status 0 only if all is well.
"""
import base64
import binascii
import collections
import email
import email.policy
import ipaddress
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
                                              "2001:db8::/32", "127.0.0.0/8")]


def ical_parts(msg, errs):
    found = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics") or fn.endswith(".ics"):
            cte = (part.get("Content-Transfer-Encoding") or "7bit").strip().lower()
            if cte == "base64":
                try:
                    binascii.a2b_base64(re.sub(r"\s+", "", part.get_payload()).encode())
                    base64.b64decode(re.sub(r"\s+", "", part.get_payload()), validate=True)
                except (binascii.Error, ValueError) as e:
                    errs.append("bad base64 in calendar part: %s" % e)
            raw = part.get_payload(decode=True) or b""
            cs = part.get_content_charset() or "utf-8"
            try:
                text = raw.decode(cs)
            except (LookupError, UnicodeDecodeError):
                text = raw.decode("utf-8", "replace")
            found.append(text)
    return found


def check_ical(text):
    t = text.replace("\r\n", "\n")
    unfolded = re.sub(r"\n[ \t]", "", t)
    lines = [l.strip() for l in unfolded.split("\n")]
    if "BEGIN:VCALENDAR" not in lines or "END:VCALENDAR" not in lines:
        return "no BEGIN/END:VCALENDAR"
    if lines.index("BEGIN:VCALENDAR") > lines.index("END:VCALENDAR"):
        return "VCALENDAR out of order"
    if not any(l in ("BEGIN:VEVENT", "BEGIN:VTODO") for l in lines):
        return "no VEVENT/VTODO"
    return None


def check_file(path):
    errs = []
    data = open(path, "rb").read()
    if re.search(rb"(?<!\r)\n", data):
        errs.append("bare LF")
    if re.search(rb"\r(?!\n)", data):
        errs.append("bare CR")
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        list(msg.walk())
        _ = msg["Subject"], msg["From"], msg["Date"]
    except Exception as e:  # noqa: BLE001
        return ["does not parse: %r" % e]
    head = data.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
    names = [l.split(":", 1)[0] for l in head.split("\r\n") if l and l[0] not in " \t"]
    if names[:4] != ["Return-Path", "Delivered-To", "Authentication-Results", "Received"]:
        errs.append("MX headers not first: %s" % names[:4])
    ar = msg.get_all("Authentication-Results") or []
    if not ar or not str(ar[0]).startswith("mx.example.net"):
        errs.append("Authentication-Results not by mx.example.net")
    rec = msg.get_all("Received") or []
    if not rec or "by mx.example.net" not in str(rec[0]):
        errs.append("first Received not by mx.example.net")
    for f in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg.get(f) is None and msg.get(f.replace("ID", "Id")) is None:
            errs.append("missing %s" % f)
    cals = ical_parts(msg, errs)
    if not cals:
        errs.append("no iCalendar part")
    for c in cals:   # every calendar part must hold a calendar object
        if check_ical(c):
            errs.append("iCalendar part invalid: %s" % check_ical(c))
    for ipm in re.finditer(r"\[(?:IPv6:)?([0-9a-fA-F:.]+)(?:%\d+)?\]", head):
        s = ipm.group(1)
        try:
            ip = ipaddress.ip_address(s)
        except ValueError:
            continue
        if not any(ip in n for n in DOC_NETS):
            errs.append("non-documentation IP %s" % s)
    return errs


def main():
    bad = 0
    files = []
    for root, _, fs in os.walk(OUT):
        for f in fs:
            if f.endswith(".eml"):
                files.append(os.path.relpath(os.path.join(root, f), OUT))
    files.sort()
    for rel in files:
        errs = check_file(os.path.join(OUT, rel))
        if errs:
            bad += 1
            print("FAIL %s: %s" % (rel, "; ".join(errs)))
    # labels
    lab = os.path.join(OUT, "labels.tsv")
    rows = open(lab, encoding="utf-8").read().split("\n")
    if rows[0] != "path\tlabel\tcategory\tdescription":
        print("FAIL labels.tsv header: %r" % rows[0])
        bad += 1
    seen = collections.Counter()
    for r in rows[1:]:
        if not r:
            continue
        cols = r.split("\t")
        if len(cols) != 4:
            print("FAIL labels.tsv row has %d columns: %r" % (len(cols), r))
            bad += 1
            continue
        p, label, cat, desc = cols
        seen[p] += 1
        parts = p.split("/")
        if label not in ("spam", "ham") or parts[0] != label or parts[1] != cat:
            print("FAIL labels.tsv inconsistent row: %r" % r)
            bad += 1
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", cat):
            print("FAIL category not kebab-case: %r" % cat)
            bad += 1
        if not desc.strip() or "\n" in desc:
            print("FAIL empty description: %r" % r)
            bad += 1
    for p in files:
        if seen[p] != 1:
            print("FAIL %s listed %d times in labels.tsv" % (p, seen[p]))
            bad += 1
    for p in seen:
        if p not in files:
            print("FAIL labels.tsv lists missing file %s" % p)
            bad += 1
    if not os.path.exists(os.path.join(OUT, "README.md")):
        print("FAIL README.md missing")
        bad += 1
    c = collections.Counter(p.split("/")[0] for p in files)
    print("%d files (%d spam, %d ham); %s" % (len(files), c["spam"], c["ham"], "OK" if not bad else "%d problems" % bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
