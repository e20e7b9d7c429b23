#!/usr/bin/env bash
# Builds the installable program from target/uncac-workbench.jar and target/lib (run by
# `./mvnw -Pinstaller package`, which builds those first):
#   1. a trimmed Java runtime (jlink) with only the modules the workbench uses;
#   2. an app image, target/installer/uncac-workbench/, that runs without installing;
#   3. an ahead-of-time cache inside the app image (JDK 25, JEP 483/514), made by a training
#      start that opens the window on a demo database (under Xvfb when there is no display), so that
#      the installed program starts with its classes already loaded and linked; the cache records
#      the class path relative to the image, so it works from wherever the image is installed;
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

# How the program's Java runs (pom.xml: app.jvmOptions; docs/decisions/0011): the client compiler
# only and the serial collector. A desktop program's work comes in short bursts; on two cores the
# optimising compiler took a core from the window at every start and did not pay back within an
# export either (benchmarks: ./mvnw -Pbench test, which runs with the same options).
: "${APP_JVM_OPTIONS:?the JVM options come from pom.xml (app.jvmOptions): run ./mvnw -Pinstaller package}"
read -r -a JVM_OPTIONS <<< "$APP_JVM_OPTIONS"
JVM_OPTIONS+=(-Xlog:aot=off -Xlog:cds=off)
JPACKAGE_OPTIONS=(--java-options '-XX:AOTCache=$APPDIR/uncac-workbench.aot')
for o in "${JVM_OPTIONS[@]}"; do JPACKAGE_OPTIONS+=(--java-options "$o"); done

"$JAVA_HOME/bin/jpackage" --type app-image --name "$NAME" --app-version "$VERSION" \
    --input "$OUT/input" --main-jar uncac-workbench.jar --main-class org.uncacworkbench.Main \
    --runtime-image "$OUT/runtime" --icon installer/linux/uncac-workbench.png --dest "$OUT" \
    --vendor "UNCAC Review Workbench" --copyright "UNCAC Review Workbench authors" \
    --description "Runs a UNCAC review cycle from the national report to the follow-up" \
    "${JPACKAGE_OPTIONS[@]}"
APP="$OUT/$NAME"
APPDIR="$(cd "$APP/lib/app" && pwd -P)"
CLASSPATH=$(sed -n 's/^app\.classpath=\$APPDIR/'"$(printf '%s' "$APPDIR" | sed 's/[\/&]/\\&/g')"'/p' "$APP/lib/app/$NAME.cfg" | paste -sd:)

# On Linux the launcher is a shell script: jpackage's native one asks rpm and dpkg which package
# owns it on every start (a fifth of a second spent in `dpkg -S`). The script runs the bundled java
# with the same class path, in the same order, as the training start below, which the cache needs.
if [ "$(uname -s)" = Linux ]; then
    {
        echo '#!/bin/sh'
        echo '# Starts the UNCAC Review Workbench (written by installer/build.sh).'
        echo 'APPDIR="$(cd "$(dirname "$(readlink -f "$0")")/../lib/app" && pwd -P)"'
        printf 'exec "$APPDIR/../runtime/bin/java" -Djpackage.app-version=%s -XX:AOTCache="$APPDIR/%s.aot" %s \\\n' "$VERSION" "$NAME" "${JVM_OPTIONS[*]}"
        printf '    -cp "%s" org.uncacworkbench.Main "$@"\n' "$(printf '%s' "$CLASSPATH" | sed "s|$APPDIR|\$APPDIR|g")"
    } > "$APP/bin/$NAME"
    chmod 755 "$APP/bin/$NAME"
fi

# Every file gets one build time: the cache records the jars' times, and the package's post-install
# script gives the installed files the same time back (dpkg would give them the unpacking time), so
# the cache stays valid wherever the image is installed.
BUILD_EPOCH=$(date +%s)
find "$APP" -type f -exec touch -h -d "@$BUILD_EPOCH" {} +

# Training start for the ahead-of-time cache (classes loaded and linked; no method profiles, which
# only the optimising compiler would use), with the program's own JVM options: the
# usual start, the window opening on a demo database that already exists, showing the dashboard,
# then (uncac.trainExports) the command line's exports of the demo's report, minutes and review
# pack, so that a command-line export starts from the cache too; then exiting. The database is made first by a run that is not recorded, so that the one-time work
# of a first start (migrations, loading the demo) does not weigh on every start.
TRAIN=$(mktemp -d)
JAVA="$APP/lib/runtime/bin/java"
"$JAVA" -cp "$CLASSPATH" org.uncacworkbench.Main --data-dir "$TRAIN" load-sample > /dev/null
mkdir -p "$TRAIN/exports"
TRAINING="'$JAVA' $APP_JVM_OPTIONS -Duncac.startupProbe=true -Duncac.trainExports='$TRAIN/exports' -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining -XX:AOTCacheOutput='$APPDIR/$NAME.aot' -Xlog:aot=warning -cp '$CLASSPATH' org.uncacworkbench.Main --data-dir '$TRAIN'"
if [ -n "${DISPLAY:-}" ]; then
    bash -c "$TRAINING" 2>&1 | grep -vE "Skipping .*(Old class has been linked|Unlinked class)|WARNING|Picked up JAVA_TOOL_OPTIONS" || true
elif command -v xvfb-run > /dev/null; then
    xvfb-run -a bash -c "$TRAINING" 2>&1 | grep -vE "Skipping .*(Old class has been linked|Unlinked class)|WARNING|Picked up JAVA_TOOL_OPTIONS" || true
else
    echo "installer: no display and no xvfb-run; the cache covers only the command line (apt: xvfb)" >&2
    "$JAVA" -XX:AOTCacheOutput="$APPDIR/$NAME.aot" -Duncac.trainExports="$TRAIN/exports" -cp "$CLASSPATH" org.uncacworkbench.Main \
        --data-dir "$TRAIN" check > /dev/null 2>&1 || true
fi
rm -rf "$TRAIN"
test -s "$APP/lib/app/$NAME.aot" || { echo "installer: the ahead-of-time cache was not created" >&2; exit 1; }
touch -h -d "@$BUILD_EPOCH" "$APP/lib/app/$NAME.aot"

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
