// A table with one units column may mark its leads with a sign a note explains ("Ghi chú: Đơn vị có dấu (*) là
// đơn vị chủ trì; các đơn vị còn lại trong cùng ô là đơn vị phối hợp"). Under such a note a cell's marked units lead,
// whichever place they are written in, and its unmarked units coordinate; a cell with no mark is read as any other
// (one unit alone leads). The cell is rewritten in the words a cell without the sign uses: the marked units first,
// each "(chủ trì)", then the others, which a cell naming its lead reads as coordinators.
// Bold is such a sign too ("Cơ quan in đậm là cơ quan chủ trì; các cơ quan còn lại phối hợp"): the readers keep the
// bold passages of a cell partly bold (Block's `emphasis`), and under such a note each name of a cell of several
// that is a bold passage is marked as the sign marks it.
import { fold } from "../domain/text.ts";
import { rewriteWords, type Block } from "./document.ts";

/** The sign: an asterisk in brackets, or alone after a name. */
const MARK = /\s*\(\*\)|\s*\*(?=\s*$)/;

/** A note saying the marked unit leads ("Đơn vị có dấu (*) là đơn vị chủ trì", "(*): đơn vị chủ trì"). */
export function saysMarkedLeads(text: string): boolean {
  const at = text.indexOf("(*)");
  return at >= 0 && /\bchu tri\b/.test(fold(text.slice(at, at + 60)));
}

/** A note saying the unit in bold leads ("Đơn vị in đậm là đơn vị chủ trì", "(cơ quan in đậm chủ trì)"). */
export function saysBoldLeads(text: string): boolean {
  const folded = fold(text);
  const at = folded.search(/\bin dam\b/);
  return at >= 0 && text.length < 400 && /\bchu tri\b/.test(folded.slice(Math.max(0, at - 60), at + 80));
}

// A cell's names: split where a list of units is.
const NAMES = /\s*[;\n]\s*/;

/** The row with each name of a cell of several that is written in bold marked "(*)"; a row with no bold as it is. */
function boldMarked(block: Block): Block {
  if (block.type !== "row" || !block.emphasis?.length) return block;
  // A passage may run over two names ("Sở Y tế; Sở Tư pháp" bold whole): each of its names is bold.
  const bold = new Set(
    block.emphasis.flatMap((p) => p.split(NAMES)).map((name) => fold(name).replace(/[\s;,.]+$/u, "")),
  );
  const marked = (cell: string) => {
    const names = cell.split(NAMES);
    if (names.length < 2 || cell.includes("(*)")) return cell;
    return names.map((name) => (bold.has(fold(name).replace(/[\s;,.]+$/u, "")) ? `${name} (*)` : name)).join("; ");
  };
  return rewriteWords(block, (words) => words, marked);
}

/** The blocks with their bold units marked as leads, when a note says the bold unit leads; else as they are. */
export function withBoldLeads(blocks: Block[]): Block[] {
  if (!blocks.some((b) => b.type === "text" && saysBoldLeads(b.text))) return blocks;
  return blocks.map(boldMarked);
}

/** A units cell with its marked units written first as leads; a cell with no mark as it is. */
export function withMarkedLeads(cell: string): string {
  if (!cell.includes("(*)")) return cell;
  const names = cell
    .split(/\s*[;\n]\s*/)
    .map((n) => n.trim())
    .filter(Boolean);
  const marked = names.filter((n) => MARK.test(n)).map((n) => `${n.replace(MARK, "").trim()} (chủ trì)`);
  // A mark in words that are not a list of names (a task's text citing "(*)"): left as written.
  if (marked.length === 0 || names.some((n) => n.length > 120)) return cell;
  return [...marked, ...names.filter((n) => !MARK.test(n))].join("; ");
}
