// A row given to several units, or groups of units, may give each its own day in the time cell, a line each:
//   STT | Nhiệm vụ             | Cơ quan chủ trì                    | Phối hợp  | Thời hạn
//   4   | Kiểm kê tài sản công | Các sở, ban, ngành; UBND cấp huyện | Sở Tài chính | - Các sở, ban, ngành: trước 10/4;
//       |                      |                                    |           | - UBND cấp huyện: trước 20/4
// Each line is the row's work as those units do it, by their own day: a task of its own under the row ("4.1",
// "4.2", in the order written, as a submission in each of several months is, `month-numbers.ts`), led by the
// units the line names alone, the row's partners beside each. Only when every line names some of the row's leads:
// a time cell dating others (partners sending their part first) is read as one time, as before.
// A line may name a level instead of units, as a row given to every level writes it:
//   Các sở, ban, ngành; UBND các huyện, thành phố | - Cấp tỉnh: trước 15/3/2025 - Cấp huyện: trước 25/3/2025
// "cấp huyện" and "cấp xã" name their groups as anywhere; "cấp tỉnh" names the row's leads of the province's own
// level, those that are no district's or commune's.
import { parseInPlanYear } from "../domain/plan-year.ts";
import type { ResolvedName } from "../domain/resolve-units.ts";
import { fold } from "../domain/text.ts";
import { monthTasks } from "./month-numbers.ts";
import { besideLead } from "./partners.ts";
import type { TaskDraft } from "./parsed-plan.ts";
import type { TaskContext } from "./task-context.ts";

// A line of the cell starts with its mark at the cell's start, after the line before ends (";", ".", a date's
// last figure) or after a line break; a ";" alone also ends a line. A line written with no mark and no ";" starts
// after the last figure of the date ending the line before, with a capital and the next units' colon: the readers
// join a cell's lines with a space ("Sở Tư pháp: 10/4/2025 Sở Nội vụ: 20/4/2025").
const LINE = /\s*;\s*(?:[-–+•]\s+)?|(?:^|(?<=[.;)\d])\s+|[^\S\n]*\n\s*)[-–+•]\s+|(?<=\d)\s+(?=\p{Lu}[^\d:;]{2,}:)/u;
// "Các sở, ban, ngành: trước 15/6/2024": who, a colon, then by when.
const UNITS_TIME = /^([^:]{3,}):\s*(\S.*?)[.;]?$/su;

// "Cấp tỉnh", "các đơn vị cấp tỉnh": the province's own level.
const PROVINCE_LEVEL = /^(?:cac )?(?:(?:co quan|don vi) )?cap tinh$/;

/** The row's leads a line's "who" names (those of the province's level for "cấp tỉnh"); null when one is none. */
function namedLeads(ctx: TaskContext, who: string, leads: readonly ResolvedName[]): ResolvedName[] | null {
  const named = PROVINCE_LEVEL.test(fold(who))
    ? leads.filter((l) => l.kind !== "district" && l.kind !== "commune")
    : ctx.resolver.resolveList(who).map((u) => leads.find((l) => l.name === u.name));
  return named.length > 0 && named.every((u) => u !== undefined) ? named : null;
}

interface LeadLine {
  units: ResolvedName[];
  time: string;
}

/** The cell's lines when each names some of `leads` before a colon and a time after it; null otherwise. */
function leadLines(ctx: TaskContext, cell: string, leads: readonly ResolvedName[]): LeadLine[] | null {
  const lines = cell.split(LINE).flatMap((line) => (line.trim() ? [line.trim()] : []));
  if (lines.length < 2) return null;
  const read: LeadLine[] = [];
  for (const line of lines) {
    const [, who, time] = UNITS_TIME.exec(line) ?? [];
    if (!who || !time || !parseInPlanYear(time, ctx.issued).ok) return null;
    const units = namedLeads(ctx, who, leads);
    if (!units) return null;
    read.push({ units, time });
  }
  return read;
}

/**
 * The row as the heading of a task for each of its leads' lines in its time cell; null when it has no such lines.
 * `partners` are the row's as written: one the row's whole lead took in (Sở Nội vụ among "các sở") helps the others.
 */
export function leadDeadlineTasks(
  ctx: TaskContext,
  row: TaskDraft,
  cell: string,
  partners: ResolvedName[],
): TaskDraft[] | null {
  const lines = leadLines(ctx, cell, row.lead);
  if (!lines) return null;
  const [heading, ...parts] = monthTasks(
    ctx,
    row,
    lines.map((l) => l.time),
  );
  return [heading!, ...parts.map((part, k) => ({ ...part, ...besideLead(lines[k]!.units, partners) }))];
}
