// Administrators through the local Telegram Bot API server: an amended plan reaches
// exactly the units it concerns, with exactly their change; chat edits keep a history;
// broadcasts reach the group they name; non-admins are refused; progress comes with a
// chart; every admin action is in the audit log.
import ExcelJS from "exceljs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { telegramTransport } from "../../src/channels/telegram/transport.ts";
import { silentLogger } from "../../src/logger.ts";
import { reportFinishedBroadcasts } from "../../src/services/broadcast-service.ts";
import { Sender } from "../../src/services/sender.ts";
import { ADMIN_ID } from "../support/chat.ts";
import { PLANS, planText } from "../support/fixtures.ts";
import {
  ADMIN_CHAT as adminChat,
  ADMIN_USER as admin,
  focalPoint as person,
  savedWorld,
  type AdminBot,
  type SavedWorld,
  type TestWorld,
} from "../support/admin-bot.ts";
import { BOT_USERNAME, type ApiCall, type FakeTelegram } from "../support/telegram-api.ts";

const UNITS = {
  noiVu: { id: 3001, name: "Sở Nội vụ" },
  vanPhong: { id: 3002, name: "Văn phòng UBND tỉnh" },
  yTe: { id: 3003, name: "Sở Y tế" },
  xayDung: { id: 3004, name: "Sở Xây dựng" },
  daiTu: { id: 3005, name: "UBND huyện Đại Từ" },
};

// Each test on a copy of one world, the five units' focal points joined, with a sender of
// its own: no test reads what another did.
let saved: SavedWorld;
let running: AdminBot;
let telegram: FakeTelegram;
let world: TestWorld;
let sender: Sender;

beforeAll(async () => {
  saved = await savedWorld({
    focalPoints: Object.fromEntries(Object.values(UNITS).map((u) => [u.id, u.name])),
    botUsername: BOT_USERNAME,
  });
});

afterAll(async () => {
  await saved.drop();
});

beforeEach(async () => {
  running = await saved.copy();
  ({ telegram, world } = running);
  sender = new Sender(world.db.client, [telegramTransport(telegram.token, telegram.url, 200)], {
    log: silentLogger,
    quiet: () => false,
    now: () => world.clock.now,
    pollMs: 20,
  });
  sender.start();
});

afterEach(async () => {
  await sender.stop();
  await running.stop();
});

const ask: AdminBot["ask"] = (from, chat, text) => running.ask(from, chat, text);

/** Presses the button of a bot message whose data starts with `prefix`; returns the next message. */
async function press(message: ApiCall, prefix: string): Promise<ApiCall> {
  const markup = message.params.reply_markup as { inline_keyboard: { callback_data: string }[][] };
  const data = markup.inline_keyboard.flat().find((b) => b.callback_data.startsWith(prefix))!.callback_data;
  const since = telegram.calls.length;
  telegram.press(admin, adminChat, 1, data);
  return telegram.messageTo(ADMIN_ID, since);
}

/**
 * Waits until every queued message is sent, then returns what each unit's chat got since `since`.
 * No bound of its own: on a busy machine sending takes longer, and a send that never ends fails
 * the test at its timeout, not with part of the messages.
 */
async function deliveredSince(since: number): Promise<Map<number, string[]>> {
  while ((await world.db.client.outboxMessage.count({ where: { status: { in: ["pending", "sending"] } } })) > 0) {
    await new Promise((r) => setTimeout(r, 20));
  }
  const out = new Map<number, string[]>();
  for (const c of telegram.calls.slice(since)) {
    if (c.method !== "sendMessage" || !c.ok) continue;
    out.set(Number(c.params.chat_id), [...(out.get(Number(c.params.chat_id)) ?? []), String(c.params.text)]);
  }
  return out;
}

