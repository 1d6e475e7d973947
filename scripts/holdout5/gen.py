#!/usr/bin/env python3
# SPDX-License-Identifier: CC0-1.0
# holdout5 corpus generator - dedicated to the public domain under CC0 1.0 Universal
# (https://creativecommons.org/publicdomain/zero/1.0/). All texts, names, domains and numbers
# are invented for this corpus. Python 3.11 standard library only.
#
# Usage (from the worktree root):  python3 scripts/holdout5/gen.py
# Writes corpus/holdout5/{README.md,labels.tsv,spam/*/*.eml,ham/*/*.eml}.
# Each message uses its own random.Random("holdout5/<label>/<category>/<NNN>").
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import spam  # noqa: E402
import ham  # noqa: E402
from clients import assemble  # noqa: E402
import readme  # noqa: E402

NAME = "holdout5"
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "corpus", NAME)

# About 5 % of each side is deliberately malformed the way real software gets it wrong.
BAD = {
    ("spam", "retail-sale", 7): "8bit_ascii",
    ("spam", "prize-survey", 4): "no_end",
    ("spam", "crypto-invest", 9): "lf",
    ("spam", "phish-brand", 8): "unfolded",
    ("spam", "callback-scam", 12): "no_uid",
    ("spam", "advance-fee", 6): "floating",
    ("spam", "job-scam", 7): "tzid_novtz",
    ("spam", "nagging-payload", 6): "lf",
    ("ham", "work-meeting", 5): "lf",
    ("ham", "travel-booking", 9): "unfolded",
    ("ham", "recurring-community", 4): "tzid_novtz",
    ("ham", "personal-family", 6): "floating",
    ("ham", "personal-family", 11): "8bit_ascii",
    ("ham", "appointments", 3): "no_uid",
    ("ham", "webinar-event", 7): "no_end",
    ("ham", "forwarded-list", 2): "unfolded",
}


def apply_bad(m, flag):
    ev = m.ev
    if flag == "floating":
        ev["tzmode"] = "floating"
        m.bad_flag = flag
        return
    if flag == "tzid_novtz":
        ev["tzmode"] = "tzid"
        m.bad.add("tzid_novtz")
    else:
        m.bad.add(flag)
    ev["bad"] = m.bad
    if flag == "unfolded" and len(ev.get("description") or "") < 120:
        ev["description"] = (ev.get("description") or "") + "\n" + (m.text or "") + " " * 0
    m.bad_flag = flag


def build_all():
    """Return (files: dict relpath -> bytes, meta: list of dicts)."""
    files, meta = {}, []
    for label, mod in (("spam", spam), ("ham", ham)):
        for cat, i, e, cfg in mod.items():
            seed = "%s/%s/%s/%03d" % (NAME, label, cat, i)
            rng = random.Random(seed)
            m = mod.make(label, cat, i, e, cfg, rng)
            flag = BAD.get((label, cat, i))
            if flag:
                apply_bad(m, flag)
            data = assemble(m)
            rel = "%s/%s/%03d.eml" % (label, cat, i)
            files[rel] = data
            meta.append(dict(path=rel, label=label, cat=cat, lang=m.lang, client=m.client, infra=m.infra,
                             year=m.arrival.year, bad=getattr(m, "bad_flag", None), auth=m.auth, wrap=m.wrap))
    lines = ["path\tlabel\tcategory\tdescription"] + ["%s\t%s\t%s\t" % (x["path"], x["label"], x["cat"]) for x in meta]
    files["labels.tsv"] = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    files["README.md"] = readme.render(meta, files).replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    return files, meta


def main():
    files, meta = build_all()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    for rel, data in files.items():
        p = os.path.join(OUT, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
    print("wrote %d files to %s" % (len(files), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()
