// A table with no number column, its columns headed in plain words in an order of its own: its cells tell which
// column is when (deadlines), which is the task (the longest sentences) and which is who (short names). Each row is
// a task of its own, cited by its place under the paragraph that sets the table out; a row only carrying the task's
// words on, mid-sentence, is the row above going on.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

const INTRO = "2. Các cơ quan thực hiện các việc sau:";
const rows = [
  ["Việc phải làm", "Xong lúc nào", "Cơ quan làm"],
  ["Rà soát quy chế phối hợp giữa các cơ quan trong tỉnh", "Tháng 5/2024", "Sở Tư pháp"],
  ["Tổng hợp danh mục thủ tục hành chính cần cắt giảm", "Trước ngày 15/6/2024", "Sở Nội vụ cùng: Sở Tư pháp"],
  ["Bồi dưỡng kỹ năng số cho công chức cấp xã", "Quý III/2024", "Sở Tài chính (chủ trì), Sở Nội vụ"],
  ["Kiểm tra việc niêm yết thủ tục tại bộ phận một cửa", "", "Văn phòng UBND tỉnh; phối hợp: Sở Nội vụ"],
  ["Đánh giá kết quả cải cách hành chính của các huyện", "Tháng 11/2024", "Sở Nội vụ cùng với Sở Tài chính"],
];

describe("a table with no number column", () => {
  it("is read by its cells: each row a task of its own, numbered by its place under the item above it", () => {
    const read = tasks(parse(`${INTRO}\n${table(rows)}`));
    expect(read).toEqual([
      ["2.1", "2024-05-31", ["Sở Tư pháp"], []],
      ["2.2", "2024-06-14", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["2.3", "2024-09-30", ["Sở Tài chính"], ["Sở Nội vụ"]],
      // Its time cell merged down from the row above, blank in a text copy.
      ["2.4", "2024-09-30", ["Văn phòng UBND tỉnh"], ["Sở Nội vụ"]],
      ["2.5", "2024-11-30", ["Sở Nội vụ"], ["Sở Tài chính"]],
    ]);
  });

  it("takes a row whose task's words go on in lower case, every other cell blank, as the row above going on", () => {
    const split = [...rows.slice(0, 3), ["thủ tục nội bộ giữa các cơ quan hành chính", "", ""], ...rows.slice(3)];
    const plan = parse(`${INTRO}\n${table(split)}`);
    expect(plan.tasks.map((t) => t.ref)).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5"]);
    expect(plan.tasks[1]?.title).toBe(
      "Tổng hợp danh mục thủ tục hành chính cần cắt giảm thủ tục nội bộ giữa các cơ quan hành chính",
    );
  });

  it("takes its header repeated on a new page for no row", () => {
    const paged = [...rows.slice(0, 3), rows[0]!, ...rows.slice(3)];
    expect(parse(`${INTRO}\n${table(paged)}`).tasks.map((t) => t.ref)).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5"]);
  });

  it("reads a row broken over lines by its units cell's paragraphs, in a text copy, as one row", () => {
    const broken = [
      "Khi nào\tAi làm\tLàm gì",
      "Tháng 5/2024\tSở Tư pháp\tRà soát quy chế phối hợp giữa các cơ quan trong tỉnh",
      "Trước ngày 15/6/2024\tSở Nội vụ",
      "cùng: Sở Tư pháp, Sở Tài chính\tTổng hợp danh mục thủ tục hành chính cần cắt giảm",
      "\tVăn phòng UBND tỉnh",
      "cùng: Sở Nội vụ\tKiểm tra việc niêm yết thủ tục tại bộ phận một cửa",
    ].join("\n");
    expect(tasks(parse(`Các cơ quan thực hiện các việc sau:\n\n${broken}`))).toEqual([
      ["1", "2024-05-31", ["Sở Tư pháp"], []],
      ["2", "2024-06-14", ["Sở Nội vụ"], ["Sở Tư pháp", "Sở Tài chính"]],
      ["3", "2024-06-14", ["Văn phòng UBND tỉnh"], ["Sở Nội vụ"]],
    ]);
  });

  it("leaves a list with no column of deadlines alone: members of a board are no tasks", () => {
    const members = [
      ["Họ và tên", "Chức vụ", "Nhiệm vụ trong Ban"],
      ["Nguyễn Văn An", "Giám đốc Sở Nội vụ", "Trưởng ban, phụ trách chung công tác của Ban"],
      ["Trần Thị Bình", "Phó Giám đốc Sở Tư pháp", "Phó trưởng ban, phụ trách công tác pháp chế"],
    ];
    expect(() => parse(table(members))).toThrow("no-tasks");
  });

  it("does not change a numbered table: there a row with no number goes on with the row above", () => {
    const numbered = [
      ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"],
      ["1", "Rà soát quy chế phối hợp", "Sở Tư pháp", "Tháng 5/2024"],
      ["", "giữa các cơ quan trong tỉnh", "", ""],
      ["2", "Tổng hợp danh mục thủ tục", "Sở Nội vụ", "Tháng 6/2024"],
    ];
    const plan = parse(table(numbered));
    expect(plan.tasks.map((t) => [t.ref, t.title])).toEqual([
      ["1", "Rà soát quy chế phối hợp giữa các cơ quan trong tỉnh"],
      ["2", "Tổng hợp danh mục thủ tục"],
    ]);
  });
});
