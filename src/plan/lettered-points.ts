// A task table's cell may list the row's work as lettered points, each a paragraph of its own, under a heading line
// or none, and its time cell may letter the points' times the same way, a line each:
//   TT | Nội dung                         | Chủ trì   | Phối hợp       | Thời gian
//   2  | Hoàn thiện bộ máy:                | Phòng A   | Các sở, ngành  | a) Trước 15/3/2026
//      | a) Rà soát quy định …;            |           |                | b) Tháng 6/2026
//      | b) Thẩm định đề án …;             |           |                | c) Quý IV/2026
//      | c) Tổng hợp kết quả …             |           |                |
// Each point is a task of the row ("2.a"), due at its own line of the time cell; a time cell of one time, no letters,
// dates every point. A Word or PDF reader gives a cell's paragraphs joined by spaces, as a text copy is put back on
// one line (`text-cell-lines.ts`, `read-text.ts`), so the points are found by their marks, in order from "a".

/** The letters Vietnamese points are lettered with, in order. */
export const LETTERS = "abcdđeghiklmnopqrstuvxy";

/**
 * The next letter points may take after `letter` (an index in LETTERS): the one after it, or past "đ" to "e", as
 * Word's automatic numbering letters a fifth point where a typed list writes "đ)". -1 for any other letter.
 */
export function nextLetter(letter: number, mark: string): number {
  if (mark === LETTERS[letter]) return letter + 1;
  return LETTERS[letter] === "đ" && mark === "e" ? letter + 2 : -1;
}

// A point's mark: "a) " at the cell's start or after the heading's colon or a point's closing mark.
const POINT = /(?:^|(?<=[.;:,])\s+)([a-zđ])\)\s+(?=\S)/gu;
// In a time cell the points are short ("a) Quý II/2026 b) Quý III/2026"): a mark after any space.
const TIME_POINT = /(?:^|\s+)([a-zđ])\)\s+(?=\S)/gu;

export interface LetteredPoint {
  letter: string;
  text: string;
}

/** The marks of `cell`'s points lettered a, b, … in order, the first at `from`; null when they break order. */
function marksInOrder(cell: string, marks: RegExp, from: (at: number) => boolean): RegExpExecArray[] | null {
  const found: RegExpExecArray[] = [];
  let letter = 0;
  for (const m of cell.matchAll(marks)) {
    const next = nextLetter(letter, m[1]!);
    if (next < 0) {
      // A letter out of order is words of the point before ("… theo điểm c) khoản 2"), never the list's start.
      if (found.length === 0) return null;
      continue;
    }
    if (found.length === 0 && !from(m.index)) return null;
    found.push(m);
    letter = next;
  }
  return found.length >= 2 ? found : null;
}

const pointsOf = (cell: string, marks: RegExpExecArray[]): LetteredPoint[] =>
  marks.map((m, i) => ({
    letter: m[1]!,
    text: cell
      .slice(m.index + m[0].length, marks[i + 1]?.index)
      .trim()
      .replace(/\s*[;.,]$/u, ""),
  }));

/**
 * The cell's points, two or more lettered from "a" in order, opening the cell or after a heading line closing on
 * a colon ("Rà soát, hoàn thiện bộ máy: a) … b) …"); the heading is the row's title. Null for any other cell.
 */
export function letteredPoints(cell: string): { heading: string; points: LetteredPoint[] } | null {
  const text = cell.trim();
  const marks = marksInOrder(text, POINT, (at) => at === 0 || /:\s*$/u.test(text.slice(0, at)));
  if (!marks) return null;
  return { heading: text.slice(0, marks[0]!.index).trim().replace(/:$/u, ""), points: pointsOf(text, marks) };
}

/** A time cell lettered as its row's points are ("a) Trước 15/3/2026 b) Tháng 6/2026"): each letter's time. */
export function letteredTimes(cell: string): Map<string, string> | null {
  const text = cell.trim();
  const marks = marksInOrder(text, TIME_POINT, (at) => at === 0);
  return marks && new Map(pointsOf(text, marks).map((p) => [p.letter, p.text]));
}
