// A task table printing two tasks to a row: the header says its columns twice, each half of a row is a task.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";
import { withSideBySideTasks } from "../../src/plan/side-by-side.ts";
import type { Block } from "../../src/plan/document.ts";

const HEAD = ["TT", "Công việc", "Đơn vị chủ trì", "Thời gian"];

describe("tables printing two tasks to a row", () => {
  it("read each half as a task, down the left half and then the right, a blank half no task", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        table([
          [...HEAD, ...HEAD],
          [
            "1",
            "Kiểm tra an toàn thực phẩm",
            "Sở Y tế",
            "Tháng 4/2024",
            "4",
            "Tổng kết năm học",
            "Sở Giáo dục và Đào tạo",
            "Tháng 6/2024",
          ],
          [
            "2",
            "Tập huấn nghiệp vụ văn thư",
            "Sở Nội vụ",
            "Quý II/2024",
            "5",
            "Quyết toán ngân sách",
            "Sở Tài chính",
            "Tháng 10/2024",
          ],
          ["3", "Rà soát văn bản quy phạm", "Sở Tư pháp", "15/5/2024", "", "", "", ""],
        ]),
        "III. TỔ CHỨC THỰC HIỆN",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-04-30", ["Sở Y tế"], []],
      ["2", "2024-06-30", ["Sở Nội vụ"], []],
      ["3", "2024-05-15", ["Sở Tư pháp"], []],
      ["4", "2024-06-30", ["Sở Giáo dục và Đào tạo"], []],
      ["5", "2024-10-31", ["Sở Tài chính"], []],
    ]);
  });

  it("keep the order of a table numbered across its halves, and say the repeated header once", () => {
    const blocks: Block[] = [
      { type: "row", cells: [...HEAD, ...HEAD] },
      { type: "row", cells: ["1", "Việc một", "Sở Y tế", "Tháng 3", "2", "Việc hai", "Sở Nội vụ", "Tháng 4"] },
      { type: "row", cells: [...HEAD, ...HEAD] },
      { type: "row", cells: ["3", "Việc ba", "Sở Tư pháp", "Tháng 5", "4", "Việc bốn", "Sở Tài chính", "Tháng 6"] },
    ];
    expect(withSideBySideTasks(blocks).map((b) => (b.type === "row" ? b.cells[0] : b.text))).toEqual([
      "TT",
      "1",
      "2",
      "3",
      "4",
    ]);
  });

  it("leave a table whose header says different columns in each half as written", () => {
    const blocks: Block[] = [
      { type: "row", cells: ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Ghi chú"] },
      { type: "row", cells: ["1", "Việc một", "Sở Y tế", "Sở Nội vụ", "Tháng 3", ""] },
    ];
    expect(withSideBySideTasks(blocks)).toBe(blocks);
  });

  it("read a table of twenty thousand rows, each two tasks", () => {
    const n = 20_000;
    const blocks: Block[] = [
      { type: "row", cells: [...HEAD, ...HEAD] },
      ...Array.from({ length: n }, (_, i): Block => ({
        type: "row",
        cells: [
          `${i + 1}`,
          `Việc ${i + 1}`,
          "Sở Y tế",
          "Tháng 3",
          `${n + i + 1}`,
          `Việc ${n + i + 1}`,
          "Sở Nội vụ",
          "Tháng 4",
        ],
      })),
    ];
    const rows = withSideBySideTasks(blocks);
    expect(rows).toHaveLength(2 * n + 1);
    expect(rows[n]).toEqual({ type: "row", cells: [`${n}`, `Việc ${n}`, "Sở Y tế", "Tháng 3"] });
    expect(rows[2 * n]).toEqual({ type: "row", cells: [`${2 * n}`, `Việc ${2 * n}`, "Sở Nội vụ", "Tháng 4"] });
  });
});
