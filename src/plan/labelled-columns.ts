// A task list set at tab stops, each item on one line, under a caption that names its columns once:
//   TT ⇥ Nội dung công việc            ⇥ Đơn vị thực hiện                     ⇥ Thời gian
//        ⇥ Kiểm soát quy định                                                   (a group's line, in bold)
//   1.   ⇥ Rà soát quy định kinh doanh ⇥ Sở Tư pháp; phối hợp: Sở Y tế          ⇥ Quý II/2024
// Its items are numbered "1." as a list's are, and go on through the group lines, so they keep their section's refs
// ("II.1") and are no table's rows; but each piece after the item's words means what its column's label says. Each
// item is read as the item and a line a column, labelled as the caption labels it ("Đơn vị thực hiện: Sở Tư pháp;
// phối hợp: Sở Y tế", "Thời gian: Quý II/2024"), as a plan that writes its labels on every item is read
// (`src/plan/labels.ts`). The caption may be a line of tabs, or labels set off by dashes or wide gaps, after a
// sentence's colon ("… theo thứ tự: Nội dung — Đơn vị thực hiện (…) — Thời gian, như sau:").
// Only a list whose every line is an item or a group's line is so read: an item's words wrapped by hand onto the next
// lines (set 6's 02) stay as they were, and so does any column whose label says nothing of a task's lead, partners
// or time ("Ghi chú"), and a table's rows numbered bare ("1").
import { labelOf } from "./labels.ts";
import { isColumnLabel } from "./tab-stop-rows.ts";

const NUMBER_LABEL = /^(?:s[ốo]\s*|s)?tt\.?$/iu;
/** An item's own number, keeping its period: "1.", "2.3.". */
const ITEM_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.$/;
/** An item whose number shares its first piece with its words ("1. Rà soát …", a Word list's label). */
const NUMBERED_TEXT = /^(\d{1,3}(?:\.\d{1,3})*\.)\s+(\S.*)$/su;

/** The caption's columns: where the item's words stand, and the label of each column after them. */
interface Columns {
  content: number;
  labels: string[];
}

/**
 * The columns a caption's labels give, numbered from the item's number (column 0, "TT" or none): the first after it
 * holds the item's words, each later one a label `labelOf` reads; null when any later label is none.
 */
function columnsOf(caption: readonly string[]): Columns | null {
  const cells = caption.map((cell) => cell.trim());
  const labels = NUMBER_LABEL.test(cells[0] ?? "") ? cells : ["", ...cells];
  const content = labels.findIndex((label, k) => k > 0 && label);
  if (content < 0 || labelOf(`${labels[content]}:`)) return null;
  const fields = labels.slice(content + 1).filter(Boolean);
  return fields.length && fields.every((label) => labelOf(`${label}:`)) ? { content, labels } : null;
}

/** A line's cells fitted to `width` columns: a number sharing its piece split off, empty cells dropped to fit. */
function fitted(line: readonly string[], width: number): string[] {
  const cells = line.map((cell) => cell.trim());
  const numbered = NUMBERED_TEXT.exec(cells[0] ?? "");
  if (numbered) cells.splice(0, 1, numbered[1]!, numbered[2]!);
  for (let k = cells.length - 1; k > 0 && cells.length > width; k--) if (!cells[k]) cells.splice(k, 1);
  return cells;
}

/** The paragraphs an item's cells read as: its number and words, then a labelled line a filled column. */
function itemLines(cells: readonly string[], columns: Columns): string[] {
  const { content, labels } = columns;
  const texts = labels.map(() => "");
  cells.forEach((cell, k) => {
    if (k === 0 || !cell) return;
    // A cell past the caption's last column, or under no label of its own, goes with the labelled column before it.
    let at = Math.min(k, labels.length - 1);
    while (at > content && !labels[at]) at--;
    texts[at] = texts[at] ? `${texts[at]} ${cell}` : cell;
  });
  const fields = labels.flatMap((label, k) => (k > content && texts[k] ? [`${label}: ${texts[k]}`] : []));
  return [
    `${cells[0]} ${texts
      .slice(1, content + 1)
      .filter(Boolean)
      .join(" ")}`,
    ...fields,
  ];
}

/** A group's line: nothing before its one piece, which opens a thing of its own (no word going on in lower case). */
function groupLine(cells: readonly string[]): string | null {
  const filled = cells.filter(Boolean);
  return !cells[0] && filled.length === 1 && !/^\p{Ll}/u.test(filled[0]!) ? filled[0]! : null;
}

