// A table may head its columns with short forms ("TT | Nội dung nhiệm vụ | ĐVCT | ĐVPH | TGHT") that only a legend
// spells out, often in a note under the table ("Ghi chú: ĐVCT - Đơn vị chủ trì; ĐVPH - Đơn vị phối hợp; TGHT - Thời
// gian hoàn thành"). Its rows are read as the legend spells them: the header names who and when as a header in full
// words does, and a group row's "(ĐVCT: Sở Tư pháp)" says who leads as "(Đơn vị chủ trì: Sở Tư pháp)" does.
import { readLegend, spellOut } from "./abbreviations.ts";
import type { Block } from "./document.ts";
import { namesColumn } from "./table-header.ts";

/** A column's title is a few words ("Đơn vị chủ trì", "thời gian hoàn thành"), never a unit's long name. */
const TITLE_WORDS = 5;

/** The short forms a plan's legends give its columns' titles, with the titles they stand for. */
export function columnLegend(blocks: readonly Block[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const [short, full] of readLegend(blocks))
    if (full.split(/\s+/).length <= TITLE_WORDS && namesColumn(full)) titles.set(short, full);
  return titles;
}

/** The blocks with the legend's column titles spelled out in every table row. */
export function withColumnTitles(blocks: Block[], titles: ReadonlyMap<string, string>): Block[] {
  if (titles.size === 0) return blocks;
  return blocks.map((b) => (b.type === "row" ? { ...b, cells: b.cells.map((c) => spellOut(c, titles)) } : b));
}
