#!/usr/bin/env python3
"""Generate the holdout23 calendar-invitation exam corpus.

usage: gen.py [OUTDIR]      (default: out/ beside this script)

Deterministic: fixed seed, Python 3 standard library only."""
import collections
import re
import datetime as dt
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h23 import assemble as A          # noqa: E402
from h23 import build as B             # noqa: E402
from h23 import clients as K           # noqa: E402
from h23 import core as C              # noqa: E402
from h23 import i18n as I              # noqa: E402
from h23.spam_content import SPAM      # noqa: E402
from h23.ham_content import HAM        # noqa: E402

SEED = 230023
TARGET = dict(google=26, outlook=28, apple=16, thunderbird=11, zoom=8, nextcloud=7, zimbra=7, yahoo=8, sogo=5,
              booking=18, list=10, handrolled=16)
CLIENT_MIN_DATE = {"zoom": "2019-03-01", "nextcloud": "2017-06-01"}
LANGNAME = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
            "nl": "Dutch", "pl": "Polish", "cs": "Czech", "tr": "Turkish", "sv": "Swedish", "ru": "Russian",
            "el": "Greek", "ar": "Arabic", "he": "Hebrew", "zh": "Chinese (Simplified)", "zh-tw": "Chinese (Traditional)",
            "ja": "Japanese", "ko": "Korean", "hi": "Hindi", "th": "Thai"}


def d(s):
    return dt.datetime.strptime(s, "%Y-%m-%d")


def arrival(rng, lo="2016-01-04", hi="2026-11-25"):
    a, b = d(lo), d(hi)
    t = a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))
    return t.replace(hour=rng.choice(list(range(5, 23)) + [9, 10, 11, 14, 15]), minute=rng.randint(0, 59),
                     second=rng.randint(0, 59))


def plan(rng, specs, label):
    slots = []
    for spec in specs:
        en = [v for v in spec["variants"] if v["l"] == "en"]
        non = [v for v in spec["variants"] if v["l"] != "en"]
        assert len(non) <= spec["n"], spec["name"]
        chosen = list(non)
        k = rng.randrange(len(en))
        while len(chosen) < spec["n"]:
            chosen.append(en[k % len(en)])
            k += 1
        rng.shuffle(chosen)
        for i, v in enumerate(chosen):
            slots.append(dict(spec=spec, var=v, idx=i))
    # client balancing: most constrained categories first
    def allowed_of(sl):
        return sl["var"]["o"].get("clients") or sl["spec"]["clients"]
    order = sorted(range(len(slots)), key=lambda i: (len(allowed_of(slots[i])), rng.random()))
    count = collections.Counter()
    bonus = [0.3, 0.15, 0.05]
    for i in order:
        allowed = allowed_of(slots[i])
        best = max(allowed, key=lambda c: ((TARGET.get(c, 0) - count[c]) / float(TARGET.get(c, 1)) +
                                           (bonus[allowed.index(c)] if allowed.index(c) < len(bonus) else 0) +
                                           0.05 * rng.random()))
        slots[i]["client"] = best
        count[best] += 1
    return slots


def describe(m):
    ev = m["events"][0]
    s = (ev.get("summary") or "").replace("\t", " ").replace("\n", " ")
    if len(s) > 60:
        s = s[:57] + "..."
    sub = m.get("sub") or m.get("render_client")
    cl = m["client"] if m["client"] != "list" else "list(%s)" % m["listinfo"]["mgr"]
    if m["client"] == "list":
        sub = m["render_client"]
    meth = m.get("method") or "-"
    return "%s/%s %s %s: %s" % (cl, sub, m["lang"], meth, s)


