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

export async function openList(buffer: Buffer, kind: UploadKind, limits: UploadLimits, memoryMb = 1024): Promise<OpenedList | GuardError> {
  const worker = new Worker(WORKER, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
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
