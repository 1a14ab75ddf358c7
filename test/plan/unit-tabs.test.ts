// A workbook giving each unit a sheet names the sheet by the unit and leaves the lead column out: the tab's unit leads
// the rows of its sheet. A summary sheet counting tasks per unit ("Số nhiệm vụ") holds no tasks, and a tab naming no
// unit ("Tổng hợp", "Sheet1") is no words of the plan.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsxPlan } from "../../src/plan/read-xlsx.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { parse, tasks } from "../support/text-plans.ts";

const HEADER = ["STT", "Nội dung công việc", "Đơn vị phối hợp", "Thời hạn"];

async function book(sheets: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet("Sheet1");
  summary.addRow(["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"]);
  summary.addRow(["Số: 7/KH-UBND", "", "Thái Nguyên, ngày 05 tháng 3 năm 2024"]);
  summary.addRow(["STT", "Cơ quan chủ trì", "Số nhiệm vụ"]);
  summary.addRow([1, "Sở Y tế", sheets]);
  for (const [i, tab] of ["Sở Y tế", "Sở Tài chính"].entries()) {
    const sheet = workbook.addWorksheet(tab);
    sheet.addRow(HEADER);
    for (let n = 1; n <= sheets; n++)
      sheet.addRow([n, `Rà soát hồ sơ quản lý nhóm ${n} phần ${i + 1}`, "", "30/6/2024"]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("a sheet per lead unit", () => {
  it("gives each sheet's rows to the unit its tab names, the summary no task", async () => {
    const parsed = await parsePlanBuffer(await book(2), { directories: shippedDirectories, calendar: shippedCalendar });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.tasks.map((t) => [t.ref, t.lead.map((u) => u.name)])).toEqual([
      ["1", ["Sở Y tế"]],
      ["2", ["Sở Y tế"]],
      ["1(2)", ["Sở Tài chính"]],
      ["2(2)", ["Sở Tài chính"]],
    ]);
  });

  it("in a text copy, each sheet under its tab's name or its title row", () => {
    const plan = parse(
      [
        "Sở Y tế",
        "STT\tNội dung công việc\tĐơn vị phối hợp\tThời hạn",
        "1\tRà soát hồ sơ quản lý trang thiết bị y tế\t\t30/6/2024",
        "Sở Tài chính",
        "NHIỆM VỤ GIAO SỞ TÀI CHÍNH\t\t\t",
        "STT\tNội dung công việc\tĐơn vị phối hợp\tThời hạn",
        "1\tBố trí kinh phí thực hiện kế hoạch năm 2024\t\t31/7/2024",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-30", ["Sở Y tế"], []],
      ["1(2)", "2024-07-31", ["Sở Tài chính"], []],
    ]);
  });

  it("reads a workbook of many long sheets, each under its tab", async () => {
    const read = readXlsxPlan(await book(3_000));
    expect(
      read.ok && read.document.blocks.filter((b) => b.type === "text" && b.tab).map((b) => b.type === "text" && b.text),
    ).toEqual(["Sheet1", "Sở Y tế", "Sở Tài chính"]);
    expect(read.ok && read.document.blocks.length).toBe(4 + 3 + 2 * 3_001);
  });
});
