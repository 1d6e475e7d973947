#!/usr/bin/env python3
"""Generate the holdout17 calendar-invitation exam corpus into ./out/.

Deterministic (fixed seed), Python 3 standard library only.
    python3 gen.py
"""
import collections
import datetime as dt
import os
import random
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h17 import compose, world                       # noqa: E402
from h17.content_spam import SPAM, CATS as SPAM_CATS  # noqa: E402
from h17.content_ham import HAM, CATS as HAM_CATS     # noqa: E402

SEED = 17_2026
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")

CLIENTS = ["google", "outlook", "icloud", "applemail", "thunderbird", "zoom", "nextcloud", "zimbra", "yahoo",
           "sogo", "booking", "handrolled"]
QUOTA = dict(google=30, outlook=32, icloud=10, applemail=9, thunderbird=11, zoom=9, nextcloud=9, zimbra=9,
             yahoo=8, sogo=7, booking=14, handrolled=12)
CLIENT_LABEL = dict(google="Google Calendar", outlook="Outlook/Exchange", icloud="iCloud Calendar",
                    applemail="Apple Calendar via Mail", thunderbird="Thunderbird/Lightning", zoom="Zoom",
                    nextcloud="Nextcloud", zimbra="Zimbra", yahoo="Yahoo Mail", sogo="SOGo",
                    booking="booking/scheduling platform", handrolled="scripted/hand-rolled sender")

AFFINITY = {
    "spam": {
        "RS": ["google", "icloud", "outlook", "yahoo", "handrolled", "applemail", "thunderbird"],
        "PZ": ["google", "outlook", "icloud", "yahoo", "booking", "handrolled", "zimbra", "sogo"],
        "CR": ["google", "outlook", "zoom", "yahoo", "icloud", "handrolled", "nextcloud", "booking"],
        "DS": ["google", "yahoo", "icloud", "handrolled", "outlook", "applemail", "thunderbird"],
        "FE": ["handrolled", "outlook", "google", "booking", "zimbra", "nextcloud", "sogo", "icloud"],
        "CP": ["outlook", "google", "handrolled", "zimbra", "sogo", "nextcloud", "thunderbird", "booking", "applemail"],
        "CB": ["google", "outlook", "yahoo", "icloud", "applemail", "handrolled", "thunderbird"],
        "FU": ["outlook", "zoom", "google", "thunderbird", "handrolled", "zimbra", "booking"],
        "BEC": ["outlook", "google", "thunderbird", "applemail", "zimbra", "sogo", "yahoo", "icloud"],
        "AF": ["yahoo", "outlook", "google", "handrolled", "icloud", "sogo", "zimbra", "thunderbird"],
        "TJ": ["google", "outlook", "zoom", "booking", "yahoo", "icloud"],
        "DC": ["outlook", "google", "zimbra", "sogo", "nextcloud", "thunderbird", "applemail"],
        "NG": ["google", "icloud", "handrolled", "outlook", "nextcloud", "yahoo", "booking"],
        "MI": ["google", "outlook", "icloud", "zoom", "yahoo", "booking", "thunderbird"],
        "PC": ["outlook", "handrolled", "zoom", "booking", "thunderbird", "google", "zimbra"],
    },
    "ham": {
        "TR": ["booking", "outlook", "handrolled", "google", "zimbra"],
        "HR": ["booking", "handrolled", "google", "icloud", "outlook"],
        "MD": ["booking", "handrolled", "outlook", "nextcloud", "sogo", "zoom"],
        "WB": ["zoom", "outlook", "google", "booking", "handrolled"],
        "CS": ["google", "yahoo", "icloud", "applemail", "nextcloud", "thunderbird", "handrolled"],
        "IT": ["outlook", "zimbra", "sogo", "nextcloud", "handrolled", "google"],
        "DH": ["outlook", "google", "nextcloud", "zimbra", "thunderbird", "sogo", "applemail"],
        "FN": ["outlook", "google", "zimbra", "sogo", "thunderbird", "handrolled", "booking"],
        "RC": ["google", "outlook", "booking", "zoom", "yahoo", "icloud"],
        "FW": ["outlook", "google", "thunderbird", "applemail", "zimbra"],
        "ML": ["thunderbird", "google", "nextcloud", "sogo", "outlook", "zimbra"],
        "RR": ["outlook", "google", "icloud", "thunderbird", "yahoo", "zimbra", "nextcloud", "sogo"],
        "PS": ["google", "icloud", "yahoo", "applemail", "outlook", "thunderbird"],
        "SC": ["outlook", "google", "booking", "zoom", "handrolled"],
        "WM": ["outlook", "google", "zoom", "zimbra", "sogo", "thunderbird", "nextcloud", "icloud"],
    },
}

