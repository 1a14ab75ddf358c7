// The reminder digest and the admins' overdue summary, as text in a recipient's language.
import { daysBetween } from "../domain/dates.ts";
import type { Digest } from "../domain/reminders.ts";
import { deadlineMoveText } from "../i18n/deadline-text.ts";
import { date } from "../i18n/format.ts";
import type { Translate } from "../i18n/index.ts";
import type { Choice } from "./chat/types.ts";

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
      const status =
        left < 0
          ? t("task-status-overdue", { days: -left })
          : left === 0
            ? t("task-status-due-today")
            : t("task-status-pending", { days: left });
      const deadline = item.deadlineText
        ? t("task-deadline", { text: item.deadlineText, date: date(item.effectiveDue) })
        : "";
      const moved = deadlineMoveText(t, item.due, item.effectiveDue);
      lines.push(`• ${item.ref}  ${item.title}`, `   ${[deadline, moved, status].filter(Boolean).join(" · ")}`);
    }
  }
  lines.push("", t("digest-footer"));
  const lead = digest.items.filter((i) => i.role === "lead").slice(0, 8);
  return {
    text: lines.join("\n"),
    choices: lead.map((i) => [{ label: t("choice-done", { ref: i.ref }), action: `done:${i.taskId}` }]),
  };
}

/** The admins' daily list of overdue lead tasks, by unit. */
export function overdueSummaryText(t: Translate, day: string, overdue: { unitName: string; ref: string }[]): string {
  const byUnit = new Map<string, string[]>();
  for (const o of overdue) byUnit.set(o.unitName, [...(byUnit.get(o.unitName) ?? []), o.ref]);
  const lines = [t("summary-heading", { date: date(day), tasks: overdue.length, units: byUnit.size })];
  for (const [unit, refs] of byUnit) lines.push(`• ${unit}: ${refs.join(", ")}`);
  return lines.join("\n");
}
