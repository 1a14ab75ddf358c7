// A file sent in chat: the unit's sample list (or, from an admin, an amended plan). It comes back checked within seconds:
// a summary, the first errors by row and column, the annotated copy and the score.
import { TEMPLATES } from "../../../domain/list-templates.ts";
import { DEFAULT_LIMITS } from "../../../sheets/guard.ts";
import { submitList, type Submitted } from "../../submission-service.ts";
import type { ChatContext, Feature } from "../context.ts";
import { planFromFile } from "./plan-change.ts";

const SHOWN_FINDINGS = 10;

function summary(ctx: ChatContext, unit: string, name: string, s: Submitted): string {
  const { t } = ctx;
  const { check, findings } = s.report;
  const lines = [
    t("intake-received", { template: s.report.template, title: TEMPLATES[s.report.template].title, unit, file: name }),
    t("intake-counts", { total: check.counts.total, valid: check.counts.valid, official: check.counts.official, reserve: check.counts.reserve }),
  ];
  if (check.quota) {
    for (const section of ["official", "reserve"] as const) {
      const q = check.quota[section];
      lines.push(t(q.valid >= q.required ? "intake-quota-met" : "intake-quota-short", { section: t(`section-${section}`), valid: q.valid, required: q.required }));
    }
  }
  const byCode = new Map<string, number>();
  for (const f of findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  if (byCode.size) lines.push(t("intake-by-code", { list: [...byCode].map(([code, n]) => `${t(`code-${code}`)}: ${n}`).join("; ") }));
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

export const files: Feature = {
  // A unit's list from its focal point; an amended plan from an admin.
  async handle(ctx) {
    const file = ctx.request.file!;
    const unit = ctx.member.unit;
    if (!unit && !ctx.member.isAdmin) return ctx.say("not-a-member");
    if (file.size > DEFAULT_LIMITS.maxBytes) return ctx.say("error-file-too-large", { max: DEFAULT_LIMITS.maxBytes / 1024 / 1024 });
    const content = await file.read();
    if (ctx.member.isAdmin) {
      const plan = await planFromFile(ctx, { name: file.name, content });
      if (plan) return plan;
      if (!unit) return ctx.say("error-not-a-plan");
    }
    if (!unit) return ctx.say("not-a-member");
    const submitted = await submitList(ctx.db, unit, { name: file.name, content }, ctx.actor, ctx.deps.now(), ctx.t);
    if (!submitted.ok) return ctx.say(`error-${submitted.error.code}`, submitted.error.args);
    const annotated = submitted.value.report.annotated;
    const reply = { text: summary(ctx, unit.unitName, file.name, submitted.value) };
    return ctx.reply(annotated ? { ...reply, file: { name: file.name.replace(/(\.\w+)?$/, "-da-kiem-tra.xlsx"), content: annotated } } : reply);
  },
};
