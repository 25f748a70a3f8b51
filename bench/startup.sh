#!/usr/bin/env bash
# Starts the packaged Vaksam jar on the embedded PostgreSQL and exits as soon as
# /actuator/health/readiness answers UP, then stops it. Used to measure start-up time.
#   bench/startup.sh cold   # fresh data folder: initdb, Flyway migrations, demo data
#   bench/startup.sh warm   # existing data folder (run cold once first)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-warm}"
data=target/bench-data
port="${BENCH_PORT:-18080}"
if [ "$mode" = cold ]; then rm -rf "$data"; fi
jar=$(ls target/vaksam-*.jar | grep -v original | head -1)
java -jar "$jar" --server.port="$port" --vaksam.embedded.data-dir="$data/pg" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "Vaksam exited before it was ready" >&2; exit 1; }
  sleep 0.1
done
