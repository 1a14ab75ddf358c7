// A Word 2003 XML document (<w:wordDocument>, saved as .xml or under a .doc name) reads as Word shows it, as the same
// document saved as .docx reads: its lists numbered by w:listDef and w:list (w:ilfo), cells merged down (w:vmerge)
// and across (w:gridSpan), line breaks; its inline footnotes, comments and tracked deletions are no text of it (a
// footnote dates what its mark stands in, as a .docx's does); the
// first page's own header opens it when the section shows it; a DOCTYPE is refused.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readPlan } from "../../src/plan/read-plan.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { blocksOf } from "../support/ooxml.ts";
import { tasks } from "../support/text-plans.ts";

const NS =
  'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xmlns:aml="http://schemas.microsoft.com/aml/2001/core"';

/** One list definition per format code (nfc), each used through its own w:list (ilfo = index + 1). */
function lists(codes: { nfc: number; text: string }[]): string {
  const defs = codes.map(
    (c, i) =>
      `<w:listDef w:listDefId="${i + 4}"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:nfc w:val="${c.nfc}"/><w:lvlText w:val="${c.text}"/></w:lvl></w:listDef>`,
  );
  const uses = codes.map((_, i) => `<w:list w:ilfo="${i + 1}"><w:ilst w:val="${i + 4}"/></w:list>`);
  return `<w:lists>${defs.join("")}${uses.join("")}</w:lists>`;
}

const r = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
const p = (inner: string, ilfo?: number) =>
  `<w:p>${ilfo ? `<w:pPr><w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="${ilfo}"/><wx:t wx:val="?"/></w:listPr></w:pPr>` : ""}${inner}</w:p>`;
const cell = (inner: string, tcPr = "") => `<w:tc><w:tcPr>${tcPr}</w:tcPr>${inner}</w:tc>`;
const BORDERS =
  '<w:tblPr><w:tblBorders><w:top w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>';

