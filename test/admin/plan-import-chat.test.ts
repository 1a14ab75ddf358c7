// Importing a plan as an admin, through the local Telegram Bot API server: a summary first,
// then a question for each unit name not understood (pick one of the closest units, create
// one, or ignore it), then the preview; nothing is stored before the admin confirms, the
// answers survive a restart, and the next plan that uses the same names needs no question.
// A plan of another province is warned about and confirmed with its own button, and never
// tells the units of the province dondoc serves.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ADMIN_ID, coreOf } from "../support/chat.ts";
import { PLANS, planText } from "../support/fixtures.ts";
import {
  ADMIN_CHAT as adminChat,
  ADMIN_USER as admin,
  savedWorld,
  type AdminBot,
  type SavedWorld,
  type TestWorld,
} from "../support/admin-bot.ts";
import type { ApiCall, FakeTelegram } from "../support/telegram-api.ts";

const NOI_VU_CHAT = 4001;

/** The 2024 plan renumbered, with two names the directory does not know. */
function planWithUnknownNames(number: string): Buffer {
  return Buffer.from(
    planText(PLANS.thaiNguyen2024)
      .replace("Số: 98 /KH-UBND", `Số: ${number} /KH-UBND`)
      .replace(
        "1.7\tCông bố kết quả (cùng Chỉ số CCHC)\tQuý I/2025\tSở Nội vụ\tVăn phòng UBND tỉnh",
        "1.7\tCông bố kết quả (cùng Chỉ số CCHC)\tQuý I/2025\tSở Nội vụ\tSở Thông tin Truyền thanh",
      )
      .replace(
        "2.9\tCông bố kết quả\tQuý I/2025\tSở Nội vụ\tVăn phòng UBND tỉnh",
        "2.9\tCông bố kết quả\tQuý I/2025\tTrung tâm Phục vụ hành chính công tỉnh\tSở Thông tin Truyền thanh",
      ),
  );
}

// Each test on a copy of one world, Sở Nội vụ's focal point joined: what a test reads
// from an earlier step it replays itself, through the chat (the setups below).
let saved: SavedWorld;
let running: AdminBot;
let telegram: FakeTelegram;
let world: TestWorld;

beforeAll(async () => {
  saved = await savedWorld({ focalPoints: { [NOI_VU_CHAT]: "Sở Nội vụ" } });
});

afterAll(async () => {
  await saved.drop();
});

beforeEach(async () => {
  running = await saved.copy();
  ({ telegram, world } = running);
});

afterEach(async () => {
  await running.stop();
});

/**
 * The bot's reply since `since`: a long one comes in several messages, the buttons under the
 * last; its text is theirs joined.
 */
async function replySince(since: number, withButtons: boolean): Promise<ApiCall> {
  if (!withButtons) return telegram.messageTo(ADMIN_ID, since);
  const toAdmin = (c: ApiCall) => c.method === "sendMessage" && Number(c.params.chat_id) === ADMIN_ID;
  const last = await telegram.waitFor((c) => toAdmin(c) && Boolean(c.params.reply_markup), since);
  const parts = telegram.calls.slice(since, telegram.calls.indexOf(last) + 1).filter(toAdmin);
  return { ...last, params: { ...last.params, text: parts.map((c) => String(c.params.text)).join("\n") } };
}

async function sendPlan(name: string, content: Buffer): Promise<ApiCall> {
  const since = telegram.calls.length;
  telegram.sendDocument(admin, adminChat, { name, content });
  return replySince(since, true);
}

