#!/usr/bin/env bash
# Refits the default scores of the rules on the labelled corpora (docs/quality.md, "Scores"), the way SpamAssassin's
# mass-check and perceptron do: every corpus is scanned with a seed classifier trained on all the others (so no message
# is judged by a seed that saw it), then scripts/rescore/fit.py fits the scores with the spam threshold fixed, reports
# the leave-one-corpus-out estimate, and prints the proposed scores. It changes nothing; copy the scores into the rules.
#   usage: scripts/rescore/rescore.sh [CORPUS...]   (default: every corpus/*/labels.tsv except the sealed exams)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
sealed="holdout25 holdout27 holdout28 holdout29"  # run once as an exam, files never opened; holdout4-24 and holdout26 are spent (run, then read)
corpora=("$@")
if [ ${#corpora[@]} -eq 0 ]; then
  for l in corpus/*/labels.tsv; do c="$(basename "$(dirname "$l")")"; [[ " $sealed " == *" $c "* ]] || corpora+=("$c"); done
fi
dotnet build src/Calguard/Calguard.csproj -c Release --nologo -v q -clp:ErrorsOnly >&2
bin="$PWD/src/Calguard/bin/Release/net10.0/calguard"
work="$(mktemp -d /tmp/calguard-rescore.XXXXXX)"
# RESCORE_KEEP=1 keeps the scans, so that fit.py can be re-run on them: python3 scripts/rescore/fit.py DIR CORPUS...
if [ -n "${RESCORE_KEEP:-}" ]; then echo "scans kept in $work" >&2; else trap 'rm -rf "$work"' EXIT; fi
for c in "${corpora[@]}"; do
  args=(); for o in "${corpora[@]}"; do [ "$o" = "$c" ] || args+=(--labels "corpus/$o/labels.tsv"); done
  "$bin" train "${args[@]}" --authserv-id mx.example.net --seed-out "$work/seed-$c.gz" >/dev/null
  # The labelled files, wherever labels.tsv puts them (dev's ham lives in ../shared/corpus).
  mapfile -t files < <(python3 scripts/rescore/labelled.py "corpus/$c/labels.tsv")
  "$bin" scan --json --seed "$work/seed-$c.gz" --authserv-id mx.example.net "${files[@]}" > "$work/$c.jsonl"
  "$bin" scan --json --seed none --authserv-id mx.example.net "${files[@]}" > "$work/$c.rules.jsonl"
  python3 scripts/rescore/labelled.py "corpus/$c/labels.tsv" --labels > "$work/$c.labels"
  echo "scanned $c" >&2
done
# Every file of ../shared/corpus outside its spam folders counts as legitimate when deciding which signals ever fire on ham.
"$bin" scan --json --seed none --authserv-id mx.example.net ../shared/corpus > "$work/shared.rules.jsonl" || true
"$bin" rules > "$work/rules.txt"
python3 scripts/rescore/fit.py "$work" "${corpora[@]}"
