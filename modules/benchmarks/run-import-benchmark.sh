#!/usr/bin/env bash
# Builds the workbench and runs the million-row import benchmark: our import against
# pandas.read_csv and H2's CSVREAD on the same generated file. Exits non-zero when a target is missed.
#
#   modules/benchmarks/run-import-benchmark.sh [rows] [work folder]
#
# Needs /usr/bin/python3 with pandas for the pandas baseline (apt-get install -y python3-pandas);
# without it that comparison is skipped with a message. JAVA_OPTS is passed to the benchmark JVM.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
./mvnw -B -q ${MVN_OFFLINE:+-o} -pl modules/benchmarks -am package -DskipTests
cp="$here/target/workbench-benchmarks-0.1.0-SNAPSHOT.jar:$(cat "$here/target/classpath.txt")"
exec java ${JAVA_OPTS:-} -cp "$cp" org.modelworkbench.benchmarks.ImportBenchmark "$@"
