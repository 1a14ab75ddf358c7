// Plain-text plans, as the seeds are: Markdown-ish paragraphs and tab-separated rows,
// bounded as Word and Excel plans are. A footnote ("[^2]: …", or "[2] …" for a mark "…[2]"
// stuck to a word above) is no paragraph: its text goes with the paragraph or cell that points to it.
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { clean, stripMarkup } from "../domain/text.ts";
import { Budget, readSafely } from "./budget.ts";
import { splitTabs } from "./docx/lines.ts";
import type { Block, ReadResult } from "./document.ts";
import { nextItemNumber } from "./cell-list-tasks.ts";
import { labelOf } from "./labels.ts";
import { nextLetter } from "./lettered-points.ts";
import { opensNumbered } from "./numbering.ts";
import { inCapitals, sectionHead } from "./section-lines.ts";
import { joinCellParagraphs } from "./text-cell-lines.ts";
import { withGroupRowsSpread } from "./text-group-rows.ts";
import { withoutPageFurniture } from "./text-pages.ts";
import { barsAsTabs } from "./text-pipe-rows.ts";
import { withoutChatMarks } from "./text-chat.ts";
import { isSheetCopy, sheetCopyBlocks } from "./text-sheet.ts";
import { withoutMailQuotes, withoutSignature } from "./text-quoted.ts";
import { unquotedSheetRows } from "./text-sheet-quotes.ts";
import { csvSheetLines } from "./text-csv.ts";
import { spacedColumnsAsTabs } from "./text-spaced-columns.ts";
import { joinTabStopRows, numberedWithPeriods } from "./tab-stop-rows.ts";
import { labelledLists } from "./labelled-columns.ts";
import { unwrapLines } from "./text-wrap.ts";

// Word numbers endnotes in lower-roman ("[iv]" once copied as text), footnotes in digits.
const MARK = /\[\^(\d{1,3})\]|(?<=\S)\[(\d{1,3}|[ivx]{1,6})\](?!\()/g;
const NOTE = /^\s*\[(\^?)(\d{1,3}|[ivx]{1,6})\](:?)\s+(\S.*)$/;

/** The marks a piece of text carries, by their numbers. */
const marksIn = (text: string): string[] => [...text.matchAll(MARK)].map((m) => m[1] ?? m[2]!);

/** Footnotes by their numbers: "[^N]: …" lines, and "[N] …" lines whose mark "[N]" is stuck to a word. */
function footnotes(lines: readonly string[]): Map<string, string> {
  const marked = new Set(lines.flatMap((line) => (NOTE.test(line) ? [] : marksIn(line))));
  const notes = new Map<string, string>();
  for (const line of lines) {
    const m = NOTE.exec(line);
    if (m && (m[1] === "^" ? m[3] === ":" : marked.has(m[2]!))) notes.set(m[2]!, clean(stripMarkup(m[4]!)));
  }
  return notes;
}

/**
 * The lines with the marks of the notes closing the copy joined to the word before them ("Bộ [1]" read as "Bộ[1]"):
 * a Word file saved as text writes every footnote after the signature, "[1] …", and its mark where it stood, after a
 * space when the mark was set apart. Only the notes of the closing lines are so told: a spaced "[1]" above no closing
 * note may cite something else.
 */
function withClosingMarksJoined(lines: readonly string[]): string[] {
  const closing = new Set<string>();
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!lines[i]!.trim()) continue;
    const m = NOTE.exec(lines[i]!);
    if (!m || m[1] === "^") break;
    closing.add(m[2]!);
  }
  if (closing.size === 0) return [...lines];
  const join = (line: string) =>
    line.replace(/ +\[(\d{1,3}|[ivx]{1,6})\](?!\()/g, (mark, n: string) => (closing.has(n) ? `[${n}]` : mark));
  return lines.map((line) => (NOTE.test(line) ? line : join(line)));
}

/** Words wrapped by hand at the tab stop: nothing before the tab, one text after it, going on in lower case. */
const WRAPPED = (cells: string[]) =>
  !cells[0] && cells.filter((c) => c).length === 1 && /^\p{Ll}/u.test(cells.join(""));

/**
 * A list laid out with tab stops ("1. ⇥ task ⇥ unit ⇥ time", the task's words wrapped by hand onto lines that
 * start with a tab) is no table: a table copied as text writes each row on one line and its number cell bare
 * ("1"), where such a list labels its items "1." and carries their words on at the tab stop. Its lines read as
 * the Word file reads them: a tab after a label is a space, a tab between two texts starts another paragraph.
 */