describe("an amended plan", () => {
  it("previews who will be told what, then tells exactly the affected units exactly their change", async () => {
    const amended = planText(PLANS.thaiNguyen2024)
      .replace("2.9\tCông bố kết quả\tQuý I/2025", "2.9\tCông bố kết quả\tTháng 04/2025")
      .replace(
        "1.7\tCông bố kết quả (cùng Chỉ số CCHC)\tQuý I/2025\tSở Nội vụ\tVăn phòng UBND tỉnh",
        "1.7\tCông bố kết quả (cùng Chỉ số CCHC)\tQuý I/2025\tSở Nội vụ\tVăn phòng UBND tỉnh, Sở Y tế",
      );
    // Sở Y tế's focal point reads English: its notice comes in English.
    expect(String((await ask(person(UNITS.yTe.id).user, person(UNITS.yTe.id).chat, "/lang en")).params.text)).toBe(
      "Switched to English.",
    );
    const since = telegram.calls.length;
    telegram.sendDocument(
      admin,
      adminChat,
      { name: "ke-hoach-98-sua-doi.txt", content: Buffer.from(amended) },
      "Lùi thời gian công bố",
    );
    const preview = await telegram.messageTo(ADMIN_ID, since);
    const text = String(preview.params.text);
    expect(text.split("\n").slice(0, 3)).toEqual([
      "Xem trước thay đổi kế hoạch 98/KH-UBND: 2 thay đổi.",
      "• Nhiệm vụ 1.7: thêm Sở Y tế (Phối hợp)",
      "• Nhiệm vụ 2.9 đổi thời hạn: Quý I/2025 → Tháng 04/2025",
    ]);
    expect(text).toContain("Sẽ thông báo cho 3 đơn vị, mỗi đơn vị chỉ nhận thay đổi liên quan đến mình:");
    expect(text).toContain("• Sở Y tế: 1.7 (1 cuộc trò chuyện)");
    expect(text).toContain("• Sở Nội vụ: 2.9 (1 cuộc trò chuyện)");
    expect(text).toContain("• Văn phòng UBND tỉnh: 2.9 (1 cuộc trò chuyện)");
    // Nothing changes before the admin confirms.
    expect((await world.db.client.task.findFirstOrThrow({ where: { ref: "2.9" } })).deadlineText).toBe("Quý I/2025");

    const applied = await press(preview, "plan-apply");
    expect(String(applied.params.text)).toBe(
      "Đã áp dụng 2 thay đổi. Đã xếp lịch gửi 3 thông báo cho 3 đơn vị; nhắc hạn từ nay theo kế hoạch mới.",
    );
    const got = await deliveredSince(since);
    expect(got.get(UNITS.yTe.id)).toEqual([
      [
        "Plan 98/KH-UBND has changed for Sở Y tế:",
        "• Task 1.7: Sở Y tế added (Coordinating)",
        "Reason: Lùi thời gian công bố",
        "",
        "Send /tasks to see the unit's tasks under the new plan.",
      ].join("\n"),
    ]);
    for (const unit of [UNITS.noiVu, UNITS.vanPhong]) {
      expect(got.get(unit.id)).toEqual([
        [
          `Kế hoạch 98/KH-UBND có thay đổi liên quan đến ${unit.name}:`,
          "• Nhiệm vụ 2.9 đổi thời hạn: Quý I/2025 → Tháng 04/2025",
          "Lý do: Lùi thời gian công bố",
          "",
          "Gõ /tasks để xem nhiệm vụ của đơn vị theo kế hoạch mới.",
        ].join("\n"),
      ]);
    }
    expect(got.has(UNITS.xayDung.id)).toBe(false);
    expect(got.has(UNITS.daiTu.id)).toBe(false);

    // The plan in force changed, so do the reminders that follow it.
    expect(
      await world.db.client.assignment.count({
        where: { unit: { name: "Sở Y tế" }, role: "coordinator", task: { ref: "1.7" } },
      }),
    ).toBe(1);
    expect((await world.db.client.task.findFirstOrThrow({ where: { ref: "2.9" } })).effectiveDue).toBe("2025-05-05"); // 30/4 to 4/5/2025 are days off
  });

  it("applies a previewed change once, however often the button is pressed", async () => {
    const since = telegram.calls.length;
    const appliedBefore = await world.db.client.planRevision.count({ where: { status: "applied" } });
    const preview = await ask(admin, adminChat, "/deadline 2.8 15/02/2025; Chờ số liệu điều tra");
    expect(String(preview.params.text)).toContain("• Nhiệm vụ 2.8 đổi thời hạn: Tháng 01/2025 → 15/02/2025");
    expect(String((await press(preview, "plan-apply")).params.text)).toMatch(/^Đã áp dụng 1 thay đổi/);
    expect(String((await press(preview, "plan-apply")).params.text)).toBe(
      "Thay đổi này đã được áp dụng hoặc đã hủy trước đó.",
    );
    expect(await world.db.client.planRevision.count({ where: { status: "applied" } })).toBe(appliedBefore + 1);
    expect((await deliveredSince(since)).get(UNITS.noiVu.id)).toEqual([
      expect.stringContaining("• Nhiệm vụ 2.8 đổi thời hạn: Tháng 01/2025 → 15/02/2025\nLý do: Chờ số liệu điều tra"),
    ]);
  });

  it("keeps a cancelled edit out of the plan, and says what is wrong with a bad one", async () => {
    const preview = await ask(admin, adminChat, "/assign 2.9 Sở Xây dựng chủ trì");
    expect(String((await press(preview, "plan-cancel")).params.text)).toBe("Đã hủy; kế hoạch giữ nguyên.");
    expect(
      await world.db.client.assignment.count({ where: { unit: { name: "Sở Xây dựng" }, task: { ref: "2.9" } } }),
    ).toBe(0);
    expect(String((await ask(admin, adminChat, "/deadline 9.9 15/02/2025")).params.text)).toBe(
      'Kế hoạch không có nhiệm vụ "9.9".',
    );
    expect(String((await ask(admin, adminChat, "/deadline 2.8 sớm nhất có thể")).params.text)).toContain(
      'Không đọc được thời hạn "sớm nhất có thể"',
    );
    expect(String((await ask(admin, adminChat, "/assign 2.9 Sở Không Có phối hợp")).params.text)).toContain(
      "Sở Không Có",
    );
  });

  it("adds a task and assigns it in chat, telling the unit it now has", async () => {
    const added = await ask(admin, adminChat, "/task add 3.1 Báo cáo kết quả bổ sung | Tháng 02/2025");
    expect(String(added.params.text)).toContain("• Thêm nhiệm vụ 3.1: Báo cáo kết quả bổ sung");
    expect(String(added.params.text)).toContain("Sẽ thông báo cho 0 đơn vị");
    await press(added, "plan-apply");
    const since = telegram.calls.length;
    const assigned = await ask(admin, adminChat, "/assign 3.1 Sở Xây dựng chủ trì");
    expect(String(assigned.params.text)).toContain("• Sở Xây dựng: 3.1 (1 cuộc trò chuyện)");
    await press(assigned, "plan-apply");
    expect((await deliveredSince(since)).get(UNITS.xayDung.id)).toEqual([
      expect.stringContaining("• Nhiệm vụ 3.1: thêm Sở Xây dựng (Chủ trì)"),
    ]);
    const removed = await ask(admin, adminChat, "/task remove 3.1; Nhập nhầm");
    expect(String(removed.params.text)).toContain("• Sở Xây dựng: 3.1 (1 cuộc trò chuyện)");
    await press(removed, "plan-cancel");
  });

  it("lists the changes applied, with who, when and why", async () => {
    // A change of its own: the test does not rely on the others having applied theirs.
    await press(await ask(admin, adminChat, "/deadline 2.6 20/03/2025; Đợi số liệu quý I"), "plan-apply");
    const text = String((await ask(admin, adminChat, "/history")).params.text);
    expect(text).toMatch(/^Các thay đổi kế hoạch gần nhất:\n\n\d\d\/\d\d\/\d{4} \d\d:\d\d — telegram:1000 — /);
    expect(text).toMatch(/\d\d\/\d\d\/\d{4} \d\d:\d\d — telegram:1000 — 1 thay đổi — lý do: Đợi số liệu quý I/);
  });
});

