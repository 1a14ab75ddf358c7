import type { Command } from "commander";
import { z } from "zod";
import { formatInstant } from "../domain/dates.ts";
import { invitationText } from "../i18n/format.ts";
import {
  accessFromConfig,
  inviteAdmin,
  inviteDeepLink,
  inviteFocalPoints,
  invitationSheet,
  listActiveInvitations,
  revoke,
} from "../services/membership-service.ts";
import { INVITATION_ID } from "./args.ts";
import type { CliContext } from "./io.ts";

interface InviteOptions {
  admin?: boolean;
  all?: boolean;
  json?: boolean;
  out?: string;
}

/** Whom to invite: an admin, every unit of PROVINCE, or the units named (one of the three). */
const TARGET = z.union([
  z.object({ admin: z.literal(true), all: z.undefined(), units: z.array(z.string()).length(0) }),
  z.object({ admin: z.undefined(), all: z.literal(true), units: z.array(z.string()).length(0) }),
  z.object({ admin: z.undefined(), all: z.undefined(), units: z.array(z.string().trim().min(1)).min(1) }),
]);

async function inviteAdminRun(ctx: CliContext, options: InviteOptions): Promise<void> {
  const db = (await ctx.db()).client;
  const created = await inviteAdmin(db, accessFromConfig(ctx.config), "cli", new Date());
  const link = linkOf(ctx, created.code);
  if (options.json)
    return ctx.json({ invitations: [{ role: "admin", code: created.code, expiresAt: created.expiresAt, link }] });
  ctx.io.out(invitationText(ctx.t, created, link));
}

function linkOf(ctx: CliContext, code: string): string | null {
  const username = ctx.config.TELEGRAM_BOT_USERNAME;
  return username ? inviteDeepLink(username, code) : null;
}

async function inviteUnitsRun(ctx: CliContext, units: string[] | "all", options: InviteOptions): Promise<void> {
  const db = (await ctx.db()).client;
  const created = ctx.value(await inviteFocalPoints(db, accessFromConfig(ctx.config), units, "cli", new Date()));
  const linked = created.map((i) => ({ ...i, link: linkOf(ctx, i.code) }));
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
      const target = TARGET.safeParse({ admin: options.admin, all: options.all, units });
      if (!target.success) ctx.fail({ code: "invite-target-missing" });
      if (target.data.admin) return inviteAdminRun(ctx, options);
      await inviteUnitsRun(ctx, target.data.all ? "all" : target.data.units, options);
    });

  const invitations = program.command("invitations").description(ctx.t("cli-invitations"));
  invitations
    .command("list")
    .description(ctx.t("cli-invitations-list"))
    .action(async () => {
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
      if (!(await revoke((await ctx.db()).client, ctx.arg(INVITATION_ID, id), new Date())))
        ctx.fail({ code: "invitation-not-active", args: { id } });
      ctx.io.out(ctx.t("invitation-revoked", { id }));
    });
}
