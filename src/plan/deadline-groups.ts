// A matrix may group its unit columns under the deadline of the work marked in them, the same units
// repeated under each group:
//   STT | Nhiệm vụ | Hoàn thành trước 31/3/2025       | Hoàn thành trước 30/6/2025       | Ghi chú
//       |          | SNV | VP | STP | …                 | SNV | VP | STP | …                 |
// A row marks who leads and who helps under one group, and that group's title says by when. A day written
// in "Ghi chú" beside the marks is the row's own deadline and wins, as such plans say it does.
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import { fold } from "../domain/text.ts";
import { noteTime } from "./quarter-columns.ts";
import { alignGroupTitles } from "./text-header.ts";

export interface DeadlineGroups {
  /** Unit column → the title of the group it stands under ("Hoàn thành trước 30/6/2025"). */
  titles: Map<number, string>;
  note: number | undefined;
}

/** A group title that says by when the work marked under it is done: it gives a date. */
const namesDeadline = (title: string): boolean => findDeadlineWording(title) !== null;

/**
 * Whether a header's upper row groups the labels under it by deadlines: two titles or more giving dates, each
 * over the same labels (the units, repeated), so that a title over columns of another kind is never taken for one.
 */
export function groupsByDeadline(written: string[], lower: string[]): boolean {
  // A text copy writes each title once, before the labels it spans (`text-header.ts`).
  const upper = alignGroupTitles([written, lower])[0]!;
  const starts = upper.flatMap((title, i) => (title && namesDeadline(title) ? [i] : []));
  if (starts.length < 2) return false;
  const run = (at: number) => lower.slice(at, at + starts[1]! - starts[0]!).join("\t");
  return starts.every((at) => lower[at] && run(at) === run(starts[0]!));
}

/** The deadline title over each unit column, and the note column; null when no group title gives a date. */
export function deadlineGroups(headers: string[][], units: ReadonlyMap<number, string>): DeadlineGroups | null {
  const [upper, lower] = [headers.at(-2), headers.at(-1)];
  if (!upper || !lower || !groupsByDeadline(upper, lower)) return null;
  const titles = new Map<number, string>();
  let title = "";
  for (let i = 0; i <= Math.max(...units.keys()); i++) {
    if (upper[i]) title = upper[i]!;
    if (units.has(i) && namesDeadline(title)) titles.set(i, title);
  }
  const note = headers.flatMap((row) => row.map((c, i) => (fold(c) === "ghi chu" ? i : -1))).find((i) => i >= 0);
  return { titles, note };
}

/**
 * The time of a row as a time cell would write it: the note when it gives a day or says the work goes on,
 * else the title of the last group the row marks; empty when it marks none.
 */
export function groupTime(cells: string[], groups: DeadlineGroups): string {
  const note = noteTime(cells, groups.note);
  if (note) return note;
  const marked = [...groups.titles].filter(([i]) => (cells[i] ?? "").trim());
  return marked.at(-1)?.[1] ?? "";
}
