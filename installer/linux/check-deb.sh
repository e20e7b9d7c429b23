#!/usr/bin/env bash
# Checks a built .deb: what it declares it needs, and that it holds the launcher, the runtime, the
# program, the ahead-of-time cache (and a launcher that uses it), the icon and a menu entry. Exit 1 with the reason otherwise.
set -euo pipefail
DEB="$1"
fail() { echo "check-deb: $*" >&2; exit 1; }
INFO=$(dpkg-deb --info "$DEB")
DEPENDS=$(echo "$INFO" | sed -n 's/^ Depends: //p')
for lib in libgtk-3-0 libgl1 libxtst6 libxxf86vm1 fonts-noto-cjk; do
    echo "$DEPENDS" | grep -q "$lib" || fail "Depends lacks $lib: $DEPENDS"
done
LIST=$(dpkg-deb --contents "$DEB" | awk '{print $6}')
for path in bin/uncac-workbench lib/app/uncac-workbench.jar lib/app/uncac-workbench.aot lib/app/uncac-workbench.cfg \
            lib/runtime/lib/server/libjvm.so lib/runtime/lib/modules lib/uncac-workbench.png; do
    echo "$LIST" | grep -q "/uncac-workbench/$path\$" || echo "$LIST" | grep -q "$path\$" || fail "missing $path"
done
echo "$LIST" | grep -q '\.desktop$' || fail "no menu entry (.desktop file)"
LAUNCHER=$(dpkg-deb --fsys-tarfile "$DEB" | tar -xO --wildcards '*/bin/uncac-workbench')
echo "$LAUNCHER" | grep -q -- '-XX:AOTCache=' || fail "the launcher does not use the ahead-of-time cache"
echo "$LIST" | grep -q 'lib/app/lib/h2-' || fail "the program's libraries are missing"
SIZE=$(stat -c %s "$DEB")
echo "check-deb: $(basename "$DEB") is $((SIZE / 1024 / 1024)) MB; Depends: $DEPENDS"
