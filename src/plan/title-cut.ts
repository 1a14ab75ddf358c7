// A task's title is its words before its deadline: "Xây dựng thể lệ Hội thi, hoàn thành trước ngày 10/4/2026" is
// titled "Xây dựng thể lệ Hội thi". The words that only lead into the deadline ("hoàn thành", "xong", "chậm nhất",
// "vào") go with it, as does a bracket the deadline stood in ("… Đề án (kỳ đầu: trước ngày D)"). One cut for every
// reader that titles a task by the words before its deadline (prose items, a cell's list, a period's cell).

// Marks and spaces a title never ends with.
const TRAILING = new Set([..." \t\n\u00a0.,;:"]);

/** The text without the marks and spaces it ends with; a loop, as a pattern anchored at the end is quadratic. */
function trimMarks(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

// "…, hoàn thành trước ngày D", "… xong trước ngày D", "… tổ chức vào ngày D", "…, không muộn hơn ngày D": words
// leading into the deadline; not "…: đã hoàn thành (Quyết định … ngày D)", which says the work is done, and on what
// day.
const LEAD_IN =
  /(?<![\p{L}\p{N}])(?<!(?:đã|chưa|đang|được)\s+)(?:hoàn thành|chậm nhất|xong|trong|trước|vào|không\s+(?:muộn|chậm)\s+hơn)$/iu;
// "… (kỳ đầu: trước ngày D)": a bracket opened before the deadline and not closed.
const OPEN_BRACKET = /\([^()]*$/u;

/** The title of a task whose text holds its deadline `wording`: the words before the wording's last mention. */
export function titleBeforeDeadline(text: string, wording: string | null): string {
  const at = wording ? text.lastIndexOf(wording) : -1;
  if (at < 0) return trimMarks(text).trim();
  let title = trimMarks(text.slice(0, at).replace(OPEN_BRACKET, ""));
  // "hoàn thành xong trước": at most a few such words stand together.
  for (let words = 0; words < 3; words++) {
    const cut = trimMarks(title.replace(LEAD_IN, ""));
    if (cut === title || cut === "") break;
    title = cut;
  }
  return title.trim();
}