const isTabStopList = (rows: string[][]): boolean => numberedWithPeriods(rows) && rows.some(WRAPPED);

/**
 * A numbered heading with its deadline set at a tab stop on the same line ("Bước 1: Chuẩn bị ⇥ Trước ngày 15/10",
 * a right tab with a dot leader in the Word file) is no one-row table: a table copied as text numbers its rows
 * bare ("1") and has more than one line. Alone between untabbed lines, it reads as the Word file reads it.
 */
const isTabbedHeading = (rows: string[][]): boolean => rows.length === 1 && opensNumbered(rows[0]![0] ?? "");

interface TextRow {
  cells: string[];
  notes: string[][];
  /** The number the next item of the last cell's numbered list takes (`continuesLastCell`). */
  nextItem?: number | null;
  /** The "p.n" the next item of the last cell's list numbered by its row takes (`nextRowItem`). */
  nextRowItem?: string | null;
  /** The index in LETTERS of the letter the last cell's next point takes (`takesNextLetter`), -1 for none. */
  nextLetter?: number;
  /** The passages of cells partly in bold ("**Sở Y tế**; Sở Nội vụ"), as Block's `emphasis`. */
  emphasis?: string[];
}

// "**Sở Y tế**": a passage in bold, as Markdown writes it.
const BOLD = /\*\*([^*\n]+)\*\*/gu;

/** The passages a cell writes in bold, where the rest of it is not; none for a cell bold whole, or with no bold. */
function boldPassages(cell: string): string[] {
  const passages = [...cell.matchAll(BOLD)].map((m) => clean(stripMarkup(m[1]!)));
  return passages.length && clean(stripMarkup(cell.replace(BOLD, ""))).replace(/[\s;,.]/gu, "") ? passages : [];
}

/** How far below a row cut short by a table inside its cell the rest of the row is looked for. */
const INNER_ROWS = 20;

/**
 * A table inside a cell, copied as text, cuts its row: the row's cells up to that cell ("2 ⇥ Kiểm tra …, theo
 * lịch sau:"), the inner table's rows, then the rest of the row on a line of its own opening with the rest of
 * the cut cell, empty when the inner table ended it ("⇥ Sở Nội vụ ⇥ … ⇥ Tháng 9/2025"). The two parts together
 * are as wide as the row above; the inner rows, of another width, are the cut cell's text, as a Word file's
 * reader gives them.
 */
/** Where the rest of row `i`, cut short by a table inside a cell, is: its index, or -1. */
function restOfCut(rows: TextRow[], i: number): number {
  const [above, cut] = [rows[i - 1]?.cells.length ?? 0, rows[i]!.cells.length];
  if (cut >= above) return -1;
  for (let j = i + 1; j < Math.min(rows.length, i + 2 + INNER_ROWS); j++) {
    const width = rows[j]!.cells.length;
    if (width === above) return -1;
    if (j > i + 1 && !rows[j]!.cells[0] && cut + width - 1 === above) return j;
  }
  return -1;
}

function withCutRowsJoined(rows: TextRow[]): TextRow[] {
  const out: TextRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const j = restOfCut(rows, i);
    if (j < 0) {
      out.push(rows[i]!);
      continue;
    }
    const [cut, inner, end] = [rows[i]!, rows.slice(i + 1, j), rows[j]!];
    const cell = [cut.cells.at(-1)!, ...inner.flatMap((r) => r.cells), end.cells[0]!].filter(Boolean).join(" ");
    const notes = [cut.notes.at(-1)!, ...inner.flatMap((r) => r.notes), end.notes[0]!].flat();
    out.push({
      cells: [...cut.cells.slice(0, -1), cell, ...end.cells.slice(1)],
      notes: [...cut.notes.slice(0, -1), notes, ...end.notes.slice(1)],
    });
    i = j;
  }
  return out;
}

