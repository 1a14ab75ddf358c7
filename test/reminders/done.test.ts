// Marking tasks done from a reminder's button or by command, and an admin's undo and
// confirmation: a list task is finished by its lists only, a report by its document, confirmed by an admin.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { planReminders } from "../../src/services/reminder-service.ts";
import type { Sender } from "../../src/services/chat/types.ts";
import { ADMIN_ID, chatWorld, type ChatWorld } from "../support/chat.ts";
import { dondoc } from "../support/cli.ts";

const focal: Sender = {
  channel: "telegram",
  chatId: "9001",
  chatKind: "private",
  userId: "9001",
  name: "Cán bộ Tư pháp",
};
const admin: Sender = {
  channel: "telegram",
  chatId: String(ADMIN_ID),
  chatKind: "private",
  userId: String(ADMIN_ID),
  name: "Quản trị",
};
let world: ChatWorld;

// A world of its own for each test: none depends on another having run first.
beforeEach(async () => {
  world = await chatWorld({ today: "2019-11-26" });
  await world.core.handle({ from: focal, text: `/start ${await world.invite("Sở Tư pháp")}` });
});
afterEach(async () => world.db.drop());

const say = async (from: Sender, text: string) => (await world.core.handle({ from, text })).replies[0]!.text;

const remindedOn = async (day: string) =>
  (
    await planReminders(world.db.client, world.access, new Date(`${day}T08:00:00+07:00`), { dryRun: true })
  ).messages.find((m) => m.chatId === "9001");

describe("done", () => {
  it("is a button under the reminder; on a task that needs lists it says what is missing, and reminders go on", async () => {
    const digest = (await remindedOn("2019-11-26"))!;
    expect(digest.text.split("\n")[0]).toBe("⏰ Nhắc việc ngày 26/11/2019 — Sở Tư pháp");
    const button = (JSON.parse(digest.choices!) as { label: string; action: string }[][])[0]![0];
    expect(button!.label).toBe("✓ Đã xong II.2.1");
    const reply = await world.core.handle({ from: focal, action: button!.action });
    expect(reply.replies[0]!.text).toBe(
      "Nhiệm vụ II.2.1 hoàn thành khi Sở Nội vụ nhận đủ danh sách; còn thiếu: Phụ lục I. Gửi tệp danh sách vào cuộc trò chuyện này, dondoc tự ghi nhận khi đủ.",
    );
    expect((await remindedOn("2019-11-28"))?.text).toContain("II.2.1");
  });

  it("on a report says how to send its document; once sent its reminders stop, and an admin confirms or reopens it", async () => {
    expect(await say(focal, "/done II.2.2")).toBe(
      "Nhiệm vụ II.2.2 hoàn thành khi Sở Nội vụ nhận báo cáo và tài liệu kiểm chứng. Gửi tài liệu kiểm chứng: /nop II.2.2 rồi gửi tệp.",
    );
    expect((await remindedOn("2019-12-18"))?.text).toContain("II.2.2");
    await say(focal, "/nop II.2.2");
    const content = Buffer.from("%PDF-1.4\n%%EOF\n");
    const file = { name: "bao-cao.pdf", size: content.length, read: async () => content };
    expect((await world.core.handle({ from: focal, file })).replies[0]!.text).toMatch(/^Đã nhận tài liệu bao-cao.pdf/);
    expect((await remindedOn("2019-12-18"))?.text ?? "").not.toContain("II.2.2");
    expect(await say(focal, "/done II.2.2")).toBe("Nhiệm vụ II.2.2 đã được ghi nhận hoàn thành trước đó.");
    expect(await say(focal, "/done 9.9")).toBe(
      'Sở Tư pháp không có nhiệm vụ "9.9" trong kế hoạch hiện hành. Gõ /tasks để xem mã nhiệm vụ.',
    );
    expect(await say(focal, "/undo Sở Tư pháp II.2.2")).toBe("Lệnh này chỉ dành cho quản trị viên của Sở Nội vụ.");
    expect(await say(admin, "/confirm Sở Tư pháp II.2.2")).toBe("Đã xác nhận Sở Tư pháp hoàn thành nhiệm vụ II.2.2.");
    const status = async () => (await world.db.client.evidence.findFirstOrThrow()).status;
    expect(await status()).toBe("confirmed");
    expect(await say(admin, "/undo Sở Tư pháp II.2.2")).toBe(
      "Tài liệu bao-cao.pdf của Sở Tư pháp (nhiệm vụ II.2.2) trở lại chờ xác nhận. Đơn vị đã nộp tài liệu nên dondoc không nhắc nhiệm vụ này; gõ /confirm hoặc /return khi đã xem.",
    );
    expect((await remindedOn("2019-12-18"))?.text ?? "").not.toContain("II.2.2");
    // Back among the documents waiting: the unit sent it, so it is not reminded again.
    expect(await status()).toBe("sent");
    expect(await world.db.client.completion.count()).toBe(0);
  });

  it("an admin's /confirm of a report sent outside dondoc is a mark, undone by /undo", async () => {
    expect(await say(admin, "/confirm Sở Tư pháp II.2.2")).toBe("Đã xác nhận Sở Tư pháp hoàn thành nhiệm vụ II.2.2.");
    expect((await remindedOn("2019-12-18"))?.text ?? "").not.toContain("II.2.2");
    await say(admin, "/undo Sở Tư pháp II.2.2");
    expect((await remindedOn("2019-12-18"))?.text).toContain("II.2.2");
    const history = await world.db.client.completion.findMany({ where: { task: { ref: "II.2.2" } } });
    expect(history.map((c) => [c.source, c.by, c.undoneBy])).toEqual([
      ["admin", `telegram:${ADMIN_ID}`, `telegram:${ADMIN_ID}`],
    ]);
  });
});

describe("dondoc remind", () => {
  it("prints what would be queued, queues it once, and says when there is nothing to do", async () => {
    const env = { DATABASE_URL: world.db.url, ADMIN_TELEGRAM_IDS: String(ADMIN_ID) };
    const dry = await dondoc(["remind", "--at", "2019-12-02 08:00", "--dry-run"], env);
    expect(dry.out.split("\n")[0]).toMatch(/^Ngày 02\/12\/2019: sẽ đưa \d+ tin vào hàng đợi\.$/);
    expect(dry.out).toContain("- telegram:1000 [overdue-summary] Tổng hợp ngày 02/12/2019:");
    const run = await dondoc(["remind", "--at", "2019-12-02 08:00"], env);
    expect(run.out).toMatch(/^Ngày 02\/12\/2019: đã đưa [1-9]\d* tin vào hàng đợi\./);
    expect((await dondoc(["remind", "--at", "2019-12-02 09:00"], env)).out).toBe(
      "Đã lập lời nhắc cho ngày 02/12/2019 rồi.",
    );
    expect((await dondoc(["remind", "--at", "2019-12-07 08:00"], env)).out).toBe(
      "Ngày 07/12/2019 là ngày nghỉ: không nhắc.",
    );
    expect((await dondoc(["remind", "--at", "2019-12-03 22:00"], env)).out).toBe(
      "Ngoài giờ nhắc việc (8:00–20:00): không nhắc.",
    );
    expect((await dondoc(["remind", "--at", "hôm qua"], env)).code).toBe(2);
  });
});
