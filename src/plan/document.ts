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
export type Block =
  { type: "text"; text: string; notes?: string[] } | { type: "row"; cells: string[]; notes?: string[][] };

export interface PlanDocument {
  blocks: Block[];
}

export type ReadErrorCode =
  | "not-a-plan"
  | "empty-file"
  | "unreadable-docx"
  | "unreadable-xlsx"
  | "plan-too-large"
  | "plan-too-complex"
  // PDF plans (src/plan/read-pdf.ts): a scan has no text to read; the others cannot be opened or are beyond the limits.
  | "scanned-pdf"
  | "encrypted-pdf"
  | "unreadable-pdf"
  | "pdf-too-large"
  | "pdf-too-many-pages"
  | "pdf-too-complex"
  // Files that may hold a plan in a form not read (src/plan/file-kind.ts): the answer says which.
  | UnreadFormat;
/** `detail` says what was wrong, for logs and tests; users see the code's message (with `args`). */
export type ReadError = { code: ReadErrorCode; detail?: string; args?: Record<string, string | number> };
export type ReadResult = { ok: true; document: PlanDocument } | { ok: false; error: ReadError };
