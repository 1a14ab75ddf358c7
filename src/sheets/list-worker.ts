// Runs in a child process with its own memory limit: reads an uploaded workbook (its XML,
// see xlsx-read.ts) or CSV, streams its rows back as plain data, then writes the annotated
// copy (xlsx-annotate.ts, or workbook-annotate.ts for CSV and unusual files). A file that
// blows up here takes this process down, not the bot.
import { locate, phoneText, type RawRow, type RawSheet } from "../domain/list-check.ts";
import type { TemplateId } from "../domain/list-templates.ts";
import { parsePhone } from "../domain/phone.ts";
import { parseCsv } from "./csv.ts";
import type { AnnotateInput } from "./annotation.ts";
import { annotateXlsx } from "./xlsx-annotate.ts";
import { annotateWithExceljs } from "./workbook-annotate.ts";
import { openXlsx, type XlsxBook } from "./xlsx-read.ts";

export type WorkerRequest =
  | {
      type: "read";
      buffer: Uint8Array;
      kind: "xlsx" | "csv";
      maxRows: number;
      maxColumns: number;
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
  | { type: "unreadable"; message: string }
  | { type: "annotated"; buffer: Uint8Array };

/** The first chunk is small, so that the header is found while the rest is still read. */
const FIRST_CHUNK = 200;
const CHUNK = 1_000;

// The file being checked: its parts (xlsx) or its rows (csv), and the original bytes.
let book: XlsxBook | null = null;
let original: Uint8Array | null = null;
let csvRows: string[][] = [];

const send = (reply: WorkerReply) => void process.send!(reply);

/** Done with a file: nothing of it (personal data) stays here for the next one. */
function forget(): void {
  book = null;
  original = null;
  csvRows = [];
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

function* csvSheetRows(rows: string[][], maxColumns: number): Generator<RawRow> {
  for (const [i, row] of rows.entries()) {
    const cells = row.slice(0, maxColumns).map((v) => (v.trim() === "" ? null : v));
    if (cells.some((c) => c !== null)) yield { number: i + 1, cells };
  }
}

async function read(request: Extract<WorkerRequest, { type: "read" }>): Promise<void> {
  original = request.buffer;
  if (request.kind === "xlsx") {
    const opened = openXlsx(
      Buffer.from(request.buffer.buffer, request.buffer.byteOffset, request.buffer.byteLength),
      request,
    );
    if (opened.type !== "sheet") return send(opened);
    book = opened.book;
    return stream(opened.merges, opened.rows, request.template);
  }
  csvRows = parseCsv(Buffer.from(request.buffer).toString("utf8"));
  const filled = csvRows.filter((r) => r.some((v) => v.trim() !== "")).length;
  if (filled > request.maxRows) return send({ type: "too-many-rows", rows: filled });
  await stream([], csvSheetRows(csvRows, request.maxColumns), request.template);
}

async function annotate(input: AnnotateInput): Promise<WorkerReply> {
  const patched = book ? annotateXlsx(book, input) : null;
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
