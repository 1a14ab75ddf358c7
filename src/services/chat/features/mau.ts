// /mau: the blank lists the unit must send, as .xlsx, with its quota written in.
import { blankTemplates } from "../../submission-service.ts";
import type { Feature } from "../context.ts";

export const mau: Feature = {
  commands: ["mau", "template"],
  audience: "member",
  async handle(ctx) {
    const unit = ctx.member.unit!;
    const files = await blankTemplates(ctx.db, unit);
    if (files.length === 0) return ctx.say("mau-none", { unit: unit.unitName });
    return ctx.reply(
      ...files.map(({ id, name, content }) => ({
        text: ctx.t("mau-sent", { template: id }),
        file: { name, content },
      })),
    );
  },
};
