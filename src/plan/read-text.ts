// Plain-text plans, as the seeds are: Markdown-ish paragraphs and tab-separated rows,
// bounded as Word and Excel plans are.
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { clean, stripMarkup } from "../domain/text.ts";
import { Budget, readSafely } from "./budget.ts";
import { splitTabs } from "./docx/lines.ts";
import type { Block, ReadResult } from "./document.ts";

/** Words wrapped by hand at the tab stop: nothing before the tab, one text after it, going on in lower case. */
const WRAPPED = (cells: string[]) =>
  !cells[0] && cells.filter((c) => c).length === 1 && /^\p{Ll}/u.test(cells.join(""));

/**
 * A list laid out with tab stops ("1. ⇥ task ⇥ unit ⇥ time", the task's words wrapped by hand onto lines that
 * start with a tab) is no table: a table copied as text writes each row on one line and its number cell bare
 * ("1"), where such a list labels its items "1." and carries their words on at the tab stop. Its lines read as
 * the Word file reads them: a tab after a label is a space, a tab between two texts starts another paragraph.
 */
function isTabStopList(rows: string[][]): boolean {
  const numbered = rows.filter((cells) => /^\d+\.?$/.test(cells[0] ?? ""));
  return numbered.length > 0 && numbered.every((cells) => cells[0]!.endsWith(".")) && rows.some(WRAPPED);
}

export function readTextPlan(text: string, limits: PlanLimits = PLAN_LIMITS): ReadResult {
  return readSafely("not-a-plan", () => {
    const budget = new Budget(limits);
    const blocks: Block[] = [];
    const add = (block: Block) => {
      budget.block();
      blocks.push(block);
    };
    let rows: string[][] = [];
    const flushRows = () => {
      const list = isTabStopList(rows);
      for (const cells of rows) {
        if (!list) add({ type: "row", cells });
        else for (const line of splitTabs(cells.join("\t"))) add({ type: "text", text: line });
      }
      rows = [];
    };
    for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
      budget.text(line.length, line.length);
      if (line.includes("\t")) {
        const cells = line.split("\t").map((cell) => clean(stripMarkup(cell)));
        budget.columns(cells.length);
        if (cells.some((c) => c)) rows.push(cells);
        continue;
      }
      flushRows();
      const text = clean(stripMarkup(line));
      if (text) add({ type: "text", text });
    }
    flushRows();
    return { blocks };
  });
}
