#!/bin/sh
# Held-out set 6, document 07: after `python3 test/plan-heldout/make.py <07 folder>` (Word files, plan.txt and a
# LibreOffice PDF), prints plan.pdf again with Chromium from plan.html, with print CSS (Times, margins, letter
# items "a)" by a CSS counter). Run from the repository: sh test/plan-heldout-6/make-author6b/07-pdf.sh
set -e
DIR=test/plan-heldout-6/07-bac-kan-2024-bcd-assignment-notice-full-dates
WORK=$(mktemp -d)
CSS='body { font-family: "Times New Roman", serif; font-size: 13pt; margin: 1.5cm 1.5cm 1.5cm 2.5cm; }
p { margin: 4pt 0; text-align: justify; } p[align="center"] { text-align: center; } ol { padding-left: 1.2em; }
ol[type="a"] { list-style: none; counter-reset: it; padding-left: 0.6em; }
ol[type="a"] > li { counter-increment: it; }
ol[type="a"] > li > p:first-child::before { content: counter(it, lower-alpha) ") "; }'
CSS=$(printf '%s' "$CSS" | tr '\n' ' ')
sed "s#</head>#<style>$CSS</style></head>#" "$DIR/plan.html" > "$WORK/print.html"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$WORK/profile" --no-pdf-header-footer \
  --print-to-pdf="$DIR/plan.pdf" "$WORK/print.html" 2>/dev/null
rm -rf "$WORK"
echo "printed $DIR/plan.pdf"
