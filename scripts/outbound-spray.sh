#!/usr/bin/env bash
# The outbound check against a simulated compromised account (docs/outbound.md, "Trying it"): starts `calguard serve`
# (Release) on a fresh SQLite database in a temp dir with the default limits and webinar.example on the allow list, then
#   1. a compromised account (three years old, stolen password so no second factor) sprays invitations of 40 external
#      attendees each from one IP address, 40 requests, with bland text the content rules do not flag: the table shows
#      where it is challenged (new recipients) and where it is denied (invitations per hour), and that it stays denied;
#   2. an allow-listed organisation's account sends one legitimate 500-person webinar invitation: allowed;
#   3. with MEASURE=1, wrk drives POST /v1/invitations/check (one attendee, a fresh account and IP per request, so every
#      check passes all signals and is counted and recorded) and prints checks/s and latency percentiles.
#   usage: scripts/outbound-spray.sh            MEASURE=1 scripts/outbound-spray.sh [DURATION_SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
duration="${1:-20}"
connections="${2:-16}"

dotnet build src/Calguard/Calguard.csproj -c Release --nologo -v q -clp:ErrorsOnly >&2
bin="$PWD/src/Calguard/bin/Release/net10.0/calguard"
work="$(mktemp -d /tmp/calguard-spray.XXXXXX)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

key="$("$bin" keys create --scope admin --name spray --data "$work/data" 2>/dev/null)"
(cd "$work" && Calguard__Outbound__AllowList__Domains__0=webinar.example \
  exec "$bin" serve --urls "http://127.0.0.1:$port" --data "$work/data" >"$work/serve.log" 2>&1) &
server_pid=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.1
done

URL="http://127.0.0.1:$port" KEY="$key" python3 - <<'PY'
import json, os, urllib.request, datetime, uuid
url, key = os.environ["URL"], os.environ["KEY"]
def calendar(organizer, attendees, summary, description):
    start = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=5)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//spray//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"UID:{uuid.uuid4()}@example.net", f"DTSTAMP:{start}", f"DTSTART:{start}", "DURATION:PT1H",
             f"SUMMARY:{summary}", f"DESCRIPTION:{description}", f"ORGANIZER:mailto:{organizer}"]
    lines += [f"ATTENDEE;RSVP=TRUE:mailto:{a}" for a in attendees]
    return "\r\n".join(lines + ["END:VEVENT", "END:VCALENDAR", ""])
def check(account, address, attendees, summary, description, strong, ip):
    body = {"organizer": {"account": account, "address": address, "createdAt": "2023-01-01T00:00:00Z", "strongAuth": strong},
            "client": {"ip": ip, "userAgent": "spray.sh"},
            "attendees": [{"address": a, "internal": False} for a in attendees],
            "calendar": calendar(address, attendees, summary, description), "origin": "create"}
    req = urllib.request.Request(url + "/v1/invitations/check", json.dumps(body).encode(),
                                 {"Authorization": "Bearer " + key, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)

print("1. compromised account mallory@example.net: 40 requests x 40 external attendees, no second factor, one IP")
print(f"{'req':>4} {'decision':<9} {'inv/hour':>10} {'inv/day':>10} {'ext/day':>10} {'new/day':>10}  reasons")
counts = {}
for i in range(40):
    people = [f"victim{i * 40 + j}@mail{j % 7}.example" for j in range(40)]
    # Bland text with a changing code, as spam tools vary it: the content rules find nothing, so the limits must act.
    r = check("acct-mallory", "mallory@example.net", people, "Quarterly review",
              f"Agenda: the figures of the quarter, the plan for the next one and questions. Ref {uuid.uuid4().hex[:8]}", False, "203.0.113.9")
    lim = {l["name"]: f"{l['used']}/{l['limit']}" for l in r["limits"]}
    counts[r["decision"]] = counts.get(r["decision"], 0) + 1
    print(f"{i + 1:>4} {r['decision']:<9} {lim['invitations-per-hour']:>10} {lim['invitations-per-day']:>10} "
          f"{lim['external-recipients-per-day']:>10} {lim['new-recipients-per-day']:>10}  {','.join(x['name'] for x in r['reasons'])}")
print("decisions:", counts)

print("\n2. allow-listed organisation (webinar.example): one webinar invitation to 500 external attendees, strong authentication")
people = [f"guest{j}@org{j % 50}.example" for j in range(500)]
r = check("acct-events", "events@webinar.example", people, "Webinar: the 2027 product roadmap",
          "Join us for a one-hour overview of the roadmap with questions and answers at the end. The recording follows.", True, "198.51.100.20")
print("decision:", r["decision"], "reasons:", [x["name"] for x in r["reasons"]],
      "limits:", {l["name"]: f"{l['used']}/{l['limit']}" for l in r["limits"]})
PY

if [ "${MEASURE:-0}" = "1" ]; then
  cat >"$work/check.lua" <<LUA
local n = 0
local start = os.date("!%Y%m%dT%H%M%SZ", os.time() + 5 * 86400)
request = function()
  n = n + 1
  local id = tostring(n) .. "-" .. tostring(math.random(1, 1000000000))
  local cal = "BEGIN:VCALENDAR\\\\r\\\\nVERSION:2.0\\\\r\\\\nPRODID:-//load//EN\\\\r\\\\nMETHOD:REQUEST\\\\r\\\\nBEGIN:VEVENT\\\\r\\\\nUID:" .. id ..
    "@example.net\\\\r\\\\nDTSTAMP:" .. start .. "\\\\r\\\\nDTSTART:" .. start .. "\\\\r\\\\nDURATION:PT1H\\\\r\\\\nSUMMARY:Project review " .. id ..
    "\\\\r\\\\nORGANIZER:mailto:u" .. id .. "@example.net\\\\r\\\\nATTENDEE:mailto:guest" .. id .. "@partner.example\\\\r\\\\nEND:VEVENT\\\\r\\\\nEND:VCALENDAR\\\\r\\\\n"
  local body = '{"organizer":{"account":"acct-' .. id .. '","address":"u' .. id .. '@example.net","createdAt":"2020-01-01T00:00:00Z","strongAuth":true},' ..
    '"client":{"ip":"10.' .. (n % 250) .. '.' .. (math.floor(n / 250) % 250) .. '.1","userAgent":"wrk"},' ..
    '"attendees":[{"address":"guest' .. id .. '@partner.example","internal":false}],"calendar":"' .. cal .. '","origin":"create"}'
  return wrk.format("POST", "/v1/invitations/check", {["Authorization"] = "Bearer $key", ["Content-Type"] = "application/json"}, body)
end
done = function(summary, latency, requests)
  io.write(string.format("non-2xx responses: %d, socket errors: %d\n", summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
  wrk -t1 -c"$connections" -d5s -s "$work/check.lua" "http://127.0.0.1:$port" >/dev/null
  echo
  echo "3. calguard serve (Release, SQLite, in-process counters) on $(nproc) cores; wrk -t1 -c$connections -d${duration}s; POST /v1/invitations/check, 1 attendee, fresh account per check"
  wrk -t1 -c"$connections" -d"${duration}s" --latency -s "$work/check.lua" "http://127.0.0.1:$port"
  curl -fsS -H "Authorization: Bearer $key" "http://127.0.0.1:$port/metrics" 2>/dev/null | grep -E '^calguard_outbound_check_duration_seconds_(sum|count)' \
    | awk '{v[$1]=$2} END { for (k in v) if (k ~ /_count/) { s=k; sub(/_count/, "_sum", s); printf "%s mean %.2f ms over %d\n", k, 1000*v[s]/v[k], v[k] } }' || true
fi
