// Names of bodies as plans write them, read whole: with the number of the region they serve, or
// with a comma inside a name the directory lacks.
import { describe, expect, it } from "vitest";
import { parse, table, tasks, unresolvedNames } from "../support/text-plans.ts";

describe("a unit's name read whole", () => {
  it("takes the numeral of its region as part of the name, not as a unit of its own", () => {
    const plan = parse(
      table([
        ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"],
        ["1", "Đối chiếu số dư tài khoản", "Sở Tài chính", "Kho bạc Nhà nước khu vực IX; Sở Nội vụ", "Tháng 8/2024"],
      ]),
    );
    expect(tasks(plan)).toEqual([["1", "2024-08-31", ["Sở Tài chính"], ["Kho bạc Nhà nước tỉnh", "Sở Nội vụ"]]]);
    expect(unresolvedNames(plan)).toEqual([]);
  });

  it("keeps a body the directory lacks whole across a comma that lists its fields", () => {
    const plan = parse(
      table([
        ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"],
        [
          "1",
          "Diễn tập ứng phó bão lũ",
          "Ban chỉ huy phòng, chống thiên tai tỉnh",
          "Sở Y tế, các sở, ngành",
          "Tháng 6/2024",
        ],
      ]),
    );
    expect(tasks(plan)[0]?.slice(0, 3)).toEqual(["1", "2024-06-30", ["?Ban chỉ huy phòng, chống thiên tai tỉnh"]]);
    expect(unresolvedNames(plan)).toEqual(["Ban chỉ huy phòng, chống thiên tai tỉnh"]);
  });

  it("takes a military command the directory lacks, heading its items or addressed by 'Giao', as a body", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Bộ Chỉ huy Quân sự tỉnh (cơ quan thường trực Ban chỉ đạo)",
        "a) Tổ chức diễn tập khu vực phòng thủ, xong trước ngày 30/9/2024.",
        "2. Giao Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì tuần tra biên giới dịp Tết, báo cáo trước ngày 15/02/2025.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.a", "2024-09-29", ["?Bộ Chỉ huy Quân sự tỉnh"], []],
      ["II.2", "2025-02-14", ["?Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], []],
    ]);
  });
});
