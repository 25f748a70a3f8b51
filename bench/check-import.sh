#!/bin/sh
# Imports and evaluates 100 000 case records (module check): read CSV, map, checksum, COPY into an
# embedded PostgreSQL 17, load and evaluate the four-month rule per start month. See docs/benchmarks.md.
# Usage: bench/check-import.sh [records]   (run from the repository root)
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile
./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" se.vaksam.check.CheckBenchmark "$@"
