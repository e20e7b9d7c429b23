#!/usr/bin/env bash
# Installs the .deb on a clean Debian 12 and starts it: a minimal Debian 12 ("bookworm", debootstrap's
# minbase) in a temporary folder, `apt-get install ./the.deb` there (which must pull in everything the
# program needs), then, inside it: --version, load-sample, check, and the window on the demo data
# under Xvfb until the dashboard is drawn (the start-up probe), with a screenshot.
# Usage (as root, with network access to deb.debian.org; apt: debootstrap imagemagick):
#   installer/linux/check-clean-debian.sh target/installer/uncac-workbench_0.1.0_amd64.deb [screenshot.png]
set -euo pipefail
DEB=$(readlink -f "${1:?usage: check-clean-debian.sh FILE.deb [screenshot.png]}")
SHOT="${2:-}"
[ "$(id -u)" = 0 ] || { echo "check-clean-debian: needs root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap > /dev/null || { echo "check-clean-debian: needs debootstrap (apt: debootstrap)" >&2; exit 2; }
ROOT=$(mktemp -d /tmp/clean-debian.XXXXXX)
cleanup() {
    for m in dev/pts dev sys proc; do umount -l "$ROOT/$m" 2> /dev/null || true; done
    rm -rf --one-file-system "$ROOT" "$ROOT.log"
}
trap cleanup EXIT

echo "check-clean-debian: making a minimal Debian 12 in $ROOT"
debootstrap --variant=minbase bookworm "$ROOT" http://deb.debian.org/debian > "$ROOT.log" 2>&1 \
    || { tail -5 "$ROOT.log" >&2; exit 1; }
printf 'deb http://deb.debian.org/debian bookworm main\ndeb http://deb.debian.org/debian-security bookworm-security main\n' \
    > "$ROOT/etc/apt/sources.list"
cp /etc/resolv.conf "$ROOT/etc/"
mount -t proc proc "$ROOT/proc"
mount --rbind /sys "$ROOT/sys"
mount --rbind /dev "$ROOT/dev"
cp "$DEB" "$ROOT/root/"
BEFORE=$(chroot "$ROOT" dpkg-query -f '.\n' -W | wc -l)

echo "check-clean-debian: apt-get install ./$(basename "$DEB") (on $BEFORE packages)"
chroot "$ROOT" /bin/bash -c "apt-get update -q > /dev/null && apt-get install -y -q ./root/$(basename "$DEB")" > "$ROOT/root/install.log" 2>&1 \
    || { tail -20 "$ROOT/root/install.log" >&2; exit 1; }
grep -E "newly installed" "$ROOT/root/install.log"
echo "check-clean-debian: installed size $(du -sh "$ROOT/opt/uncac-workbench" | cut -f1) in /opt/uncac-workbench"

# only to look at the window: a virtual display (not a dependency of the package)
chroot "$ROOT" apt-get install -y -q xvfb x11-apps > /dev/null 2>&1
cat > "$ROOT/root/start.sh" <<'EOF'
#!/bin/bash
set -e
W=/opt/uncac-workbench/bin/uncac-workbench
$W --version
$W --data-dir /root/data load-sample
$W --data-dir /root/data check
Xvfb :91 -screen 0 1400x900x24 > /dev/null 2>&1 &
X=$!
sleep 1
export DISPLAY=:91
JAVA_TOOL_OPTIONS=-Duncac.startupProbe=true $W --data-dir /root/data 2> /dev/null | grep -m1 UNCAC-READY \
    || { echo "the window did not show its dashboard" >&2; kill $X; exit 1; }
$W --data-dir /root/data --lang zh > /dev/null 2>&1 &
P=$!
sleep 8
xwd -root -silent > /root/window.xwd
kill $P $X
EOF
chmod +x "$ROOT/root/start.sh"
chroot "$ROOT" /root/start.sh
if [ -n "$SHOT" ]; then
    convert "xwd:$ROOT/root/window.xwd" "$SHOT"
    echo "check-clean-debian: screenshot of the window in $SHOT"
fi
echo "check-clean-debian: installs and starts on a clean Debian 12"
