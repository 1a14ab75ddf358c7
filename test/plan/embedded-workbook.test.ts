// A task table pasted into a plan as a worksheet object (Word's w:object / o:OLEObject, LibreOffice's draw:object, a
// .doc's ObjectPool): the page shows the worksheet's cells where the object stands, and so does the reader. The object
// is read as a workbook sent alone is, held to the document's limits; an object that is no workbook, a part that is
// missing, or an object inside the object is passed over, the document still read.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { PLAN_LIMITS } from "../../src/domain/limits.ts";
import { readDocPlan } from "../../src/plan/read-doc.ts";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { readOdtPlan } from "../../src/plan/read-odt.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { compoundFile } from "./doc/word-file.ts";
import { contentXml, p, stylesXml } from "./odt/odt-file.ts";
import { cell, row } from "./ods/ods-file.ts";
import { blocksOf, paragraph, rawDocx } from "../support/ooxml.ts";
import { xlsOfRows } from "../support/large-file-inputs.ts";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TASKS = [
  ["TT", "Việc cần làm", "Đơn vị chủ trì", "Thời hạn"],
  ["1", "Cập nhật danh bạ điện thoại đường dây nóng", "Sở Nội vụ", "Tháng 8/2025"],
  ["2", "Tập huấn cán bộ một cửa", "Sở Tư pháp", "Quý IV/2025"],
];

async function worksheet(rows = TASKS): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Bảng");
  for (const cells of rows) sheet.addRow(cells);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A Word object in its own paragraph, as Word writes a pasted worksheet: the preview shape and the OLE object. */
const object = (id: string, type = "Embed") =>
  `<w:p><w:r><w:object xmlns:o="urn:schemas-microsoft-com:office:office"><o:OLEObject Type="${type}" ProgID="Excel.Sheet.12" r:id="${id}"/></w:object></w:r></w:p>`;

