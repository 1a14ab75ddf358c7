// A numbered list set in two ragged (left-aligned) columns: no justified line shows the gutter, the numbering does.
import { describe, expect, it } from "vitest";
import type { TextRun } from "../../src/plan/pdf/geometry.ts";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";
import { itemNumber, numbersOn } from "../../src/plan/pdf/list-flow.ts";

describe("a list numbering on", () => {
  it("goes to the next number at its level, below it or above it", () => {
    expect(numbersOn([7], [8])).toBe(true);
    expect(numbersOn([2, 3], [2, 4])).toBe(true);
    expect(numbersOn([2], [2, 1])).toBe(true);
    expect(numbersOn([2, 5], [3])).toBe(true);
    expect(numbersOn([7], [1])).toBe(false);
    expect(numbersOn([2, 3], [3, 1])).toBe(false);
  });

  it("is read from an item's opening number only", () => {
    expect(itemNumber("12. Kiểm tra")).toEqual([12]);
    expect(itemNumber("2.3. Rà soát")).toEqual([2, 3]);
    expect(itemNumber("Hạn: 15/5")).toBeNull();
  });
});

describe("a numbered list in two ragged columns", () => {
  // Left column from 80, right from 322; each line one run, 5 points a letter, ending where its words do.
  const at = (text: string, x: number, y: number): TextRun => ({
    text,
    x,
    y,
    width: text.length * 5,
    size: 12,
    font: "F",
  });
  const column = (x: number, top: number, lines: string[]) => lines.map((text, i) => at(text, x, top + 15 * i));
  const page = (rightLines: string[]) => [
    at("PHÂN CÔNG NHIỆM VỤ NĂM 2025", 220, 100),
    at("Các phòng thực hiện các nhiệm vụ sau, báo cáo kết quả về Văn phòng Sở.", 80, 130),
    ...column(80, 160, [
      "1. Rà soát quy trình nội bộ về giải quyết hồ",
      "sơ của Sở",
      "Chủ trì: Phòng Pháp chế",
      "Hạn: 15/4/2025",
      "2. Công khai thủ tục hành chính trên Cổng",
      "thông tin điện tử",
      "Chủ trì: Văn phòng Sở",
      "Hạn: 20/5/2025",
    ]),
    ...column(322, 167, rightLines),
  ];
  const texts = (input: TextRun[]) =>
    layoutBlocks([{ width: 595, height: 842, runs: input, rules: [] }]).map((b) => (b.type === "text" ? b.text : ""));
  const right = [
    "3. Kiểm tra việc tiếp nhận hồ sơ trực tuyến",
    "tại Bộ phận Một cửa",
    "Chủ trì: Thanh tra Sở",
    "Hạn: 30/6/2025",
    "4. Tổng hợp báo cáo kết quả sáu tháng đầu",
    "năm",
    "Chủ trì: Văn phòng Sở",
  ];

  it("is read down the left column, then down the right, when the right one's first item follows the left's last", () => {
    expect(texts(page(right)).slice(2)).toEqual([
      "1. Rà soát quy trình nội bộ về giải quyết hồ sơ của Sở",
      "Chủ trì: Phòng Pháp chế",
      "Hạn: 15/4/2025",
      "2. Công khai thủ tục hành chính trên Cổng thông tin điện tử",
      "Chủ trì: Văn phòng Sở",
      "Hạn: 20/5/2025",
      "3. Kiểm tra việc tiếp nhận hồ sơ trực tuyến tại Bộ phận Một cửa",
      "Chủ trì: Thanh tra Sở",
      "Hạn: 30/6/2025",
      "4. Tổng hợp báo cáo kết quả sáu tháng đầu năm",
      "Chủ trì: Văn phòng Sở",
    ]);
  });

  it("is read across, as before, when the right side numbers a list of its own", () => {
    const own = right.map((line) => line.replace(/^3\./, "1.").replace(/^4\./, "2."));
    expect(texts(page(own)).slice(2).join(" | ")).toMatch(
      /^1\. Rà soát quy trình nội bộ về giải quyết hồ \| 1\. Kiểm tra/,
    );
  });
});
