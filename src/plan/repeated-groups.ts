// A plan may give each UNIT one row and set its tasks side by side in numbered groups of columns:
//   STT | Đơn vị    | Nhiệm vụ 1 | Thời hạn 1 | Nhiệm vụ 2 | Thời hạn 2 | … | Ghi chú
//   1   | Sở Nội vụ | Kiểm tra … | Tháng 10   | Hướng dẫn… | Trước 15/11|   | Nhiệm vụ 2 phối hợp: Sở Tư pháp
// Each group ("Nhiệm vụ n" with "Thời hạn n", "Phối hợp n" …) is one task the row's unit leads; an empty group is
// nothing. The note beside them may name partners for the row ("Phối hợp: X", "(cả 2 nhiệm vụ)": every task of it)
// or for one task ("Nhiệm vụ 2 phối hợp: X", "NV1, NV3 phối hợp với X"). A careful reader reads such a row as one
// row per task, so the table is given back so: the groups' columns once under their titles without the number,
// refs "1.1", "1.2" … (the row's number, the group's), partners in one "Phối hợp" cell, and every rule for task tables
// reads it.
import { fold } from "../domain/text.ts";
import { writtenText, type Block } from "./document.ts";
import { columnRole, type Role } from "./table-header.ts";

type Row = Extract<Block, { type: "row" }>;

/** "Nhiệm vụ 1", "Thời hạn (2)", "Hạn hoàn thành NV3": the number closing a title, of the group it belongs to. */
const TRAILING_NUMBER = /(?:\((\d{1,2})\)|(?<![\d.,/])(\d{1,2}))$/u;
/** "NV 3": the short form of "Nhiệm vụ" some headers number groups with. */
const SHORT_TASK = /\bNV\s*$/u;
/** A note's column. */
const NOTE_TITLE = /^(?:ghi chu|luu y|chu thich)/;
/** A note's passage naming the tasks it is about: "Nhiệm vụ 1", "NV2", "Nhiệm vụ 1, 2", "nhiệm vụ 1 và 3". */
const NAMED_TASKS =
  /(?<!\p{L})(?:nhiệm vụ|NV)\s*(?:số\s*)?\d{1,2}(?:\s*(?:,|và|&|-)\s*(?:(?:nhiệm vụ|NV)\s*)?\d{1,2})*/giu;
/** "(cả 2 nhiệm vụ)", "(cả hai nhiệm vụ)", "(các nhiệm vụ)", "chung cho các nhiệm vụ": every task of the row. */
const ALL_TASKS =
  /\(?\s*(?:chung cho\s+)?(?:cả|tất cả|các)\s+(?:(?:\d{1,2}|hai|ba|bốn|năm)\s+)?(?:nhiệm vụ|NV)(?:\s+(?:trên|này))?\s*\)?/giu;
/** Partners: "Phối hợp: X", "phối hợp với X", "PH: X", "Đơn vị phối hợp: X". */
const PARTNERS = /(?<!\p{L})(?:(?:đơn vị|cơ quan)\s+)?(?:phối hợp(?:\s+với)?|PH)(?!\p{L})\s*:?\s*/iu;

interface Groups {
  /** Each group's columns by its number, in the header's order. */
  byNumber: Map<number, Map<string, number>>;
  /** The titles of a group's columns, numbers left off, in their order. */
  titles: string[];
  roles: (Role | undefined)[];
  grouped: Set<number>;
  ref: number;
  note: number;
  partners: number;
}

const isRow = (block: Block | undefined): block is Row => block?.type === "row";

/** A header cell's title and group number, or null when it numbers no group. */
function numberedTitle(cell: string): [string, number] | null {
  const text = cell.trim().replace(/\(\s*(\d{1,2})\s*\)$/u, "($1)");
  const found = TRAILING_NUMBER.exec(text);
  const title = found ? text.slice(0, found.index).trim() : "";
  if (!found || !/\p{L}/u.test(title)) return null;
  const base = SHORT_TASK.test(title) ? title.replace(SHORT_TASK, "Nhiệm vụ").trim() : title;
  return [base, Number(found[1] ?? found[2])];
}

/**
 * The header's numbered groups: two or more, each naming a task and its time, beside a column of the row's unit that
 * no group has; null when the row heads no such table.
 */
