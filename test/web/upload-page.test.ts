// The one-time upload page a Zalo user gets, in headless Chromium (Debian's chromium
// driven by playwright-core): open the link, send a list, read the feedback, download the
// annotated copy; used, expired and forged links are refused with a clear page.
import { existsSync, readFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logger.ts";
import type { Sender } from "../../src/services/chat/types.ts";
import { uploadRoutes } from "../../src/web/upload-pages.ts";
import { WebServer } from "../../src/web/server.ts";
import { chatWorld, type ChatWorld } from "../support/chat.ts";
import { appendixI, xlsx, type Row } from "../support/lists.ts";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  if (process.env.CI === "true")
    throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium package for this test`);
  console.warn(
    `NOTE: ${CHROMIUM} not found; the browser test of the upload page is skipped (apt-get install chromium)`,
  );
}

const focal: Sender = {
  channel: "zalo",
  chatId: "7f3a9c01e2",
  chatKind: "private",
  userId: "7f3a9c01e2",
  name: "Cán bộ Xây dựng",
};
const staff = (n: number, phone = `0912${String(100000 + n)}`): Row => [
  n,
  `Nguyễn Văn ${"ABCDEFGHIK"[n % 10]}`,
  "Chuyên viên",
  "x",
  null,
  phone,
  null,
];

let world: ChatWorld;
let web: WebServer;
let base: string;
let browser: Browser;

async function uploadLink(): Promise<string> {
  const text = (await world.core.handle({ from: focal, text: "/nop" })).replies[0]!.text;
  return text.match(/(http:\/\/\S+\/u\/[\w-]+)/)![1]!;
}

beforeAll(async () => {
  web = new WebServer(silentLogger);
  const port = await web.listen(0, "127.0.0.1");
  base = `http://127.0.0.1:${port}`;
  world = await chatWorld({ today: "2019-11-26", publicUrl: base });
  web.add(...uploadRoutes({ db: world.db.client, base, now: () => world.clock.now }));
  await world.core.handle({ from: focal, text: `/start ${await world.invite("Sở Xây dựng")}` });
  if (haveChromium) {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await web.close();
  await world.db.drop();
});

describe.skipIf(!haveChromium)("the upload page in a browser", () => {
  it("takes a list, shows the feedback, hands out the annotated copy once, and refuses the link afterwards", async () => {
    const link = await uploadLink();
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(link);
    expect(await page.locator("h1").textContent()).toBe("Gửi danh sách mẫu");
    expect(await page.locator("main").textContent()).toContain("Danh sách của Sở Xây dựng");

    const list = await xlsx(appendixI([staff(1), staff(2, "12345")]));
    await page.setInputFiles("#file", {
      name: "can-bo.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: list,
    });
    await page.click("button[type=submit]");
    const feedback = await page.locator("#feedback").textContent();
    expect(feedback).toContain(
      'Đã nhận danh sách Phụ lục I (Danh sách cán bộ, công chức đang công tác tại sở) của Sở Xây dựng, tệp "can-bo.xlsx".',
    );
    expect(feedback).toContain('Dòng 8, cột "Số điện thoại"');

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    expect(download.suggestedFilename()).toBe("can-bo-da-kiem-tra.xlsx");
    const saved = join(mkdtempSync(join(tmpdir(), "dondoc-dl-")), "annotated.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Danh sách", "Danh sách lỗi"]);

    // The same result went to the Zalo chat, with its own download link.
    const notice = await world.db.client.outboxMessage.findFirstOrThrow({
      where: { channel: "zalo", chatId: focal.chatId, kind: "notice" },
    });
    expect(notice.text).toContain("Đã nhận danh sách Phụ lục I");
    expect(notice.text).toMatch(
      /Tải bản đã đánh dấu lỗi \(một lần, trong 24 giờ\): http:\/\/127\.0\.0\.1:\d+\/d\/[\w-]{32}/,
    );

    const again = await page.goto(link);
    expect(again!.status()).toBe(410);
    expect(await page.locator("main").textContent()).toContain("Đường dẫn này đã được dùng.");
    const downloadAgain = await page.goto(download.url()).catch(() => null);
    expect(downloadAgain?.status()).toBe(410);
    await context.close();
  }, 60_000);

  it("refuses an expired link and a forged one, showing no data", async () => {
    const link = await uploadLink();
    const page = await browser.newPage();
    world.clock.now = new Date(world.clock.now.getTime() + 25 * 3_600_000);
    try {
      const expired = await page.goto(link);
      expect(expired!.status()).toBe(410);
      expect(await page.locator("main").textContent()).toContain("Đường dẫn này đã hết hạn");
      expect(await page.locator("form").count()).toBe(0);
      const forged = await page.goto(`${base}/u/${"A".repeat(32)}`);
      expect(forged!.status()).toBe(404);
      expect(await page.locator("main").textContent()).toContain("Đường dẫn này không đúng");
    } finally {
      world.clock.now = new Date(world.clock.now.getTime() - 25 * 3_600_000);
      await page.close();
    }
  }, 60_000);
});

describe("the upload page over HTTP", () => {
  it("keeps the link usable after a file it cannot take, and stores nothing", async () => {
    const link = await uploadLink();
    const form = new FormData();
    form.append("file", new Blob([Buffer.from("Họ và tên,Điện thoại\n")]), "danh-sach.docx");
    const refused = await fetch(link, { method: "POST", body: form });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('<form method="post"');
    expect((await fetch(link)).status).toBe(200);
    expect(await world.db.client.submission.count({ where: { fileName: "danh-sach.docx" } })).toBe(0);
  });
});
