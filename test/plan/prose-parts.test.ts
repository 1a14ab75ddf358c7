// Plans in lettered parts ("A. MỤC ĐÍCH, YÊU CẦU", "B. NHIỆM VỤ", "C. TỔ CHỨC THỰC HIỆN") above their numbered
// headings.
import { describe, expect, it } from "vitest";
import type { ParsedPlan } from "../../src/plan/parsed-plan.ts";
import { markerOf } from "../../src/plan/numbering.ts";
import { names, parse as parsePlanText } from "../support/text-plans.ts";

const parse = (body: string) => parsePlanText(body, { issued: "2025-02-10" });
const tasks = (plan: ParsedPlan) =>
  plan.tasks.filter((t) => t.kind === "task").map((t) => [t.ref, t.deadline?.due ?? null, names(t.lead)]);

describe("a plan in lettered parts", () => {
  it("reads a capital letter as a part only in its turn, so an initial is none", () => {
    expect(markerOf("A. MỤC ĐÍCH", null)).toMatchObject({ kind: "part", ref: "A" });
    expect(markerOf("C. Tổ chức thực hiện", null, "B")).toMatchObject({ kind: "part", ref: "C" });
    expect(markerOf("H. Thanh, chuyên viên", null, "B")).toBeNull();
  });

  it("puts the letter in the refs when each part numbers its headings anew", () => {
    const plan = parse(
      [
        "A. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "Hoàn thành các chỉ tiêu trước ngày 30/6/2025.",
        "B. NHIỆM VỤ",
        "1. Cải cách thủ tục hành chính",
        "1.1. Sở Tư pháp rà soát các quy định về chứng thực, hoàn thành trước ngày 15/4/2025.",
        "2. Chuyển đổi số",
        "2.1. Sở Y tế triển khai bệnh án điện tử trong tháng 9/2025.",
        "C. TỔ CHỨC THỰC HIỆN",
        "1. Sở Nội vụ",
        "- Tổng hợp, báo cáo UBND tỉnh kết quả 6 tháng đầu năm trước ngày 20/6/2025.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["B.1.1", "2025-04-14", ["Sở Tư pháp"]],
      ["B.2.1", "2025-09-30", ["Sở Y tế"]],
      // "1. Sở Nội vụ" over its one dash: the unit's one task, cited by the heading (sole-paragraph.ts).
      ["C.1", "2025-06-19", ["Sở Nội vụ"]],
    ]);
  });

  it("leaves the letter out of the refs when only one part is numbered, and ends a part's numbering at the next", () => {
    const plan = parse(
      [
        "A. MỤC ĐÍCH, YÊU CẦU",
        "Phấn đấu đến ngày 30/6/2025 hoàn thành các chỉ tiêu.",
        "B. NHIỆM VỤ",
        "1. Sở Tư pháp rà soát các quy định về chứng thực, hoàn thành trước ngày 15/4/2025.",
        "2. Sở Tài chính phối hợp với Sở Nội vụ rà soát đơn vị sự nghiệp công lập; thực hiện thường xuyên.",
        "C. TỔ CHỨC THỰC HIỆN",
        "- Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 20/6/2025.",
        "- Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2025-04-14", ["Sở Tư pháp"]],
      ["C.1", "2025-06-19", ["Sở Nội vụ"]],
    ]);
  });
});
