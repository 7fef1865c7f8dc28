#!/usr/bin/env bash
# Start-up benchmark: launch to the main window, the workbench against Weka's Explorer.
#
#   modules/benchmarks/run-startup-benchmark.sh [--quick] [--json FILE] [--rounds N]
#
# Both apps start the way a user starts them, under one virtual X display: the workbench with
# `./workbench` and no arguments (its first start on the sample project), Weka 3.8.6's Explorer
# with a plain `java -cp ... weka.gui.explorer.Explorer`. Each launch gets a fresh, empty home
# folder, and the two alternate A B A B after one untimed launch of each (so both find the
# same warm file cache). A launch's time runs from the moment the command is started to the
# moment its main window is mapped on the display (found by title with xdotool, polled every
# 10 ms; the same test for both apps). Prints median, min and max of each, the load average with
# each launch, and the ratio Weka time / workbench time (higher is better for the workbench; the
# floor is 1.0, the aim 1.25, i.e. the workbench at 0.8 of Weka's time). Exits 1 when the floor
# is missed.
#
# --json FILE writes one row, in the format every benchmark of the project shares:
#   [{"name","unit","workbench","workbench_min","workbench_max","peer","peer_min","peer_max",
#     "ratio","floor","met"}]
#
# Needs: Xvfb and xdotool (apt-get install -y xvfb xdotool), GTK for JavaFX (libgtk-3-0 libgl1
# libxtst6), a JDK 17 (JAVA_HOME or java on PATH), and Maven Central once, to fetch Weka into
# modules/benchmarks/target/weka (modules/benchmarks/peers/weka-pom.xml; never part of the product).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

rounds=9
json=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) rounds=5 ;;
    --json) json="$2"; shift ;;
    --rounds) rounds="$2"; shift ;;
    *) echo "Unknown option: $1 (use --quick, --json FILE, --rounds N)" >&2; exit 2 ;;
  esac
  shift
done

missing=()
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v xdotool >/dev/null 2>&1 || missing+=(xdotool)
ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || missing+=(libgtk-3-0)
ldconfig -p 2>/dev/null | grep -q 'libXtst.so.6' || missing+=(libxtst6)
if [ ${#missing[@]} -gt 0 ]; then
  echo "The start-up benchmark needs a virtual display and a window poller. Install them first:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# The peer, fetched from Maven Central the first time (offline afterwards).
weka="$here/target/weka"
if [ ! -f "$weka/weka-stable-3.8.6.jar" ]; then
  echo "Fetching Weka 3.8.6 into $weka ..." >&2
  (cd "$root" && ./mvnw -B -q -ntp -f modules/benchmarks/peers/weka-pom.xml package) >&2
fi

# The workbench builds itself when its sources changed: let that happen before any timing.
echo "Making sure the workbench is built ..." >&2
"$root/workbench" --version >/dev/null

work="$(mktemp -d)"
display=""
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

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
for _ in $(seq 100); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.05; done

# Whether a child still runs (an ended child stays a zombie until waited for: kill -0 says yes).
alive() { [ -r "/proc/$1/status" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status"; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# launch SIDE: starts one app in a fresh home, prints the milliseconds to its mapped main window.
launch() {
  local side="$1" home title start found=""
  home="$(mktemp -d "$work/home.XXXX")"
  start="$(now_ms)"
  case "$side" in
    workbench)
      title='^Model Workbench'
      HOME="$home" WORKBENCH_JAVA_OPTS="-Duser.home=$home ${WORKBENCH_BENCH_OPTS:-}" \
        "$root/workbench" >"$work/$side.log" 2>&1 &
      ;;
    weka)
      title='^Weka Explorer$'
      HOME="$home" "$JAVA" -Duser.home="$home" -cp "$weka/*" weka.gui.explorer.Explorer \
        >"$work/$side.log" 2>&1 &
      ;;
  esac
  app_pid=$!
  local deadline=$(( start + 120000 ))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    if [ -n "$(xdotool search --onlyvisible --name "$title" 2>/dev/null | head -1)" ]; then
      found="$(now_ms)"
      break
    fi
    if ! alive "$app_pid"; then
      echo "$side ended before showing its window; its output:" >&2
      tail -20 "$work/$side.log" >&2
      exit 1
    fi
    sleep 0.01
  done
  [ -n "$found" ] || { echo "$side showed no window within 120 s" >&2; kill -9 "$app_pid"; exit 1; }
  # Let it settle a moment, then end it (nothing it writes in its fresh home is kept).
  sleep 0.5
  kill "$app_pid" 2>/dev/null || true
  for _ in $(seq 100); do alive "$app_pid" || break; sleep 0.05; done
  kill -9 "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  rm -rf "$home"
  echo $(( found - start ))
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "Untimed first launch of each (file cache) ..." >&2
launch workbench >/dev/null
launch weka >/dev/null

wb=()
peer=()
for i in $(seq "$rounds"); do
  a="$(launch workbench)"; wb+=("$a")
  echo "round $i  workbench ${a} ms   (load $(load))"
  b="$(launch weka)"; peer+=("$b")
  echo "round $i  weka      ${b} ms   (load $(load))"
done

stats() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "%d %d %d", m, v[1], v[NR]}'; }
read -r wb_med wb_min wb_max <<<"$(stats "${wb[@]}")"
read -r pe_med pe_min pe_max <<<"$(stats "${peer[@]}")"
ratio="$(awk -v p="$pe_med" -v w="$wb_med" 'BEGIN {printf "%.3f", p / w}')"
met="$(awk -v r="$ratio" 'BEGIN {print (r >= 1.0) ? "true" : "false"}')"
busy="$(awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v c="$(nproc)" 'BEGIN {print (l > c / 2) ? "yes" : "no"}')"

echo
printf '%-28s %-5s %10s %10s %10s %10s %10s %10s %7s %6s %s\n' name unit workbench min max weka min max ratio floor met
printf '%-28s %-5s %10s %10s %10s %10s %10s %10s %7s %6s %s\n' "launch to main window" ms \
  "$wb_med" "$wb_min" "$wb_max" "$pe_med" "$pe_min" "$pe_max" "$ratio" 1.0 "$met"
echo "ratio = Weka's time / the workbench's time (higher is better; floor 1.0, aim 1.25)"
[ "$busy" = yes ] && echo "WARNING: load average $(load) on $(nproc) cores: the machine was busy, figures are noisy" >&2

if [ -n "$json" ]; then
  cat >"$json" <<EOF
[{"name":"launch to main window","unit":"ms","workbench":$wb_med,"workbench_min":$wb_min,"workbench_max":$wb_max,"peer":$pe_med,"peer_min":$pe_min,"peer_max":$pe_max,"ratio":$ratio,"floor":1.0,"met":$met}]
EOF
fi
[ "$met" = true ]
