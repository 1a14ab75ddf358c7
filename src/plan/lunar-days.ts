// A plan dated by the lunar calendar ("trước ngày 20 tháng Chạp năm Ất Tỵ") is read with each lunar day put as its
// solar day (src/domain/lunar-dates.ts), before any reader looks for deadlines; the block keeps the words it was
// written with, for the admin. A table's cells stay: a lunar column beside the solar one is read by its own rule
// that keeps the solar column, and rewritten it would read as a second solar one.
import type { IsoDate } from "../domain/dates.ts";
import { withSolarDays } from "../domain/lunar-dates.ts";
import { rewriteWords, type Block } from "./document.ts";

/** The blocks with their lunar days written as solar days, in a plan issued on `issued`. */
export const withLunarDaysAsSolar = (blocks: readonly Block[], issued: IsoDate | null): Block[] =>
  blocks.map((block) => (block.type === "text" ? rewriteWords(block, (words) => withSolarDays(words, issued)) : block));
