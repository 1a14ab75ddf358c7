// A task table may name who leads and by when in one column ("Đơn vị chủ trì – thời hạn", "Cơ quan chủ trì, thời gian
// hoàn thành"), each cell the unit, then the time: after a dash ("Sở Y tế – 10/02/2026", "Bảo hiểm xã hội tỉnh – hằng
// quý"), in brackets ("Sở Tư pháp (Quý III/2026)"), or on a line of its own under the unit, which a workbook's wrapped
// cell (Alt+Enter) gives as the unit's line run on: "Sở Xây dựng Tháng 5/2026", "Sở Y tế Thời gian: 20/11/2026",
// "Chủ trì: Sở Công Thương Hoàn thành trước 15/10/2026", "Sở Nội vụ Thường xuyên". The unit leads, the time dates the
// row, as two columns would say. The time is the cell's tail from the first word opening a time (a figure, a bracket,
// "Tháng", "Quý", "Trước", "Thường xuyên", a label "Thời gian:") to the end, read as one whole; so a unit's own dash
// ("Sở Lao động - Thương binh và Xã hội Thời gian: 15/5/2026") stays in its name. A dash before words the tail does not
// read still ends the unit when a figure or lower-case words follow it; a cell with no time names the lead alone, or
// the time alone. A label before the unit ("Chủ trì: …") names the field, not the unit.
import { isRecurring, parseDeadline } from "../domain/deadline.ts";
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import { fold } from "../domain/text.ts";
import { TIME_WORDS } from "./dash-fields.ts";

const LAST_DASH = /^(.*\S)\s+[–—-]\s+(\S.*)$/su;
// "Thời gian: …", "Thời hạn hoàn thành: …", "Hoàn thành …", "Tiến độ: …": the words naming the time's field.
const TIME_LABEL =
  /^(?:thời\s+(?:gian|hạn)|tiến\s+độ|hoàn\s+thành|thực\s+hiện)(?:\s+(?:hoàn\s+thành|thực\s+hiện))?\s*:?\s*/iu;
// "Chủ trì: …", "Cơ quan chủ trì: …": the words naming the unit's field.
const LEAD_LABEL = /^(?:(?:cơ\s+quan|đơn\s+vị)\s+)?chủ\s+trì\s*[:–-]\s*/iu;
// What stands between the unit and its time: a dash, a comma, a semicolon.
const BETWEEN = /[\s,;:–—-]+$/u;
// A time is a few words: only the cell's last words are tried as its start, so a long cell is read in linear time.
const TAIL_WORDS = 10;

/** The time `text` says alone (its label and brackets dropped), or null when it says more. */
function timeOf(text: string): string | null {
  const bare = text.replace(/^\((.*)\)$/su, "$1").trim();
  for (const words of [bare.replace(TIME_LABEL, ""), bare]) {
    const opens = /^\d/.test(words) || TIME_WORDS.test(fold(words)) || /^chậm\s+nhất/iu.test(words);
    if (words && opens && (parseDeadline(words).ok || isRecurring(words) || findDeadlineWording(words) === words))
      return words;
  }
  return null;
}

/** The unit and the time at the cell's end, when its last words read as a time and words before them remain. */
function timeTail(cell: string): { lead: string; time: string } | null {
  const starts = [...cell.matchAll(/(?<=\s)[\p{L}\d(]/gu)].map((m) => m.index).slice(-TAIL_WORDS);
  for (const at of starts) {
    const time = timeOf(cell.slice(at));
    const lead = cell.slice(0, at).replace(BETWEEN, "");
    if (time !== null && lead) return { lead, time };
  }
  return null;
}

/** The lead and the time a cell of a column naming both says. */
export function leadAndTime(cell: string): { lead: string; time: string } {
  const text = cell.trim().replace(/\s+/gu, " ");
  const tail = timeTail(text);
  if (tail) return { lead: tail.lead.replace(LEAD_LABEL, ""), time: tail.time };
  const [, lead, time] = LAST_DASH.exec(text) ?? [];
  if (lead && time && (/\d/.test(time) || /^\p{Ll}/u.test(time))) return { lead: lead.replace(LEAD_LABEL, ""), time };
  const onlyTime = parseDeadline(cell).ok || findDeadlineWording(cell) === cell.trim();
  return onlyTime ? { lead: "", time: cell } : { lead: text.replace(LEAD_LABEL, ""), time: "" };
}
