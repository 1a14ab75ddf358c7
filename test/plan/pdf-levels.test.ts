// Roman numberings in a PDF, told apart by indentation: a restart set deeper is a level below.
import { describe, expect, it } from "vitest";
import { romanLevels } from "../../src/plan/pdf/levels.ts";

const typedAll = (paragraphs: [string, number][]) => {
  const typed = romanLevels();
  return paragraphs.map(([text, indent]) => typed({ text, indent, size: 13 }));
};

describe("a Roman numbering restarting at I", () => {
  it("under a Roman heading, set deeper, reads in Arabic figures until the headings go on", () => {
    expect(
      typedAll([
        ["I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", 0],
        ["II. NHIỆM VỤ", 0],
        ["I. Sở Công Thương rà soát chợ đầu mối.", 36],
        ["Nội dung rà soát gồm quy hoạch và vốn.", 36],
        ["II. Sở Nông nghiệp và Môi trường kiểm tra an toàn thực phẩm.", 36],
        ["III. KINH PHÍ", 0],
      ]),
    ).toEqual([
      "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
      "II. NHIỆM VỤ",
      "1. Sở Công Thương rà soát chợ đầu mối.",
      "Nội dung rà soát gồm quy hoạch và vốn.",
      "2. Sở Nông nghiệp và Môi trường kiểm tra an toàn thực phẩm.",
      "III. KINH PHÍ",
    ]);
  });

  it("at the headings' own indent starts a numbering of its own (an appendix), read as written", () => {
    expect(
      typedAll([
        ["I. MỤC ĐÍCH", 0],
        ["II. GIẢI PHÁP", 0],
        ["I. DANH MỤC CHỈ TIÊU", 0],
        ["II. BIỂU MẪU", 0],
      ]),
    ).toEqual(["I. MỤC ĐÍCH", "II. GIẢI PHÁP", "I. DANH MỤC CHỈ TIÊU", "II. BIỂU MẪU"]);
  });

  it("is needed: a deeper Roman label that does not restart, or a letter C, stays as written", () => {
    expect(
      typedAll([
        ["I. YÊU CẦU", 0],
        ["V. Ghi chú thêm", 20],
        ["C. PHỤ LỤC", 20],
      ]),
    ).toEqual(["I. YÊU CẦU", "V. Ghi chú thêm", "C. PHỤ LỤC"]);
  });
});
