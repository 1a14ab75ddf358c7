// A table of one row per unit whose duties are set out by phase, a column each ("Trước Tết | Trong dịp Tết | Sau
// Tết"): no column says the task, its time or its partners. Each dated line of a phase's cell is a task the row's
// unit leads, cited by the section, the row's number and the line's letter; undated, recurring and done lines none.
import { describe, expect, it } from "vitest";
import { parse, tasks, unresolvedNames } from "../support/text-plans.ts";

const HEADER = "STT\tĐơn vị\tTrước Tết Nguyên đán\tTrong dịp Tết\tSau Tết";
const ROWS = [
  "1\tSở Y tế\ta) Kiểm tra an toàn thực phẩm tại các chợ đầu mối; xong trước ngày 20/01/2027. " +
    "b) Bố trí kíp trực cấp cứu (thực hiện hằng năm). c) Tổng kết đợt kiểm tra năm trước (đã thực hiện tháng 3/2026).\t" +
    "- Trực cấp cứu 24/24 giờ.\t- Báo cáo số ca cấp cứu.",
  "2\tBan Quản lý chợ tỉnh\ta) Chủ trì, phối hợp với Công an tỉnh sắp xếp điểm bán hàng Tết; trong tháng 01/2027.\t" +
    "- Giữ trật tự tại chợ.\t- Dọn vệ sinh chậm nhất 03 ngày sau Tết.",
];
const expected = [
  ["II.1.a", "2027-01-19", ["Sở Y tế"], []],
  ["II.2.a", "2027-01-31", ["?Ban Quản lý chợ tỉnh"], ["Công an tỉnh"]],
];

describe("a table of units by phases", () => {
  it("makes each dated line of a phase's cell a task of the row's unit", () => {
    const plan = parse(["II. NHIỆM VỤ CỦA CÁC ĐƠN VỊ", HEADER, "(1)\t(2)\t(3)\t(4)\t(5)", ...ROWS].join("\n"), {
      issued: "2026-11-10",
    });
    expect(tasks(plan)).toEqual(expected);
    expect(unresolvedNames(plan)).toContain("Ban Quản lý chợ tỉnh");
  });

  it("reads the same from a text copy whose header title and cells break over lines", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ CỦA CÁC ĐƠN VỊ",
        "STT\tĐơn vị\tTrước Tết",
        "(chuẩn bị)\tTrong dịp Tết\tSau Tết",
        "(1)\t(2)\t(3)\t(4)\t(5)",
        "1\tSở Y tế\ta) Kiểm tra an toàn thực phẩm tại các chợ đầu mối; xong trước ngày 20/01/2027.",
        "b) Bố trí kíp trực cấp cứu (thực hiện hằng năm).\t- Trực cấp cứu 24/24 giờ.",
        "- Tiếp nhận người bệnh.\t- Báo cáo số ca cấp cứu.",
        ROWS[1]!,
      ].join("\n"),
      { issued: "2026-11-10" },
    );
    expect(tasks(plan)).toEqual(expected);
  });
});
