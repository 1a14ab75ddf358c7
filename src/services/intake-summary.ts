// What a focal point reads about a list they sent, in chat or on the upload page.
import { TEMPLATES } from "../domain/list-templates.ts";
import type { Translate } from "../i18n/index.ts";
import type { Submitted } from "./submission-service.ts";

const SHOWN_FINDINGS = 10;

/** The reply to a list: counts, quota, findings by code, the first errors, completeness, score. */
export function intakeSummary(t: Translate, unit: string, name: string, s: Submitted): string {
  const { check, findings } = s.report;
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
    for (const f of errors.slice(0, SHOWN_FINDINGS)) lines.push(`– ${f.message}`);
    if (errors.length > SHOWN_FINDINGS) lines.push(t("intake-more", { count: errors.length - SHOWN_FINDINGS }));
  }
  lines.push("", t(s.report.complete ? "intake-complete" : "intake-incomplete"));
  if (s.taskDone) lines.push(t("intake-task-done", { ref: s.taskDone }));
  lines.push(t("intake-score", { points: s.unitScore.points, max: s.unitScore.max }));
  return lines.join("\n");
}

/** "ds.xlsx" → "ds-da-kiem-tra.xlsx": the annotated copy's name. */
export function annotatedName(name: string): string {
  return name.replace(/(\.\w+)?$/, "-da-kiem-tra.xlsx");
}
