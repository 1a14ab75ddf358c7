// A workbook giving each unit a sheet of its own names the sheet by the unit ("Sở Nội vụ", "VP UBND tỉnh") and leaves
// the unit out of its table, which has no lead column: the tab says whose tasks they are, as a caption line over a
// table does (`table-owner.ts`). A text copy writes each sheet under a line with its tab's name; a workbook's readers
// give the tab as a paragraph marked so. A tab naming units and nothing more stays a paragraph over the sheet's rows,
// still marked: its unit leads the sheet's table from above the sheet's title rows ("Biểu số 2", the appendix's title),
// which a line naming units alone does only from right above the header. So does one naming a month ("Tháng 3",
// "T3-2025": the month of its rows' days, `month-tabs.ts`); any other ("Sheet1", "Tổng hợp", "Quý I") is the
// workbook's furniture, no words of the plan, and is dropped.
import type { UnitResolver } from "../domain/resolve-units.ts";
import { unitsNamedOnly } from "./clause.ts";
import type { Block } from "./document.ts";
import { sheetMonth } from "./month-tabs.ts";

export function withUnitTabs(blocks: Block[], resolver: UnitResolver): Block[] {
  return blocks.flatMap((block) => {
    if (block.type !== "text" || !block.tab) return [block];
    const kept = unitsNamedOnly(resolver, block.text).length > 0 || !!sheetMonth(block.text);
    return kept ? [{ type: "text" as const, text: block.text, tab: true as const }] : [];
  });
}