// "1 ⇥ Sở Y tế ⇥ - Rà soát …" then "- Tổng hợp …" on the next line: a row whose last cell holds a list, copied as
// Word's plain text writes a cell of several paragraphs, one a line. A line right under the row, with no tab, that
// opens with the cell's own mark is the cell's next item; a blank line or another mark ends the row. So is a line
// labelling who takes part ("… ⇥ Sở Nội vụ" then "Phối hợp: Tỉnh đoàn"): the units cell's second paragraph.
// A cell numbering its list anew ("1. Sở Y tế ⇥ 1. Tham mưu …" then "2. Chủ trì …") goes on with its next number; a
// line numbered otherwise ("2. Sở Công Thương ⇥ …", a paragraph after the table) is not the cell's.
// A cell whose items are numbered by its row ("1.1. …", "1.2. …", a matrix of units by quarters) goes on with a line
// numbered as its last item's next ("1.6. …" under a cell ending with "1.5. …").
const CELL_ITEM = /^([-–+•])\s/u;
const NUMBERED_LINE = /^(\d{1,2})[.)]\s+\p{Lu}/u;
const ROW_ITEM_LINE = /^(\d{1,3})\.(\d{1,3})\.?\s+\p{Lu}/u;
const ROW_ITEM_IN_CELL = /(?:^|\s)(\d{1,3})\.(\d{1,3})\.?\s+\p{Lu}/gu;
// A cell lettering its points ("a) Trước 15/3/2026" then "b) Tháng 6/2026", a time cell's lines matching its row's
// points) goes on with its next letter; so does a cell closing on a colon with "a)". Another letter is not the cell's.
const LETTER_LINE = /^([a-zđ])\)\s+\S/u;
const LETTER_IN_CELL = /(?:^|\s)([a-zđ])\)\s/gu;

/** The index of the letter the cell's next point takes: past its points from "a)", "a" after a colon, else -1. */
function lettersTaken(cell: string): number {
  if (!/^[a-zđ]\)\s/u.test(cell)) return /:\s*$/u.test(cell) ? 0 : -1;
  let letter = 0;
  for (const m of cell.matchAll(LETTER_IN_CELL)) letter = Math.max(letter, nextLetter(letter, m[1]!));
  return letter;
}

/** Whether point `mark` is the next of the row's last cell's lettered points: counted once a row, then a letter on. */
function takesNextLetter(row: TextRow, cell: string, mark: string): boolean {
  row.nextLetter ??= lettersTaken(cell);
  const next = row.nextLetter < 0 ? -1 : nextLetter(row.nextLetter, mark);
  if (next < 0) return false;
  row.nextLetter = next;
  return true;
}

/** Whether the line's "p.n." is the next of the last "p.m." item the cell holds (n = m + 1): looked up once a row. */
function nextRowItem(row: TextRow, cell: string, line: string): boolean {
  const own = ROW_ITEM_LINE.exec(line);
  if (!own) return false;
  if (row.nextRowItem === undefined) {
    let last: RegExpExecArray | undefined;
    for (const m of cell.matchAll(ROW_ITEM_IN_CELL)) last = m;
    row.nextRowItem = last ? `${last[1]}.${Number(last[2]) + 1}` : null;
  }
  if (row.nextRowItem !== `${own[1]}.${own[2]}`) return false;
  row.nextRowItem = `${own[1]}.${Number(own[2]) + 1}`;
  return true;
}

/** Whether item `number` is the next of the row's last cell's list: counted once a row, then one up an item. */
function takesNextItem(row: TextRow, cell: string, number: number): boolean {
  if (row.nextItem === undefined) row.nextItem = nextItemNumber(cell);
  if (number !== row.nextItem) return false;
  row.nextItem = number + 1;
  return true;
}

// "… ⇥ Dự thảo: 31/3;" then "Ban hành: 10/4/2025": the last cell's paragraphs after its first, with no tab. Word
// copies a cell of two paragraphs so, and a cell whose paragraph closes on ";" or "," (a list's punctuation) says
// more of it follows. So does a cell of named entries ("Bắt đầu: 20/5" then "Hoàn thành: 20/6/2025"), one a
// paragraph: a line named as the cell's first paragraph is, short of a section row ("II. …", in capitals).
const GOES_ON = /[;,]$/;
const NAMED = /^[^\d:;.()]{1,40}:\s*\S/u;
const opensNamed = (text: string) => NAMED.test(text) && text.split(":")[0]!.trim().split(/\s+/).length <= 5;

function continuesLastCell(row: TextRow | undefined, line: string): boolean {
  const cell = row?.cells.at(-1);
  if (!row || !cell || line.includes("\t")) return false;
  if (nextRowItem(row, cell, line)) return true;
  const number = NUMBERED_LINE.exec(line)?.[1];
  if (number) return takesNextItem(row, cell, Number(number));
  const letter = LETTER_LINE.exec(line)?.[1];
  if (letter && takesNextLetter(row, cell, letter)) return true;
  const mark = CELL_ITEM.exec(line)?.[1];
  if (mark) return CELL_ITEM.exec(cell)?.[1] === mark;
  const role = labelOf(line)?.role;
  if (role === "lead" || role === "coordinators") return true;
  const text = line.trim();
  if (!text || sectionHead(text) || inCapitals(text)) return false;
  return GOES_ON.test(cell) || (opensNamed(cell) && opensNamed(text));
}

