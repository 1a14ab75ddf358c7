// A table of stages whose rows name no doer: each row's task cell lists the stage's work as dashes, each dash opening
// with the unit that does it. Every dash is a task of the row, led by its own unit and due with the stage unless it
// says its own day; a dash whose work recurs has no day. In a text copy the stage cell and the task cell both break
// over lines.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { parse, tasks } from "../support/text-plans.ts";

const HEADER = "TT\tĐợt, thời gian\tNội dung công việc\tSản phẩm";
const options = { directory: THAI_NGUYEN_2025, issued: "2026-03-02" };

describe("a stage row whose task cell lists dashes each led by its unit", () => {
  const expected = [
    ["1.1", "2026-04-14", ["Sở Tư pháp"], ["Sở Nội vụ"]],
    ["1.2", "2026-04-30", ["Sở Y tế"], []],
    ["1.3", null, ["Sở Tài chính"], []],
    // One dash is the row's own task, its unit the dash's.
    ["2", "2026-09-30", ["Sở Xây dựng"], []],
  ];

  it("makes each dash a task of the row (text copy with both cells broken over lines)", () => {
    const plan = parse(
      [
        HEADER,
        "1\tĐợt 1",
        "(từ ngày 16/3/2026 đến ngày 30/4/2026)\t- Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ lập danh mục văn bản; xong trước ngày 15/4/2026.",
        "- Sở Y tế tổng hợp số liệu các cơ sở khám bệnh.",
        "- Sở Tài chính theo dõi việc chi hằng tháng.\tDanh mục, số liệu",
        "2\tĐợt 2 (quý III/2026)\t- Sở Xây dựng kiểm tra các công trình.\tBáo cáo",
      ].join("\n"),
      options,
    );
    expect(tasks(plan)).toEqual(expected);
    expect(plan.tasks.find((t) => t.ref === "1")?.kind).toBe("heading");
    expect(plan.tasks.find((t) => t.ref === "1.2")?.deadline?.inheritedFrom).toBe("1");
  });

  it("reads the same when each row is one line, as a Word table's cells read", () => {
    const plan = parse(
      [
        HEADER,
        "1\tĐợt 1 (từ ngày 16/3/2026 đến ngày 30/4/2026)\t- Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ lập danh mục " +
          "văn bản; xong trước ngày 15/4/2026. - Sở Y tế tổng hợp số liệu các cơ sở khám bệnh. - Sở Tài chính theo " +
          "dõi việc chi hằng tháng.\tDanh mục, số liệu",
        "2\tĐợt 2 (quý III/2026)\t- Sở Xây dựng kiểm tra các công trình.\tBáo cáo",
      ].join("\n"),
      options,
    );
    expect(tasks(plan)).toEqual(expected);
  });

  it("keeps dashes that name no doer the row's one task", () => {
    const plan = parse(
      [
        "TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian",
        "1\t- Lập danh mục văn bản. - Tổng hợp số liệu.\tSở Tư pháp\tTháng 5/2026",
      ].join("\n"),
      options,
    );
    expect(tasks(plan)).toEqual([["1", "2026-05-31", ["Sở Tư pháp"], []]]);
  });
});
