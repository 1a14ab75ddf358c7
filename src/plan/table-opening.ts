// A task table's header, as the walk over a plan's blocks (`task-table.ts`) meets it: the first opens a table, whose
// rows take nothing from the table before it and whose place in the plan (the item, part or caption over it) cites
// them; a header repeated on a new page goes on with the table, its layout read again.
import { blockText, type Block } from "./document.ts";
import type { TableLayout } from "./table-layout.ts";
import { tableLayout } from "./table-layout.ts";
import { COLUMN_NAMES, headerRows } from "./table-header.ts";
import { alignGroupTitles } from "./text-header.ts";
import { titledByContent, unnumberedByContent } from "./content-columns.ts";
import { periodMatrixHeader } from "./period-matrix.ts";
import { quarterTitle } from "./part-refs.ts";
import { formTitle } from "./form-number.ts";
import { titleLines } from "./told-apart.ts";
import { datingItem, detailedItem } from "./item-table.ts";
import { announcingItem } from "./announced-rows.ts";
import { tableCaption, tableOwner } from "./table-owner.ts";
import { monthNumbered } from "./month-numbers.ts";
import { tableMonth } from "./month-tabs.ts";
import { openDatingItem } from "./open-rows.ts";
import type { TableWalk } from "./table-walk.ts";

/**
 * A new table at block `first`: its place among the tables (`part-refs.ts`), the item
 * over it that dates it, and none of the table before's counts. `ownHeader`: a header known by its cells, as written.
 */
function openTable(walk: TableWalk, first: number, ownHeader: string): void {
  const { blocks, ctx, group } = walk;
  walk.dittos.reset();
  // A numbered line naming the table's unit ("3. Sở Tư pháp") tells it from the other units' tables.
  const caption = tableCaption(ctx.resolver, blocks, first)?.ref ?? null;
  // "4. Tổ chức các đợt kiểm tra … theo lịch tại khung dưới đây." over it: its rows are that item's parts.
  // "3. … chậm nhất là ngày 25/4/2025:" over a table with no time column: its rows share out that item's work.
  const dating = datingItem(blocks, first, group);
  const item = detailedItem(ctx.resolver, blocks, first, group) ?? dating?.ref ?? null;
  // A table titled by its quarter ("QUÝ II NĂM 2026") numbers anew under it (`quarterTitle`, part-refs.ts), and so
  // does one titled by its form's number ("Biểu số 4", `form-number.ts`).
  const titled = quarterTitle(blocks, first) ?? formTitle(blocks, first) ?? group;
  // "7. Đối với UBND các xã (chi tiết tại bảng dưới đây):" over it: its parts when its rows crowd the list.
  const announcer = !item ? announcingItem(blocks, first, group) : null;
  walk.tableStart = walk.tasks.length;
  const titles = { lines: titleLines(blocks, first), header: blockText(blocks[first]!) };
  walk.tables.push({ start: walk.tableStart, part: walk.part, group: titled, caption, item, announcer, titles });
  walk.datedBy = openDatingItem(ctx, walk.stack, walk.datedBy, dating);
  [walk.unnumbered, walk.selfNumbered] = [0, false];
  walk.ownHeader = ownHeader;
}

/** Who leads a new table's rows when it has no lead column, and whether its month or time cells number months. */
function ownTable(walk: TableWalk, first: number, headers: string[][], layout: TableLayout): void {
  const noLeads = layout.columns.lead === undefined && !layout.unitMarks;
  walk.owner = noLeads ? tableOwner(walk.ctx.resolver, walk.blocks, first, headers) : null;
  walk.numbered = monthNumbered(walk.blocks, first, headers, layout.columns);
  walk.headingLead = [];
}

/** The header rows starting at block `first` (one row, row `block`, known by its cells: `byContent`). */
function readHeaderRows(walk: TableWalk, block: Block, first: number, headers: string[][], byContent: boolean): void {
  // A table's first rows take nothing from the table before it; a header repeated on a new page goes on.
  const opens = !walk.layout;
  if (opens) openTable(walk, first, byContent && block.type === "row" ? block.cells.join("\t") : "");
  // The same header again on a new page keeps the layout the table's first rows gave: a page of one or two rows
  // ("STC" alone under "Cấp tỉnh") tells its columns worse than the many before it did.
  const written = headers.map((row) => row.join("\t")).join("\n");
  const layout =
    !opens && walk.layout && written === walk.headerWritten
      ? walk.layout
      : tableLayout(walk.blocks, first + headers.length - 1, headers, walk.ctx.abbreviations);
  [walk.layout, walk.headerWritten] = [layout, written];
  if (opens) ownTable(walk, first, headers, layout);
  // A sheet's month named over its table ("Tháng 3", the tab's line) dates its rows (`month-tabs.ts`).
  walk.month = layout.columns.month === undefined ? tableMonth(walk.blocks, first) : null;
  walk.monthBlocks = !!walk.month;
}

/** The header at row `block`, block `i`: how many blocks past `i` it takes, or null when the row is no header. */
export function readHeader(walk: TableWalk, block: Block, i: number): number | null {
  const { blocks, ctx, layout } = walk;
  const named = alignGroupTitles(headerRows(blocks, i));
  // Titles dondoc does not know: the columns as their cells show them (`src/plan/content-columns.ts`).
  const byContent =
    named.length === 0 && !layout
      ? (titledByContent(blocks, i, COLUMN_NAMES) ?? unnumberedByContent(blocks, i, COLUMN_NAMES))
      : null;
  const headers = byContent ? [byContent] : named;
  // Periods under a title naming the tasks ("Nhiệm vụ, thời gian thực hiện" over "Quý I" … "Quý IV"), a row per
  // unit: a matrix whose cells are the tasks, read by `period-matrix.ts`; its rows are no task table's.
  const matrixHeader = headers.length > 0 && !layout ? periodMatrixHeader(blocks, i, ctx) : 0;
  if (matrixHeader > 0) return Math.max(headers.length, matrixHeader) - 1;
  if (headers.length === 0) return null;
  readHeaderRows(walk, block, i, headers, !!byContent);
  return headers.length - 1;
}
