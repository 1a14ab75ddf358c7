#!/usr/bin/env python3
"""Turns the appendix of this Quyết định landscape, as Lai Châu's office prints it.

make.py's LibreOffice HTML import gives one portrait section; this puts a section break
before "PHỤ LỤC" in plan-auto.docx and plan-typed.docx (the decision stays portrait, the
appendix table is landscape) and exports plan.pdf again from plan-auto.docx.
Run after make.py, from the repository root:
  python3 test/plan-heldout-3/05-lai-chau-2026-decision-three-row-header/make-landscape.py
"""
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = '<w:r><w:br w:type="page"/></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>PHỤ LỤC</w:t>'


def landscape(xml):
    final = re.findall(r"<w:sectPr>.*?</w:sectPr>", xml, re.S)[-1]
    start = xml.index(MARK)
    para = xml.rindex("<w:p>", 0, start)
    # The decision's own section ends in a paragraph carrying its (portrait) properties.
    xml = xml[:para] + f"<w:p><w:pPr>{final}</w:pPr></w:p>" + xml[para:].replace(MARK, MARK[MARK.index("</w:r>") + 6:], 1)
    wide = final.replace('<w:pgSz w:w="11906" w:h="16838"/>', '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')
    assert wide != final
    head, _, tail = xml.rpartition(final)
    return head + wide + tail


def rewrite(path):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = landscape(data.decode("utf-8")).encode("utf-8")
            dst.writestr(item, data)
    os.replace(tmp, path)


def main():
    for name in ("plan-auto.docx", "plan-typed.docx"):
        rewrite(os.path.join(HERE, name))
    work = tempfile.mkdtemp(prefix="landscape-")
    try:
        shutil.copy(os.path.join(HERE, "plan-auto.docx"), work)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", work, os.path.join(work, "plan-auto.docx")],
                       check=True, capture_output=True)
        shutil.copy(os.path.join(work, "plan-auto.pdf"), os.path.join(HERE, "plan.pdf"))
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
