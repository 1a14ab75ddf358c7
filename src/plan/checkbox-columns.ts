// A checklist kept in Google Sheets (or Excel with check boxes) gives each unit a column of CHECKBOXES beside the
// task's "Chủ trì" cell: "STT | Nhiệm vụ | Chủ trì | Hạn hoàn thành | Sở Nội vụ | Sở Tư pháp | … | Đã hoàn thành",
// each row ticking every unit that takes part. A box is written as a truth value: TRUE/FALSE as Sheets and Excel
// export it, VRAI/FAUX or WAHR/FALSCH in a localised copy, 1/0 as LibreOffice reads an .xls's ticks back, a glyph
// (☑/☐, ✓) in a print. A careful reader takes the "Chủ trì" cell as the lead and the other ticked units as its
// partners; a box whose label says the work's state ("Đã hoàn thành", "Trạng thái") names no unit.
// The table is given back with the unit boxes as one "Phối hợp" cell naming the ticked units (the lead's own tick
// included: a lead is never also its own partner, `partners.ts`), so every rule for task tables reads it.
import { fold } from "../domain/text.ts";
import { writtenText, type Block } from "./document.ts";
import { columnRole } from "./table-header.ts";
import { isUnitLabel } from "./unit-columns.ts";

type Row = Extract<Block, { type: "row" }>;

/** The ways a box is written, each as [ticked, unticked] (folded); one table writes its boxes one way. */
const VOCABULARIES: [RegExp, RegExp][] = [
  [/^(?:true|vrai|wahr|dung|co)$/, /^(?:false|faux|falsch|sai|khong)$/],
  [/^1$/, /^0$/],
  [/^[☑☒✓✔✅]$/u, /^[☐□]$/u],
];
/** A column saying where the work stands, not who does it. */
const STATE_LABEL = /^da\b|hoan thanh|\bxong\b|trang thai|tinh trang|tien do|ket qua/;
/** At least this many unit columns of boxes make a checklist. */
const MIN_BOXES = 2;

/** A cell written as a box, ticked or not. */
const isBox = (cell: string): boolean => {
  const text = cell.trim();
  return text.length <= 6 && VOCABULARIES.some(([yes, no]) => yes.test(fold(text)) || no.test(fold(text)));
};

const isRow = (block: Block | undefined): block is Row => block?.type === "row";

/** The index of the vocabulary every written cell of the column is in, or -1. */
function vocabularyOf(cells: string[]): number {
  const written = cells.map((cell) => fold(cell.trim())).filter(Boolean);
  if (written.length === 0) return -1;
  return VOCABULARIES.findIndex(([yes, no]) => written.every((cell) => yes.test(cell) || no.test(cell)));
}

/** The unit columns of boxes under `header`, all written in one vocabulary, and which it is; null if fewer than two. */
function boxColumns(header: string[], body: string[][]): { columns: number[]; ticked: RegExp } | null {
  const byVocabulary = new Map<number, number[]>();
  header.forEach((label, i) => {
    const text = label.trim();
    if (!text || columnRole(text) !== undefined || !isUnitLabel(text) || /\d/.test(text)) return;
    if (STATE_LABEL.test(fold(text))) return;
    const vocabulary = vocabularyOf(body.map((cells) => cells[i] ?? ""));
    if (vocabulary >= 0) byVocabulary.set(vocabulary, [...(byVocabulary.get(vocabulary) ?? []), i]);
  });
  const [vocabulary, columns] = [...byVocabulary].sort((a, b) => b[1].length - a[1].length)[0] ?? [-1, []];
  return columns.length >= MIN_BOXES ? { columns, ticked: VOCABULARIES[vocabulary]![0] } : null;
}

/** The row with the box columns left out and one cell naming the ticked units put in the partners' column. */
function folded(row: Row, boxes: number[], partners: number | null, names: string): Row {
  const kept = row.cells.filter((_, i) => !boxes.includes(i));
  const at = partners === null ? kept.length : partners - boxes.filter((i) => i < partners).length;
  const cells =
    partners === null ? [...kept, names] : kept.map((c, i) => (i === at ? [c, names].filter(Boolean).join("; ") : c));
  const notes = row.notes?.filter((_, i) => !boxes.includes(i));
  return {
    ...row,
    cells,
    ...(notes && { notes: partners === null ? [...notes, []] : notes }),
    written: writtenText(row),
  };
}

/** A row that could head a checklist: it titles a task column and a lead column. */
function headsTable(block: Block | undefined): block is Row {
  // A row holding a box is the body's (and the cheap test spares a long checklist reading each row's titles).
  if (!isRow(block) || block.cells.some((cell) => isBox(cell))) return false;
  const roles = block.cells.map((cell) => columnRole(cell));
  return roles.includes("lead") && roles.includes("task");
}

/**
 * The table's rows from `header` on, with its boxes read as partners; null when it is no checklist. Its body runs to
 * the text after it or the next row that could head a table, so no row is looked at under two headers.
 */
function checklist(blocks: readonly Block[], at: number): Row[] | null {
  const header = blocks[at] as Row;
  const roles = header.cells.map((cell) => columnRole(cell));
  let end = at + 1;
  while (isRow(blocks[end]) && !headsTable(blocks[end])) end++;
  const body = blocks.slice(at + 1, end) as Row[];
  const boxes = boxColumns(
    header.cells,
    body.map((row) => row.cells),
  );
  if (!boxes) return null;
  const partners = roles.indexOf("coordinators");
  const column = partners < 0 ? null : partners;
  const ticked = (row: Row) =>
    boxes.columns
      .filter((i) => boxes.ticked.test(fold((row.cells[i] ?? "").trim())))
      .map((i) => header.cells[i]!.trim());
  return [
    folded(header, boxes.columns, column, column === null ? "Đơn vị phối hợp" : ""),
    ...body.map((row) => folded(row, boxes.columns, column, ticked(row).join("; "))),
  ];
}

/** The blocks with every checklist's unit boxes read as the partners of each row's work. */
export function withCheckboxColumns(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let at = 0; at < blocks.length; at++) {
    const rows = headsTable(blocks[at]) ? checklist(blocks, at) : null;
    if (!rows) {
      out.push(blocks[at]!);
      continue;
    }
    out.push(...rows);
    at += rows.length - 1;
  }
  return out;
}
