// Every request is answered, even when identifying its sender fails (the database is gone):
// an apology in the platform's language. Identifying the sender comes before any change, so
// here it can truthfully say nothing changed; a feature that fails midway cannot (error-internal).
import { expect, it } from "vitest";
import { ADMIN_ID, chatWorld } from "../support/chat.ts";

it("answers with an apology when the database cannot identify the sender", async () => {
  const world = await chatWorld();
  await world.db.drop();
  const response = await world.core.handle({
    from: { channel: "zalo", chatId: "z1", chatKind: "private", userId: "z1", name: "Khách", langHint: "en" },
    text: "/tasks",
  });
  expect(response.replies.map((r) => r.text)).toEqual([
    "Sorry, dondoc cannot reach its data right now, so it did not carry out this request; nothing has changed. Please try again in a few minutes.",
  ]);
});

it("never says nothing changed when a command fails after it may have written", async () => {
  const world = await chatWorld();
  // The invitation is written, then recording it in the audit log fails.
  await world.db.client.$executeRawUnsafe('DROP TABLE "AuditEntry"');
  const response = await world.core.handle({
    from: { channel: "telegram", chatId: String(ADMIN_ID), chatKind: "private", userId: String(ADMIN_ID), name: "A" },
    text: "/invite Sở Xây dựng",
  });
  expect(response.replies.map((r) => r.text)).toEqual([
    "Xin lỗi, dondoc gặp sự cố khi xử lý yêu cầu này, nên không chắc yêu cầu đã được thực hiện hay chưa. Hãy xem lại (ví dụ /tasks) trước khi gửi lại.",
  ]);
  expect(await world.db.client.invitation.count()).toBe(1);
});
