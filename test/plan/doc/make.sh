#!/bin/sh
# Makes the .doc files read by test/plan/read-doc.test.ts: each NAME.html here saved by LibreOffice
# as Word (.docx), then as Word 97-2003 (.doc), as an office re-saving a plan in the old format does
# (the .docx in between is not kept); restarted-list.docx, layout.docx, tab-stops.docx and embedded-sheet.docx, written
# by their scripts, saved as .doc.
# Run from this folder.
set -e
work=$(mktemp -d)
for html in *.html; do
  name=${html%.html}
  soffice -env:UserInstallation=file://$work/profile --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$html" >/dev/null
  soffice -env:UserInstallation=file://$work/profile --headless --convert-to 'doc:MS Word 97' --outdir . "$work/$name.docx" >/dev/null
done
python3 restarted-list.py
python3 layout.py
python3 tab-stops.py
python3 embedded-sheet.py
soffice -env:UserInstallation=file://$work/profile --headless --convert-to 'doc:MS Word 97' --outdir . tab-stops.docx >/dev/null
soffice -env:UserInstallation=file://$work/profile --headless --convert-to 'doc:MS Word 97' --outdir . layout.docx >/dev/null
soffice -env:UserInstallation=file://$work/profile --headless --convert-to 'doc:MS Word 97' --outdir . restarted-list.docx >/dev/null
soffice -env:UserInstallation=file://$work/profile --headless --convert-to 'doc:MS Word 97' --outdir . embedded-sheet.docx >/dev/null
rm -rf "$work"
