#!/usr/bin/env bash
# Rebuilds the batch-15 probe PDFs (`b15-*`) and their four text shapes, the way the earlier families
# do (shapes.sh): Word documents from b15-docx.mjs printed by LibreOffice, HTML printed by headless
# Chromium, LaTeX compiled with pdflatex (or xelatex when the first line says so).
# Usage: bash make-batch15.sh [--docx] [id ...]   (default: every b15-*.{docx,html,tex} here)
#   --docx  first regenerate the b15-*.docx sources from b15-docx.mjs (`docx` npm package in
#           DOCX_HOME, default /tmp/wordprobe).
# PDFs go to out/probe-pdf/ (gitignored); text shapes to ../pdf/ beside this folder (TXTDIR).
# Needs chromium, libreoffice-writer-nogui (+ fonts-crosextra-carlito/caladea, fonts-liberation),
# texlive-latex-extra, poppler-utils and out/theme-corpus/npm/pdfjs-text.mjs.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROBE_SRC="${PROBE_SRC:-$HERE/../../../probes/pdf-src}"
[ -f "$PROBE_SRC/shapes.sh" ] || PROBE_SRC="$HERE"   # once moved beside shapes.sh
. "$PROBE_SRC/shapes.sh"
TXTDIR="${TXTDIR_OVERRIDE:-$(cd "$HERE/.." && pwd)/pdf}"; mkdir -p "$TXTDIR"
need_shape_tools
DOCX_HOME=${DOCX_HOME:-/tmp/wordprobe}
if [ "${1:-}" = "--docx" ]; then shift; DOCX_HOME=$DOCX_HOME node "$HERE/b15-docx.mjs" "$HERE"; fi
if [ $# -gt 0 ]; then ids=("$@"); else
  ids=(); for f in "$HERE"/b15-*.docx "$HERE"/b15-*.html "$HERE"/b15-*.tex; do [ -f "$f" ] && { b=$(basename "$f"); ids+=("${b%.*}"); }; done
fi
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1735689600 FORCE_SOURCE_DATE=1
for id in "${ids[@]}"; do
  pdf="$PDFDIR/$id.pdf"; rm -f "$pdf"
  if [ -f "$HERE/$id.docx" ]; then
    soffice -env:UserInstallation="file://$WORK/lo" --headless --convert-to pdf --outdir "$PDFDIR" "$HERE/$id.docx" >/dev/null 2>&1
  elif [ -f "$HERE/$id.html" ]; then
    chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$WORK/chrome" \
      --host-resolver-rules="MAP * ~NOTFOUND" --no-pdf-header-footer \
      --print-to-pdf="$pdf" "file://$HERE/$id.html" >/dev/null 2>&1
  elif [ -f "$HERE/$id.tex" ]; then
    engine=pdflatex; head -1 "$HERE/$id.tex" | grep -qi '^% *!TEX program *= *xelatex' && engine=xelatex
    cp "$HERE/$id.tex" "$WORK/"
    for pass in 1 2; do
      (cd "$WORK" && "$engine" -interaction=nonstopmode -halt-on-error "$id.tex" >"$id.out.txt" 2>&1) \
        || { echo "$engine failed for $id:" >&2; tail -30 "$WORK/$id.log" >&2; exit 1; }
    done
    cp "$WORK/$id.pdf" "$pdf"
  else echo "no source for $id" >&2; exit 1; fi
  [ -s "$pdf" ] || { echo "no PDF made for $id" >&2; exit 1; }
  text_shapes "$id"
done
