// An Excel pivot table pasted as values: a "Row Labels" column nesting its fields one under another, a count
// column beside it, and columns typed next to it:
//   Row Labels                    | Count of Nhiệm vụ | Đơn vị phối hợp
//   Sở Kế hoạch và Đầu tư         |                   |                         ← the unit (often bold)
//    Rà soát danh mục dự án …     |                   | Sở Tài chính            ← its task, partners beside it
//      Trước 30/4/2024            | 1                 |                         ← the task's deadline, counted
//   Sở Kế hoạch và Đầu tư Total   | 1                 |                         ← the unit's subtotal
//   Grand Total                   | 17                |
// Indents are formatting the paste may lose, so the levels are told by the counts: the deepest level is the rows
// counted, the row above a counted one is their task, a row above that one the unit leading every task under it
// (until its subtotal or the next unit). The outline is rewritten as the task table it sums, one row per counted
// item: "Nội dung | Đơn vị chủ trì | <typed columns> | Thời hạn"; subtotals and the grand total are no tasks.
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import { closesGroup } from "./subtotal-label.ts";

type Row = Extract<Block, { type: "row" }>;

// Excel's head of the row fields, in English and in Vietnamese.
const ROW_LABELS = /^(row labels|nhan hang)$/;
// A value column: "Count of Nhiệm vụ", "Sum of Kinh phí", "Đếm Nhiệm vụ", "Tổng của Kinh phí".
const AGGREGATE = /^((count|sum|average|max|min) of|dem|so dem cua|tong cua|trung binh cua) /;
const GRAND_TOTAL = /^(grand total|tong cuoi|tong cong)$/;

const cellsOf = (block: Block): string[] => (block.type === "row" ? block.cells : [block.text]);
const labelOf = (block: Block): string => (cellsOf(block)[0] ?? "").trim();

interface Outline {
  header: string[];
  rows: Row[];
  end: number;
}

/** The task table of the outline under the head row at `at`, and where the outline ends. */
function readOutline(blocks: Block[], at: number): Outline {
  const head = (blocks[at] as Row).cells;
  const counts = head.flatMap((cell, i) => (i > 0 && AGGREGATE.test(fold(cell.trim()) + " ") ? [i] : []));
  const typed = head.flatMap((cell, i) => (i > 0 && !counts.includes(i) ? [i] : []));
  const rows: Row[] = [];
  let group = "";
  // The uncounted rows since the last counted one, each as its cells.
  let pending: string[][] = [];
  let end = at + 1;
  for (; end < blocks.length; end++) {
    const block = blocks[end]!;
    const label = labelOf(block);
    const cells = cellsOf(block);
    if (GRAND_TOTAL.test(fold(label))) return { header: heading(head, typed), rows, end: end + 1 };
    // A paragraph after the table, not a row label of it: the outline ended without a grand total.
    if (block.type === "text" && blocks[end + 1]?.type !== "row") break;
    if (group && closesGroup(label, group)) {
      [group, pending] = ["", []];
      continue;
    }
    if (!counts.some((i) => cells[i]?.trim())) {
      pending.push(cells);
      continue;
    }
    // The uncounted labels above a counted one: the last is its task, one before it the unit leading it.
    if (pending.length >= 2) group = (pending[pending.length - 2]![0] ?? "").trim();
    const parent = pending[pending.length - 1];
    const title = parent ? (parent[0] ?? "").trim() : label;
    const own = parent ?? cells;
    rows.push({ type: "row", cells: [title, group, ...typed.map((i) => own[i] ?? ""), parent ? label : ""] });
    pending = [];
  }
  return { header: heading(head, typed), rows, end };
}

const heading = (head: string[], typed: number[]): string[] => [
  "Nội dung",
  "Đơn vị chủ trì",
  ...typed.map((i) => head[i] ?? ""),
  "Thời hạn",
];

/** The blocks with every pasted pivot outline rewritten as the task table it sums. */
export function withPivotOutlines(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let at = 0; at < blocks.length;) {
    const block = blocks[at]!;
    if (block.type !== "row" || !ROW_LABELS.test(fold(labelOf(block)))) {
      out.push(block);
      at++;
      continue;
    }
    const outline = readOutline(blocks, at);
    if (outline.rows.length) out.push({ type: "row", cells: outline.header }, ...outline.rows);
    else out.push(...blocks.slice(at, outline.end));
    at = outline.end;
  }
  return out;
}
