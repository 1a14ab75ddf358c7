// A file sent in chat: the unit's sample list, a report's evidence document (after
// /nop REF, or in reply to a message naming the task), or, from an admin, an amended plan
// or the province's scoring rules. A list comes back checked within seconds: a summary,
// the first errors by row and column, the annotated copy and the score.
import { DEFAULT_LIMITS, EVIDENCE_LIMITS } from "../../../domain/limits.ts";
import { stateText } from "../../../i18n/task-state-text.ts";
import { annotatedName, intakeSummary } from "../../intake-summary.ts";
import type { ChatContext, Feature } from "../context.ts";
import { planFromFile } from "./plan-import.ts";
import { rulesFromFile } from "./rules.ts";
import type { IncomingFile } from "../types.ts";

/** Keeps the file as the evidence of a report task, and says where the task stands now. */
async function evidence(ctx: ChatContext, taskId: number, file: IncomingFile) {
  if (file.size > EVIDENCE_LIMITS.maxBytes)
    return ctx.say("error-evidence-too-large", { max: EVIDENCE_LIMITS.maxBytes / 1024 / 1024 });
  const { channel, chatId } = ctx.request.from;
  const content = await file.read();
  const unit = ctx.member.unit!;
  const sent = await ctx.services.submitEvidence(
    unit,
    taskId,
    { name: file.name, content },
    ctx.actor,
    ctx.deps.now(),
    {
      channel,
      chatId,
    },
  );
  if (!sent.ok) return ctx.say(`error-${sent.error.code}`, sent.error.args);
  const { duty, fileName } = sent.value;
  return ctx.say("evidence-received", { file: fileName, ref: duty.task.ref, state: stateText(ctx.t, duty.state) });
}

export const files: Feature = {
  // A unit's list from its focal point; an amended plan or a rules workbook from an admin.
  async handle(ctx) {
    const file = ctx.request.file!;
    const unit = ctx.member.unit;
    if (!unit && !ctx.member.isAdmin) return ctx.say("not-a-member");
    const { channel, chatId } = ctx.request.from;
    const report = unit
      ? await ctx.services.evidenceTask(unit, { channel, chatId }, ctx.request.repliedText, ctx.deps.now())
      : null;
    if (report !== null) return evidence(ctx, report, file);
    if (file.size > DEFAULT_LIMITS.maxBytes)
      return ctx.say("error-file-too-large", { max: DEFAULT_LIMITS.maxBytes / 1024 / 1024 });
    const content = await file.read();
    if (ctx.member.isAdmin) {
      // A rules workbook is told apart by its items; anything else may be a plan.
      const rules = await rulesFromFile(ctx, { name: file.name, content });
      if (rules) return rules;
      const plan = await planFromFile(ctx, { name: file.name, content });
      if (plan) return plan;
      if (!unit) return ctx.say("error-not-a-plan");
    }
    if (!unit) return ctx.say("not-a-member");
    const submitted = await ctx.services.submitList(
      unit,
      { name: file.name, content },
      ctx.actor,
      ctx.deps.now(),
      ctx.t,
      {
        channel,
        chatId,
      },
    );
    if (!submitted.ok) return ctx.say(`error-${submitted.error.code}`, submitted.error.args);
    const annotated = submitted.value.report.annotated;
    const reply = { text: intakeSummary(ctx.t, unit.unitName, file.name, submitted.value) };
    return ctx.reply(annotated ? { ...reply, file: { name: annotatedName(file.name), content: annotated } } : reply);
  },
};
