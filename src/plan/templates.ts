// The list templates a plan carries (its appendices I, III, IV, V), the date window
// Phụ lục III sets ("trong thời gian từ ngày 01/12/2018 đến hết ngày 30/11/2019"), and
// which tasks ask for which lists ("theo quy định tại phụ lục số I, III, VI").
import { makeDate } from "../domain/dates.ts";
import { citedAppendices, isTemplateId } from "../domain/list-templates.ts";
import type { Block } from "./document.ts";
import type { ParsedTask, PlanTemplate } from "./parsed-plan.ts";

const APPENDIX = /^phụ lục\s+([IVX]+)\b/iu;
const DAY = String.raw`(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})`;
const WINDOW = new RegExp(String.raw`từ ngày\s+${DAY}\s+đến(?: hết)?(?: ngày)?\s+${DAY}`, "iu");

export function readTemplates(blocks: Block[]): PlanTemplate[] {
  const templates: PlanTemplate[] = [];
  let current: PlanTemplate | null = null;
  for (const block of blocks) {
    if (block.type !== "text") continue;
    const appendix = block.text.match(APPENDIX)?.[1]?.toUpperCase();
    if (appendix) {
      current =
        isTemplateId(appendix) && !templates.some((t) => t.id === appendix) ? { id: appendix, window: null } : null;
      if (current) templates.push(current);
      continue;
    }
    const window = current?.id === "III" && !current.window ? block.text.match(WINDOW) : null;
    if (window && current) {
      const from = makeDate(Number(window[3]), Number(window[2]), Number(window[1]));
      const to = makeDate(Number(window[6]), Number(window[5]), Number(window[4]));
      if (from && to) current.window = { from, to };
    }
  }
  return templates;
}

/** Tasks with the list templates they cite, among those the plan carries. */
export function withTemplates(tasks: Omit<ParsedTask, "templates">[], templates: PlanTemplate[]): ParsedTask[] {
  const carried = new Set<string>(templates.map((t) => t.id));
  return tasks.map((task) => ({
    ...task,
    templates: citedAppendices(task.title)
      .filter((id) => carried.has(id))
      .filter(isTemplateId),
  }));
}
