// A table that sums a column beside its tasks (funds, counts) closes with a row of totals: "TỔNG CỘNG" in the first
// cells, merged across, and the sum under its column. It adds up the rows above it and is no task of its own, so it
// takes neither their lead nor their deadline.
import { fold } from "../domain/text.ts";

const TOTAL = /^(tong cong|tong so|tong|cong)(\s*\(.*\))?\s*:?$/;

/** Whether a table row is a totals row: its first filled cell says "Tổng cộng", "Tổng số", "Tổng" or "Cộng". */
export function isTotalRow(cells: string[]): boolean {
  const first = cells.find((c) => c.trim());
  return first !== undefined && TOTAL.test(fold(first.trim()));
}
