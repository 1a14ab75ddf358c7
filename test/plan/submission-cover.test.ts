// A Tờ trình carrying its draft plan after its signature: its own sections (why, how it was drafted, what it asks)
// are no work of the plan; the draft's items are.
import { describe, expect, it } from "vitest";
import { submissionBodyEnd } from "../../src/plan/attached.ts";
import { parse, tasks } from "../support/text-plans.ts";

const cover = [
  "SỞ TÀI CHÍNH",
  "Số: 112/TTr-STC",
  "TỜ TRÌNH",
  "Về việc ban hành Kế hoạch thực hành tiết kiệm năm 2025",
  "I. SỰ CẦN THIẾT",
  "Năm 2024, tỉnh đã tiết kiệm 4% chi thường xuyên.",
  "II. QUÁ TRÌNH SOẠN THẢO",
  "Ngày 10/01/2025, Sở Tài chính lấy ý kiến các sở, ngành; thời hạn góp ý đến ngày 24/01/2025.",
  "III. KIẾN NGHỊ",
  "Sở Tài chính kính trình UBND tỉnh xem xét, ban hành Kế hoạch trước ngày 28/02/2025.",
  "Nơi nhận:",
  "- Như trên;",
  "GIÁM ĐỐC",
];
const draft = [
  "DỰ THẢO",
  "KẾ HOẠCH",
  "Thực hành tiết kiệm, chống lãng phí năm 2025",
  "I. MỤC ĐÍCH, YÊU CẦU",
  "Tiết kiệm 10% chi thường xuyên.",
  "II. NHIỆM VỤ",
  "1. Sở Xây dựng rà soát định mức sử dụng trụ sở làm việc; hoàn thành trước ngày 20/6/2025.",
  "2. Sở Y tế kiểm kê trang thiết bị y tế; hoàn thành trong tháng 9/2025.",
];

describe("a Tờ trình carrying its draft plan", () => {
  it("reads the draft's items and none of the Tờ trình's own dated sentences", () => {
    expect(tasks(parse([...cover, ...draft].join("\n")))).toEqual([
      ["II.1", "2025-06-19", ["Sở Xây dựng"], []],
      ["II.2", "2025-09-30", ["Sở Y tế"], []],
    ]);
  });

  it("reads a Tờ trình carrying nothing as before", () => {
    const blocks = cover.map((text) => ({ type: "text" as const, text }));
    expect(submissionBodyEnd(blocks)).toBe(0);
  });

  it("finds the end of a long submission in linear time", () => {
    const body = Array.from({ length: 20000 }, (_, i) => `Ngày 10/01/2025, văn bản số ${i} lấy ý kiến.`);
    const blocks = ["TỜ TRÌNH", ...body, "Nơi nhận:", "KẾ HOẠCH", "Tiết kiệm"].map((text) => ({
      type: "text" as const,
      text,
    }));
    const started = performance.now();
    expect(submissionBodyEnd(blocks)).toBe(20001);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
