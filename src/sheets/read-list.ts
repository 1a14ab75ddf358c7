// Opens an uploaded list in a child process with a memory cap and a time limit; the
// process keeps the workbook so that the annotated copy is written from the original.
// A process, not a worker thread: killing a busy worker thread can abort the whole of
// Node 20 (a V8 platform assertion), killing a process cannot.
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { RawSheet } from "../domain/list-check.ts";
import type { GuardError, UploadKind, UploadLimits } from "./guard.ts";
import type { AnnotateInput, WorkerReply, WorkerRequest } from "./list-worker.ts";

export interface OpenedList {
  sheet: RawSheet;
  annotate(input: AnnotateInput): Promise<Buffer>;
  close(): Promise<void>;
}

const WORKER = fileURLToPath(new URL("./list-worker.mjs", import.meta.url));
const DEFAULT_MEMORY_MB = 1024;

// Starting a worker (Node, the TypeScript loader and exceljs) takes about half a second,
// so one is kept started and idle for the next file; every file still gets a fresh one.
let spare: ChildProcess | null = null;

function startWorker(memoryMb: number): ChildProcess {
  const worker = fork(WORKER, [], {
    execArgv: [`--max-old-space-size=${memoryMb}`],
    serialization: "advanced",
    // Its own output (an out-of-memory report) is not the bot's log.
    stdio: ["ignore", "ignore", "ignore", "ipc"],
  });
  worker.on("error", () => {});
  return worker;
}

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

/** Starts the idle worker now, so that even the first file is read without waiting. */
export function warmUpListWorker(): void {
  if (spare) return;
  spare = startWorker(DEFAULT_MEMORY_MB);
  setRef(spare, false);
}

function takeWorker(memoryMb: number): ChildProcess {
  if (memoryMb !== DEFAULT_MEMORY_MB) return startWorker(memoryMb);
  const worker = spare && spare.exitCode === null && spare.connected ? spare : startWorker(memoryMb);
  setRef(worker, true);
  spare = startWorker(memoryMb);
  setRef(spare, false);
  return worker;
}

function ask(worker: ChildProcess, request: WorkerRequest, timeoutMs: number): Promise<WorkerReply | GuardError> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      stop(worker);
      done({ code: "file-too-complex" });
    }, timeoutMs);
    function done(reply: WorkerReply | GuardError) {
      clearTimeout(timer);
      worker.off("message", done);
      worker.off("exit", exited);
      resolve(reply);
    }
    // Out of memory, V8 aborts the process (SIGABRT); anything else that ends it is a broken file.
    function exited(code: number | null, signal: NodeJS.Signals | null) {
      done(signal === "SIGABRT" || code === 134 ? { code: "file-too-complex" } : { code: "corrupt-file" });
    }
    worker.on("message", done);
    worker.on("exit", exited);
    worker.send(request);
  });
}

export async function openList(buffer: Buffer, kind: UploadKind, limits: UploadLimits, memoryMb = DEFAULT_MEMORY_MB): Promise<OpenedList | GuardError> {
  const worker = takeWorker(memoryMb);
  const copy = new Uint8Array(buffer);
  const reply = await ask(worker, { type: "read", buffer: copy, kind, maxRows: limits.maxRows, maxColumns: limits.maxColumns }, limits.timeoutMs);
  const close = async () => stop(worker);
  if ("code" in reply) return reply;
  if (reply.type === "too-many-rows") {
    await close();
    return { code: "too-many-rows", args: { rows: reply.rows, max: limits.maxRows } };
  }
  if (reply.type !== "sheet") {
    await close();
    return { code: "corrupt-file" };
  }
  return {
    sheet: reply.sheet,
    async annotate(input) {
      const annotated = await ask(worker, { type: "annotate", input }, limits.timeoutMs);
      if ("code" in annotated || annotated.type !== "annotated") throw new Error("annotating the list failed");
      return Buffer.from(annotated.buffer);
    },
    close,
  };
}