const buttons = (message: ApiCall) =>
  (message.params.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard;

/** Presses the button with this label (or whose data starts with it); returns the reply. */
async function press(message: ApiCall, label: string, withButtons = false): Promise<ApiCall> {
  const button = buttons(message)
    .flat()
    .find((b) => b.text === label || b.callback_data.startsWith(label));
  if (!button) throw new Error(`no button "${label}" in ${JSON.stringify(buttons(message))}`);
  const since = telegram.calls.length;
  telegram.press(admin, adminChat, 1, button.callback_data);
  return replySince(since, withButtons);
}

const text = (message: ApiCall) => String(message.params.text);
const plans = () => world.db.client.plan.count();
/** Other names of units, all of them: an answer is saved with the unit it names. */
const aliases = async () =>
  (await world.db.client.unit.findMany({ select: { aliases: true } })).flatMap(
    (u) => JSON.parse(u.aliases) as string[],
  );

/** An admin who sent plan 99, asked about its first unknown name. */
const askedAboutTheFirstName = () => sendPlan("ke-hoach-99.txt", planWithUnknownNames("99"));

/** An admin at the preview of plan 99: the first name a known unit, the second a new one ("Khác"). */
async function atThePreviewOfPlan99(): Promise<ApiCall> {
  const next = await press(await askedAboutTheFirstName(), "Sở Thông tin và Truyền thông", true);
  return press(await press(next, "Tạo đơn vị mới", true), "Khác", true);
}

/** Plan 99 imported with those answers: the next plans know both names. */
async function plan99Imported(): Promise<void> {
  expect(text(await press(await atThePreviewOfPlan99(), "Áp dụng và thông báo"))).toMatch(/^Đã áp dụng 19 thay đổi/);
}

describe("a plan with two names the directory does not know", () => {
  it("is summed up, with each unknown name and where it appears, and a question about the first", async () => {
    const question = await askedAboutTheFirstName();
    const lines = text(question).split("\n");
    expect(lines[0]).toBe(
      "Kế hoạch 99/KH-UBND (tỉnh Thái Nguyên): 17 nhiệm vụ (không kể đề mục), 17 có thời hạn (0 lấy thời hạn của mục), 17 có đơn vị chủ trì; số mẫu của 0 đơn vị.",
    );
    expect(lines).toContain("2 tên đơn vị chưa nhận ra:");
    expect(lines).toContain("• Sở Thông tin Truyền thanh (1.7, 2.9)");
    expect(lines).toContain("• Trung tâm Phục vụ hành chính công tỉnh (2.9)");
    expect(lines.at(-1)).toMatch(/^"Sở Thông tin Truyền thanh" \(1\.7, 2\.9\) là đơn vị nào\?/);
    // The closest unit first, then a new unit, ignore, and cancel.
    expect(buttons(question)[0]![0]!.text).toBe("Sở Thông tin và Truyền thông");
    expect(
      buttons(question)
        .slice(-2)
        .flat()
        .map((b) => b.text),
    ).toEqual(["Tạo đơn vị mới", "Bỏ qua tên này", "Hủy nhập kế hoạch"]);
    expect(await plans()).toBe(1);
  });

  it("takes a pick among the closest units, and goes on after a restart with the next name", async () => {
    const question = await askedAboutTheFirstName();
    const next = await press(question, "Sở Thông tin và Truyền thông", true);
    expect(text(next).split("\n")[0]).toBe(
      'Đã ghi: "Sở Thông tin Truyền thanh" là Sở Thông tin và Truyền thông; các kế hoạch sau sẽ tự nhận ra tên này.',
    );
    expect(text(next)).toContain("1 tên đơn vị chưa nhận ra:\n• Trung tâm Phục vụ hành chính công tỉnh (2.9)");
    expect(await aliases()).not.toContain("Sở Thông tin Truyền thanh");
    // A button of the question already answered changes nothing.
    expect(text(await press(question, "Bỏ qua tên này"))).toBe(
      "Tên này đã được trả lời, hoặc lần nhập này đã kết thúc.",
    );

    // A new process: what was answered is in the database, not in memory.
    await running.restart(coreOf(world));
    const kinds = await press(next, "Tạo đơn vị mới", true);
    expect(text(kinds)).toBe('Đơn vị mới "Trung tâm Phục vụ hành chính công tỉnh" thuộc loại nào?');
    expect(
      buttons(kinds)
        .flat()
        .map((b) => b.text),
    ).toEqual(["Sở, ban, ngành", "Cấp huyện", "Cấp xã", "Khác", "Hủy nhập kế hoạch"]);
    expect(text(await press(kinds, "Khác", true))).toContain("Không còn tên đơn vị nào cần hỏi.");
  });

  it("shows the preview once every name is answered, and stores nothing before the admin confirms", async () => {
    const preview = await atThePreviewOfPlan99();
    const lines = text(preview).split("\n");
    expect(lines[0]).toBe('Sẽ tạo đơn vị mới "Trung tâm Phục vụ hành chính công tỉnh" (Khác) khi nhập kế hoạch.');
    expect(lines[2]).toBe("Kế hoạch mới 99/KH-UBND: 19 nhiệm vụ.");
    expect(lines).toContain("Không còn tên đơn vị nào cần hỏi.");
    expect(await plans()).toBe(1);
    expect(await world.db.client.unit.count({ where: { name: "Trung tâm Phục vụ hành chính công tỉnh" } })).toBe(0);

    expect(text(await press(preview, "Áp dụng và thông báo"))).toMatch(/^Đã áp dụng 19 thay đổi/);
    const task = async (ref: string) =>
      world.db.client.task.findFirstOrThrow({
        where: { ref, plan: { number: "99/KH-UBND" } },
        include: { assignments: { include: { unit: true }, orderBy: { role: "desc" } } },
      });
    expect((await task("1.7")).assignments.map((a) => [a.role, a.unit.name, a.unit.resolved])).toEqual([
      ["lead", "Sở Nội vụ", true],
      ["coordinator", "Sở Thông tin và Truyền thông", true],
    ]);
    expect((await task("2.9")).assignments.map((a) => [a.role, a.unit.name, a.unit.kind, a.unit.resolved])).toEqual([
      ["lead", "Trung tâm Phục vụ hành chính công tỉnh", "other", true],
      ["coordinator", "Sở Thông tin và Truyền thông", "department", true],
    ]);
  });

  it("is understood without a question in the next plan that uses the same names", async () => {
    await plan99Imported();
    const preview = await sendPlan("ke-hoach-100.txt", planWithUnknownNames("100"));
    expect(text(preview).split("\n")[0]).toBe("Kế hoạch mới 100/KH-UBND: 19 nhiệm vụ.");
    expect(text(preview)).toContain("Không còn tên đơn vị nào cần hỏi.");
    expect(text(preview)).not.toContain("chưa nhận ra");
    expect(text(await press(preview, "Hủy"))).toBe("Đã hủy; kế hoạch giữ nguyên.");
    expect(await plans()).toBe(2);
  });
});

describe("a plan whose reading carries warnings", () => {
  it("is answered about and applied: the warnings kept with the pending import read back", async () => {
    // "2.8" typed twice: the second is kept as "2.8(2)" with a warning, stored with the pending revision.
    const plan = planWithUnknownNames("97").toString().replace("2.9\tCông bố kết quả", "2.8\tCông bố kết quả");
    const question = await sendPlan("ke-hoach-97.txt", Buffer.from(plan));
    const next = await press(question, "Sở Thông tin và Truyền thông", true);
    const preview = await press(next, "Bỏ qua tên này", true);
    expect(text(preview)).toContain("Không còn tên đơn vị nào cần hỏi.");
    expect(text(await press(preview, "Áp dụng và thông báo"))).toMatch(/^Đã áp dụng 19 thay đổi/);
    expect(await world.db.client.task.count({ where: { ref: "2.8(2)", plan: { number: "97/KH-UBND" } } })).toBe(1);
  });
});

describe("a plan with a dated line no task was read from", () => {
  it("lists the line in the summary, for the admin to check before confirming", async () => {
    const line = "7. Văn phòng UBND tỉnh tổ chức hội nghị sơ kết chậm nhất 05 ngày làm việc sau khi công bố kết quả.";
    const plan = planWithUnknownNames("96").toString().replace("IV. KINH PHÍ", `${line}\n\nIV. KINH PHÍ`);
    const lines = text(await sendPlan("ke-hoach-96.txt", Buffer.from(plan))).split("\n");
    const heading = lines.findIndex((l) =>
      l.startsWith("1 dòng có ghi thời hạn nhưng chưa đọc được thành nhiệm vụ nào."),
    );
    expect(lines[heading + 1]).toBe(`• ${line}`);
    expect(await plans()).toBe(1);
  });
});

describe("cancelling an import", () => {
  it("changes nothing: no plan, no unit, no other name", async () => {
    await plan99Imported();
    const before = { units: await world.db.client.unit.count(), aliases: (await aliases()).length };
    const content = Buffer.from(
      planWithUnknownNames("101").toString().replaceAll("Sở Thông tin Truyền thanh", "Phòng Văn thư tỉnh nhà"),
    );
    const question = await sendPlan("ke-hoach-101.txt", content);
    const next = await press(question, "Bỏ qua tên này", true);
    expect(text(next).split("\n")[0]).toBe('Đã bỏ qua "Phòng Văn thư tỉnh nhà".');
    // The other name was answered in the plan before: only this one was asked.
    expect(text(next)).toContain("Không còn tên đơn vị nào cần hỏi.");
    expect(text(await press(next, "plan-cancel"))).toBe("Đã hủy; kế hoạch giữ nguyên.");
    expect(await plans()).toBe(2);
    expect({ units: await world.db.client.unit.count(), aliases: (await aliases()).length }).toEqual(before);
  });
});

describe("a plan of another province", () => {
  it("is warned about, confirmed with its own button, and tells none of this province's units", async () => {
    const file = join(import.meta.dirname, "../plan-corpus/14-lai-chau-2022-par-prose/plan.txt");
    const preview = await sendPlan("lai-chau.txt", readFileSync(file));
    expect(text(preview)).toContain(
      "⚠ Đây là kế hoạch của tỉnh Lai Châu, không phải tỉnh Thái Nguyên. Chỉ đơn vị của tỉnh Lai Châu đã có cán bộ đầu mối mới được thông báo, và cần xác nhận riêng để nhập.",
    );
    // Thái Nguyên's Sở Nội vụ has a chat; Lai Châu's has none: nobody is offered.
    expect(text(preview)).toContain("Sẽ thông báo cho 0 đơn vị");
    expect(text(preview)).not.toContain("• Sở Nội vụ");
    expect(buttons(preview)[0]!.map((b) => b.text)).toEqual(["Nhập kế hoạch của tỉnh Lai Châu", "Hủy"]);
    // The ordinary apply is refused for it.
    const id = buttons(preview)[0]![0]!.callback_data.split(":")[1];
    const since = telegram.calls.length;
    telegram.press(admin, adminChat, 1, `plan-apply:${id}`);
    expect(text(await telegram.messageTo(ADMIN_ID, since))).toBe(
      'Đây là kế hoạch của tỉnh Lai Châu: hãy bấm "Nhập kế hoạch của tỉnh Lai Châu" để xác nhận.',
    );
    const queued = () => world.db.client.outboxMessage.count({ where: { chatId: String(NOI_VU_CHAT) } });
    const before = await queued();
    expect(text(await press(preview, "Nhập kế hoạch của tỉnh Lai Châu"))).toMatch(
      /^Đã áp dụng 16 thay đổi\. Đã xếp lịch gửi 0 thông báo/,
    );
    expect(await world.db.client.plan.count({ where: { province: { name: "Lai Châu" } } })).toBe(1);
    expect(await queued()).toBe(before);
  });
});
