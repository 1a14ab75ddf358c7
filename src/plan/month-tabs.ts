// A workbook laying out its plan one sheet per month names each sheet by its month ("Tháng 3", "T3-2025") and leaves
// the month out of its rows: the time column ("Ngày") gives only the day of that month ("15", "Cuối tháng"), and the
// year stands once, on the cover. The tab is to the sheet's rows what a month heading is to the rows under it
// (`month-column.ts`): their month. A text copy writes each sheet under a line with its tab's name, a print puts it in
// the page's header, and a sheet may title its table so ("NHIỆM VỤ THÁNG 3"): any of those lines, right over the
// table's header, dates the table's rows by its month.
import { fold } from "../domain/text.ts";
import { overTable, type Block } from "./document.ts";
import type { RowMonth } from "./month-column.ts";

// "Tháng 3", "THÁNG 03/2025", "Tháng 3 năm 2025", under a few words saying the sheet lists work ("NHIỆM VỤ THÁNG 3",
// "Kế hoạch tháng 4"): not "Đến tháng 6", a span's end. The short form needs its year ("T3-2025", "T03/2025"): a
// bare "T3" is as often a weekday (thứ Ba) as a month.
const LISTS = String.raw`(?:(?:danh muc |bang )?(?:nhiem vu|cong viec|ke hoach|lich cong tac|chuong trinh cong tac)(?: trong tam)?\s+)?`;
const YEAR = String.raw`(?:\s*[/.-]\s*|\s+nam\s+)(\d{4})`;
const LONG_WORD = String.raw`thang\s*0?(\d{1,2})`;
const SHORT_WORD = String.raw`t\s?0?(\d{1,2})`;
const LONG = new RegExp(String.raw`^${LISTS}${LONG_WORD}(?:${YEAR})?$`);
const SHORT = new RegExp(String.raw`^${SHORT_WORD}${YEAR}$`);
// The same names among a title's words ("LỊCH TRIỂN KHAI NHIỆM VỤ THÁNG 4/2026"): short only with its year, long with
// it or, failing any, without ("KẾ HOẠCH THÁNG 4", dated by the plan's year).
const START = String.raw`(?:^|[^\p{L}\d])`;
const WITHIN = new RegExp(String.raw`${START}(?:${LONG_WORD}|${SHORT_WORD})${YEAR}(?!\d)`, "u");
const WITHIN_YEARLESS = new RegExp(String.raw`${START}${LONG_WORD}(?![\d/.-])`, "u");
// "ngày 25 tháng 3 năm 2026": a day's date (a plan's signing), never a month's.
const DATED = /ngay\s+\d{1,2}\s*$/;
/** How far above a table's header its month may stand: the tab's line, a title row, a blank row between. */
const REACH = 3;

/** The month a match names: its number the first group caught, its year the last group's four digits if any. */
function named(m: RegExpExecArray | null): RowMonth | null {
  const [month, year] = [Number(m?.slice(1).find(Boolean) ?? 0), m?.at(-1)?.match(/^\d{4}$/)?.[0] ?? null];
  if (!m || month < 1 || month > 12) return null;
  return { label: `Tháng ${month}${year ? `/${year}` : ""}`, month, year };
}

const folded = (line: string) => fold(line.trim(), "/.-").replace(/\s+/g, " ");

/** The month a line naming a sheet's month gives, with its year if written; null for any other line. */
export function sheetMonth(line: string): RowMonth | null {
  const text = folded(line);
  return named(LONG.exec(text) ?? SHORT.exec(text));
}

/**
 * The month a title names among its words as a whole month ("LỊCH CÔNG TÁC THÁNG 4/2026", tab "T4-2026"), with its
 * year, or `yearless` in words alone ("Kế hoạch tháng 4"); never a day's ("ngày 25 tháng 3 năm 2026").
 */
export function monthWithin(line: string, yearless = false): RowMonth | null {
  const text = folded(line);
  const m = (yearless ? WITHIN_YEARLESS : WITHIN).exec(text);
  return m && !DATED.test(text.slice(0, m.index + 1)) ? named(m) : null;
}

/**
 * The month of the table whose header opens at `at`: the nearest line over it naming a month, among the few lines
 * since the last row of cells; null when none does.
 */
export const tableMonth = (blocks: Block[], at: number): RowMonth | null => overTable(blocks, at, REACH, sheetMonth);
