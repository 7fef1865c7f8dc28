#!/usr/bin/env bash
# Packages Model Workbench for Linux (x86_64) with jpackage: an app image with its own Java runtime,
# and a .deb that installs it in /opt/model-workbench with a menu entry and two commands on the
# PATH: `model-workbench` (the window; sub-commands work too) and `workbench` (the command line).
#
#   installers/linux/package.sh [app-image|deb|all]        (default: all)
#
# Output goes to target/installers/linux/ (WORKBENCH_PACKAGE_DIR changes it):
#   model-workbench/                      the app image; bin/model-workbench, bin/workbench
#   model-workbench_<version>_amd64.deb
#
# Needs a JDK 17 or newer with jlink and jpackage (JAVA_HOME, or the one on the PATH), and for the
# .deb: dpkg-deb, fakeroot and objdump (Debian/Ubuntu: apt-get install fakeroot dpkg-dev binutils).
# The app is built first when app/target/workbench.jar is missing or older than the sources
# (Maven also reads extra options from MAVEN_ARGS, e.g. MAVEN_ARGS=-o to build offline);
# SKIP_BUILD=1 uses the build as it is. APP_VERSION overrides the version taken from pom.xml
# (-SNAPSHOT dropped). DEB_MAINTAINER sets the package's Maintainer field ("Name <email>").
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
TYPE="${1:-all}"
case "$TYPE" in
  app-image|deb|all) ;;
  *) echo "Usage: $0 [app-image|deb|all]" >&2; exit 2 ;;
esac

OUT="${WORKBENCH_PACKAGE_DIR:-$ROOT/target/installers/linux}"
NAME="model-workbench"
MAIN_CLASS="org.modelworkbench.app.Main"
JAR="$ROOT/app/target/workbench.jar"
LIB="$ROOT/app/target/lib"
BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"

# JDK modules of the bundled runtime. JavaFX is not among them: its jars (with their natives) stay
# on the class path in lib/, as with ./workbench. The list is what
#   jdeps --multi-release 17 --ignore-missing-deps --print-module-deps --class-path 'lib/*' workbench.jar lib/*.jar
# prints (java.desktop, java.logging and java.xml come with it), plus modules reached only by
# service lookup: extra charsets for CSV encodings, locale data for number and date formats, the
# zip file system and EC crypto.
MODULES="${JLINK_MODULES:-java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,\
java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.jfr,\
jdk.localedata,jdk.net,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs}"

# Java options of every launcher; $APPDIR is the app folder inside the image (jpackage expands it
# at start). The DJL, JNA and JavaFX natives unpack into the user's cache folder (~/.cache/
# modelworkbench, see UserFolders), never into the installed, read-only app folder.
# shellcheck disable=SC2016 # $APPDIR is literal here
JAVA_OPTIONS=(
  "-Dai.djl.offline=true"
  "-DOPT_OUT_TRACKING=true"
  '-Dworkbench.samples=$APPDIR/samples'
  "-XX:MaxRAMPercentage=50"
)

for tool in jlink jpackage; do
  command -v "${BIN}$tool" >/dev/null 2>&1 || {
    echo "${BIN}$tool not found: install a JDK 17 or newer and set JAVA_HOME." >&2; exit 1; }
done
if [ "$(uname -m)" != "x86_64" ]; then
  echo "This recipe packages the linux-x86_64 natives; this machine is $(uname -m)." >&2
  exit 1
fi

needs_build() {
  [ ! -f "$JAR" ] && return 0
  local newer
  newer="$(find "$ROOT/pom.xml" "$ROOT/app" "$ROOT/modules" "$ROOT/resources" \
    -path '*/target' -prune -o -type f -newer "$JAR" -print -quit 2>/dev/null)"
  [ -n "$newer" ]
}
if [ "${SKIP_BUILD:-0}" != "1" ] && needs_build; then
  echo "Building the app..." >&2
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
fi
[ -f "$JAR" ] || { echo "No $JAR: build the app first (./mvnw -DskipTests package)." >&2; exit 1; }
for native in "pytorch-native-cpu-*-linux-x86_64.jar" "tensorflow-core-native-*-linux-x86_64.jar" \
    "javafx-graphics-*-linux.jar"; do
  # shellcheck disable=SC2086
  if ! ls "$LIB"/$native >/dev/null 2>&1; then
    echo "$LIB has no $native: the build was made for another OS. Rebuild on Linux." >&2
    exit 1
  fi
