// An English-locale workbook shows its dates month-first ("m/d/yyyy"). A date cell's value is the date, whatever its
// display: the workbook readers write it day-first. A copy as text or PDF keeps only the display: a date column with
// one date that is a day only month-first ("6/30/2023") is read month-first throughout.
import { describe, expect, it } from "vitest";
import { readPlan } from "../../src/plan/read-plan.ts";
import { dayFirstColumns } from "../../src/plan/month-first-dates.ts";
import { formatValue } from "../../src/plan/sheet/number-format.ts";
import { cell, ods, row } from "./ods/ods-file.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("dates written month-first", () => {
  it.each([
    [45180, "m/d/yyyy", "11/9/2023"],
    [45180, "mm/dd/yyyy", "11/09/2023"],
    [45180, "d/m/yyyy", "11/9/2023"],
    [45180, "m/d/yyyy h:mm", "11/9/2023 0:00"],
    // The month is shown in figures whatever its letters' count, so a named month's order is swapped too.
    [45180, "mmm d, yyyy", "11 9, 2023"],
    [45180, "dddd, mmmm d, yyyy", "Thứ Hai, 11 9, 2023"],
  ])("a workbook's %s shown with %s reads day-first: %s", (value, format, shown) => {
    expect(formatValue(value, format, false)).toBe(shown);
  });

  // 45180.5 is noon on 11 September 2023: only a month written before its day is swapped, a minute is no month.
  it.each([
    ["yyyy-mm-dd", "2023-09-11"],
    ["yyyy/m/d", "2023/9/11"],
    ["hh:mm dd/mm/yyyy", "12:00 11/09/2023"],
    ["h:mm d/m/yyyy", "12:00 11/9/2023"],
    ["dd/mm/yyyy hh:mm:ss", "11/09/2023 12:00:00"],
    ["d/m/yy", "11/9/23"],
    ["m/d/yyyy", "11/9/2023"],
    ["mm-dd-yy", "11-09-23"],
    ["m/d", "11/9"],
    ["h:mm m/d/yyyy", "12:00 11/9/2023"],
  ])("noon of 11 September 2023 shown with %s reads %s", (format, shown) => {
    expect(formatValue(45180.5, format, false)).toBe(shown);
  });

  it("an OpenDocument date cell shown in figures is read from its value", async () => {
    const date = `<table:table-cell office:value-type="date" office:date-value="2023-04-02"><text:p>4/2/2023</text:p></table:table-cell>`;
    const read = await readPlan(await ods(`<table:table>${row(cell("Hạn") + date)}</table:table>`));
    expect(read.ok && read.document.blocks).toEqual([{ type: "row", cells: ["Hạn", "2/4/2023"] }]);
  });

  it("a text copy's column with a date valid only month-first is read month-first throughout", () => {
    const plan = parse(
      [
        "STT\tNhiệm vụ\tCơ quan chủ trì\tThời hạn",
        "1\tRà soát thủ tục hành chính cấp tỉnh\tSở Tư pháp\t3/9/2024",
        "2\tCập nhật cơ sở dữ liệu văn bản\tSở Nội vụ\tTrước 6/30/2024",
      ].join("\n"),
    );
    expect(tasks(plan).map(([ref, due]) => [ref, due])).toEqual([
      ["1", "2024-03-09"],
      ["2", "2024-06-29"],
    ]);
  });

  it("leaves a day-first column, and one that could be either, as the plan writes them", () => {
    const rows = (dates: string[]) => dates.map((d) => ({ type: "row" as const, cells: ["1", "Việc", d] }));
    expect(dayFirstColumns(rows(["3/9/2024", "30/6/2024", "6/30/2024"]))).toEqual(
      rows(["3/9/2024", "30/6/2024", "6/30/2024"]),
    );
    expect(dayFirstColumns(rows(["3/9/2024", "4/10/2024"]))).toEqual(rows(["3/9/2024", "4/10/2024"]));
  });

  it("decides a column across the runs of one table, split by page furniture or a repeated header", () => {
    const head = { type: "row" as const, cells: ["STT", "Việc", "Hạn"] };
    const task = (ref: string, due: string) => ({ type: "row" as const, cells: [ref, "Việc", due] });
    const page = { type: "text" as const, text: "Trang 2" };
    // The first page shows 6/30 (only a month-first date); the later runs hold none past the 12th.
    const blocks = [head, task("1", "6/30/2024"), page, task("2", "3/9/2024"), page, head, task("3", "4/10/2024")];
    expect(dayFirstColumns(blocks)).toEqual([
      head,
      task("1", "30/6/2024"),
      page,
      task("2", "9/3/2024"),
      page,
      head,
      task("3", "10/4/2024"),
    ]);
  });

  it("leaves another table, under its own header, to its own order", () => {
    const task = (ref: string, due: string) => ({ type: "row" as const, cells: [ref, "Việc", due] });
    const other = { type: "row" as const, cells: ["Số", "Văn bản", "Ngày ban hành"] };
    const blocks = [task("1", "6/30/2024"), { type: "text" as const, text: "Phụ lục" }, other, task("1", "3/9/2024")];
    expect(dayFirstColumns(blocks)).toEqual([task("1", "30/6/2024"), blocks[1], other, task("1", "3/9/2024")]);
  });

  it("reads a long month-first column in one pass", () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      type: "row" as const,
      cells: [String(i + 1), "Việc", `${(i % 12) + 1}/${(i % 28) + 1}/2024`],
    }));
    const out = dayFirstColumns(rows);
    expect(out[14]).toEqual({ type: "row", cells: ["15", "Việc", "15/3/2024"] });
    expect(out).toHaveLength(20_000);
  });

  it("reads a table split into thousands of runs as one", () => {
    const blocks = Array.from({ length: 10_000 }, (_, i) =>
      i % 2 === 1
        ? { type: "text" as const, text: `Trang ${i}` }
        : { type: "row" as const, cells: [String(i + 1), "Việc", i === 0 ? "6/30/2024" : "3/9/2024"] },
    );
    const out = dayFirstColumns(blocks);
    expect(out[9998]).toEqual({ type: "row", cells: ["9999", "Việc", "9/3/2024"] });
    expect(out).toHaveLength(10_000);
  });
});
