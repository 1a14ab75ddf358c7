// A task may close its sentence by saying when it is done, in words rather than a date: "…; thời gian
// thực hiện: thường xuyên", "…, thời hạn: hằng năm". Such a task has a time of its own, so it takes no
// deadline from the heading above it, as a table row whose time cell says "Thường xuyên" takes none.
import { isRecurring } from "../domain/deadline.ts";

const CLOSING_TIME_LABEL =
  /[,;.]\s*(?:thời gian|thời hạn|tiến độ)(?:\s+(?:thực hiện|hoàn thành))?\s*:(?:\s*(?=[^\s,;.:])|\s*(?=\s(?!\s)[\s.;]*$))([^\s,;.:](?:[^,;.:]*?[^\s,;.:])??|\s)[\s.;]*$/iu;

/** The time a sentence closes with after a label ("thường xuyên"), and where that label starts; null if none. */
export function closingTimeLabel(text: string): { at: number; value: string } | null {
  const m = CLOSING_TIME_LABEL.exec(text);
  return m ? { at: m.index, value: m[1]!.trim() } : null;
}

// The words of a time adverbial opening a sentence: "trước ngày 25", "vào ngày 05 tháng đầu quý", "chậm nhất ngày 10".
const DAY_PHRASE = /^(?:trước|vào|chậm nhất|trong|từ|đến)\s+(?:ngày\s+)?\d{1,2}\b[^,;.:]{0,30}$/iu;

/**
 * A sentence opening with how often it recurs, and maybe on which day, before its comma ("Định kỳ hằng tháng,
 * trước ngày 25, báo cáo …", "Hằng quý, báo cáo …"): those adverbials are no part of its title or subject.
 * The sentence after them, or null when it opens otherwise.
 */
export function afterRecurringOpening(text: string): string | null {
  const parts = text.split(",");
  if (parts.length < 2 || !isRecurring(parts[0]!) || parts[0]!.trim().split(/\s+/).length > 5) return null;
  let n = 1;
  while (n < parts.length - 1 && DAY_PHRASE.test(parts[n]!.trim())) n++;
  const rest = parts.slice(n).join(",").trim();
  return rest || null;
}
