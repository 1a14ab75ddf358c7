// What a page carries besides the document's text: footnotes (small text under a short
// rule at the foot of the page), page numbers and running headers or footers (the same
// line near the top or the bottom of several pages).
import { isHorizontal, type PageContent, type Rule } from "./geometry.ts";
import { PAGE_NUMBER } from "../page-number.ts";
import { type Line, lineText } from "./lines.ts";
import { fold } from "../../domain/text.ts";
import { sheetMonth } from "../month-tabs.ts";
import { formNumber } from "../form-number.ts";
import { citesAttachedPlan } from "../metadata.ts";

/** Share of the page height, at the top and at the bottom, where running text is looked for. */
const MARGIN_ZONE = 0.12;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** A rule no vertical rule meets: drawn alone, not a border of a table's cell. */
function alone(rule: Rule, rules: Rule[]): boolean {
  return !rules.some(
    (r) => r.x1 === r.x2 && r.x1 >= rule.x1 - 1 && r.x1 <= rule.x2 + 1 && r.y1 <= rule.y1 + 1 && r.y2 >= rule.y1 - 1,
  );
}

/**
 * A rule just under a line's baseline, within its width, underlines its words (a hyperlink at the start of a
 * line): a footnote separator has no text on it.
 */
function underlines(rule: Rule, lines: Line[]): boolean {
  return lines.some(
    (l) => rule.y1 >= l.y - 1 && rule.y1 <= l.y + l.size * 0.4 && rule.x1 >= l.x - 1 && rule.x2 <= l.right + 1,
  );
}

/**
 * Lines under a footnote separator: a short horizontal rule, not a table border, in the
 * lower half of the page, with only text smaller than the page's body text under it (or
 * no larger, when the rule is drawn alone: some writers set notes in the body's size).
 */
export function withoutFootnotes(lines: Line[], rules: Rule[], page: PageContent): Line[] {
  return splitFootnotes(lines, rules, page).body;
}

/** A page's lines: its body's, and its footnotes' (under the separator). */
export function splitFootnotes(lines: Line[], rules: Rule[], page: PageContent): { body: Line[]; notes: Line[] } {
  if (lines.length === 0) return { body: lines, notes: [] };
  const body = median(lines.map((l) => l.size));
  const left = Math.min(...lines.map((l) => l.x));
  const right = Math.max(...lines.map((l) => l.right));
  const separators = rules
    .filter(
      (r) => isHorizontal(r) && r.y1 > page.height / 2 && r.x2 - r.x1 >= 10 && r.x2 - r.x1 <= 0.6 * (right - left),
    )
    .filter((r) => Math.abs(r.x1 - left) < body * 2 && !underlines(r, lines))
    .sort((a, b) => a.y1 - b.y1);
  for (const rule of separators) {
    const under = lines.filter((l) => l.y - l.size * 0.7 > rule.y1);
    const largest = alone(rule, rules) ? body * 1.02 : body * 0.95;
    if (under.length > 0 && under.every((l) => l.size < largest))
      return { body: lines.filter((l) => !under.includes(l)), notes: under };
  }
  const unruled = unruledNotes(lines, page);
  if (unruled.notes.length) return unruled;
  const notes = notesAtFoot(lines, page, body);
  return { body: lines.slice(0, lines.length - notes.length), notes };
}

/**
 * Notes with no separator drawn above them (LibreOffice leaves it out on a page whose notes follow a table): the
 * lines at the page's foot from the first that opens with its raised mark, every one of them smaller than the text
 * above them.
 */
function unruledNotes(lines: Line[], page: PageContent): { body: Line[]; notes: Line[] } {
  const none = { body: lines, notes: [] };
  const first = lines.find((l) => l.y > page.height / 2 && opensWithMark(l));
  if (!first) return none;
  const above = lines.filter((l) => l.y < first.y - 0.5);
  const under = lines.filter((l) => !above.includes(l));
  const body = above.length > 0 ? median(above.map((l) => l.size)) : 0;
  return under.every((l) => l.size < body * 0.95) ? { body: above, notes: under } : none;
}

/** A line that opens with a raised mark before its first word: "² Số liệu báo cáo …". */
const opensWithMark = (line: Line) => line.marks?.some((m) => m.x <= line.x + 1) === true;

/**
 * Notes the same size as the text above them, under no rule (LibreOffice on a landscape page under a table): the
 * last lines of the page, in its lower half and below every line before them, the first opening with its mark.
 */
