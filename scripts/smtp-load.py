#!/usr/bin/env python3
"""SMTP load client for scripts/load-milter.sh (standard library only: smtplib + threads).

Sends the same message mix through two SMTP ports of one Postfix instance -- one whose smtpd has Calguard as milter,
one without -- in alternating rounds (A B, B A, A B, ...), so both see the same machine conditions. Each of the
CONCURRENCY client threads holds one SMTP session, sends up to --per-session messages on it, then QUITs and
reconnects (so session set-up, including Postfix's milter connection, is exercised too).

Latency of one message = from MAIL FROM to the 250 after the end of DATA (smtplib's sendmail after EHLO).
Any non-2xx reply or socket error counts as an error. Prints a table and writes a JSON summary.
"""
import argparse
import email.utils
import glob
import json
import math
import os
import random
import re
import resource
import smtplib
import sys
import threading
import time


def load_pool(corpus_dirs, sample_glob, plain_count, max_bytes):
    pool = []
    for d in corpus_dirs:
        for path in sorted(glob.glob(os.path.join(d, "**", "*.eml"), recursive=True)):
            data = open(path, "rb").read()
            if 0 < len(data) <= max_bytes:
                pool.append(("corpus", os.path.relpath(path, d), data))
    for path in sorted(glob.glob(sample_glob)):
        pool.append(("sample", os.path.basename(path), open(path, "rb").read()))
    for i in range(plain_count):
        body = "\n".join(f"Line {j} of an ordinary message without any calendar, number {i}." for j in range(5 + 7 * i))
        msg = (f"From: Colleague {i} <colleague{i}@partner.example>\nTo: user{i}@example.test\n"
               f"Subject: Plain mail {i}\nDate: Mon, 23 Nov 2026 10:00:00 +0000\n"
               f"Message-ID: <plain-{i}@partner.example>\nMIME-Version: 1.0\n"
               f"Content-Type: text/plain; charset=us-ascii\n\n{body}\n")
        pool.append(("plain", f"plain-{i}", msg.encode("ascii")))
    # CRLF line ends on the wire (smtplib sends bytes as given); Postfix would accept bare LF, but be exact.
    out = []
    for kind, name, data in pool:
        data = re.sub(rb"\r?\n", b"\r\n", data)
        m = re.search(rb"^From:[ \t]*(.*(?:\r\n[ \t].*)*)", data, re.M | re.I)
        sender = email.utils.parseaddr(m.group(1).decode("latin-1").replace("\r\n", ""))[1] if m else ""
        if "@" not in sender or any(c in sender for c in " <>\"\\"):
            sender = "loadtest@sender.example"
        out.append((kind, name, sender, data))
    # A fixed shuffle: every stretch of the run (warm-up, each round) gets the same kind of mix.
    random.Random(2026).shuffle(out)
    return out


