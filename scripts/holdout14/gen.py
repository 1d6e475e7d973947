#!/usr/bin/env python3
"""Generate the holdout14 calendar-invitation exam corpus into ./out/ (deterministic)."""
import collections
import copy
import datetime as dt
import email
import os
import re
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from h14lib.util import rng_for, pick, TZ
from h14lib.model import Msg
from h14lib.core import Ctx, ACCT_CLIENTS, TARGET, ALL_CLIENTS
from h14lib import people, send, clients, fwd
from h14lib.build import build
from h14lib import spam, ham

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "out")
START = dt.datetime(2016, 1, 4)
END = dt.datetime(2026, 11, 28)

CLIENT_MIN_YEAR = {"zoom": 2018, "proton": 2020, "nextcloud": 2016}


def allowed_clients(cat, d):
    base = d.get("clients") or cat["clients"]
    accts = d["accts"]
    out = [c for c in base if any(c in ACCT_CLIENTS[a] for a in accts)]
    # Zoom only sends meeting invitations or webinar confirmations for Zoom meetings
    if "zoom" in out and not (d.get("online") == "zoom" or d.get("method") == "PUBLISH" or
                              "zoom" in (d.get("clients") or [])):
        out.remove("zoom")
    if d.get("fwd"):
        out = [c for c in base]
    if not out:
        raise ValueError("no client for %s %s" % (cat["name"], d.get("desc")))
    return out


def allocate(specs, label):
    rng = rng_for("alloc", label)
    assigned = collections.Counter()
    order = list(range(len(specs)))
    rng.shuffle(order)
    order.sort(key=lambda i: len(specs[i]["allowed"]))
    for i in order:
        s = specs[i]
        if s["d"].get("client"):
            c = s["d"]["client"]
        else:
            score = lambda c: (TARGET.get(c, 0) - assigned[c]) / float(TARGET.get(c, 1) or 1)
            best = max(score(c) for c in s["allowed"])
            cands = [c for c in s["allowed"] if abs(score(c) - best) < 1e-9]
            c = pick(rng, sorted(cands))
        assigned[c] += 1
        s["client"] = c
    return assigned


def arrival_for(rng, d, client):
    y0, y1 = d.get("years", (2016, 2026))
    y0 = max(y0, CLIENT_MIN_YEAR.get(client, 2016))
    if d.get("online") == "teams":
        y0 = max(y0, 2018)
    lo = max(START, dt.datetime(y0, 1, 1))
    hi = min(END, dt.datetime(y1, 12, 31))
    if d.get("months"):
        # restrict to given months (e.g. Black Friday)
        for _ in range(200):
            t = lo + dt.timedelta(seconds=rng.randint(0, int((hi - lo).total_seconds())))
            if t.month in d["months"]:
                break
    else:
        t = lo + dt.timedelta(seconds=rng.randint(0, int((hi - lo).total_seconds())))
    return t


def people_local(p):
    parts = p["addr"].split("@")[0].replace("_", ".").split(".")
    first = parts[0]
    last = parts[-1] if len(parts) > 1 else "mail"
    return first, last


def make_msg(spec):
    cat, d, idx, label = spec["cat"], spec["d"], spec["idx"], spec["label"]
    rng = rng_for(label, cat["name"], idx)
    client = spec["client"]
    m = Msg(label=label, category=cat["name"], idx=idx, lang=d["lang"], desc=d["desc"], rng=rng)
    fw = d.get("fwd")
    inner_client = None
    if fw:
        inner_client = pick(rng, fw["orig_clients"])
        m.client = inner_client
        accts = [a for a in fw["orig_accts"] if inner_client in ACCT_CLIENTS[a]]
    else:
        m.client = client
        accts = [a for a in d["accts"] if client in ACCT_CLIENTS[a]]
    acct = pick(rng, accts)
    m.acct = acct
    m.arrival = arrival_for(rng, d, client)
    # business hours bias for ham, any hour for spam
    hour = m.arrival.hour
    m.sender_tz = d.get("tz") or pick(rng, people.LANG_TZ[d.get("tz_lang", d["lang"])])
    if label == "ham" and not d.get("anytime"):
        off = TZ[m.sender_tz][1] // 60
        lh = rng.randint(7, 19)
        m.arrival = m.arrival.replace(hour=(lh - off) % 24, minute=rng.randint(0, 59), second=rng.randint(0, 59))
    m.rcpt = people.rcpt(rng, d.get("rcpt_lang", d["lang"]))
    if d.get("rcpt"):
        m.rcpt = d["rcpt"](m)
    delay = dt.timedelta(seconds=rng.randint(2, 95))
    m.sent = m.arrival - delay
    m.dtstamp = m.sent - dt.timedelta(seconds=rng.randint(0, 2))
    m.created = m.dtstamp - dt.timedelta(seconds=rng.randint(20, 3 * 86400 if label == "ham" else 3600))
    final_rcpt = None
    if d.get("autofwd"):
        af = dict(d["autofwd"])
        dom = pick(rng, af["domains"])
        final_rcpt = m.rcpt
        alias_local = pick(rng, ["%s.%s" % (people_local(final_rcpt)), final_rcpt["addr"].split("@")[0]])
        m.rcpt = dict(final_rcpt, addr="%s@%s" % (alias_local, dom))
        af["alias"] = m.rcpt["addr"]
        af["host"] = "mx." + dom if not dom.startswith("mx") else dom
        af["srs"] = rng.random() < 0.4
        af["spf"] = pick(rng, ["softfail", "fail", "softfail", "neutral"])
        d = dict(d, autofwd=af)
    c = Ctx(m, acct)
    build(c, d)
    for ev in m.events:
        if ev.organizer is None:
            ev.organizer = m.sender
    if m.wrapper == "list":
        back = dt.timedelta(seconds=rng.randint(40, 600))
        m.sent -= back
        m.dtstamp -= back
        m.created -= back
    if fw:
        return finish_forward(m, spec, fw, client)
    send.plan(m)
    hs, root = clients.render(m)
    tr = send.transport(m, hs)
    if d.get("autofwd"):
        autoforward(m, tr, d["autofwd"])
        m.rcpt = final_rcpt
    ltr = None
    if m.wrapper == "list":
        hs, root, ltr = send.list_wrap(m, hs, root, tr)
    return m, send.assemble(m, hs, root, tr, ltr)


