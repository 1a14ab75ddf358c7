// What an admin must look at before trusting a reading: the lines of a plan (its body and appendices) that give a day
// something is due and that no task was read from. A plan in a layout dondoc has never met (a schedule part, a table
// pasted without its header, steps at tab stops) is read in part, and the part missed is often dated lines like these:
// the import summary lists them, so that a partial reading shows itself instead of passing for the whole plan.
import type { IsoDate } from "../domain/dates.ts";
import type { DatedLines } from "../domain/plan-import.ts";
import { isRecurring, parseDeadline } from "../domain/deadline.ts";
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import { withNumberWords } from "../domain/number-words.ts";
import { countsFromEvent } from "../domain/relative-deadline.ts";
import { fold } from "../domain/text.ts";
import { blockText, writtenText, type Block } from "./document.ts";
import { describesRowAbove } from "./describing-rows.ts";
import { PLACE_DATE_LINE } from "./prose.ts";

/** The words of a task's title that tell its line: its opening, as readers keep it whole or cut after it. */
const TITLE_OPENING = 32;
/** A line shown is cut here: enough to find it in the document. */
const SHOWN = 160;
/** Lines listed at most; the count says how many more there are. */
const LISTED = 20;

interface ReadTask {
  title: string;
  deadline: { text: string } | null;
}

// The document's title line, where its body begins: what comes before is its header (issuer, number, place and date).
const TITLE = /^(ke hoach|quyet dinh|chuong trinh|cong van|thong bao|chi thi|huong dan|cong dien|phuong an)\b/;

/** A table's time cell is short ("30/9/2026", "Quý III/2026"), read whole; a longer cell is read as prose. */
const TIME_CELL = 40;

/**
 * A long clause is read at its opening and its end, this far each: a deadline is written at one or the other, and
 * reading a whole clause again at each of its keywords costs a hostile plan minutes.
 */
const CLAUSE = 600;

const windows = (clause: string): string[] =>
  clause.length <= 2 * CLAUSE ? [clause] : [clause.slice(0, CLAUSE), clause.slice(-CLAUSE)];

/**
 * Whether words date something due after the plan's day (a day before it is a document cited or past work), or count
 * a deadline from an event ("chậm nhất 05 ngày làm việc sau khi kết thúc khám tuyển"), which a reading that finds no
 * day for the event leaves undated, and so takes no task from. A line is read clause by clause.
 */
function datesWork(text: string, issued: IsoDate | null, cell = false): boolean {
  // A form's own place and day (a task form signed after the plan, an appendix's) is when it was signed.
  if (PLACE_DATE_LINE.test(text.trim())) return false;
  if (cell && text.length <= TIME_CELL) return datesAfter(text, issued);
  return text
    .split(/;|\.(?:\s|$)/)
    .flatMap(windows)
    .some((words) => {
      const wording = findDeadlineWording(words, issued);
      return wording ? datesAfter(wording, issued) : countsFromEvent(withNumberWords(words));
    });
}

/** Whether deadline wording gives a day after the plan's (its own day is the one it was signed, no work's). */
function datesAfter(wording: string, issued: IsoDate | null): boolean {
  if (isRecurring(wording)) return false;
  const read = parseDeadline(wording);
  return read.ok && (!issued || read.deadline.due > issued);
}

/** The characters a piece is looked up by: every piece has as many. */
const KEY = 8;

/**
 * A finder of folded pieces in a line: at each word the line starts, its next few characters find the lengths of the
 * pieces that begin so, and a piece of each length is looked up whole, the longest first. A long plan costs its words
 * times the lengths of pieces sharing an opening (titles are cut to a few words), never its lines times its tasks,
 * even where every task opens alike ("Nhiệm vụ số 1 …", "Nhiệm vụ số 2 …").
 */
