#!/usr/bin/env python3
# SPDX-License-Identifier: CC0-1.0
# holdout5 corpus checker (CC0 1.0). Run from the worktree root:  python3 scripts/holdout5/check.py
# Regenerates the corpus in memory and compares it byte for byte with corpus/holdout5, checks CRLF line
# ends, labels.tsv against the files, that every message parses with Python's email package and carries
# an iCalendar object (VCALENDAR with at least one VEVENT), and prints counts per category and language.
import collections
import email
import email.policy
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


def crlf_ok(data):
    i = data.find(b"\n")
    while i != -1:
        if i == 0 or data[i - 1] != 0x0D:
            return False
        i = data.find(b"\n", i + 1)
    j = data.find(b"\r")
    while j != -1:
        if j + 1 >= len(data) or data[j + 1] != 0x0A:
            return False
        j = data.find(b"\r", j + 1)
    return True


def ical_parts(msg):
    found = []
    for part in msg.walk():
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics", "text/x-vcalendar") or fn.endswith(".ics") or (ct == "application/octet-stream" and fn.endswith(".ics")):
            data = part.get_payload(decode=True)
            if data:
                found.append(data)
    return found


def main():
    files, meta = gen.build_all()
    out = gen.OUT
    disk = {}
    for root, _, names in os.walk(out):
        for n in names:
            p = os.path.join(root, n)
            rel = os.path.relpath(p, out).replace(os.sep, "/")
            with open(p, "rb") as f:
                disk[rel] = f.read()
    for rel in sorted(set(files) | set(disk)):
        if rel not in disk:
            err("missing on disk: " + rel)
        elif rel not in files:
            err("extra file on disk: " + rel)
        elif files[rel] != disk[rel]:
            err("differs from generator: " + rel)
    for rel, data in disk.items():
        if not crlf_ok(data):
            err("not CRLF: " + rel)
    # labels.tsv
    lab = disk.get("labels.tsv", b"").decode("utf-8").split("\r\n")
    if lab[0] != "path\tlabel\tcategory\tdescription":
        err("labels.tsv header wrong")
    rows = [r for r in lab[1:] if r]
    paths = set()
    for r in rows:
        cols = r.split("\t")
        if len(cols) != 4:
            err("labels.tsv bad row: %r" % r)
            continue
        path, label, cat, desc = cols
        parts = path.split("/")
        if len(parts) != 3 or parts[0] != label or parts[1] != cat or label not in ("spam", "ham") or desc != "":
            err("labels.tsv row inconsistent: %r" % r)
        paths.add(path)
    emls = {k for k in disk if k.endswith(".eml")}
    if paths != emls:
        err("labels.tsv does not match the .eml files (%d rows, %d files)" % (len(paths), len(emls)))
    # parse every message
    for rel in sorted(emls):
        data = disk[rel]
        try:
            msg = email.message_from_bytes(data, policy=email.policy.default)
            for h in ("Return-Path", "Delivered-To", "Authentication-Results", "Received", "From", "Date"):
                if msg.get(h) is None:
                    err("%s: no %s header" % (rel, h))
            ar = str(msg.get("Authentication-Results", ""))
            if not ar.startswith("mx.example.net;"):
                err("%s: Authentication-Results authserv-id" % rel)
            cals = ical_parts(msg)
            good = any(b"BEGIN:VCALENDAR" in c.upper() and b"BEGIN:VEVENT" in c.upper() for c in cals)
            if not good:
                err("%s: no iCalendar object with a VEVENT" % rel)
        except Exception as ex:  # noqa: BLE001
            err("%s: does not parse: %r" % (rel, ex))
    # counts
    by_label = collections.Counter(x["label"] for x in meta)
    by_cat = collections.Counter((x["label"], x["cat"]) for x in meta)
    by_lang = collections.Counter((x["label"], x["lang"]) for x in meta)
    print("messages: %d (spam %d, ham %d)" % (len(meta), by_label["spam"], by_label["ham"]))
    for label in ("spam", "ham"):
        print("\n%s categories (%d):" % (label, len([c for (l, c) in by_cat if l == label])))
        for (l, c), n in sorted(by_cat.items()):
            if l == label:
                print("  %-22s %3d" % (c, n))
    for label in ("spam", "ham"):
        langs = sorted(((n, g) for (l, g), n in by_lang.items() if l == label), reverse=True)
        print("\n%s languages (%d): %s" % (label, len(langs), ", ".join("%s %d" % (g, n) for n, g in langs)))
    all_langs = collections.Counter(x["lang"] for x in meta)
    print("\nall languages (%d): %s" % (len(all_langs), ", ".join("%s %d" % (g, n) for g, n in all_langs.most_common())))
    bad = [x for x in meta if x["bad"]]
    print("deliberately malformed: %d (%s)" % (len(bad), ", ".join("%s=%s" % (x["path"], x["bad"]) for x in bad)))
    if by_label["spam"] != 160 or by_label["ham"] != 160:
        err("expected 160 spam and 160 ham")
    if len(all_langs) < 18:
        err("fewer than 18 languages")
    if ERR:
        print("\nFAILED: %d problem(s)" % len(ERR))
        for e in ERR[:50]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: corpus matches the generator, all files CRLF, labels.tsv consistent, every message parses and carries a VEVENT")


if __name__ == "__main__":
    main()
