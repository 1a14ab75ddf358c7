// The one state of a task, as a pure function of the task, the unit's lists (every
// version), its quota, people's marks and the day; and the points the default rules give it.
import { describe, expect, it } from "vitest";
import { DEFAULT_SCORING, scoreState } from "../../src/domain/scoring.ts";
import { deliverableOf, taskState, type ListVersion, type Mark, type UnitFacts } from "../../src/domain/task-state.ts";

const at = (day: string) => new Date(`${day}T09:00:00+07:00`);
const listTask = {
  id: 1,
  ref: "II.2.1",
  title: "Lập danh sách …",
  effectiveDue: "2019-11-29",
  cited: ["I", "III", "VI"],
};
const report = {
  id: 2,
  ref: "II.2.2",
  title: "Xây dựng Báo cáo … gửi kèm tài liệu kiểm chứng",
  effectiveDue: "2019-12-19",
  cited: [],
};
const quota = { official: 20, reserve: 10, required: { official: 20, reserve: 10 } };

function list(template: string, day: string, complete: boolean, supersededOn?: string): ListVersion {
  const official = complete ? 20 : 18;
  return {
    template,
    receivedAt: at(day),
    supersededAt: supersededOn ? at(supersededOn) : null,
    complete,
    rowsTotal: official + 10,
    rowsValid: official + 10,
    official,
    reserve: 10,
  };
}
const facts = (
  lists: ListVersion[],
  marks: [number, Mark][] = [],
  q = quota,
  staffCount: number | null = 30,
): UnitFacts => ({
  quota: q,
  lists,
  marks: new Map(marks.map(([id, m]) => [id, [m]])),
  staffCount,
});
const points = (state: ReturnType<typeof taskState>, today: string) =>
  scoreState(state, today > "2019-11-29", listTask.effectiveDue, DEFAULT_SCORING).points;

describe("taskState", () => {
  it.each([
    ["nothing, before the deadline", [], "2019-11-25", "not-due", 0],
    ["nothing, after", [], "2019-12-02", "overdue", 0],
    ["one list of two, on time", [list("III", "2019-11-25", true)], "2019-12-02", "started", 5],
    [
      "both complete on time",
      [list("I", "2019-11-25", true), list("III", "2019-11-25", true)],
      "2019-12-02",
      "complete-on-time",
      10,
    ],
    [
      "both complete, late",
      [list("I", "2019-12-02", true), list("III", "2019-12-02", true)],
      "2019-12-02",
      "complete-late",
      5,
    ],
    [
      "late and incomplete",
      [list("I", "2019-12-02", true), list("III", "2019-12-02", false)],
      "2019-12-02",
      "incomplete",
      2.5,
    ],
    [
      "complete, replaced by a worse list before the deadline",
      [list("I", "2019-11-25", true), list("III", "2019-11-25", true, "2019-11-27"), list("III", "2019-11-27", false)],
      "2019-12-02",
      "incomplete",
      5,
    ],
    [
      "complete on time, corrected (worse) after the deadline: kept",
      [list("I", "2019-11-25", true), list("III", "2019-11-25", true, "2019-12-20"), list("III", "2019-12-20", false)],
      "2019-12-20",
      "complete-on-time",
      10,
    ],
    [
      "incomplete, replaced by a better list after the deadline",
      [list("I", "2019-11-25", true), list("III", "2019-11-25", false, "2019-12-05"), list("III", "2019-12-05", true)],
      "2019-12-06",
      "complete-late",
      5,
    ],
  ] as const)("%s", (_, lists, today, kind, expected) => {
    const state = taskState(listTask, facts([...lists]), today, 0.05);
    expect(state.kind).toBe(kind);
    expect(points(state, today)).toBe(expected);
  });

  it("says what is missing and why a list falls short", () => {
    const state = taskState(listTask, facts([list("III", "2019-11-25", false)]), "2019-11-26", 0.05);
    expect(state).toMatchObject({
      kind: "started",
      missing: ["I"],
      shortfalls: [{ template: "III", reason: "quota-official", have: 18, need: 20 }],
      finished: false,
    });
  });

  it("does not ask a unit with quota 0 for Phụ lục III", () => {
    const none = { official: 20, reserve: 10, required: { official: 0, reserve: 0 } };
    const state = taskState(listTask, facts([list("I", "2019-11-25", true)], [], none), "2019-12-02", 0.05);
    expect(state).toMatchObject({ kind: "complete-on-time", asked: ["I"], finished: true });
  });

  it("counts a Phụ lục I whole only with as many valid rows as the unit's staff count, once known", () => {
    const none = { official: 20, reserve: 10, required: { official: 0, reserve: 0 } };
    const staffList = [list("I", "2019-11-25", true)]; // 30 valid rows
    const unknown = taskState(listTask, facts(staffList, [], none, null), "2019-11-26", 0.05);
    expect(unknown).toMatchObject({
      kind: "incomplete",
      finished: false,
      shortfalls: [{ template: "I", reason: "staff-unknown" }],
    });
    const short = taskState(listTask, facts(staffList, [], none, 42), "2019-11-26", 0.05);
    expect(short).toMatchObject({
      kind: "incomplete",
      shortfalls: [{ template: "I", reason: "staff-short", have: 30, need: 42 }],
    });
    expect(taskState(listTask, facts(staffList, [], none, 30), "2019-11-26", 0.05)).toMatchObject({
      kind: "complete-on-time",
      shortfalls: [],
    });
  });

  it("never lets a mark stand in for lists, and keeps a report's score for the admin's confirmation", () => {
    const focal = { source: "focal", doneAt: at("2019-11-26") };
    expect(taskState(listTask, facts([], [[1, focal]]), "2019-12-02", 0.05).kind).toBe("overdue");
    const declared = taskState(report, facts([], [[2, focal]]), "2019-12-20", 0.05);
    expect(declared).toMatchObject({ kind: "declared", finished: true, sentOn: "2019-11-26" });
    expect(scoreState(declared, true, report.effectiveDue, DEFAULT_SCORING)).toEqual({ points: 0, max: 0 });
    const confirmed = taskState(
      report,
      facts([], [[2, { source: "admin", doneAt: at("2019-12-21") }]]),
      "2019-12-21",
      0.05,
    );
    expect(scoreState(confirmed, true, report.effectiveDue, DEFAULT_SCORING)).toEqual({ points: 5, max: 10 });
  });

  it("tells lists, reports and advisory tasks apart", () => {
    expect(deliverableOf(listTask)).toBe("lists");
    expect(deliverableOf(report)).toBe("document");
    expect(deliverableOf({ title: "Tham mưu UBND tỉnh ban hành Quy định đánh giá", cited: [] })).toBe("none");
    expect(deliverableOf({ title: "Lập danh sách theo phụ lục số II, VII, gửi về Sở Nội vụ", cited: [] })).toBe(
      "document",
    );
  });
});
