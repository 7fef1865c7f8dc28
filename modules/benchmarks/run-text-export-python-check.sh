#!/usr/bin/env bash
# Checks that a fine-tuned text model exported by the workbench is a Hugging Face
# BertForSequenceClassification folder that Python scores with the same probabilities.
#
#   modules/benchmarks/run-text-export-python-check.sh [work folder]
#
# In a temporary project (HOME and user.home inside the work folder), it writes 80 labelled review
# sentences, imports them, fine-tunes a built-in encoder (route text-full), exports the model with
# `workbench export-model`, scores texts (plain reviews and tricky ones: accents, punctuation,
# Chinese, odd whitespace, emoji, literal special tokens, empty, very long) with `workbench
# predict`, and scores the same texts with python/bert_sequence_classifier.py, a plain
# Python + torch reading of the exported folder (its own safetensors reader, WordPiece tokenizer
# and BertForSequenceClassification forward pass). It also compares that tokenizer's ids with the
# workbench's (TokenIds, through the tokenizers library the workbench uses).
#
# Prints the largest probability difference and whether the predicted labels agree; exits 1 when
# the difference exceeds 1e-4, a label or a token id differs. Needs /usr/bin/python3 with
# python3-torch and python3-numpy (Debian). Settings: BASE (default all-minilm-l6-v2), EPOCHS (1),
# MAX_TOKENS (64); MVN_OFFLINE=1 builds offline. HF_PYTHON, a Python with transformers (torch
# >= 2.5), tokenizers and safetensors, adds python/hf_reference.py (the Hugging Face libraries
# themselves) as a second reference.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${1:-$(mktemp -d /tmp/text-export-python.XXXXXX)}"
base="${BASE:-all-minilm-l6-v2}"
epochs="${EPOCHS:-1}"
max_tokens="${MAX_TOKENS:-64}"
py=/usr/bin/python3
mkdir -p "$work/home"
work="$(cd "$work" && pwd)"
# Never the real home: the project, caches and JavaFX's files go under the work folder.
export HOME="$work/home"
export WORKBENCH_JAVA_OPTS="-Duser.home=$work/home ${WORKBENCH_JAVA_OPTS:-}"
export DJL_CACHE_DIR="$work/home/djl" ENGINE_CACHE_DIR="$work/home/djl"
project="$work/project"
wb() { "$root/workbench" --project="$project" "$@"; }

"$py" -c 'import torch, numpy' || { echo "needs $py with torch and numpy (apt-get install python3-torch)"; exit 2; }

echo "== build (only when sources changed)"
wb --version
(cd "$root" && ./mvnw -B -q ${MVN_OFFLINE:+-o} -pl modules/benchmarks -am package -DskipTests)
bench_cp="$here/target/workbench-benchmarks-0.1.0-SNAPSHOT.jar:$(cat "$here/target/classpath.txt")"

echo "== data in $work"
"$py" - "$work" <<'EOF'
import csv, json, random, sys
work = sys.argv[1]
random.seed(7)
subjects = ["The blender", "This kettle", "The headphones", "My new chair", "The backpack",
            "This lamp", "The keyboard", "The coffee maker"]
good = ["works perfectly and feels solid", "is wonderful, I love it", "exceeded every expectation",
        "is fantastic value for money", "arrived early and works great"]
good_end = ["Highly recommended!", "Five stars.", "Would buy again.", "My family loves it too.",
            "Best purchase this year."]
bad = ["broke after two days", "is a complete waste of money", "stopped working within a week",
       "arrived damaged and cracked", "is noisy, cheap and flimsy"]
bad_end = ["Avoid it.", "One star.", "I want a refund.", "Terrible support as well.", "Never again."]
rows = []
for _ in range(40):
    rows.append((f"{random.choice(subjects)} {random.choice(good)}. {random.choice(good_end)}", "positive"))
    rows.append((f"{random.choice(subjects)} {random.choice(bad)}. {random.choice(bad_end)}", "negative"))
