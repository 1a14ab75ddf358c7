// dondoc's real grammY bot against a local server that speaks the Telegram Bot API.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTelegram, type RunningTelegram } from "../../src/channels/telegram/index.ts";
import { fileDownloader } from "../../src/channels/telegram/request.ts";
import ExcelJS from "exceljs";
import { Api } from "grammy";
import { appendixI, xlsx } from "../support/lists.ts";
import { silentLogger } from "../../src/logger.ts";
import { WebServer } from "../../src/web/server.ts";
import { serviceParts, type ServiceParts } from "../support/service.ts";
import { ADMIN_ID, chatWorld, type ChatWorld } from "../support/chat.ts";
import { BOT_USERNAME, FakeTelegram, type TelegramChat, type TelegramUser } from "../support/telegram-api.ts";

const admin: TelegramUser = { id: ADMIN_ID, first_name: "Quản trị", language_code: "vi" };
const adminChat: TelegramChat = { id: ADMIN_ID, type: "private" };
const person = (id: number, language_code = "vi"): { user: TelegramUser; chat: TelegramChat } => ({
  user: { id, first_name: `Cán bộ ${id}`, language_code },
  chat: { id, type: "private" },
});

let telegram: FakeTelegram;
let world: ChatWorld;
let bot: RunningTelegram;
let parts: ServiceParts;

