#!/usr/bin/env python3
"""Sanity checks for corpus/train6.  Run from the worktree root:
    python3 scripts/train6/check.py
- every .eml parses with the email package and carries at least one iCalendar
  object (text/calendar part, .ics attachment, or one inside message/rfc822);
- labels.tsv lists exactly the files on disk, with matching label/category;
- files use CRLF line endings;
- the generator reproduces every file byte for byte;
- prints counts per category and per language."""
import os, sys, email, email.policy, collections
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.path.join(ROOT, "corpus", "train6")
sys.path.insert(0, HERE)


def has_ical(msg):
    found = []
    for part in msg.walk():
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics", "text/x-vcalendar") or fn.endswith(".ics"):
            payload = part.get_payload(decode=True) or b""
            if b"BEGIN:VCALENDAR" in payload:
                found.append(ct)
    return found


def main():
    errors = []
    files = set()
    for dp, dn, fn in os.walk(CORPUS):
        for f in fn:
            if f.endswith(".eml"):
                files.add(os.path.relpath(os.path.join(dp, f), CORPUS).replace(os.sep, "/"))
    labels = {}
    with open(os.path.join(CORPUS, "labels.tsv"), encoding="utf-8") as f:
        head = f.readline().rstrip("\n")
        if head != "path\tlabel\tcategory\tdescription":
            errors.append("bad labels header")
        for ln in f:
            cols = ln.rstrip("\n").split("\t")
            if len(cols) != 4 or cols[3] != "":
                errors.append(f"bad labels line: {ln!r}")
                continue
            labels[cols[0]] = (cols[1], cols[2])
    if set(labels) != files:
        errors.append(f"labels/files mismatch: only in labels {sorted(set(labels) - files)[:5]}, only on disk {sorted(files - set(labels))[:5]}")
    for p, (lab, cat) in labels.items():
        parts = p.split("/")
        if parts[0] != lab or parts[1] != cat or lab not in ("spam", "ham"):
            errors.append(f"label/category does not match path: {p}")
    structs = collections.Counter()
    for p in sorted(files):
        raw = open(os.path.join(CORPUS, p), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b""):
            errors.append(f"bare LF in {p}")
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        if not msg["From"] or not msg["Subject"] is not None:
            errors.append(f"missing From/Subject in {p}")
        if not raw.startswith(b"Return-Path: <"):
            errors.append(f"{p} does not start with Return-Path")
        if not has_ical(msg):
            errors.append(f"no iCalendar object in {p}")
        structs[msg.get_content_type()] += 1
    # reproducibility and language counts
    import gen
    items = gen.build_all()
    langs = collections.defaultdict(collections.Counter)
    cats = collections.Counter()
    for path, side, cat, lang, data in items:
        langs[side][lang] += 1
        cats[(side, cat)] += 1
        fp = os.path.join(CORPUS, path)
        if not os.path.exists(fp) or open(fp, "rb").read() != data:
            errors.append(f"not reproducible: {path}")
    print("messages:", len(files))
    print("\nper category:")
    for (side, cat), n in cats.items():
        print(f"  {side:4} {cat:14} {n:3}")
    for side in ("spam", "ham"):
        tot = sum(langs[side].values())
        print(f"\n{side} languages ({tot}):", ", ".join(f"{l}={n}" for l, n in langs[side].most_common()),
              f" | en share {langs[side]['en'] / tot:.0%}")
    print("\ntop-level content types:", dict(structs))
    if errors:
        print(f"\n{len(errors)} ERRORS:")
        for e in errors[:50]:
            print("  ", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