/**
 * The paragraphs a list under `caption` reads as (`lines` its lines, cell by cell): each item numbered "1." as its
 * number and words, then a line "label: cell" a filled column; a group's line as its words. Null when the caption
 * names no such columns or a line is neither an item nor a group's line. Linear in the cells.
 */
export function labelledItems(caption: readonly string[], lines: readonly (readonly string[])[]): string[] | null {
  const columns = columnsOf(caption);
  if (!columns || !lines.length) return null;
  const out: string[] = [];
  let items = 0;
  for (const line of lines) {
    const cells = fitted(line, columns.labels.length);
    const group = groupLine(cells);
    if (group !== null) {
      out.push(group);
      continue;
    }
    if (!ITEM_NUMBER.test(cells[0] ?? "") || !cells[columns.content]) return null;
    out.push(...itemLines(cells, columns));
    items++;
  }
  return items ? out : null;
}

// "… theo thứ tự: Nội dung công việc — Đơn vị thực hiện (…) — Thời gian hoàn thành, như sau:"
const BRACKETS = /\([^()]*\)/g;
const LEAD_IN = /^[^:]*:\s*(?=\S)/u;
const CLOSING_WORDS = /(?:như sau|sau đây)$/iu;
/** The words before a caption's closing "…, như sau:" and its marks. */
const withoutClosing = (text: string): string => {
  const bare = (t: string) =>
    t
      .trimEnd()
      .replace(/[,.;:]$/u, "")
      .trimEnd();
  return bare(bare(text).replace(CLOSING_WORDS, ""));
};
const BETWEEN_LABELS = /\s+[—–-]\s+|\s{3,}|\t+/u;
/** A number column's label one space before the next label ("TT Nội dung công việc"): a narrow column's, set close. */
const NUMBER_FIRST = /^((?:s[ốo]\s*|s)?tt\.?)\s+(\S.*)$/iu;

/** The caption's first piece as the number's label and the next one when it holds both. */
function numberApart(labels: string[]): string[] {
  const both = NUMBER_FIRST.exec(labels[0] ?? "");
  return both && isColumnLabel(both[2]!) ? [both[1]!, both[2]!, ...labels.slice(1)] : labels;
}

/**
 * The column labels a caption line names, three at least and every piece a task-table column's label: set off by
 * tabs, by spaced dashes or by wide gaps, after a sentence's colon or alone, a number column's label perhaps one
 * space before the next ("TT Nội dung công việc", as a PDF's line shows a narrow column); else null. Ordinary prose
 * holding a tab or a dash names no labels.
 */
export function captionLabels(line: string): string[] | null {
  const bare = line.replace(BRACKETS, " ");
  const listed = bare.includes(":") && !bare.includes("\t") ? bare.replace(LEAD_IN, "") : bare;
  const labels = numberApart(
    withoutClosing(listed)
      .split(BETWEEN_LABELS)
      .map((label) => label.trim()),
  );
  const named = (label: string, k: number) => isColumnLabel(label) || (k === 0 && NUMBER_LABEL.test(label));
  return labels.length >= 3 && labels.every(named) ? labels : null;
}

/** The next line at or after `from` that is not blank (a caption's sentence stands a blank line over its list). */
function nextFilled(lines: readonly string[], from: number): number {
  let at = from;
  while (at < lines.length && !lines[at]!.trim()) at++;
  return at;
}

/**
 * The lines of a text plan with each list under a caption naming its columns read as its items and their labelled
 * lines (`labelledItems`): a caption of tabs gives way to them, a sentence or a line of dashes stays over them. Run
 * before a tab-stop list's wrapped rows are joined (`src/plan/tab-stop-rows.ts`).
 */
export function labelledLists(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const caption = captionLabels(line);
    const tabbed = line.includes("\t");
    const first = caption ? (tabbed ? i + 1 : nextFilled(lines, i + 1)) : i;
    let end = first;
    while (end < lines.length && lines[end]!.includes("\t")) end++;
    const items =
      caption && end > first
        ? labelledItems(
            caption,
            lines.slice(first, end).map((l) => l.split("\t")),
          )
        : null;
    if (!items) {
      out.push(line);
      continue;
    }
    out.push(...(tabbed ? [] : lines.slice(i, first)), ...items);
    i = end - 1;
  }
  return out;
}
