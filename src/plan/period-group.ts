// A plan may group its numbered tasks under headings of the period they fall in, with no number of their
// own, set in capitals:
//   QUÝ II (hạn chung: 30/6)                  ← the group's shared deadline, in brackets
//   5. Tổ chức hội nghị …  / Hạn: 15/5          ← a task with its own
//   6. Kiểm tra …          / Hạn: trong quý     ← a task due with its group
//   GIAI ĐOẠN 2 - HOÀN THÀNH TRONG THÁNG 9/2026 ← the period's end is the shared deadline
// The tasks keep their own numbers; one with no deadline of its own, or one due "trong quý" (within the
// period the heading names), takes the group's.
import type { IsoDate } from "../domain/dates.ts";
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import { fold } from "../domain/text.ts";

export interface PeriodGroup {
  /** The heading's name before its deadline ("QUÝ II", "GIAI ĐOẠN 2"): the ref its tasks' deadline comes from. */
  ref: string;
  /** The wording of the shared deadline. */
  wording: string;
}

// "(hạn chung: 30/6)", "(hạn: trước 15/12)", "(thời hạn chung: …)": the group's deadline named in brackets.
const SHARED_DEADLINE =
  /\(\s*(?:thời\s+)?hạn(?:\s+chung)?\s*:(?:\s*(?=[^\s()])|\s*(?=\s\)))([^\s()](?:[^()]*?[^\s()])??|\s)\s*\)/iu;
// A numbered item ("5.", "2.3.") the heading stands over.
const NUMBERED = /^\d{1,4}(?:\.\d{1,4})*\.?\s+\S/;
const MAX_WORDS = 12;

/** Whether the heading's words outside brackets are all capitals. */
function inCapitals(text: string): boolean {
  const outside = text.replace(/\([^()]*\)/g, "");
  return /\p{Lu}/u.test(outside) && outside === outside.toUpperCase();
}

/**
 * The group an unnumbered line in capitals heads, when the numbered item after it (`next`) is one of its
 * tasks and the line gives a deadline: in brackets, in its words ("HOÀN THÀNH TRONG THÁNG 9/2026"), or as the
 * period it names ("QUÝ II", "CẢ NĂM") in the year of a plan issued on `issued`. Null for any other line.
 */
export function periodGroup(text: string, next: string | undefined, issued: IsoDate | null): PeriodGroup | null {
  const line = text.trim();
  if (!next || !NUMBERED.test(next.trim()) || !inCapitals(line) || line.split(/\s+/).length > MAX_WORDS) return null;
  const wording =
    SHARED_DEADLINE.exec(line)?.[1] ??
    findDeadlineWording(line, issued) ??
    (parseInPlanYear(line, issued).ok ? line : null);
  if (!wording) return null;
  const ref = line.split(/\s+[-–—:]\s+|\s*[(:]/u)[0]!.trim();
  return { ref, wording };
}

// "1. Nhóm nhiệm vụ chuẩn bị (thời hạn chung đối với các nhiệm vụ tại điểm này: trước ngày 15/4/2026)",
// "(hạn chung …)", "… hoàn thành trước ngày 30/6, áp dụng chung cho các nhiệm vụ dưới đây": a numbered heading saying
// its time is its items' in common, as a group's heading does; its numbered items with no time of their own take it.
const SAYS_SHARED =
  /(?<!\p{L})(?:hạn\s+chung|chung\s+(?:cho|đối\s+với)\s+(?:các|cả|toàn\s+bộ)\s+(?:nhiệm\s+vụ|nội\s+dung|công\s+việc))(?!\p{L})/iu;

/** Whether a heading's words say its deadline is shared by the items under it ("thời hạn chung …"). */
export const saysSharedDeadline = (text: string): boolean => SAYS_SHARED.test(text);

// "trong quý", "trong tháng", "trong giai đoạn này": within the period of the heading above, no day of its own.
const WITHIN_PERIOD = /^trong (quy|thang|nam|ky|dot|moc|giai doan)( nay| do)?$/;

/** Whether a task's time says only that it falls within the period of the heading above it. */
export const withinPeriodAbove = (wording: string): boolean => WITHIN_PERIOD.test(fold(wording).replace(/\.$/, ""));