describe("broadcasts", () => {
  it("reaches the group it names only, after a preview, and reports delivery", async () => {
    const since = telegram.calls.length;
    const preview = await ask(
      admin,
      adminChat,
      "/broadcast UBND cấp huyện\nĐề nghị gửi danh sách mẫu trước ngày 25/7.",
    );
    expect(String(preview.params.text).split("\n").slice(0, 3)).toEqual([
      "Thông báo sẽ gửi tới 9 đơn vị (1 cuộc trò chuyện). Nội dung:",
      "",
      "Đề nghị gửi danh sách mẫu trước ngày 25/7.",
    ]);
    expect(String(preview.params.text)).toContain(
      "8 đơn vị chưa có cán bộ đầu mối nên sẽ không nhận được: UBND thành phố Thái Nguyên",
    );
    const queued = await press(preview, "broadcast-send");
    expect(String(queued.params.text)).toMatch(/^Đã xếp lịch gửi thông báo số \d+: 1 tin nhắn/);
    const got = await deliveredSince(since);
    expect(got.get(UNITS.daiTu.id)).toEqual([
      "📢 Thông báo của Sở Nội vụ:\nĐề nghị gửi danh sách mẫu trước ngày 25/7.",
    ]);
    for (const unit of [UNITS.noiVu, UNITS.vanPhong, UNITS.yTe, UNITS.xayDung]) expect(got.has(unit.id)).toBe(false);

    expect(String((await ask(admin, adminChat, "/broadcast report")).params.text)).toMatch(
      /^Thông báo số \d+ đã gửi xong: đã tới 1, lỗi 0, không liên lạc được 0\.$/,
    );
    // When it has finished, the admin is told without asking, once.
    const before = telegram.calls.length;
    expect(await reportFinishedBroadcasts(world.db.client, world.clock.now)).toBe(1);
    expect(await reportFinishedBroadcasts(world.db.client, world.clock.now)).toBe(0);
    expect((await deliveredSince(before)).get(ADMIN_ID)).toEqual([expect.stringMatching(/đã gửi xong: đã tới 1/)]);
  });

  it("names an unknown recipient instead of guessing", async () => {
    expect(String((await ask(admin, adminChat, "/broadcast Sở Không Có: họp")).params.text)).toContain("Sở Không Có");
    expect(String((await ask(admin, adminChat, "/broadcast họp gấp")).params.text)).toMatch(/^Cách dùng: \/broadcast/);
  });
});

