// A sign in a table's cell ("(*)", "(**)", "(1)") stands for what the note under the table opening with the same sign
// says: a time cell holding the sign alone is due when its note says, and the note is no task of its own.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const table = (rows: string[][]) => rows.map((cells) => cells.join("\t")).join("\n");

describe("signs in a table's cells and the notes under the table", () => {
  it("date a row whose time cell is a sign by the note with that sign, each sign its own note", () => {
    const plan = parse(
      [
        table([
          ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"],
          ["1", "Xây dựng cơ sở dữ liệu hộ tịch", "Sở Tư pháp", "Công an tỉnh", "(*)"],
          ["2", "Cập nhật dữ liệu quy hoạch", "Sở Xây dựng", "Sở Nội vụ", "Tháng 6/2024"],
          ["3", "Đánh giá chất lượng phục vụ", "Sở Nội vụ", "Sở Tư pháp", "(**)"],
        ]),
        "(*) Hoàn thành cùng đợt nâng cấp phần mềm, chậm nhất ngày 20/9/2024.",
        "(**) Tổ chức đánh giá trong tháng 11/2024.",
        "III. TỔ CHỨC THỰC HIỆN",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-09-20", ["Sở Tư pháp"], ["Công an tỉnh"]],
      ["2", "2024-06-30", ["Sở Xây dựng"], ["Sở Nội vụ"]],
      ["3", "2024-11-30", ["Sở Nội vụ"], ["Sở Tư pháp"]],
    ]);
  });

  it("read numbered signs under a line 'Ghi chú:', and a sign after a date whose note moves it", () => {
    const plan = parse(
      [
        table([
          ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian hoàn thành"],
          ["1", "Tổng hợp báo cáo cải cách hành chính", "Sở Nội vụ", "(1)"],
          ["2", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý III/2024 (2)"],
        ]),
        "Ghi chú:",
        "(1): Gửi báo cáo trước ngày 10/12/2024.",
        "(2) Điều chỉnh thành tháng 10/2024 theo đề nghị của Sở Tư pháp.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-12-09", ["Sở Nội vụ"], []],
      ["2", "2024-10-31", ["Sở Tư pháp"], []],
    ]);
  });

  it("leave a note whose sign no cell carries where it is", () => {
    const plan = parse(
      [
        table([
          ["STT", "Nhiệm vụ", "Chủ trì", "Thời hạn"],
          ["1", "Tập huấn nghiệp vụ", "Sở Nội vụ", "Tháng 5/2024"],
        ]),
        "(*) Số liệu tính đến ngày 31/12/2023.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["1", "2024-05-31", ["Sở Nội vụ"], []]]);
  });

  it("read a table of thousands of signed rows in time", () => {
    const rows = Array.from({ length: 3000 }, (_, k) => [String(k + 1), `Việc số ${k + 1}`, "Sở Nội vụ", "(*)"]);
    const started = performance.now();
    const plan = parse(
      [table([["STT", "Nhiệm vụ", "Chủ trì", "Thời hạn"], ...rows]), "(*) Chậm nhất ngày 15/10/2024."].join("\n"),
    );
    expect(plan.tasks).toHaveLength(3000);
    expect(plan.tasks.every((t) => t.deadline?.due === "2024-10-15")).toBe(true);
    expect(performance.now() - started).toBeLessThan(15000);
  });
});
