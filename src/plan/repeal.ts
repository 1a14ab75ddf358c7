// An amending plan repeals tasks of the plan it amends: "Bãi bỏ các nhiệm vụ số 7, 18 … (… trước ngày
// 15/11/2025; … Quý III/2025)". The dates it names are those of the tasks no longer done: it is no task.
// Its table of changed rows may also list a task with its old time and, in a note beside it, "Bãi bỏ (đã thực hiện
// theo …)": the row says what is no longer done, whatever times stand in it or above it. The verdict may stand in
// brackets ("(Bãi bỏ)"), or cite the document that dropped the task ("Bãi bỏ theo Công văn số … của UBND tỉnh").
// A plan re-issuing its list whole may keep a dropped row struck through, which the readers leave out
// (`docx/body.ts`): its number stands alone in the row, no words of a task, and it is no task either.

import { fold } from "../domain/text.ts";
import { NUMBER_CELL } from "./number-column.ts";

// An amending plan drops a point of the plan it amends by its place there: "Bãi bỏ điểm c khoản 4 Mục III (…)", "Hủy bỏ
// khoản 2 Mục II"; a plan's parts are "Mục", a legal text's "Điều" ("Bãi bỏ khoản 2 Điều 5 Quyết định …" is work).
const REPEALS =
  /^(bai bo|huy bo|dung thuc hien|khong thuc hien)\s+(?:(cac\s+)?nhiem vu\b|(?:(?:diem|tiet)\s+\S{1,3}\s+)?(?:khoan\s+\d{1,2}\s+)?muc\s+[ivxl]{1,5}\b)/;
// A cell that is a verdict on its row, alone or with its reason ("Bãi bỏ (…)", "Hủy bỏ do …"): the task is dropped.
// "Bãi bỏ, đơn giản hóa 20% thủ tục" in a product column is work, not a verdict.
const DROPPED =
  /^\(?\s*(bai bo|huy bo|dung thuc hien|khong thuc hien|loai bo)(\s+nhiem vu( nay)?)?\s*($|[().;:]|(do|vi)\s|theo\s+(cong van|van ban|quyet dinh|thong bao|ket luan|chi dao|y kien|nghi quyet|ke hoach)\b)/;

/** Whether a folded item repeals tasks rather than sets one. */
export const repealsTasks = (folded: string): boolean => REPEALS.test(folded);

/** Whether a task table's row is repealed: a cell beside its task (a note, a time) drops it. */
export const repealedRow = (cells: readonly string[], taskColumn: number): boolean =>
  cells.some((cell, column) => column !== taskColumn && DROPPED.test(fold(cell, "(),.;:")));

/** Whether a task table's row holds its number alone, the words of its task struck out of it or never written. */
export const struckRow = (cells: readonly string[], refColumn: number | undefined): boolean =>
  refColumn !== undefined &&
  NUMBER_CELL.test(cells[refColumn]?.trim() ?? "") &&
  cells.every((cell, column) => column === refColumn || !cell.trim());
