// A cell or phrase that points at tasks of a plan's body by their numbers, as an appendix of deadlines keys its
// rows: "II.4.b", "4.b", "Nhiệm vụ 4b", "Điểm b khoản 4 Mục II", "Điểm a và điểm c khoản 3 Mục II", "II.1.a; II.5.a".
// Each is read as the ref the body gives the task ("II.4.b"); a part left out ("4.b") is left out of the key too,
// and matched against the body's refs by their ends (`citedRef`).
import { fold } from "./text.ts";

const ROMAN = "[IVXLC]+";
// "II.4.b", "II.4", "4.b", "4b", "2.3.a": a number with its section before it or its point after it. A bare
// number or "1.2" is how a table numbers its own rows, never read as pointing elsewhere.
const DOTTED = new RegExp(String.raw`^(?:(${ROMAN})[.\-\s]+)?(\d{1,3}(?:\.\d{1,3})*)(?:\.?\s*([a-zđ]))?\.?$`, "iu");
// Words that may stand before a dotted ref ("Nhiệm vụ 4b", "Mục II.4.b"): then a bare number cites a task too.
const NAMING = /^(?:nhiệm vụ|nội dung|mục|điểm|khoản)(?:\s+số)?\s+/iu;
// "(tại) Kế hoạch (này)" after a citation says whose numbers they are.
const OF_PLAN = /\s*(?:,\s*)?(?:(?:tại|của)\s*)?kế hoạch(?:\s+này)?\s*$/iu;
// "Điểm e khoản 2 (đề nghị)": a remark in brackets after the citation says how the point asks, not which.
const REMARK = /(?<=\S)\s*\([^()]*\)\s*$/u;

/**
 * "II.4.b" from a dotted ref; null when it is a bare number (a row's own) or not a ref at all. Under a column whose
 * title names the part its numbers are in (`part`), a bare number is that part's task.
 */
function dotted(piece: string, part: string | null): string | null {
  const named = NAMING.exec(piece);
  const m = DOTTED.exec(piece.slice(named?.[0].length ?? 0).trim());
  if (!m) return null;
  const [, written, number, point] = m;
  const section = written?.toUpperCase() ?? part ?? undefined;
  if (!section && !point && !named) return null;
  return [section, number, point?.toLowerCase()].filter(Boolean).join(".");
}

// "Nhiệm vụ (số thứ tự tại Mục III)", "STT nhiệm vụ tại Phần II": a column's title saying its cells are the numbers
// tasks have in a part of the plan. (Folded.)
const NUMBERS_IN_PART = /\b(?:so thu tu|so tt|s?tt)\b.*\b(?:muc|phan) ([ivxlc]+|\d{1,2})\b/;

/** The part a column's title says its numbers are tasks of ("III"); null when it says no such thing. */
export function partNumbered(title: string): string | null {
  const part = NUMBERS_IN_PART.exec(fold(title))?.[1];
  return part ? part.toUpperCase() : null;
}

// The worded form, folded: points, then the clause they belong to, several such, then the section of them all.
// (Folded, commas are spaces; a point "đ", which folding would make "d", a point of its own, is folded as "dd".)
const LETTER = "(?:dd|[a-z])";
const POINTS = String.raw`(?:diem ${LETTER}(?: (?:va )?(?:diem )?${LETTER})* )`;
const LONE_DD = /(?<!\p{L})[đĐ](?!\p{L})/gu;
const WORDED = new RegExp(String.raw`^(?:${POINTS}?khoan \d{1,3} ?(?:va )?)+(?:(?:muc|phan) ([ivxlc]+|\d{1,2}))?$`);

/** "Điểm a và điểm c khoản 3, điểm b khoản 4 Mục II" → II.3.a, II.3.c, II.4.b. */
function worded(text: string): string[] | null {
  const folded = fold(text.replace(LONE_DD, "dd"));
  const whole = WORDED.exec(folded);
  if (!whole) return null;
  const section = whole[1] ? [/^\d/.test(whole[1]) ? whole[1] : whole[1].toUpperCase()] : [];
  return [...folded.matchAll(/(.*?)khoan (\d{1,3})/g)].flatMap(([, points, clause]) => {
    const letters = [...points!.matchAll(/\b(dd|[a-z])\b/g)].map((l) => (l[1] === "dd" ? "đ" : l[1]!));
    const base = [...section, clause!];
    return letters.length > 0 ? letters.map((l) => [...base, l].join(".")) : [base.join(".")];
  });
}

/**
 * The refs a cell cites, as keys ("II.3.a", "4.b"); null when the cell is not a citation of tasks alone. Several
 * citations are split by ";" or ",", or by "và" between dotted refs. `part`: the part of the plan the cell's column
 * says its bare numbers are in (`partNumbered`).
 */
export function taskCitations(cell: string, part: string | null = null): string[] | null {
  const text = cell.replace(REMARK, "").replace(OF_PLAN, "").trim();
  if (!text) return null;
  const words = worded(text);
  if (words) return words;
  const refs = text.split(/\s*[;,]\s*|\s+và\s+/iu).map((piece) => dotted(piece, part));
  return refs.every((r) => r !== null) ? (refs as string[]) : null;
}

/**
 * The ref among `refs` a cited key names: the ref itself, or the one ref ending in it ("4.b" in "II.4.b"). Null when
 * none does, or several.
 */
