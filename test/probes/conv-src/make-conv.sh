#!/bin/sh
# Rebuilds probe batch 12: the Word sources (make-docx.mjs, with the `docx` package of package.json), then
# each converted file with the one real tool named below. Needs pandoc (Debian 2.17) and LibreOffice.
# The two Google Docs "Download -> Markdown" files are written by hand (gdocs/*.md): no offline tool
# makes that export, so they are copied as they are.
set -e
cd "$(dirname "$0")"
[ -d node_modules/docx ] || npm install --no-audit --no-fund >/dev/null
node make-docx.mjs
M=../markdown; T=../text; mkdir -p $M $T
pandoc -f docx -t gfm        conv-medical-assistant.docx -o $M/conv-medical-assistant.md
pandoc -f docx -t markdown   conv-hr-manager.docx        -o $M/conv-hr-manager.md
pandoc -f docx -t commonmark conv-preschool-teacher.docx -o $M/conv-preschool-teacher.md
pandoc -f docx -t plain      conv-restaurant-gm.docx     -o $T/conv-restaurant-gm.txt
pandoc -f docx -t plain      conv-data-analyst.docx      -o $T/conv-data-analyst.txt
tmp=$(mktemp -d)
soffice --headless --convert-to txt:Text                 --outdir $tmp conv-welder.docx conv-property-manager.docx >/dev/null
soffice --headless --convert-to "txt:Text (encoded):UTF8,CRLF" --outdir $tmp/u conv-civil-engineer.docx >/dev/null
cp $tmp/conv-welder.txt $T/conv-welder.txt
cp $tmp/conv-property-manager.txt $T/conv-property-manager.txt
cp $tmp/u/conv-civil-engineer.txt $T/conv-civil-engineer.txt
rm -rf $tmp
cp gdocs/conv-claims-adjuster.md gdocs/conv-security-manager.md $M/
