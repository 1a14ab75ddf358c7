// A task table may list its tasks' partners in a table of their own after it (a second sheet, a list under the table):
// "STT | Cơ quan phối hợp", a row per task that has partners, cited by its number. Each row gives that task its
// coordinators; its rows are no tasks, and a task it does not cite has none.
import { describe, expect, it } from "vitest";
import { isPartnerHeader } from "../../src/plan/partner-table.ts";
import { parse, table, tasks } from "../support/text-plans.ts";

const TASKS = [
  ["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"],
  ["1", "Rà soát quy chế làm việc", "Sở Y tế", "Tháng 5/2024"],
  ["2", "Số hóa hồ sơ lưu trữ", "Sở Nội vụ", "Tháng 7/2024"],
  ["3", "Tập huấn nghiệp vụ pháp chế", "Sở Tư pháp", "Tháng 10/2024"],
];
const PARTNERS = [
  ["TT", "Đơn vị phối hợp"],
  ["1", "Sở Tư pháp; Sở Nội vụ"],
  ["3", "Sở Y tế; Sở Tư pháp"],
];
const EXPECTED = [
  ["1", "2024-05-31", ["Sở Y tế"], ["Sở Tư pháp", "Sở Nội vụ"]],
  ["2", "2024-07-31", ["Sở Nội vụ"], []],
  ["3", "2024-10-31", ["Sở Tư pháp"], ["Sở Y tế"]],
];

describe("a table of partners citing the tasks of the table before it by number", () => {
  it("gives each task it cites its coordinators, none its lead, and is no task itself", () => {
    const plan = parse([table(TASKS), "Các đơn vị phối hợp thực hiện:", table(PARTNERS)].join("\n"));
    expect(tasks(plan)).toEqual(EXPECTED);
  });

  it("does so standing straight under the task table, as a text copy sets it", () => {
    expect(tasks(parse(table([...TASKS, ...PARTNERS])))).toEqual(EXPECTED);
  });

  it("is told by a header naming the number and the partners alone", () => {
    expect(isPartnerHeader(["STT", "Cơ quan phối hợp"])).toBe(true);
    expect(isPartnerHeader(["STT", "Nhiệm vụ", "Cơ quan phối hợp"])).toBe(false);
    expect(isPartnerHeader(["STT", "Cơ quan chủ trì"])).toBe(false);
  });

  it("reads ten thousand tasks and their partners", () => {
    const rows = Array.from({ length: 10_000 }, (_, k) => [
      String(k + 1),
      `Công việc ${k + 1}`,
      "Sở Y tế",
      "Tháng 5/2024",
    ]);
    const partners = Array.from({ length: 5_000 }, (_, k) => [String(2 * k + 1), "Sở Tư pháp"]);
    const read = tasks(parse(table([TASKS[0]!, ...rows, PARTNERS[0]!, ...partners])));
    expect(read).toHaveLength(10_000);
    expect(read.every((t, k) => (t[3] as string[]).join() === (k % 2 === 0 ? "Sở Tư pháp" : ""))).toBe(true);
  });
});
