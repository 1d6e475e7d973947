#!/usr/bin/env python3
"""Generate the holdout22 calendar-invitation corpus.

usage: python3 gen.py [output-directory]      (default: out/ beside this file)

Deterministic: fixed seed, standard library only."""
import os
import sys
import random
import shutil
import datetime as dt
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import spam
import ham
import clients
from common import Ctx, company_domain, org_name, latin
from build import choose_charset, att
from transport import build_message
from mimekit import UTC, hexid, alnum
from i18n import LANGS, LANG_NAME

SEED = 22_2024_11
CLIENT_SLOTS = {"google": 28, "outlook": 26, "apple": 16, "thunderbird": 10, "zoom": 8, "nextcloud": 8, "zimbra": 8,
                "yahoo": 8, "sogo": 6, "booking": 14, "custom": 20, "list": 8}
CLIENT_DESC = {"google": "Google Calendar", "outlook": "Microsoft Outlook / Exchange / Teams", "apple": "Apple iCloud / Calendar.app",
               "thunderbird": "Thunderbird / Lightning", "zoom": "Zoom (webinar registration)", "nextcloud": "Nextcloud",
               "zimbra": "Zimbra", "yahoo": "Yahoo Calendar", "sogo": "SOGo", "booking": "booking / ticketing / scheduling systems",
               "custom": "hand-rolled generators and scripts", "list": "mailing-list managers (copies)"}
START = dt.datetime(2016, 1, 4, tzinfo=UTC)
END = dt.datetime(2026, 11, 28, tzinfo=UTC)


def plan(rng, label, mod):
    items = []
    tx = mod.TX
    for cat, (n, _, _) in mod.CATS.items():
        langs = [lg for lg in LANGS if lg != "en" and cat in tx.get(lg, {})]
        assert len(langs) <= n - 2, (cat, len(langs))
        items += [(cat, lg) for lg in langs] + [(cat, "en")] * (n - len(langs))
    return items


def assign_clients(rng, items, mod):
    for attempt in range(500):
        slots = Counter(CLIENT_SLOTS)
        order = list(range(len(items)))
        rng.shuffle(order)
        order.sort(key=lambda i: len(mod.CATS[items[i][0]][2]))
        res, ok = {}, True
        for i in order:
            compat = [c for c in mod.CATS[items[i][0]][2] if slots[c] > 0]
            if not compat:
                ok = False
                break
            weights = [slots[c] for c in compat]
            c = rng.choices(compat, weights)[0]
            slots[c] -= 1
            res[i] = c
        if ok:
            return [res[i] for i in range(len(items))], attempt
    raise RuntimeError("client assignment failed")


def arrival(rng, cat, years):
    y0, y1 = years.get(cat, (2016, 2026))
    a = max(START, dt.datetime(y0, 1, 1, tzinfo=UTC))
    b = min(END, dt.datetime(y1, 12, 31, tzinfo=UTC))
    t = a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))
    return t.replace(microsecond=0)


SPAM_QUIRKS = ["no-method", "method-mismatch", "sloppy-fold", "no-fold", "lf-ics", "no-prodid", "no-vtimezone",
               "soft-escape", "char-fold", "no-dtstamp"]
HAM_QUIRKS = ["no-method", "char-fold", "soft-escape", "no-vtimezone", "lf-ics"]


