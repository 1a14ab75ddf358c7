// Files sent in chat. Sample-list intake reads them; until a chat is linked to a unit
// there is nobody to read them for.
import type { Feature } from "../context.ts";

export const files: Feature = {
  audience: "member",
  async handle(ctx) {
    return ctx.say("file-not-expected", { name: ctx.request.file?.name ?? "" });
  },
};
