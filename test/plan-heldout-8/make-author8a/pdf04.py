"""author8a's ReportLab printer (held-out set 8, document 04): draws plan.pdf from the flat model that
model.mjs writes (toFlat): paragraphs with <b>/<i> markup, first-line or hanging indents, alignment;
tables with spans and vertical merges, ruled or borderless; the page number at the top centre from
page 2, as Decree 30 lays it out. DejaVu Serif: Liberation Serif lacks many Vietnamese letters (ộ, ủ …),
and ReportLab, unlike LibreOffice, has no fallback font to draw them with.

    /usr/bin/python3 pdf04.py model.json plan.pdf      (Debian's python3-reportlab)
"""
import json
import sys

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.lib.fonts import addMapping

FONTS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif%s.ttf"
for name, face, bold, italic in [
    ("Serif", "", 0, 0),
    ("Serif-Bold", "-Bold", 1, 0),
    ("Serif-Italic", "-Italic", 0, 1),
    ("Serif-BoldItalic", "-BoldItalic", 1, 1),
]:
    pdfmetrics.registerFont(TTFont(name, FONTS % face))
    addMapping("Serif", bold, italic, name)

ALIGN = {"both": TA_JUSTIFY, "left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
BASE = 12.0


def para(b, in_cell=False, size=None):
    fs = b.get("size") or size or BASE
    text = b["p"] or "&nbsp;"
    if b.get("bold"):
        text = "<b>%s</b>" % text
    if b.get("italic"):
        text = "<i>%s</i>" % text
    left = b.get("left", 0) / 20.0
    hanging = b.get("hanging", 0) / 20.0
    style = ParagraphStyle(
        "p",
        fontName="Serif",
        fontSize=fs,
        leading=fs * 1.22,
        alignment=ALIGN.get(b.get("align"), TA_JUSTIFY),
        leftIndent=left,
        firstLineIndent=-hanging if hanging else b.get("first", 0) / 20.0,
        spaceBefore=0 if in_cell else b.get("before", 60) / 20.0,
        spaceAfter=0 if in_cell else 3,
    )
    return Paragraph(text, style)


def table(t, width):
    total = float(sum(t["widths"]))
    widths = [width * w / total for w in t["widths"]]
    rows, styles = [], []
    ncols = len(t["widths"])
    for r, row in enumerate(t["table"]):
        out, col = [], 0
        for cell in row:
            span = cell["span"]
            content = [para(p, True, t.get("size")) for p in cell["paras"]] if cell["vmerge"] != "continue" else ""
            out.append(content)
            out.extend([""] * (span - 1))
            if span > 1:
                styles.append(("SPAN", (col, r), (col + span - 1, r)))
            if cell["vmerge"] == "restart":
                end = r
                for k in range(r + 1, len(t["table"])):
                    below, c2 = t["table"][k], 0
                    hit = None
                    for cc in below:
                        if c2 == col:
                            hit = cc
                            break
                        c2 += cc["span"]
                    if hit is None or hit["vmerge"] != "continue":
                        break
                    end = k
                if end > r:
                    styles.append(("SPAN", (col, r), (col + span - 1, end)))
            col += span
        out.extend([""] * (ncols - len(out)))
        rows.append(out)
    if t["borders"]:
        styles += [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        pad = 3
    else:
        styles += [("VALIGN", (0, 0), (-1, -1), "TOP")]
        pad = 1
    styles += [("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad)]
    tbl = Table(rows, colWidths=widths, repeatRows=t["header"])
    tbl.setStyle(TableStyle(styles))
    return tbl


def main(src, dst):
    model = json.load(open(src, encoding="utf-8"))
    story = []
    landscape_pages = any(s["landscape"] for s in model["sections"])
    size = landscape(A4) if landscape_pages else A4
    margins = dict(leftMargin=30 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm)
    doc = SimpleDocTemplate(dst, pagesize=size, title=model["meta"].get("title", ""), author="UBND tỉnh", **margins)
    for i, section in enumerate(model["sections"]):
        if i:
            story.append(PageBreak())
        for b in section["blocks"]:
            if b.get("page"):
                story.append(PageBreak())
            elif "table" in b:
                story.append(table(b, doc.width))
            else:
                if b.get("pageBreakBefore"):
                    story.append(PageBreak())
                story.append(para(b))

    def later(canvas, d):
        canvas.saveState()
        canvas.setFont("Serif", 12)
        canvas.drawCentredString(d.leftMargin + d.width / 2, size[1] - 12 * mm, str(d.page))
        canvas.restoreState()

    doc.build(story, onLaterPages=later)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
