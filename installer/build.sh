#!/usr/bin/env bash
# Builds the installable program from target/uncac-workbench.jar and target/lib (run by
# `./mvnw -Pinstaller package`, which builds those first):
#   1. a trimmed Java runtime (jlink) with only the modules the workbench uses;
#   2. an app image, target/installer/uncac-workbench/, that runs without installing;
#   3. a class-data-sharing archive inside the app image, made by a training start that opens the
#      window on a throw-away demo database (under Xvfb when there is no display), so that the
#      installed program starts with its classes already parsed; the archive records the class path
#      relative to the image, so it works from wherever the image is installed;
#   4. on Linux, a .deb with a menu entry, the icon and the system libraries JavaFX needs.
# Usage: installer/build.sh VERSION   (e.g. 0.1.0-SNAPSHOT; the numeric part is used)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?JAVA_HOME must point at a JDK 25}"
VERSION="${1:-0.1.0}"
VERSION="${VERSION%%-*}"
OUT=target/installer
NAME=uncac-workbench

rm -rf "$OUT"
mkdir -p "$OUT/input/lib"
cp target/uncac-workbench.jar "$OUT/input/"
cp target/lib/*.jar "$OUT/input/lib/"

# the modules the workbench and its libraries use (jdeps over the jars, plus locale data for zh/en)
MODULES=java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.sql,java.transaction.xa,java.xml,java.xml.crypto,jdk.charsets,jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.management,jdk.net,jdk.unsupported,jdk.zipfs
"$JAVA_HOME/bin/jlink" --add-modules "$MODULES" --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
    --compress=zip-6 --generate-cds-archive --output "$OUT/runtime"

"$JAVA_HOME/bin/jpackage" --type app-image --name "$NAME" --app-version "$VERSION" \
    --input "$OUT/input" --main-jar uncac-workbench.jar --main-class org.uncacworkbench.Main \
    --runtime-image "$OUT/runtime" --icon installer/linux/uncac-workbench.png --dest "$OUT" \
    --vendor "UNCAC Review Workbench" --copyright "UNCAC Review Workbench authors" \
    --description "Runs a UNCAC review cycle from the national report to the follow-up" \
    --java-options '-XX:+AutoCreateSharedArchive' --java-options '-XX:SharedArchiveFile=$APPDIR/uncac-workbench.jsa' \
    --java-options '-Xlog:cds=off' --java-options '-Xlog:cds+dynamic=off'

# Every file gets one build time: the archive records the files' times, and the package's
# post-install script gives the installed files the same time back (dpkg would give them the
# unpacking time), so the archive stays valid wherever the image is installed.
APP="$OUT/$NAME"
BUILD_EPOCH=$(date +%s)
find "$APP" -type f -exec touch -h -d "@$BUILD_EPOCH" {} +

# training start: the window opens on a fresh demo database, shows the dashboard and exits
TRAIN=$(mktemp -d)
# (the launcher's -XX:+AutoCreateSharedArchive writes the archive when a start finds none)
TRAINING="JAVA_TOOL_OPTIONS='-Duncac.startupProbe=true' '$APP/bin/$NAME' --data-dir '$TRAIN'"
if [ -n "${DISPLAY:-}" ]; then
    bash -c "$TRAINING" 2>&1 | grep -v "Picked up JAVA_TOOL_OPTIONS" || true
elif command -v xvfb-run > /dev/null; then
    xvfb-run -a bash -c "$TRAINING" 2>&1 | grep -v "Picked up JAVA_TOOL_OPTIONS" || true
else
    echo "installer: no display and no xvfb-run; the archive covers only the command line (apt: xvfb)" >&2
    "$APP/bin/$NAME" --data-dir "$TRAIN" check > /dev/null 2>&1 || true
fi
rm -rf "$TRAIN"
test -s "$APP/lib/app/$NAME.jsa" || { echo "installer: the class-data archive was not created" >&2; exit 1; }

if [ "$(uname -s)" = Linux ] && command -v dpkg-deb > /dev/null; then
    mkdir -p "$OUT/resources"
    cp installer/linux/prerm "$OUT/resources/"
    sed "s/__BUILD_EPOCH__/$BUILD_EPOCH/" installer/linux/postinst.in > "$OUT/resources/postinst"
    "$JAVA_HOME/bin/jpackage" --type deb --app-image "$APP" --name "$NAME" --app-version "$VERSION" --dest "$OUT" \
        --description "Runs a UNCAC review cycle from the national report to the follow-up" \
        --vendor "UNCAC Review Workbench" --resource-dir "$OUT/resources" --icon installer/linux/uncac-workbench.png \
        --linux-shortcut --linux-menu-group "Office" --linux-app-category office \
        --linux-deb-maintainer "secretariat@example.org" \
        --linux-package-deps "libgtk-3-0, libgl1, libxtst6, libxxf86vm1, fonts-noto-cjk | fonts-arphic-ukai"
    installer/linux/check-deb.sh "$OUT"/*.deb
fi
echo "installer: built in $OUT"
ls -la "$OUT"
