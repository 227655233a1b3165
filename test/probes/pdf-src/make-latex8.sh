#!/usr/bin/env bash
# Rebuilds the `latex8` probe family: LaTeX résumés in the look of popular public LaTeX templates
# (AltaCV, Deedy, Friggeri, Twenty Seconds CV, Trey Hunner's resume.cls, McDowell CV, Developer CV,
# YAAC, an academic CV, Simple Hipster CV), through make-latex.sh (which compiles a source whose
# first line is `% !TEX program = xelatex` with xelatex), then the four text shapes.
# Usage: bash test/probes/pdf-src/make-latex8.sh [id ...]   (default: every latex8-*.tex here)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ $# -gt 0 ]; then ids=("$@"); else
  ids=(); for f in "$HERE"/latex8-*.tex; do ids+=("$(basename "$f" .tex)"); done
fi
exec bash "$HERE/make-latex.sh" "${ids[@]}"
