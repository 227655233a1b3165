#!/usr/bin/env bash
# Rebuilds the `latex` probe family: LaTeX résumés (Overleaf-template look) compiled with pdflatex,
# then the four text shapes of /work/shared/pdf-corpus/README.md. make-latex8.sh builds the
# `latex8` family with it.
# Usage: bash test/probes/pdf-src/make-latex.sh [id ...]   (default: every latex-*.tex here)
# A source whose first line is `% !TEX program = xelatex` is compiled with xelatex (fontspec, OpenType
# fonts from texlive), the others with pdflatex.
# PDFs go to out/probe-pdf/ (gitignored); text shapes to test/probes/pdf/. Idempotent.
# Needs: texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended
# (texlive-fonts-extra and texlive-xetex for the latex8 family), poppler-utils, and
# out/theme-corpus/npm/pdfjs-text.mjs with pdfjs-dist installed beside it.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/shapes.sh"
TEXPKGS="texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended texlive-fonts-extra texlive-xetex"
command -v pdflatex >/dev/null || { echo "pdflatex missing: apt-get install -y --no-install-recommends $TEXPKGS" >&2; exit 1; }
need_shape_tools

if [ $# -gt 0 ]; then ids=("$@"); else
  ids=(); for f in "$HERE"/latex-*.tex; do ids+=("$(basename "$f" .tex)"); done
fi
BUILD="$(mktemp -d)"; trap 'rm -rf "$BUILD"' EXIT
# fixed dates and IDs so that a rebuild gives the same PDF bytes
export SOURCE_DATE_EPOCH=1735689600 FORCE_SOURCE_DATE=1
for id in "${ids[@]}"; do
  src="$HERE/$id.tex"; pdf="$PDFDIR/$id.pdf"
  [ -f "$src" ] || { echo "no $src" >&2; exit 1; }
  engine=pdflatex
  if head -1 "$src" | grep -qi '^% *!TEX program *= *xelatex'; then engine=xelatex; fi
  command -v "$engine" >/dev/null || { echo "$engine missing: apt-get install -y --no-install-recommends $TEXPKGS" >&2; exit 1; }
  cp "$src" "$BUILD/"
  # twice: page references (lastpage, "Page X of Y") and tikz overlays settle on the second run
  for pass in 1 2; do
    (cd "$BUILD" && "$engine" -interaction=nonstopmode -halt-on-error "$id.tex" >"$id.log.txt" 2>&1) \
      || { echo "$engine failed for $id (pass $pass):" >&2; tail -30 "$BUILD/$id.log" >&2; exit 1; }
  done
  cp "$BUILD/$id.pdf" "$pdf"
  text_shapes "$id"
done
