#!/usr/bin/env python3
"""Generate the train17 calendar anti-spam exam corpus.  Usage: gen.py [OUTDIR]   (default: out/ beside this file)"""
import collections
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common
from common import R, pick, chance, TZS
from model import Msg, rand_arrival
import build
import clients
import transport
import spam
import ham
import texts_intl
from i18n import LANG_NAMES

CLIENT_TARGET = {"google": 31, "outlook": 33, "apple": 16, "thunderbird": 10, "zimbra": 8, "yahoo": 8, "nextcloud": 8,
                 "sogo": 5, "zoom": 8, "booking": 13, "custom": 9, "list": 11}
ALL_CLIENTS = list(CLIENT_TARGET)

CUSTOM_QUIRKS = ["nomethod", "methodmismatch", "nofold", "charfold", "noescape", "lf", "nodtstamp", "version-late",
                 "floating", "mailto-upper", "calcharset", "utc", "notzblock", "cal-only", "fold76"]

SPAM_LISTS = [("Community Announce", "announce@lists.tallowcreek.org", "mailman"), ("Alumni Network", "alumni@lists.ashgrove-university.edu", "sympa"),
              ("Makers Forum", "makers@googlegroups.com", "groups"), ("Residents Association", "residents@groups.example.org", "mailman"),
              ("Open Data Users", "users@lists.corvalis-labs.io", "mailman")]


def plan(label, cats, snips):
    """Return list of Msg with category and language decided."""
    msgs = []
    by_cat = collections.defaultdict(list)
    for lang, entries in snips.items():
        for e in entries:
            by_cat[e[0]].append((lang, e))
    for cat, (count, desc, allowed) in cats.items():
        intl = by_cat.get(cat, [])
        assert len(intl) <= count, (cat, len(intl), count)
        for lang, e in intl:
            m = Msg(label, cat, lang)
            m.snip = e
            msgs.append(m)
        for _ in range(count - len(intl)):
            m = Msg(label, cat, "en")
            m.snip = None
            msgs.append(m)
    return msgs


def assign_clients(msgs, cats):
    left = dict(CLIENT_TARGET)
    order = sorted(range(len(msgs)), key=lambda i: (len(allowed_of(msgs[i], cats)), R.random()))
    over = 0
    for i in order:
        m = msgs[i]
        al = allowed_of(m, cats)
        cand = [c for c in al if left.get(c, 0) > 0]
        if not cand:
            cand = al
            over += 1
        best = max(left.get(c, 0) for c in cand)
        ch = pick([c for c in cand if left.get(c, 0) == best] if chance(0.7) else cand)
        m.client = ch
        left[ch] = left.get(ch, 0) - 1
    return over


def allowed_of(m, cats):
    a = cats[m.category][2]
    return ALL_CLIENTS if a == "*" else a.split()


def prepare(m):
    m.arrival = rand_arrival()
    c = m.client
    if c == "zoom" and m.arrival.year < 2018:
        m.arrival = m.arrival.replace(year=R.randrange(2019, 2026))
    m.sender_tz = build.tz_for(m.lang)
    if c == "list":
        m.inner = pick(["google", "thunderbird", "outlook", "apple", "zimbra", "custom", "google", "outlook"])
        if m.label == "spam" or not m.list_info:
            nm, ad, soft = pick(SPAM_LISTS)
            m.list_info = {"name": nm, "addr": ad, "soft": soft, "tag": "[%s]" % nm.split(" ")[0] if chance(0.5) else None,
                           "munge": chance(0.3), "sign": chance(0.3)}
    real = m.inner if c == "list" else c
    if real == "custom" or (real == "booking" and chance(0.3)):
        n = R.choice([0, 1, 1, 2, 2, 3]) if real == "custom" else R.choice([0, 1])
        m.quirks = set(R.sample(CUSTOM_QUIRKS, n))
    if real == "custom" and not m.mailer:
        m.prodid = pick(["-//hacksw/handcal//NONSGML v1.0//EN", "-//CalendarApp//EN", "-//ics.py - http://git.io/lLljaA//EN",
                         "-//sebbo.net//ical-generator//EN", "-//Events Calendar//iCal4j 1.0//EN", "-//PHP iCalendar//EN",
                         "-//Spatie//iCalendar Generator//EN", "-//School Manager//Calendar//EN", "-//Mailer//Invite 2.0//EN",
                         "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "-//Google Inc//Google Calendar 70.9054//EN",
                         "-//Apple Inc.//iPhone OS 17.1//EN", "PRODID", "-//ABC Corporation//NONSGML My Product//EN"])


def render(m):
    real = m.inner if m.client == "list" else m.client
    if real == "list":
        real = "google"
    if real == "outlook" and m.variant is None:
        m.variant = "o365"
    if m.ev.meet and "teams.microsoft" in m.ev.meet and m.arrival.year < 2018:
        m.ev.meet = None
    if m.client == "list":
        la = m.list_info["addr"]
        m.to = [(m.list_info["name"], la)]
        for a in m.ev.attendees:
            if a["email"] == m.rcpt and m.ev.method not in ("REPLY",):
                a["email"], a["name"] = la, m.list_info["name"]
    hdrs, body = clients.RENDER[real](m)
    return transport.finish(m, hdrs, body)


