// A document system's export names the plan its tasks come from once, in metadata rows over the table: a label closed
// by a colon, then its value ("Số ký hiệu:" | 18/KH-UBND | "Ngày ban hành:" | 05/03/2025). That is the plan's number
// and date, and the date decides which directory its units are read against; the export's own time is neither.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { planOfFields } from "../../src/plan/document-columns.ts";
import type { Block } from "../../src/plan/document.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { tasks } from "../support/text-plans.ts";

async function exported(meta: string[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Export");
  sheet.addRow(["PHẦN MỀM QUẢN LÝ VĂN BẢN - UBND TỈNH THÁI NGUYÊN"]);
  for (const row of meta) sheet.addRow(row);
  sheet.addRow(["Thời điểm xuất:", "02/12/2025 16:05:11", "", "Số bản ghi:", "2"]);
  sheet.addRow([]);
  sheet.addRow(["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Hạn xử lý"]);
  sheet.addRow(["1", "Rà soát thủ tục hành chính lĩnh vực đất đai", "Sở Nông nghiệp và Môi trường", "", "30/12/2025"]);
  sheet.addRow(["2", "Tổ chức hội nghị tập huấn", "Sở Nội vụ", "Sở Tài chính", "15/01/2026"]);
  const parsed = await parsePlanBuffer(Buffer.from(await book.xlsx.writeBuffer()), {
    directories: shippedDirectories,
    calendar: shippedCalendar,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

describe("an export's metadata rows", () => {
  it("give the plan's number and date, and its units resolve in the directory then in force", async () => {
    const plan = await exported([["Số, ký hiệu:", "", "118/KH-UBND", "Ngày văn bản:", "05/11/2025"]]);
    expect([plan.plan.number, plan.plan.date]).toEqual(["118/KH-UBND", "2025-11-05"]);
    expect(tasks(plan)).toEqual([
      ["1", "2025-12-30", ["Sở Nông nghiệp và Môi trường"], []],
      ["2", "2026-01-15", ["Sở Nội vụ"], ["Sở Tài chính"]],
    ]);
  });

  it("are read with the value after the colon in the label's own cell, or on rows of their own", async () => {
    const same = await exported([["Số hiệu văn bản: 118/KH-UBND", "", "Ngày ký: 05/11/2025"]]);
    expect([same.plan.number, same.plan.date]).toEqual(["118/KH-UBND", "2025-11-05"]);
    const apart = await exported([["Ngày ban hành:"], ["05/11/2025"], ["Số ký hiệu:"], ["118/KH-UBND"]]);
    expect([apart.plan.number, apart.plan.date]).toEqual(["118/KH-UBND", "2025-11-05"]);
  });

  it("give nothing for a label left empty, never the next label's value", () => {
    const line = (text: string): Block => ({ type: "text", text });
    expect(planOfFields([line("Số ký hiệu:\tNgày ban hành:\t05/11/2025")])).toEqual({
      number: null,
      date: "2025-11-05",
    });
    expect(planOfFields([line("Thời điểm xuất: 05/11/2025 09:42:17"), line("Số bản ghi: 12/40")])).toEqual({
      number: null,
      date: null,
    });
  });

  it("are read within bounds in 100 KB of colons and labels", () => {
    const started = Date.now();
    const hostile: Block[] = Array.from({ length: 20 }, () => ({
      type: "row",
      cells: ["Số ký hiệu:".repeat(5_000), "a".repeat(100_000), ":".repeat(100_000)],
    }));
    expect(planOfFields(hostile).number).toBeNull();
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
