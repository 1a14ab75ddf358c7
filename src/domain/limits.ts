// How much of anything from outside dondoc accepts: one place, as data, so that every
// guard (the chat, the upload page, the list worker, the plan readers) applies the same bounds.

/** Bounds on a sample list (.xlsx or CSV), applied by the guard and in the list worker. */
export interface UploadLimits {
  /** The file as sent. */
  maxBytes: number;
  /** Entries in the zip. */
  maxEntries: number;
  /** Parts read (workbook, styles, shared strings, sheets), inflated: each, and all together. */
  maxPartBytes: number;
  maxInflatedBytes: number;
  maxRows: number;
  maxColumns: number;
  /** Characters of one cell: a longer value is cut to `QUOTE_CHARS` and reported as too long. */
  maxCellChars: number;
  /** Entries of the shared strings table, and their characters together. */
  maxSharedStrings: number;
  maxSharedChars: number;
  /** Merged ranges of the list's sheet (each clamped to the rows and columns in use). */
  maxMerges: number;
  /** Wall time of reading one file in the worker. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: UploadLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxEntries: 2_000,
  maxPartBytes: 100 * 1024 * 1024,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxRows: 60_000,
  maxColumns: 60,
  maxCellChars: 1_000,
  maxSharedStrings: 1_000_000,
  maxSharedChars: 20_000_000,
  maxMerges: 2_000,
  timeoutMs: 60_000,
};

/** A kind of evidence document, told by its first bytes (and, for Office zips, its parts). */
export type EvidenceKind = "pdf" | "docx" | "xlsx" | "doc-or-xls" | "png" | "jpeg";

/**
 * Bounds on an evidence document (a report, a scanned decision). Only its bytes are kept and
 * its magic numbers read; nothing parses it in the bot. A plain zip is not taken: it could
 * carry anything, and an admin would open it blind.
 */
export interface EvidenceLimits {
  maxBytes: number;
  kinds: readonly EvidenceKind[];
  /** Characters of the stored file name. */
  maxNameChars: number;
  /** After /nop REF, how long the chat's next file counts as that task's evidence. */
  pendingMinutes: number;
}

export const EVIDENCE_LIMITS: EvidenceLimits = {
  maxBytes: 10 * 1024 * 1024,
  kinds: ["pdf", "docx", "xlsx", "doc-or-xls", "png", "jpeg"],
  maxNameChars: 120,
  pendingMinutes: 10,
};

/** Characters of a value a message quotes back (a name, an address): enough to find it. */
export const QUOTE_CHARS = 60;

/**
 * Bounds on a plan file (.txt, .docx, .xlsx). A real plan of 100 pages has a few
 * thousand paragraphs and rows; these leave room for ten times that, and stop a
 * crafted file long before it costs seconds or hundreds of megabytes.
 */
export interface PlanLimits {
  /** The file as sent. */
  maxBytes: number;
  /** Entries in a Word or Excel zip. */
  maxEntries: number;
  /** One part (document.xml, a worksheet) once inflated. */
  maxPartBytes: number;
  /** Every part read, inflated, together. */
  maxInflatedBytes: number;
  /** Paragraphs and table rows together. */
  maxBlocks: number;
  /** Cells (grid columns) of one table row. */
  maxColumns: number;
  /** Characters of one paragraph or cell, and of the whole document. */
  maxBlockChars: number;
  maxTextChars: number;
  /** Tables inside tables, and XML elements inside elements. */
  maxTableDepth: number;
  maxXmlDepth: number;
  /** Merged ranges of a workbook, and the cells they may cover together. */
  maxMerges: number;
  maxMergedCells: number;
}

export const PLAN_LIMITS: PlanLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxEntries: 2_000,
  maxPartBytes: 32 * 1024 * 1024,
  maxInflatedBytes: 64 * 1024 * 1024,
  maxBlocks: 50_000,
  maxColumns: 60,
  maxBlockChars: 20_000,
  maxTextChars: 4_000_000,
  maxTableDepth: 5,
  maxXmlDepth: 200,
  maxMerges: 20_000,
  maxMergedCells: 500_000,
};

/**
 * How much of a PDF plan is read before it is refused. A plan is a few dozen pages of
 * text and ruled tables: a page's content stream is tens of kilobytes, so these bounds
 * are far above any plan and far below what stalls the reader (pdf.js takes about half a
 * second and 100 MB per megabyte of drawing operators, and cannot be stopped mid-page).
 */
