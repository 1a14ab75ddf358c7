// A month's calendar grid: lead units down the first column, one column per day of the month under a row of day
// numbers (and a row of weekdays "T2" … "CN"), each task typed in its lead's row under its deadline's day, "(PH: …)"
// closing it naming its partners; the month is the one the grid's title or its sheet's tab names.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import { withCalendarGrids } from "../../src/plan/calendar-grid.ts";
import { parse, tasks } from "../support/text-plans.ts";

const WEEKDAYS = ["CN", "T2", "T3", "T4", "T5", "T6", "T7"];
const weekdays = (year: number, month: number, days: number) =>
  Array.from({ length: days }, (_, i) => WEEKDAYS[new Date(Date.UTC(year, month - 1, i + 1)).getUTCDay()]!);
const dayNumbers = (days: number) => Array.from({ length: days }, (_, i) => String(i + 1));
/** A unit's row with `cells` typed under their days ("x" in a weekend's shaded cell, as a fill reads). */
const unitRow = (unit: string, days: number, cells: Record<number, string>) =>
  [unit, ...Array.from({ length: days }, (_, i) => cells[i + 1] ?? "")].join("\t");

describe("a month's calendar grid", () => {
  it("reads each filled day cell as a task of its row's unit, due on that day of the grid's month", () => {
    const plan = parse(
      [
        "LỊCH TRIỂN KHAI NHIỆM VỤ THÁNG 5/2025",
        ["Đơn vị chủ trì", ...dayNumbers(31)].join("\t"),
        ["", ...weekdays(2025, 5, 31)].join("\t"),
        unitRow("Sở Y tế", 31, { 3: "x", 4: "x", 8: "Kiểm tra bếp ăn tập thể các trường học (PH: Công an tỉnh)" }),
        unitRow("Sở Tư pháp", 31, { 10: "x", 30: "Rà soát văn bản quy phạm pháp luật của tỉnh" }),
        unitRow("Công an tỉnh", 31, {}),
        "Ghi chú: ô xám là ngày nghỉ; (PH: …) là đơn vị phối hợp.",
        "T6-2025",
        ["Đơn vị chủ trì", ...dayNumbers(30)].join("\t"),
        ["", ...weekdays(2025, 6, 30)].join("\t"),
        unitRow("Sở Y tế", 30, { 14: "Tổng kết công tác y tế dự phòng (Phối hợp: Sở Tư pháp, Công an tỉnh)" }),
      ].join("\n"),
      { issued: "2025-04-20" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2025-05-08", ["Sở Y tế"], ["Công an tỉnh"]],
      ["2", "2025-05-30", ["Sở Tư pháp"], []],
      ["3", "2025-06-14", ["Sở Y tế"], ["Sở Tư pháp", "Công an tỉnh"]],
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual([
      "Kiểm tra bếp ăn tập thể các trường học",
      "Rà soát văn bản quy phạm pháp luật của tỉnh",
      "Tổng kết công tác y tế dự phòng",
    ]);
  });

  it("reads weekdays over the days as the grid's, never a month, and a month named with no year in the plan's", () => {
    const plan = parse(
      [
        "Tháng 7",
        ["", ...weekdays(2025, 7, 31)].join("\t"),
        ["Cơ quan thực hiện", ...dayNumbers(31).map((d) => d.padStart(2, "0"))].join("\t"),
        unitRow("Sở Tư pháp", 31, { 2: "Tuyên truyền pháp luật về phòng, chống ma túy" }),
        unitRow("", 31, { 25: "Sơ kết công tác tuyên truyền pháp luật" }),
      ].join("\n"),
      { issued: "2025-06-10" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2025-07-02", ["Sở Tư pháp"], []],
      ["2", "2025-07-25", ["Sở Tư pháp"], []],
    ]);
  });

  it("reads a day off the calendar marks in every unit's row, or names as one, as no task", () => {
    const plan = parse(
      [
        "LỊCH TRIỂN KHAI NHIỆM VỤ THÁNG 4/2026",
        ["Đơn vị chủ trì", ...dayNumbers(30)].join("\t"),
        ["", ...weekdays(2026, 4, 30)].join("\t"),
        unitRow("Sở Y tế", 30, { 10: "Kiểm tra an toàn thực phẩm", 27: "Nghỉ Giỗ Tổ", 30: "Nghỉ lễ" }),
        unitRow("Sở Tư pháp", 30, { 27: "Nghỉ Giỗ Tổ", 30: "Nghỉ lễ" }),
        unitRow("Công an tỉnh", 30, { 20: "Nghỉ bù", 27: "Nghỉ Giỗ Tổ", 30: "Nghỉ lễ" }),
      ].join("\n"),
      { issued: "2026-03-20" },
    );
    expect(tasks(plan)).toEqual([["1", "2026-04-10", ["Sở Y tế"], []]]);
  });

  it("goes on past a unit's row with no task, which a sheet gives as a line of its name alone", () => {
    const day = (n: number, text: string) => dayNumbers(28).map((d) => (Number(d) === n ? text : ""));
    const blocks: Block[] = [
      { type: "text", text: "T2-2026", tab: true },
      { type: "row", cells: ["Đơn vị chủ trì", ...dayNumbers(28)] },
      { type: "row", cells: ["Sở Y tế", ...day(5, "Tiêm chủng mở rộng đợt 1")] },
      { type: "text", text: "Sở Tư pháp" },
      { type: "row", cells: ["Công an tỉnh", ...day(20, "Kiểm tra an ninh trật tự")] },
      { type: "text", text: "Ghi chú: nhiệm vụ ghi tại ô ngày là hạn hoàn thành." },
    ];
    const rows = withCalendarGrids(blocks).flatMap((b) => (b.type === "row" ? [b.cells] : []));
    expect(rows.slice(1)).toEqual([
      ["1", "Tiêm chủng mở rộng đợt 1", "Sở Y tế", "", "5/2/2026"],
      ["2", "Kiểm tra an ninh trật tự", "Công an tỉnh", "", "20/2/2026"],
    ]);
  });

  it("leaves a row of day numbers no month is named over as it is", () => {
    const blocks: Block[] = [
      { type: "text", text: "Bảng chấm công" },
      { type: "row", cells: ["Họ và tên", ...dayNumbers(31)] },
      { type: "row", cells: ["Nguyễn Văn A", ...dayNumbers(31).map(() => "x")] },
    ];
    expect(withCalendarGrids(blocks)).toEqual(blocks);
  });

  it("reads a grid of very many unit rows and many months' grids, every task once", () => {
    const header = (month: number) => [
      `Tháng ${month}/2025`,
      ["Đơn vị chủ trì", ...dayNumbers(28)].join("\t"),
      ["", ...weekdays(2025, month, 28)].join("\t"),
    ];
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        [`Đơn vị ${i}`, ...dayNumbers(28).map((d) => (Number(d) === (i % 28) + 1 ? `Nhiệm vụ số ${i}` : "x"))].join(
          "\t",
        ),
      );
    const tall = tasks(parse([...header(3), ...rows(10_000)].join("\n"), { issued: "2025-02-10" }));
    expect(tall).toHaveLength(10_000);
    expect(tall.at(-1)).toEqual(["10000", "2025-03-04", ["?Đơn vị 9999"], []]);
    const months = Array.from({ length: 1500 }, (_, i) => [...header((i % 12) + 1), ...rows(1)]).flat();
    const many = tasks(parse(months.join("\n"), { issued: "2024-12-10" }));
    expect(many).toHaveLength(1500);
    expect(many.at(-1)).toEqual(["1500", "2025-12-01", ["?Đơn vị 0"], []]);
  });
});
