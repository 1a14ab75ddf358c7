// Evidence for report tasks on the 2019 Thái Nguyên plan (II.2.2, the self-assessment
// report "gửi kèm tài liệu kiểm chứng", due 19/12/2019): the unit sends the document
// itself, admins list, fetch, confirm or return it, and every view reads the same state.
// Chat core on a real SQLite file, Telegram through its local Bot API server. The units join once;
// each test starts from that world put back and replays the documents it reads: it passes in any order.
import { PassThrough } from "node:stream";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { say as consoleSay } from "../../src/channels/console/index.ts";
import { NumberedChoices } from "../../src/channels/numbered-choices.ts";
import { startTelegram, type RunningTelegram } from "../../src/channels/telegram/index.ts";
import { silentLogger } from "../../src/logger.ts";
import type { Sender } from "../../src/services/chat/types.ts";
import { uploadRoutes } from "../../src/web/upload-pages.ts";
import { WebServer } from "../../src/web/server.ts";
import { ADMIN_ID, chatWorld, type ChatWorld } from "../support/chat.ts";
import { dondoc } from "../support/cli.ts";
import { serviceParts, type ServiceParts } from "../support/service.ts";
import { rewindTo, sayOn, sendOn, type Rewind } from "../support/rewind.ts";
import { taskLine } from "../support/tasks-text.ts";
import { FakeTelegram, type TelegramChat, type TelegramUser } from "../support/telegram-api.ts";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function docx(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("word/document.xml", "<w:document/>");
  return zip.generateAsync({ type: "nodebuffer" });
}

async function plainZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("bao-cao.exe", "MZ");
  return zip.generateAsync({ type: "nodebuffer" });
}

const sender = (id: number): Sender => ({
  channel: "telegram",
  chatId: String(id),
  chatKind: "private",
  userId: String(id),
  name: "Đầu mối",
});
const admin = sender(ADMIN_ID);
const units = { tuPhap: sender(8101), taiChinh: sender(8102), congThuong: sender(8103), gtvt: sender(8104) };

let world: ChatWorld;
let rewind: Rewind;
const on = (day: string) => (world.clock.now = new Date(`${day}T09:00:00+07:00`));

const text = async (from: Sender, day: string, line: string) => (await sayOn(world, from, day, line)).replies[0]!.text;
const sendFile = async (from: Sender, day: string, name: string, content: Buffer, repliedText?: string) =>
  (await sendOn(world, from, day, { name, content }, repliedText)).replies[0]!.text;

/** A unit sends a report's document as told: /nop II.2.2, then the file; the file's answer. */
async function sendReport(from: Sender, day: string, name: string, content: Buffer): Promise<string> {
  await text(from, day, "/nop II.2.2");
  return sendFile(from, day, name, content);
}
const REMINDER = "⏰ Nhắc việc: II.2.2 Xây dựng Báo cáo tự đánh giá — hạn 19/12/2019";
const scoreLine = async (from: Sender, day: string) =>
  (await text(from, day, "/score")).split("\n").find((l) => l.startsWith("• II.2.2"));
const notices = async (chatId: string) =>
  (await world.db.client.outboxMessage.findMany({ where: { chatId, kind: "notice" }, orderBy: { id: "asc" } })).map(
    (m) => m.text,
  );

beforeAll(async () => {
  world = await chatWorld({ today: "2019-11-25", publicUrl: "https://dondoc.example" });
  const names = {
    tuPhap: "Sở Tư pháp",
    taiChinh: "Sở Tài chính",
    congThuong: "Sở Công Thương",
    gtvt: "Sở Giao thông vận tải",
  };
  for (const [key, unit] of Object.entries(names))
    await text(units[key as keyof typeof units], "2019-11-25", `/start ${await world.invite(unit)}`);
  rewind = await rewindTo(world);
}, 120_000);
beforeEach(async () => rewind.back());
afterAll(async () => rewind.drop());

