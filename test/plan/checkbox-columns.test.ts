// A checklist (Google Sheets, Excel check boxes) ticks in a column per unit every unit taking part in a row's work,
// beside a "Chủ trì" cell naming the lead: the other ticked units are its partners; a box saying the work is done
// names no unit.
import { describe, expect, it } from "vitest";
import { withCheckboxColumns } from "../../src/plan/checkbox-columns.ts";
import type { Block } from "../../src/plan/document.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { checklistRows } from "../support/large-inputs.ts";

const row = (...cells: string[]): Block => ({ type: "row", cells });
const HEADER = "STT\tNhiệm vụ\tChủ trì\tHạn hoàn thành\tSở Nội vụ\tSở Tư pháp\tCông an tỉnh\tĐã hoàn thành";

describe("a checklist of unit columns", () => {
  it("reads the other ticked units as the lead's partners, the done box as no unit", () => {
    const plan = parse(
      [
        HEADER,
        "1\tRà soát văn bản quy phạm pháp luật\tSở Tư pháp\t31/05/2024\tTRUE\tTRUE\tFALSE\tTRUE",
        "2\tKiểm tra công vụ\tSở Nội vụ\t30/06/2024\tTRUE\tFALSE\tTRUE\tFALSE",
        "3\tBảo đảm an ninh trật tự\tCông an tỉnh\t31/07/2024\tFALSE\tFALSE\tTRUE\tFALSE",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-05-31", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["2", "2024-06-30", ["Sở Nội vụ"], ["Công an tỉnh"]],
      ["3", "2024-07-31", ["Công an tỉnh"], []],
    ]);
  });

  it("reads ticks written 1/0 or VRAI/FAUX, beside a partners column of its own", () => {
    const ones = withCheckboxColumns([
      row("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sở Y tế", "Sở Tư pháp"),
      row("1", "Việc một", "Sở Y tế", "Thanh tra tỉnh", "30/6/2025", "1", "1"),
      row("2", "Việc hai", "Sở Tư pháp", "", "30/7/2025", "0", "1"),
    ]);
    expect(ones.map((b) => (b.type === "row" ? b.cells : []))).toEqual([
      ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
      ["1", "Việc một", "Sở Y tế", "Thanh tra tỉnh; Sở Y tế; Sở Tư pháp", "30/6/2025"],
      ["2", "Việc hai", "Sở Tư pháp", "Sở Tư pháp", "30/7/2025"],
    ]);
    const vrai = withCheckboxColumns([
      row("STT", "Nhiệm vụ", "Chủ trì", "Sở Y tế", "Sở Tư pháp"),
      row("1", "Việc một", "Sở Y tế", "VRAI", "FAUX"),
    ]);
    expect(vrai.at(-1)).toMatchObject({ cells: ["1", "Việc một", "Sở Y tế", "Sở Y tế"] });
  });

  it("is no checklist with one box column, other words in the boxes, or no lead column", () => {
    const one = [row("STT", "Nhiệm vụ", "Chủ trì", "Sở Y tế", "Ghi chú"), row("1", "Việc", "Sở Y tế", "TRUE", "x")];
    expect(withCheckboxColumns(one)).toEqual(one);
    const words = [
      row("STT", "Nhiệm vụ", "Chủ trì", "Sở Y tế", "Sở Tư pháp"),
      row("1", "Việc", "Sở Y tế", "TRUE", "PH"),
    ];
    expect(withCheckboxColumns(words)).toEqual(words);
    const noLead = [row("STT", "Nhiệm vụ", "Sở Y tế", "Sở Tư pháp"), row("1", "Việc", "TRUE", "FALSE")];
    expect(withCheckboxColumns(noLead)).toEqual(noLead);
  });

  it("reads a long checklist whole, its header repeated on every page", () => {
    const blocks = withCheckboxColumns(checklistRows());
    const rows = blocks.flatMap((b) => (b.type === "row" ? [b.cells] : []));
    expect(rows).toHaveLength(20001);
    expect(rows[1]).toEqual(["1", "Việc số 0", "Sở Y tế", "30/6/2025", "Sở Y tế"]);
    expect(rows[2]).toEqual(["2", "Việc số 1", "Sở Y tế", "30/6/2025", "Sở Y tế; Sở Tư pháp"]);
    expect(rows.at(-1)).toEqual(["20000", "Việc số 19999", "Sở Y tế", "30/6/2025", "Sở Y tế; Sở Tư pháp"]);
  });
});