# format defects of scripted senders and booking systems, handed out by quota so that
# chance does not decide which label gets more broken mail (spam tools are a bit sloppier)
TRICK_QUOTA = {
    "spam": dict(no_method=7, ct_mismatch=4, lf_b64=5, sloppy=3, no_uid=3, no_dtstamp=3),
    "ham": dict(no_method=4, ct_mismatch=1, lf_b64=4, sloppy=1, no_uid=1, no_dtstamp=2),
}


def assign_tricks(rng, assigned, label):
    pool = [i for i, c in enumerate(assigned) if c in ("booking", "handrolled")]
    out = {i: set() for i in pool}
    for t, n in sorted(TRICK_QUOTA[label].items()):
        for i in rng.sample(pool, min(n, len(pool))):
            out[i].add(t)
    return out


MIN_YEAR = {("spam", "FU"): 2019, ("spam", "TJ"): 2020, ("spam", "CR"): 2017}


def assign_clients(rng, items, label):
    quota = dict(QUOTA)
    order = list(range(len(items)))
    rng.shuffle(order)
    order.sort(key=lambda i: len(AFFINITY[label][items[i]["c"]]))
    out = {}
    for i in order:                      # scenario-pinned clients first
        if items[i].get("client"):
            out[i] = items[i]["client"]
            quota[out[i]] -= 1
    for i in order:
        if i in out:
            continue
        allowed = AFFINITY[label][items[i]["c"]]
        kinds = items[i].get("kinds")
        if kinds:
            kk = ["corp" if k == "service" else k for k in kinds] + (["service"] if "service" in kinds else [])
            def ok(c):
                if c == "zoom":          # any organisation or person can host on Zoom
                    return True
                if c == "booking":
                    return any(k in ("service", "corp", "lookalike", "spoof", "compromised") or
                               (label == "spam" and k == "free") for k in kk)
                return any(k in compose.COMPAT[c] for k in kk)
            fit = [c for c in allowed if ok(c)]
            allowed = fit or allowed
        best = max(quota[c] for c in allowed)
        cands = [c for c in allowed if quota[c] == best]
        c = rng.choice(cands)
        quota[c] -= 1
        out[i] = c
    return [out[i] for i in range(len(items))]


def min_year(label, sc):
    lo = max(MIN_YEAR.get((label, sc["c"]), 2016), sc.get("miny", 2016))
    return 2024 if sc.get("pay") == "cmd" else lo


def assign_years(rng, items, label):
    """Spread arrival years evenly (2026 only until November), respecting minimum years."""
    weights = {y: (11 if y == 2026 else 12) for y in range(2016, 2027)}
    total = sum(weights.values())
    pool = []
    for y, w in weights.items():
        pool += [y] * round(len(items) * w / total)
    while len(pool) < len(items):
        pool.append(rng.choice(range(2016, 2027)))
    pool = pool[:len(items)]
    order = sorted(range(len(items)), key=lambda i: (-min_year(label, items[i]), rng.random()))
    years = {}
    for i in order:
        ok = [y for y in pool if y >= min_year(label, items[i])]
        y = rng.choice(ok) if ok else rng.randint(min_year(label, items[i]), 2026)
        if y in pool:
            pool.remove(y)
        years[i] = y
    return [years[i] for i in range(len(items))]


def arrival_for(rng, label, sc, year):
    start = max(dt.datetime(year, 1, 4), dt.datetime(min_year(label, sc), 1, 4))
    end = dt.datetime(year, 12, 31, 23, 59) if year < 2026 else dt.datetime(2026, 11, 27)
    span = int((end - start).total_seconds())
    t = start + dt.timedelta(seconds=rng.randint(0, span))
    if label == "ham" and rng.random() < 0.7:
        t = t.replace(hour=rng.randint(6, 17))
    return t.replace(microsecond=0)


def short_desc(label, sc, m):
    cats = SPAM_CATS if label == "spam" else HAM_CATS
    bits = ["%s, %s" % (world.LANG_NAME[m.lang], CLIENT_LABEL[m.client])]
    kind = {"free": "free-mail account", "corp": "organisation mailbox", "colleague": "colleague",
            "compromised": "compromised real mailbox", "lookalike": "look-alike domain",
            "spoof": "spoofed/VPS sender", "service": "platform account"}[m.kind]
    bits.append(kind)
    if m.lst:
        bits.append("via mailing list")
    if m.fwd_note:
        bits.append("forwarded")
    if m.ev["method"] in ("REPLY", "CANCEL", "PUBLISH"):
        bits.append("METHOD:%s" % m.ev["method"])
    return "; ".join(bits) + ": " + cats[sc["c"]][1]