with open(f"{work}/reviews.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["text", "label"])
    w.writerows(rows)
texts = [
    "This lamp is wonderful, I love it. Highly recommended!",
    "The keyboard broke after two days. Never again.",
    "The coffee maker arrived damaged and cracked. I want a refund.",
    "My new chair exceeded every expectation. Five stars.",
    "The headphones are okay, I suppose, but the backpack is cheap.",
    "Crème brûlée café naïve résumé Ångström ÉCOLE",
    "Hello!!! What?? (yes) [no] {maybe} $5.99 + 10% = ~a^b|c`d'e\"f -- end...",
    "这个产品非常好，我很喜欢。质量不错！",
    "Mixed 中文 and English: 好的 product, 3 stars.",
    "ΟΔΟΣ Σίσυφος ΣΑΣ straße İstanbul ǅemal ﬁne",
    "tabs\tand\nnewlines\r\nand\u00a0nbsp\u2003em-space\u200bzero-width\u00adsoft-hyphen",
    "emoji 😀👍🏽 and symbols © ® ™ € £ ¥ § ¶ • … “quotes” ‘single’ «guillemets» — dash",
    "supercalifragilisticexpialidocious antidisestablishmentarianism " + "a" * 120,
    "[CLS] literal special tokens [SEP] and [MASK] and [UNK] inside",
    "",
    "   ",
    " ".join(["The blender is fantastic value for money and works perfectly."] * 30),
]
with open(f"{work}/score.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["text"])
    w.writerows([t] for t in texts)
with open(f"{work}/texts.json", "w", encoding="utf-8") as f:
    json.dump(texts, f)
EOF

echo "== import, train, export, predict"
wb import "$work/reviews.csv" --name reviews --types text=text
wb train --dataset reviews --target label --base "$base" --epochs "$epochs" \
  --max-tokens "$max_tokens" --json > "$work/train.json"
run_id="$("$py" -c 'import json,sys; print(json.load(open(sys.argv[1]))["runId"])' "$work/train.json")"
model="$("$py" -c 'import json,sys; print(json.load(open(sys.argv[1]))["modelName"])' "$work/train.json")"
route="$("$py" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("route"))' "$work/train.json")"
echo "run $run_id, model $model, route $route"
rm -rf "$work/export"
wb export-model "$model" --out "$work/export"
ls -l "$work/export"
wb predict --run "$run_id" --input "$work/score.csv" --out "$work/workbench-predictions.csv"

echo "== workbench tokenizer ids"
java -cp "$bench_cp" org.modelworkbench.benchmarks.text.TokenIds "$work/export/tokenizer.json" \
  "$max_tokens" "$work/texts.json" "$work/workbench-ids.json" >"$work/token-ids.log" 2>&1

echo "== python"
# The texts exactly as the workbench read and scored them (its output repeats the input columns).
"$py" - "$work" <<'EOF'
import csv, sys
work = sys.argv[1]
with open(f"{work}/workbench-predictions.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
with open(f"{work}/scored-texts.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["text"])
    w.writerows([r["text"]] for r in rows)
EOF
start=$(date +%s%N)
"$py" "$here/python/bert_sequence_classifier.py" "$work/export" "$work/scored-texts.csv" text "$work/python-scores.json"
"$py" "$here/python/bert_sequence_classifier.py" "$work/export" "$work/score.csv" text "$work/python-ids.json" --ids-only
echo "python scoring took $(( ($(date +%s%N) - start) / 1000000 )) ms"

if [ -n "${HF_PYTHON:-}" ]; then
  echo "== Hugging Face transformers ($HF_PYTHON)"
  export HF_HUB_OFFLINE=1 TRANSFORMERS_VERBOSITY=error HF_HUB_DISABLE_PROGRESS_BARS=1
  "$HF_PYTHON" "$here/python/hf_reference.py" "$work/export" "$work/scored-texts.csv" text "$work/hf-scores.json"
  "$HF_PYTHON" "$here/python/hf_reference.py" "$work/export" "$work/score.csv" text "$work/hf-ids.json"
fi

echo "== compare"
"$py" - "$work" "$base" "$max_tokens" <<'EOF'
import csv, json, os, sys
work, base, max_tokens = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(f"{work}/workbench-predictions.csv", newline="", encoding="utf-8") as f:
    wb = list(csv.DictReader(f))
with open(f"{work}/score.csv", newline="", encoding="utf-8") as f:
    asked = sum(1 for _ in csv.DictReader(f))
java_ids = json.load(open(f"{work}/workbench-ids.json"))
texts = json.load(open(f"{work}/texts.json", encoding="utf-8"))
print(f"base {base}, max tokens {max_tokens}; texts asked {asked}, scored by the workbench {len(wb)}")
if len(wb) != asked:
    print(f"note: the workbench wrote {len(wb)} predictions for {asked} input rows")
ok = True
sides = [("plain python", "python-scores.json", "python-ids.json"),
         ("transformers", "hf-scores.json", "hf-ids.json")]
for side, scores_file, ids_file in sides:
    if not os.path.exists(f"{work}/{scores_file}"):
        continue
    py = json.load(open(f"{work}/{scores_file}", encoding="utf-8"))
    labels = py["labels"]
    assert len(wb) == len(py["probabilities"])
    worst, worst_row, disagree = 0.0, -1, 0
    for i, (row, p) in enumerate(zip(wb, py["probabilities"])):
        for label, q in zip(labels, p):
            d = abs(float(row["probability_" + label]) - q)
            if d > worst:
                worst, worst_row = d, i
        if labels[max(range(len(p)), key=p.__getitem__)] != row["prediction"]:
            disagree += 1
    python_ids = json.load(open(f"{work}/{ids_file}"))["ids"]
    id_mismatch = [i for i, (a, b) in enumerate(zip(java_ids, python_ids)) if a != b]
    print(f"-- workbench vs {side} {py.get('versions', '')}")
    print(f"token limit read from the folder: {py['max_tokens']}")
    print(f"max |p_workbench - p_{side.replace(' ', '_')}| = {worst:.3g} (row {worst_row})")
    print(f"predicted labels agree: {len(wb) - disagree}/{len(wb)}")
    print(f"token ids identical: {len(texts) - len(id_mismatch)}/{len(texts)} texts, "
          f"{sum(len(x) for x in python_ids)} tokens; longest {max(len(x) for x in python_ids)}")
    print(f"model.safetensors: {py['tensors']} tensors, metadata {py['safetensors_metadata']}; "
          f"not used by the forward pass: {py['unused_weights'] or 'none'}")
    for i in id_mismatch:
        print(f"  ids differ on {texts[i]!r}:\n    workbench {java_ids[i]}\n    {side} {python_ids[i]}")
    ok = ok and worst <= 1e-4 and disagree == 0 and not id_mismatch
print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
EOF
