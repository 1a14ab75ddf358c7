// A telegram or a directive addresses each order to a body through its head ("3. Giám đốc Sở Tư pháp:"), then
// writes what it is to do. One dash paragraph under such an order is the order's one task, not an item of a list.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("an order addressed to a head, over one dash paragraph", () => {
  it("is one task, numbered by the order, led by the head's body", () => {
    const plan = parse(
      [
        "Chủ tịch UBND tỉnh yêu cầu:",
        "1. Giám đốc Sở Tư pháp:",
        "- Phối hợp với Sở Nội vụ rà soát văn bản quy phạm pháp luật, xong trước ngày 20/3/2024.",
        "2. Giám đốc Sở Y tế:",
        "a) Kiểm tra an toàn thực phẩm các bếp ăn tập thể trước ngày 15/4/2024.",
        "b) Tổng hợp kết quả, báo cáo Chủ tịch UBND tỉnh chậm nhất ngày 30/4/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-03-19", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["2.a", "2024-04-14", ["Sở Y tế"], []],
      ["2.b", "2024-04-30", ["Sở Y tế"], []],
    ]);
  });

  it("keeps several dash paragraphs under the order as tasks of their own", () => {
    const plan = parse(
      [
        "1. Giám đốc Sở Tư pháp:",
        "- Rà soát văn bản quy phạm pháp luật, xong trước ngày 20/3/2024.",
        "- Tổ chức tập huấn cho công chức tư pháp cấp xã trước ngày 20/5/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1.1", "2024-03-19", ["Sở Tư pháp"], []],
      ["1.2", "2024-05-19", ["Sở Tư pháp"], []],
    ]);
  });
});

describe("partners described as a group, then named in brackets", () => {
  it("are the units the bracket names", () => {
    const plan = parse(
      [
        "1. Sở Nội vụ chủ trì, phối hợp với các cơ quan được giao theo dõi tiêu chí (Sở Tư pháp, Sở Thông tin và Truyền thông) thẩm định điểm; hoàn thành trước ngày 20/3/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["1", "2024-03-19", ["Sở Nội vụ"], ["Sở Tư pháp", "Sở Thông tin và Truyền thông"]]]);
  });

  it("stay the group when the bracket says anything but units", () => {
    const sentence = (aside: string) =>
      `1. Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan${aside} rà soát hồ sơ; xong trước ngày 20/3/2024.`;
    expect(tasks(parse(sentence(" (trong và ngoài tỉnh)")))).toEqual(tasks(parse(sentence(""))));
  });
});
