// The consolidated workbook as the survey team opens it, and the administrators'
// command line: an amended plan imported with --notify, the history, the audit log.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatRequest, Sender } from "../../src/services/chat/types.ts";
import { chatWorld, type ChatWorld } from "../support/chat.ts";
import { dondoc } from "../support/cli.ts";
import { PLANS, planText } from "../support/fixtures.ts";
import { appendixI, appendixIII, citizen, xlsx, type Row } from "../support/lists.ts";

const focal = (unit: string, id: string): Sender => ({
  channel: "telegram",
  chatId: id,
  chatKind: "private",
  userId: id,
  name: `Cán bộ ${unit}`,
});
const xayDung = focal("Sở Xây dựng", "3001");
const tuPhap = focal("Sở Tư pháp", "3002");
const staff = (n: number, phone = `0912${String(100000 + n)}`): Row => [
  n,
  `Nguyễn Văn ${"ABCDEFGHIK"[n % 10]}`,
  "Chuyên viên",
  "x",
  null,
  phone,
  null,
];
const citizens = (official: number, reserve: number): Row[] => [
  ...Array.from({ length: official }, (_, i) => citizen(i + 1, { phone: `0987${String(100001 + i)}` })),
  ["II. Danh sách dự phòng"],
  ...Array.from({ length: reserve }, (_, i) =>
    citizen(official + i + 1, { phone: `0987${String(100001 + official + i)}` }),
  ),
];

let world: ChatWorld;
const dir = mkdtempSync(join(tmpdir(), "dondoc-export-"));
const env = () => ({ DATABASE_URL: world.db.url });

async function send(from: Sender, name: string, content: Buffer): Promise<string> {
  const request: ChatRequest = { from, file: { name, size: content.length, read: async () => content } };
  return (await world.core.handle(request)).replies[0]!.text;
}

beforeAll(async () => {
  world = await chatWorld({ today: "2019-11-26" });
  await world.core.handle({ from: xayDung, text: `/start ${await world.invite("Sở Xây dựng")}` });
  await world.core.handle({ from: tuPhap, text: `/start ${await world.invite("Sở Tư pháp")}` });
  await world.core.handle({ from: xayDung, text: "/bienche 2" }); // its Phụ lục I below is the whole staff
  await send(xayDung, "can-bo.xlsx", await xlsx(appendixI([staff(1), staff(2)])));
  expect(await send(xayDung, "cong-dan.xlsx", await xlsx(appendixIII(citizens(20, 10))))).toContain("II.2.1");
  // One valid row and one with a broken phone: only the valid one is exported.
  await send(tuPhap, "tu-phap.xlsx", await xlsx(appendixI([staff(7), staff(8, "12345")], { titleRows: false })));
});

afterAll(async () => world.db.drop());

