// "Mục I.", "MỤC II:" before a plan's Roman sections: the word names the section, cited as a bare "II." is.
import { describe, expect, it } from "vitest";
import { markerOf } from "../../src/plan/numbering.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("a Roman section named by the word Mục", () => {
  it("is a Roman section, whatever its case and stop", () => {
    expect(markerOf("Mục IV. KINH PHÍ", 3)).toEqual({ kind: "roman", ref: "IV", value: 4, rest: "KINH PHÍ" });
    expect(markerOf("MỤC II: TRÁCH NHIỆM", null)).toMatchObject({ kind: "roman", ref: "II" });
    expect(markerOf("Mục V - Khen thưởng", 4)).toMatchObject({ kind: "roman", ref: "V", rest: "Khen thưởng" });
  });

  it("leaves an arabic Mục an article and a sentence opening with the word plain text", () => {
    expect(markerOf("Mục 3. Kinh phí", null)).toMatchObject({ kind: "article", ref: "Mục 3" });
    expect(markerOf("Mục tiêu của kế hoạch là nâng cao chất lượng", null)).toBeNull();
  });

  it("cites the items under it by the numeral, so a later section's items are not an earlier one's", () => {
    const plan = parse(
      [
        "Mục I. MỤC ĐÍCH",
        "1. Nâng cao hiệu quả phối hợp giữa các cơ quan.",
        "Mục II. NHIỆM VỤ",
        "1. Sở Tư pháp rà soát văn bản quy phạm pháp luật, hoàn thành trong tháng 6/2024.",
        "Mục III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Nội vụ tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 10/12/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-06-30", ["Sở Tư pháp"], []],
      ["III.1", "2024-12-09", ["Sở Nội vụ"], []],
    ]);
  });
});
