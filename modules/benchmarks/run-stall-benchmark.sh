#!/usr/bin/env bash
# FX-thread stall benchmark: the longest the JavaFX application thread leaves the window frozen
# while a million-row CSV imports and while a tabular model trains.
#
#   modules/benchmarks/run-stall-benchmark.sh [--quick] [--json FILE] [--rounds N] [--epochs N] [--work DIR]
#
# The real app window runs under one virtual X display (Xvfb), with JavaFX's default rendering
# pipeline as ./workbench starts it, on a fresh project in a fresh home folder. A harness of the
# app's test sources (org.modelworkbench.app.desktop.stall.StallLauncher, built here with Maven
# and run on the app's test classpath, as app/screenshot.sh does) drives it the way a user does:
#   import    the 1,000,000-row mixed CSV of the import benchmark (BenchmarkCsv, fixed seed) handed
#             to the window's drop path (MainWindow.importFiles), until its dataset page shows;
#   training  the dataset's Train dialog (MainWindow.train, what the Train button opens) with
#             target "segment" and Epochs typed in, its Train button pressed, until the run's page
#             shows (about 20-40 s of training on 2 cores; the live monitor draws throughout).
# A short idle phase before them gives the baseline.
#
# The watchdog (FxWatchdog) measures each phase two ways at once, and the stall is the longer:
#   - a daemon thread posts Platform.runLater every 5 ms and records each probe's wait from posting
#     to running: a click or key press queues on the same thread and waits just as long;
#   - an AnimationTimer records the gap between pulses: how long no frame was drawn (about 16.7 ms
#     when all is well).
# While a probe has waited over 60 ms it prints the FX thread's stack (fx-stacks.txt in the work
# folder), which names what blocks it.
#
# Prints per phase and round: the longest stall, the 99th percentile pulse gap and probe wait, the
# number of pulses and probes, with the load average. Rounds alternate nothing (there is no peer)
# but each is a fresh app and project; the figure is the longest stall over all rounds ("always").
# Floor: < 100 ms; aim: < 50 ms. Exits 1 when the floor is missed or a round fails.
#
# --json FILE writes one row per phase, in the format every benchmark of the project shares:
#   [{"name","unit","workbench","workbench_min","workbench_max","peer","peer_min","peer_max",
#     "ratio","floor","met"}]   (unit "ms", workbench = the longest stall, no peer: peer and ratio null)
#
# Needs: Xvfb (apt-get install -y xvfb), GTK for JavaFX (libgtk-3-0 libgl1 libxtst6) and a JDK 17
# (JAVA_HOME or java on PATH). MVN_OFFLINE=1 builds offline (it is tried first anyway);
# WORKBENCH_JAVA_OPTS is passed to the app's JVM.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

rounds=3
epochs=4
json=""
work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) rounds=1 ;;
    --json) json="$2"; shift ;;
    --rounds) rounds="$2"; shift ;;
    --epochs) epochs="$2"; shift ;;
    --work) work="$2"; shift ;;
    *) echo "Unknown option: $1 (use --quick, --json FILE, --rounds N, --epochs N, --work DIR)" >&2; exit 2 ;;
  esac
  shift
done

