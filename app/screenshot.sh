#!/usr/bin/env bash
# Takes a screenshot of the desktop window for the documentation.
#
#   app/screenshot.sh [VIEW] [OUTPUT.png]
#
# VIEW is what the window shows: run (default: the newest completed run), dataset, row (the rows with
# the third selected: a text dataset shows its text in full below them), sorted (the rows
# sorted by the second column), filtered (also filtered by WORKBENCH_SCREENSHOT_FILTER=column=text),
# quality (the Quality tab), runs, welcome (a first start's welcome panel, once its example run
# trained: give WORKBENCH_SCREENSHOT_PROJECT an empty folder that -Dworkbench.sampleProject also
# names), opening (the window while its project still opens), models (the model library with the built-in text encoders), compare, train (the Train model dialog), model (the first imported
# model's page), cell (the newest run with a mistaken confusion-matrix cell clicked), monitor (a run
# training live), images (the Images tab of a folder of pictures per class, on its own demo project:
# the digits pictures, or WORKBENCH_SCREENSHOT_IMAGES=folder, plus two damaged files) or preview (the
# larger preview of its first picture). OUTPUT defaults to
# docs/screenshot.png. WORKBENCH_SCREENSHOT_MODEL=NAME picks the model of the model view,
# WORKBENCH_SCREENSHOT_RUN=ID the run of the run and cell views, WORKBENCH_SCREENSHOT_DATASET=NAME the dataset of the
# dataset, row, columns, quality, train and monitor views (default: the first),
# WORKBENCH_SCREENSHOT_COLUMN=N the column (from 0) the columns view picks (default 3), and WORKBENCH_SCREENSHOT_BASE=NAME
# opens the train and monitor views as a fine-tune of that base model. The window runs under Xvfb on a demo project that this script prepares once
# with the command line (import the samples, train two runs). The window is the real app started by
# a launcher of the test sources (org.modelworkbench.app.desktop.ScreenshotLauncher, built here with
# Maven and run on the app's test classpath): it shows the view, snapshots its own scene and quits,
# so the product itself holds no screenshot code. Extra Java options go in WORKBENCH_JAVA_OPTS. Nothing
# in your home folder is touched except JavaFX's native cache (~/.openjfx).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VIEW="${1:-run}"
OUT="${2:-$ROOT/docs/screenshot.png}"
SIZE="${WORKBENCH_SCREEN:-1280x800}"
if [ "$VIEW" = images ] || [ "$VIEW" = preview ]; then
  PROJECT="${WORKBENCH_SCREENSHOT_PROJECT:-$ROOT/app/target/screenshot/Quality control}"
else
  PROJECT="${WORKBENCH_SCREENSHOT_PROJECT:-$ROOT/app/target/screenshot/Tumour screening}"
fi

