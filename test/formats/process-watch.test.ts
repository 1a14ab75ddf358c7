// A worker out of wall time is told apart by the CPU it got: one that had less than half a CPU for the time it ran
// was slowed by a busy machine, and its file is asked for again rather than refused as too complex.
import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { PROCESS_LIMITS } from "../../src/domain/limits.ts";
import { watchProcess } from "../../src/formats/process-watch.ts";

const children: ChildProcess[] = [];
afterEach(() => children.splice(0).forEach((child) => child.kill("SIGKILL")));

const started = (script: string) => {
  const child = spawn(process.execPath, ["-e", script], { stdio: "ignore" });
  children.push(child);
  return child;
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a watched worker out of wall time", () => {
  it("was slowed down when it got little CPU for the time it ran", async () => {
    // (A worker that works all along is not: how much CPU it gets depends on the machine's load, so that side is
    // not asserted here; a worker past its CPU time is refused as too complex, test hostile/plans.)
    const waiting = started("setTimeout(() => {}, 60_000)");
    await wait(300);
    const watch = watchProcess(waiting.pid!, PROCESS_LIMITS, () => {});
    await wait(1_000);
    expect(watch.slowedDown()).toBe(true);
    watch.stop();
  });
});
