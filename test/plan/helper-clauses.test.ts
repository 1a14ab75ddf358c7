// Units named with no verb of their own, then a clause saying another unit helps: "A, B; C hướng dẫn".
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a helper's clause after the names of the units that do the work", () => {
  it("ends the subject at its semicolon and names the helper a partner, in a label or a sentence", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Thí điểm mô hình tiếp nhận hồ sơ tại nhà.",
        "- Đơn vị thực hiện: Sở Y tế, Sở Tư pháp; Sở Nội vụ hướng dẫn, kiểm tra.",
        "- Thời gian: Quý III/2024.",
        "2. Rà soát quy trình nội bộ.",
        "- Đơn vị thực hiện: Công an tỉnh; Sở Tư pháp phối hợp.",
        "- Thời gian: Tháng 10/2024.",
        "3. Sở Y tế, Công an tỉnh; Sở Nội vụ hỗ trợ: tập huấn nghiệp vụ trong tháng 11/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-09-30", ["Sở Y tế", "Sở Tư pháp"], ["Sở Nội vụ"]],
      ["II.2", "2024-10-31", ["Công an tỉnh"], ["Sở Tư pháp"]],
      ["II.3", "2024-11-30", ["Sở Y tế", "Công an tỉnh"], ["Sở Nội vụ"]],
    ]);
  });

  it("reads 'phối hợp:' after a semicolon as the label of the partners, never a helper's clause", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời hạn"].join("\t"),
        ["1", "Số hóa sổ hộ tịch", "Chủ trì: Sở Tư pháp; phối hợp: Công an tỉnh", "Tháng 5/2024"].join("\t"),
        ["2", "Khám sức khỏe học sinh", "Chủ trì: Sở Y tế; phối hợp: Sở Nội vụ, Công an tỉnh", "Quý III/2024"].join(
          "\t",
        ),
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-05-31", ["Sở Tư pháp"], ["Công an tỉnh"]],
      ["2", "2024-09-30", ["Sở Y tế"], ["Sở Nội vụ", "Công an tỉnh"]],
    ]);
  });
});
