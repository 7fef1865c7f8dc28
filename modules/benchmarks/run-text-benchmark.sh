#!/usr/bin/env bash
# Builds the workbench and runs the TF-IDF text benchmark: the workbench's TF-IDF classifier
# against scikit-learn's TfidfVectorizer + LogisticRegression on the same splits of generated
# reviews, generated tickets and real Debian package descriptions (see TextBenchmark).
# Exits non-zero when ours is less accurate than the peer on a corpus.
#
#   modules/benchmarks/run-text-benchmark.sh [seeds] [work folder] [reviews,tickets,debian]
#
# Needs /usr/bin/python3 with scikit-learn (apt-get install -y python3-sklearn). The Debian corpus
# needs the long package descriptions (apt-get update -o Acquire::Languages=en); without them it is
# skipped with a message. JAVA_OPTS is passed to the benchmark JVM.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
./mvnw -B -q ${MVN_OFFLINE:+-o} -pl modules/benchmarks -am package -DskipTests
cp="$here/target/workbench-benchmarks-0.1.0-SNAPSHOT.jar:$(cat "$here/target/classpath.txt")"
exec java ${JAVA_OPTS:-} -cp "$cp" org.modelworkbench.benchmarks.text.TextBenchmark "$@"
