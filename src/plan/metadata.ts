// Plan number, date, issuer and title, from the heading of the document or, failing
// that, from the appendices' "(Ban hành kèm theo Kế hoạch số … ngày …)". A sheet that tracks a plan
// without a number of its own ("Bảng theo dõi tiến độ") names it in its heading, "(Theo Kế hoạch số …
// ngày …)": that plan's number and date, not the day the sheet was signed.
import { makeDate } from "../domain/dates.ts";
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import type { PlanMeta, PlanWarning } from "./parsed-plan.ts";

// "Số: 98/KH-UBND", also after the issuer's last line in capitals when a copy runs the two together
// ("TỈNH LAI CHÂU Số: 158/KH-UBND").
const NUMBER_LINE = /^(?:[\p{Lu}\d][\p{Lu}\d ,.-]*\s)?Số\s*:?\s*(\d*)\s*\/\s*([\p{L}\d-]+)/u;
const PLACE_DATE = /^[\p{L} .]+,\s*ngày\s+(\d{1,2})?\s*tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const ATTACHED =
  /kèm theo Kế hoạch số\s*:?\s*(\d+)\s*\/\s*([\p{L}\d-]+)\s+ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/iu;

const FOLLOWED =
  /^\s*\(\s*Theo Kế hoạch số\s*:?\s*(\d+)\s*\/\s*([\p{L}\d-]+)\s+ngày\s+(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/iu;

/**
 * The first of the document's opening lines that `pattern` matches. A header block copied as text keeps its two
 * columns on tab-separated lines ("Số: 18/KH-UBND ⇥ Thái Nguyên, ngày …"), which read as a row: its cells are
 * opening lines too, looked at when no paragraph matches (a page copied from a portal puts its own lines first).
 */
function firstHeadMatch(blocks: Block[], texts: string[], pattern: RegExp): RegExpMatchArray | undefined {
  const inTexts = texts
    .slice(0, 15)
    .map((t) => t.match(pattern))
    .find(Boolean);
  if (inTexts) return inTexts;
  const cells = blocks.slice(0, 20).flatMap((b) => (b.type === "row" ? b.cells : []));
  return cells.map((c) => c.match(pattern)).find(Boolean) ?? undefined;
}

export function readMetadata(blocks: Block[], province: string): { meta: PlanMeta; warnings: PlanWarning[] } {
  const texts = blocks.flatMap((b) => (b.type === "text" ? [b.text] : []));
  let number: string | null = null;
  let date: string | null = null;
  const numberLine = firstHeadMatch(blocks, texts, NUMBER_LINE);
  if (numberLine?.[1]) number = `${numberLine[1]}/${numberLine[2]}`;
  const dateLine = firstHeadMatch(blocks, texts, PLACE_DATE);
  if (dateLine?.[1]) date = makeDate(Number(dateLine[3]), Number(dateLine[2]), Number(dateLine[1]));
  const followed = numberLine ? null : firstHeadMatch(blocks, texts, FOLLOWED);
  if (followed) {
    number = `${followed[1]}/${followed[2]}`;
    date = makeDate(Number(followed[5]), Number(followed[4]), Number(followed[3]));
  }
  const attached = texts.map((t) => t.match(ATTACHED)).find(Boolean);
  if (attached) {
    number ??= `${attached[1]}/${attached[2]}`;
    date ??= makeDate(Number(attached[5]), Number(attached[4]), Number(attached[3]));
  }
  const heading = texts.findIndex((t) => fold(t) === "ke hoach");
  const title = heading >= 0 ? (texts[heading + 1] ?? null) : null;
  const warnings: PlanWarning[] = [];
  if (!number) warnings.push({ code: "plan-number-missing", args: {} });
  if (!date) warnings.push({ code: "plan-date-missing", args: {} });
  return { meta: { number, date, issuer: `UBND tỉnh ${province}`, title }, warnings };
}
