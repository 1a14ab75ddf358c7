// A plan laid out along its year heads its "+" or "-" items with lines saying only when ("Tháng 3/2024:", "Quý
// II/2024:", "Hằng quý:"): each line dates the items up to the next one, an item's own day still its own, and a
// line that gives no day ("Thường xuyên:") dates none of its items, which are then no tasks.
import { describe, expect, it } from "vitest";
import { periodLine } from "../../src/plan/period-lines.ts";
import { parse } from "../support/text-plans.ts";

describe("items under lines saying only when", () => {
  const plan = parse(
    [
      "II. CÁC NHIỆM VỤ CỤ THỂ",
      "Tháng 4/2024:",
      "- Sở Tư pháp rà soát văn bản quy phạm pháp luật của tỉnh.",
      "- Sở Tài chính hướng dẫn lập dự toán, gửi trước ngày 20/4/2024.",
      "Quý III năm 2024:",
      "- Sở Y tế kiểm tra các cơ sở khám chữa bệnh.",
      "- Sở Xây dựng công bố giá vật liệu xây dựng.",
      "Thường xuyên:",
      "- Sở Công Thương theo dõi giá cả thị trường.",
      "III. TỔ CHỨC THỰC HIỆN",
      "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2024.",
    ].join("\n"),
  );
  const task = (lead: string) => plan.tasks.find((t) => t.kind === "task" && t.lead.some((u) => u.name === lead));

  it("dates each item by the line above it, a later line ending the one before", () => {
    expect(task("Sở Tư pháp")?.deadline).toMatchObject({ due: "2024-04-30", inheritedFrom: "Tháng 4/2024" });
    expect(task("Sở Y tế")?.deadline?.due).toBe("2024-09-30");
    expect(task("Sở Xây dựng")?.deadline?.due).toBe("2024-09-30");
  });

  it("keeps an item's own day", () => {
    expect(task("Sở Tài chính")?.deadline).toEqual({
      text: "trước ngày 20/4/2024",
      due: "2024-04-19",
      effectiveDue: "2024-04-19",
    });
  });

  it("reads no task under a line that gives no day, nor the line as one", () => {
    expect(task("Sở Công Thương")).toBeUndefined();
    expect(plan.tasks.filter((t) => t.kind === "task")).toHaveLength(5);
  });

  it("reads a line with no bullet after it as before, and a 100 KB line within bounds", () => {
    expect(periodLine("Quý I/2024:", false)).toBeNull();
    expect(periodLine("Quý I/2024:", true)).toBe("Quý I/2024");
    const started = performance.now();
    expect(periodLine(`Trong ${"quý I ".repeat(20_000)}:`, true)).toBeNull();
    expect(periodLine(`${"Quý I/2024 ".repeat(10_000)}`, true)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