describe("a report task takes its document", () => {
  it("/done without a document says what is missing and marks nothing", async () => {
    expect(await text(units.tuPhap, "2019-11-26", "/done II.2.2")).toBe(
      "Nhiệm vụ II.2.2 hoàn thành khi Sở Nội vụ nhận báo cáo và tài liệu kiểm chứng. Gửi tài liệu kiểm chứng: /nop II.2.2 rồi gửi tệp.",
    );
    expect(taskLine(await text(units.tuPhap, "2019-11-26", "/tasks"), "II.2.2")).toBe(
      "Thời hạn: Thời gian xong trước ngày 20/12/2019 → hạn cuối 19/12/2019 · còn 23 ngày · chưa gửi báo cáo, tài liệu",
    );
    expect(await world.db.client.completion.count()).toBe(0);
  });

  it("/nop on a list task refuses to take a document for it", async () => {
    expect(await text(units.tuPhap, "2019-11-26", "/nop II.2.1")).toBe(
      "Nhiệm vụ II.2.1 không cần gửi tài liệu kiểm chứng. Gõ /tasks để xem nhiệm vụ cần gì.",
    );
  });

  it("sent → confirmed: /nop REF then the file; the admin lists, fetches and confirms it; the unit is told", async () => {
    expect(await text(units.tuPhap, "2019-11-26", "/nop II.2.2")).toBe(
      "Gửi tệp báo cáo, tài liệu kiểm chứng của nhiệm vụ II.2.2 vào cuộc trò chuyện này trong 10 phút tới (PDF, Word, Excel hoặc ảnh, đến 10 MB). Sở Nội vụ sẽ xem và xác nhận.",
    );
    expect(await sendFile(units.tuPhap, "2019-11-26", "../../Báo cáo\u0007 tự đánh giá.pdf", PDF)).toBe(
      "Đã nhận tài liệu Báo cáo tự đánh giá.pdf cho nhiệm vụ II.2.2.\nNhiệm vụ II.2.2: đã gửi tài liệu Báo cáo tự đánh giá.pdf ngày 26/11/2019, chờ Sở Nội vụ xác nhận.",
    );
    expect(taskLine(await text(units.tuPhap, "2019-12-02", "/tasks"), "II.2.2")).toBe(
      "Thời hạn: Thời gian xong trước ngày 20/12/2019 → hạn cuối 19/12/2019 · đã gửi tài liệu Báo cáo tự đánh giá.pdf ngày 26/11/2019, chờ Sở Nội vụ xác nhận",
    );
    const listed = await sayOn(world, admin, "2019-12-02", "/minhchung Sở Tư pháp");
    expect(listed.replies[0]!.text.split("\n")).toEqual([
      "Tài liệu kiểm chứng chờ xác nhận (1):",
      "1. Sở Tư pháp — II.2.2 — Báo cáo tự đánh giá.pdf (gửi 26/11/2019 09:00)",
      "Chọn số để tải tệp. Xác nhận: /confirm TÊN_ĐƠN_VỊ MÃ; trả lại: /return TÊN_ĐƠN_VỊ MÃ LÝ_DO.",
    ]);
    const choice = listed.replies[0]!.choices![0]![0]!;
    expect(choice.label).toBe("📎 1. II.2.2");
    const fetched = await world.core.handle({ from: admin, action: choice.action });
    expect(fetched.replies[0]!.text).toBe("Tài liệu của Sở Tư pháp cho nhiệm vụ II.2.2: Báo cáo tự đánh giá.pdf");
    expect(fetched.replies[0]!.file!.content.equals(PDF)).toBe(true);

    expect(await text(admin, "2019-12-20", "/confirm Sở Tư pháp II.2.2")).toBe(
      "Đã xác nhận Sở Tư pháp hoàn thành nhiệm vụ II.2.2.",
    );
    expect(await scoreLine(units.tuPhap, "2019-12-20")).toBe(
      "• II.2.2 (hạn 19/12/2019): Sở Nội vụ đã xác nhận tài liệu Báo cáo tự đánh giá.pdf (gửi ngày 26/11/2019) — 10/10",
    );
    expect(await notices(units.tuPhap.chatId)).toContain(
      "Sở Nội vụ đã xác nhận tài liệu Báo cáo tự đánh giá.pdf của nhiệm vụ II.2.2: nhiệm vụ đã hoàn thành.",
    );
    expect(await text(admin, "2019-12-20", "/evidence Sở Tư pháp")).toBe(
      "Không có tài liệu kiểm chứng nào chờ xác nhận.",
    );
    const audited = await world.db.client.auditEntry.findMany({ where: { action: { in: ["minhchung", "confirm"] } } });
    expect(audited.map((a) => a.action).sort()).toEqual(["confirm", "minhchung"]);
  });

  it("sent → returned → sent again → confirmed, late: the reason is shown and the new day counts", async () => {
    await sendReport(units.taiChinh, "2019-12-10", "bao-cao.pdf", PDF);
    expect(await text(admin, "2019-12-11", "/tralai Sở Tài chính II.2.2 thiếu chữ ký và dấu")).toBe(
      "Đã trả lại tài liệu bao-cao.pdf của Sở Tài chính (nhiệm vụ II.2.2), lý do: thiếu chữ ký và dấu. dondoc đã báo đơn vị gửi tài liệu mới.",
    );
    expect(await notices(units.taiChinh.chatId)).toContain(
      "Sở Nội vụ trả lại tài liệu bao-cao.pdf của nhiệm vụ II.2.2, lý do: thiếu chữ ký và dấu.\nHãy gửi tài liệu mới: /nop II.2.2 rồi gửi tệp.",
    );
    expect(taskLine(await text(units.taiChinh, "2019-12-11", "/tasks"), "II.2.2")).toBe(
      "Thời hạn: Thời gian xong trước ngày 20/12/2019 → hạn cuối 19/12/2019 · còn 8 ngày · tài liệu bao-cao.pdf (gửi ngày 10/12/2019) bị trả lại: thiếu chữ ký và dấu; cần gửi tài liệu mới",
    );
    expect(await text(units.taiChinh, "2019-12-11", "/done II.2.2")).toMatch(/^Nhiệm vụ II.2.2 hoàn thành khi/);
    expect(await text(admin, "2019-12-11", "/return Sở Tài chính II.2.2 lần nữa")).toBe(
      "Tài liệu của Sở Tài chính cho nhiệm vụ II.2.2 đã được trả lại trước đó; đơn vị cần gửi tài liệu mới.",
    );
    // Sent again after the deadline, as a Word file: late.
    expect(await sendReport(units.taiChinh, "2019-12-23", "bao-cao-ky.docx", await docx())).toBe(
      "Đã nhận tài liệu bao-cao-ky.docx cho nhiệm vụ II.2.2.\nNhiệm vụ II.2.2: đã gửi tài liệu bao-cao-ky.docx ngày 23/12/2019, chờ Sở Nội vụ xác nhận.",
    );
    await text(admin, "2019-12-24", "/confirm Sở Tài chính II.2.2");
    expect(await scoreLine(units.taiChinh, "2019-12-24")).toBe(
      "• II.2.2 (hạn 19/12/2019): Sở Nội vụ đã xác nhận tài liệu bao-cao-ky.docx (gửi ngày 23/12/2019) — 5/10",
    );
    const versions = await world.db.client.evidence.findMany({ where: { fileName: { startsWith: "bao-cao" } } });
    expect(versions.map((v) => [v.fileName, v.status, v.supersededAt !== null])).toEqual([
      ["bao-cao.pdf", "returned", true],
      ["bao-cao-ky.docx", "confirmed", false],
    ]);
  });

  it("takes a file sent in reply to a message that names the report task", async () => {
    expect(await sendFile(units.congThuong, "2019-12-05", "scan.png", PNG, REMINDER)).toBe(
      "Đã nhận tài liệu scan.png cho nhiệm vụ II.2.2.\nNhiệm vụ II.2.2: đã gửi tài liệu scan.png ngày 05/12/2019, chờ Sở Nội vụ xác nhận.",
    );
  });
});

