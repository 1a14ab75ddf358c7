// What every plan reader produces: the document as a sequence of paragraphs and
// table rows, decoration stripped, text in NFC. The plan parser works on this alone,
// so .txt, .docx and .xlsx plans are read by the same rules.
export type Block = { type: "text"; text: string } | { type: "row"; cells: string[] };

export interface PlanDocument {
  blocks: Block[];
}

export type ReadError = { code: "not-a-plan" | "empty-file" | "unreadable-docx" | "unreadable-xlsx"; detail?: string };
export type ReadResult = { ok: true; document: PlanDocument } | { ok: false; error: ReadError };
