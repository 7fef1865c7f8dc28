#!/usr/bin/env bash
# Usage: route-metrics.sh LABEL JAR (needs $M/digits59, a folder of digits 5-9 per class, and $M/tiny, a SavedModel with a train signature); trains every route with seeds 1 and 2 on the sample data, prints TSV.
set -uo pipefail
LABEL=$1; JAR=$2
M="$(realpath -m "${METRICS_DIR:-target/route-metrics}")"; ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
HOMEDIR=$M/home
mkdir -p "$HOMEDIR"
export HOME=$HOMEDIR OPT_OUT_TRACKING=true TF_CPP_MIN_LOG_LEVEL=2
unset XDG_CACHE_HOME XDG_STATE_HOME XDG_CONFIG_HOME XDG_DATA_HOME
wb() { java -Duser.home=$HOMEDIR -Dai.djl.offline=true -DDJL_CACHE_DIR=$M/djl-cache \
  -Dai.djl.pytorch.num_threads=1 -Dai.djl.pytorch.num_interop_threads=1 -jar "$JAR" --project "$P" "$@"; }
P=$M/proj-$LABEL
rm -rf "$P"
S=$ROOT/resources/samples
R=$ROOT/modules/ml/src/test/resources
wb import $S/iris.csv --name iris >/dev/null 2>&1
wb import $S/diabetes.csv --name diabetes >/dev/null 2>&1
wb import $R/digits --name digits >/dev/null 2>&1
wb import $M/digits59 --name digits59 >/dev/null 2>&1
wb import-model $R/models/digits04_backbone.pt --name backbone --input-shape 1,16,16 >/dev/null 2>&1
wb import-model $M/tiny --name tiny >/dev/null 2>&1
metric() { python3 -c 'import json,sys
d=json.load(sys.stdin); m=d.get("metrics") or {}
v=m.get("accuracy", m.get("rmse"))
print(d.get("status"), v, d.get("runId"))'; }
for seed in 1 2; do
  for spec in \
    "tabular-mlp-iris|--dataset iris --target target" \
    "tabular-linear-iris|--dataset iris --target target --model linear" \
    "tabular-mlp-diabetes-rmse|--dataset diabetes --target target" \
    "image-cnn-digits200|--dataset digits --target class --model cnn --epochs 10" \
    "image-torchscript-digits200|--dataset digits --target class --base backbone --epochs 10 --freeze-epochs 2" \
    "savedmodel-full-digits59|--dataset digits59 --target class --base tiny --strategy full --epochs 30 --batch-size 8 --patience 10" \
    "savedmodel-head-digits59|--dataset digits59 --target class --base tiny --strategy head --epochs 60 --learning-rate 0.01"; do
    name=${spec%%|*}; args=${spec#*|}
    out=$(wb train $args --seed $seed --device cpu --threads 1 --json 2>$M/err-$LABEL-$name-$seed.txt | metric)
    printf '%s\t%s\t%s\t%s\n' "$LABEL" "$name" "$seed" "$out"
  done
done
