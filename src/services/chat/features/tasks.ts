// /tasks: the unit's task table from the plan in force, overdue first, a page at a time.
import { taskLineText } from "../../../i18n/task-state-text.ts";
import type { Feature } from "../context.ts";
import type { Choice } from "../types.ts";

export const TASKS_PER_PAGE = 5;

export const tasks: Feature = {
  commands: ["tasks", "nhiemvu"],
  actions: ["tasks"],
  audience: "member",
  async handle(ctx) {
    const unit = ctx.member.unit!;
    const lines = await ctx.services.unitTaskTable(unit, ctx.today);
    if (lines.length === 0) return ctx.say("tasks-none", { unit: unit.unitName });
    const pages = Math.ceil(lines.length / TASKS_PER_PAGE);
    const asked = Number.parseInt(ctx.request.action ? ctx.actionArg : (ctx.command?.args ?? ""), 10);
    const page = Math.min(Math.max(Number.isNaN(asked) ? 1 : asked, 1), pages);
    const shown = lines.slice((page - 1) * TASKS_PER_PAGE, page * TASKS_PER_PAGE);
    const overdue = lines.filter((l) => !l.state.finished && (l.daysLeft ?? 0) < 0).length;
    const heading = ctx.t("tasks-page-heading", { unit: unit.unitName, count: lines.length, overdue, page, pages });
    const text = [heading, ...shown.map((line) => taskLineText(ctx.t, line))].join("\n\n");
    const nav: Choice[] = [];
    if (page > 1) nav.push({ label: ctx.t("choice-previous"), action: `tasks:${page - 1}` });
    if (page < pages) nav.push({ label: ctx.t("choice-next"), action: `tasks:${page + 1}` });
    return ctx.reply({
      text,
      ...(nav.length ? { choices: [nav] } : {}),
      replacesChoiceMessage: Boolean(ctx.request.action),
    });
  },
};
