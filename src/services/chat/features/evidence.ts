// Admins and the units' evidence documents: /evidence [UNIT] [REF] lists those waiting
// for a verdict, each with a choice that hands back the file; /return UNIT REF reason
// sends one back, the unit being told why and that it must send a new one. /confirm
// (done.ts) confirms one.
import { formatDateTime } from "../../../domain/dates.ts";
import type { ChatContext, Feature } from "../context.ts";
import type { Choice } from "../types.ts";
import { namedUnit, unitAndRef } from "./done.ts";

/** Documents listed with a choice each; more wait behind "/evidence UNIT". */
const SHOWN = 20;

/** "", "UNIT", "UNIT REF" or "REF": the unit (if one is named) and the ref. */
async function filter(ctx: ChatContext, args: string) {
  if (!args) return { ok: true as const, value: {} };
  const whole = await namedUnit(ctx, args);
  if (whole.ok) return { ok: true as const, value: { unit: whole.value } };
  const split = unitAndRef(args);
  const unit = split && (await namedUnit(ctx, split.unit));
  if (split && unit?.ok) return { ok: true as const, value: { unit: unit.value, ref: split.ref } };
  return args.includes(" ") ? whole : { ok: true as const, value: { ref: args } };
}

async function list(ctx: ChatContext) {
  const only = await filter(ctx, ctx.command?.args.trim() ?? "");
  if (!only.ok) return ctx.say(`error-${only.error.code}`, only.error.args);
  const { unit, ref } = only.value as { unit?: { unitId: number }; ref?: string };
  const waiting = await ctx.services.evidenceWaiting(ctx.deps.access.province, {
    ...(unit ? { unitId: unit.unitId } : {}),
    ...(ref ? { ref } : {}),
  });
  if (!waiting.ok) return ctx.say(`error-${waiting.error.code}`, waiting.error.args);
  if (waiting.value.length === 0) return ctx.say("evidence-none-waiting");
  const shown = waiting.value.slice(0, SHOWN);
  const lines = shown.map((e, i) =>
    ctx.t("evidence-line", { n: i + 1, unit: e.unit, ref: e.ref, file: e.fileName, at: formatDateTime(e.receivedAt) }),
  );
  const more = waiting.value.length - shown.length;
  const text = [
    ctx.t("evidence-heading", { count: waiting.value.length }),
    ...lines,
    more > 0 ? ctx.t("evidence-more", { more }) : "",
    ctx.t("evidence-how"),
  ]
    .filter(Boolean)
    .join("\n");
  const choices: Choice[][] = shown.map((e, i) => [{ label: `📎 ${i + 1}. ${e.ref}`, action: `evidence:${e.id}` }]);
  return ctx.reply({ text, choices });
}

/** The file behind a listed document. */
async function file(ctx: ChatContext) {
  const got = await ctx.services.evidenceFile(Number(ctx.actionArg), ctx.deps.access.province);
  if (!got.ok) return ctx.say(`error-${got.error.code}`, got.error.args);
  const { name, content, unit, ref } = got.value;
  return ctx.reply({ text: ctx.t("evidence-file", { unit, ref, file: name }), file: { name, content } });
}

export const evidence: Feature = {
  commands: ["evidence", "minhchung"],
  actions: ["evidence"],
  audience: "admin",
  handle: (ctx) => (ctx.request.action ? file(ctx) : list(ctx)),
};

/** "Sở Xây dựng II.2.2 thiếu chữ ký" → unit, ref (the first word that looks like one) and reason. */
function returnArgs(args: string): { unit: string; ref: string; reason: string } | null {
  const match = args.trim().match(/^(.|.*?\S)\s+((?:[IVXLC]+|\d+)(?:[.-]\d+)*\.?)\s+(\S[\s\S]*)$/);
  return match ? { unit: match[1]!, ref: match[2]!, reason: match[3]!.trim() } : null;
}

export const returnDocument: Feature = {
  commands: ["return", "tralai"],
  audience: "admin",
  async handle(ctx) {
    const target = returnArgs(ctx.command?.args ?? "");
    if (!target) return ctx.say("return-usage");
    const unit = await namedUnit(ctx, target.unit);
    if (!unit.ok) return ctx.say(`error-${unit.error.code}`, unit.error.args);
    const returned = await ctx.services.returnEvidence(
      unit.value,
      target.ref,
      target.reason,
      ctx.actor,
      ctx.deps.now(),
    );
    if (!returned.ok) return ctx.say(`error-${returned.error.code}`, returned.error.args);
    return ctx.say("return-done", {
      unit: unit.value.unitName,
      ref: returned.value.ref,
      file: returned.value.fileName,
      reason: target.reason,
    });
  },
};
