// /score: the unit's score in the plan in force, task by task, from the same state as
// /tasks: what each task still needs and the points at stake; before a deadline, what
// the unit would score if it were today; the rules applied.
import { date } from "../../../i18n/format.ts";
import { rulesSourceText, rulesText } from "../../../i18n/rules-text.ts";
import { stakeText, stateText } from "../../../i18n/task-state-text.ts";
import type { Feature } from "../context.ts";

export const score: Feature = {
  commands: ["score", "diem"],
  audience: "member",
  async handle(ctx) {
    const { t } = ctx;
    const unit = ctx.member.unit!;
    const found = await ctx.services.unitDuties(unit, ctx.today);
    const lead = found?.duties?.duties.filter((d) => d.role === "lead") ?? [];
    if (!found || !found.duties || lead.length === 0) return ctx.say("score-none", { unit: unit.unitName });
    const { score: total, projected } = found.duties;
    const { scoring } = found.plan;
    const lines = [t("score-heading", { unit: unit.unitName, points: total.points, max: total.max })];
    if (projected.max !== total.max || projected.points !== total.points)
      lines.push(t("score-projected", { points: projected.points, max: projected.max }));
    for (const d of lead) {
      const state = stateText(t, d.state, scoring.rules.correction);
      const status = d.state.scored ? state : `${state} (${t("tstate-not-scored")})`;
      const args = { ref: d.task.ref, status, due: date(d.task.effectiveDue) };
      lines.push(t("score-line", { ...args, points: d.score.points, max: d.score.max }));
      const stake = stakeText(t, d, scoring, ctx.today);
      if (stake) lines.push(`   ${stake}`);
    }
    lines.push(rulesSourceText(t, scoring.rules), rulesText(t, scoring.rules));
    return ctx.reply({ text: lines.join("\n") });
  },
};
