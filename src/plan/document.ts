// What every plan reader produces: the document as a sequence of paragraphs and
// table rows, decoration stripped, text in NFC. The plan parser works on this alone,
// so .txt, .docx, .xlsx and .pdf plans are read by the same rules: a Word paragraph numbered
// by Word reads "1. …" as if typed, a merged cell gives every row it covers its value.
import type { UnreadFormat } from "./file-kind.ts";

/**
 * `notes`: the texts of the footnotes a paragraph points to, or for a row those each cell points
 * to (by the cell's index). Footnotes are never tasks; one may date the item pointing to it
 * (src/plan/footnotes.ts).
 */
export type Block = (
  | {
      type: "text";
      text: string;
      notes?: string[];
      /** A workbook sheet's tab name, set over its rows: it may name whose tasks they are (src/plan/unit-tabs.ts). */
      tab?: true;
    }
  | {
      type: "row";
      cells: string[];
      notes?: string[][];
      /**
       * The passages of its cells written in bold where the rest of the cell is not ("**Sở Y tế**; Sở Nội vụ"): a
       * note may say the bold unit leads (src/plan/marked-lead.ts).
       */
      emphasis?: string[];
    }
) & {
  /**
   * The block's words as the document writes them, where a reader rewrote them for the readers after it (an event's
   * name put as its day, a period's name as its dates): what the admin is shown, to find the line in the document.
   */
  written?: string;
};

/** A block's words on one line, a row's cells between bars. */
export const blockText = (block: Block): string => (block.type === "text" ? block.text : block.cells.join(" | "));

/** A paragraph's words, or a row's that fills one cell at most (a sheet's title row in a text copy); else null. */
export function lineOf(block: Block): string | null {
  if (block.type === "text") return block.text;
  const filled = block.cells.filter((c) => c.trim());
  return filled.length <= 1 ? (filled[0] ?? "") : null;
}

/** How far above a table's header its title lines may stand: the form's number, the title, the plan it is attached
 * to, the lead's line. */
export const TITLE_LINES = 5;

/**
 * What `read` finds in the nearest of the lines over block `at` that gives anything, among the `reach` lines since the
 * last row of cells (`lineOf`): a table's title lines, read for its month or its form's number; else null.
 */
export function overTable<T>(
  blocks: readonly Block[],
  at: number,
  reach: number,
  read: (line: string) => T | null,
): T | null {
  for (let i = at - 1; i >= Math.max(0, at - reach); i--) {
    const line = lineOf(blocks[i]!);
    if (line === null) return null;
    const found = read(line);
    if (found) return found;
  }
  return null;
}

/** A block's words as the document writes them. */
export const writtenText = (block: Block): string => block.written ?? blockText(block);

/**
 * The block with its paragraph's words, or each of its cells', rewritten (`cell` for a row, `text` by default); a block
 * that changes keeps the words it was written with.
 */
export function rewriteWords(
  block: Block,
  text: (words: string) => string,
  cell: (words: string, index: number) => string = text,
): Block {
  const next: Block =
    block.type === "text"
      ? { ...block, text: text(block.text) }
      : { ...block, cells: block.cells.map((words, i) => cell(words, i)) };
  return blockText(next) === blockText(block) ? block : { ...next, written: writtenText(block) };
}

export interface PlanDocument {
  blocks: Block[];
}

export type ReadErrorCode =
  | "not-a-plan"
  | "empty-file"
  | "unreadable-docx"
  | "unreadable-odt"
  // A Word 97-2003 .doc whose compound file or Word structures are broken (src/plan/read-doc.ts).
  | "unreadable-doc"
  // An RTF file whose groups, control words or binary data are broken (src/plan/read-rtf.ts).
  | "unreadable-rtf"
  // A web page (Word's .htm, .mht, or its HTML under a .doc name) that cannot be read (src/plan/read-html.ts).
  | "unreadable-web-page"
  // An archive (.zip, .rar, .7z) holding no plan file, or several (src/plan/archive.ts): the answer says what to send.
  | "archive-file"
  | "archive-several-files"
  // An Office package that is neither a Word document nor an .xlsx workbook (.xlsb, .pptx): save it as one.
  | "office-file"
  | "unreadable-xlsx"
  // An Excel 97-2003 .xls (src/plan/read-xls.ts) or an OpenDocument spreadsheet (src/plan/read-ods.ts) that is broken.
  | "unreadable-xls"
  | "unreadable-ods"
  | "plan-too-large"
  | "plan-too-complex"
  // Out of wall time on a machine too busy to read it now (src/plan/plan-process.ts): send it again in a moment.
  | "plan-busy"
  // PDF plans (src/plan/read-pdf.ts): a scan has no text to read; the others cannot be opened or are beyond the limits.
  | "scanned-pdf"
  | "encrypted-pdf"
  // A Word, Excel or OpenDocument file saved with a password (src/plan/encrypted.ts).
  | "encrypted-file"
  | "unreadable-pdf"
  | "pdf-too-large"
  | "pdf-too-many-pages"
  | "pdf-too-complex"
  // Files that may hold a plan in a form not read (src/plan/file-kind.ts): the answer says which.
  | UnreadFormat;
/** `detail` says what was wrong, for logs and tests; users see the code's message (with `args`). */
export type ReadError = { code: ReadErrorCode; detail?: string; args?: Record<string, string | number> };
export type ReadResult = { ok: true; document: PlanDocument } | { ok: false; error: ReadError };
