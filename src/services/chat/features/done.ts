// /done REF (or the button under a reminder): the focal point marks a task done; a task
// that needs lists or a report's document is told what is still missing instead.
// Admins: /confirm UNIT REF marks it for a unit, /undo UNIT REF takes it back.
import { missingText, stateText } from "../../../i18n/task-state-text.ts";
import type { ChatContext, Feature } from "../context.ts";

export const done: Feature = {
  commands: ["done", "xong"],
  actions: ["done"],
  audience: "member",
  async handle(ctx) {
    const ref = ctx.request.action ? { id: Number(ctx.actionArg) } : { ref: ctx.command?.args.trim() ?? "" };
    if (!ref.id && !ref.ref) return ctx.say("done-usage");
    const result = await ctx.services.setDone(ctx.member.unit!, ref, "focal", ctx.actor, ctx.deps.now());
    if (!result.ok) return ctx.say(`error-${result.error.code}`, result.error.args);
    const { kind, duty } = result.value;
    const args = { ref: duty.task.ref };
    if (kind === "needs-lists")
      return ctx.say("done-needs-lists", {
        ...args,
        missing: missingText(ctx.t, duty.state) || stateText(ctx.t, duty.state),
      });
    if (kind === "needs-document") return ctx.say("done-needs-document", args);
    if (kind === "already") return ctx.say("done-already", args);
    return ctx.say("done-marked", args);
  },
};

/** "Sở Xây dựng II.2.1" → unit name and ref (the last word). */
export function unitAndRef(args: string): { unit: string; ref: string } | null {
  const match = args.trim().match(/^(.+)(?:[\n\r\u2028\u2029]\s*|\s)(\S+)$/);
  return match ? { unit: match[1]!, ref: match[2]! } : null;
}

/** The unit an admin names, as the services take it. */
export async function namedUnit(ctx: ChatContext, name: string) {
  const unit = await ctx.services.findUnit(name, ctx.deps.access.province);
  if (!unit.ok) return unit;
  return {
    ok: true as const,
    value: { unitId: unit.value.id, unitName: unit.value.name, provinceId: unit.value.provinceId },
  };
}

async function adminChange(ctx: ChatContext, change: "confirm" | "undo") {
  const target = unitAndRef(ctx.command?.args ?? "");
  if (!target) return ctx.say(`${change}-usage`);
  const unit = await namedUnit(ctx, target.unit);
  if (!unit.ok) return ctx.say(`error-${unit.error.code}`, unit.error.args);
  const inPlan = unit.value;
  if (change === "undo") {
    const undone = await ctx.services.setUndone(inPlan, target.ref, ctx.actor, ctx.deps.now());
    if (!undone.ok) return ctx.say(`error-${undone.error.code}`, undone.error.args);
    const { kind, duty } = undone.value;
    const file = duty.state.evidence?.fileName ?? "";
    return ctx.say(`undo-${kind}`, { ref: duty.task.ref, unit: inPlan.unitName, file });
  }
  const result = await ctx.services.setDone(inPlan, { ref: target.ref }, "admin", ctx.actor, ctx.deps.now());
  if (!result.ok) return ctx.say(`error-${result.error.code}`, result.error.args);
  return ctx.say("confirm-done", { ref: result.value.duty.task.ref, unit: inPlan.unitName });
}

export const confirm: Feature = {
  commands: ["confirm"],
  audience: "admin",
  handle: (ctx) => adminChange(ctx, "confirm"),
};
export const undo: Feature = { commands: ["undo"], audience: "admin", handle: (ctx) => adminChange(ctx, "undo") };
