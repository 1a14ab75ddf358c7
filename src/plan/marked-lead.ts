// A table with one units column may mark its leads with a sign a note explains ("Ghi chú: Đơn vị có dấu (*) là
// đơn vị chủ trì; các đơn vị còn lại trong cùng ô là đơn vị phối hợp"). Under such a note a cell's marked units lead,
// whichever place they are written in, and its unmarked units coordinate; a cell with no mark is read as any other
// (one unit alone leads). The cell is rewritten in the words a cell without the sign uses: the marked units first,
// each "(chủ trì)", then the others, which a cell naming its lead reads as coordinators.
import { fold } from "../domain/text.ts";

/** The sign: an asterisk in brackets, or alone after a name. */
const MARK = /\s*\(\*\)|\s*\*(?=\s*$)/;

/** A note saying the marked unit leads ("Đơn vị có dấu (*) là đơn vị chủ trì", "(*): đơn vị chủ trì"). */
export function saysMarkedLeads(text: string): boolean {
  const at = text.indexOf("(*)");
  return at >= 0 && /\bchu tri\b/.test(fold(text.slice(at, at + 60)));
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
