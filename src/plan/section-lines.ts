// A section row merged across a task table ("II. DỮ LIỆU SỐ" over every column) is a row in Word
// and PDF, but a line of its own in a table copied as text or a workbook, whose reader takes a row
// with one filled cell for a paragraph. Between rows of a table, such a line is the table's section.
// Sections are numbered in Roman figures or lettered in capitals: a campaign's phases "A. TRƯỚC CHIẾN DỊCH",
// "B. TRIỂN KHAI CHIẾN DỊCH (16/3–27/3/2026)", "C. SAU CHIẾN DỊCH" are sections as "I.", "II." are.
import type { Block } from "./document.ts";
import { isSection } from "./section-refs.ts";

const SECTION_HEAD = /^([IVXLCDM]+|[A-Z])\.\s+(\S.*)$/;

/** A section's number and title written in one cell or line ("II. CÔNG TÁC KIỂM TRA", "B. TRIỂN KHAI …"), else null. */
export function sectionHead(text: string): { ref: string; title: string } | null {
  const head = SECTION_HEAD.exec(text);
  return head && isSection(head[1]!) ? { ref: head[1]!, title: head[2]! } : null;
}

/** Whether a line is set in capitals, as a section's title is ("THÁNG 02", "CÁC NỘI DUNG PHÁT SINH"). */
export const inCapitals = (text: string) => /\p{Lu}{2}/u.test(text) && text === text.toUpperCase();

/** Whether the paragraph `text`, inside a table, is a section row of it: a section number and title, rows going on. */
export function isSectionLine(text: string, next: Block | undefined): boolean {
  return next?.type === "row" && sectionHead(text) !== null;
}
