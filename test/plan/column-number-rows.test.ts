// Under a table's header many offices add a row numbering its columns, "(1) | (2) | (3) | …" or "1 | 2 | 3 | …",
// for later references to cite them. It is the table's furniture: no task, no line of the plan. Once two columns are
// read as one (a deadline split into "Ngày" | "Tháng", `date-part-columns.ts`), the row holds "(5) (6)" in one cell.
import { describe, expect, it } from "vitest";
import { BAC_KAN } from "../../src/domain/directories/bac-kan.ts";
import { numbersColumns } from "../../src/plan/table-header.ts";
import { parse } from "../support/text-plans.ts";

const options = { directory: BAC_KAN, issued: "2025-01-10" };

describe("a row numbering the columns", () => {
  it("is no task, though two of its columns were read as one", () => {
    const plan = parse(
      [
        "PHỤ LỤC NHIỆM VỤ NĂM 2025",
        "STT\tNội dung\tCơ quan chủ trì\tThời hạn\t\tGhi chú",
        "\t\t\tNgày\tTháng\t",
        "(1)\t(2)\t(3)\t(4)\t(5)\t(6)",
        "1\tKiểm tra công tác văn thư tại các cơ quan\tSở Nội vụ\t20\t5\t",
        "2\tTập huấn nghiệp vụ lưu trữ\tSở Nội vụ\t15\t9\t",
      ].join("\n"),
      options,
    );
    expect(plan.tasks.map((t) => [t.ref, t.deadline?.due ?? null])).toEqual([
      ["1", "2025-05-20"],
      ["2", "2025-09-15"],
    ]);
    expect(plan.warnings.filter((w) => w.code === "deadline-without-date")).toEqual([]);
  });

  it("reads numbers in order across the cells, a cell holding a run of them, trailing blanks allowed", () => {
    expect(numbersColumns(["1", "2", "3", "4 5", "6", ""])).toBe(true);
    expect(numbersColumns(["(1)", "(2)", "(3)", "(4) (5)"])).toBe(true);
    expect(numbersColumns(["1", "2", "3"])).toBe(true);
    // A task's row, a row of figures, a gap or a number out of order numbers no columns.
    expect(numbersColumns(["1", "Kiểm tra", "Sở Nội vụ"])).toBe(false);
    expect(numbersColumns(["1", "95", "85", "100"])).toBe(false);
    expect(numbersColumns(["1", "", "3", "4"])).toBe(false);
    expect(numbersColumns(["1", "3 2", "4"])).toBe(false);
    expect(numbersColumns(["1", "2"])).toBe(false);
  });

  it("is told within bounds in a 100 KB cell", () => {
    const run = "3 ".repeat(50_000);
    expect(numbersColumns(["1", "2", run])).toBe(false);
    expect(numbersColumns(["1", "2", `3 ${" ".repeat(100_000)}4`, "5"])).toBe(true);
    expect(numbersColumns(["1", "2", "(3)".repeat(40_000)])).toBe(false);
  });
});