/** A .docx whose body points to `parts` by relationship id (type "package" unless said). */
async function docx(body: string, parts: Record<string, { target: string; content?: Buffer; type?: string }>) {
  const zip = await JSZip.loadAsync(await rawDocx({ body }));
  const rels = Object.entries(parts)
    .map(([id, part]) => `<Relationship Id="${id}" Type="${REL}/${part.type ?? "package"}" Target="${part.target}"/>`)
    .join("");
  zip.file(
    "word/_rels/document.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  );
  for (const part of Object.values(parts)) if (part.content) zip.file(`word/${part.target}`, part.content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";

/** An .odt holding sub-documents and files (by path, with their media types in the manifest). */
async function odt(body: string, files: Record<string, { type: string; content?: Buffer | string }>) {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.text", { compression: "STORE" });
  zip.file("content.xml", contentXml({ body }));
  zip.file("styles.xml", stylesXml({ body }));
  const entries = Object.entries(files)
    .map(([path, f]) => `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="${f.type}"/>`)
    .join("");
  zip.file(
    "META-INF/manifest.xml",
    `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>${entries}</manifest:manifest>`,
  );
  for (const [path, f] of Object.entries(files)) if (f.content !== undefined) zip.file(path, f.content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const spreadsheetContent = (tables: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
const odsTable = (rows: string[][]) =>
  `<table:table table:name="KH">${rows.map((r) => row(r.map((c) => cell(c)).join(""))).join("")}</table:table>`;
const drawObject = (href: string, kind = "draw:object") =>
  `<text:p><draw:frame text:anchor-type="as-char" svg:width="6in" svg:height="2in"><${kind} xlink:href="${href}" xmlns:xlink="http://www.w3.org/1999/xlink"/></draw:frame></text:p>`;

const HEAD = [
  "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
  "Số: 25/KH-UBND",
  "Lai Châu, ngày 10 tháng 3 năm 2025",
  "KẾ HOẠCH",
  "Cải cách hành chính năm 2025",
];
const AROUND = ["II. NHIỆM VỤ", ...TASKS, "III. TỔ CHỨC THỰC HIỆN"];

describe("a worksheet pasted into a plan as an object", () => {
  it("reads a Word file's embedded workbook where the object stands, its cells as a table's rows", async () => {
    const sheet = { target: "embeddings/Microsoft_Excel_Worksheet.xlsx", content: await worksheet() };
    const body = paragraph("II. NHIỆM VỤ") + object("rIdSheet") + paragraph("III. TỔ CHỨC THỰC HIỆN");
    expect(blocksOf(readDocxPlan(await docx(body, { rIdSheet: sheet })))).toEqual(AROUND);
    const head = HEAD.map((line) => paragraph(line)).join("");
    const file = await docx(head + body, { rIdSheet: sheet });
    const parsed = await parsePlanBuffer(file, { directories: shippedDirectories, calendar: shippedCalendar });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const tasks = parsed.value.tasks.filter((t) => t.kind === "task");
    expect(tasks.map((t) => [t.title, t.lead.map((u) => u.name).join(), t.deadline?.due])).toEqual([
      ["Cập nhật danh bạ điện thoại đường dây nóng", "Sở Nội vụ", "2025-08-31"],
      ["Tập huấn cán bộ một cửa", "Sở Tư pháp", "2025-12-31"],
    ]);
  });

  it("reads an Excel 97-2003 worksheet object, kept in an OLE storage", async () => {
    const file = await docx(paragraph("II. NHIỆM VỤ") + object("rIdOle"), {
      rIdOle: { target: "embeddings/oleObject1.bin", content: xlsOfRows(2), type: "oleObject" },
    });
    expect(blocksOf(readDocxPlan(file))).toEqual([
      "II. NHIỆM VỤ",
      ["1", "Nhiệm vụ số 1", "09/12/2025"],
      ["2", "Nhiệm vụ số 2", "10/12/2025"],
    ]);
  });

  it("reads a LibreOffice text's spreadsheet sub-document, and a workbook it keeps as an OLE object", async () => {
    const file = await odt(
      p("II. NHIỆM VỤ") +
        drawObject("./Object 1") +
        p("III. TỔ CHỨC THỰC HIỆN") +
        drawObject("./Obj2", "draw:object-ole"),
      {
        "Object 1/": { type: SPREADSHEET },
        "Object 1/content.xml": { type: "text/xml", content: spreadsheetContent(odsTable(TASKS)) },
        Obj2: {
          type: "application/vnd.sun.star.oleobject",
          content: await worksheet([["3", "Tổng kết", "Sở Nội vụ"]]),
        },
      },
    );
    expect(blocksOf(readOdtPlan(file))).toEqual([...AROUND, ["3", "Tổng kết", "Sở Nội vụ"]]);
  });

  it("reads a .doc's object from its ObjectPool, where the EMBED field stands", () => {
    // embedded-sheet.docx (doc/embedded-sheet.py) saved as .doc by LibreOffice (doc/make.sh).
    for (const name of ["embedded-sheet.docx", "embedded-sheet.doc"]) {
      const data = readFileSync(join(import.meta.dirname, "doc", name));
      const read = name.endsWith(".doc") ? readDocPlan(data) : readDocxPlan(data);
      expect(blocksOf(read)).toEqual([
        "KẾ HOẠCH Số hóa tài liệu lưu trữ năm 2025",
        "II. NHIỆM VỤ",
        ["STT", "Công việc", "Đơn vị thực hiện", "Hạn"],
        ["1", "Lập danh mục hồ sơ số hóa năm 2025", "Sở Nội vụ", "Tháng 7/2025"],
        ["2", "Chuyển hồ sơ giấy vào kho lưu trữ chung", "Văn phòng UBND tỉnh", "Quý IV/2025"],
        "III. TỔ CHỨC THỰC HIỆN",
      ]);
    }
  });
});

describe("hostile embedded objects", () => {
  it("pass over an object that is no workbook, a broken one, a linked one and a missing part", async () => {
    const picture = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    const file = await docx(
      paragraph("Mở đầu") +
        ["rIdPng", "rIdWord", "rIdBroken", "rIdStorage", "rIdGone", "rIdNone"].map((id) => object(id)).join("") +
        object("rIdLinked", "Link") +
        paragraph("Kết thúc"),
      {
        rIdPng: { target: "embeddings/a.png", content: picture },
        rIdWord: { target: "embeddings/b.docx", content: await rawDocx({ body: paragraph("Văn bản khác") }) },
        rIdBroken: { target: "embeddings/c.xlsx", content: Buffer.from("PK\x03\x04 not a zip", "latin1") },
        rIdStorage: {
          target: "embeddings/d.bin",
          content: compoundFile({ Contents: Buffer.from("x") }),
          type: "oleObject",
        },
        rIdGone: { target: "embeddings/missing.xlsx" },
        rIdLinked: { target: "embeddings/e.xlsx", content: await worksheet() },
      },
    );
    expect(blocksOf(readDocxPlan(file))).toEqual(["Mở đầu", "Kết thúc"]);
  });

  it("follow no object inside the object, and no link out of the package or back to the text", async () => {
    // The sub-document holds an object of its own: the workbook readers read none.
    const inner = `<table:table table:name="KH"><table:table-row><table:table-cell><text:p>A</text:p><draw:frame><draw:object xlink:href="./Object 2"/></draw:frame></table:table-cell></table:table-row></table:table>`;
    const file = await odt(
      [drawObject("./Object 1"), drawObject("./"), drawObject("../content.xml"), drawObject("/etc/passwd")].join("") +
        drawObject("http://example.org/book.ods") +
        drawObject("./Object 9"),
      {
        "Object 1/": { type: SPREADSHEET },
        "Object 1/content.xml": { type: "text/xml", content: spreadsheetContent(inner) },
        "Object 2/": { type: SPREADSHEET },
        "Object 2/content.xml": { type: "text/xml", content: spreadsheetContent(odsTable([["B", "C"]])) },
        "Object 9/": { type: "application/vnd.oasis.opendocument.chart" },
        "Object 9/content.xml": { type: "text/xml", content: spreadsheetContent(odsTable([["D", "E"]])) },
      },
    );
    expect(blocksOf(readOdtPlan(file))).toEqual(["A"]);
  });

  it("hold the document and its objects to the limits together", async () => {
    const body = paragraph("Mở đầu") + paragraph("Giữa") + object("rIdSheet");
    const file = await docx(body, {
      rIdSheet: { target: "embeddings/s.bin", content: xlsOfRows(8), type: "oleObject" },
    });
    expect(readDocxPlan(file, { ...PLAN_LIMITS, maxBlocks: 12 }).ok).toBe(true);
    expect(readDocxPlan(file, { ...PLAN_LIMITS, maxBlocks: 9 })).toMatchObject({
      ok: false,
      error: { code: "plan-too-complex" },
    });
  });

  it("read one object once however many times the text points to it", async () => {
    const file = await docx(object("rIdSheet").repeat(10_000), {
      rIdSheet: { target: "embeddings/s.xlsx", content: await worksheet() },
    });
    expect(blocksOf(readDocxPlan(file))).toEqual(TASKS);
  });
});

describe("large embedded workbooks", () => {
  it("read every row of a 10,000-row worksheet object", async () => {
    const file = await docx(paragraph("II. NHIỆM VỤ") + object("rIdOle"), {
      rIdOle: { target: "embeddings/oleObject1.bin", content: xlsOfRows(10_000), type: "oleObject" },
    });
    const blocks = blocksOf(readDocxPlan(file));
    expect(blocks).toHaveLength(10_001);
    expect(blocks[10_000]).toEqual(["10000", "Nhiệm vụ số 10000", "18/03/2026"]);
  });
});
