import type { Command } from "commander";
import { date } from "../i18n/format.ts";
import { dayOffRuleText } from "../i18n/deadline-text.ts";
import { DAY_OFF_RULE, YEAR } from "./args.ts";
import type { CliContext } from "./io.ts";

const calendarService = () => import("../services/calendar-service.ts");

export function registerCalendarCommands(program: Command, ctx: CliContext): void {
  const calendar = program.command("calendar").description(ctx.t("cli-calendar"));

  calendar
    .command("list")
    .description(ctx.t("cli-calendar-list"))
    .option("--year <year>", ctx.t("cli-opt-year"))
    .action(async (options: { year?: string }) => {
      const year = ctx.arg(YEAR, options.year);
      const { workCalendar } = await calendarService();
      const { entries } = await workCalendar((await ctx.db()).client);
      for (const entry of [...entries.values()].sort((a, b) => a.date.localeCompare(b.date))) {
        if (year && !entry.date.startsWith(`${year}-`)) continue;
        ctx.io.out(`${date(entry.date)}\t${ctx.t(entry.working ? "calendar-working" : "calendar-off")}\t${entry.name}`);
      }
    });

  calendar
    .command("add")
    .description(ctx.t("cli-calendar-add"))
    .argument("<date>", ctx.t("cli-arg-date"))
    .requiredOption("--name <name>", ctx.t("cli-opt-day-name"))
    .option("--working", ctx.t("cli-opt-working"))
    .action(async (day: string, options: { name: string; working?: boolean }) => {
      const { setCalendarDay } = await calendarService();
      const result = await setCalendarDay((await ctx.db()).client, day, options.name, options.working ?? false);
      if (!result.ok) ctx.fail(result.error);
      ctx.io.out(
        ctx.t(options.working ? "calendar-added-working" : "calendar-added-off", {
          date: date(day),
          name: options.name,
        }),
      );
    });

  calendar
    .command("remove")
    .description(ctx.t("cli-calendar-remove"))
    .argument("<date>", ctx.t("cli-arg-date"))
    .action(async (day: string) => {
      const { unsetCalendarDay } = await calendarService();
      const result = await unsetCalendarDay((await ctx.db()).client, day);
      if (!result.ok) ctx.fail(result.error);
      ctx.io.out(ctx.t("calendar-removed", { date: date(day) }));
    });

  calendar
    .command("rule")
    .description(ctx.t("cli-calendar-rule"))
    .argument("[rule]", ctx.t("cli-arg-day-off-rule"))
    .option("--province <name>", ctx.t("cli-opt-province-default"))
    .action(async (wanted: string | undefined, options: { province?: string }) => {
      const db = (await ctx.db()).client;
      const province = await ctx.province(options.province);
      const rule = ctx.arg(DAY_OFF_RULE, wanted);
      const { dayOffRule, setDayOffRule } = await calendarService();
      if (!rule) {
        const current = ctx.value(await dayOffRule(db, province));
        return ctx.io.out(ctx.t("calendar-rule-shown", { province, rule: dayOffRuleText(ctx.t, current) }));
      }
      const set = ctx.value(await setDayOffRule(db, province, rule));
      ctx.io.out(
        ctx.t("calendar-rule-set", { province: set.province, rule: dayOffRuleText(ctx.t, rule), moved: set.moved }),
      );
    });
}
