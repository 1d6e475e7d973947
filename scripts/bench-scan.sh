#!/usr/bin/env bash
# Whole-process benchmark: `calguard scan --json` over a generated corpus of invitations, with the
# side-by-side figures (MimeKit's bare parse-and-extract, the precheck, our reader, Ical.Net) over the
# same messages in the same run.
#
#   scripts/bench-scan.sh [COUNT] [SEED]     (defaults: 100000 2026)
#
# The corpus is generated once into $BENCH_CORPUS (default /tmp/calguard-bench-corpus-COUNT-SEED) and
# reused (the marker $BENCH_CORPUS.complete sits beside it, so that the scan sees only the messages). Needs /usr/bin/time (apt-get install time) for wall, user+sys and peak RSS.
set -euo pipefail
count="${1:-100000}"
seed="${2:-2026}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${BENCH_CORPUS:-/tmp/calguard-bench-corpus-$count-$seed}"
bench="$root/bench/Calguard.Benchmarks/bin/Release/net10.0/Calguard.Benchmarks.dll"
out="${BENCH_OUT:-/tmp/calguard-bench-scan}"
mkdir -p "$out"
[ -x /usr/bin/time ] || { echo "/usr/bin/time missing: apt-get install time" >&2; exit 2; }

echo "== build (Release)"
dotnet build "$root/src/Calguard/Calguard.csproj" -c Release --nologo -v q -clp:ErrorsOnly
touch "$root/src/Calguard/bin/Release/net10.0/.built"
dotnet build "$root/bench/Calguard.Benchmarks/Calguard.Benchmarks.csproj" -c Release --nologo -v q -clp:ErrorsOnly

if [ ! -f "$corpus.complete" ]; then
  echo "== generate $count invitations into $corpus"
  rm -rf "$corpus" && mkdir -p "$corpus"
  dotnet "$bench" generate "$corpus" "$count" "$seed" | tee "$corpus.complete"
else
  echo "== reuse $corpus: $(cat "$corpus.complete")"
fi

echo "== machine"
lscpu | grep -E '^(Model name|CPU\(s\)|Thread|L2|L3)' || true
echo "loadavg before: $(cat /proc/loadavg)"

echo "== calguard scan --json (whole process, all cores)"
set +e
/usr/bin/time -v "$root/src/Calguard/bin/Release/net10.0/calguard" scan --json "$corpus" > "$out/scan.jsonl" 2> "$out/scan.time"
status=$?
set -e
wall=$(grep 'Elapsed (wall clock)' "$out/scan.time" | awk '{print $NF}')
user=$(grep 'User time' "$out/scan.time" | awk '{print $NF}')
sys=$(grep 'System time' "$out/scan.time" | awk '{print $NF}')
rss=$(grep 'Maximum resident' "$out/scan.time" | awk '{print $NF}')
lines=$(wc -l < "$out/scan.jsonl")
seconds=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
echo "exit $status; $lines JSON lines; wall ${wall} (${seconds} s); user ${user} s; sys ${sys} s; peak RSS $((rss / 1024)) MiB"
awk -v n="$lines" -v w="$seconds" -v u="$user" -v s="$sys" 'BEGIN { printf "messages/s (wall): %.0f; messages per CPU second (user+sys): %.0f\n", n / w, n / (u + s) }'
echo "verdicts: $(grep -o '"verdict":"[a-z]*"' "$out/scan.jsonl" | sort | uniq -c | tr '\n' ' ')"
echo "loadavg after: $(cat /proc/loadavg)"

echo "== same messages, same run: MimeKit / precheck / reader / engine / Ical.Net (in-process)"
dotnet "$bench" compare "$corpus" "${ENGINE_SAMPLE:-10000}"
