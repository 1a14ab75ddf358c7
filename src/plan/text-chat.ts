// A plan pasted out of a chat app (Zalo, Messenger, Telegram), as clerks forward one to a group: items bulleted with
// pictographs ("📌 1. …", "👉 a) …", "✅ …"), labels drawn instead of written ("📅 15/4" for the deadline, "👤 Sở Y tế"
// for the units), numbers as keycaps ("1️⃣ …") and long lines broken by hand, the break marked by an ellipsis at the
// end of one line and the start of the next ("… người chuyển đi…" then "… bảo đảm dữ liệu"). The lines are read as
// the plan's own: a pictograph opening a line is a bullet (a dash, or nothing before the item's own number); one that
// stands for a label becomes that label, unless the line names its label itself ("📅 Hạn: 15/4"); a pictograph
// closing a line is the sender's mood.
import { clean, fold, stripMarkup } from "../domain/text.ts";
import type { Block } from "./document.ts";
import { opensLabel } from "./labels.ts";
import { opensNumbered } from "./numbering.ts";

// A pictograph with what rides on it: a variation selector, a skin tone, a zero-width-joined sequence ("👨‍💼").
const RIDER = String.raw`(?:\u{FE0E}|\u{FE0F}|\p{Emoji_Modifier})?`;
const PICTOGRAPH = String.raw`\p{Extended_Pictographic}${RIDER}(?:\u200D\p{Extended_Pictographic}${RIDER})*`;
const LEADING = new RegExp(String.raw`^\s*(?:${PICTOGRAPH}\s*)+`, "u");
// What may close a line after its words: pictographs with their riders, and spaces.
const CLOSING_MARK = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200D|\u{FE0E}|\u{FE0F}|\s)$/u;
// "1️⃣" … "9️⃣": a digit, a variation selector and the keycap mark; "🔟" is ten.
const KEYCAP = /^\s*(\d)\u{FE0F}?\u{20E3}\s*/u;
const TEN = /^\s*\u{1F51F}\s*/u;

// Pictographs that stand for a label: calendars and clocks for when, people and offices for who.
const WHEN = /^(?:\u{1F4C5}|\u{1F4C6}|\u{1F5D3}|\u{23F0}|\u{23F3}|\u{231B}|\u{1F552}|\u{1F558}|\u{1F55B})/u;
const WHO = /^(?:\u{1F464}|\u{1F465}|\u{1F3E2}|\u{1F3DB}|\u{1F468}\u200D\u{1F4BC}|\u{1F469}\u200D\u{1F4BC})/u;
const LABELS: [RegExp, string][] = [
  [WHEN, "Thời hạn:"],
  [WHO, "Đơn vị thực hiện:"],
];

// An ellipsis, as a chat app or a keyboard writes it.
const ELLIPSIS = ["…", "..."];
const ELLIPSIS_START = /^\s*(?:…|\.{3})\s*/u;

/** The line without the pictographs (and spaces) closing it: a walk back from its end, one code point at a time. */
function withoutClosing(line: string): string {
  let end = line.length;
  while (end > 0) {
    // A pictograph past U+FFFF is two UTF-16 units, its low surrogate last.
    const unit = line.charCodeAt(end - 1);
    const at = unit >= 0xdc00 && unit <= 0xdfff && end > 1 ? end - 2 : end - 1;
    if (!CLOSING_MARK.test(line.slice(at, end))) break;
    end = at;
  }
  return line.slice(0, end);
}

/** The line without the ellipsis closing it, or null when none closes it. */
function beforeEllipsis(line: string): string | null {
  const text = line.trimEnd();
  const mark = ELLIPSIS.find((e) => text.endsWith(e));
  return mark ? text.slice(0, -mark.length).trimEnd() : null;
}

/** Lines this many or more opening with a pictograph make a text a chat copy. */
const FEW_BULLETS = 3;

/** The line with its pictographs read: a bullet dropped, a label's pictograph turned into its word. */
function readLine(line: string): string {
  // A chat writes no tabs: a line with one is a table's row copied along, its cells kept as they are.
  if (line.includes("\t")) return line;
  const keycap = KEYCAP.exec(line) ?? TEN.exec(line);
  if (keycap) return withoutClosing(`${keycap[1] ?? "10"}. ${line.slice(keycap[0].length)}`);
  const lead = LEADING.exec(line);
  const rest = withoutClosing(lead ? line.slice(lead[0].length) : line);
  if (!lead || !rest) return rest;
  const label = LABELS.find(([pictograph]) => pictograph.test(lead[0].trim()))?.[1];
  if (label) return opensLabel(rest) ? rest : `${label} ${rest}`;
  // A bullet before the item's own number or letter ("📌 *1. …*", "👉 a) …") gives way to it; else it is a dash.
  return opensNumbered(clean(stripMarkup(rest))) ? rest : `- ${rest}`;
}

/** Whether the text is a chat copy: several lines open with a pictograph or a keycap number. */
export function isChatCopy(lines: readonly string[]): boolean {
  let bullets = 0;
  for (const line of lines) if (LEADING.test(line) || KEYCAP.test(line) || TEN.test(line)) bullets++;
  return bullets >= FEW_BULLETS;
}

// Who or when, in words marked or not: a role ("chủ trì", "phoi hop"), a deadline's word, a day or a month.
const WHO_OR_WHEN =
  /\b(?:chu tri|phoi hop|thoi han|han|truoc|cham nhat|hoan thanh|xong)\b|\b\d{1,2} \d{1,2}\b|\b(?:thang|quy) (?:\d|[ivx])/;

/**
 * Whether a line bulleted under a keycap item says who does it or by when ("1️⃣ Xây dựng bộ chỉ số" then "👉 Sở Nội
 * vụ chủ trì, hạn trước 15/4"): the item's own details, not an item of its own. A bullet that says neither is one.
 */
const detailsItem = (line: string): boolean =>
  LEADING.test(line) &&
  !LABELS.some(([pictograph]) => pictograph.test(line.replace(LEADING, (m) => m.trim()))) &&
  WHO_OR_WHEN.test(fold(line));

/** A chat copy's lines as the plan's own (pictographs read, lines broken at an ellipsis joined); else as they are. */
export function withoutChatMarks(lines: readonly string[]): string[] {
  if (!isChatCopy(lines)) return [...lines];
  const out: string[] = [];
  // The keycap item the lines under it may detail, until a line that does not.
  let item: number | null = null;
  for (const line of lines) {
    const read = readLine(line);
    const before = out.length ? beforeEllipsis(out.at(-1)!) : null;
    if (before !== null && ELLIPSIS_START.test(read))
      out[out.length - 1] = `${before} ${read.replace(ELLIPSIS_START, "")}`;
    else if (item !== null && !opensNumbered(clean(stripMarkup(read))) && detailsItem(line))
      out[item] = `${out[item]!.replace(/[\s.;:,]+$/u, "")}. ${read.replace(/^- /, "")}`;
    else {
      item = KEYCAP.test(line) || TEN.test(line) ? out.length : null;
      out.push(read);
    }
  }
  return out;
}

/**
 * A chat copy pasted into a word processor (a paragraph a line, no table) read as the text one is: the paragraphs
 * as its lines. Any other document is left as it is.
 */
export function withoutChatParagraphs(blocks: Block[]): Block[] {
  if (!blocks.every((b) => b.type === "text" && !b.notes && b.written === undefined)) return blocks;
  const lines = blocks.map((b) => (b.type === "text" ? b.text : ""));
  if (!isChatCopy(lines)) return blocks;
  return withoutChatMarks(lines).map((text) => ({ type: "text", text }));
}
