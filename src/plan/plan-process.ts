// Reads a plan file in a child process of its own, with a heap limit, a time limit and its
// memory and CPU time watched from outside (process-watch.ts): the bot's process never
// inflates, parses XML or lays out a PDF page of a file someone sent. A plan arrives
// rarely (admins send them), so each is read by a new process that ends with it.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { PROCESS_LIMITS, type ProcessLimits } from "../domain/limits.ts";
import { watchProcess } from "../formats/process-watch.ts";
import type { ReadResult } from "./document.ts";

const WORKER = fileURLToPath(new URL("./plan-worker.mjs", import.meta.url));

/** Wall time of reading one plan, start of the process included. */
export const PLAN_TIMEOUT_MS = 30_000;

export function readPlanIsolated(
  buffer: Buffer,
  limits: ProcessLimits = PROCESS_LIMITS,
  timeoutMs = PLAN_TIMEOUT_MS,
): Promise<ReadResult> {
  const worker = fork(WORKER, [], {
    execArgv: [`--max-old-space-size=${limits.heapMb}`],
    serialization: "advanced",
    stdio: ["ignore", "ignore", "ignore", "ipc"],
  });
  return new Promise<ReadResult>((resolve) => {
    let answer: ReadResult = { ok: false, error: { code: "plan-too-complex", detail: "worker ended" } };
    const end = (result: ReadResult) => {
      answer = result;
      worker.kill("SIGKILL");
    };
    const timer = setTimeout(() => end({ ok: false, error: { code: "plan-too-complex", detail: "time" } }), timeoutMs);
    const unwatch = worker.pid
      ? watchProcess(worker.pid, limits, (what) =>
          end({ ok: false, error: { code: "plan-too-complex", detail: what } }),
        )
      : () => {};
    worker.on("error", () => {});
    worker.once("message", (result: ReadResult) => (answer = result));
    worker.once("exit", () => {
      clearTimeout(timer);
      unwatch();
      resolve(answer);
    });
    worker.send(new Uint8Array(buffer));
  });
}