missing=()
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v xauth >/dev/null 2>&1 || missing+=(xauth)
ldconfig -p 2>/dev/null | grep 'libgtk-3.so.0' >/dev/null || missing+=(libgtk-3-0)
ldconfig -p 2>/dev/null | grep 'libGL.so.1' >/dev/null || missing+=(libgl1)
ldconfig -p 2>/dev/null | grep 'libXtst.so.6' >/dev/null || missing+=(libxtst6)
if [ ${#missing[@]} -gt 0 ]; then
  echo "The screenshot needs a virtual display and GTK. Install them first, for example:" >&2
  echo "  sudo apt-get install -y ${missing[*]} imagemagick" >&2
  exit 1
fi

if { [ "$VIEW" = images ] || [ "$VIEW" = preview ]; } && [ ! -d "$PROJECT" ]; then
  echo "Preparing the picture demo project in $PROJECT ..." >&2
  IMAGES="${WORKBENCH_SCREENSHOT_IMAGES:-$ROOT/modules/ml/src/test/resources/images/digits}"
  WORK="$(mktemp -d)"
  FOLDER="$WORK/$(basename "$IMAGES")"
  cp -r "$IMAGES" "$FOLDER"
  # Two damaged files, as a real folder often has: one cut short, one empty.
  FIRST_CLASS="$(find "$FOLDER" -mindepth 1 -maxdepth 1 -type d | sort | head -1)"
  LAST_CLASS="$(find "$FOLDER" -mindepth 1 -maxdepth 1 -type d | sort | tail -1)"
  head -c 40 "$(find "$FIRST_CLASS" -type f -name '*.png' | sort | head -1)" > "$FIRST_CLASS/scan_cut_short.png"
  : > "$LAST_CLASS/scan_empty.png"
  "$ROOT/workbench" --project "$PROJECT" import "$FOLDER" >/dev/null
  rm -rf "$WORK"
fi
if [ ! -d "$PROJECT" ]; then
  echo "Preparing the demo project in $PROJECT ..." >&2
  for sample in breast_cancer diabetes iris penguins support_tickets wine; do
    "$ROOT/workbench" --project "$PROJECT" import "$ROOT/resources/samples/$sample.csv" >/dev/null
  done
  "$ROOT/workbench" --project "$PROJECT" train --dataset breast_cancer --target target --epochs 60 \
    --learning-rate 0.003 --seed 7 >/dev/null 2>&1
  "$ROOT/workbench" --project "$PROJECT" train --dataset breast_cancer --target target --epochs 60 \
    --learning-rate 0.01 --batch-size 16 --seed 7 >/dev/null 2>&1
fi

# The launcher lives in the test sources: build the main and test classes (offline when Maven's
# cache holds everything, as after a first build) and list the app's test classpath.
CLASSPATH_FILE="$ROOT/app/target/screenshot-classpath.txt"
build_launcher() {
  (cd "$ROOT" && ./mvnw -q -B -ntp "$@" -pl app -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/screenshot-classpath.txt) >&2
}
build_launcher -o || build_launcher
CLASSPATH="$ROOT/app/target/test-classes:$ROOT/app/target/classes:$(cat "$CLASSPATH_FILE")"

DISPLAY_NUMBER=99
while [ -e "/tmp/.X${DISPLAY_NUMBER}-lock" ]; do DISPLAY_NUMBER=$((DISPLAY_NUMBER + 1)); done
WIDTH="${SIZE%x*}"
HEIGHT="${SIZE#*x}"
Xvfb ":$DISPLAY_NUMBER" -screen 0 "$((WIDTH + 200))x$((HEIGHT + 200))x24" -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
trap 'kill "$XVFB_PID" 2>/dev/null || true' EXIT
sleep 1

mkdir -p "$(dirname "$OUT")"
rm -f "$OUT"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# As the workbench launcher: nothing probes the network, and TensorFlow's start-up notes stay quiet.
export OPT_OUT_TRACKING=true
export TF_CPP_MIN_LOG_LEVEL="${TF_CPP_MIN_LOG_LEVEL:-2}"
# shellcheck disable=SC2086 # WORKBENCH_JAVA_OPTS holds several options
DISPLAY=":$DISPLAY_NUMBER" timeout 180 "$JAVA" \
  -Dai.djl.offline=true \
  -Dworkbench.samples="$ROOT/resources/samples" \
  -Dworkbench.screenshot="$OUT" -Dworkbench.screenshot.view="$VIEW" \
  -Dworkbench.window="$SIZE" -Dprism.order=sw \
  ${WORKBENCH_SCREENSHOT_WAIT:+-Dworkbench.screenshot.wait="$WORKBENCH_SCREENSHOT_WAIT"} \
  ${WORKBENCH_SCREENSHOT_FILTER:+-Dworkbench.screenshot.filter="$WORKBENCH_SCREENSHOT_FILTER"} \
  ${WORKBENCH_SCREENSHOT_DATASET:+-Dworkbench.screenshot.dataset="$WORKBENCH_SCREENSHOT_DATASET"} \
  ${WORKBENCH_SCREENSHOT_MODEL:+-Dworkbench.screenshot.model="$WORKBENCH_SCREENSHOT_MODEL"} \
  ${WORKBENCH_SCREENSHOT_RUN:+-Dworkbench.screenshot.run="$WORKBENCH_SCREENSHOT_RUN"} \
  ${WORKBENCH_SCREENSHOT_COLUMN:+-Dworkbench.screenshot.column="$WORKBENCH_SCREENSHOT_COLUMN"} \
  ${WORKBENCH_SCREENSHOT_BASE:+-Dworkbench.screenshot.base="$WORKBENCH_SCREENSHOT_BASE"} \
  ${WORKBENCH_JAVA_OPTS:-} \
  -cp "$CLASSPATH" org.modelworkbench.app.desktop.ScreenshotLauncher --project "$PROJECT" || true
if [ ! -s "$OUT" ]; then
  echo "No screenshot was written; see the log (Linux: ${XDG_STATE_HOME:-~/.local/state}/modelworkbench/logs) or the output above." >&2
  exit 1
fi
echo "Saved $OUT" >&2
