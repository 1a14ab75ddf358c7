// A plan is any state document that gives units work by a date, whatever its kind; a sample list is none.
import { describe, expect, it } from "vitest";
import { looksLikePlan } from "../../src/plan/plan-like.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { readXlsxPlan } from "../../src/plan/read-xlsx.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { appendixI, xlsx } from "../support/lists.ts";

const plan = (text: string) => {
  const read = readTextPlan(text);
  if (!read.ok) throw new Error("the text should read");
  return looksLikePlan(read.document);
};

describe("what is a plan", () => {
  it("takes a telegram whose orders have deadlines for a plan, though it never says 'kế hoạch'", () => {
    expect(
      plan(
        [
          "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
          "Số: 12/CĐ-UBND\tLai Châu, ngày 02 tháng 3 năm 2026",
          "CÔNG ĐIỆN",
          "Về việc phòng, chống cháy rừng",
          "1. Giám đốc Sở Tài chính:",
          "a) Bố trí kinh phí chữa cháy rừng, xong trước ngày 20/3/2026.",
        ].join("\n"),
      ),
    ).toBe(true);
  });

  it("takes a guidance known by its title alone for a plan when a step has a date", () => {
    expect(
      plan(
        [
          "SỞ TƯ PHÁP",
          "HƯỚNG DẪN",
          "Rà soát văn bản quy phạm pháp luật",
          "Bước 1. Các phòng rà soát, gửi kết quả chậm nhất ngày 15/4/2026.",
        ].join("\n"),
      ),
    ).toBe(true);
  });

  it("does not take a state document that sets no deadline, nor dated work in no state document", () => {
    expect(plan("THÔNG BÁO\nSố: 5/TB-SNV\nLịch trực cơ quan dịp nghỉ lễ.")).toBe(false);
    expect(plan("Ghi chép\nGửi báo cáo trước ngày 20/3/2026.")).toBe(false);
  });

  it("does not take a sample list of people for a plan", async () => {
    const list = await xlsx(
      appendixI([
        [1, "Nguyễn Văn A", "Trưởng phòng", "x", null, "0912000111", "Sinh ngày 12/03/1980"],
        [2, "Trần Thị B", "Chuyên viên", null, "x", "0912000222", "01/01/1990"],
      ]),
    );
    const read = readXlsxPlan(list);
    if (!read.ok) throw new Error("the list should read");
    expect(looksLikePlan(read.document)).toBe(false);
    const parsed = await parsePlanBuffer(list, { directories: shippedDirectories, calendar: shippedCalendar });
    expect(parsed).toMatchObject({ ok: false, error: { code: "not-a-plan" } });
  });
});
