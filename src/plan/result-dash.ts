// An item whose time stands in a dash of its own that names what is due by then:
//   c) Thanh tra tỉnh theo dõi, đôn đốc, kiểm tra việc thi hành các quyết định …
//   - Báo cáo kết quả kiểm tra với Chủ tịch UBND tỉnh: trước ngày 15/11/2026.
// The dash dates the item's work by its result, as "- Thời gian hoàn thành: …" would (labels.ts): one task, the
// item's, not a sub-task of reporting. Only a dash alone under an undated item, naming a result ("Báo cáo …", "Hoàn
// thành …", "Gửi …", "Nộp …") and after its colon nothing but a time: two such dashes are two steps, each a task,
// and a dash naming work of its own or a unit ("Tập huấn …: Sở A chủ trì, trước …") stays the sub-task it is.
import { fold } from "../domain/text.ts";
import { onlyDeadline } from "./labels.ts";
import type { Node } from "./prose-node.ts";

// What an item's work ends in: a report, a result handed over, the work done.
const RESULT = /^(?:bao cao|gui|nop|trinh|hoan thanh|hoan tat|xong|ket thuc)\b/;

/** The time a dash naming the item's result gives ("Báo cáo kết quả: trước ngày D"), or null. */
function resultTime(dash: Node): string | null {
  const colon = dash.text.indexOf(":");
  if (dash.kind !== "bullet" || dash.children.length > 0 || colon < 0 || !dash.wording) return null;
  return RESULT.test(fold(dash.text.slice(0, colon))) && onlyDeadline(dash.text.slice(colon + 1)) ? dash.wording : null;
}

/** An undated item over one result's dash takes the dash's time as its own, the dash no task of its own. */
export function foldResultDash(node: Node): void {
  const [only] = node.children;
  const time =
    /number|letter/.test(node.kind) && !node.wording && node.children.length === 1 ? resultTime(only!) : null;
  if (time === null) return;
  node.wording = time;
  node.children = [];
}
