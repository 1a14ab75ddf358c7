// A plan amending an earlier one: its appendix lists the tasks changed (part A) and added (part B) with the
// old and the new deadline; its prose repeals some tasks with their old dates.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import type { Block } from "../../src/plan/document.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { parse, table, tasks } from "../support/text-plans.ts";

const HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn cũ", "Thời hạn mới"];

describe("an appendix of tasks changed and added", () => {
  it("numbers the rows of each lettered part under its letter", () => {
    const plan = parse(
      table([
        HEADER,
        ["A", "NHIỆM VỤ ĐIỀU CHỈNH"],
        ["1", "Ban hành quy chế phối hợp", "Sở Tư pháp", "Tháng 3/2024", "Tháng 5/2024"],
        ["B", "NHIỆM VỤ MỚI"],
        ["1", "Số hóa sổ hộ tịch", "Sở Tư pháp", "-", "Ngày 20/9/2024"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["A.1", "2024-05-31", ["Sở Tư pháp"], []],
      ["B.1", "2024-09-20", ["Sở Tư pháp"], []],
    ]);
  });

  it("drops a row whose note repeals it, whatever time stands in it or above it", () => {
    const plan = parse(
      table([
        [...HEADER, "Ghi chú"],
        ["1", "Ban hành quy chế phối hợp", "Sở Tư pháp", "Tháng 3/2024", "Tháng 5/2024", "Điều chỉnh"],
        ["2", "Rà soát thủ tục nội bộ", "Sở Y tế", "Quý III/2024", "", "Bãi bỏ (đã thực hiện xong)"],
        ["3", "Số hóa sổ hộ tịch", "Sở Tư pháp", "", "Tháng 10/2024", "Hủy bỏ, đơn giản hóa thủ tục"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-05-31", ["Sở Tư pháp"], []],
      ["3", "2024-10-31", ["Sở Tư pháp"], []],
    ]);
  });

  it("reads the old column, as corrected where it stands, where the new one is left empty", () => {
    const plan = parse(
      table([
        HEADER,
        ["1", "Ban hành quy chế phối hợp", "Sở Tư pháp", "Quý II/2024", "Tháng 8/2024"],
        ["2", "Rà soát thủ tục", "Sở Y tế", "Tháng 4/2024 (điều chỉnh thành Tháng 7/2024)", ""],
        ["3", "Số hóa hồ sơ", "Sở Tư pháp", "Trước 20/5/2024 (đã điều chỉnh: Trước 10/9/2024)", ""],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-08-31", ["Sở Tư pháp"], []],
      ["2", "2024-07-31", ["Sở Y tế"], []],
      ["3", "2024-09-09", ["Sở Tư pháp"], []],
    ]);
  });

  it("keeps the old deadline where the new column says it stays", () => {
    const plan = parse(
      table([
        HEADER,
        ["1", "Ban hành quy chế phối hợp", "Sở Tư pháp", "Quý II/2024", "Giữ nguyên"],
        ["2", "Rà soát thủ tục", "Sở Y tế", "Tháng 4/2024", "Không thay đổi"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-30", ["Sở Tư pháp"], []],
      ["2", "2024-04-30", ["Sở Y tế"], []],
    ]);
  });
});

describe("an item repealing tasks", () => {
  it("is no task, whatever dates of the repealed tasks it names", () => {
    const plan = parse(
      [
        "I. NỘI DUNG ĐIỀU CHỈNH",
        "1. Bãi bỏ nhiệm vụ số 4 (tổ chức hội thi cấp huyện, tháng 8/2024) do không còn phù hợp.",
        "2. Sở Tư pháp tổ chức hội thi cấp tỉnh trước ngày 15/10/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["I.2", "2024-10-14", ["Sở Tư pháp"], []]]);
  });
});

describe("a task list re-issued whole, its dropped rows kept", () => {
  const HEAD = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Ghi chú"];
  const ROWS = [
    ["1", "Ban hành quy chế phối hợp", "Sở Tư pháp", "Tháng 5/2024", ""],
    ["2", "Tổ chức hội thảo chuyên đề", "Sở Y tế", "Tháng 6/2024", "(Bãi bỏ)"],
    ["3", "Rà soát thủ tục nội bộ", "Sở Y tế", "Quý III/2024", "Bãi bỏ theo Văn bản số 12/UBND-NC của UBND tỉnh"],
    ["4", "Số hóa sổ hộ tịch", "Sở Tư pháp", "Tháng 10/2024", "(Bổ sung)"],
  ];

  it("drops a row whose note says so in brackets, or by the document that dropped it", () => {
    expect(tasks(parse(table([HEAD, ...ROWS])))).toEqual([
      ["1", "2024-05-31", ["Sở Tư pháp"], []],
      ["4", "2024-10-31", ["Sở Tư pháp"], []],
    ]);
  });

  /** The table as Word's reader gives it: a struck row keeps its number only. */
  function wordTasks(rows: string[][]) {
    const text = (t: string): Block => ({ type: "text", text: t });
    const head = [
      "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
      "Số: 12/KH-UBND",
      "Thái Nguyên, ngày 05 tháng 03 năm 2024",
      "KẾ HOẠCH",
    ];
    const blocks: Block[] = [
      ...head.map(text),
      ...[HEAD, ...rows].map((cells): Block => ({ type: "row", cells: HEAD.map((_, k) => cells[k] ?? "") })),
    ];
    const parsed = parsePlan({ blocks }, THAI_NGUYEN, shippedCalendar);
    if (!parsed.ok) throw new Error(parsed.error.code);
    return tasks(parsed.plan);
  }
  const struck = (cells: string[]) => cells.map((c, k) => (k === 0 ? c : ""));

  it("drops a row struck through, whose number alone the reader leaves", () => {
    expect(wordTasks([ROWS[0]!, struck(ROWS[1]!), struck(ROWS[2]!), ROWS[3]!])).toEqual([
      ["1", "2024-05-31", ["Sở Tư pháp"], []],
      ["4", "2024-10-31", ["Sở Tư pháp"], []],
    ]);
  });

  it("keeps a numbered row whose words the next row holds", () => {
    const read = wordTasks([["1"], ["", "Ban hành quy chế phối hợp", "Sở Tư pháp", "Tháng 5/2024"]]);
    expect(read.map((t) => t[0])).toEqual(["1"]);
  });

  it("reads ten thousand rows, every third struck or noted as dropped", () => {
    const many = Array.from({ length: 10_000 }, (_, k) => {
      const cells = [String(k + 1), `Công việc ${k + 1}`, "Sở Y tế", "Tháng 6/2024", k % 6 === 2 ? "(Bãi bỏ)" : ""];
      return k % 6 === 5 ? struck(cells) : cells;
    });
    const read = wordTasks(many);
    expect(read).toHaveLength(6_667);
    expect(read.every((t) => Number(t[0]) % 3 !== 0 && t[2]!.length === 1)).toBe(true);
  });
});