describe("guarded like every file", () => {
  const refused = [
    ["an executable named .pdf", "bao-cao.pdf", Buffer.from("MZ\x90\x00 not a pdf")],
    ["a plain zip", "tai-lieu.zip", null],
    ["an OpenDocument text", "bao-cao.odt", Buffer.from("PK\x03\x04\x14\x00mimetypeapplication/vnd.oasis")],
    ["an empty file", "bao-cao.pdf", Buffer.alloc(0)],
  ] as const;

  it.each(refused)("refuses %s, and nothing stored changes", async (_, name, bytes) => {
    const before = await world.db.client.evidence.count();
    await text(units.gtvt, "2019-12-05", "/nop II.2.2");
    const reply = await sendFile(units.gtvt, "2019-12-05", name, bytes ?? (await plainZip()));
    expect(reply).toMatch(bytes?.length === 0 ? /^Tệp trống/ : /^dondoc chỉ nhận tài liệu kiểm chứng dạng PDF/);
    expect(await world.db.client.evidence.count()).toBe(before);
  });

  it("refuses a document past the size limit before reading it", async () => {
    await text(units.gtvt, "2019-12-05", "/nop II.2.2");
    on("2019-12-05");
    const file = { name: "lon.pdf", size: 11 * 1024 * 1024, read: async () => Buffer.alloc(0) };
    expect((await world.core.handle({ from: units.gtvt, file })).replies[0]!.text).toBe(
      "Tệp quá lớn: dondoc nhận tài liệu kiểm chứng đến 10 MB. Hãy nén ảnh hoặc lưu thành PDF nhỏ hơn rồi gửi lại.",
    );
    // The /nop still stands: the next file is taken.
    expect(await sendFile(units.gtvt, "2019-12-05", "bao-cao.pdf", PDF)).toMatch(/^Đã nhận tài liệu bao-cao.pdf/);
  });

  it("shows a document to its unit and admins only", async () => {
    await sendReport(units.tuPhap, "2019-11-26", "Báo cáo tự đánh giá.pdf", PDF);
    const sent = await world.db.client.evidence.findFirstOrThrow({ where: { fileName: "Báo cáo tự đánh giá.pdf" } });
    expect(await text(units.gtvt, "2019-12-05", "/evidence")).toBe(
      "Lệnh này chỉ dành cho quản trị viên của Sở Nội vụ.",
    );
    const taken = await world.core.handle({ from: units.gtvt, action: `evidence:${sent.id}` });
    expect(taken.replies[0]!.text).toBe("Lệnh này chỉ dành cho quản trị viên của Sở Nội vụ.");
    expect(taken.replies[0]!.file).toBeUndefined();
    expect(await text(units.gtvt, "2019-12-05", "/tasks")).not.toContain("Báo cáo tự đánh giá.pdf");
  });
});

