// A section row merged across a task table is a line of its own when the table is copied as text
// or kept in a workbook: between the table's rows it is a section of the table, not its end.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { parse, tasks } from "../support/text-plans.ts";

const HEADER = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"];

describe("a section line between the rows of a task table", () => {
  it("reads the rows under it as the table's, headed by the section", () => {
    const plan = parse(
      [
        HEADER.join("\t"),
        "I. CÔNG TÁC THANH TRA",
        ["1", "Thanh tra việc quản lý đất công", "Thanh tra tỉnh", "Sở Xây dựng", "Tháng 9/2024"].join("\t"),
        "II. CÔNG TÁC PHÁP CHẾ",
        ["2", "Rà soát văn bản quy phạm", "Sở Tư pháp", "", "Quý IV/2024"].join("\t"),
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-09-30", ["Thanh tra tỉnh"], ["Sở Xây dựng"]],
      ["2", "2024-12-31", ["Sở Tư pháp"], []],
    ]);
    expect(plan.tasks.filter((t) => t.kind === "heading").map((t) => [t.ref, t.title])).toEqual([
      ["I", "CÔNG TÁC THANH TRA"],
      ["II", "CÔNG TÁC PHÁP CHẾ"],
    ]);
  });

  it("reads a campaign's phases lettered in capitals as sections, the numbers restarting in each", () => {
    const plan = parse(
      [
        HEADER.join("\t"),
        "A. TRƯỚC CHIẾN DỊCH",
        [
          "1",
          "Lập danh sách trẻ cần tiêm",
          "Sở Giáo dục và Đào tạo",
          "Sở Tài chính",
          "Chậm nhất là ngày 27/02/2026",
        ].join("\t"),
        "B. TRIỂN KHAI CHIẾN DỊCH",
        ["1", "Tổ chức tiêm vắc xin", "Sở Y tế", "", "Hạn cuối 27/3/2026"].join("\t"),
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["A.1", "2026-02-27", ["Sở Giáo dục và Đào tạo"], ["Sở Tài chính"]],
      ["B.1", "2026-03-27", ["Sở Y tế"], []],
    ]);
    expect(plan.tasks.filter((t) => t.kind === "heading").map((t) => [t.ref, t.title])).toEqual([
      ["A", "TRƯỚC CHIẾN DỊCH"],
      ["B", "TRIỂN KHAI CHIẾN DỊCH"],
    ]);
  });

  it("reads a workbook whose section rows are merged across every column", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Phụ lục");
    sheet.addRow(["Biểu nhiệm vụ kèm theo Kế hoạch số 7/KH-UBND ngày 02/02/2024 của UBND tỉnh Thái Nguyên"]);
    sheet.mergeCells("A1:E1");
    sheet.addRow(HEADER);
    sheet.addRow(["I. Y TẾ"]);
    sheet.mergeCells("A3:E3");
    sheet.addRow([1, "Kiểm tra an toàn thực phẩm", "Sở Y tế", "Công an tỉnh", "Tháng 4/2024"]);
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    const parsed = await parsePlanBuffer(buffer, { directories: shippedDirectories, calendar: shippedCalendar });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.tasks.map((t) => [t.ref, t.kind, t.deadline?.due ?? null])).toEqual([
      ["I", "heading", null],
      ["1", "task", "2024-04-30"],
    ]);
  });

  it("leaves a section line before a table with a header of its own to the prose", () => {
    const plan = parse(
      [
        HEADER.join("\t"),
        ["1", "Tập huấn công tác văn thư", "Sở Nội vụ", "", "Tháng 6/2024"].join("\t"),
        "II. TỔ CHỨC THỰC HIỆN",
        HEADER.join("\t"),
        ["1", "Báo cáo sơ kết", "Sở Nội vụ", "", "Tháng 7/2024"].join("\t"),
      ].join("\n"),
    );
    expect(plan.tasks.map((t) => t.ref)).not.toContain("II");
  });
});
