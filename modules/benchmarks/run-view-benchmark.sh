#!/usr/bin/env bash
# Builds the workbench and runs the browsing benchmark on a million rows: sorting and filtering
# the dataset view, and the first data-quality check of the Quality tab (see ViewBenchmark).
#
#   modules/benchmarks/run-view-benchmark.sh [rows] [work folder] [repeats] [sort|quality|all]
#
# The imported project is kept in <work folder>/view-project for later runs. JAVA_OPTS is passed
# to the benchmark JVM.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
./mvnw -B -q ${MVN_OFFLINE:+-o} -pl modules/benchmarks -am package -DskipTests
cp="$here/target/workbench-benchmarks-0.1.0-SNAPSHOT.jar:$(cat "$here/target/classpath.txt")"
exec java ${JAVA_OPTS:-} -cp "$cp" org.modelworkbench.benchmarks.ViewBenchmark "$@"
