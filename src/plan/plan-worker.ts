// Runs in a child process (plan-process.ts): reads plan files one after the other and
// sends back each document or refusal. A plan that blows up here takes this process
// down, not the bot.
import { readPlan } from "./read-plan.ts";

process.on("message", async (bytes: Uint8Array) => {
  const result = await readPlan(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).catch(
    (error: unknown) => ({
      ok: false as const,
      error: { code: "not-a-plan" as const, detail: (error as Error).message },
    }),
  );
  process.send!(result);
});
