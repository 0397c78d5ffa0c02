#!/usr/bin/env bash
# Load and faults (issue 7): wrk on the read API of a real `dealgraph serve` (loopback only) while
# CLI imports of new deals run next to it, on SQLite and on a throwaway PostgreSQL cluster; then
# PostgreSQL stopped (pg_ctl stop -m fast) and started again during the load.
# Bounded: each wrk run lasts DURATION seconds; at most IMPORTS imports per store.
# Prints requests/s, p50/p99, answers by status, and the claim count against the expected one.
# Usage: bench/web/load.sh [DURATION_SECONDS] [CONNECTIONS] [IMPORTS]   (needs wrk and Debian's postgresql)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
duration=${1:-20}
connections=${2:-16}
imports=${3:-15}
claims_per_import=3
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
[[ -x $PGBIN/initdb ]] || { echo "PostgreSQL server binaries missing: apt-get install -y postgresql" >&2; exit 1; }

dotnet build src/Dealgraph.Cli -c Release --nologo -v quiet >/dev/null
dealgraph=$ROOT/src/Dealgraph.Cli/bin/Release/net10.0/dealgraph

work=$(mktemp -d /tmp/dealgraph-load.XXXX); chmod 755 "$work"
server=""; pgdir=""
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  [[ -n $pgdir ]] && as_pg "$PGBIN/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

echo "# dealgraph load and faults — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, commit $(git rev-parse --short HEAD), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# wrk -t2 -c$connections -d${duration}s over 11 read/analysis URLs; $imports CLI imports of $claims_per_import claims each during the run"

pgdir=$work/pg; mkdir -p "$pgdir"; [[ $(id -u) -eq 0 ]] && chown postgres "$pgdir"
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg "$PGBIN/initdb" -D "$pgdir/data" -A trust -U dealgraph -E UTF8 --locale=C >/dev/null
pg_start() { as_pg "$PGBIN/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1" start >/dev/null; }
pg_stop() { as_pg "$PGBIN/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null; }
pg_start
as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$pgport" -U dealgraph ledger

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url=http://127.0.0.1:$port

claims_seen() { # claims of all deals, as the server answers them
  python3 - "$url" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
get = lambda p: json.load(urllib.request.urlopen(base + p))
deals = get("/api/deals?asOf=2100-12-31")["deals"]
print(sum(len(get(f"/api/deals/{d['id']}?asOf=2100-12-31")["claims"]) for d in deals))
PY
}

deal_file() { # store, number: a new deal with $claims_per_import claims
  local f=$work/deals/load-$1-$2.yaml; mkdir -p "$work/deals"
  { echo "id: load-$1-$2"; echo "title: Load test deal $2"; echo "kind: purchase-commitment"; echo "payer: openai"; echo "payee: nvidia"; echo "claims:"
    for c in $(seq "$claims_per_import"); do echo "  - reported: 2026-0$c-1$((c % 10))"; echo "    source: wsj-2026-01-30"; echo "    headline: USD ${2}${c}e6"; done; } > "$f"
  echo "$f"
}

serve() {
  "$dealgraph" serve --db "$1" --urls "$url" >"$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 100); do curl -fsS "$url/api/parties" -o /dev/null 2>/dev/null && return; sleep 0.2; done
  echo "server did not start" >&2; cat "$work/serve.log" >&2; exit 1
}

run_store() { # name, db
  local name=$1 db=$2
  "$dealgraph" import examples/ai-megadeals --db "$db" >/dev/null
  serve "$db"
  local before; before=$(claims_seen)
  wrk -t2 -c"$connections" -d2s -s bench/web/load.lua "$url" >/dev/null   # warm up
  ( for i in $(seq "$imports"); do
      "$dealgraph" import "$(deal_file "$name" "$i")" --db "$db" >/dev/null || echo "import $i failed" >&2
      sleep "$(awk -v d="$duration" -v n="$imports" 'BEGIN { printf "%.2f", d / n / 2 }')"
    done ) &
  local importer=$!
  local result; result=$(/usr/bin/time -v -o "$work/$name.time" wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s -s bench/web/load.lua "$url" | grep '^RESULT')
  wait "$importer"
  sleep 2   # the PostgreSQL server reads the change stamp once a second
  local after; after=$(claims_seen)
  local expected=$((before + imports * claims_per_import))
  local cpu; cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$work/$name.time")
  local fivexx; fivexx=$({ grep -oE '(^|[=,])5[0-9][0-9]=[0-9]+' <<<"$result" || true; } | awk -F= '{ s += $2 } END { print s + 0 }')
  echo "| $name | ${result#RESULT } | 5xx=$fivexx | claims $before → $after (expected $expected) | wrk CPU ${cpu}s |"
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
  [[ $fivexx -eq 0 && $after -eq $expected ]] || { echo "FAILED on $name: 5xx=$fivexx, claims $after != $expected" >&2; exit 1; }
}

echo
echo "## Reads during imports"
echo "| store | wrk | 5xx | claims seen by the server | |"
echo "|---|---|---|---|---|"
run_store sqlite "$work/ledger.db"
run_store postgres "postgres://dealgraph@127.0.0.1:$pgport/ledger"

echo
echo "## PostgreSQL stopped (pg_ctl stop -m fast) at ${duration}/5 s for ${duration}/3 s during the load, then started"
serve "postgres://dealgraph@127.0.0.1:$pgport/ledger"
pid_before=$server
gap_start=$(( duration / 5 )); gap=$(( duration / 3 ))
( sleep "$gap_start"; pg_stop; echo "stopped at $(date +%T.%N | cut -c1-12)" >&2; sleep "$gap"; pg_start; echo "started at $(date +%T.%N | cut -c1-12)" >&2 ) &
faults=$!
result=$(wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s -s bench/web/load.lua "$url" | grep '^RESULT')
wait "$faults"
after=$(wrk -t2 -c"$connections" -d3s --timeout 10s -s bench/web/load.lua "$url" | grep '^RESULT')
alive=$(kill -0 "$pid_before" 2>/dev/null && echo "same process ($pid_before), no restart" || echo "SERVER GONE")
echo "| phase | wrk |"
echo "|---|---|"
echo "| with the gap | ${result#RESULT } |"
echo "| 3 s after | ${after#RESULT } |"
echo "server: $alive"
n500=$({ grep -oE '(^|[=,])500=[0-9]+' <<<"$result" || true; } | awk -F= '{ s += $2 } END { print s + 0 }')
n503=$({ grep -oE '(^|[=,])503=[0-9]+' <<<"$result" || true; } | awk -F= '{ s += $2 } END { print s + 0 }')
after_bad=$(grep -oE 'statuses=[^ ]*' <<<"$after" | tr ',' '\n' | grep -vcE '(=|^)200=' || true)
echo "503 during the gap: $n503; 500: $n500; statuses after: $(grep -oE 'statuses=[^ ]*' <<<"$after")"
[[ $n500 -eq 0 && $n503 -gt 0 && $after_bad -eq 0 && $alive == same* ]] || { echo "FAILED: fault scenario" >&2; exit 1; }
