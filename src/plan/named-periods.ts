// A plan run in periods of its own ("Giai đoạn 1 (Chuẩn bị) | Từ 01/4/2022 đến 30/4/2022", "Đợt 2", "Kỳ 1", a
// contest's "Tuần thi | Thứ nhất | …") dates them once, in a table of its timeline, and then gives work by naming
// them: "hoàn thành trong Giai đoạn 1", "theo tiến độ Giai đoạn 3" is due when that period ends; "xong trước khi bắt
// đầu Giai đoạn 2" is due the day before it starts, as "trước ngày D" is. Each such naming is put in words of the
// date it stands for, so every reader after this sees a plain deadline; a time cell holding only a period's name
// ("Giai đoạn 2") takes that period's own time.
// The timeline's rows say when, never who: a table whose first column is the periods' names and no column names
// units lists the plan's schedule (what each period holds, its scope) and is no table of tasks; it is taken out.
import type { IsoDate } from "../domain/dates.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import { fold } from "../domain/text.ts";
import { rewriteWords, type Block } from "./document.ts";

interface Period {
  name: string;
  /** The first day, when the time is a span ("Từ 01/4/2022 đến …"). */
  start: IsoDate | null;
  /** The last day of the period, when one time dates it. */
  end: IsoDate | null;
  /** The period's time as the table writes it. */
  time: string | null;
}

// The words a plan names its periods by; a table of them has one as its first column's title.
const KIND = "(giai doan|(?:dot|ky|tuan|vong)(?: thi)?)";
const KIND_TITLE = new RegExp(`^${KIND}$`);
// "Giai đoạn 1", "Đợt II", "Tuần thứ nhất": a period's name, the kind word then its number.
const NAMED = new RegExp(`^${KIND} (\\d{1,2}|[ivx]{1,4}|thu [a-z]+)$`);
// "Thứ nhất", "2", "(Chuẩn bị)": a row's first cell under the kind's title, numbering the period.
const NAME_FIRST = new RegExp(`^${KIND} (\\d{1,2}|[ivx]{1,4}|thu [a-z]+)\\b`);
const NUMBER = /^(\d{1,2}|[ivx]{1,4}|thu [a-z]+)$/;
// A column that says who: the table assigns work, it is no timeline.
const WHO = /\b(chu tri|phoi hop|don vi|co quan|trach nhiem|nguoi thuc hien)\b/;

const DAY = /(\d{1,2})\/(\d{1,2})\/(\d{4})/;

function startOf(time: string): IsoDate | null {
  if (!/^tu\b/.test(fold(time))) return null;
  const day = DAY.exec(time);
  if (!day) return null;
  const [d, m, y] = [day[1]!, day[2]!, day[3]!];
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

/** A row's period name: its first cell's ("Giai đoạn 1 (Chuẩn bị)"), the title's kind with the cell's number
 * ("Tuần thi" over "Thứ nhất"), or in a text plan the name on the line above the row. */
function nameOf(kind: string, cell: string, above: string | null): string | null {
  const own = fold(cell);
  const named = NAME_FIRST.exec(own);
  if (named) return named[0];
  if (NUMBER.test(own)) return `${kind} ${own}`;
  return above !== null && NAMED.test(fold(above)) ? fold(above) : null;
}

/**
 * The period a row of the timeline dates. A row with one time ("Từ 01/4/2022 đến 30/4/2022", "Trước ngày D") gives
 * the period's; several (opening, closing, results) leave its end unsaid: the row is still no task.
 */
function periodOf(kind: string, cells: string[], above: string | null, issued: IsoDate | null): Period | null {
  const name = nameOf(kind, cells[0] ?? "", above);
  if (name === null) return null;
  const times = cells.slice(1).flatMap((cell) => {
    const read = parseInPlanYear(cell, issued);
    return read.ok ? [{ cell, due: read.deadline.due }] : [];
  });
  const [only] = times;
  if (!only) return null;
  return times.length === 1
    ? { name, start: startOf(only.cell), end: only.due, time: only.cell }
    : { name, start: null, end: null, time: null };
}

const written = (day: IsoDate): string => {
  const [y, m, d] = day.split("-");
  return `${Number(d)}/${Number(m)}/${y}`;
};

/** The plan's periods and its blocks without their timeline table. */
export function namedPeriods(blocks: readonly Block[], issued: IsoDate | null): { periods: Period[]; rest: Block[] } {
  const periods: Period[] = [];
  const rest: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const title = block.type === "row" ? fold(block.cells[0] ?? "") : "";
    const who = block.type === "row" && block.cells.some((c) => WHO.test(fold(c)));
    if (block.type !== "row" || !KIND_TITLE.test(title) || who) {
      rest.push(block);
      continue;
    }
    // The rows under the title, a text plan's name lines between them.
    const found: Period[] = [];
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const next = blocks[j]!;
      if (next.type === "text" && NAMED.test(fold(next.text)) && blocks[j + 1]?.type === "row") continue;
      if (next.type !== "row") break;
      const prior = blocks[j - 1]!;
      const period = periodOf(title, next.cells, prior.type === "text" ? prior.text : null, issued);
      if (!period) break;
      found.push(period);
    }
    if (found.length < 2) {
      rest.push(block);
      continue;
    }
    periods.push(...found);
    i = j - 1;
  }
  return { periods, rest };
}

// "hoàn thành trong Giai đoạn 1", "xong trước khi bắt đầu Đợt 2", "theo tiến độ Giai đoạn 3": work given by a
// period's name; the verb before it goes with the date, out of the task's title.
const CITING = new RegExp(
  "(?<!\\p{L})(?:(?:hoàn thành|xong)\\s+)?(trước khi (?:bắt đầu|triển khai)|theo tiến độ(?: của)?|trong|hết)\\s+" +
    "((?:giai đoạn|đợt|kỳ|tuần|vòng)(?:\\s+thi)?\\s+(?:\\d{1,2}|[ivx]{1,4}|thứ\\s+\\p{L}+))(?![\\p{L}\\p{N}])",
  "giu",
);

function dated(text: string, periods: readonly Period[]): string {
  return text.replace(CITING, (phrase, how: string, name: string) => {
    const period = periods.find((p) => p.name === fold(name));
    const before = /trước khi/iu.test(how);
    const day = before ? period?.start : period?.end;
    return day ? `${before ? "trước ngày" : "chậm nhất ngày"} ${written(day)}` : phrase;
  });
}

/** A time cell that is only a period's name ("Giai đoạn 2", "Trong giai đoạn 2"): the period's own time. */
function cellTime(cell: string, periods: readonly Period[]): string {
  const name = fold(cell).replace(/^trong /, "");
  return periods.find((p) => p.name === name)?.time ?? dated(cell, periods);
}

/** The blocks with the timeline taken out and every naming of one of its periods as a deadline put as its date. */
export function withNamedPeriods(blocks: readonly Block[], issued: IsoDate | null): Block[] {
  const { periods, rest } = namedPeriods(blocks, issued);
  if (periods.length === 0) return [...blocks];
  return rest.map((block) =>
    rewriteWords(
      block,
      (text) => dated(text, periods),
      (cell) => cellTime(cell, periods),
    ),
  );
}
