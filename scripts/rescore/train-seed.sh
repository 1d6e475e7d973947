#!/usr/bin/env bash
# Retrains the shipped seed classifier (src/Calguard.Core/Learning/seed-model.tsv.gz) on every labelled corpus except
# the sealed exams that scripts/rescore/rescore.sh names, so that a new corpus is never forgotten and a sealed one never
# learnt from. Run it after adding or unsealing a corpus, then rescan (docs/quality.md, "Learning").
#   usage: scripts/rescore/train-seed.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
sealed="$(sed -n 's/^sealed="\([^"]*\)".*/\1/p' scripts/rescore/rescore.sh)"
args=()
for l in corpus/*/labels.tsv; do
  c="$(basename "$(dirname "$l")")"
  [[ " $sealed " == *" $c "* ]] && continue
  args+=(--labels "$l")
done
echo "training on ${#args[@]} arguments for $(( ${#args[@]} / 2 )) corpora; sealed: $sealed" >&2
exec ./calguard train --authserv-id mx.example.net --seed-out src/Calguard.Core/Learning/seed-model.tsv.gz "${args[@]}"
