// A section row merged across a task table ("II. DỮ LIỆU SỐ" over every column) is a row in Word
// and PDF, but a line of its own in a table copied as text or a workbook, whose reader takes a row
// with one filled cell for a paragraph. Between rows of a table, such a line is the table's section.
import type { Block } from "./document.ts";
import { romanValue } from "./numbering.ts";

const SECTION_LINE = /^([IVXLCDM]+)\.\s+\S/;

/** Whether the paragraph `text`, inside a table, is a section row of it: a Roman number and title, rows going on. */
export function isSectionLine(text: string, next: Block | undefined): boolean {
  const roman = SECTION_LINE.exec(text)?.[1];
  return next?.type === "row" && roman !== undefined && romanValue(roman) !== null;
}
