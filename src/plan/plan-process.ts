// Reads a plan file in a child process, with a heap limit, a time limit and its memory
// and CPU time watched from outside (process-watch.ts): the bot's process never inflates,
// parses XML or lays out a PDF page of a file someone sent. Starting a process costs
// seconds on a busy machine, so one is kept started and idle: a process that read a plan
// cleanly waits for the next; one that failed, or was killed, is replaced.
import type { ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { PROCESS_LIMITS, type ProcessLimits } from "../domain/limits.ts";
import { watchProcess } from "../formats/process-watch.ts";
import { forkWorker } from "../formats/worker-process.ts";
import type { ReadResult } from "./document.ts";
import { PRELOAD } from "./worker-messages.ts";

const WORKER = fileURLToPath(new URL("./plan-worker.mjs", import.meta.url));

/** Wall time of reading one plan. */
export const PLAN_TIMEOUT_MS = 30_000;

let idle: ChildProcess | null = null;

const alive = (worker: ChildProcess) => worker.exitCode === null && worker.signalCode === null && worker.connected;

const start = (heapMb: number) => forkWorker(WORKER, heapMb);

/** An idle worker must not keep the bot's process (or a CLI command) alive. */
function park(worker: ChildProcess): void {
  worker.unref();
  worker.channel?.unref();
  idle = worker;
}

/**
 * Starts the idle worker now, so that the first plan is read without waiting for it, nor
 * for pdf.js to load: the worker loads it while it waits.
 */
export function warmUpPlanWorker(limits: ProcessLimits = PROCESS_LIMITS): void {
  if (idle && alive(idle)) return;
  const worker = start(limits.heapMb);
  worker.send(PRELOAD);
  park(worker);
}

function take(limits: ProcessLimits): ChildProcess {
  const warm = idle && alive(idle) && limits.heapMb === PROCESS_LIMITS.heapMb ? idle : null;
  if (warm) idle = null;
  const worker = warm ?? start(limits.heapMb);
  worker.ref();
  worker.channel?.ref();
  return worker;
}

export function readPlanIsolated(
  buffer: Buffer,
  limits: ProcessLimits = PROCESS_LIMITS,
  timeoutMs = PLAN_TIMEOUT_MS,
): Promise<ReadResult> {
  const worker = take(limits);
  return new Promise<ReadResult>((resolve) => {
    const finish = (result: ReadResult, keep: boolean) => {
      clearTimeout(timer);
      watch?.stop();
      worker.off("message", onMessage);
      worker.off("exit", onExit);
      if (keep && !idle && alive(worker) && limits.heapMb === PROCESS_LIMITS.heapMb) park(worker);
      else worker.kill("SIGKILL");
      resolve(result);
    };
    const refuse = (detail: string) => finish({ ok: false, error: { code: "plan-too-complex", detail } }, false);
    // A worker past its limits is refused even when it answered before the next sample.
    const onMessage = (result: ReadResult) => (watch?.check() ? undefined : finish(result, true));
    const onExit = () => refuse("worker ended");
    const outOfTime = () =>
      watch?.slowedDown() ? finish({ ok: false, error: { code: "plan-busy", detail: "time" } }, false) : refuse("time");
    const timer = setTimeout(outOfTime, timeoutMs);
    const watch = worker.pid ? watchProcess(worker.pid, limits, (what) => refuse(what)) : null;
    worker.on("message", onMessage);
    worker.on("exit", onExit);
    worker.send(new Uint8Array(buffer));
  });
}
