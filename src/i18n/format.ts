// Plain-text renderings shared by commands: dates the Vietnamese way, warnings and
// plan changes as sentences from the locale files.
import { daysBetween, formatVietnamese } from "../domain/dates.ts";
import type { Finding } from "../domain/list-check.ts";
import type { PlanChange } from "../domain/plan-changes.ts";
import type { Digest } from "../domain/reminders.ts";
import type { Choice } from "../services/chat/types.ts";
import type { TaskLine } from "../domain/unit-tasks.ts";
import type { Translate } from "./index.ts";
import type { PlanWarning } from "../plan/parsed-plan.ts";

export function date(value: string | null): string {
  return value ? formatVietnamese(value) : "—";
}

export function warningText(t: Translate, warning: PlanWarning): string {
  return t(`plan-warning-${warning.code}`, warning.args);
}

export function changeText(t: Translate, change: PlanChange): string {
  switch (change.kind) {
    case "task-added":
    case "task-removed":
      return t(`plan-change-${change.kind}`, { ref: change.ref, title: change.title });
    case "title-changed":
      return t("plan-change-title-changed", { ref: change.ref, to: change.to });
    case "deadline-changed":
      return t("plan-change-deadline-changed", { ref: change.ref, from: change.from ?? "—", to: change.to ?? "—" });
    default:
      return t(`plan-change-${change.kind}`, { ref: change.ref, unit: change.unit, role: t(`role-${change.role}`) });
  }
}

export function taskLineText(t: Translate, line: TaskLine): string {
  const when = line.deadlineText
    ? t("task-deadline", { text: line.deadlineText, date: date(line.effectiveDue) })
    : t("task-no-deadline");
  const left = line.daysLeft === null && !line.done ? "" : t(`task-status-${line.status}`, { days: Math.abs(line.daysLeft ?? 0) });
  return [`${line.ref}  [${t(`role-${line.role}`)}]  ${line.title}`, `      ${when}${left ? ` · ${left}` : ""}`].join("\n");
}

/** A finding as a sentence: where it is, what is wrong, what to do. */
export function findingText(t: Translate, finding: Finding): string {
  const args = { value: finding.value, column: finding.column ?? "", row: finding.row ?? 0, ...finding.args };
  if (finding.code === "invalid-phone" && finding.args?.suggestion) return t("finding-invalid-phone-retired", args);
  if (finding.code === "quota-short" || finding.code === "quota-over") {
    return t(`finding-${finding.code}`, { ...args, section: t(`section-${String(finding.args?.section)}`) });
  }
  if (finding.code === "date-out-of-window") {
    return t("finding-date-out-of-window", { ...args, from: date(String(finding.args?.from)), to: date(String(finding.args?.to)) });
  }
  return t(`finding-${finding.code}`, args);
}

/** A unit's reminder digest: lead tasks first, then coordinating ones, with "done" buttons. */
export function digestText(t: Translate, unit: string, digest: Digest): { text: string; choices: Choice[][] } {
  const lines = [t("digest-heading", { unit, date: date(digest.day) })];
  const missed = digest.items.find((i) => i.missedOn);
  if (missed) lines.push(t("digest-late", { date: date(missed.missedOn) }));
  for (const role of ["lead", "coordinator"] as const) {
    const items = digest.items.filter((i) => i.role === role);
    if (items.length === 0) continue;
    lines.push("", t(`digest-role-${role}`));
    for (const item of items) {
      const left = daysBetween(digest.day, item.effectiveDue);
      const status = left < 0 ? t("task-status-overdue", { days: -left }) : left === 0 ? t("task-status-due-today") : t("task-status-pending", { days: left });
      const deadline = item.deadlineText ? t("task-deadline", { text: item.deadlineText, date: date(item.effectiveDue) }) : "";
      lines.push(`• ${item.ref}  ${item.title}`, `   ${deadline} · ${status}`);
    }
  }
  lines.push("", t("digest-footer"));
  const lead = digest.items.filter((i) => i.role === "lead").slice(0, 8);
  return { text: lines.join("\n"), choices: lead.map((i) => [{ label: t("choice-done", { ref: i.ref }), action: `done:${i.taskId}` }]) };
}

/** The admins' daily list of overdue lead tasks, by unit. */
export function overdueSummaryText(t: Translate, day: string, overdue: { unitName: string; ref: string }[]): string {
  const byUnit = new Map<string, string[]>();
  for (const o of overdue) byUnit.set(o.unitName, [...(byUnit.get(o.unitName) ?? []), o.ref]);
  const lines = [t("summary-heading", { date: date(day), tasks: overdue.length, units: byUnit.size })];
  for (const [unit, refs] of byUnit) lines.push(`• ${unit}: ${refs.join(", ")}`);
  return lines.join("\n");
}
