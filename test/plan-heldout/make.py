#!/usr/bin/env python3
"""Builds a held-out document's formats from its plan.html, with a toolchain that is not dondoc's.

plan.html (lists numbered by <ol>, tables with rowspan/colspan, LibreOffice-style footnotes)
  -> plan-auto.docx  (LibreOffice's HTML import, Word numbering from the lists)
  -> plan.pdf        (LibreOffice's export of plan-auto.docx)
  -> plan-typed.docx (the same HTML with the list numbers typed into the paragraphs)
  -> plan.txt        (the same text typed: numbers typed, table rows tab-separated)

Usage: python3 test/plan-heldout/make.py test/plan-heldout/NN-slug [...]  (needs soffice)
"""
import html
import os
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

BLOCKS = {"p", "h1", "h2", "h3", "h4", "div", "li", "tr", "table", "ol", "ul"}


def roman(n):
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def label(kind, n):
    if kind == "I":
        return roman(n) + "."
    if kind == "a":
        return "abcdđeghiklmn"[n - 1] + ")"
    if kind in ("-", "+"):
        return kind
    return f"{n}."


class Typed(HTMLParser):
    """Re-emits the HTML with list numbers typed, and collects the plain text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.lines, self.line = [], [], ""
        self.lists, self.row, self.cell, self.in_cell = [], None, None, False
        self.pending_spans = {}  # column -> rows still covered by a rowspan above
        self.footnote, self.skip_symbol, self.pending_label = None, False, None
        self.grids = []  # per open table: True for a grid, False for a borderless layout table

    # ---- html side
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("ol", "ul"):
            nested_bullet = tag == "ul" and any(k in ("-", "+") for k, _ in self.lists)
            kind = ("+" if nested_bullet else "-") if tag == "ul" else a.get("type", "1")
            self.lists.append([kind, int(a.get("start", "1")) - 1])
            return
        if tag == "li":
            self.lists[-1][1] += 1
            kind, n = self.lists[-1]
            self.pending_label = label(kind, n) + " "
            return
        if tag == "a" and a.get("class") == "sdfootnoteanc":
            self.text("[^" + a["name"].replace("sdfootnote", "").replace("anc", "") + "]")
            self.skip_symbol = True
        if tag == "a" and a.get("class") == "sdfootnotesym":
            self.footnote = a["name"].replace("sdfootnote", "").replace("sym", "")
            self.skip_symbol = True
        if tag == "div" and a.get("id", "").startswith("sdfootnote"):
            self.flush()
        if tag == "table":
            self.grids.append(a.get("border", "0") != "0")
        layout = tag in ("tr", "td", "th") and not self.grids[-1]
        if layout:
            self.flush()
        if tag == "tr" and not layout:
            self.row = []
        if tag in ("td", "th") and not layout:
            self.in_cell, self.cell = True, ""
            self.cell_span = (int(a.get("colspan", "1")), int(a.get("rowspan", "1")))
        if tag == "br":
            if self.in_cell:
                self.cell += " "
            else:
                self.flush()
        self.out.append(self.get_starttag_text())
        if tag == "p" and self.pending_label:
            self.out.append(html.escape(self.pending_label))
            self.line += self.pending_label
            self.pending_label = None

    def handle_endtag(self, tag):
        if tag in ("ol", "ul"):
            self.lists.pop()
            return
        if tag == "li":
            return
        self.out.append(f"</{tag}>")
        if tag in ("tr", "td", "th") and not self.grids[-1]:
            self.flush()
        elif tag == "p" and self.in_cell:
            self.cell += " "
        elif tag in ("td", "th"):
            self.in_cell = False
            self.add_cell(" ".join(self.cell.split()))
        elif tag == "tr":
            self.finish_row()
        elif tag == "a" and self.skip_symbol:
            self.skip_symbol = False
            if self.footnote:
                self.line, self.footnote = f"[^{self.footnote}]: ", None
        elif tag == "table":
            self.grids.pop()
            self.lines.append("")
        elif tag in BLOCKS:
            self.flush()

    def handle_data(self, data):
        self.out.append(html.escape(data, quote=False))
        if self.skip_symbol:
            return
        self.text(data)

    def text(self, data):
        if self.in_cell:
            self.cell += data
        else:
            self.line += data

    # ---- text side
    def add_cell(self, value):
        while len(self.row) in self.pending_spans:
            self.take_span(len(self.row))
        cols, rows = self.cell_span
        for i in range(cols):
            col = len(self.row)
            self.row.append(value if i == 0 else "")
            if rows > 1:
                self.pending_spans[col] = rows - 1

    def take_span(self, col):
        self.row.append("")
        self.pending_spans[col] -= 1
        if not self.pending_spans[col]:
            del self.pending_spans[col]

    def finish_row(self):
        while len(self.row) in self.pending_spans:
            self.take_span(len(self.row))
        self.lines.append("\t".join(self.row))
        self.row = None

    def flush(self):
        text = " ".join(self.line.split())
        if text:
            self.lines.append(text)
            self.lines.append("")
        self.line = ""


def typed_text(folder):
    """Writes plan.txt and returns the HTML with the list numbers typed."""
    parser = Typed()
    with open(os.path.join(folder, "plan.html"), encoding="utf-8") as f:
        parser.feed(f.read())
    parser.flush()
    text = "\n".join(parser.lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(os.path.join(folder, "plan.txt"), "w", encoding="utf-8") as f:
        f.write(text.strip() + "\n")
    return "".join(parser.out)


def build(folders):
    # One LibreOffice run per conversion for all documents: starting it is the slow part.
    work = tempfile.mkdtemp(prefix="heldout-")
    office = ["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless"]
    try:
        names = []
        for i, folder in enumerate(folders):
            shutil.copy(os.path.join(folder, "plan.html"), os.path.join(work, f"{i}-auto.html"))
            with open(os.path.join(work, f"{i}-typed.html"), "w", encoding="utf-8") as f:
                f.write(typed_text(folder))
            names += [f"{i}-auto.html", f"{i}-typed.html"]
        subprocess.run(office + ["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML",
                                 "--outdir", work] + [os.path.join(work, n) for n in names],
                       check=True, capture_output=True)
        subprocess.run(office + ["--convert-to", "pdf", "--outdir", work]
                       + [os.path.join(work, f"{i}-auto.docx") for i in range(len(folders))],
                       check=True, capture_output=True)
        for i, folder in enumerate(folders):
            shutil.copy(os.path.join(work, f"{i}-auto.docx"), os.path.join(folder, "plan-auto.docx"))
            shutil.copy(os.path.join(work, f"{i}-typed.docx"), os.path.join(folder, "plan-typed.docx"))
            shutil.copy(os.path.join(work, f"{i}-auto.pdf"), os.path.join(folder, "plan.pdf"))
            print("built", folder)
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    build(sys.argv[1:])
