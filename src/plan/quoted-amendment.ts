// An item amending a point of an earlier plan quotes the point's new wording under it: "2. Sửa đổi điểm b khoản 2
// Mục IV Kế hoạch số 15/KH-UBND như sau:" over "“b) Các sở, ban, ngành … báo cáo …, gửi Sở Tài chính trước ngày
// 20/6/2026.”". The quoted words are the item's own work, and their label ("b)") is the earlier plan's, no part of
// this one: the quotation is read as a paragraph of the item, its marks and label left out.
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import { CLOSING as CLOSING_MARKS, OPENING as OPENING_MARKS } from "./quotation-marks.ts";

// "Sửa đổi, bổ sung điểm b khoản 2 …, như sau:", "Thay thế khoản 3 Mục II bằng nội dung sau:".
const AMENDS = /\b(sua doi|bo sung|thay the|dieu chinh)\b.*\b(nhu sau|noi dung sau|sau day)$/;
const OPENING = new RegExp(`^\\s*[${OPENING_MARKS}]\\s*(?:(?:[a-zđ]|\\d{1,2}(?:\\.\\d{1,2})*)[.)]\\s+)?`, "u");
const CLOSING = new RegExp(`[${CLOSING_MARKS}]\\s*(?:([.;])\\s*)?$`, "u");
// How many paragraphs a quotation may run over before its closing mark.
const LONGEST = 30;

/** Whether an item announces a new wording ("Sửa đổi điểm a khoản 3 Mục III như sau:"): it names no work of its own. */
export const amendsAsFollows = (text: string): boolean => AMENDS.test(fold(text));

/** Where the quotation opening at `at` closes (the index of its last paragraph), or -1. */
function quoteEnd(blocks: readonly Block[], at: number): number {
  for (let i = at; i < Math.min(blocks.length, at + LONGEST); i++) {
    const block = blocks[i]!;
    if (block.type !== "text") return -1;
    if (CLOSING.test(block.text)) return i;
  }
  return -1;
}

/** The blocks with each quotation an amending item announces read as that item's paragraphs. */
export function withQuotedAmendments(blocks: Block[]): Block[] {
  const out = blocks.slice();
  for (let i = 1; i < out.length; i++) {
    const [before, block] = [out[i - 1]!, out[i]!];
    if (before.type !== "text" || block.type !== "text" || !OPENING.test(block.text)) continue;
    if (!before.text.trimEnd().endsWith(":") || !amendsAsFollows(before.text)) continue;
    const end = quoteEnd(out, i);
    if (end < 0) continue;
    out[i] = { ...block, text: block.text.replace(OPENING, "") };
    const last = out[end] as Block & { type: "text" };
    out[end] = { ...last, text: last.text.replace(CLOSING, "$1") };
    i = end;
  }
  return out;
}
