// A task table printed with no ruling lines (a report tool's "plain" theme): a header line of column
// labels (TT | Nội dung | Chủ trì | Phối hợp | Thời hạn …), then rows whose cells wrap over several lines,
// each row opening with its number in the TT column and set apart from the next by a wider gap. Its
// columns are where the header's labels and the body's text stand; the rules a writer would have drawn
// are drawn here, between the columns and above each numbered row, so that the table is read as a ruled
// one is (`src/plan/pdf/tables.ts`).
import { fold } from "../../domain/text.ts";
import type { Rule, TextRun } from "./geometry.ts";
import type { Table } from "./tables.ts";
import {
  ALIGNED,
  centre,
  columnBorders,
  joined,
  tabStopBorders,
  type TextLine,
  textLines,
  WORD_SPACE,
} from "./text-lines.ts";

/** A gap between lines of more than this many font sizes ends the table: what follows is no row of it. */
const TABLE_GAP = 3;
/** A line this many times further from the one above than any two lines of a table so far is none of it. */
const APART = 1.5;
const REF_LABEL = /^(so )?s?tt$/;
// A pivot table's head pasted as values: "Row Labels" over its outline, no number column (src/plan/pivot-outline.ts).
const PIVOT_LABEL = /^(row labels|nhan hang)$/;
// A pivot table's value field closing its head: "Số lượng", "Count of Nhiệm vụ", "Đếm Nhiệm vụ", "Sum - Số lượng".
const COUNT_LABEL = /^(so luong|so nhiem vu|counta?|sum|dem|tong so)\b/;
const COUNT = /^\d{1,6}$/;
const TASK_LABEL = /nhiem vu|noi dung|ten bao cao/;
const ROLE_LABEL = /chu tri|phoi hop|thoi gian|thoi han|\bhan\b|tien do|thuc hien/;
/**
 * A row's number: "1", "12", "II", bare as a table writes it; "1." with its period numbers the items of
 * a list laid out at tab stops, read as a list (`src/plan/pdf/paragraphs.ts`), unless every label of the
 * header line starts where its column's cells start (`labelsStartColumns`).
 */
const ROW_NUMBER = /^(\d{1,3}|[IVXL]+)$/;
const DOTTED_NUMBER = /^\d{1,3}\.$/;
const GROUP_NUMBER = /^[IVXL]+\.$/;
/** A rule typed as a line of dashes (a table set in a fixed-width font, as a typewriter did): drawn, no text. */
const TYPED_RULE = /^[-_=]{10,}$/;

/**
 * A header line's labels: runs a font size apart at most joined, or half of one where that runs the label of a narrow
 * number column into the next ("STT" at one tab stop, "Nội dung" at the next, 0.6 font sizes on).
 */
function labelsOf(line: TextLine): TextRun[] {
  const loose = joined(line, 1);
  if (headerLabels(loose)) return loose;
  const tight = joined(line, 0.5);
  return headerLabels(tight) ? tight : loose;
}

const isHeader = (line: TextLine): boolean =>
  headerLabels(labelsOf(line)) || isPivotHeader(line) || countedLabels(line) !== null;

/**
 * A line's labels when it heads a pivot table laid out in tabular form: no number column, the row fields' labels (a
 * unit, the task, its time or partners), the value field's count last ("Đơn vị chủ trì | Nhiệm vụ | Thời hạn | Số
 * lượng"); runs half a font size apart split where a font size apart joins two labels (`labelsOf`). Else null.
 */
function countedLabels(line: TextLine): TextRun[] | null {
  for (const within of [1, 0.5]) {
    const runs = joined(line, within);
    const labels = runs.map((run) => fold(run.text));
    const heads = labels.slice(0, -1);
    if (
      labels.length >= 3 &&
      labels.every((l) => l.split(" ").length <= 6) &&
      !labels.some((l) => REF_LABEL.test(l)) &&
      heads.some((l) => TASK_LABEL.test(l)) &&
      heads.some((l) => ROLE_LABEL.test(l)) &&
      COUNT_LABEL.test(labels.at(-1)!)
    )
      return runs;
  }
  return null;
}

