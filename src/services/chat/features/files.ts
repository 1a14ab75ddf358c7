// A file sent in chat: the unit's sample list (or, from an admin, an amended plan or the
// province's scoring rules). A list
// comes back checked within seconds: a summary, the first errors by row and column, the
// annotated copy and the score.
import { DEFAULT_LIMITS } from "../../../domain/limits.ts";
import { annotatedName, intakeSummary } from "../../intake-summary.ts";
import type { Feature } from "../context.ts";
import { planFromFile } from "./plan-import.ts";
import { rulesFromFile } from "./rules.ts";

export const files: Feature = {
  // A unit's list from its focal point; an amended plan or a rules workbook from an admin.
  async handle(ctx) {
    const file = ctx.request.file!;
    const unit = ctx.member.unit;
    if (!unit && !ctx.member.isAdmin) return ctx.say("not-a-member");
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
    const { channel, chatId } = ctx.request.from;
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
