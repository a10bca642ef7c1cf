#!/usr/bin/env bash
# Start-up benchmark (not a test): how fast each app is ready when started alone, how much memory it settles
# at, and how long the whole platform takes to come up. Writes the figures, the machine and the settings into
# docs/benchmarks.md (section "Start-up"). Needs the build done; fetches nothing it has not cached.
#
#   deploy/bench/startup.sh [ROUNDS]      (default 3; each app is started alone ROUNDS times)
set -euo pipefail
HERE=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
# shellcheck source=../local/lib.sh
source "$HERE/../local/lib.sh"
ROUNDS=${1:-3}
SETTLE=${SETTLE_SECONDS:-10}
OUT=$DJ_ROOT/docs/benchmarks.md
PLATFORM=$DJ_ROOT/deploy/local/platform

ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

"$PLATFORM" down >/dev/null 2>&1 || true
dj_instance platform
dj_apps_need_build && { echo "build first: ./mvnw -q install -DskipTests"; exit 1; }
"$PLATFORM" up --infra-only

declare -A READY STARTED RSS
for app in "${DJ_APPS[@]}"; do
  ready=() started=() rss=()
  for ((r = 1; r <= ROUNDS; r++)); do
    t0=$(ms)
    dj_app_start "$app" >/dev/null
    until dj_http_ok "http://127.0.0.1:$(dj_app_port "$app")/q/health/ready"; do sleep 0.05; done
    ready+=($(( $(ms) - t0 )))
    started+=("$(grep -oE 'started in [0-9.]+s' "$DJ_LOGS/$app.log" | tail -1 | grep -oE '[0-9.]+' | awk '{print int($1*1000)}')")
    sleep "$SETTLE"
    rss+=("$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$(dj_pid "$app")/status")")
    dj_stop "$app" >/dev/null
  done
  READY[$app]=$(printf '%s\n' "${ready[@]}" | median)
  STARTED[$app]=$(printf '%s\n' "${started[@]}" | median)
  RSS[$app]=$(printf '%s\n' "${rss[@]}" | median)
  echo "$app: ready ${READY[$app]} ms (Quarkus: ${STARTED[$app]} ms), RSS ${RSS[$app]} MB"
done

"$PLATFORM" down >/dev/null
t0=$(ms)
"$PLATFORM" up --no-build >/tmp/dangjian-bench-up.log 2>&1
WHOLE=$(( ($(ms) - t0) / 100 ))
WHOLE="$((WHOLE / 10)).$((WHOLE % 10))"
TOTAL_RSS=0
for part in kafka keycloak "${DJ_APPS[@]}"; do
  TOTAL_RSS=$(( TOTAL_RSS + $(awk '/VmRSS/ {print int($2/1024)}' "/proc/$(dj_pid "$part")/status") ))
done
"$PLATFORM" down >/dev/null
echo "whole platform: up in $WHOLE s (downloads cached, build done, demo data loaded), $TOTAL_RSS MB RSS in all"

{
  echo "## Start-up"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`deploy/bench/startup.sh $ROUNDS\` on $(nproc) cores"
  echo "($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB,"
  echo "$(java -version 2>&1 | head -1), app JVM settings \`$APP_JAVA_OPTS\`. Each app started alone (PostgreSQL,"
  echo "Kafka and Keycloak running), median of $ROUNDS starts; RSS read ${SETTLE} s after readiness."
  echo
  echo "| app | ready (launch → /q/health/ready 200) | Quarkus \"started in\" | RSS settled |"
  echo "|---|---|---|---|"
  for app in "${DJ_APPS[@]}"; do
    echo "| $app | ${READY[$app]} ms | ${STARTED[$app]} ms | ${RSS[$app]} MB |"
  done
  echo
  echo "Whole platform (\`deploy/local/platform up --no-build\` after \`down\`, downloads cached, build done, demo"
  echo "data loaded): **$WHOLE s**; all parts together (Kafka, Keycloak, five apps) $TOTAL_RSS MB RSS."
  echo
} >/tmp/dangjian-bench-startup.md

python3 - "$OUT" /tmp/dangjian-bench-startup.md <<'PY'
import re, sys, pathlib
out, section = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]).read_text()
text = out.read_text() if out.exists() else "# Benchmarks\n\nFigures, not tests: no test fails on a timing. Each section says how it was measured.\n\n"
text = re.sub(r"## Start-up\n.*?(?=\n## |\Z)", "", text, flags=re.S).rstrip() + "\n\n" + section
out.write_text(text)
PY
echo "written to $OUT"