/** Whether a line heads a pivot table's outline: "Row Labels" and a value column's label or more beside it. */
function isPivotHeader(line: TextLine): boolean {
  const labels = joined(line, 1);
  return labels.length >= 2 && PIVOT_LABEL.test(fold(labels[0]!.text));
}

/** Whether a header's labels stand at tab stops: only half a font size apart or closer tells them. */
const atTabStops = (line: TextLine): boolean => !headerLabels(joined(line, 1));

/** Whether the labels are a header's: short, one numbering the rows, one naming the task, one saying who or when. */
function headerLabels(runs: TextRun[]): boolean {
  const labels = runs.map((r) => fold(r.text));
  return (
    labels.length >= 4 &&
    labels.every((l) => l.split(" ").length <= 6) &&
    labels.some((l) => REF_LABEL.test(l)) &&
    labels.some((l) => TASK_LABEL.test(l)) &&
    labels.some((l) => ROLE_LABEL.test(l))
  );
}

/**
 * What tells a table's rows: the header's number label, whether a number may end in a period, and whether a group's
 * Roman numeral may ("I.", "II." over rows numbered "1", "2": a table's group rows, once its rows are found bare).
 */
interface RowMark {
  ref: TextRun;
  dotted: boolean;
  groups?: boolean;
  /** An outline with no numbers: a line with text left of this x (its first column) opens a row. */
  labelled?: number;
  /** A pivot's rows in tabular form: a line with a count right of this x (its value column) opens a row. */
  counted?: number;
}

/** Whether a line opens a row: its number stands under the header's number label. */
function opensRow(line: TextLine, { ref, dotted, groups, labelled, counted }: RowMark): boolean {
  if (labelled !== undefined) return line.runs.some((run) => run.x < labelled);
  // A count never wraps, and a row's cells start on its first line: the line holding it opens the row.
  if (counted !== undefined) return line.runs.some((run) => run.x >= counted && COUNT.test(run.text.trim()));
  return line.runs.some((run) => {
    const text = run.text.trim();
    const number =
      ROW_NUMBER.test(text) || (dotted && DOTTED_NUMBER.test(text)) || (groups === true && GROUP_NUMBER.test(text));
    return number && Math.abs(centre(run) - centre(ref)) <= ref.width + run.size;
  });
}

const isTypedRule = (line: TextLine) => TYPED_RULE.test(line.runs.map((run) => run.text.trim()).join(""));

/**
 * The body lines from `from`, under `above` (the header; none at the top of a page a table goes on to), to the last
 * before a wide gap or the next table's header: from its first numbered line, or from the first line when the header
 * is repeated at the top of a page over the rest of a row the page broke (`carryOver`, `src/plan/pdf/layout.ts`);
 * above a first row, a line is a label's second line. A line opening no row set further apart from the one above than
 * any two lines of the table (half as far again as the widest gap so far) follows the table: a heading set with space
 * before it ("II. PHÁT TRIỂN …", "C. TỔ CHỨC THỰC HIỆN"). A typed rule under the header is skipped; one under rows
 * closes the table and is its (`end`, the index of the table's last line).
 */
function bodyLines(
  lines: TextLine[],
  from: number,
  above: TextLine | null,
  mark: RowMark,
  repeated: boolean,
): { body: TextLine[]; end: number } {
  const body: TextLine[] = [];
  let widest = 0;
  let end = from - 1;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    const upper = body.at(-1) ?? above;
    const gap = upper ? line.y - upper.y : 0;
    if (gap > TABLE_GAP * line.size || isHeader(line)) break;
    // A group's heading over a header of its own is the next table's title, no row of this one.
    if (mark.groups && isGroupLine(line) && lines[i + 1] && isHeader(lines[i + 1]!)) break;
    if (isTypedRule(line)) {
      if (!body.length) continue;
      end = i;
      break;
    }
    if (widest > 0 && gap > APART * widest && !opensRow(line, mark)) break;
    if (body.length === 0 && !repeated && !opensRow(line, mark)) continue;
    body.push(line);
    end = i;
    widest = Math.max(widest, gap);
  }
  return { body, end };
}

