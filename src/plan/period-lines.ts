// A plan may set its items out along the year under lines that say only when, each closing on a colon, the items
// below it as dashes or "+" bullets:
//   Quý I/2026:
//   + Xây dựng kế hoạch … (Sở A chủ trì; Sở B phối hợp).
//   + Kiện toàn …, gửi danh sách trước ngày 31/01/2026 (…).
//   Quý II/2026:
//   + …
//   Thường xuyên trong năm:
//   + …
// The line is no task and no label of the item above it: it heads the items up to the next such line (or the next
// numbered item or section), which take its time unless they give a day of their own. A time in words that gives no
// day ("Thường xuyên trong năm:", "Hằng quý:") dates none of its items: they are ongoing work, no task.
import { timePhrase } from "./opening-time.ts";

/**
 * The time a line says alone before its closing colon ("Quý I/2026:", "Tháng 3/2026:", "Thường xuyên trong năm:"),
 * when the line after it opens a bullet (`nextIsBullet`); null for any other line.
 */
export function periodLine(text: string, nextIsBullet: boolean): string | null {
  if (!nextIsBullet) return null;
  const line = text.trim();
  if (!line.endsWith(":")) return null;
  const wording = line.slice(0, -1).trim();
  return timePhrase(wording) ? wording : null;
}
