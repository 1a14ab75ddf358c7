// A task's one state in words the unit can act on: where it stands, what is still
// missing (lists not received, quota short, rows in error), the points at stake, and why
// a deadline moved.
import type { Duty } from "../domain/progress.ts";
import { lateShare, type CorrectionPolicy } from "../domain/rule-set.ts";
import { lateDays, maxPoints, type Scoring } from "../domain/scoring.ts";
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

/** Where a report task stands with its document: waiting, confirmed or returned (and why). */
function evidenceText(t: Translate, state: TaskState): string {
  const evidence = state.evidence!;
  const args = { file: evidence.fileName, date: date(evidence.on), reason: evidence.reason ?? "" };
  return t(`tstate-evidence-${evidence.status}`, args);
}

/**
 * Where the task stands ("đã nhận Phụ lục III, còn thiếu Phụ lục I"). Views that score
 * pass the rules' correction policy, so a correction is said as the score treats it.
 */
export function stateText(t: Translate, state: TaskState, correction?: CorrectionPolicy): string {
  if (state.evidence) return evidenceText(t, state);
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
      const key = correction ? `tstate-corrected-${correction}` : "tstate-corrected";
      return state.correctedOn ? `${done}${t(key, { date: date(state.correctedOn) })}` : done;
    }
    case "confirmed":
      return t(`tstate-confirmed-${state.deliverable}`, { date: sent });
    default:
      return t(`tstate-${state.kind}`, { date: sent, lists: appendices(state.asked) });
  }
}

/** The points a task still open can earn, and the day after which they shrink. */
export function stakeText(t: Translate, duty: Duty, scoring: Scoring, today: string): string {
  const { state, task } = duty;
  if (state.finished || !state.scored) return "";
  const due = task.effectiveDue;
  const max = maxPoints(scoring.rules, state.deliverable);
  if (due && today <= due)
    return t("tstate-stake", { points: max, date: date(due), late: max * lateShare(scoring.rules, 1) });
  const now = max * lateShare(scoring.rules, lateDays(scoring, due, today));
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