/**
 * Whether each label after the number's starts where its column's lines start, as a table typed in a fixed-width font
 * sets them: its rows may then be numbered "1.". Where a line starts in a column is the middling one (a font lacking
 * the accented letters draws them a little wider, and a line's later cells drift right or left of their column). A
 * list at tab stops under labels centred over its columns is no table.
 */
function labelsStartColumns(labels: TextRun[], body: TextLine[], borders: number[]): boolean {
  const offsets = labels.slice(1).flatMap((label, i) => {
    const [from, to] = [borders[i + 1]!, borders[i + 2]!];
    const starts = body.flatMap((line) => line.runs.find((run) => run.x >= from && run.x < to)?.x ?? []);
    // A column no row has filled in says nothing.
    const middle = starts.sort((a, b) => a - b)[Math.floor(starts.length / 2)];
    return middle === undefined ? [] : [Math.abs(middle - label.x) / label.size];
  });
  return offsets.length >= 2 && offsets.every((offset) => offset <= ALIGNED);
}

/** Whether nothing but a page number stands in the lines from `from` to `to` (excluded). */
const onlyPageNumbers = (lines: TextLine[], from: number, to: number): boolean =>
  lines.slice(from, to).every((line) => line.runs.every((run) => /^[\d\s–-]*$/.test(run.text)));

/** A table's columns, and how its rows open: the next page may go on with its rows and repeat no header. */
export interface OpenColumns {
  borders: number[];
  mark: RowMark;
}

interface ReadTable {
  rules: Rule[];
  /** The index of its last line. */
  end: number;
  columns: OpenColumns | null;
}

/**
 * The rules a table's rows would have drawn: between its columns, above its first line (`above`, the header, or the
 * body's first line at the top of a page), under `bottom`, and above each line that opens a row.
 */
function rowRules(
  above: TextLine | null,
  body: TextLine[],
  bottom: TextLine,
  columns: OpenColumns,
  ceiling?: number,
): Rule[] {
  // A line's text stands above its baseline: a border between two lines runs just above the lower one's.
  const between = (upper: TextLine, lower: TextLine) => (upper.y + lower.y) / 2 - 0.3 * lower.size;
  const first = above ?? body[0]!;
  const top = ceiling ?? first.y - 1.2 * first.size;
  const floor = bottom.y + 0.5 * bottom.size;
  const floors = [top, floor];
  const groups: { line: TextLine; from: number }[] = [];
  body.forEach((line, i) => {
    const upper = i === 0 ? above : body[i - 1]!;
    const opens = opensRow(line, columns.mark);
    if (upper && (i === 0 || opens)) floors.push(between(upper, line));
    if (upper && opens && isGroupLine(line)) groups.push({ line, from: between(upper, line) });
  });
  floors.sort((a, b) => a - b);
  // A group's heading runs on across the columns: its row is one cell there, no border drawn through its words.
  const bands = groups.map(({ line, from }) => ({ line, from, to: floors.find((y) => y > from + 1) ?? floor }));
  const { borders } = columns;
  const [left, right] = [borders[0]!, borders.at(-1)!];
  const walls = (x: number): Rule[] => {
    const out: Rule[] = [];
    let y1 = top;
    for (const band of bands.filter((b) => crosses(b.line, x))) {
      out.push({ x1: x, y1, x2: x, y2: band.from });
      y1 = band.to;
    }
    return [...out, { x1: x, y1, x2: x, y2: floor }];
  };
  return [...floors.map((y) => ({ x1: left, y1: y, x2: right, y2: y })), ...borders.flatMap(walls)];
}

/** A group row's line: "I." or "II." in the number column, its heading after it. */
const isGroupLine = (line: TextLine) => GROUP_NUMBER.test(line.runs[0]?.text.trim() ?? "");

/** Whether the line's words run on across `x` (pieces half a font size apart at most: no tab stop's gap there). */
const crosses = (line: TextLine, x: number) =>
  joined(line, 0.5).some((piece) => piece.x < x - 1 && piece.x + piece.width > x + 1);

