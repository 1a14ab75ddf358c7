// /score: the unit's current score in the plan in force, duty by duty.
import { formatVietnamese } from "../../../domain/dates.ts";
import { unitScore } from "../../submission-service.ts";
import type { Feature } from "../context.ts";

export const score: Feature = {
  commands: ["score", "diem"],
  audience: "member",
  async handle(ctx) {
    const unit = ctx.member.unit!;
    const result = await unitScore(ctx.db, unit, ctx.today);
    if (!result || result.duties.length === 0) return ctx.say("score-none", { unit: unit.unitName });
    const lines = [ctx.t("score-heading", { unit: unit.unitName, points: result.points, max: result.max })];
    for (const d of result.duties) {
      const due = d.effectiveDue ? formatVietnamese(d.effectiveDue) : "—";
      lines.push(
        ctx.t("score-line", { ref: d.ref, status: ctx.t(`duty-${d.status}`), points: d.points, max: d.max, due }),
      );
    }
    lines.push(ctx.t("score-rubric"));
    return ctx.reply({ text: lines.join("\n") });
  },
};
