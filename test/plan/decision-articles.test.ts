// A decision approving a numbered list numbers its own clauses under its articles: they keep apart from the list's.
import { describe, expect, it } from "vitest";
import { markerOf } from "../../src/plan/numbering.ts";
import { parse } from "../support/text-plans.ts";

describe("an article of a decision", () => {
  it("is a numbering of its own", () => {
    expect(markerOf("Điều 3. Giao nhiệm vụ", null)).toEqual({ kind: "article", ref: "Điều 3", rest: "Giao nhiệm vụ" });
    expect(markerOf("Điều chỉnh thời hạn báo cáo", null)?.kind).not.toBe("article");
  });

  it("heads the refs of the clauses under it, so they do not take the numbers of the list it approves", () => {
    const plan = parse(
      [
        "Điều 1. Phê duyệt danh sách công việc kèm theo Quyết định này.",
        "Điều 2. Trách nhiệm thi hành",
        "1. Các cơ quan chủ động thực hiện các công việc được giao.",
        "2. Sở Tư pháp tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 20/11/2024.",
        "Điều 3. Quyết định có hiệu lực từ ngày ký.",
        "I. CÔNG VIỆC",
        "1. Sở Y tế kiểm tra các trạm y tế, hoàn thành trong tháng 6/2024.",
        "2. Sở Xây dựng rà soát quy hoạch, hoàn thành trong tháng 8/2024.",
      ].join("\n"),
    );
    const found = plan.tasks.filter((t) => t.kind === "task").map((t) => [t.ref, t.deadline?.due, t.lead[0]?.name]);
    expect(found).toContainEqual(["Điều 2.2", "2024-11-19", "Sở Tư pháp"]);
    expect(found).toContainEqual(["I.2", "2024-08-31", "Sở Xây dựng"]);
    expect(plan.warnings.filter((w) => w.code === "duplicate-ref")).toEqual([]);
  });

  it("that assigns dated work in its own sentence is a task", () => {
    const plan = parse(
      [
        "Điều 1. Giao nhiệm vụ cho các cơ quan như sau:",
        "1. Sở Y tế kiểm tra các trạm y tế, hoàn thành trong tháng 6/2024.",
        "Điều 2. Sở Nội vụ theo dõi, đôn đốc, báo cáo UBND tỉnh trước ngày 10/12/2024.",
        "Điều 3. Quyết định có hiệu lực từ ngày ký.",
      ].join("\n"),
    );
    const found = plan.tasks.filter((t) => t.kind === "task").map((t) => [t.ref, t.deadline?.due, t.lead[0]?.name]);
    expect(found).toEqual([
      ["Điều 1.1", "2024-06-30", "Sở Y tế"],
      ["Điều 2", "2024-12-09", "Sở Nội vụ"],
    ]);
  });
});