describe("other doors", () => {
  it("Zalo: /nop REF gives a one-time link whose page takes that task's document", async () => {
    const web = new WebServer(silentLogger);
    const base = `http://127.0.0.1:${await web.listen(0, "127.0.0.1")}`;
    web.add(...uploadRoutes({ db: world.db.client, base, now: () => world.clock.now }));
    try {
      const zalo: Sender = {
        channel: "zalo",
        chatId: "z-8105",
        chatKind: "private",
        userId: "z-8105",
        name: "Đầu mối",
      };
      // Invited the day it joins: an invitation lasts 7 days.
      await text(zalo, "2019-12-05", `/start ${await world.invite("Sở Xây dựng", on("2019-12-05"))}`);
      const reply = await text(zalo, "2019-12-05", "/nop II.2.2");
      expect(reply.split("\n")[0]).toMatch(
        /^Gửi báo cáo, tài liệu kiểm chứng của Sở Xây dựng cho nhiệm vụ II.2.2 tại: https:\/\/dondoc.example\/u\//,
      );
      // The link as the chat gave it, on this test's server.
      const url = `${base}/u/${/\/u\/(\S+)/.exec(reply)![1]!}`;
      const form = await (await fetch(url)).text();
      expect(form).toContain("Gửi báo cáo, tài liệu kiểm chứng của Sở Xây dựng cho nhiệm vụ II.2.2");
      expect(form).toContain("Gửi tài liệu</button>");
      const refused = new FormData();
      refused.append("file", new Blob([Buffer.from("MZ")]), "bc.pdf");
      const refusedPage = await fetch(url, { method: "POST", body: refused });
      expect(refusedPage.status).toBe(422);
      expect(await refusedPage.text()).toContain("dondoc chỉ nhận tài liệu kiểm chứng dạng PDF");
      const body = new FormData();
      body.append("file", new Blob([PDF]), "bc.pdf");
      const page = await (await fetch(url, { method: "POST", body })).text();
      expect(page).toContain(
        "Đã nhận tài liệu bc.pdf cho nhiệm vụ II.2.2.\nNhiệm vụ II.2.2: đã gửi tài liệu bc.pdf ngày 05/12/2019, chờ Sở Nội vụ xác nhận.",
      );
      expect(await notices("z-8105")).toContain(
        "Đã nhận tài liệu bc.pdf cho nhiệm vụ II.2.2.\nNhiệm vụ II.2.2: đã gửi tài liệu bc.pdf ngày 05/12/2019, chờ Sở Nội vụ xác nhận.",
      );
    } finally {
      await web.close();
    }
  });

  it("console: /nop REF then /send PATH", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dondoc-evidence-"));
    writeFileSync(join(dir, "bao-cao.pdf"), PDF);
    const consoleUser: Sender = { ...units.tuPhap, channel: "console", chatId: "console", userId: "console" };
    await text(consoleUser, "2019-12-06", `/start ${await world.invite("Sở Nội vụ", on("2019-12-06"))}`);
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    const options = { input: new PassThrough(), output, filesDir: dir, name: "Đầu mối", lang: "vi" as const };
    const choices = new NumberedChoices();
    await consoleSay(world.core, options, choices, "/nop II.2.2");
    await consoleSay(world.core, options, choices, `/send ${join(dir, "bao-cao.pdf")}`);
    expect(printed).toContain("bằng lệnh /send ĐƯỜNG_DẪN trong 10 phút tới");
    expect(printed).toContain("Đã nhận tài liệu bao-cao.pdf cho nhiệm vụ II.2.2.");
  });
});

