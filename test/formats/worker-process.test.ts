// A file is read in a child process that yields the cores to the bot's own thread, so that
// chats are answered first while lists and plans are checked (bench/intake-burst.ts
// measures the effect; here, that the priority is set).
import { mkdtempSync, writeFileSync } from "node:fs";
import { getPriority, tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { expect, test } from "vitest";
import { forkWorker } from "../../src/formats/worker-process.ts";

test("a worker runs at a lower priority than the bot, within the range a process may set", async () => {
  const script = join(mkdtempSync(join(tmpdir(), "dondoc-worker-")), "wait.mjs");
  writeFileSync(script, 'process.on("message", () => process.exit(0)); process.send("ready");');
  const worker = forkWorker(script, 64);
  try {
    await once(worker, "message");
    const nice = getPriority(worker.pid!);
    expect(nice).toBe(Math.min(19, getPriority() + 10));
    expect(nice).toBeGreaterThan(getPriority());
  } finally {
    worker.kill("SIGKILL");
  }
});
