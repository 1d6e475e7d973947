#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the holdout12 calendar-invitation corpus into ./out (deterministic, stdlib only).

Everything produced is written for this corpus and dedicated to the public domain (CC0 1.0)."""
import datetime as dt
import email
import email.policy
import os
import random
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h12lib import assign as A                       # noqa: E402
from h12lib import common as CM                      # noqa: E402
from h12lib.l10n import ORGS, PEOPLE, LANG_NAMES     # noqa: E402
from h12lib import spam as SPAM                      # noqa: E402
from h12lib import ham as HAM                        # noqa: E402

SEED = "holdout12-2025"
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")

CLIENTS = ["google", "exchange", "outlook", "icloud", "applemail", "thunderbird", "zoom", "nextcloud", "zimbra",
           "yahoo", "sogo", "transactional", "listmgr", "handrolled"]
# identical client mix for both labels
TARGETS = {"google": 22, "exchange": 26, "outlook": 10, "icloud": 10, "applemail": 9, "thunderbird": 10, "zoom": 8,
           "nextcloud": 8, "zimbra": 10, "yahoo": 8, "sogo": 6, "transactional": 14, "listmgr": 11, "handrolled": 8}
CLIENT_LABEL = {
    "google": "Google Calendar / Gmail", "exchange": "Exchange Online / Outlook.com / Teams / on-prem Exchange",
    "outlook": "Outlook for Windows over SMTP/IMAP", "icloud": "iCloud Calendar server", "applemail": "Apple Calendar via Mail (macOS/iOS)",
    "thunderbird": "Thunderbird (Lightning)", "zoom": "Zoom (registration / meeting mails)", "nextcloud": "Nextcloud Calendar",
    "zimbra": "Zimbra", "yahoo": "Yahoo Calendar/Mail", "sogo": "SOGo", "transactional": "booking systems and ESPs (SendGrid, SES, Mailgun, Postmark, in-house)",
    "listmgr": "mailing-list copies (Mailman 2/3, Sympa, Google Groups)", "handrolled": "scripts and bulk tools (PHPMailer, Python, Node, Java, spam kits)",
}
LIST_BASES = ["google", "thunderbird", "exchange", "zimbra", "applemail", "sogo", "yahoo", "google", "thunderbird"]


def arrivals(r, n, y0):
    start = max(CM.START, dt.datetime(y0, 1, 5))
    span = (CM.END - start).total_seconds()
    out = []
    for i in range(n):
        a = start + dt.timedelta(seconds=span * (i + r.random()) / n)
        out.append(a.replace(microsecond=0))
    r.shuffle(out)
    return out


def recipient(r, lang):
    rl = lang if r.random() < 0.75 else r.choice(["en", "en", lang])
    if rl not in PEOPLE:
        rl = "en"
    name, local = r.choice(PEOPLE[rl])
    if r.random() < 0.33:
        dom = r.choice(CM.EXAMPLE_DOMS)
        org = None
    else:
        org = r.choice(ORGS[rl])
        dom = org[1]
    if r.random() < 0.15:
        local = local.split(".")[0] if "." in local else local
    return (name if r.random() < 0.85 else None, "%s@%s" % (local, dom)), org, rl


def run():
    t0 = time.time()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows = []
    stats = {}
    for label, mod in (("spam", SPAM), ("ham", HAM)):
        cats = mod.CATEGORIES
        plan = A.assign([(c["name"], c["n"], c["aff"]) for c in cats], CLIENTS, TARGETS)
        for c in cats:
            assert len(c["langs"]) == c["n"], c["name"]
            r0 = random.Random("%s|plan|%s|%s" % (SEED, label, c["name"]))
            slots = []
            for cl, k in sorted(plan[c["name"]].items()):
                slots += [cl] * k
            r0.shuffle(slots)
            langs = list(c["langs"])
            # senders writing in other languages more often use software that still picks legacy charsets;
            # the same rule is applied to both labels
            legacy_ok = ("outlook", "exchange", "applemail", "thunderbird", "transactional", "handrolled")
            for k in range(len(slots)):
                if langs[k] != "en" and slots[k] not in legacy_ok and r0.random() < 0.5:
                    cand = [j for j in range(len(slots)) if langs[j] == "en" and slots[j] in legacy_ok]
                    if cand:
                        j = r0.choice(cand)
                        slots[k], slots[j] = slots[j], slots[k]
            arr = arrivals(r0, c["n"], c.get("y0", 2016))
            os.makedirs(os.path.join(OUT, label, c["name"]), exist_ok=True)
            for i in range(c["n"]):
                r = random.Random("%s|%s|%s|%d" % (SEED, label, c["name"], i))
                lang, slot = langs[i], slots[i]
                base = slot
                if slot == "listmgr":
                    base = r.choice(c.get("list_bases", LIST_BASES))
                ctx = CM.Ctx(r, label, c["name"], i, lang, slot, base, arr[i])
                ctx.rcpt, ctx.rcpt_org, ctx.rcpt_lang = recipient(r, lang)
                sc = c["fn"](ctx)
                sc.setdefault("label", label)
                sc.setdefault("category", c["name"])
                sc["client"] = base
                if slot == "listmgr":
                    mod.listify(sc, ctx)
                data = CM.finalize(sc, ctx)
                rel = "%s/%s/%03d.eml" % (label, c["name"], i + 1)
                with open(os.path.join(OUT, rel), "wb") as f:
                    f.write(data)
                desc = sc["desc"]
                rows.append((rel, label, c["name"], desc))
                st = stats.setdefault(label, {"cat": {}, "client": {}, "lang": {}, "year": {}})
                st["cat"][c["name"]] = st["cat"].get(c["name"], 0) + 1
                st["client"][slot] = st["client"].get(slot, 0) + 1
                lg = "zh" if lang == "zh-TW" else lang
                st["lang"][lg] = st["lang"].get(lg, 0) + 1
                st["year"][ctx.year] = st["year"].get(ctx.year, 0) + 1
                m = email.message_from_bytes(data, policy=email.policy.compat32)
                for part in m.walk():
                    if part.get_content_maintype() == "text" or part.get_content_type() == "application/ics":
                        cs = part.get_content_charset()
                        if cs:
                            st.setdefault("cs", {})[cs] = st.setdefault("cs", {}).get(cs, 0) + 1
                        te = (part.get("Content-Transfer-Encoding") or "7bit").lower()
                        st.setdefault("cte", {})[te] = st.setdefault("cte", {}).get(te, 0) + 1
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        for row in rows:
            f.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in row) + "\n")
    write_readme(stats)
    print("wrote %d messages in %.1fs" % (len(rows), time.time() - t0))


def write_readme(stats):
    def table(label, mod):
        lines = ["| category | n | what it is |", "|---|---:|---|"]
        for c in mod.CATEGORIES:
            lines.append("| `%s` | %d | %s |" % (c["name"], stats[label]["cat"][c["name"]], c["about"]))
        lines.append("| **total** | **%d** | |" % sum(stats[label]["cat"].values()))
        return "\n".join(lines)

    langs = sorted(set(stats["spam"]["lang"]) | set(stats["ham"]["lang"]),
                   key=lambda x: (-(stats["spam"]["lang"].get(x, 0) + stats["ham"]["lang"].get(x, 0)), x))
    lt = ["| language | spam | ham |", "|---|---:|---:|"]
    for lg in langs:
        nm = LANG_NAMES.get(lg, lg) if lg != "zh" else "Chinese (Simplified and Traditional)"
        lt.append("| %s (`%s`) | %d | %d |" % (nm, lg, stats["spam"]["lang"].get(lg, 0), stats["ham"]["lang"].get(lg, 0)))
    ct = ["| sending client / service | spam | ham |", "|---|---:|---:|"]
    for cl in CLIENTS:
        ct.append("| %s | %d | %d |" % (CLIENT_LABEL[cl], stats["spam"]["client"].get(cl, 0), stats["ham"]["client"].get(cl, 0)))
    yt = ["| year | spam | ham |", "|---|---:|---:|"]
    for y in sorted(set(stats["spam"]["year"]) | set(stats["ham"]["year"])):
        yt.append("| %d | %d | %d |" % (y, stats["spam"]["year"].get(y, 0), stats["ham"]["year"].get(y, 0)))
    allcs = sorted(set(stats["spam"].get("cs", {})) | set(stats["ham"].get("cs", {})),
                   key=lambda c: (-(stats["spam"].get("cs", {}).get(c, 0) + stats["ham"].get("cs", {}).get(c, 0)), c))
    cst = ["| charset (text parts) | spam | ham |", "|---|---:|---:|"]
    for c in allcs:
        cst.append("| %s | %d | %d |" % (c, stats["spam"].get("cs", {}).get(c, 0), stats["ham"].get("cs", {}).get(c, 0)))
    cte = ["| transfer encoding | spam | ham |", "|---|---:|---:|"]
    for c in sorted(set(stats["spam"].get("cte", {})) | set(stats["ham"].get("cte", {}))):
        cte.append("| %s | %d | %d |" % (c, stats["spam"].get("cte", {}).get(c, 0), stats["ham"].get("cte", {}).get(c, 0)))
    txt = README % dict(spam=table("spam", SPAM), ham=table("ham", HAM), langs="\n".join(lt), clients="\n".join(ct),
                        years="\n".join(yt), charsets="\n".join(cst), ctes="\n".join(cte))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


README = """# holdout12 — labelled corpus of calendar invitations (spam and ham)

