// The same scenarios scored on dondoc's default rules and on a province's own set loaded
// from a workbook (written here with exceljs, as an admin would fill it in) through
// `dondoc rules import`: late tiers in working days (2 vs 8 days late), a correction
// after the deadline scored by the province's choice, and /score, /rules, /progress and
// the export saying which rules they applied. The 2019 Thái Nguyên plan, lists due 29/11/2019.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sender } from "../../src/services/chat/types.ts";
import { ADMIN_ID, chatWorld, type ChatWorld } from "../support/chat.ts";
import { dondoc } from "../support/cli.ts";
import { appendixIII, citizens, staffOfThree, xlsx } from "../support/lists.ts";

const UNITS = {
  nothing: "Sở Xây dựng",
  onlyIII: "Sở Ngoại vụ",
  late2: "Ban Quản lý các khu công nghiệp tỉnh",
  late8: "Sở Tư pháp",
  corrected: "Sở Khoa học và Công nghệ",
  lateIncomplete: "Thanh tra tỉnh",
} as const;
type Scenario = keyof typeof UNITS;
const SCENARIOS = Object.keys(UNITS) as Scenario[];

const sender = (i: number): Sender => ({
  channel: "telegram",
  chatId: String(7300 + i),
  chatKind: "private",
  userId: String(7300 + i),
  name: "Đầu mối",
});
const admin: Sender = { ...sender(0), chatId: String(ADMIN_ID), userId: String(ADMIN_ID), name: "Quản trị" };
const from = (who: Scenario) => sender(SCENARIOS.indexOf(who) + 1);

const DECISION = "Quyết định số 1234/QĐ-UBND ngày 05/01/2019 ban hành Quy định chấm điểm công tác cải cách hành chính";
/** The province's set as an admin fills it in: item, working days (tiers), value. */
const PROVINCE_ROWS: [string, number | null, string | number][] = [
  ["Tên quyết định", null, DECISION],
  ["Áp dụng từ ngày", null, "12/12/2019"],
  ["Điểm nhiệm vụ nộp danh sách", null, 4],
  ["Điểm nhiệm vụ nộp báo cáo, tài liệu", null, 6],
  ["Đủ nhưng muộn, đến số ngày làm việc (%)", 3, 75],
  ["Đủ nhưng muộn, đến số ngày làm việc (%)", 10, 50],
  ["Đủ nhưng muộn hơn các mức trên (%)", null, 25],
  ["Đúng hạn nhưng chưa đủ (%)", null, 50],
  ["Muộn và chưa đủ (%)", null, 20],
  ["Quá hạn chưa gửi (%)", null, 0],
  ["Bản sửa sau hạn", null, "chấm theo bản sửa"],
  ["Tỷ lệ dòng lỗi tối đa của danh sách đủ (%)", null, 5],
];

