# Writes tab-stops.docx: a task list typed in columns made by tab stops, no table, as offices type one — the stops in
# a paragraph style ("Cot"), one of them right-aligned, a paragraph adding a stop of its own, long cells wrapped onto
# lines that open with tabs. make.sh saves it as .doc with LibreOffice (test/plan/read-doc.test.ts).
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def tabs(stops):
    return "<w:tabs>" + "".join(f'<w:tab w:val="{v}" w:pos="{p}"/>' for v, p in stops) + "</w:tabs>"


def line(pieces, extra=""):
    runs = '<w:r><w:tab/></w:r>'.join(f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>' for t in pieces)
    return f'<w:p><w:pPr><w:pStyle w:val="Cot"/>{extra}</w:pPr>{runs}</w:p>'


def para(text):
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


STYLE_STOPS = [("left", 700), ("left", 5000), ("left", 7600)]
body = (
    para("KẾ HOẠCH")
    + para("Cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh năm 2024")
    + para("II. NHIỆM VỤ")
    + line(["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"])
    + line(["1", "Rà soát thủ tục đầu tư, đất đai", "Sở Kế hoạch và", "Sở Tư pháp", "Quý II/2024"])
    + line(["", "", "Đầu tư"])
    + line(["2", "Đối thoại với doanh nghiệp", "Sở Công Thương", "", "Tháng 9/2024"])
    + para("III. TỔ CHỨC THỰC HIỆN")
)
styles = (
    f'<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    f'<w:style w:type="paragraph" w:styleId="Cot"><w:name w:val="Cot"/><w:basedOn w:val="Normal"/>'
    f'<w:pPr>{tabs(STYLE_STOPS + [("right", 10200)])}</w:pPr></w:style></w:styles>'
)
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>'
with zipfile.ZipFile("tab-stops.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(
        "[Content_Types].xml",
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        "</Types>",
    )
    z.writestr(
        "_rels/.rels",
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>",
    )
    z.writestr(
        "word/_rels/document.xml.rels",
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        "</Relationships>",
    )
    z.writestr("word/document.xml", document)
    z.writestr("word/styles.xml", styles)