A sealed test corpus for calendar anti-spam filtering: **160 spam** and **160 ham** RFC 5322 messages
(`.eml`, CRLF line ends), each carrying at least one iCalendar object (VEVENT or VTODO) as real
clients and services send them. It was written without looking at any filter or earlier corpus and is meant to be
run once, as an exam.

*Generated by `gen.py`* (deterministic, fixed seed, Python 3 standard library only); `check.py` verifies the
structure. Every message, name, domain, address, number and text in it was written or generated for this corpus;
no real message was copied.

## Layout

* `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`
* `labels.tsv` — `path  label  category  description` (tab-separated, path relative to this directory; the
  description says in one line what the message is and which client/sender set-up produced it)
* `../gen.py` regenerates this directory byte-for-byte; `../check.py` verifies that every file parses with
  Python's `email` package, uses CRLF line ends, carries a VCALENDAR with a VEVENT or VTODO, and that
  `labels.tsv` lists every file exactly once.

## Receiving side

Every message starts with the headers the receiving MX `mx.example.net` (Postfix) writes: `Return-Path`,
`Delivered-To`, one `Authentication-Results: mx.example.net` with dkim/spf/dmarc verdicts, and the MX's own
`Received` line. Below that come the sender side's `Received` lines, `DKIM-Signature`s, ARC and service trace
headers, then the client's headers. Verdicts follow the sending set-up: pass for real accounts at mail providers,
for calendar services, for compromised but genuine mailboxes and for registered look-alike domains; for spoofs and
bare VPS senders no DKIM and SPF none, neutral or softfail; dkim=fail with the list's own result for mailing-list copies; a few ham
messages from small senders without DKIM or with a lax SPF record. IP addresses are from the documentation ranges
(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32), assigned per host independently of the label.
Arrival dates run from January 2016 to November 2026; event times are relative to arrival (mostly days to weeks
later; some recurring without end, some far in the future or in the past where the category calls for it).

