// The time a section row of a task table gives the rows under it. A campaign's phase row writes its dates in a
// closing bracket, nothing else in it: "B. TRIỂN KHAI CHIẾN DỊCH (16/3–27/3/2026)". A row under it may then point at
// that period instead of writing a day, "Trong thời gian chiến dịch": the period the section's title names, due when
// the section's time ends, as a row whose time cell is blank is.
import { isRecurring, parseDeadline } from "../domain/deadline.ts";
import { fold } from "../domain/text.ts";

// A closing bracket opening with a number or a word of time: "(16/3–27/3/2026)", "(Quý II/2026)", never a document
// cited by its date ("(theo Kế hoạch số 12/KH-UBND ngày 05/3/2026)").
const CLOSING_TIME = /\(\s*((?:(?:từ|ngày|tháng|quý|năm|trong)\s+)?[\dIVX][^()]*)\)\s*$/iu;

/** The time in a section title's closing bracket when the bracket holds a time alone, else null. */
export function bracketTime(title: string): string | null {
  const time = CLOSING_TIME.exec(title)?.[1]?.trim();
  return time && parseDeadline(time).ok ? time : null;
}

// "Trong thời gian chiến dịch", "Trong suốt thời gian diễn ra đợt tiêm": during a period named by its words.
const DURING = /^(?:trong(?:\s+suốt)?|suốt)\s+(?:thời gian\s+)?(?:(?:diễn ra|triển khai|thực hiện)\s+)?(\S.*)$/iu;

const words = (text: string) =>
  ` ${fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(" ")} `;

/** Whether a time cell with no date of its own says "during" the period the dated section's `title` names. */
export function duringSection(time: string, title: string): boolean {
  const period = DURING.exec(time.trim())?.[1];
  if (!period || isRecurring(time)) return false;
  const named = words(period);
  return named.trim().length > 0 && words(title).includes(named);
}
