# Writes layout.docx: a plan laid out as Word files often are — the issuer, number and date only in
# the first page's own header (w:titlePg), a heading in a frame (w:framePr, saved in a .doc as a
# text box), a ruled task table whose rows leave a narrow column after them (w:gridAfter).
# make.sh saves it as .doc with LibreOffice (test/plan/read-doc.test.ts).
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WR = f'xmlns:r="{R}"'


def para(text, extra=""):
    return f'<w:p><w:pPr>{extra}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def row(cells):
    tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{para(t)}</w:tc>' for t, w in cells)
    return f'<w:tr><w:trPr><w:gridAfter w:val="1"/><w:wAfter w:w="300" w:type="dxa"/></w:trPr>{tcs}</w:tr>'


borders = "".join(
    f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"]
)
widths = [700, 5000, 2500]
table = (
    f'<w:tbl><w:tblPr><w:tblW w:w="8500" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr>'
    "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths + [300]) + "</w:tblGrid>"
    + row(zip(["TT", "Nhiệm vụ", "Thời hạn"], widths))
    + row(zip(["1", "Rà soát thủ tục hành chính lĩnh vực đất đai, Sở Nông nghiệp và Môi trường chủ trì", "30/6/2025"], widths))
    + row(zip(["2", "Công khai kết quả rà soát trên Cổng thông tin điện tử tỉnh, Văn phòng UBND tỉnh chủ trì", "Quý III/2025"], widths))
    + "</w:tbl>"
)
frame = '<w:framePr w:w="8500" w:h="400" w:hRule="exact" w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="1700" w:y="3000"/>'
body = (
    para("KẾ HOẠCH", '<w:jc w:val="center"/>')
    + para("Rà soát thủ tục hành chính năm 2025", '<w:jc w:val="center"/>')
    + para("NHIỆM VỤ CỤ THỂ", frame)
    + table
    + para("Văn phòng UBND tỉnh theo dõi, tổng hợp kết quả, báo cáo trước ngày 15/12/2025.")
    + '<w:sectPr><w:headerReference w:type="first" r:id="h1"/><w:titlePg/></w:sectPr>'
)
header = (
    f"<w:hdr {W}>"
    + para("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU")
    + para("Số: 21/KH-UBND")
    + para("Lai Châu, ngày 02 tháng 4 năm 2025")
    + "</w:hdr>"
)
with zipfile.ZipFile("layout.docx", "w") as z:
    z.writestr(
        "[Content_Types].xml",
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        "</Types>",
    )
    z.writestr(
        "_rels/.rels",
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="r1" Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>',
    )
    z.writestr(
        "word/_rels/document.xml.rels",
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="h1" Type="{R}/header" Target="header1.xml"/></Relationships>',
    )
    z.writestr("word/document.xml", f"<w:document {W} {WR}><w:body>{body}</w:body></w:document>")
    z.writestr("word/header1.xml", header)
