// Messages made to flood the bot (issue 12), through the chat core on a real database:
// a 1 MB argument is refused without being echoed, a long one is quoted, a reply has a
// ceiling, and the worst list does not keep the bot from answering another chat.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MESSAGE_LIMITS, QUOTE_CHARS } from "../../src/domain/limits.ts";
import { bounded } from "../../src/services/chat/core.ts";
import type { ChatRequest, Sender } from "../../src/services/chat/types.ts";
import { chatWorld, type ChatWorld } from "../support/chat.ts";
import { hugeValue } from "../support/hostile-lists.ts";
import { t } from "../support/intake.ts";

// Workers start cold and this machine may be shared: a generous bound, not a timing goal.
const HEAVY = 180_000;

const member = (id: string, chatKind: "private" | "group" = "private"): Sender => ({
  channel: "telegram",
  chatId: id,
  chatKind,
  userId: id,
  name: `Cán bộ ${id}`,
  langHint: "vi",
});
const xayDung = member("5001");
const tuPhap = member("5002");

let world: ChatWorld;
const ask = async (from: Sender, text: string) => (await world.core.handle({ from, text })).replies;

beforeAll(async () => {
  world = await chatWorld({ today: "2019-11-26" });
  await ask(xayDung, `/start ${await world.invite("Sở Xây dựng")}`);
  await ask(tuPhap, `/start ${await world.invite("Sở Tư pháp")}`);
});

afterAll(async () => world.db.drop());

describe("what a message brings in", { timeout: HEAVY }, () => {
  it("refuses a 1 MB command without echoing it, and says nothing to one in a group that is no command", async () => {
    const huge = "x".repeat(1024 * 1024);
    const [reply] = await ask(xayDung, `/done ${huge}`);
    expect(reply!.text).toBe(t("error-message-too-long", { max: MESSAGE_LIMITS.maxTextChars }));
    expect(await ask(member("-100", "group"), huge)).toEqual([]);
  });

  it("quotes the first characters of a long argument it cannot use", async () => {
    const argument = `II.9.${"9".repeat(3_000)}`;
    const replies = await ask(xayDung, `/done ${argument}`);
    const text = replies.map((r) => r.text).join("\n");
    expect(text).not.toContain(argument);
    expect(text.length).toBeLessThan(QUOTE_CHARS + 400);
  });
});

describe("what a reply sends back", { timeout: HEAVY }, () => {
  it("cuts a reply past its ceiling at a line break, saying so, and drops replies past their number", () => {
    const lines = Array.from({ length: 2_000 }, (_, i) => `Dòng ${i + 1}: một lỗi được nêu đầy đủ ở đây.`).join("\n");
    const one = bounded({ replies: [{ text: lines }] }, t).replies[0]!.text;
    expect(one.length).toBeLessThanOrEqual(MESSAGE_LIMITS.maxReplyChars + 200);
    expect(one).toMatch(/một lỗi được nêu đầy đủ ở đây\.\n…\n/);
    expect(one.endsWith(t("reply-cut"))).toBe(true);
    const many = bounded({ replies: Array.from({ length: 50 }, () => ({ text: "Đã nhận." })) }, t).replies;
    expect(many).toHaveLength(MESSAGE_LIMITS.maxReplies);
    expect(many.at(-1)!.text).toBe(`Đã nhận.\n${t("reply-cut")}`);
  });
});

describe("the worst list and everyone else", { timeout: HEAVY }, () => {
  it("answers /tasks from another chat, again and again, while a list with a 50,000,000-character name is read", async () => {
    const content = hugeValue(50_000_000);
    const request: ChatRequest = {
      from: xayDung,
      file: { name: "ds.xlsx", size: content.length, read: async () => content },
    };
    let listDone = false;
    const list = world.core.handle(request).then((r) => ((listDone = true), r));
    // The list is being checked once it holds its intake ticket: from then on, ask /tasks
    // from another chat, each answer awaited, until the list is answered.
    while ((await world.db.client.intakeTicket.count({ where: { endedAt: null } })) === 0)
      await new Promise((resolve) => setTimeout(resolve, 10));
    const answered: string[] = [];
    while (!listDone) {
      const reply = await world.core.handle({ from: tuPhap, text: "/tasks" });
      if (!listDone) answered.push(reply.replies[0]!.text);
      // As messages come, with time between them for the worker's replies to arrive.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(answered.length).toBeGreaterThan(0);
    for (const text of answered) expect(text).toContain("Sở Tư pháp");
    const summary = (await list).replies[0]!.text;
    expect(summary).toContain("giá trị dài 50.000.000 ký tự");
    expect(summary.length).toBeLessThan(3_000);
  });
});