def finalize(rng, c, spec, label, cat):
    spec["label"], spec["category"], spec["lang"] = label, cat, c.lang
    spec["arrival"], spec["rcpt"], spec["client"] = c.arrival, c.rcpt, c.client
    spec["sender_tz"] = c.tz
    spec["from"] = spec.pop("frm", None) or spec["events"][0].get("organizer")
    spec.setdefault("sender_kind", "owned")
    spec.setdefault("to", [(c.rname if rng.random() < 0.6 else None, c.rcpt)])
    base = spec.get("base_client") or (c.base if c.client == "list" else c.client)
    spec["base_client"] = base
    for ev in spec["events"]:
        ev.setdefault("organizer", spec["from"])
        ev.setdefault("attendees", [])
        if ev["organizer"] is None and base != "booking":
            ev["organizer"] = spec["from"]
    ev0 = spec["events"][0]
    if base == "google":
        spec["workspace_dkim"] = rng.random() < 0.85
        if c.client != "list" and spec.get("method") not in ("REPLY",):
            spec["to"] = [(None, c.rcpt)]
    if base == "outlook":
        spec["tenant_dkim"] = rng.random() < 0.8
    if base == "zoom":
        org = ev0["organizer"] or spec["from"]
        spec["from"] = (spec["from"][0] if spec["from"][1] == "no-reply@zoom.us" else (org[0] or "Zoom"), "no-reply@zoom.us")
        spec["sender_kind"] = "platform"
    if base == "nextcloud":
        od = (ev0["organizer"] or spec["from"])[1].split("@")[1]
        if od in ("gmail.com", "outlook.com", "yahoo.com", "icloud.com"):
            od = company_domain(rng, c.lang)
        spec["nc_host"] = rng.choice(["cloud.", "nextcloud.", "nc.", "cloud."]) + od
        spec["from"] = (ev0["organizer"][0], rng.choice(["noreply", "nextcloud", "no-reply", "cloud"]) + "@" + spec["nc_host"])
        if spec["sender_kind"] not in ("owned", "compromised", "lookalike"):
            spec["sender_kind"] = "owned"
    if base == "booking" and "booking" not in spec:
        dom = spec["from"][1].split("@")[1]
        spec["booking"] = dict(brand=org_name(dom), prodid=rng.choice([f"-//{org_name(dom)}//Scheduler//EN", "-//Bookwise Scheduler//EN",
                                                                       "-//Appointlet//EN", "-//Timeslot Manager 3.0//EN"]),
                               host=dom, uid_dom=dom, filename=rng.choice(["invite.ics", "event.ics", "appointment.ics"]))
    if base == "booking":
        spec.setdefault("body", ev0.get("description", ""))
        spec.setdefault("subject", ev0["summary"])
        if spec.get("sender_kind") not in ("esp", "lookalike", "owned"):
            spec["sender_kind"] = "esp"
    if base == "custom":
        q = set(spec.get("quirks", []))
        if "custom" not in spec:
            if label == "spam":
                spec["custom"] = dict(layout=rng.choice(["mixed", "mixed", "single", "alt", "alt-html"]),
                                      dtstyle=rng.choice(["utc", "utc", "float", "tzid"]), calscale=rng.random() < 0.3,
                                      mailer=rng.choice([None, None, "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)",
                                                         "Microsoft Outlook 16.0", "Foxmail 7.2.25.228[cn]", "Mozilla Thunderbird",
                                                         f"Nodemailer (6.9.{rng.randint(1, 9)}; +https://nodemailer.com/)", "Swift Mailer v5.4.12"]),
                                      octet=rng.random() < 0.2, bad_date=rng.random() < 0.15)
                q |= set(rng.sample(SPAM_QUIRKS, rng.randint(0, 3)))
            else:
                spec["custom"] = dict(layout=rng.choice(["mixed", "alt-html", "alt"]), dtstyle=rng.choice(["utc", "tzid"]))
                if rng.random() < 0.3:
                    q.add(rng.choice(HAM_QUIRKS))
        if "lf-ics" in q:
            spec["custom"]["cal_cte"] = "base64"
            if spec["custom"].get("layout") == "single":
                spec["custom"]["layout"] = "mixed"
        if "method-mismatch" in q:
            m = spec.get("method") or "REQUEST"
            spec["method"] = m
            spec["param_method"] = rng.choice([x for x in ("REQUEST", "PUBLISH", "CANCEL") if x != m])
        spec["quirks"] = sorted(q)
    if base in ("apple", "outlook") and label == "spam" and spec.get("sender_kind") in ("spoof", "vps") and rng.random() < 0.3:
        spec.setdefault("quirks", [])
        spec["quirks"] = sorted(set(spec["quirks"]) | {"method-mismatch"})
        spec["param_method"] = "PUBLISH" if (spec.get("method") or "REQUEST") == "REQUEST" else "REQUEST"
    if c.client == "list":
        if "list" not in spec:
            mgr = rng.choice(["mailman2", "mailman3", "googlegroups", "sympa"])
            lname = rng.choice(["alumni", "members", "announce", "neighbours", "club", "staff-social", "parents", "volunteers"])
            ldom = "googlegroups.com" if mgr == "googlegroups" else "lists." + company_domain(rng, c.lang)
            spec["list"] = dict(name=f"{lname.capitalize()} list", addr=f"{lname}@{ldom}" if mgr != "googlegroups" else f"{lname}-{alnum(rng, 4).lower()}@{ldom}",
                                domain=ldom, manager=mgr, tag=lname if rng.random() < 0.5 else None)
        la = spec["list"]["addr"]
        spec["to"] = [(spec["list"]["name"], la)]
        for ev in spec["events"]:
            new = []
            for a in ev["attendees"]:
                if a["addr"] == c.rcpt:
                    continue
                new.append(a)
            if not any(a["addr"] == la for a in new):
                new.append(att(spec["list"]["name"], la, cutype="GROUP"))
            ev["attendees"] = new
    if label == "ham" and base in ("apple", "thunderbird", "sogo", "nextcloud", "custom", "booking") and rng.random() < 0.4:
        for ev in spec["events"]:
            if not ev.get("url"):
                ev["url"] = f"https://www.{company_domain(rng, c.lang)}/{rng.choice(['events', 'kalender', 'agenda', 'termine', 'info', 'calendar'])}/{alnum(rng, 6).lower()}"
    choose_charset(c, spec)
    return spec


