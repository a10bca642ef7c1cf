#!/usr/bin/env bash
# Event latency benchmark (not a test): member registered (201 at the gateway) → points account opened, median
# and p99 over a few hundred registrations, on the system-test platform. Writes docs/benchmarks.md.
#
#   deploy/bench/event-latency.sh [REGISTRATIONS]     (default 300)
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
cd "$ROOT"
deploy/local/platform test-infra up
./mvnw -B -q install -DskipTests
./mvnw -B -pl system-tests verify -Dit.test=EventLatencyBenchmark -Dbench.registrations="${1:-300}" -Dfailsafe.failIfNoSpecifiedTests=false
