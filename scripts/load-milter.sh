#!/usr/bin/env bash
# Load test of the milter through a real Postfix (docs/performance.md, "Milter (Postfix, 50 concurrent sessions)").
#
# In one run:
#  1. builds Calguard (Release) and starts `calguard serve` on a fresh data directory in a temp dir, with the HTTP API
#     and the milter on free loopback ports and a random CALGUARD_ADMIN_KEY; waits for /healthz;
#  2. starts a private Postfix instance (config_directory, queue_directory, data_directory and log under the same temp
#     dir; loopback only; no chroot; see tests/Calguard.Milter.Tests/Postfix/PostfixInstance.cs and the integration
#     research §2) with TWO smtpd listeners: one with `smtpd_milters` = Calguard, one with no milter. Mail for
#     example.test goes to Postfix's `discard` transport (held if Calguard quarantines), so only the SMTP-time cost
#     and Postfix's own queue work remain;
#  3. runs scripts/smtp-load.py: warm-up, then MESSAGES per port with CONCURRENCY sessions, in alternating rounds
#     (without, with / with, without / ...), from a pool of the real invitations in ../shared/corpus (imip, spam),
#     samples/*.eml and generated plain mails; envelope recipients are rewritten to userN@example.test;
#  4. prints the table (messages, errors, msgs/s, p50/p90/p99) and the added latency, then checks that Calguard saw
#     every message sent to the milter port (calguard_scans_total{channel="milter"} and /v1/stats mails), that no
#     milter failure decision was sent, and that Postfix delivered or held every message.
# Everything it started is stopped and the temp dir removed on exit, also on failure (trap).
#   usage: scripts/load-milter.sh [MESSAGES_PER_PORT=2000] [CONCURRENCY=50] [ROUNDS=4]
#   env:   CORPUS=../shared/corpus  WARMUP=100  PER_SESSION=10  KEEP=1 (keep the temp dir);
#          Calguard__* variables reach `calguard serve` (e.g. Calguard__Storage__SynchronousCommit=false)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo="$PWD"
messages="${1:-2000}"
concurrency="${2:-50}"
rounds="${3:-4}"
warmup="${WARMUP:-100}"
per_session="${PER_SESSION:-10}"
corpus="${CORPUS:-$repo/../shared/corpus}"

