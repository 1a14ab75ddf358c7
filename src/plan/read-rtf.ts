// RTF plans (WordPad's files, the exports of document-management systems, Word's and LibreOffice's "Rich Text"),
// read into the blocks every reader gives, so a plan saved as .rtf reads as the same plan saved as .docx: the file's
// tokens (rtf/tokens.ts) read group by group (rtf/reader.ts) into its stories (rtf/flow.ts), with its fonts' code
// pages (rtf/fonts.ts, rtf/code-page.ts), Word's numbering (rtf/lists.ts) and its rows' definitions (rtf/rows.ts).
// No npm package reads RTF with tables, lists and bounds (rtf-parser and rtf-stream-parser give text only, unbounded).
// A pure function of the file's bytes and the limits; a broken file is `unreadable-rtf`.
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { Budget, readSafely } from "./budget.ts";
import type { ReadResult } from "./document.ts";
import { tabStopRows } from "./docx/tab-stops.ts";
import { readRtf } from "./rtf/reader.ts";
import { spacedColumnsAsRows } from "./text-spaced-columns.ts";

/** An RTF file opens with its group and \rtf (WordPad and Word write \rtf1; a few writers leave out the version). */
export const isRtf = (buffer: Buffer): boolean => buffer.subarray(0, 5).toString("latin1") === "{\\rtf";

export function readRtfPlan(buffer: Buffer, limits: PlanLimits = PLAN_LIMITS): ReadResult {
  return readSafely("unreadable-rtf", () => {
    const { body, header } = readRtf(buffer, new Budget(limits));
    const blocks = [...(header?.finish() ?? []), ...body.finish()];
    const rows = tabStopRows(
      spacedColumnsAsRows(blocks, (block) => body.typed.get(block)),
      (block) => body.tabbed.get(block),
    );
    return { blocks: rows };
  });
}
