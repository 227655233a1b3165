#!/usr/bin/env bash
# Rebuilds an HTML probe family printed to PDF by headless Chromium (`web`: online-builder and
# HTML-template looks; `gdocs`: Google Docs templates, which Docs exports through Skia as Chromium
# prints; the fifth batch's `linkedin`, `indeed`, `europass`, `canva` and `builder` looks of the
# PDFs those sites and tools make; the sixth batch's `twocol` sidebar layouts; and the tenth batch's
# `app` looks of résumé-builder web apps), then the four
# text shapes of /work/shared/pdf-corpus/README.md.
# Usage: bash test/probes/pdf-src/make-html.sh FAMILY [id ...]   (default: every FAMILY-*.html here)
# PDFs go to out/probe-pdf/ (gitignored); text shapes to test/probes/pdf/. Idempotent.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/shapes.sh"
family="${1:?usage: make-html.sh FAMILY [id ...]}"; shift
command -v chromium >/dev/null || { echo "chromium missing: apt-get install -y chromium fonts-dejavu-core fonts-liberation2" >&2; exit 1; }
need_shape_tools

if [ $# -gt 0 ]; then ids=("$@"); else
  ids=(); for f in "$HERE/$family"-*.html; do ids+=("$(basename "$f" .html)"); done
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
  text_shapes "$id"
done