const doc = (head: string, body: string, decl = "") =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>${decl}<?mso-application progid="Word.Document"?><w:wordDocument ${NS}>${head}<w:body><wx:sect>${body}</wx:sect></w:body></w:wordDocument>`,
  );

const read = async (buffer: Buffer) => blocksOf(await readPlan(buffer));

describe("a Word 2003 XML document", () => {
  it("numbers its paragraphs and cells by its list definitions, as Word counts them", async () => {
    const head = lists([
      { nfc: 1, text: "%1." },
      { nfc: 0, text: "%1" },
      { nfc: 4, text: "%1)" },
    ]);
    const body = [
      p(r("NHIỆM VỤ"), 1),
      `<w:tbl>${BORDERS}<w:tr>${cell(p(r("TT")))}${cell(p(r("Việc")))}</w:tr>`,
      `<w:tr>${cell(p("", 2))}${cell(p(r("Lập danh mục hồ sơ")))}</w:tr>`,
      `<w:tr>${cell(p("", 2))}${cell(p(r("Số hóa hồ sơ")))}</w:tr></w:tbl>`,
      p(r("GIẢI PHÁP"), 1),
      p(r("Tập huấn cán bộ"), 3),
      p(r("Kiểm tra định kỳ"), 3),
    ].join("");
    expect(await read(doc(head, body))).toEqual([
      "I. NHIỆM VỤ",
      ["TT", "Việc"],
      ["1", "Lập danh mục hồ sơ"],
      ["2", "Số hóa hồ sơ"],
      "II. GIẢI PHÁP",
      "a) Tập huấn cán bộ",
      "b) Kiểm tra định kỳ",
    ]);
  });

  it("gives a time cell merged down to every row it covers, a group's cell across the columns, breaks as lines", async () => {
    const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
    const body =
      `<w:tbl>${BORDERS}` +
      row(cell(p(r("STT"))), cell(p(r("Nội dung"))), cell(p(r("Thời hạn")))) +
      row(cell(p(r("A"))), cell(p(r("Hạ tầng")), '<w:gridSpan w:val="2"/>')) +
      row(cell(p(r("1"))), cell(p(r("Nâng cấp mạng"))), cell(p(r("Quý III/2026")), '<w:vmerge w:val="restart"/>')) +
      row(cell(p(r("2"))), cell(p(r("Thay máy chủ"))), cell(p(""), "<w:vmerge/>")) +
      "</w:tbl>" +
      p(`${r("- Dòng một;")}<w:r><w:br/><w:t>- Dòng hai.</w:t></w:r>`);
    expect(await read(doc("", body))).toEqual([
      ["STT", "Nội dung", "Thời hạn"],
      ["A", "Hạ tầng", ""],
      ["1", "Nâng cấp mạng", "Quý III/2026"],
      ["2", "Thay máy chủ", "Quý III/2026"],
      "- Dòng một;",
      "- Dòng hai.",
    ]);
  });

  it("leaves out its inline footnotes, comments and tracked deletions, and keeps tracked insertions", async () => {
    const body = p(
      `${r("Báo cáo trước ngày 20/7/2026")}<w:r><w:footnote>${p(r("Theo Công văn 12"))}</w:footnote></w:r>` +
        `<aml:annotation w:type="Word.Deletion"><aml:content><w:r><w:delText> (cũ 10/7)</w:delText></w:r></aml:content></aml:annotation>` +
        `<aml:annotation w:type="Word.Insertion"><aml:content>${r(" cho Sở Nội vụ")}</aml:content></aml:annotation>` +
        `<aml:annotation w:type="Word.Comment"><aml:content>${p(r("xem lại"))}</aml:content></aml:annotation>`,
    );
    expect(await read(doc("", body))).toEqual(["Báo cáo trước ngày 20/7/2026 cho Sở Nội vụ"]);
  });

  it("dates a cell by the inline footnote its mark stands in, as a .docx's note does, its deleted words left out", async () => {
    const note = (text: string) =>
      `<w:r><w:footnote>${p(`<w:r><w:footnoteRef/></w:r>${r(text)}`)}${p(`<aml:annotation w:type="Word.Deletion"><aml:content><w:r><w:delText>trước ngày 01/01/2020</w:delText></w:r></aml:content></aml:annotation>`)}</w:footnote></w:r>`;
    const row = (cells: string[]) => `<w:tr>${cells.map((c) => cell(p(c))).join("")}</w:tr>`;
    const body = [
      p(r("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN")),
      p(r("Số: 12/KH-UBND")),
      p(r("Thái Nguyên, ngày 05 tháng 3 năm 2024")),
      p(r("KẾ HOẠCH")),
      `<w:tbl>${BORDERS}`,
      row([r("TT"), r("Nhiệm vụ"), r("Đơn vị chủ trì"), r("Thời gian hoàn thành")]),
      row([
        r("1"),
        r("Số hóa hồ sơ lưu trữ"),
        r("Sở Nội vụ"),
        r("Theo lộ trình của Bộ") + note("Hoàn thành trước ngày 20/11/2024."),
      ]),
      row([
        r("2"),
        r("Rà soát văn bản") + note("Thông tư số 1/2024/TT-BTP ngày 05/01/2024."),
        r("Sở Tư pháp"),
        r("Quý II/2024"),
      ]),
      "</w:tbl>",
    ].join("");
    const read = await readPlan(doc("", body));
    if (!read.ok) throw new Error(read.error.code);
    const parsed = parsePlan(read.document, THAI_NGUYEN, shippedCalendar);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(tasks(parsed.plan)).toEqual([
      ["1", "2024-11-19", ["Sở Nội vụ"], []],
      ["2", "2024-06-30", ["Sở Tư pháp"], []],
    ]);
  });

  it("opens with the first page's own header when its section shows one", async () => {
    const sect = (titlePg: string) =>
      `<w:sectPr><w:hdr w:type="odd">${p(r("Trang tiếp"))}</w:hdr><w:hdr w:type="first">${p(r("Số: 45/KH-UBND"))}</w:hdr>${titlePg}</w:sectPr>`;
    expect(await read(doc("", p(r("KẾ HOẠCH")) + sect("<w:titlePg/>")))).toEqual(["Số: 45/KH-UBND", "KẾ HOẠCH"]);
    expect(await read(doc("", p(r("KẾ HOẠCH")) + sect("")))).toEqual(["KẾ HOẠCH"]);
  });

  it("is refused when it carries a DOCTYPE, as every XML the readers take", async () => {
    const refused = await readPlan(doc("", p(r("KẾ HOẠCH")), '<!DOCTYPE w:wordDocument [<!ENTITY x "y">]>'));
    expect(refused).toMatchObject({ ok: false, error: { code: "unreadable-doc" } });
  });

  it("reads a table of thousands of numbered rows", async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `<w:tr>${cell(p("", 1))}${cell(p(r(`Việc số ${i + 1}`)))}</w:tr>`,
    ).join("");
    const blocks = await read(doc(lists([{ nfc: 0, text: "%1" }]), `<w:tbl>${BORDERS}${rows}</w:tbl>`));
    expect(blocks).toHaveLength(3000);
    expect(blocks.at(-1)).toEqual(["3000", "Việc số 3000"]);
  });
});