def make_forward(rng, spec, var, client, arr):
    """Forwarded invitation: outer message from a colleague/friend carrying the original invitation."""
    o = var["o"]
    outer = A.build_message("ham", spec, var, client, rng, arr)
    ev = outer["events"][0]
    # original organiser: third party
    lang = outer["lang"]
    of, ofull, olocal = A.person(rng, lang)
    oorg, odom = rng.choice(A.P.ORGS.get(lang, A.P.ORGS["en"]))
    orig = (ofull, "%s@%s" % (olocal, odom))
    fwd_name, fwd_addr = outer["sender"]["name"], outer["sender"]["addr"]
    if client == "outlook":
        ev["organizer"] = orig
        ev["attendees"] = [A.attendee(fwd_name, fwd_addr, ps="ACCEPTED"), A.attendee(outer["rcpt"][0], outer["rcpt"][1])] + \
            A.random_people(rng, rng.randint(1, 5), lang=lang, domain=odom)
        when = K.ev_when(outer, ev)
        ev["description"] = "%s\n\n-----Original Appointment-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n\n%s" % (
            o["note"], "%s <%s>" % orig, C.rfc2822(outer["sent"] - dt.timedelta(days=rng.randint(1, 6))), fwd_name,
            ev["summary"], when, ev.get("location") or "", ev.get("description") or "")
        outer["subject"] = ("FW: " if lang not in ("de",) else "WG: ") + ev["summary"]
        outer["fwd_mode"] = "outlook-native"
        return outer, A.render(outer, rng)
    # inner: the original invitation as received by the forwarder
    inner_client = rng.choice(["google", "outlook", "zimbra", "thunderbird", "apple", "zoom", "sogo"])
    force = dict(rcpt=(fwd_name, fwd_addr), rcpt_first=outer["sender"]["first"],
                 sender=dict(name=ofull, first=of, addr=orig[1], org=oorg, local=olocal))
    inner = A.build_message("ham", spec, var, inner_client, rng, arr - dt.timedelta(days=rng.randint(1, 5)), force=force)
    inner["kind"] = "org"
    if inner_client == "google":
        inner["sender"]["addr"] = orig[1]
    inner_txt = A.render(inner, rng, with_trace=False)
    isubj = K.subj_invite(inner, inner["events"][0], "x")
    outer["fwd"] = dict(note=o["note"])
    part = B.forward_wrap(outer, inner_txt, isubj, rng, client if client in ("thunderbird", "apple", "google") else "thunderbird")
    outer["fwd_mode"] = "rfc822"
    infra = dict(prov="smtp")
    tr = B.trace_headers(outer, infra, rng)
    # the forwarded original is carried in the attachment; describe with inner event
    outer["events"] = inner["events"]
    return outer, C.CRLF.join(tr) + C.CRLF + part.render()


