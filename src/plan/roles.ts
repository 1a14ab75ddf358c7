// A role cell says a unit's part in a task: it leads ("Chủ trì", "CT") or helps ("Phối hợp", "PH", "Tham gia"). Both a
// mail merge's letters (`merged-letters.ts`) and a task system's rows by task and unit (`role-rows.ts`) have a column
// of such cells, titled by the part ("Vai trò", "Trách nhiệm của đơn vị", "Hình thức tham gia", "Chủ trì/Phối hợp"),
// and both rewrite their rows under "Chủ trì" | "Phối hợp" columns: one word list serves both.
import { fold } from "../domain/text.ts";

// Anchored at the title's start: "Đơn vị chịu trách nhiệm" holds units, not their parts.
export const ROLE_TITLE = /^(vai tro|trach nhiem|hinh thuc tham gia)\b|chu tri\s*\/\s*phoi hop/;

export type Part = "lead" | "coordinator";

/** The part a role cell gives its row's unit; null when it says none. */
export function partOf(cell: string): Part | null {
  const words = fold(cell).trim();
  if (/^(chu tri|ct)\b/.test(words)) return "lead";
  if (/^(phoi hop|ph|tham gia)\b/.test(words)) return "coordinator";
  return null;
}
