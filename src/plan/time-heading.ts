// A plan laid out along a timeline heads each period with its time alone ("5. Từ tháng 10 đến tháng 11/2026:",
// "2. Quý III/2024", "3. Giai đoạn 2 (từ tháng 7 đến tháng 9/2024):"): such a heading names no work of its own, so what
// stands under it is its work, dated by it (sole-paragraph.ts, prose.ts).
import { titleBeforeDeadline } from "./title-cut.ts";

// A stage's name and number ("Giai đoạn 2", "Đợt I", "Mốc thứ ba") say which period, no work; "Bước 3" names a step
// of the work, which its words go on to say.
const STAGE_NAME = /^(?:giai đoạn|đợt|mốc)\s+(?:\d{1,2}|[IVX]{1,4}|thứ\s+\p{L}{2,5})(?![\p{L}\p{N}])/iu;

/** Whether a heading's words, its deadline `wording` aside, are none but a stage's name: it only says when. */
export function saysOnlyWhen(text: string, wording: string | null): boolean {
  const at = wording ? text.lastIndexOf(wording) : -1;
  if (at < 0) return false;
  const before = titleBeforeDeadline(text, wording).replace(STAGE_NAME, "");
  // "Quý II/2026 (tháng 5 và tháng 6):": a bracket in lower case after the time says more of when.
  const after = text.slice(at + wording!.length).replace(/\([^()\p{Lu}]*\)/gu, "");
  return !/\p{L}/u.test(before) && !/\p{L}/u.test(after);
}
