#!/usr/bin/env bash
# Packages Model Workbench for macOS on Apple silicon (arm64) with jpackage: "Model Workbench.app"
# with its own Java runtime, and a .dmg to drag it into Applications. The app also holds the
# command line: "/Applications/Model Workbench.app/Contents/MacOS/workbench".
#
#   installers/macos/package.sh [app-image|dmg|all]        (default: all)
#
# Output goes to target/installers/macos/ (WORKBENCH_PACKAGE_DIR changes it):
#   Model Workbench.app
#   Model Workbench-<version>.dmg
#
# Needs a JDK 17 or newer for arm64 with jlink and jpackage (JAVA_HOME, or the one on the PATH) and
# the Xcode command line tools. The app is built first (./mvnw -Pmac-arm, which selects the
# osx-aarch64 PyTorch natives) when app/target/workbench.jar is missing or older than the
# sources; SKIP_BUILD=1 uses the build as it is. Maven also reads extra options from MAVEN_ARGS
# (e.g. MAVEN_ARGS=-o to build offline). APP_VERSION overrides the version taken from pom.xml
# (-SNAPSHOT dropped). MAC_SIGNING_KEY_USER_NAME signs the app with that Developer ID
# ("Developer ID Application: <name>" in the keychain); without it the app is unsigned.
#
# This recipe mirrors installers/linux/package.sh, which is the one tested; see installers/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
TYPE="${1:-all}"
case "$TYPE" in
  app-image|dmg|all) ;;
  *) echo "Usage: $0 [app-image|dmg|all]" >&2; exit 2 ;;
esac

OUT="${WORKBENCH_PACKAGE_DIR:-$ROOT/target/installers/macos}"
NAME="Model Workbench"
MAIN_CLASS="org.modelworkbench.app.Main"
JAR="$ROOT/app/target/workbench.jar"
LIB="$ROOT/app/target/lib"
BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"

# JDK modules of the bundled runtime: the same list as installers/linux/package.sh (see there how
# it was found). JavaFX stays on the class path as jars in lib/.
MODULES="${JLINK_MODULES:-java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,\
java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.jfr,\
jdk.localedata,jdk.net,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs}"

# Java options of both launchers; $APPDIR is Contents/app inside the bundle (jpackage expands it at
# start). The DJL, JNA and JavaFX natives unpack into the user's cache folder (~/Library/Caches/
# ModelWorkbench, see UserFolders), never into the app bundle.
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
if [ "$(uname -s)" != "Darwin" ] || [ "$(uname -m)" != "arm64" ]; then
  echo "This recipe packages the osx-aarch64 natives; run it on a Mac with Apple silicon." >&2
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
  (cd "$ROOT" && ./mvnw -B -q -DskipTests -Pmac-arm package)
fi
[ -f "$JAR" ] || { echo "No $JAR: build the app first (./mvnw -Pmac-arm -DskipTests package)." >&2; exit 1; }
for native in "pytorch-native-cpu-*-osx-aarch64.jar" "tensorflow-core-native-*-macosx-arm64.jar" \
    "javafx-graphics-*-mac-aarch64.jar"; do
  # shellcheck disable=SC2086
  if ! ls "$LIB"/$native >/dev/null 2>&1; then
    echo "$LIB has no $native: the build was made for another OS. Rebuild on this Mac." >&2
    exit 1
  fi
done

VERSION="${APP_VERSION:-$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' "$ROOT/pom.xml" | head -1)}"
VERSION="${VERSION%.}"
[ -n "$VERSION" ] || { echo "Could not read the version from pom.xml; set APP_VERSION." >&2; exit 1; }
# jpackage refuses a macOS bundle version whose first number is 0. Until the app reaches 1.0 the
# bundle says 1.0.0; the .dmg's file name keeps the real version.
BUNDLE_VERSION="$VERSION"
if [ "${VERSION%%.*}" = "0" ]; then
  BUNDLE_VERSION="1.0.0"
  echo "Note: macOS bundles cannot carry version $VERSION; the bundle says $BUNDLE_VERSION." >&2