export function readTextPlan(text: string, limits: PlanLimits = PLAN_LIMITS): ReadResult {
  return readSafely("not-a-plan", () => {
    const budget = new Budget(limits);
    const blocks: Block[] = [];
    const add = (block: Block) => {
      budget.block();
      blocks.push(block);
    };
    const addText = (text: string, notes: string[]) =>
      add(notes.length ? { type: "text", text, notes } : { type: "text", text });
    // A row broken over lines by its cell's paragraphs is one line again (`src/plan/text-cell-lines.ts`), and so is
    // a tab-stop list's row wrapped by hand onto lines going on in its columns (`src/plan/tab-stop-rows.ts`); a list
    // of items on one line each under a caption naming its columns is read item by item (`labelled-columns.ts`).
    // Cells joined by " | " are cells as tab-separated ones are (`src/plan/text-pipe-rows.ts`), and so are columns
    // typed with spaces under a header line (`src/plan/text-spaced-columns.ts`).
    // A copy out of a PDF viewer loses its page breaks' furniture and its lines broken at one width
    // (`src/plan/text-pages.ts`, `src/plan/text-wrap.ts`).
    // A plan forwarded by e-mail is read unquoted and without the sender's signature (`src/plan/text-quoted.ts`), one
    // pasted out of a chat app without its pictographs (`src/plan/text-chat.ts`).
    const mail = withoutSignature(withoutMailQuotes(text.replace(/\r\n?/g, "\n").split("\n")));
    const forwarded = withoutChatMarks(mail);
    // A worksheet copied as text is read as the workbook readers read the sheet (`src/plan/text-sheet.ts`), its cells
    // holding line breaks unquoted first (`src/plan/text-sheet-quotes.ts`), and so is a table saved as CSV
    // (`src/plan/text-csv.ts`).
    const unquoted = unquotedSheetRows(forwarded);
    const sheet = csvSheetLines(forwarded.join("\n")) ?? (unquoted && isSheetCopy(unquoted) ? unquoted : forwarded);
    if (isSheetCopy(sheet)) {
      for (const line of sheet) budget.text(line.length, line.length);
      budget.columns(sheet.find((line) => line.includes("\t"))!.split("\t").length);
      sheetCopyBlocks(sheet, (cell) => clean(stripMarkup(cell))).forEach(add);
      return { blocks };
    }
    // A list under a caption naming its columns is read before columns typed with spaces or bars become tabs: those
    // are a table's copy, read as its rows (set 30's 01).
    const copied = spacedColumnsAsTabs(barsAsTabs(labelledLists(forwarded)));
    const lines = withClosingMarksJoined(
      joinCellParagraphs(joinTabStopRows(unwrapLines(withoutPageFurniture(copied)))),
    );
    const notes = footnotes(lines);
    const notesOf = (part: string): string[] => marksIn(part).flatMap((id) => notes.get(id) ?? []);
    let rows: TextRow[] = [];
    const flushRows = () => {
      const cells = rows.map((row) => row.cells);
      const list = isTabStopList(cells) || isTabbedHeading(cells);
      for (const { cells, notes: cellNotes, emphasis } of list ? rows : withGroupRowsSpread(withCutRowsJoined(rows))) {
        const bold = emphasis?.length ? { emphasis } : {};
        if (list) splitTabs(cells.join("\t")).forEach((line, i) => addText(line, i === 0 ? cellNotes.flat() : []));
        else add({ type: "row", cells, ...(cellNotes.some((n) => n.length) && { notes: cellNotes }), ...bold });
      }
      rows = [];
    };
    for (const line of lines) {
      budget.text(line.length, line.length);
      const note = NOTE.exec(line);
      if (note && notes.has(note[2]!)) continue;
      if (continuesLastCell(rows.at(-1), line)) {
        const row = rows.at(-1)!;
        row.cells[row.cells.length - 1] += ` ${clean(stripMarkup(line))}`;
        row.notes.at(-1)!.push(...notesOf(line));
        continue;
      }
      if (line.includes("\t")) {
        const parts = line.split("\t");
        const cells = parts.map((cell) => clean(stripMarkup(cell)));
        budget.columns(cells.length);
        if (cells.some((c) => c))
          rows.push({ cells, notes: parts.map(notesOf), emphasis: parts.flatMap(boldPassages) });
        continue;
      }
      flushRows();
      const text = clean(stripMarkup(line));
      if (text) addText(text, notesOf(line));
    }
    flushRows();
    return { blocks };
  });
}
