// Sample report forms attached after a plan's signature: their example rows are no tasks; an appendix of tasks after
// them still is.
import { describe, expect, it } from "vitest";
import type { ParsedPlan } from "../../src/plan/parsed-plan.ts";
import { withoutSampleForms } from "../../src/plan/attached.ts";
import { parse as parsePlanText } from "../support/text-plans.ts";
import { sampleForms } from "../support/large-inputs.ts";

const parse = (body: string) => parsePlanText(body, { issued: "2025-04-01" });
const refs = (plan: ParsedPlan) => plan.tasks.filter((t) => t.kind === "task").map((t) => [t.ref, t.deadline?.due]);

const BODY = [
  "I. NHIỆM VỤ",
  "STT\tNội dung\tĐơn vị chủ trì\tThời gian",
  "1\tRà soát quy trình nội bộ\tSở Tư pháp\tTrước ngày 30/5/2025",
  "2\tBáo cáo kết quả rà soát (Mẫu số 01)\tSở Nội vụ\tTrước ngày 20/6/2025",
  "Nơi nhận:",
  "- Như trên;",
  "- Lưu: VT.\tKT. CHỦ TỊCH",
  "PHÓ CHỦ TỊCH",
  "Nguyễn Văn A",
];

describe("a sample form after the signature", () => {
  it("gives no task from its example rows, whether titled or known by its blank date line", () => {
    const plan = parse(
      [
        ...BODY,
        "Mẫu số 01",
        "BÁO CÁO KẾT QUẢ RÀ SOÁT",
        "STT\tTên quy trình\tĐơn vị thực hiện\tThời hạn",
        "1\tCấp phép khai thác (ví dụ)\tSở Công Thương\tTrước ngày 15/8/2025",
        "TÊN ĐƠN VỊ",
        "…………, ngày … tháng … năm 2025",
        "DANH SÁCH ĐỀ XUẤT",
        "STT\tNội dung\tĐơn vị đề xuất\tThời hạn",
        "1\tSửa quy chế (ví dụ)\tSở Y tế\tTrước ngày 30/9/2025",
      ].join("\n"),
    );
    expect(refs(plan)).toEqual([
      ["1", "2025-05-29"],
      ["2", "2025-06-19"],
    ]);
  });

  it("leaves an appendix of tasks after the form read", () => {
    const plan = parse(
      [
        ...BODY,
        "Biểu mẫu 01",
        "STT\tNội dung\tĐơn vị thực hiện\tThời hạn",
        "1\tVí dụ\tSở Công Thương\tTrước ngày 15/8/2025",
        "PHỤ LỤC",
        "DANH MỤC NHIỆM VỤ BỔ SUNG",
        "STT\tNội dung\tĐơn vị chủ trì\tThời gian",
        "1\tSố hóa hồ sơ\tSở Xây dựng\tTrước ngày 31/10/2025",
      ].join("\n"),
    );
    expect(refs(plan).map(([, due]) => due)).toEqual(["2025-05-29", "2025-06-19", "2025-10-30"]);
  });

  it("drops the rows of 20,000 forms", () => {
    expect(withoutSampleForms(sampleForms(20_000))).toHaveLength(60_001);
  });
});