beforeAll(async () => {
  telegram = new FakeTelegram();
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

/** Sends a text as a user and returns the text of the bot's next message to that chat. */
async function ask(
  from: TelegramUser,
  chat: TelegramChat,
  text: string,
): Promise<{ text: string; params: Record<string, unknown> }> {
  const since = telegram.calls.length;
  telegram.send(from, chat, text);
  const call = await telegram.messageTo(chat.id, since);
  return { text: String(call.params.text), params: call.params };
}

describe("starting", () => {
  it("registers the command menus in both languages, and the admins' own", async () => {
    // The four registered at start, before any test ran; later ones are other admins' menus.
    const menus = telegram.calls.filter((c) => c.method === "setMyCommands").slice(0, 4);
    const commands = (i: number) => (menus[i]!.params.commands as { command: string }[]).map((c) => c.command);
    expect(
      menus.map((m) => [
        m.params.language_code ?? "default",
        (m.params.scope as { chat_id?: number } | undefined)?.chat_id ?? "all",
      ]),
    ).toEqual([
      ["default", "all"],
      ["en", "all"],
      ["default", ADMIN_ID],
      ["en", ADMIN_ID],
    ]);
    const members = "tasks done mau score rules nop link help lang leave staff";
    expect(commands(0)).toEqual(members.split(" "));
    expect(commands(2)).toEqual(
      `${members} invite units whois remove confirm undo evidence return progress broadcast deadline assign task history quota export audit`.split(
        " ",
      ),
    );
    expect((menus[1]!.params.commands as { description: string }[])[0]!.description).toBe(
      "see the unit's tasks and deadlines (/nhiemvu)",
    );
  });
});

describe("joining by invitation", () => {
  it("links a focal point who opens the deep link, then shows the unit's tasks", async () => {
    const invited = await ask(admin, adminChat, "/invite Sở Xây dựng");
    const link = invited.text.match(/https:\/\/t\.me\/dondoc_test_bot\?start=(\w{12})/);
    expect(invited.text).toContain("Mã mời cho Sở Xây dựng");
    expect(link).not.toBeNull();

    const { user, chat } = person(2001);
    // Opening the deep link makes Telegram send "/start CODE".
    const joined = await ask(user, chat, `/start ${link![1]}`);
    expect(joined.text).toBe(
      "Đã gắn cuộc trò chuyện này với Sở Xây dựng. Từ nay dondoc sẽ nhắc các thời hạn của đơn vị tại đây. Gõ /tasks để xem nhiệm vụ.",
    );

    const tasks = await ask(user, chat, "/tasks");
    expect(tasks.text.split("\n")[0]).toBe("Nhiệm vụ của Sở Xây dựng: 2 nhiệm vụ, 0 quá hạn (trang 1/1)");
    expect(tasks.text).toContain("II.2.1  [Chủ trì]  Lập danh sách đối tượng tham gia điều tra xã hội học");
    expect(tasks.text).toContain(
      "Thời hạn: Thời gian hoàn thành trước ngày 30/11/2019 → hạn cuối 29/11/2019 · còn 4 ngày",
    );
  });

  it("turns pages of a long task table with buttons, editing the message", async () => {
    const { user, chat } = person(2002);
    await ask(user, chat, `/start ${await world.invite("Sở Nội vụ")}`);
    const first = await ask(user, chat, "/tasks");
    expect(first.text.split("\n")[0]).toBe("Nhiệm vụ của Sở Nội vụ: 8 nhiệm vụ, 0 quá hạn (trang 1/2)");
    const keyboard = (first.params.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] })
      .inline_keyboard;
    expect(keyboard).toEqual([[{ text: "Trang sau ›", callback_data: "tasks:2" }]]);

    const since = telegram.calls.length;
    telegram.press(user, chat, 77, "tasks:2");
    const edit = await telegram.waitFor((c) => c.method === "editMessageText", since);
    expect(edit.params).toMatchObject({ chat_id: chat.id, message_id: 77 });
    expect(String(edit.params.text).split("\n")[0]).toBe("Nhiệm vụ của Sở Nội vụ: 8 nhiệm vụ, 0 quá hạn (trang 2/2)");
    expect(telegram.calls.slice(since).some((c) => c.method === "answerCallbackQuery")).toBe(true);
  });

  it("answers a wrong code, a used code and an expired code differently", async () => {
    const { user, chat } = person(2003);
    expect((await ask(user, chat, "/start ABCDEFGHJKMN")).text).toMatch(/^Mã mời không đúng/);

    const code = await world.invite("Sở Y tế");
    await ask(person(2004).user, person(2004).chat, `/start ${code}`);
    expect((await ask(user, chat, `/start ${code}`)).text).toMatch(/^Mã mời này đã được dùng/);

    const old = await world.invite("Sở Tư pháp", new Date(world.clock.now.getTime() - 8 * 86_400_000));
    expect((await ask(user, chat, `/start ${old}`)).text).toMatch(/^Mã mời này đã hết hạn/);
    expect((await ask(user, chat, "/tasks")).text).toMatch(/^Cuộc trò chuyện này chưa gắn với đơn vị nào/);
  });

  it("slows down a user who keeps guessing codes", async () => {
    const { user, chat } = person(2005);
    for (let i = 0; i < 5; i++) await ask(user, chat, `/start WRONGCODE00${i}`.slice(0, 18));
    const locked = await ask(user, chat, `/start ${await world.invite("Sở Công Thương")}`);
    expect(locked.text).toBe("Anh/chị đã nhập sai mã quá nhiều lần. Vui lòng thử lại sau 15 phút.");
  });

  it("links a unit's group chat and answers only commands there", async () => {
    const { user } = person(2006);
    const group: TelegramChat = { id: -5001, type: "group", title: "Sở Tài chính" };
    await ask(user, group, `/start@${BOT_USERNAME} ${await world.invite("Sở Tài chính")}`);
    const since = telegram.calls.length;
    telegram.send(user, group, "chào cả nhà");
    const tasks = await ask(user, group, `/tasks@${BOT_USERNAME}`);
    expect(tasks.text.split("\n")[0]).toBe("Nhiệm vụ của Sở Tài chính: 2 nhiệm vụ, 0 quá hạn (trang 1/1)");
    expect(telegram.calls.slice(since).filter((c) => c.method === "sendMessage")).toHaveLength(1);
  });
});

