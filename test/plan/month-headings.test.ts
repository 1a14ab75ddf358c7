// A work programme sets its items out by the month they are done in, under headings naming the month and no day
// ("2. Hội nghị giao ban tháng 5"): its undated items are due when that month ends, in the plan's year; an item's own
// day beats the month. A bracket closing an item may say the level the document goes to ("cấp trình: UBND tỉnh,
// HĐND tỉnh"): that level receives it, it is no unit of the task. A part named in words ("Phần thứ hai") over Roman
// sections no other part repeats is no part of their refs.
import { describe, expect, it } from "vitest";
import { closingAssignment } from "../../src/plan/closing-assignment.ts";
import { monthOfHeading } from "../../src/plan/month-heading.ts";
import { parse, tasks } from "../support/text-plans.ts";

const PROGRAMME = [
  "Phần thứ nhất",
  "NHIỆM VỤ CHUNG",
  "1. Các sở, ngành bám sát kế hoạch năm.",
  "2. Rà soát thủ tục hành chính thường xuyên.",
  "Phần thứ hai",
  "NỘI DUNG TRÌNH CÁC HỘI NGHỊ GIAO BAN",
  "I. QUÝ II",
  "1. Hội nghị giao ban tháng 4",
  "a) Báo cáo tình hình giải ngân vốn đầu tư công (Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính; cấp trình: UBND tỉnh, HĐND tỉnh).",
  "b) Đề án phát triển trường chuẩn quốc gia (Sở Giáo dục và Đào tạo; cấp trình: UBND tỉnh).",
  "2. Tháng 5",
  "Không tổ chức hội nghị giao ban; nội dung chuyển sang tháng 6.",
  "3. Hội nghị giao ban tháng 6/2027",
  "a) Kế hoạch phòng, chống dịch mùa hè (Sở Y tế chủ trì; cấp trình: UBND tỉnh; hồ sơ gửi Sở Nội vụ trước ngày 12/6/2027).",
  "Phần thứ ba",
  "TỔ CHỨC THỰC HIỆN",
  "1. Các sở gửi hồ sơ đúng hạn.",
].join("\n");

describe("a month heading over undated items", () => {
  it("dates each at the month's end in the plan's year; an item's own day beats it; the month alone dates nothing", () => {
    const plan = parse(PROGRAMME, { issued: "2027-01-08" });
    expect(tasks(plan)).toEqual([
      ["I.1.a", "2027-04-30", ["Sở Kế hoạch và Đầu tư"], ["Sở Tài chính"]],
      ["I.1.b", "2027-04-30", ["Sở Giáo dục và Đào tạo"], []],
      ["I.3.a", "2027-06-11", ["Sở Y tế"], []],
    ]);
  });

  it("reads the month closing a heading, never a count of months or a month work starts in", () => {
    expect(monthOfHeading("Phiên họp thường kỳ tháng 01")).toBe("tháng 1");
    expect(monthOfHeading("Tháng 3/2027:")).toBe("tháng 3/2027");
    expect(monthOfHeading("Nhiệm vụ tháng 9 năm 2027")).toBe("tháng 9/2027");
    expect(monthOfHeading("Kết quả 6 tháng")).toBeNull();
    expect(monthOfHeading("Triển khai từ tháng 3")).toBeNull();
    expect(monthOfHeading("Tháng 13")).toBeNull();
    expect(monthOfHeading("Tháng 3 triển khai thí điểm")).toBeNull();
  });

  it("reads 100 KB of headings and brackets in bounds", () => {
    const start = performance.now();
    const months = Array.from(
      { length: 240 },
      (_, k) =>
        `${k + 1}. Hội nghị tháng ${(k % 12) + 1}\na) Báo cáo chuyên đề số ${k} (Sở Y tế; cấp trình: UBND tỉnh).`,
    ).join("\n");
    expect(tasks(parse(`I. QUÝ I\n${months}`, { issued: "2027-01-08" }))).toHaveLength(240);
    expect(monthOfHeading(`${"tháng 1 ".repeat(12_000)}${" ".repeat(50_000)}x`)).toBeNull();
    expect(monthOfHeading(`${"họp tháng 1; ".repeat(8_000)}họp tháng 2`)).toBe("tháng 2");
    const pieces = "cấp trình: UBND tỉnh; ".repeat(5_000);
    const assigned = closingAssignment(`Báo cáo (Sở Y tế; ${pieces}hồ sơ gửi trước ngày 12/6/2027)`);
    expect(assigned?.time).toContain("trước ngày 12/6/2027");
    expect(assigned?.units).toBe("Sở Y tế");
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
