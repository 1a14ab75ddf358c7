// A transposed task table: the titles of a task table's columns down the first column, one column per task.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";
import { withTransposedTables } from "../../src/plan/transposed-table.ts";
import type { Block } from "../../src/plan/document.ts";
import { transposedTable } from "../support/large-inputs.ts";

const PLAN = (table: string[]) =>
  [
    "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
    "Số: 12/KH-UBND\tLai Châu, ngày 05 tháng 02 năm 2025",
    "KẾ HOẠCH",
    "Triển khai chuyển đổi số năm 2025",
    "I. NHIỆM VỤ",
    ...table,
    "II. TỔ CHỨC THỰC HIỆN",
  ].join("\n");

describe("transposed task tables", () => {
  it("read each column as a task: its number from the head row, its cells below as title, units and time", () => {
    const plan = parse(
      PLAN([
        "Tiêu chí\tHoạt động 1\tHoạt động 2\tHoạt động 3",
        "Tên nhiệm vụ\tCập nhật cơ sở dữ liệu đất đai\tTập huấn kỹ năng số cho cán bộ\tRà soát thủ tục hành chính",
        "Đơn vị chủ trì\tSở Y tế\tSở Nội vụ\tVăn phòng UBND tỉnh",
        "Đơn vị phối hợp\tSở Tài chính\t\tSở Tư pháp; Sở Nội vụ",
        "Thời gian hoàn thành\tQuý III/2025\tTrước ngày 15/6/2025\tTháng 11/2025",
        "Kết quả\tDữ liệu số\tLớp tập huấn\tBáo cáo UBND tỉnh",
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2025-09-30", ["Sở Y tế"], ["Sở Tài chính"]],
      ["2", "2025-06-14", ["Sở Nội vụ"], []],
      ["3", "2025-11-30", ["Văn phòng UBND tỉnh"], ["Sở Tư pháp", "Sở Nội vụ"]],
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual([
      "Cập nhật cơ sở dữ liệu đất đai",
      "Tập huấn kỹ năng số cho cán bộ",
      "Rà soát thủ tục hành chính",
    ]);
  });

  it("number the columns in order when no head row numbers them", () => {
    const blocks: Block[] = [
      { type: "row", cells: ["Nội dung", "Kiểm tra", "Tổng kết"] },
      { type: "row", cells: ["Cơ quan chủ trì", "Sở Y tế", "Sở Nội vụ"] },
      { type: "row", cells: ["Thời hạn", "30/6/2025", "31/12/2025"] },
    ];
    expect(withTransposedTables(blocks).map((b) => (b.type === "row" ? b.cells : b.text))).toEqual([
      ["TT", "Nội dung", "Cơ quan chủ trì", "Thời hạn"],
      ["1", "Kiểm tra", "Sở Y tế", "30/6/2025"],
      ["2", "Tổng kết", "Sở Nội vụ", "31/12/2025"],
    ]);
  });

  it("leave an ordinary task table, and a card of one task, as written", () => {
    const table: Block[] = [
      { type: "row", cells: ["STT", "Nội dung", "Cơ quan chủ trì", "Thời hạn"] },
      { type: "row", cells: ["1", "Kiểm tra", "Sở Y tế", "30/6/2025"] },
      { type: "text", text: "Nhiệm vụ 1" },
      { type: "row", cells: ["Nội dung", "Kiểm tra"] },
      { type: "row", cells: ["Thời hạn", "30/6/2025"] },
    ];
    expect(withTransposedTables(table)).toBe(table);
  });

  it("turn a table of thousands of task columns", () => {
    const n = 5000;
    const rows = withTransposedTables(transposedTable(n));
    expect(rows).toHaveLength(n + 1);
    expect(rows[n]).toEqual({ type: "row", cells: [String(n), `Việc số ${n}`, "Sở Y tế", "31/12/2025"] });
  });
});
