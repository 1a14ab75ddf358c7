// /mau: the blank lists the unit must send, as .xlsx, with its quota written in; when the
// plan names appendices it does not carry, it says so instead of "nothing is asked".
import type { Feature } from "../context.ts";

export const mau: Feature = {
  commands: ["mau", "template"],
  audience: "member",
  async handle(ctx) {
    const unit = ctx.member.unit!;
    const files = await ctx.services.blankTemplates(unit);
    if (files.length === 0) {
      const { appendices, refs } = await ctx.services.appendicesWithoutTemplate(unit);
      if (appendices.length === 0) return ctx.say("mau-none", { unit: unit.unitName });
      return ctx.say("mau-not-in-plan", {
        unit: unit.unitName,
        appendices: appendices.join(", "),
        refs: refs.join(", "),
      });
    }
    return ctx.reply(
      ...files.map(({ id, name, content }) => ({
        text: ctx.t("mau-sent", { template: id }),
        file: { name, content },
      })),
    );
  },
};
