// A row given to several units whose time cell gives each of them its own day, a line each.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const table = (rows: string[][]) => rows.map((cells) => cells.join("\t")).join("\n");
const HEADER = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"];

describe("a time cell giving each lead its own day", () => {
  it("makes a task for each lead under the row, due by its line, with the row's partners", () => {
    const plan = parse(
      table([
        HEADER,
        [
          "1",
          "Kiểm kê, đánh giá lại tài sản công tại đơn vị",
          "Sở Y tế; Sở Giáo dục và Đào tạo",
          "Sở Tài chính",
          "- Sở Y tế: trước 10/4/2024; - Sở Giáo dục và Đào tạo: chậm nhất ngày 26/4/2024",
        ],
        ["2", "Tổng hợp kết quả kiểm kê toàn tỉnh", "Sở Tài chính", "", "Tháng 5/2024"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1.1", "2024-04-09", ["Sở Y tế"], ["Sở Tài chính"]],
      ["1.2", "2024-04-26", ["Sở Giáo dục và Đào tạo"], ["Sở Tài chính"]],
      ["2", "2024-05-31", ["Sở Tài chính"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "1")?.kind).toBe("heading");
  });

  it("gives a group of units its own day, a partner the group takes in helping the other", () => {
    const plan = parse(
      table([
        HEADER,
        [
          "1",
          "Cập nhật danh mục thủ tục hành chính",
          "Các sở, ban, ngành; UBND các huyện, thành phố",
          "Sở Tư pháp",
          "- Các sở, ban, ngành: trước 15/5/2024;\n- UBND các huyện, thành phố: trước 31/5/2024",
        ],
      ]),
    );
    const read = tasks(plan);
    expect(read.map(([ref, due]) => [ref, due])).toEqual([
      ["1.1", "2024-05-14"],
      ["1.2", "2024-05-30"],
    ]);
    expect(read[0]![2]).toContain("Sở Y tế");
    expect(read[0]![2]).not.toContain("UBND huyện Đại Từ");
    expect(read[1]![2]).toContain("UBND huyện Đại Từ");
    expect(read[1]![3]).toEqual(["Sở Tư pháp"]);
  });

  it("keeps one task when a line dates a partner's share, not a lead's", () => {
    const plan = parse(
      table([
        HEADER,
        [
          "1",
          "Xây dựng dự toán kinh phí chuyển đổi số",
          "Sở Y tế",
          "Sở Tài chính",
          "- Sở Tài chính: trước 5/4/2024; - Sở Y tế: trước 20/4/2024",
        ],
      ]),
    );
    expect(tasks(plan).map(([ref, , lead]) => [ref, lead])).toEqual([["1", ["Sở Y tế"]]]);
  });

  it("reads a table of 20,000 lines, each row's cell on two", () => {
    const rows = Array.from({ length: 10_000 }, (_, k) => [
      String(k + 1),
      `Rà soát hồ sơ đợt ${k + 1}`,
      "Sở Y tế; Sở Nội vụ",
      "Sở Tư pháp",
      `- Sở Y tế: trước ${(k % 27) + 2}/6/2024;\n- Sở Nội vụ: trước ${(k % 27) + 2}/7/2024`,
    ]);
    const read = tasks(parse(table([HEADER, ...rows])));
    expect(read).toHaveLength(20_000);
    expect(read.at(-1)).toEqual(["10000.2", "2024-07-10", ["Sở Nội vụ"], ["Sở Tư pháp"]]);
  }, 180_000);
});
