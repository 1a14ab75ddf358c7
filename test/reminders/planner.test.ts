// The planner on a real database: catching up after downtime, and a plan's own policy.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { planReminders } from "../../src/services/reminder-service.ts";
import { updatePlanSettings } from "../../src/services/plan-service.ts";
import type { Sender } from "../../src/services/chat/types.ts";
import { chatWorld, type ChatWorld } from "../support/chat.ts";

const focal: Sender = {
  channel: "telegram",
  chatId: "9101",
  chatKind: "private",
  userId: "9101",
  name: "Cán bộ Xây dựng",
};
const at = (day: string) => new Date(`${day}T08:00:00+07:00`);
let world: ChatWorld;

// Each test plans on a world of its own: the days the planner ran are part of what it reads.
beforeEach(async () => {
  world = await chatWorld({ today: "2019-11-15" });
  await world.core.handle({ from: focal, text: `/start ${await world.invite("Sở Xây dựng")}` });
});
afterEach(async () => world.db.drop());

const digestFor = async (day: string) =>
  (await planReminders(world.db.client, world.access, at(day))).messages.find((m) => m.chatId === "9101");

describe("the planner", () => {
  it("sends what was missed while stopped once, worded as late, and skips what a later reminder replaces", async () => {
    await planReminders(world.db.client, world.access, at("2019-12-06"));
    // Stopped from 09/12 to 12/12: II.2.1's weekly reminder (09/12) and II.2.2's first (10/12) were missed.
    const late = await digestFor("2019-12-13");
    expect(late!.text).toContain("(Nhắc bù: lời nhắc dự kiến gửi ngày 09/12/2019 bị chậm vì dondoc tạm dừng.)");
    expect([...late!.text.matchAll(/^• (\S+)/gm)].map((m) => m[1])).toEqual(["II.2.1", "II.2.2"]);
    expect(
      await world.db.client.outboxMessage.count({ where: { chatId: "9101", key: { contains: "2019-12-13" } } }),
    ).toBe(1);
  });

  it("follows the plan's own reminder policy", async () => {
    const plan = await world.db.client.plan.findFirstOrThrow();
    expect(await updatePlanSettings(world.db.client, plan.id, { beforeWorkingDays: [2] })).toMatchObject({ ok: true });
    // 16/12, three working days before II.2.2's deadline, is no longer its reminder day; 17/12 is.
    expect((await digestFor("2019-12-16"))?.text).not.toContain("II.2.2");
    expect((await digestFor("2019-12-17"))?.text).toContain("II.2.2");
  });
});
