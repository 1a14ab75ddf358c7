// A task table may give each task two rows: its title across the whole table ("1. Xây dựng …", often shaded), then a
// row of its details under it, one cell each for who leads, who helps, by when (and what it yields). The header says
// so: the task's title ("Nội dung nhiệm vụ") across the table over a row naming who and when and no task column.
// Word merges the title across (w:gridSpan, or Word 97's w:hMerge), a PDF draws it across, a text copy writes it as a
// line between the rows. A careful reader reads each title with the details under it as one task: the table is given
// back a row per task, the title in a task column before the details, so every rule for task tables reads it.
// A title row with no details under it (a group "I. …" over the tasks under it) stays a row of the title alone.
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import { columnRole, type Role } from "./table-header.ts";
import { sectionHead } from "./section-lines.ts";
import { describesTaskAbove } from "./describing-rows.ts";

type Row = Extract<Block, { type: "row" }>;

/** The text of a block that is a title alone: a line, or a row whose first cell only is filled; else null. */
function titleAlone(block: Block | undefined): string | null {
  if (block?.type === "text") return block.text.trim() || null;
  if (block?.type !== "row" || block.cells.slice(1).some((cell) => cell.trim())) return null;
  return block.cells[0]?.trim() || null;
}

/** A header's title of the task alone over the details' header: "Nội dung nhiệm vụ", "Tên nhiệm vụ", a few words. */
const TASK_TITLE = (text: string) => columnRole(text) === "task" && !/\d/.test(text) && text.split(/\s+/).length <= 6;

/** Who and when, never the task: a row naming the details' columns, two at least, one of them the lead or time. */
function detailsHeader(block: Block | undefined): block is Row {
  if (block?.type !== "row") return false;
  const roles = block.cells.map((cell) => columnRole(cell)).filter((r): r is Role => r !== undefined);
  const named = block.cells.filter((cell) => cell.trim()).length;
  return named >= 2 && !roles.includes("task") && (roles.includes("lead") || roles.includes("deadline"));
}

/**
 * The row of details under a title: any row under a text copy's line, a row of two cells filled at least under a title
 * row (one filling its first cell only is the next title).
 */
const isDetails = (block: Block | undefined, title: Block): block is Row =>
  block?.type === "row" && block.cells.filter((cell) => cell.trim()).length >= (title.type === "text" ? 1 : 2);

/** Whether a title alone may head a task: no note on the row above ("Sản phẩm: …"). */
const asTitle = (text: string | null): text is string => text !== null && !describesTaskAbove(text);

/** The task's row: its title, then its details, each cell's notes kept with it. */
function taskRow(title: Block, text: string, details: Row): Row {
  const titleNotes = title.type === "row" ? (title.notes?.[0] ?? []) : (title.notes ?? []);
  const notes = titleNotes.length || details.notes ? [titleNotes, ...(details.notes ?? [])] : undefined;
  return { type: "row", cells: [text, ...details.cells], ...(notes && { notes }) };
}

/** The table's rows from its first title on, read as rows per task; and where the table ends. */
function readTable(blocks: Block[], from: number, width: number): { rows: Block[]; end: number } {
  const rows: Block[] = [];
  let at = from;
  for (;;) {
    const text = titleAlone(blocks[at]);
    if (!asTitle(text)) break;
    if (isDetails(blocks[at + 1], blocks[at]!)) {
      rows.push(taskRow(blocks[at]!, text, blocks[at + 1] as Row));
      at += 2;
      continue;
    }
    // A group's row over titled tasks: a row in Word and PDF, a section's line ("II. …") in a text copy.
    const group = blocks[at]!.type === "row" || sectionHead(text) !== null;
    if (!group || !asTitle(titleAlone(blocks[at + 1])) || !isDetails(blocks[at + 2], blocks[at + 1]!)) break;
    rows.push({ type: "row", cells: [text, ...Array<string>(width).fill("")] });
    at += 1;
  }
  return { rows, end: at };
}

/** The blocks with every table of title rows over detail rows read as a row per task. */
export function withTitleRows(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const [head, header] = [titleAlone(blocks[i]), blocks[i + 1]];
    const opens = head !== null && TASK_TITLE(fold(head)) && detailsHeader(header);
    const table = opens ? readTable(blocks, i + 2, header.cells.length) : null;
    if (!opens || !table?.rows.length) {
      out.push(blocks[i]!);
      continue;
    }
    out.push({ type: "row", cells: [head, ...header.cells] }, ...table.rows);
    i = table.end - 1;
  }
  return out;
}
