#!/usr/bin/env python3
"""Generate Calguard's labelled development corpus (corpus/dev/).

    python3 scripts/devcorpus/generate.py [--out corpus/dev] [--seed 20261122]

Python 3.11 standard library only.  Deterministic: the same seed gives byte-identical output.
Re-runnable: the output directory's spam/ and ham/ trees, labels.tsv and README.md are rewritten
from scratch on every run.  See corpus/dev/README.md for what each category imitates.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from dc_lib import rng_for  # noqa: E402
import dc_spam1  # noqa: E402
import dc_spam2  # noqa: E402
import dc_ham1  # noqa: E402
import dc_ham2  # noqa: E402
from dc_real import REAL_HAM  # noqa: E402
from dc_readme import readme_text  # noqa: E402

SEED = 20261122

SPAM = [
    ("retail-sale", dc_spam1.retail_sale),
    ("prize-lottery", dc_spam1.prize_lottery),
    ("crypto", dc_spam1.crypto),
    ("dating-adult", dc_spam1.dating),
    ("advance-fee", dc_spam1.advance_fee),
    ("invoice-payment-phish", dc_spam2.invoice_phish),
    ("credential-phish", dc_spam2.credential_phish),
    ("tech-support-callback", dc_spam2.tech_support),
    ("payload-only-in-ics", dc_spam2.payload_only),
    ("nagging", dc_spam2.nagging),
    ("obfuscated", dc_spam2.obfuscated),
    ("multilingual", dc_spam2.multilingual),
    ("internal-compromised", dc_spam2.internal_compromised),
]
HAM = [
    ("meeting-google", dc_ham1.meeting_google),
    ("meeting-outlook-teams", dc_ham1.meeting_outlook_teams),
    ("meeting-zoom-webex", dc_ham1.meeting_zoom_webex),
    ("meeting-apple-thunderbird", dc_ham1.meeting_apple_thunderbird),
    ("booking-travel", dc_ham2.booking_travel),
    ("webinar-bulk", dc_ham2.webinar_bulk),
    ("recurring-series", dc_ham2.recurring_series),
    ("forwarded", dc_ham2.forwarded),
    ("service-notifications", dc_ham2.service_notifications),
    ("personal", dc_ham2.personal),
]


def annotate(data, desc):
    """Append facts a reader of labels.tsv should know that the category code may not have said."""
    head = data.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace")
    i = head.find("by mx.example.net (Postfix)")
    below = head[i:]
    if ("\r\nAuthentication-Results:" in below) and "forged" not in desc.lower():
        desc += "; carries a forged Authentication-Results header below the receiver's real one"
    return desc


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--out", default=os.path.join(HERE, "..", "..", "corpus", "dev"))
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--only", default=None, help="generate only this category (for debugging; labels.tsv is not written)")
    a = ap.parse_args(argv)
    out = os.path.normpath(a.out)
    rows = []
    counts = {}
    for label, cats in (("spam", SPAM), ("ham", HAM)):
        for cat, fn in cats:
            if a.only and cat != a.only:
                continue
            d = os.path.join(out, label, cat)
            if os.path.isdir(d):
                shutil.rmtree(d)
            os.makedirs(d, exist_ok=True)
            msgs = fn(rng_for(cat, a.seed))
            for i, (data, desc) in enumerate(msgs, 1):
                desc = annotate(data, desc)
                name = f"{i:03d}.eml"
                with open(os.path.join(d, name), "wb") as f:
                    f.write(data)
                rows.append((f"corpus/dev/{label}/{cat}/{name}", label, cat, " ".join(desc.split())))
            counts[(label, cat)] = len(msgs)
    if a.only:
        print(counts)
        return 0
    # remove stale category folders
    for label, cats in (("spam", SPAM), ("ham", HAM)):
        base = os.path.join(out, label)
        for x in os.listdir(base):
            if x not in {c for c, _ in cats}:
                shutil.rmtree(os.path.join(base, x))
    for path, cat, desc in REAL_HAM:
        rows.append((path, "ham", cat, desc))
        counts[("ham(real)", cat)] = counts.get(("ham(real)", cat), 0) + 1
    with open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme_text(counts, a.seed))
    for k in sorted(counts):
        print(f"{k[0]:10s} {k[1]:28s} {counts[k]:4d}")
    print("total generated:", sum(v for k, v in counts.items() if k[0] != "ham(real)"),
          " real ham listed:", len(REAL_HAM))
    return 0


if __name__ == "__main__":
    sys.exit(main())
