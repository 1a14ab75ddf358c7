// A plan may say what is to be done and by whom in numbered items ("3. Các sở, ban, ngành hệ thống hóa văn bản …,
// gửi Sở Tư pháp."), and when in a part of its own, "IV. TIẾN ĐỘ THỰC HIỆN", whose lines open with a time and name
// the work again in words, not by its number: "- Trước ngày 15/7/2023: Các sở, ban, ngành gửi kết quả hệ thống hóa
// văn bản …". A reader dates each item by the line that names the same work: the line is that item's time, not a
// task of its own, and the item keeps its number, its units and its own wording. An item dated in its own text keeps
// its date (a line naming it is no task either); a line naming no item clearly, or whose time has passed on the
// plan's date (done), is left as it is. The part may be a timetable instead ("STT | Nội dung công việc | Thời hạn"),
// each row a line: the work in one cell, its time in another, and no unit (its units are the items').
import type { IsoDate } from "../domain/dates.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import { fold, foldWords } from "../domain/text.ts";
import type { Block } from "./document.ts";
import type { Label } from "./labels.ts";
import { columnRole } from "./table-header.ts";
import { deadlineColumn } from "./time-columns.ts";

/** A numbered item of the body: its ref, its words, and whether it takes no time from a schedule line. */
export interface BodyItem {
  ref: string;
  text: string;
  /** Its own words date it, or it is a section or heads items of its own, each dated as it says. */
  dated: boolean;
}

// "IV. TIẾN ĐỘ THỰC HIỆN", "3. Lộ trình triển khai", "V. THỜI GIAN, TIẾN ĐỘ THỰC HIỆN", "Lịch trình thực hiện": a
// heading that only names the schedule, by one or more of the words offices use for it.
const WHEN = "(?:thoi gian|tien do|lich trinh|lo trinh)";
const SCHEDULE_HEADING = new RegExp(
  `^(?:(?:[ivxlc]+|\\d{1,2}|[a-z]) )?${WHEN}(?: (?:va )?${WHEN})*(?: (?:to chuc )?(?:thuc hien|trien khai))?$`,
);
// "- Trước ngày 15/3/2023: Tập huấn …": a line (a dash or plus at most before it) opening with a time and a colon.
const TIMED_LINE = /^(?:[-+•–]\s*)?([^:]{3,40}):\s*(\S.*)$/u;
/** Share of a line's word pairs an item must hold to be the work the line names. */
const SAME_WORK = 0.5;

/** A line or a table row of a schedule: its time, the work it names, and the block it stands in. */
interface TimedLine {
  index: number;
  time: string;
  work: string;
}

// The next part or item ("V. KINH PHÍ", "5. …") ends a schedule part; so does a table that is no timetable.
const NEXT_HEADING = /^(?:[IVXLC]+|\d{1,2})\.\s/;

/**
 * A timetable: "STT | Nội dung công việc | Thời hạn | Ghi chú", the work and its time and no one to do it (a table
 * naming who leads is a task table of its own). The columns of the work and of its time, or null.
 */
function timetableColumns(header: readonly string[]): { work: number; time: number } | null {
  const roles = header.map((label) => columnRole(label));
  if (roles.includes("lead") || roles.includes("coordinators")) return null;
  const work = roles.indexOf("task");
  const times = header.flatMap((label, column) =>
    roles[column] === "deadline" ? [{ column, label: fold(label) }] : [],
  );
  const time = deadlineColumn(times);
  return work < 0 || time === undefined ? null : { work, time };
}

/** Where a timetable's header rows and its other rows stand among the blocks. */
interface Timetable {
  head: number[];
  rows: number[];
}

/**
 * The timed lines under a schedule heading, up to the next heading (a line a page broke off goes with the last), and
 * the rows of the timetables among them, by their work and time cells.
 */
