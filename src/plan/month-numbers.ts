// A work programme may give each row's time as a bare month number under a column titled as months: "Tháng trình"
// (the month the lead submits the draft), "Tháng hoàn thành", "Thời gian trình (tháng)": "6" is June, due at its end
// (the note under such a table says so: "hoàn thành chậm nhất vào ngày cuối cùng của tháng"), and "6,12" is two
// submissions, June and December: two tasks under the row, each titled with its period when the row's title names two
// ("Báo cáo … 6 tháng đầu năm và cả năm 2023", `period-reports.ts`). The months are of the year the programme names
// over the table ("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2023"), else the plan's. Only such a title makes a number a month: a bare
// number anywhere else is a count, a ref or a figure.
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import type { TaskDraft } from "./parsed-plan.ts";
import { twoPeriodTitles } from "./period-reports.ts";
import { deadlineOf, type TaskContext } from "./task-context.ts";

/** A folded column title saying its cells are months: "Tháng trình", "Thời gian trình (tháng)". */
export const MONTHS_TITLE = /^thang\b|\bthang$/;
/** A folded title of a time column starting with "Tháng" and a word ("Tháng trình", "Tháng ban hành"). */
export const MONTHS_TIME_TITLE = /^thang (?!(?:thuc hien|hoan thanh)$)[a-z]/;

// "6", "06", "6,12", "6 và 12", "3; 9": one month number or several, nothing else in the cell.
/** A month's number, "1" to "12", with or without its zero. */
export const MONTH = String.raw`(?:0?[1-9]|1[0-2])`;
const MONTH_NUMBERS = new RegExp(String.raw`^${MONTH}(?:\s*(?:[,;+&]|và)\s*${MONTH})*\.?$`, "u");
// "năm 2023" over the table, not the day a document is dated ("ngày 28 tháng 12 năm 2022").
const YEAR = /(?<!tháng\s+\d{1,2}\s+)năm\s+(\d{4})(?!\d)/iu;
/** How many text lines over a table its title may take (title, subtitle, the note of the decision it goes with). */
const TITLE_LINES = 4;

export interface MonthNumbers {
  role: "deadline" | "month";
  year: string | null;
}

/** The year the header or the title lines over the table name, or null. */
function titleYear(blocks: readonly Block[], first: number, headers: string[][]): string | null {
  for (const label of headers.flat()) {
    const year = YEAR.exec(label)?.[1];
    if (year) return year;
  }
  for (let k = first - 1; k >= Math.max(0, first - TITLE_LINES); k--) {
    const block = blocks[k]!;
    if (block.type !== "text") break;
    const year = YEAR.exec(block.text)?.[1];
    if (year) return year;
  }
  return null;
}

/** Whether a table's time is a month number, by the title of its month or time column; null when it is not. */
export function monthNumbered(
  blocks: readonly Block[],
  first: number,
  headers: string[][],
  columns: { month?: number; deadline?: number },
): MonthNumbers | null {
  const role = columns.month !== undefined ? "month" : columns.deadline !== undefined ? "deadline" : null;
  if (!role) return null;
  const title = fold(headers.map((row) => row[columns[role]!] ?? "").join(" "));
  return role === "month" || MONTHS_TITLE.test(title) ? { role, year: titleYear(blocks, first, headers) } : null;
}

/** The months a cell of bare numbers gives, as words a deadline is read from ("tháng 6/2023"); null for any other. */
export function monthWordings(cell: string, year: string | null): string[] | null {
  const text = cell.trim();
  if (!MONTH_NUMBERS.test(text)) return null;
  return [...text.matchAll(/\d+/g)].map((m) => `tháng ${Number(m[0])}${year ? `/${year}` : ""}`);
}

/**
 * A row submitted in several months, or by days written under several quarters (`quarter-columns.ts`): the row as
 * their heading, and a task per month ("1.1", "1.2"), due at its end; titled with the periods its title names, else
 * as the row is.
 */
export function monthTasks(ctx: TaskContext, row: TaskDraft, months: readonly string[]): TaskDraft[] {
  const titles = months.length === 2 ? twoPeriodTitles(row.title) : null;
  const tasks = months.flatMap((wording, k) => {
    const ref = `${row.ref}.${k + 1}`;
    const deadline = deadlineOf(ctx, ref, wording);
    return deadline ? [{ ...row, ref, parentRef: row.ref, title: titles?.[k] ?? row.title, deadline }] : [];
  });
  return [{ ...row, deadline: null }, ...tasks];
}
