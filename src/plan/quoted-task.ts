// A letter urging work, or a report on it, cites a task by its name in quotation marks, as the plan it follows up
// gave it: 'Sở Tài chính: nhiệm vụ "Tham mưu ban hành quy định …" đến nay chưa hoàn thành. Đề nghị Sở khẩn trương
// hoàn thiện dự thảo, trình UBND tỉnh trước ngày …', 'a) "Đồng bộ trạng thái hồ sơ …": hoàn thành chậm nhất ngày …'.
// The quoted name is the task's title, what a user looks it up by; the words around it say whose it is, that it is
// late, and when it is now due. A quote that is no task's name ('Tổ chức Hội thi "Tìm hiểu pháp luật"') is neither
// after "nhiệm vụ" nor the whole title, and stays part of the title it stands in.

import { QUOTATION } from "./quotation-marks.ts";

// "nhiệm vụ "…"", "nhiệm vụ: "…"": the task named.
const NAMED = new RegExp(`(?<!\\p{L})nhiệm vụ(?:\\s*:)?\\s*${QUOTATION}`, "iu");
// A title that is one quote and nothing else.
const WHOLE = new RegExp(`^${QUOTATION}$`, "u");

// A task's name holds a few words at least: '"Một cửa"' names a thing, not a task.
const WORDS = 4;
const isName = (name: string | undefined): name is string => !!name && name.trim().split(/\s+/).length >= WORDS;

/** The name of the task `text` cites in quotes after "nhiệm vụ", else null. */
export function namedTask(text: string): string | null {
  const name = NAMED.exec(text)?.[1];
  return isName(name) ? name.trim() : null;
}

/** A title wholly in quotes ('"Đồng bộ trạng thái hồ sơ …"') without them; any other title as it is. */
export function unquoted(title: string): string {
  const name = WHOLE.exec(title.trim())?.[1];
  return isName(name) ? name.trim() : title;
}
