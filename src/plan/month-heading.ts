// A work programme may set its items out by the month they fall in, under headings that name the month and no day:
//   1. Phiên họp thường kỳ tháng 01      ← the month the items under it are done in
//   a) Kế hoạch … (Sở A chủ trì)          ← no time of its own: due when that month ends
//   b) Đề án … (hồ sơ gửi trước ngày 20/6) ← its own day beats the month
//   2. Tháng 02                            ← a month with no item under it dates nothing
// The heading is no task; its undated items take the month's end in the plan's year, as a group's items take the
// group's time. A count of months ("6 tháng đầu năm") or a month work starts in ("từ tháng 3") dates nothing.

// The month closing a heading: "tháng 01", "tháng 3/2026", "tháng 3 năm 2026" (a colon or stop after it dropped).
const MONTH_AT_END =
  /(?<![\p{L}\d])(?<!\d\s*)(?<!(?:từ|sau|kể từ)\s+)tháng\s+(\d{1,2})(?:\s*\/\s*(\d{4})|\s+năm\s+(\d{4}))?$/iu;
// Only a heading's last words can close it on a month: the search looks no further back.
const TAIL = 48;

/**
 * The month a heading's words close on ("… tháng 01" → "tháng 01", "Tháng 3/2026" → "tháng 3/2026"), read as the
 * time of the items under it; null when the heading closes on no month.
 */
export function monthOfHeading(text: string): string | null {
  const line = text.trim();
  const closed = /[:.]$/.test(line) ? line.slice(0, -1).trimEnd() : line;
  const found = MONTH_AT_END.exec(closed.slice(-TAIL));
  if (!found) return null;
  const month = Number(found[1]);
  if (month < 1 || month > 12) return null;
  const year = found[2] ?? found[3];
  return year ? `tháng ${month}/${year}` : `tháng ${month}`;
}
