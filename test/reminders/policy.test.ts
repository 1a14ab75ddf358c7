import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../src/domain/calendar.ts";
import { VIETNAM_DAYS_OFF } from "../../src/domain/holidays-vn.ts";
import { DEFAULT_POLICY, planDigests, reminderOn, type Assignment } from "../../src/domain/reminders.ts";

const calendar = buildCalendar(VIETNAM_DAYS_OFF);
const on = (day: string, due: string) => reminderOn(day, due, calendar, DEFAULT_POLICY);

describe("reminderOn", () => {
  it("reminds 7, 3 and 1 working days before, on the day, the day after, then weekly", () => {
    const days: [string, string][] = [];
    for (let d = new Date("2019-11-15"); d <= new Date("2019-12-31"); d.setUTCDate(d.getUTCDate() + 1)) {
      const day = d.toISOString().slice(0, 10);
      const kind = on(day, "2019-11-29");
      if (kind) days.push([day, kind]);
    }
    expect(days).toEqual([
      ["2019-11-20", "before"],
      ["2019-11-26", "before"],
      ["2019-11-28", "before"],
      ["2019-11-29", "due"],
      ["2019-12-02", "overdue"],
      ["2019-12-09", "overdue"],
      ["2019-12-16", "overdue"],
      ["2019-12-23", "overdue"],
      ["2019-12-30", "overdue"],
    ]);
  });

  it("counts working days across holidays and never reminds on a day off", () => {
    // Effective due 03/02/2025, after Tết (27–31/01): 1, 3 and 7 working days before are 24, 22 and 16/01.
    expect(on("2025-01-16", "2025-02-03")).toBe("before");
    expect(on("2025-01-20", "2025-02-03")).toBeNull();
    expect(on("2025-01-22", "2025-02-03")).toBe("before");
    expect(on("2025-01-24", "2025-02-03")).toBe("before");
    expect(on("2025-01-31", "2025-02-03")).toBeNull();
    // Weekly reminders that fall on a holiday move to the next working day.
    expect(on("2024-09-04", "2024-08-23")).toBe("overdue");
  });
});

const task = (taskId: number, due: string, role: "lead" | "coordinator" = "lead", done = false): Assignment => ({
  unitId: 1,
  taskId,
  ref: `1.${taskId}`,
  title: `Nhiệm vụ ${taskId}`,
  role,
  deadlineText: null,
  due: null,
  effectiveDue: due,
  done,
});

describe("planDigests", () => {
  it("gathers a unit's reminders of the day in one digest, lead tasks first", () => {
    const [digest] = planDigests(
      [task(1, "2019-12-19", "coordinator"), task(2, "2019-12-16"), task(3, "2019-12-16", "lead", true)],
      "2019-12-16",
      null,
      calendar,
      DEFAULT_POLICY,
    );
    expect(digest!.items.map((i) => [i.ref, i.role, i.kind, i.missedOn])).toEqual([
      ["1.2", "lead", "due", null],
      ["1.1", "coordinator", "before", null],
    ]);
  });

  it("sends missed reminders once, marked late, and skips those a later reminder replaces", () => {
    const digests = planDigests(
      [task(1, "2019-12-19"), task(2, "2019-11-29")],
      "2019-12-23",
      "2019-12-13",
      calendar,
      DEFAULT_POLICY,
    );
    expect(digests[0]!.items.map((i) => [i.ref, i.kind, i.missedOn])).toEqual([
      ["1.2", "overdue", null],
      ["1.1", "overdue", "2019-12-20"],
    ]);
  });
});