async function rulesWorkbook(rows = PROVINCE_ROWS): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Quy định chấm điểm");
  sheet.addRow(["Mục", "Ngày làm việc muộn", "Giá trị", "Giải thích"]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
/** The province's rows with one value changed (row index in PROVINCE_ROWS). */
const changed = (index: number, value: string | number) =>
  PROVINCE_ROWS.map((row, i) => (i === index ? ([row[0], row[1], value] as typeof row) : row));

let world: ChatWorld;
const dir = mkdtempSync(join(tmpdir(), "dondoc-rules-"));
const on = (day: string) => (world.clock.now = new Date(`${day}T09:00:00+07:00`));
async function say(who: Scenario | "admin", day: string, text: string) {
  on(day);
  return (await world.core.handle({ from: who === "admin" ? admin : from(who), text })).replies;
}
const text = async (who: Scenario | "admin", day: string, command: string) => (await say(who, day, command))[0]!.text;
async function send(who: Scenario, day: string, name: string, content: Buffer) {
  on(day);
  await world.core.handle({ from: from(who), file: { name, size: content.length, read: async () => content } });
}
const listI = staffOfThree;
const listIII = (who: Scenario, official: number, base: number) =>
  xlsx({ ...appendixIII(citizens(official, 10, base)), title: [UNITS[who].toUpperCase()] });
async function both(who: Scenario, day: string, base: number) {
  await send(who, day, "ds1.xlsx", await listI());
  await send(who, day, "ds3.xlsx", await listIII(who, 20, base));
}
/** The /score line of II.2.1 on a day. */
const scoreOf = async (who: Scenario, day: string) =>
  (await text(who, day, "/score")).split("\n").find((l) => l.startsWith("• II.2.1"));

beforeAll(async () => {
  world = await chatWorld({ today: "2019-11-25" });
  for (const who of SCENARIOS) {
    await say(who, "2019-11-25", `/start ${await world.invite(UNITS[who])}`);
    await say(who, "2019-11-25", "/bienche 3"); // their Phụ lục I: 3 people, the whole staff
  }
  await send("onlyIII", "2019-11-25", "ds3.xlsx", await listIII("onlyIII", 20, 1000));
  await both("corrected", "2019-11-25", 2000);
  // Due Friday 29/11: Tuesday 03/12 is 2 working days late, Wednesday 11/12 is 8.
  await both("late2", "2019-12-03", 3000);
  await both("late8", "2019-12-11", 4000);
  await send("lateIncomplete", "2019-12-02", "ds1.xlsx", await listI());
  await send("lateIncomplete", "2019-12-02", "ds3.xlsx", await listIII("lateIncomplete", 5, 5000));
  // A correction 4 working days after the deadline.
  await send("corrected", "2019-12-05", "ds3b.xlsx", await listIII("corrected", 20, 2000));
  // The province's set, in force from 12/12/2019: 11/12 is still scored on the default rules.
  const file = join(dir, "quy-dinh.xlsx");
  writeFileSync(file, await rulesWorkbook());
  const run = await dondoc(["rules", "import", file], { DATABASE_URL: world.db.url });
  expect(run).toMatchObject({ code: 0 });
  expect(run.out.split("\n")[0]).toBe(`Đã nạp quy định chấm điểm của Thái Nguyên: ${DECISION}, áp dụng từ 12/12/2019.`);
}, 300_000);
afterAll(async () => world.db.drop());

describe("on dondoc's default rules (11/12/2019, before the province's set)", () => {
  const DEFAULT: Record<Scenario, string> = {
    nothing: "chưa gửi Phụ lục I, III — 0/10",
    onlyIII: "đã nhận Phụ lục III; còn thiếu: Phụ lục I — 5/10",
    late2: "đã xong nhưng muộn (gửi đủ ngày 03/12/2019) — 5/10",
    late8: "đã xong nhưng muộn (gửi đủ ngày 11/12/2019) — 5/10",
    corrected:
      "đã xong, đúng hạn (gửi đủ ngày 25/11/2019); bản sửa ngày 05/12/2019 không làm giảm điểm đúng hạn — 10/10",
    lateIncomplete: "đã gửi nhưng chưa đầy đủ: Phụ lục III mới có 5/10 mẫu chính thức hợp lệ — 2,5/10",
  };
  it.each(SCENARIOS)("%s", async (who) => {
    expect(await scoreOf(who, "2019-12-11")).toBe(`• II.2.1 (hạn 29/11/2019): ${DEFAULT[who]}`);
  });

  it("/rules and /score say the score is dondoc's own, not the province's", async () => {
    const rules = await text("nothing", "2019-12-11", "/quydinh");
    expect(rules.split("\n")[0]).toBe(
      "Điểm theo dõi của dondoc (mặc định), không phải Chỉ số CCHC của tỉnh: tỉnh chưa nạp quy định chấm điểm của mình.",
    );
    expect((await text("late2", "2019-12-11", "/score")).split("\n").at(-2)).toBe(rules.split("\n")[0]);
  });
});

describe("on the province's set loaded with `dondoc rules import` (12/12/2019)", () => {
  const PROVINCE: Record<Scenario, string> = {
    nothing: "chưa gửi Phụ lục I, III — 0/4",
    onlyIII: "đã nhận Phụ lục III; còn thiếu: Phụ lục I — 2/4",
    late2: "đã xong nhưng muộn (gửi đủ ngày 03/12/2019) — 3/4",
    late8: "đã xong nhưng muộn (gửi đủ ngày 11/12/2019) — 2/4",
    // The province scores the correction: 4 working days late, the second tier.
    corrected: "đã xong, đúng hạn (gửi đủ ngày 25/11/2019); bản sửa ngày 05/12/2019 được chấm như bản nộp muộn — 2/4",
    lateIncomplete: "đã gửi nhưng chưa đầy đủ: Phụ lục III mới có 5/10 mẫu chính thức hợp lệ — 0,8/4",
  };
  it.each(SCENARIOS)("%s", async (who) => {
    expect(await scoreOf(who, "2019-12-12")).toBe(`• II.2.1 (hạn 29/11/2019): ${PROVINCE[who]}`);
  });

  it("/rules shows the decision, its date, points and tiers in plain Vietnamese", async () => {
    expect((await text("nothing", "2019-12-12", "/rules")).split("\n")).toEqual([
      `Theo: ${DECISION} (áp dụng từ 12/12/2019)`,
      "Cách tính: mỗi nhiệm vụ nộp danh sách 4 điểm, nộp báo cáo, tài liệu 6 điểm khi gửi đủ, đúng hạn; đủ nhưng muộn đến 3 ngày làm việc 3, đến 10 ngày làm việc 2, hơn nữa 1; đúng hạn nhưng chưa đủ 2; muộn và chưa đủ 0,8; quá hạn chưa gửi 0. Bản sửa sau hạn được chấm lại như bản nộp muộn. Danh sách đủ khi dòng lỗi không quá 5%. Nhiệm vụ chưa đến hạn chưa tính.",
    ]);
  });

  it("/score, /progress and the export's Điểm sheet name the rules they applied", async () => {
    const source = `Theo: ${DECISION} (áp dụng từ 12/12/2019)`;
    expect((await text("late8", "2019-12-12", "/score")).split("\n")).toContain(source);
    const progress = (await text("admin", "2019-12-12", "/progress")).split("\n");
    expect(progress.at(-1)).toBe(source);
    expect(progress).toContain("1. Ban Quản lý các khu công nghiệp tỉnh — 3/4");
    const [exported] = await say("admin", "2019-12-12", "/export");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported!.file!.content as unknown as ArrayBuffer);
    const scores = workbook.getWorksheet("Điểm")!;
    expect(scores.getRow(scores.rowCount).getCell(1).value).toBe(source);
  });

  it("answers a list with its points under the province's tiers and names the rules", async () => {
    on("2019-12-12");
    const health: Sender = { ...sender(20), name: "Đầu mối Sở Y tế" };
    await world.core.handle({ from: health, text: `/start ${await world.invite("Sở Y tế")}` });
    await world.core.handle({ from: health, text: "/bienche 3" });
    const content = await listI();
    const file = { name: "ds1.xlsx", size: content.length, read: async () => content };
    // Sở Y tế has no sample quota: Phụ lục I alone finishes II.2.1, 9 working days late (50%).
    expect((await world.core.handle({ from: health, file })).replies[0]!.text.split("\n").slice(-3)).toEqual([
      "Nhiệm vụ II.2.1 đã được ghi nhận là hoàn thành.",
      "Điểm hiện tại của đơn vị: 2/4.",
      `Theo: ${DECISION} (áp dụng từ 12/12/2019)`,
    ]);
  });

  it("applies only from its date: on 11/12/2019 the default rules stand", async () => {
    expect((await text("nothing", "2019-12-11", "/rules")).split("\n")[0]).toMatch(/^Điểm theo dõi của dondoc/);
  });

  it("gives an admin the workbook of the rules in force, which imports back unchanged", async () => {
    const [reply] = await say("admin", "2019-12-12", "/rules export");
    expect(reply!.file!.name).toBe("quy-dinh-cham-diem-2019-12-12.xlsx");
    const file = join(dir, "xuat.xlsx");
    writeFileSync(file, reply!.file!.content as Buffer);
    const run = await dondoc(["rules", "import", file, "--dry-run"], { DATABASE_URL: world.db.url });
    expect(run.out.split("\n")).toEqual([
      `Tệp hợp lệ (chưa lưu): ${DECISION}, áp dụng từ 12/12/2019.`,
      (await text("nothing", "2019-12-12", "/rules")).split("\n")[1],
    ]);
  });
});

