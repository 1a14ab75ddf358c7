// An appendix may set its work out as numbered forms, each a table of its own under a line "Biểu số 4" (a workbook's
// sheet per leading unit, each printed on its own page), every table numbering its rows from 1: a reader cites a row
// by its form and its number, "4.2", as the rows of a table per quarter are cited by the quarter (`quarterTitle`,
// `part-refs.ts`). A print writes that line atop each page, where a running header stands; it is the page's own title,
// not running text, since its number changes from page to page (`pdf/furniture.ts`).
import { overTable, type Block } from "./document.ts";

// "Biểu số 4", "BIỂU SỐ 04", "Biểu 2", alone on its line or before the form's title ("Biểu số 3: PHÂN CÔNG …"). A
// form numbered in Roman figures ("Biểu II. …") is a group of tables (`groupAfter`, `part-refs.ts`).
const FORM = /^biểu\s+(?:số\s*)?0*(\d{1,3})(?:\s*[.:]\s*\S.*|\s+[-–]\s+\S.*|\s*\.?)$/iu;

/** How far above a table's header its form's line may stand: the title, the plan it is attached to, the lead's line. */
const REACH = 5;

/** The number a line naming a numbered form gives ("Biểu số 04" → "4"); null for any other line. */
export function formNumber(line: string): string | null {
  return FORM.exec(line.normalize("NFC").trim())?.[1] ?? null;
}

/** The number of the form whose title lines stand over the table header at `at` (none a row of cells), else null. */
export const formTitle = (blocks: readonly Block[], at: number): string | null =>
  overTable(blocks, at, REACH, formNumber);
