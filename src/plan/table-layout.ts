// What a task table's header says about reading each of its rows: the columns (`table-header.ts`), units
// as columns marked in each row, the time grids (quarters, weeks, deadline groups), whether rows are
// visits, and the lead column's own title.
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import { bodyRows, mapColumns, namesColumn, VISITED, type Columns } from "./table-header.ts";
import { quarterColumns, type QuarterColumns } from "./quarter-columns.ts";
import { weekColumns, type WeekColumns } from "./week-columns.ts";
import { deadlineGroups, type DeadlineGroups } from "./deadline-groups.ts";
import { markedColumns, namesUnderKinds, unitColumns } from "./unit-columns.ts";
import { definedUnitColumns, otherUnitsColumn } from "./defined-unit-columns.ts";
import { isRunningOrder } from "./running-order.ts";
import { kindLeadColumn } from "./kind-lead-column.ts";
import { targetColumns } from "./target-columns.ts";
import { visitWork, type VisitWork } from "./visit-title.ts";
import { datingItem } from "./item-table.ts";
import { recordRows } from "./document-columns.ts";
import { tableMonth } from "./month-tabs.ts";
import { noteColumns } from "./time-columns.ts";
import { yearColumns } from "./year-columns.ts";
import { cutOffColumns, type CutOffColumns } from "./cut-off-columns.ts";

export interface TableLayout {
  columns: Columns;
  /** Units as columns, each row marking who leads and who helps (`unit-columns.ts`), and a column for others. */
  unitMarks: Map<number, string> | null;
  otherUnits: number | undefined;
  quarters: QuarterColumns | null;
  weeks: WeekColumns | null;
  groups: DeadlineGroups | null;
  /** A time column split by year ("Năm 2025 | Năm 2026"), each cell in its column's year (`year-columns.ts`). */
  years: Map<number, number> | null;
  /** A roadmap of figures due by days, a column each, the year's target beside (`cut-off-columns.ts`). */
  cutOffs: CutOffColumns | null;
  /** A time column split by what the work is done for ("Dự án 1 | 2"), each named (`target-columns.ts`). */
  targets: Map<number, string> | null;
  /** An inspection schedule: each row a visit, a team's head and members merged down over its visits. */
  visits: boolean;
  /** A visit's content column beside the unit visited, which titles the task with it (`visit-title.ts`). */
  visitWork: VisitWork | null;
  /** The lead column's title as the table writes it, which a group row may label its lead with. */
  leadTitle: string;
  /** The columns of a row's notes, which may move its time (`noteMovingTime`, `time-columns.ts`). */
  notes: number[];
  /** Whether a row writes out its document's number, a system's record merged with no row (`document-columns.ts`). */
  record: (cells: string[]) => boolean;
}

/** The layout of a table with a task column, which a task row is read by. */
export type TaskLayout = TableLayout & { columns: Columns & { task: number } };

/**
 * The layout of the table whose header rows `headers` end at block `last`. `defined`: short forms the plan
 * defines, which may head a matrix's unit columns (`defined-unit-columns.ts`).
 */
export function tableLayout(
  blocks: Block[],
  last: number,
  headers: string[][],
  defined: ReadonlyMap<string, string>,
): TableLayout {
  const body = bodyRows(blocks, last + 1);
  const byKind = unitColumns(headers);
  const kinds = byKind && namesUnderKinds(body, byKind) ? [...byKind.keys()] : [];
  // Units' names alone over columns of roles, one header row: the body's marks tell them (`unit-columns.ts`).
  const unitMarks = kinds.length
    ? null
    : (byKind ?? definedUnitColumns(headers.at(-1)!, defined) ?? markedColumns(headers.at(-1)!, body, namesColumn));
  const dated = datingItem(blocks, last - headers.length + 1, null) !== null;
  const monthNamed = tableMonth(blocks, last - headers.length + 1) !== null;
  const mapped = mapColumns(headers, unitMarks, kinds, dated, monthNamed);
  // No lead column, but one naming a body of the kind its title says in each row: that body leads.
  if (mapped.lead === undefined && !unitMarks) mapped.lead = kindLeadColumn(headers.at(-1)!, body);
  // A meeting's programme, its times hours of the one day: the day's running order, no tasks (`running-order.ts`).
  const columns = isRunningOrder(body, mapped.deadline) ? {} : mapped;
  const titles = blocks[last]!;
  return {
    columns,
    unitMarks,
    otherUnits: unitMarks ? otherUnitsColumn(headers.at(-1)!) : undefined,
    quarters: quarterColumns(headers),
    weeks: weekColumns(headers),
    groups: unitMarks && deadlineGroups(headers, unitMarks),
    targets: targetColumns(blocks, last, headers),
    years: yearColumns(headers),
    cutOffs: cutOffColumns(headers),
    visits: headers.some((h) => VISITED.test(fold(h[columns.task ?? -1] ?? ""))),
    visitWork: visitWork(headers, columns),
    leadTitle: titles.type === "row" && columns.lead !== undefined ? (titles.cells[columns.lead] ?? "") : "",
    record: recordRows(blocks, last - headers.length + 1, headers),
    notes: noteColumns(headers, columns),
  };
}
