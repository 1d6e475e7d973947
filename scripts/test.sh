#!/usr/bin/env bash
# The test command (README): installs what the tests need from Debian's packages, idempotently, then runs
# every test of the solution. The tests start their own servers (Postfix, Radicale, Xandikos, Cyrus,
# PostgreSQL, Redis, dnsmasq, rspamd) on loopback ports from temporary directories and stop them afterwards.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(postfix miltertest radicale xandikos cyrus-imapd cyrus-caldav sasl2-bin git postgresql redis-server dnsmasq-base procps rspamd spamassassin)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  # Never let a package start its system service: the tests run private instances.
  created_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo_cmd tee /usr/sbin/policy-rc.d >/dev/null
    $sudo_cmd chmod +x /usr/sbin/policy-rc.d
    created_policy=1
  fi
  echo "postfix postfix/main_mailer_type select No configuration" | $sudo_cmd debconf-set-selections
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  [ "$created_policy" -eq 1 ] && $sudo_cmd rm -f /usr/sbin/policy-rc.d
fi

# CI=true makes the server-backed tests fail instead of skipping when a server cannot be started.
export CI="${CI:-true}"
# A hung test would otherwise hold CI until its 30-minute limit with no clue; after 10 minutes on one test, blame kills
# the test host and prints the tests that were running (the slowest real test takes well under a minute).
exec dotnet test Calguard.slnx -c Release --blame-hang-timeout 10m --blame-hang-dump-type none "$@"
