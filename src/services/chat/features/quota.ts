// /quota UNIT III N [reserve M] (/chitieu … dự phòng M): an admin lifts a unit's Phụ lục III
// quota above 0 when the reserve runs out; the unit is told, and asked for the list.
import { fold } from "../../../domain/text.ts";
import type { Feature } from "../context.ts";

const QUOTA = /^(.|.*?\S)\s+iii\s+(\d{1,6})(?:\s+(?:du phong|reserve)\s+(\d{1,6}))?$/;

export const quota: Feature = {
  commands: ["quota", "chitieu"],
  audience: "admin",
  async handle(ctx) {
    const match = fold(ctx.command!.args).match(QUOTA);
    if (!match) return ctx.say("quota-usage");
    const set = await ctx.services.setQuota(
      {
        province: ctx.deps.access.province,
        // Units are found ignoring case and diacritics, so the folded name finds the same one.
        unit: match[1]!,
        official: Number(match[2]),
        reserve: Number(match[3] ?? 0),
      },
      ctx.deps.now(),
    );
    if (!set.ok) return ctx.say(`error-${set.error.code}`, set.error.args);
    return ctx.say("quota-set", { ...set.value });
  },
};
