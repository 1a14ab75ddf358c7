// One row per unit with repeating "Nhiệm vụ n | Thời hạn n" groups: a note naming a task's partners names them to the
// end of its sentence; what it says after ("Báo cáo kết quả về UBND tỉnh") is no partner.
import { describe, expect, it } from "vitest";
import { LAI_CHAU_2025 } from "../../src/domain/directories/lai-chau.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("a unit's row of task groups, its note", () => {
  it("gives a task the partners its sentence names, and no more", () => {
    const plan = parse(
      [
        "STT\tĐơn vị\tNhiệm vụ 1\tThời hạn 1\tNhiệm vụ 2\tThời hạn 2\tGhi chú",
        "1\tSở Nội vụ\tRà soát thủ tục hành chính nội bộ\t30/4/2026\tTập huấn cán bộ một cửa\t30/6/2026\tNhiệm vụ 2 phối hợp: Sở Tài chính. Báo cáo kết quả về UBND tỉnh",
        "2\tSở Tư pháp\tKiểm tra văn bản quy phạm pháp luật\t29/5/2026\t\t\tPhối hợp: Sở Nội vụ; đôn đốc thường xuyên",
      ].join("\n"),
      { issued: "2026-03-02", directory: LAI_CHAU_2025 },
    );
    expect(tasks(plan)).toEqual([
      ["1.1", "2026-04-30", ["Sở Nội vụ"], []],
      ["1.2", "2026-06-30", ["Sở Nội vụ"], ["Sở Tài chính"]],
      ["2.1", "2026-05-29", ["Sở Tư pháp"], ["Sở Nội vụ"]],
    ]);
  });
});
