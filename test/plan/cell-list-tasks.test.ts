// A task table giving a field of work one row, the field's tasks a numbered list in one cell: each item is a task
// of the row, taking the row's units and time unless it says its own.
import { describe, expect, it } from "vitest";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { parse, tasks } from "../support/text-plans.ts";

const HEADER = "STT\tNhóm việc\tCác việc cần làm (nhiệm vụ)\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành";

describe("a row whose task cell numbers several tasks", () => {
  it("makes each item a task of the row, with the row's units and time unless it says its own", () => {
    const plan = parse(
      [
        HEADER,
        "1\tVăn bản\t1. Lập danh mục văn bản cần sửa. 2. Tổ chức tập huấn cho pháp chế các ngành, trong tháng 4/2024. " +
          "3. Theo dõi việc thi hành (làm thường xuyên). 4. Sở Nội vụ chủ trì, phối hợp với Sở Y tế khảo sát " +
          "người dân, chậm nhất ngày 10/5/2024.\tSở Tư pháp\tCông an tỉnh\tQuý III/2024",
        "2\tTài chính\tLập dự toán kinh phí thực hiện.\tSở Tài chính\t\tTháng 6/2024",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1.1", "2024-09-30", ["Sở Tư pháp"], ["Công an tỉnh"]],
      ["1.2", "2024-04-30", ["Sở Tư pháp"], ["Công an tỉnh"]],
      ["1.3", null, ["Sở Tư pháp"], ["Công an tỉnh"]],
      ["1.4", "2024-05-10", ["Sở Nội vụ"], ["Sở Y tế"]],
      // A cell of one task, not numbered, stays the row's task.
      ["2", "2024-06-30", ["Sở Tài chính"], []],
    ]);
    // The row only groups its items; an item taking the row's time says so.
    expect(plan.tasks.find((t) => t.ref === "1")?.kind).toBe("heading");
    expect(plan.tasks.find((t) => t.ref === "1.1")?.deadline?.inheritedFrom).toBe("1");
    expect(plan.tasks.find((t) => t.ref === "1.2")?.title).toBe("Tổ chức tập huấn cho pháp chế các ngành");
  });

  it("reads numbers that do not run 1, 2, … from the cell's start as words of one task", () => {
    const plan = parse(
      [HEADER, "1\tVăn bản\tRà soát theo 2. Nghị định mới. 3. Báo cáo kết quả.\tSở Tư pháp\t\tQuý III/2024"].join("\n"),
    );
    expect(tasks(plan)).toEqual([["1", "2024-09-30", ["Sở Tư pháp"], []]]);
  });

  it("merges a blank lead below the row with the row, not with the row's last item", () => {
    const plan = parse(
      [
        HEADER,
        "1\tVăn bản\t1. Lập danh mục. 2. Sở Nội vụ chủ trì rà soát biên chế.\tSở Tư pháp\tCông an tỉnh\tQuý II/2024",
        "2\tKiểm tra\t1. Kiểm tra 5 đơn vị. 2. Báo cáo kết quả kiểm tra.\t\tSở Y tế\tQuý IV/2024",
      ].join("\n"),
    );
    expect(tasks(plan).slice(2)).toEqual([
      ["2.1", "2024-12-31", ["Sở Tư pháp"], ["Sở Y tế"]],
      ["2.2", "2024-12-31", ["Sở Tư pháp"], ["Sở Y tế"]],
    ]);
  });
});

describe("a table copied as text, a cell of several paragraphs breaking its row", () => {
  it("puts the row back on one line: the cell's paragraphs, then the row's other cells", () => {
    const text = [
      "Số: 3/KH-UBND",
      "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tThời hạn",
      "I\tNHÓM MỘT",
      "1\tKiện toàn bộ phận một cửa",
      "- Rà soát nhân sự.",
      "- Trình quyết định.\tSở Nội vụ\t\tTháng 5/2024",
      "2\tTập huấn\tSở Tư pháp\tSở Y tế\tTháng 6/2024",
      "Đoạn văn sau bảng.",
    ].join("\n");
    const read = readTextPlan(text);
    expect(read.ok && read.document.blocks.slice(2)).toEqual([
      { type: "row", cells: ["I", "NHÓM MỘT"] },
      {
        type: "row",
        cells: [
          "1",
          "Kiện toàn bộ phận một cửa - Rà soát nhân sự. - Trình quyết định.",
          "Sở Nội vụ",
          "",
          "Tháng 5/2024",
        ],
      },
      { type: "row", cells: ["2", "Tập huấn", "Sở Tư pháp", "Sở Y tế", "Tháng 6/2024"] },
      { type: "text", text: "Đoạn văn sau bảng." },
    ]);
  });

  it("leaves a short row alone when no line within reach completes it", () => {
    const text = ["TT\tNhiệm vụ\tChủ trì\tThời hạn", "1\tKiểm tra", "", "Ghi chú\tkhác"].join("\n");
    const read = readTextPlan(text);
    expect(read.ok && read.document.blocks).toEqual([
      { type: "row", cells: ["TT", "Nhiệm vụ", "Chủ trì", "Thời hạn"] },
      { type: "row", cells: ["1", "Kiểm tra"] },
      { type: "row", cells: ["Ghi chú", "khác"] },
    ]);
  });
});