def main():
    out = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, "out")
    rng = random.Random(SEED)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rows = []
    stats = defaultdict(Counter)
    for label, mod in (("spam", spam), ("ham", ham)):
        items = plan(rng, label, mod)
        cl, attempts = assign_clients(rng, items, mod)
        counters = Counter()
        order = list(range(len(items)))
        for i in order:
            cat, lang = items[i]
            client = cl[i]
            mrng = random.Random(f"{SEED}-{label}-{i}")
            t = arrival(mrng, cat, mod.YEARS)
            base = client
            if client == "list":
                base = mrng.choice(["google", "thunderbird", "outlook", "apple", "yahoo", "custom", "zimbra"])
            c = Ctx(mrng, label, cat, lang, client, base, t, i)
            spec = mod.BUILDERS[cat](c)
            spec.update({k: v for k, v in c.spec.items() if k not in spec})
            spec = finalize(mrng, c, spec, label, cat)
            H, body, info = clients.render(spec, mrng)
            data = build_message(mrng, spec, H, body, info)
            counters[cat] += 1
            rel = f"{label}/{cat}/{counters[cat]:03d}.eml"
            os.makedirs(os.path.join(out, label, cat), exist_ok=True)
            with open(os.path.join(out, rel), "wb") as f:
                f.write(data)
            variant = spec.get("variant")
            cdesc = spec["base_client"] + (f"/{variant}" if variant else "") + ("+list" if client == "list" else "")
            d = f"{spec['desc']} [{cdesc}, {lang}, {t.year}]"
            rows.append((rel, label, cat, d.replace("\t", " ").replace("\n", " ")))
            stats[label]["client:" + client] += 1
            stats[label]["lang:" + lang] += 1
            stats[label]["year:" + str(t.year)] += 1
    with open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    write_readme(out, rows, stats)
    print(f"wrote {len(rows)} messages to {out}")


def _scan(out, pattern):
    import re
    cnt = Counter()
    for d, _, fs in os.walk(out):
        for f in fs:
            if f.endswith(".eml"):
                txt = open(os.path.join(d, f), "rb").read().decode("latin-1")
                for m in re.finditer(pattern, txt, re.I | re.M):
                    cnt[m.group(1).lower()] += 1
    return cnt


def charset_summary(out):
    cnt = _scan(out, r'^Content-Type:[^\r]*(?:\r\n[ \t][^\r]*)*?charset="?([A-Za-z0-9_.:-]+)')
    return ", ".join(f"{k} ({v})" for k, v in cnt.most_common())


def cte_summary(out):
    cnt = _scan(out, r"^Content-Transfer-Encoding: *([A-Za-z0-9-]+)")
    return ", ".join(f"{k} ({v})" for k, v in cnt.most_common())


