// What a task table's row says in each role's column (`Role`: its number, task, lead, time …), as its cells write it
// or as its own words put it where the table has no such column: a number in the units' or the task's cell, a lead
// and a time in one column, units on lines under the task's words, a note moving its time.
import { roleColumns, type Columns, type Role } from "./table-header.ts";
import type { TableLayout } from "./table-layout.ts";
import { noteMovingTime } from "./time-columns.ts";
import { cellUnits, labelledUnitCell, type CellUnits } from "./cell-unit-lines.ts";
import { leadAndTime } from "./lead-time-column.ts";
import { visitTitle } from "./visit-title.ts";
import { numberedTaskCell, numberedUnitCell, unnumberedRowRef } from "./unnumbered-rows.ts";
import type { TableWalk } from "./table-walk.ts";

export interface RowCells {
  /** The row's cells, "Nt" filled (`ditto-cells.ts`). */
  cells: string[];
  /** What the row says in a role's column. */
  cell: (role: Role) => string;
  /** What the row's own words say where the table has no column for it, or in place of the column's cell. */
  own: Partial<Record<Role, string>>;
  /** The units the task's cell names on lines under its words (`src/plan/cell-unit-lines.ts`). */
  inCell: CellUnits | null;
  /** Whether a cell's labels name the lead and partners, under its words or in the one unit column. */
  labelled: boolean;
  /** Whether the task's cell numbers the row, as a number column would (`unnumbered-rows.ts`). */
  numbered: boolean;
}

/** A role's cells in the row, "; " between them (a role may have several columns). */
const joined = (columns: Columns, cells: string[], role: Role) =>
  roleColumns(columns, role)
    .map((c) => cells[c] ?? "")
    .filter(Boolean)
    .join("; ");

/**
 * A row's own work, else its group's cell when it has none (a group row over a table of its own); with no column of
 * units, the task's cell may name them on lines under its words, "Chủ trì: …" and "Phối hợp: …" (cell-unit-lines.ts).
 */
function taskWords(layout: TableLayout, cells: string[]): { words: string; inCell: CellUnits | null } {
  const { columns } = layout;
  const task = () =>
    joined(columns, cells, "task") || (columns.group !== undefined ? (cells[columns.group] ?? "") : "");
  const inCell = layout.unitMarks ? null : cellUnits(task(), columns);
  return { words: inCell?.title ?? task(), inCell };
}

/** The row `cells` of a table of layout `layout`, under paragraph `walk.item`. */
export function rowCells(walk: TableWalk, layout: TableLayout, cells: string[]): RowCells {
  const { columns } = layout;
  const units = joined(columns, cells, "lead");
  // No number column: the units' cell may number the row (`src/plan/unnumbered-rows.ts`). One column may say
  // who leads and by when (`src/plan/lead-time-column.ts`).
  const unitNumber = columns.ref === undefined ? numberedUnitCell(units) : null;
  const leadTime = columns.leadTime === undefined ? null : leadAndTime(units);
  const { words, inCell } = taskWords(layout, cells);
  // One unit column may hold "Chủ trì: …" and "Phối hợp: …" lines in its cell (`cell-unit-lines.ts`).
  const labelled = leadTime || unitNumber ? null : labelledUnitCell(units, columns);
  // Or the task's cell may number it, as a number column would: "1. Rà soát …" is row 1 (`unnumbered-rows.ts`).
  const ownNumber = columns.ref === undefined && !unitNumber ? numberedTaskCell(words) : null;
  const own: Partial<Record<Role, string>> = {
    ...(unitNumber && { ref: unnumberedRowRef(walk.item, unitNumber.n), lead: unitNumber.unit }),
    ...(ownNumber && { ref: ownNumber.ref }),
    ...(leadTime && { lead: leadTime.lead, deadline: leadTime.time }),
    ...(inCell && { lead: inCell.lead, coordinators: inCell.coordinators }),
    ...(labelled && { lead: labelled.lead, coordinators: labelled.coordinators }),
    ...noteMovingTime(cells, layout.notes, walk.ctx.issued),
  };
  // A visit's unit with what it looks at ("Kiểm tra UBND xã A: …", `visit-title.ts`).
  const cell = (role: Role) =>
    role === "task"
      ? visitTitle(layout.visitWork, ownNumber?.title ?? words, cells)
      : (own[role] ?? joined(columns, cells, role));
  return { cells, cell, own, inCell, labelled: !!(inCell || labelled), numbered: !!ownNumber };
}