class Phase:
    def __init__(self, args, pool, port, label, count, offset):
        self.args, self.pool, self.port, self.label, self.count, self.offset = args, pool, port, label, count, offset
        self.lock = threading.Lock()
        self.next = 0
        self.latencies = []
        self.errors = []

    def take(self):
        with self.lock:
            if self.next >= self.count:
                return None
            i = self.next
            self.next += 1
            return i

    def worker(self):
        a = self.args
        while True:
            i = self.take()
            if i is None:
                return
            try:
                s = smtplib.SMTP("127.0.0.1", self.port, local_hostname="loadclient.example", timeout=a.timeout)
                s.ehlo()
            except Exception as e:  # connect/greeting/EHLO failure: this message is an error, try again with the next
                with self.lock:
                    self.errors.append(f"connect: {type(e).__name__}: {e}")
                continue
            sent = 0
            try:
                while i is not None:
                    g = self.offset + i
                    kind, name, sender, data = self.pool[g % len(self.pool)]
                    rcpt = f"user{g % a.users}@example.test"
                    t0 = time.perf_counter()
                    try:
                        refused = s.sendmail(sender, [rcpt], data)
                        dt = time.perf_counter() - t0
                        if refused:
                            raise smtplib.SMTPRecipientsRefused(refused)
                        with self.lock:
                            self.latencies.append(dt)
                    except smtplib.SMTPResponseException as e:
                        with self.lock:
                            self.errors.append(f"{e.smtp_code} {e.smtp_error!r} ({kind} {name})")
                        try:
                            s.rset()
                        except Exception:
                            break
                    except smtplib.SMTPRecipientsRefused as e:
                        with self.lock:
                            self.errors.append(f"rcpt refused {e.recipients!r} ({kind} {name})")
                        try:
                            s.rset()
                        except Exception:
                            break
                    sent += 1
                    i = self.take() if sent < a.per_session else None
                s.quit()
            except Exception as e:  # socket error mid-session
                with self.lock:
                    self.errors.append(f"session: {type(e).__name__}: {e}")
                try:
                    s.close()
                except Exception:
                    pass

    def run(self):
        threads = [threading.Thread(target=self.worker, daemon=True) for _ in range(self.args.concurrency)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.wall = time.perf_counter() - t0
        return self


def pct(sorted_ms, p):
    if not sorted_ms:
        return float("nan")
    # Nearest rank, as in PostfixThroughputTests.
    return sorted_ms[max(0, min(len(sorted_ms) - 1, math.ceil(p * len(sorted_ms)) - 1))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--plain-port", type=int, required=True)
    ap.add_argument("--milter-port", type=int, required=True)
    ap.add_argument("--messages", type=int, default=2000, help="measured messages per port")
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--per-session", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=100, help="messages per port before measuring (not counted)")
    ap.add_argument("--users", type=int, default=500)
    ap.add_argument("--plain-mails", type=int, default=60, help="generated non-calendar mails in the pool")
    ap.add_argument("--max-bytes", type=int, default=1_000_000)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--corpus", action="append", default=[])
    ap.add_argument("--samples", default="samples/*.eml")
    ap.add_argument("--json", required=True)
    a = ap.parse_args()

    pool = load_pool(a.corpus, a.samples, a.plain_mails, a.max_bytes)
    kinds = {}
    for k, *_ in pool:
        kinds[k] = kinds.get(k, 0) + 1
    size = sum(len(p[3]) for p in pool) / len(pool)
    print(f"message pool: {len(pool)} messages ({', '.join(f'{v} {k}' for k, v in kinds.items())}), mean {size / 1024:.1f} KiB")

    ports = {"without milter": a.plain_port, "with milter": a.milter_port}
    if a.warmup:
        for label, port in ports.items():
            w = Phase(a, pool, port, label, a.warmup, 10_000_000).run()
            print(f"warm-up {label}: {a.warmup} messages, {len(w.errors)} errors, {w.wall:.1f} s")

    per_round = [a.messages // a.rounds + (1 if r < a.messages % a.rounds else 0) for r in range(a.rounds)]
    results = {label: {"latencies": [], "errors": [], "wall": 0.0, "rounds": []} for label in ports}
    labels = list(ports)
    offset = 0
    for r, n in enumerate(per_round):
        order = labels if r % 2 == 0 else labels[::-1]
        for label in order:
            # Same messages, same recipients, for both ports in a round.
            ph = Phase(a, pool, ports[label], label, n, offset).run()
            res = results[label]
            res["latencies"] += ph.latencies
            res["errors"] += ph.errors
            res["wall"] += ph.wall
            res["rounds"].append({"round": r + 1, "messages": n, "wall_s": round(ph.wall, 3), "msgs_per_s": round(n / ph.wall, 1)})
            print(f"round {r + 1}/{a.rounds} {label:>14}: {n} messages in {ph.wall:.1f} s ({n / ph.wall:.1f}/s), "
                  f"{len(ph.errors)} errors")
        offset += n

    summary = {"messages_per_port": a.messages, "concurrency": a.concurrency, "rounds": a.rounds,
               "per_session": a.per_session, "warmup_per_port": a.warmup, "pool": kinds, "pool_mean_bytes": round(size),
               "ports": {}}
    print()
    print("| port | messages | errors | msgs/s | p50 | p90 | p99 | max |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for label in labels:
        res = results[label]
        ms = sorted(x * 1000 for x in res["latencies"])
        sent = len(ms) + len(res["errors"])
        row = {"port": ports[label], "messages": sent, "ok": len(ms), "errors": len(res["errors"]),
               "msgs_per_s": len(ms) / res["wall"] if res["wall"] else 0.0, "wall_s": res["wall"],
               "p50_ms": pct(ms, 0.50), "p90_ms": pct(ms, 0.90), "p99_ms": pct(ms, 0.99), "max_ms": ms[-1] if ms else float("nan"),
               "mean_ms": sum(ms) / len(ms) if ms else float("nan"), "rounds": res["rounds"], "error_samples": res["errors"][:20]}
        summary["ports"][label] = row
        print(f"| {label} ({ports[label]}) | {sent} | {row['errors']} | {row['msgs_per_s']:.1f} | {row['p50_ms']:.1f} ms "
              f"| {row['p90_ms']:.1f} ms | {row['p99_ms']:.1f} ms | {row['max_ms']:.1f} ms |")
    w, wo = summary["ports"]["with milter"], summary["ports"]["without milter"]
    added = {k: w[k] - wo[k] for k in ("p50_ms", "p90_ms", "p99_ms", "mean_ms")}
    summary["added"] = added
    print()
    print(f"added by the milter: p50 {added['p50_ms']:+.1f} ms, p90 {added['p90_ms']:+.1f} ms, p99 {added['p99_ms']:+.1f} ms "
          f"(mean {added['mean_ms']:+.1f} ms); throughput {w['msgs_per_s']:.1f} vs {wo['msgs_per_s']:.1f} msgs/s "
          f"({w['msgs_per_s'] / wo['msgs_per_s'] * 100:.0f}%)")
    for label in labels:
        for e in summary["ports"][label]["error_samples"][:5]:
            print(f"  error ({label}): {e}")
    ru = resource.getrusage(resource.RUSAGE_SELF)
    summary["client_cpu_s"] = ru.ru_utime + ru.ru_stime
    with open(a.json, "w") as f:
        json.dump(summary, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
