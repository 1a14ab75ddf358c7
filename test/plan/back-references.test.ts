// A dated sentence whose subject points back to units named before it ("Đơn vị này …", "Các cơ quan nêu trên …",
// "Cơ quan được giao chủ trì tại điểm a …"): those units lead it, and only the partners it names itself take part.
import { describe, expect, it } from "vitest";
import { parse, tasks, unresolvedNames } from "../support/text-plans.ts";

describe("a subject pointing back to units named before", () => {
  it("is led by the unit the paragraph's undated sentence named, without that sentence's partners", () => {
    const plan = parse(
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Giao Sở Y tế chủ trì giám sát các bệnh truyền nhiễm tại trường học. Đơn vị này báo cáo kết quả về UBND tỉnh trước ngày 15/7/2024.",
        "2. Công an tỉnh chủ trì, phối hợp với Sở Y tế điều tra các vụ vi phạm. Cơ quan này báo cáo kết quả điều tra trước ngày 20/7/2024.",
        "3. Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát văn bản trước ngày 10/6/2024. Sở này công bố kết quả.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["III.1", "2024-07-14", ["Sở Y tế"], []],
      ["III.2", "2024-07-19", ["Công an tỉnh"], []],
      ["III.3", "2024-06-09", ["Sở Tư pháp"], ["Sở Nội vụ"]],
    ]);
  });

  it("is titled by its own work, without the subject pointing back or the sentence before", () => {
    const plan = parse(
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Giao Sở Y tế chủ trì giám sát các bệnh truyền nhiễm tại trường học. Đơn vị này tổng hợp, báo cáo kết quả về UBND tỉnh trước ngày 15/7/2024.",
        "2. Sở Công Thương chủ trì kiểm tra chợ đầu mối. Các cơ quan nêu trên gửi báo cáo về Sở Y tế trước ngày 25/5/2024.",
      ].join("\n"),
    );
    expect(plan.tasks.filter((t) => t.kind === "task").map((t) => t.title)).toEqual([
      "Tổng hợp, báo cáo kết quả về UBND tỉnh",
      "Gửi báo cáo về Sở Y tế",
    ]);
  });

  it("is led by the point before, or by the point it cites, never reported as a unit not understood", () => {
    const plan = parse(
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Về kiểm tra thị trường:",
        "a) Sở Công Thương, Sở Tài chính chủ trì kiểm tra giá cả hàng hóa, xong trong tháng 5/2024.",
        "b) Các cơ quan nêu trên gửi báo cáo kết quả về Sở Y tế trước ngày 25/5/2024.",
        "2. Về trường học:",
        "a) Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế tổ chức khám sức khỏe cho học sinh, xong trong tháng 5/2024.",
        "b) Sở Y tế kiểm tra phòng y tế trường học trước ngày 10/6/2024.",
        "c) Cơ quan được giao chủ trì tại điểm a kiểm tra bếp ăn bán trú trước ngày 20/6/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["III.1.a", "2024-05-31", ["Sở Công Thương", "Sở Tài chính"], []],
      ["III.1.b", "2024-05-24", ["Sở Công Thương", "Sở Tài chính"], []],
      ["III.2.a", "2024-05-31", ["Sở Giáo dục và Đào tạo"], ["Sở Y tế"]],
      ["III.2.b", "2024-06-09", ["Sở Y tế"], []],
      ["III.2.c", "2024-06-19", ["Sở Giáo dục và Đào tạo"], []],
    ]);
    expect(unresolvedNames(plan)).toEqual([]);
  });

  it("reads 9,999 such paragraphs (four-digit numbers), each led by its own first sentence's unit", () => {
    const units = ["Sở Y tế", "Sở Tư pháp", "Công an tỉnh"];
    const items = Array.from(
      { length: 9_999 },
      (_, i) =>
        `${i + 1}. Giao ${units[i % 3]} chủ trì kiểm tra cơ sở số ${i + 1}. Đơn vị này báo cáo kết quả trước ngày 15/7/2024.`,
    );
    // A blank line between items, as a plan typed in a chat keeps them apart.
    const read = tasks(parse(["III. TỔ CHỨC THỰC HIỆN", ...items].join("\n\n")));
    expect(read).toHaveLength(9_999);
    expect(
      read.every(([, due, lead, partners], i) => due === "2024-07-14" && `${lead}|${partners}` === `${units[i % 3]}|`),
    ).toBe(true);
  }, 180_000);
});
