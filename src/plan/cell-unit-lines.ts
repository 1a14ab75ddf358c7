// A task table with no column of units (often one made in Excel: STT | Nội dung | Sản phẩm | Thời hạn) may say who
// does each task in the task's own cell, on lines under its words: "Quán triệt … đến cán bộ, công chức" ⏎ "Chủ trì:
// Sở Nội vụ" ⏎ "Phối hợp: Ủy ban MTTQ tỉnh". Those lines are no part of the title: they are the row's lead and
// partners, as label lines under an item of prose are (`labels.ts`). Word and PDF join a cell's lines with a space,
// so the labels are found where a capital opens one ("… công chức Chủ trì: Sở Nội vụ Phối hợp: …").
import { itemLabels, labelsOf } from "./labels.ts";
import type { Columns } from "./table-header.ts";

export interface CellUnits {
  /** The task's words, before its first label. */
  title: string;
  /** The lead's names as written, the partners' too ("" for none), the lists' semicolons kept. */
  lead: string;
  coordinators: string;
}

/**
 * The title and units a task cell's label lines give; null unless it names a lead so and nothing else after it, or
 * when the table has a column of leads or partners: its units are named there.
 */
export function cellUnits(cell: string, columns: Pick<Columns, "lead" | "coordinators">): CellUnits | null {
  if (columns.lead !== undefined || columns.coordinators !== undefined) return null;
  const [title, ...pieces] = itemLabels(cell);
  if (!title || pieces.length === 0) return null;
  const lead: string[] = [];
  const coordinators: string[] = [];
  for (const label of pieces.flatMap((piece) => labelsOf(piece) ?? [null])) {
    if (label?.role === "lead") lead.push(label.value);
    else if (label?.role === "coordinators") coordinators.push(label.value);
    // A time, a product or words of the task after a label: the cell is laid out otherwise, read as it was.
    else return null;
  }
  const list = (values: string[]) => values.map((v) => v.replace(/[\s.;]+$/, "")).join("; ");
  return lead.length ? { title, lead: list(lead), coordinators: list(coordinators) } : null;
}
