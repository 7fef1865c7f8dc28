#!/usr/bin/env bash
# Writes the generated support tickets of resources/samples (see TicketSample and TicketCorpus):
# a free-text body, product, channel, priority and one of 9 categories, two of them rare.
#
#   modules/benchmarks/make-tickets-sample.sh OUT.csv [rows] [seed]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
cd "$root"
./mvnw -B -q ${MVN_OFFLINE:+-o} -pl modules/benchmarks -am package -DskipTests
cp="$here/target/workbench-benchmarks-0.1.0-SNAPSHOT.jar:$(cat "$here/target/classpath.txt")"
exec java -cp "$cp" org.modelworkbench.benchmarks.text.TicketSample "$out" "$@"