[ "$(id -u)" -eq 0 ] || { echo "load-milter.sh: must run as root (postfix -c DIR start needs it)" >&2; exit 2; }
[ -x /usr/sbin/postfix ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postfix >/dev/null

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

work="$(mktemp -d /tmp/calguard-milterload.XXXXXX)"
pfx="$work/pfx"
server_pid=""
client_pid=""
postfix_started=""
cleanup() {
  local rc=$?
  if [ -n "$client_pid" ]; then kill "$client_pid" 2>/dev/null || true; fi
  if [ -n "$postfix_started" ]; then
    /usr/sbin/postfix -c "$pfx/etc" stop >/dev/null 2>&1 || true
    local master=""
    master="$(tr -d ' ' <"$pfx/queue/pid/master.pid" 2>/dev/null)" || true
    if [ -n "$master" ]; then
      for _ in $(seq 1 100); do
        [ -d "/proc/$master" ] || break
        sleep 0.1
      done
      if [ -d "/proc/$master" ]; then kill -9 "$master" 2>/dev/null || true; fi
    fi
  fi
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ -n "${KEEP:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== build" >&2
dotnet build src/Calguard -c Release --nologo -v q -clp:ErrorsOnly >&2
bin="$repo/src/Calguard/bin/Release/net10.0/calguard"

http_port="$(free_port)"
milter_port="$(free_port)"
plain_port="$(free_port)"
smtp_milter_port="$(free_port)"
admin_key="$(python3 -c 'import secrets; print(secrets.token_hex(24))')"

echo "== calguard serve (http $http_port, milter $milter_port)" >&2
mkdir -p "$work/data"
(cd "$work" && CALGUARD_ADMIN_KEY="$admin_key" exec "$bin" serve --urls "http://127.0.0.1:$http_port" --data "$work/data" \
  --milter "inet:127.0.0.1:$milter_port" >"$work/serve.log" 2>&1) &
server_pid=$!
for _ in $(seq 1 300); do
  curl -fsS "http://127.0.0.1:$http_port/healthz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.1
done
curl -fsS "http://127.0.0.1:$http_port/healthz" >/dev/null || { echo "calguard did not come up" >&2; cat "$work/serve.log" >&2; exit 1; }

echo "== postfix (smtp without milter $plain_port, with milter $smtp_milter_port)" >&2
mkdir -p "$pfx/etc" "$pfx/queue" "$pfx/data"
chmod 755 "$work" "$pfx"   # Postfix daemons run as 'postfix' and must traverse the temp dir
cp /etc/postfix/master.cf /etc/postfix/dynamicmaps.cf "$pfx/etc/"
[ -d /etc/postfix/dynamicmaps.cf.d ] && cp -r /etc/postfix/dynamicmaps.cf.d "$pfx/etc/"
cat >"$pfx/etc/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $pfx/queue
data_directory = $pfx/data
myhostname = mx.example.test
mydomain = example.test
myorigin = example.test
inet_interfaces = loopback-only
inet_protocols = ipv4
mydestination =
mynetworks = 127.0.0.0/8
alias_maps =
alias_database =
local_recipient_maps =
virtual_mailbox_domains = example.test
virtual_mailbox_maps = static:inbox/
virtual_transport = discard
maillog_file = $pfx/maillog
maillog_file_prefixes = /var, /dev/stdout, /tmp
smtpd_tls_security_level = none
smtp_tls_security_level = none
# Load: no per-client limits, no inflow throttling.
smtpd_client_connection_count_limit = 0
smtpd_client_connection_rate_limit = 0
smtpd_client_message_rate_limit = 0
in_flow_delay = 0
biff = no
milter_default_action = accept
calguard_with_milters = { inet:127.0.0.1:$milter_port, default_action=accept, connect_timeout=5s, command_timeout=30s, content_timeout=60s }
calguard_without_milters =
EOF
/usr/sbin/postconf -c "$pfx/etc" -F '*/*/chroot = n'
/usr/sbin/postconf -c "$pfx/etc" -M "127.0.0.1:$plain_port/inet=127.0.0.1:$plain_port inet n - n - - smtpd -o smtpd_milters=\$calguard_without_milters"
/usr/sbin/postconf -c "$pfx/etc" -M "127.0.0.1:$smtp_milter_port/inet=127.0.0.1:$smtp_milter_port inet n - n - - smtpd -o smtpd_milters=\$calguard_with_milters"
/usr/sbin/postconf -c "$pfx/etc" -MX smtp/inet   # the default service would listen on port 25
chown postfix "$pfx/data"
/usr/sbin/postfix -c "$pfx/etc" check
postfix_started=1
/usr/sbin/postfix -c "$pfx/etc" start >/dev/null 2>&1 || { echo "postfix start failed:" >&2; cat "$pfx/maillog" >&2 2>/dev/null; exit 1; }
for _ in $(seq 1 100); do
  python3 -c "import socket,sys; s=socket.create_connection(('127.0.0.1',$smtp_milter_port),1); sys.exit(0 if s.recv(100).startswith(b'220') else 1)" 2>/dev/null && break
  sleep 0.1
done

cpu_tree() { # CPU seconds of a process, its live descendants, and the children it has reaped (cutime/cstime)
  python3 - "$1" <<'PY'
import os, sys
root, tick = int(sys.argv[1]), os.sysconf("SC_CLK_TCK")
stats = {}
for d in os.listdir("/proc"):
    if d.isdigit():
        try:
            f = open(f"/proc/{d}/stat").read().rsplit(")", 1)[1].split()
            stats[int(d)] = (int(f[1]), sum(map(int, f[11:13])), sum(map(int, f[13:15])))
        except (OSError, IndexError):
            pass
total, todo = stats.get(root, (0, 0, 0))[1] + stats.get(root, (0, 0, 0))[2], [root]
while todo:
    p = todo.pop()
    for c, (pp, own, reaped) in stats.items():
        if pp == p:
            total += own + reaped
            todo.append(c)
print(f"{total / tick:.2f}")
PY
}

metric() { # metric NAME_WITH_LABELS -> value (0 if absent)
  curl -fsS -H "Authorization: Bearer $admin_key" "http://127.0.0.1:$http_port/metrics" \
    | awk -v m="$1" '$1 == m { v = $2 } END { print (v == "" ? 0 : v) }'
}

postfix_master="$(tr -d ' ' <"$pfx/queue/pid/master.pid")"
cpu_calguard_0="$(cpu_tree "$server_pid")"
cpu_postfix_0="$(cpu_tree "$postfix_master")"
load_before="$(uptime)"
echo "== load: $messages messages per port, $concurrency concurrent sessions, $rounds rounds, warm-up $warmup per port" >&2
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; Postfix $(/usr/sbin/postconf -h mail_version); $(dotnet --version 2>/dev/null | sed 's/^/.NET SDK /')"
echo "uptime before: $load_before"
env | grep -E '^Calguard__' | sed 's/^/calguard configuration from the environment: /' || true
python3 scripts/smtp-load.py --plain-port "$plain_port" --milter-port "$smtp_milter_port" --messages "$messages" \
  --concurrency "$concurrency" --rounds "$rounds" --warmup "$warmup" --per-session "$per_session" \
  --corpus "$corpus/imip" --corpus "$corpus/spam" --samples "$repo/samples/*.eml" --json "$work/result.json" &
client_pid=$!   # in the background, so that a signal reaches the trap at once
wait "$client_pid"
client_pid=""
echo "uptime after:  $(uptime)"
cpu_calguard_1="$(cpu_tree "$server_pid")"
client_cpu="$(python3 -c "import json; print(json.load(open('$work/result.json'))['client_cpu_s'])")"
echo

# Did Calguard see them? Every message to the milter port (warm-up included) is one scan on channel "milter".
expected=$((messages + warmup))
sent_with="$(python3 -c "import json; r=json.load(open('$work/result.json')); print(r['ports']['with milter']['messages'])")"
errors_total="$(python3 -c "import json; r=json.load(open('$work/result.json')); print(sum(p['errors'] for p in r['ports'].values()))")"
scans="$(metric 'calguard_scans_total{channel="milter"}')"
failures="$(metric 'calguard_scan_failures_total{channel="milter"}')"
scan_sum="$(metric 'calguard_scan_duration_seconds_sum{channel="milter"}')"
scan_count="$(metric 'calguard_scan_duration_seconds_count{channel="milter"}')"
rec_sum="$(metric 'calguard_record_duration_seconds_sum')"
rec_count="$(metric 'calguard_record_duration_seconds_count')"
stats_mails="$(curl -fsS -H "Authorization: Bearer $admin_key" "http://127.0.0.1:$http_port/v1/stats" \
  | python3 -c 'import json,sys; t=json.load(sys.stdin)["totals"]; c=(",",":"); print(t["mails"], t["calendarMails"], json.dumps(t["verdicts"], separators=c), json.dumps(t["decisions"], separators=c))')"
fail_decisions="$(grep -c 'sending the failure decision' "$work/serve.log" || true)"
echo "calguard: milter scans $scans (expected $expected = $messages measured + $warmup warm-up; with-milter sessions sent $sent_with measured)," \
  "scan failures $failures, failure decisions sent $fail_decisions"
read -r st_mails st_cal st_verdicts st_decisions <<<"$stats_mails"
echo "calguard /v1/stats today: mails $st_mails, calendar mails $st_cal, verdicts $st_verdicts, decisions $st_decisions"
awk -v s="$scan_sum" -v c="$scan_count" -v rs="$rec_sum" -v rc="$rec_count" 'BEGIN {
  if (c > 0) printf "calguard server-side mean per milter message: pipeline (read+analyse+score+decide) %.1f ms, record (durable commit, incl. wait) %.1f ms\n", 1000*s/c, (rc > 0 ? 1000*rs/rc : 0) }'

