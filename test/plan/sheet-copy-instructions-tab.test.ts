// A workbook copied as text sheet by sheet, its first sheet an instructions sheet of two columns ("Hướng dẫn": a
// number and its sentence) before the forms' sheets ("Biểu 01", "Biểu 02"). Each sheet stands under its tab's name,
// and that name ends what the sheet before it began: the instructions' numbered lines are that sheet's rows, never a
// list swallowing the next form's title, so each form's rows are its tasks, read as the workbook itself is read.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { blockText } from "../../src/plan/document.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { row as shown } from "../support/text-plans.ts";

const padded =
  (width: number) =>
  (...cells: string[]) =>
    [...cells, ...Array.from({ length: width - cells.length }, () => "")].join("\t");
const guide = padded(2);
const form = padded(5);

const INSTRUCTIONS = [
  "Ghi bieu",
  guide("HƯỚNG DẪN GHI BIỂU"),
  guide("1.", "Phụ lục A gồm việc của các sở; Phụ lục B gồm việc của UBND các huyện."),
  guide("2.", "Cột thời hạn giữ nguyên theo Kế hoạch, cơ quan chủ trì báo cáo trước ngày 10 hằng tháng."),
];
const formSheet = (tab: string, title: string, rows: string[][]) => [
  "",
  tab,
  form(title),
  form("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"),
  ...rows.map((cells) => form(...cells)),
];

function read(text: string) {
  const result = readTextPlan(text);
  if (!result.ok) throw new Error(result.error.code);
  return result.document;
}

function tasksOf(text: string) {
  const parsed = parsePlan(read(text), THAI_NGUYEN, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan.tasks.filter((t) => t.kind === "task").map(shown);
}

describe("an instructions sheet of two columns copied before the forms' sheets", () => {
  const text = [
    ...INSTRUCTIONS,
    ...formSheet("Phụ lục A", "VIỆC GIAO CÁC SỞ", [
      ["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Sở Nội vụ", "Quý II/2024"],
    ]),
    ...formSheet("Phụ lục B", "VIỆC GIAO CẤP HUYỆN", [
      ["1", "Số hóa hồ sơ hộ tịch", "UBND huyện Phú Bình", "Sở Tư pháp", "30/9/2024"],
    ]),
  ].join("\r\n");

  it("reads each form's row as its task, its units and time, under the form's own tab", () => {
    expect(tasksOf(text)).toEqual([
      ["1", "2024-06-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["1(2)", "2024-09-30", ["UBND huyện Phú Bình"], ["Sở Tư pháp"]],
    ]);
  });

  it("gives every sheet's name as a tab, and each form's title as a paragraph of its own sheet", () => {
    const blocks = read(text).blocks;
    const texts = blocks.filter((b) => b.type === "text");
    expect(texts.filter((b) => b.type === "text" && b.tab).map(blockText)).toEqual([
      "Ghi bieu",
      "Phụ lục A",
      "Phụ lục B",
    ]);
    expect(texts.map(blockText)).toEqual(expect.arrayContaining(["VIỆC GIAO CÁC SỞ", "VIỆC GIAO CẤP HUYỆN"]));
  });

  it("leaves two-column lines under no tab's name as the text they were", () => {
    const untabbed = [
      "Ghi chú\t",
      guide("1.", "Việc thứ nhất."),
      guide("2.", "Việc thứ hai."),
      guide("3.", "Việc ba."),
    ];
    expect(read(untabbed.join("\n")).blocks.some((b) => b.type === "text" && b.tab)).toBe(false);
  });

  it("reads 100 KB of instructions and forms within bounds", () => {
    const many = Array.from({ length: 1500 }, (_, k) => guide(`${k + 1}.`, "Ghi đúng cột thời hạn theo Kế hoạch."));
    const big = [
      ...INSTRUCTIONS,
      ...many,
      ...formSheet("Phụ lục A", "VIỆC GIAO CÁC SỞ", [["1", "Rà soát", "Sở Tư pháp", "", "30/6/2024"]]),
    ];
    expect(big.join("\n").length).toBeGreaterThan(60_000);
    const started = Date.now();
    expect(tasksOf(big.join("\n"))).toEqual([["1", "2024-06-30", ["Sở Tư pháp"], []]]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