missing=()
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || missing+=(libgtk-3-0)
ldconfig -p 2>/dev/null | grep -q 'libGL.so.1' || missing+=(libgl1)
ldconfig -p 2>/dev/null | grep -q 'libXtst.so.6' || missing+=(libxtst6)
if [ ${#missing[@]} -gt 0 ]; then
  echo "The stall benchmark needs a virtual display and GTK. Install them first:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# The harness lives in the app's test sources and the CSV generator in the benchmarks module:
# build both (offline first) and list the app's test classpath.
echo "Building the app, its test harness and the benchmarks ..." >&2
build() {
  (cd "$root" && ./mvnw -q -B -ntp "$@" -pl app,modules/benchmarks -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/stall-classpath.txt) >&2
}
if [ -n "${MVN_OFFLINE:-}" ]; then build -o; else build -o || build; fi
classpath="$root/app/target/test-classes:$root/app/target/classes:$(cat "$root/app/target/stall-classpath.txt")"

if [ -z "$work" ]; then
  work="$(mktemp -d)"
  keep_work=""
else
  mkdir -p "$work"
  work="$(cd "$work" && pwd)"
  keep_work=1
fi
display=""
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  [ -z "$keep_work" ] && rm -rf "$work"
  return 0
}
trap cleanup EXIT

# The import benchmark's file: 12 mixed columns, a million rows, the same bytes every time.
csv="$work/stall-1m-mixed.csv"
if [ ! -s "$csv" ]; then
  echo "Writing the 1,000,000-row CSV ..." >&2
  cat >"$work/WriteCsv.java" <<'EOF'
public class WriteCsv {
  public static void main(String[] args) throws Exception {
    org.modelworkbench.benchmarks.BenchmarkCsv.write(java.nio.file.Path.of(args[0]), Integer.parseInt(args[1]));
  }
}
EOF
  "$JAVA" -cp "$root/modules/benchmarks/target/classes" "$work/WriteCsv.java" "$csv.part" 1000000
  mv "$csv.part" "$csv"
fi

for n in $(seq 90 140); do
  if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
    Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    display=":$n"
    break
  fi
done
[ -n "$display" ] || { echo "No free X display number between :90 and :140" >&2; exit 1; }
export DISPLAY="$display"
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.05; done
sleep 0.5

load() { cut -d' ' -f1-3 /proc/loadavg; }
# value LINE KEY: the value of key=value in a results line.
value() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"; }

# As the workbench launcher: nothing probes the network, TensorFlow's start-up notes stay quiet.
export OPT_OUT_TRACKING=true
export TF_CPP_MIN_LOG_LEVEL="${TF_CPP_MIN_LOG_LEVEL:-2}"

failed=""
all="$work/phases.txt"
: >"$all"
for round in $(seq "$rounds"); do
  dir="$work/round-$round"
  rm -rf "$dir"
  mkdir -p "$dir/home"
  echo "round $round: import and training in the window (load $(load)) ..." >&2
  # shellcheck disable=SC2086 # WORKBENCH_JAVA_OPTS holds several options
  HOME="$dir/home" "$JAVA" -Duser.home="$dir/home" \
    -Dai.djl.offline=true \
    -Dworkbench.samples="$root/resources/samples" \
    -Dworkbench.window=1280x800 \
    -Dworkbench.stall.csv="$csv" -Dworkbench.stall.out="$dir/phases.txt" \
    -Dworkbench.stall.stacks="$dir/fx-stacks.txt" -Dworkbench.stall.epochs="$epochs" \
    ${WORKBENCH_JAVA_OPTS:-} \
    -cp "$classpath" org.modelworkbench.app.desktop.stall.StallLauncher --project "$dir/project" \
    >"$dir/app.log" 2>&1 &
  app_pid=$!
  wait "$app_pid" || true
  app_pid=""
  if [ ! -s "$dir/phases.txt" ] || grep -q '^failed=' "$dir/phases.txt"; then
    echo "round $round FAILED: $(sed -n 's/^failed=//p' "$dir/phases.txt" 2>/dev/null)" >&2
    grep '\[stall\]' "$dir/app.log" | tail -5 >&2 || true
    tail -20 "$dir/app.log" >&2
    failed=1
    continue
  fi
  while read -r line; do
    printf 'round %d  %-9s max stall %7.1f ms  p99 gap %5.1f ms  p99 wait %5.1f ms  pulses %6d  probes %6d  %6.1f s   (load %s)\n' \
      "$round" "$(value "$line" phase)" "$(value "$line" max_stall_ms)" "$(value "$line" p99_gap_ms)" \
      "$(value "$line" p99_latency_ms)" "$(value "$line" pulses)" "$(value "$line" probes)" \
      "$(value "$line" seconds)" "$(load)"
    echo "$line" >>"$all"
  done <"$dir/phases.txt"
  if [ -s "$dir/fx-stacks.txt" ]; then
    echo "  the FX thread was busy over 60 ms $(grep -c '^---' "$dir/fx-stacks.txt") times: stacks in $dir/fx-stacks.txt" \
      "${keep_work:-(pass --work DIR to keep them)}"
  fi
done

# worst PHASE KEY: the largest KEY over the rounds; sum PHASE KEY: their total.
worst() { grep "^phase=$1 " "$all" | while read -r l; do value "$l" "$2"; done | sort -g | tail -1; }
sum() { grep "^phase=$1 " "$all" | while read -r l; do value "$l" "$2"; done | awk '{s+=$1} END {print s+0}'; }

floor=100
rows=()
echo
printf '%-34s %-5s %10s %10s %8s %8s %6s %s\n' name unit "max stall" "p99 gap" pulses probes floor met
for phase in import training; do
  name="FX-thread stall, $( [ "$phase" = import ] && echo "import 1M rows" || echo "training")"
  stall="$(worst "$phase" max_stall_ms)"
  if [ -z "$stall" ]; then
    printf '%-34s %-5s %10s\n' "$name" failed -
    rows+=("{\"name\":\"$name\",\"unit\":\"failed\",\"workbench\":null,\"workbench_min\":null,\"workbench_max\":null,\"peer\":null,\"peer_min\":null,\"peer_max\":null,\"ratio\":null,\"floor\":$floor,\"met\":false}")
    failed=1
    continue
  fi
  met="$(awk -v s="$stall" -v f="$floor" 'BEGIN {print (s < f) ? "true" : "false"}')"
  [ "$met" = true ] || failed=1
  printf '%-34s %-5s %10s %10s %8s %8s %6s %s\n' "$name" ms "$stall" "$(worst "$phase" p99_gap_ms)" \
    "$(sum "$phase" pulses)" "$(sum "$phase" probes)" "< $floor" "$met"
  rows+=("{\"name\":\"$name\",\"unit\":\"ms\",\"workbench\":$stall,\"workbench_min\":null,\"workbench_max\":null,\"peer\":null,\"peer_min\":null,\"peer_max\":null,\"ratio\":null,\"floor\":$floor,\"met\":$met}")
done
idle="$(worst idle max_stall_ms)"
[ -n "$idle" ] && echo "idle baseline: max stall $idle ms, p99 gap $(worst idle p99_gap_ms) ms"
echo "max stall: the longest probe wait or pulse gap over $rounds round(s) (floor < 100 ms, aim < 50 ms);" \
  "p99 gap: the worst round's 99th percentile pulse gap; pulses, probes: totals over the rounds"
busy="$(awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v c="$(nproc)" 'BEGIN {print (l > c / 2) ? "yes" : "no"}')"
[ "$busy" = yes ] && echo "WARNING: load average $(load) on $(nproc) cores: the machine was busy, figures are noisy" >&2

if [ -n "$json" ]; then
  (IFS=,; echo "[${rows[*]}]") >"$json"
fi
[ -z "$failed" ]