## Spam categories

%(spam)s

## Ham categories

%(ham)s

## Languages

About half of each label is English; the rest is spread over 18 other languages, each used on both sides.
Most clients write UTF-8; legacy charsets appear where the sending software would use them (Outlook, older
Exchange/Thunderbird/Apple Mail, booking systems and scripts) and only when the text fits the charset. Header
text uses RFC 2047 encoded words (B or Q) in the charset of the message. The iCalendar parts are UTF-8.

%(langs)s

Charsets and transfer encodings of the text parts (counted per MIME part):

%(charsets)s

%(ctes)s

## Sending clients and services

Both labels are spread over the same clients and services in the same proportions, so the sending software
alone says nothing about the label. Each reproduces the MIME layout, header set, iCalendar PRODID, property
order, parameters, time-zone blocks, X- properties and folding of the real product (Google Calendar with
`invite.ics`, Exchange/Teams with X-MICROSOFT-CDO-*, Outlook MIMEDIR with X-MS-OLK-*, Apple with X-APPLE-*,
Lightning with X-MOZ-*, Zimbra-Calendar-Provider, Nextcloud, SOGo, Yahoo, Zoom, booking engines and libraries,
list managers, and hand-written scripts with their quirks).

%(clients)s

## Arrival years

%(years)s

## Licence

CC0 1.0 Universal — to the extent possible under law, the authors waive all copyright and related rights in
this corpus (messages, labels, README and generator). Brand names that appear in message text belong to their
owners and are used only to show how real mail refers to them; all domains, addresses, people, phone numbers,
account numbers and links are fictional or from reserved ranges, or point at well-known public services with
invented paths.
"""

if __name__ == "__main__":
    run()