describe("roles and languages", () => {
  it("refuses /invite to someone who is not an admin", async () => {
    const { user, chat } = person(2007);
    expect((await ask(user, chat, "/invite Sở Xây dựng")).text).toBe(
      "Lệnh này chỉ dành cho quản trị viên của Sở Nội vụ.",
    );
  });

  it("speaks English to an English-speaking user, and Vietnamese after /lang vi", async () => {
    const { user, chat } = person(2008, "en");
    expect((await ask(user, chat, "/start")).text).toMatch(/^Hello! dondoc follows up the tasks/);
    expect((await ask(user, chat, "/tasks")).text).toMatch(/^This chat is not linked to a unit/);
    expect((await ask(user, chat, "/lang vi")).text).toBe("Đã chuyển sang tiếng Việt.");
    expect((await ask(user, chat, "/help")).text).toMatch(/^Để dùng dondoc, hãy xin Sở Nội vụ mã mời/);
  });

  it("makes a new admin from an admin invitation and gives them the admin menu", async () => {
    const invited = await ask(admin, adminChat, "/invite admin");
    const code = invited.text.match(/start=(\w{12})/)![1]!;
    const { user, chat } = person(2009);
    const since = telegram.calls.length;
    expect((await ask(user, chat, `/start ${code}`)).text).toMatch(/^Anh\/chị đã được cấp quyền quản trị dondoc/);
    const menu = await telegram.waitFor(
      (c) => c.method === "setMyCommands" && (c.params.scope as { chat_id?: number })?.chat_id === chat.id,
      since,
    );
    expect((menu.params.commands as { command: string }[]).map((c) => c.command)).toContain("invite");
    expect((await ask(user, chat, "/units")).text).toMatch(/^Đơn vị đã có cán bộ đầu mối \(\d+\):/);
  });

  it("tells an admin which unit a chat belongs to, and lets them remove a focal point", async () => {
    const { user, chat } = person(2017);
    await ask(user, chat, `/start ${await world.invite("Thanh tra tỉnh")}`);
    expect((await ask(admin, adminChat, "/whois 2017")).text).toMatch(
      /^Cuộc trò chuyện 2017 thuộc Thanh tra tỉnh \(gắn bởi Cán bộ 2017 ngày 25\/11\/2019\)\./,
    );
    const pick = await ask(admin, adminChat, "/remove Thanh tra tỉnh");
    const button = (pick.params.reply_markup as { inline_keyboard: { callback_data: string }[][] })
      .inline_keyboard[0]![0]!;
    const since = telegram.calls.length;
    telegram.press(admin, adminChat, 90, button.callback_data);
    const done = await telegram.waitFor((c) => c.method === "editMessageText", since);
    expect(done.params.text).toBe("Đã gỡ một cán bộ đầu mối khỏi Thanh tra tỉnh.");
    expect((await ask(user, chat, "/tasks")).text).toMatch(/^Cuộc trò chuyện này chưa gắn với đơn vị nào/);
  });

  it("lets a focal point leave after confirming", async () => {
    const { user, chat } = person(2010);
    await ask(user, chat, `/start ${await world.invite("Sở Giáo dục và Đào tạo")}`);
    const confirm = await ask(user, chat, "/leave");
    expect(confirm.text).toMatch(/Anh\/chị chắc chắn chứ\?$/);
    const since = telegram.calls.length;
    telegram.press(user, chat, 91, "leave:yes");
    const left = await telegram.waitFor((c) => c.method === "editMessageText", since);
    expect(left.params.text).toMatch(/^Đã gỡ cuộc trò chuyện này khỏi Sở Giáo dục và Đào tạo\./);
  });
});