# Postfix: wait for the queue to drain (the discard transport is quick), then count what it did with every message.
for _ in $(seq 1 600); do
  busy="$(/usr/sbin/postqueue -c "$pfx/etc" -j 2>/dev/null | grep -vc '"queue_name": *"hold"' || true)"
  [ "${busy:-0}" -eq 0 ] && break
  sleep 0.2
done
held="$(/usr/sbin/postqueue -c "$pfx/etc" -j 2>/dev/null | grep -c '"queue_name": *"hold"' || true)"
delivered="$(grep -c 'status=sent' "$pfx/maillog" || true)"
rejected="$(grep -c 'milter-reject' "$pfx/maillog" || true)"
postfix_total=$((2 * (messages + warmup)))
echo "postfix: delivered (discard) $delivered, held by Calguard's quarantine $held, milter-reject $rejected, still queued ${busy:-?};" \
  "delivered + held = $((delivered + held)) of $postfix_total accepted"
cpu_postfix_1="$(cpu_tree "$postfix_master")"   # after the queue drained: delivery included
awk -v c0="$cpu_calguard_0" -v c1="$cpu_calguard_1" -v p0="$cpu_postfix_0" -v p1="$cpu_postfix_1" -v cl="$client_cpu" \
  -v nm="$expected" -v np="$((2 * expected))" 'BEGIN {
  printf "CPU during the load (warm-up included): calguard %.1f s = %.1f ms per milter message; Postfix (master, smtpd, cleanup, qmgr, discard ...) %.1f s = %.1f ms per message (both ports); SMTP client %.1f s = %.1f ms per message\n",
    c1-c0, 1000*(c1-c0)/nm, p1-p0, 1000*(p1-p0)/np, cl, 1000*cl/np }'


ok=1
[ "$errors_total" -eq 0 ] || { echo "FAIL: $errors_total SMTP errors"; ok=0; }
[ "${scans%.*}" -eq "$expected" ] || { echo "FAIL: Calguard counted $scans milter scans, expected $expected"; ok=0; }
[ "$st_mails" -eq "$expected" ] || { echo "FAIL: /v1/stats counts $st_mails mails, expected $expected"; ok=0; }
[ "$fail_decisions" -eq 0 ] || { echo "FAIL: the milter sent $fail_decisions failure decisions (messages passed unscanned)"; ok=0; }
[ $((delivered + held)) -eq "$postfix_total" ] || { echo "FAIL: Postfix delivered or held $((delivered + held)) of $postfix_total"; ok=0; }
[ "$ok" -eq 1 ] && echo "OK: no errors; Calguard scanned every message sent through the milter port; Postfix delivered or held all."
[ "$ok" -eq 1 ]