export function citedRef(refs: readonly string[], key: string): string | null {
  if (refs.includes(key)) return key;
  const ending = refs.filter((ref) => ref.endsWith(`.${key}`));
  if (ending.length === 1) return ending[0]!;
  // "(4)" cites the task a plan numbering "(n)" once for the whole document calls "4" (running-parens.ts).
  const bracketed = /^\((\d{1,3})\)$/.exec(key);
  return bracketed ? citedRef(refs, bracketed[1]!) : null;
}

// Citations inside a sentence that hands out work by number: "chủ trì thực hiện điểm 1 và điểm 10 mục II", "nhiệm vụ
// 2, 3", "các điểm a, b khoản 1 mục II", "nội dung tại mục III.2", "điểm 1 đến điểm 4". A Roman number is upper-case
// and a point's letter lower-case, so "điểm c" is never section C. A number counting things ("3 ngày") cites nothing.
const KEYWORD = String.raw`(?:[Nn]hiệm\s+vụ|[Nn]ội\s+dung|[Đđ]iểm|[Kk]hoản|[Tt]iểu\s+mục|[Mm]ục|MỤC|[Pp]hần|PHẦN)(?:\s+số)?`;
// A plan numbering its tasks "(1)", "(2)" cites them so: "chủ trì nhiệm vụ (2), (4) và (10)".
const REF = String.raw`(?:\(\d{1,3}\)|[IVXLC]+(?:\.\d{1,3})*(?:\.[a-zđ])?|\d{1,3}(?:\.\d{1,3})*(?:\.?[a-zđ])?|[a-zđ])(?![\p{L}\d/])(?!\s+(?:ngày|tháng|năm|lần|người)(?!\p{L}))`;
const RUN_START = new RegExp(String.raw`(?<![\p{L}\d])(?:(?:các|những)\s+)?${KEYWORD}\s+(?=${REF})`, "gu");
const ITEM = new RegExp(REF, "uy");
const ANOTHER = new RegExp(String.raw`(?:\s*(?:,\s*(?:và\s+)?|&\s*)|\s+và\s+)(?:${KEYWORD}\s+)?(?=${REF})`, "uy");
const UP_TO = new RegExp(String.raw`\s*(?:đến|tới|-|–)\s*(?:${KEYWORD}\s+)?(?=${REF})`, "uy");
const SCOPE = new RegExp(
  String.raw`\s*(?:,\s*)?(?:(?:của|thuộc|tại|ở)\s+)?([Kk]hoản|[Mm]ục|MỤC|[Pp]hần|PHẦN)(?:\s+số)?\s+(${REF})`,
  "uy",
);
/** The most points one range ("điểm 1 đến điểm 40") is read as: a longer one is no citation of work. */
const MAX_RANGE = 40;

export interface CitedRun {
  /** Where the run's words start and end in the sentence. */
  at: number;
  end: number;
  /** The cited refs as keys ("II.1", "1", "II.1.a"); a part named nowhere in the run is left out. */
  keys: string[];
  /** The section ("mục II", "phần 2") the run names for its points, which later runs may leave out. */
  section: string | null;
}

/** The points between two of a range's ends, "1" … "4" or "a" … "d"; just the ends when they are no such pair. */
function between(from: string, to: string): string[] {
  const [a, b] = [Number(from), Number(to)];
  if (/^\d+$/.test(from) && /^\d+$/.test(to) && b > a && b - a < MAX_RANGE)
    return Array.from({ length: b - a + 1 }, (_, k) => String(a + k));
  const [x, y] = [from.charCodeAt(0), to.charCodeAt(0)];
  if (/^[a-z]$/.test(from) && /^[a-z]$/.test(to) && y > x)
    return Array.from({ length: y - x + 1 }, (_, k) => String.fromCharCode(x + k));
  return [from, to];
}

/** One run from `at` (its keyword read): its points, then the clause and section they are in. */
function readRun(text: string, at: number, start: number): CitedRun | null {
  const points: string[] = [];
  let pos = start;
  for (let step: RegExp | null = null; ;) {
    ITEM.lastIndex = pos;
    const item = ITEM.exec(text);
    if (!item) break;
    const last = points.at(-1);
    points.push(...(step === UP_TO && last !== undefined ? between(last, item[0]).slice(1) : [item[0]]));
    pos = ITEM.lastIndex;
    step = [ANOTHER, UP_TO].find((s) => ((s.lastIndex = pos), s.test(text))) ?? null;
    if (!step) break;
    pos = step.lastIndex;
  }
  if (points.length === 0) return null;
  const scope: { clause?: string; section?: string } = {};
  for (SCOPE.lastIndex = pos; ;) {
    const m = SCOPE.exec(text);
    if (!m) break;
    if (/^k/i.test(m[1]!)) scope.clause ??= m[2]!;
    else scope.section ??= m[2]!;
    pos = SCOPE.lastIndex;
  }
  const prefix = [scope.section, scope.clause].filter((p): p is string => !!p);
  const keys = points.map((p) =>
    /^[IVXLC]/.test(p) ? p : [...prefix, p.replace(/^(\d+)([a-zđ])$/u, "$1.$2")].join("."),
  );
  return { at, end: pos, keys, section: scope.section ?? null };
}

/** The runs of citations in a sentence, in order; bounded by the sentence's length (each run reads ahead of it). */
export function citedRuns(text: string): CitedRun[] {
  const runs: CitedRun[] = [];
  let from = 0;
  for (const m of text.matchAll(RUN_START)) {
    if (m.index < from) continue;
    const run = readRun(text, m.index, m.index + m[0].length);
    if (!run) continue;
    runs.push(run);
    from = run.end;
  }
  return runs;
}
