#!/usr/bin/env bash
# Rebuilds the `gdocs` probe family: HTML résumés in the look of Google Docs templates (Serif, Swiss, Coral,
# Spearmint, Modern Writer, a blank doc) printed to PDF
# by headless Chromium, then the four text shapes of /work/shared/pdf-corpus/README.md.
# Usage: bash test/probes/pdf-src/make-gdocs.sh [id ...]   (default: every gdocs-*.html here)
# PDFs go to out/probe-pdf/ (gitignored); text shapes to test/probes/pdf/. Idempotent.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
PDFDIR="$ROOT/out/probe-pdf"
TXTDIR="$ROOT/test/probes/pdf"
PDFJS="$ROOT/out/theme-corpus/npm/pdfjs-text.mjs"
mkdir -p "$PDFDIR" "$TXTDIR"
command -v chromium >/dev/null || { echo "chromium missing: apt-get install -y chromium fonts-dejavu-core fonts-liberation2" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "pdftotext missing: apt-get install -y poppler-utils" >&2; exit 1; }
[ -f "$PDFJS" ] || { echo "missing $PDFJS (pdfjs-dist + the README's pdfjs-text.mjs)" >&2; exit 1; }

if [ $# -gt 0 ]; then ids=("$@"); else
  ids=(); for f in "$HERE"/gdocs-*.html; do b="$(basename "$f" .html)"; ids+=("$b"); done
fi
PROFILE="$(mktemp -d)"; trap 'rm -rf "$PROFILE"' EXIT
for id in "${ids[@]}"; do
  src="$HERE/$id.html"; pdf="$PDFDIR/$id.pdf"
  [ -f "$src" ] || { echo "no $src" >&2; exit 1; }
  # one Chromium at a time; no network (every host maps to NOTFOUND), no header/footer of Chromium's own
  chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$PROFILE" \
    --host-resolver-rules="MAP * ~NOTFOUND" --no-pdf-header-footer \
    --print-to-pdf="$pdf" "file://$src" >/dev/null 2>&1
  [ -s "$pdf" ] || { echo "chromium made no PDF for $id" >&2; exit 1; }
  pdftotext -enc UTF-8         "$pdf" "$TXTDIR/$id.pdftotext.txt"
  pdftotext -enc UTF-8 -layout "$pdf" "$TXTDIR/$id.layout.txt"
  pdftotext -enc UTF-8 -raw    "$pdf" "$TXTDIR/$id.raw.txt"
  node "$PDFJS" "$pdf" > "$TXTDIR/$id.pdfjs.txt"
  echo "$id: $(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/{print $2}') page(s)"
done
