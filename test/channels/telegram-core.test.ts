// dondoc on a Bot API server that knows only the five core methods (getMe, getUpdates,
// sendMessage, editMessageText, answerCallbackQuery): menus, chat actions and webhooks answer
// 404. Every conversation still works, and the bot stays up from the first update to shutdown.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegram, type RunningTelegram } from "../../src/channels/telegram/index.ts";
import { silentLogger } from "../../src/logger.ts";
import { listActiveInvitations, revoke } from "../../src/services/membership-service.ts";
import { ADMIN_ID, chatWorld, type ChatWorld } from "../support/chat.ts";
import { serviceParts, type ServiceParts } from "../support/service.ts";
import {
  BOT_USERNAME,
  CORE_METHODS,
  FakeTelegram,
  type TelegramChat,
  type TelegramUser,
} from "../support/telegram-api.ts";

const admin: TelegramUser = { id: ADMIN_ID, first_name: "Quản trị", language_code: "vi" };
const adminChat: TelegramChat = { id: ADMIN_ID, type: "private" };
const person = (id: number, language_code = "vi") => ({
  user: { id, first_name: `Cán bộ ${id}`, language_code } as TelegramUser,
  chat: { id, type: "private" } as TelegramChat,
});

let telegram: FakeTelegram;
let world: ChatWorld;
let bot: RunningTelegram;
let parts: ServiceParts;

beforeAll(async () => {
  telegram = new FakeTelegram(undefined, { coreOnly: true });
  await telegram.start();
  world = await chatWorld({ botUsername: BOT_USERNAME });
  parts = serviceParts(world.db.client);
  bot = await startTelegram(
    { token: telegram.token, apiRoot: telegram.url, inbox: parts.inbox, pollLease: parts.lease("poll:telegram") },
    world.core,
    silentLogger,
  );
});

afterAll(async () => {
  await bot.stop();
  await parts.stop();
  await telegram.close();
  await world.db.drop();
});

async function ask(from: TelegramUser, chat: TelegramChat, text: string) {
  const since = telegram.calls.length;
  telegram.send(from, chat, text);
  const call = await telegram.messageTo(chat.id, since);
  return { text: String(call.params.text), params: call.params };
}

/** A focal point of the unit, joined through the deep link an admin made. */
async function joined(id: number, unit: string) {
  const { user, chat } = person(id);
  const code = (await ask(admin, adminChat, `/invite ${unit}`)).text.match(/start=(\w{12})/)![1]!;
  expect((await ask(user, chat, `/start ${code}`)).text).toMatch(new RegExp(`^Đã gắn cuộc trò chuyện này với ${unit}`));
  return { user, chat };
}

