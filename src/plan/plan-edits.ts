// Changes an admin makes to a plan in chat, as pure functions from one plan to the next:
// the result is previewed and saved like an amended plan file.
import { effectiveDue, type WorkCalendar } from "../domain/calendar.ts";
import { parseDeadline } from "../domain/deadline.ts";
import type { Role } from "../domain/plan-changes.ts";
import type { ResolvedName } from "../domain/resolve-units.ts";
import { matchRef } from "../domain/refs.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import type { ParsedDeadline, ParsedPlan, ParsedTask } from "./parsed-plan.ts";

export type PlanEdit =
  | { kind: "deadline"; ref: string; wording: string }
  | { kind: "assign"; ref: string; unit: ResolvedName; role: Role | "none" }
  | { kind: "add-task"; ref: string; title: string; wording: string | null }
  | { kind: "remove-task"; ref: string };

/** The index of the task the typed ref names, or -1. */
const taskIndex = (plan: ParsedPlan, ref: string) => {
  const refs = plan.tasks.map((t) => t.ref);
  const known = matchRef(refs, ref);
  return known === null ? -1 : refs.indexOf(known);
};

function deadline(wording: string, calendar: WorkCalendar): Result<ParsedDeadline> {
  const parsed = parseDeadline(wording);
  if (!parsed.ok && parsed.code === "invalid-date") return fail(`deadline-${parsed.why.fault}`, { ...parsed.why });
  if (!parsed.ok) return fail("invalid-deadline", { text: wording });
  const { text, due } = parsed.deadline;
  return ok({ text, due, effectiveDue: effectiveDue(calendar, due) });
}

function withTask(plan: ParsedPlan, ref: string, change: (task: ParsedTask) => Result<ParsedTask>): Result<ParsedPlan> {
  const index = taskIndex(plan, ref);
  if (index < 0) return fail("plan-unknown-task", { ref });
  const changed = change(plan.tasks[index]!);
  if (!changed.ok) return changed;
  return ok({ ...plan, tasks: plan.tasks.map((t, i) => (i === index ? changed.value : t)) });
}

function assign(task: ParsedTask, unit: ResolvedName, role: Role | "none"): Result<ParsedTask> {
  const lead = task.lead.filter((u) => u.name !== unit.name);
  const coordinators = task.coordinators.filter((u) => u.name !== unit.name);
  const current: Role | "none" = task.lead.some((u) => u.name === unit.name)
    ? "lead"
    : task.coordinators.some((u) => u.name === unit.name)
      ? "coordinator"
      : "none";
  if (current === role) return fail("assignment-unchanged", { ref: task.ref, unit: unit.name });
  if (role === "lead") lead.push(unit);
  if (role === "coordinator") coordinators.push(unit);
  return ok({ ...task, lead, coordinators });
}

/** The parent of "II.2.3" is "II.2" when the plan has it. */
function parentOf(plan: ParsedPlan, ref: string): string | null {
  const parent = ref.split(".").slice(0, -1).join(".");
  return plan.tasks[taskIndex(plan, parent)]?.ref ?? null;
}

export function applyEdit(plan: ParsedPlan, edit: PlanEdit, calendar: WorkCalendar): Result<ParsedPlan> {
  switch (edit.kind) {
    case "deadline": {
      const due = deadline(edit.wording, calendar);
      if (!due.ok) return due;
      // A heading only groups tasks: it is never due itself.
      return withTask(plan, edit.ref, (task) =>
        task.kind === "heading" ? fail("task-is-heading", { ref: task.ref }) : ok({ ...task, deadline: due.value }),
      );
    }
    case "assign":
      return withTask(plan, edit.ref, (task) => assign(task, edit.unit, edit.role));
    case "remove-task": {
      const index = taskIndex(plan, edit.ref);
      if (index < 0) return fail("plan-unknown-task", { ref: edit.ref });
      return ok({ ...plan, tasks: plan.tasks.filter((_, i) => i !== index) });
    }
    case "add-task": {
      if (taskIndex(plan, edit.ref) >= 0) return fail("task-exists", { ref: edit.ref });
      const due = edit.wording ? deadline(edit.wording, calendar) : ok(null);
      if (!due.ok) return due;
      const task: ParsedTask = {
        ref: edit.ref,
        parentRef: parentOf(plan, edit.ref),
        kind: "task",
        title: edit.title,
        deadline: due.value,
        lead: [],
        coordinators: [],
        templates: [],
      };
      return ok({ ...plan, tasks: [...plan.tasks, task] });
    }
  }
}
