#!/usr/bin/env bash
# Benchmark of the documents (module report): renders the annual internal-control report of a plan with
# 30 items and 20 result tables (≥ 40 pages) as PDF and DOCX repeatedly in one JVM and prints median
# times, page count and peak heap. Not a test: results go into docs/benchmarks.md by hand.
#   bench/report.sh [warm-up runs] [timed runs]      (default 3 and 7)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile
./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx1g -Djava.awt.headless=true \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  se.vaksam.report.ReportBenchmark "${1:-3}" "${2:-7}"
