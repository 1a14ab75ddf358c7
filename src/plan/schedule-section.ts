// A plan may say what is to be done and by whom in numbered items ("3. Các sở, ban, ngành hệ thống hóa văn bản …,
// gửi Sở Tư pháp."), and when in a part of its own, "IV. TIẾN ĐỘ THỰC HIỆN", whose lines open with a time and name
// the work again in words, not by its number: "- Trước ngày 15/7/2023: Các sở, ban, ngành gửi kết quả hệ thống hóa
// văn bản …". A reader dates each item by the line that names the same work: the line is that item's time, not a
// task of its own, and the item keeps its number, its units and its own wording. An item dated in its own text keeps
// its date (a line naming it is no task either); a line naming no item clearly, or whose time has passed on the
// plan's date (done), is left as it is.
import type { IsoDate } from "../domain/dates.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import { fold, foldWords } from "../domain/text.ts";
import type { Block } from "./document.ts";
import type { Label } from "./labels.ts";

/** A numbered item of the body: its ref, its words, and whether it takes no time from a schedule line. */
export interface BodyItem {
  ref: string;
  text: string;
  /** Its own words date it, or it is a section or heads items of its own, each dated as it says. */
  dated: boolean;
}

// "IV. TIẾN ĐỘ THỰC HIỆN", "3. Lộ trình triển khai": a heading that only names the schedule.
const SCHEDULE_HEADING = /^(?:[ivxlc]+|\d{1,2}) (?:thoi gian va )?(?:tien do|lo trinh)(?: (?:thuc hien|trien khai))?$/;
// "- Trước ngày 15/3/2023: Tập huấn …": a line (a dash or plus at most before it) opening with a time and a colon.
const TIMED_LINE = /^(?:[-+•–]\s*)?([^:]{3,40}):\s*(\S.*)$/u;
/** Share of a line's word pairs an item must hold to be the work the line names. */
const SAME_WORK = 0.5;

interface TimedLine {
  index: number;
  time: string;
  work: string;
}

// The next part or item ("V. KINH PHÍ", "5. …") ends a schedule part; so does a table.
const NEXT_HEADING = /^(?:[IVXLC]+|\d{1,2})\.\s/;

/** The timed lines under a schedule heading, up to the next heading (a line a page broke off goes with the last). */
function timedLines(blocks: readonly Block[], issued: IsoDate | null): TimedLine[] {
  const lines: TimedLine[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== "text" || !SCHEDULE_HEADING.test(fold(block.text))) continue;
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const next = blocks[j]!;
      if (next.type !== "text" || NEXT_HEADING.test(next.text)) break;
      const m = TIMED_LINE.exec(next.text.trim());
      const read = m ? parseInPlanYear(m[1]!, issued) : null;
      // Its time passed when the plan was signed: the line tells of work done ("đã thực hiện tại Quyết định …").
      if (read?.ok && (issued === null || read.deadline.due >= issued))
        lines.push({ index: j, time: m![1]!.trim(), work: m![2]! });
    }
    // The part's lines are read once: a heading among them ("Tiến độ" written again) opens no second reading.
    i = j - 1;
  }
  return lines;
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
  const lines = timedLines(blocks, issued);
  if (lines.length === 0) return { keyed, rest: blocks };
  const used = new Set<number>();
  const taken = new Set<string>();
  for (const { line, item } of candidates(lines, items()).sort((a, b) => b.score - a.score)) {
    if (used.has(line.index) || taken.has(item.ref)) continue;
    used.add(line.index);
    taken.add(item.ref);
    // A line naming an item its own words date repeats that work: the item keeps the date it writes.
    if (!item.dated) keyed.set(item.ref, [{ role: "deadline", value: line.time }]);
  }
  return { keyed, rest: blocks.filter((_, i) => !used.has(i)) };
}
