// A line typed after an item that singles out some of its units ("Riêng …") and only says when is an exception noted
// on the item: no task of its own; the item keeps its time and units. A line naming work of its own stays a task.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { notesException } from "../../src/plan/exception-note.ts";
import { parse, tasks, THAI_NGUYEN_DISTRICTS } from "../support/text-plans.ts";

describe("a line giving some of an item's units another time", () => {
  it("is a note on the item, no task", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. UBND các huyện, thành phố kiểm kê đất công chưa sử dụng, hoàn thành trước ngày 20/5/2024.",
        "Riêng huyện Đại Từ, huyện Võ Nhai (địa bàn rộng, nhiều xã vùng cao): hoàn thành trước ngày 25/6/2024.",
        "2. Sở Tư pháp, Sở Nội vụ rà soát văn bản quy phạm pháp luật của tỉnh; xong trong tháng 6/2024.",
        "Riêng Sở Nội vụ xong trong tháng 8/2024 (do sắp xếp tổ chức bộ máy).",
        "3. UBND các huyện, thành phố lập danh sách hộ nghèo, gửi Sở Lao động - Thương binh và Xã hội trước ngày 10/7/2024.",
        "- Riêng UBND thành phố Thái Nguyên: trước ngày 25/6/2024.",
        "4. Sở Tài chính thẩm định dự toán của các sở, xong trước ngày 15/8/2024. Riêng Sở Y tế: xong trước ngày 30/8/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-05-19", THAI_NGUYEN_DISTRICTS, []],
      ["II.2", "2024-06-30", ["Sở Tư pháp", "Sở Nội vụ"], []],
      ["II.3", "2024-07-09", THAI_NGUYEN_DISTRICTS, []],
      ["II.4", "2024-08-14", ["Sở Tài chính"], []],
    ]);
  });

  it("stays a task when it names work of its own or singles out no unit", () => {
    const resolver = createResolver(THAI_NGUYEN);
    expect(notesException(resolver, "Riêng Sở Nội vụ: hoàn thành trước ngày 15/7/2024.", "trước ngày 15/7/2024")).toBe(
      true,
    );
    const work = "Riêng Sở Nội vụ tổ chức hội nghị tập huấn trước ngày 15/7/2024.";
    expect(notesException(resolver, work, "trước ngày 15/7/2024")).toBe(false);
    expect(notesException(resolver, "Riêng năm 2024: trước ngày 15/7/2024.", "trước ngày 15/7/2024")).toBe(false);
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Y tế kiểm tra an toàn thực phẩm, hoàn thành trước ngày 20/5/2024.",
        "Riêng Sở Công Thương tổ chức kiểm tra các chợ đầu mối, hoàn thành trước ngày 30/6/2024.",
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[1])).toEqual(["2024-05-19", "2024-06-29"]);
  });

  it("reads 500 items with their notes, and a 100 KB note, in bounds", () => {
    const start = performance.now();
    const lines = ["II. NHIỆM VỤ"];
    for (let i = 1; i <= 500; i++)
      lines.push(
        `${i}. Sở Tư pháp rà soát văn bản số ${i}, hoàn thành trước ngày 20/5/2024.`,
        "Riêng Sở Nội vụ: hoàn thành trước ngày 20/6/2024.",
      );
    expect(tasks(parse(lines.join("\n")))).toHaveLength(500);
    const bracket = `(${"xã vùng cao, ".repeat(8_000)})`;
    const text = `Riêng huyện Đại Từ ${bracket}: hoàn thành trước ngày 25/6/2024.`;
    expect(notesException(createResolver(THAI_NGUYEN), text, "trước ngày 25/6/2024")).toBe(true);
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});
