// A table may write a sign in a cell instead of what it has to say there ("(*)", "(**)", "(1)", "*") and say it in a
// note under the table that opens with the same sign: a time cell reading "(*)" over "(*) … chậm nhất ngày 15/8/2024"
// is due on that day, as a reader looks the sign up under the table. The notes stand right after the table's last row,
// each on a line of its own, perhaps after a line "Ghi chú:" or opening "Ghi chú (*): …". Such a note is the cell's
// footnote (Block.notes), dated by the footnotes' rule (`footnotes.ts`); it is no task of its own, and no longer a line
// of the document. A cell a sign closes after its own words (a date, "Quý III/2024 (*)") takes the note as its
// footnote too: the note may move that date. A note whose sign no cell carries is left as it is.
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import { numbersColumns } from "./table-header.ts";

/** A note's sign: stars alone or in brackets, or a number in brackets. */
const SIGN = String.raw`\(\*{1,4}\)|\*{1,4}|\(\d{1,2}\)`;
/** "(*) …", "(**): …", "* - …", "Ghi chú (1): …", "Ghi chú: (*) …". */
const NOTE = new RegExp(String.raw`^(?:ghi chú\s*:?\s*)?(${SIGN})\s*[:.\-–]?\s+(\S.*)$`, "iu");
/** A cell closing on a sign: the sign alone, or after the cell's words. */
const SIGNED_CELL = new RegExp(String.raw`(?:^|[^\s(*])\s*(${SIGN})$`, "u");
/** A line labelling the notes under it. */
const NOTES_LABEL = /^ghi chu\s*:?$/;

/** A sign as a reader matches it: "(**)" and "**" are one sign; "(1)" keeps its brackets, "1" alone being no sign. */
const signKey = (sign: string) => (/\*/.test(sign) ? sign.replace(/[()]/g, "") : sign);

/** The sign a cell closes on, or null. */
function cellSign(cell: string): string | null {
  const m = SIGNED_CELL.exec(cell.trim());
  return m ? signKey(m[1]!) : null;
}

/** The notes right after the table ending before block `end`, by sign, and the blocks they take up. */
function notesAfter(blocks: readonly Block[], end: number): { notes: Map<string, string>; used: number[] } {
  const notes = new Map<string, string>();
  const used: number[] = [];
  for (let k = end; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.type !== "text") break;
    const text = block.text.trim();
    if (used.length === 0 && NOTES_LABEL.test(fold(text))) continue;
    const m = NOTE.exec(text);
    if (!m) break;
    const key = signKey(m[1]!);
    if (!notes.has(key)) notes.set(key, m[2]!.trim());
    used.push(k);
  }
  return { notes, used };
}

/** The blocks with each table's signed cells given the notes under the table as footnotes, those notes left out. */
export function withTableNotes(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  const dropped = new Set<number>();
  for (let i = 0; i < blocks.length;) {
    if (blocks[i]!.type !== "row") {
      if (!dropped.has(i)) out.push(blocks[i]!);
      i++;
      continue;
    }
    let end = i;
    while (blocks[end]?.type === "row") end++;
    const rows = blocks.slice(i, end);
    const signed = rows.some((b) => b.type === "row" && !numbersColumns(b.cells) && b.cells.some(cellSign));
    const { notes, used } = signed ? notesAfter(blocks, end) : { notes: new Map<string, string>(), used: [] };
    const taken = new Set<string>();
    for (const block of rows) {
      if (block.type !== "row" || notes.size === 0 || numbersColumns(block.cells)) {
        out.push(block);
        continue;
      }
      const own = block.cells.map((cell) => {
        const note = notes.get(cellSign(cell) ?? "");
        if (note) taken.add(cellSign(cell)!);
        return note;
      });
      if (!own.some(Boolean)) {
        out.push(block);
        continue;
      }
      const cellNotes = block.cells.map((_, c) => [...(block.notes?.[c] ?? []), ...(own[c] ? [own[c]] : [])]);
      out.push({ ...block, notes: cellNotes });
    }
    for (const k of used) {
      const m = NOTE.exec((blocks[k] as { text: string }).text.trim());
      if (m && taken.has(signKey(m[1]!))) dropped.add(k);
    }
    i = end;
  }
  return out;
}
