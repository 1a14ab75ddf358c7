import type { Command } from "commander";
import { formatInstant } from "../domain/dates.ts";
import { invitationText } from "../i18n/format.ts";
import type { CliContext } from "./io.ts";

const membership = () => import("../services/membership-service.ts");

export function registerInviteCommands(program: Command, ctx: CliContext): void {
  program
    .command("invite")
    .description(ctx.t("cli-invite"))
    .argument("[unit]", ctx.t("cli-opt-unit"))
    .option("--admin", ctx.t("cli-opt-invite-admin"))
    .action(async (unit: string | undefined, options: { admin?: boolean }) => {
      const { accessFromConfig, inviteAdmin, inviteDeepLink, inviteFocalPoint } = await membership();
      const db = (await ctx.db()).client;
      const now = new Date();
      if (!unit && !options.admin) ctx.fail({ code: "invite-target-missing" });
      const created = options.admin
        ? { ok: true as const, value: await inviteAdmin(db, accessFromConfig(ctx.config), "cli", now) }
        : await inviteFocalPoint(db, accessFromConfig(ctx.config), unit!, "cli", now);
      if (!created.ok) ctx.fail(created.error);
      const username = ctx.config.TELEGRAM_BOT_USERNAME;
      ctx.io.out(invitationText(ctx.t, created.value, username ? inviteDeepLink(username, created.value.code) : null));
    });

  const invitations = program.command("invitations").description(ctx.t("cli-invitations"));
  invitations
    .command("list")
    .description(ctx.t("cli-invitations-list"))
    .action(async () => {
      const list = await (await membership()).listActiveInvitations((await ctx.db()).client, new Date());
      if (list.length === 0) return ctx.io.out(ctx.t("invitations-none"));
      for (const i of list) {
        ctx.io.out(
          ctx.t("invitations-line", {
            id: i.id,
            target: i.unitName ?? ctx.t("invitation-admin"),
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
      if (!(await (await membership()).revoke((await ctx.db()).client, Number(id), new Date())))
        ctx.fail({ code: "invitation-not-active", args: { id } });
      ctx.io.out(ctx.t("invitation-revoked", { id }));
    });
}
