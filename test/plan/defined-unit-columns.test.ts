// A checklist matrix: unit columns headed by short forms the plan spells out above it, marked ● (leads)
// and ○ (helps), and a column of other units tagged with their role.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

describe("unit columns headed by the plan's own short forms, marked with dots", () => {
  it("read each short form as the plan defines it, the filled dot as the lead, the tags of other units", () => {
    const plan = parse(
      [
        "Ký hiệu: ● chủ trì; ○ phối hợp.",
        "Chữ viết tắt: SYT - Sở Y tế; CA - Công an tỉnh; TP - Sở Tư pháp.",
        table([
          ["STT", "Nhiệm vụ", "SYT", "CA", "TP", "Đơn vị khác", "Thời hạn"],
          ["1", "Kiểm tra an toàn thực phẩm dịp Tết", "●", "○", "", "", "Tháng 1/2024"],
          ["2", "Tuyên truyền pháp luật về hộ tịch", "", "", "●", "Sở Nội vụ (PH)", "Quý II/2024"],
          ["3", "Diễn tập phòng cháy tại bệnh viện", "○", "", "", "Sở Nội vụ (CT)", "Tháng 9/2024"],
        ]),
      ].join("\n"),
      { issued: "2024-01-05" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-01-31", ["Sở Y tế"], ["Công an tỉnh"]],
      ["2", "2024-06-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["3", "2024-09-30", ["Sở Nội vụ"], ["Sở Y tế"]],
    ]);
  });
});
