// Lists sent at once wait for a worker in order (issue 18, "intake as a bounded queue"):
// no more lists are read at once than there are slots, and a list that waits is told its
// place at once, through the outbox, then gets its answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IntakeSlots, intakeSlots } from "../../src/services/intake-service.ts";
import type { ChatRequest } from "../../src/services/chat/types.ts";
import { chatWorld, type ChatWorld, focalSender } from "../support/chat.ts";
import { repeatedSharedString } from "../support/hostile-lists.ts";
import { t } from "../support/intake.ts";
import { appendixI, xlsx } from "../support/lists.ts";

// Workers start cold and this machine may be shared: a generous bound, not a timing goal.
const HEAVY = 180_000;

const focal = focalSender;

describe("slots", { timeout: HEAVY }, () => {
  it("hands slots out in order of arrival, telling each waiting list its place", async () => {
    const slots = new IntakeSlots(1);
    const places: number[] = [];
    const order: string[] = [];
    const run = async (name: string) => {
      const release = await slots.acquire(async (place) => void places.push(place));
      order.push(name);
      await new Promise((resolve) => setTimeout(resolve, 10));
      release();
    };
    await Promise.all(["a", "b", "c"].map(run));
    expect(order).toEqual(["a", "b", "c"]);
    expect(places).toEqual([1, 2]);
  });
});

describe("lists sent at once through the chat", { timeout: HEAVY }, () => {
  let world: ChatWorld;
  const size = intakeSlots.size;
  const units = ["Sở Xây dựng", "Sở Tư pháp", "Sở Tư pháp"];

  beforeAll(async () => {
    world = await chatWorld({ today: "2019-11-26" });
    for (const [i, unit] of units.entries())
      await world.core.handle({ from: focal(`520${i}`), text: `/start ${await world.invite(unit)}` });
    intakeSlots.size = 1;
  });
  afterAll(async () => {
    intakeSlots.size = size;
    await world.db.drop();
  });

  it("reads one at a time, tells the two waiting lists their places, then answers all three", async () => {
    const honest = await xlsx(
      appendixI([[1, "Nguyễn Văn An", "Chuyên viên", "x", null, "0912345678"]], { titleRows: false }),
    );
    const files = [repeatedSharedString(2_000), honest, honest];
    const send = (i: number): Promise<string> => {
      const content = files[i]!;
      const request: ChatRequest = {
        from: focal(`520${i}`),
        file: { name: "ds.xlsx", size: content.length, read: async () => content },
      };
      return world.core.handle(request).then((r) => r.replies[0]!.text);
    };
    const first = send(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const answers = await Promise.all([first, send(1), send(2)]);
    for (const answer of answers) expect(answer).toContain("Đã nhận");
    const notices = await world.db.client.outboxMessage.findMany({
      where: { key: { startsWith: "queued|" } },
      orderBy: { chatId: "asc" },
    });
    // Sent in the same instant, the two take places 1 and 2 in whichever order they reached the queue.
    expect(notices.map((n) => n.chatId)).toEqual(["5201", "5202"]);
    expect(notices.map((n) => n.text).sort()).toEqual([
      t("intake-queued", { place: 1 }),
      t("intake-queued", { place: 2 }),
    ]);
  });
});