function groupsOf(header: string[]): Groups | null {
  const byNumber = new Map<number, Map<string, number>>();
  const titles: string[] = [];
  const grouped = new Set<number>();
  header.forEach((cell, i) => {
    const numbered = numberedTitle(cell);
    const role = numbered ? columnRole(numbered[0]) : undefined;
    if (!numbered || role === undefined || role === "ref") return;
    const [title, n] = numbered;
    const group = byNumber.get(n) ?? new Map<string, number>();
    if (group.has(fold(title))) return;
    group.set(fold(title), i);
    byNumber.set(n, group);
    grouped.add(i);
    if (!titles.some((t) => fold(t) === fold(title))) titles.push(title);
  });
  const roles = header.map((cell, i) => (grouped.has(i) ? undefined : columnRole(cell)));
  const complete = [...byNumber.values()].every((group) => {
    const kinds = [...group.keys()].map((title) => columnRole(title));
    return kinds.includes("task") && kinds.includes("deadline");
  });
  if (byNumber.size < 2 || !complete || !roles.includes("lead") || roles.includes("task")) return null;
  const folded = header.map((cell) => fold(cell.trim()));
  return {
    byNumber,
    titles,
    roles,
    grouped,
    ref: roles.indexOf("ref"),
    note: folded.findIndex((cell, i) => !grouped.has(i) && NOTE_TITLE.test(cell)),
    partners: roles.indexOf("coordinators"),
  };
}

/** The numbers of the tasks a note's passage names ("Nhiệm vụ 1, 2", "NV3"), in `numbers`; empty for none. */
function namedTasks(passage: string, numbers: number[]): number[] {
  const named = [...passage.matchAll(NAMED_TASKS)].flatMap((m) => (m[0].match(/\d{1,2}/g) ?? []).map(Number));
  return named.filter((n) => numbers.includes(n));
}

// A sentence's end inside a note: ";", a new line, or a full stop before a capital, not one closing a short form
// ("TP. Lai Châu").
const SENTENCE_END = /\s*(?:[;\n]|(?<!(?:^|\s)(?:TP|Tp|TX|Tx|Q|P))\.\s+(?=\p{Lu}))\s*/u;

/**
 * A note read per task: its partners and what else it says, by the task's number. A passage opening on the tasks it
 * names is theirs; the rest is the row's, every task's ("(cả 2 nhiệm vụ)" says so too).
 */
function noteByTask(note: string, numbers: number[]): Map<number, { partners: string[]; rest: string[] }> {
  const out = new Map(numbers.map((n) => [n, { partners: [] as string[], rest: [] as string[] }]));
  // A passage starts where one names its tasks, after the passage before it ends (";", ".", a new line).
  const passages = note.split(/[;.\n]\s*(?=(?:nhiệm vụ|NV)\s*(?:số\s*)?\d)/iu);
  for (const passage of passages) {
    const named = namedTasks(passage.split(PARTNERS)[0] ?? "", numbers);
    const mine = named.length ? named : numbers;
    const partners = PARTNERS.exec(passage);
    // The partners run to their sentence's end; what follows ("… Báo cáo kết quả về UBND tỉnh") is the note's rest.
    const [listed, ...after] = partners ? passage.slice(partners.index + partners[0].length).split(SENTENCE_END) : [];
    const said = (listed ?? "").replace(ALL_TASKS, "").replace(/[\s;.,]+$/u, "");
    const rest = partners ? after.join(". ").trim() : passage.trim();
    for (const n of mine) {
      const task = out.get(n)!;
      if (said) task.partners.push(said);
      if (rest) task.rest.push(rest);
    }
  }
  return out;
}

/** The table's header given back with one group's columns, titled without their numbers, and a partners column. */
function header(row: Row, groups: Groups): Row {
  const first = [...groups.byNumber.values()][0]!;
  const cells = row.cells.flatMap((cell, i) => {
    if (!groups.grouped.has(i)) return [cell];
    const title = [...first].find(([, at]) => at === i)?.[0];
    return title === undefined ? [] : [groups.titles.find((t) => fold(t) === title)!];
  });
  const partnersTitle = first.size && groups.partners < 0 && !titleOf(groups, "coordinators");
  return { type: "row", cells: partnersTitle ? [...cells, "Đơn vị phối hợp"] : cells, written: writtenText(row) };
}

/** The title of the groups' column of a role, if they have one. */
const titleOf = (groups: Groups, role: Role): string | undefined =>
  groups.titles.find((title) => columnRole(title) === role);

