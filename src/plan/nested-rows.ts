// A task's cell may hold a table of the task's parts, nested in the cell, with columns of its own:
//   4 | Triển khai bệnh án điện tử …, gồm: | … | Sở Y tế – theo thời hạn từng nội dung | Sở Khoa học và Công nghệ
//       [ a) | Đánh giá mức độ ứng dụng … | 28/02/2026 ]  [ b) | Triển khai … | Trước 30/9/2026 ] …
//   7 | Kết nối, liên thông dữ liệu y tế: | … | Theo phân công tại bảng | Sở Y tế
//       [ 7.1 | Bảo hiểm xã hội tỉnh | Kết nối dữ liệu … | 30/4/2026 ] …
// A text copy writes the inner rows after the row, each opening with an empty cell (the tab of the cell they stand
// in); the Word reader lays them out so too (`src/plan/docx/table.ts`). Each inner row numbered in its first cell is a
// task of the row, cited "4.a" or "7.1": its work the longest cell, its time the last cell reading as one, its lead a
// cell of units alone (else the row's), the row's partners its own. The row over them only groups them.
import { isRecurring, parseDeadline } from "../domain/deadline.ts";
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import type { TaskDraft } from "./parsed-plan.ts";
import { besideLead } from "./partners.ts";
import { deadlineOf, type TaskContext } from "./task-context.ts";

// "a)", "b.", "7.1": the number of a part, lettered or numbered under the row's own.
const PART_NUMBER = /^(?:([a-zđ])[).]|(\d{1,3}(?:\.\d{1,3})+)\.?)$/u;

/** Whether a cell holds a part's number alone ("a)", "7.1"). */
export const isPartNumber = (cell: string): boolean => PART_NUMBER.test(cell.trim());

/** Whether rows, each numbered in its first cell as a part with something beside it, are a row's parts. */
export const arePartRows = (rows: string[][]): boolean =>
  rows.length > 0 && rows.every((cells) => PART_NUMBER.test(cells[0]?.trim() ?? "") && cells.slice(1).some(Boolean));

/** The cells of an inner row as laid out after its row (an empty cell, then its own), or null for another row. */
export function partCells(cells: string[]): string[] | null {
  return !cells[0]?.trim() && arePartRows([cells.slice(1)]) ? cells.slice(1) : null;
}

const readsAsTime = (cell: string) => parseDeadline(cell).ok || findDeadlineWording(cell) !== null || isRecurring(cell);

/** The task an inner row of `row` ("a) | work | time", "7.1 | unit | work | time") says. */
export function partTask(ctx: TaskContext, row: TaskDraft, cells: string[]): TaskDraft {
  const [number = "", ...rest] = cells.map((c) => c.trim());
  const [, letter, numbered] = PART_NUMBER.exec(number) ?? [];
  const ref = numbered?.startsWith(`${row.ref}.`) ? numbered : `${row.ref}.${letter ?? numbered}`;
  const timeAt = rest.findLastIndex((c, i) => i > 0 && readsAsTime(c));
  const others = rest.filter((_, i) => i !== timeAt);
  const title = others.reduce((a, b) => (b.length > a.length ? b : a), "");
  const unitCell = others.find((c) => c !== title && unitsAlone(ctx, c));
  const lead = unitCell ? ctx.resolver.resolveList(unitCell) : row.lead;
  const deadline = timeAt < 0 ? null : deadlineOf(ctx, ref, rest[timeAt]!);
  return { ref, parentRef: row.ref, title, deadline, ...besideLead(lead, row.coordinators) };
}

/** Whether a cell names units and nothing else. */
function unitsAlone(ctx: TaskContext, cell: string): boolean {
  const names = ctx.resolver.resolveList(cell);
  return names.length > 0 && names.every((n) => n.resolved);
}
