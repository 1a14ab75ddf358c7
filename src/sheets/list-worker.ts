// Runs in a child process with its own memory limit: reads an uploaded workbook (its XML,
// see xlsx-read.ts) or CSV, streams its rows back as plain data, then writes the annotated
// copy (xlsx-annotate.ts, or workbook-annotate.ts for CSV and unusual files). A file that
// blows up here takes this process down, not the bot.
import { locate, phoneText, type RawRow, type RawSheet } from "../domain/list-check.ts";
import { QUOTE_CHARS } from "../domain/limits.ts";
import type { TemplateId } from "../domain/list-templates.ts";
import { parsePhone } from "../domain/phone.ts";
import { parseCsv } from "./csv.ts";
import type { AnnotateInput } from "./annotation.ts";
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
  | { type: "annotate"; input: AnnotateInput }
  | { type: "forget" };

/** Reading sends "start" (the merged ranges), then "rows" in chunks, then "end"; or a refusal. */
export type WorkerReply =
  | { type: "start"; merges: RawSheet["merges"] }
  | { type: "rows"; rows: RawSheet["rows"] }
  | { type: "end" }
  | { type: "too-many-rows"; rows: number }
  | { type: "too-complex"; detail: string }
  | { type: "unreadable"; message: string }
  | { type: "annotated"; buffer: Uint8Array };

/** The first chunk is small, so that the header is found while the rest is still read. */
const FIRST_CHUNK = 200;
const CHUNK = 1_000;

// The file being checked: its parts (xlsx) or its rows (csv), and the original bytes.
let book: XlsxBook | null = null;
let original: Uint8Array | null = null;
let csvRows: string[][] = [];
// Whether a cell was cut for its length: exceljs would then load every such value whole.
let longValues = false;

const send = (reply: WorkerReply) => void process.send!(reply);

/** Done with a file: nothing of it (personal data) stays here for the next one. */
function forget(): void {
  book = null;
  original = null;
  csvRows = [];
  longValues = false;
}

// Between chunks the event loop runs, so that each chunk leaves through the pipe while
// the next is parsed, and the bot checks one while this reads the next.
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The column the bot will check phones in, found as the bot finds it: phone numbers are
 * then checked here, while the bot checks the rest of the rows it has already received.
 */
function phoneColumn(head: RawRow[], merges: RawSheet["merges"], template: TemplateId | undefined): number | null {
  const located = locate({ rows: head, merges }, template);
  return "code" in located ? null : (located.columns.find((c) => c.spec.key === "phone")?.index ?? null);
}

function withPhone(row: RawRow, column: number | null): RawRow {
  const cell = column === null ? null : (row.cells[column] ?? null);
  const text = cell === null ? "" : phoneText(cell);
  return text ? { ...row, phone: { column: column!, result: parsePhone(text) } } : row;
}

async function stream(
  merges: RawSheet["merges"],
  rows: Iterable<RawRow>,
  template: TemplateId | undefined,
): Promise<void> {
  send({ type: "start", merges });
  let chunk: RawRow[] = [];
  let column: number | null | undefined;
  for (const row of rows) {
    if (row.long) longValues = true;
    chunk.push(row);
    if (chunk.length < (column === undefined ? FIRST_CHUNK : CHUNK)) continue;
    column ??= phoneColumn(chunk, merges, template);
    send({ type: "rows", rows: chunk.map((r) => withPhone(r, column!)) });
    await flush();
    chunk = [];
  }
  column ??= phoneColumn(chunk, merges, template);
  if (chunk.length) send({ type: "rows", rows: chunk.map((r) => withPhone(r, column!)) });
  send({ type: "end" });
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

async function read(request: Extract<WorkerRequest, { type: "read" }>): Promise<void> {
  original = request.buffer;
  if (request.kind === "xlsx") {
    const opened = openXlsx(
      Buffer.from(request.buffer.buffer, request.buffer.byteOffset, request.buffer.byteLength),
      request.limits,
    );
    if (opened.type !== "sheet") return send(opened);
    book = opened.book;
    return stream(opened.merges, opened.rows, request.template);
  }
  csvRows = parseCsv(Buffer.from(request.buffer).toString("utf8"));
  const filled = csvRows.filter((r) => r.some((v) => v.trim() !== "")).length;
  if (filled > request.limits.maxRows) return send({ type: "too-many-rows", rows: filled });
  await stream([], csvSheetRows(csvRows, request.limits), request.template);
}

async function annotate(input: AnnotateInput): Promise<WorkerReply> {
  const patched = book ? annotateXlsx(book, input) : null;
  if (!patched && longValues) return { type: "unreadable", message: "values too long to annotate" };
  const buffer =
    patched ??
    (await annotateWithExceljs(book && original ? { xlsx: original, sheetName: book.sheetName } : { csvRows }, input));
  return { type: "annotated", buffer };
}

process.on("message", async (request: WorkerRequest) => {
  try {
    if (request.type === "read") await read(request);
    else if (request.type === "annotate") send(await annotate(request.input));
    else forget();
  } catch (error) {
    send({ type: "unreadable", message: (error as Error).message });
  }
});
