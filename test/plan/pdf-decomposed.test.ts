// Text typed decomposed (Unikey's "Unicode tổ hợp") reaches a LibreOffice PDF as glyphs whose text is a letter and
// its combining marks; pdf.js takes them for marks of no width and misplaces every word after them. decomposed-
// letters.html (written in NFD) was exported as the other files of test/plan/pdf/ (see pdf-libreoffice.test.ts).
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { untangleFallbackFonts } from "../../src/plan/pdf/fallback-fonts.ts";
import { readPdfPlan } from "../../src/plan/read-pdf.ts";
import { zeroWidthWords } from "../support/large-file-inputs.ts";

describe("a PDF of text typed decomposed", () => {
  it("is read as its words, the fallback font's letters inside them, a table's cells in their columns", async () => {
    const read = await readPdfPlan(await readFile(new URL("pdf/decomposed-letters.pdf", import.meta.url)));
    if (!read.ok) throw new Error(read.error.code);
    expect(read.document.blocks.map((b) => (b.type === "text" ? b.text : b.cells))).toEqual([
      "ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN",
      ["TT", "Nội dung", "Chủ trì"],
      ["1", "Cập nhật hồ sơ hộ nghèo, hộ cận nghèo trên phần mềm quản lý", "Phòng Lao động"],
      ["2", "Kiểm tra việc chi trả trợ cấp tại các xã, thị trấn", "Phòng Tài chính"],
      "Các phòng, đơn vị tổ chức thực hiện nghiêm túc. Phòng Y tế rà soát, điều chỉnh số liệu, hoàn thành trước ngày 15/5/2027.",
    ]);
  }, 20_000);

  it("never loops on words of no width: a line of thousands of them is placed at once", () => {
    // A run of the main font with gaps, and words pdf.js gave no width, drawn where its first gap opens.
    const { runs, glyphs } = zeroWidthWords(2000);
    // The main run is cut into its six words, placed; the others stay as they are.
    expect(untangleFallbackFonts(runs, glyphs)).toHaveLength(2006);
  });
});
