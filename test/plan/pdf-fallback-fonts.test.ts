// A letter the main font lacks is read in its word. LibreOffice draws the Vietnamese letters
// Liberation Serif has no glyph for (ỉ, ạ, ệ, ợ …) in DejaVu Serif, and writes each font's
// glyphs of a line together, so the words are interleaved by font on the page.
// test/plan/pdf/fallback-font-letters.pdf is LibreOffice's export of the .html next to it:
//   soffice --headless --convert-to docx:"MS Word 2007 XML" fallback-font-letters.html
//   soffice --headless --convert-to pdf fallback-font-letters.docx
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { readPdfPlan } from "../../src/plan/read-pdf.ts";

describe("letters drawn in a fallback font", () => {
  it("are read inside their words, in justified, plain and italic lines alike", async () => {
    const read = await readPdfPlan(await readFile(new URL("pdf/fallback-font-letters.pdf", import.meta.url)));
    if (!read.ok) throw new Error(read.error.code);
    expect(read.document.blocks.map((b) => (b.type === "text" ? b.text : b.cells))).toEqual([
      "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
      "Căn cứ kết quả Chỉ số cải cách hành chính năm 2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao các chỉ số; Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện.",
      "Sở Dân tộc và Tôn giáo chủ trì, phối hợp với Sở Khoa học và Công nghệ, hoàn thành trước ngày 30/6/2026.",
      "Thời gian thực hiện: Quý III/2026.",
    ]);
  });
});
