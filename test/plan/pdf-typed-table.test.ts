// A task table typed in a fixed-width font and printed to PDF with no ruling lines: each label of its header line
// starts at its column, rows numbered "1.", lines of dashes for rules, and no header repeated on the next page.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import type { PageContent, TextRun } from "../../src/plan/pdf/geometry.ts";
import { borderlessRules } from "../../src/plan/pdf/borderless.ts";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";

/** A run of a fixed-width font, 6 points a character, `drift` points off its column as a fallback glyph sets it. */
const run = (text: string, x: number, y: number, drift = 0): TextRun => ({
  text,
  x: x + drift,
  y,
  width: text.length * 6,
  size: 10,
  font: "Mono",
});
const page = (runs: TextRun[]): PageContent => ({ width: 595, height: 842, runs, rules: [] });
const rows = (blocks: Block[]) => blocks.flatMap((b) => (b.type === "row" ? [b.cells] : []));
const texts = (blocks: Block[]) => blocks.flatMap((b) => (b.type === "text" ? [b.text] : []));

// Columns: the number at 60, the task at 90, the lead at 250, the partners at 340, the time at 430.
const COLUMNS = [60, 90, 250, 340, 430];
const line = (y: number, cells: string[], drift = 0) =>
  cells.flatMap((text, i) => (text ? [run(text, COLUMNS[i]!, y, i > 1 ? drift : 0)] : []));
const dashes = (y: number) => run("-".repeat(75), 60, y);
const header = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"];

describe("a task table typed in a fixed-width font, numbered 1., going on over a page break", () => {
  const blocks = layoutBlocks([
    page([
      run("II. NHIỆM VỤ", 60, 40),
      ...line(60, header),
      dashes(72),
      ...line(84, ["1.", "Rà soát danh sách hộ", "Phòng Kinh tế", "Công an xã", "Tháng 4/2026"], 2),
      ...line(96, ["", "dân cư vùng sạt lở"]),
      ...line(108, ["2.", "Kiểm tra đê kè", "Ban Chỉ huy", "Trạm Y tế xã", "Trước"], -2),
      ...line(120, ["", "xung yếu", "quân sự xã", "", "30/5/2026"], 1),
    ]),
    page([
      // No header: the rest of row 2, then row 3, then the closing rule.
      ...line(50, ["", "trước mùa mưa"]),
      ...line(62, ["3.", "Tổng kết năm", "Văn phòng UBND", "-", "Tháng 12/2026"]),
      dashes(74),
      run("III. TỔ CHỨC THỰC HIỆN", 60, 110),
      run("1. Các phòng, ban được phân công chủ động triển khai thực hiện Kế hoạch.", 60, 124),
    ]),
  ]);

  it("reads its rows in the columns its labels start, the row the page broke made whole", () => {
    expect(rows(blocks)).toEqual([
      header,
      ["1.", "Rà soát danh sách hộ dân cư vùng sạt lở", "Phòng Kinh tế", "Công an xã", "Tháng 4/2026"],
      ["2.", "Kiểm tra đê kè xung yếu trước mùa mưa", "Ban Chỉ huy quân sự xã", "Trạm Y tế xã", "Trước 30/5/2026"],
      ["3.", "Tổng kết năm", "Văn phòng UBND", "-", "Tháng 12/2026"],
    ]);
  });

  it("keeps the typed rules out of the text, and the headings around the table as text", () => {
    expect(texts(blocks)).toEqual([
      "II. NHIỆM VỤ",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Các phòng, ban được phân công chủ động triển khai thực hiện Kế hoạch.",
    ]);
  });
});

describe("the page after a typed table at the foot of a page", () => {
  it("is text when its first line crosses the table's columns", () => {
    const blocks = layoutBlocks([
      page([...line(60, header), ...line(84, ["1.", "Rà soát danh sách hộ", "Phòng Kinh tế", "", "Quý II"])]),
      page([run("Các phòng, ban chủ động triển khai, báo cáo kết quả về Văn phòng.", 60, 50)]),
    ]);
    expect(rows(blocks)).toHaveLength(2);
    expect(texts(blocks)).toEqual(["Các phòng, ban chủ động triển khai, báo cáo kết quả về Văn phòng."]);
  });

  it("is text when it opens with a heading standing in one column", () => {
    const blocks = layoutBlocks([
      page([...line(60, header), ...line(84, ["1.", "Rà soát danh sách hộ", "Phòng Kinh tế", "", "Quý II"])]),
      page([run("KẾT LUẬN", 100, 50)]),
    ]);
    expect(texts(blocks)).toEqual(["KẾT LUẬN"]);
  });
});

describe("a long typed table", () => {
  it("is found in a table of 10,000 rows", () => {
    const body = Array.from({ length: 20_000 }, (_, i) =>
      i % 2
        ? line(72 + i * 12, ["", "tiếp theo"])
        : line(72 + i * 12, [`${(i / 2) % 900}.`, "Việc", "Phòng A", "", "Quý I"]),
    ).flat();
    const { rules } = borderlessRules([...line(60, header), ...body]);
    // Above the header, under the last line, above each of the 10,000 rows; and the six borders of five columns.
    expect(rules).toHaveLength(10_002 + 6);
  });
});
