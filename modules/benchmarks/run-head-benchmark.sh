#!/usr/bin/env bash
# Builds the workbench and runs the frozen-encoder (head route) accuracy benchmark: bge-small-en and
# all-MiniLM-L6-v2 with linear and MLP heads against TF-IDF on the same splits (see HeadBenchmark).
#
#   modules/benchmarks/run-head-benchmark.sh [seeds] [work folder] [reviews,debian,tickets]
#
# The debian corpus needs the long package descriptions (apt-get update -o Acquire::Languages=en).
# Text vectors are cached in the work folder: a second run encodes nothing. JAVA_OPTS goes to the JVM.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
./mvnw -B -q ${MVN_OFFLINE:+-o} -pl modules/benchmarks -am package -DskipTests
cp="$here/target/workbench-benchmarks-0.1.0-SNAPSHOT.jar:$(cat "$here/target/classpath.txt")"
exec java ${JAVA_OPTS:-} -cp "$cp" org.modelworkbench.benchmarks.text.HeadBenchmark "$@"