function notesAtFoot(lines: Line[], page: PageContent, body: number): Line[] {
  const first = lines.findIndex((l, i) => opensWithMark(l) && l.y > page.height / 2 && lines.slice(i).every(below(l)));
  if (first < 0) return [];
  const notes = lines.slice(first);
  const above = lines.slice(0, first);
  return notes.every((l) => l.size <= body * 1.02 && above.every((a) => a.y < l.y)) ? notes : [];
}

const below = (first: Line) => (line: Line) => line.y >= first.y;

/**
 * Each page's footnotes' texts by their marks: a note opens with its mark raised before its first
 * line ("¹ Công văn số …"); its next lines, with no mark before them, go on with it, on its page or
 * at the foot of the next (a long note runs over).
 */
export function footnoteTexts(pages: Line[][]): Map<string, string>[] {
  const texts = pages.map(() => new Map<string, string>());
  let open: { mark: string; on: Map<string, string> } | null = null;
  pages.forEach((notes, i) => {
    for (const line of notes) {
      const opening = line.marks?.find((m) => m.x <= line.x + 1);
      if (opening) open = { mark: opening.text, on: texts[i]! };
      if (open) open.on.set(open.mark, `${open.on.get(open.mark) ?? ""} ${lineText(line)}`.trim());
    }
  });
  return texts;
}

const shape = (line: Line) => lineText(line).replace(/\d+/g, "#");

function inMargins(line: Line, height: number): boolean {
  return line.y < height * MARGIN_ZONE || line.y > height * (1 - MARGIN_ZONE);
}

// The national motto opens a document's heading, never a running header: a page that carries it near its top opens a
// document (one of a mail merge's letters, each on its own pages), and its heading repeated is each letter's own.
const MOTTO = /\bcong hoa xa hoi chu nghia viet nam\b/;
const opensDocument = (lines: Line[], height: number) =>
  lines.some((l) => l.y < height * MARGIN_ZONE && MOTTO.test(fold(lineText(l))));

/**
 * What names the sheet a page prints, where a print puts it atop every page: its month ("Tháng 3", `month-tabs.ts`) or
 * its form's number ("Biểu số 4", `form-number.ts`); null for any other line.
 */
function sheetLabel(text: string): string | null {
  const form = formNumber(text);
  return sheetMonth(text)?.label ?? (form ? `Biểu ${form}` : null);
}

/**
 * Every page's lines without page numbers and without lines repeated at one place near the edge of several pages. A
 * repeated line naming a month only ("Tháng 3": a workbook's sheet per month printed with its tab as the page's header)
 * is the month of the page's rows, one naming a form ("Biểu số 2": a sheet per unit, its title rows printed atop its
 * page) the number its rows are cited by: either stays where it changes from the page before. A repeated line citing
 * the plan the pages are attached to ("(Kèm theo Kế hoạch số … ngày …)", each sheet's title rows again) stays where
 * it is first printed: it tells which plan the document is (`metadata.ts`).
 */
export function withoutRunningText(pages: { lines: Line[]; height: number }[]): Line[][] {
  const seen = new Map<string, number[]>();
  for (const { lines, height } of pages)
    for (const line of lines.filter((l) => inMargins(l, height)))
      seen.set(shape(line), [...(seen.get(shape(line)) ?? []), line.y]);
  const repeated = (line: Line) => (seen.get(shape(line)) ?? []).filter((y) => Math.abs(y - line.y) < 3).length > 1;
  const labels = new Map<string, string>();
  const newLabel = (line: Line) => {
    const label = sheetLabel(lineText(line));
    if (!label || labels.get(shape(line)) === label) return false;
    labels.set(shape(line), label);
    return true;
  };
  const cited = new Set<string>();
  const firstCitation = (line: Line) => {
    if (cited.has(shape(line)) || !citesAttachedPlan(lineText(line))) return false;
    cited.add(shape(line));
    return true;
  };
  return pages.map(({ lines, height }) => {
    const heading = opensDocument(lines, height);
    const running = (line: Line) =>
      repeated(line) && !(heading && line.y < height * MARGIN_ZONE) && !newLabel(line) && !firstCitation(line);
    return lines.filter((line) => !(inMargins(line, height) && (PAGE_NUMBER.test(lineText(line)) || running(line))));
  });
}
