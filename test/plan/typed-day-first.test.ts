// A clerk types dates day-first into a workbook on a computer set to a month-first locale: a day up to the 12th is
// stored with its day and month swapped and shown month-first as it was typed ("3/4/2027" for 3 April, stored 4
// March); a later day stays text ("28/04/2027"). The sheet is read as it shows, as its author meant it. A column
// whose own cells say its dates are the locale's keeps them as stored.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { SheetRow } from "../../src/plan/sheet/grid.ts";
import { typedDayFirst } from "../../src/plan/sheet/typed-day-first.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { cell, ods, row } from "./ods/ods-file.ts";
import { tasks } from "../support/text-plans.ts";

/** A cell's time: text as typed, or a date stored on [year, month, day] shown with `format`. */
type Time = string | { stored: [number, number, number]; format?: string };

const HEAD = [
  "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
  "Số: 09/KH-UBND",
  "Thái Nguyên, ngày 15 tháng 01 năm 2027",
  "KẾ HOẠCH",
  "Chuyển đổi số năm 2027",
];
const UNITS = ["Sở Nội vụ", "Sở Tư pháp", "Sở Y tế", "Sở Tài chính", "Sở Xây dựng", "Công an tỉnh"];

async function workbook(times: Time[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Danh muc");
  for (const line of HEAD) sheet.addRow([line]);
  sheet.addRow(["TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn"]);
  times.forEach((time, k) => {
    const value =
      typeof time === "string" ? time : new Date(Date.UTC(time.stored[0], time.stored[1] - 1, time.stored[2]));
    const added = sheet.addRow([k + 1, `Cập nhật dữ liệu chuyên ngành đợt ${k + 1}`, UNITS[k % UNITS.length], value]);
    if (typeof time !== "string") added.getCell(4).numFmt = time.format ?? "m/d/yyyy";
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function dues(file: Buffer) {
  const parsed = await parsePlanBuffer(file, { directories: shippedDirectories, calendar: shippedCalendar });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return tasks(parsed.value).map(([ref, due, lead]) => [ref, due, lead]);
}

describe("dates typed day-first into a month-first locale", () => {
  it("reads a swapped date cell as it shows, beside dates past the 12th left as text", async () => {
    const times: Time[] = [
      "28/04/2027",
      { stored: [2027, 3, 4] },
      "Quý III/2027",
      { stored: [2027, 11, 2] },
      "16/10/2027",
    ];
    expect(await dues(await workbook(times))).toEqual([
      ["1", "2027-04-28", ["Sở Nội vụ"]],
      ["2", "2027-04-03", ["Sở Tư pháp"]],
      ["3", "2027-09-30", ["Sở Y tế"]],
      ["4", "2027-02-11", ["Sở Tài chính"]],
      ["5", "2027-10-16", ["Sở Xây dựng"]],
    ]);
  });

  it("reads an OpenDocument copy the same way", async () => {
    const date = (value: string, shown: string) =>
      `<table:table-cell office:value-type="date" office:date-value="${value}"><text:p>${shown}</text:p></table:table-cell>`;
    const task = (ref: string, work: string, unit: string, time: string) =>
      row(cell(ref) + cell(work) + cell(unit) + time);
    const file = await ods(
      `<table:table table:name="Danh muc">${[
        ...HEAD.map((line) => row(cell(line))),
        row(cell("TT") + cell("Nội dung công việc") + cell("Đơn vị chủ trì") + cell("Thời hạn")),
        task("1", "Chuẩn hóa dữ liệu hộ tịch", "Sở Tư pháp", cell("21/06/2027")),
        task("2", "Kiểm tra công vụ tại các xã", "Sở Nội vụ", date("2027-08-07", "8/7/2027")),
      ].join("")}</table:table>`,
    );
    expect(await dues(file)).toEqual([
      ["1", "2027-06-21", ["Sở Tư pháp"]],
      ["2", "2027-07-08", ["Sở Nội vụ"]],
    ]);
  });

  it("keeps the stored dates where the column's own cells say they are the locale's", async () => {
    const swapped = { stored: [2027, 3, 4] as [number, number, number] };
    // A day past the 12th shown month-first: the locale read it as meant.
    expect(await dues(await workbook(["28/04/2027", swapped, { stored: [2027, 9, 30] }]))).toEqual([
      ["1", "2027-04-28", ["Sở Nội vụ"]],
      ["2", "2027-03-04", ["Sở Tư pháp"]],
      ["3", "2027-09-30", ["Sở Y tế"]],
    ]);
    // A bare date kept as text that the locale would have read as a day: the cells were text before typing.
    expect(await dues(await workbook(["28/04/2027", swapped, "05/10/2027"]))).toEqual([
      ["1", "2027-04-28", ["Sở Nội vụ"]],
      ["2", "2027-03-04", ["Sở Tư pháp"]],
      ["3", "2027-10-05", ["Sở Y tế"]],
    ]);
    // A date inside words is text in any locale; a date shown day-first is no month-first display.
    expect(
      await dues(await workbook(["Trước 28/04/2027", swapped, { stored: [2027, 5, 6], format: "dd/mm/yyyy" }])),
    ).toEqual([
      ["1", "2027-04-27", ["Sở Nội vụ"]],
      ["2", "2027-03-04", ["Sở Tư pháp"]],
      ["3", "2027-05-06", ["Sở Y tế"]],
    ]);
  });

  it("decides 1,500 rows' columns in linear time", () => {
    const rows: SheetRow[] = Array.from({ length: 1500 }, (_, i) => {
      const swapped = i % 2 === 0;
      return {
        number: i + 1,
        cells: [String(i + 1), `Việc ${i + 1}`, swapped ? "04/03/2027" : "28/04/2027"],
        generalNumbers: new Set<number>(),
        dates: new Map<number, string | null>(swapped ? [[2, "3/4/2027"]] : []),
      };
    });
    const started = performance.now();
    const read = typedDayFirst(rows);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(read.map((r) => r.cells[2])).toEqual(rows.map((_, i) => (i % 2 === 0 ? "3/4/2027" : "28/04/2027")));
    const long: SheetRow = {
      number: 1,
      cells: ["1".repeat(100_000)],
      generalNumbers: new Set(),
      dates: new Map([[0, `${"1".repeat(100_000)}/1/1`]]),
    };
    expect(typedDayFirst([long])).toEqual([long]);
  });
});
