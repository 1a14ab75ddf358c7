// /nop: how to send the unit's list here. On Zalo, whose bots cannot receive files, it is
// a one-time upload link (24 hours, this user and unit only); a photo or sticker sent
// there gets the same link. /nop REF for a report task: the chat's next file (on Zalo, the
// file sent through the link) is that task's evidence document. /link: a code that links
// the person's other chat (Telegram and Zalo) to the same unit, so that reminders reach both.
import { LINK_HOURS } from "../../file-link-service.ts";
import { uploadUrl } from "../../upload-service.ts";
import { formatInstant } from "../../../domain/dates.ts";
import type { ChatContext, Feature } from "../context.ts";

async function uploadLink(ctx: ChatContext, report?: { ref: string; taskId: number }) {
  if (!ctx.deps.publicUrl) return ctx.say("submit-no-web");
  const { channel, chatId, userId } = ctx.request.from;
  const token = await ctx.services.createUploadToken(
    { channel, chatId, userId },
    ctx.member.unit!.unitId,
    ctx.deps.now(),
    report?.taskId,
  );
  return ctx.say(report ? "evidence-link" : "submit-link", {
    url: uploadUrl(ctx.deps.publicUrl, token),
    hours: LINK_HOURS,
    unit: ctx.member.unit!.unitName,
    ref: report?.ref ?? "",
  });
}

/** /nop REF: the next file is the report's evidence (on Zalo: a link for it). */
async function evidenceFor(ctx: ChatContext, ref: string) {
  const { channel, chatId } = ctx.request.from;
  const asked = await ctx.services.askEvidence(ctx.member.unit!, ref, { channel, chatId }, ctx.deps.now());
  if (!asked.ok) return ctx.say(`error-${asked.error.code}`, asked.error.args);
  if (channel === "zalo") return uploadLink(ctx, asked.value);
  return ctx.say(`evidence-ask-${channel}`, { ref: asked.value.ref, minutes: asked.value.minutes });
}

export const submit: Feature = {
  commands: ["nop", "submit"],
  async handle(ctx) {
    if (!ctx.member.unit) return ctx.request.unsupported ? ctx.say("fallback-stranger") : ctx.say("not-a-member");
    const ref = ctx.command?.args.trim();
    if (ref) return evidenceFor(ctx, ref);
    if (ctx.request.from.channel === "zalo") {
      const reply = await uploadLink(ctx);
      return ctx.request.unsupported
        ? ctx.reply({ text: `${ctx.t("zalo-unsupported")}\n${reply.replies[0]!.text}` })
        : reply;
    }
    return ctx.say(ctx.request.from.channel === "console" ? "submit-console" : "submit-chat");
  },
};

export const link: Feature = {
  commands: ["link", "lienket"],
  audience: "member",
  audited: true,
  async handle(ctx) {
    const created = await ctx.services.linkCode(ctx.deps.access, ctx.member, ctx.request.from, ctx.deps.now());
    if (!created.ok) return ctx.say(`error-${created.error.code}`, created.error.args);
    return ctx.say("link-created", {
      code: created.value.code,
      unit: created.value.unitName ?? "",
      expires: formatInstant(created.value.expiresAt),
    });
  },
};
