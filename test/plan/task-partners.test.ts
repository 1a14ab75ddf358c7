// A table with a column of doers and none of partners: the task's own words may name the partners.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

describe("partners named in a task's own words", () => {
  it("are read from a bracket, a closing clause or an opening 'Chủ trì, phối hợp với'", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        table([
          ["STT", "Công việc", "Đơn vị thực hiện", "Thời hạn"],
          ["1", "Kiểm kê tài sản công (phối hợp với Sở Tài chính)", "Sở Y tế", "Tháng 5/2024"],
          ["2", "Rà soát hồ sơ đất đai, phối hợp với Sở Tư pháp", "Sở Xây dựng", "Tháng 6/2024"],
          ["3", "Chủ trì, phối hợp với Công an tỉnh kiểm tra phương tiện", "Sở Giao thông vận tải", "Tháng 7/2024"],
          ["4", "Tổng hợp báo cáo, gửi Sở Nội vụ", "Sở Công Thương", "Tháng 8/2024"],
        ]),
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-05-31", ["Sở Y tế"], ["Sở Tài chính"]],
      ["2", "2024-06-30", ["Sở Xây dựng"], ["Sở Tư pháp"]],
      ["3", "2024-07-31", ["Sở Giao thông vận tải"], ["Công an tỉnh"]],
      ["4", "2024-08-31", ["Sở Công Thương"], []],
    ]);
  });
});

describe("partners listed under their label in a task's cell", () => {
  it("are each a partner, the label's brackets no part of whom the row's doer is", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        table([
          ["STT", "Công việc", "Đơn vị thực hiện", "Thời hạn"],
          ["1", "Kiểm kê tài sản công\n(Phối hợp: Sở Tài chính; Sở Tư pháp)", "Sở Y tế", "Tháng 5/2024"],
          ["2", "Rà soát hồ sơ đất đai (Đơn vị phối hợp: Công an tỉnh)", "Sở Xây dựng", "Tháng 6/2024"],
        ]),
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-05-31", ["Sở Y tế"], ["Sở Tài chính", "Sở Tư pháp"]],
      ["2", "2024-06-30", ["Sở Xây dựng"], ["Công an tỉnh"]],
    ]);
  });

  it("are read from a table of twenty thousand such rows", () => {
    const n = 20_000;
    const rows = Array.from({ length: n }, (_, i) => [
      `${i + 1}`,
      `Kiểm kê tài sản đợt ${i + 1} (Phối hợp: Sở Tài chính; Sở Tư pháp)`,
      "Sở Y tế",
      "Tháng 5/2024",
    ]);
    const plan = parse(
      ["II. NHIỆM VỤ", table([["STT", "Công việc", "Đơn vị thực hiện", "Thời hạn"], ...rows])].join("\n"),
    );
    const read = tasks(plan);
    expect(read).toHaveLength(n);
    expect(read[n - 1]).toEqual([`${n}`, "2024-05-31", ["Sở Y tế"], ["Sở Tài chính", "Sở Tư pháp"]]);
  });
});
