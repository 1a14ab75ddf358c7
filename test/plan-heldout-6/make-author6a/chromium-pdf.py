#!/usr/bin/env python3
"""Prints a held-out document's plan.pdf with Chromium instead of LibreOffice, as an office that
publishes from a web page does: A4 portrait for the body, the appendix (class "phu-luc") on
landscape pages through a named @page, the table's header row repeated on every page.

The print style is added to a temporary copy of plan.html only, so make.py (LibreOffice) reads the
plain HTML. Run after make.py, from the repository root:
  python3 test/plan-heldout-6/make-author6a/chromium-pdf.py test/plan-heldout-6/NN-slug
"""
import os
import shutil
import subprocess
import sys
import tempfile

STYLE = """<style>
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13pt; }
@page { size: A4; margin: 2cm 1.5cm 2cm 3cm; }
@page ngang { size: A4 landscape; margin: 1.5cm; }
.phu-luc { page: ngang; }
table.bieu { border-collapse: collapse; width: 100%; font-size: 12pt; }
table.bieu td, table.bieu th { border: 1px solid #000; padding: 3px; vertical-align: middle; }
table.bieu thead { display: table-header-group; }
table.bieu tr { break-inside: avoid; }
p { margin: 4px 0; }
p:not([align]) { text-align: justify; }
</style>
"""


def main(folder):
    work = tempfile.mkdtemp(prefix="chromium-pdf-")
    try:
        with open(os.path.join(folder, "plan.html"), encoding="utf-8") as f:
            page = f.read().replace("</head>", STYLE + "</head>", 1)
        source = os.path.join(work, "plan.html")
        with open(source, "w", encoding="utf-8") as f:
            f.write(page)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={work}/profile", f"--print-to-pdf={work}/plan.pdf", source],
                       check=True, capture_output=True)
        shutil.copy(os.path.join(work, "plan.pdf"), os.path.join(folder, "plan.pdf"))
        print("printed", os.path.join(folder, "plan.pdf"))
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        main(arg)
