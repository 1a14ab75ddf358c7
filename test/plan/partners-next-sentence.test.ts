// Who takes part in a task told in a sentence of its own after the one giving the work ("…. Sở A, Sở B có trách nhiệm
// phối hợp thực hiện nội dung này."), and a subject after an occasion the work answers ("Hưởng ứng …, Sở X …").
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("partners named in the sentence after the work", () => {
  it("reads the units of a later sentence whose work is to take part as the task's partners", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Trước ngày 20/5/2024, Sở Y tế tổ chức kiểm tra các bếp ăn tập thể. Công an tỉnh, Sở Công Thương có trách nhiệm phối hợp thực hiện nội dung này.",
        "2. Trong tháng 6/2024, Sở Tư pháp rà soát văn bản quy phạm pháp luật. Sở Nội vụ phối hợp tổng hợp kết quả.",
        "3. Chậm nhất ngày 15/7/2024, Sở Nội vụ báo cáo UBND tỉnh. Các cơ quan chịu trách nhiệm phối hợp, cung cấp số liệu.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-05-19", ["Sở Y tế"], ["Sở Công Thương", "Công an tỉnh"]],
      ["II.2", "2024-06-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["II.3", "2024-07-15", ["Sở Nội vụ"], ["?Các cơ quan"]],
    ]);
  });

  it("leaves a later sentence doing work of its own, guiding or arranging, out of the partners", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Trước ngày 20/5/2024, Sở Y tế tổ chức kiểm tra các bếp ăn tập thể. Sở Tài chính bố trí kinh phí năm sau.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-05-19", ["Sở Y tế"], []]]);
  });

  it("reads 9,999 such items (four-digit numbers), each with its partners", () => {
    const items = Array.from(
      { length: 9_999 },
      (_, i) =>
        `${i + 1}. Trước ngày 20/5/2024, Sở Y tế kiểm tra cơ sở số ${i + 1}. Công an tỉnh có trách nhiệm phối hợp thực hiện.`,
    );
    // A blank line between items, as a plan typed in a chat keeps them apart.
    const read = tasks(parse(["II. NHIỆM VỤ", ...items].join("\n\n")));
    expect(read).toHaveLength(9_999);
    expect(
      read.every(([, due, lead, partners]) => due === "2024-05-19" && `${lead}|${partners}` === "Sở Y tế|Công an tỉnh"),
    ).toBe(true);
  }, 180_000);
});

describe("an occasion opening the sentence", () => {
  it("stands before the subject as any adverbial does, after a deadline too", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Trong tháng 10/2024, hưởng ứng Tháng hành động vì an toàn thực phẩm, Sở Y tế chỉ đạo kiểm tra các chợ. Báo Thái Nguyên có trách nhiệm phối hợp thực hiện nội dung này.",
        "2. Nhân dịp Ngày Pháp luật, Sở Tư pháp tổ chức tọa đàm trước ngày 09/11/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-10-31", ["Sở Y tế"], ["Báo Thái Nguyên"]],
      ["II.2", "2024-11-08", ["Sở Tư pháp"], []],
    ]);
  });
});
