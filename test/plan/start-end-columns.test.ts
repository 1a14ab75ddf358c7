// A task table may give each row's span, when its work starts and when it ends, in two columns: "Bắt đầu" | "Kết thúc",
// "Từ ngày" | "Đến ngày", "Thời gian bắt đầu" | "Thời gian kết thúc", with or without a "Thời gian" merged over them.
// The row is due when its span ends; its start is no deadline, and a row whose end is blank is undated.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ParsedPlan } from "../../src/plan/parsed-plan.ts";
import { columnRole } from "../../src/plan/table-header.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { tasks } from "../support/text-plans.ts";

const CITED = "(Kèm theo Kế hoạch số 41/KH-UBND ngày 12/01/2024 của UBND tỉnh Bắc Kạn)";
const ROWS = [
  ["Rà soát quy chế phối hợp liên ngành", "Sở Tư pháp", "Sở Nội vụ", "15/01/2024", "28/3/2024"],
  ["Tập huấn nghiệp vụ cho công chức mới", "Sở Nội vụ", "", "02/4/2024", "Quý II/2024"],
  ["Theo dõi việc thực hiện quy chế", "Sở Tư pháp", "", "01/02/2024", ""],
];
const EXPECTED = [
  ["1", "2024-03-28", ["Sở Tư pháp"], ["Sở Nội vụ"]],
  ["2", "2024-06-30", ["Sở Nội vụ"], []],
  ["3", null, ["Sở Tư pháp"], []],
];

/** A sheet of the rows under `titles` for the span's two columns, merged under "Thời gian" when `merged`. */
async function workbook(titles: [string, string], merged: boolean, rows = ROWS): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Phụ lục");
  sheet.addRow(["DANH MỤC NHIỆM VỤ NĂM 2024"]);
  sheet.addRow([CITED]);
  const head = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"];
  if (merged) {
    sheet.addRow([...head, "Thời gian", "", "Ghi chú"]);
    sheet.addRow(["", "", "", "", ...titles, ""]);
    sheet.mergeCells("E3:F3");
    for (const column of ["A", "B", "C", "D", "G"]) sheet.mergeCells(`${column}3:${column}4`);
  } else sheet.addRow([...head, ...titles, "Ghi chú"]);
  rows.forEach((cells, k) => sheet.addRow([k + 1, ...cells, ""]));
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function read(buffer: Buffer): Promise<ParsedPlan> {
  const parsed = await parsePlanBuffer(buffer, { directories: shippedDirectories, calendar: shippedCalendar });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

describe("a task table giving each row's start and end", () => {
  const spans: [string, string][] = [
    ["Bắt đầu", "Kết thúc"],
    ["Từ ngày", "Đến ngày"],
    ["Thời gian bắt đầu", "Thời gian kết thúc"],
  ];
  for (const titles of spans)
    for (const merged of [false, true])
      it(`dates each row by its end under "${titles.join(" | ")}"${merged ? " merged under Thời gian" : ""}`, async () => {
        expect(tasks(await read(await workbook(titles, merged)))).toEqual(EXPECTED);
      });

  it("takes a column titled so for its start or end only when the title says no more", () => {
    expect(["Kết thúc", "KẾT THÚC", "Đến ngày", "Đến"].map(columnRole)).toEqual(Array(4).fill("deadline"));
    expect(["Bắt đầu", "Từ ngày", "Từ"].map(columnRole)).toEqual(Array(3).fill("start"));
    expect(["Kết thúc dự án", "Đến nơi", "Từ khóa"].map(columnRole)).toEqual(Array(3).fill(undefined));
  });

  it("reads a long sheet and a long title in time linear in their size", async () => {
    const rows = Array.from({ length: 2_000 }, (_, k) => [
      `Kiểm tra hồ sơ đợt ${k + 1}`,
      "Sở Tư pháp",
      "",
      "",
      "30/6/2024",
    ]);
    const plan = await read(await workbook(["Bắt đầu", "Kết thúc"], true, rows));
    expect(plan.tasks.filter((t) => t.deadline?.due === "2024-06-30")).toHaveLength(2_000);
    expect(columnRole(`${"đến ".repeat(25_000)}ngày`)).toBeUndefined();
  });
});
