// A task table printed with no ruling lines (a report tool's "plain" theme): a header line of column
// labels (TT | Nội dung | Chủ trì | Phối hợp | Thời hạn …), then rows whose cells wrap over several lines,
// each row opening with its number in the TT column and set apart from the next by a wider gap. Its
// columns are where the header's labels and the body's text stand; the rules a writer would have drawn
// are drawn here, between the columns and above each numbered row, so that the table is read as a ruled
// one is (`src/plan/pdf/tables.ts`).
import { fold } from "../../domain/text.ts";
import type { Rule, TextRun } from "./geometry.ts";

/** Runs on one baseline, within this many font sizes (a row's number may be set in a larger size, a point lower). */
const SAME_LINE = 0.3;
/** A gap between lines of more than this many font sizes ends the table: what follows is no row of it. */
const TABLE_GAP = 3;
/** A line this many times further from the one above than any two lines of a table so far is none of it. */
const APART = 1.5;
/** The widest a word space is, in font sizes. */
const WORD_SPACE = 0.3;
/** A gap between runs of a label this many font sizes wide or more is a word space. */
const SPACE = 0.15;

const REF_LABEL = /^(so )?s?tt$/;
const TASK_LABEL = /nhiem vu|noi dung|ten bao cao/;
const ROLE_LABEL = /chu tri|phoi hop|thoi gian|thoi han|\bhan\b|tien do|thuc hien/;
/**
 * A row's number: "1", "12", "II", bare as a table writes it; "1." with its period numbers the items of
 * a list laid out at tab stops, read as a list (`src/plan/pdf/paragraphs.ts`).
 */
const ROW_NUMBER = /^(\d{1,3}|[IVXL]+)$/;

interface TextLine {
  y: number;
  size: number;
  runs: TextRun[];
}

const centre = (run: TextRun) => run.x + run.width / 2;

/** Runs grouped by baseline, top to bottom, each line's runs left to right. */
function textLines(runs: TextRun[]): TextLine[] {
  const lines: TextLine[] = [];
  for (const run of [...runs].sort((a, b) => a.y - b.y)) {
    const last = lines.at(-1);
    if (last && run.y - last.y <= SAME_LINE * last.size) last.runs.push(run);
    else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * A line's runs joined where less than `within` font sizes apart. A label a PDF writer drew in pieces (a font lacking
 * the accented letters sets "N", "ộ", "i dung" apart) is one, a font size apart at most; labels stand columns apart.
 */
function joined(line: TextLine, within: number): TextRun[] {
  const pieces: TextRun[] = [];
  for (const run of line.runs) {
    const last = pieces.at(-1);
    const gap = last ? run.x - (last.x + last.width) : Infinity;
    if (!last || gap >= within * run.size) pieces.push({ ...run });
    else {
      last.text += `${gap >= SPACE * run.size ? " " : ""}${run.text}`;
      last.width = Math.max(last.width, run.x + run.width - last.x);
    }
  }
  return pieces;
}

const labelsOf = (line: TextLine) => joined(line, 1);

/** A header line: short labels, one numbering the rows, one naming the task, one saying who or when. */
function isHeader(line: TextLine): boolean {
  const labels = labelsOf(line).map((r) => fold(r.text));
  return (
    labels.length >= 4 &&
    labels.every((l) => l.split(" ").length <= 6) &&
    labels.some((l) => REF_LABEL.test(l)) &&
    labels.some((l) => TASK_LABEL.test(l)) &&
    labels.some((l) => ROLE_LABEL.test(l))
  );
}

/**
 * The stretches of x no run covers, left to right. A stretch no wider than a word space is inside a line's text (a word
 * drawn in pieces, a space between two words no other line covers), never between columns: it is none.
 */
function freeGaps(runs: TextRun[]): { from: number; to: number }[] {
  const gaps: { from: number; to: number }[] = [];
  let reach = -Infinity;
  for (const run of [...runs].sort((a, b) => a.x - b.x)) {
    if (run.x > reach + WORD_SPACE * run.size && reach > -Infinity) gaps.push({ from: reach, to: run.x });
    reach = Math.max(reach, run.x + run.width);
  }
  return gaps;
}

/**
 * The borders between columns: in the first stretch no text covers right of a label (a column's text
 * never crosses into the next; a stretch further right may be inside the next column, between its
 * short text and its centred label), a point before the next column's text: where its cells start is the same on
 * every page, where the ragged text before it ends is not, and a table going on over a page break keeps its columns
 * (`sameColumns`, `src/plan/pdf/layout.ts`); and around them all. Null when text crosses between two labels: a list
 * laid out at tab stops, whose lines run on under the next stop, is no table.
 */
function columnBorders(header: TextRun[], runs: TextRun[]): number[] | null {
  const gaps = freeGaps(runs);
  const borders = [Math.min(...runs.map((r) => r.x)) - 2];
  for (let i = 1; i < header.length; i++) {
    const [a, b] = [header[i - 1]!, header[i]!];
    const first = gaps.find((g) => (g.from + g.to) / 2 > centre(a) && (g.from + g.to) / 2 < centre(b));
    if (!first) return null;
    borders.push(first.to - 1);
  }
  borders.push(Math.max(...runs.map((r) => r.x + r.width)) + 2);
  return borders;
}

/** Whether a line opens a row: its number stands under the header's number label. */
function opensRow(line: TextLine, ref: TextRun): boolean {
  return line.runs.some(
    (run) => ROW_NUMBER.test(run.text.trim()) && Math.abs(centre(run) - centre(ref)) <= ref.width + run.size,
  );
}

/**
 * The body lines under a header, to the last before a wide gap or the next table's header: from its first numbered
 * line, or from the first line when the header is repeated at the top of a page over the rest of a row the page
 * broke (`carryOver`, `src/plan/pdf/layout.ts`); above a first row, a line is a label's second line. A line opening
 * no row set further apart from the one above than any two lines of the table (half as far again as the widest gap
 * so far) follows the table: a heading set with space before it ("II. PHÁT TRIỂN …", "C. TỔ CHỨC THỰC HIỆN").
 */
function bodyLines(lines: TextLine[], at: number, ref: TextRun, repeated: boolean): TextLine[] {
  const body: TextLine[] = [];
  let widest = 0;
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const gap = line.y - (body.at(-1) ?? lines[at]!).y;
    if (gap > TABLE_GAP * line.size || isHeader(line)) break;
    if (body.length > 0 && gap > APART * widest && !opensRow(line, ref)) break;
    if (body.length === 0 && !repeated && !opensRow(line, ref)) continue;
    body.push(line);
    widest = Math.max(widest, gap);
  }
  // Lines under labels with no numbered row among them are a list laid out at tab stops, no table.
  return body.some((line) => opensRow(line, ref)) ? body : [];
}