def main():
    t0 = time.time()
    out = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, "out")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    common.seed(17017)
    rows = []
    stats = collections.defaultdict(collections.Counter)
    all_msgs = []
    for label, cats, mod, snips in (("spam", spam.CATS, spam, texts_intl.SPAM), ("ham", ham.CATS, ham, texts_intl.HAM)):
        msgs = plan(label, cats, snips)
        over = assign_clients(msgs, cats)
        if over:
            print("warning: %d %s messages over client quota" % (over, label))
        counters = collections.Counter()
        R.shuffle(msgs)
        for m in msgs:
            prepare(m)
            mod.make(m, m.snip)
            data = render(m)
            counters[m.category] += 1
            rel = "%s/%s/%03d.eml" % (label, m.category, counters[m.category])
            p = os.path.join(out, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "wb") as f:
                f.write(data)
            desc = (m.desc or m.category).replace("\t", " ").replace("\n", " ").replace("\r", " ")
            if m.lang != "en":
                desc += " [%s]" % m.lang
            rows.append((rel, label, m.category, desc))
            cl = m.client if m.client != "list" else "list(%s)" % m.inner
            stats["client-" + label][m.client] += 1
            stats["lang-" + label][m.lang] += 1
            stats["year-" + label][m.arrival.year] += 1
            all_msgs.append(m)
    with open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    write_readme(out, rows, stats)
    print("wrote %d messages to %s in %.1fs" % (len(rows), out, time.time() - t0))


def write_readme(out, rows, stats):
    L = []
    L.append("# train17 – labelled calendar-invitation corpus (spam vs. ham)\n")
    L.append("A synthetic but realistic test corpus for a calendar anti-spam filter: %d RFC 5322 messages (`.eml`, CRLF line ends), "
             "each carrying at least one iCalendar object (VEVENT or VTODO). Everything was written from scratch and generated by "
             "`gen.py` (deterministic, fixed seed; Python 3 standard library only). No real message was copied.\n" % len(rows))
    L.append("Every message starts with the trace headers of the receiving MX `mx.example.net` (Return-Path, Delivered-To, "
             "Authentication-Results, Received), followed by the sender side's Received lines, DKIM-Signature(s) and the "
             "client's own headers. Authentication results match the sender set-up (free-mail and company accounts, "
             "compromised mailboxes and freshly registered look-alike domains pass; spoofs and bare VPS senders fail or have "
             "none; mailing-list copies carry a broken original DKIM signature). IP addresses are from documentation ranges; "
             "organisations and recipients are fictional or use reserved domains; real brand and service names appear only where "
             "the real world shows them (text of lures, provider infrastructure such as Google/Microsoft/Apple/Yahoo/Zoom).\n")
    L.append("Layout: `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`, `labels.tsv` (`path  label  category  description`).\n")
    for label, cats in (("spam", spam.CATS), ("ham", ham.CATS)):
        L.append("## %s categories\n" % label.capitalize())
        L.append("| category | count | description |\n|---|---:|---|")
        cnt = collections.Counter(r[2] for r in rows if r[1] == label)
        for c, (n, d, _) in cats.items():
            L.append("| %s | %d | %s |" % (c, cnt[c], d))
        L.append("| **total** | **%d** | |\n" % sum(cnt.values()))
    L.append("## Languages\n")
    L.append("| language | spam | ham |\n|---|---:|---:|")
    langs = sorted(set(stats["lang-spam"]) | set(stats["lang-ham"]), key=lambda x: (x != "en", x))
    for lg in langs:
        L.append("| %s (%s) | %d | %d |" % (LANG_NAMES.get(lg, lg), lg, stats["lang-spam"][lg], stats["lang-ham"][lg]))
    L.append("\nText parts use UTF-8 mostly, and also legacy charsets where the sending software would use them "
             "(ISO-8859-1/2/7/9/15, Windows-1250/1251/1252/1253/1255/1256, KOI8-R, ISO-2022-JP, Shift_JIS, GB2312/GBK/GB18030, "
             "Big5, EUC-KR, TIS-620/windows-874), with 7bit, 8bit, quoted-printable and base64 transfer encodings.\n")
    L.append("## Sending software (same mix for both labels)\n")
    L.append("| client / service | spam | ham |\n|---|---:|---:|")
    for c in CLIENT_TARGET:
        L.append("| %s | %d | %d |" % (c, stats["client-spam"][c], stats["client-ham"][c]))
    L.append("\nClients reproduced: Google Calendar (calendar-notification@google.com, multipart/mixed → alternative + invite.ics), "
             "Microsoft Exchange Online / Outlook.com / on-premises Exchange / Outlook desktop (incl. Teams meeting blocks, "
             "X-MICROSOFT-CDO-*), Apple iCloud server mail and Mail.app, Thunderbird/Lightning, Zimbra, Yahoo, Nextcloud (Sabre iMIP), "
             "SOGo, Zoom, booking/scheduling platforms sending through ESPs, mailing-list managers (Mailman, Sympa, Google Groups) "
             "and hand-rolled generators (PHP/Node/Python scripts; some with missing METHOD, disagreeing method parameter, unfolded or "
             "badly folded lines, bare LF inside base64, floating times, etc. – on both sides).\n")
    L.append("## Arrival years\n")
    L.append("| year | spam | ham |\n|---|---:|---:|")
    for y in sorted(set(stats["year-spam"]) | set(stats["year-ham"])):
        L.append("| %d | %d | %d |" % (y, stats["year-spam"][y], stats["year-ham"][y]))
    L.append("\n## Licence\n")
    L.append("CC0 1.0 Universal (public domain dedication). Everything in this corpus was written or generated by the author "
             "of gen.py; no message was copied from anywhere.\n")
    L.append("Generated by `gen.py` (run `python3 gen.py [OUTDIR]`); verify with `python3 check.py [OUTDIR]`.\n")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
