// What a focal point reads about a list they sent, in chat or on the upload page.
import { TEMPLATES } from "../domain/list-templates.ts";
import type { Translate } from "../i18n/index.ts";
import { rulesSourceText } from "../i18n/rules-text.ts";
import { stakeText, stateText } from "../i18n/task-state-text.ts";
import type { Submitted } from "./submission-service.ts";

const SHOWN_FINDINGS = 10;

/** The reply to a list: counts, quota, findings by code, first errors, completeness, what its task needs, the score. */
export function intakeSummary(t: Translate, unit: string, name: string, s: Submitted): string {
  const { check } = s.report;
  const { findings } = check;
  const lines = [
    t("intake-received", { template: s.report.template, title: TEMPLATES[s.report.template].title, unit, file: name }),
    t("intake-counts", {
      total: check.counts.total,
      valid: check.counts.valid,
      official: check.counts.official,
      reserve: check.counts.reserve,
    }),
  ];
  if (check.quota) {
    for (const section of ["official", "reserve"] as const) {
      const q = check.quota[section];
      lines.push(
        t(q.valid >= q.required ? "intake-quota-met" : "intake-quota-short", {
          section: t(`section-${section}`),
          valid: q.valid,
          required: q.required,
        }),
      );
    }
  }
  const byCode = new Map<string, number>();
  for (const f of findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  if (byCode.size)
    lines.push(t("intake-by-code", { list: [...byCode].map(([code, n]) => `${t(`code-${code}`)}: ${n}`).join("; ") }));
  const errors = findings.filter((f) => f.severity === "error" && f.row !== null);
  if (errors.length) {
    lines.push("", t("intake-first-errors"));
    for (const f of errors.slice(0, SHOWN_FINDINGS)) lines.push(`– ${s.report.message(f)}`);
    if (errors.length > SHOWN_FINDINGS) lines.push(t("intake-more", { count: errors.length - SHOWN_FINDINGS }));
  }
  lines.push("", verdict(t, s));
  for (const ref of s.finished) lines.push(t("intake-task-done", { ref }));
  for (const duty of s.duties.filter((d) => !d.state.finished)) {
    lines.push(t("intake-task-state", { ref: duty.task.ref, state: stateText(t, duty.state) }));
    const stake = stakeText(t, duty, s.scoring, s.today);
    if (stake) lines.push(stake);
  }
  lines.push(t("intake-score", { points: s.unitScore.points, max: s.unitScore.max }));
  lines.push(rulesSourceText(t, s.scoring.rules));
  return lines.join("\n");
}

/** Complete, or why not: only the faults this file has (rows in error, quota short, no rows). */
function verdict(t: Translate, s: Submitted): string {
  if (s.report.complete) return t("intake-complete");
  const { check } = s.report;
  if (check.counts.total === 0) return t("intake-incomplete-empty");
  const errors = check.counts.total - check.counts.valid;
  const short = check.findings.some((f) => f.code === "quota-short");
  if (errors > 0 && !short) return t("intake-incomplete");
  return t(errors > 0 ? "intake-incomplete-errors-and-quota" : "intake-incomplete-quota");
}

/** "ds.xlsx" → "ds-da-kiem-tra.xlsx": the annotated copy's name. */
export function annotatedName(name: string): string {
  return name.replace(/(\.\w+)?$/, "-da-kiem-tra.xlsx");
}
