// Every request is answered, even when identifying its sender fails (the database is gone):
// an apology in the platform's language, which claims nothing about what changed.
import { expect, it } from "vitest";
import { chatWorld } from "../support/chat.ts";

it("answers with an apology when the database cannot identify the sender", async () => {
  const world = await chatWorld();
  await world.db.drop();
  const response = await world.core.handle({
    from: { channel: "zalo", chatId: "z1", chatKind: "private", userId: "z1", name: "Khách", langHint: "en" },
    text: "/tasks",
  });
  expect(response.replies.map((r) => r.text)).toEqual([
    "Sorry, dondoc ran into a problem and could not finish this request. Please try again in a few minutes.",
  ]);
});
