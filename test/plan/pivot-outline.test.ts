// A pivot table's outline pasted as values ("Row Labels", a unit over its tasks, each task over its counted
// deadline, "<unit> Total" and "Grand Total") is read as the task table it sums.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import { withPivotOutlines } from "../../src/plan/pivot-outline.ts";

const row = (...cells: string[]): Block => ({ type: "row", cells });
const text = (t: string): Block => ({ type: "text", text: t });
const cellsOf = (blocks: Block[]) => blocks.map((b) => (b.type === "row" ? b.cells : b.text));

describe("withPivotOutlines", () => {
  it("lets the unit lead the tasks under it, dates each by the counted row below, and drops the totals", () => {
    const blocks = [
      text("TỔNG HỢP CÔNG VIỆC THEO CƠ QUAN"),
      row("Row Labels", "Count of Công việc", "Phối hợp"),
      text("Sở Y tế"),
      row("Tiêm chủng mở rộng cho trẻ em", "", "UBND các xã"),
      row("Quý III/2025", "1", ""),
      row("Kiểm tra an toàn thực phẩm", "", ""),
      row("(blank)", "1", ""),
      row("Sở Y tế Total", "2", ""),
      text("Sở Công Thương"),
      row("Tổng kết phiên chợ vùng cao", "", "Sở Tài chính"),
      row("30/11/2025", "1", ""),
      row("Sở Công Thương Total", "1", ""),
      row("Grand Total", "3", ""),
      text("Người lập biểu"),
    ];
    expect(cellsOf(withPivotOutlines(blocks))).toEqual([
      "TỔNG HỢP CÔNG VIỆC THEO CƠ QUAN",
      ["Nội dung", "Đơn vị chủ trì", "Phối hợp", "Thời hạn"],
      ["Tiêm chủng mở rộng cho trẻ em", "Sở Y tế", "UBND các xã", "Quý III/2025"],
      ["Kiểm tra an toàn thực phẩm", "Sở Y tế", "", "(blank)"],
      ["Tổng kết phiên chợ vùng cao", "Sở Công Thương", "Sở Tài chính", "30/11/2025"],
      "Người lập biểu",
    ]);
  });

  it("tells a unit with no subtotal under it by the row it stands over, and a unit row kept as a row", () => {
    const blocks = [
      row("Nhãn Hàng", "Đếm Công việc"),
      row("Sở Nội vụ", ""),
      row("Thi tuyển công chức", ""),
      row("Tháng 10/2025", "1"),
      row("Sở Tư pháp", ""),
      row("Phổ biến pháp luật", ""),
      row("Tháng 12/2025", "1"),
      row("Tổng Cuối", "2"),
    ];
    expect(cellsOf(withPivotOutlines(blocks))).toEqual([
      ["Nội dung", "Đơn vị chủ trì", "Thời hạn"],
      ["Thi tuyển công chức", "Sở Nội vụ", "Tháng 10/2025"],
      ["Phổ biến pháp luật", "Sở Tư pháp", "Tháng 12/2025"],
    ]);
  });

  it("leaves a table whose first label is no pivot's alone", () => {
    const blocks = [row("STT", "Nội dung", "Thời hạn"), row("1", "Báo cáo", "Quý I")];
    expect(cellsOf(withPivotOutlines(blocks))).toEqual(cellsOf(blocks));
  });

  it("reads a long outline with no grand total to its end", () => {
    const blocks: Block[] = [row("Row Labels", "Count of Nhiệm vụ")];
    for (let i = 0; i < 20_000; i++) blocks.push(text(`Đơn vị ${i}`), row(`Việc ${i}`, ""), row("Quý IV/2025", "1"));
    const out = withPivotOutlines(blocks);
    expect(out).toHaveLength(20_001);
    expect(out.at(-1)).toEqual({ type: "row", cells: ["Việc 19999", "Đơn vị 19999", "Quý IV/2025"] });
  });
});
