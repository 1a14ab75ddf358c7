// A task table printed with no ruling lines (a report tool's "plain" theme): a header line of column
// labels (TT | Nội dung | Chủ trì | Phối hợp | Thời hạn …), then rows whose cells wrap over several lines,
// each row opening with its number in the TT column and set apart from the next by a wider gap. Its
// columns are where the header's labels and the body's text stand; the rules a writer would have drawn
// are drawn here, between the columns and above each numbered row, so that the table is read as a ruled
// one is (`src/plan/pdf/tables.ts`).
import { fold } from "../../domain/text.ts";
import type { Rule, TextRun } from "./geometry.ts";

/** Runs on one baseline, within this many points. */
const SAME_LINE = 1;
/** A gap between lines of more than this many font sizes ends the table: what follows is no row of it. */
const TABLE_GAP = 3;

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
    if (last && run.y - last.y <= SAME_LINE) last.runs.push(run);
    else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x);
  return lines;
}

/** A header line: short labels, one numbering the rows, one naming the task, one saying who or when. */
function isHeader(line: TextLine): boolean {
  const labels = line.runs.map((r) => fold(r.text));
  return (
    labels.length >= 4 &&
    labels.every((l) => l.split(" ").length <= 6) &&
    labels.some((l) => REF_LABEL.test(l)) &&
    labels.some((l) => TASK_LABEL.test(l)) &&
    labels.some((l) => ROLE_LABEL.test(l))
  );
}

/** The stretches of x no run covers, left to right. */
function freeGaps(runs: TextRun[]): { from: number; to: number }[] {
  const gaps: { from: number; to: number }[] = [];
  let reach = -Infinity;
  for (const run of [...runs].sort((a, b) => a.x - b.x)) {
    if (run.x > reach && reach > -Infinity) gaps.push({ from: reach, to: run.x });
    reach = Math.max(reach, run.x + run.width);
  }
  return gaps;
}

/**
 * The borders between columns: in the first stretch no text covers right of a label (a column's text
 * never crosses into the next; a stretch further right may be inside the next column, between its
 * short text and its centred label); and around them all. Null when text crosses between two labels:
 * a list laid out at tab stops, whose lines run on under the next stop, is no table.
 */
function columnBorders(header: TextRun[], runs: TextRun[]): number[] | null {
  const gaps = freeGaps(runs);
  const borders = [Math.min(...runs.map((r) => r.x)) - 2];
  for (let i = 1; i < header.length; i++) {
    const [a, b] = [header[i - 1]!, header[i]!];
    const first = gaps.find((g) => (g.from + g.to) / 2 > centre(a) && (g.from + g.to) / 2 < centre(b));
    if (!first) return null;
    borders.push((first.from + first.to) / 2);
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

/** The body lines under a header: from its first numbered line to the last before a wide gap. */
function bodyLines(lines: TextLine[], at: number, ref: TextRun): TextLine[] {
  const body: TextLine[] = [];
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const above = body.at(-1) ?? lines[at]!;
    if (line.y - above.y > TABLE_GAP * line.size) break;
    if (body.length === 0 && !opensRow(line, ref)) continue;
    body.push(line);
  }
  return body;
}

/** The rules a borderless task table on a page would have drawn; none when the page shows no such table. */
export function borderlessRules(runs: TextRun[]): Rule[] {
  const lines = textLines(runs);
  const at = lines.findIndex(isHeader);
  if (at < 0) return [];
  const header = lines[at]!;
  const ref = header.runs.find((r) => REF_LABEL.test(fold(r.text)))!;
  const body = bodyLines(lines, at, ref);
  if (body.length === 0) return [];
  const borders = columnBorders(
    header.runs,
    [header, ...body].flatMap((l) => l.runs),
  );
  if (!borders) return [];
  // A line's text stands above its baseline: a border between two lines runs just above the lower one's.
  const between = (upper: TextLine, lower: TextLine) => (upper.y + lower.y) / 2 - 0.3 * lower.size;
  const top = header.y - 1.2 * header.size;
  const bottom = body.at(-1)!.y + 0.5 * header.size;
  const floors = [top, bottom];
  body.forEach((line, i) => {
    if (opensRow(line, ref)) floors.push(between(i === 0 ? header : body[i - 1]!, line));
  });
  const [left, right] = [borders[0]!, borders.at(-1)!];
  return [
    ...floors.map((y) => ({ x1: left, y1: y, x2: right, y2: y })),
    ...borders.map((x) => ({ x1: x, y1: top, x2: x, y2: bottom })),
  ];
}
