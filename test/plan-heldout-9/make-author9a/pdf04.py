"""plan.pdf of 04 with ReportLab (Debian's python3-reportlab): reads the block model as JSON, draws
portrait pages, then landscape pages for the Phụ lục. Usage: /usr/bin/python3 pdf04.py blocks.json out.pdf"""
import json
import sys
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Serif", D + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("Serif-B", D + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif-I", D + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Serif-BI", D + "DejaVuSerif-BoldItalic.ttf"))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-BI")

ALIGN = {"center": TA_CENTER, "justify": TA_JUSTIFY, "left": TA_LEFT, None: TA_LEFT}


def para(p, base=None, in_table=False):
    base = base or {}
    o = {**base, **p}
    size = (o.get("size") or 26) / 2 * (0.85 if in_table else 0.92)
    text = (o.get("label", "") + " " if o.get("label") else "") + (o.get("text") or "")
    html = escape(text).replace("\n", "<br/>")
    if o.get("bold"):
        html = "<b>%s</b>" % html
    if o.get("italic"):
        html = "<i>%s</i>" % html
    style = ParagraphStyle(
        "p", fontName="Serif", fontSize=size, leading=size * 1.25, alignment=ALIGN.get(o.get("align")),
        firstLineIndent=0 if in_table or not o.get("indent") else 0.9 * cm, spaceAfter=0 if in_table else 3,
        spaceBefore=(o.get("before") or 0) / 20)
    return Paragraph(html or "&nbsp;", style)


def table(b, avail):
    total = sum(b["widths"])
    widths = [avail * w / total for w in b["widths"]]
    data, styles = [], []
    for r, row in enumerate(b["rows"]):
        line, c = [], 0
        for cell in row:
            cell = {"text": cell} if isinstance(cell, str) or cell is None else cell
            span = cell.get("span") or 1
            paras = cell.get("paras") or [{"text": cell.get("text") or ""}]
            base = {k: cell.get(k) for k in ("bold", "italic", "align", "size")}
            line.append([para(p, base, True) for p in paras] if cell.get("vMerge") != "continue" else "")
            for _ in range(span - 1):
                line.append("")
            if span > 1:
                styles.append(("SPAN", (c, r), (c + span - 1, r)))
            if cell.get("vMerge") == "restart":
                n = 1
                while r + n < len(b["rows"]) and c < len(b["rows"][r + n]) and \
                        isinstance(b["rows"][r + n][c], dict) and b["rows"][r + n][c].get("vMerge") == "continue":
                    n += 1
                if n > 1:
                    styles.append(("SPAN", (c, r), (c, r + n - 1)))
            c += span
        data.append(line)
    t = Table(data, colWidths=widths, repeatRows=b.get("header", 0))
    base = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    if b.get("borders", True) is not False:
        base.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    else:
        base.append(("VALIGN", (0, 0), (-1, -1), "TOP"))
    t.setStyle(TableStyle(base + styles))
    return t


def number(canvas, doc):
    if doc.page > 1:
        canvas.setFont("Serif", 10)
        w, _ = canvas._pagesize
        canvas.drawCentredString(w / 2, canvas._pagesize[1] - 1.2 * cm, str(doc.page))


def main(src, out):
    blocks = json.load(open(src, encoding="utf-8"))
    pw, ph = A4
    lw, lh = landscape(A4)
    doc = BaseDocTemplate(out, pagesize=A4, title="Kế hoạch 164/KH-UBND", author="UBND tỉnh Thái Nguyên")
    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(3 * cm, 2 * cm, pw - 5 * cm, ph - 4 * cm)], onPage=number, pagesize=A4),
        PageTemplate("landscape", [Frame(1.5 * cm, 1.5 * cm, lw - 3 * cm, lh - 3 * cm)], onPage=number,
                     pagesize=landscape(A4)),
    ])
    story, avail = [], pw - 5 * cm
    for b in blocks:
        if b.get("t") == "section":
            story += [NextPageTemplate("landscape" if b.get("landscape") else "portrait"), PageBreak()]
            avail = (lw if b.get("landscape") else pw) - (3 if b.get("landscape") else 5) * cm
        elif b.get("t") == "table":
            story += [table(b, avail), Spacer(1, 6)]
        elif b.get("t") == "pagebreak":
            story.append(PageBreak())
        else:
            story.append(para(b))
    doc.build(story)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
