# Sourced by the make-*.sh scripts here: where a probe PDF and its text shapes go, and the four text
# shapes of ../shared/pdf-corpus/README.md made from a PDF (pdftotext default, -layout, -raw, and
# pdf.js through the README's pdfjs-text.mjs), one way for every family.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
PDFDIR="$ROOT/out/probe-pdf"
TXTDIR="$ROOT/test/probes/pdf"
PDFJS="${PDFJS_TEXT:-$ROOT/out/theme-corpus/npm/pdfjs-text.mjs}"
mkdir -p "$PDFDIR" "$TXTDIR"

# Fails with what to install when the shape tools are missing.
need_shape_tools() {
  command -v pdftotext >/dev/null || { echo "pdftotext missing: apt-get install -y poppler-utils" >&2; exit 1; }
  [ -f "$PDFJS" ] || { echo "missing $PDFJS (pdfjs-dist + the README's pdfjs-text.mjs; npm run accuracy:themes installs them)" >&2; exit 1; }
}

# text_shapes ID: the four text shapes of $PDFDIR/ID.pdf into $TXTDIR, and its page count.
text_shapes() {
  local id="$1" pdf="$PDFDIR/$1.pdf"
  pdftotext -enc UTF-8         "$pdf" "$TXTDIR/$id.pdftotext.txt"
  pdftotext -enc UTF-8 -layout "$pdf" "$TXTDIR/$id.layout.txt"
  pdftotext -enc UTF-8 -raw    "$pdf" "$TXTDIR/$id.raw.txt"
  node "$PDFJS" "$pdf" > "$TXTDIR/$id.pdfjs.txt"
  echo "$id: $(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/{print $2}') page(s)"
}
