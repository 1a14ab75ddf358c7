# Writes embedded-sheet.docx: a plan whose task table is a worksheet pasted as an object (w:object: a VML shape with
# the preview picture, o:OLEObject ProgID Excel.Sheet.12 pointing at an embedded .xlsx) between two paragraphs.
# make.sh saves it as .doc with LibreOffice, which keeps the object in ObjectPool as an Excel 97-2003 workbook
# (test/plan/embedded-workbook.test.ts).
import io
import struct
import zipfile
import zlib

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    f'xmlns:r="{R}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
)
ROWS = [
    ["STT", "Công việc", "Đơn vị thực hiện", "Hạn"],
    ["1", "Lập danh mục hồ sơ số hóa năm 2025", "Sở Nội vụ", "Tháng 7/2025"],
    ["2", "Chuyển hồ sơ giấy vào kho lưu trữ chung", "Văn phòng UBND tỉnh", "Quý IV/2025"],
]


def column(i):
    return "ABCD"[i]


def sheet_xml():
    rows = "".join(
        f'<row r="{r + 1}">'
        + "".join(
            f'<c r="{column(c)}{r + 1}" t="inlineStr"><is><t>{text}</t></is></c>' for c, text in enumerate(cells)
        )
        + "</row>"
        for r, cells in enumerate(ROWS)
    )
    return (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{rows}</sheetData></worksheet>"
    )


def xlsx():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{R}">'
            '<sheets><sheet name="KH" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml())
    return out.getvalue()


def png():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xff\xff\xff" * 8 for _ in range(4))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 4, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def para(text):
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


obj = (
    '<w:p><w:r><w:object w:dxaOrig="9000" w:dyaOrig="1500">'
    '<v:shape id="_x0000_i1025" style="width:450pt;height:75pt" o:ole=""><v:imagedata r:id="rId10" o:title=""/>'
    "</v:shape>"
    '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" '
    'ObjectID="_1800000001" r:id="rId11"/></w:object></w:r></w:p>'
)
document = (
    f"<w:document {NS}><w:body>"
    + para("KẾ HOẠCH Số hóa tài liệu lưu trữ năm 2025")
    + para("II. NHIỆM VỤ")
    + obj
    + para("III. TỔ CHỨC THỰC HIỆN")
    + "</w:body></w:document>"
)
with zipfile.ZipFile("embedded-sheet.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(
        "[Content_Types].xml",
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    )
    z.writestr(
        "_rels/.rels",
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>',
    )
    z.writestr(
        "word/_rels/document.xml.rels",
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId10" Type="{R}/image" Target="media/image1.png"/>'
        f'<Relationship Id="rId11" Type="{R}/package" Target="embeddings/Microsoft_Excel_Worksheet.xlsx"/>'
        "</Relationships>",
    )
    z.writestr("word/document.xml", document)
    z.writestr("word/media/image1.png", png())
    z.writestr("word/embeddings/Microsoft_Excel_Worksheet.xlsx", xlsx())
