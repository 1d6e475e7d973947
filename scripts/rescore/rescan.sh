#!/usr/bin/env bash
# Scans every unsealed labelled corpus with the current build, rules alone and with the shipped seed, into DIR, so that
# a change can be judged by what it does to every message: run it before the change and after, then
#   python3 scripts/rescore/compare.py BEFORE AFTER
#   usage: scripts/rescore/rescan.sh DIR
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
out="${1:?usage: scripts/rescore/rescan.sh DIR}"
sealed="$(sed -n 's/^sealed="\([^"]*\)".*/\1/p' scripts/rescore/rescore.sh)"
mkdir -p "$out"
dotnet build src/Calguard/Calguard.csproj -c Release --nologo -v q -clp:ErrorsOnly >&2
bin="$PWD/src/Calguard/bin/Release/net10.0/calguard"
for l in corpus/*/labels.tsv; do
  c="$(basename "$(dirname "$l")")"
  [[ " $sealed " == *" $c "* ]] && continue
  python3 scripts/rescore/labelled.py "$l" --labels > "$out/$c.labels"
  mapfile -t files < <(python3 scripts/rescore/labelled.py "$l")
  "$bin" scan --json --seed none --authserv-id mx.example.net "${files[@]}" > "$out/$c.rules.jsonl" &
  "$bin" scan --json --authserv-id mx.example.net "${files[@]}" > "$out/$c.jsonl"
  wait
done
# ../shared/corpus outside its spam folders: real mail that must not change verdict unnoticed.
"$bin" scan --json --seed none --authserv-id mx.example.net ../shared/corpus 2>/dev/null | grep -v '/spam/' > "$out/shared.rules.jsonl" || true
echo "scanned into $out" >&2
