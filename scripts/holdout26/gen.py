#!/usr/bin/env python3
"""Deterministic generator for the holdout26 calendar-invitation exam corpus.

usage: python3 gen.py [OUTDIR]      (default: out/ beside this file)
Standard library only; fixed seed; identical output on every run.
"""
import collections
import datetime as dt
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h26 import spam, ham, intl  # noqa: E402
from h26.common import Ctx  # noqa: E402
from h26.model import render  # noqa: E402

SEED = 20260326
START = dt.datetime(2016, 1, 4, 0, 0, 0)
END = dt.datetime(2026, 11, 27, 23, 0, 0)

LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
              "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "tr": "Turkish", "ru": "Russian", "uk": "Ukrainian",
              "el": "Greek", "ar": "Arabic", "he": "Hebrew", "zh": "Chinese (Simplified)", "zh-TW": "Chinese (Traditional)",
              "ja": "Japanese", "ko": "Korean", "hi": "Hindi", "th": "Thai"}


def arrival(rng):
    span = (END - START).total_seconds()
    x = rng.random() ** 0.9
    t = START + dt.timedelta(seconds=int(span * x))
    # mail arrives more often in working hours
    if rng.random() < 0.7:
        t = t.replace(hour=rng.choice([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]))
    return t


def schedule():
    items = []
    for label, mod in (("spam", spam), ("ham", ham)):
        for cat, n in mod.COUNTS.items():
            foreign = [t for t in intl.TEXTS if t["label"] == label and t["cat"] == cat]
            if len(foreign) > n:
                raise SystemExit("too many foreign texts for %s/%s" % (label, cat))
            for t in foreign:
                items.append((label, cat, t["lang"], t))
            bank = mod.EN[cat]
            rng = random.Random("%d-bank-%s" % (SEED, cat))
            order = list(range(len(bank)))
            rng.shuffle(order)
            for i in range(n - len(foreign)):
                items.append((label, cat, "en", dict(bank[order[i % len(bank)]])))
    return items


def client_key(m):
    c = m.client
    if c in ("outlook", "apple", "mailfwd", "tool") and m.variant:
        return "%s/%s" % (c, m.variant)
    return c


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")
    out = os.path.abspath(out)
    if os.path.isdir(out):
        for sub in ("spam", "ham"):
            shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        for f in ("labels.tsv", "README.md"):
            if os.path.exists(os.path.join(out, f)):
                os.remove(os.path.join(out, f))
    os.makedirs(out, exist_ok=True)
    items = schedule()
    random.Random(SEED).shuffle(items)
    counters = collections.Counter()
    rows = []
    stats = collections.defaultdict(collections.Counter)
    for idx, (label, cat, lang, t) in enumerate(items):
        rng = random.Random("%d|%s|%s|%d" % (SEED, label, cat, idx))
        mod = spam if label == "spam" else ham
        arr = arrival(rng)
        c = Ctx(rng, lang, label, cat, arr, t)
        m = mod.CATS[cat](c)
        data = render(m)
        counters[(label, cat)] += 1
        rel = "%s/%s/%03d.eml" % (label, cat, counters[(label, cat)])
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        desc = "%s; %s; %s; %s" % (m.descr, LANG_NAMES[lang], client_key(m), m.arrival.strftime("%Y-%m"))
        rows.append((rel, label, cat, desc.replace("\t", " ").replace("\n", " ")))
        stats["client"][(label, m.client)] += 1
        stats["clientv"][(label, client_key(m))] += 1
        stats["lang"][(label, lang)] += 1
        stats["year"][(label, m.arrival.year)] += 1
        stats["auth"][(label, m.auth if not m.list else "list")] += 1
        import email as _e
        for part in _e.message_from_bytes(data).walk():
            cs = part.get_content_charset()
            if cs and not part.is_multipart():
                stats["cs"][cs.lower()] += 1
            cte = part.get("Content-Transfer-Encoding")
            if cte and not part.is_multipart():
                stats["cte"][cte.lower()] += 1
    rows.sort()
    with open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    write_readme(out, counters, stats)
    print("wrote %d messages to %s" % (len(rows), out))


def table(head, rows):
    s = "| " + " | ".join(head) + " |\n|" + "|".join("---" for _ in head) + "|\n"
    for r in rows:
        s += "| " + " | ".join(str(x) for x in r) + " |\n"
    return s


