// A note under a table: a cell too long to hold its words, or one whose time depends on something, is given a sign
// ("(*)", "(**)", "*", "(1)") and the table is followed by a line opening with the same sign that says it in full:
// "(*) Nhiệm vụ số 4: … chậm nhất ngày 15/8/2024." The line is a note of that cell, as a footnote is of the cell its
// mark stands in (src/plan/footnotes.ts dates the cell by it, and a note may move a date the cell gives): never a
// paragraph of the plan, so never a task. The notes stand right after the table's last row, perhaps under a line
// "Ghi chú:", or open "Ghi chú (1): …". A sign no note under its table explains, and a note whose sign no cell
// carries, stay as written.
import { fold } from "../domain/text.ts";
import { writtenText, type Block } from "./document.ts";
import { numbersColumns } from "./table-header.ts";

/** A note's sign: stars alone or in brackets, or a number in brackets. */
const SIGN = String.raw`\(\*{1,4}\)|\*{1,4}|\(\d{1,2}\)`;
/** A sign ending a cell, alone in it or after its words. */
const CELL_SIGN = new RegExp(String.raw`(?:^|(?<=[^\s(*]))\s*(${SIGN})$`, "u");
/** "(*) …", "(**): …", "* - …", "Ghi chú (1): …", "Ghi chú: (*) …". */
const NOTE_LINE = new RegExp(String.raw`^(?:ghi chú\s*(?::\s*)?)?(${SIGN})\s*(?:[:.\-–]\s*)?(\S.*)$`, "isu");
/** A label the notes may stand under, a line of its own. */
const NOTES_LABEL = /^(ghi chu|chu thich|chu giai)\s*:?$/;

/** A sign as a reader matches it: "(**)" and "**" are one sign; "(1)" keeps its brackets, "1" alone being no sign. */
const signKey = (sign: string) => (sign.includes("*") ? sign.replace(/[()]/g, "") : sign);

/** The lines under the table ending before `end` that open with a sign, by sign, and the block after them. */
function notesUnder(blocks: readonly Block[], end: number): { notes: Map<string, string>; after: number } {
  const notes = new Map<string, string>();
  let after = end;
  const first = blocks[after];
  if (first?.type === "text" && NOTES_LABEL.test(fold(first.text.trim()))) after++;
  // A sign's note is the first line opening with it (a second line with it says no more).
  for (let block = blocks[after]; block?.type === "text"; block = blocks[++after]) {
    const m = NOTE_LINE.exec(block.text.trim());
    if (!m) break;
    const key = signKey(m[1]!);
    if (!notes.has(key)) notes.set(key, m[2]!.trim());
  }
  return { notes, after };
}

/**
 * The blocks with each table's signed cells given the notes under the table that open with their signs, the sign
 * taken out of the cell, and those notes dropped.
 */
export function withTableNotes(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let at = 0;
  while (at < blocks.length) {
    if (blocks[at]!.type !== "row") {
      out.push(blocks[at++]!);
      continue;
    }
    let end = at;
    while (end < blocks.length && blocks[end]!.type === "row") end++;
    const { notes, after } = notesUnder(blocks, end);
    if (notes.size === 0) {
      out.push(...blocks.slice(at, end));
      at = end;
      continue;
    }
    const used = new Set<string>();
    // The header (the table's first row) may sign a column's title: only the rows under it are dated by a note.
    for (const [i, block] of blocks.slice(at, end).entries()) out.push(i === 0 ? block : signed(block, notes, used));
    // The notes that explain a cell go, and their label with them; any other line stays where it was.
    for (const block of blocks.slice(end, after)) {
      if (block.type !== "text") continue;
      const m = NOTE_LINE.exec(block.text.trim());
      const keep = m ? !used.has(signKey(m[1]!)) : !(used.size && NOTES_LABEL.test(fold(block.text.trim())));
      if (keep) out.push(block);
    }
    at = after;
  }
  return out;
}

/** A row with each signed cell's note, the sign taken out; `used` gets the signs it explains. */
function signed(block: Block, notes: ReadonlyMap<string, string>, used: Set<string>): Block {
  // A row numbering the columns ("(1) | (2) | (3)") signs nothing.
  if (block.type !== "row" || numbersColumns(block.cells)) return block;
  let changed = false;
  const cellNotes = block.cells.map((_, i) => [...(block.notes?.[i] ?? [])]);
  const cells = block.cells.map((cell, i) => {
    const m = CELL_SIGN.exec(cell.trim());
    // "(1)" alone in a row's first cell is its number, not a sign.
    if (i === 0 && m?.index === 0 && /\d/.test(m[1]!)) return cell;
    const note = m && notes.get(signKey(m[1]!));
    if (!m || !note) return cell;
    used.add(signKey(m[1]!));
    cellNotes[i]!.push(note);
    changed = true;
    return cell.trim().slice(0, m.index).trim();
  });
  return changed ? { ...block, cells, notes: cellNotes, written: writtenText(block) } : block;
}
