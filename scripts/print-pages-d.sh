#!/bin/sh
# Prints fixtures/pages-d: each page (html/) to pdf/ and each Word-style document (doc-html/) to doc/ with
# Debian's chromium. The page size (pdfPage in manifest.json) comes in as an injected @page rule.
# Needs qpdf for the final repack.
# Usage: sh scripts/print-pages-d.sh   (after node scripts/make-pages-d.mjs)
set -e
cd "$(dirname "$0")/../fixtures/pages-d"
mkdir -p pdf doc tmp-print
node -e '
const m = require("./manifest.json");
for (const e of m) console.log([e.html, e.pdf, e.pdfPage, e.encoding].join("\t"));
' | while IFS="$(printf '\t')" read -r html pdf page enc; do
  size=$(echo "$page" | sed 's/A4-landscape/A4 landscape/')
  # the @page rule is ASCII, so it can be inserted before </head> in any of the three encodings
  tmp="tmp-print/$(basename "$html")"
  sed "s#</head>#<style>@page{size:$size;margin:12mm}</style></head>#I" "$html" > "$tmp"
  chromium --headless --no-sandbox --disable-gpu --window-size=1280,2000 --print-to-pdf="$pdf" --no-pdf-header-footer "file://$PWD/$tmp" 2>/dev/null
done
for f in doc-html/*.html; do
  id=$(basename "$f" .html)
  chromium --headless --no-sandbox --disable-gpu --print-to-pdf="doc/$id.pdf" --no-pdf-header-footer "file://$PWD/$f" 2>/dev/null
done
rm -rf tmp-print
# lossless repack (object streams, flate level 9): same content streams and fonts, about 40% smaller
for f in pdf/*.pdf doc/*.pdf; do qpdf --object-streams=generate --compression-level=9 --recompress-flate "$f" "$f.tmp" && mv "$f.tmp" "$f"; done
