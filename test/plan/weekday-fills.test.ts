// A calendar's weekday row ("T2" … "T7", "CN") names days of the week, not months: a weekend's grey shading under it
// is the calendar's furniture and marks nothing, where a Gantt's bar under a month's label ("T2" = February) does.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { isWeekdayRow, periodHeads } from "../../src/plan/fill-marks.ts";
import { readXlsxPlan } from "../../src/plan/read-xlsx.ts";
import { blocksOf } from "../support/ooxml.ts";

const rowsOf = (rows: string[][]) => new Map(rows.map((cells, i) => [i + 1, cells]));

describe("a weekday row over a calendar's days", () => {
  it("is told by a Sunday or a weekday written twice, never by a row of months", () => {
    expect(isWeekdayRow(["Đơn vị", "T4", "T5", "T6", "T7", "CN", "T2"])).toBe(true);
    expect(isWeekdayRow(["", "Thứ 2", "Thứ 3", "Chủ nhật"])).toBe(true);
    expect(isWeekdayRow(["", "T2", "T3", "T4", "T5", "T6", "T2", "T3"])).toBe(true);
    expect(isWeekdayRow(["Nội dung", "T1", "T2", "T3", "T4", "T5", "T6"])).toBe(false);
    // A Gantt over two years writes each month twice, with months no weekday can be.
    const twoYears = Array.from({ length: 24 }, (_, i) => `T${(i % 12) + 1}`);
    expect(isWeekdayRow(["Nội dung", ...twoYears])).toBe(false);
    const year = Array.from({ length: 100_000 }, (_, i) => ["T2", "T3", "T4", "T5", "T6", "T7", "CN"][i % 7]!);
    expect(isWeekdayRow(["", ...year])).toBe(true);
  });

  it("heads no column, so a weekend's fill under it is no bar", () => {
    const heads = periodHeads(
      rowsOf([
        ["Đơn vị", "1", "2", "3"],
        ["", "T6", "T7", "CN"],
      ]),
      [],
    );
    expect(heads.size).toBe(0);
    expect(periodHeads(rowsOf([["Nội dung", "T1", "T2", "T3"]]), []).size).toBe(3);
  });

  it("leaves a workbook calendar's shaded weekend cells empty", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("T5-2026");
    sheet.addRow(["Đơn vị chủ trì", 1, 2, 3, 4]);
    sheet.addRow(["", "T6", "T7", "CN", "T2"]);
    const unit = sheet.addRow(["Sở Y tế", "", "", "", "Kiểm tra an toàn thực phẩm"]);
    for (const column of [3, 4])
      unit.getCell(column).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
    const rows = blocksOf(readXlsxPlan(Buffer.from(await book.xlsx.writeBuffer())));
    expect(rows.at(-1)).toEqual(["Sở Y tế", "", "", "", "Kiểm tra an toàn thực phẩm"]);
  });
});
