#!/usr/bin/env python3
"""Generate the holdout8 calendar-invitation corpus into ./out (deterministic)."""
import os
import re
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h8lib import util  # noqa: E402
util.seed(20260808)
from h8lib import spam, ham  # noqa: E402
from h8lib.common import render  # noqa: E402
from h8lib.people import FOREIGN  # noqa: E402
from h8lib.readme import write_readme  # noqa: E402

# The repository keeps the output in corpus/holdout8; HOLDOUT8_OUT=that path regenerates or checks it in place.
OUT = os.environ.get("HOLDOUT8_OUT", os.path.join(HERE, "out"))
PH = re.compile(rb"\{(first|name|link|phone|code|amt|brand|sender|org|ref|date|wallet|tg|wa|email|pw|cmd|q|depd|dept|pnr)\}")


def langs_for(ci):
    return ["en"] * 5 + [FOREIGN[(ci + k) % len(FOREIGN)] for k in range(5)]


def main():
    t0 = time.time()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    rows = []
    stats = {}
    for side, mod in (("spam", spam), ("ham", ham)):
        for ci, cat in enumerate(mod.CATS):
            langs = langs_for(ci)
            os.makedirs(os.path.join(OUT, side, cat), exist_ok=True)
            for i in range(10):
                lang = langs[i]
                arrival = util.rand_arrival()
                m, route, desc = mod.build(cat, i if lang == "en" else 0, lang, arrival)
                data = render(m, route)
                if PH.search(data):
                    raise SystemExit("unfilled placeholder in %s/%s/%d: %r" % (side, cat, i, PH.search(data).group(0)))
                rel = "%s/%s/%03d.eml" % (side, cat, i + 1)
                with open(os.path.join(OUT, rel), "wb") as f:
                    f.write(data)
                client = m.get("client")
                if client == "custom":
                    client = "forward/list"
                rows.append((rel, side, cat, "[%s, %s, %s] %s" % (lang, client, arrival.strftime("%Y-%m-%d"), desc)))
                st = stats.setdefault((side, cat), {"n": 0, "langs": set(), "clients": set()})
                st["n"] += 1
                st["langs"].add(lang)
                st["clients"].add(client)
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        for r in rows:
            f.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in r) + "\n")
    write_readme(os.path.join(OUT, "README.md"), stats, rows)
    print("wrote %d messages in %.1fs" % (len(rows), time.time() - t0))


if __name__ == "__main__":
    main()
