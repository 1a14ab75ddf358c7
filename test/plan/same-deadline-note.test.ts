// A note beside a task giving no date of its own but another task's: "cùng thời hạn với nhiệm vụ n", "theo thời hạn
// tại điểm n Mục X". The task is due when the named one is, as that one was read.
import { describe, expect, it } from "vitest";
import { sameDeadlineAs } from "../../src/plan/same-deadline.ts";
import { parse, table, tasks } from "../support/text-plans.ts";
import { sameDeadlineRows } from "../support/large-inputs.ts";

const HEADER = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả", "Ghi chú"];

describe("a note naming the task whose deadline it shares", () => {
  it("names a row by its number, or an item of the body by its point and Mục", () => {
    expect(sameDeadlineAs("Cùng thời hạn với nhiệm vụ 3")).toBe("3");
    expect(sameDeadlineAs("Theo thời hạn tại điểm 1 Mục V")).toBe("V.1");
    expect(sameDeadlineAs("Thực hiện song song với nhiệm vụ 2")).toBeNull();
    expect(sameDeadlineAs("Hoàn thành trong tháng 5/2025")).toBeNull();
  });

  it("takes the named row's deadline, not the row above's, nor a date in the result's cell", () => {
    const plan = parse(
      table([
        HEADER,
        [
          "1",
          "Khảo sát nhu cầu đào tạo nghề của lao động nông thôn",
          "Sở Nội vụ",
          "Sở Tài chính",
          "Báo cáo",
          "Trước 15/5/2025",
        ],
        ["2", "Xây dựng danh mục nghề đào tạo năm 2025", "Sở Nội vụ", "Sở Y tế", "Danh mục", "Trong Quý III/2025"],
        [
          "3",
          "Cập nhật số liệu lao động trên phần mềm",
          "Sở Nội vụ",
          "Sở Tư pháp",
          "Số liệu đến 30/6/2025",
          "Cùng thời hạn với nhiệm vụ 2",
        ],
        ["4", "Đề xuất cơ chế hỗ trợ học phí", "Sở Tài chính", "Sở Nội vụ", "Tờ trình", "Cùng thời hạn với nhiệm vụ 1"],
      ]),
      { issued: "2025-03-10" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2025-05-14", ["Sở Nội vụ"], ["Sở Tài chính"]],
      ["2", "2025-09-30", ["Sở Nội vụ"], ["Sở Y tế"]],
      ["3", "2025-09-30", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["4", "2025-05-14", ["Sở Tài chính"], ["Sở Nội vụ"]],
    ]);
  });

  it("takes the deadline of an item of the body read after the table; a named task with none gives none", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        table([
          HEADER,
          ["1", "Thống kê diện tích rừng trồng mới", "Sở Tài chính", "Sở Nội vụ", "Báo cáo", "Thực hiện thường xuyên"],
          [
            "2",
            "Tổng kết mô hình trồng rừng gỗ lớn",
            "Sở Tư pháp",
            "Sở Y tế",
            "Báo cáo",
            "Theo thời hạn tại điểm 1 Mục III",
          ],
          ["3", "Kiểm tra chất lượng cây giống", "Sở Y tế", "Sở Nội vụ", "Biên bản", "Cùng thời hạn với nhiệm vụ 1"],
        ]),
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Tư pháp tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 20/11/2025.",
      ].join("\n"),
      { issued: "2025-03-10" },
    );
    expect(tasks(plan)).toEqual([
      ["1", null, ["Sở Tài chính"], ["Sở Nội vụ"]],
      ["2", "2025-11-19", ["Sở Tư pháp"], ["Sở Y tế"]],
      ["3", null, ["Sở Y tế"], ["Sở Nội vụ"]],
      ["III.1", "2025-11-19", ["Sở Tư pháp"], []],
    ]);
  });

  it("reads thousands of rows", () => {
    const plan = parse(sameDeadlineRows(3000), { issued: "2025-03-10" });
    expect(tasks(plan)).toHaveLength(3000);
    expect(tasks(plan).at(-1)![1]).toBe("2025-05-14");
  });
});
