#!/usr/bin/env bash
# Moral-bank benchmarks (not tests): against the local platform on 127.0.0.1 (deploy/local/platform up), they stop
# by themselves and print their figures for docs/benchmarks.md.
#   1. attendance → credited balance: activity.attendance-confirmed.v1 events written to dangjian.activities through
#      the real broker, latency from each event's publication to its journal entry being booked (activity-service does
#      not publish confirmations yet, so the clock starts at publication, not at the organiser's confirmation);
#   2. 1,000 concurrent redemptions through the gateway against one reward and a few accounts: throughput, then stock,
#      balances and GET /api/points/ledger/consistency (drift must be 0, nothing oversold).
#
#   deploy/bench/points.sh [EVENTS] [REDEMPTIONS]     (defaults 300 and 1000)
set -euo pipefail
HERE=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
# shellcheck source=../local/lib.sh
source "$HERE/../local/lib.sh"
dj_instance platform
export BENCH_KAFKA_CP="$DJ_KAFKA_LIB/*"
export BENCH_GATEWAY=${GATEWAY_URL:-http://127.0.0.1:8080}
export BENCH_KEYCLOAK=${KEYCLOAK_URL:-$DJ_KC_URL}
export BENCH_KAFKA=${KAFKA_BOOTSTRAP:-$DJ_KAFKA_BOOTSTRAP}
export BENCH_DB=${BENCH_DB:-dangjian_points} BENCH_DB_USER=${BENCH_DB_USER:-$DJ_DB_USER} BENCH_DB_PASSWORD=${BENCH_DB_PASSWORD:-$DJ_DB_PASSWORD}
for url in "$BENCH_GATEWAY" "$BENCH_KEYCLOAK"; do
  case $url in http://127.0.0.1:*|http://localhost:*) ;; *) echo "[!!] benchmarks talk to 127.0.0.1 only, not $url" >&2; exit 1 ;; esac
done
exec timeout 900 python3 "$HERE/points_bench.py" "${1:-300}" "${2:-1000}"