const buttons = (params: Record<string, unknown>) =>
  (params.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat();

describe("on a core-only Bot API server", () => {
  it("answers other methods with 404, which the bot takes in its stride", async () => {
    const refused = telegram.calls.filter((c) => !CORE_METHODS.includes(c.method));
    expect(refused.map((c) => c.method)).toContain("setMyCommands");
    expect(refused.every((c) => !c.ok)).toBe(true);
    expect((await ask(person(3000).user, person(3000).chat, "/start")).text).toMatch(/^Chào anh\/chị!/);
  });

  it("joins through an invitation, and tells wrong, used and revoked codes apart", async () => {
    await joined(3001, "Sở Xây dựng");
    const { user, chat } = person(3002);
    expect((await ask(user, chat, "/start ABCDEFGHJKMN")).text).toMatch(/^Mã mời không đúng/);
    const used = await world.invite("Sở Y tế");
    await ask(person(3003).user, person(3003).chat, `/start ${used}`);
    expect((await ask(user, chat, `/start ${used}`)).text).toMatch(/^Mã mời này đã được dùng/);
    const revoked = await world.invite("Sở Tư pháp");
    const [latest] = (await listActiveInvitations(world.db.client, world.clock.now)).sort((a, b) => b.id - a.id);
    expect(await revoke(world.db.client, latest!.id, world.clock.now)).toBe(true);
    expect((await ask(user, chat, `/start ${revoked}`)).text).toMatch(/^Mã mời này đã bị thu hồi/);
  });

  it("pages /tasks with its buttons, editing the message", async () => {
    const { user, chat } = await joined(3004, "Sở Nội vụ");
    const first = await ask(user, chat, "/tasks");
    expect(first.text.split("\n")[0]).toBe("Nhiệm vụ của Sở Nội vụ: 8 nhiệm vụ, 0 quá hạn (trang 1/2)");
    expect(buttons(first.params)).toEqual([{ text: "Trang sau ›", callback_data: "tasks:2" }]);
    const since = telegram.calls.length;
    telegram.press(user, chat, 501, "tasks:2");
    const page = await telegram.waitFor((c) => c.method === "editMessageText", since);
    expect(String(page.params.text).split("\n")[0]).toBe("Nhiệm vụ của Sở Nội vụ: 8 nhiệm vụ, 0 quá hạn (trang 2/2)");
    await telegram.waitFor((c) => c.method === "answerCallbackQuery" && c.ok, since);
  });

  it("shows members and admins their own /help", async () => {
    const { user, chat } = await joined(3005, "Sở Tài chính");
    const member = (await ask(user, chat, "/help")).text;
    expect(member).toMatch(/^dondoc đang theo dõi nhiệm vụ của Sở Tài chính/);
    expect(member).toContain("/tasks — ");
    expect(member).not.toContain("/invite — ");
    const forAdmin = (await ask(admin, adminChat, "/help")).text;
    expect(forAdmin).toMatch(/^Anh\/chị là quản trị viên của dondoc/);
    expect(forAdmin).toContain("/invite — ");
  });

  it("switches language with /lang", async () => {
    const { user, chat } = person(3006);
    expect((await ask(user, chat, "/lang en")).text).toBe("Switched to English.");
    expect((await ask(user, chat, "/help")).text).toMatch(/^To use dondoc, ask the Department of Home Affairs/);
    expect((await ask(user, chat, "/lang vi")).text).toBe("Đã chuyển sang tiếng Việt.");
  });

  it("lets a focal point /leave after confirming", async () => {
    const { user, chat } = await joined(3007, "Sở Công Thương");
    expect((await ask(user, chat, "/leave")).text).toMatch(/Anh\/chị chắc chắn chứ\?$/);
    const since = telegram.calls.length;
    telegram.press(user, chat, 502, "leave:yes");
    const left = await telegram.waitFor((c) => c.method === "editMessageText", since);
    expect(left.params.text).toMatch(/^Đã gỡ cuộc trò chuyện này khỏi Sở Công Thương\./);
    expect((await ask(user, chat, "/tasks")).text).toMatch(/^Cuộc trò chuyện này chưa gắn với đơn vị nào/);
  });

  it("works in a unit's group chat, answering commands only", async () => {
    const { user } = person(3008);
    const group: TelegramChat = { id: -6001, type: "group", title: "Sở Ngoại vụ" };
    await ask(user, group, `/start@${BOT_USERNAME} ${await world.invite("Sở Ngoại vụ")}`);
    const since = telegram.calls.length;
    telegram.send(user, group, "chào cả nhà");
    telegram.send(user, group, "/tasks@OtherBot");
    const tasks = await ask(user, group, `/tasks@${BOT_USERNAME}`);
    expect(tasks.text).toMatch(/^Nhiệm vụ của Sở Ngoại vụ/);
    expect(telegram.calls.slice(since).filter((c) => c.method === "sendMessage")).toHaveLength(1);
  });

  it("shuts down cleanly after all of it, and a new start answers what came meanwhile", async () => {
    expect((await ask(admin, adminChat, "/units")).text).toMatch(/^Đơn vị đã có cán bộ đầu mối/);
    await bot.stop();
    await parts.stop();
    const since = telegram.calls.length;
    telegram.send(admin, adminChat, "/whois");
    // Started again as after a restart; the other tests go on with this one.
    parts = serviceParts(world.db.client);
    bot = await startTelegram(
      { token: telegram.token, apiRoot: telegram.url, inbox: parts.inbox, pollLease: parts.lease("poll:telegram") },
      world.core,
      silentLogger,
    );
    expect((await telegram.messageTo(adminChat.id, since)).params.text).toMatch(/^Cuộc trò chuyện \d+ chưa gắn/);
  });
});
