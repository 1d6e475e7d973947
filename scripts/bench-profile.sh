#!/usr/bin/env bash
# CPU profile of Engine.Scan over the real corpus invitations: dotnet-trace (sampled thread time) around
# `Calguard.Benchmarks loop-scan SECONDS`, then the hottest frames by inclusive and exclusive samples.
#
#   scripts/bench-profile.sh [SECONDS]      (default 20)
#
# Needs dotnet-trace (dotnet tool install -g dotnet-trace --version 10.0.750501) and python3.
set -euo pipefail
seconds="${1:-20}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${BENCH_OUT:-/tmp/calguard-bench-profile}"
export PATH="$PATH:$HOME/.dotnet/tools"
mkdir -p "$out"
dotnet build "$root/bench/Calguard.Benchmarks/Calguard.Benchmarks.csproj" -c Release --nologo -v q -clp:ErrorsOnly
dotnet-trace collect --profile dotnet-sampled-thread-time --format Speedscope -o "$out/scan.nettrace" -- \
  dotnet "$root/bench/Calguard.Benchmarks/bin/Release/net10.0/Calguard.Benchmarks.dll" loop-scan "$seconds" ${BENCH_CASE:-} > "$out/trace.log" 2>&1
python3 - "$out/scan.speedscope.json" <<'PY'
import json, sys, collections, re
doc = json.load(open(sys.argv[1]))
frames = [f["name"] for f in doc["shared"]["frames"]]
profile = max(doc["profiles"], key=lambda p: len(p.get("events", [])))
def short(name):
    name = re.sub(r"\(.*\)$", "", name)
    name = re.sub(r"^[^!]*!", "", name)
    return name[:120]
names = [short(n) for n in frames]
SCAN = next(n for n in names if n.endswith("Calguard.Engine.Scan"))
inclusive, exclusive = collections.Counter(), collections.Counter()
stack, counts = [], collections.Counter()
last = profile["startValue"]
for e in profile["events"]:
    at = e["at"]
    if stack and counts[SCAN] > 0:
        exclusive[names[stack[-1][0]]] += at - last
    last = at
    if e["type"] == "O":
        f = e["frame"]
        stack.append((f, at))
        counts[names[f]] += 1
    else:
        f, start = stack.pop()
        n = names[f]
        counts[n] -= 1
        if counts[n] == 0 and (n.endswith("Calguard.Engine.Scan") or counts[SCAN] > 0):
            inclusive[n] += at - start
total = profile["endValue"] - profile["startValue"]
busy = inclusive.most_common(1)[0][1]
print(f"thread '{profile['name']}', {total:.0f} {profile['unit']} traced")
print("\n| inclusive % of Engine.Scan | frame |\n|---:|---|")
scan = max((w for n, w in inclusive.items() if n.endswith("Calguard.Engine.Scan")), default=busy)
for n, w in inclusive.most_common(600):
    if any(k in n for k in ("Calguard.", "MimeKit.", "System.Text.RegularExpressions", "System.Globalization", "Ical")) and w / scan >= 0.015:
        print(f"| {100 * w / scan:.1f} | `{n}` |")
PY