/** The table under the header line `at`: the rules it would have drawn, its last line and its columns. */
function tableUnder(lines: TextLine[], at: number): ReadTable {
  const header = lines[at]!;
  if (isPivotHeader(header)) return outlineUnder(lines, at);
  const counted = countedLabels(header);
  if (counted) return countedUnder(lines, at, counted);
  const labels = labelsOf(header);
  const mark: RowMark = { ref: labels.find((r) => REF_LABEL.test(fold(r.text)))!, dotted: false };
  const repeated = onlyPageNumbers(lines, 0, at);
  let read = bodyLines(lines, at + 1, header, mark, repeated);
  // Lines under labels with no numbered row among them are a list laid out at tab stops, no table.
  if (!read.body.some((line) => opensRow(line, mark))) {
    mark.dotted = true;
    read = bodyLines(lines, at + 1, header, mark, repeated);
    if (!read.body.some((line) => opensRow(line, mark))) return { rules: [], end: at, columns: null };
  }
  // Items numbered "1.", "2." under labels set at tab stops are a list's, read paragraph by paragraph, as the Word
  // and text readers read them (`numberedWithPeriods`, `src/plan/tab-stop-rows.ts`).
  if (mark.dotted && atTabStops(header)) return { rules: [], end: at, columns: null };
  if (!mark.dotted) {
    mark.groups = true;
    read = bodyLines(lines, at + 1, header, mark, repeated);
  }
  const { body, end } = read;
  const borders =
    columnBorders(
      labels,
      [header, ...body].flatMap((l) => l.runs),
    ) ?? (mark.dotted ? null : tabStopBorders(labels, body));
  if (!borders || (mark.dotted && !labelsStartColumns(labels, body, borders))) return { rules: [], end, columns: null };
  const columns = { borders, mark };
  return { rules: rowRules(header, body, lines[end]!, columns), end, columns };
}

/**
 * A pivot table's outline under its "Row Labels" line: every label of the first column opens a row, a line with none
 * there goes on with the row above (a cell beside it wrapped).
 */
function outlineUnder(lines: TextLine[], at: number): ReadTable {
  const header = lines[at]!;
  const labels = joined(header, 1);
  const mark: RowMark = { ref: labels[0]!, dotted: false, labelled: labels[1]!.x };
  const { body, end } = bodyLines(lines, at + 1, header, mark, false);
  // A sheet's labels start their columns, a count stands right up to the next: the borders stand a point left of them.
  const runs = [header, ...body].flatMap((l) => l.runs);
  const borders = [
    Math.min(...runs.map((r) => r.x)) - 2,
    ...labels.slice(1).map((label) => label.x - 1),
    Math.max(...runs.map((r) => r.x + r.width)) + 2,
  ];
  const columns = { borders, mark };
  return { rules: rowRules(header, body, lines[end]!, columns), end, columns };
}

/**
 * A pivot table in tabular form under its header: a row opens at each line holding a count in the value column (its
 * labels are not repeated, so the first column is blank on most rows); a line with none goes on with the row above (a
 * cell beside it wrapped). Its borders stand where the text of each column starts (`columnBorders`), else a point left
 * of each label, as a sheet's labels start their columns.
 */
function countedUnder(lines: TextLine[], at: number, labels: TextRun[]): ReadTable {
  const header = lines[at]!;
  const value = labels.at(-1)!;
  const mark: RowMark = { ref: labels[0]!, dotted: false, counted: value.x - value.size };
  // A label wrapped in its cell ("Count of / Nhiệm vụ") goes on under its start: the header row ends under it.
  let last = at;
  const wraps = (line: TextLine) =>
    line.y - lines[last]!.y <= TABLE_GAP * line.size &&
    !opensRow(line, mark) &&
    line.runs.every((run) => labels.some((label) => Math.abs(run.x - label.x) <= run.size));
  while (lines[last + 1] && wraps(lines[last + 1]!)) last++;
  const { body, end } = bodyLines(lines, last + 1, lines[last]!, mark, false);
  if (!body.length) return { rules: [], end: at, columns: null };
  const runs = [header, ...body].flatMap((l) => l.runs);
  const borders = columnBorders(labels, runs) ?? [
    Math.min(...runs.map((r) => r.x)) - 2,
    ...labels.slice(1).map((label) => label.x - 1),
    Math.max(...runs.map((r) => r.x + r.width)) + 2,
  ];
  const columns = { borders, mark };
  const ceiling = header.y - 1.2 * header.size;
  return { rules: rowRules(lines[last]!, body, lines[end]!, columns, ceiling), end, columns };
}

