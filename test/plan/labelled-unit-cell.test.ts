// A table with one column of units for both roles ("Cơ quan thực hiện", "Đơn vị thực hiện") may put the labels inside
// its cell, on lines typed with Alt+Enter: "Đơn vị chủ trì: …" ⏎ "Đơn vị phối hợp: …", "PH: …" ⏎ "CT: …", a label
// alone on its line over the names. The labels say who leads and who helps, whatever their order and form; "Phối
// hợp: …" with no name names no one; a cell saying the roles in a sentence is read as the sentence it is.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { labelledUnitCell } from "../../src/plan/cell-unit-lines.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { tasks } from "../support/text-plans.ts";

async function workbook(unitTitle: string, cells: string[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Phan cong");
  sheet.addRow(["UBND TỈNH THÁI NGUYÊN"]);
  sheet.addRow(["DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026"]);
  sheet.addRow(["(Kèm theo Kế hoạch số 40/KH-UBND ngày 12/02/2026 của UBND tỉnh Thái Nguyên)"]);
  sheet.addRow(["STT", "Nhiệm vụ", unitTitle, "Thời gian"]);
  cells.forEach((units, k) => {
    const added = sheet.addRow([k + 1, `Triển khai nền tảng số dùng chung đợt ${k + 1}`, units, `Tháng ${k + 3}/2026`]);
    added.getCell(3).alignment = { wrapText: true };
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function read(unitTitle: string, cells: string[]) {
  const parsed = await parsePlanBuffer(await workbook(unitTitle, cells), {
    directories: shippedDirectories,
    calendar: shippedCalendar,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return tasks(parsed.value).map(([, , lead, partners]) => [lead, partners]);
}

describe("a unit cell holding its lead's and partners' labels", () => {
  it("splits the cell by its labels, in either order and any of their forms", async () => {
    expect(
      await read("Cơ quan thực hiện", [
        "Đơn vị chủ trì: Sở Khoa học và Công nghệ\nĐơn vị phối hợp: Sở Tài chính; Công an tỉnh",
        "PH: Sở Tư pháp\nCT: Sở Nội vụ",
        "Chủ trì thực hiện: Sở Y tế\nPhối hợp thực hiện: Sở Tài chính",
        "Phối hợp:\nSở Nội vụ\nSở Tư pháp\nChủ trì:\nCông an tỉnh",
        "+ Chủ trì: Sở Tài chính\n+ Phối hợp: …",
      ]),
    ).toEqual([
      [["Sở Khoa học và Công nghệ"], ["Sở Tài chính", "Công an tỉnh"]],
      [["Sở Nội vụ"], ["Sở Tư pháp"]],
      [["Sở Y tế"], ["Sở Tài chính"]],
      [["Công an tỉnh"], ["Sở Nội vụ", "Sở Tư pháp"]],
      [["Sở Tài chính"], []],
    ]);
  });

  it("reads a cell saying the roles in a sentence, or naming units alone, as before", async () => {
    expect(
      await read("Đơn vị thực hiện", [
        "Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ",
        "Chủ trì: Sở Y tế, phối hợp với Sở Tài chính",
        "Sở Khoa học và Công nghệ",
      ]),
    ).toEqual([
      [["Sở Tư pháp"], ["Sở Nội vụ"]],
      [["Sở Y tế"], ["Sở Tài chính"]],
      [["Sở Khoa học và Công nghệ"], []],
    ]);
    expect(labelledUnitCell("Chủ trì: Sở A Phối hợp: Sở B", { coordinators: 3 })).toBeNull();
    expect(labelledUnitCell("Thời gian: Quý II Chủ trì: Sở A", {})).toBeNull();
  });

  it("reads 100 KB of labels and names in one cell in time linear in its size", () => {
    const cell = `Chủ trì: Sở A ${"Phối hợp: Sở B ".repeat(7_000)}`;
    const started = performance.now();
    const read = labelledUnitCell(cell, {});
    expect(performance.now() - started).toBeLessThan(5000);
    expect(read?.lead).toBe("Sở A");
    expect(read?.coordinators.split("; ")).toHaveLength(7_000);
    const labelsOnly = "Chủ trì: ".repeat(12_000);
    expect(labelledUnitCell(labelsOnly, {})).toBeNull();
  });
});
