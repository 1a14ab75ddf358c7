// A section may name its standing body once, in a lead-in that hands it "the items below" unless an item names its own
// lead; the items then give only partners and a time ("Phối hợp: … Thời gian: …"), and some open with a bracket of
// their own lead ("(Cơ quan chủ trì: X)"). Partners the lead-in points at "in each item" name no unit of their own.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a standing body named once over the items", () => {
  const plan = parse(
    [
      "II. CÁC NHIỆM VỤ CỤ THỂ",
      "Sở Tài chính là cơ quan đầu mối, chủ trì thực hiện các nhiệm vụ sau đây, trừ nhiệm vụ ghi rõ cơ quan chủ trì; các đơn vị nêu tại từng nhiệm vụ có trách nhiệm phối hợp.",
      "1. Hướng dẫn lập dự toán ngân sách năm 2025. Phối hợp: Sở Kế hoạch và Đầu tư. Thời gian: trước ngày 20/7/2024.",
      "2. (Cơ quan chủ trì: Công an tỉnh) Rà soát việc quản lý con dấu của các đơn vị dự toán. Phối hợp: Sở Tài chính. Thời gian: tháng 8/2024.",
      "3. Thẩm định dự toán của các đơn vị. Thời gian: quý IV/2024.",
    ].join("\n"),
    { issued: "2024-06-10" },
  );
  const task = (ref: string) => tasks(plan).find((t) => t[0] === ref);

  it("leads the items that name no lead, with only their own partners", () => {
    expect(task("II.1")?.[2]).toEqual(["Sở Tài chính"]);
    expect(task("II.1")?.[3]).toEqual(["Sở Kế hoạch và Đầu tư"]);
    expect(task("II.3")?.[2]).toEqual(["Sở Tài chính"]);
    expect(task("II.3")?.[3]).toEqual([]);
  });

  it("gives way to the lead an item's opening bracket names, which is no part of its title", () => {
    expect(task("II.2")?.[2]).toEqual(["Công an tỉnh"]);
    expect(plan.tasks.find((t) => t.ref === "II.2")?.title).toMatch(/^Rà soát việc quản lý con dấu/u);
  });

  it("stays linear on many items", () => {
    const items = Array.from(
      { length: 1500 },
      (_, k) =>
        `${k + 1}. (Chủ trì: Sở Y tế) Kiểm tra cơ sở số ${k + 1}. Phối hợp: Sở Tài chính. Thời gian: tháng 9/2024.`,
    );
    const started = performance.now();
    const many = parse(["II. NHIỆM VỤ", ...items].join("\n"), { issued: "2024-06-10" });
    expect(tasks(many).filter((t) => t[2]?.[0] === "Sở Y tế").length).toBe(1500);
    expect(performance.now() - started).toBeLessThan(20000);
  });
});
