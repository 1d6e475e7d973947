#!/usr/bin/env python3
"""Sanity check for corpus/train5: parse every message, find calendar parts, check iCalendar basics."""
import email, email.policy, os, re, sys, collections

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus", "train5")

def cal_parts(msg):
    for part in msg.walk():
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics") or fn.endswith(".ics"):
            yield part

def check_ics(text):
    problems = []
    lines = re.split(r"\r?\n", text)
    if "\r\n" not in text and "\n" in text: problems.append("LF line endings")
    un = []
    for l in lines:
        if l[:1] in (" ", "\t") and un: un[-1] += l[1:]
        elif l: un.append(l)
    stack = []
    for l in un:
        if l.upper().startswith("BEGIN:"): stack.append(l[6:].strip().upper())
        elif l.upper().startswith("END:"):
            n = l[4:].strip().upper()
            if not stack or stack[-1] != n: problems.append(f"unbalanced END:{n}"); break
            stack.pop()
    if stack: problems.append("unclosed " + ",".join(stack))
    long_ = [l for l in lines if len(l.encode("utf-8")) > 75]
    if long_: problems.append(f"{len(long_)} unfolded lines >75 octets")
    comps = re.findall(r"^BEGIN:(VEVENT|VTODO)$", "\n".join(un), re.M)
    if not comps: problems.append("no VEVENT/VTODO"); return problems
    body = "\n".join(un)
    for blk in re.findall(r"^BEGIN:(?:VEVENT|VTODO)$(.*?)(?:^END:(?:VEVENT|VTODO)$|\Z)", body, re.M | re.S):
        if not re.search(r"^UID[;:]", blk, re.M): problems.append("component without UID")
        if not re.search(r"^DTSTART[;:]", blk, re.M): problems.append("component without DTSTART")
    return problems

def main():
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, "labels.tsv"), encoding="utf-8")]
    assert rows[0] == ["path", "label", "category", "description"], rows[0]
    counts = collections.Counter(); errors = []; quirks = []
    for path, label, cat, desc in rows[1:]:
        assert label in ("spam", "ham") and desc == ""
        raw = open(os.path.join(ROOT, path), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b""): errors.append((path, "bare LF in message"))
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        for h in ("Return-Path", "Delivered-To", "Authentication-Results", "Received", "From", "Date", "Subject"):
            if msg[h] is None: errors.append((path, f"missing {h}"))
        if not msg.keys()[0] == "Return-Path": errors.append((path, "first header is not Return-Path"))
        parts = list(cal_parts(msg))
        if not parts: errors.append((path, "no calendar part")); continue
        for p in parts:
            data = p.get_payload(decode=True) or b""
            try: text = data.decode("utf-8")
            except UnicodeDecodeError: errors.append((path, "calendar not UTF-8")); continue
            pr = check_ics(text)
            if pr: quirks.append((path, "; ".join(sorted(set(pr)))))
        counts[(label, cat)] += 1
    tot = collections.Counter()
    for (label, cat), n in sorted(counts.items()):
        print(f"{label:5} {cat:22} {n}"); tot[label] += n
    print("total:", dict(tot))
    if quirks:
        print("\ncalendar quirks (allowed, deliberate):")
        for p, q in quirks: print(f"  {p}: {q}")
    if errors:
        print("\nERRORS:")
        for p, e in errors: print(f"  {p}: {e}")
        sys.exit(1)
    print("\nall messages parsed; no errors")

if __name__ == "__main__":
    main()
