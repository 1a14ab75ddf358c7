// A workbook kept as one table per sheet, the sheets alike but for their period, form or unit ("Quy I" … "Quy IV"
// under "BẢNG THEO DÕI … QUÝ I NĂM 2026"; "Biểu 01", "Biểu 02"; "Đợt 1", "Đợt 2"), numbers each sheet's rows from 1: a
// reader cites a row by what tells its sheet from the others and its number, "II.3", as a form's rows are cited by
// the form ("1.4", `form-number.ts`). What tells them apart is the one number in which their title lines (the tab's
// name, the sheet's title) differ, the rest of the line the same, whatever words name the sheets; a line naming its
// quarter or form alone is read so already (`quarterTitle`, `formTitle`).
import { lineOf, TITLE_LINES, type Block } from "./document.ts";
import { romanValue } from "./numbering.ts";

/** The lines over a table's header at `at` since the last row of cells (a tab's name, the sheet's title rows). */
export function titleLines(blocks: readonly Block[], at: number): string[] {
  const lines: string[] = [];
  for (let i = at - 1; i >= Math.max(0, at - TITLE_LINES); i--) {
    const line = lineOf(blocks[i]!);
    if (line === null) break;
    if (line.trim()) lines.push(line.normalize("NFC").trim());
  }
  return lines;
}

// Words are cut at spaces and at the marks that join a numeral to its year or its label ("Quý I/2026", "Biểu 01:").
const WORDS = /[\s/:.,;()–-]+/u;
// A sheet's number: one to three figures ("01"), or a Roman numeral in capitals ("IV"); a year is no sheet's number.
const FIGURES = /^\d{1,3}$/;
const ROMAN = /^[IVXLC]{1,6}$/;
// A title is a line of a few words: a longer one (a paragraph, a cell's text) names no sheet, and is not compared.
const TITLE_WORDS = 40;

/** The number a title's word writes, as it is cited ("01" → "1", "IV"); null for any other word. */
function numberOf(word: string): string | null {
  if (FIGURES.test(word)) return String(Number(word));
  return ROMAN.test(word) && romanValue(word) !== null ? word : null;
}

interface Slot {
  /** The line with its number left out ("quý # năm 2026"): lines of other sheets that match it differ there only. */
  key: string;
  number: string;
}

/** Each number of a title line, and the line with that number left out. */
function slots(line: string): Slot[] {
  const words = line.split(WORDS).filter(Boolean);
  if (words.length > TITLE_WORDS) return [];
  const lower = words.map((w) => w.toLowerCase());
  return words.flatMap((word, k) => {
    const number = numberOf(word);
    if (number === null) return [];
    return [{ key: [...lower.slice(0, k), "#", ...lower.slice(k + 1)].join(" "), number }];
  });
}

/** A table's title lines (nearest first) and its header's words: tables told apart have the same columns. */
export interface Titled {
  lines: readonly string[];
  header: string;
}

/**
 * For each table, the number that tells it from another table of the same columns whose title has the same line but
 * for that number; null where none does. Annexes of other columns ("PHỤ LỤC I" a task list, "PHỤ LỤC II" a reporting
 * schedule) are parts of a plan, cited as they number their rows. Read in one pass over the lines: a map from each
 * line with a number left out, under its table's header, to the numbers written there.
 */
export function toldApart(titles: readonly Titled[]): (string | null)[] {
  const perTable = titles.map(({ lines, header }) =>
    lines.flatMap(slots).map((slot) => ({ ...slot, key: `${header}\n${slot.key}` })),
  );
  const seen = new Map<string, Set<string>>();
  for (const own of perTable) {
    for (const { key, number } of own) seen.set(key, (seen.get(key) ?? new Set()).add(number));
  }
  return perTable.map((own) => own.find(({ key }) => seen.get(key)!.size > 1)?.number ?? null);
}
