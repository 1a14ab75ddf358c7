// A plan forwarded by e-mail, every line quoted behind "> " under the mail client's quoting line, reads as the
// plan itself; a plan whose own lines now and then open with ">" stays as it is.
import { describe, expect, it } from "vitest";
import { withoutMailQuotes, withoutSignature } from "../../src/plan/text-quoted.ts";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { mailLines } from "../support/large-inputs.ts";

/** A whole text, as the mail client gives it, read as the CLI reads text. */
function parseWhole(text: string) {
  const read = readTextPlan(text);
  if (!read.ok) throw new Error(read.error.code);
  const parsed = parsePlan(read.document, THAI_NGUYEN, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan;
}

describe("a plan forwarded by e-mail", () => {
  it("reads the quoted plan, its quoting line dropped and its wrapped lines joined", () => {
    const plan = parseWhole(
      [
        "On Mon, 6 May 2025 at 09:10, Van thu So Y te <vanthu@syt.example.vn>",
        "wrote:",
        "",
        "> ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
        "> Số: 40/KH-UBND   Thái Nguyên, ngày 06 tháng 5 năm 2025",
        ">",
        "> KẾ HOẠCH",
        "> Tiêm chủng mở rộng năm 2025",
        ">",
        "> I. NHIỆM VỤ",
        ">",
        "> 1. Trung tâm Kiểm soát bệnh tật tỉnh rà soát đối tượng tiêm chủng tại các",
        "> xã, phường, hoàn thành trước ngày 20/6/2025.",
        ">",
        ">> 2. Sở Tài chính bố trí kinh phí mua vắc xin bổ sung trong quý III/2025.",
      ].join("\n"),
    );
    expect(tasks(plan).map(([ref, due]) => [ref, due])).toEqual([
      ["I.1", "2025-06-19"],
      ["I.2", "2025-09-30"],
    ]);
  });

  it("leaves a text whose lines are not all quoted as it is", () => {
    const lines = ["1. Nâng tỷ lệ hộ dùng nước sạch:", "> 95% ở thị trấn;", "- 80% ở các xã."];
    expect(withoutMailQuotes(lines)).toEqual(lines);
  });

  it("unquotes thousands of lines at once", () => {
    const out = withoutMailQuotes(mailLines(20000).quoted);
    expect(out).toHaveLength(20000);
    expect(out[19999]).toBe("dòng 19999");
  });
});

describe("a plan typed into an e-mail by the office that sends it", () => {
  const MAIL = [
    "From: Van phong UBND tinh <vp@example.vn>",
    "Subject: KH 77/KH-UBND tap huan",
    "",
    "Kính gửi các sở,",
    "Văn phòng UBND tỉnh chuyển nội dung Kế hoạch số 77/KH-UBND ngày 10/02/2025 của UBND tỉnh để các đơn vị triển khai.",
    "",
    "I. NHIỆM VỤ",
    "1. Sở Nội vụ tổ chức tập huấn nghiệp vụ văn thư, xong trước ngày 15/4.",
    "2. Sở Tài chính bảo đảm kinh phí tập huấn trong tháng 3.",
    "",
    "--",
    "Phòng Tổng hợp",
    "ĐT: 0208.3855.123",
  ];

  it("takes the plan's number and date from the line that passes it on, and leaves the signature out", () => {
    const plan = parseWhole(MAIL.join("\n"));
    expect([plan.plan.number, plan.plan.date]).toEqual(["77/KH-UBND", "2025-02-10"]);
    expect(tasks(plan)).toEqual([
      ["I.1", "2025-04-14", ["Sở Nội vụ"], []],
      ["I.2", "2025-03-31", ["Sở Tài chính"], []],
    ]);
  });

  it("keeps a text whose dashes stand above more than a signature", () => {
    const lines = ["1. Việc một", "--", ...Array.from({ length: 9 }, (_, i) => `${i + 2}. Việc khác`)];
    expect(withoutSignature(lines)).toEqual(lines);
    expect(withoutSignature(["1. Việc một", "-- ", "Nguyễn Văn A"])).toEqual(["1. Việc một"]);
  });

  it("looks for the signature in 20,000 lines at once", () => {
    expect(withoutSignature(mailLines(20000).signed)).toHaveLength(20000);
  });
});

describe("endnote marks in lower-roman, copied as text", () => {
  it("are no part of the deadline, and their notes no tasks", () => {
    const plan = parse(
      [
        "1. Sở Xây dựng trình phê duyệt quy hoạch chung[ii] trước ngày 15/9/2025[iii].",
        "",
        "[ii] Theo Luật Quy hoạch đô thị và nông thôn ngày 26/11/2024.",
        "",
        "[iii] Hạn cuối theo Nghị quyết của HĐND tỉnh ngày 10/12/2024.",
      ].join("\n"),
    );
    expect(tasks(plan).map(([ref, due]) => [ref, due])).toEqual([["1", "2025-09-14"]]);
  });
});
