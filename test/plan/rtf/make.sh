#!/bin/sh
# Makes the .rtf files read by test/plan/rtf/read-rtf.test.ts: Word files of test/plan/doc/ saved by LibreOffice as
# Rich Text, as an office's document-management system exports a plan (tab-stops.docx and restarted-list.docx as
# they are; vntime.html, a plan in the .VnTime font, through the .docx LibreOffice makes of it).
# Run from this folder.
set -e
work=$(mktemp -d)
profile=-env:UserInstallation=file://$work/profile
soffice $profile --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$work" ../doc/vntime.html >/dev/null
for docx in ../doc/tab-stops.docx ../doc/restarted-list.docx "$work/vntime.docx"; do
  soffice $profile --headless --convert-to 'rtf:Rich Text Format' --outdir . "$docx" >/dev/null
done
rm -rf "$work"