describe("who may", () => {
  it("refuses every admin command to a focal point", async () => {
    const { user, chat } = person(UNITS.xayDung.id);
    for (const command of [
      "/broadcast tất cả\nxin chào",
      "/progress",
      "/export",
      "/deadline 2.8 15/02/2025",
      "/history",
      "/audit",
    ]) {
      expect(String((await ask(user, chat, command)).params.text)).toBe(
        "Lệnh này chỉ dành cho quản trị viên của Sở Nội vụ.",
      );
    }
    expect(await world.db.client.broadcast.count({ where: { text: "xin chào" } })).toBe(0);
  });
});

describe("progress, export and the audit log", () => {
  it("shows progress by task, the overdue units and the ranking, with a chart image", async () => {
    const since = telegram.calls.length;
    world.clock.now = new Date("2024-06-05T08:00:00+07:00");
    const text = String((await ask(admin, adminChat, "/progress")).params.text);
    expect(text.split("\n")[0]).toBe("Tiến độ kế hoạch 98/KH-UBND đến ngày 05/06/2024 (số đơn vị chủ trì):");
    expect(text).toContain("• 1.1 (hạn 31/05/2024): xong 0, quá hạn 1, chưa đến hạn 0 — Xây dựng, ban hành Kế hoạch");
    expect(text).toContain("• Sở Nội vụ: 1.1, 2.1");
    const photo = await telegram.waitFor((c) => c.method === "sendPhoto", since);
    const png = Object.values(photo.files)[0]!.content;
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(5000);
  });

  it("sends the consolidated workbook", async () => {
    const since = telegram.calls.length;
    await ask(admin, adminChat, "/export");
    const document = await telegram.waitFor((c) => c.method === "sendDocument", since);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Object.values(document.files)[0]!.content as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tiến độ", "Điểm"]);
  });

  it("keeps every admin action in the audit log", async () => {
    // Actions of its own, newest last: the test does not rely on the others' actions.
    await ask(admin, adminChat, `/whois ${UNITS.xayDung.id}`);
    const preview = await ask(admin, adminChat, "/deadline 2.5 25/03/2025; Thử nhật ký");
    const cancel = (preview.params.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard
      .flat()
      .find((b) => b.callback_data.startsWith("plan-cancel"))!.callback_data;
    await press(preview, "plan-cancel");
    const text = String((await ask(admin, adminChat, "/audit")).params.text);
    expect(text.split("\n")[0]).toBe("Thao tác quản trị gần nhất:");
    expect(text.split("\n").slice(1, 4)).toEqual([
      expect.stringMatching(/^\d\d\/\d\d\/\d{4} \d\d:\d\d {2}telegram:1000 {2}\/plan-cancel/),
      expect.stringMatching(
        /^\d\d\/\d\d\/\d{4} \d\d:\d\d {2}telegram:1000 {2}\/deadline 2\.5 25\/03\/2025; Thử nhật ký$/,
      ),
      expect.stringMatching(
        new RegExp(`^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d {2}telegram:1000 {2}/whois ${UNITS.xayDung.id}$`),
      ),
    ]);
    const logged = (await world.db.client.auditEntry.findMany()).map((e) => `${e.actor} ${e.action} ${e.detail}`);
    expect(logged).toContain("telegram:1000 deadline 2.5 25/03/2025; Thử nhật ký");
    expect(logged).toContain(`telegram:1000 ${cancel.replace(":", " ")}`);
    expect(await world.db.client.auditEntry.count({ where: { actor: `telegram:${UNITS.xayDung.id}` } })).toBe(0);
  });
});

describe("two previews of one plan", () => {
  it("refuses a change previewed before another was applied, and previews it afresh", async () => {
    const older = await ask(admin, adminChat, "/deadline 2.8 20/02/2025");
    const newer = await ask(admin, adminChat, "/assign 2.9 Sở Tư pháp phối hợp");
    expect(String((await press(newer, "plan-apply")).params.text)).toMatch(/^Đã áp dụng 1 thay đổi/);
    const refused = await press(older, "plan-apply");
    expect(String(refused.params.text)).toMatch(
      /^Kế hoạch đã được thay đổi sau khi xem trước thay đổi này \(lúc \d\d\/\d\d\/\d{4} \d\d:\d\d, bởi telegram:1000\), nên dondoc không áp dụng nó/,
    );
    const at = telegram.calls.indexOf(refused) + 1;
    const fresh = await telegram.waitFor((c) => c.method === "sendMessage" && c.params.chat_id === ADMIN_ID, at);
    expect(String(fresh.params.text)).toContain("• Nhiệm vụ 2.8 đổi thời hạn: Tháng 01/2025 → 20/02/2025");
    expect(String((await press(fresh, "plan-apply")).params.text)).toMatch(/^Đã áp dụng 1 thay đổi/);
    // The newer change stands: the older one, applied afresh, did not undo it.
    expect(
      await world.db.client.assignment.count({
        where: { unit: { name: "Sở Tư pháp" }, role: "coordinator", task: { ref: "2.9" } },
      }),
    ).toBe(1);
    expect((await world.db.client.task.findFirstOrThrow({ where: { ref: "2.8" } })).due).toBe("2025-02-20");
  });
});