/** Whether nothing but a page number stands above the line `at`: a header there is repeated from the page before. */
const firstOnPage = (lines: TextLine[], at: number): boolean =>
  lines.slice(0, at).every((line) => line.runs.every((run) => /^[\d\s–-]*$/.test(run.text)));

/** The rules the table under the header line `at` would have drawn, and the index of its last line. */
function tableRules(lines: TextLine[], at: number): { rules: Rule[]; end: number } {
  const header = lines[at]!;
  const labels = labelsOf(header);
  const ref = labels.find((r) => REF_LABEL.test(fold(r.text)))!;
  const body = bodyLines(lines, at, ref, firstOnPage(lines, at));
  const end = body.length ? lines.indexOf(body.at(-1)!) : at;
  const texts = [header, ...body].flatMap((l) => l.runs);
  const borders = body.length ? columnBorders(labels, texts) : null;
  if (!borders) return { rules: [], end };
  // A line's text stands above its baseline: a border between two lines runs just above the lower one's.
  const between = (upper: TextLine, lower: TextLine) => (upper.y + lower.y) / 2 - 0.3 * lower.size;
  const top = header.y - 1.2 * header.size;
  const bottom = body.at(-1)!.y + 0.5 * header.size;
  const floors = [top, bottom];
  body.forEach((line, i) => {
    if (i === 0 || opensRow(line, ref)) floors.push(between(i === 0 ? header : body[i - 1]!, line));
  });
  const [left, right] = [borders[0]!, borders.at(-1)!];
  const rules = [
    ...floors.map((y) => ({ x1: left, y1: y, x2: right, y2: y })),
    ...borders.map((x) => ({ x1: x, y1: top, x2: x, y2: bottom })),
  ];
  return { rules, end };
}

/** The rules the borderless task tables on a page would have drawn; none when the page shows no such table. */
export function borderlessRules(runs: TextRun[]): Rule[] {
  const lines = textLines(runs);
  const rules: Rule[] = [];
  for (let at = 0; at < lines.length; at++) {
    if (!isHeader(lines[at]!)) continue;
    const table = tableRules(lines, at);
    rules.push(...table.rules);
    at = table.end;
  }
  return rules;
}
