#!/usr/bin/env bash
# Load test of GET /api/search with wrk, loopback only (docs/RELIABILITY.md, "Load").
#
#   scripts/load.sh                       index the 36k French corpus (once), serve it, 60 s at 64 connections
#   scripts/load.sh --soak 600            then 600 s more, sampling the server's RSS every 10 s
#   scripts/load.sh --url URL --pid PID   use a server already running at URL (RSS read from PID)
#
# Fails (exit 1) on any non-2xx answer or socket error; prints requests/s and the p50/p99 latencies.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
URL="" PID="" DURATION=60 CONNECTIONS=64 THREADS=2 SOAK=0 PORT=8099
CORPUS="${CORPUS:-$HERE/../shared/corpora/orangesum/orangesum_fr.jsonl.gz}"
INDEX="${INDEX:-$HERE/data/load-index}"

while (( $# )); do
  case "$1" in
    --url) URL="$2"; shift 2 ;;
    --pid) PID="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --soak) SOAK="$2"; shift 2 ;;
    -h|--help) sed -n 2,9p "$0"; exit 0 ;;
    *) echo "load.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done

command -v wrk >/dev/null || { echo "load.sh: needs wrk (apt-get install wrk)" >&2; exit 2; }

SERVER_PID=""
cleanup() { [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null; true; }
trap cleanup EXIT

if [[ -z "$URL" ]]; then
  if [[ ! -d "$INDEX" ]]; then
    [[ -f "$CORPUS" ]] || { echo "load.sh: corpus not found at $CORPUS (set CORPUS=...)" >&2; exit 2; }
    echo "indexing $CORPUS into $INDEX (once)"
    "$HERE/newsarchive" --index "$INDEX" index "$CORPUS"
  fi
  "$HERE/newsarchive" --index "$INDEX" serve --host 127.0.0.1 --port "$PORT" > "$INDEX.serve.log" 2>&1 &
  SERVER_PID=$!
  PID=$SERVER_PID
  URL="http://127.0.0.1:$PORT"
  for _ in $(seq 1 120); do
    curl -fs "$URL/api/search?q=mali" >/dev/null 2>&1 && break
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "load.sh: serve exited; see $INDEX.serve.log" >&2; exit 1; }
    sleep 1
  done
fi

case "$URL" in
  http://127.0.0.1[:/]*|http://localhost[:/]*|http://\[::1\][:/]*) ;;
  *) echo "load.sh: refusing $URL: loopback addresses only" >&2; exit 2 ;;
esac

# One query per request, taken in turn from a list of French news searches (syntax, phrases, prefixes, fuzzy).
LUA=$(mktemp --suffix=.lua)
trap 'rm -f "$LUA"; cleanup' EXIT
cat > "$LUA" <<'LUA'
local queries = {
  "mali", "coop%C3%A9ration%20militaire", "%22premier%20ministre%22", "%C3%A9lection*", "gouvernemant~1",
  "football%20OR%20rugby", "paris%20-psg", "title%3Agr%C3%A8ve", "covid", "banque%20centrale%20europ%C3%A9enne",
  "macron%20s%C3%A9nat", "sncf%20gr%C3%A8ve", "incendie", "tour%20de%20france", "bourse%20cac%2040", "",
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/search?q=" .. queries[(n % #queries) + 1])
end
LUA

run_wrk() { # $1 = seconds; prints wrk's report, fails on non-2xx or socket errors
  local out
  # wrk gives up on an answer after 2 s by default and counts it as a socket error; with 64 connections on two
  # cores a queue of slow answers is expected, so wait up to 10 s: an answer that never comes is still an error.
  out=$(wrk --latency --timeout 10s -t "$THREADS" -c "$CONNECTIONS" -d "${1}s" -s "$LUA" "$URL")
  echo "$out"
  if grep -qE "Non-2xx|Socket errors" <<<"$out"; then
    echo "load.sh: FAILED: errors above" >&2
    return 1
  fi
  echo "p99 $(awk '$1 == "99%" {print $2}' <<<"$out")  requests/s $(awk '/Requests\/sec/ {print $2}' <<<"$out")"
}

rss_kb() { [[ -n "$PID" ]] && ps -o rss= -p "$PID" | tr -d ' ' || echo "?"; }

echo "== $DURATION s, $CONNECTIONS connections, $THREADS threads against $URL (RSS $(rss_kb) kB)"
run_wrk "$DURATION"

if (( SOAK > 0 )); then
  echo "== soak: $SOAK s, RSS every 10 s"
  first=$(rss_kb)
  ( for _ in $(seq 10 10 "$SOAK"); do sleep 10; echo "rss_kb $(date +%s) $(rss_kb)"; done ) &
  SAMPLER=$!
  run_wrk "$SOAK"
  wait "$SAMPLER" || true
  echo "RSS first ${first} kB, last $(rss_kb) kB"
fi
