#!/usr/bin/env bash
# Renders the documents the workbench writes — the national report, a session's minutes and a review
# pack, in Chinese and in English — to PNG pages, as a reader would see them, so that anyone can look.
#
#   docs/tools/render-documents.sh [output folder]      (default: target/rendered)
#
# Needs the built jar (./mvnw -DskipTests package) and, on Debian/Ubuntu:
#   apt install libreoffice-writer poppler-utils fonts-arphic-ukai fonts-noto-cjk
# 標楷體 does not exist on Linux: a fontconfig alias maps it to AR PL UKai (a Kai face), as the
# documents' font table asks renderers without it to do. LibreOffice does not update fields when it
# converts, so the table of contents shows its entries without page numbers (Word fills them in).
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(realpath -m "${1:-target/rendered}")"
jar=target/uncac-workbench.jar
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mkdir -p "$out/fontconfig"
cat > "$out/fontconfig/fonts.conf" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>標楷體</family><prefer><family>AR PL UKai TW</family><family>AR PL UKai CN</family></prefer></alias>
  <alias binding="same"><family>DFKai-SB</family><prefer><family>AR PL UKai TW</family></prefer></alias>
</fontconfig>
XML
data="$out/data"
rm -rf "$data"
"$java_bin" -jar "$jar" --data-dir "$data" load-sample > /dev/null
for lang in zh en; do
  "$java_bin" -jar "$jar" --data-dir "$data" export report --cycle 2 --lang "$lang" --out "$out/report-$lang.docx"
  "$java_bin" -jar "$jar" --data-dir "$data" export minutes --cycle 2 --session 5 --lang "$lang" --out "$out/minutes-$lang.docx"
  "$java_bin" -jar "$jar" --data-dir "$data" export review-pack --cycle 3 --lang "$lang" --articles 5-14 --out "$out/pack-$lang.docx"
done
export FONTCONFIG_FILE="$out/fontconfig/fonts.conf"
for doc in "$out"/*.docx; do
  soffice --headless --convert-to pdf --outdir "$out" "$doc" > /dev/null 2>&1
  pdftoppm -png -r 60 "${doc%.docx}.pdf" "${doc%.docx}"
done
echo "pages in $out:"
ls "$out"/*.png | sed 's|.*/||' | sed 's/-[0-9]*\.png$//' | sort | uniq -c
