// Plain-text plans, as the seeds are: Markdown-ish paragraphs and tab-separated rows,
// bounded as Word and Excel plans are.
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { clean, stripMarkup } from "../domain/text.ts";
import { Budget, readSafely } from "./budget.ts";
import type { Block, ReadResult } from "./document.ts";

export function readTextPlan(text: string, limits: PlanLimits = PLAN_LIMITS): ReadResult {
  return readSafely("not-a-plan", () => {
    const budget = new Budget(limits);
    const blocks: Block[] = [];
    const add = (block: Block) => {
      budget.block();
      blocks.push(block);
    };
    for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
      budget.text(line.length, line.length);
      if (line.includes("\t")) {
        const cells = line.split("\t").map((cell) => clean(stripMarkup(cell)));
        budget.columns(cells.length);
        if (cells.some((c) => c)) add({ type: "row", cells });
      } else {
        const text = clean(stripMarkup(line));
        if (text) add({ type: "text", text });
      }
    }
    return { blocks };
  });
}