function timedLines(blocks: readonly Block[], issued: IsoDate | null): { lines: TimedLine[]; tables: Timetable[] } {
  const lines: TimedLine[] = [];
  const tables: Timetable[] = [];
  // Its time passed when the plan was signed: the line tells of work done ("đã thực hiện tại Quyết định …").
  const add = (index: number, time: string, work: string) => {
    const read = parseInPlanYear(time, issued);
    if (read.ok && (issued === null || read.deadline.due >= issued)) lines.push({ index, time: time.trim(), work });
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== "text" || !SCHEDULE_HEADING.test(fold(block.text))) continue;
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const next = blocks[j]!;
      if (next.type === "row") {
        const columns = timetableColumns(next.cells);
        if (columns === null) break;
        const table: Timetable = { head: [j], rows: [] };
        const header = next.cells.join("\t");
        for (let row = blocks[++j]; row?.type === "row"; row = blocks[++j]) {
          // The header Word repeats on every page is part of the header, no row.
          if (row.cells.join("\t") === header) table.head.push(j);
          else table.rows.push(j);
          const work = row.cells[columns.work]?.trim();
          if (work) add(j, row.cells[columns.time] ?? "", work);
        }
        tables.push(table);
        j--;
        continue;
      }
      if (NEXT_HEADING.test(next.text)) break;
      const m = TIMED_LINE.exec(next.text.trim());
      if (m) add(j, m[1]!, m[2]!);
    }
    // The part's lines are read once: a heading among them ("Tiến độ" written again) opens no second reading.
    i = j - 1;
  }
  return { lines, tables };
}

const pairsOf = (text: string): Set<string> => {
  const words = foldWords(text);
  return new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`));
};

// A word pair that many items write ("kế hoạch", "báo cáo") tells none of them apart; counting it for each would make
// a document of thousands of items and lines cost their product.
const COMMON_PAIR = 64;
// The items a line is closest to that may take its time: a line as close to more names no item clearly.
const CANDIDATES = 8;

interface Candidate {
  line: TimedLine;
  item: BodyItem;
  score: number;
}

/** For each line, the items holding at least half its word pairs, closest first, found through the pairs they share. */
function candidates(lines: readonly TimedLine[], body: readonly BodyItem[]): Candidate[] {
  const holders = new Map<string, number[]>();
  body.forEach((item, k) => {
    for (const pair of pairsOf(item.text)) {
      const list = holders.get(pair) ?? [];
      if (list.length === 0) holders.set(pair, list);
      list.push(k);
    }
  });
  return lines.flatMap((line) => {
    const pairs = pairsOf(line.work);
    const shared = new Map<number, number>();
    for (const pair of pairs) {
      const list = holders.get(pair) ?? [];
      if (list.length <= COMMON_PAIR) for (const k of list) shared.set(k, (shared.get(k) ?? 0) + 1);
    }
    // Closest first; of items as close, the first written, as a reader going down the list would take.
    return [...shared]
      .filter(([, n]) => n / pairs.size >= SAME_WORK)
      .sort(([k, n], [l, m]) => m - n || k - l)
      .slice(0, CANDIDATES)
      .map(([k, n]) => ({ line, item: body[k]!, score: n / pairs.size }));
  });
}

/**
 * The times a schedule part gives the body's undated items, by their refs, and the blocks without the lines that
 * gave them. Each line dates one item and each item takes one line: the closest pairs first.
 */
export function scheduleKeys(
  blocks: Block[],
  items: () => readonly BodyItem[],
  issued: IsoDate | null,
): { keyed: ReadonlyMap<string, readonly Label[]>; rest: Block[] } {
  const keyed = new Map<string, Label[]>();
  const { lines, tables } = timedLines(blocks, issued);
  if (lines.length === 0) return { keyed, rest: blocks };
  const used = new Set<number>();
  const taken = new Set<string>();
  const found = candidates(lines, items());
  const ofLine = new Map<number, Candidate[]>();
  for (const c of found) ofLine.set(c.line.index, [...(ofLine.get(c.line.index) ?? []), c]);
  // A line as close to two items still free names neither clearly: a wrong date is worse than none, it dates nothing.
  const unclear = new Set<number>();
  for (const candidate of found.sort((a, b) => b.score - a.score)) {
    const { line, item, score } = candidate;
    if (used.has(line.index) || unclear.has(line.index) || taken.has(item.ref)) continue;
    const rivals = ofLine
      .get(line.index)!
      .filter((o) => o !== candidate && o.score === score && !taken.has(o.item.ref));
    if (rivals.length > 0) {
      unclear.add(line.index);
      continue;
    }
    used.add(line.index);
    taken.add(item.ref);
    // A line naming an item its own words date repeats that work: the item keeps the date it writes.
    if (!item.dated) keyed.set(item.ref, [{ role: "deadline", value: line.time }]);
  }
  // A timetable whose every row dated an item goes with its header; rows naming no item stay a table, read as before.
  for (const { head, rows } of tables) if (rows.every((i) => used.has(i))) for (const i of head) used.add(i);
  return { keyed, rest: blocks.filter((_, i) => !used.has(i)) };
}
