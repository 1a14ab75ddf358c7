import type { Command } from "commander";
import { formatInstant } from "../domain/dates.ts";
import { invitationText } from "../i18n/format.ts";
import { INVITATION_ID } from "./args.ts";
import type { CliContext } from "./io.ts";

// Loaded when a command runs, not for --help (the invitation sheet needs exceljs).
const membership = () => import("../services/membership-service.ts");

interface InviteOptions {
  admin?: boolean;
  all?: boolean;
  json?: boolean;
  out?: string;
}

/** Whom to invite: an admin, every unit of PROVINCE, or the units named (exactly one of the three). */
function inviteTarget(options: InviteOptions, units: string[]): "admin" | "all" | string[] | null {
  const named = units.map((u) => u.trim());
  const chosen = [options.admin, options.all, named.length > 0].filter(Boolean).length;
  if (chosen !== 1 || named.some((u) => u === "")) return null;
  return options.admin ? "admin" : options.all ? "all" : named;
}

async function inviteAdminRun(ctx: CliContext, options: InviteOptions): Promise<void> {
  const db = (await ctx.db()).client;
  const { accessFromConfig, inviteAdmin, inviteDeepLink } = await membership();
  const created = await inviteAdmin(db, accessFromConfig(ctx.config), "cli", new Date());
  const link = linkOf(ctx, inviteDeepLink, created.code);
  if (options.json)
    return ctx.json({ invitations: [{ role: "admin", code: created.code, expiresAt: created.expiresAt, link }] });
  ctx.io.out(invitationText(ctx.t, created, link));
}

function linkOf(ctx: CliContext, deepLink: (username: string, code: string) => string, code: string): string | null {
  const username = ctx.config.TELEGRAM_BOT_USERNAME;
  return username ? deepLink(username, code) : null;
}

async function inviteUnitsRun(ctx: CliContext, units: string[] | "all", options: InviteOptions): Promise<void> {
  const db = (await ctx.db()).client;
  const { accessFromConfig, inviteFocalPoints, inviteDeepLink, invitationSheet } = await membership();
  const created = ctx.value(await inviteFocalPoints(db, accessFromConfig(ctx.config), units, "cli", new Date()));
  const linked = created.map((i) => ({ ...i, link: linkOf(ctx, inviteDeepLink, i.code) }));
  if (options.out) await ctx.writeFile(options.out, await invitationSheet(linked, ctx.t));
  if (options.json) return ctx.json({ invitations: linked });
  for (const i of linked) ctx.io.out(invitationText(ctx.t, i, i.link));
  if (options.out) ctx.io.out(ctx.t("invitations-written", { count: created.length, file: options.out }));
}

export function registerInviteCommands(program: Command, ctx: CliContext): void {
  program
    .command("invite")
    .description(ctx.t("cli-invite"))
    .argument("[units...]", ctx.t("cli-arg-invite-units"))
    .option("--all", ctx.t("cli-opt-invite-all"))
    .option("--admin", ctx.t("cli-opt-invite-admin"))
    .option("--out <file>", ctx.t("cli-opt-invite-out"))
    .option("--json", ctx.t("cli-opt-json"))
    .action(async (units: string[], options: InviteOptions) => {
      const target = inviteTarget(options, units);
      if (target === null) return ctx.fail({ code: "invite-target-missing" });
      if (target === "admin") return inviteAdminRun(ctx, options);
      await inviteUnitsRun(ctx, target, options);
    });

  const invitations = program.command("invitations").description(ctx.t("cli-invitations"));
  invitations
    .command("list")
    .description(ctx.t("cli-invitations-list"))
    .action(async () => {
      const { listActiveInvitations } = await membership();
      const list = await listActiveInvitations((await ctx.db()).client, new Date());
      if (list.length === 0) return ctx.io.out(ctx.t("invitations-none"));
      for (const i of list) {
        ctx.io.out(
          ctx.t("invitations-line", {
            id: i.id,
            target: i.unitName ? `${i.unitName} (${i.province})` : ctx.t("invitation-admin"),
            expires: formatInstant(i.expiresAt),
            by: i.createdBy,
          }),
        );
      }
    });
  invitations
    .command("revoke")
    .description(ctx.t("cli-invitations-revoke"))
    .argument("<id>", ctx.t("cli-arg-invitation-id"))
    .action(async (id: string) => {
      const invitationId = ctx.arg(INVITATION_ID, id);
      const { revoke } = await membership();
      if (!(await revoke((await ctx.db()).client, invitationId, new Date())))
        ctx.fail({ code: "invitation-not-active", args: { id } });
      ctx.io.out(ctx.t("invitation-revoked", { id }));
    });
}