def write_readme(out, counters, stats):
    sp = [(c, counters[("spam", c)], spam.DESCR[c]) for c in spam.COUNTS]
    hm = [(c, counters[("ham", c)], ham.DESCR[c]) for c in ham.COUNTS]
    langs = sorted({l for (_, l) in stats["lang"]}, key=lambda l: (l != "en", l))
    lrows = [(LANG_NAMES[l], l, stats["lang"][("spam", l)], stats["lang"][("ham", l)]) for l in langs]
    clients = sorted({c for (_, c) in stats["client"]})
    crows = [(c, stats["client"][("spam", c)], stats["client"][("ham", c)]) for c in clients]
    years = sorted({y for (_, y) in stats["year"]})
    yrows = [(y, stats["year"][("spam", y)], stats["year"][("ham", y)]) for y in years]
    txt = README_HEAD
    txt += "\n## Spam categories (%d messages)\n\n" % sum(x[1] for x in sp) + table(["category", "count", "what it is"], sp)
    txt += "\n## Ham categories (%d messages)\n\n" % sum(x[1] for x in hm) + table(["category", "count", "what it is"], hm)
    txt += "\n## Languages\n\n" + table(["language", "code", "spam", "ham"], lrows)
    txt += "\n## Sending clients / services\n\n" + CLIENT_NOTE + "\n\n" + table(["client family", "spam", "ham"], crows)
    txt += "\n## Arrival years\n\n" + table(["year", "spam", "ham"], yrows)
    txt += "\n## Character sets and encodings\n\nCharset labels of the MIME parts (count of parts): " + \
        ", ".join("%s (%d)" % (k, v) for k, v in sorted(stats["cs"].items(), key=lambda kv: -kv[1])) + \
        ".\n\nTransfer encodings (count of parts): " + ", ".join("%s (%d)" % (k, v) for k, v in sorted(stats["cte"].items(), key=lambda kv: -kv[1])) + \
        ".\nHeader fields use RFC 2047 encoded words (B and Q); a few hand-rolled messages carry raw 8-bit header text as such tools do.\n"
    txt += README_TAIL
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


README_HEAD = """# holdout26 - sealed exam corpus of calendar invitations

A labelled test corpus of 320 RFC 5322 messages (160 spam, 160 ham) that carry iCalendar
objects (RFC 5545 / iTIP RFC 5546 / iMIP RFC 6047). It is meant to be run **once**, as an exam,
against a calendar anti-spam filter that was written without access to this corpus.

Layout:

* `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml` - the messages (CRLF line ends)
* `labels.tsv` - `path, label, category, description` for every file
* `README.md` - this file

Every message starts with the headers written by the receiving MX `mx.example.net`
(Return-Path, Delivered-To, Authentication-Results, Received), followed by the sending side's own
Received lines / DKIM-Signature and then the headers and MIME structure of the sending client.
Authentication results follow the sender set-up: free-mail accounts, compromised business mailboxes
and freshly registered look-alike domains pass SPF/DKIM (and DMARC where the domain publishes a
record); spoofed senders and bare VPS senders fail or have no results; mailing-list copies show the
original DKIM signature broken by the list footer.

Arrival dates range from 2016 to November 2026; event dates are relative to arrival (mostly days
to weeks later; a few far-future, past or endlessly recurring ones where the category calls for it).
All IP addresses are from the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
2001:db8::/32). Organisation, brand look-alike and recipient domains are reserved (`example.*`,
`*.example`) or invented; big providers (Google, Microsoft, Apple, Yahoo, Zoom) appear under their real
names because that is how such mail really arrives. Real brand names appear in message text and in
invented look-alike domains only. Phone numbers, IBANs, wallet addresses, codes and people are invented.
"""

CLIENT_NOTE = """Both labels are spread over the same clients and services in similar proportions (spam is
sent through Google Calendar, Exchange Online, iCloud, Zoom, Nextcloud, Zimbra and the rest just like
ham is, and ham also comes from small web applications with home-made iCalendar writers), so the
client alone says little about the label. Client families: `google` (Google Calendar iMIP),
`outlook` (Exchange Online / Teams, Outlook.com, Outlook desktop via SMTP, on-premises Exchange),
`apple` (iCloud calendar server and Calendar.app via Apple Mail), `thunderbird` (Lightning),
`zoom`, `nextcloud` (Sabre iMIP), `sogo`, `zimbra`, `yahoo`, `booking` (reservation / appointment /
event platforms sending through an ESP), `tool` (hand-rolled generators: PHPMailer, Nodemailer,
Python email, .NET/Java, bare text/calendar bodies), `mailfwd` (invitations forwarded with Gmail,
Thunderbird, Apple Mail, Outlook). Mailing-list copies are counted under the client that wrote the
original."""

README_TAIL = """
## Licence

CC0 1.0 Universal (public domain dedication). Everything in this corpus was written or generated
for it; no message was copied from anywhere.

Generated by `gen.py` (Python 3 standard library only, fixed random seed): `python3 gen.py [OUTDIR]`.
`check.py [OUTDIR]` verifies parsing, iCalendar presence, CRLF line ends and the label list.
"""

if __name__ == "__main__":
    main()
