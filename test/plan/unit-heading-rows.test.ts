// A table with no lead column may group its rows under headings in capitals with no number, merged across the table,
// each naming the unit given the rows under it; the rows number on through the whole table. That unit leads them, up
// to the next heading; a heading naming no unit gives the rows under it none.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import type { Block } from "../../src/plan/document.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import type { ParsedPlan } from "../../src/plan/parsed-plan.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { parse, tasks, unresolvedNames } from "../support/text-plans.ts";

const HEADER = ["TT", "Nội dung công việc", "Kết quả", "Thời hạn"];
const line = (n: number, time: string) => [String(n), `Công việc số ${n} của năm`, "Báo cáo", time];

/** A plan whose table Word or a PDF keeps: a heading merged across is a row of one filled cell and blanks. */
function rowsPlan(rows: string[][]): ParsedPlan {
  const text = (t: string): Block => ({ type: "text", text: t });
  const head = ["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", "Số: 12/KH-UBND", "Thái Nguyên, ngày 05 tháng 03 năm 2024"];
  const blocks: Block[] = [
    ...[...head, "KẾ HOẠCH", "Danh mục công việc:"].map(text),
    ...[HEADER, ...rows].map((cells): Block => ({ type: "row", cells: HEADER.map((_, i) => cells[i] ?? "") })),
  ];
  const parsed = parsePlan({ blocks }, THAI_NGUYEN, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan;
}

describe("unit headings over the rows of a table with no lead column", () => {
  it("give each row under them the unit they name, up to the next heading", () => {
    const plan = parse(
      [
        "Danh mục công việc:",
        HEADER,
        ["SỞ Y TẾ"],
        line(1, "Tháng 5/2024"),
        line(2, "Tháng 6/2024"),
        ["SỞ TƯ PHÁP"],
        line(3, "Tháng 7/2024"),
        ["NHIỆM VỤ CHUNG KHÁC"],
        line(4, "Tháng 8/2024"),
      ]
        .map((cells) => (typeof cells === "string" ? cells : cells.join("\t")))
        .join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-05-31", ["Sở Y tế"], []],
      ["2", "2024-06-30", ["Sở Y tế"], []],
      ["3", "2024-07-31", ["Sở Tư pháp"], []],
      ["4", "2024-08-31", [], []],
    ]);
  });

  it("read as rows of one filled cell do the same; a group the directory lacks is kept and reported", () => {
    const plan = rowsPlan([["UBND CẤP XÃ"], line(1, "Tháng 5/2024"), ["SỞ Y TẾ"], line(2, "Tháng 6/2024")]);
    expect(tasks(plan).map((t) => t[2])).toEqual([["?UBND cấp xã"], ["Sở Y tế"]]);
    expect(unresolvedNames(plan)).toContain("UBND cấp xã");
  });

  it("give nothing where a lead column names the leads", () => {
    const plan = rowsPlan([["SỞ Y TẾ"], line(1, "Tháng 5/2024")]);
    const led = parsePlan(
      {
        blocks: [
          ...[
            "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
            "Số: 12/KH-UBND",
            "Thái Nguyên, ngày 05 tháng 03 năm 2024",
            "KẾ HOẠCH",
          ].map((text): Block => ({ type: "text", text })),
          { type: "row", cells: ["TT", "Nội dung công việc", "Chủ trì", "Thời hạn"] },
          { type: "row", cells: ["SỞ Y TẾ", "", "", ""] },
          { type: "row", cells: ["1", "Công việc số 1 của năm", "Sở Tư pháp", "Tháng 5/2024"] },
        ],
      },
      THAI_NGUYEN,
      shippedCalendar,
    );
    expect(tasks(plan)[0]![2]).toEqual(["Sở Y tế"]);
    expect(led.ok && tasks(led.plan)[0]![2]).toEqual(["Sở Tư pháp"]);
  });

  it("read the same over ten thousand rows", () => {
    const rows = Array.from({ length: 10_000 }, (_, k) => [
      ...(k % 100 === 0 ? [[Math.floor(k / 100) % 2 ? "SỞ Y TẾ" : "SỞ TƯ PHÁP"]] : []),
      line(k + 1, "Tháng 5/2024"),
    ]).flat();
    const read = tasks(rowsPlan(rows));
    expect(read).toHaveLength(10_000);
    expect(read.every((t, k) => t[2]![0] === (Math.floor(k / 100) % 2 ? "Sở Y tế" : "Sở Tư pháp"))).toBe(true);
  });
});
