// Some offices type a whole plan as a form: one bordered table "Số TT | Nội dung" whose left column only numbers
// (section rows "I", "II", items "1", "2" … anew in each section) and whose right column holds the prose, an item's
// title and its points "a)", "b)" and dash lines as paragraphs of the one cell:
//   Số TT | Nội dung
//   II    | NHIỆM VỤ CỤ THỂ
//   1     | Hoàn thiện thể chế ¶ a) Sở A trình … trước ngày … ¶ b) Sở B ban hành …; thời gian: quý II
// It is no task table (no column says who or when): it is the plan's prose, each row a numbered paragraph ("II.
// NHIỆM VỤ CỤ THỂ", "1. Hoàn thiện thể chế") followed by the cell's other paragraphs. A Word or PDF reader gives the
// cell's paragraphs joined by spaces; they are cut again where a point or a dash opens after a sentence ends (or
// after the title heading the cell). A plain-text copy writes them on lines of their own already.
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import { nextLetter } from "./lettered-points.ts";
import { romanValue } from "./numbering.ts";
import { NUMBER_TITLE } from "./number-column.ts";
import { CELL_LINES } from "./text-cell-lines.ts";

const NUMBER = /^(?:[IVXLC]+|\d{1,3}(?:\.\d{1,3})*)\.?$/;
/** How many section rows (Roman numerals) show the table holds the plan's sections, not a list. */
const SECTIONS = 2;
/** A title heading the cell is a few words with no sentence in it. */
const TITLE_WORDS = 15;
// A point "a)" or a dash opening a paragraph, before a capital.
const MARK = /\s+(?=([a-zđ])\)\s+\p{Lu}|[-–+•]\s+\p{Lu})/gu;
const SENTENCE_END = /[.;:!?…][”")]*$/u;

const isNumberRow = (b: Block): b is Block & { type: "row" } =>
  b.type === "row" && b.cells.length === 2 && NUMBER.test(b.cells[0]!.trim());

/** Characters a sentence's end is looked for in before a mark, and a title's most. */
const END_TAIL = 8;
const TITLE_LENGTH = 200;

/** Whether a title of a few words, no sentence in it, opens the cell before a mark at `at`. */
const titleBefore = (cell: string, at: number): boolean => {
  const before = cell.slice(0, at).trim();
  return at <= TITLE_LENGTH && before.split(/\s+/).length <= TITLE_WORDS && !/[.;:!?]/.test(before);
};

/**
 * The cell's paragraphs: cut before each point or dash that opens after a sentence's end or after a short title. Each
 * mark looks only at the few characters before it, so a long cell is read in one pass.
 */
export function cellParagraphs(cell: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let letter = 0;
  for (const m of cell.matchAll(MARK)) {
    const ends = SENTENCE_END.test(cell.slice(Math.max(from, m.index - END_TAIL), m.index).trim());
    if (!ends && !(from === 0 && parts.length === 0 && titleBefore(cell, m.index))) continue;
    if (m[1] !== undefined) {
      const next = nextLetter(letter, m[1]);
      if (next < 0) continue;
      letter = next;
    }
    const before = cell.slice(from, m.index).trim();
    if (before) parts.push(before);
    from = m.index + m[0].length;
  }
  const rest = cell.slice(from).trim();
  return rest ? [...parts, rest] : parts;
}

/** Past the form's last numbered row from `at`: its rows, and the cells' lines a plain-text copy writes below them. */
function formEnd(blocks: readonly Block[], at: number): number {
  let end = at;
  for (let k = at, lines = 0; k < blocks.length && lines <= CELL_LINES; k++) {
    if (isNumberRow(blocks[k]!)) [end, lines] = [k + 1, 0];
    else if (blocks[k]!.type === "text") lines++;
    else break;
  }
  return end;
}

/** The blocks with a plan typed as a "Số TT | Nội dung" form read as the numbered prose it holds. */
export function withFormBody(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const head = blocks[i]!;
    const titled = head.type === "row" && head.cells.length === 2 && NUMBER_TITLE.test(fold(head.cells[0]!.trim()));
    const end = titled ? formEnd(blocks, i + 1) : i;
    const rows = blocks.slice(i + 1, end).filter(isNumberRow);
    const sections = rows.filter((r) => romanValue(r.cells[0]!.trim().replace(/\.$/, "")) !== null).length;
    if (!titled || sections < SECTIONS || sections === rows.length) {
      out.push(head);
      continue;
    }
    for (const block of blocks.slice(i + 1, end)) {
      if (block.type === "text") out.push(block);
      else {
        const [first = "", ...rest] = cellParagraphs(block.cells[1]!);
        const number = block.cells[0]!.trim().replace(/\.$/, "");
        out.push({ type: "text", text: `${number}. ${first}` }, ...rest.map((text): Block => ({ type: "text", text })));
      }
    }
    i = end - 1;
  }
  return out;
}