def main():
    out = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, "out")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rng = random.Random(SEED)
    rows = []
    stats = collections.defaultdict(collections.Counter)
    for label, specs in (("spam", SPAM), ("ham", HAM)):
        slots = plan(rng, specs, label)
        slots.sort(key=lambda s: (specs.index(s["spec"]), s["idx"]))
        for s in slots:
            spec, var, client = s["spec"], s["var"], s["client"]
            lo, hi = var["o"].get("dates") or spec.get("dates") or ("2016-01-04", "2026-11-25")
            if client in CLIENT_MIN_DATE and lo < CLIENT_MIN_DATE[client]:
                lo = CLIENT_MIN_DATE[client]
            arr = arrival(rng, lo, hi)
            mrng = random.Random("%d/%s/%s/%d" % (SEED, label, spec["name"], s["idx"]))
            if spec["hook"] == "forward":
                m, text = make_forward(mrng, spec, var, client, arr)
            else:
                m = A.build_message(label, spec, var, client, mrng, arr)
                text = A.render(m, mrng)
            data = text.encode("latin-1")
            css = set(x.decode().lower() for x in re.findall(rb'charset="?([A-Za-z0-9_-]+)', data))
            css |= set(x.decode().lower() for x in re.findall(rb'=\?([A-Za-z0-9_-]+)\?[BbQq]\?', data))
            for cs in css:
                stats["charsets"][cs] += 1
            for te in set(re.findall(rb'Content-Transfer-Encoding: *([A-Za-z0-9-]+)', data)):
                stats["cte"][te.decode().lower()] += 1
            rel = "%s/%s/%03d.eml" % (label, spec["name"], s["idx"] + 1)
            path = os.path.join(out, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
            rows.append((rel, label, spec["name"], describe(m)))
            stats[label]["client:" + m["client"]] += 1
            stats[label]["lang:" + m["lang"]] += 1
            stats[label]["cat:" + spec["name"]] += 1
            stats[label]["year:%d" % arr.year] += 1
            stats[label]["auth:" + m["auth"]] += 1
    with open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    write_readme(out, stats)
    print("wrote %d messages to %s" % (len(rows), out))


def table(stats, label, prefix, specs=None):
    lines = []
    if specs:
        for sp in specs:
            lines.append("| `%s` | %d | %s |" % (sp["name"], stats[label]["cat:" + sp["name"]], sp["desc"]))
    return "\n".join(lines)


def write_readme(out, stats):
    def cnt(label, prefix):
        return {k[len(prefix):]: v for k, v in stats[label].items() if k.startswith(prefix)}
    langs = sorted(set(cnt("spam", "lang:")) | set(cnt("ham", "lang:")), key=lambda x: (x != "en", x))
    clients = list(TARGET)
    years = sorted(set(cnt("spam", "year:")) | set(cnt("ham", "year:")))
    md = ["# holdout23 – labelled calendar-invitation exam corpus", "",
          "A sealed test corpus of %d RFC 5322 messages (%d spam, %d ham) that carry iCalendar objects "
          "(RFC 5545/5546/6047). It is meant to be run once, as an exam, against a calendar anti-spam filter "
          "that was developed without access to it." % (sum(stats["spam"][k] for k in stats["spam"] if k.startswith("cat:")) +
                                                      sum(stats["ham"][k] for k in stats["ham"] if k.startswith("cat:")),
                                                      sum(v for k, v in stats["spam"].items() if k.startswith("cat:")),
                                                      sum(v for k, v in stats["ham"].items() if k.startswith("cat:"))), "",
          "Every message was generated by `gen.py` (deterministic, fixed seed, Python 3 standard library only). "
          "No message was copied from anywhere; all names, organisations, domains, phone numbers, IBANs and links are "
          "invented (real brand names appear only in text and in look-alike domains; big free-mail providers and "
          "calendar services appear under their own names because that is how the mail really arrives). "
          "IP addresses are from the documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32.", "",
          "## Layout", "", "* `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`",
          "* `labels.tsv` – `path  label  category  description` (tab-separated, path relative to this directory)",
          "* every message starts with the receiving MX block (`Return-Path`, `Delivered-To`, `Authentication-Results: "
          "mx.example.net`, `Received: … by mx.example.net (Postfix)`), then the sender side's own trace and "
          "DKIM-Signature headers, then the client's headers. Only `mx.example.net` is trustworthy.", "",
          "## Spam categories", "", "| category | count | what it is |", "|---|---:|---|", table(stats, "spam", "", SPAM), "",
          "## Ham categories", "", "| category | count | what it is |", "|---|---:|---|", table(stats, "ham", "", HAM), "",
          "## Languages", "", "| language | spam | ham |", "|---|---:|---:|"]
    for lg in langs:
        md.append("| %s (`%s`) | %d | %d |" % (LANGNAME[lg], lg, stats["spam"]["lang:" + lg], stats["ham"]["lang:" + lg]))
    md += ["", "Charsets (number of messages using each, in MIME parameters or RFC 2047 words): " +
           ", ".join("%s (%d)" % (k, v) for k, v in sorted(stats["charsets"].items(), key=lambda x: -x[1])) + ".",
           "", "Content-Transfer-Encodings (number of messages using each): " +
           ", ".join("%s (%d)" % (k, v) for k, v in sorted(stats["cte"].items(), key=lambda x: -x[1])) + ".", "",
           "## Sending software (same spread on both sides)", "",
           "`list` means a mailing-list manager (Mailman 2/3, Sympa, Google Groups) relaying a message written with one "
           "of the other clients; `booking` means reservation/scheduling/notification platforms; `handrolled` means "
           "scripts and small web apps (PHPMailer, nodemailer, CDO, Roundcube plug-ins, bulk tools).", "",
           "| client | spam | ham |", "|---|---:|---:|"]
    for c in clients:
        md.append("| %s | %d | %d |" % (c, stats["spam"]["client:" + c], stats["ham"]["client:" + c]))
    md += ["", "## Arrival years", "", "| year | spam | ham |", "|---|---:|---:|"]
    for y in years:
        md.append("| %s | %d | %d |" % (y, stats["spam"]["year:" + y], stats["ham"]["year:" + y]))
    md += ["", "## Notes", "",
           "* Spam is written the way it really arrives: much of it from authenticated accounts (free mail, compromised "
           "company mailboxes, freshly registered look-alike domains with passing SPF/DKIM/DMARC), often short and "
           "polite, sometimes with the payload only inside the calendar object.",
           "* Ham includes deliberate look-alikes: bookings with codes, amounts and phone numbers, webinars with "
           "hundreds of attendees and 'free'/'offer' wording, open-ended series from free mail, IT password notices, "
           "document links, bank-detail *warnings*, list copies with broken DKIM, forwarded invitations, replies and "
           "cancellations, requested support callbacks.",
           "* Some iCalendar objects deliberately violate RFC 5545 (missing METHOD, Content-Type method disagreeing with "
           "METHOD, unfolded lines, bare LF line ends inside a base64 part, unescaped commas) – on both sides, because "
           "small legitimate applications are sloppy too.", "",
           "## Licence", "", "CC0 1.0 Universal – public-domain dedication. Everything in this corpus was written or "
           "generated by the author of gen.py; no message was copied from anywhere.", "",
           "Generated by `gen.py`; verified by `check.py`.", ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(md))


if __name__ == "__main__":
    main()
