// An office may write each task as one line of fields set off by spaced dashes, as a table's cells would be:
//   "1. Ban hành quy chế … – Phòng A; phối hợp: Trung tâm B – Tháng 3/2024."
// the work, then who leads (and, after "phối hợp:", who helps), then when. The dashes are en or em dashes: a hyphen
// stands inside names ("Phòng Hành chính - Tổ chức"), and the work's own words may hold a dash, so the fields are
// the LAST two: the time after the last dash, the units before it. Only a line whose units field is names alone and
// whose time field reads as a time (or says when in words: "Thường xuyên", "Trong 05 ngày …") is so read; the time
// dates the task only when it is a deadline ("Thường xuyên" leaves it undated, as a time cell saying so does).
import { parseDeadline } from "../domain/deadline.ts";
import type { UnitResolver } from "../domain/resolve-units.ts";
import { fold } from "../domain/text.ts";
import { unitsNamedOnly, type ClauseUnits } from "./clause.ts";

const SPACED_DASH = /\s+[–—]\s+/u;
// "phối hợp:" (or "PH:") opening the partners inside the units field.
const PARTNERS = /;\s*(?:phối hợp|PH)\s*:\s*/iu;
// Folded words a time field in words opens with (a time line of a unit cell too, `lead-time-column.ts`).
export const TIME_WORDS =
  /^(?:thuong xuyen|hang (?:nam|quy|thang|tuan)|dinh ky|trong|truoc|sau|tu|den|nam|quy|thang|ngay)\b/;

export interface DashFields {
  work: string;
  units: ClauseUnits;
  /** The time field when it is a deadline, else null. */
  time: string | null;
}

/** The fields of a line "work – units – time", or null when the line is not written so. */
export function dashFields(resolver: UnitResolver, line: string): DashFields | null {
  const pieces = line.replace(/[\s.;]+$/u, "").split(SPACED_DASH);
  if (pieces.length < 3) return null;
  const time = pieces.at(-1)!.trim();
  const [leadPart, partnersPart = ""] = pieces.at(-2)!.split(PARTNERS);
  const deadline = parseDeadline(time).ok;
  if (!deadline && !TIME_WORDS.test(fold(time))) return null;
  const lead = unitsNamedOnly(resolver, leadPart!);
  const coordinators = partnersPart ? unitsNamedOnly(resolver, partnersPart) : [];
  if (lead.length === 0 || (partnersPart && coordinators.length === 0)) return null;
  return { work: pieces.slice(0, -2).join(" – ").trim(), units: { lead, coordinators }, time: deadline ? time : null };
}
