#!/usr/bin/env bash
# make-word2.sh [--docx] — rebuilds the word2-family probe PDFs (word2-*.docx → out/probe-pdf/*.pdf)
# and their four text shapes (test/probes/pdf/<id>.{pdftotext,layout,raw,pdfjs}.txt), the way
# /work/shared/pdf-corpus/README.md makes them. Idempotent.
#
#   --docx   first regenerate the word2-*.docx sources from word2-docx.mjs (needs the `docx` npm
#            package in $DOCX_HOME, default /tmp/wordprobe: `npm init -y && npm install docx` there).
#
# Needs: LibreOffice Writer and the fonts the documents name (Calibri/Cambria/Arial/Times New Roman
# are rendered with their metric-compatible Carlito/Caladea/Liberation stand-ins):
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation \
#     fonts-crosextra-carlito fonts-crosextra-caladea poppler-utils
# and pdfjs-text.mjs with pdfjs-dist beside it (PDFJS_TEXT, default out/theme-corpus/npm/pdfjs-text.mjs).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
OUT=$ROOT/out/probe-pdf
TXT=$ROOT/test/probes/pdf
PDFJS=${PDFJS_TEXT:-$ROOT/out/theme-corpus/npm/pdfjs-text.mjs}
DOCX_HOME=${DOCX_HOME:-/tmp/wordprobe}
# A profile of our own, so a LibreOffice that is already running elsewhere does not swallow the job.
LO_PROFILE=${LO_PROFILE:-/tmp/lo-word2}

if [ "${1:-}" = "--docx" ]; then
  DOCX_HOME=$DOCX_HOME node "$HERE/word2-docx.mjs" "$HERE"
fi

mkdir -p "$OUT" "$TXT"
for src in "$HERE"/word2-*.docx; do
  id=$(basename "$src" .docx)
  rm -f "$OUT/$id.pdf"
  soffice --headless -env:UserInstallation="file://$LO_PROFILE" --convert-to pdf --outdir "$OUT" "$src" >/dev/null 2>&1
  [ -s "$OUT/$id.pdf" ] || { echo "make-word2: LibreOffice made no PDF for $id" >&2; exit 1; }
  pdftotext -enc UTF-8         "$OUT/$id.pdf" "$TXT/$id.pdftotext.txt"
  pdftotext -enc UTF-8 -layout "$OUT/$id.pdf" "$TXT/$id.layout.txt"
  pdftotext -enc UTF-8 -raw    "$OUT/$id.pdf" "$TXT/$id.raw.txt"
  node "$PDFJS" "$OUT/$id.pdf" > "$TXT/$id.pdfjs.txt"
  echo "make-word2: $id ($(pdfinfo "$OUT/$id.pdf" | awk '/^Pages:/{print $2}') pages)"
done
