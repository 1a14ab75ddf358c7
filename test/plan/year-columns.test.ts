// A time column split into one column per year under its title: each cell's month, quarter or day is in its column's
// year, and a row written under two years is due at the later one's time.
import { describe, expect, it } from "vitest";
import { yearTime } from "../../src/plan/year-columns.ts";
import { parse, table, tasks } from "../support/text-plans.ts";

const header = [
  ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn", ""],
  ["", "", "", "Năm 2030", "Năm 2031"],
];

describe("time columns one per year", () => {
  it("put each cell in its column's year", () => {
    const grid = [
      ...header,
      ["1", "Lập đề án sắp xếp trường học", "Sở Giáo dục và Đào tạo", "Quý III", ""],
      ["2", "Xây dựng kho dữ liệu văn bản", "Sở Nội vụ", "", "Trước 10/4"],
      ["3", "Rà soát thủ tục hành chính", "Sở Tư pháp", "", "Tháng 2"],
    ];
    expect(tasks(parse(table(grid), { issued: "2030-06-01" }))).toEqual([
      ["1", "2030-09-30", ["Sở Giáo dục và Đào tạo"], []],
      ["2", "2031-04-09", ["Sở Nội vụ"], []],
      ["3", "2031-02-28", ["Sở Tư pháp"], []],
    ]);
  });

  it("date a row written under two years by the later one's time, its own year kept", () => {
    const grid = [
      ...header,
      ["1", "Lắp đặt camera giám sát giao thông", "Công an tỉnh", "Khởi công", "Hoàn thành tháng 6"],
      ["2", "Chuyển đổi hệ thống hội nghị truyền hình", "Sở Nội vụ", "Quý IV", "Duy trì vận hành"],
      ["3", "Ban hành quy chế phối hợp", "Sở Tư pháp", "", "15/11/2032"],
    ];
    expect(tasks(parse(table(grid), { issued: "2030-06-01" }))).toEqual([
      ["1", "2031-06-30", ["Công an tỉnh"], []],
      ["2", "2030-12-31", ["Sở Nội vụ"], []],
      ["3", "2032-11-15", ["Sở Tư pháp"], []],
    ]);
  });

  it("leave work going on across the years undated", () => {
    const grid = [
      ...header,
      ["1", "Tuyên truyền cải cách hành chính", "Sở Nội vụ", "Thường xuyên", ""],
      ["2", "Rà soát thủ tục hành chính", "Sở Tư pháp", "", "Tháng 2"],
    ];
    expect(tasks(parse(table(grid), { issued: "2030-06-01" }))).toEqual([
      ["1", null, ["Sở Nội vụ"], []],
      ["2", "2031-02-28", ["Sở Tư pháp"], []],
    ]);
  });

  it("reads long year cells and many rows in bounds", () => {
    const years = new Map([
      [0, 2030],
      [1, 2031],
    ]);
    const start = performance.now();
    expect(yearTime([`${"Quý ".repeat(25_000)}II`, "Tháng ".repeat(20_000)], years)).toMatch(/^Quý/);
    const rows = Array.from({ length: 300 }, (_, k) => [`${k + 1}`, "Rà soát", "Sở Nội vụ", "Khởi công", "Quý II"]);
    expect(tasks(parse(table([...header, ...rows]), { issued: "2030-06-01" }))).toHaveLength(300);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
