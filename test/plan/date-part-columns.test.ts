// A time column split into numbers, "Thời hạn" over "Ngày | Tháng | Năm", as a table pasted from a worksheet writes
// it: the three cells are one date; no day is the month's end; a blank year is the year cell above merged down.
import { describe, expect, it } from "vitest";
import { BAC_KAN } from "../../src/domain/directories/bac-kan.ts";
import type { Block } from "../../src/plan/document.ts";
import { withDatePartColumns } from "../../src/plan/date-part-columns.ts";
import { parse, tasks } from "../support/text-plans.ts";

const options = { directory: BAC_KAN, issued: "2025-01-10" };
const row = (...cells: string[]): Block => ({ type: "row", cells });

describe("a time column split into day, month and year", () => {
  it("reads each row's three numbers as its date, a month alone as its end, a blank year as the one above", () => {
    const plan = parse(
      [
        "TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn",
        "\t\t\t\tNgày\tTháng\tNăm",
        "1\tTổ chức hội thi tìm hiểu pháp luật cho đoàn viên\tSở Tư pháp\tTỉnh đoàn\t12\t5\t2025",
        "2\tRà soát các văn bản quy phạm pháp luật hết hiệu lực\tSở Tư pháp\tSở Nội vụ\t\t7\t",
        "3\tTổng kết công tác phổ biến giáo dục pháp luật\tSở Tư pháp\t\t20\t1\t2026",
        "4\tXây dựng tủ sách pháp luật điện tử\tSở Thông tin và Truyền thông\t\t\t3\t",
      ].join("\n"),
      options,
    );
    expect(tasks(plan)).toEqual([
      ["1", "2025-05-12", ["Sở Tư pháp"], ["Tỉnh đoàn"]],
      ["2", "2025-07-31", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["3", "2026-01-20", ["Sở Tư pháp"], []],
      ["4", "2026-03-31", ["Sở Thông tin và Truyền thông"], []],
    ]);
  });

  it("joins the parts of a Word or PDF table, its header repeated over a page, and keeps words written across them", () => {
    const blocks = withDatePartColumns([
      row("STT", "Nội dung", "Chủ trì", "Thời gian hoàn thành", "", ""),
      row("STT", "Nội dung", "Chủ trì", "Ngày", "Tháng", "Năm"),
      row("1", "Lập kế hoạch kiểm tra", "Sở Xây dựng", "3", "4", "2025"),
      row("STT", "Nội dung", "Chủ trì", "Thời gian hoàn thành", "", ""),
      row("STT", "Nội dung", "Chủ trì", "Ngày", "Tháng", "Năm"),
      row("2", "Theo dõi tiến độ các công trình", "Sở Xây dựng", "Thường xuyên", "", "2025"),
      row("3", "Báo cáo sơ kết", "Sở Xây dựng", "", "6", "2025"),
    ]);
    expect(blocks.map((b) => (b.type === "row" ? b.cells : []))).toEqual([
      ["STT", "Nội dung", "Chủ trì", "Thời gian hoàn thành"],
      ["1", "Lập kế hoạch kiểm tra", "Sở Xây dựng", "3/4/2025"],
      ["STT", "Nội dung", "Chủ trì", "Thời gian hoàn thành"],
      ["2", "Theo dõi tiến độ các công trình", "Sở Xây dựng", "Thường xuyên 2025"],
      ["3", "Báo cáo sơ kết", "Sở Xây dựng", "tháng 6/2025"],
    ]);
  });

  it("leaves day and month columns alone when no time title stands over them", () => {
    const blocks = [row("Họ và tên", "Ngày sinh", "", ""), row("", "Ngày", "Tháng", "Năm"), row("A", "1", "2", "1990")];
    expect(withDatePartColumns(blocks)).toEqual(blocks);
  });

  it("reads a long table of split dates", () => {
    const blocks = [row("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"), row("", "", "", "Ngày", "Tháng", "Năm")];
    for (let k = 1; k <= 20000; k++)
      blocks.push(
        row(
          String(k),
          `Kiểm tra cơ sở số ${k}`,
          "Sở Y tế",
          k % 2 ? "5" : "",
          String((k % 12) + 1),
          k === 1 ? "2025" : "",
        ),
      );
    const read = withDatePartColumns(blocks).map((b) => (b.type === "row" ? b.cells[3] : ""));
    expect(read).toHaveLength(20001);
    expect(read.slice(1, 4)).toEqual(["5/2/2025", "tháng 3/2025", "5/4/2025"]);
    expect(read.at(-1)).toBe("tháng 9/2025");
  });
});
