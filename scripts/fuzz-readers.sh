#!/usr/bin/env bash
# Fuzzes Calguard's readers with AFL++ through SharpFuzz.
#
#   scripts/fuzz-readers.sh TARGET MINUTES     TARGET: calendar | message | engine | precheck
#
# Needs: afl++ (apt-get install afl++) and the SharpFuzz.CommandLine tool
# (dotnet tool install -g SharpFuzz.CommandLine --version 2.3.0). Work goes to $FUZZ_WORK
# (default /tmp/calguard-fuzz); the seed corpus comes from ../shared/corpus (malformed/ and ics/ for
# the calendar target, imip/ spam/ and malformed/ for the others). Seeds that already fail are reported
# and left out (afl-fuzz refuses a crashing seed). Crashes and hangs end up in
# $FUZZ_WORK/TARGET/out/default/{crashes,hangs}; curate them into fuzz/findings/ with a note.
set -euo pipefail
target="${1:?usage: fuzz-readers.sh TARGET MINUTES}"
minutes="${2:?usage: fuzz-readers.sh TARGET MINUTES}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${CALGUARD_SHARED:-$root/../shared}/corpus"
work="${FUZZ_WORK:-/tmp/calguard-fuzz}"
bin="$work/bin"        # instrumented (only runs under afl-fuzz)
plain="$work/plain"    # not instrumented, for replays
export PATH="$PATH:$HOME/.dotnet/tools"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz missing: apt-get install afl++" >&2; exit 2; }
command -v sharpfuzz >/dev/null || { echo "sharpfuzz missing: dotnet tool install -g SharpFuzz.CommandLine --version 2.3.0" >&2; exit 2; }
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }

# Build and instrument once per source state.
stamp="$(cd "$root" && find src/Calguard.Core fuzz/Calguard.Fuzz \( -name '*.cs' -o -name '*.csproj' \) -not -path '*/obj/*' -not -path '*/bin/*' -print0 | sort -z | xargs -0 md5sum | md5sum | cut -c1-16)"
if [ ! -f "$bin/.instrumented" ] || [ ! -f "$plain/Calguard.Fuzz.dll" ] || [ "$(cat "$bin/.instrumented")" != "$stamp" ]; then
  rm -rf "$bin" "$plain"
  dotnet publish "$root/fuzz/Calguard.Fuzz/Calguard.Fuzz.csproj" -c Release -o "$plain" --nologo -v q -clp:ErrorsOnly
  cp -r "$plain" "$bin"
  sharpfuzz "$bin/Calguard.Core.dll"
  echo "$stamp" > "$bin/.instrumented"
fi

# Seeds: small files only (AFL works best on small inputs).
seeds="$work/$target/seeds"
rm -rf "$seeds" && mkdir -p "$seeds"
case "$target" in
  calendar) dirs=("$corpus/malformed" "$corpus/ics") ;;
  *)        dirs=("$corpus/imip" "$corpus/spam" "$corpus/malformed") ;;
esac
i=0
while IFS= read -r -d '' f; do
  i=$((i + 1))
  cp "$f" "$seeds/$(printf '%04d' "$i")-$(basename "$f" | tr -c 'A-Za-z0-9._\n-' '_' | cut -c1-60)"
done < <(find "${dirs[@]}" -type f -size -24k -print0 | sort -z)
echo "seeds: $(ls "$seeds" | wc -l) files from ${dirs[*]}"

# Leave out seeds that already fail; they are findings in their own right.
bad="$work/$target/failing-seeds"
rm -rf "$bad" && mkdir -p "$bad"
dotnet "$plain/Calguard.Fuzz.dll" replay "$target" "$seeds" > "$work/$target/seed-replay.txt" || true
{ grep -v '  ok  ' "$work/$target/seed-replay.txt" || true; } | awk '{print $NF}' | while read -r f; do [ -f "$f" ] && mv "$f" "$bad/"; done
echo "failing seeds: $(ls "$bad" | wc -l) (see $bad and $work/$target/seed-replay.txt)"

out="$work/$target/out"
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_AUTORESUME=1
afl-fuzz -i "$seeds" -o "$out" -t 2000+ -m none -V $((minutes * 60)) -- dotnet "$bin/Calguard.Fuzz.dll" "$target" \
  > "$work/$target/afl.log" 2>&1 || { tail -30 "$work/$target/afl.log"; exit 1; }

stats="$out/default/fuzzer_stats"
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg)' "$stats" || true
for kind in crashes hangs; do
  n=$(find "$out/default/$kind" -type f -name 'id:*' 2>/dev/null | wc -l)
  echo "$kind: $n in $out/default/$kind"
done
echo "replay one with: dotnet $plain/Calguard.Fuzz.dll replay $target FILE"
