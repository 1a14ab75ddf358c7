// An appendix of one row per unit under each task, a "Vai trò" cell saying whether the unit leads or helps, the task's
// number, words and time merged down over its unit rows. Word's readers give every row the merged text; a text copy
// leaves it on the first row only, and a PDF splits it where the page breaks. Both are read as Word's merge is: each
// unit row is its task's.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import type { PageContent, Rule, TextRun } from "../../src/plan/pdf/geometry.ts";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";
import { withRoleRows } from "../../src/plan/role-rows.ts";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { parse, tasks } from "../support/text-plans.ts";

const HEADER = ["TT", "Nội dung công việc", "Cơ quan thực hiện", "Vai trò", "Thời hạn"];

describe("unit rows under a task merged down", () => {
  it("in a text copy, blank but for their unit and role, belong to the task above", () => {
    const rows = [
      HEADER,
      ["1", "Rà soát quy chế tiếp công dân", "Thanh tra tỉnh", "Chủ trì", "Quý II/2025"],
      ["", "", "Sở Tư pháp", "Phối hợp", ""],
      ["", "", "Sở Nội vụ", "Phối hợp", ""],
      ["2", "Đối thoại doanh nghiệp về thủ tục đầu tư", "Sở Tư pháp", "Phối hợp", "Tháng 10/2025"],
      ["", "", "Sở Tài chính", "Chủ trì", ""],
      ["", "", "Sở Y tế", "Chủ trì", ""],
      ["3", "Báo cáo kết quả năm 2025", "Sở Nội vụ", "Chủ trì", "Trước ngày 10/12/2025"],
    ];
    const plan = parse(rows.map((cells) => cells.join("\t")).join("\n"), { issued: "2025-03-20" });
    expect(tasks(plan)).toEqual([
      ["1", "2025-06-30", ["Thanh tra tỉnh"], ["Sở Tư pháp", "Sở Nội vụ"]],
      ["2", "2025-10-31", ["Sở Tài chính", "Sở Y tế"], ["Sở Tư pháp"]],
      ["3", "2025-12-09", ["Sở Nội vụ"], []],
    ]);
  });

  it("in a PDF, over a page break, keep the task's number, words and time on both sides", () => {
    // Columns: number, work, unit, role, time. Task 2's first unit row closes the first page,
    // its second opens the next, its number set there.
    const xs = [40, 70, 300, 430, 500, 580];
    const run = (text: string, x: number, y: number): TextRun => ({
      text,
      x,
      y,
      width: text.length * 4,
      size: 10,
      font: "F",
    });
    const across = (y: number): Rule => ({ x1: xs[0]!, y1: y, x2: xs.at(-1)!, y2: y });
    const walls = (top: number, bottom: number): Rule[] => xs.map((x) => ({ x1: x, y1: top, x2: x, y2: bottom }));
    const header = (y: number) => HEADER.map((text, c) => run(text, xs[c]! + 4, y));
    const pages: PageContent[] = [
      {
        width: 595,
        height: 842,
        rules: [across(700), across(730), across(760), across(800), ...walls(700, 800)],
        runs: [
          ...header(718),
          ...["1", "Kiểm tra công vụ tại các xã", "Sở Nội vụ", "Chủ trì", "Tháng 5/2025"].map((t, c) =>
            run(t, xs[c]! + 4, 748),
          ),
          ...["Nâng cấp phần mềm một cửa", "Sở Tài chính", "Chủ trì", "Quý III/2025"].map((t, c) =>
            run(t, xs[c + 1]! + 4, 788),
          ),
        ],
      },
      {
        width: 595,
        height: 842,
        rules: [across(40), across(70), across(100), across(130), ...walls(40, 130)],
        runs: [
          ...header(58),
          run("2", 44, 88),
          run("điện tử cấp xã", 74, 88),
          run("Công an tỉnh", 304, 88),
          run("Phối hợp", 434, 88),
          ...["3", "Báo cáo kết quả năm 2025", "Sở Nội vụ", "Chủ trì", "Trước ngày 10/12/2025"].map((t, c) =>
            run(t, xs[c]! + 4, 118),
          ),
        ],
      },
    ];
    const blocks: Block[] = [
      { type: "text", text: "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN" },
      { type: "text", text: "Số: 12/KH-UBND" },
      { type: "text", text: "Thái Nguyên, ngày 20 tháng 3 năm 2025" },
      { type: "text", text: "KẾ HOẠCH" },
      ...layoutBlocks(pages),
    ];
    const parsed = parsePlan({ blocks }, THAI_NGUYEN, shippedCalendar);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(tasks(parsed.plan)).toEqual([
      ["1", "2025-05-31", ["Sở Nội vụ"], []],
      ["2", "2025-09-30", ["Sở Tài chính"], ["Công an tỉnh"]],
      ["3", "2025-12-09", ["Sở Nội vụ"], []],
    ]);
    expect(parsed.plan.tasks[1]?.title).toBe("Nâng cấp phần mềm một cửa điện tử cấp xã");
  });

  it("reads 3,000 tasks of three unit rows each in bounds", () => {
    const start = performance.now();
    const rows: Block[] = [{ type: "row", cells: HEADER }];
    for (let i = 1; i <= 3_000; i++) {
      rows.push({ type: "row", cells: [String(i), `Việc số ${i}`, "Sở Nội vụ", "Chủ trì", "Quý IV/2025"] });
      rows.push({ type: "row", cells: ["", "", "Sở Tư pháp", "Phối hợp", ""] });
      rows.push({ type: "row", cells: ["", "", "Sở Y tế", "Phối hợp", ""] });
    }
    const merged = withRoleRows(rows);
    expect(merged).toHaveLength(3_001);
    expect(merged.at(-1)).toEqual({
      type: "row",
      cells: ["3000", "Việc số 3000", "Sở Nội vụ", "Sở Tư pháp; Sở Y tế", "Quý IV/2025"],
    });
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
