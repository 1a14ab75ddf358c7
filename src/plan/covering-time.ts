// A line closing an item's list that dates all of it: "Thời gian hoàn thành các nội dung trên: trong quý II/2025.",
// "Các nhiệm vụ trên hoàn thành chậm nhất ngày 20/6/2025.", "Thời hạn thực hiện các nhiệm vụ nêu trên: …". Its words
// point back at the work above ("các nội dung trên"), not at the last dash: it is the item's time, which each undated
// dash under the item takes (inherited), as it would from "3. Sở A (hoàn thành trong quý II/2025)". Itself it is no
// task: it names no work but the work above. A line doing something with that work ("Sở Nội vụ tổng hợp kết quả các
// nhiệm vụ trên, báo cáo … trước ngày …") opens with its doer, not with the work, and stays a task.
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import { onlyDeadline } from "./labels.ts";

// The work above as the line's subject, after a time label or alone: "Thời gian hoàn thành các nội dung trên",
// "Các nhiệm vụ nêu trên", "Toàn bộ công việc nói trên", "Những nội dung kể trên"; or pointed at by the number or
// letters of the item holding it, as a phase's closing sentence does: "Các nhiệm vụ tại điểm 2", "Thời gian hoàn thành
// các nội dung tại điểm 1:", "Các nội dung tại các điểm a, b, c", "Các công việc thuộc mục này".
const ITEM_REFS = String.raw`[\p{L}\d]{1,3}(?:\.\d{1,3})*(?:\s*(?:,|và|đến|-)\s*[\p{L}\d]{1,3}(?:\.\d{1,3})*){0,12}`;
const POINTED = String.raw`(?:nêu\s+)?(?:tại|thuộc|của|ở)\s+(?:các\s+)?(?:điểm|mục|khoản|tiểu mục|phần)\s+(?:này|${ITEM_REFS})`;
const WORK_ABOVE = new RegExp(
  String.raw`^(?:(?:thời gian|thời hạn|hạn)(?:\s+(?:thực hiện|hoàn thành))?\s+)?(?:(?:các|những|toàn bộ)\s+)?(?:nội dung|nhiệm vụ|công việc|hoạt động)\s+(?:(?:(?:nêu|nói|kể)\s+)?trên|${POINTED})(?![\p{L}\d])`,
  "iu",
);

/** The deadline wording of a line dating the work above it ("Các nhiệm vụ trên hoàn thành trước …"), else null. */
export function timeOfWorkAbove(text: string): string | null {
  const line = text.normalize("NFC").trim();
  const subject = WORK_ABOVE.exec(line);
  if (!subject) return null;
  const rest = line
    .slice(subject[0].length)
    .replace(/^[\s:,–-]+/, "")
    .replace(/[.;]$/, "");
  return rest && onlyDeadline(rest) ? (findDeadlineWording(rest) ?? rest) : null;
}
