// A table nested in a task's cell listing the task's parts, each numbered in its first cell ("a)", "7.1"), with
// columns of its own: each part is a task of the row, the row only groups them. A text copy (and the Word reader)
// writes the parts after the row, each opening with the empty cell they stand in.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a task's parts in a table nested in its cell", () => {
  it("reads each numbered part as a task of the row, by its own time and unit", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ CỤ THỂ",
        "STT\tNhiệm vụ\tĐơn vị chủ trì\tThời hạn\tĐơn vị phối hợp",
        "1\tBan hành kế hoạch chi tiết\tSở Y tế\t10/02/2024\tSở Tư pháp",
        "2\tTriển khai bệnh án điện tử, gồm:\tSở Y tế\ttheo thời hạn từng nội dung\tSở Tư pháp",
        "\ta)\tĐánh giá mức độ ứng dụng công nghệ thông tin\t28/02/2024",
        "\tb)\tDuy trì dữ liệu khám bệnh\tHằng ngày",
        "3\tKết nối, liên thông dữ liệu:\tTheo phân công tại bảng\t\tSở Y tế",
        "\t3.1\tCông an tỉnh\tXác thực thông tin công dân khi đăng ký khám bệnh\tQuý II/2024",
        "4\tTổng kết năm 2024\tSở Y tế\t15/12/2024\t",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-02-10", ["Sở Y tế"], ["Sở Tư pháp"]],
      ["2.a", "2024-02-28", ["Sở Y tế"], ["Sở Tư pháp"]],
      ["2.b", null, ["Sở Y tế"], ["Sở Tư pháp"]],
      ["3.1", "2024-06-30", ["Công an tỉnh"], ["Sở Y tế"]],
      ["4", "2024-12-15", ["Sở Y tế"], []],
    ]);
  });
});
