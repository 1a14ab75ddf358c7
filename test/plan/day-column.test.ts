// A column titled "Ngày" alone holds the day a row is due only on a sheet a month names (`month-tabs.ts`), and never
// beside a column that already says when ("Thời hạn"): there it is the day of the document the row carries out.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const row = (cells: string[]) => cells.join("\t");

describe("a column titled only 'Ngày'", () => {
  it("is the day of the document quoted, not the deadline, beside a 'Thời hạn' column", () => {
    const plan = parse(
      [
        row(["STT", "Văn bản", "Ngày", "Nội dung triển khai", "Cơ quan chủ trì", "Thời hạn"]),
        row([
          "1",
          "Nghị quyết số 57-NQ/TW",
          "22/12/2024",
          "Xây dựng cơ sở dữ liệu khoa học",
          "Sở Tư pháp",
          "Quý II/2026",
        ]),
      ].join("\n"),
      { issued: "2026-03-02" },
    );
    expect(tasks(plan)).toEqual([["1", "2026-06-30", ["Sở Tư pháp"], []]]);
  });

  it("still dates the rows of a sheet a month names", () => {
    const plan = parse(
      [
        "Tháng 3",
        row(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Ngày"]),
        row(["1", "Rà soát hồ sơ quản lý", "Sở Tư pháp", "12"]),
      ].join("\n"),
      { issued: "2026-02-05" },
    );
    expect(tasks(plan)).toEqual([["1", "2026-03-12", ["Sở Tư pháp"], []]]);
  });
});