describe("Telegram, through its local Bot API server", () => {
  let telegram: FakeTelegram;
  let bot: RunningTelegram;
  let parts: ServiceParts;
  const user: TelegramUser = { id: 8201, first_name: "Cán bộ", language_code: "vi" };
  const chat: TelegramChat = { id: 8201, type: "private" };
  const adminUser: TelegramUser = { id: ADMIN_ID, first_name: "Quản trị", language_code: "vi" };
  const adminChat: TelegramChat = { id: ADMIN_ID, type: "private" };

  beforeAll(async () => {
    telegram = new FakeTelegram();
    await telegram.start();
  });
  afterAll(async () => telegram.close());
  // The bot and its inbox per test: they must let go of the database before it is put back.
  beforeEach(async () => {
    parts = serviceParts(world.db.client);
    bot = await startTelegram(
      { token: telegram.token, apiRoot: telegram.url, inbox: parts.inbox, pollLease: parts.lease("poll:telegram") },
      world.core,
      silentLogger,
    );
  });
  afterEach(async () => {
    await bot.stop();
    await parts.stop();
  });

  async function reply(from: TelegramUser, to: TelegramChat, line: string) {
    const since = telegram.calls.length;
    telegram.send(from, to, line);
    return String((await telegram.messageTo(to.id, since)).params.text);
  }
  /** The focal point of Sở Khoa học và Công nghệ joins through Telegram on 09/12. */
  async function joinThroughTelegram() {
    on("2019-12-09");
    await reply(user, chat, `/start ${await world.invite("Sở Khoa học và Công nghệ")}`);
  }

  it("a document sent after /nop REF is stored, and an admin gets it back as a document", async () => {
    await joinThroughTelegram();
    await reply(user, chat, "/nop II.2.2");
    const since = telegram.calls.length;
    telegram.sendDocument(user, chat, { name: "bao-cao-khcn.pdf", content: PDF });
    expect(String((await telegram.messageTo(chat.id, since)).params.text)).toBe(
      "Đã nhận tài liệu bao-cao-khcn.pdf cho nhiệm vụ II.2.2.\nNhiệm vụ II.2.2: đã gửi tài liệu bao-cao-khcn.pdf ngày 09/12/2019, chờ Sở Nội vụ xác nhận.",
    );
    const listed = await reply(adminUser, adminChat, "/evidence Sở Khoa học và Công nghệ II.2.2");
    expect(listed.split("\n")[1]).toBe(
      "1. Sở Khoa học và Công nghệ — II.2.2 — bao-cao-khcn.pdf (gửi 09/12/2019 09:00)",
    );
    const id = (await world.db.client.evidence.findFirstOrThrow({ where: { fileName: "bao-cao-khcn.pdf" } })).id;
    const before = telegram.calls.length;
    telegram.press(adminUser, adminChat, 1, `evidence:${id}`);
    const sent = await telegram.waitFor(
      (c) => c.method === "sendDocument" && Number(c.params.chat_id) === ADMIN_ID,
      before,
    );
    expect(sent.files.document!.filename).toBe("bao-cao-khcn.pdf");
    expect(sent.files.document!.content.equals(PDF)).toBe(true);
  });

  it("a document in reply to a reminder naming the task is that task's evidence", async () => {
    await joinThroughTelegram();
    const since = telegram.calls.length;
    telegram.sendDocument(user, chat, { name: "bc2.pdf", content: PDF }, undefined, "Nhắc việc II.2.2: còn 10 ngày");
    expect(String((await telegram.messageTo(chat.id, since)).params.text)).toMatch(/^Đã nhận tài liệu bc2.pdf/);
  });
});

