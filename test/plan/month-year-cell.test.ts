// A time column may write a month as its number and year alone ("03/2026", "9/2025") beside full dates: the task is
// due by the end of that month, as "Tháng 3/2026" is. Only a whole cell so written is a month.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { monthYearTime } from "../../src/plan/month-year-cell.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { tasks } from "../support/text-plans.ts";

async function workbook(time: string, times: string[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Nhiệm vụ");
  sheet.addRow(["PHÂN CÔNG NHIỆM VỤ NĂM 2025"]);
  sheet.addRow(["(Kèm theo Kế hoạch số 77/KH-UBND ngày 03/3/2025 của UBND tỉnh Bắc Kạn)"]);
  sheet.addRow(["TT", "Nội dung công việc", "Đơn vị chủ trì", "Bắt đầu", time]);
  times.forEach((end, k) => sheet.addRow([k + 1, `Cập nhật số liệu chuyên đề ${k + 1}`, "Sở Y tế", "03/2025", end]));
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function dues(time: string, times: string[]) {
  const parsed = await parsePlanBuffer(await workbook(time, times), {
    directories: shippedDirectories,
    calendar: shippedCalendar,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return tasks(parsed.value).map(([, due]) => due);
}

describe("a month written as its number and year in a time column", () => {
  it("dates the row by the month's last day, in an end column or a deadline column", async () => {
    const times = ["04/2025", "9/2025", "12/2025", "20/5/2025", "Quý III/2025"];
    const expected = ["2025-04-30", "2025-09-30", "2025-12-31", "2025-05-20", "2025-09-30"];
    expect(await dues("Kết thúc", times)).toEqual(expected);
    expect(await dues("Thời hạn hoàn thành", times)).toEqual(expected);
  });

  it("reads only a whole cell so written, a real month", () => {
    expect(["06/2025", "6/2025", " 11 / 2025 "].map(monthYearTime)).toEqual([
      "Tháng 06/2025",
      "Tháng 6/2025",
      "Tháng 11/2025",
    ]);
    for (const other of ["13/2025", "00/2025", "5/12/2025", "Văn bản số 12/2025", "12/25", "Thường xuyên"])
      expect(monthYearTime(other)).toBe(other);
  });

  it("takes a long cell in time linear in its size", () => {
    const long = `${"1".repeat(100_000)}/2025`;
    expect(monthYearTime(long)).toBe(long);
    expect(monthYearTime(`1/${"2".repeat(100_000)}`)).toContain("2222");
  });
});
