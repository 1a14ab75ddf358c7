// A plan dated by national days ("trước Lễ Quốc khánh 02/9", "nhân dịp Ngày Nhà giáo Việt Nam") is read with each
// such day put in words of its date (src/domain/national-days.ts), before any reader looks for deadlines, in prose and
// in a table's time cells alike; the block keeps the words it was written with, for the admin.
import type { IsoDate } from "../domain/dates.ts";
import { withNationalDays } from "../domain/national-days.ts";
import { rewriteWords, type Block } from "./document.ts";

/** The blocks with the national days they date work by written as days, in a plan issued on `issued`. */
export const withNationalDaysAsDates = (blocks: readonly Block[], issued: IsoDate | null): Block[] =>
  blocks.map((block) => rewriteWords(block, (words) => withNationalDays(words, issued)));
