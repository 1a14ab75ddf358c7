// A sentence may cite other documents by number and day beside its deadline:
//   "… hoàn thành trong quý III/2026, theo đúng lộ trình tại Kế hoạch số 178/KH-UBND ngày 20/8/2025 của UBND tỉnh."
//   "… trước ngày 30/9/2026 theo Quyết định số 2568/QĐ-UBND ngày 30/12/2025", "(Công văn số 215/SNV, ngày 02/3/2026)"
// A day written right after a document's number or kind dates that document: no work is due on it.

// The date of a document: "Kế hoạch số 98/KH-UBND ngày 14/4/2026", "Nghị định 30/2020/NĐ-CP ngày …", "Công điện
// ngày …"; a comma may part the number from its day ("Kế hoạch số 45/KH-SNV, ngày 07/03/2024").
export const DOCUMENT_NUMBER =
  /(\bsố\s*\S+|[^\s/]*\/[^\s\p{Lu}]*\p{Lu}\S*|\b(quyết định|kế hoạch|công văn|công điện|thông báo|nghị quyết|chỉ thị|văn bản|tờ trình|thông tư|nghị định))\s*$/iu;

// A day written out, with its year: "ngày 20/8/2025", "ngày 20 tháng 8 năm 2025".
const WRITTEN_DAY =
  /(?<![\p{L}\p{N}])ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/giu;
// A document's number and kind stand within this reach before its day.
const REACH = 80;

/** Whether the day at `index` of `text` is the date of the document named just before it. */
export function datesCitedDocument(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - REACH), index).replace(/,?\s*$/u, "");
  return DOCUMENT_NUMBER.test(before);
}

/** The text with every cited document's day taken out ("Kế hoạch số 17/KH-UBND ngày 20/8/2025" → "… số 17/KH-UBND"). */
export function withoutCitedDays(text: string): string {
  let kept = "";
  let from = 0;
  for (const m of text.matchAll(WRITTEN_DAY)) {
    if (!datesCitedDocument(text, m.index)) continue;
    kept += text.slice(from, m.index);
    from = m.index + m[0].length;
  }
  return from === 0 ? text : kept + text.slice(from);
}
