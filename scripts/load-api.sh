#!/usr/bin/env bash
# Load test of the HTTP API (docs/performance.md, "HTTP API"): starts `calguard serve` (Release) on a fresh SQLite
# database in a temp dir on a free loopback port, creates a scan key with `calguard keys create`, and drives
# POST /v1/scan with wrk (Debian packages wrk and time, installed if missing), each request for another recipient so that
# provenance and statistics are written as in production. Prints scans/s and latency percentiles, then stops the server.
#   usage: [LOAD_SAMPLES=...] scripts/load-api.sh [DURATION_SECONDS] [CONNECTIONS] [THREADS]
# What it posts (round robin), by LOAD_SAMPLES:
#   unset        the four 15-17 KB sample mails samples/ham-google-meeting, ham-teams-meeting, spam-prize and
#                spam-callback-scam (rule-heavy: about 0.8 ms of engine CPU each);
#   typical      the real iMIP mails of ../shared/corpus/imip of 2-10 KB with a text/calendar part (45 files, 5.8 KB
#                mean, e.g. the 4.5 KB Outlook invitation of docs/performance.md; about 0.25 ms of engine CPU each);
#   FILE|DIR ... these files, and the *.eml files in these directories.
# CALGUARD_BIN=PATH runs that calguard binary instead of building this tree (to alternate two builds without a rebuild).
# LOAD_WARMUP=SECONDS of load before the measured run (default 5). The tiered JIT keeps compiling for about the first
# 25 s of load (docs/performance.md, HTTP API, 2026-11-23 16:32): 30 measures the steady state of a server that has run a while.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
duration="${1:-20}"
connections="${2:-16}"
threads="${3:-1}"

