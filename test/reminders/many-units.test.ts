// The planner for a province of communes: a task due today for 1,200 units, each with a
// focal point, gives each of them one digest (SQLite refuses a condition listing more than
// 999 values: the planner reads the units' chats in slices).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ParsedPlan } from "../../src/plan/parsed-plan.ts";
import type { Access } from "../../src/services/membership-service.ts";
import { planReminders } from "../../src/services/reminder-service.ts";
import { savePlan } from "../../src/store/plan-store.ts";
import { freshDatabase, type TestDatabase } from "../support/databases.ts";

const COMMUNES = Array.from({ length: 1200 }, (_, i) => `UBND xã Thử ${i + 1}`);
const access: Access = { admins: {}, province: "Tỉnh Thử Nghiệm", invitationDays: 7 };

const plan: ParsedPlan = {
  province: "Tỉnh Thử Nghiệm",
  plan: { number: "7/KH-UBND", date: "2019-11-15", issuer: "UBND tỉnh", title: "Kế hoạch thử" },
  templates: [],
  tasks: [
    {
      ref: "1",
      parentRef: null,
      kind: "task",
      title: "Gửi báo cáo tự chấm điểm",
      deadline: { text: "Trước ngày 17/12/2019", due: "2019-12-17", effectiveDue: "2019-12-17" },
      lead: COMMUNES.map((name) => ({ name, kind: "commune", resolved: true })),
      coordinators: [],
      templates: [],
    },
  ],
  quotas: [],
  warnings: [],
};

describe("the planner with 1,200 units due the same day", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase("sqlite");
    await savePlan(db.client, plan, "test");
    const units = await db.client.unit.findMany({ orderBy: { id: "asc" } });
    await db.client.chat.createMany({
      data: units.map((u) => ({ channel: "telegram", chatId: String(70_000 + u.id), kind: "private" })),
    });
    const chats = new Map((await db.client.chat.findMany()).map((c) => [c.chatId, c.id]));
    await db.client.focalPoint.createMany({
      data: units.map((u) => ({
        unitId: u.id,
        chatRef: chats.get(String(70_000 + u.id))!,
        userId: String(70_000 + u.id),
        name: `Đầu mối ${u.id}`,
      })),
    });
  }, 120_000);
  afterAll(async () => db.drop());

  it("gives every unit its digest", async () => {
    const result = await planReminders(db.client, access, new Date("2019-12-17T08:00:00+07:00"), { dryRun: true });
    const digests = result.messages.filter((m) => m.kind === "digest");
    expect(digests).toHaveLength(1200);
    expect(new Set(digests.map((m) => m.chatId)).size).toBe(1200);
    expect(digests[0]!.text).toContain("Gửi báo cáo tự chấm điểm");
  }, 120_000);
});
