#!/usr/bin/env bash
# The deviation list and statistics with 1 000 000 deviations (issue 6): loads them into a fresh embedded
# PostgreSQL migrated by Flyway and times the module's own queries (p50/p95/max over 200 runs each).
#   bench/deviations.sh                 # 1 000 000 rows, 200 runs per case
#   ROWS=100000 RUNS=50 bench/deviations.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile
./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
java -Xmx1g -Drows="${ROWS:-1000000}" -Druns="${RUNS:-200}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" se.vaksam.deviation.DeviationBenchmark