describe("resilience", () => {
  it("retries a 429 and delivers the answer once", async () => {
    const { user, chat } = person(2011);
    telegram.failNext("sendMessage", {
      status: 429,
      body: {
        ok: false,
        error_code: 429,
        description: "Too Many Requests: retry after 1",
        parameters: { retry_after: 1 },
      },
    });
    const since = telegram.calls.length;
    telegram.send(user, chat, "/help");
    const attempts = () =>
      telegram.calls.slice(since).filter((c) => c.method === "sendMessage" && Number(c.params.chat_id) === chat.id);
    await vi.waitFor(() => expect(attempts()).toHaveLength(2), { timeout: 10_000 });
    expect(attempts()[1]!.params.text).toMatch(/^Để dùng dondoc/);
    // Nothing is sent a third time: the chat's next answer is the next message it gets.
    await ask(user, chat, "/lang vi");
    expect(attempts().map((c) => String(c.params.text))).toEqual([
      expect.stringMatching(/^Để dùng dondoc/),
      expect.stringMatching(/^Để dùng dondoc/),
      "Đã chuyển sang tiếng Việt.",
    ]);
  });

  it("says the request was handled when only its answer failed, and goes on with the next", async () => {
    const { user, chat } = person(2012);
    await ask(user, chat, `/start ${await world.invite("Sở Khoa học và Công nghệ")}`);
    telegram.failNext("editMessageText", {
      status: 400,
      body: { ok: false, error_code: 400, description: "Bad Request: message to edit not found" },
    });
    const since = telegram.calls.length;
    telegram.press(user, chat, 5, "lang:en");
    const apology = await telegram.messageTo(chat.id, since);
    // The language did change: the apology is in English and does not claim otherwise.
    expect(apology.params.text).toBe(
      "dondoc handled your request but could not send its answer. Send the command again to see the result (for example /tasks).",
    );
    expect((await ask(user, chat, "/help")).text).toMatch(/^dondoc follows the tasks of Sở Khoa học và Công nghệ/);
  });

  it("keeps a join and its answer when the menu call after it fails", async () => {
    telegram.failNext(
      "deleteMyCommands",
      {
        status: 500,
        body: { ok: false, error_code: 500, description: "Internal Server Error" },
      },
      10,
    );
    const { user, chat } = person(2015);
    const joined = await ask(user, chat, `/start ${await world.invite("Sở Tư pháp")}`);
    expect(joined.text).toMatch(/^Đã gắn cuộc trò chuyện này với Sở Tư pháp\./);
    // The chat's updates are handled in order: once /tasks is answered, the join's menu call is over.
    expect((await ask(user, chat, "/tasks")).text).toMatch(/^Nhiệm vụ của Sở Tư pháp/);
    expect(telegram.calls.some((c) => c.method === "deleteMyCommands" && !c.ok)).toBe(true);
    const texts = telegram.calls.filter((c) => c.method === "sendMessage" && Number(c.params.chat_id) === chat.id);
    expect(texts.map((c) => String(c.params.text))).not.toContainEqual(expect.stringMatching(/^Xin lỗi/));
  });

  it("leaves a command addressed to another bot in a group alone", async () => {
    const { user } = person(2016);
    const group: TelegramChat = { id: -5002, type: "group", title: "Sở Công Thương" };
    await ask(user, group, `/start@${BOT_USERNAME} ${await world.invite("Sở Công Thương")}`);
    const since = telegram.calls.length;
    telegram.send(user, group, "/tasks@OtherBot");
    const tasks = await ask(user, group, `/tasks@${BOT_USERNAME}`);
    expect(tasks.text).toMatch(/^Nhiệm vụ của Sở Công Thương/);
    expect(telegram.calls.slice(since).filter((c) => c.method === "sendMessage")).toHaveLength(1);
  });

  it("downloads files through getFile from its own API root", async () => {
    const { user, chat } = person(2013);
    await ask(user, chat, `/start ${await world.invite("Sở Văn hóa, Thể thao và Du lịch")}`);
    const since = telegram.calls.length;
    const fileId = telegram.sendDocument(user, chat, {
      name: "danh-sach.xlsx",
      content: Buffer.from("PK\x03\x04 hỏng"),
    });
    await telegram.messageTo(chat.id, since);
    // The bot asked for the file and fetched it from the same server, by the path getFile gave.
    expect(telegram.calls.slice(since).find((c) => c.method === "getFile")?.params.file_id).toBe(fileId);
    expect(telegram.downloads).toContain(`documents/${fileId}.bin`);
    const download = fileDownloader(new Api(telegram.token, { apiRoot: telegram.url }), telegram.token, telegram.url);
    expect((await download(fileId)).toString()).toBe("PK\x03\x04 hỏng");
  });
});

