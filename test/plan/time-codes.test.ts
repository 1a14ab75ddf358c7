// A table writing its times in codes of its own ("T3/2024", "Tuần 2/T4", "6T đầu năm", "N2024", "TX") is read as the
// legend under it spells them; one item stands for every code of its shape; the legend's lines are no tasks.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { timeCode, withTimeCodes } from "../../src/plan/time-codes.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { TIME_CODE_LEGEND as LEGEND, timeCodeTable } from "../support/large-inputs.ts";

const TABLE = [
  ["TT", "Nhiệm vụ", "Chủ trì", "Thời hạn (*)"],
  ["1", "Kiện toàn tổ giúp việc", "Sở Nội vụ", "Tuần 3/T5"],
  ["2", "Rà soát thủ tục hành chính nội bộ", "Sở Tư pháp", "Q3/2024"],
  ["3", "Sơ kết công tác 6 tháng", "Sở Nội vụ", "6T đầu năm"],
  ["4", "Tổng kết công tác năm", "Sở Tư pháp", "N2024"],
  ["5", "Theo dõi, đôn đốc thực hiện", "Sở Nội vụ", "TX"],
  ["6", "Báo cáo chuyên đề", "Sở Tư pháp", "Tuần 1/ T11"],
].map((cells) => cells.join("\t"));

describe("codes of time a legend under the table spells out", () => {
  it("reads each code as its legend's item of the same shape spells it, and no legend line as a task", () => {
    const plan = parse(["II. NHIỆM VỤ", ...TABLE, ...LEGEND, "III. TỔ CHỨC THỰC HIỆN"].join("\n"));
    expect(tasks(plan).map(([ref, due]) => [ref, due])).toEqual([
      ["1", "2024-05-21"],
      ["2", "2024-09-30"],
      ["3", "2024-06-30"],
      ["4", "2024-12-31"],
      ["5", null],
      ["6", "2024-11-07"],
    ]);
    expect(plan.tasks.find((t) => t.ref === "2")?.deadline?.text).toBe("hoàn thành trong quý III năm 2024");
  });

  it("reads no code the plan does not spell out", () => {
    const plan = parse(["II. NHIỆM VỤ", ...TABLE, "III. TỔ CHỨC THỰC HIỆN"].join("\n"));
    const due = new Map(tasks(plan).map(([ref, day]) => [ref, day]));
    expect([due.get("1"), due.get("3"), due.get("4"), due.get("6")]).toEqual([null, null, null, null]);
  });

  it("keeps a code's number as written where the spelling does not repeat it", () => {
    const code = timeCode("6T đầu năm", "sáu tháng đầu năm 2024")!;
    expect(code.pattern.test("6T đầu năm")).toBe(true);
    expect(code.pattern.test("9T đầu năm")).toBe(false);
    expect(timeCode("Tuần 2/T4", "tuần thứ hai của tháng 4 năm 2024")!.spell(["3", "8"])).toBe(
      "tuần thứ ba của tháng 8 năm 2024",
    );
    // An item that spells no time ("SNV: Sở Nội vụ") is no code of time.
    expect(timeCode("SNV", "Sở Nội vụ")).toBeNull();
  });

  it("reads no month's end from a week's month broken after its slash", () => {
    expect(parseDeadline("Tuần 1/ T12/2024").ok).toBe(false);
    expect(parseDeadline("T12/2024").ok).toBe(true);
  });

  it("reads a hostile table", () => {
    const read = withTimeCodes(timeCodeTable(100_000));
    expect(read).toHaveLength(100_000);
  });
});
