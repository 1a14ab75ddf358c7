// /broadcast AUDIENCE, then the text on the next lines (or after ":"): to every unit
// ("tất cả"), a group ("các sở, ban, ngành", "cấp huyện", "cấp xã") or named units.
// A preview comes first; "Gửi" queues it; /broadcast report [N] tells how it went.
import { reportText } from "../../broadcast-service.ts";
import { fold } from "../../../domain/text.ts";
import type { ChatContext, Feature } from "../context.ts";

async function report(ctx: ChatContext, id: number | null) {
  if (id === null) return ctx.say("broadcast-none");
  const result = await ctx.services.deliveryReport(id);
  return result.ok
    ? ctx.reply({ text: reportText(ctx.t, result.value) })
    : ctx.say(`error-${result.error.code}`, result.error.args);
}

export const broadcast: Feature = {
  commands: ["broadcast", "thongbao"],
  audience: "admin",
  async handle(ctx) {
    const args = ctx.command!.args;
    const asked = fold(args).match(/^(?:report|bao cao)(?:\s+(\d+))?$/);
    if (asked) return report(ctx, asked[1] ? Number(asked[1]) : await ctx.services.lastBroadcastId());
    const preview = await ctx.services.proposeBroadcast(ctx.deps.access.province, args, {
      by: ctx.actor,
      replyTo: ctx.chatRef,
      at: ctx.deps.now(),
    });
    if (!preview.ok) return ctx.say(`error-${preview.error.code}`, preview.error.args);
    const { t } = ctx;
    const p = preview.value;
    const lines = [t("broadcast-preview", { units: p.units, chats: p.chats }), "", p.text];
    if (p.unreached.length)
      lines.push(
        "",
        t("broadcast-unreached", {
          count: p.unreached.length,
          list: p.unreached.slice(0, 20).join(", ") + (p.unreached.length > 20 ? ", …" : ""),
        }),
      );
    return ctx.reply({
      text: lines.join("\n"),
      choices: [
        [
          { label: t("choice-send"), action: `broadcast-send:${p.id}` },
          { label: t("choice-cancel"), action: `broadcast-cancel:${p.id}` },
        ],
      ],
    });
  },
};

export const broadcastDecision: Feature = {
  actions: ["broadcast-send", "broadcast-cancel", "broadcast-report"],
  audience: "admin",
  async handle(ctx) {
    const id = Number(ctx.actionArg);
    const action = ctx.request.action!.split(":")[0];
    if (action === "broadcast-report") return report(ctx, id);
    if (action === "broadcast-cancel")
      return ctx.say((await ctx.services.dropBroadcast(id)) ? "broadcast-cancelled" : "error-broadcast-decided");
    const sent = await ctx.services.sendBroadcast(ctx.deps.access.province, id, ctx.deps.now());
    if (!sent.ok) return ctx.say(`error-${sent.error.code}`, sent.error.args);
    return ctx.reply({
      text: ctx.t("broadcast-queued", { id, messages: sent.value.messages }),
      choices: [[{ label: ctx.t("choice-report"), action: `broadcast-report:${id}` }]],
    });
  },
};
