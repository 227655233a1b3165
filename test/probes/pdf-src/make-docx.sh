#!/usr/bin/env bash
# make-docx.sh FAMILY [--docx] — rebuilds a Word probe family's PDFs (FAMILY-*.docx →
# out/probe-pdf/*.pdf, printed by LibreOffice) and their four text shapes
# (test/probes/pdf/<id>.{pdftotext,layout,raw,pdfjs}.txt), the way /work/shared/pdf-corpus/README.md
# makes them. Idempotent. Families: `word` (Word résumés of several designs), `word2` (Word's
# built-in template looks and self-typed résumés), `cv` (UK and Australian CV conventions).
#
#   --docx   first regenerate the FAMILY-*.docx sources from FAMILY-docx.mjs (needs the `docx` npm
#            package in $DOCX_HOME, default /tmp/wordprobe: `npm init -y && npm install docx` there).
#
# Needs: LibreOffice Writer and the fonts the documents name (Calibri/Cambria/Arial/Times New Roman
# are rendered with their metric-compatible Carlito/Caladea/Liberation stand-ins):
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation fonts-dejavu \
#     fonts-crosextra-carlito fonts-crosextra-caladea poppler-utils
# and pdfjs-text.mjs with pdfjs-dist beside it (PDFJS_TEXT, default out/theme-corpus/npm/pdfjs-text.mjs).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/shapes.sh"
family="${1:?usage: make-docx.sh FAMILY [--docx]}"; shift
DOCX_HOME=${DOCX_HOME:-/tmp/wordprobe}
# A profile of our own, so a LibreOffice that is already running elsewhere does not swallow the job.
LO_PROFILE=${LO_PROFILE:-/tmp/$family-lo-profile}
need_shape_tools

if [ "${1:-}" = "--docx" ]; then
  DOCX_HOME=$DOCX_HOME node "$HERE/$family-docx.mjs" "$HERE"
fi

for src in "$HERE/$family"-*.docx; do
  id=$(basename "$src" .docx)
  rm -f "$PDFDIR/$id.pdf"
  soffice -env:UserInstallation="file://$LO_PROFILE" --headless --convert-to pdf --outdir "$PDFDIR" "$src" >/dev/null 2>&1
  [ -s "$PDFDIR/$id.pdf" ] || { echo "make-docx: LibreOffice made no PDF for $id" >&2; exit 1; }
  text_shapes "$id"
done
