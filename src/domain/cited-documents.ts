// A document a plan cites by its number and day ("Kế hoạch số 98/KH-UBND ngày 14/4/2026", "Nghị định 30/2020/NĐ-CP
// ngày …", "Công điện ngày …"): the day it was issued, never one a task is due by, wherever it is written (a
// sentence, a time cell, a bracket after the time).

// What stands right before a document's day: its number ("số 98/KH-UBND", "30/2020/NĐ-CP") or its kind.
export const DOCUMENT_NUMBER =
  /(\bsố\s*\S+|[^\s/]*\/[^\s\p{Lu}]*\p{Lu}\S*|\b(quyết định|kế hoạch|công văn|công điện|thông báo|nghị quyết|chỉ thị|văn bản|tờ trình|thông tư|nghị định))\s*$/iu;

// A whole day after "ngày", as a document's date is written.
const DAY =
  /(?<=^|[\s(,])ngày\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/giu;

// A document's number is a few words before its day: only they are looked at, so a long text stays linear to read.
const NUMBER_REACH = 60;

/** Whether the words before a day (`before`, the text up to it) end with a document's number or kind. */
export const numbersDocument = (before: string): boolean => DOCUMENT_NUMBER.test(before.slice(-NUMBER_REACH).trimEnd());

/**
 * `text` without the days of the documents it cites ("Quý II/2026 (theo Nghị định số 12/2026/NĐ-CP ngày 05/01/2026)"
 * → "Quý II/2026 (theo Nghị định số 12/2026/NĐ-CP)"): what is left gives the work's own time, or none.
 */
export const withoutCitedDays = (text: string): string =>
  text.replace(DAY, (day: string, at: number) => (numbersDocument(text.slice(0, at)) ? "" : day));