if ! command -v wrk >/dev/null 2>&1 || [ ! -x /usr/bin/time ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  # A fresh machine's package lists may be empty or stale: update once when the install fails.
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk time >/dev/null 2>&1 \
    || { $sudo_cmd apt-get update -qq && $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk time >/dev/null; }
fi

if [ -n "${CALGUARD_BIN:-}" ]; then
  bin="$(realpath "$CALGUARD_BIN")"
else
  dotnet build src/Calguard/Calguard.csproj -c Release --nologo -v q -clp:ErrorsOnly >&2
  bin="$PWD/src/Calguard/bin/Release/net10.0/calguard"
fi
work="$(mktemp -d /tmp/calguard-load.XXXXXX)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

samples=()
case "${LOAD_SAMPLES:-}" in
  "")
    for name in ham-google-meeting ham-teams-meeting spam-prize spam-callback-scam; do samples+=("$PWD/samples/$name.eml"); done ;;
  typical)
    while IFS= read -r f; do samples+=("$f"); done < <(find "$(realpath ../shared/corpus/imip)" -name '*.eml' -size +2k -size -10k \
      -exec grep -qil 'text/calendar' {} \; -print | sort) ;;
  *)
    for p in $LOAD_SAMPLES; do
      if [ -d "$p" ]; then for f in "$p"/*.eml; do samples+=("$(realpath "$f")"); done; else samples+=("$(realpath "$p")"); fi
    done ;;
esac
[ "${#samples[@]}" -gt 0 ] || { echo "LOAD_SAMPLES names no file" >&2; exit 2; }
sizes="$(for f in "${samples[@]}"; do stat -c %s "$f"; done | awk '{s+=$1} END {printf "%.1f KB mean", s/NR/1024}')"

key="$("$bin" keys create --scope scan,report --name load --data "$work/data" 2>/dev/null)"
(cd "$work" && exec "$bin" serve --urls "http://127.0.0.1:$port" --data "$work/data" >"$work/serve.log" 2>&1) &
server_pid=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.1
done

printf '%s\n' "${samples[@]}" >"$work/samples.txt"
cat >"$work/scan.lua" <<LUA
local bodies = {}
for path in io.lines("$work/samples.txt") do
  local f = assert(io.open(path, "rb"))
  bodies[#bodies + 1] = f:read("*a")
  f:close()
end
local n = 0
request = function()
  n = n + 1
  local path = "/v1/scan?recipient=user" .. (n % 5000) .. "@example.net"
  return wrk.format("POST", path, {["Authorization"] = "Bearer $key", ["Content-Type"] = "message/rfc822"}, bodies[(n % #bodies) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("non-2xx responses: %d, socket errors: %d\n", summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency p99 %.2f ms, p99.9 %.2f ms, max %.2f ms\n", latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000))
end
LUA

# Warm-up (JIT, tiered compilation, SQLite page cache), then the measured run.
wrk -t"$threads" -c"$connections" -d"${LOAD_WARMUP:-5}s" -s "$work/scan.lua" "http://127.0.0.1:$port" >/dev/null
echo "calguard serve (Release, SQLite, SynchronousCommit=${Calguard__Storage__SynchronousCommit:-false} CheckpointInterval=${Calguard__Storage__CheckpointInterval:-0.25}) on $(nproc) cores; ${LOAD_WARMUP:-5} s warm-up; wrk -t$threads -c$connections -d${duration}s; POST /v1/scan, ${#samples[@]} invitations (${LOAD_SAMPLES:-samples}, $sizes), 5000 recipients"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
# Bytes the server handed to write(2)/pwrite(2) (mostly WAL frames; the responses go out through sendmsg).
written() { awk '/^wchar:/ {print $2}' "/proc/$server_pid/io"; }
cpu_before="$(cpu_ticks)"
written_before="$(written)"
gc_pause() { curl -fsS -H "Authorization: Bearer $key" "http://127.0.0.1:$port/metrics" 2>/dev/null | awk '/^dotnet_gc_pause_seconds_total / {print $2}'; }
gc_before="$(gc_pause)"
# A bystander that sleeps 1 ms at a time: the longest it waited is how long the machine itself (not Calguard) stalled
# during the run. wrk's percentiles are corrected for coordinated omission: one stall of all connections adds a
# sample every expected interval across it, so a single 0.5 s pause shows as a p99 of several hundred ms.
if command -v python3 >/dev/null; then
  python3 -c '
import time, sys
end = time.monotonic() + float(sys.argv[1]); last = time.monotonic(); gap = 0
while last < end:
    time.sleep(0.001); now = time.monotonic(); gap = max(gap, now - last); last = now
print(f"machine: the longest a 1 ms sleep took during the run was {gap * 1000:.1f} ms")' "$duration" >"$work/bystander.txt" &
  bystander=$!
fi
/usr/bin/time -o "$work/wrk.time" -f '%U %S' \
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s "$work/scan.lua" "http://127.0.0.1:$port" | tee "$work/wrk.txt"
if [[ -n "${bystander:-}" ]]; then wait "$bystander" && cat "$work/bystander.txt"; fi
awk -v a="${gc_before:-0}" -v b="$(gc_pause)" 'BEGIN { if (b != "") printf "server GC pauses during the run: %.1f ms in total\n", 1000 * (b - a) }'
# CPU the server spent per scan (user + system, all threads): steadier than scans/s while other work shares the machine.
# The load client's own CPU per request next to it: wrk shares the cores with the server.
awk -v ticks="$(( $(cpu_ticks) - cpu_before ))" -v hz="$(getconf CLK_TCK)" -v client="$(awk '{print $1 + $2}' "$work/wrk.time")" \
  -v wrote="$(( $(written) - written_before ))" \
  '/requests in/ { printf "server CPU %.2f ms per scan; load client (wrk) CPU %.3f ms per request; server wrote %.1f KB per scan\n",
                   1000 * ticks / hz / $1, 1000 * client / $1, wrote / 1024 / $1 }' "$work/wrk.txt"
# Where the time went, from the server's own histograms: the pipeline (read, analyse, score, decide) and the record stage.
curl -fsS -H "Authorization: Bearer $key" "http://127.0.0.1:$port/metrics" 2>/dev/null | grep -E '^calguard_(scan|record)_duration_seconds_(sum|count)' \
  | awk '{v[$1]=$2} END {
      for (k in v) if (k ~ /_count/) { s=k; sub(/_count/, "_sum", s); printf "%s mean %.2f ms over %d\n", k, 1000*v[s]/v[k], v[k] } }' || true
