#!/usr/bin/env bash
# Throughput of GET /api/deals on the bundled example against a static file of the same size,
# served by the same `dealgraph serve` process on loopback, measured by wrk in one run.
# Usage: bench/web/run.sh [DURATION_SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-10}
connections=${2:-32}
port=5099
url="http://127.0.0.1:$port"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
dotnet build src/Dealgraph.Cli -c Release --nologo -v quiet >/dev/null
dealgraph=src/Dealgraph.Cli/bin/Release/net10.0/dealgraph

work=$(mktemp -d)
server=""
cleanup() { [[ -n $server ]] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

"$dealgraph" demo --db "$work/dealgraph.db" >/dev/null
mkdir "$work/files"
"$dealgraph" deals --db "$work/dealgraph.db" --format json >"$work/files/deals.json"
"$dealgraph" serve --db "$work/dealgraph.db" --urls "$url" --files "$work/files" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 50); do curl -fsS "$url/api/deals" -o /dev/null 2>/dev/null && break; sleep 0.2; done

api_bytes=$(curl -fsS "$url/api/deals" | wc -c)
static_bytes=$(curl -fsS "$url/files/deals.json" | wc -c)
if [[ $api_bytes -ne $static_bytes ]]; then
  echo "size mismatch: api $api_bytes bytes, static $static_bytes bytes" >&2
  exit 1
fi

run() { # warm up, then measure; prints requests per second
  wrk -t2 -c"$connections" -d2s "$1" >/dev/null
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$1" | tee "$work/wrk.txt" >&2
  awk '/Requests\/sec/ {print $2}' "$work/wrk.txt"
}
echo "== static file $url/files/deals.json ($static_bytes bytes)" >&2
static=$(run "$url/files/deals.json")
echo "== API $url/api/deals ($api_bytes bytes)" >&2
api=$(run "$url/api/deals")
ratio=$(awk -v a="$api" -v s="$static" 'BEGIN { printf "%.2f", a / s }')

cat <<OUT
| what | bytes | requests/s |
|---|---|---|
| static file (same server, StaticFileMiddleware) | $static_bytes | $static |
| GET /api/deals | $api_bytes | $api |
| **ratio API / static** | | **$ratio** (target ≥ 0.33) |
OUT
awk -v r="$ratio" 'BEGIN { exit !(r >= 0.33) }' || { echo "below target: $ratio < 0.33" >&2; exit 1; }