describe("dondoc rules list", () => {
  it("lists the province's sets with the day each is in force from, as text and JSON", async () => {
    const env = { DATABASE_URL: world.db.url };
    const run = await dondoc(["rules", "list"], env);
    expect(run.code).toBe(0);
    expect(run.out.split("\n")[0]).toMatch(new RegExp(`^Từ 12/12/2019: ${DECISION} \\(nạp bởi cli lúc `));
    const json = JSON.parse((await dondoc(["rules", "list", "--json"], env)).out);
    expect(json.province).toBe("Thái Nguyên");
    expect(json.sets[0].rules).toMatchObject({
      name: DECISION,
      effectiveFrom: "2019-12-12",
      points: { lists: 4, document: 6 },
      lateTiers: [
        { upTo: 3, share: 0.75 },
        { upTo: 10, share: 0.5 },
      ],
      correction: "score-correction",
    });
  });
});

describe("a rules workbook with a wrong cell", () => {
  it.each([
    [changed(1, "31/02/2020"), 'Trang "Quy định chấm điểm", ô C3: "31/02/2020" không phải ngày (ghi dd/mm/yyyy).'],
    [changed(7, 120), 'Trang "Quy định chấm điểm", ô C9: "120" không phải tỷ lệ phần trăm từ 0 đến 100.'],
    [
      changed(8, 60),
      'Trang "Quy định chấm điểm", ô C10: "muộn và chưa đủ" (60%) phải thấp hơn cả "chưa đủ" và mọi mức muộn.',
    ],
    [
      changed(10, "tùy"),
      'Trang "Quy định chấm điểm", ô C12: "tùy" không hợp lệ; ghi "giữ điểm đúng hạn" hoặc "chấm theo bản sửa".',
    ],
  ])("is refused with the cell named, nothing stored (exit 2)", async (rows, finding) => {
    const file = join(dir, "sai.xlsx");
    writeFileSync(file, await rulesWorkbook(rows));
    const run = await dondoc(["rules", "import", file], { DATABASE_URL: world.db.url });
    expect(run.code).toBe(2);
    expect(run.err.split("\n")).toEqual(["Bảng quy định có 1 ô sai, chưa lưu gì:", finding]);
  });
});

