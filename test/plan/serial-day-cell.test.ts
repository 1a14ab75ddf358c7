// A deadline stored as a date in a cell formatted General shows Excel's serial day ("45961"), in the workbook, its
// text copy and its print: the task is due that day. Only a whole cell of five figures, a day of 2000 to 2099.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { serialDayTime } from "../../src/plan/serial-day-cell.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { tasks } from "../support/text-plans.ts";

async function dues(times: (string | number)[]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Nhiệm vụ");
  sheet.addRow(["DANH MỤC NHIỆM VỤ NĂM 2024 - UBND TỈNH LAI CHÂU"]);
  sheet.addRow(["(Kèm theo Kế hoạch số 31/KH-UBND ngày 15/01/2024 của UBND tỉnh Lai Châu)"]);
  sheet.addRow(["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]);
  times.forEach((time, k) => sheet.addRow([k + 1, `Báo cáo chuyên đề số ${k + 1}`, "Sở Tư pháp", time]));
  const parsed = await parsePlanBuffer(Buffer.from(await book.xlsx.writeBuffer()), {
    directories: shippedDirectories,
    calendar: shippedCalendar,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return tasks(parsed.value).map(([ref, due]) => [ref, due]);
}

describe("a serial day in a time column", () => {
  it("is the day it counts, stored as a number or typed as text, beside dates as written", async () => {
    expect(await dues([45412, "45473", "30/9/2024", 45657.5])).toEqual([
      ["1", "2024-04-30"],
      ["2", "2024-06-30"],
      ["3", "2024-09-30"],
      ["4", "2024-12-31"],
    ]);
  });

  it("is only a whole cell of five figures in the years 2000 to 2099", () => {
    expect(["45961", " 45961 ", "45961.70833", "36526", "73050"].map(serialDayTime)).toEqual([
      "31/10/2025",
      "31/10/2025",
      "31/10/2025",
      "01/01/2000",
      "31/12/2099",
    ]);
    for (const other of ["36525", "73051", "2025", "Văn bản 45961", "45961/QĐ", "459610", "Quý IV/2025"])
      expect(serialDayTime(other)).toBe(other);
  });

  it("reads 100 KB of figures within bounds", () => {
    const long = "4".repeat(100_000);
    expect(serialDayTime(long)).toBe(long);
    expect(serialDayTime(`45961.${"7".repeat(100_000)}`)).toContain("777");
  });
});
