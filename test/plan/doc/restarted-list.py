# Writes restarted-list.docx: a plan whose Roman headings are Word's automatic numbering, one list
# (w:num 1) restarting at 1 (w:startOverride), as Word and the corpus's plan-auto.docx write them.
# make.sh saves it as .doc with LibreOffice, which splits such a list (test/plan/read-doc.test.ts).
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def para(text, num=None):
    props = f'<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr></w:pPr>' if num else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


body = "".join(
    [
        para("KẾ HOẠCH"),
        para("MỤC ĐÍCH, YÊU CẦU", 1),
        para("Bảo đảm thực hiện đúng tiến độ.", 2),
        para("Phân công rõ trách nhiệm.", 2),
        para("NHIỆM VỤ", 1),
        para("Sở Nội vụ tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/6/2026.", 3),
        para("Sở Tài chính bố trí kinh phí trong quý III/2026.", 3),
        para("TỔ CHỨC THỰC HIỆN", 1),
    ]
)
level = '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl>'
numbering = (
    f"<w:numbering {W}>"
    f'<w:abstractNum w:abstractNumId="0">{level.format(fmt="upperRoman")}</w:abstractNum>'
    f'<w:abstractNum w:abstractNumId="1">{level.format(fmt="decimal")}</w:abstractNum>'
    + "".join(
        f'<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        for n, a in [(1, 0), (2, 1), (3, 1)]
    )
    + "</w:numbering>"
)
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
with zipfile.ZipFile("restarted-list.docx", "w") as z:
    z.writestr(
        "[Content_Types].xml",
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
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
        f'<Relationship Id="r1" Type="{R}/numbering" Target="numbering.xml"/></Relationships>',
    )
    z.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
    z.writestr("word/numbering.xml", numbering)
