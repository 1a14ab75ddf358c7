// A long plan may open with its table of contents ("MỤC LỤC"): its headings again, each with the page it is on,
// joined by a dot leader in a PDF ("I. MỤC ĐÍCH, YÊU CẦU.........2"), by a tab in text ("I. MỤC ĐÍCH\t2", a row) or
// as the heading and its page number in Word. A reader skips it: its headings are no sections and name no tasks,
// and read as the plan's they would number its real headings a second time.
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";

// Four dots or more (or two ellipses) before the page number closing the line.
const LEADER = /(?:\.{4,}|…{2,}|(?:\.\s){4,})\s*\d{1,3}\s*$/;
const PAGE = /^\d{1,3}$/;
const TITLE = /^muc luc$/;

/** Whether a paragraph is an entry of a table of contents set with a dot leader. */
export const isContentsEntry = (text: string): boolean => LEADER.test(text);

/** How many blocks from `at` an entry of the contents takes: 1 or 2 (a heading, then its page), or 0. */
function entryAt(blocks: readonly Block[], at: number): number {
  const block = blocks[at];
  if (!block) return 0;
  if (block.type === "row") {
    const cells = block.cells.filter((c) => c.trim());
    return cells.length === 2 && PAGE.test(cells[1]!.trim()) ? 1 : 0;
  }
  if (isContentsEntry(block.text)) return 1;
  const next = blocks[at + 1];
  return next?.type === "text" && PAGE.test(next.text.trim()) && !PAGE.test(block.text.trim()) ? 2 : 0;
}

/** The blocks without the table of contents under a "MỤC LỤC" title (the title kept), wherever it stands. */
export function withoutContents(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    out.push(block);
    if (block.type !== "text" || !TITLE.test(fold(block.text))) continue;
    for (let take = entryAt(blocks, i + 1); take > 0; take = entryAt(blocks, i + 1)) i += take;
  }
  return out;
}
