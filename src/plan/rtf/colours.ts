// The colour table (\colortbl): entries ended by ";", each its \redN\greenN\blueN or nothing (the first, "auto").
// A cell's background (\clcbpatN) names an entry by its index: resolved here so that white, the colour a table's
// plain cells are often given, reads as no fill (fill-marks.ts's `paints`).
import type { Group } from "./tree.ts";

const PARTS = ["red", "green", "blue"] as const;

/** The table's colours by index, "#rrggbb" or "auto" for an entry that names none. */
export function readColours(table: Group): string[] {
  const colours: string[] = [];
  let rgb: Partial<Record<(typeof PARTS)[number], number>> = {};
  for (const item of table.items) {
    if ("word" in item && PARTS.includes(item.word as (typeof PARTS)[number]))
      rgb[item.word as (typeof PARTS)[number]] = Math.min(255, Math.max(0, item.param ?? 0));
    else if ("byte" in item && item.byte === 0x3b) {
      const named = PARTS.some((p) => rgb[p] !== undefined);
      colours.push(named ? `#${PARTS.map((p) => (rgb[p] ?? 0).toString(16).padStart(2, "0")).join("")}` : "auto");
      rgb = {};
    }
  }
  return colours;
}
