// A task table may name who leads and by when in one column ("Đơn vị chủ trì – thời hạn"), each cell the unit, a
// dash, then the time: "Sở Y tế – 10/02/2026", "Sở Tài chính – trước 31/3/2026", "Bảo hiểm xã hội tỉnh – hằng quý".
// The unit leads, the time dates the row, as two columns would say. A unit's own name may hold a dash ("Đài Phát
// thanh - Truyền hình tỉnh"): the time is what follows the last dash, and only when it reads as one (a figure, or
// words in lower case, "thường xuyên"); a cell with no time after a dash names the lead alone, or the time alone.
import { parseDeadline } from "../domain/deadline.ts";
import { findDeadlineWording } from "../domain/deadline-wording.ts";

const LAST_DASH = /^(.*\S)\s+[–—-]\s+(\S.*)$/su;

/** The lead and the time a cell of a column naming both says. */
export function leadAndTime(cell: string): { lead: string; time: string } {
  const [, lead, time] = LAST_DASH.exec(cell.trim()) ?? [];
  if (lead && time && (/\d/.test(time) || /^\p{Ll}/u.test(time))) return { lead, time };
  const onlyTime = parseDeadline(cell).ok || findDeadlineWording(cell) === cell.trim();
  return onlyTime ? { lead: "", time: cell } : { lead: cell, time: "" };
}