describe("dondoc export", () => {
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const file = join(dir, "tong-hop.xlsx");
    const run = await dondoc(["export", "--plan", "1", "--today", "2019-11-26", file], env());
    expect(run).toMatchObject({ code: 0, out: `Đã ghi bảng tổng hợp vào ${file}.` });
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  });

  it("has a status sheet, a scores sheet and one sheet per list template sent", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tiến độ", "Điểm", "Phụ lục I", "Phụ lục III"]);
  });

  it("shows every unit's tasks coloured by status, with the day done or the deadline", () => {
    const sheet = workbook.getWorksheet("Tiến độ")!;
    const refs = (sheet.getRow(1).values as string[]).slice(1);
    expect(refs.slice(0, 3)).toEqual(["Đơn vị", "II.1.1", "II.1.2"]);
    const rowOf = (unit: string) => sheet.getRows(3, sheet.rowCount)!.find((r) => r.getCell(1).value === unit)!;
    const cell = (unit: string, ref: string) => rowOf(unit).getCell(refs.indexOf(ref) + 1);
    expect(cell("Sở Xây dựng", "II.2.1").value).toBe("Xong đúng hạn 26/11/2019 (CT)");
    expect((cell("Sở Xây dựng", "II.2.1").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FF2E7D32");
    expect(cell("Sở Tư pháp", "II.2.1").value).toBe("Chưa đầy đủ 26/11/2019 (CT)");
    expect((cell("Sở Tư pháp", "II.2.1").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF9A825");
    expect(cell("Sở Xây dựng", "II.1.1").value).toBeNull();
    const deadline = sheet.getRow(2).getCell(refs.indexOf("II.2.1") + 1);
    expect(deadline.value).toEqual(new Date("2019-11-29T00:00:00Z"));
    expect(deadline.numFmt).toBe("dd/mm/yyyy");
  });

  it("ranks the units by score", () => {
    const sheet = workbook.getWorksheet("Điểm")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Hạng", "Đơn vị", "Điểm", "Tối đa", "Tỉ lệ"]);
    expect(sheet.getRow(2).getCell(2).value).toBe("Sở Xây dựng");
    expect(sheet.getRow(2).getCell(5).numFmt).toBe("0%");
  });

  it("merges the units' accepted rows in the appendix's column order, phones as text", () => {
    const sheet = workbook.getWorksheet("Phụ lục I")!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "STT",
      "Đơn vị",
      "Họ và Tên",
      "Chức vụ",
      "Nam",
      "Nữ",
      "Số điện thoại",
      "Ghi chú",
      "Loại mẫu",
    ]);
    const rows = sheet.getRows(2, sheet.rowCount - 1)!.map((r) => (r.values as unknown[]).slice(1));
    expect(rows, JSON.stringify(rows)).toEqual([
      [1, "Sở Tư pháp", "Nguyễn Văn H", "Chuyên viên", "x", "", "0912100007", "", "Chính thức"],
      [2, "Sở Xây dựng", "Nguyễn Văn B", "Chuyên viên", "x", "", "0912100001", "", "Chính thức"],
      [3, "Sở Xây dựng", "Nguyễn Văn C", "Chuyên viên", "x", "", "0912100002", "", "Chính thức"],
    ]);
    expect(sheet.getColumn(7).numFmt).toBe("@");
    expect(workbook.getWorksheet("Phụ lục III")!.rowCount).toBe(31);
  });

  it("writes the lists' dates as Excel dates shown dd/mm/yyyy", () => {
    const sheet = workbook.getWorksheet("Phụ lục III")!;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const returned = headers.findIndex((h) => /^ngày trả kết quả/i.test(h)) + 1;
    expect(returned).toBeGreaterThan(0);
    const cell = sheet.getRow(2).getCell(returned);
    expect(cell.value).toBeInstanceOf(Date);
    expect(cell.numFmt).toBe("dd/mm/yyyy");
  });

  it("is in the audit log, as every changing command is", async () => {
    const run = await dondoc(["audit", "--json"], env());
    expect((JSON.parse(run.out) as { actor: string; action: string }[]).map((e) => [e.actor, e.action])).toContainEqual(
      ["cli", "export"],
    );
  });
});

describe("dondoc plan import --notify", () => {
  // A world of its own: the amended deadline must not reach the export's workbook above.
  let own: ChatWorld;
  const env = () => ({ DATABASE_URL: own.db.url });
  beforeAll(async () => {
    own = await chatWorld({ today: "2019-11-26" });
    await own.core.handle({ from: xayDung, text: `/start ${await own.invite("Sở Xây dựng")}` });
    await own.core.handle({ from: tuPhap, text: `/start ${await own.invite("Sở Tư pháp")}` });
  });
  afterAll(async () => own.db.drop());

  it("tells the units the changes that concern them and keeps the history", async () => {
    const amended = planText(PLANS.thaiNguyen2019).replace(
      "phụ lục số I, III, VI kèm theo Kế hoạch này, gửi về Sở Nội vụ để tổng hợp. Thời gian hoàn thành **trước ngày 30/11/2019**",
      "phụ lục số I, III, VI kèm theo Kế hoạch này, gửi về Sở Nội vụ để tổng hợp. Thời gian hoàn thành **trước ngày 06/12/2019**",
    );
    const file = join(dir, "ke-hoach-sua.txt");
    writeFileSync(file, amended);
    const run = await dondoc(["plan", "import", file, "--notify", "--reason", "Gia hạn lập danh sách"], env());
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      "- Nhiệm vụ II.2.1 đổi thời hạn: Thời gian hoàn thành trước ngày 30/11/2019 → Thời gian hoàn thành trước ngày 06/12/2019",
    );
    expect(run.out).toContain("Đã xếp lịch gửi 2 thông báo cho 20 đơn vị.");
    const notices = await own.db.client.outboxMessage.findMany({
      where: { batch: { startsWith: "plan-change:" } },
      orderBy: { chatId: "asc" },
    });
    expect(notices.map((n) => n.chatId)).toEqual(["3001", "3002"]);
    expect(notices[0]!.text).toContain("Lý do: Gia hạn lập danh sách");

    const history = JSON.parse((await dondoc(["plan", "history", "--json"], env())).out) as {
      createdBy: string;
      reason: string;
      changes: unknown[];
    }[];
    expect(history[0]).toMatchObject({
      createdBy: "cli",
      reason: "Gia hạn lập danh sách",
      changes: [{ kind: "deadline-changed", ref: "II.2.1" }],
    });
  });
});
