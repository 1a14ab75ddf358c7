// A table that sums a column beside its tasks (funds, counts) closes with a row of totals: "TỔNG CỘNG" in the first
// cells, merged across, and the sum under its column. It adds up the rows above it and is no task of its own, so it
// takes neither their lead nor their deadline. A list with no sums counts its rows there instead: "Tổng cộng: 14 nhiệm
// vụ", the label, a colon and how many items of a kind (a word or three) the table holds, which is no task either.
import { fold } from "../domain/text.ts";

const TOTAL = /^(tong cong|tong so|tong|cong)(\s*\(.*\))?\s*:?$/;
// Folded keeping the colon: "tong cong: 14 nhiem vu", "cong: 05 noi dung".
const COUNTED = /^(tong cong|tong so|tong|cong)\s*:\s*\d+(\s+[a-z]+){1,3}$/;

/**
 * Whether a table row is a totals row: its first filled cell says "Tổng cộng", "Tổng số", "Tổng" or "Cộng", alone or
 * with the count of the table's items after a colon.
 */
export function isTotalRow(cells: string[]): boolean {
  const first = cells.find((c) => c.trim());
  return first !== undefined && (TOTAL.test(fold(first.trim())) || COUNTED.test(fold(first, ":")));
}
