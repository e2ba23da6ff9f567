#!/usr/bin/env bash
# Checks that workbook.xlsx opens in LibreOffice without a repair prompt and that its financial
# summary prints one page wide, and renders the summary's first page as a PNG for the README.
# Not part of `mvn -B verify` (it needs LibreOffice and poppler):
#   apt-get install -y --no-install-recommends libreoffice-calc poppler-utils
#
#   scripts/check-workbook.sh [WORKBOOK.xlsx] [PNG]
# Without a workbook it runs the shipped 2021 scenario (10,000 trajectories) into a temporary folder.
# The PNG defaults to docs/workbook-financial-summary.png.
set -euo pipefail
HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
WORKBOOK="${1:-}"
PNG="${2:-$HOME_DIR/docs/workbook-financial-summary.png}"
for tool in soffice pdftotext pdfinfo pdftoppm; do
  command -v "$tool" > /dev/null || { echo "check-workbook: $tool is not installed (libreoffice-calc, poppler-utils)" >&2; exit 2; }
done
if [ -z "$WORKBOOK" ]; then
  "$HOME_DIR/hnsim" run "$HOME_DIR/scenarios/leicestershire-2021-mtfs.yaml" --out "$TMP/run" --quiet
  WORKBOOK="$TMP/run/workbook.xlsx"
fi

# 1. Convert. A file LibreOffice must repair does not load in headless mode: no PDF, or an error.
soffice --headless -env:UserInstallation="file://$TMP/profile" --convert-to pdf --outdir "$TMP" "$WORKBOOK" \
  > "$TMP/convert.log" 2>&1 || true
PDF="$TMP/$(basename "${WORKBOOK%.*}").pdf"
if [ ! -s "$PDF" ] || grep -qiE "error|repair|corrupt" "$TMP/convert.log"; then
  echo "check-workbook: FAIL: LibreOffice did not convert $WORKBOOK" >&2
  cat "$TMP/convert.log" >&2
  exit 1
fi
PAGES="$(pdfinfo "$PDF" | awk '/^Pages:/ {print $2}')"
echo "converted to PDF without a repair prompt: $PAGES pages"

# 2. The financial summary's pages come first, up to the page where the next sheet's title appears.
#    Printed one page wide, every one of them carries the repeated header row whole: the label
#    column ("Line") and the last year's column together. A sheet split across page widths would
#    leave pages with the right-hand years but no labels.
LAST_YEAR="$(pdftotext -layout -f 1 -l 1 "$PDF" - | grep -E '^\s*Line\s' | head -1 | awk '{print $NF}')"
summary_pages=0
for ((p = 1; p <= PAGES; p++)); do
  text="$(pdftotext -layout -f "$p" -l "$p" "$PDF" -)"
  if grep -q "Children and young people" <<< "$text"; then
    break
  fi
  summary_pages=$((summary_pages + 1))
  if ! grep -Eq "^\s*Line\s.*${LAST_YEAR//\//\\/}\s*$" <<< "$text"; then
    echo "check-workbook: FAIL: page $p of the financial summary lacks the whole header row (Line ... $LAST_YEAR)" >&2
    exit 1
  fi
done
echo "financial summary: $summary_pages pages, each one page wide (Line to $LAST_YEAR on every page)"

# 3. The summary's first page as a PNG.
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$PDF" "${PNG%.png}"
echo "wrote $PNG"
