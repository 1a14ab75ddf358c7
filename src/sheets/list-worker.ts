// Runs in a child process with its own memory limit: reads an uploaded workbook (its XML,
// see xlsx-read.ts) or CSV, finds its header, checks every row against the template (the
// bot sends what the list is checked against once it knows the template), sends the
// results back in chunks, then writes the annotated copy (xlsx-annotate.ts, or
// workbook-annotate.ts for CSV and unusual files). A file that blows up here takes this
// process down, not the bot; and no row is checked on the bot's own thread.
import {
  cellText,
  listChecker,
  locate,
  type CheckOptions,
  type Finding,
  type ListCheck,
  type LocateError,
  type Located,
  type RawRow,
  type RawSheet,
  type RowBatch,
  rowBatch,
} from "../domain/list-check.ts";
import { QUOTE_CHARS } from "../domain/limits.ts";
import type { TemplateId } from "../domain/list-templates.ts";
import { isOutOfMemory } from "../formats/out-of-memory.ts";
import { parseCsv } from "../formats/csv.ts";
import { annotationOf } from "./annotation.ts";
import { annotateXlsx } from "./xlsx-annotate.ts";
import { annotateWithExceljs } from "./workbook-annotate.ts";
import { openXlsx, type ReadLimits, type XlsxBook } from "./xlsx-read.ts";

export type WorkerRequest =
  | {
      type: "read";
      buffer: Uint8Array;
      kind: "xlsx" | "csv";
      limits: ReadLimits;
      template?: TemplateId | undefined;
    }
  | { type: "check"; options: CheckOptions }
  | { type: "annotate" }
  | { type: "forget" };

/**
 * Reading answers "located" (or "unlocated", or a refusal); checking answers "part"s of the
 * checked rows and findings, then "checked" with the counts; annotating, "annotated".
 */
export type WorkerReply =
  | { type: "located"; template: TemplateId; headerRow: number; titles: string[] }
  | { type: "unlocated"; error: LocateError }
  | { type: "part"; rows: RowBatch; findings: Finding[] }
  | { type: "checked"; counts: ListCheck["counts"]; quota: ListCheck["quota"] }
  | { type: "too-many-rows"; rows: number }
  | { type: "too-complex"; detail: string }
  | { type: "unreadable"; message: string }
  | { type: "annotated"; buffer: Uint8Array };

/** Rows enough to find the header in (title rows, a two-row header). */
const HEAD_ROWS = 200;
/**
 * Checked rows and findings per message: each message is decoded on the bot's thread,
 * so a chunk must cost it a few milliseconds, not the whole list at once.
 */
const PART = 500;

// The file being checked: its parts (xlsx) or its rows (csv), the original bytes, where
// its header is, and, once checked, the results (for the annotated copy).
let book: XlsxBook | null = null;
let original: Uint8Array | null = null;
let csvRows: string[][] = [];
let located: Located | null = null;
let head: RawRow[] = [];
let rest: Iterator<RawRow> | null = null;
let checked: ListCheck | null = null;
// Whether a cell was cut for its length: exceljs would then load every such value whole.
let longValues = false;

const send = (reply: WorkerReply) => void process.send!(reply);

/** Done with a file: nothing of it (personal data) stays here for the next one. */
function forget(): void {
  book = null;
  original = null;
  csvRows = [];
  located = null;
  head = [];
  rest = null;
  checked = null;
  longValues = false;
}

function* csvSheetRows(rows: string[][], limits: ReadLimits): Generator<RawRow> {
  for (const [i, row] of rows.entries()) {
    const long: NonNullable<RawRow["long"]> = [];
    const cells = row.slice(0, limits.maxColumns).map((v, column) => {
      if (v.trim() === "") return null;
      if (v.length <= limits.maxCellChars) return v;
      long.push({ column, length: v.length });
      return v.slice(0, QUOTE_CHARS);
    });
    if (cells.some((c) => c !== null)) yield { number: i + 1, cells, ...(long.length ? { long } : {}) };
  }
}

/** The next rows of the sheet, noting cut values. */
function take(rows: Iterator<RawRow>, count: number): RawRow[] {
  const out: RawRow[] = [];
  while (out.length < count) {
    const next = rows.next();
    if (next.done) break;
    if (next.value.long) longValues = true;
    out.push(next.value);
  }
  return out;
}

/** Opens the file and finds its header and template; the other rows wait for "check". */
function read(request: Extract<WorkerRequest, { type: "read" }>): void {
  original = request.buffer;
  let merges: RawSheet["merges"] = [];
  let rows: Iterable<RawRow>;
  if (request.kind === "xlsx") {
    const opened = openXlsx(
      Buffer.from(request.buffer.buffer, request.buffer.byteOffset, request.buffer.byteLength),
      request.limits,
    );
    if (opened.type !== "sheet") return send(opened);
    book = opened.book;
    merges = opened.merges;
    rows = opened.rows;
  } else {
    csvRows = parseCsv(Buffer.from(request.buffer).toString("utf8"));
    const filled = csvRows.filter((r) => r.some((v) => v.trim() !== "")).length;
    if (filled > request.limits.maxRows) return send({ type: "too-many-rows", rows: filled });
    rows = csvSheetRows(csvRows, request.limits);
  }
  rest = rows[Symbol.iterator]();
  head = take(rest, HEAD_ROWS);
  const found = locate({ rows: head, merges }, request.template);
  if ("code" in found) return send({ type: "unlocated", error: found });
  located = found;
  // Text of the title rows above the header ("SỞ Y TẾ"), to tell whose list it is.
  const titles = head.filter((r) => r.number < found.headerRow).flatMap((r) => r.cells.map(cellText).filter(Boolean));
  send({ type: "located", template: found.template.id, headerRow: found.headerRow, titles });
}

function check(options: CheckOptions): void {
  const checker = listChecker(located!, options);
  checker.add(head);
  for (let rows = take(rest!, PART); rows.length; rows = take(rest!, PART)) checker.add(rows);
  checked = checker.finish();
  const { rows, findings } = checked;
  for (let i = 0; i < Math.max(rows.length, findings.length); i += PART)
    send({ type: "part", rows: rowBatch(rows.slice(i, i + PART)), findings: findings.slice(i, i + PART) });
  send({ type: "checked", counts: checked.counts, quota: checked.quota });
}

async function annotate(): Promise<WorkerReply> {
  const columns = new Map(located!.columns.map((c) => [c.header, c.index + 1]));
  const input = annotationOf(checked!, (header) => (header ? (columns.get(header) ?? null) : null));
  const patched = book ? annotateXlsx(book, input) : null;
  if (!patched && longValues) return { type: "unreadable", message: "values too long to annotate" };
  const buffer =
    patched ??
    (await annotateWithExceljs(book && original ? { xlsx: original, sheetName: book.sheetName } : { csvRows }, input));
  return { type: "annotated", buffer };
}

process.on("message", async (request: WorkerRequest) => {
  try {
    if (request.type === "read") read(request);
    else if (request.type === "check") check(request.options);
    else if (request.type === "annotate") send(await annotate());
    else forget();
  } catch (error) {
    // Memory running out may throw instead of ending the process: the file is too big for the worker, not broken.
    if (isOutOfMemory(error)) send({ type: "too-complex", detail: "memory" });
    else send({ type: "unreadable", message: (error as Error).message });
  }
});