done

VERSION="${APP_VERSION:-$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' "$ROOT/pom.xml" | head -1)}"
VERSION="${VERSION%.}"
[ -n "$VERSION" ] || { echo "Could not read the version from pom.xml; set APP_VERSION." >&2; exit 1; }

echo "Packaging Model Workbench $VERSION into $OUT" >&2
mkdir -p "$OUT"
WORK="$OUT/work"
rm -rf "$WORK" "${OUT:?}/$NAME"
mkdir -p "$WORK/input"

# The app folder: the app jar (its manifest lists lib/... on the class path), the libraries and
# the sample datasets that the first start turns into a sample project.
cp "$JAR" "$WORK/input/"
cp -r "$LIB" "$WORK/input/lib"
cp -r "$ROOT/resources/samples" "$WORK/input/samples"
cp "$ROOT/LICENSE" "$WORK/input/"
# ONNX Runtime's jar carries every OS's library and their debug symbols (137 MB): keep this one's.
case "$(uname -m)" in aarch64|arm64) ORT_NATIVE=linux-aarch64 ;; *) ORT_NATIVE=linux-x64 ;; esac
for ort in "$WORK"/input/lib/onnxruntime-*.jar; do
  "${BIN}java" "$HERE/../natives/StripNatives.java" "$ort" ai/onnxruntime/native/ "$ORT_NATIVE"
done

"${BIN}java" "$HERE/../icon/MakeIcon.java" "$WORK/icons" >/dev/null

echo "Linking the Java runtime..." >&2
"${BIN}jlink" --add-modules "$MODULES" --output "$WORK/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=2

# What both package types share: the launchers, their Java options, the runtime and the icon.
APP_ARGS=(
  --name "$NAME" --app-version "$VERSION" --vendor "Model Workbench"
  --description "Import datasets, train and evaluate machine learning models on this computer"
  --copyright "Apache License 2.0"
  --input "$WORK/input" --main-jar workbench.jar --main-class "$MAIN_CLASS"
  --runtime-image "$WORK/runtime" --icon "$WORK/icons/$NAME.png"
  --add-launcher "workbench=$HERE/workbench-cli.properties"
)
for option in "${JAVA_OPTIONS[@]}"; do APP_ARGS+=(--java-options "$option"); done

echo "Making the app image..." >&2
"${BIN}jpackage" --type app-image --dest "$OUT" "${APP_ARGS[@]}"

if [ "$TYPE" != "app-image" ]; then
  # The .deb packs the app image just made, so what was tried is what installs. The menu entry
  # and the /usr/bin links come from resources/ (postinst, prerm, the .desktop file).
  echo "Making the .deb..." >&2
  DEB_ARGS=()
  if [ -n "${DEB_MAINTAINER:-}" ]; then DEB_ARGS+=(--linux-deb-maintainer "$DEB_MAINTAINER"); fi
  rm -f "$OUT/${NAME}_${VERSION}"*.deb
  "${BIN}jpackage" --type deb --dest "$OUT" --app-image "$OUT/$NAME" \
    --name "$NAME" --app-version "$VERSION" --vendor "Model Workbench" \
    --description "Import datasets, train and evaluate machine learning models on this computer" \
    --icon "$WORK/icons/$NAME.png" --license-file "$ROOT/LICENSE" --resource-dir "$HERE/resources" \
    --linux-package-name "$NAME" --linux-app-category science --linux-shortcut \
    --linux-package-deps "libgtk-3-0, libgl1" \
    --file-associations "$HERE/project-file.properties" \
    ${DEB_ARGS[@]+"${DEB_ARGS[@]}"}
  if [ "$TYPE" = "deb" ]; then rm -rf "${OUT:?}/$NAME"; fi
fi
rm -rf "$WORK"

echo "Done:" >&2
(cd "$OUT" && du -sh -- * >&2)
