// Mistakes people make in chat get an answer that fits who they are: refs typed loosely,
// an admin who is no focal point, a choice typed after it expired, mistyped codes, aliases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/services/chat/commands.ts";
import { FEATURES } from "../../src/services/chat/core.ts";
import type { Sender } from "../../src/services/chat/types.ts";
import { inviteAdmin } from "../../src/services/membership-service.ts";
import { ADMIN_ID, chatWorld, type ChatWorld } from "../support/chat.ts";

const person = (id: string, name: string): Sender => ({
  channel: "telegram",
  chatId: id,
  chatKind: "private",
  userId: id,
  name,
});
const admin = person(String(ADMIN_ID), "Quản trị");
const STRANGER_WORDS = "hãy xin Sở Nội vụ mã mời";
let world: ChatWorld;

beforeAll(async () => {
  world = await chatWorld({ today: "2019-11-25" });
});
afterAll(async () => world.db.drop());

const say = async (from: Sender, text: string) => (await world.core.handle({ from, text })).replies[0]!.text;

/** A focal point of a unit, joined in a chat of its own. */
async function focalOf(unit: string, id: string): Promise<Sender> {
  const focal = person(id, `Cán bộ ${unit}`);
  expect(await say(focal, `/start ${await world.invite(unit)}`)).toContain(unit);
  return focal;
}

describe("task refs", () => {
  it.each(["ii.2.1", "II 2 1", "II.2.1.", "ii-2-1"])("/done %s answers for II.2.1", async (typed) => {
    const focal = await focalOf("Sở Tư pháp", `71-${typed}`);
    // II.2.1 is finished by its lists: /done says which are missing, of that task.
    expect(await say(focal, `/done ${typed}`)).toMatch(
      /^Nhiệm vụ II\.2\.1 hoàn thành khi Sở Nội vụ nhận đủ danh sách; còn thiếu: /,
    );
  });

  it("/confirm and /undo of an admin read the same variants", async () => {
    expect(await say(admin, "/confirm Sở Xây dựng ii.2.1")).toBe("Đã xác nhận Sở Xây dựng hoàn thành nhiệm vụ II.2.1.");
    expect(await say(admin, "/undo Sở Xây dựng II.2.1.")).toBe(
      "Đã bỏ ghi nhận hoàn thành nhiệm vụ II.2.1 của Sở Xây dựng; dondoc sẽ nhắc lại theo lịch.",
    );
  });

  it("/deadline previews the change of the task the loose ref names", async () => {
    const preview = await say(admin, "/deadline ii.2.1 trước ngày 20/12/2019");
    expect(preview).toContain("II.2.1");
    expect(preview).toContain("20/12/2019");
    expect(preview).not.toMatch(/không có nhiệm vụ/);
  });

  it("a ref that names no task is still refused", async () => {
    const focal = await focalOf("Sở Tư pháp", "7190");
    expect(await say(focal, "/done ii.2.9")).toBe(
      'Sở Tư pháp không có nhiệm vụ "ii.2.9" trong kế hoạch hiện hành. Gõ /tasks để xem mã nhiệm vụ.',
    );
  });
});

describe("an admin who is no focal point", () => {
  it("gets the admin commands from /help, never the stranger's advice", async () => {
    const help = await say(admin, "/help");
    expect(help.split("\n")[0]).toBe(
      "Anh/chị là quản trị viên của dondoc: mời cán bộ đầu mối, theo dõi tiến độ, sửa kế hoạch. Các lệnh:",
    );
    expect(help).toContain("/invite — ");
    expect(help).toContain("/audit — ");
    expect(help).not.toContain(STRANGER_WORDS);
  });

  it("typing 2 after a choice expired hears that the choice expired", async () => {
    const answer = await say(admin, "2");
    expect(answer).toMatch(/^Lựa chọn này không còn hiệu lực/);
    expect(answer).not.toContain(STRANGER_WORDS);
  });

  it("free text and member commands get an admin's answer", async () => {
    expect(await say(admin, "xin chào")).toMatch(/^dondoc hiểu các lệnh bắt đầu bằng dấu \/\. Gõ \/units/);
    expect(await say(admin, "/tasks")).toMatch(/^Lệnh này dành cho cán bộ đầu mối của một đơn vị/);
  });

  it("is never locked out by mistyped codes, while a stranger is", async () => {
    const stranger = person("7300", "Khách");
    for (let i = 0; i < 5; i++) {
      expect(await say(admin, `/start ABCDEFGHJK${i}0`)).toMatch(/^Mã mời không đúng/);
      expect(await say(stranger, `/start ABCDEFGHJK${i}0`)).toMatch(/^Mã mời không đúng/);
    }
    expect(await say(stranger, `/start ${await world.invite("Sở Y tế")}`)).toMatch(/nhập sai mã quá nhiều lần/);
    // An admin invitation keeps this admin's chat free of any unit, as the other tests expect.
    const code = (await inviteAdmin(world.db.client, world.access, "test", world.clock.now)).code;
    expect(await say(admin, `/start ${code}`)).toMatch(/^Anh\/chị đã được cấp quyền quản trị dondoc/);
  });
});

describe("/units", () => {
  it("lists the other bodies that lead tasks, with or without a focal point", async () => {
    const before = await say(admin, "/units");
    expect(before).toContain("• Văn phòng HĐND tỉnh");
    expect(before).toContain("• Hiệp hội Doanh nghiệp tỉnh");
    await focalOf("Văn phòng HĐND tỉnh", "7400");
    const after = (await say(admin, "/units")).split("\n\n");
    expect(after[0]).toContain("• Văn phòng HĐND tỉnh (1)");
    expect(after[1]).toContain("• Hiệp hội Doanh nghiệp tỉnh");
    expect(after[1]).not.toContain("Văn phòng HĐND tỉnh");
  });
});

describe("commands and aliases", () => {
  it("every name belongs to one feature, and the command table lists each with its aliases", () => {
    const claimed = FEATURES.flatMap((f) => f.commands ?? []);
    expect(claimed.filter((name, i) => claimed.indexOf(name) !== i)).toEqual([]);
    const listed = ["start", "batdau", ...COMMANDS.flatMap((c) => [c.name, ...c.aliases])];
    expect(claimed.filter((name) => !listed.includes(name))).toEqual([]);
    for (const command of COMMANDS) {
      const feature = FEATURES.find((f) => f.commands?.includes(command.name));
      expect(feature?.commands, command.name).toEqual(expect.arrayContaining([command.name, ...command.aliases]));
    }
  });

  it("/nhiemvu shows the unit's tasks and /suanhiemvu changes the plan", async () => {
    const focal = await focalOf("Sở Nội vụ", "7500");
    expect(await say(focal, "/nhiemvu")).toBe(await say(focal, "/tasks"));
    expect(await say(admin, "/suanhiemvu remove ii.2.1")).toBe(await say(admin, "/task remove II.2.1"));
  });
});