/** Whether a line's runs each keep to one column, crossing no border between two, and stand in two columns or more. */
function keepsTo(line: TextLine, borders: number[]): boolean {
  const inner = borders.slice(1, -1);
  const crosses = (run: TextRun) =>
    inner.some((b) => run.x < b - WORD_SPACE * run.size && run.x + run.width > b + WORD_SPACE * run.size);
  return !line.runs.some(crosses);
}

/**
 * The lines at the top of a page that go on with the table the page before ended in, under its columns though no
 * header is repeated (a table typed in a fixed-width font runs on over the break): those that keep to its columns, the
 * first standing in two of them or more, or going on with a cell's words in lower case (a paragraph crosses the
 * columns; a short heading stands in one, in capitals).
 */
function tableGoingOn(lines: TextLine[], from: number, columns: OpenColumns): ReadTable | null {
  if (from >= lines.length || isHeader(lines[from]!)) return null;
  const { body, end } = bodyLines(lines, from, null, columns.mark, true);
  const kept = body.findIndex((line) => !keepsTo(line, columns.borders));
  const rows = kept < 0 ? body : body.slice(0, kept);
  const spread = new Set(rows[0]?.runs.map((run) => columns.borders.findLastIndex((b) => b <= centre(run))));
  if (spread.size < 2 && !/^\p{Ll}/u.test(rows[0]?.runs[0]?.text.trim() ?? "")) return null;
  const last = kept < 0 ? end : lines.indexOf(rows.at(-1)!);
  const left = Math.min(columns.borders[0]!, ...rows.flatMap((l) => l.runs.map((r) => r.x - 2)));
  const going = { ...columns, borders: [left, ...columns.borders.slice(1)] };
  return { rules: rowRules(null, rows, lines[last]!, going), end: last, columns: going };
}

/** Where a table stands down the page, top to bottom. */
export type Span = { top: number; bottom: number };
const spanOf = (rules: Rule[]): Span => {
  const ys = rules.flatMap((r) => [r.y1, r.y2]);
  return { top: Math.min(...ys), bottom: Math.max(...ys) };
};

/**
 * The rules the borderless task tables on a page would have drawn (none when the page shows no such table), and the
 * columns of the last when it runs to the page's foot: the next page may go on with it (`carried`), and where the
 * pivots among them stand (`pivots`), each row counted in the value column.
 */
export function borderlessRules(
  runs: TextRun[],
  carried: OpenColumns | null = null,
): { rules: Rule[]; open: OpenColumns | null; pivots: Span[] } {
  const lines = textLines(runs);
  const rules: Rule[] = [];
  const pivots: Span[] = [];
  let open: OpenColumns | null = null;
  const top = lines.findIndex((line, i) => !onlyPageNumbers(lines, i, i + 1));
  const going = carried && top >= 0 ? tableGoingOn(lines, top, carried) : null;
  const take = (table: ReadTable) => {
    rules.push(...table.rules);
    if (table.columns?.mark.counted !== undefined && table.rules.length) pivots.push(spanOf(table.rules));
    open = table.rules.length && onlyPageNumbers(lines, table.end + 1, lines.length) ? table.columns : null;
    return table.end;
  };
  for (let at = going ? take(going) + 1 : 0; at < lines.length; at++) {
    if (isHeader(lines[at]!)) at = take(tableUnder(lines, at));
  }
  return { rules, open, pivots };
}

/** Whether a run is a typed rule inside a table drawn here: a line of it, no text of a cell. */
export const typedRuleIn = (table: Table, run: TextRun): boolean =>
  Boolean(table.unruled) && TYPED_RULE.test(run.text.trim()) && run.y >= table.ys[0]! && run.y <= table.ys.at(-1)!;
