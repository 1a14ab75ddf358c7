// A deadline split into "Ngày" | "Tháng" columns under one "Thời hạn", the year only in the title: offices write words
// around the numbers as they would around a date. "Trước 20" | 5 is before the 20th of May, "Cuối" | 11 the end of
// November, "Đầu" | 3 the 10th, "" | "9-10" the end of October, 5 | "02/2026" a day of the next year; "Quý III" stays
// a quarter and "Hằng quý" recurs, no one deadline. The two cells are one deadline, in the plan's year.
import { describe, expect, it } from "vitest";
import { BAC_KAN } from "../../src/domain/directories/bac-kan.ts";
import type { Block } from "../../src/plan/document.ts";
import { withDatePartColumns } from "../../src/plan/date-part-columns.ts";
import { parse, tasks } from "../support/text-plans.ts";

const options = { directory: BAC_KAN, issued: "2025-01-10" };
const row = (...cells: string[]): Block => ({ type: "row", cells });

const table = (rows: [string, string][]) =>
  [
    "PHỤ LỤC NHIỆM VỤ NĂM 2025",
    "STT\tNội dung\tCơ quan chủ trì\tThời hạn\t\tGhi chú",
    "\t\t\tNgày\tTháng\t",
    ...rows.map(
      ([day, month], k) => `${k + 1}\tKiểm tra chuyên đề số ${k + 1} về an toàn thực phẩm\tSở Y tế\t${day}\t${month}\t`,
    ),
  ].join("\n");

describe("words in a deadline split into day and month columns", () => {
  it("reads the day's words with the month, in the plan's year unless the month carries its own", () => {
    const plan = parse(
      table([
        ["Trước 20", "5"],
        ["Chậm nhất ngày 10", "4"],
        ["Cuối", "11"],
        ["Đầu tháng", "3"],
        ["Giữa", "8"],
        ["", "9-10"],
        ["5", "02/2026"],
        ["", "Tháng 6"],
      ]),
      options,
    );
    expect(tasks(plan).map(([ref, due]) => [ref, due])).toEqual([
      ["1", "2025-05-19"],
      ["2", "2025-04-10"],
      ["3", "2025-11-30"],
      ["4", "2025-03-10"],
      ["5", "2025-08-15"],
      ["6", "2025-10-31"],
      ["7", "2026-02-05"],
      ["8", "2025-06-30"],
    ]);
  });

  it("keeps a quarter, a recurring time and other words as written, and words bounding no deadline", () => {
    const plan = parse(
      table([
        ["", "Quý III"],
        ["15", "Hằng quý"],
        ["Sau 15", "7"],
        ["Thường xuyên", ""],
      ]),
      options,
    );
    expect(tasks(plan).map(([ref, due]) => [ref, due])).toEqual([
      ["1", "2025-09-30"],
      ["2", null],
      ["3", null],
      ["4", null],
    ]);
  });

  it("reads a row numbering the columns as no date", () => {
    const blocks = withDatePartColumns([
      row("TT", "Nội dung", "Chủ trì", "Thời hạn", ""),
      row("", "", "", "Ngày", "Tháng"),
      row("(1)", "(2)", "(3)", "(4)", "(5)"),
      row("1", "Tổng kết", "Sở Nội vụ", "Trước 15", "12"),
    ]);
    expect(blocks.map((b) => (b.type === "row" ? b.cells[3] : ""))).toEqual([
      "Thời hạn",
      "(4) (5)",
      "trước ngày 15/12",
    ]);
  });

  it("reads 100 KB of words in the day and month cells in time linear in their size", () => {
    const long = (text: string) => text.repeat(100_000 / text.length);
    const blocks = [row("TT", "Nhiệm vụ", "Thời hạn", ""), row("", "", "Ngày", "Tháng")];
    for (const [day, month] of [
      [`Trước ${long("1")}`, "5"],
      [`Cuối ${long(" ")}tháng`, long("12")],
      [long("Trước "), `${long("1")}-${long("2")}`],
      ["", `3 ${long(" ")}/ 2025`],
    ] as const)
      blocks.push(row("1", "Rà soát", day, month));
    const started = performance.now();
    const read = withDatePartColumns(blocks).map((b) => (b.type === "row" ? b.cells[2]! : ""));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(read.slice(1, 4).every((time) => !/^(trước ngày|cuối tháng|tháng) \d/.test(time))).toBe(true);
    expect(read[4]).toBe("tháng 3/2025");
  });
});
