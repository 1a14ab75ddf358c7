// A table of common steps done for several things at once may split its time column by what each is done for:
//   STT | Nội dung công việc | Chủ trì | Phối hợp | Thời gian hoàn thành
//       |                    |         |          | Dự án 1 | Dự án 2 | Dự án 3
// (or "Công trình 1 | 2", "Gói thầu 1 | 2", "Đợt 1 | 2"), the things often named in a legend above the table
// ("- Dự án 1: Đường X (5,6 ha, 98 hộ);"). Each dated cell is the row's step for that thing, a task of its own; a
// cell saying it is done ("Đã xong"), not needed ("-") or after some event ("Sau khi …") is none.
import { fold } from "../domain/text.ts";
import { SAYS_DONE } from "./done-rows.ts";
import type { Block } from "./document.ts";
import type { TaskDraft } from "./parsed-plan.ts";
import { deadlineOf, type TaskContext } from "./task-context.ts";
import { groupTitleOver } from "./text-header.ts";
import { TIME_LABEL } from "./time-columns.ts";

/** A thing the work is done for, numbered: "Dự án 1", "Công trình số 2", "Gói thầu 3", "Đợt II", "Điểm a". */
const TARGET =
  /^(du an|tieu du an|cong trinh|hang muc|goi thau|dot|diem|dia diem|khu|tuyen)\s+(?:so\s+)?(\d{1,2}|[ivx]{1,4}|[a-z])$/;
/** A legend's line opening with a bullet. */
const BULLET = /^[-–—•+*]\s*/u;
/** A last bracket opening with a figure gives the thing's size ("(5,6 ha, 98 hộ)"), not its name. */
const SIZE = /\s*\(\s*\d[^()]*\)$/;

/** The kind a label names ("du an" of "Dự án 1"), or null when it names no numbered thing. */
const kindOf = (label: string): string | null => TARGET.exec(fold(label))?.[1] ?? null;

/** Whether a header's label names one numbered thing the work is done for ("Dự án 1"): its number counts nothing. */
export const namesTarget = (label: string): boolean => kindOf(label) !== null;

/** The name a legend above the table gives a label ("Dự án 1: Đường X (5,6 ha);" → "Đường X"), if any. */
function legendName(blocks: readonly Block[], before: number, label: string): string | null {
  const key = fold(label);
  for (let k = 0; k < before; k++) {
    const block = blocks[k]!;
    if (block.type !== "text") continue;
    const line = block.text.replace(BULLET, "");
    const colon = line.indexOf(":");
    if (colon < 0 || fold(line.slice(0, colon)) !== key) continue;
    const name = line
      .slice(colon + 1)
      .trim()
      .replace(/[;.,]+$/, "")
      .replace(SIZE, "");
    if (name) return name;
  }
  return null;
}

/**
 * The columns under a time title each headed by one numbered thing of a kind, two or more, with what each stands for
 * ("Dự án 1: Đường X", or the label alone when no legend names it); null when the header has no such columns.
 */
export function targetColumns(blocks: readonly Block[], last: number, headers: string[][]): Map<number, string> | null {
  const [upper, lower] = [headers.at(-2), headers.at(-1)];
  if (!upper || !lower) return null;
  const columns = lower.flatMap((label, i) =>
    label !== upper[i] && kindOf(label) && TIME_LABEL.test(fold(groupTitleOver(upper, lower, i))) ? [i] : [],
  );
  const kinds = new Set(columns.map((i) => kindOf(lower[i]!)));
  const labels = new Set(columns.map((i) => fold(lower[i]!)));
  if (columns.length < 2 || kinds.size !== 1 || labels.size !== columns.length) return null;
  const start = last - headers.length + 1;
  return new Map(
    columns.map((i) => {
      const name = legendName(blocks, start, lower[i]!);
      return [i, name ? `${lower[i]}: ${name}` : lower[i]!];
    }),
  );
}

/**
 * The row's task for each thing its cell dates, titled with the thing it is done for. Refs must name one task each:
 * a row dated for several things gives each the row's number and the place of its column ("2.3": step 2 for the
 * third), one dated for a single thing keeps the row's number.
 */
export function targetTasks(
  ctx: TaskContext,
  row: TaskDraft,
  cells: readonly string[],
  targets: ReadonlyMap<number, string>,
): TaskDraft[] {
  const dated = [...targets.keys()].flatMap((column, k) => {
    const cell = cells[column] ?? "";
    // A cell with no figure ("-", "Sau khi …") dates nothing, nor one saying the work is done.
    return /\d/.test(cell) && !SAYS_DONE.test(fold(cell)) ? [{ column, k, cell }] : [];
  });
  return dated.flatMap(({ column, k, cell }) => {
    const ref = dated.length > 1 ? `${row.ref}.${k + 1}` : row.ref;
    const deadline = deadlineOf(ctx, ref, cell);
    return deadline ? [{ ...row, ref, title: `${row.title} (${targets.get(column)})`, deadline }] : [];
  });
}
