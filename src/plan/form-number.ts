// An appendix may set its work out as numbered forms, each a table of its own under a line "Biểu số 4" (a workbook's
// sheet per leading unit, each printed on its own page), every table numbering its rows from 1: a reader cites a row
// by its form and its number, "4.2", as the rows of a table per quarter are cited by the quarter (`quarterTitle`,
// `part-refs.ts`). A print writes that line atop each page, where a running header stands; it is the page's own title,
// not running text, since its number changes from page to page (`pdf/furniture.ts`).
import { overTable, TITLE_LINES, type Block } from "./document.ts";

// "Biểu số 4", "BIỂU SỐ 04", "Biểu 2", and as other offices name their forms, "Mẫu số 2", "Phụ biểu 03", "Biểu mẫu số
// 1": alone on its line, before the form's title ("Biểu số 3: PHÂN CÔNG …") or before a bracket citing the plan it is
// attached to ("Biểu số 3 (Kèm theo Kế hoạch số …)"). A form numbered in Roman figures ("Biểu II. …") is a group of
// tables (`groupAfter`, `part-refs.ts`).
const FORM =
  /^(?:phụ\s+)?(?:biểu|mẫu)(?:\s+mẫu)?\s+(?:số\s*)?0*(\d{1,3})(?:\s*[.:]\s*\S.*|\s+[-–]\s+\S.*|\s*\([^()]*\)|\s*\.?)$/iu;

/** The number a line naming a numbered form gives ("Biểu số 04" → "4"); null for any other line. */
export function formNumber(line: string): string | null {
  return FORM.exec(line.normalize("NFC").trim())?.[1] ?? null;
}

/** The number of the form whose title lines stand over the table header at `at` (none a row of cells), else null. */
export const formTitle = (blocks: readonly Block[], at: number): string | null =>
  overTable(blocks, at, TITLE_LINES, formNumber);
