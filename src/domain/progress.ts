// A plan's progress from the admins' side: per task, how many lead units are done, late
// or still within the deadline; the units with overdue tasks; completion by unit group.
import type { IsoDate } from "./dates.ts";
import type { UnitKind } from "./units.ts";

export interface LeadDuty {
  ref: string;
  title: string;
  unit: string;
  kind: UnitKind;
  effectiveDue: IsoDate | null;
  done: boolean;
}

export type DutyState = "done" | "overdue" | "pending";

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

export interface Progress {
  tasks: TaskProgress[];
  overdueUnits: { unit: string; refs: string[] }[];
  groups: ({ kind: UnitKind } & Tally)[];
}

export function dutyState(duty: LeadDuty, today: IsoDate): DutyState {
  if (duty.done) return "done";
  return duty.effectiveDue !== null && duty.effectiveDue < today ? "overdue" : "pending";
}

const empty = (): Tally => ({ done: 0, overdue: 0, pending: 0 });

/** Duties in plan order; the result keeps that order for tasks and units. */
export function summarizeProgress(duties: LeadDuty[], today: IsoDate): Progress {
  const tasks = new Map<string, TaskProgress>();
  const overdue = new Map<string, string[]>();
  const groups = new Map<UnitKind, Tally>();
  for (const duty of duties) {
    const state = dutyState(duty, today);
    const task = tasks.get(duty.ref) ?? {
      ref: duty.ref,
      title: duty.title,
      effectiveDue: duty.effectiveDue,
      ...empty(),
    };
    task[state]++;
    tasks.set(duty.ref, task);
    const group = groups.get(duty.kind) ?? empty();
    group[state]++;
    groups.set(duty.kind, group);
    if (state === "overdue") overdue.set(duty.unit, [...(overdue.get(duty.unit) ?? []), duty.ref]);
  }
  return {
    tasks: [...tasks.values()],
    overdueUnits: [...overdue].map(([unit, refs]) => ({ unit, refs })),
    groups: [...groups].map(([kind, tally]) => ({ kind, ...tally })),
  };
}
