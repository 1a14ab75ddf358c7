// An amending plan re-times points of the plan it amends by their place there, recalling in brackets what each is and
// who does it:
//   - Điểm a khoản 4 Mục III (xây dựng Kế hoạch tuyên truyền năm 2024 - Sở Nội vụ chủ trì): từ Quý I/2024 sang …
//   - Khoản 6 Mục III (báo cáo tự đánh giá … của các sở, ban, ngành): từ ngày 10/12/2024 sang ngày 20/12/2024.
// The place is the other plan's numbering, no work: the bracket's words are the task, the units after its spaced dash
// (as a sentence: "X chủ trì, Y phối hợp") or those whose work it is ("… của các sở") lead it, and what follows the
// colon says when.
import type { UnitResolver } from "../domain/resolve-units.ts";
import { readClause, unitsNamedOnly, type ClauseUnits } from "./clause.ts";

// "Điểm a khoản 4 Mục III", "Khoản 6 Mục II", "Tiết b điểm 2 Mục IV": a point's place in a plan (parts are "Mục"),
// then its bracket (no bracket inside) and the colon.
const CITED =
  /^(?:(?:tiết|điểm)\s+[\p{L}\d]{1,3}\s+){0,2}(?:khoản\s+\d{1,2}\s+)?mục\s+[IVXL]{1,5}\s*\(([^()]{1,600})\)\s*:\s*(\S.*)$/iu;
// The units after the last spaced dash, or after the last "của" (whose work it is).
const ROLES_AFTER = /\s[-–]\s(?!.*\s[-–]\s)/u;
const OWNERS_AFTER = /\scủa\s(?!.*\scủa\s)/u;

export interface CitedPoint {
  /** The bracket's work, then the time after the colon in a bracket, which the title leaves out. */
  text: string;
  units: ClauseUnits;
}

/** A cited point of the amended plan, its work and units read from its bracket; null for any other line. */
export function citedPoint(resolver: UnitResolver, line: string): CitedPoint | null {
  const m = CITED.exec(line.normalize("NFC").trim());
  if (!m) return null;
  const [bracket, time] = [m[1]!.trim(), m[2]!];
  const dash = ROLES_AFTER.exec(bracket);
  if (dash) {
    const units = readClause(resolver, bracket.slice(dash.index + dash[0].length));
    if (units.lead.length > 0) return { text: `${bracket.slice(0, dash.index).trim()} (${time})`, units };
  }
  const of = OWNERS_AFTER.exec(bracket);
  const owners = of ? unitsNamedOnly(resolver, bracket.slice(of.index + of[0].length)) : [];
  return { text: `${bracket} (${time})`, units: { lead: owners, coordinators: [] } };
}
