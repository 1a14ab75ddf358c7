// "Sở A là cơ quan thường trực, …; chậm nhất ngày D báo cáo …": a deadline opening a later clause dates the work after
// it, which the sentence's subject does; the clause before it says the subject's standing duties.
import { describe, expect, it } from "vitest";
import { workAfterDeadline } from "../../src/plan/dated-prose.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { laterClause } from "../support/large-inputs.ts";

describe("a deadline opening a later clause of its sentence", () => {
  const plan = parse(
    [
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Sở Tư pháp là cơ quan đầu mối, hướng dẫn, kiểm tra các đơn vị triển khai Kế hoạch; chậm nhất ngày 20/5/2026 tổng hợp kết quả báo cáo UBND tỉnh.",
      "2. Sở Nội vụ rà soát biên chế; tổng hợp danh sách trước ngày 30/5/2026.",
      "3. Sở Y tế kiểm tra các cơ sở khám bệnh; chậm nhất ngày 15/6/2026 báo cáo UBND tỉnh.",
    ].join("\n"),
  );

  it("titles the task by the work after the day, led by the sentence's subject", () => {
    const read = plan.tasks.filter((t) => t.kind === "task");
    expect(tasks(plan)[0]).toEqual(["III.1", "2026-05-20", ["Sở Tư pháp"], []]);
    expect(read[0]?.title).toBe("tổng hợp kết quả báo cáo UBND tỉnh");
    // A deadline closing its clause keeps the words before it.
    expect(read[1]?.title).toBe("Sở Nội vụ rà soát biên chế; tổng hợp danh sách");
    // After work of the subject's own, the clause after the day reports on it: the work stays the task.
    expect(read[2]?.title).toBe("Sở Y tế kiểm tra các cơ sở khám bệnh");
  });

  it("is found in a long sentence", () => {
    const text = laterClause(5000);
    const wording = text.slice(text.indexOf("chậm nhất"));
    expect(workAfterDeadline(text, wording)?.wording).toBe("chậm nhất ngày 20/5/2026");
  });
});
