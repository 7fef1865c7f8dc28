#!/usr/bin/env bash
# Builds the workbench and runs the text fine-tuning benchmark end to end on the user's path: the
# split is written as CSV, imported with the `workbench` command line into a fresh project, trained
# with --model tfidf and with full fine-tuning of each --bases encoder, and the test file scored
# with `workbench predict` (cross-checked with `evaluate`). Each call runs under /usr/bin/time -v
# (wall time, peak resident memory). The scikit-learn TF-IDF + LogisticRegression peer runs on the
# same split. See FineTuneBenchmark and docs/benchmarks/text-fine-tuning-accuracy.md.
#
#   modules/benchmarks/run-text-finetune-benchmark.sh [--corpora reviews,debian] [--train 4000] \
#       [--test 1000] [--epochs 2] [--bases bge-small-en-v1.5,all-minilm-l6-v2|none] [--work DIR] \
#       [--seed 1000] [--batch-size N] [--max-tokens N] [--threads N] [--java-opts '-Xmx2g']
#   # a smoke run: --train 300 --test 100 --epochs 1 --bases all-minilm-l6-v2 --corpora reviews
#
# Exits 1 when the TF-IDF route is below the peer, a fine-tuned model does not beat it, or a peak
# resident memory exceeds 3 GiB; 3 when a command fails. Needs /usr/bin/python3 with scikit-learn
# (apt-get install -y python3-sklearn) and /usr/bin/time (apt-get install -y time). The Debian
# corpus needs the long package descriptions (apt-get update -o Acquire::Languages=en); without
# them it is skipped. Set MVN_OFFLINE=1 to build offline.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
# The app's jar for the command line, and this module's jar and class path for the driver.
./mvnw -B -q ${MVN_OFFLINE:+-o} -pl app,modules/benchmarks -am package -DskipTests
cp="$here/target/workbench-benchmarks-0.1.0-SNAPSHOT.jar:$(cat "$here/target/classpath.txt")"
exec java ${JAVA_OPTS:-} -Dworkbench.root="$root" -cp "$cp" org.modelworkbench.benchmarks.text.FineTuneBenchmark "$@"
