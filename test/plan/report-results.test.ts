// A report tells what was done and what comes next: what it dates before its own date, or says is done, is a result
// it reports; only work due on or after its date is a task. A plan carrying over overdue tasks keeps them.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import type { ParsedPlan } from "../../src/plan/parsed-plan.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { isReport, withoutResults } from "../../src/plan/report-results.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { tasks } from "../support/text-plans.ts";

function read(kind: "BC" | "KH", body: string[]): ParsedPlan {
  const text = [
    "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
    `Số: 77/${kind}-UBND`,
    "Thái Nguyên, ngày 20 tháng 6 năm 2024",
    kind === "BC" ? "BÁO CÁO" : "KẾ HOẠCH",
    ...body,
    "Nơi nhận:",
    "- Như trên;",
  ].join("\n");
  const document = readTextPlan(text);
  if (!document.ok) throw new Error(document.error.code);
  const parsed = parsePlan(document.document, THAI_NGUYEN, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan;
}

const BODY = [
  "I. KẾT QUẢ ĐẠT ĐƯỢC",
  "1. Cải cách thể chế: rà soát 40 văn bản, hoàn thành trước ngày 31/5/2024 theo kế hoạch.",
  "2. Kiểm tra công vụ tại 5 cơ quan từ ngày 06/5 đến ngày 17/5/2024.",
  "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM",
  "1. Sở Tư pháp đã hoàn thành rà soát thủ tục hành chính nội bộ ngày 25/4/2024.",
  "2. Sở Nội vụ chủ trì tổng hợp báo cáo cải cách hành chính năm 2024, trình UBND tỉnh trước ngày 15/12/2024.",
  "3. Kỳ thi tuyển công chức đã tổ chức vòng 1 ngày 08/6/2024; Sở Nội vụ tổ chức vòng 2, công bố kết quả chậm nhất ngày 15/8/2024.",
  "4. Thanh tra tỉnh đã kết thúc thanh tra tại Sở Y tế ngày 10/5/2024 và tiếp tục theo dõi việc thực hiện kết luận.",
];

describe("a report's results and tasks", () => {
  it("reads only the work due on or after the report's date as tasks, a paragraph's later date its deadline", () => {
    const plan = read("BC", BODY);
    expect(tasks(plan)).toEqual([
      ["II.2", "2024-12-14", ["Sở Nội vụ"], []],
      ["II.3", "2024-08-15", ["Sở Nội vụ"], []],
    ]);
    // The part of results only is no heading of anything.
    expect(plan.tasks.map((t) => t.ref)).toEqual(["II", "II.2", "II.3"]);
  });

  it("knows a report by its number or by its kind under the header", () => {
    expect(isReport("298/BC-UBND", [])).toBe(true);
    expect(isReport("47-BC/TU", [])).toBe(true);
    expect(isReport(null, [{ type: "text", text: "BÁO CÁO" }])).toBe(true);
    expect(isReport("15/KH-UBND", [{ type: "text", text: "ĐỀ CƯƠNG BÁO CÁO TỰ KIỂM TRA" }])).toBe(false);
  });
});

describe("a plan carrying over tasks whose deadline has passed", () => {
  it("keeps them due: only a report's past dates are results", () => {
    const plan = read("KH", [
      "I. NHIỆM VỤ CHƯA HOÀN THÀNH",
      "1. Sở Nội vụ hoàn thiện đề án vị trí việc làm, trình UBND tỉnh trước ngày 31/5/2024.",
      "2. Sở Tài chính bố trí kinh phí thực hiện trong tháng 9/2024.",
    ]);
    expect(tasks(plan)).toEqual([
      ["I.1", "2024-05-30", ["Sở Nội vụ"], []],
      ["I.2", "2024-09-30", ["Sở Tài chính"], []],
    ]);
  });
});

describe("a plan noting what it has done already", () => {
  it("leaves out an item it says was held or finished before the plan's date, and keeps the later ones", () => {
    const plan = read("KH", [
      "I. NỘI DUNG",
      "1. Sở Nội vụ tổ chức hội nghị tập huấn cải cách hành chính (đã tổ chức), ngày 12/6/2024.",
      "2. Sở Tư pháp rà soát văn bản quy phạm pháp luật (đã hoàn thành đợt 1), trước ngày 15/9/2024.",
      "3. Sở Tài chính bố trí kinh phí cho hội nghị sơ kết, hoàn thành ngày 10/6/2024.",
    ]);
    expect(tasks(plan)).toEqual([
      ["I.2", "2024-09-14", ["Sở Tư pháp"], []],
      ["I.3", "2024-06-10", ["Sở Tài chính"], []],
    ]);
  });
});

describe("a hostile report", () => {
  it("of a hundred thousand results under one heading is sorted out in one pass over its tasks", () => {
    const draft = (ref: string, parentRef: string | null, due: string | null) => ({
      ref,
      parentRef,
      title: "Đã hoàn thành",
      deadline: due ? { text: due, due, effectiveDue: due } : null,
      lead: [],
      coordinators: [],
    });
    const drafts = [
      draft("I", null, null),
      ...Array.from({ length: 100_000 }, (_, i) => draft(`I.${i + 1}`, "I", "2024-01-15")),
    ];
    // Each heading's tasks found once, not by a pass over all tasks per heading (ten billion steps).
    expect(withoutResults(drafts, [], "2024-06-20", true).tasks).toEqual([]);
  });
});
