// A task's one state in words the unit can act on: where it stands, what is still
// missing (lists not received, quota short, rows in error), the points at stake, and why
// a deadline moved.
import type { Duty } from "../domain/progress.ts";
import { listPoints, type Rubric } from "../domain/scoring.ts";
import type { Shortfall, TaskState } from "../domain/task-state.ts";
import type { TaskLine } from "../domain/unit-tasks.ts";
import { deadlineMoveText } from "./deadline-text.ts";
import { date } from "./format.ts";
import type { Translate } from "./index.ts";

const appendices = (ids: string[]) => (ids.length ? `Phụ lục ${ids.join(", ")}` : "");

function shortfallText(t: Translate, s: Shortfall): string {
  return "have" in s
    ? t(`tstate-why-${s.reason}`, { template: s.template, have: s.have, need: s.need })
    : t(`tstate-why-${s.reason}`, { template: s.template });
}

/** What the task still needs, or "" when nothing is missing. */
export function missingText(t: Translate, state: TaskState): string {
  const parts = [];
  if (state.missing.length) parts.push(t("tstate-missing-lists", { lists: appendices(state.missing) }));
  parts.push(...state.shortfalls.map((s) => shortfallText(t, s)));
  return parts.join("; ");
}

/** Where the task stands ("đã nhận Phụ lục III, còn thiếu Phụ lục I"). */
export function stateText(t: Translate, state: TaskState): string {
  const sent = date(state.sentOn);
  const received = appendices(state.asked.filter((id) => !state.missing.includes(id)));
  switch (state.kind) {
    case "not-due":
    case "overdue":
      return t(`tstate-nothing-${state.deliverable}`, { lists: appendices(state.asked) });
    case "started":
      return t("tstate-started", { received, missing: missingText(t, state) });
    case "incomplete":
      return t("tstate-incomplete", { why: missingText(t, state) });
    case "complete-on-time": {
      const done = t("tstate-complete-on-time", { date: sent });
      return state.correctedOn ? `${done}${t("tstate-corrected", { date: date(state.correctedOn) })}` : done;
    }
    case "confirmed":
      return t(`tstate-confirmed-${state.deliverable}`, { date: sent });
    default:
      return t(`tstate-${state.kind}`, { date: sent, lists: appendices(state.asked) });
  }
}

/** The points a task still open can earn, and the day after which they shrink. */
export function stakeText(t: Translate, duty: Duty, rubric: Rubric, today: string): string {
  const { state, task } = duty;
  if (state.finished || !state.scored) return "";
  const due = task.effectiveDue;
  if (due && today <= due)
    return t("tstate-stake", { points: rubric.dutyPoints, date: date(due), late: listPoints(true, true, rubric) });
  const now = listPoints(true, true, rubric);
  return now > duty.score.points ? t("tstate-stake-late", { points: now }) : "";
}

/** A line of /tasks: ref, role, title; deadline (and why it moved), days left and state. */
export function taskLineText(t: Translate, line: TaskLine): string {
  const { task, state } = line;
  const when = task.deadlineText
    ? t("task-deadline", { text: task.deadlineText, date: date(task.effectiveDue) })
    : t("task-no-deadline");
  const left =
    state.finished || line.daysLeft === null
      ? ""
      : line.daysLeft < 0
        ? t("task-status-overdue", { days: -line.daysLeft })
        : line.daysLeft === 0
          ? t("task-status-due-today")
          : t("task-status-pending", { days: line.daysLeft });
  return [
    `${task.ref}  [${t(`role-${line.role}`)}]  ${task.title}`,
    `      ${[when, deadlineMoveText(t, task.due, task.effectiveDue), left, stateText(t, state)].filter(Boolean).join(" · ")}`,
  ].join("\n");
}
