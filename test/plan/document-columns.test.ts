// A document system's task export has no header block: the plan is named only in its columns of the assigning
// document's number and date, the same on every row; the body handling each task is "Đơn vị xử lý chính"; a blank
// time cell of such a record is blank, not the row above's.
import { describe, expect, it } from "vitest";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";

const HEADER =
  "STT\tSố/Ký hiệu\tNgày ban hành\tNội dung nhiệm vụ\tCơ quan xử lý\tĐơn vị phối hợp xử lý\tHạn hoàn thành";
const row = (n: number, number: string, date: string, task: string, lead: string, partners: string, due: string) =>
  [String(n), number, date, task, lead, partners, due].join("\t");

const read = async (lines: string[]) => {
  const parsed = await parsePlanBuffer(Buffer.from(lines.join("\n")), {
    directories: shippedDirectories,
    calendar: shippedCalendar,
    province: "Thái Nguyên",
  });
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.value;
};

describe("a task export naming its plan only in its columns", () => {
  const exported = [
    HEADER,
    row(
      1,
      "63/KH-UBND",
      "16/3/2026",
      "Tập huấn nghiệp vụ cho cán bộ cấp xã",
      "Sở Nội vụ",
      "Sở Tư pháp",
      "30/04/2026 17:00",
    ),
    row(
      2,
      "63/KH-UBND",
      "16/3/2026",
      "Rà soát thủ tục hành chính nội bộ",
      "Văn phòng UBND tỉnh",
      "",
      "15/05/2026 17:00",
    ),
    row(3, "63/KH-UBND", "16/3/2026", "Khảo sát sự hài lòng tại Bộ phận Một cửa", "Sở Nội vụ", "Bưu điện tỉnh", ""),
  ];

  it("takes the number and date every row gives as the plan's", async () => {
    const plan = await read(exported);
    expect([plan.plan.number, plan.plan.date]).toEqual(["63/KH-UBND", "2026-03-16"]);
  });

  it("reads the body handling each task as its lead, and a blank time as none", async () => {
    const plan = await read(exported);
    expect(plan.tasks.map((t) => [t.ref, t.lead.map((u) => u.name), t.deadline?.due ?? null])).toEqual([
      ["1", ["Sở Nội vụ"], "2026-04-30"],
      ["2", ["Văn phòng UBND tỉnh"], "2026-05-15"],
      ["3", ["Sở Nội vụ"], null],
    ]);
  });

  it("reads number and date from one cell naming the document", async () => {
    const plan = await read([
      "STT\tVăn bản giao việc\tNội dung công việc\tĐơn vị xử lý chính\tĐơn vị phối hợp\tHạn xử lý",
      "1\tKế hoạch số 63/KH-UBND ngày 16/3/2026\tTập huấn nghiệp vụ cho cán bộ cấp xã\tSở Nội vụ\tSở Tư pháp\t30/04/2026",
      "2\tKế hoạch số 63/KH-UBND ngày 16/3/2026\tRà soát thủ tục hành chính nội bộ\tVăn phòng UBND tỉnh\t\t15/05/2026",
    ]);
    expect([plan.plan.number, plan.plan.date]).toEqual(["63/KH-UBND", "2026-03-16"]);
  });

  it("names no plan when the rows cite different documents", async () => {
    const plan = await read([
      HEADER,
      row(1, "63/KH-UBND", "16/3/2026", "Tập huấn", "Sở Nội vụ", "", "30/04/2026"),
      row(2, "120/UBND-KGVX", "02/4/2026", "Rà soát", "Sở Tư pháp", "", "15/05/2026"),
    ]);
    expect([plan.plan.number, plan.plan.date]).toEqual([null, null]);
    expect(plan.tasks.map((t) => t.deadline?.due ?? null)).toEqual(["2026-04-30", "2026-05-15"]);
  });

  it("reads a long export whole", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) =>
      row(
        i + 1,
        "63/KH-UBND",
        "16/3/2026",
        `Nhiệm vụ số ${i + 1} về cải cách hành chính`,
        "Sở Nội vụ",
        "",
        i % 2 ? "" : "30/04/2026 17:00",
      ),
    );
    const plan = await read([HEADER, ...rows]);
    expect(plan.plan.number).toBe("63/KH-UBND");
    expect(plan.tasks).toHaveLength(3000);
    expect(plan.tasks.filter((t) => t.deadline?.due).length).toBe(1500);
  });
});

// A plan's own table may cite, on every row, the document it carries out: that document is not the plan, and a
// blank cell of the table is merged down as in any table.
describe("a plan's own table citing the document it carries out", () => {
  const TABLE = [
    "STT\tNội dung\tSố hiệu văn bản\tNgày ban hành\tĐơn vị chủ trì\tThời hạn",
    "1\tXây dựng quy chế phối hợp\t45/QĐ-TTg\t10/01/2026\tSở Nội vụ\t30/6/2026",
    "2\tTổ chức tập huấn\t45/QĐ-TTg\t10/01/2026\tSở Tư pháp\t",
  ];
  const dues = (plan: Awaited<ReturnType<typeof read>>) =>
    plan.tasks.map((t) => [t.ref, t.lead.map((u) => u.name), t.deadline?.due ?? null]);

  it("under a draft plan's header names no plan and merges the blank deadline", async () => {
    const plan = await read([
      "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
      "Số:      /KH-UBND",
      "KẾ HOẠCH",
      "Triển khai Quyết định số 45/QĐ-TTg ngày 10/01/2026 của Thủ tướng Chính phủ",
      ...TABLE,
    ]);
    expect([plan.plan.number, plan.plan.date]).toEqual([null, null]);
    expect(dues(plan)).toEqual([
      ["1", ["Sở Nội vụ"], "2026-06-30"],
      ["2", ["Sở Tư pháp"], "2026-06-30"],
    ]);
  });

  it("under a line carrying the document out, with no header, names no plan either", async () => {
    const plan = await read(["Danh mục nhiệm vụ triển khai Quyết định số 45/QĐ-TTg ngày 10/01/2026", ...TABLE]);
    expect(plan.plan.number).toBeNull();
    expect(dues(plan).map((t) => t[2])).toEqual(["2026-06-30", "2026-06-30"]);
  });

  it("with a numbered plan's header keeps the plan's own number", async () => {
    const plan = await read(["Số: 12/KH-UBND", "Thái Nguyên, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH", ...TABLE]);
    expect([plan.plan.number, plan.plan.date]).toEqual(["12/KH-UBND", "2026-03-02"]);
    expect(dues(plan).map((t) => t[2])).toEqual(["2026-06-30", "2026-06-30"]);
  });
});
