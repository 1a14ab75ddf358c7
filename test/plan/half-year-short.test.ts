// A table short of room writes a half of the year with its months shortened, "6T đầu năm", "06T cuối năm 2029", as it
// writes a month "T7": the half's last day, in the plan's year when the cell names none.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { parse, tasks } from "../support/text-plans.ts";

const table = (rows: string[][]) => rows.map((cells) => cells.join("\t")).join("\n");
const header = ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"];

describe("a half year shortened to 6T", () => {
  it("dates a row at the half's last day, in the plan's year", () => {
    const grid = [
      header,
      ["1", "Tập huấn nghiệp vụ văn thư lưu trữ", "Sở Nội vụ", "6T đầu năm"],
      ["2", "Rà soát quy trình nội bộ giải quyết thủ tục", "Sở Tư pháp", "06T cuối năm"],
      ["3", "Đánh giá mức độ hài lòng của doanh nghiệp", "Sở Tài chính", "6T cuối năm 2030"],
      ["4", "Tổ chức hội nghị sơ kết", "Sở Nội vụ", "Cả năm"],
    ];
    expect(tasks(parse(table(grid), { issued: "2029-02-10" }))).toEqual([
      ["1", "2029-06-30", ["Sở Nội vụ"], []],
      ["2", "2029-12-31", ["Sở Tư pháp"], []],
      ["3", "2030-12-31", ["Sở Tài chính"], []],
      ["4", "2029-12-31", ["Sở Nội vụ"], []],
    ]);
  });

  it("is no half without its words of the year, nor a count of other months", () => {
    expect(parseDeadline("6T").ok).toBe(false);
    expect(parseDeadline("3T đầu năm 2029").ok).toBe(false);
    expect(parseDeadline("6TB đầu năm 2029").ok).toBe(false);
  });

  it("reads a long table of such cells in linear time", () => {
    const grid = [header];
    for (let i = 1; i <= 1500; i++) grid.push([String(i), `Rà soát hồ sơ đợt ${i}`, "Sở Nội vụ", "6T đầu năm"]);
    const started = performance.now();
    const read = tasks(parse(table(grid), { issued: "2029-02-10" }));
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(read).toHaveLength(1500);
    expect(read.every((task) => task[1] === "2029-06-30")).toBe(true);
    const long = `6${" ".repeat(50_000)}t`;
    const at = performance.now();
    expect(parseDeadline(long).ok).toBe(false);
    expect(performance.now() - at).toBeLessThan(1000);
  });
});
