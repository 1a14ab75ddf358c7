// The text between and inside a plan's task tables, as the walk over its blocks (`task-table.ts`) reads it: a
// heading grouping a table's rows, a section's line that is a row of the table, and the numbered lines and parts a
// table stands under.
import type { Block } from "./document.ts";
import { markerOf } from "./numbering.ts";
import { groupAfter } from "./part-refs.ts";
import { isGroupHeading } from "./group-heading.ts";
import { isSectionLine } from "./section-lines.ts";
import { headerRows } from "./table-header.ts";
import type { TableLayout } from "./table-layout.ts";
import { headingMonth } from "./month-column.ts";
import { unitHeadingLead } from "./group-lead.ts";
import type { TableWalk } from "./table-walk.ts";

/** Block `i` as the walk reads it: inside a table, a section's line ("II. …" copied to text) is a row of it. */
export function blockAt(walk: TableWalk, i: number): Block {
  const { blocks, layout } = walk;
  const line = blocks[i]!;
  return line.type === "text" && layout && isSectionLine(line.text, blocks[i + 1]) && !headerRows(blocks, i + 1).length
    ? { type: "row", cells: [line.text] }
    : line;
}

/**
 * A heading over the rows below it, a line or a row merged across the table: one naming a month ("THÁNG 01") dates
 * the rows under it as a month column would (`src/plan/month-column.ts`); in a table with no lead column, one naming
 * a unit leads them (`group-lead.ts`).
 */
export function readGroupHeading(walk: TableWalk, layout: TableLayout, text: string): void {
  walk.month = layout.columns.month === undefined ? headingMonth(text) : walk.month;
  walk.monthBlocks ||= !!walk.month;
  if (walk.owner) walk.headingLead = unitHeadingLead(walk.ctx, text);
}

/**
 * A heading grouping the rows below it ends no table. One over a header of its own ("QUÝ II NĂM 2026" over
 * "STT | Nội dung …" again) titles the next table; a part's heading in capitals ("PHẦN II. NHIỆM VỤ CỤ THỂ") ends
 * the table too: the tables after it stand in that part, their rows cited by it ("II.1", `part-refs.ts`).
 */
function groupsRows(walk: TableWalk, text: string, i: number): boolean {
  const { blocks } = walk;
  return (
    blocks[i + 1]?.type === "row" &&
    isGroupHeading(text) &&
    !headerRows(blocks, i + 1).length &&
    markerOf(text, null, walk.part)?.kind !== "part"
  );
}

/** The text line `text` at block `i`: a heading inside the table, or a line that ends it and may number the next. */
export function readTextLine(walk: TableWalk, text: string, i: number): void {
  if (walk.layout && groupsRows(walk, text, i)) return readGroupHeading(walk, walk.layout, text);
  const marker = markerOf(text, null, walk.part);
  if (marker?.kind === "part") walk.part = marker.ref;
  if (marker && marker.kind !== "bullet") walk.item = marker.ref;
  walk.group = groupAfter(text, walk.group);
  walk.layout = null;
}
