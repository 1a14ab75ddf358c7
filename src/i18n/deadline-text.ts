// Why a deadline falls due on another day than the one written: the day off it lands on
// (the weekday, or the holiday by its name) and where the province's rule moves it.
import type { DayOffRule } from "../domain/calendar.ts";
import { weekday } from "../domain/dates.ts";
import { VIETNAM_DAYS_OFF } from "../domain/holidays-vn.ts";
import { date } from "./format.ts";
import type { Translate } from "./index.ts";

const HOLIDAYS = new Map(VIETNAM_DAYS_OFF.filter((d) => !d.working).map((d) => [d.date, d.name]));

/** "15/12/2019 là Chủ nhật: hạn chuyển sang thứ Hai 16/12/2019", or "" when the days are the same. */
export function deadlineMoveText(t: Translate, due: string | null, effectiveDue: string | null): string {
  if (!due || !effectiveDue || due === effectiveDue) return "";
  const day = weekday(due);
  const holiday = HOLIDAYS.get(due);
  const id = day >= 6 ? "tstate-moved-weekend" : holiday ? "tstate-moved-holiday" : "tstate-moved-day-off";
  return t(id, {
    due: date(due),
    day: t(`weekday-${day}`),
    holiday: holiday ?? "",
    back: effectiveDue < due ? "yes" : "no",
    to: date(effectiveDue),
    toDay: t(`weekday-${weekday(effectiveDue)}`),
  });
}

/** A /deadline preview's lines: the day written, the day it falls due and why, the rule, a date before the plan. */
export function deadlinePreviewText(
  t: Translate,
  d: { text: string; due: string; effectiveDue: string; province: string; rule: DayOffRule; planDate: string | null },
): string[] {
  const lines = [
    t("deadline-preview", {
      text: d.text,
      due: date(d.due),
      dueDay: t(`weekday-${weekday(d.due)}`),
      to: date(d.effectiveDue),
      toDay: t(`weekday-${weekday(d.effectiveDue)}`),
    }),
  ];
  const moved = deadlineMoveText(t, d.due, d.effectiveDue);
  if (moved) lines.push(t("deadline-preview-why", { why: moved }));
  lines.push(t("calendar-rule-shown", { province: d.province, rule: dayOffRuleText(t, d.rule) }));
  if (d.planDate && d.due < d.planDate)
    lines.push(t("deadline-preview-before-plan", { due: date(d.due), plan: date(d.planDate) }));
  return lines;
}

/** What the province's rule does with a deadline on a day off. */
export function dayOffRuleText(t: Translate, rule: DayOffRule): string {
  return t(`day-off-rule-${rule}`);
}
