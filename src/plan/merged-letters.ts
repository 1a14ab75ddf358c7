// A mail merge sends one letter per body, each "Kính gửi: <body>" with a table of that body's tasks whose role column
// says what the body does in each ("STT | Nhiệm vụ | Vai trò | Thời hạn", cells "Chủ trì" / "Phối hợp"). The body of
// a letter is the unit of its rows: it leads the rows it "chủ trì", and coordinates those it "phối hợp". A task shown
// in several letters (its lead's, and each partner's) is one task. The letters' tables are read as one table with
// "Chủ trì" and "Phối hợp" columns, each task once, where its lead's letter shows it; a task's number there restarts
// in every letter, so with several letters it is keyed by the letter's place in the merge ("2.3": the 2nd letter's
// row 3). A task is known by its row's cells but its number and role: the same words due at another time (a report due
// 30/6 and again 31/12) are another task. The letters' address lines are then read: no one body is the whole
// document's addressee (`addressee.ts`).
import { fold } from "../domain/text.ts";
import { ADDRESS } from "./addressee.ts";
import type { Block } from "./document.ts";
import { partOf, ROLE_TITLE } from "./roles.ts";
import { columnRole, headerRows } from "./table-header.ts";

// The column is titled by the role, never by a unit: a matrix of units as columns ("Sở Y tế" | "Sở Tài chính", each
// cell "Chủ trì" or "Phối hợp") says each column's unit's role.

interface RoleTable {
  /** The letter's body, as its address line (the block at `address`) writes it. */
  unit: string;
  address: number;
  header: string[][];
  body: string[][];
  /** Where the table's blocks are: its header's first and the block after its last row. */
  from: number;
  to: number;
  role: number;
}

/** The column whose cells all say a role ("Chủ trì", "Phối hợp"), the addressee's in each row; undefined if none. */
function roleColumn(header: string[], body: string[][]): number | undefined {
  const found = header.findIndex(
    (title, c) => ROLE_TITLE.test(fold(title)) && body.every((cells) => partOf(cells[c] ?? "") !== null),
  );
  return found < 0 || body.length === 0 ? undefined : found;
}

/**
 * The first task table between `from` and `to` with a role column, read as the letter to `unit`'s (its address line
 * at `from - 1`); tables before it without one (the letter's own details) are passed over.
 */
function roleTable(blocks: Block[], from: number, to: number, unit: string): RoleTable | null {
  for (let at = from; at < to; at++) {
    if (blocks[at]?.type !== "row" || blocks[at - 1]?.type === "row") continue;
    const header = headerRows(blocks, at);
    if (header.length === 0) continue;
    const start = at + header.length;
    // The rows under the header, up to the text after them, within the letter.
    let end = start;
    while (end < to && blocks[end]!.type === "row") end++;
    const body = blocks.slice(start, end).flatMap((b) => (b.type === "row" ? [b.cells] : []));
    const role = roleColumn(header.at(-1)!, body);
    if (role !== undefined) return { unit, address: from - 1, header, body, from: at, to: start + body.length, role };
  }
  return null;
}

/** Each letter's table with a role column, in the merge's order; a letter with none is not the merge's. */
function letterTables(blocks: Block[]): RoleTable[] {
  const starts = blocks.flatMap((b, k) => (b.type === "text" && ADDRESS.test(b.text) ? [k] : []));
  return starts.flatMap((start, i) => {
    const block = blocks[start]!;
    const unit = block.type === "text" ? block.text.replace(ADDRESS, "").replace(/[.;,:\s]+$/u, "") : "";
    const table = unit ? roleTable(blocks, start + 1, starts[i + 1] ?? blocks.length, unit) : null;
    return table ? [table] : [];
  });
}

/** A row with the role cell replaced by its leads and partners: `[…, lead, partners, …]`. */
const withUnits = (cells: string[], role: number, lead: string, partners: string) => [
  ...cells.slice(0, role),
  lead,
  partners,
  ...cells.slice(role + 1),
];

/** The letters' tables as one: a row per task, keyed where its lead's letter shows it. */
function mergedRows(tables: RoleTable[], ref: number | undefined): Block[] {
  type Row = { cells: string[]; lead: string[]; partners: string[]; keyed: boolean; place: number };
  const rows = new Map<string, Row>();
  let place = 0;
  tables.forEach((table, k) => {
    // How often a key came before in this letter: a letter shows a task once, so a row like an earlier one of the
    // same letter is another task, the same as the row as often repeated in another letter.
    const seen = new Map<string, number>();
    for (const cells of table.body) {
      place++;
      const words = cells.filter((_, c) => c !== table.role && c !== ref);
      const said = fold(words.join(" "));
      const title = `${said}\u0000${seen.get(said) ?? 0}`;
      seen.set(said, (seen.get(said) ?? 0) + 1);
      const leads = partOf(cells[table.role]!) === "lead";
      const keyedCells = cells.map((c, i) => (i === ref && tables.length > 1 ? `${k + 1}.${c.replace(/\.$/, "")}` : c));
      const row = rows.get(title) ?? { cells: keyedCells, lead: [], partners: [], keyed: false, place };
      if (leads && !row.keyed) Object.assign(row, { cells: keyedCells, keyed: true, place });
      (leads ? row.lead : row.partners).push(table.unit);
      rows.set(title, row);
    }
  });
  // In the order of their keys: the letters', then their rows'.
  return [...rows.values()]
    .sort((a, b) => a.place - b.place)
    .map((row) => ({
      type: "row" as const,
      cells: withUnits(row.cells, tables[0]!.role, row.lead.join("; "), row.partners.join("; ")),
    }));
}

/**
 * The blocks with a mail merge's letters' tables read as one, in the first letter's place, the other letters' tables
 * and those letters' address lines left out. Blocks with no letter whose table has a role column stay as they are, and
 * so do letters whose tables are laid out differently (a role column elsewhere, another width).
 */
export function withMergedLetters(blocks: Block[]): Block[] {
  const tables = letterTables(blocks);
  const first = tables[0];
  if (!first) return blocks;
  const width = first.header.at(-1)!.length;
  if (tables.some((t) => t.role !== first.role || t.header.at(-1)!.length !== width)) return blocks;
  const column = (role: string) => {
    const found = first.header.at(-1)!.findIndex((label) => columnRole(label) === role);
    return found < 0 ? undefined : found;
  };
  const header = first.header.map((cells, k, all) =>
    k === all.length - 1
      ? withUnits(cells, first.role, "Chủ trì", "Phối hợp")
      : withUnits(cells, first.role, cells[first.role]!, cells[first.role]!),
  );
  const merged: Block[] = [
    ...header.map((cells) => ({ type: "row" as const, cells })),
    ...mergedRows(tables, column("ref")),
  ];
  // The letters' own address lines go with their tables; another letter's (one with no role table) stays.
  const dropped = new Set(
    tables.flatMap((t) => [t.address, ...Array.from({ length: t.to - t.from }, (_, k) => t.from + k)]),
  );
  return blocks.flatMap((block, k) => {
    if (k === first.from) return merged;
    if (dropped.has(k)) return [];
    return [block];
  });
}
