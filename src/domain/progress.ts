// Every unit's tasks of a plan with their one state and score, from the rows of the
// whole plan at once; and the admins' summary of it: per task, how many lead units are
// done, overdue or still within the deadline; the units with overdue tasks; completion
// by unit group; the ranking of every unit that has tasks.
import type { IsoDate } from "./dates.ts";
import type { Quota } from "./list-check.ts";
import type { Role } from "./plan-changes.ts";
import { scoreState, type Scoring, type TaskScore } from "./scoring.ts";
import {
  taskState,
  type EvidenceFact,
  type ListVersion,
  type Mark,
  type StateTask,
  type TaskState,
} from "./task-state.ts";
import type { UnitKind } from "./units.ts";

export interface StateRows {
  tasks: {
    id: number;
    ref: string;
    title: string;
    deadlineText: string | null;
    due: string | null;
    effectiveDue: string | null;
    /** The appendices the task cites. */
    cited: string[];
  }[];
  assignments: {
    taskId: number;
    unitId: number;
    role: string;
    unit: { name: string; kind: string; staffCount: number | null };
  }[];
  lists: (ListVersion & { unitId: number })[];
  marks: (Mark & { taskId: number; unitId: number })[];
  /** Units' current evidence documents of report tasks. */
  evidence?: (EvidenceFact & { taskId: number; unitId: number })[];
  quotas: { unitId: number; official: number; reserve: number; requiredOfficial: number; requiredReserve: number }[];
}

export interface DutyTask extends StateTask {
  /** Place in the plan. */
  position: number;
  deadlineText: string | null;
  due: IsoDate | null;
}

export interface Duty {
  task: DutyTask;
  role: Role;
  state: TaskState;
  score: TaskScore;
  /** The score if the deadline were today (the score itself once it has passed). */
  projected: TaskScore;
}

export interface UnitDuties {
  unitId: number;
  unit: string;
  kind: UnitKind;
  duties: Duty[];
  score: TaskScore;
  projected: TaskScore;
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}

const sum = (scores: TaskScore[]): TaskScore => ({
  points: scores.reduce((s, x) => s + x.points, 0),
  max: scores.reduce((s, x) => s + x.max, 0),
});

function duty(
  task: DutyTask,
  role: Role,
  facts: Parameters<typeof taskState>[1],
  today: IsoDate,
  scoring: Scoring,
): Duty {
  const tolerance = scoring.rules.errorTolerance;
  // A coordinator hands in nothing of its own: only its marks count, and it is not scored.
  // (taskState builds a new state each call; setting a field is much cheaper than `{ ...state, scored }`.)
  const state = taskState(role === "lead" ? task : { ...task, cited: [], title: "" }, facts, today, tolerance);
  if (role !== "lead") state.scored = false;
  const pastDue = task.effectiveDue !== null && today > task.effectiveDue;
  return {
    task,
    role,
    state,
    score: scoreState(state, pastDue, task.effectiveDue, scoring),
    projected: scoreState(state, true, task.effectiveDue, scoring),
  };
}

/** Every assigned unit's duties, units in the order they first appear in the plan, duties in plan order. */
export function planStates(rows: StateRows, today: IsoDate, scoring: Scoring): UnitDuties[] {
  const tasks = new Map(rows.tasks.map((t, position) => [t.id, { ...t, position } satisfies DutyTask]));
  const lists = groupBy(rows.lists, (l) => l.unitId);
  const marks = groupBy(rows.marks, (m) => m.unitId);
  const evidence = groupBy(rows.evidence ?? [], (e) => e.unitId);
  const quotas = new Map(rows.quotas.map((q) => [q.unitId, q]));
  const byUnit = groupBy(
    [...rows.assignments].sort((a, b) => tasks.get(a.taskId)!.position - tasks.get(b.taskId)!.position),
    (a) => a.unitId,
  );
  return [...byUnit].map(([unitId, assignments]) => {
    const q = quotas.get(unitId);
    const quota: Quota | null = q
      ? {
          official: q.official,
          reserve: q.reserve,
          required: { official: q.requiredOfficial, reserve: q.requiredReserve },
        }
      : null;
    const facts = {
      quota,
      lists: lists.get(unitId) ?? [],
      marks: groupBy(marks.get(unitId) ?? [], (m) => m.taskId),
      evidence: new Map((evidence.get(unitId) ?? []).map((e) => [e.taskId, e])),
      staffCount: assignments[0]!.unit.staffCount,
    };
    const duties = assignments.map((a) => duty(tasks.get(a.taskId)!, a.role as Role, facts, today, scoring));
    return {
      unitId,
      unit: assignments[0]!.unit.name,
      kind: assignments[0]!.unit.kind as UnitKind,
      duties,
      score: sum(duties.map((d) => d.score)),
      projected: sum(duties.map((d) => d.projected)),
    };
  });
}

export type DutyTally = "done" | "overdue" | "pending";

/** Done: nothing left to do; overdue: past the deadline and not done; pending: the rest. */
export function tallyOf(d: Duty, today: IsoDate): DutyTally {
  if (d.state.finished) return "done";
  return d.task.effectiveDue !== null && d.task.effectiveDue < today ? "overdue" : "pending";
}

export interface Tally {
  done: number;
  overdue: number;
  pending: number;
}

export interface TaskProgress extends Tally {
  ref: string;
  title: string;
  effectiveDue: IsoDate | null;
}

export interface RankedUnit {
  unit: string;
  points: number;
  /** 0 when nothing of the unit is due yet. */
  max: number;
}

export interface Progress {
  tasks: TaskProgress[];
  overdueUnits: { unit: string; refs: string[] }[];
  groups: ({ kind: UnitKind } & Tally)[];
  ranking: RankedUnit[];
}

const empty = (): Tally => ({ done: 0, overdue: 0, pending: 0 });

/** Lead duties only; tasks in plan order, units by score share, those with nothing due last. */
export function summarizeProgress(units: UnitDuties[], today: IsoDate): Progress {
  const tasks = new Map<number, TaskProgress>(); // by position in the plan
  const overdue: Progress["overdueUnits"] = [];
  const groups = new Map<UnitKind, Tally>();
  for (const unit of units) {
    const late: string[] = [];
    for (const d of unit.duties.filter((x) => x.role === "lead")) {
      const state = tallyOf(d, today);
      const { position, ref, title, effectiveDue } = d.task;
      const task = tasks.get(position) ?? { ref, title, effectiveDue, ...empty() };
      task[state]++;
      tasks.set(position, task);
      const group = groups.get(unit.kind) ?? empty();
      group[state]++;
      groups.set(unit.kind, group);
      if (state === "overdue") late.push(d.task.ref);
    }
    if (late.length) overdue.push({ unit: unit.unit, refs: late });
  }
  const ranking = units
    .filter((u) => u.duties.some((d) => d.role === "lead"))
    .map((u) => ({ unit: u.unit, points: u.score.points, max: u.score.max }))
    .sort(
      (a, b) =>
        Number(b.max > 0) - Number(a.max > 0) ||
        (b.max && a.max ? b.points / b.max - a.points / a.max : 0) ||
        a.unit.localeCompare(b.unit, "vi"),
    );
  return {
    tasks: [...tasks].sort(([a], [b]) => a - b).map(([, task]) => task),
    overdueUnits: overdue,
    groups: [...groups].map(([kind, tally]) => ({ kind, ...tally })),
    ranking,
  };
}