def finish_forward(m, spec, fw, outer_client):
    rng = m.rng
    shift = dt.timedelta(hours=rng.randint(1, 70))
    m.sent -= shift
    m.dtstamp -= shift
    m.created -= shift
    send.plan(m)
    ihs, iroot = clients.render(m)
    itr = send.transport(m, ihs)
    raw = fwd.inner_raw(m, ihs, iroot, itr)
    style = fw.get("style") or pick(rng, ["inline", "attach"])
    if outer_client == "gmail-web" and style == "attach":
        style = "inline"
    # the forwarder
    outer = copy.copy(m)
    outer.client = outer_client
    outer.quirks = set()
    outer.wrapper = None
    by = fw["by"](m)
    outer.sender = by["p"]
    outer.acct = by.get("acct", "free")
    outer.corp_infra = None
    outer.sent = m.arrival - dt.timedelta(seconds=rng.randint(2, 40))
    outer.to = None
    outer.reply_to = None
    if outer_client == "gmail-web":
        dom = outer.sender["addr"].split("@")[1]
        outer.infra = "gmail-smtp" if dom == "gmail.com" else "google-ws-smtp"
        outer.sender_host = "mail." + dom
    else:
        send.plan(outer)
    hs, root = fwd.render_forward(outer, ihs, iroot, raw, style, fw.get("note_fn")(m) if fw.get("note_fn") else
                                  fw.get("note", ""))
    tr = send.transport(outer, hs)
    outer.client = outer_client
    return outer, send.assemble(outer, hs, root, tr, None)


def autoforward(m, tr, kind):
    """Message reached the mailbox through a forwarding alias: the forwarder is the SMTP client now."""
    rng = m.rng
    fwd_host = kind.get("host", "mx.alumni-mail.org")
    prev = "Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
        tr.helo, tr.rdns or "unknown", tr.ip, fwd_host, send.rstr(rng, 10, send.HEXU), kind["alias"],
        send.local_str(m.arrival - dt.timedelta(seconds=3), 0, None))
    tr.sender_lines.insert(0, prev)
    tr.helo = tr.rdns = fwd_host
    tr.ip = send.ip_for(fwd_host)
    if kind.get("srs"):
        local, dom = tr.return_path.split("@")
        tr.return_path = "SRS0=%s=%s=%s=%s@%s" % (send.rstr(rng, 4, send.ALNUM), send.rstr(rng, 2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
                                                 dom, local, fwd_host.split(".", 1)[1])
        tr.spf = ("pass", tr.return_path)
    else:
        tr.spf = (kind.get("spf", "softfail"), tr.return_path)
    tr.tls = True


def main():
    t0 = time.time()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    rows = []
    stats = collections.defaultdict(collections.Counter)
    for label, mod in (("spam", spam), ("ham", ham)):
        specs = []
        for cat in mod.CATEGORIES:
            for i, d in enumerate(cat["items"]):
                specs.append({"cat": cat, "d": d, "idx": i + 1, "label": label,
                              "allowed": allowed_clients(cat, d)})
        assigned = allocate(specs, label)
        for s in specs:
            m, data = make_msg(s)
            rel = "%s/%s/%03d.eml" % (label, s["cat"]["name"], s["idx"])
            path = os.path.join(OUT, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as fh:
                fh.write(data)
            rows.append((rel, label, s["cat"]["name"], s["d"]["desc"]))
            stats[label + ":client"][m.client] += 1
            stats[label + ":lang"][s["d"]["lang"]] += 1
            stats[label + ":cat"][s["cat"]["name"]] += 1
            stats[label + ":year"][m.arrival.year] += 1
            if m.wrapper == "list":
                stats[label + ":wrapper"]["mailing list copy"] += 1
            if s["d"].get("fwd"):
                stats[label + ":wrapper"]["manual forward"] += 1
            if s["d"].get("autofwd"):
                stats[label + ":wrapper"]["alias forward"] += 1
            msg = email.message_from_bytes(data)
            for part in msg.walk():
                cs = part.get_content_charset()
                if cs and not part.is_multipart():
                    stats["charset"][cs.lower()] += 1
                cte = part.get("Content-Transfer-Encoding")
                if cte and not part.is_multipart():
                    stats["cte"][cte.lower()] += 1
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("path\tlabel\tcategory\tdescription\n")
        for r in rows:
            fh.write("\t".join(x.replace("\t", " ") for x in r) + "\n")
    from h14lib.readme import write_readme
    write_readme(OUT, spam.CATEGORIES, ham.CATEGORIES, stats)
    dtm = time.time() - t0
    print("wrote %d messages in %.1fs" % (len(rows), dtm))
    for k in ("spam:client", "ham:client"):
        print(k, dict(sorted(stats[k].items())))
    for k in ("spam:lang", "ham:lang"):
        print(k, dict(sorted(stats[k].items())))


if __name__ == "__main__":
    main()
