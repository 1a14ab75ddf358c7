// Opens an uploaded list in a worker thread with a memory cap and a time limit; the
// worker keeps the workbook so that the annotated copy is written from the original.
import { Worker } from "node:worker_threads";
import type { RawSheet } from "../domain/list-check.ts";
import type { GuardError, UploadKind, UploadLimits } from "./guard.ts";
import type { AnnotateInput, WorkerReply, WorkerRequest } from "./list-worker.ts";

export interface OpenedList {
  sheet: RawSheet;
  annotate(input: AnnotateInput): Promise<Buffer>;
  close(): Promise<void>;
}

const WORKER = new URL("./list-worker.mjs", import.meta.url);
const DEFAULT_MEMORY_MB = 1024;

// Starting a worker (the TypeScript loader and exceljs) takes about half a second, so one
// is kept started and idle for the next file; every file still gets a fresh worker.
let spare: Worker | null = null;

function startWorker(memoryMb: number): Worker {
  const worker = new Worker(WORKER, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
  worker.on("error", () => {});
  return worker;
}

/** Starts the idle worker now, so that even the first file is read without waiting. */
export function warmUpListWorker(): void {
  if (spare) return;
  spare = startWorker(DEFAULT_MEMORY_MB);
  spare.unref();
}

function takeWorker(memoryMb: number): Worker {
  if (memoryMb !== DEFAULT_MEMORY_MB) return startWorker(memoryMb);
  const worker = spare ?? startWorker(memoryMb);
  worker.ref();
  spare = startWorker(memoryMb);
  // An idle spare must not keep the process alive.
  spare.unref();
  return worker;
}

function ask(worker: Worker, request: WorkerRequest, timeoutMs: number): Promise<WorkerReply | GuardError> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ code: "file-too-complex" });
    }, timeoutMs);
    const done = (reply: WorkerReply | GuardError) => {
      clearTimeout(timer);
      worker.off("message", done);
      worker.off("error", failed);
      resolve(reply);
    };
    // The worker running out of memory ends it with ERR_WORKER_OUT_OF_MEMORY.
    const failed = (error: Error & { code?: string }) =>
      done(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? { code: "file-too-complex" } : { code: "corrupt-file" });
    worker.on("message", done);
    worker.on("error", failed);
    const transfer = request.type === "read" ? [request.buffer.buffer as ArrayBuffer] : [];
    worker.postMessage(request, transfer);
  });
}

export async function openList(buffer: Buffer, kind: UploadKind, limits: UploadLimits, memoryMb = DEFAULT_MEMORY_MB): Promise<OpenedList | GuardError> {
  const worker = takeWorker(memoryMb);
  const copy = new Uint8Array(buffer);
  const reply = await ask(worker, { type: "read", buffer: copy, kind, maxRows: limits.maxRows, maxColumns: limits.maxColumns }, limits.timeoutMs);
  const close = async () => void (await worker.terminate());
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
