// The day a plan takes effect, as its own clause tells it:
//   "Kế hoạch này có hiệu lực kể từ ngày ký ban hành."         its own date
//   "Quyết định này có hiệu lực thi hành từ ngày 01/3/2026."   that day (its year perhaps left to the plan's)
//   "Kế hoạch này có hiệu lực sau 10 ngày kể từ ngày ký."      its own date + 10 days
// Only the document itself ("… này"): "Luật … có hiệu lực từ ngày 01/7/2025" is another's. A plan that says nothing
// of it, an administrative document, is in force from its signing: the caller falls back to the plan's date.
import { addDays, type IsoDate } from "./dates.ts";
import { parseInPlanYear } from "./plan-year.ts";
import { fold } from "./text.ts";

/** The kinds of document a plan may be, folded, for a RegExp: the words "Kế hoạch", "Chương trình" … name it. */
export const DOCUMENT = "(?:ke hoach|quyet dinh|chi thi|van ban|thong bao|cong van|chuong trinh|phuong an)";
/** Folded words saying something takes effect ("(chính thức) có hiệu lực (thi hành)"), for a RegExp. */
export const IN_EFFECT = "(?:chinh thuc )?(?:co|bat dau co) hieu luc(?: thi hanh)?";
/** Folded words saying the document itself takes effect ("Kế hoạch này có hiệu lực (thi hành)"), for a RegExp. */
export const TAKES_EFFECT = String.raw`\b${DOCUMENT} nay ${IN_EFFECT}`;
const FROM_SIGNING = new RegExp(`${TAKES_EFFECT} (?:ke )?tu (?:ngay|khi) (?:ky|ban hanh)\\b`);
const FROM_DAY = new RegExp(
  String.raw`${TAKES_EFFECT} (?:ke )?tu ngay (\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2} thang \d{1,2}(?: nam \d{4})?)`,
);
const DAYS_AFTER_SIGNING = new RegExp(
  String.raw`${TAKES_EFFECT} sau (\d{1,3}) ngay (?:ke tu|sau) ngay (?:ky|ban hanh)\b`,
);

/** The day a line says the plan takes effect, or null when it says nothing of it (or the plan has no date). */
function inForceIn(line: string, issued: IsoDate | null): IsoDate | null {
  const folded = fold(line, "/");
  if (!folded.includes("hieu luc")) return null;
  if (FROM_SIGNING.test(folded)) return issued;
  const day = FROM_DAY.exec(folded);
  if (day) {
    const read = parseInPlanYear(`ngày ${day[1]!.replace(/thang/g, "tháng").replace(/nam/g, "năm")}`, issued);
    return read.ok ? read.deadline.due : null;
  }
  const after = DAYS_AFTER_SIGNING.exec(folded);
  return after && issued ? addDays(issued, Number(after[1])) : null;
}

/** The day the plan's own clause of entry into force gives, the first such clause; null when none gives one. */
export function readInForce(lines: Iterable<string>, issued: IsoDate | null): IsoDate | null {
  for (const line of lines) {
    const day = inForceIn(line, issued);
    if (day) return day;
  }
  return null;
}
