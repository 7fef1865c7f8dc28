#!/usr/bin/env bash
# The side-by-side performance benchmark of the workbench against its peers (issue 13): tabular
# training, image training, scoring, import, a small job end to end, start-up and the FX-thread
# stall, in one go, on data it generates itself from fixed seeds. Ends with one table (also as
# JSON with --json FILE) and exits with status 1 when a floor is missed.
#
#   modules/benchmarks/run-benchmarks.sh [--quick] [--json FILE] [--work DIR] [--only KEY,...]
#
#   --quick   fewer repeats and a smaller picture set; under 10 minutes on 2 cores (the import and
#             scoring files stay at a million rows)
#   --json    also write the table's rows as a JSON array (the row format is in docs/PERFORMANCE.md)
#   --work    keep data, projects and logs in DIR (generated data found there is reused); default a
#             new temporary folder
#   --only    run some comparisons: import, tabular, image, scoring, small-job, startup, stall
#
# Needs, besides the JDK 17 that builds the app (Debian packages):
#   time                                  /usr/bin/time -v times each command from outside
#   python3 python3-torch python3-numpy python3-pandas python3-pil
#                                         the peers, run with /usr/bin/python3
# The start-up and stall comparisons are run-startup-benchmark.sh and run-stall-benchmark.sh (they
# need a display, see their headers); they are skipped with a note when missing.
# MVN_OFFLINE=1 builds offline; WORKBENCH_JAVA_OPTS is passed to every workbench command (as the
# ./workbench launcher does) and JAVA_OPTS to the benchmark's own JVM.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
missing=()
[ -x /usr/bin/time ] || missing+=(time)
if [ -x /usr/bin/python3 ]; then
  for m in torch:python3-torch numpy:python3-numpy pandas:python3-pandas PIL:python3-pil; do
    /usr/bin/python3 -c "import ${m%%:*}" 2>/dev/null || missing+=("${m#*:}")
  done
else
  missing+=(python3 python3-torch python3-numpy python3-pandas python3-pil)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "The benchmark needs these Debian packages: apt-get install -y ${missing[*]}" >&2
  exit 2
fi
echo "Building the app and the benchmarks..." >&2
./mvnw -B -q ${MVN_OFFLINE:+-o} -pl app,modules/benchmarks -am package -DskipTests
cp="$here/target/workbench-benchmarks-0.1.0-SNAPSHOT.jar:$(cat "$here/target/classpath.txt")"
exec java ${JAVA_OPTS:-} -Dworkbench.root="$root" -cp "$cp" \
  org.modelworkbench.benchmarks.performance.PerformanceBenchmark "$@"