def main():
    t0 = time.time()
    rng = random.Random(SEED)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    rows = []
    stats = {"spam": collections.Counter(), "ham": collections.Counter()}
    langs = {"spam": collections.Counter(), "ham": collections.Counter()}
    catcount = {"spam": collections.Counter(), "ham": collections.Counter()}
    cs_count = collections.Counter()
    years = {"spam": collections.Counter(), "ham": collections.Counter()}
    methods = {"spam": collections.Counter(), "ham": collections.Counter()}
    authc = {"spam": collections.Counter(), "ham": collections.Counter()}
    for label, items, cats in (("spam", SPAM, SPAM_CATS), ("ham", HAM, HAM_CATS)):
        assigned = assign_clients(rng, items, label)
        years_ = assign_years(rng, items, label)
        arrivals = [arrival_for(rng, label, sc, years_[i]) for i, sc in enumerate(items)]
        tricks = assign_tricks(rng, assigned, label)
        counters = collections.Counter()
        # keep files of a category in arrival order
        idx = sorted(range(len(items)), key=lambda i: (items[i]["c"], arrivals[i]))
        for i in idx:
            sc = items[i]
            cat = cats[sc["c"]][0]
            counters[cat] += 1
            rel = "%s/%s/%03d.eml" % (label, cat, counters[cat])
            key = "%d|%s|%d" % (SEED, label, i)
            data, m = compose.compose(sc, label, assigned[i], arrivals[i], key, tricks.get(i))
            path = os.path.join(OUT, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
            rows.append((rel, label, cat, short_desc(label, sc, m)))
            stats[label][m.client] += 1
            langs[label][m.lang] += 1
            catcount[label][cat] += 1
            years[label][m.arrival.year] += 1
            methods[label][m.ev["method"] if "no_method" not in m.tricks else "(none)"] += 1
            authc[label][m.auth_summary.split(" dmarc=")[1]] += 1
            cs_count[m.text_cs.lower()] += 1
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        for r in sorted(rows):
            f.write("\t".join(x.replace("\t", " ") for x in r) + "\n")
    write_readme(catcount, stats, langs, years, methods, authc)
    dt_s = time.time() - t0
    print("wrote %d messages in %.1fs" % (len(rows), dt_s))
    for label in ("spam", "ham"):
        print(label, "clients:", dict(sorted(stats[label].items())))
    for label in ("spam", "ham"):
        print(label, "dmarc:", dict(authc[label]), "methods:", dict(methods[label]))
    print("text charsets:", dict(cs_count))
    print("years spam:", dict(sorted(years["spam"].items())))
    print("years ham :", dict(sorted(years["ham"].items())))


def scan_charsets():
    import email
    import email.policy
    per, ctes = collections.Counter(), collections.Counter()
    for root, _, fs in os.walk(OUT):
        for f in fs:
            if not f.endswith(".eml"):
                continue
            msg = email.message_from_bytes(open(os.path.join(root, f), "rb").read(), policy=email.policy.compat32)
            seen = set()
            for p in msg.walk():
                if p.is_multipart() or p.get_content_type() == "message/rfc822":
                    continue
                if p.get_content_charset():
                    seen.add(p.get_content_charset().lower())
                ctes[(p.get("Content-Transfer-Encoding") or "7bit (implicit)").strip().lower()] += 1
            for c in seen:
                per[c] += 1
    return per.most_common(), ctes.most_common()


def write_readme(catcount, stats, langs, years, methods, authc):
    L = []
    L.append("# holdout17 - labelled exam corpus of calendar invitations\n")
    L.append("A sealed test corpus for a calendar anti-spam filter: %d spam and %d ham RFC 5322 messages, each "
             "carrying at least one iCalendar object (RFC 5545/5546/6047). It is meant to be run once, as an "
             "exam, to measure how a filter does on mail it has never seen.\n" % (
                 sum(catcount["spam"].values()), sum(catcount["ham"].values())))
    L.append("All messages are synthetic. They were written and generated for this corpus by `gen.py` "
             "(deterministic, fixed seed, Python 3 standard library only) from hand-written scenarios in "
             "`h17/content_spam.py` and `h17/content_ham.py`. No message was copied from anywhere.\n")
    L.append("## Layout\n")
    L.append("- `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml` (CRLF line ends)\n"
             "- `labels.tsv`: `path`, `label`, `category`, `description` (path relative to this directory)\n"
             "- Every message starts with the headers written by the receiving MX `mx.example.net` (Return-Path, "
             "Delivered-To, Authentication-Results, Received), followed by the sender side's Received chain, "
             "DKIM-Signature(s) and the client's own headers.\n")
    for label, cats in (("spam", SPAM_CATS), ("ham", HAM_CATS)):
        L.append("## %s categories\n" % label.capitalize())
        L.append("| category | count | what it is |\n|---|---:|---|")
        for code, (name, desc) in sorted(cats.items(), key=lambda kv: kv[1][0]):
            L.append("| %s | %d | %s |" % (name, catcount[label][name], desc))
        L.append("| **total** | **%d** | |\n" % sum(catcount[label].values()))
    L.append("## Languages\n")
    L.append("| language | spam | ham |\n|---|---:|---:|")
    for lg in world.LANGS:
        L.append("| %s | %d | %d |" % (world.LANG_NAME[lg], langs["spam"][lg], langs["ham"][lg]))
    L.append("")
    cs, cte = scan_charsets()
    L.append("Messages per declared charset (any MIME part): %s.\n" % ", ".join("%s %d" % kv for kv in cs))
    L.append("MIME parts per transfer encoding: %s.\n" % ", ".join("%s %d" % kv for kv in cte))
    L.append("## Sending software (same mix on both sides)\n")
    L.append("| client / service | spam | ham |\n|---|---:|---:|")
    for c in CLIENTS:
        L.append("| %s | %d | %d |" % (CLIENT_LABEL[c], stats["spam"][c], stats["ham"][c]))
    L.append("")
    L.append("Client families reproduce the MIME layout, headers and iCalendar style of: Google Calendar "
             "(calendar-notification@google.com), Outlook/Exchange Online/on-premises Exchange/Outlook desktop "
             "with Teams blocks, iCloud and Calendar.app via Apple Mail, Thunderbird/Lightning, Zoom registration "
             "mail, Nextcloud, Zimbra, Yahoo, SOGo, booking and scheduling platforms (airline/rail, hotel, "
             "restaurant, medical, events, schedulers, sent through ESPs), and scripted senders (PHP, Python, "
             "Java, Node, Swift mailers and bulk tools). Some messages pass through Mailman-style mailing lists "
             "(broken original DKIM, list footer, sometimes From munging); some are forwarded (Outlook FW, "
             "Gmail inline forward, Thunderbird forward-as-attachment).\n")
    L.append("## Arrival years\n")
    L.append("| year | spam | ham |\n|---|---:|---:|")
    for y in range(2016, 2027):
        L.append("| %d | %d | %d |" % (y, years["spam"][y], years["ham"][y]))
    L.append("")
    L.append("## Notes\n")
    L.append("- IP addresses are from documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, "
             "2001:db8::/32); organisation domains are reserved (`.example`) or plausible fictional names. Real "
             "brand names appear in text and in look-alike domains because that is what the fraud imitates. "
             "Phone numbers, IBANs, wallet addresses and URLs are invented.\n"
             "- Authentication results follow the sender set-up: pass for real accounts, compromised mailboxes "
             "and registered look-alike domains; fail/none/softfail for spoofs and VPS senders; dkim=fail for "
             "list copies. Authentication is therefore not a label.\n"
             "- Some ham is deliberately hard (bookings with codes, amounts and phone numbers; free webinars with "
             "offers and hundreds of attendees; open-ended series from free mail; password-expiry notices; "
             "bank-detail warnings; requested callbacks). Some spam is deliberately quiet (short polite text, "
             "authenticated senders, payload only in the .ics).\n"
             "- Sender domains of the big providers are real (gmail.com, outlook.com, yahoo.com, icloud.com, zoom.us, "
             "google.com and other free-mail services), because that is where such mail comes from on both sides; "
             "so are the hostnames of commonly abused hosting and sharing services inside URLs (SharePoint, Google "
             "Docs/Sites, Dropbox, R2, workers.dev, IPFS gateways, link shorteners). Paths, IDs and account names "
             "in those URLs are random.\n"
             "- Clickable-looking payloads point to invented domains; the few 'paste this command' texts reference "
             "invented hosts and do nothing.\n"
             "- Like real generators, some scripted senders and booking systems (on both sides, a few more on the "
             "spam side) emit non-conformant iCalendar: no METHOD, a Content-Type method that disagrees with "
             "METHOD, missing PRODID/UID/DTSTAMP, unfolded or badly folded lines, LF-only line ends inside a "
             "base64 part. The .eml files themselves always use CRLF.\n"
             "- Multi-byte charsets are used the way clients use them (for example ISO-2022-JP and ks_c_5601-1987 "
             "from Outlook, Windows-874 for Thai). Python's codec registry does not know the label "
             "`windows-874`; decoders need an alias to cp874.\n")
    L.append("## Licence\n")
    L.append("CC0 1.0 Universal (public domain dedication). Everything in this corpus was written or generated "
             "by the author of gen.py for this purpose.\n")
    L.append("Generated by gen.py.\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
