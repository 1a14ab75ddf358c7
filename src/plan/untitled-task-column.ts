// A task table need not call its task column "Nhiệm vụ" or "Nội dung": an office writes what its rows are
// ("Mô hình điểm", "Tên đề án", "Hoạt động", "Văn bản cần ban hành"). Such a header still reads as a task table
// by its shape: a number column first, who does the work and by when named in columns of their own, and one
// column beside them that says neither — what is done. Where several say neither ("Cấp ban hành" | "Tên văn
// bản"), the one naming the rows ("Tên …") is the task's; a note, a product, a place or a sum is never. A table
// with no who or no when (a list of members, a budget) is no task table.
import { fold } from "../domain/text.ts";
import { NUMBER_TITLE } from "./number-column.ts";

// A few words with no figure: a column's label, not a row's text.
const LABEL = /^[\p{L}\s,/-]+$/u;
// Columns beside the task that say something about it, never what it is.
export const BESIDE =
  /ghi chu|ket qua|san pham|noi nhan|kinh phi|du toan|nguon|dia diem|hinh thuc|(so|khoi) luong|don vi tinh/;

/**
 * The column of the tasks in a header row whose labels name no task (`names` tells a label naming who or when;
 * `datedAbove`: the item over the table gives its time, `item-table.ts`), or null: the one column after the number's
 * that names neither, or among several the one naming the rows ("Tên …"), when both who and when are named beside it
 * (or the item above tells when).
 */
export function untitledTaskColumn(
  cells: string[],
  names: { who: (label: string) => boolean; when: (label: string) => boolean },
  datedAbove = false,
): number | null {
  const labels = cells.map((c) => fold(c).trim());
  const when = datedAbove || labels.some(names.when);
  if (!NUMBER_TITLE.test(labels[0] ?? "") || !labels.some(names.who) || !when) return null;
  const candidates = labels
    .map((label, i) => ({ label, i }))
    .filter(({ label, i }) => i > 0 && LABEL.test(label) && label.split(/\s+/).length <= 6)
    .filter(({ label }) => !names.who(label) && !names.when(label) && !BESIDE.test(label));
  const naming = candidates.filter(({ label }) => /^ten\s/.test(label));
  const chosen = naming.length === 1 ? naming : candidates;
  return chosen.length === 1 ? chosen[0]!.i : null;
}
