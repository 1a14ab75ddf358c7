// A workbook laying out its plan one sheet per month names each sheet by its month ("Tháng 3", "T3-2025") and leaves
// the month out of its rows: the time column ("Ngày") gives only the day of that month ("15", "Cuối tháng"), and the
// year stands once, on the cover. The tab is to the sheet's rows what a month heading is to the rows under it
// (`month-column.ts`): their month. A text copy writes each sheet under a line with its tab's name, a print puts it in
// the page's header, and a sheet may title its table so ("NHIỆM VỤ THÁNG 3"): any of those lines, right over the
// table's header, dates the table's rows by its month.
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import type { RowMonth } from "./month-column.ts";

// "Tháng 3", "THÁNG 03/2025", "Tháng 3 năm 2025", under a few words saying the sheet lists work ("NHIỆM VỤ THÁNG 3",
// "Kế hoạch tháng 4"): not "Đến tháng 6", a span's end. The short form needs its year ("T3-2025", "T03/2025"): a
// bare "T3" is as often a weekday (thứ Ba) as a month.
const LISTS = String.raw`(?:(?:danh muc |bang )?(?:nhiem vu|cong viec|ke hoach|lich cong tac|chuong trinh cong tac)(?: trong tam)?\s+)?`;
const YEAR = String.raw`(?:\s*[/.-]\s*|\s+nam\s+)(\d{4})`;
const LONG = new RegExp(String.raw`^${LISTS}thang\s+(\d{1,2})(?:${YEAR})?$`);
const SHORT = new RegExp(String.raw`^t(\d{1,2})${YEAR}$`);
/** How far above a table's header its month may stand: the tab's line, a title row, a blank row between. */
const REACH = 3;

/** The month a line naming a sheet's month gives, with its year if written; null for any other line. */
export function sheetMonth(line: string): RowMonth | null {
  const text = fold(line.trim(), "/.-").replace(/\s+/g, " ");
  const m = LONG.exec(text) ?? SHORT.exec(text);
  const month = m ? Number(m[1]) : 0;
  if (!m || month < 1 || month > 12) return null;
  const year = m[2] ?? null;
  return { label: `Tháng ${month}${year ? `/${year}` : ""}`, month, year };
}

/** A paragraph's words, or a row's that fills one cell only (a sheet's title row in a text copy); else null. */
function lineOf(block: Block): string | null {
  if (block.type === "text") return block.text;
  const filled = block.cells.filter((c) => c.trim());
  return filled.length <= 1 ? (filled[0] ?? "") : null;
}

/**
 * The month of the table whose header opens at `at`: the nearest line over it naming a month, among the few lines
 * since the last row of cells; null when none does.
 */
export function tableMonth(blocks: Block[], at: number): RowMonth | null {
  for (let i = at - 1; i >= Math.max(0, at - REACH); i--) {
    const line = lineOf(blocks[i]!);
    if (line === null) return null;
    const month = sheetMonth(line);
    if (month) return month;
  }
  return null;
}
