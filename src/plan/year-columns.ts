// A plan spanning several years may split its time column into one column per year, the title merged over them:
//   STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian hoàn thành
//       |          |         |          | Năm 2025 | Năm 2026
// and write in each cell a month, a quarter or a day without its year ("Tháng 11", "Quý II", "Trước 15/12"): the
// column's year is the cell's. A row writing under two years is one task carried over: the earlier cell says when it
// starts or how far it gets ("Bắt đầu triển khai"), the later one when it is done, so the last cell giving a time is
// its deadline. A row whose cells give none ("Thường xuyên" merged across the years) has its words read as written.
import { parseDeadline } from "../domain/deadline.ts";
import { withYear } from "../domain/plan-year.ts";
import { fold } from "../domain/text.ts";
import { groupTitleOver } from "./text-header.ts";
import { TIME_LABEL } from "./time-columns.ts";

/** A column titled by a year alone: "Năm 2025", "2026". */
const YEAR = /^(?:nam\s+)?(\d{4})$/;

/** The year a header's label names under a time title over it ("Năm 2025" under "Thời gian hoàn thành"), else null. */
export function yearUnderTime(row: readonly string[], above: readonly string[] | undefined, i: number): number | null {
  const year = YEAR.exec(fold(row[i] ?? ""))?.[1];
  return year && above && TIME_LABEL.test(fold(groupTitleOver([...above], [...row], i))) ? Number(year) : null;
}

/** Column index → its year, for two year columns or more under a time title; null if the header has none. */
export function yearColumns(headers: readonly string[][]): Map<number, number> | null {
  const years = new Map<number, number>();
  headers.forEach((row, k) =>
    row.forEach((_, i) => {
      const year = yearUnderTime(row, headers[k - 1], i);
      if (year !== null) years.set(i, year);
    }),
  );
  return years.size >= 2 ? years : null;
}

/** A cell's time in its column's year, as a time cell would write it ("Quý II/2026"); null when it gives none. */
function timeInYear(cell: string, year: number): string | null {
  if (parseDeadline(cell).ok) return cell;
  const dated = withYear(cell, year);
  return dated && parseDeadline(dated).ok ? dated : null;
}

/** The row's time: its last year cell giving one, put in its year; else its first words under the years. */
export function yearTime(cells: readonly string[], years: ReadonlyMap<number, number>): string {
  const filled = [...years].flatMap(([i, year]) => ((cells[i] ?? "").trim() ? [{ cell: cells[i]!.trim(), year }] : []));
  for (let k = filled.length - 1; k >= 0; k--) {
    const time = timeInYear(filled[k]!.cell, filled[k]!.year);
    if (time) return time;
  }
  return filled[0]?.cell ?? "";
}
