// Plain-text plans, as the seeds are: Markdown-ish paragraphs and tab-separated rows.
import { clean, stripMarkup } from "../domain/text.ts";
import type { Block, PlanDocument } from "./document.ts";

export function readTextPlan(text: string): PlanDocument {
  const blocks: Block[] = [];
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (line.includes("\t")) {
      const cells = line.split("\t").map((cell) => clean(stripMarkup(cell)));
      if (cells.some((c) => c)) blocks.push({ type: "row", cells });
      continue;
    }
    const text = clean(stripMarkup(line));
    if (text) blocks.push({ type: "text", text });
  }
  return { blocks };
}
