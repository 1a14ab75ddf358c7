// A Word file saved as text: its footnotes written after the signature ("[2] …"), each mark where it stood, set apart
// by a space ("Theo hướng dẫn của Bộ [2]"). The note dates the cell carrying its mark and is no paragraph of the plan.
import { describe, expect, it } from "vitest";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { tasks } from "../support/text-plans.ts";

const plan = [
  "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
  "Số: 12/KH-UBND",
  "Thái Nguyên, ngày 10 tháng 3 năm 2025",
  "KẾ HOẠCH",
  "Phòng, chống thiên tai năm 2025",
  "II. NHIỆM VỤ",
  ["TT", "Nội dung", "Chủ trì", "Thời hạn"].join("\t"),
  ["1", "Kiểm tra an toàn hồ đập", "Sở Nông nghiệp và PTNT", "30/4/2025"].join("\t"),
  ["2", "Cập nhật bản đồ ngập lụt", "Sở Xây dựng", "Theo hướng dẫn của Bộ [2]"].join("\t"),
  "Các đơn vị báo cáo kết quả về Sở Nông nghiệp và PTNT theo Kế hoạch [5].",
  "Nơi nhận:",
  "- Như trên;",
  "",
  "[1] Luật Phòng, chống thiên tai năm 2013.",
  "[2] Công văn số 210/BXD ngày 02/3/2025: các tỉnh hoàn thành chậm nhất ngày 15/7/2025.",
].join("\n");

describe("footnotes closing a text copy, their marks set apart by a space", () => {
  const read = readTextPlan(plan);
  if (!read.ok) throw new Error(read.error.code);
  const parsed = parsePlan(read.document, THAI_NGUYEN, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);

  it("date the cell carrying the mark by the note, the mark taken out", () => {
    expect(tasks(parsed.plan).find((t) => t[0] === "2")?.[1]).toBe("2025-07-15");
    const row = read.document.blocks.find((b) => b.type === "row" && b.cells[0] === "2");
    expect(row?.type === "row" && row.cells[3]).toBe("Theo hướng dẫn của Bộ");
  });

  it("are no paragraphs, and a spaced mark no closing note explains stays", () => {
    const texts = read.document.blocks.flatMap((b) => (b.type === "text" ? [b.text] : []));
    expect(texts.some((t) => t.includes("Công văn số 210"))).toBe(false);
    expect(texts).toContain("Các đơn vị báo cáo kết quả về Sở Nông nghiệp và PTNT theo Kế hoạch [5].");
  });

  it("are read once each in a large copy", () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `Đoạn văn số ${i} theo chỉ đạo [1]`).join("\n");
    const large = readTextPlan(`${body}\n[1] Chậm nhất ngày 31/12/2025.`);
    if (!large.ok) throw new Error(large.error.code);
    expect(large.document.blocks).toHaveLength(20_000);
    expect(large.document.blocks.at(-1)).toEqual({
      type: "text",
      text: "Đoạn văn số 19999 theo chỉ đạo",
      notes: ["Chậm nhất ngày 31/12/2025."],
    });
  });
});
