// Runs in a child process (plan-process.ts): reads plan files one after the other and
// sends back each document or refusal. A plan that blows up here takes this process
// down, not the bot. A worker started ahead of the first plan is told to load pdf.js
// while it waits (PRELOAD).
import { loadPdfReader } from "./pdf/extract.ts";
import { readPlan } from "./read-plan.ts";
import { PRELOAD } from "./worker-messages.ts";

process.on("message", async (bytes: Uint8Array | typeof PRELOAD) => {
  if (bytes === PRELOAD) return loadPdfReader().catch(() => undefined);
  const result = await readPlan(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).catch(
    (error: unknown) => ({
      ok: false as const,
      error: { code: "not-a-plan" as const, detail: (error as Error).message },
    }),
  );
  process.send!(result);
});
