// A plan's note giving the tasks it lists with no time one day for them all ("Các nhiệm vụ không ghi thời hạn tại Phụ
// lục kèm theo hoàn thành chậm nhất ngày 15/12/2026"): the rows left blank take that day, and the note is no task.
import { describe, expect, it } from "vitest";
import { commonDeadlineWording } from "../../src/plan/common-deadline.ts";
import { parse, table } from "../support/text-plans.ts";

const HEADER = ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"];
const NOTE = "Các nhiệm vụ không ghi thời hạn tại Phụ lục kèm theo hoàn thành chậm nhất ngày 15/12/2026.";

const plan = (note: string | null, rows: string[][]) =>
  parse(
    [
      "I. MỤC TIÊU",
      "Nâng cao hiệu quả thu gom, xử lý chất thải rắn sinh hoạt.",
      "II. NHIỆM VỤ",
      "Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời hạn thực hiện tại Phụ lục kèm theo Kế hoạch này.",
      ...(note ? [note] : []),
      table([HEADER, ...rows]),
    ].join("\n"),
    { issued: "2026-03-23" },
  );

const ROWS = [
  [
    "1",
    "Rà soát vị trí các khu xử lý chất thải",
    "Sở Nông nghiệp và Môi trường",
    "Sở Xây dựng",
    "Trước ngày 30/4/2026",
  ],
  ["2", "Xây dựng đơn giá dịch vụ thu gom, vận chuyển", "Sở Tài chính", "Sở Xây dựng", ""],
  ["3", "Tuyên truyền về phân loại rác tại nguồn", "Sở Tư pháp", "", "Thường xuyên"],
  ["4", "Ứng dụng phần mềm giám sát phương tiện thu gom", "Sở Khoa học và Công nghệ", "", ""],
];
const dues = (p: ReturnType<typeof plan>) =>
  p.tasks.map((t) => [t.ref, t.deadline?.due ?? null, t.deadline?.inheritedFrom ?? null]);

describe("a note giving the tasks written with no time their day", () => {
  it("dates each row whose time cell is blank by it, inherited from the part holding it, and is no task", () => {
    expect(dues(plan(NOTE, ROWS))).toEqual([
      ["1", "2026-04-29", null],
      ["2", "2026-12-15", "II"],
      ["3", null, null],
      ["4", "2026-12-15", "II"],
    ]);
  });

  it("framed beside the table, after it, dates the rows all the same", () => {
    const p = parse(["II. NHIỆM VỤ", table([HEADER, ...ROWS]), "", `Ghi chú: ${NOTE}`].join("\n"), {
      issued: "2026-03-23",
    });
    expect(dues(p).map(([ref, due]) => [ref, due])).toEqual([
      ["1", "2026-04-29"],
      ["2", "2026-12-15"],
      ["3", null],
      ["4", "2026-12-15"],
    ]);
  });

  it("without such a note a blank time cell is still the row above's, merged down", () => {
    expect(dues(plan(null, ROWS)).map(([ref, due]) => [ref, due])).toEqual([
      ["1", "2026-04-29"],
      ["2", "2026-04-29"],
      ["3", null],
      ["4", null],
    ]);
  });

  it("is said with the tasks as its subject; a task doing something about such tasks is a task", () => {
    expect(commonDeadlineWording(NOTE, "2026-03-23")).toBe("chậm nhất ngày 15/12/2026");
    expect(
      commonDeadlineWording(
        "Đối với những nội dung chưa quy định cụ thể thời gian thì hoàn thành trước ngày 30/11/2026",
        "2026-03-23",
      ),
    ).toBe("trước ngày 30/11/2026");
    expect(commonDeadlineWording("Nhiệm vụ không ghi thời hạn: thực hiện thường xuyên.", "2026-03-23")).toBeNull();
    expect(
      commonDeadlineWording("Rà soát các nhiệm vụ chưa có thời hạn, hoàn thành trước ngày 30/6/2026.", "2026-03-23"),
    ).toBeNull();
    const task = "Sở Nội vụ rà soát các nhiệm vụ chưa có thời hạn, hoàn thành trước ngày 30/6/2026.";
    const p = parse(["II. NHIỆM VỤ", task].join("\n"), { issued: "2026-03-23" });
    expect(p.tasks.map((t) => [t.deadline?.due, t.lead.map((u) => u.name)])).toEqual([["2026-06-29", ["Sở Nội vụ"]]]);
  });

  it("is found where the note on the quarter's day is: numbered, or a sheet's row of one cell under the table", () => {
    const pad = "\t".repeat(HEADER.length - 1);
    for (const note of [`2. ${NOTE}`, `${NOTE}${pad}`]) {
      const p = parse(["II. NHIỆM VỤ", table([HEADER, ...ROWS]), "Ghi chú:", note].join("\n"), {
        issued: "2026-03-23",
      });
      expect(dues(p).map(([ref, due]) => [ref, due])).toEqual([
        ["1", "2026-04-29"],
        ["2", "2026-12-15"],
        ["3", null],
        ["4", "2026-12-15"],
      ]);
    }
  });

  it("is no note when its subject names one piece of work or a body doing it, as the quarter's day is none", () => {
    for (const line of [
      "Nhiệm vụ báo cáo không ghi thời hạn hoàn thành chậm nhất ngày 15/12/2026.",
      "Các nhiệm vụ không ghi thời hạn: Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2026.",
    ])
      expect(commonDeadlineWording(line, "2026-03-23")).toBeNull();
  });

  it("dates thousands of blank rows", () => {
    const rows = Array.from({ length: 3_000 }, (_, k) => [
      String(k + 1),
      `Nhiệm vụ số ${k + 1} về thu gom chất thải`,
      "Sở Tài chính",
      "",
      k % 2 ? "Trước ngày 30/4/2026" : "",
    ]);
    const read = plan(NOTE, rows).tasks;
    expect(read).toHaveLength(3_000);
    expect(read.filter((t) => t.deadline?.due === "2026-12-15")).toHaveLength(1_500);
    expect(read.filter((t) => t.deadline?.due === "2026-04-29")).toHaveLength(1_500);
  });
});
