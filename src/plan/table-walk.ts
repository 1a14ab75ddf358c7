// The state of the walk over a plan's blocks that reads its task tables (`task-table.ts`): what the tables read so
// far hold, and what the table being read says of its rows. Each step of the walk (a text line, a header, a row)
// reads and updates it, so the steps live in modules of their own and the walk stays a loop.
import type { ResolvedName } from "../domain/resolve-units.ts";
import type { Block } from "./document.ts";
import type { TaskDraft } from "./parsed-plan.ts";
import type { TablePart } from "./part-refs.ts";
import type { TaskContext } from "./task-context.ts";
import type { TableLayout } from "./table-layout.ts";
import type { RowMonth } from "./month-column.ts";
import type { MonthNumbers } from "./month-numbers.ts";
import type { TableOwner } from "./table-owner.ts";
import type { Open } from "./open-rows.ts";
import { saysFirstListedLeads } from "./first-listed-lead.ts";
import { DittoColumns } from "./ditto-cells.ts";

export interface TableWalk {
  readonly blocks: Block[];
  readonly ctx: TaskContext;
  readonly tasks: TaskDraft[];
  /** The rows open over the row being read (`open-rows.ts`). */
  readonly stack: Open[];
  readonly tables: TablePart[];
  /** The layout the header of the table being read gives its rows; none between tables. */
  layout: TableLayout | null;
  /** Where the table being read starts in `tasks`. */
  tableStart: number;
  month: RowMonth | null;
  /** A month or time column titled as months, whose cells may be bare month numbers (`month-numbers.ts`). */
  numbered: MonthNumbers | null;
  /** Rows dated by month headings: one under a heading of no month has no time, not the one above. */
  monthBlocks: boolean;
  part: string | null;
  /** The Roman group ("Biểu II. …", "II. …") the next table stands under (`src/plan/part-refs.ts`). */
  group: string | null;
  /** A table with no lead column names its rows' leads in its heading or their notes. */
  owner: TableOwner | null;
  /** The unit a heading in capitals with no number names, over the rows of such a table under it (`group-lead.ts`). */
  headingLead: ResolvedName[];
  /** The tasks a row's cell listed after its first: no row whose cells a blank cell below is merged with. */
  readonly cellItems: WeakSet<TaskDraft>;
  /** The tasks read from a table nested in a task's cell (`nested-rows.ts`). */
  readonly parts: WeakSet<TaskDraft>;
  /** The number of the paragraph a table stands under. */
  item: string | null;
  /** How many rows of a table with no number column were read. */
  unnumbered: number;
  /** The table numbers its rows in the task's cell: a row with no number there carries the row above on. */
  selfNumbered: boolean;
  /** The item dating the table being read, standing over its rows in the stack while they are read. */
  datedBy: Open | null;
  /** The header of a table known by its cells, as written: repeated on a new page, it is no row. */
  ownHeader: string;
  /** The header rows the layout was read from, as written: the same rows again on a new page keep that layout. */
  headerWritten: string;
  /** The plan's legend says the first of names alone leads (`first-listed-lead.ts`). */
  readonly firstLeads: boolean;
  /** "Nt", "Như trên" in a cell: what the same column of the task row above says (`src/plan/ditto-cells.ts`). */
  readonly dittos: DittoColumns;
}

/**
 * The last task the table being read has given that `holds`, or undefined: looked for from the end, where it nearly
 * always is, and not by copying the table's tasks for each row (a table of thousands of rows would be read in their
 * number squared).
 */
export function lastOfTable(walk: TableWalk, holds: (task: TaskDraft) => boolean = () => true): TaskDraft | undefined {
  for (let i = walk.tasks.length - 1; i >= walk.tableStart; i--) if (holds(walk.tasks[i]!)) return walk.tasks[i];
  return undefined;
}

/** The walk over `blocks` before its first block. */
export function startWalk(blocks: Block[], ctx: TaskContext): TableWalk {
  return {
    blocks,
    ctx,
    tasks: [],
    stack: [],
    tables: [],
    layout: null,
    tableStart: 0,
    month: null,
    numbered: null,
    monthBlocks: false,
    part: null,
    group: null,
    owner: null,
    headingLead: [],
    cellItems: new WeakSet(),
    parts: new WeakSet(),
    item: null,
    unnumbered: 0,
    selfNumbered: false,
    datedBy: null,
    ownHeader: "",
    headerWritten: "",
    firstLeads: blocks.some((b) => b.type === "text" && saysFirstListedLeads(b.text)),
    dittos: new DittoColumns(),
  };
}
