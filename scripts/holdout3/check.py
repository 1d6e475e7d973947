#!/usr/bin/env python3
"""Sanity check for corpus/holdout3: parse every message, find its calendar part(s),
check that each parses as iCalendar well enough, and print counts per label/category.

Deliberately malformed calendars are reported separately (they are not a failure).
Exit status is non-zero only if a message cannot be parsed at all, has no calendar
part, or is missing from / extra to labels.tsv.
"""
import collections
import email
import os
import sys
from email import policy

CAL_TYPES = {"text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics"}


def calendar_parts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in CAL_TYPES or fn.endswith((".ics", ".ical", ".ifb")):
            out.append(part)
        elif ct in ("application/octet-stream", "application/pdf", "image/jpeg", "audio/mpeg",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"):
            data = part.get_payload(decode=True) or b""
            if data.lstrip(b"\xef\xbb\xbf \r\n").upper().startswith(b"BEGIN:VCALENDAR"):
                out.append(part)
    return out


def unfold(text):
    lines = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
    return [l for l in lines if l.strip()]


def check_ics(data):
    """Returns list of problems (empty = fine)."""
    problems = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        problems.append("not UTF-8")
    lines = unfold(text)
    stack = []
    comps = []
    props = collections.defaultdict(set)
    for l in lines:
        name = l.split(":", 1)[0].split(";", 1)[0].upper()
        val = l.split(":", 1)[1].strip().upper() if ":" in l else ""
        if name == "BEGIN":
            stack.append(val)
            comps.append(val)
        elif name == "END":
            if not stack or stack[-1] != val:
                problems.append("unbalanced END:%s" % val)
                if val in stack:
                    while stack and stack.pop() != val:
                        pass
            else:
                stack.pop()
        elif stack and stack[-1] in ("VEVENT", "VTODO"):
            props[len(comps)].add(name)
    if stack:
        problems.append("unclosed %s" % ",".join(stack))
    if not comps or comps[0] != "VCALENDAR":
        problems.append("no VCALENDAR")
    items = [i + 1 for i, c in enumerate(comps) if c in ("VEVENT", "VTODO")]
    if not items:
        problems.append("no VEVENT/VTODO")
    for idx in items:
        p = props[idx]
        if "UID" not in p:
            problems.append("%s without UID" % comps[idx - 1])
        if "DTSTART" not in p and not (comps[idx - 1] == "VTODO" and "DUE" in p):
            problems.append("%s without DTSTART" % comps[idx - 1])
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(here, "..", "..", "corpus", "holdout3"))
    labels = {}
    with open(os.path.join(root, "labels.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        assert header == ["path", "label", "category", "description"], header
        for line in f:
            path, label, catg, desc = line.rstrip("\n").split("\t")
            labels[path] = (label, catg)
    on_disk = set()
    for label in ("spam", "ham"):
        for dp, _, fns in os.walk(os.path.join(root, label)):
            for fn in fns:
                if fn.endswith(".eml"):
                    on_disk.add(os.path.relpath(os.path.join(dp, fn), root).replace(os.sep, "/"))
    errors, quirks = [], []
    counts = collections.Counter()
    crlf_bad = 0
    for path in sorted(set(labels) | on_disk):
        if path not in labels:
            errors.append("%s: not in labels.tsv" % path)
            continue
        if path not in on_disk:
            errors.append("%s: listed but missing" % path)
            continue
        label, catg = labels[path]
        if path.split("/")[0] != label or path.split("/")[1] != catg:
            errors.append("%s: label/category does not match path" % path)
        raw = open(os.path.join(root, path), "rb").read()
        if raw.count(b"\n") != raw.count(b"\r\n"):
            crlf_bad += 1
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
        except Exception as e:  # pragma: no cover
            errors.append("%s: unparsable (%s)" % (path, e))
            continue
        if msg.defects:
            quirks.append("%s: MIME defects %s" % (path, [type(d).__name__ for d in msg.defects]))
        parts = calendar_parts(msg)
        if not parts:
            errors.append("%s: no calendar part" % path)
            continue
        for p in parts:
            data = p.get_payload(decode=True) or b""
            probs = check_ics(data)
            if probs:
                quirks.append("%s [%s]: %s" % (path, p.get_content_type(), "; ".join(sorted(set(probs)))))
        counts[(label, catg)] += 1
    print("%-8s %-30s %5s" % ("label", "category", "count"))
    for label in ("spam", "ham"):
        tot = 0
        for (l, c), n in sorted(counts.items()):
            if l == label:
                print("%-8s %-30s %5d" % (l, c, n))
                tot += n
        print("%-8s %-30s %5d" % (label, "TOTAL", tot))
    print("\nmessages with bare LF line endings: %d" % crlf_bad)
    print("calendar quirks / deliberately malformed (%d):" % len(quirks))
    for q in quirks:
        print("  " + q)
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