function pieceFinder(list: readonly string[]): (folded: string) => string | null {
  const byKey = new Map<string, Map<number, Set<string>>>();
  for (const piece of list) {
    if (piece.length < KEY) continue;
    const key = piece.slice(0, KEY);
    const lengths = byKey.get(key) ?? byKey.set(key, new Map()).get(key)!;
    (lengths.get(piece.length) ?? lengths.set(piece.length, new Set()).get(piece.length)!).add(piece);
  }
  const longestFirst = new Map([...byKey].map(([key, lengths]) => [key, [...lengths].sort(([a], [b]) => b - a)]));
  return (folded) => {
    for (let at = 0; at + KEY <= folded.length; at++) {
      if (at > 0 && /[\p{L}\d]/u.test(folded[at - 1]!)) continue;
      for (const [length, pieces] of longestFirst.get(folded.slice(at, at + KEY)) ?? []) {
        const candidate = folded.slice(at, at + length);
        if (candidate.length === length && pieces.has(candidate)) return candidate;
      }
    }
    return null;
  };
}

/** Words a line may hold besides a task's deadline or short title and still be only its label or heading. */
const LABEL_WORDS = 6;

/** A title this short ("Công bố kết quả") is words many lines hold: it places a line or cell of few other words. */
const SHORT_TITLE = 20;

// "→ Chủ trì: X; phối hợp: Y. Thời hạn: …", "X chủ trì, phối hợp với Y thực hiện, hoàn thành trước …": a line
// saying who does the work, which gives a task above it its units with its deadline.
const ASSIGNS = /\b(chu tri|phoi hop|don vi thuc hien|thoi han)\b/;

const words = (folded: string): string[] => folded.match(/[\p{L}\d]+/gu) ?? [];

/** The folded words of a title a line shows it by: its opening and its end, as readers add to either. */
const titlePieces = (title: string): string[] => {
  const folded = fold(title);
  return [folded.slice(0, TITLE_OPENING).trim(), folded.slice(-TITLE_OPENING).trim()];
};

/**
 * Whether a task was read from a line: it holds the opening or the end of a read task's title (a short title, in a
 * line or a cell of few other words), or a read task's deadline in a line of few other words or saying who does the
 * work (a label or an assignment under the task). A row of a timetable holds a deadline and the work it dates: a task
 * with the same deadline elsewhere does not place it.
 */
function readFrom(tasks: readonly ReadTask[]): (parts: string[]) => boolean {
  const pieces = tasks.flatMap((task) => titlePieces(task.title));
  const title = pieceFinder(pieces.filter((piece) => piece.length >= SHORT_TITLE));
  const short = pieceFinder(pieces.filter((piece) => piece.length < SHORT_TITLE));
  const deadline = pieceFinder(tasks.map((task) => fold(task.deadline?.text ?? "")));
  const fewBesides = (folded: string, piece: string | null) =>
    piece !== null && words(folded.replace(piece, " ")).length <= LABEL_WORDS;
  return (parts) => {
    const folded = parts.join(" | ");
    if (title(folded) || parts.some((part) => fewBesides(part, short(part)))) return true;
    const wording = deadline(folded);
    return wording !== null && (fewBesides(folded, wording) || ASSIGNS.test(folded));
  };
}

/**
 * The dated lines (paragraphs and table rows from the plan's title on, its appendices too) no task was read from;
 * `noTasks`: lines a reader took as none (the plan's own calendar of events).
 */
export function unplacedLines(
  blocks: readonly Block[],
  tasks: readonly ReadTask[],
  issued: IsoDate | null,
  noTasks: ReadonlySet<string> = new Set(),
): DatedLines {
  const placed = readFrom(tasks);
  const found: string[] = [];
  const start = Math.max(
    0,
    blocks.findIndex((b) => b.type === "text" && TITLE.test(fold(b.text))),
  );
  for (const [i, block] of blocks.entries()) {
    const text = blockText(block);
    // "Sản phẩm: …; Kết quả cần đạt: … trong năm 2024" under a task's row is that task's (describing-rows.ts).
    if (i < start || noTasks.has(writtenText(block)) || describesRowAbove(blocks, i)) continue;
    const dated =
      block.type === "text" ? datesWork(text, issued) : block.cells.some((cell) => datesWork(cell, issued, true));
    if (!dated || placed((block.type === "text" ? [block.text] : block.cells).map((part) => fold(part)))) continue;
    const shown = writtenText(block);
    found.push(shown.length > SHOWN ? `${shown.slice(0, SHOWN - 1)}…` : shown);
  }
  return { count: found.length, lines: found.slice(0, LISTED) };
}
