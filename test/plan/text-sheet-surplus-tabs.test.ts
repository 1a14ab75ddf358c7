// A sheet copied as text whose group rows (a merged heading across the range) carry one tab too many at their end is
// still the sheet: the cells past the range are empty. Its rows are read as the workbook reads them, the quoted cells
// holding line breaks too, and no row is broken into tasks named after a unit.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { isSheetCopy } from "../../src/plan/text-sheet.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { row as shown } from "../support/text-plans.ts";

/** Cells padded with tabs to `width` columns, as Excel copies a range so wide. */
const padded = (width: number, ...cells: string[]) =>
  [...cells, ...Array.from({ length: width - cells.length }, () => "")].join("\t");
const line = (...cells: string[]) => padded(5, ...cells);
/** A group row copied with a tab too many: six cells over a five-column range. */
const group = (...cells: string[]) => padded(6, ...cells);

function tasks(text: string) {
  const read = readTextPlan(text);
  if (!read.ok) throw new Error(read.error.code);
  const parsed = parsePlan(read.document, THAI_NGUYEN_2025, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan.tasks.filter((t) => t.kind !== "heading").map(shown);
}

const TITLES = [
  line("PHỤ LỤC"),
  line("(Kèm theo Kế hoạch số 12/KH-UBND ngày 03/03/2026 của UBND tỉnh Thái Nguyên)"),
  line("STT", "Công việc", "Chủ trì", "Phối hợp", "Thời hạn"),
];

describe("a sheet copied as text with surplus empty cells on some rows", () => {
  it("reads quoted cells holding line breaks as one cell each, the rows under a wider group row included", () => {
    const text = [
      ...TITLES,
      group("A", "CÔNG TÁC TUYÊN TRUYỀN"),
      line("1", "Tổ chức hội nghị phổ biến", "Sở Nội vụ", '"Sở Tư pháp;\nTỉnh đoàn"', "30/06/2026"),
      group("B", "CÔNG TÁC KIỂM TRA"),
      line("2", "Kiểm tra việc thực hiện", "Sở Tư pháp", '"Sở Nội vụ;\nSở Tài chính"', "31/10/2026"),
    ].join("\r\n");
    expect(tasks(text)).toEqual([
      ["1", "2026-06-30", ["Sở Nội vụ"], ["Sở Tư pháp", "Tỉnh đoàn"]],
      ["2", "2026-10-31", ["Sở Tư pháp"], ["Sở Nội vụ", "Sở Tài chính"]],
    ]);
  });

  it("reads the same sheet with no quoted cell and LF line ends", () => {
    const text = [
      ...TITLES,
      group("I", "NHIỆM VỤ CHUNG"),
      line("1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Sở Nội vụ", "15/05/2026"),
      line("2", "Cập nhật cơ sở dữ liệu", "Sở Nội vụ", "", "30/09/2026"),
    ].join("\n");
    expect(tasks(text)).toEqual([
      ["1", "2026-05-15", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["2", "2026-09-30", ["Sở Nội vụ"], []],
    ]);
  });

  it("is no sheet copy where a line holds something past the range", () => {
    const lines = [...TITLES, padded(6, "1", "Họp", "Sở Nội vụ", "", "30/06/2026", "ghi chú")];
    expect(isSheetCopy(lines)).toBe(false);
  });

  it("reads 5,000 rows under group rows with surplus tabs", () => {
    const rows = Array.from({ length: 5000 }, (_, k) =>
      k % 50 === 0
        ? group(`G${k}`, `NHÓM ${k}`)
        : line(String(k), `Việc số ${k}`, "Sở Nội vụ", '"Sở Tư pháp;\nTỉnh đoàn"', "30/06/2026"),
    );
    const read = tasks([...TITLES, ...rows].join("\r\n"));
    const numbered = read.filter(([ref]) => /^\d+$/.test(String(ref)));
    expect(numbered).toHaveLength(4900);
    expect(numbered.every(([, , , partners]) => String(partners) === "Sở Tư pháp,Tỉnh đoàn")).toBe(true);
    expect(read.at(-1)).toEqual(["4999", "2026-06-30", ["Sở Nội vụ"], ["Sở Tư pháp", "Tỉnh đoàn"]]);
  });
});
