// A note under a table: a cell too long to hold its words, or one whose time depends on something, is given a mark
// ("(*)", "(**)", "*") and the table is followed by a line opening with the same mark that says it in full: "(*)
// Hoàn thành đồng thời với nội dung số 6, chậm nhất ngày 30/11/2026." The line is a note of that cell, as a footnote
// is of the cell its mark stands in (src/plan/footnotes.ts dates the cell by it): never a paragraph of the plan,
// so never a task. The marks are asterisks, alone or bracketed: numbers in brackets ("(1)") number a plan's own items.
import { writtenText, type Block } from "./document.ts";

/** A mark ending a cell (alone in it or after its words). */
const CELL_MARK = /\s*(\(\*{1,3}\)|\*{1,3})$/;
/** A line opening with a mark, and its words. */
const NOTE_LINE = /^(\(\*{1,3}\)|\*{1,3})\s*(\S.*)$/su;
/** A label the notes may stand under ("Ghi chú:"), a line of its own. */
const NOTES_LABEL = /^(ghi chú|chú thích|chú giải)\s*:?$/iu;

/** A mark as the note and its cell both write it, brackets or none: "(*)" and "*" are one mark. */
const markKey = (mark: string) => mark.replace(/[()]/g, "");

/**
 * The blocks with each table's marked cells given the notes under the table that open with their marks, the mark
 * taken out of the cell, and those notes dropped. A mark no note under its table explains stays as written.
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
    // The lines under the table that open with a mark, a label above them allowed.
    // A mark's note is the first line opening with it (a mark is one note: a second line with it says no more).
    const notes = new Map<string, string>();
    let after = end;
    const first = blocks[after];
    if (first?.type === "text" && NOTES_LABEL.test(first.text.trim())) after++;
    for (let block = blocks[after]; block?.type === "text"; block = blocks[++after]) {
      const m = NOTE_LINE.exec(block.text.trim());
      if (!m) break;
      const key = markKey(m[1]!);
      if (!notes.has(key)) notes.set(key, m[2]!);
    }
    if (notes.size === 0) {
      out.push(...blocks.slice(at, end));
      at = end;
      continue;
    }
    const used = new Set<string>();
    // The header (the table's first row) may mark a column's title: only the rows under it are dated by a note.
    for (const [i, block] of blocks.slice(at, end).entries()) out.push(i === 0 ? block : marked(block, notes, used));
    // The notes that explain a cell go; any other line stays where it was.
    for (const block of blocks.slice(end, after)) {
      const m = block.type === "text" ? NOTE_LINE.exec(block.text.trim()) : null;
      if (m ? !used.has(markKey(m[1]!)) : !(used.size && block.type === "text" && NOTES_LABEL.test(block.text.trim())))
        out.push(block);
    }
    at = after;
  }
  return out;
}

/** A row with each marked cell's notes, the mark taken out; `used` gets the marks it explains. */
function marked(block: Block, notes: ReadonlyMap<string, string>, used: Set<string>): Block {
  if (block.type !== "row") return block;
  let changed = false;
  const cellNotes = block.cells.map((_, i) => [...(block.notes?.[i] ?? [])]);
  const cells = block.cells.map((cell, i) => {
    const m = CELL_MARK.exec(cell);
    const note = m && notes.get(markKey(m[1]!));
    if (!m || !note) return cell;
    used.add(markKey(m[1]!));
    cellNotes[i]!.push(note);
    changed = true;
    return cell.slice(0, m.index);
  });
  return changed ? { ...block, cells, notes: cellNotes, written: writtenText(block) } : block;
}
