#!/usr/bin/env bash
# Detection side by side: SpamAssassin (Debian's package, local rules only: no DNS, no network) and Calguard on
# the same labelled corpus, in one run. Usage: scripts/compare-spamassassin.sh [corpus/holdout/labels.tsv]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
labels="${1:-corpus/holdout/labels.tsv}"
command -v spamd >/dev/null && command -v spamc >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q spamassassin spamd spamc >/dev/null
port=17830
spamd --local --listen=127.0.0.1:$port --max-children=2 --pidfile=/tmp/calguard-spamd.pid --syslog=stderr 2>/tmp/calguard-spamd.log &
trap 'kill "$(cat /tmp/calguard-spamd.pid 2>/dev/null)" 2>/dev/null || true' EXIT
for _ in $(seq 60); do spamc -d 127.0.0.1 -p $port -K >/dev/null 2>&1 && break; sleep 1; done

start=$(date +%s.%N)
spam=0; spam_hit=0; ham=0; ham_hit=0
while IFS=$'\t' read -r path label _; do
  [[ "$path" == path || -z "$path" ]] && continue
  # spamc -c prints "score/threshold" and exits 1 for spam.
  if spamc -d 127.0.0.1 -p $port -c < "$path" >/dev/null; then hit=0; else hit=1; fi
  if [[ $label == spam ]]; then spam=$((spam+1)); spam_hit=$((spam_hit+hit)); else ham=$((ham+1)); ham_hit=$((ham_hit+hit)); fi
done < "$labels"
end=$(date +%s.%N)
awk -v s=$spam -v sh=$spam_hit -v h=$ham -v hh=$ham_hit -v t="$(echo "$end - $start" | bc)" 'BEGIN {
  printf "SpamAssassin (local rules, threshold 5): spam %d, judged spam %d (recall %.1f%%); ham %d, judged spam %d (%.1f%%); %.1f s\n",
    s, sh, 100*sh/s, h, hh, 100*hh/h, t }'

start=$(date +%s.%N)
./calguard eval --labels "$labels" --authserv-id mx.example.net | tail -3
end=$(date +%s.%N)
echo "Calguard eval: $(echo "$end - $start" | bc) s (includes process start)"
