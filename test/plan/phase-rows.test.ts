// A task table split by phase rows ("GIAI ĐOẠN 1 (NĂM 2021 - 2023)" with its years in the time column): a row with
// no time of its own is due when its phase ends.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const HEADER = "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện";

describe("phase rows over a task table", () => {
  it("give their last year's end to the rows without a time, as their own year spans do", () => {
    const plan = parse(
      [
        HEADER,
        "A\tGIAI ĐOẠN 1\t\t\t2024 - 2025",
        "1\tRà soát thủ tục\tSở Tư pháp\t\t",
        "2\tKiện toàn tổ chức\tSở Nội vụ\t\t2024 - 2024",
        "3\tSắp xếp đơn vị\tSở Nội vụ\t\tNăm 2024 - 2025",
        "B\tGIAI ĐOẠN 2\t\t\t2026 - 2027",
        "4\tTổng kết\tSở Nội vụ\t\t",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2025-12-31", ["Sở Tư pháp"], []],
      ["2", null, ["Sở Nội vụ"], []],
      ["3", "2025-12-31", ["Sở Nội vụ"], []],
      ["4", "2027-12-31", ["Sở Nội vụ"], []],
    ]);
  });

  it("read in a text copy that writes the title merged over columns once, its years shifted left", () => {
    const plan = parse(
      [HEADER, "A\tGIAI ĐOẠN 1 (NĂM 2024 - 2025)\t2024 - 2025", "1\tRà soát thủ tục\tSở Tư pháp\t\t"].join("\n"),
    );
    expect(tasks(plan)).toEqual([["1", "2025-12-31", ["Sở Tư pháp"], []]]);
  });
});
