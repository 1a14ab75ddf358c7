// A Gantt chart printed to PDF: a task's months are cells filled in a colour, with nothing written in them. Each bar
// is read as a mark, as an "x" typed there, so the task is due at the end of its last marked month; the shading of
// a header or of a group's row marks nothing.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { withBars, MAX_FILLED_SLOTS } from "../../src/plan/pdf/bars.ts";
import type { Fill } from "../../src/plan/pdf/geometry.ts";
import type { Cell, Table } from "../../src/plan/pdf/tables.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readPdfPlan } from "../../src/plan/read-pdf.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { pdfFrom, type PdfCell } from "../support/pdf-documents.ts";
import { tasks } from "../support/text-plans.ts";

const BAR = "#5b9bd5";
const GREY = "#d9d9d9";
const MONTHS = ["T1", "T2", "T3", "T4", "T5", "T6"];
const bar = { text: "", backgroundColor: BAR };
const grey = (text: string): PdfCell => ({ text, backgroundColor: GREY });

/** A task's row: its months (1-6) drawn as bars. */
const task = (ref: string, title: string, lead: string, months: number[]): PdfCell[] => [
  ref,
  title,
  lead,
  ...MONTHS.map((_, m) => (months.includes(m + 1) ? bar : "")),
];

async function read(rows: PdfCell[][]) {
  const pdf = await pdfFrom([
    { kind: "paragraph", text: "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", center: true },
    { kind: "paragraph", text: "Số: 21/KH-UBND", center: true },
    { kind: "paragraph", text: "Thái Nguyên, ngày 16 tháng 01 năm 2026", center: true },
    { kind: "paragraph", text: "KẾ HOẠCH chuyển đổi số năm 2026", center: true, bold: true },
    { kind: "paragraph", text: "Ô tô màu: thời gian thực hiện" },
    {
      kind: "table",
      widths: [26, 170, 110, ...MONTHS.map(() => 26)],
      rows: [["STT", "Nội dung", "Chủ trì", ...MONTHS].map(grey), ...rows],
    },
  ]);
  const document = await readPdfPlan(pdf);
  if (!document.ok) throw new Error(document.error.code);
  const parsed = parsePlan(document.document, THAI_NGUYEN, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan;
}

describe("a Gantt chart printed to PDF", () => {
  it("dates each task by the last month its bar fills", async () => {
    const plan = await read([
      [grey("I"), grey("HẠ TẦNG SỐ"), grey(""), ...MONTHS.map(() => grey(""))],
      task("1", "Nâng cấp Trung tâm dữ liệu tỉnh", "Sở Khoa học và Công nghệ", [2, 3]),
      task("2", "Số hóa hồ sơ thủ tục hành chính", "Văn phòng UBND tỉnh", [1, 2, 3, 4, 5]),
      task("3", "Rà soát quy chế bảo đảm an toàn thông tin", "Công an tỉnh", [6]),
    ]);
    expect(tasks(plan)).toEqual([
      ["1", "2026-03-31", ["Sở Khoa học và Công nghệ"], []],
      ["2", "2026-05-31", ["Văn phòng UBND tỉnh"], []],
      ["3", "2026-06-30", ["Công an tỉnh"], []],
    ]);
  });

  it("reads no bar in a row whose every cell shares one shade, nor in cells not under a month", async () => {
    const plan = await read([
      [grey("1"), grey("Tập huấn kỹ năng số"), grey("Sở Nội vụ"), ...MONTHS.map(() => grey(""))],
      task("2", "Đánh giá mức độ chuyển đổi số", "Sở Nội vụ", [4]),
    ]);
    // The shaded row is highlighted, not charted: it has no time.
    expect(tasks(plan)).toEqual([
      ["1", null, ["Sở Nội vụ"], []],
      ["2", "2026-04-30", ["Sở Nội vụ"], []],
    ]);
  });
});

describe("fills past the bound", () => {
  it("reads no bars when the fills would have every cell looked at too often", () => {
    const [rowsCount, columns] = [100, 20];
    const xs = Array.from({ length: columns + 1 }, (_, c) => c * 10);
    const ys = Array.from({ length: rowsCount + 1 }, (_, r) => r * 10);
    const slots: Cell[][] = ys
      .slice(1)
      .map((_, r) => xs.slice(1).map((_, c) => ({ row: r, column: c, rows: 1, columns: 1, runs: [] })));
    const table: Table = { xs, ys, slots, rules: [] };
    const rows = slots.map((row, r) => row.map((_, c) => (r === 0 ? `T${(c % 12) + 1}` : c === 0 ? "Việc" : "")));
    const whole: Fill = { x1: 10, y1: 0, x2: columns * 10, y2: rowsCount * 10, colour: BAR };
    const count = Math.ceil(MAX_FILLED_SLOTS / (rowsCount * (columns - 1))) + 1;
    expect(withBars(table, rows, [], Array<Fill>(count).fill(whole))).toEqual(rows);
    // Within the bound, the same fill (the first column left white) marks every empty cell under a month in a row
    // holding text.
    const marked = withBars(table, rows, [], [whole]);
    expect(marked[1]!.slice(0, 3)).toEqual(["Việc", "x", "x"]);
  });
});
