// A calendar's weekday row ("T2" … "T7", "CN") names days of the week, not months: a weekend's grey shading under it
// is the calendar's furniture and marks nothing, where a Gantt's bar under a month's label ("T2" = February) does.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { row } from "../support/text-plans.ts";

const GREY = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFD9D9D9" } };

/** A workbook of one sheet under a plan's cover, its rows as given, the cells `fills` lists shaded grey. */
async function workbook(tab: string, rows: (string | number)[][], fills: [number, number][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const cover = book.addWorksheet("Bìa");
  for (const line of ["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", "Số: 7/KH-UBND", "Thái Nguyên, ngày 05 tháng 1 năm 2026"])
    cover.addRow([line]);
  cover.addRow(["KẾ HOẠCH"]);
  const sheet = book.addWorksheet(tab);
  for (const cells of rows) sheet.addRow(cells);
  for (const [r, c] of fills) sheet.getRow(r).getCell(c).fill = GREY;
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function tasksOf(buffer: Buffer) {
  const parsed = await parsePlanBuffer(buffer, { directories: shippedDirectories, calendar: shippedCalendar });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value.tasks.filter((t) => t.kind === "task").map(row);
}

describe("a weekday row over a calendar's days", () => {
  it("dates no task by a weekend's shading under 'T7' or 'CN', where a bar under a month's 'T3' dates it", async () => {
    const week = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"];
    const weekly = await workbook(
      "Lịch tuần",
      [
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", ...week],
        [1, "Kiểm tra an toàn thực phẩm", "Sở Y tế", "", "", "", "", "", "", ""],
        [2, "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "", "", "", "", "", "", ""],
      ],
      [2, 3].flatMap((r): [number, number][] => [
        [r, 9],
        [r, 10],
      ]),
    );
    expect(await tasksOf(weekly)).toEqual([
      ["1", null, ["Sở Y tế"], []],
      ["2", null, ["Sở Tư pháp"], []],
    ]);
    const gantt = await workbook(
      "Tiến độ",
      [
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "T1", "T2", "T3", "T4", "T5", "T6"],
        [1, "Kiểm tra an toàn thực phẩm", "Sở Y tế", "", "", "", "", "", ""],
      ],
      [[2, 6]],
    );
    expect(await tasksOf(gantt)).toEqual([["1", "2026-03-31", ["Sở Y tế"], []]]);
  });

  it("dates none of a long weekly table's tasks by its shaded weekends", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [
      i + 1,
      `Trực ban nhóm ${i + 1}`,
      "Sở Y tế",
      ...Array(7).fill(""),
    ]);
    const weekly = await workbook(
      "Lịch tuần",
      [["STT", "Nội dung công việc", "Đơn vị chủ trì", "T2", "T3", "T4", "T5", "T6", "T7", "CN"], ...rows],
      rows.flatMap((_, i): [number, number][] => [
        [i + 2, 9],
        [i + 2, 10],
      ]),
    );
    const read = await tasksOf(weekly);
    expect(read).toHaveLength(3000);
    expect(read.filter(([, due]) => due !== null)).toEqual([]);
    expect(read.at(-1)).toEqual(["3000", null, ["Sở Y tế"], []]);
  });
});
