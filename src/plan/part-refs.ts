// Task tables set under lettered parts ("A. NHIỆM VỤ CỦA CÁC SỞ" over one table, "B. …" over the next, as
// an appendix or a workbook of one sheet per group of units lays them out) often number their rows 1, 2, …
// anew in each part: a row is then known by its part and its number, "B.2", as a reader cites it and as
// the tasks of prose parts that number anew are (numbering.ts, partsRenumber). Groups of tasks numbered in
// Roman figures over tables of their own ("Biểu II. PHÁT TRIỂN HẠ TẦNG SỐ", "II. Hạ tầng số") are cited
// the same way, "II.3". Tables of one unit each under a numbered caption ("1. Sở Nội vụ" over its table, "2. Sở Tư
// pháp" over the next) add the caption's number: row 3 of the second is "II.2.3".
import type { Block } from "./document.ts";
import type { TaskDraft } from "./parsed-plan.ts";
import { markerOf, romanValue } from "./numbering.ts";
import { isSection, renamed } from "./section-refs.ts";
import { toldApart, type Titled } from "./told-apart.ts";

/**
 * Where a table's rows start among the tasks, the letter of the part it stands in (null: none), the Roman
 * group whose heading it stands under (null: none), and the number of its caption line (`table-owner.ts`).
 */
export interface TablePart {
  start: number;
  part: string | null;
  group: string | null;
  caption: string | null;
  /** The numbered item whose parts the table sets out ("II.4", `item-table.ts`): its rows are "II.4.1" …. */
  item?: string | null;
  /** The item announcing the table with a colon (`announced-rows.ts`): its parts when the rows crowd its list. */
  announcer?: { ref: string; at: number } | null;
  /** The lines over its header, nearest first, and its header: what may tell a sheet from the others. */
  titles?: Titled;
}

// "Biểu I. …", "BIỂU II: …", "Biểu III" on a line of its own: a table (form) of an appendix, numbered in Roman.
const FORM = /^(?:biểu|bảng)\s+([IVXLCDM]+)(?:\s*[.:]|\s+[-–]|$)/iu;
// An appendix's own heading ("PHỤ LỤC II", "Phụ lục: …"): the groups of the text before it end there.
const APPENDIX = /^phụ\s+lục\b/iu;

/**
 * The Roman group the tables after the paragraph `text` stand under, `current` being the one before it: a
 * Roman heading ("II. …", "Biểu II. …") opens one; an appendix's heading or a lettered part ends it.
 */
export function groupAfter(text: string, current: string | null): string | null {
  const form = FORM.exec(text)?.[1];
  if (form && romanValue(form) !== null) return form;
  if (APPENDIX.test(text)) return null;
  const marker = markerOf(text, current ? romanValue(current) : null);
  if (marker?.kind === "roman") return marker.ref;
  return marker?.kind === "part" ? null : current;
}

// "QUÝ II NĂM 2026", "Quý III/2026", "QUÝ IV": a quarter named by its numeral, alone on its line.
const QUARTER = /^quý\s+([IV]{1,3})(?=$|[\s/(.:,-])(?:\s*(?:năm\s+|\/\s*)\d{4})?\s*(?:\([^()]*\))?$/iu;

/**
 * A work programme laid out a table per quarter (a workbook's sheet per quarter, each printed under its own
 * "QUÝ II NĂM 2026" line) numbers each quarter's rows anew: a reader cites them by the quarter's numeral, "II.3".
 * The quarter among the title lines right over the header at `at` (up to three, none a row), else null.
 */
export function quarterTitle(blocks: readonly Block[], at: number): string | null {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const block = blocks[k]!;
    if (block.type !== "text") return null;
    const numeral = QUARTER.exec(block.text.trim())?.[1]?.toUpperCase();
    if (numeral && romanValue(numeral) !== null && romanValue(numeral)! <= 4) return numeral;
  }
  return null;
}

// "Phần II", "PHẦN 2": a part numbered in figures is cited by its figure, as a Roman section is ("II.3"); a part
// numbered in words ("Phần thứ hai") keeps its name.
const NUMBERED_PART = /^phần\s+([IVXLC]+|\d{1,2})$/iu;
const citedPart = (part: string | null) => (part ? (NUMBERED_PART.exec(part)?.[1] ?? part) : null);

/**
 * What a table's rows are cited by: its Roman group, unless its rows have sections of their own; else its part. A
 * group of a plan whose parts number their sections anew is known by its part too ("B.II", `partsRenumber`).
 */
function labelOf(table: TablePart, rows: TaskDraft[], lettered: boolean): string | null {
  const part = citedPart(table.part);
  const group = lettered && part && table.group ? `${part}.${table.group}` : table.group;
  const label = group && !rows.some((row) => isSection(row.ref)) ? group : part;
  if (!table.caption) return label;
  return label ? `${label}.${table.caption}` : table.caption;
}

/** Whether a table of a later part uses again a ref a table of an earlier part used: the parts number anew. */
function numberAnew(tables: TaskDraft[][], labels: (string | null)[]): boolean {
  const earlier = new Map<string, string>();
  return tables.some((rows, k) => {
    const label = labels[k];
    if (!label) return false;
    const refs = rows.map((t) => t.ref);
    if (refs.some((ref) => (earlier.get(ref) ?? label) !== label)) return true;
    for (const ref of refs) earlier.set(ref, label);
    return false;
  });
}

// A ref already cited through the part (the item a table's rows share out, their parent) stays as it is. A table
// numbered by a figure of its own ("Biểu số 2", a caption "2.") that numbers its rows anew has a row "2" too: its
// second row, cited "2.2", never the table itself.
const inPart = (task: TaskDraft, part: string, anew: boolean): TaskDraft =>
  renamed(task, (ref) =>
    (ref === part && !(anew && /^\d+$/.test(ref))) || ref.startsWith(`${part}.`) ? ref : `${part}.${ref}`,
  );

// A row of an item's table is a part of the item even when numbered as the item is: row "1" under "1. …:" is "1.1".
const inItem = (task: TaskDraft, item: string): TaskDraft => {
  const moved = inPart(task, item, false);
  return task.ref === item ? { ...moved, ref: `${item}.${task.ref}` } : moved;
};

/**
 * Every table's rows, refs headed by their part's letter or group's numeral where these number anew; `lettered`: the
 * plan's parts number their headings anew.
 */
export function withPartRefs(tasks: TaskDraft[], tables: TablePart[], lettered: boolean): TaskDraft[] {
  const rows = tables.map(({ start }, k) => tasks.slice(start, tables[k + 1]?.start ?? tasks.length));
  // A table no place cites is known by what tells its title from the other tables' (`told-apart.ts`).
  const told = toldApart(tables.map((table) => table.titles ?? { lines: [], header: "" }));
  const labels = tables.map((table, k) => labelOf(table, rows[k]!, lettered) ?? told[k]!);
  const anew = numberAnew(rows, labels);
  if (!anew && !tables.some((t) => t.item)) return tasks;
  return [
    ...tasks.slice(0, tables[0]?.start ?? tasks.length),
    ...rows.flatMap((own, k) => {
      // A table setting out one item's parts is cited through that item, whatever the other tables do.
      const item = tables[k]!.item;
      if (item) return own.map((t) => inItem(t, item));
      const label = anew ? labels[k] : null;
      return label ? own.map((t) => inPart(t, label, true)) : own;
    }),
  ];
}