def write_readme(out, rows, stats):
    cnt = Counter((r[1], r[2]) for r in rows)
    L = ["# holdout22 - calendar invitation exam corpus", "",
         "A sealed, labelled test corpus of RFC 5322 messages carrying iCalendar (RFC 5545/5546/6047) objects, for",
         "measuring a calendar anti-spam filter on mail it has never seen. 160 spam and 160 ham messages.", "",
         "Generated by `gen.py` (deterministic, fixed seed, Python standard library only); verified by `check.py`.", "",
         "Every message starts with the trace written by the receiving MX `mx.example.net` (Return-Path, Delivered-To,",
         "Authentication-Results, Received), followed by the sender side's own Received lines, DKIM-Signature(s) and the",
         "sending client's headers. dkim/spf/dmarc results follow the sender set-up: pass for real accounts on big",
         "platforms, compromised mailboxes and registered look-alike domains; none/softfail/fail for spoofs and VPS",
         "senders; dkim=fail for mailing-list copies. Only documentation IP ranges are used. Arrival dates range from",
         "2016 to November 2026; event dates are relative to arrival.", "",
         "## Layout", "", "- `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`",
         "- `labels.tsv`: `path  label  category  description` (path relative to this directory)", "",
         "## Spam categories", "", "| category | count | what |", "|---|---:|---|"]
    for cat, (n, d, _) in spam.CATS.items():
        L.append(f"| {cat} | {cnt[('spam', cat)]} | {d} |")
    L += [f"| **total** | **{sum(v for (l, _), v in cnt.items() if l == 'spam')}** | |", "",
          "## Ham categories", "", "| category | count | what |", "|---|---:|---|"]
    for cat, (n, d, _) in ham.CATS.items():
        L.append(f"| {cat} | {cnt[('ham', cat)]} | {d} |")
    L += [f"| **total** | **{sum(v for (l, _), v in cnt.items() if l == 'ham')}** | |", "",
          "## Sending clients and services", "",
          "Both labels use the same clients in identical proportions, so the client alone says nothing about the label.", "",
          "| client | spam | ham |", "|---|---:|---:|"]
    for cl in CLIENT_SLOTS:
        L.append(f"| {CLIENT_DESC[cl]} | {stats['spam']['client:' + cl]} | {stats['ham']['client:' + cl]} |")
    L += ["", "Faithfully reproduced styles: Google Calendar (multipart/mixed > multipart/alternative with text/plain,",
          "text/html and text/calendar, plus invite.ics; Sender calendar-notification@google.com), Exchange Online / Teams",
          "and Outlook for Windows MIMEDIR (X-MICROSOFT-CDO-*, X-MS-OLK-*, Windows TZIDs, no TNEF), Apple Calendar /",
          "iOS Mail / iCloud, Thunderbird/Lightning, Zoom webinar registrations, Nextcloud, Zimbra, Yahoo, SOGo, booking",
          "and ticketing engines sent through e-mail service providers, Mailman/Sympa/Google Groups list copies, and",
          "hand-rolled generators (odd PRODIDs, missing METHOD, method parameter disagreeing with METHOD, sloppy or",
          "missing folding, bare LF line ends inside a base64-encoded calendar, missing VTIMEZONE, ...). Legitimate",
          "generators show some of the same sloppiness.", "",
          "## Languages", "", "About half of each side is English; the rest is spread over 18 other languages, each used",
          "on both sides.", "", "Charsets declared on MIME parts (number of parts): " + charset_summary(out) + ".",
          "Transfer encodings: " + cte_summary(out) + ".", "",
          "| language | spam | ham |", "|---|---:|---:|"]
    for lg in LANGS:
        L.append(f"| {LANG_NAME[lg]} ({lg}) | {stats['spam']['lang:' + lg]} | {stats['ham']['lang:' + lg]} |")
    L += ["", "## Arrival years", "", "| year | spam | ham |", "|---|---:|---:|"]
    for y in range(2016, 2027):
        L.append(f"| {y} | {stats['spam']['year:' + str(y)]} | {stats['ham']['year:' + str(y)]} |")
    L += ["", "## Notes", "",
          "- All people, organisations, domains, phone numbers, codes and amounts are invented. Real brand names appear",
          "  only in message text and in look-alike domains, as they do in real fraud; platform domains (google.com,",
          "  gmail.com, outlook.com, icloud.com, yahoo.com, zoom.us, ...) appear where those platforms send the mail.",
          "- Phone numbers use fictional ranges where such ranges exist (555-01xx, 01632 960xxx, 030 23125xxx, ...).",
          "- Link targets in spam are fictional look-alike or throw-away hosts; no working payloads are included.",
          "- Ham deliberately includes look-alikes of spam: booking confirmations with codes, amounts and phone numbers,",
          "  open-ended recurring series from free mail, password-expiry notices, bank-detail warnings, events with",
          "  hundreds of attendees, far-future save-the-dates and requested support callbacks.", "",
          "## Licence", "", "CC0 1.0 Universal. Everything in this corpus was written or generated for it; no message was",
          "copied from anywhere. To the extent possible under law, the authors waive all copyright and related rights.",
          "https://creativecommons.org/publicdomain/zero/1.0/", ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
