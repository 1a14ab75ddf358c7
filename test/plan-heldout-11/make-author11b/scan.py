"""Make a 'scanned then OCR'd' plan.pdf: each page of a clean PDF rasterised (pdftoppm, grey, 150 dpi) and laid
as an image, with an invisible text layer (render mode 3) of the clean PDF's words at their boxes, where some
words are replaced by OCR-like misreadings. Usage: scan.py clean.pdf out.pdf errors.json"""
import html, json, re, subprocess, sys, tempfile, os
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

clean, out, errs = sys.argv[1], sys.argv[2], json.load(open(sys.argv[3], encoding="utf-8"))
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
tmp = tempfile.mkdtemp(prefix="author11b-scan-")
subprocess.run(["pdftoppm", "-gray", "-r", "150", "-jpeg", clean, os.path.join(tmp, "p")], check=True)
subprocess.run(["pdftotext", "-bbox", clean, os.path.join(tmp, "b.html")], check=True)
src = open(os.path.join(tmp, "b.html"), encoding="utf-8").read()
pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', src, re.S)
imgs = sorted(f for f in os.listdir(tmp) if f.endswith(".jpg"))
c = canvas.Canvas(out)
c.setCreator("Canon iR-ADV C3530 / ABBYY FineReader 15")
c.setProducer("ABBYY FineReader PDF 15")
for (w, h, body), img in zip(pages, imgs):
    w, h = float(w), float(h)
    c.setPageSize((w, h))
    c.drawImage(os.path.join(tmp, img), 0, 0, w, h)
    words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', body)
    line = []
    for x0, y0, x1, y1, t in words:
        line.append((float(x0), float(y0), float(x1), float(y1), html.unescape(t)))
    for x0, y0, x1, y1, t in line:
        for a, b in errs:
            if t == a:
                t = b
        size = max(4.0, (y1 - y0) * 0.8)
        to = c.beginText()
        to.setTextRenderMode(3)
        to.setFont("DV", size)
        natural = pdfmetrics.stringWidth(t, "DV", size) or 1
        to.setHorizScale(100.0 * (x1 - x0) / natural)
        to.setTextOrigin(x0, h - y1 + (y1 - y0) * 0.2)
        to.textOut(t)
        c.drawText(to)
    c.showPage()
c.save()
