// A task table with no column of units (often one made in Excel: STT | Nội dung | Sản phẩm | Thời hạn) may say who
// does each task in the task's own cell, on lines under its words: "Quán triệt … đến cán bộ, công chức" ⏎ "Chủ trì:
// Sở Nội vụ" ⏎ "Phối hợp: Ủy ban MTTQ tỉnh". Those lines are no part of the title: they are the row's lead and
// partners, as label lines under an item of prose are (`labels.ts`). Word and PDF join a cell's lines with a space,
// so the labels are found where a capital opens one ("… công chức Chủ trì: Sở Nội vụ Phối hợp: …").
import { fold } from "../domain/text.ts";
import { itemLabels, labelsOf, opensLabel } from "./labels.ts";
import type { Columns } from "./table-header.ts";

export interface CellUnits {
  /** The task's words, before its first label. */
  title: string;
  /** The lead's names as written, the partners' too ("" for none), the lists' semicolons kept. */
  lead: string;
  coordinators: string;
}

/** The lead's and partners' values of label pieces, or null when a piece labels anything else or nothing. */
function roleValues(pieces: string[]): { lead: string[]; coordinators: string[] } | null {
  const lead: string[] = [];
  const coordinators: string[] = [];
  for (const label of pieces.flatMap((piece) => labelsOf(piece) ?? [null])) {
    if (label?.role === "lead") lead.push(label.value);
    else if (label?.role === "coordinators") coordinators.push(label.value);
    // A time, a product or words of the task after a label: the cell is laid out otherwise, read as it was.
    else return null;
  }
  return { lead, coordinators };
}

/** The values as one list; a value of marks alone ("Phối hợp: -", "—") names no one. */
const list = (values: string[]) =>
  values
    .map((v) => v.replace(/[\s.;]+$/, ""))
    .filter((v) => /[\p{L}\p{N}]/u.test(v))
    .join("; ");

/**
 * The title and units a task cell's label lines give; null unless it names a lead so and nothing else after it, or
 * when the table has a column of leads or partners: its units are named there.
 */
export function cellUnits(cell: string, columns: Pick<Columns, "lead" | "coordinators">): CellUnits | null {
  if (columns.lead !== undefined || columns.coordinators !== undefined) return null;
  const [title, ...pieces] = itemLabels(cell);
  const roles = title && pieces.length ? roleValues(pieces) : null;
  return roles?.lead.length ? { title, lead: list(roles.lead), coordinators: list(roles.coordinators) } : null;
}

// One column of units for both roles ("Cơ quan thực hiện") may hold the labels inside its cell, on lines of their
// own: "Chủ trì: Sở A ⏎ Phối hợp: Sở B; Sở C", "CT: … ⏎ PH: …", "Chủ trì thực hiện: … ⏎ Đơn vị phối hợp: …", a label
// alone on its line over the names, the partners written first. The labels decide who leads, not the lines' order;
// a cell's lines come joined by spaces, so each label is found where a capital or a dash opens it.
/** Words of a role said in a sentence ("Sở A chủ trì, phối hợp với Sở B"): a label's value holding them is prose. */
const ROLE_WORDS = /\b(chu tri|phoi hop)\b/;

/**
 * The lead and partners a unit cell made only of role labels names; null for any other cell, or one whose labels'
 * values say roles in words (read as a sentence), or when a column of partners stands beside it.
 */
export function labelledUnitCell(
  cell: string,
  columns: Pick<Columns, "coordinators">,
): Omit<CellUnits, "title"> | null {
  if (columns.coordinators !== undefined || !opensLabel(cell.replace(/^[\s\-–—+•]+/, ""))) return null;
  const roles = roleValues(itemLabels(cell));
  const [lead, coordinators] = roles ? [list(roles.lead), list(roles.coordinators)] : ["", ""];
  return lead && !ROLE_WORDS.test(fold(`${lead} ${coordinators}`)) ? { lead, coordinators } : null;
}
