// Opens an uploaded list in a child process with a memory cap and a time limit. The
// process finds the header, then checks every row against what the caller sends (the
// plan's window, the unit's quota and phones) and sends the results back in chunks, so
// that no row is checked on the bot's thread; it keeps the file for the annotated copy.
// A process, not a worker thread: killing a busy worker thread can abort the whole of
// Node 20 (a V8 platform assertion), killing a process cannot.
import type { ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { CheckOptions, CheckedList, Finding, LocateError, RowBatch } from "../domain/list-check.ts";
import type { TemplateId } from "../domain/list-templates.ts";
import { PROCESS_LIMITS, type ProcessLimits, type UploadLimits } from "../domain/limits.ts";
import { watchProcess, type ProcessWatch } from "../formats/process-watch.ts";
import { forkWorker } from "../formats/worker-process.ts";
import type { GuardError, UploadKind } from "./guard.ts";
import type { WorkerReply, WorkerRequest } from "./list-worker.ts";

export interface OpenedList {
  template: TemplateId;
  headerRow: number;
  /** Text of the title rows above the header ("SỞ Y TẾ"). */
  titles: string[];
  /** Every row checked in the worker, the results back in chunks; throws ListReadError if reading fails midway. */
  check(options: CheckOptions): Promise<CheckedList>;
  /** The annotated copy of the list checked. */
  annotate(): Promise<Buffer>;
  close(): Promise<void>;
}

export class ListReadError extends Error {
  constructor(readonly failure: GuardError) {
    super(failure.code);
  }
}

const WORKER = fileURLToPath(new URL("./list-worker.mjs", import.meta.url));
const DEFAULT_MEMORY_MB = PROCESS_LIMITS.heapMb;

// Starting a worker (Node, the TypeScript loader, exceljs) takes about half a second and
// its code runs slowly until it has warmed up, so workers are kept: one always started
// and idle, and a worker that read a file cleanly serves the next ones (it forgets each
// file when it is done with it). A worker that failed, or served many files, is ended.
const KEEP = 2;
const MAX_FILES = 200;
const idle: ChildProcess[] = [];
const served = new WeakMap<ChildProcess, number>();

const startWorker = (memoryMb: number) => forkWorker(WORKER, memoryMb);

/** An idle worker must not keep the bot's process alive. */
function setRef(worker: ChildProcess, on: boolean): void {
  if (on) {
    worker.ref();
    worker.channel?.ref();
  } else {
    worker.unref();
    worker.channel?.unref();
  }
}

const stop = (worker: ChildProcess) => void worker.kill("SIGKILL");
const alive = (worker: ChildProcess) => worker.exitCode === null && worker.signalCode === null && worker.connected;

function keepIdle(worker: ChildProcess): void {
  setRef(worker, false);
  idle.push(worker);
}

/** Starts an idle worker now, so that even the first file is read without waiting. */
export function warmUpListWorker(): void {
  if (!idle.some(alive)) keepIdle(startWorker(DEFAULT_MEMORY_MB));
}

function takeWorker(memoryMb: number): ChildProcess {
  if (memoryMb !== DEFAULT_MEMORY_MB) return startWorker(memoryMb);
  let worker: ChildProcess | undefined;
  while ((worker = idle.pop()) && !alive(worker));
  worker ??= startWorker(memoryMb);
  setRef(worker, true);
  if (!idle.some(alive)) keepIdle(startWorker(memoryMb));
  return worker;
}

/** A worker back from a file read cleanly: it forgets the file and waits for the next. */
function release(worker: ChildProcess, memoryMb: number): void {
  const files = (served.get(worker) ?? 0) + 1;
  served.set(worker, files);
  if (memoryMb !== DEFAULT_MEMORY_MB || files >= MAX_FILES || idle.length >= KEEP || !alive(worker))
    return stop(worker);
  worker.send({ type: "forget" } satisfies WorkerRequest);
  keepIdle(worker);
}

/** The worker's messages in order; a timeout, out-of-memory or crash becomes a GuardError. */
class Pump {
  private readonly queue: WorkerReply[] = [];
  private failure: GuardError | null = null;
  private wake: (() => void) | null = null;
  private timer: NodeJS.Timeout | undefined;
  private watch: ProcessWatch | null = null;

  private readonly onMessage = (reply: WorkerReply) => this.push(reply);
  // Out of memory, V8 aborts the process (SIGABRT); anything else that ends it is a broken file.
  private readonly onExit = (code: number | null, signal: NodeJS.Signals | null) =>
    this.fail(signal === "SIGABRT" || code === 134 ? { code: "file-too-complex" } : { code: "corrupt-file" });

  constructor(
    private readonly worker: ChildProcess,
    private readonly limits: ProcessLimits,
  ) {
    worker.on("message", this.onMessage);
    worker.on("exit", this.onExit);
  }

  /** Whether the worker did all it was asked without failing. */
  get clean(): boolean {
    return this.failure === null && this.queue.length === 0;
  }

  private push(reply: WorkerReply): void {
    this.queue.push(reply);
    this.wake?.();
  }

  private fail(failure: GuardError): void {
    this.failure ??= failure;
    this.wake?.();
  }

  /** The worker waits for the next request: no time limit until then. */
  idle(): void {
    clearTimeout(this.timer);
    this.watch?.stop();
  }

  /**
   * From now on, a worker that takes longer than `ms`, or more memory or CPU time than its
   * limits, is killed and the file refused.
   */
  deadline(ms: number): void {
    this.idle();
    const kill = () => {
      this.fail({ code: "file-too-complex" });
      stop(this.worker);
    };
    const outOfTime = () => {
      if (!this.watch?.slowedDown()) return kill();
      this.fail({ code: "file-busy" });
      stop(this.worker);
    };
    this.timer = setTimeout(outOfTime, ms);
    this.watch = this.worker.pid ? watchProcess(this.worker.pid, this.limits, kill) : null;
  }

  async next(): Promise<WorkerReply | GuardError> {
    for (;;) {
      const reply = this.queue.shift();
      // A worker past its limits is refused even when it answered before the next sample.
      if (reply) return this.watch?.check() ? this.failure! : reply;
      if (this.failure) return this.failure;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
  }

  /** Stops listening; the worker is ended unless `keep` says it may serve again. */
  close(keep: (worker: ChildProcess) => void = stop): void {
    this.idle();
    this.worker.off("message", this.onMessage);
    this.worker.off("exit", this.onExit);
    keep(this.worker);
  }
}

const refusal = (reply: WorkerReply | GuardError, limits: UploadLimits): GuardError => {
  if ("code" in reply) return reply;
  if (reply.type === "too-many-rows") return { code: "too-many-rows", args: { rows: reply.rows, max: limits.maxRows } };
  if (reply.type === "too-complex") return { code: "file-too-complex" };
  return { code: "corrupt-file" };
};

/**
 * Opens a list in a worker and finds its header there: the template it is, its header row
 * and title rows; or why it cannot be read (a GuardError, or no template's header found).
 */
export async function openList(
  buffer: Buffer,
  kind: UploadKind,
  limits: UploadLimits,
  options: { memoryMb?: number; process?: ProcessLimits; template?: TemplateId | undefined } = {},
): Promise<OpenedList | GuardError | LocateError> {
  const memoryMb = options.memoryMb ?? DEFAULT_MEMORY_MB;
  const worker = takeWorker(memoryMb);
  const pump = new Pump(worker, options.process ?? PROCESS_LIMITS);
  pump.deadline(limits.timeoutMs);
  worker.send({
    type: "read",
    buffer: new Uint8Array(buffer),
    kind,
    limits,
    template: options.template,
  } satisfies WorkerRequest);
  const found = await pump.next();
  const done = (keep: boolean) => pump.close(keep && pump.clean ? (w) => release(w, memoryMb) : stop);
  // A file without a known header was read as far as it needed: the worker may serve again.
  if (!("code" in found) && found.type === "unlocated") {
    done(true);
    return found.error;
  }
  if ("code" in found || found.type !== "located") {
    done(false);
    return refusal(found, limits);
  }
  // No time limit while the bot looks up what the list is checked against.
  pump.idle();
  let finished = false;
  return {
    template: found.template,
    headerRow: found.headerRow,
    titles: found.titles,
    async check(checkOptions) {
      pump.deadline(limits.timeoutMs);
      worker.send({ type: "check", options: checkOptions } satisfies WorkerRequest);
      const rows: RowBatch[] = [];
      const findings: Finding[] = [];
      for (;;) {
        const reply = await pump.next();
        if (!("code" in reply) && reply.type === "part") {
          if (reply.rows.count) rows.push(reply.rows);
          for (const finding of reply.findings) findings.push(finding);
        } else if (!("code" in reply) && reply.type === "checked") {
          pump.idle();
          finished = true;
          const { counts, quota } = reply;
          return { template: found.template, headerRow: found.headerRow, rows, findings, counts, quota };
        } else throw new ListReadError(refusal(reply, limits));
      }
    },
    async annotate() {
      pump.deadline(limits.timeoutMs);
      worker.send({ type: "annotate" } satisfies WorkerRequest);
      const annotated = await pump.next();
      pump.idle();
      if ("code" in annotated || annotated.type !== "annotated") throw new Error("annotating the list failed");
      return Buffer.from(annotated.buffer);
    },
    // A worker that checked the whole file and did all it was asked may serve the next one.
    close: async () => done(finished),
  };
}
