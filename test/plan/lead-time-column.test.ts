// One column naming who leads and by when ("Đơn vị chủ trì – thời hạn"): each cell the unit, a dash, the time.
import { describe, expect, it } from "vitest";
import { leadAndTime } from "../../src/plan/lead-time-column.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("a column of the lead and its time", () => {
  it("reads the unit as the lead and what follows the dash as the deadline", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ CỤ THỂ",
        "STT\tNhiệm vụ\tĐơn vị chủ trì – thời hạn\tĐơn vị phối hợp",
        "1\tBan hành kế hoạch chi tiết\tSở Y tế – 10/02/2024\tSở Tư pháp",
        "2\tRà soát hạ tầng công nghệ\tSở Tư pháp – trước 31/3/2024\tSở Y tế",
        "3\tCập nhật hồ sơ sức khỏe\tSở Y tế – thường xuyên\tCông an tỉnh",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-02-10", ["Sở Y tế"], ["Sở Tư pháp"]],
      ["2", "2024-03-30", ["Sở Tư pháp"], ["Sở Y tế"]],
      ["3", null, ["Sở Y tế"], ["Công an tỉnh"]],
    ]);
  });

  it("keeps a dash inside a unit's name, and a cell of a time alone", () => {
    expect(leadAndTime("Đài Phát thanh - Truyền hình tỉnh")).toEqual({
      lead: "Đài Phát thanh - Truyền hình tỉnh",
      time: "",
    });
    expect(leadAndTime("Đài Phát thanh - Truyền hình tỉnh – Quý II/2024")).toEqual({
      lead: "Đài Phát thanh - Truyền hình tỉnh",
      time: "Quý II/2024",
    });
    expect(leadAndTime("Tháng 6/2024")).toEqual({ lead: "", time: "Tháng 6/2024" });
  });
});
