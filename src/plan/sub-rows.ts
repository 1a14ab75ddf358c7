// A task of a table may be written as a title row and lettered sub-rows under it, its number cell merged down
// over them: "1 | Rà soát, chuẩn hóa … | Sở X | | " then " | a) Rà soát danh mục … | | Sở Y | Trước 15/4/2024",
// " | b) …". Each sub-row is a task of its own, "1.a", with its own time; the title row only groups them (a
// heading). Text keeps no merges, so the number stands in the title row only, and a Word or PDF table may repeat
// it in every row it spans. A lead cell merged down over the title row and its sub-rows is written in the title
// row only in text: a sub-row whose lead cell is blank takes its title row's.
// The letter may stand in the number cell instead ("a | Xây dựng …"), as a list lettered in the STT column writes it,
// restarting in every group: the letter alone repeats, so the sub-row is still "1.a".
import type { ResolvedName } from "../domain/resolve-units.ts";

// "a) …", "đ) …", "b. …": the letters Vietnamese lists are lettered with, lower case.
const LETTER_ITEM = /^([a-zđ])[).]\s+(\S.*)$/su;
const NUMBERED = /^\d{1,3}(?:\.\d{1,3})*$/;
// "a", "b)", "đ.": a letter alone in the number cell.
const LETTER_REF = /^([a-zđ])[).]?$/u;

/** The title row lettered sub-rows may stand under: a numbered row ("1", "2.3"), never a section. */
export const mayHaveSubRows = (ref: string): boolean => NUMBERED.test(ref);

/**
 * The ref and title of a sub-row under the row numbered `parent`: its number cell holds a letter alone, or its task
 * cell opens with a letter and its number cell is blank or repeats the parent's number (a merged cell). Null for any
 * other row.
 */
export function subRow(
  refCell: string,
  taskCell: string,
  parent: string | null,
): { ref: string; title: string } | null {
  if (!parent || !mayHaveSubRows(parent)) return null;
  const ref = refCell.trim().replace(/\.$/, "");
  const letter = LETTER_REF.exec(ref);
  if (letter && taskCell.trim()) return { ref: `${parent}.${letter[1]}`, title: taskCell.trim() };
  const item = LETTER_ITEM.exec(taskCell.trim());
  return item && (!ref || ref === parent) ? { ref: `${parent}.${item[1]}`, title: item[2]! } : null;
}

/** A sub-row's lead: its own, else (its cell blank) the lead of the title row the cell is merged down from. */
export const subRowLead = (own: ResolvedName[], cell: string, title: ResolvedName[] | undefined): ResolvedName[] =>
  own.length > 0 || cell.trim() ? own : (title ?? []);
