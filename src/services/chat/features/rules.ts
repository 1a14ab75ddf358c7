// /rules (/quydinh): the scoring rules in force in the province, for everyone: the
// decision they come from (or dondoc's own default) and what each case earns. Admins'
// `/rules export` gets the workbook to fill in from a new decision; the filled-in workbook
// sent back is previewed, and stored only once the admin confirms it.
import { fold } from "../../../domain/text.ts";
import { rulesSourceText, rulesText } from "../../../i18n/rules-text.ts";
import { rulesFindingsText } from "../../rules-service.ts";
import type { ChatContext, Feature } from "../context.ts";
import type { ChatResponse } from "../types.ts";

export const rules: Feature = {
  commands: ["rules", "quydinh"],
  audience: "everyone",
  async handle(ctx) {
    const { t } = ctx;
    const province = ctx.deps.access.province;
    const wanted = fold(ctx.command?.args ?? "");
    if (wanted === "export" || wanted === "xuat") {
      if (!ctx.member.isAdmin) return ctx.say("admin-only");
      const content = await ctx.services.exportRules(province, ctx.today, t);
      const name = `quy-dinh-cham-diem-${ctx.today}.xlsx`;
      return ctx.reply({ text: t("rules-exported-chat"), file: { name, content } });
    }
    const inForce = await ctx.services.rulesInForce(province, ctx.today);
    const lines = [rulesSourceText(t, inForce), rulesText(t, inForce)];
    if (ctx.member.isAdmin) lines.push(t("rules-admin-hint"));
    return ctx.reply({ text: lines.join("\n") });
  },
};

/** A rules workbook from an admin, previewed with its buttons; null when the file is no rules sheet. */
export async function rulesFromFile(
  ctx: ChatContext,
  file: { name: string; content: Buffer },
): Promise<ChatResponse | null> {
  const { t } = ctx;
  const province = ctx.deps.access.province;
  const by = { importedBy: ctx.actor, importedAt: ctx.deps.now() };
  const proposed = await ctx.services.proposeRules(province, file.content, by);
  if (!proposed) return null;
  if (!proposed.ok) {
    const findings = "findings" in proposed.error ? rulesFindingsText(t, proposed.error.findings) : [];
    return ctx.say("error-invalid-rules", { count: findings.length, findings: findings.join("\n") });
  }
  const { id, rules: read } = proposed.value;
  const inForce = await ctx.services.rulesInForce(province, ctx.today);
  const text = [
    t("rules-preview", { province }),
    rulesSourceText(t, read),
    rulesText(t, read),
    t("rules-list-in-force", { source: rulesSourceText(t, inForce) }),
  ].join("\n");
  const choices = [
    [
      { label: t("choice-rules-apply"), action: `rules-apply:${id}` },
      { label: t("choice-cancel"), action: `rules-cancel:${id}` },
    ],
  ];
  return ctx.reply({ text, choices });
}

/** The admin's answer to a rules preview. */
export const rulesDecision: Feature = {
  actions: ["rules-apply", "rules-cancel"],
  audience: "admin",
  async handle(ctx) {
    const apply = ctx.request.action!.startsWith("rules-apply");
    const province = ctx.deps.access.province;
    const decided = await ctx.services.decideRules(province, Number(ctx.actionArg), apply);
    if (!decided) return ctx.say("rules-already-decided");
    if (!apply) return ctx.say("rules-cancelled");
    const inForce = await ctx.services.rulesInForce(province, ctx.today);
    return ctx.reply({
      text: [ctx.t("rules-applied-chat", { province }), rulesSourceText(ctx.t, inForce)].join("\n"),
    });
  },
};