describe("sample lists", () => {
  it("answers a document with the feedback message and the annotated file", async () => {
    const { user, chat } = person(2020);
    await ask(user, chat, `/start ${await world.invite("Sở Ngoại vụ")}`);
    const rows = [
      [1, "Nguyễn Văn An", "Chuyên viên", "x", null, "0912345678"],
      [2, "Lê Thị Hoa", "Chuyên viên", null, "x", "12345"],
    ];
    const content = await xlsx(appendixI(rows, { titleRows: false }));
    const since = telegram.calls.length;
    telegram.sendDocument(user, chat, { name: "can-bo.xlsx", content });
    const feedback = await telegram.messageTo(chat.id, since);
    expect(String(feedback.params.text)).toContain("• 2 dòng, 1 dòng hợp lệ (chính thức 1, dự phòng 0).");
    expect(String(feedback.params.text)).toContain(
      '– Dòng 4, cột "Số điện thoại": "12345" không phải số điện thoại Việt Nam hợp lệ.',
    );
    const document = await telegram.waitFor(
      (c) => c.method === "sendDocument" && Number(c.params.chat_id) === chat.id,
      since,
    );
    expect(document.files.document!.filename).toBe("can-bo-da-kiem-tra.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(document.files.document!.content as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getCell("H4").value).toMatch(/^Dòng 4/);
  });

  it("sends /mau templates as documents", async () => {
    const { user, chat } = person(2021);
    await ask(user, chat, `/start ${await world.invite("Sở Ngoại vụ")}`);
    const since = telegram.calls.length;
    telegram.send(user, chat, "/mau");
    await vi.waitFor(
      () => expect(telegram.calls.slice(since).filter((c) => c.method === "sendDocument")).toHaveLength(2),
      { timeout: 10_000 },
    );
    const names = telegram.calls
      .slice(since)
      .filter((c) => c.method === "sendDocument")
      .map((c) => c.files.document!.filename);
    expect(names).toEqual(["mau-phu-luc-I-so-ngoai-vu.xlsx", "mau-phu-luc-III-so-ngoai-vu.xlsx"]);
  });
});

describe("several chats at once", () => {
  it("answers /tasks in one chat while a slow list download holds another", async () => {
    const slow = person(2030);
    await ask(slow.user, slow.chat, `/start ${await world.invite("Sở Tài nguyên và Môi trường")}`);
    const quick = person(2031);
    await ask(quick.user, quick.chat, `/start ${await world.invite("Sở Giao thông vận tải")}`);
    const release = telegram.holdFiles();
    const since = telegram.calls.length;
    telegram.sendDocument(slow.user, slow.chat, { name: "danh-sach.xlsx", content: Buffer.from("PK\x03\x04 chậm") });
    await telegram.waitFor((c) => c.method === "getFile", since);
    // Answered while the download is still held: the slow chat does not block this one.
    const tasks = await ask(quick.user, quick.chat, "/tasks");
    expect(tasks.text).toMatch(/^Nhiệm vụ của Sở Giao thông vận tải/);
    // The list is still downloading: nothing has been said to its chat yet.
    expect(
      telegram.calls.slice(since).some((c) => c.method === "sendMessage" && c.params.chat_id === slow.chat.id),
    ).toBe(false);
    release();
    await telegram.messageTo(slow.chat.id, since);
  });
});

describe("webhook mode", () => {
  it("refuses requests without Telegram's secret and serves those with it", async () => {
    const secret = "s3cret-token-for-tests";
    const web = new WebServer(silentLogger);
    const hookParts = serviceParts(world.db.client);
    await startTelegram(
      {
        token: telegram.token,
        apiRoot: telegram.url,
        inbox: hookParts.inbox,
        webhook: { url: "https://dondoc.example/telegram/hook", secret, web },
      },
      world.core,
      silentLogger,
    );
    const port = await web.listen(0, "127.0.0.1");
    try {
      expect(telegram.calls.filter((c) => c.method === "setWebhook").at(-1)!.params).toMatchObject({
        url: "https://dondoc.example/telegram/hook",
        secret_token: secret,
      });
      const { user, chat } = person(2014);
      const post = (headers: Record<string, string>) =>
        fetch(`http://127.0.0.1:${port}/telegram/hook`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify(telegram.updateFor(user, chat, "/help")),
        });
      expect((await post({})).status).toBe(401);
      expect((await post({ "x-telegram-bot-api-secret-token": "wrong-secret-value" })).status).toBe(401);
      const since = telegram.calls.length;
      expect((await post({ "x-telegram-bot-api-secret-token": secret })).status).toBe(200);
      expect((await telegram.messageTo(chat.id, since)).params.text).toMatch(/^Để dùng dondoc/);
    } finally {
      await web.close();
      await hookParts.stop();
    }
  });
});