export interface PdfLimits {
  pdfMaxBytes: number;
  pdfMaxPages: number;
  /** Inflated size of one stream other than an image or a font (page contents above all). */
  pdfMaxStreamBytes: number;
  /** Inflated size of all streams but images together. */
  pdfMaxInflatedBytes: number;
  pdfMaxTextItems: number;
  pdfMaxOperators: number;
  pdfTimeoutMs: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = {
  pdfMaxBytes: 10 * 1024 * 1024,
  pdfMaxPages: 500,
  pdfMaxStreamBytes: 2 * 1024 * 1024,
  pdfMaxInflatedBytes: 64 * 1024 * 1024,
  pdfMaxTextItems: 300_000,
  pdfMaxOperators: 1_000_000,
  pdfTimeoutMs: 20_000,
};

/**
 * Bounds on a worker process (list or plan), enforced from outside it: the bot samples the
 * child's resident memory and CPU time from /proc and kills it past either, since Buffers
 * (inflated parts) live outside the V8 heap that --max-old-space-size caps.
 */
export interface ProcessLimits {
  /** V8 heap of the worker. */
  heapMb: number;
  /** Resident memory of the worker, all of it. */
  maxRssMb: number;
  /** CPU time spent on one file. */
  maxCpuMs: number;
  /** How often the bot looks. */
  sampleMs: number;
}

export const PROCESS_LIMITS: ProcessLimits = {
  heapMb: 1024,
  maxRssMb: 1_400,
  maxCpuMs: 20_000,
  sampleMs: 100,
};

/** Bounds on what a chat message brings in and what dondoc sends back for it. */
export interface MessageLimits {
  /** Characters of a message (a command and its arguments): a platform's own limit is 4,096. */
  maxTextChars: number;
  /** Characters of one reply, and replies to one message: past them the reply is cut, saying so. */
  maxReplyChars: number;
  maxReplies: number;
}

export const MESSAGE_LIMITS: MessageLimits = {
  maxTextChars: 4_096,
  maxReplyChars: 12_000,
  maxReplies: 10,
};

/** Bounds on a request to dondoc's web server (upload page, webhooks, operations). */
export interface WebLimits {
  /** Body of a request, as it declares it (the upload's own bound is `UploadLimits.maxBytes`). */
  maxBodyBytes: number;
  /** Time to receive a request's headers, and the whole request. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
}

export const WEB_LIMITS: WebLimits = {
  maxBodyBytes: DEFAULT_LIMITS.maxBytes + 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
};

/**
 * Bounds on the lists one chat and one unit send (issue 12), so that one sender cannot
 * take every list worker: counted in the database (`IntakeTicket`), so that every instance
 * agrees.
 */
export interface IntakeLimits {
  /** Lists one chat may send in a minute. */
  perChatPerMinute: number;
  /** Lists one unit may send in a minute, from all its chats and the upload page. */
  perUnitPerMinute: number;
  /** Lists of one unit being checked at once. */
  perUnitAtOnce: number;
  /** A check started this long ago counts as running no more (its instance died midway). */
  staleAfterMs: number;
}

export const INTAKE_LIMITS: IntakeLimits = {
  perChatPerMinute: 10,
  perUnitPerMinute: 20,
  perUnitAtOnce: 2,
  staleAfterMs: 5 * 60_000,
};

/** What the intake limits count: when the chat's and the unit's lists of the last minute came, and how many run. */
export interface IntakeLoad {
  chat: Date[];
  unit: Date[];
  running: number;
}

export type IntakeRefusal =
  | { code: "intake-chat-rate" | "intake-unit-rate"; args: { max: number; seconds: number } }
  | { code: "intake-unit-busy"; args: { max: number } };

export const RATE_WINDOW_MS = 60_000;

/** Seconds until one of `times` (the last minute's) leaves the window and a list may come again. */
function retryIn(times: Date[], max: number, now: Date): number | null {
  if (times.length < max) return null;
  const sorted = times.map((t) => t.getTime()).sort((a, b) => a - b);
  const frees = sorted[sorted.length - max]! + RATE_WINDOW_MS;
  return Math.max(1, Math.ceil((frees - now.getTime()) / 1000));
}

/** Why a new list of this chat and unit must wait, or null when it may be checked now. */
export function intakeRefusal(load: IntakeLoad, now: Date, limits: IntakeLimits = INTAKE_LIMITS): IntakeRefusal | null {
  if (load.running >= limits.perUnitAtOnce) return { code: "intake-unit-busy", args: { max: limits.perUnitAtOnce } };
  const chat = retryIn(load.chat, limits.perChatPerMinute, now);
  if (chat !== null) return { code: "intake-chat-rate", args: { max: limits.perChatPerMinute, seconds: chat } };
  const unit = retryIn(load.unit, limits.perUnitPerMinute, now);
  if (unit !== null) return { code: "intake-unit-rate", args: { max: limits.perUnitPerMinute, seconds: unit } };
  return null;
}