fi

echo "Packaging Model Workbench $VERSION into $OUT" >&2
mkdir -p "$OUT"
WORK="$OUT/work"
rm -rf "$WORK" "${OUT:?}/$NAME.app"
mkdir -p "$WORK/input"

# The app folder: the app jar (its manifest lists lib/... on the class path), the libraries and
# the sample datasets that the first start turns into a sample project.
cp "$JAR" "$WORK/input/"
cp -R "$LIB" "$WORK/input/lib"
cp -R "$ROOT/resources/samples" "$WORK/input/samples"
cp "$ROOT/LICENSE" "$WORK/input/"
# ONNX Runtime's jar carries every OS's library and their debug symbols (137 MB): keep this one's.
case "$(uname -m)" in arm64|aarch64) ORT_NATIVE=osx-aarch64 ;; *) ORT_NATIVE=osx-x64 ;; esac
for ort in "$WORK"/input/lib/onnxruntime-*.jar; do
  "${BIN}java" "$HERE/../natives/StripNatives.java" "$ort" ai/onnxruntime/native/ "$ORT_NATIVE"
done

"${BIN}java" "$HERE/../icon/MakeIcon.java" "$WORK/icons" >/dev/null

echo "Linking the Java runtime..." >&2
"${BIN}jlink" --add-modules "$MODULES" --output "$WORK/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=2

SIGN_ARGS=()
if [ -n "${MAC_SIGNING_KEY_USER_NAME:-}" ]; then
  SIGN_ARGS+=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_KEY_USER_NAME")
fi

# What both package types share: the launchers, their Java options, the runtime and the icon.
APP_ARGS=(
  --name "$NAME" --app-version "$BUNDLE_VERSION" --vendor "Model Workbench"
  --description "Import datasets, train and evaluate machine learning models on this computer"
  --copyright "Apache License 2.0"
  --input "$WORK/input" --main-jar workbench.jar --main-class "$MAIN_CLASS"
  --runtime-image "$WORK/runtime" --icon "$WORK/icons/model-workbench.icns"
  --mac-package-identifier org.modelworkbench.workbench --mac-package-name "$NAME"
  --add-launcher "workbench=$HERE/workbench-cli.properties"
)
for option in "${JAVA_OPTIONS[@]}"; do APP_ARGS+=(--java-options "$option"); done

echo "Making the app bundle..." >&2
"${BIN}jpackage" --type app-image --dest "$OUT" "${APP_ARGS[@]}" ${SIGN_ARGS[@]+"${SIGN_ARGS[@]}"}

if [ "$TYPE" != "app-image" ]; then
  # The .dmg packs the bundle just made, so what was tried is what installs.
  echo "Making the .dmg..." >&2
  rm -f "$OUT/$NAME-"*.dmg
  "${BIN}jpackage" --type dmg --dest "$OUT" --app-image "$OUT/$NAME.app" \
    --name "$NAME" --app-version "$BUNDLE_VERSION" --vendor "Model Workbench" \
    --description "Import datasets, train and evaluate machine learning models on this computer" \
    --license-file "$ROOT/LICENSE" --file-associations "$HERE/project-file.properties" \
    ${SIGN_ARGS[@]+"${SIGN_ARGS[@]}"}
  if [ "$BUNDLE_VERSION" != "$VERSION" ]; then
    mv "$OUT/$NAME-$BUNDLE_VERSION.dmg" "$OUT/$NAME-$VERSION.dmg"
  fi
  if [ "$TYPE" = "dmg" ]; then rm -rf "${OUT:?}/$NAME.app"; fi
fi
rm -rf "$WORK"

echo "Done:" >&2
(cd "$OUT" && du -sh -- * >&2)
