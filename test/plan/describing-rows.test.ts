// A row merged across a task table under a task's row, saying what the task yields or must reach ("Sản phẩm: …;
// Kết quả cần đạt: …", "Yêu cầu: …"), is that task's: no task of its own, no heading, no end of the table in a text
// copy (where it is a line with no tab), and its dates are no deadline.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import type { Block } from "../../src/plan/document.ts";
import { describesRowAbove, isDescribingRow } from "../../src/plan/describing-rows.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import type { ParsedPlan } from "../../src/plan/parsed-plan.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { describingRows } from "../support/large-inputs.ts";

const HEADER = ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"];
const ROWS = [
  ["1", "Xây dựng kế hoạch chuyển đổi số năm 2024", "Sở Nội vụ", "Sở Tư pháp", "Tháng 4/2024"],
  ["Sản phẩm: kế hoạch được phê duyệt; Kết quả cần đạt: 100% cơ quan triển khai trong năm 2024"],
  ["2", "Tập huấn kỹ năng số cho cán bộ, công chức", "Sở Tư pháp", "Sở Nội vụ", "Quý III/2024"],
  ["Yêu cầu: số liệu học viên tính đến ngày 30/11/2024"],
  ["3", "Tổng kết, đánh giá kết quả thực hiện kế hoạch", "Sở Nội vụ", "", "Trước ngày 15/12/2024"],
  ["Kết quả: báo cáo gửi UBND tỉnh trước ngày 20/12/2024"],
];
const EXPECTED = [
  ["1", "2024-04-30", ["Sở Nội vụ"], ["Sở Tư pháp"]],
  ["2", "2024-09-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
  ["3", "2024-12-14", ["Sở Nội vụ"], []],
];

/** A plan whose table Word keeps: the describing row one filled cell and blanks, as a merged row reads. */
function wordPlan(rows: string[][]): ParsedPlan {
  const text = (t: string): Block => ({ type: "text", text: t });
  const head = ["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", "Số: 12/KH-UBND", "Thái Nguyên, ngày 05 tháng 03 năm 2024"];
  const blocks: Block[] = [
    ...[...head, "KẾ HOẠCH", "II. NHIỆM VỤ"].map(text),
    ...[HEADER, ...rows].map((cells): Block => ({ type: "row", cells: HEADER.map((_, i) => cells[i] ?? "") })),
    text("III. TỔ CHỨC THỰC HIỆN"),
  ];
  const parsed = parsePlan({ blocks }, THAI_NGUYEN, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan;
}

describe("a row describing the task above it", () => {
  it("is no task in a Word table, and its dates date nothing", () => {
    const plan = wordPlan(ROWS);
    expect(tasks(plan)).toEqual(EXPECTED);
    expect(plan.unplaced).toMatchObject({ count: 0 });
  });

  it("ends no table in a text copy, where it is a line with no tab", () => {
    const body = ["II. NHIỆM VỤ", ...[HEADER, ...ROWS].map((cells) => cells.join("\t")), "III. TỔ CHỨC THỰC HIỆN"];
    const plan = parse(body.join("\n"));
    expect(tasks(plan)).toEqual(EXPECTED);
    expect(plan.unplaced).toMatchObject({ count: 0 });
  });

  it("is no task as a note right under a part's table, dated though it is", () => {
    // Part B's table names no unit (its caption does); the note under it says when the whole drive runs.
    const body = [
      "A. NHIỆM VỤ CỦA CÁC SỞ",
      ...[HEADER, ROWS[0]!, ROWS[2]!].map((cells) => cells.join("\t")),
      "B. NHIỆM VỤ CỦA UBND CÁC HUYỆN, THÀNH PHỐ",
      "(Chủ tịch UBND các huyện, thành phố chỉ đạo thực hiện)",
      "STT\tNội dung\tThời hạn\tSản phẩm",
      "1\tRà soát hồ sơ thi đua của cơ sở\t15/5/2024\tDanh sách",
      "2\tBáo cáo kết quả thi đua\t20/10/2024\tBáo cáo",
      "Ghi chú: Đợt thi đua diễn ra từ ngày 01/4/2024 đến ngày 31/10/2024.",
    ];
    expect(tasks(parse(body.join("\n"))).map(([ref, due]) => [ref, due])).toEqual([
      ["A.1", "2024-04-30"],
      ["A.2", "2024-09-30"],
      ["B.1", "2024-05-15"],
      ["B.2", "2024-10-20"],
    ]);
  });

  it("reads a 100 KB plan of parts, each table with its dated note, one task a row", () => {
    const part = (n: number) => [
      `${n}. Đợt thi đua số ${n}`,
      "STT\tNội dung\tChủ trì\tThời hạn",
      `1\tTổng hợp kết quả đợt ${n}\tSở Nội vụ\t20/10/2024`,
      "Ghi chú: Đợt thi đua diễn ra từ ngày 01/4/2024 đến ngày 31/10/2024.",
    ];
    const body = Array.from({ length: 800 }, (_, n) => part(n + 1))
      .flat()
      .join("\n");
    expect(body.length).toBeGreaterThan(100_000);
    const read = tasks(parse(body));
    expect(read).toHaveLength(800);
    expect(read.every(([, due]) => due === "2024-10-20")).toBe(true);
  });

  it("is told by its label, filling the row alone", () => {
    expect(isDescribingRow(["Ghi chú: chỉ tiêu năm 2024", "", ""])).toBe(true);
    expect(isDescribingRow(["Kết quả cần đạt: 95%", "Kết quả cần đạt: 95%"])).toBe(true);
    // A task row, a group heading, a row whose label is followed by other cells: none.
    expect(isDescribingRow(["1", "Sản phẩm: báo cáo", "Sở Nội vụ"])).toBe(false);
    expect(isDescribingRow(["KẾT QUẢ CẢI CÁCH HÀNH CHÍNH", "", ""])).toBe(false);
    expect(isDescribingRow(["Sản phẩm của đề án được nghiệm thu", ""])).toBe(false);
    // A line is one only right under a row.
    const line: Block = { type: "text", text: "Sản phẩm: dữ liệu số" };
    expect(describesRowAbove([{ type: "row", cells: ["1", "a"] }, line], 1)).toBe(true);
    expect(describesRowAbove([{ type: "text", text: "1. Số hóa" }, line], 1)).toBe(false);
  });

  it("tells a hostile table's rows", () => {
    const blocks = describingRows(100_000);
    expect(blocks.filter((_, i) => describesRowAbove(blocks, i))).toHaveLength(50_000);
  });
});
