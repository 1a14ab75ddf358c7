// Reminders read the same task state as /tasks: a task /tasks shows done is never reminded,
// and one it shows unfinished is, whatever changed it (a staff count given after the list,
// a quota lifted after the task was done). 2019 Thái Nguyên plan, II.2.1's lists due 29/11.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Sender } from "../../src/services/chat/types.ts";
import { planReminders } from "../../src/services/reminder-service.ts";
import { adminSender, chatWorld, focalSender, type ChatWorld } from "../support/chat.ts";
import { staffOfThree } from "../support/lists.ts";
import { taskLine } from "../support/tasks-text.ts";

const focal = focalSender("7501");
const admin = adminSender;
let world: ChatWorld;

beforeEach(async () => {
  world = await chatWorld({ today: "2019-11-26" });
});
afterEach(async () => world.db.drop());

const say = async (from: Sender, text: string) => (await world.core.handle({ from, text })).replies[0]!.text;
const sendList = async () => {
  const content = await staffOfThree();
  await world.core.handle({ from: focal, file: { name: "ds1.xlsx", size: content.length, read: async () => content } });
};
/** The digest the focal point would get on 28/11/2019, the day before the lists are due. */
const digestText = async () =>
  (
    await planReminders(world.db.client, world.access, new Date("2019-11-28T08:00:00+07:00"), { dryRun: true })
  ).messages.find((m) => m.chatId === focal.chatId)?.text ?? "";

describe("reminders and /tasks", () => {
  it("agree once a staff count given after the list makes the list whole", async () => {
    await say(focal, `/start ${await world.invite("Sở Tư pháp")}`);
    await sendList();
    expect(taskLine(await say(focal, "/tasks"), "II.2.1")).toContain("chưa rõ số cán bộ");
    expect(await digestText()).toContain("II.2.1");

    expect(await say(admin, "/undo Sở Tư pháp II.2.1")).toBe(
      "Nhiệm vụ II.2.1 của Sở Tư pháp chưa được ghi nhận hoàn thành; không có gì để bỏ.",
    );

    await say(focal, "/bienche 3");
    expect(taskLine(await say(focal, "/tasks"), "II.2.1")).toContain("đã xong, đúng hạn");
    expect(await digestText()).not.toContain("II.2.1");
  });

  it("agree after an admin's /undo of a task its lists finish", async () => {
    await say(focal, `/start ${await world.invite("Sở Tư pháp")}`);
    await say(focal, "/bienche 3");
    await sendList();
    expect(await say(admin, "/undo Sở Tư pháp II.2.1")).toBe(
      "Đã bỏ ghi nhận của quản trị viên, nhưng nhiệm vụ II.2.1 của Sở Tư pháp vẫn hoàn thành theo danh sách đơn vị đã gửi, nên dondoc không nhắc nhiệm vụ này.",
    );
    expect(taskLine(await say(focal, "/tasks"), "II.2.1")).toContain("đã xong, đúng hạn");
    expect(await digestText()).not.toContain("II.2.1");
  });

  it("agree once a quota lifted after the task was done asks for another list", async () => {
    await say(focal, `/start ${await world.invite("Sở Kế hoạch và Đầu tư")}`);
    await say(focal, "/bienche 3");
    await sendList();
    expect(taskLine(await say(focal, "/tasks"), "II.2.1")).toContain("đã xong, đúng hạn");
    expect(await digestText()).not.toContain("II.2.1");

    await say(admin, "/chitieu Sở Kế hoạch và Đầu tư III 20 dự phòng 10");
    expect(taskLine(await say(focal, "/tasks"), "II.2.1")).toContain("còn thiếu: Phụ lục III");
    expect(await digestText()).toContain("II.2.1");
  });
});
