// A workbook of one sheet per month names each sheet by its month ("Tháng 3", "T4-2025") and writes in its time column
// only the day of that month ("10", "Cuối tháng", "Đầu tháng"): the tab, the line a text copy writes for it, the
// title row over the sheet's table or the page header of its print gives the month of every row under it.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sheetMonth } from "../../src/plan/month-tabs.ts";
import { withoutRunningText } from "../../src/plan/pdf/furniture.ts";
import { buildLines, lineText } from "../../src/plan/pdf/lines.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { parse, tasks } from "../support/text-plans.ts";

const HEADER = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Ngày"];

async function book(rowsPerSheet: number, tabs = ["Tháng 3", "T4-2024"]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const cover = workbook.addWorksheet("Bìa");
  cover.addRow(["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"]);
  cover.addRow(["Số: 7/KH-UBND", "", "Thái Nguyên, ngày 05 tháng 2 năm 2024"]);
  cover.addRow(["KẾ HOẠCH"]);
  cover.addRow(["NĂM 2024"]);
  let n = 0;
  for (const tab of tabs) {
    const sheet = workbook.addWorksheet(tab);
    sheet.addRow(HEADER);
    const days = [12, "Cuối tháng", "Thường xuyên", "Đầu tháng"];
    for (let i = 0; i < rowsPerSheet; i++)
      sheet.addRow([++n, `Rà soát hồ sơ quản lý nhóm ${n}`, "Sở Tư pháp", days[i % days.length]]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function dues(buffer: Buffer): Promise<[string, string | null][]> {
  const parsed = await parsePlanBuffer(buffer, { directories: shippedDirectories, calendar: shippedCalendar });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value.tasks.map((t) => [t.ref, t.deadline?.due ?? null]);
}

describe("a sheet per month", () => {
  it("names its month by the tab, in words or short with the year, not by a bare T-number or a span's end", () => {
    expect(sheetMonth("Tháng 3")).toMatchObject({ month: 3, year: null });
    expect(sheetMonth("T4-2025")).toMatchObject({ month: 4, year: "2025" });
    expect(sheetMonth("NHIỆM VỤ THÁNG 6 NĂM 2025")).toMatchObject({ month: 6, year: "2025" });
    expect(sheetMonth("Kế hoạch tháng 10/2026")).toMatchObject({ month: 10, year: "2026" });
    for (const other of ["T3", "Đến tháng 6", "Tháng 13", "Tổng hợp", "6 tháng đầu năm"])
      expect(sheetMonth(other)).toBeNull();
  });

  it("dates each row of a workbook by its tab's month and the day its 'Ngày' column gives", async () => {
    expect(await dues(await book(4))).toEqual([
      ["1", "2024-03-12"],
      ["2", "2024-03-31"],
      ["3", null],
      ["4", "2024-03-10"],
      ["5", "2024-04-12"],
      ["6", "2024-04-30"],
      ["7", null],
      ["8", "2024-04-10"],
    ]);
  });

  it("in a text copy, each sheet under its tab's line or its title row", () => {
    const plan = parse(
      [
        "Tháng 5",
        "STT\tNội dung công việc\tĐơn vị chủ trì\tNgày",
        "1\tRà soát hồ sơ quản lý trang thiết bị\tSở Y tế\t15",
        "Tháng 6",
        "NHIỆM VỤ THÁNG 6\t\t\t",
        "\t\t\t",
        "STT\tNội dung công việc\tĐơn vị chủ trì\tThời hạn",
        "2\tBố trí kinh phí thực hiện kế hoạch\tSở Tài chính\tTrước ngày 20",
        "3\tSơ kết công tác 6 tháng\tSở Nội vụ\tCuối tháng",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-05-15", ["Sở Y tế"], []],
      ["2", "2024-06-19", ["Sở Tài chính"], []],
      ["3", "2024-06-30", ["Sở Nội vụ"], []],
    ]);
  });

  it("keeps a print's page header naming the month where the month changes, drops it where it repeats", () => {
    const page = (header: string) => ({
      height: 800,
      lines: buildLines([{ text: header, x: 300, y: 30, width: 60, size: 12, font: "f" }], 0),
    });
    const kept = withoutRunningText(["Tháng 3", "Tháng 3", "Tháng 4", "Trang 2", "Trang 3"].map(page));
    expect(kept.map((lines) => lines.map(lineText).join())).toEqual(["Tháng 3", "", "Tháng 4", "", ""]);
  });

  it("reads a workbook of many long month sheets", async () => {
    const tabs = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);
    const read = await dues(await book(400, tabs));
    expect(read).toHaveLength(4_800);
    expect(read.filter(([, due]) => due === "2024-12-12")).toHaveLength(100);
  });
});
