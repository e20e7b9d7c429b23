#!/usr/bin/env bash
# Start-up benchmark (issue 6): under one Xvfb, starts the installed workbench (to its dashboard
# showing the demo cycle's section counts) and a minimal JavaFX window (with the launcher's JVM
# options, and with the JVM's defaults), alternately, RUNS times
# each, and reports the medians of the time from launch to the window drawn (not to the process's
# exit), and their ratio.
# The workbench runs in the interface language LANGUAGE (en or zh; default en): the Chinese
# interface also loads a Traditional Chinese font, which the English one does not (decision 0013).
# Usage: installer/startup-benchmark.sh [/opt/uncac-workbench] [RUNS] [LANGUAGE]   (apt: xvfb)
set -euo pipefail
cd "$(dirname "$0")/.."
APP="${1:-/opt/uncac-workbench}"
RUNS="${2:-7}"
LANGUAGE="${3:-en}"
case "$LANGUAGE" in en | zh) ;; *) echo "startup-benchmark: LANGUAGE is en or zh, not $LANGUAGE" >&2; exit 2 ;; esac
WORK=$(mktemp -d)
trap 'kill "$XVFB" 2> /dev/null || true; rm -rf "$WORK"' EXIT
Xvfb :77 -screen 0 1600x1000x24 > /dev/null 2>&1 &
XVFB=$!
export DISPLAY=:77
sleep 1

# the minimal window runs on the installed runtime, with the same JavaFX jars
JAVA="$APP/lib/runtime/bin/java"
CP=$(ls "$APP"/lib/app/lib/javafx-*.jar | tr '\n' ':')
mkdir -p "$WORK/minimal"
# the installed runtime has no compiler: the minimal window is compiled with the JDK's (JAVA_HOME, 25)
"${JAVA_HOME:?set JAVA_HOME to a JDK 25 (for javac)}/bin/javac" -d "$WORK/minimal" -cp "$CP" installer/bench/MinimalWindow.java

elapsed_ms() { # command...: milliseconds from launch until it prints UNCAC-READY (its window drawn; exiting is not counted)
    local start end
    start=$(date +%s%N)
    # the time is taken when the line arrives; the rest of the output is drained so the run ends before the next begins
    end=$("$@" 2> /dev/null | { grep -m1 -q UNCAC-READY && date +%s%N; cat > /dev/null; })
    [ -n "$end" ] || { echo "startup-benchmark: $1 never showed its window" >&2; exit 1; }
    echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# "Started the same way": the minimal window runs with the JVM options the workbench's launcher
# gives (compiler, collector; not the workbench's own cache), which make any JavaFX start faster.
# For comparison with earlier figures it also runs with the JVM's defaults.
LAUNCHER_OPTIONS=$(sed -n 's/^exec .*\.aot" \(.*\) \\$/\1/p' "$APP/bin/uncac-workbench" | sed 's/-Xlog:[^ ]*//g')
read -r -a SAME <<< "$LAUNCHER_OPTIONS"

"$APP/bin/uncac-workbench" --data-dir "$WORK/data" load-sample > /dev/null 2>&1  # the demo cycle, once
: > "$WORK/workbench.txt"; : > "$WORK/minimal.txt"; : > "$WORK/plain.txt"
for i in $(seq "$RUNS"); do
    JAVA_TOOL_OPTIONS="-Duncac.startupProbe=true" elapsed_ms "$APP/bin/uncac-workbench" --data-dir "$WORK/data" --lang "$LANGUAGE" >> "$WORK/workbench.txt"
    elapsed_ms "$JAVA" "${SAME[@]}" -cp "$CP$WORK/minimal" 'MinimalWindow$Launcher' >> "$WORK/minimal.txt"
    elapsed_ms "$JAVA" -cp "$CP$WORK/minimal" 'MinimalWindow$Launcher' >> "$WORK/plain.txt"
done
W=$(median < "$WORK/workbench.txt")
M=$(median < "$WORK/minimal.txt")
P=$(median < "$WORK/plain.txt")
ratio() { awk -v w="$1" -v m="$2" 'BEGIN {printf "%.2f", w / m}'; }
echo "launcher JVM options: ${LAUNCHER_OPTIONS:-none}"
echo "workbench runs (ms):                     $(tr '\n' ' ' < "$WORK/workbench.txt")"
echo "minimal, same JVM options, runs (ms):    $(tr '\n' ' ' < "$WORK/minimal.txt")"
echo "minimal, JVM defaults, runs (ms):        $(tr '\n' ' ' < "$WORK/plain.txt")"
echo "STARTUP ($LANGUAGE) median workbench ${W} ms, minimal JavaFX window started the same way ${M} ms, ratio $(ratio "$W" "$M") (target <= 1.30); against the minimal window on the JVM's defaults (${P} ms): $(ratio "$W" "$P")"
