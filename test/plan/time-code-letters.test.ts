// A table short of room sticks the letter of a period to its numbers ("6T đầu năm", "06T cuối năm") and its legend
// spells the letters out ("Ghi chú: T: tháng; Q: quý."): each such cell reads as the legend spells it, "6 tháng đầu
// năm" being due at the half's end, in the plan's year. With no legend the letters stay the plan's own, unread.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

const header = ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"];
const grid = [
  header,
  ["1", "Tập huấn nghiệp vụ văn thư lưu trữ", "Sở Nội vụ", "6T đầu năm"],
  ["2", "Rà soát quy trình nội bộ giải quyết thủ tục", "Sở Tư pháp", "06T cuối năm"],
  ["3", "Đánh giá mức độ hài lòng của doanh nghiệp", "Sở Tài chính", "6T cuối năm 2030"],
  ["4", "Tổ chức hội nghị sơ kết", "Sở Nội vụ", "Q3"],
];
const dues = (body: string) => tasks(parse(body, { issued: "2029-02-10" })).map(([ref, due]) => [ref, due]);

describe("letters of periods a legend spells out", () => {
  it.each(["Ghi chú: T: tháng; Q: quý.", "Ghi chú: Q - quý; T - tháng"])(
    "read a half year written 6T at the half's end, in the plan's year: %s",
    (legend) => {
      expect(dues([table(grid), legend].join("\n"))).toEqual([
        ["1", "2029-06-30"],
        ["2", "2029-12-31"],
        ["3", "2030-12-31"],
        ["4", "2029-09-30"],
      ]);
    },
  );

  it("leave the letters unread where no legend spells them as periods", () => {
    const expected = [
      ["1", null],
      ["2", null],
      ["3", null],
      ["4", "2029-09-30"],
    ];
    expect(dues(table(grid))).toEqual(expected);
    expect(dues([table(grid), "Ghi chú: T: Tổ công tác; Q: Quyết định."].join("\n"))).toEqual(expected);
  });

  it("read a long table of such cells in linear time", () => {
    const rows = [header];
    for (let i = 1; i <= 1500; i++) rows.push([String(i), `Rà soát hồ sơ đợt ${i}`, "Sở Nội vụ", "6T đầu năm"]);
    const started = performance.now();
    const read = dues([table(rows), "Ghi chú: T: tháng; Q: quý."].join("\n"));
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(read).toHaveLength(1500);
    expect(read.every(([, due]) => due === "2029-06-30")).toBe(true);
    const long = [
      table([header, ["1", "Rà soát", "Sở Nội vụ", `6${"T".repeat(30)} đầu năm`]]),
      "Ghi chú: T: tháng; Q: quý.",
    ];
    expect(dues(long.join("\n"))).toEqual([["1", null]]);
  });
});
