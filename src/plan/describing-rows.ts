// A task table may write under a task's row one more row, merged across every column, that tells what the task
// yields and how its result is judged: "Sản phẩm: Kế hoạch của Sở Nội vụ; Kết quả cần đạt: 100% cơ quan … trong năm
// 2024", "Yêu cầu: …", "Ghi chú: …". It belongs to the row above: no task of its own, no group heading over the rows
// below, and its dates (the year the result is counted in, "số liệu tính đến ngày 30/11") are no one's deadline.
// Word and PDF keep it a row with one filled cell; a text copy writes it as a line with no tab between the table's
// rows, which does not end the table.
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";

// The label opening it, before a colon: a product, a result or target to reach, a requirement, a note.
const LABEL =
  /^(?:san pham(?: dau ra| du kien| cu the)?|ket qua(?: can dat| dau ra| du kien| mong doi)?|yeu cau(?: can dat)?|chi tieu(?: can dat)?|ghi chu|luu y)\s*:/;

/** Whether `text` (one cell or line) describes the task above it: it opens with such a label. */
export const describesTaskAbove = (text: string): boolean => LABEL.test(fold(text.trimStart().slice(0, 40), ":"));

/** Whether a table row describes the task above: one text fills it (merged across, or in a cell of its own). */
export function isDescribingRow(cells: readonly string[]): boolean {
  let text: string | null = null;
  for (const cell of cells) {
    const trimmed = cell.trim();
    if (!trimmed || trimmed === text) continue;
    if (text !== null) return false;
    text = trimmed;
  }
  return text !== null && describesTaskAbove(text);
}

/** Whether block `i` describes the task row above it: such a row, or such a line right under a row. */
export function describesRowAbove(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i];
  if (block?.type === "row") return isDescribingRow(block.cells);
  return block?.type === "text" && blocks[i - 1]?.type === "row" && describesTaskAbove(block.text);
}