/** One row per group of a unit's row that names a task: its group's cells under the first group's columns. */
function rowsOf(row: Row, groups: Groups): Row[] {
  const numbers = [...groups.byNumber.keys()];
  const notes = noteByTask(groups.note >= 0 ? (row.cells[groups.note] ?? "") : "", numbers);
  const first = [...groups.byNumber.values()][0]!;
  const ownPartners = titleOf(groups, "coordinators");
  const out: Row[] = [];
  for (const [n, group] of groups.byNumber) {
    const at = (title: string) => group.get(title);
    const task = at(fold(titleOf(groups, "task")!));
    if (task === undefined || !(row.cells[task] ?? "").trim()) continue;
    const note = notes.get(n)!;
    const cellAt = (i: number): string => {
      if (i === groups.note) return note.rest.join("; ");
      if (!groups.grouped.has(i)) {
        return i === groups.partners
          ? [row.cells[i] ?? "", ...note.partners].filter(Boolean).join("; ")
          : row.cells[i]!;
      }
      const title = [...first].find(([, c]) => c === i)?.[0];
      const own = title === undefined ? undefined : at(title);
      const cell = own === undefined ? "" : (row.cells[own] ?? "");
      return ownPartners && title === fold(ownPartners) ? [cell, ...note.partners].filter(Boolean).join("; ") : cell;
    };
    const cells = row.cells.flatMap((_, i) => {
      if (groups.grouped.has(i) && ![...first.values()].includes(i)) return [];
      const cell = cellAt(i) ?? "";
      return [i === groups.ref && cell.trim() ? `${cell.trim().replace(/\.$/, "")}.${n}` : cell];
    });
    const extra = groups.partners < 0 && !ownPartners ? [note.partners.join("; ")] : [];
    out.push({ type: "row", cells: [...cells, ...extra], written: writtenText(row) });
  }
  return out;
}

/**
 * A header on two rows, each group's number merged over its columns' titles ("Nhiệm vụ 1" over "Nội dung | Thời
 * hạn"), as one row titling each column with its group's number ("Nội dung 1", "Thời hạn 1"); null when the second
 * row titles no column under a numbered one. A merged cell is empty past its first column, or repeats its words.
 */
function twoRowHeader(top: string[], sub: string[]): string[] | null {
  let number: number | null = null;
  let under = 0;
  const cells = top.map((cell, i) => {
    const below = (sub[i] ?? "").trim();
    const numbered = numberedTitle(cell);
    if (numbered) number = numbered[1];
    else if (cell.trim() && cell.trim() !== top[i - 1]?.trim()) number = null;
    if (!below) return cell;
    if (number === null || columnRole(below) === undefined) return below === cell.trim() ? cell : `${cell} ${below}`;
    under++;
    return `${below} ${number}`;
  });
  return under >= 2 ? cells : null;
}

/** The header at `at` (on one row or two) with its groups, and how many rows it takes; null when it heads none. */
function headerAt(blocks: readonly Block[], at: number): { head: Row; groups: Groups; rows: number } | null {
  const top = blocks[at];
  if (!isRow(top)) return null;
  const groups = groupsOf(top.cells);
  if (groups) return { head: top, groups, rows: 1 };
  const sub = blocks[at + 1];
  const cells = isRow(sub) && top.cells.some((cell) => numberedTitle(cell)) ? twoRowHeader(top.cells, sub.cells) : null;
  const two = cells && groupsOf(cells);
  return two ? { head: { ...top, cells: cells!, written: writtenText(top) }, groups: two, rows: 2 } : null;
}

/** The blocks with every table of numbered column groups read as one row per task. */
export function withRepeatedGroups(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let at = 0; at < blocks.length; at++) {
    const found = headerAt(blocks, at);
    if (!found) {
      out.push(blocks[at]!);
      continue;
    }
    const { head, groups } = found;
    at += found.rows - 1;
    const width = head.cells.length;
    out.push(header(head, groups));
    // The body runs to the first block that is no row, or to the header again (repeated on a later page), which
    // the loop reads anew.
    while (isRow(blocks[at + 1]) && !headerAt(blocks, at + 1)) {
      const row = blocks[++at] as Row;
      const cells = [...row.cells, ...Array<string>(Math.max(0, width - row.cells.length)).fill("")];
      out.push(...rowsOf({ ...row, cells }, groups));
    }
  }
  return out;
}
