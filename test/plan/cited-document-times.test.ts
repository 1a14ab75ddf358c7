// A time cell citing another document by its number and day ("Theo lộ trình tại Quyết định số …/QĐ-UBND ngày …") names
// when that document was issued: the day is no deadline. A row whose only time is such a citation is undated; one with
// a time of its own beside the citation is due at that time.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { withoutCitedDays } from "../../src/domain/cited-documents.ts";
import { parse, table, tasks } from "../support/text-plans.ts";

const header = ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];

describe("a cited document's day in a time cell", () => {
  it("dates no row whose time only cites another document", () => {
    const grid = [
      header,
      [
        "1",
        "Chuyển đổi số hồ sơ đất đai",
        "Sở Tài chính",
        "Sở Nội vụ",
        "Theo lộ trình tại Đề án số 07/ĐA-UBND ngày 04/02/2030",
      ],
      [
        "2",
        "Cắt giảm thời gian giải quyết hồ sơ",
        "Sở Tư pháp",
        "",
        "Theo thời hạn quy định tại Nghị định số 88/2029/NĐ-CP ngày 11/11/2029",
      ],
      [
        "3",
        "Thu phí qua nền tảng thanh toán",
        "Sở Tài chính",
        "Sở Tư pháp",
        "Thực hiện theo Công văn 215/STC-NS ngày 20 tháng 01 năm 2030",
      ],
    ];
    expect(tasks(parse(table(grid), { issued: "2030-03-02" }))).toEqual([
      ["1", null, ["Sở Tài chính"], ["Sở Nội vụ"]],
      ["2", null, ["Sở Tư pháp"], []],
      ["3", null, ["Sở Tài chính"], ["Sở Tư pháp"]],
    ]);
  });

  it("dates a row by its own time, the citation beside it only saying why", () => {
    const grid = [
      header,
      [
        "1",
        "Sửa đổi quy chế phối hợp",
        "Sở Nội vụ",
        "Sở Tư pháp",
        "Quý III/2030 (theo Nghị định số 41/2030/NĐ-CP ngày 15/01/2030)",
      ],
      [
        "2",
        "Kiểm tra công vụ tại các xã",
        "Sở Nội vụ",
        "",
        "Tháng 10/2030 (thay cho thời gian tại Kế hoạch số 19/KH-UBND ngày 27/02/2030)",
      ],
      [
        "3",
        "Tổng hợp báo cáo năm",
        "Sở Tư pháp",
        "",
        "Theo Thông tư số 05/2029/TT-BNV ngày 02/8/2029; gửi trước ngày 05/12/2030",
      ],
    ];
    expect(tasks(parse(table(grid), { issued: "2030-03-02" }))).toEqual([
      ["1", "2030-09-30", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["2", "2030-10-31", ["Sở Nội vụ"], []],
      ["3", "2030-12-04", ["Sở Tư pháp"], []],
    ]);
  });

  it("keeps a day that is no document's", () => {
    const read = parseDeadline("Báo cáo trước ngày 15/9/2030");
    expect(read.ok && read.deadline.due).toBe("2030-09-14");
    expect(withoutCitedDays("Tổ chức hội nghị ngày 20/5/2030")).toBe("Tổ chức hội nghị ngày 20/5/2030");
  });

  it("reads 100 KB of citations in bounds", () => {
    const start = performance.now();
    const cited = "theo Kế hoạch số 12/KH-UBND ngày 03/01/2030, ".repeat(2_400);
    expect(cited.length).toBeGreaterThan(100_000);
    const read = parseDeadline(`${cited}hoàn thành trước ngày 30/11/2030`);
    expect(read.ok && read.deadline.due).toBe("2030-11-29");
    expect(parseDeadline(`Theo ${"số ".repeat(40_000)}ngày 03/01/2030`).ok).toBe(false);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
