// /progress (admins): per task, lead units done, overdue and pending; the units with
// overdue tasks; the ranking of every unit with tasks (those with nothing due yet said
// so); and a chart of completion by unit group. Every figure reads the tasks' one state.
import { date } from "../../../i18n/format.ts";
import { rulesSourceText } from "../../../i18n/rules-text.ts";
import { progressChart } from "../../progress-service.ts";
import type { Feature } from "../context.ts";

const SHOWN = 15;

export const progress: Feature = {
  commands: ["progress", "tiendo"],
  audience: "admin",
  async handle(ctx) {
    const { t } = ctx;
    const result = await ctx.services.planProgress(ctx.deps.access.province, ctx.today);
    if (!result) return ctx.say("error-no-plan");
    const lines = [t("progress-heading", { plan: result.plan.number ?? result.plan.title, date: date(ctx.today) })];
    for (const task of result.tasks)
      lines.push(
        t("progress-task", {
          ref: task.ref,
          title: task.title,
          done: task.done,
          overdue: task.overdue,
          pending: task.pending,
          due: date(task.effectiveDue),
        }),
      );
    lines.push("", t("progress-overdue", { count: result.overdueUnits.length }));
    for (const o of result.overdueUnits.slice(0, SHOWN)) lines.push(`• ${o.unit}: ${o.refs.join(", ")}`);
    if (result.overdueUnits.length > SHOWN) lines.push(t("list-more", { count: result.overdueUnits.length - SHOWN }));
    lines.push("", t("progress-ranking"));
    result.ranking
      .slice(0, SHOWN)
      .forEach((r, i) => lines.push(t(r.max ? "progress-rank" : "progress-rank-nothing-due", { rank: i + 1, ...r })));
    if (result.ranking.length > SHOWN) lines.push(t("list-more", { count: result.ranking.length - SHOWN }));
    lines.push(rulesSourceText(t, result.plan.scoring.rules));
    const image = result.groups.length
      ? { name: `tien-do-${ctx.today}.png`, content: await progressChart(result, t) }
      : undefined;
    return ctx.reply({ text: lines.join("\n"), ...(image ? { image } : {}) });
  },
};