describe("command line", () => {
  it("dondoc evidence list --json, then get ID --out FILE", async () => {
    await sendReport(units.congThuong, "2019-12-09", "bc2.pdf", PDF);
    const env = { DATABASE_URL: world.db.url, PROVINCE: "Thái Nguyên" };
    const listed = await dondoc(["evidence", "list", "--json"], env);
    expect(listed.code).toBe(0);
    const waiting = JSON.parse(listed.out) as { id: number; unit: string; ref: string; fileName: string }[];
    expect(waiting).toEqual([expect.objectContaining({ unit: "Sở Công Thương", ref: "II.2.2", fileName: "bc2.pdf" })]);
    const out = join(mkdtempSync(join(tmpdir(), "dondoc-evidence-")), "bc.pdf");
    const got = await dondoc(["evidence", "get", String(waiting[0]!.id), "--out", out], env);
    expect(got.out).toBe(`Đã ghi bc2.pdf (Sở Công Thương, nhiệm vụ II.2.2) vào ${out}.`);
    expect(readFileSync(out).equals(PDF)).toBe(true);
    expect((await dondoc(["evidence", "get", "x", "--out", out], env)).code).toBe(2);
  });
});

/**
 * Three units' documents by 24/12: Sở Tư pháp's confirmed on time, Sở Tài chính's returned
 * then sent again late and confirmed, Sở Công Thương's (in reply to a reminder) waiting.
 */
async function documentsOfThreeUnits() {
  await sendReport(units.tuPhap, "2019-11-26", "Báo cáo tự đánh giá.pdf", PDF);
  await sendFile(units.congThuong, "2019-12-05", "scan.png", PNG, REMINDER);
  await sendReport(units.taiChinh, "2019-12-10", "bao-cao.pdf", PDF);
  await text(admin, "2019-12-11", "/tralai Sở Tài chính II.2.2 thiếu chữ ký và dấu");
  await text(admin, "2019-12-20", "/confirm Sở Tư pháp II.2.2");
  await sendReport(units.taiChinh, "2019-12-23", "bao-cao-ky.docx", await docx());
  await text(admin, "2019-12-24", "/confirm Sở Tài chính II.2.2");
}

describe("export", () => {
  it("the Tiến độ sheet names the document, its day and state", async () => {
    await documentsOfThreeUnits();
    const exported = await sayOn(world, admin, "2019-12-24", "/export");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.replies[0]!.file!.content as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Tiến độ")!;
    const refs = (sheet.getRow(1).values as string[]).slice(1);
    const cell = (unit: string) =>
      sheet
        .getRows(3, sheet.rowCount)!
        .find((r) => r.getCell(1).value === unit)!
        .getCell(refs.indexOf("II.2.2") + 1).value;
    expect([cell("Sở Tư pháp"), cell("Sở Tài chính"), cell("Sở Công Thương")]).toEqual([
      "Đã xác nhận 26/11/2019 (CT) · tài liệu Báo cáo tự đánh giá.pdf",
      "Đã xác nhận 23/12/2019 (CT) · tài liệu bao-cao-ky.docx",
      "Chờ xác nhận 05/12/2019 (CT) · tài liệu scan.png",
    ]);
  });
});
