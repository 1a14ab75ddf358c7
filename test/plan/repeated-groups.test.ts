// A table of one row per unit may set the unit's tasks side by side, a numbered group of columns each ("Nhiệm vụ 1 |
// Thời hạn 1 | Nhiệm vụ 2 | Thời hạn 2"): each group naming work is a task the row's unit leads, an empty one is
// nothing, and the note beside them names partners for the row or, "Nhiệm vụ 2 phối hợp: …", for one task.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import { withRepeatedGroups } from "../../src/plan/repeated-groups.ts";
import { parse, tasks } from "../support/text-plans.ts";

const row = (...cells: string[]): Block => ({ type: "row", cells });
const cellsOf = (blocks: Block[]) => blocks.flatMap((b) => (b.type === "row" ? [b.cells] : []));

describe("a unit's row of numbered task groups", () => {
  it("reads each group as a task of the row's unit, partners as the note gives them per task", () => {
    const plan = parse(
      [
        "STT\tĐơn vị\tNhiệm vụ 1\tThời hạn 1\tNhiệm vụ 2\tThời hạn 2\tNhiệm vụ 3\tThời hạn 3\tGhi chú",
        "1\tSở Nội vụ\tKiểm tra công vụ\tTháng 5/2024\tTập huấn cán bộ\t30/6/2024\tTổng kết năm\tQuý IV/2024\tNV3 phối hợp: Sở Tư pháp",
        "2\tSở Y tế\tKhám sức khỏe học sinh\t31/8/2024\t\t\t\t\tPhối hợp: Sở Giáo dục và Đào tạo",
        "3\tSở Tư pháp\tRà soát văn bản\t30/4/2024\tKiểm tra văn bản\t31/7/2024\t\t\tPhối hợp: Sở Nội vụ (cả 2 nhiệm vụ)",
        "4\tCông an tỉnh\tLàm sạch dữ liệu\t31/5/2024\tCấp căn cước\t30/9/2024\t\t\tNhiệm vụ 1 phối hợp với Sở Y tế; Nhiệm vụ 2: phối hợp Sở Nội vụ",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1.1", "2024-05-31", ["Sở Nội vụ"], []],
      ["1.2", "2024-06-30", ["Sở Nội vụ"], []],
      ["1.3", "2024-12-31", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["2.1", "2024-08-31", ["Sở Y tế"], ["Sở Giáo dục và Đào tạo"]],
      ["3.1", "2024-04-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["3.2", "2024-07-31", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["4.1", "2024-05-31", ["Công an tỉnh"], ["Sở Y tế"]],
      ["4.2", "2024-09-30", ["Công an tỉnh"], ["Sở Nội vụ"]],
    ]);
  });

  it("reads groups numbered under a merged title on a header of two rows, and partner columns of their own", () => {
    const merged = parse(
      [
        "TT\tCơ quan, đơn vị\tNhiệm vụ 1\t\tNhiệm vụ 2\t\tGhi chú",
        "\t\tNội dung\tThời gian hoàn thành\tNội dung\tThời gian hoàn thành\t",
        "1\tSở Y tế\tViệc một\t30/6/2025\tViệc hai\tQuý III/2025\tNhiệm vụ 2 phối hợp: Công an tỉnh",
      ].join("\n"),
      { issued: "2025-03-05" },
    );
    expect(tasks(merged)).toEqual([
      ["1.1", "2025-06-30", ["Sở Y tế"], []],
      ["1.2", "2025-09-30", ["Sở Y tế"], ["Công an tỉnh"]],
    ]);
    const own = parse(
      [
        "STT\tĐơn vị chủ trì\tNhiệm vụ (1)\tThời gian (1)\tPhối hợp (1)\tNhiệm vụ (2)\tThời gian (2)\tPhối hợp (2)",
        "1\tSở Nội vụ\tViệc một\tTháng 5/2025\tSở Tài chính\tViệc hai\tQuý IV/2025\tSở Y tế",
      ].join("\n"),
      { issued: "2025-03-05" },
    );
    expect(tasks(own)).toEqual([
      ["1.1", "2025-05-31", ["Sở Nội vụ"], ["Sở Tài chính"]],
      ["1.2", "2025-12-31", ["Sở Nội vụ"], ["Sở Y tế"]],
    ]);
  });

  it("leaves a table alone whose numbered columns are no task groups, or that has one group, or a task column", () => {
    const figures = [row("STT", "Đơn vị", "Chỉ số 1", "Chỉ số 2", "Ghi chú"), row("1", "Sở Y tế", "90", "85", "")];
    expect(withRepeatedGroups(figures)).toEqual(figures);
    const one = [row("STT", "Đơn vị", "Nhiệm vụ 1", "Thời hạn 1"), row("1", "Sở Y tế", "Việc", "30/6/2025")];
    expect(withRepeatedGroups(one)).toEqual(one);
    const tasksBeside = [
      row("STT", "Nội dung", "Chủ trì", "Nhiệm vụ 1", "Thời hạn 1", "Nhiệm vụ 2", "Thời hạn 2"),
      row("1", "Việc", "Sở Y tế", "a", "30/6/2025", "b", "30/7/2025"),
    ];
    expect(withRepeatedGroups(tasksBeside)).toEqual(tasksBeside);
  });

  it("reads a long table whole, its header repeated on every page", () => {
    const header = row("STT", "Đơn vị", "Nhiệm vụ 1", "Thời hạn 1", "Nhiệm vụ 2", "Thời hạn 2", "Ghi chú");
    const blocks: Block[] = [];
    for (let i = 1; i <= 20000; i++) {
      if (i % 40 === 1) blocks.push(header);
      const second = i % 2 ? ["Việc B", "30/9/2025"] : ["", ""];
      blocks.push(
        row(String(i), "Sở Y tế", "Việc A", "30/6/2025", ...second, i % 3 ? "" : "Nhiệm vụ 2 phối hợp: Sở Nội vụ"),
      );
    }
    const rows = cellsOf(withRepeatedGroups(blocks));
    expect(rows).toHaveLength(500 + 30000);
    expect(rows[1]).toEqual(["1.1", "Sở Y tế", "Việc A", "30/6/2025", "", ""]);
    expect(rows[2]).toEqual(["1.2", "Sở Y tế", "Việc B", "30/9/2025", "", ""]);
    expect(rows.at(-1)).toEqual(["20000.1", "Sở Y tế", "Việc A", "30/6/2025", "", ""]);
    const partnered = rows.filter((cells) => cells.at(-1) === "Sở Nội vụ").map((cells) => cells[0]);
    expect(partnered.slice(0, 2)).toEqual(["3.2", "9.2"]);
  });
});
