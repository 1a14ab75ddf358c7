// A plan may name its tasks and who does them in the body ("II.4 … b) Kết nối …: Sở A chủ trì, phối hợp với Sở B")
// and give their deadlines in an appendix table whose rows point back at them by number: STT | Nhiệm vụ tại Kế
// hoạch ("II.4.b", "Điểm c khoản 4 Mục II") | Nội dung tóm tắt | Thời hạn. Such a table lists no tasks of its own: each
// row gives the tasks it cites its time, and its units when it has columns for them. It is one only when most of its
// citations name items the body numbers; a task table numbering its own rows "II.1" stays a task table.
// A table naming each row's own work and lead beside the citation (STT | Nhiệm vụ | Cơ quan chủ trì | … | Ghi chú
// "Điểm b khoản 2") lists the tasks itself, one point of the body often split over two rows: its rows are the tasks,
// read as any task table, and the points it cites the same work said again (repeated-items.ts).
import { citedRef, partNumbered, taskCitations } from "../domain/task-citations.ts";
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import type { Label } from "./labels.ts";
import { columnRole } from "./table-header.ts";
import { deadlineColumn } from "./time-columns.ts";

interface KeyedTable {
  start: number;
  end: number;
  /** Whether it names each row's own work and lead: a task table citing the body, not a table of the body's times. */
  lists: boolean;
  /** What each row says of the tasks it cites: its time, and its units when it has columns for them. */
  rows: { keys: string[]; row: Label[] }[];
}

/**
 * The column whose cells cite tasks: most of its filled cells, and at least two, do; never the row number's. Its
 * title may say which part of the plan numbers them ("Nhiệm vụ (số thứ tự tại Mục III)": "1, 4" cites III.1, III.4).
 */
function keyColumn(header: string[], rows: string[][]): number | undefined {
  return header.findIndex((label, c) => {
    if (columnRole(label) === "ref") return false;
    const filled = rows.map((r) => r[c] ?? "").filter(Boolean);
    const cited = filled.filter((cell) => taskCitations(cell, partNumbered(label)) !== null).length;
    return cited >= 2 && cited * 2 > filled.length;
  });
}

/** The table of rows `rows` under `header` read as keyed rows, or null when it cites no tasks or gives no time. */
function keyedRows(header: string[], rows: string[][]): Pick<KeyedTable, "rows" | "lists"> | null {
  const key = keyColumn(header, rows);
  const times = header.flatMap((label, column) =>
    columnRole(label) === "deadline" ? [{ column, label: fold(label) }] : [],
  );
  const time = deadlineColumn(times);
  if (key === undefined || key < 0 || time === undefined) return null;
  const lead = header.findIndex((label) => columnRole(label) === "lead");
  const coordinators = header.findIndex((label) => columnRole(label) === "coordinators");
  const cell = (cells: string[], c: number) => (c >= 0 ? (cells[c] ?? "") : "");
  const part = partNumbered(header[key]!);
  const ownWork = header.some((label, c) => c !== key && columnRole(label) === "task");
  const read = rows.flatMap((cells) => {
    const keys = taskCitations(cell(cells, key), part);
    const said: Label[] = [
      { role: "deadline", value: cell(cells, time) },
      { role: "lead", value: cell(cells, lead) },
      { role: "coordinators", value: cell(cells, coordinators) },
    ];
    const row = said.filter((label) => label.value);
    return keys ? [{ keys, row }] : [];
  });
  return { rows: read, lists: ownWork && lead >= 0 };
}

/** Every run of rows that is a keyed table, where it stands among the blocks. */
function keyedTables(blocks: readonly Block[]): KeyedTable[] {
  const tables: KeyedTable[] = [];
  for (let start = 0; start < blocks.length; start++) {
    if (blocks[start]!.type !== "row") continue;
    let end = start;
    while (blocks[end]?.type === "row") end++;
    const [header, ...rows] = blocks.slice(start, end).map((b) => (b.type === "row" ? b.cells : []));
    const read = header ? keyedRows(header, rows) : null;
    if (read) tables.push({ start, end, ...read });
    start = end;
  }
  return tables;
}

/**
 * The keyed rows of a plan by the body refs they cite (the first row citing one wins), the body refs a table listing
 * its own tasks cites (`repeated`), and the blocks left for the task tables (a listing table's among them).
 * `bodyRefs` lists the refs the body numbers, read only when a table may be keyed.
 */
export function bodyKeys(
  blocks: Block[],
  bodyRefs: () => readonly string[],
): { keyed: ReadonlyMap<string, readonly Label[]>; repeated: ReadonlySet<string>; rest: Block[] } {
  const keyed = new Map<string, Label[]>();
  const repeated = new Set<string>();
  const tables = keyedTables(blocks);
  if (tables.length === 0) return { keyed, repeated, rest: blocks };
  const refs = bodyRefs();
  const taken = tables.filter((table) => {
    const keys = table.rows.flatMap(({ keys, row }) => keys.map((key) => ({ ref: citedRef(refs, key), row })));
    const found = keys.filter((k) => k.ref !== null);
    if (found.length * 2 <= keys.length) return false;
    if (table.lists) for (const { ref } of found) repeated.add(ref!);
    if (table.lists) return false;
    for (const { ref, row } of found) if (!keyed.has(ref!)) keyed.set(ref!, row);
    return true;
  });
  const rest = blocks.filter((_, i) => !taken.some((t) => i >= t.start && i < t.end));
  return { keyed, repeated, rest };
}
