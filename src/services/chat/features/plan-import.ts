// A plan file sent by an admin: first a summary of what was read (tasks, deadlines, lead
// units, quotas) and of every unit name not understood; then, name by name, the admin picks
// the unit it means among the closest ones, creates a new unit (of a kind asked next), or
// ignores it; the plan is read again after each answer. Last comes the usual preview of the
// changes, confirmed or cancelled: nothing is saved before. A plan of another province is
// confirmed with its own button.
import type { UnitKind } from "../../../domain/units.ts";
import { UNIT_KINDS } from "../../../domain/units.ts";
import { noticesShown, type ImportReview, type NameAnswer } from "../../plan-import-service.ts";
import type { NameChoice } from "../../../domain/plan-import.ts";
import { importSummaryLines, refsText } from "../../../i18n/import-summary.ts";
import type { ChatContext, Feature } from "../context.ts";
import type { ChatResponse, Choice } from "../types.ts";
import { capped, previewReply } from "./plan-change.ts";

function summaryLines(ctx: ChatContext, review: ImportReview): string[] {
  const about = { plan: review.preview.plan, summary: review.summary, serving: ctx.deps.access.province };
  return importSummaryLines(ctx.t, about, (lines) => capped(ctx, lines));
}

function questionReply(ctx: ChatContext, review: ImportReview, before: string[]): ChatResponse {
  const { t } = ctx;
  const question = review.question!;
  const id = review.preview.revisionId;
  const lines = [
    ...before,
    ...summaryLines(ctx, review),
    "",
    t("import-question", { name: question.name.name, refs: refsText(t, question.name) }),
  ];
  if (question.suggestions.length === 0) lines.push(t("import-question-none"));
  const choices: Choice[][] = question.suggestions.map((s) => [
    { label: s.name, action: `imp-unit:${id}:${question.tag}:${s.tag}` },
  ]);
  choices.push(
    [
      { label: t("choice-import-create"), action: `imp-new:${id}:${question.tag}` },
      { label: t("choice-import-ignore"), action: `imp-skip:${id}:${question.tag}` },
    ],
    [{ label: t("choice-import-cancel"), action: `plan-cancel:${id}` }],
  );
  return ctx.reply({ text: lines.join("\n"), choices });
}

/** The review of an import: the next question, or the preview to confirm. */
function reviewReply(ctx: ChatContext, review: ImportReview, before: string[] = []): ChatResponse {
  if (review.question) return questionReply(ctx, review, before);
  const { summary, preview } = review;
  return previewReply(ctx, preview, {
    before,
    after: summaryLines(ctx, review),
    notices: noticesShown(review),
    ...(summary.foreign
      ? {
          apply: {
            label: ctx.t("choice-apply-foreign", { province: summary.province }),
            action: `plan-apply-foreign:${preview.revisionId}`,
          },
        }
      : {}),
  });
}

/** A plan file from an admin, reviewed; null when the file is not a plan. */
export async function planFromFile(
  ctx: ChatContext,
  file: { name: string; content: Buffer },
): Promise<ChatResponse | null> {
  const author = { by: ctx.actor, reason: ctx.request.text?.trim() ?? "", at: ctx.deps.now() };
  const review = await ctx.services.reviewImport(file, author, ctx.deps.access.province);
  if (!review.ok && review.error.code === "not-a-plan") return null;
  return review.ok ? reviewReply(ctx, review.value) : ctx.say(`error-${review.error.code}`, review.error.args);
}

function answered(ctx: ChatContext, choice: NameChoice): string {
  if (choice.action === "alias") return ctx.t("import-answer-alias", { name: choice.name, unit: choice.unit });
  if (choice.action === "create")
    return ctx.t("import-answer-create", { name: choice.name, kind: ctx.t(`unit-kind-${choice.kind}`) });
  return ctx.t("import-answer-ignore", { name: choice.name });
}

/** "imp-kind:12:ab12cd34:department" → the revision, the name's tag and the rest. */
function parseAction(arg: string): { id: number; tag: string; value: string } {
  const [id, tag, value] = arg.split(":");
  return { id: Number(id), tag: tag ?? "", value: value ?? "" };
}

export const importAnswer: Feature = {
  actions: ["imp-unit", "imp-new", "imp-kind", "imp-skip"],
  audience: "admin",
  async handle(ctx) {
    const action = ctx.request.action!.split(":")[0];
    const { id, tag, value } = parseAction(ctx.actionArg);
    if (action === "imp-new") {
      const asked = await ctx.services.askedName(id, tag, ctx.deps.access.province);
      if (!asked.ok) return ctx.say(`error-${asked.error.code}`, asked.error.args);
      // The kind decides which groups ("các sở, ban, ngành", "cấp xã") the new unit belongs to.
      const kinds = UNIT_KINDS.map((kind) => [
        { label: ctx.t(`unit-kind-${kind}`), action: `imp-kind:${id}:${tag}:${kind}` },
      ]);
      return ctx.reply({
        text: ctx.t("import-kind-question", { name: asked.value.name }),
        choices: [...kinds, [{ label: ctx.t("choice-import-cancel"), action: `plan-cancel:${id}` }]],
      });
    }
    if (action === "imp-kind" && !UNIT_KINDS.includes(value as UnitKind)) return ctx.say("error-import-name-answered");
    const answer: NameAnswer =
      action === "imp-unit"
        ? { unitTag: value }
        : action === "imp-kind"
          ? { create: value as UnitKind }
          : { ignore: true };
    const review = await ctx.services.answerName(id, tag, answer, ctx.deps.access.province);
    if (!review.ok) return ctx.say(`error-${review.error.code}`, review.error.args);
    return reviewReply(ctx, review.value, [answered(ctx, review.value.answered), ""]);
  },
};