describe("a rules workbook with a wrong cell, in English and as JSON", () => {
  it("names the sheet and cell in the user's language", async () => {
    const file = join(dir, "sai-en.xlsx");
    writeFileSync(file, await rulesWorkbook(changed(4, "nhiều")));
    const en = await dondoc(["rules", "import", file, "--lang", "en"], { DATABASE_URL: world.db.url });
    expect(en.code).toBe(2);
    expect(en.err.split("\n")).toEqual([
      "The rules sheet has 1 wrong cell; nothing was stored:",
      'Sheet "Quy định chấm điểm", cell C6: "nhiều" is not a percentage from 0 to 100.',
    ]);
    const json = await dondoc(["rules", "import", file, "--json"], { DATABASE_URL: world.db.url });
    expect(JSON.parse(json.out).error).toEqual({
      code: "invalid-rules",
      message:
        'Bảng quy định có 1 ô sai, chưa lưu gì:\nTrang "Quy định chấm điểm", ô C6: "nhiều" không phải tỷ lệ phần trăm từ 0 đến 100.',
    });
  });
});

describe("a rules workbook sent in chat by an admin", () => {
  it("is previewed, stored only once confirmed, and in force from its date", async () => {
    const next = "Quyết định số 99/QĐ-UBND ngày 20/12/2019 sửa đổi Quy định chấm điểm";
    const rows = PROVINCE_ROWS.map((row, i) =>
      i === 0 ? ([row[0], null, next] as typeof row) : i === 1 ? ([row[0], null, "01/01/2020"] as typeof row) : row,
    );
    const content = await rulesWorkbook(rows);
    const sendRules = async () => {
      on("2019-12-20");
      const file = { name: "quy-dinh-2020.xlsx", size: content.length, read: async () => content };
      return (await world.core.handle({ from: admin, file })).replies[0]!;
    };
    const preview = await sendRules();
    expect(preview.text.split("\n")).toEqual([
      "Bảng quy định chấm điểm của Thái Nguyên đọc được (chưa lưu):",
      `Theo: ${next} (áp dụng từ 01/01/2020)`,
      expect.stringMatching(/^Cách tính: mỗi nhiệm vụ nộp danh sách 4 điểm/),
      `Đang áp dụng hôm nay: Theo: ${DECISION} (áp dụng từ 12/12/2019)`,
    ]);
    const [apply, cancel] = preview.choices![0]!;
    expect([apply!.label, cancel!.label]).toEqual(["Áp dụng quy định này", "Hủy"]);
    const press = async (action: string) => (await world.core.handle({ from: admin, action })).replies[0]!.text;
    expect(await press(cancel!.action)).toBe("Đã hủy, không lưu bảng quy định.");
    expect((await text("nothing", "2020-01-02", "/rules")).split("\n")[0]).toBe(
      `Theo: ${DECISION} (áp dụng từ 12/12/2019)`,
    );
    const again = (await sendRules()).choices![0]![0]!;
    expect(await press(again.action)).toBe(
      `Đã nạp quy định chấm điểm của Thái Nguyên. Đang áp dụng hôm nay:\nTheo: ${DECISION} (áp dụng từ 12/12/2019)`,
    );
    expect(await press(again.action)).toBe("Bảng quy định này đã được áp dụng hoặc hủy trước đó.");
    expect((await text("nothing", "2020-01-02", "/rules")).split("\n")[0]).toBe(
      `Theo: ${next} (áp dụng từ 01/01/2020)`,
    );
  });

  it("with a wrong cell is answered cell by cell, nothing stored", async () => {
    const content = await rulesWorkbook(changed(2, 0));
    on("2019-12-20");
    const file = { name: "quy-dinh-sai.xlsx", size: content.length, read: async () => content };
    expect((await world.core.handle({ from: admin, file })).replies[0]!.text).toBe(
      'Bảng quy định có 1 ô sai, chưa lưu gì:\nTrang "Quy định chấm điểm", ô C4: "0" không phải số điểm (lớn hơn 0, không quá 1000).',
    );
  });
});
