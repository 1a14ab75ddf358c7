// A plan's annexes number their own rows: the first groups its tasks under rows "1", "2" (a field in capitals, no
// unit, no time) over tasks "1.1", "1.2"; the second, a schedule of reports, numbers its reports "1", "2" again. A
// group row is no task (never listed, reminded or scored): it does not take its number from the report a user will
// look up as "1". Two tasks numbered alike are still told apart ("1", "1(2)") and reported.
import { describe, expect, it } from "vitest";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import type { ParsedPlan, TaskDraft } from "../../src/plan/parsed-plan.ts";
import { withUniqueRefs } from "../../src/plan/unique-refs.ts";
import { docxFromText } from "../support/documents.ts";
import { parse } from "../support/text-plans.ts";

const TASKS_HEADER = ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian hoàn thành"].join("\t");
const REPORTS_HEADER = ["TT", "Tên báo cáo", "Đơn vị gửi báo cáo", "Nơi nhận", "Thời hạn gửi"].join("\t");
const row = (...cells: string[]) => cells.join("\t");

const GROUPED = [
  "PHỤ LỤC I",
  "NHIỆM VỤ TRỌNG TÂM",
  TASKS_HEADER,
  row("1", "CÔNG TÁC TUYÊN TRUYỀN", "", "", ""),
  row("1.1", "Tổ chức hội nghị quán triệt kế hoạch", "Sở Nội vụ", "Sở Tư pháp", "31/3/2024"),
  row("1.2", "Biên soạn tài liệu tuyên truyền", "Sở Tư pháp", "", "30/6/2024"),
  row("2", "CÔNG TÁC KIỂM TRA", "", "", ""),
  row("2.1", "Kiểm tra việc thực hiện tại các sở, ngành", "Sở Nội vụ", "", "30/9/2024"),
];
const REPORTS = [
  "PHỤ LỤC II",
  "LỊCH GỬI BÁO CÁO ĐỊNH KỲ",
  REPORTS_HEADER,
  row("1", "Báo cáo kết quả 6 tháng đầu năm 2024", "Sở Tư pháp", "Sở Nội vụ", "10/6/2024"),
  row("2", "Báo cáo kết quả năm 2024", "Sở Tư pháp", "Sở Nội vụ", "10/12/2024"),
];

const draft = (ref: string, parentRef: string | null = null): TaskDraft => ({
  ref,
  parentRef,
  title: ref,
  deadline: null,
  lead: [],
  coordinators: [],
});
const shown = (plan: ParsedPlan) => plan.tasks.map((t) => [t.ref, t.kind, t.parentRef, t.deadline?.due ?? null]);
const duplicates = (plan: ParsedPlan) => plan.warnings.filter((w) => w.code === "duplicate-ref");

describe("a group row numbered as a task of another annex", () => {
  const expected = [
    ["1(2)", "heading", null, null],
    ["1.1", "task", "1(2)", "2024-03-31"],
    ["1.2", "task", "1(2)", "2024-06-30"],
    ["2(2)", "heading", null, null],
    ["2.1", "task", "2(2)", "2024-09-30"],
    ["1", "task", null, "2024-06-10"],
    ["2", "task", null, "2024-12-10"],
  ];

  it("leaves the number to the report: the group row gives way, unreported", () => {
    const plan = parse([...GROUPED, ...REPORTS].join("\n"));
    expect(shown(plan)).toEqual(expected);
    expect(duplicates(plan)).toEqual([]);
  });

  it("reads two tables of a Word document so", async () => {
    const word = await parsePlanBuffer(
      await docxFromText(
        [
          "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
          "Số: 12/KH-UBND",
          "Thái Nguyên, ngày 05 tháng 03 năm 2024",
          "KẾ HOẠCH",
          ...GROUPED,
          ...REPORTS,
        ].join("\n"),
      ),
      { directories: shippedDirectories, calendar: shippedCalendar },
    );
    if (!word.ok) throw new Error("the Word file should read");
    expect(shown(word.value)).toEqual(expected);
  });

  it("keeps its number when the tasks numbered alike come first, and the group row after them gives way", () => {
    const plan = parse([...REPORTS, ...GROUPED].join("\n"));
    expect(shown(plan).filter(([, kind]) => kind === "task")).toEqual([
      ["1", "task", null, "2024-06-10"],
      ["2", "task", null, "2024-12-10"],
      ["1.1", "task", "1(2)", "2024-03-31"],
      ["1.2", "task", "1(2)", "2024-06-30"],
      ["2.1", "task", "2(2)", "2024-09-30"],
    ]);
    expect(duplicates(plan)).toEqual([]);
  });
});

describe("tasks numbered alike in two annexes", () => {
  it("are told apart, the later kept as 1(2), and reported", () => {
    const plan = parse(
      [
        "PHỤ LỤC I",
        TASKS_HEADER,
        row("1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "", "31/3/2024"),
        "PHỤ LỤC II",
        REPORTS_HEADER,
        row("1", "Báo cáo kết quả rà soát", "Sở Tư pháp", "Sở Nội vụ", "10/4/2024"),
      ].join("\n"),
    );
    expect(shown(plan)).toEqual([
      ["1", "task", null, "2024-03-31"],
      ["1(2)", "task", null, "2024-04-10"],
    ]);
    expect(duplicates(plan)).toEqual([{ code: "duplicate-ref", args: { ref: "1", renamed: "1(2)" } }]);
  });

  it("reports two group rows numbered alike, as two tasks are", () => {
    const warnings: Parameters<typeof withUniqueRefs>[1] = [];
    const refs = withUniqueRefs([draft("1"), draft("1.1", "1"), draft("1"), draft("1.2", "1")], warnings);
    expect(refs.map((t) => [t.ref, t.parentRef])).toEqual([
      ["1", null],
      ["1.1", "1"],
      ["1(2)", null],
      ["1.2", "1(2)"],
    ]);
    expect(warnings).toEqual([{ code: "duplicate-ref", args: { ref: "1", renamed: "1(2)" } }]);
  });
});

describe("numbering at scale", () => {
  it("reads 20,000 group rows, each over a task, and 20,000 reports numbered as the groups", () => {
    const n = 20_000;
    const groups = Array.from({ length: n }, (_, k) => [draft(String(k + 1)), draft(`${k + 1}.1`, String(k + 1))]);
    const reports = Array.from({ length: n }, (_, k) => draft(String(k + 1)));
    const warnings: Parameters<typeof withUniqueRefs>[1] = [];
    const refs = withUniqueRefs([...groups.flat(), ...reports], warnings);
    expect(refs).toHaveLength(3 * n);
    expect([refs[0]!.ref, refs[1]!.parentRef, refs[2 * n]!.ref, refs.at(-1)!.ref]).toEqual([
      "1(2)",
      "1(2)",
      "1",
      String(n),
    ]);
    expect(warnings).toEqual([]);
  });
});
