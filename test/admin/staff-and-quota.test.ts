// What makes a Phụ lục I whole (the unit's staff count, said by the unit or an admin) and a
// quota of 0 lifted by an admin, through the chat core on a real SQLite file (2019 Thái
// Nguyên plan, lists due 29/11/2019).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sender } from "../../src/services/chat/types.ts";
import { adminSender, chatWorld, type ChatWorld } from "../support/chat.ts";
import { staffOfThree } from "../support/lists.ts";
import { taskLine } from "../support/tasks-text.ts";

let world: ChatWorld;
const on = (day: string) => (world.clock.now = new Date(`${day}T09:00:00+07:00`));
const admin = adminSender;
async function adminSays(day: string, text: string): Promise<string> {
  on(day);
  return (await world.core.handle({ from: admin, text })).replies[0]!.text;
}
const listI = staffOfThree;

beforeAll(async () => {
  world = await chatWorld({ today: "2019-11-26" });
}, 120_000);
afterAll(async () => world.db.drop());

describe("the staff count a Phụ lục I is measured by", () => {
  const unit = (name: string, id: number) => {
    const from: Sender = {
      channel: "telegram",
      chatId: `${id}`,
      chatKind: "private",
      userId: `${id}`,
      name: "Đầu mối",
    };
    return { name, from };
  };
  const tell = async (who: { from: Sender }, text: string) =>
    (await world.core.handle({ from: who.from, text })).replies[0]!.text;
  const file = async (who: { from: Sender }, content: Buffer) =>
    (
      await world.core.handle({
        from: who.from,
        file: { name: "ds1.xlsx", size: content.length, read: async () => content },
      })
    ).replies[0]!.text;

  it("asks the unit for it, never taking one list for the whole staff, and counts the list once told", async () => {
    on("2019-11-26");
    const tuPhap = unit("Sở Tư pháp", 7301);
    await tell(tuPhap, `/start ${await world.invite(tuPhap.name)}`);
    expect(await file(tuPhap, await listI())).toContain("chưa rõ số cán bộ: gõ /bienche N");
    expect(taskLine(await tell(tuPhap, "/tasks"), "II.2.1")).toContain(
      "chưa rõ số cán bộ: gõ /bienche N (N là số cán bộ của đơn vị) để biết Phụ lục I cần bao nhiêu dòng",
    );
    expect(await tell(tuPhap, "/bienche ba")).toBe(
      "Cách dùng: /bienche N, N là số cán bộ của đơn vị (Phụ lục I phải liệt kê đủ từng người), ví dụ /bienche 45.",
    );
    expect(await tell(tuPhap, "/bienche 3")).toBe(
      "Đã ghi số cán bộ của Sở Tư pháp: 3 người. Phụ lục I đầy đủ khi có 3 dòng hợp lệ.",
    );
    expect(taskLine(await tell(tuPhap, "/tasks"), "II.2.1")).not.toContain("cán bộ");
  });

  it("takes the count an admin sets, and says how many rows are still short", async () => {
    on("2019-11-26");
    const gtvt = unit("Sở Giao thông vận tải", 7302);
    await tell(gtvt, `/start ${await world.invite(gtvt.name)}`);
    expect(await adminSays("2019-11-26", "/staff Sở Giao thông vận tải 5")).toBe(
      "Đã ghi số cán bộ của Sở Giao thông vận tải: 5 người. Phụ lục I đầy đủ khi có 5 dòng hợp lệ.",
    );
    await file(gtvt, await listI());
    expect(taskLine(await tell(gtvt, "/tasks"), "II.2.1")).toContain("Phụ lục I mới có 3/5 cán bộ hợp lệ");
    expect(await adminSays("2019-11-26", "/staff Sở Giao thông vận tải")).toBe(
      "Cách dùng: /bienche TÊN_ĐƠN_VỊ N, ví dụ /bienche Sở Xây dựng 45.",
    );
  });
});

describe("a quota of 0 lifted by an admin", () => {
  it("tells the unit, asks it for Phụ lục III from then on, and /mau sends its template", async () => {
    on("2019-11-26");
    const from: Sender = { channel: "telegram", chatId: "7401", chatKind: "private", userId: "7401", name: "Đầu mối" };
    const tell = async (text: string) => (await world.core.handle({ from, text })).replies;
    await tell(`/start ${await world.invite("Sở Kế hoạch và Đầu tư")}`);
    await tell("/bienche 3");
    const content = await listI();
    await world.core.handle({ from, file: { name: "ds1.xlsx", size: content.length, read: async () => content } });
    expect(taskLine((await tell("/tasks"))[0]!.text, "II.2.1")).toContain("đã xong, đúng hạn");

    expect(await adminSays("2019-11-26", "/chitieu Sở Kế hoạch và Đầu tư III 20 dự phòng 10")).toBe(
      "Đã giao chỉ tiêu Phụ lục III cho Sở Kế hoạch và Đầu tư: 20 mẫu chính thức, 10 mẫu dự phòng. Đã báo 1 cuộc trò chuyện của đơn vị.",
    );
    const notice = await world.db.client.outboxMessage.findFirstOrThrow({ where: { chatId: "7401", kind: "notice" } });
    expect(notice.text).toBe(
      "Sở Nội vụ đã giao chỉ tiêu mẫu cho Sở Kế hoạch và Đầu tư: 20 mẫu chính thức, 10 mẫu dự phòng. Đơn vị cần lập Phụ lục III; gõ /mau để nhận mẫu.",
    );
    expect(taskLine((await tell("/tasks"))[0]!.text, "II.2.1")).toContain("còn thiếu: Phụ lục III");
    const templates = (await tell("/mau")).flatMap((r) => (r.file ? [r.file.name] : []));
    expect(templates.some((name) => name.includes("III"))).toBe(true);
  });
});
